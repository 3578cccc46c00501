; ---- dp_fwd_h2_k32_v32_r16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r16_nogate'
source_filename = "dp_fwd_h2_k32_v32_r16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
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
  %t0 = shl nsw i64 %ci.addr.0113, 4
  %19 = add nuw nsw i64 %t0, 16
  %20 = shl nsw i64 %ci.addr.0113, 5
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
; ---- dp_bwd_h2_k32_v32_c16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c16_nogate'
source_filename = "dp_bwd_h2_k32_v32_c16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 22528
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 57344
  %KSdS = getelementptr inbounds i8, ptr %work, i64 61440
  %KT = getelementptr inbounds i8, ptr %work, i64 49152
  %M = getelementptr inbounds i8, ptr %work, i64 87680
  %OY = getelementptr inbounds i8, ptr %work, i64 43008
  %PT = getelementptr inbounds i8, ptr %work, i64 81920
  %QK = getelementptr inbounds i8, ptr %work, i64 36864
  %QcT = getelementptr inbounds i8, ptr %work, i64 53248
  %Rr = getelementptr inbounds i8, ptr %work, i64 69632
  %Vn = getelementptr inbounds i8, ptr %work, i64 73728
  %VnT = getelementptr inbounds i8, ptr %work, i64 77824
  %bet = getelementptr inbounds i8, ptr %work, i64 86016
  %dOT = getelementptr inbounds i8, ptr %work, i64 55296
  %dQc = getelementptr inbounds i8, ptr %work, i64 83968
  %dbet = getelementptr i8, ptr %work, i64 86144
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2635 = getelementptr inbounds i8, ptr %work, i64 22720
  %invariant.gep2672 = getelementptr i8, ptr %work, i64 22848
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 12
  %7 = add i64 %6, -4096
  %8 = shl i64 %nc, 12
  %9 = shl nsw i64 %nc, 4
  %10 = add i64 %9, 144115188075855856
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -2048
  %13 = shl i64 %H, 7
  %14 = add i64 %8, -4096
  %15 = shl i64 %T, 8
  %16 = mul i64 %H, -4096
  %17 = shl i64 %H, 8
  %18 = add i64 %8, -3968
  %19 = add i64 %T, 16
  %20 = sub i64 %19, %9
  %smax2992 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %21 = sub i64 %bh1, %bh0
  %scevgep2896.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2896.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2896.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2896.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2896.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2896.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2896.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2896.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2896.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2896.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2896.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2896.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2896.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2896.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2896.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2896.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2896.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2896.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2896.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2896.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2896.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2896.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2896.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2896.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2896.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2896.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2896.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2896.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2896.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2896.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2896.31 = getelementptr i8, ptr %work, i64 7936
  %22 = getelementptr inbounds i8, ptr %work, i64 87688
  %23 = getelementptr inbounds i8, ptr %work, i64 87712
  %24 = getelementptr inbounds i8, ptr %work, i64 87720
  %25 = getelementptr inbounds i8, ptr %work, i64 87736
  %26 = getelementptr inbounds i8, ptr %work, i64 87740
  %27 = getelementptr inbounds i8, ptr %work, i64 87744
  %28 = getelementptr inbounds i8, ptr %work, i64 87776
  %invariant.gep3163 = getelementptr i8, ptr %work, i64 69760
  %invariant.gep3165 = getelementptr i8, ptr %work, i64 18560
  %invariant.gep3167 = getelementptr i8, ptr %work, i64 69632
  %invariant.gep3169 = getelementptr i8, ptr %work, i64 18432
  %invariant.gep3171 = getelementptr i8, ptr %work, i64 43008
  %invariant.gep3173 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3175 = getelementptr i8, ptr %work, i64 36864
  %invariant.gep3177 = getelementptr i8, ptr %work, i64 38912
  %invariant.gep3179 = getelementptr i8, ptr %work, i64 39040
  %invariant.gep3181 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3183 = getelementptr inbounds i8, ptr %work, i64 38976
  %invariant.gep3185 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3187 = getelementptr inbounds i8, ptr %work, i64 38976
  %29 = getelementptr inbounds i8, ptr %work, i64 69696
  %30 = getelementptr inbounds i8, ptr %work, i64 61504
  %31 = getelementptr inbounds i8, ptr %work, i64 81984
  %32 = getelementptr inbounds i8, ptr %work, i64 82048
  %33 = getelementptr inbounds i8, ptr %work, i64 87744
  %34 = getelementptr inbounds i8, ptr %work, i64 82112
  %35 = getelementptr inbounds i8, ptr %work, i64 82176
  %36 = getelementptr inbounds i8, ptr %work, i64 87808
  %37 = getelementptr inbounds i8, ptr %work, i64 82240
  %38 = getelementptr inbounds i8, ptr %work, i64 82304
  %39 = getelementptr inbounds i8, ptr %work, i64 87872
  %40 = getelementptr inbounds i8, ptr %work, i64 82368
  %41 = getelementptr inbounds i8, ptr %work, i64 82432
  %42 = getelementptr inbounds i8, ptr %work, i64 87936
  %43 = getelementptr inbounds i8, ptr %work, i64 82496
  %44 = getelementptr inbounds i8, ptr %work, i64 82560
  %45 = getelementptr inbounds i8, ptr %work, i64 88000
  %46 = getelementptr inbounds i8, ptr %work, i64 82624
  %47 = getelementptr inbounds i8, ptr %work, i64 82688
  %48 = getelementptr inbounds i8, ptr %work, i64 88064
  %49 = getelementptr inbounds i8, ptr %work, i64 82752
  %50 = getelementptr inbounds i8, ptr %work, i64 82816
  %51 = getelementptr inbounds i8, ptr %work, i64 88128
  %52 = getelementptr inbounds i8, ptr %work, i64 82880
  %53 = getelementptr inbounds i8, ptr %work, i64 82944
  %54 = getelementptr inbounds i8, ptr %work, i64 88192
  %55 = getelementptr inbounds i8, ptr %work, i64 83008
  %56 = getelementptr inbounds i8, ptr %work, i64 83072
  %57 = getelementptr inbounds i8, ptr %work, i64 88256
  %58 = getelementptr inbounds i8, ptr %work, i64 83136
  %59 = getelementptr inbounds i8, ptr %work, i64 83200
  %60 = getelementptr inbounds i8, ptr %work, i64 88320
  %61 = getelementptr inbounds i8, ptr %work, i64 83264
  %62 = getelementptr inbounds i8, ptr %work, i64 83328
  %63 = getelementptr inbounds i8, ptr %work, i64 88384
  %64 = getelementptr inbounds i8, ptr %work, i64 83392
  %65 = getelementptr inbounds i8, ptr %work, i64 83456
  %66 = getelementptr inbounds i8, ptr %work, i64 88448
  %67 = getelementptr inbounds i8, ptr %work, i64 83520
  %68 = getelementptr inbounds i8, ptr %work, i64 83584
  %69 = getelementptr inbounds i8, ptr %work, i64 88512
  %70 = getelementptr inbounds i8, ptr %work, i64 83648
  %71 = getelementptr inbounds i8, ptr %work, i64 83712
  %72 = getelementptr inbounds i8, ptr %work, i64 88576
  %73 = getelementptr inbounds i8, ptr %work, i64 83776
  %74 = getelementptr inbounds i8, ptr %work, i64 83840
  %75 = getelementptr inbounds i8, ptr %work, i64 88640
  %76 = getelementptr inbounds i8, ptr %work, i64 83904
  %invariant.gep3197 = getelementptr inbounds i8, ptr %work, i64 61568
  %invariant.gep3199 = getelementptr inbounds i8, ptr %work, i64 45056
  %invariant.gep3203 = getelementptr inbounds i8, ptr %work, i64 45120
  %77 = getelementptr inbounds i8, ptr %work, i64 22784
  %78 = getelementptr inbounds i8, ptr %work, i64 23232
  %79 = getelementptr inbounds i8, ptr %work, i64 23680
  %80 = getelementptr inbounds i8, ptr %work, i64 24128
  %81 = getelementptr inbounds i8, ptr %work, i64 24576
  %82 = getelementptr inbounds i8, ptr %work, i64 25024
  %83 = getelementptr inbounds i8, ptr %work, i64 25472
  %84 = getelementptr inbounds i8, ptr %work, i64 25920
  %85 = getelementptr inbounds i8, ptr %work, i64 26368
  %86 = getelementptr inbounds i8, ptr %work, i64 26816
  %87 = getelementptr inbounds i8, ptr %work, i64 27264
  %88 = getelementptr inbounds i8, ptr %work, i64 27712
  %89 = getelementptr inbounds i8, ptr %work, i64 28160
  %90 = getelementptr inbounds i8, ptr %work, i64 28608
  %91 = getelementptr inbounds i8, ptr %work, i64 29056
  %92 = getelementptr inbounds i8, ptr %work, i64 29504
  %93 = getelementptr inbounds i8, ptr %work, i64 29952
  %94 = getelementptr inbounds i8, ptr %work, i64 30400
  %95 = getelementptr inbounds i8, ptr %work, i64 30848
  %96 = getelementptr inbounds i8, ptr %work, i64 31296
  %97 = getelementptr inbounds i8, ptr %work, i64 31744
  %98 = getelementptr inbounds i8, ptr %work, i64 32192
  %99 = getelementptr inbounds i8, ptr %work, i64 32640
  %100 = getelementptr inbounds i8, ptr %work, i64 33088
  %101 = getelementptr inbounds i8, ptr %work, i64 33536
  %102 = getelementptr inbounds i8, ptr %work, i64 33984
  %103 = getelementptr inbounds i8, ptr %work, i64 34432
  %104 = getelementptr inbounds i8, ptr %work, i64 34880
  %105 = getelementptr inbounds i8, ptr %work, i64 35328
  %106 = getelementptr inbounds i8, ptr %work, i64 35776
  %107 = getelementptr inbounds i8, ptr %work, i64 36224
  %108 = getelementptr inbounds i8, ptr %work, i64 36672
  %109 = getelementptr inbounds i8, ptr %work, i64 84032
  %110 = getelementptr inbounds i8, ptr %work, i64 84096
  %111 = getelementptr inbounds i8, ptr %work, i64 84160
  %112 = getelementptr inbounds i8, ptr %work, i64 84224
  %113 = getelementptr inbounds i8, ptr %work, i64 84288
  %114 = getelementptr inbounds i8, ptr %work, i64 84352
  %115 = getelementptr inbounds i8, ptr %work, i64 84416
  %116 = getelementptr inbounds i8, ptr %work, i64 84480
  %117 = getelementptr inbounds i8, ptr %work, i64 84544
  %118 = getelementptr inbounds i8, ptr %work, i64 84608
  %119 = getelementptr inbounds i8, ptr %work, i64 84672
  %120 = getelementptr inbounds i8, ptr %work, i64 84736
  %121 = getelementptr inbounds i8, ptr %work, i64 84800
  %122 = getelementptr inbounds i8, ptr %work, i64 84864
  %123 = getelementptr inbounds i8, ptr %work, i64 84928
  %124 = getelementptr inbounds i8, ptr %work, i64 84992
  %125 = getelementptr inbounds i8, ptr %work, i64 85056
  %126 = getelementptr inbounds i8, ptr %work, i64 85120
  %127 = getelementptr inbounds i8, ptr %work, i64 85184
  %128 = getelementptr inbounds i8, ptr %work, i64 85248
  %129 = getelementptr inbounds i8, ptr %work, i64 85312
  %130 = getelementptr inbounds i8, ptr %work, i64 85376
  %131 = getelementptr inbounds i8, ptr %work, i64 85440
  %132 = getelementptr inbounds i8, ptr %work, i64 85504
  %133 = getelementptr inbounds i8, ptr %work, i64 85568
  %134 = getelementptr inbounds i8, ptr %work, i64 85632
  %135 = getelementptr inbounds i8, ptr %work, i64 85696
  %136 = getelementptr inbounds i8, ptr %work, i64 85760
  %137 = getelementptr inbounds i8, ptr %work, i64 85824
  %138 = getelementptr inbounds i8, ptr %work, i64 85888
  %139 = getelementptr inbounds i8, ptr %work, i64 85952
  %invariant.gep3205 = getelementptr i8, ptr %work, i64 45184
  %invariant.gep3207 = getelementptr i8, ptr %work, i64 45056
  %invariant.gep3211 = getelementptr inbounds i8, ptr %work, i64 22848
  %scevgep2995 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 49216
  %invariant.gep3201 = getelementptr inbounds i8, ptr %work, i64 61632
  %gep3198.1 = getelementptr inbounds i8, ptr %work, i64 61824
  %gep3200.1 = getelementptr inbounds i8, ptr %work, i64 45184
  %gep3202.1 = getelementptr inbounds i8, ptr %work, i64 61888
  %gep3204.1 = getelementptr inbounds i8, ptr %work, i64 45248
  %gep3198.2 = getelementptr inbounds i8, ptr %work, i64 62080
  %gep3200.2 = getelementptr inbounds i8, ptr %work, i64 45312
  %gep3202.2 = getelementptr inbounds i8, ptr %work, i64 62144
  %gep3204.2 = getelementptr inbounds i8, ptr %work, i64 45376
  %gep3198.3 = getelementptr inbounds i8, ptr %work, i64 62336
  %gep3200.3 = getelementptr inbounds i8, ptr %work, i64 45440
  %gep3202.3 = getelementptr inbounds i8, ptr %work, i64 62400
  %gep3204.3 = getelementptr inbounds i8, ptr %work, i64 45504
  %gep3198.4 = getelementptr inbounds i8, ptr %work, i64 62592
  %gep3200.4 = getelementptr inbounds i8, ptr %work, i64 45568
  %gep3202.4 = getelementptr inbounds i8, ptr %work, i64 62656
  %gep3204.4 = getelementptr inbounds i8, ptr %work, i64 45632
  %gep3198.5 = getelementptr inbounds i8, ptr %work, i64 62848
  %gep3200.5 = getelementptr inbounds i8, ptr %work, i64 45696
  %gep3202.5 = getelementptr inbounds i8, ptr %work, i64 62912
  %gep3204.5 = getelementptr inbounds i8, ptr %work, i64 45760
  %gep3198.6 = getelementptr inbounds i8, ptr %work, i64 63104
  %gep3200.6 = getelementptr inbounds i8, ptr %work, i64 45824
  %gep3202.6 = getelementptr inbounds i8, ptr %work, i64 63168
  %gep3204.6 = getelementptr inbounds i8, ptr %work, i64 45888
  %gep3198.7 = getelementptr inbounds i8, ptr %work, i64 63360
  %gep3200.7 = getelementptr inbounds i8, ptr %work, i64 45952
  %gep3202.7 = getelementptr inbounds i8, ptr %work, i64 63424
  %gep3204.7 = getelementptr inbounds i8, ptr %work, i64 46016
  %gep3198.8 = getelementptr inbounds i8, ptr %work, i64 63616
  %gep3200.8 = getelementptr inbounds i8, ptr %work, i64 46080
  %gep3202.8 = getelementptr inbounds i8, ptr %work, i64 63680
  %gep3204.8 = getelementptr inbounds i8, ptr %work, i64 46144
  %gep3198.9 = getelementptr inbounds i8, ptr %work, i64 63872
  %gep3200.9 = getelementptr inbounds i8, ptr %work, i64 46208
  %gep3202.9 = getelementptr inbounds i8, ptr %work, i64 63936
  %gep3204.9 = getelementptr inbounds i8, ptr %work, i64 46272
  %gep3198.10 = getelementptr inbounds i8, ptr %work, i64 64128
  %gep3200.10 = getelementptr inbounds i8, ptr %work, i64 46336
  %gep3202.10 = getelementptr inbounds i8, ptr %work, i64 64192
  %gep3204.10 = getelementptr inbounds i8, ptr %work, i64 46400
  %gep3198.11 = getelementptr inbounds i8, ptr %work, i64 64384
  %gep3200.11 = getelementptr inbounds i8, ptr %work, i64 46464
  %gep3202.11 = getelementptr inbounds i8, ptr %work, i64 64448
  %gep3204.11 = getelementptr inbounds i8, ptr %work, i64 46528
  %gep3198.12 = getelementptr inbounds i8, ptr %work, i64 64640
  %gep3200.12 = getelementptr inbounds i8, ptr %work, i64 46592
  %gep3202.12 = getelementptr inbounds i8, ptr %work, i64 64704
  %gep3204.12 = getelementptr inbounds i8, ptr %work, i64 46656
  %gep3198.13 = getelementptr inbounds i8, ptr %work, i64 64896
  %gep3200.13 = getelementptr inbounds i8, ptr %work, i64 46720
  %gep3202.13 = getelementptr inbounds i8, ptr %work, i64 64960
  %gep3204.13 = getelementptr inbounds i8, ptr %work, i64 46784
  %gep3198.14 = getelementptr inbounds i8, ptr %work, i64 65152
  %gep3200.14 = getelementptr inbounds i8, ptr %work, i64 46848
  %gep3202.14 = getelementptr inbounds i8, ptr %work, i64 65216
  %gep3204.14 = getelementptr inbounds i8, ptr %work, i64 46912
  %gep3198.15 = getelementptr inbounds i8, ptr %work, i64 65408
  %gep3200.15 = getelementptr inbounds i8, ptr %work, i64 46976
  %gep3202.15 = getelementptr inbounds i8, ptr %work, i64 65472
  %gep3204.15 = getelementptr inbounds i8, ptr %work, i64 47040
  %gep3198.16 = getelementptr inbounds i8, ptr %work, i64 65664
  %gep3200.16 = getelementptr inbounds i8, ptr %work, i64 47104
  %gep3202.16 = getelementptr inbounds i8, ptr %work, i64 65728
  %gep3204.16 = getelementptr inbounds i8, ptr %work, i64 47168
  %gep3198.17 = getelementptr inbounds i8, ptr %work, i64 65920
  %gep3200.17 = getelementptr inbounds i8, ptr %work, i64 47232
  %gep3202.17 = getelementptr inbounds i8, ptr %work, i64 65984
  %gep3204.17 = getelementptr inbounds i8, ptr %work, i64 47296
  %gep3198.18 = getelementptr inbounds i8, ptr %work, i64 66176
  %gep3200.18 = getelementptr inbounds i8, ptr %work, i64 47360
  %gep3202.18 = getelementptr inbounds i8, ptr %work, i64 66240
  %gep3204.18 = getelementptr inbounds i8, ptr %work, i64 47424
  %gep3198.19 = getelementptr inbounds i8, ptr %work, i64 66432
  %gep3200.19 = getelementptr inbounds i8, ptr %work, i64 47488
  %gep3202.19 = getelementptr inbounds i8, ptr %work, i64 66496
  %gep3204.19 = getelementptr inbounds i8, ptr %work, i64 47552
  %gep3198.20 = getelementptr inbounds i8, ptr %work, i64 66688
  %gep3200.20 = getelementptr inbounds i8, ptr %work, i64 47616
  %gep3202.20 = getelementptr inbounds i8, ptr %work, i64 66752
  %gep3204.20 = getelementptr inbounds i8, ptr %work, i64 47680
  %gep3198.21 = getelementptr inbounds i8, ptr %work, i64 66944
  %gep3200.21 = getelementptr inbounds i8, ptr %work, i64 47744
  %gep3202.21 = getelementptr inbounds i8, ptr %work, i64 67008
  %gep3204.21 = getelementptr inbounds i8, ptr %work, i64 47808
  %gep3198.22 = getelementptr inbounds i8, ptr %work, i64 67200
  %gep3200.22 = getelementptr inbounds i8, ptr %work, i64 47872
  %gep3202.22 = getelementptr inbounds i8, ptr %work, i64 67264
  %gep3204.22 = getelementptr inbounds i8, ptr %work, i64 47936
  %gep3198.23 = getelementptr inbounds i8, ptr %work, i64 67456
  %gep3200.23 = getelementptr inbounds i8, ptr %work, i64 48000
  %gep3202.23 = getelementptr inbounds i8, ptr %work, i64 67520
  %gep3204.23 = getelementptr inbounds i8, ptr %work, i64 48064
  %gep3198.24 = getelementptr inbounds i8, ptr %work, i64 67712
  %gep3200.24 = getelementptr inbounds i8, ptr %work, i64 48128
  %gep3202.24 = getelementptr inbounds i8, ptr %work, i64 67776
  %gep3204.24 = getelementptr inbounds i8, ptr %work, i64 48192
  %gep3198.25 = getelementptr inbounds i8, ptr %work, i64 67968
  %gep3200.25 = getelementptr inbounds i8, ptr %work, i64 48256
  %gep3202.25 = getelementptr inbounds i8, ptr %work, i64 68032
  %gep3204.25 = getelementptr inbounds i8, ptr %work, i64 48320
  %gep3198.26 = getelementptr inbounds i8, ptr %work, i64 68224
  %gep3200.26 = getelementptr inbounds i8, ptr %work, i64 48384
  %gep3202.26 = getelementptr inbounds i8, ptr %work, i64 68288
  %gep3204.26 = getelementptr inbounds i8, ptr %work, i64 48448
  %gep3198.27 = getelementptr inbounds i8, ptr %work, i64 68480
  %gep3200.27 = getelementptr inbounds i8, ptr %work, i64 48512
  %gep3202.27 = getelementptr inbounds i8, ptr %work, i64 68544
  %gep3204.27 = getelementptr inbounds i8, ptr %work, i64 48576
  %gep3198.28 = getelementptr inbounds i8, ptr %work, i64 68736
  %gep3200.28 = getelementptr inbounds i8, ptr %work, i64 48640
  %gep3202.28 = getelementptr inbounds i8, ptr %work, i64 68800
  %gep3204.28 = getelementptr inbounds i8, ptr %work, i64 48704
  %gep3198.29 = getelementptr inbounds i8, ptr %work, i64 68992
  %gep3200.29 = getelementptr inbounds i8, ptr %work, i64 48768
  %gep3202.29 = getelementptr inbounds i8, ptr %work, i64 69056
  %gep3204.29 = getelementptr inbounds i8, ptr %work, i64 48832
  %gep3198.30 = getelementptr inbounds i8, ptr %work, i64 69248
  %gep3200.30 = getelementptr inbounds i8, ptr %work, i64 48896
  %gep3202.30 = getelementptr inbounds i8, ptr %work, i64 69312
  %gep3204.30 = getelementptr inbounds i8, ptr %work, i64 48960
  %gep3198.31 = getelementptr inbounds i8, ptr %work, i64 69504
  %gep3200.31 = getelementptr inbounds i8, ptr %work, i64 49024
  %gep3202.31 = getelementptr inbounds i8, ptr %work, i64 69568
  %gep3204.31 = getelementptr inbounds i8, ptr %work, i64 49088
  %invariant.gep2659.1 = getelementptr inbounds i8, ptr %work, i64 77888
  %scevgep2995.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2995.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2995.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2995.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2995.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2995.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2995.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2995.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2995.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2995.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2995.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2995.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2995.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2995.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2995.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2995.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2995.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2995.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2995.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2995.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2995.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2995.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2995.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2995.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2995.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2995.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2995.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2995.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2995.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2995.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2995.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02710 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %140 = add i64 %indvar, %bh0
  %141 = shl i64 %140, 12
  %142 = mul i64 %8, %indvar
  %143 = add i64 %7, %142
  %b = sdiv i64 %bh.addr.02710, %H
  %h = srem i64 %bh.addr.02710, %H
  %144 = mul i64 %b, %T
  %145 = mul i64 %144, %H
  %bT = add i64 %145, %h
  %146 = mul i64 %1, %144
  %bTn = add nsw i64 %146, %h
  %147 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %147
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %147
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %148 = getelementptr i8, ptr %dhT, i64 %141
  %149 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %148, i64 128, i1 false)
  %scevgep2895.1 = getelementptr i8, ptr %148, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.1, i64 128, i1 false)
  %scevgep2895.2 = getelementptr i8, ptr %148, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.2, i64 128, i1 false)
  %scevgep2895.3 = getelementptr i8, ptr %148, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.3, i64 128, i1 false)
  %scevgep2895.4 = getelementptr i8, ptr %148, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.4, i64 128, i1 false)
  %scevgep2895.5 = getelementptr i8, ptr %148, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.5, i64 128, i1 false)
  %scevgep2895.6 = getelementptr i8, ptr %148, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.6, i64 128, i1 false)
  %scevgep2895.7 = getelementptr i8, ptr %148, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.7, i64 128, i1 false)
  %scevgep2895.8 = getelementptr i8, ptr %148, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.8, i64 128, i1 false)
  %scevgep2895.9 = getelementptr i8, ptr %148, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.9, i64 128, i1 false)
  %scevgep2895.10 = getelementptr i8, ptr %148, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.10, i64 128, i1 false)
  %scevgep2895.11 = getelementptr i8, ptr %148, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.11, i64 128, i1 false)
  %scevgep2895.12 = getelementptr i8, ptr %148, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.12, i64 128, i1 false)
  %scevgep2895.13 = getelementptr i8, ptr %148, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.13, i64 128, i1 false)
  %scevgep2895.14 = getelementptr i8, ptr %148, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.14, i64 128, i1 false)
  %scevgep2895.15 = getelementptr i8, ptr %148, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.15, i64 128, i1 false)
  %scevgep2895.16 = getelementptr i8, ptr %148, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.16, i64 128, i1 false)
  %scevgep2895.17 = getelementptr i8, ptr %148, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.17, i64 128, i1 false)
  %scevgep2895.18 = getelementptr i8, ptr %148, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.18, i64 128, i1 false)
  %scevgep2895.19 = getelementptr i8, ptr %148, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.19, i64 128, i1 false)
  %scevgep2895.20 = getelementptr i8, ptr %148, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.20, i64 128, i1 false)
  %scevgep2895.21 = getelementptr i8, ptr %148, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.21, i64 128, i1 false)
  %scevgep2895.22 = getelementptr i8, ptr %148, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.22, i64 128, i1 false)
  %scevgep2895.23 = getelementptr i8, ptr %148, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.23, i64 128, i1 false)
  %scevgep2895.24 = getelementptr i8, ptr %148, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.24, i64 128, i1 false)
  %scevgep2895.25 = getelementptr i8, ptr %148, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.25, i64 128, i1 false)
  %scevgep2895.26 = getelementptr i8, ptr %148, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.26, i64 128, i1 false)
  %scevgep2895.27 = getelementptr i8, ptr %148, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.27, i64 128, i1 false)
  %scevgep2895.28 = getelementptr i8, ptr %148, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.28, i64 128, i1 false)
  %scevgep2895.29 = getelementptr i8, ptr %148, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.29, i64 128, i1 false)
  %scevgep2895.30 = getelementptr i8, ptr %148, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.30, i64 128, i1 false)
  %scevgep2895.31 = getelementptr i8, ptr %148, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2895.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %149
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %149
  br i1 %3, label %cc.body.lr.ph, label %j38.head.preheader

