; ---- dp_fwd_h2_k32_v32_r16_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r16_nogate_l2norm'
source_filename = "dp_fwd_h2_k32_v32_r16_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_fwd_h2_k32_v32_r16_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep269 = getelementptr i8, ptr %work, i64 4160
  %sv = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 7
  %gep268 = getelementptr i8, ptr %invariant.gep269, i64 %.idx
  %.idx205 = mul i64 %T, 384
  %gep270 = getelementptr i8, ptr %invariant.gep269, i64 %.idx205
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 15
  %nc = sdiv i64 %4, 16
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 12
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = getelementptr i8, ptr %hs, i64 %6
  %10 = getelementptr i8, ptr %gep268, i64 64
  %11 = getelementptr i8, ptr %work, i64 4224
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i11.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i11.head.preheader ]
  %bh.addr.0271 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i11.head.preheader ]
  %12 = add i64 %indvar, %bh0
  %13 = shl i64 %12, 12
  %scevgep315 = getelementptr i8, ptr %hT, i64 %13
  %14 = mul i64 %7, %indvar
  %scevgep307 = getelementptr i8, ptr %h0, i64 %13
  %b = sdiv i64 %bh.addr.0271, %H
  %h = srem i64 %bh.addr.0271, %H
  %15 = mul nsw i64 %b, %T
  %16 = mul nsw i64 %15, %H
  %bT = add nsw i64 %16, %h
  %17 = mul i64 %1, %15
  %18 = getelementptr float, ptr %beta, i64 %17
  %betah = getelementptr float, ptr %18, i64 %h
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %2, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep307, i64 4096, i1 false)
  br label %i11.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %19 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %19
  %invariant.gep207 = getelementptr float, ptr %k, i64 %19
  %invariant.gep209 = getelementptr float, ptr %v, i64 %19
  %20 = add nsw i64 %h, %H
  %21 = shl nsw i64 %20, 5
  %invariant.gep211 = getelementptr float, ptr %k, i64 %21
  %invariant.gep213 = getelementptr float, ptr %v, i64 %21
  br label %t.body

bh.exit:                                          ; preds = %i11.head.preheader, %entry
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep307, i64 4096, i1 false)
  br i1 %2, label %i1.head.preheader.lr.ph, label %i11.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0206 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %22 = add nuw nsw i64 %t.addr.0206, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %22, i64 %3)
  %23 = add nsw i64 %tp, %15
  %24 = mul nsw i64 %23, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %24
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %25 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %25, i32 0, i32 2, i32 1)
  %26 = mul nsw i64 %23, %k_ts
  %gep208 = getelementptr float, ptr %invariant.gep207, i64 %26
  tail call void @llvm.prefetch.p0(ptr %gep208, i32 0, i32 2, i32 1)
  %27 = getelementptr i8, ptr %gep208, i64 64
  tail call void @llvm.prefetch.p0(ptr %27, i32 0, i32 2, i32 1)
  %28 = mul nsw i64 %23, %v_ts
  %gep210 = getelementptr float, ptr %invariant.gep209, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep210, i32 0, i32 2, i32 1)
  %29 = getelementptr i8, ptr %gep210, i64 64
  tail call void @llvm.prefetch.p0(ptr %29, i32 0, i32 2, i32 1)
  %gep212 = getelementptr float, ptr %invariant.gep211, i64 %26
  tail call void @llvm.prefetch.p0(ptr %gep212, i32 0, i32 2, i32 1)
  %30 = getelementptr i8, ptr %gep212, i64 64
  tail call void @llvm.prefetch.p0(ptr %30, i32 0, i32 2, i32 1)
  %gep214 = getelementptr float, ptr %invariant.gep213, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep214, i32 0, i32 2, i32 1)
  %31 = getelementptr i8, ptr %gep214, i64 64
  tail call void @llvm.prefetch.p0(ptr %31, i32 0, i32 2, i32 1)
  %32 = add nsw i64 %t.addr.0206, %15
  %33 = mul nsw i64 %32, %q_ts
  %gep216 = getelementptr float, ptr %invariant.gep, i64 %33
  %34 = load <16 x float>, ptr %gep216, align 4
  %35 = getelementptr i8, ptr %gep216, i64 64
  %36 = load <16 x float>, ptr %35, align 4
  %37 = fmul <16 x float> %34, %34
  %38 = fmul <16 x float> %36, %36
  %39 = fadd <16 x float> %37, %38
  %40 = shufflevector <16 x float> %39, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %41 = shufflevector <16 x float> %39, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %42 = fadd <8 x float> %40, %41
  %43 = shufflevector <8 x float> %42, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %44 = shufflevector <8 x float> %42, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %45 = fadd <4 x float> %43, %44
  %46 = shufflevector <4 x float> %45, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %47 = shufflevector <4 x float> %45, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %48 = fadd <2 x float> %46, %47
  %shift = shufflevector <2 x float> %48, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %49 = fadd <2 x float> %48, %shift
  %50 = extractelement <2 x float> %49, i64 0
  %51 = fadd float %50, 0x3EB0C6F7A0000000
  %52 = tail call float @llvm.sqrt.f32(float %51)
  %53 = fdiv float 1.000000e+00, %52
  %54 = insertelement <16 x float> poison, float %53, i64 0
  %55 = shufflevector <16 x float> %54, <16 x float> poison, <16 x i32> zeroinitializer
  %56 = fmul <16 x float> %34, %55
  %57 = shl nsw i64 %t.addr.0206, 5
  %58 = getelementptr inbounds float, ptr %invariant.gep269, i64 %57
  store <16 x float> %56, ptr %58, align 4
  %59 = fmul <16 x float> %36, %55
  %60 = or disjoint i64 %57, 16
  %61 = getelementptr inbounds float, ptr %invariant.gep269, i64 %60
  store <16 x float> %59, ptr %61, align 4
  %62 = mul nsw i64 %32, %k_ts
  %gep218 = getelementptr float, ptr %invariant.gep207, i64 %62
  %63 = load <16 x float>, ptr %gep218, align 4
  %64 = getelementptr i8, ptr %gep218, i64 64
  %65 = load <16 x float>, ptr %64, align 4
  %66 = fmul <16 x float> %63, %63
  %67 = fmul <16 x float> %65, %65
  %68 = fadd <16 x float> %66, %67
  %69 = shufflevector <16 x float> %68, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %70 = shufflevector <16 x float> %68, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %71 = fadd <8 x float> %69, %70
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %73 = shufflevector <8 x float> %71, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %74 = fadd <4 x float> %72, %73
  %75 = shufflevector <4 x float> %74, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %76 = shufflevector <4 x float> %74, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %77 = fadd <2 x float> %75, %76
  %shift356 = shufflevector <2 x float> %77, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %78 = fadd <2 x float> %77, %shift356
  %79 = extractelement <2 x float> %78, i64 0
  %80 = fadd float %79, 0x3EB0C6F7A0000000
  %81 = tail call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  %83 = insertelement <16 x float> poison, float %82, i64 0
  %84 = shufflevector <16 x float> %83, <16 x float> poison, <16 x i32> zeroinitializer
  %85 = fmul <16 x float> %63, %84
  %86 = shl i64 %t.addr.0206, 6
  %87 = getelementptr inbounds float, ptr %gep268, i64 %86
  store <16 x float> %85, ptr %87, align 4
  %88 = fmul <16 x float> %65, %84
  %89 = or disjoint i64 %86, 16
  %90 = getelementptr inbounds float, ptr %gep268, i64 %89
  store <16 x float> %88, ptr %90, align 4
  %91 = mul nsw i64 %32, %v_ts
  %gep220 = getelementptr float, ptr %invariant.gep209, i64 %91
  %92 = load <16 x float>, ptr %gep220, align 4
  %93 = getelementptr i8, ptr %gep220, i64 64
  %94 = load <16 x float>, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %gep270, i64 %86
  store <16 x float> %92, ptr %95, align 4
  %96 = getelementptr inbounds float, ptr %gep270, i64 %89
  store <16 x float> %94, ptr %96, align 4
  %gep222 = getelementptr float, ptr %invariant.gep211, i64 %62
  %97 = load <16 x float>, ptr %gep222, align 4
  %98 = getelementptr i8, ptr %gep222, i64 64
  %99 = load <16 x float>, ptr %98, align 4
  %100 = fmul <16 x float> %97, %97
  %101 = fmul <16 x float> %99, %99
  %102 = fadd <16 x float> %100, %101
  %103 = shufflevector <16 x float> %102, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %104 = shufflevector <16 x float> %102, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %105 = fadd <8 x float> %103, %104
  %106 = shufflevector <8 x float> %105, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %107 = shufflevector <8 x float> %105, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %108 = fadd <4 x float> %106, %107
  %109 = shufflevector <4 x float> %108, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %110 = shufflevector <4 x float> %108, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %111 = fadd <2 x float> %109, %110
  %shift357 = shufflevector <2 x float> %111, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %112 = fadd <2 x float> %111, %shift357
  %113 = extractelement <2 x float> %112, i64 0
  %114 = fadd float %113, 0x3EB0C6F7A0000000
  %115 = tail call float @llvm.sqrt.f32(float %114)
  %116 = fdiv float 1.000000e+00, %115
  %117 = insertelement <16 x float> poison, float %116, i64 0
  %118 = shufflevector <16 x float> %117, <16 x float> poison, <16 x i32> zeroinitializer
  %119 = fmul <16 x float> %97, %118
  %120 = or disjoint i64 %86, 32
  %121 = getelementptr inbounds float, ptr %gep268, i64 %120
  store <16 x float> %119, ptr %121, align 4
  %122 = fmul <16 x float> %99, %118
  %123 = or disjoint i64 %86, 48
  %124 = getelementptr inbounds float, ptr %gep268, i64 %123
  store <16 x float> %122, ptr %124, align 4
  %gep224 = getelementptr float, ptr %invariant.gep213, i64 %91
  %125 = load <16 x float>, ptr %gep224, align 4
  %126 = getelementptr i8, ptr %gep224, i64 64
  %127 = load <16 x float>, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %gep270, i64 %120
  store <16 x float> %125, ptr %128, align 4
  %129 = getelementptr inbounds float, ptr %gep270, i64 %123
  store <16 x float> %127, ptr %129, align 4
  %t.next = add nuw nsw i64 %t.addr.0206, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

i1.head.preheader.lr.ph:                          ; preds = %i.head.preheader
  %130 = getelementptr i8, ptr %9, i64 %14
  br label %i1.head.preheader

i11.head.preheader:                               ; preds = %i10.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep315, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0271, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond316.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond316.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %i10.exit
  %ci.addr.0264 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %i10.exit ]
  %131 = shl i64 %ci.addr.0264, 12
  %scevgep309 = getelementptr i8, ptr %130, i64 %131
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep309, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0264, 4
  %132 = add nuw nsw i64 %t0, 16
  %133 = shl i64 %ci.addr.0264, 10
  %.idx274 = shl nsw i64 %ci.addr.0264, 11
  %invariant.gep333 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx274
  br label %i2.body

i3.head.preheader:                                ; preds = %i2.body
  %134 = getelementptr inbounds float, ptr %gep268, i64 %133
  %135 = load <16 x float>, ptr %134, align 4
  %136 = or disjoint i64 %133, 32
  %137 = getelementptr inbounds float, ptr %gep268, i64 %136
  %138 = load <16 x float>, ptr %137, align 4
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %138, <16 x float> zeroinitializer)
  %140 = or disjoint i64 %133, 16
  %141 = getelementptr inbounds float, ptr %gep268, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = or disjoint i64 %133, 48
  %144 = getelementptr inbounds float, ptr %gep268, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %142, <16 x float> %145, <16 x float> %139)
  %147 = shufflevector <16 x float> %146, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %148 = shufflevector <16 x float> %146, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %149 = fadd <8 x float> %147, %148
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %151 = shufflevector <8 x float> %149, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %152 = fadd <4 x float> %150, %151
  %153 = shufflevector <4 x float> %152, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %154 = shufflevector <4 x float> %152, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %155 = fadd <2 x float> %153, %154
  %156 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx274
  %157 = load <16 x float>, ptr %156, align 4
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %157, <16 x float> zeroinitializer)
  %159 = getelementptr i8, ptr %10, i64 %131
  %160 = load <16 x float>, ptr %159, align 4
  %161 = getelementptr inbounds i8, ptr %11, i64 %.idx274
  %162 = load <16 x float>, ptr %161, align 4
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %162, <16 x float> %158)
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %165 = shufflevector <16 x float> %163, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %166 = fadd <8 x float> %164, %165
  %167 = shufflevector <8 x float> %166, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %168 = shufflevector <8 x float> %166, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %169 = fadd <4 x float> %167, %168
  %170 = shufflevector <4 x float> %169, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %171 = shufflevector <4 x float> %169, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %172 = fadd <2 x float> %170, %171
  %173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %157, <16 x float> zeroinitializer)
  %174 = getelementptr i8, ptr %159, i64 128
  %175 = load <16 x float>, ptr %174, align 4
  %176 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %175, <16 x float> %162, <16 x float> %173)
  %t1 = tail call i64 @llvm.smin.i64(i64 %132, i64 %T)
  %shift358 = shufflevector <2 x float> %155, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %177 = fadd <2 x float> %155, %shift358
  %shift359 = shufflevector <2 x float> %172, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %178 = fadd <2 x float> %172, %shift359
  %179 = shufflevector <16 x float> %176, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %180 = shufflevector <16 x float> %176, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %181 = fadd <8 x float> %179, %180
  %182 = shufflevector <8 x float> %181, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %183 = shufflevector <8 x float> %181, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %184 = fadd <4 x float> %182, %183
  %185 = shufflevector <4 x float> %184, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %186 = shufflevector <4 x float> %184, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %187 = fadd <2 x float> %185, %186
  %shift360 = shufflevector <2 x float> %187, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %188 = fadd <2 x float> %187, %shift360
  %189 = shl nsw i64 %ci.addr.0264, 5
  %190 = mul nsw i64 %189, %H
  %191 = getelementptr inbounds float, ptr %betah, i64 %190
  %192 = load float, ptr %191, align 4
  %193 = getelementptr inbounds float, ptr %gep270, i64 %133
  %194 = load <16 x float>, ptr %193, align 4
  %195 = fsub <16 x float> %194, %274
  %196 = insertelement <16 x float> poison, float %192, i64 0
  %197 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %198 = fmul <16 x float> %197, %195
  %199 = or disjoint i64 %133, 16
  %200 = getelementptr inbounds float, ptr %gep270, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = fsub <16 x float> %201, %284
  %203 = fmul <16 x float> %197, %202
  %204 = or disjoint i64 %189, 1
  %205 = mul nsw i64 %204, %H
  %206 = getelementptr inbounds float, ptr %betah, i64 %205
  %207 = load float, ptr %206, align 4
  %208 = shl nsw i64 %204, 5
  %209 = getelementptr inbounds float, ptr %gep270, i64 %208
  %210 = load <16 x float>, ptr %209, align 4
  %211 = shufflevector <2 x float> %177, <2 x float> poison, <16 x i32> zeroinitializer
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %211, <16 x float> %198, <16 x float> %277)
  %213 = fsub <16 x float> %210, %212
  %214 = insertelement <16 x float> poison, float %207, i64 0
  %215 = shufflevector <16 x float> %214, <16 x float> poison, <16 x i32> zeroinitializer
  %216 = fmul <16 x float> %215, %213
  %217 = or disjoint i64 %208, 16
  %218 = getelementptr inbounds float, ptr %gep270, i64 %217
  %219 = load <16 x float>, ptr %218, align 4
  %220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %211, <16 x float> %203, <16 x float> %285)
  %221 = fsub <16 x float> %219, %220
  %222 = fmul <16 x float> %215, %221
  %223 = shufflevector <2 x float> %188, <2 x float> poison, <16 x i32> zeroinitializer
  %224 = shufflevector <2 x float> %178, <2 x float> poison, <16 x i32> zeroinitializer
  %225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %224, <16 x float> %198, <16 x float> %280)
  %226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %223, <16 x float> %216, <16 x float> %225)
  %227 = fmul <16 x float> %226, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %228 = mul nsw i64 %t0, %sv
  %229 = getelementptr inbounds float, ptr %oh, i64 %228
  store <16 x float> %227, ptr %229, align 4
  %230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %224, <16 x float> %203, <16 x float> %286)
  %231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %223, <16 x float> %222, <16 x float> %230)
  %232 = fmul <16 x float> %231, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %233 = or disjoint i64 %228, 16
  %234 = getelementptr inbounds float, ptr %oh, i64 %233
  store <16 x float> %232, ptr %234, align 4
  %235 = or disjoint i64 %t0, 1
  %236 = icmp slt i64 %235, %t1
  br i1 %236, label %i6.head.preheader, label %i10.head.preheader

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0235 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %274, %i2.body ]
  %acc1.0234 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %284, %i2.body ]
  %acc2.0233 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %277, %i2.body ]
  %acc3.0232 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %285, %i2.body ]
  %acc4.0231 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %280, %i2.body ]
  %acc5.0230 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %286, %i2.body ]
  %i2.addr.0229 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %237 = add nuw nsw i64 %i2.addr.0229, %133
  %238 = getelementptr inbounds float, ptr %gep268, i64 %237
  %239 = load float, ptr %238, align 4
  %240 = or disjoint i64 %237, 32
  %241 = getelementptr inbounds float, ptr %gep268, i64 %240
  %242 = load float, ptr %241, align 4
  %gep334 = getelementptr inbounds float, ptr %invariant.gep333, i64 %i2.addr.0229
  %243 = load float, ptr %gep334, align 4
  %244 = shl nuw nsw i64 %i2.addr.0229, 5
  %245 = getelementptr inbounds float, ptr %work, i64 %244
  %246 = load <16 x float>, ptr %245, align 4
  %247 = insertelement <16 x float> poison, float %239, i64 0
  %248 = shufflevector <16 x float> %247, <16 x float> poison, <16 x i32> zeroinitializer
  %249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %248, <16 x float> %246, <16 x float> %acc.0235)
  %250 = insertelement <16 x float> poison, float %242, i64 0
  %251 = shufflevector <16 x float> %250, <16 x float> poison, <16 x i32> zeroinitializer
  %252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %251, <16 x float> %246, <16 x float> %acc2.0233)
  %253 = insertelement <16 x float> poison, float %243, i64 0
  %254 = shufflevector <16 x float> %253, <16 x float> poison, <16 x i32> zeroinitializer
  %255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %254, <16 x float> %246, <16 x float> %acc4.0231)
  %256 = or disjoint i64 %244, 16
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %248, <16 x float> %258, <16 x float> %acc1.0234)
  %260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %251, <16 x float> %258, <16 x float> %acc3.0232)
  %261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %254, <16 x float> %258, <16 x float> %acc5.0230)
  %i2.next = or disjoint i64 %i2.addr.0229, 1
  %262 = add nuw nsw i64 %i2.next, %133
  %263 = getelementptr inbounds float, ptr %gep268, i64 %262
  %264 = load float, ptr %263, align 4
  %265 = or disjoint i64 %262, 32
  %266 = getelementptr inbounds float, ptr %gep268, i64 %265
  %267 = load float, ptr %266, align 4
  %gep334.1 = getelementptr inbounds float, ptr %invariant.gep333, i64 %i2.next
  %268 = load float, ptr %gep334.1, align 4
  %269 = shl nuw nsw i64 %i2.next, 5
  %270 = getelementptr inbounds float, ptr %work, i64 %269
  %271 = load <16 x float>, ptr %270, align 4
  %272 = insertelement <16 x float> poison, float %264, i64 0
  %273 = shufflevector <16 x float> %272, <16 x float> poison, <16 x i32> zeroinitializer
  %274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %273, <16 x float> %271, <16 x float> %249)
  %275 = insertelement <16 x float> poison, float %267, i64 0
  %276 = shufflevector <16 x float> %275, <16 x float> poison, <16 x i32> zeroinitializer
  %277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %276, <16 x float> %271, <16 x float> %252)
  %278 = insertelement <16 x float> poison, float %268, i64 0
  %279 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> %271, <16 x float> %255)
  %281 = or disjoint i64 %269, 16
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %273, <16 x float> %283, <16 x float> %259)
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %276, <16 x float> %283, <16 x float> %260)
  %286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> %283, <16 x float> %261)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0229, 2
  %exitcond310.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond310.not.1, label %i3.head.preheader, label %i2.body

i10.head.preheader:                               ; preds = %i7.head.preheader, %i3.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %222, %i3.head.preheader ], [ %376, %i7.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %216, %i3.head.preheader ], [ %370, %i7.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %203, %i3.head.preheader ], [ %357, %i7.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %198, %i3.head.preheader ], [ %352, %i7.head.preheader ]
  %.idx317 = shl i64 %t1, 8
  %invariant.gep339 = getelementptr i8, ptr %gep268, i64 %.idx317
  br label %i10.body

i6.head.preheader:                                ; preds = %i3.head.preheader, %i7.head.preheader
  %delta.0259 = phi <16 x float> [ %352, %i7.head.preheader ], [ %198, %i3.head.preheader ]
  %delta1.0258 = phi <16 x float> [ %357, %i7.head.preheader ], [ %203, %i3.head.preheader ]
  %delta2.0257 = phi <16 x float> [ %370, %i7.head.preheader ], [ %216, %i3.head.preheader ]
  %delta3.0256 = phi <16 x float> [ %376, %i7.head.preheader ], [ %222, %i3.head.preheader ]
  %t1.addr.0255 = phi i64 [ %t1.next, %i7.head.preheader ], [ %235, %i3.head.preheader ]
  %287 = shl i64 %t1.addr.0255, 6
  %invariant.gep335 = getelementptr float, ptr %gep268, i64 %287
  %.idx279 = shl nsw i64 %t1.addr.0255, 7
  %invariant.gep337 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx279
  br label %i6.body

i7.head.preheader:                                ; preds = %i6.body
  %288 = getelementptr inbounds float, ptr %gep268, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = or disjoint i64 %287, 32
  %291 = getelementptr inbounds float, ptr %gep268, i64 %290
  %292 = load <16 x float>, ptr %291, align 4
  %293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %289, <16 x float> %292, <16 x float> zeroinitializer)
  %294 = or disjoint i64 %287, 16
  %295 = getelementptr inbounds float, ptr %gep268, i64 %294
  %296 = load <16 x float>, ptr %295, align 4
  %297 = or disjoint i64 %287, 48
  %298 = getelementptr inbounds float, ptr %gep268, i64 %297
  %299 = load <16 x float>, ptr %298, align 4
  %300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %296, <16 x float> %299, <16 x float> %293)
  %301 = shufflevector <16 x float> %300, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %302 = shufflevector <16 x float> %300, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %303 = fadd <8 x float> %301, %302
  %304 = shufflevector <8 x float> %303, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %305 = shufflevector <8 x float> %303, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %306 = fadd <4 x float> %304, %305
  %307 = shufflevector <4 x float> %306, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %308 = shufflevector <4 x float> %306, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %309 = fadd <2 x float> %307, %308
  %.idx280 = shl i64 %t1.addr.0255, 8
  %310 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx279
  %311 = load <16 x float>, ptr %310, align 4
  %312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %289, <16 x float> %311, <16 x float> zeroinitializer)
  %313 = getelementptr i8, ptr %10, i64 %.idx280
  %314 = load <16 x float>, ptr %313, align 4
  %315 = getelementptr inbounds i8, ptr %11, i64 %.idx279
  %316 = load <16 x float>, ptr %315, align 4
  %317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %314, <16 x float> %316, <16 x float> %312)
  %318 = shufflevector <16 x float> %317, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %319 = shufflevector <16 x float> %317, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %320 = fadd <8 x float> %318, %319
  %321 = shufflevector <8 x float> %320, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %322 = shufflevector <8 x float> %320, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %323 = fadd <4 x float> %321, %322
  %324 = shufflevector <4 x float> %323, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %325 = shufflevector <4 x float> %323, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %326 = fadd <2 x float> %324, %325
  %327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %292, <16 x float> %311, <16 x float> zeroinitializer)
  %328 = getelementptr i8, ptr %313, i64 128
  %329 = load <16 x float>, ptr %328, align 4
  %330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %316, <16 x float> %327)
  %shift361 = shufflevector <2 x float> %309, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %331 = fadd <2 x float> %309, %shift361
  %shift362 = shufflevector <2 x float> %326, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %332 = fadd <2 x float> %326, %shift362
  %333 = shufflevector <16 x float> %330, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %334 = shufflevector <16 x float> %330, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %335 = fadd <8 x float> %333, %334
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %337 = shufflevector <8 x float> %335, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %338 = fadd <4 x float> %336, %337
  %339 = shufflevector <4 x float> %338, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %340 = shufflevector <4 x float> %338, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %341 = fadd <2 x float> %339, %340
  %shift363 = shufflevector <2 x float> %341, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %342 = fadd <2 x float> %341, %shift363
  %343 = shl nuw nsw i64 %t1.addr.0255, 1
  %344 = mul nsw i64 %343, %H
  %345 = getelementptr inbounds float, ptr %betah, i64 %344
  %346 = load float, ptr %345, align 4
  %347 = getelementptr inbounds float, ptr %gep270, i64 %287
  %348 = load <16 x float>, ptr %347, align 4
  %349 = fsub <16 x float> %348, %412
  %350 = insertelement <16 x float> poison, float %346, i64 0
  %351 = shufflevector <16 x float> %350, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = fmul <16 x float> %351, %349
  %353 = or disjoint i64 %287, 16
  %354 = getelementptr inbounds float, ptr %gep270, i64 %353
  %355 = load <16 x float>, ptr %354, align 4
  %356 = fsub <16 x float> %355, %424
  %357 = fmul <16 x float> %351, %356
  %358 = or disjoint i64 %343, 1
  %359 = mul nsw i64 %358, %H
  %360 = getelementptr inbounds float, ptr %betah, i64 %359
  %361 = load float, ptr %360, align 4
  %362 = shl nsw i64 %358, 5
  %363 = getelementptr inbounds float, ptr %gep270, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = shufflevector <2 x float> %331, <2 x float> poison, <16 x i32> zeroinitializer
  %366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %365, <16 x float> %352, <16 x float> %415)
  %367 = fsub <16 x float> %364, %366
  %368 = insertelement <16 x float> poison, float %361, i64 0
  %369 = shufflevector <16 x float> %368, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = fmul <16 x float> %369, %367
  %371 = or disjoint i64 %362, 16
  %372 = getelementptr inbounds float, ptr %gep270, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %365, <16 x float> %357, <16 x float> %425)
  %375 = fsub <16 x float> %373, %374
  %376 = fmul <16 x float> %369, %375
  %377 = shufflevector <2 x float> %342, <2 x float> poison, <16 x i32> zeroinitializer
  %378 = shufflevector <2 x float> %332, <2 x float> poison, <16 x i32> zeroinitializer
  %379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %378, <16 x float> %352, <16 x float> %418)
  %380 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %377, <16 x float> %370, <16 x float> %379)
  %381 = fmul <16 x float> %380, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %382 = mul nsw i64 %t1.addr.0255, %sv
  %383 = getelementptr inbounds float, ptr %oh, i64 %382
  store <16 x float> %381, ptr %383, align 4
  %384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %378, <16 x float> %357, <16 x float> %426)
  %385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %377, <16 x float> %376, <16 x float> %384)
  %386 = fmul <16 x float> %385, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %387 = or disjoint i64 %382, 16
  %388 = getelementptr inbounds float, ptr %oh, i64 %387
  store <16 x float> %386, ptr %388, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0255, 1
  %389 = icmp slt i64 %t1.next, %t1
  br i1 %389, label %i6.head.preheader, label %i10.head.preheader

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %i6.addr.0248 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %acc14.0247 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %426, %i6.body ]
  %acc13.0246 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %418, %i6.body ]
  %acc12.0245 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %425, %i6.body ]
  %acc11.0244 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %415, %i6.body ]
  %acc10.0243 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %424, %i6.body ]
  %acc9.0242 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %412, %i6.body ]
  %gep336 = getelementptr float, ptr %invariant.gep335, i64 %i6.addr.0248
  %390 = getelementptr i8, ptr %gep336, i64 -256
  %391 = load float, ptr %390, align 4
  %392 = getelementptr i8, ptr %gep336, i64 -128
  %393 = load float, ptr %392, align 4
  %394 = or disjoint i64 %i6.addr.0248, %287
  %395 = getelementptr inbounds float, ptr %gep268, i64 %394
  %396 = load float, ptr %395, align 4
  %397 = or disjoint i64 %394, 32
  %398 = getelementptr inbounds float, ptr %gep268, i64 %397
  %399 = load float, ptr %398, align 4
  %gep338 = getelementptr inbounds float, ptr %invariant.gep337, i64 %i6.addr.0248
  %400 = load float, ptr %gep338, align 4
  %401 = insertelement <16 x float> poison, float %393, i64 0
  %402 = shufflevector <16 x float> %401, <16 x float> poison, <16 x i32> zeroinitializer
  %403 = insertelement <16 x float> poison, float %391, i64 0
  %404 = shufflevector <16 x float> %403, <16 x float> poison, <16 x i32> zeroinitializer
  %405 = shl nuw nsw i64 %i6.addr.0248, 5
  %406 = getelementptr inbounds float, ptr %work, i64 %405
  %407 = load <16 x float>, ptr %406, align 4
  %408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %404, <16 x float> %delta.0259, <16 x float> %407)
  %409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %402, <16 x float> %delta2.0257, <16 x float> %408)
  store <16 x float> %409, ptr %406, align 4
  %410 = insertelement <16 x float> poison, float %396, i64 0
  %411 = shufflevector <16 x float> %410, <16 x float> poison, <16 x i32> zeroinitializer
  %412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %411, <16 x float> %409, <16 x float> %acc9.0242)
  %413 = insertelement <16 x float> poison, float %399, i64 0
  %414 = shufflevector <16 x float> %413, <16 x float> poison, <16 x i32> zeroinitializer
  %415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %414, <16 x float> %409, <16 x float> %acc11.0244)
  %416 = insertelement <16 x float> poison, float %400, i64 0
  %417 = shufflevector <16 x float> %416, <16 x float> poison, <16 x i32> zeroinitializer
  %418 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %417, <16 x float> %409, <16 x float> %acc13.0246)
  %419 = or disjoint i64 %405, 16
  %420 = getelementptr inbounds float, ptr %work, i64 %419
  %421 = load <16 x float>, ptr %420, align 4
  %422 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %404, <16 x float> %delta1.0258, <16 x float> %421)
  %423 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %402, <16 x float> %delta3.0256, <16 x float> %422)
  store <16 x float> %423, ptr %420, align 4
  %424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %411, <16 x float> %423, <16 x float> %acc10.0243)
  %425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %414, <16 x float> %423, <16 x float> %acc12.0245)
  %426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %417, <16 x float> %423, <16 x float> %acc14.0247)
  %i6.next = add nuw nsw i64 %i6.addr.0248, 1
  %exitcond311.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond311.not, label %i7.head.preheader, label %i6.body

i10.body:                                         ; preds = %i10.body, %i10.head.preheader
  %i10.addr.0263 = phi i64 [ 0, %i10.head.preheader ], [ %i10.next.1, %i10.body ]
  %gep340 = getelementptr float, ptr %invariant.gep339, i64 %i10.addr.0263
  %427 = getelementptr i8, ptr %gep340, i64 -256
  %428 = load float, ptr %427, align 4
  %429 = getelementptr i8, ptr %gep340, i64 -128
  %430 = load float, ptr %429, align 4
  %431 = insertelement <16 x float> poison, float %430, i64 0
  %432 = shufflevector <16 x float> %431, <16 x float> poison, <16 x i32> zeroinitializer
  %433 = insertelement <16 x float> poison, float %428, i64 0
  %434 = shufflevector <16 x float> %433, <16 x float> poison, <16 x i32> zeroinitializer
  %435 = shl nuw nsw i64 %i10.addr.0263, 5
  %436 = getelementptr inbounds float, ptr %work, i64 %435
  %437 = load <16 x float>, ptr %436, align 4
  %438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %434, <16 x float> %delta.0.lcssa, <16 x float> %437)
  %439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %432, <16 x float> %delta2.0.lcssa, <16 x float> %438)
  store <16 x float> %439, ptr %436, align 4
  %440 = or disjoint i64 %435, 16
  %441 = getelementptr inbounds float, ptr %work, i64 %440
  %442 = load <16 x float>, ptr %441, align 4
  %443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %434, <16 x float> %delta1.0.lcssa, <16 x float> %442)
  %444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %432, <16 x float> %delta3.0.lcssa, <16 x float> %443)
  store <16 x float> %444, ptr %441, align 4
  %i10.next = or disjoint i64 %i10.addr.0263, 1
  %gep340.1 = getelementptr float, ptr %invariant.gep339, i64 %i10.next
  %445 = getelementptr i8, ptr %gep340.1, i64 -256
  %446 = load float, ptr %445, align 4
  %447 = getelementptr i8, ptr %gep340.1, i64 -128
  %448 = load float, ptr %447, align 4
  %449 = insertelement <16 x float> poison, float %448, i64 0
  %450 = shufflevector <16 x float> %449, <16 x float> poison, <16 x i32> zeroinitializer
  %451 = insertelement <16 x float> poison, float %446, i64 0
  %452 = shufflevector <16 x float> %451, <16 x float> poison, <16 x i32> zeroinitializer
  %453 = shl nuw nsw i64 %i10.next, 5
  %454 = getelementptr inbounds float, ptr %work, i64 %453
  %455 = load <16 x float>, ptr %454, align 4
  %456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %452, <16 x float> %delta.0.lcssa, <16 x float> %455)
  %457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %450, <16 x float> %delta2.0.lcssa, <16 x float> %456)
  store <16 x float> %457, ptr %454, align 4
  %458 = or disjoint i64 %453, 16
  %459 = getelementptr inbounds float, ptr %work, i64 %458
  %460 = load <16 x float>, ptr %459, align 4
  %461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %452, <16 x float> %delta1.0.lcssa, <16 x float> %460)
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %450, <16 x float> %delta3.0.lcssa, <16 x float> %461)
  store <16 x float> %462, ptr %459, align 4
  %i10.next.1 = add nuw nsw i64 %i10.addr.0263, 2
  %exitcond312.not.1 = icmp eq i64 %i10.next.1, 32
  br i1 %exitcond312.not.1, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  %ci.next = add nuw nsw i64 %ci.addr.0264, 1
  %exitcond313.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond313.not, label %i11.head.preheader, label %i1.head.preheader
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
; ---- dp_bwd_h2_k32_v32_c16_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c16_nogate_l2norm'
source_filename = "dp_bwd_h2_k32_v32_c16_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h2_k32_v32_c16_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2862 = getelementptr i8, ptr %work, i64 90816
  %1 = shl i64 %H, 1
  %2 = shl nsw i64 %T, 5
  %gep2857 = getelementptr float, ptr %invariant.gep2862, i64 %2
  %3 = mul nsw i64 %T, 96
  %gep2859 = getelementptr float, ptr %invariant.gep2862, i64 %3
  %.idx2540 = mul i64 %T, 640
  %gep2861 = getelementptr i8, ptr %invariant.gep2862, i64 %.idx2540
  %dak = getelementptr float, ptr %gep2861, i64 %2
  %dav = getelementptr float, ptr %gep2861, i64 %3
  %.idx = mul i64 %T, 1280
  %gep2863 = getelementptr i8, ptr %invariant.gep2862, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep2863, i64 %T
  %4 = icmp sgt i64 %T, 0
  %5 = add nsw i64 %T, -1
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
  %6 = add nsw i64 %T, 15
  %nc = sdiv i64 %6, 16
  %invariant.gep2756 = getelementptr inbounds i8, ptr %work, i64 22720
  %invariant.gep2793 = getelementptr i8, ptr %work, i64 22848
  %7 = add nsw i64 %bh0, 1
  %8 = mul i64 %nc, %7
  %9 = shl i64 %8, 12
  %10 = add i64 %9, -4096
  %11 = shl i64 %nc, 12
  %12 = shl nsw i64 %nc, 4
  %13 = add i64 %12, 144115188075855856
  %14 = mul i64 %13, %H
  %15 = mul i64 %H, -2048
  %16 = shl i64 %H, 7
  %17 = add i64 %T, 16
  %18 = sub i64 %17, %12
  %smax3152 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %scevgep3058.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3058.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3058.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3058.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3058.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3058.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3058.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3058.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3058.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3058.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3058.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3058.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3058.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3058.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3058.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3058.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3058.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3058.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3058.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3058.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3058.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3058.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3058.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3058.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3058.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3058.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3058.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3058.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3058.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3058.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3058.31 = getelementptr i8, ptr %work, i64 7936
  %20 = getelementptr inbounds i8, ptr %work, i64 87688
  %21 = getelementptr inbounds i8, ptr %work, i64 87712
  %22 = getelementptr inbounds i8, ptr %work, i64 87720
  %23 = getelementptr inbounds i8, ptr %work, i64 87736
  %24 = getelementptr inbounds i8, ptr %work, i64 87740
  %25 = getelementptr inbounds i8, ptr %work, i64 87744
  %26 = getelementptr inbounds i8, ptr %work, i64 87776
  %invariant.gep3324 = getelementptr i8, ptr %work, i64 43008
  %invariant.gep3326 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3328 = getelementptr i8, ptr %work, i64 36864
  %invariant.gep3330 = getelementptr i8, ptr %work, i64 18432
  %invariant.gep3332 = getelementptr i8, ptr %work, i64 38912
  %invariant.gep3334 = getelementptr i8, ptr %work, i64 69632
  %invariant.gep3336 = getelementptr i8, ptr %work, i64 18560
  %invariant.gep3338 = getelementptr i8, ptr %work, i64 39040
  %invariant.gep3340 = getelementptr i8, ptr %work, i64 69760
  %27 = getelementptr i8, ptr %work, i64 90880
  %invariant.gep3342 = getelementptr inbounds i8, ptr %work, i64 18432
  %invariant.gep3344 = getelementptr inbounds i8, ptr %work, i64 38912
  %28 = getelementptr i8, ptr %gep2857, i64 64
  %invariant.gep3346 = getelementptr inbounds i8, ptr %work, i64 18496
  %invariant.gep3348 = getelementptr inbounds i8, ptr %work, i64 38976
  %29 = getelementptr i8, ptr %gep2859, i64 64
  %30 = getelementptr inbounds i8, ptr %work, i64 69696
  %invariant.gep3350 = getelementptr inbounds i8, ptr %work, i64 18432
  %invariant.gep3352 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3354 = getelementptr inbounds i8, ptr %work, i64 18496
  %invariant.gep3356 = getelementptr inbounds i8, ptr %work, i64 38976
  %31 = getelementptr inbounds i8, ptr %work, i64 69696
  %32 = getelementptr inbounds i8, ptr %work, i64 61504
  %33 = getelementptr inbounds i8, ptr %work, i64 81984
  %34 = getelementptr inbounds i8, ptr %work, i64 82048
  %35 = getelementptr inbounds i8, ptr %work, i64 87744
  %36 = getelementptr inbounds i8, ptr %work, i64 82112
  %37 = getelementptr inbounds i8, ptr %work, i64 82176
  %38 = getelementptr inbounds i8, ptr %work, i64 87808
  %39 = getelementptr inbounds i8, ptr %work, i64 82240
  %40 = getelementptr inbounds i8, ptr %work, i64 82304
  %41 = getelementptr inbounds i8, ptr %work, i64 87872
  %42 = getelementptr inbounds i8, ptr %work, i64 82368
  %43 = getelementptr inbounds i8, ptr %work, i64 82432
  %44 = getelementptr inbounds i8, ptr %work, i64 87936
  %45 = getelementptr inbounds i8, ptr %work, i64 82496
  %46 = getelementptr inbounds i8, ptr %work, i64 82560
  %47 = getelementptr inbounds i8, ptr %work, i64 88000
  %48 = getelementptr inbounds i8, ptr %work, i64 82624
  %49 = getelementptr inbounds i8, ptr %work, i64 82688
  %50 = getelementptr inbounds i8, ptr %work, i64 88064
  %51 = getelementptr inbounds i8, ptr %work, i64 82752
  %52 = getelementptr inbounds i8, ptr %work, i64 82816
  %53 = getelementptr inbounds i8, ptr %work, i64 88128
  %54 = getelementptr inbounds i8, ptr %work, i64 82880
  %55 = getelementptr inbounds i8, ptr %work, i64 82944
  %56 = getelementptr inbounds i8, ptr %work, i64 88192
  %57 = getelementptr inbounds i8, ptr %work, i64 83008
  %58 = getelementptr inbounds i8, ptr %work, i64 83072
  %59 = getelementptr inbounds i8, ptr %work, i64 88256
  %60 = getelementptr inbounds i8, ptr %work, i64 83136
  %61 = getelementptr inbounds i8, ptr %work, i64 83200
  %62 = getelementptr inbounds i8, ptr %work, i64 88320
  %63 = getelementptr inbounds i8, ptr %work, i64 83264
  %64 = getelementptr inbounds i8, ptr %work, i64 83328
  %65 = getelementptr inbounds i8, ptr %work, i64 88384
  %66 = getelementptr inbounds i8, ptr %work, i64 83392
  %67 = getelementptr inbounds i8, ptr %work, i64 83456
  %68 = getelementptr inbounds i8, ptr %work, i64 88448
  %69 = getelementptr inbounds i8, ptr %work, i64 83520
  %70 = getelementptr inbounds i8, ptr %work, i64 83584
  %71 = getelementptr inbounds i8, ptr %work, i64 88512
  %72 = getelementptr inbounds i8, ptr %work, i64 83648
  %73 = getelementptr inbounds i8, ptr %work, i64 83712
  %74 = getelementptr inbounds i8, ptr %work, i64 88576
  %75 = getelementptr inbounds i8, ptr %work, i64 83776
  %76 = getelementptr inbounds i8, ptr %work, i64 83840
  %77 = getelementptr inbounds i8, ptr %work, i64 88640
  %78 = getelementptr inbounds i8, ptr %work, i64 83904
  %invariant.gep3366 = getelementptr inbounds i8, ptr %work, i64 61568
  %invariant.gep3368 = getelementptr inbounds i8, ptr %work, i64 45056
  %invariant.gep3372 = getelementptr inbounds i8, ptr %work, i64 45120
  %79 = getelementptr inbounds i8, ptr %work, i64 22784
  %80 = getelementptr inbounds i8, ptr %work, i64 23232
  %81 = getelementptr inbounds i8, ptr %work, i64 23680
  %82 = getelementptr inbounds i8, ptr %work, i64 24128
  %83 = getelementptr inbounds i8, ptr %work, i64 24576
  %84 = getelementptr inbounds i8, ptr %work, i64 25024
  %85 = getelementptr inbounds i8, ptr %work, i64 25472
  %86 = getelementptr inbounds i8, ptr %work, i64 25920
  %87 = getelementptr inbounds i8, ptr %work, i64 26368
  %88 = getelementptr inbounds i8, ptr %work, i64 26816
  %89 = getelementptr inbounds i8, ptr %work, i64 27264
  %90 = getelementptr inbounds i8, ptr %work, i64 27712
  %91 = getelementptr inbounds i8, ptr %work, i64 28160
  %92 = getelementptr inbounds i8, ptr %work, i64 28608
  %93 = getelementptr inbounds i8, ptr %work, i64 29056
  %94 = getelementptr inbounds i8, ptr %work, i64 29504
  %95 = getelementptr inbounds i8, ptr %work, i64 29952
  %96 = getelementptr inbounds i8, ptr %work, i64 30400
  %97 = getelementptr inbounds i8, ptr %work, i64 30848
  %98 = getelementptr inbounds i8, ptr %work, i64 31296
  %99 = getelementptr inbounds i8, ptr %work, i64 31744
  %100 = getelementptr inbounds i8, ptr %work, i64 32192
  %101 = getelementptr inbounds i8, ptr %work, i64 32640
  %102 = getelementptr inbounds i8, ptr %work, i64 33088
  %103 = getelementptr inbounds i8, ptr %work, i64 33536
  %104 = getelementptr inbounds i8, ptr %work, i64 33984
  %105 = getelementptr inbounds i8, ptr %work, i64 34432
  %106 = getelementptr inbounds i8, ptr %work, i64 34880
  %107 = getelementptr inbounds i8, ptr %work, i64 35328
  %108 = getelementptr inbounds i8, ptr %work, i64 35776
  %109 = getelementptr inbounds i8, ptr %work, i64 36224
  %110 = getelementptr inbounds i8, ptr %work, i64 36672
  %111 = getelementptr inbounds i8, ptr %work, i64 84032
  %112 = getelementptr inbounds i8, ptr %work, i64 84096
  %113 = getelementptr inbounds i8, ptr %work, i64 84160
  %114 = getelementptr inbounds i8, ptr %work, i64 84224
  %115 = getelementptr inbounds i8, ptr %work, i64 84288
  %116 = getelementptr inbounds i8, ptr %work, i64 84352
  %117 = getelementptr inbounds i8, ptr %work, i64 84416
  %118 = getelementptr inbounds i8, ptr %work, i64 84480
  %119 = getelementptr inbounds i8, ptr %work, i64 84544
  %120 = getelementptr inbounds i8, ptr %work, i64 84608
  %121 = getelementptr inbounds i8, ptr %work, i64 84672
  %122 = getelementptr inbounds i8, ptr %work, i64 84736
  %123 = getelementptr inbounds i8, ptr %work, i64 84800
  %124 = getelementptr inbounds i8, ptr %work, i64 84864
  %125 = getelementptr inbounds i8, ptr %work, i64 84928
  %126 = getelementptr inbounds i8, ptr %work, i64 84992
  %127 = getelementptr inbounds i8, ptr %work, i64 85056
  %128 = getelementptr inbounds i8, ptr %work, i64 85120
  %129 = getelementptr inbounds i8, ptr %work, i64 85184
  %130 = getelementptr inbounds i8, ptr %work, i64 85248
  %131 = getelementptr inbounds i8, ptr %work, i64 85312
  %132 = getelementptr inbounds i8, ptr %work, i64 85376
  %133 = getelementptr inbounds i8, ptr %work, i64 85440
  %134 = getelementptr inbounds i8, ptr %work, i64 85504
  %135 = getelementptr inbounds i8, ptr %work, i64 85568
  %136 = getelementptr inbounds i8, ptr %work, i64 85632
  %137 = getelementptr inbounds i8, ptr %work, i64 85696
  %138 = getelementptr inbounds i8, ptr %work, i64 85760
  %139 = getelementptr inbounds i8, ptr %work, i64 85824
  %140 = getelementptr inbounds i8, ptr %work, i64 85888
  %141 = getelementptr inbounds i8, ptr %work, i64 85952
  %invariant.gep3374 = getelementptr inbounds i8, ptr %work, i64 45056
  %142 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3378 = getelementptr inbounds i8, ptr %work, i64 45056
  %invariant.gep3384 = getelementptr inbounds i8, ptr %work, i64 22848
  %scevgep3155 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep2608.1 = getelementptr inbounds i8, ptr %work, i64 49216
  %invariant.gep3370 = getelementptr inbounds i8, ptr %work, i64 61632
  %gep3367.1 = getelementptr inbounds i8, ptr %work, i64 61824
  %gep3369.1 = getelementptr inbounds i8, ptr %work, i64 45184
  %gep3371.1 = getelementptr inbounds i8, ptr %work, i64 61888
  %gep3373.1 = getelementptr inbounds i8, ptr %work, i64 45248
  %gep3367.2 = getelementptr inbounds i8, ptr %work, i64 62080
  %gep3369.2 = getelementptr inbounds i8, ptr %work, i64 45312
  %gep3371.2 = getelementptr inbounds i8, ptr %work, i64 62144
  %gep3373.2 = getelementptr inbounds i8, ptr %work, i64 45376
  %gep3367.3 = getelementptr inbounds i8, ptr %work, i64 62336
  %gep3369.3 = getelementptr inbounds i8, ptr %work, i64 45440
  %gep3371.3 = getelementptr inbounds i8, ptr %work, i64 62400
  %gep3373.3 = getelementptr inbounds i8, ptr %work, i64 45504
  %gep3367.4 = getelementptr inbounds i8, ptr %work, i64 62592
  %gep3369.4 = getelementptr inbounds i8, ptr %work, i64 45568
  %gep3371.4 = getelementptr inbounds i8, ptr %work, i64 62656
  %gep3373.4 = getelementptr inbounds i8, ptr %work, i64 45632
  %gep3367.5 = getelementptr inbounds i8, ptr %work, i64 62848
  %gep3369.5 = getelementptr inbounds i8, ptr %work, i64 45696
  %gep3371.5 = getelementptr inbounds i8, ptr %work, i64 62912
  %gep3373.5 = getelementptr inbounds i8, ptr %work, i64 45760
  %gep3367.6 = getelementptr inbounds i8, ptr %work, i64 63104
  %gep3369.6 = getelementptr inbounds i8, ptr %work, i64 45824
  %gep3371.6 = getelementptr inbounds i8, ptr %work, i64 63168
  %gep3373.6 = getelementptr inbounds i8, ptr %work, i64 45888
  %gep3367.7 = getelementptr inbounds i8, ptr %work, i64 63360
  %gep3369.7 = getelementptr inbounds i8, ptr %work, i64 45952
  %gep3371.7 = getelementptr inbounds i8, ptr %work, i64 63424
  %gep3373.7 = getelementptr inbounds i8, ptr %work, i64 46016
  %gep3367.8 = getelementptr inbounds i8, ptr %work, i64 63616
  %gep3369.8 = getelementptr inbounds i8, ptr %work, i64 46080
  %gep3371.8 = getelementptr inbounds i8, ptr %work, i64 63680
  %gep3373.8 = getelementptr inbounds i8, ptr %work, i64 46144
  %gep3367.9 = getelementptr inbounds i8, ptr %work, i64 63872
  %gep3369.9 = getelementptr inbounds i8, ptr %work, i64 46208
  %gep3371.9 = getelementptr inbounds i8, ptr %work, i64 63936
  %gep3373.9 = getelementptr inbounds i8, ptr %work, i64 46272
  %gep3367.10 = getelementptr inbounds i8, ptr %work, i64 64128
  %gep3369.10 = getelementptr inbounds i8, ptr %work, i64 46336
  %gep3371.10 = getelementptr inbounds i8, ptr %work, i64 64192
  %gep3373.10 = getelementptr inbounds i8, ptr %work, i64 46400
  %gep3367.11 = getelementptr inbounds i8, ptr %work, i64 64384
  %gep3369.11 = getelementptr inbounds i8, ptr %work, i64 46464
  %gep3371.11 = getelementptr inbounds i8, ptr %work, i64 64448
  %gep3373.11 = getelementptr inbounds i8, ptr %work, i64 46528
  %gep3367.12 = getelementptr inbounds i8, ptr %work, i64 64640
  %gep3369.12 = getelementptr inbounds i8, ptr %work, i64 46592
  %gep3371.12 = getelementptr inbounds i8, ptr %work, i64 64704
  %gep3373.12 = getelementptr inbounds i8, ptr %work, i64 46656
  %gep3367.13 = getelementptr inbounds i8, ptr %work, i64 64896
  %gep3369.13 = getelementptr inbounds i8, ptr %work, i64 46720
  %gep3371.13 = getelementptr inbounds i8, ptr %work, i64 64960
  %gep3373.13 = getelementptr inbounds i8, ptr %work, i64 46784
  %gep3367.14 = getelementptr inbounds i8, ptr %work, i64 65152
  %gep3369.14 = getelementptr inbounds i8, ptr %work, i64 46848
  %gep3371.14 = getelementptr inbounds i8, ptr %work, i64 65216
  %gep3373.14 = getelementptr inbounds i8, ptr %work, i64 46912
  %gep3367.15 = getelementptr inbounds i8, ptr %work, i64 65408
  %gep3369.15 = getelementptr inbounds i8, ptr %work, i64 46976
  %gep3371.15 = getelementptr inbounds i8, ptr %work, i64 65472
  %gep3373.15 = getelementptr inbounds i8, ptr %work, i64 47040
  %gep3367.16 = getelementptr inbounds i8, ptr %work, i64 65664
  %gep3369.16 = getelementptr inbounds i8, ptr %work, i64 47104
  %gep3371.16 = getelementptr inbounds i8, ptr %work, i64 65728
  %gep3373.16 = getelementptr inbounds i8, ptr %work, i64 47168
  %gep3367.17 = getelementptr inbounds i8, ptr %work, i64 65920
  %gep3369.17 = getelementptr inbounds i8, ptr %work, i64 47232
  %gep3371.17 = getelementptr inbounds i8, ptr %work, i64 65984
  %gep3373.17 = getelementptr inbounds i8, ptr %work, i64 47296
  %gep3367.18 = getelementptr inbounds i8, ptr %work, i64 66176
  %gep3369.18 = getelementptr inbounds i8, ptr %work, i64 47360
  %gep3371.18 = getelementptr inbounds i8, ptr %work, i64 66240
  %gep3373.18 = getelementptr inbounds i8, ptr %work, i64 47424
  %gep3367.19 = getelementptr inbounds i8, ptr %work, i64 66432
  %gep3369.19 = getelementptr inbounds i8, ptr %work, i64 47488
  %gep3371.19 = getelementptr inbounds i8, ptr %work, i64 66496
  %gep3373.19 = getelementptr inbounds i8, ptr %work, i64 47552
  %gep3367.20 = getelementptr inbounds i8, ptr %work, i64 66688
  %gep3369.20 = getelementptr inbounds i8, ptr %work, i64 47616
  %gep3371.20 = getelementptr inbounds i8, ptr %work, i64 66752
  %gep3373.20 = getelementptr inbounds i8, ptr %work, i64 47680
  %gep3367.21 = getelementptr inbounds i8, ptr %work, i64 66944
  %gep3369.21 = getelementptr inbounds i8, ptr %work, i64 47744
  %gep3371.21 = getelementptr inbounds i8, ptr %work, i64 67008
  %gep3373.21 = getelementptr inbounds i8, ptr %work, i64 47808
  %gep3367.22 = getelementptr inbounds i8, ptr %work, i64 67200
  %gep3369.22 = getelementptr inbounds i8, ptr %work, i64 47872
  %gep3371.22 = getelementptr inbounds i8, ptr %work, i64 67264
  %gep3373.22 = getelementptr inbounds i8, ptr %work, i64 47936
  %gep3367.23 = getelementptr inbounds i8, ptr %work, i64 67456
  %gep3369.23 = getelementptr inbounds i8, ptr %work, i64 48000
  %gep3371.23 = getelementptr inbounds i8, ptr %work, i64 67520
  %gep3373.23 = getelementptr inbounds i8, ptr %work, i64 48064
  %gep3367.24 = getelementptr inbounds i8, ptr %work, i64 67712
  %gep3369.24 = getelementptr inbounds i8, ptr %work, i64 48128
  %gep3371.24 = getelementptr inbounds i8, ptr %work, i64 67776
  %gep3373.24 = getelementptr inbounds i8, ptr %work, i64 48192
  %gep3367.25 = getelementptr inbounds i8, ptr %work, i64 67968
  %gep3369.25 = getelementptr inbounds i8, ptr %work, i64 48256
  %gep3371.25 = getelementptr inbounds i8, ptr %work, i64 68032
  %gep3373.25 = getelementptr inbounds i8, ptr %work, i64 48320
  %gep3367.26 = getelementptr inbounds i8, ptr %work, i64 68224
  %gep3369.26 = getelementptr inbounds i8, ptr %work, i64 48384
  %gep3371.26 = getelementptr inbounds i8, ptr %work, i64 68288
  %gep3373.26 = getelementptr inbounds i8, ptr %work, i64 48448
  %gep3367.27 = getelementptr inbounds i8, ptr %work, i64 68480
  %gep3369.27 = getelementptr inbounds i8, ptr %work, i64 48512
  %gep3371.27 = getelementptr inbounds i8, ptr %work, i64 68544
  %gep3373.27 = getelementptr inbounds i8, ptr %work, i64 48576
  %gep3367.28 = getelementptr inbounds i8, ptr %work, i64 68736
  %gep3369.28 = getelementptr inbounds i8, ptr %work, i64 48640
  %gep3371.28 = getelementptr inbounds i8, ptr %work, i64 68800
  %gep3373.28 = getelementptr inbounds i8, ptr %work, i64 48704
  %gep3367.29 = getelementptr inbounds i8, ptr %work, i64 68992
  %gep3369.29 = getelementptr inbounds i8, ptr %work, i64 48768
  %gep3371.29 = getelementptr inbounds i8, ptr %work, i64 69056
  %gep3373.29 = getelementptr inbounds i8, ptr %work, i64 48832
  %gep3367.30 = getelementptr inbounds i8, ptr %work, i64 69248
  %gep3369.30 = getelementptr inbounds i8, ptr %work, i64 48896
  %gep3371.30 = getelementptr inbounds i8, ptr %work, i64 69312
  %gep3373.30 = getelementptr inbounds i8, ptr %work, i64 48960
  %gep3367.31 = getelementptr inbounds i8, ptr %work, i64 69504
  %gep3369.31 = getelementptr inbounds i8, ptr %work, i64 49024
  %gep3371.31 = getelementptr inbounds i8, ptr %work, i64 69568
  %gep3373.31 = getelementptr inbounds i8, ptr %work, i64 49088
  %invariant.gep3376 = getelementptr inbounds i8, ptr %work, i64 45120
  %invariant.gep3380 = getelementptr inbounds i8, ptr %work, i64 45120
  %invariant.gep2780.1 = getelementptr inbounds i8, ptr %work, i64 77888
  %scevgep3155.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3155.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3155.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3155.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3155.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3155.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3155.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3155.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3155.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3155.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3155.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3155.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3155.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3155.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3155.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3155.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3155.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3155.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3155.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3155.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3155.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3155.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3155.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3155.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3155.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3155.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3155.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3155.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3155.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3155.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3155.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02864 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %143 = add i64 %indvar, %bh0
  %144 = shl i64 %143, 12
  %145 = mul i64 %11, %indvar
  %146 = add i64 %10, %145
  %b = sdiv i64 %bh.addr.02864, %H
  %h = srem i64 %bh.addr.02864, %H
  %147 = mul i64 %b, %T
  %148 = mul i64 %147, %H
  %bT = add i64 %148, %h
  %149 = mul i64 %1, %147
  %bTn = add nsw i64 %149, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  br i1 %4, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %150 = shl nsw i64 %h, 5
  %invariant.gep2558 = getelementptr float, ptr %q, i64 %150
  %invariant.gep2560 = getelementptr float, ptr %k, i64 %150
  %invariant.gep2562 = getelementptr float, ptr %v, i64 %150
  %151 = add nsw i64 %h, %H
  %152 = shl nsw i64 %151, 5
  %invariant.gep2564 = getelementptr float, ptr %k, i64 %152
  %invariant.gep2566 = getelementptr float, ptr %v, i64 %152
  br label %t.body

bh.exit:                                          ; preds = %j38.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02557 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %153 = add nuw nsw i64 %t.addr.02557, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %153, i64 %5)
  %154 = add nsw i64 %tp, %147
  %155 = mul nsw i64 %154, %q_ts
  %gep2559 = getelementptr float, ptr %invariant.gep2558, i64 %155
  tail call void @llvm.prefetch.p0(ptr %gep2559, i32 0, i32 2, i32 1)
  %156 = getelementptr i8, ptr %gep2559, i64 64
  tail call void @llvm.prefetch.p0(ptr %156, i32 0, i32 2, i32 1)
  %157 = mul nsw i64 %154, %k_ts
  %gep2561 = getelementptr float, ptr %invariant.gep2560, i64 %157
  tail call void @llvm.prefetch.p0(ptr %gep2561, i32 0, i32 2, i32 1)
  %158 = getelementptr i8, ptr %gep2561, i64 64
  tail call void @llvm.prefetch.p0(ptr %158, i32 0, i32 2, i32 1)
  %159 = mul nsw i64 %154, %v_ts
  %gep2563 = getelementptr float, ptr %invariant.gep2562, i64 %159
  tail call void @llvm.prefetch.p0(ptr %gep2563, i32 0, i32 2, i32 1)
  %160 = getelementptr i8, ptr %gep2563, i64 64
  tail call void @llvm.prefetch.p0(ptr %160, i32 0, i32 2, i32 1)
  %gep2565 = getelementptr float, ptr %invariant.gep2564, i64 %157
  tail call void @llvm.prefetch.p0(ptr %gep2565, i32 0, i32 2, i32 1)
  %161 = getelementptr i8, ptr %gep2565, i64 64
  tail call void @llvm.prefetch.p0(ptr %161, i32 0, i32 2, i32 1)
  %gep2567 = getelementptr float, ptr %invariant.gep2566, i64 %159
  tail call void @llvm.prefetch.p0(ptr %gep2567, i32 0, i32 2, i32 1)
  %162 = getelementptr i8, ptr %gep2567, i64 64
  tail call void @llvm.prefetch.p0(ptr %162, i32 0, i32 2, i32 1)
  %163 = add nsw i64 %t.addr.02557, %147
  %164 = mul nsw i64 %163, %q_ts
  %gep2569 = getelementptr float, ptr %invariant.gep2558, i64 %164
  %165 = load <16 x float>, ptr %gep2569, align 4
  %166 = getelementptr i8, ptr %gep2569, i64 64
  %167 = load <16 x float>, ptr %166, align 4
  %168 = fmul <16 x float> %165, %165
  %169 = fmul <16 x float> %167, %167
  %170 = fadd <16 x float> %168, %169
  %171 = shufflevector <16 x float> %170, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %172 = shufflevector <16 x float> %170, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %173 = fadd <8 x float> %171, %172
  %174 = shufflevector <8 x float> %173, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %175 = shufflevector <8 x float> %173, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %176 = fadd <4 x float> %174, %175
  %177 = shufflevector <4 x float> %176, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %178 = shufflevector <4 x float> %176, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %179 = fadd <2 x float> %177, %178
  %shift = shufflevector <2 x float> %179, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %180 = fadd <2 x float> %179, %shift
  %181 = extractelement <2 x float> %180, i64 0
  %182 = fadd float %181, 0x3EB0C6F7A0000000
  %183 = tail call float @llvm.sqrt.f32(float %182)
  %184 = fdiv float 1.000000e+00, %183
  %185 = getelementptr inbounds float, ptr %gep2863, i64 %t.addr.02557
  store float %184, ptr %185, align 4
  %186 = insertelement <16 x float> poison, float %184, i64 0
  %187 = shufflevector <16 x float> %186, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = fmul <16 x float> %165, %187
  %189 = shl nsw i64 %t.addr.02557, 5
  %190 = getelementptr inbounds float, ptr %invariant.gep2862, i64 %189
  store <16 x float> %188, ptr %190, align 4
  %191 = fmul <16 x float> %167, %187
  %192 = or disjoint i64 %189, 16
  %193 = getelementptr inbounds float, ptr %invariant.gep2862, i64 %192
  store <16 x float> %191, ptr %193, align 4
  %194 = mul nsw i64 %163, %k_ts
  %gep2571 = getelementptr float, ptr %invariant.gep2560, i64 %194
  %195 = load <16 x float>, ptr %gep2571, align 4
  %196 = getelementptr i8, ptr %gep2571, i64 64
  %197 = load <16 x float>, ptr %196, align 4
  %198 = fmul <16 x float> %195, %195
  %199 = fmul <16 x float> %197, %197
  %200 = fadd <16 x float> %198, %199
  %201 = shufflevector <16 x float> %200, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %202 = shufflevector <16 x float> %200, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %203 = fadd <8 x float> %201, %202
  %204 = shufflevector <8 x float> %203, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %205 = shufflevector <8 x float> %203, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %206 = fadd <4 x float> %204, %205
  %207 = shufflevector <4 x float> %206, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %208 = shufflevector <4 x float> %206, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %209 = fadd <2 x float> %207, %208
  %shift3545 = shufflevector <2 x float> %209, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %210 = fadd <2 x float> %209, %shift3545
  %211 = extractelement <2 x float> %210, i64 0
  %212 = fadd float %211, 0x3EB0C6F7A0000000
  %213 = tail call float @llvm.sqrt.f32(float %212)
  %214 = fdiv float 1.000000e+00, %213
  %215 = shl nuw nsw i64 %t.addr.02557, 1
  %gep = getelementptr float, ptr %invariant.gep, i64 %215
  store float %214, ptr %gep, align 4
  %216 = insertelement <16 x float> poison, float %214, i64 0
  %217 = shufflevector <16 x float> %216, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = fmul <16 x float> %195, %217
  %219 = shl nsw i64 %t.addr.02557, 6
  %220 = getelementptr inbounds float, ptr %gep2857, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = fmul <16 x float> %197, %217
  %222 = or disjoint i64 %219, 16
  %223 = getelementptr inbounds float, ptr %gep2857, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %224 = mul nsw i64 %163, %v_ts
  %gep2573 = getelementptr float, ptr %invariant.gep2562, i64 %224
  %225 = load <16 x float>, ptr %gep2573, align 4
  %226 = getelementptr i8, ptr %gep2573, i64 64
  %227 = load <16 x float>, ptr %226, align 4
  %228 = getelementptr inbounds float, ptr %gep2859, i64 %219
  store <16 x float> %225, ptr %228, align 4
  %229 = getelementptr inbounds float, ptr %gep2859, i64 %222
  store <16 x float> %227, ptr %229, align 4
  %gep2575 = getelementptr float, ptr %invariant.gep2564, i64 %194
  %230 = load <16 x float>, ptr %gep2575, align 4
  %231 = getelementptr i8, ptr %gep2575, i64 64
  %232 = load <16 x float>, ptr %231, align 4
  %233 = fmul <16 x float> %230, %230
  %234 = fmul <16 x float> %232, %232
  %235 = fadd <16 x float> %233, %234
  %236 = shufflevector <16 x float> %235, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %237 = shufflevector <16 x float> %235, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %238 = fadd <8 x float> %236, %237
  %239 = shufflevector <8 x float> %238, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %240 = shufflevector <8 x float> %238, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %241 = fadd <4 x float> %239, %240
  %242 = shufflevector <4 x float> %241, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %243 = shufflevector <4 x float> %241, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %244 = fadd <2 x float> %242, %243
  %shift3546 = shufflevector <2 x float> %244, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %245 = fadd <2 x float> %244, %shift3546
  %246 = extractelement <2 x float> %245, i64 0
  %247 = fadd float %246, 0x3EB0C6F7A0000000
  %248 = tail call float @llvm.sqrt.f32(float %247)
  %249 = fdiv float 1.000000e+00, %248
  %250 = or disjoint i64 %215, 1
  %gep2556 = getelementptr float, ptr %invariant.gep, i64 %250
  store float %249, ptr %gep2556, align 4
  %251 = insertelement <16 x float> poison, float %249, i64 0
  %252 = shufflevector <16 x float> %251, <16 x float> poison, <16 x i32> zeroinitializer
  %253 = fmul <16 x float> %230, %252
  %254 = shl nsw i64 %250, 5
  %255 = getelementptr inbounds float, ptr %gep2857, i64 %254
  store <16 x float> %253, ptr %255, align 4
  %256 = fmul <16 x float> %232, %252
  %257 = or disjoint i64 %254, 16
  %258 = getelementptr inbounds float, ptr %gep2857, i64 %257
  store <16 x float> %256, ptr %258, align 4
  %gep2577 = getelementptr float, ptr %invariant.gep2566, i64 %224
  %259 = load <16 x float>, ptr %gep2577, align 4
  %260 = getelementptr i8, ptr %gep2577, i64 64
  %261 = load <16 x float>, ptr %260, align 4
  %262 = getelementptr inbounds float, ptr %gep2859, i64 %254
  store <16 x float> %259, ptr %262, align 4
  %263 = getelementptr inbounds float, ptr %gep2859, i64 %257
  store <16 x float> %261, ptr %263, align 4
  %t.next = add nuw nsw i64 %t.addr.02557, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %264 = getelementptr i8, ptr %dhT, i64 %144
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %264, i64 128, i1 false)
  %scevgep3056.1 = getelementptr i8, ptr %264, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.1, i64 128, i1 false)
  %scevgep3056.2 = getelementptr i8, ptr %264, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.2, i64 128, i1 false)
  %scevgep3056.3 = getelementptr i8, ptr %264, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.3, i64 128, i1 false)
  %scevgep3056.4 = getelementptr i8, ptr %264, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.4, i64 128, i1 false)
  %scevgep3056.5 = getelementptr i8, ptr %264, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.5, i64 128, i1 false)
  %scevgep3056.6 = getelementptr i8, ptr %264, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.6, i64 128, i1 false)
  %scevgep3056.7 = getelementptr i8, ptr %264, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.7, i64 128, i1 false)
  %scevgep3056.8 = getelementptr i8, ptr %264, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.8, i64 128, i1 false)
  %scevgep3056.9 = getelementptr i8, ptr %264, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.9, i64 128, i1 false)
  %scevgep3056.10 = getelementptr i8, ptr %264, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.10, i64 128, i1 false)
  %scevgep3056.11 = getelementptr i8, ptr %264, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.11, i64 128, i1 false)
  %scevgep3056.12 = getelementptr i8, ptr %264, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.12, i64 128, i1 false)
  %scevgep3056.13 = getelementptr i8, ptr %264, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.13, i64 128, i1 false)
  %scevgep3056.14 = getelementptr i8, ptr %264, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.14, i64 128, i1 false)
  %scevgep3056.15 = getelementptr i8, ptr %264, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.15, i64 128, i1 false)
  %scevgep3056.16 = getelementptr i8, ptr %264, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.16, i64 128, i1 false)
  %scevgep3056.17 = getelementptr i8, ptr %264, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.17, i64 128, i1 false)
  %scevgep3056.18 = getelementptr i8, ptr %264, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.18, i64 128, i1 false)
  %scevgep3056.19 = getelementptr i8, ptr %264, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.19, i64 128, i1 false)
  %scevgep3056.20 = getelementptr i8, ptr %264, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.20, i64 128, i1 false)
  %scevgep3056.21 = getelementptr i8, ptr %264, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.21, i64 128, i1 false)
  %scevgep3056.22 = getelementptr i8, ptr %264, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.22, i64 128, i1 false)
  %scevgep3056.23 = getelementptr i8, ptr %264, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.23, i64 128, i1 false)
  %scevgep3056.24 = getelementptr i8, ptr %264, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.24, i64 128, i1 false)
  %scevgep3056.25 = getelementptr i8, ptr %264, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.25, i64 128, i1 false)
  %scevgep3056.26 = getelementptr i8, ptr %264, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.26, i64 128, i1 false)
  %scevgep3056.27 = getelementptr i8, ptr %264, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.27, i64 128, i1 false)
  %scevgep3056.28 = getelementptr i8, ptr %264, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.28, i64 128, i1 false)
  %scevgep3056.29 = getelementptr i8, ptr %264, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.29, i64 128, i1 false)
  %scevgep3056.30 = getelementptr i8, ptr %264, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.30, i64 128, i1 false)
  %scevgep3056.31 = getelementptr i8, ptr %264, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3056.31, i64 128, i1 false)
  br i1 %4, label %cc.body.lr.ph, label %j38.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %265 = mul nsw i64 %bh.addr.02864, %nc
  %266 = shl nsw i64 %h, 5
  %invariant.gep2833 = getelementptr float, ptr %dq, i64 %266
  %invariant.gep2835 = getelementptr float, ptr %dk, i64 %266
  %invariant.gep2837 = getelementptr float, ptr %dv, i64 %266
  %267 = add nsw i64 %h, %H
  %268 = shl nsw i64 %267, 5
  %invariant.gep2839 = getelementptr float, ptr %dk, i64 %268
  %invariant.gep2841 = getelementptr float, ptr %dv, i64 %268
  %269 = add i64 %14, %bT
  %270 = shl i64 %269, 7
  %271 = getelementptr i8, ptr %dout, i64 %270
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3138 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3139, %t7.exit ]
  %cc.addr.02853 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3718 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3138, i64 16)
  %smax3719 = tail call i64 @llvm.smax.i64(i64 %smin3718, i64 1)
  %272 = mul i64 %15, %cc.addr.02853
  %273 = shl i64 %cc.addr.02853, 12
  %274 = sub i64 %146, %273
  %275 = xor i64 %cc.addr.02853, -1
  %ci = add nsw i64 %nc, %275
  %t0 = shl nsw i64 %ci, 4
  %276 = sub nsw i64 %T, %t0
  %scevgep3059 = getelementptr i8, ptr %hs, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059, i64 128, i1 false)
  %277 = or disjoint i64 %274, 128
  %scevgep3059.1 = getelementptr i8, ptr %hs, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.1, i64 128, i1 false)
  %278 = or disjoint i64 %274, 256
  %scevgep3059.2 = getelementptr i8, ptr %hs, i64 %278
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.2, i64 128, i1 false)
  %279 = or disjoint i64 %274, 384
  %scevgep3059.3 = getelementptr i8, ptr %hs, i64 %279
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.3, i64 128, i1 false)
  %280 = or disjoint i64 %274, 512
  %scevgep3059.4 = getelementptr i8, ptr %hs, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.4, i64 128, i1 false)
  %281 = or disjoint i64 %274, 640
  %scevgep3059.5 = getelementptr i8, ptr %hs, i64 %281
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.5, i64 128, i1 false)
  %282 = or disjoint i64 %274, 768
  %scevgep3059.6 = getelementptr i8, ptr %hs, i64 %282
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.6, i64 128, i1 false)
  %283 = or disjoint i64 %274, 896
  %scevgep3059.7 = getelementptr i8, ptr %hs, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.7, i64 128, i1 false)
  %284 = or disjoint i64 %274, 1024
  %scevgep3059.8 = getelementptr i8, ptr %hs, i64 %284
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.8, i64 128, i1 false)
  %285 = or disjoint i64 %274, 1152
  %scevgep3059.9 = getelementptr i8, ptr %hs, i64 %285
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.9, i64 128, i1 false)
  %286 = or disjoint i64 %274, 1280
  %scevgep3059.10 = getelementptr i8, ptr %hs, i64 %286
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.10, i64 128, i1 false)
  %287 = or disjoint i64 %274, 1408
  %scevgep3059.11 = getelementptr i8, ptr %hs, i64 %287
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.11, i64 128, i1 false)
  %288 = or disjoint i64 %274, 1536
  %scevgep3059.12 = getelementptr i8, ptr %hs, i64 %288
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.12, i64 128, i1 false)
  %289 = or disjoint i64 %274, 1664
  %scevgep3059.13 = getelementptr i8, ptr %hs, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.13, i64 128, i1 false)
  %290 = or disjoint i64 %274, 1792
  %scevgep3059.14 = getelementptr i8, ptr %hs, i64 %290
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.14, i64 128, i1 false)
  %291 = or disjoint i64 %274, 1920
  %scevgep3059.15 = getelementptr i8, ptr %hs, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.15, i64 128, i1 false)
  %292 = or disjoint i64 %274, 2048
  %scevgep3059.16 = getelementptr i8, ptr %hs, i64 %292
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.16, i64 128, i1 false)
  %293 = or disjoint i64 %274, 2176
  %scevgep3059.17 = getelementptr i8, ptr %hs, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.17, i64 128, i1 false)
  %294 = or disjoint i64 %274, 2304
  %scevgep3059.18 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.18, i64 128, i1 false)
  %295 = or disjoint i64 %274, 2432
  %scevgep3059.19 = getelementptr i8, ptr %hs, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.19, i64 128, i1 false)
  %296 = or disjoint i64 %274, 2560
  %scevgep3059.20 = getelementptr i8, ptr %hs, i64 %296
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.20, i64 128, i1 false)
  %297 = or disjoint i64 %274, 2688
  %scevgep3059.21 = getelementptr i8, ptr %hs, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.21, i64 128, i1 false)
  %298 = or disjoint i64 %274, 2816
  %scevgep3059.22 = getelementptr i8, ptr %hs, i64 %298
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.22, i64 128, i1 false)
  %299 = or disjoint i64 %274, 2944
  %scevgep3059.23 = getelementptr i8, ptr %hs, i64 %299
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.23, i64 128, i1 false)
  %300 = or disjoint i64 %274, 3072
  %scevgep3059.24 = getelementptr i8, ptr %hs, i64 %300
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.24, i64 128, i1 false)
  %301 = or disjoint i64 %274, 3200
  %scevgep3059.25 = getelementptr i8, ptr %hs, i64 %301
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.25, i64 128, i1 false)
  %302 = or disjoint i64 %274, 3328
  %scevgep3059.26 = getelementptr i8, ptr %hs, i64 %302
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.26, i64 128, i1 false)
  %303 = or disjoint i64 %274, 3456
  %scevgep3059.27 = getelementptr i8, ptr %hs, i64 %303
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.27, i64 128, i1 false)
  %304 = or disjoint i64 %274, 3584
  %scevgep3059.28 = getelementptr i8, ptr %hs, i64 %304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.28, i64 128, i1 false)
  %305 = or disjoint i64 %274, 3712
  %scevgep3059.29 = getelementptr i8, ptr %hs, i64 %305
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.29, i64 128, i1 false)
  %306 = or disjoint i64 %274, 3840
  %scevgep3059.30 = getelementptr i8, ptr %hs, i64 %306
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.30, i64 128, i1 false)
  %307 = or disjoint i64 %274, 3968
  %scevgep3059.31 = getelementptr i8, ptr %hs, i64 %307
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3058.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.31, i64 128, i1 false)
  %308 = add nsw i64 %ci, %265
  %309 = shl nsw i64 %308, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %310 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02583 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %311 = shl nuw nsw i64 %i2.addr.02583, 5
  %312 = or disjoint i64 %311, %309
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %313 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02582 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %314 = or disjoint i64 %312, %j2.addr.02582
  %315 = getelementptr inbounds float, ptr %hs, i64 %314
  %316 = load <16 x float>, ptr %315, align 4
  %317 = or disjoint i64 %314, 256
  %318 = getelementptr inbounds float, ptr %hs, i64 %317
  %319 = load <16 x float>, ptr %318, align 4
  %320 = or disjoint i64 %314, 32
  %321 = getelementptr inbounds float, ptr %hs, i64 %320
  %322 = load <16 x float>, ptr %321, align 4
  %323 = or disjoint i64 %314, 288
  %324 = getelementptr inbounds float, ptr %hs, i64 %323
  %325 = load <16 x float>, ptr %324, align 4
  %326 = or disjoint i64 %314, 64
  %327 = getelementptr inbounds float, ptr %hs, i64 %326
  %328 = load <16 x float>, ptr %327, align 4
  %329 = or disjoint i64 %314, 320
  %330 = getelementptr inbounds float, ptr %hs, i64 %329
  %331 = load <16 x float>, ptr %330, align 4
  %332 = or disjoint i64 %314, 96
  %333 = getelementptr inbounds float, ptr %hs, i64 %332
  %334 = load <16 x float>, ptr %333, align 4
  %335 = or disjoint i64 %314, 352
  %336 = getelementptr inbounds float, ptr %hs, i64 %335
  %337 = load <16 x float>, ptr %336, align 4
  %338 = or disjoint i64 %314, 128
  %339 = getelementptr inbounds float, ptr %hs, i64 %338
  %340 = load <16 x float>, ptr %339, align 4
  %341 = or disjoint i64 %314, 384
  %342 = getelementptr inbounds float, ptr %hs, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = or disjoint i64 %314, 160
  %345 = getelementptr inbounds float, ptr %hs, i64 %344
  %346 = load <16 x float>, ptr %345, align 4
  %347 = or disjoint i64 %314, 416
  %348 = getelementptr inbounds float, ptr %hs, i64 %347
  %349 = load <16 x float>, ptr %348, align 4
  %350 = or disjoint i64 %314, 192
  %351 = getelementptr inbounds float, ptr %hs, i64 %350
  %352 = load <16 x float>, ptr %351, align 4
  %353 = or disjoint i64 %314, 448
  %354 = getelementptr inbounds float, ptr %hs, i64 %353
  %355 = load <16 x float>, ptr %354, align 4
  %356 = or disjoint i64 %314, 224
  %357 = getelementptr inbounds float, ptr %hs, i64 %356
  %358 = load <16 x float>, ptr %357, align 4
  %359 = or disjoint i64 %314, 480
  %360 = getelementptr inbounds float, ptr %hs, i64 %359
  %361 = load <16 x float>, ptr %360, align 4
  %362 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %363 = shufflevector <16 x float> %340, <16 x float> %343, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %364 = shufflevector <16 x float> %322, <16 x float> %325, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %365 = shufflevector <16 x float> %346, <16 x float> %349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %366 = shufflevector <16 x float> %328, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %367 = shufflevector <16 x float> %352, <16 x float> %355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %368 = shufflevector <16 x float> %334, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %369 = shufflevector <16 x float> %358, <16 x float> %361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %370 = shufflevector <16 x float> %316, <16 x float> %319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %371 = shufflevector <16 x float> %340, <16 x float> %343, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %372 = shufflevector <16 x float> %322, <16 x float> %325, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %373 = shufflevector <16 x float> %346, <16 x float> %349, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %374 = shufflevector <16 x float> %328, <16 x float> %331, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %375 = shufflevector <16 x float> %352, <16 x float> %355, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %376 = shufflevector <16 x float> %334, <16 x float> %337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %377 = shufflevector <16 x float> %358, <16 x float> %361, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %379 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %380 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %381 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %382 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %383 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %384 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %385 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %386 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %387 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %388 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %389 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %390 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %391 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %392 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %393 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %394 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %395 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %396 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %397 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %398 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %399 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %400 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %401 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %402 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %403 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %404 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %405 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %406 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %407 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %408 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %409 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %410 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %411 = shl nuw nsw i64 %j2.addr.02582, 5
  %412 = or disjoint i64 %411, %i2.addr.02583
  %413 = or disjoint i64 %412, 1024
  %414 = getelementptr inbounds float, ptr %Bk, i64 %413
  store <16 x float> %410, ptr %414, align 4
  %415 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %416 = or disjoint i64 %412, 1056
  %417 = getelementptr inbounds float, ptr %Bk, i64 %416
  store <16 x float> %415, ptr %417, align 4
  %418 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %419 = or disjoint i64 %412, 1088
  %420 = getelementptr inbounds float, ptr %Bk, i64 %419
  store <16 x float> %418, ptr %420, align 4
  %421 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %422 = or disjoint i64 %412, 1120
  %423 = getelementptr inbounds float, ptr %Bk, i64 %422
  store <16 x float> %421, ptr %423, align 4
  %424 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %425 = or disjoint i64 %412, 1152
  %426 = getelementptr inbounds float, ptr %Bk, i64 %425
  store <16 x float> %424, ptr %426, align 4
  %427 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %428 = or disjoint i64 %412, 1184
  %429 = getelementptr inbounds float, ptr %Bk, i64 %428
  store <16 x float> %427, ptr %429, align 4
  %430 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %431 = or disjoint i64 %412, 1216
  %432 = getelementptr inbounds float, ptr %Bk, i64 %431
  store <16 x float> %430, ptr %432, align 4
  %433 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %434 = or disjoint i64 %412, 1248
  %435 = getelementptr inbounds float, ptr %Bk, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %437 = or disjoint i64 %412, 1280
  %438 = getelementptr inbounds float, ptr %Bk, i64 %437
  store <16 x float> %436, ptr %438, align 4
  %439 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %440 = or disjoint i64 %412, 1312
  %441 = getelementptr inbounds float, ptr %Bk, i64 %440
  store <16 x float> %439, ptr %441, align 4
  %442 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %443 = or disjoint i64 %412, 1344
  %444 = getelementptr inbounds float, ptr %Bk, i64 %443
  store <16 x float> %442, ptr %444, align 4
  %445 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %446 = or disjoint i64 %412, 1376
  %447 = getelementptr inbounds float, ptr %Bk, i64 %446
  store <16 x float> %445, ptr %447, align 4
  %448 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %449 = or disjoint i64 %412, 1408
  %450 = getelementptr inbounds float, ptr %Bk, i64 %449
  store <16 x float> %448, ptr %450, align 4
  %451 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %452 = or disjoint i64 %412, 1440
  %453 = getelementptr inbounds float, ptr %Bk, i64 %452
  store <16 x float> %451, ptr %453, align 4
  %454 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %455 = or disjoint i64 %412, 1472
  %456 = getelementptr inbounds float, ptr %Bk, i64 %455
  store <16 x float> %454, ptr %456, align 4
  %457 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %458 = or disjoint i64 %412, 1504
  %459 = getelementptr inbounds float, ptr %Bk, i64 %458
  store <16 x float> %457, ptr %459, align 4
  br i1 %313, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %310, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %460 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02585 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %461 = shl nuw nsw i64 %i3.addr.02585, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %462 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02584 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %463 = or disjoint i64 %j3.addr.02584, %461
  %464 = or disjoint i64 %463, 32
  %465 = getelementptr inbounds float, ptr %work, i64 %464
  %466 = load <16 x float>, ptr %465, align 4
  %467 = or disjoint i64 %463, 544
  %468 = getelementptr inbounds float, ptr %work, i64 %467
  %469 = load <16 x float>, ptr %468, align 4
  %470 = or disjoint i64 %463, 96
  %471 = getelementptr inbounds float, ptr %work, i64 %470
  %472 = load <16 x float>, ptr %471, align 4
  %473 = or disjoint i64 %463, 608
  %474 = getelementptr inbounds float, ptr %work, i64 %473
  %475 = load <16 x float>, ptr %474, align 4
  %476 = or disjoint i64 %463, 160
  %477 = getelementptr inbounds float, ptr %work, i64 %476
  %478 = load <16 x float>, ptr %477, align 4
  %479 = or disjoint i64 %463, 672
  %480 = getelementptr inbounds float, ptr %work, i64 %479
  %481 = load <16 x float>, ptr %480, align 4
  %482 = or disjoint i64 %463, 224
  %483 = getelementptr inbounds float, ptr %work, i64 %482
  %484 = load <16 x float>, ptr %483, align 4
  %485 = or disjoint i64 %463, 736
  %486 = getelementptr inbounds float, ptr %work, i64 %485
  %487 = load <16 x float>, ptr %486, align 4
  %488 = or disjoint i64 %463, 288
  %489 = getelementptr inbounds float, ptr %work, i64 %488
  %490 = load <16 x float>, ptr %489, align 4
  %491 = or disjoint i64 %463, 800
  %492 = getelementptr inbounds float, ptr %work, i64 %491
  %493 = load <16 x float>, ptr %492, align 4
  %494 = or disjoint i64 %463, 352
  %495 = getelementptr inbounds float, ptr %work, i64 %494
  %496 = load <16 x float>, ptr %495, align 4
  %497 = or disjoint i64 %463, 864
  %498 = getelementptr inbounds float, ptr %work, i64 %497
  %499 = load <16 x float>, ptr %498, align 4
  %500 = or disjoint i64 %463, 416
  %501 = getelementptr inbounds float, ptr %work, i64 %500
  %502 = load <16 x float>, ptr %501, align 4
  %503 = or disjoint i64 %463, 928
  %504 = getelementptr inbounds float, ptr %work, i64 %503
  %505 = load <16 x float>, ptr %504, align 4
  %506 = or disjoint i64 %463, 480
  %507 = getelementptr inbounds float, ptr %work, i64 %506
  %508 = load <16 x float>, ptr %507, align 4
  %509 = or disjoint i64 %463, 992
  %510 = getelementptr inbounds float, ptr %work, i64 %509
  %511 = load <16 x float>, ptr %510, align 4
  %512 = shufflevector <16 x float> %466, <16 x float> %469, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %513 = shufflevector <16 x float> %490, <16 x float> %493, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %514 = shufflevector <16 x float> %472, <16 x float> %475, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %515 = shufflevector <16 x float> %496, <16 x float> %499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %516 = shufflevector <16 x float> %478, <16 x float> %481, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %517 = shufflevector <16 x float> %502, <16 x float> %505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %518 = shufflevector <16 x float> %484, <16 x float> %487, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %519 = shufflevector <16 x float> %508, <16 x float> %511, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %520 = shufflevector <16 x float> %466, <16 x float> %469, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %521 = shufflevector <16 x float> %490, <16 x float> %493, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %522 = shufflevector <16 x float> %472, <16 x float> %475, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %523 = shufflevector <16 x float> %496, <16 x float> %499, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %524 = shufflevector <16 x float> %478, <16 x float> %481, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %525 = shufflevector <16 x float> %502, <16 x float> %505, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %526 = shufflevector <16 x float> %484, <16 x float> %487, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %527 = shufflevector <16 x float> %508, <16 x float> %511, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %528 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %529 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %530 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %531 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %532 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %533 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %534 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %535 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %537 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %538 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %539 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %540 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %545 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %546 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %547 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %548 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %549 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %550 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %551 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %552 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %553 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %554 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %555 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %556 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %557 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %558 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %559 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %560 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %561 = shl nuw nsw i64 %j3.addr.02584, 5
  %562 = or disjoint i64 %561, %i3.addr.02585
  %563 = getelementptr inbounds float, ptr %Bk, i64 %562
  store <16 x float> %560, ptr %563, align 4
  %564 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %565 = or disjoint i64 %562, 32
  %566 = getelementptr inbounds float, ptr %Bk, i64 %565
  store <16 x float> %564, ptr %566, align 4
  %567 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %568 = or disjoint i64 %562, 64
  %569 = getelementptr inbounds float, ptr %Bk, i64 %568
  store <16 x float> %567, ptr %569, align 4
  %570 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %571 = or disjoint i64 %562, 96
  %572 = getelementptr inbounds float, ptr %Bk, i64 %571
  store <16 x float> %570, ptr %572, align 4
  %573 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %574 = or disjoint i64 %562, 128
  %575 = getelementptr inbounds float, ptr %Bk, i64 %574
  store <16 x float> %573, ptr %575, align 4
  %576 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %577 = or disjoint i64 %562, 160
  %578 = getelementptr inbounds float, ptr %Bk, i64 %577
  store <16 x float> %576, ptr %578, align 4
  %579 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %580 = or disjoint i64 %562, 192
  %581 = getelementptr inbounds float, ptr %Bk, i64 %580
  store <16 x float> %579, ptr %581, align 4
  %582 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %583 = or disjoint i64 %562, 224
  %584 = getelementptr inbounds float, ptr %Bk, i64 %583
  store <16 x float> %582, ptr %584, align 4
  %585 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %586 = or disjoint i64 %562, 256
  %587 = getelementptr inbounds float, ptr %Bk, i64 %586
  store <16 x float> %585, ptr %587, align 4
  %588 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %589 = or disjoint i64 %562, 288
  %590 = getelementptr inbounds float, ptr %Bk, i64 %589
  store <16 x float> %588, ptr %590, align 4
  %591 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %592 = or disjoint i64 %562, 320
  %593 = getelementptr inbounds float, ptr %Bk, i64 %592
  store <16 x float> %591, ptr %593, align 4
  %594 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %595 = or disjoint i64 %562, 352
  %596 = getelementptr inbounds float, ptr %Bk, i64 %595
  store <16 x float> %594, ptr %596, align 4
  %597 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %598 = or disjoint i64 %562, 384
  %599 = getelementptr inbounds float, ptr %Bk, i64 %598
  store <16 x float> %597, ptr %599, align 4
  %600 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %601 = or disjoint i64 %562, 416
  %602 = getelementptr inbounds float, ptr %Bk, i64 %601
  store <16 x float> %600, ptr %602, align 4
  %603 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %604 = or disjoint i64 %562, 448
  %605 = getelementptr inbounds float, ptr %Bk, i64 %604
  store <16 x float> %603, ptr %605, align 4
  %606 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %607 = or disjoint i64 %562, 480
  %608 = getelementptr inbounds float, ptr %Bk, i64 %607
  store <16 x float> %606, ptr %608, align 4
  br i1 %462, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %460, label %j3.head.preheader, label %t1.head.preheader.peel.next3063

t1.head.preheader.peel.next3063:                  ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %21, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %25, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %26, align 4
  br label %t1.head.preheader

t1.head.preheader:                                ; preds = %t1.head.preheader, %t1.head.preheader.peel.next3063
  %s.addr.02587 = phi i64 [ 2, %t1.head.preheader.peel.next3063 ], [ %s.next.1, %t1.head.preheader ]
  %.idx2871 = shl nsw i64 %s.addr.02587, 6
  %609 = getelementptr inbounds i8, ptr %M, i64 %.idx2871
  store <2 x float> zeroinitializer, ptr %609, align 4
  %610 = insertelement <8 x i64> poison, i64 %s.addr.02587, i64 0
  %611 = shufflevector <8 x i64> %610, <8 x i64> poison, <8 x i32> zeroinitializer
  %612 = icmp ugt <8 x i64> %611, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %613 = getelementptr inbounds i8, ptr %20, i64 %.idx2871
  %614 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %614, ptr %613, align 4
  %615 = insertelement <4 x i64> poison, i64 %s.addr.02587, i64 0
  %616 = shufflevector <4 x i64> %615, <4 x i64> poison, <4 x i32> zeroinitializer
  %617 = icmp ugt <4 x i64> %616, <i64 10, i64 11, i64 12, i64 13>
  %618 = getelementptr inbounds i8, ptr %22, i64 %.idx2871
  %619 = select <4 x i1> %617, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %619, ptr %618, align 4
  %620 = getelementptr inbounds i8, ptr %23, i64 %.idx2871
  store float 1.000000e+00, ptr %620, align 4
  %621 = getelementptr inbounds i8, ptr %24, i64 %.idx2871
  store float 1.000000e+00, ptr %621, align 4
  %s.next = or disjoint i64 %s.addr.02587, 1
  %.idx2871.1 = shl nsw i64 %s.next, 6
  %622 = getelementptr inbounds i8, ptr %M, i64 %.idx2871.1
  store <2 x float> zeroinitializer, ptr %622, align 4
  %623 = insertelement <8 x i64> poison, i64 %s.next, i64 0
  %624 = shufflevector <8 x i64> %623, <8 x i64> poison, <8 x i32> zeroinitializer
  %625 = icmp ugt <8 x i64> %624, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %626 = getelementptr inbounds i8, ptr %20, i64 %.idx2871.1
  %627 = select <8 x i1> %625, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %627, ptr %626, align 4
  %628 = insertelement <4 x i64> poison, i64 %s.next, i64 0
  %629 = shufflevector <4 x i64> %628, <4 x i64> poison, <4 x i32> zeroinitializer
  %630 = icmp ugt <4 x i64> %629, <i64 10, i64 11, i64 12, i64 13>
  %631 = getelementptr inbounds i8, ptr %22, i64 %.idx2871.1
  %632 = select <4 x i1> %630, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %632, ptr %631, align 4
  %.not2539.14.1 = icmp ugt i64 %s.addr.02587, 13
  %633 = select i1 %.not2539.14.1, float 0.000000e+00, float 1.000000e+00
  %634 = getelementptr inbounds i8, ptr %23, i64 %.idx2871.1
  store float %633, ptr %634, align 4
  %635 = getelementptr inbounds i8, ptr %24, i64 %.idx2871.1
  store float 1.000000e+00, ptr %635, align 4
  %s.next.1 = add nuw nsw i64 %s.addr.02587, 2
  %exitcond3062.not.1 = icmp eq i64 %s.next.1, 16
  br i1 %exitcond3062.not.1, label %t2.body.preheader, label %t1.head.preheader, !llvm.loop !0

t2.body.preheader:                                ; preds = %t1.head.preheader
  %636 = getelementptr i8, ptr %271, i64 %272
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02603 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %637 = shl nuw nsw i64 %t2.addr.02603, 7
  %gep3325 = getelementptr i8, ptr %invariant.gep3324, i64 %637
  %638 = shl nsw i64 %t2.addr.02603, 8
  %639 = icmp sgt i64 %276, %t2.addr.02603
  br i1 %639, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3327 = getelementptr i8, ptr %invariant.gep3326, i64 %637
  %gep3329 = getelementptr i8, ptr %invariant.gep3328, i64 %637
  %gep3331 = getelementptr i8, ptr %invariant.gep3330, i64 %638
  %gep3333 = getelementptr i8, ptr %invariant.gep3332, i64 %638
  %gep3335 = getelementptr i8, ptr %invariant.gep3334, i64 %638
  %gep3337 = getelementptr i8, ptr %invariant.gep3336, i64 %638
  %gep3339 = getelementptr i8, ptr %invariant.gep3338, i64 %638
  %gep3341 = getelementptr i8, ptr %invariant.gep3340, i64 %638
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3327, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3329, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3325, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.02603, 1
  %640 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %640, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3331, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3333, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3335, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %641 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %641, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3337, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3339, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3341, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %642 = mul i64 %16, %t2.addr.02603
  %scevgep3110 = getelementptr i8, ptr %636, i64 %642
  %643 = add nuw nsw i64 %t2.addr.02603, %t0
  %644 = shl nuw nsw i64 %t2.addr.02603, 5
  %.idx2881 = shl i64 %643, 7
  %645 = getelementptr i8, ptr %invariant.gep2862, i64 %.idx2881
  %646 = load <16 x float>, ptr %645, align 4
  %647 = fmul <16 x float> %646, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %648 = or disjoint i64 %644, 2048
  %649 = getelementptr inbounds float, ptr %Bk, i64 %648
  store <16 x float> %647, ptr %649, align 4
  %650 = getelementptr inbounds float, ptr %QK, i64 %644
  store <16 x float> %647, ptr %650, align 4
  %651 = getelementptr i8, ptr %27, i64 %.idx2881
  %652 = load <16 x float>, ptr %651, align 4
  %653 = fmul <16 x float> %652, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %654 = or disjoint i64 %644, 16
  %655 = or i64 %644, 2064
  %656 = getelementptr inbounds float, ptr %Bk, i64 %655
  store <16 x float> %653, ptr %656, align 4
  %657 = getelementptr inbounds float, ptr %QK, i64 %654
  store <16 x float> %653, ptr %657, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3325, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3110, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.02603, 1
  %658 = or disjoint i64 %t2.addr.02603, %t0
  %tau = shl nsw i64 %658, 1
  %659 = mul nsw i64 %tau, %H
  %660 = getelementptr inbounds float, ptr %betah, i64 %659
  %661 = load float, ptr %660, align 4
  %662 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %661, ptr %662, align 4
  %663 = shl nuw nsw i64 %t2.addr.02603, 6
  %.idx2883 = shl i64 %658, 8
  %664 = getelementptr i8, ptr %gep2857, i64 %.idx2883
  %665 = load <16 x float>, ptr %664, align 4
  %gep3343 = getelementptr inbounds float, ptr %invariant.gep3342, i64 %663
  store <16 x float> %665, ptr %gep3343, align 4
  %666 = fneg <16 x float> %665
  %gep3345 = getelementptr inbounds float, ptr %invariant.gep3344, i64 %663
  store <16 x float> %666, ptr %gep3345, align 4
  %667 = getelementptr i8, ptr %28, i64 %.idx2883
  %668 = load <16 x float>, ptr %667, align 4
  %gep3347 = getelementptr inbounds float, ptr %invariant.gep3346, i64 %663
  store <16 x float> %668, ptr %gep3347, align 4
  %669 = fneg <16 x float> %668
  %gep3349 = getelementptr inbounds float, ptr %invariant.gep3348, i64 %663
  store <16 x float> %669, ptr %gep3349, align 4
  %670 = getelementptr i8, ptr %gep2859, i64 %.idx2883
  %671 = load <16 x float>, ptr %670, align 4
  %672 = getelementptr inbounds i8, ptr %Rr, i64 %638
  store <16 x float> %671, ptr %672, align 4
  %673 = getelementptr i8, ptr %29, i64 %.idx2883
  %674 = load <16 x float>, ptr %673, align 4
  %675 = getelementptr inbounds i8, ptr %30, i64 %638
  store <16 x float> %674, ptr %675, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %676 = mul nsw i64 %tau1, %H
  %677 = getelementptr inbounds float, ptr %betah, i64 %676
  %678 = load float, ptr %677, align 4
  %679 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %678, ptr %679, align 4
  %680 = shl nuw nsw i64 %i7, 5
  %.idx2886 = shl i64 %tau1, 7
  %681 = getelementptr i8, ptr %gep2857, i64 %.idx2886
  %682 = load <16 x float>, ptr %681, align 4
  %gep3351 = getelementptr inbounds float, ptr %invariant.gep3350, i64 %680
  store <16 x float> %682, ptr %gep3351, align 4
  %683 = fneg <16 x float> %682
  %gep3353 = getelementptr inbounds float, ptr %invariant.gep3352, i64 %680
  store <16 x float> %683, ptr %gep3353, align 4
  %684 = getelementptr i8, ptr %28, i64 %.idx2886
  %685 = load <16 x float>, ptr %684, align 4
  %gep3355 = getelementptr inbounds float, ptr %invariant.gep3354, i64 %680
  store <16 x float> %685, ptr %gep3355, align 4
  %686 = fneg <16 x float> %685
  %gep3357 = getelementptr inbounds float, ptr %invariant.gep3356, i64 %680
  store <16 x float> %686, ptr %gep3357, align 4
  %687 = getelementptr i8, ptr %gep2859, i64 %.idx2886
  %688 = load <16 x float>, ptr %687, align 4
  %.idx2888 = shl nsw i64 %i7, 7
  %689 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2888
  store <16 x float> %688, ptr %689, align 4
  %690 = getelementptr i8, ptr %29, i64 %.idx2886
  %691 = load <16 x float>, ptr %690, align 4
  %692 = getelementptr inbounds i8, ptr %30, i64 %.idx2888
  store <16 x float> %691, ptr %692, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02603, 1
  %exitcond3117.not = icmp eq i64 %t2.next, 16
  br i1 %exitcond3117.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %693 = phi i1 [ false, %j16.exit ], [ true, %endif ]
  %i20.addr.02605 = phi i64 [ 16, %j16.exit ], [ 0, %endif ]
  %.idx3159 = shl nuw nsw i64 %i20.addr.02605, 7
  %invariant.gep3358 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3159
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %694 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02604 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %gep3359 = getelementptr inbounds float, ptr %invariant.gep3358, i64 %j16.addr.02604
  %695 = getelementptr inbounds i8, ptr %gep3359, i64 10240
  %696 = load <16 x float>, ptr %695, align 4
  %697 = getelementptr inbounds i8, ptr %gep3359, i64 11264
  %698 = load <16 x float>, ptr %697, align 4
  %699 = getelementptr inbounds i8, ptr %gep3359, i64 10368
  %700 = load <16 x float>, ptr %699, align 4
  %701 = getelementptr inbounds i8, ptr %gep3359, i64 11392
  %702 = load <16 x float>, ptr %701, align 4
  %703 = getelementptr inbounds i8, ptr %gep3359, i64 10496
  %704 = load <16 x float>, ptr %703, align 4
  %705 = getelementptr inbounds i8, ptr %gep3359, i64 11520
  %706 = load <16 x float>, ptr %705, align 4
  %707 = getelementptr inbounds i8, ptr %gep3359, i64 10624
  %708 = load <16 x float>, ptr %707, align 4
  %709 = getelementptr inbounds i8, ptr %gep3359, i64 11648
  %710 = load <16 x float>, ptr %709, align 4
  %711 = getelementptr inbounds i8, ptr %gep3359, i64 10752
  %712 = load <16 x float>, ptr %711, align 4
  %713 = getelementptr inbounds i8, ptr %gep3359, i64 11776
  %714 = load <16 x float>, ptr %713, align 4
  %715 = getelementptr inbounds i8, ptr %gep3359, i64 10880
  %716 = load <16 x float>, ptr %715, align 4
  %717 = getelementptr inbounds i8, ptr %gep3359, i64 11904
  %718 = load <16 x float>, ptr %717, align 4
  %719 = getelementptr inbounds i8, ptr %gep3359, i64 11008
  %720 = load <16 x float>, ptr %719, align 4
  %721 = getelementptr inbounds i8, ptr %gep3359, i64 12032
  %722 = load <16 x float>, ptr %721, align 4
  %723 = getelementptr inbounds i8, ptr %gep3359, i64 11136
  %724 = load <16 x float>, ptr %723, align 4
  %725 = getelementptr inbounds i8, ptr %gep3359, i64 12160
  %726 = load <16 x float>, ptr %725, align 4
  %727 = shufflevector <16 x float> %696, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %728 = shufflevector <16 x float> %712, <16 x float> %714, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %729 = shufflevector <16 x float> %700, <16 x float> %702, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %730 = shufflevector <16 x float> %716, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %731 = shufflevector <16 x float> %704, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %732 = shufflevector <16 x float> %720, <16 x float> %722, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %733 = shufflevector <16 x float> %708, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %734 = shufflevector <16 x float> %724, <16 x float> %726, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %735 = shufflevector <16 x float> %696, <16 x float> %698, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %736 = shufflevector <16 x float> %712, <16 x float> %714, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %737 = shufflevector <16 x float> %700, <16 x float> %702, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %738 = shufflevector <16 x float> %716, <16 x float> %718, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %739 = shufflevector <16 x float> %704, <16 x float> %706, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %740 = shufflevector <16 x float> %720, <16 x float> %722, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %741 = shufflevector <16 x float> %708, <16 x float> %710, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %742 = shufflevector <16 x float> %724, <16 x float> %726, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %743 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %744 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %745 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %746 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %747 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %748 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %749 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %750 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %751 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %752 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %753 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %754 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %755 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %756 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %757 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %758 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %759 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %760 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %761 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %762 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %763 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %764 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %765 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %766 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %767 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %768 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %769 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %770 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %771 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %772 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %773 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %774 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %775 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %776 = shl nuw nsw i64 %j16.addr.02604, 5
  %777 = or disjoint i64 %776, %i20.addr.02605
  %778 = getelementptr inbounds float, ptr %KT, i64 %777
  store <16 x float> %775, ptr %778, align 4
  %779 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %780 = or disjoint i64 %777, 32
  %781 = getelementptr inbounds float, ptr %KT, i64 %780
  store <16 x float> %779, ptr %781, align 4
  %782 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %783 = or disjoint i64 %777, 64
  %784 = getelementptr inbounds float, ptr %KT, i64 %783
  store <16 x float> %782, ptr %784, align 4
  %785 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %786 = or disjoint i64 %777, 96
  %787 = getelementptr inbounds float, ptr %KT, i64 %786
  store <16 x float> %785, ptr %787, align 4
  %788 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %789 = or disjoint i64 %777, 128
  %790 = getelementptr inbounds float, ptr %KT, i64 %789
  store <16 x float> %788, ptr %790, align 4
  %791 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %792 = or disjoint i64 %777, 160
  %793 = getelementptr inbounds float, ptr %KT, i64 %792
  store <16 x float> %791, ptr %793, align 4
  %794 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %795 = or disjoint i64 %777, 192
  %796 = getelementptr inbounds float, ptr %KT, i64 %795
  store <16 x float> %794, ptr %796, align 4
  %797 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %798 = or disjoint i64 %777, 224
  %799 = getelementptr inbounds float, ptr %KT, i64 %798
  store <16 x float> %797, ptr %799, align 4
  %800 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %801 = or disjoint i64 %777, 256
  %802 = getelementptr inbounds float, ptr %KT, i64 %801
  store <16 x float> %800, ptr %802, align 4
  %803 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %804 = or disjoint i64 %777, 288
  %805 = getelementptr inbounds float, ptr %KT, i64 %804
  store <16 x float> %803, ptr %805, align 4
  %806 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %807 = or disjoint i64 %777, 320
  %808 = getelementptr inbounds float, ptr %KT, i64 %807
  store <16 x float> %806, ptr %808, align 4
  %809 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %810 = or disjoint i64 %777, 352
  %811 = getelementptr inbounds float, ptr %KT, i64 %810
  store <16 x float> %809, ptr %811, align 4
  %812 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %813 = or disjoint i64 %777, 384
  %814 = getelementptr inbounds float, ptr %KT, i64 %813
  store <16 x float> %812, ptr %814, align 4
  %815 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %816 = or disjoint i64 %777, 416
  %817 = getelementptr inbounds float, ptr %KT, i64 %816
  store <16 x float> %815, ptr %817, align 4
  %818 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %819 = or disjoint i64 %777, 448
  %820 = getelementptr inbounds float, ptr %KT, i64 %819
  store <16 x float> %818, ptr %820, align 4
  %821 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %822 = or disjoint i64 %777, 480
  %823 = getelementptr inbounds float, ptr %KT, i64 %822
  store <16 x float> %821, ptr %823, align 4
  br i1 %694, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  br i1 %693, label %j16.head.preheader, label %j17.body

j17.body:                                         ; preds = %j16.exit, %j17.body
  %824 = phi i1 [ false, %j17.body ], [ true, %j16.exit ]
  %j17.addr.02606 = phi i64 [ 16, %j17.body ], [ 0, %j16.exit ]
  %825 = or disjoint i64 %j17.addr.02606, 2048
  %826 = getelementptr inbounds float, ptr %Bk, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = or disjoint i64 %j17.addr.02606, 2304
  %829 = getelementptr inbounds float, ptr %Bk, i64 %828
  %830 = load <16 x float>, ptr %829, align 4
  %831 = or disjoint i64 %j17.addr.02606, 2080
  %832 = getelementptr inbounds float, ptr %Bk, i64 %831
  %833 = load <16 x float>, ptr %832, align 4
  %834 = or disjoint i64 %j17.addr.02606, 2336
  %835 = getelementptr inbounds float, ptr %Bk, i64 %834
  %836 = load <16 x float>, ptr %835, align 4
  %837 = or disjoint i64 %j17.addr.02606, 2112
  %838 = getelementptr inbounds float, ptr %Bk, i64 %837
  %839 = load <16 x float>, ptr %838, align 4
  %840 = or disjoint i64 %j17.addr.02606, 2368
  %841 = getelementptr inbounds float, ptr %Bk, i64 %840
  %842 = load <16 x float>, ptr %841, align 4
  %843 = or disjoint i64 %j17.addr.02606, 2144
  %844 = getelementptr inbounds float, ptr %Bk, i64 %843
  %845 = load <16 x float>, ptr %844, align 4
  %846 = or disjoint i64 %j17.addr.02606, 2400
  %847 = getelementptr inbounds float, ptr %Bk, i64 %846
  %848 = load <16 x float>, ptr %847, align 4
  %849 = or disjoint i64 %j17.addr.02606, 2176
  %850 = getelementptr inbounds float, ptr %Bk, i64 %849
  %851 = load <16 x float>, ptr %850, align 4
  %852 = or disjoint i64 %j17.addr.02606, 2432
  %853 = getelementptr inbounds float, ptr %Bk, i64 %852
  %854 = load <16 x float>, ptr %853, align 4
  %855 = or disjoint i64 %j17.addr.02606, 2208
  %856 = getelementptr inbounds float, ptr %Bk, i64 %855
  %857 = load <16 x float>, ptr %856, align 4
  %858 = or disjoint i64 %j17.addr.02606, 2464
  %859 = getelementptr inbounds float, ptr %Bk, i64 %858
  %860 = load <16 x float>, ptr %859, align 4
  %861 = or disjoint i64 %j17.addr.02606, 2240
  %862 = getelementptr inbounds float, ptr %Bk, i64 %861
  %863 = load <16 x float>, ptr %862, align 4
  %864 = or disjoint i64 %j17.addr.02606, 2496
  %865 = getelementptr inbounds float, ptr %Bk, i64 %864
  %866 = load <16 x float>, ptr %865, align 4
  %867 = or disjoint i64 %j17.addr.02606, 2272
  %868 = getelementptr inbounds float, ptr %Bk, i64 %867
  %869 = load <16 x float>, ptr %868, align 4
  %870 = or disjoint i64 %j17.addr.02606, 2528
  %871 = getelementptr inbounds float, ptr %Bk, i64 %870
  %872 = load <16 x float>, ptr %871, align 4
  %873 = shufflevector <16 x float> %827, <16 x float> %830, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %874 = shufflevector <16 x float> %851, <16 x float> %854, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %875 = shufflevector <16 x float> %833, <16 x float> %836, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %876 = shufflevector <16 x float> %857, <16 x float> %860, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %877 = shufflevector <16 x float> %839, <16 x float> %842, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %878 = shufflevector <16 x float> %863, <16 x float> %866, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %879 = shufflevector <16 x float> %845, <16 x float> %848, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %880 = shufflevector <16 x float> %869, <16 x float> %872, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %881 = shufflevector <16 x float> %827, <16 x float> %830, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %882 = shufflevector <16 x float> %851, <16 x float> %854, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %883 = shufflevector <16 x float> %833, <16 x float> %836, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %884 = shufflevector <16 x float> %857, <16 x float> %860, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %885 = shufflevector <16 x float> %839, <16 x float> %842, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %886 = shufflevector <16 x float> %863, <16 x float> %866, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %887 = shufflevector <16 x float> %845, <16 x float> %848, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %888 = shufflevector <16 x float> %869, <16 x float> %872, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %889 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %890 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %891 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %892 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %893 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %894 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %895 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %896 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %897 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %898 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %899 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %900 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %901 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %902 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %903 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %904 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %905 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %906 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %907 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %908 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %909 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %910 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %911 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %912 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %913 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %914 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %915 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %916 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %917 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %918 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %919 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %920 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %921 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2538 = shl nuw nsw i64 %j17.addr.02606, 6
  %922 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2538
  store <16 x float> %921, ptr %922, align 4
  %923 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %924 = shl nuw nsw i64 %j17.addr.02606, 4
  %925 = or disjoint i64 %924, 16
  %926 = getelementptr inbounds float, ptr %QcT, i64 %925
  store <16 x float> %923, ptr %926, align 4
  %927 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %928 = or disjoint i64 %924, 32
  %929 = getelementptr inbounds float, ptr %QcT, i64 %928
  store <16 x float> %927, ptr %929, align 4
  %930 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %931 = or disjoint i64 %924, 48
  %932 = getelementptr inbounds float, ptr %QcT, i64 %931
  store <16 x float> %930, ptr %932, align 4
  %933 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %934 = or disjoint i64 %924, 64
  %935 = getelementptr inbounds float, ptr %QcT, i64 %934
  store <16 x float> %933, ptr %935, align 4
  %936 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %937 = or disjoint i64 %924, 80
  %938 = getelementptr inbounds float, ptr %QcT, i64 %937
  store <16 x float> %936, ptr %938, align 4
  %939 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %940 = or disjoint i64 %924, 96
  %941 = getelementptr inbounds float, ptr %QcT, i64 %940
  store <16 x float> %939, ptr %941, align 4
  %942 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %943 = or disjoint i64 %924, 112
  %944 = getelementptr inbounds float, ptr %QcT, i64 %943
  store <16 x float> %942, ptr %944, align 4
  %945 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %946 = or disjoint i64 %924, 128
  %947 = getelementptr inbounds float, ptr %QcT, i64 %946
  store <16 x float> %945, ptr %947, align 4
  %948 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %949 = or disjoint i64 %924, 144
  %950 = getelementptr inbounds float, ptr %QcT, i64 %949
  store <16 x float> %948, ptr %950, align 4
  %951 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %952 = or disjoint i64 %924, 160
  %953 = getelementptr inbounds float, ptr %QcT, i64 %952
  store <16 x float> %951, ptr %953, align 4
  %954 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %955 = or disjoint i64 %924, 176
  %956 = getelementptr inbounds float, ptr %QcT, i64 %955
  store <16 x float> %954, ptr %956, align 4
  %957 = shufflevector <16 x float> %917, <16 x float> %918, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %958 = or disjoint i64 %924, 192
  %959 = getelementptr inbounds float, ptr %QcT, i64 %958
  store <16 x float> %957, ptr %959, align 4
  %960 = shufflevector <16 x float> %917, <16 x float> %918, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %961 = or disjoint i64 %924, 208
  %962 = getelementptr inbounds float, ptr %QcT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %919, <16 x float> %920, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %964 = or disjoint i64 %924, 224
  %965 = getelementptr inbounds float, ptr %QcT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  %966 = shufflevector <16 x float> %919, <16 x float> %920, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %967 = or disjoint i64 %924, 240
  %968 = getelementptr inbounds float, ptr %QcT, i64 %967
  store <16 x float> %966, ptr %968, align 4
  br i1 %824, label %j17.body, label %j18.body

j18.body:                                         ; preds = %j17.body, %j18.body
  %969 = phi i1 [ false, %j18.body ], [ true, %j17.body ]
  %j18.addr.02607 = phi i64 [ 16, %j18.body ], [ 0, %j17.body ]
  %970 = getelementptr inbounds float, ptr %OY, i64 %j18.addr.02607
  %971 = load <16 x float>, ptr %970, align 4
  %972 = or disjoint i64 %j18.addr.02607, 256
  %973 = getelementptr inbounds float, ptr %OY, i64 %972
  %974 = load <16 x float>, ptr %973, align 4
  %975 = or disjoint i64 %j18.addr.02607, 32
  %976 = getelementptr inbounds float, ptr %OY, i64 %975
  %977 = load <16 x float>, ptr %976, align 4
  %978 = or disjoint i64 %j18.addr.02607, 288
  %979 = getelementptr inbounds float, ptr %OY, i64 %978
  %980 = load <16 x float>, ptr %979, align 4
  %981 = or disjoint i64 %j18.addr.02607, 64
  %982 = getelementptr inbounds float, ptr %OY, i64 %981
  %983 = load <16 x float>, ptr %982, align 4
  %984 = or disjoint i64 %j18.addr.02607, 320
  %985 = getelementptr inbounds float, ptr %OY, i64 %984
  %986 = load <16 x float>, ptr %985, align 4
  %987 = or disjoint i64 %j18.addr.02607, 96
  %988 = getelementptr inbounds float, ptr %OY, i64 %987
  %989 = load <16 x float>, ptr %988, align 4
  %990 = or disjoint i64 %j18.addr.02607, 352
  %991 = getelementptr inbounds float, ptr %OY, i64 %990
  %992 = load <16 x float>, ptr %991, align 4
  %993 = or disjoint i64 %j18.addr.02607, 128
  %994 = getelementptr inbounds float, ptr %OY, i64 %993
  %995 = load <16 x float>, ptr %994, align 4
  %996 = or disjoint i64 %j18.addr.02607, 384
  %997 = getelementptr inbounds float, ptr %OY, i64 %996
  %998 = load <16 x float>, ptr %997, align 4
  %999 = or disjoint i64 %j18.addr.02607, 160
  %1000 = getelementptr inbounds float, ptr %OY, i64 %999
  %1001 = load <16 x float>, ptr %1000, align 4
  %1002 = or disjoint i64 %j18.addr.02607, 416
  %1003 = getelementptr inbounds float, ptr %OY, i64 %1002
  %1004 = load <16 x float>, ptr %1003, align 4
  %1005 = or disjoint i64 %j18.addr.02607, 192
  %1006 = getelementptr inbounds float, ptr %OY, i64 %1005
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = or disjoint i64 %j18.addr.02607, 448
  %1009 = getelementptr inbounds float, ptr %OY, i64 %1008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = or disjoint i64 %j18.addr.02607, 224
  %1012 = getelementptr inbounds float, ptr %OY, i64 %1011
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = or disjoint i64 %j18.addr.02607, 480
  %1015 = getelementptr inbounds float, ptr %OY, i64 %1014
  %1016 = load <16 x float>, ptr %1015, align 4
  %1017 = shufflevector <16 x float> %971, <16 x float> %974, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1018 = shufflevector <16 x float> %995, <16 x float> %998, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1019 = shufflevector <16 x float> %977, <16 x float> %980, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1020 = shufflevector <16 x float> %1001, <16 x float> %1004, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1021 = shufflevector <16 x float> %983, <16 x float> %986, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1022 = shufflevector <16 x float> %1007, <16 x float> %1010, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1023 = shufflevector <16 x float> %989, <16 x float> %992, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1024 = shufflevector <16 x float> %1013, <16 x float> %1016, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1025 = shufflevector <16 x float> %971, <16 x float> %974, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1026 = shufflevector <16 x float> %995, <16 x float> %998, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1027 = shufflevector <16 x float> %977, <16 x float> %980, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1028 = shufflevector <16 x float> %1001, <16 x float> %1004, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1029 = shufflevector <16 x float> %983, <16 x float> %986, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1030 = shufflevector <16 x float> %1007, <16 x float> %1010, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1031 = shufflevector <16 x float> %989, <16 x float> %992, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1032 = shufflevector <16 x float> %1013, <16 x float> %1016, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1033 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1034 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1035 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1036 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1037 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1038 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1039 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1040 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1041 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1042 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1043 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1044 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1045 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1046 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1047 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1048 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1049 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1050 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1051 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1052 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1053 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1054 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1055 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1056 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1057 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1058 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1059 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1060 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1061 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1062 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1063 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1064 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1065 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2537 = shl nuw nsw i64 %j18.addr.02607, 6
  %1066 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2537
  store <16 x float> %1065, ptr %1066, align 4
  %1067 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1068 = shl nuw nsw i64 %j18.addr.02607, 4
  %1069 = or disjoint i64 %1068, 16
  %1070 = getelementptr inbounds float, ptr %dOT, i64 %1069
  store <16 x float> %1067, ptr %1070, align 4
  %1071 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1072 = or disjoint i64 %1068, 32
  %1073 = getelementptr inbounds float, ptr %dOT, i64 %1072
  store <16 x float> %1071, ptr %1073, align 4
  %1074 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1075 = or disjoint i64 %1068, 48
  %1076 = getelementptr inbounds float, ptr %dOT, i64 %1075
  store <16 x float> %1074, ptr %1076, align 4
  %1077 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1078 = or disjoint i64 %1068, 64
  %1079 = getelementptr inbounds float, ptr %dOT, i64 %1078
  store <16 x float> %1077, ptr %1079, align 4
  %1080 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1081 = or disjoint i64 %1068, 80
  %1082 = getelementptr inbounds float, ptr %dOT, i64 %1081
  store <16 x float> %1080, ptr %1082, align 4
  %1083 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1084 = or disjoint i64 %1068, 96
  %1085 = getelementptr inbounds float, ptr %dOT, i64 %1084
  store <16 x float> %1083, ptr %1085, align 4
  %1086 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1087 = or disjoint i64 %1068, 112
  %1088 = getelementptr inbounds float, ptr %dOT, i64 %1087
  store <16 x float> %1086, ptr %1088, align 4
  %1089 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1090 = or disjoint i64 %1068, 128
  %1091 = getelementptr inbounds float, ptr %dOT, i64 %1090
  store <16 x float> %1089, ptr %1091, align 4
  %1092 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1093 = or disjoint i64 %1068, 144
  %1094 = getelementptr inbounds float, ptr %dOT, i64 %1093
  store <16 x float> %1092, ptr %1094, align 4
  %1095 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1096 = or disjoint i64 %1068, 160
  %1097 = getelementptr inbounds float, ptr %dOT, i64 %1096
  store <16 x float> %1095, ptr %1097, align 4
  %1098 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1099 = or disjoint i64 %1068, 176
  %1100 = getelementptr inbounds float, ptr %dOT, i64 %1099
  store <16 x float> %1098, ptr %1100, align 4
  %1101 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1102 = or disjoint i64 %1068, 192
  %1103 = getelementptr inbounds float, ptr %dOT, i64 %1102
  store <16 x float> %1101, ptr %1103, align 4
  %1104 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1105 = or disjoint i64 %1068, 208
  %1106 = getelementptr inbounds float, ptr %dOT, i64 %1105
  store <16 x float> %1104, ptr %1106, align 4
  %1107 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1108 = or disjoint i64 %1068, 224
  %1109 = getelementptr inbounds float, ptr %dOT, i64 %1108
  store <16 x float> %1107, ptr %1109, align 4
  %1110 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1111 = or disjoint i64 %1068, 240
  %1112 = getelementptr inbounds float, ptr %dOT, i64 %1111
  store <16 x float> %1110, ptr %1112, align 4
  br i1 %969, label %j18.body, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.1, %p3.exit
  %1113 = icmp ult i64 %i23.addr.02620, 24
  br i1 %1113, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.body, %i23.head.loopexit
  %i23.addr.02620 = phi i64 [ %1114, %i23.head.loopexit ], [ 0, %j18.body ]
  %1114 = add nuw nsw i64 %i23.addr.02620, 8
  %1115 = shl nuw nsw i64 %i23.addr.02620, 5
  %.idx2535 = shl nuw nsw i64 %i23.addr.02620, 7
  %1116 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2535
  %1117 = or disjoint i64 %1115, 32
  %1118 = getelementptr inbounds float, ptr %Gm, i64 %1117
  %1119 = or disjoint i64 %1115, 64
  %1120 = getelementptr inbounds float, ptr %Gm, i64 %1119
  %1121 = or disjoint i64 %1115, 96
  %1122 = getelementptr inbounds float, ptr %Gm, i64 %1121
  %1123 = or disjoint i64 %1115, 128
  %1124 = getelementptr inbounds float, ptr %Gm, i64 %1123
  %1125 = or disjoint i64 %1115, 160
  %1126 = getelementptr inbounds float, ptr %Gm, i64 %1125
  %1127 = or disjoint i64 %1115, 192
  %1128 = getelementptr inbounds float, ptr %Gm, i64 %1127
  %1129 = or disjoint i64 %1115, 224
  %1130 = getelementptr inbounds float, ptr %Gm, i64 %1129
  %invariant.gep3360 = getelementptr inbounds float, ptr %Bk, i64 %1115
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.02618 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1136, %p3.body ]
  %acc1.02617 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1141, %p3.body ]
  %acc2.02616 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1146, %p3.body ]
  %acc3.02615 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1151, %p3.body ]
  %acc4.02614 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1156, %p3.body ]
  %acc5.02613 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1161, %p3.body ]
  %acc6.02612 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1166, %p3.body ]
  %acc7.02611 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1171, %p3.body ]
  %p3.addr.02610 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx2536 = shl nuw nsw i64 %p3.addr.02610, 7
  %gep2609 = getelementptr inbounds i8, ptr %KT, i64 %.idx2536
  %1131 = load <16 x float>, ptr %gep2609, align 4
  %gep3361 = getelementptr inbounds float, ptr %invariant.gep3360, i64 %p3.addr.02610
  %1132 = getelementptr inbounds i8, ptr %gep3361, i64 10240
  %1133 = load float, ptr %1132, align 4
  %1134 = insertelement <16 x float> poison, float %1133, i64 0
  %1135 = shufflevector <16 x float> %1134, <16 x float> poison, <16 x i32> zeroinitializer
  %1136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1135, <16 x float> %1131, <16 x float> %acc.02618)
  %1137 = getelementptr inbounds i8, ptr %gep3361, i64 10368
  %1138 = load float, ptr %1137, align 4
  %1139 = insertelement <16 x float> poison, float %1138, i64 0
  %1140 = shufflevector <16 x float> %1139, <16 x float> poison, <16 x i32> zeroinitializer
  %1141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1140, <16 x float> %1131, <16 x float> %acc1.02617)
  %1142 = getelementptr inbounds i8, ptr %gep3361, i64 10496
  %1143 = load float, ptr %1142, align 4
  %1144 = insertelement <16 x float> poison, float %1143, i64 0
  %1145 = shufflevector <16 x float> %1144, <16 x float> poison, <16 x i32> zeroinitializer
  %1146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1145, <16 x float> %1131, <16 x float> %acc2.02616)
  %1147 = getelementptr inbounds i8, ptr %gep3361, i64 10624
  %1148 = load float, ptr %1147, align 4
  %1149 = insertelement <16 x float> poison, float %1148, i64 0
  %1150 = shufflevector <16 x float> %1149, <16 x float> poison, <16 x i32> zeroinitializer
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1131, <16 x float> %acc3.02615)
  %1152 = getelementptr inbounds i8, ptr %gep3361, i64 10752
  %1153 = load float, ptr %1152, align 4
  %1154 = insertelement <16 x float> poison, float %1153, i64 0
  %1155 = shufflevector <16 x float> %1154, <16 x float> poison, <16 x i32> zeroinitializer
  %1156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1155, <16 x float> %1131, <16 x float> %acc4.02614)
  %1157 = getelementptr inbounds i8, ptr %gep3361, i64 10880
  %1158 = load float, ptr %1157, align 4
  %1159 = insertelement <16 x float> poison, float %1158, i64 0
  %1160 = shufflevector <16 x float> %1159, <16 x float> poison, <16 x i32> zeroinitializer
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1160, <16 x float> %1131, <16 x float> %acc5.02613)
  %1162 = getelementptr inbounds i8, ptr %gep3361, i64 11008
  %1163 = load float, ptr %1162, align 4
  %1164 = insertelement <16 x float> poison, float %1163, i64 0
  %1165 = shufflevector <16 x float> %1164, <16 x float> poison, <16 x i32> zeroinitializer
  %1166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1131, <16 x float> %acc6.02612)
  %1167 = getelementptr inbounds i8, ptr %gep3361, i64 11136
  %1168 = load float, ptr %1167, align 4
  %1169 = insertelement <16 x float> poison, float %1168, i64 0
  %1170 = shufflevector <16 x float> %1169, <16 x float> poison, <16 x i32> zeroinitializer
  %1171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1170, <16 x float> %1131, <16 x float> %acc7.02611)
  %p3.next = add nuw nsw i64 %p3.addr.02610, 1
  %exitcond3118.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3118.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1136, ptr %1116, align 4
  store <16 x float> %1141, ptr %1118, align 4
  store <16 x float> %1146, ptr %1120, align 4
  store <16 x float> %1151, ptr %1122, align 4
  store <16 x float> %1156, ptr %1124, align 4
  store <16 x float> %1161, ptr %1126, align 4
  store <16 x float> %1166, ptr %1128, align 4
  store <16 x float> %1171, ptr %1130, align 4
  %1172 = icmp ugt i64 %i23.addr.02620, 8
  br i1 %1172, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.02618.1 = phi <16 x float> [ %1178, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.02617.1 = phi <16 x float> [ %1183, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.02616.1 = phi <16 x float> [ %1188, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.02615.1 = phi <16 x float> [ %1193, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.02614.1 = phi <16 x float> [ %1198, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.02613.1 = phi <16 x float> [ %1203, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.02612.1 = phi <16 x float> [ %1208, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.02611.1 = phi <16 x float> [ %1213, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.02610.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2536.1 = shl nuw nsw i64 %p3.addr.02610.1, 7
  %gep2609.1 = getelementptr inbounds i8, ptr %invariant.gep2608.1, i64 %.idx2536.1
  %1173 = load <16 x float>, ptr %gep2609.1, align 4
  %gep3361.1 = getelementptr inbounds float, ptr %invariant.gep3360, i64 %p3.addr.02610.1
  %1174 = getelementptr inbounds i8, ptr %gep3361.1, i64 10240
  %1175 = load float, ptr %1174, align 4
  %1176 = insertelement <16 x float> poison, float %1175, i64 0
  %1177 = shufflevector <16 x float> %1176, <16 x float> poison, <16 x i32> zeroinitializer
  %1178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1173, <16 x float> %acc.02618.1)
  %1179 = getelementptr inbounds i8, ptr %gep3361.1, i64 10368
  %1180 = load float, ptr %1179, align 4
  %1181 = insertelement <16 x float> poison, float %1180, i64 0
  %1182 = shufflevector <16 x float> %1181, <16 x float> poison, <16 x i32> zeroinitializer
  %1183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1182, <16 x float> %1173, <16 x float> %acc1.02617.1)
  %1184 = getelementptr inbounds i8, ptr %gep3361.1, i64 10496
  %1185 = load float, ptr %1184, align 4
  %1186 = insertelement <16 x float> poison, float %1185, i64 0
  %1187 = shufflevector <16 x float> %1186, <16 x float> poison, <16 x i32> zeroinitializer
  %1188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1187, <16 x float> %1173, <16 x float> %acc2.02616.1)
  %1189 = getelementptr inbounds i8, ptr %gep3361.1, i64 10624
  %1190 = load float, ptr %1189, align 4
  %1191 = insertelement <16 x float> poison, float %1190, i64 0
  %1192 = shufflevector <16 x float> %1191, <16 x float> poison, <16 x i32> zeroinitializer
  %1193 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1192, <16 x float> %1173, <16 x float> %acc3.02615.1)
  %1194 = getelementptr inbounds i8, ptr %gep3361.1, i64 10752
  %1195 = load float, ptr %1194, align 4
  %1196 = insertelement <16 x float> poison, float %1195, i64 0
  %1197 = shufflevector <16 x float> %1196, <16 x float> poison, <16 x i32> zeroinitializer
  %1198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1197, <16 x float> %1173, <16 x float> %acc4.02614.1)
  %1199 = getelementptr inbounds i8, ptr %gep3361.1, i64 10880
  %1200 = load float, ptr %1199, align 4
  %1201 = insertelement <16 x float> poison, float %1200, i64 0
  %1202 = shufflevector <16 x float> %1201, <16 x float> poison, <16 x i32> zeroinitializer
  %1203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1202, <16 x float> %1173, <16 x float> %acc5.02613.1)
  %1204 = getelementptr inbounds i8, ptr %gep3361.1, i64 11008
  %1205 = load float, ptr %1204, align 4
  %1206 = insertelement <16 x float> poison, float %1205, i64 0
  %1207 = shufflevector <16 x float> %1206, <16 x float> poison, <16 x i32> zeroinitializer
  %1208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1207, <16 x float> %1173, <16 x float> %acc6.02612.1)
  %1209 = getelementptr inbounds i8, ptr %gep3361.1, i64 11136
  %1210 = load float, ptr %1209, align 4
  %1211 = insertelement <16 x float> poison, float %1210, i64 0
  %1212 = shufflevector <16 x float> %1211, <16 x float> poison, <16 x i32> zeroinitializer
  %1213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1212, <16 x float> %1173, <16 x float> %acc7.02611.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02610.1, 1
  %exitcond3118.not.1 = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond3118.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1214 = getelementptr inbounds i8, ptr %1116, i64 64
  store <16 x float> %1178, ptr %1214, align 4
  %1215 = getelementptr inbounds i8, ptr %1118, i64 64
  store <16 x float> %1183, ptr %1215, align 4
  %1216 = getelementptr inbounds i8, ptr %1120, i64 64
  store <16 x float> %1188, ptr %1216, align 4
  %1217 = getelementptr inbounds i8, ptr %1122, i64 64
  store <16 x float> %1193, ptr %1217, align 4
  %1218 = getelementptr inbounds i8, ptr %1124, i64 64
  store <16 x float> %1198, ptr %1218, align 4
  %1219 = getelementptr inbounds i8, ptr %1126, i64 64
  store <16 x float> %1203, ptr %1219, align 4
  %1220 = getelementptr inbounds i8, ptr %1128, i64 64
  store <16 x float> %1208, ptr %1220, align 4
  %1221 = getelementptr inbounds i8, ptr %1130, i64 64
  store <16 x float> %1213, ptr %1221, align 4
  br label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02638 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %.idx3160 = shl nsw i64 %i24.addr.02638, 7
  %invariant.gep3362 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3160
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02637 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1238, %p4.body ]
  %acc9.02636 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1239, %p4.body ]
  %acc10.02635 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1240, %p4.body ]
  %acc11.02634 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1241, %p4.body ]
  %acc12.02633 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1246, %p4.body ]
  %acc13.02632 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1247, %p4.body ]
  %acc14.02631 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1248, %p4.body ]
  %acc15.02630 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1249, %p4.body ]
  %acc16.02629 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1254, %p4.body ]
  %acc17.02628 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1255, %p4.body ]
  %acc18.02627 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1256, %p4.body ]
  %acc19.02626 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1257, %p4.body ]
  %acc20.02625 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1262, %p4.body ]
  %acc21.02624 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1263, %p4.body ]
  %acc22.02623 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1264, %p4.body ]
  %acc23.02622 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1265, %p4.body ]
  %p4.addr.02621 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1222 = shl nuw nsw i64 %p4.addr.02621, 6
  %1223 = getelementptr inbounds float, ptr %work, i64 %1222
  %1224 = load <16 x float>, ptr %1223, align 4
  %1225 = or disjoint i64 %1222, 16
  %1226 = getelementptr inbounds float, ptr %work, i64 %1225
  %1227 = load <16 x float>, ptr %1226, align 4
  %1228 = or disjoint i64 %1222, 32
  %1229 = getelementptr inbounds float, ptr %work, i64 %1228
  %1230 = load <16 x float>, ptr %1229, align 4
  %1231 = or disjoint i64 %1222, 48
  %1232 = getelementptr inbounds float, ptr %work, i64 %1231
  %1233 = load <16 x float>, ptr %1232, align 4
  %gep3363 = getelementptr inbounds float, ptr %invariant.gep3362, i64 %p4.addr.02621
  %1234 = getelementptr inbounds i8, ptr %gep3363, i64 10240
  %1235 = load float, ptr %1234, align 4
  %1236 = insertelement <16 x float> poison, float %1235, i64 0
  %1237 = shufflevector <16 x float> %1236, <16 x float> poison, <16 x i32> zeroinitializer
  %1238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1224, <16 x float> %acc8.02637)
  %1239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1227, <16 x float> %acc9.02636)
  %1240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1230, <16 x float> %acc10.02635)
  %1241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1233, <16 x float> %acc11.02634)
  %1242 = getelementptr inbounds i8, ptr %gep3363, i64 10368
  %1243 = load float, ptr %1242, align 4
  %1244 = insertelement <16 x float> poison, float %1243, i64 0
  %1245 = shufflevector <16 x float> %1244, <16 x float> poison, <16 x i32> zeroinitializer
  %1246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1224, <16 x float> %acc12.02633)
  %1247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1227, <16 x float> %acc13.02632)
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1230, <16 x float> %acc14.02631)
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1233, <16 x float> %acc15.02630)
  %1250 = getelementptr inbounds i8, ptr %gep3363, i64 10496
  %1251 = load float, ptr %1250, align 4
  %1252 = insertelement <16 x float> poison, float %1251, i64 0
  %1253 = shufflevector <16 x float> %1252, <16 x float> poison, <16 x i32> zeroinitializer
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1224, <16 x float> %acc16.02629)
  %1255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1227, <16 x float> %acc17.02628)
  %1256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1230, <16 x float> %acc18.02627)
  %1257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1233, <16 x float> %acc19.02626)
  %1258 = getelementptr inbounds i8, ptr %gep3363, i64 10624
  %1259 = load float, ptr %1258, align 4
  %1260 = insertelement <16 x float> poison, float %1259, i64 0
  %1261 = shufflevector <16 x float> %1260, <16 x float> poison, <16 x i32> zeroinitializer
  %1262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1224, <16 x float> %acc20.02625)
  %1263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1227, <16 x float> %acc21.02624)
  %1264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1230, <16 x float> %acc22.02623)
  %1265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1233, <16 x float> %acc23.02622)
  %p4.next = add nuw nsw i64 %p4.addr.02621, 1
  %exitcond3119.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3119.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1266 = shl nuw nsw i64 %i24.addr.02638, 6
  %1267 = getelementptr inbounds float, ptr %KSdS, i64 %1266
  store <16 x float> %1238, ptr %1267, align 4
  %1268 = or disjoint i64 %1266, 16
  %1269 = getelementptr inbounds float, ptr %KSdS, i64 %1268
  store <16 x float> %1239, ptr %1269, align 4
  %1270 = or disjoint i64 %1266, 32
  %1271 = getelementptr inbounds float, ptr %KSdS, i64 %1270
  store <16 x float> %1240, ptr %1271, align 4
  %1272 = or disjoint i64 %1266, 48
  %1273 = getelementptr inbounds float, ptr %KSdS, i64 %1272
  store <16 x float> %1241, ptr %1273, align 4
  %1274 = or disjoint i64 %1266, 64
  %1275 = getelementptr inbounds float, ptr %KSdS, i64 %1274
  store <16 x float> %1246, ptr %1275, align 4
  %1276 = or disjoint i64 %1266, 80
  %1277 = getelementptr inbounds float, ptr %KSdS, i64 %1276
  store <16 x float> %1247, ptr %1277, align 4
  %1278 = or disjoint i64 %1266, 96
  %1279 = getelementptr inbounds float, ptr %KSdS, i64 %1278
  store <16 x float> %1248, ptr %1279, align 4
  %1280 = or disjoint i64 %1266, 112
  %1281 = getelementptr inbounds float, ptr %KSdS, i64 %1280
  store <16 x float> %1249, ptr %1281, align 4
  %1282 = or disjoint i64 %1266, 128
  %1283 = getelementptr inbounds float, ptr %KSdS, i64 %1282
  store <16 x float> %1254, ptr %1283, align 4
  %1284 = or disjoint i64 %1266, 144
  %1285 = getelementptr inbounds float, ptr %KSdS, i64 %1284
  store <16 x float> %1255, ptr %1285, align 4
  %1286 = or disjoint i64 %1266, 160
  %1287 = getelementptr inbounds float, ptr %KSdS, i64 %1286
  store <16 x float> %1256, ptr %1287, align 4
  %1288 = or disjoint i64 %1266, 176
  %1289 = getelementptr inbounds float, ptr %KSdS, i64 %1288
  store <16 x float> %1257, ptr %1289, align 4
  %1290 = or disjoint i64 %1266, 192
  %1291 = getelementptr inbounds float, ptr %KSdS, i64 %1290
  store <16 x float> %1262, ptr %1291, align 4
  %1292 = or disjoint i64 %1266, 208
  %1293 = getelementptr inbounds float, ptr %KSdS, i64 %1292
  store <16 x float> %1263, ptr %1293, align 4
  %1294 = or disjoint i64 %1266, 224
  %1295 = getelementptr inbounds float, ptr %KSdS, i64 %1294
  store <16 x float> %1264, ptr %1295, align 4
  %1296 = or disjoint i64 %1266, 240
  %1297 = getelementptr inbounds float, ptr %KSdS, i64 %1296
  store <16 x float> %1265, ptr %1297, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02638, 4
  %1298 = icmp ult i64 %i24.addr.02638, 28
  br i1 %1298, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02640 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2889 = shl nsw i64 %i25.addr.02640, 7
  %1299 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2889
  %1300 = load <16 x float>, ptr %1299, align 4
  %.idx2890 = shl nsw i64 %i25.addr.02640, 8
  %1301 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2890
  %1302 = load <16 x float>, ptr %1301, align 4
  %1303 = fsub <16 x float> %1300, %1302
  store <16 x float> %1303, ptr %1299, align 4
  %1304 = getelementptr inbounds i8, ptr %31, i64 %.idx2889
  %1305 = load <16 x float>, ptr %1304, align 4
  %1306 = getelementptr inbounds i8, ptr %32, i64 %.idx2890
  %1307 = load <16 x float>, ptr %1306, align 4
  %1308 = fsub <16 x float> %1305, %1307
  store <16 x float> %1308, ptr %1304, align 4
  %i25.next = or disjoint i64 %i25.addr.02640, 1
  %.idx2889.1 = shl nsw i64 %i25.next, 7
  %1309 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2889.1
  %1310 = load <16 x float>, ptr %1309, align 4
  %.idx2890.1 = shl nsw i64 %i25.next, 8
  %1311 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2890.1
  %1312 = load <16 x float>, ptr %1311, align 4
  %1313 = fsub <16 x float> %1310, %1312
  store <16 x float> %1313, ptr %1309, align 4
  %1314 = getelementptr inbounds i8, ptr %31, i64 %.idx2889.1
  %1315 = load <16 x float>, ptr %1314, align 4
  %1316 = getelementptr inbounds i8, ptr %32, i64 %.idx2890.1
  %1317 = load <16 x float>, ptr %1316, align 4
  %1318 = fsub <16 x float> %1315, %1317
  store <16 x float> %1318, ptr %1314, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02640, 2
  %.idx2889.2 = shl nsw i64 %i25.next.1, 7
  %1319 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2889.2
  %1320 = load <16 x float>, ptr %1319, align 4
  %.idx2890.2 = shl nsw i64 %i25.next.1, 8
  %1321 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2890.2
  %1322 = load <16 x float>, ptr %1321, align 4
  %1323 = fsub <16 x float> %1320, %1322
  store <16 x float> %1323, ptr %1319, align 4
  %1324 = getelementptr inbounds i8, ptr %31, i64 %.idx2889.2
  %1325 = load <16 x float>, ptr %1324, align 4
  %1326 = getelementptr inbounds i8, ptr %32, i64 %.idx2890.2
  %1327 = load <16 x float>, ptr %1326, align 4
  %1328 = fsub <16 x float> %1325, %1327
  store <16 x float> %1328, ptr %1324, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02640, 3
  %.idx2889.3 = shl nsw i64 %i25.next.2, 7
  %1329 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2889.3
  %1330 = load <16 x float>, ptr %1329, align 4
  %.idx2890.3 = shl nsw i64 %i25.next.2, 8
  %1331 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2890.3
  %1332 = load <16 x float>, ptr %1331, align 4
  %1333 = fsub <16 x float> %1330, %1332
  store <16 x float> %1333, ptr %1329, align 4
  %1334 = getelementptr inbounds i8, ptr %31, i64 %.idx2889.3
  %1335 = load <16 x float>, ptr %1334, align 4
  %1336 = getelementptr inbounds i8, ptr %32, i64 %.idx2890.3
  %1337 = load <16 x float>, ptr %1336, align 4
  %1338 = fsub <16 x float> %1335, %1337
  store <16 x float> %1338, ptr %1334, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02640, 4
  %exitcond3120.not.3 = icmp eq i64 %i25.next.3, 32
  br i1 %exitcond3120.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02657 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1339 = shl nuw nsw i64 %ib.addr.02657, 2
  %umax3709 = tail call i64 @llvm.umax.i64(i64 %1339, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02657, 2
  %.not2891 = icmp eq i64 %ib.addr.02657, 0
  br i1 %.not2891, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2534 = shl nuw nsw i64 %ib.addr.02657, 9
  %1340 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2534
  %1341 = shl nuw nsw i64 %ib.addr.02657, 7
  %1342 = or disjoint i64 %1341, 32
  %1343 = getelementptr inbounds float, ptr %Gm, i64 %1342
  %1344 = or disjoint i64 %1341, 64
  %1345 = getelementptr inbounds float, ptr %Gm, i64 %1344
  %1346 = or disjoint i64 %1341, 96
  %1347 = getelementptr inbounds float, ptr %Gm, i64 %1346
  %xtraiter = and i64 %umax3709, 1
  %1348 = icmp eq i64 %umax3709, 1
  br i1 %1348, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3709, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02649 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1389, %j21.body ]
  %acc25.02648 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1390, %j21.body ]
  %acc26.02647 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1395, %j21.body ]
  %acc27.02646 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1396, %j21.body ]
  %acc28.02645 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1401, %j21.body ]
  %acc29.02644 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1402, %j21.body ]
  %acc30.02643 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1407, %j21.body ]
  %acc31.02642 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1408, %j21.body ]
  %j21.addr.02641 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1349 = shl nsw i64 %j21.addr.02641, 5
  %1350 = getelementptr inbounds float, ptr %Vn, i64 %1349
  %1351 = load <16 x float>, ptr %1350, align 4
  %1352 = or disjoint i64 %1349, 16
  %1353 = getelementptr inbounds float, ptr %Vn, i64 %1352
  %1354 = load <16 x float>, ptr %1353, align 4
  %1355 = getelementptr inbounds float, ptr %1340, i64 %j21.addr.02641
  %1356 = load float, ptr %1355, align 4
  %1357 = insertelement <16 x float> poison, float %1356, i64 0
  %1358 = shufflevector <16 x float> %1357, <16 x float> poison, <16 x i32> zeroinitializer
  %1359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1358, <16 x float> %1351, <16 x float> %acc24.02649)
  %1360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1358, <16 x float> %1354, <16 x float> %acc25.02648)
  %1361 = getelementptr inbounds float, ptr %1343, i64 %j21.addr.02641
  %1362 = load float, ptr %1361, align 4
  %1363 = insertelement <16 x float> poison, float %1362, i64 0
  %1364 = shufflevector <16 x float> %1363, <16 x float> poison, <16 x i32> zeroinitializer
  %1365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1364, <16 x float> %1351, <16 x float> %acc26.02647)
  %1366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1364, <16 x float> %1354, <16 x float> %acc27.02646)
  %1367 = getelementptr inbounds float, ptr %1345, i64 %j21.addr.02641
  %1368 = load float, ptr %1367, align 4
  %1369 = insertelement <16 x float> poison, float %1368, i64 0
  %1370 = shufflevector <16 x float> %1369, <16 x float> poison, <16 x i32> zeroinitializer
  %1371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1370, <16 x float> %1351, <16 x float> %acc28.02645)
  %1372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1370, <16 x float> %1354, <16 x float> %acc29.02644)
  %1373 = getelementptr inbounds float, ptr %1347, i64 %j21.addr.02641
  %1374 = load float, ptr %1373, align 4
  %1375 = insertelement <16 x float> poison, float %1374, i64 0
  %1376 = shufflevector <16 x float> %1375, <16 x float> poison, <16 x i32> zeroinitializer
  %1377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1376, <16 x float> %1351, <16 x float> %acc30.02643)
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1376, <16 x float> %1354, <16 x float> %acc31.02642)
  %j21.next = or disjoint i64 %j21.addr.02641, 1
  %1379 = shl nsw i64 %j21.next, 5
  %1380 = getelementptr inbounds float, ptr %Vn, i64 %1379
  %1381 = load <16 x float>, ptr %1380, align 4
  %1382 = or disjoint i64 %1379, 16
  %1383 = getelementptr inbounds float, ptr %Vn, i64 %1382
  %1384 = load <16 x float>, ptr %1383, align 4
  %1385 = getelementptr inbounds float, ptr %1340, i64 %j21.next
  %1386 = load float, ptr %1385, align 4
  %1387 = insertelement <16 x float> poison, float %1386, i64 0
  %1388 = shufflevector <16 x float> %1387, <16 x float> poison, <16 x i32> zeroinitializer
  %1389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1388, <16 x float> %1381, <16 x float> %1359)
  %1390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1388, <16 x float> %1384, <16 x float> %1360)
  %1391 = getelementptr inbounds float, ptr %1343, i64 %j21.next
  %1392 = load float, ptr %1391, align 4
  %1393 = insertelement <16 x float> poison, float %1392, i64 0
  %1394 = shufflevector <16 x float> %1393, <16 x float> poison, <16 x i32> zeroinitializer
  %1395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1394, <16 x float> %1381, <16 x float> %1365)
  %1396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1394, <16 x float> %1384, <16 x float> %1366)
  %1397 = getelementptr inbounds float, ptr %1345, i64 %j21.next
  %1398 = load float, ptr %1397, align 4
  %1399 = insertelement <16 x float> poison, float %1398, i64 0
  %1400 = shufflevector <16 x float> %1399, <16 x float> poison, <16 x i32> zeroinitializer
  %1401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1400, <16 x float> %1381, <16 x float> %1371)
  %1402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1400, <16 x float> %1384, <16 x float> %1372)
  %1403 = getelementptr inbounds float, ptr %1347, i64 %j21.next
  %1404 = load float, ptr %1403, align 4
  %1405 = insertelement <16 x float> poison, float %1404, i64 0
  %1406 = shufflevector <16 x float> %1405, <16 x float> poison, <16 x i32> zeroinitializer
  %1407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1381, <16 x float> %1377)
  %1408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1384, <16 x float> %1378)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02641, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3580.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1389, %j21.body ]
  %.lcssa3579.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1390, %j21.body ]
  %.lcssa3578.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1395, %j21.body ]
  %.lcssa3577.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1396, %j21.body ]
  %.lcssa3576.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1401, %j21.body ]
  %.lcssa3575.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1402, %j21.body ]
  %.lcssa3574.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1407, %j21.body ]
  %.lcssa3573.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1408, %j21.body ]
  %acc24.02649.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1389, %j21.body ]
  %acc25.02648.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1390, %j21.body ]
  %acc26.02647.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1395, %j21.body ]
  %acc27.02646.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1396, %j21.body ]
  %acc28.02645.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1401, %j21.body ]
  %acc29.02644.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1402, %j21.body ]
  %acc30.02643.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1407, %j21.body ]
  %acc31.02642.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1408, %j21.body ]
  %j21.addr.02641.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1409 = shl nsw i64 %j21.addr.02641.unr, 5
  %1410 = getelementptr inbounds float, ptr %Vn, i64 %1409
  %1411 = load <16 x float>, ptr %1410, align 4
  %1412 = or disjoint i64 %1409, 16
  %1413 = getelementptr inbounds float, ptr %Vn, i64 %1412
  %1414 = load <16 x float>, ptr %1413, align 4
  %1415 = getelementptr inbounds float, ptr %1340, i64 %j21.addr.02641.unr
  %1416 = load float, ptr %1415, align 4
  %1417 = insertelement <16 x float> poison, float %1416, i64 0
  %1418 = shufflevector <16 x float> %1417, <16 x float> poison, <16 x i32> zeroinitializer
  %1419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1411, <16 x float> %acc24.02649.unr)
  %1420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1414, <16 x float> %acc25.02648.unr)
  %1421 = getelementptr inbounds float, ptr %1343, i64 %j21.addr.02641.unr
  %1422 = load float, ptr %1421, align 4
  %1423 = insertelement <16 x float> poison, float %1422, i64 0
  %1424 = shufflevector <16 x float> %1423, <16 x float> poison, <16 x i32> zeroinitializer
  %1425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1411, <16 x float> %acc26.02647.unr)
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1414, <16 x float> %acc27.02646.unr)
  %1427 = getelementptr inbounds float, ptr %1345, i64 %j21.addr.02641.unr
  %1428 = load float, ptr %1427, align 4
  %1429 = insertelement <16 x float> poison, float %1428, i64 0
  %1430 = shufflevector <16 x float> %1429, <16 x float> poison, <16 x i32> zeroinitializer
  %1431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1430, <16 x float> %1411, <16 x float> %acc28.02645.unr)
  %1432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1430, <16 x float> %1414, <16 x float> %acc29.02644.unr)
  %1433 = getelementptr inbounds float, ptr %1347, i64 %j21.addr.02641.unr
  %1434 = load float, ptr %1433, align 4
  %1435 = insertelement <16 x float> poison, float %1434, i64 0
  %1436 = shufflevector <16 x float> %1435, <16 x float> poison, <16 x i32> zeroinitializer
  %1437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1436, <16 x float> %1411, <16 x float> %acc30.02643.unr)
  %1438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1436, <16 x float> %1414, <16 x float> %acc31.02642.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1341, %j21.exit.loopexit.unr-lcssa ], [ %1341, %j21.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3573.ph, %j21.exit.loopexit.unr-lcssa ], [ %1438, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3574.ph, %j21.exit.loopexit.unr-lcssa ], [ %1437, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3575.ph, %j21.exit.loopexit.unr-lcssa ], [ %1432, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3576.ph, %j21.exit.loopexit.unr-lcssa ], [ %1431, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3577.ph, %j21.exit.loopexit.unr-lcssa ], [ %1426, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3578.ph, %j21.exit.loopexit.unr-lcssa ], [ %1425, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3579.ph, %j21.exit.loopexit.unr-lcssa ], [ %1420, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3580.ph, %j21.exit.loopexit.unr-lcssa ], [ %1419, %j21.body.epil ]
  %1439 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1440 = load float, ptr %1439, align 4
  %1441 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1442 = load <16 x float>, ptr %1441, align 4
  %1443 = fsub <16 x float> %1442, %acc24.0.lcssa
  store <16 x float> %1443, ptr %1441, align 4
  %1444 = insertelement <16 x float> poison, float %1440, i64 0
  %1445 = shufflevector <16 x float> %1444, <16 x float> poison, <16 x i32> zeroinitializer
  %1446 = fmul <16 x float> %1445, %1443
  %1447 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1446, ptr %1447, align 4
  %1448 = mul nuw nsw i64 %ib.addr.02657, 448
  %1449 = getelementptr inbounds float, ptr %Ak, i64 %1448
  store <16 x float> %1446, ptr %1449, align 4
  %1450 = or disjoint i64 %.pre-phi, 16
  %1451 = getelementptr inbounds float, ptr %Rr, i64 %1450
  %1452 = load <16 x float>, ptr %1451, align 4
  %1453 = fsub <16 x float> %1452, %acc25.0.lcssa
  store <16 x float> %1453, ptr %1451, align 4
  %1454 = fmul <16 x float> %1445, %1453
  %1455 = getelementptr inbounds float, ptr %Vn, i64 %1450
  store <16 x float> %1454, ptr %1455, align 4
  %1456 = or disjoint i64 %1448, 16
  %1457 = getelementptr inbounds float, ptr %Ak, i64 %1456
  store <16 x float> %1454, ptr %1457, align 4
  %i26 = or disjoint i64 %i0, 1
  %1458 = shl nuw nsw i64 %i26, 5
  %1459 = or disjoint i64 %1458, %i0
  %1460 = getelementptr inbounds float, ptr %Gm, i64 %1459
  %1461 = load float, ptr %1460, align 4
  %1462 = insertelement <16 x float> poison, float %1461, i64 0
  %1463 = shufflevector <16 x float> %1462, <16 x float> poison, <16 x i32> zeroinitializer
  %1464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1446, <16 x float> %acc26.0.lcssa)
  %1465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1454, <16 x float> %acc27.0.lcssa)
  %1466 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1467 = load float, ptr %1466, align 4
  %1468 = getelementptr inbounds float, ptr %Rr, i64 %1458
  %1469 = load <16 x float>, ptr %1468, align 4
  %1470 = fsub <16 x float> %1469, %1464
  store <16 x float> %1470, ptr %1468, align 4
  %1471 = insertelement <16 x float> poison, float %1467, i64 0
  %1472 = shufflevector <16 x float> %1471, <16 x float> poison, <16 x i32> zeroinitializer
  %1473 = fmul <16 x float> %1472, %1470
  %1474 = getelementptr inbounds float, ptr %Vn, i64 %1458
  store <16 x float> %1473, ptr %1474, align 4
  %.idx2552 = mul nuw nsw i64 %i26, 448
  %1475 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2552
  store <16 x float> %1473, ptr %1475, align 4
  %1476 = or disjoint i64 %1458, 16
  %1477 = getelementptr inbounds float, ptr %Rr, i64 %1476
  %1478 = load <16 x float>, ptr %1477, align 4
  %1479 = fsub <16 x float> %1478, %1465
  store <16 x float> %1479, ptr %1477, align 4
  %1480 = fmul <16 x float> %1472, %1479
  %1481 = getelementptr inbounds float, ptr %Vn, i64 %1476
  store <16 x float> %1480, ptr %1481, align 4
  %1482 = getelementptr inbounds i8, ptr %1475, i64 64
  store <16 x float> %1480, ptr %1482, align 4
  %i27 = or disjoint i64 %i0, 2
  %1483 = shl nuw nsw i64 %i27, 5
  %1484 = or disjoint i64 %1483, %i0
  %1485 = getelementptr inbounds float, ptr %Gm, i64 %1484
  %1486 = load float, ptr %1485, align 4
  %1487 = insertelement <16 x float> poison, float %1486, i64 0
  %1488 = shufflevector <16 x float> %1487, <16 x float> poison, <16 x i32> zeroinitializer
  %1489 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1488, <16 x float> %1446, <16 x float> %acc28.0.lcssa)
  %1490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1488, <16 x float> %1454, <16 x float> %acc29.0.lcssa)
  %1491 = or disjoint i64 %1483, %i26
  %1492 = getelementptr inbounds float, ptr %Gm, i64 %1491
  %1493 = load float, ptr %1492, align 4
  %1494 = insertelement <16 x float> poison, float %1493, i64 0
  %1495 = shufflevector <16 x float> %1494, <16 x float> poison, <16 x i32> zeroinitializer
  %1496 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1495, <16 x float> %1473, <16 x float> %1489)
  %1497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1495, <16 x float> %1480, <16 x float> %1490)
  %1498 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1499 = load float, ptr %1498, align 4
  %1500 = getelementptr inbounds float, ptr %Rr, i64 %1483
  %1501 = load <16 x float>, ptr %1500, align 4
  %1502 = fsub <16 x float> %1501, %1496
  store <16 x float> %1502, ptr %1500, align 4
  %1503 = insertelement <16 x float> poison, float %1499, i64 0
  %1504 = shufflevector <16 x float> %1503, <16 x float> poison, <16 x i32> zeroinitializer
  %1505 = fmul <16 x float> %1504, %1502
  %1506 = getelementptr inbounds float, ptr %Vn, i64 %1483
  store <16 x float> %1505, ptr %1506, align 4
  %1507 = mul nuw nsw i64 %i27, 112
  %1508 = getelementptr inbounds float, ptr %Ak, i64 %1507
  store <16 x float> %1505, ptr %1508, align 4
  %1509 = or disjoint i64 %1483, 16
  %1510 = getelementptr inbounds float, ptr %Rr, i64 %1509
  %1511 = load <16 x float>, ptr %1510, align 4
  %1512 = fsub <16 x float> %1511, %1497
  store <16 x float> %1512, ptr %1510, align 4
  %1513 = fmul <16 x float> %1504, %1512
  %1514 = getelementptr inbounds float, ptr %Vn, i64 %1509
  store <16 x float> %1513, ptr %1514, align 4
  %1515 = or disjoint i64 %1507, 16
  %1516 = getelementptr inbounds float, ptr %Ak, i64 %1515
  store <16 x float> %1513, ptr %1516, align 4
  %i28 = or disjoint i64 %i0, 3
  %1517 = shl nuw nsw i64 %i28, 5
  %1518 = or disjoint i64 %1517, %i0
  %1519 = getelementptr inbounds float, ptr %Gm, i64 %1518
  %1520 = load float, ptr %1519, align 4
  %1521 = insertelement <16 x float> poison, float %1520, i64 0
  %1522 = shufflevector <16 x float> %1521, <16 x float> poison, <16 x i32> zeroinitializer
  %1523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1522, <16 x float> %1446, <16 x float> %acc30.0.lcssa)
  %1524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1522, <16 x float> %1454, <16 x float> %acc31.0.lcssa)
  %1525 = or disjoint i64 %1517, %i26
  %1526 = getelementptr inbounds float, ptr %Gm, i64 %1525
  %1527 = load float, ptr %1526, align 4
  %1528 = insertelement <16 x float> poison, float %1527, i64 0
  %1529 = shufflevector <16 x float> %1528, <16 x float> poison, <16 x i32> zeroinitializer
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1529, <16 x float> %1473, <16 x float> %1523)
  %1531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1529, <16 x float> %1480, <16 x float> %1524)
  %1532 = or disjoint i64 %1517, %i27
  %1533 = getelementptr inbounds float, ptr %Gm, i64 %1532
  %1534 = load float, ptr %1533, align 4
  %1535 = insertelement <16 x float> poison, float %1534, i64 0
  %1536 = shufflevector <16 x float> %1535, <16 x float> poison, <16 x i32> zeroinitializer
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1505, <16 x float> %1530)
  %1538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1513, <16 x float> %1531)
  %1539 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1540 = load float, ptr %1539, align 4
  %1541 = getelementptr inbounds float, ptr %Rr, i64 %1517
  %1542 = load <16 x float>, ptr %1541, align 4
  %1543 = fsub <16 x float> %1542, %1537
  store <16 x float> %1543, ptr %1541, align 4
  %1544 = insertelement <16 x float> poison, float %1540, i64 0
  %1545 = shufflevector <16 x float> %1544, <16 x float> poison, <16 x i32> zeroinitializer
  %1546 = fmul <16 x float> %1545, %1543
  %1547 = getelementptr inbounds float, ptr %Vn, i64 %1517
  store <16 x float> %1546, ptr %1547, align 4
  %.idx2553 = mul nuw nsw i64 %i28, 448
  %1548 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2553
  store <16 x float> %1546, ptr %1548, align 4
  %1549 = or disjoint i64 %1517, 16
  %1550 = getelementptr inbounds float, ptr %Rr, i64 %1549
  %1551 = load <16 x float>, ptr %1550, align 4
  %1552 = fsub <16 x float> %1551, %1538
  store <16 x float> %1552, ptr %1550, align 4
  %1553 = fmul <16 x float> %1545, %1552
  %1554 = getelementptr inbounds float, ptr %Vn, i64 %1549
  store <16 x float> %1553, ptr %1554, align 4
  %1555 = getelementptr inbounds i8, ptr %1548, i64 64
  store <16 x float> %1553, ptr %1555, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02657, 1
  %exitcond3122.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond3122.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %1556 = phi i1 [ false, %j22.exit ], [ true, %j21.exit ]
  %i29.addr.02659 = phi i64 [ 16, %j22.exit ], [ 0, %j21.exit ]
  %1557 = shl nuw nsw i64 %i29.addr.02659, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1558 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02658 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1559 = or disjoint i64 %j22.addr.02658, %1557
  %1560 = getelementptr inbounds float, ptr %Vn, i64 %1559
  %1561 = load <16 x float>, ptr %1560, align 4
  %1562 = or disjoint i64 %1559, 256
  %1563 = getelementptr inbounds float, ptr %Vn, i64 %1562
  %1564 = load <16 x float>, ptr %1563, align 4
  %1565 = or disjoint i64 %1559, 32
  %1566 = getelementptr inbounds float, ptr %Vn, i64 %1565
  %1567 = load <16 x float>, ptr %1566, align 4
  %1568 = or disjoint i64 %1559, 288
  %1569 = getelementptr inbounds float, ptr %Vn, i64 %1568
  %1570 = load <16 x float>, ptr %1569, align 4
  %1571 = or disjoint i64 %1559, 64
  %1572 = getelementptr inbounds float, ptr %Vn, i64 %1571
  %1573 = load <16 x float>, ptr %1572, align 4
  %1574 = or disjoint i64 %1559, 320
  %1575 = getelementptr inbounds float, ptr %Vn, i64 %1574
  %1576 = load <16 x float>, ptr %1575, align 4
  %1577 = or disjoint i64 %1559, 96
  %1578 = getelementptr inbounds float, ptr %Vn, i64 %1577
  %1579 = load <16 x float>, ptr %1578, align 4
  %1580 = or disjoint i64 %1559, 352
  %1581 = getelementptr inbounds float, ptr %Vn, i64 %1580
  %1582 = load <16 x float>, ptr %1581, align 4
  %1583 = or disjoint i64 %1559, 128
  %1584 = getelementptr inbounds float, ptr %Vn, i64 %1583
  %1585 = load <16 x float>, ptr %1584, align 4
  %1586 = or disjoint i64 %1559, 384
  %1587 = getelementptr inbounds float, ptr %Vn, i64 %1586
  %1588 = load <16 x float>, ptr %1587, align 4
  %1589 = or disjoint i64 %1559, 160
  %1590 = getelementptr inbounds float, ptr %Vn, i64 %1589
  %1591 = load <16 x float>, ptr %1590, align 4
  %1592 = or disjoint i64 %1559, 416
  %1593 = getelementptr inbounds float, ptr %Vn, i64 %1592
  %1594 = load <16 x float>, ptr %1593, align 4
  %1595 = or disjoint i64 %1559, 192
  %1596 = getelementptr inbounds float, ptr %Vn, i64 %1595
  %1597 = load <16 x float>, ptr %1596, align 4
  %1598 = or disjoint i64 %1559, 448
  %1599 = getelementptr inbounds float, ptr %Vn, i64 %1598
  %1600 = load <16 x float>, ptr %1599, align 4
  %1601 = or disjoint i64 %1559, 224
  %1602 = getelementptr inbounds float, ptr %Vn, i64 %1601
  %1603 = load <16 x float>, ptr %1602, align 4
  %1604 = or disjoint i64 %1559, 480
  %1605 = getelementptr inbounds float, ptr %Vn, i64 %1604
  %1606 = load <16 x float>, ptr %1605, align 4
  %1607 = shufflevector <16 x float> %1561, <16 x float> %1564, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1608 = shufflevector <16 x float> %1585, <16 x float> %1588, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1609 = shufflevector <16 x float> %1567, <16 x float> %1570, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1610 = shufflevector <16 x float> %1591, <16 x float> %1594, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1611 = shufflevector <16 x float> %1573, <16 x float> %1576, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1612 = shufflevector <16 x float> %1597, <16 x float> %1600, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1613 = shufflevector <16 x float> %1579, <16 x float> %1582, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1614 = shufflevector <16 x float> %1603, <16 x float> %1606, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1615 = shufflevector <16 x float> %1561, <16 x float> %1564, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1616 = shufflevector <16 x float> %1585, <16 x float> %1588, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1617 = shufflevector <16 x float> %1567, <16 x float> %1570, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1618 = shufflevector <16 x float> %1591, <16 x float> %1594, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1619 = shufflevector <16 x float> %1573, <16 x float> %1576, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1620 = shufflevector <16 x float> %1597, <16 x float> %1600, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1621 = shufflevector <16 x float> %1579, <16 x float> %1582, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1622 = shufflevector <16 x float> %1603, <16 x float> %1606, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1623 = shufflevector <16 x float> %1607, <16 x float> %1608, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1624 = shufflevector <16 x float> %1611, <16 x float> %1612, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1625 = shufflevector <16 x float> %1609, <16 x float> %1610, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1626 = shufflevector <16 x float> %1613, <16 x float> %1614, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1627 = shufflevector <16 x float> %1607, <16 x float> %1608, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1628 = shufflevector <16 x float> %1611, <16 x float> %1612, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1629 = shufflevector <16 x float> %1609, <16 x float> %1610, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1630 = shufflevector <16 x float> %1613, <16 x float> %1614, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1631 = shufflevector <16 x float> %1615, <16 x float> %1616, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1632 = shufflevector <16 x float> %1619, <16 x float> %1620, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1633 = shufflevector <16 x float> %1617, <16 x float> %1618, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1634 = shufflevector <16 x float> %1621, <16 x float> %1622, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1635 = shufflevector <16 x float> %1615, <16 x float> %1616, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1636 = shufflevector <16 x float> %1619, <16 x float> %1620, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1637 = shufflevector <16 x float> %1617, <16 x float> %1618, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1638 = shufflevector <16 x float> %1621, <16 x float> %1622, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1639 = shufflevector <16 x float> %1623, <16 x float> %1624, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1640 = shufflevector <16 x float> %1625, <16 x float> %1626, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1641 = shufflevector <16 x float> %1623, <16 x float> %1624, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1642 = shufflevector <16 x float> %1625, <16 x float> %1626, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1643 = shufflevector <16 x float> %1627, <16 x float> %1628, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1644 = shufflevector <16 x float> %1629, <16 x float> %1630, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1645 = shufflevector <16 x float> %1627, <16 x float> %1628, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1646 = shufflevector <16 x float> %1629, <16 x float> %1630, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1647 = shufflevector <16 x float> %1631, <16 x float> %1632, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1648 = shufflevector <16 x float> %1633, <16 x float> %1634, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1649 = shufflevector <16 x float> %1631, <16 x float> %1632, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1650 = shufflevector <16 x float> %1633, <16 x float> %1634, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1651 = shufflevector <16 x float> %1635, <16 x float> %1636, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1652 = shufflevector <16 x float> %1637, <16 x float> %1638, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1653 = shufflevector <16 x float> %1635, <16 x float> %1636, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1654 = shufflevector <16 x float> %1637, <16 x float> %1638, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1655 = shufflevector <16 x float> %1639, <16 x float> %1640, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1656 = shl nuw nsw i64 %j22.addr.02658, 5
  %1657 = or disjoint i64 %1656, %i29.addr.02659
  %1658 = getelementptr inbounds float, ptr %VnT, i64 %1657
  store <16 x float> %1655, ptr %1658, align 4
  %1659 = shufflevector <16 x float> %1639, <16 x float> %1640, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1660 = or disjoint i64 %1657, 32
  %1661 = getelementptr inbounds float, ptr %VnT, i64 %1660
  store <16 x float> %1659, ptr %1661, align 4
  %1662 = shufflevector <16 x float> %1641, <16 x float> %1642, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1663 = or disjoint i64 %1657, 64
  %1664 = getelementptr inbounds float, ptr %VnT, i64 %1663
  store <16 x float> %1662, ptr %1664, align 4
  %1665 = shufflevector <16 x float> %1641, <16 x float> %1642, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1666 = or disjoint i64 %1657, 96
  %1667 = getelementptr inbounds float, ptr %VnT, i64 %1666
  store <16 x float> %1665, ptr %1667, align 4
  %1668 = shufflevector <16 x float> %1643, <16 x float> %1644, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1669 = or disjoint i64 %1657, 128
  %1670 = getelementptr inbounds float, ptr %VnT, i64 %1669
  store <16 x float> %1668, ptr %1670, align 4
  %1671 = shufflevector <16 x float> %1643, <16 x float> %1644, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1672 = or disjoint i64 %1657, 160
  %1673 = getelementptr inbounds float, ptr %VnT, i64 %1672
  store <16 x float> %1671, ptr %1673, align 4
  %1674 = shufflevector <16 x float> %1645, <16 x float> %1646, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1675 = or disjoint i64 %1657, 192
  %1676 = getelementptr inbounds float, ptr %VnT, i64 %1675
  store <16 x float> %1674, ptr %1676, align 4
  %1677 = shufflevector <16 x float> %1645, <16 x float> %1646, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1678 = or disjoint i64 %1657, 224
  %1679 = getelementptr inbounds float, ptr %VnT, i64 %1678
  store <16 x float> %1677, ptr %1679, align 4
  %1680 = shufflevector <16 x float> %1647, <16 x float> %1648, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1681 = or disjoint i64 %1657, 256
  %1682 = getelementptr inbounds float, ptr %VnT, i64 %1681
  store <16 x float> %1680, ptr %1682, align 4
  %1683 = shufflevector <16 x float> %1647, <16 x float> %1648, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1684 = or disjoint i64 %1657, 288
  %1685 = getelementptr inbounds float, ptr %VnT, i64 %1684
  store <16 x float> %1683, ptr %1685, align 4
  %1686 = shufflevector <16 x float> %1649, <16 x float> %1650, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1687 = or disjoint i64 %1657, 320
  %1688 = getelementptr inbounds float, ptr %VnT, i64 %1687
  store <16 x float> %1686, ptr %1688, align 4
  %1689 = shufflevector <16 x float> %1649, <16 x float> %1650, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1690 = or disjoint i64 %1657, 352
  %1691 = getelementptr inbounds float, ptr %VnT, i64 %1690
  store <16 x float> %1689, ptr %1691, align 4
  %1692 = shufflevector <16 x float> %1651, <16 x float> %1652, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1693 = or disjoint i64 %1657, 384
  %1694 = getelementptr inbounds float, ptr %VnT, i64 %1693
  store <16 x float> %1692, ptr %1694, align 4
  %1695 = shufflevector <16 x float> %1651, <16 x float> %1652, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1696 = or disjoint i64 %1657, 416
  %1697 = getelementptr inbounds float, ptr %VnT, i64 %1696
  store <16 x float> %1695, ptr %1697, align 4
  %1698 = shufflevector <16 x float> %1653, <16 x float> %1654, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1699 = or disjoint i64 %1657, 448
  %1700 = getelementptr inbounds float, ptr %VnT, i64 %1699
  store <16 x float> %1698, ptr %1700, align 4
  %1701 = shufflevector <16 x float> %1653, <16 x float> %1654, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1702 = or disjoint i64 %1657, 480
  %1703 = getelementptr inbounds float, ptr %VnT, i64 %1702
  store <16 x float> %1701, ptr %1703, align 4
  br i1 %1558, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  br i1 %1556, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02669 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx3161 = shl nsw i64 %i30.addr.02669, 7
  %invariant.gep3364 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3161
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02668 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1710, %p6.body ]
  %acc33.02667 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1715, %p6.body ]
  %acc34.02666 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1720, %p6.body ]
  %acc35.02665 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1725, %p6.body ]
  %acc36.02664 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1730, %p6.body ]
  %acc37.02663 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1735, %p6.body ]
  %acc38.02662 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1740, %p6.body ]
  %acc39.02661 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1745, %p6.body ]
  %p6.addr.02660 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %.idx2533 = shl nuw nsw i64 %p6.addr.02660, 6
  %1704 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2533
  %1705 = load <16 x float>, ptr %1704, align 4
  %gep3365 = getelementptr inbounds float, ptr %invariant.gep3364, i64 %p6.addr.02660
  %1706 = getelementptr inbounds i8, ptr %gep3365, i64 10240
  %1707 = load float, ptr %1706, align 4
  %1708 = insertelement <16 x float> poison, float %1707, i64 0
  %1709 = shufflevector <16 x float> %1708, <16 x float> poison, <16 x i32> zeroinitializer
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1709, <16 x float> %1705, <16 x float> %acc32.02668)
  %1711 = getelementptr inbounds i8, ptr %gep3365, i64 10368
  %1712 = load float, ptr %1711, align 4
  %1713 = insertelement <16 x float> poison, float %1712, i64 0
  %1714 = shufflevector <16 x float> %1713, <16 x float> poison, <16 x i32> zeroinitializer
  %1715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1714, <16 x float> %1705, <16 x float> %acc33.02667)
  %1716 = getelementptr inbounds i8, ptr %gep3365, i64 10496
  %1717 = load float, ptr %1716, align 4
  %1718 = insertelement <16 x float> poison, float %1717, i64 0
  %1719 = shufflevector <16 x float> %1718, <16 x float> poison, <16 x i32> zeroinitializer
  %1720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1719, <16 x float> %1705, <16 x float> %acc34.02666)
  %1721 = getelementptr inbounds i8, ptr %gep3365, i64 10624
  %1722 = load float, ptr %1721, align 4
  %1723 = insertelement <16 x float> poison, float %1722, i64 0
  %1724 = shufflevector <16 x float> %1723, <16 x float> poison, <16 x i32> zeroinitializer
  %1725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1705, <16 x float> %acc35.02665)
  %1726 = getelementptr inbounds i8, ptr %gep3365, i64 10752
  %1727 = load float, ptr %1726, align 4
  %1728 = insertelement <16 x float> poison, float %1727, i64 0
  %1729 = shufflevector <16 x float> %1728, <16 x float> poison, <16 x i32> zeroinitializer
  %1730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1729, <16 x float> %1705, <16 x float> %acc36.02664)
  %1731 = getelementptr inbounds i8, ptr %gep3365, i64 10880
  %1732 = load float, ptr %1731, align 4
  %1733 = insertelement <16 x float> poison, float %1732, i64 0
  %1734 = shufflevector <16 x float> %1733, <16 x float> poison, <16 x i32> zeroinitializer
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1705, <16 x float> %acc37.02663)
  %1736 = getelementptr inbounds i8, ptr %gep3365, i64 11008
  %1737 = load float, ptr %1736, align 4
  %1738 = insertelement <16 x float> poison, float %1737, i64 0
  %1739 = shufflevector <16 x float> %1738, <16 x float> poison, <16 x i32> zeroinitializer
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1705, <16 x float> %acc38.02662)
  %1741 = getelementptr inbounds i8, ptr %gep3365, i64 11136
  %1742 = load float, ptr %1741, align 4
  %1743 = insertelement <16 x float> poison, float %1742, i64 0
  %1744 = shufflevector <16 x float> %1743, <16 x float> poison, <16 x i32> zeroinitializer
  %1745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1744, <16 x float> %1705, <16 x float> %acc39.02661)
  %p6.next = add nuw nsw i64 %p6.addr.02660, 1
  %exitcond3123.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3123.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %.idx2532 = shl nuw nsw i64 %i30.addr.02669, 6
  %1746 = getelementptr inbounds i8, ptr %PT, i64 %.idx2532
  store <16 x float> %1710, ptr %1746, align 4
  %1747 = shl nuw nsw i64 %i30.addr.02669, 4
  %1748 = or disjoint i64 %1747, 16
  %1749 = getelementptr inbounds float, ptr %PT, i64 %1748
  store <16 x float> %1715, ptr %1749, align 4
  %1750 = or disjoint i64 %1747, 32
  %1751 = getelementptr inbounds float, ptr %PT, i64 %1750
  store <16 x float> %1720, ptr %1751, align 4
  %1752 = or disjoint i64 %1747, 48
  %1753 = getelementptr inbounds float, ptr %PT, i64 %1752
  store <16 x float> %1725, ptr %1753, align 4
  %1754 = or disjoint i64 %1747, 64
  %1755 = getelementptr inbounds float, ptr %PT, i64 %1754
  store <16 x float> %1730, ptr %1755, align 4
  %1756 = or disjoint i64 %1747, 80
  %1757 = getelementptr inbounds float, ptr %PT, i64 %1756
  store <16 x float> %1735, ptr %1757, align 4
  %1758 = or disjoint i64 %1747, 96
  %1759 = getelementptr inbounds float, ptr %PT, i64 %1758
  store <16 x float> %1740, ptr %1759, align 4
  %1760 = or disjoint i64 %1747, 112
  %1761 = getelementptr inbounds float, ptr %PT, i64 %1760
  store <16 x float> %1745, ptr %1761, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02669, 8
  %1762 = icmp ult i64 %i30.addr.02669, 24
  br i1 %1762, label %p6.head.preheader, label %t3.body.preheader

t3.body.preheader:                                ; preds = %p6.exit
  %1763 = load <16 x float>, ptr %PT, align 4
  %1764 = load <16 x float>, ptr %M, align 4
  %1765 = fmul <16 x float> %1763, %1764
  store <16 x float> %1765, ptr %PT, align 4
  %1766 = load <16 x float>, ptr %33, align 4
  %1767 = fmul <16 x float> %1766, %1764
  store <16 x float> %1767, ptr %33, align 4
  %1768 = load <16 x float>, ptr %34, align 4
  %1769 = load <16 x float>, ptr %35, align 4
  %1770 = fmul <16 x float> %1768, %1769
  store <16 x float> %1770, ptr %34, align 4
  %1771 = load <16 x float>, ptr %36, align 4
  %1772 = fmul <16 x float> %1771, %1769
  store <16 x float> %1772, ptr %36, align 4
  %1773 = load <16 x float>, ptr %37, align 4
  %1774 = load <16 x float>, ptr %38, align 4
  %1775 = fmul <16 x float> %1773, %1774
  store <16 x float> %1775, ptr %37, align 4
  %1776 = load <16 x float>, ptr %39, align 4
  %1777 = fmul <16 x float> %1776, %1774
  store <16 x float> %1777, ptr %39, align 4
  %1778 = load <16 x float>, ptr %40, align 4
  %1779 = load <16 x float>, ptr %41, align 4
  %1780 = fmul <16 x float> %1778, %1779
  store <16 x float> %1780, ptr %40, align 4
  %1781 = load <16 x float>, ptr %42, align 4
  %1782 = fmul <16 x float> %1781, %1779
  store <16 x float> %1782, ptr %42, align 4
  %1783 = load <16 x float>, ptr %43, align 4
  %1784 = load <16 x float>, ptr %44, align 4
  %1785 = fmul <16 x float> %1783, %1784
  store <16 x float> %1785, ptr %43, align 4
  %1786 = load <16 x float>, ptr %45, align 4
  %1787 = fmul <16 x float> %1786, %1784
  store <16 x float> %1787, ptr %45, align 4
  %1788 = load <16 x float>, ptr %46, align 4
  %1789 = load <16 x float>, ptr %47, align 4
  %1790 = fmul <16 x float> %1788, %1789
  store <16 x float> %1790, ptr %46, align 4
  %1791 = load <16 x float>, ptr %48, align 4
  %1792 = fmul <16 x float> %1791, %1789
  store <16 x float> %1792, ptr %48, align 4
  %1793 = load <16 x float>, ptr %49, align 4
  %1794 = load <16 x float>, ptr %50, align 4
  %1795 = fmul <16 x float> %1793, %1794
  store <16 x float> %1795, ptr %49, align 4
  %1796 = load <16 x float>, ptr %51, align 4
  %1797 = fmul <16 x float> %1796, %1794
  store <16 x float> %1797, ptr %51, align 4
  %1798 = load <16 x float>, ptr %52, align 4
  %1799 = load <16 x float>, ptr %53, align 4
  %1800 = fmul <16 x float> %1798, %1799
  store <16 x float> %1800, ptr %52, align 4
  %1801 = load <16 x float>, ptr %54, align 4
  %1802 = fmul <16 x float> %1801, %1799
  store <16 x float> %1802, ptr %54, align 4
  %1803 = load <16 x float>, ptr %55, align 4
  %1804 = load <16 x float>, ptr %56, align 4
  %1805 = fmul <16 x float> %1803, %1804
  store <16 x float> %1805, ptr %55, align 4
  %1806 = load <16 x float>, ptr %57, align 4
  %1807 = fmul <16 x float> %1806, %1804
  store <16 x float> %1807, ptr %57, align 4
  %1808 = load <16 x float>, ptr %58, align 4
  %1809 = load <16 x float>, ptr %59, align 4
  %1810 = fmul <16 x float> %1808, %1809
  store <16 x float> %1810, ptr %58, align 4
  %1811 = load <16 x float>, ptr %60, align 4
  %1812 = fmul <16 x float> %1811, %1809
  store <16 x float> %1812, ptr %60, align 4
  %1813 = load <16 x float>, ptr %61, align 4
  %1814 = load <16 x float>, ptr %62, align 4
  %1815 = fmul <16 x float> %1813, %1814
  store <16 x float> %1815, ptr %61, align 4
  %1816 = load <16 x float>, ptr %63, align 4
  %1817 = fmul <16 x float> %1816, %1814
  store <16 x float> %1817, ptr %63, align 4
  %1818 = load <16 x float>, ptr %64, align 4
  %1819 = load <16 x float>, ptr %65, align 4
  %1820 = fmul <16 x float> %1818, %1819
  store <16 x float> %1820, ptr %64, align 4
  %1821 = load <16 x float>, ptr %66, align 4
  %1822 = fmul <16 x float> %1821, %1819
  store <16 x float> %1822, ptr %66, align 4
  %1823 = load <16 x float>, ptr %67, align 4
  %1824 = load <16 x float>, ptr %68, align 4
  %1825 = fmul <16 x float> %1823, %1824
  store <16 x float> %1825, ptr %67, align 4
  %1826 = load <16 x float>, ptr %69, align 4
  %1827 = fmul <16 x float> %1826, %1824
  store <16 x float> %1827, ptr %69, align 4
  %1828 = load <16 x float>, ptr %70, align 4
  %1829 = load <16 x float>, ptr %71, align 4
  %1830 = fmul <16 x float> %1828, %1829
  store <16 x float> %1830, ptr %70, align 4
  %1831 = load <16 x float>, ptr %72, align 4
  %1832 = fmul <16 x float> %1831, %1829
  store <16 x float> %1832, ptr %72, align 4
  %1833 = load <16 x float>, ptr %73, align 4
  %1834 = load <16 x float>, ptr %74, align 4
  %1835 = fmul <16 x float> %1833, %1834
  store <16 x float> %1835, ptr %73, align 4
  %1836 = load <16 x float>, ptr %75, align 4
  %1837 = fmul <16 x float> %1836, %1834
  store <16 x float> %1837, ptr %75, align 4
  %1838 = load <16 x float>, ptr %76, align 4
  %1839 = load <16 x float>, ptr %77, align 4
  %1840 = fmul <16 x float> %1838, %1839
  store <16 x float> %1840, ptr %76, align 4
  %1841 = load <16 x float>, ptr %78, align 4
  %1842 = fmul <16 x float> %1841, %1839
  store <16 x float> %1842, ptr %78, align 4
  %1843 = load <16 x float>, ptr %invariant.gep3366, align 4
  store <16 x float> %1843, ptr %invariant.gep3368, align 4
  %1844 = load <16 x float>, ptr %invariant.gep3370, align 4
  store <16 x float> %1844, ptr %invariant.gep3372, align 4
  %1845 = load <16 x float>, ptr %gep3367.1, align 4
  store <16 x float> %1845, ptr %gep3369.1, align 4
  %1846 = load <16 x float>, ptr %gep3371.1, align 4
  store <16 x float> %1846, ptr %gep3373.1, align 4
  %1847 = load <16 x float>, ptr %gep3367.2, align 4
  store <16 x float> %1847, ptr %gep3369.2, align 4
  %1848 = load <16 x float>, ptr %gep3371.2, align 4
  store <16 x float> %1848, ptr %gep3373.2, align 4
  %1849 = load <16 x float>, ptr %gep3367.3, align 4
  store <16 x float> %1849, ptr %gep3369.3, align 4
  %1850 = load <16 x float>, ptr %gep3371.3, align 4
  store <16 x float> %1850, ptr %gep3373.3, align 4
  %1851 = load <16 x float>, ptr %gep3367.4, align 4
  store <16 x float> %1851, ptr %gep3369.4, align 4
  %1852 = load <16 x float>, ptr %gep3371.4, align 4
  store <16 x float> %1852, ptr %gep3373.4, align 4
  %1853 = load <16 x float>, ptr %gep3367.5, align 4
  store <16 x float> %1853, ptr %gep3369.5, align 4
  %1854 = load <16 x float>, ptr %gep3371.5, align 4
  store <16 x float> %1854, ptr %gep3373.5, align 4
  %1855 = load <16 x float>, ptr %gep3367.6, align 4
  store <16 x float> %1855, ptr %gep3369.6, align 4
  %1856 = load <16 x float>, ptr %gep3371.6, align 4
  store <16 x float> %1856, ptr %gep3373.6, align 4
  %1857 = load <16 x float>, ptr %gep3367.7, align 4
  store <16 x float> %1857, ptr %gep3369.7, align 4
  %1858 = load <16 x float>, ptr %gep3371.7, align 4
  store <16 x float> %1858, ptr %gep3373.7, align 4
  %1859 = load <16 x float>, ptr %gep3367.8, align 4
  store <16 x float> %1859, ptr %gep3369.8, align 4
  %1860 = load <16 x float>, ptr %gep3371.8, align 4
  store <16 x float> %1860, ptr %gep3373.8, align 4
  %1861 = load <16 x float>, ptr %gep3367.9, align 4
  store <16 x float> %1861, ptr %gep3369.9, align 4
  %1862 = load <16 x float>, ptr %gep3371.9, align 4
  store <16 x float> %1862, ptr %gep3373.9, align 4
  %1863 = load <16 x float>, ptr %gep3367.10, align 4
  store <16 x float> %1863, ptr %gep3369.10, align 4
  %1864 = load <16 x float>, ptr %gep3371.10, align 4
  store <16 x float> %1864, ptr %gep3373.10, align 4
  %1865 = load <16 x float>, ptr %gep3367.11, align 4
  store <16 x float> %1865, ptr %gep3369.11, align 4
  %1866 = load <16 x float>, ptr %gep3371.11, align 4
  store <16 x float> %1866, ptr %gep3373.11, align 4
  %1867 = load <16 x float>, ptr %gep3367.12, align 4
  store <16 x float> %1867, ptr %gep3369.12, align 4
  %1868 = load <16 x float>, ptr %gep3371.12, align 4
  store <16 x float> %1868, ptr %gep3373.12, align 4
  %1869 = load <16 x float>, ptr %gep3367.13, align 4
  store <16 x float> %1869, ptr %gep3369.13, align 4
  %1870 = load <16 x float>, ptr %gep3371.13, align 4
  store <16 x float> %1870, ptr %gep3373.13, align 4
  %1871 = load <16 x float>, ptr %gep3367.14, align 4
  store <16 x float> %1871, ptr %gep3369.14, align 4
  %1872 = load <16 x float>, ptr %gep3371.14, align 4
  store <16 x float> %1872, ptr %gep3373.14, align 4
  %1873 = load <16 x float>, ptr %gep3367.15, align 4
  store <16 x float> %1873, ptr %gep3369.15, align 4
  %1874 = load <16 x float>, ptr %gep3371.15, align 4
  store <16 x float> %1874, ptr %gep3373.15, align 4
  %1875 = load <16 x float>, ptr %gep3367.16, align 4
  store <16 x float> %1875, ptr %gep3369.16, align 4
  %1876 = load <16 x float>, ptr %gep3371.16, align 4
  store <16 x float> %1876, ptr %gep3373.16, align 4
  %1877 = load <16 x float>, ptr %gep3367.17, align 4
  store <16 x float> %1877, ptr %gep3369.17, align 4
  %1878 = load <16 x float>, ptr %gep3371.17, align 4
  store <16 x float> %1878, ptr %gep3373.17, align 4
  %1879 = load <16 x float>, ptr %gep3367.18, align 4
  store <16 x float> %1879, ptr %gep3369.18, align 4
  %1880 = load <16 x float>, ptr %gep3371.18, align 4
  store <16 x float> %1880, ptr %gep3373.18, align 4
  %1881 = load <16 x float>, ptr %gep3367.19, align 4
  store <16 x float> %1881, ptr %gep3369.19, align 4
  %1882 = load <16 x float>, ptr %gep3371.19, align 4
  store <16 x float> %1882, ptr %gep3373.19, align 4
  %1883 = load <16 x float>, ptr %gep3367.20, align 4
  store <16 x float> %1883, ptr %gep3369.20, align 4
  %1884 = load <16 x float>, ptr %gep3371.20, align 4
  store <16 x float> %1884, ptr %gep3373.20, align 4
  %1885 = load <16 x float>, ptr %gep3367.21, align 4
  store <16 x float> %1885, ptr %gep3369.21, align 4
  %1886 = load <16 x float>, ptr %gep3371.21, align 4
  store <16 x float> %1886, ptr %gep3373.21, align 4
  %1887 = load <16 x float>, ptr %gep3367.22, align 4
  store <16 x float> %1887, ptr %gep3369.22, align 4
  %1888 = load <16 x float>, ptr %gep3371.22, align 4
  store <16 x float> %1888, ptr %gep3373.22, align 4
  %1889 = load <16 x float>, ptr %gep3367.23, align 4
  store <16 x float> %1889, ptr %gep3369.23, align 4
  %1890 = load <16 x float>, ptr %gep3371.23, align 4
  store <16 x float> %1890, ptr %gep3373.23, align 4
  %1891 = load <16 x float>, ptr %gep3367.24, align 4
  store <16 x float> %1891, ptr %gep3369.24, align 4
  %1892 = load <16 x float>, ptr %gep3371.24, align 4
  store <16 x float> %1892, ptr %gep3373.24, align 4
  %1893 = load <16 x float>, ptr %gep3367.25, align 4
  store <16 x float> %1893, ptr %gep3369.25, align 4
  %1894 = load <16 x float>, ptr %gep3371.25, align 4
  store <16 x float> %1894, ptr %gep3373.25, align 4
  %1895 = load <16 x float>, ptr %gep3367.26, align 4
  store <16 x float> %1895, ptr %gep3369.26, align 4
  %1896 = load <16 x float>, ptr %gep3371.26, align 4
  store <16 x float> %1896, ptr %gep3373.26, align 4
  %1897 = load <16 x float>, ptr %gep3367.27, align 4
  store <16 x float> %1897, ptr %gep3369.27, align 4
  %1898 = load <16 x float>, ptr %gep3371.27, align 4
  store <16 x float> %1898, ptr %gep3373.27, align 4
  %1899 = load <16 x float>, ptr %gep3367.28, align 4
  store <16 x float> %1899, ptr %gep3369.28, align 4
  %1900 = load <16 x float>, ptr %gep3371.28, align 4
  store <16 x float> %1900, ptr %gep3373.28, align 4
  %1901 = load <16 x float>, ptr %gep3367.29, align 4
  store <16 x float> %1901, ptr %gep3369.29, align 4
  %1902 = load <16 x float>, ptr %gep3371.29, align 4
  store <16 x float> %1902, ptr %gep3373.29, align 4
  %1903 = load <16 x float>, ptr %gep3367.30, align 4
  store <16 x float> %1903, ptr %gep3369.30, align 4
  %1904 = load <16 x float>, ptr %gep3371.30, align 4
  store <16 x float> %1904, ptr %gep3373.30, align 4
  %1905 = load <16 x float>, ptr %gep3367.31, align 4
  store <16 x float> %1905, ptr %gep3369.31, align 4
  %1906 = load <16 x float>, ptr %gep3371.31, align 4
  store <16 x float> %1906, ptr %gep3373.31, align 4
  br label %i34.body

i34.body:                                         ; preds = %t3.body.preheader, %p7.exit
  %i34.addr.02690 = phi i64 [ %i34.next, %p7.exit ], [ 0, %t3.body.preheader ]
  %.idx2544 = shl nuw nsw i64 %i34.addr.02690, 7
  %1907 = getelementptr inbounds i8, ptr %OY, i64 %.idx2544
  %1908 = getelementptr inbounds i8, ptr %1907, i64 2048
  %1909 = load <16 x float>, ptr %1908, align 4
  %1910 = getelementptr inbounds i8, ptr %1907, i64 2112
  %1911 = load <16 x float>, ptr %1910, align 4
  %1912 = or disjoint i64 %i34.addr.02690, 1
  %.idx2545 = shl nuw nsw i64 %1912, 7
  %1913 = getelementptr inbounds i8, ptr %OY, i64 %.idx2545
  %1914 = getelementptr inbounds i8, ptr %1913, i64 2048
  %1915 = load <16 x float>, ptr %1914, align 4
  %1916 = getelementptr inbounds i8, ptr %1913, i64 2112
  %1917 = load <16 x float>, ptr %1916, align 4
  %1918 = or disjoint i64 %i34.addr.02690, 2
  %.idx2546 = shl nuw nsw i64 %1918, 7
  %1919 = getelementptr inbounds i8, ptr %OY, i64 %.idx2546
  %1920 = getelementptr inbounds i8, ptr %1919, i64 2048
  %1921 = load <16 x float>, ptr %1920, align 4
  %1922 = getelementptr inbounds i8, ptr %1919, i64 2112
  %1923 = load <16 x float>, ptr %1922, align 4
  %1924 = or disjoint i64 %i34.addr.02690, 3
  %.idx2547 = shl nuw nsw i64 %1924, 7
  %1925 = getelementptr inbounds i8, ptr %OY, i64 %.idx2547
  %1926 = getelementptr inbounds i8, ptr %1925, i64 2048
  %1927 = load <16 x float>, ptr %1926, align 4
  %1928 = getelementptr inbounds i8, ptr %1925, i64 2112
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = or disjoint i64 %i34.addr.02690, 4
  %.idx2548 = shl nuw nsw i64 %1930, 7
  %1931 = getelementptr inbounds i8, ptr %OY, i64 %.idx2548
  %1932 = getelementptr inbounds i8, ptr %1931, i64 2048
  %1933 = load <16 x float>, ptr %1932, align 4
  %1934 = getelementptr inbounds i8, ptr %1931, i64 2112
  %1935 = load <16 x float>, ptr %1934, align 4
  %1936 = or disjoint i64 %i34.addr.02690, 5
  %.idx2549 = shl nuw nsw i64 %1936, 7
  %1937 = getelementptr inbounds i8, ptr %OY, i64 %.idx2549
  %1938 = getelementptr inbounds i8, ptr %1937, i64 2048
  %1939 = load <16 x float>, ptr %1938, align 4
  %1940 = getelementptr inbounds i8, ptr %1937, i64 2112
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = or disjoint i64 %i34.addr.02690, 6
  %.idx2550 = shl nuw nsw i64 %1942, 7
  %1943 = getelementptr inbounds i8, ptr %OY, i64 %.idx2550
  %1944 = getelementptr inbounds i8, ptr %1943, i64 2048
  %1945 = load <16 x float>, ptr %1944, align 4
  %1946 = getelementptr inbounds i8, ptr %1943, i64 2112
  %1947 = load <16 x float>, ptr %1946, align 4
  %1948 = or disjoint i64 %i34.addr.02690, 7
  %.idx2551 = shl nuw nsw i64 %1948, 7
  %1949 = getelementptr inbounds i8, ptr %OY, i64 %.idx2551
  %1950 = getelementptr inbounds i8, ptr %1949, i64 2048
  %1951 = load <16 x float>, ptr %1950, align 4
  %1952 = getelementptr inbounds i8, ptr %1949, i64 2112
  %1953 = load <16 x float>, ptr %1952, align 4
  %.idx2894 = shl nsw i64 %i34.addr.02690, 6
  %.idx2895 = shl nsw i64 %1912, 6
  %.idx2896 = shl nsw i64 %1918, 6
  %.idx2897 = shl nsw i64 %1924, 6
  %.idx2898 = shl nsw i64 %1930, 6
  %.idx2899 = shl nsw i64 %1936, 6
  %.idx2900 = shl nsw i64 %1942, 6
  %.idx2901 = shl nsw i64 %1948, 6
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc40.02689 = phi <16 x float> [ %1909, %i34.body ], [ %1965, %p7.body ]
  %acc41.02688 = phi <16 x float> [ %1911, %i34.body ], [ %1966, %p7.body ]
  %acc42.02687 = phi <16 x float> [ %1915, %i34.body ], [ %1971, %p7.body ]
  %acc43.02686 = phi <16 x float> [ %1917, %i34.body ], [ %1972, %p7.body ]
  %acc44.02685 = phi <16 x float> [ %1921, %i34.body ], [ %1977, %p7.body ]
  %acc45.02684 = phi <16 x float> [ %1923, %i34.body ], [ %1978, %p7.body ]
  %acc46.02683 = phi <16 x float> [ %1927, %i34.body ], [ %1983, %p7.body ]
  %acc47.02682 = phi <16 x float> [ %1929, %i34.body ], [ %1984, %p7.body ]
  %acc48.02681 = phi <16 x float> [ %1933, %i34.body ], [ %1989, %p7.body ]
  %acc49.02680 = phi <16 x float> [ %1935, %i34.body ], [ %1990, %p7.body ]
  %acc50.02679 = phi <16 x float> [ %1939, %i34.body ], [ %1995, %p7.body ]
  %acc51.02678 = phi <16 x float> [ %1941, %i34.body ], [ %1996, %p7.body ]
  %acc52.02677 = phi <16 x float> [ %1945, %i34.body ], [ %2001, %p7.body ]
  %acc53.02676 = phi <16 x float> [ %1947, %i34.body ], [ %2002, %p7.body ]
  %acc54.02675 = phi <16 x float> [ %1951, %i34.body ], [ %2007, %p7.body ]
  %acc55.02674 = phi <16 x float> [ %1953, %i34.body ], [ %2008, %p7.body ]
  %p7.addr.02673 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %1954 = shl nuw nsw i64 %p7.addr.02673, 5
  %1955 = getelementptr inbounds float, ptr %OY, i64 %1954
  %1956 = load <16 x float>, ptr %1955, align 4
  %1957 = or disjoint i64 %1954, 16
  %1958 = getelementptr inbounds float, ptr %OY, i64 %1957
  %1959 = load <16 x float>, ptr %1958, align 4
  %1960 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02673
  %1961 = getelementptr inbounds i8, ptr %1960, i64 %.idx2894
  %1962 = load float, ptr %1961, align 4
  %1963 = insertelement <16 x float> poison, float %1962, i64 0
  %1964 = shufflevector <16 x float> %1963, <16 x float> poison, <16 x i32> zeroinitializer
  %1965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1964, <16 x float> %1956, <16 x float> %acc40.02689)
  %1966 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1964, <16 x float> %1959, <16 x float> %acc41.02688)
  %1967 = getelementptr inbounds i8, ptr %1960, i64 %.idx2895
  %1968 = load float, ptr %1967, align 4
  %1969 = insertelement <16 x float> poison, float %1968, i64 0
  %1970 = shufflevector <16 x float> %1969, <16 x float> poison, <16 x i32> zeroinitializer
  %1971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1970, <16 x float> %1956, <16 x float> %acc42.02687)
  %1972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1970, <16 x float> %1959, <16 x float> %acc43.02686)
  %1973 = getelementptr inbounds i8, ptr %1960, i64 %.idx2896
  %1974 = load float, ptr %1973, align 4
  %1975 = insertelement <16 x float> poison, float %1974, i64 0
  %1976 = shufflevector <16 x float> %1975, <16 x float> poison, <16 x i32> zeroinitializer
  %1977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1976, <16 x float> %1956, <16 x float> %acc44.02685)
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1976, <16 x float> %1959, <16 x float> %acc45.02684)
  %1979 = getelementptr inbounds i8, ptr %1960, i64 %.idx2897
  %1980 = load float, ptr %1979, align 4
  %1981 = insertelement <16 x float> poison, float %1980, i64 0
  %1982 = shufflevector <16 x float> %1981, <16 x float> poison, <16 x i32> zeroinitializer
  %1983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1982, <16 x float> %1956, <16 x float> %acc46.02683)
  %1984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1982, <16 x float> %1959, <16 x float> %acc47.02682)
  %1985 = getelementptr inbounds i8, ptr %1960, i64 %.idx2898
  %1986 = load float, ptr %1985, align 4
  %1987 = insertelement <16 x float> poison, float %1986, i64 0
  %1988 = shufflevector <16 x float> %1987, <16 x float> poison, <16 x i32> zeroinitializer
  %1989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1956, <16 x float> %acc48.02681)
  %1990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1959, <16 x float> %acc49.02680)
  %1991 = getelementptr inbounds i8, ptr %1960, i64 %.idx2899
  %1992 = load float, ptr %1991, align 4
  %1993 = insertelement <16 x float> poison, float %1992, i64 0
  %1994 = shufflevector <16 x float> %1993, <16 x float> poison, <16 x i32> zeroinitializer
  %1995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1994, <16 x float> %1956, <16 x float> %acc50.02679)
  %1996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1994, <16 x float> %1959, <16 x float> %acc51.02678)
  %1997 = getelementptr inbounds i8, ptr %1960, i64 %.idx2900
  %1998 = load float, ptr %1997, align 4
  %1999 = insertelement <16 x float> poison, float %1998, i64 0
  %2000 = shufflevector <16 x float> %1999, <16 x float> poison, <16 x i32> zeroinitializer
  %2001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2000, <16 x float> %1956, <16 x float> %acc52.02677)
  %2002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2000, <16 x float> %1959, <16 x float> %acc53.02676)
  %2003 = getelementptr inbounds i8, ptr %1960, i64 %.idx2901
  %2004 = load float, ptr %2003, align 4
  %2005 = insertelement <16 x float> poison, float %2004, i64 0
  %2006 = shufflevector <16 x float> %2005, <16 x float> poison, <16 x i32> zeroinitializer
  %2007 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2006, <16 x float> %1956, <16 x float> %acc54.02675)
  %2008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2006, <16 x float> %1959, <16 x float> %acc55.02674)
  %p7.next = add nuw nsw i64 %p7.addr.02673, 1
  %exitcond3128.not = icmp eq i64 %p7.next, 16
  br i1 %exitcond3128.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1965, ptr %1908, align 4
  store <16 x float> %1966, ptr %1910, align 4
  store <16 x float> %1971, ptr %1914, align 4
  store <16 x float> %1972, ptr %1916, align 4
  store <16 x float> %1977, ptr %1920, align 4
  store <16 x float> %1978, ptr %1922, align 4
  store <16 x float> %1983, ptr %1926, align 4
  store <16 x float> %1984, ptr %1928, align 4
  store <16 x float> %1989, ptr %1932, align 4
  store <16 x float> %1990, ptr %1934, align 4
  store <16 x float> %1995, ptr %1938, align 4
  store <16 x float> %1996, ptr %1940, align 4
  store <16 x float> %2001, ptr %1944, align 4
  store <16 x float> %2002, ptr %1946, align 4
  store <16 x float> %2007, ptr %1950, align 4
  store <16 x float> %2008, ptr %1952, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02690, 8
  %2009 = icmp ult i64 %i34.addr.02690, 24
  br i1 %2009, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02700 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2010 = shl nuw nsw i64 %i35.addr.02700, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc56.02699 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2018, %p8.body ]
  %acc57.02698 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2024, %p8.body ]
  %acc58.02697 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2030, %p8.body ]
  %acc59.02696 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2036, %p8.body ]
  %acc60.02695 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2042, %p8.body ]
  %acc61.02694 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2048, %p8.body ]
  %acc62.02693 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2054, %p8.body ]
  %acc63.02692 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2060, %p8.body ]
  %p8.addr.02691 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %.idx2529 = shl nuw nsw i64 %p8.addr.02691, 6
  %2011 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2529
  %2012 = load <16 x float>, ptr %2011, align 4
  %2013 = add nuw nsw i64 %p8.addr.02691, %2010
  %2014 = getelementptr inbounds float, ptr %Vn, i64 %2013
  %2015 = load float, ptr %2014, align 4
  %2016 = insertelement <16 x float> poison, float %2015, i64 0
  %2017 = shufflevector <16 x float> %2016, <16 x float> poison, <16 x i32> zeroinitializer
  %2018 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2017, <16 x float> %2012, <16 x float> %acc56.02699)
  %2019 = or disjoint i64 %2013, 32
  %2020 = getelementptr inbounds float, ptr %Vn, i64 %2019
  %2021 = load float, ptr %2020, align 4
  %2022 = insertelement <16 x float> poison, float %2021, i64 0
  %2023 = shufflevector <16 x float> %2022, <16 x float> poison, <16 x i32> zeroinitializer
  %2024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2023, <16 x float> %2012, <16 x float> %acc57.02698)
  %2025 = or disjoint i64 %2013, 64
  %2026 = getelementptr inbounds float, ptr %Vn, i64 %2025
  %2027 = load float, ptr %2026, align 4
  %2028 = insertelement <16 x float> poison, float %2027, i64 0
  %2029 = shufflevector <16 x float> %2028, <16 x float> poison, <16 x i32> zeroinitializer
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2029, <16 x float> %2012, <16 x float> %acc58.02697)
  %2031 = or disjoint i64 %2013, 96
  %2032 = getelementptr inbounds float, ptr %Vn, i64 %2031
  %2033 = load float, ptr %2032, align 4
  %2034 = insertelement <16 x float> poison, float %2033, i64 0
  %2035 = shufflevector <16 x float> %2034, <16 x float> poison, <16 x i32> zeroinitializer
  %2036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %2012, <16 x float> %acc59.02696)
  %2037 = or disjoint i64 %2013, 128
  %2038 = getelementptr inbounds float, ptr %Vn, i64 %2037
  %2039 = load float, ptr %2038, align 4
  %2040 = insertelement <16 x float> poison, float %2039, i64 0
  %2041 = shufflevector <16 x float> %2040, <16 x float> poison, <16 x i32> zeroinitializer
  %2042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2041, <16 x float> %2012, <16 x float> %acc60.02695)
  %2043 = or disjoint i64 %2013, 160
  %2044 = getelementptr inbounds float, ptr %Vn, i64 %2043
  %2045 = load float, ptr %2044, align 4
  %2046 = insertelement <16 x float> poison, float %2045, i64 0
  %2047 = shufflevector <16 x float> %2046, <16 x float> poison, <16 x i32> zeroinitializer
  %2048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2047, <16 x float> %2012, <16 x float> %acc61.02694)
  %2049 = or disjoint i64 %2013, 192
  %2050 = getelementptr inbounds float, ptr %Vn, i64 %2049
  %2051 = load float, ptr %2050, align 4
  %2052 = insertelement <16 x float> poison, float %2051, i64 0
  %2053 = shufflevector <16 x float> %2052, <16 x float> poison, <16 x i32> zeroinitializer
  %2054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2053, <16 x float> %2012, <16 x float> %acc62.02693)
  %2055 = or disjoint i64 %2013, 224
  %2056 = getelementptr inbounds float, ptr %Vn, i64 %2055
  %2057 = load float, ptr %2056, align 4
  %2058 = insertelement <16 x float> poison, float %2057, i64 0
  %2059 = shufflevector <16 x float> %2058, <16 x float> poison, <16 x i32> zeroinitializer
  %2060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2059, <16 x float> %2012, <16 x float> %acc63.02692)
  %p8.next = add nuw nsw i64 %p8.addr.02691, 1
  %exitcond3129.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3129.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2061 = mul nuw nsw i64 %i35.addr.02700, 112
  %2062 = or disjoint i64 %2061, 64
  %2063 = getelementptr inbounds float, ptr %Ak, i64 %2062
  store <16 x float> %2018, ptr %2063, align 4
  %.idx2522 = mul nuw nsw i64 %i35.addr.02700, 448
  %2064 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2522
  %2065 = getelementptr inbounds i8, ptr %2064, i64 704
  store <16 x float> %2024, ptr %2065, align 4
  %2066 = getelementptr inbounds i8, ptr %2064, i64 1152
  store <16 x float> %2030, ptr %2066, align 4
  %2067 = getelementptr inbounds i8, ptr %2064, i64 1600
  store <16 x float> %2036, ptr %2067, align 4
  %2068 = getelementptr inbounds i8, ptr %2064, i64 2048
  store <16 x float> %2042, ptr %2068, align 4
  %2069 = getelementptr inbounds i8, ptr %2064, i64 2496
  store <16 x float> %2048, ptr %2069, align 4
  %2070 = getelementptr inbounds i8, ptr %2064, i64 2944
  store <16 x float> %2054, ptr %2070, align 4
  %2071 = getelementptr inbounds i8, ptr %2064, i64 3392
  store <16 x float> %2060, ptr %2071, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02700, 8
  %2072 = icmp ult i64 %i35.addr.02700, 24
  br i1 %2072, label %p8.head.preheader, label %t4.body.preheader

t4.body.preheader:                                ; preds = %p8.exit
  %2073 = load <16 x float>, ptr %79, align 4
  %2074 = load <16 x float>, ptr %M, align 4
  %2075 = fmul <16 x float> %2073, %2074
  store <16 x float> %2075, ptr %79, align 4
  %2076 = load <16 x float>, ptr %80, align 4
  %2077 = fmul <16 x float> %2076, %2074
  store <16 x float> %2077, ptr %80, align 4
  %2078 = load <16 x float>, ptr %81, align 4
  %2079 = load <16 x float>, ptr %35, align 4
  %2080 = fmul <16 x float> %2078, %2079
  store <16 x float> %2080, ptr %81, align 4
  %2081 = load <16 x float>, ptr %82, align 4
  %2082 = fmul <16 x float> %2081, %2079
  store <16 x float> %2082, ptr %82, align 4
  %2083 = load <16 x float>, ptr %83, align 4
  %2084 = load <16 x float>, ptr %38, align 4
  %2085 = fmul <16 x float> %2083, %2084
  store <16 x float> %2085, ptr %83, align 4
  %2086 = load <16 x float>, ptr %84, align 4
  %2087 = fmul <16 x float> %2086, %2084
  store <16 x float> %2087, ptr %84, align 4
  %2088 = load <16 x float>, ptr %85, align 4
  %2089 = load <16 x float>, ptr %41, align 4
  %2090 = fmul <16 x float> %2088, %2089
  store <16 x float> %2090, ptr %85, align 4
  %2091 = load <16 x float>, ptr %86, align 4
  %2092 = fmul <16 x float> %2091, %2089
  store <16 x float> %2092, ptr %86, align 4
  %2093 = load <16 x float>, ptr %87, align 4
  %2094 = load <16 x float>, ptr %44, align 4
  %2095 = fmul <16 x float> %2093, %2094
  store <16 x float> %2095, ptr %87, align 4
  %2096 = load <16 x float>, ptr %88, align 4
  %2097 = fmul <16 x float> %2096, %2094
  store <16 x float> %2097, ptr %88, align 4
  %2098 = load <16 x float>, ptr %89, align 4
  %2099 = load <16 x float>, ptr %47, align 4
  %2100 = fmul <16 x float> %2098, %2099
  store <16 x float> %2100, ptr %89, align 4
  %2101 = load <16 x float>, ptr %90, align 4
  %2102 = fmul <16 x float> %2101, %2099
  store <16 x float> %2102, ptr %90, align 4
  %2103 = load <16 x float>, ptr %91, align 4
  %2104 = load <16 x float>, ptr %50, align 4
  %2105 = fmul <16 x float> %2103, %2104
  store <16 x float> %2105, ptr %91, align 4
  %2106 = load <16 x float>, ptr %92, align 4
  %2107 = fmul <16 x float> %2106, %2104
  store <16 x float> %2107, ptr %92, align 4
  %2108 = load <16 x float>, ptr %93, align 4
  %2109 = load <16 x float>, ptr %53, align 4
  %2110 = fmul <16 x float> %2108, %2109
  store <16 x float> %2110, ptr %93, align 4
  %2111 = load <16 x float>, ptr %94, align 4
  %2112 = fmul <16 x float> %2111, %2109
  store <16 x float> %2112, ptr %94, align 4
  %2113 = load <16 x float>, ptr %95, align 4
  %2114 = load <16 x float>, ptr %56, align 4
  %2115 = fmul <16 x float> %2113, %2114
  store <16 x float> %2115, ptr %95, align 4
  %2116 = load <16 x float>, ptr %96, align 4
  %2117 = fmul <16 x float> %2116, %2114
  store <16 x float> %2117, ptr %96, align 4
  %2118 = load <16 x float>, ptr %97, align 4
  %2119 = load <16 x float>, ptr %59, align 4
  %2120 = fmul <16 x float> %2118, %2119
  store <16 x float> %2120, ptr %97, align 4
  %2121 = load <16 x float>, ptr %98, align 4
  %2122 = fmul <16 x float> %2121, %2119
  store <16 x float> %2122, ptr %98, align 4
  %2123 = load <16 x float>, ptr %99, align 4
  %2124 = load <16 x float>, ptr %62, align 4
  %2125 = fmul <16 x float> %2123, %2124
  store <16 x float> %2125, ptr %99, align 4
  %2126 = load <16 x float>, ptr %100, align 4
  %2127 = fmul <16 x float> %2126, %2124
  store <16 x float> %2127, ptr %100, align 4
  %2128 = load <16 x float>, ptr %101, align 4
  %2129 = load <16 x float>, ptr %65, align 4
  %2130 = fmul <16 x float> %2128, %2129
  store <16 x float> %2130, ptr %101, align 4
  %2131 = load <16 x float>, ptr %102, align 4
  %2132 = fmul <16 x float> %2131, %2129
  store <16 x float> %2132, ptr %102, align 4
  %2133 = load <16 x float>, ptr %103, align 4
  %2134 = load <16 x float>, ptr %68, align 4
  %2135 = fmul <16 x float> %2133, %2134
  store <16 x float> %2135, ptr %103, align 4
  %2136 = load <16 x float>, ptr %104, align 4
  %2137 = fmul <16 x float> %2136, %2134
  store <16 x float> %2137, ptr %104, align 4
  %2138 = load <16 x float>, ptr %105, align 4
  %2139 = load <16 x float>, ptr %71, align 4
  %2140 = fmul <16 x float> %2138, %2139
  store <16 x float> %2140, ptr %105, align 4
  %2141 = load <16 x float>, ptr %106, align 4
  %2142 = fmul <16 x float> %2141, %2139
  store <16 x float> %2142, ptr %106, align 4
  %2143 = load <16 x float>, ptr %107, align 4
  %2144 = load <16 x float>, ptr %74, align 4
  %2145 = fmul <16 x float> %2143, %2144
  store <16 x float> %2145, ptr %107, align 4
  %2146 = load <16 x float>, ptr %108, align 4
  %2147 = fmul <16 x float> %2146, %2144
  store <16 x float> %2147, ptr %108, align 4
  %2148 = load <16 x float>, ptr %109, align 4
  %2149 = load <16 x float>, ptr %77, align 4
  %2150 = fmul <16 x float> %2148, %2149
  store <16 x float> %2150, ptr %109, align 4
  %2151 = load <16 x float>, ptr %110, align 4
  %2152 = fmul <16 x float> %2151, %2149
  store <16 x float> %2152, ptr %110, align 4
  br label %p9.body

p9.body:                                          ; preds = %t4.body.preheader, %p9.body
  %p9.addr.02718 = phi i64 [ 0, %t4.body.preheader ], [ %p9.next, %p9.body ]
  %acc79.02717 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2214, %p9.body ]
  %acc78.02716 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2213, %p9.body ]
  %acc77.02715 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2207, %p9.body ]
  %acc76.02714 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2206, %p9.body ]
  %acc75.02713 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2200, %p9.body ]
  %acc74.02712 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2199, %p9.body ]
  %acc73.02711 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2193, %p9.body ]
  %acc72.02710 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2192, %p9.body ]
  %acc71.02709 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2186, %p9.body ]
  %acc70.02708 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2185, %p9.body ]
  %acc69.02707 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2179, %p9.body ]
  %acc68.02706 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2178, %p9.body ]
  %acc67.02705 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2172, %p9.body ]
  %acc66.02704 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2171, %p9.body ]
  %acc65.02703 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2165, %p9.body ]
  %acc64.02702 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2164, %p9.body ]
  %2153 = shl nuw nsw i64 %p9.addr.02718, 5
  %2154 = or disjoint i64 %2153, 1024
  %2155 = getelementptr inbounds float, ptr %Bk, i64 %2154
  %2156 = load <16 x float>, ptr %2155, align 4
  %2157 = or disjoint i64 %2153, 1040
  %2158 = getelementptr inbounds float, ptr %Bk, i64 %2157
  %2159 = load <16 x float>, ptr %2158, align 4
  %2160 = getelementptr inbounds float, ptr %OY, i64 %p9.addr.02718
  %2161 = load float, ptr %2160, align 4
  %2162 = insertelement <16 x float> poison, float %2161, i64 0
  %2163 = shufflevector <16 x float> %2162, <16 x float> poison, <16 x i32> zeroinitializer
  %2164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2163, <16 x float> %2156, <16 x float> %acc64.02702)
  %2165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2163, <16 x float> %2159, <16 x float> %acc65.02703)
  %2166 = or disjoint i64 %p9.addr.02718, 32
  %2167 = getelementptr inbounds float, ptr %OY, i64 %2166
  %2168 = load float, ptr %2167, align 4
  %2169 = insertelement <16 x float> poison, float %2168, i64 0
  %2170 = shufflevector <16 x float> %2169, <16 x float> poison, <16 x i32> zeroinitializer
  %2171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2156, <16 x float> %acc66.02704)
  %2172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2159, <16 x float> %acc67.02705)
  %2173 = or disjoint i64 %p9.addr.02718, 64
  %2174 = getelementptr inbounds float, ptr %OY, i64 %2173
  %2175 = load float, ptr %2174, align 4
  %2176 = insertelement <16 x float> poison, float %2175, i64 0
  %2177 = shufflevector <16 x float> %2176, <16 x float> poison, <16 x i32> zeroinitializer
  %2178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2177, <16 x float> %2156, <16 x float> %acc68.02706)
  %2179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2177, <16 x float> %2159, <16 x float> %acc69.02707)
  %2180 = or disjoint i64 %p9.addr.02718, 96
  %2181 = getelementptr inbounds float, ptr %OY, i64 %2180
  %2182 = load float, ptr %2181, align 4
  %2183 = insertelement <16 x float> poison, float %2182, i64 0
  %2184 = shufflevector <16 x float> %2183, <16 x float> poison, <16 x i32> zeroinitializer
  %2185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2184, <16 x float> %2156, <16 x float> %acc70.02708)
  %2186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2184, <16 x float> %2159, <16 x float> %acc71.02709)
  %2187 = or disjoint i64 %p9.addr.02718, 128
  %2188 = getelementptr inbounds float, ptr %OY, i64 %2187
  %2189 = load float, ptr %2188, align 4
  %2190 = insertelement <16 x float> poison, float %2189, i64 0
  %2191 = shufflevector <16 x float> %2190, <16 x float> poison, <16 x i32> zeroinitializer
  %2192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2191, <16 x float> %2156, <16 x float> %acc72.02710)
  %2193 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2191, <16 x float> %2159, <16 x float> %acc73.02711)
  %2194 = or disjoint i64 %p9.addr.02718, 160
  %2195 = getelementptr inbounds float, ptr %OY, i64 %2194
  %2196 = load float, ptr %2195, align 4
  %2197 = insertelement <16 x float> poison, float %2196, i64 0
  %2198 = shufflevector <16 x float> %2197, <16 x float> poison, <16 x i32> zeroinitializer
  %2199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2198, <16 x float> %2156, <16 x float> %acc74.02712)
  %2200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2198, <16 x float> %2159, <16 x float> %acc75.02713)
  %2201 = or disjoint i64 %p9.addr.02718, 192
  %2202 = getelementptr inbounds float, ptr %OY, i64 %2201
  %2203 = load float, ptr %2202, align 4
  %2204 = insertelement <16 x float> poison, float %2203, i64 0
  %2205 = shufflevector <16 x float> %2204, <16 x float> poison, <16 x i32> zeroinitializer
  %2206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2205, <16 x float> %2156, <16 x float> %acc76.02714)
  %2207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2205, <16 x float> %2159, <16 x float> %acc77.02715)
  %2208 = or disjoint i64 %p9.addr.02718, 224
  %2209 = getelementptr inbounds float, ptr %OY, i64 %2208
  %2210 = load float, ptr %2209, align 4
  %2211 = insertelement <16 x float> poison, float %2210, i64 0
  %2212 = shufflevector <16 x float> %2211, <16 x float> poison, <16 x i32> zeroinitializer
  %2213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2212, <16 x float> %2156, <16 x float> %acc78.02716)
  %2214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2212, <16 x float> %2159, <16 x float> %acc79.02717)
  %p9.next = add nuw nsw i64 %p9.addr.02718, 1
  %exitcond3131.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3131.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2164, ptr %dQc, align 4
  store <16 x float> %2165, ptr %111, align 4
  store <16 x float> %2171, ptr %112, align 4
  store <16 x float> %2172, ptr %113, align 4
  store <16 x float> %2178, ptr %114, align 4
  store <16 x float> %2179, ptr %115, align 4
  store <16 x float> %2185, ptr %116, align 4
  store <16 x float> %2186, ptr %117, align 4
  store <16 x float> %2192, ptr %118, align 4
  store <16 x float> %2193, ptr %119, align 4
  store <16 x float> %2199, ptr %120, align 4
  store <16 x float> %2200, ptr %121, align 4
  store <16 x float> %2206, ptr %122, align 4
  store <16 x float> %2207, ptr %123, align 4
  store <16 x float> %2213, ptr %124, align 4
  store <16 x float> %2214, ptr %125, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.02718.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1, %p9.body.1 ]
  %acc79.02717.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2277, %p9.body.1 ]
  %acc78.02716.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2276, %p9.body.1 ]
  %acc77.02715.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2270, %p9.body.1 ]
  %acc76.02714.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2269, %p9.body.1 ]
  %acc75.02713.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2263, %p9.body.1 ]
  %acc74.02712.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2262, %p9.body.1 ]
  %acc73.02711.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2256, %p9.body.1 ]
  %acc72.02710.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2255, %p9.body.1 ]
  %acc71.02709.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2249, %p9.body.1 ]
  %acc70.02708.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2248, %p9.body.1 ]
  %acc69.02707.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2242, %p9.body.1 ]
  %acc68.02706.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2241, %p9.body.1 ]
  %acc67.02705.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2235, %p9.body.1 ]
  %acc66.02704.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2234, %p9.body.1 ]
  %acc65.02703.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2228, %p9.body.1 ]
  %acc64.02702.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2227, %p9.body.1 ]
  %2215 = shl nuw nsw i64 %p9.addr.02718.1, 5
  %2216 = or disjoint i64 %2215, 1024
  %2217 = getelementptr inbounds float, ptr %Bk, i64 %2216
  %2218 = load <16 x float>, ptr %2217, align 4
  %2219 = or disjoint i64 %2215, 1040
  %2220 = getelementptr inbounds float, ptr %Bk, i64 %2219
  %2221 = load <16 x float>, ptr %2220, align 4
  %2222 = add nuw nsw i64 %p9.addr.02718.1, 256
  %2223 = getelementptr inbounds float, ptr %OY, i64 %2222
  %2224 = load float, ptr %2223, align 4
  %2225 = insertelement <16 x float> poison, float %2224, i64 0
  %2226 = shufflevector <16 x float> %2225, <16 x float> poison, <16 x i32> zeroinitializer
  %2227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2226, <16 x float> %2218, <16 x float> %acc64.02702.1)
  %2228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2226, <16 x float> %2221, <16 x float> %acc65.02703.1)
  %2229 = or disjoint i64 %2222, 32
  %2230 = getelementptr inbounds float, ptr %OY, i64 %2229
  %2231 = load float, ptr %2230, align 4
  %2232 = insertelement <16 x float> poison, float %2231, i64 0
  %2233 = shufflevector <16 x float> %2232, <16 x float> poison, <16 x i32> zeroinitializer
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2218, <16 x float> %acc66.02704.1)
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2221, <16 x float> %acc67.02705.1)
  %2236 = or disjoint i64 %2222, 64
  %2237 = getelementptr inbounds float, ptr %OY, i64 %2236
  %2238 = load float, ptr %2237, align 4
  %2239 = insertelement <16 x float> poison, float %2238, i64 0
  %2240 = shufflevector <16 x float> %2239, <16 x float> poison, <16 x i32> zeroinitializer
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2218, <16 x float> %acc68.02706.1)
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2221, <16 x float> %acc69.02707.1)
  %2243 = or disjoint i64 %2222, 96
  %2244 = getelementptr inbounds float, ptr %OY, i64 %2243
  %2245 = load float, ptr %2244, align 4
  %2246 = insertelement <16 x float> poison, float %2245, i64 0
  %2247 = shufflevector <16 x float> %2246, <16 x float> poison, <16 x i32> zeroinitializer
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2247, <16 x float> %2218, <16 x float> %acc70.02708.1)
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2247, <16 x float> %2221, <16 x float> %acc71.02709.1)
  %2250 = or disjoint i64 %2222, 128
  %2251 = getelementptr inbounds float, ptr %OY, i64 %2250
  %2252 = load float, ptr %2251, align 4
  %2253 = insertelement <16 x float> poison, float %2252, i64 0
  %2254 = shufflevector <16 x float> %2253, <16 x float> poison, <16 x i32> zeroinitializer
  %2255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2218, <16 x float> %acc72.02710.1)
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2221, <16 x float> %acc73.02711.1)
  %2257 = or disjoint i64 %2222, 160
  %2258 = getelementptr inbounds float, ptr %OY, i64 %2257
  %2259 = load float, ptr %2258, align 4
  %2260 = insertelement <16 x float> poison, float %2259, i64 0
  %2261 = shufflevector <16 x float> %2260, <16 x float> poison, <16 x i32> zeroinitializer
  %2262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2261, <16 x float> %2218, <16 x float> %acc74.02712.1)
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2261, <16 x float> %2221, <16 x float> %acc75.02713.1)
  %2264 = or disjoint i64 %2222, 192
  %2265 = getelementptr inbounds float, ptr %OY, i64 %2264
  %2266 = load float, ptr %2265, align 4
  %2267 = insertelement <16 x float> poison, float %2266, i64 0
  %2268 = shufflevector <16 x float> %2267, <16 x float> poison, <16 x i32> zeroinitializer
  %2269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2268, <16 x float> %2218, <16 x float> %acc76.02714.1)
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2268, <16 x float> %2221, <16 x float> %acc77.02715.1)
  %2271 = or disjoint i64 %2222, 224
  %2272 = getelementptr inbounds float, ptr %OY, i64 %2271
  %2273 = load float, ptr %2272, align 4
  %2274 = insertelement <16 x float> poison, float %2273, i64 0
  %2275 = shufflevector <16 x float> %2274, <16 x float> poison, <16 x i32> zeroinitializer
  %2276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2218, <16 x float> %acc78.02716.1)
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2221, <16 x float> %acc79.02717.1)
  %p9.next.1 = add nuw nsw i64 %p9.addr.02718.1, 1
  %exitcond3131.1.not = icmp eq i64 %p9.next.1, 32
  br i1 %exitcond3131.1.not, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  store <16 x float> %2227, ptr %126, align 4
  store <16 x float> %2228, ptr %127, align 4
  store <16 x float> %2234, ptr %128, align 4
  store <16 x float> %2235, ptr %129, align 4
  store <16 x float> %2241, ptr %130, align 4
  store <16 x float> %2242, ptr %131, align 4
  store <16 x float> %2248, ptr %132, align 4
  store <16 x float> %2249, ptr %133, align 4
  store <16 x float> %2255, ptr %134, align 4
  store <16 x float> %2256, ptr %135, align 4
  store <16 x float> %2262, ptr %136, align 4
  store <16 x float> %2263, ptr %137, align 4
  store <16 x float> %2269, ptr %138, align 4
  store <16 x float> %2270, ptr %139, align 4
  store <16 x float> %2276, ptr %140, align 4
  store <16 x float> %2277, ptr %141, align 4
  %L = tail call i64 @llvm.smin.i64(i64 %276, i64 16)
  br label %i39.body

i39.body:                                         ; preds = %p9.exit.1, %endif1324
  %2278 = phi i1 [ false, %endif1324 ], [ true, %p9.exit.1 ]
  %i39.addr.02737 = phi i64 [ 8, %endif1324 ], [ 0, %p9.exit.1 ]
  %2279 = shl nuw nsw i64 %i39.addr.02737, 5
  %2280 = getelementptr inbounds float, ptr %dQc, i64 %2279
  %2281 = load <16 x float>, ptr %2280, align 4
  %2282 = or disjoint i64 %2279, 16
  %2283 = getelementptr inbounds float, ptr %dQc, i64 %2282
  %2284 = load <16 x float>, ptr %2283, align 4
  %2285 = or disjoint i64 %i39.addr.02737, 1
  %2286 = shl nuw nsw i64 %2285, 5
  %2287 = getelementptr inbounds float, ptr %dQc, i64 %2286
  %2288 = load <16 x float>, ptr %2287, align 4
  %2289 = or disjoint i64 %2286, 16
  %2290 = getelementptr inbounds float, ptr %dQc, i64 %2289
  %2291 = load <16 x float>, ptr %2290, align 4
  %2292 = or disjoint i64 %i39.addr.02737, 2
  %2293 = shl nuw nsw i64 %2292, 5
  %2294 = getelementptr inbounds float, ptr %dQc, i64 %2293
  %2295 = load <16 x float>, ptr %2294, align 4
  %2296 = or disjoint i64 %2293, 16
  %2297 = getelementptr inbounds float, ptr %dQc, i64 %2296
  %2298 = load <16 x float>, ptr %2297, align 4
  %2299 = or disjoint i64 %i39.addr.02737, 3
  %2300 = shl nuw nsw i64 %2299, 5
  %2301 = getelementptr inbounds float, ptr %dQc, i64 %2300
  %2302 = load <16 x float>, ptr %2301, align 4
  %2303 = or disjoint i64 %2300, 16
  %2304 = getelementptr inbounds float, ptr %dQc, i64 %2303
  %2305 = load <16 x float>, ptr %2304, align 4
  %2306 = or disjoint i64 %i39.addr.02737, 4
  %2307 = shl nuw nsw i64 %2306, 5
  %2308 = getelementptr inbounds float, ptr %dQc, i64 %2307
  %2309 = load <16 x float>, ptr %2308, align 4
  %2310 = or disjoint i64 %2307, 16
  %2311 = getelementptr inbounds float, ptr %dQc, i64 %2310
  %2312 = load <16 x float>, ptr %2311, align 4
  %2313 = or disjoint i64 %i39.addr.02737, 5
  %2314 = shl nuw nsw i64 %2313, 5
  %2315 = getelementptr inbounds float, ptr %dQc, i64 %2314
  %2316 = load <16 x float>, ptr %2315, align 4
  %2317 = or disjoint i64 %2314, 16
  %2318 = getelementptr inbounds float, ptr %dQc, i64 %2317
  %2319 = load <16 x float>, ptr %2318, align 4
  %2320 = or disjoint i64 %i39.addr.02737, 6
  %2321 = shl nuw nsw i64 %2320, 5
  %2322 = getelementptr inbounds float, ptr %dQc, i64 %2321
  %2323 = load <16 x float>, ptr %2322, align 4
  %2324 = or disjoint i64 %2321, 16
  %2325 = getelementptr inbounds float, ptr %dQc, i64 %2324
  %2326 = load <16 x float>, ptr %2325, align 4
  %2327 = or disjoint i64 %i39.addr.02737, 7
  %2328 = shl nuw nsw i64 %2327, 5
  %2329 = getelementptr inbounds float, ptr %dQc, i64 %2328
  %2330 = load <16 x float>, ptr %2329, align 4
  %2331 = or disjoint i64 %2328, 16
  %2332 = getelementptr inbounds float, ptr %dQc, i64 %2331
  %2333 = load <16 x float>, ptr %2332, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02736 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc95.02735 = phi <16 x float> [ %2333, %i39.body ], [ %2396, %p10.body ]
  %acc94.02734 = phi <16 x float> [ %2330, %i39.body ], [ %2395, %p10.body ]
  %acc93.02733 = phi <16 x float> [ %2326, %i39.body ], [ %2389, %p10.body ]
  %acc92.02732 = phi <16 x float> [ %2323, %i39.body ], [ %2388, %p10.body ]
  %acc91.02731 = phi <16 x float> [ %2319, %i39.body ], [ %2382, %p10.body ]
  %acc90.02730 = phi <16 x float> [ %2316, %i39.body ], [ %2381, %p10.body ]
  %acc89.02729 = phi <16 x float> [ %2312, %i39.body ], [ %2375, %p10.body ]
  %acc88.02728 = phi <16 x float> [ %2309, %i39.body ], [ %2374, %p10.body ]
  %acc87.02727 = phi <16 x float> [ %2305, %i39.body ], [ %2368, %p10.body ]
  %acc86.02726 = phi <16 x float> [ %2302, %i39.body ], [ %2367, %p10.body ]
  %acc85.02725 = phi <16 x float> [ %2298, %i39.body ], [ %2361, %p10.body ]
  %acc84.02724 = phi <16 x float> [ %2295, %i39.body ], [ %2360, %p10.body ]
  %acc83.02723 = phi <16 x float> [ %2291, %i39.body ], [ %2354, %p10.body ]
  %acc82.02722 = phi <16 x float> [ %2288, %i39.body ], [ %2353, %p10.body ]
  %acc81.02721 = phi <16 x float> [ %2284, %i39.body ], [ %2347, %p10.body ]
  %acc80.02720 = phi <16 x float> [ %2281, %i39.body ], [ %2346, %p10.body ]
  %.idx2543 = shl nuw nsw i64 %p10.addr.02736, 7
  %2334 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2543
  %2335 = getelementptr inbounds i8, ptr %2334, i64 10240
  %2336 = load <16 x float>, ptr %2335, align 4
  %2337 = getelementptr inbounds i8, ptr %2334, i64 10304
  %2338 = load <16 x float>, ptr %2337, align 4
  %2339 = mul nuw nsw i64 %p10.addr.02736, 112
  %2340 = add nuw nsw i64 %2339, 64
  %2341 = or disjoint i64 %2340, %i39.addr.02737
  %2342 = getelementptr inbounds float, ptr %Ak, i64 %2341
  %2343 = load float, ptr %2342, align 4
  %2344 = insertelement <16 x float> poison, float %2343, i64 0
  %2345 = shufflevector <16 x float> %2344, <16 x float> poison, <16 x i32> zeroinitializer
  %2346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2345, <16 x float> %2336, <16 x float> %acc80.02720)
  %2347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2345, <16 x float> %2338, <16 x float> %acc81.02721)
  %2348 = or disjoint i64 %2340, %2285
  %2349 = getelementptr inbounds float, ptr %Ak, i64 %2348
  %2350 = load float, ptr %2349, align 4
  %2351 = insertelement <16 x float> poison, float %2350, i64 0
  %2352 = shufflevector <16 x float> %2351, <16 x float> poison, <16 x i32> zeroinitializer
  %2353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2352, <16 x float> %2336, <16 x float> %acc82.02722)
  %2354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2352, <16 x float> %2338, <16 x float> %acc83.02723)
  %2355 = or disjoint i64 %2340, %2292
  %2356 = getelementptr inbounds float, ptr %Ak, i64 %2355
  %2357 = load float, ptr %2356, align 4
  %2358 = insertelement <16 x float> poison, float %2357, i64 0
  %2359 = shufflevector <16 x float> %2358, <16 x float> poison, <16 x i32> zeroinitializer
  %2360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2359, <16 x float> %2336, <16 x float> %acc84.02724)
  %2361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2359, <16 x float> %2338, <16 x float> %acc85.02725)
  %2362 = or disjoint i64 %2340, %2299
  %2363 = getelementptr inbounds float, ptr %Ak, i64 %2362
  %2364 = load float, ptr %2363, align 4
  %2365 = insertelement <16 x float> poison, float %2364, i64 0
  %2366 = shufflevector <16 x float> %2365, <16 x float> poison, <16 x i32> zeroinitializer
  %2367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2366, <16 x float> %2336, <16 x float> %acc86.02726)
  %2368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2366, <16 x float> %2338, <16 x float> %acc87.02727)
  %2369 = or disjoint i64 %2340, %2306
  %2370 = getelementptr inbounds float, ptr %Ak, i64 %2369
  %2371 = load float, ptr %2370, align 4
  %2372 = insertelement <16 x float> poison, float %2371, i64 0
  %2373 = shufflevector <16 x float> %2372, <16 x float> poison, <16 x i32> zeroinitializer
  %2374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2373, <16 x float> %2336, <16 x float> %acc88.02728)
  %2375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2373, <16 x float> %2338, <16 x float> %acc89.02729)
  %2376 = or disjoint i64 %2340, %2313
  %2377 = getelementptr inbounds float, ptr %Ak, i64 %2376
  %2378 = load float, ptr %2377, align 4
  %2379 = insertelement <16 x float> poison, float %2378, i64 0
  %2380 = shufflevector <16 x float> %2379, <16 x float> poison, <16 x i32> zeroinitializer
  %2381 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2380, <16 x float> %2336, <16 x float> %acc90.02730)
  %2382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2380, <16 x float> %2338, <16 x float> %acc91.02731)
  %2383 = or disjoint i64 %2340, %2320
  %2384 = getelementptr inbounds float, ptr %Ak, i64 %2383
  %2385 = load float, ptr %2384, align 4
  %2386 = insertelement <16 x float> poison, float %2385, i64 0
  %2387 = shufflevector <16 x float> %2386, <16 x float> poison, <16 x i32> zeroinitializer
  %2388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2336, <16 x float> %acc92.02732)
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2338, <16 x float> %acc93.02733)
  %2390 = or disjoint i64 %2340, %2327
  %2391 = getelementptr inbounds float, ptr %Ak, i64 %2390
  %2392 = load float, ptr %2391, align 4
  %2393 = insertelement <16 x float> poison, float %2392, i64 0
  %2394 = shufflevector <16 x float> %2393, <16 x float> poison, <16 x i32> zeroinitializer
  %2395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2336, <16 x float> %acc94.02734)
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2394, <16 x float> %2338, <16 x float> %acc95.02735)
  %p10.next = add nuw nsw i64 %p10.addr.02736, 1
  %exitcond3132.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond3132.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2397 = icmp sgt i64 %276, %i39.addr.02737
  br i1 %2397, label %then1262, label %endif1268

then1262:                                         ; preds = %p10.exit
  %2398 = fmul <16 x float> %2346, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2399 = or disjoint i64 %i39.addr.02737, %t0
  %.idx2511 = shl nsw i64 %2399, 7
  %2400 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2511
  store <16 x float> %2398, ptr %2400, align 4
  %2401 = fmul <16 x float> %2347, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2402 = shl nsw i64 %2399, 5
  %2403 = or disjoint i64 %2402, 16
  %2404 = getelementptr inbounds float, ptr %gep2861, i64 %2403
  store <16 x float> %2401, ptr %2404, align 4
  br label %endif1268

endif1268:                                        ; preds = %p10.exit, %then1262
  %2405 = icmp slt i64 %2285, %L
  br i1 %2405, label %then1270, label %endif1276

then1270:                                         ; preds = %endif1268
  %2406 = fmul <16 x float> %2353, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2407 = or disjoint i64 %2285, %t0
  %.idx2512 = shl nsw i64 %2407, 7
  %2408 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2512
  store <16 x float> %2406, ptr %2408, align 4
  %2409 = fmul <16 x float> %2354, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2410 = shl nsw i64 %2407, 5
  %2411 = or disjoint i64 %2410, 16
  %2412 = getelementptr inbounds float, ptr %gep2861, i64 %2411
  store <16 x float> %2409, ptr %2412, align 4
  br label %endif1276

endif1276:                                        ; preds = %endif1268, %then1270
  %2413 = icmp slt i64 %2292, %L
  br i1 %2413, label %then1278, label %endif1284

then1278:                                         ; preds = %endif1276
  %2414 = fmul <16 x float> %2360, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2415 = or disjoint i64 %2292, %t0
  %.idx2513 = shl nsw i64 %2415, 7
  %2416 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2513
  store <16 x float> %2414, ptr %2416, align 4
  %2417 = fmul <16 x float> %2361, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2418 = shl nsw i64 %2415, 5
  %2419 = or disjoint i64 %2418, 16
  %2420 = getelementptr inbounds float, ptr %gep2861, i64 %2419
  store <16 x float> %2417, ptr %2420, align 4
  br label %endif1284

endif1284:                                        ; preds = %endif1276, %then1278
  %2421 = icmp slt i64 %2299, %L
  br i1 %2421, label %then1286, label %endif1292

then1286:                                         ; preds = %endif1284
  %2422 = fmul <16 x float> %2367, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2423 = or disjoint i64 %2299, %t0
  %.idx2514 = shl nsw i64 %2423, 7
  %2424 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2514
  store <16 x float> %2422, ptr %2424, align 4
  %2425 = fmul <16 x float> %2368, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2426 = shl nsw i64 %2423, 5
  %2427 = or disjoint i64 %2426, 16
  %2428 = getelementptr inbounds float, ptr %gep2861, i64 %2427
  store <16 x float> %2425, ptr %2428, align 4
  br label %endif1292

endif1292:                                        ; preds = %endif1284, %then1286
  %2429 = icmp slt i64 %2306, %L
  br i1 %2429, label %then1294, label %endif1300

then1294:                                         ; preds = %endif1292
  %2430 = fmul <16 x float> %2374, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2431 = or disjoint i64 %2306, %t0
  %.idx2515 = shl nsw i64 %2431, 7
  %2432 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2515
  store <16 x float> %2430, ptr %2432, align 4
  %2433 = fmul <16 x float> %2375, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2434 = shl nsw i64 %2431, 5
  %2435 = or disjoint i64 %2434, 16
  %2436 = getelementptr inbounds float, ptr %gep2861, i64 %2435
  store <16 x float> %2433, ptr %2436, align 4
  br label %endif1300

endif1300:                                        ; preds = %endif1292, %then1294
  %2437 = icmp slt i64 %2313, %L
  br i1 %2437, label %then1302, label %endif1308

then1302:                                         ; preds = %endif1300
  %2438 = fmul <16 x float> %2381, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2439 = or disjoint i64 %2313, %t0
  %.idx2516 = shl nsw i64 %2439, 7
  %2440 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2516
  store <16 x float> %2438, ptr %2440, align 4
  %2441 = fmul <16 x float> %2382, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2442 = shl nsw i64 %2439, 5
  %2443 = or disjoint i64 %2442, 16
  %2444 = getelementptr inbounds float, ptr %gep2861, i64 %2443
  store <16 x float> %2441, ptr %2444, align 4
  br label %endif1308

endif1308:                                        ; preds = %endif1300, %then1302
  %2445 = icmp slt i64 %2320, %L
  br i1 %2445, label %then1310, label %endif1316

then1310:                                         ; preds = %endif1308
  %2446 = fmul <16 x float> %2388, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2447 = or disjoint i64 %2320, %t0
  %.idx2517 = shl nsw i64 %2447, 7
  %2448 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2517
  store <16 x float> %2446, ptr %2448, align 4
  %2449 = fmul <16 x float> %2389, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2450 = shl nsw i64 %2447, 5
  %2451 = or disjoint i64 %2450, 16
  %2452 = getelementptr inbounds float, ptr %gep2861, i64 %2451
  store <16 x float> %2449, ptr %2452, align 4
  br label %endif1316

endif1316:                                        ; preds = %endif1308, %then1310
  %2453 = icmp slt i64 %2327, %L
  br i1 %2453, label %then1318, label %endif1324

then1318:                                         ; preds = %endif1316
  %2454 = fmul <16 x float> %2395, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2455 = or disjoint i64 %2327, %t0
  %.idx2518 = shl nsw i64 %2455, 7
  %2456 = getelementptr inbounds i8, ptr %gep2861, i64 %.idx2518
  store <16 x float> %2454, ptr %2456, align 4
  %2457 = fmul <16 x float> %2396, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2458 = shl nsw i64 %2455, 5
  %2459 = or disjoint i64 %2458, 16
  %2460 = getelementptr inbounds float, ptr %gep2861, i64 %2459
  store <16 x float> %2457, ptr %2460, align 4
  br label %endif1324

endif1324:                                        ; preds = %endif1316, %then1318
  br i1 %2278, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1324
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %2461 = icmp sgt i64 %276, 0
  br i1 %2461, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3720 = and i64 %smax3719, 1
  %2462 = icmp slt i64 %indvars.iv3138, 2
  br i1 %2462, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3722 = and i64 %smax3719, 30
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02758 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2463 = shl nuw nsw i64 %ib1.addr.02758, 2
  %i01 = sub nuw nsw i64 28, %2463
  %2464 = shl nuw nsw i64 %i01, 5
  %2465 = getelementptr inbounds float, ptr %OY, i64 %2464
  %2466 = getelementptr inbounds i8, ptr %2465, i64 2048
  %2467 = load <16 x float>, ptr %2466, align 4
  %2468 = getelementptr inbounds i8, ptr %2465, i64 2112
  %2469 = load <16 x float>, ptr %2468, align 4
  %2470 = sub nuw nsw i64 29, %2463
  %2471 = shl nuw nsw i64 %2470, 5
  %2472 = getelementptr inbounds float, ptr %OY, i64 %2471
  %2473 = getelementptr inbounds i8, ptr %2472, i64 2048
  %2474 = load <16 x float>, ptr %2473, align 4
  %2475 = getelementptr inbounds i8, ptr %2472, i64 2112
  %2476 = load <16 x float>, ptr %2475, align 4
  %2477 = sub nuw nsw i64 30, %2463
  %2478 = shl nuw nsw i64 %2477, 5
  %2479 = getelementptr inbounds float, ptr %OY, i64 %2478
  %2480 = getelementptr inbounds i8, ptr %2479, i64 2048
  %2481 = load <16 x float>, ptr %2480, align 4
  %2482 = getelementptr inbounds i8, ptr %2479, i64 2112
  %2483 = load <16 x float>, ptr %2482, align 4
  %2484 = sub nuw nsw i64 31, %2463
  %2485 = shl nuw nsw i64 %2484, 5
  %2486 = getelementptr inbounds float, ptr %OY, i64 %2485
  %2487 = getelementptr inbounds i8, ptr %2486, i64 2048
  %2488 = load <16 x float>, ptr %2487, align 4
  %2489 = getelementptr inbounds i8, ptr %2486, i64 2112
  %2490 = load <16 x float>, ptr %2489, align 4
  %.not2902 = icmp eq i64 %ib1.addr.02758, 0
  br i1 %.not2902, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2491 = sub nuw nsw i64 32, %2463
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02747 = phi i64 [ %j30.next, %j30.body ], [ %2491, %j30.body.preheader ]
  %acc103.02746 = phi <16 x float> [ %2529, %j30.body ], [ %2490, %j30.body.preheader ]
  %acc102.02745 = phi <16 x float> [ %2528, %j30.body ], [ %2488, %j30.body.preheader ]
  %acc101.02744 = phi <16 x float> [ %2521, %j30.body ], [ %2483, %j30.body.preheader ]
  %acc100.02743 = phi <16 x float> [ %2520, %j30.body ], [ %2481, %j30.body.preheader ]
  %acc99.02742 = phi <16 x float> [ %2513, %j30.body ], [ %2476, %j30.body.preheader ]
  %acc98.02741 = phi <16 x float> [ %2512, %j30.body ], [ %2474, %j30.body.preheader ]
  %acc97.02740 = phi <16 x float> [ %2505, %j30.body ], [ %2469, %j30.body.preheader ]
  %acc96.02739 = phi <16 x float> [ %2504, %j30.body ], [ %2467, %j30.body.preheader ]
  %2492 = shl nuw nsw i64 %j30.addr.02747, 5
  %2493 = getelementptr inbounds float, ptr %OY, i64 %2492
  %2494 = getelementptr inbounds i8, ptr %2493, i64 2048
  %2495 = load <16 x float>, ptr %2494, align 4
  %2496 = getelementptr inbounds i8, ptr %2493, i64 2112
  %2497 = load <16 x float>, ptr %2496, align 4
  %2498 = or disjoint i64 %2492, %i01
  %2499 = getelementptr inbounds float, ptr %Gm, i64 %2498
  %2500 = load float, ptr %2499, align 4
  %2501 = fneg float %2500
  %2502 = insertelement <16 x float> poison, float %2501, i64 0
  %2503 = shufflevector <16 x float> %2502, <16 x float> poison, <16 x i32> zeroinitializer
  %2504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2495, <16 x float> %acc96.02739)
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2497, <16 x float> %acc97.02740)
  %2506 = or disjoint i64 %2492, %2470
  %2507 = getelementptr inbounds float, ptr %Gm, i64 %2506
  %2508 = load float, ptr %2507, align 4
  %2509 = fneg float %2508
  %2510 = insertelement <16 x float> poison, float %2509, i64 0
  %2511 = shufflevector <16 x float> %2510, <16 x float> poison, <16 x i32> zeroinitializer
  %2512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2495, <16 x float> %acc98.02741)
  %2513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2497, <16 x float> %acc99.02742)
  %2514 = or disjoint i64 %2492, %2477
  %2515 = getelementptr inbounds float, ptr %Gm, i64 %2514
  %2516 = load float, ptr %2515, align 4
  %2517 = fneg float %2516
  %2518 = insertelement <16 x float> poison, float %2517, i64 0
  %2519 = shufflevector <16 x float> %2518, <16 x float> poison, <16 x i32> zeroinitializer
  %2520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2495, <16 x float> %acc100.02743)
  %2521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2497, <16 x float> %acc101.02744)
  %2522 = or disjoint i64 %2492, %2484
  %2523 = getelementptr inbounds float, ptr %Gm, i64 %2522
  %2524 = load float, ptr %2523, align 4
  %2525 = fneg float %2524
  %2526 = insertelement <16 x float> poison, float %2525, i64 0
  %2527 = shufflevector <16 x float> %2526, <16 x float> poison, <16 x i32> zeroinitializer
  %2528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2495, <16 x float> %acc102.02745)
  %2529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2497, <16 x float> %acc103.02746)
  %j30.next = add nuw nsw i64 %j30.addr.02747, 1
  %2530 = icmp ult i64 %j30.addr.02747, 31
  br i1 %2530, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2467, %ib1.body ], [ %2504, %j30.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2469, %ib1.body ], [ %2505, %j30.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2474, %ib1.body ], [ %2512, %j30.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2476, %ib1.body ], [ %2513, %j30.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2481, %ib1.body ], [ %2520, %j30.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2483, %ib1.body ], [ %2521, %j30.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2488, %ib1.body ], [ %2528, %j30.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2490, %ib1.body ], [ %2529, %j30.body ]
  %2531 = getelementptr inbounds float, ptr %Rr, i64 %2485
  %2532 = load <16 x float>, ptr %2531, align 4
  %2533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2532, <16 x float> zeroinitializer)
  %2534 = or disjoint i64 %2485, 16
  %2535 = getelementptr inbounds float, ptr %Rr, i64 %2534
  %2536 = load <16 x float>, ptr %2535, align 4
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2536, <16 x float> %2533)
  %2538 = shufflevector <16 x float> %2537, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2539 = shufflevector <16 x float> %2537, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2540 = fadd <8 x float> %2538, %2539
  %2541 = shufflevector <8 x float> %2540, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2542 = shufflevector <8 x float> %2540, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2543 = fadd <4 x float> %2541, %2542
  %2544 = shufflevector <4 x float> %2543, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2545 = shufflevector <4 x float> %2543, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2546 = fadd <2 x float> %2544, %2545
  %2547 = shufflevector <2 x float> %2546, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2548 = shufflevector <2 x float> %2546, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2549 = getelementptr inbounds float, ptr %bet, i64 %2484
  %2550 = load float, ptr %2549, align 4
  %2551 = insertelement <16 x float> poison, float %2550, i64 0
  %2552 = shufflevector <16 x float> %2551, <16 x float> poison, <16 x i32> zeroinitializer
  %2553 = fmul <16 x float> %acc102.0.lcssa, %2552
  store <16 x float> %2553, ptr %2487, align 4
  %2554 = fneg <16 x float> %2553
  %2555 = mul nuw nsw i64 %2484, 112
  %2556 = or disjoint i64 %2555, 32
  %2557 = getelementptr inbounds float, ptr %Ak, i64 %2556
  store <16 x float> %2554, ptr %2557, align 4
  %2558 = fmul <16 x float> %acc103.0.lcssa, %2552
  store <16 x float> %2558, ptr %2489, align 4
  %2559 = fneg <16 x float> %2558
  %gep2757 = getelementptr inbounds float, ptr %invariant.gep2756, i64 %2555
  store <16 x float> %2559, ptr %gep2757, align 4
  %2560 = or disjoint i64 %2485, %2477
  %2561 = getelementptr inbounds float, ptr %Gm, i64 %2560
  %2562 = load float, ptr %2561, align 4
  %2563 = fneg float %2562
  %2564 = insertelement <16 x float> poison, float %2563, i64 0
  %2565 = shufflevector <16 x float> %2564, <16 x float> poison, <16 x i32> zeroinitializer
  %2566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2565, <16 x float> %2553, <16 x float> %acc100.0.lcssa)
  %2567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2565, <16 x float> %2558, <16 x float> %acc101.0.lcssa)
  %2568 = getelementptr inbounds float, ptr %Rr, i64 %2478
  %2569 = load <16 x float>, ptr %2568, align 4
  %2570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2566, <16 x float> %2569, <16 x float> zeroinitializer)
  %2571 = or disjoint i64 %2478, 16
  %2572 = getelementptr inbounds float, ptr %Rr, i64 %2571
  %2573 = load <16 x float>, ptr %2572, align 4
  %2574 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2567, <16 x float> %2573, <16 x float> %2570)
  %2575 = shufflevector <16 x float> %2574, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2576 = shufflevector <16 x float> %2574, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2577 = fadd <8 x float> %2575, %2576
  %2578 = shufflevector <8 x float> %2577, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2579 = shufflevector <8 x float> %2577, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2580 = fadd <4 x float> %2578, %2579
  %2581 = shufflevector <4 x float> %2580, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2582 = shufflevector <4 x float> %2580, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2583 = fadd <2 x float> %2581, %2582
  %2584 = shufflevector <2 x float> %2583, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2585 = shufflevector <2 x float> %2583, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2586 = getelementptr inbounds float, ptr %bet, i64 %2477
  %2587 = load float, ptr %2586, align 4
  %2588 = insertelement <16 x float> poison, float %2587, i64 0
  %2589 = shufflevector <16 x float> %2588, <16 x float> poison, <16 x i32> zeroinitializer
  %2590 = fmul <16 x float> %2566, %2589
  store <16 x float> %2590, ptr %2480, align 4
  %2591 = fneg <16 x float> %2590
  %.idx2541 = mul nuw nsw i64 %2477, 448
  %2592 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2541
  %2593 = getelementptr inbounds i8, ptr %2592, i64 128
  store <16 x float> %2591, ptr %2593, align 4
  %2594 = fmul <16 x float> %2567, %2589
  store <16 x float> %2594, ptr %2482, align 4
  %2595 = fneg <16 x float> %2594
  %2596 = getelementptr inbounds i8, ptr %2592, i64 192
  store <16 x float> %2595, ptr %2596, align 4
  %2597 = or disjoint i64 %2478, %2470
  %2598 = getelementptr inbounds float, ptr %Gm, i64 %2597
  %2599 = load float, ptr %2598, align 4
  %2600 = fneg float %2599
  %2601 = insertelement <16 x float> poison, float %2600, i64 0
  %2602 = shufflevector <16 x float> %2601, <16 x float> poison, <16 x i32> zeroinitializer
  %2603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2602, <16 x float> %2590, <16 x float> %acc98.0.lcssa)
  %2604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2602, <16 x float> %2594, <16 x float> %acc99.0.lcssa)
  %2605 = or disjoint i64 %2485, %2470
  %2606 = getelementptr inbounds float, ptr %Gm, i64 %2605
  %2607 = load float, ptr %2606, align 4
  %2608 = fneg float %2607
  %2609 = insertelement <16 x float> poison, float %2608, i64 0
  %2610 = shufflevector <16 x float> %2609, <16 x float> poison, <16 x i32> zeroinitializer
  %2611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2553, <16 x float> %2603)
  %2612 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2558, <16 x float> %2604)
  %2613 = getelementptr inbounds float, ptr %Rr, i64 %2471
  %2614 = load <16 x float>, ptr %2613, align 4
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2611, <16 x float> %2614, <16 x float> zeroinitializer)
  %2616 = or disjoint i64 %2471, 16
  %2617 = getelementptr inbounds float, ptr %Rr, i64 %2616
  %2618 = load <16 x float>, ptr %2617, align 4
  %2619 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2612, <16 x float> %2618, <16 x float> %2615)
  %2620 = shufflevector <16 x float> %2619, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2621 = shufflevector <16 x float> %2619, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2622 = fadd <8 x float> %2620, %2621
  %2623 = shufflevector <8 x float> %2622, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2624 = shufflevector <8 x float> %2622, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2625 = fadd <4 x float> %2623, %2624
  %2626 = shufflevector <4 x float> %2625, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2627 = shufflevector <4 x float> %2625, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2628 = fadd <2 x float> %2626, %2627
  %2629 = getelementptr inbounds float, ptr %bet, i64 %2470
  %2630 = load float, ptr %2629, align 4
  %2631 = insertelement <16 x float> poison, float %2630, i64 0
  %2632 = shufflevector <16 x float> %2631, <16 x float> poison, <16 x i32> zeroinitializer
  %2633 = fmul <16 x float> %2611, %2632
  store <16 x float> %2633, ptr %2473, align 4
  %2634 = fneg <16 x float> %2633
  %.idx2542 = mul nuw nsw i64 %2470, 448
  %2635 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2542
  %2636 = getelementptr inbounds i8, ptr %2635, i64 128
  store <16 x float> %2634, ptr %2636, align 4
  %2637 = fmul <16 x float> %2612, %2632
  store <16 x float> %2637, ptr %2475, align 4
  %2638 = fneg <16 x float> %2637
  %2639 = getelementptr inbounds i8, ptr %2635, i64 192
  store <16 x float> %2638, ptr %2639, align 4
  %2640 = or disjoint i64 %2471, %i01
  %2641 = getelementptr inbounds float, ptr %Gm, i64 %2640
  %2642 = load float, ptr %2641, align 4
  %2643 = fneg float %2642
  %2644 = insertelement <16 x float> poison, float %2643, i64 0
  %2645 = shufflevector <16 x float> %2644, <16 x float> poison, <16 x i32> zeroinitializer
  %2646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2645, <16 x float> %2633, <16 x float> %acc96.0.lcssa)
  %2647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2645, <16 x float> %2637, <16 x float> %acc97.0.lcssa)
  %2648 = or disjoint i64 %2478, %i01
  %2649 = getelementptr inbounds float, ptr %Gm, i64 %2648
  %2650 = load float, ptr %2649, align 4
  %2651 = fneg float %2650
  %2652 = insertelement <16 x float> poison, float %2651, i64 0
  %2653 = shufflevector <16 x float> %2652, <16 x float> poison, <16 x i32> zeroinitializer
  %2654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2653, <16 x float> %2590, <16 x float> %2646)
  %2655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2653, <16 x float> %2594, <16 x float> %2647)
  %2656 = or disjoint i64 %2485, %i01
  %2657 = getelementptr inbounds float, ptr %Gm, i64 %2656
  %2658 = load float, ptr %2657, align 4
  %2659 = fneg float %2658
  %2660 = insertelement <16 x float> poison, float %2659, i64 0
  %2661 = shufflevector <16 x float> %2660, <16 x float> poison, <16 x i32> zeroinitializer
  %2662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2553, <16 x float> %2654)
  %2663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2558, <16 x float> %2655)
  %2664 = getelementptr inbounds float, ptr %Rr, i64 %2464
  %2665 = load <16 x float>, ptr %2664, align 4
  %2666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2662, <16 x float> %2665, <16 x float> zeroinitializer)
  %2667 = or disjoint i64 %2464, 16
  %2668 = getelementptr inbounds float, ptr %Rr, i64 %2667
  %2669 = load <16 x float>, ptr %2668, align 4
  %2670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2663, <16 x float> %2669, <16 x float> %2666)
  %2671 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2672 = shufflevector <16 x float> %2670, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2673 = shufflevector <16 x float> %2670, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2674 = fadd <8 x float> %2672, %2673
  %2675 = shufflevector <8 x float> %2674, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2676 = shufflevector <8 x float> %2674, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2677 = fadd <4 x float> %2675, %2676
  %2678 = shufflevector <4 x float> %2677, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2679 = shufflevector <4 x float> %2677, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2680 = fadd <2 x float> %2678, %2679
  %2681 = load <4 x float>, ptr %2671, align 4
  %2682 = shufflevector <2 x float> %2680, <2 x float> %2628, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2683 = shufflevector <4 x float> %2682, <4 x float> %2585, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2684 = shufflevector <4 x float> %2683, <4 x float> %2548, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2685 = shufflevector <2 x float> %2680, <2 x float> %2628, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2686 = shufflevector <4 x float> %2685, <4 x float> %2584, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2687 = shufflevector <4 x float> %2686, <4 x float> %2547, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2688 = fadd <4 x float> %2684, %2687
  %2689 = fadd <4 x float> %2681, %2688
  store <4 x float> %2689, ptr %2671, align 4
  %2690 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2691 = load float, ptr %2690, align 4
  %2692 = insertelement <16 x float> poison, float %2691, i64 0
  %2693 = shufflevector <16 x float> %2692, <16 x float> poison, <16 x i32> zeroinitializer
  %2694 = fmul <16 x float> %2662, %2693
  store <16 x float> %2694, ptr %2466, align 4
  %2695 = fneg <16 x float> %2694
  %2696 = mul nuw nsw i64 %i01, 112
  %2697 = or disjoint i64 %2696, 32
  %2698 = getelementptr inbounds float, ptr %Ak, i64 %2697
  store <16 x float> %2695, ptr %2698, align 4
  %2699 = fmul <16 x float> %2663, %2693
  store <16 x float> %2699, ptr %2468, align 4
  %2700 = fneg <16 x float> %2699
  %2701 = or disjoint i64 %2696, 48
  %2702 = getelementptr inbounds float, ptr %Ak, i64 %2701
  store <16 x float> %2700, ptr %2702, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02758, 1
  %exitcond3133.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond3133.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02761 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter3723 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3723.next.1, %t5.body ]
  %2703 = add nsw i64 %t5.addr.02761, %t0
  %.idx2903 = shl nsw i64 %t5.addr.02761, 8
  %gep3375 = getelementptr inbounds i8, ptr %invariant.gep3374, i64 %.idx2903
  %2704 = load <16 x float>, ptr %gep3375, align 4
  %.idx2904 = shl i64 %2703, 8
  %2705 = getelementptr i8, ptr %dav, i64 %.idx2904
  store <16 x float> %2704, ptr %2705, align 4
  %gep3377 = getelementptr inbounds i8, ptr %invariant.gep3376, i64 %.idx2903
  %2706 = load <16 x float>, ptr %gep3377, align 4
  %2707 = getelementptr i8, ptr %142, i64 %.idx2904
  store <16 x float> %2706, ptr %2707, align 4
  %i44 = shl nuw nsw i64 %t5.addr.02761, 1
  %tau2 = shl nsw i64 %2703, 1
  %2708 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2709 = load float, ptr %2708, align 4
  %2710 = mul nsw i64 %tau2, %H
  %2711 = getelementptr inbounds float, ptr %betah1, i64 %2710
  store float %2709, ptr %2711, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx2905 = shl nsw i64 %i46, 7
  %gep3379 = getelementptr inbounds i8, ptr %invariant.gep3378, i64 %.idx2905
  %2712 = load <16 x float>, ptr %gep3379, align 4
  %.idx2906 = shl i64 %tau3, 7
  %2713 = getelementptr i8, ptr %dav, i64 %.idx2906
  store <16 x float> %2712, ptr %2713, align 4
  %gep3381 = getelementptr inbounds i8, ptr %invariant.gep3380, i64 %.idx2905
  %2714 = load <16 x float>, ptr %gep3381, align 4
  %2715 = getelementptr i8, ptr %142, i64 %.idx2906
  store <16 x float> %2714, ptr %2715, align 4
  %2716 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2717 = load float, ptr %2716, align 4
  %2718 = mul nsw i64 %tau3, %H
  %2719 = getelementptr inbounds float, ptr %betah1, i64 %2718
  store float %2717, ptr %2719, align 4
  %t5.next = or disjoint i64 %t5.addr.02761, 1
  %2720 = add nsw i64 %t5.next, %t0
  %.idx2903.1 = shl nsw i64 %t5.next, 8
  %gep3375.1 = getelementptr inbounds i8, ptr %invariant.gep3374, i64 %.idx2903.1
  %2721 = load <16 x float>, ptr %gep3375.1, align 4
  %.idx2904.1 = shl i64 %2720, 8
  %2722 = getelementptr i8, ptr %dav, i64 %.idx2904.1
  store <16 x float> %2721, ptr %2722, align 4
  %gep3377.1 = getelementptr inbounds i8, ptr %invariant.gep3376, i64 %.idx2903.1
  %2723 = load <16 x float>, ptr %gep3377.1, align 4
  %2724 = getelementptr i8, ptr %142, i64 %.idx2904.1
  store <16 x float> %2723, ptr %2724, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %2720, 1
  %2725 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2726 = load float, ptr %2725, align 4
  %2727 = mul nsw i64 %tau2.1, %H
  %2728 = getelementptr inbounds float, ptr %betah1, i64 %2727
  store float %2726, ptr %2728, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx2905.1 = shl nsw i64 %i46.1, 7
  %gep3379.1 = getelementptr inbounds i8, ptr %invariant.gep3378, i64 %.idx2905.1
  %2729 = load <16 x float>, ptr %gep3379.1, align 4
  %.idx2906.1 = shl i64 %tau3.1, 7
  %2730 = getelementptr i8, ptr %dav, i64 %.idx2906.1
  store <16 x float> %2729, ptr %2730, align 4
  %gep3381.1 = getelementptr inbounds i8, ptr %invariant.gep3380, i64 %.idx2905.1
  %2731 = load <16 x float>, ptr %gep3381.1, align 4
  %2732 = getelementptr i8, ptr %142, i64 %.idx2906.1
  store <16 x float> %2731, ptr %2732, align 4
  %2733 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2734 = load float, ptr %2733, align 4
  %2735 = mul nsw i64 %tau3.1, %H
  %2736 = getelementptr inbounds float, ptr %betah1, i64 %2735
  store float %2734, ptr %2736, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02761, 2
  %niter3723.next.1 = add i64 %niter3723, 2
  %niter3723.ncmp.1 = icmp eq i64 %niter3723.next.1, %unroll_iter3722
  br i1 %niter3723.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02761.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod3721.not = icmp eq i64 %xtraiter3720, 0
  br i1 %lcmp.mod3721.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2737 = add nsw i64 %t5.addr.02761.unr, %t0
  %.idx2903.epil = shl nsw i64 %t5.addr.02761.unr, 8
  %gep3375.epil = getelementptr inbounds i8, ptr %invariant.gep3374, i64 %.idx2903.epil
  %2738 = load <16 x float>, ptr %gep3375.epil, align 4
  %.idx2904.epil = shl i64 %2737, 8
  %2739 = getelementptr i8, ptr %dav, i64 %.idx2904.epil
  store <16 x float> %2738, ptr %2739, align 4
  %gep3377.epil = getelementptr inbounds i8, ptr %invariant.gep3376, i64 %.idx2903.epil
  %2740 = load <16 x float>, ptr %gep3377.epil, align 4
  %2741 = getelementptr i8, ptr %142, i64 %.idx2904.epil
  store <16 x float> %2740, ptr %2741, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.02761.unr, 1
  %tau2.epil = shl nsw i64 %2737, 1
  %2742 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2743 = load float, ptr %2742, align 4
  %2744 = mul nsw i64 %tau2.epil, %H
  %2745 = getelementptr inbounds float, ptr %betah1, i64 %2744
  store float %2743, ptr %2745, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx2905.epil = shl nsw i64 %i46.epil, 7
  %gep3379.epil = getelementptr inbounds i8, ptr %invariant.gep3378, i64 %.idx2905.epil
  %2746 = load <16 x float>, ptr %gep3379.epil, align 4
  %.idx2906.epil = shl i64 %tau3.epil, 7
  %2747 = getelementptr i8, ptr %dav, i64 %.idx2906.epil
  store <16 x float> %2746, ptr %2747, align 4
  %gep3381.epil = getelementptr inbounds i8, ptr %invariant.gep3380, i64 %.idx2905.epil
  %2748 = load <16 x float>, ptr %gep3381.epil, align 4
  %2749 = getelementptr i8, ptr %142, i64 %.idx2906.epil
  store <16 x float> %2748, ptr %2749, align 4
  %2750 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2751 = load float, ptr %2750, align 4
  %2752 = mul nsw i64 %tau3.epil, %H
  %2753 = getelementptr inbounds float, ptr %betah1, i64 %2752
  store float %2751, ptr %2753, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02779 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2754 = shl nuw nsw i64 %i48.addr.02779, 6
  %2755 = or disjoint i64 %2754, 32
  %2756 = getelementptr inbounds float, ptr %work, i64 %2755
  %2757 = load <16 x float>, ptr %2756, align 4
  %2758 = or disjoint i64 %2754, 48
  %2759 = getelementptr inbounds float, ptr %work, i64 %2758
  %2760 = load <16 x float>, ptr %2759, align 4
  %2761 = or disjoint i64 %i48.addr.02779, 1
  %2762 = shl nuw nsw i64 %2761, 6
  %2763 = or disjoint i64 %2762, 32
  %2764 = getelementptr inbounds float, ptr %work, i64 %2763
  %2765 = load <16 x float>, ptr %2764, align 4
  %2766 = or disjoint i64 %2762, 48
  %2767 = getelementptr inbounds float, ptr %work, i64 %2766
  %2768 = load <16 x float>, ptr %2767, align 4
  %2769 = or disjoint i64 %i48.addr.02779, 2
  %2770 = shl nuw nsw i64 %2769, 6
  %2771 = or disjoint i64 %2770, 32
  %2772 = getelementptr inbounds float, ptr %work, i64 %2771
  %2773 = load <16 x float>, ptr %2772, align 4
  %2774 = or disjoint i64 %2770, 48
  %2775 = getelementptr inbounds float, ptr %work, i64 %2774
  %2776 = load <16 x float>, ptr %2775, align 4
  %2777 = or disjoint i64 %i48.addr.02779, 3
  %2778 = shl nuw nsw i64 %2777, 6
  %2779 = or disjoint i64 %2778, 32
  %2780 = getelementptr inbounds float, ptr %work, i64 %2779
  %2781 = load <16 x float>, ptr %2780, align 4
  %2782 = or disjoint i64 %2778, 48
  %2783 = getelementptr inbounds float, ptr %work, i64 %2782
  %2784 = load <16 x float>, ptr %2783, align 4
  %2785 = or disjoint i64 %i48.addr.02779, 4
  %2786 = shl nuw nsw i64 %2785, 6
  %2787 = or disjoint i64 %2786, 32
  %2788 = getelementptr inbounds float, ptr %work, i64 %2787
  %2789 = load <16 x float>, ptr %2788, align 4
  %2790 = or disjoint i64 %2786, 48
  %2791 = getelementptr inbounds float, ptr %work, i64 %2790
  %2792 = load <16 x float>, ptr %2791, align 4
  %2793 = or disjoint i64 %i48.addr.02779, 5
  %2794 = shl nuw nsw i64 %2793, 6
  %2795 = or disjoint i64 %2794, 32
  %2796 = getelementptr inbounds float, ptr %work, i64 %2795
  %2797 = load <16 x float>, ptr %2796, align 4
  %2798 = or disjoint i64 %2794, 48
  %2799 = getelementptr inbounds float, ptr %work, i64 %2798
  %2800 = load <16 x float>, ptr %2799, align 4
  %2801 = or disjoint i64 %i48.addr.02779, 6
  %2802 = shl nuw nsw i64 %2801, 6
  %2803 = or disjoint i64 %2802, 32
  %2804 = getelementptr inbounds float, ptr %work, i64 %2803
  %2805 = load <16 x float>, ptr %2804, align 4
  %2806 = or disjoint i64 %2802, 48
  %2807 = getelementptr inbounds float, ptr %work, i64 %2806
  %2808 = load <16 x float>, ptr %2807, align 4
  %2809 = or disjoint i64 %i48.addr.02779, 7
  %2810 = shl nuw nsw i64 %2809, 6
  %2811 = or disjoint i64 %2810, 32
  %2812 = getelementptr inbounds float, ptr %work, i64 %2811
  %2813 = load <16 x float>, ptr %2812, align 4
  %2814 = or disjoint i64 %2810, 48
  %2815 = getelementptr inbounds float, ptr %work, i64 %2814
  %2816 = load <16 x float>, ptr %2815, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02778 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc119.02777 = phi <16 x float> [ %2816, %i48.body ], [ %2878, %p11.body ]
  %acc118.02776 = phi <16 x float> [ %2813, %i48.body ], [ %2877, %p11.body ]
  %acc117.02775 = phi <16 x float> [ %2808, %i48.body ], [ %2871, %p11.body ]
  %acc116.02774 = phi <16 x float> [ %2805, %i48.body ], [ %2870, %p11.body ]
  %acc115.02773 = phi <16 x float> [ %2800, %i48.body ], [ %2864, %p11.body ]
  %acc114.02772 = phi <16 x float> [ %2797, %i48.body ], [ %2863, %p11.body ]
  %acc113.02771 = phi <16 x float> [ %2792, %i48.body ], [ %2857, %p11.body ]
  %acc112.02770 = phi <16 x float> [ %2789, %i48.body ], [ %2856, %p11.body ]
  %acc111.02769 = phi <16 x float> [ %2784, %i48.body ], [ %2850, %p11.body ]
  %acc110.02768 = phi <16 x float> [ %2781, %i48.body ], [ %2849, %p11.body ]
  %acc109.02767 = phi <16 x float> [ %2776, %i48.body ], [ %2843, %p11.body ]
  %acc108.02766 = phi <16 x float> [ %2773, %i48.body ], [ %2842, %p11.body ]
  %acc107.02765 = phi <16 x float> [ %2768, %i48.body ], [ %2836, %p11.body ]
  %acc106.02764 = phi <16 x float> [ %2765, %i48.body ], [ %2835, %p11.body ]
  %acc105.02763 = phi <16 x float> [ %2760, %i48.body ], [ %2829, %p11.body ]
  %acc104.02762 = phi <16 x float> [ %2757, %i48.body ], [ %2828, %p11.body ]
  %2817 = shl nuw nsw i64 %p11.addr.02778, 5
  %2818 = getelementptr inbounds float, ptr %OY, i64 %2817
  %2819 = load <16 x float>, ptr %2818, align 4
  %2820 = or disjoint i64 %2817, 16
  %2821 = getelementptr inbounds float, ptr %OY, i64 %2820
  %2822 = load <16 x float>, ptr %2821, align 4
  %2823 = or disjoint i64 %2817, %i48.addr.02779
  %2824 = getelementptr inbounds float, ptr %QK, i64 %2823
  %2825 = load float, ptr %2824, align 4
  %2826 = insertelement <16 x float> poison, float %2825, i64 0
  %2827 = shufflevector <16 x float> %2826, <16 x float> poison, <16 x i32> zeroinitializer
  %2828 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2827, <16 x float> %2819, <16 x float> %acc104.02762)
  %2829 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2827, <16 x float> %2822, <16 x float> %acc105.02763)
  %2830 = or disjoint i64 %2817, %2761
  %2831 = getelementptr inbounds float, ptr %QK, i64 %2830
  %2832 = load float, ptr %2831, align 4
  %2833 = insertelement <16 x float> poison, float %2832, i64 0
  %2834 = shufflevector <16 x float> %2833, <16 x float> poison, <16 x i32> zeroinitializer
  %2835 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2834, <16 x float> %2819, <16 x float> %acc106.02764)
  %2836 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2834, <16 x float> %2822, <16 x float> %acc107.02765)
  %2837 = or disjoint i64 %2817, %2769
  %2838 = getelementptr inbounds float, ptr %QK, i64 %2837
  %2839 = load float, ptr %2838, align 4
  %2840 = insertelement <16 x float> poison, float %2839, i64 0
  %2841 = shufflevector <16 x float> %2840, <16 x float> poison, <16 x i32> zeroinitializer
  %2842 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2841, <16 x float> %2819, <16 x float> %acc108.02766)
  %2843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2841, <16 x float> %2822, <16 x float> %acc109.02767)
  %2844 = or disjoint i64 %2817, %2777
  %2845 = getelementptr inbounds float, ptr %QK, i64 %2844
  %2846 = load float, ptr %2845, align 4
  %2847 = insertelement <16 x float> poison, float %2846, i64 0
  %2848 = shufflevector <16 x float> %2847, <16 x float> poison, <16 x i32> zeroinitializer
  %2849 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2848, <16 x float> %2819, <16 x float> %acc110.02768)
  %2850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2848, <16 x float> %2822, <16 x float> %acc111.02769)
  %2851 = or disjoint i64 %2817, %2785
  %2852 = getelementptr inbounds float, ptr %QK, i64 %2851
  %2853 = load float, ptr %2852, align 4
  %2854 = insertelement <16 x float> poison, float %2853, i64 0
  %2855 = shufflevector <16 x float> %2854, <16 x float> poison, <16 x i32> zeroinitializer
  %2856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2855, <16 x float> %2819, <16 x float> %acc112.02770)
  %2857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2855, <16 x float> %2822, <16 x float> %acc113.02771)
  %2858 = or disjoint i64 %2817, %2793
  %2859 = getelementptr inbounds float, ptr %QK, i64 %2858
  %2860 = load float, ptr %2859, align 4
  %2861 = insertelement <16 x float> poison, float %2860, i64 0
  %2862 = shufflevector <16 x float> %2861, <16 x float> poison, <16 x i32> zeroinitializer
  %2863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2862, <16 x float> %2819, <16 x float> %acc114.02772)
  %2864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2862, <16 x float> %2822, <16 x float> %acc115.02773)
  %2865 = or disjoint i64 %2817, %2801
  %2866 = getelementptr inbounds float, ptr %QK, i64 %2865
  %2867 = load float, ptr %2866, align 4
  %2868 = insertelement <16 x float> poison, float %2867, i64 0
  %2869 = shufflevector <16 x float> %2868, <16 x float> poison, <16 x i32> zeroinitializer
  %2870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2869, <16 x float> %2819, <16 x float> %acc116.02774)
  %2871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2869, <16 x float> %2822, <16 x float> %acc117.02775)
  %2872 = or disjoint i64 %2817, %2809
  %2873 = getelementptr inbounds float, ptr %QK, i64 %2872
  %2874 = load float, ptr %2873, align 4
  %2875 = insertelement <16 x float> poison, float %2874, i64 0
  %2876 = shufflevector <16 x float> %2875, <16 x float> poison, <16 x i32> zeroinitializer
  %2877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2819, <16 x float> %acc118.02776)
  %2878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2822, <16 x float> %acc119.02777)
  %p11.next = add nuw nsw i64 %p11.addr.02778, 1
  %exitcond3141.not = icmp eq i64 %p11.next, 48
  br i1 %exitcond3141.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2828, ptr %2756, align 4
  store <16 x float> %2829, ptr %2759, align 4
  store <16 x float> %2835, ptr %2764, align 4
  store <16 x float> %2836, ptr %2767, align 4
  store <16 x float> %2842, ptr %2772, align 4
  store <16 x float> %2843, ptr %2775, align 4
  store <16 x float> %2849, ptr %2780, align 4
  store <16 x float> %2850, ptr %2783, align 4
  store <16 x float> %2856, ptr %2788, align 4
  store <16 x float> %2857, ptr %2791, align 4
  store <16 x float> %2863, ptr %2796, align 4
  store <16 x float> %2864, ptr %2799, align 4
  store <16 x float> %2870, ptr %2804, align 4
  store <16 x float> %2871, ptr %2807, align 4
  store <16 x float> %2877, ptr %2812, align 4
  store <16 x float> %2878, ptr %2815, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02779, 8
  %2879 = icmp ult i64 %i48.addr.02779, 24
  br i1 %2879, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit.1, %p12.exit
  %2880 = icmp ult i64 %i49.addr.02792, 24
  br i1 %2880, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.02792 = phi i64 [ %2881, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2881 = add nuw nsw i64 %i49.addr.02792, 8
  %2882 = mul nuw nsw i64 %i49.addr.02792, 112
  %2883 = or disjoint i64 %2882, 80
  %2884 = getelementptr inbounds float, ptr %Ak, i64 %2883
  %.idx2503 = mul nuw nsw i64 %i49.addr.02792, 448
  %2885 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2503
  %2886 = getelementptr inbounds i8, ptr %2885, i64 768
  %2887 = getelementptr inbounds i8, ptr %2885, i64 1216
  %2888 = getelementptr inbounds i8, ptr %2885, i64 1664
  %2889 = getelementptr inbounds i8, ptr %2885, i64 2112
  %2890 = getelementptr inbounds i8, ptr %2885, i64 2560
  %2891 = getelementptr inbounds i8, ptr %2885, i64 3008
  %2892 = getelementptr inbounds i8, ptr %2885, i64 3456
  %.idx3162 = shl nsw i64 %i49.addr.02792, 7
  %invariant.gep3382 = getelementptr inbounds i8, ptr %OY, i64 %.idx3162
  br label %p12.body

p12.body:                                         ; preds = %i49.body, %p12.body
  %p12.addr.02790 = phi i64 [ 0, %i49.body ], [ %p12.next, %p12.body ]
  %acc127.02789 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2933, %p12.body ]
  %acc126.02788 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2928, %p12.body ]
  %acc125.02787 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2923, %p12.body ]
  %acc124.02786 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2918, %p12.body ]
  %acc123.02785 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2913, %p12.body ]
  %acc122.02784 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2908, %p12.body ]
  %acc121.02783 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2903, %p12.body ]
  %acc120.02782 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2898, %p12.body ]
  %.idx2510 = shl nuw nsw i64 %p12.addr.02790, 7
  %gep2781 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2510
  %2893 = load <16 x float>, ptr %gep2781, align 4
  %gep3383 = getelementptr inbounds float, ptr %invariant.gep3382, i64 %p12.addr.02790
  %2894 = getelementptr inbounds i8, ptr %gep3383, i64 2048
  %2895 = load float, ptr %2894, align 4
  %2896 = insertelement <16 x float> poison, float %2895, i64 0
  %2897 = shufflevector <16 x float> %2896, <16 x float> poison, <16 x i32> zeroinitializer
  %2898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2893, <16 x float> %acc120.02782)
  %2899 = getelementptr inbounds i8, ptr %gep3383, i64 2176
  %2900 = load float, ptr %2899, align 4
  %2901 = insertelement <16 x float> poison, float %2900, i64 0
  %2902 = shufflevector <16 x float> %2901, <16 x float> poison, <16 x i32> zeroinitializer
  %2903 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2902, <16 x float> %2893, <16 x float> %acc121.02783)
  %2904 = getelementptr inbounds i8, ptr %gep3383, i64 2304
  %2905 = load float, ptr %2904, align 4
  %2906 = insertelement <16 x float> poison, float %2905, i64 0
  %2907 = shufflevector <16 x float> %2906, <16 x float> poison, <16 x i32> zeroinitializer
  %2908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2907, <16 x float> %2893, <16 x float> %acc122.02784)
  %2909 = getelementptr inbounds i8, ptr %gep3383, i64 2432
  %2910 = load float, ptr %2909, align 4
  %2911 = insertelement <16 x float> poison, float %2910, i64 0
  %2912 = shufflevector <16 x float> %2911, <16 x float> poison, <16 x i32> zeroinitializer
  %2913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2912, <16 x float> %2893, <16 x float> %acc123.02785)
  %2914 = getelementptr inbounds i8, ptr %gep3383, i64 2560
  %2915 = load float, ptr %2914, align 4
  %2916 = insertelement <16 x float> poison, float %2915, i64 0
  %2917 = shufflevector <16 x float> %2916, <16 x float> poison, <16 x i32> zeroinitializer
  %2918 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2917, <16 x float> %2893, <16 x float> %acc124.02786)
  %2919 = getelementptr inbounds i8, ptr %gep3383, i64 2688
  %2920 = load float, ptr %2919, align 4
  %2921 = insertelement <16 x float> poison, float %2920, i64 0
  %2922 = shufflevector <16 x float> %2921, <16 x float> poison, <16 x i32> zeroinitializer
  %2923 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2922, <16 x float> %2893, <16 x float> %acc125.02787)
  %2924 = getelementptr inbounds i8, ptr %gep3383, i64 2816
  %2925 = load float, ptr %2924, align 4
  %2926 = insertelement <16 x float> poison, float %2925, i64 0
  %2927 = shufflevector <16 x float> %2926, <16 x float> poison, <16 x i32> zeroinitializer
  %2928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2927, <16 x float> %2893, <16 x float> %acc126.02788)
  %2929 = getelementptr inbounds i8, ptr %gep3383, i64 2944
  %2930 = load float, ptr %2929, align 4
  %2931 = insertelement <16 x float> poison, float %2930, i64 0
  %2932 = shufflevector <16 x float> %2931, <16 x float> poison, <16 x i32> zeroinitializer
  %2933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2932, <16 x float> %2893, <16 x float> %acc127.02789)
  %p12.next = add nuw nsw i64 %p12.addr.02790, 1
  %exitcond3142.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond3142.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2898, ptr %2884, align 4
  store <16 x float> %2903, ptr %2886, align 4
  store <16 x float> %2908, ptr %2887, align 4
  store <16 x float> %2913, ptr %2888, align 4
  store <16 x float> %2918, ptr %2889, align 4
  store <16 x float> %2923, ptr %2890, align 4
  store <16 x float> %2928, ptr %2891, align 4
  store <16 x float> %2933, ptr %2892, align 4
  %2934 = icmp ugt i64 %i49.addr.02792, 8
  br i1 %2934, label %p12.body.1, label %i49.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.02790.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc127.02789.1 = phi <16 x float> [ %2975, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc126.02788.1 = phi <16 x float> [ %2970, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc125.02787.1 = phi <16 x float> [ %2965, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc124.02786.1 = phi <16 x float> [ %2960, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc123.02785.1 = phi <16 x float> [ %2955, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc122.02784.1 = phi <16 x float> [ %2950, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc121.02783.1 = phi <16 x float> [ %2945, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc120.02782.1 = phi <16 x float> [ %2940, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx2510.1 = shl nuw nsw i64 %p12.addr.02790.1, 7
  %gep2781.1 = getelementptr inbounds i8, ptr %invariant.gep2780.1, i64 %.idx2510.1
  %2935 = load <16 x float>, ptr %gep2781.1, align 4
  %gep3383.1 = getelementptr inbounds float, ptr %invariant.gep3382, i64 %p12.addr.02790.1
  %2936 = getelementptr inbounds i8, ptr %gep3383.1, i64 2048
  %2937 = load float, ptr %2936, align 4
  %2938 = insertelement <16 x float> poison, float %2937, i64 0
  %2939 = shufflevector <16 x float> %2938, <16 x float> poison, <16 x i32> zeroinitializer
  %2940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2939, <16 x float> %2935, <16 x float> %acc120.02782.1)
  %2941 = getelementptr inbounds i8, ptr %gep3383.1, i64 2176
  %2942 = load float, ptr %2941, align 4
  %2943 = insertelement <16 x float> poison, float %2942, i64 0
  %2944 = shufflevector <16 x float> %2943, <16 x float> poison, <16 x i32> zeroinitializer
  %2945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2944, <16 x float> %2935, <16 x float> %acc121.02783.1)
  %2946 = getelementptr inbounds i8, ptr %gep3383.1, i64 2304
  %2947 = load float, ptr %2946, align 4
  %2948 = insertelement <16 x float> poison, float %2947, i64 0
  %2949 = shufflevector <16 x float> %2948, <16 x float> poison, <16 x i32> zeroinitializer
  %2950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2949, <16 x float> %2935, <16 x float> %acc122.02784.1)
  %2951 = getelementptr inbounds i8, ptr %gep3383.1, i64 2432
  %2952 = load float, ptr %2951, align 4
  %2953 = insertelement <16 x float> poison, float %2952, i64 0
  %2954 = shufflevector <16 x float> %2953, <16 x float> poison, <16 x i32> zeroinitializer
  %2955 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2954, <16 x float> %2935, <16 x float> %acc123.02785.1)
  %2956 = getelementptr inbounds i8, ptr %gep3383.1, i64 2560
  %2957 = load float, ptr %2956, align 4
  %2958 = insertelement <16 x float> poison, float %2957, i64 0
  %2959 = shufflevector <16 x float> %2958, <16 x float> poison, <16 x i32> zeroinitializer
  %2960 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2959, <16 x float> %2935, <16 x float> %acc124.02786.1)
  %2961 = getelementptr inbounds i8, ptr %gep3383.1, i64 2688
  %2962 = load float, ptr %2961, align 4
  %2963 = insertelement <16 x float> poison, float %2962, i64 0
  %2964 = shufflevector <16 x float> %2963, <16 x float> poison, <16 x i32> zeroinitializer
  %2965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2964, <16 x float> %2935, <16 x float> %acc125.02787.1)
  %2966 = getelementptr inbounds i8, ptr %gep3383.1, i64 2816
  %2967 = load float, ptr %2966, align 4
  %2968 = insertelement <16 x float> poison, float %2967, i64 0
  %2969 = shufflevector <16 x float> %2968, <16 x float> poison, <16 x i32> zeroinitializer
  %2970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2969, <16 x float> %2935, <16 x float> %acc126.02788.1)
  %2971 = getelementptr inbounds i8, ptr %gep3383.1, i64 2944
  %2972 = load float, ptr %2971, align 4
  %2973 = insertelement <16 x float> poison, float %2972, i64 0
  %2974 = shufflevector <16 x float> %2973, <16 x float> poison, <16 x i32> zeroinitializer
  %2975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2974, <16 x float> %2935, <16 x float> %acc127.02789.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02790.1, 1
  %exitcond3142.not.1 = icmp eq i64 %p12.next.1, 32
  br i1 %exitcond3142.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %2976 = getelementptr inbounds i8, ptr %2884, i64 64
  store <16 x float> %2940, ptr %2976, align 4
  %2977 = getelementptr inbounds i8, ptr %2885, i64 832
  store <16 x float> %2945, ptr %2977, align 4
  %2978 = getelementptr inbounds i8, ptr %2885, i64 1280
  store <16 x float> %2950, ptr %2978, align 4
  %2979 = getelementptr inbounds i8, ptr %2885, i64 1728
  store <16 x float> %2955, ptr %2979, align 4
  %2980 = getelementptr inbounds i8, ptr %2885, i64 2176
  store <16 x float> %2960, ptr %2980, align 4
  %2981 = getelementptr inbounds i8, ptr %2885, i64 2624
  store <16 x float> %2965, ptr %2981, align 4
  %2982 = getelementptr inbounds i8, ptr %2885, i64 3072
  store <16 x float> %2970, ptr %2982, align 4
  %2983 = getelementptr inbounds i8, ptr %2885, i64 3520
  store <16 x float> %2975, ptr %2983, align 4
  br label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %2984 = shl nsw i64 %L, 1
  %2985 = shl i64 %ci, 10
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3147 = phi i64 [ %indvars.iv.next3148, %j36.exit ], [ 1, %i49.head.loopexit ]
  %t6.addr.02809 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %2986 = shl nuw nsw i64 %t6.addr.02809, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %2986, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.02809, 1
  %invariant.gep2797 = getelementptr float, ptr %invariant.gep2793, i64 %i50
  %.not2907 = icmp eq i64 %t6.addr.02809, 0
  br i1 %.not2907, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx2501 = mul nuw nsw i64 %t6.addr.02809, 896
  %gep2794 = getelementptr inbounds i8, ptr %invariant.gep2793, i64 %.idx2501
  %xtraiter3724 = and i64 %umax, 7
  %2987 = icmp ult i64 %t6.addr.02809, 4
  br i1 %2987, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3726 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02799 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3727 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3727.next.7, %j35.body ]
  %2988 = getelementptr inbounds float, ptr %gep2794, i64 %j35.addr.02799
  %2989 = load float, ptr %2988, align 4
  %2990 = fneg float %2989
  store float %2990, ptr %2988, align 4
  %.idx2502 = mul nuw nsw i64 %j35.addr.02799, 448
  %gep2798 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502
  store float %2990, ptr %gep2798, align 4
  %j35.next = or disjoint i64 %j35.addr.02799, 1
  %2991 = getelementptr inbounds float, ptr %gep2794, i64 %j35.next
  %2992 = load float, ptr %2991, align 4
  %2993 = fneg float %2992
  store float %2993, ptr %2991, align 4
  %.idx2502.1 = mul nuw nsw i64 %j35.next, 448
  %gep2798.1 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.1
  store float %2993, ptr %gep2798.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02799, 2
  %2994 = getelementptr inbounds float, ptr %gep2794, i64 %j35.next.1
  %2995 = load float, ptr %2994, align 4
  %2996 = fneg float %2995
  store float %2996, ptr %2994, align 4
  %.idx2502.2 = mul nuw nsw i64 %j35.next.1, 448
  %gep2798.2 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.2
  store float %2996, ptr %gep2798.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02799, 3
  %2997 = getelementptr inbounds float, ptr %gep2794, i64 %j35.next.2
  %2998 = load float, ptr %2997, align 4
  %2999 = fneg float %2998
  store float %2999, ptr %2997, align 4
  %.idx2502.3 = mul nuw nsw i64 %j35.next.2, 448
  %gep2798.3 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.3
  store float %2999, ptr %gep2798.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02799, 4
  %3000 = getelementptr inbounds float, ptr %gep2794, i64 %j35.next.3
  %3001 = load float, ptr %3000, align 4
  %3002 = fneg float %3001
  store float %3002, ptr %3000, align 4
  %.idx2502.4 = mul nuw nsw i64 %j35.next.3, 448
  %gep2798.4 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.4
  store float %3002, ptr %gep2798.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02799, 5
  %3003 = getelementptr inbounds float, ptr %gep2794, i64 %j35.next.4
  %3004 = load float, ptr %3003, align 4
  %3005 = fneg float %3004
  store float %3005, ptr %3003, align 4
  %.idx2502.5 = mul nuw nsw i64 %j35.next.4, 448
  %gep2798.5 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.5
  store float %3005, ptr %gep2798.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02799, 6
  %3006 = getelementptr inbounds float, ptr %gep2794, i64 %j35.next.5
  %3007 = load float, ptr %3006, align 4
  %3008 = fneg float %3007
  store float %3008, ptr %3006, align 4
  %.idx2502.6 = mul nuw nsw i64 %j35.next.5, 448
  %gep2798.6 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.6
  store float %3008, ptr %gep2798.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02799, 7
  %3009 = getelementptr inbounds float, ptr %gep2794, i64 %j35.next.6
  %3010 = load float, ptr %3009, align 4
  %3011 = fneg float %3010
  store float %3011, ptr %3009, align 4
  %.idx2502.7 = mul nuw nsw i64 %j35.next.6, 448
  %gep2798.7 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.7
  store float %3011, ptr %gep2798.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02799, 8
  %niter3727.next.7 = add i64 %niter3727, 8
  %niter3727.ncmp.7 = icmp eq i64 %niter3727.next.7, %unroll_iter3726
  br i1 %niter3727.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02799.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3725.not = icmp eq i64 %xtraiter3724, 0
  br i1 %lcmp.mod3725.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02799.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02799.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3012 = getelementptr inbounds float, ptr %gep2794, i64 %j35.addr.02799.epil
  %3013 = load float, ptr %3012, align 4
  %3014 = fneg float %3013
  store float %3014, ptr %3012, align 4
  %.idx2502.epil = mul nuw nsw i64 %j35.addr.02799.epil, 448
  %gep2798.epil = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2502.epil
  store float %3014, ptr %gep2798.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02799.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3724
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !2

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx2498.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx2501, %j35.body.epil ], [ %.idx2501, %j35.exit.loopexit.unr-lcssa ]
  %gep2806 = getelementptr inbounds i8, ptr %invariant.gep2793, i64 %.idx2498.pre-phi
  %3015 = getelementptr inbounds float, ptr %gep2806, i64 %i50
  store float 0.000000e+00, ptr %3015, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2499 = mul nuw nsw i64 %i51, 448
  %gep2808 = getelementptr inbounds i8, ptr %invariant.gep2793, i64 %.idx2499
  %invariant.gep2802 = getelementptr float, ptr %invariant.gep2793, i64 %i51
  %xtraiter3728 = and i64 %indvars.iv3147, 7
  %3016 = icmp ult i64 %t6.addr.02809, 4
  br i1 %3016, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3731 = and i64 %indvars.iv3147, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02804 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3732 = phi i64 [ 0, %j35.exit.new ], [ %niter3732.next.7, %j36.body ]
  %3017 = getelementptr inbounds float, ptr %gep2808, i64 %j36.addr.02804
  %3018 = load float, ptr %3017, align 4
  %3019 = fneg float %3018
  store float %3019, ptr %3017, align 4
  %.idx2500 = mul nuw nsw i64 %j36.addr.02804, 448
  %gep2803 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500
  store float %3019, ptr %gep2803, align 4
  %j36.next = or disjoint i64 %j36.addr.02804, 1
  %3020 = getelementptr inbounds float, ptr %gep2808, i64 %j36.next
  %3021 = load float, ptr %3020, align 4
  %3022 = fneg float %3021
  store float %3022, ptr %3020, align 4
  %.idx2500.1 = mul nuw nsw i64 %j36.next, 448
  %gep2803.1 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.1
  store float %3022, ptr %gep2803.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02804, 2
  %3023 = getelementptr inbounds float, ptr %gep2808, i64 %j36.next.1
  %3024 = load float, ptr %3023, align 4
  %3025 = fneg float %3024
  store float %3025, ptr %3023, align 4
  %.idx2500.2 = mul nuw nsw i64 %j36.next.1, 448
  %gep2803.2 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.2
  store float %3025, ptr %gep2803.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02804, 3
  %3026 = getelementptr inbounds float, ptr %gep2808, i64 %j36.next.2
  %3027 = load float, ptr %3026, align 4
  %3028 = fneg float %3027
  store float %3028, ptr %3026, align 4
  %.idx2500.3 = mul nuw nsw i64 %j36.next.2, 448
  %gep2803.3 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.3
  store float %3028, ptr %gep2803.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02804, 4
  %3029 = getelementptr inbounds float, ptr %gep2808, i64 %j36.next.3
  %3030 = load float, ptr %3029, align 4
  %3031 = fneg float %3030
  store float %3031, ptr %3029, align 4
  %.idx2500.4 = mul nuw nsw i64 %j36.next.3, 448
  %gep2803.4 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.4
  store float %3031, ptr %gep2803.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02804, 5
  %3032 = getelementptr inbounds float, ptr %gep2808, i64 %j36.next.4
  %3033 = load float, ptr %3032, align 4
  %3034 = fneg float %3033
  store float %3034, ptr %3032, align 4
  %.idx2500.5 = mul nuw nsw i64 %j36.next.4, 448
  %gep2803.5 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.5
  store float %3034, ptr %gep2803.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02804, 6
  %3035 = getelementptr inbounds float, ptr %gep2808, i64 %j36.next.5
  %3036 = load float, ptr %3035, align 4
  %3037 = fneg float %3036
  store float %3037, ptr %3035, align 4
  %.idx2500.6 = mul nuw nsw i64 %j36.next.5, 448
  %gep2803.6 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.6
  store float %3037, ptr %gep2803.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02804, 7
  %3038 = getelementptr inbounds float, ptr %gep2808, i64 %j36.next.6
  %3039 = load float, ptr %3038, align 4
  %3040 = fneg float %3039
  store float %3040, ptr %3038, align 4
  %.idx2500.7 = mul nuw nsw i64 %j36.next.6, 448
  %gep2803.7 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.7
  store float %3040, ptr %gep2803.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02804, 8
  %niter3732.next.7 = add i64 %niter3732, 8
  %niter3732.ncmp.7 = icmp eq i64 %niter3732.next.7, %unroll_iter3731
  br i1 %niter3732.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02804.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3730.not = icmp eq i64 %xtraiter3728, 0
  br i1 %lcmp.mod3730.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02804.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02804.unr, %j36.exit.unr-lcssa ]
  %epil.iter3729 = phi i64 [ %epil.iter3729.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3041 = getelementptr inbounds float, ptr %gep2808, i64 %j36.addr.02804.epil
  %3042 = load float, ptr %3041, align 4
  %3043 = fneg float %3042
  store float %3043, ptr %3041, align 4
  %.idx2500.epil = mul nuw nsw i64 %j36.addr.02804.epil, 448
  %gep2803.epil = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2500.epil
  store float %3043, ptr %gep2803.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02804.epil, 1
  %epil.iter3729.next = add i64 %epil.iter3729, 1
  %epil.iter3729.cmp.not = icmp eq i64 %epil.iter3729.next, %xtraiter3728
  br i1 %epil.iter3729.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !4

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3385 = getelementptr inbounds i8, ptr %invariant.gep3384, i64 %.idx2499
  %3044 = getelementptr inbounds float, ptr %gep3385, i64 %i51
  store float 0.000000e+00, ptr %3044, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02809, 1
  %indvars.iv.next3148 = add nuw nsw i64 %indvars.iv3147, 2
  %exitcond3150.not = icmp eq i64 %t6.next, 16
  br i1 %exitcond3150.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1656
  %i52.addr.02827 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1656 ]
  %3045 = mul nuw nsw i64 %i52.addr.02827, 112
  %3046 = or disjoint i64 %3045, 112
  %3047 = getelementptr inbounds float, ptr %Ak, i64 %3046
  %.idx2492 = mul nuw nsw i64 %i52.addr.02827, 448
  %3048 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2492
  %3049 = getelementptr inbounds i8, ptr %3048, i64 896
  %3050 = getelementptr inbounds i8, ptr %3048, i64 1344
  %3051 = getelementptr inbounds i8, ptr %3048, i64 1792
  %3052 = getelementptr inbounds i8, ptr %3048, i64 2240
  %3053 = getelementptr inbounds i8, ptr %3048, i64 2688
  %3054 = getelementptr inbounds i8, ptr %3048, i64 3136
  br label %p13.body

i52.exit:                                         ; preds = %endif1656
  %t7.end = add nsw i64 %L, %t0
  br i1 %2461, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02826 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc143.02825 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3109, %p13.body ]
  %acc142.02824 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3108, %p13.body ]
  %acc141.02823 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3103, %p13.body ]
  %acc140.02822 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3102, %p13.body ]
  %acc139.02821 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3097, %p13.body ]
  %acc138.02820 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3096, %p13.body ]
  %acc137.02819 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3091, %p13.body ]
  %acc136.02818 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3090, %p13.body ]
  %acc135.02817 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3085, %p13.body ]
  %acc134.02816 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3084, %p13.body ]
  %acc133.02815 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3079, %p13.body ]
  %acc132.02814 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3078, %p13.body ]
  %acc131.02813 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3073, %p13.body ]
  %acc130.02812 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3072, %p13.body ]
  %acc129.02811 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3067, %p13.body ]
  %acc128.02810 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3066, %p13.body ]
  %3055 = shl nuw nsw i64 %p13.addr.02826, 5
  %3056 = getelementptr inbounds float, ptr %Bk, i64 %3055
  %3057 = load <16 x float>, ptr %3056, align 4
  %3058 = or disjoint i64 %3055, 16
  %3059 = getelementptr inbounds float, ptr %Bk, i64 %3058
  %3060 = load <16 x float>, ptr %3059, align 4
  %3061 = or disjoint i64 %p13.addr.02826, %3045
  %3062 = getelementptr inbounds float, ptr %Ak, i64 %3061
  %3063 = load float, ptr %3062, align 4
  %3064 = insertelement <16 x float> poison, float %3063, i64 0
  %3065 = shufflevector <16 x float> %3064, <16 x float> poison, <16 x i32> zeroinitializer
  %3066 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3065, <16 x float> %3057, <16 x float> %acc128.02810)
  %3067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3065, <16 x float> %3060, <16 x float> %acc129.02811)
  %3068 = getelementptr inbounds float, ptr %3047, i64 %p13.addr.02826
  %3069 = load float, ptr %3068, align 4
  %3070 = insertelement <16 x float> poison, float %3069, i64 0
  %3071 = shufflevector <16 x float> %3070, <16 x float> poison, <16 x i32> zeroinitializer
  %3072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %3057, <16 x float> %acc130.02812)
  %3073 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %3060, <16 x float> %acc131.02813)
  %3074 = getelementptr inbounds float, ptr %3049, i64 %p13.addr.02826
  %3075 = load float, ptr %3074, align 4
  %3076 = insertelement <16 x float> poison, float %3075, i64 0
  %3077 = shufflevector <16 x float> %3076, <16 x float> poison, <16 x i32> zeroinitializer
  %3078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3077, <16 x float> %3057, <16 x float> %acc132.02814)
  %3079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3077, <16 x float> %3060, <16 x float> %acc133.02815)
  %3080 = getelementptr inbounds float, ptr %3050, i64 %p13.addr.02826
  %3081 = load float, ptr %3080, align 4
  %3082 = insertelement <16 x float> poison, float %3081, i64 0
  %3083 = shufflevector <16 x float> %3082, <16 x float> poison, <16 x i32> zeroinitializer
  %3084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3083, <16 x float> %3057, <16 x float> %acc134.02816)
  %3085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3083, <16 x float> %3060, <16 x float> %acc135.02817)
  %3086 = getelementptr inbounds float, ptr %3051, i64 %p13.addr.02826
  %3087 = load float, ptr %3086, align 4
  %3088 = insertelement <16 x float> poison, float %3087, i64 0
  %3089 = shufflevector <16 x float> %3088, <16 x float> poison, <16 x i32> zeroinitializer
  %3090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3089, <16 x float> %3057, <16 x float> %acc136.02818)
  %3091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3089, <16 x float> %3060, <16 x float> %acc137.02819)
  %3092 = getelementptr inbounds float, ptr %3052, i64 %p13.addr.02826
  %3093 = load float, ptr %3092, align 4
  %3094 = insertelement <16 x float> poison, float %3093, i64 0
  %3095 = shufflevector <16 x float> %3094, <16 x float> poison, <16 x i32> zeroinitializer
  %3096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3057, <16 x float> %acc138.02820)
  %3097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3060, <16 x float> %acc139.02821)
  %3098 = getelementptr inbounds float, ptr %3053, i64 %p13.addr.02826
  %3099 = load float, ptr %3098, align 4
  %3100 = insertelement <16 x float> poison, float %3099, i64 0
  %3101 = shufflevector <16 x float> %3100, <16 x float> poison, <16 x i32> zeroinitializer
  %3102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3101, <16 x float> %3057, <16 x float> %acc140.02822)
  %3103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3101, <16 x float> %3060, <16 x float> %acc141.02823)
  %3104 = getelementptr inbounds float, ptr %3054, i64 %p13.addr.02826
  %3105 = load float, ptr %3104, align 4
  %3106 = insertelement <16 x float> poison, float %3105, i64 0
  %3107 = shufflevector <16 x float> %3106, <16 x float> poison, <16 x i32> zeroinitializer
  %3108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3107, <16 x float> %3057, <16 x float> %acc142.02824)
  %3109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3107, <16 x float> %3060, <16 x float> %acc143.02825)
  %p13.next = add nuw nsw i64 %p13.addr.02826, 1
  %exitcond3151.not = icmp eq i64 %p13.next, 112
  br i1 %exitcond3151.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3110 = icmp slt i64 %i52.addr.02827, %2984
  br i1 %3110, label %then1594, label %endif1600

then1594:                                         ; preds = %p13.exit
  %3111 = shl nuw nsw i64 %i52.addr.02827, 5
  %3112 = add nuw nsw i64 %3111, %2985
  %3113 = getelementptr inbounds float, ptr %dak, i64 %3112
  store <16 x float> %3066, ptr %3113, align 4
  %3114 = or disjoint i64 %3112, 16
  %3115 = getelementptr inbounds float, ptr %dak, i64 %3114
  store <16 x float> %3067, ptr %3115, align 4
  br label %endif1600

endif1600:                                        ; preds = %p13.exit, %then1594
  %3116 = or disjoint i64 %i52.addr.02827, 1
  %3117 = icmp slt i64 %3116, %2984
  br i1 %3117, label %then1602, label %endif1608

then1602:                                         ; preds = %endif1600
  %3118 = shl nuw nsw i64 %3116, 5
  %3119 = add nuw nsw i64 %3118, %2985
  %3120 = getelementptr inbounds float, ptr %dak, i64 %3119
  store <16 x float> %3072, ptr %3120, align 4
  %3121 = or disjoint i64 %3119, 16
  %3122 = getelementptr inbounds float, ptr %dak, i64 %3121
  store <16 x float> %3073, ptr %3122, align 4
  br label %endif1608

endif1608:                                        ; preds = %endif1600, %then1602
  %3123 = or disjoint i64 %i52.addr.02827, 2
  %3124 = icmp slt i64 %3123, %2984
  br i1 %3124, label %then1610, label %endif1616

then1610:                                         ; preds = %endif1608
  %3125 = shl nuw nsw i64 %3123, 5
  %3126 = add nuw nsw i64 %3125, %2985
  %3127 = getelementptr inbounds float, ptr %dak, i64 %3126
  store <16 x float> %3078, ptr %3127, align 4
  %3128 = or disjoint i64 %3126, 16
  %3129 = getelementptr inbounds float, ptr %dak, i64 %3128
  store <16 x float> %3079, ptr %3129, align 4
  br label %endif1616

endif1616:                                        ; preds = %endif1608, %then1610
  %3130 = or disjoint i64 %i52.addr.02827, 3
  %3131 = icmp slt i64 %3130, %2984
  br i1 %3131, label %then1618, label %endif1624

then1618:                                         ; preds = %endif1616
  %3132 = shl nuw nsw i64 %3130, 5
  %3133 = add nuw nsw i64 %3132, %2985
  %3134 = getelementptr inbounds float, ptr %dak, i64 %3133
  store <16 x float> %3084, ptr %3134, align 4
  %3135 = or disjoint i64 %3133, 16
  %3136 = getelementptr inbounds float, ptr %dak, i64 %3135
  store <16 x float> %3085, ptr %3136, align 4
  br label %endif1624

endif1624:                                        ; preds = %endif1616, %then1618
  %3137 = or disjoint i64 %i52.addr.02827, 4
  %3138 = icmp slt i64 %3137, %2984
  br i1 %3138, label %then1626, label %endif1632

then1626:                                         ; preds = %endif1624
  %3139 = shl nuw nsw i64 %3137, 5
  %3140 = add nuw nsw i64 %3139, %2985
  %3141 = getelementptr inbounds float, ptr %dak, i64 %3140
  store <16 x float> %3090, ptr %3141, align 4
  %3142 = or disjoint i64 %3140, 16
  %3143 = getelementptr inbounds float, ptr %dak, i64 %3142
  store <16 x float> %3091, ptr %3143, align 4
  br label %endif1632

endif1632:                                        ; preds = %endif1624, %then1626
  %3144 = or disjoint i64 %i52.addr.02827, 5
  %3145 = icmp slt i64 %3144, %2984
  br i1 %3145, label %then1634, label %endif1640

then1634:                                         ; preds = %endif1632
  %3146 = shl nuw nsw i64 %3144, 5
  %3147 = add nuw nsw i64 %3146, %2985
  %3148 = getelementptr inbounds float, ptr %dak, i64 %3147
  store <16 x float> %3096, ptr %3148, align 4
  %3149 = or disjoint i64 %3147, 16
  %3150 = getelementptr inbounds float, ptr %dak, i64 %3149
  store <16 x float> %3097, ptr %3150, align 4
  br label %endif1640

endif1640:                                        ; preds = %endif1632, %then1634
  %3151 = or disjoint i64 %i52.addr.02827, 6
  %3152 = icmp slt i64 %3151, %2984
  br i1 %3152, label %then1642, label %endif1648

then1642:                                         ; preds = %endif1640
  %3153 = shl nuw nsw i64 %3151, 5
  %3154 = add nuw nsw i64 %3153, %2985
  %3155 = getelementptr inbounds float, ptr %dak, i64 %3154
  store <16 x float> %3102, ptr %3155, align 4
  %3156 = or disjoint i64 %3154, 16
  %3157 = getelementptr inbounds float, ptr %dak, i64 %3156
  store <16 x float> %3103, ptr %3157, align 4
  br label %endif1648

endif1648:                                        ; preds = %endif1640, %then1642
  %3158 = or disjoint i64 %i52.addr.02827, 7
  %3159 = icmp slt i64 %3158, %2984
  br i1 %3159, label %then1650, label %endif1656

then1650:                                         ; preds = %endif1648
  %3160 = shl nuw nsw i64 %3158, 5
  %3161 = add nuw nsw i64 %3160, %2985
  %3162 = getelementptr inbounds float, ptr %dak, i64 %3161
  store <16 x float> %3108, ptr %3162, align 4
  %3163 = or disjoint i64 %3161, 16
  %3164 = getelementptr inbounds float, ptr %dak, i64 %3163
  store <16 x float> %3109, ptr %3164, align 4
  br label %endif1656

endif1656:                                        ; preds = %endif1648, %then1650
  %i52.next = add nuw nsw i64 %i52.addr.02827, 8
  %3165 = icmp ult i64 %i52.addr.02827, 24
  br i1 %3165, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.02832 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3166 = add nsw i64 %t7.addr.02832, 4
  %tp1 = tail call i64 @llvm.smin.i64(i64 %3166, i64 %5)
  %3167 = add nsw i64 %tp1, %147
  %3168 = mul nsw i64 %3167, %dq_ts
  %gep2834 = getelementptr float, ptr %invariant.gep2833, i64 %3168
  tail call void @llvm.prefetch.p0(ptr %gep2834, i32 0, i32 2, i32 1)
  %3169 = getelementptr i8, ptr %gep2834, i64 64
  tail call void @llvm.prefetch.p0(ptr %3169, i32 0, i32 2, i32 1)
  %3170 = mul nsw i64 %3167, %dk_ts
  %gep2836 = getelementptr float, ptr %invariant.gep2835, i64 %3170
  tail call void @llvm.prefetch.p0(ptr %gep2836, i32 0, i32 2, i32 1)
  %3171 = getelementptr i8, ptr %gep2836, i64 64
  tail call void @llvm.prefetch.p0(ptr %3171, i32 0, i32 2, i32 1)
  %3172 = mul nsw i64 %3167, %dv_ts
  %gep2838 = getelementptr float, ptr %invariant.gep2837, i64 %3172
  tail call void @llvm.prefetch.p0(ptr %gep2838, i32 0, i32 2, i32 1)
  %3173 = getelementptr i8, ptr %gep2838, i64 64
  tail call void @llvm.prefetch.p0(ptr %3173, i32 0, i32 2, i32 1)
  %gep2840 = getelementptr float, ptr %invariant.gep2839, i64 %3170
  tail call void @llvm.prefetch.p0(ptr %gep2840, i32 0, i32 2, i32 1)
  %3174 = getelementptr i8, ptr %gep2840, i64 64
  tail call void @llvm.prefetch.p0(ptr %3174, i32 0, i32 2, i32 1)
  %gep2842 = getelementptr float, ptr %invariant.gep2841, i64 %3172
  tail call void @llvm.prefetch.p0(ptr %gep2842, i32 0, i32 2, i32 1)
  %3175 = getelementptr i8, ptr %gep2842, i64 64
  tail call void @llvm.prefetch.p0(ptr %3175, i32 0, i32 2, i32 1)
  %3176 = shl nsw i64 %t7.addr.02832, 5
  %3177 = getelementptr inbounds float, ptr %invariant.gep2862, i64 %3176
  %3178 = load <16 x float>, ptr %3177, align 4
  %3179 = or disjoint i64 %3176, 16
  %3180 = getelementptr inbounds float, ptr %invariant.gep2862, i64 %3179
  %3181 = load <16 x float>, ptr %3180, align 4
  %3182 = getelementptr inbounds float, ptr %gep2861, i64 %3176
  %3183 = load <16 x float>, ptr %3182, align 4
  %3184 = getelementptr inbounds float, ptr %gep2861, i64 %3179
  %3185 = load <16 x float>, ptr %3184, align 4
  %3186 = getelementptr inbounds float, ptr %gep2863, i64 %t7.addr.02832
  %3187 = load float, ptr %3186, align 4
  %3188 = fmul <16 x float> %3178, %3183
  %3189 = fmul <16 x float> %3181, %3185
  %3190 = fadd <16 x float> %3188, %3189
  %3191 = shufflevector <16 x float> %3190, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3192 = shufflevector <16 x float> %3190, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3193 = fadd <8 x float> %3191, %3192
  %3194 = shufflevector <8 x float> %3193, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3195 = shufflevector <8 x float> %3193, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3196 = fadd <4 x float> %3194, %3195
  %3197 = shufflevector <4 x float> %3196, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3198 = shufflevector <4 x float> %3196, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3199 = fadd <2 x float> %3197, %3198
  %shift3547 = shufflevector <2 x float> %3199, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3200 = fadd <2 x float> %3199, %shift3547
  %3201 = shufflevector <2 x float> %3200, <2 x float> poison, <16 x i32> zeroinitializer
  %3202 = fmul <16 x float> %3178, %3201
  %3203 = fsub <16 x float> %3183, %3202
  %3204 = insertelement <16 x float> poison, float %3187, i64 0
  %3205 = shufflevector <16 x float> %3204, <16 x float> poison, <16 x i32> zeroinitializer
  %3206 = fmul <16 x float> %3205, %3203
  %3207 = add nsw i64 %t7.addr.02832, %147
  %3208 = mul nsw i64 %3207, %dq_ts
  %gep2844 = getelementptr float, ptr %invariant.gep2833, i64 %3208
  store <16 x float> %3206, ptr %gep2844, align 4
  %3209 = fmul <16 x float> %3181, %3201
  %3210 = fsub <16 x float> %3185, %3209
  %3211 = fmul <16 x float> %3205, %3210
  %3212 = getelementptr i8, ptr %gep2844, i64 64
  store <16 x float> %3211, ptr %3212, align 4
  %3213 = shl nsw i64 %t7.addr.02832, 1
  %3214 = shl nsw i64 %t7.addr.02832, 6
  %3215 = getelementptr inbounds float, ptr %gep2857, i64 %3214
  %3216 = load <16 x float>, ptr %3215, align 4
  %3217 = or disjoint i64 %3214, 16
  %3218 = getelementptr inbounds float, ptr %gep2857, i64 %3217
  %3219 = load <16 x float>, ptr %3218, align 4
  %3220 = getelementptr inbounds float, ptr %dak, i64 %3214
  %3221 = load <16 x float>, ptr %3220, align 4
  %3222 = getelementptr inbounds float, ptr %dak, i64 %3217
  %3223 = load <16 x float>, ptr %3222, align 4
  %gep2829 = getelementptr float, ptr %invariant.gep, i64 %3213
  %3224 = load float, ptr %gep2829, align 4
  %3225 = fmul <16 x float> %3216, %3221
  %3226 = fmul <16 x float> %3219, %3223
  %3227 = fadd <16 x float> %3225, %3226
  %3228 = shufflevector <16 x float> %3227, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3229 = shufflevector <16 x float> %3227, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3230 = fadd <8 x float> %3228, %3229
  %3231 = shufflevector <8 x float> %3230, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3232 = shufflevector <8 x float> %3230, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3233 = fadd <4 x float> %3231, %3232
  %3234 = shufflevector <4 x float> %3233, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3235 = shufflevector <4 x float> %3233, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3236 = fadd <2 x float> %3234, %3235
  %shift3548 = shufflevector <2 x float> %3236, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3237 = fadd <2 x float> %3236, %shift3548
  %3238 = shufflevector <2 x float> %3237, <2 x float> poison, <16 x i32> zeroinitializer
  %3239 = fmul <16 x float> %3216, %3238
  %3240 = fsub <16 x float> %3221, %3239
  %3241 = insertelement <16 x float> poison, float %3224, i64 0
  %3242 = shufflevector <16 x float> %3241, <16 x float> poison, <16 x i32> zeroinitializer
  %3243 = fmul <16 x float> %3242, %3240
  %3244 = mul nsw i64 %3207, %dk_ts
  %gep2846 = getelementptr float, ptr %invariant.gep2835, i64 %3244
  store <16 x float> %3243, ptr %gep2846, align 4
  %3245 = fmul <16 x float> %3219, %3238
  %3246 = fsub <16 x float> %3223, %3245
  %3247 = fmul <16 x float> %3242, %3246
  %3248 = getelementptr i8, ptr %gep2846, i64 64
  store <16 x float> %3247, ptr %3248, align 4
  %3249 = getelementptr inbounds float, ptr %dav, i64 %3214
  %3250 = load <16 x float>, ptr %3249, align 4
  %3251 = getelementptr inbounds float, ptr %dav, i64 %3217
  %3252 = load <16 x float>, ptr %3251, align 4
  %3253 = mul nsw i64 %3207, %dv_ts
  %gep2848 = getelementptr float, ptr %invariant.gep2837, i64 %3253
  store <16 x float> %3250, ptr %gep2848, align 4
  %3254 = getelementptr i8, ptr %gep2848, i64 64
  store <16 x float> %3252, ptr %3254, align 4
  %3255 = or disjoint i64 %3213, 1
  %3256 = shl nsw i64 %3255, 5
  %3257 = getelementptr inbounds float, ptr %gep2857, i64 %3256
  %3258 = load <16 x float>, ptr %3257, align 4
  %3259 = or disjoint i64 %3256, 16
  %3260 = getelementptr inbounds float, ptr %gep2857, i64 %3259
  %3261 = load <16 x float>, ptr %3260, align 4
  %3262 = getelementptr inbounds float, ptr %dak, i64 %3256
  %3263 = load <16 x float>, ptr %3262, align 4
  %3264 = getelementptr inbounds float, ptr %dak, i64 %3259
  %3265 = load <16 x float>, ptr %3264, align 4
  %gep2831 = getelementptr float, ptr %invariant.gep, i64 %3255
  %3266 = load float, ptr %gep2831, align 4
  %3267 = fmul <16 x float> %3258, %3263
  %3268 = fmul <16 x float> %3261, %3265
  %3269 = fadd <16 x float> %3267, %3268
  %3270 = shufflevector <16 x float> %3269, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3271 = shufflevector <16 x float> %3269, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3272 = fadd <8 x float> %3270, %3271
  %3273 = shufflevector <8 x float> %3272, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3274 = shufflevector <8 x float> %3272, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3275 = fadd <4 x float> %3273, %3274
  %3276 = shufflevector <4 x float> %3275, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3277 = shufflevector <4 x float> %3275, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3278 = fadd <2 x float> %3276, %3277
  %shift3549 = shufflevector <2 x float> %3278, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3279 = fadd <2 x float> %3278, %shift3549
  %3280 = shufflevector <2 x float> %3279, <2 x float> poison, <16 x i32> zeroinitializer
  %3281 = fmul <16 x float> %3258, %3280
  %3282 = fsub <16 x float> %3263, %3281
  %3283 = insertelement <16 x float> poison, float %3266, i64 0
  %3284 = shufflevector <16 x float> %3283, <16 x float> poison, <16 x i32> zeroinitializer
  %3285 = fmul <16 x float> %3284, %3282
  %gep2850 = getelementptr float, ptr %invariant.gep2839, i64 %3244
  store <16 x float> %3285, ptr %gep2850, align 4
  %3286 = fmul <16 x float> %3261, %3280
  %3287 = fsub <16 x float> %3265, %3286
  %3288 = fmul <16 x float> %3284, %3287
  %3289 = getelementptr i8, ptr %gep2850, i64 64
  store <16 x float> %3288, ptr %3289, align 4
  %3290 = getelementptr inbounds float, ptr %dav, i64 %3256
  %3291 = load <16 x float>, ptr %3290, align 4
  %3292 = getelementptr inbounds float, ptr %dav, i64 %3259
  %3293 = load <16 x float>, ptr %3292, align 4
  %gep2852 = getelementptr float, ptr %invariant.gep2841, i64 %3253
  store <16 x float> %3291, ptr %gep2852, align 4
  %3294 = getelementptr i8, ptr %gep2852, i64 64
  store <16 x float> %3293, ptr %3294, align 4
  %t7.next = add nsw i64 %t7.addr.02832, 1
  %3295 = icmp slt i64 %t7.next, %t7.end
  br i1 %3295, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.02853, 1
  %indvars.iv.next3139 = add i64 %indvars.iv3138, 16
  %exitcond3153.not = icmp eq i64 %cc.next, %smax3152
  br i1 %exitcond3153.not, label %j38.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3296 = getelementptr i8, ptr %dh0, i64 %144
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3296, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155, i64 128, i1 false)
  %scevgep3154.1 = getelementptr i8, ptr %3296, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.1, i64 128, i1 false)
  %scevgep3154.2 = getelementptr i8, ptr %3296, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.2, i64 128, i1 false)
  %scevgep3154.3 = getelementptr i8, ptr %3296, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.3, i64 128, i1 false)
  %scevgep3154.4 = getelementptr i8, ptr %3296, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.4, i64 128, i1 false)
  %scevgep3154.5 = getelementptr i8, ptr %3296, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.5, i64 128, i1 false)
  %scevgep3154.6 = getelementptr i8, ptr %3296, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.6, i64 128, i1 false)
  %scevgep3154.7 = getelementptr i8, ptr %3296, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.7, i64 128, i1 false)
  %scevgep3154.8 = getelementptr i8, ptr %3296, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.8, i64 128, i1 false)
  %scevgep3154.9 = getelementptr i8, ptr %3296, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.9, i64 128, i1 false)
  %scevgep3154.10 = getelementptr i8, ptr %3296, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.10, i64 128, i1 false)
  %scevgep3154.11 = getelementptr i8, ptr %3296, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.11, i64 128, i1 false)
  %scevgep3154.12 = getelementptr i8, ptr %3296, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.12, i64 128, i1 false)
  %scevgep3154.13 = getelementptr i8, ptr %3296, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.13, i64 128, i1 false)
  %scevgep3154.14 = getelementptr i8, ptr %3296, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.14, i64 128, i1 false)
  %scevgep3154.15 = getelementptr i8, ptr %3296, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.15, i64 128, i1 false)
  %scevgep3154.16 = getelementptr i8, ptr %3296, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.16, i64 128, i1 false)
  %scevgep3154.17 = getelementptr i8, ptr %3296, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.17, i64 128, i1 false)
  %scevgep3154.18 = getelementptr i8, ptr %3296, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.18, i64 128, i1 false)
  %scevgep3154.19 = getelementptr i8, ptr %3296, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.19, i64 128, i1 false)
  %scevgep3154.20 = getelementptr i8, ptr %3296, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.20, i64 128, i1 false)
  %scevgep3154.21 = getelementptr i8, ptr %3296, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.21, i64 128, i1 false)
  %scevgep3154.22 = getelementptr i8, ptr %3296, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.22, i64 128, i1 false)
  %scevgep3154.23 = getelementptr i8, ptr %3296, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.23, i64 128, i1 false)
  %scevgep3154.24 = getelementptr i8, ptr %3296, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.24, i64 128, i1 false)
  %scevgep3154.25 = getelementptr i8, ptr %3296, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.25, i64 128, i1 false)
  %scevgep3154.26 = getelementptr i8, ptr %3296, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.26, i64 128, i1 false)
  %scevgep3154.27 = getelementptr i8, ptr %3296, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.27, i64 128, i1 false)
  %scevgep3154.28 = getelementptr i8, ptr %3296, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.28, i64 128, i1 false)
  %scevgep3154.29 = getelementptr i8, ptr %3296, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.29, i64 128, i1 false)
  %scevgep3154.30 = getelementptr i8, ptr %3296, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.30, i64 128, i1 false)
  %scevgep3154.31 = getelementptr i8, ptr %3296, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3154.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02864, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3157.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3157.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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

bh.body:                                          ; preds = %bh.body.lr.ph, %i4.exit
  %bh.addr.095 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i4.exit ]
  %b = sdiv i64 %bh.addr.095, %H
  %h = srem i64 %bh.addr.095, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.095, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i4.exit, %entry
  ret void

i1.head.preheader:                                ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %7 = load <16 x float>, ptr %kh, align 4
  %8 = getelementptr inbounds float, ptr %kh, i64 %sq
  %9 = load <16 x float>, ptr %8, align 4
  %10 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %7, <16 x float> %9, <16 x float> zeroinitializer)
  %11 = getelementptr inbounds i8, ptr %kh, i64 64
  %12 = load <16 x float>, ptr %11, align 4
  %13 = getelementptr inbounds float, ptr %kh, i64 %2
  %14 = load <16 x float>, ptr %13, align 4
  %15 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %12, <16 x float> %14, <16 x float> %10)
  %16 = shufflevector <16 x float> %15, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %17 = shufflevector <16 x float> %15, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %18 = fadd <8 x float> %16, %17
  %19 = shufflevector <8 x float> %18, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %20 = shufflevector <8 x float> %18, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %21 = fadd <4 x float> %19, %20
  %22 = shufflevector <4 x float> %21, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %23 = shufflevector <4 x float> %21, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %24 = fadd <2 x float> %22, %23
  %25 = load <16 x float>, ptr %qh, align 4
  %26 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %7, <16 x float> %25, <16 x float> zeroinitializer)
  %27 = getelementptr inbounds i8, ptr %qh, i64 64
  %28 = load <16 x float>, ptr %27, align 4
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %12, <16 x float> %28, <16 x float> %26)
  %30 = shufflevector <16 x float> %29, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %31 = shufflevector <16 x float> %29, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %32 = fadd <8 x float> %30, %31
  %33 = shufflevector <8 x float> %32, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %34 = shufflevector <8 x float> %32, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %35 = fadd <4 x float> %33, %34
  %36 = shufflevector <4 x float> %35, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %37 = shufflevector <4 x float> %35, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %38 = fadd <2 x float> %36, %37
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %9, <16 x float> %25, <16 x float> zeroinitializer)
  %40 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %14, <16 x float> %28, <16 x float> %39)
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %shift = shufflevector <2 x float> %24, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %41 = fadd <2 x float> %24, %shift
  %shift116 = shufflevector <2 x float> %38, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %42 = fadd <2 x float> %38, %shift116
  %43 = shufflevector <16 x float> %40, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %44 = shufflevector <16 x float> %40, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %45 = fadd <8 x float> %43, %44
  %46 = shufflevector <8 x float> %45, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %47 = shufflevector <8 x float> %45, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %48 = fadd <4 x float> %46, %47
  %49 = shufflevector <4 x float> %48, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %50 = shufflevector <4 x float> %48, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %51 = fadd <2 x float> %49, %50
  %shift117 = shufflevector <2 x float> %51, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %52 = fadd <2 x float> %51, %shift117
  %53 = load float, ptr %betah, align 4
  %54 = load <16 x float>, ptr %vh, align 4
  %55 = fsub <16 x float> %54, %124
  %56 = insertelement <16 x float> poison, float %53, i64 0
  %57 = shufflevector <16 x float> %56, <16 x float> poison, <16 x i32> zeroinitializer
  %58 = fmul <16 x float> %57, %55
  %59 = getelementptr inbounds i8, ptr %vh, i64 64
  %60 = load <16 x float>, ptr %59, align 4
  %61 = fsub <16 x float> %60, %134
  %62 = fmul <16 x float> %57, %61
  %63 = getelementptr inbounds float, ptr %betah, i64 %H
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %vh, i64 %sq
  %66 = load <16 x float>, ptr %65, align 4
  %67 = shufflevector <2 x float> %41, <2 x float> poison, <16 x i32> zeroinitializer
  %68 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %67, <16 x float> %58, <16 x float> %127)
  %69 = fsub <16 x float> %66, %68
  %70 = insertelement <16 x float> poison, float %64, i64 0
  %71 = shufflevector <16 x float> %70, <16 x float> poison, <16 x i32> zeroinitializer
  %72 = fmul <16 x float> %71, %69
  %73 = getelementptr inbounds float, ptr %vh, i64 %2
  %74 = load <16 x float>, ptr %73, align 4
  %75 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %67, <16 x float> %62, <16 x float> %135)
  %76 = fsub <16 x float> %74, %75
  %77 = fmul <16 x float> %71, %76
  %78 = shufflevector <2 x float> %52, <2 x float> poison, <16 x i32> zeroinitializer
  %79 = shufflevector <2 x float> %42, <2 x float> poison, <16 x i32> zeroinitializer
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %58, <16 x float> %130)
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %72, <16 x float> %80)
  %82 = fmul <16 x float> %81, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %82, ptr %oh, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %62, <16 x float> %136)
  %84 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %77, <16 x float> %83)
  %85 = fmul <16 x float> %84, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %86 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %85, ptr %86, align 4
  br label %i4.body

i.body:                                           ; preds = %i.body, %bh.body
  %acc.087 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %124, %i.body ]
  %acc1.086 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %134, %i.body ]
  %acc2.085 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %127, %i.body ]
  %acc3.084 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %135, %i.body ]
  %acc4.083 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %130, %i.body ]
  %acc5.082 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %136, %i.body ]
  %i.addr.081 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %87 = getelementptr inbounds float, ptr %kh, i64 %i.addr.081
  %88 = load float, ptr %87, align 4
  %89 = or disjoint i64 %i.addr.081, %sq
  %90 = getelementptr inbounds float, ptr %kh, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %qh, i64 %i.addr.081
  %93 = load float, ptr %92, align 4
  %94 = shl nuw nsw i64 %i.addr.081, 5
  %95 = getelementptr inbounds float, ptr %S, i64 %94
  %96 = load <16 x float>, ptr %95, align 4
  %97 = insertelement <16 x float> poison, float %88, i64 0
  %98 = shufflevector <16 x float> %97, <16 x float> poison, <16 x i32> zeroinitializer
  %99 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %96, <16 x float> %acc.087)
  %100 = insertelement <16 x float> poison, float %91, i64 0
  %101 = shufflevector <16 x float> %100, <16 x float> poison, <16 x i32> zeroinitializer
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %101, <16 x float> %96, <16 x float> %acc2.085)
  %103 = insertelement <16 x float> poison, float %93, i64 0
  %104 = shufflevector <16 x float> %103, <16 x float> poison, <16 x i32> zeroinitializer
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %96, <16 x float> %acc4.083)
  %106 = or disjoint i64 %94, 16
  %107 = getelementptr inbounds float, ptr %S, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %108, <16 x float> %acc1.086)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %101, <16 x float> %108, <16 x float> %acc3.084)
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %108, <16 x float> %acc5.082)
  %i.next = or disjoint i64 %i.addr.081, 1
  %112 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %113 = load float, ptr %112, align 4
  %114 = or disjoint i64 %i.next, %sq
  %115 = getelementptr inbounds float, ptr %kh, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %118 = load float, ptr %117, align 4
  %119 = shl nuw nsw i64 %i.next, 5
  %120 = getelementptr inbounds float, ptr %S, i64 %119
  %121 = load <16 x float>, ptr %120, align 4
  %122 = insertelement <16 x float> poison, float %113, i64 0
  %123 = shufflevector <16 x float> %122, <16 x float> poison, <16 x i32> zeroinitializer
  %124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %123, <16 x float> %121, <16 x float> %99)
  %125 = insertelement <16 x float> poison, float %116, i64 0
  %126 = shufflevector <16 x float> %125, <16 x float> poison, <16 x i32> zeroinitializer
  %127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %126, <16 x float> %121, <16 x float> %102)
  %128 = insertelement <16 x float> poison, float %118, i64 0
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %121, <16 x float> %105)
  %131 = or disjoint i64 %119, 16
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %123, <16 x float> %133, <16 x float> %109)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %126, <16 x float> %133, <16 x float> %110)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %133, <16 x float> %111)
  %i.next.1 = add nuw nsw i64 %i.addr.081, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 32
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i4.body:                                          ; preds = %i4.body, %i1.head.preheader
  %i4.addr.094 = phi i64 [ 0, %i1.head.preheader ], [ %i4.next.1, %i4.body ]
  %137 = getelementptr inbounds float, ptr %kh, i64 %i4.addr.094
  %138 = load float, ptr %137, align 4
  %139 = or disjoint i64 %i4.addr.094, %sq
  %140 = getelementptr inbounds float, ptr %kh, i64 %139
  %141 = load float, ptr %140, align 4
  %142 = insertelement <16 x float> poison, float %141, i64 0
  %143 = shufflevector <16 x float> %142, <16 x float> poison, <16 x i32> zeroinitializer
  %144 = insertelement <16 x float> poison, float %138, i64 0
  %145 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %146 = shl nuw nsw i64 %i4.addr.094, 5
  %147 = getelementptr inbounds float, ptr %S, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %145, <16 x float> %58, <16 x float> %148)
  %150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %143, <16 x float> %72, <16 x float> %149)
  store <16 x float> %150, ptr %147, align 4
  %151 = or disjoint i64 %146, 16
  %152 = getelementptr inbounds float, ptr %S, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %145, <16 x float> %62, <16 x float> %153)
  %155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %143, <16 x float> %77, <16 x float> %154)
  store <16 x float> %155, ptr %152, align 4
  %i4.next = or disjoint i64 %i4.addr.094, 1
  %156 = getelementptr inbounds float, ptr %kh, i64 %i4.next
  %157 = load float, ptr %156, align 4
  %158 = or disjoint i64 %i4.next, %sq
  %159 = getelementptr inbounds float, ptr %kh, i64 %158
  %160 = load float, ptr %159, align 4
  %161 = insertelement <16 x float> poison, float %160, i64 0
  %162 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = insertelement <16 x float> poison, float %157, i64 0
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = shl nuw nsw i64 %i4.next, 5
  %166 = getelementptr inbounds float, ptr %S, i64 %165
  %167 = load <16 x float>, ptr %166, align 4
  %168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %58, <16 x float> %167)
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %72, <16 x float> %168)
  store <16 x float> %169, ptr %166, align 4
  %170 = or disjoint i64 %165, 16
  %171 = getelementptr inbounds float, ptr %S, i64 %170
  %172 = load <16 x float>, ptr %171, align 4
  %173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %62, <16 x float> %172)
  %174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %77, <16 x float> %173)
  store <16 x float> %174, ptr %171, align 4
  %i4.next.1 = add nuw nsw i64 %i4.addr.094, 2
  %exitcond104.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond104.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %bh.next = add nsw i64 %bh.addr.095, 1
  %exitcond105.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond105.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h2_k32_v32_r64_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r64_nogate_l2norm'
source_filename = "dp_fwd_h2_k32_v32_r64_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_fwd_h2_k32_v32_r64_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep269 = getelementptr i8, ptr %work, i64 4352
  %sv = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 7
  %gep268 = getelementptr i8, ptr %invariant.gep269, i64 %.idx
  %.idx205 = mul i64 %T, 384
  %gep270 = getelementptr i8, ptr %invariant.gep269, i64 %.idx205
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 63
  %nc = sdiv i64 %4, 64
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 12
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = getelementptr i8, ptr %hs, i64 %6
  %10 = getelementptr i8, ptr %gep268, i64 64
  %11 = getelementptr i8, ptr %work, i64 4416
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i11.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i11.head.preheader ]
  %bh.addr.0271 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i11.head.preheader ]
  %12 = add i64 %indvar, %bh0
  %13 = shl i64 %12, 12
  %scevgep315 = getelementptr i8, ptr %hT, i64 %13
  %14 = mul i64 %7, %indvar
  %scevgep307 = getelementptr i8, ptr %h0, i64 %13
  %b = sdiv i64 %bh.addr.0271, %H
  %h = srem i64 %bh.addr.0271, %H
  %15 = mul nsw i64 %b, %T
  %16 = mul nsw i64 %15, %H
  %bT = add nsw i64 %16, %h
  %17 = mul i64 %1, %15
  %18 = getelementptr float, ptr %beta, i64 %17
  %betah = getelementptr float, ptr %18, i64 %h
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %2, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep307, i64 4096, i1 false)
  br label %i11.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %19 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %19
  %invariant.gep207 = getelementptr float, ptr %k, i64 %19
  %invariant.gep209 = getelementptr float, ptr %v, i64 %19
  %20 = add nsw i64 %h, %H
  %21 = shl nsw i64 %20, 5
  %invariant.gep211 = getelementptr float, ptr %k, i64 %21
  %invariant.gep213 = getelementptr float, ptr %v, i64 %21
  br label %t.body

bh.exit:                                          ; preds = %i11.head.preheader, %entry
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep307, i64 4096, i1 false)
  br i1 %2, label %i1.head.preheader.lr.ph, label %i11.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0206 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %22 = add nuw nsw i64 %t.addr.0206, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %22, i64 %3)
  %23 = add nsw i64 %tp, %15
  %24 = mul nsw i64 %23, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %24
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %25 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %25, i32 0, i32 2, i32 1)
  %26 = mul nsw i64 %23, %k_ts
  %gep208 = getelementptr float, ptr %invariant.gep207, i64 %26
  tail call void @llvm.prefetch.p0(ptr %gep208, i32 0, i32 2, i32 1)
  %27 = getelementptr i8, ptr %gep208, i64 64
  tail call void @llvm.prefetch.p0(ptr %27, i32 0, i32 2, i32 1)
  %28 = mul nsw i64 %23, %v_ts
  %gep210 = getelementptr float, ptr %invariant.gep209, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep210, i32 0, i32 2, i32 1)
  %29 = getelementptr i8, ptr %gep210, i64 64
  tail call void @llvm.prefetch.p0(ptr %29, i32 0, i32 2, i32 1)
  %gep212 = getelementptr float, ptr %invariant.gep211, i64 %26
  tail call void @llvm.prefetch.p0(ptr %gep212, i32 0, i32 2, i32 1)
  %30 = getelementptr i8, ptr %gep212, i64 64
  tail call void @llvm.prefetch.p0(ptr %30, i32 0, i32 2, i32 1)
  %gep214 = getelementptr float, ptr %invariant.gep213, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep214, i32 0, i32 2, i32 1)
  %31 = getelementptr i8, ptr %gep214, i64 64
  tail call void @llvm.prefetch.p0(ptr %31, i32 0, i32 2, i32 1)
  %32 = add nsw i64 %t.addr.0206, %15
  %33 = mul nsw i64 %32, %q_ts
  %gep216 = getelementptr float, ptr %invariant.gep, i64 %33
  %34 = load <16 x float>, ptr %gep216, align 4
  %35 = getelementptr i8, ptr %gep216, i64 64
  %36 = load <16 x float>, ptr %35, align 4
  %37 = fmul <16 x float> %34, %34
  %38 = fmul <16 x float> %36, %36
  %39 = fadd <16 x float> %37, %38
  %40 = shufflevector <16 x float> %39, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %41 = shufflevector <16 x float> %39, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %42 = fadd <8 x float> %40, %41
  %43 = shufflevector <8 x float> %42, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %44 = shufflevector <8 x float> %42, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %45 = fadd <4 x float> %43, %44
  %46 = shufflevector <4 x float> %45, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %47 = shufflevector <4 x float> %45, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %48 = fadd <2 x float> %46, %47
  %shift = shufflevector <2 x float> %48, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %49 = fadd <2 x float> %48, %shift
  %50 = extractelement <2 x float> %49, i64 0
  %51 = fadd float %50, 0x3EB0C6F7A0000000
  %52 = tail call float @llvm.sqrt.f32(float %51)
  %53 = fdiv float 1.000000e+00, %52
  %54 = insertelement <16 x float> poison, float %53, i64 0
  %55 = shufflevector <16 x float> %54, <16 x float> poison, <16 x i32> zeroinitializer
  %56 = fmul <16 x float> %34, %55
  %57 = shl nsw i64 %t.addr.0206, 5
  %58 = getelementptr inbounds float, ptr %invariant.gep269, i64 %57
  store <16 x float> %56, ptr %58, align 4
  %59 = fmul <16 x float> %36, %55
  %60 = or disjoint i64 %57, 16
  %61 = getelementptr inbounds float, ptr %invariant.gep269, i64 %60
  store <16 x float> %59, ptr %61, align 4
  %62 = mul nsw i64 %32, %k_ts
  %gep218 = getelementptr float, ptr %invariant.gep207, i64 %62
  %63 = load <16 x float>, ptr %gep218, align 4
  %64 = getelementptr i8, ptr %gep218, i64 64
  %65 = load <16 x float>, ptr %64, align 4
  %66 = fmul <16 x float> %63, %63
  %67 = fmul <16 x float> %65, %65
  %68 = fadd <16 x float> %66, %67
  %69 = shufflevector <16 x float> %68, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %70 = shufflevector <16 x float> %68, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %71 = fadd <8 x float> %69, %70
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %73 = shufflevector <8 x float> %71, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %74 = fadd <4 x float> %72, %73
  %75 = shufflevector <4 x float> %74, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %76 = shufflevector <4 x float> %74, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %77 = fadd <2 x float> %75, %76
  %shift356 = shufflevector <2 x float> %77, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %78 = fadd <2 x float> %77, %shift356
  %79 = extractelement <2 x float> %78, i64 0
  %80 = fadd float %79, 0x3EB0C6F7A0000000
  %81 = tail call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  %83 = insertelement <16 x float> poison, float %82, i64 0
  %84 = shufflevector <16 x float> %83, <16 x float> poison, <16 x i32> zeroinitializer
  %85 = fmul <16 x float> %63, %84
  %86 = shl i64 %t.addr.0206, 6
  %87 = getelementptr inbounds float, ptr %gep268, i64 %86
  store <16 x float> %85, ptr %87, align 4
  %88 = fmul <16 x float> %65, %84
  %89 = or disjoint i64 %86, 16
  %90 = getelementptr inbounds float, ptr %gep268, i64 %89
  store <16 x float> %88, ptr %90, align 4
  %91 = mul nsw i64 %32, %v_ts
  %gep220 = getelementptr float, ptr %invariant.gep209, i64 %91
  %92 = load <16 x float>, ptr %gep220, align 4
  %93 = getelementptr i8, ptr %gep220, i64 64
  %94 = load <16 x float>, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %gep270, i64 %86
  store <16 x float> %92, ptr %95, align 4
  %96 = getelementptr inbounds float, ptr %gep270, i64 %89
  store <16 x float> %94, ptr %96, align 4
  %gep222 = getelementptr float, ptr %invariant.gep211, i64 %62
  %97 = load <16 x float>, ptr %gep222, align 4
  %98 = getelementptr i8, ptr %gep222, i64 64
  %99 = load <16 x float>, ptr %98, align 4
  %100 = fmul <16 x float> %97, %97
  %101 = fmul <16 x float> %99, %99
  %102 = fadd <16 x float> %100, %101
  %103 = shufflevector <16 x float> %102, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %104 = shufflevector <16 x float> %102, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %105 = fadd <8 x float> %103, %104
  %106 = shufflevector <8 x float> %105, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %107 = shufflevector <8 x float> %105, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %108 = fadd <4 x float> %106, %107
  %109 = shufflevector <4 x float> %108, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %110 = shufflevector <4 x float> %108, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %111 = fadd <2 x float> %109, %110
  %shift357 = shufflevector <2 x float> %111, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %112 = fadd <2 x float> %111, %shift357
  %113 = extractelement <2 x float> %112, i64 0
  %114 = fadd float %113, 0x3EB0C6F7A0000000
  %115 = tail call float @llvm.sqrt.f32(float %114)
  %116 = fdiv float 1.000000e+00, %115
  %117 = insertelement <16 x float> poison, float %116, i64 0
  %118 = shufflevector <16 x float> %117, <16 x float> poison, <16 x i32> zeroinitializer
  %119 = fmul <16 x float> %97, %118
  %120 = or disjoint i64 %86, 32
  %121 = getelementptr inbounds float, ptr %gep268, i64 %120
  store <16 x float> %119, ptr %121, align 4
  %122 = fmul <16 x float> %99, %118
  %123 = or disjoint i64 %86, 48
  %124 = getelementptr inbounds float, ptr %gep268, i64 %123
  store <16 x float> %122, ptr %124, align 4
  %gep224 = getelementptr float, ptr %invariant.gep213, i64 %91
  %125 = load <16 x float>, ptr %gep224, align 4
  %126 = getelementptr i8, ptr %gep224, i64 64
  %127 = load <16 x float>, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %gep270, i64 %120
  store <16 x float> %125, ptr %128, align 4
  %129 = getelementptr inbounds float, ptr %gep270, i64 %123
  store <16 x float> %127, ptr %129, align 4
  %t.next = add nuw nsw i64 %t.addr.0206, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

i1.head.preheader.lr.ph:                          ; preds = %i.head.preheader
  %130 = getelementptr i8, ptr %9, i64 %14
  br label %i1.head.preheader

i11.head.preheader:                               ; preds = %i10.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep315, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0271, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond316.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond316.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %i10.exit
  %ci.addr.0264 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %i10.exit ]
  %131 = shl i64 %ci.addr.0264, 12
  %scevgep309 = getelementptr i8, ptr %130, i64 %131
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep309, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0264, 6
  %132 = add nuw nsw i64 %t0, 64
  %.idx274 = shl nsw i64 %ci.addr.0264, 13
  %invariant.gep333 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx274
  br label %i2.body

i3.head.preheader:                                ; preds = %i2.body
  %133 = getelementptr inbounds float, ptr %gep268, i64 %131
  %134 = load <16 x float>, ptr %133, align 4
  %135 = or disjoint i64 %131, 32
  %136 = getelementptr inbounds float, ptr %gep268, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %137, <16 x float> zeroinitializer)
  %139 = or disjoint i64 %131, 16
  %140 = getelementptr inbounds float, ptr %gep268, i64 %139
  %141 = load <16 x float>, ptr %140, align 4
  %142 = or disjoint i64 %131, 48
  %143 = getelementptr inbounds float, ptr %gep268, i64 %142
  %144 = load <16 x float>, ptr %143, align 4
  %145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %141, <16 x float> %144, <16 x float> %138)
  %146 = shufflevector <16 x float> %145, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %147 = shufflevector <16 x float> %145, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %148 = fadd <8 x float> %146, %147
  %149 = shufflevector <8 x float> %148, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %150 = shufflevector <8 x float> %148, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %151 = fadd <4 x float> %149, %150
  %152 = shufflevector <4 x float> %151, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %153 = shufflevector <4 x float> %151, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %154 = fadd <2 x float> %152, %153
  %.idx275 = shl i64 %ci.addr.0264, 14
  %155 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx274
  %156 = load <16 x float>, ptr %155, align 4
  %157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %156, <16 x float> zeroinitializer)
  %158 = getelementptr i8, ptr %10, i64 %.idx275
  %159 = load <16 x float>, ptr %158, align 4
  %160 = getelementptr inbounds i8, ptr %11, i64 %.idx274
  %161 = load <16 x float>, ptr %160, align 4
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %159, <16 x float> %161, <16 x float> %157)
  %163 = shufflevector <16 x float> %162, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %164 = shufflevector <16 x float> %162, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %165 = fadd <8 x float> %163, %164
  %166 = shufflevector <8 x float> %165, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %167 = shufflevector <8 x float> %165, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %168 = fadd <4 x float> %166, %167
  %169 = shufflevector <4 x float> %168, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %170 = shufflevector <4 x float> %168, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %171 = fadd <2 x float> %169, %170
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %156, <16 x float> zeroinitializer)
  %173 = getelementptr i8, ptr %158, i64 128
  %174 = load <16 x float>, ptr %173, align 4
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %161, <16 x float> %172)
  %t1 = tail call i64 @llvm.smin.i64(i64 %132, i64 %T)
  %shift358 = shufflevector <2 x float> %154, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %176 = fadd <2 x float> %154, %shift358
  %shift359 = shufflevector <2 x float> %171, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %177 = fadd <2 x float> %171, %shift359
  %178 = shufflevector <16 x float> %175, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %179 = shufflevector <16 x float> %175, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %180 = fadd <8 x float> %178, %179
  %181 = shufflevector <8 x float> %180, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %182 = shufflevector <8 x float> %180, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %183 = fadd <4 x float> %181, %182
  %184 = shufflevector <4 x float> %183, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %185 = shufflevector <4 x float> %183, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %186 = fadd <2 x float> %184, %185
  %shift360 = shufflevector <2 x float> %186, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %187 = fadd <2 x float> %186, %shift360
  %188 = shl nsw i64 %ci.addr.0264, 7
  %189 = mul nsw i64 %188, %H
  %190 = getelementptr inbounds float, ptr %betah, i64 %189
  %191 = load float, ptr %190, align 4
  %192 = getelementptr inbounds float, ptr %gep270, i64 %131
  %193 = load <16 x float>, ptr %192, align 4
  %194 = fsub <16 x float> %193, %273
  %195 = insertelement <16 x float> poison, float %191, i64 0
  %196 = shufflevector <16 x float> %195, <16 x float> poison, <16 x i32> zeroinitializer
  %197 = fmul <16 x float> %196, %194
  %198 = or disjoint i64 %131, 16
  %199 = getelementptr inbounds float, ptr %gep270, i64 %198
  %200 = load <16 x float>, ptr %199, align 4
  %201 = fsub <16 x float> %200, %283
  %202 = fmul <16 x float> %196, %201
  %203 = or disjoint i64 %188, 1
  %204 = mul nsw i64 %203, %H
  %205 = getelementptr inbounds float, ptr %betah, i64 %204
  %206 = load float, ptr %205, align 4
  %207 = shl nsw i64 %203, 5
  %208 = getelementptr inbounds float, ptr %gep270, i64 %207
  %209 = load <16 x float>, ptr %208, align 4
  %210 = shufflevector <2 x float> %176, <2 x float> poison, <16 x i32> zeroinitializer
  %211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %197, <16 x float> %276)
  %212 = fsub <16 x float> %209, %211
  %213 = insertelement <16 x float> poison, float %206, i64 0
  %214 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %215 = fmul <16 x float> %214, %212
  %216 = or disjoint i64 %207, 16
  %217 = getelementptr inbounds float, ptr %gep270, i64 %216
  %218 = load <16 x float>, ptr %217, align 4
  %219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %202, <16 x float> %284)
  %220 = fsub <16 x float> %218, %219
  %221 = fmul <16 x float> %214, %220
  %222 = shufflevector <2 x float> %187, <2 x float> poison, <16 x i32> zeroinitializer
  %223 = shufflevector <2 x float> %177, <2 x float> poison, <16 x i32> zeroinitializer
  %224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %223, <16 x float> %197, <16 x float> %279)
  %225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %222, <16 x float> %215, <16 x float> %224)
  %226 = fmul <16 x float> %225, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %227 = mul nsw i64 %t0, %sv
  %228 = getelementptr inbounds float, ptr %oh, i64 %227
  store <16 x float> %226, ptr %228, align 4
  %229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %223, <16 x float> %202, <16 x float> %285)
  %230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %222, <16 x float> %221, <16 x float> %229)
  %231 = fmul <16 x float> %230, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %232 = or disjoint i64 %227, 16
  %233 = getelementptr inbounds float, ptr %oh, i64 %232
  store <16 x float> %231, ptr %233, align 4
  %234 = or disjoint i64 %t0, 1
  %235 = icmp slt i64 %234, %t1
  br i1 %235, label %i6.head.preheader, label %i10.head.preheader

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0235 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %273, %i2.body ]
  %acc1.0234 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %283, %i2.body ]
  %acc2.0233 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %276, %i2.body ]
  %acc3.0232 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %284, %i2.body ]
  %acc4.0231 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %279, %i2.body ]
  %acc5.0230 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %285, %i2.body ]
  %i2.addr.0229 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %236 = add nuw nsw i64 %i2.addr.0229, %131
  %237 = getelementptr inbounds float, ptr %gep268, i64 %236
  %238 = load float, ptr %237, align 4
  %239 = or disjoint i64 %236, 32
  %240 = getelementptr inbounds float, ptr %gep268, i64 %239
  %241 = load float, ptr %240, align 4
  %gep334 = getelementptr inbounds float, ptr %invariant.gep333, i64 %i2.addr.0229
  %242 = load float, ptr %gep334, align 4
  %243 = shl nuw nsw i64 %i2.addr.0229, 5
  %244 = getelementptr inbounds float, ptr %work, i64 %243
  %245 = load <16 x float>, ptr %244, align 4
  %246 = insertelement <16 x float> poison, float %238, i64 0
  %247 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %245, <16 x float> %acc.0235)
  %249 = insertelement <16 x float> poison, float %241, i64 0
  %250 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %245, <16 x float> %acc2.0233)
  %252 = insertelement <16 x float> poison, float %242, i64 0
  %253 = shufflevector <16 x float> %252, <16 x float> poison, <16 x i32> zeroinitializer
  %254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %253, <16 x float> %245, <16 x float> %acc4.0231)
  %255 = or disjoint i64 %243, 16
  %256 = getelementptr inbounds float, ptr %work, i64 %255
  %257 = load <16 x float>, ptr %256, align 4
  %258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %257, <16 x float> %acc1.0234)
  %259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %257, <16 x float> %acc3.0232)
  %260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %253, <16 x float> %257, <16 x float> %acc5.0230)
  %i2.next = or disjoint i64 %i2.addr.0229, 1
  %261 = add nuw nsw i64 %i2.next, %131
  %262 = getelementptr inbounds float, ptr %gep268, i64 %261
  %263 = load float, ptr %262, align 4
  %264 = or disjoint i64 %261, 32
  %265 = getelementptr inbounds float, ptr %gep268, i64 %264
  %266 = load float, ptr %265, align 4
  %gep334.1 = getelementptr inbounds float, ptr %invariant.gep333, i64 %i2.next
  %267 = load float, ptr %gep334.1, align 4
  %268 = shl nuw nsw i64 %i2.next, 5
  %269 = getelementptr inbounds float, ptr %work, i64 %268
  %270 = load <16 x float>, ptr %269, align 4
  %271 = insertelement <16 x float> poison, float %263, i64 0
  %272 = shufflevector <16 x float> %271, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %272, <16 x float> %270, <16 x float> %248)
  %274 = insertelement <16 x float> poison, float %266, i64 0
  %275 = shufflevector <16 x float> %274, <16 x float> poison, <16 x i32> zeroinitializer
  %276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %275, <16 x float> %270, <16 x float> %251)
  %277 = insertelement <16 x float> poison, float %267, i64 0
  %278 = shufflevector <16 x float> %277, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %278, <16 x float> %270, <16 x float> %254)
  %280 = or disjoint i64 %268, 16
  %281 = getelementptr inbounds float, ptr %work, i64 %280
  %282 = load <16 x float>, ptr %281, align 4
  %283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %272, <16 x float> %282, <16 x float> %258)
  %284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %275, <16 x float> %282, <16 x float> %259)
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %278, <16 x float> %282, <16 x float> %260)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0229, 2
  %exitcond310.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond310.not.1, label %i3.head.preheader, label %i2.body

i10.head.preheader:                               ; preds = %i7.head.preheader, %i3.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %221, %i3.head.preheader ], [ %375, %i7.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %215, %i3.head.preheader ], [ %369, %i7.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %202, %i3.head.preheader ], [ %356, %i7.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %197, %i3.head.preheader ], [ %351, %i7.head.preheader ]
  %.idx317 = shl i64 %t1, 8
  %invariant.gep339 = getelementptr i8, ptr %gep268, i64 %.idx317
  br label %i10.body

i6.head.preheader:                                ; preds = %i3.head.preheader, %i7.head.preheader
  %delta.0259 = phi <16 x float> [ %351, %i7.head.preheader ], [ %197, %i3.head.preheader ]
  %delta1.0258 = phi <16 x float> [ %356, %i7.head.preheader ], [ %202, %i3.head.preheader ]
  %delta2.0257 = phi <16 x float> [ %369, %i7.head.preheader ], [ %215, %i3.head.preheader ]
  %delta3.0256 = phi <16 x float> [ %375, %i7.head.preheader ], [ %221, %i3.head.preheader ]
  %t1.addr.0255 = phi i64 [ %t1.next, %i7.head.preheader ], [ %234, %i3.head.preheader ]
  %286 = shl i64 %t1.addr.0255, 6
  %invariant.gep335 = getelementptr float, ptr %gep268, i64 %286
  %.idx279 = shl nsw i64 %t1.addr.0255, 7
  %invariant.gep337 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx279
  br label %i6.body

i7.head.preheader:                                ; preds = %i6.body
  %287 = getelementptr inbounds float, ptr %gep268, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = or disjoint i64 %286, 32
  %290 = getelementptr inbounds float, ptr %gep268, i64 %289
  %291 = load <16 x float>, ptr %290, align 4
  %292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %288, <16 x float> %291, <16 x float> zeroinitializer)
  %293 = or disjoint i64 %286, 16
  %294 = getelementptr inbounds float, ptr %gep268, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %286, 48
  %297 = getelementptr inbounds float, ptr %gep268, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %295, <16 x float> %298, <16 x float> %292)
  %300 = shufflevector <16 x float> %299, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %301 = shufflevector <16 x float> %299, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %302 = fadd <8 x float> %300, %301
  %303 = shufflevector <8 x float> %302, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %304 = shufflevector <8 x float> %302, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %305 = fadd <4 x float> %303, %304
  %306 = shufflevector <4 x float> %305, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %307 = shufflevector <4 x float> %305, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %308 = fadd <2 x float> %306, %307
  %.idx280 = shl i64 %t1.addr.0255, 8
  %309 = getelementptr inbounds i8, ptr %invariant.gep269, i64 %.idx279
  %310 = load <16 x float>, ptr %309, align 4
  %311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %288, <16 x float> %310, <16 x float> zeroinitializer)
  %312 = getelementptr i8, ptr %10, i64 %.idx280
  %313 = load <16 x float>, ptr %312, align 4
  %314 = getelementptr inbounds i8, ptr %11, i64 %.idx279
  %315 = load <16 x float>, ptr %314, align 4
  %316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %313, <16 x float> %315, <16 x float> %311)
  %317 = shufflevector <16 x float> %316, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %318 = shufflevector <16 x float> %316, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %319 = fadd <8 x float> %317, %318
  %320 = shufflevector <8 x float> %319, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %321 = shufflevector <8 x float> %319, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %322 = fadd <4 x float> %320, %321
  %323 = shufflevector <4 x float> %322, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %324 = shufflevector <4 x float> %322, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %325 = fadd <2 x float> %323, %324
  %326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %291, <16 x float> %310, <16 x float> zeroinitializer)
  %327 = getelementptr i8, ptr %312, i64 128
  %328 = load <16 x float>, ptr %327, align 4
  %329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %315, <16 x float> %326)
  %shift361 = shufflevector <2 x float> %308, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %330 = fadd <2 x float> %308, %shift361
  %shift362 = shufflevector <2 x float> %325, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %331 = fadd <2 x float> %325, %shift362
  %332 = shufflevector <16 x float> %329, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %333 = shufflevector <16 x float> %329, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %334 = fadd <8 x float> %332, %333
  %335 = shufflevector <8 x float> %334, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %336 = shufflevector <8 x float> %334, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %337 = fadd <4 x float> %335, %336
  %338 = shufflevector <4 x float> %337, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %339 = shufflevector <4 x float> %337, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %340 = fadd <2 x float> %338, %339
  %shift363 = shufflevector <2 x float> %340, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %341 = fadd <2 x float> %340, %shift363
  %342 = shl nuw nsw i64 %t1.addr.0255, 1
  %343 = mul nsw i64 %342, %H
  %344 = getelementptr inbounds float, ptr %betah, i64 %343
  %345 = load float, ptr %344, align 4
  %346 = getelementptr inbounds float, ptr %gep270, i64 %286
  %347 = load <16 x float>, ptr %346, align 4
  %348 = fsub <16 x float> %347, %411
  %349 = insertelement <16 x float> poison, float %345, i64 0
  %350 = shufflevector <16 x float> %349, <16 x float> poison, <16 x i32> zeroinitializer
  %351 = fmul <16 x float> %350, %348
  %352 = or disjoint i64 %286, 16
  %353 = getelementptr inbounds float, ptr %gep270, i64 %352
  %354 = load <16 x float>, ptr %353, align 4
  %355 = fsub <16 x float> %354, %423
  %356 = fmul <16 x float> %350, %355
  %357 = or disjoint i64 %342, 1
  %358 = mul nsw i64 %357, %H
  %359 = getelementptr inbounds float, ptr %betah, i64 %358
  %360 = load float, ptr %359, align 4
  %361 = shl nsw i64 %357, 5
  %362 = getelementptr inbounds float, ptr %gep270, i64 %361
  %363 = load <16 x float>, ptr %362, align 4
  %364 = shufflevector <2 x float> %330, <2 x float> poison, <16 x i32> zeroinitializer
  %365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %364, <16 x float> %351, <16 x float> %414)
  %366 = fsub <16 x float> %363, %365
  %367 = insertelement <16 x float> poison, float %360, i64 0
  %368 = shufflevector <16 x float> %367, <16 x float> poison, <16 x i32> zeroinitializer
  %369 = fmul <16 x float> %368, %366
  %370 = or disjoint i64 %361, 16
  %371 = getelementptr inbounds float, ptr %gep270, i64 %370
  %372 = load <16 x float>, ptr %371, align 4
  %373 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %364, <16 x float> %356, <16 x float> %424)
  %374 = fsub <16 x float> %372, %373
  %375 = fmul <16 x float> %368, %374
  %376 = shufflevector <2 x float> %341, <2 x float> poison, <16 x i32> zeroinitializer
  %377 = shufflevector <2 x float> %331, <2 x float> poison, <16 x i32> zeroinitializer
  %378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %377, <16 x float> %351, <16 x float> %417)
  %379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %376, <16 x float> %369, <16 x float> %378)
  %380 = fmul <16 x float> %379, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %381 = mul nsw i64 %t1.addr.0255, %sv
  %382 = getelementptr inbounds float, ptr %oh, i64 %381
  store <16 x float> %380, ptr %382, align 4
  %383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %377, <16 x float> %356, <16 x float> %425)
  %384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %376, <16 x float> %375, <16 x float> %383)
  %385 = fmul <16 x float> %384, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %386 = or disjoint i64 %381, 16
  %387 = getelementptr inbounds float, ptr %oh, i64 %386
  store <16 x float> %385, ptr %387, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0255, 1
  %388 = icmp slt i64 %t1.next, %t1
  br i1 %388, label %i6.head.preheader, label %i10.head.preheader

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %i6.addr.0248 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %acc14.0247 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %425, %i6.body ]
  %acc13.0246 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %417, %i6.body ]
  %acc12.0245 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %424, %i6.body ]
  %acc11.0244 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %414, %i6.body ]
  %acc10.0243 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %423, %i6.body ]
  %acc9.0242 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %411, %i6.body ]
  %gep336 = getelementptr float, ptr %invariant.gep335, i64 %i6.addr.0248
  %389 = getelementptr i8, ptr %gep336, i64 -256
  %390 = load float, ptr %389, align 4
  %391 = getelementptr i8, ptr %gep336, i64 -128
  %392 = load float, ptr %391, align 4
  %393 = or disjoint i64 %i6.addr.0248, %286
  %394 = getelementptr inbounds float, ptr %gep268, i64 %393
  %395 = load float, ptr %394, align 4
  %396 = or disjoint i64 %393, 32
  %397 = getelementptr inbounds float, ptr %gep268, i64 %396
  %398 = load float, ptr %397, align 4
  %gep338 = getelementptr inbounds float, ptr %invariant.gep337, i64 %i6.addr.0248
  %399 = load float, ptr %gep338, align 4
  %400 = insertelement <16 x float> poison, float %392, i64 0
  %401 = shufflevector <16 x float> %400, <16 x float> poison, <16 x i32> zeroinitializer
  %402 = insertelement <16 x float> poison, float %390, i64 0
  %403 = shufflevector <16 x float> %402, <16 x float> poison, <16 x i32> zeroinitializer
  %404 = shl nuw nsw i64 %i6.addr.0248, 5
  %405 = getelementptr inbounds float, ptr %work, i64 %404
  %406 = load <16 x float>, ptr %405, align 4
  %407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %delta.0259, <16 x float> %406)
  %408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %401, <16 x float> %delta2.0257, <16 x float> %407)
  store <16 x float> %408, ptr %405, align 4
  %409 = insertelement <16 x float> poison, float %395, i64 0
  %410 = shufflevector <16 x float> %409, <16 x float> poison, <16 x i32> zeroinitializer
  %411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %410, <16 x float> %408, <16 x float> %acc9.0242)
  %412 = insertelement <16 x float> poison, float %398, i64 0
  %413 = shufflevector <16 x float> %412, <16 x float> poison, <16 x i32> zeroinitializer
  %414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %413, <16 x float> %408, <16 x float> %acc11.0244)
  %415 = insertelement <16 x float> poison, float %399, i64 0
  %416 = shufflevector <16 x float> %415, <16 x float> poison, <16 x i32> zeroinitializer
  %417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %408, <16 x float> %acc13.0246)
  %418 = or disjoint i64 %404, 16
  %419 = getelementptr inbounds float, ptr %work, i64 %418
  %420 = load <16 x float>, ptr %419, align 4
  %421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %delta1.0258, <16 x float> %420)
  %422 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %401, <16 x float> %delta3.0256, <16 x float> %421)
  store <16 x float> %422, ptr %419, align 4
  %423 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %410, <16 x float> %422, <16 x float> %acc10.0243)
  %424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %413, <16 x float> %422, <16 x float> %acc12.0245)
  %425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %422, <16 x float> %acc14.0247)
  %i6.next = add nuw nsw i64 %i6.addr.0248, 1
  %exitcond311.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond311.not, label %i7.head.preheader, label %i6.body

i10.body:                                         ; preds = %i10.body, %i10.head.preheader
  %i10.addr.0263 = phi i64 [ 0, %i10.head.preheader ], [ %i10.next.1, %i10.body ]
  %gep340 = getelementptr float, ptr %invariant.gep339, i64 %i10.addr.0263
  %426 = getelementptr i8, ptr %gep340, i64 -256
  %427 = load float, ptr %426, align 4
  %428 = getelementptr i8, ptr %gep340, i64 -128
  %429 = load float, ptr %428, align 4
  %430 = insertelement <16 x float> poison, float %429, i64 0
  %431 = shufflevector <16 x float> %430, <16 x float> poison, <16 x i32> zeroinitializer
  %432 = insertelement <16 x float> poison, float %427, i64 0
  %433 = shufflevector <16 x float> %432, <16 x float> poison, <16 x i32> zeroinitializer
  %434 = shl nuw nsw i64 %i10.addr.0263, 5
  %435 = getelementptr inbounds float, ptr %work, i64 %434
  %436 = load <16 x float>, ptr %435, align 4
  %437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %433, <16 x float> %delta.0.lcssa, <16 x float> %436)
  %438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %delta2.0.lcssa, <16 x float> %437)
  store <16 x float> %438, ptr %435, align 4
  %439 = or disjoint i64 %434, 16
  %440 = getelementptr inbounds float, ptr %work, i64 %439
  %441 = load <16 x float>, ptr %440, align 4
  %442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %433, <16 x float> %delta1.0.lcssa, <16 x float> %441)
  %443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %delta3.0.lcssa, <16 x float> %442)
  store <16 x float> %443, ptr %440, align 4
  %i10.next = or disjoint i64 %i10.addr.0263, 1
  %gep340.1 = getelementptr float, ptr %invariant.gep339, i64 %i10.next
  %444 = getelementptr i8, ptr %gep340.1, i64 -256
  %445 = load float, ptr %444, align 4
  %446 = getelementptr i8, ptr %gep340.1, i64 -128
  %447 = load float, ptr %446, align 4
  %448 = insertelement <16 x float> poison, float %447, i64 0
  %449 = shufflevector <16 x float> %448, <16 x float> poison, <16 x i32> zeroinitializer
  %450 = insertelement <16 x float> poison, float %445, i64 0
  %451 = shufflevector <16 x float> %450, <16 x float> poison, <16 x i32> zeroinitializer
  %452 = shl nuw nsw i64 %i10.next, 5
  %453 = getelementptr inbounds float, ptr %work, i64 %452
  %454 = load <16 x float>, ptr %453, align 4
  %455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %451, <16 x float> %delta.0.lcssa, <16 x float> %454)
  %456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %449, <16 x float> %delta2.0.lcssa, <16 x float> %455)
  store <16 x float> %456, ptr %453, align 4
  %457 = or disjoint i64 %452, 16
  %458 = getelementptr inbounds float, ptr %work, i64 %457
  %459 = load <16 x float>, ptr %458, align 4
  %460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %451, <16 x float> %delta1.0.lcssa, <16 x float> %459)
  %461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %449, <16 x float> %delta3.0.lcssa, <16 x float> %460)
  store <16 x float> %461, ptr %458, align 4
  %i10.next.1 = add nuw nsw i64 %i10.addr.0263, 2
  %exitcond312.not.1 = icmp eq i64 %i10.next.1, 32
  br i1 %exitcond312.not.1, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  %ci.next = add nuw nsw i64 %ci.addr.0264, 1
  %exitcond313.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond313.not, label %i11.head.preheader, label %i1.head.preheader
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
; ---- dp_bwd_h2_k32_v32_c64_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c64_nogate_l2norm'
source_filename = "dp_bwd_h2_k32_v32_c64_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h2_k32_v32_c64_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2919 = getelementptr i8, ptr %work, i64 510720
  %1 = shl i64 %H, 1
  %2 = shl nsw i64 %T, 5
  %gep2914 = getelementptr float, ptr %invariant.gep2919, i64 %2
  %3 = mul nsw i64 %T, 96
  %gep2916 = getelementptr float, ptr %invariant.gep2919, i64 %3
  %.idx2595 = mul i64 %T, 640
  %gep2918 = getelementptr i8, ptr %invariant.gep2919, i64 %.idx2595
  %dak = getelementptr float, ptr %gep2918, i64 %2
  %dav = getelementptr float, ptr %gep2918, i64 %3
  %.idx = mul i64 %T, 1280
  %gep2920 = getelementptr i8, ptr %invariant.gep2919, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep2920, i64 %T
  %4 = icmp sgt i64 %T, 0
  %5 = add nsw i64 %T, -1
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
  %6 = add nsw i64 %T, 63
  %nc = sdiv i64 %6, 64
  %7 = add nsw i64 %bh0, 1
  %8 = mul i64 %nc, %7
  %9 = shl i64 %8, 12
  %10 = add i64 %9, -4096
  %11 = shl i64 %nc, 12
  %12 = shl nsw i64 %nc, 6
  %13 = add i64 %12, 144115188075855808
  %14 = mul i64 %13, %H
  %15 = mul i64 %H, -8192
  %16 = shl i64 %H, 7
  %17 = add i64 %T, 64
  %18 = sub i64 %17, %12
  %smax3198 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %scevgep3143.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3143.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3143.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3143.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3143.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3143.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3143.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3143.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3143.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3143.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3143.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3143.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3143.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3143.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3143.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3143.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3143.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3143.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3143.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3143.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3143.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3143.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3143.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3143.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3143.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3143.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3143.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3143.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3143.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3143.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3143.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3371 = getelementptr i8, ptr %work, i64 196608
  %invariant.gep3373 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3375 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3377 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3379 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3381 = getelementptr i8, ptr %work, i64 352256
  %invariant.gep3383 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3385 = getelementptr i8, ptr %work, i64 180352
  %invariant.gep3387 = getelementptr i8, ptr %work, i64 352384
  %20 = getelementptr i8, ptr %work, i64 510784
  %invariant.gep3389 = getelementptr inbounds i8, ptr %work, i64 180224
  %21 = getelementptr i8, ptr %gep2914, i64 64
  %invariant.gep3391 = getelementptr inbounds i8, ptr %work, i64 180288
  %22 = getelementptr i8, ptr %gep2916, i64 64
  %23 = getelementptr inbounds i8, ptr %work, i64 352320
  %invariant.gep3393 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3395 = getelementptr inbounds i8, ptr %work, i64 180288
  %24 = getelementptr inbounds i8, ptr %work, i64 352320
  %25 = getelementptr inbounds i8, ptr %work, i64 319552
  %26 = getelementptr inbounds i8, ptr %work, i64 401472
  %27 = getelementptr inbounds i8, ptr %work, i64 461376
  %28 = getelementptr inbounds i8, ptr %work, i64 401536
  %29 = getelementptr inbounds i8, ptr %work, i64 461440
  %30 = getelementptr inbounds i8, ptr %work, i64 401600
  %31 = getelementptr inbounds i8, ptr %work, i64 461504
  %invariant.gep3397 = getelementptr inbounds i8, ptr %work, i64 319616
  %invariant.gep3399 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3403 = getelementptr inbounds i8, ptr %work, i64 204864
  %32 = getelementptr inbounds i8, ptr %work, i64 41024
  %33 = getelementptr inbounds i8, ptr %work, i64 41088
  %34 = getelementptr inbounds i8, ptr %work, i64 41152
  %invariant.gep3405 = getelementptr inbounds i8, ptr %work, i64 204800
  %35 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3409 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3423 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3425 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3427 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3429 = getelementptr inbounds i8, ptr %work, i64 41472
  %scevgep3201 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3401 = getelementptr inbounds i8, ptr %work, i64 319680
  %invariant.gep3407 = getelementptr inbounds i8, ptr %work, i64 204864
  %invariant.gep3411 = getelementptr inbounds i8, ptr %work, i64 204864
  %scevgep3201.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3201.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3201.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3201.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3201.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3201.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3201.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3201.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3201.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3201.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3201.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3201.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3201.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3201.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3201.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3201.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3201.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3201.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3201.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3201.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3201.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3201.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3201.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3201.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3201.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3201.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3201.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3201.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3201.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3201.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3201.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02921 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %36 = add i64 %indvar, %bh0
  %37 = shl i64 %36, 12
  %38 = mul i64 %11, %indvar
  %39 = add i64 %10, %38
  %b = sdiv i64 %bh.addr.02921, %H
  %h = srem i64 %bh.addr.02921, %H
  %40 = mul i64 %b, %T
  %41 = mul i64 %40, %H
  %bT = add i64 %41, %h
  %42 = mul i64 %1, %40
  %bTn = add nsw i64 %42, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  br i1 %4, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %43 = shl nsw i64 %h, 5
  %invariant.gep2609 = getelementptr float, ptr %q, i64 %43
  %invariant.gep2611 = getelementptr float, ptr %k, i64 %43
  %invariant.gep2613 = getelementptr float, ptr %v, i64 %43
  %44 = add nsw i64 %h, %H
  %45 = shl nsw i64 %44, 5
  %invariant.gep2615 = getelementptr float, ptr %k, i64 %45
  %invariant.gep2617 = getelementptr float, ptr %v, i64 %45
  br label %t.body

bh.exit:                                          ; preds = %j38.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02608 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %46 = add nuw nsw i64 %t.addr.02608, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %46, i64 %5)
  %47 = add nsw i64 %tp, %40
  %48 = mul nsw i64 %47, %q_ts
  %gep2610 = getelementptr float, ptr %invariant.gep2609, i64 %48
  tail call void @llvm.prefetch.p0(ptr %gep2610, i32 0, i32 2, i32 1)
  %49 = getelementptr i8, ptr %gep2610, i64 64
  tail call void @llvm.prefetch.p0(ptr %49, i32 0, i32 2, i32 1)
  %50 = mul nsw i64 %47, %k_ts
  %gep2612 = getelementptr float, ptr %invariant.gep2611, i64 %50
  tail call void @llvm.prefetch.p0(ptr %gep2612, i32 0, i32 2, i32 1)
  %51 = getelementptr i8, ptr %gep2612, i64 64
  tail call void @llvm.prefetch.p0(ptr %51, i32 0, i32 2, i32 1)
  %52 = mul nsw i64 %47, %v_ts
  %gep2614 = getelementptr float, ptr %invariant.gep2613, i64 %52
  tail call void @llvm.prefetch.p0(ptr %gep2614, i32 0, i32 2, i32 1)
  %53 = getelementptr i8, ptr %gep2614, i64 64
  tail call void @llvm.prefetch.p0(ptr %53, i32 0, i32 2, i32 1)
  %gep2616 = getelementptr float, ptr %invariant.gep2615, i64 %50
  tail call void @llvm.prefetch.p0(ptr %gep2616, i32 0, i32 2, i32 1)
  %54 = getelementptr i8, ptr %gep2616, i64 64
  tail call void @llvm.prefetch.p0(ptr %54, i32 0, i32 2, i32 1)
  %gep2618 = getelementptr float, ptr %invariant.gep2617, i64 %52
  tail call void @llvm.prefetch.p0(ptr %gep2618, i32 0, i32 2, i32 1)
  %55 = getelementptr i8, ptr %gep2618, i64 64
  tail call void @llvm.prefetch.p0(ptr %55, i32 0, i32 2, i32 1)
  %56 = add nsw i64 %t.addr.02608, %40
  %57 = mul nsw i64 %56, %q_ts
  %gep2620 = getelementptr float, ptr %invariant.gep2609, i64 %57
  %58 = load <16 x float>, ptr %gep2620, align 4
  %59 = getelementptr i8, ptr %gep2620, i64 64
  %60 = load <16 x float>, ptr %59, align 4
  %61 = fmul <16 x float> %58, %58
  %62 = fmul <16 x float> %60, %60
  %63 = fadd <16 x float> %61, %62
  %64 = shufflevector <16 x float> %63, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %65 = shufflevector <16 x float> %63, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %66 = fadd <8 x float> %64, %65
  %67 = shufflevector <8 x float> %66, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %68 = shufflevector <8 x float> %66, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %69 = fadd <4 x float> %67, %68
  %70 = shufflevector <4 x float> %69, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %71 = shufflevector <4 x float> %69, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %72 = fadd <2 x float> %70, %71
  %shift = shufflevector <2 x float> %72, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %73 = fadd <2 x float> %72, %shift
  %74 = extractelement <2 x float> %73, i64 0
  %75 = fadd float %74, 0x3EB0C6F7A0000000
  %76 = tail call float @llvm.sqrt.f32(float %75)
  %77 = fdiv float 1.000000e+00, %76
  %78 = getelementptr inbounds float, ptr %gep2920, i64 %t.addr.02608
  store float %77, ptr %78, align 4
  %79 = insertelement <16 x float> poison, float %77, i64 0
  %80 = shufflevector <16 x float> %79, <16 x float> poison, <16 x i32> zeroinitializer
  %81 = fmul <16 x float> %58, %80
  %82 = shl nsw i64 %t.addr.02608, 5
  %83 = getelementptr inbounds float, ptr %invariant.gep2919, i64 %82
  store <16 x float> %81, ptr %83, align 4
  %84 = fmul <16 x float> %60, %80
  %85 = or disjoint i64 %82, 16
  %86 = getelementptr inbounds float, ptr %invariant.gep2919, i64 %85
  store <16 x float> %84, ptr %86, align 4
  %87 = mul nsw i64 %56, %k_ts
  %gep2622 = getelementptr float, ptr %invariant.gep2611, i64 %87
  %88 = load <16 x float>, ptr %gep2622, align 4
  %89 = getelementptr i8, ptr %gep2622, i64 64
  %90 = load <16 x float>, ptr %89, align 4
  %91 = fmul <16 x float> %88, %88
  %92 = fmul <16 x float> %90, %90
  %93 = fadd <16 x float> %91, %92
  %94 = shufflevector <16 x float> %93, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %95 = shufflevector <16 x float> %93, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %96 = fadd <8 x float> %94, %95
  %97 = shufflevector <8 x float> %96, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %98 = shufflevector <8 x float> %96, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %99 = fadd <4 x float> %97, %98
  %100 = shufflevector <4 x float> %99, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %101 = shufflevector <4 x float> %99, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %102 = fadd <2 x float> %100, %101
  %shift3593 = shufflevector <2 x float> %102, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %103 = fadd <2 x float> %102, %shift3593
  %104 = extractelement <2 x float> %103, i64 0
  %105 = fadd float %104, 0x3EB0C6F7A0000000
  %106 = tail call float @llvm.sqrt.f32(float %105)
  %107 = fdiv float 1.000000e+00, %106
  %108 = shl nuw nsw i64 %t.addr.02608, 1
  %gep = getelementptr float, ptr %invariant.gep, i64 %108
  store float %107, ptr %gep, align 4
  %109 = insertelement <16 x float> poison, float %107, i64 0
  %110 = shufflevector <16 x float> %109, <16 x float> poison, <16 x i32> zeroinitializer
  %111 = fmul <16 x float> %88, %110
  %112 = shl nsw i64 %t.addr.02608, 6
  %113 = getelementptr inbounds float, ptr %gep2914, i64 %112
  store <16 x float> %111, ptr %113, align 4
  %114 = fmul <16 x float> %90, %110
  %115 = or disjoint i64 %112, 16
  %116 = getelementptr inbounds float, ptr %gep2914, i64 %115
  store <16 x float> %114, ptr %116, align 4
  %117 = mul nsw i64 %56, %v_ts
  %gep2624 = getelementptr float, ptr %invariant.gep2613, i64 %117
  %118 = load <16 x float>, ptr %gep2624, align 4
  %119 = getelementptr i8, ptr %gep2624, i64 64
  %120 = load <16 x float>, ptr %119, align 4
  %121 = getelementptr inbounds float, ptr %gep2916, i64 %112
  store <16 x float> %118, ptr %121, align 4
  %122 = getelementptr inbounds float, ptr %gep2916, i64 %115
  store <16 x float> %120, ptr %122, align 4
  %gep2626 = getelementptr float, ptr %invariant.gep2615, i64 %87
  %123 = load <16 x float>, ptr %gep2626, align 4
  %124 = getelementptr i8, ptr %gep2626, i64 64
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fmul <16 x float> %123, %123
  %127 = fmul <16 x float> %125, %125
  %128 = fadd <16 x float> %126, %127
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %130 = shufflevector <16 x float> %128, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %131 = fadd <8 x float> %129, %130
  %132 = shufflevector <8 x float> %131, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %133 = shufflevector <8 x float> %131, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %134 = fadd <4 x float> %132, %133
  %135 = shufflevector <4 x float> %134, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %136 = shufflevector <4 x float> %134, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %137 = fadd <2 x float> %135, %136
  %shift3594 = shufflevector <2 x float> %137, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %138 = fadd <2 x float> %137, %shift3594
  %139 = extractelement <2 x float> %138, i64 0
  %140 = fadd float %139, 0x3EB0C6F7A0000000
  %141 = tail call float @llvm.sqrt.f32(float %140)
  %142 = fdiv float 1.000000e+00, %141
  %143 = or disjoint i64 %108, 1
  %gep2607 = getelementptr float, ptr %invariant.gep, i64 %143
  store float %142, ptr %gep2607, align 4
  %144 = insertelement <16 x float> poison, float %142, i64 0
  %145 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %146 = fmul <16 x float> %123, %145
  %147 = shl nsw i64 %143, 5
  %148 = getelementptr inbounds float, ptr %gep2914, i64 %147
  store <16 x float> %146, ptr %148, align 4
  %149 = fmul <16 x float> %125, %145
  %150 = or disjoint i64 %147, 16
  %151 = getelementptr inbounds float, ptr %gep2914, i64 %150
  store <16 x float> %149, ptr %151, align 4
  %gep2628 = getelementptr float, ptr %invariant.gep2617, i64 %117
  %152 = load <16 x float>, ptr %gep2628, align 4
  %153 = getelementptr i8, ptr %gep2628, i64 64
  %154 = load <16 x float>, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %gep2916, i64 %147
  store <16 x float> %152, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %gep2916, i64 %150
  store <16 x float> %154, ptr %156, align 4
  %t.next = add nuw nsw i64 %t.addr.02608, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %157 = getelementptr i8, ptr %dhT, i64 %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %157, i64 128, i1 false)
  %scevgep3141.1 = getelementptr i8, ptr %157, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.1, i64 128, i1 false)
  %scevgep3141.2 = getelementptr i8, ptr %157, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.2, i64 128, i1 false)
  %scevgep3141.3 = getelementptr i8, ptr %157, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.3, i64 128, i1 false)
  %scevgep3141.4 = getelementptr i8, ptr %157, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.4, i64 128, i1 false)
  %scevgep3141.5 = getelementptr i8, ptr %157, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.5, i64 128, i1 false)
  %scevgep3141.6 = getelementptr i8, ptr %157, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.6, i64 128, i1 false)
  %scevgep3141.7 = getelementptr i8, ptr %157, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.7, i64 128, i1 false)
  %scevgep3141.8 = getelementptr i8, ptr %157, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.8, i64 128, i1 false)
  %scevgep3141.9 = getelementptr i8, ptr %157, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.9, i64 128, i1 false)
  %scevgep3141.10 = getelementptr i8, ptr %157, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.10, i64 128, i1 false)
  %scevgep3141.11 = getelementptr i8, ptr %157, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.11, i64 128, i1 false)
  %scevgep3141.12 = getelementptr i8, ptr %157, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.12, i64 128, i1 false)
  %scevgep3141.13 = getelementptr i8, ptr %157, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.13, i64 128, i1 false)
  %scevgep3141.14 = getelementptr i8, ptr %157, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.14, i64 128, i1 false)
  %scevgep3141.15 = getelementptr i8, ptr %157, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.15, i64 128, i1 false)
  %scevgep3141.16 = getelementptr i8, ptr %157, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.16, i64 128, i1 false)
  %scevgep3141.17 = getelementptr i8, ptr %157, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.17, i64 128, i1 false)
  %scevgep3141.18 = getelementptr i8, ptr %157, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.18, i64 128, i1 false)
  %scevgep3141.19 = getelementptr i8, ptr %157, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.19, i64 128, i1 false)
  %scevgep3141.20 = getelementptr i8, ptr %157, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.20, i64 128, i1 false)
  %scevgep3141.21 = getelementptr i8, ptr %157, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.21, i64 128, i1 false)
  %scevgep3141.22 = getelementptr i8, ptr %157, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.22, i64 128, i1 false)
  %scevgep3141.23 = getelementptr i8, ptr %157, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.23, i64 128, i1 false)
  %scevgep3141.24 = getelementptr i8, ptr %157, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.24, i64 128, i1 false)
  %scevgep3141.25 = getelementptr i8, ptr %157, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.25, i64 128, i1 false)
  %scevgep3141.26 = getelementptr i8, ptr %157, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.26, i64 128, i1 false)
  %scevgep3141.27 = getelementptr i8, ptr %157, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.27, i64 128, i1 false)
  %scevgep3141.28 = getelementptr i8, ptr %157, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.28, i64 128, i1 false)
  %scevgep3141.29 = getelementptr i8, ptr %157, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.29, i64 128, i1 false)
  %scevgep3141.30 = getelementptr i8, ptr %157, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.30, i64 128, i1 false)
  %scevgep3141.31 = getelementptr i8, ptr %157, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.31, i64 128, i1 false)
  br i1 %4, label %cc.body.lr.ph, label %j38.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %158 = mul nsw i64 %bh.addr.02921, %nc
  %159 = shl nsw i64 %h, 5
  %invariant.gep2890 = getelementptr float, ptr %dq, i64 %159
  %invariant.gep2892 = getelementptr float, ptr %dk, i64 %159
  %invariant.gep2894 = getelementptr float, ptr %dv, i64 %159
  %160 = add nsw i64 %h, %H
  %161 = shl nsw i64 %160, 5
  %invariant.gep2896 = getelementptr float, ptr %dk, i64 %161
  %invariant.gep2898 = getelementptr float, ptr %dv, i64 %161
  %162 = add i64 %14, %bT
  %163 = shl i64 %162, 7
  %164 = getelementptr i8, ptr %dout, i64 %163
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3184 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3185, %t7.exit ]
  %cc.addr.02910 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3766 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3184, i64 64)
  %smax3767 = tail call i64 @llvm.smax.i64(i64 %smin3766, i64 1)
  %165 = mul i64 %15, %cc.addr.02910
  %166 = shl i64 %cc.addr.02910, 12
  %167 = sub i64 %39, %166
  %168 = xor i64 %cc.addr.02910, -1
  %ci = add nsw i64 %nc, %168
  %t0 = shl nsw i64 %ci, 6
  %169 = sub nsw i64 %T, %t0
  %scevgep3144 = getelementptr i8, ptr %hs, i64 %167
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144, i64 128, i1 false)
  %170 = or disjoint i64 %167, 128
  %scevgep3144.1 = getelementptr i8, ptr %hs, i64 %170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.1, i64 128, i1 false)
  %171 = or disjoint i64 %167, 256
  %scevgep3144.2 = getelementptr i8, ptr %hs, i64 %171
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.2, i64 128, i1 false)
  %172 = or disjoint i64 %167, 384
  %scevgep3144.3 = getelementptr i8, ptr %hs, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.3, i64 128, i1 false)
  %173 = or disjoint i64 %167, 512
  %scevgep3144.4 = getelementptr i8, ptr %hs, i64 %173
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.4, i64 128, i1 false)
  %174 = or disjoint i64 %167, 640
  %scevgep3144.5 = getelementptr i8, ptr %hs, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.5, i64 128, i1 false)
  %175 = or disjoint i64 %167, 768
  %scevgep3144.6 = getelementptr i8, ptr %hs, i64 %175
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.6, i64 128, i1 false)
  %176 = or disjoint i64 %167, 896
  %scevgep3144.7 = getelementptr i8, ptr %hs, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.7, i64 128, i1 false)
  %177 = or disjoint i64 %167, 1024
  %scevgep3144.8 = getelementptr i8, ptr %hs, i64 %177
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.8, i64 128, i1 false)
  %178 = or disjoint i64 %167, 1152
  %scevgep3144.9 = getelementptr i8, ptr %hs, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.9, i64 128, i1 false)
  %179 = or disjoint i64 %167, 1280
  %scevgep3144.10 = getelementptr i8, ptr %hs, i64 %179
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.10, i64 128, i1 false)
  %180 = or disjoint i64 %167, 1408
  %scevgep3144.11 = getelementptr i8, ptr %hs, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.11, i64 128, i1 false)
  %181 = or disjoint i64 %167, 1536
  %scevgep3144.12 = getelementptr i8, ptr %hs, i64 %181
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.12, i64 128, i1 false)
  %182 = or disjoint i64 %167, 1664
  %scevgep3144.13 = getelementptr i8, ptr %hs, i64 %182
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.13, i64 128, i1 false)
  %183 = or disjoint i64 %167, 1792
  %scevgep3144.14 = getelementptr i8, ptr %hs, i64 %183
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.14, i64 128, i1 false)
  %184 = or disjoint i64 %167, 1920
  %scevgep3144.15 = getelementptr i8, ptr %hs, i64 %184
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.15, i64 128, i1 false)
  %185 = or disjoint i64 %167, 2048
  %scevgep3144.16 = getelementptr i8, ptr %hs, i64 %185
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.16, i64 128, i1 false)
  %186 = or disjoint i64 %167, 2176
  %scevgep3144.17 = getelementptr i8, ptr %hs, i64 %186
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.17, i64 128, i1 false)
  %187 = or disjoint i64 %167, 2304
  %scevgep3144.18 = getelementptr i8, ptr %hs, i64 %187
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.18, i64 128, i1 false)
  %188 = or disjoint i64 %167, 2432
  %scevgep3144.19 = getelementptr i8, ptr %hs, i64 %188
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.19, i64 128, i1 false)
  %189 = or disjoint i64 %167, 2560
  %scevgep3144.20 = getelementptr i8, ptr %hs, i64 %189
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.20, i64 128, i1 false)
  %190 = or disjoint i64 %167, 2688
  %scevgep3144.21 = getelementptr i8, ptr %hs, i64 %190
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.21, i64 128, i1 false)
  %191 = or disjoint i64 %167, 2816
  %scevgep3144.22 = getelementptr i8, ptr %hs, i64 %191
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.22, i64 128, i1 false)
  %192 = or disjoint i64 %167, 2944
  %scevgep3144.23 = getelementptr i8, ptr %hs, i64 %192
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.23, i64 128, i1 false)
  %193 = or disjoint i64 %167, 3072
  %scevgep3144.24 = getelementptr i8, ptr %hs, i64 %193
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.24, i64 128, i1 false)
  %194 = or disjoint i64 %167, 3200
  %scevgep3144.25 = getelementptr i8, ptr %hs, i64 %194
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.25, i64 128, i1 false)
  %195 = or disjoint i64 %167, 3328
  %scevgep3144.26 = getelementptr i8, ptr %hs, i64 %195
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.26, i64 128, i1 false)
  %196 = or disjoint i64 %167, 3456
  %scevgep3144.27 = getelementptr i8, ptr %hs, i64 %196
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.27, i64 128, i1 false)
  %197 = or disjoint i64 %167, 3584
  %scevgep3144.28 = getelementptr i8, ptr %hs, i64 %197
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.28, i64 128, i1 false)
  %198 = or disjoint i64 %167, 3712
  %scevgep3144.29 = getelementptr i8, ptr %hs, i64 %198
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.29, i64 128, i1 false)
  %199 = or disjoint i64 %167, 3840
  %scevgep3144.30 = getelementptr i8, ptr %hs, i64 %199
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.30, i64 128, i1 false)
  %200 = or disjoint i64 %167, 3968
  %scevgep3144.31 = getelementptr i8, ptr %hs, i64 %200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.31, i64 128, i1 false)
  %201 = add nsw i64 %ci, %158
  %202 = shl nsw i64 %201, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %203 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02634 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %204 = shl nuw nsw i64 %i2.addr.02634, 5
  %205 = or disjoint i64 %204, %202
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %206 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02633 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %207 = or disjoint i64 %205, %j2.addr.02633
  %208 = getelementptr inbounds float, ptr %hs, i64 %207
  %209 = load <16 x float>, ptr %208, align 4
  %210 = or disjoint i64 %207, 256
  %211 = getelementptr inbounds float, ptr %hs, i64 %210
  %212 = load <16 x float>, ptr %211, align 4
  %213 = or disjoint i64 %207, 32
  %214 = getelementptr inbounds float, ptr %hs, i64 %213
  %215 = load <16 x float>, ptr %214, align 4
  %216 = or disjoint i64 %207, 288
  %217 = getelementptr inbounds float, ptr %hs, i64 %216
  %218 = load <16 x float>, ptr %217, align 4
  %219 = or disjoint i64 %207, 64
  %220 = getelementptr inbounds float, ptr %hs, i64 %219
  %221 = load <16 x float>, ptr %220, align 4
  %222 = or disjoint i64 %207, 320
  %223 = getelementptr inbounds float, ptr %hs, i64 %222
  %224 = load <16 x float>, ptr %223, align 4
  %225 = or disjoint i64 %207, 96
  %226 = getelementptr inbounds float, ptr %hs, i64 %225
  %227 = load <16 x float>, ptr %226, align 4
  %228 = or disjoint i64 %207, 352
  %229 = getelementptr inbounds float, ptr %hs, i64 %228
  %230 = load <16 x float>, ptr %229, align 4
  %231 = or disjoint i64 %207, 128
  %232 = getelementptr inbounds float, ptr %hs, i64 %231
  %233 = load <16 x float>, ptr %232, align 4
  %234 = or disjoint i64 %207, 384
  %235 = getelementptr inbounds float, ptr %hs, i64 %234
  %236 = load <16 x float>, ptr %235, align 4
  %237 = or disjoint i64 %207, 160
  %238 = getelementptr inbounds float, ptr %hs, i64 %237
  %239 = load <16 x float>, ptr %238, align 4
  %240 = or disjoint i64 %207, 416
  %241 = getelementptr inbounds float, ptr %hs, i64 %240
  %242 = load <16 x float>, ptr %241, align 4
  %243 = or disjoint i64 %207, 192
  %244 = getelementptr inbounds float, ptr %hs, i64 %243
  %245 = load <16 x float>, ptr %244, align 4
  %246 = or disjoint i64 %207, 448
  %247 = getelementptr inbounds float, ptr %hs, i64 %246
  %248 = load <16 x float>, ptr %247, align 4
  %249 = or disjoint i64 %207, 224
  %250 = getelementptr inbounds float, ptr %hs, i64 %249
  %251 = load <16 x float>, ptr %250, align 4
  %252 = or disjoint i64 %207, 480
  %253 = getelementptr inbounds float, ptr %hs, i64 %252
  %254 = load <16 x float>, ptr %253, align 4
  %255 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %256 = shufflevector <16 x float> %233, <16 x float> %236, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %257 = shufflevector <16 x float> %215, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %258 = shufflevector <16 x float> %239, <16 x float> %242, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %259 = shufflevector <16 x float> %221, <16 x float> %224, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %260 = shufflevector <16 x float> %245, <16 x float> %248, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %261 = shufflevector <16 x float> %227, <16 x float> %230, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %262 = shufflevector <16 x float> %251, <16 x float> %254, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %263 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %264 = shufflevector <16 x float> %233, <16 x float> %236, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %265 = shufflevector <16 x float> %215, <16 x float> %218, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %266 = shufflevector <16 x float> %239, <16 x float> %242, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %267 = shufflevector <16 x float> %221, <16 x float> %224, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %268 = shufflevector <16 x float> %245, <16 x float> %248, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %269 = shufflevector <16 x float> %227, <16 x float> %230, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %270 = shufflevector <16 x float> %251, <16 x float> %254, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %271 = shufflevector <16 x float> %255, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %272 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %273 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %274 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %275 = shufflevector <16 x float> %255, <16 x float> %256, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %276 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %277 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %278 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %279 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %280 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %281 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %282 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %283 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %284 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %285 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %286 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %287 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %288 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %289 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %290 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %291 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %292 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %293 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %294 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %295 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %296 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %297 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %298 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %299 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %300 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %301 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %302 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %303 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %304 = shl nuw nsw i64 %j2.addr.02633, 5
  %305 = or disjoint i64 %304, %i2.addr.02634
  %306 = or disjoint i64 %305, 1024
  %307 = getelementptr inbounds float, ptr %Bk, i64 %306
  store <16 x float> %303, ptr %307, align 4
  %308 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %309 = or disjoint i64 %305, 1056
  %310 = getelementptr inbounds float, ptr %Bk, i64 %309
  store <16 x float> %308, ptr %310, align 4
  %311 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %312 = or disjoint i64 %305, 1088
  %313 = getelementptr inbounds float, ptr %Bk, i64 %312
  store <16 x float> %311, ptr %313, align 4
  %314 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %315 = or disjoint i64 %305, 1120
  %316 = getelementptr inbounds float, ptr %Bk, i64 %315
  store <16 x float> %314, ptr %316, align 4
  %317 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %318 = or disjoint i64 %305, 1152
  %319 = getelementptr inbounds float, ptr %Bk, i64 %318
  store <16 x float> %317, ptr %319, align 4
  %320 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %321 = or disjoint i64 %305, 1184
  %322 = getelementptr inbounds float, ptr %Bk, i64 %321
  store <16 x float> %320, ptr %322, align 4
  %323 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %324 = or disjoint i64 %305, 1216
  %325 = getelementptr inbounds float, ptr %Bk, i64 %324
  store <16 x float> %323, ptr %325, align 4
  %326 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %327 = or disjoint i64 %305, 1248
  %328 = getelementptr inbounds float, ptr %Bk, i64 %327
  store <16 x float> %326, ptr %328, align 4
  %329 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %330 = or disjoint i64 %305, 1280
  %331 = getelementptr inbounds float, ptr %Bk, i64 %330
  store <16 x float> %329, ptr %331, align 4
  %332 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %333 = or disjoint i64 %305, 1312
  %334 = getelementptr inbounds float, ptr %Bk, i64 %333
  store <16 x float> %332, ptr %334, align 4
  %335 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %336 = or disjoint i64 %305, 1344
  %337 = getelementptr inbounds float, ptr %Bk, i64 %336
  store <16 x float> %335, ptr %337, align 4
  %338 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %339 = or disjoint i64 %305, 1376
  %340 = getelementptr inbounds float, ptr %Bk, i64 %339
  store <16 x float> %338, ptr %340, align 4
  %341 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %342 = or disjoint i64 %305, 1408
  %343 = getelementptr inbounds float, ptr %Bk, i64 %342
  store <16 x float> %341, ptr %343, align 4
  %344 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %345 = or disjoint i64 %305, 1440
  %346 = getelementptr inbounds float, ptr %Bk, i64 %345
  store <16 x float> %344, ptr %346, align 4
  %347 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %348 = or disjoint i64 %305, 1472
  %349 = getelementptr inbounds float, ptr %Bk, i64 %348
  store <16 x float> %347, ptr %349, align 4
  %350 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %351 = or disjoint i64 %305, 1504
  %352 = getelementptr inbounds float, ptr %Bk, i64 %351
  store <16 x float> %350, ptr %352, align 4
  br i1 %206, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %203, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %353 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02636 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %354 = shl nuw nsw i64 %i3.addr.02636, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %355 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02635 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %356 = or disjoint i64 %j3.addr.02635, %354
  %357 = or disjoint i64 %356, 32
  %358 = getelementptr inbounds float, ptr %work, i64 %357
  %359 = load <16 x float>, ptr %358, align 4
  %360 = or disjoint i64 %356, 544
  %361 = getelementptr inbounds float, ptr %work, i64 %360
  %362 = load <16 x float>, ptr %361, align 4
  %363 = or disjoint i64 %356, 96
  %364 = getelementptr inbounds float, ptr %work, i64 %363
  %365 = load <16 x float>, ptr %364, align 4
  %366 = or disjoint i64 %356, 608
  %367 = getelementptr inbounds float, ptr %work, i64 %366
  %368 = load <16 x float>, ptr %367, align 4
  %369 = or disjoint i64 %356, 160
  %370 = getelementptr inbounds float, ptr %work, i64 %369
  %371 = load <16 x float>, ptr %370, align 4
  %372 = or disjoint i64 %356, 672
  %373 = getelementptr inbounds float, ptr %work, i64 %372
  %374 = load <16 x float>, ptr %373, align 4
  %375 = or disjoint i64 %356, 224
  %376 = getelementptr inbounds float, ptr %work, i64 %375
  %377 = load <16 x float>, ptr %376, align 4
  %378 = or disjoint i64 %356, 736
  %379 = getelementptr inbounds float, ptr %work, i64 %378
  %380 = load <16 x float>, ptr %379, align 4
  %381 = or disjoint i64 %356, 288
  %382 = getelementptr inbounds float, ptr %work, i64 %381
  %383 = load <16 x float>, ptr %382, align 4
  %384 = or disjoint i64 %356, 800
  %385 = getelementptr inbounds float, ptr %work, i64 %384
  %386 = load <16 x float>, ptr %385, align 4
  %387 = or disjoint i64 %356, 352
  %388 = getelementptr inbounds float, ptr %work, i64 %387
  %389 = load <16 x float>, ptr %388, align 4
  %390 = or disjoint i64 %356, 864
  %391 = getelementptr inbounds float, ptr %work, i64 %390
  %392 = load <16 x float>, ptr %391, align 4
  %393 = or disjoint i64 %356, 416
  %394 = getelementptr inbounds float, ptr %work, i64 %393
  %395 = load <16 x float>, ptr %394, align 4
  %396 = or disjoint i64 %356, 928
  %397 = getelementptr inbounds float, ptr %work, i64 %396
  %398 = load <16 x float>, ptr %397, align 4
  %399 = or disjoint i64 %356, 480
  %400 = getelementptr inbounds float, ptr %work, i64 %399
  %401 = load <16 x float>, ptr %400, align 4
  %402 = or disjoint i64 %356, 992
  %403 = getelementptr inbounds float, ptr %work, i64 %402
  %404 = load <16 x float>, ptr %403, align 4
  %405 = shufflevector <16 x float> %359, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %406 = shufflevector <16 x float> %383, <16 x float> %386, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %407 = shufflevector <16 x float> %365, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %408 = shufflevector <16 x float> %389, <16 x float> %392, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %409 = shufflevector <16 x float> %371, <16 x float> %374, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %410 = shufflevector <16 x float> %395, <16 x float> %398, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %411 = shufflevector <16 x float> %377, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %412 = shufflevector <16 x float> %401, <16 x float> %404, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %413 = shufflevector <16 x float> %359, <16 x float> %362, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %414 = shufflevector <16 x float> %383, <16 x float> %386, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %415 = shufflevector <16 x float> %365, <16 x float> %368, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %416 = shufflevector <16 x float> %389, <16 x float> %392, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %417 = shufflevector <16 x float> %371, <16 x float> %374, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %418 = shufflevector <16 x float> %395, <16 x float> %398, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %419 = shufflevector <16 x float> %377, <16 x float> %380, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %420 = shufflevector <16 x float> %401, <16 x float> %404, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %421 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %422 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %423 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %424 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %425 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %426 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %427 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %428 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %429 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %430 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %431 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %432 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %433 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %434 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %435 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %436 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %437 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %438 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %439 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %440 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %441 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %442 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %443 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %444 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %445 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %446 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %447 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %448 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %449 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %450 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %451 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %452 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %453 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %454 = shl nuw nsw i64 %j3.addr.02635, 5
  %455 = or disjoint i64 %454, %i3.addr.02636
  %456 = getelementptr inbounds float, ptr %Bk, i64 %455
  store <16 x float> %453, ptr %456, align 4
  %457 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %458 = or disjoint i64 %455, 32
  %459 = getelementptr inbounds float, ptr %Bk, i64 %458
  store <16 x float> %457, ptr %459, align 4
  %460 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %461 = or disjoint i64 %455, 64
  %462 = getelementptr inbounds float, ptr %Bk, i64 %461
  store <16 x float> %460, ptr %462, align 4
  %463 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %464 = or disjoint i64 %455, 96
  %465 = getelementptr inbounds float, ptr %Bk, i64 %464
  store <16 x float> %463, ptr %465, align 4
  %466 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %467 = or disjoint i64 %455, 128
  %468 = getelementptr inbounds float, ptr %Bk, i64 %467
  store <16 x float> %466, ptr %468, align 4
  %469 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %470 = or disjoint i64 %455, 160
  %471 = getelementptr inbounds float, ptr %Bk, i64 %470
  store <16 x float> %469, ptr %471, align 4
  %472 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %473 = or disjoint i64 %455, 192
  %474 = getelementptr inbounds float, ptr %Bk, i64 %473
  store <16 x float> %472, ptr %474, align 4
  %475 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %476 = or disjoint i64 %455, 224
  %477 = getelementptr inbounds float, ptr %Bk, i64 %476
  store <16 x float> %475, ptr %477, align 4
  %478 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %479 = or disjoint i64 %455, 256
  %480 = getelementptr inbounds float, ptr %Bk, i64 %479
  store <16 x float> %478, ptr %480, align 4
  %481 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %482 = or disjoint i64 %455, 288
  %483 = getelementptr inbounds float, ptr %Bk, i64 %482
  store <16 x float> %481, ptr %483, align 4
  %484 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %485 = or disjoint i64 %455, 320
  %486 = getelementptr inbounds float, ptr %Bk, i64 %485
  store <16 x float> %484, ptr %486, align 4
  %487 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %488 = or disjoint i64 %455, 352
  %489 = getelementptr inbounds float, ptr %Bk, i64 %488
  store <16 x float> %487, ptr %489, align 4
  %490 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %491 = or disjoint i64 %455, 384
  %492 = getelementptr inbounds float, ptr %Bk, i64 %491
  store <16 x float> %490, ptr %492, align 4
  %493 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %494 = or disjoint i64 %455, 416
  %495 = getelementptr inbounds float, ptr %Bk, i64 %494
  store <16 x float> %493, ptr %495, align 4
  %496 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %497 = or disjoint i64 %455, 448
  %498 = getelementptr inbounds float, ptr %Bk, i64 %497
  store <16 x float> %496, ptr %498, align 4
  %499 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %500 = or disjoint i64 %455, 480
  %501 = getelementptr inbounds float, ptr %Bk, i64 %500
  store <16 x float> %499, ptr %501, align 4
  br i1 %355, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %353, label %j3.head.preheader, label %t1.head.preheader

t1.head.preheader:                                ; preds = %j3.exit, %t1.head.preheader
  %s.addr.02638 = phi i64 [ %s.next, %t1.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02638, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2928 = shl nsw i64 %s.addr.02638, 8
  %invariant.gep3369 = getelementptr inbounds i8, ptr %M, i64 %.idx2928
  %502 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %503 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %504 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %505 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %506 = select <8 x i1> %502, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %507 = select <8 x i1> %503, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %508 = select <8 x i1> %504, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %509 = select <8 x i1> %505, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %510 = getelementptr inbounds i8, ptr %invariant.gep3369, i64 32
  %511 = getelementptr inbounds i8, ptr %invariant.gep3369, i64 64
  %512 = getelementptr inbounds i8, ptr %invariant.gep3369, i64 96
  store <8 x float> %506, ptr %invariant.gep3369, align 4
  store <8 x float> %507, ptr %510, align 4
  store <8 x float> %508, ptr %511, align 4
  store <8 x float> %509, ptr %512, align 4
  %513 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %514 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %515 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %516 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %517 = select <8 x i1> %513, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %518 = select <8 x i1> %514, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %519 = select <8 x i1> %515, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %520 = select <8 x i1> %516, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %521 = getelementptr inbounds i8, ptr %invariant.gep3369, i64 128
  %522 = getelementptr inbounds i8, ptr %invariant.gep3369, i64 160
  %523 = getelementptr inbounds i8, ptr %invariant.gep3369, i64 192
  %524 = getelementptr inbounds i8, ptr %invariant.gep3369, i64 224
  store <8 x float> %517, ptr %521, align 4
  store <8 x float> %518, ptr %522, align 4
  store <8 x float> %519, ptr %523, align 4
  store <8 x float> %520, ptr %524, align 4
  %s.next = add nuw nsw i64 %s.addr.02638, 1
  %exitcond3147.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3147.not, label %t2.body.preheader, label %t1.head.preheader

t2.body.preheader:                                ; preds = %t1.head.preheader
  %525 = getelementptr i8, ptr %164, i64 %165
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02654 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %526 = shl nuw nsw i64 %t2.addr.02654, 7
  %gep3372 = getelementptr i8, ptr %invariant.gep3371, i64 %526
  %527 = shl nsw i64 %t2.addr.02654, 8
  %528 = icmp sgt i64 %169, %t2.addr.02654
  br i1 %528, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3374 = getelementptr i8, ptr %invariant.gep3373, i64 %526
  %gep3376 = getelementptr i8, ptr %invariant.gep3375, i64 %526
  %gep3378 = getelementptr i8, ptr %invariant.gep3377, i64 %527
  %gep3380 = getelementptr i8, ptr %invariant.gep3379, i64 %527
  %gep3382 = getelementptr i8, ptr %invariant.gep3381, i64 %527
  %gep3384 = getelementptr i8, ptr %invariant.gep3383, i64 %527
  %gep3386 = getelementptr i8, ptr %invariant.gep3385, i64 %527
  %gep3388 = getelementptr i8, ptr %invariant.gep3387, i64 %527
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3374, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3376, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3372, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.02654, 1
  %529 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %529, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3378, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3380, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3382, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %530 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %530, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3384, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3386, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3388, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %531 = mul i64 %16, %t2.addr.02654
  %scevgep3158 = getelementptr i8, ptr %525, i64 %531
  %532 = add nuw nsw i64 %t2.addr.02654, %t0
  %533 = shl nuw nsw i64 %t2.addr.02654, 5
  %.idx2938 = shl i64 %532, 7
  %534 = getelementptr i8, ptr %invariant.gep2919, i64 %.idx2938
  %535 = load <16 x float>, ptr %534, align 4
  %536 = fmul <16 x float> %535, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %537 = or disjoint i64 %533, 2048
  %538 = getelementptr inbounds float, ptr %Bk, i64 %537
  store <16 x float> %536, ptr %538, align 4
  %539 = getelementptr inbounds float, ptr %QK, i64 %533
  store <16 x float> %536, ptr %539, align 4
  %540 = getelementptr i8, ptr %20, i64 %.idx2938
  %541 = load <16 x float>, ptr %540, align 4
  %542 = fmul <16 x float> %541, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %543 = or disjoint i64 %533, 16
  %544 = or i64 %533, 2064
  %545 = getelementptr inbounds float, ptr %Bk, i64 %544
  store <16 x float> %542, ptr %545, align 4
  %546 = getelementptr inbounds float, ptr %QK, i64 %543
  store <16 x float> %542, ptr %546, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3372, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3158, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.02654, 1
  %547 = or disjoint i64 %t2.addr.02654, %t0
  %tau = shl nsw i64 %547, 1
  %548 = mul nsw i64 %tau, %H
  %549 = getelementptr inbounds float, ptr %betah, i64 %548
  %550 = load float, ptr %549, align 4
  %551 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %550, ptr %551, align 4
  %552 = shl nuw nsw i64 %t2.addr.02654, 6
  %.idx2940 = shl i64 %547, 8
  %553 = getelementptr i8, ptr %gep2914, i64 %.idx2940
  %554 = load <16 x float>, ptr %553, align 4
  %555 = or i64 %552, 4096
  %556 = getelementptr inbounds float, ptr %Bk, i64 %555
  store <16 x float> %554, ptr %556, align 4
  %557 = fneg <16 x float> %554
  %gep3390 = getelementptr inbounds float, ptr %invariant.gep3389, i64 %552
  store <16 x float> %557, ptr %gep3390, align 4
  %558 = getelementptr i8, ptr %21, i64 %.idx2940
  %559 = load <16 x float>, ptr %558, align 4
  %560 = or i64 %552, 4112
  %561 = getelementptr inbounds float, ptr %Bk, i64 %560
  store <16 x float> %559, ptr %561, align 4
  %562 = fneg <16 x float> %559
  %gep3392 = getelementptr inbounds float, ptr %invariant.gep3391, i64 %552
  store <16 x float> %562, ptr %gep3392, align 4
  %563 = getelementptr i8, ptr %gep2916, i64 %.idx2940
  %564 = load <16 x float>, ptr %563, align 4
  %565 = getelementptr inbounds i8, ptr %Rr, i64 %527
  store <16 x float> %564, ptr %565, align 4
  %566 = getelementptr i8, ptr %22, i64 %.idx2940
  %567 = load <16 x float>, ptr %566, align 4
  %568 = getelementptr inbounds i8, ptr %23, i64 %527
  store <16 x float> %567, ptr %568, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %569 = mul nsw i64 %tau1, %H
  %570 = getelementptr inbounds float, ptr %betah, i64 %569
  %571 = load float, ptr %570, align 4
  %572 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %571, ptr %572, align 4
  %573 = shl nuw nsw i64 %i7, 5
  %.idx2943 = shl i64 %tau1, 7
  %574 = getelementptr i8, ptr %gep2914, i64 %.idx2943
  %575 = load <16 x float>, ptr %574, align 4
  %576 = or i64 %573, 4096
  %577 = getelementptr inbounds float, ptr %Bk, i64 %576
  store <16 x float> %575, ptr %577, align 4
  %578 = fneg <16 x float> %575
  %gep3394 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %573
  store <16 x float> %578, ptr %gep3394, align 4
  %579 = getelementptr i8, ptr %21, i64 %.idx2943
  %580 = load <16 x float>, ptr %579, align 4
  %581 = or i64 %573, 4112
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = fneg <16 x float> %580
  %gep3396 = getelementptr inbounds float, ptr %invariant.gep3395, i64 %573
  store <16 x float> %583, ptr %gep3396, align 4
  %584 = getelementptr i8, ptr %gep2916, i64 %.idx2943
  %585 = load <16 x float>, ptr %584, align 4
  %.idx2945 = shl nsw i64 %i7, 7
  %586 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2945
  store <16 x float> %585, ptr %586, align 4
  %587 = getelementptr i8, ptr %22, i64 %.idx2943
  %588 = load <16 x float>, ptr %587, align 4
  %589 = getelementptr inbounds i8, ptr %23, i64 %.idx2945
  store <16 x float> %588, ptr %589, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02654, 1
  %exitcond3163.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3163.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02656 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %590 = shl nuw nsw i64 %i20.addr.02656, 5
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %591 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02655 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %592 = or disjoint i64 %j16.addr.02655, %590
  %593 = or disjoint i64 %592, 4096
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  %595 = load <16 x float>, ptr %594, align 4
  %596 = or disjoint i64 %592, 4352
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  %598 = load <16 x float>, ptr %597, align 4
  %599 = or disjoint i64 %592, 4128
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  %601 = load <16 x float>, ptr %600, align 4
  %602 = or disjoint i64 %592, 4384
  %603 = getelementptr inbounds float, ptr %Bk, i64 %602
  %604 = load <16 x float>, ptr %603, align 4
  %605 = or disjoint i64 %592, 4160
  %606 = getelementptr inbounds float, ptr %Bk, i64 %605
  %607 = load <16 x float>, ptr %606, align 4
  %608 = or disjoint i64 %592, 4416
  %609 = getelementptr inbounds float, ptr %Bk, i64 %608
  %610 = load <16 x float>, ptr %609, align 4
  %611 = or disjoint i64 %592, 4192
  %612 = getelementptr inbounds float, ptr %Bk, i64 %611
  %613 = load <16 x float>, ptr %612, align 4
  %614 = or disjoint i64 %592, 4448
  %615 = getelementptr inbounds float, ptr %Bk, i64 %614
  %616 = load <16 x float>, ptr %615, align 4
  %617 = or disjoint i64 %592, 4224
  %618 = getelementptr inbounds float, ptr %Bk, i64 %617
  %619 = load <16 x float>, ptr %618, align 4
  %620 = or disjoint i64 %592, 4480
  %621 = getelementptr inbounds float, ptr %Bk, i64 %620
  %622 = load <16 x float>, ptr %621, align 4
  %623 = or disjoint i64 %592, 4256
  %624 = getelementptr inbounds float, ptr %Bk, i64 %623
  %625 = load <16 x float>, ptr %624, align 4
  %626 = or disjoint i64 %592, 4512
  %627 = getelementptr inbounds float, ptr %Bk, i64 %626
  %628 = load <16 x float>, ptr %627, align 4
  %629 = or disjoint i64 %592, 4288
  %630 = getelementptr inbounds float, ptr %Bk, i64 %629
  %631 = load <16 x float>, ptr %630, align 4
  %632 = or disjoint i64 %592, 4544
  %633 = getelementptr inbounds float, ptr %Bk, i64 %632
  %634 = load <16 x float>, ptr %633, align 4
  %635 = or disjoint i64 %592, 4320
  %636 = getelementptr inbounds float, ptr %Bk, i64 %635
  %637 = load <16 x float>, ptr %636, align 4
  %638 = or disjoint i64 %592, 4576
  %639 = getelementptr inbounds float, ptr %Bk, i64 %638
  %640 = load <16 x float>, ptr %639, align 4
  %641 = shufflevector <16 x float> %595, <16 x float> %598, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %642 = shufflevector <16 x float> %619, <16 x float> %622, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %643 = shufflevector <16 x float> %601, <16 x float> %604, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %644 = shufflevector <16 x float> %625, <16 x float> %628, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %645 = shufflevector <16 x float> %607, <16 x float> %610, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %646 = shufflevector <16 x float> %631, <16 x float> %634, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %647 = shufflevector <16 x float> %613, <16 x float> %616, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %648 = shufflevector <16 x float> %637, <16 x float> %640, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %649 = shufflevector <16 x float> %595, <16 x float> %598, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %650 = shufflevector <16 x float> %619, <16 x float> %622, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %651 = shufflevector <16 x float> %601, <16 x float> %604, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %652 = shufflevector <16 x float> %625, <16 x float> %628, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %653 = shufflevector <16 x float> %607, <16 x float> %610, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %654 = shufflevector <16 x float> %631, <16 x float> %634, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %655 = shufflevector <16 x float> %613, <16 x float> %616, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %656 = shufflevector <16 x float> %637, <16 x float> %640, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %657 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %658 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %659 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %660 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %661 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %662 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %663 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %664 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %665 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %666 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %667 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %668 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %669 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %670 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %671 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %672 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %673 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %674 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %675 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %676 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %677 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %678 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %679 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %680 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %681 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %682 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %683 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %684 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %685 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %686 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %687 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %688 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %689 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %690 = shl nuw nsw i64 %j16.addr.02655, 7
  %691 = add nuw nsw i64 %690, %i20.addr.02656
  %692 = getelementptr inbounds float, ptr %KT, i64 %691
  store <16 x float> %689, ptr %692, align 4
  %693 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %694 = or disjoint i64 %691, 128
  %695 = getelementptr inbounds float, ptr %KT, i64 %694
  store <16 x float> %693, ptr %695, align 4
  %696 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %697 = or disjoint i64 %691, 256
  %698 = getelementptr inbounds float, ptr %KT, i64 %697
  store <16 x float> %696, ptr %698, align 4
  %699 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %700 = or disjoint i64 %691, 384
  %701 = getelementptr inbounds float, ptr %KT, i64 %700
  store <16 x float> %699, ptr %701, align 4
  %702 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %703 = or disjoint i64 %691, 512
  %704 = getelementptr inbounds float, ptr %KT, i64 %703
  store <16 x float> %702, ptr %704, align 4
  %705 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %706 = or disjoint i64 %691, 640
  %707 = getelementptr inbounds float, ptr %KT, i64 %706
  store <16 x float> %705, ptr %707, align 4
  %708 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %709 = or disjoint i64 %691, 768
  %710 = getelementptr inbounds float, ptr %KT, i64 %709
  store <16 x float> %708, ptr %710, align 4
  %711 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %712 = or disjoint i64 %691, 896
  %713 = getelementptr inbounds float, ptr %KT, i64 %712
  store <16 x float> %711, ptr %713, align 4
  %714 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %715 = or disjoint i64 %691, 1024
  %716 = getelementptr inbounds float, ptr %KT, i64 %715
  store <16 x float> %714, ptr %716, align 4
  %717 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %718 = or disjoint i64 %691, 1152
  %719 = getelementptr inbounds float, ptr %KT, i64 %718
  store <16 x float> %717, ptr %719, align 4
  %720 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %721 = or disjoint i64 %691, 1280
  %722 = getelementptr inbounds float, ptr %KT, i64 %721
  store <16 x float> %720, ptr %722, align 4
  %723 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %724 = or disjoint i64 %691, 1408
  %725 = getelementptr inbounds float, ptr %KT, i64 %724
  store <16 x float> %723, ptr %725, align 4
  %726 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %727 = or disjoint i64 %691, 1536
  %728 = getelementptr inbounds float, ptr %KT, i64 %727
  store <16 x float> %726, ptr %728, align 4
  %729 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %730 = or disjoint i64 %691, 1664
  %731 = getelementptr inbounds float, ptr %KT, i64 %730
  store <16 x float> %729, ptr %731, align 4
  %732 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %733 = or disjoint i64 %691, 1792
  %734 = getelementptr inbounds float, ptr %KT, i64 %733
  store <16 x float> %732, ptr %734, align 4
  %735 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %736 = or disjoint i64 %691, 1920
  %737 = getelementptr inbounds float, ptr %KT, i64 %736
  store <16 x float> %735, ptr %737, align 4
  br i1 %591, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02656, 16
  %738 = icmp ult i64 %i20.addr.02656, 112
  br i1 %738, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.02658 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %739 = shl nuw nsw i64 %i21.addr.02658, 5
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %740 = phi i1 [ true, %j17.head.preheader ], [ false, %j17.body ]
  %j17.addr.02657 = phi i64 [ 0, %j17.head.preheader ], [ 16, %j17.body ]
  %741 = or disjoint i64 %j17.addr.02657, %739
  %742 = or disjoint i64 %741, 2048
  %743 = getelementptr inbounds float, ptr %Bk, i64 %742
  %744 = load <16 x float>, ptr %743, align 4
  %745 = or disjoint i64 %741, 2304
  %746 = getelementptr inbounds float, ptr %Bk, i64 %745
  %747 = load <16 x float>, ptr %746, align 4
  %748 = or disjoint i64 %741, 2080
  %749 = getelementptr inbounds float, ptr %Bk, i64 %748
  %750 = load <16 x float>, ptr %749, align 4
  %751 = or disjoint i64 %741, 2336
  %752 = getelementptr inbounds float, ptr %Bk, i64 %751
  %753 = load <16 x float>, ptr %752, align 4
  %754 = or disjoint i64 %741, 2112
  %755 = getelementptr inbounds float, ptr %Bk, i64 %754
  %756 = load <16 x float>, ptr %755, align 4
  %757 = or disjoint i64 %741, 2368
  %758 = getelementptr inbounds float, ptr %Bk, i64 %757
  %759 = load <16 x float>, ptr %758, align 4
  %760 = or disjoint i64 %741, 2144
  %761 = getelementptr inbounds float, ptr %Bk, i64 %760
  %762 = load <16 x float>, ptr %761, align 4
  %763 = or disjoint i64 %741, 2400
  %764 = getelementptr inbounds float, ptr %Bk, i64 %763
  %765 = load <16 x float>, ptr %764, align 4
  %766 = or disjoint i64 %741, 2176
  %767 = getelementptr inbounds float, ptr %Bk, i64 %766
  %768 = load <16 x float>, ptr %767, align 4
  %769 = or disjoint i64 %741, 2432
  %770 = getelementptr inbounds float, ptr %Bk, i64 %769
  %771 = load <16 x float>, ptr %770, align 4
  %772 = or disjoint i64 %741, 2208
  %773 = getelementptr inbounds float, ptr %Bk, i64 %772
  %774 = load <16 x float>, ptr %773, align 4
  %775 = or disjoint i64 %741, 2464
  %776 = getelementptr inbounds float, ptr %Bk, i64 %775
  %777 = load <16 x float>, ptr %776, align 4
  %778 = or disjoint i64 %741, 2240
  %779 = getelementptr inbounds float, ptr %Bk, i64 %778
  %780 = load <16 x float>, ptr %779, align 4
  %781 = or disjoint i64 %741, 2496
  %782 = getelementptr inbounds float, ptr %Bk, i64 %781
  %783 = load <16 x float>, ptr %782, align 4
  %784 = or disjoint i64 %741, 2272
  %785 = getelementptr inbounds float, ptr %Bk, i64 %784
  %786 = load <16 x float>, ptr %785, align 4
  %787 = or disjoint i64 %741, 2528
  %788 = getelementptr inbounds float, ptr %Bk, i64 %787
  %789 = load <16 x float>, ptr %788, align 4
  %790 = shufflevector <16 x float> %744, <16 x float> %747, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %791 = shufflevector <16 x float> %768, <16 x float> %771, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %792 = shufflevector <16 x float> %750, <16 x float> %753, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %793 = shufflevector <16 x float> %774, <16 x float> %777, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %794 = shufflevector <16 x float> %756, <16 x float> %759, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %795 = shufflevector <16 x float> %780, <16 x float> %783, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %796 = shufflevector <16 x float> %762, <16 x float> %765, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %797 = shufflevector <16 x float> %786, <16 x float> %789, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %798 = shufflevector <16 x float> %744, <16 x float> %747, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %799 = shufflevector <16 x float> %768, <16 x float> %771, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %800 = shufflevector <16 x float> %750, <16 x float> %753, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %801 = shufflevector <16 x float> %774, <16 x float> %777, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %802 = shufflevector <16 x float> %756, <16 x float> %759, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %803 = shufflevector <16 x float> %780, <16 x float> %783, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %804 = shufflevector <16 x float> %762, <16 x float> %765, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %805 = shufflevector <16 x float> %786, <16 x float> %789, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %806 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %807 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %808 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %809 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %810 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %811 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %812 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %813 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %814 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %815 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %816 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %817 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %818 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %819 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %820 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %821 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %822 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %823 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %824 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %825 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %826 = shufflevector <16 x float> %810, <16 x float> %811, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %827 = shufflevector <16 x float> %812, <16 x float> %813, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %828 = shufflevector <16 x float> %810, <16 x float> %811, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %829 = shufflevector <16 x float> %812, <16 x float> %813, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %830 = shufflevector <16 x float> %814, <16 x float> %815, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %831 = shufflevector <16 x float> %816, <16 x float> %817, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %832 = shufflevector <16 x float> %814, <16 x float> %815, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %833 = shufflevector <16 x float> %816, <16 x float> %817, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %834 = shufflevector <16 x float> %818, <16 x float> %819, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %835 = shufflevector <16 x float> %820, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %836 = shufflevector <16 x float> %818, <16 x float> %819, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %837 = shufflevector <16 x float> %820, <16 x float> %821, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %838 = shufflevector <16 x float> %822, <16 x float> %823, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %839 = shl nuw nsw i64 %j17.addr.02657, 6
  %840 = add nuw nsw i64 %839, %i21.addr.02658
  %841 = getelementptr inbounds float, ptr %QcT, i64 %840
  store <16 x float> %838, ptr %841, align 4
  %842 = shufflevector <16 x float> %822, <16 x float> %823, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %843 = or disjoint i64 %840, 64
  %844 = getelementptr inbounds float, ptr %QcT, i64 %843
  store <16 x float> %842, ptr %844, align 4
  %845 = shufflevector <16 x float> %824, <16 x float> %825, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %846 = or disjoint i64 %840, 128
  %847 = getelementptr inbounds float, ptr %QcT, i64 %846
  store <16 x float> %845, ptr %847, align 4
  %848 = shufflevector <16 x float> %824, <16 x float> %825, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %849 = or disjoint i64 %840, 192
  %850 = getelementptr inbounds float, ptr %QcT, i64 %849
  store <16 x float> %848, ptr %850, align 4
  %851 = shufflevector <16 x float> %826, <16 x float> %827, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %852 = or disjoint i64 %840, 256
  %853 = getelementptr inbounds float, ptr %QcT, i64 %852
  store <16 x float> %851, ptr %853, align 4
  %854 = shufflevector <16 x float> %826, <16 x float> %827, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %855 = or disjoint i64 %840, 320
  %856 = getelementptr inbounds float, ptr %QcT, i64 %855
  store <16 x float> %854, ptr %856, align 4
  %857 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %858 = or disjoint i64 %840, 384
  %859 = getelementptr inbounds float, ptr %QcT, i64 %858
  store <16 x float> %857, ptr %859, align 4
  %860 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %861 = or disjoint i64 %840, 448
  %862 = getelementptr inbounds float, ptr %QcT, i64 %861
  store <16 x float> %860, ptr %862, align 4
  %863 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %864 = or disjoint i64 %840, 512
  %865 = getelementptr inbounds float, ptr %QcT, i64 %864
  store <16 x float> %863, ptr %865, align 4
  %866 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %867 = or disjoint i64 %840, 576
  %868 = getelementptr inbounds float, ptr %QcT, i64 %867
  store <16 x float> %866, ptr %868, align 4
  %869 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %870 = or disjoint i64 %840, 640
  %871 = getelementptr inbounds float, ptr %QcT, i64 %870
  store <16 x float> %869, ptr %871, align 4
  %872 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %873 = or disjoint i64 %840, 704
  %874 = getelementptr inbounds float, ptr %QcT, i64 %873
  store <16 x float> %872, ptr %874, align 4
  %875 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %876 = or disjoint i64 %840, 768
  %877 = getelementptr inbounds float, ptr %QcT, i64 %876
  store <16 x float> %875, ptr %877, align 4
  %878 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %879 = or disjoint i64 %840, 832
  %880 = getelementptr inbounds float, ptr %QcT, i64 %879
  store <16 x float> %878, ptr %880, align 4
  %881 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %882 = or disjoint i64 %840, 896
  %883 = getelementptr inbounds float, ptr %QcT, i64 %882
  store <16 x float> %881, ptr %883, align 4
  %884 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %885 = or disjoint i64 %840, 960
  %886 = getelementptr inbounds float, ptr %QcT, i64 %885
  store <16 x float> %884, ptr %886, align 4
  br i1 %740, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02658, 16
  %887 = icmp ult i64 %i21.addr.02658, 48
  br i1 %887, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02660 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %888 = shl nuw nsw i64 %i22.addr.02660, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %889 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02659 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %890 = or disjoint i64 %j18.addr.02659, %888
  %891 = getelementptr inbounds float, ptr %OY, i64 %890
  %892 = load <16 x float>, ptr %891, align 4
  %893 = or disjoint i64 %890, 256
  %894 = getelementptr inbounds float, ptr %OY, i64 %893
  %895 = load <16 x float>, ptr %894, align 4
  %896 = or disjoint i64 %890, 32
  %897 = getelementptr inbounds float, ptr %OY, i64 %896
  %898 = load <16 x float>, ptr %897, align 4
  %899 = or disjoint i64 %890, 288
  %900 = getelementptr inbounds float, ptr %OY, i64 %899
  %901 = load <16 x float>, ptr %900, align 4
  %902 = or disjoint i64 %890, 64
  %903 = getelementptr inbounds float, ptr %OY, i64 %902
  %904 = load <16 x float>, ptr %903, align 4
  %905 = or disjoint i64 %890, 320
  %906 = getelementptr inbounds float, ptr %OY, i64 %905
  %907 = load <16 x float>, ptr %906, align 4
  %908 = or disjoint i64 %890, 96
  %909 = getelementptr inbounds float, ptr %OY, i64 %908
  %910 = load <16 x float>, ptr %909, align 4
  %911 = or disjoint i64 %890, 352
  %912 = getelementptr inbounds float, ptr %OY, i64 %911
  %913 = load <16 x float>, ptr %912, align 4
  %914 = or disjoint i64 %890, 128
  %915 = getelementptr inbounds float, ptr %OY, i64 %914
  %916 = load <16 x float>, ptr %915, align 4
  %917 = or disjoint i64 %890, 384
  %918 = getelementptr inbounds float, ptr %OY, i64 %917
  %919 = load <16 x float>, ptr %918, align 4
  %920 = or disjoint i64 %890, 160
  %921 = getelementptr inbounds float, ptr %OY, i64 %920
  %922 = load <16 x float>, ptr %921, align 4
  %923 = or disjoint i64 %890, 416
  %924 = getelementptr inbounds float, ptr %OY, i64 %923
  %925 = load <16 x float>, ptr %924, align 4
  %926 = or disjoint i64 %890, 192
  %927 = getelementptr inbounds float, ptr %OY, i64 %926
  %928 = load <16 x float>, ptr %927, align 4
  %929 = or disjoint i64 %890, 448
  %930 = getelementptr inbounds float, ptr %OY, i64 %929
  %931 = load <16 x float>, ptr %930, align 4
  %932 = or disjoint i64 %890, 224
  %933 = getelementptr inbounds float, ptr %OY, i64 %932
  %934 = load <16 x float>, ptr %933, align 4
  %935 = or disjoint i64 %890, 480
  %936 = getelementptr inbounds float, ptr %OY, i64 %935
  %937 = load <16 x float>, ptr %936, align 4
  %938 = shufflevector <16 x float> %892, <16 x float> %895, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %939 = shufflevector <16 x float> %916, <16 x float> %919, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %940 = shufflevector <16 x float> %898, <16 x float> %901, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %941 = shufflevector <16 x float> %922, <16 x float> %925, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %942 = shufflevector <16 x float> %904, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %943 = shufflevector <16 x float> %928, <16 x float> %931, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %944 = shufflevector <16 x float> %910, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %945 = shufflevector <16 x float> %934, <16 x float> %937, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %946 = shufflevector <16 x float> %892, <16 x float> %895, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %947 = shufflevector <16 x float> %916, <16 x float> %919, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %948 = shufflevector <16 x float> %898, <16 x float> %901, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %949 = shufflevector <16 x float> %922, <16 x float> %925, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %950 = shufflevector <16 x float> %904, <16 x float> %907, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %951 = shufflevector <16 x float> %928, <16 x float> %931, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %952 = shufflevector <16 x float> %910, <16 x float> %913, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %953 = shufflevector <16 x float> %934, <16 x float> %937, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %954 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %955 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %956 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %957 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %958 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %959 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %960 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %961 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %962 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %963 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %964 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %965 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %966 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %967 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %968 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %969 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %970 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %971 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %972 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %973 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %974 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %975 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %976 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %977 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %978 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %979 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %980 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %981 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %982 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %983 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %984 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %985 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %986 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %987 = shl nuw nsw i64 %j18.addr.02659, 6
  %988 = add nuw nsw i64 %987, %i22.addr.02660
  %989 = getelementptr inbounds float, ptr %dOT, i64 %988
  store <16 x float> %986, ptr %989, align 4
  %990 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %991 = or disjoint i64 %988, 64
  %992 = getelementptr inbounds float, ptr %dOT, i64 %991
  store <16 x float> %990, ptr %992, align 4
  %993 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %994 = or disjoint i64 %988, 128
  %995 = getelementptr inbounds float, ptr %dOT, i64 %994
  store <16 x float> %993, ptr %995, align 4
  %996 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %997 = or disjoint i64 %988, 192
  %998 = getelementptr inbounds float, ptr %dOT, i64 %997
  store <16 x float> %996, ptr %998, align 4
  %999 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1000 = or disjoint i64 %988, 256
  %1001 = getelementptr inbounds float, ptr %dOT, i64 %1000
  store <16 x float> %999, ptr %1001, align 4
  %1002 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1003 = or disjoint i64 %988, 320
  %1004 = getelementptr inbounds float, ptr %dOT, i64 %1003
  store <16 x float> %1002, ptr %1004, align 4
  %1005 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1006 = or disjoint i64 %988, 384
  %1007 = getelementptr inbounds float, ptr %dOT, i64 %1006
  store <16 x float> %1005, ptr %1007, align 4
  %1008 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1009 = or disjoint i64 %988, 448
  %1010 = getelementptr inbounds float, ptr %dOT, i64 %1009
  store <16 x float> %1008, ptr %1010, align 4
  %1011 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1012 = or disjoint i64 %988, 512
  %1013 = getelementptr inbounds float, ptr %dOT, i64 %1012
  store <16 x float> %1011, ptr %1013, align 4
  %1014 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1015 = or disjoint i64 %988, 576
  %1016 = getelementptr inbounds float, ptr %dOT, i64 %1015
  store <16 x float> %1014, ptr %1016, align 4
  %1017 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1018 = or disjoint i64 %988, 640
  %1019 = getelementptr inbounds float, ptr %dOT, i64 %1018
  store <16 x float> %1017, ptr %1019, align 4
  %1020 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1021 = or disjoint i64 %988, 704
  %1022 = getelementptr inbounds float, ptr %dOT, i64 %1021
  store <16 x float> %1020, ptr %1022, align 4
  %1023 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1024 = or disjoint i64 %988, 768
  %1025 = getelementptr inbounds float, ptr %dOT, i64 %1024
  store <16 x float> %1023, ptr %1025, align 4
  %1026 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1027 = or disjoint i64 %988, 832
  %1028 = getelementptr inbounds float, ptr %dOT, i64 %1027
  store <16 x float> %1026, ptr %1028, align 4
  %1029 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1030 = or disjoint i64 %988, 896
  %1031 = getelementptr inbounds float, ptr %dOT, i64 %1030
  store <16 x float> %1029, ptr %1031, align 4
  %1032 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1033 = or disjoint i64 %988, 960
  %1034 = getelementptr inbounds float, ptr %dOT, i64 %1033
  store <16 x float> %1032, ptr %1034, align 4
  br i1 %889, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02660, 16
  %1035 = icmp ult i64 %i22.addr.02660, 48
  br i1 %1035, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %1036 = icmp ult i64 %i23.addr.02673, 120
  br i1 %1036, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02673 = phi i64 [ %1037, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1037 = add nuw nsw i64 %i23.addr.02673, 8
  %1038 = shl nuw nsw i64 %i23.addr.02673, 5
  %.idx2592 = shl nuw nsw i64 %i23.addr.02673, 9
  %1039 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2592
  %1040 = shl nuw nsw i64 %i23.addr.02673, 7
  %1041 = or disjoint i64 %1040, 128
  %1042 = getelementptr inbounds float, ptr %Gm, i64 %1041
  %1043 = or disjoint i64 %1040, 256
  %1044 = getelementptr inbounds float, ptr %Gm, i64 %1043
  %1045 = or disjoint i64 %1040, 384
  %1046 = getelementptr inbounds float, ptr %Gm, i64 %1045
  %1047 = or disjoint i64 %1040, 512
  %1048 = getelementptr inbounds float, ptr %Gm, i64 %1047
  %1049 = or disjoint i64 %1040, 640
  %1050 = getelementptr inbounds float, ptr %Gm, i64 %1049
  %1051 = or disjoint i64 %1040, 768
  %1052 = getelementptr inbounds float, ptr %Gm, i64 %1051
  %1053 = or disjoint i64 %1040, 896
  %1054 = getelementptr inbounds float, ptr %Gm, i64 %1053
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.02672 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep2661 = getelementptr inbounds float, ptr %KT, i64 %j19.addr.02672
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02671 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1062, %p3.body ]
  %acc1.02670 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1068, %p3.body ]
  %acc2.02669 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1074, %p3.body ]
  %acc3.02668 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1080, %p3.body ]
  %acc4.02667 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1086, %p3.body ]
  %acc5.02666 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1092, %p3.body ]
  %acc6.02665 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1098, %p3.body ]
  %acc7.02664 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1104, %p3.body ]
  %p3.addr.02663 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2593 = shl nuw nsw i64 %p3.addr.02663, 9
  %gep2662 = getelementptr inbounds i8, ptr %invariant.gep2661, i64 %.idx2593
  %1055 = load <16 x float>, ptr %gep2662, align 4
  %1056 = add nuw nsw i64 %p3.addr.02663, %1038
  %1057 = or disjoint i64 %1056, 4096
  %1058 = getelementptr inbounds float, ptr %Bk, i64 %1057
  %1059 = load float, ptr %1058, align 4
  %1060 = insertelement <16 x float> poison, float %1059, i64 0
  %1061 = shufflevector <16 x float> %1060, <16 x float> poison, <16 x i32> zeroinitializer
  %1062 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1061, <16 x float> %1055, <16 x float> %acc.02671)
  %1063 = or disjoint i64 %1056, 4128
  %1064 = getelementptr inbounds float, ptr %Bk, i64 %1063
  %1065 = load float, ptr %1064, align 4
  %1066 = insertelement <16 x float> poison, float %1065, i64 0
  %1067 = shufflevector <16 x float> %1066, <16 x float> poison, <16 x i32> zeroinitializer
  %1068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1067, <16 x float> %1055, <16 x float> %acc1.02670)
  %1069 = or disjoint i64 %1056, 4160
  %1070 = getelementptr inbounds float, ptr %Bk, i64 %1069
  %1071 = load float, ptr %1070, align 4
  %1072 = insertelement <16 x float> poison, float %1071, i64 0
  %1073 = shufflevector <16 x float> %1072, <16 x float> poison, <16 x i32> zeroinitializer
  %1074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1073, <16 x float> %1055, <16 x float> %acc2.02669)
  %1075 = or disjoint i64 %1056, 4192
  %1076 = getelementptr inbounds float, ptr %Bk, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = insertelement <16 x float> poison, float %1077, i64 0
  %1079 = shufflevector <16 x float> %1078, <16 x float> poison, <16 x i32> zeroinitializer
  %1080 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1079, <16 x float> %1055, <16 x float> %acc3.02668)
  %1081 = or disjoint i64 %1056, 4224
  %1082 = getelementptr inbounds float, ptr %Bk, i64 %1081
  %1083 = load float, ptr %1082, align 4
  %1084 = insertelement <16 x float> poison, float %1083, i64 0
  %1085 = shufflevector <16 x float> %1084, <16 x float> poison, <16 x i32> zeroinitializer
  %1086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1085, <16 x float> %1055, <16 x float> %acc4.02667)
  %1087 = or disjoint i64 %1056, 4256
  %1088 = getelementptr inbounds float, ptr %Bk, i64 %1087
  %1089 = load float, ptr %1088, align 4
  %1090 = insertelement <16 x float> poison, float %1089, i64 0
  %1091 = shufflevector <16 x float> %1090, <16 x float> poison, <16 x i32> zeroinitializer
  %1092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1091, <16 x float> %1055, <16 x float> %acc5.02666)
  %1093 = or disjoint i64 %1056, 4288
  %1094 = getelementptr inbounds float, ptr %Bk, i64 %1093
  %1095 = load float, ptr %1094, align 4
  %1096 = insertelement <16 x float> poison, float %1095, i64 0
  %1097 = shufflevector <16 x float> %1096, <16 x float> poison, <16 x i32> zeroinitializer
  %1098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1097, <16 x float> %1055, <16 x float> %acc6.02665)
  %1099 = or disjoint i64 %1056, 4320
  %1100 = getelementptr inbounds float, ptr %Bk, i64 %1099
  %1101 = load float, ptr %1100, align 4
  %1102 = insertelement <16 x float> poison, float %1101, i64 0
  %1103 = shufflevector <16 x float> %1102, <16 x float> poison, <16 x i32> zeroinitializer
  %1104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1103, <16 x float> %1055, <16 x float> %acc7.02664)
  %p3.next = add nuw nsw i64 %p3.addr.02663, 1
  %exitcond3164.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3164.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1105 = getelementptr inbounds float, ptr %1039, i64 %j19.addr.02672
  store <16 x float> %1062, ptr %1105, align 4
  %1106 = getelementptr inbounds float, ptr %1042, i64 %j19.addr.02672
  store <16 x float> %1068, ptr %1106, align 4
  %1107 = getelementptr inbounds float, ptr %1044, i64 %j19.addr.02672
  store <16 x float> %1074, ptr %1107, align 4
  %1108 = getelementptr inbounds float, ptr %1046, i64 %j19.addr.02672
  store <16 x float> %1080, ptr %1108, align 4
  %1109 = getelementptr inbounds float, ptr %1048, i64 %j19.addr.02672
  store <16 x float> %1086, ptr %1109, align 4
  %1110 = getelementptr inbounds float, ptr %1050, i64 %j19.addr.02672
  store <16 x float> %1092, ptr %1110, align 4
  %1111 = getelementptr inbounds float, ptr %1052, i64 %j19.addr.02672
  store <16 x float> %1098, ptr %1111, align 4
  %1112 = getelementptr inbounds float, ptr %1054, i64 %j19.addr.02672
  store <16 x float> %1104, ptr %1112, align 4
  %j19.next = add nuw nsw i64 %j19.addr.02672, 16
  %1113 = icmp ult i64 %j19.next, %1037
  br i1 %1113, label %p3.head.preheader, label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02691 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %1114 = shl nuw nsw i64 %i24.addr.02691, 5
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02690 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1133, %p4.body ]
  %acc9.02689 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1134, %p4.body ]
  %acc10.02688 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1135, %p4.body ]
  %acc11.02687 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1136, %p4.body ]
  %acc12.02686 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1142, %p4.body ]
  %acc13.02685 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1143, %p4.body ]
  %acc14.02684 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1144, %p4.body ]
  %acc15.02683 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1145, %p4.body ]
  %acc16.02682 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1151, %p4.body ]
  %acc17.02681 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1152, %p4.body ]
  %acc18.02680 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1153, %p4.body ]
  %acc19.02679 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1154, %p4.body ]
  %acc20.02678 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1160, %p4.body ]
  %acc21.02677 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1161, %p4.body ]
  %acc22.02676 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1162, %p4.body ]
  %acc23.02675 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1163, %p4.body ]
  %p4.addr.02674 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1115 = shl nuw nsw i64 %p4.addr.02674, 6
  %1116 = getelementptr inbounds float, ptr %work, i64 %1115
  %1117 = load <16 x float>, ptr %1116, align 4
  %1118 = or disjoint i64 %1115, 16
  %1119 = getelementptr inbounds float, ptr %work, i64 %1118
  %1120 = load <16 x float>, ptr %1119, align 4
  %1121 = or disjoint i64 %1115, 32
  %1122 = getelementptr inbounds float, ptr %work, i64 %1121
  %1123 = load <16 x float>, ptr %1122, align 4
  %1124 = or disjoint i64 %1115, 48
  %1125 = getelementptr inbounds float, ptr %work, i64 %1124
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = add nuw nsw i64 %p4.addr.02674, %1114
  %1128 = or disjoint i64 %1127, 4096
  %1129 = getelementptr inbounds float, ptr %Bk, i64 %1128
  %1130 = load float, ptr %1129, align 4
  %1131 = insertelement <16 x float> poison, float %1130, i64 0
  %1132 = shufflevector <16 x float> %1131, <16 x float> poison, <16 x i32> zeroinitializer
  %1133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1117, <16 x float> %acc8.02690)
  %1134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1120, <16 x float> %acc9.02689)
  %1135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1123, <16 x float> %acc10.02688)
  %1136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1126, <16 x float> %acc11.02687)
  %1137 = or disjoint i64 %1127, 4128
  %1138 = getelementptr inbounds float, ptr %Bk, i64 %1137
  %1139 = load float, ptr %1138, align 4
  %1140 = insertelement <16 x float> poison, float %1139, i64 0
  %1141 = shufflevector <16 x float> %1140, <16 x float> poison, <16 x i32> zeroinitializer
  %1142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1117, <16 x float> %acc12.02686)
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1120, <16 x float> %acc13.02685)
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1123, <16 x float> %acc14.02684)
  %1145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1126, <16 x float> %acc15.02683)
  %1146 = or disjoint i64 %1127, 4160
  %1147 = getelementptr inbounds float, ptr %Bk, i64 %1146
  %1148 = load float, ptr %1147, align 4
  %1149 = insertelement <16 x float> poison, float %1148, i64 0
  %1150 = shufflevector <16 x float> %1149, <16 x float> poison, <16 x i32> zeroinitializer
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1117, <16 x float> %acc16.02682)
  %1152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1120, <16 x float> %acc17.02681)
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1123, <16 x float> %acc18.02680)
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1126, <16 x float> %acc19.02679)
  %1155 = or disjoint i64 %1127, 4192
  %1156 = getelementptr inbounds float, ptr %Bk, i64 %1155
  %1157 = load float, ptr %1156, align 4
  %1158 = insertelement <16 x float> poison, float %1157, i64 0
  %1159 = shufflevector <16 x float> %1158, <16 x float> poison, <16 x i32> zeroinitializer
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1117, <16 x float> %acc20.02678)
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1120, <16 x float> %acc21.02677)
  %1162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1123, <16 x float> %acc22.02676)
  %1163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1126, <16 x float> %acc23.02675)
  %p4.next = add nuw nsw i64 %p4.addr.02674, 1
  %exitcond3165.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3165.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1164 = shl nuw nsw i64 %i24.addr.02691, 6
  %1165 = getelementptr inbounds float, ptr %KSdS, i64 %1164
  store <16 x float> %1133, ptr %1165, align 4
  %1166 = or disjoint i64 %1164, 16
  %1167 = getelementptr inbounds float, ptr %KSdS, i64 %1166
  store <16 x float> %1134, ptr %1167, align 4
  %1168 = or disjoint i64 %1164, 32
  %1169 = getelementptr inbounds float, ptr %KSdS, i64 %1168
  store <16 x float> %1135, ptr %1169, align 4
  %1170 = or disjoint i64 %1164, 48
  %1171 = getelementptr inbounds float, ptr %KSdS, i64 %1170
  store <16 x float> %1136, ptr %1171, align 4
  %1172 = or disjoint i64 %1164, 64
  %1173 = getelementptr inbounds float, ptr %KSdS, i64 %1172
  store <16 x float> %1142, ptr %1173, align 4
  %1174 = or disjoint i64 %1164, 80
  %1175 = getelementptr inbounds float, ptr %KSdS, i64 %1174
  store <16 x float> %1143, ptr %1175, align 4
  %1176 = or disjoint i64 %1164, 96
  %1177 = getelementptr inbounds float, ptr %KSdS, i64 %1176
  store <16 x float> %1144, ptr %1177, align 4
  %1178 = or disjoint i64 %1164, 112
  %1179 = getelementptr inbounds float, ptr %KSdS, i64 %1178
  store <16 x float> %1145, ptr %1179, align 4
  %1180 = or disjoint i64 %1164, 128
  %1181 = getelementptr inbounds float, ptr %KSdS, i64 %1180
  store <16 x float> %1151, ptr %1181, align 4
  %1182 = or disjoint i64 %1164, 144
  %1183 = getelementptr inbounds float, ptr %KSdS, i64 %1182
  store <16 x float> %1152, ptr %1183, align 4
  %1184 = or disjoint i64 %1164, 160
  %1185 = getelementptr inbounds float, ptr %KSdS, i64 %1184
  store <16 x float> %1153, ptr %1185, align 4
  %1186 = or disjoint i64 %1164, 176
  %1187 = getelementptr inbounds float, ptr %KSdS, i64 %1186
  store <16 x float> %1154, ptr %1187, align 4
  %1188 = or disjoint i64 %1164, 192
  %1189 = getelementptr inbounds float, ptr %KSdS, i64 %1188
  store <16 x float> %1160, ptr %1189, align 4
  %1190 = or disjoint i64 %1164, 208
  %1191 = getelementptr inbounds float, ptr %KSdS, i64 %1190
  store <16 x float> %1161, ptr %1191, align 4
  %1192 = or disjoint i64 %1164, 224
  %1193 = getelementptr inbounds float, ptr %KSdS, i64 %1192
  store <16 x float> %1162, ptr %1193, align 4
  %1194 = or disjoint i64 %1164, 240
  %1195 = getelementptr inbounds float, ptr %KSdS, i64 %1194
  store <16 x float> %1163, ptr %1195, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02691, 4
  %1196 = icmp ult i64 %i24.addr.02691, 124
  br i1 %1196, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02693 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2946 = shl nsw i64 %i25.addr.02693, 7
  %1197 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2946
  %1198 = load <16 x float>, ptr %1197, align 4
  %.idx2947 = shl nsw i64 %i25.addr.02693, 8
  %1199 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2947
  %1200 = load <16 x float>, ptr %1199, align 4
  %1201 = fsub <16 x float> %1198, %1200
  store <16 x float> %1201, ptr %1197, align 4
  %1202 = getelementptr inbounds i8, ptr %24, i64 %.idx2946
  %1203 = load <16 x float>, ptr %1202, align 4
  %1204 = getelementptr inbounds i8, ptr %25, i64 %.idx2947
  %1205 = load <16 x float>, ptr %1204, align 4
  %1206 = fsub <16 x float> %1203, %1205
  store <16 x float> %1206, ptr %1202, align 4
  %i25.next = or disjoint i64 %i25.addr.02693, 1
  %.idx2946.1 = shl nsw i64 %i25.next, 7
  %1207 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2946.1
  %1208 = load <16 x float>, ptr %1207, align 4
  %.idx2947.1 = shl nsw i64 %i25.next, 8
  %1209 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2947.1
  %1210 = load <16 x float>, ptr %1209, align 4
  %1211 = fsub <16 x float> %1208, %1210
  store <16 x float> %1211, ptr %1207, align 4
  %1212 = getelementptr inbounds i8, ptr %24, i64 %.idx2946.1
  %1213 = load <16 x float>, ptr %1212, align 4
  %1214 = getelementptr inbounds i8, ptr %25, i64 %.idx2947.1
  %1215 = load <16 x float>, ptr %1214, align 4
  %1216 = fsub <16 x float> %1213, %1215
  store <16 x float> %1216, ptr %1212, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02693, 2
  %.idx2946.2 = shl nsw i64 %i25.next.1, 7
  %1217 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2946.2
  %1218 = load <16 x float>, ptr %1217, align 4
  %.idx2947.2 = shl nsw i64 %i25.next.1, 8
  %1219 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2947.2
  %1220 = load <16 x float>, ptr %1219, align 4
  %1221 = fsub <16 x float> %1218, %1220
  store <16 x float> %1221, ptr %1217, align 4
  %1222 = getelementptr inbounds i8, ptr %24, i64 %.idx2946.2
  %1223 = load <16 x float>, ptr %1222, align 4
  %1224 = getelementptr inbounds i8, ptr %25, i64 %.idx2947.2
  %1225 = load <16 x float>, ptr %1224, align 4
  %1226 = fsub <16 x float> %1223, %1225
  store <16 x float> %1226, ptr %1222, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02693, 3
  %.idx2946.3 = shl nsw i64 %i25.next.2, 7
  %1227 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2946.3
  %1228 = load <16 x float>, ptr %1227, align 4
  %.idx2947.3 = shl nsw i64 %i25.next.2, 8
  %1229 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2947.3
  %1230 = load <16 x float>, ptr %1229, align 4
  %1231 = fsub <16 x float> %1228, %1230
  store <16 x float> %1231, ptr %1227, align 4
  %1232 = getelementptr inbounds i8, ptr %24, i64 %.idx2946.3
  %1233 = load <16 x float>, ptr %1232, align 4
  %1234 = getelementptr inbounds i8, ptr %25, i64 %.idx2947.3
  %1235 = load <16 x float>, ptr %1234, align 4
  %1236 = fsub <16 x float> %1233, %1235
  store <16 x float> %1236, ptr %1232, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02693, 4
  %exitcond3166.not.3 = icmp eq i64 %i25.next.3, 128
  br i1 %exitcond3166.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02710 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1237 = shl nuw nsw i64 %ib.addr.02710, 2
  %umax3757 = tail call i64 @llvm.umax.i64(i64 %1237, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02710, 2
  %.not2948 = icmp eq i64 %ib.addr.02710, 0
  br i1 %.not2948, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2591 = shl nuw nsw i64 %ib.addr.02710, 11
  %1238 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2591
  %1239 = shl nuw nsw i64 %ib.addr.02710, 9
  %1240 = or disjoint i64 %1239, 128
  %1241 = getelementptr inbounds float, ptr %Gm, i64 %1240
  %1242 = or disjoint i64 %1239, 256
  %1243 = getelementptr inbounds float, ptr %Gm, i64 %1242
  %1244 = or disjoint i64 %1239, 384
  %1245 = getelementptr inbounds float, ptr %Gm, i64 %1244
  %xtraiter = and i64 %umax3757, 1
  %1246 = icmp eq i64 %umax3757, 1
  br i1 %1246, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3757, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02702 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1287, %j21.body ]
  %acc25.02701 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1288, %j21.body ]
  %acc26.02700 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1293, %j21.body ]
  %acc27.02699 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1294, %j21.body ]
  %acc28.02698 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1299, %j21.body ]
  %acc29.02697 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1300, %j21.body ]
  %acc30.02696 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1305, %j21.body ]
  %acc31.02695 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1306, %j21.body ]
  %j21.addr.02694 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1247 = shl nsw i64 %j21.addr.02694, 5
  %1248 = getelementptr inbounds float, ptr %Vn, i64 %1247
  %1249 = load <16 x float>, ptr %1248, align 4
  %1250 = or disjoint i64 %1247, 16
  %1251 = getelementptr inbounds float, ptr %Vn, i64 %1250
  %1252 = load <16 x float>, ptr %1251, align 4
  %1253 = getelementptr inbounds float, ptr %1238, i64 %j21.addr.02694
  %1254 = load float, ptr %1253, align 4
  %1255 = insertelement <16 x float> poison, float %1254, i64 0
  %1256 = shufflevector <16 x float> %1255, <16 x float> poison, <16 x i32> zeroinitializer
  %1257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1256, <16 x float> %1249, <16 x float> %acc24.02702)
  %1258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1256, <16 x float> %1252, <16 x float> %acc25.02701)
  %1259 = getelementptr inbounds float, ptr %1241, i64 %j21.addr.02694
  %1260 = load float, ptr %1259, align 4
  %1261 = insertelement <16 x float> poison, float %1260, i64 0
  %1262 = shufflevector <16 x float> %1261, <16 x float> poison, <16 x i32> zeroinitializer
  %1263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1262, <16 x float> %1249, <16 x float> %acc26.02700)
  %1264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1262, <16 x float> %1252, <16 x float> %acc27.02699)
  %1265 = getelementptr inbounds float, ptr %1243, i64 %j21.addr.02694
  %1266 = load float, ptr %1265, align 4
  %1267 = insertelement <16 x float> poison, float %1266, i64 0
  %1268 = shufflevector <16 x float> %1267, <16 x float> poison, <16 x i32> zeroinitializer
  %1269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1268, <16 x float> %1249, <16 x float> %acc28.02698)
  %1270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1268, <16 x float> %1252, <16 x float> %acc29.02697)
  %1271 = getelementptr inbounds float, ptr %1245, i64 %j21.addr.02694
  %1272 = load float, ptr %1271, align 4
  %1273 = insertelement <16 x float> poison, float %1272, i64 0
  %1274 = shufflevector <16 x float> %1273, <16 x float> poison, <16 x i32> zeroinitializer
  %1275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1274, <16 x float> %1249, <16 x float> %acc30.02696)
  %1276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1274, <16 x float> %1252, <16 x float> %acc31.02695)
  %j21.next = or disjoint i64 %j21.addr.02694, 1
  %1277 = shl nsw i64 %j21.next, 5
  %1278 = getelementptr inbounds float, ptr %Vn, i64 %1277
  %1279 = load <16 x float>, ptr %1278, align 4
  %1280 = or disjoint i64 %1277, 16
  %1281 = getelementptr inbounds float, ptr %Vn, i64 %1280
  %1282 = load <16 x float>, ptr %1281, align 4
  %1283 = getelementptr inbounds float, ptr %1238, i64 %j21.next
  %1284 = load float, ptr %1283, align 4
  %1285 = insertelement <16 x float> poison, float %1284, i64 0
  %1286 = shufflevector <16 x float> %1285, <16 x float> poison, <16 x i32> zeroinitializer
  %1287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1286, <16 x float> %1279, <16 x float> %1257)
  %1288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1286, <16 x float> %1282, <16 x float> %1258)
  %1289 = getelementptr inbounds float, ptr %1241, i64 %j21.next
  %1290 = load float, ptr %1289, align 4
  %1291 = insertelement <16 x float> poison, float %1290, i64 0
  %1292 = shufflevector <16 x float> %1291, <16 x float> poison, <16 x i32> zeroinitializer
  %1293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1292, <16 x float> %1279, <16 x float> %1263)
  %1294 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1292, <16 x float> %1282, <16 x float> %1264)
  %1295 = getelementptr inbounds float, ptr %1243, i64 %j21.next
  %1296 = load float, ptr %1295, align 4
  %1297 = insertelement <16 x float> poison, float %1296, i64 0
  %1298 = shufflevector <16 x float> %1297, <16 x float> poison, <16 x i32> zeroinitializer
  %1299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1298, <16 x float> %1279, <16 x float> %1269)
  %1300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1298, <16 x float> %1282, <16 x float> %1270)
  %1301 = getelementptr inbounds float, ptr %1245, i64 %j21.next
  %1302 = load float, ptr %1301, align 4
  %1303 = insertelement <16 x float> poison, float %1302, i64 0
  %1304 = shufflevector <16 x float> %1303, <16 x float> poison, <16 x i32> zeroinitializer
  %1305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1304, <16 x float> %1279, <16 x float> %1275)
  %1306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1304, <16 x float> %1282, <16 x float> %1276)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02694, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3628.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1287, %j21.body ]
  %.lcssa3627.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1288, %j21.body ]
  %.lcssa3626.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1293, %j21.body ]
  %.lcssa3625.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1294, %j21.body ]
  %.lcssa3624.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1299, %j21.body ]
  %.lcssa3623.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1300, %j21.body ]
  %.lcssa3622.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1305, %j21.body ]
  %.lcssa3621.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1306, %j21.body ]
  %acc24.02702.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1287, %j21.body ]
  %acc25.02701.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1288, %j21.body ]
  %acc26.02700.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1293, %j21.body ]
  %acc27.02699.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1294, %j21.body ]
  %acc28.02698.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1299, %j21.body ]
  %acc29.02697.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1300, %j21.body ]
  %acc30.02696.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1305, %j21.body ]
  %acc31.02695.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1306, %j21.body ]
  %j21.addr.02694.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1307 = shl nsw i64 %j21.addr.02694.unr, 5
  %1308 = getelementptr inbounds float, ptr %Vn, i64 %1307
  %1309 = load <16 x float>, ptr %1308, align 4
  %1310 = or disjoint i64 %1307, 16
  %1311 = getelementptr inbounds float, ptr %Vn, i64 %1310
  %1312 = load <16 x float>, ptr %1311, align 4
  %1313 = getelementptr inbounds float, ptr %1238, i64 %j21.addr.02694.unr
  %1314 = load float, ptr %1313, align 4
  %1315 = insertelement <16 x float> poison, float %1314, i64 0
  %1316 = shufflevector <16 x float> %1315, <16 x float> poison, <16 x i32> zeroinitializer
  %1317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1316, <16 x float> %1309, <16 x float> %acc24.02702.unr)
  %1318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1316, <16 x float> %1312, <16 x float> %acc25.02701.unr)
  %1319 = getelementptr inbounds float, ptr %1241, i64 %j21.addr.02694.unr
  %1320 = load float, ptr %1319, align 4
  %1321 = insertelement <16 x float> poison, float %1320, i64 0
  %1322 = shufflevector <16 x float> %1321, <16 x float> poison, <16 x i32> zeroinitializer
  %1323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1309, <16 x float> %acc26.02700.unr)
  %1324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1312, <16 x float> %acc27.02699.unr)
  %1325 = getelementptr inbounds float, ptr %1243, i64 %j21.addr.02694.unr
  %1326 = load float, ptr %1325, align 4
  %1327 = insertelement <16 x float> poison, float %1326, i64 0
  %1328 = shufflevector <16 x float> %1327, <16 x float> poison, <16 x i32> zeroinitializer
  %1329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1328, <16 x float> %1309, <16 x float> %acc28.02698.unr)
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1328, <16 x float> %1312, <16 x float> %acc29.02697.unr)
  %1331 = getelementptr inbounds float, ptr %1245, i64 %j21.addr.02694.unr
  %1332 = load float, ptr %1331, align 4
  %1333 = insertelement <16 x float> poison, float %1332, i64 0
  %1334 = shufflevector <16 x float> %1333, <16 x float> poison, <16 x i32> zeroinitializer
  %1335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1334, <16 x float> %1309, <16 x float> %acc30.02696.unr)
  %1336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1334, <16 x float> %1312, <16 x float> %acc31.02695.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3621.ph, %j21.exit.loopexit.unr-lcssa ], [ %1336, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3622.ph, %j21.exit.loopexit.unr-lcssa ], [ %1335, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3623.ph, %j21.exit.loopexit.unr-lcssa ], [ %1330, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3624.ph, %j21.exit.loopexit.unr-lcssa ], [ %1329, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3625.ph, %j21.exit.loopexit.unr-lcssa ], [ %1324, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3626.ph, %j21.exit.loopexit.unr-lcssa ], [ %1323, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3627.ph, %j21.exit.loopexit.unr-lcssa ], [ %1318, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3628.ph, %j21.exit.loopexit.unr-lcssa ], [ %1317, %j21.body.epil ]
  %1337 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1338 = load float, ptr %1337, align 4
  %1339 = shl nuw nsw i64 %ib.addr.02710, 7
  %1340 = getelementptr inbounds float, ptr %Rr, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = fsub <16 x float> %1341, %acc24.0.lcssa
  store <16 x float> %1342, ptr %1340, align 4
  %1343 = insertelement <16 x float> poison, float %1338, i64 0
  %1344 = shufflevector <16 x float> %1343, <16 x float> poison, <16 x i32> zeroinitializer
  %1345 = fmul <16 x float> %1344, %1342
  %1346 = getelementptr inbounds float, ptr %Vn, i64 %1339
  store <16 x float> %1345, ptr %1346, align 4
  %1347 = shl nuw nsw i64 %ib.addr.02710, 10
  %1348 = getelementptr inbounds float, ptr %Ak, i64 %1347
  store <16 x float> %1345, ptr %1348, align 4
  %1349 = or disjoint i64 %1339, 16
  %1350 = getelementptr inbounds float, ptr %Rr, i64 %1349
  %1351 = load <16 x float>, ptr %1350, align 4
  %1352 = fsub <16 x float> %1351, %acc25.0.lcssa
  store <16 x float> %1352, ptr %1350, align 4
  %1353 = fmul <16 x float> %1344, %1352
  %1354 = getelementptr inbounds float, ptr %Vn, i64 %1349
  store <16 x float> %1353, ptr %1354, align 4
  %1355 = or disjoint i64 %1347, 16
  %1356 = getelementptr inbounds float, ptr %Ak, i64 %1355
  store <16 x float> %1353, ptr %1356, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2949 = shl nsw i64 %i26, 9
  %1357 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2949
  %1358 = getelementptr inbounds float, ptr %1357, i64 %i0
  %1359 = load float, ptr %1358, align 4
  %1360 = insertelement <16 x float> poison, float %1359, i64 0
  %1361 = shufflevector <16 x float> %1360, <16 x float> poison, <16 x i32> zeroinitializer
  %1362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1361, <16 x float> %1345, <16 x float> %acc26.0.lcssa)
  %1363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1361, <16 x float> %1353, <16 x float> %acc27.0.lcssa)
  %1364 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1365 = load float, ptr %1364, align 4
  %1366 = shl nuw nsw i64 %i26, 5
  %1367 = getelementptr inbounds float, ptr %Rr, i64 %1366
  %1368 = load <16 x float>, ptr %1367, align 4
  %1369 = fsub <16 x float> %1368, %1362
  store <16 x float> %1369, ptr %1367, align 4
  %1370 = insertelement <16 x float> poison, float %1365, i64 0
  %1371 = shufflevector <16 x float> %1370, <16 x float> poison, <16 x i32> zeroinitializer
  %1372 = fmul <16 x float> %1371, %1369
  %1373 = getelementptr inbounds float, ptr %Vn, i64 %1366
  store <16 x float> %1372, ptr %1373, align 4
  %1374 = shl nuw nsw i64 %i26, 8
  %1375 = getelementptr inbounds float, ptr %Ak, i64 %1374
  store <16 x float> %1372, ptr %1375, align 4
  %1376 = or disjoint i64 %1366, 16
  %1377 = getelementptr inbounds float, ptr %Rr, i64 %1376
  %1378 = load <16 x float>, ptr %1377, align 4
  %1379 = fsub <16 x float> %1378, %1363
  store <16 x float> %1379, ptr %1377, align 4
  %1380 = fmul <16 x float> %1371, %1379
  %1381 = getelementptr inbounds float, ptr %Vn, i64 %1376
  store <16 x float> %1380, ptr %1381, align 4
  %1382 = or disjoint i64 %1374, 16
  %1383 = getelementptr inbounds float, ptr %Ak, i64 %1382
  store <16 x float> %1380, ptr %1383, align 4
  %i27 = or disjoint i64 %i0, 2
  %1384 = shl nuw nsw i64 %i27, 7
  %1385 = or disjoint i64 %1384, %i0
  %1386 = getelementptr inbounds float, ptr %Gm, i64 %1385
  %1387 = load float, ptr %1386, align 4
  %1388 = insertelement <16 x float> poison, float %1387, i64 0
  %1389 = shufflevector <16 x float> %1388, <16 x float> poison, <16 x i32> zeroinitializer
  %1390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1389, <16 x float> %1345, <16 x float> %acc28.0.lcssa)
  %1391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1389, <16 x float> %1353, <16 x float> %acc29.0.lcssa)
  %1392 = or disjoint i64 %1384, %i26
  %1393 = getelementptr inbounds float, ptr %Gm, i64 %1392
  %1394 = load float, ptr %1393, align 4
  %1395 = insertelement <16 x float> poison, float %1394, i64 0
  %1396 = shufflevector <16 x float> %1395, <16 x float> poison, <16 x i32> zeroinitializer
  %1397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1396, <16 x float> %1372, <16 x float> %1390)
  %1398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1396, <16 x float> %1380, <16 x float> %1391)
  %1399 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1400 = load float, ptr %1399, align 4
  %1401 = shl nuw nsw i64 %i27, 5
  %1402 = getelementptr inbounds float, ptr %Rr, i64 %1401
  %1403 = load <16 x float>, ptr %1402, align 4
  %1404 = fsub <16 x float> %1403, %1397
  store <16 x float> %1404, ptr %1402, align 4
  %1405 = insertelement <16 x float> poison, float %1400, i64 0
  %1406 = shufflevector <16 x float> %1405, <16 x float> poison, <16 x i32> zeroinitializer
  %1407 = fmul <16 x float> %1406, %1404
  %1408 = getelementptr inbounds float, ptr %Vn, i64 %1401
  store <16 x float> %1407, ptr %1408, align 4
  %1409 = shl nuw nsw i64 %i27, 8
  %1410 = getelementptr inbounds float, ptr %Ak, i64 %1409
  store <16 x float> %1407, ptr %1410, align 4
  %1411 = or disjoint i64 %1401, 16
  %1412 = getelementptr inbounds float, ptr %Rr, i64 %1411
  %1413 = load <16 x float>, ptr %1412, align 4
  %1414 = fsub <16 x float> %1413, %1398
  store <16 x float> %1414, ptr %1412, align 4
  %1415 = fmul <16 x float> %1406, %1414
  %1416 = getelementptr inbounds float, ptr %Vn, i64 %1411
  store <16 x float> %1415, ptr %1416, align 4
  %1417 = or disjoint i64 %1409, 16
  %1418 = getelementptr inbounds float, ptr %Ak, i64 %1417
  store <16 x float> %1415, ptr %1418, align 4
  %i28 = or disjoint i64 %i0, 3
  %1419 = shl nuw nsw i64 %i28, 7
  %1420 = or disjoint i64 %1419, %i0
  %1421 = getelementptr inbounds float, ptr %Gm, i64 %1420
  %1422 = load float, ptr %1421, align 4
  %1423 = insertelement <16 x float> poison, float %1422, i64 0
  %1424 = shufflevector <16 x float> %1423, <16 x float> poison, <16 x i32> zeroinitializer
  %1425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1345, <16 x float> %acc30.0.lcssa)
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1353, <16 x float> %acc31.0.lcssa)
  %1427 = or disjoint i64 %1419, %i26
  %1428 = getelementptr inbounds float, ptr %Gm, i64 %1427
  %1429 = load float, ptr %1428, align 4
  %1430 = insertelement <16 x float> poison, float %1429, i64 0
  %1431 = shufflevector <16 x float> %1430, <16 x float> poison, <16 x i32> zeroinitializer
  %1432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1431, <16 x float> %1372, <16 x float> %1425)
  %1433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1431, <16 x float> %1380, <16 x float> %1426)
  %1434 = or disjoint i64 %1419, %i27
  %1435 = getelementptr inbounds float, ptr %Gm, i64 %1434
  %1436 = load float, ptr %1435, align 4
  %1437 = insertelement <16 x float> poison, float %1436, i64 0
  %1438 = shufflevector <16 x float> %1437, <16 x float> poison, <16 x i32> zeroinitializer
  %1439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1438, <16 x float> %1407, <16 x float> %1432)
  %1440 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1438, <16 x float> %1415, <16 x float> %1433)
  %1441 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1442 = load float, ptr %1441, align 4
  %1443 = shl nuw nsw i64 %i28, 5
  %1444 = getelementptr inbounds float, ptr %Rr, i64 %1443
  %1445 = load <16 x float>, ptr %1444, align 4
  %1446 = fsub <16 x float> %1445, %1439
  store <16 x float> %1446, ptr %1444, align 4
  %1447 = insertelement <16 x float> poison, float %1442, i64 0
  %1448 = shufflevector <16 x float> %1447, <16 x float> poison, <16 x i32> zeroinitializer
  %1449 = fmul <16 x float> %1448, %1446
  %1450 = getelementptr inbounds float, ptr %Vn, i64 %1443
  store <16 x float> %1449, ptr %1450, align 4
  %1451 = shl nuw nsw i64 %i28, 8
  %1452 = getelementptr inbounds float, ptr %Ak, i64 %1451
  store <16 x float> %1449, ptr %1452, align 4
  %1453 = or disjoint i64 %1443, 16
  %1454 = getelementptr inbounds float, ptr %Rr, i64 %1453
  %1455 = load <16 x float>, ptr %1454, align 4
  %1456 = fsub <16 x float> %1455, %1440
  store <16 x float> %1456, ptr %1454, align 4
  %1457 = fmul <16 x float> %1448, %1456
  %1458 = getelementptr inbounds float, ptr %Vn, i64 %1453
  store <16 x float> %1457, ptr %1458, align 4
  %1459 = or disjoint i64 %1451, 16
  %1460 = getelementptr inbounds float, ptr %Ak, i64 %1459
  store <16 x float> %1457, ptr %1460, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02710, 1
  %exitcond3168.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3168.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02712 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1461 = shl nuw nsw i64 %i29.addr.02712, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1462 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02711 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1463 = or disjoint i64 %j22.addr.02711, %1461
  %1464 = getelementptr inbounds float, ptr %Vn, i64 %1463
  %1465 = load <16 x float>, ptr %1464, align 4
  %1466 = or disjoint i64 %1463, 256
  %1467 = getelementptr inbounds float, ptr %Vn, i64 %1466
  %1468 = load <16 x float>, ptr %1467, align 4
  %1469 = or disjoint i64 %1463, 32
  %1470 = getelementptr inbounds float, ptr %Vn, i64 %1469
  %1471 = load <16 x float>, ptr %1470, align 4
  %1472 = or disjoint i64 %1463, 288
  %1473 = getelementptr inbounds float, ptr %Vn, i64 %1472
  %1474 = load <16 x float>, ptr %1473, align 4
  %1475 = or disjoint i64 %1463, 64
  %1476 = getelementptr inbounds float, ptr %Vn, i64 %1475
  %1477 = load <16 x float>, ptr %1476, align 4
  %1478 = or disjoint i64 %1463, 320
  %1479 = getelementptr inbounds float, ptr %Vn, i64 %1478
  %1480 = load <16 x float>, ptr %1479, align 4
  %1481 = or disjoint i64 %1463, 96
  %1482 = getelementptr inbounds float, ptr %Vn, i64 %1481
  %1483 = load <16 x float>, ptr %1482, align 4
  %1484 = or disjoint i64 %1463, 352
  %1485 = getelementptr inbounds float, ptr %Vn, i64 %1484
  %1486 = load <16 x float>, ptr %1485, align 4
  %1487 = or disjoint i64 %1463, 128
  %1488 = getelementptr inbounds float, ptr %Vn, i64 %1487
  %1489 = load <16 x float>, ptr %1488, align 4
  %1490 = or disjoint i64 %1463, 384
  %1491 = getelementptr inbounds float, ptr %Vn, i64 %1490
  %1492 = load <16 x float>, ptr %1491, align 4
  %1493 = or disjoint i64 %1463, 160
  %1494 = getelementptr inbounds float, ptr %Vn, i64 %1493
  %1495 = load <16 x float>, ptr %1494, align 4
  %1496 = or disjoint i64 %1463, 416
  %1497 = getelementptr inbounds float, ptr %Vn, i64 %1496
  %1498 = load <16 x float>, ptr %1497, align 4
  %1499 = or disjoint i64 %1463, 192
  %1500 = getelementptr inbounds float, ptr %Vn, i64 %1499
  %1501 = load <16 x float>, ptr %1500, align 4
  %1502 = or disjoint i64 %1463, 448
  %1503 = getelementptr inbounds float, ptr %Vn, i64 %1502
  %1504 = load <16 x float>, ptr %1503, align 4
  %1505 = or disjoint i64 %1463, 224
  %1506 = getelementptr inbounds float, ptr %Vn, i64 %1505
  %1507 = load <16 x float>, ptr %1506, align 4
  %1508 = or disjoint i64 %1463, 480
  %1509 = getelementptr inbounds float, ptr %Vn, i64 %1508
  %1510 = load <16 x float>, ptr %1509, align 4
  %1511 = shufflevector <16 x float> %1465, <16 x float> %1468, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1512 = shufflevector <16 x float> %1489, <16 x float> %1492, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1513 = shufflevector <16 x float> %1471, <16 x float> %1474, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1514 = shufflevector <16 x float> %1495, <16 x float> %1498, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1515 = shufflevector <16 x float> %1477, <16 x float> %1480, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1516 = shufflevector <16 x float> %1501, <16 x float> %1504, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1517 = shufflevector <16 x float> %1483, <16 x float> %1486, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1518 = shufflevector <16 x float> %1507, <16 x float> %1510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1519 = shufflevector <16 x float> %1465, <16 x float> %1468, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1520 = shufflevector <16 x float> %1489, <16 x float> %1492, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1521 = shufflevector <16 x float> %1471, <16 x float> %1474, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1522 = shufflevector <16 x float> %1495, <16 x float> %1498, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1523 = shufflevector <16 x float> %1477, <16 x float> %1480, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1524 = shufflevector <16 x float> %1501, <16 x float> %1504, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1525 = shufflevector <16 x float> %1483, <16 x float> %1486, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1526 = shufflevector <16 x float> %1507, <16 x float> %1510, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1527 = shufflevector <16 x float> %1511, <16 x float> %1512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1528 = shufflevector <16 x float> %1515, <16 x float> %1516, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1529 = shufflevector <16 x float> %1513, <16 x float> %1514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1530 = shufflevector <16 x float> %1517, <16 x float> %1518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1531 = shufflevector <16 x float> %1511, <16 x float> %1512, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1532 = shufflevector <16 x float> %1515, <16 x float> %1516, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1533 = shufflevector <16 x float> %1513, <16 x float> %1514, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1534 = shufflevector <16 x float> %1517, <16 x float> %1518, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1535 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1536 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1537 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1538 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1539 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1540 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1541 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1542 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1543 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1544 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1545 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1546 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1547 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1548 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1549 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1550 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1551 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1552 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1553 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1554 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1555 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1556 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1557 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1558 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1559 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1560 = shl nuw nsw i64 %j22.addr.02711, 7
  %1561 = add nuw nsw i64 %1560, %i29.addr.02712
  %1562 = getelementptr inbounds float, ptr %VnT, i64 %1561
  store <16 x float> %1559, ptr %1562, align 4
  %1563 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1564 = or disjoint i64 %1561, 128
  %1565 = getelementptr inbounds float, ptr %VnT, i64 %1564
  store <16 x float> %1563, ptr %1565, align 4
  %1566 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1567 = or disjoint i64 %1561, 256
  %1568 = getelementptr inbounds float, ptr %VnT, i64 %1567
  store <16 x float> %1566, ptr %1568, align 4
  %1569 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1570 = or disjoint i64 %1561, 384
  %1571 = getelementptr inbounds float, ptr %VnT, i64 %1570
  store <16 x float> %1569, ptr %1571, align 4
  %1572 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1573 = or disjoint i64 %1561, 512
  %1574 = getelementptr inbounds float, ptr %VnT, i64 %1573
  store <16 x float> %1572, ptr %1574, align 4
  %1575 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1576 = or disjoint i64 %1561, 640
  %1577 = getelementptr inbounds float, ptr %VnT, i64 %1576
  store <16 x float> %1575, ptr %1577, align 4
  %1578 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1579 = or disjoint i64 %1561, 768
  %1580 = getelementptr inbounds float, ptr %VnT, i64 %1579
  store <16 x float> %1578, ptr %1580, align 4
  %1581 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1582 = or disjoint i64 %1561, 896
  %1583 = getelementptr inbounds float, ptr %VnT, i64 %1582
  store <16 x float> %1581, ptr %1583, align 4
  %1584 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1585 = or disjoint i64 %1561, 1024
  %1586 = getelementptr inbounds float, ptr %VnT, i64 %1585
  store <16 x float> %1584, ptr %1586, align 4
  %1587 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1588 = or disjoint i64 %1561, 1152
  %1589 = getelementptr inbounds float, ptr %VnT, i64 %1588
  store <16 x float> %1587, ptr %1589, align 4
  %1590 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1591 = or disjoint i64 %1561, 1280
  %1592 = getelementptr inbounds float, ptr %VnT, i64 %1591
  store <16 x float> %1590, ptr %1592, align 4
  %1593 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1594 = or disjoint i64 %1561, 1408
  %1595 = getelementptr inbounds float, ptr %VnT, i64 %1594
  store <16 x float> %1593, ptr %1595, align 4
  %1596 = shufflevector <16 x float> %1555, <16 x float> %1556, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1597 = or disjoint i64 %1561, 1536
  %1598 = getelementptr inbounds float, ptr %VnT, i64 %1597
  store <16 x float> %1596, ptr %1598, align 4
  %1599 = shufflevector <16 x float> %1555, <16 x float> %1556, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1600 = or disjoint i64 %1561, 1664
  %1601 = getelementptr inbounds float, ptr %VnT, i64 %1600
  store <16 x float> %1599, ptr %1601, align 4
  %1602 = shufflevector <16 x float> %1557, <16 x float> %1558, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1603 = or disjoint i64 %1561, 1792
  %1604 = getelementptr inbounds float, ptr %VnT, i64 %1603
  store <16 x float> %1602, ptr %1604, align 4
  %1605 = shufflevector <16 x float> %1557, <16 x float> %1558, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1606 = or disjoint i64 %1561, 1920
  %1607 = getelementptr inbounds float, ptr %VnT, i64 %1606
  store <16 x float> %1605, ptr %1607, align 4
  br i1 %1462, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02712, 16
  %1608 = icmp ult i64 %i29.addr.02712, 112
  br i1 %1608, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02730 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1609 = shl nuw nsw i64 %i30.addr.02730, 5
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02729 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1628, %p6.body ]
  %acc33.02728 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1629, %p6.body ]
  %acc34.02727 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1630, %p6.body ]
  %acc35.02726 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1631, %p6.body ]
  %acc36.02725 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1637, %p6.body ]
  %acc37.02724 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1638, %p6.body ]
  %acc38.02723 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1639, %p6.body ]
  %acc39.02722 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1640, %p6.body ]
  %acc40.02721 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1646, %p6.body ]
  %acc41.02720 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1647, %p6.body ]
  %acc42.02719 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1648, %p6.body ]
  %acc43.02718 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1649, %p6.body ]
  %acc44.02717 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1655, %p6.body ]
  %acc45.02716 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1656, %p6.body ]
  %acc46.02715 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1657, %p6.body ]
  %acc47.02714 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1658, %p6.body ]
  %p6.addr.02713 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1610 = shl nuw nsw i64 %p6.addr.02713, 6
  %1611 = getelementptr inbounds float, ptr %QcT, i64 %1610
  %1612 = load <16 x float>, ptr %1611, align 4
  %1613 = or disjoint i64 %1610, 16
  %1614 = getelementptr inbounds float, ptr %QcT, i64 %1613
  %1615 = load <16 x float>, ptr %1614, align 4
  %1616 = or disjoint i64 %1610, 32
  %1617 = getelementptr inbounds float, ptr %QcT, i64 %1616
  %1618 = load <16 x float>, ptr %1617, align 4
  %1619 = or disjoint i64 %1610, 48
  %1620 = getelementptr inbounds float, ptr %QcT, i64 %1619
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = add nuw nsw i64 %p6.addr.02713, %1609
  %1623 = or disjoint i64 %1622, 4096
  %1624 = getelementptr inbounds float, ptr %Bk, i64 %1623
  %1625 = load float, ptr %1624, align 4
  %1626 = insertelement <16 x float> poison, float %1625, i64 0
  %1627 = shufflevector <16 x float> %1626, <16 x float> poison, <16 x i32> zeroinitializer
  %1628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1627, <16 x float> %1612, <16 x float> %acc32.02729)
  %1629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1627, <16 x float> %1615, <16 x float> %acc33.02728)
  %1630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1627, <16 x float> %1618, <16 x float> %acc34.02727)
  %1631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1627, <16 x float> %1621, <16 x float> %acc35.02726)
  %1632 = or disjoint i64 %1622, 4128
  %1633 = getelementptr inbounds float, ptr %Bk, i64 %1632
  %1634 = load float, ptr %1633, align 4
  %1635 = insertelement <16 x float> poison, float %1634, i64 0
  %1636 = shufflevector <16 x float> %1635, <16 x float> poison, <16 x i32> zeroinitializer
  %1637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1636, <16 x float> %1612, <16 x float> %acc36.02725)
  %1638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1636, <16 x float> %1615, <16 x float> %acc37.02724)
  %1639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1636, <16 x float> %1618, <16 x float> %acc38.02723)
  %1640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1636, <16 x float> %1621, <16 x float> %acc39.02722)
  %1641 = or disjoint i64 %1622, 4160
  %1642 = getelementptr inbounds float, ptr %Bk, i64 %1641
  %1643 = load float, ptr %1642, align 4
  %1644 = insertelement <16 x float> poison, float %1643, i64 0
  %1645 = shufflevector <16 x float> %1644, <16 x float> poison, <16 x i32> zeroinitializer
  %1646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1612, <16 x float> %acc40.02721)
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1615, <16 x float> %acc41.02720)
  %1648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1618, <16 x float> %acc42.02719)
  %1649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1621, <16 x float> %acc43.02718)
  %1650 = or disjoint i64 %1622, 4192
  %1651 = getelementptr inbounds float, ptr %Bk, i64 %1650
  %1652 = load float, ptr %1651, align 4
  %1653 = insertelement <16 x float> poison, float %1652, i64 0
  %1654 = shufflevector <16 x float> %1653, <16 x float> poison, <16 x i32> zeroinitializer
  %1655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1654, <16 x float> %1612, <16 x float> %acc44.02717)
  %1656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1654, <16 x float> %1615, <16 x float> %acc45.02716)
  %1657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1654, <16 x float> %1618, <16 x float> %acc46.02715)
  %1658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1654, <16 x float> %1621, <16 x float> %acc47.02714)
  %p6.next = add nuw nsw i64 %p6.addr.02713, 1
  %exitcond3169.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3169.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1659 = shl nuw nsw i64 %i30.addr.02730, 6
  %1660 = getelementptr inbounds float, ptr %PT, i64 %1659
  store <16 x float> %1628, ptr %1660, align 4
  %1661 = or disjoint i64 %1659, 16
  %1662 = getelementptr inbounds float, ptr %PT, i64 %1661
  store <16 x float> %1629, ptr %1662, align 4
  %1663 = or disjoint i64 %1659, 32
  %1664 = getelementptr inbounds float, ptr %PT, i64 %1663
  store <16 x float> %1630, ptr %1664, align 4
  %1665 = or disjoint i64 %1659, 48
  %1666 = getelementptr inbounds float, ptr %PT, i64 %1665
  store <16 x float> %1631, ptr %1666, align 4
  %1667 = or disjoint i64 %1659, 64
  %1668 = getelementptr inbounds float, ptr %PT, i64 %1667
  store <16 x float> %1637, ptr %1668, align 4
  %1669 = or disjoint i64 %1659, 80
  %1670 = getelementptr inbounds float, ptr %PT, i64 %1669
  store <16 x float> %1638, ptr %1670, align 4
  %1671 = or disjoint i64 %1659, 96
  %1672 = getelementptr inbounds float, ptr %PT, i64 %1671
  store <16 x float> %1639, ptr %1672, align 4
  %1673 = or disjoint i64 %1659, 112
  %1674 = getelementptr inbounds float, ptr %PT, i64 %1673
  store <16 x float> %1640, ptr %1674, align 4
  %1675 = or disjoint i64 %1659, 128
  %1676 = getelementptr inbounds float, ptr %PT, i64 %1675
  store <16 x float> %1646, ptr %1676, align 4
  %1677 = or disjoint i64 %1659, 144
  %1678 = getelementptr inbounds float, ptr %PT, i64 %1677
  store <16 x float> %1647, ptr %1678, align 4
  %1679 = or disjoint i64 %1659, 160
  %1680 = getelementptr inbounds float, ptr %PT, i64 %1679
  store <16 x float> %1648, ptr %1680, align 4
  %1681 = or disjoint i64 %1659, 176
  %1682 = getelementptr inbounds float, ptr %PT, i64 %1681
  store <16 x float> %1649, ptr %1682, align 4
  %1683 = or disjoint i64 %1659, 192
  %1684 = getelementptr inbounds float, ptr %PT, i64 %1683
  store <16 x float> %1655, ptr %1684, align 4
  %1685 = or disjoint i64 %1659, 208
  %1686 = getelementptr inbounds float, ptr %PT, i64 %1685
  store <16 x float> %1656, ptr %1686, align 4
  %1687 = or disjoint i64 %1659, 224
  %1688 = getelementptr inbounds float, ptr %PT, i64 %1687
  store <16 x float> %1657, ptr %1688, align 4
  %1689 = or disjoint i64 %1659, 240
  %1690 = getelementptr inbounds float, ptr %PT, i64 %1689
  store <16 x float> %1658, ptr %1690, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02730, 4
  %1691 = icmp ult i64 %i30.addr.02730, 124
  br i1 %1691, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t3.addr.02733 = phi i64 [ %t3.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx2950 = shl nsw i64 %t3.addr.02733, 9
  %1692 = getelementptr inbounds i8, ptr %PT, i64 %.idx2950
  %1693 = load <16 x float>, ptr %1692, align 4
  %.idx2951 = shl nsw i64 %t3.addr.02733, 8
  %1694 = getelementptr inbounds i8, ptr %M, i64 %.idx2951
  %1695 = load <16 x float>, ptr %1694, align 4
  %1696 = fmul <16 x float> %1693, %1695
  store <16 x float> %1696, ptr %1692, align 4
  %1697 = getelementptr inbounds i8, ptr %26, i64 %.idx2950
  %1698 = load <16 x float>, ptr %1697, align 4
  %1699 = getelementptr inbounds i8, ptr %27, i64 %.idx2951
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = fmul <16 x float> %1698, %1700
  store <16 x float> %1701, ptr %1697, align 4
  %1702 = getelementptr inbounds i8, ptr %28, i64 %.idx2950
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = getelementptr inbounds i8, ptr %29, i64 %.idx2951
  %1705 = load <16 x float>, ptr %1704, align 4
  %1706 = fmul <16 x float> %1703, %1705
  store <16 x float> %1706, ptr %1702, align 4
  %1707 = getelementptr inbounds i8, ptr %30, i64 %.idx2950
  %1708 = load <16 x float>, ptr %1707, align 4
  %1709 = getelementptr inbounds i8, ptr %31, i64 %.idx2951
  %1710 = load <16 x float>, ptr %1709, align 4
  %1711 = fmul <16 x float> %1708, %1710
  store <16 x float> %1711, ptr %1707, align 4
  %1712 = getelementptr inbounds i8, ptr %1692, i64 256
  %1713 = load <16 x float>, ptr %1712, align 4
  %1714 = load <16 x float>, ptr %1694, align 4
  %1715 = fmul <16 x float> %1713, %1714
  store <16 x float> %1715, ptr %1712, align 4
  %1716 = getelementptr inbounds i8, ptr %1697, i64 256
  %1717 = load <16 x float>, ptr %1716, align 4
  %1718 = load <16 x float>, ptr %1699, align 4
  %1719 = fmul <16 x float> %1717, %1718
  store <16 x float> %1719, ptr %1716, align 4
  %1720 = getelementptr inbounds i8, ptr %1702, i64 256
  %1721 = load <16 x float>, ptr %1720, align 4
  %1722 = load <16 x float>, ptr %1704, align 4
  %1723 = fmul <16 x float> %1721, %1722
  store <16 x float> %1723, ptr %1720, align 4
  %1724 = getelementptr inbounds i8, ptr %1707, i64 256
  %1725 = load <16 x float>, ptr %1724, align 4
  %1726 = load <16 x float>, ptr %1709, align 4
  %1727 = fmul <16 x float> %1725, %1726
  store <16 x float> %1727, ptr %1724, align 4
  %t3.next = or disjoint i64 %t3.addr.02733, 1
  %.idx2950.1 = shl nsw i64 %t3.next, 9
  %1728 = getelementptr inbounds i8, ptr %PT, i64 %.idx2950.1
  %1729 = load <16 x float>, ptr %1728, align 4
  %.idx2951.1 = shl nsw i64 %t3.next, 8
  %1730 = getelementptr inbounds i8, ptr %M, i64 %.idx2951.1
  %1731 = load <16 x float>, ptr %1730, align 4
  %1732 = fmul <16 x float> %1729, %1731
  store <16 x float> %1732, ptr %1728, align 4
  %1733 = getelementptr inbounds i8, ptr %26, i64 %.idx2950.1
  %1734 = load <16 x float>, ptr %1733, align 4
  %1735 = getelementptr inbounds i8, ptr %27, i64 %.idx2951.1
  %1736 = load <16 x float>, ptr %1735, align 4
  %1737 = fmul <16 x float> %1734, %1736
  store <16 x float> %1737, ptr %1733, align 4
  %1738 = getelementptr inbounds i8, ptr %28, i64 %.idx2950.1
  %1739 = load <16 x float>, ptr %1738, align 4
  %1740 = getelementptr inbounds i8, ptr %29, i64 %.idx2951.1
  %1741 = load <16 x float>, ptr %1740, align 4
  %1742 = fmul <16 x float> %1739, %1741
  store <16 x float> %1742, ptr %1738, align 4
  %1743 = getelementptr inbounds i8, ptr %30, i64 %.idx2950.1
  %1744 = load <16 x float>, ptr %1743, align 4
  %1745 = getelementptr inbounds i8, ptr %31, i64 %.idx2951.1
  %1746 = load <16 x float>, ptr %1745, align 4
  %1747 = fmul <16 x float> %1744, %1746
  store <16 x float> %1747, ptr %1743, align 4
  %1748 = getelementptr inbounds i8, ptr %1728, i64 256
  %1749 = load <16 x float>, ptr %1748, align 4
  %1750 = load <16 x float>, ptr %1730, align 4
  %1751 = fmul <16 x float> %1749, %1750
  store <16 x float> %1751, ptr %1748, align 4
  %1752 = getelementptr inbounds i8, ptr %1733, i64 256
  %1753 = load <16 x float>, ptr %1752, align 4
  %1754 = load <16 x float>, ptr %1735, align 4
  %1755 = fmul <16 x float> %1753, %1754
  store <16 x float> %1755, ptr %1752, align 4
  %1756 = getelementptr inbounds i8, ptr %1738, i64 256
  %1757 = load <16 x float>, ptr %1756, align 4
  %1758 = load <16 x float>, ptr %1740, align 4
  %1759 = fmul <16 x float> %1757, %1758
  store <16 x float> %1759, ptr %1756, align 4
  %1760 = getelementptr inbounds i8, ptr %1743, i64 256
  %1761 = load <16 x float>, ptr %1760, align 4
  %1762 = load <16 x float>, ptr %1745, align 4
  %1763 = fmul <16 x float> %1761, %1762
  store <16 x float> %1763, ptr %1760, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02733, 2
  %exitcond3170.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3170.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02735 = phi i64 [ %i33.next.7, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2954 = shl nsw i64 %i33.addr.02735, 8
  %gep3398 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954
  %1764 = load <16 x float>, ptr %gep3398, align 4
  %.idx2955 = shl nsw i64 %i33.addr.02735, 7
  %gep3400 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955
  store <16 x float> %1764, ptr %gep3400, align 4
  %gep3402 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954
  %1765 = load <16 x float>, ptr %gep3402, align 4
  %gep3404 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955
  store <16 x float> %1765, ptr %gep3404, align 4
  %i33.next = or disjoint i64 %i33.addr.02735, 1
  %.idx2954.1 = shl nsw i64 %i33.next, 8
  %gep3398.1 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954.1
  %1766 = load <16 x float>, ptr %gep3398.1, align 4
  %.idx2955.1 = shl nsw i64 %i33.next, 7
  %gep3400.1 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955.1
  store <16 x float> %1766, ptr %gep3400.1, align 4
  %gep3402.1 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954.1
  %1767 = load <16 x float>, ptr %gep3402.1, align 4
  %gep3404.1 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955.1
  store <16 x float> %1767, ptr %gep3404.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02735, 2
  %.idx2954.2 = shl nsw i64 %i33.next.1, 8
  %gep3398.2 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954.2
  %1768 = load <16 x float>, ptr %gep3398.2, align 4
  %.idx2955.2 = shl nsw i64 %i33.next.1, 7
  %gep3400.2 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955.2
  store <16 x float> %1768, ptr %gep3400.2, align 4
  %gep3402.2 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954.2
  %1769 = load <16 x float>, ptr %gep3402.2, align 4
  %gep3404.2 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955.2
  store <16 x float> %1769, ptr %gep3404.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02735, 3
  %.idx2954.3 = shl nsw i64 %i33.next.2, 8
  %gep3398.3 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954.3
  %1770 = load <16 x float>, ptr %gep3398.3, align 4
  %.idx2955.3 = shl nsw i64 %i33.next.2, 7
  %gep3400.3 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955.3
  store <16 x float> %1770, ptr %gep3400.3, align 4
  %gep3402.3 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954.3
  %1771 = load <16 x float>, ptr %gep3402.3, align 4
  %gep3404.3 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955.3
  store <16 x float> %1771, ptr %gep3404.3, align 4
  %i33.next.3 = or disjoint i64 %i33.addr.02735, 4
  %.idx2954.4 = shl nsw i64 %i33.next.3, 8
  %gep3398.4 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954.4
  %1772 = load <16 x float>, ptr %gep3398.4, align 4
  %.idx2955.4 = shl nsw i64 %i33.next.3, 7
  %gep3400.4 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955.4
  store <16 x float> %1772, ptr %gep3400.4, align 4
  %gep3402.4 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954.4
  %1773 = load <16 x float>, ptr %gep3402.4, align 4
  %gep3404.4 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955.4
  store <16 x float> %1773, ptr %gep3404.4, align 4
  %i33.next.4 = or disjoint i64 %i33.addr.02735, 5
  %.idx2954.5 = shl nsw i64 %i33.next.4, 8
  %gep3398.5 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954.5
  %1774 = load <16 x float>, ptr %gep3398.5, align 4
  %.idx2955.5 = shl nsw i64 %i33.next.4, 7
  %gep3400.5 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955.5
  store <16 x float> %1774, ptr %gep3400.5, align 4
  %gep3402.5 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954.5
  %1775 = load <16 x float>, ptr %gep3402.5, align 4
  %gep3404.5 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955.5
  store <16 x float> %1775, ptr %gep3404.5, align 4
  %i33.next.5 = or disjoint i64 %i33.addr.02735, 6
  %.idx2954.6 = shl nsw i64 %i33.next.5, 8
  %gep3398.6 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954.6
  %1776 = load <16 x float>, ptr %gep3398.6, align 4
  %.idx2955.6 = shl nsw i64 %i33.next.5, 7
  %gep3400.6 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955.6
  store <16 x float> %1776, ptr %gep3400.6, align 4
  %gep3402.6 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954.6
  %1777 = load <16 x float>, ptr %gep3402.6, align 4
  %gep3404.6 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955.6
  store <16 x float> %1777, ptr %gep3404.6, align 4
  %i33.next.6 = or disjoint i64 %i33.addr.02735, 7
  %.idx2954.7 = shl nsw i64 %i33.next.6, 8
  %gep3398.7 = getelementptr inbounds i8, ptr %invariant.gep3397, i64 %.idx2954.7
  %1778 = load <16 x float>, ptr %gep3398.7, align 4
  %.idx2955.7 = shl nsw i64 %i33.next.6, 7
  %gep3400.7 = getelementptr inbounds i8, ptr %invariant.gep3399, i64 %.idx2955.7
  store <16 x float> %1778, ptr %gep3400.7, align 4
  %gep3402.7 = getelementptr inbounds i8, ptr %invariant.gep3401, i64 %.idx2954.7
  %1779 = load <16 x float>, ptr %gep3402.7, align 4
  %gep3404.7 = getelementptr inbounds i8, ptr %invariant.gep3403, i64 %.idx2955.7
  store <16 x float> %1779, ptr %gep3404.7, align 4
  %i33.next.7 = add nuw nsw i64 %i33.addr.02735, 8
  %exitcond3173.not.7 = icmp eq i64 %i33.next.7, 128
  br i1 %exitcond3173.not.7, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02753 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2597 = shl nuw nsw i64 %i34.addr.02753, 7
  %1780 = getelementptr inbounds i8, ptr %OY, i64 %.idx2597
  %1781 = getelementptr inbounds i8, ptr %1780, i64 8192
  %1782 = load <16 x float>, ptr %1781, align 4
  %1783 = getelementptr inbounds i8, ptr %1780, i64 8256
  %1784 = load <16 x float>, ptr %1783, align 4
  %1785 = or disjoint i64 %i34.addr.02753, 1
  %.idx2598 = shl nuw nsw i64 %1785, 7
  %1786 = getelementptr inbounds i8, ptr %OY, i64 %.idx2598
  %1787 = getelementptr inbounds i8, ptr %1786, i64 8192
  %1788 = load <16 x float>, ptr %1787, align 4
  %1789 = getelementptr inbounds i8, ptr %1786, i64 8256
  %1790 = load <16 x float>, ptr %1789, align 4
  %1791 = or disjoint i64 %i34.addr.02753, 2
  %.idx2599 = shl nuw nsw i64 %1791, 7
  %1792 = getelementptr inbounds i8, ptr %OY, i64 %.idx2599
  %1793 = getelementptr inbounds i8, ptr %1792, i64 8192
  %1794 = load <16 x float>, ptr %1793, align 4
  %1795 = getelementptr inbounds i8, ptr %1792, i64 8256
  %1796 = load <16 x float>, ptr %1795, align 4
  %1797 = or disjoint i64 %i34.addr.02753, 3
  %.idx2600 = shl nuw nsw i64 %1797, 7
  %1798 = getelementptr inbounds i8, ptr %OY, i64 %.idx2600
  %1799 = getelementptr inbounds i8, ptr %1798, i64 8192
  %1800 = load <16 x float>, ptr %1799, align 4
  %1801 = getelementptr inbounds i8, ptr %1798, i64 8256
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = or disjoint i64 %i34.addr.02753, 4
  %.idx2601 = shl nuw nsw i64 %1803, 7
  %1804 = getelementptr inbounds i8, ptr %OY, i64 %.idx2601
  %1805 = getelementptr inbounds i8, ptr %1804, i64 8192
  %1806 = load <16 x float>, ptr %1805, align 4
  %1807 = getelementptr inbounds i8, ptr %1804, i64 8256
  %1808 = load <16 x float>, ptr %1807, align 4
  %1809 = or disjoint i64 %i34.addr.02753, 5
  %.idx2602 = shl nuw nsw i64 %1809, 7
  %1810 = getelementptr inbounds i8, ptr %OY, i64 %.idx2602
  %1811 = getelementptr inbounds i8, ptr %1810, i64 8192
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = getelementptr inbounds i8, ptr %1810, i64 8256
  %1814 = load <16 x float>, ptr %1813, align 4
  %1815 = or disjoint i64 %i34.addr.02753, 6
  %.idx2603 = shl nuw nsw i64 %1815, 7
  %1816 = getelementptr inbounds i8, ptr %OY, i64 %.idx2603
  %1817 = getelementptr inbounds i8, ptr %1816, i64 8192
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = getelementptr inbounds i8, ptr %1816, i64 8256
  %1820 = load <16 x float>, ptr %1819, align 4
  %1821 = or disjoint i64 %i34.addr.02753, 7
  %.idx2604 = shl nuw nsw i64 %1821, 7
  %1822 = getelementptr inbounds i8, ptr %OY, i64 %.idx2604
  %1823 = getelementptr inbounds i8, ptr %1822, i64 8192
  %1824 = load <16 x float>, ptr %1823, align 4
  %1825 = getelementptr inbounds i8, ptr %1822, i64 8256
  %1826 = load <16 x float>, ptr %1825, align 4
  %.idx2956 = shl nsw i64 %i34.addr.02753, 8
  %.idx2957 = shl nsw i64 %1785, 8
  %.idx2958 = shl nsw i64 %1791, 8
  %.idx2959 = shl nsw i64 %1797, 8
  %.idx2960 = shl nsw i64 %1803, 8
  %.idx2961 = shl nsw i64 %1809, 8
  %.idx2962 = shl nsw i64 %1815, 8
  %.idx2963 = shl nsw i64 %1821, 8
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc48.02752 = phi <16 x float> [ %1782, %i34.body ], [ %1838, %p7.body ]
  %acc49.02751 = phi <16 x float> [ %1784, %i34.body ], [ %1839, %p7.body ]
  %acc50.02750 = phi <16 x float> [ %1788, %i34.body ], [ %1844, %p7.body ]
  %acc51.02749 = phi <16 x float> [ %1790, %i34.body ], [ %1845, %p7.body ]
  %acc52.02748 = phi <16 x float> [ %1794, %i34.body ], [ %1850, %p7.body ]
  %acc53.02747 = phi <16 x float> [ %1796, %i34.body ], [ %1851, %p7.body ]
  %acc54.02746 = phi <16 x float> [ %1800, %i34.body ], [ %1856, %p7.body ]
  %acc55.02745 = phi <16 x float> [ %1802, %i34.body ], [ %1857, %p7.body ]
  %acc56.02744 = phi <16 x float> [ %1806, %i34.body ], [ %1862, %p7.body ]
  %acc57.02743 = phi <16 x float> [ %1808, %i34.body ], [ %1863, %p7.body ]
  %acc58.02742 = phi <16 x float> [ %1812, %i34.body ], [ %1868, %p7.body ]
  %acc59.02741 = phi <16 x float> [ %1814, %i34.body ], [ %1869, %p7.body ]
  %acc60.02740 = phi <16 x float> [ %1818, %i34.body ], [ %1874, %p7.body ]
  %acc61.02739 = phi <16 x float> [ %1820, %i34.body ], [ %1875, %p7.body ]
  %acc62.02738 = phi <16 x float> [ %1824, %i34.body ], [ %1880, %p7.body ]
  %acc63.02737 = phi <16 x float> [ %1826, %i34.body ], [ %1881, %p7.body ]
  %p7.addr.02736 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %1827 = shl nuw nsw i64 %p7.addr.02736, 5
  %1828 = getelementptr inbounds float, ptr %OY, i64 %1827
  %1829 = load <16 x float>, ptr %1828, align 4
  %1830 = or disjoint i64 %1827, 16
  %1831 = getelementptr inbounds float, ptr %OY, i64 %1830
  %1832 = load <16 x float>, ptr %1831, align 4
  %1833 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02736
  %1834 = getelementptr inbounds i8, ptr %1833, i64 %.idx2956
  %1835 = load float, ptr %1834, align 4
  %1836 = insertelement <16 x float> poison, float %1835, i64 0
  %1837 = shufflevector <16 x float> %1836, <16 x float> poison, <16 x i32> zeroinitializer
  %1838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1837, <16 x float> %1829, <16 x float> %acc48.02752)
  %1839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1837, <16 x float> %1832, <16 x float> %acc49.02751)
  %1840 = getelementptr inbounds i8, ptr %1833, i64 %.idx2957
  %1841 = load float, ptr %1840, align 4
  %1842 = insertelement <16 x float> poison, float %1841, i64 0
  %1843 = shufflevector <16 x float> %1842, <16 x float> poison, <16 x i32> zeroinitializer
  %1844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1843, <16 x float> %1829, <16 x float> %acc50.02750)
  %1845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1843, <16 x float> %1832, <16 x float> %acc51.02749)
  %1846 = getelementptr inbounds i8, ptr %1833, i64 %.idx2958
  %1847 = load float, ptr %1846, align 4
  %1848 = insertelement <16 x float> poison, float %1847, i64 0
  %1849 = shufflevector <16 x float> %1848, <16 x float> poison, <16 x i32> zeroinitializer
  %1850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1849, <16 x float> %1829, <16 x float> %acc52.02748)
  %1851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1849, <16 x float> %1832, <16 x float> %acc53.02747)
  %1852 = getelementptr inbounds i8, ptr %1833, i64 %.idx2959
  %1853 = load float, ptr %1852, align 4
  %1854 = insertelement <16 x float> poison, float %1853, i64 0
  %1855 = shufflevector <16 x float> %1854, <16 x float> poison, <16 x i32> zeroinitializer
  %1856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1829, <16 x float> %acc54.02746)
  %1857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1832, <16 x float> %acc55.02745)
  %1858 = getelementptr inbounds i8, ptr %1833, i64 %.idx2960
  %1859 = load float, ptr %1858, align 4
  %1860 = insertelement <16 x float> poison, float %1859, i64 0
  %1861 = shufflevector <16 x float> %1860, <16 x float> poison, <16 x i32> zeroinitializer
  %1862 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1861, <16 x float> %1829, <16 x float> %acc56.02744)
  %1863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1861, <16 x float> %1832, <16 x float> %acc57.02743)
  %1864 = getelementptr inbounds i8, ptr %1833, i64 %.idx2961
  %1865 = load float, ptr %1864, align 4
  %1866 = insertelement <16 x float> poison, float %1865, i64 0
  %1867 = shufflevector <16 x float> %1866, <16 x float> poison, <16 x i32> zeroinitializer
  %1868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1867, <16 x float> %1829, <16 x float> %acc58.02742)
  %1869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1867, <16 x float> %1832, <16 x float> %acc59.02741)
  %1870 = getelementptr inbounds i8, ptr %1833, i64 %.idx2962
  %1871 = load float, ptr %1870, align 4
  %1872 = insertelement <16 x float> poison, float %1871, i64 0
  %1873 = shufflevector <16 x float> %1872, <16 x float> poison, <16 x i32> zeroinitializer
  %1874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1829, <16 x float> %acc60.02740)
  %1875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1832, <16 x float> %acc61.02739)
  %1876 = getelementptr inbounds i8, ptr %1833, i64 %.idx2963
  %1877 = load float, ptr %1876, align 4
  %1878 = insertelement <16 x float> poison, float %1877, i64 0
  %1879 = shufflevector <16 x float> %1878, <16 x float> poison, <16 x i32> zeroinitializer
  %1880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1879, <16 x float> %1829, <16 x float> %acc62.02738)
  %1881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1879, <16 x float> %1832, <16 x float> %acc63.02737)
  %p7.next = add nuw nsw i64 %p7.addr.02736, 1
  %exitcond3174.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond3174.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1838, ptr %1781, align 4
  store <16 x float> %1839, ptr %1783, align 4
  store <16 x float> %1844, ptr %1787, align 4
  store <16 x float> %1845, ptr %1789, align 4
  store <16 x float> %1850, ptr %1793, align 4
  store <16 x float> %1851, ptr %1795, align 4
  store <16 x float> %1856, ptr %1799, align 4
  store <16 x float> %1857, ptr %1801, align 4
  store <16 x float> %1862, ptr %1805, align 4
  store <16 x float> %1863, ptr %1807, align 4
  store <16 x float> %1868, ptr %1811, align 4
  store <16 x float> %1869, ptr %1813, align 4
  store <16 x float> %1874, ptr %1817, align 4
  store <16 x float> %1875, ptr %1819, align 4
  store <16 x float> %1880, ptr %1823, align 4
  store <16 x float> %1881, ptr %1825, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02753, 8
  %1882 = icmp ult i64 %i34.addr.02753, 120
  br i1 %1882, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02771 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1883 = shl nuw nsw i64 %i35.addr.02771, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02770 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc79.02769 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1931, %p8.body ]
  %acc78.02768 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1930, %p8.body ]
  %acc77.02767 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1929, %p8.body ]
  %acc76.02766 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1928, %p8.body ]
  %acc75.02765 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1922, %p8.body ]
  %acc74.02764 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1921, %p8.body ]
  %acc73.02763 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1920, %p8.body ]
  %acc72.02762 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1919, %p8.body ]
  %acc71.02761 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1913, %p8.body ]
  %acc70.02760 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1912, %p8.body ]
  %acc69.02759 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1911, %p8.body ]
  %acc68.02758 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1910, %p8.body ]
  %acc67.02757 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1904, %p8.body ]
  %acc66.02756 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1903, %p8.body ]
  %acc65.02755 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1902, %p8.body ]
  %acc64.02754 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1901, %p8.body ]
  %1884 = shl nuw nsw i64 %p8.addr.02770, 6
  %1885 = getelementptr inbounds float, ptr %dOT, i64 %1884
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = or disjoint i64 %1884, 16
  %1888 = getelementptr inbounds float, ptr %dOT, i64 %1887
  %1889 = load <16 x float>, ptr %1888, align 4
  %1890 = or disjoint i64 %1884, 32
  %1891 = getelementptr inbounds float, ptr %dOT, i64 %1890
  %1892 = load <16 x float>, ptr %1891, align 4
  %1893 = or disjoint i64 %1884, 48
  %1894 = getelementptr inbounds float, ptr %dOT, i64 %1893
  %1895 = load <16 x float>, ptr %1894, align 4
  %1896 = add nuw nsw i64 %p8.addr.02770, %1883
  %1897 = getelementptr inbounds float, ptr %Vn, i64 %1896
  %1898 = load float, ptr %1897, align 4
  %1899 = insertelement <16 x float> poison, float %1898, i64 0
  %1900 = shufflevector <16 x float> %1899, <16 x float> poison, <16 x i32> zeroinitializer
  %1901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1886, <16 x float> %acc64.02754)
  %1902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1889, <16 x float> %acc65.02755)
  %1903 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1892, <16 x float> %acc66.02756)
  %1904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1895, <16 x float> %acc67.02757)
  %1905 = or disjoint i64 %1896, 32
  %1906 = getelementptr inbounds float, ptr %Vn, i64 %1905
  %1907 = load float, ptr %1906, align 4
  %1908 = insertelement <16 x float> poison, float %1907, i64 0
  %1909 = shufflevector <16 x float> %1908, <16 x float> poison, <16 x i32> zeroinitializer
  %1910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1909, <16 x float> %1886, <16 x float> %acc68.02758)
  %1911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1909, <16 x float> %1889, <16 x float> %acc69.02759)
  %1912 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1909, <16 x float> %1892, <16 x float> %acc70.02760)
  %1913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1909, <16 x float> %1895, <16 x float> %acc71.02761)
  %1914 = or disjoint i64 %1896, 64
  %1915 = getelementptr inbounds float, ptr %Vn, i64 %1914
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <16 x float> poison, float %1916, i64 0
  %1918 = shufflevector <16 x float> %1917, <16 x float> poison, <16 x i32> zeroinitializer
  %1919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1886, <16 x float> %acc72.02762)
  %1920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1889, <16 x float> %acc73.02763)
  %1921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1892, <16 x float> %acc74.02764)
  %1922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1895, <16 x float> %acc75.02765)
  %1923 = or disjoint i64 %1896, 96
  %1924 = getelementptr inbounds float, ptr %Vn, i64 %1923
  %1925 = load float, ptr %1924, align 4
  %1926 = insertelement <16 x float> poison, float %1925, i64 0
  %1927 = shufflevector <16 x float> %1926, <16 x float> poison, <16 x i32> zeroinitializer
  %1928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1927, <16 x float> %1886, <16 x float> %acc76.02766)
  %1929 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1927, <16 x float> %1889, <16 x float> %acc77.02767)
  %1930 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1927, <16 x float> %1892, <16 x float> %acc78.02768)
  %1931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1927, <16 x float> %1895, <16 x float> %acc79.02769)
  %p8.next = add nuw nsw i64 %p8.addr.02770, 1
  %exitcond3175.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3175.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1932 = shl nuw nsw i64 %i35.addr.02771, 8
  %1933 = or disjoint i64 %1932, 64
  %1934 = getelementptr inbounds float, ptr %Ak, i64 %1933
  store <16 x float> %1901, ptr %1934, align 4
  %1935 = or disjoint i64 %1932, 80
  %1936 = getelementptr inbounds float, ptr %Ak, i64 %1935
  store <16 x float> %1902, ptr %1936, align 4
  %1937 = or disjoint i64 %1932, 96
  %1938 = getelementptr inbounds float, ptr %Ak, i64 %1937
  store <16 x float> %1903, ptr %1938, align 4
  %1939 = or disjoint i64 %1932, 112
  %1940 = getelementptr inbounds float, ptr %Ak, i64 %1939
  store <16 x float> %1904, ptr %1940, align 4
  %1941 = or disjoint i64 %1932, 320
  %1942 = getelementptr inbounds float, ptr %Ak, i64 %1941
  store <16 x float> %1910, ptr %1942, align 4
  %1943 = or disjoint i64 %1932, 336
  %1944 = getelementptr inbounds float, ptr %Ak, i64 %1943
  store <16 x float> %1911, ptr %1944, align 4
  %1945 = or disjoint i64 %1932, 352
  %1946 = getelementptr inbounds float, ptr %Ak, i64 %1945
  store <16 x float> %1912, ptr %1946, align 4
  %1947 = or disjoint i64 %1932, 368
  %1948 = getelementptr inbounds float, ptr %Ak, i64 %1947
  store <16 x float> %1913, ptr %1948, align 4
  %1949 = or disjoint i64 %1932, 576
  %1950 = getelementptr inbounds float, ptr %Ak, i64 %1949
  store <16 x float> %1919, ptr %1950, align 4
  %1951 = or disjoint i64 %1932, 592
  %1952 = getelementptr inbounds float, ptr %Ak, i64 %1951
  store <16 x float> %1920, ptr %1952, align 4
  %1953 = or disjoint i64 %1932, 608
  %1954 = getelementptr inbounds float, ptr %Ak, i64 %1953
  store <16 x float> %1921, ptr %1954, align 4
  %1955 = or disjoint i64 %1932, 624
  %1956 = getelementptr inbounds float, ptr %Ak, i64 %1955
  store <16 x float> %1922, ptr %1956, align 4
  %1957 = or disjoint i64 %1932, 832
  %1958 = getelementptr inbounds float, ptr %Ak, i64 %1957
  store <16 x float> %1928, ptr %1958, align 4
  %1959 = or disjoint i64 %1932, 848
  %1960 = getelementptr inbounds float, ptr %Ak, i64 %1959
  store <16 x float> %1929, ptr %1960, align 4
  %1961 = or disjoint i64 %1932, 864
  %1962 = getelementptr inbounds float, ptr %Ak, i64 %1961
  store <16 x float> %1930, ptr %1962, align 4
  %1963 = or disjoint i64 %1932, 880
  %1964 = getelementptr inbounds float, ptr %Ak, i64 %1963
  store <16 x float> %1931, ptr %1964, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02771, 4
  %1965 = icmp ult i64 %i35.addr.02771, 124
  br i1 %1965, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t4.addr.02774 = phi i64 [ %t4.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx2964 = shl nsw i64 %t4.addr.02774, 11
  %1966 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2964
  %1967 = getelementptr inbounds i8, ptr %1966, i64 256
  %1968 = load <16 x float>, ptr %1967, align 4
  %.idx2965 = shl nsw i64 %t4.addr.02774, 8
  %1969 = getelementptr inbounds i8, ptr %M, i64 %.idx2965
  %1970 = load <16 x float>, ptr %1969, align 4
  %1971 = fmul <16 x float> %1968, %1970
  store <16 x float> %1971, ptr %1967, align 4
  %1972 = getelementptr inbounds i8, ptr %32, i64 %.idx2964
  %1973 = getelementptr inbounds i8, ptr %1972, i64 256
  %1974 = load <16 x float>, ptr %1973, align 4
  %1975 = getelementptr inbounds i8, ptr %27, i64 %.idx2965
  %1976 = load <16 x float>, ptr %1975, align 4
  %1977 = fmul <16 x float> %1974, %1976
  store <16 x float> %1977, ptr %1973, align 4
  %1978 = getelementptr inbounds i8, ptr %33, i64 %.idx2964
  %1979 = getelementptr inbounds i8, ptr %1978, i64 256
  %1980 = load <16 x float>, ptr %1979, align 4
  %1981 = getelementptr inbounds i8, ptr %29, i64 %.idx2965
  %1982 = load <16 x float>, ptr %1981, align 4
  %1983 = fmul <16 x float> %1980, %1982
  store <16 x float> %1983, ptr %1979, align 4
  %1984 = getelementptr inbounds i8, ptr %34, i64 %.idx2964
  %1985 = getelementptr inbounds i8, ptr %1984, i64 256
  %1986 = load <16 x float>, ptr %1985, align 4
  %1987 = getelementptr inbounds i8, ptr %31, i64 %.idx2965
  %1988 = load <16 x float>, ptr %1987, align 4
  %1989 = fmul <16 x float> %1986, %1988
  store <16 x float> %1989, ptr %1985, align 4
  %1990 = getelementptr inbounds i8, ptr %1966, i64 1280
  %1991 = load <16 x float>, ptr %1990, align 4
  %1992 = load <16 x float>, ptr %1969, align 4
  %1993 = fmul <16 x float> %1991, %1992
  store <16 x float> %1993, ptr %1990, align 4
  %1994 = getelementptr inbounds i8, ptr %1972, i64 1280
  %1995 = load <16 x float>, ptr %1994, align 4
  %1996 = load <16 x float>, ptr %1975, align 4
  %1997 = fmul <16 x float> %1995, %1996
  store <16 x float> %1997, ptr %1994, align 4
  %1998 = getelementptr inbounds i8, ptr %1978, i64 1280
  %1999 = load <16 x float>, ptr %1998, align 4
  %2000 = load <16 x float>, ptr %1981, align 4
  %2001 = fmul <16 x float> %1999, %2000
  store <16 x float> %2001, ptr %1998, align 4
  %2002 = getelementptr inbounds i8, ptr %1984, i64 1280
  %2003 = load <16 x float>, ptr %2002, align 4
  %2004 = load <16 x float>, ptr %1987, align 4
  %2005 = fmul <16 x float> %2003, %2004
  store <16 x float> %2005, ptr %2002, align 4
  %t4.next = or disjoint i64 %t4.addr.02774, 1
  %.idx2964.1 = shl nsw i64 %t4.next, 11
  %2006 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2964.1
  %2007 = getelementptr inbounds i8, ptr %2006, i64 256
  %2008 = load <16 x float>, ptr %2007, align 4
  %.idx2965.1 = shl nsw i64 %t4.next, 8
  %2009 = getelementptr inbounds i8, ptr %M, i64 %.idx2965.1
  %2010 = load <16 x float>, ptr %2009, align 4
  %2011 = fmul <16 x float> %2008, %2010
  store <16 x float> %2011, ptr %2007, align 4
  %2012 = getelementptr inbounds i8, ptr %32, i64 %.idx2964.1
  %2013 = getelementptr inbounds i8, ptr %2012, i64 256
  %2014 = load <16 x float>, ptr %2013, align 4
  %2015 = getelementptr inbounds i8, ptr %27, i64 %.idx2965.1
  %2016 = load <16 x float>, ptr %2015, align 4
  %2017 = fmul <16 x float> %2014, %2016
  store <16 x float> %2017, ptr %2013, align 4
  %2018 = getelementptr inbounds i8, ptr %33, i64 %.idx2964.1
  %2019 = getelementptr inbounds i8, ptr %2018, i64 256
  %2020 = load <16 x float>, ptr %2019, align 4
  %2021 = getelementptr inbounds i8, ptr %29, i64 %.idx2965.1
  %2022 = load <16 x float>, ptr %2021, align 4
  %2023 = fmul <16 x float> %2020, %2022
  store <16 x float> %2023, ptr %2019, align 4
  %2024 = getelementptr inbounds i8, ptr %34, i64 %.idx2964.1
  %2025 = getelementptr inbounds i8, ptr %2024, i64 256
  %2026 = load <16 x float>, ptr %2025, align 4
  %2027 = getelementptr inbounds i8, ptr %31, i64 %.idx2965.1
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = fmul <16 x float> %2026, %2028
  store <16 x float> %2029, ptr %2025, align 4
  %2030 = getelementptr inbounds i8, ptr %2006, i64 1280
  %2031 = load <16 x float>, ptr %2030, align 4
  %2032 = load <16 x float>, ptr %2009, align 4
  %2033 = fmul <16 x float> %2031, %2032
  store <16 x float> %2033, ptr %2030, align 4
  %2034 = getelementptr inbounds i8, ptr %2012, i64 1280
  %2035 = load <16 x float>, ptr %2034, align 4
  %2036 = load <16 x float>, ptr %2015, align 4
  %2037 = fmul <16 x float> %2035, %2036
  store <16 x float> %2037, ptr %2034, align 4
  %2038 = getelementptr inbounds i8, ptr %2018, i64 1280
  %2039 = load <16 x float>, ptr %2038, align 4
  %2040 = load <16 x float>, ptr %2021, align 4
  %2041 = fmul <16 x float> %2039, %2040
  store <16 x float> %2041, ptr %2038, align 4
  %2042 = getelementptr inbounds i8, ptr %2024, i64 1280
  %2043 = load <16 x float>, ptr %2042, align 4
  %2044 = load <16 x float>, ptr %2027, align 4
  %2045 = fmul <16 x float> %2043, %2044
  store <16 x float> %2045, ptr %2042, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02774, 2
  %exitcond3176.not.1 = icmp eq i64 %t4.next.1, 64
  br i1 %exitcond3176.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.02792 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2046 = shl nuw nsw i64 %i38.addr.02792, 5
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02791 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc95.02790 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2109, %p9.body ]
  %acc94.02789 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2108, %p9.body ]
  %acc93.02788 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2102, %p9.body ]
  %acc92.02787 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2101, %p9.body ]
  %acc91.02786 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2095, %p9.body ]
  %acc90.02785 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2094, %p9.body ]
  %acc89.02784 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2088, %p9.body ]
  %acc88.02783 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2087, %p9.body ]
  %acc87.02782 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2081, %p9.body ]
  %acc86.02781 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2080, %p9.body ]
  %acc85.02780 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2074, %p9.body ]
  %acc84.02779 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2073, %p9.body ]
  %acc83.02778 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2067, %p9.body ]
  %acc82.02777 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2066, %p9.body ]
  %acc81.02776 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2060, %p9.body ]
  %acc80.02775 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2059, %p9.body ]
  %2047 = shl nuw nsw i64 %p9.addr.02791, 5
  %2048 = or disjoint i64 %2047, 1024
  %2049 = getelementptr inbounds float, ptr %Bk, i64 %2048
  %2050 = load <16 x float>, ptr %2049, align 4
  %2051 = or disjoint i64 %2047, 1040
  %2052 = getelementptr inbounds float, ptr %Bk, i64 %2051
  %2053 = load <16 x float>, ptr %2052, align 4
  %2054 = add nuw nsw i64 %p9.addr.02791, %2046
  %2055 = getelementptr inbounds float, ptr %OY, i64 %2054
  %2056 = load float, ptr %2055, align 4
  %2057 = insertelement <16 x float> poison, float %2056, i64 0
  %2058 = shufflevector <16 x float> %2057, <16 x float> poison, <16 x i32> zeroinitializer
  %2059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2050, <16 x float> %acc80.02775)
  %2060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2053, <16 x float> %acc81.02776)
  %2061 = or disjoint i64 %2054, 32
  %2062 = getelementptr inbounds float, ptr %OY, i64 %2061
  %2063 = load float, ptr %2062, align 4
  %2064 = insertelement <16 x float> poison, float %2063, i64 0
  %2065 = shufflevector <16 x float> %2064, <16 x float> poison, <16 x i32> zeroinitializer
  %2066 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2065, <16 x float> %2050, <16 x float> %acc82.02777)
  %2067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2065, <16 x float> %2053, <16 x float> %acc83.02778)
  %2068 = or disjoint i64 %2054, 64
  %2069 = getelementptr inbounds float, ptr %OY, i64 %2068
  %2070 = load float, ptr %2069, align 4
  %2071 = insertelement <16 x float> poison, float %2070, i64 0
  %2072 = shufflevector <16 x float> %2071, <16 x float> poison, <16 x i32> zeroinitializer
  %2073 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2072, <16 x float> %2050, <16 x float> %acc84.02779)
  %2074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2072, <16 x float> %2053, <16 x float> %acc85.02780)
  %2075 = or disjoint i64 %2054, 96
  %2076 = getelementptr inbounds float, ptr %OY, i64 %2075
  %2077 = load float, ptr %2076, align 4
  %2078 = insertelement <16 x float> poison, float %2077, i64 0
  %2079 = shufflevector <16 x float> %2078, <16 x float> poison, <16 x i32> zeroinitializer
  %2080 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2079, <16 x float> %2050, <16 x float> %acc86.02781)
  %2081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2079, <16 x float> %2053, <16 x float> %acc87.02782)
  %2082 = or disjoint i64 %2054, 128
  %2083 = getelementptr inbounds float, ptr %OY, i64 %2082
  %2084 = load float, ptr %2083, align 4
  %2085 = insertelement <16 x float> poison, float %2084, i64 0
  %2086 = shufflevector <16 x float> %2085, <16 x float> poison, <16 x i32> zeroinitializer
  %2087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2086, <16 x float> %2050, <16 x float> %acc88.02783)
  %2088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2086, <16 x float> %2053, <16 x float> %acc89.02784)
  %2089 = or disjoint i64 %2054, 160
  %2090 = getelementptr inbounds float, ptr %OY, i64 %2089
  %2091 = load float, ptr %2090, align 4
  %2092 = insertelement <16 x float> poison, float %2091, i64 0
  %2093 = shufflevector <16 x float> %2092, <16 x float> poison, <16 x i32> zeroinitializer
  %2094 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2093, <16 x float> %2050, <16 x float> %acc90.02785)
  %2095 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2093, <16 x float> %2053, <16 x float> %acc91.02786)
  %2096 = or disjoint i64 %2054, 192
  %2097 = getelementptr inbounds float, ptr %OY, i64 %2096
  %2098 = load float, ptr %2097, align 4
  %2099 = insertelement <16 x float> poison, float %2098, i64 0
  %2100 = shufflevector <16 x float> %2099, <16 x float> poison, <16 x i32> zeroinitializer
  %2101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2100, <16 x float> %2050, <16 x float> %acc92.02787)
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2100, <16 x float> %2053, <16 x float> %acc93.02788)
  %2103 = or disjoint i64 %2054, 224
  %2104 = getelementptr inbounds float, ptr %OY, i64 %2103
  %2105 = load float, ptr %2104, align 4
  %2106 = insertelement <16 x float> poison, float %2105, i64 0
  %2107 = shufflevector <16 x float> %2106, <16 x float> poison, <16 x i32> zeroinitializer
  %2108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2107, <16 x float> %2050, <16 x float> %acc94.02789)
  %2109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2107, <16 x float> %2053, <16 x float> %acc95.02790)
  %p9.next = add nuw nsw i64 %p9.addr.02791, 1
  %exitcond3177.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3177.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2110 = getelementptr inbounds float, ptr %dQc, i64 %2046
  store <16 x float> %2059, ptr %2110, align 4
  %2111 = or disjoint i64 %2046, 16
  %2112 = getelementptr inbounds float, ptr %dQc, i64 %2111
  store <16 x float> %2060, ptr %2112, align 4
  %2113 = or disjoint i64 %2046, 32
  %2114 = getelementptr inbounds float, ptr %dQc, i64 %2113
  store <16 x float> %2066, ptr %2114, align 4
  %2115 = or disjoint i64 %2046, 48
  %2116 = getelementptr inbounds float, ptr %dQc, i64 %2115
  store <16 x float> %2067, ptr %2116, align 4
  %2117 = or disjoint i64 %2046, 64
  %2118 = getelementptr inbounds float, ptr %dQc, i64 %2117
  store <16 x float> %2073, ptr %2118, align 4
  %2119 = or disjoint i64 %2046, 80
  %2120 = getelementptr inbounds float, ptr %dQc, i64 %2119
  store <16 x float> %2074, ptr %2120, align 4
  %2121 = or disjoint i64 %2046, 96
  %2122 = getelementptr inbounds float, ptr %dQc, i64 %2121
  store <16 x float> %2080, ptr %2122, align 4
  %2123 = or disjoint i64 %2046, 112
  %2124 = getelementptr inbounds float, ptr %dQc, i64 %2123
  store <16 x float> %2081, ptr %2124, align 4
  %2125 = or disjoint i64 %2046, 128
  %2126 = getelementptr inbounds float, ptr %dQc, i64 %2125
  store <16 x float> %2087, ptr %2126, align 4
  %2127 = or disjoint i64 %2046, 144
  %2128 = getelementptr inbounds float, ptr %dQc, i64 %2127
  store <16 x float> %2088, ptr %2128, align 4
  %2129 = or disjoint i64 %2046, 160
  %2130 = getelementptr inbounds float, ptr %dQc, i64 %2129
  store <16 x float> %2094, ptr %2130, align 4
  %2131 = or disjoint i64 %2046, 176
  %2132 = getelementptr inbounds float, ptr %dQc, i64 %2131
  store <16 x float> %2095, ptr %2132, align 4
  %2133 = or disjoint i64 %2046, 192
  %2134 = getelementptr inbounds float, ptr %dQc, i64 %2133
  store <16 x float> %2101, ptr %2134, align 4
  %2135 = or disjoint i64 %2046, 208
  %2136 = getelementptr inbounds float, ptr %dQc, i64 %2135
  store <16 x float> %2102, ptr %2136, align 4
  %2137 = or disjoint i64 %2046, 224
  %2138 = getelementptr inbounds float, ptr %dQc, i64 %2137
  store <16 x float> %2108, ptr %2138, align 4
  %2139 = or disjoint i64 %2046, 240
  %2140 = getelementptr inbounds float, ptr %dQc, i64 %2139
  store <16 x float> %2109, ptr %2140, align 4
  %i38.next = add nuw nsw i64 %i38.addr.02792, 8
  %2141 = icmp ult i64 %i38.addr.02792, 56
  br i1 %2141, label %p9.head.preheader, label %i39.body.preheader

i39.body.preheader:                               ; preds = %p9.exit
  %L = tail call i64 @llvm.smin.i64(i64 %169, i64 64)
  br label %i39.body

i39.body:                                         ; preds = %i39.body.preheader, %endif1388
  %i39.addr.02810 = phi i64 [ %i39.next, %endif1388 ], [ 0, %i39.body.preheader ]
  %2142 = shl nuw nsw i64 %i39.addr.02810, 5
  %2143 = getelementptr inbounds float, ptr %dQc, i64 %2142
  %2144 = load <16 x float>, ptr %2143, align 4
  %2145 = or disjoint i64 %2142, 16
  %2146 = getelementptr inbounds float, ptr %dQc, i64 %2145
  %2147 = load <16 x float>, ptr %2146, align 4
  %2148 = or disjoint i64 %i39.addr.02810, 1
  %2149 = shl nuw nsw i64 %2148, 5
  %2150 = getelementptr inbounds float, ptr %dQc, i64 %2149
  %2151 = load <16 x float>, ptr %2150, align 4
  %2152 = or disjoint i64 %2149, 16
  %2153 = getelementptr inbounds float, ptr %dQc, i64 %2152
  %2154 = load <16 x float>, ptr %2153, align 4
  %2155 = or disjoint i64 %i39.addr.02810, 2
  %2156 = shl nuw nsw i64 %2155, 5
  %2157 = getelementptr inbounds float, ptr %dQc, i64 %2156
  %2158 = load <16 x float>, ptr %2157, align 4
  %2159 = or disjoint i64 %2156, 16
  %2160 = getelementptr inbounds float, ptr %dQc, i64 %2159
  %2161 = load <16 x float>, ptr %2160, align 4
  %2162 = or disjoint i64 %i39.addr.02810, 3
  %2163 = shl nuw nsw i64 %2162, 5
  %2164 = getelementptr inbounds float, ptr %dQc, i64 %2163
  %2165 = load <16 x float>, ptr %2164, align 4
  %2166 = or disjoint i64 %2163, 16
  %2167 = getelementptr inbounds float, ptr %dQc, i64 %2166
  %2168 = load <16 x float>, ptr %2167, align 4
  %2169 = or disjoint i64 %i39.addr.02810, 4
  %2170 = shl nuw nsw i64 %2169, 5
  %2171 = getelementptr inbounds float, ptr %dQc, i64 %2170
  %2172 = load <16 x float>, ptr %2171, align 4
  %2173 = or disjoint i64 %2170, 16
  %2174 = getelementptr inbounds float, ptr %dQc, i64 %2173
  %2175 = load <16 x float>, ptr %2174, align 4
  %2176 = or disjoint i64 %i39.addr.02810, 5
  %2177 = shl nuw nsw i64 %2176, 5
  %2178 = getelementptr inbounds float, ptr %dQc, i64 %2177
  %2179 = load <16 x float>, ptr %2178, align 4
  %2180 = or disjoint i64 %2177, 16
  %2181 = getelementptr inbounds float, ptr %dQc, i64 %2180
  %2182 = load <16 x float>, ptr %2181, align 4
  %2183 = or disjoint i64 %i39.addr.02810, 6
  %2184 = shl nuw nsw i64 %2183, 5
  %2185 = getelementptr inbounds float, ptr %dQc, i64 %2184
  %2186 = load <16 x float>, ptr %2185, align 4
  %2187 = or disjoint i64 %2184, 16
  %2188 = getelementptr inbounds float, ptr %dQc, i64 %2187
  %2189 = load <16 x float>, ptr %2188, align 4
  %2190 = or disjoint i64 %i39.addr.02810, 7
  %2191 = shl nuw nsw i64 %2190, 5
  %2192 = getelementptr inbounds float, ptr %dQc, i64 %2191
  %2193 = load <16 x float>, ptr %2192, align 4
  %2194 = or disjoint i64 %2191, 16
  %2195 = getelementptr inbounds float, ptr %dQc, i64 %2194
  %2196 = load <16 x float>, ptr %2195, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02809 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc111.02808 = phi <16 x float> [ %2196, %i39.body ], [ %2261, %p10.body ]
  %acc110.02807 = phi <16 x float> [ %2193, %i39.body ], [ %2260, %p10.body ]
  %acc109.02806 = phi <16 x float> [ %2189, %i39.body ], [ %2254, %p10.body ]
  %acc108.02805 = phi <16 x float> [ %2186, %i39.body ], [ %2253, %p10.body ]
  %acc107.02804 = phi <16 x float> [ %2182, %i39.body ], [ %2247, %p10.body ]
  %acc106.02803 = phi <16 x float> [ %2179, %i39.body ], [ %2246, %p10.body ]
  %acc105.02802 = phi <16 x float> [ %2175, %i39.body ], [ %2240, %p10.body ]
  %acc104.02801 = phi <16 x float> [ %2172, %i39.body ], [ %2239, %p10.body ]
  %acc103.02800 = phi <16 x float> [ %2168, %i39.body ], [ %2233, %p10.body ]
  %acc102.02799 = phi <16 x float> [ %2165, %i39.body ], [ %2232, %p10.body ]
  %acc101.02798 = phi <16 x float> [ %2161, %i39.body ], [ %2226, %p10.body ]
  %acc100.02797 = phi <16 x float> [ %2158, %i39.body ], [ %2225, %p10.body ]
  %acc99.02796 = phi <16 x float> [ %2154, %i39.body ], [ %2219, %p10.body ]
  %acc98.02795 = phi <16 x float> [ %2151, %i39.body ], [ %2218, %p10.body ]
  %acc97.02794 = phi <16 x float> [ %2147, %i39.body ], [ %2212, %p10.body ]
  %acc96.02793 = phi <16 x float> [ %2144, %i39.body ], [ %2211, %p10.body ]
  %2197 = shl nuw nsw i64 %p10.addr.02809, 5
  %2198 = or disjoint i64 %2197, 4096
  %2199 = getelementptr inbounds float, ptr %Bk, i64 %2198
  %2200 = load <16 x float>, ptr %2199, align 4
  %2201 = or disjoint i64 %2197, 4112
  %2202 = getelementptr inbounds float, ptr %Bk, i64 %2201
  %2203 = load <16 x float>, ptr %2202, align 4
  %2204 = shl nuw nsw i64 %p10.addr.02809, 8
  %2205 = or disjoint i64 %2204, 64
  %2206 = or disjoint i64 %2205, %i39.addr.02810
  %2207 = getelementptr inbounds float, ptr %Ak, i64 %2206
  %2208 = load float, ptr %2207, align 4
  %2209 = insertelement <16 x float> poison, float %2208, i64 0
  %2210 = shufflevector <16 x float> %2209, <16 x float> poison, <16 x i32> zeroinitializer
  %2211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2210, <16 x float> %2200, <16 x float> %acc96.02793)
  %2212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2210, <16 x float> %2203, <16 x float> %acc97.02794)
  %2213 = or disjoint i64 %2205, %2148
  %2214 = getelementptr inbounds float, ptr %Ak, i64 %2213
  %2215 = load float, ptr %2214, align 4
  %2216 = insertelement <16 x float> poison, float %2215, i64 0
  %2217 = shufflevector <16 x float> %2216, <16 x float> poison, <16 x i32> zeroinitializer
  %2218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2200, <16 x float> %acc98.02795)
  %2219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2203, <16 x float> %acc99.02796)
  %2220 = or disjoint i64 %2205, %2155
  %2221 = getelementptr inbounds float, ptr %Ak, i64 %2220
  %2222 = load float, ptr %2221, align 4
  %2223 = insertelement <16 x float> poison, float %2222, i64 0
  %2224 = shufflevector <16 x float> %2223, <16 x float> poison, <16 x i32> zeroinitializer
  %2225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2224, <16 x float> %2200, <16 x float> %acc100.02797)
  %2226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2224, <16 x float> %2203, <16 x float> %acc101.02798)
  %2227 = or disjoint i64 %2205, %2162
  %2228 = getelementptr inbounds float, ptr %Ak, i64 %2227
  %2229 = load float, ptr %2228, align 4
  %2230 = insertelement <16 x float> poison, float %2229, i64 0
  %2231 = shufflevector <16 x float> %2230, <16 x float> poison, <16 x i32> zeroinitializer
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2200, <16 x float> %acc102.02799)
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2203, <16 x float> %acc103.02800)
  %2234 = or disjoint i64 %2205, %2169
  %2235 = getelementptr inbounds float, ptr %Ak, i64 %2234
  %2236 = load float, ptr %2235, align 4
  %2237 = insertelement <16 x float> poison, float %2236, i64 0
  %2238 = shufflevector <16 x float> %2237, <16 x float> poison, <16 x i32> zeroinitializer
  %2239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2238, <16 x float> %2200, <16 x float> %acc104.02801)
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2238, <16 x float> %2203, <16 x float> %acc105.02802)
  %2241 = or disjoint i64 %2205, %2176
  %2242 = getelementptr inbounds float, ptr %Ak, i64 %2241
  %2243 = load float, ptr %2242, align 4
  %2244 = insertelement <16 x float> poison, float %2243, i64 0
  %2245 = shufflevector <16 x float> %2244, <16 x float> poison, <16 x i32> zeroinitializer
  %2246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2245, <16 x float> %2200, <16 x float> %acc106.02803)
  %2247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2245, <16 x float> %2203, <16 x float> %acc107.02804)
  %2248 = or disjoint i64 %2205, %2183
  %2249 = getelementptr inbounds float, ptr %Ak, i64 %2248
  %2250 = load float, ptr %2249, align 4
  %2251 = insertelement <16 x float> poison, float %2250, i64 0
  %2252 = shufflevector <16 x float> %2251, <16 x float> poison, <16 x i32> zeroinitializer
  %2253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2252, <16 x float> %2200, <16 x float> %acc108.02805)
  %2254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2252, <16 x float> %2203, <16 x float> %acc109.02806)
  %2255 = or disjoint i64 %2205, %2190
  %2256 = getelementptr inbounds float, ptr %Ak, i64 %2255
  %2257 = load float, ptr %2256, align 4
  %2258 = insertelement <16 x float> poison, float %2257, i64 0
  %2259 = shufflevector <16 x float> %2258, <16 x float> poison, <16 x i32> zeroinitializer
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2259, <16 x float> %2200, <16 x float> %acc110.02807)
  %2261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2259, <16 x float> %2203, <16 x float> %acc111.02808)
  %p10.next = add nuw nsw i64 %p10.addr.02809, 1
  %exitcond3178.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3178.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2262 = icmp slt i64 %i39.addr.02810, %L
  br i1 %2262, label %then1326, label %endif1332

then1326:                                         ; preds = %p10.exit
  %2263 = fmul <16 x float> %2211, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2264 = or disjoint i64 %i39.addr.02810, %t0
  %.idx2583 = shl nsw i64 %2264, 7
  %2265 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2583
  store <16 x float> %2263, ptr %2265, align 4
  %2266 = fmul <16 x float> %2212, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2267 = shl nsw i64 %2264, 5
  %2268 = or disjoint i64 %2267, 16
  %2269 = getelementptr inbounds float, ptr %gep2918, i64 %2268
  store <16 x float> %2266, ptr %2269, align 4
  br label %endif1332

endif1332:                                        ; preds = %p10.exit, %then1326
  %2270 = icmp slt i64 %2148, %L
  br i1 %2270, label %then1334, label %endif1340

then1334:                                         ; preds = %endif1332
  %2271 = fmul <16 x float> %2218, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2272 = or disjoint i64 %2148, %t0
  %.idx2584 = shl nsw i64 %2272, 7
  %2273 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2584
  store <16 x float> %2271, ptr %2273, align 4
  %2274 = fmul <16 x float> %2219, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2275 = shl nsw i64 %2272, 5
  %2276 = or disjoint i64 %2275, 16
  %2277 = getelementptr inbounds float, ptr %gep2918, i64 %2276
  store <16 x float> %2274, ptr %2277, align 4
  br label %endif1340

endif1340:                                        ; preds = %endif1332, %then1334
  %2278 = icmp slt i64 %2155, %L
  br i1 %2278, label %then1342, label %endif1348

then1342:                                         ; preds = %endif1340
  %2279 = fmul <16 x float> %2225, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2280 = or disjoint i64 %2155, %t0
  %.idx2585 = shl nsw i64 %2280, 7
  %2281 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2585
  store <16 x float> %2279, ptr %2281, align 4
  %2282 = fmul <16 x float> %2226, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2283 = shl nsw i64 %2280, 5
  %2284 = or disjoint i64 %2283, 16
  %2285 = getelementptr inbounds float, ptr %gep2918, i64 %2284
  store <16 x float> %2282, ptr %2285, align 4
  br label %endif1348

endif1348:                                        ; preds = %endif1340, %then1342
  %2286 = icmp slt i64 %2162, %L
  br i1 %2286, label %then1350, label %endif1356

then1350:                                         ; preds = %endif1348
  %2287 = fmul <16 x float> %2232, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2288 = or disjoint i64 %2162, %t0
  %.idx2586 = shl nsw i64 %2288, 7
  %2289 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2586
  store <16 x float> %2287, ptr %2289, align 4
  %2290 = fmul <16 x float> %2233, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2291 = shl nsw i64 %2288, 5
  %2292 = or disjoint i64 %2291, 16
  %2293 = getelementptr inbounds float, ptr %gep2918, i64 %2292
  store <16 x float> %2290, ptr %2293, align 4
  br label %endif1356

endif1356:                                        ; preds = %endif1348, %then1350
  %2294 = icmp slt i64 %2169, %L
  br i1 %2294, label %then1358, label %endif1364

then1358:                                         ; preds = %endif1356
  %2295 = fmul <16 x float> %2239, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2296 = or disjoint i64 %2169, %t0
  %.idx2587 = shl nsw i64 %2296, 7
  %2297 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2587
  store <16 x float> %2295, ptr %2297, align 4
  %2298 = fmul <16 x float> %2240, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2299 = shl nsw i64 %2296, 5
  %2300 = or disjoint i64 %2299, 16
  %2301 = getelementptr inbounds float, ptr %gep2918, i64 %2300
  store <16 x float> %2298, ptr %2301, align 4
  br label %endif1364

endif1364:                                        ; preds = %endif1356, %then1358
  %2302 = icmp slt i64 %2176, %L
  br i1 %2302, label %then1366, label %endif1372

then1366:                                         ; preds = %endif1364
  %2303 = fmul <16 x float> %2246, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2304 = or disjoint i64 %2176, %t0
  %.idx2588 = shl nsw i64 %2304, 7
  %2305 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2588
  store <16 x float> %2303, ptr %2305, align 4
  %2306 = fmul <16 x float> %2247, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2307 = shl nsw i64 %2304, 5
  %2308 = or disjoint i64 %2307, 16
  %2309 = getelementptr inbounds float, ptr %gep2918, i64 %2308
  store <16 x float> %2306, ptr %2309, align 4
  br label %endif1372

endif1372:                                        ; preds = %endif1364, %then1366
  %2310 = icmp slt i64 %2183, %L
  br i1 %2310, label %then1374, label %endif1380

then1374:                                         ; preds = %endif1372
  %2311 = fmul <16 x float> %2253, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2312 = or disjoint i64 %2183, %t0
  %.idx2589 = shl nsw i64 %2312, 7
  %2313 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2589
  store <16 x float> %2311, ptr %2313, align 4
  %2314 = fmul <16 x float> %2254, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2315 = shl nsw i64 %2312, 5
  %2316 = or disjoint i64 %2315, 16
  %2317 = getelementptr inbounds float, ptr %gep2918, i64 %2316
  store <16 x float> %2314, ptr %2317, align 4
  br label %endif1380

endif1380:                                        ; preds = %endif1372, %then1374
  %2318 = icmp slt i64 %2190, %L
  br i1 %2318, label %then1382, label %endif1388

then1382:                                         ; preds = %endif1380
  %2319 = fmul <16 x float> %2260, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2320 = or disjoint i64 %2190, %t0
  %.idx2590 = shl nsw i64 %2320, 7
  %2321 = getelementptr inbounds i8, ptr %gep2918, i64 %.idx2590
  store <16 x float> %2319, ptr %2321, align 4
  %2322 = fmul <16 x float> %2261, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2323 = shl nsw i64 %2320, 5
  %2324 = or disjoint i64 %2323, 16
  %2325 = getelementptr inbounds float, ptr %gep2918, i64 %2324
  store <16 x float> %2322, ptr %2325, align 4
  br label %endif1388

endif1388:                                        ; preds = %endif1380, %then1382
  %i39.next = add nuw nsw i64 %i39.addr.02810, 8
  %2326 = icmp ult i64 %i39.addr.02810, 56
  br i1 %2326, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1388
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %2327 = icmp sgt i64 %169, 0
  br i1 %2327, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3768 = and i64 %smax3767, 1
  %2328 = icmp slt i64 %indvars.iv3184, 2
  br i1 %2328, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3770 = and i64 %smax3767, 126
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02829 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2329 = shl nuw nsw i64 %ib1.addr.02829, 2
  %i01 = sub nuw nsw i64 124, %2329
  %2330 = shl nuw nsw i64 %i01, 5
  %2331 = getelementptr inbounds float, ptr %OY, i64 %2330
  %2332 = getelementptr inbounds i8, ptr %2331, i64 8192
  %2333 = load <16 x float>, ptr %2332, align 4
  %2334 = getelementptr inbounds i8, ptr %2331, i64 8256
  %2335 = load <16 x float>, ptr %2334, align 4
  %2336 = sub nuw nsw i64 125, %2329
  %2337 = shl nuw nsw i64 %2336, 5
  %2338 = getelementptr inbounds float, ptr %OY, i64 %2337
  %2339 = getelementptr inbounds i8, ptr %2338, i64 8192
  %2340 = load <16 x float>, ptr %2339, align 4
  %2341 = getelementptr inbounds i8, ptr %2338, i64 8256
  %2342 = load <16 x float>, ptr %2341, align 4
  %2343 = sub nuw nsw i64 126, %2329
  %2344 = shl nuw nsw i64 %2343, 5
  %2345 = getelementptr inbounds float, ptr %OY, i64 %2344
  %2346 = getelementptr inbounds i8, ptr %2345, i64 8192
  %2347 = load <16 x float>, ptr %2346, align 4
  %2348 = getelementptr inbounds i8, ptr %2345, i64 8256
  %2349 = load <16 x float>, ptr %2348, align 4
  %2350 = sub nuw nsw i64 127, %2329
  %2351 = shl nuw nsw i64 %2350, 5
  %2352 = getelementptr inbounds float, ptr %OY, i64 %2351
  %2353 = getelementptr inbounds i8, ptr %2352, i64 8192
  %2354 = load <16 x float>, ptr %2353, align 4
  %2355 = getelementptr inbounds i8, ptr %2352, i64 8256
  %2356 = load <16 x float>, ptr %2355, align 4
  %.not2968 = icmp eq i64 %ib1.addr.02829, 0
  br i1 %.not2968, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2357 = sub nuw nsw i64 128, %2329
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02820 = phi i64 [ %j30.next, %j30.body ], [ %2357, %j30.body.preheader ]
  %acc119.02819 = phi <16 x float> [ %2394, %j30.body ], [ %2356, %j30.body.preheader ]
  %acc118.02818 = phi <16 x float> [ %2393, %j30.body ], [ %2354, %j30.body.preheader ]
  %acc117.02817 = phi <16 x float> [ %2386, %j30.body ], [ %2349, %j30.body.preheader ]
  %acc116.02816 = phi <16 x float> [ %2385, %j30.body ], [ %2347, %j30.body.preheader ]
  %acc115.02815 = phi <16 x float> [ %2378, %j30.body ], [ %2342, %j30.body.preheader ]
  %acc114.02814 = phi <16 x float> [ %2377, %j30.body ], [ %2340, %j30.body.preheader ]
  %acc113.02813 = phi <16 x float> [ %2370, %j30.body ], [ %2335, %j30.body.preheader ]
  %acc112.02812 = phi <16 x float> [ %2369, %j30.body ], [ %2333, %j30.body.preheader ]
  %.idx2596 = shl nuw nsw i64 %j30.addr.02820, 7
  %2358 = getelementptr inbounds i8, ptr %OY, i64 %.idx2596
  %2359 = getelementptr inbounds i8, ptr %2358, i64 8192
  %2360 = load <16 x float>, ptr %2359, align 4
  %2361 = getelementptr inbounds i8, ptr %2358, i64 8256
  %2362 = load <16 x float>, ptr %2361, align 4
  %2363 = or disjoint i64 %.idx2596, %i01
  %2364 = getelementptr inbounds float, ptr %Gm, i64 %2363
  %2365 = load float, ptr %2364, align 4
  %2366 = fneg float %2365
  %2367 = insertelement <16 x float> poison, float %2366, i64 0
  %2368 = shufflevector <16 x float> %2367, <16 x float> poison, <16 x i32> zeroinitializer
  %2369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2368, <16 x float> %2360, <16 x float> %acc112.02812)
  %2370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2368, <16 x float> %2362, <16 x float> %acc113.02813)
  %2371 = or disjoint i64 %.idx2596, %2336
  %2372 = getelementptr inbounds float, ptr %Gm, i64 %2371
  %2373 = load float, ptr %2372, align 4
  %2374 = fneg float %2373
  %2375 = insertelement <16 x float> poison, float %2374, i64 0
  %2376 = shufflevector <16 x float> %2375, <16 x float> poison, <16 x i32> zeroinitializer
  %2377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2360, <16 x float> %acc114.02814)
  %2378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2362, <16 x float> %acc115.02815)
  %2379 = or disjoint i64 %.idx2596, %2343
  %2380 = getelementptr inbounds float, ptr %Gm, i64 %2379
  %2381 = load float, ptr %2380, align 4
  %2382 = fneg float %2381
  %2383 = insertelement <16 x float> poison, float %2382, i64 0
  %2384 = shufflevector <16 x float> %2383, <16 x float> poison, <16 x i32> zeroinitializer
  %2385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2384, <16 x float> %2360, <16 x float> %acc116.02816)
  %2386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2384, <16 x float> %2362, <16 x float> %acc117.02817)
  %2387 = or disjoint i64 %.idx2596, %2350
  %2388 = getelementptr inbounds float, ptr %Gm, i64 %2387
  %2389 = load float, ptr %2388, align 4
  %2390 = fneg float %2389
  %2391 = insertelement <16 x float> poison, float %2390, i64 0
  %2392 = shufflevector <16 x float> %2391, <16 x float> poison, <16 x i32> zeroinitializer
  %2393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2392, <16 x float> %2360, <16 x float> %acc118.02818)
  %2394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2392, <16 x float> %2362, <16 x float> %acc119.02819)
  %j30.next = add nuw nsw i64 %j30.addr.02820, 1
  %2395 = icmp ult i64 %j30.addr.02820, 127
  br i1 %2395, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2333, %ib1.body ], [ %2369, %j30.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2335, %ib1.body ], [ %2370, %j30.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2340, %ib1.body ], [ %2377, %j30.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2342, %ib1.body ], [ %2378, %j30.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2347, %ib1.body ], [ %2385, %j30.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2349, %ib1.body ], [ %2386, %j30.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2354, %ib1.body ], [ %2393, %j30.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2356, %ib1.body ], [ %2394, %j30.body ]
  %2396 = getelementptr inbounds float, ptr %Rr, i64 %2351
  %2397 = load <16 x float>, ptr %2396, align 4
  %2398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2397, <16 x float> zeroinitializer)
  %2399 = or disjoint i64 %2351, 16
  %2400 = getelementptr inbounds float, ptr %Rr, i64 %2399
  %2401 = load <16 x float>, ptr %2400, align 4
  %2402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2401, <16 x float> %2398)
  %2403 = shufflevector <16 x float> %2402, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2404 = shufflevector <16 x float> %2402, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2405 = fadd <8 x float> %2403, %2404
  %2406 = shufflevector <8 x float> %2405, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2407 = shufflevector <8 x float> %2405, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2408 = fadd <4 x float> %2406, %2407
  %2409 = shufflevector <4 x float> %2408, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2410 = shufflevector <4 x float> %2408, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2411 = fadd <2 x float> %2409, %2410
  %2412 = shufflevector <2 x float> %2411, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2413 = shufflevector <2 x float> %2411, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2414 = getelementptr inbounds float, ptr %bet, i64 %2350
  %2415 = load float, ptr %2414, align 4
  %2416 = insertelement <16 x float> poison, float %2415, i64 0
  %2417 = shufflevector <16 x float> %2416, <16 x float> poison, <16 x i32> zeroinitializer
  %2418 = fmul <16 x float> %acc118.0.lcssa, %2417
  store <16 x float> %2418, ptr %2353, align 4
  %2419 = fneg <16 x float> %2418
  %2420 = shl nuw nsw i64 %2350, 8
  %2421 = or disjoint i64 %2420, 32
  %2422 = getelementptr inbounds float, ptr %Ak, i64 %2421
  store <16 x float> %2419, ptr %2422, align 4
  %2423 = fmul <16 x float> %acc119.0.lcssa, %2417
  store <16 x float> %2423, ptr %2355, align 4
  %2424 = fneg <16 x float> %2423
  %2425 = or disjoint i64 %2420, 48
  %2426 = getelementptr inbounds float, ptr %Ak, i64 %2425
  store <16 x float> %2424, ptr %2426, align 4
  %2427 = shl nuw nsw i64 %2350, 7
  %2428 = or disjoint i64 %2427, %2343
  %2429 = getelementptr inbounds float, ptr %Gm, i64 %2428
  %2430 = load float, ptr %2429, align 4
  %2431 = fneg float %2430
  %2432 = insertelement <16 x float> poison, float %2431, i64 0
  %2433 = shufflevector <16 x float> %2432, <16 x float> poison, <16 x i32> zeroinitializer
  %2434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2433, <16 x float> %2418, <16 x float> %acc116.0.lcssa)
  %2435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2433, <16 x float> %2423, <16 x float> %acc117.0.lcssa)
  %2436 = getelementptr inbounds float, ptr %Rr, i64 %2344
  %2437 = load <16 x float>, ptr %2436, align 4
  %2438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2437, <16 x float> zeroinitializer)
  %2439 = or disjoint i64 %2344, 16
  %2440 = getelementptr inbounds float, ptr %Rr, i64 %2439
  %2441 = load <16 x float>, ptr %2440, align 4
  %2442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2435, <16 x float> %2441, <16 x float> %2438)
  %2443 = shufflevector <16 x float> %2442, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2444 = shufflevector <16 x float> %2442, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2445 = fadd <8 x float> %2443, %2444
  %2446 = shufflevector <8 x float> %2445, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2447 = shufflevector <8 x float> %2445, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2448 = fadd <4 x float> %2446, %2447
  %2449 = shufflevector <4 x float> %2448, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2450 = shufflevector <4 x float> %2448, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2451 = fadd <2 x float> %2449, %2450
  %2452 = shufflevector <2 x float> %2451, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2453 = shufflevector <2 x float> %2451, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2454 = getelementptr inbounds float, ptr %bet, i64 %2343
  %2455 = load float, ptr %2454, align 4
  %2456 = insertelement <16 x float> poison, float %2455, i64 0
  %2457 = shufflevector <16 x float> %2456, <16 x float> poison, <16 x i32> zeroinitializer
  %2458 = fmul <16 x float> %2434, %2457
  store <16 x float> %2458, ptr %2346, align 4
  %2459 = fneg <16 x float> %2458
  %2460 = shl nuw nsw i64 %2343, 8
  %2461 = or disjoint i64 %2460, 32
  %2462 = getelementptr inbounds float, ptr %Ak, i64 %2461
  store <16 x float> %2459, ptr %2462, align 4
  %2463 = fmul <16 x float> %2435, %2457
  store <16 x float> %2463, ptr %2348, align 4
  %2464 = fneg <16 x float> %2463
  %2465 = or disjoint i64 %2460, 48
  %2466 = getelementptr inbounds float, ptr %Ak, i64 %2465
  store <16 x float> %2464, ptr %2466, align 4
  %2467 = shl nuw nsw i64 %2343, 7
  %2468 = or disjoint i64 %2467, %2336
  %2469 = getelementptr inbounds float, ptr %Gm, i64 %2468
  %2470 = load float, ptr %2469, align 4
  %2471 = fneg float %2470
  %2472 = insertelement <16 x float> poison, float %2471, i64 0
  %2473 = shufflevector <16 x float> %2472, <16 x float> poison, <16 x i32> zeroinitializer
  %2474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2473, <16 x float> %2458, <16 x float> %acc114.0.lcssa)
  %2475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2473, <16 x float> %2463, <16 x float> %acc115.0.lcssa)
  %2476 = or disjoint i64 %2427, %2336
  %2477 = getelementptr inbounds float, ptr %Gm, i64 %2476
  %2478 = load float, ptr %2477, align 4
  %2479 = fneg float %2478
  %2480 = insertelement <16 x float> poison, float %2479, i64 0
  %2481 = shufflevector <16 x float> %2480, <16 x float> poison, <16 x i32> zeroinitializer
  %2482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2481, <16 x float> %2418, <16 x float> %2474)
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2481, <16 x float> %2423, <16 x float> %2475)
  %2484 = getelementptr inbounds float, ptr %Rr, i64 %2337
  %2485 = load <16 x float>, ptr %2484, align 4
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2485, <16 x float> zeroinitializer)
  %2487 = or disjoint i64 %2337, 16
  %2488 = getelementptr inbounds float, ptr %Rr, i64 %2487
  %2489 = load <16 x float>, ptr %2488, align 4
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2489, <16 x float> %2486)
  %2491 = shufflevector <16 x float> %2490, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2492 = shufflevector <16 x float> %2490, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2493 = fadd <8 x float> %2491, %2492
  %2494 = shufflevector <8 x float> %2493, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2495 = shufflevector <8 x float> %2493, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2496 = fadd <4 x float> %2494, %2495
  %2497 = shufflevector <4 x float> %2496, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2498 = shufflevector <4 x float> %2496, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2499 = fadd <2 x float> %2497, %2498
  %2500 = getelementptr inbounds float, ptr %bet, i64 %2336
  %2501 = load float, ptr %2500, align 4
  %2502 = insertelement <16 x float> poison, float %2501, i64 0
  %2503 = shufflevector <16 x float> %2502, <16 x float> poison, <16 x i32> zeroinitializer
  %2504 = fmul <16 x float> %2482, %2503
  store <16 x float> %2504, ptr %2339, align 4
  %2505 = fneg <16 x float> %2504
  %2506 = shl nuw nsw i64 %2336, 8
  %2507 = or disjoint i64 %2506, 32
  %2508 = getelementptr inbounds float, ptr %Ak, i64 %2507
  store <16 x float> %2505, ptr %2508, align 4
  %2509 = fmul <16 x float> %2483, %2503
  store <16 x float> %2509, ptr %2341, align 4
  %2510 = fneg <16 x float> %2509
  %2511 = or disjoint i64 %2506, 48
  %2512 = getelementptr inbounds float, ptr %Ak, i64 %2511
  store <16 x float> %2510, ptr %2512, align 4
  %2513 = shl nuw nsw i64 %2336, 7
  %2514 = or disjoint i64 %2513, %i01
  %2515 = getelementptr inbounds float, ptr %Gm, i64 %2514
  %2516 = load float, ptr %2515, align 4
  %2517 = fneg float %2516
  %2518 = insertelement <16 x float> poison, float %2517, i64 0
  %2519 = shufflevector <16 x float> %2518, <16 x float> poison, <16 x i32> zeroinitializer
  %2520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2504, <16 x float> %acc112.0.lcssa)
  %2521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2509, <16 x float> %acc113.0.lcssa)
  %2522 = or disjoint i64 %2467, %i01
  %2523 = getelementptr inbounds float, ptr %Gm, i64 %2522
  %2524 = load float, ptr %2523, align 4
  %2525 = fneg float %2524
  %2526 = insertelement <16 x float> poison, float %2525, i64 0
  %2527 = shufflevector <16 x float> %2526, <16 x float> poison, <16 x i32> zeroinitializer
  %2528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2458, <16 x float> %2520)
  %2529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2463, <16 x float> %2521)
  %2530 = or disjoint i64 %2427, %i01
  %2531 = getelementptr inbounds float, ptr %Gm, i64 %2530
  %2532 = load float, ptr %2531, align 4
  %2533 = fneg float %2532
  %2534 = insertelement <16 x float> poison, float %2533, i64 0
  %2535 = shufflevector <16 x float> %2534, <16 x float> poison, <16 x i32> zeroinitializer
  %2536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2535, <16 x float> %2418, <16 x float> %2528)
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2535, <16 x float> %2423, <16 x float> %2529)
  %2538 = getelementptr inbounds float, ptr %Rr, i64 %2330
  %2539 = load <16 x float>, ptr %2538, align 4
  %2540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2536, <16 x float> %2539, <16 x float> zeroinitializer)
  %2541 = or disjoint i64 %2330, 16
  %2542 = getelementptr inbounds float, ptr %Rr, i64 %2541
  %2543 = load <16 x float>, ptr %2542, align 4
  %2544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2537, <16 x float> %2543, <16 x float> %2540)
  %2545 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2546 = shufflevector <16 x float> %2544, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2547 = shufflevector <16 x float> %2544, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2548 = fadd <8 x float> %2546, %2547
  %2549 = shufflevector <8 x float> %2548, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2550 = shufflevector <8 x float> %2548, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2551 = fadd <4 x float> %2549, %2550
  %2552 = shufflevector <4 x float> %2551, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2553 = shufflevector <4 x float> %2551, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2554 = fadd <2 x float> %2552, %2553
  %2555 = load <4 x float>, ptr %2545, align 4
  %2556 = shufflevector <2 x float> %2554, <2 x float> %2499, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2557 = shufflevector <4 x float> %2556, <4 x float> %2453, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2558 = shufflevector <4 x float> %2557, <4 x float> %2413, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2559 = shufflevector <2 x float> %2554, <2 x float> %2499, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2560 = shufflevector <4 x float> %2559, <4 x float> %2452, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2561 = shufflevector <4 x float> %2560, <4 x float> %2412, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2562 = fadd <4 x float> %2558, %2561
  %2563 = fadd <4 x float> %2555, %2562
  store <4 x float> %2563, ptr %2545, align 4
  %2564 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2565 = load float, ptr %2564, align 4
  %2566 = insertelement <16 x float> poison, float %2565, i64 0
  %2567 = shufflevector <16 x float> %2566, <16 x float> poison, <16 x i32> zeroinitializer
  %2568 = fmul <16 x float> %2536, %2567
  store <16 x float> %2568, ptr %2332, align 4
  %2569 = fneg <16 x float> %2568
  %2570 = shl nuw nsw i64 %i01, 8
  %2571 = or disjoint i64 %2570, 32
  %2572 = getelementptr inbounds float, ptr %Ak, i64 %2571
  store <16 x float> %2569, ptr %2572, align 4
  %2573 = fmul <16 x float> %2537, %2567
  store <16 x float> %2573, ptr %2334, align 4
  %2574 = fneg <16 x float> %2573
  %2575 = or disjoint i64 %2570, 48
  %2576 = getelementptr inbounds float, ptr %Ak, i64 %2575
  store <16 x float> %2574, ptr %2576, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02829, 1
  %exitcond3179.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3179.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02832 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter3771 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3771.next.1, %t5.body ]
  %2577 = add nsw i64 %t5.addr.02832, %t0
  %.idx2969 = shl nsw i64 %t5.addr.02832, 8
  %gep3406 = getelementptr inbounds i8, ptr %invariant.gep3405, i64 %.idx2969
  %2578 = load <16 x float>, ptr %gep3406, align 4
  %.idx2970 = shl i64 %2577, 8
  %2579 = getelementptr i8, ptr %dav, i64 %.idx2970
  store <16 x float> %2578, ptr %2579, align 4
  %gep3408 = getelementptr inbounds i8, ptr %invariant.gep3407, i64 %.idx2969
  %2580 = load <16 x float>, ptr %gep3408, align 4
  %2581 = getelementptr i8, ptr %35, i64 %.idx2970
  store <16 x float> %2580, ptr %2581, align 4
  %i44 = shl nuw nsw i64 %t5.addr.02832, 1
  %tau2 = shl nsw i64 %2577, 1
  %2582 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2583 = load float, ptr %2582, align 4
  %2584 = mul nsw i64 %tau2, %H
  %2585 = getelementptr inbounds float, ptr %betah1, i64 %2584
  store float %2583, ptr %2585, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx2971 = shl nsw i64 %i46, 7
  %gep3410 = getelementptr inbounds i8, ptr %invariant.gep3409, i64 %.idx2971
  %2586 = load <16 x float>, ptr %gep3410, align 4
  %.idx2972 = shl i64 %tau3, 7
  %2587 = getelementptr i8, ptr %dav, i64 %.idx2972
  store <16 x float> %2586, ptr %2587, align 4
  %gep3412 = getelementptr inbounds i8, ptr %invariant.gep3411, i64 %.idx2971
  %2588 = load <16 x float>, ptr %gep3412, align 4
  %2589 = getelementptr i8, ptr %35, i64 %.idx2972
  store <16 x float> %2588, ptr %2589, align 4
  %2590 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2591 = load float, ptr %2590, align 4
  %2592 = mul nsw i64 %tau3, %H
  %2593 = getelementptr inbounds float, ptr %betah1, i64 %2592
  store float %2591, ptr %2593, align 4
  %t5.next = or disjoint i64 %t5.addr.02832, 1
  %2594 = add nsw i64 %t5.next, %t0
  %.idx2969.1 = shl nsw i64 %t5.next, 8
  %gep3406.1 = getelementptr inbounds i8, ptr %invariant.gep3405, i64 %.idx2969.1
  %2595 = load <16 x float>, ptr %gep3406.1, align 4
  %.idx2970.1 = shl i64 %2594, 8
  %2596 = getelementptr i8, ptr %dav, i64 %.idx2970.1
  store <16 x float> %2595, ptr %2596, align 4
  %gep3408.1 = getelementptr inbounds i8, ptr %invariant.gep3407, i64 %.idx2969.1
  %2597 = load <16 x float>, ptr %gep3408.1, align 4
  %2598 = getelementptr i8, ptr %35, i64 %.idx2970.1
  store <16 x float> %2597, ptr %2598, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %2594, 1
  %2599 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2600 = load float, ptr %2599, align 4
  %2601 = mul nsw i64 %tau2.1, %H
  %2602 = getelementptr inbounds float, ptr %betah1, i64 %2601
  store float %2600, ptr %2602, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx2971.1 = shl nsw i64 %i46.1, 7
  %gep3410.1 = getelementptr inbounds i8, ptr %invariant.gep3409, i64 %.idx2971.1
  %2603 = load <16 x float>, ptr %gep3410.1, align 4
  %.idx2972.1 = shl i64 %tau3.1, 7
  %2604 = getelementptr i8, ptr %dav, i64 %.idx2972.1
  store <16 x float> %2603, ptr %2604, align 4
  %gep3412.1 = getelementptr inbounds i8, ptr %invariant.gep3411, i64 %.idx2971.1
  %2605 = load <16 x float>, ptr %gep3412.1, align 4
  %2606 = getelementptr i8, ptr %35, i64 %.idx2972.1
  store <16 x float> %2605, ptr %2606, align 4
  %2607 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2608 = load float, ptr %2607, align 4
  %2609 = mul nsw i64 %tau3.1, %H
  %2610 = getelementptr inbounds float, ptr %betah1, i64 %2609
  store float %2608, ptr %2610, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02832, 2
  %niter3771.next.1 = add i64 %niter3771, 2
  %niter3771.ncmp.1 = icmp eq i64 %niter3771.next.1, %unroll_iter3770
  br i1 %niter3771.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02832.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod3769.not = icmp eq i64 %xtraiter3768, 0
  br i1 %lcmp.mod3769.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2611 = add nsw i64 %t5.addr.02832.unr, %t0
  %.idx2969.epil = shl nsw i64 %t5.addr.02832.unr, 8
  %gep3406.epil = getelementptr inbounds i8, ptr %invariant.gep3405, i64 %.idx2969.epil
  %2612 = load <16 x float>, ptr %gep3406.epil, align 4
  %.idx2970.epil = shl i64 %2611, 8
  %2613 = getelementptr i8, ptr %dav, i64 %.idx2970.epil
  store <16 x float> %2612, ptr %2613, align 4
  %gep3408.epil = getelementptr inbounds i8, ptr %invariant.gep3407, i64 %.idx2969.epil
  %2614 = load <16 x float>, ptr %gep3408.epil, align 4
  %2615 = getelementptr i8, ptr %35, i64 %.idx2970.epil
  store <16 x float> %2614, ptr %2615, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.02832.unr, 1
  %tau2.epil = shl nsw i64 %2611, 1
  %2616 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2617 = load float, ptr %2616, align 4
  %2618 = mul nsw i64 %tau2.epil, %H
  %2619 = getelementptr inbounds float, ptr %betah1, i64 %2618
  store float %2617, ptr %2619, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx2971.epil = shl nsw i64 %i46.epil, 7
  %gep3410.epil = getelementptr inbounds i8, ptr %invariant.gep3409, i64 %.idx2971.epil
  %2620 = load <16 x float>, ptr %gep3410.epil, align 4
  %.idx2972.epil = shl i64 %tau3.epil, 7
  %2621 = getelementptr i8, ptr %dav, i64 %.idx2972.epil
  store <16 x float> %2620, ptr %2621, align 4
  %gep3412.epil = getelementptr inbounds i8, ptr %invariant.gep3411, i64 %.idx2971.epil
  %2622 = load <16 x float>, ptr %gep3412.epil, align 4
  %2623 = getelementptr i8, ptr %35, i64 %.idx2972.epil
  store <16 x float> %2622, ptr %2623, align 4
  %2624 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2625 = load float, ptr %2624, align 4
  %2626 = mul nsw i64 %tau3.epil, %H
  %2627 = getelementptr inbounds float, ptr %betah1, i64 %2626
  store float %2625, ptr %2627, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02850 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2628 = shl nuw nsw i64 %i48.addr.02850, 6
  %2629 = or disjoint i64 %2628, 32
  %2630 = getelementptr inbounds float, ptr %work, i64 %2629
  %2631 = load <16 x float>, ptr %2630, align 4
  %2632 = or disjoint i64 %2628, 48
  %2633 = getelementptr inbounds float, ptr %work, i64 %2632
  %2634 = load <16 x float>, ptr %2633, align 4
  %2635 = or disjoint i64 %i48.addr.02850, 1
  %2636 = shl nuw nsw i64 %2635, 6
  %2637 = or disjoint i64 %2636, 32
  %2638 = getelementptr inbounds float, ptr %work, i64 %2637
  %2639 = load <16 x float>, ptr %2638, align 4
  %2640 = or disjoint i64 %2636, 48
  %2641 = getelementptr inbounds float, ptr %work, i64 %2640
  %2642 = load <16 x float>, ptr %2641, align 4
  %2643 = or disjoint i64 %i48.addr.02850, 2
  %2644 = shl nuw nsw i64 %2643, 6
  %2645 = or disjoint i64 %2644, 32
  %2646 = getelementptr inbounds float, ptr %work, i64 %2645
  %2647 = load <16 x float>, ptr %2646, align 4
  %2648 = or disjoint i64 %2644, 48
  %2649 = getelementptr inbounds float, ptr %work, i64 %2648
  %2650 = load <16 x float>, ptr %2649, align 4
  %2651 = or disjoint i64 %i48.addr.02850, 3
  %2652 = shl nuw nsw i64 %2651, 6
  %2653 = or disjoint i64 %2652, 32
  %2654 = getelementptr inbounds float, ptr %work, i64 %2653
  %2655 = load <16 x float>, ptr %2654, align 4
  %2656 = or disjoint i64 %2652, 48
  %2657 = getelementptr inbounds float, ptr %work, i64 %2656
  %2658 = load <16 x float>, ptr %2657, align 4
  %2659 = or disjoint i64 %i48.addr.02850, 4
  %2660 = shl nuw nsw i64 %2659, 6
  %2661 = or disjoint i64 %2660, 32
  %2662 = getelementptr inbounds float, ptr %work, i64 %2661
  %2663 = load <16 x float>, ptr %2662, align 4
  %2664 = or disjoint i64 %2660, 48
  %2665 = getelementptr inbounds float, ptr %work, i64 %2664
  %2666 = load <16 x float>, ptr %2665, align 4
  %2667 = or disjoint i64 %i48.addr.02850, 5
  %2668 = shl nuw nsw i64 %2667, 6
  %2669 = or disjoint i64 %2668, 32
  %2670 = getelementptr inbounds float, ptr %work, i64 %2669
  %2671 = load <16 x float>, ptr %2670, align 4
  %2672 = or disjoint i64 %2668, 48
  %2673 = getelementptr inbounds float, ptr %work, i64 %2672
  %2674 = load <16 x float>, ptr %2673, align 4
  %2675 = or disjoint i64 %i48.addr.02850, 6
  %2676 = shl nuw nsw i64 %2675, 6
  %2677 = or disjoint i64 %2676, 32
  %2678 = getelementptr inbounds float, ptr %work, i64 %2677
  %2679 = load <16 x float>, ptr %2678, align 4
  %2680 = or disjoint i64 %2676, 48
  %2681 = getelementptr inbounds float, ptr %work, i64 %2680
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = or disjoint i64 %i48.addr.02850, 7
  %2684 = shl nuw nsw i64 %2683, 6
  %2685 = or disjoint i64 %2684, 32
  %2686 = getelementptr inbounds float, ptr %work, i64 %2685
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = or disjoint i64 %2684, 48
  %2689 = getelementptr inbounds float, ptr %work, i64 %2688
  %2690 = load <16 x float>, ptr %2689, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02849 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc135.02848 = phi <16 x float> [ %2690, %i48.body ], [ %2752, %p11.body ]
  %acc134.02847 = phi <16 x float> [ %2687, %i48.body ], [ %2751, %p11.body ]
  %acc133.02846 = phi <16 x float> [ %2682, %i48.body ], [ %2745, %p11.body ]
  %acc132.02845 = phi <16 x float> [ %2679, %i48.body ], [ %2744, %p11.body ]
  %acc131.02844 = phi <16 x float> [ %2674, %i48.body ], [ %2738, %p11.body ]
  %acc130.02843 = phi <16 x float> [ %2671, %i48.body ], [ %2737, %p11.body ]
  %acc129.02842 = phi <16 x float> [ %2666, %i48.body ], [ %2731, %p11.body ]
  %acc128.02841 = phi <16 x float> [ %2663, %i48.body ], [ %2730, %p11.body ]
  %acc127.02840 = phi <16 x float> [ %2658, %i48.body ], [ %2724, %p11.body ]
  %acc126.02839 = phi <16 x float> [ %2655, %i48.body ], [ %2723, %p11.body ]
  %acc125.02838 = phi <16 x float> [ %2650, %i48.body ], [ %2717, %p11.body ]
  %acc124.02837 = phi <16 x float> [ %2647, %i48.body ], [ %2716, %p11.body ]
  %acc123.02836 = phi <16 x float> [ %2642, %i48.body ], [ %2710, %p11.body ]
  %acc122.02835 = phi <16 x float> [ %2639, %i48.body ], [ %2709, %p11.body ]
  %acc121.02834 = phi <16 x float> [ %2634, %i48.body ], [ %2703, %p11.body ]
  %acc120.02833 = phi <16 x float> [ %2631, %i48.body ], [ %2702, %p11.body ]
  %2691 = shl nuw nsw i64 %p11.addr.02849, 5
  %2692 = getelementptr inbounds float, ptr %OY, i64 %2691
  %2693 = load <16 x float>, ptr %2692, align 4
  %2694 = or disjoint i64 %2691, 16
  %2695 = getelementptr inbounds float, ptr %OY, i64 %2694
  %2696 = load <16 x float>, ptr %2695, align 4
  %2697 = or disjoint i64 %2691, %i48.addr.02850
  %2698 = getelementptr inbounds float, ptr %QK, i64 %2697
  %2699 = load float, ptr %2698, align 4
  %2700 = insertelement <16 x float> poison, float %2699, i64 0
  %2701 = shufflevector <16 x float> %2700, <16 x float> poison, <16 x i32> zeroinitializer
  %2702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2693, <16 x float> %acc120.02833)
  %2703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2696, <16 x float> %acc121.02834)
  %2704 = or disjoint i64 %2691, %2635
  %2705 = getelementptr inbounds float, ptr %QK, i64 %2704
  %2706 = load float, ptr %2705, align 4
  %2707 = insertelement <16 x float> poison, float %2706, i64 0
  %2708 = shufflevector <16 x float> %2707, <16 x float> poison, <16 x i32> zeroinitializer
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2693, <16 x float> %acc122.02835)
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2696, <16 x float> %acc123.02836)
  %2711 = or disjoint i64 %2691, %2643
  %2712 = getelementptr inbounds float, ptr %QK, i64 %2711
  %2713 = load float, ptr %2712, align 4
  %2714 = insertelement <16 x float> poison, float %2713, i64 0
  %2715 = shufflevector <16 x float> %2714, <16 x float> poison, <16 x i32> zeroinitializer
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2693, <16 x float> %acc124.02837)
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2696, <16 x float> %acc125.02838)
  %2718 = or disjoint i64 %2691, %2651
  %2719 = getelementptr inbounds float, ptr %QK, i64 %2718
  %2720 = load float, ptr %2719, align 4
  %2721 = insertelement <16 x float> poison, float %2720, i64 0
  %2722 = shufflevector <16 x float> %2721, <16 x float> poison, <16 x i32> zeroinitializer
  %2723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2693, <16 x float> %acc126.02839)
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2696, <16 x float> %acc127.02840)
  %2725 = or disjoint i64 %2691, %2659
  %2726 = getelementptr inbounds float, ptr %QK, i64 %2725
  %2727 = load float, ptr %2726, align 4
  %2728 = insertelement <16 x float> poison, float %2727, i64 0
  %2729 = shufflevector <16 x float> %2728, <16 x float> poison, <16 x i32> zeroinitializer
  %2730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2729, <16 x float> %2693, <16 x float> %acc128.02841)
  %2731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2729, <16 x float> %2696, <16 x float> %acc129.02842)
  %2732 = or disjoint i64 %2691, %2667
  %2733 = getelementptr inbounds float, ptr %QK, i64 %2732
  %2734 = load float, ptr %2733, align 4
  %2735 = insertelement <16 x float> poison, float %2734, i64 0
  %2736 = shufflevector <16 x float> %2735, <16 x float> poison, <16 x i32> zeroinitializer
  %2737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2693, <16 x float> %acc130.02843)
  %2738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2696, <16 x float> %acc131.02844)
  %2739 = or disjoint i64 %2691, %2675
  %2740 = getelementptr inbounds float, ptr %QK, i64 %2739
  %2741 = load float, ptr %2740, align 4
  %2742 = insertelement <16 x float> poison, float %2741, i64 0
  %2743 = shufflevector <16 x float> %2742, <16 x float> poison, <16 x i32> zeroinitializer
  %2744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2743, <16 x float> %2693, <16 x float> %acc132.02845)
  %2745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2743, <16 x float> %2696, <16 x float> %acc133.02846)
  %2746 = or disjoint i64 %2691, %2683
  %2747 = getelementptr inbounds float, ptr %QK, i64 %2746
  %2748 = load float, ptr %2747, align 4
  %2749 = insertelement <16 x float> poison, float %2748, i64 0
  %2750 = shufflevector <16 x float> %2749, <16 x float> poison, <16 x i32> zeroinitializer
  %2751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2750, <16 x float> %2693, <16 x float> %acc134.02847)
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2750, <16 x float> %2696, <16 x float> %acc135.02848)
  %p11.next = add nuw nsw i64 %p11.addr.02849, 1
  %exitcond3187.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3187.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2702, ptr %2630, align 4
  store <16 x float> %2703, ptr %2633, align 4
  store <16 x float> %2709, ptr %2638, align 4
  store <16 x float> %2710, ptr %2641, align 4
  store <16 x float> %2716, ptr %2646, align 4
  store <16 x float> %2717, ptr %2649, align 4
  store <16 x float> %2723, ptr %2654, align 4
  store <16 x float> %2724, ptr %2657, align 4
  store <16 x float> %2730, ptr %2662, align 4
  store <16 x float> %2731, ptr %2665, align 4
  store <16 x float> %2737, ptr %2670, align 4
  store <16 x float> %2738, ptr %2673, align 4
  store <16 x float> %2744, ptr %2678, align 4
  store <16 x float> %2745, ptr %2681, align 4
  store <16 x float> %2751, ptr %2686, align 4
  store <16 x float> %2752, ptr %2689, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02850, 8
  %2753 = icmp ult i64 %i48.addr.02850, 24
  br i1 %2753, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit
  %2754 = icmp ult i64 %i49.addr.02863, 120
  br i1 %2754, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.02863 = phi i64 [ %2755, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2755 = add nuw nsw i64 %i49.addr.02863, 8
  %2756 = shl nuw nsw i64 %i49.addr.02863, 8
  %2757 = or disjoint i64 %2756, 128
  %2758 = getelementptr inbounds float, ptr %Ak, i64 %2757
  %2759 = or disjoint i64 %2756, 384
  %2760 = getelementptr inbounds float, ptr %Ak, i64 %2759
  %2761 = or disjoint i64 %2756, 640
  %2762 = getelementptr inbounds float, ptr %Ak, i64 %2761
  %2763 = or disjoint i64 %2756, 896
  %2764 = getelementptr inbounds float, ptr %Ak, i64 %2763
  %2765 = or disjoint i64 %2756, 1152
  %2766 = getelementptr inbounds float, ptr %Ak, i64 %2765
  %2767 = or disjoint i64 %2756, 1408
  %2768 = getelementptr inbounds float, ptr %Ak, i64 %2767
  %2769 = or disjoint i64 %2756, 1664
  %2770 = getelementptr inbounds float, ptr %Ak, i64 %2769
  %2771 = or disjoint i64 %2756, 1920
  %2772 = getelementptr inbounds float, ptr %Ak, i64 %2771
  %.idx3204 = shl nsw i64 %i49.addr.02863, 7
  %invariant.gep3413 = getelementptr inbounds i8, ptr %OY, i64 %.idx3204
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i49.body, %p12.exit
  %j34.addr.02862 = phi i64 [ 0, %i49.body ], [ %j34.next, %p12.exit ]
  %invariant.gep2851 = getelementptr inbounds float, ptr %VnT, i64 %j34.addr.02862
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02861 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc143.02860 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2813, %p12.body ]
  %acc142.02859 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2808, %p12.body ]
  %acc141.02858 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2803, %p12.body ]
  %acc140.02857 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2798, %p12.body ]
  %acc139.02856 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2793, %p12.body ]
  %acc138.02855 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2788, %p12.body ]
  %acc137.02854 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2783, %p12.body ]
  %acc136.02853 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2778, %p12.body ]
  %.idx2582 = shl nuw nsw i64 %p12.addr.02861, 9
  %gep2852 = getelementptr inbounds i8, ptr %invariant.gep2851, i64 %.idx2582
  %2773 = load <16 x float>, ptr %gep2852, align 4
  %gep3414 = getelementptr inbounds float, ptr %invariant.gep3413, i64 %p12.addr.02861
  %2774 = getelementptr inbounds i8, ptr %gep3414, i64 8192
  %2775 = load float, ptr %2774, align 4
  %2776 = insertelement <16 x float> poison, float %2775, i64 0
  %2777 = shufflevector <16 x float> %2776, <16 x float> poison, <16 x i32> zeroinitializer
  %2778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2777, <16 x float> %2773, <16 x float> %acc136.02853)
  %2779 = getelementptr inbounds i8, ptr %gep3414, i64 8320
  %2780 = load float, ptr %2779, align 4
  %2781 = insertelement <16 x float> poison, float %2780, i64 0
  %2782 = shufflevector <16 x float> %2781, <16 x float> poison, <16 x i32> zeroinitializer
  %2783 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2773, <16 x float> %acc137.02854)
  %2784 = getelementptr inbounds i8, ptr %gep3414, i64 8448
  %2785 = load float, ptr %2784, align 4
  %2786 = insertelement <16 x float> poison, float %2785, i64 0
  %2787 = shufflevector <16 x float> %2786, <16 x float> poison, <16 x i32> zeroinitializer
  %2788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2787, <16 x float> %2773, <16 x float> %acc138.02855)
  %2789 = getelementptr inbounds i8, ptr %gep3414, i64 8576
  %2790 = load float, ptr %2789, align 4
  %2791 = insertelement <16 x float> poison, float %2790, i64 0
  %2792 = shufflevector <16 x float> %2791, <16 x float> poison, <16 x i32> zeroinitializer
  %2793 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2792, <16 x float> %2773, <16 x float> %acc139.02856)
  %2794 = getelementptr inbounds i8, ptr %gep3414, i64 8704
  %2795 = load float, ptr %2794, align 4
  %2796 = insertelement <16 x float> poison, float %2795, i64 0
  %2797 = shufflevector <16 x float> %2796, <16 x float> poison, <16 x i32> zeroinitializer
  %2798 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2797, <16 x float> %2773, <16 x float> %acc140.02857)
  %2799 = getelementptr inbounds i8, ptr %gep3414, i64 8832
  %2800 = load float, ptr %2799, align 4
  %2801 = insertelement <16 x float> poison, float %2800, i64 0
  %2802 = shufflevector <16 x float> %2801, <16 x float> poison, <16 x i32> zeroinitializer
  %2803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2802, <16 x float> %2773, <16 x float> %acc141.02858)
  %2804 = getelementptr inbounds i8, ptr %gep3414, i64 8960
  %2805 = load float, ptr %2804, align 4
  %2806 = insertelement <16 x float> poison, float %2805, i64 0
  %2807 = shufflevector <16 x float> %2806, <16 x float> poison, <16 x i32> zeroinitializer
  %2808 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2807, <16 x float> %2773, <16 x float> %acc142.02859)
  %2809 = getelementptr inbounds i8, ptr %gep3414, i64 9088
  %2810 = load float, ptr %2809, align 4
  %2811 = insertelement <16 x float> poison, float %2810, i64 0
  %2812 = shufflevector <16 x float> %2811, <16 x float> poison, <16 x i32> zeroinitializer
  %2813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2812, <16 x float> %2773, <16 x float> %acc143.02860)
  %p12.next = add nuw nsw i64 %p12.addr.02861, 1
  %exitcond3188.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond3188.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2814 = getelementptr inbounds float, ptr %2758, i64 %j34.addr.02862
  store <16 x float> %2778, ptr %2814, align 4
  %2815 = getelementptr inbounds float, ptr %2760, i64 %j34.addr.02862
  store <16 x float> %2783, ptr %2815, align 4
  %2816 = getelementptr inbounds float, ptr %2762, i64 %j34.addr.02862
  store <16 x float> %2788, ptr %2816, align 4
  %2817 = getelementptr inbounds float, ptr %2764, i64 %j34.addr.02862
  store <16 x float> %2793, ptr %2817, align 4
  %2818 = getelementptr inbounds float, ptr %2766, i64 %j34.addr.02862
  store <16 x float> %2798, ptr %2818, align 4
  %2819 = getelementptr inbounds float, ptr %2768, i64 %j34.addr.02862
  store <16 x float> %2803, ptr %2819, align 4
  %2820 = getelementptr inbounds float, ptr %2770, i64 %j34.addr.02862
  store <16 x float> %2808, ptr %2820, align 4
  %2821 = getelementptr inbounds float, ptr %2772, i64 %j34.addr.02862
  store <16 x float> %2813, ptr %2821, align 4
  %j34.next = add nuw nsw i64 %j34.addr.02862, 16
  %2822 = icmp ult i64 %j34.next, %2755
  br i1 %2822, label %p12.head.preheader, label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %2823 = shl nsw i64 %L, 1
  %2824 = shl i64 %ci, 12
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3193 = phi i64 [ %indvars.iv.next3194, %j36.exit ], [ 1, %i49.head.loopexit ]
  %indvars.iv3189 = phi i64 [ %indvars.iv.next3190, %j36.exit ], [ 0, %i49.head.loopexit ]
  %t6.addr.02866 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv3189, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.02866, 1
  %.not2973 = icmp eq i64 %t6.addr.02866, 0
  br i1 %.not2973, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %2825 = shl nuw nsw i64 %t6.addr.02866, 9
  %2826 = or disjoint i64 %2825, 128
  %2827 = getelementptr inbounds float, ptr %Ak, i64 %2826
  %gep3424 = getelementptr inbounds float, ptr %invariant.gep3423, i64 %i50
  %xtraiter3772 = and i64 %umax, 7
  %2828 = icmp ult i64 %indvars.iv3189, 8
  br i1 %2828, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3774 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02864 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3775 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3775.next.7, %j35.body ]
  %2829 = getelementptr inbounds float, ptr %2827, i64 %j35.addr.02864
  %2830 = load float, ptr %2829, align 4
  %2831 = fneg float %2830
  store float %2831, ptr %2829, align 4
  %.idx2974 = shl nsw i64 %j35.addr.02864, 10
  %gep3418 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974
  store float %2831, ptr %gep3418, align 4
  %j35.next = or disjoint i64 %j35.addr.02864, 1
  %2832 = getelementptr inbounds float, ptr %2827, i64 %j35.next
  %2833 = load float, ptr %2832, align 4
  %2834 = fneg float %2833
  store float %2834, ptr %2832, align 4
  %.idx2974.1 = shl nsw i64 %j35.next, 10
  %gep3418.1 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.1
  store float %2834, ptr %gep3418.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02864, 2
  %2835 = getelementptr inbounds float, ptr %2827, i64 %j35.next.1
  %2836 = load float, ptr %2835, align 4
  %2837 = fneg float %2836
  store float %2837, ptr %2835, align 4
  %.idx2974.2 = shl nsw i64 %j35.next.1, 10
  %gep3418.2 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.2
  store float %2837, ptr %gep3418.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02864, 3
  %2838 = getelementptr inbounds float, ptr %2827, i64 %j35.next.2
  %2839 = load float, ptr %2838, align 4
  %2840 = fneg float %2839
  store float %2840, ptr %2838, align 4
  %.idx2974.3 = shl nsw i64 %j35.next.2, 10
  %gep3418.3 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.3
  store float %2840, ptr %gep3418.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02864, 4
  %2841 = getelementptr inbounds float, ptr %2827, i64 %j35.next.3
  %2842 = load float, ptr %2841, align 4
  %2843 = fneg float %2842
  store float %2843, ptr %2841, align 4
  %.idx2974.4 = shl nsw i64 %j35.next.3, 10
  %gep3418.4 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.4
  store float %2843, ptr %gep3418.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02864, 5
  %2844 = getelementptr inbounds float, ptr %2827, i64 %j35.next.4
  %2845 = load float, ptr %2844, align 4
  %2846 = fneg float %2845
  store float %2846, ptr %2844, align 4
  %.idx2974.5 = shl nsw i64 %j35.next.4, 10
  %gep3418.5 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.5
  store float %2846, ptr %gep3418.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02864, 6
  %2847 = getelementptr inbounds float, ptr %2827, i64 %j35.next.5
  %2848 = load float, ptr %2847, align 4
  %2849 = fneg float %2848
  store float %2849, ptr %2847, align 4
  %.idx2974.6 = shl nsw i64 %j35.next.5, 10
  %gep3418.6 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.6
  store float %2849, ptr %gep3418.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02864, 7
  %2850 = getelementptr inbounds float, ptr %2827, i64 %j35.next.6
  %2851 = load float, ptr %2850, align 4
  %2852 = fneg float %2851
  store float %2852, ptr %2850, align 4
  %.idx2974.7 = shl nsw i64 %j35.next.6, 10
  %gep3418.7 = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.7
  store float %2852, ptr %gep3418.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02864, 8
  %niter3775.next.7 = add i64 %niter3775, 8
  %niter3775.ncmp.7 = icmp eq i64 %niter3775.next.7, %unroll_iter3774
  br i1 %niter3775.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02864.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3773.not = icmp eq i64 %xtraiter3772, 0
  br i1 %lcmp.mod3773.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02864.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02864.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %2853 = getelementptr inbounds float, ptr %2827, i64 %j35.addr.02864.epil
  %2854 = load float, ptr %2853, align 4
  %2855 = fneg float %2854
  store float %2855, ptr %2853, align 4
  %.idx2974.epil = shl nsw i64 %j35.addr.02864.epil, 10
  %gep3418.epil = getelementptr inbounds i8, ptr %gep3424, i64 %.idx2974.epil
  store float %2855, ptr %gep3418.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02864.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3772
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx2975 = mul nuw nsw i64 %t6.addr.02866, 2056
  %gep3426 = getelementptr inbounds i8, ptr %invariant.gep3425, i64 %.idx2975
  store float 0.000000e+00, ptr %gep3426, align 4
  %i51 = or disjoint i64 %i50, 1
  %2856 = shl nuw nsw i64 %i51, 8
  %2857 = or disjoint i64 %2856, 128
  %2858 = getelementptr inbounds float, ptr %Ak, i64 %2857
  %gep3428 = getelementptr inbounds float, ptr %invariant.gep3427, i64 %i51
  %xtraiter3776 = and i64 %indvars.iv3193, 7
  %2859 = icmp ult i64 %indvars.iv3189, 7
  br i1 %2859, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3779 = and i64 %indvars.iv3193, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02865 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3780 = phi i64 [ 0, %j35.exit.new ], [ %niter3780.next.7, %j36.body ]
  %2860 = getelementptr inbounds float, ptr %2858, i64 %j36.addr.02865
  %2861 = load float, ptr %2860, align 4
  %2862 = fneg float %2861
  store float %2862, ptr %2860, align 4
  %.idx2976 = shl nsw i64 %j36.addr.02865, 10
  %gep3422 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976
  store float %2862, ptr %gep3422, align 4
  %j36.next = or disjoint i64 %j36.addr.02865, 1
  %2863 = getelementptr inbounds float, ptr %2858, i64 %j36.next
  %2864 = load float, ptr %2863, align 4
  %2865 = fneg float %2864
  store float %2865, ptr %2863, align 4
  %.idx2976.1 = shl nsw i64 %j36.next, 10
  %gep3422.1 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.1
  store float %2865, ptr %gep3422.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02865, 2
  %2866 = getelementptr inbounds float, ptr %2858, i64 %j36.next.1
  %2867 = load float, ptr %2866, align 4
  %2868 = fneg float %2867
  store float %2868, ptr %2866, align 4
  %.idx2976.2 = shl nsw i64 %j36.next.1, 10
  %gep3422.2 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.2
  store float %2868, ptr %gep3422.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02865, 3
  %2869 = getelementptr inbounds float, ptr %2858, i64 %j36.next.2
  %2870 = load float, ptr %2869, align 4
  %2871 = fneg float %2870
  store float %2871, ptr %2869, align 4
  %.idx2976.3 = shl nsw i64 %j36.next.2, 10
  %gep3422.3 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.3
  store float %2871, ptr %gep3422.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02865, 4
  %2872 = getelementptr inbounds float, ptr %2858, i64 %j36.next.3
  %2873 = load float, ptr %2872, align 4
  %2874 = fneg float %2873
  store float %2874, ptr %2872, align 4
  %.idx2976.4 = shl nsw i64 %j36.next.3, 10
  %gep3422.4 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.4
  store float %2874, ptr %gep3422.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02865, 5
  %2875 = getelementptr inbounds float, ptr %2858, i64 %j36.next.4
  %2876 = load float, ptr %2875, align 4
  %2877 = fneg float %2876
  store float %2877, ptr %2875, align 4
  %.idx2976.5 = shl nsw i64 %j36.next.4, 10
  %gep3422.5 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.5
  store float %2877, ptr %gep3422.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02865, 6
  %2878 = getelementptr inbounds float, ptr %2858, i64 %j36.next.5
  %2879 = load float, ptr %2878, align 4
  %2880 = fneg float %2879
  store float %2880, ptr %2878, align 4
  %.idx2976.6 = shl nsw i64 %j36.next.5, 10
  %gep3422.6 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.6
  store float %2880, ptr %gep3422.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02865, 7
  %2881 = getelementptr inbounds float, ptr %2858, i64 %j36.next.6
  %2882 = load float, ptr %2881, align 4
  %2883 = fneg float %2882
  store float %2883, ptr %2881, align 4
  %.idx2976.7 = shl nsw i64 %j36.next.6, 10
  %gep3422.7 = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.7
  store float %2883, ptr %gep3422.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02865, 8
  %niter3780.next.7 = add i64 %niter3780, 8
  %niter3780.ncmp.7 = icmp eq i64 %niter3780.next.7, %unroll_iter3779
  br i1 %niter3780.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02865.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3778.not = icmp eq i64 %xtraiter3776, 0
  br i1 %lcmp.mod3778.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02865.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02865.unr, %j36.exit.unr-lcssa ]
  %epil.iter3777 = phi i64 [ %epil.iter3777.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %2884 = getelementptr inbounds float, ptr %2858, i64 %j36.addr.02865.epil
  %2885 = load float, ptr %2884, align 4
  %2886 = fneg float %2885
  store float %2886, ptr %2884, align 4
  %.idx2976.epil = shl nsw i64 %j36.addr.02865.epil, 10
  %gep3422.epil = getelementptr inbounds i8, ptr %gep3428, i64 %.idx2976.epil
  store float %2886, ptr %gep3422.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02865.epil, 1
  %epil.iter3777.next = add i64 %epil.iter3777, 1
  %epil.iter3777.cmp.not = icmp eq i64 %epil.iter3777.next, %xtraiter3776
  br i1 %epil.iter3777.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %.idx2977 = mul nuw nsw i64 %i51, 1028
  %gep3430 = getelementptr inbounds i8, ptr %invariant.gep3429, i64 %.idx2977
  store float 0.000000e+00, ptr %gep3430, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02866, 1
  %indvars.iv.next3190 = add nuw nsw i64 %indvars.iv3189, 2
  %indvars.iv.next3194 = add nuw nsw i64 %indvars.iv3193, 2
  %exitcond3196.not = icmp eq i64 %t6.next, 64
  br i1 %exitcond3196.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1720
  %i52.addr.02884 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1720 ]
  %2887 = shl nuw nsw i64 %i52.addr.02884, 8
  br label %p13.body

i52.exit:                                         ; preds = %endif1720
  %t7.end = add nsw i64 %L, %t0
  br i1 %2327, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02883 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc159.02882 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2949, %p13.body ]
  %acc158.02881 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2948, %p13.body ]
  %acc157.02880 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2942, %p13.body ]
  %acc156.02879 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2941, %p13.body ]
  %acc155.02878 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2935, %p13.body ]
  %acc154.02877 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2934, %p13.body ]
  %acc153.02876 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2928, %p13.body ]
  %acc152.02875 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2927, %p13.body ]
  %acc151.02874 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2921, %p13.body ]
  %acc150.02873 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2920, %p13.body ]
  %acc149.02872 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2914, %p13.body ]
  %acc148.02871 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2913, %p13.body ]
  %acc147.02870 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2907, %p13.body ]
  %acc146.02869 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2906, %p13.body ]
  %acc145.02868 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2900, %p13.body ]
  %acc144.02867 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2899, %p13.body ]
  %2888 = shl nuw nsw i64 %p13.addr.02883, 5
  %2889 = getelementptr inbounds float, ptr %Bk, i64 %2888
  %2890 = load <16 x float>, ptr %2889, align 4
  %2891 = or disjoint i64 %2888, 16
  %2892 = getelementptr inbounds float, ptr %Bk, i64 %2891
  %2893 = load <16 x float>, ptr %2892, align 4
  %2894 = add nuw nsw i64 %p13.addr.02883, %2887
  %2895 = getelementptr inbounds float, ptr %Ak, i64 %2894
  %2896 = load float, ptr %2895, align 4
  %2897 = insertelement <16 x float> poison, float %2896, i64 0
  %2898 = shufflevector <16 x float> %2897, <16 x float> poison, <16 x i32> zeroinitializer
  %2899 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2898, <16 x float> %2890, <16 x float> %acc144.02867)
  %2900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2898, <16 x float> %2893, <16 x float> %acc145.02868)
  %2901 = or disjoint i64 %2894, 256
  %2902 = getelementptr inbounds float, ptr %Ak, i64 %2901
  %2903 = load float, ptr %2902, align 4
  %2904 = insertelement <16 x float> poison, float %2903, i64 0
  %2905 = shufflevector <16 x float> %2904, <16 x float> poison, <16 x i32> zeroinitializer
  %2906 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2890, <16 x float> %acc146.02869)
  %2907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2893, <16 x float> %acc147.02870)
  %2908 = or disjoint i64 %2894, 512
  %2909 = getelementptr inbounds float, ptr %Ak, i64 %2908
  %2910 = load float, ptr %2909, align 4
  %2911 = insertelement <16 x float> poison, float %2910, i64 0
  %2912 = shufflevector <16 x float> %2911, <16 x float> poison, <16 x i32> zeroinitializer
  %2913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2912, <16 x float> %2890, <16 x float> %acc148.02871)
  %2914 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2912, <16 x float> %2893, <16 x float> %acc149.02872)
  %2915 = or disjoint i64 %2894, 768
  %2916 = getelementptr inbounds float, ptr %Ak, i64 %2915
  %2917 = load float, ptr %2916, align 4
  %2918 = insertelement <16 x float> poison, float %2917, i64 0
  %2919 = shufflevector <16 x float> %2918, <16 x float> poison, <16 x i32> zeroinitializer
  %2920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2919, <16 x float> %2890, <16 x float> %acc150.02873)
  %2921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2919, <16 x float> %2893, <16 x float> %acc151.02874)
  %2922 = or disjoint i64 %2894, 1024
  %2923 = getelementptr inbounds float, ptr %Ak, i64 %2922
  %2924 = load float, ptr %2923, align 4
  %2925 = insertelement <16 x float> poison, float %2924, i64 0
  %2926 = shufflevector <16 x float> %2925, <16 x float> poison, <16 x i32> zeroinitializer
  %2927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2926, <16 x float> %2890, <16 x float> %acc152.02875)
  %2928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2926, <16 x float> %2893, <16 x float> %acc153.02876)
  %2929 = or disjoint i64 %2894, 1280
  %2930 = getelementptr inbounds float, ptr %Ak, i64 %2929
  %2931 = load float, ptr %2930, align 4
  %2932 = insertelement <16 x float> poison, float %2931, i64 0
  %2933 = shufflevector <16 x float> %2932, <16 x float> poison, <16 x i32> zeroinitializer
  %2934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2933, <16 x float> %2890, <16 x float> %acc154.02877)
  %2935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2933, <16 x float> %2893, <16 x float> %acc155.02878)
  %2936 = or disjoint i64 %2894, 1536
  %2937 = getelementptr inbounds float, ptr %Ak, i64 %2936
  %2938 = load float, ptr %2937, align 4
  %2939 = insertelement <16 x float> poison, float %2938, i64 0
  %2940 = shufflevector <16 x float> %2939, <16 x float> poison, <16 x i32> zeroinitializer
  %2941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2940, <16 x float> %2890, <16 x float> %acc156.02879)
  %2942 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2940, <16 x float> %2893, <16 x float> %acc157.02880)
  %2943 = or disjoint i64 %2894, 1792
  %2944 = getelementptr inbounds float, ptr %Ak, i64 %2943
  %2945 = load float, ptr %2944, align 4
  %2946 = insertelement <16 x float> poison, float %2945, i64 0
  %2947 = shufflevector <16 x float> %2946, <16 x float> poison, <16 x i32> zeroinitializer
  %2948 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2947, <16 x float> %2890, <16 x float> %acc158.02881)
  %2949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2947, <16 x float> %2893, <16 x float> %acc159.02882)
  %p13.next = add nuw nsw i64 %p13.addr.02883, 1
  %exitcond3197.not = icmp eq i64 %p13.next, 256
  br i1 %exitcond3197.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2950 = icmp slt i64 %i52.addr.02884, %2823
  br i1 %2950, label %then1658, label %endif1664

then1658:                                         ; preds = %p13.exit
  %2951 = shl nuw nsw i64 %i52.addr.02884, 5
  %2952 = add nuw nsw i64 %2951, %2824
  %2953 = getelementptr inbounds float, ptr %dak, i64 %2952
  store <16 x float> %2899, ptr %2953, align 4
  %2954 = or disjoint i64 %2952, 16
  %2955 = getelementptr inbounds float, ptr %dak, i64 %2954
  store <16 x float> %2900, ptr %2955, align 4
  br label %endif1664

endif1664:                                        ; preds = %p13.exit, %then1658
  %2956 = or disjoint i64 %i52.addr.02884, 1
  %2957 = icmp slt i64 %2956, %2823
  br i1 %2957, label %then1666, label %endif1672

then1666:                                         ; preds = %endif1664
  %2958 = shl nuw nsw i64 %2956, 5
  %2959 = add nuw nsw i64 %2958, %2824
  %2960 = getelementptr inbounds float, ptr %dak, i64 %2959
  store <16 x float> %2906, ptr %2960, align 4
  %2961 = or disjoint i64 %2959, 16
  %2962 = getelementptr inbounds float, ptr %dak, i64 %2961
  store <16 x float> %2907, ptr %2962, align 4
  br label %endif1672

endif1672:                                        ; preds = %endif1664, %then1666
  %2963 = or disjoint i64 %i52.addr.02884, 2
  %2964 = icmp slt i64 %2963, %2823
  br i1 %2964, label %then1674, label %endif1680

then1674:                                         ; preds = %endif1672
  %2965 = shl nuw nsw i64 %2963, 5
  %2966 = add nuw nsw i64 %2965, %2824
  %2967 = getelementptr inbounds float, ptr %dak, i64 %2966
  store <16 x float> %2913, ptr %2967, align 4
  %2968 = or disjoint i64 %2966, 16
  %2969 = getelementptr inbounds float, ptr %dak, i64 %2968
  store <16 x float> %2914, ptr %2969, align 4
  br label %endif1680

endif1680:                                        ; preds = %endif1672, %then1674
  %2970 = or disjoint i64 %i52.addr.02884, 3
  %2971 = icmp slt i64 %2970, %2823
  br i1 %2971, label %then1682, label %endif1688

then1682:                                         ; preds = %endif1680
  %2972 = shl nuw nsw i64 %2970, 5
  %2973 = add nuw nsw i64 %2972, %2824
  %2974 = getelementptr inbounds float, ptr %dak, i64 %2973
  store <16 x float> %2920, ptr %2974, align 4
  %2975 = or disjoint i64 %2973, 16
  %2976 = getelementptr inbounds float, ptr %dak, i64 %2975
  store <16 x float> %2921, ptr %2976, align 4
  br label %endif1688

endif1688:                                        ; preds = %endif1680, %then1682
  %2977 = or disjoint i64 %i52.addr.02884, 4
  %2978 = icmp slt i64 %2977, %2823
  br i1 %2978, label %then1690, label %endif1696

then1690:                                         ; preds = %endif1688
  %2979 = shl nuw nsw i64 %2977, 5
  %2980 = add nuw nsw i64 %2979, %2824
  %2981 = getelementptr inbounds float, ptr %dak, i64 %2980
  store <16 x float> %2927, ptr %2981, align 4
  %2982 = or disjoint i64 %2980, 16
  %2983 = getelementptr inbounds float, ptr %dak, i64 %2982
  store <16 x float> %2928, ptr %2983, align 4
  br label %endif1696

endif1696:                                        ; preds = %endif1688, %then1690
  %2984 = or disjoint i64 %i52.addr.02884, 5
  %2985 = icmp slt i64 %2984, %2823
  br i1 %2985, label %then1698, label %endif1704

then1698:                                         ; preds = %endif1696
  %2986 = shl nuw nsw i64 %2984, 5
  %2987 = add nuw nsw i64 %2986, %2824
  %2988 = getelementptr inbounds float, ptr %dak, i64 %2987
  store <16 x float> %2934, ptr %2988, align 4
  %2989 = or disjoint i64 %2987, 16
  %2990 = getelementptr inbounds float, ptr %dak, i64 %2989
  store <16 x float> %2935, ptr %2990, align 4
  br label %endif1704

endif1704:                                        ; preds = %endif1696, %then1698
  %2991 = or disjoint i64 %i52.addr.02884, 6
  %2992 = icmp slt i64 %2991, %2823
  br i1 %2992, label %then1706, label %endif1712

then1706:                                         ; preds = %endif1704
  %2993 = shl nuw nsw i64 %2991, 5
  %2994 = add nuw nsw i64 %2993, %2824
  %2995 = getelementptr inbounds float, ptr %dak, i64 %2994
  store <16 x float> %2941, ptr %2995, align 4
  %2996 = or disjoint i64 %2994, 16
  %2997 = getelementptr inbounds float, ptr %dak, i64 %2996
  store <16 x float> %2942, ptr %2997, align 4
  br label %endif1712

endif1712:                                        ; preds = %endif1704, %then1706
  %2998 = or disjoint i64 %i52.addr.02884, 7
  %2999 = icmp slt i64 %2998, %2823
  br i1 %2999, label %then1714, label %endif1720

then1714:                                         ; preds = %endif1712
  %3000 = shl nuw nsw i64 %2998, 5
  %3001 = add nuw nsw i64 %3000, %2824
  %3002 = getelementptr inbounds float, ptr %dak, i64 %3001
  store <16 x float> %2948, ptr %3002, align 4
  %3003 = or disjoint i64 %3001, 16
  %3004 = getelementptr inbounds float, ptr %dak, i64 %3003
  store <16 x float> %2949, ptr %3004, align 4
  br label %endif1720

endif1720:                                        ; preds = %endif1712, %then1714
  %i52.next = add nuw nsw i64 %i52.addr.02884, 8
  %3005 = icmp ult i64 %i52.addr.02884, 120
  br i1 %3005, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.02889 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3006 = add nsw i64 %t7.addr.02889, 4
  %tp1 = tail call i64 @llvm.smin.i64(i64 %3006, i64 %5)
  %3007 = add nsw i64 %tp1, %40
  %3008 = mul nsw i64 %3007, %dq_ts
  %gep2891 = getelementptr float, ptr %invariant.gep2890, i64 %3008
  tail call void @llvm.prefetch.p0(ptr %gep2891, i32 0, i32 2, i32 1)
  %3009 = getelementptr i8, ptr %gep2891, i64 64
  tail call void @llvm.prefetch.p0(ptr %3009, i32 0, i32 2, i32 1)
  %3010 = mul nsw i64 %3007, %dk_ts
  %gep2893 = getelementptr float, ptr %invariant.gep2892, i64 %3010
  tail call void @llvm.prefetch.p0(ptr %gep2893, i32 0, i32 2, i32 1)
  %3011 = getelementptr i8, ptr %gep2893, i64 64
  tail call void @llvm.prefetch.p0(ptr %3011, i32 0, i32 2, i32 1)
  %3012 = mul nsw i64 %3007, %dv_ts
  %gep2895 = getelementptr float, ptr %invariant.gep2894, i64 %3012
  tail call void @llvm.prefetch.p0(ptr %gep2895, i32 0, i32 2, i32 1)
  %3013 = getelementptr i8, ptr %gep2895, i64 64
  tail call void @llvm.prefetch.p0(ptr %3013, i32 0, i32 2, i32 1)
  %gep2897 = getelementptr float, ptr %invariant.gep2896, i64 %3010
  tail call void @llvm.prefetch.p0(ptr %gep2897, i32 0, i32 2, i32 1)
  %3014 = getelementptr i8, ptr %gep2897, i64 64
  tail call void @llvm.prefetch.p0(ptr %3014, i32 0, i32 2, i32 1)
  %gep2899 = getelementptr float, ptr %invariant.gep2898, i64 %3012
  tail call void @llvm.prefetch.p0(ptr %gep2899, i32 0, i32 2, i32 1)
  %3015 = getelementptr i8, ptr %gep2899, i64 64
  tail call void @llvm.prefetch.p0(ptr %3015, i32 0, i32 2, i32 1)
  %3016 = shl nsw i64 %t7.addr.02889, 5
  %3017 = getelementptr inbounds float, ptr %invariant.gep2919, i64 %3016
  %3018 = load <16 x float>, ptr %3017, align 4
  %3019 = or disjoint i64 %3016, 16
  %3020 = getelementptr inbounds float, ptr %invariant.gep2919, i64 %3019
  %3021 = load <16 x float>, ptr %3020, align 4
  %3022 = getelementptr inbounds float, ptr %gep2918, i64 %3016
  %3023 = load <16 x float>, ptr %3022, align 4
  %3024 = getelementptr inbounds float, ptr %gep2918, i64 %3019
  %3025 = load <16 x float>, ptr %3024, align 4
  %3026 = getelementptr inbounds float, ptr %gep2920, i64 %t7.addr.02889
  %3027 = load float, ptr %3026, align 4
  %3028 = fmul <16 x float> %3018, %3023
  %3029 = fmul <16 x float> %3021, %3025
  %3030 = fadd <16 x float> %3028, %3029
  %3031 = shufflevector <16 x float> %3030, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3032 = shufflevector <16 x float> %3030, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3033 = fadd <8 x float> %3031, %3032
  %3034 = shufflevector <8 x float> %3033, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3035 = shufflevector <8 x float> %3033, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3036 = fadd <4 x float> %3034, %3035
  %3037 = shufflevector <4 x float> %3036, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3038 = shufflevector <4 x float> %3036, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3039 = fadd <2 x float> %3037, %3038
  %shift3595 = shufflevector <2 x float> %3039, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3040 = fadd <2 x float> %3039, %shift3595
  %3041 = shufflevector <2 x float> %3040, <2 x float> poison, <16 x i32> zeroinitializer
  %3042 = fmul <16 x float> %3018, %3041
  %3043 = fsub <16 x float> %3023, %3042
  %3044 = insertelement <16 x float> poison, float %3027, i64 0
  %3045 = shufflevector <16 x float> %3044, <16 x float> poison, <16 x i32> zeroinitializer
  %3046 = fmul <16 x float> %3045, %3043
  %3047 = add nsw i64 %t7.addr.02889, %40
  %3048 = mul nsw i64 %3047, %dq_ts
  %gep2901 = getelementptr float, ptr %invariant.gep2890, i64 %3048
  store <16 x float> %3046, ptr %gep2901, align 4
  %3049 = fmul <16 x float> %3021, %3041
  %3050 = fsub <16 x float> %3025, %3049
  %3051 = fmul <16 x float> %3045, %3050
  %3052 = getelementptr i8, ptr %gep2901, i64 64
  store <16 x float> %3051, ptr %3052, align 4
  %3053 = shl nsw i64 %t7.addr.02889, 1
  %3054 = shl nsw i64 %t7.addr.02889, 6
  %3055 = getelementptr inbounds float, ptr %gep2914, i64 %3054
  %3056 = load <16 x float>, ptr %3055, align 4
  %3057 = or disjoint i64 %3054, 16
  %3058 = getelementptr inbounds float, ptr %gep2914, i64 %3057
  %3059 = load <16 x float>, ptr %3058, align 4
  %3060 = getelementptr inbounds float, ptr %dak, i64 %3054
  %3061 = load <16 x float>, ptr %3060, align 4
  %3062 = getelementptr inbounds float, ptr %dak, i64 %3057
  %3063 = load <16 x float>, ptr %3062, align 4
  %gep2886 = getelementptr float, ptr %invariant.gep, i64 %3053
  %3064 = load float, ptr %gep2886, align 4
  %3065 = fmul <16 x float> %3056, %3061
  %3066 = fmul <16 x float> %3059, %3063
  %3067 = fadd <16 x float> %3065, %3066
  %3068 = shufflevector <16 x float> %3067, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3069 = shufflevector <16 x float> %3067, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3070 = fadd <8 x float> %3068, %3069
  %3071 = shufflevector <8 x float> %3070, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3072 = shufflevector <8 x float> %3070, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3073 = fadd <4 x float> %3071, %3072
  %3074 = shufflevector <4 x float> %3073, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3075 = shufflevector <4 x float> %3073, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3076 = fadd <2 x float> %3074, %3075
  %shift3596 = shufflevector <2 x float> %3076, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3077 = fadd <2 x float> %3076, %shift3596
  %3078 = shufflevector <2 x float> %3077, <2 x float> poison, <16 x i32> zeroinitializer
  %3079 = fmul <16 x float> %3056, %3078
  %3080 = fsub <16 x float> %3061, %3079
  %3081 = insertelement <16 x float> poison, float %3064, i64 0
  %3082 = shufflevector <16 x float> %3081, <16 x float> poison, <16 x i32> zeroinitializer
  %3083 = fmul <16 x float> %3082, %3080
  %3084 = mul nsw i64 %3047, %dk_ts
  %gep2903 = getelementptr float, ptr %invariant.gep2892, i64 %3084
  store <16 x float> %3083, ptr %gep2903, align 4
  %3085 = fmul <16 x float> %3059, %3078
  %3086 = fsub <16 x float> %3063, %3085
  %3087 = fmul <16 x float> %3082, %3086
  %3088 = getelementptr i8, ptr %gep2903, i64 64
  store <16 x float> %3087, ptr %3088, align 4
  %3089 = getelementptr inbounds float, ptr %dav, i64 %3054
  %3090 = load <16 x float>, ptr %3089, align 4
  %3091 = getelementptr inbounds float, ptr %dav, i64 %3057
  %3092 = load <16 x float>, ptr %3091, align 4
  %3093 = mul nsw i64 %3047, %dv_ts
  %gep2905 = getelementptr float, ptr %invariant.gep2894, i64 %3093
  store <16 x float> %3090, ptr %gep2905, align 4
  %3094 = getelementptr i8, ptr %gep2905, i64 64
  store <16 x float> %3092, ptr %3094, align 4
  %3095 = or disjoint i64 %3053, 1
  %3096 = shl nsw i64 %3095, 5
  %3097 = getelementptr inbounds float, ptr %gep2914, i64 %3096
  %3098 = load <16 x float>, ptr %3097, align 4
  %3099 = or disjoint i64 %3096, 16
  %3100 = getelementptr inbounds float, ptr %gep2914, i64 %3099
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = getelementptr inbounds float, ptr %dak, i64 %3096
  %3103 = load <16 x float>, ptr %3102, align 4
  %3104 = getelementptr inbounds float, ptr %dak, i64 %3099
  %3105 = load <16 x float>, ptr %3104, align 4
  %gep2888 = getelementptr float, ptr %invariant.gep, i64 %3095
  %3106 = load float, ptr %gep2888, align 4
  %3107 = fmul <16 x float> %3098, %3103
  %3108 = fmul <16 x float> %3101, %3105
  %3109 = fadd <16 x float> %3107, %3108
  %3110 = shufflevector <16 x float> %3109, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3111 = shufflevector <16 x float> %3109, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3112 = fadd <8 x float> %3110, %3111
  %3113 = shufflevector <8 x float> %3112, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3114 = shufflevector <8 x float> %3112, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3115 = fadd <4 x float> %3113, %3114
  %3116 = shufflevector <4 x float> %3115, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3117 = shufflevector <4 x float> %3115, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3118 = fadd <2 x float> %3116, %3117
  %shift3597 = shufflevector <2 x float> %3118, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3119 = fadd <2 x float> %3118, %shift3597
  %3120 = shufflevector <2 x float> %3119, <2 x float> poison, <16 x i32> zeroinitializer
  %3121 = fmul <16 x float> %3098, %3120
  %3122 = fsub <16 x float> %3103, %3121
  %3123 = insertelement <16 x float> poison, float %3106, i64 0
  %3124 = shufflevector <16 x float> %3123, <16 x float> poison, <16 x i32> zeroinitializer
  %3125 = fmul <16 x float> %3124, %3122
  %gep2907 = getelementptr float, ptr %invariant.gep2896, i64 %3084
  store <16 x float> %3125, ptr %gep2907, align 4
  %3126 = fmul <16 x float> %3101, %3120
  %3127 = fsub <16 x float> %3105, %3126
  %3128 = fmul <16 x float> %3124, %3127
  %3129 = getelementptr i8, ptr %gep2907, i64 64
  store <16 x float> %3128, ptr %3129, align 4
  %3130 = getelementptr inbounds float, ptr %dav, i64 %3096
  %3131 = load <16 x float>, ptr %3130, align 4
  %3132 = getelementptr inbounds float, ptr %dav, i64 %3099
  %3133 = load <16 x float>, ptr %3132, align 4
  %gep2909 = getelementptr float, ptr %invariant.gep2898, i64 %3093
  store <16 x float> %3131, ptr %gep2909, align 4
  %3134 = getelementptr i8, ptr %gep2909, i64 64
  store <16 x float> %3133, ptr %3134, align 4
  %t7.next = add nsw i64 %t7.addr.02889, 1
  %3135 = icmp slt i64 %t7.next, %t7.end
  br i1 %3135, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.02910, 1
  %indvars.iv.next3185 = add i64 %indvars.iv3184, 64
  %exitcond3199.not = icmp eq i64 %cc.next, %smax3198
  br i1 %exitcond3199.not, label %j38.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3136 = getelementptr i8, ptr %dh0, i64 %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3136, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201, i64 128, i1 false)
  %scevgep3200.1 = getelementptr i8, ptr %3136, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.1, i64 128, i1 false)
  %scevgep3200.2 = getelementptr i8, ptr %3136, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.2, i64 128, i1 false)
  %scevgep3200.3 = getelementptr i8, ptr %3136, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.3, i64 128, i1 false)
  %scevgep3200.4 = getelementptr i8, ptr %3136, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.4, i64 128, i1 false)
  %scevgep3200.5 = getelementptr i8, ptr %3136, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.5, i64 128, i1 false)
  %scevgep3200.6 = getelementptr i8, ptr %3136, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.6, i64 128, i1 false)
  %scevgep3200.7 = getelementptr i8, ptr %3136, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.7, i64 128, i1 false)
  %scevgep3200.8 = getelementptr i8, ptr %3136, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.8, i64 128, i1 false)
  %scevgep3200.9 = getelementptr i8, ptr %3136, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.9, i64 128, i1 false)
  %scevgep3200.10 = getelementptr i8, ptr %3136, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.10, i64 128, i1 false)
  %scevgep3200.11 = getelementptr i8, ptr %3136, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.11, i64 128, i1 false)
  %scevgep3200.12 = getelementptr i8, ptr %3136, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.12, i64 128, i1 false)
  %scevgep3200.13 = getelementptr i8, ptr %3136, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.13, i64 128, i1 false)
  %scevgep3200.14 = getelementptr i8, ptr %3136, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.14, i64 128, i1 false)
  %scevgep3200.15 = getelementptr i8, ptr %3136, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.15, i64 128, i1 false)
  %scevgep3200.16 = getelementptr i8, ptr %3136, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.16, i64 128, i1 false)
  %scevgep3200.17 = getelementptr i8, ptr %3136, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.17, i64 128, i1 false)
  %scevgep3200.18 = getelementptr i8, ptr %3136, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.18, i64 128, i1 false)
  %scevgep3200.19 = getelementptr i8, ptr %3136, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.19, i64 128, i1 false)
  %scevgep3200.20 = getelementptr i8, ptr %3136, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.20, i64 128, i1 false)
  %scevgep3200.21 = getelementptr i8, ptr %3136, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.21, i64 128, i1 false)
  %scevgep3200.22 = getelementptr i8, ptr %3136, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.22, i64 128, i1 false)
  %scevgep3200.23 = getelementptr i8, ptr %3136, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.23, i64 128, i1 false)
  %scevgep3200.24 = getelementptr i8, ptr %3136, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.24, i64 128, i1 false)
  %scevgep3200.25 = getelementptr i8, ptr %3136, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.25, i64 128, i1 false)
  %scevgep3200.26 = getelementptr i8, ptr %3136, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.26, i64 128, i1 false)
  %scevgep3200.27 = getelementptr i8, ptr %3136, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.27, i64 128, i1 false)
  %scevgep3200.28 = getelementptr i8, ptr %3136, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.28, i64 128, i1 false)
  %scevgep3200.29 = getelementptr i8, ptr %3136, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.29, i64 128, i1 false)
  %scevgep3200.30 = getelementptr i8, ptr %3136, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.30, i64 128, i1 false)
  %scevgep3200.31 = getelementptr i8, ptr %3136, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3200.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02921, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3203.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3203.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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

bh.body:                                          ; preds = %bh.body.lr.ph, %i4.exit
  %bh.addr.095 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i4.exit ]
  %b = sdiv i64 %bh.addr.095, %H
  %h = srem i64 %bh.addr.095, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.095, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i4.exit, %entry
  ret void

i1.head.preheader:                                ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %7 = load <16 x float>, ptr %kh, align 4
  %8 = getelementptr inbounds float, ptr %kh, i64 %sq
  %9 = load <16 x float>, ptr %8, align 4
  %10 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %7, <16 x float> %9, <16 x float> zeroinitializer)
  %11 = getelementptr inbounds i8, ptr %kh, i64 64
  %12 = load <16 x float>, ptr %11, align 4
  %13 = getelementptr inbounds float, ptr %kh, i64 %2
  %14 = load <16 x float>, ptr %13, align 4
  %15 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %12, <16 x float> %14, <16 x float> %10)
  %16 = shufflevector <16 x float> %15, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %17 = shufflevector <16 x float> %15, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %18 = fadd <8 x float> %16, %17
  %19 = shufflevector <8 x float> %18, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %20 = shufflevector <8 x float> %18, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %21 = fadd <4 x float> %19, %20
  %22 = shufflevector <4 x float> %21, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %23 = shufflevector <4 x float> %21, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %24 = fadd <2 x float> %22, %23
  %25 = load <16 x float>, ptr %qh, align 4
  %26 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %7, <16 x float> %25, <16 x float> zeroinitializer)
  %27 = getelementptr inbounds i8, ptr %qh, i64 64
  %28 = load <16 x float>, ptr %27, align 4
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %12, <16 x float> %28, <16 x float> %26)
  %30 = shufflevector <16 x float> %29, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %31 = shufflevector <16 x float> %29, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %32 = fadd <8 x float> %30, %31
  %33 = shufflevector <8 x float> %32, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %34 = shufflevector <8 x float> %32, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %35 = fadd <4 x float> %33, %34
  %36 = shufflevector <4 x float> %35, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %37 = shufflevector <4 x float> %35, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %38 = fadd <2 x float> %36, %37
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %9, <16 x float> %25, <16 x float> zeroinitializer)
  %40 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %14, <16 x float> %28, <16 x float> %39)
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %shift = shufflevector <2 x float> %24, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %41 = fadd <2 x float> %24, %shift
  %shift116 = shufflevector <2 x float> %38, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %42 = fadd <2 x float> %38, %shift116
  %43 = shufflevector <16 x float> %40, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %44 = shufflevector <16 x float> %40, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %45 = fadd <8 x float> %43, %44
  %46 = shufflevector <8 x float> %45, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %47 = shufflevector <8 x float> %45, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %48 = fadd <4 x float> %46, %47
  %49 = shufflevector <4 x float> %48, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %50 = shufflevector <4 x float> %48, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %51 = fadd <2 x float> %49, %50
  %shift117 = shufflevector <2 x float> %51, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %52 = fadd <2 x float> %51, %shift117
  %53 = load float, ptr %betah, align 4
  %54 = load <16 x float>, ptr %vh, align 4
  %55 = fsub <16 x float> %54, %124
  %56 = insertelement <16 x float> poison, float %53, i64 0
  %57 = shufflevector <16 x float> %56, <16 x float> poison, <16 x i32> zeroinitializer
  %58 = fmul <16 x float> %57, %55
  %59 = getelementptr inbounds i8, ptr %vh, i64 64
  %60 = load <16 x float>, ptr %59, align 4
  %61 = fsub <16 x float> %60, %134
  %62 = fmul <16 x float> %57, %61
  %63 = getelementptr inbounds float, ptr %betah, i64 %H
  %64 = load float, ptr %63, align 4
  %65 = getelementptr inbounds float, ptr %vh, i64 %sq
  %66 = load <16 x float>, ptr %65, align 4
  %67 = shufflevector <2 x float> %41, <2 x float> poison, <16 x i32> zeroinitializer
  %68 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %67, <16 x float> %58, <16 x float> %127)
  %69 = fsub <16 x float> %66, %68
  %70 = insertelement <16 x float> poison, float %64, i64 0
  %71 = shufflevector <16 x float> %70, <16 x float> poison, <16 x i32> zeroinitializer
  %72 = fmul <16 x float> %71, %69
  %73 = getelementptr inbounds float, ptr %vh, i64 %2
  %74 = load <16 x float>, ptr %73, align 4
  %75 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %67, <16 x float> %62, <16 x float> %135)
  %76 = fsub <16 x float> %74, %75
  %77 = fmul <16 x float> %71, %76
  %78 = shufflevector <2 x float> %52, <2 x float> poison, <16 x i32> zeroinitializer
  %79 = shufflevector <2 x float> %42, <2 x float> poison, <16 x i32> zeroinitializer
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %58, <16 x float> %130)
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %72, <16 x float> %80)
  %82 = fmul <16 x float> %81, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %82, ptr %oh, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> %62, <16 x float> %136)
  %84 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %77, <16 x float> %83)
  %85 = fmul <16 x float> %84, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %86 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %85, ptr %86, align 4
  br label %i4.body

i.body:                                           ; preds = %i.body, %bh.body
  %acc.087 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %124, %i.body ]
  %acc1.086 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %134, %i.body ]
  %acc2.085 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %127, %i.body ]
  %acc3.084 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %135, %i.body ]
  %acc4.083 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %130, %i.body ]
  %acc5.082 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %136, %i.body ]
  %i.addr.081 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %87 = getelementptr inbounds float, ptr %kh, i64 %i.addr.081
  %88 = load float, ptr %87, align 4
  %89 = or disjoint i64 %i.addr.081, %sq
  %90 = getelementptr inbounds float, ptr %kh, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %qh, i64 %i.addr.081
  %93 = load float, ptr %92, align 4
  %94 = shl nuw nsw i64 %i.addr.081, 5
  %95 = getelementptr inbounds float, ptr %S, i64 %94
  %96 = load <16 x float>, ptr %95, align 4
  %97 = insertelement <16 x float> poison, float %88, i64 0
  %98 = shufflevector <16 x float> %97, <16 x float> poison, <16 x i32> zeroinitializer
  %99 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %96, <16 x float> %acc.087)
  %100 = insertelement <16 x float> poison, float %91, i64 0
  %101 = shufflevector <16 x float> %100, <16 x float> poison, <16 x i32> zeroinitializer
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %101, <16 x float> %96, <16 x float> %acc2.085)
  %103 = insertelement <16 x float> poison, float %93, i64 0
  %104 = shufflevector <16 x float> %103, <16 x float> poison, <16 x i32> zeroinitializer
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %96, <16 x float> %acc4.083)
  %106 = or disjoint i64 %94, 16
  %107 = getelementptr inbounds float, ptr %S, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %108, <16 x float> %acc1.086)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %101, <16 x float> %108, <16 x float> %acc3.084)
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %108, <16 x float> %acc5.082)
  %i.next = or disjoint i64 %i.addr.081, 1
  %112 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %113 = load float, ptr %112, align 4
  %114 = or disjoint i64 %i.next, %sq
  %115 = getelementptr inbounds float, ptr %kh, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %118 = load float, ptr %117, align 4
  %119 = shl nuw nsw i64 %i.next, 5
  %120 = getelementptr inbounds float, ptr %S, i64 %119
  %121 = load <16 x float>, ptr %120, align 4
  %122 = insertelement <16 x float> poison, float %113, i64 0
  %123 = shufflevector <16 x float> %122, <16 x float> poison, <16 x i32> zeroinitializer
  %124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %123, <16 x float> %121, <16 x float> %99)
  %125 = insertelement <16 x float> poison, float %116, i64 0
  %126 = shufflevector <16 x float> %125, <16 x float> poison, <16 x i32> zeroinitializer
  %127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %126, <16 x float> %121, <16 x float> %102)
  %128 = insertelement <16 x float> poison, float %118, i64 0
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %121, <16 x float> %105)
  %131 = or disjoint i64 %119, 16
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %123, <16 x float> %133, <16 x float> %109)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %126, <16 x float> %133, <16 x float> %110)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %133, <16 x float> %111)
  %i.next.1 = add nuw nsw i64 %i.addr.081, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 32
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i4.body:                                          ; preds = %i4.body, %i1.head.preheader
  %i4.addr.094 = phi i64 [ 0, %i1.head.preheader ], [ %i4.next.1, %i4.body ]
  %137 = getelementptr inbounds float, ptr %kh, i64 %i4.addr.094
  %138 = load float, ptr %137, align 4
  %139 = or disjoint i64 %i4.addr.094, %sq
  %140 = getelementptr inbounds float, ptr %kh, i64 %139
  %141 = load float, ptr %140, align 4
  %142 = insertelement <16 x float> poison, float %141, i64 0
  %143 = shufflevector <16 x float> %142, <16 x float> poison, <16 x i32> zeroinitializer
  %144 = insertelement <16 x float> poison, float %138, i64 0
  %145 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %146 = shl nuw nsw i64 %i4.addr.094, 5
  %147 = getelementptr inbounds float, ptr %S, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %145, <16 x float> %58, <16 x float> %148)
  %150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %143, <16 x float> %72, <16 x float> %149)
  store <16 x float> %150, ptr %147, align 4
  %151 = or disjoint i64 %146, 16
  %152 = getelementptr inbounds float, ptr %S, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %145, <16 x float> %62, <16 x float> %153)
  %155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %143, <16 x float> %77, <16 x float> %154)
  store <16 x float> %155, ptr %152, align 4
  %i4.next = or disjoint i64 %i4.addr.094, 1
  %156 = getelementptr inbounds float, ptr %kh, i64 %i4.next
  %157 = load float, ptr %156, align 4
  %158 = or disjoint i64 %i4.next, %sq
  %159 = getelementptr inbounds float, ptr %kh, i64 %158
  %160 = load float, ptr %159, align 4
  %161 = insertelement <16 x float> poison, float %160, i64 0
  %162 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = insertelement <16 x float> poison, float %157, i64 0
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = shl nuw nsw i64 %i4.next, 5
  %166 = getelementptr inbounds float, ptr %S, i64 %165
  %167 = load <16 x float>, ptr %166, align 4
  %168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %58, <16 x float> %167)
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %72, <16 x float> %168)
  store <16 x float> %169, ptr %166, align 4
  %170 = or disjoint i64 %165, 16
  %171 = getelementptr inbounds float, ptr %S, i64 %170
  %172 = load <16 x float>, ptr %171, align 4
  %173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %62, <16 x float> %172)
  %174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %77, <16 x float> %173)
  store <16 x float> %174, ptr %171, align 4
  %i4.next.1 = add nuw nsw i64 %i4.addr.094, 2
  %exitcond104.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond104.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %bh.next = add nsw i64 %bh.addr.095, 1
  %exitcond105.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond105.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
