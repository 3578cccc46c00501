; ---- dp_fwd_h2_k32_v32_r8_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r8_nogate'
source_filename = "dp_fwd_h2_k32_v32_r8_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r8_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 7
  %nc = sdiv i64 %2, 8
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0116 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep136 = getelementptr i8, ptr %hT, i64 %10
  %scevgep131 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0116, %H
  %h = srem i64 %bh.addr.0116, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep131, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep151 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep136, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0116, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond137.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond137.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0113 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0113
  %18 = shl i64 %17, 12
  %gep152 = getelementptr i8, ptr %invariant.gep151, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep152, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0113, 3
  %19 = add nuw nsw i64 %t0, 8
  %20 = shl nsw i64 %ci.addr.0113, 4
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.099 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %57, %i2.body ]
  %acc1.098 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %61, %i2.body ]
  %acc2.097 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %71, %i2.body ]
  %acc3.096 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %75, %i2.body ]
  %i2.addr.095 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.095, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.095, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.099)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.098)
  %35 = or disjoint i64 %i2.addr.095, 1
  %36 = or disjoint i64 %35, %21
  %37 = getelementptr inbounds float, ptr %kh, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = shl nuw nsw i64 %35, 5
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = insertelement <16 x float> poison, float %38, i64 0
  %43 = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %41, <16 x float> %acc2.097)
  %45 = or disjoint i64 %39, 16
  %46 = getelementptr inbounds float, ptr %work, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %47, <16 x float> %acc3.096)
  %i2.next = or disjoint i64 %i2.addr.095, 2
  %49 = or disjoint i64 %i2.next, %21
  %50 = getelementptr inbounds float, ptr %kh, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = shl nuw nsw i64 %i2.next, 5
  %53 = getelementptr inbounds float, ptr %work, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = insertelement <16 x float> poison, float %51, i64 0
  %56 = shufflevector <16 x float> %55, <16 x float> poison, <16 x i32> zeroinitializer
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %54, <16 x float> %30)
  %58 = or disjoint i64 %52, 16
  %59 = getelementptr inbounds float, ptr %work, i64 %58
  %60 = load <16 x float>, ptr %59, align 4
  %61 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %60, <16 x float> %34)
  %62 = or disjoint i64 %i2.addr.095, 3
  %63 = or disjoint i64 %62, %21
  %64 = getelementptr inbounds float, ptr %kh, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = shl nuw nsw i64 %62, 5
  %67 = getelementptr inbounds float, ptr %work, i64 %66
  %68 = load <16 x float>, ptr %67, align 4
  %69 = insertelement <16 x float> poison, float %65, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  %71 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %68, <16 x float> %44)
  %72 = or disjoint i64 %66, 16
  %73 = getelementptr inbounds float, ptr %work, i64 %72
  %74 = load <16 x float>, ptr %73, align 4
  %75 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %74, <16 x float> %48)
  %i2.next.1 = add nuw nsw i64 %i2.addr.095, 4
  %76 = icmp ult i64 %i2.next, 30
  br i1 %76, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %19, i64 %T)
  %77 = icmp slt i64 %t0, %T
  br i1 %77, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %78 = mul nsw i64 %20, %H
  %79 = getelementptr inbounds float, ptr %betah, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = insertelement <16 x float> poison, float %80, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = or disjoint i64 %21, 16
  %84 = getelementptr inbounds float, ptr %vh, i64 %83
  %85 = load <16 x float>, ptr %84, align 4
  %86 = fadd <16 x float> %75, %61
  %87 = fsub <16 x float> %85, %86
  %88 = fmul <16 x float> %82, %87
  %89 = getelementptr inbounds float, ptr %vh, i64 %21
  %90 = load <16 x float>, ptr %89, align 4
  %91 = fadd <16 x float> %71, %57
  %92 = fsub <16 x float> %90, %91
  %93 = fmul <16 x float> %82, %92
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0112 = phi <16 x float> [ %217, %i4.exit ], [ %93, %t.body.preheader ]
  %delta1.0111 = phi <16 x float> [ %225, %i4.exit ], [ %88, %t.body.preheader ]
  %t.addr.0110 = phi i64 [ %94, %i4.exit ], [ %t0, %t.body.preheader ]
  %94 = add nuw nsw i64 %t.addr.0110, 1
  %95 = shl nuw nsw i64 %t.addr.0110, 1
  %96 = mul nsw i64 %95, %sq
  %97 = or disjoint i64 %95, 1
  %98 = mul nsw i64 %97, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0113, 1
  %exitcond134.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond134.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0104 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc7.0103 = phi <16 x float> [ zeroinitializer, %t.body ], [ %139, %i3.body ]
  %acc6.0102 = phi <16 x float> [ zeroinitializer, %t.body ], [ %134, %i3.body ]
  %acc5.0101 = phi <16 x float> [ zeroinitializer, %t.body ], [ %118, %i3.body ]
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %t.body ], [ %113, %i3.body ]
  %99 = or disjoint i64 %i3.addr.0104, %96
  %100 = getelementptr inbounds float, ptr %kh, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = or disjoint i64 %i3.addr.0104, %98
  %103 = getelementptr inbounds float, ptr %kh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = insertelement <16 x float> poison, float %101, i64 0
  %106 = shufflevector <16 x float> %105, <16 x float> poison, <16 x i32> zeroinitializer
  %107 = shl nuw nsw i64 %i3.addr.0104, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta.0112, <16 x float> %109)
  store <16 x float> %110, ptr %108, align 4
  %111 = insertelement <16 x float> poison, float %104, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %110, <16 x float> %acc416.0100)
  %114 = or disjoint i64 %107, 16
  %115 = getelementptr inbounds float, ptr %work, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta1.0111, <16 x float> %116)
  store <16 x float> %117, ptr %115, align 4
  %118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %117, <16 x float> %acc5.0101)
  %119 = or disjoint i64 %i3.addr.0104, 1
  %120 = or disjoint i64 %119, %96
  %121 = getelementptr inbounds float, ptr %kh, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = or disjoint i64 %119, %98
  %124 = getelementptr inbounds float, ptr %kh, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = insertelement <16 x float> poison, float %122, i64 0
  %127 = shufflevector <16 x float> %126, <16 x float> poison, <16 x i32> zeroinitializer
  %128 = shl nuw nsw i64 %119, 5
  %129 = getelementptr inbounds float, ptr %work, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta.0112, <16 x float> %130)
  store <16 x float> %131, ptr %129, align 4
  %132 = insertelement <16 x float> poison, float %125, i64 0
  %133 = shufflevector <16 x float> %132, <16 x float> poison, <16 x i32> zeroinitializer
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %131, <16 x float> %acc6.0102)
  %135 = or disjoint i64 %128, 16
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta1.0111, <16 x float> %137)
  store <16 x float> %138, ptr %136, align 4
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %138, <16 x float> %acc7.0103)
  %i3.next = add nuw nsw i64 %i3.addr.0104, 2
  %140 = icmp ult i64 %i3.addr.0104, 30
  br i1 %140, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %94, i64 %4)
  %141 = mul nsw i64 %97, %H
  %142 = getelementptr inbounds float, ptr %betah, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %vh, i64 %98
  %145 = load <16 x float>, ptr %144, align 4
  %146 = fadd <16 x float> %113, %134
  %147 = fsub <16 x float> %145, %146
  %148 = insertelement <16 x float> poison, float %143, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = fmul <16 x float> %149, %147
  %151 = or disjoint i64 %98, 16
  %152 = getelementptr inbounds float, ptr %vh, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fadd <16 x float> %118, %139
  %155 = fsub <16 x float> %153, %154
  %156 = fmul <16 x float> %149, %155
  %157 = mul nsw i64 %t.addr.0110, %sq
  %158 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %157
  %invariant.gep149 = getelementptr float, ptr %kh, i64 %158
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0109 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc11.0108 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %204, %i4.body ]
  %acc10.0107 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %198, %i4.body ]
  %acc9.0106 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %203, %i4.body ]
  %acc8.0105 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %195, %i4.body ]
  %159 = or disjoint i64 %i4.addr.0109, %98
  %160 = getelementptr inbounds float, ptr %kh, i64 %159
  %161 = load float, ptr %160, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0109
  %162 = load float, ptr %gep, align 4
  %gep150 = getelementptr float, ptr %invariant.gep149, i64 %i4.addr.0109
  %163 = load float, ptr %gep150, align 4
  %164 = insertelement <16 x float> poison, float %161, i64 0
  %165 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = shl nuw nsw i64 %i4.addr.0109, 5
  %167 = getelementptr inbounds float, ptr %work, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %150, <16 x float> %168)
  store <16 x float> %169, ptr %167, align 4
  %170 = insertelement <16 x float> poison, float %162, i64 0
  %171 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %169, <16 x float> %acc8.0105)
  %173 = insertelement <16 x float> poison, float %163, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %169, <16 x float> %acc10.0107)
  %176 = or disjoint i64 %166, 16
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %156, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %179, <16 x float> %acc9.0106)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %179, <16 x float> %acc11.0108)
  %i4.next = or disjoint i64 %i4.addr.0109, 1
  %182 = or disjoint i64 %i4.next, %98
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %185 = load float, ptr %gep.1, align 4
  %gep150.1 = getelementptr float, ptr %invariant.gep149, i64 %i4.next
  %186 = load float, ptr %gep150.1, align 4
  %187 = insertelement <16 x float> poison, float %184, i64 0
  %188 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = shl nuw nsw i64 %i4.next, 5
  %190 = getelementptr inbounds float, ptr %work, i64 %189
  %191 = load <16 x float>, ptr %190, align 4
  %192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %150, <16 x float> %191)
  store <16 x float> %192, ptr %190, align 4
  %193 = insertelement <16 x float> poison, float %185, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %192, <16 x float> %172)
  %196 = insertelement <16 x float> poison, float %186, i64 0
  %197 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %192, <16 x float> %175)
  %199 = or disjoint i64 %189, 16
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %156, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %202, <16 x float> %180)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %202, <16 x float> %181)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0109, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %205 = fmul <16 x float> %195, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %206 = getelementptr inbounds float, ptr %oh, i64 %157
  store <16 x float> %205, ptr %206, align 4
  %207 = shl nsw i64 %tn, 1
  %208 = mul nsw i64 %207, %H
  %209 = getelementptr inbounds float, ptr %betah, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = mul nsw i64 %207, %sq
  %212 = getelementptr inbounds float, ptr %vh, i64 %211
  %213 = load <16 x float>, ptr %212, align 4
  %214 = fsub <16 x float> %213, %198
  %215 = insertelement <16 x float> poison, float %210, i64 0
  %216 = shufflevector <16 x float> %215, <16 x float> poison, <16 x i32> zeroinitializer
  %217 = fmul <16 x float> %216, %214
  %218 = fmul <16 x float> %203, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %219 = or disjoint i64 %157, 16
  %220 = getelementptr inbounds float, ptr %oh, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = or disjoint i64 %211, 16
  %222 = getelementptr inbounds float, ptr %vh, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = fsub <16 x float> %223, %204
  %225 = fmul <16 x float> %216, %224
  %226 = icmp slt i64 %94, %t1
  br i1 %226, label %t.body, label %t.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
; ---- dp_bwd_h2_k32_v32_c8_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c8_nogate'
source_filename = "dp_bwd_h2_k32_v32_c8_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c8_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 19456
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 35328
  %KSdS = getelementptr inbounds i8, ptr %work, i64 36352
  %KT = getelementptr inbounds i8, ptr %work, i64 31232
  %M = getelementptr inbounds i8, ptr %work, i64 48768
  %OY = getelementptr inbounds i8, ptr %work, i64 28160
  %PT = getelementptr inbounds i8, ptr %work, i64 46592
  %QK = getelementptr inbounds i8, ptr %work, i64 25088
  %QcT = getelementptr inbounds i8, ptr %work, i64 33280
  %Rr = getelementptr inbounds i8, ptr %work, i64 40448
  %Vn = getelementptr inbounds i8, ptr %work, i64 42496
  %VnT = getelementptr inbounds i8, ptr %work, i64 44544
  %bet = getelementptr inbounds i8, ptr %work, i64 48128
  %dOT = getelementptr inbounds i8, ptr %work, i64 34304
  %dQc = getelementptr inbounds i8, ptr %work, i64 47104
  %dbet = getelementptr inbounds i8, ptr %work, i64 48192
  %2 = add nsw i64 %T, 7
  %nc = sdiv i64 %2, 8
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 47168
  %5 = getelementptr inbounds i8, ptr %work, i64 47232
  %6 = getelementptr inbounds i8, ptr %work, i64 47296
  %7 = getelementptr inbounds i8, ptr %work, i64 47360
  %8 = getelementptr inbounds i8, ptr %work, i64 47424
  %9 = getelementptr inbounds i8, ptr %work, i64 47488
  %10 = getelementptr inbounds i8, ptr %work, i64 47552
  %11 = getelementptr inbounds i8, ptr %work, i64 47616
  %12 = getelementptr inbounds i8, ptr %work, i64 47680
  %13 = getelementptr inbounds i8, ptr %work, i64 47744
  %14 = getelementptr inbounds i8, ptr %work, i64 47808
  %15 = getelementptr inbounds i8, ptr %work, i64 47872
  %16 = getelementptr inbounds i8, ptr %work, i64 47936
  %17 = getelementptr inbounds i8, ptr %work, i64 48000
  %18 = getelementptr inbounds i8, ptr %work, i64 48064
  %invariant.gep2423 = getelementptr i8, ptr %work, i64 19744
  %19 = add nsw i64 %bh0, 1
  %20 = mul i64 %nc, %19
  %21 = shl i64 %20, 12
  %22 = add i64 %21, -4096
  %23 = shl i64 %nc, 12
  %24 = shl nsw i64 %nc, 3
  %25 = add i64 %24, 144115188075855864
  %26 = mul i64 %25, %H
  %27 = mul i64 %H, -1024
  %28 = shl i64 %H, 7
  %29 = shl i64 %nc, 11
  %30 = add i64 %29, -2048
  %31 = shl i64 %T, 8
  %32 = mul i64 %H, -2048
  %33 = shl i64 %H, 8
  %34 = add i64 %29, -1920
  %35 = add i64 %T, 8
  %36 = sub i64 %35, %24
  %smax2724 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %37 = sub i64 %bh1, %bh0
  %scevgep2648.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2648.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2648.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2648.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2648.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2648.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2648.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2648.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2648.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2648.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2648.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2648.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2648.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2648.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2648.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2648.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2648.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2648.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2648.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2648.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2648.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2648.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2648.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2648.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2648.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2648.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2648.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2648.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2648.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2648.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2648.31 = getelementptr i8, ptr %work, i64 7936
  %38 = getelementptr inbounds i8, ptr %work, i64 48800
  %39 = getelementptr inbounds i8, ptr %work, i64 48832
  %40 = getelementptr inbounds i8, ptr %work, i64 48864
  %41 = getelementptr inbounds i8, ptr %work, i64 48896
  %42 = getelementptr inbounds i8, ptr %work, i64 48912
  %43 = getelementptr inbounds i8, ptr %work, i64 48928
  %44 = getelementptr inbounds i8, ptr %work, i64 48948
  %45 = getelementptr inbounds i8, ptr %work, i64 48956
  %46 = getelementptr inbounds i8, ptr %work, i64 48960
  %47 = getelementptr inbounds i8, ptr %work, i64 48984
  %48 = getelementptr inbounds i8, ptr %work, i64 48992
  %49 = getelementptr inbounds i8, ptr %work, i64 49020
  %invariant.gep = getelementptr i8, ptr %work, i64 40576
  %invariant.gep2923 = getelementptr i8, ptr %work, i64 17536
  %invariant.gep2925 = getelementptr i8, ptr %work, i64 40448
  %invariant.gep2927 = getelementptr i8, ptr %work, i64 17408
  %invariant.gep2929 = getelementptr i8, ptr %work, i64 28160
  %invariant.gep2931 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep2933 = getelementptr i8, ptr %work, i64 25088
  %invariant.gep2935 = getelementptr i8, ptr %work, i64 26112
  %invariant.gep2937 = getelementptr i8, ptr %work, i64 26240
  %invariant.gep2939 = getelementptr inbounds i8, ptr %work, i64 26112
  %invariant.gep2941 = getelementptr inbounds i8, ptr %work, i64 26176
  %invariant.gep2943 = getelementptr inbounds i8, ptr %work, i64 26112
  %invariant.gep2945 = getelementptr inbounds i8, ptr %work, i64 26176
  %50 = getelementptr inbounds i8, ptr %work, i64 16384
  %51 = getelementptr inbounds i8, ptr %work, i64 16896
  %52 = getelementptr inbounds i8, ptr %work, i64 16512
  %53 = getelementptr inbounds i8, ptr %work, i64 17024
  %54 = getelementptr inbounds i8, ptr %work, i64 16640
  %55 = getelementptr inbounds i8, ptr %work, i64 17152
  %56 = getelementptr inbounds i8, ptr %work, i64 16768
  %57 = getelementptr inbounds i8, ptr %work, i64 17280
  %58 = getelementptr inbounds i8, ptr %work, i64 33312
  %59 = getelementptr inbounds i8, ptr %work, i64 33344
  %60 = getelementptr inbounds i8, ptr %work, i64 33376
  %61 = getelementptr inbounds i8, ptr %work, i64 33408
  %62 = getelementptr inbounds i8, ptr %work, i64 33440
  %63 = getelementptr inbounds i8, ptr %work, i64 33472
  %64 = getelementptr inbounds i8, ptr %work, i64 33504
  %65 = getelementptr inbounds i8, ptr %work, i64 16416
  %66 = getelementptr inbounds i8, ptr %work, i64 16928
  %67 = getelementptr inbounds i8, ptr %work, i64 16544
  %68 = getelementptr inbounds i8, ptr %work, i64 17056
  %69 = getelementptr inbounds i8, ptr %work, i64 16672
  %70 = getelementptr inbounds i8, ptr %work, i64 17184
  %71 = getelementptr inbounds i8, ptr %work, i64 16800
  %72 = getelementptr inbounds i8, ptr %work, i64 17312
  %73 = getelementptr inbounds i8, ptr %work, i64 33536
  %74 = getelementptr inbounds i8, ptr %work, i64 33568
  %75 = getelementptr inbounds i8, ptr %work, i64 33600
  %76 = getelementptr inbounds i8, ptr %work, i64 33632
  %77 = getelementptr inbounds i8, ptr %work, i64 33664
  %78 = getelementptr inbounds i8, ptr %work, i64 33696
  %79 = getelementptr inbounds i8, ptr %work, i64 33728
  %80 = getelementptr inbounds i8, ptr %work, i64 33760
  %81 = getelementptr inbounds i8, ptr %work, i64 16448
  %82 = getelementptr inbounds i8, ptr %work, i64 16960
  %83 = getelementptr inbounds i8, ptr %work, i64 16576
  %84 = getelementptr inbounds i8, ptr %work, i64 17088
  %85 = getelementptr inbounds i8, ptr %work, i64 16704
  %86 = getelementptr inbounds i8, ptr %work, i64 17216
  %87 = getelementptr inbounds i8, ptr %work, i64 16832
  %88 = getelementptr inbounds i8, ptr %work, i64 17344
  %89 = getelementptr inbounds i8, ptr %work, i64 33792
  %90 = getelementptr inbounds i8, ptr %work, i64 33824
  %91 = getelementptr inbounds i8, ptr %work, i64 33856
  %92 = getelementptr inbounds i8, ptr %work, i64 33888
  %93 = getelementptr inbounds i8, ptr %work, i64 33920
  %94 = getelementptr inbounds i8, ptr %work, i64 33952
  %95 = getelementptr inbounds i8, ptr %work, i64 33984
  %96 = getelementptr inbounds i8, ptr %work, i64 34016
  %97 = getelementptr inbounds i8, ptr %work, i64 16480
  %98 = getelementptr inbounds i8, ptr %work, i64 16992
  %99 = getelementptr inbounds i8, ptr %work, i64 16608
  %100 = getelementptr inbounds i8, ptr %work, i64 17120
  %101 = getelementptr inbounds i8, ptr %work, i64 16736
  %102 = getelementptr inbounds i8, ptr %work, i64 17248
  %103 = getelementptr inbounds i8, ptr %work, i64 16864
  %104 = getelementptr inbounds i8, ptr %work, i64 17376
  %105 = getelementptr inbounds i8, ptr %work, i64 34048
  %106 = getelementptr inbounds i8, ptr %work, i64 34080
  %107 = getelementptr inbounds i8, ptr %work, i64 34112
  %108 = getelementptr inbounds i8, ptr %work, i64 34144
  %109 = getelementptr inbounds i8, ptr %work, i64 34176
  %110 = getelementptr inbounds i8, ptr %work, i64 34208
  %111 = getelementptr inbounds i8, ptr %work, i64 34240
  %112 = getelementptr inbounds i8, ptr %work, i64 34272
  %113 = getelementptr inbounds i8, ptr %work, i64 28672
  %114 = getelementptr inbounds i8, ptr %work, i64 28288
  %115 = getelementptr inbounds i8, ptr %work, i64 28800
  %116 = getelementptr inbounds i8, ptr %work, i64 28416
  %117 = getelementptr inbounds i8, ptr %work, i64 28928
  %118 = getelementptr inbounds i8, ptr %work, i64 28544
  %119 = getelementptr inbounds i8, ptr %work, i64 29056
  %120 = getelementptr inbounds i8, ptr %work, i64 34336
  %121 = getelementptr inbounds i8, ptr %work, i64 34368
  %122 = getelementptr inbounds i8, ptr %work, i64 34400
  %123 = getelementptr inbounds i8, ptr %work, i64 34432
  %124 = getelementptr inbounds i8, ptr %work, i64 34464
  %125 = getelementptr inbounds i8, ptr %work, i64 34496
  %126 = getelementptr inbounds i8, ptr %work, i64 34528
  %127 = getelementptr inbounds i8, ptr %work, i64 28192
  %128 = getelementptr inbounds i8, ptr %work, i64 28704
  %129 = getelementptr inbounds i8, ptr %work, i64 28320
  %130 = getelementptr inbounds i8, ptr %work, i64 28832
  %131 = getelementptr inbounds i8, ptr %work, i64 28448
  %132 = getelementptr inbounds i8, ptr %work, i64 28960
  %133 = getelementptr inbounds i8, ptr %work, i64 28576
  %134 = getelementptr inbounds i8, ptr %work, i64 29088
  %135 = getelementptr inbounds i8, ptr %work, i64 34560
  %136 = getelementptr inbounds i8, ptr %work, i64 34592
  %137 = getelementptr inbounds i8, ptr %work, i64 34624
  %138 = getelementptr inbounds i8, ptr %work, i64 34656
  %139 = getelementptr inbounds i8, ptr %work, i64 34688
  %140 = getelementptr inbounds i8, ptr %work, i64 34720
  %141 = getelementptr inbounds i8, ptr %work, i64 34752
  %142 = getelementptr inbounds i8, ptr %work, i64 34784
  %143 = getelementptr inbounds i8, ptr %work, i64 28224
  %144 = getelementptr inbounds i8, ptr %work, i64 28736
  %145 = getelementptr inbounds i8, ptr %work, i64 28352
  %146 = getelementptr inbounds i8, ptr %work, i64 28864
  %147 = getelementptr inbounds i8, ptr %work, i64 28480
  %148 = getelementptr inbounds i8, ptr %work, i64 28992
  %149 = getelementptr inbounds i8, ptr %work, i64 28608
  %150 = getelementptr inbounds i8, ptr %work, i64 29120
  %151 = getelementptr inbounds i8, ptr %work, i64 34816
  %152 = getelementptr inbounds i8, ptr %work, i64 34848
  %153 = getelementptr inbounds i8, ptr %work, i64 34880
  %154 = getelementptr inbounds i8, ptr %work, i64 34912
  %155 = getelementptr inbounds i8, ptr %work, i64 34944
  %156 = getelementptr inbounds i8, ptr %work, i64 34976
  %157 = getelementptr inbounds i8, ptr %work, i64 35008
  %158 = getelementptr inbounds i8, ptr %work, i64 35040
  %159 = getelementptr inbounds i8, ptr %work, i64 28256
  %160 = getelementptr inbounds i8, ptr %work, i64 28768
  %161 = getelementptr inbounds i8, ptr %work, i64 28384
  %162 = getelementptr inbounds i8, ptr %work, i64 28896
  %163 = getelementptr inbounds i8, ptr %work, i64 28512
  %164 = getelementptr inbounds i8, ptr %work, i64 29024
  %165 = getelementptr inbounds i8, ptr %work, i64 28640
  %166 = getelementptr inbounds i8, ptr %work, i64 29152
  %167 = getelementptr inbounds i8, ptr %work, i64 35072
  %168 = getelementptr inbounds i8, ptr %work, i64 35104
  %169 = getelementptr inbounds i8, ptr %work, i64 35136
  %170 = getelementptr inbounds i8, ptr %work, i64 35168
  %171 = getelementptr inbounds i8, ptr %work, i64 35200
  %172 = getelementptr inbounds i8, ptr %work, i64 35232
  %173 = getelementptr inbounds i8, ptr %work, i64 35264
  %174 = getelementptr inbounds i8, ptr %work, i64 35296
  %175 = getelementptr inbounds i8, ptr %work, i64 35392
  %176 = getelementptr inbounds i8, ptr %work, i64 35456
  %177 = getelementptr inbounds i8, ptr %work, i64 35520
  %178 = getelementptr inbounds i8, ptr %work, i64 35584
  %179 = getelementptr inbounds i8, ptr %work, i64 35648
  %180 = getelementptr inbounds i8, ptr %work, i64 35712
  %181 = getelementptr inbounds i8, ptr %work, i64 35776
  %182 = getelementptr inbounds i8, ptr %work, i64 35840
  %183 = getelementptr inbounds i8, ptr %work, i64 35904
  %184 = getelementptr inbounds i8, ptr %work, i64 35968
  %185 = getelementptr inbounds i8, ptr %work, i64 36032
  %186 = getelementptr inbounds i8, ptr %work, i64 36096
  %187 = getelementptr inbounds i8, ptr %work, i64 36160
  %188 = getelementptr inbounds i8, ptr %work, i64 36224
  %189 = getelementptr inbounds i8, ptr %work, i64 36288
  %190 = getelementptr inbounds i8, ptr %work, i64 40512
  %191 = getelementptr inbounds i8, ptr %work, i64 36416
  %192 = getelementptr inbounds i8, ptr %work, i64 40576
  %193 = getelementptr inbounds i8, ptr %work, i64 36608
  %194 = getelementptr inbounds i8, ptr %work, i64 40640
  %195 = getelementptr inbounds i8, ptr %work, i64 36672
  %196 = getelementptr inbounds i8, ptr %work, i64 40704
  %197 = getelementptr inbounds i8, ptr %work, i64 36864
  %198 = getelementptr inbounds i8, ptr %work, i64 40768
  %199 = getelementptr inbounds i8, ptr %work, i64 36928
  %200 = getelementptr inbounds i8, ptr %work, i64 40832
  %201 = getelementptr inbounds i8, ptr %work, i64 37120
  %202 = getelementptr inbounds i8, ptr %work, i64 40896
  %203 = getelementptr inbounds i8, ptr %work, i64 37184
  %204 = getelementptr inbounds i8, ptr %work, i64 40960
  %205 = getelementptr inbounds i8, ptr %work, i64 37376
  %206 = getelementptr inbounds i8, ptr %work, i64 41024
  %207 = getelementptr inbounds i8, ptr %work, i64 37440
  %208 = getelementptr inbounds i8, ptr %work, i64 41088
  %209 = getelementptr inbounds i8, ptr %work, i64 37632
  %210 = getelementptr inbounds i8, ptr %work, i64 41152
  %211 = getelementptr inbounds i8, ptr %work, i64 37696
  %212 = getelementptr inbounds i8, ptr %work, i64 41216
  %213 = getelementptr inbounds i8, ptr %work, i64 37888
  %214 = getelementptr inbounds i8, ptr %work, i64 41280
  %215 = getelementptr inbounds i8, ptr %work, i64 37952
  %216 = getelementptr inbounds i8, ptr %work, i64 41344
  %217 = getelementptr inbounds i8, ptr %work, i64 38144
  %218 = getelementptr inbounds i8, ptr %work, i64 41408
  %219 = getelementptr inbounds i8, ptr %work, i64 38208
  %220 = getelementptr inbounds i8, ptr %work, i64 41472
  %221 = getelementptr inbounds i8, ptr %work, i64 38400
  %222 = getelementptr inbounds i8, ptr %work, i64 41536
  %223 = getelementptr inbounds i8, ptr %work, i64 38464
  %224 = getelementptr inbounds i8, ptr %work, i64 41600
  %225 = getelementptr inbounds i8, ptr %work, i64 38656
  %226 = getelementptr inbounds i8, ptr %work, i64 41664
  %227 = getelementptr inbounds i8, ptr %work, i64 38720
  %228 = getelementptr inbounds i8, ptr %work, i64 41728
  %229 = getelementptr inbounds i8, ptr %work, i64 38912
  %230 = getelementptr inbounds i8, ptr %work, i64 41792
  %231 = getelementptr inbounds i8, ptr %work, i64 38976
  %232 = getelementptr inbounds i8, ptr %work, i64 41856
  %233 = getelementptr inbounds i8, ptr %work, i64 39168
  %234 = getelementptr inbounds i8, ptr %work, i64 41920
  %235 = getelementptr inbounds i8, ptr %work, i64 39232
  %236 = getelementptr inbounds i8, ptr %work, i64 41984
  %237 = getelementptr inbounds i8, ptr %work, i64 39424
  %238 = getelementptr inbounds i8, ptr %work, i64 42048
  %239 = getelementptr inbounds i8, ptr %work, i64 39488
  %240 = getelementptr inbounds i8, ptr %work, i64 42112
  %241 = getelementptr inbounds i8, ptr %work, i64 39680
  %242 = getelementptr inbounds i8, ptr %work, i64 42176
  %243 = getelementptr inbounds i8, ptr %work, i64 39744
  %244 = getelementptr inbounds i8, ptr %work, i64 42240
  %245 = getelementptr inbounds i8, ptr %work, i64 39936
  %246 = getelementptr inbounds i8, ptr %work, i64 42304
  %247 = getelementptr inbounds i8, ptr %work, i64 40000
  %248 = getelementptr inbounds i8, ptr %work, i64 42368
  %249 = getelementptr inbounds i8, ptr %work, i64 40192
  %250 = getelementptr inbounds i8, ptr %work, i64 42432
  %251 = getelementptr inbounds i8, ptr %work, i64 40256
  %252 = getelementptr inbounds i8, ptr %work, i64 46624
  %253 = getelementptr inbounds i8, ptr %work, i64 46656
  %254 = getelementptr inbounds i8, ptr %work, i64 46688
  %255 = getelementptr inbounds i8, ptr %work, i64 46720
  %256 = getelementptr inbounds i8, ptr %work, i64 46752
  %257 = getelementptr inbounds i8, ptr %work, i64 46784
  %258 = getelementptr inbounds i8, ptr %work, i64 46816
  %259 = getelementptr inbounds i8, ptr %work, i64 46848
  %260 = getelementptr inbounds i8, ptr %work, i64 46880
  %261 = getelementptr inbounds i8, ptr %work, i64 46912
  %262 = getelementptr inbounds i8, ptr %work, i64 46944
  %263 = getelementptr inbounds i8, ptr %work, i64 46976
  %264 = getelementptr inbounds i8, ptr %work, i64 47008
  %265 = getelementptr inbounds i8, ptr %work, i64 47040
  %266 = getelementptr inbounds i8, ptr %work, i64 47072
  %267 = getelementptr inbounds i8, ptr %work, i64 36480
  %268 = getelementptr inbounds i8, ptr %work, i64 29184
  %269 = getelementptr inbounds i8, ptr %work, i64 36544
  %270 = getelementptr inbounds i8, ptr %work, i64 29248
  %271 = getelementptr inbounds i8, ptr %work, i64 36736
  %272 = getelementptr inbounds i8, ptr %work, i64 29312
  %273 = getelementptr inbounds i8, ptr %work, i64 36800
  %274 = getelementptr inbounds i8, ptr %work, i64 29376
  %275 = getelementptr inbounds i8, ptr %work, i64 36992
  %276 = getelementptr inbounds i8, ptr %work, i64 29440
  %277 = getelementptr inbounds i8, ptr %work, i64 37056
  %278 = getelementptr inbounds i8, ptr %work, i64 29504
  %279 = getelementptr inbounds i8, ptr %work, i64 37248
  %280 = getelementptr inbounds i8, ptr %work, i64 29568
  %281 = getelementptr inbounds i8, ptr %work, i64 37312
  %282 = getelementptr inbounds i8, ptr %work, i64 29632
  %283 = getelementptr inbounds i8, ptr %work, i64 37504
  %284 = getelementptr inbounds i8, ptr %work, i64 29696
  %285 = getelementptr inbounds i8, ptr %work, i64 37568
  %286 = getelementptr inbounds i8, ptr %work, i64 29760
  %287 = getelementptr inbounds i8, ptr %work, i64 37760
  %288 = getelementptr inbounds i8, ptr %work, i64 29824
  %289 = getelementptr inbounds i8, ptr %work, i64 37824
  %290 = getelementptr inbounds i8, ptr %work, i64 29888
  %291 = getelementptr inbounds i8, ptr %work, i64 38016
  %292 = getelementptr inbounds i8, ptr %work, i64 29952
  %293 = getelementptr inbounds i8, ptr %work, i64 38080
  %294 = getelementptr inbounds i8, ptr %work, i64 30016
  %295 = getelementptr inbounds i8, ptr %work, i64 38272
  %296 = getelementptr inbounds i8, ptr %work, i64 30080
  %297 = getelementptr inbounds i8, ptr %work, i64 38336
  %298 = getelementptr inbounds i8, ptr %work, i64 30144
  %299 = getelementptr inbounds i8, ptr %work, i64 38528
  %300 = getelementptr inbounds i8, ptr %work, i64 30208
  %301 = getelementptr inbounds i8, ptr %work, i64 38592
  %302 = getelementptr inbounds i8, ptr %work, i64 30272
  %303 = getelementptr inbounds i8, ptr %work, i64 38784
  %304 = getelementptr inbounds i8, ptr %work, i64 30336
  %305 = getelementptr inbounds i8, ptr %work, i64 38848
  %306 = getelementptr inbounds i8, ptr %work, i64 30400
  %307 = getelementptr inbounds i8, ptr %work, i64 39040
  %308 = getelementptr inbounds i8, ptr %work, i64 30464
  %309 = getelementptr inbounds i8, ptr %work, i64 39104
  %310 = getelementptr inbounds i8, ptr %work, i64 30528
  %311 = getelementptr inbounds i8, ptr %work, i64 39296
  %312 = getelementptr inbounds i8, ptr %work, i64 30592
  %313 = getelementptr inbounds i8, ptr %work, i64 39360
  %314 = getelementptr inbounds i8, ptr %work, i64 30656
  %315 = getelementptr inbounds i8, ptr %work, i64 39552
  %316 = getelementptr inbounds i8, ptr %work, i64 30720
  %317 = getelementptr inbounds i8, ptr %work, i64 39616
  %318 = getelementptr inbounds i8, ptr %work, i64 30784
  %319 = getelementptr inbounds i8, ptr %work, i64 39808
  %320 = getelementptr inbounds i8, ptr %work, i64 30848
  %321 = getelementptr inbounds i8, ptr %work, i64 39872
  %322 = getelementptr inbounds i8, ptr %work, i64 30912
  %323 = getelementptr inbounds i8, ptr %work, i64 40064
  %324 = getelementptr inbounds i8, ptr %work, i64 30976
  %325 = getelementptr inbounds i8, ptr %work, i64 40128
  %326 = getelementptr inbounds i8, ptr %work, i64 31040
  %327 = getelementptr inbounds i8, ptr %work, i64 40320
  %328 = getelementptr inbounds i8, ptr %work, i64 31104
  %329 = getelementptr inbounds i8, ptr %work, i64 40384
  %330 = getelementptr inbounds i8, ptr %work, i64 31168
  %331 = getelementptr inbounds i8, ptr %work, i64 29248
  %332 = getelementptr inbounds i8, ptr %work, i64 29376
  %333 = getelementptr inbounds i8, ptr %work, i64 29504
  %334 = getelementptr inbounds i8, ptr %work, i64 29632
  %335 = getelementptr inbounds i8, ptr %work, i64 29760
  %336 = getelementptr inbounds i8, ptr %work, i64 29888
  %337 = getelementptr inbounds i8, ptr %work, i64 30016
  %338 = getelementptr inbounds i8, ptr %work, i64 30144
  %339 = getelementptr inbounds i8, ptr %work, i64 30272
  %340 = getelementptr inbounds i8, ptr %work, i64 30400
  %341 = getelementptr inbounds i8, ptr %work, i64 30528
  %342 = getelementptr inbounds i8, ptr %work, i64 30656
  %343 = getelementptr inbounds i8, ptr %work, i64 30784
  %344 = getelementptr inbounds i8, ptr %work, i64 30912
  %345 = getelementptr inbounds i8, ptr %work, i64 31040
  %346 = getelementptr inbounds i8, ptr %work, i64 31168
  %347 = getelementptr inbounds i8, ptr %work, i64 19712
  %348 = getelementptr inbounds i8, ptr %work, i64 20064
  %349 = getelementptr inbounds i8, ptr %work, i64 20416
  %350 = getelementptr inbounds i8, ptr %work, i64 20768
  %351 = getelementptr inbounds i8, ptr %work, i64 21120
  %352 = getelementptr inbounds i8, ptr %work, i64 21472
  %353 = getelementptr inbounds i8, ptr %work, i64 21824
  %354 = getelementptr inbounds i8, ptr %work, i64 22176
  %355 = getelementptr inbounds i8, ptr %work, i64 22528
  %356 = getelementptr inbounds i8, ptr %work, i64 22880
  %357 = getelementptr inbounds i8, ptr %work, i64 20416
  %358 = getelementptr inbounds i8, ptr %work, i64 20768
  %359 = getelementptr inbounds i8, ptr %work, i64 21120
  %360 = getelementptr inbounds i8, ptr %work, i64 21472
  %361 = getelementptr inbounds i8, ptr %work, i64 21824
  %362 = getelementptr inbounds i8, ptr %work, i64 22176
  %363 = getelementptr inbounds i8, ptr %work, i64 23232
  %364 = getelementptr inbounds i8, ptr %work, i64 23584
  %365 = getelementptr inbounds i8, ptr %work, i64 23936
  %366 = getelementptr inbounds i8, ptr %work, i64 24288
  %367 = getelementptr inbounds i8, ptr %work, i64 24640
  %368 = getelementptr inbounds i8, ptr %work, i64 24992
  %invariant.gep2949 = getelementptr i8, ptr %work, i64 29312
  %invariant.gep2951 = getelementptr i8, ptr %work, i64 29184
  %369 = getelementptr inbounds i8, ptr %work, i64 19744
  %370 = getelementptr inbounds i8, ptr %work, i64 20096
  %371 = getelementptr inbounds i8, ptr %work, i64 20448
  %372 = getelementptr inbounds i8, ptr %work, i64 20800
  %373 = getelementptr inbounds i8, ptr %work, i64 21152
  %374 = getelementptr inbounds i8, ptr %work, i64 21504
  %375 = getelementptr inbounds i8, ptr %work, i64 21856
  %376 = getelementptr inbounds i8, ptr %work, i64 22208
  %377 = getelementptr inbounds i8, ptr %work, i64 22560
  %378 = getelementptr inbounds i8, ptr %work, i64 22912
  %379 = getelementptr inbounds i8, ptr %work, i64 23264
  %380 = getelementptr inbounds i8, ptr %work, i64 23616
  %381 = getelementptr inbounds i8, ptr %work, i64 23968
  %382 = getelementptr inbounds i8, ptr %work, i64 24320
  %383 = getelementptr inbounds i8, ptr %work, i64 24672
  %384 = getelementptr inbounds i8, ptr %work, i64 25024
  %invariant.gep2953 = getelementptr inbounds i8, ptr %work, i64 19744
  %scevgep2727 = getelementptr i8, ptr %work, i64 128
  %scevgep = getelementptr i8, ptr %work, i64 128
  %scevgep.1 = getelementptr i8, ptr %work, i64 384
  %scevgep.2 = getelementptr i8, ptr %work, i64 640
  %scevgep.3 = getelementptr i8, ptr %work, i64 896
  %scevgep.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep.31 = getelementptr i8, ptr %work, i64 8064
  %385 = getelementptr inbounds i8, ptr %work, i64 48196
  %gep2950.1 = getelementptr i8, ptr %work, i64 29568
  %gep2952.1 = getelementptr i8, ptr %work, i64 29440
  %386 = getelementptr inbounds i8, ptr %work, i64 48200
  %387 = getelementptr inbounds i8, ptr %work, i64 48204
  %388 = shl i64 %H, 9
  %gep2950.2 = getelementptr i8, ptr %work, i64 29824
  %gep2952.2 = getelementptr i8, ptr %work, i64 29696
  %389 = getelementptr inbounds i8, ptr %work, i64 48208
  %390 = getelementptr inbounds i8, ptr %work, i64 48212
  %391 = mul i64 %H, 768
  %gep2950.3 = getelementptr i8, ptr %work, i64 30080
  %gep2952.3 = getelementptr i8, ptr %work, i64 29952
  %392 = getelementptr inbounds i8, ptr %work, i64 48216
  %393 = getelementptr inbounds i8, ptr %work, i64 48220
  %394 = shl i64 %H, 10
  %gep2950.4 = getelementptr i8, ptr %work, i64 30336
  %gep2952.4 = getelementptr i8, ptr %work, i64 30208
  %395 = getelementptr inbounds i8, ptr %work, i64 48224
  %396 = getelementptr inbounds i8, ptr %work, i64 48228
  %397 = mul i64 %H, 1280
  %gep2950.5 = getelementptr i8, ptr %work, i64 30592
  %gep2952.5 = getelementptr i8, ptr %work, i64 30464
  %398 = getelementptr inbounds i8, ptr %work, i64 48232
  %399 = getelementptr inbounds i8, ptr %work, i64 48236
  %400 = mul i64 %H, 1536
  %gep2950.6 = getelementptr i8, ptr %work, i64 30848
  %gep2952.6 = getelementptr i8, ptr %work, i64 30720
  %401 = getelementptr inbounds i8, ptr %work, i64 48240
  %402 = getelementptr inbounds i8, ptr %work, i64 48244
  %403 = mul i64 %H, 1792
  %gep2950.7 = getelementptr i8, ptr %work, i64 31104
  %gep2952.7 = getelementptr i8, ptr %work, i64 30976
  %404 = getelementptr inbounds i8, ptr %work, i64 48248
  %405 = getelementptr inbounds i8, ptr %work, i64 48252
  %scevgep2727.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2727.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2727.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2727.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2727.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2727.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2727.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2727.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2727.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2727.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2727.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2727.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2727.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2727.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2727.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2727.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2727.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2727.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2727.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2727.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2727.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2727.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2727.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2727.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2727.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2727.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2727.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2727.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2727.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2727.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2727.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02461 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %406 = add i64 %indvar, %bh0
  %407 = shl i64 %406, 12
  %408 = mul i64 %23, %indvar
  %409 = add i64 %22, %408
  %b = sdiv i64 %bh.addr.02461, %H
  %h = srem i64 %bh.addr.02461, %H
  %410 = mul i64 %b, %T
  %411 = mul i64 %410, %H
  %bT = add i64 %411, %h
  %412 = mul i64 %1, %410
  %bTn = add nsw i64 %412, %h
  %413 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %413
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %413
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %414 = getelementptr i8, ptr %dhT, i64 %407
  %415 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %414, i64 128, i1 false)
  %scevgep2647.1 = getelementptr i8, ptr %414, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.1, i64 128, i1 false)
  %scevgep2647.2 = getelementptr i8, ptr %414, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.2, i64 128, i1 false)
  %scevgep2647.3 = getelementptr i8, ptr %414, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.3, i64 128, i1 false)
  %scevgep2647.4 = getelementptr i8, ptr %414, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.4, i64 128, i1 false)
  %scevgep2647.5 = getelementptr i8, ptr %414, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.5, i64 128, i1 false)
  %scevgep2647.6 = getelementptr i8, ptr %414, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.6, i64 128, i1 false)
  %scevgep2647.7 = getelementptr i8, ptr %414, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.7, i64 128, i1 false)
  %scevgep2647.8 = getelementptr i8, ptr %414, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.8, i64 128, i1 false)
  %scevgep2647.9 = getelementptr i8, ptr %414, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.9, i64 128, i1 false)
  %scevgep2647.10 = getelementptr i8, ptr %414, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.10, i64 128, i1 false)
  %scevgep2647.11 = getelementptr i8, ptr %414, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.11, i64 128, i1 false)
  %scevgep2647.12 = getelementptr i8, ptr %414, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.12, i64 128, i1 false)
  %scevgep2647.13 = getelementptr i8, ptr %414, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.13, i64 128, i1 false)
  %scevgep2647.14 = getelementptr i8, ptr %414, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.14, i64 128, i1 false)
  %scevgep2647.15 = getelementptr i8, ptr %414, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.15, i64 128, i1 false)
  %scevgep2647.16 = getelementptr i8, ptr %414, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.16, i64 128, i1 false)
  %scevgep2647.17 = getelementptr i8, ptr %414, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.17, i64 128, i1 false)
  %scevgep2647.18 = getelementptr i8, ptr %414, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.18, i64 128, i1 false)
  %scevgep2647.19 = getelementptr i8, ptr %414, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.19, i64 128, i1 false)
  %scevgep2647.20 = getelementptr i8, ptr %414, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.20, i64 128, i1 false)
  %scevgep2647.21 = getelementptr i8, ptr %414, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.21, i64 128, i1 false)
  %scevgep2647.22 = getelementptr i8, ptr %414, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.22, i64 128, i1 false)
  %scevgep2647.23 = getelementptr i8, ptr %414, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.23, i64 128, i1 false)
  %scevgep2647.24 = getelementptr i8, ptr %414, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.24, i64 128, i1 false)
  %scevgep2647.25 = getelementptr i8, ptr %414, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.25, i64 128, i1 false)
  %scevgep2647.26 = getelementptr i8, ptr %414, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.26, i64 128, i1 false)
  %scevgep2647.27 = getelementptr i8, ptr %414, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.27, i64 128, i1 false)
  %scevgep2647.28 = getelementptr i8, ptr %414, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.28, i64 128, i1 false)
  %scevgep2647.29 = getelementptr i8, ptr %414, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.29, i64 128, i1 false)
  %scevgep2647.30 = getelementptr i8, ptr %414, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.30, i64 128, i1 false)
  %scevgep2647.31 = getelementptr i8, ptr %414, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %415
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %415
  br i1 %3, label %cc.body.lr.ph, label %j38.head.preheader

bh.exit:                                          ; preds = %j38.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %416 = mul nsw i64 %bh.addr.02461, %nc
  %417 = add i64 %26, %bT
  %418 = shl i64 %417, 7
  %419 = mul i64 %31, %b
  %420 = add i64 %30, %419
  %421 = mul i64 %420, %H
  %422 = shl i64 %h, 7
  %423 = add i64 %421, %422
  %424 = add i64 %34, %419
  %425 = mul i64 %424, %H
  %426 = add i64 %425, %422
  %427 = getelementptr i8, ptr %dout, i64 %418
  %428 = getelementptr i8, ptr %qh, i64 64
  %429 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i52.exit
  %indvars.iv2710 = phi i64 [ %36, %cc.body.lr.ph ], [ %indvars.iv.next2711, %i52.exit ]
  %cc.addr.02458 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i52.exit ]
  %430 = mul i64 %32, %cc.addr.02458
  %431 = add i64 %426, %430
  %432 = add i64 %423, %430
  %433 = mul i64 %27, %cc.addr.02458
  %434 = shl i64 %cc.addr.02458, 12
  %435 = sub i64 %409, %434
  %436 = xor i64 %cc.addr.02458, -1
  %ci = add nsw i64 %nc, %436
  %t0 = shl nsw i64 %ci, 3
  %437 = sub nsw i64 %T, %t0
  %scevgep2649 = getelementptr i8, ptr %hs, i64 %435
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649, i64 128, i1 false)
  %438 = or disjoint i64 %435, 128
  %scevgep2649.1 = getelementptr i8, ptr %hs, i64 %438
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.1, i64 128, i1 false)
  %439 = or disjoint i64 %435, 256
  %scevgep2649.2 = getelementptr i8, ptr %hs, i64 %439
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.2, i64 128, i1 false)
  %440 = or disjoint i64 %435, 384
  %scevgep2649.3 = getelementptr i8, ptr %hs, i64 %440
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.3, i64 128, i1 false)
  %441 = or disjoint i64 %435, 512
  %scevgep2649.4 = getelementptr i8, ptr %hs, i64 %441
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.4, i64 128, i1 false)
  %442 = or disjoint i64 %435, 640
  %scevgep2649.5 = getelementptr i8, ptr %hs, i64 %442
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.5, i64 128, i1 false)
  %443 = or disjoint i64 %435, 768
  %scevgep2649.6 = getelementptr i8, ptr %hs, i64 %443
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.6, i64 128, i1 false)
  %444 = or disjoint i64 %435, 896
  %scevgep2649.7 = getelementptr i8, ptr %hs, i64 %444
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.7, i64 128, i1 false)
  %445 = or disjoint i64 %435, 1024
  %scevgep2649.8 = getelementptr i8, ptr %hs, i64 %445
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.8, i64 128, i1 false)
  %446 = or disjoint i64 %435, 1152
  %scevgep2649.9 = getelementptr i8, ptr %hs, i64 %446
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.9, i64 128, i1 false)
  %447 = or disjoint i64 %435, 1280
  %scevgep2649.10 = getelementptr i8, ptr %hs, i64 %447
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.10, i64 128, i1 false)
  %448 = or disjoint i64 %435, 1408
  %scevgep2649.11 = getelementptr i8, ptr %hs, i64 %448
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.11, i64 128, i1 false)
  %449 = or disjoint i64 %435, 1536
  %scevgep2649.12 = getelementptr i8, ptr %hs, i64 %449
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.12, i64 128, i1 false)
  %450 = or disjoint i64 %435, 1664
  %scevgep2649.13 = getelementptr i8, ptr %hs, i64 %450
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.13, i64 128, i1 false)
  %451 = or disjoint i64 %435, 1792
  %scevgep2649.14 = getelementptr i8, ptr %hs, i64 %451
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.14, i64 128, i1 false)
  %452 = or disjoint i64 %435, 1920
  %scevgep2649.15 = getelementptr i8, ptr %hs, i64 %452
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.15, i64 128, i1 false)
  %453 = or disjoint i64 %435, 2048
  %scevgep2649.16 = getelementptr i8, ptr %hs, i64 %453
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.16, i64 128, i1 false)
  %454 = or disjoint i64 %435, 2176
  %scevgep2649.17 = getelementptr i8, ptr %hs, i64 %454
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.17, i64 128, i1 false)
  %455 = or disjoint i64 %435, 2304
  %scevgep2649.18 = getelementptr i8, ptr %hs, i64 %455
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.18, i64 128, i1 false)
  %456 = or disjoint i64 %435, 2432
  %scevgep2649.19 = getelementptr i8, ptr %hs, i64 %456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.19, i64 128, i1 false)
  %457 = or disjoint i64 %435, 2560
  %scevgep2649.20 = getelementptr i8, ptr %hs, i64 %457
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.20, i64 128, i1 false)
  %458 = or disjoint i64 %435, 2688
  %scevgep2649.21 = getelementptr i8, ptr %hs, i64 %458
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.21, i64 128, i1 false)
  %459 = or disjoint i64 %435, 2816
  %scevgep2649.22 = getelementptr i8, ptr %hs, i64 %459
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.22, i64 128, i1 false)
  %460 = or disjoint i64 %435, 2944
  %scevgep2649.23 = getelementptr i8, ptr %hs, i64 %460
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.23, i64 128, i1 false)
  %461 = or disjoint i64 %435, 3072
  %scevgep2649.24 = getelementptr i8, ptr %hs, i64 %461
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.24, i64 128, i1 false)
  %462 = or disjoint i64 %435, 3200
  %scevgep2649.25 = getelementptr i8, ptr %hs, i64 %462
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.25, i64 128, i1 false)
  %463 = or disjoint i64 %435, 3328
  %scevgep2649.26 = getelementptr i8, ptr %hs, i64 %463
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.26, i64 128, i1 false)
  %464 = or disjoint i64 %435, 3456
  %scevgep2649.27 = getelementptr i8, ptr %hs, i64 %464
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.27, i64 128, i1 false)
  %465 = or disjoint i64 %435, 3584
  %scevgep2649.28 = getelementptr i8, ptr %hs, i64 %465
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.28, i64 128, i1 false)
  %466 = or disjoint i64 %435, 3712
  %scevgep2649.29 = getelementptr i8, ptr %hs, i64 %466
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.29, i64 128, i1 false)
  %467 = or disjoint i64 %435, 3840
  %scevgep2649.30 = getelementptr i8, ptr %hs, i64 %467
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.30, i64 128, i1 false)
  %468 = or disjoint i64 %435, 3968
  %scevgep2649.31 = getelementptr i8, ptr %hs, i64 %468
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2648.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649.31, i64 128, i1 false)
  %469 = add nsw i64 %ci, %416
  %470 = shl nsw i64 %469, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %471 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02222 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %472 = shl nuw nsw i64 %i2.addr.02222, 5
  %473 = or disjoint i64 %472, %470
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %474 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02221 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %475 = or disjoint i64 %473, %j2.addr.02221
  %476 = getelementptr inbounds float, ptr %hs, i64 %475
  %477 = load <16 x float>, ptr %476, align 4
  %478 = or disjoint i64 %475, 256
  %479 = getelementptr inbounds float, ptr %hs, i64 %478
  %480 = load <16 x float>, ptr %479, align 4
  %481 = or disjoint i64 %475, 32
  %482 = getelementptr inbounds float, ptr %hs, i64 %481
  %483 = load <16 x float>, ptr %482, align 4
  %484 = or disjoint i64 %475, 288
  %485 = getelementptr inbounds float, ptr %hs, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = or disjoint i64 %475, 64
  %488 = getelementptr inbounds float, ptr %hs, i64 %487
  %489 = load <16 x float>, ptr %488, align 4
  %490 = or disjoint i64 %475, 320
  %491 = getelementptr inbounds float, ptr %hs, i64 %490
  %492 = load <16 x float>, ptr %491, align 4
  %493 = or disjoint i64 %475, 96
  %494 = getelementptr inbounds float, ptr %hs, i64 %493
  %495 = load <16 x float>, ptr %494, align 4
  %496 = or disjoint i64 %475, 352
  %497 = getelementptr inbounds float, ptr %hs, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = or disjoint i64 %475, 128
  %500 = getelementptr inbounds float, ptr %hs, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = or disjoint i64 %475, 384
  %503 = getelementptr inbounds float, ptr %hs, i64 %502
  %504 = load <16 x float>, ptr %503, align 4
  %505 = or disjoint i64 %475, 160
  %506 = getelementptr inbounds float, ptr %hs, i64 %505
  %507 = load <16 x float>, ptr %506, align 4
  %508 = or disjoint i64 %475, 416
  %509 = getelementptr inbounds float, ptr %hs, i64 %508
  %510 = load <16 x float>, ptr %509, align 4
  %511 = or disjoint i64 %475, 192
  %512 = getelementptr inbounds float, ptr %hs, i64 %511
  %513 = load <16 x float>, ptr %512, align 4
  %514 = or disjoint i64 %475, 448
  %515 = getelementptr inbounds float, ptr %hs, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = or disjoint i64 %475, 224
  %518 = getelementptr inbounds float, ptr %hs, i64 %517
  %519 = load <16 x float>, ptr %518, align 4
  %520 = or disjoint i64 %475, 480
  %521 = getelementptr inbounds float, ptr %hs, i64 %520
  %522 = load <16 x float>, ptr %521, align 4
  %523 = shufflevector <16 x float> %477, <16 x float> %480, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %524 = shufflevector <16 x float> %501, <16 x float> %504, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %525 = shufflevector <16 x float> %483, <16 x float> %486, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %526 = shufflevector <16 x float> %507, <16 x float> %510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %527 = shufflevector <16 x float> %489, <16 x float> %492, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %528 = shufflevector <16 x float> %513, <16 x float> %516, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %529 = shufflevector <16 x float> %495, <16 x float> %498, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %530 = shufflevector <16 x float> %519, <16 x float> %522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %531 = shufflevector <16 x float> %477, <16 x float> %480, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %532 = shufflevector <16 x float> %501, <16 x float> %504, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %533 = shufflevector <16 x float> %483, <16 x float> %486, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %534 = shufflevector <16 x float> %507, <16 x float> %510, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %535 = shufflevector <16 x float> %489, <16 x float> %492, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %513, <16 x float> %516, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %495, <16 x float> %498, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %519, <16 x float> %522, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %540 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %541 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %542 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %543 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %545 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %546 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %547 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %548 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %549 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %550 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %551 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %554 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %555 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %556 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %557 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %558 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %559 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %560 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %561 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %562 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %563 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %564 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %565 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %566 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %567 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %568 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %569 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %570 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %571 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %572 = shl nuw nsw i64 %j2.addr.02221, 5
  %573 = or disjoint i64 %572, %i2.addr.02222
  %574 = or disjoint i64 %573, 1024
  %575 = getelementptr inbounds float, ptr %Bk, i64 %574
  store <16 x float> %571, ptr %575, align 4
  %576 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %577 = or disjoint i64 %573, 1056
  %578 = getelementptr inbounds float, ptr %Bk, i64 %577
  store <16 x float> %576, ptr %578, align 4
  %579 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %580 = or disjoint i64 %573, 1088
  %581 = getelementptr inbounds float, ptr %Bk, i64 %580
  store <16 x float> %579, ptr %581, align 4
  %582 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %583 = or disjoint i64 %573, 1120
  %584 = getelementptr inbounds float, ptr %Bk, i64 %583
  store <16 x float> %582, ptr %584, align 4
  %585 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %586 = or disjoint i64 %573, 1152
  %587 = getelementptr inbounds float, ptr %Bk, i64 %586
  store <16 x float> %585, ptr %587, align 4
  %588 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %589 = or disjoint i64 %573, 1184
  %590 = getelementptr inbounds float, ptr %Bk, i64 %589
  store <16 x float> %588, ptr %590, align 4
  %591 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %592 = or disjoint i64 %573, 1216
  %593 = getelementptr inbounds float, ptr %Bk, i64 %592
  store <16 x float> %591, ptr %593, align 4
  %594 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %595 = or disjoint i64 %573, 1248
  %596 = getelementptr inbounds float, ptr %Bk, i64 %595
  store <16 x float> %594, ptr %596, align 4
  %597 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %598 = or disjoint i64 %573, 1280
  %599 = getelementptr inbounds float, ptr %Bk, i64 %598
  store <16 x float> %597, ptr %599, align 4
  %600 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %601 = or disjoint i64 %573, 1312
  %602 = getelementptr inbounds float, ptr %Bk, i64 %601
  store <16 x float> %600, ptr %602, align 4
  %603 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %604 = or disjoint i64 %573, 1344
  %605 = getelementptr inbounds float, ptr %Bk, i64 %604
  store <16 x float> %603, ptr %605, align 4
  %606 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %607 = or disjoint i64 %573, 1376
  %608 = getelementptr inbounds float, ptr %Bk, i64 %607
  store <16 x float> %606, ptr %608, align 4
  %609 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %610 = or disjoint i64 %573, 1408
  %611 = getelementptr inbounds float, ptr %Bk, i64 %610
  store <16 x float> %609, ptr %611, align 4
  %612 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %613 = or disjoint i64 %573, 1440
  %614 = getelementptr inbounds float, ptr %Bk, i64 %613
  store <16 x float> %612, ptr %614, align 4
  %615 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %616 = or disjoint i64 %573, 1472
  %617 = getelementptr inbounds float, ptr %Bk, i64 %616
  store <16 x float> %615, ptr %617, align 4
  %618 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %619 = or disjoint i64 %573, 1504
  %620 = getelementptr inbounds float, ptr %Bk, i64 %619
  store <16 x float> %618, ptr %620, align 4
  br i1 %474, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %471, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %621 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02224 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %622 = shl nuw nsw i64 %i3.addr.02224, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %623 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02223 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %624 = or disjoint i64 %j3.addr.02223, %622
  %625 = or disjoint i64 %624, 32
  %626 = getelementptr inbounds float, ptr %work, i64 %625
  %627 = load <16 x float>, ptr %626, align 4
  %628 = or disjoint i64 %624, 544
  %629 = getelementptr inbounds float, ptr %work, i64 %628
  %630 = load <16 x float>, ptr %629, align 4
  %631 = or disjoint i64 %624, 96
  %632 = getelementptr inbounds float, ptr %work, i64 %631
  %633 = load <16 x float>, ptr %632, align 4
  %634 = or disjoint i64 %624, 608
  %635 = getelementptr inbounds float, ptr %work, i64 %634
  %636 = load <16 x float>, ptr %635, align 4
  %637 = or disjoint i64 %624, 160
  %638 = getelementptr inbounds float, ptr %work, i64 %637
  %639 = load <16 x float>, ptr %638, align 4
  %640 = or disjoint i64 %624, 672
  %641 = getelementptr inbounds float, ptr %work, i64 %640
  %642 = load <16 x float>, ptr %641, align 4
  %643 = or disjoint i64 %624, 224
  %644 = getelementptr inbounds float, ptr %work, i64 %643
  %645 = load <16 x float>, ptr %644, align 4
  %646 = or disjoint i64 %624, 736
  %647 = getelementptr inbounds float, ptr %work, i64 %646
  %648 = load <16 x float>, ptr %647, align 4
  %649 = or disjoint i64 %624, 288
  %650 = getelementptr inbounds float, ptr %work, i64 %649
  %651 = load <16 x float>, ptr %650, align 4
  %652 = or disjoint i64 %624, 800
  %653 = getelementptr inbounds float, ptr %work, i64 %652
  %654 = load <16 x float>, ptr %653, align 4
  %655 = or disjoint i64 %624, 352
  %656 = getelementptr inbounds float, ptr %work, i64 %655
  %657 = load <16 x float>, ptr %656, align 4
  %658 = or disjoint i64 %624, 864
  %659 = getelementptr inbounds float, ptr %work, i64 %658
  %660 = load <16 x float>, ptr %659, align 4
  %661 = or disjoint i64 %624, 416
  %662 = getelementptr inbounds float, ptr %work, i64 %661
  %663 = load <16 x float>, ptr %662, align 4
  %664 = or disjoint i64 %624, 928
  %665 = getelementptr inbounds float, ptr %work, i64 %664
  %666 = load <16 x float>, ptr %665, align 4
  %667 = or disjoint i64 %624, 480
  %668 = getelementptr inbounds float, ptr %work, i64 %667
  %669 = load <16 x float>, ptr %668, align 4
  %670 = or disjoint i64 %624, 992
  %671 = getelementptr inbounds float, ptr %work, i64 %670
  %672 = load <16 x float>, ptr %671, align 4
  %673 = shufflevector <16 x float> %627, <16 x float> %630, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %674 = shufflevector <16 x float> %651, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %675 = shufflevector <16 x float> %633, <16 x float> %636, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %676 = shufflevector <16 x float> %657, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %677 = shufflevector <16 x float> %639, <16 x float> %642, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %678 = shufflevector <16 x float> %663, <16 x float> %666, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %679 = shufflevector <16 x float> %645, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %680 = shufflevector <16 x float> %669, <16 x float> %672, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %681 = shufflevector <16 x float> %627, <16 x float> %630, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %682 = shufflevector <16 x float> %651, <16 x float> %654, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %683 = shufflevector <16 x float> %633, <16 x float> %636, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %684 = shufflevector <16 x float> %657, <16 x float> %660, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %685 = shufflevector <16 x float> %639, <16 x float> %642, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %686 = shufflevector <16 x float> %663, <16 x float> %666, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %687 = shufflevector <16 x float> %645, <16 x float> %648, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %688 = shufflevector <16 x float> %669, <16 x float> %672, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %689 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %690 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %691 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %692 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %693 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %694 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %695 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %696 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %697 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %698 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %699 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %700 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %701 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %702 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %703 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %704 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %705 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %706 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %707 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %708 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %709 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %710 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %711 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %712 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %713 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %714 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %715 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %716 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %717 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %718 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %719 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %720 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %721 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %722 = shl nuw nsw i64 %j3.addr.02223, 5
  %723 = or disjoint i64 %722, %i3.addr.02224
  %724 = getelementptr inbounds float, ptr %Bk, i64 %723
  store <16 x float> %721, ptr %724, align 4
  %725 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %726 = or disjoint i64 %723, 32
  %727 = getelementptr inbounds float, ptr %Bk, i64 %726
  store <16 x float> %725, ptr %727, align 4
  %728 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %729 = or disjoint i64 %723, 64
  %730 = getelementptr inbounds float, ptr %Bk, i64 %729
  store <16 x float> %728, ptr %730, align 4
  %731 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %732 = or disjoint i64 %723, 96
  %733 = getelementptr inbounds float, ptr %Bk, i64 %732
  store <16 x float> %731, ptr %733, align 4
  %734 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %735 = or disjoint i64 %723, 128
  %736 = getelementptr inbounds float, ptr %Bk, i64 %735
  store <16 x float> %734, ptr %736, align 4
  %737 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %738 = or disjoint i64 %723, 160
  %739 = getelementptr inbounds float, ptr %Bk, i64 %738
  store <16 x float> %737, ptr %739, align 4
  %740 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %741 = or disjoint i64 %723, 192
  %742 = getelementptr inbounds float, ptr %Bk, i64 %741
  store <16 x float> %740, ptr %742, align 4
  %743 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %744 = or disjoint i64 %723, 224
  %745 = getelementptr inbounds float, ptr %Bk, i64 %744
  store <16 x float> %743, ptr %745, align 4
  %746 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %747 = or disjoint i64 %723, 256
  %748 = getelementptr inbounds float, ptr %Bk, i64 %747
  store <16 x float> %746, ptr %748, align 4
  %749 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %750 = or disjoint i64 %723, 288
  %751 = getelementptr inbounds float, ptr %Bk, i64 %750
  store <16 x float> %749, ptr %751, align 4
  %752 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %753 = or disjoint i64 %723, 320
  %754 = getelementptr inbounds float, ptr %Bk, i64 %753
  store <16 x float> %752, ptr %754, align 4
  %755 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %756 = or disjoint i64 %723, 352
  %757 = getelementptr inbounds float, ptr %Bk, i64 %756
  store <16 x float> %755, ptr %757, align 4
  %758 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %759 = or disjoint i64 %723, 384
  %760 = getelementptr inbounds float, ptr %Bk, i64 %759
  store <16 x float> %758, ptr %760, align 4
  %761 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %762 = or disjoint i64 %723, 416
  %763 = getelementptr inbounds float, ptr %Bk, i64 %762
  store <16 x float> %761, ptr %763, align 4
  %764 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %765 = or disjoint i64 %723, 448
  %766 = getelementptr inbounds float, ptr %Bk, i64 %765
  store <16 x float> %764, ptr %766, align 4
  %767 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %768 = or disjoint i64 %723, 480
  %769 = getelementptr inbounds float, ptr %Bk, i64 %768
  store <16 x float> %767, ptr %769, align 4
  br i1 %623, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %621, label %j3.head.preheader, label %t.head.preheader.preheader

t.head.preheader.preheader:                       ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %38, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %39, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %40, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %41, i8 0, i64 16, i1 false)
  store <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %42, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %43, i8 0, i64 20, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %44, align 4
  store float 1.000000e+00, ptr %45, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(24) %46, i8 0, i64 24, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %47, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(28) %48, i8 0, i64 28, i1 false)
  store float 1.000000e+00, ptr %49, align 4
  %770 = getelementptr i8, ptr %427, i64 %433
  br label %t1.body

t1.body:                                          ; preds = %t.head.preheader.preheader, %endif
  %t1.addr.02242 = phi i64 [ %t1.next, %endif ], [ 0, %t.head.preheader.preheader ]
  %771 = shl nuw nsw i64 %t1.addr.02242, 8
  %gep2922 = getelementptr i8, ptr %invariant.gep, i64 %771
  %gep2924 = getelementptr i8, ptr %invariant.gep2923, i64 %771
  %gep2926 = getelementptr i8, ptr %invariant.gep2925, i64 %771
  %gep2928 = getelementptr i8, ptr %invariant.gep2927, i64 %771
  %772 = shl nuw nsw i64 %t1.addr.02242, 7
  %gep2930 = getelementptr i8, ptr %invariant.gep2929, i64 %772
  %773 = icmp sgt i64 %437, %t1.addr.02242
  br i1 %773, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep2932 = getelementptr i8, ptr %invariant.gep2931, i64 %772
  %gep2934 = getelementptr i8, ptr %invariant.gep2933, i64 %772
  %gep2936 = getelementptr i8, ptr %invariant.gep2935, i64 %771
  %gep2938 = getelementptr i8, ptr %invariant.gep2937, i64 %771
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2932, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2934, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2930, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02242, 1
  %774 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %774, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2928, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2936, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2926, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %775 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %775, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2924, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2938, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2922, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %776 = mul i64 %28, %t1.addr.02242
  %scevgep2676 = getelementptr i8, ptr %770, i64 %776
  %777 = mul i64 %33, %t1.addr.02242
  %778 = add i64 %432, %777
  %scevgep2678 = getelementptr i8, ptr %k, i64 %778
  %scevgep2680 = getelementptr i8, ptr %v, i64 %778
  %779 = add i64 %431, %777
  %scevgep2682 = getelementptr i8, ptr %k, i64 %779
  %scevgep2684 = getelementptr i8, ptr %v, i64 %779
  %780 = add nuw nsw i64 %t1.addr.02242, %t0
  %781 = mul nsw i64 %780, %sq
  %782 = shl nuw nsw i64 %t1.addr.02242, 5
  %783 = getelementptr float, ptr %qh, i64 %781
  %784 = load <16 x float>, ptr %783, align 4
  %785 = fmul <16 x float> %784, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %786 = or disjoint i64 %782, 2048
  %787 = getelementptr inbounds float, ptr %Bk, i64 %786
  store <16 x float> %785, ptr %787, align 4
  %788 = getelementptr inbounds float, ptr %QK, i64 %782
  store <16 x float> %785, ptr %788, align 4
  %789 = getelementptr float, ptr %428, i64 %781
  %790 = load <16 x float>, ptr %789, align 4
  %791 = fmul <16 x float> %790, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %792 = or disjoint i64 %782, 16
  %793 = or i64 %782, 2064
  %794 = getelementptr inbounds float, ptr %Bk, i64 %793
  store <16 x float> %791, ptr %794, align 4
  %795 = getelementptr inbounds float, ptr %QK, i64 %792
  store <16 x float> %791, ptr %795, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2930, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2676, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02242, 1
  %796 = or disjoint i64 %t1.addr.02242, %t0
  %tau = shl nsw i64 %796, 1
  %797 = mul nsw i64 %tau, %H
  %798 = getelementptr inbounds float, ptr %betah, i64 %797
  %799 = load float, ptr %798, align 4
  %800 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %799, ptr %800, align 4
  %801 = mul nsw i64 %tau, %sq
  %802 = shl nuw nsw i64 %t1.addr.02242, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2928, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2678, i64 128, i1 false)
  %803 = getelementptr float, ptr %kh, i64 %801
  %804 = load <16 x float>, ptr %803, align 4
  %805 = fneg <16 x float> %804
  %gep2940 = getelementptr inbounds float, ptr %invariant.gep2939, i64 %802
  store <16 x float> %805, ptr %gep2940, align 4
  %806 = getelementptr float, ptr %429, i64 %801
  %807 = load <16 x float>, ptr %806, align 4
  %808 = fneg <16 x float> %807
  %gep2942 = getelementptr inbounds float, ptr %invariant.gep2941, i64 %802
  store <16 x float> %808, ptr %gep2942, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2926, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2680, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %809 = mul nsw i64 %tau1, %H
  %810 = getelementptr inbounds float, ptr %betah, i64 %809
  %811 = load float, ptr %810, align 4
  %812 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %811, ptr %812, align 4
  %813 = mul nsw i64 %tau1, %sq
  %814 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2924, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2682, i64 128, i1 false)
  %815 = getelementptr float, ptr %kh, i64 %813
  %816 = load <16 x float>, ptr %815, align 4
  %817 = fneg <16 x float> %816
  %gep2944 = getelementptr inbounds float, ptr %invariant.gep2943, i64 %814
  store <16 x float> %817, ptr %gep2944, align 4
  %818 = getelementptr float, ptr %429, i64 %813
  %819 = load <16 x float>, ptr %818, align 4
  %820 = fneg <16 x float> %819
  %gep2946 = getelementptr inbounds float, ptr %invariant.gep2945, i64 %814
  store <16 x float> %820, ptr %gep2946, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2922, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2684, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02242, 1
  %exitcond2685.not = icmp eq i64 %t1.next, 8
  br i1 %exitcond2685.not, label %j16.body, label %t1.body

j16.body:                                         ; preds = %endif, %j16.body
  %821 = phi i1 [ false, %j16.body ], [ true, %endif ]
  %j16.addr.02243 = phi i64 [ 16, %j16.body ], [ 0, %endif ]
  %822 = or disjoint i64 %j16.addr.02243, 2304
  %823 = getelementptr inbounds float, ptr %Bk, i64 %822
  %824 = load <16 x float>, ptr %823, align 4
  %825 = or disjoint i64 %j16.addr.02243, 2560
  %826 = getelementptr inbounds float, ptr %Bk, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = or disjoint i64 %j16.addr.02243, 2336
  %829 = getelementptr inbounds float, ptr %Bk, i64 %828
  %830 = load <16 x float>, ptr %829, align 4
  %831 = or disjoint i64 %j16.addr.02243, 2592
  %832 = getelementptr inbounds float, ptr %Bk, i64 %831
  %833 = load <16 x float>, ptr %832, align 4
  %834 = or disjoint i64 %j16.addr.02243, 2368
  %835 = getelementptr inbounds float, ptr %Bk, i64 %834
  %836 = load <16 x float>, ptr %835, align 4
  %837 = or disjoint i64 %j16.addr.02243, 2624
  %838 = getelementptr inbounds float, ptr %Bk, i64 %837
  %839 = load <16 x float>, ptr %838, align 4
  %840 = or disjoint i64 %j16.addr.02243, 2400
  %841 = getelementptr inbounds float, ptr %Bk, i64 %840
  %842 = load <16 x float>, ptr %841, align 4
  %843 = or disjoint i64 %j16.addr.02243, 2656
  %844 = getelementptr inbounds float, ptr %Bk, i64 %843
  %845 = load <16 x float>, ptr %844, align 4
  %846 = or disjoint i64 %j16.addr.02243, 2432
  %847 = getelementptr inbounds float, ptr %Bk, i64 %846
  %848 = load <16 x float>, ptr %847, align 4
  %849 = or disjoint i64 %j16.addr.02243, 2688
  %850 = getelementptr inbounds float, ptr %Bk, i64 %849
  %851 = load <16 x float>, ptr %850, align 4
  %852 = or disjoint i64 %j16.addr.02243, 2464
  %853 = getelementptr inbounds float, ptr %Bk, i64 %852
  %854 = load <16 x float>, ptr %853, align 4
  %855 = or disjoint i64 %j16.addr.02243, 2720
  %856 = getelementptr inbounds float, ptr %Bk, i64 %855
  %857 = load <16 x float>, ptr %856, align 4
  %858 = or disjoint i64 %j16.addr.02243, 2496
  %859 = getelementptr inbounds float, ptr %Bk, i64 %858
  %860 = load <16 x float>, ptr %859, align 4
  %861 = or disjoint i64 %j16.addr.02243, 2752
  %862 = getelementptr inbounds float, ptr %Bk, i64 %861
  %863 = load <16 x float>, ptr %862, align 4
  %864 = or disjoint i64 %j16.addr.02243, 2528
  %865 = getelementptr inbounds float, ptr %Bk, i64 %864
  %866 = load <16 x float>, ptr %865, align 4
  %867 = or disjoint i64 %j16.addr.02243, 2784
  %868 = getelementptr inbounds float, ptr %Bk, i64 %867
  %869 = load <16 x float>, ptr %868, align 4
  %870 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %871 = shufflevector <16 x float> %848, <16 x float> %851, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %872 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %873 = shufflevector <16 x float> %854, <16 x float> %857, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %874 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %875 = shufflevector <16 x float> %860, <16 x float> %863, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %876 = shufflevector <16 x float> %842, <16 x float> %845, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %877 = shufflevector <16 x float> %866, <16 x float> %869, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %878 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %879 = shufflevector <16 x float> %848, <16 x float> %851, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %880 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %881 = shufflevector <16 x float> %854, <16 x float> %857, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %882 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %883 = shufflevector <16 x float> %860, <16 x float> %863, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %884 = shufflevector <16 x float> %842, <16 x float> %845, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %885 = shufflevector <16 x float> %866, <16 x float> %869, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %886 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %887 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %888 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %889 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %890 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %891 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %892 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %893 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %894 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %895 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %896 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %897 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %898 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %899 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %900 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %901 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %902 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %903 = shufflevector <16 x float> %888, <16 x float> %889, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %904 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %905 = shufflevector <16 x float> %888, <16 x float> %889, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %906 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %907 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %908 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %909 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %910 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %911 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %912 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %913 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %914 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %915 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %916 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %917 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %918 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2193 = shl nuw nsw i64 %j16.addr.02243, 6
  %919 = getelementptr inbounds i8, ptr %KT, i64 %.idx2193
  store <16 x float> %918, ptr %919, align 4
  %920 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %921 = shl nuw nsw i64 %j16.addr.02243, 4
  %922 = or disjoint i64 %921, 16
  %923 = getelementptr inbounds float, ptr %KT, i64 %922
  store <16 x float> %920, ptr %923, align 4
  %924 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %925 = or disjoint i64 %921, 32
  %926 = getelementptr inbounds float, ptr %KT, i64 %925
  store <16 x float> %924, ptr %926, align 4
  %927 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %928 = or disjoint i64 %921, 48
  %929 = getelementptr inbounds float, ptr %KT, i64 %928
  store <16 x float> %927, ptr %929, align 4
  %930 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %931 = or disjoint i64 %921, 64
  %932 = getelementptr inbounds float, ptr %KT, i64 %931
  store <16 x float> %930, ptr %932, align 4
  %933 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %934 = or disjoint i64 %921, 80
  %935 = getelementptr inbounds float, ptr %KT, i64 %934
  store <16 x float> %933, ptr %935, align 4
  %936 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %937 = or disjoint i64 %921, 96
  %938 = getelementptr inbounds float, ptr %KT, i64 %937
  store <16 x float> %936, ptr %938, align 4
  %939 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %940 = or disjoint i64 %921, 112
  %941 = getelementptr inbounds float, ptr %KT, i64 %940
  store <16 x float> %939, ptr %941, align 4
  %942 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %943 = or disjoint i64 %921, 128
  %944 = getelementptr inbounds float, ptr %KT, i64 %943
  store <16 x float> %942, ptr %944, align 4
  %945 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %946 = or disjoint i64 %921, 144
  %947 = getelementptr inbounds float, ptr %KT, i64 %946
  store <16 x float> %945, ptr %947, align 4
  %948 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %949 = or disjoint i64 %921, 160
  %950 = getelementptr inbounds float, ptr %KT, i64 %949
  store <16 x float> %948, ptr %950, align 4
  %951 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %952 = or disjoint i64 %921, 176
  %953 = getelementptr inbounds float, ptr %KT, i64 %952
  store <16 x float> %951, ptr %953, align 4
  %954 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %955 = or disjoint i64 %921, 192
  %956 = getelementptr inbounds float, ptr %KT, i64 %955
  store <16 x float> %954, ptr %956, align 4
  %957 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %958 = or disjoint i64 %921, 208
  %959 = getelementptr inbounds float, ptr %KT, i64 %958
  store <16 x float> %957, ptr %959, align 4
  %960 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %961 = or disjoint i64 %921, 224
  %962 = getelementptr inbounds float, ptr %KT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %964 = or disjoint i64 %921, 240
  %965 = getelementptr inbounds float, ptr %KT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  br i1 %821, label %j16.body, label %j17.body.preheader

j17.body.preheader:                               ; preds = %j16.body
  %966 = load <8 x float>, ptr %50, align 4
  %967 = load <8 x float>, ptr %51, align 4
  %968 = load <8 x float>, ptr %52, align 4
  %969 = load <8 x float>, ptr %53, align 4
  %970 = load <8 x float>, ptr %54, align 4
  %971 = load <8 x float>, ptr %55, align 4
  %972 = load <8 x float>, ptr %56, align 4
  %973 = load <8 x float>, ptr %57, align 4
  %974 = shufflevector <8 x float> %966, <8 x float> %967, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %975 = shufflevector <8 x float> %970, <8 x float> %971, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %976 = shufflevector <8 x float> %968, <8 x float> %969, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %977 = shufflevector <8 x float> %972, <8 x float> %973, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %978 = shufflevector <8 x float> %966, <8 x float> %967, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %979 = shufflevector <8 x float> %970, <8 x float> %971, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %980 = shufflevector <8 x float> %968, <8 x float> %969, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %981 = shufflevector <8 x float> %972, <8 x float> %973, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %982 = shufflevector <8 x float> %974, <8 x float> %975, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %983 = shufflevector <8 x float> %976, <8 x float> %977, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %984 = shufflevector <8 x float> %974, <8 x float> %975, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %985 = shufflevector <8 x float> %976, <8 x float> %977, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %986 = shufflevector <8 x float> %978, <8 x float> %979, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %987 = shufflevector <8 x float> %980, <8 x float> %981, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %988 = shufflevector <8 x float> %978, <8 x float> %979, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %989 = shufflevector <8 x float> %980, <8 x float> %981, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %990 = shufflevector <8 x float> %982, <8 x float> %983, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %990, ptr %QcT, align 4
  %991 = shufflevector <8 x float> %982, <8 x float> %983, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %991, ptr %58, align 4
  %992 = shufflevector <8 x float> %984, <8 x float> %985, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %992, ptr %59, align 4
  %993 = shufflevector <8 x float> %984, <8 x float> %985, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %993, ptr %60, align 4
  %994 = shufflevector <8 x float> %986, <8 x float> %987, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %994, ptr %61, align 4
  %995 = shufflevector <8 x float> %986, <8 x float> %987, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %995, ptr %62, align 4
  %996 = shufflevector <8 x float> %988, <8 x float> %989, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %996, ptr %63, align 4
  %997 = shufflevector <8 x float> %988, <8 x float> %989, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %997, ptr %64, align 4
  %998 = load <8 x float>, ptr %65, align 4
  %999 = load <8 x float>, ptr %66, align 4
  %1000 = load <8 x float>, ptr %67, align 4
  %1001 = load <8 x float>, ptr %68, align 4
  %1002 = load <8 x float>, ptr %69, align 4
  %1003 = load <8 x float>, ptr %70, align 4
  %1004 = load <8 x float>, ptr %71, align 4
  %1005 = load <8 x float>, ptr %72, align 4
  %1006 = shufflevector <8 x float> %998, <8 x float> %999, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1007 = shufflevector <8 x float> %1002, <8 x float> %1003, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1008 = shufflevector <8 x float> %1000, <8 x float> %1001, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1009 = shufflevector <8 x float> %1004, <8 x float> %1005, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1010 = shufflevector <8 x float> %998, <8 x float> %999, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1011 = shufflevector <8 x float> %1002, <8 x float> %1003, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1012 = shufflevector <8 x float> %1000, <8 x float> %1001, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1013 = shufflevector <8 x float> %1004, <8 x float> %1005, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1014 = shufflevector <8 x float> %1006, <8 x float> %1007, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1015 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1016 = shufflevector <8 x float> %1006, <8 x float> %1007, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1017 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1018 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1019 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1020 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1021 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1022 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1022, ptr %73, align 4
  %1023 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1023, ptr %74, align 4
  %1024 = shufflevector <8 x float> %1016, <8 x float> %1017, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1024, ptr %75, align 4
  %1025 = shufflevector <8 x float> %1016, <8 x float> %1017, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1025, ptr %76, align 4
  %1026 = shufflevector <8 x float> %1018, <8 x float> %1019, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1026, ptr %77, align 4
  %1027 = shufflevector <8 x float> %1018, <8 x float> %1019, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1027, ptr %78, align 4
  %1028 = shufflevector <8 x float> %1020, <8 x float> %1021, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1028, ptr %79, align 4
  %1029 = shufflevector <8 x float> %1020, <8 x float> %1021, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1029, ptr %80, align 4
  %1030 = load <8 x float>, ptr %81, align 4
  %1031 = load <8 x float>, ptr %82, align 4
  %1032 = load <8 x float>, ptr %83, align 4
  %1033 = load <8 x float>, ptr %84, align 4
  %1034 = load <8 x float>, ptr %85, align 4
  %1035 = load <8 x float>, ptr %86, align 4
  %1036 = load <8 x float>, ptr %87, align 4
  %1037 = load <8 x float>, ptr %88, align 4
  %1038 = shufflevector <8 x float> %1030, <8 x float> %1031, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1039 = shufflevector <8 x float> %1034, <8 x float> %1035, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1040 = shufflevector <8 x float> %1032, <8 x float> %1033, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1041 = shufflevector <8 x float> %1036, <8 x float> %1037, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1042 = shufflevector <8 x float> %1030, <8 x float> %1031, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1043 = shufflevector <8 x float> %1034, <8 x float> %1035, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1044 = shufflevector <8 x float> %1032, <8 x float> %1033, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1045 = shufflevector <8 x float> %1036, <8 x float> %1037, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1046 = shufflevector <8 x float> %1038, <8 x float> %1039, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1047 = shufflevector <8 x float> %1040, <8 x float> %1041, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1048 = shufflevector <8 x float> %1038, <8 x float> %1039, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1049 = shufflevector <8 x float> %1040, <8 x float> %1041, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1050 = shufflevector <8 x float> %1042, <8 x float> %1043, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1051 = shufflevector <8 x float> %1044, <8 x float> %1045, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1052 = shufflevector <8 x float> %1042, <8 x float> %1043, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1053 = shufflevector <8 x float> %1044, <8 x float> %1045, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1054 = shufflevector <8 x float> %1046, <8 x float> %1047, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1054, ptr %89, align 4
  %1055 = shufflevector <8 x float> %1046, <8 x float> %1047, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1055, ptr %90, align 4
  %1056 = shufflevector <8 x float> %1048, <8 x float> %1049, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1056, ptr %91, align 4
  %1057 = shufflevector <8 x float> %1048, <8 x float> %1049, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1057, ptr %92, align 4
  %1058 = shufflevector <8 x float> %1050, <8 x float> %1051, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1058, ptr %93, align 4
  %1059 = shufflevector <8 x float> %1050, <8 x float> %1051, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1059, ptr %94, align 4
  %1060 = shufflevector <8 x float> %1052, <8 x float> %1053, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1060, ptr %95, align 4
  %1061 = shufflevector <8 x float> %1052, <8 x float> %1053, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1061, ptr %96, align 4
  %1062 = load <8 x float>, ptr %97, align 4
  %1063 = load <8 x float>, ptr %98, align 4
  %1064 = load <8 x float>, ptr %99, align 4
  %1065 = load <8 x float>, ptr %100, align 4
  %1066 = load <8 x float>, ptr %101, align 4
  %1067 = load <8 x float>, ptr %102, align 4
  %1068 = load <8 x float>, ptr %103, align 4
  %1069 = load <8 x float>, ptr %104, align 4
  %1070 = shufflevector <8 x float> %1062, <8 x float> %1063, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1071 = shufflevector <8 x float> %1066, <8 x float> %1067, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1072 = shufflevector <8 x float> %1064, <8 x float> %1065, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1073 = shufflevector <8 x float> %1068, <8 x float> %1069, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1074 = shufflevector <8 x float> %1062, <8 x float> %1063, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1075 = shufflevector <8 x float> %1066, <8 x float> %1067, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1076 = shufflevector <8 x float> %1064, <8 x float> %1065, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1077 = shufflevector <8 x float> %1068, <8 x float> %1069, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1078 = shufflevector <8 x float> %1070, <8 x float> %1071, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1079 = shufflevector <8 x float> %1072, <8 x float> %1073, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1080 = shufflevector <8 x float> %1070, <8 x float> %1071, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1081 = shufflevector <8 x float> %1072, <8 x float> %1073, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1082 = shufflevector <8 x float> %1074, <8 x float> %1075, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1083 = shufflevector <8 x float> %1076, <8 x float> %1077, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1084 = shufflevector <8 x float> %1074, <8 x float> %1075, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1085 = shufflevector <8 x float> %1076, <8 x float> %1077, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1086 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1086, ptr %105, align 4
  %1087 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1087, ptr %106, align 4
  %1088 = shufflevector <8 x float> %1080, <8 x float> %1081, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1088, ptr %107, align 4
  %1089 = shufflevector <8 x float> %1080, <8 x float> %1081, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1089, ptr %108, align 4
  %1090 = shufflevector <8 x float> %1082, <8 x float> %1083, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1090, ptr %109, align 4
  %1091 = shufflevector <8 x float> %1082, <8 x float> %1083, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1091, ptr %110, align 4
  %1092 = shufflevector <8 x float> %1084, <8 x float> %1085, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1092, ptr %111, align 4
  %1093 = shufflevector <8 x float> %1084, <8 x float> %1085, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1093, ptr %112, align 4
  %1094 = load <8 x float>, ptr %OY, align 4
  %1095 = load <8 x float>, ptr %113, align 4
  %1096 = load <8 x float>, ptr %114, align 4
  %1097 = load <8 x float>, ptr %115, align 4
  %1098 = load <8 x float>, ptr %116, align 4
  %1099 = load <8 x float>, ptr %117, align 4
  %1100 = load <8 x float>, ptr %118, align 4
  %1101 = load <8 x float>, ptr %119, align 4
  %1102 = shufflevector <8 x float> %1094, <8 x float> %1095, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1103 = shufflevector <8 x float> %1098, <8 x float> %1099, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1104 = shufflevector <8 x float> %1096, <8 x float> %1097, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1105 = shufflevector <8 x float> %1100, <8 x float> %1101, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1106 = shufflevector <8 x float> %1094, <8 x float> %1095, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1107 = shufflevector <8 x float> %1098, <8 x float> %1099, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1108 = shufflevector <8 x float> %1096, <8 x float> %1097, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1109 = shufflevector <8 x float> %1100, <8 x float> %1101, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1110 = shufflevector <8 x float> %1102, <8 x float> %1103, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1111 = shufflevector <8 x float> %1104, <8 x float> %1105, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1112 = shufflevector <8 x float> %1102, <8 x float> %1103, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1113 = shufflevector <8 x float> %1104, <8 x float> %1105, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1114 = shufflevector <8 x float> %1106, <8 x float> %1107, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1115 = shufflevector <8 x float> %1108, <8 x float> %1109, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1116 = shufflevector <8 x float> %1106, <8 x float> %1107, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1117 = shufflevector <8 x float> %1108, <8 x float> %1109, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1118 = shufflevector <8 x float> %1110, <8 x float> %1111, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1118, ptr %dOT, align 4
  %1119 = shufflevector <8 x float> %1110, <8 x float> %1111, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1119, ptr %120, align 4
  %1120 = shufflevector <8 x float> %1112, <8 x float> %1113, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1120, ptr %121, align 4
  %1121 = shufflevector <8 x float> %1112, <8 x float> %1113, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1121, ptr %122, align 4
  %1122 = shufflevector <8 x float> %1114, <8 x float> %1115, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1122, ptr %123, align 4
  %1123 = shufflevector <8 x float> %1114, <8 x float> %1115, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1123, ptr %124, align 4
  %1124 = shufflevector <8 x float> %1116, <8 x float> %1117, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1124, ptr %125, align 4
  %1125 = shufflevector <8 x float> %1116, <8 x float> %1117, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1125, ptr %126, align 4
  %1126 = load <8 x float>, ptr %127, align 4
  %1127 = load <8 x float>, ptr %128, align 4
  %1128 = load <8 x float>, ptr %129, align 4
  %1129 = load <8 x float>, ptr %130, align 4
  %1130 = load <8 x float>, ptr %131, align 4
  %1131 = load <8 x float>, ptr %132, align 4
  %1132 = load <8 x float>, ptr %133, align 4
  %1133 = load <8 x float>, ptr %134, align 4
  %1134 = shufflevector <8 x float> %1126, <8 x float> %1127, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1135 = shufflevector <8 x float> %1130, <8 x float> %1131, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1136 = shufflevector <8 x float> %1128, <8 x float> %1129, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1137 = shufflevector <8 x float> %1132, <8 x float> %1133, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1138 = shufflevector <8 x float> %1126, <8 x float> %1127, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1139 = shufflevector <8 x float> %1130, <8 x float> %1131, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1140 = shufflevector <8 x float> %1128, <8 x float> %1129, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1141 = shufflevector <8 x float> %1132, <8 x float> %1133, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1142 = shufflevector <8 x float> %1134, <8 x float> %1135, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1143 = shufflevector <8 x float> %1136, <8 x float> %1137, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1144 = shufflevector <8 x float> %1134, <8 x float> %1135, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1145 = shufflevector <8 x float> %1136, <8 x float> %1137, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1146 = shufflevector <8 x float> %1138, <8 x float> %1139, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1147 = shufflevector <8 x float> %1140, <8 x float> %1141, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1148 = shufflevector <8 x float> %1138, <8 x float> %1139, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1149 = shufflevector <8 x float> %1140, <8 x float> %1141, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1150 = shufflevector <8 x float> %1142, <8 x float> %1143, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1150, ptr %135, align 4
  %1151 = shufflevector <8 x float> %1142, <8 x float> %1143, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1151, ptr %136, align 4
  %1152 = shufflevector <8 x float> %1144, <8 x float> %1145, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1152, ptr %137, align 4
  %1153 = shufflevector <8 x float> %1144, <8 x float> %1145, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1153, ptr %138, align 4
  %1154 = shufflevector <8 x float> %1146, <8 x float> %1147, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1154, ptr %139, align 4
  %1155 = shufflevector <8 x float> %1146, <8 x float> %1147, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1155, ptr %140, align 4
  %1156 = shufflevector <8 x float> %1148, <8 x float> %1149, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1156, ptr %141, align 4
  %1157 = shufflevector <8 x float> %1148, <8 x float> %1149, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1157, ptr %142, align 4
  %1158 = load <8 x float>, ptr %143, align 4
  %1159 = load <8 x float>, ptr %144, align 4
  %1160 = load <8 x float>, ptr %145, align 4
  %1161 = load <8 x float>, ptr %146, align 4
  %1162 = load <8 x float>, ptr %147, align 4
  %1163 = load <8 x float>, ptr %148, align 4
  %1164 = load <8 x float>, ptr %149, align 4
  %1165 = load <8 x float>, ptr %150, align 4
  %1166 = shufflevector <8 x float> %1158, <8 x float> %1159, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1167 = shufflevector <8 x float> %1162, <8 x float> %1163, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1168 = shufflevector <8 x float> %1160, <8 x float> %1161, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1169 = shufflevector <8 x float> %1164, <8 x float> %1165, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1170 = shufflevector <8 x float> %1158, <8 x float> %1159, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1171 = shufflevector <8 x float> %1162, <8 x float> %1163, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1172 = shufflevector <8 x float> %1160, <8 x float> %1161, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1173 = shufflevector <8 x float> %1164, <8 x float> %1165, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1174 = shufflevector <8 x float> %1166, <8 x float> %1167, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1175 = shufflevector <8 x float> %1168, <8 x float> %1169, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1176 = shufflevector <8 x float> %1166, <8 x float> %1167, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1177 = shufflevector <8 x float> %1168, <8 x float> %1169, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1178 = shufflevector <8 x float> %1170, <8 x float> %1171, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1179 = shufflevector <8 x float> %1172, <8 x float> %1173, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1180 = shufflevector <8 x float> %1170, <8 x float> %1171, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1181 = shufflevector <8 x float> %1172, <8 x float> %1173, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1182 = shufflevector <8 x float> %1174, <8 x float> %1175, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1182, ptr %151, align 4
  %1183 = shufflevector <8 x float> %1174, <8 x float> %1175, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1183, ptr %152, align 4
  %1184 = shufflevector <8 x float> %1176, <8 x float> %1177, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1184, ptr %153, align 4
  %1185 = shufflevector <8 x float> %1176, <8 x float> %1177, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1185, ptr %154, align 4
  %1186 = shufflevector <8 x float> %1178, <8 x float> %1179, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1186, ptr %155, align 4
  %1187 = shufflevector <8 x float> %1178, <8 x float> %1179, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1187, ptr %156, align 4
  %1188 = shufflevector <8 x float> %1180, <8 x float> %1181, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1188, ptr %157, align 4
  %1189 = shufflevector <8 x float> %1180, <8 x float> %1181, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1189, ptr %158, align 4
  %1190 = load <8 x float>, ptr %159, align 4
  %1191 = load <8 x float>, ptr %160, align 4
  %1192 = load <8 x float>, ptr %161, align 4
  %1193 = load <8 x float>, ptr %162, align 4
  %1194 = load <8 x float>, ptr %163, align 4
  %1195 = load <8 x float>, ptr %164, align 4
  %1196 = load <8 x float>, ptr %165, align 4
  %1197 = load <8 x float>, ptr %166, align 4
  %1198 = shufflevector <8 x float> %1190, <8 x float> %1191, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1199 = shufflevector <8 x float> %1194, <8 x float> %1195, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1200 = shufflevector <8 x float> %1192, <8 x float> %1193, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1201 = shufflevector <8 x float> %1196, <8 x float> %1197, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1202 = shufflevector <8 x float> %1190, <8 x float> %1191, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1203 = shufflevector <8 x float> %1194, <8 x float> %1195, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1204 = shufflevector <8 x float> %1192, <8 x float> %1193, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1205 = shufflevector <8 x float> %1196, <8 x float> %1197, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1206 = shufflevector <8 x float> %1198, <8 x float> %1199, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1207 = shufflevector <8 x float> %1200, <8 x float> %1201, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1208 = shufflevector <8 x float> %1198, <8 x float> %1199, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1209 = shufflevector <8 x float> %1200, <8 x float> %1201, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1210 = shufflevector <8 x float> %1202, <8 x float> %1203, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1211 = shufflevector <8 x float> %1204, <8 x float> %1205, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1212 = shufflevector <8 x float> %1202, <8 x float> %1203, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1213 = shufflevector <8 x float> %1204, <8 x float> %1205, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1214 = shufflevector <8 x float> %1206, <8 x float> %1207, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1214, ptr %167, align 4
  %1215 = shufflevector <8 x float> %1206, <8 x float> %1207, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1215, ptr %168, align 4
  %1216 = shufflevector <8 x float> %1208, <8 x float> %1209, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1216, ptr %169, align 4
  %1217 = shufflevector <8 x float> %1208, <8 x float> %1209, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1217, ptr %170, align 4
  %1218 = shufflevector <8 x float> %1210, <8 x float> %1211, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1218, ptr %171, align 4
  %1219 = shufflevector <8 x float> %1210, <8 x float> %1211, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1219, ptr %172, align 4
  %1220 = shufflevector <8 x float> %1212, <8 x float> %1213, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1220, ptr %173, align 4
  %1221 = shufflevector <8 x float> %1212, <8 x float> %1213, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1221, ptr %174, align 4
  br label %p3.body

p3.body.1:                                        ; preds = %p3.body.1, %p3.exit
  %acc.02254.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1228, %p3.body.1 ]
  %acc1.02253.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1233, %p3.body.1 ]
  %acc2.02252.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1238, %p3.body.1 ]
  %acc3.02251.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1243, %p3.body.1 ]
  %acc4.02250.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1248, %p3.body.1 ]
  %acc5.02249.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1253, %p3.body.1 ]
  %acc6.02248.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1258, %p3.body.1 ]
  %acc7.02247.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1263, %p3.body.1 ]
  %p3.addr.02246.1 = phi i64 [ 0, %p3.exit ], [ %p3.next.1, %p3.body.1 ]
  %.idx2190.1 = shl nuw nsw i64 %p3.addr.02246.1, 6
  %gep.1 = getelementptr inbounds i8, ptr %KT, i64 %.idx2190.1
  %1222 = load <16 x float>, ptr %gep.1, align 4
  %1223 = getelementptr inbounds float, ptr %Bk, i64 %p3.addr.02246.1
  %1224 = getelementptr inbounds i8, ptr %1223, i64 10240
  %1225 = load float, ptr %1224, align 4
  %1226 = insertelement <16 x float> poison, float %1225, i64 0
  %1227 = shufflevector <16 x float> %1226, <16 x float> poison, <16 x i32> zeroinitializer
  %1228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1227, <16 x float> %1222, <16 x float> %acc.02254.1)
  %1229 = getelementptr inbounds i8, ptr %1223, i64 10368
  %1230 = load float, ptr %1229, align 4
  %1231 = insertelement <16 x float> poison, float %1230, i64 0
  %1232 = shufflevector <16 x float> %1231, <16 x float> poison, <16 x i32> zeroinitializer
  %1233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1232, <16 x float> %1222, <16 x float> %acc1.02253.1)
  %1234 = getelementptr inbounds i8, ptr %1223, i64 10496
  %1235 = load float, ptr %1234, align 4
  %1236 = insertelement <16 x float> poison, float %1235, i64 0
  %1237 = shufflevector <16 x float> %1236, <16 x float> poison, <16 x i32> zeroinitializer
  %1238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1222, <16 x float> %acc2.02252.1)
  %1239 = getelementptr inbounds i8, ptr %1223, i64 10624
  %1240 = load float, ptr %1239, align 4
  %1241 = insertelement <16 x float> poison, float %1240, i64 0
  %1242 = shufflevector <16 x float> %1241, <16 x float> poison, <16 x i32> zeroinitializer
  %1243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1242, <16 x float> %1222, <16 x float> %acc3.02251.1)
  %1244 = getelementptr inbounds i8, ptr %1223, i64 10752
  %1245 = load float, ptr %1244, align 4
  %1246 = insertelement <16 x float> poison, float %1245, i64 0
  %1247 = shufflevector <16 x float> %1246, <16 x float> poison, <16 x i32> zeroinitializer
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1222, <16 x float> %acc4.02250.1)
  %1249 = getelementptr inbounds i8, ptr %1223, i64 10880
  %1250 = load float, ptr %1249, align 4
  %1251 = insertelement <16 x float> poison, float %1250, i64 0
  %1252 = shufflevector <16 x float> %1251, <16 x float> poison, <16 x i32> zeroinitializer
  %1253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1222, <16 x float> %acc5.02249.1)
  %1254 = getelementptr inbounds i8, ptr %1223, i64 11008
  %1255 = load float, ptr %1254, align 4
  %1256 = insertelement <16 x float> poison, float %1255, i64 0
  %1257 = shufflevector <16 x float> %1256, <16 x float> poison, <16 x i32> zeroinitializer
  %1258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1257, <16 x float> %1222, <16 x float> %acc6.02248.1)
  %1259 = getelementptr inbounds i8, ptr %1223, i64 11136
  %1260 = load float, ptr %1259, align 4
  %1261 = insertelement <16 x float> poison, float %1260, i64 0
  %1262 = shufflevector <16 x float> %1261, <16 x float> poison, <16 x i32> zeroinitializer
  %1263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1262, <16 x float> %1222, <16 x float> %acc7.02247.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02246.1, 1
  %exitcond2686.1.not = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond2686.1.not, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  store <16 x float> %1228, ptr %182, align 4
  store <16 x float> %1233, ptr %183, align 4
  store <16 x float> %1238, ptr %184, align 4
  store <16 x float> %1243, ptr %185, align 4
  store <16 x float> %1248, ptr %186, align 4
  store <16 x float> %1253, ptr %187, align 4
  store <16 x float> %1258, ptr %188, align 4
  store <16 x float> %1263, ptr %189, align 4
  br label %p4.head.preheader

p3.body:                                          ; preds = %j17.body.preheader, %p3.body
  %acc.02254 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1270, %p3.body ]
  %acc1.02253 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1275, %p3.body ]
  %acc2.02252 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1280, %p3.body ]
  %acc3.02251 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1285, %p3.body ]
  %acc4.02250 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1290, %p3.body ]
  %acc5.02249 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1295, %p3.body ]
  %acc6.02248 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1300, %p3.body ]
  %acc7.02247 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1305, %p3.body ]
  %p3.addr.02246 = phi i64 [ 0, %j17.body.preheader ], [ %p3.next, %p3.body ]
  %.idx2190 = shl nuw nsw i64 %p3.addr.02246, 6
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2190
  %1264 = load <16 x float>, ptr %gep, align 4
  %1265 = getelementptr inbounds float, ptr %Bk, i64 %p3.addr.02246
  %1266 = getelementptr inbounds i8, ptr %1265, i64 9216
  %1267 = load float, ptr %1266, align 4
  %1268 = insertelement <16 x float> poison, float %1267, i64 0
  %1269 = shufflevector <16 x float> %1268, <16 x float> poison, <16 x i32> zeroinitializer
  %1270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1269, <16 x float> %1264, <16 x float> %acc.02254)
  %1271 = getelementptr inbounds i8, ptr %1265, i64 9344
  %1272 = load float, ptr %1271, align 4
  %1273 = insertelement <16 x float> poison, float %1272, i64 0
  %1274 = shufflevector <16 x float> %1273, <16 x float> poison, <16 x i32> zeroinitializer
  %1275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1274, <16 x float> %1264, <16 x float> %acc1.02253)
  %1276 = getelementptr inbounds i8, ptr %1265, i64 9472
  %1277 = load float, ptr %1276, align 4
  %1278 = insertelement <16 x float> poison, float %1277, i64 0
  %1279 = shufflevector <16 x float> %1278, <16 x float> poison, <16 x i32> zeroinitializer
  %1280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1279, <16 x float> %1264, <16 x float> %acc2.02252)
  %1281 = getelementptr inbounds i8, ptr %1265, i64 9600
  %1282 = load float, ptr %1281, align 4
  %1283 = insertelement <16 x float> poison, float %1282, i64 0
  %1284 = shufflevector <16 x float> %1283, <16 x float> poison, <16 x i32> zeroinitializer
  %1285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1284, <16 x float> %1264, <16 x float> %acc3.02251)
  %1286 = getelementptr inbounds i8, ptr %1265, i64 9728
  %1287 = load float, ptr %1286, align 4
  %1288 = insertelement <16 x float> poison, float %1287, i64 0
  %1289 = shufflevector <16 x float> %1288, <16 x float> poison, <16 x i32> zeroinitializer
  %1290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1289, <16 x float> %1264, <16 x float> %acc4.02250)
  %1291 = getelementptr inbounds i8, ptr %1265, i64 9856
  %1292 = load float, ptr %1291, align 4
  %1293 = insertelement <16 x float> poison, float %1292, i64 0
  %1294 = shufflevector <16 x float> %1293, <16 x float> poison, <16 x i32> zeroinitializer
  %1295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1294, <16 x float> %1264, <16 x float> %acc5.02249)
  %1296 = getelementptr inbounds i8, ptr %1265, i64 9984
  %1297 = load float, ptr %1296, align 4
  %1298 = insertelement <16 x float> poison, float %1297, i64 0
  %1299 = shufflevector <16 x float> %1298, <16 x float> poison, <16 x i32> zeroinitializer
  %1300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1299, <16 x float> %1264, <16 x float> %acc6.02248)
  %1301 = getelementptr inbounds i8, ptr %1265, i64 10112
  %1302 = load float, ptr %1301, align 4
  %1303 = insertelement <16 x float> poison, float %1302, i64 0
  %1304 = shufflevector <16 x float> %1303, <16 x float> poison, <16 x i32> zeroinitializer
  %1305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1304, <16 x float> %1264, <16 x float> %acc7.02247)
  %p3.next = add nuw nsw i64 %p3.addr.02246, 1
  %exitcond2686.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2686.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1270, ptr %Gm, align 4
  store <16 x float> %1275, ptr %175, align 4
  store <16 x float> %1280, ptr %176, align 4
  store <16 x float> %1285, ptr %177, align 4
  store <16 x float> %1290, ptr %178, align 4
  store <16 x float> %1295, ptr %179, align 4
  store <16 x float> %1300, ptr %180, align 4
  store <16 x float> %1305, ptr %181, align 4
  br label %p3.body.1

p4.head.preheader:                                ; preds = %p3.exit.1, %p4.exit
  %i24.addr.02274 = phi i64 [ %i24.next, %p4.exit ], [ 0, %p3.exit.1 ]
  %.idx2730 = shl nsw i64 %i24.addr.02274, 7
  %invariant.gep2947 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2730
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02273 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1322, %p4.body ]
  %acc9.02272 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1323, %p4.body ]
  %acc10.02271 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1324, %p4.body ]
  %acc11.02270 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1325, %p4.body ]
  %acc12.02269 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1330, %p4.body ]
  %acc13.02268 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1331, %p4.body ]
  %acc14.02267 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1332, %p4.body ]
  %acc15.02266 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1333, %p4.body ]
  %acc16.02265 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1338, %p4.body ]
  %acc17.02264 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1339, %p4.body ]
  %acc18.02263 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1340, %p4.body ]
  %acc19.02262 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1341, %p4.body ]
  %acc20.02261 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1346, %p4.body ]
  %acc21.02260 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1347, %p4.body ]
  %acc22.02259 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1348, %p4.body ]
  %acc23.02258 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1349, %p4.body ]
  %p4.addr.02257 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1306 = shl nuw nsw i64 %p4.addr.02257, 6
  %1307 = getelementptr inbounds float, ptr %work, i64 %1306
  %1308 = load <16 x float>, ptr %1307, align 4
  %1309 = or disjoint i64 %1306, 16
  %1310 = getelementptr inbounds float, ptr %work, i64 %1309
  %1311 = load <16 x float>, ptr %1310, align 4
  %1312 = or disjoint i64 %1306, 32
  %1313 = getelementptr inbounds float, ptr %work, i64 %1312
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = or disjoint i64 %1306, 48
  %1316 = getelementptr inbounds float, ptr %work, i64 %1315
  %1317 = load <16 x float>, ptr %1316, align 4
  %gep2948 = getelementptr inbounds float, ptr %invariant.gep2947, i64 %p4.addr.02257
  %1318 = getelementptr inbounds i8, ptr %gep2948, i64 9216
  %1319 = load float, ptr %1318, align 4
  %1320 = insertelement <16 x float> poison, float %1319, i64 0
  %1321 = shufflevector <16 x float> %1320, <16 x float> poison, <16 x i32> zeroinitializer
  %1322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1321, <16 x float> %1308, <16 x float> %acc8.02273)
  %1323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1321, <16 x float> %1311, <16 x float> %acc9.02272)
  %1324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1321, <16 x float> %1314, <16 x float> %acc10.02271)
  %1325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1321, <16 x float> %1317, <16 x float> %acc11.02270)
  %1326 = getelementptr inbounds i8, ptr %gep2948, i64 9344
  %1327 = load float, ptr %1326, align 4
  %1328 = insertelement <16 x float> poison, float %1327, i64 0
  %1329 = shufflevector <16 x float> %1328, <16 x float> poison, <16 x i32> zeroinitializer
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1308, <16 x float> %acc12.02269)
  %1331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1311, <16 x float> %acc13.02268)
  %1332 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1314, <16 x float> %acc14.02267)
  %1333 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1317, <16 x float> %acc15.02266)
  %1334 = getelementptr inbounds i8, ptr %gep2948, i64 9472
  %1335 = load float, ptr %1334, align 4
  %1336 = insertelement <16 x float> poison, float %1335, i64 0
  %1337 = shufflevector <16 x float> %1336, <16 x float> poison, <16 x i32> zeroinitializer
  %1338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1337, <16 x float> %1308, <16 x float> %acc16.02265)
  %1339 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1337, <16 x float> %1311, <16 x float> %acc17.02264)
  %1340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1337, <16 x float> %1314, <16 x float> %acc18.02263)
  %1341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1337, <16 x float> %1317, <16 x float> %acc19.02262)
  %1342 = getelementptr inbounds i8, ptr %gep2948, i64 9600
  %1343 = load float, ptr %1342, align 4
  %1344 = insertelement <16 x float> poison, float %1343, i64 0
  %1345 = shufflevector <16 x float> %1344, <16 x float> poison, <16 x i32> zeroinitializer
  %1346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1308, <16 x float> %acc20.02261)
  %1347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1311, <16 x float> %acc21.02260)
  %1348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1314, <16 x float> %acc22.02259)
  %1349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1317, <16 x float> %acc23.02258)
  %p4.next = add nuw nsw i64 %p4.addr.02257, 1
  %exitcond2687.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2687.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1350 = shl nuw nsw i64 %i24.addr.02274, 6
  %1351 = getelementptr inbounds float, ptr %KSdS, i64 %1350
  store <16 x float> %1322, ptr %1351, align 4
  %1352 = or disjoint i64 %1350, 16
  %1353 = getelementptr inbounds float, ptr %KSdS, i64 %1352
  store <16 x float> %1323, ptr %1353, align 4
  %1354 = or disjoint i64 %1350, 32
  %1355 = getelementptr inbounds float, ptr %KSdS, i64 %1354
  store <16 x float> %1324, ptr %1355, align 4
  %1356 = or disjoint i64 %1350, 48
  %1357 = getelementptr inbounds float, ptr %KSdS, i64 %1356
  store <16 x float> %1325, ptr %1357, align 4
  %1358 = or disjoint i64 %1350, 64
  %1359 = getelementptr inbounds float, ptr %KSdS, i64 %1358
  store <16 x float> %1330, ptr %1359, align 4
  %1360 = or disjoint i64 %1350, 80
  %1361 = getelementptr inbounds float, ptr %KSdS, i64 %1360
  store <16 x float> %1331, ptr %1361, align 4
  %1362 = or disjoint i64 %1350, 96
  %1363 = getelementptr inbounds float, ptr %KSdS, i64 %1362
  store <16 x float> %1332, ptr %1363, align 4
  %1364 = or disjoint i64 %1350, 112
  %1365 = getelementptr inbounds float, ptr %KSdS, i64 %1364
  store <16 x float> %1333, ptr %1365, align 4
  %1366 = or disjoint i64 %1350, 128
  %1367 = getelementptr inbounds float, ptr %KSdS, i64 %1366
  store <16 x float> %1338, ptr %1367, align 4
  %1368 = or disjoint i64 %1350, 144
  %1369 = getelementptr inbounds float, ptr %KSdS, i64 %1368
  store <16 x float> %1339, ptr %1369, align 4
  %1370 = or disjoint i64 %1350, 160
  %1371 = getelementptr inbounds float, ptr %KSdS, i64 %1370
  store <16 x float> %1340, ptr %1371, align 4
  %1372 = or disjoint i64 %1350, 176
  %1373 = getelementptr inbounds float, ptr %KSdS, i64 %1372
  store <16 x float> %1341, ptr %1373, align 4
  %1374 = or disjoint i64 %1350, 192
  %1375 = getelementptr inbounds float, ptr %KSdS, i64 %1374
  store <16 x float> %1346, ptr %1375, align 4
  %1376 = or disjoint i64 %1350, 208
  %1377 = getelementptr inbounds float, ptr %KSdS, i64 %1376
  store <16 x float> %1347, ptr %1377, align 4
  %1378 = or disjoint i64 %1350, 224
  %1379 = getelementptr inbounds float, ptr %KSdS, i64 %1378
  store <16 x float> %1348, ptr %1379, align 4
  %1380 = or disjoint i64 %1350, 240
  %1381 = getelementptr inbounds float, ptr %KSdS, i64 %1380
  store <16 x float> %1349, ptr %1381, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02274, 4
  %1382 = icmp ult i64 %i24.addr.02274, 12
  br i1 %1382, label %p4.head.preheader, label %p5.head.preheader.preheader

p5.head.preheader.preheader:                      ; preds = %p4.exit
  %1383 = load <16 x float>, ptr %Rr, align 4
  %1384 = load <16 x float>, ptr %KSdS, align 4
  %1385 = fsub <16 x float> %1383, %1384
  store <16 x float> %1385, ptr %Rr, align 4
  %1386 = load <16 x float>, ptr %190, align 4
  %1387 = load <16 x float>, ptr %191, align 4
  %1388 = fsub <16 x float> %1386, %1387
  store <16 x float> %1388, ptr %190, align 4
  %1389 = load <16 x float>, ptr %192, align 4
  %1390 = load <16 x float>, ptr %193, align 4
  %1391 = fsub <16 x float> %1389, %1390
  store <16 x float> %1391, ptr %192, align 4
  %1392 = load <16 x float>, ptr %194, align 4
  %1393 = load <16 x float>, ptr %195, align 4
  %1394 = fsub <16 x float> %1392, %1393
  store <16 x float> %1394, ptr %194, align 4
  %1395 = load <16 x float>, ptr %196, align 4
  %1396 = load <16 x float>, ptr %197, align 4
  %1397 = fsub <16 x float> %1395, %1396
  store <16 x float> %1397, ptr %196, align 4
  %1398 = load <16 x float>, ptr %198, align 4
  %1399 = load <16 x float>, ptr %199, align 4
  %1400 = fsub <16 x float> %1398, %1399
  store <16 x float> %1400, ptr %198, align 4
  %1401 = load <16 x float>, ptr %200, align 4
  %1402 = load <16 x float>, ptr %201, align 4
  %1403 = fsub <16 x float> %1401, %1402
  store <16 x float> %1403, ptr %200, align 4
  %1404 = load <16 x float>, ptr %202, align 4
  %1405 = load <16 x float>, ptr %203, align 4
  %1406 = fsub <16 x float> %1404, %1405
  store <16 x float> %1406, ptr %202, align 4
  %1407 = load <16 x float>, ptr %204, align 4
  %1408 = load <16 x float>, ptr %205, align 4
  %1409 = fsub <16 x float> %1407, %1408
  store <16 x float> %1409, ptr %204, align 4
  %1410 = load <16 x float>, ptr %206, align 4
  %1411 = load <16 x float>, ptr %207, align 4
  %1412 = fsub <16 x float> %1410, %1411
  store <16 x float> %1412, ptr %206, align 4
  %1413 = load <16 x float>, ptr %208, align 4
  %1414 = load <16 x float>, ptr %209, align 4
  %1415 = fsub <16 x float> %1413, %1414
  store <16 x float> %1415, ptr %208, align 4
  %1416 = load <16 x float>, ptr %210, align 4
  %1417 = load <16 x float>, ptr %211, align 4
  %1418 = fsub <16 x float> %1416, %1417
  store <16 x float> %1418, ptr %210, align 4
  %1419 = load <16 x float>, ptr %212, align 4
  %1420 = load <16 x float>, ptr %213, align 4
  %1421 = fsub <16 x float> %1419, %1420
  store <16 x float> %1421, ptr %212, align 4
  %1422 = load <16 x float>, ptr %214, align 4
  %1423 = load <16 x float>, ptr %215, align 4
  %1424 = fsub <16 x float> %1422, %1423
  store <16 x float> %1424, ptr %214, align 4
  %1425 = load <16 x float>, ptr %216, align 4
  %1426 = load <16 x float>, ptr %217, align 4
  %1427 = fsub <16 x float> %1425, %1426
  store <16 x float> %1427, ptr %216, align 4
  %1428 = load <16 x float>, ptr %218, align 4
  %1429 = load <16 x float>, ptr %219, align 4
  %1430 = fsub <16 x float> %1428, %1429
  store <16 x float> %1430, ptr %218, align 4
  %1431 = load <16 x float>, ptr %220, align 4
  %1432 = load <16 x float>, ptr %221, align 4
  %1433 = fsub <16 x float> %1431, %1432
  store <16 x float> %1433, ptr %220, align 4
  %1434 = load <16 x float>, ptr %222, align 4
  %1435 = load <16 x float>, ptr %223, align 4
  %1436 = fsub <16 x float> %1434, %1435
  store <16 x float> %1436, ptr %222, align 4
  %1437 = load <16 x float>, ptr %224, align 4
  %1438 = load <16 x float>, ptr %225, align 4
  %1439 = fsub <16 x float> %1437, %1438
  store <16 x float> %1439, ptr %224, align 4
  %1440 = load <16 x float>, ptr %226, align 4
  %1441 = load <16 x float>, ptr %227, align 4
  %1442 = fsub <16 x float> %1440, %1441
  store <16 x float> %1442, ptr %226, align 4
  %1443 = load <16 x float>, ptr %228, align 4
  %1444 = load <16 x float>, ptr %229, align 4
  %1445 = fsub <16 x float> %1443, %1444
  store <16 x float> %1445, ptr %228, align 4
  %1446 = load <16 x float>, ptr %230, align 4
  %1447 = load <16 x float>, ptr %231, align 4
  %1448 = fsub <16 x float> %1446, %1447
  store <16 x float> %1448, ptr %230, align 4
  %1449 = load <16 x float>, ptr %232, align 4
  %1450 = load <16 x float>, ptr %233, align 4
  %1451 = fsub <16 x float> %1449, %1450
  store <16 x float> %1451, ptr %232, align 4
  %1452 = load <16 x float>, ptr %234, align 4
  %1453 = load <16 x float>, ptr %235, align 4
  %1454 = fsub <16 x float> %1452, %1453
  store <16 x float> %1454, ptr %234, align 4
  %1455 = load <16 x float>, ptr %236, align 4
  %1456 = load <16 x float>, ptr %237, align 4
  %1457 = fsub <16 x float> %1455, %1456
  store <16 x float> %1457, ptr %236, align 4
  %1458 = load <16 x float>, ptr %238, align 4
  %1459 = load <16 x float>, ptr %239, align 4
  %1460 = fsub <16 x float> %1458, %1459
  store <16 x float> %1460, ptr %238, align 4
  %1461 = load <16 x float>, ptr %240, align 4
  %1462 = load <16 x float>, ptr %241, align 4
  %1463 = fsub <16 x float> %1461, %1462
  store <16 x float> %1463, ptr %240, align 4
  %1464 = load <16 x float>, ptr %242, align 4
  %1465 = load <16 x float>, ptr %243, align 4
  %1466 = fsub <16 x float> %1464, %1465
  store <16 x float> %1466, ptr %242, align 4
  %1467 = load <16 x float>, ptr %244, align 4
  %1468 = load <16 x float>, ptr %245, align 4
  %1469 = fsub <16 x float> %1467, %1468
  store <16 x float> %1469, ptr %244, align 4
  %1470 = load <16 x float>, ptr %246, align 4
  %1471 = load <16 x float>, ptr %247, align 4
  %1472 = fsub <16 x float> %1470, %1471
  store <16 x float> %1472, ptr %246, align 4
  %1473 = load <16 x float>, ptr %248, align 4
  %1474 = load <16 x float>, ptr %249, align 4
  %1475 = fsub <16 x float> %1473, %1474
  store <16 x float> %1475, ptr %248, align 4
  %1476 = load <16 x float>, ptr %250, align 4
  %1477 = load <16 x float>, ptr %251, align 4
  %1478 = fsub <16 x float> %1476, %1477
  store <16 x float> %1478, ptr %250, align 4
  br label %ib.body

ib.body:                                          ; preds = %p5.head.preheader.preheader, %j21.exit
  %ib.addr.02293 = phi i64 [ 0, %p5.head.preheader.preheader ], [ %ib.next, %j21.exit ]
  %1479 = shl nuw nsw i64 %ib.addr.02293, 2
  %umax3337 = tail call i64 @llvm.umax.i64(i64 %1479, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02293, 2
  %.not2483 = icmp eq i64 %ib.addr.02293, 0
  br i1 %.not2483, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2188 = shl nuw nsw i64 %ib.addr.02293, 8
  %1480 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2188
  %1481 = shl nuw nsw i64 %ib.addr.02293, 6
  %1482 = or disjoint i64 %1481, 16
  %1483 = getelementptr inbounds float, ptr %Gm, i64 %1482
  %1484 = or disjoint i64 %1481, 32
  %1485 = getelementptr inbounds float, ptr %Gm, i64 %1484
  %1486 = or disjoint i64 %1481, 48
  %1487 = getelementptr inbounds float, ptr %Gm, i64 %1486
  %xtraiter = and i64 %umax3337, 1
  %1488 = icmp eq i64 %umax3337, 1
  br i1 %1488, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3337, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02285 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1529, %j21.body ]
  %acc25.02284 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1530, %j21.body ]
  %acc26.02283 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1535, %j21.body ]
  %acc27.02282 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1536, %j21.body ]
  %acc28.02281 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1541, %j21.body ]
  %acc29.02280 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1542, %j21.body ]
  %acc30.02279 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1547, %j21.body ]
  %acc31.02278 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1548, %j21.body ]
  %j21.addr.02277 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1489 = shl nsw i64 %j21.addr.02277, 5
  %1490 = getelementptr inbounds float, ptr %Vn, i64 %1489
  %1491 = load <16 x float>, ptr %1490, align 4
  %1492 = or disjoint i64 %1489, 16
  %1493 = getelementptr inbounds float, ptr %Vn, i64 %1492
  %1494 = load <16 x float>, ptr %1493, align 4
  %1495 = getelementptr inbounds float, ptr %1480, i64 %j21.addr.02277
  %1496 = load float, ptr %1495, align 4
  %1497 = insertelement <16 x float> poison, float %1496, i64 0
  %1498 = shufflevector <16 x float> %1497, <16 x float> poison, <16 x i32> zeroinitializer
  %1499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1498, <16 x float> %1491, <16 x float> %acc24.02285)
  %1500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1498, <16 x float> %1494, <16 x float> %acc25.02284)
  %1501 = getelementptr inbounds float, ptr %1483, i64 %j21.addr.02277
  %1502 = load float, ptr %1501, align 4
  %1503 = insertelement <16 x float> poison, float %1502, i64 0
  %1504 = shufflevector <16 x float> %1503, <16 x float> poison, <16 x i32> zeroinitializer
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1491, <16 x float> %acc26.02283)
  %1506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1494, <16 x float> %acc27.02282)
  %1507 = getelementptr inbounds float, ptr %1485, i64 %j21.addr.02277
  %1508 = load float, ptr %1507, align 4
  %1509 = insertelement <16 x float> poison, float %1508, i64 0
  %1510 = shufflevector <16 x float> %1509, <16 x float> poison, <16 x i32> zeroinitializer
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1491, <16 x float> %acc28.02281)
  %1512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1494, <16 x float> %acc29.02280)
  %1513 = getelementptr inbounds float, ptr %1487, i64 %j21.addr.02277
  %1514 = load float, ptr %1513, align 4
  %1515 = insertelement <16 x float> poison, float %1514, i64 0
  %1516 = shufflevector <16 x float> %1515, <16 x float> poison, <16 x i32> zeroinitializer
  %1517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1516, <16 x float> %1491, <16 x float> %acc30.02279)
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1516, <16 x float> %1494, <16 x float> %acc31.02278)
  %j21.next = or disjoint i64 %j21.addr.02277, 1
  %1519 = shl nsw i64 %j21.next, 5
  %1520 = getelementptr inbounds float, ptr %Vn, i64 %1519
  %1521 = load <16 x float>, ptr %1520, align 4
  %1522 = or disjoint i64 %1519, 16
  %1523 = getelementptr inbounds float, ptr %Vn, i64 %1522
  %1524 = load <16 x float>, ptr %1523, align 4
  %1525 = getelementptr inbounds float, ptr %1480, i64 %j21.next
  %1526 = load float, ptr %1525, align 4
  %1527 = insertelement <16 x float> poison, float %1526, i64 0
  %1528 = shufflevector <16 x float> %1527, <16 x float> poison, <16 x i32> zeroinitializer
  %1529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1528, <16 x float> %1521, <16 x float> %1499)
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1528, <16 x float> %1524, <16 x float> %1500)
  %1531 = getelementptr inbounds float, ptr %1483, i64 %j21.next
  %1532 = load float, ptr %1531, align 4
  %1533 = insertelement <16 x float> poison, float %1532, i64 0
  %1534 = shufflevector <16 x float> %1533, <16 x float> poison, <16 x i32> zeroinitializer
  %1535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1521, <16 x float> %1505)
  %1536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1524, <16 x float> %1506)
  %1537 = getelementptr inbounds float, ptr %1485, i64 %j21.next
  %1538 = load float, ptr %1537, align 4
  %1539 = insertelement <16 x float> poison, float %1538, i64 0
  %1540 = shufflevector <16 x float> %1539, <16 x float> poison, <16 x i32> zeroinitializer
  %1541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1540, <16 x float> %1521, <16 x float> %1511)
  %1542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1540, <16 x float> %1524, <16 x float> %1512)
  %1543 = getelementptr inbounds float, ptr %1487, i64 %j21.next
  %1544 = load float, ptr %1543, align 4
  %1545 = insertelement <16 x float> poison, float %1544, i64 0
  %1546 = shufflevector <16 x float> %1545, <16 x float> poison, <16 x i32> zeroinitializer
  %1547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1546, <16 x float> %1521, <16 x float> %1517)
  %1548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1546, <16 x float> %1524, <16 x float> %1518)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02277, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3184.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1529, %j21.body ]
  %.lcssa3183.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1530, %j21.body ]
  %.lcssa3182.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1535, %j21.body ]
  %.lcssa3181.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1536, %j21.body ]
  %.lcssa3180.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1541, %j21.body ]
  %.lcssa3179.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1542, %j21.body ]
  %.lcssa3178.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1547, %j21.body ]
  %.lcssa3177.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1548, %j21.body ]
  %acc24.02285.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1529, %j21.body ]
  %acc25.02284.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1530, %j21.body ]
  %acc26.02283.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1535, %j21.body ]
  %acc27.02282.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1536, %j21.body ]
  %acc28.02281.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1541, %j21.body ]
  %acc29.02280.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1542, %j21.body ]
  %acc30.02279.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1547, %j21.body ]
  %acc31.02278.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1548, %j21.body ]
  %j21.addr.02277.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1549 = shl nsw i64 %j21.addr.02277.unr, 5
  %1550 = getelementptr inbounds float, ptr %Vn, i64 %1549
  %1551 = load <16 x float>, ptr %1550, align 4
  %1552 = or disjoint i64 %1549, 16
  %1553 = getelementptr inbounds float, ptr %Vn, i64 %1552
  %1554 = load <16 x float>, ptr %1553, align 4
  %1555 = getelementptr inbounds float, ptr %1480, i64 %j21.addr.02277.unr
  %1556 = load float, ptr %1555, align 4
  %1557 = insertelement <16 x float> poison, float %1556, i64 0
  %1558 = shufflevector <16 x float> %1557, <16 x float> poison, <16 x i32> zeroinitializer
  %1559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1558, <16 x float> %1551, <16 x float> %acc24.02285.unr)
  %1560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1558, <16 x float> %1554, <16 x float> %acc25.02284.unr)
  %1561 = getelementptr inbounds float, ptr %1483, i64 %j21.addr.02277.unr
  %1562 = load float, ptr %1561, align 4
  %1563 = insertelement <16 x float> poison, float %1562, i64 0
  %1564 = shufflevector <16 x float> %1563, <16 x float> poison, <16 x i32> zeroinitializer
  %1565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1564, <16 x float> %1551, <16 x float> %acc26.02283.unr)
  %1566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1564, <16 x float> %1554, <16 x float> %acc27.02282.unr)
  %1567 = getelementptr inbounds float, ptr %1485, i64 %j21.addr.02277.unr
  %1568 = load float, ptr %1567, align 4
  %1569 = insertelement <16 x float> poison, float %1568, i64 0
  %1570 = shufflevector <16 x float> %1569, <16 x float> poison, <16 x i32> zeroinitializer
  %1571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1570, <16 x float> %1551, <16 x float> %acc28.02281.unr)
  %1572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1570, <16 x float> %1554, <16 x float> %acc29.02280.unr)
  %1573 = getelementptr inbounds float, ptr %1487, i64 %j21.addr.02277.unr
  %1574 = load float, ptr %1573, align 4
  %1575 = insertelement <16 x float> poison, float %1574, i64 0
  %1576 = shufflevector <16 x float> %1575, <16 x float> poison, <16 x i32> zeroinitializer
  %1577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1576, <16 x float> %1551, <16 x float> %acc30.02279.unr)
  %1578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1576, <16 x float> %1554, <16 x float> %acc31.02278.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3177.ph, %j21.exit.loopexit.unr-lcssa ], [ %1578, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3178.ph, %j21.exit.loopexit.unr-lcssa ], [ %1577, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3179.ph, %j21.exit.loopexit.unr-lcssa ], [ %1572, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3180.ph, %j21.exit.loopexit.unr-lcssa ], [ %1571, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3181.ph, %j21.exit.loopexit.unr-lcssa ], [ %1566, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3182.ph, %j21.exit.loopexit.unr-lcssa ], [ %1565, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3183.ph, %j21.exit.loopexit.unr-lcssa ], [ %1560, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3184.ph, %j21.exit.loopexit.unr-lcssa ], [ %1559, %j21.body.epil ]
  %1579 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1580 = load float, ptr %1579, align 4
  %1581 = shl nuw nsw i64 %ib.addr.02293, 7
  %1582 = getelementptr inbounds float, ptr %Rr, i64 %1581
  %1583 = load <16 x float>, ptr %1582, align 4
  %1584 = fsub <16 x float> %1583, %acc24.0.lcssa
  store <16 x float> %1584, ptr %1582, align 4
  %1585 = insertelement <16 x float> poison, float %1580, i64 0
  %1586 = shufflevector <16 x float> %1585, <16 x float> poison, <16 x i32> zeroinitializer
  %1587 = fmul <16 x float> %1586, %1584
  %1588 = getelementptr inbounds float, ptr %Vn, i64 %1581
  store <16 x float> %1587, ptr %1588, align 4
  %1589 = mul nuw nsw i64 %ib.addr.02293, 352
  %1590 = getelementptr inbounds float, ptr %Ak, i64 %1589
  store <16 x float> %1587, ptr %1590, align 4
  %1591 = or disjoint i64 %1581, 16
  %1592 = getelementptr inbounds float, ptr %Rr, i64 %1591
  %1593 = load <16 x float>, ptr %1592, align 4
  %1594 = fsub <16 x float> %1593, %acc25.0.lcssa
  store <16 x float> %1594, ptr %1592, align 4
  %1595 = fmul <16 x float> %1586, %1594
  %1596 = getelementptr inbounds float, ptr %Vn, i64 %1591
  store <16 x float> %1595, ptr %1596, align 4
  %1597 = or disjoint i64 %1589, 16
  %1598 = getelementptr inbounds float, ptr %Ak, i64 %1597
  store <16 x float> %1595, ptr %1598, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2484 = shl nsw i64 %i26, 6
  %1599 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2484
  %1600 = getelementptr inbounds float, ptr %1599, i64 %i0
  %1601 = load float, ptr %1600, align 4
  %1602 = insertelement <16 x float> poison, float %1601, i64 0
  %1603 = shufflevector <16 x float> %1602, <16 x float> poison, <16 x i32> zeroinitializer
  %1604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1587, <16 x float> %acc26.0.lcssa)
  %1605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1595, <16 x float> %acc27.0.lcssa)
  %1606 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1607 = load float, ptr %1606, align 4
  %1608 = shl nuw nsw i64 %i26, 5
  %1609 = getelementptr inbounds float, ptr %Rr, i64 %1608
  %1610 = load <16 x float>, ptr %1609, align 4
  %1611 = fsub <16 x float> %1610, %1604
  store <16 x float> %1611, ptr %1609, align 4
  %1612 = insertelement <16 x float> poison, float %1607, i64 0
  %1613 = shufflevector <16 x float> %1612, <16 x float> poison, <16 x i32> zeroinitializer
  %1614 = fmul <16 x float> %1613, %1611
  %1615 = getelementptr inbounds float, ptr %Vn, i64 %1608
  store <16 x float> %1614, ptr %1615, align 4
  %.idx2214 = mul nuw nsw i64 %i26, 352
  %1616 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2214
  store <16 x float> %1614, ptr %1616, align 4
  %1617 = or disjoint i64 %1608, 16
  %1618 = getelementptr inbounds float, ptr %Rr, i64 %1617
  %1619 = load <16 x float>, ptr %1618, align 4
  %1620 = fsub <16 x float> %1619, %1605
  store <16 x float> %1620, ptr %1618, align 4
  %1621 = fmul <16 x float> %1613, %1620
  %1622 = getelementptr inbounds float, ptr %Vn, i64 %1617
  store <16 x float> %1621, ptr %1622, align 4
  %1623 = getelementptr inbounds i8, ptr %1616, i64 64
  store <16 x float> %1621, ptr %1623, align 4
  %i27 = or disjoint i64 %i0, 2
  %1624 = shl nuw nsw i64 %i27, 4
  %1625 = or disjoint i64 %1624, %i0
  %1626 = getelementptr inbounds float, ptr %Gm, i64 %1625
  %1627 = load float, ptr %1626, align 4
  %1628 = insertelement <16 x float> poison, float %1627, i64 0
  %1629 = shufflevector <16 x float> %1628, <16 x float> poison, <16 x i32> zeroinitializer
  %1630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1587, <16 x float> %acc28.0.lcssa)
  %1631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1595, <16 x float> %acc29.0.lcssa)
  %1632 = or disjoint i64 %1624, %i26
  %1633 = getelementptr inbounds float, ptr %Gm, i64 %1632
  %1634 = load float, ptr %1633, align 4
  %1635 = insertelement <16 x float> poison, float %1634, i64 0
  %1636 = shufflevector <16 x float> %1635, <16 x float> poison, <16 x i32> zeroinitializer
  %1637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1636, <16 x float> %1614, <16 x float> %1630)
  %1638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1636, <16 x float> %1621, <16 x float> %1631)
  %1639 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1640 = load float, ptr %1639, align 4
  %1641 = shl nuw nsw i64 %i27, 5
  %1642 = getelementptr inbounds float, ptr %Rr, i64 %1641
  %1643 = load <16 x float>, ptr %1642, align 4
  %1644 = fsub <16 x float> %1643, %1637
  store <16 x float> %1644, ptr %1642, align 4
  %1645 = insertelement <16 x float> poison, float %1640, i64 0
  %1646 = shufflevector <16 x float> %1645, <16 x float> poison, <16 x i32> zeroinitializer
  %1647 = fmul <16 x float> %1646, %1644
  %1648 = getelementptr inbounds float, ptr %Vn, i64 %1641
  store <16 x float> %1647, ptr %1648, align 4
  %.idx2215 = mul nuw nsw i64 %i27, 352
  %1649 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2215
  store <16 x float> %1647, ptr %1649, align 4
  %1650 = or disjoint i64 %1641, 16
  %1651 = getelementptr inbounds float, ptr %Rr, i64 %1650
  %1652 = load <16 x float>, ptr %1651, align 4
  %1653 = fsub <16 x float> %1652, %1638
  store <16 x float> %1653, ptr %1651, align 4
  %1654 = fmul <16 x float> %1646, %1653
  %1655 = getelementptr inbounds float, ptr %Vn, i64 %1650
  store <16 x float> %1654, ptr %1655, align 4
  %1656 = getelementptr inbounds i8, ptr %1649, i64 64
  store <16 x float> %1654, ptr %1656, align 4
  %i28 = or disjoint i64 %i0, 3
  %1657 = shl nuw nsw i64 %i28, 4
  %1658 = or disjoint i64 %1657, %i0
  %1659 = getelementptr inbounds float, ptr %Gm, i64 %1658
  %1660 = load float, ptr %1659, align 4
  %1661 = insertelement <16 x float> poison, float %1660, i64 0
  %1662 = shufflevector <16 x float> %1661, <16 x float> poison, <16 x i32> zeroinitializer
  %1663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1587, <16 x float> %acc30.0.lcssa)
  %1664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1595, <16 x float> %acc31.0.lcssa)
  %1665 = or disjoint i64 %1657, %i26
  %1666 = getelementptr inbounds float, ptr %Gm, i64 %1665
  %1667 = load float, ptr %1666, align 4
  %1668 = insertelement <16 x float> poison, float %1667, i64 0
  %1669 = shufflevector <16 x float> %1668, <16 x float> poison, <16 x i32> zeroinitializer
  %1670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1614, <16 x float> %1663)
  %1671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1621, <16 x float> %1664)
  %1672 = or disjoint i64 %1657, %i27
  %1673 = getelementptr inbounds float, ptr %Gm, i64 %1672
  %1674 = load float, ptr %1673, align 4
  %1675 = insertelement <16 x float> poison, float %1674, i64 0
  %1676 = shufflevector <16 x float> %1675, <16 x float> poison, <16 x i32> zeroinitializer
  %1677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1676, <16 x float> %1647, <16 x float> %1670)
  %1678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1676, <16 x float> %1654, <16 x float> %1671)
  %1679 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1680 = load float, ptr %1679, align 4
  %1681 = shl nuw nsw i64 %i28, 5
  %1682 = getelementptr inbounds float, ptr %Rr, i64 %1681
  %1683 = load <16 x float>, ptr %1682, align 4
  %1684 = fsub <16 x float> %1683, %1677
  store <16 x float> %1684, ptr %1682, align 4
  %1685 = insertelement <16 x float> poison, float %1680, i64 0
  %1686 = shufflevector <16 x float> %1685, <16 x float> poison, <16 x i32> zeroinitializer
  %1687 = fmul <16 x float> %1686, %1684
  %1688 = getelementptr inbounds float, ptr %Vn, i64 %1681
  store <16 x float> %1687, ptr %1688, align 4
  %1689 = mul nuw nsw i64 %i28, 88
  %1690 = getelementptr inbounds float, ptr %Ak, i64 %1689
  store <16 x float> %1687, ptr %1690, align 4
  %1691 = or disjoint i64 %1681, 16
  %1692 = getelementptr inbounds float, ptr %Rr, i64 %1691
  %1693 = load <16 x float>, ptr %1692, align 4
  %1694 = fsub <16 x float> %1693, %1678
  store <16 x float> %1694, ptr %1692, align 4
  %1695 = fmul <16 x float> %1686, %1694
  %1696 = getelementptr inbounds float, ptr %Vn, i64 %1691
  store <16 x float> %1695, ptr %1696, align 4
  %1697 = or disjoint i64 %1689, 16
  %1698 = getelementptr inbounds float, ptr %Ak, i64 %1697
  store <16 x float> %1695, ptr %1698, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02293, 1
  %exitcond2692.not = icmp eq i64 %ib.next, 4
  br i1 %exitcond2692.not, label %j22.body, label %ib.body

j22.body:                                         ; preds = %j21.exit, %j22.body
  %1699 = phi i1 [ false, %j22.body ], [ true, %j21.exit ]
  %j22.addr.02294 = phi i64 [ 16, %j22.body ], [ 0, %j21.exit ]
  %1700 = getelementptr inbounds float, ptr %Vn, i64 %j22.addr.02294
  %1701 = load <16 x float>, ptr %1700, align 4
  %1702 = or disjoint i64 %j22.addr.02294, 256
  %1703 = getelementptr inbounds float, ptr %Vn, i64 %1702
  %1704 = load <16 x float>, ptr %1703, align 4
  %1705 = or disjoint i64 %j22.addr.02294, 32
  %1706 = getelementptr inbounds float, ptr %Vn, i64 %1705
  %1707 = load <16 x float>, ptr %1706, align 4
  %1708 = or disjoint i64 %j22.addr.02294, 288
  %1709 = getelementptr inbounds float, ptr %Vn, i64 %1708
  %1710 = load <16 x float>, ptr %1709, align 4
  %1711 = or disjoint i64 %j22.addr.02294, 64
  %1712 = getelementptr inbounds float, ptr %Vn, i64 %1711
  %1713 = load <16 x float>, ptr %1712, align 4
  %1714 = or disjoint i64 %j22.addr.02294, 320
  %1715 = getelementptr inbounds float, ptr %Vn, i64 %1714
  %1716 = load <16 x float>, ptr %1715, align 4
  %1717 = or disjoint i64 %j22.addr.02294, 96
  %1718 = getelementptr inbounds float, ptr %Vn, i64 %1717
  %1719 = load <16 x float>, ptr %1718, align 4
  %1720 = or disjoint i64 %j22.addr.02294, 352
  %1721 = getelementptr inbounds float, ptr %Vn, i64 %1720
  %1722 = load <16 x float>, ptr %1721, align 4
  %1723 = or disjoint i64 %j22.addr.02294, 128
  %1724 = getelementptr inbounds float, ptr %Vn, i64 %1723
  %1725 = load <16 x float>, ptr %1724, align 4
  %1726 = or disjoint i64 %j22.addr.02294, 384
  %1727 = getelementptr inbounds float, ptr %Vn, i64 %1726
  %1728 = load <16 x float>, ptr %1727, align 4
  %1729 = or disjoint i64 %j22.addr.02294, 160
  %1730 = getelementptr inbounds float, ptr %Vn, i64 %1729
  %1731 = load <16 x float>, ptr %1730, align 4
  %1732 = or disjoint i64 %j22.addr.02294, 416
  %1733 = getelementptr inbounds float, ptr %Vn, i64 %1732
  %1734 = load <16 x float>, ptr %1733, align 4
  %1735 = or disjoint i64 %j22.addr.02294, 192
  %1736 = getelementptr inbounds float, ptr %Vn, i64 %1735
  %1737 = load <16 x float>, ptr %1736, align 4
  %1738 = or disjoint i64 %j22.addr.02294, 448
  %1739 = getelementptr inbounds float, ptr %Vn, i64 %1738
  %1740 = load <16 x float>, ptr %1739, align 4
  %1741 = or disjoint i64 %j22.addr.02294, 224
  %1742 = getelementptr inbounds float, ptr %Vn, i64 %1741
  %1743 = load <16 x float>, ptr %1742, align 4
  %1744 = or disjoint i64 %j22.addr.02294, 480
  %1745 = getelementptr inbounds float, ptr %Vn, i64 %1744
  %1746 = load <16 x float>, ptr %1745, align 4
  %1747 = shufflevector <16 x float> %1701, <16 x float> %1704, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1748 = shufflevector <16 x float> %1725, <16 x float> %1728, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1749 = shufflevector <16 x float> %1707, <16 x float> %1710, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1750 = shufflevector <16 x float> %1731, <16 x float> %1734, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1751 = shufflevector <16 x float> %1713, <16 x float> %1716, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1752 = shufflevector <16 x float> %1737, <16 x float> %1740, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1753 = shufflevector <16 x float> %1719, <16 x float> %1722, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1754 = shufflevector <16 x float> %1743, <16 x float> %1746, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1755 = shufflevector <16 x float> %1701, <16 x float> %1704, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1756 = shufflevector <16 x float> %1725, <16 x float> %1728, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1757 = shufflevector <16 x float> %1707, <16 x float> %1710, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1758 = shufflevector <16 x float> %1731, <16 x float> %1734, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1759 = shufflevector <16 x float> %1713, <16 x float> %1716, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1760 = shufflevector <16 x float> %1737, <16 x float> %1740, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1761 = shufflevector <16 x float> %1719, <16 x float> %1722, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1762 = shufflevector <16 x float> %1743, <16 x float> %1746, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1763 = shufflevector <16 x float> %1747, <16 x float> %1748, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1764 = shufflevector <16 x float> %1751, <16 x float> %1752, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1765 = shufflevector <16 x float> %1749, <16 x float> %1750, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1766 = shufflevector <16 x float> %1753, <16 x float> %1754, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1767 = shufflevector <16 x float> %1747, <16 x float> %1748, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1768 = shufflevector <16 x float> %1751, <16 x float> %1752, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1769 = shufflevector <16 x float> %1749, <16 x float> %1750, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1770 = shufflevector <16 x float> %1753, <16 x float> %1754, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1771 = shufflevector <16 x float> %1755, <16 x float> %1756, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1772 = shufflevector <16 x float> %1759, <16 x float> %1760, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1773 = shufflevector <16 x float> %1757, <16 x float> %1758, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1774 = shufflevector <16 x float> %1761, <16 x float> %1762, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1775 = shufflevector <16 x float> %1755, <16 x float> %1756, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1776 = shufflevector <16 x float> %1759, <16 x float> %1760, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1777 = shufflevector <16 x float> %1757, <16 x float> %1758, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1778 = shufflevector <16 x float> %1761, <16 x float> %1762, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1779 = shufflevector <16 x float> %1763, <16 x float> %1764, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1780 = shufflevector <16 x float> %1765, <16 x float> %1766, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1781 = shufflevector <16 x float> %1763, <16 x float> %1764, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1782 = shufflevector <16 x float> %1765, <16 x float> %1766, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1783 = shufflevector <16 x float> %1767, <16 x float> %1768, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1784 = shufflevector <16 x float> %1769, <16 x float> %1770, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1785 = shufflevector <16 x float> %1767, <16 x float> %1768, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1786 = shufflevector <16 x float> %1769, <16 x float> %1770, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1787 = shufflevector <16 x float> %1771, <16 x float> %1772, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1788 = shufflevector <16 x float> %1773, <16 x float> %1774, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1789 = shufflevector <16 x float> %1771, <16 x float> %1772, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1790 = shufflevector <16 x float> %1773, <16 x float> %1774, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1791 = shufflevector <16 x float> %1775, <16 x float> %1776, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1792 = shufflevector <16 x float> %1777, <16 x float> %1778, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1793 = shufflevector <16 x float> %1775, <16 x float> %1776, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1794 = shufflevector <16 x float> %1777, <16 x float> %1778, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1795 = shufflevector <16 x float> %1779, <16 x float> %1780, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2187 = shl nuw nsw i64 %j22.addr.02294, 6
  %1796 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2187
  store <16 x float> %1795, ptr %1796, align 4
  %1797 = shufflevector <16 x float> %1779, <16 x float> %1780, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1798 = shl nuw nsw i64 %j22.addr.02294, 4
  %1799 = or disjoint i64 %1798, 16
  %1800 = getelementptr inbounds float, ptr %VnT, i64 %1799
  store <16 x float> %1797, ptr %1800, align 4
  %1801 = shufflevector <16 x float> %1781, <16 x float> %1782, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1802 = or disjoint i64 %1798, 32
  %1803 = getelementptr inbounds float, ptr %VnT, i64 %1802
  store <16 x float> %1801, ptr %1803, align 4
  %1804 = shufflevector <16 x float> %1781, <16 x float> %1782, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1805 = or disjoint i64 %1798, 48
  %1806 = getelementptr inbounds float, ptr %VnT, i64 %1805
  store <16 x float> %1804, ptr %1806, align 4
  %1807 = shufflevector <16 x float> %1783, <16 x float> %1784, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1808 = or disjoint i64 %1798, 64
  %1809 = getelementptr inbounds float, ptr %VnT, i64 %1808
  store <16 x float> %1807, ptr %1809, align 4
  %1810 = shufflevector <16 x float> %1783, <16 x float> %1784, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1811 = or disjoint i64 %1798, 80
  %1812 = getelementptr inbounds float, ptr %VnT, i64 %1811
  store <16 x float> %1810, ptr %1812, align 4
  %1813 = shufflevector <16 x float> %1785, <16 x float> %1786, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1814 = or disjoint i64 %1798, 96
  %1815 = getelementptr inbounds float, ptr %VnT, i64 %1814
  store <16 x float> %1813, ptr %1815, align 4
  %1816 = shufflevector <16 x float> %1785, <16 x float> %1786, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1817 = or disjoint i64 %1798, 112
  %1818 = getelementptr inbounds float, ptr %VnT, i64 %1817
  store <16 x float> %1816, ptr %1818, align 4
  %1819 = shufflevector <16 x float> %1787, <16 x float> %1788, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1820 = or disjoint i64 %1798, 128
  %1821 = getelementptr inbounds float, ptr %VnT, i64 %1820
  store <16 x float> %1819, ptr %1821, align 4
  %1822 = shufflevector <16 x float> %1787, <16 x float> %1788, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1823 = or disjoint i64 %1798, 144
  %1824 = getelementptr inbounds float, ptr %VnT, i64 %1823
  store <16 x float> %1822, ptr %1824, align 4
  %1825 = shufflevector <16 x float> %1789, <16 x float> %1790, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1826 = or disjoint i64 %1798, 160
  %1827 = getelementptr inbounds float, ptr %VnT, i64 %1826
  store <16 x float> %1825, ptr %1827, align 4
  %1828 = shufflevector <16 x float> %1789, <16 x float> %1790, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1829 = or disjoint i64 %1798, 176
  %1830 = getelementptr inbounds float, ptr %VnT, i64 %1829
  store <16 x float> %1828, ptr %1830, align 4
  %1831 = shufflevector <16 x float> %1791, <16 x float> %1792, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1832 = or disjoint i64 %1798, 192
  %1833 = getelementptr inbounds float, ptr %VnT, i64 %1832
  store <16 x float> %1831, ptr %1833, align 4
  %1834 = shufflevector <16 x float> %1791, <16 x float> %1792, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1835 = or disjoint i64 %1798, 208
  %1836 = getelementptr inbounds float, ptr %VnT, i64 %1835
  store <16 x float> %1834, ptr %1836, align 4
  %1837 = shufflevector <16 x float> %1793, <16 x float> %1794, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1838 = or disjoint i64 %1798, 224
  %1839 = getelementptr inbounds float, ptr %VnT, i64 %1838
  store <16 x float> %1837, ptr %1839, align 4
  %1840 = shufflevector <16 x float> %1793, <16 x float> %1794, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1841 = or disjoint i64 %1798, 240
  %1842 = getelementptr inbounds float, ptr %VnT, i64 %1841
  store <16 x float> %1840, ptr %1842, align 4
  br i1 %1699, label %j22.body, label %p6.body

p6.body:                                          ; preds = %j22.body, %p6.body
  %acc32.02303 = phi <8 x float> [ %1893, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc33.02302 = phi <8 x float> [ %1898, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc34.02301 = phi <8 x float> [ %1903, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc35.02300 = phi <8 x float> [ %1908, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc36.02299 = phi <8 x float> [ %1913, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc37.02298 = phi <8 x float> [ %1918, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc38.02297 = phi <8 x float> [ %1923, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc39.02296 = phi <8 x float> [ %1928, %p6.body ], [ zeroinitializer, %j22.body ]
  %p6.addr.02295 = phi i64 [ %p6.next.13356, %p6.body ], [ 0, %j22.body ]
  %.idx2186 = shl nuw nsw i64 %p6.addr.02295, 5
  %1843 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2186
  %1844 = load <8 x float>, ptr %1843, align 4
  %1845 = getelementptr inbounds float, ptr %Bk, i64 %p6.addr.02295
  %1846 = getelementptr inbounds i8, ptr %1845, i64 9216
  %1847 = load float, ptr %1846, align 4
  %1848 = insertelement <8 x float> poison, float %1847, i64 0
  %1849 = shufflevector <8 x float> %1848, <8 x float> poison, <8 x i32> zeroinitializer
  %1850 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1849, <8 x float> %1844, <8 x float> %acc32.02303)
  %1851 = getelementptr inbounds i8, ptr %1845, i64 9344
  %1852 = load float, ptr %1851, align 4
  %1853 = insertelement <8 x float> poison, float %1852, i64 0
  %1854 = shufflevector <8 x float> %1853, <8 x float> poison, <8 x i32> zeroinitializer
  %1855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1854, <8 x float> %1844, <8 x float> %acc33.02302)
  %1856 = getelementptr inbounds i8, ptr %1845, i64 9472
  %1857 = load float, ptr %1856, align 4
  %1858 = insertelement <8 x float> poison, float %1857, i64 0
  %1859 = shufflevector <8 x float> %1858, <8 x float> poison, <8 x i32> zeroinitializer
  %1860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1859, <8 x float> %1844, <8 x float> %acc34.02301)
  %1861 = getelementptr inbounds i8, ptr %1845, i64 9600
  %1862 = load float, ptr %1861, align 4
  %1863 = insertelement <8 x float> poison, float %1862, i64 0
  %1864 = shufflevector <8 x float> %1863, <8 x float> poison, <8 x i32> zeroinitializer
  %1865 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1864, <8 x float> %1844, <8 x float> %acc35.02300)
  %1866 = getelementptr inbounds i8, ptr %1845, i64 9728
  %1867 = load float, ptr %1866, align 4
  %1868 = insertelement <8 x float> poison, float %1867, i64 0
  %1869 = shufflevector <8 x float> %1868, <8 x float> poison, <8 x i32> zeroinitializer
  %1870 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1869, <8 x float> %1844, <8 x float> %acc36.02299)
  %1871 = getelementptr inbounds i8, ptr %1845, i64 9856
  %1872 = load float, ptr %1871, align 4
  %1873 = insertelement <8 x float> poison, float %1872, i64 0
  %1874 = shufflevector <8 x float> %1873, <8 x float> poison, <8 x i32> zeroinitializer
  %1875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1874, <8 x float> %1844, <8 x float> %acc37.02298)
  %1876 = getelementptr inbounds i8, ptr %1845, i64 9984
  %1877 = load float, ptr %1876, align 4
  %1878 = insertelement <8 x float> poison, float %1877, i64 0
  %1879 = shufflevector <8 x float> %1878, <8 x float> poison, <8 x i32> zeroinitializer
  %1880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1879, <8 x float> %1844, <8 x float> %acc38.02297)
  %1881 = getelementptr inbounds i8, ptr %1845, i64 10112
  %1882 = load float, ptr %1881, align 4
  %1883 = insertelement <8 x float> poison, float %1882, i64 0
  %1884 = shufflevector <8 x float> %1883, <8 x float> poison, <8 x i32> zeroinitializer
  %1885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1844, <8 x float> %acc39.02296)
  %p6.next = or disjoint i64 %p6.addr.02295, 1
  %.idx2186.13355 = shl nuw nsw i64 %p6.next, 5
  %1886 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2186.13355
  %1887 = load <8 x float>, ptr %1886, align 4
  %1888 = getelementptr inbounds float, ptr %Bk, i64 %p6.next
  %1889 = getelementptr inbounds i8, ptr %1888, i64 9216
  %1890 = load float, ptr %1889, align 4
  %1891 = insertelement <8 x float> poison, float %1890, i64 0
  %1892 = shufflevector <8 x float> %1891, <8 x float> poison, <8 x i32> zeroinitializer
  %1893 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1892, <8 x float> %1887, <8 x float> %1850)
  %1894 = getelementptr inbounds i8, ptr %1888, i64 9344
  %1895 = load float, ptr %1894, align 4
  %1896 = insertelement <8 x float> poison, float %1895, i64 0
  %1897 = shufflevector <8 x float> %1896, <8 x float> poison, <8 x i32> zeroinitializer
  %1898 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1897, <8 x float> %1887, <8 x float> %1855)
  %1899 = getelementptr inbounds i8, ptr %1888, i64 9472
  %1900 = load float, ptr %1899, align 4
  %1901 = insertelement <8 x float> poison, float %1900, i64 0
  %1902 = shufflevector <8 x float> %1901, <8 x float> poison, <8 x i32> zeroinitializer
  %1903 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1902, <8 x float> %1887, <8 x float> %1860)
  %1904 = getelementptr inbounds i8, ptr %1888, i64 9600
  %1905 = load float, ptr %1904, align 4
  %1906 = insertelement <8 x float> poison, float %1905, i64 0
  %1907 = shufflevector <8 x float> %1906, <8 x float> poison, <8 x i32> zeroinitializer
  %1908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1907, <8 x float> %1887, <8 x float> %1865)
  %1909 = getelementptr inbounds i8, ptr %1888, i64 9728
  %1910 = load float, ptr %1909, align 4
  %1911 = insertelement <8 x float> poison, float %1910, i64 0
  %1912 = shufflevector <8 x float> %1911, <8 x float> poison, <8 x i32> zeroinitializer
  %1913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1912, <8 x float> %1887, <8 x float> %1870)
  %1914 = getelementptr inbounds i8, ptr %1888, i64 9856
  %1915 = load float, ptr %1914, align 4
  %1916 = insertelement <8 x float> poison, float %1915, i64 0
  %1917 = shufflevector <8 x float> %1916, <8 x float> poison, <8 x i32> zeroinitializer
  %1918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1917, <8 x float> %1887, <8 x float> %1875)
  %1919 = getelementptr inbounds i8, ptr %1888, i64 9984
  %1920 = load float, ptr %1919, align 4
  %1921 = insertelement <8 x float> poison, float %1920, i64 0
  %1922 = shufflevector <8 x float> %1921, <8 x float> poison, <8 x i32> zeroinitializer
  %1923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1922, <8 x float> %1887, <8 x float> %1880)
  %1924 = getelementptr inbounds i8, ptr %1888, i64 10112
  %1925 = load float, ptr %1924, align 4
  %1926 = insertelement <8 x float> poison, float %1925, i64 0
  %1927 = shufflevector <8 x float> %1926, <8 x float> poison, <8 x i32> zeroinitializer
  %1928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1927, <8 x float> %1887, <8 x float> %1885)
  %p6.next.13356 = add nuw nsw i64 %p6.addr.02295, 2
  %exitcond2693.not.1 = icmp eq i64 %p6.next.13356, 32
  br i1 %exitcond2693.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <8 x float> %1893, ptr %PT, align 4
  store <8 x float> %1898, ptr %252, align 4
  store <8 x float> %1903, ptr %253, align 4
  store <8 x float> %1908, ptr %254, align 4
  store <8 x float> %1913, ptr %255, align 4
  store <8 x float> %1918, ptr %256, align 4
  store <8 x float> %1923, ptr %257, align 4
  store <8 x float> %1928, ptr %258, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc32.02303.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %1979, %p6.body.1 ]
  %acc33.02302.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %1984, %p6.body.1 ]
  %acc34.02301.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %1989, %p6.body.1 ]
  %acc35.02300.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %1994, %p6.body.1 ]
  %acc36.02299.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %1999, %p6.body.1 ]
  %acc37.02298.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2004, %p6.body.1 ]
  %acc38.02297.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2009, %p6.body.1 ]
  %acc39.02296.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2014, %p6.body.1 ]
  %p6.addr.02295.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %.idx2186.1 = shl nuw nsw i64 %p6.addr.02295.1, 5
  %1929 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2186.1
  %1930 = load <8 x float>, ptr %1929, align 4
  %1931 = getelementptr inbounds float, ptr %Bk, i64 %p6.addr.02295.1
  %1932 = getelementptr inbounds i8, ptr %1931, i64 10240
  %1933 = load float, ptr %1932, align 4
  %1934 = insertelement <8 x float> poison, float %1933, i64 0
  %1935 = shufflevector <8 x float> %1934, <8 x float> poison, <8 x i32> zeroinitializer
  %1936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1935, <8 x float> %1930, <8 x float> %acc32.02303.1)
  %1937 = getelementptr inbounds i8, ptr %1931, i64 10368
  %1938 = load float, ptr %1937, align 4
  %1939 = insertelement <8 x float> poison, float %1938, i64 0
  %1940 = shufflevector <8 x float> %1939, <8 x float> poison, <8 x i32> zeroinitializer
  %1941 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1940, <8 x float> %1930, <8 x float> %acc33.02302.1)
  %1942 = getelementptr inbounds i8, ptr %1931, i64 10496
  %1943 = load float, ptr %1942, align 4
  %1944 = insertelement <8 x float> poison, float %1943, i64 0
  %1945 = shufflevector <8 x float> %1944, <8 x float> poison, <8 x i32> zeroinitializer
  %1946 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1945, <8 x float> %1930, <8 x float> %acc34.02301.1)
  %1947 = getelementptr inbounds i8, ptr %1931, i64 10624
  %1948 = load float, ptr %1947, align 4
  %1949 = insertelement <8 x float> poison, float %1948, i64 0
  %1950 = shufflevector <8 x float> %1949, <8 x float> poison, <8 x i32> zeroinitializer
  %1951 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1950, <8 x float> %1930, <8 x float> %acc35.02300.1)
  %1952 = getelementptr inbounds i8, ptr %1931, i64 10752
  %1953 = load float, ptr %1952, align 4
  %1954 = insertelement <8 x float> poison, float %1953, i64 0
  %1955 = shufflevector <8 x float> %1954, <8 x float> poison, <8 x i32> zeroinitializer
  %1956 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1955, <8 x float> %1930, <8 x float> %acc36.02299.1)
  %1957 = getelementptr inbounds i8, ptr %1931, i64 10880
  %1958 = load float, ptr %1957, align 4
  %1959 = insertelement <8 x float> poison, float %1958, i64 0
  %1960 = shufflevector <8 x float> %1959, <8 x float> poison, <8 x i32> zeroinitializer
  %1961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1960, <8 x float> %1930, <8 x float> %acc37.02298.1)
  %1962 = getelementptr inbounds i8, ptr %1931, i64 11008
  %1963 = load float, ptr %1962, align 4
  %1964 = insertelement <8 x float> poison, float %1963, i64 0
  %1965 = shufflevector <8 x float> %1964, <8 x float> poison, <8 x i32> zeroinitializer
  %1966 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1965, <8 x float> %1930, <8 x float> %acc38.02297.1)
  %1967 = getelementptr inbounds i8, ptr %1931, i64 11136
  %1968 = load float, ptr %1967, align 4
  %1969 = insertelement <8 x float> poison, float %1968, i64 0
  %1970 = shufflevector <8 x float> %1969, <8 x float> poison, <8 x i32> zeroinitializer
  %1971 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1970, <8 x float> %1930, <8 x float> %acc39.02296.1)
  %p6.next.1 = or disjoint i64 %p6.addr.02295.1, 1
  %.idx2186.1.1 = shl nuw nsw i64 %p6.next.1, 5
  %1972 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2186.1.1
  %1973 = load <8 x float>, ptr %1972, align 4
  %1974 = getelementptr inbounds float, ptr %Bk, i64 %p6.next.1
  %1975 = getelementptr inbounds i8, ptr %1974, i64 10240
  %1976 = load float, ptr %1975, align 4
  %1977 = insertelement <8 x float> poison, float %1976, i64 0
  %1978 = shufflevector <8 x float> %1977, <8 x float> poison, <8 x i32> zeroinitializer
  %1979 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1978, <8 x float> %1973, <8 x float> %1936)
  %1980 = getelementptr inbounds i8, ptr %1974, i64 10368
  %1981 = load float, ptr %1980, align 4
  %1982 = insertelement <8 x float> poison, float %1981, i64 0
  %1983 = shufflevector <8 x float> %1982, <8 x float> poison, <8 x i32> zeroinitializer
  %1984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1983, <8 x float> %1973, <8 x float> %1941)
  %1985 = getelementptr inbounds i8, ptr %1974, i64 10496
  %1986 = load float, ptr %1985, align 4
  %1987 = insertelement <8 x float> poison, float %1986, i64 0
  %1988 = shufflevector <8 x float> %1987, <8 x float> poison, <8 x i32> zeroinitializer
  %1989 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1988, <8 x float> %1973, <8 x float> %1946)
  %1990 = getelementptr inbounds i8, ptr %1974, i64 10624
  %1991 = load float, ptr %1990, align 4
  %1992 = insertelement <8 x float> poison, float %1991, i64 0
  %1993 = shufflevector <8 x float> %1992, <8 x float> poison, <8 x i32> zeroinitializer
  %1994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1993, <8 x float> %1973, <8 x float> %1951)
  %1995 = getelementptr inbounds i8, ptr %1974, i64 10752
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <8 x float> poison, float %1996, i64 0
  %1998 = shufflevector <8 x float> %1997, <8 x float> poison, <8 x i32> zeroinitializer
  %1999 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1973, <8 x float> %1956)
  %2000 = getelementptr inbounds i8, ptr %1974, i64 10880
  %2001 = load float, ptr %2000, align 4
  %2002 = insertelement <8 x float> poison, float %2001, i64 0
  %2003 = shufflevector <8 x float> %2002, <8 x float> poison, <8 x i32> zeroinitializer
  %2004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %1973, <8 x float> %1961)
  %2005 = getelementptr inbounds i8, ptr %1974, i64 11008
  %2006 = load float, ptr %2005, align 4
  %2007 = insertelement <8 x float> poison, float %2006, i64 0
  %2008 = shufflevector <8 x float> %2007, <8 x float> poison, <8 x i32> zeroinitializer
  %2009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2008, <8 x float> %1973, <8 x float> %1966)
  %2010 = getelementptr inbounds i8, ptr %1974, i64 11136
  %2011 = load float, ptr %2010, align 4
  %2012 = insertelement <8 x float> poison, float %2011, i64 0
  %2013 = shufflevector <8 x float> %2012, <8 x float> poison, <8 x i32> zeroinitializer
  %2014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2013, <8 x float> %1973, <8 x float> %1971)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.02295.1, 2
  %exitcond2693.1.not.1 = icmp eq i64 %p6.next.1.1, 32
  br i1 %exitcond2693.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %2015 = load <8 x float>, ptr %M, align 4
  %2016 = fmul <8 x float> %1893, %2015
  store <8 x float> %2016, ptr %PT, align 4
  %2017 = fmul <8 x float> %1898, %2015
  store <8 x float> %2017, ptr %252, align 4
  %2018 = load <8 x float>, ptr %38, align 4
  %2019 = fmul <8 x float> %1903, %2018
  store <8 x float> %2019, ptr %253, align 4
  %2020 = fmul <8 x float> %1908, %2018
  store <8 x float> %2020, ptr %254, align 4
  %2021 = load <8 x float>, ptr %39, align 4
  %2022 = fmul <8 x float> %1913, %2021
  store <8 x float> %2022, ptr %255, align 4
  %2023 = fmul <8 x float> %1918, %2021
  store <8 x float> %2023, ptr %256, align 4
  %2024 = load <8 x float>, ptr %40, align 4
  %2025 = fmul <8 x float> %1923, %2024
  store <8 x float> %2025, ptr %257, align 4
  %2026 = fmul <8 x float> %1928, %2024
  store <8 x float> %2026, ptr %258, align 4
  %2027 = load <8 x float>, ptr %41, align 4
  %2028 = fmul <8 x float> %1979, %2027
  store <8 x float> %2028, ptr %259, align 4
  %2029 = fmul <8 x float> %1984, %2027
  store <8 x float> %2029, ptr %260, align 4
  %2030 = load <8 x float>, ptr %43, align 4
  %2031 = fmul <8 x float> %1989, %2030
  store <8 x float> %2031, ptr %261, align 4
  %2032 = fmul <8 x float> %1994, %2030
  store <8 x float> %2032, ptr %262, align 4
  %2033 = load <8 x float>, ptr %46, align 4
  %2034 = fmul <8 x float> %1999, %2033
  store <8 x float> %2034, ptr %263, align 4
  %2035 = fmul <8 x float> %2004, %2033
  store <8 x float> %2035, ptr %264, align 4
  %2036 = load <8 x float>, ptr %48, align 4
  %2037 = fmul <8 x float> %2009, %2036
  store <8 x float> %2037, ptr %265, align 4
  %2038 = fmul <8 x float> %2014, %2036
  store <8 x float> %2038, ptr %266, align 4
  %2039 = load <16 x float>, ptr %267, align 4
  store <16 x float> %2039, ptr %268, align 4
  %2040 = load <16 x float>, ptr %269, align 4
  store <16 x float> %2040, ptr %270, align 4
  %2041 = load <16 x float>, ptr %271, align 4
  store <16 x float> %2041, ptr %272, align 4
  %2042 = load <16 x float>, ptr %273, align 4
  store <16 x float> %2042, ptr %274, align 4
  %2043 = load <16 x float>, ptr %275, align 4
  store <16 x float> %2043, ptr %276, align 4
  %2044 = load <16 x float>, ptr %277, align 4
  store <16 x float> %2044, ptr %278, align 4
  %2045 = load <16 x float>, ptr %279, align 4
  store <16 x float> %2045, ptr %280, align 4
  %2046 = load <16 x float>, ptr %281, align 4
  store <16 x float> %2046, ptr %282, align 4
  %2047 = load <16 x float>, ptr %283, align 4
  store <16 x float> %2047, ptr %284, align 4
  %2048 = load <16 x float>, ptr %285, align 4
  store <16 x float> %2048, ptr %286, align 4
  %2049 = load <16 x float>, ptr %287, align 4
  store <16 x float> %2049, ptr %288, align 4
  %2050 = load <16 x float>, ptr %289, align 4
  store <16 x float> %2050, ptr %290, align 4
  %2051 = load <16 x float>, ptr %291, align 4
  store <16 x float> %2051, ptr %292, align 4
  %2052 = load <16 x float>, ptr %293, align 4
  store <16 x float> %2052, ptr %294, align 4
  %2053 = load <16 x float>, ptr %295, align 4
  store <16 x float> %2053, ptr %296, align 4
  %2054 = load <16 x float>, ptr %297, align 4
  store <16 x float> %2054, ptr %298, align 4
  %2055 = load <16 x float>, ptr %299, align 4
  store <16 x float> %2055, ptr %300, align 4
  %2056 = load <16 x float>, ptr %301, align 4
  store <16 x float> %2056, ptr %302, align 4
  %2057 = load <16 x float>, ptr %303, align 4
  store <16 x float> %2057, ptr %304, align 4
  %2058 = load <16 x float>, ptr %305, align 4
  store <16 x float> %2058, ptr %306, align 4
  %2059 = load <16 x float>, ptr %307, align 4
  store <16 x float> %2059, ptr %308, align 4
  %2060 = load <16 x float>, ptr %309, align 4
  store <16 x float> %2060, ptr %310, align 4
  %2061 = load <16 x float>, ptr %311, align 4
  store <16 x float> %2061, ptr %312, align 4
  %2062 = load <16 x float>, ptr %313, align 4
  store <16 x float> %2062, ptr %314, align 4
  %2063 = load <16 x float>, ptr %315, align 4
  store <16 x float> %2063, ptr %316, align 4
  %2064 = load <16 x float>, ptr %317, align 4
  store <16 x float> %2064, ptr %318, align 4
  %2065 = load <16 x float>, ptr %319, align 4
  store <16 x float> %2065, ptr %320, align 4
  %2066 = load <16 x float>, ptr %321, align 4
  store <16 x float> %2066, ptr %322, align 4
  %2067 = load <16 x float>, ptr %323, align 4
  store <16 x float> %2067, ptr %324, align 4
  %2068 = load <16 x float>, ptr %325, align 4
  store <16 x float> %2068, ptr %326, align 4
  %2069 = load <16 x float>, ptr %327, align 4
  store <16 x float> %2069, ptr %328, align 4
  %2070 = load <16 x float>, ptr %329, align 4
  store <16 x float> %2070, ptr %330, align 4
  %2071 = load <16 x float>, ptr %268, align 4
  %2072 = load <16 x float>, ptr %331, align 4
  %2073 = load <16 x float>, ptr %272, align 4
  %2074 = load <16 x float>, ptr %332, align 4
  %2075 = load <16 x float>, ptr %276, align 4
  %2076 = load <16 x float>, ptr %333, align 4
  %2077 = load <16 x float>, ptr %280, align 4
  %2078 = load <16 x float>, ptr %334, align 4
  %2079 = load <16 x float>, ptr %284, align 4
  %2080 = load <16 x float>, ptr %335, align 4
  %2081 = load <16 x float>, ptr %288, align 4
  %2082 = load <16 x float>, ptr %336, align 4
  %2083 = load <16 x float>, ptr %292, align 4
  %2084 = load <16 x float>, ptr %337, align 4
  %2085 = load <16 x float>, ptr %296, align 4
  %2086 = load <16 x float>, ptr %338, align 4
  br label %p7.body

p7.body:                                          ; preds = %p6.exit.1, %p7.body
  %acc40.02324 = phi <16 x float> [ %2071, %p6.exit.1 ], [ %2097, %p7.body ]
  %acc41.02323 = phi <16 x float> [ %2072, %p6.exit.1 ], [ %2098, %p7.body ]
  %acc42.02322 = phi <16 x float> [ %2073, %p6.exit.1 ], [ %2103, %p7.body ]
  %acc43.02321 = phi <16 x float> [ %2074, %p6.exit.1 ], [ %2104, %p7.body ]
  %acc44.02320 = phi <16 x float> [ %2075, %p6.exit.1 ], [ %2109, %p7.body ]
  %acc45.02319 = phi <16 x float> [ %2076, %p6.exit.1 ], [ %2110, %p7.body ]
  %acc46.02318 = phi <16 x float> [ %2077, %p6.exit.1 ], [ %2115, %p7.body ]
  %acc47.02317 = phi <16 x float> [ %2078, %p6.exit.1 ], [ %2116, %p7.body ]
  %acc48.02316 = phi <16 x float> [ %2079, %p6.exit.1 ], [ %2121, %p7.body ]
  %acc49.02315 = phi <16 x float> [ %2080, %p6.exit.1 ], [ %2122, %p7.body ]
  %acc50.02314 = phi <16 x float> [ %2081, %p6.exit.1 ], [ %2127, %p7.body ]
  %acc51.02313 = phi <16 x float> [ %2082, %p6.exit.1 ], [ %2128, %p7.body ]
  %acc52.02312 = phi <16 x float> [ %2083, %p6.exit.1 ], [ %2133, %p7.body ]
  %acc53.02311 = phi <16 x float> [ %2084, %p6.exit.1 ], [ %2134, %p7.body ]
  %acc54.02310 = phi <16 x float> [ %2085, %p6.exit.1 ], [ %2139, %p7.body ]
  %p7.addr.02309 = phi i64 [ 0, %p6.exit.1 ], [ %p7.next, %p7.body ]
  %acc55.02308 = phi <16 x float> [ %2086, %p6.exit.1 ], [ %2140, %p7.body ]
  %2087 = shl nuw nsw i64 %p7.addr.02309, 5
  %2088 = getelementptr inbounds float, ptr %OY, i64 %2087
  %2089 = load <16 x float>, ptr %2088, align 4
  %2090 = or disjoint i64 %2087, 16
  %2091 = getelementptr inbounds float, ptr %OY, i64 %2090
  %2092 = load <16 x float>, ptr %2091, align 4
  %2093 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02309
  %2094 = load float, ptr %2093, align 4
  %2095 = insertelement <16 x float> poison, float %2094, i64 0
  %2096 = shufflevector <16 x float> %2095, <16 x float> poison, <16 x i32> zeroinitializer
  %2097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2096, <16 x float> %2089, <16 x float> %acc40.02324)
  %2098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2096, <16 x float> %2092, <16 x float> %acc41.02323)
  %2099 = getelementptr inbounds i8, ptr %2093, i64 32
  %2100 = load float, ptr %2099, align 4
  %2101 = insertelement <16 x float> poison, float %2100, i64 0
  %2102 = shufflevector <16 x float> %2101, <16 x float> poison, <16 x i32> zeroinitializer
  %2103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2102, <16 x float> %2089, <16 x float> %acc42.02322)
  %2104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2102, <16 x float> %2092, <16 x float> %acc43.02321)
  %2105 = getelementptr inbounds i8, ptr %2093, i64 64
  %2106 = load float, ptr %2105, align 4
  %2107 = insertelement <16 x float> poison, float %2106, i64 0
  %2108 = shufflevector <16 x float> %2107, <16 x float> poison, <16 x i32> zeroinitializer
  %2109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2089, <16 x float> %acc44.02320)
  %2110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2092, <16 x float> %acc45.02319)
  %2111 = getelementptr inbounds i8, ptr %2093, i64 96
  %2112 = load float, ptr %2111, align 4
  %2113 = insertelement <16 x float> poison, float %2112, i64 0
  %2114 = shufflevector <16 x float> %2113, <16 x float> poison, <16 x i32> zeroinitializer
  %2115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2114, <16 x float> %2089, <16 x float> %acc46.02318)
  %2116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2114, <16 x float> %2092, <16 x float> %acc47.02317)
  %2117 = getelementptr inbounds i8, ptr %2093, i64 128
  %2118 = load float, ptr %2117, align 4
  %2119 = insertelement <16 x float> poison, float %2118, i64 0
  %2120 = shufflevector <16 x float> %2119, <16 x float> poison, <16 x i32> zeroinitializer
  %2121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2120, <16 x float> %2089, <16 x float> %acc48.02316)
  %2122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2120, <16 x float> %2092, <16 x float> %acc49.02315)
  %2123 = getelementptr inbounds i8, ptr %2093, i64 160
  %2124 = load float, ptr %2123, align 4
  %2125 = insertelement <16 x float> poison, float %2124, i64 0
  %2126 = shufflevector <16 x float> %2125, <16 x float> poison, <16 x i32> zeroinitializer
  %2127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2126, <16 x float> %2089, <16 x float> %acc50.02314)
  %2128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2126, <16 x float> %2092, <16 x float> %acc51.02313)
  %2129 = getelementptr inbounds i8, ptr %2093, i64 192
  %2130 = load float, ptr %2129, align 4
  %2131 = insertelement <16 x float> poison, float %2130, i64 0
  %2132 = shufflevector <16 x float> %2131, <16 x float> poison, <16 x i32> zeroinitializer
  %2133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2132, <16 x float> %2089, <16 x float> %acc52.02312)
  %2134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2132, <16 x float> %2092, <16 x float> %acc53.02311)
  %2135 = getelementptr inbounds i8, ptr %2093, i64 224
  %2136 = load float, ptr %2135, align 4
  %2137 = insertelement <16 x float> poison, float %2136, i64 0
  %2138 = shufflevector <16 x float> %2137, <16 x float> poison, <16 x i32> zeroinitializer
  %2139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2138, <16 x float> %2089, <16 x float> %acc54.02310)
  %2140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2138, <16 x float> %2092, <16 x float> %acc55.02308)
  %p7.next = add nuw nsw i64 %p7.addr.02309, 1
  %exitcond2700.not = icmp eq i64 %p7.next, 8
  br i1 %exitcond2700.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2097, ptr %268, align 4
  store <16 x float> %2098, ptr %331, align 4
  store <16 x float> %2103, ptr %272, align 4
  store <16 x float> %2104, ptr %332, align 4
  store <16 x float> %2109, ptr %276, align 4
  store <16 x float> %2110, ptr %333, align 4
  store <16 x float> %2115, ptr %280, align 4
  store <16 x float> %2116, ptr %334, align 4
  store <16 x float> %2121, ptr %284, align 4
  store <16 x float> %2122, ptr %335, align 4
  store <16 x float> %2127, ptr %288, align 4
  store <16 x float> %2128, ptr %336, align 4
  store <16 x float> %2133, ptr %292, align 4
  store <16 x float> %2134, ptr %337, align 4
  store <16 x float> %2139, ptr %296, align 4
  store <16 x float> %2140, ptr %338, align 4
  %2141 = load <16 x float>, ptr %300, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %acc40.02324.1 = phi <16 x float> [ %2141, %p7.exit ], [ %2153, %p7.body.1 ]
  %acc41.02323.1 = phi <16 x float> [ %2056, %p7.exit ], [ %2154, %p7.body.1 ]
  %acc42.02322.1 = phi <16 x float> [ %2057, %p7.exit ], [ %2159, %p7.body.1 ]
  %acc43.02321.1 = phi <16 x float> [ %2058, %p7.exit ], [ %2160, %p7.body.1 ]
  %acc44.02320.1 = phi <16 x float> [ %2059, %p7.exit ], [ %2165, %p7.body.1 ]
  %acc45.02319.1 = phi <16 x float> [ %2060, %p7.exit ], [ %2166, %p7.body.1 ]
  %acc46.02318.1 = phi <16 x float> [ %2061, %p7.exit ], [ %2171, %p7.body.1 ]
  %acc47.02317.1 = phi <16 x float> [ %2062, %p7.exit ], [ %2172, %p7.body.1 ]
  %acc48.02316.1 = phi <16 x float> [ %2063, %p7.exit ], [ %2177, %p7.body.1 ]
  %acc49.02315.1 = phi <16 x float> [ %2064, %p7.exit ], [ %2178, %p7.body.1 ]
  %acc50.02314.1 = phi <16 x float> [ %2065, %p7.exit ], [ %2183, %p7.body.1 ]
  %acc51.02313.1 = phi <16 x float> [ %2066, %p7.exit ], [ %2184, %p7.body.1 ]
  %acc52.02312.1 = phi <16 x float> [ %2067, %p7.exit ], [ %2189, %p7.body.1 ]
  %acc53.02311.1 = phi <16 x float> [ %2068, %p7.exit ], [ %2190, %p7.body.1 ]
  %acc54.02310.1 = phi <16 x float> [ %2069, %p7.exit ], [ %2195, %p7.body.1 ]
  %p7.addr.02309.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1, %p7.body.1 ]
  %acc55.02308.1 = phi <16 x float> [ %2070, %p7.exit ], [ %2196, %p7.body.1 ]
  %2142 = shl nuw nsw i64 %p7.addr.02309.1, 5
  %2143 = getelementptr inbounds float, ptr %OY, i64 %2142
  %2144 = load <16 x float>, ptr %2143, align 4
  %2145 = or disjoint i64 %2142, 16
  %2146 = getelementptr inbounds float, ptr %OY, i64 %2145
  %2147 = load <16 x float>, ptr %2146, align 4
  %2148 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02309.1
  %2149 = getelementptr inbounds i8, ptr %2148, i64 256
  %2150 = load float, ptr %2149, align 4
  %2151 = insertelement <16 x float> poison, float %2150, i64 0
  %2152 = shufflevector <16 x float> %2151, <16 x float> poison, <16 x i32> zeroinitializer
  %2153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2144, <16 x float> %acc40.02324.1)
  %2154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2147, <16 x float> %acc41.02323.1)
  %2155 = getelementptr inbounds i8, ptr %2148, i64 288
  %2156 = load float, ptr %2155, align 4
  %2157 = insertelement <16 x float> poison, float %2156, i64 0
  %2158 = shufflevector <16 x float> %2157, <16 x float> poison, <16 x i32> zeroinitializer
  %2159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2158, <16 x float> %2144, <16 x float> %acc42.02322.1)
  %2160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2158, <16 x float> %2147, <16 x float> %acc43.02321.1)
  %2161 = getelementptr inbounds i8, ptr %2148, i64 320
  %2162 = load float, ptr %2161, align 4
  %2163 = insertelement <16 x float> poison, float %2162, i64 0
  %2164 = shufflevector <16 x float> %2163, <16 x float> poison, <16 x i32> zeroinitializer
  %2165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2144, <16 x float> %acc44.02320.1)
  %2166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2147, <16 x float> %acc45.02319.1)
  %2167 = getelementptr inbounds i8, ptr %2148, i64 352
  %2168 = load float, ptr %2167, align 4
  %2169 = insertelement <16 x float> poison, float %2168, i64 0
  %2170 = shufflevector <16 x float> %2169, <16 x float> poison, <16 x i32> zeroinitializer
  %2171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2144, <16 x float> %acc46.02318.1)
  %2172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2147, <16 x float> %acc47.02317.1)
  %2173 = getelementptr inbounds i8, ptr %2148, i64 384
  %2174 = load float, ptr %2173, align 4
  %2175 = insertelement <16 x float> poison, float %2174, i64 0
  %2176 = shufflevector <16 x float> %2175, <16 x float> poison, <16 x i32> zeroinitializer
  %2177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2144, <16 x float> %acc48.02316.1)
  %2178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2147, <16 x float> %acc49.02315.1)
  %2179 = getelementptr inbounds i8, ptr %2148, i64 416
  %2180 = load float, ptr %2179, align 4
  %2181 = insertelement <16 x float> poison, float %2180, i64 0
  %2182 = shufflevector <16 x float> %2181, <16 x float> poison, <16 x i32> zeroinitializer
  %2183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2182, <16 x float> %2144, <16 x float> %acc50.02314.1)
  %2184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2182, <16 x float> %2147, <16 x float> %acc51.02313.1)
  %2185 = getelementptr inbounds i8, ptr %2148, i64 448
  %2186 = load float, ptr %2185, align 4
  %2187 = insertelement <16 x float> poison, float %2186, i64 0
  %2188 = shufflevector <16 x float> %2187, <16 x float> poison, <16 x i32> zeroinitializer
  %2189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2144, <16 x float> %acc52.02312.1)
  %2190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2147, <16 x float> %acc53.02311.1)
  %2191 = getelementptr inbounds i8, ptr %2148, i64 480
  %2192 = load float, ptr %2191, align 4
  %2193 = insertelement <16 x float> poison, float %2192, i64 0
  %2194 = shufflevector <16 x float> %2193, <16 x float> poison, <16 x i32> zeroinitializer
  %2195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2194, <16 x float> %2144, <16 x float> %acc54.02310.1)
  %2196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2194, <16 x float> %2147, <16 x float> %acc55.02308.1)
  %p7.next.1 = add nuw nsw i64 %p7.addr.02309.1, 1
  %exitcond2700.1.not = icmp eq i64 %p7.next.1, 8
  br i1 %exitcond2700.1.not, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  store <16 x float> %2153, ptr %300, align 4
  store <16 x float> %2154, ptr %339, align 4
  store <16 x float> %2159, ptr %304, align 4
  store <16 x float> %2160, ptr %340, align 4
  store <16 x float> %2165, ptr %308, align 4
  store <16 x float> %2166, ptr %341, align 4
  store <16 x float> %2171, ptr %312, align 4
  store <16 x float> %2172, ptr %342, align 4
  store <16 x float> %2177, ptr %316, align 4
  store <16 x float> %2178, ptr %343, align 4
  store <16 x float> %2183, ptr %320, align 4
  store <16 x float> %2184, ptr %344, align 4
  store <16 x float> %2189, ptr %324, align 4
  store <16 x float> %2190, ptr %345, align 4
  store <16 x float> %2195, ptr %328, align 4
  store <16 x float> %2196, ptr %346, align 4
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %p7.exit.1
  %p8.addr.02334 = phi i64 [ 0, %p7.exit.1 ], [ %p8.next.13368, %p8.body ]
  %acc63.02333 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2294, %p8.body ]
  %acc62.02332 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2288, %p8.body ]
  %acc61.02331 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2282, %p8.body ]
  %acc60.02330 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2276, %p8.body ]
  %acc59.02329 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2270, %p8.body ]
  %acc58.02328 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2264, %p8.body ]
  %acc57.02327 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2258, %p8.body ]
  %acc56.02326 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2252, %p8.body ]
  %.idx2182 = shl nuw nsw i64 %p8.addr.02334, 5
  %2197 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2182
  %2198 = load <8 x float>, ptr %2197, align 4
  %2199 = getelementptr inbounds float, ptr %Vn, i64 %p8.addr.02334
  %2200 = load float, ptr %2199, align 4
  %2201 = insertelement <8 x float> poison, float %2200, i64 0
  %2202 = shufflevector <8 x float> %2201, <8 x float> poison, <8 x i32> zeroinitializer
  %2203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2202, <8 x float> %2198, <8 x float> %acc56.02326)
  %2204 = or disjoint i64 %p8.addr.02334, 32
  %2205 = getelementptr inbounds float, ptr %Vn, i64 %2204
  %2206 = load float, ptr %2205, align 4
  %2207 = insertelement <8 x float> poison, float %2206, i64 0
  %2208 = shufflevector <8 x float> %2207, <8 x float> poison, <8 x i32> zeroinitializer
  %2209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2208, <8 x float> %2198, <8 x float> %acc57.02327)
  %2210 = or disjoint i64 %p8.addr.02334, 64
  %2211 = getelementptr inbounds float, ptr %Vn, i64 %2210
  %2212 = load float, ptr %2211, align 4
  %2213 = insertelement <8 x float> poison, float %2212, i64 0
  %2214 = shufflevector <8 x float> %2213, <8 x float> poison, <8 x i32> zeroinitializer
  %2215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2214, <8 x float> %2198, <8 x float> %acc58.02328)
  %2216 = or disjoint i64 %p8.addr.02334, 96
  %2217 = getelementptr inbounds float, ptr %Vn, i64 %2216
  %2218 = load float, ptr %2217, align 4
  %2219 = insertelement <8 x float> poison, float %2218, i64 0
  %2220 = shufflevector <8 x float> %2219, <8 x float> poison, <8 x i32> zeroinitializer
  %2221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2220, <8 x float> %2198, <8 x float> %acc59.02329)
  %2222 = or disjoint i64 %p8.addr.02334, 128
  %2223 = getelementptr inbounds float, ptr %Vn, i64 %2222
  %2224 = load float, ptr %2223, align 4
  %2225 = insertelement <8 x float> poison, float %2224, i64 0
  %2226 = shufflevector <8 x float> %2225, <8 x float> poison, <8 x i32> zeroinitializer
  %2227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2226, <8 x float> %2198, <8 x float> %acc60.02330)
  %2228 = or disjoint i64 %p8.addr.02334, 160
  %2229 = getelementptr inbounds float, ptr %Vn, i64 %2228
  %2230 = load float, ptr %2229, align 4
  %2231 = insertelement <8 x float> poison, float %2230, i64 0
  %2232 = shufflevector <8 x float> %2231, <8 x float> poison, <8 x i32> zeroinitializer
  %2233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2232, <8 x float> %2198, <8 x float> %acc61.02331)
  %2234 = or disjoint i64 %p8.addr.02334, 192
  %2235 = getelementptr inbounds float, ptr %Vn, i64 %2234
  %2236 = load float, ptr %2235, align 4
  %2237 = insertelement <8 x float> poison, float %2236, i64 0
  %2238 = shufflevector <8 x float> %2237, <8 x float> poison, <8 x i32> zeroinitializer
  %2239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2238, <8 x float> %2198, <8 x float> %acc62.02332)
  %2240 = or disjoint i64 %p8.addr.02334, 224
  %2241 = getelementptr inbounds float, ptr %Vn, i64 %2240
  %2242 = load float, ptr %2241, align 4
  %2243 = insertelement <8 x float> poison, float %2242, i64 0
  %2244 = shufflevector <8 x float> %2243, <8 x float> poison, <8 x i32> zeroinitializer
  %2245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2244, <8 x float> %2198, <8 x float> %acc63.02333)
  %p8.next = or disjoint i64 %p8.addr.02334, 1
  %.idx2182.13367 = shl nuw nsw i64 %p8.next, 5
  %2246 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2182.13367
  %2247 = load <8 x float>, ptr %2246, align 4
  %2248 = getelementptr inbounds float, ptr %Vn, i64 %p8.next
  %2249 = load float, ptr %2248, align 4
  %2250 = insertelement <8 x float> poison, float %2249, i64 0
  %2251 = shufflevector <8 x float> %2250, <8 x float> poison, <8 x i32> zeroinitializer
  %2252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2251, <8 x float> %2247, <8 x float> %2203)
  %2253 = or i64 %p8.addr.02334, 33
  %2254 = getelementptr inbounds float, ptr %Vn, i64 %2253
  %2255 = load float, ptr %2254, align 4
  %2256 = insertelement <8 x float> poison, float %2255, i64 0
  %2257 = shufflevector <8 x float> %2256, <8 x float> poison, <8 x i32> zeroinitializer
  %2258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2257, <8 x float> %2247, <8 x float> %2209)
  %2259 = or i64 %p8.addr.02334, 65
  %2260 = getelementptr inbounds float, ptr %Vn, i64 %2259
  %2261 = load float, ptr %2260, align 4
  %2262 = insertelement <8 x float> poison, float %2261, i64 0
  %2263 = shufflevector <8 x float> %2262, <8 x float> poison, <8 x i32> zeroinitializer
  %2264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2263, <8 x float> %2247, <8 x float> %2215)
  %2265 = or i64 %p8.addr.02334, 97
  %2266 = getelementptr inbounds float, ptr %Vn, i64 %2265
  %2267 = load float, ptr %2266, align 4
  %2268 = insertelement <8 x float> poison, float %2267, i64 0
  %2269 = shufflevector <8 x float> %2268, <8 x float> poison, <8 x i32> zeroinitializer
  %2270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2269, <8 x float> %2247, <8 x float> %2221)
  %2271 = or i64 %p8.addr.02334, 129
  %2272 = getelementptr inbounds float, ptr %Vn, i64 %2271
  %2273 = load float, ptr %2272, align 4
  %2274 = insertelement <8 x float> poison, float %2273, i64 0
  %2275 = shufflevector <8 x float> %2274, <8 x float> poison, <8 x i32> zeroinitializer
  %2276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2275, <8 x float> %2247, <8 x float> %2227)
  %2277 = or i64 %p8.addr.02334, 161
  %2278 = getelementptr inbounds float, ptr %Vn, i64 %2277
  %2279 = load float, ptr %2278, align 4
  %2280 = insertelement <8 x float> poison, float %2279, i64 0
  %2281 = shufflevector <8 x float> %2280, <8 x float> poison, <8 x i32> zeroinitializer
  %2282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2281, <8 x float> %2247, <8 x float> %2233)
  %2283 = or i64 %p8.addr.02334, 193
  %2284 = getelementptr inbounds float, ptr %Vn, i64 %2283
  %2285 = load float, ptr %2284, align 4
  %2286 = insertelement <8 x float> poison, float %2285, i64 0
  %2287 = shufflevector <8 x float> %2286, <8 x float> poison, <8 x i32> zeroinitializer
  %2288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2287, <8 x float> %2247, <8 x float> %2239)
  %2289 = or i64 %p8.addr.02334, 225
  %2290 = getelementptr inbounds float, ptr %Vn, i64 %2289
  %2291 = load float, ptr %2290, align 4
  %2292 = insertelement <8 x float> poison, float %2291, i64 0
  %2293 = shufflevector <8 x float> %2292, <8 x float> poison, <8 x i32> zeroinitializer
  %2294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2293, <8 x float> %2247, <8 x float> %2245)
  %p8.next.13368 = add nuw nsw i64 %p8.addr.02334, 2
  %exitcond2701.not.1 = icmp eq i64 %p8.next.13368, 32
  br i1 %exitcond2701.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <8 x float> %2252, ptr %347, align 4
  store <8 x float> %2258, ptr %348, align 4
  store <8 x float> %2264, ptr %349, align 4
  store <8 x float> %2270, ptr %350, align 4
  store <8 x float> %2276, ptr %351, align 4
  store <8 x float> %2282, ptr %352, align 4
  store <8 x float> %2288, ptr %353, align 4
  store <8 x float> %2294, ptr %354, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.02334.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %acc63.02333.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2394, %p8.body.1 ]
  %acc62.02332.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2388, %p8.body.1 ]
  %acc61.02331.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2382, %p8.body.1 ]
  %acc60.02330.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2376, %p8.body.1 ]
  %acc59.02329.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2370, %p8.body.1 ]
  %acc58.02328.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2364, %p8.body.1 ]
  %acc57.02327.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2358, %p8.body.1 ]
  %acc56.02326.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2352, %p8.body.1 ]
  %.idx2182.1 = shl nuw nsw i64 %p8.addr.02334.1, 5
  %2295 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2182.1
  %2296 = load <8 x float>, ptr %2295, align 4
  %2297 = add nuw nsw i64 %p8.addr.02334.1, 256
  %2298 = getelementptr inbounds float, ptr %Vn, i64 %2297
  %2299 = load float, ptr %2298, align 4
  %2300 = insertelement <8 x float> poison, float %2299, i64 0
  %2301 = shufflevector <8 x float> %2300, <8 x float> poison, <8 x i32> zeroinitializer
  %2302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2301, <8 x float> %2296, <8 x float> %acc56.02326.1)
  %2303 = or disjoint i64 %2297, 32
  %2304 = getelementptr inbounds float, ptr %Vn, i64 %2303
  %2305 = load float, ptr %2304, align 4
  %2306 = insertelement <8 x float> poison, float %2305, i64 0
  %2307 = shufflevector <8 x float> %2306, <8 x float> poison, <8 x i32> zeroinitializer
  %2308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2307, <8 x float> %2296, <8 x float> %acc57.02327.1)
  %2309 = or disjoint i64 %2297, 64
  %2310 = getelementptr inbounds float, ptr %Vn, i64 %2309
  %2311 = load float, ptr %2310, align 4
  %2312 = insertelement <8 x float> poison, float %2311, i64 0
  %2313 = shufflevector <8 x float> %2312, <8 x float> poison, <8 x i32> zeroinitializer
  %2314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2313, <8 x float> %2296, <8 x float> %acc58.02328.1)
  %2315 = or disjoint i64 %2297, 96
  %2316 = getelementptr inbounds float, ptr %Vn, i64 %2315
  %2317 = load float, ptr %2316, align 4
  %2318 = insertelement <8 x float> poison, float %2317, i64 0
  %2319 = shufflevector <8 x float> %2318, <8 x float> poison, <8 x i32> zeroinitializer
  %2320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2319, <8 x float> %2296, <8 x float> %acc59.02329.1)
  %2321 = or disjoint i64 %2297, 128
  %2322 = getelementptr inbounds float, ptr %Vn, i64 %2321
  %2323 = load float, ptr %2322, align 4
  %2324 = insertelement <8 x float> poison, float %2323, i64 0
  %2325 = shufflevector <8 x float> %2324, <8 x float> poison, <8 x i32> zeroinitializer
  %2326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2325, <8 x float> %2296, <8 x float> %acc60.02330.1)
  %2327 = or disjoint i64 %2297, 160
  %2328 = getelementptr inbounds float, ptr %Vn, i64 %2327
  %2329 = load float, ptr %2328, align 4
  %2330 = insertelement <8 x float> poison, float %2329, i64 0
  %2331 = shufflevector <8 x float> %2330, <8 x float> poison, <8 x i32> zeroinitializer
  %2332 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2331, <8 x float> %2296, <8 x float> %acc61.02331.1)
  %2333 = or disjoint i64 %2297, 192
  %2334 = getelementptr inbounds float, ptr %Vn, i64 %2333
  %2335 = load float, ptr %2334, align 4
  %2336 = insertelement <8 x float> poison, float %2335, i64 0
  %2337 = shufflevector <8 x float> %2336, <8 x float> poison, <8 x i32> zeroinitializer
  %2338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2337, <8 x float> %2296, <8 x float> %acc62.02332.1)
  %2339 = or disjoint i64 %2297, 224
  %2340 = getelementptr inbounds float, ptr %Vn, i64 %2339
  %2341 = load float, ptr %2340, align 4
  %2342 = insertelement <8 x float> poison, float %2341, i64 0
  %2343 = shufflevector <8 x float> %2342, <8 x float> poison, <8 x i32> zeroinitializer
  %2344 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2343, <8 x float> %2296, <8 x float> %acc63.02333.1)
  %p8.next.1 = shl i64 %p8.addr.02334.1, 5
  %.idx2182.1.1 = or disjoint i64 %p8.next.1, 32
  %2345 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2182.1.1
  %2346 = load <8 x float>, ptr %2345, align 4
  %2347 = add nuw nsw i64 %p8.addr.02334.1, 257
  %2348 = getelementptr inbounds float, ptr %Vn, i64 %2347
  %2349 = load float, ptr %2348, align 4
  %2350 = insertelement <8 x float> poison, float %2349, i64 0
  %2351 = shufflevector <8 x float> %2350, <8 x float> poison, <8 x i32> zeroinitializer
  %2352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2351, <8 x float> %2346, <8 x float> %2302)
  %2353 = or disjoint i64 %2347, 32
  %2354 = getelementptr inbounds float, ptr %Vn, i64 %2353
  %2355 = load float, ptr %2354, align 4
  %2356 = insertelement <8 x float> poison, float %2355, i64 0
  %2357 = shufflevector <8 x float> %2356, <8 x float> poison, <8 x i32> zeroinitializer
  %2358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2357, <8 x float> %2346, <8 x float> %2308)
  %2359 = or disjoint i64 %2347, 64
  %2360 = getelementptr inbounds float, ptr %Vn, i64 %2359
  %2361 = load float, ptr %2360, align 4
  %2362 = insertelement <8 x float> poison, float %2361, i64 0
  %2363 = shufflevector <8 x float> %2362, <8 x float> poison, <8 x i32> zeroinitializer
  %2364 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2363, <8 x float> %2346, <8 x float> %2314)
  %2365 = or disjoint i64 %2347, 96
  %2366 = getelementptr inbounds float, ptr %Vn, i64 %2365
  %2367 = load float, ptr %2366, align 4
  %2368 = insertelement <8 x float> poison, float %2367, i64 0
  %2369 = shufflevector <8 x float> %2368, <8 x float> poison, <8 x i32> zeroinitializer
  %2370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2369, <8 x float> %2346, <8 x float> %2320)
  %2371 = or disjoint i64 %2347, 128
  %2372 = getelementptr inbounds float, ptr %Vn, i64 %2371
  %2373 = load float, ptr %2372, align 4
  %2374 = insertelement <8 x float> poison, float %2373, i64 0
  %2375 = shufflevector <8 x float> %2374, <8 x float> poison, <8 x i32> zeroinitializer
  %2376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2375, <8 x float> %2346, <8 x float> %2326)
  %2377 = or disjoint i64 %2347, 160
  %2378 = getelementptr inbounds float, ptr %Vn, i64 %2377
  %2379 = load float, ptr %2378, align 4
  %2380 = insertelement <8 x float> poison, float %2379, i64 0
  %2381 = shufflevector <8 x float> %2380, <8 x float> poison, <8 x i32> zeroinitializer
  %2382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2381, <8 x float> %2346, <8 x float> %2332)
  %2383 = or disjoint i64 %2347, 192
  %2384 = getelementptr inbounds float, ptr %Vn, i64 %2383
  %2385 = load float, ptr %2384, align 4
  %2386 = insertelement <8 x float> poison, float %2385, i64 0
  %2387 = shufflevector <8 x float> %2386, <8 x float> poison, <8 x i32> zeroinitializer
  %2388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2387, <8 x float> %2346, <8 x float> %2338)
  %2389 = or disjoint i64 %2347, 224
  %2390 = getelementptr inbounds float, ptr %Vn, i64 %2389
  %2391 = load float, ptr %2390, align 4
  %2392 = insertelement <8 x float> poison, float %2391, i64 0
  %2393 = shufflevector <8 x float> %2392, <8 x float> poison, <8 x i32> zeroinitializer
  %2394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2393, <8 x float> %2346, <8 x float> %2344)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.02334.1, 2
  %exitcond2701.1.not.1 = icmp eq i64 %p8.next.1.1, 32
  br i1 %exitcond2701.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %2395 = load <8 x float>, ptr %M, align 4
  %2396 = fmul <8 x float> %2252, %2395
  store <8 x float> %2396, ptr %347, align 4
  %2397 = fmul <8 x float> %2258, %2395
  store <8 x float> %2397, ptr %348, align 4
  %2398 = load <8 x float>, ptr %38, align 4
  %2399 = fmul <8 x float> %2264, %2398
  store <8 x float> %2399, ptr %357, align 4
  %2400 = fmul <8 x float> %2270, %2398
  store <8 x float> %2400, ptr %358, align 4
  %2401 = load <8 x float>, ptr %39, align 4
  %2402 = fmul <8 x float> %2276, %2401
  store <8 x float> %2402, ptr %359, align 4
  %2403 = fmul <8 x float> %2282, %2401
  store <8 x float> %2403, ptr %360, align 4
  %2404 = load <8 x float>, ptr %40, align 4
  %2405 = fmul <8 x float> %2288, %2404
  store <8 x float> %2405, ptr %361, align 4
  %2406 = fmul <8 x float> %2294, %2404
  store <8 x float> %2406, ptr %362, align 4
  %2407 = load <8 x float>, ptr %41, align 4
  %2408 = fmul <8 x float> %2352, %2407
  store <8 x float> %2408, ptr %355, align 4
  %2409 = fmul <8 x float> %2358, %2407
  store <8 x float> %2409, ptr %356, align 4
  %2410 = load <8 x float>, ptr %43, align 4
  %2411 = fmul <8 x float> %2364, %2410
  store <8 x float> %2411, ptr %363, align 4
  %2412 = fmul <8 x float> %2370, %2410
  store <8 x float> %2412, ptr %364, align 4
  %2413 = load <8 x float>, ptr %46, align 4
  %2414 = fmul <8 x float> %2376, %2413
  store <8 x float> %2414, ptr %365, align 4
  %2415 = fmul <8 x float> %2382, %2413
  store <8 x float> %2415, ptr %366, align 4
  %2416 = load <8 x float>, ptr %48, align 4
  %2417 = fmul <8 x float> %2388, %2416
  store <8 x float> %2417, ptr %367, align 4
  %2418 = fmul <8 x float> %2394, %2416
  store <8 x float> %2418, ptr %368, align 4
  br label %p9.body

p9.body:                                          ; preds = %p8.exit.1, %p9.body
  %p9.addr.02353 = phi i64 [ %p9.next, %p9.body ], [ 0, %p8.exit.1 ]
  %acc79.02352 = phi <16 x float> [ %2480, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc78.02351 = phi <16 x float> [ %2479, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc77.02350 = phi <16 x float> [ %2473, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc76.02349 = phi <16 x float> [ %2472, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc75.02348 = phi <16 x float> [ %2466, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc74.02347 = phi <16 x float> [ %2465, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc73.02346 = phi <16 x float> [ %2459, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc72.02345 = phi <16 x float> [ %2458, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc71.02344 = phi <16 x float> [ %2452, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc70.02343 = phi <16 x float> [ %2451, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc69.02342 = phi <16 x float> [ %2445, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc68.02341 = phi <16 x float> [ %2444, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc67.02340 = phi <16 x float> [ %2438, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc66.02339 = phi <16 x float> [ %2437, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc65.02338 = phi <16 x float> [ %2431, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc64.02337 = phi <16 x float> [ %2430, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %2419 = shl nuw nsw i64 %p9.addr.02353, 5
  %2420 = or disjoint i64 %2419, 1024
  %2421 = getelementptr inbounds float, ptr %Bk, i64 %2420
  %2422 = load <16 x float>, ptr %2421, align 4
  %2423 = or disjoint i64 %2419, 1040
  %2424 = getelementptr inbounds float, ptr %Bk, i64 %2423
  %2425 = load <16 x float>, ptr %2424, align 4
  %2426 = getelementptr inbounds float, ptr %OY, i64 %p9.addr.02353
  %2427 = load float, ptr %2426, align 4
  %2428 = insertelement <16 x float> poison, float %2427, i64 0
  %2429 = shufflevector <16 x float> %2428, <16 x float> poison, <16 x i32> zeroinitializer
  %2430 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2429, <16 x float> %2422, <16 x float> %acc64.02337)
  %2431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2429, <16 x float> %2425, <16 x float> %acc65.02338)
  %2432 = or disjoint i64 %p9.addr.02353, 32
  %2433 = getelementptr inbounds float, ptr %OY, i64 %2432
  %2434 = load float, ptr %2433, align 4
  %2435 = insertelement <16 x float> poison, float %2434, i64 0
  %2436 = shufflevector <16 x float> %2435, <16 x float> poison, <16 x i32> zeroinitializer
  %2437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2436, <16 x float> %2422, <16 x float> %acc66.02339)
  %2438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2436, <16 x float> %2425, <16 x float> %acc67.02340)
  %2439 = or disjoint i64 %p9.addr.02353, 64
  %2440 = getelementptr inbounds float, ptr %OY, i64 %2439
  %2441 = load float, ptr %2440, align 4
  %2442 = insertelement <16 x float> poison, float %2441, i64 0
  %2443 = shufflevector <16 x float> %2442, <16 x float> poison, <16 x i32> zeroinitializer
  %2444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2422, <16 x float> %acc68.02341)
  %2445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2425, <16 x float> %acc69.02342)
  %2446 = or disjoint i64 %p9.addr.02353, 96
  %2447 = getelementptr inbounds float, ptr %OY, i64 %2446
  %2448 = load float, ptr %2447, align 4
  %2449 = insertelement <16 x float> poison, float %2448, i64 0
  %2450 = shufflevector <16 x float> %2449, <16 x float> poison, <16 x i32> zeroinitializer
  %2451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2422, <16 x float> %acc70.02343)
  %2452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2425, <16 x float> %acc71.02344)
  %2453 = or disjoint i64 %p9.addr.02353, 128
  %2454 = getelementptr inbounds float, ptr %OY, i64 %2453
  %2455 = load float, ptr %2454, align 4
  %2456 = insertelement <16 x float> poison, float %2455, i64 0
  %2457 = shufflevector <16 x float> %2456, <16 x float> poison, <16 x i32> zeroinitializer
  %2458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2457, <16 x float> %2422, <16 x float> %acc72.02345)
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2457, <16 x float> %2425, <16 x float> %acc73.02346)
  %2460 = or disjoint i64 %p9.addr.02353, 160
  %2461 = getelementptr inbounds float, ptr %OY, i64 %2460
  %2462 = load float, ptr %2461, align 4
  %2463 = insertelement <16 x float> poison, float %2462, i64 0
  %2464 = shufflevector <16 x float> %2463, <16 x float> poison, <16 x i32> zeroinitializer
  %2465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2422, <16 x float> %acc74.02347)
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2425, <16 x float> %acc75.02348)
  %2467 = or disjoint i64 %p9.addr.02353, 192
  %2468 = getelementptr inbounds float, ptr %OY, i64 %2467
  %2469 = load float, ptr %2468, align 4
  %2470 = insertelement <16 x float> poison, float %2469, i64 0
  %2471 = shufflevector <16 x float> %2470, <16 x float> poison, <16 x i32> zeroinitializer
  %2472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2422, <16 x float> %acc76.02349)
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2425, <16 x float> %acc77.02350)
  %2474 = or disjoint i64 %p9.addr.02353, 224
  %2475 = getelementptr inbounds float, ptr %OY, i64 %2474
  %2476 = load float, ptr %2475, align 4
  %2477 = insertelement <16 x float> poison, float %2476, i64 0
  %2478 = shufflevector <16 x float> %2477, <16 x float> poison, <16 x i32> zeroinitializer
  %2479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2422, <16 x float> %acc78.02351)
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2425, <16 x float> %acc79.02352)
  %p9.next = add nuw nsw i64 %p9.addr.02353, 1
  %exitcond2703.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2703.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2430, ptr %dQc, align 4
  store <16 x float> %2431, ptr %4, align 4
  store <16 x float> %2437, ptr %5, align 4
  store <16 x float> %2438, ptr %6, align 4
  store <16 x float> %2444, ptr %7, align 4
  store <16 x float> %2445, ptr %8, align 4
  store <16 x float> %2451, ptr %9, align 4
  store <16 x float> %2452, ptr %10, align 4
  store <16 x float> %2458, ptr %11, align 4
  store <16 x float> %2459, ptr %12, align 4
  store <16 x float> %2465, ptr %13, align 4
  store <16 x float> %2466, ptr %14, align 4
  store <16 x float> %2472, ptr %15, align 4
  store <16 x float> %2473, ptr %16, align 4
  store <16 x float> %2479, ptr %17, align 4
  store <16 x float> %2480, ptr %18, align 4
  br label %p10.body

p10.body:                                         ; preds = %p9.exit, %p10.body
  %p10.addr.02370 = phi i64 [ 0, %p9.exit ], [ %p10.next, %p10.body ]
  %acc95.02369 = phi <16 x float> [ %2480, %p9.exit ], [ %2534, %p10.body ]
  %acc94.02368 = phi <16 x float> [ %2479, %p9.exit ], [ %2533, %p10.body ]
  %acc93.02367 = phi <16 x float> [ %2473, %p9.exit ], [ %2528, %p10.body ]
  %acc92.02366 = phi <16 x float> [ %2472, %p9.exit ], [ %2527, %p10.body ]
  %acc91.02365 = phi <16 x float> [ %2466, %p9.exit ], [ %2522, %p10.body ]
  %acc90.02364 = phi <16 x float> [ %2465, %p9.exit ], [ %2521, %p10.body ]
  %acc89.02363 = phi <16 x float> [ %2459, %p9.exit ], [ %2516, %p10.body ]
  %acc88.02362 = phi <16 x float> [ %2458, %p9.exit ], [ %2515, %p10.body ]
  %acc87.02361 = phi <16 x float> [ %2452, %p9.exit ], [ %2510, %p10.body ]
  %acc86.02360 = phi <16 x float> [ %2451, %p9.exit ], [ %2509, %p10.body ]
  %acc85.02359 = phi <16 x float> [ %2445, %p9.exit ], [ %2504, %p10.body ]
  %acc84.02358 = phi <16 x float> [ %2444, %p9.exit ], [ %2503, %p10.body ]
  %acc83.02357 = phi <16 x float> [ %2438, %p9.exit ], [ %2498, %p10.body ]
  %acc82.02356 = phi <16 x float> [ %2437, %p9.exit ], [ %2497, %p10.body ]
  %acc81.02355 = phi <16 x float> [ %2431, %p9.exit ], [ %2492, %p10.body ]
  %acc80.02354 = phi <16 x float> [ %2430, %p9.exit ], [ %2491, %p10.body ]
  %.idx2204 = shl nuw nsw i64 %p10.addr.02370, 7
  %2481 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2204
  %2482 = getelementptr inbounds i8, ptr %2481, i64 9216
  %2483 = load <16 x float>, ptr %2482, align 4
  %2484 = getelementptr inbounds i8, ptr %2481, i64 9280
  %2485 = load <16 x float>, ptr %2484, align 4
  %.idx2205 = mul nuw nsw i64 %p10.addr.02370, 352
  %2486 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2205
  %2487 = getelementptr inbounds i8, ptr %2486, i64 256
  %2488 = load float, ptr %2487, align 4
  %2489 = insertelement <16 x float> poison, float %2488, i64 0
  %2490 = shufflevector <16 x float> %2489, <16 x float> poison, <16 x i32> zeroinitializer
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2483, <16 x float> %acc80.02354)
  %2492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2485, <16 x float> %acc81.02355)
  %2493 = getelementptr inbounds i8, ptr %2486, i64 260
  %2494 = load float, ptr %2493, align 4
  %2495 = insertelement <16 x float> poison, float %2494, i64 0
  %2496 = shufflevector <16 x float> %2495, <16 x float> poison, <16 x i32> zeroinitializer
  %2497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2483, <16 x float> %acc82.02356)
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2485, <16 x float> %acc83.02357)
  %2499 = getelementptr inbounds i8, ptr %2486, i64 264
  %2500 = load float, ptr %2499, align 4
  %2501 = insertelement <16 x float> poison, float %2500, i64 0
  %2502 = shufflevector <16 x float> %2501, <16 x float> poison, <16 x i32> zeroinitializer
  %2503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2502, <16 x float> %2483, <16 x float> %acc84.02358)
  %2504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2502, <16 x float> %2485, <16 x float> %acc85.02359)
  %2505 = getelementptr inbounds i8, ptr %2486, i64 268
  %2506 = load float, ptr %2505, align 4
  %2507 = insertelement <16 x float> poison, float %2506, i64 0
  %2508 = shufflevector <16 x float> %2507, <16 x float> poison, <16 x i32> zeroinitializer
  %2509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2508, <16 x float> %2483, <16 x float> %acc86.02360)
  %2510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2508, <16 x float> %2485, <16 x float> %acc87.02361)
  %2511 = getelementptr inbounds i8, ptr %2486, i64 272
  %2512 = load float, ptr %2511, align 4
  %2513 = insertelement <16 x float> poison, float %2512, i64 0
  %2514 = shufflevector <16 x float> %2513, <16 x float> poison, <16 x i32> zeroinitializer
  %2515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2483, <16 x float> %acc88.02362)
  %2516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2485, <16 x float> %acc89.02363)
  %2517 = getelementptr inbounds i8, ptr %2486, i64 276
  %2518 = load float, ptr %2517, align 4
  %2519 = insertelement <16 x float> poison, float %2518, i64 0
  %2520 = shufflevector <16 x float> %2519, <16 x float> poison, <16 x i32> zeroinitializer
  %2521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2520, <16 x float> %2483, <16 x float> %acc90.02364)
  %2522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2520, <16 x float> %2485, <16 x float> %acc91.02365)
  %2523 = getelementptr inbounds i8, ptr %2486, i64 280
  %2524 = load float, ptr %2523, align 4
  %2525 = insertelement <16 x float> poison, float %2524, i64 0
  %2526 = shufflevector <16 x float> %2525, <16 x float> poison, <16 x i32> zeroinitializer
  %2527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2526, <16 x float> %2483, <16 x float> %acc92.02366)
  %2528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2526, <16 x float> %2485, <16 x float> %acc93.02367)
  %2529 = getelementptr inbounds i8, ptr %2486, i64 284
  %2530 = load float, ptr %2529, align 4
  %2531 = insertelement <16 x float> poison, float %2530, i64 0
  %2532 = shufflevector <16 x float> %2531, <16 x float> poison, <16 x i32> zeroinitializer
  %2533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2532, <16 x float> %2483, <16 x float> %acc94.02368)
  %2534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2532, <16 x float> %2485, <16 x float> %acc95.02369)
  %p10.next = add nuw nsw i64 %p10.addr.02370, 1
  %exitcond2704.not = icmp eq i64 %p10.next, 16
  br i1 %exitcond2704.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %L = tail call i64 @llvm.smin.i64(i64 %437, i64 8)
  %2535 = icmp sgt i64 %437, 0
  br i1 %2535, label %endif1087, label %endif1143

endif1087:                                        ; preds = %p10.exit
  %2536 = fmul <16 x float> %2491, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2537 = mul nsw i64 %t0, %sq
  %2538 = getelementptr inbounds float, ptr %qh1, i64 %2537
  store <16 x float> %2536, ptr %2538, align 4
  %2539 = fmul <16 x float> %2492, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2540 = or disjoint i64 %2537, 16
  %2541 = getelementptr inbounds float, ptr %qh1, i64 %2540
  store <16 x float> %2539, ptr %2541, align 4
  %.not2195 = icmp eq i64 %437, 1
  br i1 %.not2195, label %endif1143, label %endif1095

endif1095:                                        ; preds = %endif1087
  %2542 = fmul <16 x float> %2497, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2543 = or disjoint i64 %t0, 1
  %2544 = mul nsw i64 %2543, %sq
  %2545 = getelementptr inbounds float, ptr %qh1, i64 %2544
  store <16 x float> %2542, ptr %2545, align 4
  %2546 = fmul <16 x float> %2498, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2547 = or disjoint i64 %2544, 16
  %2548 = getelementptr inbounds float, ptr %qh1, i64 %2547
  store <16 x float> %2546, ptr %2548, align 4
  %2549 = icmp ugt i64 %437, 2
  br i1 %2549, label %endif1103, label %endif1143

endif1103:                                        ; preds = %endif1095
  %2550 = fmul <16 x float> %2503, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2551 = or disjoint i64 %t0, 2
  %2552 = mul nsw i64 %2551, %sq
  %2553 = getelementptr inbounds float, ptr %qh1, i64 %2552
  store <16 x float> %2550, ptr %2553, align 4
  %2554 = fmul <16 x float> %2504, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2555 = or disjoint i64 %2552, 16
  %2556 = getelementptr inbounds float, ptr %qh1, i64 %2555
  store <16 x float> %2554, ptr %2556, align 4
  %.not2196 = icmp eq i64 %437, 3
  br i1 %.not2196, label %endif1143, label %endif1111

endif1111:                                        ; preds = %endif1103
  %2557 = fmul <16 x float> %2509, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2558 = or disjoint i64 %t0, 3
  %2559 = mul nsw i64 %2558, %sq
  %2560 = getelementptr inbounds float, ptr %qh1, i64 %2559
  store <16 x float> %2557, ptr %2560, align 4
  %2561 = fmul <16 x float> %2510, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2562 = or disjoint i64 %2559, 16
  %2563 = getelementptr inbounds float, ptr %qh1, i64 %2562
  store <16 x float> %2561, ptr %2563, align 4
  %2564 = icmp ugt i64 %437, 4
  br i1 %2564, label %endif1119, label %endif1143

endif1119:                                        ; preds = %endif1111
  %2565 = fmul <16 x float> %2515, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2566 = or disjoint i64 %t0, 4
  %2567 = mul nsw i64 %2566, %sq
  %2568 = getelementptr inbounds float, ptr %qh1, i64 %2567
  store <16 x float> %2565, ptr %2568, align 4
  %2569 = fmul <16 x float> %2516, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2570 = or disjoint i64 %2567, 16
  %2571 = getelementptr inbounds float, ptr %qh1, i64 %2570
  store <16 x float> %2569, ptr %2571, align 4
  %.not2197 = icmp eq i64 %437, 5
  br i1 %.not2197, label %endif1143, label %endif1127

endif1127:                                        ; preds = %endif1119
  %2572 = fmul <16 x float> %2521, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2573 = or disjoint i64 %t0, 5
  %2574 = mul nsw i64 %2573, %sq
  %2575 = getelementptr inbounds float, ptr %qh1, i64 %2574
  store <16 x float> %2572, ptr %2575, align 4
  %2576 = fmul <16 x float> %2522, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2577 = or disjoint i64 %2574, 16
  %2578 = getelementptr inbounds float, ptr %qh1, i64 %2577
  store <16 x float> %2576, ptr %2578, align 4
  %2579 = icmp ugt i64 %437, 6
  br i1 %2579, label %endif1135, label %endif1143

endif1135:                                        ; preds = %endif1127
  %2580 = fmul <16 x float> %2527, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2581 = or disjoint i64 %t0, 6
  %2582 = mul nsw i64 %2581, %sq
  %2583 = getelementptr inbounds float, ptr %qh1, i64 %2582
  store <16 x float> %2580, ptr %2583, align 4
  %2584 = fmul <16 x float> %2528, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2585 = or disjoint i64 %2582, 16
  %2586 = getelementptr inbounds float, ptr %qh1, i64 %2585
  store <16 x float> %2584, ptr %2586, align 4
  %.not2198 = icmp eq i64 %437, 7
  br i1 %.not2198, label %endif1143, label %then1137

then1137:                                         ; preds = %endif1135
  %2587 = fmul <16 x float> %2533, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2588 = or disjoint i64 %t0, 7
  %2589 = mul nsw i64 %2588, %sq
  %2590 = getelementptr inbounds float, ptr %qh1, i64 %2589
  store <16 x float> %2587, ptr %2590, align 4
  %2591 = fmul <16 x float> %2534, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2592 = or disjoint i64 %2589, 16
  %2593 = getelementptr inbounds float, ptr %qh1, i64 %2592
  store <16 x float> %2591, ptr %2593, align 4
  br label %endif1143

endif1143:                                        ; preds = %p10.exit, %endif1087, %endif1095, %endif1103, %endif1111, %endif1119, %endif1127, %endif1135, %then1137
  store <16 x float> zeroinitializer, ptr %dbet, align 4
  br label %ib1.body

t4.head.preheader:                                ; preds = %j30.exit
  br i1 %2535, label %t4.body.preheader, label %i48.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2594 = getelementptr i8, ptr %dv, i64 %431
  %2595 = getelementptr i8, ptr %dv, i64 %432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2595, ptr noundef nonnull align 4 dereferenceable(128) %invariant.gep2951, i64 128, i1 false)
  %tau2 = shl nsw i64 %ci, 4
  %2596 = load float, ptr %dbet, align 4
  %2597 = mul nsw i64 %tau2, %H
  %2598 = getelementptr inbounds float, ptr %betah1, i64 %2597
  store float %2596, ptr %2598, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2594, ptr noundef nonnull align 4 dereferenceable(128) %invariant.gep2949, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2599 = load float, ptr %385, align 4
  %2600 = mul nsw i64 %tau3, %H
  %2601 = getelementptr inbounds float, ptr %betah1, i64 %2600
  store float %2599, ptr %2601, align 4
  %exitcond2712.not = icmp slt i64 %indvars.iv2710, 2
  br i1 %exitcond2712.not, label %i48.body.preheader, label %t4.body.1

ib1.body:                                         ; preds = %endif1143, %j30.exit
  %ib1.addr.02388 = phi i64 [ 0, %endif1143 ], [ %ib1.next, %j30.exit ]
  %2602 = shl nuw nsw i64 %ib1.addr.02388, 2
  %i01 = sub nuw nsw i64 12, %2602
  %2603 = shl nuw nsw i64 %i01, 5
  %2604 = getelementptr inbounds float, ptr %OY, i64 %2603
  %2605 = getelementptr inbounds i8, ptr %2604, i64 1024
  %2606 = load <16 x float>, ptr %2605, align 4
  %2607 = getelementptr inbounds i8, ptr %2604, i64 1088
  %2608 = load <16 x float>, ptr %2607, align 4
  %2609 = sub nuw nsw i64 13, %2602
  %2610 = shl nuw nsw i64 %2609, 5
  %2611 = getelementptr inbounds float, ptr %OY, i64 %2610
  %2612 = getelementptr inbounds i8, ptr %2611, i64 1024
  %2613 = load <16 x float>, ptr %2612, align 4
  %2614 = getelementptr inbounds i8, ptr %2611, i64 1088
  %2615 = load <16 x float>, ptr %2614, align 4
  %2616 = sub nuw nsw i64 14, %2602
  %2617 = shl nuw nsw i64 %2616, 5
  %2618 = getelementptr inbounds float, ptr %OY, i64 %2617
  %2619 = getelementptr inbounds i8, ptr %2618, i64 1024
  %2620 = load <16 x float>, ptr %2619, align 4
  %2621 = getelementptr inbounds i8, ptr %2618, i64 1088
  %2622 = load <16 x float>, ptr %2621, align 4
  %2623 = sub nuw nsw i64 15, %2602
  %2624 = shl nuw nsw i64 %2623, 5
  %2625 = getelementptr inbounds float, ptr %OY, i64 %2624
  %2626 = getelementptr inbounds i8, ptr %2625, i64 1024
  %2627 = load <16 x float>, ptr %2626, align 4
  %2628 = getelementptr inbounds i8, ptr %2625, i64 1088
  %2629 = load <16 x float>, ptr %2628, align 4
  %.not2495 = icmp eq i64 %ib1.addr.02388, 0
  br i1 %.not2495, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2630 = sub nuw nsw i64 16, %2602
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02379 = phi i64 [ %j30.next, %j30.body ], [ %2630, %j30.body.preheader ]
  %acc103.02378 = phi <16 x float> [ %2668, %j30.body ], [ %2629, %j30.body.preheader ]
  %acc102.02377 = phi <16 x float> [ %2667, %j30.body ], [ %2627, %j30.body.preheader ]
  %acc101.02376 = phi <16 x float> [ %2660, %j30.body ], [ %2622, %j30.body.preheader ]
  %acc100.02375 = phi <16 x float> [ %2659, %j30.body ], [ %2620, %j30.body.preheader ]
  %acc99.02374 = phi <16 x float> [ %2652, %j30.body ], [ %2615, %j30.body.preheader ]
  %acc98.02373 = phi <16 x float> [ %2651, %j30.body ], [ %2613, %j30.body.preheader ]
  %acc97.02372 = phi <16 x float> [ %2644, %j30.body ], [ %2608, %j30.body.preheader ]
  %acc96.02371 = phi <16 x float> [ %2643, %j30.body ], [ %2606, %j30.body.preheader ]
  %.idx2203 = shl nuw nsw i64 %j30.addr.02379, 7
  %2631 = getelementptr inbounds i8, ptr %OY, i64 %.idx2203
  %2632 = getelementptr inbounds i8, ptr %2631, i64 1024
  %2633 = load <16 x float>, ptr %2632, align 4
  %2634 = getelementptr inbounds i8, ptr %2631, i64 1088
  %2635 = load <16 x float>, ptr %2634, align 4
  %2636 = shl nuw nsw i64 %j30.addr.02379, 4
  %2637 = or disjoint i64 %2636, %i01
  %2638 = getelementptr inbounds float, ptr %Gm, i64 %2637
  %2639 = load float, ptr %2638, align 4
  %2640 = fneg float %2639
  %2641 = insertelement <16 x float> poison, float %2640, i64 0
  %2642 = shufflevector <16 x float> %2641, <16 x float> poison, <16 x i32> zeroinitializer
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2633, <16 x float> %acc96.02371)
  %2644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2635, <16 x float> %acc97.02372)
  %2645 = or disjoint i64 %2636, %2609
  %2646 = getelementptr inbounds float, ptr %Gm, i64 %2645
  %2647 = load float, ptr %2646, align 4
  %2648 = fneg float %2647
  %2649 = insertelement <16 x float> poison, float %2648, i64 0
  %2650 = shufflevector <16 x float> %2649, <16 x float> poison, <16 x i32> zeroinitializer
  %2651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2650, <16 x float> %2633, <16 x float> %acc98.02373)
  %2652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2650, <16 x float> %2635, <16 x float> %acc99.02374)
  %2653 = or disjoint i64 %2636, %2616
  %2654 = getelementptr inbounds float, ptr %Gm, i64 %2653
  %2655 = load float, ptr %2654, align 4
  %2656 = fneg float %2655
  %2657 = insertelement <16 x float> poison, float %2656, i64 0
  %2658 = shufflevector <16 x float> %2657, <16 x float> poison, <16 x i32> zeroinitializer
  %2659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2658, <16 x float> %2633, <16 x float> %acc100.02375)
  %2660 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2658, <16 x float> %2635, <16 x float> %acc101.02376)
  %2661 = or disjoint i64 %2636, %2623
  %2662 = getelementptr inbounds float, ptr %Gm, i64 %2661
  %2663 = load float, ptr %2662, align 4
  %2664 = fneg float %2663
  %2665 = insertelement <16 x float> poison, float %2664, i64 0
  %2666 = shufflevector <16 x float> %2665, <16 x float> poison, <16 x i32> zeroinitializer
  %2667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2666, <16 x float> %2633, <16 x float> %acc102.02377)
  %2668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2666, <16 x float> %2635, <16 x float> %acc103.02378)
  %j30.next = add nuw nsw i64 %j30.addr.02379, 1
  %2669 = icmp ult i64 %j30.addr.02379, 15
  br i1 %2669, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2606, %ib1.body ], [ %2643, %j30.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2608, %ib1.body ], [ %2644, %j30.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2613, %ib1.body ], [ %2651, %j30.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2615, %ib1.body ], [ %2652, %j30.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2620, %ib1.body ], [ %2659, %j30.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2622, %ib1.body ], [ %2660, %j30.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2627, %ib1.body ], [ %2667, %j30.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2629, %ib1.body ], [ %2668, %j30.body ]
  %2670 = getelementptr inbounds float, ptr %Rr, i64 %2624
  %2671 = load <16 x float>, ptr %2670, align 4
  %2672 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2671, <16 x float> zeroinitializer)
  %2673 = or disjoint i64 %2624, 16
  %2674 = getelementptr inbounds float, ptr %Rr, i64 %2673
  %2675 = load <16 x float>, ptr %2674, align 4
  %2676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2675, <16 x float> %2672)
  %2677 = shufflevector <16 x float> %2676, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2678 = shufflevector <16 x float> %2676, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2679 = fadd <8 x float> %2677, %2678
  %2680 = shufflevector <8 x float> %2679, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2681 = shufflevector <8 x float> %2679, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2682 = fadd <4 x float> %2680, %2681
  %2683 = shufflevector <4 x float> %2682, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2684 = shufflevector <4 x float> %2682, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2685 = fadd <2 x float> %2683, %2684
  %2686 = shufflevector <2 x float> %2685, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2687 = shufflevector <2 x float> %2685, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2688 = getelementptr inbounds float, ptr %bet, i64 %2623
  %2689 = load float, ptr %2688, align 4
  %2690 = insertelement <16 x float> poison, float %2689, i64 0
  %2691 = shufflevector <16 x float> %2690, <16 x float> poison, <16 x i32> zeroinitializer
  %2692 = fmul <16 x float> %acc102.0.lcssa, %2691
  store <16 x float> %2692, ptr %2626, align 4
  %2693 = fneg <16 x float> %2692
  %.idx2199 = mul nuw nsw i64 %2623, 352
  %2694 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2199
  %2695 = getelementptr inbounds i8, ptr %2694, i64 128
  store <16 x float> %2693, ptr %2695, align 4
  %2696 = fmul <16 x float> %acc103.0.lcssa, %2691
  store <16 x float> %2696, ptr %2628, align 4
  %2697 = fneg <16 x float> %2696
  %2698 = getelementptr inbounds i8, ptr %2694, i64 192
  store <16 x float> %2697, ptr %2698, align 4
  %2699 = shl nuw nsw i64 %2623, 4
  %2700 = or disjoint i64 %2699, %2616
  %2701 = getelementptr inbounds float, ptr %Gm, i64 %2700
  %2702 = load float, ptr %2701, align 4
  %2703 = fneg float %2702
  %2704 = insertelement <16 x float> poison, float %2703, i64 0
  %2705 = shufflevector <16 x float> %2704, <16 x float> poison, <16 x i32> zeroinitializer
  %2706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2705, <16 x float> %2692, <16 x float> %acc100.0.lcssa)
  %2707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2705, <16 x float> %2696, <16 x float> %acc101.0.lcssa)
  %2708 = getelementptr inbounds float, ptr %Rr, i64 %2617
  %2709 = load <16 x float>, ptr %2708, align 4
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2706, <16 x float> %2709, <16 x float> zeroinitializer)
  %2711 = or disjoint i64 %2617, 16
  %2712 = getelementptr inbounds float, ptr %Rr, i64 %2711
  %2713 = load <16 x float>, ptr %2712, align 4
  %2714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2713, <16 x float> %2710)
  %2715 = shufflevector <16 x float> %2714, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2716 = shufflevector <16 x float> %2714, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2717 = fadd <8 x float> %2715, %2716
  %2718 = shufflevector <8 x float> %2717, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2719 = shufflevector <8 x float> %2717, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2720 = fadd <4 x float> %2718, %2719
  %2721 = shufflevector <4 x float> %2720, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2722 = shufflevector <4 x float> %2720, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2723 = fadd <2 x float> %2721, %2722
  %2724 = shufflevector <2 x float> %2723, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2725 = shufflevector <2 x float> %2723, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2726 = getelementptr inbounds float, ptr %bet, i64 %2616
  %2727 = load float, ptr %2726, align 4
  %2728 = insertelement <16 x float> poison, float %2727, i64 0
  %2729 = shufflevector <16 x float> %2728, <16 x float> poison, <16 x i32> zeroinitializer
  %2730 = fmul <16 x float> %2706, %2729
  store <16 x float> %2730, ptr %2619, align 4
  %2731 = fneg <16 x float> %2730
  %.idx2200 = mul nuw nsw i64 %2616, 352
  %2732 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2200
  %2733 = getelementptr inbounds i8, ptr %2732, i64 128
  store <16 x float> %2731, ptr %2733, align 4
  %2734 = fmul <16 x float> %2707, %2729
  store <16 x float> %2734, ptr %2621, align 4
  %2735 = fneg <16 x float> %2734
  %2736 = getelementptr inbounds i8, ptr %2732, i64 192
  store <16 x float> %2735, ptr %2736, align 4
  %2737 = shl nuw nsw i64 %2616, 4
  %2738 = or disjoint i64 %2737, %2609
  %2739 = getelementptr inbounds float, ptr %Gm, i64 %2738
  %2740 = load float, ptr %2739, align 4
  %2741 = fneg float %2740
  %2742 = insertelement <16 x float> poison, float %2741, i64 0
  %2743 = shufflevector <16 x float> %2742, <16 x float> poison, <16 x i32> zeroinitializer
  %2744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2743, <16 x float> %2730, <16 x float> %acc98.0.lcssa)
  %2745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2743, <16 x float> %2734, <16 x float> %acc99.0.lcssa)
  %2746 = or disjoint i64 %2699, %2609
  %2747 = getelementptr inbounds float, ptr %Gm, i64 %2746
  %2748 = load float, ptr %2747, align 4
  %2749 = fneg float %2748
  %2750 = insertelement <16 x float> poison, float %2749, i64 0
  %2751 = shufflevector <16 x float> %2750, <16 x float> poison, <16 x i32> zeroinitializer
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2692, <16 x float> %2744)
  %2753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2696, <16 x float> %2745)
  %2754 = getelementptr inbounds float, ptr %Rr, i64 %2610
  %2755 = load <16 x float>, ptr %2754, align 4
  %2756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2752, <16 x float> %2755, <16 x float> zeroinitializer)
  %2757 = or disjoint i64 %2610, 16
  %2758 = getelementptr inbounds float, ptr %Rr, i64 %2757
  %2759 = load <16 x float>, ptr %2758, align 4
  %2760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2753, <16 x float> %2759, <16 x float> %2756)
  %2761 = shufflevector <16 x float> %2760, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2762 = shufflevector <16 x float> %2760, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2763 = fadd <8 x float> %2761, %2762
  %2764 = shufflevector <8 x float> %2763, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2765 = shufflevector <8 x float> %2763, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2766 = fadd <4 x float> %2764, %2765
  %2767 = shufflevector <4 x float> %2766, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2768 = shufflevector <4 x float> %2766, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2769 = fadd <2 x float> %2767, %2768
  %2770 = getelementptr inbounds float, ptr %bet, i64 %2609
  %2771 = load float, ptr %2770, align 4
  %2772 = insertelement <16 x float> poison, float %2771, i64 0
  %2773 = shufflevector <16 x float> %2772, <16 x float> poison, <16 x i32> zeroinitializer
  %2774 = fmul <16 x float> %2752, %2773
  store <16 x float> %2774, ptr %2612, align 4
  %2775 = fneg <16 x float> %2774
  %.idx2201 = mul nuw nsw i64 %2609, 352
  %2776 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2201
  %2777 = getelementptr inbounds i8, ptr %2776, i64 128
  store <16 x float> %2775, ptr %2777, align 4
  %2778 = fmul <16 x float> %2753, %2773
  store <16 x float> %2778, ptr %2614, align 4
  %2779 = fneg <16 x float> %2778
  %2780 = getelementptr inbounds i8, ptr %2776, i64 192
  store <16 x float> %2779, ptr %2780, align 4
  %2781 = shl nuw nsw i64 %2609, 4
  %2782 = or disjoint i64 %2781, %i01
  %2783 = getelementptr inbounds float, ptr %Gm, i64 %2782
  %2784 = load float, ptr %2783, align 4
  %2785 = fneg float %2784
  %2786 = insertelement <16 x float> poison, float %2785, i64 0
  %2787 = shufflevector <16 x float> %2786, <16 x float> poison, <16 x i32> zeroinitializer
  %2788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2787, <16 x float> %2774, <16 x float> %acc96.0.lcssa)
  %2789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2787, <16 x float> %2778, <16 x float> %acc97.0.lcssa)
  %2790 = or disjoint i64 %2737, %i01
  %2791 = getelementptr inbounds float, ptr %Gm, i64 %2790
  %2792 = load float, ptr %2791, align 4
  %2793 = fneg float %2792
  %2794 = insertelement <16 x float> poison, float %2793, i64 0
  %2795 = shufflevector <16 x float> %2794, <16 x float> poison, <16 x i32> zeroinitializer
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2730, <16 x float> %2788)
  %2797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2734, <16 x float> %2789)
  %2798 = or disjoint i64 %2699, %i01
  %2799 = getelementptr inbounds float, ptr %Gm, i64 %2798
  %2800 = load float, ptr %2799, align 4
  %2801 = fneg float %2800
  %2802 = insertelement <16 x float> poison, float %2801, i64 0
  %2803 = shufflevector <16 x float> %2802, <16 x float> poison, <16 x i32> zeroinitializer
  %2804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2803, <16 x float> %2692, <16 x float> %2796)
  %2805 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2803, <16 x float> %2696, <16 x float> %2797)
  %2806 = getelementptr inbounds float, ptr %Rr, i64 %2603
  %2807 = load <16 x float>, ptr %2806, align 4
  %2808 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2804, <16 x float> %2807, <16 x float> zeroinitializer)
  %2809 = or disjoint i64 %2603, 16
  %2810 = getelementptr inbounds float, ptr %Rr, i64 %2809
  %2811 = load <16 x float>, ptr %2810, align 4
  %2812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2805, <16 x float> %2811, <16 x float> %2808)
  %2813 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2814 = shufflevector <16 x float> %2812, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2815 = shufflevector <16 x float> %2812, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2816 = fadd <8 x float> %2814, %2815
  %2817 = shufflevector <8 x float> %2816, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2818 = shufflevector <8 x float> %2816, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2819 = fadd <4 x float> %2817, %2818
  %2820 = shufflevector <4 x float> %2819, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2821 = shufflevector <4 x float> %2819, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2822 = fadd <2 x float> %2820, %2821
  %2823 = load <4 x float>, ptr %2813, align 4
  %2824 = shufflevector <2 x float> %2822, <2 x float> %2769, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2825 = shufflevector <4 x float> %2824, <4 x float> %2725, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2826 = shufflevector <4 x float> %2825, <4 x float> %2687, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2827 = shufflevector <2 x float> %2822, <2 x float> %2769, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2828 = shufflevector <4 x float> %2827, <4 x float> %2724, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2829 = shufflevector <4 x float> %2828, <4 x float> %2686, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2830 = fadd <4 x float> %2826, %2829
  %2831 = fadd <4 x float> %2823, %2830
  store <4 x float> %2831, ptr %2813, align 4
  %2832 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2833 = load float, ptr %2832, align 4
  %2834 = insertelement <16 x float> poison, float %2833, i64 0
  %2835 = shufflevector <16 x float> %2834, <16 x float> poison, <16 x i32> zeroinitializer
  %2836 = fmul <16 x float> %2804, %2835
  store <16 x float> %2836, ptr %2605, align 4
  %2837 = fneg <16 x float> %2836
  %.idx2202 = mul nuw nsw i64 %i01, 352
  %2838 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2202
  %2839 = getelementptr inbounds i8, ptr %2838, i64 128
  store <16 x float> %2837, ptr %2839, align 4
  %2840 = fmul <16 x float> %2805, %2835
  store <16 x float> %2840, ptr %2607, align 4
  %2841 = fneg <16 x float> %2840
  %2842 = getelementptr inbounds i8, ptr %2838, i64 192
  store <16 x float> %2841, ptr %2842, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02388, 1
  %exitcond2705.not = icmp eq i64 %ib1.next, 4
  br i1 %exitcond2705.not, label %t4.head.preheader, label %ib1.body

t4.body.1:                                        ; preds = %t4.body.preheader
  %scevgep2708.1 = getelementptr i8, ptr %2594, i64 %33
  %scevgep2706.1 = getelementptr i8, ptr %2595, i64 %33
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2952.1, i64 128, i1 false)
  %2843 = shl i64 %ci, 4
  %tau2.1 = or disjoint i64 %2843, 2
  %2844 = load float, ptr %386, align 4
  %2845 = mul nsw i64 %tau2.1, %H
  %2846 = getelementptr inbounds float, ptr %betah1, i64 %2845
  store float %2844, ptr %2846, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2708.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2950.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %2843, 3
  %2847 = load float, ptr %387, align 4
  %2848 = mul nsw i64 %tau3.1, %H
  %2849 = getelementptr inbounds float, ptr %betah1, i64 %2848
  store float %2847, ptr %2849, align 4
  %exitcond2712.not.1 = icmp eq i64 %indvars.iv2710, 2
  br i1 %exitcond2712.not.1, label %i48.body.preheader, label %t4.body.2

t4.body.2:                                        ; preds = %t4.body.1
  %scevgep2708.2 = getelementptr i8, ptr %2594, i64 %388
  %scevgep2706.2 = getelementptr i8, ptr %2595, i64 %388
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.2, ptr noundef nonnull align 4 dereferenceable(128) %gep2952.2, i64 128, i1 false)
  %2850 = shl i64 %ci, 4
  %tau2.2 = or disjoint i64 %2850, 4
  %2851 = load float, ptr %389, align 4
  %2852 = mul nsw i64 %tau2.2, %H
  %2853 = getelementptr inbounds float, ptr %betah1, i64 %2852
  store float %2851, ptr %2853, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2708.2, ptr noundef nonnull align 4 dereferenceable(128) %gep2950.2, i64 128, i1 false)
  %tau3.2 = or disjoint i64 %2850, 5
  %2854 = load float, ptr %390, align 4
  %2855 = mul nsw i64 %tau3.2, %H
  %2856 = getelementptr inbounds float, ptr %betah1, i64 %2855
  store float %2854, ptr %2856, align 4
  %exitcond2712.not.2 = icmp eq i64 %indvars.iv2710, 3
  br i1 %exitcond2712.not.2, label %i48.body.preheader, label %t4.body.3

t4.body.3:                                        ; preds = %t4.body.2
  %scevgep2708.3 = getelementptr i8, ptr %2594, i64 %391
  %scevgep2706.3 = getelementptr i8, ptr %2595, i64 %391
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.3, ptr noundef nonnull align 4 dereferenceable(128) %gep2952.3, i64 128, i1 false)
  %2857 = shl i64 %ci, 4
  %tau2.3 = or disjoint i64 %2857, 6
  %2858 = load float, ptr %392, align 4
  %2859 = mul nsw i64 %tau2.3, %H
  %2860 = getelementptr inbounds float, ptr %betah1, i64 %2859
  store float %2858, ptr %2860, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2708.3, ptr noundef nonnull align 4 dereferenceable(128) %gep2950.3, i64 128, i1 false)
  %tau3.3 = or disjoint i64 %2857, 7
  %2861 = load float, ptr %393, align 4
  %2862 = mul nsw i64 %tau3.3, %H
  %2863 = getelementptr inbounds float, ptr %betah1, i64 %2862
  store float %2861, ptr %2863, align 4
  %exitcond2712.not.3 = icmp eq i64 %indvars.iv2710, 4
  br i1 %exitcond2712.not.3, label %i48.body.preheader, label %t4.body.4

t4.body.4:                                        ; preds = %t4.body.3
  %scevgep2708.4 = getelementptr i8, ptr %2594, i64 %394
  %scevgep2706.4 = getelementptr i8, ptr %2595, i64 %394
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.4, ptr noundef nonnull align 4 dereferenceable(128) %gep2952.4, i64 128, i1 false)
  %2864 = shl i64 %ci, 4
  %tau2.4 = or disjoint i64 %2864, 8
  %2865 = load float, ptr %395, align 4
  %2866 = mul nsw i64 %tau2.4, %H
  %2867 = getelementptr inbounds float, ptr %betah1, i64 %2866
  store float %2865, ptr %2867, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2708.4, ptr noundef nonnull align 4 dereferenceable(128) %gep2950.4, i64 128, i1 false)
  %tau3.4 = or disjoint i64 %2864, 9
  %2868 = load float, ptr %396, align 4
  %2869 = mul nsw i64 %tau3.4, %H
  %2870 = getelementptr inbounds float, ptr %betah1, i64 %2869
  store float %2868, ptr %2870, align 4
  %exitcond2712.not.4 = icmp eq i64 %indvars.iv2710, 5
  br i1 %exitcond2712.not.4, label %i48.body.preheader, label %t4.body.5

t4.body.5:                                        ; preds = %t4.body.4
  %scevgep2708.5 = getelementptr i8, ptr %2594, i64 %397
  %scevgep2706.5 = getelementptr i8, ptr %2595, i64 %397
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.5, ptr noundef nonnull align 4 dereferenceable(128) %gep2952.5, i64 128, i1 false)
  %2871 = shl i64 %ci, 4
  %tau2.5 = or disjoint i64 %2871, 10
  %2872 = load float, ptr %398, align 4
  %2873 = mul nsw i64 %tau2.5, %H
  %2874 = getelementptr inbounds float, ptr %betah1, i64 %2873
  store float %2872, ptr %2874, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2708.5, ptr noundef nonnull align 4 dereferenceable(128) %gep2950.5, i64 128, i1 false)
  %tau3.5 = or disjoint i64 %2871, 11
  %2875 = load float, ptr %399, align 4
  %2876 = mul nsw i64 %tau3.5, %H
  %2877 = getelementptr inbounds float, ptr %betah1, i64 %2876
  store float %2875, ptr %2877, align 4
  %exitcond2712.not.5 = icmp eq i64 %indvars.iv2710, 6
  br i1 %exitcond2712.not.5, label %i48.body.preheader, label %t4.body.6

t4.body.6:                                        ; preds = %t4.body.5
  %scevgep2708.6 = getelementptr i8, ptr %2594, i64 %400
  %scevgep2706.6 = getelementptr i8, ptr %2595, i64 %400
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.6, ptr noundef nonnull align 4 dereferenceable(128) %gep2952.6, i64 128, i1 false)
  %2878 = shl i64 %ci, 4
  %tau2.6 = or disjoint i64 %2878, 12
  %2879 = load float, ptr %401, align 4
  %2880 = mul nsw i64 %tau2.6, %H
  %2881 = getelementptr inbounds float, ptr %betah1, i64 %2880
  store float %2879, ptr %2881, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2708.6, ptr noundef nonnull align 4 dereferenceable(128) %gep2950.6, i64 128, i1 false)
  %tau3.6 = or disjoint i64 %2878, 13
  %2882 = load float, ptr %402, align 4
  %2883 = mul nsw i64 %tau3.6, %H
  %2884 = getelementptr inbounds float, ptr %betah1, i64 %2883
  store float %2882, ptr %2884, align 4
  %exitcond2712.not.6 = icmp eq i64 %indvars.iv2710, 7
  br i1 %exitcond2712.not.6, label %i48.body.preheader, label %t4.body.7

t4.body.7:                                        ; preds = %t4.body.6
  %scevgep2708.7 = getelementptr i8, ptr %2594, i64 %403
  %scevgep2706.7 = getelementptr i8, ptr %2595, i64 %403
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.7, ptr noundef nonnull align 4 dereferenceable(128) %gep2952.7, i64 128, i1 false)
  %2885 = shl i64 %ci, 4
  %tau2.7 = or disjoint i64 %2885, 14
  %2886 = load float, ptr %404, align 4
  %2887 = mul nsw i64 %tau2.7, %H
  %2888 = getelementptr inbounds float, ptr %betah1, i64 %2887
  store float %2886, ptr %2888, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2708.7, ptr noundef nonnull align 4 dereferenceable(128) %gep2950.7, i64 128, i1 false)
  %tau3.7 = or disjoint i64 %2885, 15
  %2889 = load float, ptr %405, align 4
  %2890 = mul nsw i64 %tau3.7, %H
  %2891 = getelementptr inbounds float, ptr %betah1, i64 %2890
  store float %2889, ptr %2891, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t4.body.preheader, %t4.body.1, %t4.body.2, %t4.body.3, %t4.body.4, %t4.body.5, %t4.body.6, %t4.body.7, %t4.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02409 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2892 = shl nuw nsw i64 %i48.addr.02409, 6
  %2893 = or disjoint i64 %2892, 32
  %2894 = getelementptr inbounds float, ptr %work, i64 %2893
  %2895 = load <16 x float>, ptr %2894, align 4
  %2896 = or disjoint i64 %2892, 48
  %2897 = getelementptr inbounds float, ptr %work, i64 %2896
  %2898 = load <16 x float>, ptr %2897, align 4
  %2899 = or disjoint i64 %i48.addr.02409, 1
  %2900 = shl nuw nsw i64 %2899, 6
  %2901 = or disjoint i64 %2900, 32
  %2902 = getelementptr inbounds float, ptr %work, i64 %2901
  %2903 = load <16 x float>, ptr %2902, align 4
  %2904 = or disjoint i64 %2900, 48
  %2905 = getelementptr inbounds float, ptr %work, i64 %2904
  %2906 = load <16 x float>, ptr %2905, align 4
  %2907 = or disjoint i64 %i48.addr.02409, 2
  %2908 = shl nuw nsw i64 %2907, 6
  %2909 = or disjoint i64 %2908, 32
  %2910 = getelementptr inbounds float, ptr %work, i64 %2909
  %2911 = load <16 x float>, ptr %2910, align 4
  %2912 = or disjoint i64 %2908, 48
  %2913 = getelementptr inbounds float, ptr %work, i64 %2912
  %2914 = load <16 x float>, ptr %2913, align 4
  %2915 = or disjoint i64 %i48.addr.02409, 3
  %2916 = shl nuw nsw i64 %2915, 6
  %2917 = or disjoint i64 %2916, 32
  %2918 = getelementptr inbounds float, ptr %work, i64 %2917
  %2919 = load <16 x float>, ptr %2918, align 4
  %2920 = or disjoint i64 %2916, 48
  %2921 = getelementptr inbounds float, ptr %work, i64 %2920
  %2922 = load <16 x float>, ptr %2921, align 4
  %2923 = or disjoint i64 %i48.addr.02409, 4
  %2924 = shl nuw nsw i64 %2923, 6
  %2925 = or disjoint i64 %2924, 32
  %2926 = getelementptr inbounds float, ptr %work, i64 %2925
  %2927 = load <16 x float>, ptr %2926, align 4
  %2928 = or disjoint i64 %2924, 48
  %2929 = getelementptr inbounds float, ptr %work, i64 %2928
  %2930 = load <16 x float>, ptr %2929, align 4
  %2931 = or disjoint i64 %i48.addr.02409, 5
  %2932 = shl nuw nsw i64 %2931, 6
  %2933 = or disjoint i64 %2932, 32
  %2934 = getelementptr inbounds float, ptr %work, i64 %2933
  %2935 = load <16 x float>, ptr %2934, align 4
  %2936 = or disjoint i64 %2932, 48
  %2937 = getelementptr inbounds float, ptr %work, i64 %2936
  %2938 = load <16 x float>, ptr %2937, align 4
  %2939 = or disjoint i64 %i48.addr.02409, 6
  %2940 = shl nuw nsw i64 %2939, 6
  %2941 = or disjoint i64 %2940, 32
  %2942 = getelementptr inbounds float, ptr %work, i64 %2941
  %2943 = load <16 x float>, ptr %2942, align 4
  %2944 = or disjoint i64 %2940, 48
  %2945 = getelementptr inbounds float, ptr %work, i64 %2944
  %2946 = load <16 x float>, ptr %2945, align 4
  %2947 = or disjoint i64 %i48.addr.02409, 7
  %2948 = shl nuw nsw i64 %2947, 6
  %2949 = or disjoint i64 %2948, 32
  %2950 = getelementptr inbounds float, ptr %work, i64 %2949
  %2951 = load <16 x float>, ptr %2950, align 4
  %2952 = or disjoint i64 %2948, 48
  %2953 = getelementptr inbounds float, ptr %work, i64 %2952
  %2954 = load <16 x float>, ptr %2953, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02408 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc119.02407 = phi <16 x float> [ %2954, %i48.body ], [ %3016, %p11.body ]
  %acc118.02406 = phi <16 x float> [ %2951, %i48.body ], [ %3015, %p11.body ]
  %acc117.02405 = phi <16 x float> [ %2946, %i48.body ], [ %3009, %p11.body ]
  %acc116.02404 = phi <16 x float> [ %2943, %i48.body ], [ %3008, %p11.body ]
  %acc115.02403 = phi <16 x float> [ %2938, %i48.body ], [ %3002, %p11.body ]
  %acc114.02402 = phi <16 x float> [ %2935, %i48.body ], [ %3001, %p11.body ]
  %acc113.02401 = phi <16 x float> [ %2930, %i48.body ], [ %2995, %p11.body ]
  %acc112.02400 = phi <16 x float> [ %2927, %i48.body ], [ %2994, %p11.body ]
  %acc111.02399 = phi <16 x float> [ %2922, %i48.body ], [ %2988, %p11.body ]
  %acc110.02398 = phi <16 x float> [ %2919, %i48.body ], [ %2987, %p11.body ]
  %acc109.02397 = phi <16 x float> [ %2914, %i48.body ], [ %2981, %p11.body ]
  %acc108.02396 = phi <16 x float> [ %2911, %i48.body ], [ %2980, %p11.body ]
  %acc107.02395 = phi <16 x float> [ %2906, %i48.body ], [ %2974, %p11.body ]
  %acc106.02394 = phi <16 x float> [ %2903, %i48.body ], [ %2973, %p11.body ]
  %acc105.02393 = phi <16 x float> [ %2898, %i48.body ], [ %2967, %p11.body ]
  %acc104.02392 = phi <16 x float> [ %2895, %i48.body ], [ %2966, %p11.body ]
  %2955 = shl nuw nsw i64 %p11.addr.02408, 5
  %2956 = getelementptr inbounds float, ptr %OY, i64 %2955
  %2957 = load <16 x float>, ptr %2956, align 4
  %2958 = or disjoint i64 %2955, 16
  %2959 = getelementptr inbounds float, ptr %OY, i64 %2958
  %2960 = load <16 x float>, ptr %2959, align 4
  %2961 = or disjoint i64 %2955, %i48.addr.02409
  %2962 = getelementptr inbounds float, ptr %QK, i64 %2961
  %2963 = load float, ptr %2962, align 4
  %2964 = insertelement <16 x float> poison, float %2963, i64 0
  %2965 = shufflevector <16 x float> %2964, <16 x float> poison, <16 x i32> zeroinitializer
  %2966 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2965, <16 x float> %2957, <16 x float> %acc104.02392)
  %2967 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2965, <16 x float> %2960, <16 x float> %acc105.02393)
  %2968 = or disjoint i64 %2955, %2899
  %2969 = getelementptr inbounds float, ptr %QK, i64 %2968
  %2970 = load float, ptr %2969, align 4
  %2971 = insertelement <16 x float> poison, float %2970, i64 0
  %2972 = shufflevector <16 x float> %2971, <16 x float> poison, <16 x i32> zeroinitializer
  %2973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2972, <16 x float> %2957, <16 x float> %acc106.02394)
  %2974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2972, <16 x float> %2960, <16 x float> %acc107.02395)
  %2975 = or disjoint i64 %2955, %2907
  %2976 = getelementptr inbounds float, ptr %QK, i64 %2975
  %2977 = load float, ptr %2976, align 4
  %2978 = insertelement <16 x float> poison, float %2977, i64 0
  %2979 = shufflevector <16 x float> %2978, <16 x float> poison, <16 x i32> zeroinitializer
  %2980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2957, <16 x float> %acc108.02396)
  %2981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2960, <16 x float> %acc109.02397)
  %2982 = or disjoint i64 %2955, %2915
  %2983 = getelementptr inbounds float, ptr %QK, i64 %2982
  %2984 = load float, ptr %2983, align 4
  %2985 = insertelement <16 x float> poison, float %2984, i64 0
  %2986 = shufflevector <16 x float> %2985, <16 x float> poison, <16 x i32> zeroinitializer
  %2987 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2986, <16 x float> %2957, <16 x float> %acc110.02398)
  %2988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2986, <16 x float> %2960, <16 x float> %acc111.02399)
  %2989 = or disjoint i64 %2955, %2923
  %2990 = getelementptr inbounds float, ptr %QK, i64 %2989
  %2991 = load float, ptr %2990, align 4
  %2992 = insertelement <16 x float> poison, float %2991, i64 0
  %2993 = shufflevector <16 x float> %2992, <16 x float> poison, <16 x i32> zeroinitializer
  %2994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2993, <16 x float> %2957, <16 x float> %acc112.02400)
  %2995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2993, <16 x float> %2960, <16 x float> %acc113.02401)
  %2996 = or disjoint i64 %2955, %2931
  %2997 = getelementptr inbounds float, ptr %QK, i64 %2996
  %2998 = load float, ptr %2997, align 4
  %2999 = insertelement <16 x float> poison, float %2998, i64 0
  %3000 = shufflevector <16 x float> %2999, <16 x float> poison, <16 x i32> zeroinitializer
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2957, <16 x float> %acc114.02402)
  %3002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2960, <16 x float> %acc115.02403)
  %3003 = or disjoint i64 %2955, %2939
  %3004 = getelementptr inbounds float, ptr %QK, i64 %3003
  %3005 = load float, ptr %3004, align 4
  %3006 = insertelement <16 x float> poison, float %3005, i64 0
  %3007 = shufflevector <16 x float> %3006, <16 x float> poison, <16 x i32> zeroinitializer
  %3008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2957, <16 x float> %acc116.02404)
  %3009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2960, <16 x float> %acc117.02405)
  %3010 = or disjoint i64 %2955, %2947
  %3011 = getelementptr inbounds float, ptr %QK, i64 %3010
  %3012 = load float, ptr %3011, align 4
  %3013 = insertelement <16 x float> poison, float %3012, i64 0
  %3014 = shufflevector <16 x float> %3013, <16 x float> poison, <16 x i32> zeroinitializer
  %3015 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3014, <16 x float> %2957, <16 x float> %acc118.02406)
  %3016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3014, <16 x float> %2960, <16 x float> %acc119.02407)
  %p11.next = add nuw nsw i64 %p11.addr.02408, 1
  %exitcond2713.not = icmp eq i64 %p11.next, 24
  br i1 %exitcond2713.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2966, ptr %2894, align 4
  store <16 x float> %2967, ptr %2897, align 4
  store <16 x float> %2973, ptr %2902, align 4
  store <16 x float> %2974, ptr %2905, align 4
  store <16 x float> %2980, ptr %2910, align 4
  store <16 x float> %2981, ptr %2913, align 4
  store <16 x float> %2987, ptr %2918, align 4
  store <16 x float> %2988, ptr %2921, align 4
  store <16 x float> %2994, ptr %2926, align 4
  store <16 x float> %2995, ptr %2929, align 4
  store <16 x float> %3001, ptr %2934, align 4
  store <16 x float> %3002, ptr %2937, align 4
  store <16 x float> %3008, ptr %2942, align 4
  store <16 x float> %3009, ptr %2945, align 4
  store <16 x float> %3015, ptr %2950, align 4
  store <16 x float> %3016, ptr %2953, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02409, 8
  %3017 = icmp ult i64 %i48.addr.02409, 24
  br i1 %3017, label %i48.body, label %p12.body

p12.body.1:                                       ; preds = %p12.body.1, %p12.exit
  %p12.addr.02420.1 = phi i64 [ 0, %p12.exit ], [ %p12.next.1, %p12.body.1 ]
  %acc127.02419.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3059, %p12.body.1 ]
  %acc126.02418.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3054, %p12.body.1 ]
  %acc125.02417.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3049, %p12.body.1 ]
  %acc124.02416.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3044, %p12.body.1 ]
  %acc123.02415.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3039, %p12.body.1 ]
  %acc122.02414.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3034, %p12.body.1 ]
  %acc121.02413.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3029, %p12.body.1 ]
  %acc120.02412.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3024, %p12.body.1 ]
  %.idx2170.1 = shl nuw nsw i64 %p12.addr.02420.1, 6
  %gep2411.1 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2170.1
  %3018 = load <16 x float>, ptr %gep2411.1, align 4
  %3019 = getelementptr inbounds float, ptr %OY, i64 %p12.addr.02420.1
  %3020 = getelementptr inbounds i8, ptr %3019, i64 2048
  %3021 = load float, ptr %3020, align 4
  %3022 = insertelement <16 x float> poison, float %3021, i64 0
  %3023 = shufflevector <16 x float> %3022, <16 x float> poison, <16 x i32> zeroinitializer
  %3024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3023, <16 x float> %3018, <16 x float> %acc120.02412.1)
  %3025 = getelementptr inbounds i8, ptr %3019, i64 2176
  %3026 = load float, ptr %3025, align 4
  %3027 = insertelement <16 x float> poison, float %3026, i64 0
  %3028 = shufflevector <16 x float> %3027, <16 x float> poison, <16 x i32> zeroinitializer
  %3029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3028, <16 x float> %3018, <16 x float> %acc121.02413.1)
  %3030 = getelementptr inbounds i8, ptr %3019, i64 2304
  %3031 = load float, ptr %3030, align 4
  %3032 = insertelement <16 x float> poison, float %3031, i64 0
  %3033 = shufflevector <16 x float> %3032, <16 x float> poison, <16 x i32> zeroinitializer
  %3034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3033, <16 x float> %3018, <16 x float> %acc122.02414.1)
  %3035 = getelementptr inbounds i8, ptr %3019, i64 2432
  %3036 = load float, ptr %3035, align 4
  %3037 = insertelement <16 x float> poison, float %3036, i64 0
  %3038 = shufflevector <16 x float> %3037, <16 x float> poison, <16 x i32> zeroinitializer
  %3039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3038, <16 x float> %3018, <16 x float> %acc123.02415.1)
  %3040 = getelementptr inbounds i8, ptr %3019, i64 2560
  %3041 = load float, ptr %3040, align 4
  %3042 = insertelement <16 x float> poison, float %3041, i64 0
  %3043 = shufflevector <16 x float> %3042, <16 x float> poison, <16 x i32> zeroinitializer
  %3044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3043, <16 x float> %3018, <16 x float> %acc124.02416.1)
  %3045 = getelementptr inbounds i8, ptr %3019, i64 2688
  %3046 = load float, ptr %3045, align 4
  %3047 = insertelement <16 x float> poison, float %3046, i64 0
  %3048 = shufflevector <16 x float> %3047, <16 x float> poison, <16 x i32> zeroinitializer
  %3049 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3048, <16 x float> %3018, <16 x float> %acc125.02417.1)
  %3050 = getelementptr inbounds i8, ptr %3019, i64 2816
  %3051 = load float, ptr %3050, align 4
  %3052 = insertelement <16 x float> poison, float %3051, i64 0
  %3053 = shufflevector <16 x float> %3052, <16 x float> poison, <16 x i32> zeroinitializer
  %3054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3053, <16 x float> %3018, <16 x float> %acc126.02418.1)
  %3055 = getelementptr inbounds i8, ptr %3019, i64 2944
  %3056 = load float, ptr %3055, align 4
  %3057 = insertelement <16 x float> poison, float %3056, i64 0
  %3058 = shufflevector <16 x float> %3057, <16 x float> poison, <16 x i32> zeroinitializer
  %3059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3058, <16 x float> %3018, <16 x float> %acc127.02419.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02420.1, 1
  %exitcond2714.1.not = icmp eq i64 %p12.next.1, 32
  br i1 %exitcond2714.1.not, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  store <16 x float> %3024, ptr %377, align 4
  store <16 x float> %3029, ptr %378, align 4
  store <16 x float> %3034, ptr %379, align 4
  store <16 x float> %3039, ptr %380, align 4
  store <16 x float> %3044, ptr %381, align 4
  store <16 x float> %3049, ptr %382, align 4
  store <16 x float> %3054, ptr %383, align 4
  store <16 x float> %3059, ptr %384, align 4
  br label %t5.body

p12.body:                                         ; preds = %p11.exit, %p12.body
  %p12.addr.02420 = phi i64 [ %p12.next, %p12.body ], [ 0, %p11.exit ]
  %acc127.02419 = phi <16 x float> [ %3101, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc126.02418 = phi <16 x float> [ %3096, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc125.02417 = phi <16 x float> [ %3091, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc124.02416 = phi <16 x float> [ %3086, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc123.02415 = phi <16 x float> [ %3081, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc122.02414 = phi <16 x float> [ %3076, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc121.02413 = phi <16 x float> [ %3071, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc120.02412 = phi <16 x float> [ %3066, %p12.body ], [ zeroinitializer, %p11.exit ]
  %.idx2170 = shl nuw nsw i64 %p12.addr.02420, 6
  %gep2411 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2170
  %3060 = load <16 x float>, ptr %gep2411, align 4
  %3061 = getelementptr inbounds float, ptr %OY, i64 %p12.addr.02420
  %3062 = getelementptr inbounds i8, ptr %3061, i64 1024
  %3063 = load float, ptr %3062, align 4
  %3064 = insertelement <16 x float> poison, float %3063, i64 0
  %3065 = shufflevector <16 x float> %3064, <16 x float> poison, <16 x i32> zeroinitializer
  %3066 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3065, <16 x float> %3060, <16 x float> %acc120.02412)
  %3067 = getelementptr inbounds i8, ptr %3061, i64 1152
  %3068 = load float, ptr %3067, align 4
  %3069 = insertelement <16 x float> poison, float %3068, i64 0
  %3070 = shufflevector <16 x float> %3069, <16 x float> poison, <16 x i32> zeroinitializer
  %3071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3070, <16 x float> %3060, <16 x float> %acc121.02413)
  %3072 = getelementptr inbounds i8, ptr %3061, i64 1280
  %3073 = load float, ptr %3072, align 4
  %3074 = insertelement <16 x float> poison, float %3073, i64 0
  %3075 = shufflevector <16 x float> %3074, <16 x float> poison, <16 x i32> zeroinitializer
  %3076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3075, <16 x float> %3060, <16 x float> %acc122.02414)
  %3077 = getelementptr inbounds i8, ptr %3061, i64 1408
  %3078 = load float, ptr %3077, align 4
  %3079 = insertelement <16 x float> poison, float %3078, i64 0
  %3080 = shufflevector <16 x float> %3079, <16 x float> poison, <16 x i32> zeroinitializer
  %3081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3080, <16 x float> %3060, <16 x float> %acc123.02415)
  %3082 = getelementptr inbounds i8, ptr %3061, i64 1536
  %3083 = load float, ptr %3082, align 4
  %3084 = insertelement <16 x float> poison, float %3083, i64 0
  %3085 = shufflevector <16 x float> %3084, <16 x float> poison, <16 x i32> zeroinitializer
  %3086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3085, <16 x float> %3060, <16 x float> %acc124.02416)
  %3087 = getelementptr inbounds i8, ptr %3061, i64 1664
  %3088 = load float, ptr %3087, align 4
  %3089 = insertelement <16 x float> poison, float %3088, i64 0
  %3090 = shufflevector <16 x float> %3089, <16 x float> poison, <16 x i32> zeroinitializer
  %3091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3090, <16 x float> %3060, <16 x float> %acc125.02417)
  %3092 = getelementptr inbounds i8, ptr %3061, i64 1792
  %3093 = load float, ptr %3092, align 4
  %3094 = insertelement <16 x float> poison, float %3093, i64 0
  %3095 = shufflevector <16 x float> %3094, <16 x float> poison, <16 x i32> zeroinitializer
  %3096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3060, <16 x float> %acc126.02418)
  %3097 = getelementptr inbounds i8, ptr %3061, i64 1920
  %3098 = load float, ptr %3097, align 4
  %3099 = insertelement <16 x float> poison, float %3098, i64 0
  %3100 = shufflevector <16 x float> %3099, <16 x float> poison, <16 x i32> zeroinitializer
  %3101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3100, <16 x float> %3060, <16 x float> %acc127.02419)
  %p12.next = add nuw nsw i64 %p12.addr.02420, 1
  %exitcond2714.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2714.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3066, ptr %369, align 4
  store <16 x float> %3071, ptr %370, align 4
  store <16 x float> %3076, ptr %371, align 4
  store <16 x float> %3081, ptr %372, align 4
  store <16 x float> %3086, ptr %373, align 4
  store <16 x float> %3091, ptr %374, align 4
  store <16 x float> %3096, ptr %375, align 4
  store <16 x float> %3101, ptr %376, align 4
  br label %p12.body.1

i52.head.preheader:                               ; preds = %j36.exit
  %3102 = shl nsw i64 %L, 1
  %3103 = shl nsw i64 %ci, 4
  br label %p13.head.preheader

t5.body:                                          ; preds = %p12.exit.1, %j36.exit
  %indvars.iv2719 = phi i64 [ 1, %p12.exit.1 ], [ %indvars.iv.next2720, %j36.exit ]
  %t5.addr.02439 = phi i64 [ 0, %p12.exit.1 ], [ %t5.next, %j36.exit ]
  %3104 = shl nuw nsw i64 %t5.addr.02439, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %3104, i64 1)
  %i50 = shl nuw nsw i64 %t5.addr.02439, 1
  %invariant.gep2427 = getelementptr float, ptr %invariant.gep2423, i64 %i50
  %.not2498 = icmp eq i64 %t5.addr.02439, 0
  br i1 %.not2498, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t5.body
  %.idx2160 = mul nuw nsw i64 %t5.addr.02439, 704
  %gep2424 = getelementptr inbounds i8, ptr %invariant.gep2423, i64 %.idx2160
  %xtraiter3370 = and i64 %umax, 7
  %3105 = icmp ult i64 %t5.addr.02439, 4
  br i1 %3105, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3372 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02429 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3373 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3373.next.7, %j35.body ]
  %3106 = getelementptr inbounds float, ptr %gep2424, i64 %j35.addr.02429
  %3107 = load float, ptr %3106, align 4
  %3108 = fneg float %3107
  store float %3108, ptr %3106, align 4
  %.idx2161 = mul nuw nsw i64 %j35.addr.02429, 352
  %gep2428 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161
  store float %3108, ptr %gep2428, align 4
  %j35.next = or disjoint i64 %j35.addr.02429, 1
  %3109 = getelementptr inbounds float, ptr %gep2424, i64 %j35.next
  %3110 = load float, ptr %3109, align 4
  %3111 = fneg float %3110
  store float %3111, ptr %3109, align 4
  %.idx2161.1 = mul nuw nsw i64 %j35.next, 352
  %gep2428.1 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.1
  store float %3111, ptr %gep2428.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02429, 2
  %3112 = getelementptr inbounds float, ptr %gep2424, i64 %j35.next.1
  %3113 = load float, ptr %3112, align 4
  %3114 = fneg float %3113
  store float %3114, ptr %3112, align 4
  %.idx2161.2 = mul nuw nsw i64 %j35.next.1, 352
  %gep2428.2 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.2
  store float %3114, ptr %gep2428.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02429, 3
  %3115 = getelementptr inbounds float, ptr %gep2424, i64 %j35.next.2
  %3116 = load float, ptr %3115, align 4
  %3117 = fneg float %3116
  store float %3117, ptr %3115, align 4
  %.idx2161.3 = mul nuw nsw i64 %j35.next.2, 352
  %gep2428.3 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.3
  store float %3117, ptr %gep2428.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02429, 4
  %3118 = getelementptr inbounds float, ptr %gep2424, i64 %j35.next.3
  %3119 = load float, ptr %3118, align 4
  %3120 = fneg float %3119
  store float %3120, ptr %3118, align 4
  %.idx2161.4 = mul nuw nsw i64 %j35.next.3, 352
  %gep2428.4 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.4
  store float %3120, ptr %gep2428.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02429, 5
  %3121 = getelementptr inbounds float, ptr %gep2424, i64 %j35.next.4
  %3122 = load float, ptr %3121, align 4
  %3123 = fneg float %3122
  store float %3123, ptr %3121, align 4
  %.idx2161.5 = mul nuw nsw i64 %j35.next.4, 352
  %gep2428.5 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.5
  store float %3123, ptr %gep2428.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02429, 6
  %3124 = getelementptr inbounds float, ptr %gep2424, i64 %j35.next.5
  %3125 = load float, ptr %3124, align 4
  %3126 = fneg float %3125
  store float %3126, ptr %3124, align 4
  %.idx2161.6 = mul nuw nsw i64 %j35.next.5, 352
  %gep2428.6 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.6
  store float %3126, ptr %gep2428.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02429, 7
  %3127 = getelementptr inbounds float, ptr %gep2424, i64 %j35.next.6
  %3128 = load float, ptr %3127, align 4
  %3129 = fneg float %3128
  store float %3129, ptr %3127, align 4
  %.idx2161.7 = mul nuw nsw i64 %j35.next.6, 352
  %gep2428.7 = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.7
  store float %3129, ptr %gep2428.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02429, 8
  %niter3373.next.7 = add i64 %niter3373, 8
  %niter3373.ncmp.7 = icmp eq i64 %niter3373.next.7, %unroll_iter3372
  br i1 %niter3373.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02429.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3371.not = icmp eq i64 %xtraiter3370, 0
  br i1 %lcmp.mod3371.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02429.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02429.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3130 = getelementptr inbounds float, ptr %gep2424, i64 %j35.addr.02429.epil
  %3131 = load float, ptr %3130, align 4
  %3132 = fneg float %3131
  store float %3132, ptr %3130, align 4
  %.idx2161.epil = mul nuw nsw i64 %j35.addr.02429.epil, 352
  %gep2428.epil = getelementptr i8, ptr %invariant.gep2427, i64 %.idx2161.epil
  store float %3132, ptr %gep2428.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02429.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3370
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t5.body
  %.idx2157.pre-phi = phi i64 [ 0, %t5.body ], [ %.idx2160, %j35.body.epil ], [ %.idx2160, %j35.exit.loopexit.unr-lcssa ]
  %gep2436 = getelementptr inbounds i8, ptr %invariant.gep2423, i64 %.idx2157.pre-phi
  %3133 = getelementptr inbounds float, ptr %gep2436, i64 %i50
  store float 0.000000e+00, ptr %3133, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2158 = mul nuw nsw i64 %i51, 352
  %gep2438 = getelementptr inbounds i8, ptr %invariant.gep2423, i64 %.idx2158
  %invariant.gep2432 = getelementptr float, ptr %invariant.gep2423, i64 %i51
  %xtraiter3374 = and i64 %indvars.iv2719, 7
  %3134 = icmp ult i64 %t5.addr.02439, 4
  br i1 %3134, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3377 = and i64 %indvars.iv2719, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02434 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3378 = phi i64 [ 0, %j35.exit.new ], [ %niter3378.next.7, %j36.body ]
  %3135 = getelementptr inbounds float, ptr %gep2438, i64 %j36.addr.02434
  %3136 = load float, ptr %3135, align 4
  %3137 = fneg float %3136
  store float %3137, ptr %3135, align 4
  %.idx2159 = mul nuw nsw i64 %j36.addr.02434, 352
  %gep2433 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159
  store float %3137, ptr %gep2433, align 4
  %j36.next = or disjoint i64 %j36.addr.02434, 1
  %3138 = getelementptr inbounds float, ptr %gep2438, i64 %j36.next
  %3139 = load float, ptr %3138, align 4
  %3140 = fneg float %3139
  store float %3140, ptr %3138, align 4
  %.idx2159.1 = mul nuw nsw i64 %j36.next, 352
  %gep2433.1 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.1
  store float %3140, ptr %gep2433.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02434, 2
  %3141 = getelementptr inbounds float, ptr %gep2438, i64 %j36.next.1
  %3142 = load float, ptr %3141, align 4
  %3143 = fneg float %3142
  store float %3143, ptr %3141, align 4
  %.idx2159.2 = mul nuw nsw i64 %j36.next.1, 352
  %gep2433.2 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.2
  store float %3143, ptr %gep2433.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02434, 3
  %3144 = getelementptr inbounds float, ptr %gep2438, i64 %j36.next.2
  %3145 = load float, ptr %3144, align 4
  %3146 = fneg float %3145
  store float %3146, ptr %3144, align 4
  %.idx2159.3 = mul nuw nsw i64 %j36.next.2, 352
  %gep2433.3 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.3
  store float %3146, ptr %gep2433.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02434, 4
  %3147 = getelementptr inbounds float, ptr %gep2438, i64 %j36.next.3
  %3148 = load float, ptr %3147, align 4
  %3149 = fneg float %3148
  store float %3149, ptr %3147, align 4
  %.idx2159.4 = mul nuw nsw i64 %j36.next.3, 352
  %gep2433.4 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.4
  store float %3149, ptr %gep2433.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02434, 5
  %3150 = getelementptr inbounds float, ptr %gep2438, i64 %j36.next.4
  %3151 = load float, ptr %3150, align 4
  %3152 = fneg float %3151
  store float %3152, ptr %3150, align 4
  %.idx2159.5 = mul nuw nsw i64 %j36.next.4, 352
  %gep2433.5 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.5
  store float %3152, ptr %gep2433.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02434, 6
  %3153 = getelementptr inbounds float, ptr %gep2438, i64 %j36.next.5
  %3154 = load float, ptr %3153, align 4
  %3155 = fneg float %3154
  store float %3155, ptr %3153, align 4
  %.idx2159.6 = mul nuw nsw i64 %j36.next.5, 352
  %gep2433.6 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.6
  store float %3155, ptr %gep2433.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02434, 7
  %3156 = getelementptr inbounds float, ptr %gep2438, i64 %j36.next.6
  %3157 = load float, ptr %3156, align 4
  %3158 = fneg float %3157
  store float %3158, ptr %3156, align 4
  %.idx2159.7 = mul nuw nsw i64 %j36.next.6, 352
  %gep2433.7 = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.7
  store float %3158, ptr %gep2433.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02434, 8
  %niter3378.next.7 = add i64 %niter3378, 8
  %niter3378.ncmp.7 = icmp eq i64 %niter3378.next.7, %unroll_iter3377
  br i1 %niter3378.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02434.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3376.not = icmp eq i64 %xtraiter3374, 0
  br i1 %lcmp.mod3376.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02434.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02434.unr, %j36.exit.unr-lcssa ]
  %epil.iter3375 = phi i64 [ %epil.iter3375.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3159 = getelementptr inbounds float, ptr %gep2438, i64 %j36.addr.02434.epil
  %3160 = load float, ptr %3159, align 4
  %3161 = fneg float %3160
  store float %3161, ptr %3159, align 4
  %.idx2159.epil = mul nuw nsw i64 %j36.addr.02434.epil, 352
  %gep2433.epil = getelementptr i8, ptr %invariant.gep2432, i64 %.idx2159.epil
  store float %3161, ptr %gep2433.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02434.epil, 1
  %epil.iter3375.next = add i64 %epil.iter3375, 1
  %epil.iter3375.cmp.not = icmp eq i64 %epil.iter3375.next, %xtraiter3374
  br i1 %epil.iter3375.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep2954 = getelementptr inbounds i8, ptr %invariant.gep2953, i64 %.idx2158
  %3162 = getelementptr inbounds float, ptr %gep2954, i64 %i51
  store float 0.000000e+00, ptr %3162, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02439, 1
  %indvars.iv.next2720 = add nuw nsw i64 %indvars.iv2719, 2
  %exitcond2722.not = icmp eq i64 %t5.next, 8
  br i1 %exitcond2722.not, label %i52.head.preheader, label %t5.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1475
  %3163 = phi i1 [ true, %i52.head.preheader ], [ false, %endif1475 ]
  %i52.addr.02457 = phi i64 [ 0, %i52.head.preheader ], [ 8, %endif1475 ]
  %.idx = mul nuw nsw i64 %i52.addr.02457, 352
  %3164 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %3165 = getelementptr inbounds i8, ptr %3164, i64 352
  %3166 = getelementptr inbounds i8, ptr %3164, i64 704
  %3167 = getelementptr inbounds i8, ptr %3164, i64 1056
  %3168 = getelementptr inbounds i8, ptr %3164, i64 1408
  %3169 = getelementptr inbounds i8, ptr %3164, i64 1760
  %3170 = getelementptr inbounds i8, ptr %3164, i64 2112
  %3171 = getelementptr inbounds i8, ptr %3164, i64 2464
  br label %p13.body

i52.exit:                                         ; preds = %endif1475
  %cc.next = add nuw nsw i64 %cc.addr.02458, 1
  %indvars.iv.next2711 = add i64 %indvars.iv2710, 8
  %exitcond2725.not = icmp eq i64 %cc.next, %smax2724
  br i1 %exitcond2725.not, label %j38.head.preheader, label %cc.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02456 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc143.02455 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3225, %p13.body ]
  %acc142.02454 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3224, %p13.body ]
  %acc141.02453 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3219, %p13.body ]
  %acc140.02452 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3218, %p13.body ]
  %acc139.02451 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3213, %p13.body ]
  %acc138.02450 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3212, %p13.body ]
  %acc137.02449 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3207, %p13.body ]
  %acc136.02448 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3206, %p13.body ]
  %acc135.02447 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3201, %p13.body ]
  %acc134.02446 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3200, %p13.body ]
  %acc133.02445 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3195, %p13.body ]
  %acc132.02444 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3194, %p13.body ]
  %acc131.02443 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3189, %p13.body ]
  %acc130.02442 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3188, %p13.body ]
  %acc129.02441 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3183, %p13.body ]
  %acc128.02440 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3182, %p13.body ]
  %3172 = shl nuw nsw i64 %p13.addr.02456, 5
  %3173 = getelementptr inbounds float, ptr %Bk, i64 %3172
  %3174 = load <16 x float>, ptr %3173, align 4
  %3175 = or disjoint i64 %3172, 16
  %3176 = getelementptr inbounds float, ptr %Bk, i64 %3175
  %3177 = load <16 x float>, ptr %3176, align 4
  %3178 = getelementptr inbounds float, ptr %3164, i64 %p13.addr.02456
  %3179 = load float, ptr %3178, align 4
  %3180 = insertelement <16 x float> poison, float %3179, i64 0
  %3181 = shufflevector <16 x float> %3180, <16 x float> poison, <16 x i32> zeroinitializer
  %3182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3181, <16 x float> %3174, <16 x float> %acc128.02440)
  %3183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3181, <16 x float> %3177, <16 x float> %acc129.02441)
  %3184 = getelementptr inbounds float, ptr %3165, i64 %p13.addr.02456
  %3185 = load float, ptr %3184, align 4
  %3186 = insertelement <16 x float> poison, float %3185, i64 0
  %3187 = shufflevector <16 x float> %3186, <16 x float> poison, <16 x i32> zeroinitializer
  %3188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3187, <16 x float> %3174, <16 x float> %acc130.02442)
  %3189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3187, <16 x float> %3177, <16 x float> %acc131.02443)
  %3190 = getelementptr inbounds float, ptr %3166, i64 %p13.addr.02456
  %3191 = load float, ptr %3190, align 4
  %3192 = insertelement <16 x float> poison, float %3191, i64 0
  %3193 = shufflevector <16 x float> %3192, <16 x float> poison, <16 x i32> zeroinitializer
  %3194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3193, <16 x float> %3174, <16 x float> %acc132.02444)
  %3195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3193, <16 x float> %3177, <16 x float> %acc133.02445)
  %3196 = getelementptr inbounds float, ptr %3167, i64 %p13.addr.02456
  %3197 = load float, ptr %3196, align 4
  %3198 = insertelement <16 x float> poison, float %3197, i64 0
  %3199 = shufflevector <16 x float> %3198, <16 x float> poison, <16 x i32> zeroinitializer
  %3200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3199, <16 x float> %3174, <16 x float> %acc134.02446)
  %3201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3199, <16 x float> %3177, <16 x float> %acc135.02447)
  %3202 = getelementptr inbounds float, ptr %3168, i64 %p13.addr.02456
  %3203 = load float, ptr %3202, align 4
  %3204 = insertelement <16 x float> poison, float %3203, i64 0
  %3205 = shufflevector <16 x float> %3204, <16 x float> poison, <16 x i32> zeroinitializer
  %3206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3205, <16 x float> %3174, <16 x float> %acc136.02448)
  %3207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3205, <16 x float> %3177, <16 x float> %acc137.02449)
  %3208 = getelementptr inbounds float, ptr %3169, i64 %p13.addr.02456
  %3209 = load float, ptr %3208, align 4
  %3210 = insertelement <16 x float> poison, float %3209, i64 0
  %3211 = shufflevector <16 x float> %3210, <16 x float> poison, <16 x i32> zeroinitializer
  %3212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3174, <16 x float> %acc138.02450)
  %3213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3177, <16 x float> %acc139.02451)
  %3214 = getelementptr inbounds float, ptr %3170, i64 %p13.addr.02456
  %3215 = load float, ptr %3214, align 4
  %3216 = insertelement <16 x float> poison, float %3215, i64 0
  %3217 = shufflevector <16 x float> %3216, <16 x float> poison, <16 x i32> zeroinitializer
  %3218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3217, <16 x float> %3174, <16 x float> %acc140.02452)
  %3219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3217, <16 x float> %3177, <16 x float> %acc141.02453)
  %3220 = getelementptr inbounds float, ptr %3171, i64 %p13.addr.02456
  %3221 = load float, ptr %3220, align 4
  %3222 = insertelement <16 x float> poison, float %3221, i64 0
  %3223 = shufflevector <16 x float> %3222, <16 x float> poison, <16 x i32> zeroinitializer
  %3224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3223, <16 x float> %3174, <16 x float> %acc142.02454)
  %3225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3223, <16 x float> %3177, <16 x float> %acc143.02455)
  %p13.next = add nuw nsw i64 %p13.addr.02456, 1
  %exitcond2723.not = icmp eq i64 %p13.next, 88
  br i1 %exitcond2723.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3226 = icmp slt i64 %i52.addr.02457, %3102
  br i1 %3226, label %then1413, label %endif1419

then1413:                                         ; preds = %p13.exit
  %3227 = or disjoint i64 %i52.addr.02457, %3103
  %3228 = mul nsw i64 %3227, %sq
  %3229 = getelementptr inbounds float, ptr %kh1, i64 %3228
  store <16 x float> %3182, ptr %3229, align 4
  %3230 = or disjoint i64 %3228, 16
  %3231 = getelementptr inbounds float, ptr %kh1, i64 %3230
  store <16 x float> %3183, ptr %3231, align 4
  br label %endif1419

endif1419:                                        ; preds = %p13.exit, %then1413
  %3232 = or disjoint i64 %i52.addr.02457, 1
  %3233 = icmp slt i64 %3232, %3102
  br i1 %3233, label %then1421, label %endif1427

then1421:                                         ; preds = %endif1419
  %3234 = or disjoint i64 %3232, %3103
  %3235 = mul nsw i64 %3234, %sq
  %3236 = getelementptr inbounds float, ptr %kh1, i64 %3235
  store <16 x float> %3188, ptr %3236, align 4
  %3237 = or disjoint i64 %3235, 16
  %3238 = getelementptr inbounds float, ptr %kh1, i64 %3237
  store <16 x float> %3189, ptr %3238, align 4
  br label %endif1427

endif1427:                                        ; preds = %endif1419, %then1421
  %3239 = or disjoint i64 %i52.addr.02457, 2
  %3240 = icmp slt i64 %3239, %3102
  br i1 %3240, label %then1429, label %endif1435

then1429:                                         ; preds = %endif1427
  %3241 = or disjoint i64 %3239, %3103
  %3242 = mul nsw i64 %3241, %sq
  %3243 = getelementptr inbounds float, ptr %kh1, i64 %3242
  store <16 x float> %3194, ptr %3243, align 4
  %3244 = or disjoint i64 %3242, 16
  %3245 = getelementptr inbounds float, ptr %kh1, i64 %3244
  store <16 x float> %3195, ptr %3245, align 4
  br label %endif1435

endif1435:                                        ; preds = %endif1427, %then1429
  %3246 = or disjoint i64 %i52.addr.02457, 3
  %3247 = icmp slt i64 %3246, %3102
  br i1 %3247, label %then1437, label %endif1443

then1437:                                         ; preds = %endif1435
  %3248 = or disjoint i64 %3246, %3103
  %3249 = mul nsw i64 %3248, %sq
  %3250 = getelementptr inbounds float, ptr %kh1, i64 %3249
  store <16 x float> %3200, ptr %3250, align 4
  %3251 = or disjoint i64 %3249, 16
  %3252 = getelementptr inbounds float, ptr %kh1, i64 %3251
  store <16 x float> %3201, ptr %3252, align 4
  br label %endif1443

endif1443:                                        ; preds = %endif1435, %then1437
  %3253 = or disjoint i64 %i52.addr.02457, 4
  %3254 = icmp slt i64 %3253, %3102
  br i1 %3254, label %then1445, label %endif1451

then1445:                                         ; preds = %endif1443
  %3255 = or disjoint i64 %3253, %3103
  %3256 = mul nsw i64 %3255, %sq
  %3257 = getelementptr inbounds float, ptr %kh1, i64 %3256
  store <16 x float> %3206, ptr %3257, align 4
  %3258 = or disjoint i64 %3256, 16
  %3259 = getelementptr inbounds float, ptr %kh1, i64 %3258
  store <16 x float> %3207, ptr %3259, align 4
  br label %endif1451

endif1451:                                        ; preds = %endif1443, %then1445
  %3260 = or disjoint i64 %i52.addr.02457, 5
  %3261 = icmp slt i64 %3260, %3102
  br i1 %3261, label %then1453, label %endif1459

then1453:                                         ; preds = %endif1451
  %3262 = or disjoint i64 %3260, %3103
  %3263 = mul nsw i64 %3262, %sq
  %3264 = getelementptr inbounds float, ptr %kh1, i64 %3263
  store <16 x float> %3212, ptr %3264, align 4
  %3265 = or disjoint i64 %3263, 16
  %3266 = getelementptr inbounds float, ptr %kh1, i64 %3265
  store <16 x float> %3213, ptr %3266, align 4
  br label %endif1459

endif1459:                                        ; preds = %endif1451, %then1453
  %3267 = or disjoint i64 %i52.addr.02457, 6
  %3268 = icmp slt i64 %3267, %3102
  br i1 %3268, label %then1461, label %endif1467

then1461:                                         ; preds = %endif1459
  %3269 = or disjoint i64 %3267, %3103
  %3270 = mul nsw i64 %3269, %sq
  %3271 = getelementptr inbounds float, ptr %kh1, i64 %3270
  store <16 x float> %3218, ptr %3271, align 4
  %3272 = or disjoint i64 %3270, 16
  %3273 = getelementptr inbounds float, ptr %kh1, i64 %3272
  store <16 x float> %3219, ptr %3273, align 4
  br label %endif1467

endif1467:                                        ; preds = %endif1459, %then1461
  %3274 = or disjoint i64 %i52.addr.02457, 7
  %3275 = icmp slt i64 %3274, %3102
  br i1 %3275, label %then1469, label %endif1475

then1469:                                         ; preds = %endif1467
  %3276 = or disjoint i64 %3274, %3103
  %3277 = mul nsw i64 %3276, %sq
  %3278 = getelementptr inbounds float, ptr %kh1, i64 %3277
  store <16 x float> %3224, ptr %3278, align 4
  %3279 = or disjoint i64 %3277, 16
  %3280 = getelementptr inbounds float, ptr %kh1, i64 %3279
  store <16 x float> %3225, ptr %3280, align 4
  br label %endif1475

endif1475:                                        ; preds = %endif1467, %then1469
  br i1 %3163, label %p13.head.preheader, label %i52.exit

j38.head.preheader:                               ; preds = %bh.body, %i52.exit
  %3281 = getelementptr i8, ptr %dh0, i64 %407
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3281, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727, i64 128, i1 false)
  %scevgep2726.1 = getelementptr i8, ptr %3281, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.1, i64 128, i1 false)
  %scevgep2726.2 = getelementptr i8, ptr %3281, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.2, i64 128, i1 false)
  %scevgep2726.3 = getelementptr i8, ptr %3281, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.3, i64 128, i1 false)
  %scevgep2726.4 = getelementptr i8, ptr %3281, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.4, i64 128, i1 false)
  %scevgep2726.5 = getelementptr i8, ptr %3281, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.5, i64 128, i1 false)
  %scevgep2726.6 = getelementptr i8, ptr %3281, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.6, i64 128, i1 false)
  %scevgep2726.7 = getelementptr i8, ptr %3281, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.7, i64 128, i1 false)
  %scevgep2726.8 = getelementptr i8, ptr %3281, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.8, i64 128, i1 false)
  %scevgep2726.9 = getelementptr i8, ptr %3281, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.9, i64 128, i1 false)
  %scevgep2726.10 = getelementptr i8, ptr %3281, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.10, i64 128, i1 false)
  %scevgep2726.11 = getelementptr i8, ptr %3281, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.11, i64 128, i1 false)
  %scevgep2726.12 = getelementptr i8, ptr %3281, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.12, i64 128, i1 false)
  %scevgep2726.13 = getelementptr i8, ptr %3281, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.13, i64 128, i1 false)
  %scevgep2726.14 = getelementptr i8, ptr %3281, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.14, i64 128, i1 false)
  %scevgep2726.15 = getelementptr i8, ptr %3281, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.15, i64 128, i1 false)
  %scevgep2726.16 = getelementptr i8, ptr %3281, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.16, i64 128, i1 false)
  %scevgep2726.17 = getelementptr i8, ptr %3281, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.17, i64 128, i1 false)
  %scevgep2726.18 = getelementptr i8, ptr %3281, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.18, i64 128, i1 false)
  %scevgep2726.19 = getelementptr i8, ptr %3281, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.19, i64 128, i1 false)
  %scevgep2726.20 = getelementptr i8, ptr %3281, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.20, i64 128, i1 false)
  %scevgep2726.21 = getelementptr i8, ptr %3281, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.21, i64 128, i1 false)
  %scevgep2726.22 = getelementptr i8, ptr %3281, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.22, i64 128, i1 false)
  %scevgep2726.23 = getelementptr i8, ptr %3281, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.23, i64 128, i1 false)
  %scevgep2726.24 = getelementptr i8, ptr %3281, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.24, i64 128, i1 false)
  %scevgep2726.25 = getelementptr i8, ptr %3281, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.25, i64 128, i1 false)
  %scevgep2726.26 = getelementptr i8, ptr %3281, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.26, i64 128, i1 false)
  %scevgep2726.27 = getelementptr i8, ptr %3281, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.27, i64 128, i1 false)
  %scevgep2726.28 = getelementptr i8, ptr %3281, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.28, i64 128, i1 false)
  %scevgep2726.29 = getelementptr i8, ptr %3281, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.29, i64 128, i1 false)
  %scevgep2726.30 = getelementptr i8, ptr %3281, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.30, i64 128, i1 false)
  %scevgep2726.31 = getelementptr i8, ptr %3281, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2726.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2727.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02461, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2729.not = icmp eq i64 %indvar.next, %37
  br i1 %exitcond2729.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
; ---- dp_step_h2_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_nogate'
source_filename = "dp_step_h2_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0106 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0106, %H
  %h = srem i64 %bh.addr.0106, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0106, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.095 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %39, %i.body ]
  %acc1.094 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc2.093 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %52, %i.body ]
  %acc3.092 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %i.addr.091 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %7 = getelementptr inbounds float, ptr %kh, i64 %i.addr.091
  %8 = load float, ptr %7, align 4
  %9 = shl nuw nsw i64 %i.addr.091, 5
  %10 = getelementptr inbounds float, ptr %S, i64 %9
  %11 = load <16 x float>, ptr %10, align 4
  %12 = insertelement <16 x float> poison, float %8, i64 0
  %13 = shufflevector <16 x float> %12, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %11, <16 x float> %acc.095)
  %15 = or disjoint i64 %9, 16
  %16 = getelementptr inbounds float, ptr %S, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %17, <16 x float> %acc1.094)
  %19 = or disjoint i64 %i.addr.091, 1
  %20 = getelementptr inbounds float, ptr %kh, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = shl nuw nsw i64 %19, 5
  %23 = getelementptr inbounds float, ptr %S, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = insertelement <16 x float> poison, float %21, i64 0
  %26 = shufflevector <16 x float> %25, <16 x float> poison, <16 x i32> zeroinitializer
  %27 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %24, <16 x float> %acc2.093)
  %28 = or disjoint i64 %22, 16
  %29 = getelementptr inbounds float, ptr %S, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %30, <16 x float> %acc3.092)
  %i.next = or disjoint i64 %i.addr.091, 2
  %32 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %33 = load float, ptr %32, align 4
  %34 = shl nuw nsw i64 %i.next, 5
  %35 = getelementptr inbounds float, ptr %S, i64 %34
  %36 = load <16 x float>, ptr %35, align 4
  %37 = insertelement <16 x float> poison, float %33, i64 0
  %38 = shufflevector <16 x float> %37, <16 x float> poison, <16 x i32> zeroinitializer
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %38, <16 x float> %36, <16 x float> %14)
  %40 = or disjoint i64 %34, 16
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %38, <16 x float> %42, <16 x float> %18)
  %44 = or disjoint i64 %i.addr.091, 3
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %44, 5
  %48 = getelementptr inbounds float, ptr %S, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = insertelement <16 x float> poison, float %46, i64 0
  %51 = shufflevector <16 x float> %50, <16 x float> poison, <16 x i32> zeroinitializer
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %49, <16 x float> %27)
  %53 = or disjoint i64 %47, 16
  %54 = getelementptr inbounds float, ptr %S, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %55, <16 x float> %31)
  %i.next.1 = add nuw nsw i64 %i.addr.091, 4
  %57 = icmp ult i64 %i.next, 30
  br i1 %57, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %58 = load float, ptr %betah, align 4
  %59 = load <16 x float>, ptr %vh, align 4
  %60 = fadd <16 x float> %52, %39
  %61 = fsub <16 x float> %59, %60
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = fmul <16 x float> %63, %61
  %65 = getelementptr inbounds i8, ptr %vh, i64 64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %56, %43
  %68 = fsub <16 x float> %66, %67
  %69 = fmul <16 x float> %63, %68
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %83, %i1.body ]
  %acc5.099 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %88, %i1.body ]
  %acc6.098 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %103, %i1.body ]
  %acc7.097 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %108, %i1.body ]
  %i1.addr.096 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %70 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.096
  %71 = load float, ptr %70, align 4
  %72 = or disjoint i64 %i1.addr.096, %sq
  %73 = getelementptr inbounds float, ptr %kh, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <16 x float> poison, float %71, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = shl nuw nsw i64 %i1.addr.096, 5
  %78 = getelementptr inbounds float, ptr %S, i64 %77
  %79 = load <16 x float>, ptr %78, align 4
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %64, <16 x float> %79)
  store <16 x float> %80, ptr %78, align 4
  %81 = insertelement <16 x float> poison, float %74, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %80, <16 x float> %acc416.0100)
  %84 = or disjoint i64 %77, 16
  %85 = getelementptr inbounds float, ptr %S, i64 %84
  %86 = load <16 x float>, ptr %85, align 4
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %69, <16 x float> %86)
  store <16 x float> %87, ptr %85, align 4
  %88 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %87, <16 x float> %acc5.099)
  %89 = or disjoint i64 %i1.addr.096, 1
  %90 = getelementptr inbounds float, ptr %kh, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = or disjoint i64 %89, %sq
  %93 = getelementptr inbounds float, ptr %kh, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <16 x float> poison, float %91, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = shl nuw nsw i64 %89, 5
  %98 = getelementptr inbounds float, ptr %S, i64 %97
  %99 = load <16 x float>, ptr %98, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %64, <16 x float> %99)
  store <16 x float> %100, ptr %98, align 4
  %101 = insertelement <16 x float> poison, float %94, i64 0
  %102 = shufflevector <16 x float> %101, <16 x float> poison, <16 x i32> zeroinitializer
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %100, <16 x float> %acc6.098)
  %104 = or disjoint i64 %97, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %69, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %107, <16 x float> %acc7.097)
  %i1.next = add nuw nsw i64 %i1.addr.096, 2
  %109 = icmp ult i64 %i1.addr.096, 30
  br i1 %109, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %110 = getelementptr inbounds float, ptr %betah, i64 %H
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %vh, i64 %sq
  %113 = load <16 x float>, ptr %112, align 4
  %114 = fadd <16 x float> %103, %83
  %115 = fsub <16 x float> %113, %114
  %116 = insertelement <16 x float> poison, float %111, i64 0
  %117 = shufflevector <16 x float> %116, <16 x float> poison, <16 x i32> zeroinitializer
  %118 = fmul <16 x float> %117, %115
  %119 = getelementptr inbounds float, ptr %vh, i64 %2
  %120 = load <16 x float>, ptr %119, align 4
  %121 = fadd <16 x float> %108, %88
  %122 = fsub <16 x float> %120, %121
  %123 = fmul <16 x float> %117, %122
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0105 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc9.0102 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %161, %i2.body ]
  %acc8.0101 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %156, %i2.body ]
  %124 = or disjoint i64 %i2.addr.0105, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0105
  %128 = load float, ptr %127, align 4
  %129 = insertelement <16 x float> poison, float %126, i64 0
  %130 = shufflevector <16 x float> %129, <16 x float> poison, <16 x i32> zeroinitializer
  %131 = shl nuw nsw i64 %i2.addr.0105, 5
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %118, <16 x float> %133)
  store <16 x float> %134, ptr %132, align 4
  %135 = insertelement <16 x float> poison, float %128, i64 0
  %136 = shufflevector <16 x float> %135, <16 x float> poison, <16 x i32> zeroinitializer
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %134, <16 x float> %acc8.0101)
  %138 = or disjoint i64 %131, 16
  %139 = getelementptr inbounds float, ptr %S, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %123, <16 x float> %140)
  store <16 x float> %141, ptr %139, align 4
  %142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %141, <16 x float> %acc9.0102)
  %i2.next = or disjoint i64 %i2.addr.0105, 1
  %143 = or disjoint i64 %i2.next, %sq
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %147 = load float, ptr %146, align 4
  %148 = insertelement <16 x float> poison, float %145, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = shl nuw nsw i64 %i2.next, 5
  %151 = getelementptr inbounds float, ptr %S, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %118, <16 x float> %152)
  store <16 x float> %153, ptr %151, align 4
  %154 = insertelement <16 x float> poison, float %147, i64 0
  %155 = shufflevector <16 x float> %154, <16 x float> poison, <16 x i32> zeroinitializer
  %156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %153, <16 x float> %137)
  %157 = or disjoint i64 %150, 16
  %158 = getelementptr inbounds float, ptr %S, i64 %157
  %159 = load <16 x float>, ptr %158, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %123, <16 x float> %159)
  store <16 x float> %160, ptr %158, align 4
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %160, <16 x float> %142)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0105, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %162 = fmul <16 x float> %156, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %162, ptr %oh, align 4
  %163 = fmul <16 x float> %161, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %164 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %163, ptr %164, align 4
  %bh.next = add nsw i64 %bh.addr.0106, 1
  %exitcond116.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond116.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h2_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r64_nogate'
source_filename = "dp_fwd_h2_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0116 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep136 = getelementptr i8, ptr %hT, i64 %10
  %scevgep131 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0116, %H
  %h = srem i64 %bh.addr.0116, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep131, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep151 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep136, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0116, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond137.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond137.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0113 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0113
  %18 = shl i64 %17, 12
  %gep152 = getelementptr i8, ptr %invariant.gep151, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep152, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0113, 6
  %19 = add nuw nsw i64 %t0, 64
  %20 = shl nsw i64 %ci.addr.0113, 7
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.099 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %57, %i2.body ]
  %acc1.098 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %61, %i2.body ]
  %acc2.097 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %71, %i2.body ]
  %acc3.096 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %75, %i2.body ]
  %i2.addr.095 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.095, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.095, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.099)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.098)
  %35 = or disjoint i64 %i2.addr.095, 1
  %36 = or disjoint i64 %35, %21
  %37 = getelementptr inbounds float, ptr %kh, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = shl nuw nsw i64 %35, 5
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = insertelement <16 x float> poison, float %38, i64 0
  %43 = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %41, <16 x float> %acc2.097)
  %45 = or disjoint i64 %39, 16
  %46 = getelementptr inbounds float, ptr %work, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %47, <16 x float> %acc3.096)
  %i2.next = or disjoint i64 %i2.addr.095, 2
  %49 = or disjoint i64 %i2.next, %21
  %50 = getelementptr inbounds float, ptr %kh, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = shl nuw nsw i64 %i2.next, 5
  %53 = getelementptr inbounds float, ptr %work, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = insertelement <16 x float> poison, float %51, i64 0
  %56 = shufflevector <16 x float> %55, <16 x float> poison, <16 x i32> zeroinitializer
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %54, <16 x float> %30)
  %58 = or disjoint i64 %52, 16
  %59 = getelementptr inbounds float, ptr %work, i64 %58
  %60 = load <16 x float>, ptr %59, align 4
  %61 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %60, <16 x float> %34)
  %62 = or disjoint i64 %i2.addr.095, 3
  %63 = or disjoint i64 %62, %21
  %64 = getelementptr inbounds float, ptr %kh, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = shl nuw nsw i64 %62, 5
  %67 = getelementptr inbounds float, ptr %work, i64 %66
  %68 = load <16 x float>, ptr %67, align 4
  %69 = insertelement <16 x float> poison, float %65, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  %71 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %68, <16 x float> %44)
  %72 = or disjoint i64 %66, 16
  %73 = getelementptr inbounds float, ptr %work, i64 %72
  %74 = load <16 x float>, ptr %73, align 4
  %75 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %74, <16 x float> %48)
  %i2.next.1 = add nuw nsw i64 %i2.addr.095, 4
  %76 = icmp ult i64 %i2.next, 30
  br i1 %76, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %19, i64 %T)
  %77 = icmp slt i64 %t0, %T
  br i1 %77, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %78 = mul nsw i64 %20, %H
  %79 = getelementptr inbounds float, ptr %betah, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = insertelement <16 x float> poison, float %80, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = or disjoint i64 %21, 16
  %84 = getelementptr inbounds float, ptr %vh, i64 %83
  %85 = load <16 x float>, ptr %84, align 4
  %86 = fadd <16 x float> %75, %61
  %87 = fsub <16 x float> %85, %86
  %88 = fmul <16 x float> %82, %87
  %89 = getelementptr inbounds float, ptr %vh, i64 %21
  %90 = load <16 x float>, ptr %89, align 4
  %91 = fadd <16 x float> %71, %57
  %92 = fsub <16 x float> %90, %91
  %93 = fmul <16 x float> %82, %92
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0112 = phi <16 x float> [ %217, %i4.exit ], [ %93, %t.body.preheader ]
  %delta1.0111 = phi <16 x float> [ %225, %i4.exit ], [ %88, %t.body.preheader ]
  %t.addr.0110 = phi i64 [ %94, %i4.exit ], [ %t0, %t.body.preheader ]
  %94 = add nuw nsw i64 %t.addr.0110, 1
  %95 = shl nuw nsw i64 %t.addr.0110, 1
  %96 = mul nsw i64 %95, %sq
  %97 = or disjoint i64 %95, 1
  %98 = mul nsw i64 %97, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0113, 1
  %exitcond134.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond134.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0104 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc7.0103 = phi <16 x float> [ zeroinitializer, %t.body ], [ %139, %i3.body ]
  %acc6.0102 = phi <16 x float> [ zeroinitializer, %t.body ], [ %134, %i3.body ]
  %acc5.0101 = phi <16 x float> [ zeroinitializer, %t.body ], [ %118, %i3.body ]
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %t.body ], [ %113, %i3.body ]
  %99 = or disjoint i64 %i3.addr.0104, %96
  %100 = getelementptr inbounds float, ptr %kh, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = or disjoint i64 %i3.addr.0104, %98
  %103 = getelementptr inbounds float, ptr %kh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = insertelement <16 x float> poison, float %101, i64 0
  %106 = shufflevector <16 x float> %105, <16 x float> poison, <16 x i32> zeroinitializer
  %107 = shl nuw nsw i64 %i3.addr.0104, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta.0112, <16 x float> %109)
  store <16 x float> %110, ptr %108, align 4
  %111 = insertelement <16 x float> poison, float %104, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %110, <16 x float> %acc416.0100)
  %114 = or disjoint i64 %107, 16
  %115 = getelementptr inbounds float, ptr %work, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta1.0111, <16 x float> %116)
  store <16 x float> %117, ptr %115, align 4
  %118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %117, <16 x float> %acc5.0101)
  %119 = or disjoint i64 %i3.addr.0104, 1
  %120 = or disjoint i64 %119, %96
  %121 = getelementptr inbounds float, ptr %kh, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = or disjoint i64 %119, %98
  %124 = getelementptr inbounds float, ptr %kh, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = insertelement <16 x float> poison, float %122, i64 0
  %127 = shufflevector <16 x float> %126, <16 x float> poison, <16 x i32> zeroinitializer
  %128 = shl nuw nsw i64 %119, 5
  %129 = getelementptr inbounds float, ptr %work, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta.0112, <16 x float> %130)
  store <16 x float> %131, ptr %129, align 4
  %132 = insertelement <16 x float> poison, float %125, i64 0
  %133 = shufflevector <16 x float> %132, <16 x float> poison, <16 x i32> zeroinitializer
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %131, <16 x float> %acc6.0102)
  %135 = or disjoint i64 %128, 16
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta1.0111, <16 x float> %137)
  store <16 x float> %138, ptr %136, align 4
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %138, <16 x float> %acc7.0103)
  %i3.next = add nuw nsw i64 %i3.addr.0104, 2
  %140 = icmp ult i64 %i3.addr.0104, 30
  br i1 %140, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %94, i64 %4)
  %141 = mul nsw i64 %97, %H
  %142 = getelementptr inbounds float, ptr %betah, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %vh, i64 %98
  %145 = load <16 x float>, ptr %144, align 4
  %146 = fadd <16 x float> %113, %134
  %147 = fsub <16 x float> %145, %146
  %148 = insertelement <16 x float> poison, float %143, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = fmul <16 x float> %149, %147
  %151 = or disjoint i64 %98, 16
  %152 = getelementptr inbounds float, ptr %vh, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fadd <16 x float> %118, %139
  %155 = fsub <16 x float> %153, %154
  %156 = fmul <16 x float> %149, %155
  %157 = mul nsw i64 %t.addr.0110, %sq
  %158 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %157
  %invariant.gep149 = getelementptr float, ptr %kh, i64 %158
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0109 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc11.0108 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %204, %i4.body ]
  %acc10.0107 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %198, %i4.body ]
  %acc9.0106 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %203, %i4.body ]
  %acc8.0105 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %195, %i4.body ]
  %159 = or disjoint i64 %i4.addr.0109, %98
  %160 = getelementptr inbounds float, ptr %kh, i64 %159
  %161 = load float, ptr %160, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0109
  %162 = load float, ptr %gep, align 4
  %gep150 = getelementptr float, ptr %invariant.gep149, i64 %i4.addr.0109
  %163 = load float, ptr %gep150, align 4
  %164 = insertelement <16 x float> poison, float %161, i64 0
  %165 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = shl nuw nsw i64 %i4.addr.0109, 5
  %167 = getelementptr inbounds float, ptr %work, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %150, <16 x float> %168)
  store <16 x float> %169, ptr %167, align 4
  %170 = insertelement <16 x float> poison, float %162, i64 0
  %171 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %169, <16 x float> %acc8.0105)
  %173 = insertelement <16 x float> poison, float %163, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %169, <16 x float> %acc10.0107)
  %176 = or disjoint i64 %166, 16
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %156, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %179, <16 x float> %acc9.0106)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %179, <16 x float> %acc11.0108)
  %i4.next = or disjoint i64 %i4.addr.0109, 1
  %182 = or disjoint i64 %i4.next, %98
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %185 = load float, ptr %gep.1, align 4
  %gep150.1 = getelementptr float, ptr %invariant.gep149, i64 %i4.next
  %186 = load float, ptr %gep150.1, align 4
  %187 = insertelement <16 x float> poison, float %184, i64 0
  %188 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = shl nuw nsw i64 %i4.next, 5
  %190 = getelementptr inbounds float, ptr %work, i64 %189
  %191 = load <16 x float>, ptr %190, align 4
  %192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %150, <16 x float> %191)
  store <16 x float> %192, ptr %190, align 4
  %193 = insertelement <16 x float> poison, float %185, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %192, <16 x float> %172)
  %196 = insertelement <16 x float> poison, float %186, i64 0
  %197 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %192, <16 x float> %175)
  %199 = or disjoint i64 %189, 16
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %156, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %202, <16 x float> %180)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %202, <16 x float> %181)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0109, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %205 = fmul <16 x float> %195, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %206 = getelementptr inbounds float, ptr %oh, i64 %157
  store <16 x float> %205, ptr %206, align 4
  %207 = shl nsw i64 %tn, 1
  %208 = mul nsw i64 %207, %H
  %209 = getelementptr inbounds float, ptr %betah, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = mul nsw i64 %207, %sq
  %212 = getelementptr inbounds float, ptr %vh, i64 %211
  %213 = load <16 x float>, ptr %212, align 4
  %214 = fsub <16 x float> %213, %198
  %215 = insertelement <16 x float> poison, float %210, i64 0
  %216 = shufflevector <16 x float> %215, <16 x float> poison, <16 x i32> zeroinitializer
  %217 = fmul <16 x float> %216, %214
  %218 = fmul <16 x float> %203, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %219 = or disjoint i64 %157, 16
  %220 = getelementptr inbounds float, ptr %oh, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = or disjoint i64 %211, 16
  %222 = getelementptr inbounds float, ptr %vh, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = fsub <16 x float> %223, %204
  %225 = fmul <16 x float> %216, %224
  %226 = icmp slt i64 %94, %t1
  br i1 %226, label %t.body, label %t.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
; ---- dp_bwd_h2_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c64_nogate'
source_filename = "dp_bwd_h2_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 40960
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 253952
  %KSdS = getelementptr inbounds i8, ptr %work, i64 319488
  %KT = getelementptr inbounds i8, ptr %work, i64 221184
  %M = getelementptr inbounds i8, ptr %work, i64 461312
  %OY = getelementptr inbounds i8, ptr %work, i64 196608
  %PT = getelementptr inbounds i8, ptr %work, i64 401408
  %QK = getelementptr inbounds i8, ptr %work, i64 172032
  %QcT = getelementptr inbounds i8, ptr %work, i64 237568
  %Rr = getelementptr inbounds i8, ptr %work, i64 352256
  %Vn = getelementptr inbounds i8, ptr %work, i64 368640
  %VnT = getelementptr inbounds i8, ptr %work, i64 385024
  %bet = getelementptr inbounds i8, ptr %work, i64 442368
  %dOT = getelementptr inbounds i8, ptr %work, i64 245760
  %dQc = getelementptr inbounds i8, ptr %work, i64 434176
  %dbet = getelementptr i8, ptr %work, i64 442880
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 12
  %7 = add i64 %6, -4096
  %8 = shl i64 %nc, 12
  %9 = shl nsw i64 %nc, 6
  %10 = add i64 %9, 144115188075855808
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -8192
  %13 = shl i64 %H, 7
  %14 = shl i64 %nc, 14
  %15 = add i64 %14, -16384
  %16 = shl i64 %T, 8
  %17 = mul i64 %H, -16384
  %18 = shl i64 %H, 8
  %19 = add i64 %14, -16256
  %20 = add i64 %T, 64
  %21 = sub i64 %20, %9
  %smax3036 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %22 = sub i64 %bh1, %bh0
  %scevgep2981.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2981.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2981.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2981.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2981.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2981.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2981.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2981.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2981.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2981.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2981.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2981.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2981.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2981.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2981.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2981.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2981.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2981.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2981.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2981.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2981.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2981.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2981.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2981.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2981.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2981.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2981.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2981.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2981.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2981.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2981.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3208 = getelementptr i8, ptr %work, i64 352384
  %invariant.gep3210 = getelementptr i8, ptr %work, i64 352256
  %invariant.gep3212 = getelementptr i8, ptr %work, i64 196608
  %invariant.gep3214 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3216 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3218 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3220 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3222 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3224 = getelementptr i8, ptr %work, i64 180352
  %invariant.gep3226 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3228 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3230 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3232 = getelementptr inbounds i8, ptr %work, i64 180288
  %23 = getelementptr inbounds i8, ptr %work, i64 352320
  %24 = getelementptr inbounds i8, ptr %work, i64 319552
  %25 = getelementptr inbounds i8, ptr %work, i64 401472
  %26 = getelementptr inbounds i8, ptr %work, i64 461376
  %27 = getelementptr inbounds i8, ptr %work, i64 401536
  %28 = getelementptr inbounds i8, ptr %work, i64 461440
  %29 = getelementptr inbounds i8, ptr %work, i64 401600
  %30 = getelementptr inbounds i8, ptr %work, i64 461504
  %invariant.gep3234 = getelementptr inbounds i8, ptr %work, i64 319616
  %invariant.gep3236 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3240 = getelementptr inbounds i8, ptr %work, i64 204864
  %31 = getelementptr inbounds i8, ptr %work, i64 41024
  %32 = getelementptr inbounds i8, ptr %work, i64 41088
  %33 = getelementptr inbounds i8, ptr %work, i64 41152
  %invariant.gep3242 = getelementptr i8, ptr %work, i64 204928
  %invariant.gep3244 = getelementptr i8, ptr %work, i64 204800
  %invariant.gep3256 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3258 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3260 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3262 = getelementptr inbounds i8, ptr %work, i64 41472
  %scevgep3039 = getelementptr i8, ptr %work, i64 128
  %scevgep = getelementptr i8, ptr %work, i64 128
  %scevgep.1 = getelementptr i8, ptr %work, i64 384
  %scevgep.2 = getelementptr i8, ptr %work, i64 640
  %scevgep.3 = getelementptr i8, ptr %work, i64 896
  %scevgep.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep.31 = getelementptr i8, ptr %work, i64 8064
  %invariant.gep3238 = getelementptr inbounds i8, ptr %work, i64 319680
  %scevgep3039.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3039.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3039.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3039.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3039.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3039.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3039.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3039.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3039.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3039.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3039.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3039.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3039.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3039.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3039.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3039.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3039.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3039.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3039.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3039.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3039.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3039.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3039.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3039.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3039.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3039.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3039.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3039.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3039.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3039.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3039.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02767 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %34 = add i64 %indvar, %bh0
  %35 = shl i64 %34, 12
  %36 = mul i64 %8, %indvar
  %37 = add i64 %7, %36
  %b = sdiv i64 %bh.addr.02767, %H
  %h = srem i64 %bh.addr.02767, %H
  %38 = mul i64 %b, %T
  %39 = mul i64 %38, %H
  %bT = add i64 %39, %h
  %40 = mul i64 %1, %38
  %bTn = add nsw i64 %40, %h
  %41 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %41
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %41
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %42 = getelementptr i8, ptr %dhT, i64 %35
  %43 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %42, i64 128, i1 false)
  %scevgep2980.1 = getelementptr i8, ptr %42, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.1, i64 128, i1 false)
  %scevgep2980.2 = getelementptr i8, ptr %42, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.2, i64 128, i1 false)
  %scevgep2980.3 = getelementptr i8, ptr %42, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.3, i64 128, i1 false)
  %scevgep2980.4 = getelementptr i8, ptr %42, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.4, i64 128, i1 false)
  %scevgep2980.5 = getelementptr i8, ptr %42, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.5, i64 128, i1 false)
  %scevgep2980.6 = getelementptr i8, ptr %42, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.6, i64 128, i1 false)
  %scevgep2980.7 = getelementptr i8, ptr %42, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.7, i64 128, i1 false)
  %scevgep2980.8 = getelementptr i8, ptr %42, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.8, i64 128, i1 false)
  %scevgep2980.9 = getelementptr i8, ptr %42, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.9, i64 128, i1 false)
  %scevgep2980.10 = getelementptr i8, ptr %42, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.10, i64 128, i1 false)
  %scevgep2980.11 = getelementptr i8, ptr %42, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.11, i64 128, i1 false)
  %scevgep2980.12 = getelementptr i8, ptr %42, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.12, i64 128, i1 false)
  %scevgep2980.13 = getelementptr i8, ptr %42, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.13, i64 128, i1 false)
  %scevgep2980.14 = getelementptr i8, ptr %42, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.14, i64 128, i1 false)
  %scevgep2980.15 = getelementptr i8, ptr %42, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.15, i64 128, i1 false)
  %scevgep2980.16 = getelementptr i8, ptr %42, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.16, i64 128, i1 false)
  %scevgep2980.17 = getelementptr i8, ptr %42, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.17, i64 128, i1 false)
  %scevgep2980.18 = getelementptr i8, ptr %42, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.18, i64 128, i1 false)
  %scevgep2980.19 = getelementptr i8, ptr %42, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.19, i64 128, i1 false)
  %scevgep2980.20 = getelementptr i8, ptr %42, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.20, i64 128, i1 false)
  %scevgep2980.21 = getelementptr i8, ptr %42, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.21, i64 128, i1 false)
  %scevgep2980.22 = getelementptr i8, ptr %42, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.22, i64 128, i1 false)
  %scevgep2980.23 = getelementptr i8, ptr %42, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.23, i64 128, i1 false)
  %scevgep2980.24 = getelementptr i8, ptr %42, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.24, i64 128, i1 false)
  %scevgep2980.25 = getelementptr i8, ptr %42, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.25, i64 128, i1 false)
  %scevgep2980.26 = getelementptr i8, ptr %42, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.26, i64 128, i1 false)
  %scevgep2980.27 = getelementptr i8, ptr %42, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.27, i64 128, i1 false)
  %scevgep2980.28 = getelementptr i8, ptr %42, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.28, i64 128, i1 false)
  %scevgep2980.29 = getelementptr i8, ptr %42, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.29, i64 128, i1 false)
  %scevgep2980.30 = getelementptr i8, ptr %42, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.30, i64 128, i1 false)
  %scevgep2980.31 = getelementptr i8, ptr %42, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %43
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %43
  br i1 %3, label %cc.body.lr.ph, label %j38.head.preheader

bh.exit:                                          ; preds = %j38.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %44 = mul nsw i64 %bh.addr.02767, %nc
  %45 = add i64 %11, %bT
  %46 = shl i64 %45, 7
  %47 = mul i64 %16, %b
  %48 = add i64 %15, %47
  %49 = mul i64 %48, %H
  %50 = shl i64 %h, 7
  %51 = add i64 %49, %50
  %52 = add i64 %19, %47
  %53 = mul i64 %52, %H
  %54 = add i64 %53, %50
  %55 = getelementptr i8, ptr %dout, i64 %46
  %56 = getelementptr i8, ptr %qh, i64 64
  %57 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i52.exit
  %indvars.iv3022 = phi i64 [ %21, %cc.body.lr.ph ], [ %indvars.iv.next3023, %i52.exit ]
  %cc.addr.02764 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i52.exit ]
  %smin3594 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3022, i64 64)
  %smax3595 = tail call i64 @llvm.smax.i64(i64 %smin3594, i64 1)
  %58 = mul i64 %17, %cc.addr.02764
  %59 = add i64 %54, %58
  %60 = add i64 %51, %58
  %61 = mul i64 %12, %cc.addr.02764
  %62 = shl i64 %cc.addr.02764, 12
  %63 = sub i64 %37, %62
  %64 = xor i64 %cc.addr.02764, -1
  %ci = add nsw i64 %nc, %64
  %t0 = shl nsw i64 %ci, 6
  %65 = sub nsw i64 %T, %t0
  %scevgep2982 = getelementptr i8, ptr %hs, i64 %63
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982, i64 128, i1 false)
  %66 = or disjoint i64 %63, 128
  %scevgep2982.1 = getelementptr i8, ptr %hs, i64 %66
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.1, i64 128, i1 false)
  %67 = or disjoint i64 %63, 256
  %scevgep2982.2 = getelementptr i8, ptr %hs, i64 %67
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.2, i64 128, i1 false)
  %68 = or disjoint i64 %63, 384
  %scevgep2982.3 = getelementptr i8, ptr %hs, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.3, i64 128, i1 false)
  %69 = or disjoint i64 %63, 512
  %scevgep2982.4 = getelementptr i8, ptr %hs, i64 %69
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.4, i64 128, i1 false)
  %70 = or disjoint i64 %63, 640
  %scevgep2982.5 = getelementptr i8, ptr %hs, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.5, i64 128, i1 false)
  %71 = or disjoint i64 %63, 768
  %scevgep2982.6 = getelementptr i8, ptr %hs, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.6, i64 128, i1 false)
  %72 = or disjoint i64 %63, 896
  %scevgep2982.7 = getelementptr i8, ptr %hs, i64 %72
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.7, i64 128, i1 false)
  %73 = or disjoint i64 %63, 1024
  %scevgep2982.8 = getelementptr i8, ptr %hs, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.8, i64 128, i1 false)
  %74 = or disjoint i64 %63, 1152
  %scevgep2982.9 = getelementptr i8, ptr %hs, i64 %74
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.9, i64 128, i1 false)
  %75 = or disjoint i64 %63, 1280
  %scevgep2982.10 = getelementptr i8, ptr %hs, i64 %75
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.10, i64 128, i1 false)
  %76 = or disjoint i64 %63, 1408
  %scevgep2982.11 = getelementptr i8, ptr %hs, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.11, i64 128, i1 false)
  %77 = or disjoint i64 %63, 1536
  %scevgep2982.12 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.12, i64 128, i1 false)
  %78 = or disjoint i64 %63, 1664
  %scevgep2982.13 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.13, i64 128, i1 false)
  %79 = or disjoint i64 %63, 1792
  %scevgep2982.14 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.14, i64 128, i1 false)
  %80 = or disjoint i64 %63, 1920
  %scevgep2982.15 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.15, i64 128, i1 false)
  %81 = or disjoint i64 %63, 2048
  %scevgep2982.16 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.16, i64 128, i1 false)
  %82 = or disjoint i64 %63, 2176
  %scevgep2982.17 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.17, i64 128, i1 false)
  %83 = or disjoint i64 %63, 2304
  %scevgep2982.18 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.18, i64 128, i1 false)
  %84 = or disjoint i64 %63, 2432
  %scevgep2982.19 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.19, i64 128, i1 false)
  %85 = or disjoint i64 %63, 2560
  %scevgep2982.20 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.20, i64 128, i1 false)
  %86 = or disjoint i64 %63, 2688
  %scevgep2982.21 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.21, i64 128, i1 false)
  %87 = or disjoint i64 %63, 2816
  %scevgep2982.22 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.22, i64 128, i1 false)
  %88 = or disjoint i64 %63, 2944
  %scevgep2982.23 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.23, i64 128, i1 false)
  %89 = or disjoint i64 %63, 3072
  %scevgep2982.24 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.24, i64 128, i1 false)
  %90 = or disjoint i64 %63, 3200
  %scevgep2982.25 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.25, i64 128, i1 false)
  %91 = or disjoint i64 %63, 3328
  %scevgep2982.26 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.26, i64 128, i1 false)
  %92 = or disjoint i64 %63, 3456
  %scevgep2982.27 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.27, i64 128, i1 false)
  %93 = or disjoint i64 %63, 3584
  %scevgep2982.28 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.28, i64 128, i1 false)
  %94 = or disjoint i64 %63, 3712
  %scevgep2982.29 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.29, i64 128, i1 false)
  %95 = or disjoint i64 %63, 3840
  %scevgep2982.30 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.30, i64 128, i1 false)
  %96 = or disjoint i64 %63, 3968
  %scevgep2982.31 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982.31, i64 128, i1 false)
  %97 = add nsw i64 %ci, %44
  %98 = shl nsw i64 %97, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %99 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02515 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %100 = shl nuw nsw i64 %i2.addr.02515, 5
  %101 = or disjoint i64 %100, %98
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %102 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02514 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %103 = or disjoint i64 %101, %j2.addr.02514
  %104 = getelementptr inbounds float, ptr %hs, i64 %103
  %105 = load <16 x float>, ptr %104, align 4
  %106 = or disjoint i64 %103, 256
  %107 = getelementptr inbounds float, ptr %hs, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = or disjoint i64 %103, 32
  %110 = getelementptr inbounds float, ptr %hs, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = or disjoint i64 %103, 288
  %113 = getelementptr inbounds float, ptr %hs, i64 %112
  %114 = load <16 x float>, ptr %113, align 4
  %115 = or disjoint i64 %103, 64
  %116 = getelementptr inbounds float, ptr %hs, i64 %115
  %117 = load <16 x float>, ptr %116, align 4
  %118 = or disjoint i64 %103, 320
  %119 = getelementptr inbounds float, ptr %hs, i64 %118
  %120 = load <16 x float>, ptr %119, align 4
  %121 = or disjoint i64 %103, 96
  %122 = getelementptr inbounds float, ptr %hs, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = or disjoint i64 %103, 352
  %125 = getelementptr inbounds float, ptr %hs, i64 %124
  %126 = load <16 x float>, ptr %125, align 4
  %127 = or disjoint i64 %103, 128
  %128 = getelementptr inbounds float, ptr %hs, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = or disjoint i64 %103, 384
  %131 = getelementptr inbounds float, ptr %hs, i64 %130
  %132 = load <16 x float>, ptr %131, align 4
  %133 = or disjoint i64 %103, 160
  %134 = getelementptr inbounds float, ptr %hs, i64 %133
  %135 = load <16 x float>, ptr %134, align 4
  %136 = or disjoint i64 %103, 416
  %137 = getelementptr inbounds float, ptr %hs, i64 %136
  %138 = load <16 x float>, ptr %137, align 4
  %139 = or disjoint i64 %103, 192
  %140 = getelementptr inbounds float, ptr %hs, i64 %139
  %141 = load <16 x float>, ptr %140, align 4
  %142 = or disjoint i64 %103, 448
  %143 = getelementptr inbounds float, ptr %hs, i64 %142
  %144 = load <16 x float>, ptr %143, align 4
  %145 = or disjoint i64 %103, 224
  %146 = getelementptr inbounds float, ptr %hs, i64 %145
  %147 = load <16 x float>, ptr %146, align 4
  %148 = or disjoint i64 %103, 480
  %149 = getelementptr inbounds float, ptr %hs, i64 %148
  %150 = load <16 x float>, ptr %149, align 4
  %151 = shufflevector <16 x float> %105, <16 x float> %108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %152 = shufflevector <16 x float> %129, <16 x float> %132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %153 = shufflevector <16 x float> %111, <16 x float> %114, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %154 = shufflevector <16 x float> %135, <16 x float> %138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %155 = shufflevector <16 x float> %117, <16 x float> %120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %156 = shufflevector <16 x float> %141, <16 x float> %144, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %157 = shufflevector <16 x float> %123, <16 x float> %126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %158 = shufflevector <16 x float> %147, <16 x float> %150, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %159 = shufflevector <16 x float> %105, <16 x float> %108, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %160 = shufflevector <16 x float> %129, <16 x float> %132, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %161 = shufflevector <16 x float> %111, <16 x float> %114, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %162 = shufflevector <16 x float> %135, <16 x float> %138, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %163 = shufflevector <16 x float> %117, <16 x float> %120, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %164 = shufflevector <16 x float> %141, <16 x float> %144, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %165 = shufflevector <16 x float> %123, <16 x float> %126, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %166 = shufflevector <16 x float> %147, <16 x float> %150, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = shufflevector <16 x float> %151, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %168 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %169 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %170 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %171 = shufflevector <16 x float> %151, <16 x float> %152, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %172 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %173 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %174 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %175 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %176 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %177 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %178 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %179 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %180 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %181 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %182 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %184 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %185 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %186 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %187 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %188 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %189 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %190 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %191 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %192 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %193 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %194 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %195 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %196 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %197 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %198 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %199 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %200 = shl nuw nsw i64 %j2.addr.02514, 5
  %201 = or disjoint i64 %200, %i2.addr.02515
  %202 = or disjoint i64 %201, 1024
  %203 = getelementptr inbounds float, ptr %Bk, i64 %202
  store <16 x float> %199, ptr %203, align 4
  %204 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %205 = or disjoint i64 %201, 1056
  %206 = getelementptr inbounds float, ptr %Bk, i64 %205
  store <16 x float> %204, ptr %206, align 4
  %207 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %208 = or disjoint i64 %201, 1088
  %209 = getelementptr inbounds float, ptr %Bk, i64 %208
  store <16 x float> %207, ptr %209, align 4
  %210 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %211 = or disjoint i64 %201, 1120
  %212 = getelementptr inbounds float, ptr %Bk, i64 %211
  store <16 x float> %210, ptr %212, align 4
  %213 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %214 = or disjoint i64 %201, 1152
  %215 = getelementptr inbounds float, ptr %Bk, i64 %214
  store <16 x float> %213, ptr %215, align 4
  %216 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %217 = or disjoint i64 %201, 1184
  %218 = getelementptr inbounds float, ptr %Bk, i64 %217
  store <16 x float> %216, ptr %218, align 4
  %219 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %220 = or disjoint i64 %201, 1216
  %221 = getelementptr inbounds float, ptr %Bk, i64 %220
  store <16 x float> %219, ptr %221, align 4
  %222 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %223 = or disjoint i64 %201, 1248
  %224 = getelementptr inbounds float, ptr %Bk, i64 %223
  store <16 x float> %222, ptr %224, align 4
  %225 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %226 = or disjoint i64 %201, 1280
  %227 = getelementptr inbounds float, ptr %Bk, i64 %226
  store <16 x float> %225, ptr %227, align 4
  %228 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %229 = or disjoint i64 %201, 1312
  %230 = getelementptr inbounds float, ptr %Bk, i64 %229
  store <16 x float> %228, ptr %230, align 4
  %231 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %232 = or disjoint i64 %201, 1344
  %233 = getelementptr inbounds float, ptr %Bk, i64 %232
  store <16 x float> %231, ptr %233, align 4
  %234 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %235 = or disjoint i64 %201, 1376
  %236 = getelementptr inbounds float, ptr %Bk, i64 %235
  store <16 x float> %234, ptr %236, align 4
  %237 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %238 = or disjoint i64 %201, 1408
  %239 = getelementptr inbounds float, ptr %Bk, i64 %238
  store <16 x float> %237, ptr %239, align 4
  %240 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %241 = or disjoint i64 %201, 1440
  %242 = getelementptr inbounds float, ptr %Bk, i64 %241
  store <16 x float> %240, ptr %242, align 4
  %243 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %244 = or disjoint i64 %201, 1472
  %245 = getelementptr inbounds float, ptr %Bk, i64 %244
  store <16 x float> %243, ptr %245, align 4
  %246 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %247 = or disjoint i64 %201, 1504
  %248 = getelementptr inbounds float, ptr %Bk, i64 %247
  store <16 x float> %246, ptr %248, align 4
  br i1 %102, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %99, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %249 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02517 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %250 = shl nuw nsw i64 %i3.addr.02517, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %251 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02516 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %252 = or disjoint i64 %j3.addr.02516, %250
  %253 = or disjoint i64 %252, 32
  %254 = getelementptr inbounds float, ptr %work, i64 %253
  %255 = load <16 x float>, ptr %254, align 4
  %256 = or disjoint i64 %252, 544
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = or disjoint i64 %252, 96
  %260 = getelementptr inbounds float, ptr %work, i64 %259
  %261 = load <16 x float>, ptr %260, align 4
  %262 = or disjoint i64 %252, 608
  %263 = getelementptr inbounds float, ptr %work, i64 %262
  %264 = load <16 x float>, ptr %263, align 4
  %265 = or disjoint i64 %252, 160
  %266 = getelementptr inbounds float, ptr %work, i64 %265
  %267 = load <16 x float>, ptr %266, align 4
  %268 = or disjoint i64 %252, 672
  %269 = getelementptr inbounds float, ptr %work, i64 %268
  %270 = load <16 x float>, ptr %269, align 4
  %271 = or disjoint i64 %252, 224
  %272 = getelementptr inbounds float, ptr %work, i64 %271
  %273 = load <16 x float>, ptr %272, align 4
  %274 = or disjoint i64 %252, 736
  %275 = getelementptr inbounds float, ptr %work, i64 %274
  %276 = load <16 x float>, ptr %275, align 4
  %277 = or disjoint i64 %252, 288
  %278 = getelementptr inbounds float, ptr %work, i64 %277
  %279 = load <16 x float>, ptr %278, align 4
  %280 = or disjoint i64 %252, 800
  %281 = getelementptr inbounds float, ptr %work, i64 %280
  %282 = load <16 x float>, ptr %281, align 4
  %283 = or disjoint i64 %252, 352
  %284 = getelementptr inbounds float, ptr %work, i64 %283
  %285 = load <16 x float>, ptr %284, align 4
  %286 = or disjoint i64 %252, 864
  %287 = getelementptr inbounds float, ptr %work, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = or disjoint i64 %252, 416
  %290 = getelementptr inbounds float, ptr %work, i64 %289
  %291 = load <16 x float>, ptr %290, align 4
  %292 = or disjoint i64 %252, 928
  %293 = getelementptr inbounds float, ptr %work, i64 %292
  %294 = load <16 x float>, ptr %293, align 4
  %295 = or disjoint i64 %252, 480
  %296 = getelementptr inbounds float, ptr %work, i64 %295
  %297 = load <16 x float>, ptr %296, align 4
  %298 = or disjoint i64 %252, 992
  %299 = getelementptr inbounds float, ptr %work, i64 %298
  %300 = load <16 x float>, ptr %299, align 4
  %301 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %302 = shufflevector <16 x float> %279, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %303 = shufflevector <16 x float> %261, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %304 = shufflevector <16 x float> %285, <16 x float> %288, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %305 = shufflevector <16 x float> %267, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %306 = shufflevector <16 x float> %291, <16 x float> %294, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %273, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %308 = shufflevector <16 x float> %297, <16 x float> %300, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %310 = shufflevector <16 x float> %279, <16 x float> %282, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %311 = shufflevector <16 x float> %261, <16 x float> %264, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %312 = shufflevector <16 x float> %285, <16 x float> %288, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %313 = shufflevector <16 x float> %267, <16 x float> %270, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %314 = shufflevector <16 x float> %291, <16 x float> %294, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %315 = shufflevector <16 x float> %273, <16 x float> %276, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = shufflevector <16 x float> %297, <16 x float> %300, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %317 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %318 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %319 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %320 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %321 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %322 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %323 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %324 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %325 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %326 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %327 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %328 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %329 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %330 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %331 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %332 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %334 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %335 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %336 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %337 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %338 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %339 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %340 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %341 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %342 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %343 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %344 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %345 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %346 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %347 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %348 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %349 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %350 = shl nuw nsw i64 %j3.addr.02516, 5
  %351 = or disjoint i64 %350, %i3.addr.02517
  %352 = getelementptr inbounds float, ptr %Bk, i64 %351
  store <16 x float> %349, ptr %352, align 4
  %353 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %354 = or disjoint i64 %351, 32
  %355 = getelementptr inbounds float, ptr %Bk, i64 %354
  store <16 x float> %353, ptr %355, align 4
  %356 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %357 = or disjoint i64 %351, 64
  %358 = getelementptr inbounds float, ptr %Bk, i64 %357
  store <16 x float> %356, ptr %358, align 4
  %359 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %360 = or disjoint i64 %351, 96
  %361 = getelementptr inbounds float, ptr %Bk, i64 %360
  store <16 x float> %359, ptr %361, align 4
  %362 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %363 = or disjoint i64 %351, 128
  %364 = getelementptr inbounds float, ptr %Bk, i64 %363
  store <16 x float> %362, ptr %364, align 4
  %365 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %366 = or disjoint i64 %351, 160
  %367 = getelementptr inbounds float, ptr %Bk, i64 %366
  store <16 x float> %365, ptr %367, align 4
  %368 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %369 = or disjoint i64 %351, 192
  %370 = getelementptr inbounds float, ptr %Bk, i64 %369
  store <16 x float> %368, ptr %370, align 4
  %371 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %372 = or disjoint i64 %351, 224
  %373 = getelementptr inbounds float, ptr %Bk, i64 %372
  store <16 x float> %371, ptr %373, align 4
  %374 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %375 = or disjoint i64 %351, 256
  %376 = getelementptr inbounds float, ptr %Bk, i64 %375
  store <16 x float> %374, ptr %376, align 4
  %377 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %378 = or disjoint i64 %351, 288
  %379 = getelementptr inbounds float, ptr %Bk, i64 %378
  store <16 x float> %377, ptr %379, align 4
  %380 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %381 = or disjoint i64 %351, 320
  %382 = getelementptr inbounds float, ptr %Bk, i64 %381
  store <16 x float> %380, ptr %382, align 4
  %383 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %384 = or disjoint i64 %351, 352
  %385 = getelementptr inbounds float, ptr %Bk, i64 %384
  store <16 x float> %383, ptr %385, align 4
  %386 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %387 = or disjoint i64 %351, 384
  %388 = getelementptr inbounds float, ptr %Bk, i64 %387
  store <16 x float> %386, ptr %388, align 4
  %389 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %390 = or disjoint i64 %351, 416
  %391 = getelementptr inbounds float, ptr %Bk, i64 %390
  store <16 x float> %389, ptr %391, align 4
  %392 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %393 = or disjoint i64 %351, 448
  %394 = getelementptr inbounds float, ptr %Bk, i64 %393
  store <16 x float> %392, ptr %394, align 4
  %395 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %396 = or disjoint i64 %351, 480
  %397 = getelementptr inbounds float, ptr %Bk, i64 %396
  store <16 x float> %395, ptr %397, align 4
  br i1 %251, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %249, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02519 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02519, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2774 = shl nsw i64 %s.addr.02519, 8
  %invariant.gep3206 = getelementptr inbounds i8, ptr %M, i64 %.idx2774
  %398 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %399 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %400 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %401 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %402 = select <8 x i1> %398, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %403 = select <8 x i1> %399, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %404 = select <8 x i1> %400, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %405 = select <8 x i1> %401, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %406 = getelementptr inbounds i8, ptr %invariant.gep3206, i64 32
  %407 = getelementptr inbounds i8, ptr %invariant.gep3206, i64 64
  %408 = getelementptr inbounds i8, ptr %invariant.gep3206, i64 96
  store <8 x float> %402, ptr %invariant.gep3206, align 4
  store <8 x float> %403, ptr %406, align 4
  store <8 x float> %404, ptr %407, align 4
  store <8 x float> %405, ptr %408, align 4
  %409 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %410 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %411 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %412 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %413 = select <8 x i1> %409, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %414 = select <8 x i1> %410, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %415 = select <8 x i1> %411, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %416 = select <8 x i1> %412, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %417 = getelementptr inbounds i8, ptr %invariant.gep3206, i64 128
  %418 = getelementptr inbounds i8, ptr %invariant.gep3206, i64 160
  %419 = getelementptr inbounds i8, ptr %invariant.gep3206, i64 192
  %420 = getelementptr inbounds i8, ptr %invariant.gep3206, i64 224
  store <8 x float> %413, ptr %417, align 4
  store <8 x float> %414, ptr %418, align 4
  store <8 x float> %415, ptr %419, align 4
  store <8 x float> %416, ptr %420, align 4
  %s.next = add nuw nsw i64 %s.addr.02519, 1
  %exitcond2985.not = icmp eq i64 %s.next, 64
  br i1 %exitcond2985.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %421 = getelementptr i8, ptr %55, i64 %61
  %422 = getelementptr i8, ptr %v, i64 %60
  %423 = getelementptr i8, ptr %v, i64 %59
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02535 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %424 = shl nuw nsw i64 %t1.addr.02535, 8
  %gep3209 = getelementptr i8, ptr %invariant.gep3208, i64 %424
  %gep3211 = getelementptr i8, ptr %invariant.gep3210, i64 %424
  %425 = shl nuw nsw i64 %t1.addr.02535, 7
  %gep3213 = getelementptr i8, ptr %invariant.gep3212, i64 %425
  %426 = icmp sgt i64 %65, %t1.addr.02535
  br i1 %426, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3215 = getelementptr i8, ptr %invariant.gep3214, i64 %425
  %gep3217 = getelementptr i8, ptr %invariant.gep3216, i64 %425
  %gep3219 = getelementptr i8, ptr %invariant.gep3218, i64 %424
  %gep3221 = getelementptr i8, ptr %invariant.gep3220, i64 %424
  %gep3223 = getelementptr i8, ptr %invariant.gep3222, i64 %424
  %gep3225 = getelementptr i8, ptr %invariant.gep3224, i64 %424
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3215, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3217, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3213, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02535, 1
  %427 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %427, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3219, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3221, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3211, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %428 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %428, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3223, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3225, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3209, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %429 = mul i64 %13, %t1.addr.02535
  %scevgep2996 = getelementptr i8, ptr %421, i64 %429
  %430 = mul i64 %18, %t1.addr.02535
  %scevgep2998 = getelementptr i8, ptr %422, i64 %430
  %scevgep3000 = getelementptr i8, ptr %423, i64 %430
  %431 = add nuw nsw i64 %t1.addr.02535, %t0
  %432 = mul nsw i64 %431, %sq
  %433 = shl nuw nsw i64 %t1.addr.02535, 5
  %434 = getelementptr float, ptr %qh, i64 %432
  %435 = load <16 x float>, ptr %434, align 4
  %436 = fmul <16 x float> %435, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %437 = or disjoint i64 %433, 2048
  %438 = getelementptr inbounds float, ptr %Bk, i64 %437
  store <16 x float> %436, ptr %438, align 4
  %439 = getelementptr inbounds float, ptr %QK, i64 %433
  store <16 x float> %436, ptr %439, align 4
  %440 = getelementptr float, ptr %56, i64 %432
  %441 = load <16 x float>, ptr %440, align 4
  %442 = fmul <16 x float> %441, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %443 = or disjoint i64 %433, 16
  %444 = or i64 %433, 2064
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  store <16 x float> %442, ptr %445, align 4
  %446 = getelementptr inbounds float, ptr %QK, i64 %443
  store <16 x float> %442, ptr %446, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3213, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2996, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02535, 1
  %447 = or disjoint i64 %t1.addr.02535, %t0
  %tau = shl nsw i64 %447, 1
  %448 = mul nsw i64 %tau, %H
  %449 = getelementptr inbounds float, ptr %betah, i64 %448
  %450 = load float, ptr %449, align 4
  %451 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %450, ptr %451, align 4
  %452 = mul nsw i64 %tau, %sq
  %453 = shl nuw nsw i64 %t1.addr.02535, 6
  %454 = getelementptr float, ptr %kh, i64 %452
  %455 = load <16 x float>, ptr %454, align 4
  %456 = or i64 %453, 4096
  %457 = getelementptr inbounds float, ptr %Bk, i64 %456
  store <16 x float> %455, ptr %457, align 4
  %458 = fneg <16 x float> %455
  %gep3227 = getelementptr inbounds float, ptr %invariant.gep3226, i64 %453
  store <16 x float> %458, ptr %gep3227, align 4
  %459 = getelementptr float, ptr %57, i64 %452
  %460 = load <16 x float>, ptr %459, align 4
  %461 = or i64 %453, 4112
  %462 = getelementptr inbounds float, ptr %Bk, i64 %461
  store <16 x float> %460, ptr %462, align 4
  %463 = fneg <16 x float> %460
  %gep3229 = getelementptr inbounds float, ptr %invariant.gep3228, i64 %453
  store <16 x float> %463, ptr %gep3229, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3211, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2998, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %464 = mul nsw i64 %tau1, %H
  %465 = getelementptr inbounds float, ptr %betah, i64 %464
  %466 = load float, ptr %465, align 4
  %467 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %466, ptr %467, align 4
  %468 = mul nsw i64 %tau1, %sq
  %469 = shl nuw nsw i64 %i7, 5
  %470 = getelementptr float, ptr %kh, i64 %468
  %471 = load <16 x float>, ptr %470, align 4
  %472 = or i64 %469, 4096
  %473 = getelementptr inbounds float, ptr %Bk, i64 %472
  store <16 x float> %471, ptr %473, align 4
  %474 = fneg <16 x float> %471
  %gep3231 = getelementptr inbounds float, ptr %invariant.gep3230, i64 %469
  store <16 x float> %474, ptr %gep3231, align 4
  %475 = getelementptr float, ptr %57, i64 %468
  %476 = load <16 x float>, ptr %475, align 4
  %477 = or i64 %469, 4112
  %478 = getelementptr inbounds float, ptr %Bk, i64 %477
  store <16 x float> %476, ptr %478, align 4
  %479 = fneg <16 x float> %476
  %gep3233 = getelementptr inbounds float, ptr %invariant.gep3232, i64 %469
  store <16 x float> %479, ptr %gep3233, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3209, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3000, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02535, 1
  %exitcond3001.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond3001.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02537 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %480 = shl nuw nsw i64 %i20.addr.02537, 5
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %481 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02536 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %482 = or disjoint i64 %j16.addr.02536, %480
  %483 = or disjoint i64 %482, 4096
  %484 = getelementptr inbounds float, ptr %Bk, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %482, 4352
  %487 = getelementptr inbounds float, ptr %Bk, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %482, 4128
  %490 = getelementptr inbounds float, ptr %Bk, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %482, 4384
  %493 = getelementptr inbounds float, ptr %Bk, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = or disjoint i64 %482, 4160
  %496 = getelementptr inbounds float, ptr %Bk, i64 %495
  %497 = load <16 x float>, ptr %496, align 4
  %498 = or disjoint i64 %482, 4416
  %499 = getelementptr inbounds float, ptr %Bk, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %482, 4192
  %502 = getelementptr inbounds float, ptr %Bk, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = or disjoint i64 %482, 4448
  %505 = getelementptr inbounds float, ptr %Bk, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = or disjoint i64 %482, 4224
  %508 = getelementptr inbounds float, ptr %Bk, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = or disjoint i64 %482, 4480
  %511 = getelementptr inbounds float, ptr %Bk, i64 %510
  %512 = load <16 x float>, ptr %511, align 4
  %513 = or disjoint i64 %482, 4256
  %514 = getelementptr inbounds float, ptr %Bk, i64 %513
  %515 = load <16 x float>, ptr %514, align 4
  %516 = or disjoint i64 %482, 4512
  %517 = getelementptr inbounds float, ptr %Bk, i64 %516
  %518 = load <16 x float>, ptr %517, align 4
  %519 = or disjoint i64 %482, 4288
  %520 = getelementptr inbounds float, ptr %Bk, i64 %519
  %521 = load <16 x float>, ptr %520, align 4
  %522 = or disjoint i64 %482, 4544
  %523 = getelementptr inbounds float, ptr %Bk, i64 %522
  %524 = load <16 x float>, ptr %523, align 4
  %525 = or disjoint i64 %482, 4320
  %526 = getelementptr inbounds float, ptr %Bk, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = or disjoint i64 %482, 4576
  %529 = getelementptr inbounds float, ptr %Bk, i64 %528
  %530 = load <16 x float>, ptr %529, align 4
  %531 = shufflevector <16 x float> %485, <16 x float> %488, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %532 = shufflevector <16 x float> %509, <16 x float> %512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %533 = shufflevector <16 x float> %491, <16 x float> %494, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %534 = shufflevector <16 x float> %515, <16 x float> %518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %535 = shufflevector <16 x float> %497, <16 x float> %500, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %536 = shufflevector <16 x float> %521, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %537 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %538 = shufflevector <16 x float> %527, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %539 = shufflevector <16 x float> %485, <16 x float> %488, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %540 = shufflevector <16 x float> %509, <16 x float> %512, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %491, <16 x float> %494, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %515, <16 x float> %518, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %497, <16 x float> %500, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %521, <16 x float> %524, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %545 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %546 = shufflevector <16 x float> %527, <16 x float> %530, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %547 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %548 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %549 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %550 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %551 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %554 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %555 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %556 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %557 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %558 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %559 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %560 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %561 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %562 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %563 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %564 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %565 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %566 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %567 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %568 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %569 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %570 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %571 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %572 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %573 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %574 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %575 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %576 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %577 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %578 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %579 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %580 = shl nuw nsw i64 %j16.addr.02536, 7
  %581 = add nuw nsw i64 %580, %i20.addr.02537
  %582 = getelementptr inbounds float, ptr %KT, i64 %581
  store <16 x float> %579, ptr %582, align 4
  %583 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %584 = or disjoint i64 %581, 128
  %585 = getelementptr inbounds float, ptr %KT, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %587 = or disjoint i64 %581, 256
  %588 = getelementptr inbounds float, ptr %KT, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %590 = or disjoint i64 %581, 384
  %591 = getelementptr inbounds float, ptr %KT, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %593 = or disjoint i64 %581, 512
  %594 = getelementptr inbounds float, ptr %KT, i64 %593
  store <16 x float> %592, ptr %594, align 4
  %595 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %596 = or disjoint i64 %581, 640
  %597 = getelementptr inbounds float, ptr %KT, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %599 = or disjoint i64 %581, 768
  %600 = getelementptr inbounds float, ptr %KT, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %602 = or disjoint i64 %581, 896
  %603 = getelementptr inbounds float, ptr %KT, i64 %602
  store <16 x float> %601, ptr %603, align 4
  %604 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %605 = or disjoint i64 %581, 1024
  %606 = getelementptr inbounds float, ptr %KT, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %608 = or disjoint i64 %581, 1152
  %609 = getelementptr inbounds float, ptr %KT, i64 %608
  store <16 x float> %607, ptr %609, align 4
  %610 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %611 = or disjoint i64 %581, 1280
  %612 = getelementptr inbounds float, ptr %KT, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %614 = or disjoint i64 %581, 1408
  %615 = getelementptr inbounds float, ptr %KT, i64 %614
  store <16 x float> %613, ptr %615, align 4
  %616 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %617 = or disjoint i64 %581, 1536
  %618 = getelementptr inbounds float, ptr %KT, i64 %617
  store <16 x float> %616, ptr %618, align 4
  %619 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %620 = or disjoint i64 %581, 1664
  %621 = getelementptr inbounds float, ptr %KT, i64 %620
  store <16 x float> %619, ptr %621, align 4
  %622 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %623 = or disjoint i64 %581, 1792
  %624 = getelementptr inbounds float, ptr %KT, i64 %623
  store <16 x float> %622, ptr %624, align 4
  %625 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %626 = or disjoint i64 %581, 1920
  %627 = getelementptr inbounds float, ptr %KT, i64 %626
  store <16 x float> %625, ptr %627, align 4
  br i1 %481, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02537, 16
  %628 = icmp ult i64 %i20.addr.02537, 112
  br i1 %628, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.02539 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %629 = shl nuw nsw i64 %i21.addr.02539, 5
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %630 = phi i1 [ true, %j17.head.preheader ], [ false, %j17.body ]
  %j17.addr.02538 = phi i64 [ 0, %j17.head.preheader ], [ 16, %j17.body ]
  %631 = or disjoint i64 %j17.addr.02538, %629
  %632 = or disjoint i64 %631, 2048
  %633 = getelementptr inbounds float, ptr %Bk, i64 %632
  %634 = load <16 x float>, ptr %633, align 4
  %635 = or disjoint i64 %631, 2304
  %636 = getelementptr inbounds float, ptr %Bk, i64 %635
  %637 = load <16 x float>, ptr %636, align 4
  %638 = or disjoint i64 %631, 2080
  %639 = getelementptr inbounds float, ptr %Bk, i64 %638
  %640 = load <16 x float>, ptr %639, align 4
  %641 = or disjoint i64 %631, 2336
  %642 = getelementptr inbounds float, ptr %Bk, i64 %641
  %643 = load <16 x float>, ptr %642, align 4
  %644 = or disjoint i64 %631, 2112
  %645 = getelementptr inbounds float, ptr %Bk, i64 %644
  %646 = load <16 x float>, ptr %645, align 4
  %647 = or disjoint i64 %631, 2368
  %648 = getelementptr inbounds float, ptr %Bk, i64 %647
  %649 = load <16 x float>, ptr %648, align 4
  %650 = or disjoint i64 %631, 2144
  %651 = getelementptr inbounds float, ptr %Bk, i64 %650
  %652 = load <16 x float>, ptr %651, align 4
  %653 = or disjoint i64 %631, 2400
  %654 = getelementptr inbounds float, ptr %Bk, i64 %653
  %655 = load <16 x float>, ptr %654, align 4
  %656 = or disjoint i64 %631, 2176
  %657 = getelementptr inbounds float, ptr %Bk, i64 %656
  %658 = load <16 x float>, ptr %657, align 4
  %659 = or disjoint i64 %631, 2432
  %660 = getelementptr inbounds float, ptr %Bk, i64 %659
  %661 = load <16 x float>, ptr %660, align 4
  %662 = or disjoint i64 %631, 2208
  %663 = getelementptr inbounds float, ptr %Bk, i64 %662
  %664 = load <16 x float>, ptr %663, align 4
  %665 = or disjoint i64 %631, 2464
  %666 = getelementptr inbounds float, ptr %Bk, i64 %665
  %667 = load <16 x float>, ptr %666, align 4
  %668 = or disjoint i64 %631, 2240
  %669 = getelementptr inbounds float, ptr %Bk, i64 %668
  %670 = load <16 x float>, ptr %669, align 4
  %671 = or disjoint i64 %631, 2496
  %672 = getelementptr inbounds float, ptr %Bk, i64 %671
  %673 = load <16 x float>, ptr %672, align 4
  %674 = or disjoint i64 %631, 2272
  %675 = getelementptr inbounds float, ptr %Bk, i64 %674
  %676 = load <16 x float>, ptr %675, align 4
  %677 = or disjoint i64 %631, 2528
  %678 = getelementptr inbounds float, ptr %Bk, i64 %677
  %679 = load <16 x float>, ptr %678, align 4
  %680 = shufflevector <16 x float> %634, <16 x float> %637, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %681 = shufflevector <16 x float> %658, <16 x float> %661, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %682 = shufflevector <16 x float> %640, <16 x float> %643, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %683 = shufflevector <16 x float> %664, <16 x float> %667, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %684 = shufflevector <16 x float> %646, <16 x float> %649, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %685 = shufflevector <16 x float> %670, <16 x float> %673, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %686 = shufflevector <16 x float> %652, <16 x float> %655, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %687 = shufflevector <16 x float> %676, <16 x float> %679, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %688 = shufflevector <16 x float> %634, <16 x float> %637, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %689 = shufflevector <16 x float> %658, <16 x float> %661, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %690 = shufflevector <16 x float> %640, <16 x float> %643, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %691 = shufflevector <16 x float> %664, <16 x float> %667, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %692 = shufflevector <16 x float> %646, <16 x float> %649, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %693 = shufflevector <16 x float> %670, <16 x float> %673, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %694 = shufflevector <16 x float> %652, <16 x float> %655, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %695 = shufflevector <16 x float> %676, <16 x float> %679, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %696 = shufflevector <16 x float> %680, <16 x float> %681, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %697 = shufflevector <16 x float> %684, <16 x float> %685, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %698 = shufflevector <16 x float> %682, <16 x float> %683, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %699 = shufflevector <16 x float> %686, <16 x float> %687, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %700 = shufflevector <16 x float> %680, <16 x float> %681, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %701 = shufflevector <16 x float> %684, <16 x float> %685, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %702 = shufflevector <16 x float> %682, <16 x float> %683, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %703 = shufflevector <16 x float> %686, <16 x float> %687, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %704 = shufflevector <16 x float> %688, <16 x float> %689, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %705 = shufflevector <16 x float> %692, <16 x float> %693, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %706 = shufflevector <16 x float> %690, <16 x float> %691, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %707 = shufflevector <16 x float> %694, <16 x float> %695, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %708 = shufflevector <16 x float> %688, <16 x float> %689, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %709 = shufflevector <16 x float> %692, <16 x float> %693, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %710 = shufflevector <16 x float> %690, <16 x float> %691, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %711 = shufflevector <16 x float> %694, <16 x float> %695, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %712 = shufflevector <16 x float> %696, <16 x float> %697, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %713 = shufflevector <16 x float> %698, <16 x float> %699, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %714 = shufflevector <16 x float> %696, <16 x float> %697, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %715 = shufflevector <16 x float> %698, <16 x float> %699, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %716 = shufflevector <16 x float> %700, <16 x float> %701, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %717 = shufflevector <16 x float> %702, <16 x float> %703, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %718 = shufflevector <16 x float> %700, <16 x float> %701, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %719 = shufflevector <16 x float> %702, <16 x float> %703, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %720 = shufflevector <16 x float> %704, <16 x float> %705, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %721 = shufflevector <16 x float> %706, <16 x float> %707, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %722 = shufflevector <16 x float> %704, <16 x float> %705, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %723 = shufflevector <16 x float> %706, <16 x float> %707, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %724 = shufflevector <16 x float> %708, <16 x float> %709, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %725 = shufflevector <16 x float> %710, <16 x float> %711, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %726 = shufflevector <16 x float> %708, <16 x float> %709, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %727 = shufflevector <16 x float> %710, <16 x float> %711, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %728 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %729 = shl nuw nsw i64 %j17.addr.02538, 6
  %730 = add nuw nsw i64 %729, %i21.addr.02539
  %731 = getelementptr inbounds float, ptr %QcT, i64 %730
  store <16 x float> %728, ptr %731, align 4
  %732 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %733 = or disjoint i64 %730, 64
  %734 = getelementptr inbounds float, ptr %QcT, i64 %733
  store <16 x float> %732, ptr %734, align 4
  %735 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %736 = or disjoint i64 %730, 128
  %737 = getelementptr inbounds float, ptr %QcT, i64 %736
  store <16 x float> %735, ptr %737, align 4
  %738 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %739 = or disjoint i64 %730, 192
  %740 = getelementptr inbounds float, ptr %QcT, i64 %739
  store <16 x float> %738, ptr %740, align 4
  %741 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %742 = or disjoint i64 %730, 256
  %743 = getelementptr inbounds float, ptr %QcT, i64 %742
  store <16 x float> %741, ptr %743, align 4
  %744 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %745 = or disjoint i64 %730, 320
  %746 = getelementptr inbounds float, ptr %QcT, i64 %745
  store <16 x float> %744, ptr %746, align 4
  %747 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %748 = or disjoint i64 %730, 384
  %749 = getelementptr inbounds float, ptr %QcT, i64 %748
  store <16 x float> %747, ptr %749, align 4
  %750 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %751 = or disjoint i64 %730, 448
  %752 = getelementptr inbounds float, ptr %QcT, i64 %751
  store <16 x float> %750, ptr %752, align 4
  %753 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %754 = or disjoint i64 %730, 512
  %755 = getelementptr inbounds float, ptr %QcT, i64 %754
  store <16 x float> %753, ptr %755, align 4
  %756 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %757 = or disjoint i64 %730, 576
  %758 = getelementptr inbounds float, ptr %QcT, i64 %757
  store <16 x float> %756, ptr %758, align 4
  %759 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %760 = or disjoint i64 %730, 640
  %761 = getelementptr inbounds float, ptr %QcT, i64 %760
  store <16 x float> %759, ptr %761, align 4
  %762 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %763 = or disjoint i64 %730, 704
  %764 = getelementptr inbounds float, ptr %QcT, i64 %763
  store <16 x float> %762, ptr %764, align 4
  %765 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %766 = or disjoint i64 %730, 768
  %767 = getelementptr inbounds float, ptr %QcT, i64 %766
  store <16 x float> %765, ptr %767, align 4
  %768 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %769 = or disjoint i64 %730, 832
  %770 = getelementptr inbounds float, ptr %QcT, i64 %769
  store <16 x float> %768, ptr %770, align 4
  %771 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %772 = or disjoint i64 %730, 896
  %773 = getelementptr inbounds float, ptr %QcT, i64 %772
  store <16 x float> %771, ptr %773, align 4
  %774 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %775 = or disjoint i64 %730, 960
  %776 = getelementptr inbounds float, ptr %QcT, i64 %775
  store <16 x float> %774, ptr %776, align 4
  br i1 %630, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02539, 16
  %777 = icmp ult i64 %i21.addr.02539, 48
  br i1 %777, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02541 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %778 = shl nuw nsw i64 %i22.addr.02541, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %779 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02540 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %780 = or disjoint i64 %j18.addr.02540, %778
  %781 = getelementptr inbounds float, ptr %OY, i64 %780
  %782 = load <16 x float>, ptr %781, align 4
  %783 = or disjoint i64 %780, 256
  %784 = getelementptr inbounds float, ptr %OY, i64 %783
  %785 = load <16 x float>, ptr %784, align 4
  %786 = or disjoint i64 %780, 32
  %787 = getelementptr inbounds float, ptr %OY, i64 %786
  %788 = load <16 x float>, ptr %787, align 4
  %789 = or disjoint i64 %780, 288
  %790 = getelementptr inbounds float, ptr %OY, i64 %789
  %791 = load <16 x float>, ptr %790, align 4
  %792 = or disjoint i64 %780, 64
  %793 = getelementptr inbounds float, ptr %OY, i64 %792
  %794 = load <16 x float>, ptr %793, align 4
  %795 = or disjoint i64 %780, 320
  %796 = getelementptr inbounds float, ptr %OY, i64 %795
  %797 = load <16 x float>, ptr %796, align 4
  %798 = or disjoint i64 %780, 96
  %799 = getelementptr inbounds float, ptr %OY, i64 %798
  %800 = load <16 x float>, ptr %799, align 4
  %801 = or disjoint i64 %780, 352
  %802 = getelementptr inbounds float, ptr %OY, i64 %801
  %803 = load <16 x float>, ptr %802, align 4
  %804 = or disjoint i64 %780, 128
  %805 = getelementptr inbounds float, ptr %OY, i64 %804
  %806 = load <16 x float>, ptr %805, align 4
  %807 = or disjoint i64 %780, 384
  %808 = getelementptr inbounds float, ptr %OY, i64 %807
  %809 = load <16 x float>, ptr %808, align 4
  %810 = or disjoint i64 %780, 160
  %811 = getelementptr inbounds float, ptr %OY, i64 %810
  %812 = load <16 x float>, ptr %811, align 4
  %813 = or disjoint i64 %780, 416
  %814 = getelementptr inbounds float, ptr %OY, i64 %813
  %815 = load <16 x float>, ptr %814, align 4
  %816 = or disjoint i64 %780, 192
  %817 = getelementptr inbounds float, ptr %OY, i64 %816
  %818 = load <16 x float>, ptr %817, align 4
  %819 = or disjoint i64 %780, 448
  %820 = getelementptr inbounds float, ptr %OY, i64 %819
  %821 = load <16 x float>, ptr %820, align 4
  %822 = or disjoint i64 %780, 224
  %823 = getelementptr inbounds float, ptr %OY, i64 %822
  %824 = load <16 x float>, ptr %823, align 4
  %825 = or disjoint i64 %780, 480
  %826 = getelementptr inbounds float, ptr %OY, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = shufflevector <16 x float> %782, <16 x float> %785, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %829 = shufflevector <16 x float> %806, <16 x float> %809, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %830 = shufflevector <16 x float> %788, <16 x float> %791, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %831 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %832 = shufflevector <16 x float> %794, <16 x float> %797, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %833 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %834 = shufflevector <16 x float> %800, <16 x float> %803, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %835 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %836 = shufflevector <16 x float> %782, <16 x float> %785, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %837 = shufflevector <16 x float> %806, <16 x float> %809, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %838 = shufflevector <16 x float> %788, <16 x float> %791, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %839 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %840 = shufflevector <16 x float> %794, <16 x float> %797, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %841 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %842 = shufflevector <16 x float> %800, <16 x float> %803, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %843 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %844 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %845 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %846 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %847 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %848 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %849 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %850 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %851 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %852 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %853 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %854 = shufflevector <16 x float> %838, <16 x float> %839, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %855 = shufflevector <16 x float> %842, <16 x float> %843, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %856 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %857 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %858 = shufflevector <16 x float> %838, <16 x float> %839, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %859 = shufflevector <16 x float> %842, <16 x float> %843, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %860 = shufflevector <16 x float> %844, <16 x float> %845, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %861 = shufflevector <16 x float> %846, <16 x float> %847, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %862 = shufflevector <16 x float> %844, <16 x float> %845, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %863 = shufflevector <16 x float> %846, <16 x float> %847, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %864 = shufflevector <16 x float> %848, <16 x float> %849, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %865 = shufflevector <16 x float> %850, <16 x float> %851, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %866 = shufflevector <16 x float> %848, <16 x float> %849, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %867 = shufflevector <16 x float> %850, <16 x float> %851, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %868 = shufflevector <16 x float> %852, <16 x float> %853, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %869 = shufflevector <16 x float> %854, <16 x float> %855, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %870 = shufflevector <16 x float> %852, <16 x float> %853, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %871 = shufflevector <16 x float> %854, <16 x float> %855, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %872 = shufflevector <16 x float> %856, <16 x float> %857, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %873 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %874 = shufflevector <16 x float> %856, <16 x float> %857, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %875 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %876 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %877 = shl nuw nsw i64 %j18.addr.02540, 6
  %878 = add nuw nsw i64 %877, %i22.addr.02541
  %879 = getelementptr inbounds float, ptr %dOT, i64 %878
  store <16 x float> %876, ptr %879, align 4
  %880 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %881 = or disjoint i64 %878, 64
  %882 = getelementptr inbounds float, ptr %dOT, i64 %881
  store <16 x float> %880, ptr %882, align 4
  %883 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %884 = or disjoint i64 %878, 128
  %885 = getelementptr inbounds float, ptr %dOT, i64 %884
  store <16 x float> %883, ptr %885, align 4
  %886 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %887 = or disjoint i64 %878, 192
  %888 = getelementptr inbounds float, ptr %dOT, i64 %887
  store <16 x float> %886, ptr %888, align 4
  %889 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %890 = or disjoint i64 %878, 256
  %891 = getelementptr inbounds float, ptr %dOT, i64 %890
  store <16 x float> %889, ptr %891, align 4
  %892 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %893 = or disjoint i64 %878, 320
  %894 = getelementptr inbounds float, ptr %dOT, i64 %893
  store <16 x float> %892, ptr %894, align 4
  %895 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %896 = or disjoint i64 %878, 384
  %897 = getelementptr inbounds float, ptr %dOT, i64 %896
  store <16 x float> %895, ptr %897, align 4
  %898 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %899 = or disjoint i64 %878, 448
  %900 = getelementptr inbounds float, ptr %dOT, i64 %899
  store <16 x float> %898, ptr %900, align 4
  %901 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %902 = or disjoint i64 %878, 512
  %903 = getelementptr inbounds float, ptr %dOT, i64 %902
  store <16 x float> %901, ptr %903, align 4
  %904 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %905 = or disjoint i64 %878, 576
  %906 = getelementptr inbounds float, ptr %dOT, i64 %905
  store <16 x float> %904, ptr %906, align 4
  %907 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %908 = or disjoint i64 %878, 640
  %909 = getelementptr inbounds float, ptr %dOT, i64 %908
  store <16 x float> %907, ptr %909, align 4
  %910 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %911 = or disjoint i64 %878, 704
  %912 = getelementptr inbounds float, ptr %dOT, i64 %911
  store <16 x float> %910, ptr %912, align 4
  %913 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %914 = or disjoint i64 %878, 768
  %915 = getelementptr inbounds float, ptr %dOT, i64 %914
  store <16 x float> %913, ptr %915, align 4
  %916 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %917 = or disjoint i64 %878, 832
  %918 = getelementptr inbounds float, ptr %dOT, i64 %917
  store <16 x float> %916, ptr %918, align 4
  %919 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %920 = or disjoint i64 %878, 896
  %921 = getelementptr inbounds float, ptr %dOT, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %923 = or disjoint i64 %878, 960
  %924 = getelementptr inbounds float, ptr %dOT, i64 %923
  store <16 x float> %922, ptr %924, align 4
  br i1 %779, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02541, 16
  %925 = icmp ult i64 %i22.addr.02541, 48
  br i1 %925, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %926 = icmp ult i64 %i23.addr.02552, 120
  br i1 %926, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02552 = phi i64 [ %927, %i23.head.loopexit ], [ 0, %j18.exit ]
  %927 = add nuw nsw i64 %i23.addr.02552, 8
  %928 = shl nuw nsw i64 %i23.addr.02552, 5
  %.idx2497 = shl nuw nsw i64 %i23.addr.02552, 9
  %929 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2497
  %930 = shl nuw nsw i64 %i23.addr.02552, 7
  %931 = or disjoint i64 %930, 128
  %932 = getelementptr inbounds float, ptr %Gm, i64 %931
  %933 = or disjoint i64 %930, 256
  %934 = getelementptr inbounds float, ptr %Gm, i64 %933
  %935 = or disjoint i64 %930, 384
  %936 = getelementptr inbounds float, ptr %Gm, i64 %935
  %937 = or disjoint i64 %930, 512
  %938 = getelementptr inbounds float, ptr %Gm, i64 %937
  %939 = or disjoint i64 %930, 640
  %940 = getelementptr inbounds float, ptr %Gm, i64 %939
  %941 = or disjoint i64 %930, 768
  %942 = getelementptr inbounds float, ptr %Gm, i64 %941
  %943 = or disjoint i64 %930, 896
  %944 = getelementptr inbounds float, ptr %Gm, i64 %943
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.02551 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j19.addr.02551
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02550 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %952, %p3.body ]
  %acc1.02549 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %958, %p3.body ]
  %acc2.02548 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %964, %p3.body ]
  %acc3.02547 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %970, %p3.body ]
  %acc4.02546 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %976, %p3.body ]
  %acc5.02545 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %982, %p3.body ]
  %acc6.02544 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %988, %p3.body ]
  %acc7.02543 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %994, %p3.body ]
  %p3.addr.02542 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2498 = shl nuw nsw i64 %p3.addr.02542, 9
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2498
  %945 = load <16 x float>, ptr %gep, align 4
  %946 = add nuw nsw i64 %p3.addr.02542, %928
  %947 = or disjoint i64 %946, 4096
  %948 = getelementptr inbounds float, ptr %Bk, i64 %947
  %949 = load float, ptr %948, align 4
  %950 = insertelement <16 x float> poison, float %949, i64 0
  %951 = shufflevector <16 x float> %950, <16 x float> poison, <16 x i32> zeroinitializer
  %952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %951, <16 x float> %945, <16 x float> %acc.02550)
  %953 = or disjoint i64 %946, 4128
  %954 = getelementptr inbounds float, ptr %Bk, i64 %953
  %955 = load float, ptr %954, align 4
  %956 = insertelement <16 x float> poison, float %955, i64 0
  %957 = shufflevector <16 x float> %956, <16 x float> poison, <16 x i32> zeroinitializer
  %958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %957, <16 x float> %945, <16 x float> %acc1.02549)
  %959 = or disjoint i64 %946, 4160
  %960 = getelementptr inbounds float, ptr %Bk, i64 %959
  %961 = load float, ptr %960, align 4
  %962 = insertelement <16 x float> poison, float %961, i64 0
  %963 = shufflevector <16 x float> %962, <16 x float> poison, <16 x i32> zeroinitializer
  %964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %963, <16 x float> %945, <16 x float> %acc2.02548)
  %965 = or disjoint i64 %946, 4192
  %966 = getelementptr inbounds float, ptr %Bk, i64 %965
  %967 = load float, ptr %966, align 4
  %968 = insertelement <16 x float> poison, float %967, i64 0
  %969 = shufflevector <16 x float> %968, <16 x float> poison, <16 x i32> zeroinitializer
  %970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %969, <16 x float> %945, <16 x float> %acc3.02547)
  %971 = or disjoint i64 %946, 4224
  %972 = getelementptr inbounds float, ptr %Bk, i64 %971
  %973 = load float, ptr %972, align 4
  %974 = insertelement <16 x float> poison, float %973, i64 0
  %975 = shufflevector <16 x float> %974, <16 x float> poison, <16 x i32> zeroinitializer
  %976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %975, <16 x float> %945, <16 x float> %acc4.02546)
  %977 = or disjoint i64 %946, 4256
  %978 = getelementptr inbounds float, ptr %Bk, i64 %977
  %979 = load float, ptr %978, align 4
  %980 = insertelement <16 x float> poison, float %979, i64 0
  %981 = shufflevector <16 x float> %980, <16 x float> poison, <16 x i32> zeroinitializer
  %982 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %981, <16 x float> %945, <16 x float> %acc5.02545)
  %983 = or disjoint i64 %946, 4288
  %984 = getelementptr inbounds float, ptr %Bk, i64 %983
  %985 = load float, ptr %984, align 4
  %986 = insertelement <16 x float> poison, float %985, i64 0
  %987 = shufflevector <16 x float> %986, <16 x float> poison, <16 x i32> zeroinitializer
  %988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %987, <16 x float> %945, <16 x float> %acc6.02544)
  %989 = or disjoint i64 %946, 4320
  %990 = getelementptr inbounds float, ptr %Bk, i64 %989
  %991 = load float, ptr %990, align 4
  %992 = insertelement <16 x float> poison, float %991, i64 0
  %993 = shufflevector <16 x float> %992, <16 x float> poison, <16 x i32> zeroinitializer
  %994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %945, <16 x float> %acc7.02543)
  %p3.next = add nuw nsw i64 %p3.addr.02542, 1
  %exitcond3002.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3002.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %995 = getelementptr inbounds float, ptr %929, i64 %j19.addr.02551
  store <16 x float> %952, ptr %995, align 4
  %996 = getelementptr inbounds float, ptr %932, i64 %j19.addr.02551
  store <16 x float> %958, ptr %996, align 4
  %997 = getelementptr inbounds float, ptr %934, i64 %j19.addr.02551
  store <16 x float> %964, ptr %997, align 4
  %998 = getelementptr inbounds float, ptr %936, i64 %j19.addr.02551
  store <16 x float> %970, ptr %998, align 4
  %999 = getelementptr inbounds float, ptr %938, i64 %j19.addr.02551
  store <16 x float> %976, ptr %999, align 4
  %1000 = getelementptr inbounds float, ptr %940, i64 %j19.addr.02551
  store <16 x float> %982, ptr %1000, align 4
  %1001 = getelementptr inbounds float, ptr %942, i64 %j19.addr.02551
  store <16 x float> %988, ptr %1001, align 4
  %1002 = getelementptr inbounds float, ptr %944, i64 %j19.addr.02551
  store <16 x float> %994, ptr %1002, align 4
  %j19.next = add nuw nsw i64 %j19.addr.02551, 16
  %1003 = icmp ult i64 %j19.next, %927
  br i1 %1003, label %p3.head.preheader, label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02570 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %1004 = shl nuw nsw i64 %i24.addr.02570, 5
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02569 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1023, %p4.body ]
  %acc9.02568 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1024, %p4.body ]
  %acc10.02567 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1025, %p4.body ]
  %acc11.02566 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1026, %p4.body ]
  %acc12.02565 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1032, %p4.body ]
  %acc13.02564 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1033, %p4.body ]
  %acc14.02563 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1034, %p4.body ]
  %acc15.02562 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1035, %p4.body ]
  %acc16.02561 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1041, %p4.body ]
  %acc17.02560 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1042, %p4.body ]
  %acc18.02559 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1043, %p4.body ]
  %acc19.02558 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1044, %p4.body ]
  %acc20.02557 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1050, %p4.body ]
  %acc21.02556 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1051, %p4.body ]
  %acc22.02555 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1052, %p4.body ]
  %acc23.02554 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1053, %p4.body ]
  %p4.addr.02553 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1005 = shl nuw nsw i64 %p4.addr.02553, 6
  %1006 = getelementptr inbounds float, ptr %work, i64 %1005
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = or disjoint i64 %1005, 16
  %1009 = getelementptr inbounds float, ptr %work, i64 %1008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = or disjoint i64 %1005, 32
  %1012 = getelementptr inbounds float, ptr %work, i64 %1011
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = or disjoint i64 %1005, 48
  %1015 = getelementptr inbounds float, ptr %work, i64 %1014
  %1016 = load <16 x float>, ptr %1015, align 4
  %1017 = add nuw nsw i64 %p4.addr.02553, %1004
  %1018 = or disjoint i64 %1017, 4096
  %1019 = getelementptr inbounds float, ptr %Bk, i64 %1018
  %1020 = load float, ptr %1019, align 4
  %1021 = insertelement <16 x float> poison, float %1020, i64 0
  %1022 = shufflevector <16 x float> %1021, <16 x float> poison, <16 x i32> zeroinitializer
  %1023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1022, <16 x float> %1007, <16 x float> %acc8.02569)
  %1024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1022, <16 x float> %1010, <16 x float> %acc9.02568)
  %1025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1022, <16 x float> %1013, <16 x float> %acc10.02567)
  %1026 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1022, <16 x float> %1016, <16 x float> %acc11.02566)
  %1027 = or disjoint i64 %1017, 4128
  %1028 = getelementptr inbounds float, ptr %Bk, i64 %1027
  %1029 = load float, ptr %1028, align 4
  %1030 = insertelement <16 x float> poison, float %1029, i64 0
  %1031 = shufflevector <16 x float> %1030, <16 x float> poison, <16 x i32> zeroinitializer
  %1032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1031, <16 x float> %1007, <16 x float> %acc12.02565)
  %1033 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1031, <16 x float> %1010, <16 x float> %acc13.02564)
  %1034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1031, <16 x float> %1013, <16 x float> %acc14.02563)
  %1035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1031, <16 x float> %1016, <16 x float> %acc15.02562)
  %1036 = or disjoint i64 %1017, 4160
  %1037 = getelementptr inbounds float, ptr %Bk, i64 %1036
  %1038 = load float, ptr %1037, align 4
  %1039 = insertelement <16 x float> poison, float %1038, i64 0
  %1040 = shufflevector <16 x float> %1039, <16 x float> poison, <16 x i32> zeroinitializer
  %1041 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1040, <16 x float> %1007, <16 x float> %acc16.02561)
  %1042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1040, <16 x float> %1010, <16 x float> %acc17.02560)
  %1043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1040, <16 x float> %1013, <16 x float> %acc18.02559)
  %1044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1040, <16 x float> %1016, <16 x float> %acc19.02558)
  %1045 = or disjoint i64 %1017, 4192
  %1046 = getelementptr inbounds float, ptr %Bk, i64 %1045
  %1047 = load float, ptr %1046, align 4
  %1048 = insertelement <16 x float> poison, float %1047, i64 0
  %1049 = shufflevector <16 x float> %1048, <16 x float> poison, <16 x i32> zeroinitializer
  %1050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1007, <16 x float> %acc20.02557)
  %1051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1010, <16 x float> %acc21.02556)
  %1052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1013, <16 x float> %acc22.02555)
  %1053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1016, <16 x float> %acc23.02554)
  %p4.next = add nuw nsw i64 %p4.addr.02553, 1
  %exitcond3003.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3003.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1054 = shl nuw nsw i64 %i24.addr.02570, 6
  %1055 = getelementptr inbounds float, ptr %KSdS, i64 %1054
  store <16 x float> %1023, ptr %1055, align 4
  %1056 = or disjoint i64 %1054, 16
  %1057 = getelementptr inbounds float, ptr %KSdS, i64 %1056
  store <16 x float> %1024, ptr %1057, align 4
  %1058 = or disjoint i64 %1054, 32
  %1059 = getelementptr inbounds float, ptr %KSdS, i64 %1058
  store <16 x float> %1025, ptr %1059, align 4
  %1060 = or disjoint i64 %1054, 48
  %1061 = getelementptr inbounds float, ptr %KSdS, i64 %1060
  store <16 x float> %1026, ptr %1061, align 4
  %1062 = or disjoint i64 %1054, 64
  %1063 = getelementptr inbounds float, ptr %KSdS, i64 %1062
  store <16 x float> %1032, ptr %1063, align 4
  %1064 = or disjoint i64 %1054, 80
  %1065 = getelementptr inbounds float, ptr %KSdS, i64 %1064
  store <16 x float> %1033, ptr %1065, align 4
  %1066 = or disjoint i64 %1054, 96
  %1067 = getelementptr inbounds float, ptr %KSdS, i64 %1066
  store <16 x float> %1034, ptr %1067, align 4
  %1068 = or disjoint i64 %1054, 112
  %1069 = getelementptr inbounds float, ptr %KSdS, i64 %1068
  store <16 x float> %1035, ptr %1069, align 4
  %1070 = or disjoint i64 %1054, 128
  %1071 = getelementptr inbounds float, ptr %KSdS, i64 %1070
  store <16 x float> %1041, ptr %1071, align 4
  %1072 = or disjoint i64 %1054, 144
  %1073 = getelementptr inbounds float, ptr %KSdS, i64 %1072
  store <16 x float> %1042, ptr %1073, align 4
  %1074 = or disjoint i64 %1054, 160
  %1075 = getelementptr inbounds float, ptr %KSdS, i64 %1074
  store <16 x float> %1043, ptr %1075, align 4
  %1076 = or disjoint i64 %1054, 176
  %1077 = getelementptr inbounds float, ptr %KSdS, i64 %1076
  store <16 x float> %1044, ptr %1077, align 4
  %1078 = or disjoint i64 %1054, 192
  %1079 = getelementptr inbounds float, ptr %KSdS, i64 %1078
  store <16 x float> %1050, ptr %1079, align 4
  %1080 = or disjoint i64 %1054, 208
  %1081 = getelementptr inbounds float, ptr %KSdS, i64 %1080
  store <16 x float> %1051, ptr %1081, align 4
  %1082 = or disjoint i64 %1054, 224
  %1083 = getelementptr inbounds float, ptr %KSdS, i64 %1082
  store <16 x float> %1052, ptr %1083, align 4
  %1084 = or disjoint i64 %1054, 240
  %1085 = getelementptr inbounds float, ptr %KSdS, i64 %1084
  store <16 x float> %1053, ptr %1085, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02570, 4
  %1086 = icmp ult i64 %i24.addr.02570, 124
  br i1 %1086, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02572 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2787 = shl nsw i64 %i25.addr.02572, 7
  %1087 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2787
  %1088 = load <16 x float>, ptr %1087, align 4
  %.idx2788 = shl nsw i64 %i25.addr.02572, 8
  %1089 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2788
  %1090 = load <16 x float>, ptr %1089, align 4
  %1091 = fsub <16 x float> %1088, %1090
  store <16 x float> %1091, ptr %1087, align 4
  %1092 = getelementptr inbounds i8, ptr %23, i64 %.idx2787
  %1093 = load <16 x float>, ptr %1092, align 4
  %1094 = getelementptr inbounds i8, ptr %24, i64 %.idx2788
  %1095 = load <16 x float>, ptr %1094, align 4
  %1096 = fsub <16 x float> %1093, %1095
  store <16 x float> %1096, ptr %1092, align 4
  %i25.next = or disjoint i64 %i25.addr.02572, 1
  %.idx2787.1 = shl nsw i64 %i25.next, 7
  %1097 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2787.1
  %1098 = load <16 x float>, ptr %1097, align 4
  %.idx2788.1 = shl nsw i64 %i25.next, 8
  %1099 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2788.1
  %1100 = load <16 x float>, ptr %1099, align 4
  %1101 = fsub <16 x float> %1098, %1100
  store <16 x float> %1101, ptr %1097, align 4
  %1102 = getelementptr inbounds i8, ptr %23, i64 %.idx2787.1
  %1103 = load <16 x float>, ptr %1102, align 4
  %1104 = getelementptr inbounds i8, ptr %24, i64 %.idx2788.1
  %1105 = load <16 x float>, ptr %1104, align 4
  %1106 = fsub <16 x float> %1103, %1105
  store <16 x float> %1106, ptr %1102, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02572, 2
  %.idx2787.2 = shl nsw i64 %i25.next.1, 7
  %1107 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2787.2
  %1108 = load <16 x float>, ptr %1107, align 4
  %.idx2788.2 = shl nsw i64 %i25.next.1, 8
  %1109 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2788.2
  %1110 = load <16 x float>, ptr %1109, align 4
  %1111 = fsub <16 x float> %1108, %1110
  store <16 x float> %1111, ptr %1107, align 4
  %1112 = getelementptr inbounds i8, ptr %23, i64 %.idx2787.2
  %1113 = load <16 x float>, ptr %1112, align 4
  %1114 = getelementptr inbounds i8, ptr %24, i64 %.idx2788.2
  %1115 = load <16 x float>, ptr %1114, align 4
  %1116 = fsub <16 x float> %1113, %1115
  store <16 x float> %1116, ptr %1112, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02572, 3
  %.idx2787.3 = shl nsw i64 %i25.next.2, 7
  %1117 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2787.3
  %1118 = load <16 x float>, ptr %1117, align 4
  %.idx2788.3 = shl nsw i64 %i25.next.2, 8
  %1119 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2788.3
  %1120 = load <16 x float>, ptr %1119, align 4
  %1121 = fsub <16 x float> %1118, %1120
  store <16 x float> %1121, ptr %1117, align 4
  %1122 = getelementptr inbounds i8, ptr %23, i64 %.idx2787.3
  %1123 = load <16 x float>, ptr %1122, align 4
  %1124 = getelementptr inbounds i8, ptr %24, i64 %.idx2788.3
  %1125 = load <16 x float>, ptr %1124, align 4
  %1126 = fsub <16 x float> %1123, %1125
  store <16 x float> %1126, ptr %1122, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02572, 4
  %exitcond3004.not.3 = icmp eq i64 %i25.next.3, 128
  br i1 %exitcond3004.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02589 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1127 = shl nuw nsw i64 %ib.addr.02589, 2
  %umax3585 = tail call i64 @llvm.umax.i64(i64 %1127, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02589, 2
  %.not2789 = icmp eq i64 %ib.addr.02589, 0
  br i1 %.not2789, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2496 = shl nuw nsw i64 %ib.addr.02589, 11
  %1128 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2496
  %1129 = shl nuw nsw i64 %ib.addr.02589, 9
  %1130 = or disjoint i64 %1129, 128
  %1131 = getelementptr inbounds float, ptr %Gm, i64 %1130
  %1132 = or disjoint i64 %1129, 256
  %1133 = getelementptr inbounds float, ptr %Gm, i64 %1132
  %1134 = or disjoint i64 %1129, 384
  %1135 = getelementptr inbounds float, ptr %Gm, i64 %1134
  %xtraiter = and i64 %umax3585, 1
  %1136 = icmp eq i64 %umax3585, 1
  br i1 %1136, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3585, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02581 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1177, %j21.body ]
  %acc25.02580 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1178, %j21.body ]
  %acc26.02579 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1183, %j21.body ]
  %acc27.02578 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1184, %j21.body ]
  %acc28.02577 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1189, %j21.body ]
  %acc29.02576 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1190, %j21.body ]
  %acc30.02575 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1195, %j21.body ]
  %acc31.02574 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1196, %j21.body ]
  %j21.addr.02573 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1137 = shl nsw i64 %j21.addr.02573, 5
  %1138 = getelementptr inbounds float, ptr %Vn, i64 %1137
  %1139 = load <16 x float>, ptr %1138, align 4
  %1140 = or disjoint i64 %1137, 16
  %1141 = getelementptr inbounds float, ptr %Vn, i64 %1140
  %1142 = load <16 x float>, ptr %1141, align 4
  %1143 = getelementptr inbounds float, ptr %1128, i64 %j21.addr.02573
  %1144 = load float, ptr %1143, align 4
  %1145 = insertelement <16 x float> poison, float %1144, i64 0
  %1146 = shufflevector <16 x float> %1145, <16 x float> poison, <16 x i32> zeroinitializer
  %1147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1146, <16 x float> %1139, <16 x float> %acc24.02581)
  %1148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1146, <16 x float> %1142, <16 x float> %acc25.02580)
  %1149 = getelementptr inbounds float, ptr %1131, i64 %j21.addr.02573
  %1150 = load float, ptr %1149, align 4
  %1151 = insertelement <16 x float> poison, float %1150, i64 0
  %1152 = shufflevector <16 x float> %1151, <16 x float> poison, <16 x i32> zeroinitializer
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1152, <16 x float> %1139, <16 x float> %acc26.02579)
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1152, <16 x float> %1142, <16 x float> %acc27.02578)
  %1155 = getelementptr inbounds float, ptr %1133, i64 %j21.addr.02573
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <16 x float> poison, float %1156, i64 0
  %1158 = shufflevector <16 x float> %1157, <16 x float> poison, <16 x i32> zeroinitializer
  %1159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1139, <16 x float> %acc28.02577)
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1142, <16 x float> %acc29.02576)
  %1161 = getelementptr inbounds float, ptr %1135, i64 %j21.addr.02573
  %1162 = load float, ptr %1161, align 4
  %1163 = insertelement <16 x float> poison, float %1162, i64 0
  %1164 = shufflevector <16 x float> %1163, <16 x float> poison, <16 x i32> zeroinitializer
  %1165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1164, <16 x float> %1139, <16 x float> %acc30.02575)
  %1166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1164, <16 x float> %1142, <16 x float> %acc31.02574)
  %j21.next = or disjoint i64 %j21.addr.02573, 1
  %1167 = shl nsw i64 %j21.next, 5
  %1168 = getelementptr inbounds float, ptr %Vn, i64 %1167
  %1169 = load <16 x float>, ptr %1168, align 4
  %1170 = or disjoint i64 %1167, 16
  %1171 = getelementptr inbounds float, ptr %Vn, i64 %1170
  %1172 = load <16 x float>, ptr %1171, align 4
  %1173 = getelementptr inbounds float, ptr %1128, i64 %j21.next
  %1174 = load float, ptr %1173, align 4
  %1175 = insertelement <16 x float> poison, float %1174, i64 0
  %1176 = shufflevector <16 x float> %1175, <16 x float> poison, <16 x i32> zeroinitializer
  %1177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1176, <16 x float> %1169, <16 x float> %1147)
  %1178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1176, <16 x float> %1172, <16 x float> %1148)
  %1179 = getelementptr inbounds float, ptr %1131, i64 %j21.next
  %1180 = load float, ptr %1179, align 4
  %1181 = insertelement <16 x float> poison, float %1180, i64 0
  %1182 = shufflevector <16 x float> %1181, <16 x float> poison, <16 x i32> zeroinitializer
  %1183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1182, <16 x float> %1169, <16 x float> %1153)
  %1184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1182, <16 x float> %1172, <16 x float> %1154)
  %1185 = getelementptr inbounds float, ptr %1133, i64 %j21.next
  %1186 = load float, ptr %1185, align 4
  %1187 = insertelement <16 x float> poison, float %1186, i64 0
  %1188 = shufflevector <16 x float> %1187, <16 x float> poison, <16 x i32> zeroinitializer
  %1189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1188, <16 x float> %1169, <16 x float> %1159)
  %1190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1188, <16 x float> %1172, <16 x float> %1160)
  %1191 = getelementptr inbounds float, ptr %1135, i64 %j21.next
  %1192 = load float, ptr %1191, align 4
  %1193 = insertelement <16 x float> poison, float %1192, i64 0
  %1194 = shufflevector <16 x float> %1193, <16 x float> poison, <16 x i32> zeroinitializer
  %1195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1194, <16 x float> %1169, <16 x float> %1165)
  %1196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1194, <16 x float> %1172, <16 x float> %1166)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02573, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3456.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1177, %j21.body ]
  %.lcssa3455.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1178, %j21.body ]
  %.lcssa3454.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1183, %j21.body ]
  %.lcssa3453.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1184, %j21.body ]
  %.lcssa3452.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1189, %j21.body ]
  %.lcssa3451.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1190, %j21.body ]
  %.lcssa3450.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1195, %j21.body ]
  %.lcssa3449.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1196, %j21.body ]
  %acc24.02581.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1177, %j21.body ]
  %acc25.02580.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1178, %j21.body ]
  %acc26.02579.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1183, %j21.body ]
  %acc27.02578.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1184, %j21.body ]
  %acc28.02577.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1189, %j21.body ]
  %acc29.02576.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1190, %j21.body ]
  %acc30.02575.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1195, %j21.body ]
  %acc31.02574.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1196, %j21.body ]
  %j21.addr.02573.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1197 = shl nsw i64 %j21.addr.02573.unr, 5
  %1198 = getelementptr inbounds float, ptr %Vn, i64 %1197
  %1199 = load <16 x float>, ptr %1198, align 4
  %1200 = or disjoint i64 %1197, 16
  %1201 = getelementptr inbounds float, ptr %Vn, i64 %1200
  %1202 = load <16 x float>, ptr %1201, align 4
  %1203 = getelementptr inbounds float, ptr %1128, i64 %j21.addr.02573.unr
  %1204 = load float, ptr %1203, align 4
  %1205 = insertelement <16 x float> poison, float %1204, i64 0
  %1206 = shufflevector <16 x float> %1205, <16 x float> poison, <16 x i32> zeroinitializer
  %1207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1206, <16 x float> %1199, <16 x float> %acc24.02581.unr)
  %1208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1206, <16 x float> %1202, <16 x float> %acc25.02580.unr)
  %1209 = getelementptr inbounds float, ptr %1131, i64 %j21.addr.02573.unr
  %1210 = load float, ptr %1209, align 4
  %1211 = insertelement <16 x float> poison, float %1210, i64 0
  %1212 = shufflevector <16 x float> %1211, <16 x float> poison, <16 x i32> zeroinitializer
  %1213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1212, <16 x float> %1199, <16 x float> %acc26.02579.unr)
  %1214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1212, <16 x float> %1202, <16 x float> %acc27.02578.unr)
  %1215 = getelementptr inbounds float, ptr %1133, i64 %j21.addr.02573.unr
  %1216 = load float, ptr %1215, align 4
  %1217 = insertelement <16 x float> poison, float %1216, i64 0
  %1218 = shufflevector <16 x float> %1217, <16 x float> poison, <16 x i32> zeroinitializer
  %1219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1218, <16 x float> %1199, <16 x float> %acc28.02577.unr)
  %1220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1218, <16 x float> %1202, <16 x float> %acc29.02576.unr)
  %1221 = getelementptr inbounds float, ptr %1135, i64 %j21.addr.02573.unr
  %1222 = load float, ptr %1221, align 4
  %1223 = insertelement <16 x float> poison, float %1222, i64 0
  %1224 = shufflevector <16 x float> %1223, <16 x float> poison, <16 x i32> zeroinitializer
  %1225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1224, <16 x float> %1199, <16 x float> %acc30.02575.unr)
  %1226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1224, <16 x float> %1202, <16 x float> %acc31.02574.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3449.ph, %j21.exit.loopexit.unr-lcssa ], [ %1226, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3450.ph, %j21.exit.loopexit.unr-lcssa ], [ %1225, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3451.ph, %j21.exit.loopexit.unr-lcssa ], [ %1220, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3452.ph, %j21.exit.loopexit.unr-lcssa ], [ %1219, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3453.ph, %j21.exit.loopexit.unr-lcssa ], [ %1214, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3454.ph, %j21.exit.loopexit.unr-lcssa ], [ %1213, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3455.ph, %j21.exit.loopexit.unr-lcssa ], [ %1208, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3456.ph, %j21.exit.loopexit.unr-lcssa ], [ %1207, %j21.body.epil ]
  %1227 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1228 = load float, ptr %1227, align 4
  %1229 = shl nuw nsw i64 %ib.addr.02589, 7
  %1230 = getelementptr inbounds float, ptr %Rr, i64 %1229
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = fsub <16 x float> %1231, %acc24.0.lcssa
  store <16 x float> %1232, ptr %1230, align 4
  %1233 = insertelement <16 x float> poison, float %1228, i64 0
  %1234 = shufflevector <16 x float> %1233, <16 x float> poison, <16 x i32> zeroinitializer
  %1235 = fmul <16 x float> %1234, %1232
  %1236 = getelementptr inbounds float, ptr %Vn, i64 %1229
  store <16 x float> %1235, ptr %1236, align 4
  %1237 = shl nuw nsw i64 %ib.addr.02589, 10
  %1238 = getelementptr inbounds float, ptr %Ak, i64 %1237
  store <16 x float> %1235, ptr %1238, align 4
  %1239 = or disjoint i64 %1229, 16
  %1240 = getelementptr inbounds float, ptr %Rr, i64 %1239
  %1241 = load <16 x float>, ptr %1240, align 4
  %1242 = fsub <16 x float> %1241, %acc25.0.lcssa
  store <16 x float> %1242, ptr %1240, align 4
  %1243 = fmul <16 x float> %1234, %1242
  %1244 = getelementptr inbounds float, ptr %Vn, i64 %1239
  store <16 x float> %1243, ptr %1244, align 4
  %1245 = or disjoint i64 %1237, 16
  %1246 = getelementptr inbounds float, ptr %Ak, i64 %1245
  store <16 x float> %1243, ptr %1246, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2790 = shl nsw i64 %i26, 9
  %1247 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2790
  %1248 = getelementptr inbounds float, ptr %1247, i64 %i0
  %1249 = load float, ptr %1248, align 4
  %1250 = insertelement <16 x float> poison, float %1249, i64 0
  %1251 = shufflevector <16 x float> %1250, <16 x float> poison, <16 x i32> zeroinitializer
  %1252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1251, <16 x float> %1235, <16 x float> %acc26.0.lcssa)
  %1253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1251, <16 x float> %1243, <16 x float> %acc27.0.lcssa)
  %1254 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1255 = load float, ptr %1254, align 4
  %1256 = shl nuw nsw i64 %i26, 5
  %1257 = getelementptr inbounds float, ptr %Rr, i64 %1256
  %1258 = load <16 x float>, ptr %1257, align 4
  %1259 = fsub <16 x float> %1258, %1252
  store <16 x float> %1259, ptr %1257, align 4
  %1260 = insertelement <16 x float> poison, float %1255, i64 0
  %1261 = shufflevector <16 x float> %1260, <16 x float> poison, <16 x i32> zeroinitializer
  %1262 = fmul <16 x float> %1261, %1259
  %1263 = getelementptr inbounds float, ptr %Vn, i64 %1256
  store <16 x float> %1262, ptr %1263, align 4
  %1264 = shl nuw nsw i64 %i26, 8
  %1265 = getelementptr inbounds float, ptr %Ak, i64 %1264
  store <16 x float> %1262, ptr %1265, align 4
  %1266 = or disjoint i64 %1256, 16
  %1267 = getelementptr inbounds float, ptr %Rr, i64 %1266
  %1268 = load <16 x float>, ptr %1267, align 4
  %1269 = fsub <16 x float> %1268, %1253
  store <16 x float> %1269, ptr %1267, align 4
  %1270 = fmul <16 x float> %1261, %1269
  %1271 = getelementptr inbounds float, ptr %Vn, i64 %1266
  store <16 x float> %1270, ptr %1271, align 4
  %1272 = or disjoint i64 %1264, 16
  %1273 = getelementptr inbounds float, ptr %Ak, i64 %1272
  store <16 x float> %1270, ptr %1273, align 4
  %i27 = or disjoint i64 %i0, 2
  %1274 = shl nuw nsw i64 %i27, 7
  %1275 = or disjoint i64 %1274, %i0
  %1276 = getelementptr inbounds float, ptr %Gm, i64 %1275
  %1277 = load float, ptr %1276, align 4
  %1278 = insertelement <16 x float> poison, float %1277, i64 0
  %1279 = shufflevector <16 x float> %1278, <16 x float> poison, <16 x i32> zeroinitializer
  %1280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1279, <16 x float> %1235, <16 x float> %acc28.0.lcssa)
  %1281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1279, <16 x float> %1243, <16 x float> %acc29.0.lcssa)
  %1282 = or disjoint i64 %1274, %i26
  %1283 = getelementptr inbounds float, ptr %Gm, i64 %1282
  %1284 = load float, ptr %1283, align 4
  %1285 = insertelement <16 x float> poison, float %1284, i64 0
  %1286 = shufflevector <16 x float> %1285, <16 x float> poison, <16 x i32> zeroinitializer
  %1287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1286, <16 x float> %1262, <16 x float> %1280)
  %1288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1286, <16 x float> %1270, <16 x float> %1281)
  %1289 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1290 = load float, ptr %1289, align 4
  %1291 = shl nuw nsw i64 %i27, 5
  %1292 = getelementptr inbounds float, ptr %Rr, i64 %1291
  %1293 = load <16 x float>, ptr %1292, align 4
  %1294 = fsub <16 x float> %1293, %1287
  store <16 x float> %1294, ptr %1292, align 4
  %1295 = insertelement <16 x float> poison, float %1290, i64 0
  %1296 = shufflevector <16 x float> %1295, <16 x float> poison, <16 x i32> zeroinitializer
  %1297 = fmul <16 x float> %1296, %1294
  %1298 = getelementptr inbounds float, ptr %Vn, i64 %1291
  store <16 x float> %1297, ptr %1298, align 4
  %1299 = shl nuw nsw i64 %i27, 8
  %1300 = getelementptr inbounds float, ptr %Ak, i64 %1299
  store <16 x float> %1297, ptr %1300, align 4
  %1301 = or disjoint i64 %1291, 16
  %1302 = getelementptr inbounds float, ptr %Rr, i64 %1301
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = fsub <16 x float> %1303, %1288
  store <16 x float> %1304, ptr %1302, align 4
  %1305 = fmul <16 x float> %1296, %1304
  %1306 = getelementptr inbounds float, ptr %Vn, i64 %1301
  store <16 x float> %1305, ptr %1306, align 4
  %1307 = or disjoint i64 %1299, 16
  %1308 = getelementptr inbounds float, ptr %Ak, i64 %1307
  store <16 x float> %1305, ptr %1308, align 4
  %i28 = or disjoint i64 %i0, 3
  %1309 = shl nuw nsw i64 %i28, 7
  %1310 = or disjoint i64 %1309, %i0
  %1311 = getelementptr inbounds float, ptr %Gm, i64 %1310
  %1312 = load float, ptr %1311, align 4
  %1313 = insertelement <16 x float> poison, float %1312, i64 0
  %1314 = shufflevector <16 x float> %1313, <16 x float> poison, <16 x i32> zeroinitializer
  %1315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1314, <16 x float> %1235, <16 x float> %acc30.0.lcssa)
  %1316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1314, <16 x float> %1243, <16 x float> %acc31.0.lcssa)
  %1317 = or disjoint i64 %1309, %i26
  %1318 = getelementptr inbounds float, ptr %Gm, i64 %1317
  %1319 = load float, ptr %1318, align 4
  %1320 = insertelement <16 x float> poison, float %1319, i64 0
  %1321 = shufflevector <16 x float> %1320, <16 x float> poison, <16 x i32> zeroinitializer
  %1322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1321, <16 x float> %1262, <16 x float> %1315)
  %1323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1321, <16 x float> %1270, <16 x float> %1316)
  %1324 = or disjoint i64 %1309, %i27
  %1325 = getelementptr inbounds float, ptr %Gm, i64 %1324
  %1326 = load float, ptr %1325, align 4
  %1327 = insertelement <16 x float> poison, float %1326, i64 0
  %1328 = shufflevector <16 x float> %1327, <16 x float> poison, <16 x i32> zeroinitializer
  %1329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1328, <16 x float> %1297, <16 x float> %1322)
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1328, <16 x float> %1305, <16 x float> %1323)
  %1331 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1332 = load float, ptr %1331, align 4
  %1333 = shl nuw nsw i64 %i28, 5
  %1334 = getelementptr inbounds float, ptr %Rr, i64 %1333
  %1335 = load <16 x float>, ptr %1334, align 4
  %1336 = fsub <16 x float> %1335, %1329
  store <16 x float> %1336, ptr %1334, align 4
  %1337 = insertelement <16 x float> poison, float %1332, i64 0
  %1338 = shufflevector <16 x float> %1337, <16 x float> poison, <16 x i32> zeroinitializer
  %1339 = fmul <16 x float> %1338, %1336
  %1340 = getelementptr inbounds float, ptr %Vn, i64 %1333
  store <16 x float> %1339, ptr %1340, align 4
  %1341 = shl nuw nsw i64 %i28, 8
  %1342 = getelementptr inbounds float, ptr %Ak, i64 %1341
  store <16 x float> %1339, ptr %1342, align 4
  %1343 = or disjoint i64 %1333, 16
  %1344 = getelementptr inbounds float, ptr %Rr, i64 %1343
  %1345 = load <16 x float>, ptr %1344, align 4
  %1346 = fsub <16 x float> %1345, %1330
  store <16 x float> %1346, ptr %1344, align 4
  %1347 = fmul <16 x float> %1338, %1346
  %1348 = getelementptr inbounds float, ptr %Vn, i64 %1343
  store <16 x float> %1347, ptr %1348, align 4
  %1349 = or disjoint i64 %1341, 16
  %1350 = getelementptr inbounds float, ptr %Ak, i64 %1349
  store <16 x float> %1347, ptr %1350, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02589, 1
  %exitcond3006.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3006.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02591 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1351 = shl nuw nsw i64 %i29.addr.02591, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1352 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02590 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1353 = or disjoint i64 %j22.addr.02590, %1351
  %1354 = getelementptr inbounds float, ptr %Vn, i64 %1353
  %1355 = load <16 x float>, ptr %1354, align 4
  %1356 = or disjoint i64 %1353, 256
  %1357 = getelementptr inbounds float, ptr %Vn, i64 %1356
  %1358 = load <16 x float>, ptr %1357, align 4
  %1359 = or disjoint i64 %1353, 32
  %1360 = getelementptr inbounds float, ptr %Vn, i64 %1359
  %1361 = load <16 x float>, ptr %1360, align 4
  %1362 = or disjoint i64 %1353, 288
  %1363 = getelementptr inbounds float, ptr %Vn, i64 %1362
  %1364 = load <16 x float>, ptr %1363, align 4
  %1365 = or disjoint i64 %1353, 64
  %1366 = getelementptr inbounds float, ptr %Vn, i64 %1365
  %1367 = load <16 x float>, ptr %1366, align 4
  %1368 = or disjoint i64 %1353, 320
  %1369 = getelementptr inbounds float, ptr %Vn, i64 %1368
  %1370 = load <16 x float>, ptr %1369, align 4
  %1371 = or disjoint i64 %1353, 96
  %1372 = getelementptr inbounds float, ptr %Vn, i64 %1371
  %1373 = load <16 x float>, ptr %1372, align 4
  %1374 = or disjoint i64 %1353, 352
  %1375 = getelementptr inbounds float, ptr %Vn, i64 %1374
  %1376 = load <16 x float>, ptr %1375, align 4
  %1377 = or disjoint i64 %1353, 128
  %1378 = getelementptr inbounds float, ptr %Vn, i64 %1377
  %1379 = load <16 x float>, ptr %1378, align 4
  %1380 = or disjoint i64 %1353, 384
  %1381 = getelementptr inbounds float, ptr %Vn, i64 %1380
  %1382 = load <16 x float>, ptr %1381, align 4
  %1383 = or disjoint i64 %1353, 160
  %1384 = getelementptr inbounds float, ptr %Vn, i64 %1383
  %1385 = load <16 x float>, ptr %1384, align 4
  %1386 = or disjoint i64 %1353, 416
  %1387 = getelementptr inbounds float, ptr %Vn, i64 %1386
  %1388 = load <16 x float>, ptr %1387, align 4
  %1389 = or disjoint i64 %1353, 192
  %1390 = getelementptr inbounds float, ptr %Vn, i64 %1389
  %1391 = load <16 x float>, ptr %1390, align 4
  %1392 = or disjoint i64 %1353, 448
  %1393 = getelementptr inbounds float, ptr %Vn, i64 %1392
  %1394 = load <16 x float>, ptr %1393, align 4
  %1395 = or disjoint i64 %1353, 224
  %1396 = getelementptr inbounds float, ptr %Vn, i64 %1395
  %1397 = load <16 x float>, ptr %1396, align 4
  %1398 = or disjoint i64 %1353, 480
  %1399 = getelementptr inbounds float, ptr %Vn, i64 %1398
  %1400 = load <16 x float>, ptr %1399, align 4
  %1401 = shufflevector <16 x float> %1355, <16 x float> %1358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1402 = shufflevector <16 x float> %1379, <16 x float> %1382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1403 = shufflevector <16 x float> %1361, <16 x float> %1364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1404 = shufflevector <16 x float> %1385, <16 x float> %1388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1405 = shufflevector <16 x float> %1367, <16 x float> %1370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1406 = shufflevector <16 x float> %1391, <16 x float> %1394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1407 = shufflevector <16 x float> %1373, <16 x float> %1376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1408 = shufflevector <16 x float> %1397, <16 x float> %1400, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1409 = shufflevector <16 x float> %1355, <16 x float> %1358, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1410 = shufflevector <16 x float> %1379, <16 x float> %1382, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1411 = shufflevector <16 x float> %1361, <16 x float> %1364, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1412 = shufflevector <16 x float> %1385, <16 x float> %1388, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1413 = shufflevector <16 x float> %1367, <16 x float> %1370, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1414 = shufflevector <16 x float> %1391, <16 x float> %1394, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1415 = shufflevector <16 x float> %1373, <16 x float> %1376, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1416 = shufflevector <16 x float> %1397, <16 x float> %1400, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1417 = shufflevector <16 x float> %1401, <16 x float> %1402, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1418 = shufflevector <16 x float> %1405, <16 x float> %1406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1419 = shufflevector <16 x float> %1403, <16 x float> %1404, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1420 = shufflevector <16 x float> %1407, <16 x float> %1408, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1421 = shufflevector <16 x float> %1401, <16 x float> %1402, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1422 = shufflevector <16 x float> %1405, <16 x float> %1406, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1423 = shufflevector <16 x float> %1403, <16 x float> %1404, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1424 = shufflevector <16 x float> %1407, <16 x float> %1408, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1425 = shufflevector <16 x float> %1409, <16 x float> %1410, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1426 = shufflevector <16 x float> %1413, <16 x float> %1414, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1427 = shufflevector <16 x float> %1411, <16 x float> %1412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1428 = shufflevector <16 x float> %1415, <16 x float> %1416, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1429 = shufflevector <16 x float> %1409, <16 x float> %1410, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1430 = shufflevector <16 x float> %1413, <16 x float> %1414, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1431 = shufflevector <16 x float> %1411, <16 x float> %1412, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1432 = shufflevector <16 x float> %1415, <16 x float> %1416, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1433 = shufflevector <16 x float> %1417, <16 x float> %1418, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1434 = shufflevector <16 x float> %1419, <16 x float> %1420, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1435 = shufflevector <16 x float> %1417, <16 x float> %1418, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1436 = shufflevector <16 x float> %1419, <16 x float> %1420, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1437 = shufflevector <16 x float> %1421, <16 x float> %1422, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1438 = shufflevector <16 x float> %1423, <16 x float> %1424, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1439 = shufflevector <16 x float> %1421, <16 x float> %1422, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1440 = shufflevector <16 x float> %1423, <16 x float> %1424, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1441 = shufflevector <16 x float> %1425, <16 x float> %1426, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1442 = shufflevector <16 x float> %1427, <16 x float> %1428, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1443 = shufflevector <16 x float> %1425, <16 x float> %1426, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1444 = shufflevector <16 x float> %1427, <16 x float> %1428, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1445 = shufflevector <16 x float> %1429, <16 x float> %1430, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1446 = shufflevector <16 x float> %1431, <16 x float> %1432, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1447 = shufflevector <16 x float> %1429, <16 x float> %1430, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1448 = shufflevector <16 x float> %1431, <16 x float> %1432, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1449 = shufflevector <16 x float> %1433, <16 x float> %1434, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1450 = shl nuw nsw i64 %j22.addr.02590, 7
  %1451 = add nuw nsw i64 %1450, %i29.addr.02591
  %1452 = getelementptr inbounds float, ptr %VnT, i64 %1451
  store <16 x float> %1449, ptr %1452, align 4
  %1453 = shufflevector <16 x float> %1433, <16 x float> %1434, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1454 = or disjoint i64 %1451, 128
  %1455 = getelementptr inbounds float, ptr %VnT, i64 %1454
  store <16 x float> %1453, ptr %1455, align 4
  %1456 = shufflevector <16 x float> %1435, <16 x float> %1436, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1457 = or disjoint i64 %1451, 256
  %1458 = getelementptr inbounds float, ptr %VnT, i64 %1457
  store <16 x float> %1456, ptr %1458, align 4
  %1459 = shufflevector <16 x float> %1435, <16 x float> %1436, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1460 = or disjoint i64 %1451, 384
  %1461 = getelementptr inbounds float, ptr %VnT, i64 %1460
  store <16 x float> %1459, ptr %1461, align 4
  %1462 = shufflevector <16 x float> %1437, <16 x float> %1438, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1463 = or disjoint i64 %1451, 512
  %1464 = getelementptr inbounds float, ptr %VnT, i64 %1463
  store <16 x float> %1462, ptr %1464, align 4
  %1465 = shufflevector <16 x float> %1437, <16 x float> %1438, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1466 = or disjoint i64 %1451, 640
  %1467 = getelementptr inbounds float, ptr %VnT, i64 %1466
  store <16 x float> %1465, ptr %1467, align 4
  %1468 = shufflevector <16 x float> %1439, <16 x float> %1440, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1469 = or disjoint i64 %1451, 768
  %1470 = getelementptr inbounds float, ptr %VnT, i64 %1469
  store <16 x float> %1468, ptr %1470, align 4
  %1471 = shufflevector <16 x float> %1439, <16 x float> %1440, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1472 = or disjoint i64 %1451, 896
  %1473 = getelementptr inbounds float, ptr %VnT, i64 %1472
  store <16 x float> %1471, ptr %1473, align 4
  %1474 = shufflevector <16 x float> %1441, <16 x float> %1442, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1475 = or disjoint i64 %1451, 1024
  %1476 = getelementptr inbounds float, ptr %VnT, i64 %1475
  store <16 x float> %1474, ptr %1476, align 4
  %1477 = shufflevector <16 x float> %1441, <16 x float> %1442, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1478 = or disjoint i64 %1451, 1152
  %1479 = getelementptr inbounds float, ptr %VnT, i64 %1478
  store <16 x float> %1477, ptr %1479, align 4
  %1480 = shufflevector <16 x float> %1443, <16 x float> %1444, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1481 = or disjoint i64 %1451, 1280
  %1482 = getelementptr inbounds float, ptr %VnT, i64 %1481
  store <16 x float> %1480, ptr %1482, align 4
  %1483 = shufflevector <16 x float> %1443, <16 x float> %1444, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1484 = or disjoint i64 %1451, 1408
  %1485 = getelementptr inbounds float, ptr %VnT, i64 %1484
  store <16 x float> %1483, ptr %1485, align 4
  %1486 = shufflevector <16 x float> %1445, <16 x float> %1446, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1487 = or disjoint i64 %1451, 1536
  %1488 = getelementptr inbounds float, ptr %VnT, i64 %1487
  store <16 x float> %1486, ptr %1488, align 4
  %1489 = shufflevector <16 x float> %1445, <16 x float> %1446, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1490 = or disjoint i64 %1451, 1664
  %1491 = getelementptr inbounds float, ptr %VnT, i64 %1490
  store <16 x float> %1489, ptr %1491, align 4
  %1492 = shufflevector <16 x float> %1447, <16 x float> %1448, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1493 = or disjoint i64 %1451, 1792
  %1494 = getelementptr inbounds float, ptr %VnT, i64 %1493
  store <16 x float> %1492, ptr %1494, align 4
  %1495 = shufflevector <16 x float> %1447, <16 x float> %1448, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1496 = or disjoint i64 %1451, 1920
  %1497 = getelementptr inbounds float, ptr %VnT, i64 %1496
  store <16 x float> %1495, ptr %1497, align 4
  br i1 %1352, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02591, 16
  %1498 = icmp ult i64 %i29.addr.02591, 112
  br i1 %1498, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02609 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1499 = shl nuw nsw i64 %i30.addr.02609, 5
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02608 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1518, %p6.body ]
  %acc33.02607 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1519, %p6.body ]
  %acc34.02606 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1520, %p6.body ]
  %acc35.02605 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1521, %p6.body ]
  %acc36.02604 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1527, %p6.body ]
  %acc37.02603 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1528, %p6.body ]
  %acc38.02602 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1529, %p6.body ]
  %acc39.02601 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1530, %p6.body ]
  %acc40.02600 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1536, %p6.body ]
  %acc41.02599 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1537, %p6.body ]
  %acc42.02598 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1538, %p6.body ]
  %acc43.02597 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1539, %p6.body ]
  %acc44.02596 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1545, %p6.body ]
  %acc45.02595 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1546, %p6.body ]
  %acc46.02594 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1547, %p6.body ]
  %acc47.02593 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1548, %p6.body ]
  %p6.addr.02592 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1500 = shl nuw nsw i64 %p6.addr.02592, 6
  %1501 = getelementptr inbounds float, ptr %QcT, i64 %1500
  %1502 = load <16 x float>, ptr %1501, align 4
  %1503 = or disjoint i64 %1500, 16
  %1504 = getelementptr inbounds float, ptr %QcT, i64 %1503
  %1505 = load <16 x float>, ptr %1504, align 4
  %1506 = or disjoint i64 %1500, 32
  %1507 = getelementptr inbounds float, ptr %QcT, i64 %1506
  %1508 = load <16 x float>, ptr %1507, align 4
  %1509 = or disjoint i64 %1500, 48
  %1510 = getelementptr inbounds float, ptr %QcT, i64 %1509
  %1511 = load <16 x float>, ptr %1510, align 4
  %1512 = add nuw nsw i64 %p6.addr.02592, %1499
  %1513 = or disjoint i64 %1512, 4096
  %1514 = getelementptr inbounds float, ptr %Bk, i64 %1513
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <16 x float> poison, float %1515, i64 0
  %1517 = shufflevector <16 x float> %1516, <16 x float> poison, <16 x i32> zeroinitializer
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1502, <16 x float> %acc32.02608)
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1505, <16 x float> %acc33.02607)
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1508, <16 x float> %acc34.02606)
  %1521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1511, <16 x float> %acc35.02605)
  %1522 = or disjoint i64 %1512, 4128
  %1523 = getelementptr inbounds float, ptr %Bk, i64 %1522
  %1524 = load float, ptr %1523, align 4
  %1525 = insertelement <16 x float> poison, float %1524, i64 0
  %1526 = shufflevector <16 x float> %1525, <16 x float> poison, <16 x i32> zeroinitializer
  %1527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1502, <16 x float> %acc36.02604)
  %1528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1505, <16 x float> %acc37.02603)
  %1529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1508, <16 x float> %acc38.02602)
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1511, <16 x float> %acc39.02601)
  %1531 = or disjoint i64 %1512, 4160
  %1532 = getelementptr inbounds float, ptr %Bk, i64 %1531
  %1533 = load float, ptr %1532, align 4
  %1534 = insertelement <16 x float> poison, float %1533, i64 0
  %1535 = shufflevector <16 x float> %1534, <16 x float> poison, <16 x i32> zeroinitializer
  %1536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1535, <16 x float> %1502, <16 x float> %acc40.02600)
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1535, <16 x float> %1505, <16 x float> %acc41.02599)
  %1538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1535, <16 x float> %1508, <16 x float> %acc42.02598)
  %1539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1535, <16 x float> %1511, <16 x float> %acc43.02597)
  %1540 = or disjoint i64 %1512, 4192
  %1541 = getelementptr inbounds float, ptr %Bk, i64 %1540
  %1542 = load float, ptr %1541, align 4
  %1543 = insertelement <16 x float> poison, float %1542, i64 0
  %1544 = shufflevector <16 x float> %1543, <16 x float> poison, <16 x i32> zeroinitializer
  %1545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1544, <16 x float> %1502, <16 x float> %acc44.02596)
  %1546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1544, <16 x float> %1505, <16 x float> %acc45.02595)
  %1547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1544, <16 x float> %1508, <16 x float> %acc46.02594)
  %1548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1544, <16 x float> %1511, <16 x float> %acc47.02593)
  %p6.next = add nuw nsw i64 %p6.addr.02592, 1
  %exitcond3007.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3007.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1549 = shl nuw nsw i64 %i30.addr.02609, 6
  %1550 = getelementptr inbounds float, ptr %PT, i64 %1549
  store <16 x float> %1518, ptr %1550, align 4
  %1551 = or disjoint i64 %1549, 16
  %1552 = getelementptr inbounds float, ptr %PT, i64 %1551
  store <16 x float> %1519, ptr %1552, align 4
  %1553 = or disjoint i64 %1549, 32
  %1554 = getelementptr inbounds float, ptr %PT, i64 %1553
  store <16 x float> %1520, ptr %1554, align 4
  %1555 = or disjoint i64 %1549, 48
  %1556 = getelementptr inbounds float, ptr %PT, i64 %1555
  store <16 x float> %1521, ptr %1556, align 4
  %1557 = or disjoint i64 %1549, 64
  %1558 = getelementptr inbounds float, ptr %PT, i64 %1557
  store <16 x float> %1527, ptr %1558, align 4
  %1559 = or disjoint i64 %1549, 80
  %1560 = getelementptr inbounds float, ptr %PT, i64 %1559
  store <16 x float> %1528, ptr %1560, align 4
  %1561 = or disjoint i64 %1549, 96
  %1562 = getelementptr inbounds float, ptr %PT, i64 %1561
  store <16 x float> %1529, ptr %1562, align 4
  %1563 = or disjoint i64 %1549, 112
  %1564 = getelementptr inbounds float, ptr %PT, i64 %1563
  store <16 x float> %1530, ptr %1564, align 4
  %1565 = or disjoint i64 %1549, 128
  %1566 = getelementptr inbounds float, ptr %PT, i64 %1565
  store <16 x float> %1536, ptr %1566, align 4
  %1567 = or disjoint i64 %1549, 144
  %1568 = getelementptr inbounds float, ptr %PT, i64 %1567
  store <16 x float> %1537, ptr %1568, align 4
  %1569 = or disjoint i64 %1549, 160
  %1570 = getelementptr inbounds float, ptr %PT, i64 %1569
  store <16 x float> %1538, ptr %1570, align 4
  %1571 = or disjoint i64 %1549, 176
  %1572 = getelementptr inbounds float, ptr %PT, i64 %1571
  store <16 x float> %1539, ptr %1572, align 4
  %1573 = or disjoint i64 %1549, 192
  %1574 = getelementptr inbounds float, ptr %PT, i64 %1573
  store <16 x float> %1545, ptr %1574, align 4
  %1575 = or disjoint i64 %1549, 208
  %1576 = getelementptr inbounds float, ptr %PT, i64 %1575
  store <16 x float> %1546, ptr %1576, align 4
  %1577 = or disjoint i64 %1549, 224
  %1578 = getelementptr inbounds float, ptr %PT, i64 %1577
  store <16 x float> %1547, ptr %1578, align 4
  %1579 = or disjoint i64 %1549, 240
  %1580 = getelementptr inbounds float, ptr %PT, i64 %1579
  store <16 x float> %1548, ptr %1580, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02609, 4
  %1581 = icmp ult i64 %i30.addr.02609, 124
  br i1 %1581, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t2.addr.02612 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx2791 = shl nsw i64 %t2.addr.02612, 9
  %1582 = getelementptr inbounds i8, ptr %PT, i64 %.idx2791
  %1583 = load <16 x float>, ptr %1582, align 4
  %.idx2792 = shl nsw i64 %t2.addr.02612, 8
  %1584 = getelementptr inbounds i8, ptr %M, i64 %.idx2792
  %1585 = load <16 x float>, ptr %1584, align 4
  %1586 = fmul <16 x float> %1583, %1585
  store <16 x float> %1586, ptr %1582, align 4
  %1587 = getelementptr inbounds i8, ptr %25, i64 %.idx2791
  %1588 = load <16 x float>, ptr %1587, align 4
  %1589 = getelementptr inbounds i8, ptr %26, i64 %.idx2792
  %1590 = load <16 x float>, ptr %1589, align 4
  %1591 = fmul <16 x float> %1588, %1590
  store <16 x float> %1591, ptr %1587, align 4
  %1592 = getelementptr inbounds i8, ptr %27, i64 %.idx2791
  %1593 = load <16 x float>, ptr %1592, align 4
  %1594 = getelementptr inbounds i8, ptr %28, i64 %.idx2792
  %1595 = load <16 x float>, ptr %1594, align 4
  %1596 = fmul <16 x float> %1593, %1595
  store <16 x float> %1596, ptr %1592, align 4
  %1597 = getelementptr inbounds i8, ptr %29, i64 %.idx2791
  %1598 = load <16 x float>, ptr %1597, align 4
  %1599 = getelementptr inbounds i8, ptr %30, i64 %.idx2792
  %1600 = load <16 x float>, ptr %1599, align 4
  %1601 = fmul <16 x float> %1598, %1600
  store <16 x float> %1601, ptr %1597, align 4
  %1602 = getelementptr inbounds i8, ptr %1582, i64 256
  %1603 = load <16 x float>, ptr %1602, align 4
  %1604 = load <16 x float>, ptr %1584, align 4
  %1605 = fmul <16 x float> %1603, %1604
  store <16 x float> %1605, ptr %1602, align 4
  %1606 = getelementptr inbounds i8, ptr %1587, i64 256
  %1607 = load <16 x float>, ptr %1606, align 4
  %1608 = load <16 x float>, ptr %1589, align 4
  %1609 = fmul <16 x float> %1607, %1608
  store <16 x float> %1609, ptr %1606, align 4
  %1610 = getelementptr inbounds i8, ptr %1592, i64 256
  %1611 = load <16 x float>, ptr %1610, align 4
  %1612 = load <16 x float>, ptr %1594, align 4
  %1613 = fmul <16 x float> %1611, %1612
  store <16 x float> %1613, ptr %1610, align 4
  %1614 = getelementptr inbounds i8, ptr %1597, i64 256
  %1615 = load <16 x float>, ptr %1614, align 4
  %1616 = load <16 x float>, ptr %1599, align 4
  %1617 = fmul <16 x float> %1615, %1616
  store <16 x float> %1617, ptr %1614, align 4
  %t2.next = or disjoint i64 %t2.addr.02612, 1
  %.idx2791.1 = shl nsw i64 %t2.next, 9
  %1618 = getelementptr inbounds i8, ptr %PT, i64 %.idx2791.1
  %1619 = load <16 x float>, ptr %1618, align 4
  %.idx2792.1 = shl nsw i64 %t2.next, 8
  %1620 = getelementptr inbounds i8, ptr %M, i64 %.idx2792.1
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = fmul <16 x float> %1619, %1621
  store <16 x float> %1622, ptr %1618, align 4
  %1623 = getelementptr inbounds i8, ptr %25, i64 %.idx2791.1
  %1624 = load <16 x float>, ptr %1623, align 4
  %1625 = getelementptr inbounds i8, ptr %26, i64 %.idx2792.1
  %1626 = load <16 x float>, ptr %1625, align 4
  %1627 = fmul <16 x float> %1624, %1626
  store <16 x float> %1627, ptr %1623, align 4
  %1628 = getelementptr inbounds i8, ptr %27, i64 %.idx2791.1
  %1629 = load <16 x float>, ptr %1628, align 4
  %1630 = getelementptr inbounds i8, ptr %28, i64 %.idx2792.1
  %1631 = load <16 x float>, ptr %1630, align 4
  %1632 = fmul <16 x float> %1629, %1631
  store <16 x float> %1632, ptr %1628, align 4
  %1633 = getelementptr inbounds i8, ptr %29, i64 %.idx2791.1
  %1634 = load <16 x float>, ptr %1633, align 4
  %1635 = getelementptr inbounds i8, ptr %30, i64 %.idx2792.1
  %1636 = load <16 x float>, ptr %1635, align 4
  %1637 = fmul <16 x float> %1634, %1636
  store <16 x float> %1637, ptr %1633, align 4
  %1638 = getelementptr inbounds i8, ptr %1618, i64 256
  %1639 = load <16 x float>, ptr %1638, align 4
  %1640 = load <16 x float>, ptr %1620, align 4
  %1641 = fmul <16 x float> %1639, %1640
  store <16 x float> %1641, ptr %1638, align 4
  %1642 = getelementptr inbounds i8, ptr %1623, i64 256
  %1643 = load <16 x float>, ptr %1642, align 4
  %1644 = load <16 x float>, ptr %1625, align 4
  %1645 = fmul <16 x float> %1643, %1644
  store <16 x float> %1645, ptr %1642, align 4
  %1646 = getelementptr inbounds i8, ptr %1628, i64 256
  %1647 = load <16 x float>, ptr %1646, align 4
  %1648 = load <16 x float>, ptr %1630, align 4
  %1649 = fmul <16 x float> %1647, %1648
  store <16 x float> %1649, ptr %1646, align 4
  %1650 = getelementptr inbounds i8, ptr %1633, i64 256
  %1651 = load <16 x float>, ptr %1650, align 4
  %1652 = load <16 x float>, ptr %1635, align 4
  %1653 = fmul <16 x float> %1651, %1652
  store <16 x float> %1653, ptr %1650, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02612, 2
  %exitcond3008.not.1 = icmp eq i64 %t2.next.1, 64
  br i1 %exitcond3008.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02614 = phi i64 [ %i33.next.7, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2795 = shl nsw i64 %i33.addr.02614, 8
  %gep3235 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795
  %1654 = load <16 x float>, ptr %gep3235, align 4
  %.idx2796 = shl nsw i64 %i33.addr.02614, 7
  %gep3237 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796
  store <16 x float> %1654, ptr %gep3237, align 4
  %gep3239 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795
  %1655 = load <16 x float>, ptr %gep3239, align 4
  %gep3241 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796
  store <16 x float> %1655, ptr %gep3241, align 4
  %i33.next = or disjoint i64 %i33.addr.02614, 1
  %.idx2795.1 = shl nsw i64 %i33.next, 8
  %gep3235.1 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795.1
  %1656 = load <16 x float>, ptr %gep3235.1, align 4
  %.idx2796.1 = shl nsw i64 %i33.next, 7
  %gep3237.1 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796.1
  store <16 x float> %1656, ptr %gep3237.1, align 4
  %gep3239.1 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795.1
  %1657 = load <16 x float>, ptr %gep3239.1, align 4
  %gep3241.1 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796.1
  store <16 x float> %1657, ptr %gep3241.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02614, 2
  %.idx2795.2 = shl nsw i64 %i33.next.1, 8
  %gep3235.2 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795.2
  %1658 = load <16 x float>, ptr %gep3235.2, align 4
  %.idx2796.2 = shl nsw i64 %i33.next.1, 7
  %gep3237.2 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796.2
  store <16 x float> %1658, ptr %gep3237.2, align 4
  %gep3239.2 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795.2
  %1659 = load <16 x float>, ptr %gep3239.2, align 4
  %gep3241.2 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796.2
  store <16 x float> %1659, ptr %gep3241.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02614, 3
  %.idx2795.3 = shl nsw i64 %i33.next.2, 8
  %gep3235.3 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795.3
  %1660 = load <16 x float>, ptr %gep3235.3, align 4
  %.idx2796.3 = shl nsw i64 %i33.next.2, 7
  %gep3237.3 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796.3
  store <16 x float> %1660, ptr %gep3237.3, align 4
  %gep3239.3 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795.3
  %1661 = load <16 x float>, ptr %gep3239.3, align 4
  %gep3241.3 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796.3
  store <16 x float> %1661, ptr %gep3241.3, align 4
  %i33.next.3 = or disjoint i64 %i33.addr.02614, 4
  %.idx2795.4 = shl nsw i64 %i33.next.3, 8
  %gep3235.4 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795.4
  %1662 = load <16 x float>, ptr %gep3235.4, align 4
  %.idx2796.4 = shl nsw i64 %i33.next.3, 7
  %gep3237.4 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796.4
  store <16 x float> %1662, ptr %gep3237.4, align 4
  %gep3239.4 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795.4
  %1663 = load <16 x float>, ptr %gep3239.4, align 4
  %gep3241.4 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796.4
  store <16 x float> %1663, ptr %gep3241.4, align 4
  %i33.next.4 = or disjoint i64 %i33.addr.02614, 5
  %.idx2795.5 = shl nsw i64 %i33.next.4, 8
  %gep3235.5 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795.5
  %1664 = load <16 x float>, ptr %gep3235.5, align 4
  %.idx2796.5 = shl nsw i64 %i33.next.4, 7
  %gep3237.5 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796.5
  store <16 x float> %1664, ptr %gep3237.5, align 4
  %gep3239.5 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795.5
  %1665 = load <16 x float>, ptr %gep3239.5, align 4
  %gep3241.5 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796.5
  store <16 x float> %1665, ptr %gep3241.5, align 4
  %i33.next.5 = or disjoint i64 %i33.addr.02614, 6
  %.idx2795.6 = shl nsw i64 %i33.next.5, 8
  %gep3235.6 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795.6
  %1666 = load <16 x float>, ptr %gep3235.6, align 4
  %.idx2796.6 = shl nsw i64 %i33.next.5, 7
  %gep3237.6 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796.6
  store <16 x float> %1666, ptr %gep3237.6, align 4
  %gep3239.6 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795.6
  %1667 = load <16 x float>, ptr %gep3239.6, align 4
  %gep3241.6 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796.6
  store <16 x float> %1667, ptr %gep3241.6, align 4
  %i33.next.6 = or disjoint i64 %i33.addr.02614, 7
  %.idx2795.7 = shl nsw i64 %i33.next.6, 8
  %gep3235.7 = getelementptr inbounds i8, ptr %invariant.gep3234, i64 %.idx2795.7
  %1668 = load <16 x float>, ptr %gep3235.7, align 4
  %.idx2796.7 = shl nsw i64 %i33.next.6, 7
  %gep3237.7 = getelementptr inbounds i8, ptr %invariant.gep3236, i64 %.idx2796.7
  store <16 x float> %1668, ptr %gep3237.7, align 4
  %gep3239.7 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2795.7
  %1669 = load <16 x float>, ptr %gep3239.7, align 4
  %gep3241.7 = getelementptr inbounds i8, ptr %invariant.gep3240, i64 %.idx2796.7
  store <16 x float> %1669, ptr %gep3241.7, align 4
  %i33.next.7 = add nuw nsw i64 %i33.addr.02614, 8
  %exitcond3011.not.7 = icmp eq i64 %i33.next.7, 128
  br i1 %exitcond3011.not.7, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02632 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2501 = shl nuw nsw i64 %i34.addr.02632, 7
  %1670 = getelementptr inbounds i8, ptr %OY, i64 %.idx2501
  %1671 = getelementptr inbounds i8, ptr %1670, i64 8192
  %1672 = load <16 x float>, ptr %1671, align 4
  %1673 = getelementptr inbounds i8, ptr %1670, i64 8256
  %1674 = load <16 x float>, ptr %1673, align 4
  %1675 = or disjoint i64 %i34.addr.02632, 1
  %.idx2502 = shl nuw nsw i64 %1675, 7
  %1676 = getelementptr inbounds i8, ptr %OY, i64 %.idx2502
  %1677 = getelementptr inbounds i8, ptr %1676, i64 8192
  %1678 = load <16 x float>, ptr %1677, align 4
  %1679 = getelementptr inbounds i8, ptr %1676, i64 8256
  %1680 = load <16 x float>, ptr %1679, align 4
  %1681 = or disjoint i64 %i34.addr.02632, 2
  %.idx2503 = shl nuw nsw i64 %1681, 7
  %1682 = getelementptr inbounds i8, ptr %OY, i64 %.idx2503
  %1683 = getelementptr inbounds i8, ptr %1682, i64 8192
  %1684 = load <16 x float>, ptr %1683, align 4
  %1685 = getelementptr inbounds i8, ptr %1682, i64 8256
  %1686 = load <16 x float>, ptr %1685, align 4
  %1687 = or disjoint i64 %i34.addr.02632, 3
  %.idx2504 = shl nuw nsw i64 %1687, 7
  %1688 = getelementptr inbounds i8, ptr %OY, i64 %.idx2504
  %1689 = getelementptr inbounds i8, ptr %1688, i64 8192
  %1690 = load <16 x float>, ptr %1689, align 4
  %1691 = getelementptr inbounds i8, ptr %1688, i64 8256
  %1692 = load <16 x float>, ptr %1691, align 4
  %1693 = or disjoint i64 %i34.addr.02632, 4
  %.idx2505 = shl nuw nsw i64 %1693, 7
  %1694 = getelementptr inbounds i8, ptr %OY, i64 %.idx2505
  %1695 = getelementptr inbounds i8, ptr %1694, i64 8192
  %1696 = load <16 x float>, ptr %1695, align 4
  %1697 = getelementptr inbounds i8, ptr %1694, i64 8256
  %1698 = load <16 x float>, ptr %1697, align 4
  %1699 = or disjoint i64 %i34.addr.02632, 5
  %.idx2506 = shl nuw nsw i64 %1699, 7
  %1700 = getelementptr inbounds i8, ptr %OY, i64 %.idx2506
  %1701 = getelementptr inbounds i8, ptr %1700, i64 8192
  %1702 = load <16 x float>, ptr %1701, align 4
  %1703 = getelementptr inbounds i8, ptr %1700, i64 8256
  %1704 = load <16 x float>, ptr %1703, align 4
  %1705 = or disjoint i64 %i34.addr.02632, 6
  %.idx2507 = shl nuw nsw i64 %1705, 7
  %1706 = getelementptr inbounds i8, ptr %OY, i64 %.idx2507
  %1707 = getelementptr inbounds i8, ptr %1706, i64 8192
  %1708 = load <16 x float>, ptr %1707, align 4
  %1709 = getelementptr inbounds i8, ptr %1706, i64 8256
  %1710 = load <16 x float>, ptr %1709, align 4
  %1711 = or disjoint i64 %i34.addr.02632, 7
  %.idx2508 = shl nuw nsw i64 %1711, 7
  %1712 = getelementptr inbounds i8, ptr %OY, i64 %.idx2508
  %1713 = getelementptr inbounds i8, ptr %1712, i64 8192
  %1714 = load <16 x float>, ptr %1713, align 4
  %1715 = getelementptr inbounds i8, ptr %1712, i64 8256
  %1716 = load <16 x float>, ptr %1715, align 4
  %.idx2797 = shl nsw i64 %i34.addr.02632, 8
  %.idx2798 = shl nsw i64 %1675, 8
  %.idx2799 = shl nsw i64 %1681, 8
  %.idx2800 = shl nsw i64 %1687, 8
  %.idx2801 = shl nsw i64 %1693, 8
  %.idx2802 = shl nsw i64 %1699, 8
  %.idx2803 = shl nsw i64 %1705, 8
  %.idx2804 = shl nsw i64 %1711, 8
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %p7.addr.02631 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc63.02630 = phi <16 x float> [ %1716, %i34.body ], [ %1771, %p7.body ]
  %acc62.02629 = phi <16 x float> [ %1714, %i34.body ], [ %1770, %p7.body ]
  %acc61.02628 = phi <16 x float> [ %1710, %i34.body ], [ %1765, %p7.body ]
  %acc60.02627 = phi <16 x float> [ %1708, %i34.body ], [ %1764, %p7.body ]
  %acc59.02626 = phi <16 x float> [ %1704, %i34.body ], [ %1759, %p7.body ]
  %acc58.02625 = phi <16 x float> [ %1702, %i34.body ], [ %1758, %p7.body ]
  %acc57.02624 = phi <16 x float> [ %1698, %i34.body ], [ %1753, %p7.body ]
  %acc56.02623 = phi <16 x float> [ %1696, %i34.body ], [ %1752, %p7.body ]
  %acc55.02622 = phi <16 x float> [ %1692, %i34.body ], [ %1747, %p7.body ]
  %acc54.02621 = phi <16 x float> [ %1690, %i34.body ], [ %1746, %p7.body ]
  %acc53.02620 = phi <16 x float> [ %1686, %i34.body ], [ %1741, %p7.body ]
  %acc52.02619 = phi <16 x float> [ %1684, %i34.body ], [ %1740, %p7.body ]
  %acc51.02618 = phi <16 x float> [ %1680, %i34.body ], [ %1735, %p7.body ]
  %acc50.02617 = phi <16 x float> [ %1678, %i34.body ], [ %1734, %p7.body ]
  %acc49.02616 = phi <16 x float> [ %1674, %i34.body ], [ %1729, %p7.body ]
  %acc48.02615 = phi <16 x float> [ %1672, %i34.body ], [ %1728, %p7.body ]
  %1717 = shl nuw nsw i64 %p7.addr.02631, 5
  %1718 = getelementptr inbounds float, ptr %OY, i64 %1717
  %1719 = load <16 x float>, ptr %1718, align 4
  %1720 = or disjoint i64 %1717, 16
  %1721 = getelementptr inbounds float, ptr %OY, i64 %1720
  %1722 = load <16 x float>, ptr %1721, align 4
  %1723 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02631
  %1724 = getelementptr inbounds i8, ptr %1723, i64 %.idx2797
  %1725 = load float, ptr %1724, align 4
  %1726 = insertelement <16 x float> poison, float %1725, i64 0
  %1727 = shufflevector <16 x float> %1726, <16 x float> poison, <16 x i32> zeroinitializer
  %1728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1727, <16 x float> %1719, <16 x float> %acc48.02615)
  %1729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1727, <16 x float> %1722, <16 x float> %acc49.02616)
  %1730 = getelementptr inbounds i8, ptr %1723, i64 %.idx2798
  %1731 = load float, ptr %1730, align 4
  %1732 = insertelement <16 x float> poison, float %1731, i64 0
  %1733 = shufflevector <16 x float> %1732, <16 x float> poison, <16 x i32> zeroinitializer
  %1734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1719, <16 x float> %acc50.02617)
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1722, <16 x float> %acc51.02618)
  %1736 = getelementptr inbounds i8, ptr %1723, i64 %.idx2799
  %1737 = load float, ptr %1736, align 4
  %1738 = insertelement <16 x float> poison, float %1737, i64 0
  %1739 = shufflevector <16 x float> %1738, <16 x float> poison, <16 x i32> zeroinitializer
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1719, <16 x float> %acc52.02619)
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1722, <16 x float> %acc53.02620)
  %1742 = getelementptr inbounds i8, ptr %1723, i64 %.idx2800
  %1743 = load float, ptr %1742, align 4
  %1744 = insertelement <16 x float> poison, float %1743, i64 0
  %1745 = shufflevector <16 x float> %1744, <16 x float> poison, <16 x i32> zeroinitializer
  %1746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1719, <16 x float> %acc54.02621)
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1722, <16 x float> %acc55.02622)
  %1748 = getelementptr inbounds i8, ptr %1723, i64 %.idx2801
  %1749 = load float, ptr %1748, align 4
  %1750 = insertelement <16 x float> poison, float %1749, i64 0
  %1751 = shufflevector <16 x float> %1750, <16 x float> poison, <16 x i32> zeroinitializer
  %1752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1751, <16 x float> %1719, <16 x float> %acc56.02623)
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1751, <16 x float> %1722, <16 x float> %acc57.02624)
  %1754 = getelementptr inbounds i8, ptr %1723, i64 %.idx2802
  %1755 = load float, ptr %1754, align 4
  %1756 = insertelement <16 x float> poison, float %1755, i64 0
  %1757 = shufflevector <16 x float> %1756, <16 x float> poison, <16 x i32> zeroinitializer
  %1758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1719, <16 x float> %acc58.02625)
  %1759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1722, <16 x float> %acc59.02626)
  %1760 = getelementptr inbounds i8, ptr %1723, i64 %.idx2803
  %1761 = load float, ptr %1760, align 4
  %1762 = insertelement <16 x float> poison, float %1761, i64 0
  %1763 = shufflevector <16 x float> %1762, <16 x float> poison, <16 x i32> zeroinitializer
  %1764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1763, <16 x float> %1719, <16 x float> %acc60.02627)
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1763, <16 x float> %1722, <16 x float> %acc61.02628)
  %1766 = getelementptr inbounds i8, ptr %1723, i64 %.idx2804
  %1767 = load float, ptr %1766, align 4
  %1768 = insertelement <16 x float> poison, float %1767, i64 0
  %1769 = shufflevector <16 x float> %1768, <16 x float> poison, <16 x i32> zeroinitializer
  %1770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1769, <16 x float> %1719, <16 x float> %acc62.02629)
  %1771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1769, <16 x float> %1722, <16 x float> %acc63.02630)
  %p7.next = add nuw nsw i64 %p7.addr.02631, 1
  %exitcond3012.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond3012.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1728, ptr %1671, align 4
  store <16 x float> %1729, ptr %1673, align 4
  store <16 x float> %1734, ptr %1677, align 4
  store <16 x float> %1735, ptr %1679, align 4
  store <16 x float> %1740, ptr %1683, align 4
  store <16 x float> %1741, ptr %1685, align 4
  store <16 x float> %1746, ptr %1689, align 4
  store <16 x float> %1747, ptr %1691, align 4
  store <16 x float> %1752, ptr %1695, align 4
  store <16 x float> %1753, ptr %1697, align 4
  store <16 x float> %1758, ptr %1701, align 4
  store <16 x float> %1759, ptr %1703, align 4
  store <16 x float> %1764, ptr %1707, align 4
  store <16 x float> %1765, ptr %1709, align 4
  store <16 x float> %1770, ptr %1713, align 4
  store <16 x float> %1771, ptr %1715, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02632, 8
  %1772 = icmp ult i64 %i34.addr.02632, 120
  br i1 %1772, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02650 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1773 = shl nuw nsw i64 %i35.addr.02650, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02649 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc79.02648 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1821, %p8.body ]
  %acc78.02647 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1820, %p8.body ]
  %acc77.02646 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1819, %p8.body ]
  %acc76.02645 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1818, %p8.body ]
  %acc75.02644 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1812, %p8.body ]
  %acc74.02643 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1811, %p8.body ]
  %acc73.02642 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1810, %p8.body ]
  %acc72.02641 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1809, %p8.body ]
  %acc71.02640 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1803, %p8.body ]
  %acc70.02639 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1802, %p8.body ]
  %acc69.02638 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1801, %p8.body ]
  %acc68.02637 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1800, %p8.body ]
  %acc67.02636 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1794, %p8.body ]
  %acc66.02635 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1793, %p8.body ]
  %acc65.02634 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1792, %p8.body ]
  %acc64.02633 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1791, %p8.body ]
  %1774 = shl nuw nsw i64 %p8.addr.02649, 6
  %1775 = getelementptr inbounds float, ptr %dOT, i64 %1774
  %1776 = load <16 x float>, ptr %1775, align 4
  %1777 = or disjoint i64 %1774, 16
  %1778 = getelementptr inbounds float, ptr %dOT, i64 %1777
  %1779 = load <16 x float>, ptr %1778, align 4
  %1780 = or disjoint i64 %1774, 32
  %1781 = getelementptr inbounds float, ptr %dOT, i64 %1780
  %1782 = load <16 x float>, ptr %1781, align 4
  %1783 = or disjoint i64 %1774, 48
  %1784 = getelementptr inbounds float, ptr %dOT, i64 %1783
  %1785 = load <16 x float>, ptr %1784, align 4
  %1786 = add nuw nsw i64 %p8.addr.02649, %1773
  %1787 = getelementptr inbounds float, ptr %Vn, i64 %1786
  %1788 = load float, ptr %1787, align 4
  %1789 = insertelement <16 x float> poison, float %1788, i64 0
  %1790 = shufflevector <16 x float> %1789, <16 x float> poison, <16 x i32> zeroinitializer
  %1791 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1790, <16 x float> %1776, <16 x float> %acc64.02633)
  %1792 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1790, <16 x float> %1779, <16 x float> %acc65.02634)
  %1793 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1790, <16 x float> %1782, <16 x float> %acc66.02635)
  %1794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1790, <16 x float> %1785, <16 x float> %acc67.02636)
  %1795 = or disjoint i64 %1786, 32
  %1796 = getelementptr inbounds float, ptr %Vn, i64 %1795
  %1797 = load float, ptr %1796, align 4
  %1798 = insertelement <16 x float> poison, float %1797, i64 0
  %1799 = shufflevector <16 x float> %1798, <16 x float> poison, <16 x i32> zeroinitializer
  %1800 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1799, <16 x float> %1776, <16 x float> %acc68.02637)
  %1801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1799, <16 x float> %1779, <16 x float> %acc69.02638)
  %1802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1799, <16 x float> %1782, <16 x float> %acc70.02639)
  %1803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1799, <16 x float> %1785, <16 x float> %acc71.02640)
  %1804 = or disjoint i64 %1786, 64
  %1805 = getelementptr inbounds float, ptr %Vn, i64 %1804
  %1806 = load float, ptr %1805, align 4
  %1807 = insertelement <16 x float> poison, float %1806, i64 0
  %1808 = shufflevector <16 x float> %1807, <16 x float> poison, <16 x i32> zeroinitializer
  %1809 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1808, <16 x float> %1776, <16 x float> %acc72.02641)
  %1810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1808, <16 x float> %1779, <16 x float> %acc73.02642)
  %1811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1808, <16 x float> %1782, <16 x float> %acc74.02643)
  %1812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1808, <16 x float> %1785, <16 x float> %acc75.02644)
  %1813 = or disjoint i64 %1786, 96
  %1814 = getelementptr inbounds float, ptr %Vn, i64 %1813
  %1815 = load float, ptr %1814, align 4
  %1816 = insertelement <16 x float> poison, float %1815, i64 0
  %1817 = shufflevector <16 x float> %1816, <16 x float> poison, <16 x i32> zeroinitializer
  %1818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1817, <16 x float> %1776, <16 x float> %acc76.02645)
  %1819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1817, <16 x float> %1779, <16 x float> %acc77.02646)
  %1820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1817, <16 x float> %1782, <16 x float> %acc78.02647)
  %1821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1817, <16 x float> %1785, <16 x float> %acc79.02648)
  %p8.next = add nuw nsw i64 %p8.addr.02649, 1
  %exitcond3013.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3013.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1822 = shl nuw nsw i64 %i35.addr.02650, 8
  %1823 = or disjoint i64 %1822, 64
  %1824 = getelementptr inbounds float, ptr %Ak, i64 %1823
  store <16 x float> %1791, ptr %1824, align 4
  %1825 = or disjoint i64 %1822, 80
  %1826 = getelementptr inbounds float, ptr %Ak, i64 %1825
  store <16 x float> %1792, ptr %1826, align 4
  %1827 = or disjoint i64 %1822, 96
  %1828 = getelementptr inbounds float, ptr %Ak, i64 %1827
  store <16 x float> %1793, ptr %1828, align 4
  %1829 = or disjoint i64 %1822, 112
  %1830 = getelementptr inbounds float, ptr %Ak, i64 %1829
  store <16 x float> %1794, ptr %1830, align 4
  %1831 = or disjoint i64 %1822, 320
  %1832 = getelementptr inbounds float, ptr %Ak, i64 %1831
  store <16 x float> %1800, ptr %1832, align 4
  %1833 = or disjoint i64 %1822, 336
  %1834 = getelementptr inbounds float, ptr %Ak, i64 %1833
  store <16 x float> %1801, ptr %1834, align 4
  %1835 = or disjoint i64 %1822, 352
  %1836 = getelementptr inbounds float, ptr %Ak, i64 %1835
  store <16 x float> %1802, ptr %1836, align 4
  %1837 = or disjoint i64 %1822, 368
  %1838 = getelementptr inbounds float, ptr %Ak, i64 %1837
  store <16 x float> %1803, ptr %1838, align 4
  %1839 = or disjoint i64 %1822, 576
  %1840 = getelementptr inbounds float, ptr %Ak, i64 %1839
  store <16 x float> %1809, ptr %1840, align 4
  %1841 = or disjoint i64 %1822, 592
  %1842 = getelementptr inbounds float, ptr %Ak, i64 %1841
  store <16 x float> %1810, ptr %1842, align 4
  %1843 = or disjoint i64 %1822, 608
  %1844 = getelementptr inbounds float, ptr %Ak, i64 %1843
  store <16 x float> %1811, ptr %1844, align 4
  %1845 = or disjoint i64 %1822, 624
  %1846 = getelementptr inbounds float, ptr %Ak, i64 %1845
  store <16 x float> %1812, ptr %1846, align 4
  %1847 = or disjoint i64 %1822, 832
  %1848 = getelementptr inbounds float, ptr %Ak, i64 %1847
  store <16 x float> %1818, ptr %1848, align 4
  %1849 = or disjoint i64 %1822, 848
  %1850 = getelementptr inbounds float, ptr %Ak, i64 %1849
  store <16 x float> %1819, ptr %1850, align 4
  %1851 = or disjoint i64 %1822, 864
  %1852 = getelementptr inbounds float, ptr %Ak, i64 %1851
  store <16 x float> %1820, ptr %1852, align 4
  %1853 = or disjoint i64 %1822, 880
  %1854 = getelementptr inbounds float, ptr %Ak, i64 %1853
  store <16 x float> %1821, ptr %1854, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02650, 4
  %1855 = icmp ult i64 %i35.addr.02650, 124
  br i1 %1855, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t3.addr.02653 = phi i64 [ %t3.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx2805 = shl nsw i64 %t3.addr.02653, 11
  %1856 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2805
  %1857 = getelementptr inbounds i8, ptr %1856, i64 256
  %1858 = load <16 x float>, ptr %1857, align 4
  %.idx2806 = shl nsw i64 %t3.addr.02653, 8
  %1859 = getelementptr inbounds i8, ptr %M, i64 %.idx2806
  %1860 = load <16 x float>, ptr %1859, align 4
  %1861 = fmul <16 x float> %1858, %1860
  store <16 x float> %1861, ptr %1857, align 4
  %1862 = getelementptr inbounds i8, ptr %31, i64 %.idx2805
  %1863 = getelementptr inbounds i8, ptr %1862, i64 256
  %1864 = load <16 x float>, ptr %1863, align 4
  %1865 = getelementptr inbounds i8, ptr %26, i64 %.idx2806
  %1866 = load <16 x float>, ptr %1865, align 4
  %1867 = fmul <16 x float> %1864, %1866
  store <16 x float> %1867, ptr %1863, align 4
  %1868 = getelementptr inbounds i8, ptr %32, i64 %.idx2805
  %1869 = getelementptr inbounds i8, ptr %1868, i64 256
  %1870 = load <16 x float>, ptr %1869, align 4
  %1871 = getelementptr inbounds i8, ptr %28, i64 %.idx2806
  %1872 = load <16 x float>, ptr %1871, align 4
  %1873 = fmul <16 x float> %1870, %1872
  store <16 x float> %1873, ptr %1869, align 4
  %1874 = getelementptr inbounds i8, ptr %33, i64 %.idx2805
  %1875 = getelementptr inbounds i8, ptr %1874, i64 256
  %1876 = load <16 x float>, ptr %1875, align 4
  %1877 = getelementptr inbounds i8, ptr %30, i64 %.idx2806
  %1878 = load <16 x float>, ptr %1877, align 4
  %1879 = fmul <16 x float> %1876, %1878
  store <16 x float> %1879, ptr %1875, align 4
  %1880 = getelementptr inbounds i8, ptr %1856, i64 1280
  %1881 = load <16 x float>, ptr %1880, align 4
  %1882 = load <16 x float>, ptr %1859, align 4
  %1883 = fmul <16 x float> %1881, %1882
  store <16 x float> %1883, ptr %1880, align 4
  %1884 = getelementptr inbounds i8, ptr %1862, i64 1280
  %1885 = load <16 x float>, ptr %1884, align 4
  %1886 = load <16 x float>, ptr %1865, align 4
  %1887 = fmul <16 x float> %1885, %1886
  store <16 x float> %1887, ptr %1884, align 4
  %1888 = getelementptr inbounds i8, ptr %1868, i64 1280
  %1889 = load <16 x float>, ptr %1888, align 4
  %1890 = load <16 x float>, ptr %1871, align 4
  %1891 = fmul <16 x float> %1889, %1890
  store <16 x float> %1891, ptr %1888, align 4
  %1892 = getelementptr inbounds i8, ptr %1874, i64 1280
  %1893 = load <16 x float>, ptr %1892, align 4
  %1894 = load <16 x float>, ptr %1877, align 4
  %1895 = fmul <16 x float> %1893, %1894
  store <16 x float> %1895, ptr %1892, align 4
  %t3.next = or disjoint i64 %t3.addr.02653, 1
  %.idx2805.1 = shl nsw i64 %t3.next, 11
  %1896 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2805.1
  %1897 = getelementptr inbounds i8, ptr %1896, i64 256
  %1898 = load <16 x float>, ptr %1897, align 4
  %.idx2806.1 = shl nsw i64 %t3.next, 8
  %1899 = getelementptr inbounds i8, ptr %M, i64 %.idx2806.1
  %1900 = load <16 x float>, ptr %1899, align 4
  %1901 = fmul <16 x float> %1898, %1900
  store <16 x float> %1901, ptr %1897, align 4
  %1902 = getelementptr inbounds i8, ptr %31, i64 %.idx2805.1
  %1903 = getelementptr inbounds i8, ptr %1902, i64 256
  %1904 = load <16 x float>, ptr %1903, align 4
  %1905 = getelementptr inbounds i8, ptr %26, i64 %.idx2806.1
  %1906 = load <16 x float>, ptr %1905, align 4
  %1907 = fmul <16 x float> %1904, %1906
  store <16 x float> %1907, ptr %1903, align 4
  %1908 = getelementptr inbounds i8, ptr %32, i64 %.idx2805.1
  %1909 = getelementptr inbounds i8, ptr %1908, i64 256
  %1910 = load <16 x float>, ptr %1909, align 4
  %1911 = getelementptr inbounds i8, ptr %28, i64 %.idx2806.1
  %1912 = load <16 x float>, ptr %1911, align 4
  %1913 = fmul <16 x float> %1910, %1912
  store <16 x float> %1913, ptr %1909, align 4
  %1914 = getelementptr inbounds i8, ptr %33, i64 %.idx2805.1
  %1915 = getelementptr inbounds i8, ptr %1914, i64 256
  %1916 = load <16 x float>, ptr %1915, align 4
  %1917 = getelementptr inbounds i8, ptr %30, i64 %.idx2806.1
  %1918 = load <16 x float>, ptr %1917, align 4
  %1919 = fmul <16 x float> %1916, %1918
  store <16 x float> %1919, ptr %1915, align 4
  %1920 = getelementptr inbounds i8, ptr %1896, i64 1280
  %1921 = load <16 x float>, ptr %1920, align 4
  %1922 = load <16 x float>, ptr %1899, align 4
  %1923 = fmul <16 x float> %1921, %1922
  store <16 x float> %1923, ptr %1920, align 4
  %1924 = getelementptr inbounds i8, ptr %1902, i64 1280
  %1925 = load <16 x float>, ptr %1924, align 4
  %1926 = load <16 x float>, ptr %1905, align 4
  %1927 = fmul <16 x float> %1925, %1926
  store <16 x float> %1927, ptr %1924, align 4
  %1928 = getelementptr inbounds i8, ptr %1908, i64 1280
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = load <16 x float>, ptr %1911, align 4
  %1931 = fmul <16 x float> %1929, %1930
  store <16 x float> %1931, ptr %1928, align 4
  %1932 = getelementptr inbounds i8, ptr %1914, i64 1280
  %1933 = load <16 x float>, ptr %1932, align 4
  %1934 = load <16 x float>, ptr %1917, align 4
  %1935 = fmul <16 x float> %1933, %1934
  store <16 x float> %1935, ptr %1932, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02653, 2
  %exitcond3014.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3014.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.02671 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %1936 = shl nuw nsw i64 %i38.addr.02671, 5
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02670 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc95.02669 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1999, %p9.body ]
  %acc94.02668 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1998, %p9.body ]
  %acc93.02667 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1992, %p9.body ]
  %acc92.02666 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1991, %p9.body ]
  %acc91.02665 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1985, %p9.body ]
  %acc90.02664 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1984, %p9.body ]
  %acc89.02663 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1978, %p9.body ]
  %acc88.02662 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1977, %p9.body ]
  %acc87.02661 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1971, %p9.body ]
  %acc86.02660 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1970, %p9.body ]
  %acc85.02659 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1964, %p9.body ]
  %acc84.02658 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1963, %p9.body ]
  %acc83.02657 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1957, %p9.body ]
  %acc82.02656 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1956, %p9.body ]
  %acc81.02655 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1950, %p9.body ]
  %acc80.02654 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1949, %p9.body ]
  %1937 = shl nuw nsw i64 %p9.addr.02670, 5
  %1938 = or disjoint i64 %1937, 1024
  %1939 = getelementptr inbounds float, ptr %Bk, i64 %1938
  %1940 = load <16 x float>, ptr %1939, align 4
  %1941 = or disjoint i64 %1937, 1040
  %1942 = getelementptr inbounds float, ptr %Bk, i64 %1941
  %1943 = load <16 x float>, ptr %1942, align 4
  %1944 = add nuw nsw i64 %p9.addr.02670, %1936
  %1945 = getelementptr inbounds float, ptr %OY, i64 %1944
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <16 x float> poison, float %1946, i64 0
  %1948 = shufflevector <16 x float> %1947, <16 x float> poison, <16 x i32> zeroinitializer
  %1949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1948, <16 x float> %1940, <16 x float> %acc80.02654)
  %1950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1948, <16 x float> %1943, <16 x float> %acc81.02655)
  %1951 = or disjoint i64 %1944, 32
  %1952 = getelementptr inbounds float, ptr %OY, i64 %1951
  %1953 = load float, ptr %1952, align 4
  %1954 = insertelement <16 x float> poison, float %1953, i64 0
  %1955 = shufflevector <16 x float> %1954, <16 x float> poison, <16 x i32> zeroinitializer
  %1956 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1955, <16 x float> %1940, <16 x float> %acc82.02656)
  %1957 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1955, <16 x float> %1943, <16 x float> %acc83.02657)
  %1958 = or disjoint i64 %1944, 64
  %1959 = getelementptr inbounds float, ptr %OY, i64 %1958
  %1960 = load float, ptr %1959, align 4
  %1961 = insertelement <16 x float> poison, float %1960, i64 0
  %1962 = shufflevector <16 x float> %1961, <16 x float> poison, <16 x i32> zeroinitializer
  %1963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1962, <16 x float> %1940, <16 x float> %acc84.02658)
  %1964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1962, <16 x float> %1943, <16 x float> %acc85.02659)
  %1965 = or disjoint i64 %1944, 96
  %1966 = getelementptr inbounds float, ptr %OY, i64 %1965
  %1967 = load float, ptr %1966, align 4
  %1968 = insertelement <16 x float> poison, float %1967, i64 0
  %1969 = shufflevector <16 x float> %1968, <16 x float> poison, <16 x i32> zeroinitializer
  %1970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1969, <16 x float> %1940, <16 x float> %acc86.02660)
  %1971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1969, <16 x float> %1943, <16 x float> %acc87.02661)
  %1972 = or disjoint i64 %1944, 128
  %1973 = getelementptr inbounds float, ptr %OY, i64 %1972
  %1974 = load float, ptr %1973, align 4
  %1975 = insertelement <16 x float> poison, float %1974, i64 0
  %1976 = shufflevector <16 x float> %1975, <16 x float> poison, <16 x i32> zeroinitializer
  %1977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1976, <16 x float> %1940, <16 x float> %acc88.02662)
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1976, <16 x float> %1943, <16 x float> %acc89.02663)
  %1979 = or disjoint i64 %1944, 160
  %1980 = getelementptr inbounds float, ptr %OY, i64 %1979
  %1981 = load float, ptr %1980, align 4
  %1982 = insertelement <16 x float> poison, float %1981, i64 0
  %1983 = shufflevector <16 x float> %1982, <16 x float> poison, <16 x i32> zeroinitializer
  %1984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1983, <16 x float> %1940, <16 x float> %acc90.02664)
  %1985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1983, <16 x float> %1943, <16 x float> %acc91.02665)
  %1986 = or disjoint i64 %1944, 192
  %1987 = getelementptr inbounds float, ptr %OY, i64 %1986
  %1988 = load float, ptr %1987, align 4
  %1989 = insertelement <16 x float> poison, float %1988, i64 0
  %1990 = shufflevector <16 x float> %1989, <16 x float> poison, <16 x i32> zeroinitializer
  %1991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1940, <16 x float> %acc92.02666)
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1943, <16 x float> %acc93.02667)
  %1993 = or disjoint i64 %1944, 224
  %1994 = getelementptr inbounds float, ptr %OY, i64 %1993
  %1995 = load float, ptr %1994, align 4
  %1996 = insertelement <16 x float> poison, float %1995, i64 0
  %1997 = shufflevector <16 x float> %1996, <16 x float> poison, <16 x i32> zeroinitializer
  %1998 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1997, <16 x float> %1940, <16 x float> %acc94.02668)
  %1999 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1997, <16 x float> %1943, <16 x float> %acc95.02669)
  %p9.next = add nuw nsw i64 %p9.addr.02670, 1
  %exitcond3015.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3015.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2000 = getelementptr inbounds float, ptr %dQc, i64 %1936
  store <16 x float> %1949, ptr %2000, align 4
  %2001 = or disjoint i64 %1936, 16
  %2002 = getelementptr inbounds float, ptr %dQc, i64 %2001
  store <16 x float> %1950, ptr %2002, align 4
  %2003 = or disjoint i64 %1936, 32
  %2004 = getelementptr inbounds float, ptr %dQc, i64 %2003
  store <16 x float> %1956, ptr %2004, align 4
  %2005 = or disjoint i64 %1936, 48
  %2006 = getelementptr inbounds float, ptr %dQc, i64 %2005
  store <16 x float> %1957, ptr %2006, align 4
  %2007 = or disjoint i64 %1936, 64
  %2008 = getelementptr inbounds float, ptr %dQc, i64 %2007
  store <16 x float> %1963, ptr %2008, align 4
  %2009 = or disjoint i64 %1936, 80
  %2010 = getelementptr inbounds float, ptr %dQc, i64 %2009
  store <16 x float> %1964, ptr %2010, align 4
  %2011 = or disjoint i64 %1936, 96
  %2012 = getelementptr inbounds float, ptr %dQc, i64 %2011
  store <16 x float> %1970, ptr %2012, align 4
  %2013 = or disjoint i64 %1936, 112
  %2014 = getelementptr inbounds float, ptr %dQc, i64 %2013
  store <16 x float> %1971, ptr %2014, align 4
  %2015 = or disjoint i64 %1936, 128
  %2016 = getelementptr inbounds float, ptr %dQc, i64 %2015
  store <16 x float> %1977, ptr %2016, align 4
  %2017 = or disjoint i64 %1936, 144
  %2018 = getelementptr inbounds float, ptr %dQc, i64 %2017
  store <16 x float> %1978, ptr %2018, align 4
  %2019 = or disjoint i64 %1936, 160
  %2020 = getelementptr inbounds float, ptr %dQc, i64 %2019
  store <16 x float> %1984, ptr %2020, align 4
  %2021 = or disjoint i64 %1936, 176
  %2022 = getelementptr inbounds float, ptr %dQc, i64 %2021
  store <16 x float> %1985, ptr %2022, align 4
  %2023 = or disjoint i64 %1936, 192
  %2024 = getelementptr inbounds float, ptr %dQc, i64 %2023
  store <16 x float> %1991, ptr %2024, align 4
  %2025 = or disjoint i64 %1936, 208
  %2026 = getelementptr inbounds float, ptr %dQc, i64 %2025
  store <16 x float> %1992, ptr %2026, align 4
  %2027 = or disjoint i64 %1936, 224
  %2028 = getelementptr inbounds float, ptr %dQc, i64 %2027
  store <16 x float> %1998, ptr %2028, align 4
  %2029 = or disjoint i64 %1936, 240
  %2030 = getelementptr inbounds float, ptr %dQc, i64 %2029
  store <16 x float> %1999, ptr %2030, align 4
  %i38.next = add nuw nsw i64 %i38.addr.02671, 8
  %2031 = icmp ult i64 %i38.addr.02671, 56
  br i1 %2031, label %p9.head.preheader, label %i39.body.preheader

i39.body.preheader:                               ; preds = %p9.exit
  %L = tail call i64 @llvm.smin.i64(i64 %65, i64 64)
  br label %i39.body

i39.body:                                         ; preds = %i39.body.preheader, %endif1369
  %i39.addr.02689 = phi i64 [ %i39.next, %endif1369 ], [ 0, %i39.body.preheader ]
  %2032 = shl nuw nsw i64 %i39.addr.02689, 5
  %2033 = getelementptr inbounds float, ptr %dQc, i64 %2032
  %2034 = load <16 x float>, ptr %2033, align 4
  %2035 = or disjoint i64 %2032, 16
  %2036 = getelementptr inbounds float, ptr %dQc, i64 %2035
  %2037 = load <16 x float>, ptr %2036, align 4
  %2038 = or disjoint i64 %i39.addr.02689, 1
  %2039 = shl nuw nsw i64 %2038, 5
  %2040 = getelementptr inbounds float, ptr %dQc, i64 %2039
  %2041 = load <16 x float>, ptr %2040, align 4
  %2042 = or disjoint i64 %2039, 16
  %2043 = getelementptr inbounds float, ptr %dQc, i64 %2042
  %2044 = load <16 x float>, ptr %2043, align 4
  %2045 = or disjoint i64 %i39.addr.02689, 2
  %2046 = shl nuw nsw i64 %2045, 5
  %2047 = getelementptr inbounds float, ptr %dQc, i64 %2046
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = or disjoint i64 %2046, 16
  %2050 = getelementptr inbounds float, ptr %dQc, i64 %2049
  %2051 = load <16 x float>, ptr %2050, align 4
  %2052 = or disjoint i64 %i39.addr.02689, 3
  %2053 = shl nuw nsw i64 %2052, 5
  %2054 = getelementptr inbounds float, ptr %dQc, i64 %2053
  %2055 = load <16 x float>, ptr %2054, align 4
  %2056 = or disjoint i64 %2053, 16
  %2057 = getelementptr inbounds float, ptr %dQc, i64 %2056
  %2058 = load <16 x float>, ptr %2057, align 4
  %2059 = or disjoint i64 %i39.addr.02689, 4
  %2060 = shl nuw nsw i64 %2059, 5
  %2061 = getelementptr inbounds float, ptr %dQc, i64 %2060
  %2062 = load <16 x float>, ptr %2061, align 4
  %2063 = or disjoint i64 %2060, 16
  %2064 = getelementptr inbounds float, ptr %dQc, i64 %2063
  %2065 = load <16 x float>, ptr %2064, align 4
  %2066 = or disjoint i64 %i39.addr.02689, 5
  %2067 = shl nuw nsw i64 %2066, 5
  %2068 = getelementptr inbounds float, ptr %dQc, i64 %2067
  %2069 = load <16 x float>, ptr %2068, align 4
  %2070 = or disjoint i64 %2067, 16
  %2071 = getelementptr inbounds float, ptr %dQc, i64 %2070
  %2072 = load <16 x float>, ptr %2071, align 4
  %2073 = or disjoint i64 %i39.addr.02689, 6
  %2074 = shl nuw nsw i64 %2073, 5
  %2075 = getelementptr inbounds float, ptr %dQc, i64 %2074
  %2076 = load <16 x float>, ptr %2075, align 4
  %2077 = or disjoint i64 %2074, 16
  %2078 = getelementptr inbounds float, ptr %dQc, i64 %2077
  %2079 = load <16 x float>, ptr %2078, align 4
  %2080 = or disjoint i64 %i39.addr.02689, 7
  %2081 = shl nuw nsw i64 %2080, 5
  %2082 = getelementptr inbounds float, ptr %dQc, i64 %2081
  %2083 = load <16 x float>, ptr %2082, align 4
  %2084 = or disjoint i64 %2081, 16
  %2085 = getelementptr inbounds float, ptr %dQc, i64 %2084
  %2086 = load <16 x float>, ptr %2085, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02688 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc111.02687 = phi <16 x float> [ %2086, %i39.body ], [ %2151, %p10.body ]
  %acc110.02686 = phi <16 x float> [ %2083, %i39.body ], [ %2150, %p10.body ]
  %acc109.02685 = phi <16 x float> [ %2079, %i39.body ], [ %2144, %p10.body ]
  %acc108.02684 = phi <16 x float> [ %2076, %i39.body ], [ %2143, %p10.body ]
  %acc107.02683 = phi <16 x float> [ %2072, %i39.body ], [ %2137, %p10.body ]
  %acc106.02682 = phi <16 x float> [ %2069, %i39.body ], [ %2136, %p10.body ]
  %acc105.02681 = phi <16 x float> [ %2065, %i39.body ], [ %2130, %p10.body ]
  %acc104.02680 = phi <16 x float> [ %2062, %i39.body ], [ %2129, %p10.body ]
  %acc103.02679 = phi <16 x float> [ %2058, %i39.body ], [ %2123, %p10.body ]
  %acc102.02678 = phi <16 x float> [ %2055, %i39.body ], [ %2122, %p10.body ]
  %acc101.02677 = phi <16 x float> [ %2051, %i39.body ], [ %2116, %p10.body ]
  %acc100.02676 = phi <16 x float> [ %2048, %i39.body ], [ %2115, %p10.body ]
  %acc99.02675 = phi <16 x float> [ %2044, %i39.body ], [ %2109, %p10.body ]
  %acc98.02674 = phi <16 x float> [ %2041, %i39.body ], [ %2108, %p10.body ]
  %acc97.02673 = phi <16 x float> [ %2037, %i39.body ], [ %2102, %p10.body ]
  %acc96.02672 = phi <16 x float> [ %2034, %i39.body ], [ %2101, %p10.body ]
  %2087 = shl nuw nsw i64 %p10.addr.02688, 5
  %2088 = or disjoint i64 %2087, 4096
  %2089 = getelementptr inbounds float, ptr %Bk, i64 %2088
  %2090 = load <16 x float>, ptr %2089, align 4
  %2091 = or disjoint i64 %2087, 4112
  %2092 = getelementptr inbounds float, ptr %Bk, i64 %2091
  %2093 = load <16 x float>, ptr %2092, align 4
  %2094 = shl nuw nsw i64 %p10.addr.02688, 8
  %2095 = or disjoint i64 %2094, 64
  %2096 = or disjoint i64 %2095, %i39.addr.02689
  %2097 = getelementptr inbounds float, ptr %Ak, i64 %2096
  %2098 = load float, ptr %2097, align 4
  %2099 = insertelement <16 x float> poison, float %2098, i64 0
  %2100 = shufflevector <16 x float> %2099, <16 x float> poison, <16 x i32> zeroinitializer
  %2101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2100, <16 x float> %2090, <16 x float> %acc96.02672)
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2100, <16 x float> %2093, <16 x float> %acc97.02673)
  %2103 = or disjoint i64 %2095, %2038
  %2104 = getelementptr inbounds float, ptr %Ak, i64 %2103
  %2105 = load float, ptr %2104, align 4
  %2106 = insertelement <16 x float> poison, float %2105, i64 0
  %2107 = shufflevector <16 x float> %2106, <16 x float> poison, <16 x i32> zeroinitializer
  %2108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2107, <16 x float> %2090, <16 x float> %acc98.02674)
  %2109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2107, <16 x float> %2093, <16 x float> %acc99.02675)
  %2110 = or disjoint i64 %2095, %2045
  %2111 = getelementptr inbounds float, ptr %Ak, i64 %2110
  %2112 = load float, ptr %2111, align 4
  %2113 = insertelement <16 x float> poison, float %2112, i64 0
  %2114 = shufflevector <16 x float> %2113, <16 x float> poison, <16 x i32> zeroinitializer
  %2115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2114, <16 x float> %2090, <16 x float> %acc100.02676)
  %2116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2114, <16 x float> %2093, <16 x float> %acc101.02677)
  %2117 = or disjoint i64 %2095, %2052
  %2118 = getelementptr inbounds float, ptr %Ak, i64 %2117
  %2119 = load float, ptr %2118, align 4
  %2120 = insertelement <16 x float> poison, float %2119, i64 0
  %2121 = shufflevector <16 x float> %2120, <16 x float> poison, <16 x i32> zeroinitializer
  %2122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2121, <16 x float> %2090, <16 x float> %acc102.02678)
  %2123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2121, <16 x float> %2093, <16 x float> %acc103.02679)
  %2124 = or disjoint i64 %2095, %2059
  %2125 = getelementptr inbounds float, ptr %Ak, i64 %2124
  %2126 = load float, ptr %2125, align 4
  %2127 = insertelement <16 x float> poison, float %2126, i64 0
  %2128 = shufflevector <16 x float> %2127, <16 x float> poison, <16 x i32> zeroinitializer
  %2129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2128, <16 x float> %2090, <16 x float> %acc104.02680)
  %2130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2128, <16 x float> %2093, <16 x float> %acc105.02681)
  %2131 = or disjoint i64 %2095, %2066
  %2132 = getelementptr inbounds float, ptr %Ak, i64 %2131
  %2133 = load float, ptr %2132, align 4
  %2134 = insertelement <16 x float> poison, float %2133, i64 0
  %2135 = shufflevector <16 x float> %2134, <16 x float> poison, <16 x i32> zeroinitializer
  %2136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2135, <16 x float> %2090, <16 x float> %acc106.02682)
  %2137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2135, <16 x float> %2093, <16 x float> %acc107.02683)
  %2138 = or disjoint i64 %2095, %2073
  %2139 = getelementptr inbounds float, ptr %Ak, i64 %2138
  %2140 = load float, ptr %2139, align 4
  %2141 = insertelement <16 x float> poison, float %2140, i64 0
  %2142 = shufflevector <16 x float> %2141, <16 x float> poison, <16 x i32> zeroinitializer
  %2143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2142, <16 x float> %2090, <16 x float> %acc108.02684)
  %2144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2142, <16 x float> %2093, <16 x float> %acc109.02685)
  %2145 = or disjoint i64 %2095, %2080
  %2146 = getelementptr inbounds float, ptr %Ak, i64 %2145
  %2147 = load float, ptr %2146, align 4
  %2148 = insertelement <16 x float> poison, float %2147, i64 0
  %2149 = shufflevector <16 x float> %2148, <16 x float> poison, <16 x i32> zeroinitializer
  %2150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2149, <16 x float> %2090, <16 x float> %acc110.02686)
  %2151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2149, <16 x float> %2093, <16 x float> %acc111.02687)
  %p10.next = add nuw nsw i64 %p10.addr.02688, 1
  %exitcond3016.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3016.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2152 = icmp slt i64 %i39.addr.02689, %L
  br i1 %2152, label %then1307, label %endif1313

then1307:                                         ; preds = %p10.exit
  %2153 = fmul <16 x float> %2101, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2154 = or disjoint i64 %i39.addr.02689, %t0
  %2155 = mul nsw i64 %2154, %sq
  %2156 = getelementptr inbounds float, ptr %qh1, i64 %2155
  store <16 x float> %2153, ptr %2156, align 4
  %2157 = fmul <16 x float> %2102, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2158 = or disjoint i64 %2155, 16
  %2159 = getelementptr inbounds float, ptr %qh1, i64 %2158
  store <16 x float> %2157, ptr %2159, align 4
  br label %endif1313

endif1313:                                        ; preds = %p10.exit, %then1307
  %2160 = icmp slt i64 %2038, %L
  br i1 %2160, label %then1315, label %endif1321

then1315:                                         ; preds = %endif1313
  %2161 = fmul <16 x float> %2108, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2162 = or disjoint i64 %2038, %t0
  %2163 = mul nsw i64 %2162, %sq
  %2164 = getelementptr inbounds float, ptr %qh1, i64 %2163
  store <16 x float> %2161, ptr %2164, align 4
  %2165 = fmul <16 x float> %2109, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2166 = or disjoint i64 %2163, 16
  %2167 = getelementptr inbounds float, ptr %qh1, i64 %2166
  store <16 x float> %2165, ptr %2167, align 4
  br label %endif1321

endif1321:                                        ; preds = %endif1313, %then1315
  %2168 = icmp slt i64 %2045, %L
  br i1 %2168, label %then1323, label %endif1329

then1323:                                         ; preds = %endif1321
  %2169 = fmul <16 x float> %2115, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2170 = or disjoint i64 %2045, %t0
  %2171 = mul nsw i64 %2170, %sq
  %2172 = getelementptr inbounds float, ptr %qh1, i64 %2171
  store <16 x float> %2169, ptr %2172, align 4
  %2173 = fmul <16 x float> %2116, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2174 = or disjoint i64 %2171, 16
  %2175 = getelementptr inbounds float, ptr %qh1, i64 %2174
  store <16 x float> %2173, ptr %2175, align 4
  br label %endif1329

endif1329:                                        ; preds = %endif1321, %then1323
  %2176 = icmp slt i64 %2052, %L
  br i1 %2176, label %then1331, label %endif1337

then1331:                                         ; preds = %endif1329
  %2177 = fmul <16 x float> %2122, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2178 = or disjoint i64 %2052, %t0
  %2179 = mul nsw i64 %2178, %sq
  %2180 = getelementptr inbounds float, ptr %qh1, i64 %2179
  store <16 x float> %2177, ptr %2180, align 4
  %2181 = fmul <16 x float> %2123, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2182 = or disjoint i64 %2179, 16
  %2183 = getelementptr inbounds float, ptr %qh1, i64 %2182
  store <16 x float> %2181, ptr %2183, align 4
  br label %endif1337

endif1337:                                        ; preds = %endif1329, %then1331
  %2184 = icmp slt i64 %2059, %L
  br i1 %2184, label %then1339, label %endif1345

then1339:                                         ; preds = %endif1337
  %2185 = fmul <16 x float> %2129, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2186 = or disjoint i64 %2059, %t0
  %2187 = mul nsw i64 %2186, %sq
  %2188 = getelementptr inbounds float, ptr %qh1, i64 %2187
  store <16 x float> %2185, ptr %2188, align 4
  %2189 = fmul <16 x float> %2130, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2190 = or disjoint i64 %2187, 16
  %2191 = getelementptr inbounds float, ptr %qh1, i64 %2190
  store <16 x float> %2189, ptr %2191, align 4
  br label %endif1345

endif1345:                                        ; preds = %endif1337, %then1339
  %2192 = icmp slt i64 %2066, %L
  br i1 %2192, label %then1347, label %endif1353

then1347:                                         ; preds = %endif1345
  %2193 = fmul <16 x float> %2136, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2194 = or disjoint i64 %2066, %t0
  %2195 = mul nsw i64 %2194, %sq
  %2196 = getelementptr inbounds float, ptr %qh1, i64 %2195
  store <16 x float> %2193, ptr %2196, align 4
  %2197 = fmul <16 x float> %2137, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2198 = or disjoint i64 %2195, 16
  %2199 = getelementptr inbounds float, ptr %qh1, i64 %2198
  store <16 x float> %2197, ptr %2199, align 4
  br label %endif1353

endif1353:                                        ; preds = %endif1345, %then1347
  %2200 = icmp slt i64 %2073, %L
  br i1 %2200, label %then1355, label %endif1361

then1355:                                         ; preds = %endif1353
  %2201 = fmul <16 x float> %2143, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2202 = or disjoint i64 %2073, %t0
  %2203 = mul nsw i64 %2202, %sq
  %2204 = getelementptr inbounds float, ptr %qh1, i64 %2203
  store <16 x float> %2201, ptr %2204, align 4
  %2205 = fmul <16 x float> %2144, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2206 = or disjoint i64 %2203, 16
  %2207 = getelementptr inbounds float, ptr %qh1, i64 %2206
  store <16 x float> %2205, ptr %2207, align 4
  br label %endif1361

endif1361:                                        ; preds = %endif1353, %then1355
  %2208 = icmp slt i64 %2080, %L
  br i1 %2208, label %then1363, label %endif1369

then1363:                                         ; preds = %endif1361
  %2209 = fmul <16 x float> %2150, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2210 = or disjoint i64 %2080, %t0
  %2211 = mul nsw i64 %2210, %sq
  %2212 = getelementptr inbounds float, ptr %qh1, i64 %2211
  store <16 x float> %2209, ptr %2212, align 4
  %2213 = fmul <16 x float> %2151, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2214 = or disjoint i64 %2211, 16
  %2215 = getelementptr inbounds float, ptr %qh1, i64 %2214
  store <16 x float> %2213, ptr %2215, align 4
  br label %endif1369

endif1369:                                        ; preds = %endif1361, %then1363
  %i39.next = add nuw nsw i64 %i39.addr.02689, 8
  %2216 = icmp ult i64 %i39.addr.02689, 56
  br i1 %2216, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1369
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j30.exit
  %2217 = icmp sgt i64 %65, 0
  br i1 %2217, label %t4.body.preheader, label %i48.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2218 = getelementptr i8, ptr %dv, i64 %59
  %2219 = getelementptr i8, ptr %dv, i64 %60
  %xtraiter3596 = and i64 %smax3595, 1
  %2220 = icmp slt i64 %indvars.iv3022, 2
  br i1 %2220, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3598 = and i64 %smax3595, 126
  br label %t4.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02708 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2221 = shl nuw nsw i64 %ib1.addr.02708, 2
  %i01 = sub nuw nsw i64 124, %2221
  %2222 = shl nuw nsw i64 %i01, 5
  %2223 = getelementptr inbounds float, ptr %OY, i64 %2222
  %2224 = getelementptr inbounds i8, ptr %2223, i64 8192
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = getelementptr inbounds i8, ptr %2223, i64 8256
  %2227 = load <16 x float>, ptr %2226, align 4
  %2228 = sub nuw nsw i64 125, %2221
  %2229 = shl nuw nsw i64 %2228, 5
  %2230 = getelementptr inbounds float, ptr %OY, i64 %2229
  %2231 = getelementptr inbounds i8, ptr %2230, i64 8192
  %2232 = load <16 x float>, ptr %2231, align 4
  %2233 = getelementptr inbounds i8, ptr %2230, i64 8256
  %2234 = load <16 x float>, ptr %2233, align 4
  %2235 = sub nuw nsw i64 126, %2221
  %2236 = shl nuw nsw i64 %2235, 5
  %2237 = getelementptr inbounds float, ptr %OY, i64 %2236
  %2238 = getelementptr inbounds i8, ptr %2237, i64 8192
  %2239 = load <16 x float>, ptr %2238, align 4
  %2240 = getelementptr inbounds i8, ptr %2237, i64 8256
  %2241 = load <16 x float>, ptr %2240, align 4
  %2242 = sub nuw nsw i64 127, %2221
  %2243 = shl nuw nsw i64 %2242, 5
  %2244 = getelementptr inbounds float, ptr %OY, i64 %2243
  %2245 = getelementptr inbounds i8, ptr %2244, i64 8192
  %2246 = load <16 x float>, ptr %2245, align 4
  %2247 = getelementptr inbounds i8, ptr %2244, i64 8256
  %2248 = load <16 x float>, ptr %2247, align 4
  %.not2809 = icmp eq i64 %ib1.addr.02708, 0
  br i1 %.not2809, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2249 = sub nuw nsw i64 128, %2221
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02699 = phi i64 [ %j30.next, %j30.body ], [ %2249, %j30.body.preheader ]
  %acc119.02698 = phi <16 x float> [ %2286, %j30.body ], [ %2248, %j30.body.preheader ]
  %acc118.02697 = phi <16 x float> [ %2285, %j30.body ], [ %2246, %j30.body.preheader ]
  %acc117.02696 = phi <16 x float> [ %2278, %j30.body ], [ %2241, %j30.body.preheader ]
  %acc116.02695 = phi <16 x float> [ %2277, %j30.body ], [ %2239, %j30.body.preheader ]
  %acc115.02694 = phi <16 x float> [ %2270, %j30.body ], [ %2234, %j30.body.preheader ]
  %acc114.02693 = phi <16 x float> [ %2269, %j30.body ], [ %2232, %j30.body.preheader ]
  %acc113.02692 = phi <16 x float> [ %2262, %j30.body ], [ %2227, %j30.body.preheader ]
  %acc112.02691 = phi <16 x float> [ %2261, %j30.body ], [ %2225, %j30.body.preheader ]
  %.idx2500 = shl nuw nsw i64 %j30.addr.02699, 7
  %2250 = getelementptr inbounds i8, ptr %OY, i64 %.idx2500
  %2251 = getelementptr inbounds i8, ptr %2250, i64 8192
  %2252 = load <16 x float>, ptr %2251, align 4
  %2253 = getelementptr inbounds i8, ptr %2250, i64 8256
  %2254 = load <16 x float>, ptr %2253, align 4
  %2255 = or disjoint i64 %.idx2500, %i01
  %2256 = getelementptr inbounds float, ptr %Gm, i64 %2255
  %2257 = load float, ptr %2256, align 4
  %2258 = fneg float %2257
  %2259 = insertelement <16 x float> poison, float %2258, i64 0
  %2260 = shufflevector <16 x float> %2259, <16 x float> poison, <16 x i32> zeroinitializer
  %2261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2260, <16 x float> %2252, <16 x float> %acc112.02691)
  %2262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2260, <16 x float> %2254, <16 x float> %acc113.02692)
  %2263 = or disjoint i64 %.idx2500, %2228
  %2264 = getelementptr inbounds float, ptr %Gm, i64 %2263
  %2265 = load float, ptr %2264, align 4
  %2266 = fneg float %2265
  %2267 = insertelement <16 x float> poison, float %2266, i64 0
  %2268 = shufflevector <16 x float> %2267, <16 x float> poison, <16 x i32> zeroinitializer
  %2269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2268, <16 x float> %2252, <16 x float> %acc114.02693)
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2268, <16 x float> %2254, <16 x float> %acc115.02694)
  %2271 = or disjoint i64 %.idx2500, %2235
  %2272 = getelementptr inbounds float, ptr %Gm, i64 %2271
  %2273 = load float, ptr %2272, align 4
  %2274 = fneg float %2273
  %2275 = insertelement <16 x float> poison, float %2274, i64 0
  %2276 = shufflevector <16 x float> %2275, <16 x float> poison, <16 x i32> zeroinitializer
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2252, <16 x float> %acc116.02695)
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2254, <16 x float> %acc117.02696)
  %2279 = or disjoint i64 %.idx2500, %2242
  %2280 = getelementptr inbounds float, ptr %Gm, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = fneg float %2281
  %2283 = insertelement <16 x float> poison, float %2282, i64 0
  %2284 = shufflevector <16 x float> %2283, <16 x float> poison, <16 x i32> zeroinitializer
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2252, <16 x float> %acc118.02697)
  %2286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2254, <16 x float> %acc119.02698)
  %j30.next = add nuw nsw i64 %j30.addr.02699, 1
  %2287 = icmp ult i64 %j30.addr.02699, 127
  br i1 %2287, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2225, %ib1.body ], [ %2261, %j30.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2227, %ib1.body ], [ %2262, %j30.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2232, %ib1.body ], [ %2269, %j30.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2234, %ib1.body ], [ %2270, %j30.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2239, %ib1.body ], [ %2277, %j30.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2241, %ib1.body ], [ %2278, %j30.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2246, %ib1.body ], [ %2285, %j30.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2248, %ib1.body ], [ %2286, %j30.body ]
  %2288 = getelementptr inbounds float, ptr %Rr, i64 %2243
  %2289 = load <16 x float>, ptr %2288, align 4
  %2290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2289, <16 x float> zeroinitializer)
  %2291 = or disjoint i64 %2243, 16
  %2292 = getelementptr inbounds float, ptr %Rr, i64 %2291
  %2293 = load <16 x float>, ptr %2292, align 4
  %2294 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2293, <16 x float> %2290)
  %2295 = shufflevector <16 x float> %2294, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2296 = shufflevector <16 x float> %2294, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2297 = fadd <8 x float> %2295, %2296
  %2298 = shufflevector <8 x float> %2297, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2299 = shufflevector <8 x float> %2297, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2300 = fadd <4 x float> %2298, %2299
  %2301 = shufflevector <4 x float> %2300, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2302 = shufflevector <4 x float> %2300, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2303 = fadd <2 x float> %2301, %2302
  %2304 = shufflevector <2 x float> %2303, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2305 = shufflevector <2 x float> %2303, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2306 = getelementptr inbounds float, ptr %bet, i64 %2242
  %2307 = load float, ptr %2306, align 4
  %2308 = insertelement <16 x float> poison, float %2307, i64 0
  %2309 = shufflevector <16 x float> %2308, <16 x float> poison, <16 x i32> zeroinitializer
  %2310 = fmul <16 x float> %acc118.0.lcssa, %2309
  store <16 x float> %2310, ptr %2245, align 4
  %2311 = fneg <16 x float> %2310
  %2312 = shl nuw nsw i64 %2242, 8
  %2313 = or disjoint i64 %2312, 32
  %2314 = getelementptr inbounds float, ptr %Ak, i64 %2313
  store <16 x float> %2311, ptr %2314, align 4
  %2315 = fmul <16 x float> %acc119.0.lcssa, %2309
  store <16 x float> %2315, ptr %2247, align 4
  %2316 = fneg <16 x float> %2315
  %2317 = or disjoint i64 %2312, 48
  %2318 = getelementptr inbounds float, ptr %Ak, i64 %2317
  store <16 x float> %2316, ptr %2318, align 4
  %2319 = shl nuw nsw i64 %2242, 7
  %2320 = or disjoint i64 %2319, %2235
  %2321 = getelementptr inbounds float, ptr %Gm, i64 %2320
  %2322 = load float, ptr %2321, align 4
  %2323 = fneg float %2322
  %2324 = insertelement <16 x float> poison, float %2323, i64 0
  %2325 = shufflevector <16 x float> %2324, <16 x float> poison, <16 x i32> zeroinitializer
  %2326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2325, <16 x float> %2310, <16 x float> %acc116.0.lcssa)
  %2327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2325, <16 x float> %2315, <16 x float> %acc117.0.lcssa)
  %2328 = getelementptr inbounds float, ptr %Rr, i64 %2236
  %2329 = load <16 x float>, ptr %2328, align 4
  %2330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2326, <16 x float> %2329, <16 x float> zeroinitializer)
  %2331 = or disjoint i64 %2236, 16
  %2332 = getelementptr inbounds float, ptr %Rr, i64 %2331
  %2333 = load <16 x float>, ptr %2332, align 4
  %2334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2327, <16 x float> %2333, <16 x float> %2330)
  %2335 = shufflevector <16 x float> %2334, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2336 = shufflevector <16 x float> %2334, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2337 = fadd <8 x float> %2335, %2336
  %2338 = shufflevector <8 x float> %2337, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2339 = shufflevector <8 x float> %2337, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2340 = fadd <4 x float> %2338, %2339
  %2341 = shufflevector <4 x float> %2340, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2342 = shufflevector <4 x float> %2340, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2343 = fadd <2 x float> %2341, %2342
  %2344 = shufflevector <2 x float> %2343, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2345 = shufflevector <2 x float> %2343, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2346 = getelementptr inbounds float, ptr %bet, i64 %2235
  %2347 = load float, ptr %2346, align 4
  %2348 = insertelement <16 x float> poison, float %2347, i64 0
  %2349 = shufflevector <16 x float> %2348, <16 x float> poison, <16 x i32> zeroinitializer
  %2350 = fmul <16 x float> %2326, %2349
  store <16 x float> %2350, ptr %2238, align 4
  %2351 = fneg <16 x float> %2350
  %2352 = shl nuw nsw i64 %2235, 8
  %2353 = or disjoint i64 %2352, 32
  %2354 = getelementptr inbounds float, ptr %Ak, i64 %2353
  store <16 x float> %2351, ptr %2354, align 4
  %2355 = fmul <16 x float> %2327, %2349
  store <16 x float> %2355, ptr %2240, align 4
  %2356 = fneg <16 x float> %2355
  %2357 = or disjoint i64 %2352, 48
  %2358 = getelementptr inbounds float, ptr %Ak, i64 %2357
  store <16 x float> %2356, ptr %2358, align 4
  %2359 = shl nuw nsw i64 %2235, 7
  %2360 = or disjoint i64 %2359, %2228
  %2361 = getelementptr inbounds float, ptr %Gm, i64 %2360
  %2362 = load float, ptr %2361, align 4
  %2363 = fneg float %2362
  %2364 = insertelement <16 x float> poison, float %2363, i64 0
  %2365 = shufflevector <16 x float> %2364, <16 x float> poison, <16 x i32> zeroinitializer
  %2366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2365, <16 x float> %2350, <16 x float> %acc114.0.lcssa)
  %2367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2365, <16 x float> %2355, <16 x float> %acc115.0.lcssa)
  %2368 = or disjoint i64 %2319, %2228
  %2369 = getelementptr inbounds float, ptr %Gm, i64 %2368
  %2370 = load float, ptr %2369, align 4
  %2371 = fneg float %2370
  %2372 = insertelement <16 x float> poison, float %2371, i64 0
  %2373 = shufflevector <16 x float> %2372, <16 x float> poison, <16 x i32> zeroinitializer
  %2374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2373, <16 x float> %2310, <16 x float> %2366)
  %2375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2373, <16 x float> %2315, <16 x float> %2367)
  %2376 = getelementptr inbounds float, ptr %Rr, i64 %2229
  %2377 = load <16 x float>, ptr %2376, align 4
  %2378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2374, <16 x float> %2377, <16 x float> zeroinitializer)
  %2379 = or disjoint i64 %2229, 16
  %2380 = getelementptr inbounds float, ptr %Rr, i64 %2379
  %2381 = load <16 x float>, ptr %2380, align 4
  %2382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2375, <16 x float> %2381, <16 x float> %2378)
  %2383 = shufflevector <16 x float> %2382, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2384 = shufflevector <16 x float> %2382, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2385 = fadd <8 x float> %2383, %2384
  %2386 = shufflevector <8 x float> %2385, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2387 = shufflevector <8 x float> %2385, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2388 = fadd <4 x float> %2386, %2387
  %2389 = shufflevector <4 x float> %2388, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2390 = shufflevector <4 x float> %2388, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2391 = fadd <2 x float> %2389, %2390
  %2392 = getelementptr inbounds float, ptr %bet, i64 %2228
  %2393 = load float, ptr %2392, align 4
  %2394 = insertelement <16 x float> poison, float %2393, i64 0
  %2395 = shufflevector <16 x float> %2394, <16 x float> poison, <16 x i32> zeroinitializer
  %2396 = fmul <16 x float> %2374, %2395
  store <16 x float> %2396, ptr %2231, align 4
  %2397 = fneg <16 x float> %2396
  %2398 = shl nuw nsw i64 %2228, 8
  %2399 = or disjoint i64 %2398, 32
  %2400 = getelementptr inbounds float, ptr %Ak, i64 %2399
  store <16 x float> %2397, ptr %2400, align 4
  %2401 = fmul <16 x float> %2375, %2395
  store <16 x float> %2401, ptr %2233, align 4
  %2402 = fneg <16 x float> %2401
  %2403 = or disjoint i64 %2398, 48
  %2404 = getelementptr inbounds float, ptr %Ak, i64 %2403
  store <16 x float> %2402, ptr %2404, align 4
  %2405 = shl nuw nsw i64 %2228, 7
  %2406 = or disjoint i64 %2405, %i01
  %2407 = getelementptr inbounds float, ptr %Gm, i64 %2406
  %2408 = load float, ptr %2407, align 4
  %2409 = fneg float %2408
  %2410 = insertelement <16 x float> poison, float %2409, i64 0
  %2411 = shufflevector <16 x float> %2410, <16 x float> poison, <16 x i32> zeroinitializer
  %2412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2396, <16 x float> %acc112.0.lcssa)
  %2413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2401, <16 x float> %acc113.0.lcssa)
  %2414 = or disjoint i64 %2359, %i01
  %2415 = getelementptr inbounds float, ptr %Gm, i64 %2414
  %2416 = load float, ptr %2415, align 4
  %2417 = fneg float %2416
  %2418 = insertelement <16 x float> poison, float %2417, i64 0
  %2419 = shufflevector <16 x float> %2418, <16 x float> poison, <16 x i32> zeroinitializer
  %2420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2419, <16 x float> %2350, <16 x float> %2412)
  %2421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2419, <16 x float> %2355, <16 x float> %2413)
  %2422 = or disjoint i64 %2319, %i01
  %2423 = getelementptr inbounds float, ptr %Gm, i64 %2422
  %2424 = load float, ptr %2423, align 4
  %2425 = fneg float %2424
  %2426 = insertelement <16 x float> poison, float %2425, i64 0
  %2427 = shufflevector <16 x float> %2426, <16 x float> poison, <16 x i32> zeroinitializer
  %2428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2427, <16 x float> %2310, <16 x float> %2420)
  %2429 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2427, <16 x float> %2315, <16 x float> %2421)
  %2430 = getelementptr inbounds float, ptr %Rr, i64 %2222
  %2431 = load <16 x float>, ptr %2430, align 4
  %2432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2428, <16 x float> %2431, <16 x float> zeroinitializer)
  %2433 = or disjoint i64 %2222, 16
  %2434 = getelementptr inbounds float, ptr %Rr, i64 %2433
  %2435 = load <16 x float>, ptr %2434, align 4
  %2436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2429, <16 x float> %2435, <16 x float> %2432)
  %2437 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2438 = shufflevector <16 x float> %2436, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2439 = shufflevector <16 x float> %2436, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2440 = fadd <8 x float> %2438, %2439
  %2441 = shufflevector <8 x float> %2440, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2442 = shufflevector <8 x float> %2440, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2443 = fadd <4 x float> %2441, %2442
  %2444 = shufflevector <4 x float> %2443, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2445 = shufflevector <4 x float> %2443, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2446 = fadd <2 x float> %2444, %2445
  %2447 = load <4 x float>, ptr %2437, align 4
  %2448 = shufflevector <2 x float> %2446, <2 x float> %2391, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2449 = shufflevector <4 x float> %2448, <4 x float> %2345, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2450 = shufflevector <4 x float> %2449, <4 x float> %2305, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2451 = shufflevector <2 x float> %2446, <2 x float> %2391, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2452 = shufflevector <4 x float> %2451, <4 x float> %2344, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2453 = shufflevector <4 x float> %2452, <4 x float> %2304, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2454 = fadd <4 x float> %2450, %2453
  %2455 = fadd <4 x float> %2447, %2454
  store <4 x float> %2455, ptr %2437, align 4
  %2456 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2457 = load float, ptr %2456, align 4
  %2458 = insertelement <16 x float> poison, float %2457, i64 0
  %2459 = shufflevector <16 x float> %2458, <16 x float> poison, <16 x i32> zeroinitializer
  %2460 = fmul <16 x float> %2428, %2459
  store <16 x float> %2460, ptr %2224, align 4
  %2461 = fneg <16 x float> %2460
  %2462 = shl nuw nsw i64 %i01, 8
  %2463 = or disjoint i64 %2462, 32
  %2464 = getelementptr inbounds float, ptr %Ak, i64 %2463
  store <16 x float> %2461, ptr %2464, align 4
  %2465 = fmul <16 x float> %2429, %2459
  store <16 x float> %2465, ptr %2226, align 4
  %2466 = fneg <16 x float> %2465
  %2467 = or disjoint i64 %2462, 48
  %2468 = getelementptr inbounds float, ptr %Ak, i64 %2467
  store <16 x float> %2466, ptr %2468, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02708, 1
  %exitcond3017.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3017.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02711 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter3599 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3599.next.1, %t4.body ]
  %2469 = mul i64 %18, %t4.addr.02711
  %scevgep3020 = getelementptr i8, ptr %2218, i64 %2469
  %2470 = shl nuw nsw i64 %t4.addr.02711, 8
  %gep3243 = getelementptr i8, ptr %invariant.gep3242, i64 %2470
  %scevgep3018 = getelementptr i8, ptr %2219, i64 %2469
  %gep3245 = getelementptr i8, ptr %invariant.gep3244, i64 %2470
  %2471 = add nsw i64 %t4.addr.02711, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3018, ptr noundef nonnull align 4 dereferenceable(128) %gep3245, i64 128, i1 false)
  %i44 = shl nuw nsw i64 %t4.addr.02711, 1
  %tau2 = shl nsw i64 %2471, 1
  %2472 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2473 = load float, ptr %2472, align 4
  %2474 = mul nsw i64 %tau2, %H
  %2475 = getelementptr inbounds float, ptr %betah1, i64 %2474
  store float %2473, ptr %2475, align 4
  %i46 = or disjoint i64 %i44, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3020, ptr noundef nonnull align 4 dereferenceable(128) %gep3243, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2476 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2477 = load float, ptr %2476, align 4
  %2478 = mul nsw i64 %tau3, %H
  %2479 = getelementptr inbounds float, ptr %betah1, i64 %2478
  store float %2477, ptr %2479, align 4
  %t4.next = or disjoint i64 %t4.addr.02711, 1
  %2480 = mul i64 %18, %t4.next
  %scevgep3020.1 = getelementptr i8, ptr %2218, i64 %2480
  %2481 = shl nuw nsw i64 %t4.next, 8
  %gep3243.1 = getelementptr i8, ptr %invariant.gep3242, i64 %2481
  %scevgep3018.1 = getelementptr i8, ptr %2219, i64 %2480
  %gep3245.1 = getelementptr i8, ptr %invariant.gep3244, i64 %2481
  %2482 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3018.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3245.1, i64 128, i1 false)
  %i44.1 = shl nuw nsw i64 %t4.next, 1
  %tau2.1 = shl nsw i64 %2482, 1
  %2483 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2484 = load float, ptr %2483, align 4
  %2485 = mul nsw i64 %tau2.1, %H
  %2486 = getelementptr inbounds float, ptr %betah1, i64 %2485
  store float %2484, ptr %2486, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3020.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3243.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %2487 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2488 = load float, ptr %2487, align 4
  %2489 = mul nsw i64 %tau3.1, %H
  %2490 = getelementptr inbounds float, ptr %betah1, i64 %2489
  store float %2488, ptr %2490, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02711, 2
  %niter3599.next.1 = add i64 %niter3599, 2
  %niter3599.ncmp.1 = icmp eq i64 %niter3599.next.1, %unroll_iter3598
  br i1 %niter3599.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02711.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod3597.not = icmp eq i64 %xtraiter3596, 0
  br i1 %lcmp.mod3597.not, label %i48.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2491 = mul i64 %18, %t4.addr.02711.unr
  %scevgep3020.epil = getelementptr i8, ptr %2218, i64 %2491
  %2492 = shl nuw nsw i64 %t4.addr.02711.unr, 8
  %gep3243.epil = getelementptr i8, ptr %invariant.gep3242, i64 %2492
  %scevgep3018.epil = getelementptr i8, ptr %2219, i64 %2491
  %gep3245.epil = getelementptr i8, ptr %invariant.gep3244, i64 %2492
  %2493 = add nsw i64 %t4.addr.02711.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3018.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3245.epil, i64 128, i1 false)
  %i44.epil = shl nuw nsw i64 %t4.addr.02711.unr, 1
  %tau2.epil = shl nsw i64 %2493, 1
  %2494 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2495 = load float, ptr %2494, align 4
  %2496 = mul nsw i64 %tau2.epil, %H
  %2497 = getelementptr inbounds float, ptr %betah1, i64 %2496
  store float %2495, ptr %2497, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3020.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3243.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %2498 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2499 = load float, ptr %2498, align 4
  %2500 = mul nsw i64 %tau3.epil, %H
  %2501 = getelementptr inbounds float, ptr %betah1, i64 %2500
  store float %2499, ptr %2501, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t4.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02729 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2502 = shl nuw nsw i64 %i48.addr.02729, 6
  %2503 = or disjoint i64 %2502, 32
  %2504 = getelementptr inbounds float, ptr %work, i64 %2503
  %2505 = load <16 x float>, ptr %2504, align 4
  %2506 = or disjoint i64 %2502, 48
  %2507 = getelementptr inbounds float, ptr %work, i64 %2506
  %2508 = load <16 x float>, ptr %2507, align 4
  %2509 = or disjoint i64 %i48.addr.02729, 1
  %2510 = shl nuw nsw i64 %2509, 6
  %2511 = or disjoint i64 %2510, 32
  %2512 = getelementptr inbounds float, ptr %work, i64 %2511
  %2513 = load <16 x float>, ptr %2512, align 4
  %2514 = or disjoint i64 %2510, 48
  %2515 = getelementptr inbounds float, ptr %work, i64 %2514
  %2516 = load <16 x float>, ptr %2515, align 4
  %2517 = or disjoint i64 %i48.addr.02729, 2
  %2518 = shl nuw nsw i64 %2517, 6
  %2519 = or disjoint i64 %2518, 32
  %2520 = getelementptr inbounds float, ptr %work, i64 %2519
  %2521 = load <16 x float>, ptr %2520, align 4
  %2522 = or disjoint i64 %2518, 48
  %2523 = getelementptr inbounds float, ptr %work, i64 %2522
  %2524 = load <16 x float>, ptr %2523, align 4
  %2525 = or disjoint i64 %i48.addr.02729, 3
  %2526 = shl nuw nsw i64 %2525, 6
  %2527 = or disjoint i64 %2526, 32
  %2528 = getelementptr inbounds float, ptr %work, i64 %2527
  %2529 = load <16 x float>, ptr %2528, align 4
  %2530 = or disjoint i64 %2526, 48
  %2531 = getelementptr inbounds float, ptr %work, i64 %2530
  %2532 = load <16 x float>, ptr %2531, align 4
  %2533 = or disjoint i64 %i48.addr.02729, 4
  %2534 = shl nuw nsw i64 %2533, 6
  %2535 = or disjoint i64 %2534, 32
  %2536 = getelementptr inbounds float, ptr %work, i64 %2535
  %2537 = load <16 x float>, ptr %2536, align 4
  %2538 = or disjoint i64 %2534, 48
  %2539 = getelementptr inbounds float, ptr %work, i64 %2538
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = or disjoint i64 %i48.addr.02729, 5
  %2542 = shl nuw nsw i64 %2541, 6
  %2543 = or disjoint i64 %2542, 32
  %2544 = getelementptr inbounds float, ptr %work, i64 %2543
  %2545 = load <16 x float>, ptr %2544, align 4
  %2546 = or disjoint i64 %2542, 48
  %2547 = getelementptr inbounds float, ptr %work, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %i48.addr.02729, 6
  %2550 = shl nuw nsw i64 %2549, 6
  %2551 = or disjoint i64 %2550, 32
  %2552 = getelementptr inbounds float, ptr %work, i64 %2551
  %2553 = load <16 x float>, ptr %2552, align 4
  %2554 = or disjoint i64 %2550, 48
  %2555 = getelementptr inbounds float, ptr %work, i64 %2554
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = or disjoint i64 %i48.addr.02729, 7
  %2558 = shl nuw nsw i64 %2557, 6
  %2559 = or disjoint i64 %2558, 32
  %2560 = getelementptr inbounds float, ptr %work, i64 %2559
  %2561 = load <16 x float>, ptr %2560, align 4
  %2562 = or disjoint i64 %2558, 48
  %2563 = getelementptr inbounds float, ptr %work, i64 %2562
  %2564 = load <16 x float>, ptr %2563, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02728 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc135.02727 = phi <16 x float> [ %2564, %i48.body ], [ %2626, %p11.body ]
  %acc134.02726 = phi <16 x float> [ %2561, %i48.body ], [ %2625, %p11.body ]
  %acc133.02725 = phi <16 x float> [ %2556, %i48.body ], [ %2619, %p11.body ]
  %acc132.02724 = phi <16 x float> [ %2553, %i48.body ], [ %2618, %p11.body ]
  %acc131.02723 = phi <16 x float> [ %2548, %i48.body ], [ %2612, %p11.body ]
  %acc130.02722 = phi <16 x float> [ %2545, %i48.body ], [ %2611, %p11.body ]
  %acc129.02721 = phi <16 x float> [ %2540, %i48.body ], [ %2605, %p11.body ]
  %acc128.02720 = phi <16 x float> [ %2537, %i48.body ], [ %2604, %p11.body ]
  %acc127.02719 = phi <16 x float> [ %2532, %i48.body ], [ %2598, %p11.body ]
  %acc126.02718 = phi <16 x float> [ %2529, %i48.body ], [ %2597, %p11.body ]
  %acc125.02717 = phi <16 x float> [ %2524, %i48.body ], [ %2591, %p11.body ]
  %acc124.02716 = phi <16 x float> [ %2521, %i48.body ], [ %2590, %p11.body ]
  %acc123.02715 = phi <16 x float> [ %2516, %i48.body ], [ %2584, %p11.body ]
  %acc122.02714 = phi <16 x float> [ %2513, %i48.body ], [ %2583, %p11.body ]
  %acc121.02713 = phi <16 x float> [ %2508, %i48.body ], [ %2577, %p11.body ]
  %acc120.02712 = phi <16 x float> [ %2505, %i48.body ], [ %2576, %p11.body ]
  %2565 = shl nuw nsw i64 %p11.addr.02728, 5
  %2566 = getelementptr inbounds float, ptr %OY, i64 %2565
  %2567 = load <16 x float>, ptr %2566, align 4
  %2568 = or disjoint i64 %2565, 16
  %2569 = getelementptr inbounds float, ptr %OY, i64 %2568
  %2570 = load <16 x float>, ptr %2569, align 4
  %2571 = or disjoint i64 %2565, %i48.addr.02729
  %2572 = getelementptr inbounds float, ptr %QK, i64 %2571
  %2573 = load float, ptr %2572, align 4
  %2574 = insertelement <16 x float> poison, float %2573, i64 0
  %2575 = shufflevector <16 x float> %2574, <16 x float> poison, <16 x i32> zeroinitializer
  %2576 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2575, <16 x float> %2567, <16 x float> %acc120.02712)
  %2577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2575, <16 x float> %2570, <16 x float> %acc121.02713)
  %2578 = or disjoint i64 %2565, %2509
  %2579 = getelementptr inbounds float, ptr %QK, i64 %2578
  %2580 = load float, ptr %2579, align 4
  %2581 = insertelement <16 x float> poison, float %2580, i64 0
  %2582 = shufflevector <16 x float> %2581, <16 x float> poison, <16 x i32> zeroinitializer
  %2583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2567, <16 x float> %acc122.02714)
  %2584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2570, <16 x float> %acc123.02715)
  %2585 = or disjoint i64 %2565, %2517
  %2586 = getelementptr inbounds float, ptr %QK, i64 %2585
  %2587 = load float, ptr %2586, align 4
  %2588 = insertelement <16 x float> poison, float %2587, i64 0
  %2589 = shufflevector <16 x float> %2588, <16 x float> poison, <16 x i32> zeroinitializer
  %2590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2589, <16 x float> %2567, <16 x float> %acc124.02716)
  %2591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2589, <16 x float> %2570, <16 x float> %acc125.02717)
  %2592 = or disjoint i64 %2565, %2525
  %2593 = getelementptr inbounds float, ptr %QK, i64 %2592
  %2594 = load float, ptr %2593, align 4
  %2595 = insertelement <16 x float> poison, float %2594, i64 0
  %2596 = shufflevector <16 x float> %2595, <16 x float> poison, <16 x i32> zeroinitializer
  %2597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2596, <16 x float> %2567, <16 x float> %acc126.02718)
  %2598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2596, <16 x float> %2570, <16 x float> %acc127.02719)
  %2599 = or disjoint i64 %2565, %2533
  %2600 = getelementptr inbounds float, ptr %QK, i64 %2599
  %2601 = load float, ptr %2600, align 4
  %2602 = insertelement <16 x float> poison, float %2601, i64 0
  %2603 = shufflevector <16 x float> %2602, <16 x float> poison, <16 x i32> zeroinitializer
  %2604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2603, <16 x float> %2567, <16 x float> %acc128.02720)
  %2605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2603, <16 x float> %2570, <16 x float> %acc129.02721)
  %2606 = or disjoint i64 %2565, %2541
  %2607 = getelementptr inbounds float, ptr %QK, i64 %2606
  %2608 = load float, ptr %2607, align 4
  %2609 = insertelement <16 x float> poison, float %2608, i64 0
  %2610 = shufflevector <16 x float> %2609, <16 x float> poison, <16 x i32> zeroinitializer
  %2611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2567, <16 x float> %acc130.02722)
  %2612 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2570, <16 x float> %acc131.02723)
  %2613 = or disjoint i64 %2565, %2549
  %2614 = getelementptr inbounds float, ptr %QK, i64 %2613
  %2615 = load float, ptr %2614, align 4
  %2616 = insertelement <16 x float> poison, float %2615, i64 0
  %2617 = shufflevector <16 x float> %2616, <16 x float> poison, <16 x i32> zeroinitializer
  %2618 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2617, <16 x float> %2567, <16 x float> %acc132.02724)
  %2619 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2617, <16 x float> %2570, <16 x float> %acc133.02725)
  %2620 = or disjoint i64 %2565, %2557
  %2621 = getelementptr inbounds float, ptr %QK, i64 %2620
  %2622 = load float, ptr %2621, align 4
  %2623 = insertelement <16 x float> poison, float %2622, i64 0
  %2624 = shufflevector <16 x float> %2623, <16 x float> poison, <16 x i32> zeroinitializer
  %2625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2624, <16 x float> %2567, <16 x float> %acc134.02726)
  %2626 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2624, <16 x float> %2570, <16 x float> %acc135.02727)
  %p11.next = add nuw nsw i64 %p11.addr.02728, 1
  %exitcond3025.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3025.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2576, ptr %2504, align 4
  store <16 x float> %2577, ptr %2507, align 4
  store <16 x float> %2583, ptr %2512, align 4
  store <16 x float> %2584, ptr %2515, align 4
  store <16 x float> %2590, ptr %2520, align 4
  store <16 x float> %2591, ptr %2523, align 4
  store <16 x float> %2597, ptr %2528, align 4
  store <16 x float> %2598, ptr %2531, align 4
  store <16 x float> %2604, ptr %2536, align 4
  store <16 x float> %2605, ptr %2539, align 4
  store <16 x float> %2611, ptr %2544, align 4
  store <16 x float> %2612, ptr %2547, align 4
  store <16 x float> %2618, ptr %2552, align 4
  store <16 x float> %2619, ptr %2555, align 4
  store <16 x float> %2625, ptr %2560, align 4
  store <16 x float> %2626, ptr %2563, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02729, 8
  %2627 = icmp ult i64 %i48.addr.02729, 24
  br i1 %2627, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit
  %2628 = icmp ult i64 %i49.addr.02742, 120
  br i1 %2628, label %i49.body, label %t5.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.02742 = phi i64 [ %2629, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2629 = add nuw nsw i64 %i49.addr.02742, 8
  %2630 = shl nuw nsw i64 %i49.addr.02742, 8
  %2631 = or disjoint i64 %2630, 128
  %2632 = getelementptr inbounds float, ptr %Ak, i64 %2631
  %2633 = or disjoint i64 %2630, 384
  %2634 = getelementptr inbounds float, ptr %Ak, i64 %2633
  %2635 = or disjoint i64 %2630, 640
  %2636 = getelementptr inbounds float, ptr %Ak, i64 %2635
  %2637 = or disjoint i64 %2630, 896
  %2638 = getelementptr inbounds float, ptr %Ak, i64 %2637
  %2639 = or disjoint i64 %2630, 1152
  %2640 = getelementptr inbounds float, ptr %Ak, i64 %2639
  %2641 = or disjoint i64 %2630, 1408
  %2642 = getelementptr inbounds float, ptr %Ak, i64 %2641
  %2643 = or disjoint i64 %2630, 1664
  %2644 = getelementptr inbounds float, ptr %Ak, i64 %2643
  %2645 = or disjoint i64 %2630, 1920
  %2646 = getelementptr inbounds float, ptr %Ak, i64 %2645
  %.idx3042 = shl nsw i64 %i49.addr.02742, 7
  %invariant.gep3246 = getelementptr inbounds i8, ptr %OY, i64 %.idx3042
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i49.body, %p12.exit
  %j34.addr.02741 = phi i64 [ 0, %i49.body ], [ %j34.next, %p12.exit ]
  %invariant.gep2730 = getelementptr inbounds float, ptr %VnT, i64 %j34.addr.02741
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02740 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc143.02739 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2687, %p12.body ]
  %acc142.02738 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2682, %p12.body ]
  %acc141.02737 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2677, %p12.body ]
  %acc140.02736 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2672, %p12.body ]
  %acc139.02735 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2667, %p12.body ]
  %acc138.02734 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2662, %p12.body ]
  %acc137.02733 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2657, %p12.body ]
  %acc136.02732 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2652, %p12.body ]
  %.idx = shl nuw nsw i64 %p12.addr.02740, 9
  %gep2731 = getelementptr inbounds i8, ptr %invariant.gep2730, i64 %.idx
  %2647 = load <16 x float>, ptr %gep2731, align 4
  %gep3247 = getelementptr inbounds float, ptr %invariant.gep3246, i64 %p12.addr.02740
  %2648 = getelementptr inbounds i8, ptr %gep3247, i64 8192
  %2649 = load float, ptr %2648, align 4
  %2650 = insertelement <16 x float> poison, float %2649, i64 0
  %2651 = shufflevector <16 x float> %2650, <16 x float> poison, <16 x i32> zeroinitializer
  %2652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2651, <16 x float> %2647, <16 x float> %acc136.02732)
  %2653 = getelementptr inbounds i8, ptr %gep3247, i64 8320
  %2654 = load float, ptr %2653, align 4
  %2655 = insertelement <16 x float> poison, float %2654, i64 0
  %2656 = shufflevector <16 x float> %2655, <16 x float> poison, <16 x i32> zeroinitializer
  %2657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2647, <16 x float> %acc137.02733)
  %2658 = getelementptr inbounds i8, ptr %gep3247, i64 8448
  %2659 = load float, ptr %2658, align 4
  %2660 = insertelement <16 x float> poison, float %2659, i64 0
  %2661 = shufflevector <16 x float> %2660, <16 x float> poison, <16 x i32> zeroinitializer
  %2662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2647, <16 x float> %acc138.02734)
  %2663 = getelementptr inbounds i8, ptr %gep3247, i64 8576
  %2664 = load float, ptr %2663, align 4
  %2665 = insertelement <16 x float> poison, float %2664, i64 0
  %2666 = shufflevector <16 x float> %2665, <16 x float> poison, <16 x i32> zeroinitializer
  %2667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2666, <16 x float> %2647, <16 x float> %acc139.02735)
  %2668 = getelementptr inbounds i8, ptr %gep3247, i64 8704
  %2669 = load float, ptr %2668, align 4
  %2670 = insertelement <16 x float> poison, float %2669, i64 0
  %2671 = shufflevector <16 x float> %2670, <16 x float> poison, <16 x i32> zeroinitializer
  %2672 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2671, <16 x float> %2647, <16 x float> %acc140.02736)
  %2673 = getelementptr inbounds i8, ptr %gep3247, i64 8832
  %2674 = load float, ptr %2673, align 4
  %2675 = insertelement <16 x float> poison, float %2674, i64 0
  %2676 = shufflevector <16 x float> %2675, <16 x float> poison, <16 x i32> zeroinitializer
  %2677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2676, <16 x float> %2647, <16 x float> %acc141.02737)
  %2678 = getelementptr inbounds i8, ptr %gep3247, i64 8960
  %2679 = load float, ptr %2678, align 4
  %2680 = insertelement <16 x float> poison, float %2679, i64 0
  %2681 = shufflevector <16 x float> %2680, <16 x float> poison, <16 x i32> zeroinitializer
  %2682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2681, <16 x float> %2647, <16 x float> %acc142.02738)
  %2683 = getelementptr inbounds i8, ptr %gep3247, i64 9088
  %2684 = load float, ptr %2683, align 4
  %2685 = insertelement <16 x float> poison, float %2684, i64 0
  %2686 = shufflevector <16 x float> %2685, <16 x float> poison, <16 x i32> zeroinitializer
  %2687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2686, <16 x float> %2647, <16 x float> %acc143.02739)
  %p12.next = add nuw nsw i64 %p12.addr.02740, 1
  %exitcond3026.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond3026.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2688 = getelementptr inbounds float, ptr %2632, i64 %j34.addr.02741
  store <16 x float> %2652, ptr %2688, align 4
  %2689 = getelementptr inbounds float, ptr %2634, i64 %j34.addr.02741
  store <16 x float> %2657, ptr %2689, align 4
  %2690 = getelementptr inbounds float, ptr %2636, i64 %j34.addr.02741
  store <16 x float> %2662, ptr %2690, align 4
  %2691 = getelementptr inbounds float, ptr %2638, i64 %j34.addr.02741
  store <16 x float> %2667, ptr %2691, align 4
  %2692 = getelementptr inbounds float, ptr %2640, i64 %j34.addr.02741
  store <16 x float> %2672, ptr %2692, align 4
  %2693 = getelementptr inbounds float, ptr %2642, i64 %j34.addr.02741
  store <16 x float> %2677, ptr %2693, align 4
  %2694 = getelementptr inbounds float, ptr %2644, i64 %j34.addr.02741
  store <16 x float> %2682, ptr %2694, align 4
  %2695 = getelementptr inbounds float, ptr %2646, i64 %j34.addr.02741
  store <16 x float> %2687, ptr %2695, align 4
  %j34.next = add nuw nsw i64 %j34.addr.02741, 16
  %2696 = icmp ult i64 %j34.next, %2629
  br i1 %2696, label %p12.head.preheader, label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %2697 = shl nsw i64 %L, 1
  %2698 = shl nsw i64 %ci, 7
  br label %p13.head.preheader

t5.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3031 = phi i64 [ %indvars.iv.next3032, %j36.exit ], [ 1, %i49.head.loopexit ]
  %indvars.iv3027 = phi i64 [ %indvars.iv.next3028, %j36.exit ], [ 0, %i49.head.loopexit ]
  %t5.addr.02745 = phi i64 [ %t5.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv3027, i64 1)
  %i50 = shl nuw nsw i64 %t5.addr.02745, 1
  %.not2812 = icmp eq i64 %t5.addr.02745, 0
  br i1 %.not2812, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t5.body
  %2699 = shl nuw nsw i64 %t5.addr.02745, 9
  %2700 = or disjoint i64 %2699, 128
  %2701 = getelementptr inbounds float, ptr %Ak, i64 %2700
  %gep3257 = getelementptr inbounds float, ptr %invariant.gep3256, i64 %i50
  %xtraiter3600 = and i64 %umax, 7
  %2702 = icmp ult i64 %indvars.iv3027, 8
  br i1 %2702, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3602 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02743 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3603 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3603.next.7, %j35.body ]
  %2703 = getelementptr inbounds float, ptr %2701, i64 %j35.addr.02743
  %2704 = load float, ptr %2703, align 4
  %2705 = fneg float %2704
  store float %2705, ptr %2703, align 4
  %.idx2813 = shl nsw i64 %j35.addr.02743, 10
  %gep3251 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813
  store float %2705, ptr %gep3251, align 4
  %j35.next = or disjoint i64 %j35.addr.02743, 1
  %2706 = getelementptr inbounds float, ptr %2701, i64 %j35.next
  %2707 = load float, ptr %2706, align 4
  %2708 = fneg float %2707
  store float %2708, ptr %2706, align 4
  %.idx2813.1 = shl nsw i64 %j35.next, 10
  %gep3251.1 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.1
  store float %2708, ptr %gep3251.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02743, 2
  %2709 = getelementptr inbounds float, ptr %2701, i64 %j35.next.1
  %2710 = load float, ptr %2709, align 4
  %2711 = fneg float %2710
  store float %2711, ptr %2709, align 4
  %.idx2813.2 = shl nsw i64 %j35.next.1, 10
  %gep3251.2 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.2
  store float %2711, ptr %gep3251.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02743, 3
  %2712 = getelementptr inbounds float, ptr %2701, i64 %j35.next.2
  %2713 = load float, ptr %2712, align 4
  %2714 = fneg float %2713
  store float %2714, ptr %2712, align 4
  %.idx2813.3 = shl nsw i64 %j35.next.2, 10
  %gep3251.3 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.3
  store float %2714, ptr %gep3251.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02743, 4
  %2715 = getelementptr inbounds float, ptr %2701, i64 %j35.next.3
  %2716 = load float, ptr %2715, align 4
  %2717 = fneg float %2716
  store float %2717, ptr %2715, align 4
  %.idx2813.4 = shl nsw i64 %j35.next.3, 10
  %gep3251.4 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.4
  store float %2717, ptr %gep3251.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02743, 5
  %2718 = getelementptr inbounds float, ptr %2701, i64 %j35.next.4
  %2719 = load float, ptr %2718, align 4
  %2720 = fneg float %2719
  store float %2720, ptr %2718, align 4
  %.idx2813.5 = shl nsw i64 %j35.next.4, 10
  %gep3251.5 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.5
  store float %2720, ptr %gep3251.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02743, 6
  %2721 = getelementptr inbounds float, ptr %2701, i64 %j35.next.5
  %2722 = load float, ptr %2721, align 4
  %2723 = fneg float %2722
  store float %2723, ptr %2721, align 4
  %.idx2813.6 = shl nsw i64 %j35.next.5, 10
  %gep3251.6 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.6
  store float %2723, ptr %gep3251.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02743, 7
  %2724 = getelementptr inbounds float, ptr %2701, i64 %j35.next.6
  %2725 = load float, ptr %2724, align 4
  %2726 = fneg float %2725
  store float %2726, ptr %2724, align 4
  %.idx2813.7 = shl nsw i64 %j35.next.6, 10
  %gep3251.7 = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.7
  store float %2726, ptr %gep3251.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02743, 8
  %niter3603.next.7 = add i64 %niter3603, 8
  %niter3603.ncmp.7 = icmp eq i64 %niter3603.next.7, %unroll_iter3602
  br i1 %niter3603.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02743.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3601.not = icmp eq i64 %xtraiter3600, 0
  br i1 %lcmp.mod3601.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02743.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02743.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %2727 = getelementptr inbounds float, ptr %2701, i64 %j35.addr.02743.epil
  %2728 = load float, ptr %2727, align 4
  %2729 = fneg float %2728
  store float %2729, ptr %2727, align 4
  %.idx2813.epil = shl nsw i64 %j35.addr.02743.epil, 10
  %gep3251.epil = getelementptr inbounds i8, ptr %gep3257, i64 %.idx2813.epil
  store float %2729, ptr %gep3251.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02743.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3600
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t5.body
  %.idx2814 = mul nuw nsw i64 %t5.addr.02745, 2056
  %gep3259 = getelementptr inbounds i8, ptr %invariant.gep3258, i64 %.idx2814
  store float 0.000000e+00, ptr %gep3259, align 4
  %i51 = or disjoint i64 %i50, 1
  %2730 = shl nuw nsw i64 %i51, 8
  %2731 = or disjoint i64 %2730, 128
  %2732 = getelementptr inbounds float, ptr %Ak, i64 %2731
  %gep3261 = getelementptr inbounds float, ptr %invariant.gep3260, i64 %i51
  %xtraiter3604 = and i64 %indvars.iv3031, 7
  %2733 = icmp ult i64 %indvars.iv3027, 7
  br i1 %2733, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3607 = and i64 %indvars.iv3031, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02744 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3608 = phi i64 [ 0, %j35.exit.new ], [ %niter3608.next.7, %j36.body ]
  %2734 = getelementptr inbounds float, ptr %2732, i64 %j36.addr.02744
  %2735 = load float, ptr %2734, align 4
  %2736 = fneg float %2735
  store float %2736, ptr %2734, align 4
  %.idx2815 = shl nsw i64 %j36.addr.02744, 10
  %gep3255 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815
  store float %2736, ptr %gep3255, align 4
  %j36.next = or disjoint i64 %j36.addr.02744, 1
  %2737 = getelementptr inbounds float, ptr %2732, i64 %j36.next
  %2738 = load float, ptr %2737, align 4
  %2739 = fneg float %2738
  store float %2739, ptr %2737, align 4
  %.idx2815.1 = shl nsw i64 %j36.next, 10
  %gep3255.1 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.1
  store float %2739, ptr %gep3255.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02744, 2
  %2740 = getelementptr inbounds float, ptr %2732, i64 %j36.next.1
  %2741 = load float, ptr %2740, align 4
  %2742 = fneg float %2741
  store float %2742, ptr %2740, align 4
  %.idx2815.2 = shl nsw i64 %j36.next.1, 10
  %gep3255.2 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.2
  store float %2742, ptr %gep3255.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02744, 3
  %2743 = getelementptr inbounds float, ptr %2732, i64 %j36.next.2
  %2744 = load float, ptr %2743, align 4
  %2745 = fneg float %2744
  store float %2745, ptr %2743, align 4
  %.idx2815.3 = shl nsw i64 %j36.next.2, 10
  %gep3255.3 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.3
  store float %2745, ptr %gep3255.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02744, 4
  %2746 = getelementptr inbounds float, ptr %2732, i64 %j36.next.3
  %2747 = load float, ptr %2746, align 4
  %2748 = fneg float %2747
  store float %2748, ptr %2746, align 4
  %.idx2815.4 = shl nsw i64 %j36.next.3, 10
  %gep3255.4 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.4
  store float %2748, ptr %gep3255.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02744, 5
  %2749 = getelementptr inbounds float, ptr %2732, i64 %j36.next.4
  %2750 = load float, ptr %2749, align 4
  %2751 = fneg float %2750
  store float %2751, ptr %2749, align 4
  %.idx2815.5 = shl nsw i64 %j36.next.4, 10
  %gep3255.5 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.5
  store float %2751, ptr %gep3255.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02744, 6
  %2752 = getelementptr inbounds float, ptr %2732, i64 %j36.next.5
  %2753 = load float, ptr %2752, align 4
  %2754 = fneg float %2753
  store float %2754, ptr %2752, align 4
  %.idx2815.6 = shl nsw i64 %j36.next.5, 10
  %gep3255.6 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.6
  store float %2754, ptr %gep3255.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02744, 7
  %2755 = getelementptr inbounds float, ptr %2732, i64 %j36.next.6
  %2756 = load float, ptr %2755, align 4
  %2757 = fneg float %2756
  store float %2757, ptr %2755, align 4
  %.idx2815.7 = shl nsw i64 %j36.next.6, 10
  %gep3255.7 = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.7
  store float %2757, ptr %gep3255.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02744, 8
  %niter3608.next.7 = add i64 %niter3608, 8
  %niter3608.ncmp.7 = icmp eq i64 %niter3608.next.7, %unroll_iter3607
  br i1 %niter3608.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02744.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3606.not = icmp eq i64 %xtraiter3604, 0
  br i1 %lcmp.mod3606.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02744.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02744.unr, %j36.exit.unr-lcssa ]
  %epil.iter3605 = phi i64 [ %epil.iter3605.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %2758 = getelementptr inbounds float, ptr %2732, i64 %j36.addr.02744.epil
  %2759 = load float, ptr %2758, align 4
  %2760 = fneg float %2759
  store float %2760, ptr %2758, align 4
  %.idx2815.epil = shl nsw i64 %j36.addr.02744.epil, 10
  %gep3255.epil = getelementptr inbounds i8, ptr %gep3261, i64 %.idx2815.epil
  store float %2760, ptr %gep3255.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02744.epil, 1
  %epil.iter3605.next = add i64 %epil.iter3605, 1
  %epil.iter3605.cmp.not = icmp eq i64 %epil.iter3605.next, %xtraiter3604
  br i1 %epil.iter3605.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %.idx2816 = mul nuw nsw i64 %i51, 1028
  %gep3263 = getelementptr inbounds i8, ptr %invariant.gep3262, i64 %.idx2816
  store float 0.000000e+00, ptr %gep3263, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02745, 1
  %indvars.iv.next3028 = add nuw nsw i64 %indvars.iv3027, 2
  %indvars.iv.next3032 = add nuw nsw i64 %indvars.iv3031, 2
  %exitcond3034.not = icmp eq i64 %t5.next, 64
  br i1 %exitcond3034.not, label %i52.head.preheader, label %t5.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1701
  %i52.addr.02763 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1701 ]
  %2761 = shl nuw nsw i64 %i52.addr.02763, 8
  br label %p13.body

i52.exit:                                         ; preds = %endif1701
  %cc.next = add nuw nsw i64 %cc.addr.02764, 1
  %indvars.iv.next3023 = add i64 %indvars.iv3022, 64
  %exitcond3037.not = icmp eq i64 %cc.next, %smax3036
  br i1 %exitcond3037.not, label %j38.head.preheader, label %cc.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02762 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc159.02761 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2823, %p13.body ]
  %acc158.02760 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2822, %p13.body ]
  %acc157.02759 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2816, %p13.body ]
  %acc156.02758 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2815, %p13.body ]
  %acc155.02757 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2809, %p13.body ]
  %acc154.02756 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2808, %p13.body ]
  %acc153.02755 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2802, %p13.body ]
  %acc152.02754 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2801, %p13.body ]
  %acc151.02753 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2795, %p13.body ]
  %acc150.02752 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2794, %p13.body ]
  %acc149.02751 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2788, %p13.body ]
  %acc148.02750 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2787, %p13.body ]
  %acc147.02749 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2781, %p13.body ]
  %acc146.02748 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2780, %p13.body ]
  %acc145.02747 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2774, %p13.body ]
  %acc144.02746 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2773, %p13.body ]
  %2762 = shl nuw nsw i64 %p13.addr.02762, 5
  %2763 = getelementptr inbounds float, ptr %Bk, i64 %2762
  %2764 = load <16 x float>, ptr %2763, align 4
  %2765 = or disjoint i64 %2762, 16
  %2766 = getelementptr inbounds float, ptr %Bk, i64 %2765
  %2767 = load <16 x float>, ptr %2766, align 4
  %2768 = add nuw nsw i64 %p13.addr.02762, %2761
  %2769 = getelementptr inbounds float, ptr %Ak, i64 %2768
  %2770 = load float, ptr %2769, align 4
  %2771 = insertelement <16 x float> poison, float %2770, i64 0
  %2772 = shufflevector <16 x float> %2771, <16 x float> poison, <16 x i32> zeroinitializer
  %2773 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2772, <16 x float> %2764, <16 x float> %acc144.02746)
  %2774 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2772, <16 x float> %2767, <16 x float> %acc145.02747)
  %2775 = or disjoint i64 %2768, 256
  %2776 = getelementptr inbounds float, ptr %Ak, i64 %2775
  %2777 = load float, ptr %2776, align 4
  %2778 = insertelement <16 x float> poison, float %2777, i64 0
  %2779 = shufflevector <16 x float> %2778, <16 x float> poison, <16 x i32> zeroinitializer
  %2780 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2779, <16 x float> %2764, <16 x float> %acc146.02748)
  %2781 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2779, <16 x float> %2767, <16 x float> %acc147.02749)
  %2782 = or disjoint i64 %2768, 512
  %2783 = getelementptr inbounds float, ptr %Ak, i64 %2782
  %2784 = load float, ptr %2783, align 4
  %2785 = insertelement <16 x float> poison, float %2784, i64 0
  %2786 = shufflevector <16 x float> %2785, <16 x float> poison, <16 x i32> zeroinitializer
  %2787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2786, <16 x float> %2764, <16 x float> %acc148.02750)
  %2788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2786, <16 x float> %2767, <16 x float> %acc149.02751)
  %2789 = or disjoint i64 %2768, 768
  %2790 = getelementptr inbounds float, ptr %Ak, i64 %2789
  %2791 = load float, ptr %2790, align 4
  %2792 = insertelement <16 x float> poison, float %2791, i64 0
  %2793 = shufflevector <16 x float> %2792, <16 x float> poison, <16 x i32> zeroinitializer
  %2794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2764, <16 x float> %acc150.02752)
  %2795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2767, <16 x float> %acc151.02753)
  %2796 = or disjoint i64 %2768, 1024
  %2797 = getelementptr inbounds float, ptr %Ak, i64 %2796
  %2798 = load float, ptr %2797, align 4
  %2799 = insertelement <16 x float> poison, float %2798, i64 0
  %2800 = shufflevector <16 x float> %2799, <16 x float> poison, <16 x i32> zeroinitializer
  %2801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2764, <16 x float> %acc152.02754)
  %2802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2767, <16 x float> %acc153.02755)
  %2803 = or disjoint i64 %2768, 1280
  %2804 = getelementptr inbounds float, ptr %Ak, i64 %2803
  %2805 = load float, ptr %2804, align 4
  %2806 = insertelement <16 x float> poison, float %2805, i64 0
  %2807 = shufflevector <16 x float> %2806, <16 x float> poison, <16 x i32> zeroinitializer
  %2808 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2807, <16 x float> %2764, <16 x float> %acc154.02756)
  %2809 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2807, <16 x float> %2767, <16 x float> %acc155.02757)
  %2810 = or disjoint i64 %2768, 1536
  %2811 = getelementptr inbounds float, ptr %Ak, i64 %2810
  %2812 = load float, ptr %2811, align 4
  %2813 = insertelement <16 x float> poison, float %2812, i64 0
  %2814 = shufflevector <16 x float> %2813, <16 x float> poison, <16 x i32> zeroinitializer
  %2815 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2814, <16 x float> %2764, <16 x float> %acc156.02758)
  %2816 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2814, <16 x float> %2767, <16 x float> %acc157.02759)
  %2817 = or disjoint i64 %2768, 1792
  %2818 = getelementptr inbounds float, ptr %Ak, i64 %2817
  %2819 = load float, ptr %2818, align 4
  %2820 = insertelement <16 x float> poison, float %2819, i64 0
  %2821 = shufflevector <16 x float> %2820, <16 x float> poison, <16 x i32> zeroinitializer
  %2822 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2821, <16 x float> %2764, <16 x float> %acc158.02760)
  %2823 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2821, <16 x float> %2767, <16 x float> %acc159.02761)
  %p13.next = add nuw nsw i64 %p13.addr.02762, 1
  %exitcond3035.not = icmp eq i64 %p13.next, 256
  br i1 %exitcond3035.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2824 = icmp slt i64 %i52.addr.02763, %2697
  br i1 %2824, label %then1639, label %endif1645

then1639:                                         ; preds = %p13.exit
  %2825 = add nuw nsw i64 %i52.addr.02763, %2698
  %2826 = mul nsw i64 %2825, %sq
  %2827 = getelementptr inbounds float, ptr %kh1, i64 %2826
  store <16 x float> %2773, ptr %2827, align 4
  %2828 = or disjoint i64 %2826, 16
  %2829 = getelementptr inbounds float, ptr %kh1, i64 %2828
  store <16 x float> %2774, ptr %2829, align 4
  br label %endif1645

endif1645:                                        ; preds = %p13.exit, %then1639
  %2830 = or disjoint i64 %i52.addr.02763, 1
  %2831 = icmp slt i64 %2830, %2697
  br i1 %2831, label %then1647, label %endif1653

then1647:                                         ; preds = %endif1645
  %2832 = add nuw nsw i64 %2830, %2698
  %2833 = mul nsw i64 %2832, %sq
  %2834 = getelementptr inbounds float, ptr %kh1, i64 %2833
  store <16 x float> %2780, ptr %2834, align 4
  %2835 = or disjoint i64 %2833, 16
  %2836 = getelementptr inbounds float, ptr %kh1, i64 %2835
  store <16 x float> %2781, ptr %2836, align 4
  br label %endif1653

endif1653:                                        ; preds = %endif1645, %then1647
  %2837 = or disjoint i64 %i52.addr.02763, 2
  %2838 = icmp slt i64 %2837, %2697
  br i1 %2838, label %then1655, label %endif1661

then1655:                                         ; preds = %endif1653
  %2839 = add nuw nsw i64 %2837, %2698
  %2840 = mul nsw i64 %2839, %sq
  %2841 = getelementptr inbounds float, ptr %kh1, i64 %2840
  store <16 x float> %2787, ptr %2841, align 4
  %2842 = or disjoint i64 %2840, 16
  %2843 = getelementptr inbounds float, ptr %kh1, i64 %2842
  store <16 x float> %2788, ptr %2843, align 4
  br label %endif1661

endif1661:                                        ; preds = %endif1653, %then1655
  %2844 = or disjoint i64 %i52.addr.02763, 3
  %2845 = icmp slt i64 %2844, %2697
  br i1 %2845, label %then1663, label %endif1669

then1663:                                         ; preds = %endif1661
  %2846 = add nuw nsw i64 %2844, %2698
  %2847 = mul nsw i64 %2846, %sq
  %2848 = getelementptr inbounds float, ptr %kh1, i64 %2847
  store <16 x float> %2794, ptr %2848, align 4
  %2849 = or disjoint i64 %2847, 16
  %2850 = getelementptr inbounds float, ptr %kh1, i64 %2849
  store <16 x float> %2795, ptr %2850, align 4
  br label %endif1669

endif1669:                                        ; preds = %endif1661, %then1663
  %2851 = or disjoint i64 %i52.addr.02763, 4
  %2852 = icmp slt i64 %2851, %2697
  br i1 %2852, label %then1671, label %endif1677

then1671:                                         ; preds = %endif1669
  %2853 = add nuw nsw i64 %2851, %2698
  %2854 = mul nsw i64 %2853, %sq
  %2855 = getelementptr inbounds float, ptr %kh1, i64 %2854
  store <16 x float> %2801, ptr %2855, align 4
  %2856 = or disjoint i64 %2854, 16
  %2857 = getelementptr inbounds float, ptr %kh1, i64 %2856
  store <16 x float> %2802, ptr %2857, align 4
  br label %endif1677

endif1677:                                        ; preds = %endif1669, %then1671
  %2858 = or disjoint i64 %i52.addr.02763, 5
  %2859 = icmp slt i64 %2858, %2697
  br i1 %2859, label %then1679, label %endif1685

then1679:                                         ; preds = %endif1677
  %2860 = add nuw nsw i64 %2858, %2698
  %2861 = mul nsw i64 %2860, %sq
  %2862 = getelementptr inbounds float, ptr %kh1, i64 %2861
  store <16 x float> %2808, ptr %2862, align 4
  %2863 = or disjoint i64 %2861, 16
  %2864 = getelementptr inbounds float, ptr %kh1, i64 %2863
  store <16 x float> %2809, ptr %2864, align 4
  br label %endif1685

endif1685:                                        ; preds = %endif1677, %then1679
  %2865 = or disjoint i64 %i52.addr.02763, 6
  %2866 = icmp slt i64 %2865, %2697
  br i1 %2866, label %then1687, label %endif1693

then1687:                                         ; preds = %endif1685
  %2867 = add nuw nsw i64 %2865, %2698
  %2868 = mul nsw i64 %2867, %sq
  %2869 = getelementptr inbounds float, ptr %kh1, i64 %2868
  store <16 x float> %2815, ptr %2869, align 4
  %2870 = or disjoint i64 %2868, 16
  %2871 = getelementptr inbounds float, ptr %kh1, i64 %2870
  store <16 x float> %2816, ptr %2871, align 4
  br label %endif1693

endif1693:                                        ; preds = %endif1685, %then1687
  %2872 = or disjoint i64 %i52.addr.02763, 7
  %2873 = icmp slt i64 %2872, %2697
  br i1 %2873, label %then1695, label %endif1701

then1695:                                         ; preds = %endif1693
  %2874 = add nuw nsw i64 %2872, %2698
  %2875 = mul nsw i64 %2874, %sq
  %2876 = getelementptr inbounds float, ptr %kh1, i64 %2875
  store <16 x float> %2822, ptr %2876, align 4
  %2877 = or disjoint i64 %2875, 16
  %2878 = getelementptr inbounds float, ptr %kh1, i64 %2877
  store <16 x float> %2823, ptr %2878, align 4
  br label %endif1701

endif1701:                                        ; preds = %endif1693, %then1695
  %i52.next = add nuw nsw i64 %i52.addr.02763, 8
  %2879 = icmp ult i64 %i52.addr.02763, 120
  br i1 %2879, label %p13.head.preheader, label %i52.exit

j38.head.preheader:                               ; preds = %bh.body, %i52.exit
  %2880 = getelementptr i8, ptr %dh0, i64 %35
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2880, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039, i64 128, i1 false)
  %scevgep3038.1 = getelementptr i8, ptr %2880, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.1, i64 128, i1 false)
  %scevgep3038.2 = getelementptr i8, ptr %2880, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.2, i64 128, i1 false)
  %scevgep3038.3 = getelementptr i8, ptr %2880, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.3, i64 128, i1 false)
  %scevgep3038.4 = getelementptr i8, ptr %2880, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.4, i64 128, i1 false)
  %scevgep3038.5 = getelementptr i8, ptr %2880, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.5, i64 128, i1 false)
  %scevgep3038.6 = getelementptr i8, ptr %2880, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.6, i64 128, i1 false)
  %scevgep3038.7 = getelementptr i8, ptr %2880, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.7, i64 128, i1 false)
  %scevgep3038.8 = getelementptr i8, ptr %2880, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.8, i64 128, i1 false)
  %scevgep3038.9 = getelementptr i8, ptr %2880, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.9, i64 128, i1 false)
  %scevgep3038.10 = getelementptr i8, ptr %2880, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.10, i64 128, i1 false)
  %scevgep3038.11 = getelementptr i8, ptr %2880, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.11, i64 128, i1 false)
  %scevgep3038.12 = getelementptr i8, ptr %2880, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.12, i64 128, i1 false)
  %scevgep3038.13 = getelementptr i8, ptr %2880, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.13, i64 128, i1 false)
  %scevgep3038.14 = getelementptr i8, ptr %2880, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.14, i64 128, i1 false)
  %scevgep3038.15 = getelementptr i8, ptr %2880, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.15, i64 128, i1 false)
  %scevgep3038.16 = getelementptr i8, ptr %2880, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.16, i64 128, i1 false)
  %scevgep3038.17 = getelementptr i8, ptr %2880, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.17, i64 128, i1 false)
  %scevgep3038.18 = getelementptr i8, ptr %2880, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.18, i64 128, i1 false)
  %scevgep3038.19 = getelementptr i8, ptr %2880, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.19, i64 128, i1 false)
  %scevgep3038.20 = getelementptr i8, ptr %2880, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.20, i64 128, i1 false)
  %scevgep3038.21 = getelementptr i8, ptr %2880, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.21, i64 128, i1 false)
  %scevgep3038.22 = getelementptr i8, ptr %2880, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.22, i64 128, i1 false)
  %scevgep3038.23 = getelementptr i8, ptr %2880, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.23, i64 128, i1 false)
  %scevgep3038.24 = getelementptr i8, ptr %2880, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.24, i64 128, i1 false)
  %scevgep3038.25 = getelementptr i8, ptr %2880, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.25, i64 128, i1 false)
  %scevgep3038.26 = getelementptr i8, ptr %2880, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.26, i64 128, i1 false)
  %scevgep3038.27 = getelementptr i8, ptr %2880, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.27, i64 128, i1 false)
  %scevgep3038.28 = getelementptr i8, ptr %2880, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.28, i64 128, i1 false)
  %scevgep3038.29 = getelementptr i8, ptr %2880, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.29, i64 128, i1 false)
  %scevgep3038.30 = getelementptr i8, ptr %2880, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.30, i64 128, i1 false)
  %scevgep3038.31 = getelementptr i8, ptr %2880, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3038.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02767, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3041.not = icmp eq i64 %indvar.next, %22
  br i1 %exitcond3041.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
; ---- dp_step_h2_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_nogate'
source_filename = "dp_step_h2_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0106 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0106, %H
  %h = srem i64 %bh.addr.0106, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0106, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.095 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %39, %i.body ]
  %acc1.094 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc2.093 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %52, %i.body ]
  %acc3.092 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %i.addr.091 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %7 = getelementptr inbounds float, ptr %kh, i64 %i.addr.091
  %8 = load float, ptr %7, align 4
  %9 = shl nuw nsw i64 %i.addr.091, 5
  %10 = getelementptr inbounds float, ptr %S, i64 %9
  %11 = load <16 x float>, ptr %10, align 4
  %12 = insertelement <16 x float> poison, float %8, i64 0
  %13 = shufflevector <16 x float> %12, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %11, <16 x float> %acc.095)
  %15 = or disjoint i64 %9, 16
  %16 = getelementptr inbounds float, ptr %S, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %17, <16 x float> %acc1.094)
  %19 = or disjoint i64 %i.addr.091, 1
  %20 = getelementptr inbounds float, ptr %kh, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = shl nuw nsw i64 %19, 5
  %23 = getelementptr inbounds float, ptr %S, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = insertelement <16 x float> poison, float %21, i64 0
  %26 = shufflevector <16 x float> %25, <16 x float> poison, <16 x i32> zeroinitializer
  %27 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %24, <16 x float> %acc2.093)
  %28 = or disjoint i64 %22, 16
  %29 = getelementptr inbounds float, ptr %S, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %30, <16 x float> %acc3.092)
  %i.next = or disjoint i64 %i.addr.091, 2
  %32 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %33 = load float, ptr %32, align 4
  %34 = shl nuw nsw i64 %i.next, 5
  %35 = getelementptr inbounds float, ptr %S, i64 %34
  %36 = load <16 x float>, ptr %35, align 4
  %37 = insertelement <16 x float> poison, float %33, i64 0
  %38 = shufflevector <16 x float> %37, <16 x float> poison, <16 x i32> zeroinitializer
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %38, <16 x float> %36, <16 x float> %14)
  %40 = or disjoint i64 %34, 16
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %38, <16 x float> %42, <16 x float> %18)
  %44 = or disjoint i64 %i.addr.091, 3
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %44, 5
  %48 = getelementptr inbounds float, ptr %S, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = insertelement <16 x float> poison, float %46, i64 0
  %51 = shufflevector <16 x float> %50, <16 x float> poison, <16 x i32> zeroinitializer
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %49, <16 x float> %27)
  %53 = or disjoint i64 %47, 16
  %54 = getelementptr inbounds float, ptr %S, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %55, <16 x float> %31)
  %i.next.1 = add nuw nsw i64 %i.addr.091, 4
  %57 = icmp ult i64 %i.next, 30
  br i1 %57, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %58 = load float, ptr %betah, align 4
  %59 = load <16 x float>, ptr %vh, align 4
  %60 = fadd <16 x float> %52, %39
  %61 = fsub <16 x float> %59, %60
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = fmul <16 x float> %63, %61
  %65 = getelementptr inbounds i8, ptr %vh, i64 64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %56, %43
  %68 = fsub <16 x float> %66, %67
  %69 = fmul <16 x float> %63, %68
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %83, %i1.body ]
  %acc5.099 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %88, %i1.body ]
  %acc6.098 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %103, %i1.body ]
  %acc7.097 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %108, %i1.body ]
  %i1.addr.096 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %70 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.096
  %71 = load float, ptr %70, align 4
  %72 = or disjoint i64 %i1.addr.096, %sq
  %73 = getelementptr inbounds float, ptr %kh, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <16 x float> poison, float %71, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = shl nuw nsw i64 %i1.addr.096, 5
  %78 = getelementptr inbounds float, ptr %S, i64 %77
  %79 = load <16 x float>, ptr %78, align 4
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %64, <16 x float> %79)
  store <16 x float> %80, ptr %78, align 4
  %81 = insertelement <16 x float> poison, float %74, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %80, <16 x float> %acc416.0100)
  %84 = or disjoint i64 %77, 16
  %85 = getelementptr inbounds float, ptr %S, i64 %84
  %86 = load <16 x float>, ptr %85, align 4
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %69, <16 x float> %86)
  store <16 x float> %87, ptr %85, align 4
  %88 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %87, <16 x float> %acc5.099)
  %89 = or disjoint i64 %i1.addr.096, 1
  %90 = getelementptr inbounds float, ptr %kh, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = or disjoint i64 %89, %sq
  %93 = getelementptr inbounds float, ptr %kh, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <16 x float> poison, float %91, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = shl nuw nsw i64 %89, 5
  %98 = getelementptr inbounds float, ptr %S, i64 %97
  %99 = load <16 x float>, ptr %98, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %64, <16 x float> %99)
  store <16 x float> %100, ptr %98, align 4
  %101 = insertelement <16 x float> poison, float %94, i64 0
  %102 = shufflevector <16 x float> %101, <16 x float> poison, <16 x i32> zeroinitializer
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %100, <16 x float> %acc6.098)
  %104 = or disjoint i64 %97, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %69, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %107, <16 x float> %acc7.097)
  %i1.next = add nuw nsw i64 %i1.addr.096, 2
  %109 = icmp ult i64 %i1.addr.096, 30
  br i1 %109, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %110 = getelementptr inbounds float, ptr %betah, i64 %H
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %vh, i64 %sq
  %113 = load <16 x float>, ptr %112, align 4
  %114 = fadd <16 x float> %103, %83
  %115 = fsub <16 x float> %113, %114
  %116 = insertelement <16 x float> poison, float %111, i64 0
  %117 = shufflevector <16 x float> %116, <16 x float> poison, <16 x i32> zeroinitializer
  %118 = fmul <16 x float> %117, %115
  %119 = getelementptr inbounds float, ptr %vh, i64 %2
  %120 = load <16 x float>, ptr %119, align 4
  %121 = fadd <16 x float> %108, %88
  %122 = fsub <16 x float> %120, %121
  %123 = fmul <16 x float> %117, %122
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0105 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc9.0102 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %161, %i2.body ]
  %acc8.0101 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %156, %i2.body ]
  %124 = or disjoint i64 %i2.addr.0105, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0105
  %128 = load float, ptr %127, align 4
  %129 = insertelement <16 x float> poison, float %126, i64 0
  %130 = shufflevector <16 x float> %129, <16 x float> poison, <16 x i32> zeroinitializer
  %131 = shl nuw nsw i64 %i2.addr.0105, 5
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %118, <16 x float> %133)
  store <16 x float> %134, ptr %132, align 4
  %135 = insertelement <16 x float> poison, float %128, i64 0
  %136 = shufflevector <16 x float> %135, <16 x float> poison, <16 x i32> zeroinitializer
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %134, <16 x float> %acc8.0101)
  %138 = or disjoint i64 %131, 16
  %139 = getelementptr inbounds float, ptr %S, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %123, <16 x float> %140)
  store <16 x float> %141, ptr %139, align 4
  %142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %141, <16 x float> %acc9.0102)
  %i2.next = or disjoint i64 %i2.addr.0105, 1
  %143 = or disjoint i64 %i2.next, %sq
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %147 = load float, ptr %146, align 4
  %148 = insertelement <16 x float> poison, float %145, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = shl nuw nsw i64 %i2.next, 5
  %151 = getelementptr inbounds float, ptr %S, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %118, <16 x float> %152)
  store <16 x float> %153, ptr %151, align 4
  %154 = insertelement <16 x float> poison, float %147, i64 0
  %155 = shufflevector <16 x float> %154, <16 x float> poison, <16 x i32> zeroinitializer
  %156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %153, <16 x float> %137)
  %157 = or disjoint i64 %150, 16
  %158 = getelementptr inbounds float, ptr %S, i64 %157
  %159 = load <16 x float>, ptr %158, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %123, <16 x float> %159)
  store <16 x float> %160, ptr %158, align 4
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %160, <16 x float> %142)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0105, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %162 = fmul <16 x float> %156, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %162, ptr %oh, align 4
  %163 = fmul <16 x float> %161, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %164 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %163, ptr %164, align 4
  %bh.next = add nsw i64 %bh.addr.0106, 1
  %exitcond116.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond116.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