bh.exit:                                          ; preds = %j38.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %150 = mul nsw i64 %bh.addr.02710, %nc
  %151 = add i64 %11, %bT
  %152 = shl i64 %151, 7
  %153 = mul i64 %15, %b
  %154 = add i64 %14, %153
  %155 = mul i64 %154, %H
  %156 = shl i64 %h, 7
  %157 = add i64 %155, %156
  %158 = add i64 %18, %153
  %159 = mul i64 %158, %H
  %160 = add i64 %159, %156
  %161 = getelementptr i8, ptr %dout, i64 %152
  %162 = getelementptr i8, ptr %qh, i64 64
  %163 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i52.exit
  %indvars.iv2978 = phi i64 [ %20, %cc.body.lr.ph ], [ %indvars.iv.next2979, %i52.exit ]
  %cc.addr.02707 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i52.exit ]
  %smin3540 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2978, i64 16)
  %smax3541 = tail call i64 @llvm.smax.i64(i64 %smin3540, i64 1)
  %164 = mul i64 %16, %cc.addr.02707
  %165 = add i64 %160, %164
  %166 = add i64 %157, %164
  %167 = mul i64 %12, %cc.addr.02707
  %168 = shl i64 %cc.addr.02707, 12
  %169 = sub i64 %143, %168
  %170 = xor i64 %cc.addr.02707, -1
  %ci = add nsw i64 %nc, %170
  %t0 = shl nsw i64 %ci, 4
  %171 = sub nsw i64 %T, %t0
  %scevgep2897 = getelementptr i8, ptr %hs, i64 %169
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897, i64 128, i1 false)
  %172 = or disjoint i64 %169, 128
  %scevgep2897.1 = getelementptr i8, ptr %hs, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.1, i64 128, i1 false)
  %173 = or disjoint i64 %169, 256
  %scevgep2897.2 = getelementptr i8, ptr %hs, i64 %173
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.2, i64 128, i1 false)
  %174 = or disjoint i64 %169, 384
  %scevgep2897.3 = getelementptr i8, ptr %hs, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.3, i64 128, i1 false)
  %175 = or disjoint i64 %169, 512
  %scevgep2897.4 = getelementptr i8, ptr %hs, i64 %175
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.4, i64 128, i1 false)
  %176 = or disjoint i64 %169, 640
  %scevgep2897.5 = getelementptr i8, ptr %hs, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.5, i64 128, i1 false)
  %177 = or disjoint i64 %169, 768
  %scevgep2897.6 = getelementptr i8, ptr %hs, i64 %177
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.6, i64 128, i1 false)
  %178 = or disjoint i64 %169, 896
  %scevgep2897.7 = getelementptr i8, ptr %hs, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.7, i64 128, i1 false)
  %179 = or disjoint i64 %169, 1024
  %scevgep2897.8 = getelementptr i8, ptr %hs, i64 %179
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.8, i64 128, i1 false)
  %180 = or disjoint i64 %169, 1152
  %scevgep2897.9 = getelementptr i8, ptr %hs, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.9, i64 128, i1 false)
  %181 = or disjoint i64 %169, 1280
  %scevgep2897.10 = getelementptr i8, ptr %hs, i64 %181
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.10, i64 128, i1 false)
  %182 = or disjoint i64 %169, 1408
  %scevgep2897.11 = getelementptr i8, ptr %hs, i64 %182
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.11, i64 128, i1 false)
  %183 = or disjoint i64 %169, 1536
  %scevgep2897.12 = getelementptr i8, ptr %hs, i64 %183
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.12, i64 128, i1 false)
  %184 = or disjoint i64 %169, 1664
  %scevgep2897.13 = getelementptr i8, ptr %hs, i64 %184
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.13, i64 128, i1 false)
  %185 = or disjoint i64 %169, 1792
  %scevgep2897.14 = getelementptr i8, ptr %hs, i64 %185
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.14, i64 128, i1 false)
  %186 = or disjoint i64 %169, 1920
  %scevgep2897.15 = getelementptr i8, ptr %hs, i64 %186
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.15, i64 128, i1 false)
  %187 = or disjoint i64 %169, 2048
  %scevgep2897.16 = getelementptr i8, ptr %hs, i64 %187
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.16, i64 128, i1 false)
  %188 = or disjoint i64 %169, 2176
  %scevgep2897.17 = getelementptr i8, ptr %hs, i64 %188
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.17, i64 128, i1 false)
  %189 = or disjoint i64 %169, 2304
  %scevgep2897.18 = getelementptr i8, ptr %hs, i64 %189
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.18, i64 128, i1 false)
  %190 = or disjoint i64 %169, 2432
  %scevgep2897.19 = getelementptr i8, ptr %hs, i64 %190
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.19, i64 128, i1 false)
  %191 = or disjoint i64 %169, 2560
  %scevgep2897.20 = getelementptr i8, ptr %hs, i64 %191
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.20, i64 128, i1 false)
  %192 = or disjoint i64 %169, 2688
  %scevgep2897.21 = getelementptr i8, ptr %hs, i64 %192
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.21, i64 128, i1 false)
  %193 = or disjoint i64 %169, 2816
  %scevgep2897.22 = getelementptr i8, ptr %hs, i64 %193
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.22, i64 128, i1 false)
  %194 = or disjoint i64 %169, 2944
  %scevgep2897.23 = getelementptr i8, ptr %hs, i64 %194
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.23, i64 128, i1 false)
  %195 = or disjoint i64 %169, 3072
  %scevgep2897.24 = getelementptr i8, ptr %hs, i64 %195
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.24, i64 128, i1 false)
  %196 = or disjoint i64 %169, 3200
  %scevgep2897.25 = getelementptr i8, ptr %hs, i64 %196
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.25, i64 128, i1 false)
  %197 = or disjoint i64 %169, 3328
  %scevgep2897.26 = getelementptr i8, ptr %hs, i64 %197
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.26, i64 128, i1 false)
  %198 = or disjoint i64 %169, 3456
  %scevgep2897.27 = getelementptr i8, ptr %hs, i64 %198
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.27, i64 128, i1 false)
  %199 = or disjoint i64 %169, 3584
  %scevgep2897.28 = getelementptr i8, ptr %hs, i64 %199
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.28, i64 128, i1 false)
  %200 = or disjoint i64 %169, 3712
  %scevgep2897.29 = getelementptr i8, ptr %hs, i64 %200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.29, i64 128, i1 false)
  %201 = or disjoint i64 %169, 3840
  %scevgep2897.30 = getelementptr i8, ptr %hs, i64 %201
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.30, i64 128, i1 false)
  %202 = or disjoint i64 %169, 3968
  %scevgep2897.31 = getelementptr i8, ptr %hs, i64 %202
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2896.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2897.31, i64 128, i1 false)
  %203 = add nsw i64 %ci, %150
  %204 = shl nsw i64 %203, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %205 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02464 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %206 = shl nuw nsw i64 %i2.addr.02464, 5
  %207 = or disjoint i64 %206, %204
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %208 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02463 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %209 = or disjoint i64 %207, %j2.addr.02463
  %210 = getelementptr inbounds float, ptr %hs, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = or disjoint i64 %209, 256
  %213 = getelementptr inbounds float, ptr %hs, i64 %212
  %214 = load <16 x float>, ptr %213, align 4
  %215 = or disjoint i64 %209, 32
  %216 = getelementptr inbounds float, ptr %hs, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = or disjoint i64 %209, 288
  %219 = getelementptr inbounds float, ptr %hs, i64 %218
  %220 = load <16 x float>, ptr %219, align 4
  %221 = or disjoint i64 %209, 64
  %222 = getelementptr inbounds float, ptr %hs, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = or disjoint i64 %209, 320
  %225 = getelementptr inbounds float, ptr %hs, i64 %224
  %226 = load <16 x float>, ptr %225, align 4
  %227 = or disjoint i64 %209, 96
  %228 = getelementptr inbounds float, ptr %hs, i64 %227
  %229 = load <16 x float>, ptr %228, align 4
  %230 = or disjoint i64 %209, 352
  %231 = getelementptr inbounds float, ptr %hs, i64 %230
  %232 = load <16 x float>, ptr %231, align 4
  %233 = or disjoint i64 %209, 128
  %234 = getelementptr inbounds float, ptr %hs, i64 %233
  %235 = load <16 x float>, ptr %234, align 4
  %236 = or disjoint i64 %209, 384
  %237 = getelementptr inbounds float, ptr %hs, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %209, 160
  %240 = getelementptr inbounds float, ptr %hs, i64 %239
  %241 = load <16 x float>, ptr %240, align 4
  %242 = or disjoint i64 %209, 416
  %243 = getelementptr inbounds float, ptr %hs, i64 %242
  %244 = load <16 x float>, ptr %243, align 4
  %245 = or disjoint i64 %209, 192
  %246 = getelementptr inbounds float, ptr %hs, i64 %245
  %247 = load <16 x float>, ptr %246, align 4
  %248 = or disjoint i64 %209, 448
  %249 = getelementptr inbounds float, ptr %hs, i64 %248
  %250 = load <16 x float>, ptr %249, align 4
  %251 = or disjoint i64 %209, 224
  %252 = getelementptr inbounds float, ptr %hs, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = or disjoint i64 %209, 480
  %255 = getelementptr inbounds float, ptr %hs, i64 %254
  %256 = load <16 x float>, ptr %255, align 4
  %257 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %258 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %259 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %260 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %261 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %262 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %263 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %265 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %266 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %267 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %268 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %269 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %270 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %271 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %272 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %273 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %274 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %275 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %276 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %277 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %278 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %279 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %280 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %281 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %282 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %283 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %284 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %285 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %286 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %287 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %288 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %289 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %290 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %291 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %292 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %293 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %294 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %295 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %296 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %297 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %298 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %299 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %300 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %301 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %302 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %303 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %304 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %305 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %306 = shl nuw nsw i64 %j2.addr.02463, 5
  %307 = or disjoint i64 %306, %i2.addr.02464
  %308 = or disjoint i64 %307, 1024
  %309 = getelementptr inbounds float, ptr %Bk, i64 %308
  store <16 x float> %305, ptr %309, align 4
  %310 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %311 = or disjoint i64 %307, 1056
  %312 = getelementptr inbounds float, ptr %Bk, i64 %311
  store <16 x float> %310, ptr %312, align 4
  %313 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %314 = or disjoint i64 %307, 1088
  %315 = getelementptr inbounds float, ptr %Bk, i64 %314
  store <16 x float> %313, ptr %315, align 4
  %316 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %317 = or disjoint i64 %307, 1120
  %318 = getelementptr inbounds float, ptr %Bk, i64 %317
  store <16 x float> %316, ptr %318, align 4
  %319 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %320 = or disjoint i64 %307, 1152
  %321 = getelementptr inbounds float, ptr %Bk, i64 %320
  store <16 x float> %319, ptr %321, align 4
  %322 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %323 = or disjoint i64 %307, 1184
  %324 = getelementptr inbounds float, ptr %Bk, i64 %323
  store <16 x float> %322, ptr %324, align 4
  %325 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %326 = or disjoint i64 %307, 1216
  %327 = getelementptr inbounds float, ptr %Bk, i64 %326
  store <16 x float> %325, ptr %327, align 4
  %328 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %329 = or disjoint i64 %307, 1248
  %330 = getelementptr inbounds float, ptr %Bk, i64 %329
  store <16 x float> %328, ptr %330, align 4
  %331 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %332 = or disjoint i64 %307, 1280
  %333 = getelementptr inbounds float, ptr %Bk, i64 %332
  store <16 x float> %331, ptr %333, align 4
  %334 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %335 = or disjoint i64 %307, 1312
  %336 = getelementptr inbounds float, ptr %Bk, i64 %335
  store <16 x float> %334, ptr %336, align 4
  %337 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %338 = or disjoint i64 %307, 1344
  %339 = getelementptr inbounds float, ptr %Bk, i64 %338
  store <16 x float> %337, ptr %339, align 4
  %340 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %341 = or disjoint i64 %307, 1376
  %342 = getelementptr inbounds float, ptr %Bk, i64 %341
  store <16 x float> %340, ptr %342, align 4
  %343 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %344 = or disjoint i64 %307, 1408
  %345 = getelementptr inbounds float, ptr %Bk, i64 %344
  store <16 x float> %343, ptr %345, align 4
  %346 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %347 = or disjoint i64 %307, 1440
  %348 = getelementptr inbounds float, ptr %Bk, i64 %347
  store <16 x float> %346, ptr %348, align 4
  %349 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %350 = or disjoint i64 %307, 1472
  %351 = getelementptr inbounds float, ptr %Bk, i64 %350
  store <16 x float> %349, ptr %351, align 4
  %352 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %353 = or disjoint i64 %307, 1504
  %354 = getelementptr inbounds float, ptr %Bk, i64 %353
  store <16 x float> %352, ptr %354, align 4
  br i1 %208, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %205, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %355 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02466 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %356 = shl nuw nsw i64 %i3.addr.02466, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %357 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02465 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %358 = or disjoint i64 %j3.addr.02465, %356
  %359 = or disjoint i64 %358, 32
  %360 = getelementptr inbounds float, ptr %work, i64 %359
  %361 = load <16 x float>, ptr %360, align 4
  %362 = or disjoint i64 %358, 544
  %363 = getelementptr inbounds float, ptr %work, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = or disjoint i64 %358, 96
  %366 = getelementptr inbounds float, ptr %work, i64 %365
  %367 = load <16 x float>, ptr %366, align 4
  %368 = or disjoint i64 %358, 608
  %369 = getelementptr inbounds float, ptr %work, i64 %368
  %370 = load <16 x float>, ptr %369, align 4
  %371 = or disjoint i64 %358, 160
  %372 = getelementptr inbounds float, ptr %work, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = or disjoint i64 %358, 672
  %375 = getelementptr inbounds float, ptr %work, i64 %374
  %376 = load <16 x float>, ptr %375, align 4
  %377 = or disjoint i64 %358, 224
  %378 = getelementptr inbounds float, ptr %work, i64 %377
  %379 = load <16 x float>, ptr %378, align 4
  %380 = or disjoint i64 %358, 736
  %381 = getelementptr inbounds float, ptr %work, i64 %380
  %382 = load <16 x float>, ptr %381, align 4
  %383 = or disjoint i64 %358, 288
  %384 = getelementptr inbounds float, ptr %work, i64 %383
  %385 = load <16 x float>, ptr %384, align 4
  %386 = or disjoint i64 %358, 800
  %387 = getelementptr inbounds float, ptr %work, i64 %386
  %388 = load <16 x float>, ptr %387, align 4
  %389 = or disjoint i64 %358, 352
  %390 = getelementptr inbounds float, ptr %work, i64 %389
  %391 = load <16 x float>, ptr %390, align 4
  %392 = or disjoint i64 %358, 864
  %393 = getelementptr inbounds float, ptr %work, i64 %392
  %394 = load <16 x float>, ptr %393, align 4
  %395 = or disjoint i64 %358, 416
  %396 = getelementptr inbounds float, ptr %work, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = or disjoint i64 %358, 928
  %399 = getelementptr inbounds float, ptr %work, i64 %398
  %400 = load <16 x float>, ptr %399, align 4
  %401 = or disjoint i64 %358, 480
  %402 = getelementptr inbounds float, ptr %work, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = or disjoint i64 %358, 992
  %405 = getelementptr inbounds float, ptr %work, i64 %404
  %406 = load <16 x float>, ptr %405, align 4
  %407 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %408 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %409 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %410 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %411 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %412 = shufflevector <16 x float> %397, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %413 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %414 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %415 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %416 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %417 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %418 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %419 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %420 = shufflevector <16 x float> %397, <16 x float> %400, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %421 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %422 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %423 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %424 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %425 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %426 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %427 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %428 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %429 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %430 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %431 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %432 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %433 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %434 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %435 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %436 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %437 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %438 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %439 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %440 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %441 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %442 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %443 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %444 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %445 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %446 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %447 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %448 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %449 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %450 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %451 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %452 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %453 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %454 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %455 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %456 = shl nuw nsw i64 %j3.addr.02465, 5
  %457 = or disjoint i64 %456, %i3.addr.02466
  %458 = getelementptr inbounds float, ptr %Bk, i64 %457
  store <16 x float> %455, ptr %458, align 4
  %459 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %460 = or disjoint i64 %457, 32
  %461 = getelementptr inbounds float, ptr %Bk, i64 %460
  store <16 x float> %459, ptr %461, align 4
  %462 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %463 = or disjoint i64 %457, 64
  %464 = getelementptr inbounds float, ptr %Bk, i64 %463
  store <16 x float> %462, ptr %464, align 4
  %465 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %466 = or disjoint i64 %457, 96
  %467 = getelementptr inbounds float, ptr %Bk, i64 %466
  store <16 x float> %465, ptr %467, align 4
  %468 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %469 = or disjoint i64 %457, 128
  %470 = getelementptr inbounds float, ptr %Bk, i64 %469
  store <16 x float> %468, ptr %470, align 4
  %471 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %472 = or disjoint i64 %457, 160
  %473 = getelementptr inbounds float, ptr %Bk, i64 %472
  store <16 x float> %471, ptr %473, align 4
  %474 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %475 = or disjoint i64 %457, 192
  %476 = getelementptr inbounds float, ptr %Bk, i64 %475
  store <16 x float> %474, ptr %476, align 4
  %477 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %478 = or disjoint i64 %457, 224
  %479 = getelementptr inbounds float, ptr %Bk, i64 %478
  store <16 x float> %477, ptr %479, align 4
  %480 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %481 = or disjoint i64 %457, 256
  %482 = getelementptr inbounds float, ptr %Bk, i64 %481
  store <16 x float> %480, ptr %482, align 4
  %483 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %484 = or disjoint i64 %457, 288
  %485 = getelementptr inbounds float, ptr %Bk, i64 %484
  store <16 x float> %483, ptr %485, align 4
  %486 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %487 = or disjoint i64 %457, 320
  %488 = getelementptr inbounds float, ptr %Bk, i64 %487
  store <16 x float> %486, ptr %488, align 4
  %489 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %490 = or disjoint i64 %457, 352
  %491 = getelementptr inbounds float, ptr %Bk, i64 %490
  store <16 x float> %489, ptr %491, align 4
  %492 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %493 = or disjoint i64 %457, 384
  %494 = getelementptr inbounds float, ptr %Bk, i64 %493
  store <16 x float> %492, ptr %494, align 4
  %495 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %496 = or disjoint i64 %457, 416
  %497 = getelementptr inbounds float, ptr %Bk, i64 %496
  store <16 x float> %495, ptr %497, align 4
  %498 = shufflevector <16 x float> %453, <16 x float> %454, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %499 = or disjoint i64 %457, 448
  %500 = getelementptr inbounds float, ptr %Bk, i64 %499
  store <16 x float> %498, ptr %500, align 4
  %501 = shufflevector <16 x float> %453, <16 x float> %454, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %502 = or disjoint i64 %457, 480
  %503 = getelementptr inbounds float, ptr %Bk, i64 %502
  store <16 x float> %501, ptr %503, align 4
  br i1 %357, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %355, label %j3.head.preheader, label %t.head.preheader.peel.next2901

t.head.preheader.peel.next2901:                   ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %23, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %27, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %28, align 4
  br label %t.head.preheader

t.head.preheader:                                 ; preds = %t.head.preheader, %t.head.preheader.peel.next2901
  %s.addr.02468 = phi i64 [ 2, %t.head.preheader.peel.next2901 ], [ %s.next.1, %t.head.preheader ]
  %.idx2717 = shl nsw i64 %s.addr.02468, 6
  %504 = getelementptr inbounds i8, ptr %M, i64 %.idx2717
  store <2 x float> zeroinitializer, ptr %504, align 4
  %505 = insertelement <8 x i64> poison, i64 %s.addr.02468, i64 0
  %506 = shufflevector <8 x i64> %505, <8 x i64> poison, <8 x i32> zeroinitializer
  %507 = icmp ugt <8 x i64> %506, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %508 = getelementptr inbounds i8, ptr %22, i64 %.idx2717
  %509 = select <8 x i1> %507, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %509, ptr %508, align 4
  %510 = insertelement <4 x i64> poison, i64 %s.addr.02468, i64 0
  %511 = shufflevector <4 x i64> %510, <4 x i64> poison, <4 x i32> zeroinitializer
  %512 = icmp ugt <4 x i64> %511, <i64 10, i64 11, i64 12, i64 13>
  %513 = getelementptr inbounds i8, ptr %24, i64 %.idx2717
  %514 = select <4 x i1> %512, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %514, ptr %513, align 4
  %515 = getelementptr inbounds i8, ptr %25, i64 %.idx2717
  store float 1.000000e+00, ptr %515, align 4
  %516 = getelementptr inbounds i8, ptr %26, i64 %.idx2717
  store float 1.000000e+00, ptr %516, align 4
  %s.next = or disjoint i64 %s.addr.02468, 1
  %.idx2717.1 = shl nsw i64 %s.next, 6
  %517 = getelementptr inbounds i8, ptr %M, i64 %.idx2717.1
  store <2 x float> zeroinitializer, ptr %517, align 4
  %518 = insertelement <8 x i64> poison, i64 %s.next, i64 0
  %519 = shufflevector <8 x i64> %518, <8 x i64> poison, <8 x i32> zeroinitializer
  %520 = icmp ugt <8 x i64> %519, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %521 = getelementptr inbounds i8, ptr %22, i64 %.idx2717.1
  %522 = select <8 x i1> %520, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %522, ptr %521, align 4
  %523 = insertelement <4 x i64> poison, i64 %s.next, i64 0
  %524 = shufflevector <4 x i64> %523, <4 x i64> poison, <4 x i32> zeroinitializer
  %525 = icmp ugt <4 x i64> %524, <i64 10, i64 11, i64 12, i64 13>
  %526 = getelementptr inbounds i8, ptr %24, i64 %.idx2717.1
  %527 = select <4 x i1> %525, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %527, ptr %526, align 4
  %.not2444.14.1 = icmp ugt i64 %s.addr.02468, 13
  %528 = select i1 %.not2444.14.1, float 0.000000e+00, float 1.000000e+00
  %529 = getelementptr inbounds i8, ptr %25, i64 %.idx2717.1
  store float %528, ptr %529, align 4
  %530 = getelementptr inbounds i8, ptr %26, i64 %.idx2717.1
  store float 1.000000e+00, ptr %530, align 4
  %s.next.1 = add nuw nsw i64 %s.addr.02468, 2
  %exitcond2900.not.1 = icmp eq i64 %s.next.1, 16
  br i1 %exitcond2900.not.1, label %t1.body.preheader, label %t.head.preheader, !llvm.loop !0

t1.body.preheader:                                ; preds = %t.head.preheader
  %531 = getelementptr i8, ptr %161, i64 %167
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02484 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %532 = shl nuw nsw i64 %t1.addr.02484, 8
  %gep3164 = getelementptr i8, ptr %invariant.gep3163, i64 %532
  %gep3166 = getelementptr i8, ptr %invariant.gep3165, i64 %532
  %gep3168 = getelementptr i8, ptr %invariant.gep3167, i64 %532
  %gep3170 = getelementptr i8, ptr %invariant.gep3169, i64 %532
  %533 = shl nuw nsw i64 %t1.addr.02484, 7
  %gep3172 = getelementptr i8, ptr %invariant.gep3171, i64 %533
  %534 = icmp sgt i64 %171, %t1.addr.02484
  br i1 %534, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3174 = getelementptr i8, ptr %invariant.gep3173, i64 %533
  %gep3176 = getelementptr i8, ptr %invariant.gep3175, i64 %533
  %gep3178 = getelementptr i8, ptr %invariant.gep3177, i64 %532
  %gep3180 = getelementptr i8, ptr %invariant.gep3179, i64 %532
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3174, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3176, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3172, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02484, 1
  %535 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %535, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3170, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3178, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3168, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %536 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %536, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3166, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3180, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3164, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %537 = mul i64 %13, %t1.addr.02484
  %scevgep2948 = getelementptr i8, ptr %531, i64 %537
  %538 = mul i64 %17, %t1.addr.02484
  %539 = add i64 %166, %538
  %scevgep2950 = getelementptr i8, ptr %k, i64 %539
  %scevgep2952 = getelementptr i8, ptr %v, i64 %539
  %540 = add i64 %165, %538
  %scevgep2954 = getelementptr i8, ptr %k, i64 %540
  %scevgep2956 = getelementptr i8, ptr %v, i64 %540
  %541 = add nuw nsw i64 %t1.addr.02484, %t0
  %542 = mul nsw i64 %541, %sq
  %543 = shl nuw nsw i64 %t1.addr.02484, 5
  %544 = getelementptr float, ptr %qh, i64 %542
  %545 = load <16 x float>, ptr %544, align 4
  %546 = fmul <16 x float> %545, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %547 = or disjoint i64 %543, 2048
  %548 = getelementptr inbounds float, ptr %Bk, i64 %547
  store <16 x float> %546, ptr %548, align 4
  %549 = getelementptr inbounds float, ptr %QK, i64 %543
  store <16 x float> %546, ptr %549, align 4
  %550 = getelementptr float, ptr %162, i64 %542
  %551 = load <16 x float>, ptr %550, align 4
  %552 = fmul <16 x float> %551, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %553 = or disjoint i64 %543, 16
  %554 = or i64 %543, 2064
  %555 = getelementptr inbounds float, ptr %Bk, i64 %554
  store <16 x float> %552, ptr %555, align 4
  %556 = getelementptr inbounds float, ptr %QK, i64 %553
  store <16 x float> %552, ptr %556, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3172, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02484, 1
  %557 = or disjoint i64 %t1.addr.02484, %t0
  %tau = shl nsw i64 %557, 1
  %558 = mul nsw i64 %tau, %H
  %559 = getelementptr inbounds float, ptr %betah, i64 %558
  %560 = load float, ptr %559, align 4
  %561 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %560, ptr %561, align 4
  %562 = mul nsw i64 %tau, %sq
  %563 = shl nuw nsw i64 %t1.addr.02484, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3170, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950, i64 128, i1 false)
  %564 = getelementptr float, ptr %kh, i64 %562
  %565 = load <16 x float>, ptr %564, align 4
  %566 = fneg <16 x float> %565
  %gep3182 = getelementptr inbounds float, ptr %invariant.gep3181, i64 %563
  store <16 x float> %566, ptr %gep3182, align 4
  %567 = getelementptr float, ptr %163, i64 %562
  %568 = load <16 x float>, ptr %567, align 4
  %569 = fneg <16 x float> %568
  %gep3184 = getelementptr inbounds float, ptr %invariant.gep3183, i64 %563
  store <16 x float> %569, ptr %gep3184, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3168, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2952, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %570 = mul nsw i64 %tau1, %H
  %571 = getelementptr inbounds float, ptr %betah, i64 %570
  %572 = load float, ptr %571, align 4
  %573 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %572, ptr %573, align 4
  %574 = mul nsw i64 %tau1, %sq
  %575 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3166, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2954, i64 128, i1 false)
  %576 = getelementptr float, ptr %kh, i64 %574
  %577 = load <16 x float>, ptr %576, align 4
  %578 = fneg <16 x float> %577
  %gep3186 = getelementptr inbounds float, ptr %invariant.gep3185, i64 %575
  store <16 x float> %578, ptr %gep3186, align 4
  %579 = getelementptr float, ptr %163, i64 %574
  %580 = load <16 x float>, ptr %579, align 4
  %581 = fneg <16 x float> %580
  %gep3188 = getelementptr inbounds float, ptr %invariant.gep3187, i64 %575
  store <16 x float> %581, ptr %gep3188, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3164, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02484, 1
  %exitcond2957.not = icmp eq i64 %t1.next, 16
  br i1 %exitcond2957.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %582 = phi i1 [ false, %j16.exit ], [ true, %endif ]
  %i20.addr.02486 = phi i64 [ 16, %j16.exit ], [ 0, %endif ]
  %.idx2999 = shl nuw nsw i64 %i20.addr.02486, 7
  %invariant.gep3189 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2999
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %583 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02485 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %gep3190 = getelementptr inbounds float, ptr %invariant.gep3189, i64 %j16.addr.02485
  %584 = getelementptr inbounds i8, ptr %gep3190, i64 10240
  %585 = load <16 x float>, ptr %584, align 4
  %586 = getelementptr inbounds i8, ptr %gep3190, i64 11264
  %587 = load <16 x float>, ptr %586, align 4
  %588 = getelementptr inbounds i8, ptr %gep3190, i64 10368
  %589 = load <16 x float>, ptr %588, align 4
  %590 = getelementptr inbounds i8, ptr %gep3190, i64 11392
  %591 = load <16 x float>, ptr %590, align 4
  %592 = getelementptr inbounds i8, ptr %gep3190, i64 10496
  %593 = load <16 x float>, ptr %592, align 4
  %594 = getelementptr inbounds i8, ptr %gep3190, i64 11520
  %595 = load <16 x float>, ptr %594, align 4
  %596 = getelementptr inbounds i8, ptr %gep3190, i64 10624
  %597 = load <16 x float>, ptr %596, align 4
  %598 = getelementptr inbounds i8, ptr %gep3190, i64 11648
  %599 = load <16 x float>, ptr %598, align 4
  %600 = getelementptr inbounds i8, ptr %gep3190, i64 10752
  %601 = load <16 x float>, ptr %600, align 4
  %602 = getelementptr inbounds i8, ptr %gep3190, i64 11776
  %603 = load <16 x float>, ptr %602, align 4
  %604 = getelementptr inbounds i8, ptr %gep3190, i64 10880
  %605 = load <16 x float>, ptr %604, align 4
  %606 = getelementptr inbounds i8, ptr %gep3190, i64 11904
  %607 = load <16 x float>, ptr %606, align 4
  %608 = getelementptr inbounds i8, ptr %gep3190, i64 11008
  %609 = load <16 x float>, ptr %608, align 4
  %610 = getelementptr inbounds i8, ptr %gep3190, i64 12032
  %611 = load <16 x float>, ptr %610, align 4
  %612 = getelementptr inbounds i8, ptr %gep3190, i64 11136
  %613 = load <16 x float>, ptr %612, align 4
  %614 = getelementptr inbounds i8, ptr %gep3190, i64 12160
  %615 = load <16 x float>, ptr %614, align 4
  %616 = shufflevector <16 x float> %585, <16 x float> %587, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %617 = shufflevector <16 x float> %601, <16 x float> %603, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %618 = shufflevector <16 x float> %589, <16 x float> %591, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %619 = shufflevector <16 x float> %605, <16 x float> %607, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %620 = shufflevector <16 x float> %593, <16 x float> %595, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %621 = shufflevector <16 x float> %609, <16 x float> %611, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %622 = shufflevector <16 x float> %597, <16 x float> %599, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %623 = shufflevector <16 x float> %613, <16 x float> %615, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %624 = shufflevector <16 x float> %585, <16 x float> %587, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %625 = shufflevector <16 x float> %601, <16 x float> %603, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %626 = shufflevector <16 x float> %589, <16 x float> %591, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %627 = shufflevector <16 x float> %605, <16 x float> %607, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %628 = shufflevector <16 x float> %593, <16 x float> %595, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %629 = shufflevector <16 x float> %609, <16 x float> %611, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %630 = shufflevector <16 x float> %597, <16 x float> %599, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %631 = shufflevector <16 x float> %613, <16 x float> %615, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %632 = shufflevector <16 x float> %616, <16 x float> %617, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %633 = shufflevector <16 x float> %620, <16 x float> %621, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %634 = shufflevector <16 x float> %618, <16 x float> %619, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %635 = shufflevector <16 x float> %622, <16 x float> %623, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %636 = shufflevector <16 x float> %616, <16 x float> %617, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %637 = shufflevector <16 x float> %620, <16 x float> %621, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %638 = shufflevector <16 x float> %618, <16 x float> %619, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %639 = shufflevector <16 x float> %622, <16 x float> %623, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %640 = shufflevector <16 x float> %624, <16 x float> %625, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %641 = shufflevector <16 x float> %628, <16 x float> %629, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %642 = shufflevector <16 x float> %626, <16 x float> %627, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %643 = shufflevector <16 x float> %630, <16 x float> %631, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %644 = shufflevector <16 x float> %624, <16 x float> %625, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %645 = shufflevector <16 x float> %628, <16 x float> %629, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %646 = shufflevector <16 x float> %626, <16 x float> %627, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %647 = shufflevector <16 x float> %630, <16 x float> %631, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %648 = shufflevector <16 x float> %632, <16 x float> %633, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %649 = shufflevector <16 x float> %634, <16 x float> %635, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %650 = shufflevector <16 x float> %632, <16 x float> %633, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %651 = shufflevector <16 x float> %634, <16 x float> %635, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %652 = shufflevector <16 x float> %636, <16 x float> %637, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %653 = shufflevector <16 x float> %638, <16 x float> %639, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %654 = shufflevector <16 x float> %636, <16 x float> %637, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %655 = shufflevector <16 x float> %638, <16 x float> %639, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %656 = shufflevector <16 x float> %640, <16 x float> %641, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %657 = shufflevector <16 x float> %642, <16 x float> %643, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %658 = shufflevector <16 x float> %640, <16 x float> %641, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %659 = shufflevector <16 x float> %642, <16 x float> %643, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %660 = shufflevector <16 x float> %644, <16 x float> %645, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %661 = shufflevector <16 x float> %646, <16 x float> %647, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %662 = shufflevector <16 x float> %644, <16 x float> %645, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %663 = shufflevector <16 x float> %646, <16 x float> %647, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %664 = shufflevector <16 x float> %648, <16 x float> %649, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %665 = shl nuw nsw i64 %j16.addr.02485, 5
  %666 = or disjoint i64 %665, %i20.addr.02486
  %667 = getelementptr inbounds float, ptr %KT, i64 %666
  store <16 x float> %664, ptr %667, align 4
  %668 = shufflevector <16 x float> %648, <16 x float> %649, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %669 = or disjoint i64 %666, 32
  %670 = getelementptr inbounds float, ptr %KT, i64 %669
  store <16 x float> %668, ptr %670, align 4
  %671 = shufflevector <16 x float> %650, <16 x float> %651, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %672 = or disjoint i64 %666, 64
  %673 = getelementptr inbounds float, ptr %KT, i64 %672
  store <16 x float> %671, ptr %673, align 4
  %674 = shufflevector <16 x float> %650, <16 x float> %651, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %675 = or disjoint i64 %666, 96
  %676 = getelementptr inbounds float, ptr %KT, i64 %675
  store <16 x float> %674, ptr %676, align 4
  %677 = shufflevector <16 x float> %652, <16 x float> %653, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %678 = or disjoint i64 %666, 128
  %679 = getelementptr inbounds float, ptr %KT, i64 %678
  store <16 x float> %677, ptr %679, align 4
  %680 = shufflevector <16 x float> %652, <16 x float> %653, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %681 = or disjoint i64 %666, 160
  %682 = getelementptr inbounds float, ptr %KT, i64 %681
  store <16 x float> %680, ptr %682, align 4
  %683 = shufflevector <16 x float> %654, <16 x float> %655, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %684 = or disjoint i64 %666, 192
  %685 = getelementptr inbounds float, ptr %KT, i64 %684
  store <16 x float> %683, ptr %685, align 4
  %686 = shufflevector <16 x float> %654, <16 x float> %655, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %687 = or disjoint i64 %666, 224
  %688 = getelementptr inbounds float, ptr %KT, i64 %687
  store <16 x float> %686, ptr %688, align 4
  %689 = shufflevector <16 x float> %656, <16 x float> %657, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %690 = or disjoint i64 %666, 256
  %691 = getelementptr inbounds float, ptr %KT, i64 %690
  store <16 x float> %689, ptr %691, align 4
  %692 = shufflevector <16 x float> %656, <16 x float> %657, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %693 = or disjoint i64 %666, 288
  %694 = getelementptr inbounds float, ptr %KT, i64 %693
  store <16 x float> %692, ptr %694, align 4
  %695 = shufflevector <16 x float> %658, <16 x float> %659, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %696 = or disjoint i64 %666, 320
  %697 = getelementptr inbounds float, ptr %KT, i64 %696
  store <16 x float> %695, ptr %697, align 4
  %698 = shufflevector <16 x float> %658, <16 x float> %659, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %699 = or disjoint i64 %666, 352
  %700 = getelementptr inbounds float, ptr %KT, i64 %699
  store <16 x float> %698, ptr %700, align 4
  %701 = shufflevector <16 x float> %660, <16 x float> %661, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %702 = or disjoint i64 %666, 384
  %703 = getelementptr inbounds float, ptr %KT, i64 %702
  store <16 x float> %701, ptr %703, align 4
  %704 = shufflevector <16 x float> %660, <16 x float> %661, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %705 = or disjoint i64 %666, 416
  %706 = getelementptr inbounds float, ptr %KT, i64 %705
  store <16 x float> %704, ptr %706, align 4
  %707 = shufflevector <16 x float> %662, <16 x float> %663, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %708 = or disjoint i64 %666, 448
  %709 = getelementptr inbounds float, ptr %KT, i64 %708
  store <16 x float> %707, ptr %709, align 4
  %710 = shufflevector <16 x float> %662, <16 x float> %663, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %711 = or disjoint i64 %666, 480
  %712 = getelementptr inbounds float, ptr %KT, i64 %711
  store <16 x float> %710, ptr %712, align 4
  br i1 %583, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  br i1 %582, label %j16.head.preheader, label %j17.body

j17.body:                                         ; preds = %j16.exit, %j17.body
  %713 = phi i1 [ false, %j17.body ], [ true, %j16.exit ]
  %j17.addr.02487 = phi i64 [ 16, %j17.body ], [ 0, %j16.exit ]
  %714 = or disjoint i64 %j17.addr.02487, 2048
  %715 = getelementptr inbounds float, ptr %Bk, i64 %714
  %716 = load <16 x float>, ptr %715, align 4
  %717 = or disjoint i64 %j17.addr.02487, 2304
  %718 = getelementptr inbounds float, ptr %Bk, i64 %717
  %719 = load <16 x float>, ptr %718, align 4
  %720 = or disjoint i64 %j17.addr.02487, 2080
  %721 = getelementptr inbounds float, ptr %Bk, i64 %720
  %722 = load <16 x float>, ptr %721, align 4
  %723 = or disjoint i64 %j17.addr.02487, 2336
  %724 = getelementptr inbounds float, ptr %Bk, i64 %723
  %725 = load <16 x float>, ptr %724, align 4
  %726 = or disjoint i64 %j17.addr.02487, 2112
  %727 = getelementptr inbounds float, ptr %Bk, i64 %726
  %728 = load <16 x float>, ptr %727, align 4
  %729 = or disjoint i64 %j17.addr.02487, 2368
  %730 = getelementptr inbounds float, ptr %Bk, i64 %729
  %731 = load <16 x float>, ptr %730, align 4
  %732 = or disjoint i64 %j17.addr.02487, 2144
  %733 = getelementptr inbounds float, ptr %Bk, i64 %732
  %734 = load <16 x float>, ptr %733, align 4
  %735 = or disjoint i64 %j17.addr.02487, 2400
  %736 = getelementptr inbounds float, ptr %Bk, i64 %735
  %737 = load <16 x float>, ptr %736, align 4
  %738 = or disjoint i64 %j17.addr.02487, 2176
  %739 = getelementptr inbounds float, ptr %Bk, i64 %738
  %740 = load <16 x float>, ptr %739, align 4
  %741 = or disjoint i64 %j17.addr.02487, 2432
  %742 = getelementptr inbounds float, ptr %Bk, i64 %741
  %743 = load <16 x float>, ptr %742, align 4
  %744 = or disjoint i64 %j17.addr.02487, 2208
  %745 = getelementptr inbounds float, ptr %Bk, i64 %744
  %746 = load <16 x float>, ptr %745, align 4
  %747 = or disjoint i64 %j17.addr.02487, 2464
  %748 = getelementptr inbounds float, ptr %Bk, i64 %747
  %749 = load <16 x float>, ptr %748, align 4
  %750 = or disjoint i64 %j17.addr.02487, 2240
  %751 = getelementptr inbounds float, ptr %Bk, i64 %750
  %752 = load <16 x float>, ptr %751, align 4
  %753 = or disjoint i64 %j17.addr.02487, 2496
  %754 = getelementptr inbounds float, ptr %Bk, i64 %753
  %755 = load <16 x float>, ptr %754, align 4
  %756 = or disjoint i64 %j17.addr.02487, 2272
  %757 = getelementptr inbounds float, ptr %Bk, i64 %756
  %758 = load <16 x float>, ptr %757, align 4
  %759 = or disjoint i64 %j17.addr.02487, 2528
  %760 = getelementptr inbounds float, ptr %Bk, i64 %759
  %761 = load <16 x float>, ptr %760, align 4
  %762 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %763 = shufflevector <16 x float> %740, <16 x float> %743, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %764 = shufflevector <16 x float> %722, <16 x float> %725, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %765 = shufflevector <16 x float> %746, <16 x float> %749, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %766 = shufflevector <16 x float> %728, <16 x float> %731, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %767 = shufflevector <16 x float> %752, <16 x float> %755, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %768 = shufflevector <16 x float> %734, <16 x float> %737, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %769 = shufflevector <16 x float> %758, <16 x float> %761, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %770 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %771 = shufflevector <16 x float> %740, <16 x float> %743, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %772 = shufflevector <16 x float> %722, <16 x float> %725, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %773 = shufflevector <16 x float> %746, <16 x float> %749, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %774 = shufflevector <16 x float> %728, <16 x float> %731, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %775 = shufflevector <16 x float> %752, <16 x float> %755, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %776 = shufflevector <16 x float> %734, <16 x float> %737, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %777 = shufflevector <16 x float> %758, <16 x float> %761, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %778 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %779 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %780 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %781 = shufflevector <16 x float> %768, <16 x float> %769, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %782 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %783 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %784 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %785 = shufflevector <16 x float> %768, <16 x float> %769, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %786 = shufflevector <16 x float> %770, <16 x float> %771, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %787 = shufflevector <16 x float> %774, <16 x float> %775, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %788 = shufflevector <16 x float> %772, <16 x float> %773, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %789 = shufflevector <16 x float> %776, <16 x float> %777, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %790 = shufflevector <16 x float> %770, <16 x float> %771, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %791 = shufflevector <16 x float> %774, <16 x float> %775, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %792 = shufflevector <16 x float> %772, <16 x float> %773, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %793 = shufflevector <16 x float> %776, <16 x float> %777, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %794 = shufflevector <16 x float> %778, <16 x float> %779, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %795 = shufflevector <16 x float> %780, <16 x float> %781, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %796 = shufflevector <16 x float> %778, <16 x float> %779, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %797 = shufflevector <16 x float> %780, <16 x float> %781, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %798 = shufflevector <16 x float> %782, <16 x float> %783, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %799 = shufflevector <16 x float> %784, <16 x float> %785, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %800 = shufflevector <16 x float> %782, <16 x float> %783, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %801 = shufflevector <16 x float> %784, <16 x float> %785, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %802 = shufflevector <16 x float> %786, <16 x float> %787, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %803 = shufflevector <16 x float> %788, <16 x float> %789, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %804 = shufflevector <16 x float> %786, <16 x float> %787, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %805 = shufflevector <16 x float> %788, <16 x float> %789, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %806 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %807 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %808 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %809 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %810 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2443 = shl nuw nsw i64 %j17.addr.02487, 6
  %811 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2443
  store <16 x float> %810, ptr %811, align 4
  %812 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %813 = shl nuw nsw i64 %j17.addr.02487, 4
  %814 = or disjoint i64 %813, 16
  %815 = getelementptr inbounds float, ptr %QcT, i64 %814
  store <16 x float> %812, ptr %815, align 4
  %816 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %817 = or disjoint i64 %813, 32
  %818 = getelementptr inbounds float, ptr %QcT, i64 %817
  store <16 x float> %816, ptr %818, align 4
  %819 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %820 = or disjoint i64 %813, 48
  %821 = getelementptr inbounds float, ptr %QcT, i64 %820
  store <16 x float> %819, ptr %821, align 4
  %822 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %823 = or disjoint i64 %813, 64
  %824 = getelementptr inbounds float, ptr %QcT, i64 %823
  store <16 x float> %822, ptr %824, align 4
  %825 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %826 = or disjoint i64 %813, 80
  %827 = getelementptr inbounds float, ptr %QcT, i64 %826
  store <16 x float> %825, ptr %827, align 4
  %828 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %829 = or disjoint i64 %813, 96
  %830 = getelementptr inbounds float, ptr %QcT, i64 %829
  store <16 x float> %828, ptr %830, align 4
  %831 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %832 = or disjoint i64 %813, 112
  %833 = getelementptr inbounds float, ptr %QcT, i64 %832
  store <16 x float> %831, ptr %833, align 4
  %834 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %835 = or disjoint i64 %813, 128
  %836 = getelementptr inbounds float, ptr %QcT, i64 %835
  store <16 x float> %834, ptr %836, align 4
  %837 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %838 = or disjoint i64 %813, 144
  %839 = getelementptr inbounds float, ptr %QcT, i64 %838
  store <16 x float> %837, ptr %839, align 4
  %840 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %841 = or disjoint i64 %813, 160
  %842 = getelementptr inbounds float, ptr %QcT, i64 %841
  store <16 x float> %840, ptr %842, align 4
  %843 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %844 = or disjoint i64 %813, 176
  %845 = getelementptr inbounds float, ptr %QcT, i64 %844
  store <16 x float> %843, ptr %845, align 4
  %846 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %847 = or disjoint i64 %813, 192
  %848 = getelementptr inbounds float, ptr %QcT, i64 %847
  store <16 x float> %846, ptr %848, align 4
  %849 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %850 = or disjoint i64 %813, 208
  %851 = getelementptr inbounds float, ptr %QcT, i64 %850
  store <16 x float> %849, ptr %851, align 4
  %852 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %853 = or disjoint i64 %813, 224
  %854 = getelementptr inbounds float, ptr %QcT, i64 %853
  store <16 x float> %852, ptr %854, align 4
  %855 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %856 = or disjoint i64 %813, 240
  %857 = getelementptr inbounds float, ptr %QcT, i64 %856
  store <16 x float> %855, ptr %857, align 4
  br i1 %713, label %j17.body, label %j18.body

