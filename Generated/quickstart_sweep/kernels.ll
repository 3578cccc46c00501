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
  %M = getelementptr inbounds i8, ptr %work, i64 50816
  %OY = getelementptr inbounds i8, ptr %work, i64 28160
  %PT = getelementptr inbounds i8, ptr %work, i64 46592
  %QK = getelementptr inbounds i8, ptr %work, i64 25088
  %QcT = getelementptr inbounds i8, ptr %work, i64 33280
  %Rr = getelementptr inbounds i8, ptr %work, i64 40448
  %Vn = getelementptr inbounds i8, ptr %work, i64 42496
  %VnT = getelementptr inbounds i8, ptr %work, i64 44544
  %bet = getelementptr inbounds i8, ptr %work, i64 50176
  %dKc = getelementptr inbounds i8, ptr %work, i64 48128
  %dOT = getelementptr inbounds i8, ptr %work, i64 34304
  %dQc = getelementptr inbounds i8, ptr %work, i64 47104
  %dbet = getelementptr inbounds i8, ptr %work, i64 50240
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
  %invariant.gep2308 = getelementptr i8, ptr %work, i64 19744
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
  %smax2622 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %37 = sub i64 %bh1, %bh0
  %scevgep2542.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2542.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2542.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2542.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2542.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2542.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2542.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2542.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2542.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2542.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2542.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2542.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2542.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2542.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2542.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2542.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2542.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2542.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2542.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2542.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2542.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2542.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2542.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2542.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2542.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2542.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2542.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2542.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2542.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2542.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2542.31 = getelementptr i8, ptr %work, i64 7936
  %38 = getelementptr inbounds i8, ptr %work, i64 50848
  %39 = getelementptr inbounds i8, ptr %work, i64 50880
  %40 = getelementptr inbounds i8, ptr %work, i64 50912
  %41 = getelementptr inbounds i8, ptr %work, i64 50944
  %42 = getelementptr inbounds i8, ptr %work, i64 50960
  %43 = getelementptr inbounds i8, ptr %work, i64 50976
  %44 = getelementptr inbounds i8, ptr %work, i64 50996
  %45 = getelementptr inbounds i8, ptr %work, i64 51004
  %46 = getelementptr inbounds i8, ptr %work, i64 51008
  %47 = getelementptr inbounds i8, ptr %work, i64 51032
  %48 = getelementptr inbounds i8, ptr %work, i64 51040
  %49 = getelementptr inbounds i8, ptr %work, i64 51068
  %invariant.gep = getelementptr i8, ptr %work, i64 40576
  %invariant.gep2836 = getelementptr i8, ptr %work, i64 17536
  %invariant.gep2838 = getelementptr i8, ptr %work, i64 40448
  %invariant.gep2840 = getelementptr i8, ptr %work, i64 17408
  %invariant.gep2842 = getelementptr i8, ptr %work, i64 28160
  %invariant.gep2844 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep2846 = getelementptr i8, ptr %work, i64 25088
  %invariant.gep2848 = getelementptr i8, ptr %work, i64 26112
  %invariant.gep2850 = getelementptr i8, ptr %work, i64 26240
  %invariant.gep2852 = getelementptr inbounds i8, ptr %work, i64 26112
  %invariant.gep2854 = getelementptr inbounds i8, ptr %work, i64 26176
  %invariant.gep2856 = getelementptr inbounds i8, ptr %work, i64 26112
  %invariant.gep2858 = getelementptr inbounds i8, ptr %work, i64 26176
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
  %355 = getelementptr inbounds i8, ptr %work, i64 22272
  %356 = getelementptr inbounds i8, ptr %work, i64 22528
  %357 = getelementptr inbounds i8, ptr %work, i64 22880
  %358 = getelementptr inbounds i8, ptr %work, i64 20160
  %359 = getelementptr inbounds i8, ptr %work, i64 20416
  %360 = getelementptr inbounds i8, ptr %work, i64 20768
  %361 = getelementptr inbounds i8, ptr %work, i64 20864
  %362 = getelementptr inbounds i8, ptr %work, i64 21120
  %363 = getelementptr inbounds i8, ptr %work, i64 21472
  %364 = getelementptr inbounds i8, ptr %work, i64 21568
  %365 = getelementptr inbounds i8, ptr %work, i64 21824
  %366 = getelementptr inbounds i8, ptr %work, i64 22176
  %367 = getelementptr inbounds i8, ptr %work, i64 23232
  %368 = getelementptr inbounds i8, ptr %work, i64 23584
  %369 = getelementptr inbounds i8, ptr %work, i64 23936
  %370 = getelementptr inbounds i8, ptr %work, i64 24288
  %371 = getelementptr inbounds i8, ptr %work, i64 24640
  %372 = getelementptr inbounds i8, ptr %work, i64 24992
  %373 = getelementptr inbounds i8, ptr %work, i64 19744
  %374 = getelementptr inbounds i8, ptr %work, i64 20096
  %375 = getelementptr inbounds i8, ptr %work, i64 20448
  %376 = getelementptr inbounds i8, ptr %work, i64 20800
  %377 = getelementptr inbounds i8, ptr %work, i64 21152
  %378 = getelementptr inbounds i8, ptr %work, i64 21504
  %379 = getelementptr inbounds i8, ptr %work, i64 21856
  %380 = getelementptr inbounds i8, ptr %work, i64 22208
  %381 = getelementptr inbounds i8, ptr %work, i64 22560
  %382 = getelementptr inbounds i8, ptr %work, i64 22912
  %383 = getelementptr inbounds i8, ptr %work, i64 23264
  %384 = getelementptr inbounds i8, ptr %work, i64 23616
  %385 = getelementptr inbounds i8, ptr %work, i64 23968
  %386 = getelementptr inbounds i8, ptr %work, i64 24320
  %387 = getelementptr inbounds i8, ptr %work, i64 24672
  %388 = getelementptr inbounds i8, ptr %work, i64 25024
  %invariant.gep2862 = getelementptr inbounds i8, ptr %work, i64 19744
  %389 = getelementptr inbounds i8, ptr %work, i64 19808
  %390 = getelementptr inbounds i8, ptr %work, i64 20512
  %391 = getelementptr inbounds i8, ptr %work, i64 21216
  %392 = getelementptr inbounds i8, ptr %work, i64 21920
  %393 = getelementptr inbounds i8, ptr %work, i64 48192
  %394 = getelementptr inbounds i8, ptr %work, i64 48256
  %395 = getelementptr inbounds i8, ptr %work, i64 48320
  %396 = getelementptr inbounds i8, ptr %work, i64 48384
  %397 = getelementptr inbounds i8, ptr %work, i64 48448
  %398 = getelementptr inbounds i8, ptr %work, i64 48512
  %399 = getelementptr inbounds i8, ptr %work, i64 48576
  %400 = getelementptr inbounds i8, ptr %work, i64 48640
  %401 = getelementptr inbounds i8, ptr %work, i64 48704
  %402 = getelementptr inbounds i8, ptr %work, i64 48768
  %403 = getelementptr inbounds i8, ptr %work, i64 48832
  %404 = getelementptr inbounds i8, ptr %work, i64 48896
  %405 = getelementptr inbounds i8, ptr %work, i64 48960
  %406 = getelementptr inbounds i8, ptr %work, i64 49024
  %407 = getelementptr inbounds i8, ptr %work, i64 49088
  %408 = getelementptr inbounds i8, ptr %work, i64 22624
  %409 = getelementptr inbounds i8, ptr %work, i64 22976
  %410 = getelementptr inbounds i8, ptr %work, i64 23328
  %411 = getelementptr inbounds i8, ptr %work, i64 23680
  %412 = getelementptr inbounds i8, ptr %work, i64 24032
  %413 = getelementptr inbounds i8, ptr %work, i64 24384
  %414 = getelementptr inbounds i8, ptr %work, i64 24736
  %415 = getelementptr inbounds i8, ptr %work, i64 49152
  %416 = getelementptr inbounds i8, ptr %work, i64 49216
  %417 = getelementptr inbounds i8, ptr %work, i64 49280
  %418 = getelementptr inbounds i8, ptr %work, i64 49344
  %419 = getelementptr inbounds i8, ptr %work, i64 49408
  %420 = getelementptr inbounds i8, ptr %work, i64 49472
  %421 = getelementptr inbounds i8, ptr %work, i64 49536
  %422 = getelementptr inbounds i8, ptr %work, i64 49600
  %423 = getelementptr inbounds i8, ptr %work, i64 49664
  %424 = getelementptr inbounds i8, ptr %work, i64 49728
  %425 = getelementptr inbounds i8, ptr %work, i64 49792
  %426 = getelementptr inbounds i8, ptr %work, i64 49856
  %427 = getelementptr inbounds i8, ptr %work, i64 49920
  %428 = getelementptr inbounds i8, ptr %work, i64 49984
  %429 = getelementptr inbounds i8, ptr %work, i64 50048
  %430 = getelementptr inbounds i8, ptr %work, i64 50112
  %invariant.gep2864 = getelementptr i8, ptr %work, i64 29312
  %invariant.gep2866 = getelementptr i8, ptr %work, i64 48256
  %invariant.gep2868 = getelementptr i8, ptr %work, i64 29184
  %invariant.gep2870 = getelementptr i8, ptr %work, i64 48128
  %431 = getelementptr inbounds i8, ptr %work, i64 47168
  %scevgep2625 = getelementptr i8, ptr %work, i64 128
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
  %scevgep2625.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2625.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2625.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2625.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2625.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2625.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2625.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2625.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2625.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2625.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2625.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2625.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2625.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2625.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2625.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2625.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2625.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2625.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2625.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2625.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2625.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2625.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2625.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2625.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2625.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2625.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2625.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2625.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2625.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2625.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2625.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j41.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j41.head.preheader ]
  %bh.addr.02352 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j41.head.preheader ]
  %432 = add i64 %indvar, %bh0
  %433 = shl i64 %432, 12
  %434 = mul i64 %23, %indvar
  %435 = add i64 %22, %434
  %b = sdiv i64 %bh.addr.02352, %H
  %h = srem i64 %bh.addr.02352, %H
  %436 = mul i64 %b, %T
  %437 = mul i64 %436, %H
  %bT = add i64 %437, %h
  %438 = mul i64 %1, %436
  %bTn = add nsw i64 %438, %h
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %439 = getelementptr i8, ptr %dhT, i64 %433
  %440 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %439, i64 128, i1 false)
  %scevgep2541.1 = getelementptr i8, ptr %439, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.1, i64 128, i1 false)
  %scevgep2541.2 = getelementptr i8, ptr %439, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.2, i64 128, i1 false)
  %scevgep2541.3 = getelementptr i8, ptr %439, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.3, i64 128, i1 false)
  %scevgep2541.4 = getelementptr i8, ptr %439, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.4, i64 128, i1 false)
  %scevgep2541.5 = getelementptr i8, ptr %439, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.5, i64 128, i1 false)
  %scevgep2541.6 = getelementptr i8, ptr %439, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.6, i64 128, i1 false)
  %scevgep2541.7 = getelementptr i8, ptr %439, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.7, i64 128, i1 false)
  %scevgep2541.8 = getelementptr i8, ptr %439, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.8, i64 128, i1 false)
  %scevgep2541.9 = getelementptr i8, ptr %439, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.9, i64 128, i1 false)
  %scevgep2541.10 = getelementptr i8, ptr %439, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.10, i64 128, i1 false)
  %scevgep2541.11 = getelementptr i8, ptr %439, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.11, i64 128, i1 false)
  %scevgep2541.12 = getelementptr i8, ptr %439, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.12, i64 128, i1 false)
  %scevgep2541.13 = getelementptr i8, ptr %439, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.13, i64 128, i1 false)
  %scevgep2541.14 = getelementptr i8, ptr %439, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.14, i64 128, i1 false)
  %scevgep2541.15 = getelementptr i8, ptr %439, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.15, i64 128, i1 false)
  %scevgep2541.16 = getelementptr i8, ptr %439, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.16, i64 128, i1 false)
  %scevgep2541.17 = getelementptr i8, ptr %439, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.17, i64 128, i1 false)
  %scevgep2541.18 = getelementptr i8, ptr %439, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.18, i64 128, i1 false)
  %scevgep2541.19 = getelementptr i8, ptr %439, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.19, i64 128, i1 false)
  %scevgep2541.20 = getelementptr i8, ptr %439, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.20, i64 128, i1 false)
  %scevgep2541.21 = getelementptr i8, ptr %439, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.21, i64 128, i1 false)
  %scevgep2541.22 = getelementptr i8, ptr %439, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.22, i64 128, i1 false)
  %scevgep2541.23 = getelementptr i8, ptr %439, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.23, i64 128, i1 false)
  %scevgep2541.24 = getelementptr i8, ptr %439, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.24, i64 128, i1 false)
  %scevgep2541.25 = getelementptr i8, ptr %439, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.25, i64 128, i1 false)
  %scevgep2541.26 = getelementptr i8, ptr %439, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.26, i64 128, i1 false)
  %scevgep2541.27 = getelementptr i8, ptr %439, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.27, i64 128, i1 false)
  %scevgep2541.28 = getelementptr i8, ptr %439, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.28, i64 128, i1 false)
  %scevgep2541.29 = getelementptr i8, ptr %439, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.29, i64 128, i1 false)
  %scevgep2541.30 = getelementptr i8, ptr %439, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.30, i64 128, i1 false)
  %scevgep2541.31 = getelementptr i8, ptr %439, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2541.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %440
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %440
  br i1 %3, label %cc.body.lr.ph, label %j41.head.preheader

bh.exit:                                          ; preds = %j41.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %441 = mul nsw i64 %bh.addr.02352, %nc
  %442 = add i64 %26, %bT
  %443 = shl i64 %442, 7
  %444 = mul i64 %31, %b
  %445 = add i64 %30, %444
  %446 = mul i64 %445, %H
  %447 = shl i64 %h, 7
  %448 = add i64 %446, %447
  %449 = add i64 %34, %444
  %450 = mul i64 %449, %H
  %451 = add i64 %450, %447
  %452 = getelementptr i8, ptr %dout, i64 %443
  %453 = getelementptr i8, ptr %qh, i64 64
  %454 = getelementptr i8, ptr %kh, i64 64
  %455 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv2619 = phi i64 [ %36, %cc.body.lr.ph ], [ %indvars.iv.next2620, %t5.exit ]
  %cc.addr.02349 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin3328 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2619, i64 8)
  %smax3329 = tail call i64 @llvm.smax.i64(i64 %smin3328, i64 1)
  %456 = mul i64 %32, %cc.addr.02349
  %457 = add i64 %451, %456
  %458 = add i64 %448, %456
  %459 = mul i64 %27, %cc.addr.02349
  %460 = shl i64 %cc.addr.02349, 12
  %461 = sub i64 %435, %460
  %462 = xor i64 %cc.addr.02349, -1
  %ci = add nsw i64 %nc, %462
  %t0 = shl nsw i64 %ci, 3
  %463 = sub nsw i64 %T, %t0
  %scevgep2543 = getelementptr i8, ptr %hs, i64 %461
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543, i64 128, i1 false)
  %464 = or disjoint i64 %461, 128
  %scevgep2543.1 = getelementptr i8, ptr %hs, i64 %464
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.1, i64 128, i1 false)
  %465 = or disjoint i64 %461, 256
  %scevgep2543.2 = getelementptr i8, ptr %hs, i64 %465
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.2, i64 128, i1 false)
  %466 = or disjoint i64 %461, 384
  %scevgep2543.3 = getelementptr i8, ptr %hs, i64 %466
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.3, i64 128, i1 false)
  %467 = or disjoint i64 %461, 512
  %scevgep2543.4 = getelementptr i8, ptr %hs, i64 %467
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.4, i64 128, i1 false)
  %468 = or disjoint i64 %461, 640
  %scevgep2543.5 = getelementptr i8, ptr %hs, i64 %468
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.5, i64 128, i1 false)
  %469 = or disjoint i64 %461, 768
  %scevgep2543.6 = getelementptr i8, ptr %hs, i64 %469
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.6, i64 128, i1 false)
  %470 = or disjoint i64 %461, 896
  %scevgep2543.7 = getelementptr i8, ptr %hs, i64 %470
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.7, i64 128, i1 false)
  %471 = or disjoint i64 %461, 1024
  %scevgep2543.8 = getelementptr i8, ptr %hs, i64 %471
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.8, i64 128, i1 false)
  %472 = or disjoint i64 %461, 1152
  %scevgep2543.9 = getelementptr i8, ptr %hs, i64 %472
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.9, i64 128, i1 false)
  %473 = or disjoint i64 %461, 1280
  %scevgep2543.10 = getelementptr i8, ptr %hs, i64 %473
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.10, i64 128, i1 false)
  %474 = or disjoint i64 %461, 1408
  %scevgep2543.11 = getelementptr i8, ptr %hs, i64 %474
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.11, i64 128, i1 false)
  %475 = or disjoint i64 %461, 1536
  %scevgep2543.12 = getelementptr i8, ptr %hs, i64 %475
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.12, i64 128, i1 false)
  %476 = or disjoint i64 %461, 1664
  %scevgep2543.13 = getelementptr i8, ptr %hs, i64 %476
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.13, i64 128, i1 false)
  %477 = or disjoint i64 %461, 1792
  %scevgep2543.14 = getelementptr i8, ptr %hs, i64 %477
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.14, i64 128, i1 false)
  %478 = or disjoint i64 %461, 1920
  %scevgep2543.15 = getelementptr i8, ptr %hs, i64 %478
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.15, i64 128, i1 false)
  %479 = or disjoint i64 %461, 2048
  %scevgep2543.16 = getelementptr i8, ptr %hs, i64 %479
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.16, i64 128, i1 false)
  %480 = or disjoint i64 %461, 2176
  %scevgep2543.17 = getelementptr i8, ptr %hs, i64 %480
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.17, i64 128, i1 false)
  %481 = or disjoint i64 %461, 2304
  %scevgep2543.18 = getelementptr i8, ptr %hs, i64 %481
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.18, i64 128, i1 false)
  %482 = or disjoint i64 %461, 2432
  %scevgep2543.19 = getelementptr i8, ptr %hs, i64 %482
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.19, i64 128, i1 false)
  %483 = or disjoint i64 %461, 2560
  %scevgep2543.20 = getelementptr i8, ptr %hs, i64 %483
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.20, i64 128, i1 false)
  %484 = or disjoint i64 %461, 2688
  %scevgep2543.21 = getelementptr i8, ptr %hs, i64 %484
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.21, i64 128, i1 false)
  %485 = or disjoint i64 %461, 2816
  %scevgep2543.22 = getelementptr i8, ptr %hs, i64 %485
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.22, i64 128, i1 false)
  %486 = or disjoint i64 %461, 2944
  %scevgep2543.23 = getelementptr i8, ptr %hs, i64 %486
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.23, i64 128, i1 false)
  %487 = or disjoint i64 %461, 3072
  %scevgep2543.24 = getelementptr i8, ptr %hs, i64 %487
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.24, i64 128, i1 false)
  %488 = or disjoint i64 %461, 3200
  %scevgep2543.25 = getelementptr i8, ptr %hs, i64 %488
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.25, i64 128, i1 false)
  %489 = or disjoint i64 %461, 3328
  %scevgep2543.26 = getelementptr i8, ptr %hs, i64 %489
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.26, i64 128, i1 false)
  %490 = or disjoint i64 %461, 3456
  %scevgep2543.27 = getelementptr i8, ptr %hs, i64 %490
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.27, i64 128, i1 false)
  %491 = or disjoint i64 %461, 3584
  %scevgep2543.28 = getelementptr i8, ptr %hs, i64 %491
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.28, i64 128, i1 false)
  %492 = or disjoint i64 %461, 3712
  %scevgep2543.29 = getelementptr i8, ptr %hs, i64 %492
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.29, i64 128, i1 false)
  %493 = or disjoint i64 %461, 3840
  %scevgep2543.30 = getelementptr i8, ptr %hs, i64 %493
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.30, i64 128, i1 false)
  %494 = or disjoint i64 %461, 3968
  %scevgep2543.31 = getelementptr i8, ptr %hs, i64 %494
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2542.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2543.31, i64 128, i1 false)
  %495 = add nsw i64 %ci, %441
  %496 = shl nsw i64 %495, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %497 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02110 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %498 = shl nuw nsw i64 %i2.addr.02110, 5
  %499 = or disjoint i64 %498, %496
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %500 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02109 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %501 = or disjoint i64 %499, %j2.addr.02109
  %502 = getelementptr inbounds float, ptr %hs, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = or disjoint i64 %501, 256
  %505 = getelementptr inbounds float, ptr %hs, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = or disjoint i64 %501, 32
  %508 = getelementptr inbounds float, ptr %hs, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = or disjoint i64 %501, 288
  %511 = getelementptr inbounds float, ptr %hs, i64 %510
  %512 = load <16 x float>, ptr %511, align 4
  %513 = or disjoint i64 %501, 64
  %514 = getelementptr inbounds float, ptr %hs, i64 %513
  %515 = load <16 x float>, ptr %514, align 4
  %516 = or disjoint i64 %501, 320
  %517 = getelementptr inbounds float, ptr %hs, i64 %516
  %518 = load <16 x float>, ptr %517, align 4
  %519 = or disjoint i64 %501, 96
  %520 = getelementptr inbounds float, ptr %hs, i64 %519
  %521 = load <16 x float>, ptr %520, align 4
  %522 = or disjoint i64 %501, 352
  %523 = getelementptr inbounds float, ptr %hs, i64 %522
  %524 = load <16 x float>, ptr %523, align 4
  %525 = or disjoint i64 %501, 128
  %526 = getelementptr inbounds float, ptr %hs, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = or disjoint i64 %501, 384
  %529 = getelementptr inbounds float, ptr %hs, i64 %528
  %530 = load <16 x float>, ptr %529, align 4
  %531 = or disjoint i64 %501, 160
  %532 = getelementptr inbounds float, ptr %hs, i64 %531
  %533 = load <16 x float>, ptr %532, align 4
  %534 = or disjoint i64 %501, 416
  %535 = getelementptr inbounds float, ptr %hs, i64 %534
  %536 = load <16 x float>, ptr %535, align 4
  %537 = or disjoint i64 %501, 192
  %538 = getelementptr inbounds float, ptr %hs, i64 %537
  %539 = load <16 x float>, ptr %538, align 4
  %540 = or disjoint i64 %501, 448
  %541 = getelementptr inbounds float, ptr %hs, i64 %540
  %542 = load <16 x float>, ptr %541, align 4
  %543 = or disjoint i64 %501, 224
  %544 = getelementptr inbounds float, ptr %hs, i64 %543
  %545 = load <16 x float>, ptr %544, align 4
  %546 = or disjoint i64 %501, 480
  %547 = getelementptr inbounds float, ptr %hs, i64 %546
  %548 = load <16 x float>, ptr %547, align 4
  %549 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %550 = shufflevector <16 x float> %527, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %551 = shufflevector <16 x float> %509, <16 x float> %512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %552 = shufflevector <16 x float> %533, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %553 = shufflevector <16 x float> %515, <16 x float> %518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %554 = shufflevector <16 x float> %539, <16 x float> %542, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %555 = shufflevector <16 x float> %521, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %556 = shufflevector <16 x float> %545, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %557 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %527, <16 x float> %530, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %559 = shufflevector <16 x float> %509, <16 x float> %512, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %560 = shufflevector <16 x float> %533, <16 x float> %536, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %561 = shufflevector <16 x float> %515, <16 x float> %518, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %562 = shufflevector <16 x float> %539, <16 x float> %542, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %563 = shufflevector <16 x float> %521, <16 x float> %524, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %564 = shufflevector <16 x float> %545, <16 x float> %548, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %565 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %566 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %567 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %568 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %569 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %570 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %571 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %572 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %573 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %574 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %575 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %576 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %577 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %578 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %579 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %580 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %581 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %582 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %583 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %584 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %585 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %586 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %587 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %588 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %589 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %590 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %591 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %592 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %593 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %594 = shufflevector <16 x float> %579, <16 x float> %580, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %595 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %596 = shufflevector <16 x float> %579, <16 x float> %580, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %597 = shufflevector <16 x float> %581, <16 x float> %582, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %598 = shl nuw nsw i64 %j2.addr.02109, 5
  %599 = or disjoint i64 %598, %i2.addr.02110
  %600 = or disjoint i64 %599, 1024
  %601 = getelementptr inbounds float, ptr %Bk, i64 %600
  store <16 x float> %597, ptr %601, align 4
  %602 = shufflevector <16 x float> %581, <16 x float> %582, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %603 = or disjoint i64 %599, 1056
  %604 = getelementptr inbounds float, ptr %Bk, i64 %603
  store <16 x float> %602, ptr %604, align 4
  %605 = shufflevector <16 x float> %583, <16 x float> %584, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %606 = or disjoint i64 %599, 1088
  %607 = getelementptr inbounds float, ptr %Bk, i64 %606
  store <16 x float> %605, ptr %607, align 4
  %608 = shufflevector <16 x float> %583, <16 x float> %584, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %609 = or disjoint i64 %599, 1120
  %610 = getelementptr inbounds float, ptr %Bk, i64 %609
  store <16 x float> %608, ptr %610, align 4
  %611 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %612 = or disjoint i64 %599, 1152
  %613 = getelementptr inbounds float, ptr %Bk, i64 %612
  store <16 x float> %611, ptr %613, align 4
  %614 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %615 = or disjoint i64 %599, 1184
  %616 = getelementptr inbounds float, ptr %Bk, i64 %615
  store <16 x float> %614, ptr %616, align 4
  %617 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %618 = or disjoint i64 %599, 1216
  %619 = getelementptr inbounds float, ptr %Bk, i64 %618
  store <16 x float> %617, ptr %619, align 4
  %620 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %621 = or disjoint i64 %599, 1248
  %622 = getelementptr inbounds float, ptr %Bk, i64 %621
  store <16 x float> %620, ptr %622, align 4
  %623 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %624 = or disjoint i64 %599, 1280
  %625 = getelementptr inbounds float, ptr %Bk, i64 %624
  store <16 x float> %623, ptr %625, align 4
  %626 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %627 = or disjoint i64 %599, 1312
  %628 = getelementptr inbounds float, ptr %Bk, i64 %627
  store <16 x float> %626, ptr %628, align 4
  %629 = shufflevector <16 x float> %591, <16 x float> %592, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %630 = or disjoint i64 %599, 1344
  %631 = getelementptr inbounds float, ptr %Bk, i64 %630
  store <16 x float> %629, ptr %631, align 4
  %632 = shufflevector <16 x float> %591, <16 x float> %592, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %633 = or disjoint i64 %599, 1376
  %634 = getelementptr inbounds float, ptr %Bk, i64 %633
  store <16 x float> %632, ptr %634, align 4
  %635 = shufflevector <16 x float> %593, <16 x float> %594, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %636 = or disjoint i64 %599, 1408
  %637 = getelementptr inbounds float, ptr %Bk, i64 %636
  store <16 x float> %635, ptr %637, align 4
  %638 = shufflevector <16 x float> %593, <16 x float> %594, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %639 = or disjoint i64 %599, 1440
  %640 = getelementptr inbounds float, ptr %Bk, i64 %639
  store <16 x float> %638, ptr %640, align 4
  %641 = shufflevector <16 x float> %595, <16 x float> %596, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %642 = or disjoint i64 %599, 1472
  %643 = getelementptr inbounds float, ptr %Bk, i64 %642
  store <16 x float> %641, ptr %643, align 4
  %644 = shufflevector <16 x float> %595, <16 x float> %596, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %645 = or disjoint i64 %599, 1504
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  store <16 x float> %644, ptr %646, align 4
  br i1 %500, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %497, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %647 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02112 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %648 = shl nuw nsw i64 %i3.addr.02112, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %649 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02111 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %650 = or disjoint i64 %j3.addr.02111, %648
  %651 = or disjoint i64 %650, 32
  %652 = getelementptr inbounds float, ptr %work, i64 %651
  %653 = load <16 x float>, ptr %652, align 4
  %654 = or disjoint i64 %650, 544
  %655 = getelementptr inbounds float, ptr %work, i64 %654
  %656 = load <16 x float>, ptr %655, align 4
  %657 = or disjoint i64 %650, 96
  %658 = getelementptr inbounds float, ptr %work, i64 %657
  %659 = load <16 x float>, ptr %658, align 4
  %660 = or disjoint i64 %650, 608
  %661 = getelementptr inbounds float, ptr %work, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = or disjoint i64 %650, 160
  %664 = getelementptr inbounds float, ptr %work, i64 %663
  %665 = load <16 x float>, ptr %664, align 4
  %666 = or disjoint i64 %650, 672
  %667 = getelementptr inbounds float, ptr %work, i64 %666
  %668 = load <16 x float>, ptr %667, align 4
  %669 = or disjoint i64 %650, 224
  %670 = getelementptr inbounds float, ptr %work, i64 %669
  %671 = load <16 x float>, ptr %670, align 4
  %672 = or disjoint i64 %650, 736
  %673 = getelementptr inbounds float, ptr %work, i64 %672
  %674 = load <16 x float>, ptr %673, align 4
  %675 = or disjoint i64 %650, 288
  %676 = getelementptr inbounds float, ptr %work, i64 %675
  %677 = load <16 x float>, ptr %676, align 4
  %678 = or disjoint i64 %650, 800
  %679 = getelementptr inbounds float, ptr %work, i64 %678
  %680 = load <16 x float>, ptr %679, align 4
  %681 = or disjoint i64 %650, 352
  %682 = getelementptr inbounds float, ptr %work, i64 %681
  %683 = load <16 x float>, ptr %682, align 4
  %684 = or disjoint i64 %650, 864
  %685 = getelementptr inbounds float, ptr %work, i64 %684
  %686 = load <16 x float>, ptr %685, align 4
  %687 = or disjoint i64 %650, 416
  %688 = getelementptr inbounds float, ptr %work, i64 %687
  %689 = load <16 x float>, ptr %688, align 4
  %690 = or disjoint i64 %650, 928
  %691 = getelementptr inbounds float, ptr %work, i64 %690
  %692 = load <16 x float>, ptr %691, align 4
  %693 = or disjoint i64 %650, 480
  %694 = getelementptr inbounds float, ptr %work, i64 %693
  %695 = load <16 x float>, ptr %694, align 4
  %696 = or disjoint i64 %650, 992
  %697 = getelementptr inbounds float, ptr %work, i64 %696
  %698 = load <16 x float>, ptr %697, align 4
  %699 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %700 = shufflevector <16 x float> %677, <16 x float> %680, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %701 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %702 = shufflevector <16 x float> %683, <16 x float> %686, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %703 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %704 = shufflevector <16 x float> %689, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %705 = shufflevector <16 x float> %671, <16 x float> %674, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %706 = shufflevector <16 x float> %695, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %707 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %708 = shufflevector <16 x float> %677, <16 x float> %680, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %709 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %710 = shufflevector <16 x float> %683, <16 x float> %686, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %711 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %712 = shufflevector <16 x float> %689, <16 x float> %692, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %713 = shufflevector <16 x float> %671, <16 x float> %674, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %714 = shufflevector <16 x float> %695, <16 x float> %698, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %715 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %716 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %717 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %718 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %719 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %720 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %721 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %722 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %723 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %724 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %725 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %726 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %727 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %728 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %729 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %730 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %731 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %732 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %733 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %734 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %735 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %736 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %737 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %738 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %739 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %740 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %741 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %742 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %743 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %744 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %745 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %746 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %747 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %748 = shl nuw nsw i64 %j3.addr.02111, 5
  %749 = or disjoint i64 %748, %i3.addr.02112
  %750 = getelementptr inbounds float, ptr %Bk, i64 %749
  store <16 x float> %747, ptr %750, align 4
  %751 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %752 = or disjoint i64 %749, 32
  %753 = getelementptr inbounds float, ptr %Bk, i64 %752
  store <16 x float> %751, ptr %753, align 4
  %754 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %755 = or disjoint i64 %749, 64
  %756 = getelementptr inbounds float, ptr %Bk, i64 %755
  store <16 x float> %754, ptr %756, align 4
  %757 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %758 = or disjoint i64 %749, 96
  %759 = getelementptr inbounds float, ptr %Bk, i64 %758
  store <16 x float> %757, ptr %759, align 4
  %760 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %761 = or disjoint i64 %749, 128
  %762 = getelementptr inbounds float, ptr %Bk, i64 %761
  store <16 x float> %760, ptr %762, align 4
  %763 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %764 = or disjoint i64 %749, 160
  %765 = getelementptr inbounds float, ptr %Bk, i64 %764
  store <16 x float> %763, ptr %765, align 4
  %766 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %767 = or disjoint i64 %749, 192
  %768 = getelementptr inbounds float, ptr %Bk, i64 %767
  store <16 x float> %766, ptr %768, align 4
  %769 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %770 = or disjoint i64 %749, 224
  %771 = getelementptr inbounds float, ptr %Bk, i64 %770
  store <16 x float> %769, ptr %771, align 4
  %772 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %773 = or disjoint i64 %749, 256
  %774 = getelementptr inbounds float, ptr %Bk, i64 %773
  store <16 x float> %772, ptr %774, align 4
  %775 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %776 = or disjoint i64 %749, 288
  %777 = getelementptr inbounds float, ptr %Bk, i64 %776
  store <16 x float> %775, ptr %777, align 4
  %778 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %779 = or disjoint i64 %749, 320
  %780 = getelementptr inbounds float, ptr %Bk, i64 %779
  store <16 x float> %778, ptr %780, align 4
  %781 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %782 = or disjoint i64 %749, 352
  %783 = getelementptr inbounds float, ptr %Bk, i64 %782
  store <16 x float> %781, ptr %783, align 4
  %784 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %785 = or disjoint i64 %749, 384
  %786 = getelementptr inbounds float, ptr %Bk, i64 %785
  store <16 x float> %784, ptr %786, align 4
  %787 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %788 = or disjoint i64 %749, 416
  %789 = getelementptr inbounds float, ptr %Bk, i64 %788
  store <16 x float> %787, ptr %789, align 4
  %790 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %791 = or disjoint i64 %749, 448
  %792 = getelementptr inbounds float, ptr %Bk, i64 %791
  store <16 x float> %790, ptr %792, align 4
  %793 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %794 = or disjoint i64 %749, 480
  %795 = getelementptr inbounds float, ptr %Bk, i64 %794
  store <16 x float> %793, ptr %795, align 4
  br i1 %649, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %647, label %j3.head.preheader, label %t.head.preheader.preheader

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
  %796 = getelementptr i8, ptr %452, i64 %459
  br label %t1.body

t1.body:                                          ; preds = %t.head.preheader.preheader, %endif
  %t1.addr.02130 = phi i64 [ %t1.next, %endif ], [ 0, %t.head.preheader.preheader ]
  %797 = shl nuw nsw i64 %t1.addr.02130, 8
  %gep2835 = getelementptr i8, ptr %invariant.gep, i64 %797
  %gep2837 = getelementptr i8, ptr %invariant.gep2836, i64 %797
  %gep2839 = getelementptr i8, ptr %invariant.gep2838, i64 %797
  %gep2841 = getelementptr i8, ptr %invariant.gep2840, i64 %797
  %798 = shl nuw nsw i64 %t1.addr.02130, 7
  %gep2843 = getelementptr i8, ptr %invariant.gep2842, i64 %798
  %799 = icmp sgt i64 %463, %t1.addr.02130
  br i1 %799, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep2845 = getelementptr i8, ptr %invariant.gep2844, i64 %798
  %gep2847 = getelementptr i8, ptr %invariant.gep2846, i64 %798
  %gep2849 = getelementptr i8, ptr %invariant.gep2848, i64 %797
  %gep2851 = getelementptr i8, ptr %invariant.gep2850, i64 %797
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2845, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2847, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2843, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02130, 1
  %800 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %800, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2841, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2849, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2839, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %801 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %801, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2837, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2851, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2835, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %802 = mul i64 %28, %t1.addr.02130
  %scevgep2570 = getelementptr i8, ptr %796, i64 %802
  %803 = mul i64 %33, %t1.addr.02130
  %804 = add i64 %458, %803
  %scevgep2572 = getelementptr i8, ptr %k, i64 %804
  %scevgep2574 = getelementptr i8, ptr %v, i64 %804
  %805 = add i64 %457, %803
  %scevgep2576 = getelementptr i8, ptr %k, i64 %805
  %scevgep2578 = getelementptr i8, ptr %v, i64 %805
  %806 = add nuw nsw i64 %t1.addr.02130, %t0
  %807 = mul nsw i64 %806, %sq
  %808 = shl nuw nsw i64 %t1.addr.02130, 5
  %809 = getelementptr float, ptr %qh, i64 %807
  %810 = load <16 x float>, ptr %809, align 4
  %811 = fmul <16 x float> %810, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %812 = or disjoint i64 %808, 2048
  %813 = getelementptr inbounds float, ptr %Bk, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = getelementptr inbounds float, ptr %QK, i64 %808
  store <16 x float> %811, ptr %814, align 4
  %815 = getelementptr float, ptr %453, i64 %807
  %816 = load <16 x float>, ptr %815, align 4
  %817 = fmul <16 x float> %816, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %818 = or disjoint i64 %808, 16
  %819 = or i64 %808, 2064
  %820 = getelementptr inbounds float, ptr %Bk, i64 %819
  store <16 x float> %817, ptr %820, align 4
  %821 = getelementptr inbounds float, ptr %QK, i64 %818
  store <16 x float> %817, ptr %821, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2843, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2570, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02130, 1
  %822 = or disjoint i64 %t1.addr.02130, %t0
  %tau = shl nsw i64 %822, 1
  %823 = mul nsw i64 %tau, %H
  %824 = getelementptr inbounds float, ptr %betah, i64 %823
  %825 = load float, ptr %824, align 4
  %826 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %825, ptr %826, align 4
  %827 = mul nsw i64 %tau, %sq
  %828 = shl nuw nsw i64 %t1.addr.02130, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2841, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2572, i64 128, i1 false)
  %829 = getelementptr float, ptr %kh, i64 %827
  %830 = load <16 x float>, ptr %829, align 4
  %831 = fneg <16 x float> %830
  %gep2853 = getelementptr inbounds float, ptr %invariant.gep2852, i64 %828
  store <16 x float> %831, ptr %gep2853, align 4
  %832 = getelementptr float, ptr %454, i64 %827
  %833 = load <16 x float>, ptr %832, align 4
  %834 = fneg <16 x float> %833
  %gep2855 = getelementptr inbounds float, ptr %invariant.gep2854, i64 %828
  store <16 x float> %834, ptr %gep2855, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2839, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2574, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %835 = mul nsw i64 %tau1, %H
  %836 = getelementptr inbounds float, ptr %betah, i64 %835
  %837 = load float, ptr %836, align 4
  %838 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %837, ptr %838, align 4
  %839 = mul nsw i64 %tau1, %sq
  %840 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2837, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2576, i64 128, i1 false)
  %841 = getelementptr float, ptr %kh, i64 %839
  %842 = load <16 x float>, ptr %841, align 4
  %843 = fneg <16 x float> %842
  %gep2857 = getelementptr inbounds float, ptr %invariant.gep2856, i64 %840
  store <16 x float> %843, ptr %gep2857, align 4
  %844 = getelementptr float, ptr %454, i64 %839
  %845 = load <16 x float>, ptr %844, align 4
  %846 = fneg <16 x float> %845
  %gep2859 = getelementptr inbounds float, ptr %invariant.gep2858, i64 %840
  store <16 x float> %846, ptr %gep2859, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2835, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2578, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02130, 1
  %exitcond2579.not = icmp eq i64 %t1.next, 8
  br i1 %exitcond2579.not, label %j16.body, label %t1.body

j16.body:                                         ; preds = %endif, %j16.body
  %847 = phi i1 [ false, %j16.body ], [ true, %endif ]
  %j16.addr.02131 = phi i64 [ 16, %j16.body ], [ 0, %endif ]
  %848 = or disjoint i64 %j16.addr.02131, 2304
  %849 = getelementptr inbounds float, ptr %Bk, i64 %848
  %850 = load <16 x float>, ptr %849, align 4
  %851 = or disjoint i64 %j16.addr.02131, 2560
  %852 = getelementptr inbounds float, ptr %Bk, i64 %851
  %853 = load <16 x float>, ptr %852, align 4
  %854 = or disjoint i64 %j16.addr.02131, 2336
  %855 = getelementptr inbounds float, ptr %Bk, i64 %854
  %856 = load <16 x float>, ptr %855, align 4
  %857 = or disjoint i64 %j16.addr.02131, 2592
  %858 = getelementptr inbounds float, ptr %Bk, i64 %857
  %859 = load <16 x float>, ptr %858, align 4
  %860 = or disjoint i64 %j16.addr.02131, 2368
  %861 = getelementptr inbounds float, ptr %Bk, i64 %860
  %862 = load <16 x float>, ptr %861, align 4
  %863 = or disjoint i64 %j16.addr.02131, 2624
  %864 = getelementptr inbounds float, ptr %Bk, i64 %863
  %865 = load <16 x float>, ptr %864, align 4
  %866 = or disjoint i64 %j16.addr.02131, 2400
  %867 = getelementptr inbounds float, ptr %Bk, i64 %866
  %868 = load <16 x float>, ptr %867, align 4
  %869 = or disjoint i64 %j16.addr.02131, 2656
  %870 = getelementptr inbounds float, ptr %Bk, i64 %869
  %871 = load <16 x float>, ptr %870, align 4
  %872 = or disjoint i64 %j16.addr.02131, 2432
  %873 = getelementptr inbounds float, ptr %Bk, i64 %872
  %874 = load <16 x float>, ptr %873, align 4
  %875 = or disjoint i64 %j16.addr.02131, 2688
  %876 = getelementptr inbounds float, ptr %Bk, i64 %875
  %877 = load <16 x float>, ptr %876, align 4
  %878 = or disjoint i64 %j16.addr.02131, 2464
  %879 = getelementptr inbounds float, ptr %Bk, i64 %878
  %880 = load <16 x float>, ptr %879, align 4
  %881 = or disjoint i64 %j16.addr.02131, 2720
  %882 = getelementptr inbounds float, ptr %Bk, i64 %881
  %883 = load <16 x float>, ptr %882, align 4
  %884 = or disjoint i64 %j16.addr.02131, 2496
  %885 = getelementptr inbounds float, ptr %Bk, i64 %884
  %886 = load <16 x float>, ptr %885, align 4
  %887 = or disjoint i64 %j16.addr.02131, 2752
  %888 = getelementptr inbounds float, ptr %Bk, i64 %887
  %889 = load <16 x float>, ptr %888, align 4
  %890 = or disjoint i64 %j16.addr.02131, 2528
  %891 = getelementptr inbounds float, ptr %Bk, i64 %890
  %892 = load <16 x float>, ptr %891, align 4
  %893 = or disjoint i64 %j16.addr.02131, 2784
  %894 = getelementptr inbounds float, ptr %Bk, i64 %893
  %895 = load <16 x float>, ptr %894, align 4
  %896 = shufflevector <16 x float> %850, <16 x float> %853, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %897 = shufflevector <16 x float> %874, <16 x float> %877, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %898 = shufflevector <16 x float> %856, <16 x float> %859, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %899 = shufflevector <16 x float> %880, <16 x float> %883, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %900 = shufflevector <16 x float> %862, <16 x float> %865, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %901 = shufflevector <16 x float> %886, <16 x float> %889, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %902 = shufflevector <16 x float> %868, <16 x float> %871, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %903 = shufflevector <16 x float> %892, <16 x float> %895, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %904 = shufflevector <16 x float> %850, <16 x float> %853, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %905 = shufflevector <16 x float> %874, <16 x float> %877, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %906 = shufflevector <16 x float> %856, <16 x float> %859, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %907 = shufflevector <16 x float> %880, <16 x float> %883, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %908 = shufflevector <16 x float> %862, <16 x float> %865, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %909 = shufflevector <16 x float> %886, <16 x float> %889, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %910 = shufflevector <16 x float> %868, <16 x float> %871, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %911 = shufflevector <16 x float> %892, <16 x float> %895, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %912 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %913 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %914 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %915 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %916 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %917 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %918 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %919 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %920 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %921 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %922 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %923 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %924 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %925 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %926 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %927 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %928 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %929 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %930 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %931 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %932 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %933 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %934 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %935 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %936 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %937 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %938 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %939 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %940 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %941 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %942 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %943 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %944 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2085 = shl nuw nsw i64 %j16.addr.02131, 6
  %945 = getelementptr inbounds i8, ptr %KT, i64 %.idx2085
  store <16 x float> %944, ptr %945, align 4
  %946 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %947 = shl nuw nsw i64 %j16.addr.02131, 4
  %948 = or disjoint i64 %947, 16
  %949 = getelementptr inbounds float, ptr %KT, i64 %948
  store <16 x float> %946, ptr %949, align 4
  %950 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %951 = or disjoint i64 %947, 32
  %952 = getelementptr inbounds float, ptr %KT, i64 %951
  store <16 x float> %950, ptr %952, align 4
  %953 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %954 = or disjoint i64 %947, 48
  %955 = getelementptr inbounds float, ptr %KT, i64 %954
  store <16 x float> %953, ptr %955, align 4
  %956 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %957 = or disjoint i64 %947, 64
  %958 = getelementptr inbounds float, ptr %KT, i64 %957
  store <16 x float> %956, ptr %958, align 4
  %959 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %960 = or disjoint i64 %947, 80
  %961 = getelementptr inbounds float, ptr %KT, i64 %960
  store <16 x float> %959, ptr %961, align 4
  %962 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %963 = or disjoint i64 %947, 96
  %964 = getelementptr inbounds float, ptr %KT, i64 %963
  store <16 x float> %962, ptr %964, align 4
  %965 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %966 = or disjoint i64 %947, 112
  %967 = getelementptr inbounds float, ptr %KT, i64 %966
  store <16 x float> %965, ptr %967, align 4
  %968 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %969 = or disjoint i64 %947, 128
  %970 = getelementptr inbounds float, ptr %KT, i64 %969
  store <16 x float> %968, ptr %970, align 4
  %971 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %972 = or disjoint i64 %947, 144
  %973 = getelementptr inbounds float, ptr %KT, i64 %972
  store <16 x float> %971, ptr %973, align 4
  %974 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %975 = or disjoint i64 %947, 160
  %976 = getelementptr inbounds float, ptr %KT, i64 %975
  store <16 x float> %974, ptr %976, align 4
  %977 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %978 = or disjoint i64 %947, 176
  %979 = getelementptr inbounds float, ptr %KT, i64 %978
  store <16 x float> %977, ptr %979, align 4
  %980 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %981 = or disjoint i64 %947, 192
  %982 = getelementptr inbounds float, ptr %KT, i64 %981
  store <16 x float> %980, ptr %982, align 4
  %983 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %984 = or disjoint i64 %947, 208
  %985 = getelementptr inbounds float, ptr %KT, i64 %984
  store <16 x float> %983, ptr %985, align 4
  %986 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %987 = or disjoint i64 %947, 224
  %988 = getelementptr inbounds float, ptr %KT, i64 %987
  store <16 x float> %986, ptr %988, align 4
  %989 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %990 = or disjoint i64 %947, 240
  %991 = getelementptr inbounds float, ptr %KT, i64 %990
  store <16 x float> %989, ptr %991, align 4
  br i1 %847, label %j16.body, label %j17.body.preheader

j17.body.preheader:                               ; preds = %j16.body
  %992 = load <8 x float>, ptr %50, align 4
  %993 = load <8 x float>, ptr %51, align 4
  %994 = load <8 x float>, ptr %52, align 4
  %995 = load <8 x float>, ptr %53, align 4
  %996 = load <8 x float>, ptr %54, align 4
  %997 = load <8 x float>, ptr %55, align 4
  %998 = load <8 x float>, ptr %56, align 4
  %999 = load <8 x float>, ptr %57, align 4
  %1000 = shufflevector <8 x float> %992, <8 x float> %993, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1001 = shufflevector <8 x float> %996, <8 x float> %997, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1002 = shufflevector <8 x float> %994, <8 x float> %995, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1003 = shufflevector <8 x float> %998, <8 x float> %999, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1004 = shufflevector <8 x float> %992, <8 x float> %993, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1005 = shufflevector <8 x float> %996, <8 x float> %997, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1006 = shufflevector <8 x float> %994, <8 x float> %995, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1007 = shufflevector <8 x float> %998, <8 x float> %999, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1008 = shufflevector <8 x float> %1000, <8 x float> %1001, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1009 = shufflevector <8 x float> %1002, <8 x float> %1003, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1010 = shufflevector <8 x float> %1000, <8 x float> %1001, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1011 = shufflevector <8 x float> %1002, <8 x float> %1003, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1012 = shufflevector <8 x float> %1004, <8 x float> %1005, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1013 = shufflevector <8 x float> %1006, <8 x float> %1007, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1014 = shufflevector <8 x float> %1004, <8 x float> %1005, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1015 = shufflevector <8 x float> %1006, <8 x float> %1007, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1016 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1016, ptr %QcT, align 4
  %1017 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1017, ptr %58, align 4
  %1018 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1018, ptr %59, align 4
  %1019 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1019, ptr %60, align 4
  %1020 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1020, ptr %61, align 4
  %1021 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1021, ptr %62, align 4
  %1022 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1022, ptr %63, align 4
  %1023 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1023, ptr %64, align 4
  %1024 = load <8 x float>, ptr %65, align 4
  %1025 = load <8 x float>, ptr %66, align 4
  %1026 = load <8 x float>, ptr %67, align 4
  %1027 = load <8 x float>, ptr %68, align 4
  %1028 = load <8 x float>, ptr %69, align 4
  %1029 = load <8 x float>, ptr %70, align 4
  %1030 = load <8 x float>, ptr %71, align 4
  %1031 = load <8 x float>, ptr %72, align 4
  %1032 = shufflevector <8 x float> %1024, <8 x float> %1025, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1033 = shufflevector <8 x float> %1028, <8 x float> %1029, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1034 = shufflevector <8 x float> %1026, <8 x float> %1027, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1035 = shufflevector <8 x float> %1030, <8 x float> %1031, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1036 = shufflevector <8 x float> %1024, <8 x float> %1025, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1037 = shufflevector <8 x float> %1028, <8 x float> %1029, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1038 = shufflevector <8 x float> %1026, <8 x float> %1027, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1039 = shufflevector <8 x float> %1030, <8 x float> %1031, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1040 = shufflevector <8 x float> %1032, <8 x float> %1033, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1041 = shufflevector <8 x float> %1034, <8 x float> %1035, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1042 = shufflevector <8 x float> %1032, <8 x float> %1033, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1043 = shufflevector <8 x float> %1034, <8 x float> %1035, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1044 = shufflevector <8 x float> %1036, <8 x float> %1037, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1045 = shufflevector <8 x float> %1038, <8 x float> %1039, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1046 = shufflevector <8 x float> %1036, <8 x float> %1037, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1047 = shufflevector <8 x float> %1038, <8 x float> %1039, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1048 = shufflevector <8 x float> %1040, <8 x float> %1041, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1048, ptr %73, align 4
  %1049 = shufflevector <8 x float> %1040, <8 x float> %1041, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1049, ptr %74, align 4
  %1050 = shufflevector <8 x float> %1042, <8 x float> %1043, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1050, ptr %75, align 4
  %1051 = shufflevector <8 x float> %1042, <8 x float> %1043, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1051, ptr %76, align 4
  %1052 = shufflevector <8 x float> %1044, <8 x float> %1045, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1052, ptr %77, align 4
  %1053 = shufflevector <8 x float> %1044, <8 x float> %1045, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1053, ptr %78, align 4
  %1054 = shufflevector <8 x float> %1046, <8 x float> %1047, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1054, ptr %79, align 4
  %1055 = shufflevector <8 x float> %1046, <8 x float> %1047, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1055, ptr %80, align 4
  %1056 = load <8 x float>, ptr %81, align 4
  %1057 = load <8 x float>, ptr %82, align 4
  %1058 = load <8 x float>, ptr %83, align 4
  %1059 = load <8 x float>, ptr %84, align 4
  %1060 = load <8 x float>, ptr %85, align 4
  %1061 = load <8 x float>, ptr %86, align 4
  %1062 = load <8 x float>, ptr %87, align 4
  %1063 = load <8 x float>, ptr %88, align 4
  %1064 = shufflevector <8 x float> %1056, <8 x float> %1057, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1065 = shufflevector <8 x float> %1060, <8 x float> %1061, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1066 = shufflevector <8 x float> %1058, <8 x float> %1059, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1067 = shufflevector <8 x float> %1062, <8 x float> %1063, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1068 = shufflevector <8 x float> %1056, <8 x float> %1057, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1069 = shufflevector <8 x float> %1060, <8 x float> %1061, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1070 = shufflevector <8 x float> %1058, <8 x float> %1059, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1071 = shufflevector <8 x float> %1062, <8 x float> %1063, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1072 = shufflevector <8 x float> %1064, <8 x float> %1065, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1073 = shufflevector <8 x float> %1066, <8 x float> %1067, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1074 = shufflevector <8 x float> %1064, <8 x float> %1065, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1075 = shufflevector <8 x float> %1066, <8 x float> %1067, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1076 = shufflevector <8 x float> %1068, <8 x float> %1069, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1077 = shufflevector <8 x float> %1070, <8 x float> %1071, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1078 = shufflevector <8 x float> %1068, <8 x float> %1069, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1079 = shufflevector <8 x float> %1070, <8 x float> %1071, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1080 = shufflevector <8 x float> %1072, <8 x float> %1073, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1080, ptr %89, align 4
  %1081 = shufflevector <8 x float> %1072, <8 x float> %1073, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1081, ptr %90, align 4
  %1082 = shufflevector <8 x float> %1074, <8 x float> %1075, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1082, ptr %91, align 4
  %1083 = shufflevector <8 x float> %1074, <8 x float> %1075, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1083, ptr %92, align 4
  %1084 = shufflevector <8 x float> %1076, <8 x float> %1077, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1084, ptr %93, align 4
  %1085 = shufflevector <8 x float> %1076, <8 x float> %1077, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1085, ptr %94, align 4
  %1086 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1086, ptr %95, align 4
  %1087 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1087, ptr %96, align 4
  %1088 = load <8 x float>, ptr %97, align 4
  %1089 = load <8 x float>, ptr %98, align 4
  %1090 = load <8 x float>, ptr %99, align 4
  %1091 = load <8 x float>, ptr %100, align 4
  %1092 = load <8 x float>, ptr %101, align 4
  %1093 = load <8 x float>, ptr %102, align 4
  %1094 = load <8 x float>, ptr %103, align 4
  %1095 = load <8 x float>, ptr %104, align 4
  %1096 = shufflevector <8 x float> %1088, <8 x float> %1089, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1097 = shufflevector <8 x float> %1092, <8 x float> %1093, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1098 = shufflevector <8 x float> %1090, <8 x float> %1091, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1099 = shufflevector <8 x float> %1094, <8 x float> %1095, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1100 = shufflevector <8 x float> %1088, <8 x float> %1089, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1101 = shufflevector <8 x float> %1092, <8 x float> %1093, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1102 = shufflevector <8 x float> %1090, <8 x float> %1091, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1103 = shufflevector <8 x float> %1094, <8 x float> %1095, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1104 = shufflevector <8 x float> %1096, <8 x float> %1097, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1105 = shufflevector <8 x float> %1098, <8 x float> %1099, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1106 = shufflevector <8 x float> %1096, <8 x float> %1097, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1107 = shufflevector <8 x float> %1098, <8 x float> %1099, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1108 = shufflevector <8 x float> %1100, <8 x float> %1101, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1109 = shufflevector <8 x float> %1102, <8 x float> %1103, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1110 = shufflevector <8 x float> %1100, <8 x float> %1101, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1111 = shufflevector <8 x float> %1102, <8 x float> %1103, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1112 = shufflevector <8 x float> %1104, <8 x float> %1105, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1112, ptr %105, align 4
  %1113 = shufflevector <8 x float> %1104, <8 x float> %1105, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1113, ptr %106, align 4
  %1114 = shufflevector <8 x float> %1106, <8 x float> %1107, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1114, ptr %107, align 4
  %1115 = shufflevector <8 x float> %1106, <8 x float> %1107, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1115, ptr %108, align 4
  %1116 = shufflevector <8 x float> %1108, <8 x float> %1109, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1116, ptr %109, align 4
  %1117 = shufflevector <8 x float> %1108, <8 x float> %1109, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1117, ptr %110, align 4
  %1118 = shufflevector <8 x float> %1110, <8 x float> %1111, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1118, ptr %111, align 4
  %1119 = shufflevector <8 x float> %1110, <8 x float> %1111, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1119, ptr %112, align 4
  %1120 = load <8 x float>, ptr %OY, align 4
  %1121 = load <8 x float>, ptr %113, align 4
  %1122 = load <8 x float>, ptr %114, align 4
  %1123 = load <8 x float>, ptr %115, align 4
  %1124 = load <8 x float>, ptr %116, align 4
  %1125 = load <8 x float>, ptr %117, align 4
  %1126 = load <8 x float>, ptr %118, align 4
  %1127 = load <8 x float>, ptr %119, align 4
  %1128 = shufflevector <8 x float> %1120, <8 x float> %1121, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1129 = shufflevector <8 x float> %1124, <8 x float> %1125, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1130 = shufflevector <8 x float> %1122, <8 x float> %1123, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1131 = shufflevector <8 x float> %1126, <8 x float> %1127, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1132 = shufflevector <8 x float> %1120, <8 x float> %1121, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1133 = shufflevector <8 x float> %1124, <8 x float> %1125, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1134 = shufflevector <8 x float> %1122, <8 x float> %1123, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1135 = shufflevector <8 x float> %1126, <8 x float> %1127, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1136 = shufflevector <8 x float> %1128, <8 x float> %1129, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1137 = shufflevector <8 x float> %1130, <8 x float> %1131, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1138 = shufflevector <8 x float> %1128, <8 x float> %1129, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1139 = shufflevector <8 x float> %1130, <8 x float> %1131, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1140 = shufflevector <8 x float> %1132, <8 x float> %1133, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1141 = shufflevector <8 x float> %1134, <8 x float> %1135, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1142 = shufflevector <8 x float> %1132, <8 x float> %1133, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1143 = shufflevector <8 x float> %1134, <8 x float> %1135, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1144 = shufflevector <8 x float> %1136, <8 x float> %1137, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1144, ptr %dOT, align 4
  %1145 = shufflevector <8 x float> %1136, <8 x float> %1137, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1145, ptr %120, align 4
  %1146 = shufflevector <8 x float> %1138, <8 x float> %1139, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1146, ptr %121, align 4
  %1147 = shufflevector <8 x float> %1138, <8 x float> %1139, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1147, ptr %122, align 4
  %1148 = shufflevector <8 x float> %1140, <8 x float> %1141, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1148, ptr %123, align 4
  %1149 = shufflevector <8 x float> %1140, <8 x float> %1141, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1149, ptr %124, align 4
  %1150 = shufflevector <8 x float> %1142, <8 x float> %1143, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1150, ptr %125, align 4
  %1151 = shufflevector <8 x float> %1142, <8 x float> %1143, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1151, ptr %126, align 4
  %1152 = load <8 x float>, ptr %127, align 4
  %1153 = load <8 x float>, ptr %128, align 4
  %1154 = load <8 x float>, ptr %129, align 4
  %1155 = load <8 x float>, ptr %130, align 4
  %1156 = load <8 x float>, ptr %131, align 4
  %1157 = load <8 x float>, ptr %132, align 4
  %1158 = load <8 x float>, ptr %133, align 4
  %1159 = load <8 x float>, ptr %134, align 4
  %1160 = shufflevector <8 x float> %1152, <8 x float> %1153, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1161 = shufflevector <8 x float> %1156, <8 x float> %1157, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1162 = shufflevector <8 x float> %1154, <8 x float> %1155, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1163 = shufflevector <8 x float> %1158, <8 x float> %1159, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1164 = shufflevector <8 x float> %1152, <8 x float> %1153, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1165 = shufflevector <8 x float> %1156, <8 x float> %1157, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1166 = shufflevector <8 x float> %1154, <8 x float> %1155, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1167 = shufflevector <8 x float> %1158, <8 x float> %1159, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1168 = shufflevector <8 x float> %1160, <8 x float> %1161, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1169 = shufflevector <8 x float> %1162, <8 x float> %1163, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1170 = shufflevector <8 x float> %1160, <8 x float> %1161, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1171 = shufflevector <8 x float> %1162, <8 x float> %1163, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1172 = shufflevector <8 x float> %1164, <8 x float> %1165, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1173 = shufflevector <8 x float> %1166, <8 x float> %1167, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1174 = shufflevector <8 x float> %1164, <8 x float> %1165, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1175 = shufflevector <8 x float> %1166, <8 x float> %1167, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1176 = shufflevector <8 x float> %1168, <8 x float> %1169, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1176, ptr %135, align 4
  %1177 = shufflevector <8 x float> %1168, <8 x float> %1169, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1177, ptr %136, align 4
  %1178 = shufflevector <8 x float> %1170, <8 x float> %1171, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1178, ptr %137, align 4
  %1179 = shufflevector <8 x float> %1170, <8 x float> %1171, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1179, ptr %138, align 4
  %1180 = shufflevector <8 x float> %1172, <8 x float> %1173, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1180, ptr %139, align 4
  %1181 = shufflevector <8 x float> %1172, <8 x float> %1173, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1181, ptr %140, align 4
  %1182 = shufflevector <8 x float> %1174, <8 x float> %1175, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1182, ptr %141, align 4
  %1183 = shufflevector <8 x float> %1174, <8 x float> %1175, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1183, ptr %142, align 4
  %1184 = load <8 x float>, ptr %143, align 4
  %1185 = load <8 x float>, ptr %144, align 4
  %1186 = load <8 x float>, ptr %145, align 4
  %1187 = load <8 x float>, ptr %146, align 4
  %1188 = load <8 x float>, ptr %147, align 4
  %1189 = load <8 x float>, ptr %148, align 4
  %1190 = load <8 x float>, ptr %149, align 4
  %1191 = load <8 x float>, ptr %150, align 4
  %1192 = shufflevector <8 x float> %1184, <8 x float> %1185, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1193 = shufflevector <8 x float> %1188, <8 x float> %1189, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1194 = shufflevector <8 x float> %1186, <8 x float> %1187, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1195 = shufflevector <8 x float> %1190, <8 x float> %1191, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1196 = shufflevector <8 x float> %1184, <8 x float> %1185, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1197 = shufflevector <8 x float> %1188, <8 x float> %1189, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1198 = shufflevector <8 x float> %1186, <8 x float> %1187, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1199 = shufflevector <8 x float> %1190, <8 x float> %1191, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1200 = shufflevector <8 x float> %1192, <8 x float> %1193, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1201 = shufflevector <8 x float> %1194, <8 x float> %1195, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1202 = shufflevector <8 x float> %1192, <8 x float> %1193, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1203 = shufflevector <8 x float> %1194, <8 x float> %1195, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1204 = shufflevector <8 x float> %1196, <8 x float> %1197, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1205 = shufflevector <8 x float> %1198, <8 x float> %1199, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1206 = shufflevector <8 x float> %1196, <8 x float> %1197, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1207 = shufflevector <8 x float> %1198, <8 x float> %1199, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1208 = shufflevector <8 x float> %1200, <8 x float> %1201, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1208, ptr %151, align 4
  %1209 = shufflevector <8 x float> %1200, <8 x float> %1201, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1209, ptr %152, align 4
  %1210 = shufflevector <8 x float> %1202, <8 x float> %1203, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1210, ptr %153, align 4
  %1211 = shufflevector <8 x float> %1202, <8 x float> %1203, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1211, ptr %154, align 4
  %1212 = shufflevector <8 x float> %1204, <8 x float> %1205, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1212, ptr %155, align 4
  %1213 = shufflevector <8 x float> %1204, <8 x float> %1205, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1213, ptr %156, align 4
  %1214 = shufflevector <8 x float> %1206, <8 x float> %1207, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1214, ptr %157, align 4
  %1215 = shufflevector <8 x float> %1206, <8 x float> %1207, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1215, ptr %158, align 4
  %1216 = load <8 x float>, ptr %159, align 4
  %1217 = load <8 x float>, ptr %160, align 4
  %1218 = load <8 x float>, ptr %161, align 4
  %1219 = load <8 x float>, ptr %162, align 4
  %1220 = load <8 x float>, ptr %163, align 4
  %1221 = load <8 x float>, ptr %164, align 4
  %1222 = load <8 x float>, ptr %165, align 4
  %1223 = load <8 x float>, ptr %166, align 4
  %1224 = shufflevector <8 x float> %1216, <8 x float> %1217, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1225 = shufflevector <8 x float> %1220, <8 x float> %1221, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1226 = shufflevector <8 x float> %1218, <8 x float> %1219, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1227 = shufflevector <8 x float> %1222, <8 x float> %1223, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1228 = shufflevector <8 x float> %1216, <8 x float> %1217, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1229 = shufflevector <8 x float> %1220, <8 x float> %1221, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1230 = shufflevector <8 x float> %1218, <8 x float> %1219, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1231 = shufflevector <8 x float> %1222, <8 x float> %1223, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1232 = shufflevector <8 x float> %1224, <8 x float> %1225, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1233 = shufflevector <8 x float> %1226, <8 x float> %1227, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1234 = shufflevector <8 x float> %1224, <8 x float> %1225, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1235 = shufflevector <8 x float> %1226, <8 x float> %1227, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1236 = shufflevector <8 x float> %1228, <8 x float> %1229, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1237 = shufflevector <8 x float> %1230, <8 x float> %1231, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1238 = shufflevector <8 x float> %1228, <8 x float> %1229, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1239 = shufflevector <8 x float> %1230, <8 x float> %1231, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1240 = shufflevector <8 x float> %1232, <8 x float> %1233, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1240, ptr %167, align 4
  %1241 = shufflevector <8 x float> %1232, <8 x float> %1233, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1241, ptr %168, align 4
  %1242 = shufflevector <8 x float> %1234, <8 x float> %1235, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1242, ptr %169, align 4
  %1243 = shufflevector <8 x float> %1234, <8 x float> %1235, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1243, ptr %170, align 4
  %1244 = shufflevector <8 x float> %1236, <8 x float> %1237, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1244, ptr %171, align 4
  %1245 = shufflevector <8 x float> %1236, <8 x float> %1237, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1245, ptr %172, align 4
  %1246 = shufflevector <8 x float> %1238, <8 x float> %1239, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1246, ptr %173, align 4
  %1247 = shufflevector <8 x float> %1238, <8 x float> %1239, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1247, ptr %174, align 4
  br label %p3.body

p3.body.1:                                        ; preds = %p3.body.1, %p3.exit
  %acc.02142.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1254, %p3.body.1 ]
  %acc1.02141.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1259, %p3.body.1 ]
  %acc2.02140.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1264, %p3.body.1 ]
  %acc3.02139.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1269, %p3.body.1 ]
  %acc4.02138.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1274, %p3.body.1 ]
  %acc5.02137.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1279, %p3.body.1 ]
  %acc6.02136.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1284, %p3.body.1 ]
  %acc7.02135.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1289, %p3.body.1 ]
  %p3.addr.02134.1 = phi i64 [ 0, %p3.exit ], [ %p3.next.1, %p3.body.1 ]
  %.idx2082.1 = shl nuw nsw i64 %p3.addr.02134.1, 6
  %gep.1 = getelementptr inbounds i8, ptr %KT, i64 %.idx2082.1
  %1248 = load <16 x float>, ptr %gep.1, align 4
  %1249 = getelementptr inbounds float, ptr %Bk, i64 %p3.addr.02134.1
  %1250 = getelementptr inbounds i8, ptr %1249, i64 10240
  %1251 = load float, ptr %1250, align 4
  %1252 = insertelement <16 x float> poison, float %1251, i64 0
  %1253 = shufflevector <16 x float> %1252, <16 x float> poison, <16 x i32> zeroinitializer
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1248, <16 x float> %acc.02142.1)
  %1255 = getelementptr inbounds i8, ptr %1249, i64 10368
  %1256 = load float, ptr %1255, align 4
  %1257 = insertelement <16 x float> poison, float %1256, i64 0
  %1258 = shufflevector <16 x float> %1257, <16 x float> poison, <16 x i32> zeroinitializer
  %1259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1258, <16 x float> %1248, <16 x float> %acc1.02141.1)
  %1260 = getelementptr inbounds i8, ptr %1249, i64 10496
  %1261 = load float, ptr %1260, align 4
  %1262 = insertelement <16 x float> poison, float %1261, i64 0
  %1263 = shufflevector <16 x float> %1262, <16 x float> poison, <16 x i32> zeroinitializer
  %1264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1263, <16 x float> %1248, <16 x float> %acc2.02140.1)
  %1265 = getelementptr inbounds i8, ptr %1249, i64 10624
  %1266 = load float, ptr %1265, align 4
  %1267 = insertelement <16 x float> poison, float %1266, i64 0
  %1268 = shufflevector <16 x float> %1267, <16 x float> poison, <16 x i32> zeroinitializer
  %1269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1268, <16 x float> %1248, <16 x float> %acc3.02139.1)
  %1270 = getelementptr inbounds i8, ptr %1249, i64 10752
  %1271 = load float, ptr %1270, align 4
  %1272 = insertelement <16 x float> poison, float %1271, i64 0
  %1273 = shufflevector <16 x float> %1272, <16 x float> poison, <16 x i32> zeroinitializer
  %1274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1273, <16 x float> %1248, <16 x float> %acc4.02138.1)
  %1275 = getelementptr inbounds i8, ptr %1249, i64 10880
  %1276 = load float, ptr %1275, align 4
  %1277 = insertelement <16 x float> poison, float %1276, i64 0
  %1278 = shufflevector <16 x float> %1277, <16 x float> poison, <16 x i32> zeroinitializer
  %1279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1278, <16 x float> %1248, <16 x float> %acc5.02137.1)
  %1280 = getelementptr inbounds i8, ptr %1249, i64 11008
  %1281 = load float, ptr %1280, align 4
  %1282 = insertelement <16 x float> poison, float %1281, i64 0
  %1283 = shufflevector <16 x float> %1282, <16 x float> poison, <16 x i32> zeroinitializer
  %1284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1283, <16 x float> %1248, <16 x float> %acc6.02136.1)
  %1285 = getelementptr inbounds i8, ptr %1249, i64 11136
  %1286 = load float, ptr %1285, align 4
  %1287 = insertelement <16 x float> poison, float %1286, i64 0
  %1288 = shufflevector <16 x float> %1287, <16 x float> poison, <16 x i32> zeroinitializer
  %1289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1288, <16 x float> %1248, <16 x float> %acc7.02135.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02134.1, 1
  %exitcond2580.1.not = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond2580.1.not, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  store <16 x float> %1254, ptr %182, align 4
  store <16 x float> %1259, ptr %183, align 4
  store <16 x float> %1264, ptr %184, align 4
  store <16 x float> %1269, ptr %185, align 4
  store <16 x float> %1274, ptr %186, align 4
  store <16 x float> %1279, ptr %187, align 4
  store <16 x float> %1284, ptr %188, align 4
  store <16 x float> %1289, ptr %189, align 4
  br label %p4.head.preheader

p3.body:                                          ; preds = %j17.body.preheader, %p3.body
  %acc.02142 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1296, %p3.body ]
  %acc1.02141 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1301, %p3.body ]
  %acc2.02140 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1306, %p3.body ]
  %acc3.02139 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1311, %p3.body ]
  %acc4.02138 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1316, %p3.body ]
  %acc5.02137 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1321, %p3.body ]
  %acc6.02136 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1326, %p3.body ]
  %acc7.02135 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1331, %p3.body ]
  %p3.addr.02134 = phi i64 [ 0, %j17.body.preheader ], [ %p3.next, %p3.body ]
  %.idx2082 = shl nuw nsw i64 %p3.addr.02134, 6
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2082
  %1290 = load <16 x float>, ptr %gep, align 4
  %1291 = getelementptr inbounds float, ptr %Bk, i64 %p3.addr.02134
  %1292 = getelementptr inbounds i8, ptr %1291, i64 9216
  %1293 = load float, ptr %1292, align 4
  %1294 = insertelement <16 x float> poison, float %1293, i64 0
  %1295 = shufflevector <16 x float> %1294, <16 x float> poison, <16 x i32> zeroinitializer
  %1296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1295, <16 x float> %1290, <16 x float> %acc.02142)
  %1297 = getelementptr inbounds i8, ptr %1291, i64 9344
  %1298 = load float, ptr %1297, align 4
  %1299 = insertelement <16 x float> poison, float %1298, i64 0
  %1300 = shufflevector <16 x float> %1299, <16 x float> poison, <16 x i32> zeroinitializer
  %1301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1300, <16 x float> %1290, <16 x float> %acc1.02141)
  %1302 = getelementptr inbounds i8, ptr %1291, i64 9472
  %1303 = load float, ptr %1302, align 4
  %1304 = insertelement <16 x float> poison, float %1303, i64 0
  %1305 = shufflevector <16 x float> %1304, <16 x float> poison, <16 x i32> zeroinitializer
  %1306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1305, <16 x float> %1290, <16 x float> %acc2.02140)
  %1307 = getelementptr inbounds i8, ptr %1291, i64 9600
  %1308 = load float, ptr %1307, align 4
  %1309 = insertelement <16 x float> poison, float %1308, i64 0
  %1310 = shufflevector <16 x float> %1309, <16 x float> poison, <16 x i32> zeroinitializer
  %1311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1290, <16 x float> %acc3.02139)
  %1312 = getelementptr inbounds i8, ptr %1291, i64 9728
  %1313 = load float, ptr %1312, align 4
  %1314 = insertelement <16 x float> poison, float %1313, i64 0
  %1315 = shufflevector <16 x float> %1314, <16 x float> poison, <16 x i32> zeroinitializer
  %1316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1315, <16 x float> %1290, <16 x float> %acc4.02138)
  %1317 = getelementptr inbounds i8, ptr %1291, i64 9856
  %1318 = load float, ptr %1317, align 4
  %1319 = insertelement <16 x float> poison, float %1318, i64 0
  %1320 = shufflevector <16 x float> %1319, <16 x float> poison, <16 x i32> zeroinitializer
  %1321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1320, <16 x float> %1290, <16 x float> %acc5.02137)
  %1322 = getelementptr inbounds i8, ptr %1291, i64 9984
  %1323 = load float, ptr %1322, align 4
  %1324 = insertelement <16 x float> poison, float %1323, i64 0
  %1325 = shufflevector <16 x float> %1324, <16 x float> poison, <16 x i32> zeroinitializer
  %1326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1325, <16 x float> %1290, <16 x float> %acc6.02136)
  %1327 = getelementptr inbounds i8, ptr %1291, i64 10112
  %1328 = load float, ptr %1327, align 4
  %1329 = insertelement <16 x float> poison, float %1328, i64 0
  %1330 = shufflevector <16 x float> %1329, <16 x float> poison, <16 x i32> zeroinitializer
  %1331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1330, <16 x float> %1290, <16 x float> %acc7.02135)
  %p3.next = add nuw nsw i64 %p3.addr.02134, 1
  %exitcond2580.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2580.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1296, ptr %Gm, align 4
  store <16 x float> %1301, ptr %175, align 4
  store <16 x float> %1306, ptr %176, align 4
  store <16 x float> %1311, ptr %177, align 4
  store <16 x float> %1316, ptr %178, align 4
  store <16 x float> %1321, ptr %179, align 4
  store <16 x float> %1326, ptr %180, align 4
  store <16 x float> %1331, ptr %181, align 4
  br label %p3.body.1

p4.head.preheader:                                ; preds = %p3.exit.1, %p4.exit
  %i24.addr.02162 = phi i64 [ %i24.next, %p4.exit ], [ 0, %p3.exit.1 ]
  %.idx = shl nsw i64 %i24.addr.02162, 7
  %invariant.gep2860 = getelementptr inbounds i8, ptr %Bk, i64 %.idx
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02161 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1348, %p4.body ]
  %acc9.02160 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1349, %p4.body ]
  %acc10.02159 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1350, %p4.body ]
  %acc11.02158 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1351, %p4.body ]
  %acc12.02157 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1356, %p4.body ]
  %acc13.02156 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1357, %p4.body ]
  %acc14.02155 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1358, %p4.body ]
  %acc15.02154 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1359, %p4.body ]
  %acc16.02153 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1364, %p4.body ]
  %acc17.02152 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1365, %p4.body ]
  %acc18.02151 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1366, %p4.body ]
  %acc19.02150 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1367, %p4.body ]
  %acc20.02149 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1372, %p4.body ]
  %acc21.02148 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1373, %p4.body ]
  %acc22.02147 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1374, %p4.body ]
  %acc23.02146 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1375, %p4.body ]
  %p4.addr.02145 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1332 = shl nuw nsw i64 %p4.addr.02145, 6
  %1333 = getelementptr inbounds float, ptr %work, i64 %1332
  %1334 = load <16 x float>, ptr %1333, align 4
  %1335 = or disjoint i64 %1332, 16
  %1336 = getelementptr inbounds float, ptr %work, i64 %1335
  %1337 = load <16 x float>, ptr %1336, align 4
  %1338 = or disjoint i64 %1332, 32
  %1339 = getelementptr inbounds float, ptr %work, i64 %1338
  %1340 = load <16 x float>, ptr %1339, align 4
  %1341 = or disjoint i64 %1332, 48
  %1342 = getelementptr inbounds float, ptr %work, i64 %1341
  %1343 = load <16 x float>, ptr %1342, align 4
  %gep2861 = getelementptr inbounds float, ptr %invariant.gep2860, i64 %p4.addr.02145
  %1344 = getelementptr inbounds i8, ptr %gep2861, i64 9216
  %1345 = load float, ptr %1344, align 4
  %1346 = insertelement <16 x float> poison, float %1345, i64 0
  %1347 = shufflevector <16 x float> %1346, <16 x float> poison, <16 x i32> zeroinitializer
  %1348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1334, <16 x float> %acc8.02161)
  %1349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1337, <16 x float> %acc9.02160)
  %1350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1340, <16 x float> %acc10.02159)
  %1351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1343, <16 x float> %acc11.02158)
  %1352 = getelementptr inbounds i8, ptr %gep2861, i64 9344
  %1353 = load float, ptr %1352, align 4
  %1354 = insertelement <16 x float> poison, float %1353, i64 0
  %1355 = shufflevector <16 x float> %1354, <16 x float> poison, <16 x i32> zeroinitializer
  %1356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1334, <16 x float> %acc12.02157)
  %1357 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1337, <16 x float> %acc13.02156)
  %1358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1340, <16 x float> %acc14.02155)
  %1359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1343, <16 x float> %acc15.02154)
  %1360 = getelementptr inbounds i8, ptr %gep2861, i64 9472
  %1361 = load float, ptr %1360, align 4
  %1362 = insertelement <16 x float> poison, float %1361, i64 0
  %1363 = shufflevector <16 x float> %1362, <16 x float> poison, <16 x i32> zeroinitializer
  %1364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1334, <16 x float> %acc16.02153)
  %1365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1337, <16 x float> %acc17.02152)
  %1366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1340, <16 x float> %acc18.02151)
  %1367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1343, <16 x float> %acc19.02150)
  %1368 = getelementptr inbounds i8, ptr %gep2861, i64 9600
  %1369 = load float, ptr %1368, align 4
  %1370 = insertelement <16 x float> poison, float %1369, i64 0
  %1371 = shufflevector <16 x float> %1370, <16 x float> poison, <16 x i32> zeroinitializer
  %1372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1334, <16 x float> %acc20.02149)
  %1373 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1337, <16 x float> %acc21.02148)
  %1374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1340, <16 x float> %acc22.02147)
  %1375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1343, <16 x float> %acc23.02146)
  %p4.next = add nuw nsw i64 %p4.addr.02145, 1
  %exitcond2581.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2581.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1376 = shl nuw nsw i64 %i24.addr.02162, 6
  %1377 = getelementptr inbounds float, ptr %KSdS, i64 %1376
  store <16 x float> %1348, ptr %1377, align 4
  %1378 = or disjoint i64 %1376, 16
  %1379 = getelementptr inbounds float, ptr %KSdS, i64 %1378
  store <16 x float> %1349, ptr %1379, align 4
  %1380 = or disjoint i64 %1376, 32
  %1381 = getelementptr inbounds float, ptr %KSdS, i64 %1380
  store <16 x float> %1350, ptr %1381, align 4
  %1382 = or disjoint i64 %1376, 48
  %1383 = getelementptr inbounds float, ptr %KSdS, i64 %1382
  store <16 x float> %1351, ptr %1383, align 4
  %1384 = or disjoint i64 %1376, 64
  %1385 = getelementptr inbounds float, ptr %KSdS, i64 %1384
  store <16 x float> %1356, ptr %1385, align 4
  %1386 = or disjoint i64 %1376, 80
  %1387 = getelementptr inbounds float, ptr %KSdS, i64 %1386
  store <16 x float> %1357, ptr %1387, align 4
  %1388 = or disjoint i64 %1376, 96
  %1389 = getelementptr inbounds float, ptr %KSdS, i64 %1388
  store <16 x float> %1358, ptr %1389, align 4
  %1390 = or disjoint i64 %1376, 112
  %1391 = getelementptr inbounds float, ptr %KSdS, i64 %1390
  store <16 x float> %1359, ptr %1391, align 4
  %1392 = or disjoint i64 %1376, 128
  %1393 = getelementptr inbounds float, ptr %KSdS, i64 %1392
  store <16 x float> %1364, ptr %1393, align 4
  %1394 = or disjoint i64 %1376, 144
  %1395 = getelementptr inbounds float, ptr %KSdS, i64 %1394
  store <16 x float> %1365, ptr %1395, align 4
  %1396 = or disjoint i64 %1376, 160
  %1397 = getelementptr inbounds float, ptr %KSdS, i64 %1396
  store <16 x float> %1366, ptr %1397, align 4
  %1398 = or disjoint i64 %1376, 176
  %1399 = getelementptr inbounds float, ptr %KSdS, i64 %1398
  store <16 x float> %1367, ptr %1399, align 4
  %1400 = or disjoint i64 %1376, 192
  %1401 = getelementptr inbounds float, ptr %KSdS, i64 %1400
  store <16 x float> %1372, ptr %1401, align 4
  %1402 = or disjoint i64 %1376, 208
  %1403 = getelementptr inbounds float, ptr %KSdS, i64 %1402
  store <16 x float> %1373, ptr %1403, align 4
  %1404 = or disjoint i64 %1376, 224
  %1405 = getelementptr inbounds float, ptr %KSdS, i64 %1404
  store <16 x float> %1374, ptr %1405, align 4
  %1406 = or disjoint i64 %1376, 240
  %1407 = getelementptr inbounds float, ptr %KSdS, i64 %1406
  store <16 x float> %1375, ptr %1407, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02162, 4
  %1408 = icmp ult i64 %i24.addr.02162, 12
  br i1 %1408, label %p4.head.preheader, label %p5.head.preheader.preheader

p5.head.preheader.preheader:                      ; preds = %p4.exit
  %1409 = load <16 x float>, ptr %Rr, align 4
  %1410 = load <16 x float>, ptr %KSdS, align 4
  %1411 = fsub <16 x float> %1409, %1410
  store <16 x float> %1411, ptr %Rr, align 4
  %1412 = load <16 x float>, ptr %190, align 4
  %1413 = load <16 x float>, ptr %191, align 4
  %1414 = fsub <16 x float> %1412, %1413
  store <16 x float> %1414, ptr %190, align 4
  %1415 = load <16 x float>, ptr %192, align 4
  %1416 = load <16 x float>, ptr %193, align 4
  %1417 = fsub <16 x float> %1415, %1416
  store <16 x float> %1417, ptr %192, align 4
  %1418 = load <16 x float>, ptr %194, align 4
  %1419 = load <16 x float>, ptr %195, align 4
  %1420 = fsub <16 x float> %1418, %1419
  store <16 x float> %1420, ptr %194, align 4
  %1421 = load <16 x float>, ptr %196, align 4
  %1422 = load <16 x float>, ptr %197, align 4
  %1423 = fsub <16 x float> %1421, %1422
  store <16 x float> %1423, ptr %196, align 4
  %1424 = load <16 x float>, ptr %198, align 4
  %1425 = load <16 x float>, ptr %199, align 4
  %1426 = fsub <16 x float> %1424, %1425
  store <16 x float> %1426, ptr %198, align 4
  %1427 = load <16 x float>, ptr %200, align 4
  %1428 = load <16 x float>, ptr %201, align 4
  %1429 = fsub <16 x float> %1427, %1428
  store <16 x float> %1429, ptr %200, align 4
  %1430 = load <16 x float>, ptr %202, align 4
  %1431 = load <16 x float>, ptr %203, align 4
  %1432 = fsub <16 x float> %1430, %1431
  store <16 x float> %1432, ptr %202, align 4
  %1433 = load <16 x float>, ptr %204, align 4
  %1434 = load <16 x float>, ptr %205, align 4
  %1435 = fsub <16 x float> %1433, %1434
  store <16 x float> %1435, ptr %204, align 4
  %1436 = load <16 x float>, ptr %206, align 4
  %1437 = load <16 x float>, ptr %207, align 4
  %1438 = fsub <16 x float> %1436, %1437
  store <16 x float> %1438, ptr %206, align 4
  %1439 = load <16 x float>, ptr %208, align 4
  %1440 = load <16 x float>, ptr %209, align 4
  %1441 = fsub <16 x float> %1439, %1440
  store <16 x float> %1441, ptr %208, align 4
  %1442 = load <16 x float>, ptr %210, align 4
  %1443 = load <16 x float>, ptr %211, align 4
  %1444 = fsub <16 x float> %1442, %1443
  store <16 x float> %1444, ptr %210, align 4
  %1445 = load <16 x float>, ptr %212, align 4
  %1446 = load <16 x float>, ptr %213, align 4
  %1447 = fsub <16 x float> %1445, %1446
  store <16 x float> %1447, ptr %212, align 4
  %1448 = load <16 x float>, ptr %214, align 4
  %1449 = load <16 x float>, ptr %215, align 4
  %1450 = fsub <16 x float> %1448, %1449
  store <16 x float> %1450, ptr %214, align 4
  %1451 = load <16 x float>, ptr %216, align 4
  %1452 = load <16 x float>, ptr %217, align 4
  %1453 = fsub <16 x float> %1451, %1452
  store <16 x float> %1453, ptr %216, align 4
  %1454 = load <16 x float>, ptr %218, align 4
  %1455 = load <16 x float>, ptr %219, align 4
  %1456 = fsub <16 x float> %1454, %1455
  store <16 x float> %1456, ptr %218, align 4
  %1457 = load <16 x float>, ptr %220, align 4
  %1458 = load <16 x float>, ptr %221, align 4
  %1459 = fsub <16 x float> %1457, %1458
  store <16 x float> %1459, ptr %220, align 4
  %1460 = load <16 x float>, ptr %222, align 4
  %1461 = load <16 x float>, ptr %223, align 4
  %1462 = fsub <16 x float> %1460, %1461
  store <16 x float> %1462, ptr %222, align 4
  %1463 = load <16 x float>, ptr %224, align 4
  %1464 = load <16 x float>, ptr %225, align 4
  %1465 = fsub <16 x float> %1463, %1464
  store <16 x float> %1465, ptr %224, align 4
  %1466 = load <16 x float>, ptr %226, align 4
  %1467 = load <16 x float>, ptr %227, align 4
  %1468 = fsub <16 x float> %1466, %1467
  store <16 x float> %1468, ptr %226, align 4
  %1469 = load <16 x float>, ptr %228, align 4
  %1470 = load <16 x float>, ptr %229, align 4
  %1471 = fsub <16 x float> %1469, %1470
  store <16 x float> %1471, ptr %228, align 4
  %1472 = load <16 x float>, ptr %230, align 4
  %1473 = load <16 x float>, ptr %231, align 4
  %1474 = fsub <16 x float> %1472, %1473
  store <16 x float> %1474, ptr %230, align 4
  %1475 = load <16 x float>, ptr %232, align 4
  %1476 = load <16 x float>, ptr %233, align 4
  %1477 = fsub <16 x float> %1475, %1476
  store <16 x float> %1477, ptr %232, align 4
  %1478 = load <16 x float>, ptr %234, align 4
  %1479 = load <16 x float>, ptr %235, align 4
  %1480 = fsub <16 x float> %1478, %1479
  store <16 x float> %1480, ptr %234, align 4
  %1481 = load <16 x float>, ptr %236, align 4
  %1482 = load <16 x float>, ptr %237, align 4
  %1483 = fsub <16 x float> %1481, %1482
  store <16 x float> %1483, ptr %236, align 4
  %1484 = load <16 x float>, ptr %238, align 4
  %1485 = load <16 x float>, ptr %239, align 4
  %1486 = fsub <16 x float> %1484, %1485
  store <16 x float> %1486, ptr %238, align 4
  %1487 = load <16 x float>, ptr %240, align 4
  %1488 = load <16 x float>, ptr %241, align 4
  %1489 = fsub <16 x float> %1487, %1488
  store <16 x float> %1489, ptr %240, align 4
  %1490 = load <16 x float>, ptr %242, align 4
  %1491 = load <16 x float>, ptr %243, align 4
  %1492 = fsub <16 x float> %1490, %1491
  store <16 x float> %1492, ptr %242, align 4
  %1493 = load <16 x float>, ptr %244, align 4
  %1494 = load <16 x float>, ptr %245, align 4
  %1495 = fsub <16 x float> %1493, %1494
  store <16 x float> %1495, ptr %244, align 4
  %1496 = load <16 x float>, ptr %246, align 4
  %1497 = load <16 x float>, ptr %247, align 4
  %1498 = fsub <16 x float> %1496, %1497
  store <16 x float> %1498, ptr %246, align 4
  %1499 = load <16 x float>, ptr %248, align 4
  %1500 = load <16 x float>, ptr %249, align 4
  %1501 = fsub <16 x float> %1499, %1500
  store <16 x float> %1501, ptr %248, align 4
  %1502 = load <16 x float>, ptr %250, align 4
  %1503 = load <16 x float>, ptr %251, align 4
  %1504 = fsub <16 x float> %1502, %1503
  store <16 x float> %1504, ptr %250, align 4
  br label %ib.body

ib.body:                                          ; preds = %p5.head.preheader.preheader, %j21.exit
  %ib.addr.02181 = phi i64 [ 0, %p5.head.preheader.preheader ], [ %ib.next, %j21.exit ]
  %1505 = shl nuw nsw i64 %ib.addr.02181, 2
  %umax3286 = tail call i64 @llvm.umax.i64(i64 %1505, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02181, 2
  %.not2374 = icmp eq i64 %ib.addr.02181, 0
  br i1 %.not2374, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2080 = shl nuw nsw i64 %ib.addr.02181, 8
  %1506 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2080
  %1507 = shl nuw nsw i64 %ib.addr.02181, 6
  %1508 = or disjoint i64 %1507, 16
  %1509 = getelementptr inbounds float, ptr %Gm, i64 %1508
  %1510 = or disjoint i64 %1507, 32
  %1511 = getelementptr inbounds float, ptr %Gm, i64 %1510
  %1512 = or disjoint i64 %1507, 48
  %1513 = getelementptr inbounds float, ptr %Gm, i64 %1512
  %xtraiter = and i64 %umax3286, 1
  %1514 = icmp eq i64 %umax3286, 1
  br i1 %1514, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3286, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02173 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1555, %j21.body ]
  %acc25.02172 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1556, %j21.body ]
  %acc26.02171 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1561, %j21.body ]
  %acc27.02170 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1562, %j21.body ]
  %acc28.02169 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1567, %j21.body ]
  %acc29.02168 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1568, %j21.body ]
  %acc30.02167 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1573, %j21.body ]
  %acc31.02166 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1574, %j21.body ]
  %j21.addr.02165 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1515 = shl nsw i64 %j21.addr.02165, 5
  %1516 = getelementptr inbounds float, ptr %Vn, i64 %1515
  %1517 = load <16 x float>, ptr %1516, align 4
  %1518 = or disjoint i64 %1515, 16
  %1519 = getelementptr inbounds float, ptr %Vn, i64 %1518
  %1520 = load <16 x float>, ptr %1519, align 4
  %1521 = getelementptr inbounds float, ptr %1506, i64 %j21.addr.02165
  %1522 = load float, ptr %1521, align 4
  %1523 = insertelement <16 x float> poison, float %1522, i64 0
  %1524 = shufflevector <16 x float> %1523, <16 x float> poison, <16 x i32> zeroinitializer
  %1525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1524, <16 x float> %1517, <16 x float> %acc24.02173)
  %1526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1524, <16 x float> %1520, <16 x float> %acc25.02172)
  %1527 = getelementptr inbounds float, ptr %1509, i64 %j21.addr.02165
  %1528 = load float, ptr %1527, align 4
  %1529 = insertelement <16 x float> poison, float %1528, i64 0
  %1530 = shufflevector <16 x float> %1529, <16 x float> poison, <16 x i32> zeroinitializer
  %1531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1517, <16 x float> %acc26.02171)
  %1532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1520, <16 x float> %acc27.02170)
  %1533 = getelementptr inbounds float, ptr %1511, i64 %j21.addr.02165
  %1534 = load float, ptr %1533, align 4
  %1535 = insertelement <16 x float> poison, float %1534, i64 0
  %1536 = shufflevector <16 x float> %1535, <16 x float> poison, <16 x i32> zeroinitializer
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1517, <16 x float> %acc28.02169)
  %1538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1520, <16 x float> %acc29.02168)
  %1539 = getelementptr inbounds float, ptr %1513, i64 %j21.addr.02165
  %1540 = load float, ptr %1539, align 4
  %1541 = insertelement <16 x float> poison, float %1540, i64 0
  %1542 = shufflevector <16 x float> %1541, <16 x float> poison, <16 x i32> zeroinitializer
  %1543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1542, <16 x float> %1517, <16 x float> %acc30.02167)
  %1544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1542, <16 x float> %1520, <16 x float> %acc31.02166)
  %j21.next = or disjoint i64 %j21.addr.02165, 1
  %1545 = shl nsw i64 %j21.next, 5
  %1546 = getelementptr inbounds float, ptr %Vn, i64 %1545
  %1547 = load <16 x float>, ptr %1546, align 4
  %1548 = or disjoint i64 %1545, 16
  %1549 = getelementptr inbounds float, ptr %Vn, i64 %1548
  %1550 = load <16 x float>, ptr %1549, align 4
  %1551 = getelementptr inbounds float, ptr %1506, i64 %j21.next
  %1552 = load float, ptr %1551, align 4
  %1553 = insertelement <16 x float> poison, float %1552, i64 0
  %1554 = shufflevector <16 x float> %1553, <16 x float> poison, <16 x i32> zeroinitializer
  %1555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1554, <16 x float> %1547, <16 x float> %1525)
  %1556 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1554, <16 x float> %1550, <16 x float> %1526)
  %1557 = getelementptr inbounds float, ptr %1509, i64 %j21.next
  %1558 = load float, ptr %1557, align 4
  %1559 = insertelement <16 x float> poison, float %1558, i64 0
  %1560 = shufflevector <16 x float> %1559, <16 x float> poison, <16 x i32> zeroinitializer
  %1561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1560, <16 x float> %1547, <16 x float> %1531)
  %1562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1560, <16 x float> %1550, <16 x float> %1532)
  %1563 = getelementptr inbounds float, ptr %1511, i64 %j21.next
  %1564 = load float, ptr %1563, align 4
  %1565 = insertelement <16 x float> poison, float %1564, i64 0
  %1566 = shufflevector <16 x float> %1565, <16 x float> poison, <16 x i32> zeroinitializer
  %1567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1566, <16 x float> %1547, <16 x float> %1537)
  %1568 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1566, <16 x float> %1550, <16 x float> %1538)
  %1569 = getelementptr inbounds float, ptr %1513, i64 %j21.next
  %1570 = load float, ptr %1569, align 4
  %1571 = insertelement <16 x float> poison, float %1570, i64 0
  %1572 = shufflevector <16 x float> %1571, <16 x float> poison, <16 x i32> zeroinitializer
  %1573 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1572, <16 x float> %1547, <16 x float> %1543)
  %1574 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1572, <16 x float> %1550, <16 x float> %1544)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02165, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3117.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1555, %j21.body ]
  %.lcssa3116.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1556, %j21.body ]
  %.lcssa3115.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1561, %j21.body ]
  %.lcssa3114.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1562, %j21.body ]
  %.lcssa3113.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1567, %j21.body ]
  %.lcssa3112.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1568, %j21.body ]
  %.lcssa3111.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1573, %j21.body ]
  %.lcssa3110.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1574, %j21.body ]
  %acc24.02173.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1555, %j21.body ]
  %acc25.02172.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1556, %j21.body ]
  %acc26.02171.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1561, %j21.body ]
  %acc27.02170.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1562, %j21.body ]
  %acc28.02169.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1567, %j21.body ]
  %acc29.02168.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1568, %j21.body ]
  %acc30.02167.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1573, %j21.body ]
  %acc31.02166.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1574, %j21.body ]
  %j21.addr.02165.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1575 = shl nsw i64 %j21.addr.02165.unr, 5
  %1576 = getelementptr inbounds float, ptr %Vn, i64 %1575
  %1577 = load <16 x float>, ptr %1576, align 4
  %1578 = or disjoint i64 %1575, 16
  %1579 = getelementptr inbounds float, ptr %Vn, i64 %1578
  %1580 = load <16 x float>, ptr %1579, align 4
  %1581 = getelementptr inbounds float, ptr %1506, i64 %j21.addr.02165.unr
  %1582 = load float, ptr %1581, align 4
  %1583 = insertelement <16 x float> poison, float %1582, i64 0
  %1584 = shufflevector <16 x float> %1583, <16 x float> poison, <16 x i32> zeroinitializer
  %1585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1584, <16 x float> %1577, <16 x float> %acc24.02173.unr)
  %1586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1584, <16 x float> %1580, <16 x float> %acc25.02172.unr)
  %1587 = getelementptr inbounds float, ptr %1509, i64 %j21.addr.02165.unr
  %1588 = load float, ptr %1587, align 4
  %1589 = insertelement <16 x float> poison, float %1588, i64 0
  %1590 = shufflevector <16 x float> %1589, <16 x float> poison, <16 x i32> zeroinitializer
  %1591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1590, <16 x float> %1577, <16 x float> %acc26.02171.unr)
  %1592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1590, <16 x float> %1580, <16 x float> %acc27.02170.unr)
  %1593 = getelementptr inbounds float, ptr %1511, i64 %j21.addr.02165.unr
  %1594 = load float, ptr %1593, align 4
  %1595 = insertelement <16 x float> poison, float %1594, i64 0
  %1596 = shufflevector <16 x float> %1595, <16 x float> poison, <16 x i32> zeroinitializer
  %1597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1596, <16 x float> %1577, <16 x float> %acc28.02169.unr)
  %1598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1596, <16 x float> %1580, <16 x float> %acc29.02168.unr)
  %1599 = getelementptr inbounds float, ptr %1513, i64 %j21.addr.02165.unr
  %1600 = load float, ptr %1599, align 4
  %1601 = insertelement <16 x float> poison, float %1600, i64 0
  %1602 = shufflevector <16 x float> %1601, <16 x float> poison, <16 x i32> zeroinitializer
  %1603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1602, <16 x float> %1577, <16 x float> %acc30.02167.unr)
  %1604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1602, <16 x float> %1580, <16 x float> %acc31.02166.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3110.ph, %j21.exit.loopexit.unr-lcssa ], [ %1604, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3111.ph, %j21.exit.loopexit.unr-lcssa ], [ %1603, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3112.ph, %j21.exit.loopexit.unr-lcssa ], [ %1598, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3113.ph, %j21.exit.loopexit.unr-lcssa ], [ %1597, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3114.ph, %j21.exit.loopexit.unr-lcssa ], [ %1592, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3115.ph, %j21.exit.loopexit.unr-lcssa ], [ %1591, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3116.ph, %j21.exit.loopexit.unr-lcssa ], [ %1586, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3117.ph, %j21.exit.loopexit.unr-lcssa ], [ %1585, %j21.body.epil ]
  %1605 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1606 = load float, ptr %1605, align 4
  %1607 = shl nuw nsw i64 %ib.addr.02181, 7
  %1608 = getelementptr inbounds float, ptr %Rr, i64 %1607
  %1609 = load <16 x float>, ptr %1608, align 4
  %1610 = fsub <16 x float> %1609, %acc24.0.lcssa
  store <16 x float> %1610, ptr %1608, align 4
  %1611 = insertelement <16 x float> poison, float %1606, i64 0
  %1612 = shufflevector <16 x float> %1611, <16 x float> poison, <16 x i32> zeroinitializer
  %1613 = fmul <16 x float> %1612, %1610
  %1614 = getelementptr inbounds float, ptr %Vn, i64 %1607
  store <16 x float> %1613, ptr %1614, align 4
  %1615 = mul nuw nsw i64 %ib.addr.02181, 352
  %1616 = getelementptr inbounds float, ptr %Ak, i64 %1615
  store <16 x float> %1613, ptr %1616, align 4
  %1617 = or disjoint i64 %1607, 16
  %1618 = getelementptr inbounds float, ptr %Rr, i64 %1617
  %1619 = load <16 x float>, ptr %1618, align 4
  %1620 = fsub <16 x float> %1619, %acc25.0.lcssa
  store <16 x float> %1620, ptr %1618, align 4
  %1621 = fmul <16 x float> %1612, %1620
  %1622 = getelementptr inbounds float, ptr %Vn, i64 %1617
  store <16 x float> %1621, ptr %1622, align 4
  %1623 = or disjoint i64 %1615, 16
  %1624 = getelementptr inbounds float, ptr %Ak, i64 %1623
  store <16 x float> %1621, ptr %1624, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2375 = shl nsw i64 %i26, 6
  %1625 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2375
  %1626 = getelementptr inbounds float, ptr %1625, i64 %i0
  %1627 = load float, ptr %1626, align 4
  %1628 = insertelement <16 x float> poison, float %1627, i64 0
  %1629 = shufflevector <16 x float> %1628, <16 x float> poison, <16 x i32> zeroinitializer
  %1630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1613, <16 x float> %acc26.0.lcssa)
  %1631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1621, <16 x float> %acc27.0.lcssa)
  %1632 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1633 = load float, ptr %1632, align 4
  %1634 = shl nuw nsw i64 %i26, 5
  %1635 = getelementptr inbounds float, ptr %Rr, i64 %1634
  %1636 = load <16 x float>, ptr %1635, align 4
  %1637 = fsub <16 x float> %1636, %1630
  store <16 x float> %1637, ptr %1635, align 4
  %1638 = insertelement <16 x float> poison, float %1633, i64 0
  %1639 = shufflevector <16 x float> %1638, <16 x float> poison, <16 x i32> zeroinitializer
  %1640 = fmul <16 x float> %1639, %1637
  %1641 = getelementptr inbounds float, ptr %Vn, i64 %1634
  store <16 x float> %1640, ptr %1641, align 4
  %.idx2102 = mul nuw nsw i64 %i26, 352
  %1642 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2102
  store <16 x float> %1640, ptr %1642, align 4
  %1643 = or disjoint i64 %1634, 16
  %1644 = getelementptr inbounds float, ptr %Rr, i64 %1643
  %1645 = load <16 x float>, ptr %1644, align 4
  %1646 = fsub <16 x float> %1645, %1631
  store <16 x float> %1646, ptr %1644, align 4
  %1647 = fmul <16 x float> %1639, %1646
  %1648 = getelementptr inbounds float, ptr %Vn, i64 %1643
  store <16 x float> %1647, ptr %1648, align 4
  %1649 = getelementptr inbounds i8, ptr %1642, i64 64
  store <16 x float> %1647, ptr %1649, align 4
  %i27 = or disjoint i64 %i0, 2
  %1650 = shl nuw nsw i64 %i27, 4
  %1651 = or disjoint i64 %1650, %i0
  %1652 = getelementptr inbounds float, ptr %Gm, i64 %1651
  %1653 = load float, ptr %1652, align 4
  %1654 = insertelement <16 x float> poison, float %1653, i64 0
  %1655 = shufflevector <16 x float> %1654, <16 x float> poison, <16 x i32> zeroinitializer
  %1656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1655, <16 x float> %1613, <16 x float> %acc28.0.lcssa)
  %1657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1655, <16 x float> %1621, <16 x float> %acc29.0.lcssa)
  %1658 = or disjoint i64 %1650, %i26
  %1659 = getelementptr inbounds float, ptr %Gm, i64 %1658
  %1660 = load float, ptr %1659, align 4
  %1661 = insertelement <16 x float> poison, float %1660, i64 0
  %1662 = shufflevector <16 x float> %1661, <16 x float> poison, <16 x i32> zeroinitializer
  %1663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1640, <16 x float> %1656)
  %1664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1647, <16 x float> %1657)
  %1665 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1666 = load float, ptr %1665, align 4
  %1667 = shl nuw nsw i64 %i27, 5
  %1668 = getelementptr inbounds float, ptr %Rr, i64 %1667
  %1669 = load <16 x float>, ptr %1668, align 4
  %1670 = fsub <16 x float> %1669, %1663
  store <16 x float> %1670, ptr %1668, align 4
  %1671 = insertelement <16 x float> poison, float %1666, i64 0
  %1672 = shufflevector <16 x float> %1671, <16 x float> poison, <16 x i32> zeroinitializer
  %1673 = fmul <16 x float> %1672, %1670
  %1674 = getelementptr inbounds float, ptr %Vn, i64 %1667
  store <16 x float> %1673, ptr %1674, align 4
  %.idx2103 = mul nuw nsw i64 %i27, 352
  %1675 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2103
  store <16 x float> %1673, ptr %1675, align 4
  %1676 = or disjoint i64 %1667, 16
  %1677 = getelementptr inbounds float, ptr %Rr, i64 %1676
  %1678 = load <16 x float>, ptr %1677, align 4
  %1679 = fsub <16 x float> %1678, %1664
  store <16 x float> %1679, ptr %1677, align 4
  %1680 = fmul <16 x float> %1672, %1679
  %1681 = getelementptr inbounds float, ptr %Vn, i64 %1676
  store <16 x float> %1680, ptr %1681, align 4
  %1682 = getelementptr inbounds i8, ptr %1675, i64 64
  store <16 x float> %1680, ptr %1682, align 4
  %i28 = or disjoint i64 %i0, 3
  %1683 = shl nuw nsw i64 %i28, 4
  %1684 = or disjoint i64 %1683, %i0
  %1685 = getelementptr inbounds float, ptr %Gm, i64 %1684
  %1686 = load float, ptr %1685, align 4
  %1687 = insertelement <16 x float> poison, float %1686, i64 0
  %1688 = shufflevector <16 x float> %1687, <16 x float> poison, <16 x i32> zeroinitializer
  %1689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1613, <16 x float> %acc30.0.lcssa)
  %1690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1621, <16 x float> %acc31.0.lcssa)
  %1691 = or disjoint i64 %1683, %i26
  %1692 = getelementptr inbounds float, ptr %Gm, i64 %1691
  %1693 = load float, ptr %1692, align 4
  %1694 = insertelement <16 x float> poison, float %1693, i64 0
  %1695 = shufflevector <16 x float> %1694, <16 x float> poison, <16 x i32> zeroinitializer
  %1696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1695, <16 x float> %1640, <16 x float> %1689)
  %1697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1695, <16 x float> %1647, <16 x float> %1690)
  %1698 = or disjoint i64 %1683, %i27
  %1699 = getelementptr inbounds float, ptr %Gm, i64 %1698
  %1700 = load float, ptr %1699, align 4
  %1701 = insertelement <16 x float> poison, float %1700, i64 0
  %1702 = shufflevector <16 x float> %1701, <16 x float> poison, <16 x i32> zeroinitializer
  %1703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1702, <16 x float> %1673, <16 x float> %1696)
  %1704 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1702, <16 x float> %1680, <16 x float> %1697)
  %1705 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1706 = load float, ptr %1705, align 4
  %1707 = shl nuw nsw i64 %i28, 5
  %1708 = getelementptr inbounds float, ptr %Rr, i64 %1707
  %1709 = load <16 x float>, ptr %1708, align 4
  %1710 = fsub <16 x float> %1709, %1703
  store <16 x float> %1710, ptr %1708, align 4
  %1711 = insertelement <16 x float> poison, float %1706, i64 0
  %1712 = shufflevector <16 x float> %1711, <16 x float> poison, <16 x i32> zeroinitializer
  %1713 = fmul <16 x float> %1712, %1710
  %1714 = getelementptr inbounds float, ptr %Vn, i64 %1707
  store <16 x float> %1713, ptr %1714, align 4
  %1715 = mul nuw nsw i64 %i28, 88
  %1716 = getelementptr inbounds float, ptr %Ak, i64 %1715
  store <16 x float> %1713, ptr %1716, align 4
  %1717 = or disjoint i64 %1707, 16
  %1718 = getelementptr inbounds float, ptr %Rr, i64 %1717
  %1719 = load <16 x float>, ptr %1718, align 4
  %1720 = fsub <16 x float> %1719, %1704
  store <16 x float> %1720, ptr %1718, align 4
  %1721 = fmul <16 x float> %1712, %1720
  %1722 = getelementptr inbounds float, ptr %Vn, i64 %1717
  store <16 x float> %1721, ptr %1722, align 4
  %1723 = or disjoint i64 %1715, 16
  %1724 = getelementptr inbounds float, ptr %Ak, i64 %1723
  store <16 x float> %1721, ptr %1724, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02181, 1
  %exitcond2586.not = icmp eq i64 %ib.next, 4
  br i1 %exitcond2586.not, label %j22.body, label %ib.body

j22.body:                                         ; preds = %j21.exit, %j22.body
  %1725 = phi i1 [ false, %j22.body ], [ true, %j21.exit ]
  %j22.addr.02182 = phi i64 [ 16, %j22.body ], [ 0, %j21.exit ]
  %1726 = getelementptr inbounds float, ptr %Vn, i64 %j22.addr.02182
  %1727 = load <16 x float>, ptr %1726, align 4
  %1728 = or disjoint i64 %j22.addr.02182, 256
  %1729 = getelementptr inbounds float, ptr %Vn, i64 %1728
  %1730 = load <16 x float>, ptr %1729, align 4
  %1731 = or disjoint i64 %j22.addr.02182, 32
  %1732 = getelementptr inbounds float, ptr %Vn, i64 %1731
  %1733 = load <16 x float>, ptr %1732, align 4
  %1734 = or disjoint i64 %j22.addr.02182, 288
  %1735 = getelementptr inbounds float, ptr %Vn, i64 %1734
  %1736 = load <16 x float>, ptr %1735, align 4
  %1737 = or disjoint i64 %j22.addr.02182, 64
  %1738 = getelementptr inbounds float, ptr %Vn, i64 %1737
  %1739 = load <16 x float>, ptr %1738, align 4
  %1740 = or disjoint i64 %j22.addr.02182, 320
  %1741 = getelementptr inbounds float, ptr %Vn, i64 %1740
  %1742 = load <16 x float>, ptr %1741, align 4
  %1743 = or disjoint i64 %j22.addr.02182, 96
  %1744 = getelementptr inbounds float, ptr %Vn, i64 %1743
  %1745 = load <16 x float>, ptr %1744, align 4
  %1746 = or disjoint i64 %j22.addr.02182, 352
  %1747 = getelementptr inbounds float, ptr %Vn, i64 %1746
  %1748 = load <16 x float>, ptr %1747, align 4
  %1749 = or disjoint i64 %j22.addr.02182, 128
  %1750 = getelementptr inbounds float, ptr %Vn, i64 %1749
  %1751 = load <16 x float>, ptr %1750, align 4
  %1752 = or disjoint i64 %j22.addr.02182, 384
  %1753 = getelementptr inbounds float, ptr %Vn, i64 %1752
  %1754 = load <16 x float>, ptr %1753, align 4
  %1755 = or disjoint i64 %j22.addr.02182, 160
  %1756 = getelementptr inbounds float, ptr %Vn, i64 %1755
  %1757 = load <16 x float>, ptr %1756, align 4
  %1758 = or disjoint i64 %j22.addr.02182, 416
  %1759 = getelementptr inbounds float, ptr %Vn, i64 %1758
  %1760 = load <16 x float>, ptr %1759, align 4
  %1761 = or disjoint i64 %j22.addr.02182, 192
  %1762 = getelementptr inbounds float, ptr %Vn, i64 %1761
  %1763 = load <16 x float>, ptr %1762, align 4
  %1764 = or disjoint i64 %j22.addr.02182, 448
  %1765 = getelementptr inbounds float, ptr %Vn, i64 %1764
  %1766 = load <16 x float>, ptr %1765, align 4
  %1767 = or disjoint i64 %j22.addr.02182, 224
  %1768 = getelementptr inbounds float, ptr %Vn, i64 %1767
  %1769 = load <16 x float>, ptr %1768, align 4
  %1770 = or disjoint i64 %j22.addr.02182, 480
  %1771 = getelementptr inbounds float, ptr %Vn, i64 %1770
  %1772 = load <16 x float>, ptr %1771, align 4
  %1773 = shufflevector <16 x float> %1727, <16 x float> %1730, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1774 = shufflevector <16 x float> %1751, <16 x float> %1754, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1775 = shufflevector <16 x float> %1733, <16 x float> %1736, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1776 = shufflevector <16 x float> %1757, <16 x float> %1760, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1777 = shufflevector <16 x float> %1739, <16 x float> %1742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1778 = shufflevector <16 x float> %1763, <16 x float> %1766, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1779 = shufflevector <16 x float> %1745, <16 x float> %1748, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1780 = shufflevector <16 x float> %1769, <16 x float> %1772, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1781 = shufflevector <16 x float> %1727, <16 x float> %1730, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1782 = shufflevector <16 x float> %1751, <16 x float> %1754, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1783 = shufflevector <16 x float> %1733, <16 x float> %1736, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1784 = shufflevector <16 x float> %1757, <16 x float> %1760, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1785 = shufflevector <16 x float> %1739, <16 x float> %1742, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1786 = shufflevector <16 x float> %1763, <16 x float> %1766, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1787 = shufflevector <16 x float> %1745, <16 x float> %1748, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1788 = shufflevector <16 x float> %1769, <16 x float> %1772, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1789 = shufflevector <16 x float> %1773, <16 x float> %1774, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1790 = shufflevector <16 x float> %1777, <16 x float> %1778, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1791 = shufflevector <16 x float> %1775, <16 x float> %1776, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1792 = shufflevector <16 x float> %1779, <16 x float> %1780, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1793 = shufflevector <16 x float> %1773, <16 x float> %1774, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1794 = shufflevector <16 x float> %1777, <16 x float> %1778, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1795 = shufflevector <16 x float> %1775, <16 x float> %1776, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1796 = shufflevector <16 x float> %1779, <16 x float> %1780, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1797 = shufflevector <16 x float> %1781, <16 x float> %1782, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1798 = shufflevector <16 x float> %1785, <16 x float> %1786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1799 = shufflevector <16 x float> %1783, <16 x float> %1784, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1800 = shufflevector <16 x float> %1787, <16 x float> %1788, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1801 = shufflevector <16 x float> %1781, <16 x float> %1782, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1802 = shufflevector <16 x float> %1785, <16 x float> %1786, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1803 = shufflevector <16 x float> %1783, <16 x float> %1784, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1804 = shufflevector <16 x float> %1787, <16 x float> %1788, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1805 = shufflevector <16 x float> %1789, <16 x float> %1790, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1806 = shufflevector <16 x float> %1791, <16 x float> %1792, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1807 = shufflevector <16 x float> %1789, <16 x float> %1790, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1808 = shufflevector <16 x float> %1791, <16 x float> %1792, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1809 = shufflevector <16 x float> %1793, <16 x float> %1794, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1810 = shufflevector <16 x float> %1795, <16 x float> %1796, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1811 = shufflevector <16 x float> %1793, <16 x float> %1794, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1812 = shufflevector <16 x float> %1795, <16 x float> %1796, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1813 = shufflevector <16 x float> %1797, <16 x float> %1798, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1814 = shufflevector <16 x float> %1799, <16 x float> %1800, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1815 = shufflevector <16 x float> %1797, <16 x float> %1798, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1816 = shufflevector <16 x float> %1799, <16 x float> %1800, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1817 = shufflevector <16 x float> %1801, <16 x float> %1802, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1818 = shufflevector <16 x float> %1803, <16 x float> %1804, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1819 = shufflevector <16 x float> %1801, <16 x float> %1802, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1820 = shufflevector <16 x float> %1803, <16 x float> %1804, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1821 = shufflevector <16 x float> %1805, <16 x float> %1806, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2079 = shl nuw nsw i64 %j22.addr.02182, 6
  %1822 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2079
  store <16 x float> %1821, ptr %1822, align 4
  %1823 = shufflevector <16 x float> %1805, <16 x float> %1806, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1824 = shl nuw nsw i64 %j22.addr.02182, 4
  %1825 = or disjoint i64 %1824, 16
  %1826 = getelementptr inbounds float, ptr %VnT, i64 %1825
  store <16 x float> %1823, ptr %1826, align 4
  %1827 = shufflevector <16 x float> %1807, <16 x float> %1808, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1828 = or disjoint i64 %1824, 32
  %1829 = getelementptr inbounds float, ptr %VnT, i64 %1828
  store <16 x float> %1827, ptr %1829, align 4
  %1830 = shufflevector <16 x float> %1807, <16 x float> %1808, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1831 = or disjoint i64 %1824, 48
  %1832 = getelementptr inbounds float, ptr %VnT, i64 %1831
  store <16 x float> %1830, ptr %1832, align 4
  %1833 = shufflevector <16 x float> %1809, <16 x float> %1810, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1834 = or disjoint i64 %1824, 64
  %1835 = getelementptr inbounds float, ptr %VnT, i64 %1834
  store <16 x float> %1833, ptr %1835, align 4
  %1836 = shufflevector <16 x float> %1809, <16 x float> %1810, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1837 = or disjoint i64 %1824, 80
  %1838 = getelementptr inbounds float, ptr %VnT, i64 %1837
  store <16 x float> %1836, ptr %1838, align 4
  %1839 = shufflevector <16 x float> %1811, <16 x float> %1812, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1840 = or disjoint i64 %1824, 96
  %1841 = getelementptr inbounds float, ptr %VnT, i64 %1840
  store <16 x float> %1839, ptr %1841, align 4
  %1842 = shufflevector <16 x float> %1811, <16 x float> %1812, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1843 = or disjoint i64 %1824, 112
  %1844 = getelementptr inbounds float, ptr %VnT, i64 %1843
  store <16 x float> %1842, ptr %1844, align 4
  %1845 = shufflevector <16 x float> %1813, <16 x float> %1814, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1846 = or disjoint i64 %1824, 128
  %1847 = getelementptr inbounds float, ptr %VnT, i64 %1846
  store <16 x float> %1845, ptr %1847, align 4
  %1848 = shufflevector <16 x float> %1813, <16 x float> %1814, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1849 = or disjoint i64 %1824, 144
  %1850 = getelementptr inbounds float, ptr %VnT, i64 %1849
  store <16 x float> %1848, ptr %1850, align 4
  %1851 = shufflevector <16 x float> %1815, <16 x float> %1816, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1852 = or disjoint i64 %1824, 160
  %1853 = getelementptr inbounds float, ptr %VnT, i64 %1852
  store <16 x float> %1851, ptr %1853, align 4
  %1854 = shufflevector <16 x float> %1815, <16 x float> %1816, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1855 = or disjoint i64 %1824, 176
  %1856 = getelementptr inbounds float, ptr %VnT, i64 %1855
  store <16 x float> %1854, ptr %1856, align 4
  %1857 = shufflevector <16 x float> %1817, <16 x float> %1818, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1858 = or disjoint i64 %1824, 192
  %1859 = getelementptr inbounds float, ptr %VnT, i64 %1858
  store <16 x float> %1857, ptr %1859, align 4
  %1860 = shufflevector <16 x float> %1817, <16 x float> %1818, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1861 = or disjoint i64 %1824, 208
  %1862 = getelementptr inbounds float, ptr %VnT, i64 %1861
  store <16 x float> %1860, ptr %1862, align 4
  %1863 = shufflevector <16 x float> %1819, <16 x float> %1820, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1864 = or disjoint i64 %1824, 224
  %1865 = getelementptr inbounds float, ptr %VnT, i64 %1864
  store <16 x float> %1863, ptr %1865, align 4
  %1866 = shufflevector <16 x float> %1819, <16 x float> %1820, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1867 = or disjoint i64 %1824, 240
  %1868 = getelementptr inbounds float, ptr %VnT, i64 %1867
  store <16 x float> %1866, ptr %1868, align 4
  br i1 %1725, label %j22.body, label %p6.body

p6.body:                                          ; preds = %j22.body, %p6.body
  %acc32.02191 = phi <8 x float> [ %1919, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc33.02190 = phi <8 x float> [ %1924, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc34.02189 = phi <8 x float> [ %1929, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc35.02188 = phi <8 x float> [ %1934, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc36.02187 = phi <8 x float> [ %1939, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc37.02186 = phi <8 x float> [ %1944, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc38.02185 = phi <8 x float> [ %1949, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc39.02184 = phi <8 x float> [ %1954, %p6.body ], [ zeroinitializer, %j22.body ]
  %p6.addr.02183 = phi i64 [ %p6.next.13305, %p6.body ], [ 0, %j22.body ]
  %.idx2078 = shl nuw nsw i64 %p6.addr.02183, 5
  %1869 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2078
  %1870 = load <8 x float>, ptr %1869, align 4
  %1871 = getelementptr inbounds float, ptr %Bk, i64 %p6.addr.02183
  %1872 = getelementptr inbounds i8, ptr %1871, i64 9216
  %1873 = load float, ptr %1872, align 4
  %1874 = insertelement <8 x float> poison, float %1873, i64 0
  %1875 = shufflevector <8 x float> %1874, <8 x float> poison, <8 x i32> zeroinitializer
  %1876 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1875, <8 x float> %1870, <8 x float> %acc32.02191)
  %1877 = getelementptr inbounds i8, ptr %1871, i64 9344
  %1878 = load float, ptr %1877, align 4
  %1879 = insertelement <8 x float> poison, float %1878, i64 0
  %1880 = shufflevector <8 x float> %1879, <8 x float> poison, <8 x i32> zeroinitializer
  %1881 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1880, <8 x float> %1870, <8 x float> %acc33.02190)
  %1882 = getelementptr inbounds i8, ptr %1871, i64 9472
  %1883 = load float, ptr %1882, align 4
  %1884 = insertelement <8 x float> poison, float %1883, i64 0
  %1885 = shufflevector <8 x float> %1884, <8 x float> poison, <8 x i32> zeroinitializer
  %1886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1885, <8 x float> %1870, <8 x float> %acc34.02189)
  %1887 = getelementptr inbounds i8, ptr %1871, i64 9600
  %1888 = load float, ptr %1887, align 4
  %1889 = insertelement <8 x float> poison, float %1888, i64 0
  %1890 = shufflevector <8 x float> %1889, <8 x float> poison, <8 x i32> zeroinitializer
  %1891 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1890, <8 x float> %1870, <8 x float> %acc35.02188)
  %1892 = getelementptr inbounds i8, ptr %1871, i64 9728
  %1893 = load float, ptr %1892, align 4
  %1894 = insertelement <8 x float> poison, float %1893, i64 0
  %1895 = shufflevector <8 x float> %1894, <8 x float> poison, <8 x i32> zeroinitializer
  %1896 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1895, <8 x float> %1870, <8 x float> %acc36.02187)
  %1897 = getelementptr inbounds i8, ptr %1871, i64 9856
  %1898 = load float, ptr %1897, align 4
  %1899 = insertelement <8 x float> poison, float %1898, i64 0
  %1900 = shufflevector <8 x float> %1899, <8 x float> poison, <8 x i32> zeroinitializer
  %1901 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1900, <8 x float> %1870, <8 x float> %acc37.02186)
  %1902 = getelementptr inbounds i8, ptr %1871, i64 9984
  %1903 = load float, ptr %1902, align 4
  %1904 = insertelement <8 x float> poison, float %1903, i64 0
  %1905 = shufflevector <8 x float> %1904, <8 x float> poison, <8 x i32> zeroinitializer
  %1906 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1905, <8 x float> %1870, <8 x float> %acc38.02185)
  %1907 = getelementptr inbounds i8, ptr %1871, i64 10112
  %1908 = load float, ptr %1907, align 4
  %1909 = insertelement <8 x float> poison, float %1908, i64 0
  %1910 = shufflevector <8 x float> %1909, <8 x float> poison, <8 x i32> zeroinitializer
  %1911 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1910, <8 x float> %1870, <8 x float> %acc39.02184)
  %p6.next = or disjoint i64 %p6.addr.02183, 1
  %.idx2078.13304 = shl nuw nsw i64 %p6.next, 5
  %1912 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2078.13304
  %1913 = load <8 x float>, ptr %1912, align 4
  %1914 = getelementptr inbounds float, ptr %Bk, i64 %p6.next
  %1915 = getelementptr inbounds i8, ptr %1914, i64 9216
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <8 x float> poison, float %1916, i64 0
  %1918 = shufflevector <8 x float> %1917, <8 x float> poison, <8 x i32> zeroinitializer
  %1919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1918, <8 x float> %1913, <8 x float> %1876)
  %1920 = getelementptr inbounds i8, ptr %1914, i64 9344
  %1921 = load float, ptr %1920, align 4
  %1922 = insertelement <8 x float> poison, float %1921, i64 0
  %1923 = shufflevector <8 x float> %1922, <8 x float> poison, <8 x i32> zeroinitializer
  %1924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1923, <8 x float> %1913, <8 x float> %1881)
  %1925 = getelementptr inbounds i8, ptr %1914, i64 9472
  %1926 = load float, ptr %1925, align 4
  %1927 = insertelement <8 x float> poison, float %1926, i64 0
  %1928 = shufflevector <8 x float> %1927, <8 x float> poison, <8 x i32> zeroinitializer
  %1929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1928, <8 x float> %1913, <8 x float> %1886)
  %1930 = getelementptr inbounds i8, ptr %1914, i64 9600
  %1931 = load float, ptr %1930, align 4
  %1932 = insertelement <8 x float> poison, float %1931, i64 0
  %1933 = shufflevector <8 x float> %1932, <8 x float> poison, <8 x i32> zeroinitializer
  %1934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1933, <8 x float> %1913, <8 x float> %1891)
  %1935 = getelementptr inbounds i8, ptr %1914, i64 9728
  %1936 = load float, ptr %1935, align 4
  %1937 = insertelement <8 x float> poison, float %1936, i64 0
  %1938 = shufflevector <8 x float> %1937, <8 x float> poison, <8 x i32> zeroinitializer
  %1939 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1938, <8 x float> %1913, <8 x float> %1896)
  %1940 = getelementptr inbounds i8, ptr %1914, i64 9856
  %1941 = load float, ptr %1940, align 4
  %1942 = insertelement <8 x float> poison, float %1941, i64 0
  %1943 = shufflevector <8 x float> %1942, <8 x float> poison, <8 x i32> zeroinitializer
  %1944 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1943, <8 x float> %1913, <8 x float> %1901)
  %1945 = getelementptr inbounds i8, ptr %1914, i64 9984
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <8 x float> poison, float %1946, i64 0
  %1948 = shufflevector <8 x float> %1947, <8 x float> poison, <8 x i32> zeroinitializer
  %1949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> %1913, <8 x float> %1906)
  %1950 = getelementptr inbounds i8, ptr %1914, i64 10112
  %1951 = load float, ptr %1950, align 4
  %1952 = insertelement <8 x float> poison, float %1951, i64 0
  %1953 = shufflevector <8 x float> %1952, <8 x float> poison, <8 x i32> zeroinitializer
  %1954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1953, <8 x float> %1913, <8 x float> %1911)
  %p6.next.13305 = add nuw nsw i64 %p6.addr.02183, 2
  %exitcond2587.not.1 = icmp eq i64 %p6.next.13305, 32
  br i1 %exitcond2587.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <8 x float> %1919, ptr %PT, align 4
  store <8 x float> %1924, ptr %252, align 4
  store <8 x float> %1929, ptr %253, align 4
  store <8 x float> %1934, ptr %254, align 4
  store <8 x float> %1939, ptr %255, align 4
  store <8 x float> %1944, ptr %256, align 4
  store <8 x float> %1949, ptr %257, align 4
  store <8 x float> %1954, ptr %258, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc32.02191.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2005, %p6.body.1 ]
  %acc33.02190.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2010, %p6.body.1 ]
  %acc34.02189.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2015, %p6.body.1 ]
  %acc35.02188.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2020, %p6.body.1 ]
  %acc36.02187.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2025, %p6.body.1 ]
  %acc37.02186.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2030, %p6.body.1 ]
  %acc38.02185.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2035, %p6.body.1 ]
  %acc39.02184.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2040, %p6.body.1 ]
  %p6.addr.02183.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %.idx2078.1 = shl nuw nsw i64 %p6.addr.02183.1, 5
  %1955 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2078.1
  %1956 = load <8 x float>, ptr %1955, align 4
  %1957 = getelementptr inbounds float, ptr %Bk, i64 %p6.addr.02183.1
  %1958 = getelementptr inbounds i8, ptr %1957, i64 10240
  %1959 = load float, ptr %1958, align 4
  %1960 = insertelement <8 x float> poison, float %1959, i64 0
  %1961 = shufflevector <8 x float> %1960, <8 x float> poison, <8 x i32> zeroinitializer
  %1962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1961, <8 x float> %1956, <8 x float> %acc32.02191.1)
  %1963 = getelementptr inbounds i8, ptr %1957, i64 10368
  %1964 = load float, ptr %1963, align 4
  %1965 = insertelement <8 x float> poison, float %1964, i64 0
  %1966 = shufflevector <8 x float> %1965, <8 x float> poison, <8 x i32> zeroinitializer
  %1967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1956, <8 x float> %acc33.02190.1)
  %1968 = getelementptr inbounds i8, ptr %1957, i64 10496
  %1969 = load float, ptr %1968, align 4
  %1970 = insertelement <8 x float> poison, float %1969, i64 0
  %1971 = shufflevector <8 x float> %1970, <8 x float> poison, <8 x i32> zeroinitializer
  %1972 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1971, <8 x float> %1956, <8 x float> %acc34.02189.1)
  %1973 = getelementptr inbounds i8, ptr %1957, i64 10624
  %1974 = load float, ptr %1973, align 4
  %1975 = insertelement <8 x float> poison, float %1974, i64 0
  %1976 = shufflevector <8 x float> %1975, <8 x float> poison, <8 x i32> zeroinitializer
  %1977 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1976, <8 x float> %1956, <8 x float> %acc35.02188.1)
  %1978 = getelementptr inbounds i8, ptr %1957, i64 10752
  %1979 = load float, ptr %1978, align 4
  %1980 = insertelement <8 x float> poison, float %1979, i64 0
  %1981 = shufflevector <8 x float> %1980, <8 x float> poison, <8 x i32> zeroinitializer
  %1982 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1981, <8 x float> %1956, <8 x float> %acc36.02187.1)
  %1983 = getelementptr inbounds i8, ptr %1957, i64 10880
  %1984 = load float, ptr %1983, align 4
  %1985 = insertelement <8 x float> poison, float %1984, i64 0
  %1986 = shufflevector <8 x float> %1985, <8 x float> poison, <8 x i32> zeroinitializer
  %1987 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1956, <8 x float> %acc37.02186.1)
  %1988 = getelementptr inbounds i8, ptr %1957, i64 11008
  %1989 = load float, ptr %1988, align 4
  %1990 = insertelement <8 x float> poison, float %1989, i64 0
  %1991 = shufflevector <8 x float> %1990, <8 x float> poison, <8 x i32> zeroinitializer
  %1992 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1991, <8 x float> %1956, <8 x float> %acc38.02185.1)
  %1993 = getelementptr inbounds i8, ptr %1957, i64 11136
  %1994 = load float, ptr %1993, align 4
  %1995 = insertelement <8 x float> poison, float %1994, i64 0
  %1996 = shufflevector <8 x float> %1995, <8 x float> poison, <8 x i32> zeroinitializer
  %1997 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1996, <8 x float> %1956, <8 x float> %acc39.02184.1)
  %p6.next.1 = or disjoint i64 %p6.addr.02183.1, 1
  %.idx2078.1.1 = shl nuw nsw i64 %p6.next.1, 5
  %1998 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2078.1.1
  %1999 = load <8 x float>, ptr %1998, align 4
  %2000 = getelementptr inbounds float, ptr %Bk, i64 %p6.next.1
  %2001 = getelementptr inbounds i8, ptr %2000, i64 10240
  %2002 = load float, ptr %2001, align 4
  %2003 = insertelement <8 x float> poison, float %2002, i64 0
  %2004 = shufflevector <8 x float> %2003, <8 x float> poison, <8 x i32> zeroinitializer
  %2005 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2004, <8 x float> %1999, <8 x float> %1962)
  %2006 = getelementptr inbounds i8, ptr %2000, i64 10368
  %2007 = load float, ptr %2006, align 4
  %2008 = insertelement <8 x float> poison, float %2007, i64 0
  %2009 = shufflevector <8 x float> %2008, <8 x float> poison, <8 x i32> zeroinitializer
  %2010 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2009, <8 x float> %1999, <8 x float> %1967)
  %2011 = getelementptr inbounds i8, ptr %2000, i64 10496
  %2012 = load float, ptr %2011, align 4
  %2013 = insertelement <8 x float> poison, float %2012, i64 0
  %2014 = shufflevector <8 x float> %2013, <8 x float> poison, <8 x i32> zeroinitializer
  %2015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2014, <8 x float> %1999, <8 x float> %1972)
  %2016 = getelementptr inbounds i8, ptr %2000, i64 10624
  %2017 = load float, ptr %2016, align 4
  %2018 = insertelement <8 x float> poison, float %2017, i64 0
  %2019 = shufflevector <8 x float> %2018, <8 x float> poison, <8 x i32> zeroinitializer
  %2020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2019, <8 x float> %1999, <8 x float> %1977)
  %2021 = getelementptr inbounds i8, ptr %2000, i64 10752
  %2022 = load float, ptr %2021, align 4
  %2023 = insertelement <8 x float> poison, float %2022, i64 0
  %2024 = shufflevector <8 x float> %2023, <8 x float> poison, <8 x i32> zeroinitializer
  %2025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2024, <8 x float> %1999, <8 x float> %1982)
  %2026 = getelementptr inbounds i8, ptr %2000, i64 10880
  %2027 = load float, ptr %2026, align 4
  %2028 = insertelement <8 x float> poison, float %2027, i64 0
  %2029 = shufflevector <8 x float> %2028, <8 x float> poison, <8 x i32> zeroinitializer
  %2030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2029, <8 x float> %1999, <8 x float> %1987)
  %2031 = getelementptr inbounds i8, ptr %2000, i64 11008
  %2032 = load float, ptr %2031, align 4
  %2033 = insertelement <8 x float> poison, float %2032, i64 0
  %2034 = shufflevector <8 x float> %2033, <8 x float> poison, <8 x i32> zeroinitializer
  %2035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2034, <8 x float> %1999, <8 x float> %1992)
  %2036 = getelementptr inbounds i8, ptr %2000, i64 11136
  %2037 = load float, ptr %2036, align 4
  %2038 = insertelement <8 x float> poison, float %2037, i64 0
  %2039 = shufflevector <8 x float> %2038, <8 x float> poison, <8 x i32> zeroinitializer
  %2040 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2039, <8 x float> %1999, <8 x float> %1997)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.02183.1, 2
  %exitcond2587.1.not.1 = icmp eq i64 %p6.next.1.1, 32
  br i1 %exitcond2587.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %2041 = load <8 x float>, ptr %M, align 4
  %2042 = fmul <8 x float> %1919, %2041
  store <8 x float> %2042, ptr %PT, align 4
  %2043 = fmul <8 x float> %1924, %2041
  store <8 x float> %2043, ptr %252, align 4
  %2044 = load <8 x float>, ptr %38, align 4
  %2045 = fmul <8 x float> %1929, %2044
  store <8 x float> %2045, ptr %253, align 4
  %2046 = fmul <8 x float> %1934, %2044
  store <8 x float> %2046, ptr %254, align 4
  %2047 = load <8 x float>, ptr %39, align 4
  %2048 = fmul <8 x float> %1939, %2047
  store <8 x float> %2048, ptr %255, align 4
  %2049 = fmul <8 x float> %1944, %2047
  store <8 x float> %2049, ptr %256, align 4
  %2050 = load <8 x float>, ptr %40, align 4
  %2051 = fmul <8 x float> %1949, %2050
  store <8 x float> %2051, ptr %257, align 4
  %2052 = fmul <8 x float> %1954, %2050
  store <8 x float> %2052, ptr %258, align 4
  %2053 = load <8 x float>, ptr %41, align 4
  %2054 = fmul <8 x float> %2005, %2053
  store <8 x float> %2054, ptr %259, align 4
  %2055 = fmul <8 x float> %2010, %2053
  store <8 x float> %2055, ptr %260, align 4
  %2056 = load <8 x float>, ptr %43, align 4
  %2057 = fmul <8 x float> %2015, %2056
  store <8 x float> %2057, ptr %261, align 4
  %2058 = fmul <8 x float> %2020, %2056
  store <8 x float> %2058, ptr %262, align 4
  %2059 = load <8 x float>, ptr %46, align 4
  %2060 = fmul <8 x float> %2025, %2059
  store <8 x float> %2060, ptr %263, align 4
  %2061 = fmul <8 x float> %2030, %2059
  store <8 x float> %2061, ptr %264, align 4
  %2062 = load <8 x float>, ptr %48, align 4
  %2063 = fmul <8 x float> %2035, %2062
  store <8 x float> %2063, ptr %265, align 4
  %2064 = fmul <8 x float> %2040, %2062
  store <8 x float> %2064, ptr %266, align 4
  %2065 = load <16 x float>, ptr %267, align 4
  store <16 x float> %2065, ptr %268, align 4
  %2066 = load <16 x float>, ptr %269, align 4
  store <16 x float> %2066, ptr %270, align 4
  %2067 = load <16 x float>, ptr %271, align 4
  store <16 x float> %2067, ptr %272, align 4
  %2068 = load <16 x float>, ptr %273, align 4
  store <16 x float> %2068, ptr %274, align 4
  %2069 = load <16 x float>, ptr %275, align 4
  store <16 x float> %2069, ptr %276, align 4
  %2070 = load <16 x float>, ptr %277, align 4
  store <16 x float> %2070, ptr %278, align 4
  %2071 = load <16 x float>, ptr %279, align 4
  store <16 x float> %2071, ptr %280, align 4
  %2072 = load <16 x float>, ptr %281, align 4
  store <16 x float> %2072, ptr %282, align 4
  %2073 = load <16 x float>, ptr %283, align 4
  store <16 x float> %2073, ptr %284, align 4
  %2074 = load <16 x float>, ptr %285, align 4
  store <16 x float> %2074, ptr %286, align 4
  %2075 = load <16 x float>, ptr %287, align 4
  store <16 x float> %2075, ptr %288, align 4
  %2076 = load <16 x float>, ptr %289, align 4
  store <16 x float> %2076, ptr %290, align 4
  %2077 = load <16 x float>, ptr %291, align 4
  store <16 x float> %2077, ptr %292, align 4
  %2078 = load <16 x float>, ptr %293, align 4
  store <16 x float> %2078, ptr %294, align 4
  %2079 = load <16 x float>, ptr %295, align 4
  store <16 x float> %2079, ptr %296, align 4
  %2080 = load <16 x float>, ptr %297, align 4
  store <16 x float> %2080, ptr %298, align 4
  %2081 = load <16 x float>, ptr %299, align 4
  store <16 x float> %2081, ptr %300, align 4
  %2082 = load <16 x float>, ptr %301, align 4
  store <16 x float> %2082, ptr %302, align 4
  %2083 = load <16 x float>, ptr %303, align 4
  store <16 x float> %2083, ptr %304, align 4
  %2084 = load <16 x float>, ptr %305, align 4
  store <16 x float> %2084, ptr %306, align 4
  %2085 = load <16 x float>, ptr %307, align 4
  store <16 x float> %2085, ptr %308, align 4
  %2086 = load <16 x float>, ptr %309, align 4
  store <16 x float> %2086, ptr %310, align 4
  %2087 = load <16 x float>, ptr %311, align 4
  store <16 x float> %2087, ptr %312, align 4
  %2088 = load <16 x float>, ptr %313, align 4
  store <16 x float> %2088, ptr %314, align 4
  %2089 = load <16 x float>, ptr %315, align 4
  store <16 x float> %2089, ptr %316, align 4
  %2090 = load <16 x float>, ptr %317, align 4
  store <16 x float> %2090, ptr %318, align 4
  %2091 = load <16 x float>, ptr %319, align 4
  store <16 x float> %2091, ptr %320, align 4
  %2092 = load <16 x float>, ptr %321, align 4
  store <16 x float> %2092, ptr %322, align 4
  %2093 = load <16 x float>, ptr %323, align 4
  store <16 x float> %2093, ptr %324, align 4
  %2094 = load <16 x float>, ptr %325, align 4
  store <16 x float> %2094, ptr %326, align 4
  %2095 = load <16 x float>, ptr %327, align 4
  store <16 x float> %2095, ptr %328, align 4
  %2096 = load <16 x float>, ptr %329, align 4
  store <16 x float> %2096, ptr %330, align 4
  %2097 = load <16 x float>, ptr %268, align 4
  %2098 = load <16 x float>, ptr %331, align 4
  %2099 = load <16 x float>, ptr %272, align 4
  %2100 = load <16 x float>, ptr %332, align 4
  %2101 = load <16 x float>, ptr %276, align 4
  %2102 = load <16 x float>, ptr %333, align 4
  %2103 = load <16 x float>, ptr %280, align 4
  %2104 = load <16 x float>, ptr %334, align 4
  %2105 = load <16 x float>, ptr %284, align 4
  %2106 = load <16 x float>, ptr %335, align 4
  %2107 = load <16 x float>, ptr %288, align 4
  %2108 = load <16 x float>, ptr %336, align 4
  %2109 = load <16 x float>, ptr %292, align 4
  %2110 = load <16 x float>, ptr %337, align 4
  %2111 = load <16 x float>, ptr %296, align 4
  %2112 = load <16 x float>, ptr %338, align 4
  br label %p7.body

p7.body:                                          ; preds = %p6.exit.1, %p7.body
  %acc40.02212 = phi <16 x float> [ %2097, %p6.exit.1 ], [ %2123, %p7.body ]
  %acc41.02211 = phi <16 x float> [ %2098, %p6.exit.1 ], [ %2124, %p7.body ]
  %acc42.02210 = phi <16 x float> [ %2099, %p6.exit.1 ], [ %2129, %p7.body ]
  %acc43.02209 = phi <16 x float> [ %2100, %p6.exit.1 ], [ %2130, %p7.body ]
  %acc44.02208 = phi <16 x float> [ %2101, %p6.exit.1 ], [ %2135, %p7.body ]
  %acc45.02207 = phi <16 x float> [ %2102, %p6.exit.1 ], [ %2136, %p7.body ]
  %acc46.02206 = phi <16 x float> [ %2103, %p6.exit.1 ], [ %2141, %p7.body ]
  %acc47.02205 = phi <16 x float> [ %2104, %p6.exit.1 ], [ %2142, %p7.body ]
  %acc48.02204 = phi <16 x float> [ %2105, %p6.exit.1 ], [ %2147, %p7.body ]
  %acc49.02203 = phi <16 x float> [ %2106, %p6.exit.1 ], [ %2148, %p7.body ]
  %acc50.02202 = phi <16 x float> [ %2107, %p6.exit.1 ], [ %2153, %p7.body ]
  %acc51.02201 = phi <16 x float> [ %2108, %p6.exit.1 ], [ %2154, %p7.body ]
  %acc52.02200 = phi <16 x float> [ %2109, %p6.exit.1 ], [ %2159, %p7.body ]
  %acc53.02199 = phi <16 x float> [ %2110, %p6.exit.1 ], [ %2160, %p7.body ]
  %acc54.02198 = phi <16 x float> [ %2111, %p6.exit.1 ], [ %2165, %p7.body ]
  %p7.addr.02197 = phi i64 [ 0, %p6.exit.1 ], [ %p7.next, %p7.body ]
  %acc55.02196 = phi <16 x float> [ %2112, %p6.exit.1 ], [ %2166, %p7.body ]
  %2113 = shl nuw nsw i64 %p7.addr.02197, 5
  %2114 = getelementptr inbounds float, ptr %OY, i64 %2113
  %2115 = load <16 x float>, ptr %2114, align 4
  %2116 = or disjoint i64 %2113, 16
  %2117 = getelementptr inbounds float, ptr %OY, i64 %2116
  %2118 = load <16 x float>, ptr %2117, align 4
  %2119 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02197
  %2120 = load float, ptr %2119, align 4
  %2121 = insertelement <16 x float> poison, float %2120, i64 0
  %2122 = shufflevector <16 x float> %2121, <16 x float> poison, <16 x i32> zeroinitializer
  %2123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2115, <16 x float> %acc40.02212)
  %2124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2118, <16 x float> %acc41.02211)
  %2125 = getelementptr inbounds i8, ptr %2119, i64 32
  %2126 = load float, ptr %2125, align 4
  %2127 = insertelement <16 x float> poison, float %2126, i64 0
  %2128 = shufflevector <16 x float> %2127, <16 x float> poison, <16 x i32> zeroinitializer
  %2129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2128, <16 x float> %2115, <16 x float> %acc42.02210)
  %2130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2128, <16 x float> %2118, <16 x float> %acc43.02209)
  %2131 = getelementptr inbounds i8, ptr %2119, i64 64
  %2132 = load float, ptr %2131, align 4
  %2133 = insertelement <16 x float> poison, float %2132, i64 0
  %2134 = shufflevector <16 x float> %2133, <16 x float> poison, <16 x i32> zeroinitializer
  %2135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2134, <16 x float> %2115, <16 x float> %acc44.02208)
  %2136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2134, <16 x float> %2118, <16 x float> %acc45.02207)
  %2137 = getelementptr inbounds i8, ptr %2119, i64 96
  %2138 = load float, ptr %2137, align 4
  %2139 = insertelement <16 x float> poison, float %2138, i64 0
  %2140 = shufflevector <16 x float> %2139, <16 x float> poison, <16 x i32> zeroinitializer
  %2141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2140, <16 x float> %2115, <16 x float> %acc46.02206)
  %2142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2140, <16 x float> %2118, <16 x float> %acc47.02205)
  %2143 = getelementptr inbounds i8, ptr %2119, i64 128
  %2144 = load float, ptr %2143, align 4
  %2145 = insertelement <16 x float> poison, float %2144, i64 0
  %2146 = shufflevector <16 x float> %2145, <16 x float> poison, <16 x i32> zeroinitializer
  %2147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2146, <16 x float> %2115, <16 x float> %acc48.02204)
  %2148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2146, <16 x float> %2118, <16 x float> %acc49.02203)
  %2149 = getelementptr inbounds i8, ptr %2119, i64 160
  %2150 = load float, ptr %2149, align 4
  %2151 = insertelement <16 x float> poison, float %2150, i64 0
  %2152 = shufflevector <16 x float> %2151, <16 x float> poison, <16 x i32> zeroinitializer
  %2153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2115, <16 x float> %acc50.02202)
  %2154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2118, <16 x float> %acc51.02201)
  %2155 = getelementptr inbounds i8, ptr %2119, i64 192
  %2156 = load float, ptr %2155, align 4
  %2157 = insertelement <16 x float> poison, float %2156, i64 0
  %2158 = shufflevector <16 x float> %2157, <16 x float> poison, <16 x i32> zeroinitializer
  %2159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2158, <16 x float> %2115, <16 x float> %acc52.02200)
  %2160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2158, <16 x float> %2118, <16 x float> %acc53.02199)
  %2161 = getelementptr inbounds i8, ptr %2119, i64 224
  %2162 = load float, ptr %2161, align 4
  %2163 = insertelement <16 x float> poison, float %2162, i64 0
  %2164 = shufflevector <16 x float> %2163, <16 x float> poison, <16 x i32> zeroinitializer
  %2165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2115, <16 x float> %acc54.02198)
  %2166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2118, <16 x float> %acc55.02196)
  %p7.next = add nuw nsw i64 %p7.addr.02197, 1
  %exitcond2594.not = icmp eq i64 %p7.next, 8
  br i1 %exitcond2594.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2123, ptr %268, align 4
  store <16 x float> %2124, ptr %331, align 4
  store <16 x float> %2129, ptr %272, align 4
  store <16 x float> %2130, ptr %332, align 4
  store <16 x float> %2135, ptr %276, align 4
  store <16 x float> %2136, ptr %333, align 4
  store <16 x float> %2141, ptr %280, align 4
  store <16 x float> %2142, ptr %334, align 4
  store <16 x float> %2147, ptr %284, align 4
  store <16 x float> %2148, ptr %335, align 4
  store <16 x float> %2153, ptr %288, align 4
  store <16 x float> %2154, ptr %336, align 4
  store <16 x float> %2159, ptr %292, align 4
  store <16 x float> %2160, ptr %337, align 4
  store <16 x float> %2165, ptr %296, align 4
  store <16 x float> %2166, ptr %338, align 4
  %2167 = load <16 x float>, ptr %300, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %acc40.02212.1 = phi <16 x float> [ %2167, %p7.exit ], [ %2179, %p7.body.1 ]
  %acc41.02211.1 = phi <16 x float> [ %2082, %p7.exit ], [ %2180, %p7.body.1 ]
  %acc42.02210.1 = phi <16 x float> [ %2083, %p7.exit ], [ %2185, %p7.body.1 ]
  %acc43.02209.1 = phi <16 x float> [ %2084, %p7.exit ], [ %2186, %p7.body.1 ]
  %acc44.02208.1 = phi <16 x float> [ %2085, %p7.exit ], [ %2191, %p7.body.1 ]
  %acc45.02207.1 = phi <16 x float> [ %2086, %p7.exit ], [ %2192, %p7.body.1 ]
  %acc46.02206.1 = phi <16 x float> [ %2087, %p7.exit ], [ %2197, %p7.body.1 ]
  %acc47.02205.1 = phi <16 x float> [ %2088, %p7.exit ], [ %2198, %p7.body.1 ]
  %acc48.02204.1 = phi <16 x float> [ %2089, %p7.exit ], [ %2203, %p7.body.1 ]
  %acc49.02203.1 = phi <16 x float> [ %2090, %p7.exit ], [ %2204, %p7.body.1 ]
  %acc50.02202.1 = phi <16 x float> [ %2091, %p7.exit ], [ %2209, %p7.body.1 ]
  %acc51.02201.1 = phi <16 x float> [ %2092, %p7.exit ], [ %2210, %p7.body.1 ]
  %acc52.02200.1 = phi <16 x float> [ %2093, %p7.exit ], [ %2215, %p7.body.1 ]
  %acc53.02199.1 = phi <16 x float> [ %2094, %p7.exit ], [ %2216, %p7.body.1 ]
  %acc54.02198.1 = phi <16 x float> [ %2095, %p7.exit ], [ %2221, %p7.body.1 ]
  %p7.addr.02197.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1, %p7.body.1 ]
  %acc55.02196.1 = phi <16 x float> [ %2096, %p7.exit ], [ %2222, %p7.body.1 ]
  %2168 = shl nuw nsw i64 %p7.addr.02197.1, 5
  %2169 = getelementptr inbounds float, ptr %OY, i64 %2168
  %2170 = load <16 x float>, ptr %2169, align 4
  %2171 = or disjoint i64 %2168, 16
  %2172 = getelementptr inbounds float, ptr %OY, i64 %2171
  %2173 = load <16 x float>, ptr %2172, align 4
  %2174 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02197.1
  %2175 = getelementptr inbounds i8, ptr %2174, i64 256
  %2176 = load float, ptr %2175, align 4
  %2177 = insertelement <16 x float> poison, float %2176, i64 0
  %2178 = shufflevector <16 x float> %2177, <16 x float> poison, <16 x i32> zeroinitializer
  %2179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2178, <16 x float> %2170, <16 x float> %acc40.02212.1)
  %2180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2178, <16 x float> %2173, <16 x float> %acc41.02211.1)
  %2181 = getelementptr inbounds i8, ptr %2174, i64 288
  %2182 = load float, ptr %2181, align 4
  %2183 = insertelement <16 x float> poison, float %2182, i64 0
  %2184 = shufflevector <16 x float> %2183, <16 x float> poison, <16 x i32> zeroinitializer
  %2185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2184, <16 x float> %2170, <16 x float> %acc42.02210.1)
  %2186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2184, <16 x float> %2173, <16 x float> %acc43.02209.1)
  %2187 = getelementptr inbounds i8, ptr %2174, i64 320
  %2188 = load float, ptr %2187, align 4
  %2189 = insertelement <16 x float> poison, float %2188, i64 0
  %2190 = shufflevector <16 x float> %2189, <16 x float> poison, <16 x i32> zeroinitializer
  %2191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2190, <16 x float> %2170, <16 x float> %acc44.02208.1)
  %2192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2190, <16 x float> %2173, <16 x float> %acc45.02207.1)
  %2193 = getelementptr inbounds i8, ptr %2174, i64 352
  %2194 = load float, ptr %2193, align 4
  %2195 = insertelement <16 x float> poison, float %2194, i64 0
  %2196 = shufflevector <16 x float> %2195, <16 x float> poison, <16 x i32> zeroinitializer
  %2197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2196, <16 x float> %2170, <16 x float> %acc46.02206.1)
  %2198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2196, <16 x float> %2173, <16 x float> %acc47.02205.1)
  %2199 = getelementptr inbounds i8, ptr %2174, i64 384
  %2200 = load float, ptr %2199, align 4
  %2201 = insertelement <16 x float> poison, float %2200, i64 0
  %2202 = shufflevector <16 x float> %2201, <16 x float> poison, <16 x i32> zeroinitializer
  %2203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2202, <16 x float> %2170, <16 x float> %acc48.02204.1)
  %2204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2202, <16 x float> %2173, <16 x float> %acc49.02203.1)
  %2205 = getelementptr inbounds i8, ptr %2174, i64 416
  %2206 = load float, ptr %2205, align 4
  %2207 = insertelement <16 x float> poison, float %2206, i64 0
  %2208 = shufflevector <16 x float> %2207, <16 x float> poison, <16 x i32> zeroinitializer
  %2209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2208, <16 x float> %2170, <16 x float> %acc50.02202.1)
  %2210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2208, <16 x float> %2173, <16 x float> %acc51.02201.1)
  %2211 = getelementptr inbounds i8, ptr %2174, i64 448
  %2212 = load float, ptr %2211, align 4
  %2213 = insertelement <16 x float> poison, float %2212, i64 0
  %2214 = shufflevector <16 x float> %2213, <16 x float> poison, <16 x i32> zeroinitializer
  %2215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2170, <16 x float> %acc52.02200.1)
  %2216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2173, <16 x float> %acc53.02199.1)
  %2217 = getelementptr inbounds i8, ptr %2174, i64 480
  %2218 = load float, ptr %2217, align 4
  %2219 = insertelement <16 x float> poison, float %2218, i64 0
  %2220 = shufflevector <16 x float> %2219, <16 x float> poison, <16 x i32> zeroinitializer
  %2221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2220, <16 x float> %2170, <16 x float> %acc54.02198.1)
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2220, <16 x float> %2173, <16 x float> %acc55.02196.1)
  %p7.next.1 = add nuw nsw i64 %p7.addr.02197.1, 1
  %exitcond2594.1.not = icmp eq i64 %p7.next.1, 8
  br i1 %exitcond2594.1.not, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  store <16 x float> %2179, ptr %300, align 4
  store <16 x float> %2180, ptr %339, align 4
  store <16 x float> %2185, ptr %304, align 4
  store <16 x float> %2186, ptr %340, align 4
  store <16 x float> %2191, ptr %308, align 4
  store <16 x float> %2192, ptr %341, align 4
  store <16 x float> %2197, ptr %312, align 4
  store <16 x float> %2198, ptr %342, align 4
  store <16 x float> %2203, ptr %316, align 4
  store <16 x float> %2204, ptr %343, align 4
  store <16 x float> %2209, ptr %320, align 4
  store <16 x float> %2210, ptr %344, align 4
  store <16 x float> %2215, ptr %324, align 4
  store <16 x float> %2216, ptr %345, align 4
  store <16 x float> %2221, ptr %328, align 4
  store <16 x float> %2222, ptr %346, align 4
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %p7.exit.1
  %p8.addr.02222 = phi i64 [ 0, %p7.exit.1 ], [ %p8.next.13317, %p8.body ]
  %acc63.02221 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2320, %p8.body ]
  %acc62.02220 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2314, %p8.body ]
  %acc61.02219 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2308, %p8.body ]
  %acc60.02218 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2302, %p8.body ]
  %acc59.02217 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2296, %p8.body ]
  %acc58.02216 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2290, %p8.body ]
  %acc57.02215 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2284, %p8.body ]
  %acc56.02214 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2278, %p8.body ]
  %.idx2074 = shl nuw nsw i64 %p8.addr.02222, 5
  %2223 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2074
  %2224 = load <8 x float>, ptr %2223, align 4
  %2225 = getelementptr inbounds float, ptr %Vn, i64 %p8.addr.02222
  %2226 = load float, ptr %2225, align 4
  %2227 = insertelement <8 x float> poison, float %2226, i64 0
  %2228 = shufflevector <8 x float> %2227, <8 x float> poison, <8 x i32> zeroinitializer
  %2229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2228, <8 x float> %2224, <8 x float> %acc56.02214)
  %2230 = or disjoint i64 %p8.addr.02222, 32
  %2231 = getelementptr inbounds float, ptr %Vn, i64 %2230
  %2232 = load float, ptr %2231, align 4
  %2233 = insertelement <8 x float> poison, float %2232, i64 0
  %2234 = shufflevector <8 x float> %2233, <8 x float> poison, <8 x i32> zeroinitializer
  %2235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2234, <8 x float> %2224, <8 x float> %acc57.02215)
  %2236 = or disjoint i64 %p8.addr.02222, 64
  %2237 = getelementptr inbounds float, ptr %Vn, i64 %2236
  %2238 = load float, ptr %2237, align 4
  %2239 = insertelement <8 x float> poison, float %2238, i64 0
  %2240 = shufflevector <8 x float> %2239, <8 x float> poison, <8 x i32> zeroinitializer
  %2241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2240, <8 x float> %2224, <8 x float> %acc58.02216)
  %2242 = or disjoint i64 %p8.addr.02222, 96
  %2243 = getelementptr inbounds float, ptr %Vn, i64 %2242
  %2244 = load float, ptr %2243, align 4
  %2245 = insertelement <8 x float> poison, float %2244, i64 0
  %2246 = shufflevector <8 x float> %2245, <8 x float> poison, <8 x i32> zeroinitializer
  %2247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2246, <8 x float> %2224, <8 x float> %acc59.02217)
  %2248 = or disjoint i64 %p8.addr.02222, 128
  %2249 = getelementptr inbounds float, ptr %Vn, i64 %2248
  %2250 = load float, ptr %2249, align 4
  %2251 = insertelement <8 x float> poison, float %2250, i64 0
  %2252 = shufflevector <8 x float> %2251, <8 x float> poison, <8 x i32> zeroinitializer
  %2253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2252, <8 x float> %2224, <8 x float> %acc60.02218)
  %2254 = or disjoint i64 %p8.addr.02222, 160
  %2255 = getelementptr inbounds float, ptr %Vn, i64 %2254
  %2256 = load float, ptr %2255, align 4
  %2257 = insertelement <8 x float> poison, float %2256, i64 0
  %2258 = shufflevector <8 x float> %2257, <8 x float> poison, <8 x i32> zeroinitializer
  %2259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2258, <8 x float> %2224, <8 x float> %acc61.02219)
  %2260 = or disjoint i64 %p8.addr.02222, 192
  %2261 = getelementptr inbounds float, ptr %Vn, i64 %2260
  %2262 = load float, ptr %2261, align 4
  %2263 = insertelement <8 x float> poison, float %2262, i64 0
  %2264 = shufflevector <8 x float> %2263, <8 x float> poison, <8 x i32> zeroinitializer
  %2265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2264, <8 x float> %2224, <8 x float> %acc62.02220)
  %2266 = or disjoint i64 %p8.addr.02222, 224
  %2267 = getelementptr inbounds float, ptr %Vn, i64 %2266
  %2268 = load float, ptr %2267, align 4
  %2269 = insertelement <8 x float> poison, float %2268, i64 0
  %2270 = shufflevector <8 x float> %2269, <8 x float> poison, <8 x i32> zeroinitializer
  %2271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2270, <8 x float> %2224, <8 x float> %acc63.02221)
  %p8.next = or disjoint i64 %p8.addr.02222, 1
  %.idx2074.13316 = shl nuw nsw i64 %p8.next, 5
  %2272 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2074.13316
  %2273 = load <8 x float>, ptr %2272, align 4
  %2274 = getelementptr inbounds float, ptr %Vn, i64 %p8.next
  %2275 = load float, ptr %2274, align 4
  %2276 = insertelement <8 x float> poison, float %2275, i64 0
  %2277 = shufflevector <8 x float> %2276, <8 x float> poison, <8 x i32> zeroinitializer
  %2278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2277, <8 x float> %2273, <8 x float> %2229)
  %2279 = or i64 %p8.addr.02222, 33
  %2280 = getelementptr inbounds float, ptr %Vn, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = insertelement <8 x float> poison, float %2281, i64 0
  %2283 = shufflevector <8 x float> %2282, <8 x float> poison, <8 x i32> zeroinitializer
  %2284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2283, <8 x float> %2273, <8 x float> %2235)
  %2285 = or i64 %p8.addr.02222, 65
  %2286 = getelementptr inbounds float, ptr %Vn, i64 %2285
  %2287 = load float, ptr %2286, align 4
  %2288 = insertelement <8 x float> poison, float %2287, i64 0
  %2289 = shufflevector <8 x float> %2288, <8 x float> poison, <8 x i32> zeroinitializer
  %2290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2289, <8 x float> %2273, <8 x float> %2241)
  %2291 = or i64 %p8.addr.02222, 97
  %2292 = getelementptr inbounds float, ptr %Vn, i64 %2291
  %2293 = load float, ptr %2292, align 4
  %2294 = insertelement <8 x float> poison, float %2293, i64 0
  %2295 = shufflevector <8 x float> %2294, <8 x float> poison, <8 x i32> zeroinitializer
  %2296 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2295, <8 x float> %2273, <8 x float> %2247)
  %2297 = or i64 %p8.addr.02222, 129
  %2298 = getelementptr inbounds float, ptr %Vn, i64 %2297
  %2299 = load float, ptr %2298, align 4
  %2300 = insertelement <8 x float> poison, float %2299, i64 0
  %2301 = shufflevector <8 x float> %2300, <8 x float> poison, <8 x i32> zeroinitializer
  %2302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2301, <8 x float> %2273, <8 x float> %2253)
  %2303 = or i64 %p8.addr.02222, 161
  %2304 = getelementptr inbounds float, ptr %Vn, i64 %2303
  %2305 = load float, ptr %2304, align 4
  %2306 = insertelement <8 x float> poison, float %2305, i64 0
  %2307 = shufflevector <8 x float> %2306, <8 x float> poison, <8 x i32> zeroinitializer
  %2308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2307, <8 x float> %2273, <8 x float> %2259)
  %2309 = or i64 %p8.addr.02222, 193
  %2310 = getelementptr inbounds float, ptr %Vn, i64 %2309
  %2311 = load float, ptr %2310, align 4
  %2312 = insertelement <8 x float> poison, float %2311, i64 0
  %2313 = shufflevector <8 x float> %2312, <8 x float> poison, <8 x i32> zeroinitializer
  %2314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2313, <8 x float> %2273, <8 x float> %2265)
  %2315 = or i64 %p8.addr.02222, 225
  %2316 = getelementptr inbounds float, ptr %Vn, i64 %2315
  %2317 = load float, ptr %2316, align 4
  %2318 = insertelement <8 x float> poison, float %2317, i64 0
  %2319 = shufflevector <8 x float> %2318, <8 x float> poison, <8 x i32> zeroinitializer
  %2320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2319, <8 x float> %2273, <8 x float> %2271)
  %p8.next.13317 = add nuw nsw i64 %p8.addr.02222, 2
  %exitcond2595.not.1 = icmp eq i64 %p8.next.13317, 32
  br i1 %exitcond2595.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <8 x float> %2278, ptr %347, align 4
  store <8 x float> %2284, ptr %348, align 4
  store <8 x float> %2290, ptr %349, align 4
  store <8 x float> %2296, ptr %350, align 4
  store <8 x float> %2302, ptr %351, align 4
  store <8 x float> %2308, ptr %352, align 4
  store <8 x float> %2314, ptr %353, align 4
  store <8 x float> %2320, ptr %354, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.02222.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %acc63.02221.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2420, %p8.body.1 ]
  %acc62.02220.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2414, %p8.body.1 ]
  %acc61.02219.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2408, %p8.body.1 ]
  %acc60.02218.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2402, %p8.body.1 ]
  %acc59.02217.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2396, %p8.body.1 ]
  %acc58.02216.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2390, %p8.body.1 ]
  %acc57.02215.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2384, %p8.body.1 ]
  %acc56.02214.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2378, %p8.body.1 ]
  %.idx2074.1 = shl nuw nsw i64 %p8.addr.02222.1, 5
  %2321 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2074.1
  %2322 = load <8 x float>, ptr %2321, align 4
  %2323 = add nuw nsw i64 %p8.addr.02222.1, 256
  %2324 = getelementptr inbounds float, ptr %Vn, i64 %2323
  %2325 = load float, ptr %2324, align 4
  %2326 = insertelement <8 x float> poison, float %2325, i64 0
  %2327 = shufflevector <8 x float> %2326, <8 x float> poison, <8 x i32> zeroinitializer
  %2328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2327, <8 x float> %2322, <8 x float> %acc56.02214.1)
  %2329 = or disjoint i64 %2323, 32
  %2330 = getelementptr inbounds float, ptr %Vn, i64 %2329
  %2331 = load float, ptr %2330, align 4
  %2332 = insertelement <8 x float> poison, float %2331, i64 0
  %2333 = shufflevector <8 x float> %2332, <8 x float> poison, <8 x i32> zeroinitializer
  %2334 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2333, <8 x float> %2322, <8 x float> %acc57.02215.1)
  %2335 = or disjoint i64 %2323, 64
  %2336 = getelementptr inbounds float, ptr %Vn, i64 %2335
  %2337 = load float, ptr %2336, align 4
  %2338 = insertelement <8 x float> poison, float %2337, i64 0
  %2339 = shufflevector <8 x float> %2338, <8 x float> poison, <8 x i32> zeroinitializer
  %2340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2339, <8 x float> %2322, <8 x float> %acc58.02216.1)
  %2341 = or disjoint i64 %2323, 96
  %2342 = getelementptr inbounds float, ptr %Vn, i64 %2341
  %2343 = load float, ptr %2342, align 4
  %2344 = insertelement <8 x float> poison, float %2343, i64 0
  %2345 = shufflevector <8 x float> %2344, <8 x float> poison, <8 x i32> zeroinitializer
  %2346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2345, <8 x float> %2322, <8 x float> %acc59.02217.1)
  %2347 = or disjoint i64 %2323, 128
  %2348 = getelementptr inbounds float, ptr %Vn, i64 %2347
  %2349 = load float, ptr %2348, align 4
  %2350 = insertelement <8 x float> poison, float %2349, i64 0
  %2351 = shufflevector <8 x float> %2350, <8 x float> poison, <8 x i32> zeroinitializer
  %2352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2351, <8 x float> %2322, <8 x float> %acc60.02218.1)
  %2353 = or disjoint i64 %2323, 160
  %2354 = getelementptr inbounds float, ptr %Vn, i64 %2353
  %2355 = load float, ptr %2354, align 4
  %2356 = insertelement <8 x float> poison, float %2355, i64 0
  %2357 = shufflevector <8 x float> %2356, <8 x float> poison, <8 x i32> zeroinitializer
  %2358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2357, <8 x float> %2322, <8 x float> %acc61.02219.1)
  %2359 = or disjoint i64 %2323, 192
  %2360 = getelementptr inbounds float, ptr %Vn, i64 %2359
  %2361 = load float, ptr %2360, align 4
  %2362 = insertelement <8 x float> poison, float %2361, i64 0
  %2363 = shufflevector <8 x float> %2362, <8 x float> poison, <8 x i32> zeroinitializer
  %2364 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2363, <8 x float> %2322, <8 x float> %acc62.02220.1)
  %2365 = or disjoint i64 %2323, 224
  %2366 = getelementptr inbounds float, ptr %Vn, i64 %2365
  %2367 = load float, ptr %2366, align 4
  %2368 = insertelement <8 x float> poison, float %2367, i64 0
  %2369 = shufflevector <8 x float> %2368, <8 x float> poison, <8 x i32> zeroinitializer
  %2370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2369, <8 x float> %2322, <8 x float> %acc63.02221.1)
  %p8.next.1 = shl i64 %p8.addr.02222.1, 5
  %.idx2074.1.1 = or disjoint i64 %p8.next.1, 32
  %2371 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2074.1.1
  %2372 = load <8 x float>, ptr %2371, align 4
  %2373 = add nuw nsw i64 %p8.addr.02222.1, 257
  %2374 = getelementptr inbounds float, ptr %Vn, i64 %2373
  %2375 = load float, ptr %2374, align 4
  %2376 = insertelement <8 x float> poison, float %2375, i64 0
  %2377 = shufflevector <8 x float> %2376, <8 x float> poison, <8 x i32> zeroinitializer
  %2378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2377, <8 x float> %2372, <8 x float> %2328)
  %2379 = or disjoint i64 %2373, 32
  %2380 = getelementptr inbounds float, ptr %Vn, i64 %2379
  %2381 = load float, ptr %2380, align 4
  %2382 = insertelement <8 x float> poison, float %2381, i64 0
  %2383 = shufflevector <8 x float> %2382, <8 x float> poison, <8 x i32> zeroinitializer
  %2384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2383, <8 x float> %2372, <8 x float> %2334)
  %2385 = or disjoint i64 %2373, 64
  %2386 = getelementptr inbounds float, ptr %Vn, i64 %2385
  %2387 = load float, ptr %2386, align 4
  %2388 = insertelement <8 x float> poison, float %2387, i64 0
  %2389 = shufflevector <8 x float> %2388, <8 x float> poison, <8 x i32> zeroinitializer
  %2390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2389, <8 x float> %2372, <8 x float> %2340)
  %2391 = or disjoint i64 %2373, 96
  %2392 = getelementptr inbounds float, ptr %Vn, i64 %2391
  %2393 = load float, ptr %2392, align 4
  %2394 = insertelement <8 x float> poison, float %2393, i64 0
  %2395 = shufflevector <8 x float> %2394, <8 x float> poison, <8 x i32> zeroinitializer
  %2396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2395, <8 x float> %2372, <8 x float> %2346)
  %2397 = or disjoint i64 %2373, 128
  %2398 = getelementptr inbounds float, ptr %Vn, i64 %2397
  %2399 = load float, ptr %2398, align 4
  %2400 = insertelement <8 x float> poison, float %2399, i64 0
  %2401 = shufflevector <8 x float> %2400, <8 x float> poison, <8 x i32> zeroinitializer
  %2402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2401, <8 x float> %2372, <8 x float> %2352)
  %2403 = or disjoint i64 %2373, 160
  %2404 = getelementptr inbounds float, ptr %Vn, i64 %2403
  %2405 = load float, ptr %2404, align 4
  %2406 = insertelement <8 x float> poison, float %2405, i64 0
  %2407 = shufflevector <8 x float> %2406, <8 x float> poison, <8 x i32> zeroinitializer
  %2408 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2407, <8 x float> %2372, <8 x float> %2358)
  %2409 = or disjoint i64 %2373, 192
  %2410 = getelementptr inbounds float, ptr %Vn, i64 %2409
  %2411 = load float, ptr %2410, align 4
  %2412 = insertelement <8 x float> poison, float %2411, i64 0
  %2413 = shufflevector <8 x float> %2412, <8 x float> poison, <8 x i32> zeroinitializer
  %2414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2413, <8 x float> %2372, <8 x float> %2364)
  %2415 = or disjoint i64 %2373, 224
  %2416 = getelementptr inbounds float, ptr %Vn, i64 %2415
  %2417 = load float, ptr %2416, align 4
  %2418 = insertelement <8 x float> poison, float %2417, i64 0
  %2419 = shufflevector <8 x float> %2418, <8 x float> poison, <8 x i32> zeroinitializer
  %2420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2419, <8 x float> %2372, <8 x float> %2370)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.02222.1, 2
  %exitcond2595.1.not.1 = icmp eq i64 %p8.next.1.1, 32
  br i1 %exitcond2595.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %2421 = load <8 x float>, ptr %M, align 4
  %2422 = fmul <8 x float> %2278, %2421
  store <8 x float> %2422, ptr %347, align 4
  %2423 = fmul <8 x float> %2284, %2421
  store <8 x float> %2423, ptr %348, align 4
  %2424 = load <8 x float>, ptr %38, align 4
  %2425 = fmul <8 x float> %2290, %2424
  store <8 x float> %2425, ptr %359, align 4
  %2426 = fmul <8 x float> %2296, %2424
  store <8 x float> %2426, ptr %360, align 4
  %2427 = load <8 x float>, ptr %39, align 4
  %2428 = fmul <8 x float> %2302, %2427
  store <8 x float> %2428, ptr %362, align 4
  %2429 = fmul <8 x float> %2308, %2427
  store <8 x float> %2429, ptr %363, align 4
  %2430 = load <8 x float>, ptr %40, align 4
  %2431 = fmul <8 x float> %2314, %2430
  store <8 x float> %2431, ptr %365, align 4
  %2432 = fmul <8 x float> %2320, %2430
  store <8 x float> %2432, ptr %366, align 4
  %2433 = load <8 x float>, ptr %41, align 4
  %2434 = fmul <8 x float> %2378, %2433
  store <8 x float> %2434, ptr %356, align 4
  %2435 = fmul <8 x float> %2384, %2433
  store <8 x float> %2435, ptr %357, align 4
  %2436 = load <8 x float>, ptr %43, align 4
  %2437 = fmul <8 x float> %2390, %2436
  store <8 x float> %2437, ptr %367, align 4
  %2438 = fmul <8 x float> %2396, %2436
  store <8 x float> %2438, ptr %368, align 4
  %2439 = load <8 x float>, ptr %46, align 4
  %2440 = fmul <8 x float> %2402, %2439
  store <8 x float> %2440, ptr %369, align 4
  %2441 = fmul <8 x float> %2408, %2439
  store <8 x float> %2441, ptr %370, align 4
  %2442 = load <8 x float>, ptr %48, align 4
  %2443 = fmul <8 x float> %2414, %2442
  store <8 x float> %2443, ptr %371, align 4
  %2444 = fmul <8 x float> %2420, %2442
  store <8 x float> %2444, ptr %372, align 4
  br label %p9.body

p9.body:                                          ; preds = %p8.exit.1, %p9.body
  %p9.addr.02241 = phi i64 [ %p9.next, %p9.body ], [ 0, %p8.exit.1 ]
  %acc79.02240 = phi <16 x float> [ %2506, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc78.02239 = phi <16 x float> [ %2505, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc77.02238 = phi <16 x float> [ %2499, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc76.02237 = phi <16 x float> [ %2498, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc75.02236 = phi <16 x float> [ %2492, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc74.02235 = phi <16 x float> [ %2491, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc73.02234 = phi <16 x float> [ %2485, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc72.02233 = phi <16 x float> [ %2484, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc71.02232 = phi <16 x float> [ %2478, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc70.02231 = phi <16 x float> [ %2477, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc69.02230 = phi <16 x float> [ %2471, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc68.02229 = phi <16 x float> [ %2470, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc67.02228 = phi <16 x float> [ %2464, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc66.02227 = phi <16 x float> [ %2463, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc65.02226 = phi <16 x float> [ %2457, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc64.02225 = phi <16 x float> [ %2456, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %2445 = shl nuw nsw i64 %p9.addr.02241, 5
  %2446 = or disjoint i64 %2445, 1024
  %2447 = getelementptr inbounds float, ptr %Bk, i64 %2446
  %2448 = load <16 x float>, ptr %2447, align 4
  %2449 = or disjoint i64 %2445, 1040
  %2450 = getelementptr inbounds float, ptr %Bk, i64 %2449
  %2451 = load <16 x float>, ptr %2450, align 4
  %2452 = getelementptr inbounds float, ptr %OY, i64 %p9.addr.02241
  %2453 = load float, ptr %2452, align 4
  %2454 = insertelement <16 x float> poison, float %2453, i64 0
  %2455 = shufflevector <16 x float> %2454, <16 x float> poison, <16 x i32> zeroinitializer
  %2456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2448, <16 x float> %acc64.02225)
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2451, <16 x float> %acc65.02226)
  %2458 = or disjoint i64 %p9.addr.02241, 32
  %2459 = getelementptr inbounds float, ptr %OY, i64 %2458
  %2460 = load float, ptr %2459, align 4
  %2461 = insertelement <16 x float> poison, float %2460, i64 0
  %2462 = shufflevector <16 x float> %2461, <16 x float> poison, <16 x i32> zeroinitializer
  %2463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2448, <16 x float> %acc66.02227)
  %2464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2451, <16 x float> %acc67.02228)
  %2465 = or disjoint i64 %p9.addr.02241, 64
  %2466 = getelementptr inbounds float, ptr %OY, i64 %2465
  %2467 = load float, ptr %2466, align 4
  %2468 = insertelement <16 x float> poison, float %2467, i64 0
  %2469 = shufflevector <16 x float> %2468, <16 x float> poison, <16 x i32> zeroinitializer
  %2470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2448, <16 x float> %acc68.02229)
  %2471 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2451, <16 x float> %acc69.02230)
  %2472 = or disjoint i64 %p9.addr.02241, 96
  %2473 = getelementptr inbounds float, ptr %OY, i64 %2472
  %2474 = load float, ptr %2473, align 4
  %2475 = insertelement <16 x float> poison, float %2474, i64 0
  %2476 = shufflevector <16 x float> %2475, <16 x float> poison, <16 x i32> zeroinitializer
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2448, <16 x float> %acc70.02231)
  %2478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2451, <16 x float> %acc71.02232)
  %2479 = or disjoint i64 %p9.addr.02241, 128
  %2480 = getelementptr inbounds float, ptr %OY, i64 %2479
  %2481 = load float, ptr %2480, align 4
  %2482 = insertelement <16 x float> poison, float %2481, i64 0
  %2483 = shufflevector <16 x float> %2482, <16 x float> poison, <16 x i32> zeroinitializer
  %2484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2448, <16 x float> %acc72.02233)
  %2485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2451, <16 x float> %acc73.02234)
  %2486 = or disjoint i64 %p9.addr.02241, 160
  %2487 = getelementptr inbounds float, ptr %OY, i64 %2486
  %2488 = load float, ptr %2487, align 4
  %2489 = insertelement <16 x float> poison, float %2488, i64 0
  %2490 = shufflevector <16 x float> %2489, <16 x float> poison, <16 x i32> zeroinitializer
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2448, <16 x float> %acc74.02235)
  %2492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2451, <16 x float> %acc75.02236)
  %2493 = or disjoint i64 %p9.addr.02241, 192
  %2494 = getelementptr inbounds float, ptr %OY, i64 %2493
  %2495 = load float, ptr %2494, align 4
  %2496 = insertelement <16 x float> poison, float %2495, i64 0
  %2497 = shufflevector <16 x float> %2496, <16 x float> poison, <16 x i32> zeroinitializer
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2497, <16 x float> %2448, <16 x float> %acc76.02237)
  %2499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2497, <16 x float> %2451, <16 x float> %acc77.02238)
  %2500 = or disjoint i64 %p9.addr.02241, 224
  %2501 = getelementptr inbounds float, ptr %OY, i64 %2500
  %2502 = load float, ptr %2501, align 4
  %2503 = insertelement <16 x float> poison, float %2502, i64 0
  %2504 = shufflevector <16 x float> %2503, <16 x float> poison, <16 x i32> zeroinitializer
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2504, <16 x float> %2448, <16 x float> %acc78.02239)
  %2506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2504, <16 x float> %2451, <16 x float> %acc79.02240)
  %p9.next = add nuw nsw i64 %p9.addr.02241, 1
  %exitcond2597.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2597.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2456, ptr %dQc, align 4
  store <16 x float> %2457, ptr %4, align 4
  store <16 x float> %2463, ptr %5, align 4
  store <16 x float> %2464, ptr %6, align 4
  store <16 x float> %2470, ptr %7, align 4
  store <16 x float> %2471, ptr %8, align 4
  store <16 x float> %2477, ptr %9, align 4
  store <16 x float> %2478, ptr %10, align 4
  store <16 x float> %2484, ptr %11, align 4
  store <16 x float> %2485, ptr %12, align 4
  store <16 x float> %2491, ptr %13, align 4
  store <16 x float> %2492, ptr %14, align 4
  store <16 x float> %2498, ptr %15, align 4
  store <16 x float> %2499, ptr %16, align 4
  store <16 x float> %2505, ptr %17, align 4
  store <16 x float> %2506, ptr %18, align 4
  br label %p10.body

p10.body:                                         ; preds = %p9.exit, %p10.body
  %p10.addr.02258 = phi i64 [ 0, %p9.exit ], [ %p10.next, %p10.body ]
  %acc95.02257 = phi <16 x float> [ %2506, %p9.exit ], [ %2560, %p10.body ]
  %acc94.02256 = phi <16 x float> [ %2505, %p9.exit ], [ %2559, %p10.body ]
  %acc93.02255 = phi <16 x float> [ %2499, %p9.exit ], [ %2554, %p10.body ]
  %acc92.02254 = phi <16 x float> [ %2498, %p9.exit ], [ %2553, %p10.body ]
  %acc91.02253 = phi <16 x float> [ %2492, %p9.exit ], [ %2548, %p10.body ]
  %acc90.02252 = phi <16 x float> [ %2491, %p9.exit ], [ %2547, %p10.body ]
  %acc89.02251 = phi <16 x float> [ %2485, %p9.exit ], [ %2542, %p10.body ]
  %acc88.02250 = phi <16 x float> [ %2484, %p9.exit ], [ %2541, %p10.body ]
  %acc87.02249 = phi <16 x float> [ %2478, %p9.exit ], [ %2536, %p10.body ]
  %acc86.02248 = phi <16 x float> [ %2477, %p9.exit ], [ %2535, %p10.body ]
  %acc85.02247 = phi <16 x float> [ %2471, %p9.exit ], [ %2530, %p10.body ]
  %acc84.02246 = phi <16 x float> [ %2470, %p9.exit ], [ %2529, %p10.body ]
  %acc83.02245 = phi <16 x float> [ %2464, %p9.exit ], [ %2524, %p10.body ]
  %acc82.02244 = phi <16 x float> [ %2463, %p9.exit ], [ %2523, %p10.body ]
  %acc81.02243 = phi <16 x float> [ %2457, %p9.exit ], [ %2518, %p10.body ]
  %acc80.02242 = phi <16 x float> [ %2456, %p9.exit ], [ %2517, %p10.body ]
  %.idx2092 = shl nuw nsw i64 %p10.addr.02258, 7
  %2507 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2092
  %2508 = getelementptr inbounds i8, ptr %2507, i64 9216
  %2509 = load <16 x float>, ptr %2508, align 4
  %2510 = getelementptr inbounds i8, ptr %2507, i64 9280
  %2511 = load <16 x float>, ptr %2510, align 4
  %.idx2093 = mul nuw nsw i64 %p10.addr.02258, 352
  %2512 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2093
  %2513 = getelementptr inbounds i8, ptr %2512, i64 256
  %2514 = load float, ptr %2513, align 4
  %2515 = insertelement <16 x float> poison, float %2514, i64 0
  %2516 = shufflevector <16 x float> %2515, <16 x float> poison, <16 x i32> zeroinitializer
  %2517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2516, <16 x float> %2509, <16 x float> %acc80.02242)
  %2518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2516, <16 x float> %2511, <16 x float> %acc81.02243)
  %2519 = getelementptr inbounds i8, ptr %2512, i64 260
  %2520 = load float, ptr %2519, align 4
  %2521 = insertelement <16 x float> poison, float %2520, i64 0
  %2522 = shufflevector <16 x float> %2521, <16 x float> poison, <16 x i32> zeroinitializer
  %2523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2522, <16 x float> %2509, <16 x float> %acc82.02244)
  %2524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2522, <16 x float> %2511, <16 x float> %acc83.02245)
  %2525 = getelementptr inbounds i8, ptr %2512, i64 264
  %2526 = load float, ptr %2525, align 4
  %2527 = insertelement <16 x float> poison, float %2526, i64 0
  %2528 = shufflevector <16 x float> %2527, <16 x float> poison, <16 x i32> zeroinitializer
  %2529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2528, <16 x float> %2509, <16 x float> %acc84.02246)
  %2530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2528, <16 x float> %2511, <16 x float> %acc85.02247)
  %2531 = getelementptr inbounds i8, ptr %2512, i64 268
  %2532 = load float, ptr %2531, align 4
  %2533 = insertelement <16 x float> poison, float %2532, i64 0
  %2534 = shufflevector <16 x float> %2533, <16 x float> poison, <16 x i32> zeroinitializer
  %2535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2534, <16 x float> %2509, <16 x float> %acc86.02248)
  %2536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2534, <16 x float> %2511, <16 x float> %acc87.02249)
  %2537 = getelementptr inbounds i8, ptr %2512, i64 272
  %2538 = load float, ptr %2537, align 4
  %2539 = insertelement <16 x float> poison, float %2538, i64 0
  %2540 = shufflevector <16 x float> %2539, <16 x float> poison, <16 x i32> zeroinitializer
  %2541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2540, <16 x float> %2509, <16 x float> %acc88.02250)
  %2542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2540, <16 x float> %2511, <16 x float> %acc89.02251)
  %2543 = getelementptr inbounds i8, ptr %2512, i64 276
  %2544 = load float, ptr %2543, align 4
  %2545 = insertelement <16 x float> poison, float %2544, i64 0
  %2546 = shufflevector <16 x float> %2545, <16 x float> poison, <16 x i32> zeroinitializer
  %2547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2509, <16 x float> %acc90.02252)
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2511, <16 x float> %acc91.02253)
  %2549 = getelementptr inbounds i8, ptr %2512, i64 280
  %2550 = load float, ptr %2549, align 4
  %2551 = insertelement <16 x float> poison, float %2550, i64 0
  %2552 = shufflevector <16 x float> %2551, <16 x float> poison, <16 x i32> zeroinitializer
  %2553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2552, <16 x float> %2509, <16 x float> %acc92.02254)
  %2554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2552, <16 x float> %2511, <16 x float> %acc93.02255)
  %2555 = getelementptr inbounds i8, ptr %2512, i64 284
  %2556 = load float, ptr %2555, align 4
  %2557 = insertelement <16 x float> poison, float %2556, i64 0
  %2558 = shufflevector <16 x float> %2557, <16 x float> poison, <16 x i32> zeroinitializer
  %2559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2558, <16 x float> %2509, <16 x float> %acc94.02256)
  %2560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2558, <16 x float> %2511, <16 x float> %acc95.02257)
  %p10.next = add nuw nsw i64 %p10.addr.02258, 1
  %exitcond2598.not = icmp eq i64 %p10.next, 16
  br i1 %exitcond2598.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2517, ptr %dQc, align 4
  store <16 x float> %2518, ptr %4, align 4
  store <16 x float> %2523, ptr %5, align 4
  store <16 x float> %2524, ptr %6, align 4
  store <16 x float> %2529, ptr %7, align 4
  store <16 x float> %2530, ptr %8, align 4
  store <16 x float> %2535, ptr %9, align 4
  store <16 x float> %2536, ptr %10, align 4
  store <16 x float> %2541, ptr %11, align 4
  store <16 x float> %2542, ptr %12, align 4
  store <16 x float> %2547, ptr %13, align 4
  store <16 x float> %2548, ptr %14, align 4
  store <16 x float> %2553, ptr %15, align 4
  store <16 x float> %2554, ptr %16, align 4
  store <16 x float> %2559, ptr %17, align 4
  store <16 x float> %2560, ptr %18, align 4
  store <16 x float> zeroinitializer, ptr %dbet, align 4
  br label %ib1.body

ib1.body:                                         ; preds = %p10.exit, %j30.exit
  %ib1.addr.02276 = phi i64 [ 0, %p10.exit ], [ %ib1.next, %j30.exit ]
  %2561 = shl nuw nsw i64 %ib1.addr.02276, 2
  %i01 = sub nuw nsw i64 12, %2561
  %2562 = shl nuw nsw i64 %i01, 5
  %2563 = getelementptr inbounds float, ptr %OY, i64 %2562
  %2564 = getelementptr inbounds i8, ptr %2563, i64 1024
  %2565 = load <16 x float>, ptr %2564, align 4
  %2566 = getelementptr inbounds i8, ptr %2563, i64 1088
  %2567 = load <16 x float>, ptr %2566, align 4
  %2568 = sub nuw nsw i64 13, %2561
  %2569 = shl nuw nsw i64 %2568, 5
  %2570 = getelementptr inbounds float, ptr %OY, i64 %2569
  %2571 = getelementptr inbounds i8, ptr %2570, i64 1024
  %2572 = load <16 x float>, ptr %2571, align 4
  %2573 = getelementptr inbounds i8, ptr %2570, i64 1088
  %2574 = load <16 x float>, ptr %2573, align 4
  %2575 = sub nuw nsw i64 14, %2561
  %2576 = shl nuw nsw i64 %2575, 5
  %2577 = getelementptr inbounds float, ptr %OY, i64 %2576
  %2578 = getelementptr inbounds i8, ptr %2577, i64 1024
  %2579 = load <16 x float>, ptr %2578, align 4
  %2580 = getelementptr inbounds i8, ptr %2577, i64 1088
  %2581 = load <16 x float>, ptr %2580, align 4
  %2582 = sub nuw nsw i64 15, %2561
  %2583 = shl nuw nsw i64 %2582, 5
  %2584 = getelementptr inbounds float, ptr %OY, i64 %2583
  %2585 = getelementptr inbounds i8, ptr %2584, i64 1024
  %2586 = load <16 x float>, ptr %2585, align 4
  %2587 = getelementptr inbounds i8, ptr %2584, i64 1088
  %2588 = load <16 x float>, ptr %2587, align 4
  %.not2386 = icmp eq i64 %ib1.addr.02276, 0
  br i1 %.not2386, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2589 = sub nuw nsw i64 16, %2561
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02267 = phi i64 [ %j30.next, %j30.body ], [ %2589, %j30.body.preheader ]
  %acc103.02266 = phi <16 x float> [ %2627, %j30.body ], [ %2588, %j30.body.preheader ]
  %acc102.02265 = phi <16 x float> [ %2626, %j30.body ], [ %2586, %j30.body.preheader ]
  %acc101.02264 = phi <16 x float> [ %2619, %j30.body ], [ %2581, %j30.body.preheader ]
  %acc100.02263 = phi <16 x float> [ %2618, %j30.body ], [ %2579, %j30.body.preheader ]
  %acc99.02262 = phi <16 x float> [ %2611, %j30.body ], [ %2574, %j30.body.preheader ]
  %acc98.02261 = phi <16 x float> [ %2610, %j30.body ], [ %2572, %j30.body.preheader ]
  %acc97.02260 = phi <16 x float> [ %2603, %j30.body ], [ %2567, %j30.body.preheader ]
  %acc96.02259 = phi <16 x float> [ %2602, %j30.body ], [ %2565, %j30.body.preheader ]
  %.idx2091 = shl nuw nsw i64 %j30.addr.02267, 7
  %2590 = getelementptr inbounds i8, ptr %OY, i64 %.idx2091
  %2591 = getelementptr inbounds i8, ptr %2590, i64 1024
  %2592 = load <16 x float>, ptr %2591, align 4
  %2593 = getelementptr inbounds i8, ptr %2590, i64 1088
  %2594 = load <16 x float>, ptr %2593, align 4
  %2595 = shl nuw nsw i64 %j30.addr.02267, 4
  %2596 = or disjoint i64 %2595, %i01
  %2597 = getelementptr inbounds float, ptr %Gm, i64 %2596
  %2598 = load float, ptr %2597, align 4
  %2599 = fneg float %2598
  %2600 = insertelement <16 x float> poison, float %2599, i64 0
  %2601 = shufflevector <16 x float> %2600, <16 x float> poison, <16 x i32> zeroinitializer
  %2602 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2601, <16 x float> %2592, <16 x float> %acc96.02259)
  %2603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2601, <16 x float> %2594, <16 x float> %acc97.02260)
  %2604 = or disjoint i64 %2595, %2568
  %2605 = getelementptr inbounds float, ptr %Gm, i64 %2604
  %2606 = load float, ptr %2605, align 4
  %2607 = fneg float %2606
  %2608 = insertelement <16 x float> poison, float %2607, i64 0
  %2609 = shufflevector <16 x float> %2608, <16 x float> poison, <16 x i32> zeroinitializer
  %2610 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2609, <16 x float> %2592, <16 x float> %acc98.02261)
  %2611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2609, <16 x float> %2594, <16 x float> %acc99.02262)
  %2612 = or disjoint i64 %2595, %2575
  %2613 = getelementptr inbounds float, ptr %Gm, i64 %2612
  %2614 = load float, ptr %2613, align 4
  %2615 = fneg float %2614
  %2616 = insertelement <16 x float> poison, float %2615, i64 0
  %2617 = shufflevector <16 x float> %2616, <16 x float> poison, <16 x i32> zeroinitializer
  %2618 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2617, <16 x float> %2592, <16 x float> %acc100.02263)
  %2619 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2617, <16 x float> %2594, <16 x float> %acc101.02264)
  %2620 = or disjoint i64 %2595, %2582
  %2621 = getelementptr inbounds float, ptr %Gm, i64 %2620
  %2622 = load float, ptr %2621, align 4
  %2623 = fneg float %2622
  %2624 = insertelement <16 x float> poison, float %2623, i64 0
  %2625 = shufflevector <16 x float> %2624, <16 x float> poison, <16 x i32> zeroinitializer
  %2626 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2625, <16 x float> %2592, <16 x float> %acc102.02265)
  %2627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2625, <16 x float> %2594, <16 x float> %acc103.02266)
  %j30.next = add nuw nsw i64 %j30.addr.02267, 1
  %2628 = icmp ult i64 %j30.addr.02267, 15
  br i1 %2628, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2565, %ib1.body ], [ %2602, %j30.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2567, %ib1.body ], [ %2603, %j30.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2572, %ib1.body ], [ %2610, %j30.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2574, %ib1.body ], [ %2611, %j30.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2579, %ib1.body ], [ %2618, %j30.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2581, %ib1.body ], [ %2619, %j30.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2586, %ib1.body ], [ %2626, %j30.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2588, %ib1.body ], [ %2627, %j30.body ]
  %2629 = getelementptr inbounds float, ptr %Rr, i64 %2583
  %2630 = load <16 x float>, ptr %2629, align 4
  %2631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2630, <16 x float> zeroinitializer)
  %2632 = or disjoint i64 %2583, 16
  %2633 = getelementptr inbounds float, ptr %Rr, i64 %2632
  %2634 = load <16 x float>, ptr %2633, align 4
  %2635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2634, <16 x float> %2631)
  %2636 = shufflevector <16 x float> %2635, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2637 = shufflevector <16 x float> %2635, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2638 = fadd <8 x float> %2636, %2637
  %2639 = shufflevector <8 x float> %2638, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2640 = shufflevector <8 x float> %2638, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2641 = fadd <4 x float> %2639, %2640
  %2642 = shufflevector <4 x float> %2641, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2643 = shufflevector <4 x float> %2641, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2644 = fadd <2 x float> %2642, %2643
  %2645 = shufflevector <2 x float> %2644, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2646 = shufflevector <2 x float> %2644, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2647 = getelementptr inbounds float, ptr %bet, i64 %2582
  %2648 = load float, ptr %2647, align 4
  %2649 = insertelement <16 x float> poison, float %2648, i64 0
  %2650 = shufflevector <16 x float> %2649, <16 x float> poison, <16 x i32> zeroinitializer
  %2651 = fmul <16 x float> %acc102.0.lcssa, %2650
  store <16 x float> %2651, ptr %2585, align 4
  %2652 = fneg <16 x float> %2651
  %.idx2087 = mul nuw nsw i64 %2582, 352
  %2653 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2087
  %2654 = getelementptr inbounds i8, ptr %2653, i64 128
  store <16 x float> %2652, ptr %2654, align 4
  %2655 = fmul <16 x float> %acc103.0.lcssa, %2650
  store <16 x float> %2655, ptr %2587, align 4
  %2656 = fneg <16 x float> %2655
  %2657 = getelementptr inbounds i8, ptr %2653, i64 192
  store <16 x float> %2656, ptr %2657, align 4
  %2658 = shl nuw nsw i64 %2582, 4
  %2659 = or disjoint i64 %2658, %2575
  %2660 = getelementptr inbounds float, ptr %Gm, i64 %2659
  %2661 = load float, ptr %2660, align 4
  %2662 = fneg float %2661
  %2663 = insertelement <16 x float> poison, float %2662, i64 0
  %2664 = shufflevector <16 x float> %2663, <16 x float> poison, <16 x i32> zeroinitializer
  %2665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2664, <16 x float> %2651, <16 x float> %acc100.0.lcssa)
  %2666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2664, <16 x float> %2655, <16 x float> %acc101.0.lcssa)
  %2667 = getelementptr inbounds float, ptr %Rr, i64 %2576
  %2668 = load <16 x float>, ptr %2667, align 4
  %2669 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2665, <16 x float> %2668, <16 x float> zeroinitializer)
  %2670 = or disjoint i64 %2576, 16
  %2671 = getelementptr inbounds float, ptr %Rr, i64 %2670
  %2672 = load <16 x float>, ptr %2671, align 4
  %2673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2666, <16 x float> %2672, <16 x float> %2669)
  %2674 = shufflevector <16 x float> %2673, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2675 = shufflevector <16 x float> %2673, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2676 = fadd <8 x float> %2674, %2675
  %2677 = shufflevector <8 x float> %2676, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2678 = shufflevector <8 x float> %2676, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2679 = fadd <4 x float> %2677, %2678
  %2680 = shufflevector <4 x float> %2679, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2681 = shufflevector <4 x float> %2679, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2682 = fadd <2 x float> %2680, %2681
  %2683 = shufflevector <2 x float> %2682, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2684 = shufflevector <2 x float> %2682, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2685 = getelementptr inbounds float, ptr %bet, i64 %2575
  %2686 = load float, ptr %2685, align 4
  %2687 = insertelement <16 x float> poison, float %2686, i64 0
  %2688 = shufflevector <16 x float> %2687, <16 x float> poison, <16 x i32> zeroinitializer
  %2689 = fmul <16 x float> %2665, %2688
  store <16 x float> %2689, ptr %2578, align 4
  %2690 = fneg <16 x float> %2689
  %.idx2088 = mul nuw nsw i64 %2575, 352
  %2691 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2088
  %2692 = getelementptr inbounds i8, ptr %2691, i64 128
  store <16 x float> %2690, ptr %2692, align 4
  %2693 = fmul <16 x float> %2666, %2688
  store <16 x float> %2693, ptr %2580, align 4
  %2694 = fneg <16 x float> %2693
  %2695 = getelementptr inbounds i8, ptr %2691, i64 192
  store <16 x float> %2694, ptr %2695, align 4
  %2696 = shl nuw nsw i64 %2575, 4
  %2697 = or disjoint i64 %2696, %2568
  %2698 = getelementptr inbounds float, ptr %Gm, i64 %2697
  %2699 = load float, ptr %2698, align 4
  %2700 = fneg float %2699
  %2701 = insertelement <16 x float> poison, float %2700, i64 0
  %2702 = shufflevector <16 x float> %2701, <16 x float> poison, <16 x i32> zeroinitializer
  %2703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2702, <16 x float> %2689, <16 x float> %acc98.0.lcssa)
  %2704 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2702, <16 x float> %2693, <16 x float> %acc99.0.lcssa)
  %2705 = or disjoint i64 %2658, %2568
  %2706 = getelementptr inbounds float, ptr %Gm, i64 %2705
  %2707 = load float, ptr %2706, align 4
  %2708 = fneg float %2707
  %2709 = insertelement <16 x float> poison, float %2708, i64 0
  %2710 = shufflevector <16 x float> %2709, <16 x float> poison, <16 x i32> zeroinitializer
  %2711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2710, <16 x float> %2651, <16 x float> %2703)
  %2712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2710, <16 x float> %2655, <16 x float> %2704)
  %2713 = getelementptr inbounds float, ptr %Rr, i64 %2569
  %2714 = load <16 x float>, ptr %2713, align 4
  %2715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2714, <16 x float> zeroinitializer)
  %2716 = or disjoint i64 %2569, 16
  %2717 = getelementptr inbounds float, ptr %Rr, i64 %2716
  %2718 = load <16 x float>, ptr %2717, align 4
  %2719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2712, <16 x float> %2718, <16 x float> %2715)
  %2720 = shufflevector <16 x float> %2719, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2721 = shufflevector <16 x float> %2719, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2722 = fadd <8 x float> %2720, %2721
  %2723 = shufflevector <8 x float> %2722, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2724 = shufflevector <8 x float> %2722, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2725 = fadd <4 x float> %2723, %2724
  %2726 = shufflevector <4 x float> %2725, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2727 = shufflevector <4 x float> %2725, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2728 = fadd <2 x float> %2726, %2727
  %2729 = getelementptr inbounds float, ptr %bet, i64 %2568
  %2730 = load float, ptr %2729, align 4
  %2731 = insertelement <16 x float> poison, float %2730, i64 0
  %2732 = shufflevector <16 x float> %2731, <16 x float> poison, <16 x i32> zeroinitializer
  %2733 = fmul <16 x float> %2711, %2732
  store <16 x float> %2733, ptr %2571, align 4
  %2734 = fneg <16 x float> %2733
  %.idx2089 = mul nuw nsw i64 %2568, 352
  %2735 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2089
  %2736 = getelementptr inbounds i8, ptr %2735, i64 128
  store <16 x float> %2734, ptr %2736, align 4
  %2737 = fmul <16 x float> %2712, %2732
  store <16 x float> %2737, ptr %2573, align 4
  %2738 = fneg <16 x float> %2737
  %2739 = getelementptr inbounds i8, ptr %2735, i64 192
  store <16 x float> %2738, ptr %2739, align 4
  %2740 = shl nuw nsw i64 %2568, 4
  %2741 = or disjoint i64 %2740, %i01
  %2742 = getelementptr inbounds float, ptr %Gm, i64 %2741
  %2743 = load float, ptr %2742, align 4
  %2744 = fneg float %2743
  %2745 = insertelement <16 x float> poison, float %2744, i64 0
  %2746 = shufflevector <16 x float> %2745, <16 x float> poison, <16 x i32> zeroinitializer
  %2747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2746, <16 x float> %2733, <16 x float> %acc96.0.lcssa)
  %2748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2746, <16 x float> %2737, <16 x float> %acc97.0.lcssa)
  %2749 = or disjoint i64 %2696, %i01
  %2750 = getelementptr inbounds float, ptr %Gm, i64 %2749
  %2751 = load float, ptr %2750, align 4
  %2752 = fneg float %2751
  %2753 = insertelement <16 x float> poison, float %2752, i64 0
  %2754 = shufflevector <16 x float> %2753, <16 x float> poison, <16 x i32> zeroinitializer
  %2755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2754, <16 x float> %2689, <16 x float> %2747)
  %2756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2754, <16 x float> %2693, <16 x float> %2748)
  %2757 = or disjoint i64 %2658, %i01
  %2758 = getelementptr inbounds float, ptr %Gm, i64 %2757
  %2759 = load float, ptr %2758, align 4
  %2760 = fneg float %2759
  %2761 = insertelement <16 x float> poison, float %2760, i64 0
  %2762 = shufflevector <16 x float> %2761, <16 x float> poison, <16 x i32> zeroinitializer
  %2763 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2762, <16 x float> %2651, <16 x float> %2755)
  %2764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2762, <16 x float> %2655, <16 x float> %2756)
  %2765 = getelementptr inbounds float, ptr %Rr, i64 %2562
  %2766 = load <16 x float>, ptr %2765, align 4
  %2767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2763, <16 x float> %2766, <16 x float> zeroinitializer)
  %2768 = or disjoint i64 %2562, 16
  %2769 = getelementptr inbounds float, ptr %Rr, i64 %2768
  %2770 = load <16 x float>, ptr %2769, align 4
  %2771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2764, <16 x float> %2770, <16 x float> %2767)
  %2772 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2773 = shufflevector <16 x float> %2771, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2774 = shufflevector <16 x float> %2771, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2775 = fadd <8 x float> %2773, %2774
  %2776 = shufflevector <8 x float> %2775, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2777 = shufflevector <8 x float> %2775, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2778 = fadd <4 x float> %2776, %2777
  %2779 = shufflevector <4 x float> %2778, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2780 = shufflevector <4 x float> %2778, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2781 = fadd <2 x float> %2779, %2780
  %2782 = load <4 x float>, ptr %2772, align 4
  %2783 = shufflevector <2 x float> %2781, <2 x float> %2728, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2784 = shufflevector <4 x float> %2783, <4 x float> %2684, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2785 = shufflevector <4 x float> %2784, <4 x float> %2646, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2786 = shufflevector <2 x float> %2781, <2 x float> %2728, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2787 = shufflevector <4 x float> %2786, <4 x float> %2683, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2788 = shufflevector <4 x float> %2787, <4 x float> %2645, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2789 = fadd <4 x float> %2785, %2788
  %2790 = fadd <4 x float> %2782, %2789
  store <4 x float> %2790, ptr %2772, align 4
  %2791 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2792 = load float, ptr %2791, align 4
  %2793 = insertelement <16 x float> poison, float %2792, i64 0
  %2794 = shufflevector <16 x float> %2793, <16 x float> poison, <16 x i32> zeroinitializer
  %2795 = fmul <16 x float> %2763, %2794
  store <16 x float> %2795, ptr %2564, align 4
  %2796 = fneg <16 x float> %2795
  %.idx2090 = mul nuw nsw i64 %i01, 352
  %2797 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2090
  %2798 = getelementptr inbounds i8, ptr %2797, i64 128
  store <16 x float> %2796, ptr %2798, align 4
  %2799 = fmul <16 x float> %2764, %2794
  store <16 x float> %2799, ptr %2566, align 4
  %2800 = fneg <16 x float> %2799
  %2801 = getelementptr inbounds i8, ptr %2797, i64 192
  store <16 x float> %2800, ptr %2801, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02276, 1
  %exitcond2599.not = icmp eq i64 %ib1.next, 4
  br i1 %exitcond2599.not, label %i44.body, label %ib1.body

i44.body:                                         ; preds = %j30.exit, %p11.exit
  %i44.addr.02294 = phi i64 [ %i44.next, %p11.exit ], [ 0, %j30.exit ]
  %2802 = shl nuw nsw i64 %i44.addr.02294, 6
  %2803 = or disjoint i64 %2802, 32
  %2804 = getelementptr inbounds float, ptr %work, i64 %2803
  %2805 = load <16 x float>, ptr %2804, align 4
  %2806 = or disjoint i64 %2802, 48
  %2807 = getelementptr inbounds float, ptr %work, i64 %2806
  %2808 = load <16 x float>, ptr %2807, align 4
  %2809 = or disjoint i64 %i44.addr.02294, 1
  %2810 = shl nuw nsw i64 %2809, 6
  %2811 = or disjoint i64 %2810, 32
  %2812 = getelementptr inbounds float, ptr %work, i64 %2811
  %2813 = load <16 x float>, ptr %2812, align 4
  %2814 = or disjoint i64 %2810, 48
  %2815 = getelementptr inbounds float, ptr %work, i64 %2814
  %2816 = load <16 x float>, ptr %2815, align 4
  %2817 = or disjoint i64 %i44.addr.02294, 2
  %2818 = shl nuw nsw i64 %2817, 6
  %2819 = or disjoint i64 %2818, 32
  %2820 = getelementptr inbounds float, ptr %work, i64 %2819
  %2821 = load <16 x float>, ptr %2820, align 4
  %2822 = or disjoint i64 %2818, 48
  %2823 = getelementptr inbounds float, ptr %work, i64 %2822
  %2824 = load <16 x float>, ptr %2823, align 4
  %2825 = or disjoint i64 %i44.addr.02294, 3
  %2826 = shl nuw nsw i64 %2825, 6
  %2827 = or disjoint i64 %2826, 32
  %2828 = getelementptr inbounds float, ptr %work, i64 %2827
  %2829 = load <16 x float>, ptr %2828, align 4
  %2830 = or disjoint i64 %2826, 48
  %2831 = getelementptr inbounds float, ptr %work, i64 %2830
  %2832 = load <16 x float>, ptr %2831, align 4
  %2833 = or disjoint i64 %i44.addr.02294, 4
  %2834 = shl nuw nsw i64 %2833, 6
  %2835 = or disjoint i64 %2834, 32
  %2836 = getelementptr inbounds float, ptr %work, i64 %2835
  %2837 = load <16 x float>, ptr %2836, align 4
  %2838 = or disjoint i64 %2834, 48
  %2839 = getelementptr inbounds float, ptr %work, i64 %2838
  %2840 = load <16 x float>, ptr %2839, align 4
  %2841 = or disjoint i64 %i44.addr.02294, 5
  %2842 = shl nuw nsw i64 %2841, 6
  %2843 = or disjoint i64 %2842, 32
  %2844 = getelementptr inbounds float, ptr %work, i64 %2843
  %2845 = load <16 x float>, ptr %2844, align 4
  %2846 = or disjoint i64 %2842, 48
  %2847 = getelementptr inbounds float, ptr %work, i64 %2846
  %2848 = load <16 x float>, ptr %2847, align 4
  %2849 = or disjoint i64 %i44.addr.02294, 6
  %2850 = shl nuw nsw i64 %2849, 6
  %2851 = or disjoint i64 %2850, 32
  %2852 = getelementptr inbounds float, ptr %work, i64 %2851
  %2853 = load <16 x float>, ptr %2852, align 4
  %2854 = or disjoint i64 %2850, 48
  %2855 = getelementptr inbounds float, ptr %work, i64 %2854
  %2856 = load <16 x float>, ptr %2855, align 4
  %2857 = or disjoint i64 %i44.addr.02294, 7
  %2858 = shl nuw nsw i64 %2857, 6
  %2859 = or disjoint i64 %2858, 32
  %2860 = getelementptr inbounds float, ptr %work, i64 %2859
  %2861 = load <16 x float>, ptr %2860, align 4
  %2862 = or disjoint i64 %2858, 48
  %2863 = getelementptr inbounds float, ptr %work, i64 %2862
  %2864 = load <16 x float>, ptr %2863, align 4
  br label %p11.body

p11.body:                                         ; preds = %i44.body, %p11.body
  %p11.addr.02293 = phi i64 [ 0, %i44.body ], [ %p11.next, %p11.body ]
  %acc119.02292 = phi <16 x float> [ %2864, %i44.body ], [ %2926, %p11.body ]
  %acc118.02291 = phi <16 x float> [ %2861, %i44.body ], [ %2925, %p11.body ]
  %acc117.02290 = phi <16 x float> [ %2856, %i44.body ], [ %2919, %p11.body ]
  %acc116.02289 = phi <16 x float> [ %2853, %i44.body ], [ %2918, %p11.body ]
  %acc115.02288 = phi <16 x float> [ %2848, %i44.body ], [ %2912, %p11.body ]
  %acc114.02287 = phi <16 x float> [ %2845, %i44.body ], [ %2911, %p11.body ]
  %acc113.02286 = phi <16 x float> [ %2840, %i44.body ], [ %2905, %p11.body ]
  %acc112.02285 = phi <16 x float> [ %2837, %i44.body ], [ %2904, %p11.body ]
  %acc111.02284 = phi <16 x float> [ %2832, %i44.body ], [ %2898, %p11.body ]
  %acc110.02283 = phi <16 x float> [ %2829, %i44.body ], [ %2897, %p11.body ]
  %acc109.02282 = phi <16 x float> [ %2824, %i44.body ], [ %2891, %p11.body ]
  %acc108.02281 = phi <16 x float> [ %2821, %i44.body ], [ %2890, %p11.body ]
  %acc107.02280 = phi <16 x float> [ %2816, %i44.body ], [ %2884, %p11.body ]
  %acc106.02279 = phi <16 x float> [ %2813, %i44.body ], [ %2883, %p11.body ]
  %acc105.02278 = phi <16 x float> [ %2808, %i44.body ], [ %2877, %p11.body ]
  %acc104.02277 = phi <16 x float> [ %2805, %i44.body ], [ %2876, %p11.body ]
  %2865 = shl nuw nsw i64 %p11.addr.02293, 5
  %2866 = getelementptr inbounds float, ptr %OY, i64 %2865
  %2867 = load <16 x float>, ptr %2866, align 4
  %2868 = or disjoint i64 %2865, 16
  %2869 = getelementptr inbounds float, ptr %OY, i64 %2868
  %2870 = load <16 x float>, ptr %2869, align 4
  %2871 = or disjoint i64 %2865, %i44.addr.02294
  %2872 = getelementptr inbounds float, ptr %QK, i64 %2871
  %2873 = load float, ptr %2872, align 4
  %2874 = insertelement <16 x float> poison, float %2873, i64 0
  %2875 = shufflevector <16 x float> %2874, <16 x float> poison, <16 x i32> zeroinitializer
  %2876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2875, <16 x float> %2867, <16 x float> %acc104.02277)
  %2877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2875, <16 x float> %2870, <16 x float> %acc105.02278)
  %2878 = or disjoint i64 %2865, %2809
  %2879 = getelementptr inbounds float, ptr %QK, i64 %2878
  %2880 = load float, ptr %2879, align 4
  %2881 = insertelement <16 x float> poison, float %2880, i64 0
  %2882 = shufflevector <16 x float> %2881, <16 x float> poison, <16 x i32> zeroinitializer
  %2883 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2882, <16 x float> %2867, <16 x float> %acc106.02279)
  %2884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2882, <16 x float> %2870, <16 x float> %acc107.02280)
  %2885 = or disjoint i64 %2865, %2817
  %2886 = getelementptr inbounds float, ptr %QK, i64 %2885
  %2887 = load float, ptr %2886, align 4
  %2888 = insertelement <16 x float> poison, float %2887, i64 0
  %2889 = shufflevector <16 x float> %2888, <16 x float> poison, <16 x i32> zeroinitializer
  %2890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2867, <16 x float> %acc108.02281)
  %2891 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2870, <16 x float> %acc109.02282)
  %2892 = or disjoint i64 %2865, %2825
  %2893 = getelementptr inbounds float, ptr %QK, i64 %2892
  %2894 = load float, ptr %2893, align 4
  %2895 = insertelement <16 x float> poison, float %2894, i64 0
  %2896 = shufflevector <16 x float> %2895, <16 x float> poison, <16 x i32> zeroinitializer
  %2897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2896, <16 x float> %2867, <16 x float> %acc110.02283)
  %2898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2896, <16 x float> %2870, <16 x float> %acc111.02284)
  %2899 = or disjoint i64 %2865, %2833
  %2900 = getelementptr inbounds float, ptr %QK, i64 %2899
  %2901 = load float, ptr %2900, align 4
  %2902 = insertelement <16 x float> poison, float %2901, i64 0
  %2903 = shufflevector <16 x float> %2902, <16 x float> poison, <16 x i32> zeroinitializer
  %2904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2867, <16 x float> %acc112.02285)
  %2905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2870, <16 x float> %acc113.02286)
  %2906 = or disjoint i64 %2865, %2841
  %2907 = getelementptr inbounds float, ptr %QK, i64 %2906
  %2908 = load float, ptr %2907, align 4
  %2909 = insertelement <16 x float> poison, float %2908, i64 0
  %2910 = shufflevector <16 x float> %2909, <16 x float> poison, <16 x i32> zeroinitializer
  %2911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2910, <16 x float> %2867, <16 x float> %acc114.02287)
  %2912 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2910, <16 x float> %2870, <16 x float> %acc115.02288)
  %2913 = or disjoint i64 %2865, %2849
  %2914 = getelementptr inbounds float, ptr %QK, i64 %2913
  %2915 = load float, ptr %2914, align 4
  %2916 = insertelement <16 x float> poison, float %2915, i64 0
  %2917 = shufflevector <16 x float> %2916, <16 x float> poison, <16 x i32> zeroinitializer
  %2918 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2917, <16 x float> %2867, <16 x float> %acc116.02289)
  %2919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2917, <16 x float> %2870, <16 x float> %acc117.02290)
  %2920 = or disjoint i64 %2865, %2857
  %2921 = getelementptr inbounds float, ptr %QK, i64 %2920
  %2922 = load float, ptr %2921, align 4
  %2923 = insertelement <16 x float> poison, float %2922, i64 0
  %2924 = shufflevector <16 x float> %2923, <16 x float> poison, <16 x i32> zeroinitializer
  %2925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2924, <16 x float> %2867, <16 x float> %acc118.02291)
  %2926 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2924, <16 x float> %2870, <16 x float> %acc119.02292)
  %p11.next = add nuw nsw i64 %p11.addr.02293, 1
  %exitcond2600.not = icmp eq i64 %p11.next, 24
  br i1 %exitcond2600.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2876, ptr %2804, align 4
  store <16 x float> %2877, ptr %2807, align 4
  store <16 x float> %2883, ptr %2812, align 4
  store <16 x float> %2884, ptr %2815, align 4
  store <16 x float> %2890, ptr %2820, align 4
  store <16 x float> %2891, ptr %2823, align 4
  store <16 x float> %2897, ptr %2828, align 4
  store <16 x float> %2898, ptr %2831, align 4
  store <16 x float> %2904, ptr %2836, align 4
  store <16 x float> %2905, ptr %2839, align 4
  store <16 x float> %2911, ptr %2844, align 4
  store <16 x float> %2912, ptr %2847, align 4
  store <16 x float> %2918, ptr %2852, align 4
  store <16 x float> %2919, ptr %2855, align 4
  store <16 x float> %2925, ptr %2860, align 4
  store <16 x float> %2926, ptr %2863, align 4
  %i44.next = add nuw nsw i64 %i44.addr.02294, 8
  %2927 = icmp ult i64 %i44.addr.02294, 24
  br i1 %2927, label %i44.body, label %p12.body

p12.body.1:                                       ; preds = %p12.body.1, %p12.exit
  %p12.addr.02305.1 = phi i64 [ 0, %p12.exit ], [ %p12.next.1, %p12.body.1 ]
  %acc127.02304.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2969, %p12.body.1 ]
  %acc126.02303.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2964, %p12.body.1 ]
  %acc125.02302.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2959, %p12.body.1 ]
  %acc124.02301.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2954, %p12.body.1 ]
  %acc123.02300.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2949, %p12.body.1 ]
  %acc122.02299.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2944, %p12.body.1 ]
  %acc121.02298.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2939, %p12.body.1 ]
  %acc120.02297.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %2934, %p12.body.1 ]
  %.idx2062.1 = shl nuw nsw i64 %p12.addr.02305.1, 6
  %gep2296.1 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2062.1
  %2928 = load <16 x float>, ptr %gep2296.1, align 4
  %2929 = getelementptr inbounds float, ptr %OY, i64 %p12.addr.02305.1
  %2930 = getelementptr inbounds i8, ptr %2929, i64 2048
  %2931 = load float, ptr %2930, align 4
  %2932 = insertelement <16 x float> poison, float %2931, i64 0
  %2933 = shufflevector <16 x float> %2932, <16 x float> poison, <16 x i32> zeroinitializer
  %2934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2933, <16 x float> %2928, <16 x float> %acc120.02297.1)
  %2935 = getelementptr inbounds i8, ptr %2929, i64 2176
  %2936 = load float, ptr %2935, align 4
  %2937 = insertelement <16 x float> poison, float %2936, i64 0
  %2938 = shufflevector <16 x float> %2937, <16 x float> poison, <16 x i32> zeroinitializer
  %2939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2928, <16 x float> %acc121.02298.1)
  %2940 = getelementptr inbounds i8, ptr %2929, i64 2304
  %2941 = load float, ptr %2940, align 4
  %2942 = insertelement <16 x float> poison, float %2941, i64 0
  %2943 = shufflevector <16 x float> %2942, <16 x float> poison, <16 x i32> zeroinitializer
  %2944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2943, <16 x float> %2928, <16 x float> %acc122.02299.1)
  %2945 = getelementptr inbounds i8, ptr %2929, i64 2432
  %2946 = load float, ptr %2945, align 4
  %2947 = insertelement <16 x float> poison, float %2946, i64 0
  %2948 = shufflevector <16 x float> %2947, <16 x float> poison, <16 x i32> zeroinitializer
  %2949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2928, <16 x float> %acc123.02300.1)
  %2950 = getelementptr inbounds i8, ptr %2929, i64 2560
  %2951 = load float, ptr %2950, align 4
  %2952 = insertelement <16 x float> poison, float %2951, i64 0
  %2953 = shufflevector <16 x float> %2952, <16 x float> poison, <16 x i32> zeroinitializer
  %2954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2953, <16 x float> %2928, <16 x float> %acc124.02301.1)
  %2955 = getelementptr inbounds i8, ptr %2929, i64 2688
  %2956 = load float, ptr %2955, align 4
  %2957 = insertelement <16 x float> poison, float %2956, i64 0
  %2958 = shufflevector <16 x float> %2957, <16 x float> poison, <16 x i32> zeroinitializer
  %2959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2958, <16 x float> %2928, <16 x float> %acc125.02302.1)
  %2960 = getelementptr inbounds i8, ptr %2929, i64 2816
  %2961 = load float, ptr %2960, align 4
  %2962 = insertelement <16 x float> poison, float %2961, i64 0
  %2963 = shufflevector <16 x float> %2962, <16 x float> poison, <16 x i32> zeroinitializer
  %2964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2963, <16 x float> %2928, <16 x float> %acc126.02303.1)
  %2965 = getelementptr inbounds i8, ptr %2929, i64 2944
  %2966 = load float, ptr %2965, align 4
  %2967 = insertelement <16 x float> poison, float %2966, i64 0
  %2968 = shufflevector <16 x float> %2967, <16 x float> poison, <16 x i32> zeroinitializer
  %2969 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2968, <16 x float> %2928, <16 x float> %acc127.02304.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02305.1, 1
  %exitcond2601.1.not = icmp eq i64 %p12.next.1, 32
  br i1 %exitcond2601.1.not, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  store <16 x float> %2934, ptr %381, align 4
  store <16 x float> %2939, ptr %382, align 4
  store <16 x float> %2944, ptr %383, align 4
  store <16 x float> %2949, ptr %384, align 4
  store <16 x float> %2954, ptr %385, align 4
  store <16 x float> %2959, ptr %386, align 4
  store <16 x float> %2964, ptr %387, align 4
  store <16 x float> %2969, ptr %388, align 4
  br label %t4.body

p12.body:                                         ; preds = %p11.exit, %p12.body
  %p12.addr.02305 = phi i64 [ %p12.next, %p12.body ], [ 0, %p11.exit ]
  %acc127.02304 = phi <16 x float> [ %3011, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc126.02303 = phi <16 x float> [ %3006, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc125.02302 = phi <16 x float> [ %3001, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc124.02301 = phi <16 x float> [ %2996, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc123.02300 = phi <16 x float> [ %2991, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc122.02299 = phi <16 x float> [ %2986, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc121.02298 = phi <16 x float> [ %2981, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc120.02297 = phi <16 x float> [ %2976, %p12.body ], [ zeroinitializer, %p11.exit ]
  %.idx2062 = shl nuw nsw i64 %p12.addr.02305, 6
  %gep2296 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2062
  %2970 = load <16 x float>, ptr %gep2296, align 4
  %2971 = getelementptr inbounds float, ptr %OY, i64 %p12.addr.02305
  %2972 = getelementptr inbounds i8, ptr %2971, i64 1024
  %2973 = load float, ptr %2972, align 4
  %2974 = insertelement <16 x float> poison, float %2973, i64 0
  %2975 = shufflevector <16 x float> %2974, <16 x float> poison, <16 x i32> zeroinitializer
  %2976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2975, <16 x float> %2970, <16 x float> %acc120.02297)
  %2977 = getelementptr inbounds i8, ptr %2971, i64 1152
  %2978 = load float, ptr %2977, align 4
  %2979 = insertelement <16 x float> poison, float %2978, i64 0
  %2980 = shufflevector <16 x float> %2979, <16 x float> poison, <16 x i32> zeroinitializer
  %2981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2980, <16 x float> %2970, <16 x float> %acc121.02298)
  %2982 = getelementptr inbounds i8, ptr %2971, i64 1280
  %2983 = load float, ptr %2982, align 4
  %2984 = insertelement <16 x float> poison, float %2983, i64 0
  %2985 = shufflevector <16 x float> %2984, <16 x float> poison, <16 x i32> zeroinitializer
  %2986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2985, <16 x float> %2970, <16 x float> %acc122.02299)
  %2987 = getelementptr inbounds i8, ptr %2971, i64 1408
  %2988 = load float, ptr %2987, align 4
  %2989 = insertelement <16 x float> poison, float %2988, i64 0
  %2990 = shufflevector <16 x float> %2989, <16 x float> poison, <16 x i32> zeroinitializer
  %2991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2990, <16 x float> %2970, <16 x float> %acc123.02300)
  %2992 = getelementptr inbounds i8, ptr %2971, i64 1536
  %2993 = load float, ptr %2992, align 4
  %2994 = insertelement <16 x float> poison, float %2993, i64 0
  %2995 = shufflevector <16 x float> %2994, <16 x float> poison, <16 x i32> zeroinitializer
  %2996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2995, <16 x float> %2970, <16 x float> %acc124.02301)
  %2997 = getelementptr inbounds i8, ptr %2971, i64 1664
  %2998 = load float, ptr %2997, align 4
  %2999 = insertelement <16 x float> poison, float %2998, i64 0
  %3000 = shufflevector <16 x float> %2999, <16 x float> poison, <16 x i32> zeroinitializer
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2970, <16 x float> %acc125.02302)
  %3002 = getelementptr inbounds i8, ptr %2971, i64 1792
  %3003 = load float, ptr %3002, align 4
  %3004 = insertelement <16 x float> poison, float %3003, i64 0
  %3005 = shufflevector <16 x float> %3004, <16 x float> poison, <16 x i32> zeroinitializer
  %3006 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3005, <16 x float> %2970, <16 x float> %acc126.02303)
  %3007 = getelementptr inbounds i8, ptr %2971, i64 1920
  %3008 = load float, ptr %3007, align 4
  %3009 = insertelement <16 x float> poison, float %3008, i64 0
  %3010 = shufflevector <16 x float> %3009, <16 x float> poison, <16 x i32> zeroinitializer
  %3011 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3010, <16 x float> %2970, <16 x float> %acc127.02304)
  %p12.next = add nuw nsw i64 %p12.addr.02305, 1
  %exitcond2601.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2601.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2976, ptr %373, align 4
  store <16 x float> %2981, ptr %374, align 4
  store <16 x float> %2986, ptr %375, align 4
  store <16 x float> %2991, ptr %376, align 4
  store <16 x float> %2996, ptr %377, align 4
  store <16 x float> %3001, ptr %378, align 4
  store <16 x float> %3006, ptr %379, align 4
  store <16 x float> %3011, ptr %380, align 4
  br label %p12.body.1

t4.body:                                          ; preds = %p12.exit.1, %j34.exit
  %indvars.iv2606 = phi i64 [ 1, %p12.exit.1 ], [ %indvars.iv.next2607, %j34.exit ]
  %t4.addr.02324 = phi i64 [ 0, %p12.exit.1 ], [ %t4.next, %j34.exit ]
  %3012 = shl nuw nsw i64 %t4.addr.02324, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %3012, i64 1)
  %i46 = shl nuw nsw i64 %t4.addr.02324, 1
  %invariant.gep2312 = getelementptr float, ptr %invariant.gep2308, i64 %i46
  %.not2387 = icmp eq i64 %t4.addr.02324, 0
  br i1 %.not2387, label %j33.exit, label %j33.body.lr.ph

j33.body.lr.ph:                                   ; preds = %t4.body
  %.idx2052 = mul nuw nsw i64 %t4.addr.02324, 704
  %gep2309 = getelementptr inbounds i8, ptr %invariant.gep2308, i64 %.idx2052
  %xtraiter3319 = and i64 %umax, 7
  %3013 = icmp ult i64 %t4.addr.02324, 4
  br i1 %3013, label %j33.exit.loopexit.unr-lcssa, label %j33.body.lr.ph.new

j33.body.lr.ph.new:                               ; preds = %j33.body.lr.ph
  %unroll_iter3321 = and i64 %umax, 9223372036854775800
  br label %j33.body

j33.body:                                         ; preds = %j33.body, %j33.body.lr.ph.new
  %j33.addr.02314 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %j33.next.7, %j33.body ]
  %niter3322 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %niter3322.next.7, %j33.body ]
  %3014 = getelementptr inbounds float, ptr %gep2309, i64 %j33.addr.02314
  %3015 = load float, ptr %3014, align 4
  %3016 = fneg float %3015
  store float %3016, ptr %3014, align 4
  %.idx2053 = mul nuw nsw i64 %j33.addr.02314, 352
  %gep2313 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053
  store float %3016, ptr %gep2313, align 4
  %j33.next = or disjoint i64 %j33.addr.02314, 1
  %3017 = getelementptr inbounds float, ptr %gep2309, i64 %j33.next
  %3018 = load float, ptr %3017, align 4
  %3019 = fneg float %3018
  store float %3019, ptr %3017, align 4
  %.idx2053.1 = mul nuw nsw i64 %j33.next, 352
  %gep2313.1 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.1
  store float %3019, ptr %gep2313.1, align 4
  %j33.next.1 = or disjoint i64 %j33.addr.02314, 2
  %3020 = getelementptr inbounds float, ptr %gep2309, i64 %j33.next.1
  %3021 = load float, ptr %3020, align 4
  %3022 = fneg float %3021
  store float %3022, ptr %3020, align 4
  %.idx2053.2 = mul nuw nsw i64 %j33.next.1, 352
  %gep2313.2 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.2
  store float %3022, ptr %gep2313.2, align 4
  %j33.next.2 = or disjoint i64 %j33.addr.02314, 3
  %3023 = getelementptr inbounds float, ptr %gep2309, i64 %j33.next.2
  %3024 = load float, ptr %3023, align 4
  %3025 = fneg float %3024
  store float %3025, ptr %3023, align 4
  %.idx2053.3 = mul nuw nsw i64 %j33.next.2, 352
  %gep2313.3 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.3
  store float %3025, ptr %gep2313.3, align 4
  %j33.next.3 = or disjoint i64 %j33.addr.02314, 4
  %3026 = getelementptr inbounds float, ptr %gep2309, i64 %j33.next.3
  %3027 = load float, ptr %3026, align 4
  %3028 = fneg float %3027
  store float %3028, ptr %3026, align 4
  %.idx2053.4 = mul nuw nsw i64 %j33.next.3, 352
  %gep2313.4 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.4
  store float %3028, ptr %gep2313.4, align 4
  %j33.next.4 = or disjoint i64 %j33.addr.02314, 5
  %3029 = getelementptr inbounds float, ptr %gep2309, i64 %j33.next.4
  %3030 = load float, ptr %3029, align 4
  %3031 = fneg float %3030
  store float %3031, ptr %3029, align 4
  %.idx2053.5 = mul nuw nsw i64 %j33.next.4, 352
  %gep2313.5 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.5
  store float %3031, ptr %gep2313.5, align 4
  %j33.next.5 = or disjoint i64 %j33.addr.02314, 6
  %3032 = getelementptr inbounds float, ptr %gep2309, i64 %j33.next.5
  %3033 = load float, ptr %3032, align 4
  %3034 = fneg float %3033
  store float %3034, ptr %3032, align 4
  %.idx2053.6 = mul nuw nsw i64 %j33.next.5, 352
  %gep2313.6 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.6
  store float %3034, ptr %gep2313.6, align 4
  %j33.next.6 = or disjoint i64 %j33.addr.02314, 7
  %3035 = getelementptr inbounds float, ptr %gep2309, i64 %j33.next.6
  %3036 = load float, ptr %3035, align 4
  %3037 = fneg float %3036
  store float %3037, ptr %3035, align 4
  %.idx2053.7 = mul nuw nsw i64 %j33.next.6, 352
  %gep2313.7 = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.7
  store float %3037, ptr %gep2313.7, align 4
  %j33.next.7 = add nuw nsw i64 %j33.addr.02314, 8
  %niter3322.next.7 = add i64 %niter3322, 8
  %niter3322.ncmp.7 = icmp eq i64 %niter3322.next.7, %unroll_iter3321
  br i1 %niter3322.ncmp.7, label %j33.exit.loopexit.unr-lcssa, label %j33.body

j33.exit.loopexit.unr-lcssa:                      ; preds = %j33.body, %j33.body.lr.ph
  %j33.addr.02314.unr = phi i64 [ 0, %j33.body.lr.ph ], [ %j33.next.7, %j33.body ]
  %lcmp.mod3320.not = icmp eq i64 %xtraiter3319, 0
  br i1 %lcmp.mod3320.not, label %j33.exit, label %j33.body.epil

j33.body.epil:                                    ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil
  %j33.addr.02314.epil = phi i64 [ %j33.next.epil, %j33.body.epil ], [ %j33.addr.02314.unr, %j33.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j33.body.epil ], [ 0, %j33.exit.loopexit.unr-lcssa ]
  %3038 = getelementptr inbounds float, ptr %gep2309, i64 %j33.addr.02314.epil
  %3039 = load float, ptr %3038, align 4
  %3040 = fneg float %3039
  store float %3040, ptr %3038, align 4
  %.idx2053.epil = mul nuw nsw i64 %j33.addr.02314.epil, 352
  %gep2313.epil = getelementptr i8, ptr %invariant.gep2312, i64 %.idx2053.epil
  store float %3040, ptr %gep2313.epil, align 4
  %j33.next.epil = add nuw nsw i64 %j33.addr.02314.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3319
  br i1 %epil.iter.cmp.not, label %j33.exit, label %j33.body.epil, !llvm.loop !0

j33.exit:                                         ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil, %t4.body
  %.idx2049.pre-phi = phi i64 [ 0, %t4.body ], [ %.idx2052, %j33.body.epil ], [ %.idx2052, %j33.exit.loopexit.unr-lcssa ]
  %gep2321 = getelementptr inbounds i8, ptr %invariant.gep2308, i64 %.idx2049.pre-phi
  %3041 = getelementptr inbounds float, ptr %gep2321, i64 %i46
  store float 0.000000e+00, ptr %3041, align 4
  %i47 = or disjoint i64 %i46, 1
  %.idx2050 = mul nuw nsw i64 %i47, 352
  %gep2323 = getelementptr inbounds i8, ptr %invariant.gep2308, i64 %.idx2050
  %invariant.gep2317 = getelementptr float, ptr %invariant.gep2308, i64 %i47
  %xtraiter3323 = and i64 %indvars.iv2606, 7
  %3042 = icmp ult i64 %t4.addr.02324, 4
  br i1 %3042, label %j34.exit.unr-lcssa, label %j33.exit.new

j33.exit.new:                                     ; preds = %j33.exit
  %unroll_iter3326 = and i64 %indvars.iv2606, 9223372036854775800
  br label %j34.body

j34.body:                                         ; preds = %j34.body, %j33.exit.new
  %j34.addr.02319 = phi i64 [ 0, %j33.exit.new ], [ %j34.next.7, %j34.body ]
  %niter3327 = phi i64 [ 0, %j33.exit.new ], [ %niter3327.next.7, %j34.body ]
  %3043 = getelementptr inbounds float, ptr %gep2323, i64 %j34.addr.02319
  %3044 = load float, ptr %3043, align 4
  %3045 = fneg float %3044
  store float %3045, ptr %3043, align 4
  %.idx2051 = mul nuw nsw i64 %j34.addr.02319, 352
  %gep2318 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051
  store float %3045, ptr %gep2318, align 4
  %j34.next = or disjoint i64 %j34.addr.02319, 1
  %3046 = getelementptr inbounds float, ptr %gep2323, i64 %j34.next
  %3047 = load float, ptr %3046, align 4
  %3048 = fneg float %3047
  store float %3048, ptr %3046, align 4
  %.idx2051.1 = mul nuw nsw i64 %j34.next, 352
  %gep2318.1 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.1
  store float %3048, ptr %gep2318.1, align 4
  %j34.next.1 = or disjoint i64 %j34.addr.02319, 2
  %3049 = getelementptr inbounds float, ptr %gep2323, i64 %j34.next.1
  %3050 = load float, ptr %3049, align 4
  %3051 = fneg float %3050
  store float %3051, ptr %3049, align 4
  %.idx2051.2 = mul nuw nsw i64 %j34.next.1, 352
  %gep2318.2 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.2
  store float %3051, ptr %gep2318.2, align 4
  %j34.next.2 = or disjoint i64 %j34.addr.02319, 3
  %3052 = getelementptr inbounds float, ptr %gep2323, i64 %j34.next.2
  %3053 = load float, ptr %3052, align 4
  %3054 = fneg float %3053
  store float %3054, ptr %3052, align 4
  %.idx2051.3 = mul nuw nsw i64 %j34.next.2, 352
  %gep2318.3 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.3
  store float %3054, ptr %gep2318.3, align 4
  %j34.next.3 = or disjoint i64 %j34.addr.02319, 4
  %3055 = getelementptr inbounds float, ptr %gep2323, i64 %j34.next.3
  %3056 = load float, ptr %3055, align 4
  %3057 = fneg float %3056
  store float %3057, ptr %3055, align 4
  %.idx2051.4 = mul nuw nsw i64 %j34.next.3, 352
  %gep2318.4 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.4
  store float %3057, ptr %gep2318.4, align 4
  %j34.next.4 = or disjoint i64 %j34.addr.02319, 5
  %3058 = getelementptr inbounds float, ptr %gep2323, i64 %j34.next.4
  %3059 = load float, ptr %3058, align 4
  %3060 = fneg float %3059
  store float %3060, ptr %3058, align 4
  %.idx2051.5 = mul nuw nsw i64 %j34.next.4, 352
  %gep2318.5 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.5
  store float %3060, ptr %gep2318.5, align 4
  %j34.next.5 = or disjoint i64 %j34.addr.02319, 6
  %3061 = getelementptr inbounds float, ptr %gep2323, i64 %j34.next.5
  %3062 = load float, ptr %3061, align 4
  %3063 = fneg float %3062
  store float %3063, ptr %3061, align 4
  %.idx2051.6 = mul nuw nsw i64 %j34.next.5, 352
  %gep2318.6 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.6
  store float %3063, ptr %gep2318.6, align 4
  %j34.next.6 = or disjoint i64 %j34.addr.02319, 7
  %3064 = getelementptr inbounds float, ptr %gep2323, i64 %j34.next.6
  %3065 = load float, ptr %3064, align 4
  %3066 = fneg float %3065
  store float %3066, ptr %3064, align 4
  %.idx2051.7 = mul nuw nsw i64 %j34.next.6, 352
  %gep2318.7 = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.7
  store float %3066, ptr %gep2318.7, align 4
  %j34.next.7 = add nuw nsw i64 %j34.addr.02319, 8
  %niter3327.next.7 = add i64 %niter3327, 8
  %niter3327.ncmp.7 = icmp eq i64 %niter3327.next.7, %unroll_iter3326
  br i1 %niter3327.ncmp.7, label %j34.exit.unr-lcssa, label %j34.body

j34.exit.unr-lcssa:                               ; preds = %j34.body, %j33.exit
  %j34.addr.02319.unr = phi i64 [ 0, %j33.exit ], [ %j34.next.7, %j34.body ]
  %lcmp.mod3325.not = icmp eq i64 %xtraiter3323, 0
  br i1 %lcmp.mod3325.not, label %j34.exit, label %j34.body.epil

j34.body.epil:                                    ; preds = %j34.exit.unr-lcssa, %j34.body.epil
  %j34.addr.02319.epil = phi i64 [ %j34.next.epil, %j34.body.epil ], [ %j34.addr.02319.unr, %j34.exit.unr-lcssa ]
  %epil.iter3324 = phi i64 [ %epil.iter3324.next, %j34.body.epil ], [ 0, %j34.exit.unr-lcssa ]
  %3067 = getelementptr inbounds float, ptr %gep2323, i64 %j34.addr.02319.epil
  %3068 = load float, ptr %3067, align 4
  %3069 = fneg float %3068
  store float %3069, ptr %3067, align 4
  %.idx2051.epil = mul nuw nsw i64 %j34.addr.02319.epil, 352
  %gep2318.epil = getelementptr i8, ptr %invariant.gep2317, i64 %.idx2051.epil
  store float %3069, ptr %gep2318.epil, align 4
  %j34.next.epil = add nuw nsw i64 %j34.addr.02319.epil, 1
  %epil.iter3324.next = add i64 %epil.iter3324, 1
  %epil.iter3324.cmp.not = icmp eq i64 %epil.iter3324.next, %xtraiter3323
  br i1 %epil.iter3324.cmp.not, label %j34.exit, label %j34.body.epil, !llvm.loop !2

j34.exit:                                         ; preds = %j34.body.epil, %j34.exit.unr-lcssa
  %gep2863 = getelementptr inbounds i8, ptr %invariant.gep2862, i64 %.idx2050
  %3070 = getelementptr inbounds float, ptr %gep2863, i64 %i47
  store float 0.000000e+00, ptr %3070, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02324, 1
  %indvars.iv.next2607 = add nuw nsw i64 %indvars.iv2606, 2
  %exitcond2609.not = icmp eq i64 %t4.next, 8
  br i1 %exitcond2609.not, label %p13.body, label %t4.body

p13.body:                                         ; preds = %j34.exit, %p13.body
  %p13.addr.02341 = phi i64 [ %p13.next, %p13.body ], [ 0, %j34.exit ]
  %acc143.02340 = phi <16 x float> [ %3124, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc142.02339 = phi <16 x float> [ %3123, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc141.02338 = phi <16 x float> [ %3118, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc140.02337 = phi <16 x float> [ %3117, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc139.02336 = phi <16 x float> [ %3112, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc138.02335 = phi <16 x float> [ %3111, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc137.02334 = phi <16 x float> [ %3106, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc136.02333 = phi <16 x float> [ %3105, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc135.02332 = phi <16 x float> [ %3100, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc134.02331 = phi <16 x float> [ %3099, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc133.02330 = phi <16 x float> [ %3094, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc132.02329 = phi <16 x float> [ %3093, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc131.02328 = phi <16 x float> [ %3088, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc130.02327 = phi <16 x float> [ %3087, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc129.02326 = phi <16 x float> [ %3082, %p13.body ], [ zeroinitializer, %j34.exit ]
  %acc128.02325 = phi <16 x float> [ %3081, %p13.body ], [ zeroinitializer, %j34.exit ]
  %3071 = shl nuw nsw i64 %p13.addr.02341, 5
  %3072 = getelementptr inbounds float, ptr %Bk, i64 %3071
  %3073 = load <16 x float>, ptr %3072, align 4
  %3074 = or disjoint i64 %3071, 16
  %3075 = getelementptr inbounds float, ptr %Bk, i64 %3074
  %3076 = load <16 x float>, ptr %3075, align 4
  %3077 = getelementptr inbounds float, ptr %Ak, i64 %p13.addr.02341
  %3078 = load float, ptr %3077, align 4
  %3079 = insertelement <16 x float> poison, float %3078, i64 0
  %3080 = shufflevector <16 x float> %3079, <16 x float> poison, <16 x i32> zeroinitializer
  %3081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3080, <16 x float> %3073, <16 x float> %acc128.02325)
  %3082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3080, <16 x float> %3076, <16 x float> %acc129.02326)
  %3083 = getelementptr inbounds float, ptr %389, i64 %p13.addr.02341
  %3084 = load float, ptr %3083, align 4
  %3085 = insertelement <16 x float> poison, float %3084, i64 0
  %3086 = shufflevector <16 x float> %3085, <16 x float> poison, <16 x i32> zeroinitializer
  %3087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3086, <16 x float> %3073, <16 x float> %acc130.02327)
  %3088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3086, <16 x float> %3076, <16 x float> %acc131.02328)
  %3089 = getelementptr inbounds float, ptr %358, i64 %p13.addr.02341
  %3090 = load float, ptr %3089, align 4
  %3091 = insertelement <16 x float> poison, float %3090, i64 0
  %3092 = shufflevector <16 x float> %3091, <16 x float> poison, <16 x i32> zeroinitializer
  %3093 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3092, <16 x float> %3073, <16 x float> %acc132.02329)
  %3094 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3092, <16 x float> %3076, <16 x float> %acc133.02330)
  %3095 = getelementptr inbounds float, ptr %390, i64 %p13.addr.02341
  %3096 = load float, ptr %3095, align 4
  %3097 = insertelement <16 x float> poison, float %3096, i64 0
  %3098 = shufflevector <16 x float> %3097, <16 x float> poison, <16 x i32> zeroinitializer
  %3099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3098, <16 x float> %3073, <16 x float> %acc134.02331)
  %3100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3098, <16 x float> %3076, <16 x float> %acc135.02332)
  %3101 = getelementptr inbounds float, ptr %361, i64 %p13.addr.02341
  %3102 = load float, ptr %3101, align 4
  %3103 = insertelement <16 x float> poison, float %3102, i64 0
  %3104 = shufflevector <16 x float> %3103, <16 x float> poison, <16 x i32> zeroinitializer
  %3105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3104, <16 x float> %3073, <16 x float> %acc136.02333)
  %3106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3104, <16 x float> %3076, <16 x float> %acc137.02334)
  %3107 = getelementptr inbounds float, ptr %391, i64 %p13.addr.02341
  %3108 = load float, ptr %3107, align 4
  %3109 = insertelement <16 x float> poison, float %3108, i64 0
  %3110 = shufflevector <16 x float> %3109, <16 x float> poison, <16 x i32> zeroinitializer
  %3111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3110, <16 x float> %3073, <16 x float> %acc138.02335)
  %3112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3110, <16 x float> %3076, <16 x float> %acc139.02336)
  %3113 = getelementptr inbounds float, ptr %364, i64 %p13.addr.02341
  %3114 = load float, ptr %3113, align 4
  %3115 = insertelement <16 x float> poison, float %3114, i64 0
  %3116 = shufflevector <16 x float> %3115, <16 x float> poison, <16 x i32> zeroinitializer
  %3117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3116, <16 x float> %3073, <16 x float> %acc140.02337)
  %3118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3116, <16 x float> %3076, <16 x float> %acc141.02338)
  %3119 = getelementptr inbounds float, ptr %392, i64 %p13.addr.02341
  %3120 = load float, ptr %3119, align 4
  %3121 = insertelement <16 x float> poison, float %3120, i64 0
  %3122 = shufflevector <16 x float> %3121, <16 x float> poison, <16 x i32> zeroinitializer
  %3123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3073, <16 x float> %acc142.02339)
  %3124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3076, <16 x float> %acc143.02340)
  %p13.next = add nuw nsw i64 %p13.addr.02341, 1
  %exitcond2610.not = icmp eq i64 %p13.next, 88
  br i1 %exitcond2610.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <16 x float> %3081, ptr %dKc, align 4
  store <16 x float> %3082, ptr %393, align 4
  store <16 x float> %3087, ptr %394, align 4
  store <16 x float> %3088, ptr %395, align 4
  store <16 x float> %3093, ptr %396, align 4
  store <16 x float> %3094, ptr %397, align 4
  store <16 x float> %3099, ptr %398, align 4
  store <16 x float> %3100, ptr %399, align 4
  store <16 x float> %3105, ptr %400, align 4
  store <16 x float> %3106, ptr %401, align 4
  store <16 x float> %3111, ptr %402, align 4
  store <16 x float> %3112, ptr %403, align 4
  store <16 x float> %3117, ptr %404, align 4
  store <16 x float> %3118, ptr %405, align 4
  store <16 x float> %3123, ptr %406, align 4
  store <16 x float> %3124, ptr %407, align 4
  br label %p13.body.1

p13.body.1:                                       ; preds = %p13.body.1, %p13.exit
  %p13.addr.02341.1 = phi i64 [ 0, %p13.exit ], [ %p13.next.1, %p13.body.1 ]
  %acc143.02340.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3178, %p13.body.1 ]
  %acc142.02339.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3177, %p13.body.1 ]
  %acc141.02338.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3172, %p13.body.1 ]
  %acc140.02337.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3171, %p13.body.1 ]
  %acc139.02336.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3166, %p13.body.1 ]
  %acc138.02335.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3165, %p13.body.1 ]
  %acc137.02334.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3160, %p13.body.1 ]
  %acc136.02333.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3159, %p13.body.1 ]
  %acc135.02332.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3154, %p13.body.1 ]
  %acc134.02331.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3153, %p13.body.1 ]
  %acc133.02330.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3148, %p13.body.1 ]
  %acc132.02329.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3147, %p13.body.1 ]
  %acc131.02328.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3142, %p13.body.1 ]
  %acc130.02327.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3141, %p13.body.1 ]
  %acc129.02326.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3136, %p13.body.1 ]
  %acc128.02325.1 = phi <16 x float> [ zeroinitializer, %p13.exit ], [ %3135, %p13.body.1 ]
  %3125 = shl nuw nsw i64 %p13.addr.02341.1, 5
  %3126 = getelementptr inbounds float, ptr %Bk, i64 %3125
  %3127 = load <16 x float>, ptr %3126, align 4
  %3128 = or disjoint i64 %3125, 16
  %3129 = getelementptr inbounds float, ptr %Bk, i64 %3128
  %3130 = load <16 x float>, ptr %3129, align 4
  %3131 = getelementptr inbounds float, ptr %355, i64 %p13.addr.02341.1
  %3132 = load float, ptr %3131, align 4
  %3133 = insertelement <16 x float> poison, float %3132, i64 0
  %3134 = shufflevector <16 x float> %3133, <16 x float> poison, <16 x i32> zeroinitializer
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3127, <16 x float> %acc128.02325.1)
  %3136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3130, <16 x float> %acc129.02326.1)
  %3137 = getelementptr inbounds float, ptr %408, i64 %p13.addr.02341.1
  %3138 = load float, ptr %3137, align 4
  %3139 = insertelement <16 x float> poison, float %3138, i64 0
  %3140 = shufflevector <16 x float> %3139, <16 x float> poison, <16 x i32> zeroinitializer
  %3141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3140, <16 x float> %3127, <16 x float> %acc130.02327.1)
  %3142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3140, <16 x float> %3130, <16 x float> %acc131.02328.1)
  %3143 = getelementptr inbounds float, ptr %409, i64 %p13.addr.02341.1
  %3144 = load float, ptr %3143, align 4
  %3145 = insertelement <16 x float> poison, float %3144, i64 0
  %3146 = shufflevector <16 x float> %3145, <16 x float> poison, <16 x i32> zeroinitializer
  %3147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3127, <16 x float> %acc132.02329.1)
  %3148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3130, <16 x float> %acc133.02330.1)
  %3149 = getelementptr inbounds float, ptr %410, i64 %p13.addr.02341.1
  %3150 = load float, ptr %3149, align 4
  %3151 = insertelement <16 x float> poison, float %3150, i64 0
  %3152 = shufflevector <16 x float> %3151, <16 x float> poison, <16 x i32> zeroinitializer
  %3153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3127, <16 x float> %acc134.02331.1)
  %3154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3130, <16 x float> %acc135.02332.1)
  %3155 = getelementptr inbounds float, ptr %411, i64 %p13.addr.02341.1
  %3156 = load float, ptr %3155, align 4
  %3157 = insertelement <16 x float> poison, float %3156, i64 0
  %3158 = shufflevector <16 x float> %3157, <16 x float> poison, <16 x i32> zeroinitializer
  %3159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3158, <16 x float> %3127, <16 x float> %acc136.02333.1)
  %3160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3158, <16 x float> %3130, <16 x float> %acc137.02334.1)
  %3161 = getelementptr inbounds float, ptr %412, i64 %p13.addr.02341.1
  %3162 = load float, ptr %3161, align 4
  %3163 = insertelement <16 x float> poison, float %3162, i64 0
  %3164 = shufflevector <16 x float> %3163, <16 x float> poison, <16 x i32> zeroinitializer
  %3165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3164, <16 x float> %3127, <16 x float> %acc138.02335.1)
  %3166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3164, <16 x float> %3130, <16 x float> %acc139.02336.1)
  %3167 = getelementptr inbounds float, ptr %413, i64 %p13.addr.02341.1
  %3168 = load float, ptr %3167, align 4
  %3169 = insertelement <16 x float> poison, float %3168, i64 0
  %3170 = shufflevector <16 x float> %3169, <16 x float> poison, <16 x i32> zeroinitializer
  %3171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3170, <16 x float> %3127, <16 x float> %acc140.02337.1)
  %3172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3170, <16 x float> %3130, <16 x float> %acc141.02338.1)
  %3173 = getelementptr inbounds float, ptr %414, i64 %p13.addr.02341.1
  %3174 = load float, ptr %3173, align 4
  %3175 = insertelement <16 x float> poison, float %3174, i64 0
  %3176 = shufflevector <16 x float> %3175, <16 x float> poison, <16 x i32> zeroinitializer
  %3177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3176, <16 x float> %3127, <16 x float> %acc142.02339.1)
  %3178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3176, <16 x float> %3130, <16 x float> %acc143.02340.1)
  %p13.next.1 = add nuw nsw i64 %p13.addr.02341.1, 1
  %exitcond2610.1.not = icmp eq i64 %p13.next.1, 88
  br i1 %exitcond2610.1.not, label %p13.exit.1, label %p13.body.1

p13.exit.1:                                       ; preds = %p13.body.1
  store <16 x float> %3135, ptr %415, align 4
  store <16 x float> %3136, ptr %416, align 4
  store <16 x float> %3141, ptr %417, align 4
  store <16 x float> %3142, ptr %418, align 4
  store <16 x float> %3147, ptr %419, align 4
  store <16 x float> %3148, ptr %420, align 4
  store <16 x float> %3153, ptr %421, align 4
  store <16 x float> %3154, ptr %422, align 4
  store <16 x float> %3159, ptr %423, align 4
  store <16 x float> %3160, ptr %424, align 4
  store <16 x float> %3165, ptr %425, align 4
  store <16 x float> %3166, ptr %426, align 4
  store <16 x float> %3171, ptr %427, align 4
  store <16 x float> %3172, ptr %428, align 4
  store <16 x float> %3177, ptr %429, align 4
  store <16 x float> %3178, ptr %430, align 4
  %3179 = icmp sgt i64 %463, 0
  br i1 %3179, label %j36.head.preheader.preheader, label %t5.exit

j36.head.preheader.preheader:                     ; preds = %p13.exit.1
  %xtraiter3330 = and i64 %smax3329, 1
  %3180 = icmp slt i64 %indvars.iv2619, 2
  br i1 %3180, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader.preheader.new

j36.head.preheader.preheader.new:                 ; preds = %j36.head.preheader.preheader
  %unroll_iter3333 = and i64 %smax3329, 14
  br label %j36.head.preheader

j36.head.preheader:                               ; preds = %j36.head.preheader, %j36.head.preheader.preheader.new
  %t5.addr.02348 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %t5.next.1, %j36.head.preheader ]
  %niter3334 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %niter3334.next.1, %j36.head.preheader ]
  %3181 = mul i64 %33, %t5.addr.02348
  %3182 = add i64 %457, %3181
  %scevgep2617 = getelementptr i8, ptr %dv, i64 %3182
  %3183 = shl nuw nsw i64 %t5.addr.02348, 8
  %gep2865 = getelementptr i8, ptr %invariant.gep2864, i64 %3183
  %scevgep2615 = getelementptr i8, ptr %dk, i64 %3182
  %gep2867 = getelementptr i8, ptr %invariant.gep2866, i64 %3183
  %3184 = add i64 %458, %3181
  %scevgep2613 = getelementptr i8, ptr %dv, i64 %3184
  %gep2869 = getelementptr i8, ptr %invariant.gep2868, i64 %3183
  %scevgep2611 = getelementptr i8, ptr %dk, i64 %3184
  %gep2871 = getelementptr i8, ptr %invariant.gep2870, i64 %3183
  %3185 = add nsw i64 %t5.addr.02348, %t0
  %3186 = mul nsw i64 %3185, %sq
  %.idx2389 = shl nsw i64 %t5.addr.02348, 7
  %3187 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2389
  %3188 = load <16 x float>, ptr %3187, align 4
  %3189 = fmul <16 x float> %3188, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3190 = getelementptr float, ptr %qh1, i64 %3186
  store <16 x float> %3189, ptr %3190, align 4
  %3191 = getelementptr inbounds i8, ptr %431, i64 %.idx2389
  %3192 = load <16 x float>, ptr %3191, align 4
  %3193 = fmul <16 x float> %3192, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3194 = getelementptr float, ptr %455, i64 %3186
  store <16 x float> %3193, ptr %3194, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2611, ptr noundef nonnull align 4 dereferenceable(128) %gep2871, i64 128, i1 false)
  %i50 = shl nuw nsw i64 %t5.addr.02348, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2613, ptr noundef nonnull align 4 dereferenceable(128) %gep2869, i64 128, i1 false)
  %tau2 = shl nsw i64 %3185, 1
  %3195 = getelementptr inbounds float, ptr %dbet, i64 %i50
  %3196 = load float, ptr %3195, align 4
  %3197 = mul nsw i64 %tau2, %H
  %3198 = getelementptr inbounds float, ptr %betah1, i64 %3197
  store float %3196, ptr %3198, align 4
  %i53 = or disjoint i64 %i50, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2615, ptr noundef nonnull align 4 dereferenceable(128) %gep2867, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2617, ptr noundef nonnull align 4 dereferenceable(128) %gep2865, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %3199 = getelementptr inbounds float, ptr %dbet, i64 %i53
  %3200 = load float, ptr %3199, align 4
  %3201 = mul nsw i64 %tau3, %H
  %3202 = getelementptr inbounds float, ptr %betah1, i64 %3201
  store float %3200, ptr %3202, align 4
  %t5.next = or disjoint i64 %t5.addr.02348, 1
  %3203 = mul i64 %33, %t5.next
  %3204 = add i64 %457, %3203
  %scevgep2617.1 = getelementptr i8, ptr %dv, i64 %3204
  %3205 = shl nuw nsw i64 %t5.next, 8
  %gep2865.1 = getelementptr i8, ptr %invariant.gep2864, i64 %3205
  %scevgep2615.1 = getelementptr i8, ptr %dk, i64 %3204
  %gep2867.1 = getelementptr i8, ptr %invariant.gep2866, i64 %3205
  %3206 = add i64 %458, %3203
  %scevgep2613.1 = getelementptr i8, ptr %dv, i64 %3206
  %gep2869.1 = getelementptr i8, ptr %invariant.gep2868, i64 %3205
  %scevgep2611.1 = getelementptr i8, ptr %dk, i64 %3206
  %gep2871.1 = getelementptr i8, ptr %invariant.gep2870, i64 %3205
  %3207 = add nsw i64 %t5.next, %t0
  %3208 = mul nsw i64 %3207, %sq
  %.idx2389.1 = shl nsw i64 %t5.next, 7
  %3209 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2389.1
  %3210 = load <16 x float>, ptr %3209, align 4
  %3211 = fmul <16 x float> %3210, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3212 = getelementptr float, ptr %qh1, i64 %3208
  store <16 x float> %3211, ptr %3212, align 4
  %3213 = getelementptr inbounds i8, ptr %431, i64 %.idx2389.1
  %3214 = load <16 x float>, ptr %3213, align 4
  %3215 = fmul <16 x float> %3214, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3216 = getelementptr float, ptr %455, i64 %3208
  store <16 x float> %3215, ptr %3216, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2611.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2871.1, i64 128, i1 false)
  %i50.1 = shl nuw nsw i64 %t5.next, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2613.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2869.1, i64 128, i1 false)
  %tau2.1 = shl nsw i64 %3207, 1
  %3217 = getelementptr inbounds float, ptr %dbet, i64 %i50.1
  %3218 = load float, ptr %3217, align 4
  %3219 = mul nsw i64 %tau2.1, %H
  %3220 = getelementptr inbounds float, ptr %betah1, i64 %3219
  store float %3218, ptr %3220, align 4
  %i53.1 = or disjoint i64 %i50.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2615.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2867.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2617.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2865.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %3221 = getelementptr inbounds float, ptr %dbet, i64 %i53.1
  %3222 = load float, ptr %3221, align 4
  %3223 = mul nsw i64 %tau3.1, %H
  %3224 = getelementptr inbounds float, ptr %betah1, i64 %3223
  store float %3222, ptr %3224, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02348, 2
  %niter3334.next.1 = add nuw i64 %niter3334, 2
  %niter3334.ncmp.1 = icmp eq i64 %niter3334.next.1, %unroll_iter3333
  br i1 %niter3334.ncmp.1, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader

t5.exit.loopexit.unr-lcssa:                       ; preds = %j36.head.preheader, %j36.head.preheader.preheader
  %t5.addr.02348.unr = phi i64 [ 0, %j36.head.preheader.preheader ], [ %t5.next.1, %j36.head.preheader ]
  %lcmp.mod3332.not = icmp eq i64 %xtraiter3330, 0
  br i1 %lcmp.mod3332.not, label %t5.exit, label %j36.head.preheader.epil

j36.head.preheader.epil:                          ; preds = %t5.exit.loopexit.unr-lcssa
  %3225 = mul i64 %33, %t5.addr.02348.unr
  %3226 = add i64 %457, %3225
  %scevgep2617.epil = getelementptr i8, ptr %dv, i64 %3226
  %3227 = shl nuw nsw i64 %t5.addr.02348.unr, 8
  %gep2865.epil = getelementptr i8, ptr %invariant.gep2864, i64 %3227
  %scevgep2615.epil = getelementptr i8, ptr %dk, i64 %3226
  %gep2867.epil = getelementptr i8, ptr %invariant.gep2866, i64 %3227
  %3228 = add i64 %458, %3225
  %scevgep2613.epil = getelementptr i8, ptr %dv, i64 %3228
  %gep2869.epil = getelementptr i8, ptr %invariant.gep2868, i64 %3227
  %scevgep2611.epil = getelementptr i8, ptr %dk, i64 %3228
  %gep2871.epil = getelementptr i8, ptr %invariant.gep2870, i64 %3227
  %3229 = add nsw i64 %t5.addr.02348.unr, %t0
  %3230 = mul nsw i64 %3229, %sq
  %.idx2389.epil = shl nsw i64 %t5.addr.02348.unr, 7
  %3231 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2389.epil
  %3232 = load <16 x float>, ptr %3231, align 4
  %3233 = fmul <16 x float> %3232, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3234 = getelementptr float, ptr %qh1, i64 %3230
  store <16 x float> %3233, ptr %3234, align 4
  %3235 = getelementptr inbounds i8, ptr %431, i64 %.idx2389.epil
  %3236 = load <16 x float>, ptr %3235, align 4
  %3237 = fmul <16 x float> %3236, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3238 = getelementptr float, ptr %455, i64 %3230
  store <16 x float> %3237, ptr %3238, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2611.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep2871.epil, i64 128, i1 false)
  %i50.epil = shl nuw nsw i64 %t5.addr.02348.unr, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2613.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep2869.epil, i64 128, i1 false)
  %tau2.epil = shl nsw i64 %3229, 1
  %3239 = getelementptr inbounds float, ptr %dbet, i64 %i50.epil
  %3240 = load float, ptr %3239, align 4
  %3241 = mul nsw i64 %tau2.epil, %H
  %3242 = getelementptr inbounds float, ptr %betah1, i64 %3241
  store float %3240, ptr %3242, align 4
  %i53.epil = or disjoint i64 %i50.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2615.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep2867.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2617.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep2865.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %3243 = getelementptr inbounds float, ptr %dbet, i64 %i53.epil
  %3244 = load float, ptr %3243, align 4
  %3245 = mul nsw i64 %tau3.epil, %H
  %3246 = getelementptr inbounds float, ptr %betah1, i64 %3245
  store float %3244, ptr %3246, align 4
  br label %t5.exit

t5.exit:                                          ; preds = %j36.head.preheader.epil, %t5.exit.loopexit.unr-lcssa, %p13.exit.1
  %cc.next = add nuw nsw i64 %cc.addr.02349, 1
  %indvars.iv.next2620 = add i64 %indvars.iv2619, 8
  %exitcond2623.not = icmp eq i64 %cc.next, %smax2622
  br i1 %exitcond2623.not, label %j41.head.preheader, label %cc.body

j41.head.preheader:                               ; preds = %bh.body, %t5.exit
  %3247 = getelementptr i8, ptr %dh0, i64 %433
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3247, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625, i64 128, i1 false)
  %scevgep2624.1 = getelementptr i8, ptr %3247, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.1, i64 128, i1 false)
  %scevgep2624.2 = getelementptr i8, ptr %3247, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.2, i64 128, i1 false)
  %scevgep2624.3 = getelementptr i8, ptr %3247, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.3, i64 128, i1 false)
  %scevgep2624.4 = getelementptr i8, ptr %3247, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.4, i64 128, i1 false)
  %scevgep2624.5 = getelementptr i8, ptr %3247, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.5, i64 128, i1 false)
  %scevgep2624.6 = getelementptr i8, ptr %3247, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.6, i64 128, i1 false)
  %scevgep2624.7 = getelementptr i8, ptr %3247, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.7, i64 128, i1 false)
  %scevgep2624.8 = getelementptr i8, ptr %3247, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.8, i64 128, i1 false)
  %scevgep2624.9 = getelementptr i8, ptr %3247, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.9, i64 128, i1 false)
  %scevgep2624.10 = getelementptr i8, ptr %3247, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.10, i64 128, i1 false)
  %scevgep2624.11 = getelementptr i8, ptr %3247, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.11, i64 128, i1 false)
  %scevgep2624.12 = getelementptr i8, ptr %3247, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.12, i64 128, i1 false)
  %scevgep2624.13 = getelementptr i8, ptr %3247, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.13, i64 128, i1 false)
  %scevgep2624.14 = getelementptr i8, ptr %3247, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.14, i64 128, i1 false)
  %scevgep2624.15 = getelementptr i8, ptr %3247, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.15, i64 128, i1 false)
  %scevgep2624.16 = getelementptr i8, ptr %3247, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.16, i64 128, i1 false)
  %scevgep2624.17 = getelementptr i8, ptr %3247, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.17, i64 128, i1 false)
  %scevgep2624.18 = getelementptr i8, ptr %3247, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.18, i64 128, i1 false)
  %scevgep2624.19 = getelementptr i8, ptr %3247, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.19, i64 128, i1 false)
  %scevgep2624.20 = getelementptr i8, ptr %3247, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.20, i64 128, i1 false)
  %scevgep2624.21 = getelementptr i8, ptr %3247, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.21, i64 128, i1 false)
  %scevgep2624.22 = getelementptr i8, ptr %3247, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.22, i64 128, i1 false)
  %scevgep2624.23 = getelementptr i8, ptr %3247, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.23, i64 128, i1 false)
  %scevgep2624.24 = getelementptr i8, ptr %3247, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.24, i64 128, i1 false)
  %scevgep2624.25 = getelementptr i8, ptr %3247, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.25, i64 128, i1 false)
  %scevgep2624.26 = getelementptr i8, ptr %3247, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.26, i64 128, i1 false)
  %scevgep2624.27 = getelementptr i8, ptr %3247, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.27, i64 128, i1 false)
  %scevgep2624.28 = getelementptr i8, ptr %3247, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.28, i64 128, i1 false)
  %scevgep2624.29 = getelementptr i8, ptr %3247, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.29, i64 128, i1 false)
  %scevgep2624.30 = getelementptr i8, ptr %3247, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.30, i64 128, i1 false)
  %scevgep2624.31 = getelementptr i8, ptr %3247, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2624.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2625.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02352, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2627.not = icmp eq i64 %indvar.next, %37
  br i1 %exitcond2627.not, label %bh.exit, label %bh.body
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
  %M = getelementptr inbounds i8, ptr %work, i64 477696
  %OY = getelementptr inbounds i8, ptr %work, i64 196608
  %PT = getelementptr inbounds i8, ptr %work, i64 401408
  %QK = getelementptr inbounds i8, ptr %work, i64 172032
  %QcT = getelementptr inbounds i8, ptr %work, i64 237568
  %Rr = getelementptr inbounds i8, ptr %work, i64 352256
  %Vn = getelementptr inbounds i8, ptr %work, i64 368640
  %VnT = getelementptr inbounds i8, ptr %work, i64 385024
  %bet = getelementptr inbounds i8, ptr %work, i64 458752
  %dKc = getelementptr inbounds i8, ptr %work, i64 442368
  %dOT = getelementptr inbounds i8, ptr %work, i64 245760
  %dQc = getelementptr inbounds i8, ptr %work, i64 434176
  %dbet = getelementptr i8, ptr %work, i64 459264
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
  %smax2924 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %22 = sub i64 %bh1, %bh0
  %scevgep2865.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2865.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2865.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2865.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2865.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2865.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2865.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2865.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2865.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2865.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2865.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2865.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2865.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2865.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2865.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2865.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2865.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2865.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2865.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2865.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2865.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2865.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2865.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2865.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2865.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2865.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2865.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2865.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2865.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2865.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2865.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3096 = getelementptr i8, ptr %work, i64 352384
  %invariant.gep3098 = getelementptr i8, ptr %work, i64 352256
  %invariant.gep3100 = getelementptr i8, ptr %work, i64 196608
  %invariant.gep3102 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3104 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3106 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3108 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3110 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3112 = getelementptr i8, ptr %work, i64 180352
  %invariant.gep3114 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3116 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3118 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3120 = getelementptr inbounds i8, ptr %work, i64 180288
  %23 = getelementptr inbounds i8, ptr %work, i64 352320
  %24 = getelementptr inbounds i8, ptr %work, i64 319552
  %25 = getelementptr inbounds i8, ptr %work, i64 401472
  %26 = getelementptr inbounds i8, ptr %work, i64 477760
  %27 = getelementptr inbounds i8, ptr %work, i64 401536
  %28 = getelementptr inbounds i8, ptr %work, i64 477824
  %29 = getelementptr inbounds i8, ptr %work, i64 401600
  %30 = getelementptr inbounds i8, ptr %work, i64 477888
  %invariant.gep3122 = getelementptr inbounds i8, ptr %work, i64 319616
  %invariant.gep3124 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3128 = getelementptr inbounds i8, ptr %work, i64 204864
  %31 = getelementptr inbounds i8, ptr %work, i64 41024
  %32 = getelementptr inbounds i8, ptr %work, i64 41088
  %33 = getelementptr inbounds i8, ptr %work, i64 41152
  %invariant.gep3140 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3142 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3144 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3146 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3148 = getelementptr i8, ptr %work, i64 204928
  %invariant.gep3150 = getelementptr i8, ptr %work, i64 442496
  %invariant.gep3152 = getelementptr i8, ptr %work, i64 204800
  %invariant.gep3154 = getelementptr i8, ptr %work, i64 442368
  %34 = getelementptr inbounds i8, ptr %work, i64 434240
  %scevgep2927 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3126 = getelementptr inbounds i8, ptr %work, i64 319680
  %scevgep2927.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2927.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2927.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2927.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2927.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2927.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2927.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2927.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2927.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2927.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2927.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2927.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2927.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2927.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2927.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2927.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2927.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2927.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2927.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2927.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2927.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2927.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2927.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2927.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2927.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2927.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2927.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2927.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2927.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2927.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2927.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j41.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j41.head.preheader ]
  %bh.addr.02648 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j41.head.preheader ]
  %35 = add i64 %indvar, %bh0
  %36 = shl i64 %35, 12
  %37 = mul i64 %8, %indvar
  %38 = add i64 %7, %37
  %b = sdiv i64 %bh.addr.02648, %H
  %h = srem i64 %bh.addr.02648, %H
  %39 = mul i64 %b, %T
  %40 = mul i64 %39, %H
  %bT = add i64 %40, %h
  %41 = mul i64 %1, %39
  %bTn = add nsw i64 %41, %h
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %42 = getelementptr i8, ptr %dhT, i64 %36
  %43 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %42, i64 128, i1 false)
  %scevgep2864.1 = getelementptr i8, ptr %42, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.1, i64 128, i1 false)
  %scevgep2864.2 = getelementptr i8, ptr %42, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.2, i64 128, i1 false)
  %scevgep2864.3 = getelementptr i8, ptr %42, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.3, i64 128, i1 false)
  %scevgep2864.4 = getelementptr i8, ptr %42, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.4, i64 128, i1 false)
  %scevgep2864.5 = getelementptr i8, ptr %42, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.5, i64 128, i1 false)
  %scevgep2864.6 = getelementptr i8, ptr %42, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.6, i64 128, i1 false)
  %scevgep2864.7 = getelementptr i8, ptr %42, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.7, i64 128, i1 false)
  %scevgep2864.8 = getelementptr i8, ptr %42, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.8, i64 128, i1 false)
  %scevgep2864.9 = getelementptr i8, ptr %42, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.9, i64 128, i1 false)
  %scevgep2864.10 = getelementptr i8, ptr %42, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.10, i64 128, i1 false)
  %scevgep2864.11 = getelementptr i8, ptr %42, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.11, i64 128, i1 false)
  %scevgep2864.12 = getelementptr i8, ptr %42, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.12, i64 128, i1 false)
  %scevgep2864.13 = getelementptr i8, ptr %42, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.13, i64 128, i1 false)
  %scevgep2864.14 = getelementptr i8, ptr %42, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.14, i64 128, i1 false)
  %scevgep2864.15 = getelementptr i8, ptr %42, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.15, i64 128, i1 false)
  %scevgep2864.16 = getelementptr i8, ptr %42, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.16, i64 128, i1 false)
  %scevgep2864.17 = getelementptr i8, ptr %42, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.17, i64 128, i1 false)
  %scevgep2864.18 = getelementptr i8, ptr %42, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.18, i64 128, i1 false)
  %scevgep2864.19 = getelementptr i8, ptr %42, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.19, i64 128, i1 false)
  %scevgep2864.20 = getelementptr i8, ptr %42, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.20, i64 128, i1 false)
  %scevgep2864.21 = getelementptr i8, ptr %42, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.21, i64 128, i1 false)
  %scevgep2864.22 = getelementptr i8, ptr %42, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.22, i64 128, i1 false)
  %scevgep2864.23 = getelementptr i8, ptr %42, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.23, i64 128, i1 false)
  %scevgep2864.24 = getelementptr i8, ptr %42, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.24, i64 128, i1 false)
  %scevgep2864.25 = getelementptr i8, ptr %42, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.25, i64 128, i1 false)
  %scevgep2864.26 = getelementptr i8, ptr %42, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.26, i64 128, i1 false)
  %scevgep2864.27 = getelementptr i8, ptr %42, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.27, i64 128, i1 false)
  %scevgep2864.28 = getelementptr i8, ptr %42, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.28, i64 128, i1 false)
  %scevgep2864.29 = getelementptr i8, ptr %42, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.29, i64 128, i1 false)
  %scevgep2864.30 = getelementptr i8, ptr %42, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.30, i64 128, i1 false)
  %scevgep2864.31 = getelementptr i8, ptr %42, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %43
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %43
  br i1 %3, label %cc.body.lr.ph, label %j41.head.preheader

bh.exit:                                          ; preds = %j41.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %44 = mul nsw i64 %bh.addr.02648, %nc
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
  %58 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv2921 = phi i64 [ %21, %cc.body.lr.ph ], [ %indvars.iv.next2922, %t5.exit ]
  %cc.addr.02645 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin3495 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2921, i64 64)
  %smax3496 = tail call i64 @llvm.smax.i64(i64 %smin3495, i64 1)
  %59 = mul i64 %17, %cc.addr.02645
  %60 = add i64 %54, %59
  %61 = add i64 %51, %59
  %62 = mul i64 %12, %cc.addr.02645
  %63 = shl i64 %cc.addr.02645, 12
  %64 = sub i64 %38, %63
  %65 = xor i64 %cc.addr.02645, -1
  %ci = add nsw i64 %nc, %65
  %t0 = shl nsw i64 %ci, 6
  %66 = sub nsw i64 %T, %t0
  %scevgep2866 = getelementptr i8, ptr %hs, i64 %64
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866, i64 128, i1 false)
  %67 = or disjoint i64 %64, 128
  %scevgep2866.1 = getelementptr i8, ptr %hs, i64 %67
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.1, i64 128, i1 false)
  %68 = or disjoint i64 %64, 256
  %scevgep2866.2 = getelementptr i8, ptr %hs, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.2, i64 128, i1 false)
  %69 = or disjoint i64 %64, 384
  %scevgep2866.3 = getelementptr i8, ptr %hs, i64 %69
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.3, i64 128, i1 false)
  %70 = or disjoint i64 %64, 512
  %scevgep2866.4 = getelementptr i8, ptr %hs, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.4, i64 128, i1 false)
  %71 = or disjoint i64 %64, 640
  %scevgep2866.5 = getelementptr i8, ptr %hs, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.5, i64 128, i1 false)
  %72 = or disjoint i64 %64, 768
  %scevgep2866.6 = getelementptr i8, ptr %hs, i64 %72
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.6, i64 128, i1 false)
  %73 = or disjoint i64 %64, 896
  %scevgep2866.7 = getelementptr i8, ptr %hs, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.7, i64 128, i1 false)
  %74 = or disjoint i64 %64, 1024
  %scevgep2866.8 = getelementptr i8, ptr %hs, i64 %74
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.8, i64 128, i1 false)
  %75 = or disjoint i64 %64, 1152
  %scevgep2866.9 = getelementptr i8, ptr %hs, i64 %75
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.9, i64 128, i1 false)
  %76 = or disjoint i64 %64, 1280
  %scevgep2866.10 = getelementptr i8, ptr %hs, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.10, i64 128, i1 false)
  %77 = or disjoint i64 %64, 1408
  %scevgep2866.11 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.11, i64 128, i1 false)
  %78 = or disjoint i64 %64, 1536
  %scevgep2866.12 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.12, i64 128, i1 false)
  %79 = or disjoint i64 %64, 1664
  %scevgep2866.13 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.13, i64 128, i1 false)
  %80 = or disjoint i64 %64, 1792
  %scevgep2866.14 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.14, i64 128, i1 false)
  %81 = or disjoint i64 %64, 1920
  %scevgep2866.15 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.15, i64 128, i1 false)
  %82 = or disjoint i64 %64, 2048
  %scevgep2866.16 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.16, i64 128, i1 false)
  %83 = or disjoint i64 %64, 2176
  %scevgep2866.17 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.17, i64 128, i1 false)
  %84 = or disjoint i64 %64, 2304
  %scevgep2866.18 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.18, i64 128, i1 false)
  %85 = or disjoint i64 %64, 2432
  %scevgep2866.19 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.19, i64 128, i1 false)
  %86 = or disjoint i64 %64, 2560
  %scevgep2866.20 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.20, i64 128, i1 false)
  %87 = or disjoint i64 %64, 2688
  %scevgep2866.21 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.21, i64 128, i1 false)
  %88 = or disjoint i64 %64, 2816
  %scevgep2866.22 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.22, i64 128, i1 false)
  %89 = or disjoint i64 %64, 2944
  %scevgep2866.23 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.23, i64 128, i1 false)
  %90 = or disjoint i64 %64, 3072
  %scevgep2866.24 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.24, i64 128, i1 false)
  %91 = or disjoint i64 %64, 3200
  %scevgep2866.25 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.25, i64 128, i1 false)
  %92 = or disjoint i64 %64, 3328
  %scevgep2866.26 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.26, i64 128, i1 false)
  %93 = or disjoint i64 %64, 3456
  %scevgep2866.27 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.27, i64 128, i1 false)
  %94 = or disjoint i64 %64, 3584
  %scevgep2866.28 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.28, i64 128, i1 false)
  %95 = or disjoint i64 %64, 3712
  %scevgep2866.29 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.29, i64 128, i1 false)
  %96 = or disjoint i64 %64, 3840
  %scevgep2866.30 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.30, i64 128, i1 false)
  %97 = or disjoint i64 %64, 3968
  %scevgep2866.31 = getelementptr i8, ptr %hs, i64 %97
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.31, i64 128, i1 false)
  %98 = add nsw i64 %ci, %44
  %99 = shl nsw i64 %98, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %100 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02393 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %101 = shl nuw nsw i64 %i2.addr.02393, 5
  %102 = or disjoint i64 %101, %99
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %103 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02392 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %104 = or disjoint i64 %102, %j2.addr.02392
  %105 = getelementptr inbounds float, ptr %hs, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = or disjoint i64 %104, 256
  %108 = getelementptr inbounds float, ptr %hs, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = or disjoint i64 %104, 32
  %111 = getelementptr inbounds float, ptr %hs, i64 %110
  %112 = load <16 x float>, ptr %111, align 4
  %113 = or disjoint i64 %104, 288
  %114 = getelementptr inbounds float, ptr %hs, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = or disjoint i64 %104, 64
  %117 = getelementptr inbounds float, ptr %hs, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = or disjoint i64 %104, 320
  %120 = getelementptr inbounds float, ptr %hs, i64 %119
  %121 = load <16 x float>, ptr %120, align 4
  %122 = or disjoint i64 %104, 96
  %123 = getelementptr inbounds float, ptr %hs, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = or disjoint i64 %104, 352
  %126 = getelementptr inbounds float, ptr %hs, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = or disjoint i64 %104, 128
  %129 = getelementptr inbounds float, ptr %hs, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = or disjoint i64 %104, 384
  %132 = getelementptr inbounds float, ptr %hs, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = or disjoint i64 %104, 160
  %135 = getelementptr inbounds float, ptr %hs, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = or disjoint i64 %104, 416
  %138 = getelementptr inbounds float, ptr %hs, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = or disjoint i64 %104, 192
  %141 = getelementptr inbounds float, ptr %hs, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = or disjoint i64 %104, 448
  %144 = getelementptr inbounds float, ptr %hs, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = or disjoint i64 %104, 224
  %147 = getelementptr inbounds float, ptr %hs, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = or disjoint i64 %104, 480
  %150 = getelementptr inbounds float, ptr %hs, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = shufflevector <16 x float> %106, <16 x float> %109, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %153 = shufflevector <16 x float> %130, <16 x float> %133, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %154 = shufflevector <16 x float> %112, <16 x float> %115, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %155 = shufflevector <16 x float> %136, <16 x float> %139, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %156 = shufflevector <16 x float> %118, <16 x float> %121, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %157 = shufflevector <16 x float> %142, <16 x float> %145, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %158 = shufflevector <16 x float> %124, <16 x float> %127, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %159 = shufflevector <16 x float> %148, <16 x float> %151, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %160 = shufflevector <16 x float> %106, <16 x float> %109, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %161 = shufflevector <16 x float> %130, <16 x float> %133, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %162 = shufflevector <16 x float> %112, <16 x float> %115, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %163 = shufflevector <16 x float> %136, <16 x float> %139, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %164 = shufflevector <16 x float> %118, <16 x float> %121, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %165 = shufflevector <16 x float> %142, <16 x float> %145, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %166 = shufflevector <16 x float> %124, <16 x float> %127, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = shufflevector <16 x float> %148, <16 x float> %151, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = shufflevector <16 x float> %152, <16 x float> %153, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %169 = shufflevector <16 x float> %156, <16 x float> %157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %170 = shufflevector <16 x float> %154, <16 x float> %155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %171 = shufflevector <16 x float> %158, <16 x float> %159, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %172 = shufflevector <16 x float> %152, <16 x float> %153, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %173 = shufflevector <16 x float> %156, <16 x float> %157, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %174 = shufflevector <16 x float> %154, <16 x float> %155, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %175 = shufflevector <16 x float> %158, <16 x float> %159, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %176 = shufflevector <16 x float> %160, <16 x float> %161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %177 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %178 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %179 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %180 = shufflevector <16 x float> %160, <16 x float> %161, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %181 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %182 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %185 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %186 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %187 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %188 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %189 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %190 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %191 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %192 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %193 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %194 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %195 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %196 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %197 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %198 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %199 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %200 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %201 = shl nuw nsw i64 %j2.addr.02392, 5
  %202 = or disjoint i64 %201, %i2.addr.02393
  %203 = or disjoint i64 %202, 1024
  %204 = getelementptr inbounds float, ptr %Bk, i64 %203
  store <16 x float> %200, ptr %204, align 4
  %205 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %206 = or disjoint i64 %202, 1056
  %207 = getelementptr inbounds float, ptr %Bk, i64 %206
  store <16 x float> %205, ptr %207, align 4
  %208 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %209 = or disjoint i64 %202, 1088
  %210 = getelementptr inbounds float, ptr %Bk, i64 %209
  store <16 x float> %208, ptr %210, align 4
  %211 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %212 = or disjoint i64 %202, 1120
  %213 = getelementptr inbounds float, ptr %Bk, i64 %212
  store <16 x float> %211, ptr %213, align 4
  %214 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %215 = or disjoint i64 %202, 1152
  %216 = getelementptr inbounds float, ptr %Bk, i64 %215
  store <16 x float> %214, ptr %216, align 4
  %217 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %218 = or disjoint i64 %202, 1184
  %219 = getelementptr inbounds float, ptr %Bk, i64 %218
  store <16 x float> %217, ptr %219, align 4
  %220 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %221 = or disjoint i64 %202, 1216
  %222 = getelementptr inbounds float, ptr %Bk, i64 %221
  store <16 x float> %220, ptr %222, align 4
  %223 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %224 = or disjoint i64 %202, 1248
  %225 = getelementptr inbounds float, ptr %Bk, i64 %224
  store <16 x float> %223, ptr %225, align 4
  %226 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %227 = or disjoint i64 %202, 1280
  %228 = getelementptr inbounds float, ptr %Bk, i64 %227
  store <16 x float> %226, ptr %228, align 4
  %229 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %230 = or disjoint i64 %202, 1312
  %231 = getelementptr inbounds float, ptr %Bk, i64 %230
  store <16 x float> %229, ptr %231, align 4
  %232 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %233 = or disjoint i64 %202, 1344
  %234 = getelementptr inbounds float, ptr %Bk, i64 %233
  store <16 x float> %232, ptr %234, align 4
  %235 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %236 = or disjoint i64 %202, 1376
  %237 = getelementptr inbounds float, ptr %Bk, i64 %236
  store <16 x float> %235, ptr %237, align 4
  %238 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %239 = or disjoint i64 %202, 1408
  %240 = getelementptr inbounds float, ptr %Bk, i64 %239
  store <16 x float> %238, ptr %240, align 4
  %241 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %242 = or disjoint i64 %202, 1440
  %243 = getelementptr inbounds float, ptr %Bk, i64 %242
  store <16 x float> %241, ptr %243, align 4
  %244 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %245 = or disjoint i64 %202, 1472
  %246 = getelementptr inbounds float, ptr %Bk, i64 %245
  store <16 x float> %244, ptr %246, align 4
  %247 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %248 = or disjoint i64 %202, 1504
  %249 = getelementptr inbounds float, ptr %Bk, i64 %248
  store <16 x float> %247, ptr %249, align 4
  br i1 %103, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %100, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %250 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02395 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %251 = shl nuw nsw i64 %i3.addr.02395, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %252 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02394 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %253 = or disjoint i64 %j3.addr.02394, %251
  %254 = or disjoint i64 %253, 32
  %255 = getelementptr inbounds float, ptr %work, i64 %254
  %256 = load <16 x float>, ptr %255, align 4
  %257 = or disjoint i64 %253, 544
  %258 = getelementptr inbounds float, ptr %work, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = or disjoint i64 %253, 96
  %261 = getelementptr inbounds float, ptr %work, i64 %260
  %262 = load <16 x float>, ptr %261, align 4
  %263 = or disjoint i64 %253, 608
  %264 = getelementptr inbounds float, ptr %work, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = or disjoint i64 %253, 160
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %253, 672
  %270 = getelementptr inbounds float, ptr %work, i64 %269
  %271 = load <16 x float>, ptr %270, align 4
  %272 = or disjoint i64 %253, 224
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = or disjoint i64 %253, 736
  %276 = getelementptr inbounds float, ptr %work, i64 %275
  %277 = load <16 x float>, ptr %276, align 4
  %278 = or disjoint i64 %253, 288
  %279 = getelementptr inbounds float, ptr %work, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = or disjoint i64 %253, 800
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = or disjoint i64 %253, 352
  %285 = getelementptr inbounds float, ptr %work, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %287 = or disjoint i64 %253, 864
  %288 = getelementptr inbounds float, ptr %work, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = or disjoint i64 %253, 416
  %291 = getelementptr inbounds float, ptr %work, i64 %290
  %292 = load <16 x float>, ptr %291, align 4
  %293 = or disjoint i64 %253, 928
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %253, 480
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %253, 992
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <16 x float>, ptr %300, align 4
  %302 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %303 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %304 = shufflevector <16 x float> %262, <16 x float> %265, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %305 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %306 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %292, <16 x float> %295, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %308 = shufflevector <16 x float> %274, <16 x float> %277, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %311 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %312 = shufflevector <16 x float> %262, <16 x float> %265, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %313 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %314 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %315 = shufflevector <16 x float> %292, <16 x float> %295, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = shufflevector <16 x float> %274, <16 x float> %277, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %317 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %318 = shufflevector <16 x float> %302, <16 x float> %303, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %319 = shufflevector <16 x float> %306, <16 x float> %307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %320 = shufflevector <16 x float> %304, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %321 = shufflevector <16 x float> %308, <16 x float> %309, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %322 = shufflevector <16 x float> %302, <16 x float> %303, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %323 = shufflevector <16 x float> %306, <16 x float> %307, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %324 = shufflevector <16 x float> %304, <16 x float> %305, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %325 = shufflevector <16 x float> %308, <16 x float> %309, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %326 = shufflevector <16 x float> %310, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %327 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %328 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %329 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %330 = shufflevector <16 x float> %310, <16 x float> %311, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %331 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %332 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %335 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %336 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %337 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %338 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %339 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %340 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %341 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %342 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %343 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %344 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %345 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %346 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %347 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %348 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %349 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %350 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %351 = shl nuw nsw i64 %j3.addr.02394, 5
  %352 = or disjoint i64 %351, %i3.addr.02395
  %353 = getelementptr inbounds float, ptr %Bk, i64 %352
  store <16 x float> %350, ptr %353, align 4
  %354 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %355 = or disjoint i64 %352, 32
  %356 = getelementptr inbounds float, ptr %Bk, i64 %355
  store <16 x float> %354, ptr %356, align 4
  %357 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %358 = or disjoint i64 %352, 64
  %359 = getelementptr inbounds float, ptr %Bk, i64 %358
  store <16 x float> %357, ptr %359, align 4
  %360 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %361 = or disjoint i64 %352, 96
  %362 = getelementptr inbounds float, ptr %Bk, i64 %361
  store <16 x float> %360, ptr %362, align 4
  %363 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %364 = or disjoint i64 %352, 128
  %365 = getelementptr inbounds float, ptr %Bk, i64 %364
  store <16 x float> %363, ptr %365, align 4
  %366 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %367 = or disjoint i64 %352, 160
  %368 = getelementptr inbounds float, ptr %Bk, i64 %367
  store <16 x float> %366, ptr %368, align 4
  %369 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %370 = or disjoint i64 %352, 192
  %371 = getelementptr inbounds float, ptr %Bk, i64 %370
  store <16 x float> %369, ptr %371, align 4
  %372 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %373 = or disjoint i64 %352, 224
  %374 = getelementptr inbounds float, ptr %Bk, i64 %373
  store <16 x float> %372, ptr %374, align 4
  %375 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %376 = or disjoint i64 %352, 256
  %377 = getelementptr inbounds float, ptr %Bk, i64 %376
  store <16 x float> %375, ptr %377, align 4
  %378 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %379 = or disjoint i64 %352, 288
  %380 = getelementptr inbounds float, ptr %Bk, i64 %379
  store <16 x float> %378, ptr %380, align 4
  %381 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %382 = or disjoint i64 %352, 320
  %383 = getelementptr inbounds float, ptr %Bk, i64 %382
  store <16 x float> %381, ptr %383, align 4
  %384 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %385 = or disjoint i64 %352, 352
  %386 = getelementptr inbounds float, ptr %Bk, i64 %385
  store <16 x float> %384, ptr %386, align 4
  %387 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %388 = or disjoint i64 %352, 384
  %389 = getelementptr inbounds float, ptr %Bk, i64 %388
  store <16 x float> %387, ptr %389, align 4
  %390 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %391 = or disjoint i64 %352, 416
  %392 = getelementptr inbounds float, ptr %Bk, i64 %391
  store <16 x float> %390, ptr %392, align 4
  %393 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %394 = or disjoint i64 %352, 448
  %395 = getelementptr inbounds float, ptr %Bk, i64 %394
  store <16 x float> %393, ptr %395, align 4
  %396 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %397 = or disjoint i64 %352, 480
  %398 = getelementptr inbounds float, ptr %Bk, i64 %397
  store <16 x float> %396, ptr %398, align 4
  br i1 %252, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %250, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02397 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02397, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2655 = shl nsw i64 %s.addr.02397, 8
  %invariant.gep3094 = getelementptr inbounds i8, ptr %M, i64 %.idx2655
  %399 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %400 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %401 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %402 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %403 = select <8 x i1> %399, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %404 = select <8 x i1> %400, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %405 = select <8 x i1> %401, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %406 = select <8 x i1> %402, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %407 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 32
  %408 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 64
  %409 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 96
  store <8 x float> %403, ptr %invariant.gep3094, align 4
  store <8 x float> %404, ptr %407, align 4
  store <8 x float> %405, ptr %408, align 4
  store <8 x float> %406, ptr %409, align 4
  %410 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %411 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %412 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %413 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %414 = select <8 x i1> %410, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %415 = select <8 x i1> %411, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %416 = select <8 x i1> %412, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %417 = select <8 x i1> %413, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %418 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 128
  %419 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 160
  %420 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 192
  %421 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 224
  store <8 x float> %414, ptr %418, align 4
  store <8 x float> %415, ptr %419, align 4
  store <8 x float> %416, ptr %420, align 4
  store <8 x float> %417, ptr %421, align 4
  %s.next = add nuw nsw i64 %s.addr.02397, 1
  %exitcond2869.not = icmp eq i64 %s.next, 64
  br i1 %exitcond2869.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %422 = getelementptr i8, ptr %55, i64 %62
  %423 = getelementptr i8, ptr %v, i64 %61
  %424 = getelementptr i8, ptr %v, i64 %60
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02413 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %425 = shl nuw nsw i64 %t1.addr.02413, 8
  %gep3097 = getelementptr i8, ptr %invariant.gep3096, i64 %425
  %gep3099 = getelementptr i8, ptr %invariant.gep3098, i64 %425
  %426 = shl nuw nsw i64 %t1.addr.02413, 7
  %gep3101 = getelementptr i8, ptr %invariant.gep3100, i64 %426
  %427 = icmp sgt i64 %66, %t1.addr.02413
  br i1 %427, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3103 = getelementptr i8, ptr %invariant.gep3102, i64 %426
  %gep3105 = getelementptr i8, ptr %invariant.gep3104, i64 %426
  %gep3107 = getelementptr i8, ptr %invariant.gep3106, i64 %425
  %gep3109 = getelementptr i8, ptr %invariant.gep3108, i64 %425
  %gep3111 = getelementptr i8, ptr %invariant.gep3110, i64 %425
  %gep3113 = getelementptr i8, ptr %invariant.gep3112, i64 %425
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3103, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3105, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3101, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02413, 1
  %428 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %428, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3107, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3109, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3099, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %429 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %429, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3111, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3113, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3097, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %430 = mul i64 %13, %t1.addr.02413
  %scevgep2880 = getelementptr i8, ptr %422, i64 %430
  %431 = mul i64 %18, %t1.addr.02413
  %scevgep2882 = getelementptr i8, ptr %423, i64 %431
  %scevgep2884 = getelementptr i8, ptr %424, i64 %431
  %432 = add nuw nsw i64 %t1.addr.02413, %t0
  %433 = mul nsw i64 %432, %sq
  %434 = shl nuw nsw i64 %t1.addr.02413, 5
  %435 = getelementptr float, ptr %qh, i64 %433
  %436 = load <16 x float>, ptr %435, align 4
  %437 = fmul <16 x float> %436, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = or disjoint i64 %434, 2048
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = getelementptr inbounds float, ptr %QK, i64 %434
  store <16 x float> %437, ptr %440, align 4
  %441 = getelementptr float, ptr %56, i64 %433
  %442 = load <16 x float>, ptr %441, align 4
  %443 = fmul <16 x float> %442, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %444 = or disjoint i64 %434, 16
  %445 = or i64 %434, 2064
  %446 = getelementptr inbounds float, ptr %Bk, i64 %445
  store <16 x float> %443, ptr %446, align 4
  %447 = getelementptr inbounds float, ptr %QK, i64 %444
  store <16 x float> %443, ptr %447, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3101, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02413, 1
  %448 = or disjoint i64 %t1.addr.02413, %t0
  %tau = shl nsw i64 %448, 1
  %449 = mul nsw i64 %tau, %H
  %450 = getelementptr inbounds float, ptr %betah, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %451, ptr %452, align 4
  %453 = mul nsw i64 %tau, %sq
  %454 = shl nuw nsw i64 %t1.addr.02413, 6
  %455 = getelementptr float, ptr %kh, i64 %453
  %456 = load <16 x float>, ptr %455, align 4
  %457 = or i64 %454, 4096
  %458 = getelementptr inbounds float, ptr %Bk, i64 %457
  store <16 x float> %456, ptr %458, align 4
  %459 = fneg <16 x float> %456
  %gep3115 = getelementptr inbounds float, ptr %invariant.gep3114, i64 %454
  store <16 x float> %459, ptr %gep3115, align 4
  %460 = getelementptr float, ptr %57, i64 %453
  %461 = load <16 x float>, ptr %460, align 4
  %462 = or i64 %454, 4112
  %463 = getelementptr inbounds float, ptr %Bk, i64 %462
  store <16 x float> %461, ptr %463, align 4
  %464 = fneg <16 x float> %461
  %gep3117 = getelementptr inbounds float, ptr %invariant.gep3116, i64 %454
  store <16 x float> %464, ptr %gep3117, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3099, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %465 = mul nsw i64 %tau1, %H
  %466 = getelementptr inbounds float, ptr %betah, i64 %465
  %467 = load float, ptr %466, align 4
  %468 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %467, ptr %468, align 4
  %469 = mul nsw i64 %tau1, %sq
  %470 = shl nuw nsw i64 %i7, 5
  %471 = getelementptr float, ptr %kh, i64 %469
  %472 = load <16 x float>, ptr %471, align 4
  %473 = or i64 %470, 4096
  %474 = getelementptr inbounds float, ptr %Bk, i64 %473
  store <16 x float> %472, ptr %474, align 4
  %475 = fneg <16 x float> %472
  %gep3119 = getelementptr inbounds float, ptr %invariant.gep3118, i64 %470
  store <16 x float> %475, ptr %gep3119, align 4
  %476 = getelementptr float, ptr %57, i64 %469
  %477 = load <16 x float>, ptr %476, align 4
  %478 = or i64 %470, 4112
  %479 = getelementptr inbounds float, ptr %Bk, i64 %478
  store <16 x float> %477, ptr %479, align 4
  %480 = fneg <16 x float> %477
  %gep3121 = getelementptr inbounds float, ptr %invariant.gep3120, i64 %470
  store <16 x float> %480, ptr %gep3121, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3097, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2884, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02413, 1
  %exitcond2885.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond2885.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02415 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %481 = shl nuw nsw i64 %i20.addr.02415, 5
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %482 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02414 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %483 = or disjoint i64 %j16.addr.02414, %481
  %484 = or disjoint i64 %483, 4096
  %485 = getelementptr inbounds float, ptr %Bk, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = or disjoint i64 %483, 4352
  %488 = getelementptr inbounds float, ptr %Bk, i64 %487
  %489 = load <16 x float>, ptr %488, align 4
  %490 = or disjoint i64 %483, 4128
  %491 = getelementptr inbounds float, ptr %Bk, i64 %490
  %492 = load <16 x float>, ptr %491, align 4
  %493 = or disjoint i64 %483, 4384
  %494 = getelementptr inbounds float, ptr %Bk, i64 %493
  %495 = load <16 x float>, ptr %494, align 4
  %496 = or disjoint i64 %483, 4160
  %497 = getelementptr inbounds float, ptr %Bk, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = or disjoint i64 %483, 4416
  %500 = getelementptr inbounds float, ptr %Bk, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = or disjoint i64 %483, 4192
  %503 = getelementptr inbounds float, ptr %Bk, i64 %502
  %504 = load <16 x float>, ptr %503, align 4
  %505 = or disjoint i64 %483, 4448
  %506 = getelementptr inbounds float, ptr %Bk, i64 %505
  %507 = load <16 x float>, ptr %506, align 4
  %508 = or disjoint i64 %483, 4224
  %509 = getelementptr inbounds float, ptr %Bk, i64 %508
  %510 = load <16 x float>, ptr %509, align 4
  %511 = or disjoint i64 %483, 4480
  %512 = getelementptr inbounds float, ptr %Bk, i64 %511
  %513 = load <16 x float>, ptr %512, align 4
  %514 = or disjoint i64 %483, 4256
  %515 = getelementptr inbounds float, ptr %Bk, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = or disjoint i64 %483, 4512
  %518 = getelementptr inbounds float, ptr %Bk, i64 %517
  %519 = load <16 x float>, ptr %518, align 4
  %520 = or disjoint i64 %483, 4288
  %521 = getelementptr inbounds float, ptr %Bk, i64 %520
  %522 = load <16 x float>, ptr %521, align 4
  %523 = or disjoint i64 %483, 4544
  %524 = getelementptr inbounds float, ptr %Bk, i64 %523
  %525 = load <16 x float>, ptr %524, align 4
  %526 = or disjoint i64 %483, 4320
  %527 = getelementptr inbounds float, ptr %Bk, i64 %526
  %528 = load <16 x float>, ptr %527, align 4
  %529 = or disjoint i64 %483, 4576
  %530 = getelementptr inbounds float, ptr %Bk, i64 %529
  %531 = load <16 x float>, ptr %530, align 4
  %532 = shufflevector <16 x float> %486, <16 x float> %489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %533 = shufflevector <16 x float> %510, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %534 = shufflevector <16 x float> %492, <16 x float> %495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %535 = shufflevector <16 x float> %516, <16 x float> %519, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %536 = shufflevector <16 x float> %498, <16 x float> %501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %537 = shufflevector <16 x float> %522, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %538 = shufflevector <16 x float> %504, <16 x float> %507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %539 = shufflevector <16 x float> %528, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %540 = shufflevector <16 x float> %486, <16 x float> %489, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %510, <16 x float> %513, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %492, <16 x float> %495, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %516, <16 x float> %519, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %498, <16 x float> %501, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %545 = shufflevector <16 x float> %522, <16 x float> %525, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %546 = shufflevector <16 x float> %504, <16 x float> %507, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %547 = shufflevector <16 x float> %528, <16 x float> %531, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %548 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %549 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %550 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %551 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %552 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %554 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %555 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %556 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %557 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %558 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %559 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %560 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %561 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %562 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %563 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %564 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %565 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %566 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %567 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %568 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %569 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %570 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %571 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %572 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %573 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %574 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %575 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %576 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %577 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %578 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %579 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %580 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %581 = shl nuw nsw i64 %j16.addr.02414, 7
  %582 = add nuw nsw i64 %581, %i20.addr.02415
  %583 = getelementptr inbounds float, ptr %KT, i64 %582
  store <16 x float> %580, ptr %583, align 4
  %584 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %585 = or disjoint i64 %582, 128
  %586 = getelementptr inbounds float, ptr %KT, i64 %585
  store <16 x float> %584, ptr %586, align 4
  %587 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %588 = or disjoint i64 %582, 256
  %589 = getelementptr inbounds float, ptr %KT, i64 %588
  store <16 x float> %587, ptr %589, align 4
  %590 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %591 = or disjoint i64 %582, 384
  %592 = getelementptr inbounds float, ptr %KT, i64 %591
  store <16 x float> %590, ptr %592, align 4
  %593 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %594 = or disjoint i64 %582, 512
  %595 = getelementptr inbounds float, ptr %KT, i64 %594
  store <16 x float> %593, ptr %595, align 4
  %596 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %597 = or disjoint i64 %582, 640
  %598 = getelementptr inbounds float, ptr %KT, i64 %597
  store <16 x float> %596, ptr %598, align 4
  %599 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %600 = or disjoint i64 %582, 768
  %601 = getelementptr inbounds float, ptr %KT, i64 %600
  store <16 x float> %599, ptr %601, align 4
  %602 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %603 = or disjoint i64 %582, 896
  %604 = getelementptr inbounds float, ptr %KT, i64 %603
  store <16 x float> %602, ptr %604, align 4
  %605 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %606 = or disjoint i64 %582, 1024
  %607 = getelementptr inbounds float, ptr %KT, i64 %606
  store <16 x float> %605, ptr %607, align 4
  %608 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %609 = or disjoint i64 %582, 1152
  %610 = getelementptr inbounds float, ptr %KT, i64 %609
  store <16 x float> %608, ptr %610, align 4
  %611 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %612 = or disjoint i64 %582, 1280
  %613 = getelementptr inbounds float, ptr %KT, i64 %612
  store <16 x float> %611, ptr %613, align 4
  %614 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %615 = or disjoint i64 %582, 1408
  %616 = getelementptr inbounds float, ptr %KT, i64 %615
  store <16 x float> %614, ptr %616, align 4
  %617 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %618 = or disjoint i64 %582, 1536
  %619 = getelementptr inbounds float, ptr %KT, i64 %618
  store <16 x float> %617, ptr %619, align 4
  %620 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %621 = or disjoint i64 %582, 1664
  %622 = getelementptr inbounds float, ptr %KT, i64 %621
  store <16 x float> %620, ptr %622, align 4
  %623 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %624 = or disjoint i64 %582, 1792
  %625 = getelementptr inbounds float, ptr %KT, i64 %624
  store <16 x float> %623, ptr %625, align 4
  %626 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %627 = or disjoint i64 %582, 1920
  %628 = getelementptr inbounds float, ptr %KT, i64 %627
  store <16 x float> %626, ptr %628, align 4
  br i1 %482, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02415, 16
  %629 = icmp ult i64 %i20.addr.02415, 112
  br i1 %629, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.02417 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %630 = shl nuw nsw i64 %i21.addr.02417, 5
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %631 = phi i1 [ true, %j17.head.preheader ], [ false, %j17.body ]
  %j17.addr.02416 = phi i64 [ 0, %j17.head.preheader ], [ 16, %j17.body ]
  %632 = or disjoint i64 %j17.addr.02416, %630
  %633 = or disjoint i64 %632, 2048
  %634 = getelementptr inbounds float, ptr %Bk, i64 %633
  %635 = load <16 x float>, ptr %634, align 4
  %636 = or disjoint i64 %632, 2304
  %637 = getelementptr inbounds float, ptr %Bk, i64 %636
  %638 = load <16 x float>, ptr %637, align 4
  %639 = or disjoint i64 %632, 2080
  %640 = getelementptr inbounds float, ptr %Bk, i64 %639
  %641 = load <16 x float>, ptr %640, align 4
  %642 = or disjoint i64 %632, 2336
  %643 = getelementptr inbounds float, ptr %Bk, i64 %642
  %644 = load <16 x float>, ptr %643, align 4
  %645 = or disjoint i64 %632, 2112
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  %647 = load <16 x float>, ptr %646, align 4
  %648 = or disjoint i64 %632, 2368
  %649 = getelementptr inbounds float, ptr %Bk, i64 %648
  %650 = load <16 x float>, ptr %649, align 4
  %651 = or disjoint i64 %632, 2144
  %652 = getelementptr inbounds float, ptr %Bk, i64 %651
  %653 = load <16 x float>, ptr %652, align 4
  %654 = or disjoint i64 %632, 2400
  %655 = getelementptr inbounds float, ptr %Bk, i64 %654
  %656 = load <16 x float>, ptr %655, align 4
  %657 = or disjoint i64 %632, 2176
  %658 = getelementptr inbounds float, ptr %Bk, i64 %657
  %659 = load <16 x float>, ptr %658, align 4
  %660 = or disjoint i64 %632, 2432
  %661 = getelementptr inbounds float, ptr %Bk, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = or disjoint i64 %632, 2208
  %664 = getelementptr inbounds float, ptr %Bk, i64 %663
  %665 = load <16 x float>, ptr %664, align 4
  %666 = or disjoint i64 %632, 2464
  %667 = getelementptr inbounds float, ptr %Bk, i64 %666
  %668 = load <16 x float>, ptr %667, align 4
  %669 = or disjoint i64 %632, 2240
  %670 = getelementptr inbounds float, ptr %Bk, i64 %669
  %671 = load <16 x float>, ptr %670, align 4
  %672 = or disjoint i64 %632, 2496
  %673 = getelementptr inbounds float, ptr %Bk, i64 %672
  %674 = load <16 x float>, ptr %673, align 4
  %675 = or disjoint i64 %632, 2272
  %676 = getelementptr inbounds float, ptr %Bk, i64 %675
  %677 = load <16 x float>, ptr %676, align 4
  %678 = or disjoint i64 %632, 2528
  %679 = getelementptr inbounds float, ptr %Bk, i64 %678
  %680 = load <16 x float>, ptr %679, align 4
  %681 = shufflevector <16 x float> %635, <16 x float> %638, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %682 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %683 = shufflevector <16 x float> %641, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %684 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %685 = shufflevector <16 x float> %647, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %686 = shufflevector <16 x float> %671, <16 x float> %674, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %687 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %688 = shufflevector <16 x float> %677, <16 x float> %680, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %689 = shufflevector <16 x float> %635, <16 x float> %638, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %690 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %691 = shufflevector <16 x float> %641, <16 x float> %644, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %692 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %693 = shufflevector <16 x float> %647, <16 x float> %650, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %694 = shufflevector <16 x float> %671, <16 x float> %674, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %695 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %696 = shufflevector <16 x float> %677, <16 x float> %680, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %697 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %698 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %699 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %700 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %701 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %702 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %703 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %704 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %705 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %706 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %707 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %708 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %709 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %710 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %711 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %712 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %713 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %714 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %715 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %716 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %717 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %718 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %719 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %720 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %721 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %722 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %723 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %724 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %725 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %726 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %727 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %728 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %729 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %730 = shl nuw nsw i64 %j17.addr.02416, 6
  %731 = add nuw nsw i64 %730, %i21.addr.02417
  %732 = getelementptr inbounds float, ptr %QcT, i64 %731
  store <16 x float> %729, ptr %732, align 4
  %733 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %734 = or disjoint i64 %731, 64
  %735 = getelementptr inbounds float, ptr %QcT, i64 %734
  store <16 x float> %733, ptr %735, align 4
  %736 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %737 = or disjoint i64 %731, 128
  %738 = getelementptr inbounds float, ptr %QcT, i64 %737
  store <16 x float> %736, ptr %738, align 4
  %739 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %740 = or disjoint i64 %731, 192
  %741 = getelementptr inbounds float, ptr %QcT, i64 %740
  store <16 x float> %739, ptr %741, align 4
  %742 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %743 = or disjoint i64 %731, 256
  %744 = getelementptr inbounds float, ptr %QcT, i64 %743
  store <16 x float> %742, ptr %744, align 4
  %745 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %746 = or disjoint i64 %731, 320
  %747 = getelementptr inbounds float, ptr %QcT, i64 %746
  store <16 x float> %745, ptr %747, align 4
  %748 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %749 = or disjoint i64 %731, 384
  %750 = getelementptr inbounds float, ptr %QcT, i64 %749
  store <16 x float> %748, ptr %750, align 4
  %751 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %752 = or disjoint i64 %731, 448
  %753 = getelementptr inbounds float, ptr %QcT, i64 %752
  store <16 x float> %751, ptr %753, align 4
  %754 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %755 = or disjoint i64 %731, 512
  %756 = getelementptr inbounds float, ptr %QcT, i64 %755
  store <16 x float> %754, ptr %756, align 4
  %757 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %758 = or disjoint i64 %731, 576
  %759 = getelementptr inbounds float, ptr %QcT, i64 %758
  store <16 x float> %757, ptr %759, align 4
  %760 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %761 = or disjoint i64 %731, 640
  %762 = getelementptr inbounds float, ptr %QcT, i64 %761
  store <16 x float> %760, ptr %762, align 4
  %763 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %764 = or disjoint i64 %731, 704
  %765 = getelementptr inbounds float, ptr %QcT, i64 %764
  store <16 x float> %763, ptr %765, align 4
  %766 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %767 = or disjoint i64 %731, 768
  %768 = getelementptr inbounds float, ptr %QcT, i64 %767
  store <16 x float> %766, ptr %768, align 4
  %769 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %770 = or disjoint i64 %731, 832
  %771 = getelementptr inbounds float, ptr %QcT, i64 %770
  store <16 x float> %769, ptr %771, align 4
  %772 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %773 = or disjoint i64 %731, 896
  %774 = getelementptr inbounds float, ptr %QcT, i64 %773
  store <16 x float> %772, ptr %774, align 4
  %775 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %776 = or disjoint i64 %731, 960
  %777 = getelementptr inbounds float, ptr %QcT, i64 %776
  store <16 x float> %775, ptr %777, align 4
  br i1 %631, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02417, 16
  %778 = icmp ult i64 %i21.addr.02417, 48
  br i1 %778, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02419 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %779 = shl nuw nsw i64 %i22.addr.02419, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %780 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02418 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %781 = or disjoint i64 %j18.addr.02418, %779
  %782 = getelementptr inbounds float, ptr %OY, i64 %781
  %783 = load <16 x float>, ptr %782, align 4
  %784 = or disjoint i64 %781, 256
  %785 = getelementptr inbounds float, ptr %OY, i64 %784
  %786 = load <16 x float>, ptr %785, align 4
  %787 = or disjoint i64 %781, 32
  %788 = getelementptr inbounds float, ptr %OY, i64 %787
  %789 = load <16 x float>, ptr %788, align 4
  %790 = or disjoint i64 %781, 288
  %791 = getelementptr inbounds float, ptr %OY, i64 %790
  %792 = load <16 x float>, ptr %791, align 4
  %793 = or disjoint i64 %781, 64
  %794 = getelementptr inbounds float, ptr %OY, i64 %793
  %795 = load <16 x float>, ptr %794, align 4
  %796 = or disjoint i64 %781, 320
  %797 = getelementptr inbounds float, ptr %OY, i64 %796
  %798 = load <16 x float>, ptr %797, align 4
  %799 = or disjoint i64 %781, 96
  %800 = getelementptr inbounds float, ptr %OY, i64 %799
  %801 = load <16 x float>, ptr %800, align 4
  %802 = or disjoint i64 %781, 352
  %803 = getelementptr inbounds float, ptr %OY, i64 %802
  %804 = load <16 x float>, ptr %803, align 4
  %805 = or disjoint i64 %781, 128
  %806 = getelementptr inbounds float, ptr %OY, i64 %805
  %807 = load <16 x float>, ptr %806, align 4
  %808 = or disjoint i64 %781, 384
  %809 = getelementptr inbounds float, ptr %OY, i64 %808
  %810 = load <16 x float>, ptr %809, align 4
  %811 = or disjoint i64 %781, 160
  %812 = getelementptr inbounds float, ptr %OY, i64 %811
  %813 = load <16 x float>, ptr %812, align 4
  %814 = or disjoint i64 %781, 416
  %815 = getelementptr inbounds float, ptr %OY, i64 %814
  %816 = load <16 x float>, ptr %815, align 4
  %817 = or disjoint i64 %781, 192
  %818 = getelementptr inbounds float, ptr %OY, i64 %817
  %819 = load <16 x float>, ptr %818, align 4
  %820 = or disjoint i64 %781, 448
  %821 = getelementptr inbounds float, ptr %OY, i64 %820
  %822 = load <16 x float>, ptr %821, align 4
  %823 = or disjoint i64 %781, 224
  %824 = getelementptr inbounds float, ptr %OY, i64 %823
  %825 = load <16 x float>, ptr %824, align 4
  %826 = or disjoint i64 %781, 480
  %827 = getelementptr inbounds float, ptr %OY, i64 %826
  %828 = load <16 x float>, ptr %827, align 4
  %829 = shufflevector <16 x float> %783, <16 x float> %786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %830 = shufflevector <16 x float> %807, <16 x float> %810, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %831 = shufflevector <16 x float> %789, <16 x float> %792, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %832 = shufflevector <16 x float> %813, <16 x float> %816, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %833 = shufflevector <16 x float> %795, <16 x float> %798, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %834 = shufflevector <16 x float> %819, <16 x float> %822, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %835 = shufflevector <16 x float> %801, <16 x float> %804, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %836 = shufflevector <16 x float> %825, <16 x float> %828, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %837 = shufflevector <16 x float> %783, <16 x float> %786, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %838 = shufflevector <16 x float> %807, <16 x float> %810, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %839 = shufflevector <16 x float> %789, <16 x float> %792, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %840 = shufflevector <16 x float> %813, <16 x float> %816, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %841 = shufflevector <16 x float> %795, <16 x float> %798, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %842 = shufflevector <16 x float> %819, <16 x float> %822, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %843 = shufflevector <16 x float> %801, <16 x float> %804, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %844 = shufflevector <16 x float> %825, <16 x float> %828, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %845 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %846 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %847 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %848 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %849 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %850 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %851 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %852 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %853 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %854 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %855 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %856 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %857 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %858 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %859 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %860 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %861 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %862 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %863 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %864 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %865 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %866 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %867 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %868 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %869 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %870 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %871 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %872 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %873 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %874 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %875 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %876 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %877 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %878 = shl nuw nsw i64 %j18.addr.02418, 6
  %879 = add nuw nsw i64 %878, %i22.addr.02419
  %880 = getelementptr inbounds float, ptr %dOT, i64 %879
  store <16 x float> %877, ptr %880, align 4
  %881 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %882 = or disjoint i64 %879, 64
  %883 = getelementptr inbounds float, ptr %dOT, i64 %882
  store <16 x float> %881, ptr %883, align 4
  %884 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %885 = or disjoint i64 %879, 128
  %886 = getelementptr inbounds float, ptr %dOT, i64 %885
  store <16 x float> %884, ptr %886, align 4
  %887 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %888 = or disjoint i64 %879, 192
  %889 = getelementptr inbounds float, ptr %dOT, i64 %888
  store <16 x float> %887, ptr %889, align 4
  %890 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %891 = or disjoint i64 %879, 256
  %892 = getelementptr inbounds float, ptr %dOT, i64 %891
  store <16 x float> %890, ptr %892, align 4
  %893 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %894 = or disjoint i64 %879, 320
  %895 = getelementptr inbounds float, ptr %dOT, i64 %894
  store <16 x float> %893, ptr %895, align 4
  %896 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %897 = or disjoint i64 %879, 384
  %898 = getelementptr inbounds float, ptr %dOT, i64 %897
  store <16 x float> %896, ptr %898, align 4
  %899 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %900 = or disjoint i64 %879, 448
  %901 = getelementptr inbounds float, ptr %dOT, i64 %900
  store <16 x float> %899, ptr %901, align 4
  %902 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %903 = or disjoint i64 %879, 512
  %904 = getelementptr inbounds float, ptr %dOT, i64 %903
  store <16 x float> %902, ptr %904, align 4
  %905 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %906 = or disjoint i64 %879, 576
  %907 = getelementptr inbounds float, ptr %dOT, i64 %906
  store <16 x float> %905, ptr %907, align 4
  %908 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %909 = or disjoint i64 %879, 640
  %910 = getelementptr inbounds float, ptr %dOT, i64 %909
  store <16 x float> %908, ptr %910, align 4
  %911 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %912 = or disjoint i64 %879, 704
  %913 = getelementptr inbounds float, ptr %dOT, i64 %912
  store <16 x float> %911, ptr %913, align 4
  %914 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %915 = or disjoint i64 %879, 768
  %916 = getelementptr inbounds float, ptr %dOT, i64 %915
  store <16 x float> %914, ptr %916, align 4
  %917 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %918 = or disjoint i64 %879, 832
  %919 = getelementptr inbounds float, ptr %dOT, i64 %918
  store <16 x float> %917, ptr %919, align 4
  %920 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %921 = or disjoint i64 %879, 896
  %922 = getelementptr inbounds float, ptr %dOT, i64 %921
  store <16 x float> %920, ptr %922, align 4
  %923 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %924 = or disjoint i64 %879, 960
  %925 = getelementptr inbounds float, ptr %dOT, i64 %924
  store <16 x float> %923, ptr %925, align 4
  br i1 %780, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02419, 16
  %926 = icmp ult i64 %i22.addr.02419, 48
  br i1 %926, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %927 = icmp ult i64 %i23.addr.02430, 120
  br i1 %927, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02430 = phi i64 [ %928, %i23.head.loopexit ], [ 0, %j18.exit ]
  %928 = add nuw nsw i64 %i23.addr.02430, 8
  %929 = shl nuw nsw i64 %i23.addr.02430, 5
  %.idx2375 = shl nuw nsw i64 %i23.addr.02430, 9
  %930 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2375
  %931 = shl nuw nsw i64 %i23.addr.02430, 7
  %932 = or disjoint i64 %931, 128
  %933 = getelementptr inbounds float, ptr %Gm, i64 %932
  %934 = or disjoint i64 %931, 256
  %935 = getelementptr inbounds float, ptr %Gm, i64 %934
  %936 = or disjoint i64 %931, 384
  %937 = getelementptr inbounds float, ptr %Gm, i64 %936
  %938 = or disjoint i64 %931, 512
  %939 = getelementptr inbounds float, ptr %Gm, i64 %938
  %940 = or disjoint i64 %931, 640
  %941 = getelementptr inbounds float, ptr %Gm, i64 %940
  %942 = or disjoint i64 %931, 768
  %943 = getelementptr inbounds float, ptr %Gm, i64 %942
  %944 = or disjoint i64 %931, 896
  %945 = getelementptr inbounds float, ptr %Gm, i64 %944
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.02429 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j19.addr.02429
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02428 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %953, %p3.body ]
  %acc1.02427 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %959, %p3.body ]
  %acc2.02426 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %965, %p3.body ]
  %acc3.02425 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %971, %p3.body ]
  %acc4.02424 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %977, %p3.body ]
  %acc5.02423 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %983, %p3.body ]
  %acc6.02422 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %989, %p3.body ]
  %acc7.02421 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %995, %p3.body ]
  %p3.addr.02420 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2376 = shl nuw nsw i64 %p3.addr.02420, 9
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2376
  %946 = load <16 x float>, ptr %gep, align 4
  %947 = add nuw nsw i64 %p3.addr.02420, %929
  %948 = or disjoint i64 %947, 4096
  %949 = getelementptr inbounds float, ptr %Bk, i64 %948
  %950 = load float, ptr %949, align 4
  %951 = insertelement <16 x float> poison, float %950, i64 0
  %952 = shufflevector <16 x float> %951, <16 x float> poison, <16 x i32> zeroinitializer
  %953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %952, <16 x float> %946, <16 x float> %acc.02428)
  %954 = or disjoint i64 %947, 4128
  %955 = getelementptr inbounds float, ptr %Bk, i64 %954
  %956 = load float, ptr %955, align 4
  %957 = insertelement <16 x float> poison, float %956, i64 0
  %958 = shufflevector <16 x float> %957, <16 x float> poison, <16 x i32> zeroinitializer
  %959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %958, <16 x float> %946, <16 x float> %acc1.02427)
  %960 = or disjoint i64 %947, 4160
  %961 = getelementptr inbounds float, ptr %Bk, i64 %960
  %962 = load float, ptr %961, align 4
  %963 = insertelement <16 x float> poison, float %962, i64 0
  %964 = shufflevector <16 x float> %963, <16 x float> poison, <16 x i32> zeroinitializer
  %965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %964, <16 x float> %946, <16 x float> %acc2.02426)
  %966 = or disjoint i64 %947, 4192
  %967 = getelementptr inbounds float, ptr %Bk, i64 %966
  %968 = load float, ptr %967, align 4
  %969 = insertelement <16 x float> poison, float %968, i64 0
  %970 = shufflevector <16 x float> %969, <16 x float> poison, <16 x i32> zeroinitializer
  %971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %970, <16 x float> %946, <16 x float> %acc3.02425)
  %972 = or disjoint i64 %947, 4224
  %973 = getelementptr inbounds float, ptr %Bk, i64 %972
  %974 = load float, ptr %973, align 4
  %975 = insertelement <16 x float> poison, float %974, i64 0
  %976 = shufflevector <16 x float> %975, <16 x float> poison, <16 x i32> zeroinitializer
  %977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %976, <16 x float> %946, <16 x float> %acc4.02424)
  %978 = or disjoint i64 %947, 4256
  %979 = getelementptr inbounds float, ptr %Bk, i64 %978
  %980 = load float, ptr %979, align 4
  %981 = insertelement <16 x float> poison, float %980, i64 0
  %982 = shufflevector <16 x float> %981, <16 x float> poison, <16 x i32> zeroinitializer
  %983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %982, <16 x float> %946, <16 x float> %acc5.02423)
  %984 = or disjoint i64 %947, 4288
  %985 = getelementptr inbounds float, ptr %Bk, i64 %984
  %986 = load float, ptr %985, align 4
  %987 = insertelement <16 x float> poison, float %986, i64 0
  %988 = shufflevector <16 x float> %987, <16 x float> poison, <16 x i32> zeroinitializer
  %989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %988, <16 x float> %946, <16 x float> %acc6.02422)
  %990 = or disjoint i64 %947, 4320
  %991 = getelementptr inbounds float, ptr %Bk, i64 %990
  %992 = load float, ptr %991, align 4
  %993 = insertelement <16 x float> poison, float %992, i64 0
  %994 = shufflevector <16 x float> %993, <16 x float> poison, <16 x i32> zeroinitializer
  %995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %994, <16 x float> %946, <16 x float> %acc7.02421)
  %p3.next = add nuw nsw i64 %p3.addr.02420, 1
  %exitcond2886.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2886.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %996 = getelementptr inbounds float, ptr %930, i64 %j19.addr.02429
  store <16 x float> %953, ptr %996, align 4
  %997 = getelementptr inbounds float, ptr %933, i64 %j19.addr.02429
  store <16 x float> %959, ptr %997, align 4
  %998 = getelementptr inbounds float, ptr %935, i64 %j19.addr.02429
  store <16 x float> %965, ptr %998, align 4
  %999 = getelementptr inbounds float, ptr %937, i64 %j19.addr.02429
  store <16 x float> %971, ptr %999, align 4
  %1000 = getelementptr inbounds float, ptr %939, i64 %j19.addr.02429
  store <16 x float> %977, ptr %1000, align 4
  %1001 = getelementptr inbounds float, ptr %941, i64 %j19.addr.02429
  store <16 x float> %983, ptr %1001, align 4
  %1002 = getelementptr inbounds float, ptr %943, i64 %j19.addr.02429
  store <16 x float> %989, ptr %1002, align 4
  %1003 = getelementptr inbounds float, ptr %945, i64 %j19.addr.02429
  store <16 x float> %995, ptr %1003, align 4
  %j19.next = add nuw nsw i64 %j19.addr.02429, 16
  %1004 = icmp ult i64 %j19.next, %928
  br i1 %1004, label %p3.head.preheader, label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02448 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %1005 = shl nuw nsw i64 %i24.addr.02448, 5
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02447 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1024, %p4.body ]
  %acc9.02446 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1025, %p4.body ]
  %acc10.02445 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1026, %p4.body ]
  %acc11.02444 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1027, %p4.body ]
  %acc12.02443 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1033, %p4.body ]
  %acc13.02442 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1034, %p4.body ]
  %acc14.02441 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1035, %p4.body ]
  %acc15.02440 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1036, %p4.body ]
  %acc16.02439 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1042, %p4.body ]
  %acc17.02438 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1043, %p4.body ]
  %acc18.02437 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1044, %p4.body ]
  %acc19.02436 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1045, %p4.body ]
  %acc20.02435 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1051, %p4.body ]
  %acc21.02434 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1052, %p4.body ]
  %acc22.02433 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1053, %p4.body ]
  %acc23.02432 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1054, %p4.body ]
  %p4.addr.02431 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1006 = shl nuw nsw i64 %p4.addr.02431, 6
  %1007 = getelementptr inbounds float, ptr %work, i64 %1006
  %1008 = load <16 x float>, ptr %1007, align 4
  %1009 = or disjoint i64 %1006, 16
  %1010 = getelementptr inbounds float, ptr %work, i64 %1009
  %1011 = load <16 x float>, ptr %1010, align 4
  %1012 = or disjoint i64 %1006, 32
  %1013 = getelementptr inbounds float, ptr %work, i64 %1012
  %1014 = load <16 x float>, ptr %1013, align 4
  %1015 = or disjoint i64 %1006, 48
  %1016 = getelementptr inbounds float, ptr %work, i64 %1015
  %1017 = load <16 x float>, ptr %1016, align 4
  %1018 = add nuw nsw i64 %p4.addr.02431, %1005
  %1019 = or disjoint i64 %1018, 4096
  %1020 = getelementptr inbounds float, ptr %Bk, i64 %1019
  %1021 = load float, ptr %1020, align 4
  %1022 = insertelement <16 x float> poison, float %1021, i64 0
  %1023 = shufflevector <16 x float> %1022, <16 x float> poison, <16 x i32> zeroinitializer
  %1024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1008, <16 x float> %acc8.02447)
  %1025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1011, <16 x float> %acc9.02446)
  %1026 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1014, <16 x float> %acc10.02445)
  %1027 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1017, <16 x float> %acc11.02444)
  %1028 = or disjoint i64 %1018, 4128
  %1029 = getelementptr inbounds float, ptr %Bk, i64 %1028
  %1030 = load float, ptr %1029, align 4
  %1031 = insertelement <16 x float> poison, float %1030, i64 0
  %1032 = shufflevector <16 x float> %1031, <16 x float> poison, <16 x i32> zeroinitializer
  %1033 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1008, <16 x float> %acc12.02443)
  %1034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1011, <16 x float> %acc13.02442)
  %1035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1014, <16 x float> %acc14.02441)
  %1036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1017, <16 x float> %acc15.02440)
  %1037 = or disjoint i64 %1018, 4160
  %1038 = getelementptr inbounds float, ptr %Bk, i64 %1037
  %1039 = load float, ptr %1038, align 4
  %1040 = insertelement <16 x float> poison, float %1039, i64 0
  %1041 = shufflevector <16 x float> %1040, <16 x float> poison, <16 x i32> zeroinitializer
  %1042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1008, <16 x float> %acc16.02439)
  %1043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1011, <16 x float> %acc17.02438)
  %1044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1014, <16 x float> %acc18.02437)
  %1045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1017, <16 x float> %acc19.02436)
  %1046 = or disjoint i64 %1018, 4192
  %1047 = getelementptr inbounds float, ptr %Bk, i64 %1046
  %1048 = load float, ptr %1047, align 4
  %1049 = insertelement <16 x float> poison, float %1048, i64 0
  %1050 = shufflevector <16 x float> %1049, <16 x float> poison, <16 x i32> zeroinitializer
  %1051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1008, <16 x float> %acc20.02435)
  %1052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1011, <16 x float> %acc21.02434)
  %1053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1014, <16 x float> %acc22.02433)
  %1054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1017, <16 x float> %acc23.02432)
  %p4.next = add nuw nsw i64 %p4.addr.02431, 1
  %exitcond2887.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2887.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1055 = shl nuw nsw i64 %i24.addr.02448, 6
  %1056 = getelementptr inbounds float, ptr %KSdS, i64 %1055
  store <16 x float> %1024, ptr %1056, align 4
  %1057 = or disjoint i64 %1055, 16
  %1058 = getelementptr inbounds float, ptr %KSdS, i64 %1057
  store <16 x float> %1025, ptr %1058, align 4
  %1059 = or disjoint i64 %1055, 32
  %1060 = getelementptr inbounds float, ptr %KSdS, i64 %1059
  store <16 x float> %1026, ptr %1060, align 4
  %1061 = or disjoint i64 %1055, 48
  %1062 = getelementptr inbounds float, ptr %KSdS, i64 %1061
  store <16 x float> %1027, ptr %1062, align 4
  %1063 = or disjoint i64 %1055, 64
  %1064 = getelementptr inbounds float, ptr %KSdS, i64 %1063
  store <16 x float> %1033, ptr %1064, align 4
  %1065 = or disjoint i64 %1055, 80
  %1066 = getelementptr inbounds float, ptr %KSdS, i64 %1065
  store <16 x float> %1034, ptr %1066, align 4
  %1067 = or disjoint i64 %1055, 96
  %1068 = getelementptr inbounds float, ptr %KSdS, i64 %1067
  store <16 x float> %1035, ptr %1068, align 4
  %1069 = or disjoint i64 %1055, 112
  %1070 = getelementptr inbounds float, ptr %KSdS, i64 %1069
  store <16 x float> %1036, ptr %1070, align 4
  %1071 = or disjoint i64 %1055, 128
  %1072 = getelementptr inbounds float, ptr %KSdS, i64 %1071
  store <16 x float> %1042, ptr %1072, align 4
  %1073 = or disjoint i64 %1055, 144
  %1074 = getelementptr inbounds float, ptr %KSdS, i64 %1073
  store <16 x float> %1043, ptr %1074, align 4
  %1075 = or disjoint i64 %1055, 160
  %1076 = getelementptr inbounds float, ptr %KSdS, i64 %1075
  store <16 x float> %1044, ptr %1076, align 4
  %1077 = or disjoint i64 %1055, 176
  %1078 = getelementptr inbounds float, ptr %KSdS, i64 %1077
  store <16 x float> %1045, ptr %1078, align 4
  %1079 = or disjoint i64 %1055, 192
  %1080 = getelementptr inbounds float, ptr %KSdS, i64 %1079
  store <16 x float> %1051, ptr %1080, align 4
  %1081 = or disjoint i64 %1055, 208
  %1082 = getelementptr inbounds float, ptr %KSdS, i64 %1081
  store <16 x float> %1052, ptr %1082, align 4
  %1083 = or disjoint i64 %1055, 224
  %1084 = getelementptr inbounds float, ptr %KSdS, i64 %1083
  store <16 x float> %1053, ptr %1084, align 4
  %1085 = or disjoint i64 %1055, 240
  %1086 = getelementptr inbounds float, ptr %KSdS, i64 %1085
  store <16 x float> %1054, ptr %1086, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02448, 4
  %1087 = icmp ult i64 %i24.addr.02448, 124
  br i1 %1087, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02450 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2668 = shl nsw i64 %i25.addr.02450, 7
  %1088 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668
  %1089 = load <16 x float>, ptr %1088, align 4
  %.idx2669 = shl nsw i64 %i25.addr.02450, 8
  %1090 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669
  %1091 = load <16 x float>, ptr %1090, align 4
  %1092 = fsub <16 x float> %1089, %1091
  store <16 x float> %1092, ptr %1088, align 4
  %1093 = getelementptr inbounds i8, ptr %23, i64 %.idx2668
  %1094 = load <16 x float>, ptr %1093, align 4
  %1095 = getelementptr inbounds i8, ptr %24, i64 %.idx2669
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = fsub <16 x float> %1094, %1096
  store <16 x float> %1097, ptr %1093, align 4
  %i25.next = or disjoint i64 %i25.addr.02450, 1
  %.idx2668.1 = shl nsw i64 %i25.next, 7
  %1098 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668.1
  %1099 = load <16 x float>, ptr %1098, align 4
  %.idx2669.1 = shl nsw i64 %i25.next, 8
  %1100 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669.1
  %1101 = load <16 x float>, ptr %1100, align 4
  %1102 = fsub <16 x float> %1099, %1101
  store <16 x float> %1102, ptr %1098, align 4
  %1103 = getelementptr inbounds i8, ptr %23, i64 %.idx2668.1
  %1104 = load <16 x float>, ptr %1103, align 4
  %1105 = getelementptr inbounds i8, ptr %24, i64 %.idx2669.1
  %1106 = load <16 x float>, ptr %1105, align 4
  %1107 = fsub <16 x float> %1104, %1106
  store <16 x float> %1107, ptr %1103, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02450, 2
  %.idx2668.2 = shl nsw i64 %i25.next.1, 7
  %1108 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668.2
  %1109 = load <16 x float>, ptr %1108, align 4
  %.idx2669.2 = shl nsw i64 %i25.next.1, 8
  %1110 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669.2
  %1111 = load <16 x float>, ptr %1110, align 4
  %1112 = fsub <16 x float> %1109, %1111
  store <16 x float> %1112, ptr %1108, align 4
  %1113 = getelementptr inbounds i8, ptr %23, i64 %.idx2668.2
  %1114 = load <16 x float>, ptr %1113, align 4
  %1115 = getelementptr inbounds i8, ptr %24, i64 %.idx2669.2
  %1116 = load <16 x float>, ptr %1115, align 4
  %1117 = fsub <16 x float> %1114, %1116
  store <16 x float> %1117, ptr %1113, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02450, 3
  %.idx2668.3 = shl nsw i64 %i25.next.2, 7
  %1118 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668.3
  %1119 = load <16 x float>, ptr %1118, align 4
  %.idx2669.3 = shl nsw i64 %i25.next.2, 8
  %1120 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669.3
  %1121 = load <16 x float>, ptr %1120, align 4
  %1122 = fsub <16 x float> %1119, %1121
  store <16 x float> %1122, ptr %1118, align 4
  %1123 = getelementptr inbounds i8, ptr %23, i64 %.idx2668.3
  %1124 = load <16 x float>, ptr %1123, align 4
  %1125 = getelementptr inbounds i8, ptr %24, i64 %.idx2669.3
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = fsub <16 x float> %1124, %1126
  store <16 x float> %1127, ptr %1123, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02450, 4
  %exitcond2888.not.3 = icmp eq i64 %i25.next.3, 128
  br i1 %exitcond2888.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02467 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1128 = shl nuw nsw i64 %ib.addr.02467, 2
  %umax3477 = tail call i64 @llvm.umax.i64(i64 %1128, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02467, 2
  %.not2670 = icmp eq i64 %ib.addr.02467, 0
  br i1 %.not2670, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2374 = shl nuw nsw i64 %ib.addr.02467, 11
  %1129 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2374
  %1130 = shl nuw nsw i64 %ib.addr.02467, 9
  %1131 = or disjoint i64 %1130, 128
  %1132 = getelementptr inbounds float, ptr %Gm, i64 %1131
  %1133 = or disjoint i64 %1130, 256
  %1134 = getelementptr inbounds float, ptr %Gm, i64 %1133
  %1135 = or disjoint i64 %1130, 384
  %1136 = getelementptr inbounds float, ptr %Gm, i64 %1135
  %xtraiter = and i64 %umax3477, 1
  %1137 = icmp eq i64 %umax3477, 1
  br i1 %1137, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3477, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02459 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1178, %j21.body ]
  %acc25.02458 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1179, %j21.body ]
  %acc26.02457 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1184, %j21.body ]
  %acc27.02456 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1185, %j21.body ]
  %acc28.02455 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1190, %j21.body ]
  %acc29.02454 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1191, %j21.body ]
  %acc30.02453 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1196, %j21.body ]
  %acc31.02452 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1197, %j21.body ]
  %j21.addr.02451 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1138 = shl nsw i64 %j21.addr.02451, 5
  %1139 = getelementptr inbounds float, ptr %Vn, i64 %1138
  %1140 = load <16 x float>, ptr %1139, align 4
  %1141 = or disjoint i64 %1138, 16
  %1142 = getelementptr inbounds float, ptr %Vn, i64 %1141
  %1143 = load <16 x float>, ptr %1142, align 4
  %1144 = getelementptr inbounds float, ptr %1129, i64 %j21.addr.02451
  %1145 = load float, ptr %1144, align 4
  %1146 = insertelement <16 x float> poison, float %1145, i64 0
  %1147 = shufflevector <16 x float> %1146, <16 x float> poison, <16 x i32> zeroinitializer
  %1148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1140, <16 x float> %acc24.02459)
  %1149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1143, <16 x float> %acc25.02458)
  %1150 = getelementptr inbounds float, ptr %1132, i64 %j21.addr.02451
  %1151 = load float, ptr %1150, align 4
  %1152 = insertelement <16 x float> poison, float %1151, i64 0
  %1153 = shufflevector <16 x float> %1152, <16 x float> poison, <16 x i32> zeroinitializer
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1140, <16 x float> %acc26.02457)
  %1155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1143, <16 x float> %acc27.02456)
  %1156 = getelementptr inbounds float, ptr %1134, i64 %j21.addr.02451
  %1157 = load float, ptr %1156, align 4
  %1158 = insertelement <16 x float> poison, float %1157, i64 0
  %1159 = shufflevector <16 x float> %1158, <16 x float> poison, <16 x i32> zeroinitializer
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1140, <16 x float> %acc28.02455)
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1143, <16 x float> %acc29.02454)
  %1162 = getelementptr inbounds float, ptr %1136, i64 %j21.addr.02451
  %1163 = load float, ptr %1162, align 4
  %1164 = insertelement <16 x float> poison, float %1163, i64 0
  %1165 = shufflevector <16 x float> %1164, <16 x float> poison, <16 x i32> zeroinitializer
  %1166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1140, <16 x float> %acc30.02453)
  %1167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1143, <16 x float> %acc31.02452)
  %j21.next = or disjoint i64 %j21.addr.02451, 1
  %1168 = shl nsw i64 %j21.next, 5
  %1169 = getelementptr inbounds float, ptr %Vn, i64 %1168
  %1170 = load <16 x float>, ptr %1169, align 4
  %1171 = or disjoint i64 %1168, 16
  %1172 = getelementptr inbounds float, ptr %Vn, i64 %1171
  %1173 = load <16 x float>, ptr %1172, align 4
  %1174 = getelementptr inbounds float, ptr %1129, i64 %j21.next
  %1175 = load float, ptr %1174, align 4
  %1176 = insertelement <16 x float> poison, float %1175, i64 0
  %1177 = shufflevector <16 x float> %1176, <16 x float> poison, <16 x i32> zeroinitializer
  %1178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1170, <16 x float> %1148)
  %1179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1173, <16 x float> %1149)
  %1180 = getelementptr inbounds float, ptr %1132, i64 %j21.next
  %1181 = load float, ptr %1180, align 4
  %1182 = insertelement <16 x float> poison, float %1181, i64 0
  %1183 = shufflevector <16 x float> %1182, <16 x float> poison, <16 x i32> zeroinitializer
  %1184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1183, <16 x float> %1170, <16 x float> %1154)
  %1185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1183, <16 x float> %1173, <16 x float> %1155)
  %1186 = getelementptr inbounds float, ptr %1134, i64 %j21.next
  %1187 = load float, ptr %1186, align 4
  %1188 = insertelement <16 x float> poison, float %1187, i64 0
  %1189 = shufflevector <16 x float> %1188, <16 x float> poison, <16 x i32> zeroinitializer
  %1190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1170, <16 x float> %1160)
  %1191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1173, <16 x float> %1161)
  %1192 = getelementptr inbounds float, ptr %1136, i64 %j21.next
  %1193 = load float, ptr %1192, align 4
  %1194 = insertelement <16 x float> poison, float %1193, i64 0
  %1195 = shufflevector <16 x float> %1194, <16 x float> poison, <16 x i32> zeroinitializer
  %1196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1170, <16 x float> %1166)
  %1197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1173, <16 x float> %1167)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02451, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3348.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1178, %j21.body ]
  %.lcssa3347.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1179, %j21.body ]
  %.lcssa3346.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1184, %j21.body ]
  %.lcssa3345.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1185, %j21.body ]
  %.lcssa3344.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1190, %j21.body ]
  %.lcssa3343.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1191, %j21.body ]
  %.lcssa3342.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1196, %j21.body ]
  %.lcssa3341.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1197, %j21.body ]
  %acc24.02459.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1178, %j21.body ]
  %acc25.02458.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1179, %j21.body ]
  %acc26.02457.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1184, %j21.body ]
  %acc27.02456.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1185, %j21.body ]
  %acc28.02455.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1190, %j21.body ]
  %acc29.02454.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1191, %j21.body ]
  %acc30.02453.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1196, %j21.body ]
  %acc31.02452.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1197, %j21.body ]
  %j21.addr.02451.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1198 = shl nsw i64 %j21.addr.02451.unr, 5
  %1199 = getelementptr inbounds float, ptr %Vn, i64 %1198
  %1200 = load <16 x float>, ptr %1199, align 4
  %1201 = or disjoint i64 %1198, 16
  %1202 = getelementptr inbounds float, ptr %Vn, i64 %1201
  %1203 = load <16 x float>, ptr %1202, align 4
  %1204 = getelementptr inbounds float, ptr %1129, i64 %j21.addr.02451.unr
  %1205 = load float, ptr %1204, align 4
  %1206 = insertelement <16 x float> poison, float %1205, i64 0
  %1207 = shufflevector <16 x float> %1206, <16 x float> poison, <16 x i32> zeroinitializer
  %1208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1207, <16 x float> %1200, <16 x float> %acc24.02459.unr)
  %1209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1207, <16 x float> %1203, <16 x float> %acc25.02458.unr)
  %1210 = getelementptr inbounds float, ptr %1132, i64 %j21.addr.02451.unr
  %1211 = load float, ptr %1210, align 4
  %1212 = insertelement <16 x float> poison, float %1211, i64 0
  %1213 = shufflevector <16 x float> %1212, <16 x float> poison, <16 x i32> zeroinitializer
  %1214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1213, <16 x float> %1200, <16 x float> %acc26.02457.unr)
  %1215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1213, <16 x float> %1203, <16 x float> %acc27.02456.unr)
  %1216 = getelementptr inbounds float, ptr %1134, i64 %j21.addr.02451.unr
  %1217 = load float, ptr %1216, align 4
  %1218 = insertelement <16 x float> poison, float %1217, i64 0
  %1219 = shufflevector <16 x float> %1218, <16 x float> poison, <16 x i32> zeroinitializer
  %1220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1219, <16 x float> %1200, <16 x float> %acc28.02455.unr)
  %1221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1219, <16 x float> %1203, <16 x float> %acc29.02454.unr)
  %1222 = getelementptr inbounds float, ptr %1136, i64 %j21.addr.02451.unr
  %1223 = load float, ptr %1222, align 4
  %1224 = insertelement <16 x float> poison, float %1223, i64 0
  %1225 = shufflevector <16 x float> %1224, <16 x float> poison, <16 x i32> zeroinitializer
  %1226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1200, <16 x float> %acc30.02453.unr)
  %1227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1203, <16 x float> %acc31.02452.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3341.ph, %j21.exit.loopexit.unr-lcssa ], [ %1227, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3342.ph, %j21.exit.loopexit.unr-lcssa ], [ %1226, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3343.ph, %j21.exit.loopexit.unr-lcssa ], [ %1221, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3344.ph, %j21.exit.loopexit.unr-lcssa ], [ %1220, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3345.ph, %j21.exit.loopexit.unr-lcssa ], [ %1215, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3346.ph, %j21.exit.loopexit.unr-lcssa ], [ %1214, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3347.ph, %j21.exit.loopexit.unr-lcssa ], [ %1209, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3348.ph, %j21.exit.loopexit.unr-lcssa ], [ %1208, %j21.body.epil ]
  %1228 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1229 = load float, ptr %1228, align 4
  %1230 = shl nuw nsw i64 %ib.addr.02467, 7
  %1231 = getelementptr inbounds float, ptr %Rr, i64 %1230
  %1232 = load <16 x float>, ptr %1231, align 4
  %1233 = fsub <16 x float> %1232, %acc24.0.lcssa
  store <16 x float> %1233, ptr %1231, align 4
  %1234 = insertelement <16 x float> poison, float %1229, i64 0
  %1235 = shufflevector <16 x float> %1234, <16 x float> poison, <16 x i32> zeroinitializer
  %1236 = fmul <16 x float> %1235, %1233
  %1237 = getelementptr inbounds float, ptr %Vn, i64 %1230
  store <16 x float> %1236, ptr %1237, align 4
  %1238 = shl nuw nsw i64 %ib.addr.02467, 10
  %1239 = getelementptr inbounds float, ptr %Ak, i64 %1238
  store <16 x float> %1236, ptr %1239, align 4
  %1240 = or disjoint i64 %1230, 16
  %1241 = getelementptr inbounds float, ptr %Rr, i64 %1240
  %1242 = load <16 x float>, ptr %1241, align 4
  %1243 = fsub <16 x float> %1242, %acc25.0.lcssa
  store <16 x float> %1243, ptr %1241, align 4
  %1244 = fmul <16 x float> %1235, %1243
  %1245 = getelementptr inbounds float, ptr %Vn, i64 %1240
  store <16 x float> %1244, ptr %1245, align 4
  %1246 = or disjoint i64 %1238, 16
  %1247 = getelementptr inbounds float, ptr %Ak, i64 %1246
  store <16 x float> %1244, ptr %1247, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2671 = shl nsw i64 %i26, 9
  %1248 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2671
  %1249 = getelementptr inbounds float, ptr %1248, i64 %i0
  %1250 = load float, ptr %1249, align 4
  %1251 = insertelement <16 x float> poison, float %1250, i64 0
  %1252 = shufflevector <16 x float> %1251, <16 x float> poison, <16 x i32> zeroinitializer
  %1253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1236, <16 x float> %acc26.0.lcssa)
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1244, <16 x float> %acc27.0.lcssa)
  %1255 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1256 = load float, ptr %1255, align 4
  %1257 = shl nuw nsw i64 %i26, 5
  %1258 = getelementptr inbounds float, ptr %Rr, i64 %1257
  %1259 = load <16 x float>, ptr %1258, align 4
  %1260 = fsub <16 x float> %1259, %1253
  store <16 x float> %1260, ptr %1258, align 4
  %1261 = insertelement <16 x float> poison, float %1256, i64 0
  %1262 = shufflevector <16 x float> %1261, <16 x float> poison, <16 x i32> zeroinitializer
  %1263 = fmul <16 x float> %1262, %1260
  %1264 = getelementptr inbounds float, ptr %Vn, i64 %1257
  store <16 x float> %1263, ptr %1264, align 4
  %1265 = shl nuw nsw i64 %i26, 8
  %1266 = getelementptr inbounds float, ptr %Ak, i64 %1265
  store <16 x float> %1263, ptr %1266, align 4
  %1267 = or disjoint i64 %1257, 16
  %1268 = getelementptr inbounds float, ptr %Rr, i64 %1267
  %1269 = load <16 x float>, ptr %1268, align 4
  %1270 = fsub <16 x float> %1269, %1254
  store <16 x float> %1270, ptr %1268, align 4
  %1271 = fmul <16 x float> %1262, %1270
  %1272 = getelementptr inbounds float, ptr %Vn, i64 %1267
  store <16 x float> %1271, ptr %1272, align 4
  %1273 = or disjoint i64 %1265, 16
  %1274 = getelementptr inbounds float, ptr %Ak, i64 %1273
  store <16 x float> %1271, ptr %1274, align 4
  %i27 = or disjoint i64 %i0, 2
  %1275 = shl nuw nsw i64 %i27, 7
  %1276 = or disjoint i64 %1275, %i0
  %1277 = getelementptr inbounds float, ptr %Gm, i64 %1276
  %1278 = load float, ptr %1277, align 4
  %1279 = insertelement <16 x float> poison, float %1278, i64 0
  %1280 = shufflevector <16 x float> %1279, <16 x float> poison, <16 x i32> zeroinitializer
  %1281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1280, <16 x float> %1236, <16 x float> %acc28.0.lcssa)
  %1282 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1280, <16 x float> %1244, <16 x float> %acc29.0.lcssa)
  %1283 = or disjoint i64 %1275, %i26
  %1284 = getelementptr inbounds float, ptr %Gm, i64 %1283
  %1285 = load float, ptr %1284, align 4
  %1286 = insertelement <16 x float> poison, float %1285, i64 0
  %1287 = shufflevector <16 x float> %1286, <16 x float> poison, <16 x i32> zeroinitializer
  %1288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1287, <16 x float> %1263, <16 x float> %1281)
  %1289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1287, <16 x float> %1271, <16 x float> %1282)
  %1290 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1291 = load float, ptr %1290, align 4
  %1292 = shl nuw nsw i64 %i27, 5
  %1293 = getelementptr inbounds float, ptr %Rr, i64 %1292
  %1294 = load <16 x float>, ptr %1293, align 4
  %1295 = fsub <16 x float> %1294, %1288
  store <16 x float> %1295, ptr %1293, align 4
  %1296 = insertelement <16 x float> poison, float %1291, i64 0
  %1297 = shufflevector <16 x float> %1296, <16 x float> poison, <16 x i32> zeroinitializer
  %1298 = fmul <16 x float> %1297, %1295
  %1299 = getelementptr inbounds float, ptr %Vn, i64 %1292
  store <16 x float> %1298, ptr %1299, align 4
  %1300 = shl nuw nsw i64 %i27, 8
  %1301 = getelementptr inbounds float, ptr %Ak, i64 %1300
  store <16 x float> %1298, ptr %1301, align 4
  %1302 = or disjoint i64 %1292, 16
  %1303 = getelementptr inbounds float, ptr %Rr, i64 %1302
  %1304 = load <16 x float>, ptr %1303, align 4
  %1305 = fsub <16 x float> %1304, %1289
  store <16 x float> %1305, ptr %1303, align 4
  %1306 = fmul <16 x float> %1297, %1305
  %1307 = getelementptr inbounds float, ptr %Vn, i64 %1302
  store <16 x float> %1306, ptr %1307, align 4
  %1308 = or disjoint i64 %1300, 16
  %1309 = getelementptr inbounds float, ptr %Ak, i64 %1308
  store <16 x float> %1306, ptr %1309, align 4
  %i28 = or disjoint i64 %i0, 3
  %1310 = shl nuw nsw i64 %i28, 7
  %1311 = or disjoint i64 %1310, %i0
  %1312 = getelementptr inbounds float, ptr %Gm, i64 %1311
  %1313 = load float, ptr %1312, align 4
  %1314 = insertelement <16 x float> poison, float %1313, i64 0
  %1315 = shufflevector <16 x float> %1314, <16 x float> poison, <16 x i32> zeroinitializer
  %1316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1315, <16 x float> %1236, <16 x float> %acc30.0.lcssa)
  %1317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1315, <16 x float> %1244, <16 x float> %acc31.0.lcssa)
  %1318 = or disjoint i64 %1310, %i26
  %1319 = getelementptr inbounds float, ptr %Gm, i64 %1318
  %1320 = load float, ptr %1319, align 4
  %1321 = insertelement <16 x float> poison, float %1320, i64 0
  %1322 = shufflevector <16 x float> %1321, <16 x float> poison, <16 x i32> zeroinitializer
  %1323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1263, <16 x float> %1316)
  %1324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1271, <16 x float> %1317)
  %1325 = or disjoint i64 %1310, %i27
  %1326 = getelementptr inbounds float, ptr %Gm, i64 %1325
  %1327 = load float, ptr %1326, align 4
  %1328 = insertelement <16 x float> poison, float %1327, i64 0
  %1329 = shufflevector <16 x float> %1328, <16 x float> poison, <16 x i32> zeroinitializer
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1298, <16 x float> %1323)
  %1331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1306, <16 x float> %1324)
  %1332 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1333 = load float, ptr %1332, align 4
  %1334 = shl nuw nsw i64 %i28, 5
  %1335 = getelementptr inbounds float, ptr %Rr, i64 %1334
  %1336 = load <16 x float>, ptr %1335, align 4
  %1337 = fsub <16 x float> %1336, %1330
  store <16 x float> %1337, ptr %1335, align 4
  %1338 = insertelement <16 x float> poison, float %1333, i64 0
  %1339 = shufflevector <16 x float> %1338, <16 x float> poison, <16 x i32> zeroinitializer
  %1340 = fmul <16 x float> %1339, %1337
  %1341 = getelementptr inbounds float, ptr %Vn, i64 %1334
  store <16 x float> %1340, ptr %1341, align 4
  %1342 = shl nuw nsw i64 %i28, 8
  %1343 = getelementptr inbounds float, ptr %Ak, i64 %1342
  store <16 x float> %1340, ptr %1343, align 4
  %1344 = or disjoint i64 %1334, 16
  %1345 = getelementptr inbounds float, ptr %Rr, i64 %1344
  %1346 = load <16 x float>, ptr %1345, align 4
  %1347 = fsub <16 x float> %1346, %1331
  store <16 x float> %1347, ptr %1345, align 4
  %1348 = fmul <16 x float> %1339, %1347
  %1349 = getelementptr inbounds float, ptr %Vn, i64 %1344
  store <16 x float> %1348, ptr %1349, align 4
  %1350 = or disjoint i64 %1342, 16
  %1351 = getelementptr inbounds float, ptr %Ak, i64 %1350
  store <16 x float> %1348, ptr %1351, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02467, 1
  %exitcond2890.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond2890.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02469 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1352 = shl nuw nsw i64 %i29.addr.02469, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1353 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02468 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1354 = or disjoint i64 %j22.addr.02468, %1352
  %1355 = getelementptr inbounds float, ptr %Vn, i64 %1354
  %1356 = load <16 x float>, ptr %1355, align 4
  %1357 = or disjoint i64 %1354, 256
  %1358 = getelementptr inbounds float, ptr %Vn, i64 %1357
  %1359 = load <16 x float>, ptr %1358, align 4
  %1360 = or disjoint i64 %1354, 32
  %1361 = getelementptr inbounds float, ptr %Vn, i64 %1360
  %1362 = load <16 x float>, ptr %1361, align 4
  %1363 = or disjoint i64 %1354, 288
  %1364 = getelementptr inbounds float, ptr %Vn, i64 %1363
  %1365 = load <16 x float>, ptr %1364, align 4
  %1366 = or disjoint i64 %1354, 64
  %1367 = getelementptr inbounds float, ptr %Vn, i64 %1366
  %1368 = load <16 x float>, ptr %1367, align 4
  %1369 = or disjoint i64 %1354, 320
  %1370 = getelementptr inbounds float, ptr %Vn, i64 %1369
  %1371 = load <16 x float>, ptr %1370, align 4
  %1372 = or disjoint i64 %1354, 96
  %1373 = getelementptr inbounds float, ptr %Vn, i64 %1372
  %1374 = load <16 x float>, ptr %1373, align 4
  %1375 = or disjoint i64 %1354, 352
  %1376 = getelementptr inbounds float, ptr %Vn, i64 %1375
  %1377 = load <16 x float>, ptr %1376, align 4
  %1378 = or disjoint i64 %1354, 128
  %1379 = getelementptr inbounds float, ptr %Vn, i64 %1378
  %1380 = load <16 x float>, ptr %1379, align 4
  %1381 = or disjoint i64 %1354, 384
  %1382 = getelementptr inbounds float, ptr %Vn, i64 %1381
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = or disjoint i64 %1354, 160
  %1385 = getelementptr inbounds float, ptr %Vn, i64 %1384
  %1386 = load <16 x float>, ptr %1385, align 4
  %1387 = or disjoint i64 %1354, 416
  %1388 = getelementptr inbounds float, ptr %Vn, i64 %1387
  %1389 = load <16 x float>, ptr %1388, align 4
  %1390 = or disjoint i64 %1354, 192
  %1391 = getelementptr inbounds float, ptr %Vn, i64 %1390
  %1392 = load <16 x float>, ptr %1391, align 4
  %1393 = or disjoint i64 %1354, 448
  %1394 = getelementptr inbounds float, ptr %Vn, i64 %1393
  %1395 = load <16 x float>, ptr %1394, align 4
  %1396 = or disjoint i64 %1354, 224
  %1397 = getelementptr inbounds float, ptr %Vn, i64 %1396
  %1398 = load <16 x float>, ptr %1397, align 4
  %1399 = or disjoint i64 %1354, 480
  %1400 = getelementptr inbounds float, ptr %Vn, i64 %1399
  %1401 = load <16 x float>, ptr %1400, align 4
  %1402 = shufflevector <16 x float> %1356, <16 x float> %1359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1403 = shufflevector <16 x float> %1380, <16 x float> %1383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1404 = shufflevector <16 x float> %1362, <16 x float> %1365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1405 = shufflevector <16 x float> %1386, <16 x float> %1389, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1406 = shufflevector <16 x float> %1368, <16 x float> %1371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1407 = shufflevector <16 x float> %1392, <16 x float> %1395, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1408 = shufflevector <16 x float> %1374, <16 x float> %1377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1409 = shufflevector <16 x float> %1398, <16 x float> %1401, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1410 = shufflevector <16 x float> %1356, <16 x float> %1359, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1411 = shufflevector <16 x float> %1380, <16 x float> %1383, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1412 = shufflevector <16 x float> %1362, <16 x float> %1365, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1413 = shufflevector <16 x float> %1386, <16 x float> %1389, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1414 = shufflevector <16 x float> %1368, <16 x float> %1371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1415 = shufflevector <16 x float> %1392, <16 x float> %1395, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1416 = shufflevector <16 x float> %1374, <16 x float> %1377, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1417 = shufflevector <16 x float> %1398, <16 x float> %1401, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1418 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1419 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1420 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1421 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1422 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1423 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1424 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1425 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1426 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1427 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1428 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1429 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1430 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1431 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1432 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1433 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1434 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1435 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1436 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1437 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1438 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1439 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1440 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1441 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1442 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1443 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1444 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1445 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1446 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1447 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1448 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1449 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1450 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1451 = shl nuw nsw i64 %j22.addr.02468, 7
  %1452 = add nuw nsw i64 %1451, %i29.addr.02469
  %1453 = getelementptr inbounds float, ptr %VnT, i64 %1452
  store <16 x float> %1450, ptr %1453, align 4
  %1454 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1455 = or disjoint i64 %1452, 128
  %1456 = getelementptr inbounds float, ptr %VnT, i64 %1455
  store <16 x float> %1454, ptr %1456, align 4
  %1457 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1458 = or disjoint i64 %1452, 256
  %1459 = getelementptr inbounds float, ptr %VnT, i64 %1458
  store <16 x float> %1457, ptr %1459, align 4
  %1460 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1461 = or disjoint i64 %1452, 384
  %1462 = getelementptr inbounds float, ptr %VnT, i64 %1461
  store <16 x float> %1460, ptr %1462, align 4
  %1463 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1464 = or disjoint i64 %1452, 512
  %1465 = getelementptr inbounds float, ptr %VnT, i64 %1464
  store <16 x float> %1463, ptr %1465, align 4
  %1466 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1467 = or disjoint i64 %1452, 640
  %1468 = getelementptr inbounds float, ptr %VnT, i64 %1467
  store <16 x float> %1466, ptr %1468, align 4
  %1469 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1470 = or disjoint i64 %1452, 768
  %1471 = getelementptr inbounds float, ptr %VnT, i64 %1470
  store <16 x float> %1469, ptr %1471, align 4
  %1472 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1473 = or disjoint i64 %1452, 896
  %1474 = getelementptr inbounds float, ptr %VnT, i64 %1473
  store <16 x float> %1472, ptr %1474, align 4
  %1475 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1476 = or disjoint i64 %1452, 1024
  %1477 = getelementptr inbounds float, ptr %VnT, i64 %1476
  store <16 x float> %1475, ptr %1477, align 4
  %1478 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1479 = or disjoint i64 %1452, 1152
  %1480 = getelementptr inbounds float, ptr %VnT, i64 %1479
  store <16 x float> %1478, ptr %1480, align 4
  %1481 = shufflevector <16 x float> %1444, <16 x float> %1445, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1482 = or disjoint i64 %1452, 1280
  %1483 = getelementptr inbounds float, ptr %VnT, i64 %1482
  store <16 x float> %1481, ptr %1483, align 4
  %1484 = shufflevector <16 x float> %1444, <16 x float> %1445, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1485 = or disjoint i64 %1452, 1408
  %1486 = getelementptr inbounds float, ptr %VnT, i64 %1485
  store <16 x float> %1484, ptr %1486, align 4
  %1487 = shufflevector <16 x float> %1446, <16 x float> %1447, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1488 = or disjoint i64 %1452, 1536
  %1489 = getelementptr inbounds float, ptr %VnT, i64 %1488
  store <16 x float> %1487, ptr %1489, align 4
  %1490 = shufflevector <16 x float> %1446, <16 x float> %1447, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1491 = or disjoint i64 %1452, 1664
  %1492 = getelementptr inbounds float, ptr %VnT, i64 %1491
  store <16 x float> %1490, ptr %1492, align 4
  %1493 = shufflevector <16 x float> %1448, <16 x float> %1449, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1494 = or disjoint i64 %1452, 1792
  %1495 = getelementptr inbounds float, ptr %VnT, i64 %1494
  store <16 x float> %1493, ptr %1495, align 4
  %1496 = shufflevector <16 x float> %1448, <16 x float> %1449, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1497 = or disjoint i64 %1452, 1920
  %1498 = getelementptr inbounds float, ptr %VnT, i64 %1497
  store <16 x float> %1496, ptr %1498, align 4
  br i1 %1353, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02469, 16
  %1499 = icmp ult i64 %i29.addr.02469, 112
  br i1 %1499, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02487 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1500 = shl nuw nsw i64 %i30.addr.02487, 5
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02486 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1519, %p6.body ]
  %acc33.02485 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1520, %p6.body ]
  %acc34.02484 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1521, %p6.body ]
  %acc35.02483 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1522, %p6.body ]
  %acc36.02482 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1528, %p6.body ]
  %acc37.02481 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1529, %p6.body ]
  %acc38.02480 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1530, %p6.body ]
  %acc39.02479 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1531, %p6.body ]
  %acc40.02478 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1537, %p6.body ]
  %acc41.02477 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1538, %p6.body ]
  %acc42.02476 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1539, %p6.body ]
  %acc43.02475 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1540, %p6.body ]
  %acc44.02474 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1546, %p6.body ]
  %acc45.02473 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1547, %p6.body ]
  %acc46.02472 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1548, %p6.body ]
  %acc47.02471 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1549, %p6.body ]
  %p6.addr.02470 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1501 = shl nuw nsw i64 %p6.addr.02470, 6
  %1502 = getelementptr inbounds float, ptr %QcT, i64 %1501
  %1503 = load <16 x float>, ptr %1502, align 4
  %1504 = or disjoint i64 %1501, 16
  %1505 = getelementptr inbounds float, ptr %QcT, i64 %1504
  %1506 = load <16 x float>, ptr %1505, align 4
  %1507 = or disjoint i64 %1501, 32
  %1508 = getelementptr inbounds float, ptr %QcT, i64 %1507
  %1509 = load <16 x float>, ptr %1508, align 4
  %1510 = or disjoint i64 %1501, 48
  %1511 = getelementptr inbounds float, ptr %QcT, i64 %1510
  %1512 = load <16 x float>, ptr %1511, align 4
  %1513 = add nuw nsw i64 %p6.addr.02470, %1500
  %1514 = or disjoint i64 %1513, 4096
  %1515 = getelementptr inbounds float, ptr %Bk, i64 %1514
  %1516 = load float, ptr %1515, align 4
  %1517 = insertelement <16 x float> poison, float %1516, i64 0
  %1518 = shufflevector <16 x float> %1517, <16 x float> poison, <16 x i32> zeroinitializer
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1503, <16 x float> %acc32.02486)
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1506, <16 x float> %acc33.02485)
  %1521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1509, <16 x float> %acc34.02484)
  %1522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1512, <16 x float> %acc35.02483)
  %1523 = or disjoint i64 %1513, 4128
  %1524 = getelementptr inbounds float, ptr %Bk, i64 %1523
  %1525 = load float, ptr %1524, align 4
  %1526 = insertelement <16 x float> poison, float %1525, i64 0
  %1527 = shufflevector <16 x float> %1526, <16 x float> poison, <16 x i32> zeroinitializer
  %1528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1503, <16 x float> %acc36.02482)
  %1529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1506, <16 x float> %acc37.02481)
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1509, <16 x float> %acc38.02480)
  %1531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1512, <16 x float> %acc39.02479)
  %1532 = or disjoint i64 %1513, 4160
  %1533 = getelementptr inbounds float, ptr %Bk, i64 %1532
  %1534 = load float, ptr %1533, align 4
  %1535 = insertelement <16 x float> poison, float %1534, i64 0
  %1536 = shufflevector <16 x float> %1535, <16 x float> poison, <16 x i32> zeroinitializer
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1503, <16 x float> %acc40.02478)
  %1538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1506, <16 x float> %acc41.02477)
  %1539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1509, <16 x float> %acc42.02476)
  %1540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1512, <16 x float> %acc43.02475)
  %1541 = or disjoint i64 %1513, 4192
  %1542 = getelementptr inbounds float, ptr %Bk, i64 %1541
  %1543 = load float, ptr %1542, align 4
  %1544 = insertelement <16 x float> poison, float %1543, i64 0
  %1545 = shufflevector <16 x float> %1544, <16 x float> poison, <16 x i32> zeroinitializer
  %1546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1503, <16 x float> %acc44.02474)
  %1547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1506, <16 x float> %acc45.02473)
  %1548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1509, <16 x float> %acc46.02472)
  %1549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1512, <16 x float> %acc47.02471)
  %p6.next = add nuw nsw i64 %p6.addr.02470, 1
  %exitcond2891.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2891.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1550 = shl nuw nsw i64 %i30.addr.02487, 6
  %1551 = getelementptr inbounds float, ptr %PT, i64 %1550
  store <16 x float> %1519, ptr %1551, align 4
  %1552 = or disjoint i64 %1550, 16
  %1553 = getelementptr inbounds float, ptr %PT, i64 %1552
  store <16 x float> %1520, ptr %1553, align 4
  %1554 = or disjoint i64 %1550, 32
  %1555 = getelementptr inbounds float, ptr %PT, i64 %1554
  store <16 x float> %1521, ptr %1555, align 4
  %1556 = or disjoint i64 %1550, 48
  %1557 = getelementptr inbounds float, ptr %PT, i64 %1556
  store <16 x float> %1522, ptr %1557, align 4
  %1558 = or disjoint i64 %1550, 64
  %1559 = getelementptr inbounds float, ptr %PT, i64 %1558
  store <16 x float> %1528, ptr %1559, align 4
  %1560 = or disjoint i64 %1550, 80
  %1561 = getelementptr inbounds float, ptr %PT, i64 %1560
  store <16 x float> %1529, ptr %1561, align 4
  %1562 = or disjoint i64 %1550, 96
  %1563 = getelementptr inbounds float, ptr %PT, i64 %1562
  store <16 x float> %1530, ptr %1563, align 4
  %1564 = or disjoint i64 %1550, 112
  %1565 = getelementptr inbounds float, ptr %PT, i64 %1564
  store <16 x float> %1531, ptr %1565, align 4
  %1566 = or disjoint i64 %1550, 128
  %1567 = getelementptr inbounds float, ptr %PT, i64 %1566
  store <16 x float> %1537, ptr %1567, align 4
  %1568 = or disjoint i64 %1550, 144
  %1569 = getelementptr inbounds float, ptr %PT, i64 %1568
  store <16 x float> %1538, ptr %1569, align 4
  %1570 = or disjoint i64 %1550, 160
  %1571 = getelementptr inbounds float, ptr %PT, i64 %1570
  store <16 x float> %1539, ptr %1571, align 4
  %1572 = or disjoint i64 %1550, 176
  %1573 = getelementptr inbounds float, ptr %PT, i64 %1572
  store <16 x float> %1540, ptr %1573, align 4
  %1574 = or disjoint i64 %1550, 192
  %1575 = getelementptr inbounds float, ptr %PT, i64 %1574
  store <16 x float> %1546, ptr %1575, align 4
  %1576 = or disjoint i64 %1550, 208
  %1577 = getelementptr inbounds float, ptr %PT, i64 %1576
  store <16 x float> %1547, ptr %1577, align 4
  %1578 = or disjoint i64 %1550, 224
  %1579 = getelementptr inbounds float, ptr %PT, i64 %1578
  store <16 x float> %1548, ptr %1579, align 4
  %1580 = or disjoint i64 %1550, 240
  %1581 = getelementptr inbounds float, ptr %PT, i64 %1580
  store <16 x float> %1549, ptr %1581, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02487, 4
  %1582 = icmp ult i64 %i30.addr.02487, 124
  br i1 %1582, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t2.addr.02490 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx2672 = shl nsw i64 %t2.addr.02490, 9
  %1583 = getelementptr inbounds i8, ptr %PT, i64 %.idx2672
  %1584 = load <16 x float>, ptr %1583, align 4
  %.idx2673 = shl nsw i64 %t2.addr.02490, 8
  %1585 = getelementptr inbounds i8, ptr %M, i64 %.idx2673
  %1586 = load <16 x float>, ptr %1585, align 4
  %1587 = fmul <16 x float> %1584, %1586
  store <16 x float> %1587, ptr %1583, align 4
  %1588 = getelementptr inbounds i8, ptr %25, i64 %.idx2672
  %1589 = load <16 x float>, ptr %1588, align 4
  %1590 = getelementptr inbounds i8, ptr %26, i64 %.idx2673
  %1591 = load <16 x float>, ptr %1590, align 4
  %1592 = fmul <16 x float> %1589, %1591
  store <16 x float> %1592, ptr %1588, align 4
  %1593 = getelementptr inbounds i8, ptr %27, i64 %.idx2672
  %1594 = load <16 x float>, ptr %1593, align 4
  %1595 = getelementptr inbounds i8, ptr %28, i64 %.idx2673
  %1596 = load <16 x float>, ptr %1595, align 4
  %1597 = fmul <16 x float> %1594, %1596
  store <16 x float> %1597, ptr %1593, align 4
  %1598 = getelementptr inbounds i8, ptr %29, i64 %.idx2672
  %1599 = load <16 x float>, ptr %1598, align 4
  %1600 = getelementptr inbounds i8, ptr %30, i64 %.idx2673
  %1601 = load <16 x float>, ptr %1600, align 4
  %1602 = fmul <16 x float> %1599, %1601
  store <16 x float> %1602, ptr %1598, align 4
  %1603 = getelementptr inbounds i8, ptr %1583, i64 256
  %1604 = load <16 x float>, ptr %1603, align 4
  %1605 = load <16 x float>, ptr %1585, align 4
  %1606 = fmul <16 x float> %1604, %1605
  store <16 x float> %1606, ptr %1603, align 4
  %1607 = getelementptr inbounds i8, ptr %1588, i64 256
  %1608 = load <16 x float>, ptr %1607, align 4
  %1609 = load <16 x float>, ptr %1590, align 4
  %1610 = fmul <16 x float> %1608, %1609
  store <16 x float> %1610, ptr %1607, align 4
  %1611 = getelementptr inbounds i8, ptr %1593, i64 256
  %1612 = load <16 x float>, ptr %1611, align 4
  %1613 = load <16 x float>, ptr %1595, align 4
  %1614 = fmul <16 x float> %1612, %1613
  store <16 x float> %1614, ptr %1611, align 4
  %1615 = getelementptr inbounds i8, ptr %1598, i64 256
  %1616 = load <16 x float>, ptr %1615, align 4
  %1617 = load <16 x float>, ptr %1600, align 4
  %1618 = fmul <16 x float> %1616, %1617
  store <16 x float> %1618, ptr %1615, align 4
  %t2.next = or disjoint i64 %t2.addr.02490, 1
  %.idx2672.1 = shl nsw i64 %t2.next, 9
  %1619 = getelementptr inbounds i8, ptr %PT, i64 %.idx2672.1
  %1620 = load <16 x float>, ptr %1619, align 4
  %.idx2673.1 = shl nsw i64 %t2.next, 8
  %1621 = getelementptr inbounds i8, ptr %M, i64 %.idx2673.1
  %1622 = load <16 x float>, ptr %1621, align 4
  %1623 = fmul <16 x float> %1620, %1622
  store <16 x float> %1623, ptr %1619, align 4
  %1624 = getelementptr inbounds i8, ptr %25, i64 %.idx2672.1
  %1625 = load <16 x float>, ptr %1624, align 4
  %1626 = getelementptr inbounds i8, ptr %26, i64 %.idx2673.1
  %1627 = load <16 x float>, ptr %1626, align 4
  %1628 = fmul <16 x float> %1625, %1627
  store <16 x float> %1628, ptr %1624, align 4
  %1629 = getelementptr inbounds i8, ptr %27, i64 %.idx2672.1
  %1630 = load <16 x float>, ptr %1629, align 4
  %1631 = getelementptr inbounds i8, ptr %28, i64 %.idx2673.1
  %1632 = load <16 x float>, ptr %1631, align 4
  %1633 = fmul <16 x float> %1630, %1632
  store <16 x float> %1633, ptr %1629, align 4
  %1634 = getelementptr inbounds i8, ptr %29, i64 %.idx2672.1
  %1635 = load <16 x float>, ptr %1634, align 4
  %1636 = getelementptr inbounds i8, ptr %30, i64 %.idx2673.1
  %1637 = load <16 x float>, ptr %1636, align 4
  %1638 = fmul <16 x float> %1635, %1637
  store <16 x float> %1638, ptr %1634, align 4
  %1639 = getelementptr inbounds i8, ptr %1619, i64 256
  %1640 = load <16 x float>, ptr %1639, align 4
  %1641 = load <16 x float>, ptr %1621, align 4
  %1642 = fmul <16 x float> %1640, %1641
  store <16 x float> %1642, ptr %1639, align 4
  %1643 = getelementptr inbounds i8, ptr %1624, i64 256
  %1644 = load <16 x float>, ptr %1643, align 4
  %1645 = load <16 x float>, ptr %1626, align 4
  %1646 = fmul <16 x float> %1644, %1645
  store <16 x float> %1646, ptr %1643, align 4
  %1647 = getelementptr inbounds i8, ptr %1629, i64 256
  %1648 = load <16 x float>, ptr %1647, align 4
  %1649 = load <16 x float>, ptr %1631, align 4
  %1650 = fmul <16 x float> %1648, %1649
  store <16 x float> %1650, ptr %1647, align 4
  %1651 = getelementptr inbounds i8, ptr %1634, i64 256
  %1652 = load <16 x float>, ptr %1651, align 4
  %1653 = load <16 x float>, ptr %1636, align 4
  %1654 = fmul <16 x float> %1652, %1653
  store <16 x float> %1654, ptr %1651, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02490, 2
  %exitcond2892.not.1 = icmp eq i64 %t2.next.1, 64
  br i1 %exitcond2892.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02492 = phi i64 [ %i33.next.7, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2676 = shl nsw i64 %i33.addr.02492, 8
  %gep3123 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676
  %1655 = load <16 x float>, ptr %gep3123, align 4
  %.idx2677 = shl nsw i64 %i33.addr.02492, 7
  %gep3125 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677
  store <16 x float> %1655, ptr %gep3125, align 4
  %gep3127 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676
  %1656 = load <16 x float>, ptr %gep3127, align 4
  %gep3129 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677
  store <16 x float> %1656, ptr %gep3129, align 4
  %i33.next = or disjoint i64 %i33.addr.02492, 1
  %.idx2676.1 = shl nsw i64 %i33.next, 8
  %gep3123.1 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.1
  %1657 = load <16 x float>, ptr %gep3123.1, align 4
  %.idx2677.1 = shl nsw i64 %i33.next, 7
  %gep3125.1 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.1
  store <16 x float> %1657, ptr %gep3125.1, align 4
  %gep3127.1 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.1
  %1658 = load <16 x float>, ptr %gep3127.1, align 4
  %gep3129.1 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.1
  store <16 x float> %1658, ptr %gep3129.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02492, 2
  %.idx2676.2 = shl nsw i64 %i33.next.1, 8
  %gep3123.2 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.2
  %1659 = load <16 x float>, ptr %gep3123.2, align 4
  %.idx2677.2 = shl nsw i64 %i33.next.1, 7
  %gep3125.2 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.2
  store <16 x float> %1659, ptr %gep3125.2, align 4
  %gep3127.2 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.2
  %1660 = load <16 x float>, ptr %gep3127.2, align 4
  %gep3129.2 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.2
  store <16 x float> %1660, ptr %gep3129.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02492, 3
  %.idx2676.3 = shl nsw i64 %i33.next.2, 8
  %gep3123.3 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.3
  %1661 = load <16 x float>, ptr %gep3123.3, align 4
  %.idx2677.3 = shl nsw i64 %i33.next.2, 7
  %gep3125.3 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.3
  store <16 x float> %1661, ptr %gep3125.3, align 4
  %gep3127.3 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.3
  %1662 = load <16 x float>, ptr %gep3127.3, align 4
  %gep3129.3 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.3
  store <16 x float> %1662, ptr %gep3129.3, align 4
  %i33.next.3 = or disjoint i64 %i33.addr.02492, 4
  %.idx2676.4 = shl nsw i64 %i33.next.3, 8
  %gep3123.4 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.4
  %1663 = load <16 x float>, ptr %gep3123.4, align 4
  %.idx2677.4 = shl nsw i64 %i33.next.3, 7
  %gep3125.4 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.4
  store <16 x float> %1663, ptr %gep3125.4, align 4
  %gep3127.4 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.4
  %1664 = load <16 x float>, ptr %gep3127.4, align 4
  %gep3129.4 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.4
  store <16 x float> %1664, ptr %gep3129.4, align 4
  %i33.next.4 = or disjoint i64 %i33.addr.02492, 5
  %.idx2676.5 = shl nsw i64 %i33.next.4, 8
  %gep3123.5 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.5
  %1665 = load <16 x float>, ptr %gep3123.5, align 4
  %.idx2677.5 = shl nsw i64 %i33.next.4, 7
  %gep3125.5 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.5
  store <16 x float> %1665, ptr %gep3125.5, align 4
  %gep3127.5 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.5
  %1666 = load <16 x float>, ptr %gep3127.5, align 4
  %gep3129.5 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.5
  store <16 x float> %1666, ptr %gep3129.5, align 4
  %i33.next.5 = or disjoint i64 %i33.addr.02492, 6
  %.idx2676.6 = shl nsw i64 %i33.next.5, 8
  %gep3123.6 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.6
  %1667 = load <16 x float>, ptr %gep3123.6, align 4
  %.idx2677.6 = shl nsw i64 %i33.next.5, 7
  %gep3125.6 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.6
  store <16 x float> %1667, ptr %gep3125.6, align 4
  %gep3127.6 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.6
  %1668 = load <16 x float>, ptr %gep3127.6, align 4
  %gep3129.6 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.6
  store <16 x float> %1668, ptr %gep3129.6, align 4
  %i33.next.6 = or disjoint i64 %i33.addr.02492, 7
  %.idx2676.7 = shl nsw i64 %i33.next.6, 8
  %gep3123.7 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.7
  %1669 = load <16 x float>, ptr %gep3123.7, align 4
  %.idx2677.7 = shl nsw i64 %i33.next.6, 7
  %gep3125.7 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.7
  store <16 x float> %1669, ptr %gep3125.7, align 4
  %gep3127.7 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.7
  %1670 = load <16 x float>, ptr %gep3127.7, align 4
  %gep3129.7 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.7
  store <16 x float> %1670, ptr %gep3129.7, align 4
  %i33.next.7 = add nuw nsw i64 %i33.addr.02492, 8
  %exitcond2895.not.7 = icmp eq i64 %i33.next.7, 128
  br i1 %exitcond2895.not.7, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02510 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2379 = shl nuw nsw i64 %i34.addr.02510, 7
  %1671 = getelementptr inbounds i8, ptr %OY, i64 %.idx2379
  %1672 = getelementptr inbounds i8, ptr %1671, i64 8192
  %1673 = load <16 x float>, ptr %1672, align 4
  %1674 = getelementptr inbounds i8, ptr %1671, i64 8256
  %1675 = load <16 x float>, ptr %1674, align 4
  %1676 = or disjoint i64 %i34.addr.02510, 1
  %.idx2380 = shl nuw nsw i64 %1676, 7
  %1677 = getelementptr inbounds i8, ptr %OY, i64 %.idx2380
  %1678 = getelementptr inbounds i8, ptr %1677, i64 8192
  %1679 = load <16 x float>, ptr %1678, align 4
  %1680 = getelementptr inbounds i8, ptr %1677, i64 8256
  %1681 = load <16 x float>, ptr %1680, align 4
  %1682 = or disjoint i64 %i34.addr.02510, 2
  %.idx2381 = shl nuw nsw i64 %1682, 7
  %1683 = getelementptr inbounds i8, ptr %OY, i64 %.idx2381
  %1684 = getelementptr inbounds i8, ptr %1683, i64 8192
  %1685 = load <16 x float>, ptr %1684, align 4
  %1686 = getelementptr inbounds i8, ptr %1683, i64 8256
  %1687 = load <16 x float>, ptr %1686, align 4
  %1688 = or disjoint i64 %i34.addr.02510, 3
  %.idx2382 = shl nuw nsw i64 %1688, 7
  %1689 = getelementptr inbounds i8, ptr %OY, i64 %.idx2382
  %1690 = getelementptr inbounds i8, ptr %1689, i64 8192
  %1691 = load <16 x float>, ptr %1690, align 4
  %1692 = getelementptr inbounds i8, ptr %1689, i64 8256
  %1693 = load <16 x float>, ptr %1692, align 4
  %1694 = or disjoint i64 %i34.addr.02510, 4
  %.idx2383 = shl nuw nsw i64 %1694, 7
  %1695 = getelementptr inbounds i8, ptr %OY, i64 %.idx2383
  %1696 = getelementptr inbounds i8, ptr %1695, i64 8192
  %1697 = load <16 x float>, ptr %1696, align 4
  %1698 = getelementptr inbounds i8, ptr %1695, i64 8256
  %1699 = load <16 x float>, ptr %1698, align 4
  %1700 = or disjoint i64 %i34.addr.02510, 5
  %.idx2384 = shl nuw nsw i64 %1700, 7
  %1701 = getelementptr inbounds i8, ptr %OY, i64 %.idx2384
  %1702 = getelementptr inbounds i8, ptr %1701, i64 8192
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = getelementptr inbounds i8, ptr %1701, i64 8256
  %1705 = load <16 x float>, ptr %1704, align 4
  %1706 = or disjoint i64 %i34.addr.02510, 6
  %.idx2385 = shl nuw nsw i64 %1706, 7
  %1707 = getelementptr inbounds i8, ptr %OY, i64 %.idx2385
  %1708 = getelementptr inbounds i8, ptr %1707, i64 8192
  %1709 = load <16 x float>, ptr %1708, align 4
  %1710 = getelementptr inbounds i8, ptr %1707, i64 8256
  %1711 = load <16 x float>, ptr %1710, align 4
  %1712 = or disjoint i64 %i34.addr.02510, 7
  %.idx2386 = shl nuw nsw i64 %1712, 7
  %1713 = getelementptr inbounds i8, ptr %OY, i64 %.idx2386
  %1714 = getelementptr inbounds i8, ptr %1713, i64 8192
  %1715 = load <16 x float>, ptr %1714, align 4
  %1716 = getelementptr inbounds i8, ptr %1713, i64 8256
  %1717 = load <16 x float>, ptr %1716, align 4
  %.idx2678 = shl nsw i64 %i34.addr.02510, 8
  %.idx2679 = shl nsw i64 %1676, 8
  %.idx2680 = shl nsw i64 %1682, 8
  %.idx2681 = shl nsw i64 %1688, 8
  %.idx2682 = shl nsw i64 %1694, 8
  %.idx2683 = shl nsw i64 %1700, 8
  %.idx2684 = shl nsw i64 %1706, 8
  %.idx2685 = shl nsw i64 %1712, 8
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %p7.addr.02509 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc63.02508 = phi <16 x float> [ %1717, %i34.body ], [ %1772, %p7.body ]
  %acc62.02507 = phi <16 x float> [ %1715, %i34.body ], [ %1771, %p7.body ]
  %acc61.02506 = phi <16 x float> [ %1711, %i34.body ], [ %1766, %p7.body ]
  %acc60.02505 = phi <16 x float> [ %1709, %i34.body ], [ %1765, %p7.body ]
  %acc59.02504 = phi <16 x float> [ %1705, %i34.body ], [ %1760, %p7.body ]
  %acc58.02503 = phi <16 x float> [ %1703, %i34.body ], [ %1759, %p7.body ]
  %acc57.02502 = phi <16 x float> [ %1699, %i34.body ], [ %1754, %p7.body ]
  %acc56.02501 = phi <16 x float> [ %1697, %i34.body ], [ %1753, %p7.body ]
  %acc55.02500 = phi <16 x float> [ %1693, %i34.body ], [ %1748, %p7.body ]
  %acc54.02499 = phi <16 x float> [ %1691, %i34.body ], [ %1747, %p7.body ]
  %acc53.02498 = phi <16 x float> [ %1687, %i34.body ], [ %1742, %p7.body ]
  %acc52.02497 = phi <16 x float> [ %1685, %i34.body ], [ %1741, %p7.body ]
  %acc51.02496 = phi <16 x float> [ %1681, %i34.body ], [ %1736, %p7.body ]
  %acc50.02495 = phi <16 x float> [ %1679, %i34.body ], [ %1735, %p7.body ]
  %acc49.02494 = phi <16 x float> [ %1675, %i34.body ], [ %1730, %p7.body ]
  %acc48.02493 = phi <16 x float> [ %1673, %i34.body ], [ %1729, %p7.body ]
  %1718 = shl nuw nsw i64 %p7.addr.02509, 5
  %1719 = getelementptr inbounds float, ptr %OY, i64 %1718
  %1720 = load <16 x float>, ptr %1719, align 4
  %1721 = or disjoint i64 %1718, 16
  %1722 = getelementptr inbounds float, ptr %OY, i64 %1721
  %1723 = load <16 x float>, ptr %1722, align 4
  %1724 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02509
  %1725 = getelementptr inbounds i8, ptr %1724, i64 %.idx2678
  %1726 = load float, ptr %1725, align 4
  %1727 = insertelement <16 x float> poison, float %1726, i64 0
  %1728 = shufflevector <16 x float> %1727, <16 x float> poison, <16 x i32> zeroinitializer
  %1729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1728, <16 x float> %1720, <16 x float> %acc48.02493)
  %1730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1728, <16 x float> %1723, <16 x float> %acc49.02494)
  %1731 = getelementptr inbounds i8, ptr %1724, i64 %.idx2679
  %1732 = load float, ptr %1731, align 4
  %1733 = insertelement <16 x float> poison, float %1732, i64 0
  %1734 = shufflevector <16 x float> %1733, <16 x float> poison, <16 x i32> zeroinitializer
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1720, <16 x float> %acc50.02495)
  %1736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1723, <16 x float> %acc51.02496)
  %1737 = getelementptr inbounds i8, ptr %1724, i64 %.idx2680
  %1738 = load float, ptr %1737, align 4
  %1739 = insertelement <16 x float> poison, float %1738, i64 0
  %1740 = shufflevector <16 x float> %1739, <16 x float> poison, <16 x i32> zeroinitializer
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1720, <16 x float> %acc52.02497)
  %1742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1723, <16 x float> %acc53.02498)
  %1743 = getelementptr inbounds i8, ptr %1724, i64 %.idx2681
  %1744 = load float, ptr %1743, align 4
  %1745 = insertelement <16 x float> poison, float %1744, i64 0
  %1746 = shufflevector <16 x float> %1745, <16 x float> poison, <16 x i32> zeroinitializer
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1720, <16 x float> %acc54.02499)
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1723, <16 x float> %acc55.02500)
  %1749 = getelementptr inbounds i8, ptr %1724, i64 %.idx2682
  %1750 = load float, ptr %1749, align 4
  %1751 = insertelement <16 x float> poison, float %1750, i64 0
  %1752 = shufflevector <16 x float> %1751, <16 x float> poison, <16 x i32> zeroinitializer
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1720, <16 x float> %acc56.02501)
  %1754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1723, <16 x float> %acc57.02502)
  %1755 = getelementptr inbounds i8, ptr %1724, i64 %.idx2683
  %1756 = load float, ptr %1755, align 4
  %1757 = insertelement <16 x float> poison, float %1756, i64 0
  %1758 = shufflevector <16 x float> %1757, <16 x float> poison, <16 x i32> zeroinitializer
  %1759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1720, <16 x float> %acc58.02503)
  %1760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1723, <16 x float> %acc59.02504)
  %1761 = getelementptr inbounds i8, ptr %1724, i64 %.idx2684
  %1762 = load float, ptr %1761, align 4
  %1763 = insertelement <16 x float> poison, float %1762, i64 0
  %1764 = shufflevector <16 x float> %1763, <16 x float> poison, <16 x i32> zeroinitializer
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1720, <16 x float> %acc60.02505)
  %1766 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1723, <16 x float> %acc61.02506)
  %1767 = getelementptr inbounds i8, ptr %1724, i64 %.idx2685
  %1768 = load float, ptr %1767, align 4
  %1769 = insertelement <16 x float> poison, float %1768, i64 0
  %1770 = shufflevector <16 x float> %1769, <16 x float> poison, <16 x i32> zeroinitializer
  %1771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1770, <16 x float> %1720, <16 x float> %acc62.02507)
  %1772 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1770, <16 x float> %1723, <16 x float> %acc63.02508)
  %p7.next = add nuw nsw i64 %p7.addr.02509, 1
  %exitcond2896.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond2896.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1729, ptr %1672, align 4
  store <16 x float> %1730, ptr %1674, align 4
  store <16 x float> %1735, ptr %1678, align 4
  store <16 x float> %1736, ptr %1680, align 4
  store <16 x float> %1741, ptr %1684, align 4
  store <16 x float> %1742, ptr %1686, align 4
  store <16 x float> %1747, ptr %1690, align 4
  store <16 x float> %1748, ptr %1692, align 4
  store <16 x float> %1753, ptr %1696, align 4
  store <16 x float> %1754, ptr %1698, align 4
  store <16 x float> %1759, ptr %1702, align 4
  store <16 x float> %1760, ptr %1704, align 4
  store <16 x float> %1765, ptr %1708, align 4
  store <16 x float> %1766, ptr %1710, align 4
  store <16 x float> %1771, ptr %1714, align 4
  store <16 x float> %1772, ptr %1716, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02510, 8
  %1773 = icmp ult i64 %i34.addr.02510, 120
  br i1 %1773, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02528 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1774 = shl nuw nsw i64 %i35.addr.02528, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02527 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc79.02526 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1822, %p8.body ]
  %acc78.02525 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1821, %p8.body ]
  %acc77.02524 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1820, %p8.body ]
  %acc76.02523 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1819, %p8.body ]
  %acc75.02522 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1813, %p8.body ]
  %acc74.02521 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1812, %p8.body ]
  %acc73.02520 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1811, %p8.body ]
  %acc72.02519 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1810, %p8.body ]
  %acc71.02518 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1804, %p8.body ]
  %acc70.02517 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1803, %p8.body ]
  %acc69.02516 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1802, %p8.body ]
  %acc68.02515 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1801, %p8.body ]
  %acc67.02514 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1795, %p8.body ]
  %acc66.02513 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1794, %p8.body ]
  %acc65.02512 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1793, %p8.body ]
  %acc64.02511 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1792, %p8.body ]
  %1775 = shl nuw nsw i64 %p8.addr.02527, 6
  %1776 = getelementptr inbounds float, ptr %dOT, i64 %1775
  %1777 = load <16 x float>, ptr %1776, align 4
  %1778 = or disjoint i64 %1775, 16
  %1779 = getelementptr inbounds float, ptr %dOT, i64 %1778
  %1780 = load <16 x float>, ptr %1779, align 4
  %1781 = or disjoint i64 %1775, 32
  %1782 = getelementptr inbounds float, ptr %dOT, i64 %1781
  %1783 = load <16 x float>, ptr %1782, align 4
  %1784 = or disjoint i64 %1775, 48
  %1785 = getelementptr inbounds float, ptr %dOT, i64 %1784
  %1786 = load <16 x float>, ptr %1785, align 4
  %1787 = add nuw nsw i64 %p8.addr.02527, %1774
  %1788 = getelementptr inbounds float, ptr %Vn, i64 %1787
  %1789 = load float, ptr %1788, align 4
  %1790 = insertelement <16 x float> poison, float %1789, i64 0
  %1791 = shufflevector <16 x float> %1790, <16 x float> poison, <16 x i32> zeroinitializer
  %1792 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1777, <16 x float> %acc64.02511)
  %1793 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1780, <16 x float> %acc65.02512)
  %1794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1783, <16 x float> %acc66.02513)
  %1795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1786, <16 x float> %acc67.02514)
  %1796 = or disjoint i64 %1787, 32
  %1797 = getelementptr inbounds float, ptr %Vn, i64 %1796
  %1798 = load float, ptr %1797, align 4
  %1799 = insertelement <16 x float> poison, float %1798, i64 0
  %1800 = shufflevector <16 x float> %1799, <16 x float> poison, <16 x i32> zeroinitializer
  %1801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1777, <16 x float> %acc68.02515)
  %1802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1780, <16 x float> %acc69.02516)
  %1803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1783, <16 x float> %acc70.02517)
  %1804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1786, <16 x float> %acc71.02518)
  %1805 = or disjoint i64 %1787, 64
  %1806 = getelementptr inbounds float, ptr %Vn, i64 %1805
  %1807 = load float, ptr %1806, align 4
  %1808 = insertelement <16 x float> poison, float %1807, i64 0
  %1809 = shufflevector <16 x float> %1808, <16 x float> poison, <16 x i32> zeroinitializer
  %1810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1777, <16 x float> %acc72.02519)
  %1811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1780, <16 x float> %acc73.02520)
  %1812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1783, <16 x float> %acc74.02521)
  %1813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1786, <16 x float> %acc75.02522)
  %1814 = or disjoint i64 %1787, 96
  %1815 = getelementptr inbounds float, ptr %Vn, i64 %1814
  %1816 = load float, ptr %1815, align 4
  %1817 = insertelement <16 x float> poison, float %1816, i64 0
  %1818 = shufflevector <16 x float> %1817, <16 x float> poison, <16 x i32> zeroinitializer
  %1819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1777, <16 x float> %acc76.02523)
  %1820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1780, <16 x float> %acc77.02524)
  %1821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1783, <16 x float> %acc78.02525)
  %1822 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1786, <16 x float> %acc79.02526)
  %p8.next = add nuw nsw i64 %p8.addr.02527, 1
  %exitcond2897.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2897.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1823 = shl nuw nsw i64 %i35.addr.02528, 8
  %1824 = or disjoint i64 %1823, 64
  %1825 = getelementptr inbounds float, ptr %Ak, i64 %1824
  store <16 x float> %1792, ptr %1825, align 4
  %1826 = or disjoint i64 %1823, 80
  %1827 = getelementptr inbounds float, ptr %Ak, i64 %1826
  store <16 x float> %1793, ptr %1827, align 4
  %1828 = or disjoint i64 %1823, 96
  %1829 = getelementptr inbounds float, ptr %Ak, i64 %1828
  store <16 x float> %1794, ptr %1829, align 4
  %1830 = or disjoint i64 %1823, 112
  %1831 = getelementptr inbounds float, ptr %Ak, i64 %1830
  store <16 x float> %1795, ptr %1831, align 4
  %1832 = or disjoint i64 %1823, 320
  %1833 = getelementptr inbounds float, ptr %Ak, i64 %1832
  store <16 x float> %1801, ptr %1833, align 4
  %1834 = or disjoint i64 %1823, 336
  %1835 = getelementptr inbounds float, ptr %Ak, i64 %1834
  store <16 x float> %1802, ptr %1835, align 4
  %1836 = or disjoint i64 %1823, 352
  %1837 = getelementptr inbounds float, ptr %Ak, i64 %1836
  store <16 x float> %1803, ptr %1837, align 4
  %1838 = or disjoint i64 %1823, 368
  %1839 = getelementptr inbounds float, ptr %Ak, i64 %1838
  store <16 x float> %1804, ptr %1839, align 4
  %1840 = or disjoint i64 %1823, 576
  %1841 = getelementptr inbounds float, ptr %Ak, i64 %1840
  store <16 x float> %1810, ptr %1841, align 4
  %1842 = or disjoint i64 %1823, 592
  %1843 = getelementptr inbounds float, ptr %Ak, i64 %1842
  store <16 x float> %1811, ptr %1843, align 4
  %1844 = or disjoint i64 %1823, 608
  %1845 = getelementptr inbounds float, ptr %Ak, i64 %1844
  store <16 x float> %1812, ptr %1845, align 4
  %1846 = or disjoint i64 %1823, 624
  %1847 = getelementptr inbounds float, ptr %Ak, i64 %1846
  store <16 x float> %1813, ptr %1847, align 4
  %1848 = or disjoint i64 %1823, 832
  %1849 = getelementptr inbounds float, ptr %Ak, i64 %1848
  store <16 x float> %1819, ptr %1849, align 4
  %1850 = or disjoint i64 %1823, 848
  %1851 = getelementptr inbounds float, ptr %Ak, i64 %1850
  store <16 x float> %1820, ptr %1851, align 4
  %1852 = or disjoint i64 %1823, 864
  %1853 = getelementptr inbounds float, ptr %Ak, i64 %1852
  store <16 x float> %1821, ptr %1853, align 4
  %1854 = or disjoint i64 %1823, 880
  %1855 = getelementptr inbounds float, ptr %Ak, i64 %1854
  store <16 x float> %1822, ptr %1855, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02528, 4
  %1856 = icmp ult i64 %i35.addr.02528, 124
  br i1 %1856, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t3.addr.02531 = phi i64 [ %t3.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx2686 = shl nsw i64 %t3.addr.02531, 11
  %1857 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2686
  %1858 = getelementptr inbounds i8, ptr %1857, i64 256
  %1859 = load <16 x float>, ptr %1858, align 4
  %.idx2687 = shl nsw i64 %t3.addr.02531, 8
  %1860 = getelementptr inbounds i8, ptr %M, i64 %.idx2687
  %1861 = load <16 x float>, ptr %1860, align 4
  %1862 = fmul <16 x float> %1859, %1861
  store <16 x float> %1862, ptr %1858, align 4
  %1863 = getelementptr inbounds i8, ptr %31, i64 %.idx2686
  %1864 = getelementptr inbounds i8, ptr %1863, i64 256
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = getelementptr inbounds i8, ptr %26, i64 %.idx2687
  %1867 = load <16 x float>, ptr %1866, align 4
  %1868 = fmul <16 x float> %1865, %1867
  store <16 x float> %1868, ptr %1864, align 4
  %1869 = getelementptr inbounds i8, ptr %32, i64 %.idx2686
  %1870 = getelementptr inbounds i8, ptr %1869, i64 256
  %1871 = load <16 x float>, ptr %1870, align 4
  %1872 = getelementptr inbounds i8, ptr %28, i64 %.idx2687
  %1873 = load <16 x float>, ptr %1872, align 4
  %1874 = fmul <16 x float> %1871, %1873
  store <16 x float> %1874, ptr %1870, align 4
  %1875 = getelementptr inbounds i8, ptr %33, i64 %.idx2686
  %1876 = getelementptr inbounds i8, ptr %1875, i64 256
  %1877 = load <16 x float>, ptr %1876, align 4
  %1878 = getelementptr inbounds i8, ptr %30, i64 %.idx2687
  %1879 = load <16 x float>, ptr %1878, align 4
  %1880 = fmul <16 x float> %1877, %1879
  store <16 x float> %1880, ptr %1876, align 4
  %1881 = getelementptr inbounds i8, ptr %1857, i64 1280
  %1882 = load <16 x float>, ptr %1881, align 4
  %1883 = load <16 x float>, ptr %1860, align 4
  %1884 = fmul <16 x float> %1882, %1883
  store <16 x float> %1884, ptr %1881, align 4
  %1885 = getelementptr inbounds i8, ptr %1863, i64 1280
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = load <16 x float>, ptr %1866, align 4
  %1888 = fmul <16 x float> %1886, %1887
  store <16 x float> %1888, ptr %1885, align 4
  %1889 = getelementptr inbounds i8, ptr %1869, i64 1280
  %1890 = load <16 x float>, ptr %1889, align 4
  %1891 = load <16 x float>, ptr %1872, align 4
  %1892 = fmul <16 x float> %1890, %1891
  store <16 x float> %1892, ptr %1889, align 4
  %1893 = getelementptr inbounds i8, ptr %1875, i64 1280
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = load <16 x float>, ptr %1878, align 4
  %1896 = fmul <16 x float> %1894, %1895
  store <16 x float> %1896, ptr %1893, align 4
  %t3.next = or disjoint i64 %t3.addr.02531, 1
  %.idx2686.1 = shl nsw i64 %t3.next, 11
  %1897 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2686.1
  %1898 = getelementptr inbounds i8, ptr %1897, i64 256
  %1899 = load <16 x float>, ptr %1898, align 4
  %.idx2687.1 = shl nsw i64 %t3.next, 8
  %1900 = getelementptr inbounds i8, ptr %M, i64 %.idx2687.1
  %1901 = load <16 x float>, ptr %1900, align 4
  %1902 = fmul <16 x float> %1899, %1901
  store <16 x float> %1902, ptr %1898, align 4
  %1903 = getelementptr inbounds i8, ptr %31, i64 %.idx2686.1
  %1904 = getelementptr inbounds i8, ptr %1903, i64 256
  %1905 = load <16 x float>, ptr %1904, align 4
  %1906 = getelementptr inbounds i8, ptr %26, i64 %.idx2687.1
  %1907 = load <16 x float>, ptr %1906, align 4
  %1908 = fmul <16 x float> %1905, %1907
  store <16 x float> %1908, ptr %1904, align 4
  %1909 = getelementptr inbounds i8, ptr %32, i64 %.idx2686.1
  %1910 = getelementptr inbounds i8, ptr %1909, i64 256
  %1911 = load <16 x float>, ptr %1910, align 4
  %1912 = getelementptr inbounds i8, ptr %28, i64 %.idx2687.1
  %1913 = load <16 x float>, ptr %1912, align 4
  %1914 = fmul <16 x float> %1911, %1913
  store <16 x float> %1914, ptr %1910, align 4
  %1915 = getelementptr inbounds i8, ptr %33, i64 %.idx2686.1
  %1916 = getelementptr inbounds i8, ptr %1915, i64 256
  %1917 = load <16 x float>, ptr %1916, align 4
  %1918 = getelementptr inbounds i8, ptr %30, i64 %.idx2687.1
  %1919 = load <16 x float>, ptr %1918, align 4
  %1920 = fmul <16 x float> %1917, %1919
  store <16 x float> %1920, ptr %1916, align 4
  %1921 = getelementptr inbounds i8, ptr %1897, i64 1280
  %1922 = load <16 x float>, ptr %1921, align 4
  %1923 = load <16 x float>, ptr %1900, align 4
  %1924 = fmul <16 x float> %1922, %1923
  store <16 x float> %1924, ptr %1921, align 4
  %1925 = getelementptr inbounds i8, ptr %1903, i64 1280
  %1926 = load <16 x float>, ptr %1925, align 4
  %1927 = load <16 x float>, ptr %1906, align 4
  %1928 = fmul <16 x float> %1926, %1927
  store <16 x float> %1928, ptr %1925, align 4
  %1929 = getelementptr inbounds i8, ptr %1909, i64 1280
  %1930 = load <16 x float>, ptr %1929, align 4
  %1931 = load <16 x float>, ptr %1912, align 4
  %1932 = fmul <16 x float> %1930, %1931
  store <16 x float> %1932, ptr %1929, align 4
  %1933 = getelementptr inbounds i8, ptr %1915, i64 1280
  %1934 = load <16 x float>, ptr %1933, align 4
  %1935 = load <16 x float>, ptr %1918, align 4
  %1936 = fmul <16 x float> %1934, %1935
  store <16 x float> %1936, ptr %1933, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02531, 2
  %exitcond2898.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond2898.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.02549 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %1937 = shl nuw nsw i64 %i38.addr.02549, 5
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02548 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc95.02547 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2000, %p9.body ]
  %acc94.02546 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1999, %p9.body ]
  %acc93.02545 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1993, %p9.body ]
  %acc92.02544 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1992, %p9.body ]
  %acc91.02543 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1986, %p9.body ]
  %acc90.02542 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1985, %p9.body ]
  %acc89.02541 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1979, %p9.body ]
  %acc88.02540 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1978, %p9.body ]
  %acc87.02539 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1972, %p9.body ]
  %acc86.02538 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1971, %p9.body ]
  %acc85.02537 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1965, %p9.body ]
  %acc84.02536 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1964, %p9.body ]
  %acc83.02535 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1958, %p9.body ]
  %acc82.02534 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1957, %p9.body ]
  %acc81.02533 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1951, %p9.body ]
  %acc80.02532 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1950, %p9.body ]
  %1938 = shl nuw nsw i64 %p9.addr.02548, 5
  %1939 = or disjoint i64 %1938, 1024
  %1940 = getelementptr inbounds float, ptr %Bk, i64 %1939
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = or disjoint i64 %1938, 1040
  %1943 = getelementptr inbounds float, ptr %Bk, i64 %1942
  %1944 = load <16 x float>, ptr %1943, align 4
  %1945 = add nuw nsw i64 %p9.addr.02548, %1937
  %1946 = getelementptr inbounds float, ptr %OY, i64 %1945
  %1947 = load float, ptr %1946, align 4
  %1948 = insertelement <16 x float> poison, float %1947, i64 0
  %1949 = shufflevector <16 x float> %1948, <16 x float> poison, <16 x i32> zeroinitializer
  %1950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1949, <16 x float> %1941, <16 x float> %acc80.02532)
  %1951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1949, <16 x float> %1944, <16 x float> %acc81.02533)
  %1952 = or disjoint i64 %1945, 32
  %1953 = getelementptr inbounds float, ptr %OY, i64 %1952
  %1954 = load float, ptr %1953, align 4
  %1955 = insertelement <16 x float> poison, float %1954, i64 0
  %1956 = shufflevector <16 x float> %1955, <16 x float> poison, <16 x i32> zeroinitializer
  %1957 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1956, <16 x float> %1941, <16 x float> %acc82.02534)
  %1958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1956, <16 x float> %1944, <16 x float> %acc83.02535)
  %1959 = or disjoint i64 %1945, 64
  %1960 = getelementptr inbounds float, ptr %OY, i64 %1959
  %1961 = load float, ptr %1960, align 4
  %1962 = insertelement <16 x float> poison, float %1961, i64 0
  %1963 = shufflevector <16 x float> %1962, <16 x float> poison, <16 x i32> zeroinitializer
  %1964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1941, <16 x float> %acc84.02536)
  %1965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1944, <16 x float> %acc85.02537)
  %1966 = or disjoint i64 %1945, 96
  %1967 = getelementptr inbounds float, ptr %OY, i64 %1966
  %1968 = load float, ptr %1967, align 4
  %1969 = insertelement <16 x float> poison, float %1968, i64 0
  %1970 = shufflevector <16 x float> %1969, <16 x float> poison, <16 x i32> zeroinitializer
  %1971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1970, <16 x float> %1941, <16 x float> %acc86.02538)
  %1972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1970, <16 x float> %1944, <16 x float> %acc87.02539)
  %1973 = or disjoint i64 %1945, 128
  %1974 = getelementptr inbounds float, ptr %OY, i64 %1973
  %1975 = load float, ptr %1974, align 4
  %1976 = insertelement <16 x float> poison, float %1975, i64 0
  %1977 = shufflevector <16 x float> %1976, <16 x float> poison, <16 x i32> zeroinitializer
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1941, <16 x float> %acc88.02540)
  %1979 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1944, <16 x float> %acc89.02541)
  %1980 = or disjoint i64 %1945, 160
  %1981 = getelementptr inbounds float, ptr %OY, i64 %1980
  %1982 = load float, ptr %1981, align 4
  %1983 = insertelement <16 x float> poison, float %1982, i64 0
  %1984 = shufflevector <16 x float> %1983, <16 x float> poison, <16 x i32> zeroinitializer
  %1985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1984, <16 x float> %1941, <16 x float> %acc90.02542)
  %1986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1984, <16 x float> %1944, <16 x float> %acc91.02543)
  %1987 = or disjoint i64 %1945, 192
  %1988 = getelementptr inbounds float, ptr %OY, i64 %1987
  %1989 = load float, ptr %1988, align 4
  %1990 = insertelement <16 x float> poison, float %1989, i64 0
  %1991 = shufflevector <16 x float> %1990, <16 x float> poison, <16 x i32> zeroinitializer
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1991, <16 x float> %1941, <16 x float> %acc92.02544)
  %1993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1991, <16 x float> %1944, <16 x float> %acc93.02545)
  %1994 = or disjoint i64 %1945, 224
  %1995 = getelementptr inbounds float, ptr %OY, i64 %1994
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <16 x float> poison, float %1996, i64 0
  %1998 = shufflevector <16 x float> %1997, <16 x float> poison, <16 x i32> zeroinitializer
  %1999 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1941, <16 x float> %acc94.02546)
  %2000 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1944, <16 x float> %acc95.02547)
  %p9.next = add nuw nsw i64 %p9.addr.02548, 1
  %exitcond2899.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2899.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2001 = getelementptr inbounds float, ptr %dQc, i64 %1937
  store <16 x float> %1950, ptr %2001, align 4
  %2002 = or disjoint i64 %1937, 16
  %2003 = getelementptr inbounds float, ptr %dQc, i64 %2002
  store <16 x float> %1951, ptr %2003, align 4
  %2004 = or disjoint i64 %1937, 32
  %2005 = getelementptr inbounds float, ptr %dQc, i64 %2004
  store <16 x float> %1957, ptr %2005, align 4
  %2006 = or disjoint i64 %1937, 48
  %2007 = getelementptr inbounds float, ptr %dQc, i64 %2006
  store <16 x float> %1958, ptr %2007, align 4
  %2008 = or disjoint i64 %1937, 64
  %2009 = getelementptr inbounds float, ptr %dQc, i64 %2008
  store <16 x float> %1964, ptr %2009, align 4
  %2010 = or disjoint i64 %1937, 80
  %2011 = getelementptr inbounds float, ptr %dQc, i64 %2010
  store <16 x float> %1965, ptr %2011, align 4
  %2012 = or disjoint i64 %1937, 96
  %2013 = getelementptr inbounds float, ptr %dQc, i64 %2012
  store <16 x float> %1971, ptr %2013, align 4
  %2014 = or disjoint i64 %1937, 112
  %2015 = getelementptr inbounds float, ptr %dQc, i64 %2014
  store <16 x float> %1972, ptr %2015, align 4
  %2016 = or disjoint i64 %1937, 128
  %2017 = getelementptr inbounds float, ptr %dQc, i64 %2016
  store <16 x float> %1978, ptr %2017, align 4
  %2018 = or disjoint i64 %1937, 144
  %2019 = getelementptr inbounds float, ptr %dQc, i64 %2018
  store <16 x float> %1979, ptr %2019, align 4
  %2020 = or disjoint i64 %1937, 160
  %2021 = getelementptr inbounds float, ptr %dQc, i64 %2020
  store <16 x float> %1985, ptr %2021, align 4
  %2022 = or disjoint i64 %1937, 176
  %2023 = getelementptr inbounds float, ptr %dQc, i64 %2022
  store <16 x float> %1986, ptr %2023, align 4
  %2024 = or disjoint i64 %1937, 192
  %2025 = getelementptr inbounds float, ptr %dQc, i64 %2024
  store <16 x float> %1992, ptr %2025, align 4
  %2026 = or disjoint i64 %1937, 208
  %2027 = getelementptr inbounds float, ptr %dQc, i64 %2026
  store <16 x float> %1993, ptr %2027, align 4
  %2028 = or disjoint i64 %1937, 224
  %2029 = getelementptr inbounds float, ptr %dQc, i64 %2028
  store <16 x float> %1999, ptr %2029, align 4
  %2030 = or disjoint i64 %1937, 240
  %2031 = getelementptr inbounds float, ptr %dQc, i64 %2030
  store <16 x float> %2000, ptr %2031, align 4
  %i38.next = add nuw nsw i64 %i38.addr.02549, 8
  %2032 = icmp ult i64 %i38.addr.02549, 56
  br i1 %2032, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %p10.exit
  %i39.addr.02567 = phi i64 [ %i39.next, %p10.exit ], [ 0, %p9.exit ]
  %2033 = shl nuw nsw i64 %i39.addr.02567, 5
  %2034 = getelementptr inbounds float, ptr %dQc, i64 %2033
  %2035 = load <16 x float>, ptr %2034, align 4
  %2036 = or disjoint i64 %2033, 16
  %2037 = getelementptr inbounds float, ptr %dQc, i64 %2036
  %2038 = load <16 x float>, ptr %2037, align 4
  %2039 = or disjoint i64 %i39.addr.02567, 1
  %2040 = shl nuw nsw i64 %2039, 5
  %2041 = getelementptr inbounds float, ptr %dQc, i64 %2040
  %2042 = load <16 x float>, ptr %2041, align 4
  %2043 = or disjoint i64 %2040, 16
  %2044 = getelementptr inbounds float, ptr %dQc, i64 %2043
  %2045 = load <16 x float>, ptr %2044, align 4
  %2046 = or disjoint i64 %i39.addr.02567, 2
  %2047 = shl nuw nsw i64 %2046, 5
  %2048 = getelementptr inbounds float, ptr %dQc, i64 %2047
  %2049 = load <16 x float>, ptr %2048, align 4
  %2050 = or disjoint i64 %2047, 16
  %2051 = getelementptr inbounds float, ptr %dQc, i64 %2050
  %2052 = load <16 x float>, ptr %2051, align 4
  %2053 = or disjoint i64 %i39.addr.02567, 3
  %2054 = shl nuw nsw i64 %2053, 5
  %2055 = getelementptr inbounds float, ptr %dQc, i64 %2054
  %2056 = load <16 x float>, ptr %2055, align 4
  %2057 = or disjoint i64 %2054, 16
  %2058 = getelementptr inbounds float, ptr %dQc, i64 %2057
  %2059 = load <16 x float>, ptr %2058, align 4
  %2060 = or disjoint i64 %i39.addr.02567, 4
  %2061 = shl nuw nsw i64 %2060, 5
  %2062 = getelementptr inbounds float, ptr %dQc, i64 %2061
  %2063 = load <16 x float>, ptr %2062, align 4
  %2064 = or disjoint i64 %2061, 16
  %2065 = getelementptr inbounds float, ptr %dQc, i64 %2064
  %2066 = load <16 x float>, ptr %2065, align 4
  %2067 = or disjoint i64 %i39.addr.02567, 5
  %2068 = shl nuw nsw i64 %2067, 5
  %2069 = getelementptr inbounds float, ptr %dQc, i64 %2068
  %2070 = load <16 x float>, ptr %2069, align 4
  %2071 = or disjoint i64 %2068, 16
  %2072 = getelementptr inbounds float, ptr %dQc, i64 %2071
  %2073 = load <16 x float>, ptr %2072, align 4
  %2074 = or disjoint i64 %i39.addr.02567, 6
  %2075 = shl nuw nsw i64 %2074, 5
  %2076 = getelementptr inbounds float, ptr %dQc, i64 %2075
  %2077 = load <16 x float>, ptr %2076, align 4
  %2078 = or disjoint i64 %2075, 16
  %2079 = getelementptr inbounds float, ptr %dQc, i64 %2078
  %2080 = load <16 x float>, ptr %2079, align 4
  %2081 = or disjoint i64 %i39.addr.02567, 7
  %2082 = shl nuw nsw i64 %2081, 5
  %2083 = getelementptr inbounds float, ptr %dQc, i64 %2082
  %2084 = load <16 x float>, ptr %2083, align 4
  %2085 = or disjoint i64 %2082, 16
  %2086 = getelementptr inbounds float, ptr %dQc, i64 %2085
  %2087 = load <16 x float>, ptr %2086, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02566 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc111.02565 = phi <16 x float> [ %2087, %i39.body ], [ %2152, %p10.body ]
  %acc110.02564 = phi <16 x float> [ %2084, %i39.body ], [ %2151, %p10.body ]
  %acc109.02563 = phi <16 x float> [ %2080, %i39.body ], [ %2145, %p10.body ]
  %acc108.02562 = phi <16 x float> [ %2077, %i39.body ], [ %2144, %p10.body ]
  %acc107.02561 = phi <16 x float> [ %2073, %i39.body ], [ %2138, %p10.body ]
  %acc106.02560 = phi <16 x float> [ %2070, %i39.body ], [ %2137, %p10.body ]
  %acc105.02559 = phi <16 x float> [ %2066, %i39.body ], [ %2131, %p10.body ]
  %acc104.02558 = phi <16 x float> [ %2063, %i39.body ], [ %2130, %p10.body ]
  %acc103.02557 = phi <16 x float> [ %2059, %i39.body ], [ %2124, %p10.body ]
  %acc102.02556 = phi <16 x float> [ %2056, %i39.body ], [ %2123, %p10.body ]
  %acc101.02555 = phi <16 x float> [ %2052, %i39.body ], [ %2117, %p10.body ]
  %acc100.02554 = phi <16 x float> [ %2049, %i39.body ], [ %2116, %p10.body ]
  %acc99.02553 = phi <16 x float> [ %2045, %i39.body ], [ %2110, %p10.body ]
  %acc98.02552 = phi <16 x float> [ %2042, %i39.body ], [ %2109, %p10.body ]
  %acc97.02551 = phi <16 x float> [ %2038, %i39.body ], [ %2103, %p10.body ]
  %acc96.02550 = phi <16 x float> [ %2035, %i39.body ], [ %2102, %p10.body ]
  %2088 = shl nuw nsw i64 %p10.addr.02566, 5
  %2089 = or disjoint i64 %2088, 4096
  %2090 = getelementptr inbounds float, ptr %Bk, i64 %2089
  %2091 = load <16 x float>, ptr %2090, align 4
  %2092 = or disjoint i64 %2088, 4112
  %2093 = getelementptr inbounds float, ptr %Bk, i64 %2092
  %2094 = load <16 x float>, ptr %2093, align 4
  %2095 = shl nuw nsw i64 %p10.addr.02566, 8
  %2096 = or disjoint i64 %2095, 64
  %2097 = or disjoint i64 %2096, %i39.addr.02567
  %2098 = getelementptr inbounds float, ptr %Ak, i64 %2097
  %2099 = load float, ptr %2098, align 4
  %2100 = insertelement <16 x float> poison, float %2099, i64 0
  %2101 = shufflevector <16 x float> %2100, <16 x float> poison, <16 x i32> zeroinitializer
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2091, <16 x float> %acc96.02550)
  %2103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2094, <16 x float> %acc97.02551)
  %2104 = or disjoint i64 %2096, %2039
  %2105 = getelementptr inbounds float, ptr %Ak, i64 %2104
  %2106 = load float, ptr %2105, align 4
  %2107 = insertelement <16 x float> poison, float %2106, i64 0
  %2108 = shufflevector <16 x float> %2107, <16 x float> poison, <16 x i32> zeroinitializer
  %2109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2091, <16 x float> %acc98.02552)
  %2110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2094, <16 x float> %acc99.02553)
  %2111 = or disjoint i64 %2096, %2046
  %2112 = getelementptr inbounds float, ptr %Ak, i64 %2111
  %2113 = load float, ptr %2112, align 4
  %2114 = insertelement <16 x float> poison, float %2113, i64 0
  %2115 = shufflevector <16 x float> %2114, <16 x float> poison, <16 x i32> zeroinitializer
  %2116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2091, <16 x float> %acc100.02554)
  %2117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2094, <16 x float> %acc101.02555)
  %2118 = or disjoint i64 %2096, %2053
  %2119 = getelementptr inbounds float, ptr %Ak, i64 %2118
  %2120 = load float, ptr %2119, align 4
  %2121 = insertelement <16 x float> poison, float %2120, i64 0
  %2122 = shufflevector <16 x float> %2121, <16 x float> poison, <16 x i32> zeroinitializer
  %2123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2091, <16 x float> %acc102.02556)
  %2124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2094, <16 x float> %acc103.02557)
  %2125 = or disjoint i64 %2096, %2060
  %2126 = getelementptr inbounds float, ptr %Ak, i64 %2125
  %2127 = load float, ptr %2126, align 4
  %2128 = insertelement <16 x float> poison, float %2127, i64 0
  %2129 = shufflevector <16 x float> %2128, <16 x float> poison, <16 x i32> zeroinitializer
  %2130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2091, <16 x float> %acc104.02558)
  %2131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2094, <16 x float> %acc105.02559)
  %2132 = or disjoint i64 %2096, %2067
  %2133 = getelementptr inbounds float, ptr %Ak, i64 %2132
  %2134 = load float, ptr %2133, align 4
  %2135 = insertelement <16 x float> poison, float %2134, i64 0
  %2136 = shufflevector <16 x float> %2135, <16 x float> poison, <16 x i32> zeroinitializer
  %2137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2091, <16 x float> %acc106.02560)
  %2138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2094, <16 x float> %acc107.02561)
  %2139 = or disjoint i64 %2096, %2074
  %2140 = getelementptr inbounds float, ptr %Ak, i64 %2139
  %2141 = load float, ptr %2140, align 4
  %2142 = insertelement <16 x float> poison, float %2141, i64 0
  %2143 = shufflevector <16 x float> %2142, <16 x float> poison, <16 x i32> zeroinitializer
  %2144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2091, <16 x float> %acc108.02562)
  %2145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2094, <16 x float> %acc109.02563)
  %2146 = or disjoint i64 %2096, %2081
  %2147 = getelementptr inbounds float, ptr %Ak, i64 %2146
  %2148 = load float, ptr %2147, align 4
  %2149 = insertelement <16 x float> poison, float %2148, i64 0
  %2150 = shufflevector <16 x float> %2149, <16 x float> poison, <16 x i32> zeroinitializer
  %2151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2091, <16 x float> %acc110.02564)
  %2152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2094, <16 x float> %acc111.02565)
  %p10.next = add nuw nsw i64 %p10.addr.02566, 1
  %exitcond2900.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond2900.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2102, ptr %2034, align 4
  store <16 x float> %2103, ptr %2037, align 4
  store <16 x float> %2109, ptr %2041, align 4
  store <16 x float> %2110, ptr %2044, align 4
  store <16 x float> %2116, ptr %2048, align 4
  store <16 x float> %2117, ptr %2051, align 4
  store <16 x float> %2123, ptr %2055, align 4
  store <16 x float> %2124, ptr %2058, align 4
  store <16 x float> %2130, ptr %2062, align 4
  store <16 x float> %2131, ptr %2065, align 4
  store <16 x float> %2137, ptr %2069, align 4
  store <16 x float> %2138, ptr %2072, align 4
  store <16 x float> %2144, ptr %2076, align 4
  store <16 x float> %2145, ptr %2079, align 4
  store <16 x float> %2151, ptr %2083, align 4
  store <16 x float> %2152, ptr %2086, align 4
  %i39.next = add nuw nsw i64 %i39.addr.02567, 8
  %2153 = icmp ult i64 %i39.addr.02567, 56
  br i1 %2153, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %p10.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02586 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2154 = shl nuw nsw i64 %ib1.addr.02586, 2
  %i01 = sub nuw nsw i64 124, %2154
  %2155 = shl nuw nsw i64 %i01, 5
  %2156 = getelementptr inbounds float, ptr %OY, i64 %2155
  %2157 = getelementptr inbounds i8, ptr %2156, i64 8192
  %2158 = load <16 x float>, ptr %2157, align 4
  %2159 = getelementptr inbounds i8, ptr %2156, i64 8256
  %2160 = load <16 x float>, ptr %2159, align 4
  %2161 = sub nuw nsw i64 125, %2154
  %2162 = shl nuw nsw i64 %2161, 5
  %2163 = getelementptr inbounds float, ptr %OY, i64 %2162
  %2164 = getelementptr inbounds i8, ptr %2163, i64 8192
  %2165 = load <16 x float>, ptr %2164, align 4
  %2166 = getelementptr inbounds i8, ptr %2163, i64 8256
  %2167 = load <16 x float>, ptr %2166, align 4
  %2168 = sub nuw nsw i64 126, %2154
  %2169 = shl nuw nsw i64 %2168, 5
  %2170 = getelementptr inbounds float, ptr %OY, i64 %2169
  %2171 = getelementptr inbounds i8, ptr %2170, i64 8192
  %2172 = load <16 x float>, ptr %2171, align 4
  %2173 = getelementptr inbounds i8, ptr %2170, i64 8256
  %2174 = load <16 x float>, ptr %2173, align 4
  %2175 = sub nuw nsw i64 127, %2154
  %2176 = shl nuw nsw i64 %2175, 5
  %2177 = getelementptr inbounds float, ptr %OY, i64 %2176
  %2178 = getelementptr inbounds i8, ptr %2177, i64 8192
  %2179 = load <16 x float>, ptr %2178, align 4
  %2180 = getelementptr inbounds i8, ptr %2177, i64 8256
  %2181 = load <16 x float>, ptr %2180, align 4
  %.not2690 = icmp eq i64 %ib1.addr.02586, 0
  br i1 %.not2690, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2182 = sub nuw nsw i64 128, %2154
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02577 = phi i64 [ %j30.next, %j30.body ], [ %2182, %j30.body.preheader ]
  %acc119.02576 = phi <16 x float> [ %2219, %j30.body ], [ %2181, %j30.body.preheader ]
  %acc118.02575 = phi <16 x float> [ %2218, %j30.body ], [ %2179, %j30.body.preheader ]
  %acc117.02574 = phi <16 x float> [ %2211, %j30.body ], [ %2174, %j30.body.preheader ]
  %acc116.02573 = phi <16 x float> [ %2210, %j30.body ], [ %2172, %j30.body.preheader ]
  %acc115.02572 = phi <16 x float> [ %2203, %j30.body ], [ %2167, %j30.body.preheader ]
  %acc114.02571 = phi <16 x float> [ %2202, %j30.body ], [ %2165, %j30.body.preheader ]
  %acc113.02570 = phi <16 x float> [ %2195, %j30.body ], [ %2160, %j30.body.preheader ]
  %acc112.02569 = phi <16 x float> [ %2194, %j30.body ], [ %2158, %j30.body.preheader ]
  %.idx2378 = shl nuw nsw i64 %j30.addr.02577, 7
  %2183 = getelementptr inbounds i8, ptr %OY, i64 %.idx2378
  %2184 = getelementptr inbounds i8, ptr %2183, i64 8192
  %2185 = load <16 x float>, ptr %2184, align 4
  %2186 = getelementptr inbounds i8, ptr %2183, i64 8256
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %.idx2378, %i01
  %2189 = getelementptr inbounds float, ptr %Gm, i64 %2188
  %2190 = load float, ptr %2189, align 4
  %2191 = fneg float %2190
  %2192 = insertelement <16 x float> poison, float %2191, i64 0
  %2193 = shufflevector <16 x float> %2192, <16 x float> poison, <16 x i32> zeroinitializer
  %2194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2193, <16 x float> %2185, <16 x float> %acc112.02569)
  %2195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2193, <16 x float> %2187, <16 x float> %acc113.02570)
  %2196 = or disjoint i64 %.idx2378, %2161
  %2197 = getelementptr inbounds float, ptr %Gm, i64 %2196
  %2198 = load float, ptr %2197, align 4
  %2199 = fneg float %2198
  %2200 = insertelement <16 x float> poison, float %2199, i64 0
  %2201 = shufflevector <16 x float> %2200, <16 x float> poison, <16 x i32> zeroinitializer
  %2202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2185, <16 x float> %acc114.02571)
  %2203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2187, <16 x float> %acc115.02572)
  %2204 = or disjoint i64 %.idx2378, %2168
  %2205 = getelementptr inbounds float, ptr %Gm, i64 %2204
  %2206 = load float, ptr %2205, align 4
  %2207 = fneg float %2206
  %2208 = insertelement <16 x float> poison, float %2207, i64 0
  %2209 = shufflevector <16 x float> %2208, <16 x float> poison, <16 x i32> zeroinitializer
  %2210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2209, <16 x float> %2185, <16 x float> %acc116.02573)
  %2211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2209, <16 x float> %2187, <16 x float> %acc117.02574)
  %2212 = or disjoint i64 %.idx2378, %2175
  %2213 = getelementptr inbounds float, ptr %Gm, i64 %2212
  %2214 = load float, ptr %2213, align 4
  %2215 = fneg float %2214
  %2216 = insertelement <16 x float> poison, float %2215, i64 0
  %2217 = shufflevector <16 x float> %2216, <16 x float> poison, <16 x i32> zeroinitializer
  %2218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2185, <16 x float> %acc118.02575)
  %2219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2187, <16 x float> %acc119.02576)
  %j30.next = add nuw nsw i64 %j30.addr.02577, 1
  %2220 = icmp ult i64 %j30.addr.02577, 127
  br i1 %2220, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2158, %ib1.body ], [ %2194, %j30.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2160, %ib1.body ], [ %2195, %j30.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2165, %ib1.body ], [ %2202, %j30.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2167, %ib1.body ], [ %2203, %j30.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2172, %ib1.body ], [ %2210, %j30.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2174, %ib1.body ], [ %2211, %j30.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2179, %ib1.body ], [ %2218, %j30.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2181, %ib1.body ], [ %2219, %j30.body ]
  %2221 = getelementptr inbounds float, ptr %Rr, i64 %2176
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2222, <16 x float> zeroinitializer)
  %2224 = or disjoint i64 %2176, 16
  %2225 = getelementptr inbounds float, ptr %Rr, i64 %2224
  %2226 = load <16 x float>, ptr %2225, align 4
  %2227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2226, <16 x float> %2223)
  %2228 = shufflevector <16 x float> %2227, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2229 = shufflevector <16 x float> %2227, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2230 = fadd <8 x float> %2228, %2229
  %2231 = shufflevector <8 x float> %2230, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2232 = shufflevector <8 x float> %2230, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2233 = fadd <4 x float> %2231, %2232
  %2234 = shufflevector <4 x float> %2233, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2235 = shufflevector <4 x float> %2233, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2236 = fadd <2 x float> %2234, %2235
  %2237 = shufflevector <2 x float> %2236, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2238 = shufflevector <2 x float> %2236, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2239 = getelementptr inbounds float, ptr %bet, i64 %2175
  %2240 = load float, ptr %2239, align 4
  %2241 = insertelement <16 x float> poison, float %2240, i64 0
  %2242 = shufflevector <16 x float> %2241, <16 x float> poison, <16 x i32> zeroinitializer
  %2243 = fmul <16 x float> %acc118.0.lcssa, %2242
  store <16 x float> %2243, ptr %2178, align 4
  %2244 = fneg <16 x float> %2243
  %2245 = shl nuw nsw i64 %2175, 8
  %2246 = or disjoint i64 %2245, 32
  %2247 = getelementptr inbounds float, ptr %Ak, i64 %2246
  store <16 x float> %2244, ptr %2247, align 4
  %2248 = fmul <16 x float> %acc119.0.lcssa, %2242
  store <16 x float> %2248, ptr %2180, align 4
  %2249 = fneg <16 x float> %2248
  %2250 = or disjoint i64 %2245, 48
  %2251 = getelementptr inbounds float, ptr %Ak, i64 %2250
  store <16 x float> %2249, ptr %2251, align 4
  %2252 = shl nuw nsw i64 %2175, 7
  %2253 = or disjoint i64 %2252, %2168
  %2254 = getelementptr inbounds float, ptr %Gm, i64 %2253
  %2255 = load float, ptr %2254, align 4
  %2256 = fneg float %2255
  %2257 = insertelement <16 x float> poison, float %2256, i64 0
  %2258 = shufflevector <16 x float> %2257, <16 x float> poison, <16 x i32> zeroinitializer
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2243, <16 x float> %acc116.0.lcssa)
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2248, <16 x float> %acc117.0.lcssa)
  %2261 = getelementptr inbounds float, ptr %Rr, i64 %2169
  %2262 = load <16 x float>, ptr %2261, align 4
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2259, <16 x float> %2262, <16 x float> zeroinitializer)
  %2264 = or disjoint i64 %2169, 16
  %2265 = getelementptr inbounds float, ptr %Rr, i64 %2264
  %2266 = load <16 x float>, ptr %2265, align 4
  %2267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2260, <16 x float> %2266, <16 x float> %2263)
  %2268 = shufflevector <16 x float> %2267, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2269 = shufflevector <16 x float> %2267, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2270 = fadd <8 x float> %2268, %2269
  %2271 = shufflevector <8 x float> %2270, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2272 = shufflevector <8 x float> %2270, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2273 = fadd <4 x float> %2271, %2272
  %2274 = shufflevector <4 x float> %2273, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2275 = shufflevector <4 x float> %2273, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2276 = fadd <2 x float> %2274, %2275
  %2277 = shufflevector <2 x float> %2276, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2278 = shufflevector <2 x float> %2276, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2279 = getelementptr inbounds float, ptr %bet, i64 %2168
  %2280 = load float, ptr %2279, align 4
  %2281 = insertelement <16 x float> poison, float %2280, i64 0
  %2282 = shufflevector <16 x float> %2281, <16 x float> poison, <16 x i32> zeroinitializer
  %2283 = fmul <16 x float> %2259, %2282
  store <16 x float> %2283, ptr %2171, align 4
  %2284 = fneg <16 x float> %2283
  %2285 = shl nuw nsw i64 %2168, 8
  %2286 = or disjoint i64 %2285, 32
  %2287 = getelementptr inbounds float, ptr %Ak, i64 %2286
  store <16 x float> %2284, ptr %2287, align 4
  %2288 = fmul <16 x float> %2260, %2282
  store <16 x float> %2288, ptr %2173, align 4
  %2289 = fneg <16 x float> %2288
  %2290 = or disjoint i64 %2285, 48
  %2291 = getelementptr inbounds float, ptr %Ak, i64 %2290
  store <16 x float> %2289, ptr %2291, align 4
  %2292 = shl nuw nsw i64 %2168, 7
  %2293 = or disjoint i64 %2292, %2161
  %2294 = getelementptr inbounds float, ptr %Gm, i64 %2293
  %2295 = load float, ptr %2294, align 4
  %2296 = fneg float %2295
  %2297 = insertelement <16 x float> poison, float %2296, i64 0
  %2298 = shufflevector <16 x float> %2297, <16 x float> poison, <16 x i32> zeroinitializer
  %2299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2283, <16 x float> %acc114.0.lcssa)
  %2300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2288, <16 x float> %acc115.0.lcssa)
  %2301 = or disjoint i64 %2252, %2161
  %2302 = getelementptr inbounds float, ptr %Gm, i64 %2301
  %2303 = load float, ptr %2302, align 4
  %2304 = fneg float %2303
  %2305 = insertelement <16 x float> poison, float %2304, i64 0
  %2306 = shufflevector <16 x float> %2305, <16 x float> poison, <16 x i32> zeroinitializer
  %2307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2306, <16 x float> %2243, <16 x float> %2299)
  %2308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2306, <16 x float> %2248, <16 x float> %2300)
  %2309 = getelementptr inbounds float, ptr %Rr, i64 %2162
  %2310 = load <16 x float>, ptr %2309, align 4
  %2311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2307, <16 x float> %2310, <16 x float> zeroinitializer)
  %2312 = or disjoint i64 %2162, 16
  %2313 = getelementptr inbounds float, ptr %Rr, i64 %2312
  %2314 = load <16 x float>, ptr %2313, align 4
  %2315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2308, <16 x float> %2314, <16 x float> %2311)
  %2316 = shufflevector <16 x float> %2315, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2317 = shufflevector <16 x float> %2315, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2318 = fadd <8 x float> %2316, %2317
  %2319 = shufflevector <8 x float> %2318, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2320 = shufflevector <8 x float> %2318, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2321 = fadd <4 x float> %2319, %2320
  %2322 = shufflevector <4 x float> %2321, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2323 = shufflevector <4 x float> %2321, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2324 = fadd <2 x float> %2322, %2323
  %2325 = getelementptr inbounds float, ptr %bet, i64 %2161
  %2326 = load float, ptr %2325, align 4
  %2327 = insertelement <16 x float> poison, float %2326, i64 0
  %2328 = shufflevector <16 x float> %2327, <16 x float> poison, <16 x i32> zeroinitializer
  %2329 = fmul <16 x float> %2307, %2328
  store <16 x float> %2329, ptr %2164, align 4
  %2330 = fneg <16 x float> %2329
  %2331 = shl nuw nsw i64 %2161, 8
  %2332 = or disjoint i64 %2331, 32
  %2333 = getelementptr inbounds float, ptr %Ak, i64 %2332
  store <16 x float> %2330, ptr %2333, align 4
  %2334 = fmul <16 x float> %2308, %2328
  store <16 x float> %2334, ptr %2166, align 4
  %2335 = fneg <16 x float> %2334
  %2336 = or disjoint i64 %2331, 48
  %2337 = getelementptr inbounds float, ptr %Ak, i64 %2336
  store <16 x float> %2335, ptr %2337, align 4
  %2338 = shl nuw nsw i64 %2161, 7
  %2339 = or disjoint i64 %2338, %i01
  %2340 = getelementptr inbounds float, ptr %Gm, i64 %2339
  %2341 = load float, ptr %2340, align 4
  %2342 = fneg float %2341
  %2343 = insertelement <16 x float> poison, float %2342, i64 0
  %2344 = shufflevector <16 x float> %2343, <16 x float> poison, <16 x i32> zeroinitializer
  %2345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2344, <16 x float> %2329, <16 x float> %acc112.0.lcssa)
  %2346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2344, <16 x float> %2334, <16 x float> %acc113.0.lcssa)
  %2347 = or disjoint i64 %2292, %i01
  %2348 = getelementptr inbounds float, ptr %Gm, i64 %2347
  %2349 = load float, ptr %2348, align 4
  %2350 = fneg float %2349
  %2351 = insertelement <16 x float> poison, float %2350, i64 0
  %2352 = shufflevector <16 x float> %2351, <16 x float> poison, <16 x i32> zeroinitializer
  %2353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2352, <16 x float> %2283, <16 x float> %2345)
  %2354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2352, <16 x float> %2288, <16 x float> %2346)
  %2355 = or disjoint i64 %2252, %i01
  %2356 = getelementptr inbounds float, ptr %Gm, i64 %2355
  %2357 = load float, ptr %2356, align 4
  %2358 = fneg float %2357
  %2359 = insertelement <16 x float> poison, float %2358, i64 0
  %2360 = shufflevector <16 x float> %2359, <16 x float> poison, <16 x i32> zeroinitializer
  %2361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2243, <16 x float> %2353)
  %2362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2248, <16 x float> %2354)
  %2363 = getelementptr inbounds float, ptr %Rr, i64 %2155
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2361, <16 x float> %2364, <16 x float> zeroinitializer)
  %2366 = or disjoint i64 %2155, 16
  %2367 = getelementptr inbounds float, ptr %Rr, i64 %2366
  %2368 = load <16 x float>, ptr %2367, align 4
  %2369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2362, <16 x float> %2368, <16 x float> %2365)
  %2370 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2371 = shufflevector <16 x float> %2369, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2372 = shufflevector <16 x float> %2369, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2373 = fadd <8 x float> %2371, %2372
  %2374 = shufflevector <8 x float> %2373, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2375 = shufflevector <8 x float> %2373, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2376 = fadd <4 x float> %2374, %2375
  %2377 = shufflevector <4 x float> %2376, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2378 = shufflevector <4 x float> %2376, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2379 = fadd <2 x float> %2377, %2378
  %2380 = load <4 x float>, ptr %2370, align 4
  %2381 = shufflevector <2 x float> %2379, <2 x float> %2324, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2382 = shufflevector <4 x float> %2381, <4 x float> %2278, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2383 = shufflevector <4 x float> %2382, <4 x float> %2238, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2384 = shufflevector <2 x float> %2379, <2 x float> %2324, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2385 = shufflevector <4 x float> %2384, <4 x float> %2277, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2386 = shufflevector <4 x float> %2385, <4 x float> %2237, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2387 = fadd <4 x float> %2383, %2386
  %2388 = fadd <4 x float> %2380, %2387
  store <4 x float> %2388, ptr %2370, align 4
  %2389 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2390 = load float, ptr %2389, align 4
  %2391 = insertelement <16 x float> poison, float %2390, i64 0
  %2392 = shufflevector <16 x float> %2391, <16 x float> poison, <16 x i32> zeroinitializer
  %2393 = fmul <16 x float> %2361, %2392
  store <16 x float> %2393, ptr %2157, align 4
  %2394 = fneg <16 x float> %2393
  %2395 = shl nuw nsw i64 %i01, 8
  %2396 = or disjoint i64 %2395, 32
  %2397 = getelementptr inbounds float, ptr %Ak, i64 %2396
  store <16 x float> %2394, ptr %2397, align 4
  %2398 = fmul <16 x float> %2362, %2392
  store <16 x float> %2398, ptr %2159, align 4
  %2399 = fneg <16 x float> %2398
  %2400 = or disjoint i64 %2395, 48
  %2401 = getelementptr inbounds float, ptr %Ak, i64 %2400
  store <16 x float> %2399, ptr %2401, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02586, 1
  %exitcond2901.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond2901.not, label %i44.body, label %ib1.body

i44.body:                                         ; preds = %j30.exit, %p11.exit
  %i44.addr.02604 = phi i64 [ %i44.next, %p11.exit ], [ 0, %j30.exit ]
  %2402 = shl nuw nsw i64 %i44.addr.02604, 6
  %2403 = or disjoint i64 %2402, 32
  %2404 = getelementptr inbounds float, ptr %work, i64 %2403
  %2405 = load <16 x float>, ptr %2404, align 4
  %2406 = or disjoint i64 %2402, 48
  %2407 = getelementptr inbounds float, ptr %work, i64 %2406
  %2408 = load <16 x float>, ptr %2407, align 4
  %2409 = or disjoint i64 %i44.addr.02604, 1
  %2410 = shl nuw nsw i64 %2409, 6
  %2411 = or disjoint i64 %2410, 32
  %2412 = getelementptr inbounds float, ptr %work, i64 %2411
  %2413 = load <16 x float>, ptr %2412, align 4
  %2414 = or disjoint i64 %2410, 48
  %2415 = getelementptr inbounds float, ptr %work, i64 %2414
  %2416 = load <16 x float>, ptr %2415, align 4
  %2417 = or disjoint i64 %i44.addr.02604, 2
  %2418 = shl nuw nsw i64 %2417, 6
  %2419 = or disjoint i64 %2418, 32
  %2420 = getelementptr inbounds float, ptr %work, i64 %2419
  %2421 = load <16 x float>, ptr %2420, align 4
  %2422 = or disjoint i64 %2418, 48
  %2423 = getelementptr inbounds float, ptr %work, i64 %2422
  %2424 = load <16 x float>, ptr %2423, align 4
  %2425 = or disjoint i64 %i44.addr.02604, 3
  %2426 = shl nuw nsw i64 %2425, 6
  %2427 = or disjoint i64 %2426, 32
  %2428 = getelementptr inbounds float, ptr %work, i64 %2427
  %2429 = load <16 x float>, ptr %2428, align 4
  %2430 = or disjoint i64 %2426, 48
  %2431 = getelementptr inbounds float, ptr %work, i64 %2430
  %2432 = load <16 x float>, ptr %2431, align 4
  %2433 = or disjoint i64 %i44.addr.02604, 4
  %2434 = shl nuw nsw i64 %2433, 6
  %2435 = or disjoint i64 %2434, 32
  %2436 = getelementptr inbounds float, ptr %work, i64 %2435
  %2437 = load <16 x float>, ptr %2436, align 4
  %2438 = or disjoint i64 %2434, 48
  %2439 = getelementptr inbounds float, ptr %work, i64 %2438
  %2440 = load <16 x float>, ptr %2439, align 4
  %2441 = or disjoint i64 %i44.addr.02604, 5
  %2442 = shl nuw nsw i64 %2441, 6
  %2443 = or disjoint i64 %2442, 32
  %2444 = getelementptr inbounds float, ptr %work, i64 %2443
  %2445 = load <16 x float>, ptr %2444, align 4
  %2446 = or disjoint i64 %2442, 48
  %2447 = getelementptr inbounds float, ptr %work, i64 %2446
  %2448 = load <16 x float>, ptr %2447, align 4
  %2449 = or disjoint i64 %i44.addr.02604, 6
  %2450 = shl nuw nsw i64 %2449, 6
  %2451 = or disjoint i64 %2450, 32
  %2452 = getelementptr inbounds float, ptr %work, i64 %2451
  %2453 = load <16 x float>, ptr %2452, align 4
  %2454 = or disjoint i64 %2450, 48
  %2455 = getelementptr inbounds float, ptr %work, i64 %2454
  %2456 = load <16 x float>, ptr %2455, align 4
  %2457 = or disjoint i64 %i44.addr.02604, 7
  %2458 = shl nuw nsw i64 %2457, 6
  %2459 = or disjoint i64 %2458, 32
  %2460 = getelementptr inbounds float, ptr %work, i64 %2459
  %2461 = load <16 x float>, ptr %2460, align 4
  %2462 = or disjoint i64 %2458, 48
  %2463 = getelementptr inbounds float, ptr %work, i64 %2462
  %2464 = load <16 x float>, ptr %2463, align 4
  br label %p11.body

p11.body:                                         ; preds = %i44.body, %p11.body
  %p11.addr.02603 = phi i64 [ 0, %i44.body ], [ %p11.next, %p11.body ]
  %acc135.02602 = phi <16 x float> [ %2464, %i44.body ], [ %2526, %p11.body ]
  %acc134.02601 = phi <16 x float> [ %2461, %i44.body ], [ %2525, %p11.body ]
  %acc133.02600 = phi <16 x float> [ %2456, %i44.body ], [ %2519, %p11.body ]
  %acc132.02599 = phi <16 x float> [ %2453, %i44.body ], [ %2518, %p11.body ]
  %acc131.02598 = phi <16 x float> [ %2448, %i44.body ], [ %2512, %p11.body ]
  %acc130.02597 = phi <16 x float> [ %2445, %i44.body ], [ %2511, %p11.body ]
  %acc129.02596 = phi <16 x float> [ %2440, %i44.body ], [ %2505, %p11.body ]
  %acc128.02595 = phi <16 x float> [ %2437, %i44.body ], [ %2504, %p11.body ]
  %acc127.02594 = phi <16 x float> [ %2432, %i44.body ], [ %2498, %p11.body ]
  %acc126.02593 = phi <16 x float> [ %2429, %i44.body ], [ %2497, %p11.body ]
  %acc125.02592 = phi <16 x float> [ %2424, %i44.body ], [ %2491, %p11.body ]
  %acc124.02591 = phi <16 x float> [ %2421, %i44.body ], [ %2490, %p11.body ]
  %acc123.02590 = phi <16 x float> [ %2416, %i44.body ], [ %2484, %p11.body ]
  %acc122.02589 = phi <16 x float> [ %2413, %i44.body ], [ %2483, %p11.body ]
  %acc121.02588 = phi <16 x float> [ %2408, %i44.body ], [ %2477, %p11.body ]
  %acc120.02587 = phi <16 x float> [ %2405, %i44.body ], [ %2476, %p11.body ]
  %2465 = shl nuw nsw i64 %p11.addr.02603, 5
  %2466 = getelementptr inbounds float, ptr %OY, i64 %2465
  %2467 = load <16 x float>, ptr %2466, align 4
  %2468 = or disjoint i64 %2465, 16
  %2469 = getelementptr inbounds float, ptr %OY, i64 %2468
  %2470 = load <16 x float>, ptr %2469, align 4
  %2471 = or disjoint i64 %2465, %i44.addr.02604
  %2472 = getelementptr inbounds float, ptr %QK, i64 %2471
  %2473 = load float, ptr %2472, align 4
  %2474 = insertelement <16 x float> poison, float %2473, i64 0
  %2475 = shufflevector <16 x float> %2474, <16 x float> poison, <16 x i32> zeroinitializer
  %2476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2475, <16 x float> %2467, <16 x float> %acc120.02587)
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2475, <16 x float> %2470, <16 x float> %acc121.02588)
  %2478 = or disjoint i64 %2465, %2409
  %2479 = getelementptr inbounds float, ptr %QK, i64 %2478
  %2480 = load float, ptr %2479, align 4
  %2481 = insertelement <16 x float> poison, float %2480, i64 0
  %2482 = shufflevector <16 x float> %2481, <16 x float> poison, <16 x i32> zeroinitializer
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2467, <16 x float> %acc122.02589)
  %2484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2470, <16 x float> %acc123.02590)
  %2485 = or disjoint i64 %2465, %2417
  %2486 = getelementptr inbounds float, ptr %QK, i64 %2485
  %2487 = load float, ptr %2486, align 4
  %2488 = insertelement <16 x float> poison, float %2487, i64 0
  %2489 = shufflevector <16 x float> %2488, <16 x float> poison, <16 x i32> zeroinitializer
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2467, <16 x float> %acc124.02591)
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2470, <16 x float> %acc125.02592)
  %2492 = or disjoint i64 %2465, %2425
  %2493 = getelementptr inbounds float, ptr %QK, i64 %2492
  %2494 = load float, ptr %2493, align 4
  %2495 = insertelement <16 x float> poison, float %2494, i64 0
  %2496 = shufflevector <16 x float> %2495, <16 x float> poison, <16 x i32> zeroinitializer
  %2497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2467, <16 x float> %acc126.02593)
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2470, <16 x float> %acc127.02594)
  %2499 = or disjoint i64 %2465, %2433
  %2500 = getelementptr inbounds float, ptr %QK, i64 %2499
  %2501 = load float, ptr %2500, align 4
  %2502 = insertelement <16 x float> poison, float %2501, i64 0
  %2503 = shufflevector <16 x float> %2502, <16 x float> poison, <16 x i32> zeroinitializer
  %2504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2467, <16 x float> %acc128.02595)
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2470, <16 x float> %acc129.02596)
  %2506 = or disjoint i64 %2465, %2441
  %2507 = getelementptr inbounds float, ptr %QK, i64 %2506
  %2508 = load float, ptr %2507, align 4
  %2509 = insertelement <16 x float> poison, float %2508, i64 0
  %2510 = shufflevector <16 x float> %2509, <16 x float> poison, <16 x i32> zeroinitializer
  %2511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2510, <16 x float> %2467, <16 x float> %acc130.02597)
  %2512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2510, <16 x float> %2470, <16 x float> %acc131.02598)
  %2513 = or disjoint i64 %2465, %2449
  %2514 = getelementptr inbounds float, ptr %QK, i64 %2513
  %2515 = load float, ptr %2514, align 4
  %2516 = insertelement <16 x float> poison, float %2515, i64 0
  %2517 = shufflevector <16 x float> %2516, <16 x float> poison, <16 x i32> zeroinitializer
  %2518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2517, <16 x float> %2467, <16 x float> %acc132.02599)
  %2519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2517, <16 x float> %2470, <16 x float> %acc133.02600)
  %2520 = or disjoint i64 %2465, %2457
  %2521 = getelementptr inbounds float, ptr %QK, i64 %2520
  %2522 = load float, ptr %2521, align 4
  %2523 = insertelement <16 x float> poison, float %2522, i64 0
  %2524 = shufflevector <16 x float> %2523, <16 x float> poison, <16 x i32> zeroinitializer
  %2525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2467, <16 x float> %acc134.02601)
  %2526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2470, <16 x float> %acc135.02602)
  %p11.next = add nuw nsw i64 %p11.addr.02603, 1
  %exitcond2902.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond2902.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2476, ptr %2404, align 4
  store <16 x float> %2477, ptr %2407, align 4
  store <16 x float> %2483, ptr %2412, align 4
  store <16 x float> %2484, ptr %2415, align 4
  store <16 x float> %2490, ptr %2420, align 4
  store <16 x float> %2491, ptr %2423, align 4
  store <16 x float> %2497, ptr %2428, align 4
  store <16 x float> %2498, ptr %2431, align 4
  store <16 x float> %2504, ptr %2436, align 4
  store <16 x float> %2505, ptr %2439, align 4
  store <16 x float> %2511, ptr %2444, align 4
  store <16 x float> %2512, ptr %2447, align 4
  store <16 x float> %2518, ptr %2452, align 4
  store <16 x float> %2519, ptr %2455, align 4
  store <16 x float> %2525, ptr %2460, align 4
  store <16 x float> %2526, ptr %2463, align 4
  %i44.next = add nuw nsw i64 %i44.addr.02604, 8
  %2527 = icmp ult i64 %i44.addr.02604, 24
  br i1 %2527, label %i44.body, label %i45.body

i45.head.loopexit:                                ; preds = %p12.exit
  %2528 = icmp ult i64 %i45.addr.02617, 120
  br i1 %2528, label %i45.body, label %t4.body

i45.body:                                         ; preds = %p11.exit, %i45.head.loopexit
  %i45.addr.02617 = phi i64 [ %2529, %i45.head.loopexit ], [ 0, %p11.exit ]
  %2529 = add nuw nsw i64 %i45.addr.02617, 8
  %2530 = shl nuw nsw i64 %i45.addr.02617, 8
  %2531 = or disjoint i64 %2530, 128
  %2532 = getelementptr inbounds float, ptr %Ak, i64 %2531
  %2533 = or disjoint i64 %2530, 384
  %2534 = getelementptr inbounds float, ptr %Ak, i64 %2533
  %2535 = or disjoint i64 %2530, 640
  %2536 = getelementptr inbounds float, ptr %Ak, i64 %2535
  %2537 = or disjoint i64 %2530, 896
  %2538 = getelementptr inbounds float, ptr %Ak, i64 %2537
  %2539 = or disjoint i64 %2530, 1152
  %2540 = getelementptr inbounds float, ptr %Ak, i64 %2539
  %2541 = or disjoint i64 %2530, 1408
  %2542 = getelementptr inbounds float, ptr %Ak, i64 %2541
  %2543 = or disjoint i64 %2530, 1664
  %2544 = getelementptr inbounds float, ptr %Ak, i64 %2543
  %2545 = or disjoint i64 %2530, 1920
  %2546 = getelementptr inbounds float, ptr %Ak, i64 %2545
  %.idx2930 = shl nsw i64 %i45.addr.02617, 7
  %invariant.gep3130 = getelementptr inbounds i8, ptr %OY, i64 %.idx2930
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i45.body, %p12.exit
  %j32.addr.02616 = phi i64 [ 0, %i45.body ], [ %j32.next, %p12.exit ]
  %invariant.gep2605 = getelementptr inbounds float, ptr %VnT, i64 %j32.addr.02616
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02615 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc143.02614 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2587, %p12.body ]
  %acc142.02613 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2582, %p12.body ]
  %acc141.02612 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2577, %p12.body ]
  %acc140.02611 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2572, %p12.body ]
  %acc139.02610 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2567, %p12.body ]
  %acc138.02609 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2562, %p12.body ]
  %acc137.02608 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2557, %p12.body ]
  %acc136.02607 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2552, %p12.body ]
  %.idx = shl nuw nsw i64 %p12.addr.02615, 9
  %gep2606 = getelementptr inbounds i8, ptr %invariant.gep2605, i64 %.idx
  %2547 = load <16 x float>, ptr %gep2606, align 4
  %gep3131 = getelementptr inbounds float, ptr %invariant.gep3130, i64 %p12.addr.02615
  %2548 = getelementptr inbounds i8, ptr %gep3131, i64 8192
  %2549 = load float, ptr %2548, align 4
  %2550 = insertelement <16 x float> poison, float %2549, i64 0
  %2551 = shufflevector <16 x float> %2550, <16 x float> poison, <16 x i32> zeroinitializer
  %2552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2551, <16 x float> %2547, <16 x float> %acc136.02607)
  %2553 = getelementptr inbounds i8, ptr %gep3131, i64 8320
  %2554 = load float, ptr %2553, align 4
  %2555 = insertelement <16 x float> poison, float %2554, i64 0
  %2556 = shufflevector <16 x float> %2555, <16 x float> poison, <16 x i32> zeroinitializer
  %2557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2556, <16 x float> %2547, <16 x float> %acc137.02608)
  %2558 = getelementptr inbounds i8, ptr %gep3131, i64 8448
  %2559 = load float, ptr %2558, align 4
  %2560 = insertelement <16 x float> poison, float %2559, i64 0
  %2561 = shufflevector <16 x float> %2560, <16 x float> poison, <16 x i32> zeroinitializer
  %2562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2561, <16 x float> %2547, <16 x float> %acc138.02609)
  %2563 = getelementptr inbounds i8, ptr %gep3131, i64 8576
  %2564 = load float, ptr %2563, align 4
  %2565 = insertelement <16 x float> poison, float %2564, i64 0
  %2566 = shufflevector <16 x float> %2565, <16 x float> poison, <16 x i32> zeroinitializer
  %2567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2566, <16 x float> %2547, <16 x float> %acc139.02610)
  %2568 = getelementptr inbounds i8, ptr %gep3131, i64 8704
  %2569 = load float, ptr %2568, align 4
  %2570 = insertelement <16 x float> poison, float %2569, i64 0
  %2571 = shufflevector <16 x float> %2570, <16 x float> poison, <16 x i32> zeroinitializer
  %2572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2571, <16 x float> %2547, <16 x float> %acc140.02611)
  %2573 = getelementptr inbounds i8, ptr %gep3131, i64 8832
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <16 x float> poison, float %2574, i64 0
  %2576 = shufflevector <16 x float> %2575, <16 x float> poison, <16 x i32> zeroinitializer
  %2577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2547, <16 x float> %acc141.02612)
  %2578 = getelementptr inbounds i8, ptr %gep3131, i64 8960
  %2579 = load float, ptr %2578, align 4
  %2580 = insertelement <16 x float> poison, float %2579, i64 0
  %2581 = shufflevector <16 x float> %2580, <16 x float> poison, <16 x i32> zeroinitializer
  %2582 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2581, <16 x float> %2547, <16 x float> %acc142.02613)
  %2583 = getelementptr inbounds i8, ptr %gep3131, i64 9088
  %2584 = load float, ptr %2583, align 4
  %2585 = insertelement <16 x float> poison, float %2584, i64 0
  %2586 = shufflevector <16 x float> %2585, <16 x float> poison, <16 x i32> zeroinitializer
  %2587 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2586, <16 x float> %2547, <16 x float> %acc143.02614)
  %p12.next = add nuw nsw i64 %p12.addr.02615, 1
  %exitcond2903.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2903.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2588 = getelementptr inbounds float, ptr %2532, i64 %j32.addr.02616
  store <16 x float> %2552, ptr %2588, align 4
  %2589 = getelementptr inbounds float, ptr %2534, i64 %j32.addr.02616
  store <16 x float> %2557, ptr %2589, align 4
  %2590 = getelementptr inbounds float, ptr %2536, i64 %j32.addr.02616
  store <16 x float> %2562, ptr %2590, align 4
  %2591 = getelementptr inbounds float, ptr %2538, i64 %j32.addr.02616
  store <16 x float> %2567, ptr %2591, align 4
  %2592 = getelementptr inbounds float, ptr %2540, i64 %j32.addr.02616
  store <16 x float> %2572, ptr %2592, align 4
  %2593 = getelementptr inbounds float, ptr %2542, i64 %j32.addr.02616
  store <16 x float> %2577, ptr %2593, align 4
  %2594 = getelementptr inbounds float, ptr %2544, i64 %j32.addr.02616
  store <16 x float> %2582, ptr %2594, align 4
  %2595 = getelementptr inbounds float, ptr %2546, i64 %j32.addr.02616
  store <16 x float> %2587, ptr %2595, align 4
  %j32.next = add nuw nsw i64 %j32.addr.02616, 16
  %2596 = icmp ult i64 %j32.next, %2529
  br i1 %2596, label %p12.head.preheader, label %i45.head.loopexit

t4.body:                                          ; preds = %i45.head.loopexit, %j34.exit
  %indvars.iv2908 = phi i64 [ %indvars.iv.next2909, %j34.exit ], [ 1, %i45.head.loopexit ]
  %t4.addr.02620 = phi i64 [ %t4.next, %j34.exit ], [ 0, %i45.head.loopexit ]
  %2597 = shl nuw nsw i64 %t4.addr.02620, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %2597, i64 1)
  %i46 = shl nuw nsw i64 %t4.addr.02620, 1
  %.not2691 = icmp eq i64 %t4.addr.02620, 0
  br i1 %.not2691, label %j33.exit, label %j33.body.lr.ph

j33.body.lr.ph:                                   ; preds = %t4.body
  %2598 = shl nuw nsw i64 %t4.addr.02620, 9
  %2599 = or disjoint i64 %2598, 128
  %2600 = getelementptr inbounds float, ptr %Ak, i64 %2599
  %gep3141 = getelementptr inbounds float, ptr %invariant.gep3140, i64 %i46
  %xtraiter3486 = and i64 %umax, 7
  %2601 = icmp ult i64 %t4.addr.02620, 4
  br i1 %2601, label %j33.exit.loopexit.unr-lcssa, label %j33.body.lr.ph.new

j33.body.lr.ph.new:                               ; preds = %j33.body.lr.ph
  %unroll_iter3488 = and i64 %umax, 9223372036854775800
  br label %j33.body

j33.body:                                         ; preds = %j33.body, %j33.body.lr.ph.new
  %j33.addr.02618 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %j33.next.7, %j33.body ]
  %niter3489 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %niter3489.next.7, %j33.body ]
  %2602 = getelementptr inbounds float, ptr %2600, i64 %j33.addr.02618
  %2603 = load float, ptr %2602, align 4
  %2604 = fneg float %2603
  store float %2604, ptr %2602, align 4
  %.idx2692 = shl nsw i64 %j33.addr.02618, 10
  %gep3135 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692
  store float %2604, ptr %gep3135, align 4
  %j33.next = or disjoint i64 %j33.addr.02618, 1
  %2605 = getelementptr inbounds float, ptr %2600, i64 %j33.next
  %2606 = load float, ptr %2605, align 4
  %2607 = fneg float %2606
  store float %2607, ptr %2605, align 4
  %.idx2692.1 = shl nsw i64 %j33.next, 10
  %gep3135.1 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.1
  store float %2607, ptr %gep3135.1, align 4
  %j33.next.1 = or disjoint i64 %j33.addr.02618, 2
  %2608 = getelementptr inbounds float, ptr %2600, i64 %j33.next.1
  %2609 = load float, ptr %2608, align 4
  %2610 = fneg float %2609
  store float %2610, ptr %2608, align 4
  %.idx2692.2 = shl nsw i64 %j33.next.1, 10
  %gep3135.2 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.2
  store float %2610, ptr %gep3135.2, align 4
  %j33.next.2 = or disjoint i64 %j33.addr.02618, 3
  %2611 = getelementptr inbounds float, ptr %2600, i64 %j33.next.2
  %2612 = load float, ptr %2611, align 4
  %2613 = fneg float %2612
  store float %2613, ptr %2611, align 4
  %.idx2692.3 = shl nsw i64 %j33.next.2, 10
  %gep3135.3 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.3
  store float %2613, ptr %gep3135.3, align 4
  %j33.next.3 = or disjoint i64 %j33.addr.02618, 4
  %2614 = getelementptr inbounds float, ptr %2600, i64 %j33.next.3
  %2615 = load float, ptr %2614, align 4
  %2616 = fneg float %2615
  store float %2616, ptr %2614, align 4
  %.idx2692.4 = shl nsw i64 %j33.next.3, 10
  %gep3135.4 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.4
  store float %2616, ptr %gep3135.4, align 4
  %j33.next.4 = or disjoint i64 %j33.addr.02618, 5
  %2617 = getelementptr inbounds float, ptr %2600, i64 %j33.next.4
  %2618 = load float, ptr %2617, align 4
  %2619 = fneg float %2618
  store float %2619, ptr %2617, align 4
  %.idx2692.5 = shl nsw i64 %j33.next.4, 10
  %gep3135.5 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.5
  store float %2619, ptr %gep3135.5, align 4
  %j33.next.5 = or disjoint i64 %j33.addr.02618, 6
  %2620 = getelementptr inbounds float, ptr %2600, i64 %j33.next.5
  %2621 = load float, ptr %2620, align 4
  %2622 = fneg float %2621
  store float %2622, ptr %2620, align 4
  %.idx2692.6 = shl nsw i64 %j33.next.5, 10
  %gep3135.6 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.6
  store float %2622, ptr %gep3135.6, align 4
  %j33.next.6 = or disjoint i64 %j33.addr.02618, 7
  %2623 = getelementptr inbounds float, ptr %2600, i64 %j33.next.6
  %2624 = load float, ptr %2623, align 4
  %2625 = fneg float %2624
  store float %2625, ptr %2623, align 4
  %.idx2692.7 = shl nsw i64 %j33.next.6, 10
  %gep3135.7 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.7
  store float %2625, ptr %gep3135.7, align 4
  %j33.next.7 = add nuw nsw i64 %j33.addr.02618, 8
  %niter3489.next.7 = add i64 %niter3489, 8
  %niter3489.ncmp.7 = icmp eq i64 %niter3489.next.7, %unroll_iter3488
  br i1 %niter3489.ncmp.7, label %j33.exit.loopexit.unr-lcssa, label %j33.body

j33.exit.loopexit.unr-lcssa:                      ; preds = %j33.body, %j33.body.lr.ph
  %j33.addr.02618.unr = phi i64 [ 0, %j33.body.lr.ph ], [ %j33.next.7, %j33.body ]
  %lcmp.mod3487.not = icmp eq i64 %xtraiter3486, 0
  br i1 %lcmp.mod3487.not, label %j33.exit, label %j33.body.epil

j33.body.epil:                                    ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil
  %j33.addr.02618.epil = phi i64 [ %j33.next.epil, %j33.body.epil ], [ %j33.addr.02618.unr, %j33.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j33.body.epil ], [ 0, %j33.exit.loopexit.unr-lcssa ]
  %2626 = getelementptr inbounds float, ptr %2600, i64 %j33.addr.02618.epil
  %2627 = load float, ptr %2626, align 4
  %2628 = fneg float %2627
  store float %2628, ptr %2626, align 4
  %.idx2692.epil = shl nsw i64 %j33.addr.02618.epil, 10
  %gep3135.epil = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.epil
  store float %2628, ptr %gep3135.epil, align 4
  %j33.next.epil = add nuw nsw i64 %j33.addr.02618.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3486
  br i1 %epil.iter.cmp.not, label %j33.exit, label %j33.body.epil, !llvm.loop !0

j33.exit:                                         ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil, %t4.body
  %.idx2693 = mul nuw nsw i64 %t4.addr.02620, 2056
  %gep3143 = getelementptr inbounds i8, ptr %invariant.gep3142, i64 %.idx2693
  store float 0.000000e+00, ptr %gep3143, align 4
  %i47 = or disjoint i64 %i46, 1
  %2629 = shl nuw nsw i64 %i47, 8
  %2630 = or disjoint i64 %2629, 128
  %2631 = getelementptr inbounds float, ptr %Ak, i64 %2630
  %gep3145 = getelementptr inbounds float, ptr %invariant.gep3144, i64 %i47
  %xtraiter3490 = and i64 %indvars.iv2908, 7
  %2632 = icmp ult i64 %t4.addr.02620, 4
  br i1 %2632, label %j34.exit.unr-lcssa, label %j33.exit.new

j33.exit.new:                                     ; preds = %j33.exit
  %unroll_iter3493 = and i64 %indvars.iv2908, 9223372036854775800
  br label %j34.body

j34.body:                                         ; preds = %j34.body, %j33.exit.new
  %j34.addr.02619 = phi i64 [ 0, %j33.exit.new ], [ %j34.next.7, %j34.body ]
  %niter3494 = phi i64 [ 0, %j33.exit.new ], [ %niter3494.next.7, %j34.body ]
  %2633 = getelementptr inbounds float, ptr %2631, i64 %j34.addr.02619
  %2634 = load float, ptr %2633, align 4
  %2635 = fneg float %2634
  store float %2635, ptr %2633, align 4
  %.idx2694 = shl nsw i64 %j34.addr.02619, 10
  %gep3139 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694
  store float %2635, ptr %gep3139, align 4
  %j34.next = or disjoint i64 %j34.addr.02619, 1
  %2636 = getelementptr inbounds float, ptr %2631, i64 %j34.next
  %2637 = load float, ptr %2636, align 4
  %2638 = fneg float %2637
  store float %2638, ptr %2636, align 4
  %.idx2694.1 = shl nsw i64 %j34.next, 10
  %gep3139.1 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.1
  store float %2638, ptr %gep3139.1, align 4
  %j34.next.1 = or disjoint i64 %j34.addr.02619, 2
  %2639 = getelementptr inbounds float, ptr %2631, i64 %j34.next.1
  %2640 = load float, ptr %2639, align 4
  %2641 = fneg float %2640
  store float %2641, ptr %2639, align 4
  %.idx2694.2 = shl nsw i64 %j34.next.1, 10
  %gep3139.2 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.2
  store float %2641, ptr %gep3139.2, align 4
  %j34.next.2 = or disjoint i64 %j34.addr.02619, 3
  %2642 = getelementptr inbounds float, ptr %2631, i64 %j34.next.2
  %2643 = load float, ptr %2642, align 4
  %2644 = fneg float %2643
  store float %2644, ptr %2642, align 4
  %.idx2694.3 = shl nsw i64 %j34.next.2, 10
  %gep3139.3 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.3
  store float %2644, ptr %gep3139.3, align 4
  %j34.next.3 = or disjoint i64 %j34.addr.02619, 4
  %2645 = getelementptr inbounds float, ptr %2631, i64 %j34.next.3
  %2646 = load float, ptr %2645, align 4
  %2647 = fneg float %2646
  store float %2647, ptr %2645, align 4
  %.idx2694.4 = shl nsw i64 %j34.next.3, 10
  %gep3139.4 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.4
  store float %2647, ptr %gep3139.4, align 4
  %j34.next.4 = or disjoint i64 %j34.addr.02619, 5
  %2648 = getelementptr inbounds float, ptr %2631, i64 %j34.next.4
  %2649 = load float, ptr %2648, align 4
  %2650 = fneg float %2649
  store float %2650, ptr %2648, align 4
  %.idx2694.5 = shl nsw i64 %j34.next.4, 10
  %gep3139.5 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.5
  store float %2650, ptr %gep3139.5, align 4
  %j34.next.5 = or disjoint i64 %j34.addr.02619, 6
  %2651 = getelementptr inbounds float, ptr %2631, i64 %j34.next.5
  %2652 = load float, ptr %2651, align 4
  %2653 = fneg float %2652
  store float %2653, ptr %2651, align 4
  %.idx2694.6 = shl nsw i64 %j34.next.5, 10
  %gep3139.6 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.6
  store float %2653, ptr %gep3139.6, align 4
  %j34.next.6 = or disjoint i64 %j34.addr.02619, 7
  %2654 = getelementptr inbounds float, ptr %2631, i64 %j34.next.6
  %2655 = load float, ptr %2654, align 4
  %2656 = fneg float %2655
  store float %2656, ptr %2654, align 4
  %.idx2694.7 = shl nsw i64 %j34.next.6, 10
  %gep3139.7 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.7
  store float %2656, ptr %gep3139.7, align 4
  %j34.next.7 = add nuw nsw i64 %j34.addr.02619, 8
  %niter3494.next.7 = add i64 %niter3494, 8
  %niter3494.ncmp.7 = icmp eq i64 %niter3494.next.7, %unroll_iter3493
  br i1 %niter3494.ncmp.7, label %j34.exit.unr-lcssa, label %j34.body

j34.exit.unr-lcssa:                               ; preds = %j34.body, %j33.exit
  %j34.addr.02619.unr = phi i64 [ 0, %j33.exit ], [ %j34.next.7, %j34.body ]
  %lcmp.mod3492.not = icmp eq i64 %xtraiter3490, 0
  br i1 %lcmp.mod3492.not, label %j34.exit, label %j34.body.epil

j34.body.epil:                                    ; preds = %j34.exit.unr-lcssa, %j34.body.epil
  %j34.addr.02619.epil = phi i64 [ %j34.next.epil, %j34.body.epil ], [ %j34.addr.02619.unr, %j34.exit.unr-lcssa ]
  %epil.iter3491 = phi i64 [ %epil.iter3491.next, %j34.body.epil ], [ 0, %j34.exit.unr-lcssa ]
  %2657 = getelementptr inbounds float, ptr %2631, i64 %j34.addr.02619.epil
  %2658 = load float, ptr %2657, align 4
  %2659 = fneg float %2658
  store float %2659, ptr %2657, align 4
  %.idx2694.epil = shl nsw i64 %j34.addr.02619.epil, 10
  %gep3139.epil = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.epil
  store float %2659, ptr %gep3139.epil, align 4
  %j34.next.epil = add nuw nsw i64 %j34.addr.02619.epil, 1
  %epil.iter3491.next = add i64 %epil.iter3491, 1
  %epil.iter3491.cmp.not = icmp eq i64 %epil.iter3491.next, %xtraiter3490
  br i1 %epil.iter3491.cmp.not, label %j34.exit, label %j34.body.epil, !llvm.loop !2

j34.exit:                                         ; preds = %j34.body.epil, %j34.exit.unr-lcssa
  %.idx2695 = mul nuw nsw i64 %i47, 1028
  %gep3147 = getelementptr inbounds i8, ptr %invariant.gep3146, i64 %.idx2695
  store float 0.000000e+00, ptr %gep3147, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02620, 1
  %indvars.iv.next2909 = add nuw nsw i64 %indvars.iv2908, 2
  %exitcond2911.not = icmp eq i64 %t4.next, 64
  br i1 %exitcond2911.not, label %p13.head.preheader, label %t4.body

t5.head.preheader:                                ; preds = %p13.exit
  %2660 = icmp sgt i64 %66, 0
  br i1 %2660, label %j36.head.preheader.preheader, label %t5.exit

j36.head.preheader.preheader:                     ; preds = %t5.head.preheader
  %xtraiter3497 = and i64 %smax3496, 1
  %2661 = icmp slt i64 %indvars.iv2921, 2
  br i1 %2661, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader.preheader.new

j36.head.preheader.preheader.new:                 ; preds = %j36.head.preheader.preheader
  %unroll_iter3500 = and i64 %smax3496, 126
  br label %j36.head.preheader

p13.head.preheader:                               ; preds = %j34.exit, %p13.exit
  %i48.addr.02638 = phi i64 [ %i48.next, %p13.exit ], [ 0, %j34.exit ]
  %2662 = shl nuw nsw i64 %i48.addr.02638, 8
  br label %p13.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02637 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc159.02636 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2724, %p13.body ]
  %acc158.02635 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2723, %p13.body ]
  %acc157.02634 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2717, %p13.body ]
  %acc156.02633 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2716, %p13.body ]
  %acc155.02632 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2710, %p13.body ]
  %acc154.02631 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2709, %p13.body ]
  %acc153.02630 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2703, %p13.body ]
  %acc152.02629 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2702, %p13.body ]
  %acc151.02628 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2696, %p13.body ]
  %acc150.02627 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2695, %p13.body ]
  %acc149.02626 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2689, %p13.body ]
  %acc148.02625 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2688, %p13.body ]
  %acc147.02624 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2682, %p13.body ]
  %acc146.02623 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2681, %p13.body ]
  %acc145.02622 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2675, %p13.body ]
  %acc144.02621 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2674, %p13.body ]
  %2663 = shl nuw nsw i64 %p13.addr.02637, 5
  %2664 = getelementptr inbounds float, ptr %Bk, i64 %2663
  %2665 = load <16 x float>, ptr %2664, align 4
  %2666 = or disjoint i64 %2663, 16
  %2667 = getelementptr inbounds float, ptr %Bk, i64 %2666
  %2668 = load <16 x float>, ptr %2667, align 4
  %2669 = add nuw nsw i64 %p13.addr.02637, %2662
  %2670 = getelementptr inbounds float, ptr %Ak, i64 %2669
  %2671 = load float, ptr %2670, align 4
  %2672 = insertelement <16 x float> poison, float %2671, i64 0
  %2673 = shufflevector <16 x float> %2672, <16 x float> poison, <16 x i32> zeroinitializer
  %2674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2673, <16 x float> %2665, <16 x float> %acc144.02621)
  %2675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2673, <16 x float> %2668, <16 x float> %acc145.02622)
  %2676 = or disjoint i64 %2669, 256
  %2677 = getelementptr inbounds float, ptr %Ak, i64 %2676
  %2678 = load float, ptr %2677, align 4
  %2679 = insertelement <16 x float> poison, float %2678, i64 0
  %2680 = shufflevector <16 x float> %2679, <16 x float> poison, <16 x i32> zeroinitializer
  %2681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2680, <16 x float> %2665, <16 x float> %acc146.02623)
  %2682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2680, <16 x float> %2668, <16 x float> %acc147.02624)
  %2683 = or disjoint i64 %2669, 512
  %2684 = getelementptr inbounds float, ptr %Ak, i64 %2683
  %2685 = load float, ptr %2684, align 4
  %2686 = insertelement <16 x float> poison, float %2685, i64 0
  %2687 = shufflevector <16 x float> %2686, <16 x float> poison, <16 x i32> zeroinitializer
  %2688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2687, <16 x float> %2665, <16 x float> %acc148.02625)
  %2689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2687, <16 x float> %2668, <16 x float> %acc149.02626)
  %2690 = or disjoint i64 %2669, 768
  %2691 = getelementptr inbounds float, ptr %Ak, i64 %2690
  %2692 = load float, ptr %2691, align 4
  %2693 = insertelement <16 x float> poison, float %2692, i64 0
  %2694 = shufflevector <16 x float> %2693, <16 x float> poison, <16 x i32> zeroinitializer
  %2695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2694, <16 x float> %2665, <16 x float> %acc150.02627)
  %2696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2694, <16 x float> %2668, <16 x float> %acc151.02628)
  %2697 = or disjoint i64 %2669, 1024
  %2698 = getelementptr inbounds float, ptr %Ak, i64 %2697
  %2699 = load float, ptr %2698, align 4
  %2700 = insertelement <16 x float> poison, float %2699, i64 0
  %2701 = shufflevector <16 x float> %2700, <16 x float> poison, <16 x i32> zeroinitializer
  %2702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2665, <16 x float> %acc152.02629)
  %2703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2668, <16 x float> %acc153.02630)
  %2704 = or disjoint i64 %2669, 1280
  %2705 = getelementptr inbounds float, ptr %Ak, i64 %2704
  %2706 = load float, ptr %2705, align 4
  %2707 = insertelement <16 x float> poison, float %2706, i64 0
  %2708 = shufflevector <16 x float> %2707, <16 x float> poison, <16 x i32> zeroinitializer
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2665, <16 x float> %acc154.02631)
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2668, <16 x float> %acc155.02632)
  %2711 = or disjoint i64 %2669, 1536
  %2712 = getelementptr inbounds float, ptr %Ak, i64 %2711
  %2713 = load float, ptr %2712, align 4
  %2714 = insertelement <16 x float> poison, float %2713, i64 0
  %2715 = shufflevector <16 x float> %2714, <16 x float> poison, <16 x i32> zeroinitializer
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2665, <16 x float> %acc156.02633)
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2668, <16 x float> %acc157.02634)
  %2718 = or disjoint i64 %2669, 1792
  %2719 = getelementptr inbounds float, ptr %Ak, i64 %2718
  %2720 = load float, ptr %2719, align 4
  %2721 = insertelement <16 x float> poison, float %2720, i64 0
  %2722 = shufflevector <16 x float> %2721, <16 x float> poison, <16 x i32> zeroinitializer
  %2723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2665, <16 x float> %acc158.02635)
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2668, <16 x float> %acc159.02636)
  %p13.next = add nuw nsw i64 %p13.addr.02637, 1
  %exitcond2912.not = icmp eq i64 %p13.next, 256
  br i1 %exitcond2912.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2725 = shl nuw nsw i64 %i48.addr.02638, 5
  %2726 = getelementptr inbounds float, ptr %dKc, i64 %2725
  store <16 x float> %2674, ptr %2726, align 4
  %2727 = or disjoint i64 %2725, 16
  %2728 = getelementptr inbounds float, ptr %dKc, i64 %2727
  store <16 x float> %2675, ptr %2728, align 4
  %2729 = or disjoint i64 %2725, 32
  %2730 = getelementptr inbounds float, ptr %dKc, i64 %2729
  store <16 x float> %2681, ptr %2730, align 4
  %2731 = or disjoint i64 %2725, 48
  %2732 = getelementptr inbounds float, ptr %dKc, i64 %2731
  store <16 x float> %2682, ptr %2732, align 4
  %2733 = or disjoint i64 %2725, 64
  %2734 = getelementptr inbounds float, ptr %dKc, i64 %2733
  store <16 x float> %2688, ptr %2734, align 4
  %2735 = or disjoint i64 %2725, 80
  %2736 = getelementptr inbounds float, ptr %dKc, i64 %2735
  store <16 x float> %2689, ptr %2736, align 4
  %2737 = or disjoint i64 %2725, 96
  %2738 = getelementptr inbounds float, ptr %dKc, i64 %2737
  store <16 x float> %2695, ptr %2738, align 4
  %2739 = or disjoint i64 %2725, 112
  %2740 = getelementptr inbounds float, ptr %dKc, i64 %2739
  store <16 x float> %2696, ptr %2740, align 4
  %2741 = or disjoint i64 %2725, 128
  %2742 = getelementptr inbounds float, ptr %dKc, i64 %2741
  store <16 x float> %2702, ptr %2742, align 4
  %2743 = or disjoint i64 %2725, 144
  %2744 = getelementptr inbounds float, ptr %dKc, i64 %2743
  store <16 x float> %2703, ptr %2744, align 4
  %2745 = or disjoint i64 %2725, 160
  %2746 = getelementptr inbounds float, ptr %dKc, i64 %2745
  store <16 x float> %2709, ptr %2746, align 4
  %2747 = or disjoint i64 %2725, 176
  %2748 = getelementptr inbounds float, ptr %dKc, i64 %2747
  store <16 x float> %2710, ptr %2748, align 4
  %2749 = or disjoint i64 %2725, 192
  %2750 = getelementptr inbounds float, ptr %dKc, i64 %2749
  store <16 x float> %2716, ptr %2750, align 4
  %2751 = or disjoint i64 %2725, 208
  %2752 = getelementptr inbounds float, ptr %dKc, i64 %2751
  store <16 x float> %2717, ptr %2752, align 4
  %2753 = or disjoint i64 %2725, 224
  %2754 = getelementptr inbounds float, ptr %dKc, i64 %2753
  store <16 x float> %2723, ptr %2754, align 4
  %2755 = or disjoint i64 %2725, 240
  %2756 = getelementptr inbounds float, ptr %dKc, i64 %2755
  store <16 x float> %2724, ptr %2756, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02638, 8
  %2757 = icmp ult i64 %i48.addr.02638, 120
  br i1 %2757, label %p13.head.preheader, label %t5.head.preheader

j36.head.preheader:                               ; preds = %j36.head.preheader, %j36.head.preheader.preheader.new
  %t5.addr.02644 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %t5.next.1, %j36.head.preheader ]
  %niter3501 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %niter3501.next.1, %j36.head.preheader ]
  %2758 = mul i64 %18, %t5.addr.02644
  %2759 = add i64 %60, %2758
  %scevgep2919 = getelementptr i8, ptr %dv, i64 %2759
  %2760 = shl nuw nsw i64 %t5.addr.02644, 8
  %gep3149 = getelementptr i8, ptr %invariant.gep3148, i64 %2760
  %scevgep2917 = getelementptr i8, ptr %dk, i64 %2759
  %gep3151 = getelementptr i8, ptr %invariant.gep3150, i64 %2760
  %2761 = add i64 %61, %2758
  %scevgep2915 = getelementptr i8, ptr %dv, i64 %2761
  %gep3153 = getelementptr i8, ptr %invariant.gep3152, i64 %2760
  %scevgep2913 = getelementptr i8, ptr %dk, i64 %2761
  %gep3155 = getelementptr i8, ptr %invariant.gep3154, i64 %2760
  %2762 = add nsw i64 %t5.addr.02644, %t0
  %2763 = mul nsw i64 %2762, %sq
  %.idx2696 = shl nsw i64 %t5.addr.02644, 7
  %2764 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2696
  %2765 = load <16 x float>, ptr %2764, align 4
  %2766 = fmul <16 x float> %2765, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2767 = getelementptr float, ptr %qh1, i64 %2763
  store <16 x float> %2766, ptr %2767, align 4
  %2768 = getelementptr inbounds i8, ptr %34, i64 %.idx2696
  %2769 = load <16 x float>, ptr %2768, align 4
  %2770 = fmul <16 x float> %2769, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2771 = getelementptr float, ptr %58, i64 %2763
  store <16 x float> %2770, ptr %2771, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2913, ptr noundef nonnull align 4 dereferenceable(128) %gep3155, i64 128, i1 false)
  %i50 = shl nuw nsw i64 %t5.addr.02644, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2915, ptr noundef nonnull align 4 dereferenceable(128) %gep3153, i64 128, i1 false)
  %tau2 = shl nsw i64 %2762, 1
  %2772 = getelementptr inbounds float, ptr %dbet, i64 %i50
  %2773 = load float, ptr %2772, align 4
  %2774 = mul nsw i64 %tau2, %H
  %2775 = getelementptr inbounds float, ptr %betah1, i64 %2774
  store float %2773, ptr %2775, align 4
  %i53 = or disjoint i64 %i50, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2917, ptr noundef nonnull align 4 dereferenceable(128) %gep3151, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2919, ptr noundef nonnull align 4 dereferenceable(128) %gep3149, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2776 = getelementptr inbounds float, ptr %dbet, i64 %i53
  %2777 = load float, ptr %2776, align 4
  %2778 = mul nsw i64 %tau3, %H
  %2779 = getelementptr inbounds float, ptr %betah1, i64 %2778
  store float %2777, ptr %2779, align 4
  %t5.next = or disjoint i64 %t5.addr.02644, 1
  %2780 = mul i64 %18, %t5.next
  %2781 = add i64 %60, %2780
  %scevgep2919.1 = getelementptr i8, ptr %dv, i64 %2781
  %2782 = shl nuw nsw i64 %t5.next, 8
  %gep3149.1 = getelementptr i8, ptr %invariant.gep3148, i64 %2782
  %scevgep2917.1 = getelementptr i8, ptr %dk, i64 %2781
  %gep3151.1 = getelementptr i8, ptr %invariant.gep3150, i64 %2782
  %2783 = add i64 %61, %2780
  %scevgep2915.1 = getelementptr i8, ptr %dv, i64 %2783
  %gep3153.1 = getelementptr i8, ptr %invariant.gep3152, i64 %2782
  %scevgep2913.1 = getelementptr i8, ptr %dk, i64 %2783
  %gep3155.1 = getelementptr i8, ptr %invariant.gep3154, i64 %2782
  %2784 = add nsw i64 %t5.next, %t0
  %2785 = mul nsw i64 %2784, %sq
  %.idx2696.1 = shl nsw i64 %t5.next, 7
  %2786 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2696.1
  %2787 = load <16 x float>, ptr %2786, align 4
  %2788 = fmul <16 x float> %2787, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2789 = getelementptr float, ptr %qh1, i64 %2785
  store <16 x float> %2788, ptr %2789, align 4
  %2790 = getelementptr inbounds i8, ptr %34, i64 %.idx2696.1
  %2791 = load <16 x float>, ptr %2790, align 4
  %2792 = fmul <16 x float> %2791, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2793 = getelementptr float, ptr %58, i64 %2785
  store <16 x float> %2792, ptr %2793, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2913.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3155.1, i64 128, i1 false)
  %i50.1 = shl nuw nsw i64 %t5.next, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2915.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3153.1, i64 128, i1 false)
  %tau2.1 = shl nsw i64 %2784, 1
  %2794 = getelementptr inbounds float, ptr %dbet, i64 %i50.1
  %2795 = load float, ptr %2794, align 4
  %2796 = mul nsw i64 %tau2.1, %H
  %2797 = getelementptr inbounds float, ptr %betah1, i64 %2796
  store float %2795, ptr %2797, align 4
  %i53.1 = or disjoint i64 %i50.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2917.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3151.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2919.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3149.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %2798 = getelementptr inbounds float, ptr %dbet, i64 %i53.1
  %2799 = load float, ptr %2798, align 4
  %2800 = mul nsw i64 %tau3.1, %H
  %2801 = getelementptr inbounds float, ptr %betah1, i64 %2800
  store float %2799, ptr %2801, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02644, 2
  %niter3501.next.1 = add i64 %niter3501, 2
  %niter3501.ncmp.1 = icmp eq i64 %niter3501.next.1, %unroll_iter3500
  br i1 %niter3501.ncmp.1, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader

t5.exit.loopexit.unr-lcssa:                       ; preds = %j36.head.preheader, %j36.head.preheader.preheader
  %t5.addr.02644.unr = phi i64 [ 0, %j36.head.preheader.preheader ], [ %t5.next.1, %j36.head.preheader ]
  %lcmp.mod3499.not = icmp eq i64 %xtraiter3497, 0
  br i1 %lcmp.mod3499.not, label %t5.exit, label %j36.head.preheader.epil

j36.head.preheader.epil:                          ; preds = %t5.exit.loopexit.unr-lcssa
  %2802 = mul i64 %18, %t5.addr.02644.unr
  %2803 = add i64 %60, %2802
  %scevgep2919.epil = getelementptr i8, ptr %dv, i64 %2803
  %2804 = shl nuw nsw i64 %t5.addr.02644.unr, 8
  %gep3149.epil = getelementptr i8, ptr %invariant.gep3148, i64 %2804
  %scevgep2917.epil = getelementptr i8, ptr %dk, i64 %2803
  %gep3151.epil = getelementptr i8, ptr %invariant.gep3150, i64 %2804
  %2805 = add i64 %61, %2802
  %scevgep2915.epil = getelementptr i8, ptr %dv, i64 %2805
  %gep3153.epil = getelementptr i8, ptr %invariant.gep3152, i64 %2804
  %scevgep2913.epil = getelementptr i8, ptr %dk, i64 %2805
  %gep3155.epil = getelementptr i8, ptr %invariant.gep3154, i64 %2804
  %2806 = add nsw i64 %t5.addr.02644.unr, %t0
  %2807 = mul nsw i64 %2806, %sq
  %.idx2696.epil = shl nsw i64 %t5.addr.02644.unr, 7
  %2808 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2696.epil
  %2809 = load <16 x float>, ptr %2808, align 4
  %2810 = fmul <16 x float> %2809, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2811 = getelementptr float, ptr %qh1, i64 %2807
  store <16 x float> %2810, ptr %2811, align 4
  %2812 = getelementptr inbounds i8, ptr %34, i64 %.idx2696.epil
  %2813 = load <16 x float>, ptr %2812, align 4
  %2814 = fmul <16 x float> %2813, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2815 = getelementptr float, ptr %58, i64 %2807
  store <16 x float> %2814, ptr %2815, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2913.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3155.epil, i64 128, i1 false)
  %i50.epil = shl nuw nsw i64 %t5.addr.02644.unr, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2915.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3153.epil, i64 128, i1 false)
  %tau2.epil = shl nsw i64 %2806, 1
  %2816 = getelementptr inbounds float, ptr %dbet, i64 %i50.epil
  %2817 = load float, ptr %2816, align 4
  %2818 = mul nsw i64 %tau2.epil, %H
  %2819 = getelementptr inbounds float, ptr %betah1, i64 %2818
  store float %2817, ptr %2819, align 4
  %i53.epil = or disjoint i64 %i50.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2917.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3151.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2919.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3149.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %2820 = getelementptr inbounds float, ptr %dbet, i64 %i53.epil
  %2821 = load float, ptr %2820, align 4
  %2822 = mul nsw i64 %tau3.epil, %H
  %2823 = getelementptr inbounds float, ptr %betah1, i64 %2822
  store float %2821, ptr %2823, align 4
  br label %t5.exit

t5.exit:                                          ; preds = %j36.head.preheader.epil, %t5.exit.loopexit.unr-lcssa, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.02645, 1
  %indvars.iv.next2922 = add i64 %indvars.iv2921, 64
  %exitcond2925.not = icmp eq i64 %cc.next, %smax2924
  br i1 %exitcond2925.not, label %j41.head.preheader, label %cc.body

j41.head.preheader:                               ; preds = %bh.body, %t5.exit
  %2824 = getelementptr i8, ptr %dh0, i64 %36
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2824, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927, i64 128, i1 false)
  %scevgep2926.1 = getelementptr i8, ptr %2824, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.1, i64 128, i1 false)
  %scevgep2926.2 = getelementptr i8, ptr %2824, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.2, i64 128, i1 false)
  %scevgep2926.3 = getelementptr i8, ptr %2824, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.3, i64 128, i1 false)
  %scevgep2926.4 = getelementptr i8, ptr %2824, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.4, i64 128, i1 false)
  %scevgep2926.5 = getelementptr i8, ptr %2824, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.5, i64 128, i1 false)
  %scevgep2926.6 = getelementptr i8, ptr %2824, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.6, i64 128, i1 false)
  %scevgep2926.7 = getelementptr i8, ptr %2824, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.7, i64 128, i1 false)
  %scevgep2926.8 = getelementptr i8, ptr %2824, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.8, i64 128, i1 false)
  %scevgep2926.9 = getelementptr i8, ptr %2824, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.9, i64 128, i1 false)
  %scevgep2926.10 = getelementptr i8, ptr %2824, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.10, i64 128, i1 false)
  %scevgep2926.11 = getelementptr i8, ptr %2824, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.11, i64 128, i1 false)
  %scevgep2926.12 = getelementptr i8, ptr %2824, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.12, i64 128, i1 false)
  %scevgep2926.13 = getelementptr i8, ptr %2824, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.13, i64 128, i1 false)
  %scevgep2926.14 = getelementptr i8, ptr %2824, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.14, i64 128, i1 false)
  %scevgep2926.15 = getelementptr i8, ptr %2824, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.15, i64 128, i1 false)
  %scevgep2926.16 = getelementptr i8, ptr %2824, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.16, i64 128, i1 false)
  %scevgep2926.17 = getelementptr i8, ptr %2824, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.17, i64 128, i1 false)
  %scevgep2926.18 = getelementptr i8, ptr %2824, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.18, i64 128, i1 false)
  %scevgep2926.19 = getelementptr i8, ptr %2824, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.19, i64 128, i1 false)
  %scevgep2926.20 = getelementptr i8, ptr %2824, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.20, i64 128, i1 false)
  %scevgep2926.21 = getelementptr i8, ptr %2824, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.21, i64 128, i1 false)
  %scevgep2926.22 = getelementptr i8, ptr %2824, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.22, i64 128, i1 false)
  %scevgep2926.23 = getelementptr i8, ptr %2824, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.23, i64 128, i1 false)
  %scevgep2926.24 = getelementptr i8, ptr %2824, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.24, i64 128, i1 false)
  %scevgep2926.25 = getelementptr i8, ptr %2824, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.25, i64 128, i1 false)
  %scevgep2926.26 = getelementptr i8, ptr %2824, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.26, i64 128, i1 false)
  %scevgep2926.27 = getelementptr i8, ptr %2824, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.27, i64 128, i1 false)
  %scevgep2926.28 = getelementptr i8, ptr %2824, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.28, i64 128, i1 false)
  %scevgep2926.29 = getelementptr i8, ptr %2824, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.29, i64 128, i1 false)
  %scevgep2926.30 = getelementptr i8, ptr %2824, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.30, i64 128, i1 false)
  %scevgep2926.31 = getelementptr i8, ptr %2824, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02648, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2929.not = icmp eq i64 %indvar.next, %22
  br i1 %exitcond2929.not, label %bh.exit, label %bh.body
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