j18.body:                                         ; preds = %j17.body, %j18.body
  %858 = phi i1 [ false, %j18.body ], [ true, %j17.body ]
  %j18.addr.02488 = phi i64 [ 16, %j18.body ], [ 0, %j17.body ]
  %859 = getelementptr inbounds float, ptr %OY, i64 %j18.addr.02488
  %860 = load <16 x float>, ptr %859, align 4
  %861 = or disjoint i64 %j18.addr.02488, 256
  %862 = getelementptr inbounds float, ptr %OY, i64 %861
  %863 = load <16 x float>, ptr %862, align 4
  %864 = or disjoint i64 %j18.addr.02488, 32
  %865 = getelementptr inbounds float, ptr %OY, i64 %864
  %866 = load <16 x float>, ptr %865, align 4
  %867 = or disjoint i64 %j18.addr.02488, 288
  %868 = getelementptr inbounds float, ptr %OY, i64 %867
  %869 = load <16 x float>, ptr %868, align 4
  %870 = or disjoint i64 %j18.addr.02488, 64
  %871 = getelementptr inbounds float, ptr %OY, i64 %870
  %872 = load <16 x float>, ptr %871, align 4
  %873 = or disjoint i64 %j18.addr.02488, 320
  %874 = getelementptr inbounds float, ptr %OY, i64 %873
  %875 = load <16 x float>, ptr %874, align 4
  %876 = or disjoint i64 %j18.addr.02488, 96
  %877 = getelementptr inbounds float, ptr %OY, i64 %876
  %878 = load <16 x float>, ptr %877, align 4
  %879 = or disjoint i64 %j18.addr.02488, 352
  %880 = getelementptr inbounds float, ptr %OY, i64 %879
  %881 = load <16 x float>, ptr %880, align 4
  %882 = or disjoint i64 %j18.addr.02488, 128
  %883 = getelementptr inbounds float, ptr %OY, i64 %882
  %884 = load <16 x float>, ptr %883, align 4
  %885 = or disjoint i64 %j18.addr.02488, 384
  %886 = getelementptr inbounds float, ptr %OY, i64 %885
  %887 = load <16 x float>, ptr %886, align 4
  %888 = or disjoint i64 %j18.addr.02488, 160
  %889 = getelementptr inbounds float, ptr %OY, i64 %888
  %890 = load <16 x float>, ptr %889, align 4
  %891 = or disjoint i64 %j18.addr.02488, 416
  %892 = getelementptr inbounds float, ptr %OY, i64 %891
  %893 = load <16 x float>, ptr %892, align 4
  %894 = or disjoint i64 %j18.addr.02488, 192
  %895 = getelementptr inbounds float, ptr %OY, i64 %894
  %896 = load <16 x float>, ptr %895, align 4
  %897 = or disjoint i64 %j18.addr.02488, 448
  %898 = getelementptr inbounds float, ptr %OY, i64 %897
  %899 = load <16 x float>, ptr %898, align 4
  %900 = or disjoint i64 %j18.addr.02488, 224
  %901 = getelementptr inbounds float, ptr %OY, i64 %900
  %902 = load <16 x float>, ptr %901, align 4
  %903 = or disjoint i64 %j18.addr.02488, 480
  %904 = getelementptr inbounds float, ptr %OY, i64 %903
  %905 = load <16 x float>, ptr %904, align 4
  %906 = shufflevector <16 x float> %860, <16 x float> %863, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %907 = shufflevector <16 x float> %884, <16 x float> %887, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %908 = shufflevector <16 x float> %866, <16 x float> %869, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %909 = shufflevector <16 x float> %890, <16 x float> %893, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %910 = shufflevector <16 x float> %872, <16 x float> %875, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %911 = shufflevector <16 x float> %896, <16 x float> %899, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %912 = shufflevector <16 x float> %878, <16 x float> %881, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %913 = shufflevector <16 x float> %902, <16 x float> %905, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %914 = shufflevector <16 x float> %860, <16 x float> %863, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %915 = shufflevector <16 x float> %884, <16 x float> %887, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %916 = shufflevector <16 x float> %866, <16 x float> %869, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %917 = shufflevector <16 x float> %890, <16 x float> %893, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %918 = shufflevector <16 x float> %872, <16 x float> %875, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %919 = shufflevector <16 x float> %896, <16 x float> %899, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %920 = shufflevector <16 x float> %878, <16 x float> %881, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %921 = shufflevector <16 x float> %902, <16 x float> %905, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %922 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %923 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %924 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %925 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %926 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %927 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %928 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %929 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %930 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %931 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %932 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %933 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %934 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %935 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %936 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %937 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %938 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %939 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %940 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %941 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %942 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %943 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %944 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %945 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %946 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %947 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %948 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %949 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %950 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %951 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %952 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %953 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %954 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2442 = shl nuw nsw i64 %j18.addr.02488, 6
  %955 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2442
  store <16 x float> %954, ptr %955, align 4
  %956 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %957 = shl nuw nsw i64 %j18.addr.02488, 4
  %958 = or disjoint i64 %957, 16
  %959 = getelementptr inbounds float, ptr %dOT, i64 %958
  store <16 x float> %956, ptr %959, align 4
  %960 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %961 = or disjoint i64 %957, 32
  %962 = getelementptr inbounds float, ptr %dOT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %964 = or disjoint i64 %957, 48
  %965 = getelementptr inbounds float, ptr %dOT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  %966 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %967 = or disjoint i64 %957, 64
  %968 = getelementptr inbounds float, ptr %dOT, i64 %967
  store <16 x float> %966, ptr %968, align 4
  %969 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %970 = or disjoint i64 %957, 80
  %971 = getelementptr inbounds float, ptr %dOT, i64 %970
  store <16 x float> %969, ptr %971, align 4
  %972 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %973 = or disjoint i64 %957, 96
  %974 = getelementptr inbounds float, ptr %dOT, i64 %973
  store <16 x float> %972, ptr %974, align 4
  %975 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %976 = or disjoint i64 %957, 112
  %977 = getelementptr inbounds float, ptr %dOT, i64 %976
  store <16 x float> %975, ptr %977, align 4
  %978 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %979 = or disjoint i64 %957, 128
  %980 = getelementptr inbounds float, ptr %dOT, i64 %979
  store <16 x float> %978, ptr %980, align 4
  %981 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %982 = or disjoint i64 %957, 144
  %983 = getelementptr inbounds float, ptr %dOT, i64 %982
  store <16 x float> %981, ptr %983, align 4
  %984 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %985 = or disjoint i64 %957, 160
  %986 = getelementptr inbounds float, ptr %dOT, i64 %985
  store <16 x float> %984, ptr %986, align 4
  %987 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %988 = or disjoint i64 %957, 176
  %989 = getelementptr inbounds float, ptr %dOT, i64 %988
  store <16 x float> %987, ptr %989, align 4
  %990 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %991 = or disjoint i64 %957, 192
  %992 = getelementptr inbounds float, ptr %dOT, i64 %991
  store <16 x float> %990, ptr %992, align 4
  %993 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %994 = or disjoint i64 %957, 208
  %995 = getelementptr inbounds float, ptr %dOT, i64 %994
  store <16 x float> %993, ptr %995, align 4
  %996 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %997 = or disjoint i64 %957, 224
  %998 = getelementptr inbounds float, ptr %dOT, i64 %997
  store <16 x float> %996, ptr %998, align 4
  %999 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1000 = or disjoint i64 %957, 240
  %1001 = getelementptr inbounds float, ptr %dOT, i64 %1000
  store <16 x float> %999, ptr %1001, align 4
  br i1 %858, label %j18.body, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.1, %p3.exit
  %1002 = icmp ult i64 %i23.addr.02499, 24
  br i1 %1002, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.body, %i23.head.loopexit
  %i23.addr.02499 = phi i64 [ %1003, %i23.head.loopexit ], [ 0, %j18.body ]
  %1003 = add nuw nsw i64 %i23.addr.02499, 8
  %1004 = shl nuw nsw i64 %i23.addr.02499, 5
  %.idx2440 = shl nuw nsw i64 %i23.addr.02499, 7
  %1005 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2440
  %1006 = or disjoint i64 %1004, 32
  %1007 = getelementptr inbounds float, ptr %Gm, i64 %1006
  %1008 = or disjoint i64 %1004, 64
  %1009 = getelementptr inbounds float, ptr %Gm, i64 %1008
  %1010 = or disjoint i64 %1004, 96
  %1011 = getelementptr inbounds float, ptr %Gm, i64 %1010
  %1012 = or disjoint i64 %1004, 128
  %1013 = getelementptr inbounds float, ptr %Gm, i64 %1012
  %1014 = or disjoint i64 %1004, 160
  %1015 = getelementptr inbounds float, ptr %Gm, i64 %1014
  %1016 = or disjoint i64 %1004, 192
  %1017 = getelementptr inbounds float, ptr %Gm, i64 %1016
  %1018 = or disjoint i64 %1004, 224
  %1019 = getelementptr inbounds float, ptr %Gm, i64 %1018
  %invariant.gep3191 = getelementptr inbounds float, ptr %Bk, i64 %1004
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.02497 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1025, %p3.body ]
  %acc1.02496 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1030, %p3.body ]
  %acc2.02495 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1035, %p3.body ]
  %acc3.02494 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1040, %p3.body ]
  %acc4.02493 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1045, %p3.body ]
  %acc5.02492 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1050, %p3.body ]
  %acc6.02491 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1055, %p3.body ]
  %acc7.02490 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1060, %p3.body ]
  %p3.addr.02489 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx2441 = shl nuw nsw i64 %p3.addr.02489, 7
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2441
  %1020 = load <16 x float>, ptr %gep, align 4
  %gep3192 = getelementptr inbounds float, ptr %invariant.gep3191, i64 %p3.addr.02489
  %1021 = getelementptr inbounds i8, ptr %gep3192, i64 10240
  %1022 = load float, ptr %1021, align 4
  %1023 = insertelement <16 x float> poison, float %1022, i64 0
  %1024 = shufflevector <16 x float> %1023, <16 x float> poison, <16 x i32> zeroinitializer
  %1025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1024, <16 x float> %1020, <16 x float> %acc.02497)
  %1026 = getelementptr inbounds i8, ptr %gep3192, i64 10368
  %1027 = load float, ptr %1026, align 4
  %1028 = insertelement <16 x float> poison, float %1027, i64 0
  %1029 = shufflevector <16 x float> %1028, <16 x float> poison, <16 x i32> zeroinitializer
  %1030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1029, <16 x float> %1020, <16 x float> %acc1.02496)
  %1031 = getelementptr inbounds i8, ptr %gep3192, i64 10496
  %1032 = load float, ptr %1031, align 4
  %1033 = insertelement <16 x float> poison, float %1032, i64 0
  %1034 = shufflevector <16 x float> %1033, <16 x float> poison, <16 x i32> zeroinitializer
  %1035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1034, <16 x float> %1020, <16 x float> %acc2.02495)
  %1036 = getelementptr inbounds i8, ptr %gep3192, i64 10624
  %1037 = load float, ptr %1036, align 4
  %1038 = insertelement <16 x float> poison, float %1037, i64 0
  %1039 = shufflevector <16 x float> %1038, <16 x float> poison, <16 x i32> zeroinitializer
  %1040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1039, <16 x float> %1020, <16 x float> %acc3.02494)
  %1041 = getelementptr inbounds i8, ptr %gep3192, i64 10752
  %1042 = load float, ptr %1041, align 4
  %1043 = insertelement <16 x float> poison, float %1042, i64 0
  %1044 = shufflevector <16 x float> %1043, <16 x float> poison, <16 x i32> zeroinitializer
  %1045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1044, <16 x float> %1020, <16 x float> %acc4.02493)
  %1046 = getelementptr inbounds i8, ptr %gep3192, i64 10880
  %1047 = load float, ptr %1046, align 4
  %1048 = insertelement <16 x float> poison, float %1047, i64 0
  %1049 = shufflevector <16 x float> %1048, <16 x float> poison, <16 x i32> zeroinitializer
  %1050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1020, <16 x float> %acc5.02492)
  %1051 = getelementptr inbounds i8, ptr %gep3192, i64 11008
  %1052 = load float, ptr %1051, align 4
  %1053 = insertelement <16 x float> poison, float %1052, i64 0
  %1054 = shufflevector <16 x float> %1053, <16 x float> poison, <16 x i32> zeroinitializer
  %1055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1054, <16 x float> %1020, <16 x float> %acc6.02491)
  %1056 = getelementptr inbounds i8, ptr %gep3192, i64 11136
  %1057 = load float, ptr %1056, align 4
  %1058 = insertelement <16 x float> poison, float %1057, i64 0
  %1059 = shufflevector <16 x float> %1058, <16 x float> poison, <16 x i32> zeroinitializer
  %1060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1059, <16 x float> %1020, <16 x float> %acc7.02490)
  %p3.next = add nuw nsw i64 %p3.addr.02489, 1
  %exitcond2958.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2958.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1025, ptr %1005, align 4
  store <16 x float> %1030, ptr %1007, align 4
  store <16 x float> %1035, ptr %1009, align 4
  store <16 x float> %1040, ptr %1011, align 4
  store <16 x float> %1045, ptr %1013, align 4
  store <16 x float> %1050, ptr %1015, align 4
  store <16 x float> %1055, ptr %1017, align 4
  store <16 x float> %1060, ptr %1019, align 4
  %1061 = icmp ugt i64 %i23.addr.02499, 8
  br i1 %1061, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.02497.1 = phi <16 x float> [ %1067, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.02496.1 = phi <16 x float> [ %1072, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.02495.1 = phi <16 x float> [ %1077, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.02494.1 = phi <16 x float> [ %1082, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.02493.1 = phi <16 x float> [ %1087, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.02492.1 = phi <16 x float> [ %1092, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.02491.1 = phi <16 x float> [ %1097, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.02490.1 = phi <16 x float> [ %1102, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.02489.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2441.1 = shl nuw nsw i64 %p3.addr.02489.1, 7
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2441.1
  %1062 = load <16 x float>, ptr %gep.1, align 4
  %gep3192.1 = getelementptr inbounds float, ptr %invariant.gep3191, i64 %p3.addr.02489.1
  %1063 = getelementptr inbounds i8, ptr %gep3192.1, i64 10240
  %1064 = load float, ptr %1063, align 4
  %1065 = insertelement <16 x float> poison, float %1064, i64 0
  %1066 = shufflevector <16 x float> %1065, <16 x float> poison, <16 x i32> zeroinitializer
  %1067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1066, <16 x float> %1062, <16 x float> %acc.02497.1)
  %1068 = getelementptr inbounds i8, ptr %gep3192.1, i64 10368
  %1069 = load float, ptr %1068, align 4
  %1070 = insertelement <16 x float> poison, float %1069, i64 0
  %1071 = shufflevector <16 x float> %1070, <16 x float> poison, <16 x i32> zeroinitializer
  %1072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1071, <16 x float> %1062, <16 x float> %acc1.02496.1)
  %1073 = getelementptr inbounds i8, ptr %gep3192.1, i64 10496
  %1074 = load float, ptr %1073, align 4
  %1075 = insertelement <16 x float> poison, float %1074, i64 0
  %1076 = shufflevector <16 x float> %1075, <16 x float> poison, <16 x i32> zeroinitializer
  %1077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1076, <16 x float> %1062, <16 x float> %acc2.02495.1)
  %1078 = getelementptr inbounds i8, ptr %gep3192.1, i64 10624
  %1079 = load float, ptr %1078, align 4
  %1080 = insertelement <16 x float> poison, float %1079, i64 0
  %1081 = shufflevector <16 x float> %1080, <16 x float> poison, <16 x i32> zeroinitializer
  %1082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1081, <16 x float> %1062, <16 x float> %acc3.02494.1)
  %1083 = getelementptr inbounds i8, ptr %gep3192.1, i64 10752
  %1084 = load float, ptr %1083, align 4
  %1085 = insertelement <16 x float> poison, float %1084, i64 0
  %1086 = shufflevector <16 x float> %1085, <16 x float> poison, <16 x i32> zeroinitializer
  %1087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1086, <16 x float> %1062, <16 x float> %acc4.02493.1)
  %1088 = getelementptr inbounds i8, ptr %gep3192.1, i64 10880
  %1089 = load float, ptr %1088, align 4
  %1090 = insertelement <16 x float> poison, float %1089, i64 0
  %1091 = shufflevector <16 x float> %1090, <16 x float> poison, <16 x i32> zeroinitializer
  %1092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1091, <16 x float> %1062, <16 x float> %acc5.02492.1)
  %1093 = getelementptr inbounds i8, ptr %gep3192.1, i64 11008
  %1094 = load float, ptr %1093, align 4
  %1095 = insertelement <16 x float> poison, float %1094, i64 0
  %1096 = shufflevector <16 x float> %1095, <16 x float> poison, <16 x i32> zeroinitializer
  %1097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1096, <16 x float> %1062, <16 x float> %acc6.02491.1)
  %1098 = getelementptr inbounds i8, ptr %gep3192.1, i64 11136
  %1099 = load float, ptr %1098, align 4
  %1100 = insertelement <16 x float> poison, float %1099, i64 0
  %1101 = shufflevector <16 x float> %1100, <16 x float> poison, <16 x i32> zeroinitializer
  %1102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1101, <16 x float> %1062, <16 x float> %acc7.02490.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02489.1, 1
  %exitcond2958.not.1 = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond2958.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1103 = getelementptr inbounds i8, ptr %1005, i64 64
  store <16 x float> %1067, ptr %1103, align 4
  %1104 = getelementptr inbounds i8, ptr %1007, i64 64
  store <16 x float> %1072, ptr %1104, align 4
  %1105 = getelementptr inbounds i8, ptr %1009, i64 64
  store <16 x float> %1077, ptr %1105, align 4
  %1106 = getelementptr inbounds i8, ptr %1011, i64 64
  store <16 x float> %1082, ptr %1106, align 4
  %1107 = getelementptr inbounds i8, ptr %1013, i64 64
  store <16 x float> %1087, ptr %1107, align 4
  %1108 = getelementptr inbounds i8, ptr %1015, i64 64
  store <16 x float> %1092, ptr %1108, align 4
  %1109 = getelementptr inbounds i8, ptr %1017, i64 64
  store <16 x float> %1097, ptr %1109, align 4
  %1110 = getelementptr inbounds i8, ptr %1019, i64 64
  store <16 x float> %1102, ptr %1110, align 4
  br label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02517 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %.idx3000 = shl nsw i64 %i24.addr.02517, 7
  %invariant.gep3193 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3000
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02516 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1127, %p4.body ]
  %acc9.02515 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1128, %p4.body ]
  %acc10.02514 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1129, %p4.body ]
  %acc11.02513 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1130, %p4.body ]
  %acc12.02512 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1135, %p4.body ]
  %acc13.02511 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1136, %p4.body ]
  %acc14.02510 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1137, %p4.body ]
  %acc15.02509 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1138, %p4.body ]
  %acc16.02508 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1143, %p4.body ]
  %acc17.02507 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1144, %p4.body ]
  %acc18.02506 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1145, %p4.body ]
  %acc19.02505 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1146, %p4.body ]
  %acc20.02504 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1151, %p4.body ]
  %acc21.02503 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1152, %p4.body ]
  %acc22.02502 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1153, %p4.body ]
  %acc23.02501 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1154, %p4.body ]
  %p4.addr.02500 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1111 = shl nuw nsw i64 %p4.addr.02500, 6
  %1112 = getelementptr inbounds float, ptr %work, i64 %1111
  %1113 = load <16 x float>, ptr %1112, align 4
  %1114 = or disjoint i64 %1111, 16
  %1115 = getelementptr inbounds float, ptr %work, i64 %1114
  %1116 = load <16 x float>, ptr %1115, align 4
  %1117 = or disjoint i64 %1111, 32
  %1118 = getelementptr inbounds float, ptr %work, i64 %1117
  %1119 = load <16 x float>, ptr %1118, align 4
  %1120 = or disjoint i64 %1111, 48
  %1121 = getelementptr inbounds float, ptr %work, i64 %1120
  %1122 = load <16 x float>, ptr %1121, align 4
  %gep3194 = getelementptr inbounds float, ptr %invariant.gep3193, i64 %p4.addr.02500
  %1123 = getelementptr inbounds i8, ptr %gep3194, i64 10240
  %1124 = load float, ptr %1123, align 4
  %1125 = insertelement <16 x float> poison, float %1124, i64 0
  %1126 = shufflevector <16 x float> %1125, <16 x float> poison, <16 x i32> zeroinitializer
  %1127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1113, <16 x float> %acc8.02516)
  %1128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1116, <16 x float> %acc9.02515)
  %1129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1119, <16 x float> %acc10.02514)
  %1130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1122, <16 x float> %acc11.02513)
  %1131 = getelementptr inbounds i8, ptr %gep3194, i64 10368
  %1132 = load float, ptr %1131, align 4
  %1133 = insertelement <16 x float> poison, float %1132, i64 0
  %1134 = shufflevector <16 x float> %1133, <16 x float> poison, <16 x i32> zeroinitializer
  %1135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1113, <16 x float> %acc12.02512)
  %1136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1116, <16 x float> %acc13.02511)
  %1137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1119, <16 x float> %acc14.02510)
  %1138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1122, <16 x float> %acc15.02509)
  %1139 = getelementptr inbounds i8, ptr %gep3194, i64 10496
  %1140 = load float, ptr %1139, align 4
  %1141 = insertelement <16 x float> poison, float %1140, i64 0
  %1142 = shufflevector <16 x float> %1141, <16 x float> poison, <16 x i32> zeroinitializer
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1113, <16 x float> %acc16.02508)
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1116, <16 x float> %acc17.02507)
  %1145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1119, <16 x float> %acc18.02506)
  %1146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1122, <16 x float> %acc19.02505)
  %1147 = getelementptr inbounds i8, ptr %gep3194, i64 10624
  %1148 = load float, ptr %1147, align 4
  %1149 = insertelement <16 x float> poison, float %1148, i64 0
  %1150 = shufflevector <16 x float> %1149, <16 x float> poison, <16 x i32> zeroinitializer
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1113, <16 x float> %acc20.02504)
  %1152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1116, <16 x float> %acc21.02503)
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1119, <16 x float> %acc22.02502)
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1122, <16 x float> %acc23.02501)
  %p4.next = add nuw nsw i64 %p4.addr.02500, 1
  %exitcond2959.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2959.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1155 = shl nuw nsw i64 %i24.addr.02517, 6
  %1156 = getelementptr inbounds float, ptr %KSdS, i64 %1155
  store <16 x float> %1127, ptr %1156, align 4
  %1157 = or disjoint i64 %1155, 16
  %1158 = getelementptr inbounds float, ptr %KSdS, i64 %1157
  store <16 x float> %1128, ptr %1158, align 4
  %1159 = or disjoint i64 %1155, 32
  %1160 = getelementptr inbounds float, ptr %KSdS, i64 %1159
  store <16 x float> %1129, ptr %1160, align 4
  %1161 = or disjoint i64 %1155, 48
  %1162 = getelementptr inbounds float, ptr %KSdS, i64 %1161
  store <16 x float> %1130, ptr %1162, align 4
  %1163 = or disjoint i64 %1155, 64
  %1164 = getelementptr inbounds float, ptr %KSdS, i64 %1163
  store <16 x float> %1135, ptr %1164, align 4
  %1165 = or disjoint i64 %1155, 80
  %1166 = getelementptr inbounds float, ptr %KSdS, i64 %1165
  store <16 x float> %1136, ptr %1166, align 4
  %1167 = or disjoint i64 %1155, 96
  %1168 = getelementptr inbounds float, ptr %KSdS, i64 %1167
  store <16 x float> %1137, ptr %1168, align 4
  %1169 = or disjoint i64 %1155, 112
  %1170 = getelementptr inbounds float, ptr %KSdS, i64 %1169
  store <16 x float> %1138, ptr %1170, align 4
  %1171 = or disjoint i64 %1155, 128
  %1172 = getelementptr inbounds float, ptr %KSdS, i64 %1171
  store <16 x float> %1143, ptr %1172, align 4
  %1173 = or disjoint i64 %1155, 144
  %1174 = getelementptr inbounds float, ptr %KSdS, i64 %1173
  store <16 x float> %1144, ptr %1174, align 4
  %1175 = or disjoint i64 %1155, 160
  %1176 = getelementptr inbounds float, ptr %KSdS, i64 %1175
  store <16 x float> %1145, ptr %1176, align 4
  %1177 = or disjoint i64 %1155, 176
  %1178 = getelementptr inbounds float, ptr %KSdS, i64 %1177
  store <16 x float> %1146, ptr %1178, align 4
  %1179 = or disjoint i64 %1155, 192
  %1180 = getelementptr inbounds float, ptr %KSdS, i64 %1179
  store <16 x float> %1151, ptr %1180, align 4
  %1181 = or disjoint i64 %1155, 208
  %1182 = getelementptr inbounds float, ptr %KSdS, i64 %1181
  store <16 x float> %1152, ptr %1182, align 4
  %1183 = or disjoint i64 %1155, 224
  %1184 = getelementptr inbounds float, ptr %KSdS, i64 %1183
  store <16 x float> %1153, ptr %1184, align 4
  %1185 = or disjoint i64 %1155, 240
  %1186 = getelementptr inbounds float, ptr %KSdS, i64 %1185
  store <16 x float> %1154, ptr %1186, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02517, 4
  %1187 = icmp ult i64 %i24.addr.02517, 28
  br i1 %1187, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02519 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2730 = shl nsw i64 %i25.addr.02519, 7
  %1188 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2730
  %1189 = load <16 x float>, ptr %1188, align 4
  %.idx2731 = shl nsw i64 %i25.addr.02519, 8
  %1190 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2731
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = fsub <16 x float> %1189, %1191
  store <16 x float> %1192, ptr %1188, align 4
  %1193 = getelementptr inbounds i8, ptr %29, i64 %.idx2730
  %1194 = load <16 x float>, ptr %1193, align 4
  %1195 = getelementptr inbounds i8, ptr %30, i64 %.idx2731
  %1196 = load <16 x float>, ptr %1195, align 4
  %1197 = fsub <16 x float> %1194, %1196
  store <16 x float> %1197, ptr %1193, align 4
  %i25.next = or disjoint i64 %i25.addr.02519, 1
  %.idx2730.1 = shl nsw i64 %i25.next, 7
  %1198 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2730.1
  %1199 = load <16 x float>, ptr %1198, align 4
  %.idx2731.1 = shl nsw i64 %i25.next, 8
  %1200 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2731.1
  %1201 = load <16 x float>, ptr %1200, align 4
  %1202 = fsub <16 x float> %1199, %1201
  store <16 x float> %1202, ptr %1198, align 4
  %1203 = getelementptr inbounds i8, ptr %29, i64 %.idx2730.1
  %1204 = load <16 x float>, ptr %1203, align 4
  %1205 = getelementptr inbounds i8, ptr %30, i64 %.idx2731.1
  %1206 = load <16 x float>, ptr %1205, align 4
  %1207 = fsub <16 x float> %1204, %1206
  store <16 x float> %1207, ptr %1203, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02519, 2
  %.idx2730.2 = shl nsw i64 %i25.next.1, 7
  %1208 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2730.2
  %1209 = load <16 x float>, ptr %1208, align 4
  %.idx2731.2 = shl nsw i64 %i25.next.1, 8
  %1210 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2731.2
  %1211 = load <16 x float>, ptr %1210, align 4
  %1212 = fsub <16 x float> %1209, %1211
  store <16 x float> %1212, ptr %1208, align 4
  %1213 = getelementptr inbounds i8, ptr %29, i64 %.idx2730.2
  %1214 = load <16 x float>, ptr %1213, align 4
  %1215 = getelementptr inbounds i8, ptr %30, i64 %.idx2731.2
  %1216 = load <16 x float>, ptr %1215, align 4
  %1217 = fsub <16 x float> %1214, %1216
  store <16 x float> %1217, ptr %1213, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02519, 3
  %.idx2730.3 = shl nsw i64 %i25.next.2, 7
  %1218 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2730.3
  %1219 = load <16 x float>, ptr %1218, align 4
  %.idx2731.3 = shl nsw i64 %i25.next.2, 8
  %1220 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2731.3
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = fsub <16 x float> %1219, %1221
  store <16 x float> %1222, ptr %1218, align 4
  %1223 = getelementptr inbounds i8, ptr %29, i64 %.idx2730.3
  %1224 = load <16 x float>, ptr %1223, align 4
  %1225 = getelementptr inbounds i8, ptr %30, i64 %.idx2731.3
  %1226 = load <16 x float>, ptr %1225, align 4
  %1227 = fsub <16 x float> %1224, %1226
  store <16 x float> %1227, ptr %1223, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02519, 4
  %exitcond2960.not.3 = icmp eq i64 %i25.next.3, 32
  br i1 %exitcond2960.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02536 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1228 = shl nuw nsw i64 %ib.addr.02536, 2
  %umax3531 = tail call i64 @llvm.umax.i64(i64 %1228, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02536, 2
  %.not2732 = icmp eq i64 %ib.addr.02536, 0
  br i1 %.not2732, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2439 = shl nuw nsw i64 %ib.addr.02536, 9
  %1229 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2439
  %1230 = shl nuw nsw i64 %ib.addr.02536, 7
  %1231 = or disjoint i64 %1230, 32
  %1232 = getelementptr inbounds float, ptr %Gm, i64 %1231
  %1233 = or disjoint i64 %1230, 64
  %1234 = getelementptr inbounds float, ptr %Gm, i64 %1233
  %1235 = or disjoint i64 %1230, 96
  %1236 = getelementptr inbounds float, ptr %Gm, i64 %1235
  %xtraiter = and i64 %umax3531, 1
  %1237 = icmp eq i64 %umax3531, 1
  br i1 %1237, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3531, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02528 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1278, %j21.body ]
  %acc25.02527 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1279, %j21.body ]
  %acc26.02526 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1284, %j21.body ]
  %acc27.02525 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1285, %j21.body ]
  %acc28.02524 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1290, %j21.body ]
  %acc29.02523 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1291, %j21.body ]
  %acc30.02522 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1296, %j21.body ]
  %acc31.02521 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1297, %j21.body ]
  %j21.addr.02520 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1238 = shl nsw i64 %j21.addr.02520, 5
  %1239 = getelementptr inbounds float, ptr %Vn, i64 %1238
  %1240 = load <16 x float>, ptr %1239, align 4
  %1241 = or disjoint i64 %1238, 16
  %1242 = getelementptr inbounds float, ptr %Vn, i64 %1241
  %1243 = load <16 x float>, ptr %1242, align 4
  %1244 = getelementptr inbounds float, ptr %1229, i64 %j21.addr.02520
  %1245 = load float, ptr %1244, align 4
  %1246 = insertelement <16 x float> poison, float %1245, i64 0
  %1247 = shufflevector <16 x float> %1246, <16 x float> poison, <16 x i32> zeroinitializer
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1240, <16 x float> %acc24.02528)
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1243, <16 x float> %acc25.02527)
  %1250 = getelementptr inbounds float, ptr %1232, i64 %j21.addr.02520
  %1251 = load float, ptr %1250, align 4
  %1252 = insertelement <16 x float> poison, float %1251, i64 0
  %1253 = shufflevector <16 x float> %1252, <16 x float> poison, <16 x i32> zeroinitializer
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1240, <16 x float> %acc26.02526)
  %1255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1243, <16 x float> %acc27.02525)
  %1256 = getelementptr inbounds float, ptr %1234, i64 %j21.addr.02520
  %1257 = load float, ptr %1256, align 4
  %1258 = insertelement <16 x float> poison, float %1257, i64 0
  %1259 = shufflevector <16 x float> %1258, <16 x float> poison, <16 x i32> zeroinitializer
  %1260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1259, <16 x float> %1240, <16 x float> %acc28.02524)
  %1261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1259, <16 x float> %1243, <16 x float> %acc29.02523)
  %1262 = getelementptr inbounds float, ptr %1236, i64 %j21.addr.02520
  %1263 = load float, ptr %1262, align 4
  %1264 = insertelement <16 x float> poison, float %1263, i64 0
  %1265 = shufflevector <16 x float> %1264, <16 x float> poison, <16 x i32> zeroinitializer
  %1266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1265, <16 x float> %1240, <16 x float> %acc30.02522)
  %1267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1265, <16 x float> %1243, <16 x float> %acc31.02521)
  %j21.next = or disjoint i64 %j21.addr.02520, 1
  %1268 = shl nsw i64 %j21.next, 5
  %1269 = getelementptr inbounds float, ptr %Vn, i64 %1268
  %1270 = load <16 x float>, ptr %1269, align 4
  %1271 = or disjoint i64 %1268, 16
  %1272 = getelementptr inbounds float, ptr %Vn, i64 %1271
  %1273 = load <16 x float>, ptr %1272, align 4
  %1274 = getelementptr inbounds float, ptr %1229, i64 %j21.next
  %1275 = load float, ptr %1274, align 4
  %1276 = insertelement <16 x float> poison, float %1275, i64 0
  %1277 = shufflevector <16 x float> %1276, <16 x float> poison, <16 x i32> zeroinitializer
  %1278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1277, <16 x float> %1270, <16 x float> %1248)
  %1279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1277, <16 x float> %1273, <16 x float> %1249)
  %1280 = getelementptr inbounds float, ptr %1232, i64 %j21.next
  %1281 = load float, ptr %1280, align 4
  %1282 = insertelement <16 x float> poison, float %1281, i64 0
  %1283 = shufflevector <16 x float> %1282, <16 x float> poison, <16 x i32> zeroinitializer
  %1284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1283, <16 x float> %1270, <16 x float> %1254)
  %1285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1283, <16 x float> %1273, <16 x float> %1255)
  %1286 = getelementptr inbounds float, ptr %1234, i64 %j21.next
  %1287 = load float, ptr %1286, align 4
  %1288 = insertelement <16 x float> poison, float %1287, i64 0
  %1289 = shufflevector <16 x float> %1288, <16 x float> poison, <16 x i32> zeroinitializer
  %1290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1289, <16 x float> %1270, <16 x float> %1260)
  %1291 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1289, <16 x float> %1273, <16 x float> %1261)
  %1292 = getelementptr inbounds float, ptr %1236, i64 %j21.next
  %1293 = load float, ptr %1292, align 4
  %1294 = insertelement <16 x float> poison, float %1293, i64 0
  %1295 = shufflevector <16 x float> %1294, <16 x float> poison, <16 x i32> zeroinitializer
  %1296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1295, <16 x float> %1270, <16 x float> %1266)
  %1297 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1295, <16 x float> %1273, <16 x float> %1267)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02520, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3402.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1278, %j21.body ]
  %.lcssa3401.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1279, %j21.body ]
  %.lcssa3400.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1284, %j21.body ]
  %.lcssa3399.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1285, %j21.body ]
  %.lcssa3398.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1290, %j21.body ]
  %.lcssa3397.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1291, %j21.body ]
  %.lcssa3396.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1296, %j21.body ]
  %.lcssa3395.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1297, %j21.body ]
  %acc24.02528.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1278, %j21.body ]
  %acc25.02527.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1279, %j21.body ]
  %acc26.02526.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1284, %j21.body ]
  %acc27.02525.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1285, %j21.body ]
  %acc28.02524.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1290, %j21.body ]
  %acc29.02523.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1291, %j21.body ]
  %acc30.02522.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1296, %j21.body ]
  %acc31.02521.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1297, %j21.body ]
  %j21.addr.02520.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1298 = shl nsw i64 %j21.addr.02520.unr, 5
  %1299 = getelementptr inbounds float, ptr %Vn, i64 %1298
  %1300 = load <16 x float>, ptr %1299, align 4
  %1301 = or disjoint i64 %1298, 16
  %1302 = getelementptr inbounds float, ptr %Vn, i64 %1301
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = getelementptr inbounds float, ptr %1229, i64 %j21.addr.02520.unr
  %1305 = load float, ptr %1304, align 4
  %1306 = insertelement <16 x float> poison, float %1305, i64 0
  %1307 = shufflevector <16 x float> %1306, <16 x float> poison, <16 x i32> zeroinitializer
  %1308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1307, <16 x float> %1300, <16 x float> %acc24.02528.unr)
  %1309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1307, <16 x float> %1303, <16 x float> %acc25.02527.unr)
  %1310 = getelementptr inbounds float, ptr %1232, i64 %j21.addr.02520.unr
  %1311 = load float, ptr %1310, align 4
  %1312 = insertelement <16 x float> poison, float %1311, i64 0
  %1313 = shufflevector <16 x float> %1312, <16 x float> poison, <16 x i32> zeroinitializer
  %1314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1313, <16 x float> %1300, <16 x float> %acc26.02526.unr)
  %1315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1313, <16 x float> %1303, <16 x float> %acc27.02525.unr)
  %1316 = getelementptr inbounds float, ptr %1234, i64 %j21.addr.02520.unr
  %1317 = load float, ptr %1316, align 4
  %1318 = insertelement <16 x float> poison, float %1317, i64 0
  %1319 = shufflevector <16 x float> %1318, <16 x float> poison, <16 x i32> zeroinitializer
  %1320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1319, <16 x float> %1300, <16 x float> %acc28.02524.unr)
  %1321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1319, <16 x float> %1303, <16 x float> %acc29.02523.unr)
  %1322 = getelementptr inbounds float, ptr %1236, i64 %j21.addr.02520.unr
  %1323 = load float, ptr %1322, align 4
  %1324 = insertelement <16 x float> poison, float %1323, i64 0
  %1325 = shufflevector <16 x float> %1324, <16 x float> poison, <16 x i32> zeroinitializer
  %1326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1325, <16 x float> %1300, <16 x float> %acc30.02522.unr)
  %1327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1325, <16 x float> %1303, <16 x float> %acc31.02521.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1230, %j21.exit.loopexit.unr-lcssa ], [ %1230, %j21.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3395.ph, %j21.exit.loopexit.unr-lcssa ], [ %1327, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3396.ph, %j21.exit.loopexit.unr-lcssa ], [ %1326, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3397.ph, %j21.exit.loopexit.unr-lcssa ], [ %1321, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3398.ph, %j21.exit.loopexit.unr-lcssa ], [ %1320, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3399.ph, %j21.exit.loopexit.unr-lcssa ], [ %1315, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3400.ph, %j21.exit.loopexit.unr-lcssa ], [ %1314, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3401.ph, %j21.exit.loopexit.unr-lcssa ], [ %1309, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3402.ph, %j21.exit.loopexit.unr-lcssa ], [ %1308, %j21.body.epil ]
  %1328 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1329 = load float, ptr %1328, align 4
  %1330 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1331 = load <16 x float>, ptr %1330, align 4
  %1332 = fsub <16 x float> %1331, %acc24.0.lcssa
  store <16 x float> %1332, ptr %1330, align 4
  %1333 = insertelement <16 x float> poison, float %1329, i64 0
  %1334 = shufflevector <16 x float> %1333, <16 x float> poison, <16 x i32> zeroinitializer
  %1335 = fmul <16 x float> %1334, %1332
  %1336 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1335, ptr %1336, align 4
  %1337 = mul nuw nsw i64 %ib.addr.02536, 448
  %1338 = getelementptr inbounds float, ptr %Ak, i64 %1337
  store <16 x float> %1335, ptr %1338, align 4
  %1339 = or disjoint i64 %.pre-phi, 16
  %1340 = getelementptr inbounds float, ptr %Rr, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = fsub <16 x float> %1341, %acc25.0.lcssa
  store <16 x float> %1342, ptr %1340, align 4
  %1343 = fmul <16 x float> %1334, %1342
  %1344 = getelementptr inbounds float, ptr %Vn, i64 %1339
  store <16 x float> %1343, ptr %1344, align 4
  %1345 = or disjoint i64 %1337, 16
  %1346 = getelementptr inbounds float, ptr %Ak, i64 %1345
  store <16 x float> %1343, ptr %1346, align 4
  %i26 = or disjoint i64 %i0, 1
  %1347 = shl nuw nsw i64 %i26, 5
  %1348 = or disjoint i64 %1347, %i0
  %1349 = getelementptr inbounds float, ptr %Gm, i64 %1348
  %1350 = load float, ptr %1349, align 4
  %1351 = insertelement <16 x float> poison, float %1350, i64 0
  %1352 = shufflevector <16 x float> %1351, <16 x float> poison, <16 x i32> zeroinitializer
  %1353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1335, <16 x float> %acc26.0.lcssa)
  %1354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1343, <16 x float> %acc27.0.lcssa)
  %1355 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1356 = load float, ptr %1355, align 4
  %1357 = getelementptr inbounds float, ptr %Rr, i64 %1347
  %1358 = load <16 x float>, ptr %1357, align 4
  %1359 = fsub <16 x float> %1358, %1353
  store <16 x float> %1359, ptr %1357, align 4
  %1360 = insertelement <16 x float> poison, float %1356, i64 0
  %1361 = shufflevector <16 x float> %1360, <16 x float> poison, <16 x i32> zeroinitializer
  %1362 = fmul <16 x float> %1361, %1359
  %1363 = getelementptr inbounds float, ptr %Vn, i64 %1347
  store <16 x float> %1362, ptr %1363, align 4
  %.idx2456 = mul nuw nsw i64 %i26, 448
  %1364 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2456
  store <16 x float> %1362, ptr %1364, align 4
  %1365 = or disjoint i64 %1347, 16
  %1366 = getelementptr inbounds float, ptr %Rr, i64 %1365
  %1367 = load <16 x float>, ptr %1366, align 4
  %1368 = fsub <16 x float> %1367, %1354
  store <16 x float> %1368, ptr %1366, align 4
  %1369 = fmul <16 x float> %1361, %1368
  %1370 = getelementptr inbounds float, ptr %Vn, i64 %1365
  store <16 x float> %1369, ptr %1370, align 4
  %1371 = getelementptr inbounds i8, ptr %1364, i64 64
  store <16 x float> %1369, ptr %1371, align 4
  %i27 = or disjoint i64 %i0, 2
  %1372 = shl nuw nsw i64 %i27, 5
  %1373 = or disjoint i64 %1372, %i0
  %1374 = getelementptr inbounds float, ptr %Gm, i64 %1373
  %1375 = load float, ptr %1374, align 4
  %1376 = insertelement <16 x float> poison, float %1375, i64 0
  %1377 = shufflevector <16 x float> %1376, <16 x float> poison, <16 x i32> zeroinitializer
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1335, <16 x float> %acc28.0.lcssa)
  %1379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1343, <16 x float> %acc29.0.lcssa)
  %1380 = or disjoint i64 %1372, %i26
  %1381 = getelementptr inbounds float, ptr %Gm, i64 %1380
  %1382 = load float, ptr %1381, align 4
  %1383 = insertelement <16 x float> poison, float %1382, i64 0
  %1384 = shufflevector <16 x float> %1383, <16 x float> poison, <16 x i32> zeroinitializer
  %1385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1384, <16 x float> %1362, <16 x float> %1378)
  %1386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1384, <16 x float> %1369, <16 x float> %1379)
  %1387 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1388 = load float, ptr %1387, align 4
  %1389 = getelementptr inbounds float, ptr %Rr, i64 %1372
  %1390 = load <16 x float>, ptr %1389, align 4
  %1391 = fsub <16 x float> %1390, %1385
  store <16 x float> %1391, ptr %1389, align 4
  %1392 = insertelement <16 x float> poison, float %1388, i64 0
  %1393 = shufflevector <16 x float> %1392, <16 x float> poison, <16 x i32> zeroinitializer
  %1394 = fmul <16 x float> %1393, %1391
  %1395 = getelementptr inbounds float, ptr %Vn, i64 %1372
  store <16 x float> %1394, ptr %1395, align 4
  %1396 = mul nuw nsw i64 %i27, 112
  %1397 = getelementptr inbounds float, ptr %Ak, i64 %1396
  store <16 x float> %1394, ptr %1397, align 4
  %1398 = or disjoint i64 %1372, 16
  %1399 = getelementptr inbounds float, ptr %Rr, i64 %1398
  %1400 = load <16 x float>, ptr %1399, align 4
  %1401 = fsub <16 x float> %1400, %1386
  store <16 x float> %1401, ptr %1399, align 4
  %1402 = fmul <16 x float> %1393, %1401
  %1403 = getelementptr inbounds float, ptr %Vn, i64 %1398
  store <16 x float> %1402, ptr %1403, align 4
  %1404 = or disjoint i64 %1396, 16
  %1405 = getelementptr inbounds float, ptr %Ak, i64 %1404
  store <16 x float> %1402, ptr %1405, align 4
  %i28 = or disjoint i64 %i0, 3
  %1406 = shl nuw nsw i64 %i28, 5
  %1407 = or disjoint i64 %1406, %i0
  %1408 = getelementptr inbounds float, ptr %Gm, i64 %1407
  %1409 = load float, ptr %1408, align 4
  %1410 = insertelement <16 x float> poison, float %1409, i64 0
  %1411 = shufflevector <16 x float> %1410, <16 x float> poison, <16 x i32> zeroinitializer
  %1412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1411, <16 x float> %1335, <16 x float> %acc30.0.lcssa)
  %1413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1411, <16 x float> %1343, <16 x float> %acc31.0.lcssa)
  %1414 = or disjoint i64 %1406, %i26
  %1415 = getelementptr inbounds float, ptr %Gm, i64 %1414
  %1416 = load float, ptr %1415, align 4
  %1417 = insertelement <16 x float> poison, float %1416, i64 0
  %1418 = shufflevector <16 x float> %1417, <16 x float> poison, <16 x i32> zeroinitializer
  %1419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1362, <16 x float> %1412)
  %1420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1369, <16 x float> %1413)
  %1421 = or disjoint i64 %1406, %i27
  %1422 = getelementptr inbounds float, ptr %Gm, i64 %1421
  %1423 = load float, ptr %1422, align 4
  %1424 = insertelement <16 x float> poison, float %1423, i64 0
  %1425 = shufflevector <16 x float> %1424, <16 x float> poison, <16 x i32> zeroinitializer
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1425, <16 x float> %1394, <16 x float> %1419)
  %1427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1425, <16 x float> %1402, <16 x float> %1420)
  %1428 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1429 = load float, ptr %1428, align 4
  %1430 = getelementptr inbounds float, ptr %Rr, i64 %1406
  %1431 = load <16 x float>, ptr %1430, align 4
  %1432 = fsub <16 x float> %1431, %1426
  store <16 x float> %1432, ptr %1430, align 4
  %1433 = insertelement <16 x float> poison, float %1429, i64 0
  %1434 = shufflevector <16 x float> %1433, <16 x float> poison, <16 x i32> zeroinitializer
  %1435 = fmul <16 x float> %1434, %1432
  %1436 = getelementptr inbounds float, ptr %Vn, i64 %1406
  store <16 x float> %1435, ptr %1436, align 4
  %.idx2457 = mul nuw nsw i64 %i28, 448
  %1437 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2457
  store <16 x float> %1435, ptr %1437, align 4
  %1438 = or disjoint i64 %1406, 16
  %1439 = getelementptr inbounds float, ptr %Rr, i64 %1438
  %1440 = load <16 x float>, ptr %1439, align 4
  %1441 = fsub <16 x float> %1440, %1427
  store <16 x float> %1441, ptr %1439, align 4
  %1442 = fmul <16 x float> %1434, %1441
  %1443 = getelementptr inbounds float, ptr %Vn, i64 %1438
  store <16 x float> %1442, ptr %1443, align 4
  %1444 = getelementptr inbounds i8, ptr %1437, i64 64
  store <16 x float> %1442, ptr %1444, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02536, 1
  %exitcond2962.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond2962.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %1445 = phi i1 [ false, %j22.exit ], [ true, %j21.exit ]
  %i29.addr.02538 = phi i64 [ 16, %j22.exit ], [ 0, %j21.exit ]
  %1446 = shl nuw nsw i64 %i29.addr.02538, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1447 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02537 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1448 = or disjoint i64 %j22.addr.02537, %1446
  %1449 = getelementptr inbounds float, ptr %Vn, i64 %1448
  %1450 = load <16 x float>, ptr %1449, align 4
  %1451 = or disjoint i64 %1448, 256
  %1452 = getelementptr inbounds float, ptr %Vn, i64 %1451
  %1453 = load <16 x float>, ptr %1452, align 4
  %1454 = or disjoint i64 %1448, 32
  %1455 = getelementptr inbounds float, ptr %Vn, i64 %1454
  %1456 = load <16 x float>, ptr %1455, align 4
  %1457 = or disjoint i64 %1448, 288
  %1458 = getelementptr inbounds float, ptr %Vn, i64 %1457
  %1459 = load <16 x float>, ptr %1458, align 4
  %1460 = or disjoint i64 %1448, 64
  %1461 = getelementptr inbounds float, ptr %Vn, i64 %1460
  %1462 = load <16 x float>, ptr %1461, align 4
  %1463 = or disjoint i64 %1448, 320
  %1464 = getelementptr inbounds float, ptr %Vn, i64 %1463
  %1465 = load <16 x float>, ptr %1464, align 4
  %1466 = or disjoint i64 %1448, 96
  %1467 = getelementptr inbounds float, ptr %Vn, i64 %1466
  %1468 = load <16 x float>, ptr %1467, align 4
  %1469 = or disjoint i64 %1448, 352
  %1470 = getelementptr inbounds float, ptr %Vn, i64 %1469
  %1471 = load <16 x float>, ptr %1470, align 4
  %1472 = or disjoint i64 %1448, 128
  %1473 = getelementptr inbounds float, ptr %Vn, i64 %1472
  %1474 = load <16 x float>, ptr %1473, align 4
  %1475 = or disjoint i64 %1448, 384
  %1476 = getelementptr inbounds float, ptr %Vn, i64 %1475
  %1477 = load <16 x float>, ptr %1476, align 4
  %1478 = or disjoint i64 %1448, 160
  %1479 = getelementptr inbounds float, ptr %Vn, i64 %1478
  %1480 = load <16 x float>, ptr %1479, align 4
  %1481 = or disjoint i64 %1448, 416
  %1482 = getelementptr inbounds float, ptr %Vn, i64 %1481
  %1483 = load <16 x float>, ptr %1482, align 4
  %1484 = or disjoint i64 %1448, 192
  %1485 = getelementptr inbounds float, ptr %Vn, i64 %1484
  %1486 = load <16 x float>, ptr %1485, align 4
  %1487 = or disjoint i64 %1448, 448
  %1488 = getelementptr inbounds float, ptr %Vn, i64 %1487
  %1489 = load <16 x float>, ptr %1488, align 4
  %1490 = or disjoint i64 %1448, 224
  %1491 = getelementptr inbounds float, ptr %Vn, i64 %1490
  %1492 = load <16 x float>, ptr %1491, align 4
  %1493 = or disjoint i64 %1448, 480
  %1494 = getelementptr inbounds float, ptr %Vn, i64 %1493
  %1495 = load <16 x float>, ptr %1494, align 4
  %1496 = shufflevector <16 x float> %1450, <16 x float> %1453, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1497 = shufflevector <16 x float> %1474, <16 x float> %1477, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1498 = shufflevector <16 x float> %1456, <16 x float> %1459, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1499 = shufflevector <16 x float> %1480, <16 x float> %1483, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1500 = shufflevector <16 x float> %1462, <16 x float> %1465, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1501 = shufflevector <16 x float> %1486, <16 x float> %1489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1502 = shufflevector <16 x float> %1468, <16 x float> %1471, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1503 = shufflevector <16 x float> %1492, <16 x float> %1495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1504 = shufflevector <16 x float> %1450, <16 x float> %1453, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1505 = shufflevector <16 x float> %1474, <16 x float> %1477, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1506 = shufflevector <16 x float> %1456, <16 x float> %1459, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1507 = shufflevector <16 x float> %1480, <16 x float> %1483, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1508 = shufflevector <16 x float> %1462, <16 x float> %1465, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1509 = shufflevector <16 x float> %1486, <16 x float> %1489, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1510 = shufflevector <16 x float> %1468, <16 x float> %1471, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1511 = shufflevector <16 x float> %1492, <16 x float> %1495, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1512 = shufflevector <16 x float> %1496, <16 x float> %1497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1513 = shufflevector <16 x float> %1500, <16 x float> %1501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1514 = shufflevector <16 x float> %1498, <16 x float> %1499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1515 = shufflevector <16 x float> %1502, <16 x float> %1503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1516 = shufflevector <16 x float> %1496, <16 x float> %1497, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1517 = shufflevector <16 x float> %1500, <16 x float> %1501, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1518 = shufflevector <16 x float> %1498, <16 x float> %1499, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1519 = shufflevector <16 x float> %1502, <16 x float> %1503, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1520 = shufflevector <16 x float> %1504, <16 x float> %1505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1521 = shufflevector <16 x float> %1508, <16 x float> %1509, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1522 = shufflevector <16 x float> %1506, <16 x float> %1507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1523 = shufflevector <16 x float> %1510, <16 x float> %1511, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1524 = shufflevector <16 x float> %1504, <16 x float> %1505, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1525 = shufflevector <16 x float> %1508, <16 x float> %1509, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1526 = shufflevector <16 x float> %1506, <16 x float> %1507, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1527 = shufflevector <16 x float> %1510, <16 x float> %1511, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1528 = shufflevector <16 x float> %1512, <16 x float> %1513, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1529 = shufflevector <16 x float> %1514, <16 x float> %1515, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1530 = shufflevector <16 x float> %1512, <16 x float> %1513, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1531 = shufflevector <16 x float> %1514, <16 x float> %1515, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1532 = shufflevector <16 x float> %1516, <16 x float> %1517, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1533 = shufflevector <16 x float> %1518, <16 x float> %1519, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1534 = shufflevector <16 x float> %1516, <16 x float> %1517, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1535 = shufflevector <16 x float> %1518, <16 x float> %1519, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1536 = shufflevector <16 x float> %1520, <16 x float> %1521, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1537 = shufflevector <16 x float> %1522, <16 x float> %1523, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1538 = shufflevector <16 x float> %1520, <16 x float> %1521, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1539 = shufflevector <16 x float> %1522, <16 x float> %1523, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1540 = shufflevector <16 x float> %1524, <16 x float> %1525, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1541 = shufflevector <16 x float> %1526, <16 x float> %1527, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1542 = shufflevector <16 x float> %1524, <16 x float> %1525, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1543 = shufflevector <16 x float> %1526, <16 x float> %1527, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1544 = shufflevector <16 x float> %1528, <16 x float> %1529, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1545 = shl nuw nsw i64 %j22.addr.02537, 5
  %1546 = or disjoint i64 %1545, %i29.addr.02538
  %1547 = getelementptr inbounds float, ptr %VnT, i64 %1546
  store <16 x float> %1544, ptr %1547, align 4
  %1548 = shufflevector <16 x float> %1528, <16 x float> %1529, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1549 = or disjoint i64 %1546, 32
  %1550 = getelementptr inbounds float, ptr %VnT, i64 %1549
  store <16 x float> %1548, ptr %1550, align 4
  %1551 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1552 = or disjoint i64 %1546, 64
  %1553 = getelementptr inbounds float, ptr %VnT, i64 %1552
  store <16 x float> %1551, ptr %1553, align 4
  %1554 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1555 = or disjoint i64 %1546, 96
  %1556 = getelementptr inbounds float, ptr %VnT, i64 %1555
  store <16 x float> %1554, ptr %1556, align 4
  %1557 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1558 = or disjoint i64 %1546, 128
  %1559 = getelementptr inbounds float, ptr %VnT, i64 %1558
  store <16 x float> %1557, ptr %1559, align 4
  %1560 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1561 = or disjoint i64 %1546, 160
  %1562 = getelementptr inbounds float, ptr %VnT, i64 %1561
  store <16 x float> %1560, ptr %1562, align 4
  %1563 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1564 = or disjoint i64 %1546, 192
  %1565 = getelementptr inbounds float, ptr %VnT, i64 %1564
  store <16 x float> %1563, ptr %1565, align 4
  %1566 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1567 = or disjoint i64 %1546, 224
  %1568 = getelementptr inbounds float, ptr %VnT, i64 %1567
  store <16 x float> %1566, ptr %1568, align 4
  %1569 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1570 = or disjoint i64 %1546, 256
  %1571 = getelementptr inbounds float, ptr %VnT, i64 %1570
  store <16 x float> %1569, ptr %1571, align 4
  %1572 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1573 = or disjoint i64 %1546, 288
  %1574 = getelementptr inbounds float, ptr %VnT, i64 %1573
  store <16 x float> %1572, ptr %1574, align 4
  %1575 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1576 = or disjoint i64 %1546, 320
  %1577 = getelementptr inbounds float, ptr %VnT, i64 %1576
  store <16 x float> %1575, ptr %1577, align 4
  %1578 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1579 = or disjoint i64 %1546, 352
  %1580 = getelementptr inbounds float, ptr %VnT, i64 %1579
  store <16 x float> %1578, ptr %1580, align 4
  %1581 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1582 = or disjoint i64 %1546, 384
  %1583 = getelementptr inbounds float, ptr %VnT, i64 %1582
  store <16 x float> %1581, ptr %1583, align 4
  %1584 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1585 = or disjoint i64 %1546, 416
  %1586 = getelementptr inbounds float, ptr %VnT, i64 %1585
  store <16 x float> %1584, ptr %1586, align 4
  %1587 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1588 = or disjoint i64 %1546, 448
  %1589 = getelementptr inbounds float, ptr %VnT, i64 %1588
  store <16 x float> %1587, ptr %1589, align 4
  %1590 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1591 = or disjoint i64 %1546, 480
  %1592 = getelementptr inbounds float, ptr %VnT, i64 %1591
  store <16 x float> %1590, ptr %1592, align 4
  br i1 %1447, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  br i1 %1445, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02548 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx3001 = shl nsw i64 %i30.addr.02548, 7
  %invariant.gep3195 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3001
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02547 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1599, %p6.body ]
  %acc33.02546 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1604, %p6.body ]
  %acc34.02545 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1609, %p6.body ]
  %acc35.02544 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1614, %p6.body ]
  %acc36.02543 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1619, %p6.body ]
  %acc37.02542 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1624, %p6.body ]
  %acc38.02541 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1629, %p6.body ]
  %acc39.02540 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1634, %p6.body ]
  %p6.addr.02539 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %.idx2438 = shl nuw nsw i64 %p6.addr.02539, 6
  %1593 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2438
  %1594 = load <16 x float>, ptr %1593, align 4
  %gep3196 = getelementptr inbounds float, ptr %invariant.gep3195, i64 %p6.addr.02539
  %1595 = getelementptr inbounds i8, ptr %gep3196, i64 10240
  %1596 = load float, ptr %1595, align 4
  %1597 = insertelement <16 x float> poison, float %1596, i64 0
  %1598 = shufflevector <16 x float> %1597, <16 x float> poison, <16 x i32> zeroinitializer
  %1599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1598, <16 x float> %1594, <16 x float> %acc32.02547)
  %1600 = getelementptr inbounds i8, ptr %gep3196, i64 10368
  %1601 = load float, ptr %1600, align 4
  %1602 = insertelement <16 x float> poison, float %1601, i64 0
  %1603 = shufflevector <16 x float> %1602, <16 x float> poison, <16 x i32> zeroinitializer
  %1604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1594, <16 x float> %acc33.02546)
  %1605 = getelementptr inbounds i8, ptr %gep3196, i64 10496
  %1606 = load float, ptr %1605, align 4
  %1607 = insertelement <16 x float> poison, float %1606, i64 0
  %1608 = shufflevector <16 x float> %1607, <16 x float> poison, <16 x i32> zeroinitializer
  %1609 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1608, <16 x float> %1594, <16 x float> %acc34.02545)
  %1610 = getelementptr inbounds i8, ptr %gep3196, i64 10624
  %1611 = load float, ptr %1610, align 4
  %1612 = insertelement <16 x float> poison, float %1611, i64 0
  %1613 = shufflevector <16 x float> %1612, <16 x float> poison, <16 x i32> zeroinitializer
  %1614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1613, <16 x float> %1594, <16 x float> %acc35.02544)
  %1615 = getelementptr inbounds i8, ptr %gep3196, i64 10752
  %1616 = load float, ptr %1615, align 4
  %1617 = insertelement <16 x float> poison, float %1616, i64 0
  %1618 = shufflevector <16 x float> %1617, <16 x float> poison, <16 x i32> zeroinitializer
  %1619 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1618, <16 x float> %1594, <16 x float> %acc36.02543)
  %1620 = getelementptr inbounds i8, ptr %gep3196, i64 10880
  %1621 = load float, ptr %1620, align 4
  %1622 = insertelement <16 x float> poison, float %1621, i64 0
  %1623 = shufflevector <16 x float> %1622, <16 x float> poison, <16 x i32> zeroinitializer
  %1624 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1623, <16 x float> %1594, <16 x float> %acc37.02542)
  %1625 = getelementptr inbounds i8, ptr %gep3196, i64 11008
  %1626 = load float, ptr %1625, align 4
  %1627 = insertelement <16 x float> poison, float %1626, i64 0
  %1628 = shufflevector <16 x float> %1627, <16 x float> poison, <16 x i32> zeroinitializer
  %1629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1628, <16 x float> %1594, <16 x float> %acc38.02541)
  %1630 = getelementptr inbounds i8, ptr %gep3196, i64 11136
  %1631 = load float, ptr %1630, align 4
  %1632 = insertelement <16 x float> poison, float %1631, i64 0
  %1633 = shufflevector <16 x float> %1632, <16 x float> poison, <16 x i32> zeroinitializer
  %1634 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1633, <16 x float> %1594, <16 x float> %acc39.02540)
  %p6.next = add nuw nsw i64 %p6.addr.02539, 1
  %exitcond2963.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2963.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %.idx2437 = shl nuw nsw i64 %i30.addr.02548, 6
  %1635 = getelementptr inbounds i8, ptr %PT, i64 %.idx2437
  store <16 x float> %1599, ptr %1635, align 4
  %1636 = shl nuw nsw i64 %i30.addr.02548, 4
  %1637 = or disjoint i64 %1636, 16
  %1638 = getelementptr inbounds float, ptr %PT, i64 %1637
  store <16 x float> %1604, ptr %1638, align 4
  %1639 = or disjoint i64 %1636, 32
  %1640 = getelementptr inbounds float, ptr %PT, i64 %1639
  store <16 x float> %1609, ptr %1640, align 4
  %1641 = or disjoint i64 %1636, 48
  %1642 = getelementptr inbounds float, ptr %PT, i64 %1641
  store <16 x float> %1614, ptr %1642, align 4
  %1643 = or disjoint i64 %1636, 64
  %1644 = getelementptr inbounds float, ptr %PT, i64 %1643
  store <16 x float> %1619, ptr %1644, align 4
  %1645 = or disjoint i64 %1636, 80
  %1646 = getelementptr inbounds float, ptr %PT, i64 %1645
  store <16 x float> %1624, ptr %1646, align 4
  %1647 = or disjoint i64 %1636, 96
  %1648 = getelementptr inbounds float, ptr %PT, i64 %1647
  store <16 x float> %1629, ptr %1648, align 4
  %1649 = or disjoint i64 %1636, 112
  %1650 = getelementptr inbounds float, ptr %PT, i64 %1649
  store <16 x float> %1634, ptr %1650, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02548, 8
  %1651 = icmp ult i64 %i30.addr.02548, 24
  br i1 %1651, label %p6.head.preheader, label %t2.body.preheader

t2.body.preheader:                                ; preds = %p6.exit
  %1652 = load <16 x float>, ptr %PT, align 4
  %1653 = load <16 x float>, ptr %M, align 4
  %1654 = fmul <16 x float> %1652, %1653
  store <16 x float> %1654, ptr %PT, align 4
  %1655 = load <16 x float>, ptr %31, align 4
  %1656 = fmul <16 x float> %1655, %1653
  store <16 x float> %1656, ptr %31, align 4
  %1657 = load <16 x float>, ptr %32, align 4
  %1658 = load <16 x float>, ptr %33, align 4
  %1659 = fmul <16 x float> %1657, %1658
  store <16 x float> %1659, ptr %32, align 4
  %1660 = load <16 x float>, ptr %34, align 4
  %1661 = fmul <16 x float> %1660, %1658
  store <16 x float> %1661, ptr %34, align 4
  %1662 = load <16 x float>, ptr %35, align 4
  %1663 = load <16 x float>, ptr %36, align 4
  %1664 = fmul <16 x float> %1662, %1663
  store <16 x float> %1664, ptr %35, align 4
  %1665 = load <16 x float>, ptr %37, align 4
  %1666 = fmul <16 x float> %1665, %1663
  store <16 x float> %1666, ptr %37, align 4
  %1667 = load <16 x float>, ptr %38, align 4
  %1668 = load <16 x float>, ptr %39, align 4
  %1669 = fmul <16 x float> %1667, %1668
  store <16 x float> %1669, ptr %38, align 4
  %1670 = load <16 x float>, ptr %40, align 4
  %1671 = fmul <16 x float> %1670, %1668
  store <16 x float> %1671, ptr %40, align 4
  %1672 = load <16 x float>, ptr %41, align 4
  %1673 = load <16 x float>, ptr %42, align 4
  %1674 = fmul <16 x float> %1672, %1673
  store <16 x float> %1674, ptr %41, align 4
  %1675 = load <16 x float>, ptr %43, align 4
  %1676 = fmul <16 x float> %1675, %1673
  store <16 x float> %1676, ptr %43, align 4
  %1677 = load <16 x float>, ptr %44, align 4
  %1678 = load <16 x float>, ptr %45, align 4
  %1679 = fmul <16 x float> %1677, %1678
  store <16 x float> %1679, ptr %44, align 4
  %1680 = load <16 x float>, ptr %46, align 4
  %1681 = fmul <16 x float> %1680, %1678
  store <16 x float> %1681, ptr %46, align 4
  %1682 = load <16 x float>, ptr %47, align 4
  %1683 = load <16 x float>, ptr %48, align 4
  %1684 = fmul <16 x float> %1682, %1683
  store <16 x float> %1684, ptr %47, align 4
  %1685 = load <16 x float>, ptr %49, align 4
  %1686 = fmul <16 x float> %1685, %1683
  store <16 x float> %1686, ptr %49, align 4
  %1687 = load <16 x float>, ptr %50, align 4
  %1688 = load <16 x float>, ptr %51, align 4
  %1689 = fmul <16 x float> %1687, %1688
  store <16 x float> %1689, ptr %50, align 4
  %1690 = load <16 x float>, ptr %52, align 4
  %1691 = fmul <16 x float> %1690, %1688
  store <16 x float> %1691, ptr %52, align 4
  %1692 = load <16 x float>, ptr %53, align 4
  %1693 = load <16 x float>, ptr %54, align 4
  %1694 = fmul <16 x float> %1692, %1693
  store <16 x float> %1694, ptr %53, align 4
  %1695 = load <16 x float>, ptr %55, align 4
  %1696 = fmul <16 x float> %1695, %1693
  store <16 x float> %1696, ptr %55, align 4
  %1697 = load <16 x float>, ptr %56, align 4
  %1698 = load <16 x float>, ptr %57, align 4
  %1699 = fmul <16 x float> %1697, %1698
  store <16 x float> %1699, ptr %56, align 4
  %1700 = load <16 x float>, ptr %58, align 4
  %1701 = fmul <16 x float> %1700, %1698
  store <16 x float> %1701, ptr %58, align 4
  %1702 = load <16 x float>, ptr %59, align 4
  %1703 = load <16 x float>, ptr %60, align 4
  %1704 = fmul <16 x float> %1702, %1703
  store <16 x float> %1704, ptr %59, align 4
  %1705 = load <16 x float>, ptr %61, align 4
  %1706 = fmul <16 x float> %1705, %1703
  store <16 x float> %1706, ptr %61, align 4
  %1707 = load <16 x float>, ptr %62, align 4
  %1708 = load <16 x float>, ptr %63, align 4
  %1709 = fmul <16 x float> %1707, %1708
  store <16 x float> %1709, ptr %62, align 4
  %1710 = load <16 x float>, ptr %64, align 4
  %1711 = fmul <16 x float> %1710, %1708
  store <16 x float> %1711, ptr %64, align 4
  %1712 = load <16 x float>, ptr %65, align 4
  %1713 = load <16 x float>, ptr %66, align 4
  %1714 = fmul <16 x float> %1712, %1713
  store <16 x float> %1714, ptr %65, align 4
  %1715 = load <16 x float>, ptr %67, align 4
  %1716 = fmul <16 x float> %1715, %1713
  store <16 x float> %1716, ptr %67, align 4
  %1717 = load <16 x float>, ptr %68, align 4
  %1718 = load <16 x float>, ptr %69, align 4
  %1719 = fmul <16 x float> %1717, %1718
  store <16 x float> %1719, ptr %68, align 4
  %1720 = load <16 x float>, ptr %70, align 4
  %1721 = fmul <16 x float> %1720, %1718
  store <16 x float> %1721, ptr %70, align 4
  %1722 = load <16 x float>, ptr %71, align 4
  %1723 = load <16 x float>, ptr %72, align 4
  %1724 = fmul <16 x float> %1722, %1723
  store <16 x float> %1724, ptr %71, align 4
  %1725 = load <16 x float>, ptr %73, align 4
  %1726 = fmul <16 x float> %1725, %1723
  store <16 x float> %1726, ptr %73, align 4
  %1727 = load <16 x float>, ptr %74, align 4
  %1728 = load <16 x float>, ptr %75, align 4
  %1729 = fmul <16 x float> %1727, %1728
  store <16 x float> %1729, ptr %74, align 4
  %1730 = load <16 x float>, ptr %76, align 4
  %1731 = fmul <16 x float> %1730, %1728
  store <16 x float> %1731, ptr %76, align 4
  %1732 = load <16 x float>, ptr %invariant.gep3197, align 4
  store <16 x float> %1732, ptr %invariant.gep3199, align 4
  %1733 = load <16 x float>, ptr %invariant.gep3201, align 4
  store <16 x float> %1733, ptr %invariant.gep3203, align 4
  %1734 = load <16 x float>, ptr %gep3198.1, align 4
  store <16 x float> %1734, ptr %gep3200.1, align 4
  %1735 = load <16 x float>, ptr %gep3202.1, align 4
  store <16 x float> %1735, ptr %gep3204.1, align 4
  %1736 = load <16 x float>, ptr %gep3198.2, align 4
  store <16 x float> %1736, ptr %gep3200.2, align 4
  %1737 = load <16 x float>, ptr %gep3202.2, align 4
  store <16 x float> %1737, ptr %gep3204.2, align 4
  %1738 = load <16 x float>, ptr %gep3198.3, align 4
  store <16 x float> %1738, ptr %gep3200.3, align 4
  %1739 = load <16 x float>, ptr %gep3202.3, align 4
  store <16 x float> %1739, ptr %gep3204.3, align 4
  %1740 = load <16 x float>, ptr %gep3198.4, align 4
  store <16 x float> %1740, ptr %gep3200.4, align 4
  %1741 = load <16 x float>, ptr %gep3202.4, align 4
  store <16 x float> %1741, ptr %gep3204.4, align 4
  %1742 = load <16 x float>, ptr %gep3198.5, align 4
  store <16 x float> %1742, ptr %gep3200.5, align 4
  %1743 = load <16 x float>, ptr %gep3202.5, align 4
  store <16 x float> %1743, ptr %gep3204.5, align 4
  %1744 = load <16 x float>, ptr %gep3198.6, align 4
  store <16 x float> %1744, ptr %gep3200.6, align 4
  %1745 = load <16 x float>, ptr %gep3202.6, align 4
  store <16 x float> %1745, ptr %gep3204.6, align 4
  %1746 = load <16 x float>, ptr %gep3198.7, align 4
  store <16 x float> %1746, ptr %gep3200.7, align 4
  %1747 = load <16 x float>, ptr %gep3202.7, align 4
  store <16 x float> %1747, ptr %gep3204.7, align 4
  %1748 = load <16 x float>, ptr %gep3198.8, align 4
  store <16 x float> %1748, ptr %gep3200.8, align 4
  %1749 = load <16 x float>, ptr %gep3202.8, align 4
  store <16 x float> %1749, ptr %gep3204.8, align 4
  %1750 = load <16 x float>, ptr %gep3198.9, align 4
  store <16 x float> %1750, ptr %gep3200.9, align 4
  %1751 = load <16 x float>, ptr %gep3202.9, align 4
  store <16 x float> %1751, ptr %gep3204.9, align 4
  %1752 = load <16 x float>, ptr %gep3198.10, align 4
  store <16 x float> %1752, ptr %gep3200.10, align 4
  %1753 = load <16 x float>, ptr %gep3202.10, align 4
  store <16 x float> %1753, ptr %gep3204.10, align 4
  %1754 = load <16 x float>, ptr %gep3198.11, align 4
  store <16 x float> %1754, ptr %gep3200.11, align 4
  %1755 = load <16 x float>, ptr %gep3202.11, align 4
  store <16 x float> %1755, ptr %gep3204.11, align 4
  %1756 = load <16 x float>, ptr %gep3198.12, align 4
  store <16 x float> %1756, ptr %gep3200.12, align 4
  %1757 = load <16 x float>, ptr %gep3202.12, align 4
  store <16 x float> %1757, ptr %gep3204.12, align 4
  %1758 = load <16 x float>, ptr %gep3198.13, align 4
  store <16 x float> %1758, ptr %gep3200.13, align 4
  %1759 = load <16 x float>, ptr %gep3202.13, align 4
  store <16 x float> %1759, ptr %gep3204.13, align 4
  %1760 = load <16 x float>, ptr %gep3198.14, align 4
  store <16 x float> %1760, ptr %gep3200.14, align 4
  %1761 = load <16 x float>, ptr %gep3202.14, align 4
  store <16 x float> %1761, ptr %gep3204.14, align 4
  %1762 = load <16 x float>, ptr %gep3198.15, align 4
  store <16 x float> %1762, ptr %gep3200.15, align 4
  %1763 = load <16 x float>, ptr %gep3202.15, align 4
  store <16 x float> %1763, ptr %gep3204.15, align 4
  %1764 = load <16 x float>, ptr %gep3198.16, align 4
  store <16 x float> %1764, ptr %gep3200.16, align 4
  %1765 = load <16 x float>, ptr %gep3202.16, align 4
  store <16 x float> %1765, ptr %gep3204.16, align 4
  %1766 = load <16 x float>, ptr %gep3198.17, align 4
  store <16 x float> %1766, ptr %gep3200.17, align 4
  %1767 = load <16 x float>, ptr %gep3202.17, align 4
  store <16 x float> %1767, ptr %gep3204.17, align 4
  %1768 = load <16 x float>, ptr %gep3198.18, align 4
  store <16 x float> %1768, ptr %gep3200.18, align 4
  %1769 = load <16 x float>, ptr %gep3202.18, align 4
  store <16 x float> %1769, ptr %gep3204.18, align 4
  %1770 = load <16 x float>, ptr %gep3198.19, align 4
  store <16 x float> %1770, ptr %gep3200.19, align 4
  %1771 = load <16 x float>, ptr %gep3202.19, align 4
  store <16 x float> %1771, ptr %gep3204.19, align 4
  %1772 = load <16 x float>, ptr %gep3198.20, align 4
  store <16 x float> %1772, ptr %gep3200.20, align 4
  %1773 = load <16 x float>, ptr %gep3202.20, align 4
  store <16 x float> %1773, ptr %gep3204.20, align 4
  %1774 = load <16 x float>, ptr %gep3198.21, align 4
  store <16 x float> %1774, ptr %gep3200.21, align 4
  %1775 = load <16 x float>, ptr %gep3202.21, align 4
  store <16 x float> %1775, ptr %gep3204.21, align 4
  %1776 = load <16 x float>, ptr %gep3198.22, align 4
  store <16 x float> %1776, ptr %gep3200.22, align 4
  %1777 = load <16 x float>, ptr %gep3202.22, align 4
  store <16 x float> %1777, ptr %gep3204.22, align 4
  %1778 = load <16 x float>, ptr %gep3198.23, align 4
  store <16 x float> %1778, ptr %gep3200.23, align 4
  %1779 = load <16 x float>, ptr %gep3202.23, align 4
  store <16 x float> %1779, ptr %gep3204.23, align 4
  %1780 = load <16 x float>, ptr %gep3198.24, align 4
  store <16 x float> %1780, ptr %gep3200.24, align 4
  %1781 = load <16 x float>, ptr %gep3202.24, align 4
  store <16 x float> %1781, ptr %gep3204.24, align 4
  %1782 = load <16 x float>, ptr %gep3198.25, align 4
  store <16 x float> %1782, ptr %gep3200.25, align 4
  %1783 = load <16 x float>, ptr %gep3202.25, align 4
  store <16 x float> %1783, ptr %gep3204.25, align 4
  %1784 = load <16 x float>, ptr %gep3198.26, align 4
  store <16 x float> %1784, ptr %gep3200.26, align 4
  %1785 = load <16 x float>, ptr %gep3202.26, align 4
  store <16 x float> %1785, ptr %gep3204.26, align 4
  %1786 = load <16 x float>, ptr %gep3198.27, align 4
  store <16 x float> %1786, ptr %gep3200.27, align 4
  %1787 = load <16 x float>, ptr %gep3202.27, align 4
  store <16 x float> %1787, ptr %gep3204.27, align 4
  %1788 = load <16 x float>, ptr %gep3198.28, align 4
  store <16 x float> %1788, ptr %gep3200.28, align 4
  %1789 = load <16 x float>, ptr %gep3202.28, align 4
  store <16 x float> %1789, ptr %gep3204.28, align 4
  %1790 = load <16 x float>, ptr %gep3198.29, align 4
  store <16 x float> %1790, ptr %gep3200.29, align 4
  %1791 = load <16 x float>, ptr %gep3202.29, align 4
  store <16 x float> %1791, ptr %gep3204.29, align 4
  %1792 = load <16 x float>, ptr %gep3198.30, align 4
  store <16 x float> %1792, ptr %gep3200.30, align 4
  %1793 = load <16 x float>, ptr %gep3202.30, align 4
  store <16 x float> %1793, ptr %gep3204.30, align 4
  %1794 = load <16 x float>, ptr %gep3198.31, align 4
  store <16 x float> %1794, ptr %gep3200.31, align 4
  %1795 = load <16 x float>, ptr %gep3202.31, align 4
  store <16 x float> %1795, ptr %gep3204.31, align 4
  br label %i34.body

i34.body:                                         ; preds = %t2.body.preheader, %p7.exit
  %i34.addr.02569 = phi i64 [ %i34.next, %p7.exit ], [ 0, %t2.body.preheader ]
  %.idx2448 = shl nuw nsw i64 %i34.addr.02569, 7
  %1796 = getelementptr inbounds i8, ptr %OY, i64 %.idx2448
  %1797 = getelementptr inbounds i8, ptr %1796, i64 2048
  %1798 = load <16 x float>, ptr %1797, align 4
  %1799 = getelementptr inbounds i8, ptr %1796, i64 2112
  %1800 = load <16 x float>, ptr %1799, align 4
  %1801 = or disjoint i64 %i34.addr.02569, 1
  %.idx2449 = shl nuw nsw i64 %1801, 7
  %1802 = getelementptr inbounds i8, ptr %OY, i64 %.idx2449
  %1803 = getelementptr inbounds i8, ptr %1802, i64 2048
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = getelementptr inbounds i8, ptr %1802, i64 2112
  %1806 = load <16 x float>, ptr %1805, align 4
  %1807 = or disjoint i64 %i34.addr.02569, 2
  %.idx2450 = shl nuw nsw i64 %1807, 7
  %1808 = getelementptr inbounds i8, ptr %OY, i64 %.idx2450
  %1809 = getelementptr inbounds i8, ptr %1808, i64 2048
  %1810 = load <16 x float>, ptr %1809, align 4
  %1811 = getelementptr inbounds i8, ptr %1808, i64 2112
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = or disjoint i64 %i34.addr.02569, 3
  %.idx2451 = shl nuw nsw i64 %1813, 7
  %1814 = getelementptr inbounds i8, ptr %OY, i64 %.idx2451
  %1815 = getelementptr inbounds i8, ptr %1814, i64 2048
  %1816 = load <16 x float>, ptr %1815, align 4
  %1817 = getelementptr inbounds i8, ptr %1814, i64 2112
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = or disjoint i64 %i34.addr.02569, 4
  %.idx2452 = shl nuw nsw i64 %1819, 7
  %1820 = getelementptr inbounds i8, ptr %OY, i64 %.idx2452
  %1821 = getelementptr inbounds i8, ptr %1820, i64 2048
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = getelementptr inbounds i8, ptr %1820, i64 2112
  %1824 = load <16 x float>, ptr %1823, align 4
  %1825 = or disjoint i64 %i34.addr.02569, 5
  %.idx2453 = shl nuw nsw i64 %1825, 7
  %1826 = getelementptr inbounds i8, ptr %OY, i64 %.idx2453
  %1827 = getelementptr inbounds i8, ptr %1826, i64 2048
  %1828 = load <16 x float>, ptr %1827, align 4
  %1829 = getelementptr inbounds i8, ptr %1826, i64 2112
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = or disjoint i64 %i34.addr.02569, 6
  %.idx2454 = shl nuw nsw i64 %1831, 7
  %1832 = getelementptr inbounds i8, ptr %OY, i64 %.idx2454
  %1833 = getelementptr inbounds i8, ptr %1832, i64 2048
  %1834 = load <16 x float>, ptr %1833, align 4
  %1835 = getelementptr inbounds i8, ptr %1832, i64 2112
  %1836 = load <16 x float>, ptr %1835, align 4
  %1837 = or disjoint i64 %i34.addr.02569, 7
  %.idx2455 = shl nuw nsw i64 %1837, 7
  %1838 = getelementptr inbounds i8, ptr %OY, i64 %.idx2455
  %1839 = getelementptr inbounds i8, ptr %1838, i64 2048
  %1840 = load <16 x float>, ptr %1839, align 4
  %1841 = getelementptr inbounds i8, ptr %1838, i64 2112
  %1842 = load <16 x float>, ptr %1841, align 4
  %.idx2735 = shl nsw i64 %i34.addr.02569, 6
  %.idx2736 = shl nsw i64 %1801, 6
  %.idx2737 = shl nsw i64 %1807, 6
  %.idx2738 = shl nsw i64 %1813, 6
  %.idx2739 = shl nsw i64 %1819, 6
  %.idx2740 = shl nsw i64 %1825, 6
  %.idx2741 = shl nsw i64 %1831, 6
  %.idx2742 = shl nsw i64 %1837, 6
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc40.02568 = phi <16 x float> [ %1798, %i34.body ], [ %1854, %p7.body ]
  %acc41.02567 = phi <16 x float> [ %1800, %i34.body ], [ %1855, %p7.body ]
  %acc42.02566 = phi <16 x float> [ %1804, %i34.body ], [ %1860, %p7.body ]
  %acc43.02565 = phi <16 x float> [ %1806, %i34.body ], [ %1861, %p7.body ]
  %acc44.02564 = phi <16 x float> [ %1810, %i34.body ], [ %1866, %p7.body ]
  %acc45.02563 = phi <16 x float> [ %1812, %i34.body ], [ %1867, %p7.body ]
  %acc46.02562 = phi <16 x float> [ %1816, %i34.body ], [ %1872, %p7.body ]
  %acc47.02561 = phi <16 x float> [ %1818, %i34.body ], [ %1873, %p7.body ]
  %acc48.02560 = phi <16 x float> [ %1822, %i34.body ], [ %1878, %p7.body ]
  %acc49.02559 = phi <16 x float> [ %1824, %i34.body ], [ %1879, %p7.body ]
  %acc50.02558 = phi <16 x float> [ %1828, %i34.body ], [ %1884, %p7.body ]
  %acc51.02557 = phi <16 x float> [ %1830, %i34.body ], [ %1885, %p7.body ]
  %acc52.02556 = phi <16 x float> [ %1834, %i34.body ], [ %1890, %p7.body ]
  %p7.addr.02555 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc55.02554 = phi <16 x float> [ %1842, %i34.body ], [ %1897, %p7.body ]
  %acc54.02553 = phi <16 x float> [ %1840, %i34.body ], [ %1896, %p7.body ]
  %acc53.02552 = phi <16 x float> [ %1836, %i34.body ], [ %1891, %p7.body ]
  %1843 = shl nuw nsw i64 %p7.addr.02555, 5
  %1844 = getelementptr inbounds float, ptr %OY, i64 %1843
  %1845 = load <16 x float>, ptr %1844, align 4
  %1846 = or disjoint i64 %1843, 16
  %1847 = getelementptr inbounds float, ptr %OY, i64 %1846
  %1848 = load <16 x float>, ptr %1847, align 4
  %1849 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02555
  %1850 = getelementptr inbounds i8, ptr %1849, i64 %.idx2735
  %1851 = load float, ptr %1850, align 4
  %1852 = insertelement <16 x float> poison, float %1851, i64 0
  %1853 = shufflevector <16 x float> %1852, <16 x float> poison, <16 x i32> zeroinitializer
  %1854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1853, <16 x float> %1845, <16 x float> %acc40.02568)
  %1855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1853, <16 x float> %1848, <16 x float> %acc41.02567)
  %1856 = getelementptr inbounds i8, ptr %1849, i64 %.idx2736
  %1857 = load float, ptr %1856, align 4
  %1858 = insertelement <16 x float> poison, float %1857, i64 0
  %1859 = shufflevector <16 x float> %1858, <16 x float> poison, <16 x i32> zeroinitializer
  %1860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1859, <16 x float> %1845, <16 x float> %acc42.02566)
  %1861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1859, <16 x float> %1848, <16 x float> %acc43.02565)
  %1862 = getelementptr inbounds i8, ptr %1849, i64 %.idx2737
  %1863 = load float, ptr %1862, align 4
  %1864 = insertelement <16 x float> poison, float %1863, i64 0
  %1865 = shufflevector <16 x float> %1864, <16 x float> poison, <16 x i32> zeroinitializer
  %1866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1845, <16 x float> %acc44.02564)
  %1867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1848, <16 x float> %acc45.02563)
  %1868 = getelementptr inbounds i8, ptr %1849, i64 %.idx2738
  %1869 = load float, ptr %1868, align 4
  %1870 = insertelement <16 x float> poison, float %1869, i64 0
  %1871 = shufflevector <16 x float> %1870, <16 x float> poison, <16 x i32> zeroinitializer
  %1872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1871, <16 x float> %1845, <16 x float> %acc46.02562)
  %1873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1871, <16 x float> %1848, <16 x float> %acc47.02561)
  %1874 = getelementptr inbounds i8, ptr %1849, i64 %.idx2739
  %1875 = load float, ptr %1874, align 4
  %1876 = insertelement <16 x float> poison, float %1875, i64 0
  %1877 = shufflevector <16 x float> %1876, <16 x float> poison, <16 x i32> zeroinitializer
  %1878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1845, <16 x float> %acc48.02560)
  %1879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1848, <16 x float> %acc49.02559)
  %1880 = getelementptr inbounds i8, ptr %1849, i64 %.idx2740
  %1881 = load float, ptr %1880, align 4
  %1882 = insertelement <16 x float> poison, float %1881, i64 0
  %1883 = shufflevector <16 x float> %1882, <16 x float> poison, <16 x i32> zeroinitializer
  %1884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1845, <16 x float> %acc50.02558)
  %1885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1848, <16 x float> %acc51.02557)
  %1886 = getelementptr inbounds i8, ptr %1849, i64 %.idx2741
  %1887 = load float, ptr %1886, align 4
  %1888 = insertelement <16 x float> poison, float %1887, i64 0
  %1889 = shufflevector <16 x float> %1888, <16 x float> poison, <16 x i32> zeroinitializer
  %1890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1889, <16 x float> %1845, <16 x float> %acc52.02556)
  %1891 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1889, <16 x float> %1848, <16 x float> %acc53.02552)
  %1892 = getelementptr inbounds i8, ptr %1849, i64 %.idx2742
  %1893 = load float, ptr %1892, align 4
  %1894 = insertelement <16 x float> poison, float %1893, i64 0
  %1895 = shufflevector <16 x float> %1894, <16 x float> poison, <16 x i32> zeroinitializer
  %1896 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1895, <16 x float> %1845, <16 x float> %acc54.02553)
  %1897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1895, <16 x float> %1848, <16 x float> %acc55.02554)
  %p7.next = add nuw nsw i64 %p7.addr.02555, 1
  %exitcond2968.not = icmp eq i64 %p7.next, 16
  br i1 %exitcond2968.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1854, ptr %1797, align 4
  store <16 x float> %1855, ptr %1799, align 4
  store <16 x float> %1860, ptr %1803, align 4
  store <16 x float> %1861, ptr %1805, align 4
  store <16 x float> %1866, ptr %1809, align 4
  store <16 x float> %1867, ptr %1811, align 4
  store <16 x float> %1872, ptr %1815, align 4
  store <16 x float> %1873, ptr %1817, align 4
  store <16 x float> %1878, ptr %1821, align 4
  store <16 x float> %1879, ptr %1823, align 4
  store <16 x float> %1884, ptr %1827, align 4
  store <16 x float> %1885, ptr %1829, align 4
  store <16 x float> %1890, ptr %1833, align 4
  store <16 x float> %1891, ptr %1835, align 4
  store <16 x float> %1896, ptr %1839, align 4
  store <16 x float> %1897, ptr %1841, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02569, 8
  %1898 = icmp ult i64 %i34.addr.02569, 24
  br i1 %1898, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02579 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1899 = shl nuw nsw i64 %i35.addr.02579, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02578 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc63.02577 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1949, %p8.body ]
  %acc62.02576 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1943, %p8.body ]
  %acc61.02575 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1937, %p8.body ]
  %acc60.02574 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1931, %p8.body ]
  %acc59.02573 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1925, %p8.body ]
  %acc58.02572 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1919, %p8.body ]
  %acc57.02571 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1913, %p8.body ]
  %acc56.02570 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1907, %p8.body ]
  %.idx2434 = shl nuw nsw i64 %p8.addr.02578, 6
  %1900 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2434
  %1901 = load <16 x float>, ptr %1900, align 4
  %1902 = add nuw nsw i64 %p8.addr.02578, %1899
  %1903 = getelementptr inbounds float, ptr %Vn, i64 %1902
  %1904 = load float, ptr %1903, align 4
  %1905 = insertelement <16 x float> poison, float %1904, i64 0
  %1906 = shufflevector <16 x float> %1905, <16 x float> poison, <16 x i32> zeroinitializer
  %1907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1906, <16 x float> %1901, <16 x float> %acc56.02570)
  %1908 = or disjoint i64 %1902, 32
  %1909 = getelementptr inbounds float, ptr %Vn, i64 %1908
  %1910 = load float, ptr %1909, align 4
  %1911 = insertelement <16 x float> poison, float %1910, i64 0
  %1912 = shufflevector <16 x float> %1911, <16 x float> poison, <16 x i32> zeroinitializer
  %1913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1912, <16 x float> %1901, <16 x float> %acc57.02571)
  %1914 = or disjoint i64 %1902, 64
  %1915 = getelementptr inbounds float, ptr %Vn, i64 %1914
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <16 x float> poison, float %1916, i64 0
  %1918 = shufflevector <16 x float> %1917, <16 x float> poison, <16 x i32> zeroinitializer
  %1919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1901, <16 x float> %acc58.02572)
  %1920 = or disjoint i64 %1902, 96
  %1921 = getelementptr inbounds float, ptr %Vn, i64 %1920
  %1922 = load float, ptr %1921, align 4
  %1923 = insertelement <16 x float> poison, float %1922, i64 0
  %1924 = shufflevector <16 x float> %1923, <16 x float> poison, <16 x i32> zeroinitializer
  %1925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1924, <16 x float> %1901, <16 x float> %acc59.02573)
  %1926 = or disjoint i64 %1902, 128
  %1927 = getelementptr inbounds float, ptr %Vn, i64 %1926
  %1928 = load float, ptr %1927, align 4
  %1929 = insertelement <16 x float> poison, float %1928, i64 0
  %1930 = shufflevector <16 x float> %1929, <16 x float> poison, <16 x i32> zeroinitializer
  %1931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1901, <16 x float> %acc60.02574)
  %1932 = or disjoint i64 %1902, 160
  %1933 = getelementptr inbounds float, ptr %Vn, i64 %1932
  %1934 = load float, ptr %1933, align 4
  %1935 = insertelement <16 x float> poison, float %1934, i64 0
  %1936 = shufflevector <16 x float> %1935, <16 x float> poison, <16 x i32> zeroinitializer
  %1937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1901, <16 x float> %acc61.02575)
  %1938 = or disjoint i64 %1902, 192
  %1939 = getelementptr inbounds float, ptr %Vn, i64 %1938
  %1940 = load float, ptr %1939, align 4
  %1941 = insertelement <16 x float> poison, float %1940, i64 0
  %1942 = shufflevector <16 x float> %1941, <16 x float> poison, <16 x i32> zeroinitializer
  %1943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1901, <16 x float> %acc62.02576)
  %1944 = or disjoint i64 %1902, 224
  %1945 = getelementptr inbounds float, ptr %Vn, i64 %1944
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <16 x float> poison, float %1946, i64 0
  %1948 = shufflevector <16 x float> %1947, <16 x float> poison, <16 x i32> zeroinitializer
  %1949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1948, <16 x float> %1901, <16 x float> %acc63.02577)
  %p8.next = add nuw nsw i64 %p8.addr.02578, 1
  %exitcond2969.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2969.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1950 = mul nuw nsw i64 %i35.addr.02579, 112
  %1951 = or disjoint i64 %1950, 64
  %1952 = getelementptr inbounds float, ptr %Ak, i64 %1951
  store <16 x float> %1907, ptr %1952, align 4
  %.idx2427 = mul nuw nsw i64 %i35.addr.02579, 448
  %1953 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2427
  %1954 = getelementptr inbounds i8, ptr %1953, i64 704
  store <16 x float> %1913, ptr %1954, align 4
  %1955 = getelementptr inbounds i8, ptr %1953, i64 1152
  store <16 x float> %1919, ptr %1955, align 4
  %1956 = getelementptr inbounds i8, ptr %1953, i64 1600
  store <16 x float> %1925, ptr %1956, align 4
  %1957 = getelementptr inbounds i8, ptr %1953, i64 2048
  store <16 x float> %1931, ptr %1957, align 4
  %1958 = getelementptr inbounds i8, ptr %1953, i64 2496
  store <16 x float> %1937, ptr %1958, align 4
  %1959 = getelementptr inbounds i8, ptr %1953, i64 2944
  store <16 x float> %1943, ptr %1959, align 4
  %1960 = getelementptr inbounds i8, ptr %1953, i64 3392
  store <16 x float> %1949, ptr %1960, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02579, 8
  %1961 = icmp ult i64 %i35.addr.02579, 24
  br i1 %1961, label %p8.head.preheader, label %t3.body.preheader

t3.body.preheader:                                ; preds = %p8.exit
  %1962 = load <16 x float>, ptr %77, align 4
  %1963 = load <16 x float>, ptr %M, align 4
  %1964 = fmul <16 x float> %1962, %1963
  store <16 x float> %1964, ptr %77, align 4
  %1965 = load <16 x float>, ptr %78, align 4
  %1966 = fmul <16 x float> %1965, %1963
  store <16 x float> %1966, ptr %78, align 4
  %1967 = load <16 x float>, ptr %79, align 4
  %1968 = load <16 x float>, ptr %33, align 4
  %1969 = fmul <16 x float> %1967, %1968
  store <16 x float> %1969, ptr %79, align 4
  %1970 = load <16 x float>, ptr %80, align 4
  %1971 = fmul <16 x float> %1970, %1968
  store <16 x float> %1971, ptr %80, align 4
  %1972 = load <16 x float>, ptr %81, align 4
  %1973 = load <16 x float>, ptr %36, align 4
  %1974 = fmul <16 x float> %1972, %1973
  store <16 x float> %1974, ptr %81, align 4
  %1975 = load <16 x float>, ptr %82, align 4
  %1976 = fmul <16 x float> %1975, %1973
  store <16 x float> %1976, ptr %82, align 4
  %1977 = load <16 x float>, ptr %83, align 4
  %1978 = load <16 x float>, ptr %39, align 4
  %1979 = fmul <16 x float> %1977, %1978
  store <16 x float> %1979, ptr %83, align 4
  %1980 = load <16 x float>, ptr %84, align 4
  %1981 = fmul <16 x float> %1980, %1978
  store <16 x float> %1981, ptr %84, align 4
  %1982 = load <16 x float>, ptr %85, align 4
  %1983 = load <16 x float>, ptr %42, align 4
  %1984 = fmul <16 x float> %1982, %1983
  store <16 x float> %1984, ptr %85, align 4
  %1985 = load <16 x float>, ptr %86, align 4
  %1986 = fmul <16 x float> %1985, %1983
  store <16 x float> %1986, ptr %86, align 4
  %1987 = load <16 x float>, ptr %87, align 4
  %1988 = load <16 x float>, ptr %45, align 4
  %1989 = fmul <16 x float> %1987, %1988
  store <16 x float> %1989, ptr %87, align 4
  %1990 = load <16 x float>, ptr %88, align 4
  %1991 = fmul <16 x float> %1990, %1988
  store <16 x float> %1991, ptr %88, align 4
  %1992 = load <16 x float>, ptr %89, align 4
  %1993 = load <16 x float>, ptr %48, align 4
  %1994 = fmul <16 x float> %1992, %1993
  store <16 x float> %1994, ptr %89, align 4
  %1995 = load <16 x float>, ptr %90, align 4
  %1996 = fmul <16 x float> %1995, %1993
  store <16 x float> %1996, ptr %90, align 4
  %1997 = load <16 x float>, ptr %91, align 4
  %1998 = load <16 x float>, ptr %51, align 4
  %1999 = fmul <16 x float> %1997, %1998
  store <16 x float> %1999, ptr %91, align 4
  %2000 = load <16 x float>, ptr %92, align 4
  %2001 = fmul <16 x float> %2000, %1998
  store <16 x float> %2001, ptr %92, align 4
  %2002 = load <16 x float>, ptr %93, align 4
  %2003 = load <16 x float>, ptr %54, align 4
  %2004 = fmul <16 x float> %2002, %2003
  store <16 x float> %2004, ptr %93, align 4
  %2005 = load <16 x float>, ptr %94, align 4
  %2006 = fmul <16 x float> %2005, %2003
  store <16 x float> %2006, ptr %94, align 4
  %2007 = load <16 x float>, ptr %95, align 4
  %2008 = load <16 x float>, ptr %57, align 4
  %2009 = fmul <16 x float> %2007, %2008
  store <16 x float> %2009, ptr %95, align 4
  %2010 = load <16 x float>, ptr %96, align 4
  %2011 = fmul <16 x float> %2010, %2008
  store <16 x float> %2011, ptr %96, align 4
  %2012 = load <16 x float>, ptr %97, align 4
  %2013 = load <16 x float>, ptr %60, align 4
  %2014 = fmul <16 x float> %2012, %2013
  store <16 x float> %2014, ptr %97, align 4
  %2015 = load <16 x float>, ptr %98, align 4
  %2016 = fmul <16 x float> %2015, %2013
  store <16 x float> %2016, ptr %98, align 4
  %2017 = load <16 x float>, ptr %99, align 4
  %2018 = load <16 x float>, ptr %63, align 4
  %2019 = fmul <16 x float> %2017, %2018
  store <16 x float> %2019, ptr %99, align 4
  %2020 = load <16 x float>, ptr %100, align 4
  %2021 = fmul <16 x float> %2020, %2018
  store <16 x float> %2021, ptr %100, align 4
  %2022 = load <16 x float>, ptr %101, align 4
  %2023 = load <16 x float>, ptr %66, align 4
  %2024 = fmul <16 x float> %2022, %2023
  store <16 x float> %2024, ptr %101, align 4
  %2025 = load <16 x float>, ptr %102, align 4
  %2026 = fmul <16 x float> %2025, %2023
  store <16 x float> %2026, ptr %102, align 4
  %2027 = load <16 x float>, ptr %103, align 4
  %2028 = load <16 x float>, ptr %69, align 4
  %2029 = fmul <16 x float> %2027, %2028
  store <16 x float> %2029, ptr %103, align 4
  %2030 = load <16 x float>, ptr %104, align 4
  %2031 = fmul <16 x float> %2030, %2028
  store <16 x float> %2031, ptr %104, align 4
  %2032 = load <16 x float>, ptr %105, align 4
  %2033 = load <16 x float>, ptr %72, align 4
  %2034 = fmul <16 x float> %2032, %2033
  store <16 x float> %2034, ptr %105, align 4
  %2035 = load <16 x float>, ptr %106, align 4
  %2036 = fmul <16 x float> %2035, %2033
  store <16 x float> %2036, ptr %106, align 4
  %2037 = load <16 x float>, ptr %107, align 4
  %2038 = load <16 x float>, ptr %75, align 4
  %2039 = fmul <16 x float> %2037, %2038
  store <16 x float> %2039, ptr %107, align 4
  %2040 = load <16 x float>, ptr %108, align 4
  %2041 = fmul <16 x float> %2040, %2038
  store <16 x float> %2041, ptr %108, align 4
  br label %p9.body

p9.body:                                          ; preds = %t3.body.preheader, %p9.body
  %p9.addr.02597 = phi i64 [ 0, %t3.body.preheader ], [ %p9.next, %p9.body ]
  %acc79.02596 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2103, %p9.body ]
  %acc78.02595 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2102, %p9.body ]
  %acc77.02594 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2096, %p9.body ]
  %acc76.02593 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2095, %p9.body ]
  %acc75.02592 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2089, %p9.body ]
  %acc74.02591 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2088, %p9.body ]
  %acc73.02590 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2082, %p9.body ]
  %acc72.02589 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2081, %p9.body ]
  %acc71.02588 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2075, %p9.body ]
  %acc70.02587 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2074, %p9.body ]
  %acc69.02586 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2068, %p9.body ]
  %acc68.02585 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2067, %p9.body ]
  %acc67.02584 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2061, %p9.body ]
  %acc66.02583 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2060, %p9.body ]
  %acc65.02582 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2054, %p9.body ]
  %acc64.02581 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2053, %p9.body ]
  %2042 = shl nuw nsw i64 %p9.addr.02597, 5
  %2043 = or disjoint i64 %2042, 1024
  %2044 = getelementptr inbounds float, ptr %Bk, i64 %2043
  %2045 = load <16 x float>, ptr %2044, align 4
  %2046 = or disjoint i64 %2042, 1040
  %2047 = getelementptr inbounds float, ptr %Bk, i64 %2046
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = getelementptr inbounds float, ptr %OY, i64 %p9.addr.02597
  %2050 = load float, ptr %2049, align 4
  %2051 = insertelement <16 x float> poison, float %2050, i64 0
  %2052 = shufflevector <16 x float> %2051, <16 x float> poison, <16 x i32> zeroinitializer
  %2053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2052, <16 x float> %2045, <16 x float> %acc64.02581)
  %2054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2052, <16 x float> %2048, <16 x float> %acc65.02582)
  %2055 = or disjoint i64 %p9.addr.02597, 32
  %2056 = getelementptr inbounds float, ptr %OY, i64 %2055
  %2057 = load float, ptr %2056, align 4
  %2058 = insertelement <16 x float> poison, float %2057, i64 0
  %2059 = shufflevector <16 x float> %2058, <16 x float> poison, <16 x i32> zeroinitializer
  %2060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2059, <16 x float> %2045, <16 x float> %acc66.02583)
  %2061 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2059, <16 x float> %2048, <16 x float> %acc67.02584)
  %2062 = or disjoint i64 %p9.addr.02597, 64
  %2063 = getelementptr inbounds float, ptr %OY, i64 %2062
  %2064 = load float, ptr %2063, align 4
  %2065 = insertelement <16 x float> poison, float %2064, i64 0
  %2066 = shufflevector <16 x float> %2065, <16 x float> poison, <16 x i32> zeroinitializer
  %2067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2066, <16 x float> %2045, <16 x float> %acc68.02585)
  %2068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2066, <16 x float> %2048, <16 x float> %acc69.02586)
  %2069 = or disjoint i64 %p9.addr.02597, 96
  %2070 = getelementptr inbounds float, ptr %OY, i64 %2069
  %2071 = load float, ptr %2070, align 4
  %2072 = insertelement <16 x float> poison, float %2071, i64 0
  %2073 = shufflevector <16 x float> %2072, <16 x float> poison, <16 x i32> zeroinitializer
  %2074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2073, <16 x float> %2045, <16 x float> %acc70.02587)
  %2075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2073, <16 x float> %2048, <16 x float> %acc71.02588)
  %2076 = or disjoint i64 %p9.addr.02597, 128
  %2077 = getelementptr inbounds float, ptr %OY, i64 %2076
  %2078 = load float, ptr %2077, align 4
  %2079 = insertelement <16 x float> poison, float %2078, i64 0
  %2080 = shufflevector <16 x float> %2079, <16 x float> poison, <16 x i32> zeroinitializer
  %2081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2080, <16 x float> %2045, <16 x float> %acc72.02589)
  %2082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2080, <16 x float> %2048, <16 x float> %acc73.02590)
  %2083 = or disjoint i64 %p9.addr.02597, 160
  %2084 = getelementptr inbounds float, ptr %OY, i64 %2083
  %2085 = load float, ptr %2084, align 4
  %2086 = insertelement <16 x float> poison, float %2085, i64 0
  %2087 = shufflevector <16 x float> %2086, <16 x float> poison, <16 x i32> zeroinitializer
  %2088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2045, <16 x float> %acc74.02591)
  %2089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2048, <16 x float> %acc75.02592)
  %2090 = or disjoint i64 %p9.addr.02597, 192
  %2091 = getelementptr inbounds float, ptr %OY, i64 %2090
  %2092 = load float, ptr %2091, align 4
  %2093 = insertelement <16 x float> poison, float %2092, i64 0
  %2094 = shufflevector <16 x float> %2093, <16 x float> poison, <16 x i32> zeroinitializer
  %2095 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2094, <16 x float> %2045, <16 x float> %acc76.02593)
  %2096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2094, <16 x float> %2048, <16 x float> %acc77.02594)
  %2097 = or disjoint i64 %p9.addr.02597, 224
  %2098 = getelementptr inbounds float, ptr %OY, i64 %2097
  %2099 = load float, ptr %2098, align 4
  %2100 = insertelement <16 x float> poison, float %2099, i64 0
  %2101 = shufflevector <16 x float> %2100, <16 x float> poison, <16 x i32> zeroinitializer
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2045, <16 x float> %acc78.02595)
  %2103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2048, <16 x float> %acc79.02596)
  %p9.next = add nuw nsw i64 %p9.addr.02597, 1
  %exitcond2971.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2971.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2053, ptr %dQc, align 4
  store <16 x float> %2054, ptr %109, align 4
  store <16 x float> %2060, ptr %110, align 4
  store <16 x float> %2061, ptr %111, align 4
  store <16 x float> %2067, ptr %112, align 4
  store <16 x float> %2068, ptr %113, align 4
  store <16 x float> %2074, ptr %114, align 4
  store <16 x float> %2075, ptr %115, align 4
  store <16 x float> %2081, ptr %116, align 4
  store <16 x float> %2082, ptr %117, align 4
  store <16 x float> %2088, ptr %118, align 4
  store <16 x float> %2089, ptr %119, align 4
  store <16 x float> %2095, ptr %120, align 4
  store <16 x float> %2096, ptr %121, align 4
  store <16 x float> %2102, ptr %122, align 4
  store <16 x float> %2103, ptr %123, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.02597.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1, %p9.body.1 ]
  %acc79.02596.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2166, %p9.body.1 ]
  %acc78.02595.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2165, %p9.body.1 ]
  %acc77.02594.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2159, %p9.body.1 ]
  %acc76.02593.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2158, %p9.body.1 ]
  %acc75.02592.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2152, %p9.body.1 ]
  %acc74.02591.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2151, %p9.body.1 ]
  %acc73.02590.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2145, %p9.body.1 ]
  %acc72.02589.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2144, %p9.body.1 ]
  %acc71.02588.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2138, %p9.body.1 ]
  %acc70.02587.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2137, %p9.body.1 ]
  %acc69.02586.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2131, %p9.body.1 ]
  %acc68.02585.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2130, %p9.body.1 ]
  %acc67.02584.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2124, %p9.body.1 ]
  %acc66.02583.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2123, %p9.body.1 ]
  %acc65.02582.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2117, %p9.body.1 ]
  %acc64.02581.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2116, %p9.body.1 ]
  %2104 = shl nuw nsw i64 %p9.addr.02597.1, 5
  %2105 = or disjoint i64 %2104, 1024
  %2106 = getelementptr inbounds float, ptr %Bk, i64 %2105
  %2107 = load <16 x float>, ptr %2106, align 4
  %2108 = or disjoint i64 %2104, 1040
  %2109 = getelementptr inbounds float, ptr %Bk, i64 %2108
  %2110 = load <16 x float>, ptr %2109, align 4
  %2111 = add nuw nsw i64 %p9.addr.02597.1, 256
  %2112 = getelementptr inbounds float, ptr %OY, i64 %2111
  %2113 = load float, ptr %2112, align 4
  %2114 = insertelement <16 x float> poison, float %2113, i64 0
  %2115 = shufflevector <16 x float> %2114, <16 x float> poison, <16 x i32> zeroinitializer
  %2116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2107, <16 x float> %acc64.02581.1)
  %2117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2110, <16 x float> %acc65.02582.1)
  %2118 = or disjoint i64 %2111, 32
  %2119 = getelementptr inbounds float, ptr %OY, i64 %2118
  %2120 = load float, ptr %2119, align 4
  %2121 = insertelement <16 x float> poison, float %2120, i64 0
  %2122 = shufflevector <16 x float> %2121, <16 x float> poison, <16 x i32> zeroinitializer
  %2123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2107, <16 x float> %acc66.02583.1)
  %2124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2110, <16 x float> %acc67.02584.1)
  %2125 = or disjoint i64 %2111, 64
  %2126 = getelementptr inbounds float, ptr %OY, i64 %2125
  %2127 = load float, ptr %2126, align 4
  %2128 = insertelement <16 x float> poison, float %2127, i64 0
  %2129 = shufflevector <16 x float> %2128, <16 x float> poison, <16 x i32> zeroinitializer
  %2130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2107, <16 x float> %acc68.02585.1)
  %2131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2110, <16 x float> %acc69.02586.1)
  %2132 = or disjoint i64 %2111, 96
  %2133 = getelementptr inbounds float, ptr %OY, i64 %2132
  %2134 = load float, ptr %2133, align 4
  %2135 = insertelement <16 x float> poison, float %2134, i64 0
  %2136 = shufflevector <16 x float> %2135, <16 x float> poison, <16 x i32> zeroinitializer
  %2137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2107, <16 x float> %acc70.02587.1)
  %2138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2110, <16 x float> %acc71.02588.1)
  %2139 = or disjoint i64 %2111, 128
  %2140 = getelementptr inbounds float, ptr %OY, i64 %2139
  %2141 = load float, ptr %2140, align 4
  %2142 = insertelement <16 x float> poison, float %2141, i64 0
  %2143 = shufflevector <16 x float> %2142, <16 x float> poison, <16 x i32> zeroinitializer
  %2144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2107, <16 x float> %acc72.02589.1)
  %2145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2110, <16 x float> %acc73.02590.1)
  %2146 = or disjoint i64 %2111, 160
  %2147 = getelementptr inbounds float, ptr %OY, i64 %2146
  %2148 = load float, ptr %2147, align 4
  %2149 = insertelement <16 x float> poison, float %2148, i64 0
  %2150 = shufflevector <16 x float> %2149, <16 x float> poison, <16 x i32> zeroinitializer
  %2151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2107, <16 x float> %acc74.02591.1)
  %2152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2110, <16 x float> %acc75.02592.1)
  %2153 = or disjoint i64 %2111, 192
  %2154 = getelementptr inbounds float, ptr %OY, i64 %2153
  %2155 = load float, ptr %2154, align 4
  %2156 = insertelement <16 x float> poison, float %2155, i64 0
  %2157 = shufflevector <16 x float> %2156, <16 x float> poison, <16 x i32> zeroinitializer
  %2158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2157, <16 x float> %2107, <16 x float> %acc76.02593.1)
  %2159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2157, <16 x float> %2110, <16 x float> %acc77.02594.1)
  %2160 = or disjoint i64 %2111, 224
  %2161 = getelementptr inbounds float, ptr %OY, i64 %2160
  %2162 = load float, ptr %2161, align 4
  %2163 = insertelement <16 x float> poison, float %2162, i64 0
  %2164 = shufflevector <16 x float> %2163, <16 x float> poison, <16 x i32> zeroinitializer
  %2165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2107, <16 x float> %acc78.02595.1)
  %2166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2110, <16 x float> %acc79.02596.1)
  %p9.next.1 = add nuw nsw i64 %p9.addr.02597.1, 1
  %exitcond2971.1.not = icmp eq i64 %p9.next.1, 32
  br i1 %exitcond2971.1.not, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  store <16 x float> %2116, ptr %124, align 4
  store <16 x float> %2117, ptr %125, align 4
  store <16 x float> %2123, ptr %126, align 4
  store <16 x float> %2124, ptr %127, align 4
  store <16 x float> %2130, ptr %128, align 4
  store <16 x float> %2131, ptr %129, align 4
  store <16 x float> %2137, ptr %130, align 4
  store <16 x float> %2138, ptr %131, align 4
  store <16 x float> %2144, ptr %132, align 4
  store <16 x float> %2145, ptr %133, align 4
  store <16 x float> %2151, ptr %134, align 4
  store <16 x float> %2152, ptr %135, align 4
  store <16 x float> %2158, ptr %136, align 4
  store <16 x float> %2159, ptr %137, align 4
  store <16 x float> %2165, ptr %138, align 4
  store <16 x float> %2166, ptr %139, align 4
  %L = tail call i64 @llvm.smin.i64(i64 %171, i64 16)
  br label %i39.body

i39.body:                                         ; preds = %p9.exit.1, %endif1305
  %2167 = phi i1 [ false, %endif1305 ], [ true, %p9.exit.1 ]
  %i39.addr.02616 = phi i64 [ 8, %endif1305 ], [ 0, %p9.exit.1 ]
  %2168 = shl nuw nsw i64 %i39.addr.02616, 5
  %2169 = getelementptr inbounds float, ptr %dQc, i64 %2168
  %2170 = load <16 x float>, ptr %2169, align 4
  %2171 = or disjoint i64 %2168, 16
  %2172 = getelementptr inbounds float, ptr %dQc, i64 %2171
  %2173 = load <16 x float>, ptr %2172, align 4
  %2174 = or disjoint i64 %i39.addr.02616, 1
  %2175 = shl nuw nsw i64 %2174, 5
  %2176 = getelementptr inbounds float, ptr %dQc, i64 %2175
  %2177 = load <16 x float>, ptr %2176, align 4
  %2178 = or disjoint i64 %2175, 16
  %2179 = getelementptr inbounds float, ptr %dQc, i64 %2178
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = or disjoint i64 %i39.addr.02616, 2
  %2182 = shl nuw nsw i64 %2181, 5
  %2183 = getelementptr inbounds float, ptr %dQc, i64 %2182
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = or disjoint i64 %2182, 16
  %2186 = getelementptr inbounds float, ptr %dQc, i64 %2185
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %i39.addr.02616, 3
  %2189 = shl nuw nsw i64 %2188, 5
  %2190 = getelementptr inbounds float, ptr %dQc, i64 %2189
  %2191 = load <16 x float>, ptr %2190, align 4
  %2192 = or disjoint i64 %2189, 16
  %2193 = getelementptr inbounds float, ptr %dQc, i64 %2192
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = or disjoint i64 %i39.addr.02616, 4
  %2196 = shl nuw nsw i64 %2195, 5
  %2197 = getelementptr inbounds float, ptr %dQc, i64 %2196
  %2198 = load <16 x float>, ptr %2197, align 4
  %2199 = or disjoint i64 %2196, 16
  %2200 = getelementptr inbounds float, ptr %dQc, i64 %2199
  %2201 = load <16 x float>, ptr %2200, align 4
  %2202 = or disjoint i64 %i39.addr.02616, 5
  %2203 = shl nuw nsw i64 %2202, 5
  %2204 = getelementptr inbounds float, ptr %dQc, i64 %2203
  %2205 = load <16 x float>, ptr %2204, align 4
  %2206 = or disjoint i64 %2203, 16
  %2207 = getelementptr inbounds float, ptr %dQc, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  %2209 = or disjoint i64 %i39.addr.02616, 6
  %2210 = shl nuw nsw i64 %2209, 5
  %2211 = getelementptr inbounds float, ptr %dQc, i64 %2210
  %2212 = load <16 x float>, ptr %2211, align 4
  %2213 = or disjoint i64 %2210, 16
  %2214 = getelementptr inbounds float, ptr %dQc, i64 %2213
  %2215 = load <16 x float>, ptr %2214, align 4
  %2216 = or disjoint i64 %i39.addr.02616, 7
  %2217 = shl nuw nsw i64 %2216, 5
  %2218 = getelementptr inbounds float, ptr %dQc, i64 %2217
  %2219 = load <16 x float>, ptr %2218, align 4
  %2220 = or disjoint i64 %2217, 16
  %2221 = getelementptr inbounds float, ptr %dQc, i64 %2220
  %2222 = load <16 x float>, ptr %2221, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02615 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc95.02614 = phi <16 x float> [ %2222, %i39.body ], [ %2285, %p10.body ]
  %acc94.02613 = phi <16 x float> [ %2219, %i39.body ], [ %2284, %p10.body ]
  %acc93.02612 = phi <16 x float> [ %2215, %i39.body ], [ %2278, %p10.body ]
  %acc92.02611 = phi <16 x float> [ %2212, %i39.body ], [ %2277, %p10.body ]
  %acc91.02610 = phi <16 x float> [ %2208, %i39.body ], [ %2271, %p10.body ]
  %acc90.02609 = phi <16 x float> [ %2205, %i39.body ], [ %2270, %p10.body ]
  %acc89.02608 = phi <16 x float> [ %2201, %i39.body ], [ %2264, %p10.body ]
  %acc88.02607 = phi <16 x float> [ %2198, %i39.body ], [ %2263, %p10.body ]
  %acc87.02606 = phi <16 x float> [ %2194, %i39.body ], [ %2257, %p10.body ]
  %acc86.02605 = phi <16 x float> [ %2191, %i39.body ], [ %2256, %p10.body ]
  %acc85.02604 = phi <16 x float> [ %2187, %i39.body ], [ %2250, %p10.body ]
  %acc84.02603 = phi <16 x float> [ %2184, %i39.body ], [ %2249, %p10.body ]
  %acc83.02602 = phi <16 x float> [ %2180, %i39.body ], [ %2243, %p10.body ]
  %acc82.02601 = phi <16 x float> [ %2177, %i39.body ], [ %2242, %p10.body ]
  %acc81.02600 = phi <16 x float> [ %2173, %i39.body ], [ %2236, %p10.body ]
  %acc80.02599 = phi <16 x float> [ %2170, %i39.body ], [ %2235, %p10.body ]
  %.idx2447 = shl nuw nsw i64 %p10.addr.02615, 7
  %2223 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2447
  %2224 = getelementptr inbounds i8, ptr %2223, i64 10240
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = getelementptr inbounds i8, ptr %2223, i64 10304
  %2227 = load <16 x float>, ptr %2226, align 4
  %2228 = mul nuw nsw i64 %p10.addr.02615, 112
  %2229 = add nuw nsw i64 %2228, 64
  %2230 = or disjoint i64 %2229, %i39.addr.02616
  %2231 = getelementptr inbounds float, ptr %Ak, i64 %2230
  %2232 = load float, ptr %2231, align 4
  %2233 = insertelement <16 x float> poison, float %2232, i64 0
  %2234 = shufflevector <16 x float> %2233, <16 x float> poison, <16 x i32> zeroinitializer
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2225, <16 x float> %acc80.02599)
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2227, <16 x float> %acc81.02600)
  %2237 = or disjoint i64 %2229, %2174
  %2238 = getelementptr inbounds float, ptr %Ak, i64 %2237
  %2239 = load float, ptr %2238, align 4
  %2240 = insertelement <16 x float> poison, float %2239, i64 0
  %2241 = shufflevector <16 x float> %2240, <16 x float> poison, <16 x i32> zeroinitializer
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2225, <16 x float> %acc82.02601)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2227, <16 x float> %acc83.02602)
  %2244 = or disjoint i64 %2229, %2181
  %2245 = getelementptr inbounds float, ptr %Ak, i64 %2244
  %2246 = load float, ptr %2245, align 4
  %2247 = insertelement <16 x float> poison, float %2246, i64 0
  %2248 = shufflevector <16 x float> %2247, <16 x float> poison, <16 x i32> zeroinitializer
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2225, <16 x float> %acc84.02603)
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2227, <16 x float> %acc85.02604)
  %2251 = or disjoint i64 %2229, %2188
  %2252 = getelementptr inbounds float, ptr %Ak, i64 %2251
  %2253 = load float, ptr %2252, align 4
  %2254 = insertelement <16 x float> poison, float %2253, i64 0
  %2255 = shufflevector <16 x float> %2254, <16 x float> poison, <16 x i32> zeroinitializer
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2225, <16 x float> %acc86.02605)
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2227, <16 x float> %acc87.02606)
  %2258 = or disjoint i64 %2229, %2195
  %2259 = getelementptr inbounds float, ptr %Ak, i64 %2258
  %2260 = load float, ptr %2259, align 4
  %2261 = insertelement <16 x float> poison, float %2260, i64 0
  %2262 = shufflevector <16 x float> %2261, <16 x float> poison, <16 x i32> zeroinitializer
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2225, <16 x float> %acc88.02607)
  %2264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2227, <16 x float> %acc89.02608)
  %2265 = or disjoint i64 %2229, %2202
  %2266 = getelementptr inbounds float, ptr %Ak, i64 %2265
  %2267 = load float, ptr %2266, align 4
  %2268 = insertelement <16 x float> poison, float %2267, i64 0
  %2269 = shufflevector <16 x float> %2268, <16 x float> poison, <16 x i32> zeroinitializer
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2225, <16 x float> %acc90.02609)
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2227, <16 x float> %acc91.02610)
  %2272 = or disjoint i64 %2229, %2209
  %2273 = getelementptr inbounds float, ptr %Ak, i64 %2272
  %2274 = load float, ptr %2273, align 4
  %2275 = insertelement <16 x float> poison, float %2274, i64 0
  %2276 = shufflevector <16 x float> %2275, <16 x float> poison, <16 x i32> zeroinitializer
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2225, <16 x float> %acc92.02611)
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2227, <16 x float> %acc93.02612)
  %2279 = or disjoint i64 %2229, %2216
  %2280 = getelementptr inbounds float, ptr %Ak, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = insertelement <16 x float> poison, float %2281, i64 0
  %2283 = shufflevector <16 x float> %2282, <16 x float> poison, <16 x i32> zeroinitializer
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2225, <16 x float> %acc94.02613)
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2227, <16 x float> %acc95.02614)
  %p10.next = add nuw nsw i64 %p10.addr.02615, 1
  %exitcond2972.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond2972.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2286 = icmp sgt i64 %171, %i39.addr.02616
  br i1 %2286, label %then1243, label %endif1249

then1243:                                         ; preds = %p10.exit
  %2287 = fmul <16 x float> %2235, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2288 = or disjoint i64 %i39.addr.02616, %t0
  %2289 = mul nsw i64 %2288, %sq
  %2290 = getelementptr inbounds float, ptr %qh1, i64 %2289
  store <16 x float> %2287, ptr %2290, align 4
  %2291 = fmul <16 x float> %2236, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2292 = or disjoint i64 %2289, 16
  %2293 = getelementptr inbounds float, ptr %qh1, i64 %2292
  store <16 x float> %2291, ptr %2293, align 4
  br label %endif1249

endif1249:                                        ; preds = %p10.exit, %then1243
  %2294 = icmp slt i64 %2174, %L
  br i1 %2294, label %then1251, label %endif1257

then1251:                                         ; preds = %endif1249
  %2295 = fmul <16 x float> %2242, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2296 = or disjoint i64 %2174, %t0
  %2297 = mul nsw i64 %2296, %sq
  %2298 = getelementptr inbounds float, ptr %qh1, i64 %2297
  store <16 x float> %2295, ptr %2298, align 4
  %2299 = fmul <16 x float> %2243, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2300 = or disjoint i64 %2297, 16
  %2301 = getelementptr inbounds float, ptr %qh1, i64 %2300
  store <16 x float> %2299, ptr %2301, align 4
  br label %endif1257

endif1257:                                        ; preds = %endif1249, %then1251
  %2302 = icmp slt i64 %2181, %L
  br i1 %2302, label %then1259, label %endif1265

then1259:                                         ; preds = %endif1257
  %2303 = fmul <16 x float> %2249, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2304 = or disjoint i64 %2181, %t0
  %2305 = mul nsw i64 %2304, %sq
  %2306 = getelementptr inbounds float, ptr %qh1, i64 %2305
  store <16 x float> %2303, ptr %2306, align 4
  %2307 = fmul <16 x float> %2250, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2308 = or disjoint i64 %2305, 16
  %2309 = getelementptr inbounds float, ptr %qh1, i64 %2308
  store <16 x float> %2307, ptr %2309, align 4
  br label %endif1265

endif1265:                                        ; preds = %endif1257, %then1259
  %2310 = icmp slt i64 %2188, %L
  br i1 %2310, label %then1267, label %endif1273

then1267:                                         ; preds = %endif1265
  %2311 = fmul <16 x float> %2256, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2312 = or disjoint i64 %2188, %t0
  %2313 = mul nsw i64 %2312, %sq
  %2314 = getelementptr inbounds float, ptr %qh1, i64 %2313
  store <16 x float> %2311, ptr %2314, align 4
  %2315 = fmul <16 x float> %2257, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2316 = or disjoint i64 %2313, 16
  %2317 = getelementptr inbounds float, ptr %qh1, i64 %2316
  store <16 x float> %2315, ptr %2317, align 4
  br label %endif1273

endif1273:                                        ; preds = %endif1265, %then1267
  %2318 = icmp slt i64 %2195, %L
  br i1 %2318, label %then1275, label %endif1281

then1275:                                         ; preds = %endif1273
  %2319 = fmul <16 x float> %2263, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2320 = or disjoint i64 %2195, %t0
  %2321 = mul nsw i64 %2320, %sq
  %2322 = getelementptr inbounds float, ptr %qh1, i64 %2321
  store <16 x float> %2319, ptr %2322, align 4
  %2323 = fmul <16 x float> %2264, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2324 = or disjoint i64 %2321, 16
  %2325 = getelementptr inbounds float, ptr %qh1, i64 %2324
  store <16 x float> %2323, ptr %2325, align 4
  br label %endif1281

endif1281:                                        ; preds = %endif1273, %then1275
  %2326 = icmp slt i64 %2202, %L
  br i1 %2326, label %then1283, label %endif1289

then1283:                                         ; preds = %endif1281
  %2327 = fmul <16 x float> %2270, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2328 = or disjoint i64 %2202, %t0
  %2329 = mul nsw i64 %2328, %sq
  %2330 = getelementptr inbounds float, ptr %qh1, i64 %2329
  store <16 x float> %2327, ptr %2330, align 4
  %2331 = fmul <16 x float> %2271, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2332 = or disjoint i64 %2329, 16
  %2333 = getelementptr inbounds float, ptr %qh1, i64 %2332
  store <16 x float> %2331, ptr %2333, align 4
  br label %endif1289

endif1289:                                        ; preds = %endif1281, %then1283
  %2334 = icmp slt i64 %2209, %L
  br i1 %2334, label %then1291, label %endif1297

then1291:                                         ; preds = %endif1289
  %2335 = fmul <16 x float> %2277, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2336 = or disjoint i64 %2209, %t0
  %2337 = mul nsw i64 %2336, %sq
  %2338 = getelementptr inbounds float, ptr %qh1, i64 %2337
  store <16 x float> %2335, ptr %2338, align 4
  %2339 = fmul <16 x float> %2278, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2340 = or disjoint i64 %2337, 16
  %2341 = getelementptr inbounds float, ptr %qh1, i64 %2340
  store <16 x float> %2339, ptr %2341, align 4
  br label %endif1297

endif1297:                                        ; preds = %endif1289, %then1291
  %2342 = icmp slt i64 %2216, %L
  br i1 %2342, label %then1299, label %endif1305

then1299:                                         ; preds = %endif1297
  %2343 = fmul <16 x float> %2284, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2344 = or disjoint i64 %2216, %t0
  %2345 = mul nsw i64 %2344, %sq
  %2346 = getelementptr inbounds float, ptr %qh1, i64 %2345
  store <16 x float> %2343, ptr %2346, align 4
  %2347 = fmul <16 x float> %2285, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2348 = or disjoint i64 %2345, 16
  %2349 = getelementptr inbounds float, ptr %qh1, i64 %2348
  store <16 x float> %2347, ptr %2349, align 4
  br label %endif1305

endif1305:                                        ; preds = %endif1297, %then1299
  br i1 %2167, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1305
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j30.exit
  %2350 = icmp sgt i64 %171, 0
  br i1 %2350, label %t4.body.preheader, label %i48.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2351 = getelementptr i8, ptr %dv, i64 %165
  %2352 = getelementptr i8, ptr %dv, i64 %166
  %xtraiter3542 = and i64 %smax3541, 1
  %2353 = icmp slt i64 %indvars.iv2978, 2
  br i1 %2353, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3544 = and i64 %smax3541, 30
  br label %t4.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02637 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2354 = shl nuw nsw i64 %ib1.addr.02637, 2
  %i01 = sub nuw nsw i64 28, %2354
  %2355 = shl nuw nsw i64 %i01, 5
  %2356 = getelementptr inbounds float, ptr %OY, i64 %2355
  %2357 = getelementptr inbounds i8, ptr %2356, i64 2048
  %2358 = load <16 x float>, ptr %2357, align 4
  %2359 = getelementptr inbounds i8, ptr %2356, i64 2112
  %2360 = load <16 x float>, ptr %2359, align 4
  %2361 = sub nuw nsw i64 29, %2354
  %2362 = shl nuw nsw i64 %2361, 5
  %2363 = getelementptr inbounds float, ptr %OY, i64 %2362
  %2364 = getelementptr inbounds i8, ptr %2363, i64 2048
  %2365 = load <16 x float>, ptr %2364, align 4
  %2366 = getelementptr inbounds i8, ptr %2363, i64 2112
  %2367 = load <16 x float>, ptr %2366, align 4
  %2368 = sub nuw nsw i64 30, %2354
  %2369 = shl nuw nsw i64 %2368, 5
  %2370 = getelementptr inbounds float, ptr %OY, i64 %2369
  %2371 = getelementptr inbounds i8, ptr %2370, i64 2048
  %2372 = load <16 x float>, ptr %2371, align 4
  %2373 = getelementptr inbounds i8, ptr %2370, i64 2112
  %2374 = load <16 x float>, ptr %2373, align 4
  %2375 = sub nuw nsw i64 31, %2354
  %2376 = shl nuw nsw i64 %2375, 5
  %2377 = getelementptr inbounds float, ptr %OY, i64 %2376
  %2378 = getelementptr inbounds i8, ptr %2377, i64 2048
  %2379 = load <16 x float>, ptr %2378, align 4
  %2380 = getelementptr inbounds i8, ptr %2377, i64 2112
  %2381 = load <16 x float>, ptr %2380, align 4
  %.not2743 = icmp eq i64 %ib1.addr.02637, 0
  br i1 %.not2743, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2382 = sub nuw nsw i64 32, %2354
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02626 = phi i64 [ %j30.next, %j30.body ], [ %2382, %j30.body.preheader ]
  %acc103.02625 = phi <16 x float> [ %2420, %j30.body ], [ %2381, %j30.body.preheader ]
  %acc102.02624 = phi <16 x float> [ %2419, %j30.body ], [ %2379, %j30.body.preheader ]
  %acc101.02623 = phi <16 x float> [ %2412, %j30.body ], [ %2374, %j30.body.preheader ]
  %acc100.02622 = phi <16 x float> [ %2411, %j30.body ], [ %2372, %j30.body.preheader ]
  %acc99.02621 = phi <16 x float> [ %2404, %j30.body ], [ %2367, %j30.body.preheader ]
  %acc98.02620 = phi <16 x float> [ %2403, %j30.body ], [ %2365, %j30.body.preheader ]
  %acc97.02619 = phi <16 x float> [ %2396, %j30.body ], [ %2360, %j30.body.preheader ]
  %acc96.02618 = phi <16 x float> [ %2395, %j30.body ], [ %2358, %j30.body.preheader ]
  %2383 = shl nuw nsw i64 %j30.addr.02626, 5
  %2384 = getelementptr inbounds float, ptr %OY, i64 %2383
  %2385 = getelementptr inbounds i8, ptr %2384, i64 2048
  %2386 = load <16 x float>, ptr %2385, align 4
  %2387 = getelementptr inbounds i8, ptr %2384, i64 2112
  %2388 = load <16 x float>, ptr %2387, align 4
  %2389 = or disjoint i64 %2383, %i01
  %2390 = getelementptr inbounds float, ptr %Gm, i64 %2389
  %2391 = load float, ptr %2390, align 4
  %2392 = fneg float %2391
  %2393 = insertelement <16 x float> poison, float %2392, i64 0
  %2394 = shufflevector <16 x float> %2393, <16 x float> poison, <16 x i32> zeroinitializer
  %2395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2386, <16 x float> %acc96.02618)
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2388, <16 x float> %acc97.02619)
  %2397 = or disjoint i64 %2383, %2361
  %2398 = getelementptr inbounds float, ptr %Gm, i64 %2397
  %2399 = load float, ptr %2398, align 4
  %2400 = fneg float %2399
  %2401 = insertelement <16 x float> poison, float %2400, i64 0
  %2402 = shufflevector <16 x float> %2401, <16 x float> poison, <16 x i32> zeroinitializer
  %2403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2402, <16 x float> %2386, <16 x float> %acc98.02620)
  %2404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2402, <16 x float> %2388, <16 x float> %acc99.02621)
  %2405 = or disjoint i64 %2383, %2368
  %2406 = getelementptr inbounds float, ptr %Gm, i64 %2405
  %2407 = load float, ptr %2406, align 4
  %2408 = fneg float %2407
  %2409 = insertelement <16 x float> poison, float %2408, i64 0
  %2410 = shufflevector <16 x float> %2409, <16 x float> poison, <16 x i32> zeroinitializer
  %2411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2410, <16 x float> %2386, <16 x float> %acc100.02622)
  %2412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2410, <16 x float> %2388, <16 x float> %acc101.02623)
  %2413 = or disjoint i64 %2383, %2375
  %2414 = getelementptr inbounds float, ptr %Gm, i64 %2413
  %2415 = load float, ptr %2414, align 4
  %2416 = fneg float %2415
  %2417 = insertelement <16 x float> poison, float %2416, i64 0
  %2418 = shufflevector <16 x float> %2417, <16 x float> poison, <16 x i32> zeroinitializer
  %2419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2418, <16 x float> %2386, <16 x float> %acc102.02624)
  %2420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2418, <16 x float> %2388, <16 x float> %acc103.02625)
  %j30.next = add nuw nsw i64 %j30.addr.02626, 1
  %2421 = icmp ult i64 %j30.addr.02626, 31
  br i1 %2421, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2358, %ib1.body ], [ %2395, %j30.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2360, %ib1.body ], [ %2396, %j30.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2365, %ib1.body ], [ %2403, %j30.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2367, %ib1.body ], [ %2404, %j30.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2372, %ib1.body ], [ %2411, %j30.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2374, %ib1.body ], [ %2412, %j30.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2379, %ib1.body ], [ %2419, %j30.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2381, %ib1.body ], [ %2420, %j30.body ]
  %2422 = getelementptr inbounds float, ptr %Rr, i64 %2376
  %2423 = load <16 x float>, ptr %2422, align 4
  %2424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2423, <16 x float> zeroinitializer)
  %2425 = or disjoint i64 %2376, 16
  %2426 = getelementptr inbounds float, ptr %Rr, i64 %2425
  %2427 = load <16 x float>, ptr %2426, align 4
  %2428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2427, <16 x float> %2424)
  %2429 = shufflevector <16 x float> %2428, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2430 = shufflevector <16 x float> %2428, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2431 = fadd <8 x float> %2429, %2430
  %2432 = shufflevector <8 x float> %2431, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2433 = shufflevector <8 x float> %2431, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2434 = fadd <4 x float> %2432, %2433
  %2435 = shufflevector <4 x float> %2434, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2436 = shufflevector <4 x float> %2434, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2437 = fadd <2 x float> %2435, %2436
  %2438 = shufflevector <2 x float> %2437, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2439 = shufflevector <2 x float> %2437, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2440 = getelementptr inbounds float, ptr %bet, i64 %2375
  %2441 = load float, ptr %2440, align 4
  %2442 = insertelement <16 x float> poison, float %2441, i64 0
  %2443 = shufflevector <16 x float> %2442, <16 x float> poison, <16 x i32> zeroinitializer
  %2444 = fmul <16 x float> %acc102.0.lcssa, %2443
  store <16 x float> %2444, ptr %2378, align 4
  %2445 = fneg <16 x float> %2444
  %2446 = mul nuw nsw i64 %2375, 112
  %2447 = or disjoint i64 %2446, 32
  %2448 = getelementptr inbounds float, ptr %Ak, i64 %2447
  store <16 x float> %2445, ptr %2448, align 4
  %2449 = fmul <16 x float> %acc103.0.lcssa, %2443
  store <16 x float> %2449, ptr %2380, align 4
  %2450 = fneg <16 x float> %2449
  %gep2636 = getelementptr inbounds float, ptr %invariant.gep2635, i64 %2446
  store <16 x float> %2450, ptr %gep2636, align 4
  %2451 = or disjoint i64 %2376, %2368
  %2452 = getelementptr inbounds float, ptr %Gm, i64 %2451
  %2453 = load float, ptr %2452, align 4
  %2454 = fneg float %2453
  %2455 = insertelement <16 x float> poison, float %2454, i64 0
  %2456 = shufflevector <16 x float> %2455, <16 x float> poison, <16 x i32> zeroinitializer
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2456, <16 x float> %2444, <16 x float> %acc100.0.lcssa)
  %2458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2456, <16 x float> %2449, <16 x float> %acc101.0.lcssa)
  %2459 = getelementptr inbounds float, ptr %Rr, i64 %2369
  %2460 = load <16 x float>, ptr %2459, align 4
  %2461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2457, <16 x float> %2460, <16 x float> zeroinitializer)
  %2462 = or disjoint i64 %2369, 16
  %2463 = getelementptr inbounds float, ptr %Rr, i64 %2462
  %2464 = load <16 x float>, ptr %2463, align 4
  %2465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2464, <16 x float> %2461)
  %2466 = shufflevector <16 x float> %2465, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2467 = shufflevector <16 x float> %2465, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2468 = fadd <8 x float> %2466, %2467
  %2469 = shufflevector <8 x float> %2468, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2470 = shufflevector <8 x float> %2468, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2471 = fadd <4 x float> %2469, %2470
  %2472 = shufflevector <4 x float> %2471, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2473 = shufflevector <4 x float> %2471, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2474 = fadd <2 x float> %2472, %2473
  %2475 = shufflevector <2 x float> %2474, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2476 = shufflevector <2 x float> %2474, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2477 = getelementptr inbounds float, ptr %bet, i64 %2368
  %2478 = load float, ptr %2477, align 4
  %2479 = insertelement <16 x float> poison, float %2478, i64 0
  %2480 = shufflevector <16 x float> %2479, <16 x float> poison, <16 x i32> zeroinitializer
  %2481 = fmul <16 x float> %2457, %2480
  store <16 x float> %2481, ptr %2371, align 4
  %2482 = fneg <16 x float> %2481
  %.idx2445 = mul nuw nsw i64 %2368, 448
  %2483 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2445
  %2484 = getelementptr inbounds i8, ptr %2483, i64 128
  store <16 x float> %2482, ptr %2484, align 4
  %2485 = fmul <16 x float> %2458, %2480
  store <16 x float> %2485, ptr %2373, align 4
  %2486 = fneg <16 x float> %2485
  %2487 = getelementptr inbounds i8, ptr %2483, i64 192
  store <16 x float> %2486, ptr %2487, align 4
  %2488 = or disjoint i64 %2369, %2361
  %2489 = getelementptr inbounds float, ptr %Gm, i64 %2488
  %2490 = load float, ptr %2489, align 4
  %2491 = fneg float %2490
  %2492 = insertelement <16 x float> poison, float %2491, i64 0
  %2493 = shufflevector <16 x float> %2492, <16 x float> poison, <16 x i32> zeroinitializer
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2481, <16 x float> %acc98.0.lcssa)
  %2495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2485, <16 x float> %acc99.0.lcssa)
  %2496 = or disjoint i64 %2376, %2361
  %2497 = getelementptr inbounds float, ptr %Gm, i64 %2496
  %2498 = load float, ptr %2497, align 4
  %2499 = fneg float %2498
  %2500 = insertelement <16 x float> poison, float %2499, i64 0
  %2501 = shufflevector <16 x float> %2500, <16 x float> poison, <16 x i32> zeroinitializer
  %2502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2501, <16 x float> %2444, <16 x float> %2494)
  %2503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2501, <16 x float> %2449, <16 x float> %2495)
  %2504 = getelementptr inbounds float, ptr %Rr, i64 %2362
  %2505 = load <16 x float>, ptr %2504, align 4
  %2506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2502, <16 x float> %2505, <16 x float> zeroinitializer)
  %2507 = or disjoint i64 %2362, 16
  %2508 = getelementptr inbounds float, ptr %Rr, i64 %2507
  %2509 = load <16 x float>, ptr %2508, align 4
  %2510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2509, <16 x float> %2506)
  %2511 = shufflevector <16 x float> %2510, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2512 = shufflevector <16 x float> %2510, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2513 = fadd <8 x float> %2511, %2512
  %2514 = shufflevector <8 x float> %2513, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2515 = shufflevector <8 x float> %2513, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2516 = fadd <4 x float> %2514, %2515
  %2517 = shufflevector <4 x float> %2516, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2518 = shufflevector <4 x float> %2516, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2519 = fadd <2 x float> %2517, %2518
  %2520 = getelementptr inbounds float, ptr %bet, i64 %2361
  %2521 = load float, ptr %2520, align 4
  %2522 = insertelement <16 x float> poison, float %2521, i64 0
  %2523 = shufflevector <16 x float> %2522, <16 x float> poison, <16 x i32> zeroinitializer
  %2524 = fmul <16 x float> %2502, %2523
  store <16 x float> %2524, ptr %2364, align 4
  %2525 = fneg <16 x float> %2524
  %.idx2446 = mul nuw nsw i64 %2361, 448
  %2526 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2446
  %2527 = getelementptr inbounds i8, ptr %2526, i64 128
  store <16 x float> %2525, ptr %2527, align 4
  %2528 = fmul <16 x float> %2503, %2523
  store <16 x float> %2528, ptr %2366, align 4
  %2529 = fneg <16 x float> %2528
  %2530 = getelementptr inbounds i8, ptr %2526, i64 192
  store <16 x float> %2529, ptr %2530, align 4
  %2531 = or disjoint i64 %2362, %i01
  %2532 = getelementptr inbounds float, ptr %Gm, i64 %2531
  %2533 = load float, ptr %2532, align 4
  %2534 = fneg float %2533
  %2535 = insertelement <16 x float> poison, float %2534, i64 0
  %2536 = shufflevector <16 x float> %2535, <16 x float> poison, <16 x i32> zeroinitializer
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2536, <16 x float> %2524, <16 x float> %acc96.0.lcssa)
  %2538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2536, <16 x float> %2528, <16 x float> %acc97.0.lcssa)
  %2539 = or disjoint i64 %2369, %i01
  %2540 = getelementptr inbounds float, ptr %Gm, i64 %2539
  %2541 = load float, ptr %2540, align 4
  %2542 = fneg float %2541
  %2543 = insertelement <16 x float> poison, float %2542, i64 0
  %2544 = shufflevector <16 x float> %2543, <16 x float> poison, <16 x i32> zeroinitializer
  %2545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2544, <16 x float> %2481, <16 x float> %2537)
  %2546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2544, <16 x float> %2485, <16 x float> %2538)
  %2547 = or disjoint i64 %2376, %i01
  %2548 = getelementptr inbounds float, ptr %Gm, i64 %2547
  %2549 = load float, ptr %2548, align 4
  %2550 = fneg float %2549
  %2551 = insertelement <16 x float> poison, float %2550, i64 0
  %2552 = shufflevector <16 x float> %2551, <16 x float> poison, <16 x i32> zeroinitializer
  %2553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2552, <16 x float> %2444, <16 x float> %2545)
  %2554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2552, <16 x float> %2449, <16 x float> %2546)
  %2555 = getelementptr inbounds float, ptr %Rr, i64 %2355
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2553, <16 x float> %2556, <16 x float> zeroinitializer)
  %2558 = or disjoint i64 %2355, 16
  %2559 = getelementptr inbounds float, ptr %Rr, i64 %2558
  %2560 = load <16 x float>, ptr %2559, align 4
  %2561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2554, <16 x float> %2560, <16 x float> %2557)
  %2562 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2563 = shufflevector <16 x float> %2561, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2564 = shufflevector <16 x float> %2561, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2565 = fadd <8 x float> %2563, %2564
  %2566 = shufflevector <8 x float> %2565, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2567 = shufflevector <8 x float> %2565, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2568 = fadd <4 x float> %2566, %2567
  %2569 = shufflevector <4 x float> %2568, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2570 = shufflevector <4 x float> %2568, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2571 = fadd <2 x float> %2569, %2570
  %2572 = load <4 x float>, ptr %2562, align 4
  %2573 = shufflevector <2 x float> %2571, <2 x float> %2519, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2574 = shufflevector <4 x float> %2573, <4 x float> %2476, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2575 = shufflevector <4 x float> %2574, <4 x float> %2439, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2576 = shufflevector <2 x float> %2571, <2 x float> %2519, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2577 = shufflevector <4 x float> %2576, <4 x float> %2475, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2578 = shufflevector <4 x float> %2577, <4 x float> %2438, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2579 = fadd <4 x float> %2575, %2578
  %2580 = fadd <4 x float> %2572, %2579
  store <4 x float> %2580, ptr %2562, align 4
  %2581 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2582 = load float, ptr %2581, align 4
  %2583 = insertelement <16 x float> poison, float %2582, i64 0
  %2584 = shufflevector <16 x float> %2583, <16 x float> poison, <16 x i32> zeroinitializer
  %2585 = fmul <16 x float> %2553, %2584
  store <16 x float> %2585, ptr %2357, align 4
  %2586 = fneg <16 x float> %2585
  %2587 = mul nuw nsw i64 %i01, 112
  %2588 = or disjoint i64 %2587, 32
  %2589 = getelementptr inbounds float, ptr %Ak, i64 %2588
  store <16 x float> %2586, ptr %2589, align 4
  %2590 = fmul <16 x float> %2554, %2584
  store <16 x float> %2590, ptr %2359, align 4
  %2591 = fneg <16 x float> %2590
  %2592 = or disjoint i64 %2587, 48
  %2593 = getelementptr inbounds float, ptr %Ak, i64 %2592
  store <16 x float> %2591, ptr %2593, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02637, 1
  %exitcond2973.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond2973.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02640 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter3545 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3545.next.1, %t4.body ]
  %2594 = mul i64 %17, %t4.addr.02640
  %scevgep2976 = getelementptr i8, ptr %2351, i64 %2594
  %2595 = shl nuw nsw i64 %t4.addr.02640, 8
  %gep3206 = getelementptr i8, ptr %invariant.gep3205, i64 %2595
  %scevgep2974 = getelementptr i8, ptr %2352, i64 %2594
  %gep3208 = getelementptr i8, ptr %invariant.gep3207, i64 %2595
  %2596 = add nsw i64 %t4.addr.02640, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2974, ptr noundef nonnull align 4 dereferenceable(128) %gep3208, i64 128, i1 false)
  %i44 = shl nuw nsw i64 %t4.addr.02640, 1
  %tau2 = shl nsw i64 %2596, 1
  %2597 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2598 = load float, ptr %2597, align 4
  %2599 = mul nsw i64 %tau2, %H
  %2600 = getelementptr inbounds float, ptr %betah1, i64 %2599
  store float %2598, ptr %2600, align 4
  %i46 = or disjoint i64 %i44, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2976, ptr noundef nonnull align 4 dereferenceable(128) %gep3206, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2601 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2602 = load float, ptr %2601, align 4
  %2603 = mul nsw i64 %tau3, %H
  %2604 = getelementptr inbounds float, ptr %betah1, i64 %2603
  store float %2602, ptr %2604, align 4
  %t4.next = or disjoint i64 %t4.addr.02640, 1
  %2605 = mul i64 %17, %t4.next
  %scevgep2976.1 = getelementptr i8, ptr %2351, i64 %2605
  %2606 = shl nuw nsw i64 %t4.next, 8
  %gep3206.1 = getelementptr i8, ptr %invariant.gep3205, i64 %2606
  %scevgep2974.1 = getelementptr i8, ptr %2352, i64 %2605
  %gep3208.1 = getelementptr i8, ptr %invariant.gep3207, i64 %2606
  %2607 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2974.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3208.1, i64 128, i1 false)
  %i44.1 = shl nuw nsw i64 %t4.next, 1
  %tau2.1 = shl nsw i64 %2607, 1
  %2608 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2609 = load float, ptr %2608, align 4
  %2610 = mul nsw i64 %tau2.1, %H
  %2611 = getelementptr inbounds float, ptr %betah1, i64 %2610
  store float %2609, ptr %2611, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2976.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3206.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %2612 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2613 = load float, ptr %2612, align 4
  %2614 = mul nsw i64 %tau3.1, %H
  %2615 = getelementptr inbounds float, ptr %betah1, i64 %2614
  store float %2613, ptr %2615, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02640, 2
  %niter3545.next.1 = add i64 %niter3545, 2
  %niter3545.ncmp.1 = icmp eq i64 %niter3545.next.1, %unroll_iter3544
  br i1 %niter3545.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t4.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02640.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod3543.not = icmp eq i64 %xtraiter3542, 0
  br i1 %lcmp.mod3543.not, label %i48.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2616 = mul i64 %17, %t4.addr.02640.unr
  %scevgep2976.epil = getelementptr i8, ptr %2351, i64 %2616
  %2617 = shl nuw nsw i64 %t4.addr.02640.unr, 8
  %gep3206.epil = getelementptr i8, ptr %invariant.gep3205, i64 %2617
  %scevgep2974.epil = getelementptr i8, ptr %2352, i64 %2616
  %gep3208.epil = getelementptr i8, ptr %invariant.gep3207, i64 %2617
  %2618 = add nsw i64 %t4.addr.02640.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2974.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3208.epil, i64 128, i1 false)
  %i44.epil = shl nuw nsw i64 %t4.addr.02640.unr, 1
  %tau2.epil = shl nsw i64 %2618, 1
  %2619 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2620 = load float, ptr %2619, align 4
  %2621 = mul nsw i64 %tau2.epil, %H
  %2622 = getelementptr inbounds float, ptr %betah1, i64 %2621
  store float %2620, ptr %2622, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2976.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3206.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %2623 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2624 = load float, ptr %2623, align 4
  %2625 = mul nsw i64 %tau3.epil, %H
  %2626 = getelementptr inbounds float, ptr %betah1, i64 %2625
  store float %2624, ptr %2626, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t4.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02658 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2627 = shl nuw nsw i64 %i48.addr.02658, 6
  %2628 = or disjoint i64 %2627, 32
  %2629 = getelementptr inbounds float, ptr %work, i64 %2628
  %2630 = load <16 x float>, ptr %2629, align 4
  %2631 = or disjoint i64 %2627, 48
  %2632 = getelementptr inbounds float, ptr %work, i64 %2631
  %2633 = load <16 x float>, ptr %2632, align 4
  %2634 = or disjoint i64 %i48.addr.02658, 1
  %2635 = shl nuw nsw i64 %2634, 6
  %2636 = or disjoint i64 %2635, 32
  %2637 = getelementptr inbounds float, ptr %work, i64 %2636
  %2638 = load <16 x float>, ptr %2637, align 4
  %2639 = or disjoint i64 %2635, 48
  %2640 = getelementptr inbounds float, ptr %work, i64 %2639
  %2641 = load <16 x float>, ptr %2640, align 4
  %2642 = or disjoint i64 %i48.addr.02658, 2
  %2643 = shl nuw nsw i64 %2642, 6
  %2644 = or disjoint i64 %2643, 32
  %2645 = getelementptr inbounds float, ptr %work, i64 %2644
  %2646 = load <16 x float>, ptr %2645, align 4
  %2647 = or disjoint i64 %2643, 48
  %2648 = getelementptr inbounds float, ptr %work, i64 %2647
  %2649 = load <16 x float>, ptr %2648, align 4
  %2650 = or disjoint i64 %i48.addr.02658, 3
  %2651 = shl nuw nsw i64 %2650, 6
  %2652 = or disjoint i64 %2651, 32
  %2653 = getelementptr inbounds float, ptr %work, i64 %2652
  %2654 = load <16 x float>, ptr %2653, align 4
  %2655 = or disjoint i64 %2651, 48
  %2656 = getelementptr inbounds float, ptr %work, i64 %2655
  %2657 = load <16 x float>, ptr %2656, align 4
  %2658 = or disjoint i64 %i48.addr.02658, 4
  %2659 = shl nuw nsw i64 %2658, 6
  %2660 = or disjoint i64 %2659, 32
  %2661 = getelementptr inbounds float, ptr %work, i64 %2660
  %2662 = load <16 x float>, ptr %2661, align 4
  %2663 = or disjoint i64 %2659, 48
  %2664 = getelementptr inbounds float, ptr %work, i64 %2663
  %2665 = load <16 x float>, ptr %2664, align 4
  %2666 = or disjoint i64 %i48.addr.02658, 5
  %2667 = shl nuw nsw i64 %2666, 6
  %2668 = or disjoint i64 %2667, 32
  %2669 = getelementptr inbounds float, ptr %work, i64 %2668
  %2670 = load <16 x float>, ptr %2669, align 4
  %2671 = or disjoint i64 %2667, 48
  %2672 = getelementptr inbounds float, ptr %work, i64 %2671
  %2673 = load <16 x float>, ptr %2672, align 4
  %2674 = or disjoint i64 %i48.addr.02658, 6
  %2675 = shl nuw nsw i64 %2674, 6
  %2676 = or disjoint i64 %2675, 32
  %2677 = getelementptr inbounds float, ptr %work, i64 %2676
  %2678 = load <16 x float>, ptr %2677, align 4
  %2679 = or disjoint i64 %2675, 48
  %2680 = getelementptr inbounds float, ptr %work, i64 %2679
  %2681 = load <16 x float>, ptr %2680, align 4
  %2682 = or disjoint i64 %i48.addr.02658, 7
  %2683 = shl nuw nsw i64 %2682, 6
  %2684 = or disjoint i64 %2683, 32
  %2685 = getelementptr inbounds float, ptr %work, i64 %2684
  %2686 = load <16 x float>, ptr %2685, align 4
  %2687 = or disjoint i64 %2683, 48
  %2688 = getelementptr inbounds float, ptr %work, i64 %2687
  %2689 = load <16 x float>, ptr %2688, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02657 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc119.02656 = phi <16 x float> [ %2689, %i48.body ], [ %2751, %p11.body ]
  %acc118.02655 = phi <16 x float> [ %2686, %i48.body ], [ %2750, %p11.body ]
  %acc117.02654 = phi <16 x float> [ %2681, %i48.body ], [ %2744, %p11.body ]
  %acc116.02653 = phi <16 x float> [ %2678, %i48.body ], [ %2743, %p11.body ]
  %acc115.02652 = phi <16 x float> [ %2673, %i48.body ], [ %2737, %p11.body ]
  %acc114.02651 = phi <16 x float> [ %2670, %i48.body ], [ %2736, %p11.body ]
  %acc113.02650 = phi <16 x float> [ %2665, %i48.body ], [ %2730, %p11.body ]
  %acc112.02649 = phi <16 x float> [ %2662, %i48.body ], [ %2729, %p11.body ]
  %acc111.02648 = phi <16 x float> [ %2657, %i48.body ], [ %2723, %p11.body ]
  %acc110.02647 = phi <16 x float> [ %2654, %i48.body ], [ %2722, %p11.body ]
  %acc109.02646 = phi <16 x float> [ %2649, %i48.body ], [ %2716, %p11.body ]
  %acc108.02645 = phi <16 x float> [ %2646, %i48.body ], [ %2715, %p11.body ]
  %acc107.02644 = phi <16 x float> [ %2641, %i48.body ], [ %2709, %p11.body ]
  %acc106.02643 = phi <16 x float> [ %2638, %i48.body ], [ %2708, %p11.body ]
  %acc105.02642 = phi <16 x float> [ %2633, %i48.body ], [ %2702, %p11.body ]
  %acc104.02641 = phi <16 x float> [ %2630, %i48.body ], [ %2701, %p11.body ]
  %2690 = shl nuw nsw i64 %p11.addr.02657, 5
  %2691 = getelementptr inbounds float, ptr %OY, i64 %2690
  %2692 = load <16 x float>, ptr %2691, align 4
  %2693 = or disjoint i64 %2690, 16
  %2694 = getelementptr inbounds float, ptr %OY, i64 %2693
  %2695 = load <16 x float>, ptr %2694, align 4
  %2696 = or disjoint i64 %2690, %i48.addr.02658
  %2697 = getelementptr inbounds float, ptr %QK, i64 %2696
  %2698 = load float, ptr %2697, align 4
  %2699 = insertelement <16 x float> poison, float %2698, i64 0
  %2700 = shufflevector <16 x float> %2699, <16 x float> poison, <16 x i32> zeroinitializer
  %2701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2700, <16 x float> %2692, <16 x float> %acc104.02641)
  %2702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2700, <16 x float> %2695, <16 x float> %acc105.02642)
  %2703 = or disjoint i64 %2690, %2634
  %2704 = getelementptr inbounds float, ptr %QK, i64 %2703
  %2705 = load float, ptr %2704, align 4
  %2706 = insertelement <16 x float> poison, float %2705, i64 0
  %2707 = shufflevector <16 x float> %2706, <16 x float> poison, <16 x i32> zeroinitializer
  %2708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2692, <16 x float> %acc106.02643)
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2695, <16 x float> %acc107.02644)
  %2710 = or disjoint i64 %2690, %2642
  %2711 = getelementptr inbounds float, ptr %QK, i64 %2710
  %2712 = load float, ptr %2711, align 4
  %2713 = insertelement <16 x float> poison, float %2712, i64 0
  %2714 = shufflevector <16 x float> %2713, <16 x float> poison, <16 x i32> zeroinitializer
  %2715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2692, <16 x float> %acc108.02645)
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2695, <16 x float> %acc109.02646)
  %2717 = or disjoint i64 %2690, %2650
  %2718 = getelementptr inbounds float, ptr %QK, i64 %2717
  %2719 = load float, ptr %2718, align 4
  %2720 = insertelement <16 x float> poison, float %2719, i64 0
  %2721 = shufflevector <16 x float> %2720, <16 x float> poison, <16 x i32> zeroinitializer
  %2722 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2721, <16 x float> %2692, <16 x float> %acc110.02647)
  %2723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2721, <16 x float> %2695, <16 x float> %acc111.02648)
  %2724 = or disjoint i64 %2690, %2658
  %2725 = getelementptr inbounds float, ptr %QK, i64 %2724
  %2726 = load float, ptr %2725, align 4
  %2727 = insertelement <16 x float> poison, float %2726, i64 0
  %2728 = shufflevector <16 x float> %2727, <16 x float> poison, <16 x i32> zeroinitializer
  %2729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2728, <16 x float> %2692, <16 x float> %acc112.02649)
  %2730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2728, <16 x float> %2695, <16 x float> %acc113.02650)
  %2731 = or disjoint i64 %2690, %2666
  %2732 = getelementptr inbounds float, ptr %QK, i64 %2731
  %2733 = load float, ptr %2732, align 4
  %2734 = insertelement <16 x float> poison, float %2733, i64 0
  %2735 = shufflevector <16 x float> %2734, <16 x float> poison, <16 x i32> zeroinitializer
  %2736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2735, <16 x float> %2692, <16 x float> %acc114.02651)
  %2737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2735, <16 x float> %2695, <16 x float> %acc115.02652)
  %2738 = or disjoint i64 %2690, %2674
  %2739 = getelementptr inbounds float, ptr %QK, i64 %2738
  %2740 = load float, ptr %2739, align 4
  %2741 = insertelement <16 x float> poison, float %2740, i64 0
  %2742 = shufflevector <16 x float> %2741, <16 x float> poison, <16 x i32> zeroinitializer
  %2743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2742, <16 x float> %2692, <16 x float> %acc116.02653)
  %2744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2742, <16 x float> %2695, <16 x float> %acc117.02654)
  %2745 = or disjoint i64 %2690, %2682
  %2746 = getelementptr inbounds float, ptr %QK, i64 %2745
  %2747 = load float, ptr %2746, align 4
  %2748 = insertelement <16 x float> poison, float %2747, i64 0
  %2749 = shufflevector <16 x float> %2748, <16 x float> poison, <16 x i32> zeroinitializer
  %2750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2749, <16 x float> %2692, <16 x float> %acc118.02655)
  %2751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2749, <16 x float> %2695, <16 x float> %acc119.02656)
  %p11.next = add nuw nsw i64 %p11.addr.02657, 1
  %exitcond2981.not = icmp eq i64 %p11.next, 48
  br i1 %exitcond2981.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2701, ptr %2629, align 4
  store <16 x float> %2702, ptr %2632, align 4
  store <16 x float> %2708, ptr %2637, align 4
  store <16 x float> %2709, ptr %2640, align 4
  store <16 x float> %2715, ptr %2645, align 4
  store <16 x float> %2716, ptr %2648, align 4
  store <16 x float> %2722, ptr %2653, align 4
  store <16 x float> %2723, ptr %2656, align 4
  store <16 x float> %2729, ptr %2661, align 4
  store <16 x float> %2730, ptr %2664, align 4
  store <16 x float> %2736, ptr %2669, align 4
  store <16 x float> %2737, ptr %2672, align 4
  store <16 x float> %2743, ptr %2677, align 4
  store <16 x float> %2744, ptr %2680, align 4
  store <16 x float> %2750, ptr %2685, align 4
  store <16 x float> %2751, ptr %2688, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02658, 8
  %2752 = icmp ult i64 %i48.addr.02658, 24
  br i1 %2752, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit.1, %p12.exit
  %2753 = icmp ult i64 %i49.addr.02671, 24
  br i1 %2753, label %i49.body, label %t5.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.02671 = phi i64 [ %2754, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2754 = add nuw nsw i64 %i49.addr.02671, 8
  %2755 = mul nuw nsw i64 %i49.addr.02671, 112
  %2756 = or disjoint i64 %2755, 80
  %2757 = getelementptr inbounds float, ptr %Ak, i64 %2756
  %.idx2416 = mul nuw nsw i64 %i49.addr.02671, 448
  %2758 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2416
  %2759 = getelementptr inbounds i8, ptr %2758, i64 768
  %2760 = getelementptr inbounds i8, ptr %2758, i64 1216
  %2761 = getelementptr inbounds i8, ptr %2758, i64 1664
  %2762 = getelementptr inbounds i8, ptr %2758, i64 2112
  %2763 = getelementptr inbounds i8, ptr %2758, i64 2560
  %2764 = getelementptr inbounds i8, ptr %2758, i64 3008
  %2765 = getelementptr inbounds i8, ptr %2758, i64 3456
  %.idx3002 = shl nsw i64 %i49.addr.02671, 7
  %invariant.gep3209 = getelementptr inbounds i8, ptr %OY, i64 %.idx3002
  br label %p12.body

p12.body:                                         ; preds = %i49.body, %p12.body
  %p12.addr.02669 = phi i64 [ 0, %i49.body ], [ %p12.next, %p12.body ]
  %acc127.02668 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2806, %p12.body ]
  %acc126.02667 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2801, %p12.body ]
  %acc125.02666 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2796, %p12.body ]
  %acc124.02665 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2791, %p12.body ]
  %acc123.02664 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2786, %p12.body ]
  %acc122.02663 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2781, %p12.body ]
  %acc121.02662 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2776, %p12.body ]
  %acc120.02661 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2771, %p12.body ]
  %.idx2423 = shl nuw nsw i64 %p12.addr.02669, 7
  %gep2660 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2423
  %2766 = load <16 x float>, ptr %gep2660, align 4
  %gep3210 = getelementptr inbounds float, ptr %invariant.gep3209, i64 %p12.addr.02669
  %2767 = getelementptr inbounds i8, ptr %gep3210, i64 2048
  %2768 = load float, ptr %2767, align 4
  %2769 = insertelement <16 x float> poison, float %2768, i64 0
  %2770 = shufflevector <16 x float> %2769, <16 x float> poison, <16 x i32> zeroinitializer
  %2771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2770, <16 x float> %2766, <16 x float> %acc120.02661)
  %2772 = getelementptr inbounds i8, ptr %gep3210, i64 2176
  %2773 = load float, ptr %2772, align 4
  %2774 = insertelement <16 x float> poison, float %2773, i64 0
  %2775 = shufflevector <16 x float> %2774, <16 x float> poison, <16 x i32> zeroinitializer
  %2776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2775, <16 x float> %2766, <16 x float> %acc121.02662)
  %2777 = getelementptr inbounds i8, ptr %gep3210, i64 2304
  %2778 = load float, ptr %2777, align 4
  %2779 = insertelement <16 x float> poison, float %2778, i64 0
  %2780 = shufflevector <16 x float> %2779, <16 x float> poison, <16 x i32> zeroinitializer
  %2781 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2780, <16 x float> %2766, <16 x float> %acc122.02663)
  %2782 = getelementptr inbounds i8, ptr %gep3210, i64 2432
  %2783 = load float, ptr %2782, align 4
  %2784 = insertelement <16 x float> poison, float %2783, i64 0
  %2785 = shufflevector <16 x float> %2784, <16 x float> poison, <16 x i32> zeroinitializer
  %2786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2785, <16 x float> %2766, <16 x float> %acc123.02664)
  %2787 = getelementptr inbounds i8, ptr %gep3210, i64 2560
  %2788 = load float, ptr %2787, align 4
  %2789 = insertelement <16 x float> poison, float %2788, i64 0
  %2790 = shufflevector <16 x float> %2789, <16 x float> poison, <16 x i32> zeroinitializer
  %2791 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2790, <16 x float> %2766, <16 x float> %acc124.02665)
  %2792 = getelementptr inbounds i8, ptr %gep3210, i64 2688
  %2793 = load float, ptr %2792, align 4
  %2794 = insertelement <16 x float> poison, float %2793, i64 0
  %2795 = shufflevector <16 x float> %2794, <16 x float> poison, <16 x i32> zeroinitializer
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2766, <16 x float> %acc125.02666)
  %2797 = getelementptr inbounds i8, ptr %gep3210, i64 2816
  %2798 = load float, ptr %2797, align 4
  %2799 = insertelement <16 x float> poison, float %2798, i64 0
  %2800 = shufflevector <16 x float> %2799, <16 x float> poison, <16 x i32> zeroinitializer
  %2801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2766, <16 x float> %acc126.02667)
  %2802 = getelementptr inbounds i8, ptr %gep3210, i64 2944
  %2803 = load float, ptr %2802, align 4
  %2804 = insertelement <16 x float> poison, float %2803, i64 0
  %2805 = shufflevector <16 x float> %2804, <16 x float> poison, <16 x i32> zeroinitializer
  %2806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2805, <16 x float> %2766, <16 x float> %acc127.02668)
  %p12.next = add nuw nsw i64 %p12.addr.02669, 1
  %exitcond2982.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2982.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2771, ptr %2757, align 4
  store <16 x float> %2776, ptr %2759, align 4
  store <16 x float> %2781, ptr %2760, align 4
  store <16 x float> %2786, ptr %2761, align 4
  store <16 x float> %2791, ptr %2762, align 4
  store <16 x float> %2796, ptr %2763, align 4
  store <16 x float> %2801, ptr %2764, align 4
  store <16 x float> %2806, ptr %2765, align 4
  %2807 = icmp ugt i64 %i49.addr.02671, 8
  br i1 %2807, label %p12.body.1, label %i49.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.02669.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc127.02668.1 = phi <16 x float> [ %2848, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc126.02667.1 = phi <16 x float> [ %2843, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc125.02666.1 = phi <16 x float> [ %2838, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc124.02665.1 = phi <16 x float> [ %2833, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc123.02664.1 = phi <16 x float> [ %2828, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc122.02663.1 = phi <16 x float> [ %2823, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc121.02662.1 = phi <16 x float> [ %2818, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc120.02661.1 = phi <16 x float> [ %2813, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx2423.1 = shl nuw nsw i64 %p12.addr.02669.1, 7
  %gep2660.1 = getelementptr inbounds i8, ptr %invariant.gep2659.1, i64 %.idx2423.1
  %2808 = load <16 x float>, ptr %gep2660.1, align 4
  %gep3210.1 = getelementptr inbounds float, ptr %invariant.gep3209, i64 %p12.addr.02669.1
  %2809 = getelementptr inbounds i8, ptr %gep3210.1, i64 2048
  %2810 = load float, ptr %2809, align 4
  %2811 = insertelement <16 x float> poison, float %2810, i64 0
  %2812 = shufflevector <16 x float> %2811, <16 x float> poison, <16 x i32> zeroinitializer
  %2813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2812, <16 x float> %2808, <16 x float> %acc120.02661.1)
  %2814 = getelementptr inbounds i8, ptr %gep3210.1, i64 2176
  %2815 = load float, ptr %2814, align 4
  %2816 = insertelement <16 x float> poison, float %2815, i64 0
  %2817 = shufflevector <16 x float> %2816, <16 x float> poison, <16 x i32> zeroinitializer
  %2818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2817, <16 x float> %2808, <16 x float> %acc121.02662.1)
  %2819 = getelementptr inbounds i8, ptr %gep3210.1, i64 2304
  %2820 = load float, ptr %2819, align 4
  %2821 = insertelement <16 x float> poison, float %2820, i64 0
  %2822 = shufflevector <16 x float> %2821, <16 x float> poison, <16 x i32> zeroinitializer
  %2823 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2822, <16 x float> %2808, <16 x float> %acc122.02663.1)
  %2824 = getelementptr inbounds i8, ptr %gep3210.1, i64 2432
  %2825 = load float, ptr %2824, align 4
  %2826 = insertelement <16 x float> poison, float %2825, i64 0
  %2827 = shufflevector <16 x float> %2826, <16 x float> poison, <16 x i32> zeroinitializer
  %2828 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2827, <16 x float> %2808, <16 x float> %acc123.02664.1)
  %2829 = getelementptr inbounds i8, ptr %gep3210.1, i64 2560
  %2830 = load float, ptr %2829, align 4
  %2831 = insertelement <16 x float> poison, float %2830, i64 0
  %2832 = shufflevector <16 x float> %2831, <16 x float> poison, <16 x i32> zeroinitializer
  %2833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2832, <16 x float> %2808, <16 x float> %acc124.02665.1)
  %2834 = getelementptr inbounds i8, ptr %gep3210.1, i64 2688
  %2835 = load float, ptr %2834, align 4
  %2836 = insertelement <16 x float> poison, float %2835, i64 0
  %2837 = shufflevector <16 x float> %2836, <16 x float> poison, <16 x i32> zeroinitializer
  %2838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2808, <16 x float> %acc125.02666.1)
  %2839 = getelementptr inbounds i8, ptr %gep3210.1, i64 2816
  %2840 = load float, ptr %2839, align 4
  %2841 = insertelement <16 x float> poison, float %2840, i64 0
  %2842 = shufflevector <16 x float> %2841, <16 x float> poison, <16 x i32> zeroinitializer
  %2843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2842, <16 x float> %2808, <16 x float> %acc126.02667.1)
  %2844 = getelementptr inbounds i8, ptr %gep3210.1, i64 2944
  %2845 = load float, ptr %2844, align 4
  %2846 = insertelement <16 x float> poison, float %2845, i64 0
  %2847 = shufflevector <16 x float> %2846, <16 x float> poison, <16 x i32> zeroinitializer
  %2848 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2847, <16 x float> %2808, <16 x float> %acc127.02668.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02669.1, 1
  %exitcond2982.not.1 = icmp eq i64 %p12.next.1, 32
  br i1 %exitcond2982.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %2849 = getelementptr inbounds i8, ptr %2757, i64 64
  store <16 x float> %2813, ptr %2849, align 4
  %2850 = getelementptr inbounds i8, ptr %2758, i64 832
  store <16 x float> %2818, ptr %2850, align 4
  %2851 = getelementptr inbounds i8, ptr %2758, i64 1280
  store <16 x float> %2823, ptr %2851, align 4
  %2852 = getelementptr inbounds i8, ptr %2758, i64 1728
  store <16 x float> %2828, ptr %2852, align 4
  %2853 = getelementptr inbounds i8, ptr %2758, i64 2176
  store <16 x float> %2833, ptr %2853, align 4
  %2854 = getelementptr inbounds i8, ptr %2758, i64 2624
  store <16 x float> %2838, ptr %2854, align 4
  %2855 = getelementptr inbounds i8, ptr %2758, i64 3072
  store <16 x float> %2843, ptr %2855, align 4
  %2856 = getelementptr inbounds i8, ptr %2758, i64 3520
  store <16 x float> %2848, ptr %2856, align 4
  br label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %2857 = shl nsw i64 %L, 1
  %2858 = shl nsw i64 %ci, 5
  br label %p13.head.preheader

t5.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv2987 = phi i64 [ %indvars.iv.next2988, %j36.exit ], [ 1, %i49.head.loopexit ]
  %t5.addr.02688 = phi i64 [ %t5.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %2859 = shl nuw nsw i64 %t5.addr.02688, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %2859, i64 1)
  %i50 = shl nuw nsw i64 %t5.addr.02688, 1
  %invariant.gep2676 = getelementptr float, ptr %invariant.gep2672, i64 %i50
  %.not2746 = icmp eq i64 %t5.addr.02688, 0
  br i1 %.not2746, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t5.body
  %.idx2414 = mul nuw nsw i64 %t5.addr.02688, 896
  %gep2673 = getelementptr inbounds i8, ptr %invariant.gep2672, i64 %.idx2414
  %xtraiter3546 = and i64 %umax, 7
  %2860 = icmp ult i64 %t5.addr.02688, 4
  br i1 %2860, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3548 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02678 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3549 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3549.next.7, %j35.body ]
  %2861 = getelementptr inbounds float, ptr %gep2673, i64 %j35.addr.02678
  %2862 = load float, ptr %2861, align 4
  %2863 = fneg float %2862
  store float %2863, ptr %2861, align 4
  %.idx2415 = mul nuw nsw i64 %j35.addr.02678, 448
  %gep2677 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415
  store float %2863, ptr %gep2677, align 4
  %j35.next = or disjoint i64 %j35.addr.02678, 1
  %2864 = getelementptr inbounds float, ptr %gep2673, i64 %j35.next
  %2865 = load float, ptr %2864, align 4
  %2866 = fneg float %2865
  store float %2866, ptr %2864, align 4
  %.idx2415.1 = mul nuw nsw i64 %j35.next, 448
  %gep2677.1 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.1
  store float %2866, ptr %gep2677.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02678, 2
  %2867 = getelementptr inbounds float, ptr %gep2673, i64 %j35.next.1
  %2868 = load float, ptr %2867, align 4
  %2869 = fneg float %2868
  store float %2869, ptr %2867, align 4
  %.idx2415.2 = mul nuw nsw i64 %j35.next.1, 448
  %gep2677.2 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.2
  store float %2869, ptr %gep2677.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02678, 3
  %2870 = getelementptr inbounds float, ptr %gep2673, i64 %j35.next.2
  %2871 = load float, ptr %2870, align 4
  %2872 = fneg float %2871
  store float %2872, ptr %2870, align 4
  %.idx2415.3 = mul nuw nsw i64 %j35.next.2, 448
  %gep2677.3 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.3
  store float %2872, ptr %gep2677.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02678, 4
  %2873 = getelementptr inbounds float, ptr %gep2673, i64 %j35.next.3
  %2874 = load float, ptr %2873, align 4
  %2875 = fneg float %2874
  store float %2875, ptr %2873, align 4
  %.idx2415.4 = mul nuw nsw i64 %j35.next.3, 448
  %gep2677.4 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.4
  store float %2875, ptr %gep2677.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02678, 5
  %2876 = getelementptr inbounds float, ptr %gep2673, i64 %j35.next.4
  %2877 = load float, ptr %2876, align 4
  %2878 = fneg float %2877
  store float %2878, ptr %2876, align 4
  %.idx2415.5 = mul nuw nsw i64 %j35.next.4, 448
  %gep2677.5 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.5
  store float %2878, ptr %gep2677.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02678, 6
  %2879 = getelementptr inbounds float, ptr %gep2673, i64 %j35.next.5
  %2880 = load float, ptr %2879, align 4
  %2881 = fneg float %2880
  store float %2881, ptr %2879, align 4
  %.idx2415.6 = mul nuw nsw i64 %j35.next.5, 448
  %gep2677.6 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.6
  store float %2881, ptr %gep2677.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02678, 7
  %2882 = getelementptr inbounds float, ptr %gep2673, i64 %j35.next.6
  %2883 = load float, ptr %2882, align 4
  %2884 = fneg float %2883
  store float %2884, ptr %2882, align 4
  %.idx2415.7 = mul nuw nsw i64 %j35.next.6, 448
  %gep2677.7 = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.7
  store float %2884, ptr %gep2677.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02678, 8
  %niter3549.next.7 = add i64 %niter3549, 8
  %niter3549.ncmp.7 = icmp eq i64 %niter3549.next.7, %unroll_iter3548
  br i1 %niter3549.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02678.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3547.not = icmp eq i64 %xtraiter3546, 0
  br i1 %lcmp.mod3547.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02678.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02678.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %2885 = getelementptr inbounds float, ptr %gep2673, i64 %j35.addr.02678.epil
  %2886 = load float, ptr %2885, align 4
  %2887 = fneg float %2886
  store float %2887, ptr %2885, align 4
  %.idx2415.epil = mul nuw nsw i64 %j35.addr.02678.epil, 448
  %gep2677.epil = getelementptr i8, ptr %invariant.gep2676, i64 %.idx2415.epil
  store float %2887, ptr %gep2677.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02678.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3546
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !2

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t5.body
  %.idx2411.pre-phi = phi i64 [ 0, %t5.body ], [ %.idx2414, %j35.body.epil ], [ %.idx2414, %j35.exit.loopexit.unr-lcssa ]
  %gep2685 = getelementptr inbounds i8, ptr %invariant.gep2672, i64 %.idx2411.pre-phi
  %2888 = getelementptr inbounds float, ptr %gep2685, i64 %i50
  store float 0.000000e+00, ptr %2888, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2412 = mul nuw nsw i64 %i51, 448
  %gep2687 = getelementptr inbounds i8, ptr %invariant.gep2672, i64 %.idx2412
  %invariant.gep2681 = getelementptr float, ptr %invariant.gep2672, i64 %i51
  %xtraiter3550 = and i64 %indvars.iv2987, 7
  %2889 = icmp ult i64 %t5.addr.02688, 4
  br i1 %2889, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3553 = and i64 %indvars.iv2987, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02683 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3554 = phi i64 [ 0, %j35.exit.new ], [ %niter3554.next.7, %j36.body ]
  %2890 = getelementptr inbounds float, ptr %gep2687, i64 %j36.addr.02683
  %2891 = load float, ptr %2890, align 4
  %2892 = fneg float %2891
  store float %2892, ptr %2890, align 4
  %.idx2413 = mul nuw nsw i64 %j36.addr.02683, 448
  %gep2682 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413
  store float %2892, ptr %gep2682, align 4
  %j36.next = or disjoint i64 %j36.addr.02683, 1
  %2893 = getelementptr inbounds float, ptr %gep2687, i64 %j36.next
  %2894 = load float, ptr %2893, align 4
  %2895 = fneg float %2894
  store float %2895, ptr %2893, align 4
  %.idx2413.1 = mul nuw nsw i64 %j36.next, 448
  %gep2682.1 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.1
  store float %2895, ptr %gep2682.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02683, 2
  %2896 = getelementptr inbounds float, ptr %gep2687, i64 %j36.next.1
  %2897 = load float, ptr %2896, align 4
  %2898 = fneg float %2897
  store float %2898, ptr %2896, align 4
  %.idx2413.2 = mul nuw nsw i64 %j36.next.1, 448
  %gep2682.2 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.2
  store float %2898, ptr %gep2682.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02683, 3
  %2899 = getelementptr inbounds float, ptr %gep2687, i64 %j36.next.2
  %2900 = load float, ptr %2899, align 4
  %2901 = fneg float %2900
  store float %2901, ptr %2899, align 4
  %.idx2413.3 = mul nuw nsw i64 %j36.next.2, 448
  %gep2682.3 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.3
  store float %2901, ptr %gep2682.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02683, 4
  %2902 = getelementptr inbounds float, ptr %gep2687, i64 %j36.next.3
  %2903 = load float, ptr %2902, align 4
  %2904 = fneg float %2903
  store float %2904, ptr %2902, align 4
  %.idx2413.4 = mul nuw nsw i64 %j36.next.3, 448
  %gep2682.4 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.4
  store float %2904, ptr %gep2682.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02683, 5
  %2905 = getelementptr inbounds float, ptr %gep2687, i64 %j36.next.4
  %2906 = load float, ptr %2905, align 4
  %2907 = fneg float %2906
  store float %2907, ptr %2905, align 4
  %.idx2413.5 = mul nuw nsw i64 %j36.next.4, 448
  %gep2682.5 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.5
  store float %2907, ptr %gep2682.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02683, 6
  %2908 = getelementptr inbounds float, ptr %gep2687, i64 %j36.next.5
  %2909 = load float, ptr %2908, align 4
  %2910 = fneg float %2909
  store float %2910, ptr %2908, align 4
  %.idx2413.6 = mul nuw nsw i64 %j36.next.5, 448
  %gep2682.6 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.6
  store float %2910, ptr %gep2682.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02683, 7
  %2911 = getelementptr inbounds float, ptr %gep2687, i64 %j36.next.6
  %2912 = load float, ptr %2911, align 4
  %2913 = fneg float %2912
  store float %2913, ptr %2911, align 4
  %.idx2413.7 = mul nuw nsw i64 %j36.next.6, 448
  %gep2682.7 = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.7
  store float %2913, ptr %gep2682.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02683, 8
  %niter3554.next.7 = add i64 %niter3554, 8
  %niter3554.ncmp.7 = icmp eq i64 %niter3554.next.7, %unroll_iter3553
  br i1 %niter3554.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02683.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3552.not = icmp eq i64 %xtraiter3550, 0
  br i1 %lcmp.mod3552.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02683.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02683.unr, %j36.exit.unr-lcssa ]
  %epil.iter3551 = phi i64 [ %epil.iter3551.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %2914 = getelementptr inbounds float, ptr %gep2687, i64 %j36.addr.02683.epil
  %2915 = load float, ptr %2914, align 4
  %2916 = fneg float %2915
  store float %2916, ptr %2914, align 4
  %.idx2413.epil = mul nuw nsw i64 %j36.addr.02683.epil, 448
  %gep2682.epil = getelementptr i8, ptr %invariant.gep2681, i64 %.idx2413.epil
  store float %2916, ptr %gep2682.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02683.epil, 1
  %epil.iter3551.next = add i64 %epil.iter3551, 1
  %epil.iter3551.cmp.not = icmp eq i64 %epil.iter3551.next, %xtraiter3550
  br i1 %epil.iter3551.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !4

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3212 = getelementptr inbounds i8, ptr %invariant.gep3211, i64 %.idx2412
  %2917 = getelementptr inbounds float, ptr %gep3212, i64 %i51
  store float 0.000000e+00, ptr %2917, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02688, 1
  %indvars.iv.next2988 = add nuw nsw i64 %indvars.iv2987, 2
  %exitcond2990.not = icmp eq i64 %t5.next, 16
  br i1 %exitcond2990.not, label %i52.head.preheader, label %t5.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1637
  %i52.addr.02706 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1637 ]
  %2918 = mul nuw nsw i64 %i52.addr.02706, 112
  %2919 = or disjoint i64 %2918, 112
  %2920 = getelementptr inbounds float, ptr %Ak, i64 %2919
  %.idx = mul nuw nsw i64 %i52.addr.02706, 448
  %2921 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2922 = getelementptr inbounds i8, ptr %2921, i64 896
  %2923 = getelementptr inbounds i8, ptr %2921, i64 1344
  %2924 = getelementptr inbounds i8, ptr %2921, i64 1792
  %2925 = getelementptr inbounds i8, ptr %2921, i64 2240
  %2926 = getelementptr inbounds i8, ptr %2921, i64 2688
  %2927 = getelementptr inbounds i8, ptr %2921, i64 3136
  br label %p13.body

i52.exit:                                         ; preds = %endif1637
  %cc.next = add nuw nsw i64 %cc.addr.02707, 1
  %indvars.iv.next2979 = add i64 %indvars.iv2978, 16
  %exitcond2993.not = icmp eq i64 %cc.next, %smax2992
  br i1 %exitcond2993.not, label %j38.head.preheader, label %cc.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02705 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc143.02704 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2982, %p13.body ]
  %acc142.02703 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2981, %p13.body ]
  %acc141.02702 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2976, %p13.body ]
  %acc140.02701 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2975, %p13.body ]
  %acc139.02700 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2970, %p13.body ]
  %acc138.02699 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2969, %p13.body ]
  %acc137.02698 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2964, %p13.body ]
  %acc136.02697 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2963, %p13.body ]
  %acc135.02696 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2958, %p13.body ]
  %acc134.02695 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2957, %p13.body ]
  %acc133.02694 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2952, %p13.body ]
  %acc132.02693 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2951, %p13.body ]
  %acc131.02692 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2946, %p13.body ]
  %acc130.02691 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2945, %p13.body ]
  %acc129.02690 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2940, %p13.body ]
  %acc128.02689 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2939, %p13.body ]
  %2928 = shl nuw nsw i64 %p13.addr.02705, 5
  %2929 = getelementptr inbounds float, ptr %Bk, i64 %2928
  %2930 = load <16 x float>, ptr %2929, align 4
  %2931 = or disjoint i64 %2928, 16
  %2932 = getelementptr inbounds float, ptr %Bk, i64 %2931
  %2933 = load <16 x float>, ptr %2932, align 4
  %2934 = or disjoint i64 %p13.addr.02705, %2918
  %2935 = getelementptr inbounds float, ptr %Ak, i64 %2934
  %2936 = load float, ptr %2935, align 4
  %2937 = insertelement <16 x float> poison, float %2936, i64 0
  %2938 = shufflevector <16 x float> %2937, <16 x float> poison, <16 x i32> zeroinitializer
  %2939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2930, <16 x float> %acc128.02689)
  %2940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2933, <16 x float> %acc129.02690)
  %2941 = getelementptr inbounds float, ptr %2920, i64 %p13.addr.02705
  %2942 = load float, ptr %2941, align 4
  %2943 = insertelement <16 x float> poison, float %2942, i64 0
  %2944 = shufflevector <16 x float> %2943, <16 x float> poison, <16 x i32> zeroinitializer
  %2945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2944, <16 x float> %2930, <16 x float> %acc130.02691)
  %2946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2944, <16 x float> %2933, <16 x float> %acc131.02692)
  %2947 = getelementptr inbounds float, ptr %2922, i64 %p13.addr.02705
  %2948 = load float, ptr %2947, align 4
  %2949 = insertelement <16 x float> poison, float %2948, i64 0
  %2950 = shufflevector <16 x float> %2949, <16 x float> poison, <16 x i32> zeroinitializer
  %2951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2950, <16 x float> %2930, <16 x float> %acc132.02693)
  %2952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2950, <16 x float> %2933, <16 x float> %acc133.02694)
  %2953 = getelementptr inbounds float, ptr %2923, i64 %p13.addr.02705
  %2954 = load float, ptr %2953, align 4
  %2955 = insertelement <16 x float> poison, float %2954, i64 0
  %2956 = shufflevector <16 x float> %2955, <16 x float> poison, <16 x i32> zeroinitializer
  %2957 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2956, <16 x float> %2930, <16 x float> %acc134.02695)
  %2958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2956, <16 x float> %2933, <16 x float> %acc135.02696)
  %2959 = getelementptr inbounds float, ptr %2924, i64 %p13.addr.02705
  %2960 = load float, ptr %2959, align 4
  %2961 = insertelement <16 x float> poison, float %2960, i64 0
  %2962 = shufflevector <16 x float> %2961, <16 x float> poison, <16 x i32> zeroinitializer
  %2963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2962, <16 x float> %2930, <16 x float> %acc136.02697)
  %2964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2962, <16 x float> %2933, <16 x float> %acc137.02698)
  %2965 = getelementptr inbounds float, ptr %2925, i64 %p13.addr.02705
  %2966 = load float, ptr %2965, align 4
  %2967 = insertelement <16 x float> poison, float %2966, i64 0
  %2968 = shufflevector <16 x float> %2967, <16 x float> poison, <16 x i32> zeroinitializer
  %2969 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2968, <16 x float> %2930, <16 x float> %acc138.02699)
  %2970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2968, <16 x float> %2933, <16 x float> %acc139.02700)
  %2971 = getelementptr inbounds float, ptr %2926, i64 %p13.addr.02705
  %2972 = load float, ptr %2971, align 4
  %2973 = insertelement <16 x float> poison, float %2972, i64 0
  %2974 = shufflevector <16 x float> %2973, <16 x float> poison, <16 x i32> zeroinitializer
  %2975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2974, <16 x float> %2930, <16 x float> %acc140.02701)
  %2976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2974, <16 x float> %2933, <16 x float> %acc141.02702)
  %2977 = getelementptr inbounds float, ptr %2927, i64 %p13.addr.02705
  %2978 = load float, ptr %2977, align 4
  %2979 = insertelement <16 x float> poison, float %2978, i64 0
  %2980 = shufflevector <16 x float> %2979, <16 x float> poison, <16 x i32> zeroinitializer
  %2981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2980, <16 x float> %2930, <16 x float> %acc142.02703)
  %2982 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2980, <16 x float> %2933, <16 x float> %acc143.02704)
  %p13.next = add nuw nsw i64 %p13.addr.02705, 1
  %exitcond2991.not = icmp eq i64 %p13.next, 112
  br i1 %exitcond2991.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2983 = icmp slt i64 %i52.addr.02706, %2857
  br i1 %2983, label %then1575, label %endif1581

then1575:                                         ; preds = %p13.exit
  %2984 = add nuw nsw i64 %i52.addr.02706, %2858
  %2985 = mul nsw i64 %2984, %sq
  %2986 = getelementptr inbounds float, ptr %kh1, i64 %2985
  store <16 x float> %2939, ptr %2986, align 4
  %2987 = or disjoint i64 %2985, 16
  %2988 = getelementptr inbounds float, ptr %kh1, i64 %2987
  store <16 x float> %2940, ptr %2988, align 4
  br label %endif1581

endif1581:                                        ; preds = %p13.exit, %then1575
  %2989 = or disjoint i64 %i52.addr.02706, 1
  %2990 = icmp slt i64 %2989, %2857
  br i1 %2990, label %then1583, label %endif1589

then1583:                                         ; preds = %endif1581
  %2991 = add nuw nsw i64 %2989, %2858
  %2992 = mul nsw i64 %2991, %sq
  %2993 = getelementptr inbounds float, ptr %kh1, i64 %2992
  store <16 x float> %2945, ptr %2993, align 4
  %2994 = or disjoint i64 %2992, 16
  %2995 = getelementptr inbounds float, ptr %kh1, i64 %2994
  store <16 x float> %2946, ptr %2995, align 4
  br label %endif1589

endif1589:                                        ; preds = %endif1581, %then1583
  %2996 = or disjoint i64 %i52.addr.02706, 2
  %2997 = icmp slt i64 %2996, %2857
  br i1 %2997, label %then1591, label %endif1597

then1591:                                         ; preds = %endif1589
  %2998 = add nuw nsw i64 %2996, %2858
  %2999 = mul nsw i64 %2998, %sq
  %3000 = getelementptr inbounds float, ptr %kh1, i64 %2999
  store <16 x float> %2951, ptr %3000, align 4
  %3001 = or disjoint i64 %2999, 16
  %3002 = getelementptr inbounds float, ptr %kh1, i64 %3001
  store <16 x float> %2952, ptr %3002, align 4
  br label %endif1597

endif1597:                                        ; preds = %endif1589, %then1591
  %3003 = or disjoint i64 %i52.addr.02706, 3
  %3004 = icmp slt i64 %3003, %2857
  br i1 %3004, label %then1599, label %endif1605

then1599:                                         ; preds = %endif1597
  %3005 = add nuw nsw i64 %3003, %2858
  %3006 = mul nsw i64 %3005, %sq
  %3007 = getelementptr inbounds float, ptr %kh1, i64 %3006
  store <16 x float> %2957, ptr %3007, align 4
  %3008 = or disjoint i64 %3006, 16
  %3009 = getelementptr inbounds float, ptr %kh1, i64 %3008
  store <16 x float> %2958, ptr %3009, align 4
  br label %endif1605

endif1605:                                        ; preds = %endif1597, %then1599
  %3010 = or disjoint i64 %i52.addr.02706, 4
  %3011 = icmp slt i64 %3010, %2857
  br i1 %3011, label %then1607, label %endif1613

then1607:                                         ; preds = %endif1605
  %3012 = add nuw nsw i64 %3010, %2858
  %3013 = mul nsw i64 %3012, %sq
  %3014 = getelementptr inbounds float, ptr %kh1, i64 %3013
  store <16 x float> %2963, ptr %3014, align 4
  %3015 = or disjoint i64 %3013, 16
  %3016 = getelementptr inbounds float, ptr %kh1, i64 %3015
  store <16 x float> %2964, ptr %3016, align 4
  br label %endif1613

endif1613:                                        ; preds = %endif1605, %then1607
  %3017 = or disjoint i64 %i52.addr.02706, 5
  %3018 = icmp slt i64 %3017, %2857
  br i1 %3018, label %then1615, label %endif1621

then1615:                                         ; preds = %endif1613
  %3019 = add nuw nsw i64 %3017, %2858
  %3020 = mul nsw i64 %3019, %sq
  %3021 = getelementptr inbounds float, ptr %kh1, i64 %3020
  store <16 x float> %2969, ptr %3021, align 4
  %3022 = or disjoint i64 %3020, 16
  %3023 = getelementptr inbounds float, ptr %kh1, i64 %3022
  store <16 x float> %2970, ptr %3023, align 4
  br label %endif1621

endif1621:                                        ; preds = %endif1613, %then1615
  %3024 = or disjoint i64 %i52.addr.02706, 6
  %3025 = icmp slt i64 %3024, %2857
  br i1 %3025, label %then1623, label %endif1629

then1623:                                         ; preds = %endif1621
  %3026 = add nuw nsw i64 %3024, %2858
  %3027 = mul nsw i64 %3026, %sq
  %3028 = getelementptr inbounds float, ptr %kh1, i64 %3027
  store <16 x float> %2975, ptr %3028, align 4
  %3029 = or disjoint i64 %3027, 16
  %3030 = getelementptr inbounds float, ptr %kh1, i64 %3029
  store <16 x float> %2976, ptr %3030, align 4
  br label %endif1629

endif1629:                                        ; preds = %endif1621, %then1623
  %3031 = or disjoint i64 %i52.addr.02706, 7
  %3032 = icmp slt i64 %3031, %2857
  br i1 %3032, label %then1631, label %endif1637

then1631:                                         ; preds = %endif1629
  %3033 = add nuw nsw i64 %3031, %2858
  %3034 = mul nsw i64 %3033, %sq
  %3035 = getelementptr inbounds float, ptr %kh1, i64 %3034
  store <16 x float> %2981, ptr %3035, align 4
  %3036 = or disjoint i64 %3034, 16
  %3037 = getelementptr inbounds float, ptr %kh1, i64 %3036
  store <16 x float> %2982, ptr %3037, align 4
  br label %endif1637

endif1637:                                        ; preds = %endif1629, %then1631
  %i52.next = add nuw nsw i64 %i52.addr.02706, 8
  %3038 = icmp ult i64 %i52.addr.02706, 24
  br i1 %3038, label %p13.head.preheader, label %i52.exit

j38.head.preheader:                               ; preds = %bh.body, %i52.exit
  %3039 = getelementptr i8, ptr %dh0, i64 %141
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3039, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995, i64 128, i1 false)
  %scevgep2994.1 = getelementptr i8, ptr %3039, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.1, i64 128, i1 false)
  %scevgep2994.2 = getelementptr i8, ptr %3039, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.2, i64 128, i1 false)
  %scevgep2994.3 = getelementptr i8, ptr %3039, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.3, i64 128, i1 false)
  %scevgep2994.4 = getelementptr i8, ptr %3039, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.4, i64 128, i1 false)
  %scevgep2994.5 = getelementptr i8, ptr %3039, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.5, i64 128, i1 false)
  %scevgep2994.6 = getelementptr i8, ptr %3039, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.6, i64 128, i1 false)
  %scevgep2994.7 = getelementptr i8, ptr %3039, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.7, i64 128, i1 false)
  %scevgep2994.8 = getelementptr i8, ptr %3039, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.8, i64 128, i1 false)
  %scevgep2994.9 = getelementptr i8, ptr %3039, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.9, i64 128, i1 false)
  %scevgep2994.10 = getelementptr i8, ptr %3039, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.10, i64 128, i1 false)
  %scevgep2994.11 = getelementptr i8, ptr %3039, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.11, i64 128, i1 false)
  %scevgep2994.12 = getelementptr i8, ptr %3039, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.12, i64 128, i1 false)
  %scevgep2994.13 = getelementptr i8, ptr %3039, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.13, i64 128, i1 false)
  %scevgep2994.14 = getelementptr i8, ptr %3039, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.14, i64 128, i1 false)
  %scevgep2994.15 = getelementptr i8, ptr %3039, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.15, i64 128, i1 false)
  %scevgep2994.16 = getelementptr i8, ptr %3039, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.16, i64 128, i1 false)
  %scevgep2994.17 = getelementptr i8, ptr %3039, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.17, i64 128, i1 false)
  %scevgep2994.18 = getelementptr i8, ptr %3039, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.18, i64 128, i1 false)
  %scevgep2994.19 = getelementptr i8, ptr %3039, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.19, i64 128, i1 false)
  %scevgep2994.20 = getelementptr i8, ptr %3039, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.20, i64 128, i1 false)
  %scevgep2994.21 = getelementptr i8, ptr %3039, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.21, i64 128, i1 false)
  %scevgep2994.22 = getelementptr i8, ptr %3039, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.22, i64 128, i1 false)
  %scevgep2994.23 = getelementptr i8, ptr %3039, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.23, i64 128, i1 false)
  %scevgep2994.24 = getelementptr i8, ptr %3039, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.24, i64 128, i1 false)
  %scevgep2994.25 = getelementptr i8, ptr %3039, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.25, i64 128, i1 false)
  %scevgep2994.26 = getelementptr i8, ptr %3039, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.26, i64 128, i1 false)
  %scevgep2994.27 = getelementptr i8, ptr %3039, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.27, i64 128, i1 false)
  %scevgep2994.28 = getelementptr i8, ptr %3039, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.28, i64 128, i1 false)
  %scevgep2994.29 = getelementptr i8, ptr %3039, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.29, i64 128, i1 false)
  %scevgep2994.30 = getelementptr i8, ptr %3039, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.30, i64 128, i1 false)
  %scevgep2994.31 = getelementptr i8, ptr %3039, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2994.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2995.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02710, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2997.not = icmp eq i64 %indvar.next, %21
  br i1 %exitcond2997.not, label %bh.exit, label %bh.body
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
!1 = !{!"llvm.loop.peeled.count", i32 2}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.unroll.disable"}
!4 = distinct !{!4, !3}
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
