; ---- dp_fwd_h2_k32_v32_r8_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r8_nogate_l2norm'
source_filename = "dp_fwd_h2_k32_v32_r8_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h2_k32_v32_r8_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs317 = ptrtoint ptr %hs to i64
  %invariant.gep272 = getelementptr i8, ptr %work, i64 4128
  %sv = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 7
  %gep271 = getelementptr i8, ptr %invariant.gep272, i64 %.idx
  %.idx205 = mul i64 %T, 384
  %gep273 = getelementptr i8, ptr %invariant.gep272, i64 %.idx205
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 7
  %nc = sdiv i64 %4, 8
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %nc, 12
  %7 = and i64 %hs317, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = icmp eq i64 %7, 0
  %10 = getelementptr i8, ptr %gep271, i64 64
  %11 = getelementptr i8, ptr %work, i64 4192
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i12.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i12.head.preheader ]
  %bh.addr.0274 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i12.head.preheader ]
  %12 = add i64 %indvar, %bh0
  %13 = shl i64 %12, 12
  %scevgep320 = getelementptr i8, ptr %hT, i64 %13
  %14 = mul i64 %6, %indvar
  %scevgep310 = getelementptr i8, ptr %h0, i64 %13
  %b = sdiv i64 %bh.addr.0274, %H
  %h = srem i64 %bh.addr.0274, %H
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
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep310, i64 4096, i1 false)
  br label %i12.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %19 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %19
  %invariant.gep208 = getelementptr float, ptr %k, i64 %19
  %invariant.gep210 = getelementptr float, ptr %v, i64 %19
  %20 = add nsw i64 %h, %H
  %21 = shl nsw i64 %20, 5
  %invariant.gep212 = getelementptr float, ptr %k, i64 %21
  %invariant.gep214 = getelementptr float, ptr %v, i64 %21
  br label %t.body

bh.exit:                                          ; preds = %i12.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep310, i64 4096, i1 false)
  br i1 %2, label %ci.body.lr.ph, label %i12.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0207 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %22 = add nuw nsw i64 %t.addr.0207, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %22, i64 %3)
  %23 = add nsw i64 %tp, %15
  %24 = mul nsw i64 %23, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %24
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %25 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %25, i32 0, i32 2, i32 1)
  %26 = mul nsw i64 %23, %k_ts
  %gep209 = getelementptr float, ptr %invariant.gep208, i64 %26
  tail call void @llvm.prefetch.p0(ptr %gep209, i32 0, i32 2, i32 1)
  %27 = getelementptr i8, ptr %gep209, i64 64
  tail call void @llvm.prefetch.p0(ptr %27, i32 0, i32 2, i32 1)
  %28 = mul nsw i64 %23, %v_ts
  %gep211 = getelementptr float, ptr %invariant.gep210, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep211, i32 0, i32 2, i32 1)
  %29 = getelementptr i8, ptr %gep211, i64 64
  tail call void @llvm.prefetch.p0(ptr %29, i32 0, i32 2, i32 1)
  %gep213 = getelementptr float, ptr %invariant.gep212, i64 %26
  tail call void @llvm.prefetch.p0(ptr %gep213, i32 0, i32 2, i32 1)
  %30 = getelementptr i8, ptr %gep213, i64 64
  tail call void @llvm.prefetch.p0(ptr %30, i32 0, i32 2, i32 1)
  %gep215 = getelementptr float, ptr %invariant.gep214, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep215, i32 0, i32 2, i32 1)
  %31 = getelementptr i8, ptr %gep215, i64 64
  tail call void @llvm.prefetch.p0(ptr %31, i32 0, i32 2, i32 1)
  %32 = add nsw i64 %t.addr.0207, %15
  %33 = mul nsw i64 %32, %q_ts
  %gep217 = getelementptr float, ptr %invariant.gep, i64 %33
  %34 = load <16 x float>, ptr %gep217, align 4
  %35 = getelementptr i8, ptr %gep217, i64 64
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
  %57 = shl nsw i64 %t.addr.0207, 5
  %58 = getelementptr inbounds float, ptr %invariant.gep272, i64 %57
  store <16 x float> %56, ptr %58, align 4
  %59 = fmul <16 x float> %36, %55
  %60 = or disjoint i64 %57, 16
  %61 = getelementptr inbounds float, ptr %invariant.gep272, i64 %60
  store <16 x float> %59, ptr %61, align 4
  %62 = mul nsw i64 %32, %k_ts
  %gep219 = getelementptr float, ptr %invariant.gep208, i64 %62
  %63 = load <16 x float>, ptr %gep219, align 4
  %64 = getelementptr i8, ptr %gep219, i64 64
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
  %shift363 = shufflevector <2 x float> %77, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %78 = fadd <2 x float> %77, %shift363
  %79 = extractelement <2 x float> %78, i64 0
  %80 = fadd float %79, 0x3EB0C6F7A0000000
  %81 = tail call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  %83 = insertelement <16 x float> poison, float %82, i64 0
  %84 = shufflevector <16 x float> %83, <16 x float> poison, <16 x i32> zeroinitializer
  %85 = fmul <16 x float> %63, %84
  %86 = shl i64 %t.addr.0207, 6
  %87 = getelementptr inbounds float, ptr %gep271, i64 %86
  store <16 x float> %85, ptr %87, align 4
  %88 = fmul <16 x float> %65, %84
  %89 = or disjoint i64 %86, 16
  %90 = getelementptr inbounds float, ptr %gep271, i64 %89
  store <16 x float> %88, ptr %90, align 4
  %91 = mul nsw i64 %32, %v_ts
  %gep221 = getelementptr float, ptr %invariant.gep210, i64 %91
  %92 = load <16 x float>, ptr %gep221, align 4
  %93 = getelementptr i8, ptr %gep221, i64 64
  %94 = load <16 x float>, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %gep273, i64 %86
  store <16 x float> %92, ptr %95, align 4
  %96 = getelementptr inbounds float, ptr %gep273, i64 %89
  store <16 x float> %94, ptr %96, align 4
  %gep223 = getelementptr float, ptr %invariant.gep212, i64 %62
  %97 = load <16 x float>, ptr %gep223, align 4
  %98 = getelementptr i8, ptr %gep223, i64 64
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
  %shift364 = shufflevector <2 x float> %111, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %112 = fadd <2 x float> %111, %shift364
  %113 = extractelement <2 x float> %112, i64 0
  %114 = fadd float %113, 0x3EB0C6F7A0000000
  %115 = tail call float @llvm.sqrt.f32(float %114)
  %116 = fdiv float 1.000000e+00, %115
  %117 = insertelement <16 x float> poison, float %116, i64 0
  %118 = shufflevector <16 x float> %117, <16 x float> poison, <16 x i32> zeroinitializer
  %119 = fmul <16 x float> %97, %118
  %120 = or disjoint i64 %86, 32
  %121 = getelementptr inbounds float, ptr %gep271, i64 %120
  store <16 x float> %119, ptr %121, align 4
  %122 = fmul <16 x float> %99, %118
  %123 = or disjoint i64 %86, 48
  %124 = getelementptr inbounds float, ptr %gep271, i64 %123
  store <16 x float> %122, ptr %124, align 4
  %gep225 = getelementptr float, ptr %invariant.gep214, i64 %91
  %125 = load <16 x float>, ptr %gep225, align 4
  %126 = getelementptr i8, ptr %gep225, i64 64
  %127 = load <16 x float>, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %gep273, i64 %120
  store <16 x float> %125, ptr %128, align 4
  %129 = getelementptr inbounds float, ptr %gep273, i64 %123
  store <16 x float> %127, ptr %129, align 4
  %t.next = add nuw nsw i64 %t.addr.0207, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %130 = mul nsw i64 %bh.addr.0274, %nc
  %invariant.gep346 = getelementptr i8, ptr %hs, i64 %14
  br label %ci.body

i12.head.preheader:                               ; preds = %i11.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep320, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0274, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond321.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond321.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %i11.exit
  %ci.addr.0267 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %i11.exit ]
  %131 = add nsw i64 %ci.addr.0267, %130
  %132 = shl nsw i64 %131, 10
  br i1 %9, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %133 = add i64 %5, %ci.addr.0267
  %134 = shl i64 %133, 12
  %gep347 = getelementptr i8, ptr %invariant.gep346, i64 %134
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep347, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0267, 3
  %135 = add nuw nsw i64 %t0, 8
  %136 = shl i64 %ci.addr.0267, 9
  %.idx276 = shl nsw i64 %ci.addr.0267, 10
  %invariant.gep338 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx276
  br label %i3.body

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0231 = phi i64 [ %i1.next.7, %j1.head.preheader ], [ 0, %ci.body ]
  %137 = shl nuw nsw i64 %i1.addr.0231, 5
  %138 = or disjoint i64 %137, %132
  %139 = getelementptr inbounds float, ptr %work, i64 %137
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr inbounds float, ptr %hs, i64 %138
  store <16 x float> %140, ptr %141, align 64, !nontemporal !0
  %142 = or disjoint i64 %137, 16
  %143 = getelementptr inbounds float, ptr %work, i64 %142
  %144 = load <16 x float>, ptr %143, align 4
  %145 = or disjoint i64 %138, 16
  %146 = getelementptr inbounds float, ptr %hs, i64 %145
  store <16 x float> %144, ptr %146, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0231, 5
  %147 = or disjoint i64 %i1.next, 32
  %148 = or disjoint i64 %147, %132
  %149 = getelementptr inbounds float, ptr %work, i64 %147
  %150 = load <16 x float>, ptr %149, align 4
  %151 = getelementptr inbounds float, ptr %hs, i64 %148
  store <16 x float> %150, ptr %151, align 64, !nontemporal !0
  %152 = or disjoint i64 %i1.next, 48
  %153 = getelementptr inbounds float, ptr %work, i64 %152
  %154 = load <16 x float>, ptr %153, align 4
  %155 = or disjoint i64 %148, 16
  %156 = getelementptr inbounds float, ptr %hs, i64 %155
  store <16 x float> %154, ptr %156, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0231, 5
  %157 = or disjoint i64 %i1.next.1, 64
  %158 = or disjoint i64 %157, %132
  %159 = getelementptr inbounds float, ptr %work, i64 %157
  %160 = load <16 x float>, ptr %159, align 4
  %161 = getelementptr inbounds float, ptr %hs, i64 %158
  store <16 x float> %160, ptr %161, align 64, !nontemporal !0
  %162 = or disjoint i64 %i1.next.1, 80
  %163 = getelementptr inbounds float, ptr %work, i64 %162
  %164 = load <16 x float>, ptr %163, align 4
  %165 = or disjoint i64 %158, 16
  %166 = getelementptr inbounds float, ptr %hs, i64 %165
  store <16 x float> %164, ptr %166, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0231, 5
  %167 = or disjoint i64 %i1.next.2, 96
  %168 = or disjoint i64 %167, %132
  %169 = getelementptr inbounds float, ptr %work, i64 %167
  %170 = load <16 x float>, ptr %169, align 4
  %171 = getelementptr inbounds float, ptr %hs, i64 %168
  store <16 x float> %170, ptr %171, align 64, !nontemporal !0
  %172 = or disjoint i64 %i1.next.2, 112
  %173 = getelementptr inbounds float, ptr %work, i64 %172
  %174 = load <16 x float>, ptr %173, align 4
  %175 = or disjoint i64 %168, 16
  %176 = getelementptr inbounds float, ptr %hs, i64 %175
  store <16 x float> %174, ptr %176, align 64, !nontemporal !0
  %i1.next.3 = shl i64 %i1.addr.0231, 5
  %177 = or disjoint i64 %i1.next.3, 128
  %178 = or disjoint i64 %177, %132
  %179 = getelementptr inbounds float, ptr %work, i64 %177
  %180 = load <16 x float>, ptr %179, align 4
  %181 = getelementptr inbounds float, ptr %hs, i64 %178
  store <16 x float> %180, ptr %181, align 64, !nontemporal !0
  %182 = or disjoint i64 %i1.next.3, 144
  %183 = getelementptr inbounds float, ptr %work, i64 %182
  %184 = load <16 x float>, ptr %183, align 4
  %185 = or disjoint i64 %178, 16
  %186 = getelementptr inbounds float, ptr %hs, i64 %185
  store <16 x float> %184, ptr %186, align 64, !nontemporal !0
  %i1.next.4 = shl i64 %i1.addr.0231, 5
  %187 = or disjoint i64 %i1.next.4, 160
  %188 = or disjoint i64 %187, %132
  %189 = getelementptr inbounds float, ptr %work, i64 %187
  %190 = load <16 x float>, ptr %189, align 4
  %191 = getelementptr inbounds float, ptr %hs, i64 %188
  store <16 x float> %190, ptr %191, align 64, !nontemporal !0
  %192 = or disjoint i64 %i1.next.4, 176
  %193 = getelementptr inbounds float, ptr %work, i64 %192
  %194 = load <16 x float>, ptr %193, align 4
  %195 = or disjoint i64 %188, 16
  %196 = getelementptr inbounds float, ptr %hs, i64 %195
  store <16 x float> %194, ptr %196, align 64, !nontemporal !0
  %i1.next.5 = shl i64 %i1.addr.0231, 5
  %197 = or disjoint i64 %i1.next.5, 192
  %198 = or disjoint i64 %197, %132
  %199 = getelementptr inbounds float, ptr %work, i64 %197
  %200 = load <16 x float>, ptr %199, align 4
  %201 = getelementptr inbounds float, ptr %hs, i64 %198
  store <16 x float> %200, ptr %201, align 64, !nontemporal !0
  %202 = or disjoint i64 %i1.next.5, 208
  %203 = getelementptr inbounds float, ptr %work, i64 %202
  %204 = load <16 x float>, ptr %203, align 4
  %205 = or disjoint i64 %198, 16
  %206 = getelementptr inbounds float, ptr %hs, i64 %205
  store <16 x float> %204, ptr %206, align 64, !nontemporal !0
  %i1.next.6 = shl i64 %i1.addr.0231, 5
  %207 = or disjoint i64 %i1.next.6, 224
  %208 = or disjoint i64 %207, %132
  %209 = getelementptr inbounds float, ptr %work, i64 %207
  %210 = load <16 x float>, ptr %209, align 4
  %211 = getelementptr inbounds float, ptr %hs, i64 %208
  store <16 x float> %210, ptr %211, align 64, !nontemporal !0
  %212 = or disjoint i64 %i1.next.6, 240
  %213 = getelementptr inbounds float, ptr %work, i64 %212
  %214 = load <16 x float>, ptr %213, align 4
  %215 = or disjoint i64 %208, 16
  %216 = getelementptr inbounds float, ptr %hs, i64 %215
  store <16 x float> %214, ptr %216, align 64, !nontemporal !0
  %i1.next.7 = add nuw nsw i64 %i1.addr.0231, 8
  %exitcond313.not.7 = icmp eq i64 %i1.next.7, 32
  br i1 %exitcond313.not.7, label %endif, label %j1.head.preheader

i4.head.preheader:                                ; preds = %i3.body
  %217 = getelementptr inbounds float, ptr %gep271, i64 %136
  %218 = load <16 x float>, ptr %217, align 4
  %219 = or disjoint i64 %136, 32
  %220 = getelementptr inbounds float, ptr %gep271, i64 %219
  %221 = load <16 x float>, ptr %220, align 4
  %222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %218, <16 x float> %221, <16 x float> zeroinitializer)
  %223 = or disjoint i64 %136, 16
  %224 = getelementptr inbounds float, ptr %gep271, i64 %223
  %225 = load <16 x float>, ptr %224, align 4
  %226 = or disjoint i64 %136, 48
  %227 = getelementptr inbounds float, ptr %gep271, i64 %226
  %228 = load <16 x float>, ptr %227, align 4
  %229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %225, <16 x float> %228, <16 x float> %222)
  %230 = shufflevector <16 x float> %229, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %231 = shufflevector <16 x float> %229, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %232 = fadd <8 x float> %230, %231
  %233 = shufflevector <8 x float> %232, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %234 = shufflevector <8 x float> %232, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %235 = fadd <4 x float> %233, %234
  %236 = shufflevector <4 x float> %235, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %237 = shufflevector <4 x float> %235, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %238 = fadd <2 x float> %236, %237
  %.idx277 = shl i64 %ci.addr.0267, 11
  %239 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx276
  %240 = load <16 x float>, ptr %239, align 4
  %241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %218, <16 x float> %240, <16 x float> zeroinitializer)
  %242 = getelementptr i8, ptr %10, i64 %.idx277
  %243 = load <16 x float>, ptr %242, align 4
  %244 = getelementptr inbounds i8, ptr %11, i64 %.idx276
  %245 = load <16 x float>, ptr %244, align 4
  %246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %243, <16 x float> %245, <16 x float> %241)
  %247 = shufflevector <16 x float> %246, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %248 = shufflevector <16 x float> %246, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %249 = fadd <8 x float> %247, %248
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %251 = shufflevector <8 x float> %249, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %252 = fadd <4 x float> %250, %251
  %253 = shufflevector <4 x float> %252, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %254 = shufflevector <4 x float> %252, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %255 = fadd <2 x float> %253, %254
  %256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %221, <16 x float> %240, <16 x float> zeroinitializer)
  %257 = getelementptr i8, ptr %242, i64 128
  %258 = load <16 x float>, ptr %257, align 4
  %259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %258, <16 x float> %245, <16 x float> %256)
  %t1 = tail call i64 @llvm.smin.i64(i64 %135, i64 %T)
  %shift365 = shufflevector <2 x float> %238, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %260 = fadd <2 x float> %238, %shift365
  %shift366 = shufflevector <2 x float> %255, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %261 = fadd <2 x float> %255, %shift366
  %262 = shufflevector <16 x float> %259, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %263 = shufflevector <16 x float> %259, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %264 = fadd <8 x float> %262, %263
  %265 = shufflevector <8 x float> %264, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %266 = shufflevector <8 x float> %264, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %267 = fadd <4 x float> %265, %266
  %268 = shufflevector <4 x float> %267, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %269 = shufflevector <4 x float> %267, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %270 = fadd <2 x float> %268, %269
  %shift367 = shufflevector <2 x float> %270, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %271 = fadd <2 x float> %270, %shift367
  %272 = shl nsw i64 %ci.addr.0267, 4
  %273 = mul nsw i64 %272, %H
  %274 = getelementptr inbounds float, ptr %betah, i64 %273
  %275 = load float, ptr %274, align 4
  %276 = getelementptr inbounds float, ptr %gep273, i64 %136
  %277 = load <16 x float>, ptr %276, align 4
  %278 = fsub <16 x float> %277, %357
  %279 = insertelement <16 x float> poison, float %275, i64 0
  %280 = shufflevector <16 x float> %279, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = fmul <16 x float> %280, %278
  %282 = or disjoint i64 %136, 16
  %283 = getelementptr inbounds float, ptr %gep273, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = fsub <16 x float> %284, %367
  %286 = fmul <16 x float> %280, %285
  %287 = or disjoint i64 %272, 1
  %288 = mul nsw i64 %287, %H
  %289 = getelementptr inbounds float, ptr %betah, i64 %288
  %290 = load float, ptr %289, align 4
  %291 = shl nsw i64 %287, 5
  %292 = getelementptr inbounds float, ptr %gep273, i64 %291
  %293 = load <16 x float>, ptr %292, align 4
  %294 = shufflevector <2 x float> %260, <2 x float> poison, <16 x i32> zeroinitializer
  %295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %281, <16 x float> %360)
  %296 = fsub <16 x float> %293, %295
  %297 = insertelement <16 x float> poison, float %290, i64 0
  %298 = shufflevector <16 x float> %297, <16 x float> poison, <16 x i32> zeroinitializer
  %299 = fmul <16 x float> %298, %296
  %300 = or disjoint i64 %291, 16
  %301 = getelementptr inbounds float, ptr %gep273, i64 %300
  %302 = load <16 x float>, ptr %301, align 4
  %303 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %286, <16 x float> %368)
  %304 = fsub <16 x float> %302, %303
  %305 = fmul <16 x float> %298, %304
  %306 = shufflevector <2 x float> %271, <2 x float> poison, <16 x i32> zeroinitializer
  %307 = shufflevector <2 x float> %261, <2 x float> poison, <16 x i32> zeroinitializer
  %308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %281, <16 x float> %363)
  %309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %306, <16 x float> %299, <16 x float> %308)
  %310 = fmul <16 x float> %309, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %311 = mul nsw i64 %t0, %sv
  %312 = getelementptr inbounds float, ptr %oh, i64 %311
  store <16 x float> %310, ptr %312, align 4
  %313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %286, <16 x float> %369)
  %314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %306, <16 x float> %305, <16 x float> %313)
  %315 = fmul <16 x float> %314, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %316 = or disjoint i64 %311, 16
  %317 = getelementptr inbounds float, ptr %oh, i64 %316
  store <16 x float> %315, ptr %317, align 4
  %318 = or disjoint i64 %t0, 1
  %319 = icmp slt i64 %318, %t1
  br i1 %319, label %i7.head.preheader, label %i11.head.preheader

i3.body:                                          ; preds = %i3.body, %endif
  %acc.0238 = phi <16 x float> [ zeroinitializer, %endif ], [ %357, %i3.body ]
  %acc1.0237 = phi <16 x float> [ zeroinitializer, %endif ], [ %367, %i3.body ]
  %acc2.0236 = phi <16 x float> [ zeroinitializer, %endif ], [ %360, %i3.body ]
  %acc3.0235 = phi <16 x float> [ zeroinitializer, %endif ], [ %368, %i3.body ]
  %acc4.0234 = phi <16 x float> [ zeroinitializer, %endif ], [ %363, %i3.body ]
  %acc5.0233 = phi <16 x float> [ zeroinitializer, %endif ], [ %369, %i3.body ]
  %i3.addr.0232 = phi i64 [ 0, %endif ], [ %i3.next.1, %i3.body ]
  %320 = add nuw nsw i64 %i3.addr.0232, %136
  %321 = getelementptr inbounds float, ptr %gep271, i64 %320
  %322 = load float, ptr %321, align 4
  %323 = or disjoint i64 %320, 32
  %324 = getelementptr inbounds float, ptr %gep271, i64 %323
  %325 = load float, ptr %324, align 4
  %gep339 = getelementptr inbounds float, ptr %invariant.gep338, i64 %i3.addr.0232
  %326 = load float, ptr %gep339, align 4
  %327 = shl nuw nsw i64 %i3.addr.0232, 5
  %328 = getelementptr inbounds float, ptr %work, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = insertelement <16 x float> poison, float %322, i64 0
  %331 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %332 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %331, <16 x float> %329, <16 x float> %acc.0238)
  %333 = insertelement <16 x float> poison, float %325, i64 0
  %334 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %334, <16 x float> %329, <16 x float> %acc2.0236)
  %336 = insertelement <16 x float> poison, float %326, i64 0
  %337 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %337, <16 x float> %329, <16 x float> %acc4.0234)
  %339 = or disjoint i64 %327, 16
  %340 = getelementptr inbounds float, ptr %work, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %331, <16 x float> %341, <16 x float> %acc1.0237)
  %343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %334, <16 x float> %341, <16 x float> %acc3.0235)
  %344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %337, <16 x float> %341, <16 x float> %acc5.0233)
  %i3.next = or disjoint i64 %i3.addr.0232, 1
  %345 = add nuw nsw i64 %i3.next, %136
  %346 = getelementptr inbounds float, ptr %gep271, i64 %345
  %347 = load float, ptr %346, align 4
  %348 = or disjoint i64 %345, 32
  %349 = getelementptr inbounds float, ptr %gep271, i64 %348
  %350 = load float, ptr %349, align 4
  %gep339.1 = getelementptr inbounds float, ptr %invariant.gep338, i64 %i3.next
  %351 = load float, ptr %gep339.1, align 4
  %352 = shl nuw nsw i64 %i3.next, 5
  %353 = getelementptr inbounds float, ptr %work, i64 %352
  %354 = load <16 x float>, ptr %353, align 4
  %355 = insertelement <16 x float> poison, float %347, i64 0
  %356 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %357 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %356, <16 x float> %354, <16 x float> %332)
  %358 = insertelement <16 x float> poison, float %350, i64 0
  %359 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %359, <16 x float> %354, <16 x float> %335)
  %361 = insertelement <16 x float> poison, float %351, i64 0
  %362 = shufflevector <16 x float> %361, <16 x float> poison, <16 x i32> zeroinitializer
  %363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %362, <16 x float> %354, <16 x float> %338)
  %364 = or disjoint i64 %352, 16
  %365 = getelementptr inbounds float, ptr %work, i64 %364
  %366 = load <16 x float>, ptr %365, align 4
  %367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %356, <16 x float> %366, <16 x float> %342)
  %368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %359, <16 x float> %366, <16 x float> %343)
  %369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %362, <16 x float> %366, <16 x float> %344)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0232, 2
  %exitcond314.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond314.not.1, label %i4.head.preheader, label %i3.body

i11.head.preheader:                               ; preds = %i8.head.preheader, %i4.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %305, %i4.head.preheader ], [ %459, %i8.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %299, %i4.head.preheader ], [ %453, %i8.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %286, %i4.head.preheader ], [ %440, %i8.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %281, %i4.head.preheader ], [ %435, %i8.head.preheader ]
  %.idx322 = shl i64 %t1, 8
  %invariant.gep344 = getelementptr i8, ptr %gep271, i64 %.idx322
  br label %i11.body

i7.head.preheader:                                ; preds = %i4.head.preheader, %i8.head.preheader
  %delta.0262 = phi <16 x float> [ %435, %i8.head.preheader ], [ %281, %i4.head.preheader ]
  %delta1.0261 = phi <16 x float> [ %440, %i8.head.preheader ], [ %286, %i4.head.preheader ]
  %delta2.0260 = phi <16 x float> [ %453, %i8.head.preheader ], [ %299, %i4.head.preheader ]
  %delta3.0259 = phi <16 x float> [ %459, %i8.head.preheader ], [ %305, %i4.head.preheader ]
  %t1.addr.0258 = phi i64 [ %t1.next, %i8.head.preheader ], [ %318, %i4.head.preheader ]
  %370 = shl i64 %t1.addr.0258, 6
  %invariant.gep340 = getelementptr float, ptr %gep271, i64 %370
  %.idx281 = shl nsw i64 %t1.addr.0258, 7
  %invariant.gep342 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx281
  br label %i7.body

i8.head.preheader:                                ; preds = %i7.body
  %371 = getelementptr inbounds float, ptr %gep271, i64 %370
  %372 = load <16 x float>, ptr %371, align 4
  %373 = or disjoint i64 %370, 32
  %374 = getelementptr inbounds float, ptr %gep271, i64 %373
  %375 = load <16 x float>, ptr %374, align 4
  %376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %372, <16 x float> %375, <16 x float> zeroinitializer)
  %377 = or disjoint i64 %370, 16
  %378 = getelementptr inbounds float, ptr %gep271, i64 %377
  %379 = load <16 x float>, ptr %378, align 4
  %380 = or disjoint i64 %370, 48
  %381 = getelementptr inbounds float, ptr %gep271, i64 %380
  %382 = load <16 x float>, ptr %381, align 4
  %383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %379, <16 x float> %382, <16 x float> %376)
  %384 = shufflevector <16 x float> %383, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %385 = shufflevector <16 x float> %383, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %386 = fadd <8 x float> %384, %385
  %387 = shufflevector <8 x float> %386, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %388 = shufflevector <8 x float> %386, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %389 = fadd <4 x float> %387, %388
  %390 = shufflevector <4 x float> %389, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %391 = shufflevector <4 x float> %389, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %392 = fadd <2 x float> %390, %391
  %.idx282 = shl i64 %t1.addr.0258, 8
  %393 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx281
  %394 = load <16 x float>, ptr %393, align 4
  %395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %372, <16 x float> %394, <16 x float> zeroinitializer)
  %396 = getelementptr i8, ptr %10, i64 %.idx282
  %397 = load <16 x float>, ptr %396, align 4
  %398 = getelementptr inbounds i8, ptr %11, i64 %.idx281
  %399 = load <16 x float>, ptr %398, align 4
  %400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %399, <16 x float> %395)
  %401 = shufflevector <16 x float> %400, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %402 = shufflevector <16 x float> %400, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %403 = fadd <8 x float> %401, %402
  %404 = shufflevector <8 x float> %403, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %405 = shufflevector <8 x float> %403, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %406 = fadd <4 x float> %404, %405
  %407 = shufflevector <4 x float> %406, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %408 = shufflevector <4 x float> %406, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %409 = fadd <2 x float> %407, %408
  %410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %375, <16 x float> %394, <16 x float> zeroinitializer)
  %411 = getelementptr i8, ptr %396, i64 128
  %412 = load <16 x float>, ptr %411, align 4
  %413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %412, <16 x float> %399, <16 x float> %410)
  %shift368 = shufflevector <2 x float> %392, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %414 = fadd <2 x float> %392, %shift368
  %shift369 = shufflevector <2 x float> %409, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %415 = fadd <2 x float> %409, %shift369
  %416 = shufflevector <16 x float> %413, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %417 = shufflevector <16 x float> %413, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %418 = fadd <8 x float> %416, %417
  %419 = shufflevector <8 x float> %418, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %420 = shufflevector <8 x float> %418, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %421 = fadd <4 x float> %419, %420
  %422 = shufflevector <4 x float> %421, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %423 = shufflevector <4 x float> %421, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %424 = fadd <2 x float> %422, %423
  %shift370 = shufflevector <2 x float> %424, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %425 = fadd <2 x float> %424, %shift370
  %426 = shl nuw nsw i64 %t1.addr.0258, 1
  %427 = mul nsw i64 %426, %H
  %428 = getelementptr inbounds float, ptr %betah, i64 %427
  %429 = load float, ptr %428, align 4
  %430 = getelementptr inbounds float, ptr %gep273, i64 %370
  %431 = load <16 x float>, ptr %430, align 4
  %432 = fsub <16 x float> %431, %495
  %433 = insertelement <16 x float> poison, float %429, i64 0
  %434 = shufflevector <16 x float> %433, <16 x float> poison, <16 x i32> zeroinitializer
  %435 = fmul <16 x float> %434, %432
  %436 = or disjoint i64 %370, 16
  %437 = getelementptr inbounds float, ptr %gep273, i64 %436
  %438 = load <16 x float>, ptr %437, align 4
  %439 = fsub <16 x float> %438, %507
  %440 = fmul <16 x float> %434, %439
  %441 = or disjoint i64 %426, 1
  %442 = mul nsw i64 %441, %H
  %443 = getelementptr inbounds float, ptr %betah, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = shl nsw i64 %441, 5
  %446 = getelementptr inbounds float, ptr %gep273, i64 %445
  %447 = load <16 x float>, ptr %446, align 4
  %448 = shufflevector <2 x float> %414, <2 x float> poison, <16 x i32> zeroinitializer
  %449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %435, <16 x float> %498)
  %450 = fsub <16 x float> %447, %449
  %451 = insertelement <16 x float> poison, float %444, i64 0
  %452 = shufflevector <16 x float> %451, <16 x float> poison, <16 x i32> zeroinitializer
  %453 = fmul <16 x float> %452, %450
  %454 = or disjoint i64 %445, 16
  %455 = getelementptr inbounds float, ptr %gep273, i64 %454
  %456 = load <16 x float>, ptr %455, align 4
  %457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %440, <16 x float> %508)
  %458 = fsub <16 x float> %456, %457
  %459 = fmul <16 x float> %452, %458
  %460 = shufflevector <2 x float> %425, <2 x float> poison, <16 x i32> zeroinitializer
  %461 = shufflevector <2 x float> %415, <2 x float> poison, <16 x i32> zeroinitializer
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %435, <16 x float> %501)
  %463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %460, <16 x float> %453, <16 x float> %462)
  %464 = fmul <16 x float> %463, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %465 = mul nsw i64 %t1.addr.0258, %sv
  %466 = getelementptr inbounds float, ptr %oh, i64 %465
  store <16 x float> %464, ptr %466, align 4
  %467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %440, <16 x float> %509)
  %468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %460, <16 x float> %459, <16 x float> %467)
  %469 = fmul <16 x float> %468, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %470 = or disjoint i64 %465, 16
  %471 = getelementptr inbounds float, ptr %oh, i64 %470
  store <16 x float> %469, ptr %471, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0258, 1
  %472 = icmp slt i64 %t1.next, %t1
  br i1 %472, label %i7.head.preheader, label %i11.head.preheader

i7.body:                                          ; preds = %i7.head.preheader, %i7.body
  %i7.addr.0251 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next, %i7.body ]
  %acc14.0250 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %509, %i7.body ]
  %acc13.0249 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %501, %i7.body ]
  %acc12.0248 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %508, %i7.body ]
  %acc11.0247 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %498, %i7.body ]
  %acc10.0246 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %507, %i7.body ]
  %acc9.0245 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %495, %i7.body ]
  %gep341 = getelementptr float, ptr %invariant.gep340, i64 %i7.addr.0251
  %473 = getelementptr i8, ptr %gep341, i64 -256
  %474 = load float, ptr %473, align 4
  %475 = getelementptr i8, ptr %gep341, i64 -128
  %476 = load float, ptr %475, align 4
  %477 = or disjoint i64 %i7.addr.0251, %370
  %478 = getelementptr inbounds float, ptr %gep271, i64 %477
  %479 = load float, ptr %478, align 4
  %480 = or disjoint i64 %477, 32
  %481 = getelementptr inbounds float, ptr %gep271, i64 %480
  %482 = load float, ptr %481, align 4
  %gep343 = getelementptr inbounds float, ptr %invariant.gep342, i64 %i7.addr.0251
  %483 = load float, ptr %gep343, align 4
  %484 = insertelement <16 x float> poison, float %476, i64 0
  %485 = shufflevector <16 x float> %484, <16 x float> poison, <16 x i32> zeroinitializer
  %486 = insertelement <16 x float> poison, float %474, i64 0
  %487 = shufflevector <16 x float> %486, <16 x float> poison, <16 x i32> zeroinitializer
  %488 = shl nuw nsw i64 %i7.addr.0251, 5
  %489 = getelementptr inbounds float, ptr %work, i64 %488
  %490 = load <16 x float>, ptr %489, align 4
  %491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %487, <16 x float> %delta.0262, <16 x float> %490)
  %492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %485, <16 x float> %delta2.0260, <16 x float> %491)
  store <16 x float> %492, ptr %489, align 4
  %493 = insertelement <16 x float> poison, float %479, i64 0
  %494 = shufflevector <16 x float> %493, <16 x float> poison, <16 x i32> zeroinitializer
  %495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %494, <16 x float> %492, <16 x float> %acc9.0245)
  %496 = insertelement <16 x float> poison, float %482, i64 0
  %497 = shufflevector <16 x float> %496, <16 x float> poison, <16 x i32> zeroinitializer
  %498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %497, <16 x float> %492, <16 x float> %acc11.0247)
  %499 = insertelement <16 x float> poison, float %483, i64 0
  %500 = shufflevector <16 x float> %499, <16 x float> poison, <16 x i32> zeroinitializer
  %501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %500, <16 x float> %492, <16 x float> %acc13.0249)
  %502 = or disjoint i64 %488, 16
  %503 = getelementptr inbounds float, ptr %work, i64 %502
  %504 = load <16 x float>, ptr %503, align 4
  %505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %487, <16 x float> %delta1.0261, <16 x float> %504)
  %506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %485, <16 x float> %delta3.0259, <16 x float> %505)
  store <16 x float> %506, ptr %503, align 4
  %507 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %494, <16 x float> %506, <16 x float> %acc10.0246)
  %508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %497, <16 x float> %506, <16 x float> %acc12.0248)
  %509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %500, <16 x float> %506, <16 x float> %acc14.0250)
  %i7.next = add nuw nsw i64 %i7.addr.0251, 1
  %exitcond315.not = icmp eq i64 %i7.next, 32
  br i1 %exitcond315.not, label %i8.head.preheader, label %i7.body

i11.body:                                         ; preds = %i11.body, %i11.head.preheader
  %i11.addr.0266 = phi i64 [ 0, %i11.head.preheader ], [ %i11.next.1, %i11.body ]
  %gep345 = getelementptr float, ptr %invariant.gep344, i64 %i11.addr.0266
  %510 = getelementptr i8, ptr %gep345, i64 -256
  %511 = load float, ptr %510, align 4
  %512 = getelementptr i8, ptr %gep345, i64 -128
  %513 = load float, ptr %512, align 4
  %514 = insertelement <16 x float> poison, float %513, i64 0
  %515 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %516 = insertelement <16 x float> poison, float %511, i64 0
  %517 = shufflevector <16 x float> %516, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = shl nuw nsw i64 %i11.addr.0266, 5
  %519 = getelementptr inbounds float, ptr %work, i64 %518
  %520 = load <16 x float>, ptr %519, align 4
  %521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %517, <16 x float> %delta.0.lcssa, <16 x float> %520)
  %522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> %delta2.0.lcssa, <16 x float> %521)
  store <16 x float> %522, ptr %519, align 4
  %523 = or disjoint i64 %518, 16
  %524 = getelementptr inbounds float, ptr %work, i64 %523
  %525 = load <16 x float>, ptr %524, align 4
  %526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %517, <16 x float> %delta1.0.lcssa, <16 x float> %525)
  %527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> %delta3.0.lcssa, <16 x float> %526)
  store <16 x float> %527, ptr %524, align 4
  %i11.next = or disjoint i64 %i11.addr.0266, 1
  %gep345.1 = getelementptr float, ptr %invariant.gep344, i64 %i11.next
  %528 = getelementptr i8, ptr %gep345.1, i64 -256
  %529 = load float, ptr %528, align 4
  %530 = getelementptr i8, ptr %gep345.1, i64 -128
  %531 = load float, ptr %530, align 4
  %532 = insertelement <16 x float> poison, float %531, i64 0
  %533 = shufflevector <16 x float> %532, <16 x float> poison, <16 x i32> zeroinitializer
  %534 = insertelement <16 x float> poison, float %529, i64 0
  %535 = shufflevector <16 x float> %534, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = shl nuw nsw i64 %i11.next, 5
  %537 = getelementptr inbounds float, ptr %work, i64 %536
  %538 = load <16 x float>, ptr %537, align 4
  %539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %535, <16 x float> %delta.0.lcssa, <16 x float> %538)
  %540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %533, <16 x float> %delta2.0.lcssa, <16 x float> %539)
  store <16 x float> %540, ptr %537, align 4
  %541 = or disjoint i64 %536, 16
  %542 = getelementptr inbounds float, ptr %work, i64 %541
  %543 = load <16 x float>, ptr %542, align 4
  %544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %535, <16 x float> %delta1.0.lcssa, <16 x float> %543)
  %545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %533, <16 x float> %delta3.0.lcssa, <16 x float> %544)
  store <16 x float> %545, ptr %542, align 4
  %i11.next.1 = add nuw nsw i64 %i11.addr.0266, 2
  %exitcond316.not.1 = icmp eq i64 %i11.next.1, 32
  br i1 %exitcond316.not.1, label %i11.exit, label %i11.body

i11.exit:                                         ; preds = %i11.body
  %ci.next = add nuw nsw i64 %ci.addr.0267, 1
  %exitcond318.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond318.not, label %i12.head.preheader, label %ci.body
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

attributes #0 = { nofree norecurse nounwind "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = !{i32 1}
; ---- dp_bwd_h2_k32_v32_c8_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c8_nogate_l2norm'
source_filename = "dp_bwd_h2_k32_v32_c8_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h2_k32_v32_c8_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2607 = getelementptr i8, ptr %work, i64 49600
  %1 = shl i64 %H, 1
  %sv1 = shl nsw i64 %H, 5
  %2 = shl nsw i64 %T, 5
  %gep2602 = getelementptr float, ptr %invariant.gep2607, i64 %2
  %3 = mul nsw i64 %T, 96
  %gep2604 = getelementptr float, ptr %invariant.gep2607, i64 %3
  %.idx2283 = mul i64 %T, 640
  %gep2606 = getelementptr i8, ptr %invariant.gep2607, i64 %.idx2283
  %dak = getelementptr float, ptr %gep2606, i64 %2
  %dav = getelementptr float, ptr %gep2606, i64 %3
  %.idx = mul i64 %T, 1280
  %gep2608 = getelementptr i8, ptr %invariant.gep2607, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep2608, i64 %T
  %4 = icmp sgt i64 %T, 0
  %5 = add nsw i64 %T, -1
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
  %6 = add nsw i64 %T, 7
  %nc = sdiv i64 %6, 8
  %7 = getelementptr inbounds i8, ptr %work, i64 47168
  %8 = getelementptr inbounds i8, ptr %work, i64 47232
  %9 = getelementptr inbounds i8, ptr %work, i64 47296
  %10 = getelementptr inbounds i8, ptr %work, i64 47360
  %11 = getelementptr inbounds i8, ptr %work, i64 47424
  %12 = getelementptr inbounds i8, ptr %work, i64 47488
  %13 = getelementptr inbounds i8, ptr %work, i64 47552
  %14 = getelementptr inbounds i8, ptr %work, i64 47616
  %15 = getelementptr inbounds i8, ptr %work, i64 47680
  %16 = getelementptr inbounds i8, ptr %work, i64 47744
  %17 = getelementptr inbounds i8, ptr %work, i64 47808
  %18 = getelementptr inbounds i8, ptr %work, i64 47872
  %19 = getelementptr inbounds i8, ptr %work, i64 47936
  %20 = getelementptr inbounds i8, ptr %work, i64 48000
  %21 = getelementptr inbounds i8, ptr %work, i64 48064
  %invariant.gep2538 = getelementptr i8, ptr %work, i64 19744
  %22 = add nsw i64 %bh0, 1
  %23 = mul i64 %nc, %22
  %24 = shl i64 %23, 12
  %25 = add i64 %24, -4096
  %26 = shl i64 %nc, 12
  %27 = shl nsw i64 %nc, 3
  %28 = add i64 %27, 144115188075855864
  %29 = mul i64 %28, %H
  %30 = mul i64 %H, -1024
  %31 = shl i64 %H, 7
  %32 = add i64 %T, 8
  %33 = sub i64 %32, %27
  %smax2878 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %34 = sub i64 %bh1, %bh0
  %scevgep2804.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2804.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2804.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2804.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2804.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2804.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2804.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2804.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2804.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2804.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2804.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2804.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2804.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2804.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2804.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2804.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2804.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2804.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2804.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2804.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2804.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2804.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2804.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2804.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2804.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2804.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2804.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2804.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2804.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2804.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2804.31 = getelementptr i8, ptr %work, i64 7936
  %35 = getelementptr inbounds i8, ptr %work, i64 48800
  %36 = getelementptr inbounds i8, ptr %work, i64 48832
  %37 = getelementptr inbounds i8, ptr %work, i64 48864
  %38 = getelementptr inbounds i8, ptr %work, i64 48896
  %39 = getelementptr inbounds i8, ptr %work, i64 48912
  %40 = getelementptr inbounds i8, ptr %work, i64 48928
  %41 = getelementptr inbounds i8, ptr %work, i64 48948
  %42 = getelementptr inbounds i8, ptr %work, i64 48956
  %43 = getelementptr inbounds i8, ptr %work, i64 48960
  %44 = getelementptr inbounds i8, ptr %work, i64 48984
  %45 = getelementptr inbounds i8, ptr %work, i64 48992
  %46 = getelementptr inbounds i8, ptr %work, i64 49020
  %invariant.gep3076 = getelementptr i8, ptr %work, i64 28160
  %invariant.gep3078 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3080 = getelementptr i8, ptr %work, i64 25088
  %invariant.gep3082 = getelementptr i8, ptr %work, i64 17408
  %invariant.gep3084 = getelementptr i8, ptr %work, i64 26112
  %invariant.gep3086 = getelementptr i8, ptr %work, i64 40448
  %invariant.gep3088 = getelementptr i8, ptr %work, i64 17536
  %invariant.gep3090 = getelementptr i8, ptr %work, i64 26240
  %invariant.gep3092 = getelementptr i8, ptr %work, i64 40576
  %47 = getelementptr i8, ptr %work, i64 49664
  %invariant.gep3094 = getelementptr inbounds i8, ptr %work, i64 17408
  %invariant.gep3096 = getelementptr inbounds i8, ptr %work, i64 26112
  %48 = getelementptr i8, ptr %gep2602, i64 64
  %invariant.gep3098 = getelementptr inbounds i8, ptr %work, i64 17472
  %invariant.gep3100 = getelementptr inbounds i8, ptr %work, i64 26176
  %49 = getelementptr i8, ptr %gep2604, i64 64
  %50 = getelementptr inbounds i8, ptr %work, i64 40512
  %invariant.gep3102 = getelementptr inbounds i8, ptr %work, i64 17408
  %invariant.gep3104 = getelementptr inbounds i8, ptr %work, i64 26112
  %invariant.gep3106 = getelementptr inbounds i8, ptr %work, i64 17472
  %invariant.gep3108 = getelementptr inbounds i8, ptr %work, i64 26176
  %51 = getelementptr inbounds i8, ptr %work, i64 16384
  %52 = getelementptr inbounds i8, ptr %work, i64 16896
  %53 = getelementptr inbounds i8, ptr %work, i64 16512
  %54 = getelementptr inbounds i8, ptr %work, i64 17024
  %55 = getelementptr inbounds i8, ptr %work, i64 16640
  %56 = getelementptr inbounds i8, ptr %work, i64 17152
  %57 = getelementptr inbounds i8, ptr %work, i64 16768
  %58 = getelementptr inbounds i8, ptr %work, i64 17280
  %59 = getelementptr inbounds i8, ptr %work, i64 33312
  %60 = getelementptr inbounds i8, ptr %work, i64 33344
  %61 = getelementptr inbounds i8, ptr %work, i64 33376
  %62 = getelementptr inbounds i8, ptr %work, i64 33408
  %63 = getelementptr inbounds i8, ptr %work, i64 33440
  %64 = getelementptr inbounds i8, ptr %work, i64 33472
  %65 = getelementptr inbounds i8, ptr %work, i64 33504
  %66 = getelementptr inbounds i8, ptr %work, i64 16416
  %67 = getelementptr inbounds i8, ptr %work, i64 16928
  %68 = getelementptr inbounds i8, ptr %work, i64 16544
  %69 = getelementptr inbounds i8, ptr %work, i64 17056
  %70 = getelementptr inbounds i8, ptr %work, i64 16672
  %71 = getelementptr inbounds i8, ptr %work, i64 17184
  %72 = getelementptr inbounds i8, ptr %work, i64 16800
  %73 = getelementptr inbounds i8, ptr %work, i64 17312
  %74 = getelementptr inbounds i8, ptr %work, i64 33536
  %75 = getelementptr inbounds i8, ptr %work, i64 33568
  %76 = getelementptr inbounds i8, ptr %work, i64 33600
  %77 = getelementptr inbounds i8, ptr %work, i64 33632
  %78 = getelementptr inbounds i8, ptr %work, i64 33664
  %79 = getelementptr inbounds i8, ptr %work, i64 33696
  %80 = getelementptr inbounds i8, ptr %work, i64 33728
  %81 = getelementptr inbounds i8, ptr %work, i64 33760
  %82 = getelementptr inbounds i8, ptr %work, i64 16448
  %83 = getelementptr inbounds i8, ptr %work, i64 16960
  %84 = getelementptr inbounds i8, ptr %work, i64 16576
  %85 = getelementptr inbounds i8, ptr %work, i64 17088
  %86 = getelementptr inbounds i8, ptr %work, i64 16704
  %87 = getelementptr inbounds i8, ptr %work, i64 17216
  %88 = getelementptr inbounds i8, ptr %work, i64 16832
  %89 = getelementptr inbounds i8, ptr %work, i64 17344
  %90 = getelementptr inbounds i8, ptr %work, i64 33792
  %91 = getelementptr inbounds i8, ptr %work, i64 33824
  %92 = getelementptr inbounds i8, ptr %work, i64 33856
  %93 = getelementptr inbounds i8, ptr %work, i64 33888
  %94 = getelementptr inbounds i8, ptr %work, i64 33920
  %95 = getelementptr inbounds i8, ptr %work, i64 33952
  %96 = getelementptr inbounds i8, ptr %work, i64 33984
  %97 = getelementptr inbounds i8, ptr %work, i64 34016
  %98 = getelementptr inbounds i8, ptr %work, i64 16480
  %99 = getelementptr inbounds i8, ptr %work, i64 16992
  %100 = getelementptr inbounds i8, ptr %work, i64 16608
  %101 = getelementptr inbounds i8, ptr %work, i64 17120
  %102 = getelementptr inbounds i8, ptr %work, i64 16736
  %103 = getelementptr inbounds i8, ptr %work, i64 17248
  %104 = getelementptr inbounds i8, ptr %work, i64 16864
  %105 = getelementptr inbounds i8, ptr %work, i64 17376
  %106 = getelementptr inbounds i8, ptr %work, i64 34048
  %107 = getelementptr inbounds i8, ptr %work, i64 34080
  %108 = getelementptr inbounds i8, ptr %work, i64 34112
  %109 = getelementptr inbounds i8, ptr %work, i64 34144
  %110 = getelementptr inbounds i8, ptr %work, i64 34176
  %111 = getelementptr inbounds i8, ptr %work, i64 34208
  %112 = getelementptr inbounds i8, ptr %work, i64 34240
  %113 = getelementptr inbounds i8, ptr %work, i64 34272
  %114 = getelementptr inbounds i8, ptr %work, i64 28672
  %115 = getelementptr inbounds i8, ptr %work, i64 28288
  %116 = getelementptr inbounds i8, ptr %work, i64 28800
  %117 = getelementptr inbounds i8, ptr %work, i64 28416
  %118 = getelementptr inbounds i8, ptr %work, i64 28928
  %119 = getelementptr inbounds i8, ptr %work, i64 28544
  %120 = getelementptr inbounds i8, ptr %work, i64 29056
  %121 = getelementptr inbounds i8, ptr %work, i64 34336
  %122 = getelementptr inbounds i8, ptr %work, i64 34368
  %123 = getelementptr inbounds i8, ptr %work, i64 34400
  %124 = getelementptr inbounds i8, ptr %work, i64 34432
  %125 = getelementptr inbounds i8, ptr %work, i64 34464
  %126 = getelementptr inbounds i8, ptr %work, i64 34496
  %127 = getelementptr inbounds i8, ptr %work, i64 34528
  %128 = getelementptr inbounds i8, ptr %work, i64 28192
  %129 = getelementptr inbounds i8, ptr %work, i64 28704
  %130 = getelementptr inbounds i8, ptr %work, i64 28320
  %131 = getelementptr inbounds i8, ptr %work, i64 28832
  %132 = getelementptr inbounds i8, ptr %work, i64 28448
  %133 = getelementptr inbounds i8, ptr %work, i64 28960
  %134 = getelementptr inbounds i8, ptr %work, i64 28576
  %135 = getelementptr inbounds i8, ptr %work, i64 29088
  %136 = getelementptr inbounds i8, ptr %work, i64 34560
  %137 = getelementptr inbounds i8, ptr %work, i64 34592
  %138 = getelementptr inbounds i8, ptr %work, i64 34624
  %139 = getelementptr inbounds i8, ptr %work, i64 34656
  %140 = getelementptr inbounds i8, ptr %work, i64 34688
  %141 = getelementptr inbounds i8, ptr %work, i64 34720
  %142 = getelementptr inbounds i8, ptr %work, i64 34752
  %143 = getelementptr inbounds i8, ptr %work, i64 34784
  %144 = getelementptr inbounds i8, ptr %work, i64 28224
  %145 = getelementptr inbounds i8, ptr %work, i64 28736
  %146 = getelementptr inbounds i8, ptr %work, i64 28352
  %147 = getelementptr inbounds i8, ptr %work, i64 28864
  %148 = getelementptr inbounds i8, ptr %work, i64 28480
  %149 = getelementptr inbounds i8, ptr %work, i64 28992
  %150 = getelementptr inbounds i8, ptr %work, i64 28608
  %151 = getelementptr inbounds i8, ptr %work, i64 29120
  %152 = getelementptr inbounds i8, ptr %work, i64 34816
  %153 = getelementptr inbounds i8, ptr %work, i64 34848
  %154 = getelementptr inbounds i8, ptr %work, i64 34880
  %155 = getelementptr inbounds i8, ptr %work, i64 34912
  %156 = getelementptr inbounds i8, ptr %work, i64 34944
  %157 = getelementptr inbounds i8, ptr %work, i64 34976
  %158 = getelementptr inbounds i8, ptr %work, i64 35008
  %159 = getelementptr inbounds i8, ptr %work, i64 35040
  %160 = getelementptr inbounds i8, ptr %work, i64 28256
  %161 = getelementptr inbounds i8, ptr %work, i64 28768
  %162 = getelementptr inbounds i8, ptr %work, i64 28384
  %163 = getelementptr inbounds i8, ptr %work, i64 28896
  %164 = getelementptr inbounds i8, ptr %work, i64 28512
  %165 = getelementptr inbounds i8, ptr %work, i64 29024
  %166 = getelementptr inbounds i8, ptr %work, i64 28640
  %167 = getelementptr inbounds i8, ptr %work, i64 29152
  %168 = getelementptr inbounds i8, ptr %work, i64 35072
  %169 = getelementptr inbounds i8, ptr %work, i64 35104
  %170 = getelementptr inbounds i8, ptr %work, i64 35136
  %171 = getelementptr inbounds i8, ptr %work, i64 35168
  %172 = getelementptr inbounds i8, ptr %work, i64 35200
  %173 = getelementptr inbounds i8, ptr %work, i64 35232
  %174 = getelementptr inbounds i8, ptr %work, i64 35264
  %175 = getelementptr inbounds i8, ptr %work, i64 35296
  %176 = getelementptr inbounds i8, ptr %work, i64 35392
  %177 = getelementptr inbounds i8, ptr %work, i64 35456
  %178 = getelementptr inbounds i8, ptr %work, i64 35520
  %179 = getelementptr inbounds i8, ptr %work, i64 35584
  %180 = getelementptr inbounds i8, ptr %work, i64 35648
  %181 = getelementptr inbounds i8, ptr %work, i64 35712
  %182 = getelementptr inbounds i8, ptr %work, i64 35776
  %183 = getelementptr inbounds i8, ptr %work, i64 35840
  %184 = getelementptr inbounds i8, ptr %work, i64 35904
  %185 = getelementptr inbounds i8, ptr %work, i64 35968
  %186 = getelementptr inbounds i8, ptr %work, i64 36032
  %187 = getelementptr inbounds i8, ptr %work, i64 36096
  %188 = getelementptr inbounds i8, ptr %work, i64 36160
  %189 = getelementptr inbounds i8, ptr %work, i64 36224
  %190 = getelementptr inbounds i8, ptr %work, i64 36288
  %191 = getelementptr inbounds i8, ptr %work, i64 40512
  %192 = getelementptr inbounds i8, ptr %work, i64 36416
  %193 = getelementptr inbounds i8, ptr %work, i64 40576
  %194 = getelementptr inbounds i8, ptr %work, i64 36608
  %195 = getelementptr inbounds i8, ptr %work, i64 40640
  %196 = getelementptr inbounds i8, ptr %work, i64 36672
  %197 = getelementptr inbounds i8, ptr %work, i64 40704
  %198 = getelementptr inbounds i8, ptr %work, i64 36864
  %199 = getelementptr inbounds i8, ptr %work, i64 40768
  %200 = getelementptr inbounds i8, ptr %work, i64 36928
  %201 = getelementptr inbounds i8, ptr %work, i64 40832
  %202 = getelementptr inbounds i8, ptr %work, i64 37120
  %203 = getelementptr inbounds i8, ptr %work, i64 40896
  %204 = getelementptr inbounds i8, ptr %work, i64 37184
  %205 = getelementptr inbounds i8, ptr %work, i64 40960
  %206 = getelementptr inbounds i8, ptr %work, i64 37376
  %207 = getelementptr inbounds i8, ptr %work, i64 41024
  %208 = getelementptr inbounds i8, ptr %work, i64 37440
  %209 = getelementptr inbounds i8, ptr %work, i64 41088
  %210 = getelementptr inbounds i8, ptr %work, i64 37632
  %211 = getelementptr inbounds i8, ptr %work, i64 41152
  %212 = getelementptr inbounds i8, ptr %work, i64 37696
  %213 = getelementptr inbounds i8, ptr %work, i64 41216
  %214 = getelementptr inbounds i8, ptr %work, i64 37888
  %215 = getelementptr inbounds i8, ptr %work, i64 41280
  %216 = getelementptr inbounds i8, ptr %work, i64 37952
  %217 = getelementptr inbounds i8, ptr %work, i64 41344
  %218 = getelementptr inbounds i8, ptr %work, i64 38144
  %219 = getelementptr inbounds i8, ptr %work, i64 41408
  %220 = getelementptr inbounds i8, ptr %work, i64 38208
  %221 = getelementptr inbounds i8, ptr %work, i64 41472
  %222 = getelementptr inbounds i8, ptr %work, i64 38400
  %223 = getelementptr inbounds i8, ptr %work, i64 41536
  %224 = getelementptr inbounds i8, ptr %work, i64 38464
  %225 = getelementptr inbounds i8, ptr %work, i64 41600
  %226 = getelementptr inbounds i8, ptr %work, i64 38656
  %227 = getelementptr inbounds i8, ptr %work, i64 41664
  %228 = getelementptr inbounds i8, ptr %work, i64 38720
  %229 = getelementptr inbounds i8, ptr %work, i64 41728
  %230 = getelementptr inbounds i8, ptr %work, i64 38912
  %231 = getelementptr inbounds i8, ptr %work, i64 41792
  %232 = getelementptr inbounds i8, ptr %work, i64 38976
  %233 = getelementptr inbounds i8, ptr %work, i64 41856
  %234 = getelementptr inbounds i8, ptr %work, i64 39168
  %235 = getelementptr inbounds i8, ptr %work, i64 41920
  %236 = getelementptr inbounds i8, ptr %work, i64 39232
  %237 = getelementptr inbounds i8, ptr %work, i64 41984
  %238 = getelementptr inbounds i8, ptr %work, i64 39424
  %239 = getelementptr inbounds i8, ptr %work, i64 42048
  %240 = getelementptr inbounds i8, ptr %work, i64 39488
  %241 = getelementptr inbounds i8, ptr %work, i64 42112
  %242 = getelementptr inbounds i8, ptr %work, i64 39680
  %243 = getelementptr inbounds i8, ptr %work, i64 42176
  %244 = getelementptr inbounds i8, ptr %work, i64 39744
  %245 = getelementptr inbounds i8, ptr %work, i64 42240
  %246 = getelementptr inbounds i8, ptr %work, i64 39936
  %247 = getelementptr inbounds i8, ptr %work, i64 42304
  %248 = getelementptr inbounds i8, ptr %work, i64 40000
  %249 = getelementptr inbounds i8, ptr %work, i64 42368
  %250 = getelementptr inbounds i8, ptr %work, i64 40192
  %251 = getelementptr inbounds i8, ptr %work, i64 42432
  %252 = getelementptr inbounds i8, ptr %work, i64 40256
  %253 = getelementptr inbounds i8, ptr %work, i64 46624
  %254 = getelementptr inbounds i8, ptr %work, i64 46656
  %255 = getelementptr inbounds i8, ptr %work, i64 46688
  %256 = getelementptr inbounds i8, ptr %work, i64 46720
  %257 = getelementptr inbounds i8, ptr %work, i64 46752
  %258 = getelementptr inbounds i8, ptr %work, i64 46784
  %259 = getelementptr inbounds i8, ptr %work, i64 46816
  %260 = getelementptr inbounds i8, ptr %work, i64 46848
  %261 = getelementptr inbounds i8, ptr %work, i64 46880
  %262 = getelementptr inbounds i8, ptr %work, i64 46912
  %263 = getelementptr inbounds i8, ptr %work, i64 46944
  %264 = getelementptr inbounds i8, ptr %work, i64 46976
  %265 = getelementptr inbounds i8, ptr %work, i64 47008
  %266 = getelementptr inbounds i8, ptr %work, i64 47040
  %267 = getelementptr inbounds i8, ptr %work, i64 47072
  %268 = getelementptr inbounds i8, ptr %work, i64 36480
  %269 = getelementptr inbounds i8, ptr %work, i64 29184
  %270 = getelementptr inbounds i8, ptr %work, i64 36544
  %271 = getelementptr inbounds i8, ptr %work, i64 29248
  %272 = getelementptr inbounds i8, ptr %work, i64 36736
  %273 = getelementptr inbounds i8, ptr %work, i64 29312
  %274 = getelementptr inbounds i8, ptr %work, i64 36800
  %275 = getelementptr inbounds i8, ptr %work, i64 29376
  %276 = getelementptr inbounds i8, ptr %work, i64 36992
  %277 = getelementptr inbounds i8, ptr %work, i64 29440
  %278 = getelementptr inbounds i8, ptr %work, i64 37056
  %279 = getelementptr inbounds i8, ptr %work, i64 29504
  %280 = getelementptr inbounds i8, ptr %work, i64 37248
  %281 = getelementptr inbounds i8, ptr %work, i64 29568
  %282 = getelementptr inbounds i8, ptr %work, i64 37312
  %283 = getelementptr inbounds i8, ptr %work, i64 29632
  %284 = getelementptr inbounds i8, ptr %work, i64 37504
  %285 = getelementptr inbounds i8, ptr %work, i64 29696
  %286 = getelementptr inbounds i8, ptr %work, i64 37568
  %287 = getelementptr inbounds i8, ptr %work, i64 29760
  %288 = getelementptr inbounds i8, ptr %work, i64 37760
  %289 = getelementptr inbounds i8, ptr %work, i64 29824
  %290 = getelementptr inbounds i8, ptr %work, i64 37824
  %291 = getelementptr inbounds i8, ptr %work, i64 29888
  %292 = getelementptr inbounds i8, ptr %work, i64 38016
  %293 = getelementptr inbounds i8, ptr %work, i64 29952
  %294 = getelementptr inbounds i8, ptr %work, i64 38080
  %295 = getelementptr inbounds i8, ptr %work, i64 30016
  %296 = getelementptr inbounds i8, ptr %work, i64 38272
  %297 = getelementptr inbounds i8, ptr %work, i64 30080
  %298 = getelementptr inbounds i8, ptr %work, i64 38336
  %299 = getelementptr inbounds i8, ptr %work, i64 30144
  %300 = getelementptr inbounds i8, ptr %work, i64 38528
  %301 = getelementptr inbounds i8, ptr %work, i64 30208
  %302 = getelementptr inbounds i8, ptr %work, i64 38592
  %303 = getelementptr inbounds i8, ptr %work, i64 30272
  %304 = getelementptr inbounds i8, ptr %work, i64 38784
  %305 = getelementptr inbounds i8, ptr %work, i64 30336
  %306 = getelementptr inbounds i8, ptr %work, i64 38848
  %307 = getelementptr inbounds i8, ptr %work, i64 30400
  %308 = getelementptr inbounds i8, ptr %work, i64 39040
  %309 = getelementptr inbounds i8, ptr %work, i64 30464
  %310 = getelementptr inbounds i8, ptr %work, i64 39104
  %311 = getelementptr inbounds i8, ptr %work, i64 30528
  %312 = getelementptr inbounds i8, ptr %work, i64 39296
  %313 = getelementptr inbounds i8, ptr %work, i64 30592
  %314 = getelementptr inbounds i8, ptr %work, i64 39360
  %315 = getelementptr inbounds i8, ptr %work, i64 30656
  %316 = getelementptr inbounds i8, ptr %work, i64 39552
  %317 = getelementptr inbounds i8, ptr %work, i64 30720
  %318 = getelementptr inbounds i8, ptr %work, i64 39616
  %319 = getelementptr inbounds i8, ptr %work, i64 30784
  %320 = getelementptr inbounds i8, ptr %work, i64 39808
  %321 = getelementptr inbounds i8, ptr %work, i64 30848
  %322 = getelementptr inbounds i8, ptr %work, i64 39872
  %323 = getelementptr inbounds i8, ptr %work, i64 30912
  %324 = getelementptr inbounds i8, ptr %work, i64 40064
  %325 = getelementptr inbounds i8, ptr %work, i64 30976
  %326 = getelementptr inbounds i8, ptr %work, i64 40128
  %327 = getelementptr inbounds i8, ptr %work, i64 31040
  %328 = getelementptr inbounds i8, ptr %work, i64 40320
  %329 = getelementptr inbounds i8, ptr %work, i64 31104
  %330 = getelementptr inbounds i8, ptr %work, i64 40384
  %331 = getelementptr inbounds i8, ptr %work, i64 31168
  %332 = getelementptr inbounds i8, ptr %work, i64 29248
  %333 = getelementptr inbounds i8, ptr %work, i64 29376
  %334 = getelementptr inbounds i8, ptr %work, i64 29504
  %335 = getelementptr inbounds i8, ptr %work, i64 29632
  %336 = getelementptr inbounds i8, ptr %work, i64 29760
  %337 = getelementptr inbounds i8, ptr %work, i64 29888
  %338 = getelementptr inbounds i8, ptr %work, i64 30016
  %339 = getelementptr inbounds i8, ptr %work, i64 30144
  %340 = getelementptr inbounds i8, ptr %work, i64 30272
  %341 = getelementptr inbounds i8, ptr %work, i64 30400
  %342 = getelementptr inbounds i8, ptr %work, i64 30528
  %343 = getelementptr inbounds i8, ptr %work, i64 30656
  %344 = getelementptr inbounds i8, ptr %work, i64 30784
  %345 = getelementptr inbounds i8, ptr %work, i64 30912
  %346 = getelementptr inbounds i8, ptr %work, i64 31040
  %347 = getelementptr inbounds i8, ptr %work, i64 31168
  %348 = getelementptr inbounds i8, ptr %work, i64 19712
  %349 = getelementptr inbounds i8, ptr %work, i64 20064
  %350 = getelementptr inbounds i8, ptr %work, i64 20416
  %351 = getelementptr inbounds i8, ptr %work, i64 20768
  %352 = getelementptr inbounds i8, ptr %work, i64 21120
  %353 = getelementptr inbounds i8, ptr %work, i64 21472
  %354 = getelementptr inbounds i8, ptr %work, i64 21824
  %355 = getelementptr inbounds i8, ptr %work, i64 22176
  %356 = getelementptr inbounds i8, ptr %work, i64 22528
  %357 = getelementptr inbounds i8, ptr %work, i64 22880
  %358 = getelementptr inbounds i8, ptr %work, i64 20416
  %359 = getelementptr inbounds i8, ptr %work, i64 20768
  %360 = getelementptr inbounds i8, ptr %work, i64 21120
  %361 = getelementptr inbounds i8, ptr %work, i64 21472
  %362 = getelementptr inbounds i8, ptr %work, i64 21824
  %363 = getelementptr inbounds i8, ptr %work, i64 22176
  %364 = getelementptr inbounds i8, ptr %work, i64 23232
  %365 = getelementptr inbounds i8, ptr %work, i64 23584
  %366 = getelementptr inbounds i8, ptr %work, i64 23936
  %367 = getelementptr inbounds i8, ptr %work, i64 24288
  %368 = getelementptr inbounds i8, ptr %work, i64 24640
  %369 = getelementptr inbounds i8, ptr %work, i64 24992
  %invariant.gep3112 = getelementptr inbounds i8, ptr %work, i64 29184
  %invariant.gep3114 = getelementptr inbounds i8, ptr %work, i64 29248
  %370 = getelementptr i8, ptr %dav, i64 64
  %371 = getelementptr inbounds i8, ptr %work, i64 19744
  %372 = getelementptr inbounds i8, ptr %work, i64 20096
  %373 = getelementptr inbounds i8, ptr %work, i64 20448
  %374 = getelementptr inbounds i8, ptr %work, i64 20800
  %375 = getelementptr inbounds i8, ptr %work, i64 21152
  %376 = getelementptr inbounds i8, ptr %work, i64 21504
  %377 = getelementptr inbounds i8, ptr %work, i64 21856
  %378 = getelementptr inbounds i8, ptr %work, i64 22208
  %379 = getelementptr inbounds i8, ptr %work, i64 22560
  %380 = getelementptr inbounds i8, ptr %work, i64 22912
  %381 = getelementptr inbounds i8, ptr %work, i64 23264
  %382 = getelementptr inbounds i8, ptr %work, i64 23616
  %383 = getelementptr inbounds i8, ptr %work, i64 23968
  %384 = getelementptr inbounds i8, ptr %work, i64 24320
  %385 = getelementptr inbounds i8, ptr %work, i64 24672
  %386 = getelementptr inbounds i8, ptr %work, i64 25024
  %invariant.gep3120 = getelementptr inbounds i8, ptr %work, i64 19744
  %scevgep2881 = getelementptr i8, ptr %work, i64 128
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
  %gep3117 = getelementptr inbounds i8, ptr %work, i64 29312
  %gep3119 = getelementptr inbounds i8, ptr %work, i64 29376
  %387 = getelementptr inbounds i8, ptr %work, i64 48196
  %gep3113.1 = getelementptr inbounds i8, ptr %work, i64 29440
  %gep3115.1 = getelementptr inbounds i8, ptr %work, i64 29504
  %388 = getelementptr inbounds i8, ptr %work, i64 48200
  %gep3117.1 = getelementptr inbounds i8, ptr %work, i64 29568
  %gep3119.1 = getelementptr inbounds i8, ptr %work, i64 29632
  %389 = getelementptr inbounds i8, ptr %work, i64 48204
  %gep3113.2 = getelementptr inbounds i8, ptr %work, i64 29696
  %gep3115.2 = getelementptr inbounds i8, ptr %work, i64 29760
  %390 = getelementptr inbounds i8, ptr %work, i64 48208
  %gep3117.2 = getelementptr inbounds i8, ptr %work, i64 29824
  %gep3119.2 = getelementptr inbounds i8, ptr %work, i64 29888
  %391 = getelementptr inbounds i8, ptr %work, i64 48212
  %gep3113.3 = getelementptr inbounds i8, ptr %work, i64 29952
  %gep3115.3 = getelementptr inbounds i8, ptr %work, i64 30016
  %392 = getelementptr inbounds i8, ptr %work, i64 48216
  %gep3117.3 = getelementptr inbounds i8, ptr %work, i64 30080
  %gep3119.3 = getelementptr inbounds i8, ptr %work, i64 30144
  %393 = getelementptr inbounds i8, ptr %work, i64 48220
  %gep3113.4 = getelementptr inbounds i8, ptr %work, i64 30208
  %gep3115.4 = getelementptr inbounds i8, ptr %work, i64 30272
  %394 = getelementptr inbounds i8, ptr %work, i64 48224
  %gep3117.4 = getelementptr inbounds i8, ptr %work, i64 30336
  %gep3119.4 = getelementptr inbounds i8, ptr %work, i64 30400
  %395 = getelementptr inbounds i8, ptr %work, i64 48228
  %gep3113.5 = getelementptr inbounds i8, ptr %work, i64 30464
  %gep3115.5 = getelementptr inbounds i8, ptr %work, i64 30528
  %396 = getelementptr inbounds i8, ptr %work, i64 48232
  %gep3117.5 = getelementptr inbounds i8, ptr %work, i64 30592
  %gep3119.5 = getelementptr inbounds i8, ptr %work, i64 30656
  %397 = getelementptr inbounds i8, ptr %work, i64 48236
  %gep3113.6 = getelementptr inbounds i8, ptr %work, i64 30720
  %gep3115.6 = getelementptr inbounds i8, ptr %work, i64 30784
  %398 = getelementptr inbounds i8, ptr %work, i64 48240
  %gep3117.6 = getelementptr inbounds i8, ptr %work, i64 30848
  %gep3119.6 = getelementptr inbounds i8, ptr %work, i64 30912
  %399 = getelementptr inbounds i8, ptr %work, i64 48244
  %gep3113.7 = getelementptr inbounds i8, ptr %work, i64 30976
  %gep3115.7 = getelementptr inbounds i8, ptr %work, i64 31040
  %400 = getelementptr inbounds i8, ptr %work, i64 48248
  %gep3117.7 = getelementptr inbounds i8, ptr %work, i64 31104
  %gep3119.7 = getelementptr inbounds i8, ptr %work, i64 31168
  %401 = getelementptr inbounds i8, ptr %work, i64 48252
  %scevgep2881.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2881.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2881.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2881.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2881.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2881.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2881.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2881.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2881.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2881.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2881.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2881.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2881.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2881.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2881.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2881.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2881.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2881.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2881.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2881.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2881.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2881.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2881.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2881.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2881.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2881.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2881.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2881.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2881.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2881.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2881.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02609 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %402 = add i64 %indvar, %bh0
  %403 = shl i64 %402, 12
  %404 = mul i64 %26, %indvar
  %405 = add i64 %25, %404
  %b = sdiv i64 %bh.addr.02609, %H
  %h = srem i64 %bh.addr.02609, %H
  %406 = mul i64 %b, %T
  %407 = mul i64 %406, %H
  %bT = add i64 %407, %h
  %408 = mul i64 %1, %406
  %bTn = add nsw i64 %408, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %oh.idx = shl i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
  br i1 %4, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %409 = shl nsw i64 %h, 5
  %invariant.gep2309 = getelementptr float, ptr %q, i64 %409
  %invariant.gep2311 = getelementptr float, ptr %k, i64 %409
  %invariant.gep2313 = getelementptr float, ptr %v, i64 %409
  %410 = add nsw i64 %h, %H
  %411 = shl nsw i64 %410, 5
  %invariant.gep2315 = getelementptr float, ptr %k, i64 %411
  %invariant.gep2317 = getelementptr float, ptr %v, i64 %411
  br label %t.body

bh.exit:                                          ; preds = %j38.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02308 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %412 = add nuw nsw i64 %t.addr.02308, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %412, i64 %5)
  %413 = add nsw i64 %tp, %406
  %414 = mul nsw i64 %413, %q_ts
  %gep2310 = getelementptr float, ptr %invariant.gep2309, i64 %414
  tail call void @llvm.prefetch.p0(ptr %gep2310, i32 0, i32 2, i32 1)
  %415 = getelementptr i8, ptr %gep2310, i64 64
  tail call void @llvm.prefetch.p0(ptr %415, i32 0, i32 2, i32 1)
  %416 = mul nsw i64 %413, %k_ts
  %gep2312 = getelementptr float, ptr %invariant.gep2311, i64 %416
  tail call void @llvm.prefetch.p0(ptr %gep2312, i32 0, i32 2, i32 1)
  %417 = getelementptr i8, ptr %gep2312, i64 64
  tail call void @llvm.prefetch.p0(ptr %417, i32 0, i32 2, i32 1)
  %418 = mul nsw i64 %413, %v_ts
  %gep2314 = getelementptr float, ptr %invariant.gep2313, i64 %418
  tail call void @llvm.prefetch.p0(ptr %gep2314, i32 0, i32 2, i32 1)
  %419 = getelementptr i8, ptr %gep2314, i64 64
  tail call void @llvm.prefetch.p0(ptr %419, i32 0, i32 2, i32 1)
  %gep2316 = getelementptr float, ptr %invariant.gep2315, i64 %416
  tail call void @llvm.prefetch.p0(ptr %gep2316, i32 0, i32 2, i32 1)
  %420 = getelementptr i8, ptr %gep2316, i64 64
  tail call void @llvm.prefetch.p0(ptr %420, i32 0, i32 2, i32 1)
  %gep2318 = getelementptr float, ptr %invariant.gep2317, i64 %418
  tail call void @llvm.prefetch.p0(ptr %gep2318, i32 0, i32 2, i32 1)
  %421 = getelementptr i8, ptr %gep2318, i64 64
  tail call void @llvm.prefetch.p0(ptr %421, i32 0, i32 2, i32 1)
  %422 = add nsw i64 %t.addr.02308, %406
  %423 = mul nsw i64 %422, %q_ts
  %gep2320 = getelementptr float, ptr %invariant.gep2309, i64 %423
  %424 = load <16 x float>, ptr %gep2320, align 4
  %425 = getelementptr i8, ptr %gep2320, i64 64
  %426 = load <16 x float>, ptr %425, align 4
  %427 = fmul <16 x float> %424, %424
  %428 = fmul <16 x float> %426, %426
  %429 = fadd <16 x float> %427, %428
  %430 = shufflevector <16 x float> %429, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %431 = shufflevector <16 x float> %429, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %432 = fadd <8 x float> %430, %431
  %433 = shufflevector <8 x float> %432, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %434 = shufflevector <8 x float> %432, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %435 = fadd <4 x float> %433, %434
  %436 = shufflevector <4 x float> %435, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %437 = shufflevector <4 x float> %435, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %438 = fadd <2 x float> %436, %437
  %shift = shufflevector <2 x float> %438, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %439 = fadd <2 x float> %438, %shift
  %440 = extractelement <2 x float> %439, i64 0
  %441 = fadd float %440, 0x3EB0C6F7A0000000
  %442 = tail call float @llvm.sqrt.f32(float %441)
  %443 = fdiv float 1.000000e+00, %442
  %444 = getelementptr inbounds float, ptr %gep2608, i64 %t.addr.02308
  store float %443, ptr %444, align 4
  %445 = insertelement <16 x float> poison, float %443, i64 0
  %446 = shufflevector <16 x float> %445, <16 x float> poison, <16 x i32> zeroinitializer
  %447 = fmul <16 x float> %424, %446
  %448 = shl nsw i64 %t.addr.02308, 5
  %449 = getelementptr inbounds float, ptr %invariant.gep2607, i64 %448
  store <16 x float> %447, ptr %449, align 4
  %450 = fmul <16 x float> %426, %446
  %451 = or disjoint i64 %448, 16
  %452 = getelementptr inbounds float, ptr %invariant.gep2607, i64 %451
  store <16 x float> %450, ptr %452, align 4
  %453 = mul nsw i64 %422, %k_ts
  %gep2322 = getelementptr float, ptr %invariant.gep2311, i64 %453
  %454 = load <16 x float>, ptr %gep2322, align 4
  %455 = getelementptr i8, ptr %gep2322, i64 64
  %456 = load <16 x float>, ptr %455, align 4
  %457 = fmul <16 x float> %454, %454
  %458 = fmul <16 x float> %456, %456
  %459 = fadd <16 x float> %457, %458
  %460 = shufflevector <16 x float> %459, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %461 = shufflevector <16 x float> %459, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %462 = fadd <8 x float> %460, %461
  %463 = shufflevector <8 x float> %462, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %464 = shufflevector <8 x float> %462, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %465 = fadd <4 x float> %463, %464
  %466 = shufflevector <4 x float> %465, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %467 = shufflevector <4 x float> %465, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %468 = fadd <2 x float> %466, %467
  %shift3313 = shufflevector <2 x float> %468, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %469 = fadd <2 x float> %468, %shift3313
  %470 = extractelement <2 x float> %469, i64 0
  %471 = fadd float %470, 0x3EB0C6F7A0000000
  %472 = tail call float @llvm.sqrt.f32(float %471)
  %473 = fdiv float 1.000000e+00, %472
  %474 = shl nuw nsw i64 %t.addr.02308, 1
  %gep = getelementptr float, ptr %invariant.gep, i64 %474
  store float %473, ptr %gep, align 4
  %475 = insertelement <16 x float> poison, float %473, i64 0
  %476 = shufflevector <16 x float> %475, <16 x float> poison, <16 x i32> zeroinitializer
  %477 = fmul <16 x float> %454, %476
  %478 = shl nsw i64 %t.addr.02308, 6
  %479 = getelementptr inbounds float, ptr %gep2602, i64 %478
  store <16 x float> %477, ptr %479, align 4
  %480 = fmul <16 x float> %456, %476
  %481 = or disjoint i64 %478, 16
  %482 = getelementptr inbounds float, ptr %gep2602, i64 %481
  store <16 x float> %480, ptr %482, align 4
  %483 = mul nsw i64 %422, %v_ts
  %gep2324 = getelementptr float, ptr %invariant.gep2313, i64 %483
  %484 = load <16 x float>, ptr %gep2324, align 4
  %485 = getelementptr i8, ptr %gep2324, i64 64
  %486 = load <16 x float>, ptr %485, align 4
  %487 = getelementptr inbounds float, ptr %gep2604, i64 %478
  store <16 x float> %484, ptr %487, align 4
  %488 = getelementptr inbounds float, ptr %gep2604, i64 %481
  store <16 x float> %486, ptr %488, align 4
  %gep2326 = getelementptr float, ptr %invariant.gep2315, i64 %453
  %489 = load <16 x float>, ptr %gep2326, align 4
  %490 = getelementptr i8, ptr %gep2326, i64 64
  %491 = load <16 x float>, ptr %490, align 4
  %492 = fmul <16 x float> %489, %489
  %493 = fmul <16 x float> %491, %491
  %494 = fadd <16 x float> %492, %493
  %495 = shufflevector <16 x float> %494, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %496 = shufflevector <16 x float> %494, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %497 = fadd <8 x float> %495, %496
  %498 = shufflevector <8 x float> %497, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %499 = shufflevector <8 x float> %497, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %500 = fadd <4 x float> %498, %499
  %501 = shufflevector <4 x float> %500, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %502 = shufflevector <4 x float> %500, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %503 = fadd <2 x float> %501, %502
  %shift3314 = shufflevector <2 x float> %503, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %504 = fadd <2 x float> %503, %shift3314
  %505 = extractelement <2 x float> %504, i64 0
  %506 = fadd float %505, 0x3EB0C6F7A0000000
  %507 = tail call float @llvm.sqrt.f32(float %506)
  %508 = fdiv float 1.000000e+00, %507
  %509 = or disjoint i64 %474, 1
  %gep2307 = getelementptr float, ptr %invariant.gep, i64 %509
  store float %508, ptr %gep2307, align 4
  %510 = insertelement <16 x float> poison, float %508, i64 0
  %511 = shufflevector <16 x float> %510, <16 x float> poison, <16 x i32> zeroinitializer
  %512 = fmul <16 x float> %489, %511
  %513 = shl nsw i64 %509, 5
  %514 = getelementptr inbounds float, ptr %gep2602, i64 %513
  store <16 x float> %512, ptr %514, align 4
  %515 = fmul <16 x float> %491, %511
  %516 = or disjoint i64 %513, 16
  %517 = getelementptr inbounds float, ptr %gep2602, i64 %516
  store <16 x float> %515, ptr %517, align 4
  %gep2328 = getelementptr float, ptr %invariant.gep2317, i64 %483
  %518 = load <16 x float>, ptr %gep2328, align 4
  %519 = getelementptr i8, ptr %gep2328, i64 64
  %520 = load <16 x float>, ptr %519, align 4
  %521 = getelementptr inbounds float, ptr %gep2604, i64 %513
  store <16 x float> %518, ptr %521, align 4
  %522 = getelementptr inbounds float, ptr %gep2604, i64 %516
  store <16 x float> %520, ptr %522, align 4
  %t.next = add nuw nsw i64 %t.addr.02308, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %523 = getelementptr i8, ptr %dhT, i64 %403
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %523, i64 128, i1 false)
  %scevgep2802.1 = getelementptr i8, ptr %523, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.1, i64 128, i1 false)
  %scevgep2802.2 = getelementptr i8, ptr %523, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.2, i64 128, i1 false)
  %scevgep2802.3 = getelementptr i8, ptr %523, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.3, i64 128, i1 false)
  %scevgep2802.4 = getelementptr i8, ptr %523, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.4, i64 128, i1 false)
  %scevgep2802.5 = getelementptr i8, ptr %523, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.5, i64 128, i1 false)
  %scevgep2802.6 = getelementptr i8, ptr %523, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.6, i64 128, i1 false)
  %scevgep2802.7 = getelementptr i8, ptr %523, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.7, i64 128, i1 false)
  %scevgep2802.8 = getelementptr i8, ptr %523, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.8, i64 128, i1 false)
  %scevgep2802.9 = getelementptr i8, ptr %523, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.9, i64 128, i1 false)
  %scevgep2802.10 = getelementptr i8, ptr %523, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.10, i64 128, i1 false)
  %scevgep2802.11 = getelementptr i8, ptr %523, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.11, i64 128, i1 false)
  %scevgep2802.12 = getelementptr i8, ptr %523, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.12, i64 128, i1 false)
  %scevgep2802.13 = getelementptr i8, ptr %523, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.13, i64 128, i1 false)
  %scevgep2802.14 = getelementptr i8, ptr %523, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.14, i64 128, i1 false)
  %scevgep2802.15 = getelementptr i8, ptr %523, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.15, i64 128, i1 false)
  %scevgep2802.16 = getelementptr i8, ptr %523, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.16, i64 128, i1 false)
  %scevgep2802.17 = getelementptr i8, ptr %523, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.17, i64 128, i1 false)
  %scevgep2802.18 = getelementptr i8, ptr %523, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.18, i64 128, i1 false)
  %scevgep2802.19 = getelementptr i8, ptr %523, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.19, i64 128, i1 false)
  %scevgep2802.20 = getelementptr i8, ptr %523, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.20, i64 128, i1 false)
  %scevgep2802.21 = getelementptr i8, ptr %523, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.21, i64 128, i1 false)
  %scevgep2802.22 = getelementptr i8, ptr %523, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.22, i64 128, i1 false)
  %scevgep2802.23 = getelementptr i8, ptr %523, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.23, i64 128, i1 false)
  %scevgep2802.24 = getelementptr i8, ptr %523, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.24, i64 128, i1 false)
  %scevgep2802.25 = getelementptr i8, ptr %523, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.25, i64 128, i1 false)
  %scevgep2802.26 = getelementptr i8, ptr %523, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.26, i64 128, i1 false)
  %scevgep2802.27 = getelementptr i8, ptr %523, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.27, i64 128, i1 false)
  %scevgep2802.28 = getelementptr i8, ptr %523, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.28, i64 128, i1 false)
  %scevgep2802.29 = getelementptr i8, ptr %523, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.29, i64 128, i1 false)
  %scevgep2802.30 = getelementptr i8, ptr %523, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.30, i64 128, i1 false)
  %scevgep2802.31 = getelementptr i8, ptr %523, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2802.31, i64 128, i1 false)
  br i1 %4, label %cc.body.lr.ph, label %j38.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %524 = mul nsw i64 %bh.addr.02609, %nc
  %525 = shl nsw i64 %h, 5
  %invariant.gep2578 = getelementptr float, ptr %dq, i64 %525
  %invariant.gep2580 = getelementptr float, ptr %dk, i64 %525
  %invariant.gep2582 = getelementptr float, ptr %dv, i64 %525
  %526 = add nsw i64 %h, %H
  %527 = shl nsw i64 %526, 5
  %invariant.gep2584 = getelementptr float, ptr %dk, i64 %527
  %invariant.gep2586 = getelementptr float, ptr %dv, i64 %527
  %528 = add i64 %29, %bT
  %529 = shl i64 %528, 7
  %530 = getelementptr i8, ptr %dout, i64 %529
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv2864 = phi i64 [ %33, %cc.body.lr.ph ], [ %indvars.iv.next2865, %t7.exit ]
  %cc.addr.02598 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %531 = mul i64 %30, %cc.addr.02598
  %532 = shl i64 %cc.addr.02598, 12
  %533 = sub i64 %405, %532
  %534 = xor i64 %cc.addr.02598, -1
  %ci = add nsw i64 %nc, %534
  %t0 = shl nsw i64 %ci, 3
  %535 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %535, i64 8)
  %536 = icmp sgt i64 %ci, 0
  br i1 %536, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %537 = tail call i64 @llvm.smin.i64(i64 %t0, i64 8)
  %538 = sub nsw i64 %t0, %537
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %scevgep2805 = getelementptr i8, ptr %hs, i64 %533
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805, i64 128, i1 false)
  %539 = or disjoint i64 %533, 128
  %scevgep2805.1 = getelementptr i8, ptr %hs, i64 %539
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.1, i64 128, i1 false)
  %540 = or disjoint i64 %533, 256
  %scevgep2805.2 = getelementptr i8, ptr %hs, i64 %540
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.2, i64 128, i1 false)
  %541 = or disjoint i64 %533, 384
  %scevgep2805.3 = getelementptr i8, ptr %hs, i64 %541
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.3, i64 128, i1 false)
  %542 = or disjoint i64 %533, 512
  %scevgep2805.4 = getelementptr i8, ptr %hs, i64 %542
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.4, i64 128, i1 false)
  %543 = or disjoint i64 %533, 640
  %scevgep2805.5 = getelementptr i8, ptr %hs, i64 %543
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.5, i64 128, i1 false)
  %544 = or disjoint i64 %533, 768
  %scevgep2805.6 = getelementptr i8, ptr %hs, i64 %544
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.6, i64 128, i1 false)
  %545 = or disjoint i64 %533, 896
  %scevgep2805.7 = getelementptr i8, ptr %hs, i64 %545
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.7, i64 128, i1 false)
  %546 = or disjoint i64 %533, 1024
  %scevgep2805.8 = getelementptr i8, ptr %hs, i64 %546
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.8, i64 128, i1 false)
  %547 = or disjoint i64 %533, 1152
  %scevgep2805.9 = getelementptr i8, ptr %hs, i64 %547
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.9, i64 128, i1 false)
  %548 = or disjoint i64 %533, 1280
  %scevgep2805.10 = getelementptr i8, ptr %hs, i64 %548
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.10, i64 128, i1 false)
  %549 = or disjoint i64 %533, 1408
  %scevgep2805.11 = getelementptr i8, ptr %hs, i64 %549
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.11, i64 128, i1 false)
  %550 = or disjoint i64 %533, 1536
  %scevgep2805.12 = getelementptr i8, ptr %hs, i64 %550
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.12, i64 128, i1 false)
  %551 = or disjoint i64 %533, 1664
  %scevgep2805.13 = getelementptr i8, ptr %hs, i64 %551
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.13, i64 128, i1 false)
  %552 = or disjoint i64 %533, 1792
  %scevgep2805.14 = getelementptr i8, ptr %hs, i64 %552
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.14, i64 128, i1 false)
  %553 = or disjoint i64 %533, 1920
  %scevgep2805.15 = getelementptr i8, ptr %hs, i64 %553
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.15, i64 128, i1 false)
  %554 = or disjoint i64 %533, 2048
  %scevgep2805.16 = getelementptr i8, ptr %hs, i64 %554
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.16, i64 128, i1 false)
  %555 = or disjoint i64 %533, 2176
  %scevgep2805.17 = getelementptr i8, ptr %hs, i64 %555
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.17, i64 128, i1 false)
  %556 = or disjoint i64 %533, 2304
  %scevgep2805.18 = getelementptr i8, ptr %hs, i64 %556
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.18, i64 128, i1 false)
  %557 = or disjoint i64 %533, 2432
  %scevgep2805.19 = getelementptr i8, ptr %hs, i64 %557
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.19, i64 128, i1 false)
  %558 = or disjoint i64 %533, 2560
  %scevgep2805.20 = getelementptr i8, ptr %hs, i64 %558
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.20, i64 128, i1 false)
  %559 = or disjoint i64 %533, 2688
  %scevgep2805.21 = getelementptr i8, ptr %hs, i64 %559
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.21, i64 128, i1 false)
  %560 = or disjoint i64 %533, 2816
  %scevgep2805.22 = getelementptr i8, ptr %hs, i64 %560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.22, i64 128, i1 false)
  %561 = or disjoint i64 %533, 2944
  %scevgep2805.23 = getelementptr i8, ptr %hs, i64 %561
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.23, i64 128, i1 false)
  %562 = or disjoint i64 %533, 3072
  %scevgep2805.24 = getelementptr i8, ptr %hs, i64 %562
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.24, i64 128, i1 false)
  %563 = or disjoint i64 %533, 3200
  %scevgep2805.25 = getelementptr i8, ptr %hs, i64 %563
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.25, i64 128, i1 false)
  %564 = or disjoint i64 %533, 3328
  %scevgep2805.26 = getelementptr i8, ptr %hs, i64 %564
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.26, i64 128, i1 false)
  %565 = or disjoint i64 %533, 3456
  %scevgep2805.27 = getelementptr i8, ptr %hs, i64 %565
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.27, i64 128, i1 false)
  %566 = or disjoint i64 %533, 3584
  %scevgep2805.28 = getelementptr i8, ptr %hs, i64 %566
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.28, i64 128, i1 false)
  %567 = or disjoint i64 %533, 3712
  %scevgep2805.29 = getelementptr i8, ptr %hs, i64 %567
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.29, i64 128, i1 false)
  %568 = or disjoint i64 %533, 3840
  %scevgep2805.30 = getelementptr i8, ptr %hs, i64 %568
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.30, i64 128, i1 false)
  %569 = or disjoint i64 %533, 3968
  %scevgep2805.31 = getelementptr i8, ptr %hs, i64 %569
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2804.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2805.31, i64 128, i1 false)
  %570 = add nsw i64 %ci, %524
  %571 = shl nsw i64 %570, 10
  br label %j2.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02331 = phi i64 [ %tp1.next, %tp1.body ], [ %538, %tp1.body.preheader ]
  %572 = mul nsw i64 %tp1.addr.02331, %sv1
  %573 = getelementptr inbounds float, ptr %oh, i64 %572
  tail call void @llvm.prefetch.p0(ptr %573, i32 0, i32 2, i32 1)
  %574 = or disjoint i64 %572, 16
  %575 = getelementptr inbounds float, ptr %oh, i64 %574
  tail call void @llvm.prefetch.p0(ptr nonnull %575, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02331, 1
  %576 = icmp slt i64 %tp1.next, %t0
  br i1 %576, label %tp1.body, label %i1.head.preheader

j2.head.preheader:                                ; preds = %i1.head.preheader, %j2.exit
  %577 = phi i1 [ true, %i1.head.preheader ], [ false, %j2.exit ]
  %i2.addr.02335 = phi i64 [ 0, %i1.head.preheader ], [ 16, %j2.exit ]
  %578 = shl nuw nsw i64 %i2.addr.02335, 5
  %579 = or disjoint i64 %578, %571
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %580 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02334 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %581 = or disjoint i64 %579, %j2.addr.02334
  %582 = getelementptr inbounds float, ptr %hs, i64 %581
  %583 = load <16 x float>, ptr %582, align 4
  %584 = or disjoint i64 %581, 256
  %585 = getelementptr inbounds float, ptr %hs, i64 %584
  %586 = load <16 x float>, ptr %585, align 4
  %587 = or disjoint i64 %581, 32
  %588 = getelementptr inbounds float, ptr %hs, i64 %587
  %589 = load <16 x float>, ptr %588, align 4
  %590 = or disjoint i64 %581, 288
  %591 = getelementptr inbounds float, ptr %hs, i64 %590
  %592 = load <16 x float>, ptr %591, align 4
  %593 = or disjoint i64 %581, 64
  %594 = getelementptr inbounds float, ptr %hs, i64 %593
  %595 = load <16 x float>, ptr %594, align 4
  %596 = or disjoint i64 %581, 320
  %597 = getelementptr inbounds float, ptr %hs, i64 %596
  %598 = load <16 x float>, ptr %597, align 4
  %599 = or disjoint i64 %581, 96
  %600 = getelementptr inbounds float, ptr %hs, i64 %599
  %601 = load <16 x float>, ptr %600, align 4
  %602 = or disjoint i64 %581, 352
  %603 = getelementptr inbounds float, ptr %hs, i64 %602
  %604 = load <16 x float>, ptr %603, align 4
  %605 = or disjoint i64 %581, 128
  %606 = getelementptr inbounds float, ptr %hs, i64 %605
  %607 = load <16 x float>, ptr %606, align 4
  %608 = or disjoint i64 %581, 384
  %609 = getelementptr inbounds float, ptr %hs, i64 %608
  %610 = load <16 x float>, ptr %609, align 4
  %611 = or disjoint i64 %581, 160
  %612 = getelementptr inbounds float, ptr %hs, i64 %611
  %613 = load <16 x float>, ptr %612, align 4
  %614 = or disjoint i64 %581, 416
  %615 = getelementptr inbounds float, ptr %hs, i64 %614
  %616 = load <16 x float>, ptr %615, align 4
  %617 = or disjoint i64 %581, 192
  %618 = getelementptr inbounds float, ptr %hs, i64 %617
  %619 = load <16 x float>, ptr %618, align 4
  %620 = or disjoint i64 %581, 448
  %621 = getelementptr inbounds float, ptr %hs, i64 %620
  %622 = load <16 x float>, ptr %621, align 4
  %623 = or disjoint i64 %581, 224
  %624 = getelementptr inbounds float, ptr %hs, i64 %623
  %625 = load <16 x float>, ptr %624, align 4
  %626 = or disjoint i64 %581, 480
  %627 = getelementptr inbounds float, ptr %hs, i64 %626
  %628 = load <16 x float>, ptr %627, align 4
  %629 = shufflevector <16 x float> %583, <16 x float> %586, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %630 = shufflevector <16 x float> %607, <16 x float> %610, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %631 = shufflevector <16 x float> %589, <16 x float> %592, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %632 = shufflevector <16 x float> %613, <16 x float> %616, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %633 = shufflevector <16 x float> %595, <16 x float> %598, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %634 = shufflevector <16 x float> %619, <16 x float> %622, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %635 = shufflevector <16 x float> %601, <16 x float> %604, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %636 = shufflevector <16 x float> %625, <16 x float> %628, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %637 = shufflevector <16 x float> %583, <16 x float> %586, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %638 = shufflevector <16 x float> %607, <16 x float> %610, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %639 = shufflevector <16 x float> %589, <16 x float> %592, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %640 = shufflevector <16 x float> %613, <16 x float> %616, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %641 = shufflevector <16 x float> %595, <16 x float> %598, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %642 = shufflevector <16 x float> %619, <16 x float> %622, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %643 = shufflevector <16 x float> %601, <16 x float> %604, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %644 = shufflevector <16 x float> %625, <16 x float> %628, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %645 = shufflevector <16 x float> %629, <16 x float> %630, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %646 = shufflevector <16 x float> %633, <16 x float> %634, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %647 = shufflevector <16 x float> %631, <16 x float> %632, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %648 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %649 = shufflevector <16 x float> %629, <16 x float> %630, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %650 = shufflevector <16 x float> %633, <16 x float> %634, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %651 = shufflevector <16 x float> %631, <16 x float> %632, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %652 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %653 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %654 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %655 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %656 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %657 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %658 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %659 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %660 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %661 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %662 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %663 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %664 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %665 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %666 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %667 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %668 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %669 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %670 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %671 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %672 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %673 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %674 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %675 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %676 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %677 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %678 = shl nuw nsw i64 %j2.addr.02334, 5
  %679 = or disjoint i64 %678, %i2.addr.02335
  %680 = or disjoint i64 %679, 1024
  %681 = getelementptr inbounds float, ptr %Bk, i64 %680
  store <16 x float> %677, ptr %681, align 4
  %682 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %683 = or disjoint i64 %679, 1056
  %684 = getelementptr inbounds float, ptr %Bk, i64 %683
  store <16 x float> %682, ptr %684, align 4
  %685 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %686 = or disjoint i64 %679, 1088
  %687 = getelementptr inbounds float, ptr %Bk, i64 %686
  store <16 x float> %685, ptr %687, align 4
  %688 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %689 = or disjoint i64 %679, 1120
  %690 = getelementptr inbounds float, ptr %Bk, i64 %689
  store <16 x float> %688, ptr %690, align 4
  %691 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %692 = or disjoint i64 %679, 1152
  %693 = getelementptr inbounds float, ptr %Bk, i64 %692
  store <16 x float> %691, ptr %693, align 4
  %694 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %695 = or disjoint i64 %679, 1184
  %696 = getelementptr inbounds float, ptr %Bk, i64 %695
  store <16 x float> %694, ptr %696, align 4
  %697 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %698 = or disjoint i64 %679, 1216
  %699 = getelementptr inbounds float, ptr %Bk, i64 %698
  store <16 x float> %697, ptr %699, align 4
  %700 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %701 = or disjoint i64 %679, 1248
  %702 = getelementptr inbounds float, ptr %Bk, i64 %701
  store <16 x float> %700, ptr %702, align 4
  %703 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %704 = or disjoint i64 %679, 1280
  %705 = getelementptr inbounds float, ptr %Bk, i64 %704
  store <16 x float> %703, ptr %705, align 4
  %706 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %707 = or disjoint i64 %679, 1312
  %708 = getelementptr inbounds float, ptr %Bk, i64 %707
  store <16 x float> %706, ptr %708, align 4
  %709 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %710 = or disjoint i64 %679, 1344
  %711 = getelementptr inbounds float, ptr %Bk, i64 %710
  store <16 x float> %709, ptr %711, align 4
  %712 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %713 = or disjoint i64 %679, 1376
  %714 = getelementptr inbounds float, ptr %Bk, i64 %713
  store <16 x float> %712, ptr %714, align 4
  %715 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %716 = or disjoint i64 %679, 1408
  %717 = getelementptr inbounds float, ptr %Bk, i64 %716
  store <16 x float> %715, ptr %717, align 4
  %718 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %719 = or disjoint i64 %679, 1440
  %720 = getelementptr inbounds float, ptr %Bk, i64 %719
  store <16 x float> %718, ptr %720, align 4
  %721 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %722 = or disjoint i64 %679, 1472
  %723 = getelementptr inbounds float, ptr %Bk, i64 %722
  store <16 x float> %721, ptr %723, align 4
  %724 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %725 = or disjoint i64 %679, 1504
  %726 = getelementptr inbounds float, ptr %Bk, i64 %725
  store <16 x float> %724, ptr %726, align 4
  br i1 %580, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %577, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %727 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02337 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %728 = shl nuw nsw i64 %i3.addr.02337, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %729 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02336 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %730 = or disjoint i64 %j3.addr.02336, %728
  %731 = or disjoint i64 %730, 32
  %732 = getelementptr inbounds float, ptr %work, i64 %731
  %733 = load <16 x float>, ptr %732, align 4
  %734 = or disjoint i64 %730, 544
  %735 = getelementptr inbounds float, ptr %work, i64 %734
  %736 = load <16 x float>, ptr %735, align 4
  %737 = or disjoint i64 %730, 96
  %738 = getelementptr inbounds float, ptr %work, i64 %737
  %739 = load <16 x float>, ptr %738, align 4
  %740 = or disjoint i64 %730, 608
  %741 = getelementptr inbounds float, ptr %work, i64 %740
  %742 = load <16 x float>, ptr %741, align 4
  %743 = or disjoint i64 %730, 160
  %744 = getelementptr inbounds float, ptr %work, i64 %743
  %745 = load <16 x float>, ptr %744, align 4
  %746 = or disjoint i64 %730, 672
  %747 = getelementptr inbounds float, ptr %work, i64 %746
  %748 = load <16 x float>, ptr %747, align 4
  %749 = or disjoint i64 %730, 224
  %750 = getelementptr inbounds float, ptr %work, i64 %749
  %751 = load <16 x float>, ptr %750, align 4
  %752 = or disjoint i64 %730, 736
  %753 = getelementptr inbounds float, ptr %work, i64 %752
  %754 = load <16 x float>, ptr %753, align 4
  %755 = or disjoint i64 %730, 288
  %756 = getelementptr inbounds float, ptr %work, i64 %755
  %757 = load <16 x float>, ptr %756, align 4
  %758 = or disjoint i64 %730, 800
  %759 = getelementptr inbounds float, ptr %work, i64 %758
  %760 = load <16 x float>, ptr %759, align 4
  %761 = or disjoint i64 %730, 352
  %762 = getelementptr inbounds float, ptr %work, i64 %761
  %763 = load <16 x float>, ptr %762, align 4
  %764 = or disjoint i64 %730, 864
  %765 = getelementptr inbounds float, ptr %work, i64 %764
  %766 = load <16 x float>, ptr %765, align 4
  %767 = or disjoint i64 %730, 416
  %768 = getelementptr inbounds float, ptr %work, i64 %767
  %769 = load <16 x float>, ptr %768, align 4
  %770 = or disjoint i64 %730, 928
  %771 = getelementptr inbounds float, ptr %work, i64 %770
  %772 = load <16 x float>, ptr %771, align 4
  %773 = or disjoint i64 %730, 480
  %774 = getelementptr inbounds float, ptr %work, i64 %773
  %775 = load <16 x float>, ptr %774, align 4
  %776 = or disjoint i64 %730, 992
  %777 = getelementptr inbounds float, ptr %work, i64 %776
  %778 = load <16 x float>, ptr %777, align 4
  %779 = shufflevector <16 x float> %733, <16 x float> %736, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %780 = shufflevector <16 x float> %757, <16 x float> %760, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %781 = shufflevector <16 x float> %739, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %782 = shufflevector <16 x float> %763, <16 x float> %766, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %783 = shufflevector <16 x float> %745, <16 x float> %748, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %784 = shufflevector <16 x float> %769, <16 x float> %772, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %785 = shufflevector <16 x float> %751, <16 x float> %754, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %786 = shufflevector <16 x float> %775, <16 x float> %778, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %787 = shufflevector <16 x float> %733, <16 x float> %736, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %788 = shufflevector <16 x float> %757, <16 x float> %760, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %789 = shufflevector <16 x float> %739, <16 x float> %742, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %790 = shufflevector <16 x float> %763, <16 x float> %766, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %791 = shufflevector <16 x float> %745, <16 x float> %748, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %792 = shufflevector <16 x float> %769, <16 x float> %772, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %793 = shufflevector <16 x float> %751, <16 x float> %754, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %794 = shufflevector <16 x float> %775, <16 x float> %778, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %795 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %796 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %797 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %798 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %799 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %800 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %801 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %802 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %803 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %804 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %805 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %806 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %807 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %808 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %809 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %810 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %811 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %812 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %813 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %814 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %815 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %816 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %817 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %818 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %819 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %820 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %821 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %822 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %823 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %824 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %825 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %826 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %827 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %828 = shl nuw nsw i64 %j3.addr.02336, 5
  %829 = or disjoint i64 %828, %i3.addr.02337
  %830 = getelementptr inbounds float, ptr %Bk, i64 %829
  store <16 x float> %827, ptr %830, align 4
  %831 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %832 = or disjoint i64 %829, 32
  %833 = getelementptr inbounds float, ptr %Bk, i64 %832
  store <16 x float> %831, ptr %833, align 4
  %834 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %835 = or disjoint i64 %829, 64
  %836 = getelementptr inbounds float, ptr %Bk, i64 %835
  store <16 x float> %834, ptr %836, align 4
  %837 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %838 = or disjoint i64 %829, 96
  %839 = getelementptr inbounds float, ptr %Bk, i64 %838
  store <16 x float> %837, ptr %839, align 4
  %840 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %841 = or disjoint i64 %829, 128
  %842 = getelementptr inbounds float, ptr %Bk, i64 %841
  store <16 x float> %840, ptr %842, align 4
  %843 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %844 = or disjoint i64 %829, 160
  %845 = getelementptr inbounds float, ptr %Bk, i64 %844
  store <16 x float> %843, ptr %845, align 4
  %846 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %847 = or disjoint i64 %829, 192
  %848 = getelementptr inbounds float, ptr %Bk, i64 %847
  store <16 x float> %846, ptr %848, align 4
  %849 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %850 = or disjoint i64 %829, 224
  %851 = getelementptr inbounds float, ptr %Bk, i64 %850
  store <16 x float> %849, ptr %851, align 4
  %852 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %853 = or disjoint i64 %829, 256
  %854 = getelementptr inbounds float, ptr %Bk, i64 %853
  store <16 x float> %852, ptr %854, align 4
  %855 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %856 = or disjoint i64 %829, 288
  %857 = getelementptr inbounds float, ptr %Bk, i64 %856
  store <16 x float> %855, ptr %857, align 4
  %858 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %859 = or disjoint i64 %829, 320
  %860 = getelementptr inbounds float, ptr %Bk, i64 %859
  store <16 x float> %858, ptr %860, align 4
  %861 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %862 = or disjoint i64 %829, 352
  %863 = getelementptr inbounds float, ptr %Bk, i64 %862
  store <16 x float> %861, ptr %863, align 4
  %864 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %865 = or disjoint i64 %829, 384
  %866 = getelementptr inbounds float, ptr %Bk, i64 %865
  store <16 x float> %864, ptr %866, align 4
  %867 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %868 = or disjoint i64 %829, 416
  %869 = getelementptr inbounds float, ptr %Bk, i64 %868
  store <16 x float> %867, ptr %869, align 4
  %870 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %871 = or disjoint i64 %829, 448
  %872 = getelementptr inbounds float, ptr %Bk, i64 %871
  store <16 x float> %870, ptr %872, align 4
  %873 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %874 = or disjoint i64 %829, 480
  %875 = getelementptr inbounds float, ptr %Bk, i64 %874
  store <16 x float> %873, ptr %875, align 4
  br i1 %729, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %727, label %j3.head.preheader, label %t1.head.preheader.preheader

t1.head.preheader.preheader:                      ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %35, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %36, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %37, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %38, i8 0, i64 16, i1 false)
  store <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %39, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %40, i8 0, i64 20, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %41, align 4
  store float 1.000000e+00, ptr %42, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(24) %43, i8 0, i64 24, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %44, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(28) %45, i8 0, i64 28, i1 false)
  store float 1.000000e+00, ptr %46, align 4
  %876 = getelementptr i8, ptr %530, i64 %531
  br label %t2.body

t2.body:                                          ; preds = %t1.head.preheader.preheader, %endif
  %t2.addr.02355 = phi i64 [ %t2.next, %endif ], [ 0, %t1.head.preheader.preheader ]
  %877 = shl nuw nsw i64 %t2.addr.02355, 7
  %gep3077 = getelementptr i8, ptr %invariant.gep3076, i64 %877
  %878 = shl nsw i64 %t2.addr.02355, 8
  %879 = icmp sgt i64 %535, %t2.addr.02355
  br i1 %879, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3079 = getelementptr i8, ptr %invariant.gep3078, i64 %877
  %gep3081 = getelementptr i8, ptr %invariant.gep3080, i64 %877
  %gep3083 = getelementptr i8, ptr %invariant.gep3082, i64 %878
  %gep3085 = getelementptr i8, ptr %invariant.gep3084, i64 %878
  %gep3087 = getelementptr i8, ptr %invariant.gep3086, i64 %878
  %gep3089 = getelementptr i8, ptr %invariant.gep3088, i64 %878
  %gep3091 = getelementptr i8, ptr %invariant.gep3090, i64 %878
  %gep3093 = getelementptr i8, ptr %invariant.gep3092, i64 %878
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3079, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3081, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3077, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.02355, 1
  %880 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %880, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3083, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3085, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3087, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %881 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %881, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3089, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3091, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3093, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %882 = mul i64 %31, %t2.addr.02355
  %scevgep2832 = getelementptr i8, ptr %876, i64 %882
  %883 = add nuw nsw i64 %t2.addr.02355, %t0
  %884 = shl nuw nsw i64 %t2.addr.02355, 5
  %.idx2626 = shl i64 %883, 7
  %885 = getelementptr i8, ptr %invariant.gep2607, i64 %.idx2626
  %886 = load <16 x float>, ptr %885, align 4
  %887 = fmul <16 x float> %886, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %888 = or disjoint i64 %884, 2048
  %889 = getelementptr inbounds float, ptr %Bk, i64 %888
  store <16 x float> %887, ptr %889, align 4
  %890 = getelementptr inbounds float, ptr %QK, i64 %884
  store <16 x float> %887, ptr %890, align 4
  %891 = getelementptr i8, ptr %47, i64 %.idx2626
  %892 = load <16 x float>, ptr %891, align 4
  %893 = fmul <16 x float> %892, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %894 = or disjoint i64 %884, 16
  %895 = or i64 %884, 2064
  %896 = getelementptr inbounds float, ptr %Bk, i64 %895
  store <16 x float> %893, ptr %896, align 4
  %897 = getelementptr inbounds float, ptr %QK, i64 %894
  store <16 x float> %893, ptr %897, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3077, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2832, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.02355, 1
  %898 = or disjoint i64 %t2.addr.02355, %t0
  %tau = shl nsw i64 %898, 1
  %899 = mul nsw i64 %tau, %H
  %900 = getelementptr inbounds float, ptr %betah, i64 %899
  %901 = load float, ptr %900, align 4
  %902 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %901, ptr %902, align 4
  %903 = shl nuw nsw i64 %t2.addr.02355, 6
  %.idx2628 = shl i64 %898, 8
  %904 = getelementptr i8, ptr %gep2602, i64 %.idx2628
  %905 = load <16 x float>, ptr %904, align 4
  %gep3095 = getelementptr inbounds float, ptr %invariant.gep3094, i64 %903
  store <16 x float> %905, ptr %gep3095, align 4
  %906 = fneg <16 x float> %905
  %gep3097 = getelementptr inbounds float, ptr %invariant.gep3096, i64 %903
  store <16 x float> %906, ptr %gep3097, align 4
  %907 = getelementptr i8, ptr %48, i64 %.idx2628
  %908 = load <16 x float>, ptr %907, align 4
  %gep3099 = getelementptr inbounds float, ptr %invariant.gep3098, i64 %903
  store <16 x float> %908, ptr %gep3099, align 4
  %909 = fneg <16 x float> %908
  %gep3101 = getelementptr inbounds float, ptr %invariant.gep3100, i64 %903
  store <16 x float> %909, ptr %gep3101, align 4
  %910 = getelementptr i8, ptr %gep2604, i64 %.idx2628
  %911 = load <16 x float>, ptr %910, align 4
  %912 = getelementptr inbounds i8, ptr %Rr, i64 %878
  store <16 x float> %911, ptr %912, align 4
  %913 = getelementptr i8, ptr %49, i64 %.idx2628
  %914 = load <16 x float>, ptr %913, align 4
  %915 = getelementptr inbounds i8, ptr %50, i64 %878
  store <16 x float> %914, ptr %915, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %916 = mul nsw i64 %tau1, %H
  %917 = getelementptr inbounds float, ptr %betah, i64 %916
  %918 = load float, ptr %917, align 4
  %919 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %918, ptr %919, align 4
  %920 = shl nuw nsw i64 %i7, 5
  %.idx2631 = shl i64 %tau1, 7
  %921 = getelementptr i8, ptr %gep2602, i64 %.idx2631
  %922 = load <16 x float>, ptr %921, align 4
  %gep3103 = getelementptr inbounds float, ptr %invariant.gep3102, i64 %920
  store <16 x float> %922, ptr %gep3103, align 4
  %923 = fneg <16 x float> %922
  %gep3105 = getelementptr inbounds float, ptr %invariant.gep3104, i64 %920
  store <16 x float> %923, ptr %gep3105, align 4
  %924 = getelementptr i8, ptr %48, i64 %.idx2631
  %925 = load <16 x float>, ptr %924, align 4
  %gep3107 = getelementptr inbounds float, ptr %invariant.gep3106, i64 %920
  store <16 x float> %925, ptr %gep3107, align 4
  %926 = fneg <16 x float> %925
  %gep3109 = getelementptr inbounds float, ptr %invariant.gep3108, i64 %920
  store <16 x float> %926, ptr %gep3109, align 4
  %927 = getelementptr i8, ptr %gep2604, i64 %.idx2631
  %928 = load <16 x float>, ptr %927, align 4
  %.idx2633 = shl nsw i64 %i7, 7
  %929 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2633
  store <16 x float> %928, ptr %929, align 4
  %930 = getelementptr i8, ptr %49, i64 %.idx2631
  %931 = load <16 x float>, ptr %930, align 4
  %932 = getelementptr inbounds i8, ptr %50, i64 %.idx2633
  store <16 x float> %931, ptr %932, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02355, 1
  %exitcond2839.not = icmp eq i64 %t2.next, 8
  br i1 %exitcond2839.not, label %j16.body, label %t2.body

j16.body:                                         ; preds = %endif, %j16.body
  %933 = phi i1 [ false, %j16.body ], [ true, %endif ]
  %j16.addr.02356 = phi i64 [ 16, %j16.body ], [ 0, %endif ]
  %934 = or disjoint i64 %j16.addr.02356, 2304
  %935 = getelementptr inbounds float, ptr %Bk, i64 %934
  %936 = load <16 x float>, ptr %935, align 4
  %937 = or disjoint i64 %j16.addr.02356, 2560
  %938 = getelementptr inbounds float, ptr %Bk, i64 %937
  %939 = load <16 x float>, ptr %938, align 4
  %940 = or disjoint i64 %j16.addr.02356, 2336
  %941 = getelementptr inbounds float, ptr %Bk, i64 %940
  %942 = load <16 x float>, ptr %941, align 4
  %943 = or disjoint i64 %j16.addr.02356, 2592
  %944 = getelementptr inbounds float, ptr %Bk, i64 %943
  %945 = load <16 x float>, ptr %944, align 4
  %946 = or disjoint i64 %j16.addr.02356, 2368
  %947 = getelementptr inbounds float, ptr %Bk, i64 %946
  %948 = load <16 x float>, ptr %947, align 4
  %949 = or disjoint i64 %j16.addr.02356, 2624
  %950 = getelementptr inbounds float, ptr %Bk, i64 %949
  %951 = load <16 x float>, ptr %950, align 4
  %952 = or disjoint i64 %j16.addr.02356, 2400
  %953 = getelementptr inbounds float, ptr %Bk, i64 %952
  %954 = load <16 x float>, ptr %953, align 4
  %955 = or disjoint i64 %j16.addr.02356, 2656
  %956 = getelementptr inbounds float, ptr %Bk, i64 %955
  %957 = load <16 x float>, ptr %956, align 4
  %958 = or disjoint i64 %j16.addr.02356, 2432
  %959 = getelementptr inbounds float, ptr %Bk, i64 %958
  %960 = load <16 x float>, ptr %959, align 4
  %961 = or disjoint i64 %j16.addr.02356, 2688
  %962 = getelementptr inbounds float, ptr %Bk, i64 %961
  %963 = load <16 x float>, ptr %962, align 4
  %964 = or disjoint i64 %j16.addr.02356, 2464
  %965 = getelementptr inbounds float, ptr %Bk, i64 %964
  %966 = load <16 x float>, ptr %965, align 4
  %967 = or disjoint i64 %j16.addr.02356, 2720
  %968 = getelementptr inbounds float, ptr %Bk, i64 %967
  %969 = load <16 x float>, ptr %968, align 4
  %970 = or disjoint i64 %j16.addr.02356, 2496
  %971 = getelementptr inbounds float, ptr %Bk, i64 %970
  %972 = load <16 x float>, ptr %971, align 4
  %973 = or disjoint i64 %j16.addr.02356, 2752
  %974 = getelementptr inbounds float, ptr %Bk, i64 %973
  %975 = load <16 x float>, ptr %974, align 4
  %976 = or disjoint i64 %j16.addr.02356, 2528
  %977 = getelementptr inbounds float, ptr %Bk, i64 %976
  %978 = load <16 x float>, ptr %977, align 4
  %979 = or disjoint i64 %j16.addr.02356, 2784
  %980 = getelementptr inbounds float, ptr %Bk, i64 %979
  %981 = load <16 x float>, ptr %980, align 4
  %982 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %983 = shufflevector <16 x float> %960, <16 x float> %963, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %984 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %985 = shufflevector <16 x float> %966, <16 x float> %969, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %986 = shufflevector <16 x float> %948, <16 x float> %951, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %987 = shufflevector <16 x float> %972, <16 x float> %975, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %988 = shufflevector <16 x float> %954, <16 x float> %957, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %989 = shufflevector <16 x float> %978, <16 x float> %981, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %990 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %991 = shufflevector <16 x float> %960, <16 x float> %963, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %992 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %993 = shufflevector <16 x float> %966, <16 x float> %969, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %994 = shufflevector <16 x float> %948, <16 x float> %951, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %995 = shufflevector <16 x float> %972, <16 x float> %975, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %996 = shufflevector <16 x float> %954, <16 x float> %957, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %997 = shufflevector <16 x float> %978, <16 x float> %981, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %998 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %999 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1000 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1001 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1002 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1003 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1004 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1005 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1006 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1007 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1008 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1009 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1010 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1011 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1012 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1013 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1014 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1015 = shufflevector <16 x float> %1000, <16 x float> %1001, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1016 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1017 = shufflevector <16 x float> %1000, <16 x float> %1001, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1018 = shufflevector <16 x float> %1002, <16 x float> %1003, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1019 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1020 = shufflevector <16 x float> %1002, <16 x float> %1003, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1021 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1022 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1023 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1024 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1025 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1026 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1027 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1028 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1029 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1030 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2281 = shl nuw nsw i64 %j16.addr.02356, 6
  %1031 = getelementptr inbounds i8, ptr %KT, i64 %.idx2281
  store <16 x float> %1030, ptr %1031, align 4
  %1032 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1033 = shl nuw nsw i64 %j16.addr.02356, 4
  %1034 = or disjoint i64 %1033, 16
  %1035 = getelementptr inbounds float, ptr %KT, i64 %1034
  store <16 x float> %1032, ptr %1035, align 4
  %1036 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1037 = or disjoint i64 %1033, 32
  %1038 = getelementptr inbounds float, ptr %KT, i64 %1037
  store <16 x float> %1036, ptr %1038, align 4
  %1039 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1040 = or disjoint i64 %1033, 48
  %1041 = getelementptr inbounds float, ptr %KT, i64 %1040
  store <16 x float> %1039, ptr %1041, align 4
  %1042 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1043 = or disjoint i64 %1033, 64
  %1044 = getelementptr inbounds float, ptr %KT, i64 %1043
  store <16 x float> %1042, ptr %1044, align 4
  %1045 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1046 = or disjoint i64 %1033, 80
  %1047 = getelementptr inbounds float, ptr %KT, i64 %1046
  store <16 x float> %1045, ptr %1047, align 4
  %1048 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1049 = or disjoint i64 %1033, 96
  %1050 = getelementptr inbounds float, ptr %KT, i64 %1049
  store <16 x float> %1048, ptr %1050, align 4
  %1051 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1052 = or disjoint i64 %1033, 112
  %1053 = getelementptr inbounds float, ptr %KT, i64 %1052
  store <16 x float> %1051, ptr %1053, align 4
  %1054 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1055 = or disjoint i64 %1033, 128
  %1056 = getelementptr inbounds float, ptr %KT, i64 %1055
  store <16 x float> %1054, ptr %1056, align 4
  %1057 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1058 = or disjoint i64 %1033, 144
  %1059 = getelementptr inbounds float, ptr %KT, i64 %1058
  store <16 x float> %1057, ptr %1059, align 4
  %1060 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1061 = or disjoint i64 %1033, 160
  %1062 = getelementptr inbounds float, ptr %KT, i64 %1061
  store <16 x float> %1060, ptr %1062, align 4
  %1063 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1064 = or disjoint i64 %1033, 176
  %1065 = getelementptr inbounds float, ptr %KT, i64 %1064
  store <16 x float> %1063, ptr %1065, align 4
  %1066 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1067 = or disjoint i64 %1033, 192
  %1068 = getelementptr inbounds float, ptr %KT, i64 %1067
  store <16 x float> %1066, ptr %1068, align 4
  %1069 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1070 = or disjoint i64 %1033, 208
  %1071 = getelementptr inbounds float, ptr %KT, i64 %1070
  store <16 x float> %1069, ptr %1071, align 4
  %1072 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1073 = or disjoint i64 %1033, 224
  %1074 = getelementptr inbounds float, ptr %KT, i64 %1073
  store <16 x float> %1072, ptr %1074, align 4
  %1075 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1076 = or disjoint i64 %1033, 240
  %1077 = getelementptr inbounds float, ptr %KT, i64 %1076
  store <16 x float> %1075, ptr %1077, align 4
  br i1 %933, label %j16.body, label %j17.body.preheader

j17.body.preheader:                               ; preds = %j16.body
  %1078 = load <8 x float>, ptr %51, align 4
  %1079 = load <8 x float>, ptr %52, align 4
  %1080 = load <8 x float>, ptr %53, align 4
  %1081 = load <8 x float>, ptr %54, align 4
  %1082 = load <8 x float>, ptr %55, align 4
  %1083 = load <8 x float>, ptr %56, align 4
  %1084 = load <8 x float>, ptr %57, align 4
  %1085 = load <8 x float>, ptr %58, align 4
  %1086 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1087 = shufflevector <8 x float> %1082, <8 x float> %1083, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1088 = shufflevector <8 x float> %1080, <8 x float> %1081, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1089 = shufflevector <8 x float> %1084, <8 x float> %1085, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1090 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1091 = shufflevector <8 x float> %1082, <8 x float> %1083, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1092 = shufflevector <8 x float> %1080, <8 x float> %1081, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1093 = shufflevector <8 x float> %1084, <8 x float> %1085, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1094 = shufflevector <8 x float> %1086, <8 x float> %1087, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1095 = shufflevector <8 x float> %1088, <8 x float> %1089, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1096 = shufflevector <8 x float> %1086, <8 x float> %1087, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1097 = shufflevector <8 x float> %1088, <8 x float> %1089, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1098 = shufflevector <8 x float> %1090, <8 x float> %1091, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1099 = shufflevector <8 x float> %1092, <8 x float> %1093, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1100 = shufflevector <8 x float> %1090, <8 x float> %1091, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1101 = shufflevector <8 x float> %1092, <8 x float> %1093, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1102 = shufflevector <8 x float> %1094, <8 x float> %1095, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1102, ptr %QcT, align 4
  %1103 = shufflevector <8 x float> %1094, <8 x float> %1095, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1103, ptr %59, align 4
  %1104 = shufflevector <8 x float> %1096, <8 x float> %1097, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1104, ptr %60, align 4
  %1105 = shufflevector <8 x float> %1096, <8 x float> %1097, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1105, ptr %61, align 4
  %1106 = shufflevector <8 x float> %1098, <8 x float> %1099, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1106, ptr %62, align 4
  %1107 = shufflevector <8 x float> %1098, <8 x float> %1099, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1107, ptr %63, align 4
  %1108 = shufflevector <8 x float> %1100, <8 x float> %1101, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1108, ptr %64, align 4
  %1109 = shufflevector <8 x float> %1100, <8 x float> %1101, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1109, ptr %65, align 4
  %1110 = load <8 x float>, ptr %66, align 4
  %1111 = load <8 x float>, ptr %67, align 4
  %1112 = load <8 x float>, ptr %68, align 4
  %1113 = load <8 x float>, ptr %69, align 4
  %1114 = load <8 x float>, ptr %70, align 4
  %1115 = load <8 x float>, ptr %71, align 4
  %1116 = load <8 x float>, ptr %72, align 4
  %1117 = load <8 x float>, ptr %73, align 4
  %1118 = shufflevector <8 x float> %1110, <8 x float> %1111, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1119 = shufflevector <8 x float> %1114, <8 x float> %1115, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1120 = shufflevector <8 x float> %1112, <8 x float> %1113, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1121 = shufflevector <8 x float> %1116, <8 x float> %1117, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1122 = shufflevector <8 x float> %1110, <8 x float> %1111, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1123 = shufflevector <8 x float> %1114, <8 x float> %1115, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1124 = shufflevector <8 x float> %1112, <8 x float> %1113, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1125 = shufflevector <8 x float> %1116, <8 x float> %1117, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1126 = shufflevector <8 x float> %1118, <8 x float> %1119, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1127 = shufflevector <8 x float> %1120, <8 x float> %1121, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1128 = shufflevector <8 x float> %1118, <8 x float> %1119, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1129 = shufflevector <8 x float> %1120, <8 x float> %1121, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1130 = shufflevector <8 x float> %1122, <8 x float> %1123, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1131 = shufflevector <8 x float> %1124, <8 x float> %1125, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1132 = shufflevector <8 x float> %1122, <8 x float> %1123, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1133 = shufflevector <8 x float> %1124, <8 x float> %1125, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1134 = shufflevector <8 x float> %1126, <8 x float> %1127, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1134, ptr %74, align 4
  %1135 = shufflevector <8 x float> %1126, <8 x float> %1127, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1135, ptr %75, align 4
  %1136 = shufflevector <8 x float> %1128, <8 x float> %1129, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1136, ptr %76, align 4
  %1137 = shufflevector <8 x float> %1128, <8 x float> %1129, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1137, ptr %77, align 4
  %1138 = shufflevector <8 x float> %1130, <8 x float> %1131, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1138, ptr %78, align 4
  %1139 = shufflevector <8 x float> %1130, <8 x float> %1131, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1139, ptr %79, align 4
  %1140 = shufflevector <8 x float> %1132, <8 x float> %1133, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1140, ptr %80, align 4
  %1141 = shufflevector <8 x float> %1132, <8 x float> %1133, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1141, ptr %81, align 4
  %1142 = load <8 x float>, ptr %82, align 4
  %1143 = load <8 x float>, ptr %83, align 4
  %1144 = load <8 x float>, ptr %84, align 4
  %1145 = load <8 x float>, ptr %85, align 4
  %1146 = load <8 x float>, ptr %86, align 4
  %1147 = load <8 x float>, ptr %87, align 4
  %1148 = load <8 x float>, ptr %88, align 4
  %1149 = load <8 x float>, ptr %89, align 4
  %1150 = shufflevector <8 x float> %1142, <8 x float> %1143, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1151 = shufflevector <8 x float> %1146, <8 x float> %1147, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1152 = shufflevector <8 x float> %1144, <8 x float> %1145, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1153 = shufflevector <8 x float> %1148, <8 x float> %1149, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1154 = shufflevector <8 x float> %1142, <8 x float> %1143, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1155 = shufflevector <8 x float> %1146, <8 x float> %1147, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1156 = shufflevector <8 x float> %1144, <8 x float> %1145, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1157 = shufflevector <8 x float> %1148, <8 x float> %1149, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1158 = shufflevector <8 x float> %1150, <8 x float> %1151, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1159 = shufflevector <8 x float> %1152, <8 x float> %1153, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1160 = shufflevector <8 x float> %1150, <8 x float> %1151, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1161 = shufflevector <8 x float> %1152, <8 x float> %1153, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1162 = shufflevector <8 x float> %1154, <8 x float> %1155, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1163 = shufflevector <8 x float> %1156, <8 x float> %1157, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1164 = shufflevector <8 x float> %1154, <8 x float> %1155, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1165 = shufflevector <8 x float> %1156, <8 x float> %1157, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1166 = shufflevector <8 x float> %1158, <8 x float> %1159, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1166, ptr %90, align 4
  %1167 = shufflevector <8 x float> %1158, <8 x float> %1159, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1167, ptr %91, align 4
  %1168 = shufflevector <8 x float> %1160, <8 x float> %1161, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1168, ptr %92, align 4
  %1169 = shufflevector <8 x float> %1160, <8 x float> %1161, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1169, ptr %93, align 4
  %1170 = shufflevector <8 x float> %1162, <8 x float> %1163, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1170, ptr %94, align 4
  %1171 = shufflevector <8 x float> %1162, <8 x float> %1163, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1171, ptr %95, align 4
  %1172 = shufflevector <8 x float> %1164, <8 x float> %1165, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1172, ptr %96, align 4
  %1173 = shufflevector <8 x float> %1164, <8 x float> %1165, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1173, ptr %97, align 4
  %1174 = load <8 x float>, ptr %98, align 4
  %1175 = load <8 x float>, ptr %99, align 4
  %1176 = load <8 x float>, ptr %100, align 4
  %1177 = load <8 x float>, ptr %101, align 4
  %1178 = load <8 x float>, ptr %102, align 4
  %1179 = load <8 x float>, ptr %103, align 4
  %1180 = load <8 x float>, ptr %104, align 4
  %1181 = load <8 x float>, ptr %105, align 4
  %1182 = shufflevector <8 x float> %1174, <8 x float> %1175, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1183 = shufflevector <8 x float> %1178, <8 x float> %1179, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1184 = shufflevector <8 x float> %1176, <8 x float> %1177, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1185 = shufflevector <8 x float> %1180, <8 x float> %1181, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1186 = shufflevector <8 x float> %1174, <8 x float> %1175, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1187 = shufflevector <8 x float> %1178, <8 x float> %1179, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1188 = shufflevector <8 x float> %1176, <8 x float> %1177, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1189 = shufflevector <8 x float> %1180, <8 x float> %1181, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1190 = shufflevector <8 x float> %1182, <8 x float> %1183, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1191 = shufflevector <8 x float> %1184, <8 x float> %1185, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1192 = shufflevector <8 x float> %1182, <8 x float> %1183, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1193 = shufflevector <8 x float> %1184, <8 x float> %1185, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1194 = shufflevector <8 x float> %1186, <8 x float> %1187, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1195 = shufflevector <8 x float> %1188, <8 x float> %1189, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1196 = shufflevector <8 x float> %1186, <8 x float> %1187, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1197 = shufflevector <8 x float> %1188, <8 x float> %1189, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1198 = shufflevector <8 x float> %1190, <8 x float> %1191, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1198, ptr %106, align 4
  %1199 = shufflevector <8 x float> %1190, <8 x float> %1191, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1199, ptr %107, align 4
  %1200 = shufflevector <8 x float> %1192, <8 x float> %1193, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1200, ptr %108, align 4
  %1201 = shufflevector <8 x float> %1192, <8 x float> %1193, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1201, ptr %109, align 4
  %1202 = shufflevector <8 x float> %1194, <8 x float> %1195, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1202, ptr %110, align 4
  %1203 = shufflevector <8 x float> %1194, <8 x float> %1195, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1203, ptr %111, align 4
  %1204 = shufflevector <8 x float> %1196, <8 x float> %1197, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1204, ptr %112, align 4
  %1205 = shufflevector <8 x float> %1196, <8 x float> %1197, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1205, ptr %113, align 4
  %1206 = load <8 x float>, ptr %OY, align 4
  %1207 = load <8 x float>, ptr %114, align 4
  %1208 = load <8 x float>, ptr %115, align 4
  %1209 = load <8 x float>, ptr %116, align 4
  %1210 = load <8 x float>, ptr %117, align 4
  %1211 = load <8 x float>, ptr %118, align 4
  %1212 = load <8 x float>, ptr %119, align 4
  %1213 = load <8 x float>, ptr %120, align 4
  %1214 = shufflevector <8 x float> %1206, <8 x float> %1207, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1215 = shufflevector <8 x float> %1210, <8 x float> %1211, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1216 = shufflevector <8 x float> %1208, <8 x float> %1209, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1217 = shufflevector <8 x float> %1212, <8 x float> %1213, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1218 = shufflevector <8 x float> %1206, <8 x float> %1207, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1219 = shufflevector <8 x float> %1210, <8 x float> %1211, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1220 = shufflevector <8 x float> %1208, <8 x float> %1209, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1221 = shufflevector <8 x float> %1212, <8 x float> %1213, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1222 = shufflevector <8 x float> %1214, <8 x float> %1215, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1223 = shufflevector <8 x float> %1216, <8 x float> %1217, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1224 = shufflevector <8 x float> %1214, <8 x float> %1215, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1225 = shufflevector <8 x float> %1216, <8 x float> %1217, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1226 = shufflevector <8 x float> %1218, <8 x float> %1219, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1227 = shufflevector <8 x float> %1220, <8 x float> %1221, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1228 = shufflevector <8 x float> %1218, <8 x float> %1219, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1229 = shufflevector <8 x float> %1220, <8 x float> %1221, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1230 = shufflevector <8 x float> %1222, <8 x float> %1223, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1230, ptr %dOT, align 4
  %1231 = shufflevector <8 x float> %1222, <8 x float> %1223, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1231, ptr %121, align 4
  %1232 = shufflevector <8 x float> %1224, <8 x float> %1225, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1232, ptr %122, align 4
  %1233 = shufflevector <8 x float> %1224, <8 x float> %1225, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1233, ptr %123, align 4
  %1234 = shufflevector <8 x float> %1226, <8 x float> %1227, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1234, ptr %124, align 4
  %1235 = shufflevector <8 x float> %1226, <8 x float> %1227, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1235, ptr %125, align 4
  %1236 = shufflevector <8 x float> %1228, <8 x float> %1229, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1236, ptr %126, align 4
  %1237 = shufflevector <8 x float> %1228, <8 x float> %1229, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1237, ptr %127, align 4
  %1238 = load <8 x float>, ptr %128, align 4
  %1239 = load <8 x float>, ptr %129, align 4
  %1240 = load <8 x float>, ptr %130, align 4
  %1241 = load <8 x float>, ptr %131, align 4
  %1242 = load <8 x float>, ptr %132, align 4
  %1243 = load <8 x float>, ptr %133, align 4
  %1244 = load <8 x float>, ptr %134, align 4
  %1245 = load <8 x float>, ptr %135, align 4
  %1246 = shufflevector <8 x float> %1238, <8 x float> %1239, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1247 = shufflevector <8 x float> %1242, <8 x float> %1243, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1248 = shufflevector <8 x float> %1240, <8 x float> %1241, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1249 = shufflevector <8 x float> %1244, <8 x float> %1245, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1250 = shufflevector <8 x float> %1238, <8 x float> %1239, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1251 = shufflevector <8 x float> %1242, <8 x float> %1243, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1252 = shufflevector <8 x float> %1240, <8 x float> %1241, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1253 = shufflevector <8 x float> %1244, <8 x float> %1245, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1254 = shufflevector <8 x float> %1246, <8 x float> %1247, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1255 = shufflevector <8 x float> %1248, <8 x float> %1249, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1256 = shufflevector <8 x float> %1246, <8 x float> %1247, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1257 = shufflevector <8 x float> %1248, <8 x float> %1249, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1258 = shufflevector <8 x float> %1250, <8 x float> %1251, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1259 = shufflevector <8 x float> %1252, <8 x float> %1253, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1260 = shufflevector <8 x float> %1250, <8 x float> %1251, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1261 = shufflevector <8 x float> %1252, <8 x float> %1253, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1262 = shufflevector <8 x float> %1254, <8 x float> %1255, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1262, ptr %136, align 4
  %1263 = shufflevector <8 x float> %1254, <8 x float> %1255, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1263, ptr %137, align 4
  %1264 = shufflevector <8 x float> %1256, <8 x float> %1257, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1264, ptr %138, align 4
  %1265 = shufflevector <8 x float> %1256, <8 x float> %1257, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1265, ptr %139, align 4
  %1266 = shufflevector <8 x float> %1258, <8 x float> %1259, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1266, ptr %140, align 4
  %1267 = shufflevector <8 x float> %1258, <8 x float> %1259, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1267, ptr %141, align 4
  %1268 = shufflevector <8 x float> %1260, <8 x float> %1261, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1268, ptr %142, align 4
  %1269 = shufflevector <8 x float> %1260, <8 x float> %1261, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1269, ptr %143, align 4
  %1270 = load <8 x float>, ptr %144, align 4
  %1271 = load <8 x float>, ptr %145, align 4
  %1272 = load <8 x float>, ptr %146, align 4
  %1273 = load <8 x float>, ptr %147, align 4
  %1274 = load <8 x float>, ptr %148, align 4
  %1275 = load <8 x float>, ptr %149, align 4
  %1276 = load <8 x float>, ptr %150, align 4
  %1277 = load <8 x float>, ptr %151, align 4
  %1278 = shufflevector <8 x float> %1270, <8 x float> %1271, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1279 = shufflevector <8 x float> %1274, <8 x float> %1275, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1280 = shufflevector <8 x float> %1272, <8 x float> %1273, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1281 = shufflevector <8 x float> %1276, <8 x float> %1277, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1282 = shufflevector <8 x float> %1270, <8 x float> %1271, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1283 = shufflevector <8 x float> %1274, <8 x float> %1275, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1284 = shufflevector <8 x float> %1272, <8 x float> %1273, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1285 = shufflevector <8 x float> %1276, <8 x float> %1277, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1286 = shufflevector <8 x float> %1278, <8 x float> %1279, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1287 = shufflevector <8 x float> %1280, <8 x float> %1281, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1288 = shufflevector <8 x float> %1278, <8 x float> %1279, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1289 = shufflevector <8 x float> %1280, <8 x float> %1281, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1290 = shufflevector <8 x float> %1282, <8 x float> %1283, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1291 = shufflevector <8 x float> %1284, <8 x float> %1285, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1292 = shufflevector <8 x float> %1282, <8 x float> %1283, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1293 = shufflevector <8 x float> %1284, <8 x float> %1285, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1294 = shufflevector <8 x float> %1286, <8 x float> %1287, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1294, ptr %152, align 4
  %1295 = shufflevector <8 x float> %1286, <8 x float> %1287, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1295, ptr %153, align 4
  %1296 = shufflevector <8 x float> %1288, <8 x float> %1289, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1296, ptr %154, align 4
  %1297 = shufflevector <8 x float> %1288, <8 x float> %1289, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1297, ptr %155, align 4
  %1298 = shufflevector <8 x float> %1290, <8 x float> %1291, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1298, ptr %156, align 4
  %1299 = shufflevector <8 x float> %1290, <8 x float> %1291, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1299, ptr %157, align 4
  %1300 = shufflevector <8 x float> %1292, <8 x float> %1293, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1300, ptr %158, align 4
  %1301 = shufflevector <8 x float> %1292, <8 x float> %1293, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1301, ptr %159, align 4
  %1302 = load <8 x float>, ptr %160, align 4
  %1303 = load <8 x float>, ptr %161, align 4
  %1304 = load <8 x float>, ptr %162, align 4
  %1305 = load <8 x float>, ptr %163, align 4
  %1306 = load <8 x float>, ptr %164, align 4
  %1307 = load <8 x float>, ptr %165, align 4
  %1308 = load <8 x float>, ptr %166, align 4
  %1309 = load <8 x float>, ptr %167, align 4
  %1310 = shufflevector <8 x float> %1302, <8 x float> %1303, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1311 = shufflevector <8 x float> %1306, <8 x float> %1307, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1312 = shufflevector <8 x float> %1304, <8 x float> %1305, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1313 = shufflevector <8 x float> %1308, <8 x float> %1309, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1314 = shufflevector <8 x float> %1302, <8 x float> %1303, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1315 = shufflevector <8 x float> %1306, <8 x float> %1307, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1316 = shufflevector <8 x float> %1304, <8 x float> %1305, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1317 = shufflevector <8 x float> %1308, <8 x float> %1309, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1318 = shufflevector <8 x float> %1310, <8 x float> %1311, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1319 = shufflevector <8 x float> %1312, <8 x float> %1313, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1320 = shufflevector <8 x float> %1310, <8 x float> %1311, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1321 = shufflevector <8 x float> %1312, <8 x float> %1313, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1322 = shufflevector <8 x float> %1314, <8 x float> %1315, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1323 = shufflevector <8 x float> %1316, <8 x float> %1317, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1324 = shufflevector <8 x float> %1314, <8 x float> %1315, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1325 = shufflevector <8 x float> %1316, <8 x float> %1317, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1326 = shufflevector <8 x float> %1318, <8 x float> %1319, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1326, ptr %168, align 4
  %1327 = shufflevector <8 x float> %1318, <8 x float> %1319, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1327, ptr %169, align 4
  %1328 = shufflevector <8 x float> %1320, <8 x float> %1321, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1328, ptr %170, align 4
  %1329 = shufflevector <8 x float> %1320, <8 x float> %1321, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1329, ptr %171, align 4
  %1330 = shufflevector <8 x float> %1322, <8 x float> %1323, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1330, ptr %172, align 4
  %1331 = shufflevector <8 x float> %1322, <8 x float> %1323, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1331, ptr %173, align 4
  %1332 = shufflevector <8 x float> %1324, <8 x float> %1325, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1332, ptr %174, align 4
  %1333 = shufflevector <8 x float> %1324, <8 x float> %1325, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1333, ptr %175, align 4
  br label %p3.body

p3.body.1:                                        ; preds = %p3.body.1, %p3.exit
  %acc.02369.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1340, %p3.body.1 ]
  %acc1.02368.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1345, %p3.body.1 ]
  %acc2.02367.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1350, %p3.body.1 ]
  %acc3.02366.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1355, %p3.body.1 ]
  %acc4.02365.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1360, %p3.body.1 ]
  %acc5.02364.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1365, %p3.body.1 ]
  %acc6.02363.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1370, %p3.body.1 ]
  %acc7.02362.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1375, %p3.body.1 ]
  %p3.addr.02361.1 = phi i64 [ 0, %p3.exit ], [ %p3.next.1, %p3.body.1 ]
  %.idx2278.1 = shl nuw nsw i64 %p3.addr.02361.1, 6
  %gep2360.1 = getelementptr inbounds i8, ptr %KT, i64 %.idx2278.1
  %1334 = load <16 x float>, ptr %gep2360.1, align 4
  %1335 = getelementptr inbounds float, ptr %Bk, i64 %p3.addr.02361.1
  %1336 = getelementptr inbounds i8, ptr %1335, i64 10240
  %1337 = load float, ptr %1336, align 4
  %1338 = insertelement <16 x float> poison, float %1337, i64 0
  %1339 = shufflevector <16 x float> %1338, <16 x float> poison, <16 x i32> zeroinitializer
  %1340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1339, <16 x float> %1334, <16 x float> %acc.02369.1)
  %1341 = getelementptr inbounds i8, ptr %1335, i64 10368
  %1342 = load float, ptr %1341, align 4
  %1343 = insertelement <16 x float> poison, float %1342, i64 0
  %1344 = shufflevector <16 x float> %1343, <16 x float> poison, <16 x i32> zeroinitializer
  %1345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1344, <16 x float> %1334, <16 x float> %acc1.02368.1)
  %1346 = getelementptr inbounds i8, ptr %1335, i64 10496
  %1347 = load float, ptr %1346, align 4
  %1348 = insertelement <16 x float> poison, float %1347, i64 0
  %1349 = shufflevector <16 x float> %1348, <16 x float> poison, <16 x i32> zeroinitializer
  %1350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1349, <16 x float> %1334, <16 x float> %acc2.02367.1)
  %1351 = getelementptr inbounds i8, ptr %1335, i64 10624
  %1352 = load float, ptr %1351, align 4
  %1353 = insertelement <16 x float> poison, float %1352, i64 0
  %1354 = shufflevector <16 x float> %1353, <16 x float> poison, <16 x i32> zeroinitializer
  %1355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1354, <16 x float> %1334, <16 x float> %acc3.02366.1)
  %1356 = getelementptr inbounds i8, ptr %1335, i64 10752
  %1357 = load float, ptr %1356, align 4
  %1358 = insertelement <16 x float> poison, float %1357, i64 0
  %1359 = shufflevector <16 x float> %1358, <16 x float> poison, <16 x i32> zeroinitializer
  %1360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1359, <16 x float> %1334, <16 x float> %acc4.02365.1)
  %1361 = getelementptr inbounds i8, ptr %1335, i64 10880
  %1362 = load float, ptr %1361, align 4
  %1363 = insertelement <16 x float> poison, float %1362, i64 0
  %1364 = shufflevector <16 x float> %1363, <16 x float> poison, <16 x i32> zeroinitializer
  %1365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1364, <16 x float> %1334, <16 x float> %acc5.02364.1)
  %1366 = getelementptr inbounds i8, ptr %1335, i64 11008
  %1367 = load float, ptr %1366, align 4
  %1368 = insertelement <16 x float> poison, float %1367, i64 0
  %1369 = shufflevector <16 x float> %1368, <16 x float> poison, <16 x i32> zeroinitializer
  %1370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1369, <16 x float> %1334, <16 x float> %acc6.02363.1)
  %1371 = getelementptr inbounds i8, ptr %1335, i64 11136
  %1372 = load float, ptr %1371, align 4
  %1373 = insertelement <16 x float> poison, float %1372, i64 0
  %1374 = shufflevector <16 x float> %1373, <16 x float> poison, <16 x i32> zeroinitializer
  %1375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1374, <16 x float> %1334, <16 x float> %acc7.02362.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02361.1, 1
  %exitcond2840.1.not = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond2840.1.not, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  store <16 x float> %1340, ptr %183, align 4
  store <16 x float> %1345, ptr %184, align 4
  store <16 x float> %1350, ptr %185, align 4
  store <16 x float> %1355, ptr %186, align 4
  store <16 x float> %1360, ptr %187, align 4
  store <16 x float> %1365, ptr %188, align 4
  store <16 x float> %1370, ptr %189, align 4
  store <16 x float> %1375, ptr %190, align 4
  br label %p4.head.preheader

p3.body:                                          ; preds = %j17.body.preheader, %p3.body
  %acc.02369 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1382, %p3.body ]
  %acc1.02368 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1387, %p3.body ]
  %acc2.02367 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1392, %p3.body ]
  %acc3.02366 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1397, %p3.body ]
  %acc4.02365 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1402, %p3.body ]
  %acc5.02364 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1407, %p3.body ]
  %acc6.02363 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1412, %p3.body ]
  %acc7.02362 = phi <16 x float> [ zeroinitializer, %j17.body.preheader ], [ %1417, %p3.body ]
  %p3.addr.02361 = phi i64 [ 0, %j17.body.preheader ], [ %p3.next, %p3.body ]
  %.idx2278 = shl nuw nsw i64 %p3.addr.02361, 6
  %gep2360 = getelementptr inbounds i8, ptr %KT, i64 %.idx2278
  %1376 = load <16 x float>, ptr %gep2360, align 4
  %1377 = getelementptr inbounds float, ptr %Bk, i64 %p3.addr.02361
  %1378 = getelementptr inbounds i8, ptr %1377, i64 9216
  %1379 = load float, ptr %1378, align 4
  %1380 = insertelement <16 x float> poison, float %1379, i64 0
  %1381 = shufflevector <16 x float> %1380, <16 x float> poison, <16 x i32> zeroinitializer
  %1382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1381, <16 x float> %1376, <16 x float> %acc.02369)
  %1383 = getelementptr inbounds i8, ptr %1377, i64 9344
  %1384 = load float, ptr %1383, align 4
  %1385 = insertelement <16 x float> poison, float %1384, i64 0
  %1386 = shufflevector <16 x float> %1385, <16 x float> poison, <16 x i32> zeroinitializer
  %1387 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1386, <16 x float> %1376, <16 x float> %acc1.02368)
  %1388 = getelementptr inbounds i8, ptr %1377, i64 9472
  %1389 = load float, ptr %1388, align 4
  %1390 = insertelement <16 x float> poison, float %1389, i64 0
  %1391 = shufflevector <16 x float> %1390, <16 x float> poison, <16 x i32> zeroinitializer
  %1392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1391, <16 x float> %1376, <16 x float> %acc2.02367)
  %1393 = getelementptr inbounds i8, ptr %1377, i64 9600
  %1394 = load float, ptr %1393, align 4
  %1395 = insertelement <16 x float> poison, float %1394, i64 0
  %1396 = shufflevector <16 x float> %1395, <16 x float> poison, <16 x i32> zeroinitializer
  %1397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1396, <16 x float> %1376, <16 x float> %acc3.02366)
  %1398 = getelementptr inbounds i8, ptr %1377, i64 9728
  %1399 = load float, ptr %1398, align 4
  %1400 = insertelement <16 x float> poison, float %1399, i64 0
  %1401 = shufflevector <16 x float> %1400, <16 x float> poison, <16 x i32> zeroinitializer
  %1402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1376, <16 x float> %acc4.02365)
  %1403 = getelementptr inbounds i8, ptr %1377, i64 9856
  %1404 = load float, ptr %1403, align 4
  %1405 = insertelement <16 x float> poison, float %1404, i64 0
  %1406 = shufflevector <16 x float> %1405, <16 x float> poison, <16 x i32> zeroinitializer
  %1407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1376, <16 x float> %acc5.02364)
  %1408 = getelementptr inbounds i8, ptr %1377, i64 9984
  %1409 = load float, ptr %1408, align 4
  %1410 = insertelement <16 x float> poison, float %1409, i64 0
  %1411 = shufflevector <16 x float> %1410, <16 x float> poison, <16 x i32> zeroinitializer
  %1412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1411, <16 x float> %1376, <16 x float> %acc6.02363)
  %1413 = getelementptr inbounds i8, ptr %1377, i64 10112
  %1414 = load float, ptr %1413, align 4
  %1415 = insertelement <16 x float> poison, float %1414, i64 0
  %1416 = shufflevector <16 x float> %1415, <16 x float> poison, <16 x i32> zeroinitializer
  %1417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1416, <16 x float> %1376, <16 x float> %acc7.02362)
  %p3.next = add nuw nsw i64 %p3.addr.02361, 1
  %exitcond2840.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2840.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1382, ptr %Gm, align 4
  store <16 x float> %1387, ptr %176, align 4
  store <16 x float> %1392, ptr %177, align 4
  store <16 x float> %1397, ptr %178, align 4
  store <16 x float> %1402, ptr %179, align 4
  store <16 x float> %1407, ptr %180, align 4
  store <16 x float> %1412, ptr %181, align 4
  store <16 x float> %1417, ptr %182, align 4
  br label %p3.body.1

p4.head.preheader:                                ; preds = %p3.exit.1, %p4.exit
  %i24.addr.02389 = phi i64 [ %i24.next, %p4.exit ], [ 0, %p3.exit.1 ]
  %.idx2884 = shl nsw i64 %i24.addr.02389, 7
  %invariant.gep3110 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2884
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02388 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1434, %p4.body ]
  %acc9.02387 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1435, %p4.body ]
  %acc10.02386 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1436, %p4.body ]
  %acc11.02385 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1437, %p4.body ]
  %acc12.02384 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1442, %p4.body ]
  %acc13.02383 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1443, %p4.body ]
  %acc14.02382 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1444, %p4.body ]
  %acc15.02381 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1445, %p4.body ]
  %acc16.02380 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1450, %p4.body ]
  %acc17.02379 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1451, %p4.body ]
  %acc18.02378 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1452, %p4.body ]
  %acc19.02377 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1453, %p4.body ]
  %acc20.02376 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1458, %p4.body ]
  %acc21.02375 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1459, %p4.body ]
  %acc22.02374 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1460, %p4.body ]
  %acc23.02373 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1461, %p4.body ]
  %p4.addr.02372 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1418 = shl nuw nsw i64 %p4.addr.02372, 6
  %1419 = getelementptr inbounds float, ptr %work, i64 %1418
  %1420 = load <16 x float>, ptr %1419, align 4
  %1421 = or disjoint i64 %1418, 16
  %1422 = getelementptr inbounds float, ptr %work, i64 %1421
  %1423 = load <16 x float>, ptr %1422, align 4
  %1424 = or disjoint i64 %1418, 32
  %1425 = getelementptr inbounds float, ptr %work, i64 %1424
  %1426 = load <16 x float>, ptr %1425, align 4
  %1427 = or disjoint i64 %1418, 48
  %1428 = getelementptr inbounds float, ptr %work, i64 %1427
  %1429 = load <16 x float>, ptr %1428, align 4
  %gep3111 = getelementptr inbounds float, ptr %invariant.gep3110, i64 %p4.addr.02372
  %1430 = getelementptr inbounds i8, ptr %gep3111, i64 9216
  %1431 = load float, ptr %1430, align 4
  %1432 = insertelement <16 x float> poison, float %1431, i64 0
  %1433 = shufflevector <16 x float> %1432, <16 x float> poison, <16 x i32> zeroinitializer
  %1434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1433, <16 x float> %1420, <16 x float> %acc8.02388)
  %1435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1433, <16 x float> %1423, <16 x float> %acc9.02387)
  %1436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1433, <16 x float> %1426, <16 x float> %acc10.02386)
  %1437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1433, <16 x float> %1429, <16 x float> %acc11.02385)
  %1438 = getelementptr inbounds i8, ptr %gep3111, i64 9344
  %1439 = load float, ptr %1438, align 4
  %1440 = insertelement <16 x float> poison, float %1439, i64 0
  %1441 = shufflevector <16 x float> %1440, <16 x float> poison, <16 x i32> zeroinitializer
  %1442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1441, <16 x float> %1420, <16 x float> %acc12.02384)
  %1443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1441, <16 x float> %1423, <16 x float> %acc13.02383)
  %1444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1441, <16 x float> %1426, <16 x float> %acc14.02382)
  %1445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1441, <16 x float> %1429, <16 x float> %acc15.02381)
  %1446 = getelementptr inbounds i8, ptr %gep3111, i64 9472
  %1447 = load float, ptr %1446, align 4
  %1448 = insertelement <16 x float> poison, float %1447, i64 0
  %1449 = shufflevector <16 x float> %1448, <16 x float> poison, <16 x i32> zeroinitializer
  %1450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1449, <16 x float> %1420, <16 x float> %acc16.02380)
  %1451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1449, <16 x float> %1423, <16 x float> %acc17.02379)
  %1452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1449, <16 x float> %1426, <16 x float> %acc18.02378)
  %1453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1449, <16 x float> %1429, <16 x float> %acc19.02377)
  %1454 = getelementptr inbounds i8, ptr %gep3111, i64 9600
  %1455 = load float, ptr %1454, align 4
  %1456 = insertelement <16 x float> poison, float %1455, i64 0
  %1457 = shufflevector <16 x float> %1456, <16 x float> poison, <16 x i32> zeroinitializer
  %1458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1457, <16 x float> %1420, <16 x float> %acc20.02376)
  %1459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1457, <16 x float> %1423, <16 x float> %acc21.02375)
  %1460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1457, <16 x float> %1426, <16 x float> %acc22.02374)
  %1461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1457, <16 x float> %1429, <16 x float> %acc23.02373)
  %p4.next = add nuw nsw i64 %p4.addr.02372, 1
  %exitcond2841.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2841.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1462 = shl nuw nsw i64 %i24.addr.02389, 6
  %1463 = getelementptr inbounds float, ptr %KSdS, i64 %1462
  store <16 x float> %1434, ptr %1463, align 4
  %1464 = or disjoint i64 %1462, 16
  %1465 = getelementptr inbounds float, ptr %KSdS, i64 %1464
  store <16 x float> %1435, ptr %1465, align 4
  %1466 = or disjoint i64 %1462, 32
  %1467 = getelementptr inbounds float, ptr %KSdS, i64 %1466
  store <16 x float> %1436, ptr %1467, align 4
  %1468 = or disjoint i64 %1462, 48
  %1469 = getelementptr inbounds float, ptr %KSdS, i64 %1468
  store <16 x float> %1437, ptr %1469, align 4
  %1470 = or disjoint i64 %1462, 64
  %1471 = getelementptr inbounds float, ptr %KSdS, i64 %1470
  store <16 x float> %1442, ptr %1471, align 4
  %1472 = or disjoint i64 %1462, 80
  %1473 = getelementptr inbounds float, ptr %KSdS, i64 %1472
  store <16 x float> %1443, ptr %1473, align 4
  %1474 = or disjoint i64 %1462, 96
  %1475 = getelementptr inbounds float, ptr %KSdS, i64 %1474
  store <16 x float> %1444, ptr %1475, align 4
  %1476 = or disjoint i64 %1462, 112
  %1477 = getelementptr inbounds float, ptr %KSdS, i64 %1476
  store <16 x float> %1445, ptr %1477, align 4
  %1478 = or disjoint i64 %1462, 128
  %1479 = getelementptr inbounds float, ptr %KSdS, i64 %1478
  store <16 x float> %1450, ptr %1479, align 4
  %1480 = or disjoint i64 %1462, 144
  %1481 = getelementptr inbounds float, ptr %KSdS, i64 %1480
  store <16 x float> %1451, ptr %1481, align 4
  %1482 = or disjoint i64 %1462, 160
  %1483 = getelementptr inbounds float, ptr %KSdS, i64 %1482
  store <16 x float> %1452, ptr %1483, align 4
  %1484 = or disjoint i64 %1462, 176
  %1485 = getelementptr inbounds float, ptr %KSdS, i64 %1484
  store <16 x float> %1453, ptr %1485, align 4
  %1486 = or disjoint i64 %1462, 192
  %1487 = getelementptr inbounds float, ptr %KSdS, i64 %1486
  store <16 x float> %1458, ptr %1487, align 4
  %1488 = or disjoint i64 %1462, 208
  %1489 = getelementptr inbounds float, ptr %KSdS, i64 %1488
  store <16 x float> %1459, ptr %1489, align 4
  %1490 = or disjoint i64 %1462, 224
  %1491 = getelementptr inbounds float, ptr %KSdS, i64 %1490
  store <16 x float> %1460, ptr %1491, align 4
  %1492 = or disjoint i64 %1462, 240
  %1493 = getelementptr inbounds float, ptr %KSdS, i64 %1492
  store <16 x float> %1461, ptr %1493, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02389, 4
  %1494 = icmp ult i64 %i24.addr.02389, 12
  br i1 %1494, label %p4.head.preheader, label %p5.head.preheader.preheader

p5.head.preheader.preheader:                      ; preds = %p4.exit
  %1495 = load <16 x float>, ptr %Rr, align 4
  %1496 = load <16 x float>, ptr %KSdS, align 4
  %1497 = fsub <16 x float> %1495, %1496
  store <16 x float> %1497, ptr %Rr, align 4
  %1498 = load <16 x float>, ptr %191, align 4
  %1499 = load <16 x float>, ptr %192, align 4
  %1500 = fsub <16 x float> %1498, %1499
  store <16 x float> %1500, ptr %191, align 4
  %1501 = load <16 x float>, ptr %193, align 4
  %1502 = load <16 x float>, ptr %194, align 4
  %1503 = fsub <16 x float> %1501, %1502
  store <16 x float> %1503, ptr %193, align 4
  %1504 = load <16 x float>, ptr %195, align 4
  %1505 = load <16 x float>, ptr %196, align 4
  %1506 = fsub <16 x float> %1504, %1505
  store <16 x float> %1506, ptr %195, align 4
  %1507 = load <16 x float>, ptr %197, align 4
  %1508 = load <16 x float>, ptr %198, align 4
  %1509 = fsub <16 x float> %1507, %1508
  store <16 x float> %1509, ptr %197, align 4
  %1510 = load <16 x float>, ptr %199, align 4
  %1511 = load <16 x float>, ptr %200, align 4
  %1512 = fsub <16 x float> %1510, %1511
  store <16 x float> %1512, ptr %199, align 4
  %1513 = load <16 x float>, ptr %201, align 4
  %1514 = load <16 x float>, ptr %202, align 4
  %1515 = fsub <16 x float> %1513, %1514
  store <16 x float> %1515, ptr %201, align 4
  %1516 = load <16 x float>, ptr %203, align 4
  %1517 = load <16 x float>, ptr %204, align 4
  %1518 = fsub <16 x float> %1516, %1517
  store <16 x float> %1518, ptr %203, align 4
  %1519 = load <16 x float>, ptr %205, align 4
  %1520 = load <16 x float>, ptr %206, align 4
  %1521 = fsub <16 x float> %1519, %1520
  store <16 x float> %1521, ptr %205, align 4
  %1522 = load <16 x float>, ptr %207, align 4
  %1523 = load <16 x float>, ptr %208, align 4
  %1524 = fsub <16 x float> %1522, %1523
  store <16 x float> %1524, ptr %207, align 4
  %1525 = load <16 x float>, ptr %209, align 4
  %1526 = load <16 x float>, ptr %210, align 4
  %1527 = fsub <16 x float> %1525, %1526
  store <16 x float> %1527, ptr %209, align 4
  %1528 = load <16 x float>, ptr %211, align 4
  %1529 = load <16 x float>, ptr %212, align 4
  %1530 = fsub <16 x float> %1528, %1529
  store <16 x float> %1530, ptr %211, align 4
  %1531 = load <16 x float>, ptr %213, align 4
  %1532 = load <16 x float>, ptr %214, align 4
  %1533 = fsub <16 x float> %1531, %1532
  store <16 x float> %1533, ptr %213, align 4
  %1534 = load <16 x float>, ptr %215, align 4
  %1535 = load <16 x float>, ptr %216, align 4
  %1536 = fsub <16 x float> %1534, %1535
  store <16 x float> %1536, ptr %215, align 4
  %1537 = load <16 x float>, ptr %217, align 4
  %1538 = load <16 x float>, ptr %218, align 4
  %1539 = fsub <16 x float> %1537, %1538
  store <16 x float> %1539, ptr %217, align 4
  %1540 = load <16 x float>, ptr %219, align 4
  %1541 = load <16 x float>, ptr %220, align 4
  %1542 = fsub <16 x float> %1540, %1541
  store <16 x float> %1542, ptr %219, align 4
  %1543 = load <16 x float>, ptr %221, align 4
  %1544 = load <16 x float>, ptr %222, align 4
  %1545 = fsub <16 x float> %1543, %1544
  store <16 x float> %1545, ptr %221, align 4
  %1546 = load <16 x float>, ptr %223, align 4
  %1547 = load <16 x float>, ptr %224, align 4
  %1548 = fsub <16 x float> %1546, %1547
  store <16 x float> %1548, ptr %223, align 4
  %1549 = load <16 x float>, ptr %225, align 4
  %1550 = load <16 x float>, ptr %226, align 4
  %1551 = fsub <16 x float> %1549, %1550
  store <16 x float> %1551, ptr %225, align 4
  %1552 = load <16 x float>, ptr %227, align 4
  %1553 = load <16 x float>, ptr %228, align 4
  %1554 = fsub <16 x float> %1552, %1553
  store <16 x float> %1554, ptr %227, align 4
  %1555 = load <16 x float>, ptr %229, align 4
  %1556 = load <16 x float>, ptr %230, align 4
  %1557 = fsub <16 x float> %1555, %1556
  store <16 x float> %1557, ptr %229, align 4
  %1558 = load <16 x float>, ptr %231, align 4
  %1559 = load <16 x float>, ptr %232, align 4
  %1560 = fsub <16 x float> %1558, %1559
  store <16 x float> %1560, ptr %231, align 4
  %1561 = load <16 x float>, ptr %233, align 4
  %1562 = load <16 x float>, ptr %234, align 4
  %1563 = fsub <16 x float> %1561, %1562
  store <16 x float> %1563, ptr %233, align 4
  %1564 = load <16 x float>, ptr %235, align 4
  %1565 = load <16 x float>, ptr %236, align 4
  %1566 = fsub <16 x float> %1564, %1565
  store <16 x float> %1566, ptr %235, align 4
  %1567 = load <16 x float>, ptr %237, align 4
  %1568 = load <16 x float>, ptr %238, align 4
  %1569 = fsub <16 x float> %1567, %1568
  store <16 x float> %1569, ptr %237, align 4
  %1570 = load <16 x float>, ptr %239, align 4
  %1571 = load <16 x float>, ptr %240, align 4
  %1572 = fsub <16 x float> %1570, %1571
  store <16 x float> %1572, ptr %239, align 4
  %1573 = load <16 x float>, ptr %241, align 4
  %1574 = load <16 x float>, ptr %242, align 4
  %1575 = fsub <16 x float> %1573, %1574
  store <16 x float> %1575, ptr %241, align 4
  %1576 = load <16 x float>, ptr %243, align 4
  %1577 = load <16 x float>, ptr %244, align 4
  %1578 = fsub <16 x float> %1576, %1577
  store <16 x float> %1578, ptr %243, align 4
  %1579 = load <16 x float>, ptr %245, align 4
  %1580 = load <16 x float>, ptr %246, align 4
  %1581 = fsub <16 x float> %1579, %1580
  store <16 x float> %1581, ptr %245, align 4
  %1582 = load <16 x float>, ptr %247, align 4
  %1583 = load <16 x float>, ptr %248, align 4
  %1584 = fsub <16 x float> %1582, %1583
  store <16 x float> %1584, ptr %247, align 4
  %1585 = load <16 x float>, ptr %249, align 4
  %1586 = load <16 x float>, ptr %250, align 4
  %1587 = fsub <16 x float> %1585, %1586
  store <16 x float> %1587, ptr %249, align 4
  %1588 = load <16 x float>, ptr %251, align 4
  %1589 = load <16 x float>, ptr %252, align 4
  %1590 = fsub <16 x float> %1588, %1589
  store <16 x float> %1590, ptr %251, align 4
  br label %ib.body

ib.body:                                          ; preds = %p5.head.preheader.preheader, %j21.exit
  %indvars.iv = phi i64 [ 0, %p5.head.preheader.preheader ], [ %indvars.iv.next, %j21.exit ]
  %ib.addr.02408 = phi i64 [ 0, %p5.head.preheader.preheader ], [ %ib.next, %j21.exit ]
  %umax3509 = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02408, 2
  %.not2636 = icmp eq i64 %ib.addr.02408, 0
  br i1 %.not2636, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2276 = shl nuw nsw i64 %ib.addr.02408, 8
  %1591 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2276
  %1592 = shl nuw nsw i64 %ib.addr.02408, 6
  %1593 = or disjoint i64 %1592, 16
  %1594 = getelementptr inbounds float, ptr %Gm, i64 %1593
  %1595 = or disjoint i64 %1592, 32
  %1596 = getelementptr inbounds float, ptr %Gm, i64 %1595
  %1597 = or disjoint i64 %1592, 48
  %1598 = getelementptr inbounds float, ptr %Gm, i64 %1597
  %xtraiter = and i64 %umax3509, 1
  %1599 = icmp eq i64 %umax3509, 1
  br i1 %1599, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3509, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02400 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1640, %j21.body ]
  %acc25.02399 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1641, %j21.body ]
  %acc26.02398 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1646, %j21.body ]
  %acc27.02397 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1647, %j21.body ]
  %acc28.02396 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1652, %j21.body ]
  %acc29.02395 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1653, %j21.body ]
  %acc30.02394 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1658, %j21.body ]
  %acc31.02393 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1659, %j21.body ]
  %j21.addr.02392 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1600 = shl nsw i64 %j21.addr.02392, 5
  %1601 = getelementptr inbounds float, ptr %Vn, i64 %1600
  %1602 = load <16 x float>, ptr %1601, align 4
  %1603 = or disjoint i64 %1600, 16
  %1604 = getelementptr inbounds float, ptr %Vn, i64 %1603
  %1605 = load <16 x float>, ptr %1604, align 4
  %1606 = getelementptr inbounds float, ptr %1591, i64 %j21.addr.02392
  %1607 = load float, ptr %1606, align 4
  %1608 = insertelement <16 x float> poison, float %1607, i64 0
  %1609 = shufflevector <16 x float> %1608, <16 x float> poison, <16 x i32> zeroinitializer
  %1610 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1609, <16 x float> %1602, <16 x float> %acc24.02400)
  %1611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1609, <16 x float> %1605, <16 x float> %acc25.02399)
  %1612 = getelementptr inbounds float, ptr %1594, i64 %j21.addr.02392
  %1613 = load float, ptr %1612, align 4
  %1614 = insertelement <16 x float> poison, float %1613, i64 0
  %1615 = shufflevector <16 x float> %1614, <16 x float> poison, <16 x i32> zeroinitializer
  %1616 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1615, <16 x float> %1602, <16 x float> %acc26.02398)
  %1617 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1615, <16 x float> %1605, <16 x float> %acc27.02397)
  %1618 = getelementptr inbounds float, ptr %1596, i64 %j21.addr.02392
  %1619 = load float, ptr %1618, align 4
  %1620 = insertelement <16 x float> poison, float %1619, i64 0
  %1621 = shufflevector <16 x float> %1620, <16 x float> poison, <16 x i32> zeroinitializer
  %1622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1621, <16 x float> %1602, <16 x float> %acc28.02396)
  %1623 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1621, <16 x float> %1605, <16 x float> %acc29.02395)
  %1624 = getelementptr inbounds float, ptr %1598, i64 %j21.addr.02392
  %1625 = load float, ptr %1624, align 4
  %1626 = insertelement <16 x float> poison, float %1625, i64 0
  %1627 = shufflevector <16 x float> %1626, <16 x float> poison, <16 x i32> zeroinitializer
  %1628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1627, <16 x float> %1602, <16 x float> %acc30.02394)
  %1629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1627, <16 x float> %1605, <16 x float> %acc31.02393)
  %j21.next = or disjoint i64 %j21.addr.02392, 1
  %1630 = shl nsw i64 %j21.next, 5
  %1631 = getelementptr inbounds float, ptr %Vn, i64 %1630
  %1632 = load <16 x float>, ptr %1631, align 4
  %1633 = or disjoint i64 %1630, 16
  %1634 = getelementptr inbounds float, ptr %Vn, i64 %1633
  %1635 = load <16 x float>, ptr %1634, align 4
  %1636 = getelementptr inbounds float, ptr %1591, i64 %j21.next
  %1637 = load float, ptr %1636, align 4
  %1638 = insertelement <16 x float> poison, float %1637, i64 0
  %1639 = shufflevector <16 x float> %1638, <16 x float> poison, <16 x i32> zeroinitializer
  %1640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1639, <16 x float> %1632, <16 x float> %1610)
  %1641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1639, <16 x float> %1635, <16 x float> %1611)
  %1642 = getelementptr inbounds float, ptr %1594, i64 %j21.next
  %1643 = load float, ptr %1642, align 4
  %1644 = insertelement <16 x float> poison, float %1643, i64 0
  %1645 = shufflevector <16 x float> %1644, <16 x float> poison, <16 x i32> zeroinitializer
  %1646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1632, <16 x float> %1616)
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1635, <16 x float> %1617)
  %1648 = getelementptr inbounds float, ptr %1596, i64 %j21.next
  %1649 = load float, ptr %1648, align 4
  %1650 = insertelement <16 x float> poison, float %1649, i64 0
  %1651 = shufflevector <16 x float> %1650, <16 x float> poison, <16 x i32> zeroinitializer
  %1652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1651, <16 x float> %1632, <16 x float> %1622)
  %1653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1651, <16 x float> %1635, <16 x float> %1623)
  %1654 = getelementptr inbounds float, ptr %1598, i64 %j21.next
  %1655 = load float, ptr %1654, align 4
  %1656 = insertelement <16 x float> poison, float %1655, i64 0
  %1657 = shufflevector <16 x float> %1656, <16 x float> poison, <16 x i32> zeroinitializer
  %1658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1657, <16 x float> %1632, <16 x float> %1628)
  %1659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1657, <16 x float> %1635, <16 x float> %1629)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02392, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3356.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1640, %j21.body ]
  %.lcssa3355.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1641, %j21.body ]
  %.lcssa3354.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1646, %j21.body ]
  %.lcssa3353.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1647, %j21.body ]
  %.lcssa3352.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1652, %j21.body ]
  %.lcssa3351.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1653, %j21.body ]
  %.lcssa3350.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1658, %j21.body ]
  %.lcssa3349.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1659, %j21.body ]
  %acc24.02400.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1640, %j21.body ]
  %acc25.02399.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1641, %j21.body ]
  %acc26.02398.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1646, %j21.body ]
  %acc27.02397.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1647, %j21.body ]
  %acc28.02396.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1652, %j21.body ]
  %acc29.02395.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1653, %j21.body ]
  %acc30.02394.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1658, %j21.body ]
  %acc31.02393.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1659, %j21.body ]
  %j21.addr.02392.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1660 = shl nsw i64 %j21.addr.02392.unr, 5
  %1661 = getelementptr inbounds float, ptr %Vn, i64 %1660
  %1662 = load <16 x float>, ptr %1661, align 4
  %1663 = or disjoint i64 %1660, 16
  %1664 = getelementptr inbounds float, ptr %Vn, i64 %1663
  %1665 = load <16 x float>, ptr %1664, align 4
  %1666 = getelementptr inbounds float, ptr %1591, i64 %j21.addr.02392.unr
  %1667 = load float, ptr %1666, align 4
  %1668 = insertelement <16 x float> poison, float %1667, i64 0
  %1669 = shufflevector <16 x float> %1668, <16 x float> poison, <16 x i32> zeroinitializer
  %1670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1662, <16 x float> %acc24.02400.unr)
  %1671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1669, <16 x float> %1665, <16 x float> %acc25.02399.unr)
  %1672 = getelementptr inbounds float, ptr %1594, i64 %j21.addr.02392.unr
  %1673 = load float, ptr %1672, align 4
  %1674 = insertelement <16 x float> poison, float %1673, i64 0
  %1675 = shufflevector <16 x float> %1674, <16 x float> poison, <16 x i32> zeroinitializer
  %1676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1675, <16 x float> %1662, <16 x float> %acc26.02398.unr)
  %1677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1675, <16 x float> %1665, <16 x float> %acc27.02397.unr)
  %1678 = getelementptr inbounds float, ptr %1596, i64 %j21.addr.02392.unr
  %1679 = load float, ptr %1678, align 4
  %1680 = insertelement <16 x float> poison, float %1679, i64 0
  %1681 = shufflevector <16 x float> %1680, <16 x float> poison, <16 x i32> zeroinitializer
  %1682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1681, <16 x float> %1662, <16 x float> %acc28.02396.unr)
  %1683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1681, <16 x float> %1665, <16 x float> %acc29.02395.unr)
  %1684 = getelementptr inbounds float, ptr %1598, i64 %j21.addr.02392.unr
  %1685 = load float, ptr %1684, align 4
  %1686 = insertelement <16 x float> poison, float %1685, i64 0
  %1687 = shufflevector <16 x float> %1686, <16 x float> poison, <16 x i32> zeroinitializer
  %1688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1687, <16 x float> %1662, <16 x float> %acc30.02394.unr)
  %1689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1687, <16 x float> %1665, <16 x float> %acc31.02393.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3349.ph, %j21.exit.loopexit.unr-lcssa ], [ %1689, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3350.ph, %j21.exit.loopexit.unr-lcssa ], [ %1688, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3351.ph, %j21.exit.loopexit.unr-lcssa ], [ %1683, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3352.ph, %j21.exit.loopexit.unr-lcssa ], [ %1682, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3353.ph, %j21.exit.loopexit.unr-lcssa ], [ %1677, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3354.ph, %j21.exit.loopexit.unr-lcssa ], [ %1676, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3355.ph, %j21.exit.loopexit.unr-lcssa ], [ %1671, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3356.ph, %j21.exit.loopexit.unr-lcssa ], [ %1670, %j21.body.epil ]
  %1690 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1691 = load float, ptr %1690, align 4
  %1692 = shl nuw nsw i64 %ib.addr.02408, 7
  %1693 = getelementptr inbounds float, ptr %Rr, i64 %1692
  %1694 = load <16 x float>, ptr %1693, align 4
  %1695 = fsub <16 x float> %1694, %acc24.0.lcssa
  store <16 x float> %1695, ptr %1693, align 4
  %1696 = insertelement <16 x float> poison, float %1691, i64 0
  %1697 = shufflevector <16 x float> %1696, <16 x float> poison, <16 x i32> zeroinitializer
  %1698 = fmul <16 x float> %1697, %1695
  %1699 = getelementptr inbounds float, ptr %Vn, i64 %1692
  store <16 x float> %1698, ptr %1699, align 4
  %1700 = mul nuw nsw i64 %ib.addr.02408, 352
  %1701 = getelementptr inbounds float, ptr %Ak, i64 %1700
  store <16 x float> %1698, ptr %1701, align 4
  %1702 = or disjoint i64 %1692, 16
  %1703 = getelementptr inbounds float, ptr %Rr, i64 %1702
  %1704 = load <16 x float>, ptr %1703, align 4
  %1705 = fsub <16 x float> %1704, %acc25.0.lcssa
  store <16 x float> %1705, ptr %1703, align 4
  %1706 = fmul <16 x float> %1697, %1705
  %1707 = getelementptr inbounds float, ptr %Vn, i64 %1702
  store <16 x float> %1706, ptr %1707, align 4
  %1708 = or disjoint i64 %1700, 16
  %1709 = getelementptr inbounds float, ptr %Ak, i64 %1708
  store <16 x float> %1706, ptr %1709, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2637 = shl nsw i64 %i26, 6
  %1710 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2637
  %1711 = getelementptr inbounds float, ptr %1710, i64 %i0
  %1712 = load float, ptr %1711, align 4
  %1713 = insertelement <16 x float> poison, float %1712, i64 0
  %1714 = shufflevector <16 x float> %1713, <16 x float> poison, <16 x i32> zeroinitializer
  %1715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1714, <16 x float> %1698, <16 x float> %acc26.0.lcssa)
  %1716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1714, <16 x float> %1706, <16 x float> %acc27.0.lcssa)
  %1717 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1718 = load float, ptr %1717, align 4
  %1719 = shl nuw nsw i64 %i26, 5
  %1720 = getelementptr inbounds float, ptr %Rr, i64 %1719
  %1721 = load <16 x float>, ptr %1720, align 4
  %1722 = fsub <16 x float> %1721, %1715
  store <16 x float> %1722, ptr %1720, align 4
  %1723 = insertelement <16 x float> poison, float %1718, i64 0
  %1724 = shufflevector <16 x float> %1723, <16 x float> poison, <16 x i32> zeroinitializer
  %1725 = fmul <16 x float> %1724, %1722
  %1726 = getelementptr inbounds float, ptr %Vn, i64 %1719
  store <16 x float> %1725, ptr %1726, align 4
  %.idx2303 = mul nuw nsw i64 %i26, 352
  %1727 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2303
  store <16 x float> %1725, ptr %1727, align 4
  %1728 = or disjoint i64 %1719, 16
  %1729 = getelementptr inbounds float, ptr %Rr, i64 %1728
  %1730 = load <16 x float>, ptr %1729, align 4
  %1731 = fsub <16 x float> %1730, %1716
  store <16 x float> %1731, ptr %1729, align 4
  %1732 = fmul <16 x float> %1724, %1731
  %1733 = getelementptr inbounds float, ptr %Vn, i64 %1728
  store <16 x float> %1732, ptr %1733, align 4
  %1734 = getelementptr inbounds i8, ptr %1727, i64 64
  store <16 x float> %1732, ptr %1734, align 4
  %i27 = or disjoint i64 %i0, 2
  %1735 = shl nuw nsw i64 %i27, 4
  %1736 = or disjoint i64 %1735, %i0
  %1737 = getelementptr inbounds float, ptr %Gm, i64 %1736
  %1738 = load float, ptr %1737, align 4
  %1739 = insertelement <16 x float> poison, float %1738, i64 0
  %1740 = shufflevector <16 x float> %1739, <16 x float> poison, <16 x i32> zeroinitializer
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1698, <16 x float> %acc28.0.lcssa)
  %1742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1706, <16 x float> %acc29.0.lcssa)
  %1743 = or disjoint i64 %1735, %i26
  %1744 = getelementptr inbounds float, ptr %Gm, i64 %1743
  %1745 = load float, ptr %1744, align 4
  %1746 = insertelement <16 x float> poison, float %1745, i64 0
  %1747 = shufflevector <16 x float> %1746, <16 x float> poison, <16 x i32> zeroinitializer
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1747, <16 x float> %1725, <16 x float> %1741)
  %1749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1747, <16 x float> %1732, <16 x float> %1742)
  %1750 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1751 = load float, ptr %1750, align 4
  %1752 = shl nuw nsw i64 %i27, 5
  %1753 = getelementptr inbounds float, ptr %Rr, i64 %1752
  %1754 = load <16 x float>, ptr %1753, align 4
  %1755 = fsub <16 x float> %1754, %1748
  store <16 x float> %1755, ptr %1753, align 4
  %1756 = insertelement <16 x float> poison, float %1751, i64 0
  %1757 = shufflevector <16 x float> %1756, <16 x float> poison, <16 x i32> zeroinitializer
  %1758 = fmul <16 x float> %1757, %1755
  %1759 = getelementptr inbounds float, ptr %Vn, i64 %1752
  store <16 x float> %1758, ptr %1759, align 4
  %.idx2304 = mul nuw nsw i64 %i27, 352
  %1760 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2304
  store <16 x float> %1758, ptr %1760, align 4
  %1761 = or disjoint i64 %1752, 16
  %1762 = getelementptr inbounds float, ptr %Rr, i64 %1761
  %1763 = load <16 x float>, ptr %1762, align 4
  %1764 = fsub <16 x float> %1763, %1749
  store <16 x float> %1764, ptr %1762, align 4
  %1765 = fmul <16 x float> %1757, %1764
  %1766 = getelementptr inbounds float, ptr %Vn, i64 %1761
  store <16 x float> %1765, ptr %1766, align 4
  %1767 = getelementptr inbounds i8, ptr %1760, i64 64
  store <16 x float> %1765, ptr %1767, align 4
  %i28 = or disjoint i64 %i0, 3
  %1768 = shl nuw nsw i64 %i28, 4
  %1769 = or disjoint i64 %1768, %i0
  %1770 = getelementptr inbounds float, ptr %Gm, i64 %1769
  %1771 = load float, ptr %1770, align 4
  %1772 = insertelement <16 x float> poison, float %1771, i64 0
  %1773 = shufflevector <16 x float> %1772, <16 x float> poison, <16 x i32> zeroinitializer
  %1774 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1773, <16 x float> %1698, <16 x float> %acc30.0.lcssa)
  %1775 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1773, <16 x float> %1706, <16 x float> %acc31.0.lcssa)
  %1776 = or disjoint i64 %1768, %i26
  %1777 = getelementptr inbounds float, ptr %Gm, i64 %1776
  %1778 = load float, ptr %1777, align 4
  %1779 = insertelement <16 x float> poison, float %1778, i64 0
  %1780 = shufflevector <16 x float> %1779, <16 x float> poison, <16 x i32> zeroinitializer
  %1781 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1780, <16 x float> %1725, <16 x float> %1774)
  %1782 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1780, <16 x float> %1732, <16 x float> %1775)
  %1783 = or disjoint i64 %1768, %i27
  %1784 = getelementptr inbounds float, ptr %Gm, i64 %1783
  %1785 = load float, ptr %1784, align 4
  %1786 = insertelement <16 x float> poison, float %1785, i64 0
  %1787 = shufflevector <16 x float> %1786, <16 x float> poison, <16 x i32> zeroinitializer
  %1788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1787, <16 x float> %1758, <16 x float> %1781)
  %1789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1787, <16 x float> %1765, <16 x float> %1782)
  %1790 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1791 = load float, ptr %1790, align 4
  %1792 = shl nuw nsw i64 %i28, 5
  %1793 = getelementptr inbounds float, ptr %Rr, i64 %1792
  %1794 = load <16 x float>, ptr %1793, align 4
  %1795 = fsub <16 x float> %1794, %1788
  store <16 x float> %1795, ptr %1793, align 4
  %1796 = insertelement <16 x float> poison, float %1791, i64 0
  %1797 = shufflevector <16 x float> %1796, <16 x float> poison, <16 x i32> zeroinitializer
  %1798 = fmul <16 x float> %1797, %1795
  %1799 = getelementptr inbounds float, ptr %Vn, i64 %1792
  store <16 x float> %1798, ptr %1799, align 4
  %1800 = mul nuw nsw i64 %i28, 88
  %1801 = getelementptr inbounds float, ptr %Ak, i64 %1800
  store <16 x float> %1798, ptr %1801, align 4
  %1802 = or disjoint i64 %1792, 16
  %1803 = getelementptr inbounds float, ptr %Rr, i64 %1802
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = fsub <16 x float> %1804, %1789
  store <16 x float> %1805, ptr %1803, align 4
  %1806 = fmul <16 x float> %1797, %1805
  %1807 = getelementptr inbounds float, ptr %Vn, i64 %1802
  store <16 x float> %1806, ptr %1807, align 4
  %1808 = or disjoint i64 %1800, 16
  %1809 = getelementptr inbounds float, ptr %Ak, i64 %1808
  store <16 x float> %1806, ptr %1809, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02408, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond2846.not = icmp eq i64 %ib.next, 4
  br i1 %exitcond2846.not, label %j22.body, label %ib.body

j22.body:                                         ; preds = %j21.exit, %j22.body
  %1810 = phi i1 [ false, %j22.body ], [ true, %j21.exit ]
  %j22.addr.02409 = phi i64 [ 16, %j22.body ], [ 0, %j21.exit ]
  %1811 = getelementptr inbounds float, ptr %Vn, i64 %j22.addr.02409
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = or disjoint i64 %j22.addr.02409, 256
  %1814 = getelementptr inbounds float, ptr %Vn, i64 %1813
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = or disjoint i64 %j22.addr.02409, 32
  %1817 = getelementptr inbounds float, ptr %Vn, i64 %1816
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = or disjoint i64 %j22.addr.02409, 288
  %1820 = getelementptr inbounds float, ptr %Vn, i64 %1819
  %1821 = load <16 x float>, ptr %1820, align 4
  %1822 = or disjoint i64 %j22.addr.02409, 64
  %1823 = getelementptr inbounds float, ptr %Vn, i64 %1822
  %1824 = load <16 x float>, ptr %1823, align 4
  %1825 = or disjoint i64 %j22.addr.02409, 320
  %1826 = getelementptr inbounds float, ptr %Vn, i64 %1825
  %1827 = load <16 x float>, ptr %1826, align 4
  %1828 = or disjoint i64 %j22.addr.02409, 96
  %1829 = getelementptr inbounds float, ptr %Vn, i64 %1828
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = or disjoint i64 %j22.addr.02409, 352
  %1832 = getelementptr inbounds float, ptr %Vn, i64 %1831
  %1833 = load <16 x float>, ptr %1832, align 4
  %1834 = or disjoint i64 %j22.addr.02409, 128
  %1835 = getelementptr inbounds float, ptr %Vn, i64 %1834
  %1836 = load <16 x float>, ptr %1835, align 4
  %1837 = or disjoint i64 %j22.addr.02409, 384
  %1838 = getelementptr inbounds float, ptr %Vn, i64 %1837
  %1839 = load <16 x float>, ptr %1838, align 4
  %1840 = or disjoint i64 %j22.addr.02409, 160
  %1841 = getelementptr inbounds float, ptr %Vn, i64 %1840
  %1842 = load <16 x float>, ptr %1841, align 4
  %1843 = or disjoint i64 %j22.addr.02409, 416
  %1844 = getelementptr inbounds float, ptr %Vn, i64 %1843
  %1845 = load <16 x float>, ptr %1844, align 4
  %1846 = or disjoint i64 %j22.addr.02409, 192
  %1847 = getelementptr inbounds float, ptr %Vn, i64 %1846
  %1848 = load <16 x float>, ptr %1847, align 4
  %1849 = or disjoint i64 %j22.addr.02409, 448
  %1850 = getelementptr inbounds float, ptr %Vn, i64 %1849
  %1851 = load <16 x float>, ptr %1850, align 4
  %1852 = or disjoint i64 %j22.addr.02409, 224
  %1853 = getelementptr inbounds float, ptr %Vn, i64 %1852
  %1854 = load <16 x float>, ptr %1853, align 4
  %1855 = or disjoint i64 %j22.addr.02409, 480
  %1856 = getelementptr inbounds float, ptr %Vn, i64 %1855
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = shufflevector <16 x float> %1812, <16 x float> %1815, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1859 = shufflevector <16 x float> %1836, <16 x float> %1839, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1860 = shufflevector <16 x float> %1818, <16 x float> %1821, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1861 = shufflevector <16 x float> %1842, <16 x float> %1845, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1862 = shufflevector <16 x float> %1824, <16 x float> %1827, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1863 = shufflevector <16 x float> %1848, <16 x float> %1851, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1864 = shufflevector <16 x float> %1830, <16 x float> %1833, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1865 = shufflevector <16 x float> %1854, <16 x float> %1857, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1866 = shufflevector <16 x float> %1812, <16 x float> %1815, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1867 = shufflevector <16 x float> %1836, <16 x float> %1839, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1868 = shufflevector <16 x float> %1818, <16 x float> %1821, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1869 = shufflevector <16 x float> %1842, <16 x float> %1845, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1870 = shufflevector <16 x float> %1824, <16 x float> %1827, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1871 = shufflevector <16 x float> %1848, <16 x float> %1851, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1872 = shufflevector <16 x float> %1830, <16 x float> %1833, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1873 = shufflevector <16 x float> %1854, <16 x float> %1857, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1874 = shufflevector <16 x float> %1858, <16 x float> %1859, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1875 = shufflevector <16 x float> %1862, <16 x float> %1863, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1876 = shufflevector <16 x float> %1860, <16 x float> %1861, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1877 = shufflevector <16 x float> %1864, <16 x float> %1865, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1878 = shufflevector <16 x float> %1858, <16 x float> %1859, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1879 = shufflevector <16 x float> %1862, <16 x float> %1863, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1880 = shufflevector <16 x float> %1860, <16 x float> %1861, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1881 = shufflevector <16 x float> %1864, <16 x float> %1865, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1882 = shufflevector <16 x float> %1866, <16 x float> %1867, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1883 = shufflevector <16 x float> %1870, <16 x float> %1871, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1884 = shufflevector <16 x float> %1868, <16 x float> %1869, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1885 = shufflevector <16 x float> %1872, <16 x float> %1873, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1886 = shufflevector <16 x float> %1866, <16 x float> %1867, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1887 = shufflevector <16 x float> %1870, <16 x float> %1871, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1888 = shufflevector <16 x float> %1868, <16 x float> %1869, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1889 = shufflevector <16 x float> %1872, <16 x float> %1873, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1890 = shufflevector <16 x float> %1874, <16 x float> %1875, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1891 = shufflevector <16 x float> %1876, <16 x float> %1877, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1892 = shufflevector <16 x float> %1874, <16 x float> %1875, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1893 = shufflevector <16 x float> %1876, <16 x float> %1877, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1894 = shufflevector <16 x float> %1878, <16 x float> %1879, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1895 = shufflevector <16 x float> %1880, <16 x float> %1881, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1896 = shufflevector <16 x float> %1878, <16 x float> %1879, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1897 = shufflevector <16 x float> %1880, <16 x float> %1881, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1898 = shufflevector <16 x float> %1882, <16 x float> %1883, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1899 = shufflevector <16 x float> %1884, <16 x float> %1885, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1900 = shufflevector <16 x float> %1882, <16 x float> %1883, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1901 = shufflevector <16 x float> %1884, <16 x float> %1885, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1902 = shufflevector <16 x float> %1886, <16 x float> %1887, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1903 = shufflevector <16 x float> %1888, <16 x float> %1889, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1904 = shufflevector <16 x float> %1886, <16 x float> %1887, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1905 = shufflevector <16 x float> %1888, <16 x float> %1889, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1906 = shufflevector <16 x float> %1890, <16 x float> %1891, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2275 = shl nuw nsw i64 %j22.addr.02409, 6
  %1907 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2275
  store <16 x float> %1906, ptr %1907, align 4
  %1908 = shufflevector <16 x float> %1890, <16 x float> %1891, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1909 = shl nuw nsw i64 %j22.addr.02409, 4
  %1910 = or disjoint i64 %1909, 16
  %1911 = getelementptr inbounds float, ptr %VnT, i64 %1910
  store <16 x float> %1908, ptr %1911, align 4
  %1912 = shufflevector <16 x float> %1892, <16 x float> %1893, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1913 = or disjoint i64 %1909, 32
  %1914 = getelementptr inbounds float, ptr %VnT, i64 %1913
  store <16 x float> %1912, ptr %1914, align 4
  %1915 = shufflevector <16 x float> %1892, <16 x float> %1893, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1916 = or disjoint i64 %1909, 48
  %1917 = getelementptr inbounds float, ptr %VnT, i64 %1916
  store <16 x float> %1915, ptr %1917, align 4
  %1918 = shufflevector <16 x float> %1894, <16 x float> %1895, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1919 = or disjoint i64 %1909, 64
  %1920 = getelementptr inbounds float, ptr %VnT, i64 %1919
  store <16 x float> %1918, ptr %1920, align 4
  %1921 = shufflevector <16 x float> %1894, <16 x float> %1895, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1922 = or disjoint i64 %1909, 80
  %1923 = getelementptr inbounds float, ptr %VnT, i64 %1922
  store <16 x float> %1921, ptr %1923, align 4
  %1924 = shufflevector <16 x float> %1896, <16 x float> %1897, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1925 = or disjoint i64 %1909, 96
  %1926 = getelementptr inbounds float, ptr %VnT, i64 %1925
  store <16 x float> %1924, ptr %1926, align 4
  %1927 = shufflevector <16 x float> %1896, <16 x float> %1897, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1928 = or disjoint i64 %1909, 112
  %1929 = getelementptr inbounds float, ptr %VnT, i64 %1928
  store <16 x float> %1927, ptr %1929, align 4
  %1930 = shufflevector <16 x float> %1898, <16 x float> %1899, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1931 = or disjoint i64 %1909, 128
  %1932 = getelementptr inbounds float, ptr %VnT, i64 %1931
  store <16 x float> %1930, ptr %1932, align 4
  %1933 = shufflevector <16 x float> %1898, <16 x float> %1899, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1934 = or disjoint i64 %1909, 144
  %1935 = getelementptr inbounds float, ptr %VnT, i64 %1934
  store <16 x float> %1933, ptr %1935, align 4
  %1936 = shufflevector <16 x float> %1900, <16 x float> %1901, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1937 = or disjoint i64 %1909, 160
  %1938 = getelementptr inbounds float, ptr %VnT, i64 %1937
  store <16 x float> %1936, ptr %1938, align 4
  %1939 = shufflevector <16 x float> %1900, <16 x float> %1901, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1940 = or disjoint i64 %1909, 176
  %1941 = getelementptr inbounds float, ptr %VnT, i64 %1940
  store <16 x float> %1939, ptr %1941, align 4
  %1942 = shufflevector <16 x float> %1902, <16 x float> %1903, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1943 = or disjoint i64 %1909, 192
  %1944 = getelementptr inbounds float, ptr %VnT, i64 %1943
  store <16 x float> %1942, ptr %1944, align 4
  %1945 = shufflevector <16 x float> %1902, <16 x float> %1903, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1946 = or disjoint i64 %1909, 208
  %1947 = getelementptr inbounds float, ptr %VnT, i64 %1946
  store <16 x float> %1945, ptr %1947, align 4
  %1948 = shufflevector <16 x float> %1904, <16 x float> %1905, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1949 = or disjoint i64 %1909, 224
  %1950 = getelementptr inbounds float, ptr %VnT, i64 %1949
  store <16 x float> %1948, ptr %1950, align 4
  %1951 = shufflevector <16 x float> %1904, <16 x float> %1905, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1952 = or disjoint i64 %1909, 240
  %1953 = getelementptr inbounds float, ptr %VnT, i64 %1952
  store <16 x float> %1951, ptr %1953, align 4
  br i1 %1810, label %j22.body, label %p6.body

p6.body:                                          ; preds = %j22.body, %p6.body
  %acc32.02418 = phi <8 x float> [ %2004, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc33.02417 = phi <8 x float> [ %2009, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc34.02416 = phi <8 x float> [ %2014, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc35.02415 = phi <8 x float> [ %2019, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc36.02414 = phi <8 x float> [ %2024, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc37.02413 = phi <8 x float> [ %2029, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc38.02412 = phi <8 x float> [ %2034, %p6.body ], [ zeroinitializer, %j22.body ]
  %acc39.02411 = phi <8 x float> [ %2039, %p6.body ], [ zeroinitializer, %j22.body ]
  %p6.addr.02410 = phi i64 [ %p6.next.13528, %p6.body ], [ 0, %j22.body ]
  %.idx2274 = shl nuw nsw i64 %p6.addr.02410, 5
  %1954 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2274
  %1955 = load <8 x float>, ptr %1954, align 4
  %1956 = getelementptr inbounds float, ptr %Bk, i64 %p6.addr.02410
  %1957 = getelementptr inbounds i8, ptr %1956, i64 9216
  %1958 = load float, ptr %1957, align 4
  %1959 = insertelement <8 x float> poison, float %1958, i64 0
  %1960 = shufflevector <8 x float> %1959, <8 x float> poison, <8 x i32> zeroinitializer
  %1961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1960, <8 x float> %1955, <8 x float> %acc32.02418)
  %1962 = getelementptr inbounds i8, ptr %1956, i64 9344
  %1963 = load float, ptr %1962, align 4
  %1964 = insertelement <8 x float> poison, float %1963, i64 0
  %1965 = shufflevector <8 x float> %1964, <8 x float> poison, <8 x i32> zeroinitializer
  %1966 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1965, <8 x float> %1955, <8 x float> %acc33.02417)
  %1967 = getelementptr inbounds i8, ptr %1956, i64 9472
  %1968 = load float, ptr %1967, align 4
  %1969 = insertelement <8 x float> poison, float %1968, i64 0
  %1970 = shufflevector <8 x float> %1969, <8 x float> poison, <8 x i32> zeroinitializer
  %1971 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1970, <8 x float> %1955, <8 x float> %acc34.02416)
  %1972 = getelementptr inbounds i8, ptr %1956, i64 9600
  %1973 = load float, ptr %1972, align 4
  %1974 = insertelement <8 x float> poison, float %1973, i64 0
  %1975 = shufflevector <8 x float> %1974, <8 x float> poison, <8 x i32> zeroinitializer
  %1976 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1975, <8 x float> %1955, <8 x float> %acc35.02415)
  %1977 = getelementptr inbounds i8, ptr %1956, i64 9728
  %1978 = load float, ptr %1977, align 4
  %1979 = insertelement <8 x float> poison, float %1978, i64 0
  %1980 = shufflevector <8 x float> %1979, <8 x float> poison, <8 x i32> zeroinitializer
  %1981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1955, <8 x float> %acc36.02414)
  %1982 = getelementptr inbounds i8, ptr %1956, i64 9856
  %1983 = load float, ptr %1982, align 4
  %1984 = insertelement <8 x float> poison, float %1983, i64 0
  %1985 = shufflevector <8 x float> %1984, <8 x float> poison, <8 x i32> zeroinitializer
  %1986 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1985, <8 x float> %1955, <8 x float> %acc37.02413)
  %1987 = getelementptr inbounds i8, ptr %1956, i64 9984
  %1988 = load float, ptr %1987, align 4
  %1989 = insertelement <8 x float> poison, float %1988, i64 0
  %1990 = shufflevector <8 x float> %1989, <8 x float> poison, <8 x i32> zeroinitializer
  %1991 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1990, <8 x float> %1955, <8 x float> %acc38.02412)
  %1992 = getelementptr inbounds i8, ptr %1956, i64 10112
  %1993 = load float, ptr %1992, align 4
  %1994 = insertelement <8 x float> poison, float %1993, i64 0
  %1995 = shufflevector <8 x float> %1994, <8 x float> poison, <8 x i32> zeroinitializer
  %1996 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1995, <8 x float> %1955, <8 x float> %acc39.02411)
  %p6.next = or disjoint i64 %p6.addr.02410, 1
  %.idx2274.13527 = shl nuw nsw i64 %p6.next, 5
  %1997 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2274.13527
  %1998 = load <8 x float>, ptr %1997, align 4
  %1999 = getelementptr inbounds float, ptr %Bk, i64 %p6.next
  %2000 = getelementptr inbounds i8, ptr %1999, i64 9216
  %2001 = load float, ptr %2000, align 4
  %2002 = insertelement <8 x float> poison, float %2001, i64 0
  %2003 = shufflevector <8 x float> %2002, <8 x float> poison, <8 x i32> zeroinitializer
  %2004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %1998, <8 x float> %1961)
  %2005 = getelementptr inbounds i8, ptr %1999, i64 9344
  %2006 = load float, ptr %2005, align 4
  %2007 = insertelement <8 x float> poison, float %2006, i64 0
  %2008 = shufflevector <8 x float> %2007, <8 x float> poison, <8 x i32> zeroinitializer
  %2009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2008, <8 x float> %1998, <8 x float> %1966)
  %2010 = getelementptr inbounds i8, ptr %1999, i64 9472
  %2011 = load float, ptr %2010, align 4
  %2012 = insertelement <8 x float> poison, float %2011, i64 0
  %2013 = shufflevector <8 x float> %2012, <8 x float> poison, <8 x i32> zeroinitializer
  %2014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2013, <8 x float> %1998, <8 x float> %1971)
  %2015 = getelementptr inbounds i8, ptr %1999, i64 9600
  %2016 = load float, ptr %2015, align 4
  %2017 = insertelement <8 x float> poison, float %2016, i64 0
  %2018 = shufflevector <8 x float> %2017, <8 x float> poison, <8 x i32> zeroinitializer
  %2019 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2018, <8 x float> %1998, <8 x float> %1976)
  %2020 = getelementptr inbounds i8, ptr %1999, i64 9728
  %2021 = load float, ptr %2020, align 4
  %2022 = insertelement <8 x float> poison, float %2021, i64 0
  %2023 = shufflevector <8 x float> %2022, <8 x float> poison, <8 x i32> zeroinitializer
  %2024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2023, <8 x float> %1998, <8 x float> %1981)
  %2025 = getelementptr inbounds i8, ptr %1999, i64 9856
  %2026 = load float, ptr %2025, align 4
  %2027 = insertelement <8 x float> poison, float %2026, i64 0
  %2028 = shufflevector <8 x float> %2027, <8 x float> poison, <8 x i32> zeroinitializer
  %2029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2028, <8 x float> %1998, <8 x float> %1986)
  %2030 = getelementptr inbounds i8, ptr %1999, i64 9984
  %2031 = load float, ptr %2030, align 4
  %2032 = insertelement <8 x float> poison, float %2031, i64 0
  %2033 = shufflevector <8 x float> %2032, <8 x float> poison, <8 x i32> zeroinitializer
  %2034 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2033, <8 x float> %1998, <8 x float> %1991)
  %2035 = getelementptr inbounds i8, ptr %1999, i64 10112
  %2036 = load float, ptr %2035, align 4
  %2037 = insertelement <8 x float> poison, float %2036, i64 0
  %2038 = shufflevector <8 x float> %2037, <8 x float> poison, <8 x i32> zeroinitializer
  %2039 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2038, <8 x float> %1998, <8 x float> %1996)
  %p6.next.13528 = add nuw nsw i64 %p6.addr.02410, 2
  %exitcond2847.not.1 = icmp eq i64 %p6.next.13528, 32
  br i1 %exitcond2847.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <8 x float> %2004, ptr %PT, align 4
  store <8 x float> %2009, ptr %253, align 4
  store <8 x float> %2014, ptr %254, align 4
  store <8 x float> %2019, ptr %255, align 4
  store <8 x float> %2024, ptr %256, align 4
  store <8 x float> %2029, ptr %257, align 4
  store <8 x float> %2034, ptr %258, align 4
  store <8 x float> %2039, ptr %259, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc32.02418.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2090, %p6.body.1 ]
  %acc33.02417.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2095, %p6.body.1 ]
  %acc34.02416.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2100, %p6.body.1 ]
  %acc35.02415.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2105, %p6.body.1 ]
  %acc36.02414.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2110, %p6.body.1 ]
  %acc37.02413.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2115, %p6.body.1 ]
  %acc38.02412.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2120, %p6.body.1 ]
  %acc39.02411.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2125, %p6.body.1 ]
  %p6.addr.02410.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %.idx2274.1 = shl nuw nsw i64 %p6.addr.02410.1, 5
  %2040 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2274.1
  %2041 = load <8 x float>, ptr %2040, align 4
  %2042 = getelementptr inbounds float, ptr %Bk, i64 %p6.addr.02410.1
  %2043 = getelementptr inbounds i8, ptr %2042, i64 10240
  %2044 = load float, ptr %2043, align 4
  %2045 = insertelement <8 x float> poison, float %2044, i64 0
  %2046 = shufflevector <8 x float> %2045, <8 x float> poison, <8 x i32> zeroinitializer
  %2047 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2046, <8 x float> %2041, <8 x float> %acc32.02418.1)
  %2048 = getelementptr inbounds i8, ptr %2042, i64 10368
  %2049 = load float, ptr %2048, align 4
  %2050 = insertelement <8 x float> poison, float %2049, i64 0
  %2051 = shufflevector <8 x float> %2050, <8 x float> poison, <8 x i32> zeroinitializer
  %2052 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2051, <8 x float> %2041, <8 x float> %acc33.02417.1)
  %2053 = getelementptr inbounds i8, ptr %2042, i64 10496
  %2054 = load float, ptr %2053, align 4
  %2055 = insertelement <8 x float> poison, float %2054, i64 0
  %2056 = shufflevector <8 x float> %2055, <8 x float> poison, <8 x i32> zeroinitializer
  %2057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2056, <8 x float> %2041, <8 x float> %acc34.02416.1)
  %2058 = getelementptr inbounds i8, ptr %2042, i64 10624
  %2059 = load float, ptr %2058, align 4
  %2060 = insertelement <8 x float> poison, float %2059, i64 0
  %2061 = shufflevector <8 x float> %2060, <8 x float> poison, <8 x i32> zeroinitializer
  %2062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2061, <8 x float> %2041, <8 x float> %acc35.02415.1)
  %2063 = getelementptr inbounds i8, ptr %2042, i64 10752
  %2064 = load float, ptr %2063, align 4
  %2065 = insertelement <8 x float> poison, float %2064, i64 0
  %2066 = shufflevector <8 x float> %2065, <8 x float> poison, <8 x i32> zeroinitializer
  %2067 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2066, <8 x float> %2041, <8 x float> %acc36.02414.1)
  %2068 = getelementptr inbounds i8, ptr %2042, i64 10880
  %2069 = load float, ptr %2068, align 4
  %2070 = insertelement <8 x float> poison, float %2069, i64 0
  %2071 = shufflevector <8 x float> %2070, <8 x float> poison, <8 x i32> zeroinitializer
  %2072 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2071, <8 x float> %2041, <8 x float> %acc37.02413.1)
  %2073 = getelementptr inbounds i8, ptr %2042, i64 11008
  %2074 = load float, ptr %2073, align 4
  %2075 = insertelement <8 x float> poison, float %2074, i64 0
  %2076 = shufflevector <8 x float> %2075, <8 x float> poison, <8 x i32> zeroinitializer
  %2077 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2076, <8 x float> %2041, <8 x float> %acc38.02412.1)
  %2078 = getelementptr inbounds i8, ptr %2042, i64 11136
  %2079 = load float, ptr %2078, align 4
  %2080 = insertelement <8 x float> poison, float %2079, i64 0
  %2081 = shufflevector <8 x float> %2080, <8 x float> poison, <8 x i32> zeroinitializer
  %2082 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2081, <8 x float> %2041, <8 x float> %acc39.02411.1)
  %p6.next.1 = or disjoint i64 %p6.addr.02410.1, 1
  %.idx2274.1.1 = shl nuw nsw i64 %p6.next.1, 5
  %2083 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2274.1.1
  %2084 = load <8 x float>, ptr %2083, align 4
  %2085 = getelementptr inbounds float, ptr %Bk, i64 %p6.next.1
  %2086 = getelementptr inbounds i8, ptr %2085, i64 10240
  %2087 = load float, ptr %2086, align 4
  %2088 = insertelement <8 x float> poison, float %2087, i64 0
  %2089 = shufflevector <8 x float> %2088, <8 x float> poison, <8 x i32> zeroinitializer
  %2090 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2089, <8 x float> %2084, <8 x float> %2047)
  %2091 = getelementptr inbounds i8, ptr %2085, i64 10368
  %2092 = load float, ptr %2091, align 4
  %2093 = insertelement <8 x float> poison, float %2092, i64 0
  %2094 = shufflevector <8 x float> %2093, <8 x float> poison, <8 x i32> zeroinitializer
  %2095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2094, <8 x float> %2084, <8 x float> %2052)
  %2096 = getelementptr inbounds i8, ptr %2085, i64 10496
  %2097 = load float, ptr %2096, align 4
  %2098 = insertelement <8 x float> poison, float %2097, i64 0
  %2099 = shufflevector <8 x float> %2098, <8 x float> poison, <8 x i32> zeroinitializer
  %2100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2099, <8 x float> %2084, <8 x float> %2057)
  %2101 = getelementptr inbounds i8, ptr %2085, i64 10624
  %2102 = load float, ptr %2101, align 4
  %2103 = insertelement <8 x float> poison, float %2102, i64 0
  %2104 = shufflevector <8 x float> %2103, <8 x float> poison, <8 x i32> zeroinitializer
  %2105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2104, <8 x float> %2084, <8 x float> %2062)
  %2106 = getelementptr inbounds i8, ptr %2085, i64 10752
  %2107 = load float, ptr %2106, align 4
  %2108 = insertelement <8 x float> poison, float %2107, i64 0
  %2109 = shufflevector <8 x float> %2108, <8 x float> poison, <8 x i32> zeroinitializer
  %2110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2109, <8 x float> %2084, <8 x float> %2067)
  %2111 = getelementptr inbounds i8, ptr %2085, i64 10880
  %2112 = load float, ptr %2111, align 4
  %2113 = insertelement <8 x float> poison, float %2112, i64 0
  %2114 = shufflevector <8 x float> %2113, <8 x float> poison, <8 x i32> zeroinitializer
  %2115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2114, <8 x float> %2084, <8 x float> %2072)
  %2116 = getelementptr inbounds i8, ptr %2085, i64 11008
  %2117 = load float, ptr %2116, align 4
  %2118 = insertelement <8 x float> poison, float %2117, i64 0
  %2119 = shufflevector <8 x float> %2118, <8 x float> poison, <8 x i32> zeroinitializer
  %2120 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2119, <8 x float> %2084, <8 x float> %2077)
  %2121 = getelementptr inbounds i8, ptr %2085, i64 11136
  %2122 = load float, ptr %2121, align 4
  %2123 = insertelement <8 x float> poison, float %2122, i64 0
  %2124 = shufflevector <8 x float> %2123, <8 x float> poison, <8 x i32> zeroinitializer
  %2125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2124, <8 x float> %2084, <8 x float> %2082)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.02410.1, 2
  %exitcond2847.1.not.1 = icmp eq i64 %p6.next.1.1, 32
  br i1 %exitcond2847.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %2126 = load <8 x float>, ptr %M, align 4
  %2127 = fmul <8 x float> %2004, %2126
  store <8 x float> %2127, ptr %PT, align 4
  %2128 = fmul <8 x float> %2009, %2126
  store <8 x float> %2128, ptr %253, align 4
  %2129 = load <8 x float>, ptr %35, align 4
  %2130 = fmul <8 x float> %2014, %2129
  store <8 x float> %2130, ptr %254, align 4
  %2131 = fmul <8 x float> %2019, %2129
  store <8 x float> %2131, ptr %255, align 4
  %2132 = load <8 x float>, ptr %36, align 4
  %2133 = fmul <8 x float> %2024, %2132
  store <8 x float> %2133, ptr %256, align 4
  %2134 = fmul <8 x float> %2029, %2132
  store <8 x float> %2134, ptr %257, align 4
  %2135 = load <8 x float>, ptr %37, align 4
  %2136 = fmul <8 x float> %2034, %2135
  store <8 x float> %2136, ptr %258, align 4
  %2137 = fmul <8 x float> %2039, %2135
  store <8 x float> %2137, ptr %259, align 4
  %2138 = load <8 x float>, ptr %38, align 4
  %2139 = fmul <8 x float> %2090, %2138
  store <8 x float> %2139, ptr %260, align 4
  %2140 = fmul <8 x float> %2095, %2138
  store <8 x float> %2140, ptr %261, align 4
  %2141 = load <8 x float>, ptr %40, align 4
  %2142 = fmul <8 x float> %2100, %2141
  store <8 x float> %2142, ptr %262, align 4
  %2143 = fmul <8 x float> %2105, %2141
  store <8 x float> %2143, ptr %263, align 4
  %2144 = load <8 x float>, ptr %43, align 4
  %2145 = fmul <8 x float> %2110, %2144
  store <8 x float> %2145, ptr %264, align 4
  %2146 = fmul <8 x float> %2115, %2144
  store <8 x float> %2146, ptr %265, align 4
  %2147 = load <8 x float>, ptr %45, align 4
  %2148 = fmul <8 x float> %2120, %2147
  store <8 x float> %2148, ptr %266, align 4
  %2149 = fmul <8 x float> %2125, %2147
  store <8 x float> %2149, ptr %267, align 4
  %2150 = load <16 x float>, ptr %268, align 4
  store <16 x float> %2150, ptr %269, align 4
  %2151 = load <16 x float>, ptr %270, align 4
  store <16 x float> %2151, ptr %271, align 4
  %2152 = load <16 x float>, ptr %272, align 4
  store <16 x float> %2152, ptr %273, align 4
  %2153 = load <16 x float>, ptr %274, align 4
  store <16 x float> %2153, ptr %275, align 4
  %2154 = load <16 x float>, ptr %276, align 4
  store <16 x float> %2154, ptr %277, align 4
  %2155 = load <16 x float>, ptr %278, align 4
  store <16 x float> %2155, ptr %279, align 4
  %2156 = load <16 x float>, ptr %280, align 4
  store <16 x float> %2156, ptr %281, align 4
  %2157 = load <16 x float>, ptr %282, align 4
  store <16 x float> %2157, ptr %283, align 4
  %2158 = load <16 x float>, ptr %284, align 4
  store <16 x float> %2158, ptr %285, align 4
  %2159 = load <16 x float>, ptr %286, align 4
  store <16 x float> %2159, ptr %287, align 4
  %2160 = load <16 x float>, ptr %288, align 4
  store <16 x float> %2160, ptr %289, align 4
  %2161 = load <16 x float>, ptr %290, align 4
  store <16 x float> %2161, ptr %291, align 4
  %2162 = load <16 x float>, ptr %292, align 4
  store <16 x float> %2162, ptr %293, align 4
  %2163 = load <16 x float>, ptr %294, align 4
  store <16 x float> %2163, ptr %295, align 4
  %2164 = load <16 x float>, ptr %296, align 4
  store <16 x float> %2164, ptr %297, align 4
  %2165 = load <16 x float>, ptr %298, align 4
  store <16 x float> %2165, ptr %299, align 4
  %2166 = load <16 x float>, ptr %300, align 4
  store <16 x float> %2166, ptr %301, align 4
  %2167 = load <16 x float>, ptr %302, align 4
  store <16 x float> %2167, ptr %303, align 4
  %2168 = load <16 x float>, ptr %304, align 4
  store <16 x float> %2168, ptr %305, align 4
  %2169 = load <16 x float>, ptr %306, align 4
  store <16 x float> %2169, ptr %307, align 4
  %2170 = load <16 x float>, ptr %308, align 4
  store <16 x float> %2170, ptr %309, align 4
  %2171 = load <16 x float>, ptr %310, align 4
  store <16 x float> %2171, ptr %311, align 4
  %2172 = load <16 x float>, ptr %312, align 4
  store <16 x float> %2172, ptr %313, align 4
  %2173 = load <16 x float>, ptr %314, align 4
  store <16 x float> %2173, ptr %315, align 4
  %2174 = load <16 x float>, ptr %316, align 4
  store <16 x float> %2174, ptr %317, align 4
  %2175 = load <16 x float>, ptr %318, align 4
  store <16 x float> %2175, ptr %319, align 4
  %2176 = load <16 x float>, ptr %320, align 4
  store <16 x float> %2176, ptr %321, align 4
  %2177 = load <16 x float>, ptr %322, align 4
  store <16 x float> %2177, ptr %323, align 4
  %2178 = load <16 x float>, ptr %324, align 4
  store <16 x float> %2178, ptr %325, align 4
  %2179 = load <16 x float>, ptr %326, align 4
  store <16 x float> %2179, ptr %327, align 4
  %2180 = load <16 x float>, ptr %328, align 4
  store <16 x float> %2180, ptr %329, align 4
  %2181 = load <16 x float>, ptr %330, align 4
  store <16 x float> %2181, ptr %331, align 4
  %2182 = load <16 x float>, ptr %269, align 4
  %2183 = load <16 x float>, ptr %332, align 4
  %2184 = load <16 x float>, ptr %273, align 4
  %2185 = load <16 x float>, ptr %333, align 4
  %2186 = load <16 x float>, ptr %277, align 4
  %2187 = load <16 x float>, ptr %334, align 4
  %2188 = load <16 x float>, ptr %281, align 4
  %2189 = load <16 x float>, ptr %335, align 4
  %2190 = load <16 x float>, ptr %285, align 4
  %2191 = load <16 x float>, ptr %336, align 4
  %2192 = load <16 x float>, ptr %289, align 4
  %2193 = load <16 x float>, ptr %337, align 4
  %2194 = load <16 x float>, ptr %293, align 4
  %2195 = load <16 x float>, ptr %338, align 4
  %2196 = load <16 x float>, ptr %297, align 4
  %2197 = load <16 x float>, ptr %339, align 4
  br label %p7.body

p7.body:                                          ; preds = %p6.exit.1, %p7.body
  %acc40.02439 = phi <16 x float> [ %2182, %p6.exit.1 ], [ %2208, %p7.body ]
  %acc41.02438 = phi <16 x float> [ %2183, %p6.exit.1 ], [ %2209, %p7.body ]
  %acc42.02437 = phi <16 x float> [ %2184, %p6.exit.1 ], [ %2214, %p7.body ]
  %acc43.02436 = phi <16 x float> [ %2185, %p6.exit.1 ], [ %2215, %p7.body ]
  %acc44.02435 = phi <16 x float> [ %2186, %p6.exit.1 ], [ %2220, %p7.body ]
  %acc45.02434 = phi <16 x float> [ %2187, %p6.exit.1 ], [ %2221, %p7.body ]
  %acc46.02433 = phi <16 x float> [ %2188, %p6.exit.1 ], [ %2226, %p7.body ]
  %acc47.02432 = phi <16 x float> [ %2189, %p6.exit.1 ], [ %2227, %p7.body ]
  %acc48.02431 = phi <16 x float> [ %2190, %p6.exit.1 ], [ %2232, %p7.body ]
  %acc49.02430 = phi <16 x float> [ %2191, %p6.exit.1 ], [ %2233, %p7.body ]
  %acc50.02429 = phi <16 x float> [ %2192, %p6.exit.1 ], [ %2238, %p7.body ]
  %acc51.02428 = phi <16 x float> [ %2193, %p6.exit.1 ], [ %2239, %p7.body ]
  %acc52.02427 = phi <16 x float> [ %2194, %p6.exit.1 ], [ %2244, %p7.body ]
  %acc53.02426 = phi <16 x float> [ %2195, %p6.exit.1 ], [ %2245, %p7.body ]
  %acc54.02425 = phi <16 x float> [ %2196, %p6.exit.1 ], [ %2250, %p7.body ]
  %acc55.02424 = phi <16 x float> [ %2197, %p6.exit.1 ], [ %2251, %p7.body ]
  %p7.addr.02423 = phi i64 [ 0, %p6.exit.1 ], [ %p7.next, %p7.body ]
  %2198 = shl nuw nsw i64 %p7.addr.02423, 5
  %2199 = getelementptr inbounds float, ptr %OY, i64 %2198
  %2200 = load <16 x float>, ptr %2199, align 4
  %2201 = or disjoint i64 %2198, 16
  %2202 = getelementptr inbounds float, ptr %OY, i64 %2201
  %2203 = load <16 x float>, ptr %2202, align 4
  %2204 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02423
  %2205 = load float, ptr %2204, align 4
  %2206 = insertelement <16 x float> poison, float %2205, i64 0
  %2207 = shufflevector <16 x float> %2206, <16 x float> poison, <16 x i32> zeroinitializer
  %2208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2207, <16 x float> %2200, <16 x float> %acc40.02439)
  %2209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2207, <16 x float> %2203, <16 x float> %acc41.02438)
  %2210 = getelementptr inbounds i8, ptr %2204, i64 32
  %2211 = load float, ptr %2210, align 4
  %2212 = insertelement <16 x float> poison, float %2211, i64 0
  %2213 = shufflevector <16 x float> %2212, <16 x float> poison, <16 x i32> zeroinitializer
  %2214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2213, <16 x float> %2200, <16 x float> %acc42.02437)
  %2215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2213, <16 x float> %2203, <16 x float> %acc43.02436)
  %2216 = getelementptr inbounds i8, ptr %2204, i64 64
  %2217 = load float, ptr %2216, align 4
  %2218 = insertelement <16 x float> poison, float %2217, i64 0
  %2219 = shufflevector <16 x float> %2218, <16 x float> poison, <16 x i32> zeroinitializer
  %2220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2219, <16 x float> %2200, <16 x float> %acc44.02435)
  %2221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2219, <16 x float> %2203, <16 x float> %acc45.02434)
  %2222 = getelementptr inbounds i8, ptr %2204, i64 96
  %2223 = load float, ptr %2222, align 4
  %2224 = insertelement <16 x float> poison, float %2223, i64 0
  %2225 = shufflevector <16 x float> %2224, <16 x float> poison, <16 x i32> zeroinitializer
  %2226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2225, <16 x float> %2200, <16 x float> %acc46.02433)
  %2227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2225, <16 x float> %2203, <16 x float> %acc47.02432)
  %2228 = getelementptr inbounds i8, ptr %2204, i64 128
  %2229 = load float, ptr %2228, align 4
  %2230 = insertelement <16 x float> poison, float %2229, i64 0
  %2231 = shufflevector <16 x float> %2230, <16 x float> poison, <16 x i32> zeroinitializer
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2200, <16 x float> %acc48.02431)
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2203, <16 x float> %acc49.02430)
  %2234 = getelementptr inbounds i8, ptr %2204, i64 160
  %2235 = load float, ptr %2234, align 4
  %2236 = insertelement <16 x float> poison, float %2235, i64 0
  %2237 = shufflevector <16 x float> %2236, <16 x float> poison, <16 x i32> zeroinitializer
  %2238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2237, <16 x float> %2200, <16 x float> %acc50.02429)
  %2239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2237, <16 x float> %2203, <16 x float> %acc51.02428)
  %2240 = getelementptr inbounds i8, ptr %2204, i64 192
  %2241 = load float, ptr %2240, align 4
  %2242 = insertelement <16 x float> poison, float %2241, i64 0
  %2243 = shufflevector <16 x float> %2242, <16 x float> poison, <16 x i32> zeroinitializer
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2200, <16 x float> %acc52.02427)
  %2245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2203, <16 x float> %acc53.02426)
  %2246 = getelementptr inbounds i8, ptr %2204, i64 224
  %2247 = load float, ptr %2246, align 4
  %2248 = insertelement <16 x float> poison, float %2247, i64 0
  %2249 = shufflevector <16 x float> %2248, <16 x float> poison, <16 x i32> zeroinitializer
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2200, <16 x float> %acc54.02425)
  %2251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2203, <16 x float> %acc55.02424)
  %p7.next = add nuw nsw i64 %p7.addr.02423, 1
  %exitcond2854.not = icmp eq i64 %p7.next, 8
  br i1 %exitcond2854.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2208, ptr %269, align 4
  store <16 x float> %2209, ptr %332, align 4
  store <16 x float> %2214, ptr %273, align 4
  store <16 x float> %2215, ptr %333, align 4
  store <16 x float> %2220, ptr %277, align 4
  store <16 x float> %2221, ptr %334, align 4
  store <16 x float> %2226, ptr %281, align 4
  store <16 x float> %2227, ptr %335, align 4
  store <16 x float> %2232, ptr %285, align 4
  store <16 x float> %2233, ptr %336, align 4
  store <16 x float> %2238, ptr %289, align 4
  store <16 x float> %2239, ptr %337, align 4
  store <16 x float> %2244, ptr %293, align 4
  store <16 x float> %2245, ptr %338, align 4
  store <16 x float> %2250, ptr %297, align 4
  store <16 x float> %2251, ptr %339, align 4
  %2252 = load <16 x float>, ptr %301, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %acc40.02439.1 = phi <16 x float> [ %2252, %p7.exit ], [ %2264, %p7.body.1 ]
  %acc41.02438.1 = phi <16 x float> [ %2167, %p7.exit ], [ %2265, %p7.body.1 ]
  %acc42.02437.1 = phi <16 x float> [ %2168, %p7.exit ], [ %2270, %p7.body.1 ]
  %acc43.02436.1 = phi <16 x float> [ %2169, %p7.exit ], [ %2271, %p7.body.1 ]
  %acc44.02435.1 = phi <16 x float> [ %2170, %p7.exit ], [ %2276, %p7.body.1 ]
  %acc45.02434.1 = phi <16 x float> [ %2171, %p7.exit ], [ %2277, %p7.body.1 ]
  %acc46.02433.1 = phi <16 x float> [ %2172, %p7.exit ], [ %2282, %p7.body.1 ]
  %acc47.02432.1 = phi <16 x float> [ %2173, %p7.exit ], [ %2283, %p7.body.1 ]
  %acc48.02431.1 = phi <16 x float> [ %2174, %p7.exit ], [ %2288, %p7.body.1 ]
  %acc49.02430.1 = phi <16 x float> [ %2175, %p7.exit ], [ %2289, %p7.body.1 ]
  %acc50.02429.1 = phi <16 x float> [ %2176, %p7.exit ], [ %2294, %p7.body.1 ]
  %acc51.02428.1 = phi <16 x float> [ %2177, %p7.exit ], [ %2295, %p7.body.1 ]
  %acc52.02427.1 = phi <16 x float> [ %2178, %p7.exit ], [ %2300, %p7.body.1 ]
  %acc53.02426.1 = phi <16 x float> [ %2179, %p7.exit ], [ %2301, %p7.body.1 ]
  %acc54.02425.1 = phi <16 x float> [ %2180, %p7.exit ], [ %2306, %p7.body.1 ]
  %acc55.02424.1 = phi <16 x float> [ %2181, %p7.exit ], [ %2307, %p7.body.1 ]
  %p7.addr.02423.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1, %p7.body.1 ]
  %2253 = shl nuw nsw i64 %p7.addr.02423.1, 5
  %2254 = getelementptr inbounds float, ptr %OY, i64 %2253
  %2255 = load <16 x float>, ptr %2254, align 4
  %2256 = or disjoint i64 %2253, 16
  %2257 = getelementptr inbounds float, ptr %OY, i64 %2256
  %2258 = load <16 x float>, ptr %2257, align 4
  %2259 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02423.1
  %2260 = getelementptr inbounds i8, ptr %2259, i64 256
  %2261 = load float, ptr %2260, align 4
  %2262 = insertelement <16 x float> poison, float %2261, i64 0
  %2263 = shufflevector <16 x float> %2262, <16 x float> poison, <16 x i32> zeroinitializer
  %2264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2263, <16 x float> %2255, <16 x float> %acc40.02439.1)
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2263, <16 x float> %2258, <16 x float> %acc41.02438.1)
  %2266 = getelementptr inbounds i8, ptr %2259, i64 288
  %2267 = load float, ptr %2266, align 4
  %2268 = insertelement <16 x float> poison, float %2267, i64 0
  %2269 = shufflevector <16 x float> %2268, <16 x float> poison, <16 x i32> zeroinitializer
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2255, <16 x float> %acc42.02437.1)
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2258, <16 x float> %acc43.02436.1)
  %2272 = getelementptr inbounds i8, ptr %2259, i64 320
  %2273 = load float, ptr %2272, align 4
  %2274 = insertelement <16 x float> poison, float %2273, i64 0
  %2275 = shufflevector <16 x float> %2274, <16 x float> poison, <16 x i32> zeroinitializer
  %2276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2255, <16 x float> %acc44.02435.1)
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2258, <16 x float> %acc45.02434.1)
  %2278 = getelementptr inbounds i8, ptr %2259, i64 352
  %2279 = load float, ptr %2278, align 4
  %2280 = insertelement <16 x float> poison, float %2279, i64 0
  %2281 = shufflevector <16 x float> %2280, <16 x float> poison, <16 x i32> zeroinitializer
  %2282 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2281, <16 x float> %2255, <16 x float> %acc46.02433.1)
  %2283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2281, <16 x float> %2258, <16 x float> %acc47.02432.1)
  %2284 = getelementptr inbounds i8, ptr %2259, i64 384
  %2285 = load float, ptr %2284, align 4
  %2286 = insertelement <16 x float> poison, float %2285, i64 0
  %2287 = shufflevector <16 x float> %2286, <16 x float> poison, <16 x i32> zeroinitializer
  %2288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2287, <16 x float> %2255, <16 x float> %acc48.02431.1)
  %2289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2287, <16 x float> %2258, <16 x float> %acc49.02430.1)
  %2290 = getelementptr inbounds i8, ptr %2259, i64 416
  %2291 = load float, ptr %2290, align 4
  %2292 = insertelement <16 x float> poison, float %2291, i64 0
  %2293 = shufflevector <16 x float> %2292, <16 x float> poison, <16 x i32> zeroinitializer
  %2294 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2293, <16 x float> %2255, <16 x float> %acc50.02429.1)
  %2295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2293, <16 x float> %2258, <16 x float> %acc51.02428.1)
  %2296 = getelementptr inbounds i8, ptr %2259, i64 448
  %2297 = load float, ptr %2296, align 4
  %2298 = insertelement <16 x float> poison, float %2297, i64 0
  %2299 = shufflevector <16 x float> %2298, <16 x float> poison, <16 x i32> zeroinitializer
  %2300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2299, <16 x float> %2255, <16 x float> %acc52.02427.1)
  %2301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2299, <16 x float> %2258, <16 x float> %acc53.02426.1)
  %2302 = getelementptr inbounds i8, ptr %2259, i64 480
  %2303 = load float, ptr %2302, align 4
  %2304 = insertelement <16 x float> poison, float %2303, i64 0
  %2305 = shufflevector <16 x float> %2304, <16 x float> poison, <16 x i32> zeroinitializer
  %2306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2255, <16 x float> %acc54.02425.1)
  %2307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2258, <16 x float> %acc55.02424.1)
  %p7.next.1 = add nuw nsw i64 %p7.addr.02423.1, 1
  %exitcond2854.1.not = icmp eq i64 %p7.next.1, 8
  br i1 %exitcond2854.1.not, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  store <16 x float> %2264, ptr %301, align 4
  store <16 x float> %2265, ptr %340, align 4
  store <16 x float> %2270, ptr %305, align 4
  store <16 x float> %2271, ptr %341, align 4
  store <16 x float> %2276, ptr %309, align 4
  store <16 x float> %2277, ptr %342, align 4
  store <16 x float> %2282, ptr %313, align 4
  store <16 x float> %2283, ptr %343, align 4
  store <16 x float> %2288, ptr %317, align 4
  store <16 x float> %2289, ptr %344, align 4
  store <16 x float> %2294, ptr %321, align 4
  store <16 x float> %2295, ptr %345, align 4
  store <16 x float> %2300, ptr %325, align 4
  store <16 x float> %2301, ptr %346, align 4
  store <16 x float> %2306, ptr %329, align 4
  store <16 x float> %2307, ptr %347, align 4
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %p7.exit.1
  %acc56.02449 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2363, %p8.body ]
  %acc57.02448 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2369, %p8.body ]
  %acc58.02447 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2375, %p8.body ]
  %acc59.02446 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2381, %p8.body ]
  %acc60.02445 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2387, %p8.body ]
  %acc61.02444 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2393, %p8.body ]
  %acc62.02443 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2399, %p8.body ]
  %acc63.02442 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2405, %p8.body ]
  %p8.addr.02441 = phi i64 [ 0, %p7.exit.1 ], [ %p8.next.13540, %p8.body ]
  %.idx2270 = shl nuw nsw i64 %p8.addr.02441, 5
  %2308 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2270
  %2309 = load <8 x float>, ptr %2308, align 4
  %2310 = getelementptr inbounds float, ptr %Vn, i64 %p8.addr.02441
  %2311 = load float, ptr %2310, align 4
  %2312 = insertelement <8 x float> poison, float %2311, i64 0
  %2313 = shufflevector <8 x float> %2312, <8 x float> poison, <8 x i32> zeroinitializer
  %2314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2313, <8 x float> %2309, <8 x float> %acc56.02449)
  %2315 = or disjoint i64 %p8.addr.02441, 32
  %2316 = getelementptr inbounds float, ptr %Vn, i64 %2315
  %2317 = load float, ptr %2316, align 4
  %2318 = insertelement <8 x float> poison, float %2317, i64 0
  %2319 = shufflevector <8 x float> %2318, <8 x float> poison, <8 x i32> zeroinitializer
  %2320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2319, <8 x float> %2309, <8 x float> %acc57.02448)
  %2321 = or disjoint i64 %p8.addr.02441, 64
  %2322 = getelementptr inbounds float, ptr %Vn, i64 %2321
  %2323 = load float, ptr %2322, align 4
  %2324 = insertelement <8 x float> poison, float %2323, i64 0
  %2325 = shufflevector <8 x float> %2324, <8 x float> poison, <8 x i32> zeroinitializer
  %2326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2325, <8 x float> %2309, <8 x float> %acc58.02447)
  %2327 = or disjoint i64 %p8.addr.02441, 96
  %2328 = getelementptr inbounds float, ptr %Vn, i64 %2327
  %2329 = load float, ptr %2328, align 4
  %2330 = insertelement <8 x float> poison, float %2329, i64 0
  %2331 = shufflevector <8 x float> %2330, <8 x float> poison, <8 x i32> zeroinitializer
  %2332 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2331, <8 x float> %2309, <8 x float> %acc59.02446)
  %2333 = or disjoint i64 %p8.addr.02441, 128
  %2334 = getelementptr inbounds float, ptr %Vn, i64 %2333
  %2335 = load float, ptr %2334, align 4
  %2336 = insertelement <8 x float> poison, float %2335, i64 0
  %2337 = shufflevector <8 x float> %2336, <8 x float> poison, <8 x i32> zeroinitializer
  %2338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2337, <8 x float> %2309, <8 x float> %acc60.02445)
  %2339 = or disjoint i64 %p8.addr.02441, 160
  %2340 = getelementptr inbounds float, ptr %Vn, i64 %2339
  %2341 = load float, ptr %2340, align 4
  %2342 = insertelement <8 x float> poison, float %2341, i64 0
  %2343 = shufflevector <8 x float> %2342, <8 x float> poison, <8 x i32> zeroinitializer
  %2344 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2343, <8 x float> %2309, <8 x float> %acc61.02444)
  %2345 = or disjoint i64 %p8.addr.02441, 192
  %2346 = getelementptr inbounds float, ptr %Vn, i64 %2345
  %2347 = load float, ptr %2346, align 4
  %2348 = insertelement <8 x float> poison, float %2347, i64 0
  %2349 = shufflevector <8 x float> %2348, <8 x float> poison, <8 x i32> zeroinitializer
  %2350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2349, <8 x float> %2309, <8 x float> %acc62.02443)
  %2351 = or disjoint i64 %p8.addr.02441, 224
  %2352 = getelementptr inbounds float, ptr %Vn, i64 %2351
  %2353 = load float, ptr %2352, align 4
  %2354 = insertelement <8 x float> poison, float %2353, i64 0
  %2355 = shufflevector <8 x float> %2354, <8 x float> poison, <8 x i32> zeroinitializer
  %2356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2355, <8 x float> %2309, <8 x float> %acc63.02442)
  %p8.next = or disjoint i64 %p8.addr.02441, 1
  %.idx2270.13539 = shl nuw nsw i64 %p8.next, 5
  %2357 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2270.13539
  %2358 = load <8 x float>, ptr %2357, align 4
  %2359 = getelementptr inbounds float, ptr %Vn, i64 %p8.next
  %2360 = load float, ptr %2359, align 4
  %2361 = insertelement <8 x float> poison, float %2360, i64 0
  %2362 = shufflevector <8 x float> %2361, <8 x float> poison, <8 x i32> zeroinitializer
  %2363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2362, <8 x float> %2358, <8 x float> %2314)
  %2364 = or i64 %p8.addr.02441, 33
  %2365 = getelementptr inbounds float, ptr %Vn, i64 %2364
  %2366 = load float, ptr %2365, align 4
  %2367 = insertelement <8 x float> poison, float %2366, i64 0
  %2368 = shufflevector <8 x float> %2367, <8 x float> poison, <8 x i32> zeroinitializer
  %2369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2368, <8 x float> %2358, <8 x float> %2320)
  %2370 = or i64 %p8.addr.02441, 65
  %2371 = getelementptr inbounds float, ptr %Vn, i64 %2370
  %2372 = load float, ptr %2371, align 4
  %2373 = insertelement <8 x float> poison, float %2372, i64 0
  %2374 = shufflevector <8 x float> %2373, <8 x float> poison, <8 x i32> zeroinitializer
  %2375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2374, <8 x float> %2358, <8 x float> %2326)
  %2376 = or i64 %p8.addr.02441, 97
  %2377 = getelementptr inbounds float, ptr %Vn, i64 %2376
  %2378 = load float, ptr %2377, align 4
  %2379 = insertelement <8 x float> poison, float %2378, i64 0
  %2380 = shufflevector <8 x float> %2379, <8 x float> poison, <8 x i32> zeroinitializer
  %2381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2380, <8 x float> %2358, <8 x float> %2332)
  %2382 = or i64 %p8.addr.02441, 129
  %2383 = getelementptr inbounds float, ptr %Vn, i64 %2382
  %2384 = load float, ptr %2383, align 4
  %2385 = insertelement <8 x float> poison, float %2384, i64 0
  %2386 = shufflevector <8 x float> %2385, <8 x float> poison, <8 x i32> zeroinitializer
  %2387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2386, <8 x float> %2358, <8 x float> %2338)
  %2388 = or i64 %p8.addr.02441, 161
  %2389 = getelementptr inbounds float, ptr %Vn, i64 %2388
  %2390 = load float, ptr %2389, align 4
  %2391 = insertelement <8 x float> poison, float %2390, i64 0
  %2392 = shufflevector <8 x float> %2391, <8 x float> poison, <8 x i32> zeroinitializer
  %2393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2392, <8 x float> %2358, <8 x float> %2344)
  %2394 = or i64 %p8.addr.02441, 193
  %2395 = getelementptr inbounds float, ptr %Vn, i64 %2394
  %2396 = load float, ptr %2395, align 4
  %2397 = insertelement <8 x float> poison, float %2396, i64 0
  %2398 = shufflevector <8 x float> %2397, <8 x float> poison, <8 x i32> zeroinitializer
  %2399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2398, <8 x float> %2358, <8 x float> %2350)
  %2400 = or i64 %p8.addr.02441, 225
  %2401 = getelementptr inbounds float, ptr %Vn, i64 %2400
  %2402 = load float, ptr %2401, align 4
  %2403 = insertelement <8 x float> poison, float %2402, i64 0
  %2404 = shufflevector <8 x float> %2403, <8 x float> poison, <8 x i32> zeroinitializer
  %2405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2404, <8 x float> %2358, <8 x float> %2356)
  %p8.next.13540 = add nuw nsw i64 %p8.addr.02441, 2
  %exitcond2855.not.1 = icmp eq i64 %p8.next.13540, 32
  br i1 %exitcond2855.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <8 x float> %2363, ptr %348, align 4
  store <8 x float> %2369, ptr %349, align 4
  store <8 x float> %2375, ptr %350, align 4
  store <8 x float> %2381, ptr %351, align 4
  store <8 x float> %2387, ptr %352, align 4
  store <8 x float> %2393, ptr %353, align 4
  store <8 x float> %2399, ptr %354, align 4
  store <8 x float> %2405, ptr %355, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %acc56.02449.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2463, %p8.body.1 ]
  %acc57.02448.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2469, %p8.body.1 ]
  %acc58.02447.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2475, %p8.body.1 ]
  %acc59.02446.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2481, %p8.body.1 ]
  %acc60.02445.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2487, %p8.body.1 ]
  %acc61.02444.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2493, %p8.body.1 ]
  %acc62.02443.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2499, %p8.body.1 ]
  %acc63.02442.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %2505, %p8.body.1 ]
  %p8.addr.02441.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %.idx2270.1 = shl nuw nsw i64 %p8.addr.02441.1, 5
  %2406 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2270.1
  %2407 = load <8 x float>, ptr %2406, align 4
  %2408 = add nuw nsw i64 %p8.addr.02441.1, 256
  %2409 = getelementptr inbounds float, ptr %Vn, i64 %2408
  %2410 = load float, ptr %2409, align 4
  %2411 = insertelement <8 x float> poison, float %2410, i64 0
  %2412 = shufflevector <8 x float> %2411, <8 x float> poison, <8 x i32> zeroinitializer
  %2413 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2412, <8 x float> %2407, <8 x float> %acc56.02449.1)
  %2414 = or disjoint i64 %2408, 32
  %2415 = getelementptr inbounds float, ptr %Vn, i64 %2414
  %2416 = load float, ptr %2415, align 4
  %2417 = insertelement <8 x float> poison, float %2416, i64 0
  %2418 = shufflevector <8 x float> %2417, <8 x float> poison, <8 x i32> zeroinitializer
  %2419 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2418, <8 x float> %2407, <8 x float> %acc57.02448.1)
  %2420 = or disjoint i64 %2408, 64
  %2421 = getelementptr inbounds float, ptr %Vn, i64 %2420
  %2422 = load float, ptr %2421, align 4
  %2423 = insertelement <8 x float> poison, float %2422, i64 0
  %2424 = shufflevector <8 x float> %2423, <8 x float> poison, <8 x i32> zeroinitializer
  %2425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2424, <8 x float> %2407, <8 x float> %acc58.02447.1)
  %2426 = or disjoint i64 %2408, 96
  %2427 = getelementptr inbounds float, ptr %Vn, i64 %2426
  %2428 = load float, ptr %2427, align 4
  %2429 = insertelement <8 x float> poison, float %2428, i64 0
  %2430 = shufflevector <8 x float> %2429, <8 x float> poison, <8 x i32> zeroinitializer
  %2431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2430, <8 x float> %2407, <8 x float> %acc59.02446.1)
  %2432 = or disjoint i64 %2408, 128
  %2433 = getelementptr inbounds float, ptr %Vn, i64 %2432
  %2434 = load float, ptr %2433, align 4
  %2435 = insertelement <8 x float> poison, float %2434, i64 0
  %2436 = shufflevector <8 x float> %2435, <8 x float> poison, <8 x i32> zeroinitializer
  %2437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2436, <8 x float> %2407, <8 x float> %acc60.02445.1)
  %2438 = or disjoint i64 %2408, 160
  %2439 = getelementptr inbounds float, ptr %Vn, i64 %2438
  %2440 = load float, ptr %2439, align 4
  %2441 = insertelement <8 x float> poison, float %2440, i64 0
  %2442 = shufflevector <8 x float> %2441, <8 x float> poison, <8 x i32> zeroinitializer
  %2443 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2442, <8 x float> %2407, <8 x float> %acc61.02444.1)
  %2444 = or disjoint i64 %2408, 192
  %2445 = getelementptr inbounds float, ptr %Vn, i64 %2444
  %2446 = load float, ptr %2445, align 4
  %2447 = insertelement <8 x float> poison, float %2446, i64 0
  %2448 = shufflevector <8 x float> %2447, <8 x float> poison, <8 x i32> zeroinitializer
  %2449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2448, <8 x float> %2407, <8 x float> %acc62.02443.1)
  %2450 = or disjoint i64 %2408, 224
  %2451 = getelementptr inbounds float, ptr %Vn, i64 %2450
  %2452 = load float, ptr %2451, align 4
  %2453 = insertelement <8 x float> poison, float %2452, i64 0
  %2454 = shufflevector <8 x float> %2453, <8 x float> poison, <8 x i32> zeroinitializer
  %2455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2454, <8 x float> %2407, <8 x float> %acc63.02442.1)
  %p8.next.1 = shl i64 %p8.addr.02441.1, 5
  %.idx2270.1.1 = or disjoint i64 %p8.next.1, 32
  %2456 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2270.1.1
  %2457 = load <8 x float>, ptr %2456, align 4
  %2458 = add nuw nsw i64 %p8.addr.02441.1, 257
  %2459 = getelementptr inbounds float, ptr %Vn, i64 %2458
  %2460 = load float, ptr %2459, align 4
  %2461 = insertelement <8 x float> poison, float %2460, i64 0
  %2462 = shufflevector <8 x float> %2461, <8 x float> poison, <8 x i32> zeroinitializer
  %2463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2462, <8 x float> %2457, <8 x float> %2413)
  %2464 = or disjoint i64 %2458, 32
  %2465 = getelementptr inbounds float, ptr %Vn, i64 %2464
  %2466 = load float, ptr %2465, align 4
  %2467 = insertelement <8 x float> poison, float %2466, i64 0
  %2468 = shufflevector <8 x float> %2467, <8 x float> poison, <8 x i32> zeroinitializer
  %2469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2468, <8 x float> %2457, <8 x float> %2419)
  %2470 = or disjoint i64 %2458, 64
  %2471 = getelementptr inbounds float, ptr %Vn, i64 %2470
  %2472 = load float, ptr %2471, align 4
  %2473 = insertelement <8 x float> poison, float %2472, i64 0
  %2474 = shufflevector <8 x float> %2473, <8 x float> poison, <8 x i32> zeroinitializer
  %2475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2474, <8 x float> %2457, <8 x float> %2425)
  %2476 = or disjoint i64 %2458, 96
  %2477 = getelementptr inbounds float, ptr %Vn, i64 %2476
  %2478 = load float, ptr %2477, align 4
  %2479 = insertelement <8 x float> poison, float %2478, i64 0
  %2480 = shufflevector <8 x float> %2479, <8 x float> poison, <8 x i32> zeroinitializer
  %2481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2480, <8 x float> %2457, <8 x float> %2431)
  %2482 = or disjoint i64 %2458, 128
  %2483 = getelementptr inbounds float, ptr %Vn, i64 %2482
  %2484 = load float, ptr %2483, align 4
  %2485 = insertelement <8 x float> poison, float %2484, i64 0
  %2486 = shufflevector <8 x float> %2485, <8 x float> poison, <8 x i32> zeroinitializer
  %2487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2486, <8 x float> %2457, <8 x float> %2437)
  %2488 = or disjoint i64 %2458, 160
  %2489 = getelementptr inbounds float, ptr %Vn, i64 %2488
  %2490 = load float, ptr %2489, align 4
  %2491 = insertelement <8 x float> poison, float %2490, i64 0
  %2492 = shufflevector <8 x float> %2491, <8 x float> poison, <8 x i32> zeroinitializer
  %2493 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2492, <8 x float> %2457, <8 x float> %2443)
  %2494 = or disjoint i64 %2458, 192
  %2495 = getelementptr inbounds float, ptr %Vn, i64 %2494
  %2496 = load float, ptr %2495, align 4
  %2497 = insertelement <8 x float> poison, float %2496, i64 0
  %2498 = shufflevector <8 x float> %2497, <8 x float> poison, <8 x i32> zeroinitializer
  %2499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2498, <8 x float> %2457, <8 x float> %2449)
  %2500 = or disjoint i64 %2458, 224
  %2501 = getelementptr inbounds float, ptr %Vn, i64 %2500
  %2502 = load float, ptr %2501, align 4
  %2503 = insertelement <8 x float> poison, float %2502, i64 0
  %2504 = shufflevector <8 x float> %2503, <8 x float> poison, <8 x i32> zeroinitializer
  %2505 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2504, <8 x float> %2457, <8 x float> %2455)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.02441.1, 2
  %exitcond2855.1.not.1 = icmp eq i64 %p8.next.1.1, 32
  br i1 %exitcond2855.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %2506 = load <8 x float>, ptr %M, align 4
  %2507 = fmul <8 x float> %2363, %2506
  store <8 x float> %2507, ptr %348, align 4
  %2508 = fmul <8 x float> %2369, %2506
  store <8 x float> %2508, ptr %349, align 4
  %2509 = load <8 x float>, ptr %35, align 4
  %2510 = fmul <8 x float> %2375, %2509
  store <8 x float> %2510, ptr %358, align 4
  %2511 = fmul <8 x float> %2381, %2509
  store <8 x float> %2511, ptr %359, align 4
  %2512 = load <8 x float>, ptr %36, align 4
  %2513 = fmul <8 x float> %2387, %2512
  store <8 x float> %2513, ptr %360, align 4
  %2514 = fmul <8 x float> %2393, %2512
  store <8 x float> %2514, ptr %361, align 4
  %2515 = load <8 x float>, ptr %37, align 4
  %2516 = fmul <8 x float> %2399, %2515
  store <8 x float> %2516, ptr %362, align 4
  %2517 = fmul <8 x float> %2405, %2515
  store <8 x float> %2517, ptr %363, align 4
  %2518 = load <8 x float>, ptr %38, align 4
  %2519 = fmul <8 x float> %2463, %2518
  store <8 x float> %2519, ptr %356, align 4
  %2520 = fmul <8 x float> %2469, %2518
  store <8 x float> %2520, ptr %357, align 4
  %2521 = load <8 x float>, ptr %40, align 4
  %2522 = fmul <8 x float> %2475, %2521
  store <8 x float> %2522, ptr %364, align 4
  %2523 = fmul <8 x float> %2481, %2521
  store <8 x float> %2523, ptr %365, align 4
  %2524 = load <8 x float>, ptr %43, align 4
  %2525 = fmul <8 x float> %2487, %2524
  store <8 x float> %2525, ptr %366, align 4
  %2526 = fmul <8 x float> %2493, %2524
  store <8 x float> %2526, ptr %367, align 4
  %2527 = load <8 x float>, ptr %45, align 4
  %2528 = fmul <8 x float> %2499, %2527
  store <8 x float> %2528, ptr %368, align 4
  %2529 = fmul <8 x float> %2505, %2527
  store <8 x float> %2529, ptr %369, align 4
  br label %p9.body

p9.body:                                          ; preds = %p8.exit.1, %p9.body
  %p9.addr.02468 = phi i64 [ %p9.next, %p9.body ], [ 0, %p8.exit.1 ]
  %acc79.02467 = phi <16 x float> [ %2591, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc78.02466 = phi <16 x float> [ %2590, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc77.02465 = phi <16 x float> [ %2584, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc76.02464 = phi <16 x float> [ %2583, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc75.02463 = phi <16 x float> [ %2577, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc74.02462 = phi <16 x float> [ %2576, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc73.02461 = phi <16 x float> [ %2570, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc72.02460 = phi <16 x float> [ %2569, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc71.02459 = phi <16 x float> [ %2563, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc70.02458 = phi <16 x float> [ %2562, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc69.02457 = phi <16 x float> [ %2556, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc68.02456 = phi <16 x float> [ %2555, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc67.02455 = phi <16 x float> [ %2549, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc66.02454 = phi <16 x float> [ %2548, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc65.02453 = phi <16 x float> [ %2542, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %acc64.02452 = phi <16 x float> [ %2541, %p9.body ], [ zeroinitializer, %p8.exit.1 ]
  %2530 = shl nuw nsw i64 %p9.addr.02468, 5
  %2531 = or disjoint i64 %2530, 1024
  %2532 = getelementptr inbounds float, ptr %Bk, i64 %2531
  %2533 = load <16 x float>, ptr %2532, align 4
  %2534 = or disjoint i64 %2530, 1040
  %2535 = getelementptr inbounds float, ptr %Bk, i64 %2534
  %2536 = load <16 x float>, ptr %2535, align 4
  %2537 = getelementptr inbounds float, ptr %OY, i64 %p9.addr.02468
  %2538 = load float, ptr %2537, align 4
  %2539 = insertelement <16 x float> poison, float %2538, i64 0
  %2540 = shufflevector <16 x float> %2539, <16 x float> poison, <16 x i32> zeroinitializer
  %2541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2540, <16 x float> %2533, <16 x float> %acc64.02452)
  %2542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2540, <16 x float> %2536, <16 x float> %acc65.02453)
  %2543 = or disjoint i64 %p9.addr.02468, 32
  %2544 = getelementptr inbounds float, ptr %OY, i64 %2543
  %2545 = load float, ptr %2544, align 4
  %2546 = insertelement <16 x float> poison, float %2545, i64 0
  %2547 = shufflevector <16 x float> %2546, <16 x float> poison, <16 x i32> zeroinitializer
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2547, <16 x float> %2533, <16 x float> %acc66.02454)
  %2549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2547, <16 x float> %2536, <16 x float> %acc67.02455)
  %2550 = or disjoint i64 %p9.addr.02468, 64
  %2551 = getelementptr inbounds float, ptr %OY, i64 %2550
  %2552 = load float, ptr %2551, align 4
  %2553 = insertelement <16 x float> poison, float %2552, i64 0
  %2554 = shufflevector <16 x float> %2553, <16 x float> poison, <16 x i32> zeroinitializer
  %2555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2554, <16 x float> %2533, <16 x float> %acc68.02456)
  %2556 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2554, <16 x float> %2536, <16 x float> %acc69.02457)
  %2557 = or disjoint i64 %p9.addr.02468, 96
  %2558 = getelementptr inbounds float, ptr %OY, i64 %2557
  %2559 = load float, ptr %2558, align 4
  %2560 = insertelement <16 x float> poison, float %2559, i64 0
  %2561 = shufflevector <16 x float> %2560, <16 x float> poison, <16 x i32> zeroinitializer
  %2562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2561, <16 x float> %2533, <16 x float> %acc70.02458)
  %2563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2561, <16 x float> %2536, <16 x float> %acc71.02459)
  %2564 = or disjoint i64 %p9.addr.02468, 128
  %2565 = getelementptr inbounds float, ptr %OY, i64 %2564
  %2566 = load float, ptr %2565, align 4
  %2567 = insertelement <16 x float> poison, float %2566, i64 0
  %2568 = shufflevector <16 x float> %2567, <16 x float> poison, <16 x i32> zeroinitializer
  %2569 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2568, <16 x float> %2533, <16 x float> %acc72.02460)
  %2570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2568, <16 x float> %2536, <16 x float> %acc73.02461)
  %2571 = or disjoint i64 %p9.addr.02468, 160
  %2572 = getelementptr inbounds float, ptr %OY, i64 %2571
  %2573 = load float, ptr %2572, align 4
  %2574 = insertelement <16 x float> poison, float %2573, i64 0
  %2575 = shufflevector <16 x float> %2574, <16 x float> poison, <16 x i32> zeroinitializer
  %2576 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2575, <16 x float> %2533, <16 x float> %acc74.02462)
  %2577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2575, <16 x float> %2536, <16 x float> %acc75.02463)
  %2578 = or disjoint i64 %p9.addr.02468, 192
  %2579 = getelementptr inbounds float, ptr %OY, i64 %2578
  %2580 = load float, ptr %2579, align 4
  %2581 = insertelement <16 x float> poison, float %2580, i64 0
  %2582 = shufflevector <16 x float> %2581, <16 x float> poison, <16 x i32> zeroinitializer
  %2583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2533, <16 x float> %acc76.02464)
  %2584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2536, <16 x float> %acc77.02465)
  %2585 = or disjoint i64 %p9.addr.02468, 224
  %2586 = getelementptr inbounds float, ptr %OY, i64 %2585
  %2587 = load float, ptr %2586, align 4
  %2588 = insertelement <16 x float> poison, float %2587, i64 0
  %2589 = shufflevector <16 x float> %2588, <16 x float> poison, <16 x i32> zeroinitializer
  %2590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2589, <16 x float> %2533, <16 x float> %acc78.02466)
  %2591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2589, <16 x float> %2536, <16 x float> %acc79.02467)
  %p9.next = add nuw nsw i64 %p9.addr.02468, 1
  %exitcond2857.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2857.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2541, ptr %dQc, align 4
  store <16 x float> %2542, ptr %7, align 4
  store <16 x float> %2548, ptr %8, align 4
  store <16 x float> %2549, ptr %9, align 4
  store <16 x float> %2555, ptr %10, align 4
  store <16 x float> %2556, ptr %11, align 4
  store <16 x float> %2562, ptr %12, align 4
  store <16 x float> %2563, ptr %13, align 4
  store <16 x float> %2569, ptr %14, align 4
  store <16 x float> %2570, ptr %15, align 4
  store <16 x float> %2576, ptr %16, align 4
  store <16 x float> %2577, ptr %17, align 4
  store <16 x float> %2583, ptr %18, align 4
  store <16 x float> %2584, ptr %19, align 4
  store <16 x float> %2590, ptr %20, align 4
  store <16 x float> %2591, ptr %21, align 4
  br label %p10.body

p10.body:                                         ; preds = %p9.exit, %p10.body
  %p10.addr.02485 = phi i64 [ 0, %p9.exit ], [ %p10.next, %p10.body ]
  %acc95.02484 = phi <16 x float> [ %2591, %p9.exit ], [ %2645, %p10.body ]
  %acc94.02483 = phi <16 x float> [ %2590, %p9.exit ], [ %2644, %p10.body ]
  %acc93.02482 = phi <16 x float> [ %2584, %p9.exit ], [ %2639, %p10.body ]
  %acc92.02481 = phi <16 x float> [ %2583, %p9.exit ], [ %2638, %p10.body ]
  %acc91.02480 = phi <16 x float> [ %2577, %p9.exit ], [ %2633, %p10.body ]
  %acc90.02479 = phi <16 x float> [ %2576, %p9.exit ], [ %2632, %p10.body ]
  %acc89.02478 = phi <16 x float> [ %2570, %p9.exit ], [ %2627, %p10.body ]
  %acc88.02477 = phi <16 x float> [ %2569, %p9.exit ], [ %2626, %p10.body ]
  %acc87.02476 = phi <16 x float> [ %2563, %p9.exit ], [ %2621, %p10.body ]
  %acc86.02475 = phi <16 x float> [ %2562, %p9.exit ], [ %2620, %p10.body ]
  %acc85.02474 = phi <16 x float> [ %2556, %p9.exit ], [ %2615, %p10.body ]
  %acc84.02473 = phi <16 x float> [ %2555, %p9.exit ], [ %2614, %p10.body ]
  %acc83.02472 = phi <16 x float> [ %2549, %p9.exit ], [ %2609, %p10.body ]
  %acc82.02471 = phi <16 x float> [ %2548, %p9.exit ], [ %2608, %p10.body ]
  %acc81.02470 = phi <16 x float> [ %2542, %p9.exit ], [ %2603, %p10.body ]
  %acc80.02469 = phi <16 x float> [ %2541, %p9.exit ], [ %2602, %p10.body ]
  %.idx2293 = shl nuw nsw i64 %p10.addr.02485, 7
  %2592 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2293
  %2593 = getelementptr inbounds i8, ptr %2592, i64 9216
  %2594 = load <16 x float>, ptr %2593, align 4
  %2595 = getelementptr inbounds i8, ptr %2592, i64 9280
  %2596 = load <16 x float>, ptr %2595, align 4
  %.idx2294 = mul nuw nsw i64 %p10.addr.02485, 352
  %2597 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2294
  %2598 = getelementptr inbounds i8, ptr %2597, i64 256
  %2599 = load float, ptr %2598, align 4
  %2600 = insertelement <16 x float> poison, float %2599, i64 0
  %2601 = shufflevector <16 x float> %2600, <16 x float> poison, <16 x i32> zeroinitializer
  %2602 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2601, <16 x float> %2594, <16 x float> %acc80.02469)
  %2603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2601, <16 x float> %2596, <16 x float> %acc81.02470)
  %2604 = getelementptr inbounds i8, ptr %2597, i64 260
  %2605 = load float, ptr %2604, align 4
  %2606 = insertelement <16 x float> poison, float %2605, i64 0
  %2607 = shufflevector <16 x float> %2606, <16 x float> poison, <16 x i32> zeroinitializer
  %2608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2607, <16 x float> %2594, <16 x float> %acc82.02471)
  %2609 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2607, <16 x float> %2596, <16 x float> %acc83.02472)
  %2610 = getelementptr inbounds i8, ptr %2597, i64 264
  %2611 = load float, ptr %2610, align 4
  %2612 = insertelement <16 x float> poison, float %2611, i64 0
  %2613 = shufflevector <16 x float> %2612, <16 x float> poison, <16 x i32> zeroinitializer
  %2614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2594, <16 x float> %acc84.02473)
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2596, <16 x float> %acc85.02474)
  %2616 = getelementptr inbounds i8, ptr %2597, i64 268
  %2617 = load float, ptr %2616, align 4
  %2618 = insertelement <16 x float> poison, float %2617, i64 0
  %2619 = shufflevector <16 x float> %2618, <16 x float> poison, <16 x i32> zeroinitializer
  %2620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2594, <16 x float> %acc86.02475)
  %2621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2596, <16 x float> %acc87.02476)
  %2622 = getelementptr inbounds i8, ptr %2597, i64 272
  %2623 = load float, ptr %2622, align 4
  %2624 = insertelement <16 x float> poison, float %2623, i64 0
  %2625 = shufflevector <16 x float> %2624, <16 x float> poison, <16 x i32> zeroinitializer
  %2626 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2625, <16 x float> %2594, <16 x float> %acc88.02477)
  %2627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2625, <16 x float> %2596, <16 x float> %acc89.02478)
  %2628 = getelementptr inbounds i8, ptr %2597, i64 276
  %2629 = load float, ptr %2628, align 4
  %2630 = insertelement <16 x float> poison, float %2629, i64 0
  %2631 = shufflevector <16 x float> %2630, <16 x float> poison, <16 x i32> zeroinitializer
  %2632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2631, <16 x float> %2594, <16 x float> %acc90.02479)
  %2633 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2631, <16 x float> %2596, <16 x float> %acc91.02480)
  %2634 = getelementptr inbounds i8, ptr %2597, i64 280
  %2635 = load float, ptr %2634, align 4
  %2636 = insertelement <16 x float> poison, float %2635, i64 0
  %2637 = shufflevector <16 x float> %2636, <16 x float> poison, <16 x i32> zeroinitializer
  %2638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2594, <16 x float> %acc92.02481)
  %2639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2596, <16 x float> %acc93.02482)
  %2640 = getelementptr inbounds i8, ptr %2597, i64 284
  %2641 = load float, ptr %2640, align 4
  %2642 = insertelement <16 x float> poison, float %2641, i64 0
  %2643 = shufflevector <16 x float> %2642, <16 x float> poison, <16 x i32> zeroinitializer
  %2644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2594, <16 x float> %acc94.02483)
  %2645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2596, <16 x float> %acc95.02484)
  %p10.next = add nuw nsw i64 %p10.addr.02485, 1
  %exitcond2858.not = icmp eq i64 %p10.next, 16
  br i1 %exitcond2858.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2646 = icmp sgt i64 %535, 0
  br i1 %2646, label %endif1106, label %endif1162

endif1106:                                        ; preds = %p10.exit
  %2647 = fmul <16 x float> %2602, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %.idx2236 = shl nsw i64 %ci, 10
  %2648 = getelementptr inbounds i8, ptr %gep2606, i64 %.idx2236
  store <16 x float> %2647, ptr %2648, align 4
  %2649 = fmul <16 x float> %2603, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2650 = shl i64 %ci, 8
  %2651 = or disjoint i64 %2650, 16
  %2652 = getelementptr inbounds float, ptr %gep2606, i64 %2651
  store <16 x float> %2649, ptr %2652, align 4
  %.not2284 = icmp eq i64 %535, 1
  br i1 %.not2284, label %endif1162, label %endif1114

endif1114:                                        ; preds = %endif1106
  %2653 = fmul <16 x float> %2608, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2654 = or disjoint i64 %2650, 32
  %2655 = getelementptr inbounds float, ptr %gep2606, i64 %2654
  store <16 x float> %2653, ptr %2655, align 4
  %2656 = fmul <16 x float> %2609, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2657 = or disjoint i64 %2650, 48
  %2658 = getelementptr inbounds float, ptr %gep2606, i64 %2657
  store <16 x float> %2656, ptr %2658, align 4
  %2659 = icmp ugt i64 %535, 2
  br i1 %2659, label %endif1122, label %endif1162

endif1122:                                        ; preds = %endif1114
  %2660 = fmul <16 x float> %2614, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2661 = or disjoint i64 %2650, 64
  %2662 = getelementptr inbounds float, ptr %gep2606, i64 %2661
  store <16 x float> %2660, ptr %2662, align 4
  %2663 = fmul <16 x float> %2615, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2664 = or disjoint i64 %2650, 80
  %2665 = getelementptr inbounds float, ptr %gep2606, i64 %2664
  store <16 x float> %2663, ptr %2665, align 4
  %.not2285 = icmp eq i64 %535, 3
  br i1 %.not2285, label %endif1162, label %endif1130

endif1130:                                        ; preds = %endif1122
  %2666 = fmul <16 x float> %2620, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2667 = or disjoint i64 %2650, 96
  %2668 = getelementptr inbounds float, ptr %gep2606, i64 %2667
  store <16 x float> %2666, ptr %2668, align 4
  %2669 = fmul <16 x float> %2621, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2670 = or disjoint i64 %2650, 112
  %2671 = getelementptr inbounds float, ptr %gep2606, i64 %2670
  store <16 x float> %2669, ptr %2671, align 4
  %2672 = icmp ugt i64 %535, 4
  br i1 %2672, label %endif1138, label %endif1162

endif1138:                                        ; preds = %endif1130
  %2673 = fmul <16 x float> %2626, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2674 = or disjoint i64 %2650, 128
  %2675 = getelementptr inbounds float, ptr %gep2606, i64 %2674
  store <16 x float> %2673, ptr %2675, align 4
  %2676 = fmul <16 x float> %2627, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2677 = or disjoint i64 %2650, 144
  %2678 = getelementptr inbounds float, ptr %gep2606, i64 %2677
  store <16 x float> %2676, ptr %2678, align 4
  %.not2286 = icmp eq i64 %535, 5
  br i1 %.not2286, label %endif1162, label %endif1146

endif1146:                                        ; preds = %endif1138
  %2679 = fmul <16 x float> %2632, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2680 = or disjoint i64 %2650, 160
  %2681 = getelementptr inbounds float, ptr %gep2606, i64 %2680
  store <16 x float> %2679, ptr %2681, align 4
  %2682 = fmul <16 x float> %2633, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2683 = or disjoint i64 %2650, 176
  %2684 = getelementptr inbounds float, ptr %gep2606, i64 %2683
  store <16 x float> %2682, ptr %2684, align 4
  %2685 = icmp ugt i64 %535, 6
  br i1 %2685, label %endif1154, label %endif1162

endif1154:                                        ; preds = %endif1146
  %2686 = fmul <16 x float> %2638, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2687 = or disjoint i64 %2650, 192
  %2688 = getelementptr inbounds float, ptr %gep2606, i64 %2687
  store <16 x float> %2686, ptr %2688, align 4
  %2689 = fmul <16 x float> %2639, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2690 = or disjoint i64 %2650, 208
  %2691 = getelementptr inbounds float, ptr %gep2606, i64 %2690
  store <16 x float> %2689, ptr %2691, align 4
  %.not2287 = icmp eq i64 %535, 7
  br i1 %.not2287, label %endif1162, label %then1156

then1156:                                         ; preds = %endif1154
  %2692 = fmul <16 x float> %2644, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2693 = or disjoint i64 %2650, 224
  %2694 = getelementptr inbounds float, ptr %gep2606, i64 %2693
  store <16 x float> %2692, ptr %2694, align 4
  %2695 = fmul <16 x float> %2645, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2696 = or disjoint i64 %2650, 240
  %2697 = getelementptr inbounds float, ptr %gep2606, i64 %2696
  store <16 x float> %2695, ptr %2697, align 4
  br label %endif1162

endif1162:                                        ; preds = %p10.exit, %endif1106, %endif1114, %endif1122, %endif1130, %endif1138, %endif1146, %endif1154, %then1156
  store <16 x float> zeroinitializer, ptr %dbet, align 4
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  br i1 %2646, label %t5.body, label %i48.body.preheader

ib1.body:                                         ; preds = %endif1162, %j30.exit
  %ib1.addr.02503 = phi i64 [ 0, %endif1162 ], [ %ib1.next, %j30.exit ]
  %2698 = shl nuw nsw i64 %ib1.addr.02503, 2
  %i01 = sub nuw nsw i64 12, %2698
  %2699 = shl nuw nsw i64 %i01, 5
  %2700 = getelementptr inbounds float, ptr %OY, i64 %2699
  %2701 = getelementptr inbounds i8, ptr %2700, i64 1024
  %2702 = load <16 x float>, ptr %2701, align 4
  %2703 = getelementptr inbounds i8, ptr %2700, i64 1088
  %2704 = load <16 x float>, ptr %2703, align 4
  %2705 = sub nuw nsw i64 13, %2698
  %2706 = shl nuw nsw i64 %2705, 5
  %2707 = getelementptr inbounds float, ptr %OY, i64 %2706
  %2708 = getelementptr inbounds i8, ptr %2707, i64 1024
  %2709 = load <16 x float>, ptr %2708, align 4
  %2710 = getelementptr inbounds i8, ptr %2707, i64 1088
  %2711 = load <16 x float>, ptr %2710, align 4
  %2712 = sub nuw nsw i64 14, %2698
  %2713 = shl nuw nsw i64 %2712, 5
  %2714 = getelementptr inbounds float, ptr %OY, i64 %2713
  %2715 = getelementptr inbounds i8, ptr %2714, i64 1024
  %2716 = load <16 x float>, ptr %2715, align 4
  %2717 = getelementptr inbounds i8, ptr %2714, i64 1088
  %2718 = load <16 x float>, ptr %2717, align 4
  %2719 = sub nuw nsw i64 15, %2698
  %2720 = shl nuw nsw i64 %2719, 5
  %2721 = getelementptr inbounds float, ptr %OY, i64 %2720
  %2722 = getelementptr inbounds i8, ptr %2721, i64 1024
  %2723 = load <16 x float>, ptr %2722, align 4
  %2724 = getelementptr inbounds i8, ptr %2721, i64 1088
  %2725 = load <16 x float>, ptr %2724, align 4
  %.not2648 = icmp eq i64 %ib1.addr.02503, 0
  br i1 %.not2648, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2726 = sub nuw nsw i64 16, %2698
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02494 = phi i64 [ %j30.next, %j30.body ], [ %2726, %j30.body.preheader ]
  %acc103.02493 = phi <16 x float> [ %2764, %j30.body ], [ %2725, %j30.body.preheader ]
  %acc102.02492 = phi <16 x float> [ %2763, %j30.body ], [ %2723, %j30.body.preheader ]
  %acc101.02491 = phi <16 x float> [ %2756, %j30.body ], [ %2718, %j30.body.preheader ]
  %acc100.02490 = phi <16 x float> [ %2755, %j30.body ], [ %2716, %j30.body.preheader ]
  %acc99.02489 = phi <16 x float> [ %2748, %j30.body ], [ %2711, %j30.body.preheader ]
  %acc98.02488 = phi <16 x float> [ %2747, %j30.body ], [ %2709, %j30.body.preheader ]
  %acc97.02487 = phi <16 x float> [ %2740, %j30.body ], [ %2704, %j30.body.preheader ]
  %acc96.02486 = phi <16 x float> [ %2739, %j30.body ], [ %2702, %j30.body.preheader ]
  %.idx2292 = shl nuw nsw i64 %j30.addr.02494, 7
  %2727 = getelementptr inbounds i8, ptr %OY, i64 %.idx2292
  %2728 = getelementptr inbounds i8, ptr %2727, i64 1024
  %2729 = load <16 x float>, ptr %2728, align 4
  %2730 = getelementptr inbounds i8, ptr %2727, i64 1088
  %2731 = load <16 x float>, ptr %2730, align 4
  %2732 = shl nuw nsw i64 %j30.addr.02494, 4
  %2733 = or disjoint i64 %2732, %i01
  %2734 = getelementptr inbounds float, ptr %Gm, i64 %2733
  %2735 = load float, ptr %2734, align 4
  %2736 = fneg float %2735
  %2737 = insertelement <16 x float> poison, float %2736, i64 0
  %2738 = shufflevector <16 x float> %2737, <16 x float> poison, <16 x i32> zeroinitializer
  %2739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2738, <16 x float> %2729, <16 x float> %acc96.02486)
  %2740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2738, <16 x float> %2731, <16 x float> %acc97.02487)
  %2741 = or disjoint i64 %2732, %2705
  %2742 = getelementptr inbounds float, ptr %Gm, i64 %2741
  %2743 = load float, ptr %2742, align 4
  %2744 = fneg float %2743
  %2745 = insertelement <16 x float> poison, float %2744, i64 0
  %2746 = shufflevector <16 x float> %2745, <16 x float> poison, <16 x i32> zeroinitializer
  %2747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2746, <16 x float> %2729, <16 x float> %acc98.02488)
  %2748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2746, <16 x float> %2731, <16 x float> %acc99.02489)
  %2749 = or disjoint i64 %2732, %2712
  %2750 = getelementptr inbounds float, ptr %Gm, i64 %2749
  %2751 = load float, ptr %2750, align 4
  %2752 = fneg float %2751
  %2753 = insertelement <16 x float> poison, float %2752, i64 0
  %2754 = shufflevector <16 x float> %2753, <16 x float> poison, <16 x i32> zeroinitializer
  %2755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2754, <16 x float> %2729, <16 x float> %acc100.02490)
  %2756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2754, <16 x float> %2731, <16 x float> %acc101.02491)
  %2757 = or disjoint i64 %2732, %2719
  %2758 = getelementptr inbounds float, ptr %Gm, i64 %2757
  %2759 = load float, ptr %2758, align 4
  %2760 = fneg float %2759
  %2761 = insertelement <16 x float> poison, float %2760, i64 0
  %2762 = shufflevector <16 x float> %2761, <16 x float> poison, <16 x i32> zeroinitializer
  %2763 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2762, <16 x float> %2729, <16 x float> %acc102.02492)
  %2764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2762, <16 x float> %2731, <16 x float> %acc103.02493)
  %j30.next = add nuw nsw i64 %j30.addr.02494, 1
  %2765 = icmp ult i64 %j30.addr.02494, 15
  br i1 %2765, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2702, %ib1.body ], [ %2739, %j30.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2704, %ib1.body ], [ %2740, %j30.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2709, %ib1.body ], [ %2747, %j30.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2711, %ib1.body ], [ %2748, %j30.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2716, %ib1.body ], [ %2755, %j30.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2718, %ib1.body ], [ %2756, %j30.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2723, %ib1.body ], [ %2763, %j30.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2725, %ib1.body ], [ %2764, %j30.body ]
  %2766 = getelementptr inbounds float, ptr %Rr, i64 %2720
  %2767 = load <16 x float>, ptr %2766, align 4
  %2768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2767, <16 x float> zeroinitializer)
  %2769 = or disjoint i64 %2720, 16
  %2770 = getelementptr inbounds float, ptr %Rr, i64 %2769
  %2771 = load <16 x float>, ptr %2770, align 4
  %2772 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2771, <16 x float> %2768)
  %2773 = shufflevector <16 x float> %2772, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2774 = shufflevector <16 x float> %2772, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2775 = fadd <8 x float> %2773, %2774
  %2776 = shufflevector <8 x float> %2775, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2777 = shufflevector <8 x float> %2775, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2778 = fadd <4 x float> %2776, %2777
  %2779 = shufflevector <4 x float> %2778, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2780 = shufflevector <4 x float> %2778, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2781 = fadd <2 x float> %2779, %2780
  %2782 = shufflevector <2 x float> %2781, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2783 = shufflevector <2 x float> %2781, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2784 = getelementptr inbounds float, ptr %bet, i64 %2719
  %2785 = load float, ptr %2784, align 4
  %2786 = insertelement <16 x float> poison, float %2785, i64 0
  %2787 = shufflevector <16 x float> %2786, <16 x float> poison, <16 x i32> zeroinitializer
  %2788 = fmul <16 x float> %acc102.0.lcssa, %2787
  store <16 x float> %2788, ptr %2722, align 4
  %2789 = fneg <16 x float> %2788
  %.idx2288 = mul nuw nsw i64 %2719, 352
  %2790 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2288
  %2791 = getelementptr inbounds i8, ptr %2790, i64 128
  store <16 x float> %2789, ptr %2791, align 4
  %2792 = fmul <16 x float> %acc103.0.lcssa, %2787
  store <16 x float> %2792, ptr %2724, align 4
  %2793 = fneg <16 x float> %2792
  %2794 = getelementptr inbounds i8, ptr %2790, i64 192
  store <16 x float> %2793, ptr %2794, align 4
  %2795 = shl nuw nsw i64 %2719, 4
  %2796 = or disjoint i64 %2795, %2712
  %2797 = getelementptr inbounds float, ptr %Gm, i64 %2796
  %2798 = load float, ptr %2797, align 4
  %2799 = fneg float %2798
  %2800 = insertelement <16 x float> poison, float %2799, i64 0
  %2801 = shufflevector <16 x float> %2800, <16 x float> poison, <16 x i32> zeroinitializer
  %2802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2788, <16 x float> %acc100.0.lcssa)
  %2803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2792, <16 x float> %acc101.0.lcssa)
  %2804 = getelementptr inbounds float, ptr %Rr, i64 %2713
  %2805 = load <16 x float>, ptr %2804, align 4
  %2806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2802, <16 x float> %2805, <16 x float> zeroinitializer)
  %2807 = or disjoint i64 %2713, 16
  %2808 = getelementptr inbounds float, ptr %Rr, i64 %2807
  %2809 = load <16 x float>, ptr %2808, align 4
  %2810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2803, <16 x float> %2809, <16 x float> %2806)
  %2811 = shufflevector <16 x float> %2810, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2812 = shufflevector <16 x float> %2810, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2813 = fadd <8 x float> %2811, %2812
  %2814 = shufflevector <8 x float> %2813, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2815 = shufflevector <8 x float> %2813, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2816 = fadd <4 x float> %2814, %2815
  %2817 = shufflevector <4 x float> %2816, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2818 = shufflevector <4 x float> %2816, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2819 = fadd <2 x float> %2817, %2818
  %2820 = shufflevector <2 x float> %2819, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2821 = shufflevector <2 x float> %2819, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2822 = getelementptr inbounds float, ptr %bet, i64 %2712
  %2823 = load float, ptr %2822, align 4
  %2824 = insertelement <16 x float> poison, float %2823, i64 0
  %2825 = shufflevector <16 x float> %2824, <16 x float> poison, <16 x i32> zeroinitializer
  %2826 = fmul <16 x float> %2802, %2825
  store <16 x float> %2826, ptr %2715, align 4
  %2827 = fneg <16 x float> %2826
  %.idx2289 = mul nuw nsw i64 %2712, 352
  %2828 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2289
  %2829 = getelementptr inbounds i8, ptr %2828, i64 128
  store <16 x float> %2827, ptr %2829, align 4
  %2830 = fmul <16 x float> %2803, %2825
  store <16 x float> %2830, ptr %2717, align 4
  %2831 = fneg <16 x float> %2830
  %2832 = getelementptr inbounds i8, ptr %2828, i64 192
  store <16 x float> %2831, ptr %2832, align 4
  %2833 = shl nuw nsw i64 %2712, 4
  %2834 = or disjoint i64 %2833, %2705
  %2835 = getelementptr inbounds float, ptr %Gm, i64 %2834
  %2836 = load float, ptr %2835, align 4
  %2837 = fneg float %2836
  %2838 = insertelement <16 x float> poison, float %2837, i64 0
  %2839 = shufflevector <16 x float> %2838, <16 x float> poison, <16 x i32> zeroinitializer
  %2840 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2839, <16 x float> %2826, <16 x float> %acc98.0.lcssa)
  %2841 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2839, <16 x float> %2830, <16 x float> %acc99.0.lcssa)
  %2842 = or disjoint i64 %2795, %2705
  %2843 = getelementptr inbounds float, ptr %Gm, i64 %2842
  %2844 = load float, ptr %2843, align 4
  %2845 = fneg float %2844
  %2846 = insertelement <16 x float> poison, float %2845, i64 0
  %2847 = shufflevector <16 x float> %2846, <16 x float> poison, <16 x i32> zeroinitializer
  %2848 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2847, <16 x float> %2788, <16 x float> %2840)
  %2849 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2847, <16 x float> %2792, <16 x float> %2841)
  %2850 = getelementptr inbounds float, ptr %Rr, i64 %2706
  %2851 = load <16 x float>, ptr %2850, align 4
  %2852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2848, <16 x float> %2851, <16 x float> zeroinitializer)
  %2853 = or disjoint i64 %2706, 16
  %2854 = getelementptr inbounds float, ptr %Rr, i64 %2853
  %2855 = load <16 x float>, ptr %2854, align 4
  %2856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2855, <16 x float> %2852)
  %2857 = shufflevector <16 x float> %2856, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2858 = shufflevector <16 x float> %2856, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2859 = fadd <8 x float> %2857, %2858
  %2860 = shufflevector <8 x float> %2859, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2861 = shufflevector <8 x float> %2859, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2862 = fadd <4 x float> %2860, %2861
  %2863 = shufflevector <4 x float> %2862, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2864 = shufflevector <4 x float> %2862, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2865 = fadd <2 x float> %2863, %2864
  %2866 = getelementptr inbounds float, ptr %bet, i64 %2705
  %2867 = load float, ptr %2866, align 4
  %2868 = insertelement <16 x float> poison, float %2867, i64 0
  %2869 = shufflevector <16 x float> %2868, <16 x float> poison, <16 x i32> zeroinitializer
  %2870 = fmul <16 x float> %2848, %2869
  store <16 x float> %2870, ptr %2708, align 4
  %2871 = fneg <16 x float> %2870
  %.idx2290 = mul nuw nsw i64 %2705, 352
  %2872 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2290
  %2873 = getelementptr inbounds i8, ptr %2872, i64 128
  store <16 x float> %2871, ptr %2873, align 4
  %2874 = fmul <16 x float> %2849, %2869
  store <16 x float> %2874, ptr %2710, align 4
  %2875 = fneg <16 x float> %2874
  %2876 = getelementptr inbounds i8, ptr %2872, i64 192
  store <16 x float> %2875, ptr %2876, align 4
  %2877 = shl nuw nsw i64 %2705, 4
  %2878 = or disjoint i64 %2877, %i01
  %2879 = getelementptr inbounds float, ptr %Gm, i64 %2878
  %2880 = load float, ptr %2879, align 4
  %2881 = fneg float %2880
  %2882 = insertelement <16 x float> poison, float %2881, i64 0
  %2883 = shufflevector <16 x float> %2882, <16 x float> poison, <16 x i32> zeroinitializer
  %2884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2883, <16 x float> %2870, <16 x float> %acc96.0.lcssa)
  %2885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2883, <16 x float> %2874, <16 x float> %acc97.0.lcssa)
  %2886 = or disjoint i64 %2833, %i01
  %2887 = getelementptr inbounds float, ptr %Gm, i64 %2886
  %2888 = load float, ptr %2887, align 4
  %2889 = fneg float %2888
  %2890 = insertelement <16 x float> poison, float %2889, i64 0
  %2891 = shufflevector <16 x float> %2890, <16 x float> poison, <16 x i32> zeroinitializer
  %2892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2891, <16 x float> %2826, <16 x float> %2884)
  %2893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2891, <16 x float> %2830, <16 x float> %2885)
  %2894 = or disjoint i64 %2795, %i01
  %2895 = getelementptr inbounds float, ptr %Gm, i64 %2894
  %2896 = load float, ptr %2895, align 4
  %2897 = fneg float %2896
  %2898 = insertelement <16 x float> poison, float %2897, i64 0
  %2899 = shufflevector <16 x float> %2898, <16 x float> poison, <16 x i32> zeroinitializer
  %2900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2899, <16 x float> %2788, <16 x float> %2892)
  %2901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2899, <16 x float> %2792, <16 x float> %2893)
  %2902 = getelementptr inbounds float, ptr %Rr, i64 %2699
  %2903 = load <16 x float>, ptr %2902, align 4
  %2904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2900, <16 x float> %2903, <16 x float> zeroinitializer)
  %2905 = or disjoint i64 %2699, 16
  %2906 = getelementptr inbounds float, ptr %Rr, i64 %2905
  %2907 = load <16 x float>, ptr %2906, align 4
  %2908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2901, <16 x float> %2907, <16 x float> %2904)
  %2909 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2910 = shufflevector <16 x float> %2908, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2911 = shufflevector <16 x float> %2908, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2912 = fadd <8 x float> %2910, %2911
  %2913 = shufflevector <8 x float> %2912, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2914 = shufflevector <8 x float> %2912, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2915 = fadd <4 x float> %2913, %2914
  %2916 = shufflevector <4 x float> %2915, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2917 = shufflevector <4 x float> %2915, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2918 = fadd <2 x float> %2916, %2917
  %2919 = load <4 x float>, ptr %2909, align 4
  %2920 = shufflevector <2 x float> %2918, <2 x float> %2865, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2921 = shufflevector <4 x float> %2920, <4 x float> %2821, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2922 = shufflevector <4 x float> %2921, <4 x float> %2783, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2923 = shufflevector <2 x float> %2918, <2 x float> %2865, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2924 = shufflevector <4 x float> %2923, <4 x float> %2820, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2925 = shufflevector <4 x float> %2924, <4 x float> %2782, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2926 = fadd <4 x float> %2922, %2925
  %2927 = fadd <4 x float> %2919, %2926
  store <4 x float> %2927, ptr %2909, align 4
  %2928 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2929 = load float, ptr %2928, align 4
  %2930 = insertelement <16 x float> poison, float %2929, i64 0
  %2931 = shufflevector <16 x float> %2930, <16 x float> poison, <16 x i32> zeroinitializer
  %2932 = fmul <16 x float> %2900, %2931
  store <16 x float> %2932, ptr %2701, align 4
  %2933 = fneg <16 x float> %2932
  %.idx2291 = mul nuw nsw i64 %i01, 352
  %2934 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2291
  %2935 = getelementptr inbounds i8, ptr %2934, i64 128
  store <16 x float> %2933, ptr %2935, align 4
  %2936 = fmul <16 x float> %2901, %2931
  store <16 x float> %2936, ptr %2703, align 4
  %2937 = fneg <16 x float> %2936
  %2938 = getelementptr inbounds i8, ptr %2934, i64 192
  store <16 x float> %2937, ptr %2938, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02503, 1
  %exitcond2859.not = icmp eq i64 %ib1.next, 4
  br i1 %exitcond2859.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.head.preheader
  %2939 = load <16 x float>, ptr %invariant.gep3112, align 4
  %.idx2650 = shl i64 %ci, 11
  %2940 = getelementptr i8, ptr %dav, i64 %.idx2650
  store <16 x float> %2939, ptr %2940, align 4
  %2941 = load <16 x float>, ptr %invariant.gep3114, align 4
  %2942 = getelementptr i8, ptr %370, i64 %.idx2650
  store <16 x float> %2941, ptr %2942, align 4
  %tau2 = shl nsw i64 %ci, 4
  %2943 = load float, ptr %dbet, align 4
  %2944 = mul nsw i64 %tau2, %H
  %2945 = getelementptr inbounds float, ptr %betah1, i64 %2944
  store float %2943, ptr %2945, align 4
  %tau3 = or disjoint i64 %tau2, 1
  %2946 = load <16 x float>, ptr %gep3117, align 4
  %.idx2652 = shl i64 %tau3, 7
  %2947 = getelementptr i8, ptr %dav, i64 %.idx2652
  store <16 x float> %2946, ptr %2947, align 4
  %2948 = load <16 x float>, ptr %gep3119, align 4
  %2949 = getelementptr i8, ptr %370, i64 %.idx2652
  store <16 x float> %2948, ptr %2949, align 4
  %2950 = load float, ptr %387, align 4
  %2951 = mul nsw i64 %tau3, %H
  %2952 = getelementptr inbounds float, ptr %betah1, i64 %2951
  store float %2950, ptr %2952, align 4
  %exitcond2866.not = icmp slt i64 %indvars.iv2864, 2
  br i1 %exitcond2866.not, label %i48.body.preheader, label %t5.body.1

t5.body.1:                                        ; preds = %t5.body
  %2953 = or disjoint i64 %t0, 1
  %2954 = load <16 x float>, ptr %gep3113.1, align 4
  %.idx2650.1 = shl i64 %2953, 8
  %2955 = getelementptr i8, ptr %dav, i64 %.idx2650.1
  store <16 x float> %2954, ptr %2955, align 4
  %2956 = load <16 x float>, ptr %gep3115.1, align 4
  %2957 = getelementptr i8, ptr %370, i64 %.idx2650.1
  store <16 x float> %2956, ptr %2957, align 4
  %tau2.1 = shl nsw i64 %2953, 1
  %2958 = load float, ptr %388, align 4
  %2959 = mul nsw i64 %tau2.1, %H
  %2960 = getelementptr inbounds float, ptr %betah1, i64 %2959
  store float %2958, ptr %2960, align 4
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %2961 = load <16 x float>, ptr %gep3117.1, align 4
  %.idx2652.1 = shl i64 %tau3.1, 7
  %2962 = getelementptr i8, ptr %dav, i64 %.idx2652.1
  store <16 x float> %2961, ptr %2962, align 4
  %2963 = load <16 x float>, ptr %gep3119.1, align 4
  %2964 = getelementptr i8, ptr %370, i64 %.idx2652.1
  store <16 x float> %2963, ptr %2964, align 4
  %2965 = load float, ptr %389, align 4
  %2966 = mul nsw i64 %tau3.1, %H
  %2967 = getelementptr inbounds float, ptr %betah1, i64 %2966
  store float %2965, ptr %2967, align 4
  %exitcond2866.not.1 = icmp eq i64 %indvars.iv2864, 2
  br i1 %exitcond2866.not.1, label %i48.body.preheader, label %t5.body.2

t5.body.2:                                        ; preds = %t5.body.1
  %2968 = or disjoint i64 %t0, 2
  %2969 = load <16 x float>, ptr %gep3113.2, align 4
  %.idx2650.2 = shl i64 %2968, 8
  %2970 = getelementptr i8, ptr %dav, i64 %.idx2650.2
  store <16 x float> %2969, ptr %2970, align 4
  %2971 = load <16 x float>, ptr %gep3115.2, align 4
  %2972 = getelementptr i8, ptr %370, i64 %.idx2650.2
  store <16 x float> %2971, ptr %2972, align 4
  %tau2.2 = shl nsw i64 %2968, 1
  %2973 = load float, ptr %390, align 4
  %2974 = mul nsw i64 %tau2.2, %H
  %2975 = getelementptr inbounds float, ptr %betah1, i64 %2974
  store float %2973, ptr %2975, align 4
  %tau3.2 = or disjoint i64 %tau2.2, 1
  %2976 = load <16 x float>, ptr %gep3117.2, align 4
  %.idx2652.2 = shl i64 %tau3.2, 7
  %2977 = getelementptr i8, ptr %dav, i64 %.idx2652.2
  store <16 x float> %2976, ptr %2977, align 4
  %2978 = load <16 x float>, ptr %gep3119.2, align 4
  %2979 = getelementptr i8, ptr %370, i64 %.idx2652.2
  store <16 x float> %2978, ptr %2979, align 4
  %2980 = load float, ptr %391, align 4
  %2981 = mul nsw i64 %tau3.2, %H
  %2982 = getelementptr inbounds float, ptr %betah1, i64 %2981
  store float %2980, ptr %2982, align 4
  %exitcond2866.not.2 = icmp eq i64 %indvars.iv2864, 3
  br i1 %exitcond2866.not.2, label %i48.body.preheader, label %t5.body.3

t5.body.3:                                        ; preds = %t5.body.2
  %2983 = or disjoint i64 %t0, 3
  %2984 = load <16 x float>, ptr %gep3113.3, align 4
  %.idx2650.3 = shl i64 %2983, 8
  %2985 = getelementptr i8, ptr %dav, i64 %.idx2650.3
  store <16 x float> %2984, ptr %2985, align 4
  %2986 = load <16 x float>, ptr %gep3115.3, align 4
  %2987 = getelementptr i8, ptr %370, i64 %.idx2650.3
  store <16 x float> %2986, ptr %2987, align 4
  %tau2.3 = shl nsw i64 %2983, 1
  %2988 = load float, ptr %392, align 4
  %2989 = mul nsw i64 %tau2.3, %H
  %2990 = getelementptr inbounds float, ptr %betah1, i64 %2989
  store float %2988, ptr %2990, align 4
  %tau3.3 = or disjoint i64 %tau2.3, 1
  %2991 = load <16 x float>, ptr %gep3117.3, align 4
  %.idx2652.3 = shl i64 %tau3.3, 7
  %2992 = getelementptr i8, ptr %dav, i64 %.idx2652.3
  store <16 x float> %2991, ptr %2992, align 4
  %2993 = load <16 x float>, ptr %gep3119.3, align 4
  %2994 = getelementptr i8, ptr %370, i64 %.idx2652.3
  store <16 x float> %2993, ptr %2994, align 4
  %2995 = load float, ptr %393, align 4
  %2996 = mul nsw i64 %tau3.3, %H
  %2997 = getelementptr inbounds float, ptr %betah1, i64 %2996
  store float %2995, ptr %2997, align 4
  %exitcond2866.not.3 = icmp eq i64 %indvars.iv2864, 4
  br i1 %exitcond2866.not.3, label %i48.body.preheader, label %t5.body.4

t5.body.4:                                        ; preds = %t5.body.3
  %2998 = or disjoint i64 %t0, 4
  %2999 = load <16 x float>, ptr %gep3113.4, align 4
  %.idx2650.4 = shl i64 %2998, 8
  %3000 = getelementptr i8, ptr %dav, i64 %.idx2650.4
  store <16 x float> %2999, ptr %3000, align 4
  %3001 = load <16 x float>, ptr %gep3115.4, align 4
  %3002 = getelementptr i8, ptr %370, i64 %.idx2650.4
  store <16 x float> %3001, ptr %3002, align 4
  %tau2.4 = shl nsw i64 %2998, 1
  %3003 = load float, ptr %394, align 4
  %3004 = mul nsw i64 %tau2.4, %H
  %3005 = getelementptr inbounds float, ptr %betah1, i64 %3004
  store float %3003, ptr %3005, align 4
  %tau3.4 = or disjoint i64 %tau2.4, 1
  %3006 = load <16 x float>, ptr %gep3117.4, align 4
  %.idx2652.4 = shl i64 %tau3.4, 7
  %3007 = getelementptr i8, ptr %dav, i64 %.idx2652.4
  store <16 x float> %3006, ptr %3007, align 4
  %3008 = load <16 x float>, ptr %gep3119.4, align 4
  %3009 = getelementptr i8, ptr %370, i64 %.idx2652.4
  store <16 x float> %3008, ptr %3009, align 4
  %3010 = load float, ptr %395, align 4
  %3011 = mul nsw i64 %tau3.4, %H
  %3012 = getelementptr inbounds float, ptr %betah1, i64 %3011
  store float %3010, ptr %3012, align 4
  %exitcond2866.not.4 = icmp eq i64 %indvars.iv2864, 5
  br i1 %exitcond2866.not.4, label %i48.body.preheader, label %t5.body.5

t5.body.5:                                        ; preds = %t5.body.4
  %3013 = or disjoint i64 %t0, 5
  %3014 = load <16 x float>, ptr %gep3113.5, align 4
  %.idx2650.5 = shl i64 %3013, 8
  %3015 = getelementptr i8, ptr %dav, i64 %.idx2650.5
  store <16 x float> %3014, ptr %3015, align 4
  %3016 = load <16 x float>, ptr %gep3115.5, align 4
  %3017 = getelementptr i8, ptr %370, i64 %.idx2650.5
  store <16 x float> %3016, ptr %3017, align 4
  %tau2.5 = shl nsw i64 %3013, 1
  %3018 = load float, ptr %396, align 4
  %3019 = mul nsw i64 %tau2.5, %H
  %3020 = getelementptr inbounds float, ptr %betah1, i64 %3019
  store float %3018, ptr %3020, align 4
  %tau3.5 = or disjoint i64 %tau2.5, 1
  %3021 = load <16 x float>, ptr %gep3117.5, align 4
  %.idx2652.5 = shl i64 %tau3.5, 7
  %3022 = getelementptr i8, ptr %dav, i64 %.idx2652.5
  store <16 x float> %3021, ptr %3022, align 4
  %3023 = load <16 x float>, ptr %gep3119.5, align 4
  %3024 = getelementptr i8, ptr %370, i64 %.idx2652.5
  store <16 x float> %3023, ptr %3024, align 4
  %3025 = load float, ptr %397, align 4
  %3026 = mul nsw i64 %tau3.5, %H
  %3027 = getelementptr inbounds float, ptr %betah1, i64 %3026
  store float %3025, ptr %3027, align 4
  %exitcond2866.not.5 = icmp eq i64 %indvars.iv2864, 6
  br i1 %exitcond2866.not.5, label %i48.body.preheader, label %t5.body.6

t5.body.6:                                        ; preds = %t5.body.5
  %3028 = or disjoint i64 %t0, 6
  %3029 = load <16 x float>, ptr %gep3113.6, align 4
  %.idx2650.6 = shl i64 %3028, 8
  %3030 = getelementptr i8, ptr %dav, i64 %.idx2650.6
  store <16 x float> %3029, ptr %3030, align 4
  %3031 = load <16 x float>, ptr %gep3115.6, align 4
  %3032 = getelementptr i8, ptr %370, i64 %.idx2650.6
  store <16 x float> %3031, ptr %3032, align 4
  %tau2.6 = shl nsw i64 %3028, 1
  %3033 = load float, ptr %398, align 4
  %3034 = mul nsw i64 %tau2.6, %H
  %3035 = getelementptr inbounds float, ptr %betah1, i64 %3034
  store float %3033, ptr %3035, align 4
  %tau3.6 = or disjoint i64 %tau2.6, 1
  %3036 = load <16 x float>, ptr %gep3117.6, align 4
  %.idx2652.6 = shl i64 %tau3.6, 7
  %3037 = getelementptr i8, ptr %dav, i64 %.idx2652.6
  store <16 x float> %3036, ptr %3037, align 4
  %3038 = load <16 x float>, ptr %gep3119.6, align 4
  %3039 = getelementptr i8, ptr %370, i64 %.idx2652.6
  store <16 x float> %3038, ptr %3039, align 4
  %3040 = load float, ptr %399, align 4
  %3041 = mul nsw i64 %tau3.6, %H
  %3042 = getelementptr inbounds float, ptr %betah1, i64 %3041
  store float %3040, ptr %3042, align 4
  %exitcond2866.not.6 = icmp eq i64 %indvars.iv2864, 7
  br i1 %exitcond2866.not.6, label %i48.body.preheader, label %t5.body.7

t5.body.7:                                        ; preds = %t5.body.6
  %3043 = or disjoint i64 %t0, 7
  %3044 = load <16 x float>, ptr %gep3113.7, align 4
  %.idx2650.7 = shl i64 %3043, 8
  %3045 = getelementptr i8, ptr %dav, i64 %.idx2650.7
  store <16 x float> %3044, ptr %3045, align 4
  %3046 = load <16 x float>, ptr %gep3115.7, align 4
  %3047 = getelementptr i8, ptr %370, i64 %.idx2650.7
  store <16 x float> %3046, ptr %3047, align 4
  %tau2.7 = shl nsw i64 %3043, 1
  %3048 = load float, ptr %400, align 4
  %3049 = mul nsw i64 %tau2.7, %H
  %3050 = getelementptr inbounds float, ptr %betah1, i64 %3049
  store float %3048, ptr %3050, align 4
  %tau3.7 = or disjoint i64 %tau2.7, 1
  %3051 = load <16 x float>, ptr %gep3117.7, align 4
  %.idx2652.7 = shl i64 %tau3.7, 7
  %3052 = getelementptr i8, ptr %dav, i64 %.idx2652.7
  store <16 x float> %3051, ptr %3052, align 4
  %3053 = load <16 x float>, ptr %gep3119.7, align 4
  %3054 = getelementptr i8, ptr %370, i64 %.idx2652.7
  store <16 x float> %3053, ptr %3054, align 4
  %3055 = load float, ptr %401, align 4
  %3056 = mul nsw i64 %tau3.7, %H
  %3057 = getelementptr inbounds float, ptr %betah1, i64 %3056
  store float %3055, ptr %3057, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body, %t5.body.1, %t5.body.2, %t5.body.3, %t5.body.4, %t5.body.5, %t5.body.6, %t5.body.7, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02524 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %3058 = shl nuw nsw i64 %i48.addr.02524, 6
  %3059 = or disjoint i64 %3058, 32
  %3060 = getelementptr inbounds float, ptr %work, i64 %3059
  %3061 = load <16 x float>, ptr %3060, align 4
  %3062 = or disjoint i64 %3058, 48
  %3063 = getelementptr inbounds float, ptr %work, i64 %3062
  %3064 = load <16 x float>, ptr %3063, align 4
  %3065 = or disjoint i64 %i48.addr.02524, 1
  %3066 = shl nuw nsw i64 %3065, 6
  %3067 = or disjoint i64 %3066, 32
  %3068 = getelementptr inbounds float, ptr %work, i64 %3067
  %3069 = load <16 x float>, ptr %3068, align 4
  %3070 = or disjoint i64 %3066, 48
  %3071 = getelementptr inbounds float, ptr %work, i64 %3070
  %3072 = load <16 x float>, ptr %3071, align 4
  %3073 = or disjoint i64 %i48.addr.02524, 2
  %3074 = shl nuw nsw i64 %3073, 6
  %3075 = or disjoint i64 %3074, 32
  %3076 = getelementptr inbounds float, ptr %work, i64 %3075
  %3077 = load <16 x float>, ptr %3076, align 4
  %3078 = or disjoint i64 %3074, 48
  %3079 = getelementptr inbounds float, ptr %work, i64 %3078
  %3080 = load <16 x float>, ptr %3079, align 4
  %3081 = or disjoint i64 %i48.addr.02524, 3
  %3082 = shl nuw nsw i64 %3081, 6
  %3083 = or disjoint i64 %3082, 32
  %3084 = getelementptr inbounds float, ptr %work, i64 %3083
  %3085 = load <16 x float>, ptr %3084, align 4
  %3086 = or disjoint i64 %3082, 48
  %3087 = getelementptr inbounds float, ptr %work, i64 %3086
  %3088 = load <16 x float>, ptr %3087, align 4
  %3089 = or disjoint i64 %i48.addr.02524, 4
  %3090 = shl nuw nsw i64 %3089, 6
  %3091 = or disjoint i64 %3090, 32
  %3092 = getelementptr inbounds float, ptr %work, i64 %3091
  %3093 = load <16 x float>, ptr %3092, align 4
  %3094 = or disjoint i64 %3090, 48
  %3095 = getelementptr inbounds float, ptr %work, i64 %3094
  %3096 = load <16 x float>, ptr %3095, align 4
  %3097 = or disjoint i64 %i48.addr.02524, 5
  %3098 = shl nuw nsw i64 %3097, 6
  %3099 = or disjoint i64 %3098, 32
  %3100 = getelementptr inbounds float, ptr %work, i64 %3099
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = or disjoint i64 %3098, 48
  %3103 = getelementptr inbounds float, ptr %work, i64 %3102
  %3104 = load <16 x float>, ptr %3103, align 4
  %3105 = or disjoint i64 %i48.addr.02524, 6
  %3106 = shl nuw nsw i64 %3105, 6
  %3107 = or disjoint i64 %3106, 32
  %3108 = getelementptr inbounds float, ptr %work, i64 %3107
  %3109 = load <16 x float>, ptr %3108, align 4
  %3110 = or disjoint i64 %3106, 48
  %3111 = getelementptr inbounds float, ptr %work, i64 %3110
  %3112 = load <16 x float>, ptr %3111, align 4
  %3113 = or disjoint i64 %i48.addr.02524, 7
  %3114 = shl nuw nsw i64 %3113, 6
  %3115 = or disjoint i64 %3114, 32
  %3116 = getelementptr inbounds float, ptr %work, i64 %3115
  %3117 = load <16 x float>, ptr %3116, align 4
  %3118 = or disjoint i64 %3114, 48
  %3119 = getelementptr inbounds float, ptr %work, i64 %3118
  %3120 = load <16 x float>, ptr %3119, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02523 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc119.02522 = phi <16 x float> [ %3120, %i48.body ], [ %3182, %p11.body ]
  %acc118.02521 = phi <16 x float> [ %3117, %i48.body ], [ %3181, %p11.body ]
  %acc117.02520 = phi <16 x float> [ %3112, %i48.body ], [ %3175, %p11.body ]
  %acc116.02519 = phi <16 x float> [ %3109, %i48.body ], [ %3174, %p11.body ]
  %acc115.02518 = phi <16 x float> [ %3104, %i48.body ], [ %3168, %p11.body ]
  %acc114.02517 = phi <16 x float> [ %3101, %i48.body ], [ %3167, %p11.body ]
  %acc113.02516 = phi <16 x float> [ %3096, %i48.body ], [ %3161, %p11.body ]
  %acc112.02515 = phi <16 x float> [ %3093, %i48.body ], [ %3160, %p11.body ]
  %acc111.02514 = phi <16 x float> [ %3088, %i48.body ], [ %3154, %p11.body ]
  %acc110.02513 = phi <16 x float> [ %3085, %i48.body ], [ %3153, %p11.body ]
  %acc109.02512 = phi <16 x float> [ %3080, %i48.body ], [ %3147, %p11.body ]
  %acc108.02511 = phi <16 x float> [ %3077, %i48.body ], [ %3146, %p11.body ]
  %acc107.02510 = phi <16 x float> [ %3072, %i48.body ], [ %3140, %p11.body ]
  %acc106.02509 = phi <16 x float> [ %3069, %i48.body ], [ %3139, %p11.body ]
  %acc105.02508 = phi <16 x float> [ %3064, %i48.body ], [ %3133, %p11.body ]
  %acc104.02507 = phi <16 x float> [ %3061, %i48.body ], [ %3132, %p11.body ]
  %3121 = shl nuw nsw i64 %p11.addr.02523, 5
  %3122 = getelementptr inbounds float, ptr %OY, i64 %3121
  %3123 = load <16 x float>, ptr %3122, align 4
  %3124 = or disjoint i64 %3121, 16
  %3125 = getelementptr inbounds float, ptr %OY, i64 %3124
  %3126 = load <16 x float>, ptr %3125, align 4
  %3127 = or disjoint i64 %3121, %i48.addr.02524
  %3128 = getelementptr inbounds float, ptr %QK, i64 %3127
  %3129 = load float, ptr %3128, align 4
  %3130 = insertelement <16 x float> poison, float %3129, i64 0
  %3131 = shufflevector <16 x float> %3130, <16 x float> poison, <16 x i32> zeroinitializer
  %3132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3131, <16 x float> %3123, <16 x float> %acc104.02507)
  %3133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3131, <16 x float> %3126, <16 x float> %acc105.02508)
  %3134 = or disjoint i64 %3121, %3065
  %3135 = getelementptr inbounds float, ptr %QK, i64 %3134
  %3136 = load float, ptr %3135, align 4
  %3137 = insertelement <16 x float> poison, float %3136, i64 0
  %3138 = shufflevector <16 x float> %3137, <16 x float> poison, <16 x i32> zeroinitializer
  %3139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3138, <16 x float> %3123, <16 x float> %acc106.02509)
  %3140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3138, <16 x float> %3126, <16 x float> %acc107.02510)
  %3141 = or disjoint i64 %3121, %3073
  %3142 = getelementptr inbounds float, ptr %QK, i64 %3141
  %3143 = load float, ptr %3142, align 4
  %3144 = insertelement <16 x float> poison, float %3143, i64 0
  %3145 = shufflevector <16 x float> %3144, <16 x float> poison, <16 x i32> zeroinitializer
  %3146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3145, <16 x float> %3123, <16 x float> %acc108.02511)
  %3147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3145, <16 x float> %3126, <16 x float> %acc109.02512)
  %3148 = or disjoint i64 %3121, %3081
  %3149 = getelementptr inbounds float, ptr %QK, i64 %3148
  %3150 = load float, ptr %3149, align 4
  %3151 = insertelement <16 x float> poison, float %3150, i64 0
  %3152 = shufflevector <16 x float> %3151, <16 x float> poison, <16 x i32> zeroinitializer
  %3153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3123, <16 x float> %acc110.02513)
  %3154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3126, <16 x float> %acc111.02514)
  %3155 = or disjoint i64 %3121, %3089
  %3156 = getelementptr inbounds float, ptr %QK, i64 %3155
  %3157 = load float, ptr %3156, align 4
  %3158 = insertelement <16 x float> poison, float %3157, i64 0
  %3159 = shufflevector <16 x float> %3158, <16 x float> poison, <16 x i32> zeroinitializer
  %3160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3159, <16 x float> %3123, <16 x float> %acc112.02515)
  %3161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3159, <16 x float> %3126, <16 x float> %acc113.02516)
  %3162 = or disjoint i64 %3121, %3097
  %3163 = getelementptr inbounds float, ptr %QK, i64 %3162
  %3164 = load float, ptr %3163, align 4
  %3165 = insertelement <16 x float> poison, float %3164, i64 0
  %3166 = shufflevector <16 x float> %3165, <16 x float> poison, <16 x i32> zeroinitializer
  %3167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3166, <16 x float> %3123, <16 x float> %acc114.02517)
  %3168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3166, <16 x float> %3126, <16 x float> %acc115.02518)
  %3169 = or disjoint i64 %3121, %3105
  %3170 = getelementptr inbounds float, ptr %QK, i64 %3169
  %3171 = load float, ptr %3170, align 4
  %3172 = insertelement <16 x float> poison, float %3171, i64 0
  %3173 = shufflevector <16 x float> %3172, <16 x float> poison, <16 x i32> zeroinitializer
  %3174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3173, <16 x float> %3123, <16 x float> %acc116.02519)
  %3175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3173, <16 x float> %3126, <16 x float> %acc117.02520)
  %3176 = or disjoint i64 %3121, %3113
  %3177 = getelementptr inbounds float, ptr %QK, i64 %3176
  %3178 = load float, ptr %3177, align 4
  %3179 = insertelement <16 x float> poison, float %3178, i64 0
  %3180 = shufflevector <16 x float> %3179, <16 x float> poison, <16 x i32> zeroinitializer
  %3181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3180, <16 x float> %3123, <16 x float> %acc118.02521)
  %3182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3180, <16 x float> %3126, <16 x float> %acc119.02522)
  %p11.next = add nuw nsw i64 %p11.addr.02523, 1
  %exitcond2867.not = icmp eq i64 %p11.next, 24
  br i1 %exitcond2867.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3132, ptr %3060, align 4
  store <16 x float> %3133, ptr %3063, align 4
  store <16 x float> %3139, ptr %3068, align 4
  store <16 x float> %3140, ptr %3071, align 4
  store <16 x float> %3146, ptr %3076, align 4
  store <16 x float> %3147, ptr %3079, align 4
  store <16 x float> %3153, ptr %3084, align 4
  store <16 x float> %3154, ptr %3087, align 4
  store <16 x float> %3160, ptr %3092, align 4
  store <16 x float> %3161, ptr %3095, align 4
  store <16 x float> %3167, ptr %3100, align 4
  store <16 x float> %3168, ptr %3103, align 4
  store <16 x float> %3174, ptr %3108, align 4
  store <16 x float> %3175, ptr %3111, align 4
  store <16 x float> %3181, ptr %3116, align 4
  store <16 x float> %3182, ptr %3119, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02524, 8
  %3183 = icmp ult i64 %i48.addr.02524, 24
  br i1 %3183, label %i48.body, label %p12.body

p12.body.1:                                       ; preds = %p12.body.1, %p12.exit
  %p12.addr.02535.1 = phi i64 [ 0, %p12.exit ], [ %p12.next.1, %p12.body.1 ]
  %acc127.02534.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3225, %p12.body.1 ]
  %acc126.02533.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3220, %p12.body.1 ]
  %acc125.02532.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3215, %p12.body.1 ]
  %acc124.02531.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3210, %p12.body.1 ]
  %acc123.02530.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3205, %p12.body.1 ]
  %acc122.02529.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3200, %p12.body.1 ]
  %acc121.02528.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3195, %p12.body.1 ]
  %acc120.02527.1 = phi <16 x float> [ zeroinitializer, %p12.exit ], [ %3190, %p12.body.1 ]
  %.idx2258.1 = shl nuw nsw i64 %p12.addr.02535.1, 6
  %gep2526.1 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2258.1
  %3184 = load <16 x float>, ptr %gep2526.1, align 4
  %3185 = getelementptr inbounds float, ptr %OY, i64 %p12.addr.02535.1
  %3186 = getelementptr inbounds i8, ptr %3185, i64 2048
  %3187 = load float, ptr %3186, align 4
  %3188 = insertelement <16 x float> poison, float %3187, i64 0
  %3189 = shufflevector <16 x float> %3188, <16 x float> poison, <16 x i32> zeroinitializer
  %3190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3189, <16 x float> %3184, <16 x float> %acc120.02527.1)
  %3191 = getelementptr inbounds i8, ptr %3185, i64 2176
  %3192 = load float, ptr %3191, align 4
  %3193 = insertelement <16 x float> poison, float %3192, i64 0
  %3194 = shufflevector <16 x float> %3193, <16 x float> poison, <16 x i32> zeroinitializer
  %3195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3194, <16 x float> %3184, <16 x float> %acc121.02528.1)
  %3196 = getelementptr inbounds i8, ptr %3185, i64 2304
  %3197 = load float, ptr %3196, align 4
  %3198 = insertelement <16 x float> poison, float %3197, i64 0
  %3199 = shufflevector <16 x float> %3198, <16 x float> poison, <16 x i32> zeroinitializer
  %3200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3199, <16 x float> %3184, <16 x float> %acc122.02529.1)
  %3201 = getelementptr inbounds i8, ptr %3185, i64 2432
  %3202 = load float, ptr %3201, align 4
  %3203 = insertelement <16 x float> poison, float %3202, i64 0
  %3204 = shufflevector <16 x float> %3203, <16 x float> poison, <16 x i32> zeroinitializer
  %3205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3204, <16 x float> %3184, <16 x float> %acc123.02530.1)
  %3206 = getelementptr inbounds i8, ptr %3185, i64 2560
  %3207 = load float, ptr %3206, align 4
  %3208 = insertelement <16 x float> poison, float %3207, i64 0
  %3209 = shufflevector <16 x float> %3208, <16 x float> poison, <16 x i32> zeroinitializer
  %3210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3209, <16 x float> %3184, <16 x float> %acc124.02531.1)
  %3211 = getelementptr inbounds i8, ptr %3185, i64 2688
  %3212 = load float, ptr %3211, align 4
  %3213 = insertelement <16 x float> poison, float %3212, i64 0
  %3214 = shufflevector <16 x float> %3213, <16 x float> poison, <16 x i32> zeroinitializer
  %3215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3214, <16 x float> %3184, <16 x float> %acc125.02532.1)
  %3216 = getelementptr inbounds i8, ptr %3185, i64 2816
  %3217 = load float, ptr %3216, align 4
  %3218 = insertelement <16 x float> poison, float %3217, i64 0
  %3219 = shufflevector <16 x float> %3218, <16 x float> poison, <16 x i32> zeroinitializer
  %3220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3219, <16 x float> %3184, <16 x float> %acc126.02533.1)
  %3221 = getelementptr inbounds i8, ptr %3185, i64 2944
  %3222 = load float, ptr %3221, align 4
  %3223 = insertelement <16 x float> poison, float %3222, i64 0
  %3224 = shufflevector <16 x float> %3223, <16 x float> poison, <16 x i32> zeroinitializer
  %3225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3224, <16 x float> %3184, <16 x float> %acc127.02534.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02535.1, 1
  %exitcond2868.1.not = icmp eq i64 %p12.next.1, 32
  br i1 %exitcond2868.1.not, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  store <16 x float> %3190, ptr %379, align 4
  store <16 x float> %3195, ptr %380, align 4
  store <16 x float> %3200, ptr %381, align 4
  store <16 x float> %3205, ptr %382, align 4
  store <16 x float> %3210, ptr %383, align 4
  store <16 x float> %3215, ptr %384, align 4
  store <16 x float> %3220, ptr %385, align 4
  store <16 x float> %3225, ptr %386, align 4
  br label %t6.body

p12.body:                                         ; preds = %p11.exit, %p12.body
  %p12.addr.02535 = phi i64 [ %p12.next, %p12.body ], [ 0, %p11.exit ]
  %acc127.02534 = phi <16 x float> [ %3267, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc126.02533 = phi <16 x float> [ %3262, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc125.02532 = phi <16 x float> [ %3257, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc124.02531 = phi <16 x float> [ %3252, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc123.02530 = phi <16 x float> [ %3247, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc122.02529 = phi <16 x float> [ %3242, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc121.02528 = phi <16 x float> [ %3237, %p12.body ], [ zeroinitializer, %p11.exit ]
  %acc120.02527 = phi <16 x float> [ %3232, %p12.body ], [ zeroinitializer, %p11.exit ]
  %.idx2258 = shl nuw nsw i64 %p12.addr.02535, 6
  %gep2526 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2258
  %3226 = load <16 x float>, ptr %gep2526, align 4
  %3227 = getelementptr inbounds float, ptr %OY, i64 %p12.addr.02535
  %3228 = getelementptr inbounds i8, ptr %3227, i64 1024
  %3229 = load float, ptr %3228, align 4
  %3230 = insertelement <16 x float> poison, float %3229, i64 0
  %3231 = shufflevector <16 x float> %3230, <16 x float> poison, <16 x i32> zeroinitializer
  %3232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3231, <16 x float> %3226, <16 x float> %acc120.02527)
  %3233 = getelementptr inbounds i8, ptr %3227, i64 1152
  %3234 = load float, ptr %3233, align 4
  %3235 = insertelement <16 x float> poison, float %3234, i64 0
  %3236 = shufflevector <16 x float> %3235, <16 x float> poison, <16 x i32> zeroinitializer
  %3237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3236, <16 x float> %3226, <16 x float> %acc121.02528)
  %3238 = getelementptr inbounds i8, ptr %3227, i64 1280
  %3239 = load float, ptr %3238, align 4
  %3240 = insertelement <16 x float> poison, float %3239, i64 0
  %3241 = shufflevector <16 x float> %3240, <16 x float> poison, <16 x i32> zeroinitializer
  %3242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3241, <16 x float> %3226, <16 x float> %acc122.02529)
  %3243 = getelementptr inbounds i8, ptr %3227, i64 1408
  %3244 = load float, ptr %3243, align 4
  %3245 = insertelement <16 x float> poison, float %3244, i64 0
  %3246 = shufflevector <16 x float> %3245, <16 x float> poison, <16 x i32> zeroinitializer
  %3247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3246, <16 x float> %3226, <16 x float> %acc123.02530)
  %3248 = getelementptr inbounds i8, ptr %3227, i64 1536
  %3249 = load float, ptr %3248, align 4
  %3250 = insertelement <16 x float> poison, float %3249, i64 0
  %3251 = shufflevector <16 x float> %3250, <16 x float> poison, <16 x i32> zeroinitializer
  %3252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3251, <16 x float> %3226, <16 x float> %acc124.02531)
  %3253 = getelementptr inbounds i8, ptr %3227, i64 1664
  %3254 = load float, ptr %3253, align 4
  %3255 = insertelement <16 x float> poison, float %3254, i64 0
  %3256 = shufflevector <16 x float> %3255, <16 x float> poison, <16 x i32> zeroinitializer
  %3257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3256, <16 x float> %3226, <16 x float> %acc125.02532)
  %3258 = getelementptr inbounds i8, ptr %3227, i64 1792
  %3259 = load float, ptr %3258, align 4
  %3260 = insertelement <16 x float> poison, float %3259, i64 0
  %3261 = shufflevector <16 x float> %3260, <16 x float> poison, <16 x i32> zeroinitializer
  %3262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3261, <16 x float> %3226, <16 x float> %acc126.02533)
  %3263 = getelementptr inbounds i8, ptr %3227, i64 1920
  %3264 = load float, ptr %3263, align 4
  %3265 = insertelement <16 x float> poison, float %3264, i64 0
  %3266 = shufflevector <16 x float> %3265, <16 x float> poison, <16 x i32> zeroinitializer
  %3267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3266, <16 x float> %3226, <16 x float> %acc127.02534)
  %p12.next = add nuw nsw i64 %p12.addr.02535, 1
  %exitcond2868.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2868.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3232, ptr %371, align 4
  store <16 x float> %3237, ptr %372, align 4
  store <16 x float> %3242, ptr %373, align 4
  store <16 x float> %3247, ptr %374, align 4
  store <16 x float> %3252, ptr %375, align 4
  store <16 x float> %3257, ptr %376, align 4
  store <16 x float> %3262, ptr %377, align 4
  store <16 x float> %3267, ptr %378, align 4
  br label %p12.body.1

i52.head.preheader:                               ; preds = %j36.exit
  %3268 = shl nsw i64 %L, 1
  %3269 = shl i64 %ci, 9
  br label %p13.head.preheader

t6.body:                                          ; preds = %p12.exit.1, %j36.exit
  %indvars.iv2873 = phi i64 [ 1, %p12.exit.1 ], [ %indvars.iv.next2874, %j36.exit ]
  %t6.addr.02554 = phi i64 [ 0, %p12.exit.1 ], [ %t6.next, %j36.exit ]
  %3270 = shl nuw nsw i64 %t6.addr.02554, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %3270, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.02554, 1
  %invariant.gep2542 = getelementptr float, ptr %invariant.gep2538, i64 %i50
  %.not2653 = icmp eq i64 %t6.addr.02554, 0
  br i1 %.not2653, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx2248 = mul nuw nsw i64 %t6.addr.02554, 704
  %gep2539 = getelementptr inbounds i8, ptr %invariant.gep2538, i64 %.idx2248
  %xtraiter3542 = and i64 %umax, 7
  %3271 = icmp ult i64 %t6.addr.02554, 4
  br i1 %3271, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3544 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02544 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3545 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3545.next.7, %j35.body ]
  %3272 = getelementptr inbounds float, ptr %gep2539, i64 %j35.addr.02544
  %3273 = load float, ptr %3272, align 4
  %3274 = fneg float %3273
  store float %3274, ptr %3272, align 4
  %.idx2249 = mul nuw nsw i64 %j35.addr.02544, 352
  %gep2543 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249
  store float %3274, ptr %gep2543, align 4
  %j35.next = or disjoint i64 %j35.addr.02544, 1
  %3275 = getelementptr inbounds float, ptr %gep2539, i64 %j35.next
  %3276 = load float, ptr %3275, align 4
  %3277 = fneg float %3276
  store float %3277, ptr %3275, align 4
  %.idx2249.1 = mul nuw nsw i64 %j35.next, 352
  %gep2543.1 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.1
  store float %3277, ptr %gep2543.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02544, 2
  %3278 = getelementptr inbounds float, ptr %gep2539, i64 %j35.next.1
  %3279 = load float, ptr %3278, align 4
  %3280 = fneg float %3279
  store float %3280, ptr %3278, align 4
  %.idx2249.2 = mul nuw nsw i64 %j35.next.1, 352
  %gep2543.2 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.2
  store float %3280, ptr %gep2543.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02544, 3
  %3281 = getelementptr inbounds float, ptr %gep2539, i64 %j35.next.2
  %3282 = load float, ptr %3281, align 4
  %3283 = fneg float %3282
  store float %3283, ptr %3281, align 4
  %.idx2249.3 = mul nuw nsw i64 %j35.next.2, 352
  %gep2543.3 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.3
  store float %3283, ptr %gep2543.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02544, 4
  %3284 = getelementptr inbounds float, ptr %gep2539, i64 %j35.next.3
  %3285 = load float, ptr %3284, align 4
  %3286 = fneg float %3285
  store float %3286, ptr %3284, align 4
  %.idx2249.4 = mul nuw nsw i64 %j35.next.3, 352
  %gep2543.4 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.4
  store float %3286, ptr %gep2543.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02544, 5
  %3287 = getelementptr inbounds float, ptr %gep2539, i64 %j35.next.4
  %3288 = load float, ptr %3287, align 4
  %3289 = fneg float %3288
  store float %3289, ptr %3287, align 4
  %.idx2249.5 = mul nuw nsw i64 %j35.next.4, 352
  %gep2543.5 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.5
  store float %3289, ptr %gep2543.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02544, 6
  %3290 = getelementptr inbounds float, ptr %gep2539, i64 %j35.next.5
  %3291 = load float, ptr %3290, align 4
  %3292 = fneg float %3291
  store float %3292, ptr %3290, align 4
  %.idx2249.6 = mul nuw nsw i64 %j35.next.5, 352
  %gep2543.6 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.6
  store float %3292, ptr %gep2543.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02544, 7
  %3293 = getelementptr inbounds float, ptr %gep2539, i64 %j35.next.6
  %3294 = load float, ptr %3293, align 4
  %3295 = fneg float %3294
  store float %3295, ptr %3293, align 4
  %.idx2249.7 = mul nuw nsw i64 %j35.next.6, 352
  %gep2543.7 = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.7
  store float %3295, ptr %gep2543.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02544, 8
  %niter3545.next.7 = add i64 %niter3545, 8
  %niter3545.ncmp.7 = icmp eq i64 %niter3545.next.7, %unroll_iter3544
  br i1 %niter3545.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02544.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3543.not = icmp eq i64 %xtraiter3542, 0
  br i1 %lcmp.mod3543.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02544.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02544.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3296 = getelementptr inbounds float, ptr %gep2539, i64 %j35.addr.02544.epil
  %3297 = load float, ptr %3296, align 4
  %3298 = fneg float %3297
  store float %3298, ptr %3296, align 4
  %.idx2249.epil = mul nuw nsw i64 %j35.addr.02544.epil, 352
  %gep2543.epil = getelementptr i8, ptr %invariant.gep2542, i64 %.idx2249.epil
  store float %3298, ptr %gep2543.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02544.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3542
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx2245.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx2248, %j35.body.epil ], [ %.idx2248, %j35.exit.loopexit.unr-lcssa ]
  %gep2551 = getelementptr inbounds i8, ptr %invariant.gep2538, i64 %.idx2245.pre-phi
  %3299 = getelementptr inbounds float, ptr %gep2551, i64 %i50
  store float 0.000000e+00, ptr %3299, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2246 = mul nuw nsw i64 %i51, 352
  %gep2553 = getelementptr inbounds i8, ptr %invariant.gep2538, i64 %.idx2246
  %invariant.gep2547 = getelementptr float, ptr %invariant.gep2538, i64 %i51
  %xtraiter3546 = and i64 %indvars.iv2873, 7
  %3300 = icmp ult i64 %t6.addr.02554, 4
  br i1 %3300, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3549 = and i64 %indvars.iv2873, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02549 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3550 = phi i64 [ 0, %j35.exit.new ], [ %niter3550.next.7, %j36.body ]
  %3301 = getelementptr inbounds float, ptr %gep2553, i64 %j36.addr.02549
  %3302 = load float, ptr %3301, align 4
  %3303 = fneg float %3302
  store float %3303, ptr %3301, align 4
  %.idx2247 = mul nuw nsw i64 %j36.addr.02549, 352
  %gep2548 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247
  store float %3303, ptr %gep2548, align 4
  %j36.next = or disjoint i64 %j36.addr.02549, 1
  %3304 = getelementptr inbounds float, ptr %gep2553, i64 %j36.next
  %3305 = load float, ptr %3304, align 4
  %3306 = fneg float %3305
  store float %3306, ptr %3304, align 4
  %.idx2247.1 = mul nuw nsw i64 %j36.next, 352
  %gep2548.1 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.1
  store float %3306, ptr %gep2548.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02549, 2
  %3307 = getelementptr inbounds float, ptr %gep2553, i64 %j36.next.1
  %3308 = load float, ptr %3307, align 4
  %3309 = fneg float %3308
  store float %3309, ptr %3307, align 4
  %.idx2247.2 = mul nuw nsw i64 %j36.next.1, 352
  %gep2548.2 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.2
  store float %3309, ptr %gep2548.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02549, 3
  %3310 = getelementptr inbounds float, ptr %gep2553, i64 %j36.next.2
  %3311 = load float, ptr %3310, align 4
  %3312 = fneg float %3311
  store float %3312, ptr %3310, align 4
  %.idx2247.3 = mul nuw nsw i64 %j36.next.2, 352
  %gep2548.3 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.3
  store float %3312, ptr %gep2548.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02549, 4
  %3313 = getelementptr inbounds float, ptr %gep2553, i64 %j36.next.3
  %3314 = load float, ptr %3313, align 4
  %3315 = fneg float %3314
  store float %3315, ptr %3313, align 4
  %.idx2247.4 = mul nuw nsw i64 %j36.next.3, 352
  %gep2548.4 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.4
  store float %3315, ptr %gep2548.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02549, 5
  %3316 = getelementptr inbounds float, ptr %gep2553, i64 %j36.next.4
  %3317 = load float, ptr %3316, align 4
  %3318 = fneg float %3317
  store float %3318, ptr %3316, align 4
  %.idx2247.5 = mul nuw nsw i64 %j36.next.4, 352
  %gep2548.5 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.5
  store float %3318, ptr %gep2548.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02549, 6
  %3319 = getelementptr inbounds float, ptr %gep2553, i64 %j36.next.5
  %3320 = load float, ptr %3319, align 4
  %3321 = fneg float %3320
  store float %3321, ptr %3319, align 4
  %.idx2247.6 = mul nuw nsw i64 %j36.next.5, 352
  %gep2548.6 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.6
  store float %3321, ptr %gep2548.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02549, 7
  %3322 = getelementptr inbounds float, ptr %gep2553, i64 %j36.next.6
  %3323 = load float, ptr %3322, align 4
  %3324 = fneg float %3323
  store float %3324, ptr %3322, align 4
  %.idx2247.7 = mul nuw nsw i64 %j36.next.6, 352
  %gep2548.7 = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.7
  store float %3324, ptr %gep2548.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02549, 8
  %niter3550.next.7 = add i64 %niter3550, 8
  %niter3550.ncmp.7 = icmp eq i64 %niter3550.next.7, %unroll_iter3549
  br i1 %niter3550.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02549.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3548.not = icmp eq i64 %xtraiter3546, 0
  br i1 %lcmp.mod3548.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02549.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02549.unr, %j36.exit.unr-lcssa ]
  %epil.iter3547 = phi i64 [ %epil.iter3547.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3325 = getelementptr inbounds float, ptr %gep2553, i64 %j36.addr.02549.epil
  %3326 = load float, ptr %3325, align 4
  %3327 = fneg float %3326
  store float %3327, ptr %3325, align 4
  %.idx2247.epil = mul nuw nsw i64 %j36.addr.02549.epil, 352
  %gep2548.epil = getelementptr i8, ptr %invariant.gep2547, i64 %.idx2247.epil
  store float %3327, ptr %gep2548.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02549.epil, 1
  %epil.iter3547.next = add i64 %epil.iter3547, 1
  %epil.iter3547.cmp.not = icmp eq i64 %epil.iter3547.next, %xtraiter3546
  br i1 %epil.iter3547.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3121 = getelementptr inbounds i8, ptr %invariant.gep3120, i64 %.idx2246
  %3328 = getelementptr inbounds float, ptr %gep3121, i64 %i51
  store float 0.000000e+00, ptr %3328, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02554, 1
  %indvars.iv.next2874 = add nuw nsw i64 %indvars.iv2873, 2
  %exitcond2876.not = icmp eq i64 %t6.next, 8
  br i1 %exitcond2876.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1494
  %3329 = phi i1 [ true, %i52.head.preheader ], [ false, %endif1494 ]
  %i52.addr.02572 = phi i64 [ 0, %i52.head.preheader ], [ 8, %endif1494 ]
  %.idx2237 = mul nuw nsw i64 %i52.addr.02572, 352
  %3330 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2237
  %3331 = getelementptr inbounds i8, ptr %3330, i64 352
  %3332 = getelementptr inbounds i8, ptr %3330, i64 704
  %3333 = getelementptr inbounds i8, ptr %3330, i64 1056
  %3334 = getelementptr inbounds i8, ptr %3330, i64 1408
  %3335 = getelementptr inbounds i8, ptr %3330, i64 1760
  %3336 = getelementptr inbounds i8, ptr %3330, i64 2112
  %3337 = getelementptr inbounds i8, ptr %3330, i64 2464
  br label %p13.body

i52.exit:                                         ; preds = %endif1494
  %t7.end = add nsw i64 %L, %t0
  br i1 %2646, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02571 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc143.02570 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3391, %p13.body ]
  %acc142.02569 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3390, %p13.body ]
  %acc141.02568 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3385, %p13.body ]
  %acc140.02567 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3384, %p13.body ]
  %acc139.02566 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3379, %p13.body ]
  %acc138.02565 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3378, %p13.body ]
  %acc137.02564 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3373, %p13.body ]
  %acc136.02563 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3372, %p13.body ]
  %acc135.02562 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3367, %p13.body ]
  %acc134.02561 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3366, %p13.body ]
  %acc133.02560 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3361, %p13.body ]
  %acc132.02559 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3360, %p13.body ]
  %acc131.02558 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3355, %p13.body ]
  %acc130.02557 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3354, %p13.body ]
  %acc129.02556 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3349, %p13.body ]
  %acc128.02555 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3348, %p13.body ]
  %3338 = shl nuw nsw i64 %p13.addr.02571, 5
  %3339 = getelementptr inbounds float, ptr %Bk, i64 %3338
  %3340 = load <16 x float>, ptr %3339, align 4
  %3341 = or disjoint i64 %3338, 16
  %3342 = getelementptr inbounds float, ptr %Bk, i64 %3341
  %3343 = load <16 x float>, ptr %3342, align 4
  %3344 = getelementptr inbounds float, ptr %3330, i64 %p13.addr.02571
  %3345 = load float, ptr %3344, align 4
  %3346 = insertelement <16 x float> poison, float %3345, i64 0
  %3347 = shufflevector <16 x float> %3346, <16 x float> poison, <16 x i32> zeroinitializer
  %3348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3347, <16 x float> %3340, <16 x float> %acc128.02555)
  %3349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3347, <16 x float> %3343, <16 x float> %acc129.02556)
  %3350 = getelementptr inbounds float, ptr %3331, i64 %p13.addr.02571
  %3351 = load float, ptr %3350, align 4
  %3352 = insertelement <16 x float> poison, float %3351, i64 0
  %3353 = shufflevector <16 x float> %3352, <16 x float> poison, <16 x i32> zeroinitializer
  %3354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3353, <16 x float> %3340, <16 x float> %acc130.02557)
  %3355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3353, <16 x float> %3343, <16 x float> %acc131.02558)
  %3356 = getelementptr inbounds float, ptr %3332, i64 %p13.addr.02571
  %3357 = load float, ptr %3356, align 4
  %3358 = insertelement <16 x float> poison, float %3357, i64 0
  %3359 = shufflevector <16 x float> %3358, <16 x float> poison, <16 x i32> zeroinitializer
  %3360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3359, <16 x float> %3340, <16 x float> %acc132.02559)
  %3361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3359, <16 x float> %3343, <16 x float> %acc133.02560)
  %3362 = getelementptr inbounds float, ptr %3333, i64 %p13.addr.02571
  %3363 = load float, ptr %3362, align 4
  %3364 = insertelement <16 x float> poison, float %3363, i64 0
  %3365 = shufflevector <16 x float> %3364, <16 x float> poison, <16 x i32> zeroinitializer
  %3366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3365, <16 x float> %3340, <16 x float> %acc134.02561)
  %3367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3365, <16 x float> %3343, <16 x float> %acc135.02562)
  %3368 = getelementptr inbounds float, ptr %3334, i64 %p13.addr.02571
  %3369 = load float, ptr %3368, align 4
  %3370 = insertelement <16 x float> poison, float %3369, i64 0
  %3371 = shufflevector <16 x float> %3370, <16 x float> poison, <16 x i32> zeroinitializer
  %3372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3371, <16 x float> %3340, <16 x float> %acc136.02563)
  %3373 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3371, <16 x float> %3343, <16 x float> %acc137.02564)
  %3374 = getelementptr inbounds float, ptr %3335, i64 %p13.addr.02571
  %3375 = load float, ptr %3374, align 4
  %3376 = insertelement <16 x float> poison, float %3375, i64 0
  %3377 = shufflevector <16 x float> %3376, <16 x float> poison, <16 x i32> zeroinitializer
  %3378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3377, <16 x float> %3340, <16 x float> %acc138.02565)
  %3379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3377, <16 x float> %3343, <16 x float> %acc139.02566)
  %3380 = getelementptr inbounds float, ptr %3336, i64 %p13.addr.02571
  %3381 = load float, ptr %3380, align 4
  %3382 = insertelement <16 x float> poison, float %3381, i64 0
  %3383 = shufflevector <16 x float> %3382, <16 x float> poison, <16 x i32> zeroinitializer
  %3384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3383, <16 x float> %3340, <16 x float> %acc140.02567)
  %3385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3383, <16 x float> %3343, <16 x float> %acc141.02568)
  %3386 = getelementptr inbounds float, ptr %3337, i64 %p13.addr.02571
  %3387 = load float, ptr %3386, align 4
  %3388 = insertelement <16 x float> poison, float %3387, i64 0
  %3389 = shufflevector <16 x float> %3388, <16 x float> poison, <16 x i32> zeroinitializer
  %3390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3389, <16 x float> %3340, <16 x float> %acc142.02569)
  %3391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3389, <16 x float> %3343, <16 x float> %acc143.02570)
  %p13.next = add nuw nsw i64 %p13.addr.02571, 1
  %exitcond2877.not = icmp eq i64 %p13.next, 88
  br i1 %exitcond2877.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3392 = icmp slt i64 %i52.addr.02572, %3268
  br i1 %3392, label %then1432, label %endif1438

then1432:                                         ; preds = %p13.exit
  %3393 = shl nuw nsw i64 %i52.addr.02572, 5
  %3394 = or disjoint i64 %3393, %3269
  %3395 = getelementptr inbounds float, ptr %dak, i64 %3394
  store <16 x float> %3348, ptr %3395, align 4
  %3396 = or disjoint i64 %3394, 16
  %3397 = getelementptr inbounds float, ptr %dak, i64 %3396
  store <16 x float> %3349, ptr %3397, align 4
  br label %endif1438

endif1438:                                        ; preds = %p13.exit, %then1432
  %3398 = or disjoint i64 %i52.addr.02572, 1
  %3399 = icmp slt i64 %3398, %3268
  br i1 %3399, label %then1440, label %endif1446

then1440:                                         ; preds = %endif1438
  %3400 = shl nuw nsw i64 %3398, 5
  %3401 = or disjoint i64 %3400, %3269
  %3402 = getelementptr inbounds float, ptr %dak, i64 %3401
  store <16 x float> %3354, ptr %3402, align 4
  %3403 = or disjoint i64 %3401, 16
  %3404 = getelementptr inbounds float, ptr %dak, i64 %3403
  store <16 x float> %3355, ptr %3404, align 4
  br label %endif1446

endif1446:                                        ; preds = %endif1438, %then1440
  %3405 = or disjoint i64 %i52.addr.02572, 2
  %3406 = icmp slt i64 %3405, %3268
  br i1 %3406, label %then1448, label %endif1454

then1448:                                         ; preds = %endif1446
  %3407 = shl nuw nsw i64 %3405, 5
  %3408 = or disjoint i64 %3407, %3269
  %3409 = getelementptr inbounds float, ptr %dak, i64 %3408
  store <16 x float> %3360, ptr %3409, align 4
  %3410 = or disjoint i64 %3408, 16
  %3411 = getelementptr inbounds float, ptr %dak, i64 %3410
  store <16 x float> %3361, ptr %3411, align 4
  br label %endif1454

endif1454:                                        ; preds = %endif1446, %then1448
  %3412 = or disjoint i64 %i52.addr.02572, 3
  %3413 = icmp slt i64 %3412, %3268
  br i1 %3413, label %then1456, label %endif1462

then1456:                                         ; preds = %endif1454
  %3414 = shl nuw nsw i64 %3412, 5
  %3415 = or disjoint i64 %3414, %3269
  %3416 = getelementptr inbounds float, ptr %dak, i64 %3415
  store <16 x float> %3366, ptr %3416, align 4
  %3417 = or disjoint i64 %3415, 16
  %3418 = getelementptr inbounds float, ptr %dak, i64 %3417
  store <16 x float> %3367, ptr %3418, align 4
  br label %endif1462

endif1462:                                        ; preds = %endif1454, %then1456
  %3419 = or disjoint i64 %i52.addr.02572, 4
  %3420 = icmp slt i64 %3419, %3268
  br i1 %3420, label %then1464, label %endif1470

then1464:                                         ; preds = %endif1462
  %3421 = shl nuw nsw i64 %3419, 5
  %3422 = or disjoint i64 %3421, %3269
  %3423 = getelementptr inbounds float, ptr %dak, i64 %3422
  store <16 x float> %3372, ptr %3423, align 4
  %3424 = or disjoint i64 %3422, 16
  %3425 = getelementptr inbounds float, ptr %dak, i64 %3424
  store <16 x float> %3373, ptr %3425, align 4
  br label %endif1470

endif1470:                                        ; preds = %endif1462, %then1464
  %3426 = or disjoint i64 %i52.addr.02572, 5
  %3427 = icmp slt i64 %3426, %3268
  br i1 %3427, label %then1472, label %endif1478

then1472:                                         ; preds = %endif1470
  %3428 = shl nuw nsw i64 %3426, 5
  %3429 = or disjoint i64 %3428, %3269
  %3430 = getelementptr inbounds float, ptr %dak, i64 %3429
  store <16 x float> %3378, ptr %3430, align 4
  %3431 = or disjoint i64 %3429, 16
  %3432 = getelementptr inbounds float, ptr %dak, i64 %3431
  store <16 x float> %3379, ptr %3432, align 4
  br label %endif1478

endif1478:                                        ; preds = %endif1470, %then1472
  %3433 = or disjoint i64 %i52.addr.02572, 6
  %3434 = icmp slt i64 %3433, %3268
  br i1 %3434, label %then1480, label %endif1486

then1480:                                         ; preds = %endif1478
  %3435 = shl nuw nsw i64 %3433, 5
  %3436 = or disjoint i64 %3435, %3269
  %3437 = getelementptr inbounds float, ptr %dak, i64 %3436
  store <16 x float> %3384, ptr %3437, align 4
  %3438 = or disjoint i64 %3436, 16
  %3439 = getelementptr inbounds float, ptr %dak, i64 %3438
  store <16 x float> %3385, ptr %3439, align 4
  br label %endif1486

endif1486:                                        ; preds = %endif1478, %then1480
  %3440 = or disjoint i64 %i52.addr.02572, 7
  %3441 = icmp slt i64 %3440, %3268
  br i1 %3441, label %then1488, label %endif1494

then1488:                                         ; preds = %endif1486
  %3442 = shl nuw nsw i64 %3440, 5
  %3443 = or disjoint i64 %3442, %3269
  %3444 = getelementptr inbounds float, ptr %dak, i64 %3443
  store <16 x float> %3390, ptr %3444, align 4
  %3445 = or disjoint i64 %3443, 16
  %3446 = getelementptr inbounds float, ptr %dak, i64 %3445
  store <16 x float> %3391, ptr %3446, align 4
  br label %endif1494

endif1494:                                        ; preds = %endif1486, %then1488
  br i1 %3329, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.02577 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3447 = add nsw i64 %t7.addr.02577, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3447, i64 %5)
  %3448 = add nsw i64 %tp2, %406
  %3449 = mul nsw i64 %3448, %dq_ts
  %gep2579 = getelementptr float, ptr %invariant.gep2578, i64 %3449
  tail call void @llvm.prefetch.p0(ptr %gep2579, i32 0, i32 2, i32 1)
  %3450 = getelementptr i8, ptr %gep2579, i64 64
  tail call void @llvm.prefetch.p0(ptr %3450, i32 0, i32 2, i32 1)
  %3451 = mul nsw i64 %3448, %dk_ts
  %gep2581 = getelementptr float, ptr %invariant.gep2580, i64 %3451
  tail call void @llvm.prefetch.p0(ptr %gep2581, i32 0, i32 2, i32 1)
  %3452 = getelementptr i8, ptr %gep2581, i64 64
  tail call void @llvm.prefetch.p0(ptr %3452, i32 0, i32 2, i32 1)
  %3453 = mul nsw i64 %3448, %dv_ts
  %gep2583 = getelementptr float, ptr %invariant.gep2582, i64 %3453
  tail call void @llvm.prefetch.p0(ptr %gep2583, i32 0, i32 2, i32 1)
  %3454 = getelementptr i8, ptr %gep2583, i64 64
  tail call void @llvm.prefetch.p0(ptr %3454, i32 0, i32 2, i32 1)
  %gep2585 = getelementptr float, ptr %invariant.gep2584, i64 %3451
  tail call void @llvm.prefetch.p0(ptr %gep2585, i32 0, i32 2, i32 1)
  %3455 = getelementptr i8, ptr %gep2585, i64 64
  tail call void @llvm.prefetch.p0(ptr %3455, i32 0, i32 2, i32 1)
  %gep2587 = getelementptr float, ptr %invariant.gep2586, i64 %3453
  tail call void @llvm.prefetch.p0(ptr %gep2587, i32 0, i32 2, i32 1)
  %3456 = getelementptr i8, ptr %gep2587, i64 64
  tail call void @llvm.prefetch.p0(ptr %3456, i32 0, i32 2, i32 1)
  %3457 = shl nsw i64 %t7.addr.02577, 5
  %3458 = getelementptr inbounds float, ptr %invariant.gep2607, i64 %3457
  %3459 = load <16 x float>, ptr %3458, align 4
  %3460 = or disjoint i64 %3457, 16
  %3461 = getelementptr inbounds float, ptr %invariant.gep2607, i64 %3460
  %3462 = load <16 x float>, ptr %3461, align 4
  %3463 = getelementptr inbounds float, ptr %gep2606, i64 %3457
  %3464 = load <16 x float>, ptr %3463, align 4
  %3465 = getelementptr inbounds float, ptr %gep2606, i64 %3460
  %3466 = load <16 x float>, ptr %3465, align 4
  %3467 = getelementptr inbounds float, ptr %gep2608, i64 %t7.addr.02577
  %3468 = load float, ptr %3467, align 4
  %3469 = fmul <16 x float> %3459, %3464
  %3470 = fmul <16 x float> %3462, %3466
  %3471 = fadd <16 x float> %3469, %3470
  %3472 = shufflevector <16 x float> %3471, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3473 = shufflevector <16 x float> %3471, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3474 = fadd <8 x float> %3472, %3473
  %3475 = shufflevector <8 x float> %3474, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3476 = shufflevector <8 x float> %3474, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3477 = fadd <4 x float> %3475, %3476
  %3478 = shufflevector <4 x float> %3477, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3479 = shufflevector <4 x float> %3477, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3480 = fadd <2 x float> %3478, %3479
  %shift3315 = shufflevector <2 x float> %3480, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3481 = fadd <2 x float> %3480, %shift3315
  %3482 = shufflevector <2 x float> %3481, <2 x float> poison, <16 x i32> zeroinitializer
  %3483 = fmul <16 x float> %3459, %3482
  %3484 = fsub <16 x float> %3464, %3483
  %3485 = insertelement <16 x float> poison, float %3468, i64 0
  %3486 = shufflevector <16 x float> %3485, <16 x float> poison, <16 x i32> zeroinitializer
  %3487 = fmul <16 x float> %3486, %3484
  %3488 = add nsw i64 %t7.addr.02577, %406
  %3489 = mul nsw i64 %3488, %dq_ts
  %gep2589 = getelementptr float, ptr %invariant.gep2578, i64 %3489
  store <16 x float> %3487, ptr %gep2589, align 4
  %3490 = fmul <16 x float> %3462, %3482
  %3491 = fsub <16 x float> %3466, %3490
  %3492 = fmul <16 x float> %3486, %3491
  %3493 = getelementptr i8, ptr %gep2589, i64 64
  store <16 x float> %3492, ptr %3493, align 4
  %3494 = shl nsw i64 %t7.addr.02577, 1
  %3495 = shl nsw i64 %t7.addr.02577, 6
  %3496 = getelementptr inbounds float, ptr %gep2602, i64 %3495
  %3497 = load <16 x float>, ptr %3496, align 4
  %3498 = or disjoint i64 %3495, 16
  %3499 = getelementptr inbounds float, ptr %gep2602, i64 %3498
  %3500 = load <16 x float>, ptr %3499, align 4
  %3501 = getelementptr inbounds float, ptr %dak, i64 %3495
  %3502 = load <16 x float>, ptr %3501, align 4
  %3503 = getelementptr inbounds float, ptr %dak, i64 %3498
  %3504 = load <16 x float>, ptr %3503, align 4
  %gep2574 = getelementptr float, ptr %invariant.gep, i64 %3494
  %3505 = load float, ptr %gep2574, align 4
  %3506 = fmul <16 x float> %3497, %3502
  %3507 = fmul <16 x float> %3500, %3504
  %3508 = fadd <16 x float> %3506, %3507
  %3509 = shufflevector <16 x float> %3508, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3510 = shufflevector <16 x float> %3508, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3511 = fadd <8 x float> %3509, %3510
  %3512 = shufflevector <8 x float> %3511, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3513 = shufflevector <8 x float> %3511, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3514 = fadd <4 x float> %3512, %3513
  %3515 = shufflevector <4 x float> %3514, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3516 = shufflevector <4 x float> %3514, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3517 = fadd <2 x float> %3515, %3516
  %shift3316 = shufflevector <2 x float> %3517, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3518 = fadd <2 x float> %3517, %shift3316
  %3519 = shufflevector <2 x float> %3518, <2 x float> poison, <16 x i32> zeroinitializer
  %3520 = fmul <16 x float> %3497, %3519
  %3521 = fsub <16 x float> %3502, %3520
  %3522 = insertelement <16 x float> poison, float %3505, i64 0
  %3523 = shufflevector <16 x float> %3522, <16 x float> poison, <16 x i32> zeroinitializer
  %3524 = fmul <16 x float> %3523, %3521
  %3525 = mul nsw i64 %3488, %dk_ts
  %gep2591 = getelementptr float, ptr %invariant.gep2580, i64 %3525
  store <16 x float> %3524, ptr %gep2591, align 4
  %3526 = fmul <16 x float> %3500, %3519
  %3527 = fsub <16 x float> %3504, %3526
  %3528 = fmul <16 x float> %3523, %3527
  %3529 = getelementptr i8, ptr %gep2591, i64 64
  store <16 x float> %3528, ptr %3529, align 4
  %3530 = getelementptr inbounds float, ptr %dav, i64 %3495
  %3531 = load <16 x float>, ptr %3530, align 4
  %3532 = getelementptr inbounds float, ptr %dav, i64 %3498
  %3533 = load <16 x float>, ptr %3532, align 4
  %3534 = mul nsw i64 %3488, %dv_ts
  %gep2593 = getelementptr float, ptr %invariant.gep2582, i64 %3534
  store <16 x float> %3531, ptr %gep2593, align 4
  %3535 = getelementptr i8, ptr %gep2593, i64 64
  store <16 x float> %3533, ptr %3535, align 4
  %3536 = or disjoint i64 %3494, 1
  %3537 = shl nsw i64 %3536, 5
  %3538 = getelementptr inbounds float, ptr %gep2602, i64 %3537
  %3539 = load <16 x float>, ptr %3538, align 4
  %3540 = or disjoint i64 %3537, 16
  %3541 = getelementptr inbounds float, ptr %gep2602, i64 %3540
  %3542 = load <16 x float>, ptr %3541, align 4
  %3543 = getelementptr inbounds float, ptr %dak, i64 %3537
  %3544 = load <16 x float>, ptr %3543, align 4
  %3545 = getelementptr inbounds float, ptr %dak, i64 %3540
  %3546 = load <16 x float>, ptr %3545, align 4
  %gep2576 = getelementptr float, ptr %invariant.gep, i64 %3536
  %3547 = load float, ptr %gep2576, align 4
  %3548 = fmul <16 x float> %3539, %3544
  %3549 = fmul <16 x float> %3542, %3546
  %3550 = fadd <16 x float> %3548, %3549
  %3551 = shufflevector <16 x float> %3550, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3552 = shufflevector <16 x float> %3550, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3553 = fadd <8 x float> %3551, %3552
  %3554 = shufflevector <8 x float> %3553, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3555 = shufflevector <8 x float> %3553, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3556 = fadd <4 x float> %3554, %3555
  %3557 = shufflevector <4 x float> %3556, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3558 = shufflevector <4 x float> %3556, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3559 = fadd <2 x float> %3557, %3558
  %shift3317 = shufflevector <2 x float> %3559, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3560 = fadd <2 x float> %3559, %shift3317
  %3561 = shufflevector <2 x float> %3560, <2 x float> poison, <16 x i32> zeroinitializer
  %3562 = fmul <16 x float> %3539, %3561
  %3563 = fsub <16 x float> %3544, %3562
  %3564 = insertelement <16 x float> poison, float %3547, i64 0
  %3565 = shufflevector <16 x float> %3564, <16 x float> poison, <16 x i32> zeroinitializer
  %3566 = fmul <16 x float> %3565, %3563
  %gep2595 = getelementptr float, ptr %invariant.gep2584, i64 %3525
  store <16 x float> %3566, ptr %gep2595, align 4
  %3567 = fmul <16 x float> %3542, %3561
  %3568 = fsub <16 x float> %3546, %3567
  %3569 = fmul <16 x float> %3565, %3568
  %3570 = getelementptr i8, ptr %gep2595, i64 64
  store <16 x float> %3569, ptr %3570, align 4
  %3571 = getelementptr inbounds float, ptr %dav, i64 %3537
  %3572 = load <16 x float>, ptr %3571, align 4
  %3573 = getelementptr inbounds float, ptr %dav, i64 %3540
  %3574 = load <16 x float>, ptr %3573, align 4
  %gep2597 = getelementptr float, ptr %invariant.gep2586, i64 %3534
  store <16 x float> %3572, ptr %gep2597, align 4
  %3575 = getelementptr i8, ptr %gep2597, i64 64
  store <16 x float> %3574, ptr %3575, align 4
  %t7.next = add nsw i64 %t7.addr.02577, 1
  %3576 = icmp slt i64 %t7.next, %t7.end
  br i1 %3576, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.02598, 1
  %indvars.iv.next2865 = add i64 %indvars.iv2864, 8
  %exitcond2879.not = icmp eq i64 %cc.next, %smax2878
  br i1 %exitcond2879.not, label %j38.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3577 = getelementptr i8, ptr %dh0, i64 %403
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3577, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881, i64 128, i1 false)
  %scevgep2880.1 = getelementptr i8, ptr %3577, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.1, i64 128, i1 false)
  %scevgep2880.2 = getelementptr i8, ptr %3577, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.2, i64 128, i1 false)
  %scevgep2880.3 = getelementptr i8, ptr %3577, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.3, i64 128, i1 false)
  %scevgep2880.4 = getelementptr i8, ptr %3577, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.4, i64 128, i1 false)
  %scevgep2880.5 = getelementptr i8, ptr %3577, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.5, i64 128, i1 false)
  %scevgep2880.6 = getelementptr i8, ptr %3577, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.6, i64 128, i1 false)
  %scevgep2880.7 = getelementptr i8, ptr %3577, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.7, i64 128, i1 false)
  %scevgep2880.8 = getelementptr i8, ptr %3577, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.8, i64 128, i1 false)
  %scevgep2880.9 = getelementptr i8, ptr %3577, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.9, i64 128, i1 false)
  %scevgep2880.10 = getelementptr i8, ptr %3577, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.10, i64 128, i1 false)
  %scevgep2880.11 = getelementptr i8, ptr %3577, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.11, i64 128, i1 false)
  %scevgep2880.12 = getelementptr i8, ptr %3577, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.12, i64 128, i1 false)
  %scevgep2880.13 = getelementptr i8, ptr %3577, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.13, i64 128, i1 false)
  %scevgep2880.14 = getelementptr i8, ptr %3577, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.14, i64 128, i1 false)
  %scevgep2880.15 = getelementptr i8, ptr %3577, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.15, i64 128, i1 false)
  %scevgep2880.16 = getelementptr i8, ptr %3577, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.16, i64 128, i1 false)
  %scevgep2880.17 = getelementptr i8, ptr %3577, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.17, i64 128, i1 false)
  %scevgep2880.18 = getelementptr i8, ptr %3577, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.18, i64 128, i1 false)
  %scevgep2880.19 = getelementptr i8, ptr %3577, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.19, i64 128, i1 false)
  %scevgep2880.20 = getelementptr i8, ptr %3577, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.20, i64 128, i1 false)
  %scevgep2880.21 = getelementptr i8, ptr %3577, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.21, i64 128, i1 false)
  %scevgep2880.22 = getelementptr i8, ptr %3577, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.22, i64 128, i1 false)
  %scevgep2880.23 = getelementptr i8, ptr %3577, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.23, i64 128, i1 false)
  %scevgep2880.24 = getelementptr i8, ptr %3577, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.24, i64 128, i1 false)
  %scevgep2880.25 = getelementptr i8, ptr %3577, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.25, i64 128, i1 false)
  %scevgep2880.26 = getelementptr i8, ptr %3577, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.26, i64 128, i1 false)
  %scevgep2880.27 = getelementptr i8, ptr %3577, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.27, i64 128, i1 false)
  %scevgep2880.28 = getelementptr i8, ptr %3577, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.28, i64 128, i1 false)
  %scevgep2880.29 = getelementptr i8, ptr %3577, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.29, i64 128, i1 false)
  %scevgep2880.30 = getelementptr i8, ptr %3577, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.30, i64 128, i1 false)
  %scevgep2880.31 = getelementptr i8, ptr %3577, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2881.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02609, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2883.not = icmp eq i64 %indvar.next, %34
  br i1 %exitcond2883.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

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
; ---- dp_fwd_h2_k32_v32_r64_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r64_nogate_l2norm'
source_filename = "dp_fwd_h2_k32_v32_r64_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h2_k32_v32_r64_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs317 = ptrtoint ptr %hs to i64
  %invariant.gep272 = getelementptr i8, ptr %work, i64 4352
  %sv = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 7
  %gep271 = getelementptr i8, ptr %invariant.gep272, i64 %.idx
  %.idx205 = mul i64 %T, 384
  %gep273 = getelementptr i8, ptr %invariant.gep272, i64 %.idx205
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 63
  %nc = sdiv i64 %4, 64
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 12
  %7 = shl i64 %nc, 12
  %8 = and i64 %hs317, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  %10 = icmp eq i64 %8, 0
  %11 = getelementptr i8, ptr %hs, i64 %6
  %12 = getelementptr i8, ptr %gep271, i64 64
  %13 = getelementptr i8, ptr %work, i64 4416
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i12.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i12.head.preheader ]
  %bh.addr.0274 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i12.head.preheader ]
  %14 = add i64 %indvar, %bh0
  %15 = shl i64 %14, 12
  %scevgep320 = getelementptr i8, ptr %hT, i64 %15
  %16 = mul i64 %7, %indvar
  %scevgep310 = getelementptr i8, ptr %h0, i64 %15
  %b = sdiv i64 %bh.addr.0274, %H
  %h = srem i64 %bh.addr.0274, %H
  %17 = mul nsw i64 %b, %T
  %18 = mul nsw i64 %17, %H
  %bT = add nsw i64 %18, %h
  %19 = mul i64 %1, %17
  %20 = getelementptr float, ptr %beta, i64 %19
  %betah = getelementptr float, ptr %20, i64 %h
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %2, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep310, i64 4096, i1 false)
  br label %i12.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %21 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %21
  %invariant.gep208 = getelementptr float, ptr %k, i64 %21
  %invariant.gep210 = getelementptr float, ptr %v, i64 %21
  %22 = add nsw i64 %h, %H
  %23 = shl nsw i64 %22, 5
  %invariant.gep212 = getelementptr float, ptr %k, i64 %23
  %invariant.gep214 = getelementptr float, ptr %v, i64 %23
  br label %t.body

bh.exit:                                          ; preds = %i12.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep310, i64 4096, i1 false)
  br i1 %2, label %ci.body.lr.ph, label %i12.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0207 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %24 = add nuw nsw i64 %t.addr.0207, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %24, i64 %3)
  %25 = add nsw i64 %tp, %17
  %26 = mul nsw i64 %25, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %26
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %27 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %27, i32 0, i32 2, i32 1)
  %28 = mul nsw i64 %25, %k_ts
  %gep209 = getelementptr float, ptr %invariant.gep208, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep209, i32 0, i32 2, i32 1)
  %29 = getelementptr i8, ptr %gep209, i64 64
  tail call void @llvm.prefetch.p0(ptr %29, i32 0, i32 2, i32 1)
  %30 = mul nsw i64 %25, %v_ts
  %gep211 = getelementptr float, ptr %invariant.gep210, i64 %30
  tail call void @llvm.prefetch.p0(ptr %gep211, i32 0, i32 2, i32 1)
  %31 = getelementptr i8, ptr %gep211, i64 64
  tail call void @llvm.prefetch.p0(ptr %31, i32 0, i32 2, i32 1)
  %gep213 = getelementptr float, ptr %invariant.gep212, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep213, i32 0, i32 2, i32 1)
  %32 = getelementptr i8, ptr %gep213, i64 64
  tail call void @llvm.prefetch.p0(ptr %32, i32 0, i32 2, i32 1)
  %gep215 = getelementptr float, ptr %invariant.gep214, i64 %30
  tail call void @llvm.prefetch.p0(ptr %gep215, i32 0, i32 2, i32 1)
  %33 = getelementptr i8, ptr %gep215, i64 64
  tail call void @llvm.prefetch.p0(ptr %33, i32 0, i32 2, i32 1)
  %34 = add nsw i64 %t.addr.0207, %17
  %35 = mul nsw i64 %34, %q_ts
  %gep217 = getelementptr float, ptr %invariant.gep, i64 %35
  %36 = load <16 x float>, ptr %gep217, align 4
  %37 = getelementptr i8, ptr %gep217, i64 64
  %38 = load <16 x float>, ptr %37, align 4
  %39 = fmul <16 x float> %36, %36
  %40 = fmul <16 x float> %38, %38
  %41 = fadd <16 x float> %39, %40
  %42 = shufflevector <16 x float> %41, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %43 = shufflevector <16 x float> %41, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %44 = fadd <8 x float> %42, %43
  %45 = shufflevector <8 x float> %44, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %46 = shufflevector <8 x float> %44, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %47 = fadd <4 x float> %45, %46
  %48 = shufflevector <4 x float> %47, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %49 = shufflevector <4 x float> %47, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %50 = fadd <2 x float> %48, %49
  %shift = shufflevector <2 x float> %50, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %51 = fadd <2 x float> %50, %shift
  %52 = extractelement <2 x float> %51, i64 0
  %53 = fadd float %52, 0x3EB0C6F7A0000000
  %54 = tail call float @llvm.sqrt.f32(float %53)
  %55 = fdiv float 1.000000e+00, %54
  %56 = insertelement <16 x float> poison, float %55, i64 0
  %57 = shufflevector <16 x float> %56, <16 x float> poison, <16 x i32> zeroinitializer
  %58 = fmul <16 x float> %36, %57
  %59 = shl nsw i64 %t.addr.0207, 5
  %60 = getelementptr inbounds float, ptr %invariant.gep272, i64 %59
  store <16 x float> %58, ptr %60, align 4
  %61 = fmul <16 x float> %38, %57
  %62 = or disjoint i64 %59, 16
  %63 = getelementptr inbounds float, ptr %invariant.gep272, i64 %62
  store <16 x float> %61, ptr %63, align 4
  %64 = mul nsw i64 %34, %k_ts
  %gep219 = getelementptr float, ptr %invariant.gep208, i64 %64
  %65 = load <16 x float>, ptr %gep219, align 4
  %66 = getelementptr i8, ptr %gep219, i64 64
  %67 = load <16 x float>, ptr %66, align 4
  %68 = fmul <16 x float> %65, %65
  %69 = fmul <16 x float> %67, %67
  %70 = fadd <16 x float> %68, %69
  %71 = shufflevector <16 x float> %70, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %72 = shufflevector <16 x float> %70, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %73 = fadd <8 x float> %71, %72
  %74 = shufflevector <8 x float> %73, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %75 = shufflevector <8 x float> %73, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %76 = fadd <4 x float> %74, %75
  %77 = shufflevector <4 x float> %76, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %78 = shufflevector <4 x float> %76, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %79 = fadd <2 x float> %77, %78
  %shift361 = shufflevector <2 x float> %79, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %80 = fadd <2 x float> %79, %shift361
  %81 = extractelement <2 x float> %80, i64 0
  %82 = fadd float %81, 0x3EB0C6F7A0000000
  %83 = tail call float @llvm.sqrt.f32(float %82)
  %84 = fdiv float 1.000000e+00, %83
  %85 = insertelement <16 x float> poison, float %84, i64 0
  %86 = shufflevector <16 x float> %85, <16 x float> poison, <16 x i32> zeroinitializer
  %87 = fmul <16 x float> %65, %86
  %88 = shl i64 %t.addr.0207, 6
  %89 = getelementptr inbounds float, ptr %gep271, i64 %88
  store <16 x float> %87, ptr %89, align 4
  %90 = fmul <16 x float> %67, %86
  %91 = or disjoint i64 %88, 16
  %92 = getelementptr inbounds float, ptr %gep271, i64 %91
  store <16 x float> %90, ptr %92, align 4
  %93 = mul nsw i64 %34, %v_ts
  %gep221 = getelementptr float, ptr %invariant.gep210, i64 %93
  %94 = load <16 x float>, ptr %gep221, align 4
  %95 = getelementptr i8, ptr %gep221, i64 64
  %96 = load <16 x float>, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %gep273, i64 %88
  store <16 x float> %94, ptr %97, align 4
  %98 = getelementptr inbounds float, ptr %gep273, i64 %91
  store <16 x float> %96, ptr %98, align 4
  %gep223 = getelementptr float, ptr %invariant.gep212, i64 %64
  %99 = load <16 x float>, ptr %gep223, align 4
  %100 = getelementptr i8, ptr %gep223, i64 64
  %101 = load <16 x float>, ptr %100, align 4
  %102 = fmul <16 x float> %99, %99
  %103 = fmul <16 x float> %101, %101
  %104 = fadd <16 x float> %102, %103
  %105 = shufflevector <16 x float> %104, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %106 = shufflevector <16 x float> %104, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %107 = fadd <8 x float> %105, %106
  %108 = shufflevector <8 x float> %107, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %109 = shufflevector <8 x float> %107, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %110 = fadd <4 x float> %108, %109
  %111 = shufflevector <4 x float> %110, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %112 = shufflevector <4 x float> %110, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %113 = fadd <2 x float> %111, %112
  %shift362 = shufflevector <2 x float> %113, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %114 = fadd <2 x float> %113, %shift362
  %115 = extractelement <2 x float> %114, i64 0
  %116 = fadd float %115, 0x3EB0C6F7A0000000
  %117 = tail call float @llvm.sqrt.f32(float %116)
  %118 = fdiv float 1.000000e+00, %117
  %119 = insertelement <16 x float> poison, float %118, i64 0
  %120 = shufflevector <16 x float> %119, <16 x float> poison, <16 x i32> zeroinitializer
  %121 = fmul <16 x float> %99, %120
  %122 = or disjoint i64 %88, 32
  %123 = getelementptr inbounds float, ptr %gep271, i64 %122
  store <16 x float> %121, ptr %123, align 4
  %124 = fmul <16 x float> %101, %120
  %125 = or disjoint i64 %88, 48
  %126 = getelementptr inbounds float, ptr %gep271, i64 %125
  store <16 x float> %124, ptr %126, align 4
  %gep225 = getelementptr float, ptr %invariant.gep214, i64 %93
  %127 = load <16 x float>, ptr %gep225, align 4
  %128 = getelementptr i8, ptr %gep225, i64 64
  %129 = load <16 x float>, ptr %128, align 4
  %130 = getelementptr inbounds float, ptr %gep273, i64 %122
  store <16 x float> %127, ptr %130, align 4
  %131 = getelementptr inbounds float, ptr %gep273, i64 %125
  store <16 x float> %129, ptr %131, align 4
  %t.next = add nuw nsw i64 %t.addr.0207, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %132 = mul nsw i64 %bh.addr.0274, %nc
  %133 = getelementptr i8, ptr %11, i64 %16
  br label %ci.body

i12.head.preheader:                               ; preds = %i11.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep320, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0274, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond321.not = icmp eq i64 %indvar.next, %9
  br i1 %exitcond321.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %i11.exit
  %ci.addr.0267 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %i11.exit ]
  %134 = shl i64 %ci.addr.0267, 12
  %135 = add nsw i64 %ci.addr.0267, %132
  %136 = shl nsw i64 %135, 10
  br i1 %10, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %scevgep312 = getelementptr i8, ptr %133, i64 %134
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep312, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0267, 6
  %137 = add nuw nsw i64 %t0, 64
  %.idx276 = shl nsw i64 %ci.addr.0267, 13
  %invariant.gep338 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx276
  br label %i3.body

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0231 = phi i64 [ %i1.next.7, %j1.head.preheader ], [ 0, %ci.body ]
  %138 = shl nuw nsw i64 %i1.addr.0231, 5
  %139 = or disjoint i64 %138, %136
  %140 = getelementptr inbounds float, ptr %work, i64 %138
  %141 = load <16 x float>, ptr %140, align 4
  %142 = getelementptr inbounds float, ptr %hs, i64 %139
  store <16 x float> %141, ptr %142, align 64, !nontemporal !0
  %143 = or disjoint i64 %138, 16
  %144 = getelementptr inbounds float, ptr %work, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = or disjoint i64 %139, 16
  %147 = getelementptr inbounds float, ptr %hs, i64 %146
  store <16 x float> %145, ptr %147, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0231, 5
  %148 = or disjoint i64 %i1.next, 32
  %149 = or disjoint i64 %148, %136
  %150 = getelementptr inbounds float, ptr %work, i64 %148
  %151 = load <16 x float>, ptr %150, align 4
  %152 = getelementptr inbounds float, ptr %hs, i64 %149
  store <16 x float> %151, ptr %152, align 64, !nontemporal !0
  %153 = or disjoint i64 %i1.next, 48
  %154 = getelementptr inbounds float, ptr %work, i64 %153
  %155 = load <16 x float>, ptr %154, align 4
  %156 = or disjoint i64 %149, 16
  %157 = getelementptr inbounds float, ptr %hs, i64 %156
  store <16 x float> %155, ptr %157, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0231, 5
  %158 = or disjoint i64 %i1.next.1, 64
  %159 = or disjoint i64 %158, %136
  %160 = getelementptr inbounds float, ptr %work, i64 %158
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr inbounds float, ptr %hs, i64 %159
  store <16 x float> %161, ptr %162, align 64, !nontemporal !0
  %163 = or disjoint i64 %i1.next.1, 80
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <16 x float>, ptr %164, align 4
  %166 = or disjoint i64 %159, 16
  %167 = getelementptr inbounds float, ptr %hs, i64 %166
  store <16 x float> %165, ptr %167, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0231, 5
  %168 = or disjoint i64 %i1.next.2, 96
  %169 = or disjoint i64 %168, %136
  %170 = getelementptr inbounds float, ptr %work, i64 %168
  %171 = load <16 x float>, ptr %170, align 4
  %172 = getelementptr inbounds float, ptr %hs, i64 %169
  store <16 x float> %171, ptr %172, align 64, !nontemporal !0
  %173 = or disjoint i64 %i1.next.2, 112
  %174 = getelementptr inbounds float, ptr %work, i64 %173
  %175 = load <16 x float>, ptr %174, align 4
  %176 = or disjoint i64 %169, 16
  %177 = getelementptr inbounds float, ptr %hs, i64 %176
  store <16 x float> %175, ptr %177, align 64, !nontemporal !0
  %i1.next.3 = shl i64 %i1.addr.0231, 5
  %178 = or disjoint i64 %i1.next.3, 128
  %179 = or disjoint i64 %178, %136
  %180 = getelementptr inbounds float, ptr %work, i64 %178
  %181 = load <16 x float>, ptr %180, align 4
  %182 = getelementptr inbounds float, ptr %hs, i64 %179
  store <16 x float> %181, ptr %182, align 64, !nontemporal !0
  %183 = or disjoint i64 %i1.next.3, 144
  %184 = getelementptr inbounds float, ptr %work, i64 %183
  %185 = load <16 x float>, ptr %184, align 4
  %186 = or disjoint i64 %179, 16
  %187 = getelementptr inbounds float, ptr %hs, i64 %186
  store <16 x float> %185, ptr %187, align 64, !nontemporal !0
  %i1.next.4 = shl i64 %i1.addr.0231, 5
  %188 = or disjoint i64 %i1.next.4, 160
  %189 = or disjoint i64 %188, %136
  %190 = getelementptr inbounds float, ptr %work, i64 %188
  %191 = load <16 x float>, ptr %190, align 4
  %192 = getelementptr inbounds float, ptr %hs, i64 %189
  store <16 x float> %191, ptr %192, align 64, !nontemporal !0
  %193 = or disjoint i64 %i1.next.4, 176
  %194 = getelementptr inbounds float, ptr %work, i64 %193
  %195 = load <16 x float>, ptr %194, align 4
  %196 = or disjoint i64 %189, 16
  %197 = getelementptr inbounds float, ptr %hs, i64 %196
  store <16 x float> %195, ptr %197, align 64, !nontemporal !0
  %i1.next.5 = shl i64 %i1.addr.0231, 5
  %198 = or disjoint i64 %i1.next.5, 192
  %199 = or disjoint i64 %198, %136
  %200 = getelementptr inbounds float, ptr %work, i64 %198
  %201 = load <16 x float>, ptr %200, align 4
  %202 = getelementptr inbounds float, ptr %hs, i64 %199
  store <16 x float> %201, ptr %202, align 64, !nontemporal !0
  %203 = or disjoint i64 %i1.next.5, 208
  %204 = getelementptr inbounds float, ptr %work, i64 %203
  %205 = load <16 x float>, ptr %204, align 4
  %206 = or disjoint i64 %199, 16
  %207 = getelementptr inbounds float, ptr %hs, i64 %206
  store <16 x float> %205, ptr %207, align 64, !nontemporal !0
  %i1.next.6 = shl i64 %i1.addr.0231, 5
  %208 = or disjoint i64 %i1.next.6, 224
  %209 = or disjoint i64 %208, %136
  %210 = getelementptr inbounds float, ptr %work, i64 %208
  %211 = load <16 x float>, ptr %210, align 4
  %212 = getelementptr inbounds float, ptr %hs, i64 %209
  store <16 x float> %211, ptr %212, align 64, !nontemporal !0
  %213 = or disjoint i64 %i1.next.6, 240
  %214 = getelementptr inbounds float, ptr %work, i64 %213
  %215 = load <16 x float>, ptr %214, align 4
  %216 = or disjoint i64 %209, 16
  %217 = getelementptr inbounds float, ptr %hs, i64 %216
  store <16 x float> %215, ptr %217, align 64, !nontemporal !0
  %i1.next.7 = add nuw nsw i64 %i1.addr.0231, 8
  %exitcond313.not.7 = icmp eq i64 %i1.next.7, 32
  br i1 %exitcond313.not.7, label %endif, label %j1.head.preheader

i4.head.preheader:                                ; preds = %i3.body
  %218 = getelementptr inbounds float, ptr %gep271, i64 %134
  %219 = load <16 x float>, ptr %218, align 4
  %220 = or disjoint i64 %134, 32
  %221 = getelementptr inbounds float, ptr %gep271, i64 %220
  %222 = load <16 x float>, ptr %221, align 4
  %223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %219, <16 x float> %222, <16 x float> zeroinitializer)
  %224 = or disjoint i64 %134, 16
  %225 = getelementptr inbounds float, ptr %gep271, i64 %224
  %226 = load <16 x float>, ptr %225, align 4
  %227 = or disjoint i64 %134, 48
  %228 = getelementptr inbounds float, ptr %gep271, i64 %227
  %229 = load <16 x float>, ptr %228, align 4
  %230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %226, <16 x float> %229, <16 x float> %223)
  %231 = shufflevector <16 x float> %230, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %232 = shufflevector <16 x float> %230, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %233 = fadd <8 x float> %231, %232
  %234 = shufflevector <8 x float> %233, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %235 = shufflevector <8 x float> %233, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %236 = fadd <4 x float> %234, %235
  %237 = shufflevector <4 x float> %236, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %238 = shufflevector <4 x float> %236, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %239 = fadd <2 x float> %237, %238
  %.idx277 = shl i64 %ci.addr.0267, 14
  %240 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx276
  %241 = load <16 x float>, ptr %240, align 4
  %242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %219, <16 x float> %241, <16 x float> zeroinitializer)
  %243 = getelementptr i8, ptr %12, i64 %.idx277
  %244 = load <16 x float>, ptr %243, align 4
  %245 = getelementptr inbounds i8, ptr %13, i64 %.idx276
  %246 = load <16 x float>, ptr %245, align 4
  %247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %244, <16 x float> %246, <16 x float> %242)
  %248 = shufflevector <16 x float> %247, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %249 = shufflevector <16 x float> %247, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %250 = fadd <8 x float> %248, %249
  %251 = shufflevector <8 x float> %250, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %252 = shufflevector <8 x float> %250, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %253 = fadd <4 x float> %251, %252
  %254 = shufflevector <4 x float> %253, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %255 = shufflevector <4 x float> %253, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %256 = fadd <2 x float> %254, %255
  %257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %222, <16 x float> %241, <16 x float> zeroinitializer)
  %258 = getelementptr i8, ptr %243, i64 128
  %259 = load <16 x float>, ptr %258, align 4
  %260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %246, <16 x float> %257)
  %t1 = tail call i64 @llvm.smin.i64(i64 %137, i64 %T)
  %shift363 = shufflevector <2 x float> %239, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %261 = fadd <2 x float> %239, %shift363
  %shift364 = shufflevector <2 x float> %256, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %262 = fadd <2 x float> %256, %shift364
  %263 = shufflevector <16 x float> %260, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %264 = shufflevector <16 x float> %260, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %265 = fadd <8 x float> %263, %264
  %266 = shufflevector <8 x float> %265, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %267 = shufflevector <8 x float> %265, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %268 = fadd <4 x float> %266, %267
  %269 = shufflevector <4 x float> %268, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %270 = shufflevector <4 x float> %268, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %271 = fadd <2 x float> %269, %270
  %shift365 = shufflevector <2 x float> %271, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %272 = fadd <2 x float> %271, %shift365
  %273 = shl nsw i64 %ci.addr.0267, 7
  %274 = mul nsw i64 %273, %H
  %275 = getelementptr inbounds float, ptr %betah, i64 %274
  %276 = load float, ptr %275, align 4
  %277 = getelementptr inbounds float, ptr %gep273, i64 %134
  %278 = load <16 x float>, ptr %277, align 4
  %279 = fsub <16 x float> %278, %358
  %280 = insertelement <16 x float> poison, float %276, i64 0
  %281 = shufflevector <16 x float> %280, <16 x float> poison, <16 x i32> zeroinitializer
  %282 = fmul <16 x float> %281, %279
  %283 = or disjoint i64 %134, 16
  %284 = getelementptr inbounds float, ptr %gep273, i64 %283
  %285 = load <16 x float>, ptr %284, align 4
  %286 = fsub <16 x float> %285, %368
  %287 = fmul <16 x float> %281, %286
  %288 = or disjoint i64 %273, 1
  %289 = mul nsw i64 %288, %H
  %290 = getelementptr inbounds float, ptr %betah, i64 %289
  %291 = load float, ptr %290, align 4
  %292 = shl nsw i64 %288, 5
  %293 = getelementptr inbounds float, ptr %gep273, i64 %292
  %294 = load <16 x float>, ptr %293, align 4
  %295 = shufflevector <2 x float> %261, <2 x float> poison, <16 x i32> zeroinitializer
  %296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %295, <16 x float> %282, <16 x float> %361)
  %297 = fsub <16 x float> %294, %296
  %298 = insertelement <16 x float> poison, float %291, i64 0
  %299 = shufflevector <16 x float> %298, <16 x float> poison, <16 x i32> zeroinitializer
  %300 = fmul <16 x float> %299, %297
  %301 = or disjoint i64 %292, 16
  %302 = getelementptr inbounds float, ptr %gep273, i64 %301
  %303 = load <16 x float>, ptr %302, align 4
  %304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %295, <16 x float> %287, <16 x float> %369)
  %305 = fsub <16 x float> %303, %304
  %306 = fmul <16 x float> %299, %305
  %307 = shufflevector <2 x float> %272, <2 x float> poison, <16 x i32> zeroinitializer
  %308 = shufflevector <2 x float> %262, <2 x float> poison, <16 x i32> zeroinitializer
  %309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %308, <16 x float> %282, <16 x float> %364)
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %300, <16 x float> %309)
  %311 = fmul <16 x float> %310, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %312 = mul nsw i64 %t0, %sv
  %313 = getelementptr inbounds float, ptr %oh, i64 %312
  store <16 x float> %311, ptr %313, align 4
  %314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %308, <16 x float> %287, <16 x float> %370)
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %306, <16 x float> %314)
  %316 = fmul <16 x float> %315, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %317 = or disjoint i64 %312, 16
  %318 = getelementptr inbounds float, ptr %oh, i64 %317
  store <16 x float> %316, ptr %318, align 4
  %319 = or disjoint i64 %t0, 1
  %320 = icmp slt i64 %319, %t1
  br i1 %320, label %i7.head.preheader, label %i11.head.preheader

i3.body:                                          ; preds = %i3.body, %endif
  %acc.0238 = phi <16 x float> [ zeroinitializer, %endif ], [ %358, %i3.body ]
  %acc1.0237 = phi <16 x float> [ zeroinitializer, %endif ], [ %368, %i3.body ]
  %acc2.0236 = phi <16 x float> [ zeroinitializer, %endif ], [ %361, %i3.body ]
  %acc3.0235 = phi <16 x float> [ zeroinitializer, %endif ], [ %369, %i3.body ]
  %acc4.0234 = phi <16 x float> [ zeroinitializer, %endif ], [ %364, %i3.body ]
  %acc5.0233 = phi <16 x float> [ zeroinitializer, %endif ], [ %370, %i3.body ]
  %i3.addr.0232 = phi i64 [ 0, %endif ], [ %i3.next.1, %i3.body ]
  %321 = add nuw nsw i64 %i3.addr.0232, %134
  %322 = getelementptr inbounds float, ptr %gep271, i64 %321
  %323 = load float, ptr %322, align 4
  %324 = or disjoint i64 %321, 32
  %325 = getelementptr inbounds float, ptr %gep271, i64 %324
  %326 = load float, ptr %325, align 4
  %gep339 = getelementptr inbounds float, ptr %invariant.gep338, i64 %i3.addr.0232
  %327 = load float, ptr %gep339, align 4
  %328 = shl nuw nsw i64 %i3.addr.0232, 5
  %329 = getelementptr inbounds float, ptr %work, i64 %328
  %330 = load <16 x float>, ptr %329, align 4
  %331 = insertelement <16 x float> poison, float %323, i64 0
  %332 = shufflevector <16 x float> %331, <16 x float> poison, <16 x i32> zeroinitializer
  %333 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %332, <16 x float> %330, <16 x float> %acc.0238)
  %334 = insertelement <16 x float> poison, float %326, i64 0
  %335 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %335, <16 x float> %330, <16 x float> %acc2.0236)
  %337 = insertelement <16 x float> poison, float %327, i64 0
  %338 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %330, <16 x float> %acc4.0234)
  %340 = or disjoint i64 %328, 16
  %341 = getelementptr inbounds float, ptr %work, i64 %340
  %342 = load <16 x float>, ptr %341, align 4
  %343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %332, <16 x float> %342, <16 x float> %acc1.0237)
  %344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %335, <16 x float> %342, <16 x float> %acc3.0235)
  %345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %342, <16 x float> %acc5.0233)
  %i3.next = or disjoint i64 %i3.addr.0232, 1
  %346 = add nuw nsw i64 %i3.next, %134
  %347 = getelementptr inbounds float, ptr %gep271, i64 %346
  %348 = load float, ptr %347, align 4
  %349 = or disjoint i64 %346, 32
  %350 = getelementptr inbounds float, ptr %gep271, i64 %349
  %351 = load float, ptr %350, align 4
  %gep339.1 = getelementptr inbounds float, ptr %invariant.gep338, i64 %i3.next
  %352 = load float, ptr %gep339.1, align 4
  %353 = shl nuw nsw i64 %i3.next, 5
  %354 = getelementptr inbounds float, ptr %work, i64 %353
  %355 = load <16 x float>, ptr %354, align 4
  %356 = insertelement <16 x float> poison, float %348, i64 0
  %357 = shufflevector <16 x float> %356, <16 x float> poison, <16 x i32> zeroinitializer
  %358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %357, <16 x float> %355, <16 x float> %333)
  %359 = insertelement <16 x float> poison, float %351, i64 0
  %360 = shufflevector <16 x float> %359, <16 x float> poison, <16 x i32> zeroinitializer
  %361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %360, <16 x float> %355, <16 x float> %336)
  %362 = insertelement <16 x float> poison, float %352, i64 0
  %363 = shufflevector <16 x float> %362, <16 x float> poison, <16 x i32> zeroinitializer
  %364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %363, <16 x float> %355, <16 x float> %339)
  %365 = or disjoint i64 %353, 16
  %366 = getelementptr inbounds float, ptr %work, i64 %365
  %367 = load <16 x float>, ptr %366, align 4
  %368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %357, <16 x float> %367, <16 x float> %343)
  %369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %360, <16 x float> %367, <16 x float> %344)
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %363, <16 x float> %367, <16 x float> %345)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0232, 2
  %exitcond314.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond314.not.1, label %i4.head.preheader, label %i3.body

i11.head.preheader:                               ; preds = %i8.head.preheader, %i4.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %306, %i4.head.preheader ], [ %460, %i8.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %300, %i4.head.preheader ], [ %454, %i8.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %287, %i4.head.preheader ], [ %441, %i8.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %282, %i4.head.preheader ], [ %436, %i8.head.preheader ]
  %.idx322 = shl i64 %t1, 8
  %invariant.gep344 = getelementptr i8, ptr %gep271, i64 %.idx322
  br label %i11.body

i7.head.preheader:                                ; preds = %i4.head.preheader, %i8.head.preheader
  %delta.0262 = phi <16 x float> [ %436, %i8.head.preheader ], [ %282, %i4.head.preheader ]
  %delta1.0261 = phi <16 x float> [ %441, %i8.head.preheader ], [ %287, %i4.head.preheader ]
  %delta2.0260 = phi <16 x float> [ %454, %i8.head.preheader ], [ %300, %i4.head.preheader ]
  %delta3.0259 = phi <16 x float> [ %460, %i8.head.preheader ], [ %306, %i4.head.preheader ]
  %t1.addr.0258 = phi i64 [ %t1.next, %i8.head.preheader ], [ %319, %i4.head.preheader ]
  %371 = shl i64 %t1.addr.0258, 6
  %invariant.gep340 = getelementptr float, ptr %gep271, i64 %371
  %.idx281 = shl nsw i64 %t1.addr.0258, 7
  %invariant.gep342 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx281
  br label %i7.body

i8.head.preheader:                                ; preds = %i7.body
  %372 = getelementptr inbounds float, ptr %gep271, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = or disjoint i64 %371, 32
  %375 = getelementptr inbounds float, ptr %gep271, i64 %374
  %376 = load <16 x float>, ptr %375, align 4
  %377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %373, <16 x float> %376, <16 x float> zeroinitializer)
  %378 = or disjoint i64 %371, 16
  %379 = getelementptr inbounds float, ptr %gep271, i64 %378
  %380 = load <16 x float>, ptr %379, align 4
  %381 = or disjoint i64 %371, 48
  %382 = getelementptr inbounds float, ptr %gep271, i64 %381
  %383 = load <16 x float>, ptr %382, align 4
  %384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %380, <16 x float> %383, <16 x float> %377)
  %385 = shufflevector <16 x float> %384, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %386 = shufflevector <16 x float> %384, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %387 = fadd <8 x float> %385, %386
  %388 = shufflevector <8 x float> %387, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %389 = shufflevector <8 x float> %387, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %390 = fadd <4 x float> %388, %389
  %391 = shufflevector <4 x float> %390, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %392 = shufflevector <4 x float> %390, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %393 = fadd <2 x float> %391, %392
  %.idx282 = shl i64 %t1.addr.0258, 8
  %394 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx281
  %395 = load <16 x float>, ptr %394, align 4
  %396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %373, <16 x float> %395, <16 x float> zeroinitializer)
  %397 = getelementptr i8, ptr %12, i64 %.idx282
  %398 = load <16 x float>, ptr %397, align 4
  %399 = getelementptr inbounds i8, ptr %13, i64 %.idx281
  %400 = load <16 x float>, ptr %399, align 4
  %401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %398, <16 x float> %400, <16 x float> %396)
  %402 = shufflevector <16 x float> %401, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %403 = shufflevector <16 x float> %401, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %404 = fadd <8 x float> %402, %403
  %405 = shufflevector <8 x float> %404, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %406 = shufflevector <8 x float> %404, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %407 = fadd <4 x float> %405, %406
  %408 = shufflevector <4 x float> %407, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %409 = shufflevector <4 x float> %407, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %410 = fadd <2 x float> %408, %409
  %411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %376, <16 x float> %395, <16 x float> zeroinitializer)
  %412 = getelementptr i8, ptr %397, i64 128
  %413 = load <16 x float>, ptr %412, align 4
  %414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %413, <16 x float> %400, <16 x float> %411)
  %shift366 = shufflevector <2 x float> %393, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %415 = fadd <2 x float> %393, %shift366
  %shift367 = shufflevector <2 x float> %410, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %416 = fadd <2 x float> %410, %shift367
  %417 = shufflevector <16 x float> %414, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %418 = shufflevector <16 x float> %414, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %419 = fadd <8 x float> %417, %418
  %420 = shufflevector <8 x float> %419, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %421 = shufflevector <8 x float> %419, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %422 = fadd <4 x float> %420, %421
  %423 = shufflevector <4 x float> %422, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %424 = shufflevector <4 x float> %422, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %425 = fadd <2 x float> %423, %424
  %shift368 = shufflevector <2 x float> %425, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %426 = fadd <2 x float> %425, %shift368
  %427 = shl nuw nsw i64 %t1.addr.0258, 1
  %428 = mul nsw i64 %427, %H
  %429 = getelementptr inbounds float, ptr %betah, i64 %428
  %430 = load float, ptr %429, align 4
  %431 = getelementptr inbounds float, ptr %gep273, i64 %371
  %432 = load <16 x float>, ptr %431, align 4
  %433 = fsub <16 x float> %432, %496
  %434 = insertelement <16 x float> poison, float %430, i64 0
  %435 = shufflevector <16 x float> %434, <16 x float> poison, <16 x i32> zeroinitializer
  %436 = fmul <16 x float> %435, %433
  %437 = or disjoint i64 %371, 16
  %438 = getelementptr inbounds float, ptr %gep273, i64 %437
  %439 = load <16 x float>, ptr %438, align 4
  %440 = fsub <16 x float> %439, %508
  %441 = fmul <16 x float> %435, %440
  %442 = or disjoint i64 %427, 1
  %443 = mul nsw i64 %442, %H
  %444 = getelementptr inbounds float, ptr %betah, i64 %443
  %445 = load float, ptr %444, align 4
  %446 = shl nsw i64 %442, 5
  %447 = getelementptr inbounds float, ptr %gep273, i64 %446
  %448 = load <16 x float>, ptr %447, align 4
  %449 = shufflevector <2 x float> %415, <2 x float> poison, <16 x i32> zeroinitializer
  %450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %449, <16 x float> %436, <16 x float> %499)
  %451 = fsub <16 x float> %448, %450
  %452 = insertelement <16 x float> poison, float %445, i64 0
  %453 = shufflevector <16 x float> %452, <16 x float> poison, <16 x i32> zeroinitializer
  %454 = fmul <16 x float> %453, %451
  %455 = or disjoint i64 %446, 16
  %456 = getelementptr inbounds float, ptr %gep273, i64 %455
  %457 = load <16 x float>, ptr %456, align 4
  %458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %449, <16 x float> %441, <16 x float> %509)
  %459 = fsub <16 x float> %457, %458
  %460 = fmul <16 x float> %453, %459
  %461 = shufflevector <2 x float> %426, <2 x float> poison, <16 x i32> zeroinitializer
  %462 = shufflevector <2 x float> %416, <2 x float> poison, <16 x i32> zeroinitializer
  %463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %462, <16 x float> %436, <16 x float> %502)
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %454, <16 x float> %463)
  %465 = fmul <16 x float> %464, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %466 = mul nsw i64 %t1.addr.0258, %sv
  %467 = getelementptr inbounds float, ptr %oh, i64 %466
  store <16 x float> %465, ptr %467, align 4
  %468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %462, <16 x float> %441, <16 x float> %510)
  %469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %460, <16 x float> %468)
  %470 = fmul <16 x float> %469, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %471 = or disjoint i64 %466, 16
  %472 = getelementptr inbounds float, ptr %oh, i64 %471
  store <16 x float> %470, ptr %472, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0258, 1
  %473 = icmp slt i64 %t1.next, %t1
  br i1 %473, label %i7.head.preheader, label %i11.head.preheader

i7.body:                                          ; preds = %i7.head.preheader, %i7.body
  %i7.addr.0251 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next, %i7.body ]
  %acc14.0250 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %510, %i7.body ]
  %acc13.0249 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %502, %i7.body ]
  %acc12.0248 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %509, %i7.body ]
  %acc11.0247 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %499, %i7.body ]
  %acc10.0246 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %508, %i7.body ]
  %acc9.0245 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %496, %i7.body ]
  %gep341 = getelementptr float, ptr %invariant.gep340, i64 %i7.addr.0251
  %474 = getelementptr i8, ptr %gep341, i64 -256
  %475 = load float, ptr %474, align 4
  %476 = getelementptr i8, ptr %gep341, i64 -128
  %477 = load float, ptr %476, align 4
  %478 = or disjoint i64 %i7.addr.0251, %371
  %479 = getelementptr inbounds float, ptr %gep271, i64 %478
  %480 = load float, ptr %479, align 4
  %481 = or disjoint i64 %478, 32
  %482 = getelementptr inbounds float, ptr %gep271, i64 %481
  %483 = load float, ptr %482, align 4
  %gep343 = getelementptr inbounds float, ptr %invariant.gep342, i64 %i7.addr.0251
  %484 = load float, ptr %gep343, align 4
  %485 = insertelement <16 x float> poison, float %477, i64 0
  %486 = shufflevector <16 x float> %485, <16 x float> poison, <16 x i32> zeroinitializer
  %487 = insertelement <16 x float> poison, float %475, i64 0
  %488 = shufflevector <16 x float> %487, <16 x float> poison, <16 x i32> zeroinitializer
  %489 = shl nuw nsw i64 %i7.addr.0251, 5
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %488, <16 x float> %delta.0262, <16 x float> %491)
  %493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %486, <16 x float> %delta2.0260, <16 x float> %492)
  store <16 x float> %493, ptr %490, align 4
  %494 = insertelement <16 x float> poison, float %480, i64 0
  %495 = shufflevector <16 x float> %494, <16 x float> poison, <16 x i32> zeroinitializer
  %496 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %495, <16 x float> %493, <16 x float> %acc9.0245)
  %497 = insertelement <16 x float> poison, float %483, i64 0
  %498 = shufflevector <16 x float> %497, <16 x float> poison, <16 x i32> zeroinitializer
  %499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %498, <16 x float> %493, <16 x float> %acc11.0247)
  %500 = insertelement <16 x float> poison, float %484, i64 0
  %501 = shufflevector <16 x float> %500, <16 x float> poison, <16 x i32> zeroinitializer
  %502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %501, <16 x float> %493, <16 x float> %acc13.0249)
  %503 = or disjoint i64 %489, 16
  %504 = getelementptr inbounds float, ptr %work, i64 %503
  %505 = load <16 x float>, ptr %504, align 4
  %506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %488, <16 x float> %delta1.0261, <16 x float> %505)
  %507 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %486, <16 x float> %delta3.0259, <16 x float> %506)
  store <16 x float> %507, ptr %504, align 4
  %508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %495, <16 x float> %507, <16 x float> %acc10.0246)
  %509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %498, <16 x float> %507, <16 x float> %acc12.0248)
  %510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %501, <16 x float> %507, <16 x float> %acc14.0250)
  %i7.next = add nuw nsw i64 %i7.addr.0251, 1
  %exitcond315.not = icmp eq i64 %i7.next, 32
  br i1 %exitcond315.not, label %i8.head.preheader, label %i7.body

i11.body:                                         ; preds = %i11.body, %i11.head.preheader
  %i11.addr.0266 = phi i64 [ 0, %i11.head.preheader ], [ %i11.next.1, %i11.body ]
  %gep345 = getelementptr float, ptr %invariant.gep344, i64 %i11.addr.0266
  %511 = getelementptr i8, ptr %gep345, i64 -256
  %512 = load float, ptr %511, align 4
  %513 = getelementptr i8, ptr %gep345, i64 -128
  %514 = load float, ptr %513, align 4
  %515 = insertelement <16 x float> poison, float %514, i64 0
  %516 = shufflevector <16 x float> %515, <16 x float> poison, <16 x i32> zeroinitializer
  %517 = insertelement <16 x float> poison, float %512, i64 0
  %518 = shufflevector <16 x float> %517, <16 x float> poison, <16 x i32> zeroinitializer
  %519 = shl nuw nsw i64 %i11.addr.0266, 5
  %520 = getelementptr inbounds float, ptr %work, i64 %519
  %521 = load <16 x float>, ptr %520, align 4
  %522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %518, <16 x float> %delta.0.lcssa, <16 x float> %521)
  %523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %516, <16 x float> %delta2.0.lcssa, <16 x float> %522)
  store <16 x float> %523, ptr %520, align 4
  %524 = or disjoint i64 %519, 16
  %525 = getelementptr inbounds float, ptr %work, i64 %524
  %526 = load <16 x float>, ptr %525, align 4
  %527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %518, <16 x float> %delta1.0.lcssa, <16 x float> %526)
  %528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %516, <16 x float> %delta3.0.lcssa, <16 x float> %527)
  store <16 x float> %528, ptr %525, align 4
  %i11.next = or disjoint i64 %i11.addr.0266, 1
  %gep345.1 = getelementptr float, ptr %invariant.gep344, i64 %i11.next
  %529 = getelementptr i8, ptr %gep345.1, i64 -256
  %530 = load float, ptr %529, align 4
  %531 = getelementptr i8, ptr %gep345.1, i64 -128
  %532 = load float, ptr %531, align 4
  %533 = insertelement <16 x float> poison, float %532, i64 0
  %534 = shufflevector <16 x float> %533, <16 x float> poison, <16 x i32> zeroinitializer
  %535 = insertelement <16 x float> poison, float %530, i64 0
  %536 = shufflevector <16 x float> %535, <16 x float> poison, <16 x i32> zeroinitializer
  %537 = shl nuw nsw i64 %i11.next, 5
  %538 = getelementptr inbounds float, ptr %work, i64 %537
  %539 = load <16 x float>, ptr %538, align 4
  %540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %536, <16 x float> %delta.0.lcssa, <16 x float> %539)
  %541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %534, <16 x float> %delta2.0.lcssa, <16 x float> %540)
  store <16 x float> %541, ptr %538, align 4
  %542 = or disjoint i64 %537, 16
  %543 = getelementptr inbounds float, ptr %work, i64 %542
  %544 = load <16 x float>, ptr %543, align 4
  %545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %536, <16 x float> %delta1.0.lcssa, <16 x float> %544)
  %546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %534, <16 x float> %delta3.0.lcssa, <16 x float> %545)
  store <16 x float> %546, ptr %543, align 4
  %i11.next.1 = add nuw nsw i64 %i11.addr.0266, 2
  %exitcond316.not.1 = icmp eq i64 %i11.next.1, 32
  br i1 %exitcond316.not.1, label %i11.exit, label %i11.body

i11.exit:                                         ; preds = %i11.body
  %ci.next = add nuw nsw i64 %ci.addr.0267, 1
  %exitcond318.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond318.not, label %i12.head.preheader, label %ci.body
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

attributes #0 = { nofree norecurse nounwind "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = !{i32 1}
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
  %invariant.gep2920 = getelementptr i8, ptr %work, i64 510720
  %1 = shl i64 %H, 1
  %sv1 = shl nsw i64 %H, 5
  %2 = shl nsw i64 %T, 5
  %gep2915 = getelementptr float, ptr %invariant.gep2920, i64 %2
  %3 = mul nsw i64 %T, 96
  %gep2917 = getelementptr float, ptr %invariant.gep2920, i64 %3
  %.idx2595 = mul i64 %T, 640
  %gep2919 = getelementptr i8, ptr %invariant.gep2920, i64 %.idx2595
  %dak = getelementptr float, ptr %gep2919, i64 %2
  %dav = getelementptr float, ptr %gep2919, i64 %3
  %.idx = mul i64 %T, 1280
  %gep2921 = getelementptr i8, ptr %invariant.gep2920, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep2921, i64 %T
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
  %smax3199 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %scevgep3144.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3144.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3144.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3144.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3144.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3144.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3144.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3144.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3144.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3144.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3144.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3144.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3144.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3144.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3144.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3144.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3144.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3144.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3144.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3144.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3144.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3144.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3144.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3144.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3144.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3144.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3144.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3144.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3144.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3144.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3144.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3372 = getelementptr i8, ptr %work, i64 196608
  %invariant.gep3374 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3376 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3378 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3380 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3382 = getelementptr i8, ptr %work, i64 352256
  %invariant.gep3384 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3386 = getelementptr i8, ptr %work, i64 180352
  %invariant.gep3388 = getelementptr i8, ptr %work, i64 352384
  %20 = getelementptr i8, ptr %work, i64 510784
  %invariant.gep3390 = getelementptr inbounds i8, ptr %work, i64 180224
  %21 = getelementptr i8, ptr %gep2915, i64 64
  %invariant.gep3392 = getelementptr inbounds i8, ptr %work, i64 180288
  %22 = getelementptr i8, ptr %gep2917, i64 64
  %23 = getelementptr inbounds i8, ptr %work, i64 352320
  %invariant.gep3394 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3396 = getelementptr inbounds i8, ptr %work, i64 180288
  %24 = getelementptr inbounds i8, ptr %work, i64 352320
  %25 = getelementptr inbounds i8, ptr %work, i64 319552
  %26 = getelementptr inbounds i8, ptr %work, i64 401472
  %27 = getelementptr inbounds i8, ptr %work, i64 461376
  %28 = getelementptr inbounds i8, ptr %work, i64 401536
  %29 = getelementptr inbounds i8, ptr %work, i64 461440
  %30 = getelementptr inbounds i8, ptr %work, i64 401600
  %31 = getelementptr inbounds i8, ptr %work, i64 461504
  %invariant.gep3398 = getelementptr inbounds i8, ptr %work, i64 319616
  %invariant.gep3400 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3404 = getelementptr inbounds i8, ptr %work, i64 204864
  %32 = getelementptr inbounds i8, ptr %work, i64 41024
  %33 = getelementptr inbounds i8, ptr %work, i64 41088
  %34 = getelementptr inbounds i8, ptr %work, i64 41152
  %invariant.gep3406 = getelementptr inbounds i8, ptr %work, i64 204800
  %35 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3410 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3424 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3426 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3428 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3430 = getelementptr inbounds i8, ptr %work, i64 41472
  %scevgep3202 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3402 = getelementptr inbounds i8, ptr %work, i64 319680
  %invariant.gep3408 = getelementptr inbounds i8, ptr %work, i64 204864
  %invariant.gep3412 = getelementptr inbounds i8, ptr %work, i64 204864
  %scevgep3202.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3202.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3202.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3202.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3202.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3202.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3202.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3202.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3202.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3202.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3202.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3202.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3202.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3202.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3202.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3202.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3202.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3202.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3202.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3202.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3202.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3202.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3202.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3202.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3202.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3202.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3202.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3202.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3202.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3202.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3202.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02922 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %36 = add i64 %indvar, %bh0
  %37 = shl i64 %36, 12
  %38 = mul i64 %11, %indvar
  %39 = add i64 %10, %38
  %b = sdiv i64 %bh.addr.02922, %H
  %h = srem i64 %bh.addr.02922, %H
  %40 = mul i64 %b, %T
  %41 = mul i64 %40, %H
  %bT = add i64 %41, %h
  %42 = mul i64 %1, %40
  %bTn = add nsw i64 %42, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %oh.idx = shl i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
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
  %78 = getelementptr inbounds float, ptr %gep2921, i64 %t.addr.02608
  store float %77, ptr %78, align 4
  %79 = insertelement <16 x float> poison, float %77, i64 0
  %80 = shufflevector <16 x float> %79, <16 x float> poison, <16 x i32> zeroinitializer
  %81 = fmul <16 x float> %58, %80
  %82 = shl nsw i64 %t.addr.02608, 5
  %83 = getelementptr inbounds float, ptr %invariant.gep2920, i64 %82
  store <16 x float> %81, ptr %83, align 4
  %84 = fmul <16 x float> %60, %80
  %85 = or disjoint i64 %82, 16
  %86 = getelementptr inbounds float, ptr %invariant.gep2920, i64 %85
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
  %shift3594 = shufflevector <2 x float> %102, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %103 = fadd <2 x float> %102, %shift3594
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
  %113 = getelementptr inbounds float, ptr %gep2915, i64 %112
  store <16 x float> %111, ptr %113, align 4
  %114 = fmul <16 x float> %90, %110
  %115 = or disjoint i64 %112, 16
  %116 = getelementptr inbounds float, ptr %gep2915, i64 %115
  store <16 x float> %114, ptr %116, align 4
  %117 = mul nsw i64 %56, %v_ts
  %gep2624 = getelementptr float, ptr %invariant.gep2613, i64 %117
  %118 = load <16 x float>, ptr %gep2624, align 4
  %119 = getelementptr i8, ptr %gep2624, i64 64
  %120 = load <16 x float>, ptr %119, align 4
  %121 = getelementptr inbounds float, ptr %gep2917, i64 %112
  store <16 x float> %118, ptr %121, align 4
  %122 = getelementptr inbounds float, ptr %gep2917, i64 %115
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
  %shift3595 = shufflevector <2 x float> %137, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %138 = fadd <2 x float> %137, %shift3595
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
  %148 = getelementptr inbounds float, ptr %gep2915, i64 %147
  store <16 x float> %146, ptr %148, align 4
  %149 = fmul <16 x float> %125, %145
  %150 = or disjoint i64 %147, 16
  %151 = getelementptr inbounds float, ptr %gep2915, i64 %150
  store <16 x float> %149, ptr %151, align 4
  %gep2628 = getelementptr float, ptr %invariant.gep2617, i64 %117
  %152 = load <16 x float>, ptr %gep2628, align 4
  %153 = getelementptr i8, ptr %gep2628, i64 64
  %154 = load <16 x float>, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %gep2917, i64 %147
  store <16 x float> %152, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %gep2917, i64 %150
  store <16 x float> %154, ptr %156, align 4
  %t.next = add nuw nsw i64 %t.addr.02608, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %157 = getelementptr i8, ptr %dhT, i64 %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %157, i64 128, i1 false)
  %scevgep3142.1 = getelementptr i8, ptr %157, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.1, i64 128, i1 false)
  %scevgep3142.2 = getelementptr i8, ptr %157, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.2, i64 128, i1 false)
  %scevgep3142.3 = getelementptr i8, ptr %157, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.3, i64 128, i1 false)
  %scevgep3142.4 = getelementptr i8, ptr %157, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.4, i64 128, i1 false)
  %scevgep3142.5 = getelementptr i8, ptr %157, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.5, i64 128, i1 false)
  %scevgep3142.6 = getelementptr i8, ptr %157, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.6, i64 128, i1 false)
  %scevgep3142.7 = getelementptr i8, ptr %157, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.7, i64 128, i1 false)
  %scevgep3142.8 = getelementptr i8, ptr %157, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.8, i64 128, i1 false)
  %scevgep3142.9 = getelementptr i8, ptr %157, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.9, i64 128, i1 false)
  %scevgep3142.10 = getelementptr i8, ptr %157, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.10, i64 128, i1 false)
  %scevgep3142.11 = getelementptr i8, ptr %157, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.11, i64 128, i1 false)
  %scevgep3142.12 = getelementptr i8, ptr %157, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.12, i64 128, i1 false)
  %scevgep3142.13 = getelementptr i8, ptr %157, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.13, i64 128, i1 false)
  %scevgep3142.14 = getelementptr i8, ptr %157, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.14, i64 128, i1 false)
  %scevgep3142.15 = getelementptr i8, ptr %157, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.15, i64 128, i1 false)
  %scevgep3142.16 = getelementptr i8, ptr %157, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.16, i64 128, i1 false)
  %scevgep3142.17 = getelementptr i8, ptr %157, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.17, i64 128, i1 false)
  %scevgep3142.18 = getelementptr i8, ptr %157, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.18, i64 128, i1 false)
  %scevgep3142.19 = getelementptr i8, ptr %157, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.19, i64 128, i1 false)
  %scevgep3142.20 = getelementptr i8, ptr %157, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.20, i64 128, i1 false)
  %scevgep3142.21 = getelementptr i8, ptr %157, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.21, i64 128, i1 false)
  %scevgep3142.22 = getelementptr i8, ptr %157, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.22, i64 128, i1 false)
  %scevgep3142.23 = getelementptr i8, ptr %157, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.23, i64 128, i1 false)
  %scevgep3142.24 = getelementptr i8, ptr %157, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.24, i64 128, i1 false)
  %scevgep3142.25 = getelementptr i8, ptr %157, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.25, i64 128, i1 false)
  %scevgep3142.26 = getelementptr i8, ptr %157, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.26, i64 128, i1 false)
  %scevgep3142.27 = getelementptr i8, ptr %157, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.27, i64 128, i1 false)
  %scevgep3142.28 = getelementptr i8, ptr %157, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.28, i64 128, i1 false)
  %scevgep3142.29 = getelementptr i8, ptr %157, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.29, i64 128, i1 false)
  %scevgep3142.30 = getelementptr i8, ptr %157, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.30, i64 128, i1 false)
  %scevgep3142.31 = getelementptr i8, ptr %157, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3142.31, i64 128, i1 false)
  br i1 %4, label %cc.body.lr.ph, label %j38.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %158 = mul nsw i64 %bh.addr.02922, %nc
  %159 = shl nsw i64 %h, 5
  %invariant.gep2891 = getelementptr float, ptr %dq, i64 %159
  %invariant.gep2893 = getelementptr float, ptr %dk, i64 %159
  %invariant.gep2895 = getelementptr float, ptr %dv, i64 %159
  %160 = add nsw i64 %h, %H
  %161 = shl nsw i64 %160, 5
  %invariant.gep2897 = getelementptr float, ptr %dk, i64 %161
  %invariant.gep2899 = getelementptr float, ptr %dv, i64 %161
  %162 = add i64 %14, %bT
  %163 = shl i64 %162, 7
  %164 = getelementptr i8, ptr %dout, i64 %163
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3185 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3186, %t7.exit ]
  %cc.addr.02911 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3767 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3185, i64 64)
  %smax3768 = tail call i64 @llvm.smax.i64(i64 %smin3767, i64 1)
  %165 = mul i64 %15, %cc.addr.02911
  %166 = shl i64 %cc.addr.02911, 12
  %167 = sub i64 %39, %166
  %168 = xor i64 %cc.addr.02911, -1
  %ci = add nsw i64 %nc, %168
  %t0 = shl nsw i64 %ci, 6
  %169 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %169, i64 64)
  %170 = icmp sgt i64 %ci, 0
  br i1 %170, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %171 = tail call i64 @llvm.smin.i64(i64 %t0, i64 64)
  %172 = sub nsw i64 %t0, %171
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %scevgep3145 = getelementptr i8, ptr %hs, i64 %167
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145, i64 128, i1 false)
  %173 = or disjoint i64 %167, 128
  %scevgep3145.1 = getelementptr i8, ptr %hs, i64 %173
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.1, i64 128, i1 false)
  %174 = or disjoint i64 %167, 256
  %scevgep3145.2 = getelementptr i8, ptr %hs, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.2, i64 128, i1 false)
  %175 = or disjoint i64 %167, 384
  %scevgep3145.3 = getelementptr i8, ptr %hs, i64 %175
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.3, i64 128, i1 false)
  %176 = or disjoint i64 %167, 512
  %scevgep3145.4 = getelementptr i8, ptr %hs, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.4, i64 128, i1 false)
  %177 = or disjoint i64 %167, 640
  %scevgep3145.5 = getelementptr i8, ptr %hs, i64 %177
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.5, i64 128, i1 false)
  %178 = or disjoint i64 %167, 768
  %scevgep3145.6 = getelementptr i8, ptr %hs, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.6, i64 128, i1 false)
  %179 = or disjoint i64 %167, 896
  %scevgep3145.7 = getelementptr i8, ptr %hs, i64 %179
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.7, i64 128, i1 false)
  %180 = or disjoint i64 %167, 1024
  %scevgep3145.8 = getelementptr i8, ptr %hs, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.8, i64 128, i1 false)
  %181 = or disjoint i64 %167, 1152
  %scevgep3145.9 = getelementptr i8, ptr %hs, i64 %181
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.9, i64 128, i1 false)
  %182 = or disjoint i64 %167, 1280
  %scevgep3145.10 = getelementptr i8, ptr %hs, i64 %182
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.10, i64 128, i1 false)
  %183 = or disjoint i64 %167, 1408
  %scevgep3145.11 = getelementptr i8, ptr %hs, i64 %183
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.11, i64 128, i1 false)
  %184 = or disjoint i64 %167, 1536
  %scevgep3145.12 = getelementptr i8, ptr %hs, i64 %184
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.12, i64 128, i1 false)
  %185 = or disjoint i64 %167, 1664
  %scevgep3145.13 = getelementptr i8, ptr %hs, i64 %185
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.13, i64 128, i1 false)
  %186 = or disjoint i64 %167, 1792
  %scevgep3145.14 = getelementptr i8, ptr %hs, i64 %186
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.14, i64 128, i1 false)
  %187 = or disjoint i64 %167, 1920
  %scevgep3145.15 = getelementptr i8, ptr %hs, i64 %187
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.15, i64 128, i1 false)
  %188 = or disjoint i64 %167, 2048
  %scevgep3145.16 = getelementptr i8, ptr %hs, i64 %188
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.16, i64 128, i1 false)
  %189 = or disjoint i64 %167, 2176
  %scevgep3145.17 = getelementptr i8, ptr %hs, i64 %189
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.17, i64 128, i1 false)
  %190 = or disjoint i64 %167, 2304
  %scevgep3145.18 = getelementptr i8, ptr %hs, i64 %190
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.18, i64 128, i1 false)
  %191 = or disjoint i64 %167, 2432
  %scevgep3145.19 = getelementptr i8, ptr %hs, i64 %191
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.19, i64 128, i1 false)
  %192 = or disjoint i64 %167, 2560
  %scevgep3145.20 = getelementptr i8, ptr %hs, i64 %192
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.20, i64 128, i1 false)
  %193 = or disjoint i64 %167, 2688
  %scevgep3145.21 = getelementptr i8, ptr %hs, i64 %193
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.21, i64 128, i1 false)
  %194 = or disjoint i64 %167, 2816
  %scevgep3145.22 = getelementptr i8, ptr %hs, i64 %194
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.22, i64 128, i1 false)
  %195 = or disjoint i64 %167, 2944
  %scevgep3145.23 = getelementptr i8, ptr %hs, i64 %195
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.23, i64 128, i1 false)
  %196 = or disjoint i64 %167, 3072
  %scevgep3145.24 = getelementptr i8, ptr %hs, i64 %196
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.24, i64 128, i1 false)
  %197 = or disjoint i64 %167, 3200
  %scevgep3145.25 = getelementptr i8, ptr %hs, i64 %197
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.25, i64 128, i1 false)
  %198 = or disjoint i64 %167, 3328
  %scevgep3145.26 = getelementptr i8, ptr %hs, i64 %198
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.26, i64 128, i1 false)
  %199 = or disjoint i64 %167, 3456
  %scevgep3145.27 = getelementptr i8, ptr %hs, i64 %199
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.27, i64 128, i1 false)
  %200 = or disjoint i64 %167, 3584
  %scevgep3145.28 = getelementptr i8, ptr %hs, i64 %200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.28, i64 128, i1 false)
  %201 = or disjoint i64 %167, 3712
  %scevgep3145.29 = getelementptr i8, ptr %hs, i64 %201
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.29, i64 128, i1 false)
  %202 = or disjoint i64 %167, 3840
  %scevgep3145.30 = getelementptr i8, ptr %hs, i64 %202
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.30, i64 128, i1 false)
  %203 = or disjoint i64 %167, 3968
  %scevgep3145.31 = getelementptr i8, ptr %hs, i64 %203
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.31, i64 128, i1 false)
  %204 = add nsw i64 %ci, %158
  %205 = shl nsw i64 %204, 10
  br label %j2.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02631 = phi i64 [ %tp1.next, %tp1.body ], [ %172, %tp1.body.preheader ]
  %206 = mul nsw i64 %tp1.addr.02631, %sv1
  %207 = getelementptr inbounds float, ptr %oh, i64 %206
  tail call void @llvm.prefetch.p0(ptr %207, i32 0, i32 2, i32 1)
  %208 = or disjoint i64 %206, 16
  %209 = getelementptr inbounds float, ptr %oh, i64 %208
  tail call void @llvm.prefetch.p0(ptr nonnull %209, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02631, 1
  %210 = icmp slt i64 %tp1.next, %t0
  br i1 %210, label %tp1.body, label %i1.head.preheader

j2.head.preheader:                                ; preds = %i1.head.preheader, %j2.exit
  %211 = phi i1 [ true, %i1.head.preheader ], [ false, %j2.exit ]
  %i2.addr.02635 = phi i64 [ 0, %i1.head.preheader ], [ 16, %j2.exit ]
  %212 = shl nuw nsw i64 %i2.addr.02635, 5
  %213 = or disjoint i64 %212, %205
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %214 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02634 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %215 = or disjoint i64 %213, %j2.addr.02634
  %216 = getelementptr inbounds float, ptr %hs, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = or disjoint i64 %215, 256
  %219 = getelementptr inbounds float, ptr %hs, i64 %218
  %220 = load <16 x float>, ptr %219, align 4
  %221 = or disjoint i64 %215, 32
  %222 = getelementptr inbounds float, ptr %hs, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = or disjoint i64 %215, 288
  %225 = getelementptr inbounds float, ptr %hs, i64 %224
  %226 = load <16 x float>, ptr %225, align 4
  %227 = or disjoint i64 %215, 64
  %228 = getelementptr inbounds float, ptr %hs, i64 %227
  %229 = load <16 x float>, ptr %228, align 4
  %230 = or disjoint i64 %215, 320
  %231 = getelementptr inbounds float, ptr %hs, i64 %230
  %232 = load <16 x float>, ptr %231, align 4
  %233 = or disjoint i64 %215, 96
  %234 = getelementptr inbounds float, ptr %hs, i64 %233
  %235 = load <16 x float>, ptr %234, align 4
  %236 = or disjoint i64 %215, 352
  %237 = getelementptr inbounds float, ptr %hs, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %215, 128
  %240 = getelementptr inbounds float, ptr %hs, i64 %239
  %241 = load <16 x float>, ptr %240, align 4
  %242 = or disjoint i64 %215, 384
  %243 = getelementptr inbounds float, ptr %hs, i64 %242
  %244 = load <16 x float>, ptr %243, align 4
  %245 = or disjoint i64 %215, 160
  %246 = getelementptr inbounds float, ptr %hs, i64 %245
  %247 = load <16 x float>, ptr %246, align 4
  %248 = or disjoint i64 %215, 416
  %249 = getelementptr inbounds float, ptr %hs, i64 %248
  %250 = load <16 x float>, ptr %249, align 4
  %251 = or disjoint i64 %215, 192
  %252 = getelementptr inbounds float, ptr %hs, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = or disjoint i64 %215, 448
  %255 = getelementptr inbounds float, ptr %hs, i64 %254
  %256 = load <16 x float>, ptr %255, align 4
  %257 = or disjoint i64 %215, 224
  %258 = getelementptr inbounds float, ptr %hs, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = or disjoint i64 %215, 480
  %261 = getelementptr inbounds float, ptr %hs, i64 %260
  %262 = load <16 x float>, ptr %261, align 4
  %263 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %265 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %266 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %267 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %268 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %269 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %270 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %271 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %272 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %273 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %274 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %275 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %276 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %277 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %278 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %279 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %280 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %281 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %282 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %283 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %284 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %285 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %286 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %287 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %288 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %289 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %290 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %291 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %292 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %293 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %294 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %295 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %296 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %297 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %298 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %299 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %300 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %301 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %302 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %303 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %304 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %305 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %306 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %307 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %308 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %309 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %310 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %311 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %312 = shl nuw nsw i64 %j2.addr.02634, 5
  %313 = or disjoint i64 %312, %i2.addr.02635
  %314 = or disjoint i64 %313, 1024
  %315 = getelementptr inbounds float, ptr %Bk, i64 %314
  store <16 x float> %311, ptr %315, align 4
  %316 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %317 = or disjoint i64 %313, 1056
  %318 = getelementptr inbounds float, ptr %Bk, i64 %317
  store <16 x float> %316, ptr %318, align 4
  %319 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %320 = or disjoint i64 %313, 1088
  %321 = getelementptr inbounds float, ptr %Bk, i64 %320
  store <16 x float> %319, ptr %321, align 4
  %322 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %323 = or disjoint i64 %313, 1120
  %324 = getelementptr inbounds float, ptr %Bk, i64 %323
  store <16 x float> %322, ptr %324, align 4
  %325 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %326 = or disjoint i64 %313, 1152
  %327 = getelementptr inbounds float, ptr %Bk, i64 %326
  store <16 x float> %325, ptr %327, align 4
  %328 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %329 = or disjoint i64 %313, 1184
  %330 = getelementptr inbounds float, ptr %Bk, i64 %329
  store <16 x float> %328, ptr %330, align 4
  %331 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %332 = or disjoint i64 %313, 1216
  %333 = getelementptr inbounds float, ptr %Bk, i64 %332
  store <16 x float> %331, ptr %333, align 4
  %334 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %335 = or disjoint i64 %313, 1248
  %336 = getelementptr inbounds float, ptr %Bk, i64 %335
  store <16 x float> %334, ptr %336, align 4
  %337 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %338 = or disjoint i64 %313, 1280
  %339 = getelementptr inbounds float, ptr %Bk, i64 %338
  store <16 x float> %337, ptr %339, align 4
  %340 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %341 = or disjoint i64 %313, 1312
  %342 = getelementptr inbounds float, ptr %Bk, i64 %341
  store <16 x float> %340, ptr %342, align 4
  %343 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %344 = or disjoint i64 %313, 1344
  %345 = getelementptr inbounds float, ptr %Bk, i64 %344
  store <16 x float> %343, ptr %345, align 4
  %346 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %347 = or disjoint i64 %313, 1376
  %348 = getelementptr inbounds float, ptr %Bk, i64 %347
  store <16 x float> %346, ptr %348, align 4
  %349 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %350 = or disjoint i64 %313, 1408
  %351 = getelementptr inbounds float, ptr %Bk, i64 %350
  store <16 x float> %349, ptr %351, align 4
  %352 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %353 = or disjoint i64 %313, 1440
  %354 = getelementptr inbounds float, ptr %Bk, i64 %353
  store <16 x float> %352, ptr %354, align 4
  %355 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %356 = or disjoint i64 %313, 1472
  %357 = getelementptr inbounds float, ptr %Bk, i64 %356
  store <16 x float> %355, ptr %357, align 4
  %358 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %359 = or disjoint i64 %313, 1504
  %360 = getelementptr inbounds float, ptr %Bk, i64 %359
  store <16 x float> %358, ptr %360, align 4
  br i1 %214, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %211, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %361 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02637 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %362 = shl nuw nsw i64 %i3.addr.02637, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %363 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02636 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %364 = or disjoint i64 %j3.addr.02636, %362
  %365 = or disjoint i64 %364, 32
  %366 = getelementptr inbounds float, ptr %work, i64 %365
  %367 = load <16 x float>, ptr %366, align 4
  %368 = or disjoint i64 %364, 544
  %369 = getelementptr inbounds float, ptr %work, i64 %368
  %370 = load <16 x float>, ptr %369, align 4
  %371 = or disjoint i64 %364, 96
  %372 = getelementptr inbounds float, ptr %work, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = or disjoint i64 %364, 608
  %375 = getelementptr inbounds float, ptr %work, i64 %374
  %376 = load <16 x float>, ptr %375, align 4
  %377 = or disjoint i64 %364, 160
  %378 = getelementptr inbounds float, ptr %work, i64 %377
  %379 = load <16 x float>, ptr %378, align 4
  %380 = or disjoint i64 %364, 672
  %381 = getelementptr inbounds float, ptr %work, i64 %380
  %382 = load <16 x float>, ptr %381, align 4
  %383 = or disjoint i64 %364, 224
  %384 = getelementptr inbounds float, ptr %work, i64 %383
  %385 = load <16 x float>, ptr %384, align 4
  %386 = or disjoint i64 %364, 736
  %387 = getelementptr inbounds float, ptr %work, i64 %386
  %388 = load <16 x float>, ptr %387, align 4
  %389 = or disjoint i64 %364, 288
  %390 = getelementptr inbounds float, ptr %work, i64 %389
  %391 = load <16 x float>, ptr %390, align 4
  %392 = or disjoint i64 %364, 800
  %393 = getelementptr inbounds float, ptr %work, i64 %392
  %394 = load <16 x float>, ptr %393, align 4
  %395 = or disjoint i64 %364, 352
  %396 = getelementptr inbounds float, ptr %work, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = or disjoint i64 %364, 864
  %399 = getelementptr inbounds float, ptr %work, i64 %398
  %400 = load <16 x float>, ptr %399, align 4
  %401 = or disjoint i64 %364, 416
  %402 = getelementptr inbounds float, ptr %work, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = or disjoint i64 %364, 928
  %405 = getelementptr inbounds float, ptr %work, i64 %404
  %406 = load <16 x float>, ptr %405, align 4
  %407 = or disjoint i64 %364, 480
  %408 = getelementptr inbounds float, ptr %work, i64 %407
  %409 = load <16 x float>, ptr %408, align 4
  %410 = or disjoint i64 %364, 992
  %411 = getelementptr inbounds float, ptr %work, i64 %410
  %412 = load <16 x float>, ptr %411, align 4
  %413 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %414 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %415 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %416 = shufflevector <16 x float> %397, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %417 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %418 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %419 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %420 = shufflevector <16 x float> %409, <16 x float> %412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %421 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %422 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %423 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %424 = shufflevector <16 x float> %397, <16 x float> %400, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %425 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %426 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %427 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %428 = shufflevector <16 x float> %409, <16 x float> %412, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %429 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %430 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %431 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %432 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %433 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %434 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %435 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %436 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %437 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %438 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %439 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %440 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %441 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %442 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %443 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %444 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %445 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %446 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %447 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %448 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %449 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %450 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %451 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %452 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %453 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %454 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %455 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %456 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %457 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %458 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %459 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %460 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %461 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %462 = shl nuw nsw i64 %j3.addr.02636, 5
  %463 = or disjoint i64 %462, %i3.addr.02637
  %464 = getelementptr inbounds float, ptr %Bk, i64 %463
  store <16 x float> %461, ptr %464, align 4
  %465 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %466 = or disjoint i64 %463, 32
  %467 = getelementptr inbounds float, ptr %Bk, i64 %466
  store <16 x float> %465, ptr %467, align 4
  %468 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %469 = or disjoint i64 %463, 64
  %470 = getelementptr inbounds float, ptr %Bk, i64 %469
  store <16 x float> %468, ptr %470, align 4
  %471 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %472 = or disjoint i64 %463, 96
  %473 = getelementptr inbounds float, ptr %Bk, i64 %472
  store <16 x float> %471, ptr %473, align 4
  %474 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %475 = or disjoint i64 %463, 128
  %476 = getelementptr inbounds float, ptr %Bk, i64 %475
  store <16 x float> %474, ptr %476, align 4
  %477 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %478 = or disjoint i64 %463, 160
  %479 = getelementptr inbounds float, ptr %Bk, i64 %478
  store <16 x float> %477, ptr %479, align 4
  %480 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %481 = or disjoint i64 %463, 192
  %482 = getelementptr inbounds float, ptr %Bk, i64 %481
  store <16 x float> %480, ptr %482, align 4
  %483 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %484 = or disjoint i64 %463, 224
  %485 = getelementptr inbounds float, ptr %Bk, i64 %484
  store <16 x float> %483, ptr %485, align 4
  %486 = shufflevector <16 x float> %453, <16 x float> %454, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %487 = or disjoint i64 %463, 256
  %488 = getelementptr inbounds float, ptr %Bk, i64 %487
  store <16 x float> %486, ptr %488, align 4
  %489 = shufflevector <16 x float> %453, <16 x float> %454, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %490 = or disjoint i64 %463, 288
  %491 = getelementptr inbounds float, ptr %Bk, i64 %490
  store <16 x float> %489, ptr %491, align 4
  %492 = shufflevector <16 x float> %455, <16 x float> %456, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %493 = or disjoint i64 %463, 320
  %494 = getelementptr inbounds float, ptr %Bk, i64 %493
  store <16 x float> %492, ptr %494, align 4
  %495 = shufflevector <16 x float> %455, <16 x float> %456, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %496 = or disjoint i64 %463, 352
  %497 = getelementptr inbounds float, ptr %Bk, i64 %496
  store <16 x float> %495, ptr %497, align 4
  %498 = shufflevector <16 x float> %457, <16 x float> %458, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %499 = or disjoint i64 %463, 384
  %500 = getelementptr inbounds float, ptr %Bk, i64 %499
  store <16 x float> %498, ptr %500, align 4
  %501 = shufflevector <16 x float> %457, <16 x float> %458, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %502 = or disjoint i64 %463, 416
  %503 = getelementptr inbounds float, ptr %Bk, i64 %502
  store <16 x float> %501, ptr %503, align 4
  %504 = shufflevector <16 x float> %459, <16 x float> %460, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %505 = or disjoint i64 %463, 448
  %506 = getelementptr inbounds float, ptr %Bk, i64 %505
  store <16 x float> %504, ptr %506, align 4
  %507 = shufflevector <16 x float> %459, <16 x float> %460, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %508 = or disjoint i64 %463, 480
  %509 = getelementptr inbounds float, ptr %Bk, i64 %508
  store <16 x float> %507, ptr %509, align 4
  br i1 %363, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %361, label %j3.head.preheader, label %t1.head.preheader

t1.head.preheader:                                ; preds = %j3.exit, %t1.head.preheader
  %s.addr.02639 = phi i64 [ %s.next, %t1.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02639, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2929 = shl nsw i64 %s.addr.02639, 8
  %invariant.gep3370 = getelementptr inbounds i8, ptr %M, i64 %.idx2929
  %510 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %511 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %512 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %513 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %514 = select <8 x i1> %510, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %515 = select <8 x i1> %511, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %516 = select <8 x i1> %512, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %517 = select <8 x i1> %513, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %518 = getelementptr inbounds i8, ptr %invariant.gep3370, i64 32
  %519 = getelementptr inbounds i8, ptr %invariant.gep3370, i64 64
  %520 = getelementptr inbounds i8, ptr %invariant.gep3370, i64 96
  store <8 x float> %514, ptr %invariant.gep3370, align 4
  store <8 x float> %515, ptr %518, align 4
  store <8 x float> %516, ptr %519, align 4
  store <8 x float> %517, ptr %520, align 4
  %521 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %522 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %523 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %524 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %525 = select <8 x i1> %521, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %526 = select <8 x i1> %522, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %527 = select <8 x i1> %523, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %528 = select <8 x i1> %524, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %529 = getelementptr inbounds i8, ptr %invariant.gep3370, i64 128
  %530 = getelementptr inbounds i8, ptr %invariant.gep3370, i64 160
  %531 = getelementptr inbounds i8, ptr %invariant.gep3370, i64 192
  %532 = getelementptr inbounds i8, ptr %invariant.gep3370, i64 224
  store <8 x float> %525, ptr %529, align 4
  store <8 x float> %526, ptr %530, align 4
  store <8 x float> %527, ptr %531, align 4
  store <8 x float> %528, ptr %532, align 4
  %s.next = add nuw nsw i64 %s.addr.02639, 1
  %exitcond3148.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3148.not, label %t2.body.preheader, label %t1.head.preheader

t2.body.preheader:                                ; preds = %t1.head.preheader
  %533 = getelementptr i8, ptr %164, i64 %165
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02655 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %534 = shl nuw nsw i64 %t2.addr.02655, 7
  %gep3373 = getelementptr i8, ptr %invariant.gep3372, i64 %534
  %535 = shl nsw i64 %t2.addr.02655, 8
  %536 = icmp sgt i64 %169, %t2.addr.02655
  br i1 %536, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3375 = getelementptr i8, ptr %invariant.gep3374, i64 %534
  %gep3377 = getelementptr i8, ptr %invariant.gep3376, i64 %534
  %gep3379 = getelementptr i8, ptr %invariant.gep3378, i64 %535
  %gep3381 = getelementptr i8, ptr %invariant.gep3380, i64 %535
  %gep3383 = getelementptr i8, ptr %invariant.gep3382, i64 %535
  %gep3385 = getelementptr i8, ptr %invariant.gep3384, i64 %535
  %gep3387 = getelementptr i8, ptr %invariant.gep3386, i64 %535
  %gep3389 = getelementptr i8, ptr %invariant.gep3388, i64 %535
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3375, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3377, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3373, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.02655, 1
  %537 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %537, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3379, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3381, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3383, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %538 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %538, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3385, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3387, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3389, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %539 = mul i64 %16, %t2.addr.02655
  %scevgep3159 = getelementptr i8, ptr %533, i64 %539
  %540 = add nuw nsw i64 %t2.addr.02655, %t0
  %541 = shl nuw nsw i64 %t2.addr.02655, 5
  %.idx2939 = shl i64 %540, 7
  %542 = getelementptr i8, ptr %invariant.gep2920, i64 %.idx2939
  %543 = load <16 x float>, ptr %542, align 4
  %544 = fmul <16 x float> %543, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %545 = or disjoint i64 %541, 2048
  %546 = getelementptr inbounds float, ptr %Bk, i64 %545
  store <16 x float> %544, ptr %546, align 4
  %547 = getelementptr inbounds float, ptr %QK, i64 %541
  store <16 x float> %544, ptr %547, align 4
  %548 = getelementptr i8, ptr %20, i64 %.idx2939
  %549 = load <16 x float>, ptr %548, align 4
  %550 = fmul <16 x float> %549, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %551 = or disjoint i64 %541, 16
  %552 = or i64 %541, 2064
  %553 = getelementptr inbounds float, ptr %Bk, i64 %552
  store <16 x float> %550, ptr %553, align 4
  %554 = getelementptr inbounds float, ptr %QK, i64 %551
  store <16 x float> %550, ptr %554, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3373, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3159, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.02655, 1
  %555 = or disjoint i64 %t2.addr.02655, %t0
  %tau = shl nsw i64 %555, 1
  %556 = mul nsw i64 %tau, %H
  %557 = getelementptr inbounds float, ptr %betah, i64 %556
  %558 = load float, ptr %557, align 4
  %559 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %558, ptr %559, align 4
  %560 = shl nuw nsw i64 %t2.addr.02655, 6
  %.idx2941 = shl i64 %555, 8
  %561 = getelementptr i8, ptr %gep2915, i64 %.idx2941
  %562 = load <16 x float>, ptr %561, align 4
  %563 = or i64 %560, 4096
  %564 = getelementptr inbounds float, ptr %Bk, i64 %563
  store <16 x float> %562, ptr %564, align 4
  %565 = fneg <16 x float> %562
  %gep3391 = getelementptr inbounds float, ptr %invariant.gep3390, i64 %560
  store <16 x float> %565, ptr %gep3391, align 4
  %566 = getelementptr i8, ptr %21, i64 %.idx2941
  %567 = load <16 x float>, ptr %566, align 4
  %568 = or i64 %560, 4112
  %569 = getelementptr inbounds float, ptr %Bk, i64 %568
  store <16 x float> %567, ptr %569, align 4
  %570 = fneg <16 x float> %567
  %gep3393 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %560
  store <16 x float> %570, ptr %gep3393, align 4
  %571 = getelementptr i8, ptr %gep2917, i64 %.idx2941
  %572 = load <16 x float>, ptr %571, align 4
  %573 = getelementptr inbounds i8, ptr %Rr, i64 %535
  store <16 x float> %572, ptr %573, align 4
  %574 = getelementptr i8, ptr %22, i64 %.idx2941
  %575 = load <16 x float>, ptr %574, align 4
  %576 = getelementptr inbounds i8, ptr %23, i64 %535
  store <16 x float> %575, ptr %576, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %577 = mul nsw i64 %tau1, %H
  %578 = getelementptr inbounds float, ptr %betah, i64 %577
  %579 = load float, ptr %578, align 4
  %580 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %579, ptr %580, align 4
  %581 = shl nuw nsw i64 %i7, 5
  %.idx2944 = shl i64 %tau1, 7
  %582 = getelementptr i8, ptr %gep2915, i64 %.idx2944
  %583 = load <16 x float>, ptr %582, align 4
  %584 = or i64 %581, 4096
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = fneg <16 x float> %583
  %gep3395 = getelementptr inbounds float, ptr %invariant.gep3394, i64 %581
  store <16 x float> %586, ptr %gep3395, align 4
  %587 = getelementptr i8, ptr %21, i64 %.idx2944
  %588 = load <16 x float>, ptr %587, align 4
  %589 = or i64 %581, 4112
  %590 = getelementptr inbounds float, ptr %Bk, i64 %589
  store <16 x float> %588, ptr %590, align 4
  %591 = fneg <16 x float> %588
  %gep3397 = getelementptr inbounds float, ptr %invariant.gep3396, i64 %581
  store <16 x float> %591, ptr %gep3397, align 4
  %592 = getelementptr i8, ptr %gep2917, i64 %.idx2944
  %593 = load <16 x float>, ptr %592, align 4
  %.idx2946 = shl nsw i64 %i7, 7
  %594 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2946
  store <16 x float> %593, ptr %594, align 4
  %595 = getelementptr i8, ptr %22, i64 %.idx2944
  %596 = load <16 x float>, ptr %595, align 4
  %597 = getelementptr inbounds i8, ptr %23, i64 %.idx2946
  store <16 x float> %596, ptr %597, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02655, 1
  %exitcond3164.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3164.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02657 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %598 = shl nuw nsw i64 %i20.addr.02657, 5
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %599 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02656 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %600 = or disjoint i64 %j16.addr.02656, %598
  %601 = or disjoint i64 %600, 4096
  %602 = getelementptr inbounds float, ptr %Bk, i64 %601
  %603 = load <16 x float>, ptr %602, align 4
  %604 = or disjoint i64 %600, 4352
  %605 = getelementptr inbounds float, ptr %Bk, i64 %604
  %606 = load <16 x float>, ptr %605, align 4
  %607 = or disjoint i64 %600, 4128
  %608 = getelementptr inbounds float, ptr %Bk, i64 %607
  %609 = load <16 x float>, ptr %608, align 4
  %610 = or disjoint i64 %600, 4384
  %611 = getelementptr inbounds float, ptr %Bk, i64 %610
  %612 = load <16 x float>, ptr %611, align 4
  %613 = or disjoint i64 %600, 4160
  %614 = getelementptr inbounds float, ptr %Bk, i64 %613
  %615 = load <16 x float>, ptr %614, align 4
  %616 = or disjoint i64 %600, 4416
  %617 = getelementptr inbounds float, ptr %Bk, i64 %616
  %618 = load <16 x float>, ptr %617, align 4
  %619 = or disjoint i64 %600, 4192
  %620 = getelementptr inbounds float, ptr %Bk, i64 %619
  %621 = load <16 x float>, ptr %620, align 4
  %622 = or disjoint i64 %600, 4448
  %623 = getelementptr inbounds float, ptr %Bk, i64 %622
  %624 = load <16 x float>, ptr %623, align 4
  %625 = or disjoint i64 %600, 4224
  %626 = getelementptr inbounds float, ptr %Bk, i64 %625
  %627 = load <16 x float>, ptr %626, align 4
  %628 = or disjoint i64 %600, 4480
  %629 = getelementptr inbounds float, ptr %Bk, i64 %628
  %630 = load <16 x float>, ptr %629, align 4
  %631 = or disjoint i64 %600, 4256
  %632 = getelementptr inbounds float, ptr %Bk, i64 %631
  %633 = load <16 x float>, ptr %632, align 4
  %634 = or disjoint i64 %600, 4512
  %635 = getelementptr inbounds float, ptr %Bk, i64 %634
  %636 = load <16 x float>, ptr %635, align 4
  %637 = or disjoint i64 %600, 4288
  %638 = getelementptr inbounds float, ptr %Bk, i64 %637
  %639 = load <16 x float>, ptr %638, align 4
  %640 = or disjoint i64 %600, 4544
  %641 = getelementptr inbounds float, ptr %Bk, i64 %640
  %642 = load <16 x float>, ptr %641, align 4
  %643 = or disjoint i64 %600, 4320
  %644 = getelementptr inbounds float, ptr %Bk, i64 %643
  %645 = load <16 x float>, ptr %644, align 4
  %646 = or disjoint i64 %600, 4576
  %647 = getelementptr inbounds float, ptr %Bk, i64 %646
  %648 = load <16 x float>, ptr %647, align 4
  %649 = shufflevector <16 x float> %603, <16 x float> %606, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %650 = shufflevector <16 x float> %627, <16 x float> %630, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %651 = shufflevector <16 x float> %609, <16 x float> %612, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %652 = shufflevector <16 x float> %633, <16 x float> %636, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %653 = shufflevector <16 x float> %615, <16 x float> %618, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %654 = shufflevector <16 x float> %639, <16 x float> %642, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %655 = shufflevector <16 x float> %621, <16 x float> %624, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %656 = shufflevector <16 x float> %645, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %657 = shufflevector <16 x float> %603, <16 x float> %606, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %658 = shufflevector <16 x float> %627, <16 x float> %630, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %659 = shufflevector <16 x float> %609, <16 x float> %612, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %660 = shufflevector <16 x float> %633, <16 x float> %636, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %661 = shufflevector <16 x float> %615, <16 x float> %618, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %662 = shufflevector <16 x float> %639, <16 x float> %642, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %663 = shufflevector <16 x float> %621, <16 x float> %624, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %664 = shufflevector <16 x float> %645, <16 x float> %648, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %665 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %666 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %667 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %668 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %669 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %670 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %671 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %672 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %673 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %674 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %675 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %676 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %677 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %678 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %679 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %680 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %681 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %682 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %683 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %684 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %685 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %686 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %687 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %688 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %689 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %690 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %691 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %692 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %693 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %694 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %695 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %696 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %697 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %698 = shl nuw nsw i64 %j16.addr.02656, 7
  %699 = add nuw nsw i64 %698, %i20.addr.02657
  %700 = getelementptr inbounds float, ptr %KT, i64 %699
  store <16 x float> %697, ptr %700, align 4
  %701 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %702 = or disjoint i64 %699, 128
  %703 = getelementptr inbounds float, ptr %KT, i64 %702
  store <16 x float> %701, ptr %703, align 4
  %704 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %705 = or disjoint i64 %699, 256
  %706 = getelementptr inbounds float, ptr %KT, i64 %705
  store <16 x float> %704, ptr %706, align 4
  %707 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %708 = or disjoint i64 %699, 384
  %709 = getelementptr inbounds float, ptr %KT, i64 %708
  store <16 x float> %707, ptr %709, align 4
  %710 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %711 = or disjoint i64 %699, 512
  %712 = getelementptr inbounds float, ptr %KT, i64 %711
  store <16 x float> %710, ptr %712, align 4
  %713 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %714 = or disjoint i64 %699, 640
  %715 = getelementptr inbounds float, ptr %KT, i64 %714
  store <16 x float> %713, ptr %715, align 4
  %716 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %717 = or disjoint i64 %699, 768
  %718 = getelementptr inbounds float, ptr %KT, i64 %717
  store <16 x float> %716, ptr %718, align 4
  %719 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %720 = or disjoint i64 %699, 896
  %721 = getelementptr inbounds float, ptr %KT, i64 %720
  store <16 x float> %719, ptr %721, align 4
  %722 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %723 = or disjoint i64 %699, 1024
  %724 = getelementptr inbounds float, ptr %KT, i64 %723
  store <16 x float> %722, ptr %724, align 4
  %725 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %726 = or disjoint i64 %699, 1152
  %727 = getelementptr inbounds float, ptr %KT, i64 %726
  store <16 x float> %725, ptr %727, align 4
  %728 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %729 = or disjoint i64 %699, 1280
  %730 = getelementptr inbounds float, ptr %KT, i64 %729
  store <16 x float> %728, ptr %730, align 4
  %731 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %732 = or disjoint i64 %699, 1408
  %733 = getelementptr inbounds float, ptr %KT, i64 %732
  store <16 x float> %731, ptr %733, align 4
  %734 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %735 = or disjoint i64 %699, 1536
  %736 = getelementptr inbounds float, ptr %KT, i64 %735
  store <16 x float> %734, ptr %736, align 4
  %737 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %738 = or disjoint i64 %699, 1664
  %739 = getelementptr inbounds float, ptr %KT, i64 %738
  store <16 x float> %737, ptr %739, align 4
  %740 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %741 = or disjoint i64 %699, 1792
  %742 = getelementptr inbounds float, ptr %KT, i64 %741
  store <16 x float> %740, ptr %742, align 4
  %743 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %744 = or disjoint i64 %699, 1920
  %745 = getelementptr inbounds float, ptr %KT, i64 %744
  store <16 x float> %743, ptr %745, align 4
  br i1 %599, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02657, 16
  %746 = icmp ult i64 %i20.addr.02657, 112
  br i1 %746, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.02659 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %747 = shl nuw nsw i64 %i21.addr.02659, 5
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %748 = phi i1 [ true, %j17.head.preheader ], [ false, %j17.body ]
  %j17.addr.02658 = phi i64 [ 0, %j17.head.preheader ], [ 16, %j17.body ]
  %749 = or disjoint i64 %j17.addr.02658, %747
  %750 = or disjoint i64 %749, 2048
  %751 = getelementptr inbounds float, ptr %Bk, i64 %750
  %752 = load <16 x float>, ptr %751, align 4
  %753 = or disjoint i64 %749, 2304
  %754 = getelementptr inbounds float, ptr %Bk, i64 %753
  %755 = load <16 x float>, ptr %754, align 4
  %756 = or disjoint i64 %749, 2080
  %757 = getelementptr inbounds float, ptr %Bk, i64 %756
  %758 = load <16 x float>, ptr %757, align 4
  %759 = or disjoint i64 %749, 2336
  %760 = getelementptr inbounds float, ptr %Bk, i64 %759
  %761 = load <16 x float>, ptr %760, align 4
  %762 = or disjoint i64 %749, 2112
  %763 = getelementptr inbounds float, ptr %Bk, i64 %762
  %764 = load <16 x float>, ptr %763, align 4
  %765 = or disjoint i64 %749, 2368
  %766 = getelementptr inbounds float, ptr %Bk, i64 %765
  %767 = load <16 x float>, ptr %766, align 4
  %768 = or disjoint i64 %749, 2144
  %769 = getelementptr inbounds float, ptr %Bk, i64 %768
  %770 = load <16 x float>, ptr %769, align 4
  %771 = or disjoint i64 %749, 2400
  %772 = getelementptr inbounds float, ptr %Bk, i64 %771
  %773 = load <16 x float>, ptr %772, align 4
  %774 = or disjoint i64 %749, 2176
  %775 = getelementptr inbounds float, ptr %Bk, i64 %774
  %776 = load <16 x float>, ptr %775, align 4
  %777 = or disjoint i64 %749, 2432
  %778 = getelementptr inbounds float, ptr %Bk, i64 %777
  %779 = load <16 x float>, ptr %778, align 4
  %780 = or disjoint i64 %749, 2208
  %781 = getelementptr inbounds float, ptr %Bk, i64 %780
  %782 = load <16 x float>, ptr %781, align 4
  %783 = or disjoint i64 %749, 2464
  %784 = getelementptr inbounds float, ptr %Bk, i64 %783
  %785 = load <16 x float>, ptr %784, align 4
  %786 = or disjoint i64 %749, 2240
  %787 = getelementptr inbounds float, ptr %Bk, i64 %786
  %788 = load <16 x float>, ptr %787, align 4
  %789 = or disjoint i64 %749, 2496
  %790 = getelementptr inbounds float, ptr %Bk, i64 %789
  %791 = load <16 x float>, ptr %790, align 4
  %792 = or disjoint i64 %749, 2272
  %793 = getelementptr inbounds float, ptr %Bk, i64 %792
  %794 = load <16 x float>, ptr %793, align 4
  %795 = or disjoint i64 %749, 2528
  %796 = getelementptr inbounds float, ptr %Bk, i64 %795
  %797 = load <16 x float>, ptr %796, align 4
  %798 = shufflevector <16 x float> %752, <16 x float> %755, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %799 = shufflevector <16 x float> %776, <16 x float> %779, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %800 = shufflevector <16 x float> %758, <16 x float> %761, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %801 = shufflevector <16 x float> %782, <16 x float> %785, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %802 = shufflevector <16 x float> %764, <16 x float> %767, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %803 = shufflevector <16 x float> %788, <16 x float> %791, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %804 = shufflevector <16 x float> %770, <16 x float> %773, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %805 = shufflevector <16 x float> %794, <16 x float> %797, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %806 = shufflevector <16 x float> %752, <16 x float> %755, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %807 = shufflevector <16 x float> %776, <16 x float> %779, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %808 = shufflevector <16 x float> %758, <16 x float> %761, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %809 = shufflevector <16 x float> %782, <16 x float> %785, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %810 = shufflevector <16 x float> %764, <16 x float> %767, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %811 = shufflevector <16 x float> %788, <16 x float> %791, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %812 = shufflevector <16 x float> %770, <16 x float> %773, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %813 = shufflevector <16 x float> %794, <16 x float> %797, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %814 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %815 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %816 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %817 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %818 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %819 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %820 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %821 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %822 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %823 = shufflevector <16 x float> %810, <16 x float> %811, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %824 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %825 = shufflevector <16 x float> %812, <16 x float> %813, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %826 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %827 = shufflevector <16 x float> %810, <16 x float> %811, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %828 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %829 = shufflevector <16 x float> %812, <16 x float> %813, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %830 = shufflevector <16 x float> %814, <16 x float> %815, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %831 = shufflevector <16 x float> %816, <16 x float> %817, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %832 = shufflevector <16 x float> %814, <16 x float> %815, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %833 = shufflevector <16 x float> %816, <16 x float> %817, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %834 = shufflevector <16 x float> %818, <16 x float> %819, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %835 = shufflevector <16 x float> %820, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %836 = shufflevector <16 x float> %818, <16 x float> %819, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %837 = shufflevector <16 x float> %820, <16 x float> %821, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %838 = shufflevector <16 x float> %822, <16 x float> %823, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %839 = shufflevector <16 x float> %824, <16 x float> %825, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %840 = shufflevector <16 x float> %822, <16 x float> %823, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %841 = shufflevector <16 x float> %824, <16 x float> %825, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %842 = shufflevector <16 x float> %826, <16 x float> %827, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %843 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %844 = shufflevector <16 x float> %826, <16 x float> %827, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %845 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %846 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %847 = shl nuw nsw i64 %j17.addr.02658, 6
  %848 = add nuw nsw i64 %847, %i21.addr.02659
  %849 = getelementptr inbounds float, ptr %QcT, i64 %848
  store <16 x float> %846, ptr %849, align 4
  %850 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %851 = or disjoint i64 %848, 64
  %852 = getelementptr inbounds float, ptr %QcT, i64 %851
  store <16 x float> %850, ptr %852, align 4
  %853 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %854 = or disjoint i64 %848, 128
  %855 = getelementptr inbounds float, ptr %QcT, i64 %854
  store <16 x float> %853, ptr %855, align 4
  %856 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %857 = or disjoint i64 %848, 192
  %858 = getelementptr inbounds float, ptr %QcT, i64 %857
  store <16 x float> %856, ptr %858, align 4
  %859 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %860 = or disjoint i64 %848, 256
  %861 = getelementptr inbounds float, ptr %QcT, i64 %860
  store <16 x float> %859, ptr %861, align 4
  %862 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %863 = or disjoint i64 %848, 320
  %864 = getelementptr inbounds float, ptr %QcT, i64 %863
  store <16 x float> %862, ptr %864, align 4
  %865 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %866 = or disjoint i64 %848, 384
  %867 = getelementptr inbounds float, ptr %QcT, i64 %866
  store <16 x float> %865, ptr %867, align 4
  %868 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %869 = or disjoint i64 %848, 448
  %870 = getelementptr inbounds float, ptr %QcT, i64 %869
  store <16 x float> %868, ptr %870, align 4
  %871 = shufflevector <16 x float> %838, <16 x float> %839, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %872 = or disjoint i64 %848, 512
  %873 = getelementptr inbounds float, ptr %QcT, i64 %872
  store <16 x float> %871, ptr %873, align 4
  %874 = shufflevector <16 x float> %838, <16 x float> %839, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %875 = or disjoint i64 %848, 576
  %876 = getelementptr inbounds float, ptr %QcT, i64 %875
  store <16 x float> %874, ptr %876, align 4
  %877 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %878 = or disjoint i64 %848, 640
  %879 = getelementptr inbounds float, ptr %QcT, i64 %878
  store <16 x float> %877, ptr %879, align 4
  %880 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %881 = or disjoint i64 %848, 704
  %882 = getelementptr inbounds float, ptr %QcT, i64 %881
  store <16 x float> %880, ptr %882, align 4
  %883 = shufflevector <16 x float> %842, <16 x float> %843, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %884 = or disjoint i64 %848, 768
  %885 = getelementptr inbounds float, ptr %QcT, i64 %884
  store <16 x float> %883, ptr %885, align 4
  %886 = shufflevector <16 x float> %842, <16 x float> %843, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %887 = or disjoint i64 %848, 832
  %888 = getelementptr inbounds float, ptr %QcT, i64 %887
  store <16 x float> %886, ptr %888, align 4
  %889 = shufflevector <16 x float> %844, <16 x float> %845, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %890 = or disjoint i64 %848, 896
  %891 = getelementptr inbounds float, ptr %QcT, i64 %890
  store <16 x float> %889, ptr %891, align 4
  %892 = shufflevector <16 x float> %844, <16 x float> %845, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %893 = or disjoint i64 %848, 960
  %894 = getelementptr inbounds float, ptr %QcT, i64 %893
  store <16 x float> %892, ptr %894, align 4
  br i1 %748, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02659, 16
  %895 = icmp ult i64 %i21.addr.02659, 48
  br i1 %895, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02661 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %896 = shl nuw nsw i64 %i22.addr.02661, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %897 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02660 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %898 = or disjoint i64 %j18.addr.02660, %896
  %899 = getelementptr inbounds float, ptr %OY, i64 %898
  %900 = load <16 x float>, ptr %899, align 4
  %901 = or disjoint i64 %898, 256
  %902 = getelementptr inbounds float, ptr %OY, i64 %901
  %903 = load <16 x float>, ptr %902, align 4
  %904 = or disjoint i64 %898, 32
  %905 = getelementptr inbounds float, ptr %OY, i64 %904
  %906 = load <16 x float>, ptr %905, align 4
  %907 = or disjoint i64 %898, 288
  %908 = getelementptr inbounds float, ptr %OY, i64 %907
  %909 = load <16 x float>, ptr %908, align 4
  %910 = or disjoint i64 %898, 64
  %911 = getelementptr inbounds float, ptr %OY, i64 %910
  %912 = load <16 x float>, ptr %911, align 4
  %913 = or disjoint i64 %898, 320
  %914 = getelementptr inbounds float, ptr %OY, i64 %913
  %915 = load <16 x float>, ptr %914, align 4
  %916 = or disjoint i64 %898, 96
  %917 = getelementptr inbounds float, ptr %OY, i64 %916
  %918 = load <16 x float>, ptr %917, align 4
  %919 = or disjoint i64 %898, 352
  %920 = getelementptr inbounds float, ptr %OY, i64 %919
  %921 = load <16 x float>, ptr %920, align 4
  %922 = or disjoint i64 %898, 128
  %923 = getelementptr inbounds float, ptr %OY, i64 %922
  %924 = load <16 x float>, ptr %923, align 4
  %925 = or disjoint i64 %898, 384
  %926 = getelementptr inbounds float, ptr %OY, i64 %925
  %927 = load <16 x float>, ptr %926, align 4
  %928 = or disjoint i64 %898, 160
  %929 = getelementptr inbounds float, ptr %OY, i64 %928
  %930 = load <16 x float>, ptr %929, align 4
  %931 = or disjoint i64 %898, 416
  %932 = getelementptr inbounds float, ptr %OY, i64 %931
  %933 = load <16 x float>, ptr %932, align 4
  %934 = or disjoint i64 %898, 192
  %935 = getelementptr inbounds float, ptr %OY, i64 %934
  %936 = load <16 x float>, ptr %935, align 4
  %937 = or disjoint i64 %898, 448
  %938 = getelementptr inbounds float, ptr %OY, i64 %937
  %939 = load <16 x float>, ptr %938, align 4
  %940 = or disjoint i64 %898, 224
  %941 = getelementptr inbounds float, ptr %OY, i64 %940
  %942 = load <16 x float>, ptr %941, align 4
  %943 = or disjoint i64 %898, 480
  %944 = getelementptr inbounds float, ptr %OY, i64 %943
  %945 = load <16 x float>, ptr %944, align 4
  %946 = shufflevector <16 x float> %900, <16 x float> %903, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %947 = shufflevector <16 x float> %924, <16 x float> %927, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %948 = shufflevector <16 x float> %906, <16 x float> %909, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %949 = shufflevector <16 x float> %930, <16 x float> %933, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %950 = shufflevector <16 x float> %912, <16 x float> %915, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %951 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %952 = shufflevector <16 x float> %918, <16 x float> %921, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %953 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %954 = shufflevector <16 x float> %900, <16 x float> %903, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %955 = shufflevector <16 x float> %924, <16 x float> %927, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %956 = shufflevector <16 x float> %906, <16 x float> %909, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %957 = shufflevector <16 x float> %930, <16 x float> %933, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %958 = shufflevector <16 x float> %912, <16 x float> %915, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %959 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %960 = shufflevector <16 x float> %918, <16 x float> %921, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %961 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %962 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %963 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %964 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %965 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %966 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %967 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %968 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %969 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %970 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %971 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %972 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %973 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %974 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %975 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %976 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %977 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %978 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %979 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %980 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %981 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %982 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %983 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %984 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %985 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %986 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %987 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %988 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %989 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %990 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %991 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %992 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %993 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %994 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %995 = shl nuw nsw i64 %j18.addr.02660, 6
  %996 = add nuw nsw i64 %995, %i22.addr.02661
  %997 = getelementptr inbounds float, ptr %dOT, i64 %996
  store <16 x float> %994, ptr %997, align 4
  %998 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %999 = or disjoint i64 %996, 64
  %1000 = getelementptr inbounds float, ptr %dOT, i64 %999
  store <16 x float> %998, ptr %1000, align 4
  %1001 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1002 = or disjoint i64 %996, 128
  %1003 = getelementptr inbounds float, ptr %dOT, i64 %1002
  store <16 x float> %1001, ptr %1003, align 4
  %1004 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1005 = or disjoint i64 %996, 192
  %1006 = getelementptr inbounds float, ptr %dOT, i64 %1005
  store <16 x float> %1004, ptr %1006, align 4
  %1007 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1008 = or disjoint i64 %996, 256
  %1009 = getelementptr inbounds float, ptr %dOT, i64 %1008
  store <16 x float> %1007, ptr %1009, align 4
  %1010 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1011 = or disjoint i64 %996, 320
  %1012 = getelementptr inbounds float, ptr %dOT, i64 %1011
  store <16 x float> %1010, ptr %1012, align 4
  %1013 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1014 = or disjoint i64 %996, 384
  %1015 = getelementptr inbounds float, ptr %dOT, i64 %1014
  store <16 x float> %1013, ptr %1015, align 4
  %1016 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1017 = or disjoint i64 %996, 448
  %1018 = getelementptr inbounds float, ptr %dOT, i64 %1017
  store <16 x float> %1016, ptr %1018, align 4
  %1019 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1020 = or disjoint i64 %996, 512
  %1021 = getelementptr inbounds float, ptr %dOT, i64 %1020
  store <16 x float> %1019, ptr %1021, align 4
  %1022 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1023 = or disjoint i64 %996, 576
  %1024 = getelementptr inbounds float, ptr %dOT, i64 %1023
  store <16 x float> %1022, ptr %1024, align 4
  %1025 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1026 = or disjoint i64 %996, 640
  %1027 = getelementptr inbounds float, ptr %dOT, i64 %1026
  store <16 x float> %1025, ptr %1027, align 4
  %1028 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1029 = or disjoint i64 %996, 704
  %1030 = getelementptr inbounds float, ptr %dOT, i64 %1029
  store <16 x float> %1028, ptr %1030, align 4
  %1031 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1032 = or disjoint i64 %996, 768
  %1033 = getelementptr inbounds float, ptr %dOT, i64 %1032
  store <16 x float> %1031, ptr %1033, align 4
  %1034 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1035 = or disjoint i64 %996, 832
  %1036 = getelementptr inbounds float, ptr %dOT, i64 %1035
  store <16 x float> %1034, ptr %1036, align 4
  %1037 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1038 = or disjoint i64 %996, 896
  %1039 = getelementptr inbounds float, ptr %dOT, i64 %1038
  store <16 x float> %1037, ptr %1039, align 4
  %1040 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1041 = or disjoint i64 %996, 960
  %1042 = getelementptr inbounds float, ptr %dOT, i64 %1041
  store <16 x float> %1040, ptr %1042, align 4
  br i1 %897, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02661, 16
  %1043 = icmp ult i64 %i22.addr.02661, 48
  br i1 %1043, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %1044 = icmp ult i64 %i23.addr.02674, 120
  br i1 %1044, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02674 = phi i64 [ %1045, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1045 = add nuw nsw i64 %i23.addr.02674, 8
  %1046 = shl nuw nsw i64 %i23.addr.02674, 5
  %.idx2592 = shl nuw nsw i64 %i23.addr.02674, 9
  %1047 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2592
  %1048 = shl nuw nsw i64 %i23.addr.02674, 7
  %1049 = or disjoint i64 %1048, 128
  %1050 = getelementptr inbounds float, ptr %Gm, i64 %1049
  %1051 = or disjoint i64 %1048, 256
  %1052 = getelementptr inbounds float, ptr %Gm, i64 %1051
  %1053 = or disjoint i64 %1048, 384
  %1054 = getelementptr inbounds float, ptr %Gm, i64 %1053
  %1055 = or disjoint i64 %1048, 512
  %1056 = getelementptr inbounds float, ptr %Gm, i64 %1055
  %1057 = or disjoint i64 %1048, 640
  %1058 = getelementptr inbounds float, ptr %Gm, i64 %1057
  %1059 = or disjoint i64 %1048, 768
  %1060 = getelementptr inbounds float, ptr %Gm, i64 %1059
  %1061 = or disjoint i64 %1048, 896
  %1062 = getelementptr inbounds float, ptr %Gm, i64 %1061
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.02673 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep2662 = getelementptr inbounds float, ptr %KT, i64 %j19.addr.02673
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02672 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1070, %p3.body ]
  %acc1.02671 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1076, %p3.body ]
  %acc2.02670 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1082, %p3.body ]
  %acc3.02669 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1088, %p3.body ]
  %acc4.02668 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1094, %p3.body ]
  %acc5.02667 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1100, %p3.body ]
  %acc6.02666 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1106, %p3.body ]
  %acc7.02665 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1112, %p3.body ]
  %p3.addr.02664 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2593 = shl nuw nsw i64 %p3.addr.02664, 9
  %gep2663 = getelementptr inbounds i8, ptr %invariant.gep2662, i64 %.idx2593
  %1063 = load <16 x float>, ptr %gep2663, align 4
  %1064 = add nuw nsw i64 %p3.addr.02664, %1046
  %1065 = or disjoint i64 %1064, 4096
  %1066 = getelementptr inbounds float, ptr %Bk, i64 %1065
  %1067 = load float, ptr %1066, align 4
  %1068 = insertelement <16 x float> poison, float %1067, i64 0
  %1069 = shufflevector <16 x float> %1068, <16 x float> poison, <16 x i32> zeroinitializer
  %1070 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1069, <16 x float> %1063, <16 x float> %acc.02672)
  %1071 = or disjoint i64 %1064, 4128
  %1072 = getelementptr inbounds float, ptr %Bk, i64 %1071
  %1073 = load float, ptr %1072, align 4
  %1074 = insertelement <16 x float> poison, float %1073, i64 0
  %1075 = shufflevector <16 x float> %1074, <16 x float> poison, <16 x i32> zeroinitializer
  %1076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1075, <16 x float> %1063, <16 x float> %acc1.02671)
  %1077 = or disjoint i64 %1064, 4160
  %1078 = getelementptr inbounds float, ptr %Bk, i64 %1077
  %1079 = load float, ptr %1078, align 4
  %1080 = insertelement <16 x float> poison, float %1079, i64 0
  %1081 = shufflevector <16 x float> %1080, <16 x float> poison, <16 x i32> zeroinitializer
  %1082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1081, <16 x float> %1063, <16 x float> %acc2.02670)
  %1083 = or disjoint i64 %1064, 4192
  %1084 = getelementptr inbounds float, ptr %Bk, i64 %1083
  %1085 = load float, ptr %1084, align 4
  %1086 = insertelement <16 x float> poison, float %1085, i64 0
  %1087 = shufflevector <16 x float> %1086, <16 x float> poison, <16 x i32> zeroinitializer
  %1088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1087, <16 x float> %1063, <16 x float> %acc3.02669)
  %1089 = or disjoint i64 %1064, 4224
  %1090 = getelementptr inbounds float, ptr %Bk, i64 %1089
  %1091 = load float, ptr %1090, align 4
  %1092 = insertelement <16 x float> poison, float %1091, i64 0
  %1093 = shufflevector <16 x float> %1092, <16 x float> poison, <16 x i32> zeroinitializer
  %1094 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1093, <16 x float> %1063, <16 x float> %acc4.02668)
  %1095 = or disjoint i64 %1064, 4256
  %1096 = getelementptr inbounds float, ptr %Bk, i64 %1095
  %1097 = load float, ptr %1096, align 4
  %1098 = insertelement <16 x float> poison, float %1097, i64 0
  %1099 = shufflevector <16 x float> %1098, <16 x float> poison, <16 x i32> zeroinitializer
  %1100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1099, <16 x float> %1063, <16 x float> %acc5.02667)
  %1101 = or disjoint i64 %1064, 4288
  %1102 = getelementptr inbounds float, ptr %Bk, i64 %1101
  %1103 = load float, ptr %1102, align 4
  %1104 = insertelement <16 x float> poison, float %1103, i64 0
  %1105 = shufflevector <16 x float> %1104, <16 x float> poison, <16 x i32> zeroinitializer
  %1106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1105, <16 x float> %1063, <16 x float> %acc6.02666)
  %1107 = or disjoint i64 %1064, 4320
  %1108 = getelementptr inbounds float, ptr %Bk, i64 %1107
  %1109 = load float, ptr %1108, align 4
  %1110 = insertelement <16 x float> poison, float %1109, i64 0
  %1111 = shufflevector <16 x float> %1110, <16 x float> poison, <16 x i32> zeroinitializer
  %1112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1063, <16 x float> %acc7.02665)
  %p3.next = add nuw nsw i64 %p3.addr.02664, 1
  %exitcond3165.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3165.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1113 = getelementptr inbounds float, ptr %1047, i64 %j19.addr.02673
  store <16 x float> %1070, ptr %1113, align 4
  %1114 = getelementptr inbounds float, ptr %1050, i64 %j19.addr.02673
  store <16 x float> %1076, ptr %1114, align 4
  %1115 = getelementptr inbounds float, ptr %1052, i64 %j19.addr.02673
  store <16 x float> %1082, ptr %1115, align 4
  %1116 = getelementptr inbounds float, ptr %1054, i64 %j19.addr.02673
  store <16 x float> %1088, ptr %1116, align 4
  %1117 = getelementptr inbounds float, ptr %1056, i64 %j19.addr.02673
  store <16 x float> %1094, ptr %1117, align 4
  %1118 = getelementptr inbounds float, ptr %1058, i64 %j19.addr.02673
  store <16 x float> %1100, ptr %1118, align 4
  %1119 = getelementptr inbounds float, ptr %1060, i64 %j19.addr.02673
  store <16 x float> %1106, ptr %1119, align 4
  %1120 = getelementptr inbounds float, ptr %1062, i64 %j19.addr.02673
  store <16 x float> %1112, ptr %1120, align 4
  %j19.next = add nuw nsw i64 %j19.addr.02673, 16
  %1121 = icmp ult i64 %j19.next, %1045
  br i1 %1121, label %p3.head.preheader, label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02692 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %1122 = shl nuw nsw i64 %i24.addr.02692, 5
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02691 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1141, %p4.body ]
  %acc9.02690 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1142, %p4.body ]
  %acc10.02689 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1143, %p4.body ]
  %acc11.02688 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1144, %p4.body ]
  %acc12.02687 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1150, %p4.body ]
  %acc13.02686 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1151, %p4.body ]
  %acc14.02685 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1152, %p4.body ]
  %acc15.02684 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1153, %p4.body ]
  %acc16.02683 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1159, %p4.body ]
  %acc17.02682 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1160, %p4.body ]
  %acc18.02681 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1161, %p4.body ]
  %acc19.02680 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1162, %p4.body ]
  %acc20.02679 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1168, %p4.body ]
  %acc21.02678 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1169, %p4.body ]
  %acc22.02677 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1170, %p4.body ]
  %acc23.02676 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1171, %p4.body ]
  %p4.addr.02675 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1123 = shl nuw nsw i64 %p4.addr.02675, 6
  %1124 = getelementptr inbounds float, ptr %work, i64 %1123
  %1125 = load <16 x float>, ptr %1124, align 4
  %1126 = or disjoint i64 %1123, 16
  %1127 = getelementptr inbounds float, ptr %work, i64 %1126
  %1128 = load <16 x float>, ptr %1127, align 4
  %1129 = or disjoint i64 %1123, 32
  %1130 = getelementptr inbounds float, ptr %work, i64 %1129
  %1131 = load <16 x float>, ptr %1130, align 4
  %1132 = or disjoint i64 %1123, 48
  %1133 = getelementptr inbounds float, ptr %work, i64 %1132
  %1134 = load <16 x float>, ptr %1133, align 4
  %1135 = add nuw nsw i64 %p4.addr.02675, %1122
  %1136 = or disjoint i64 %1135, 4096
  %1137 = getelementptr inbounds float, ptr %Bk, i64 %1136
  %1138 = load float, ptr %1137, align 4
  %1139 = insertelement <16 x float> poison, float %1138, i64 0
  %1140 = shufflevector <16 x float> %1139, <16 x float> poison, <16 x i32> zeroinitializer
  %1141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1140, <16 x float> %1125, <16 x float> %acc8.02691)
  %1142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1140, <16 x float> %1128, <16 x float> %acc9.02690)
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1140, <16 x float> %1131, <16 x float> %acc10.02689)
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1140, <16 x float> %1134, <16 x float> %acc11.02688)
  %1145 = or disjoint i64 %1135, 4128
  %1146 = getelementptr inbounds float, ptr %Bk, i64 %1145
  %1147 = load float, ptr %1146, align 4
  %1148 = insertelement <16 x float> poison, float %1147, i64 0
  %1149 = shufflevector <16 x float> %1148, <16 x float> poison, <16 x i32> zeroinitializer
  %1150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1149, <16 x float> %1125, <16 x float> %acc12.02687)
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1149, <16 x float> %1128, <16 x float> %acc13.02686)
  %1152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1149, <16 x float> %1131, <16 x float> %acc14.02685)
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1149, <16 x float> %1134, <16 x float> %acc15.02684)
  %1154 = or disjoint i64 %1135, 4160
  %1155 = getelementptr inbounds float, ptr %Bk, i64 %1154
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <16 x float> poison, float %1156, i64 0
  %1158 = shufflevector <16 x float> %1157, <16 x float> poison, <16 x i32> zeroinitializer
  %1159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1125, <16 x float> %acc16.02683)
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1128, <16 x float> %acc17.02682)
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1131, <16 x float> %acc18.02681)
  %1162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1134, <16 x float> %acc19.02680)
  %1163 = or disjoint i64 %1135, 4192
  %1164 = getelementptr inbounds float, ptr %Bk, i64 %1163
  %1165 = load float, ptr %1164, align 4
  %1166 = insertelement <16 x float> poison, float %1165, i64 0
  %1167 = shufflevector <16 x float> %1166, <16 x float> poison, <16 x i32> zeroinitializer
  %1168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1167, <16 x float> %1125, <16 x float> %acc20.02679)
  %1169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1167, <16 x float> %1128, <16 x float> %acc21.02678)
  %1170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1167, <16 x float> %1131, <16 x float> %acc22.02677)
  %1171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1167, <16 x float> %1134, <16 x float> %acc23.02676)
  %p4.next = add nuw nsw i64 %p4.addr.02675, 1
  %exitcond3166.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3166.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1172 = shl nuw nsw i64 %i24.addr.02692, 6
  %1173 = getelementptr inbounds float, ptr %KSdS, i64 %1172
  store <16 x float> %1141, ptr %1173, align 4
  %1174 = or disjoint i64 %1172, 16
  %1175 = getelementptr inbounds float, ptr %KSdS, i64 %1174
  store <16 x float> %1142, ptr %1175, align 4
  %1176 = or disjoint i64 %1172, 32
  %1177 = getelementptr inbounds float, ptr %KSdS, i64 %1176
  store <16 x float> %1143, ptr %1177, align 4
  %1178 = or disjoint i64 %1172, 48
  %1179 = getelementptr inbounds float, ptr %KSdS, i64 %1178
  store <16 x float> %1144, ptr %1179, align 4
  %1180 = or disjoint i64 %1172, 64
  %1181 = getelementptr inbounds float, ptr %KSdS, i64 %1180
  store <16 x float> %1150, ptr %1181, align 4
  %1182 = or disjoint i64 %1172, 80
  %1183 = getelementptr inbounds float, ptr %KSdS, i64 %1182
  store <16 x float> %1151, ptr %1183, align 4
  %1184 = or disjoint i64 %1172, 96
  %1185 = getelementptr inbounds float, ptr %KSdS, i64 %1184
  store <16 x float> %1152, ptr %1185, align 4
  %1186 = or disjoint i64 %1172, 112
  %1187 = getelementptr inbounds float, ptr %KSdS, i64 %1186
  store <16 x float> %1153, ptr %1187, align 4
  %1188 = or disjoint i64 %1172, 128
  %1189 = getelementptr inbounds float, ptr %KSdS, i64 %1188
  store <16 x float> %1159, ptr %1189, align 4
  %1190 = or disjoint i64 %1172, 144
  %1191 = getelementptr inbounds float, ptr %KSdS, i64 %1190
  store <16 x float> %1160, ptr %1191, align 4
  %1192 = or disjoint i64 %1172, 160
  %1193 = getelementptr inbounds float, ptr %KSdS, i64 %1192
  store <16 x float> %1161, ptr %1193, align 4
  %1194 = or disjoint i64 %1172, 176
  %1195 = getelementptr inbounds float, ptr %KSdS, i64 %1194
  store <16 x float> %1162, ptr %1195, align 4
  %1196 = or disjoint i64 %1172, 192
  %1197 = getelementptr inbounds float, ptr %KSdS, i64 %1196
  store <16 x float> %1168, ptr %1197, align 4
  %1198 = or disjoint i64 %1172, 208
  %1199 = getelementptr inbounds float, ptr %KSdS, i64 %1198
  store <16 x float> %1169, ptr %1199, align 4
  %1200 = or disjoint i64 %1172, 224
  %1201 = getelementptr inbounds float, ptr %KSdS, i64 %1200
  store <16 x float> %1170, ptr %1201, align 4
  %1202 = or disjoint i64 %1172, 240
  %1203 = getelementptr inbounds float, ptr %KSdS, i64 %1202
  store <16 x float> %1171, ptr %1203, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02692, 4
  %1204 = icmp ult i64 %i24.addr.02692, 124
  br i1 %1204, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02694 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2947 = shl nsw i64 %i25.addr.02694, 7
  %1205 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2947
  %1206 = load <16 x float>, ptr %1205, align 4
  %.idx2948 = shl nsw i64 %i25.addr.02694, 8
  %1207 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2948
  %1208 = load <16 x float>, ptr %1207, align 4
  %1209 = fsub <16 x float> %1206, %1208
  store <16 x float> %1209, ptr %1205, align 4
  %1210 = getelementptr inbounds i8, ptr %24, i64 %.idx2947
  %1211 = load <16 x float>, ptr %1210, align 4
  %1212 = getelementptr inbounds i8, ptr %25, i64 %.idx2948
  %1213 = load <16 x float>, ptr %1212, align 4
  %1214 = fsub <16 x float> %1211, %1213
  store <16 x float> %1214, ptr %1210, align 4
  %i25.next = or disjoint i64 %i25.addr.02694, 1
  %.idx2947.1 = shl nsw i64 %i25.next, 7
  %1215 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2947.1
  %1216 = load <16 x float>, ptr %1215, align 4
  %.idx2948.1 = shl nsw i64 %i25.next, 8
  %1217 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2948.1
  %1218 = load <16 x float>, ptr %1217, align 4
  %1219 = fsub <16 x float> %1216, %1218
  store <16 x float> %1219, ptr %1215, align 4
  %1220 = getelementptr inbounds i8, ptr %24, i64 %.idx2947.1
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = getelementptr inbounds i8, ptr %25, i64 %.idx2948.1
  %1223 = load <16 x float>, ptr %1222, align 4
  %1224 = fsub <16 x float> %1221, %1223
  store <16 x float> %1224, ptr %1220, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02694, 2
  %.idx2947.2 = shl nsw i64 %i25.next.1, 7
  %1225 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2947.2
  %1226 = load <16 x float>, ptr %1225, align 4
  %.idx2948.2 = shl nsw i64 %i25.next.1, 8
  %1227 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2948.2
  %1228 = load <16 x float>, ptr %1227, align 4
  %1229 = fsub <16 x float> %1226, %1228
  store <16 x float> %1229, ptr %1225, align 4
  %1230 = getelementptr inbounds i8, ptr %24, i64 %.idx2947.2
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = getelementptr inbounds i8, ptr %25, i64 %.idx2948.2
  %1233 = load <16 x float>, ptr %1232, align 4
  %1234 = fsub <16 x float> %1231, %1233
  store <16 x float> %1234, ptr %1230, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02694, 3
  %.idx2947.3 = shl nsw i64 %i25.next.2, 7
  %1235 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2947.3
  %1236 = load <16 x float>, ptr %1235, align 4
  %.idx2948.3 = shl nsw i64 %i25.next.2, 8
  %1237 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2948.3
  %1238 = load <16 x float>, ptr %1237, align 4
  %1239 = fsub <16 x float> %1236, %1238
  store <16 x float> %1239, ptr %1235, align 4
  %1240 = getelementptr inbounds i8, ptr %24, i64 %.idx2947.3
  %1241 = load <16 x float>, ptr %1240, align 4
  %1242 = getelementptr inbounds i8, ptr %25, i64 %.idx2948.3
  %1243 = load <16 x float>, ptr %1242, align 4
  %1244 = fsub <16 x float> %1241, %1243
  store <16 x float> %1244, ptr %1240, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02694, 4
  %exitcond3167.not.3 = icmp eq i64 %i25.next.3, 128
  br i1 %exitcond3167.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02711 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1245 = shl nuw nsw i64 %ib.addr.02711, 2
  %umax3758 = tail call i64 @llvm.umax.i64(i64 %1245, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02711, 2
  %.not2949 = icmp eq i64 %ib.addr.02711, 0
  br i1 %.not2949, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2591 = shl nuw nsw i64 %ib.addr.02711, 11
  %1246 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2591
  %1247 = shl nuw nsw i64 %ib.addr.02711, 9
  %1248 = or disjoint i64 %1247, 128
  %1249 = getelementptr inbounds float, ptr %Gm, i64 %1248
  %1250 = or disjoint i64 %1247, 256
  %1251 = getelementptr inbounds float, ptr %Gm, i64 %1250
  %1252 = or disjoint i64 %1247, 384
  %1253 = getelementptr inbounds float, ptr %Gm, i64 %1252
  %xtraiter = and i64 %umax3758, 1
  %1254 = icmp eq i64 %umax3758, 1
  br i1 %1254, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3758, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02703 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1295, %j21.body ]
  %acc25.02702 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1296, %j21.body ]
  %acc26.02701 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1301, %j21.body ]
  %acc27.02700 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1302, %j21.body ]
  %acc28.02699 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1307, %j21.body ]
  %acc29.02698 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1308, %j21.body ]
  %acc30.02697 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1313, %j21.body ]
  %acc31.02696 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1314, %j21.body ]
  %j21.addr.02695 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1255 = shl nsw i64 %j21.addr.02695, 5
  %1256 = getelementptr inbounds float, ptr %Vn, i64 %1255
  %1257 = load <16 x float>, ptr %1256, align 4
  %1258 = or disjoint i64 %1255, 16
  %1259 = getelementptr inbounds float, ptr %Vn, i64 %1258
  %1260 = load <16 x float>, ptr %1259, align 4
  %1261 = getelementptr inbounds float, ptr %1246, i64 %j21.addr.02695
  %1262 = load float, ptr %1261, align 4
  %1263 = insertelement <16 x float> poison, float %1262, i64 0
  %1264 = shufflevector <16 x float> %1263, <16 x float> poison, <16 x i32> zeroinitializer
  %1265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1264, <16 x float> %1257, <16 x float> %acc24.02703)
  %1266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1264, <16 x float> %1260, <16 x float> %acc25.02702)
  %1267 = getelementptr inbounds float, ptr %1249, i64 %j21.addr.02695
  %1268 = load float, ptr %1267, align 4
  %1269 = insertelement <16 x float> poison, float %1268, i64 0
  %1270 = shufflevector <16 x float> %1269, <16 x float> poison, <16 x i32> zeroinitializer
  %1271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1270, <16 x float> %1257, <16 x float> %acc26.02701)
  %1272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1270, <16 x float> %1260, <16 x float> %acc27.02700)
  %1273 = getelementptr inbounds float, ptr %1251, i64 %j21.addr.02695
  %1274 = load float, ptr %1273, align 4
  %1275 = insertelement <16 x float> poison, float %1274, i64 0
  %1276 = shufflevector <16 x float> %1275, <16 x float> poison, <16 x i32> zeroinitializer
  %1277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1276, <16 x float> %1257, <16 x float> %acc28.02699)
  %1278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1276, <16 x float> %1260, <16 x float> %acc29.02698)
  %1279 = getelementptr inbounds float, ptr %1253, i64 %j21.addr.02695
  %1280 = load float, ptr %1279, align 4
  %1281 = insertelement <16 x float> poison, float %1280, i64 0
  %1282 = shufflevector <16 x float> %1281, <16 x float> poison, <16 x i32> zeroinitializer
  %1283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1282, <16 x float> %1257, <16 x float> %acc30.02697)
  %1284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1282, <16 x float> %1260, <16 x float> %acc31.02696)
  %j21.next = or disjoint i64 %j21.addr.02695, 1
  %1285 = shl nsw i64 %j21.next, 5
  %1286 = getelementptr inbounds float, ptr %Vn, i64 %1285
  %1287 = load <16 x float>, ptr %1286, align 4
  %1288 = or disjoint i64 %1285, 16
  %1289 = getelementptr inbounds float, ptr %Vn, i64 %1288
  %1290 = load <16 x float>, ptr %1289, align 4
  %1291 = getelementptr inbounds float, ptr %1246, i64 %j21.next
  %1292 = load float, ptr %1291, align 4
  %1293 = insertelement <16 x float> poison, float %1292, i64 0
  %1294 = shufflevector <16 x float> %1293, <16 x float> poison, <16 x i32> zeroinitializer
  %1295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1294, <16 x float> %1287, <16 x float> %1265)
  %1296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1294, <16 x float> %1290, <16 x float> %1266)
  %1297 = getelementptr inbounds float, ptr %1249, i64 %j21.next
  %1298 = load float, ptr %1297, align 4
  %1299 = insertelement <16 x float> poison, float %1298, i64 0
  %1300 = shufflevector <16 x float> %1299, <16 x float> poison, <16 x i32> zeroinitializer
  %1301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1300, <16 x float> %1287, <16 x float> %1271)
  %1302 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1300, <16 x float> %1290, <16 x float> %1272)
  %1303 = getelementptr inbounds float, ptr %1251, i64 %j21.next
  %1304 = load float, ptr %1303, align 4
  %1305 = insertelement <16 x float> poison, float %1304, i64 0
  %1306 = shufflevector <16 x float> %1305, <16 x float> poison, <16 x i32> zeroinitializer
  %1307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1306, <16 x float> %1287, <16 x float> %1277)
  %1308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1306, <16 x float> %1290, <16 x float> %1278)
  %1309 = getelementptr inbounds float, ptr %1253, i64 %j21.next
  %1310 = load float, ptr %1309, align 4
  %1311 = insertelement <16 x float> poison, float %1310, i64 0
  %1312 = shufflevector <16 x float> %1311, <16 x float> poison, <16 x i32> zeroinitializer
  %1313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1312, <16 x float> %1287, <16 x float> %1283)
  %1314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1312, <16 x float> %1290, <16 x float> %1284)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02695, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3629.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1295, %j21.body ]
  %.lcssa3628.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1296, %j21.body ]
  %.lcssa3627.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1301, %j21.body ]
  %.lcssa3626.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1302, %j21.body ]
  %.lcssa3625.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1307, %j21.body ]
  %.lcssa3624.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1308, %j21.body ]
  %.lcssa3623.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1313, %j21.body ]
  %.lcssa3622.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1314, %j21.body ]
  %acc24.02703.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1295, %j21.body ]
  %acc25.02702.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1296, %j21.body ]
  %acc26.02701.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1301, %j21.body ]
  %acc27.02700.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1302, %j21.body ]
  %acc28.02699.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1307, %j21.body ]
  %acc29.02698.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1308, %j21.body ]
  %acc30.02697.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1313, %j21.body ]
  %acc31.02696.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1314, %j21.body ]
  %j21.addr.02695.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1315 = shl nsw i64 %j21.addr.02695.unr, 5
  %1316 = getelementptr inbounds float, ptr %Vn, i64 %1315
  %1317 = load <16 x float>, ptr %1316, align 4
  %1318 = or disjoint i64 %1315, 16
  %1319 = getelementptr inbounds float, ptr %Vn, i64 %1318
  %1320 = load <16 x float>, ptr %1319, align 4
  %1321 = getelementptr inbounds float, ptr %1246, i64 %j21.addr.02695.unr
  %1322 = load float, ptr %1321, align 4
  %1323 = insertelement <16 x float> poison, float %1322, i64 0
  %1324 = shufflevector <16 x float> %1323, <16 x float> poison, <16 x i32> zeroinitializer
  %1325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1324, <16 x float> %1317, <16 x float> %acc24.02703.unr)
  %1326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1324, <16 x float> %1320, <16 x float> %acc25.02702.unr)
  %1327 = getelementptr inbounds float, ptr %1249, i64 %j21.addr.02695.unr
  %1328 = load float, ptr %1327, align 4
  %1329 = insertelement <16 x float> poison, float %1328, i64 0
  %1330 = shufflevector <16 x float> %1329, <16 x float> poison, <16 x i32> zeroinitializer
  %1331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1330, <16 x float> %1317, <16 x float> %acc26.02701.unr)
  %1332 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1330, <16 x float> %1320, <16 x float> %acc27.02700.unr)
  %1333 = getelementptr inbounds float, ptr %1251, i64 %j21.addr.02695.unr
  %1334 = load float, ptr %1333, align 4
  %1335 = insertelement <16 x float> poison, float %1334, i64 0
  %1336 = shufflevector <16 x float> %1335, <16 x float> poison, <16 x i32> zeroinitializer
  %1337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1336, <16 x float> %1317, <16 x float> %acc28.02699.unr)
  %1338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1336, <16 x float> %1320, <16 x float> %acc29.02698.unr)
  %1339 = getelementptr inbounds float, ptr %1253, i64 %j21.addr.02695.unr
  %1340 = load float, ptr %1339, align 4
  %1341 = insertelement <16 x float> poison, float %1340, i64 0
  %1342 = shufflevector <16 x float> %1341, <16 x float> poison, <16 x i32> zeroinitializer
  %1343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1342, <16 x float> %1317, <16 x float> %acc30.02697.unr)
  %1344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1342, <16 x float> %1320, <16 x float> %acc31.02696.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3622.ph, %j21.exit.loopexit.unr-lcssa ], [ %1344, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3623.ph, %j21.exit.loopexit.unr-lcssa ], [ %1343, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3624.ph, %j21.exit.loopexit.unr-lcssa ], [ %1338, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3625.ph, %j21.exit.loopexit.unr-lcssa ], [ %1337, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3626.ph, %j21.exit.loopexit.unr-lcssa ], [ %1332, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3627.ph, %j21.exit.loopexit.unr-lcssa ], [ %1331, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3628.ph, %j21.exit.loopexit.unr-lcssa ], [ %1326, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3629.ph, %j21.exit.loopexit.unr-lcssa ], [ %1325, %j21.body.epil ]
  %1345 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1346 = load float, ptr %1345, align 4
  %1347 = shl nuw nsw i64 %ib.addr.02711, 7
  %1348 = getelementptr inbounds float, ptr %Rr, i64 %1347
  %1349 = load <16 x float>, ptr %1348, align 4
  %1350 = fsub <16 x float> %1349, %acc24.0.lcssa
  store <16 x float> %1350, ptr %1348, align 4
  %1351 = insertelement <16 x float> poison, float %1346, i64 0
  %1352 = shufflevector <16 x float> %1351, <16 x float> poison, <16 x i32> zeroinitializer
  %1353 = fmul <16 x float> %1352, %1350
  %1354 = getelementptr inbounds float, ptr %Vn, i64 %1347
  store <16 x float> %1353, ptr %1354, align 4
  %1355 = shl nuw nsw i64 %ib.addr.02711, 10
  %1356 = getelementptr inbounds float, ptr %Ak, i64 %1355
  store <16 x float> %1353, ptr %1356, align 4
  %1357 = or disjoint i64 %1347, 16
  %1358 = getelementptr inbounds float, ptr %Rr, i64 %1357
  %1359 = load <16 x float>, ptr %1358, align 4
  %1360 = fsub <16 x float> %1359, %acc25.0.lcssa
  store <16 x float> %1360, ptr %1358, align 4
  %1361 = fmul <16 x float> %1352, %1360
  %1362 = getelementptr inbounds float, ptr %Vn, i64 %1357
  store <16 x float> %1361, ptr %1362, align 4
  %1363 = or disjoint i64 %1355, 16
  %1364 = getelementptr inbounds float, ptr %Ak, i64 %1363
  store <16 x float> %1361, ptr %1364, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2950 = shl nsw i64 %i26, 9
  %1365 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2950
  %1366 = getelementptr inbounds float, ptr %1365, i64 %i0
  %1367 = load float, ptr %1366, align 4
  %1368 = insertelement <16 x float> poison, float %1367, i64 0
  %1369 = shufflevector <16 x float> %1368, <16 x float> poison, <16 x i32> zeroinitializer
  %1370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1369, <16 x float> %1353, <16 x float> %acc26.0.lcssa)
  %1371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1369, <16 x float> %1361, <16 x float> %acc27.0.lcssa)
  %1372 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1373 = load float, ptr %1372, align 4
  %1374 = shl nuw nsw i64 %i26, 5
  %1375 = getelementptr inbounds float, ptr %Rr, i64 %1374
  %1376 = load <16 x float>, ptr %1375, align 4
  %1377 = fsub <16 x float> %1376, %1370
  store <16 x float> %1377, ptr %1375, align 4
  %1378 = insertelement <16 x float> poison, float %1373, i64 0
  %1379 = shufflevector <16 x float> %1378, <16 x float> poison, <16 x i32> zeroinitializer
  %1380 = fmul <16 x float> %1379, %1377
  %1381 = getelementptr inbounds float, ptr %Vn, i64 %1374
  store <16 x float> %1380, ptr %1381, align 4
  %1382 = shl nuw nsw i64 %i26, 8
  %1383 = getelementptr inbounds float, ptr %Ak, i64 %1382
  store <16 x float> %1380, ptr %1383, align 4
  %1384 = or disjoint i64 %1374, 16
  %1385 = getelementptr inbounds float, ptr %Rr, i64 %1384
  %1386 = load <16 x float>, ptr %1385, align 4
  %1387 = fsub <16 x float> %1386, %1371
  store <16 x float> %1387, ptr %1385, align 4
  %1388 = fmul <16 x float> %1379, %1387
  %1389 = getelementptr inbounds float, ptr %Vn, i64 %1384
  store <16 x float> %1388, ptr %1389, align 4
  %1390 = or disjoint i64 %1382, 16
  %1391 = getelementptr inbounds float, ptr %Ak, i64 %1390
  store <16 x float> %1388, ptr %1391, align 4
  %i27 = or disjoint i64 %i0, 2
  %1392 = shl nuw nsw i64 %i27, 7
  %1393 = or disjoint i64 %1392, %i0
  %1394 = getelementptr inbounds float, ptr %Gm, i64 %1393
  %1395 = load float, ptr %1394, align 4
  %1396 = insertelement <16 x float> poison, float %1395, i64 0
  %1397 = shufflevector <16 x float> %1396, <16 x float> poison, <16 x i32> zeroinitializer
  %1398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1397, <16 x float> %1353, <16 x float> %acc28.0.lcssa)
  %1399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1397, <16 x float> %1361, <16 x float> %acc29.0.lcssa)
  %1400 = or disjoint i64 %1392, %i26
  %1401 = getelementptr inbounds float, ptr %Gm, i64 %1400
  %1402 = load float, ptr %1401, align 4
  %1403 = insertelement <16 x float> poison, float %1402, i64 0
  %1404 = shufflevector <16 x float> %1403, <16 x float> poison, <16 x i32> zeroinitializer
  %1405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1404, <16 x float> %1380, <16 x float> %1398)
  %1406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1404, <16 x float> %1388, <16 x float> %1399)
  %1407 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1408 = load float, ptr %1407, align 4
  %1409 = shl nuw nsw i64 %i27, 5
  %1410 = getelementptr inbounds float, ptr %Rr, i64 %1409
  %1411 = load <16 x float>, ptr %1410, align 4
  %1412 = fsub <16 x float> %1411, %1405
  store <16 x float> %1412, ptr %1410, align 4
  %1413 = insertelement <16 x float> poison, float %1408, i64 0
  %1414 = shufflevector <16 x float> %1413, <16 x float> poison, <16 x i32> zeroinitializer
  %1415 = fmul <16 x float> %1414, %1412
  %1416 = getelementptr inbounds float, ptr %Vn, i64 %1409
  store <16 x float> %1415, ptr %1416, align 4
  %1417 = shl nuw nsw i64 %i27, 8
  %1418 = getelementptr inbounds float, ptr %Ak, i64 %1417
  store <16 x float> %1415, ptr %1418, align 4
  %1419 = or disjoint i64 %1409, 16
  %1420 = getelementptr inbounds float, ptr %Rr, i64 %1419
  %1421 = load <16 x float>, ptr %1420, align 4
  %1422 = fsub <16 x float> %1421, %1406
  store <16 x float> %1422, ptr %1420, align 4
  %1423 = fmul <16 x float> %1414, %1422
  %1424 = getelementptr inbounds float, ptr %Vn, i64 %1419
  store <16 x float> %1423, ptr %1424, align 4
  %1425 = or disjoint i64 %1417, 16
  %1426 = getelementptr inbounds float, ptr %Ak, i64 %1425
  store <16 x float> %1423, ptr %1426, align 4
  %i28 = or disjoint i64 %i0, 3
  %1427 = shl nuw nsw i64 %i28, 7
  %1428 = or disjoint i64 %1427, %i0
  %1429 = getelementptr inbounds float, ptr %Gm, i64 %1428
  %1430 = load float, ptr %1429, align 4
  %1431 = insertelement <16 x float> poison, float %1430, i64 0
  %1432 = shufflevector <16 x float> %1431, <16 x float> poison, <16 x i32> zeroinitializer
  %1433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1432, <16 x float> %1353, <16 x float> %acc30.0.lcssa)
  %1434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1432, <16 x float> %1361, <16 x float> %acc31.0.lcssa)
  %1435 = or disjoint i64 %1427, %i26
  %1436 = getelementptr inbounds float, ptr %Gm, i64 %1435
  %1437 = load float, ptr %1436, align 4
  %1438 = insertelement <16 x float> poison, float %1437, i64 0
  %1439 = shufflevector <16 x float> %1438, <16 x float> poison, <16 x i32> zeroinitializer
  %1440 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1439, <16 x float> %1380, <16 x float> %1433)
  %1441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1439, <16 x float> %1388, <16 x float> %1434)
  %1442 = or disjoint i64 %1427, %i27
  %1443 = getelementptr inbounds float, ptr %Gm, i64 %1442
  %1444 = load float, ptr %1443, align 4
  %1445 = insertelement <16 x float> poison, float %1444, i64 0
  %1446 = shufflevector <16 x float> %1445, <16 x float> poison, <16 x i32> zeroinitializer
  %1447 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1446, <16 x float> %1415, <16 x float> %1440)
  %1448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1446, <16 x float> %1423, <16 x float> %1441)
  %1449 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1450 = load float, ptr %1449, align 4
  %1451 = shl nuw nsw i64 %i28, 5
  %1452 = getelementptr inbounds float, ptr %Rr, i64 %1451
  %1453 = load <16 x float>, ptr %1452, align 4
  %1454 = fsub <16 x float> %1453, %1447
  store <16 x float> %1454, ptr %1452, align 4
  %1455 = insertelement <16 x float> poison, float %1450, i64 0
  %1456 = shufflevector <16 x float> %1455, <16 x float> poison, <16 x i32> zeroinitializer
  %1457 = fmul <16 x float> %1456, %1454
  %1458 = getelementptr inbounds float, ptr %Vn, i64 %1451
  store <16 x float> %1457, ptr %1458, align 4
  %1459 = shl nuw nsw i64 %i28, 8
  %1460 = getelementptr inbounds float, ptr %Ak, i64 %1459
  store <16 x float> %1457, ptr %1460, align 4
  %1461 = or disjoint i64 %1451, 16
  %1462 = getelementptr inbounds float, ptr %Rr, i64 %1461
  %1463 = load <16 x float>, ptr %1462, align 4
  %1464 = fsub <16 x float> %1463, %1448
  store <16 x float> %1464, ptr %1462, align 4
  %1465 = fmul <16 x float> %1456, %1464
  %1466 = getelementptr inbounds float, ptr %Vn, i64 %1461
  store <16 x float> %1465, ptr %1466, align 4
  %1467 = or disjoint i64 %1459, 16
  %1468 = getelementptr inbounds float, ptr %Ak, i64 %1467
  store <16 x float> %1465, ptr %1468, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02711, 1
  %exitcond3169.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3169.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02713 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1469 = shl nuw nsw i64 %i29.addr.02713, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1470 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02712 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1471 = or disjoint i64 %j22.addr.02712, %1469
  %1472 = getelementptr inbounds float, ptr %Vn, i64 %1471
  %1473 = load <16 x float>, ptr %1472, align 4
  %1474 = or disjoint i64 %1471, 256
  %1475 = getelementptr inbounds float, ptr %Vn, i64 %1474
  %1476 = load <16 x float>, ptr %1475, align 4
  %1477 = or disjoint i64 %1471, 32
  %1478 = getelementptr inbounds float, ptr %Vn, i64 %1477
  %1479 = load <16 x float>, ptr %1478, align 4
  %1480 = or disjoint i64 %1471, 288
  %1481 = getelementptr inbounds float, ptr %Vn, i64 %1480
  %1482 = load <16 x float>, ptr %1481, align 4
  %1483 = or disjoint i64 %1471, 64
  %1484 = getelementptr inbounds float, ptr %Vn, i64 %1483
  %1485 = load <16 x float>, ptr %1484, align 4
  %1486 = or disjoint i64 %1471, 320
  %1487 = getelementptr inbounds float, ptr %Vn, i64 %1486
  %1488 = load <16 x float>, ptr %1487, align 4
  %1489 = or disjoint i64 %1471, 96
  %1490 = getelementptr inbounds float, ptr %Vn, i64 %1489
  %1491 = load <16 x float>, ptr %1490, align 4
  %1492 = or disjoint i64 %1471, 352
  %1493 = getelementptr inbounds float, ptr %Vn, i64 %1492
  %1494 = load <16 x float>, ptr %1493, align 4
  %1495 = or disjoint i64 %1471, 128
  %1496 = getelementptr inbounds float, ptr %Vn, i64 %1495
  %1497 = load <16 x float>, ptr %1496, align 4
  %1498 = or disjoint i64 %1471, 384
  %1499 = getelementptr inbounds float, ptr %Vn, i64 %1498
  %1500 = load <16 x float>, ptr %1499, align 4
  %1501 = or disjoint i64 %1471, 160
  %1502 = getelementptr inbounds float, ptr %Vn, i64 %1501
  %1503 = load <16 x float>, ptr %1502, align 4
  %1504 = or disjoint i64 %1471, 416
  %1505 = getelementptr inbounds float, ptr %Vn, i64 %1504
  %1506 = load <16 x float>, ptr %1505, align 4
  %1507 = or disjoint i64 %1471, 192
  %1508 = getelementptr inbounds float, ptr %Vn, i64 %1507
  %1509 = load <16 x float>, ptr %1508, align 4
  %1510 = or disjoint i64 %1471, 448
  %1511 = getelementptr inbounds float, ptr %Vn, i64 %1510
  %1512 = load <16 x float>, ptr %1511, align 4
  %1513 = or disjoint i64 %1471, 224
  %1514 = getelementptr inbounds float, ptr %Vn, i64 %1513
  %1515 = load <16 x float>, ptr %1514, align 4
  %1516 = or disjoint i64 %1471, 480
  %1517 = getelementptr inbounds float, ptr %Vn, i64 %1516
  %1518 = load <16 x float>, ptr %1517, align 4
  %1519 = shufflevector <16 x float> %1473, <16 x float> %1476, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1520 = shufflevector <16 x float> %1497, <16 x float> %1500, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1521 = shufflevector <16 x float> %1479, <16 x float> %1482, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1522 = shufflevector <16 x float> %1503, <16 x float> %1506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1523 = shufflevector <16 x float> %1485, <16 x float> %1488, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1524 = shufflevector <16 x float> %1509, <16 x float> %1512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1525 = shufflevector <16 x float> %1491, <16 x float> %1494, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1526 = shufflevector <16 x float> %1515, <16 x float> %1518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1527 = shufflevector <16 x float> %1473, <16 x float> %1476, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1528 = shufflevector <16 x float> %1497, <16 x float> %1500, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1529 = shufflevector <16 x float> %1479, <16 x float> %1482, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1530 = shufflevector <16 x float> %1503, <16 x float> %1506, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1531 = shufflevector <16 x float> %1485, <16 x float> %1488, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1532 = shufflevector <16 x float> %1509, <16 x float> %1512, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1533 = shufflevector <16 x float> %1491, <16 x float> %1494, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1534 = shufflevector <16 x float> %1515, <16 x float> %1518, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1535 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1536 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1537 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1538 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1539 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1540 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1541 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1542 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1543 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1544 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1545 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1546 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1547 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1548 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1549 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1550 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1551 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1552 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1553 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1554 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1555 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1556 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1557 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1558 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1559 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1560 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1561 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1562 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1563 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1564 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1565 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1566 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1567 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1568 = shl nuw nsw i64 %j22.addr.02712, 7
  %1569 = add nuw nsw i64 %1568, %i29.addr.02713
  %1570 = getelementptr inbounds float, ptr %VnT, i64 %1569
  store <16 x float> %1567, ptr %1570, align 4
  %1571 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1572 = or disjoint i64 %1569, 128
  %1573 = getelementptr inbounds float, ptr %VnT, i64 %1572
  store <16 x float> %1571, ptr %1573, align 4
  %1574 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1575 = or disjoint i64 %1569, 256
  %1576 = getelementptr inbounds float, ptr %VnT, i64 %1575
  store <16 x float> %1574, ptr %1576, align 4
  %1577 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1578 = or disjoint i64 %1569, 384
  %1579 = getelementptr inbounds float, ptr %VnT, i64 %1578
  store <16 x float> %1577, ptr %1579, align 4
  %1580 = shufflevector <16 x float> %1555, <16 x float> %1556, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1581 = or disjoint i64 %1569, 512
  %1582 = getelementptr inbounds float, ptr %VnT, i64 %1581
  store <16 x float> %1580, ptr %1582, align 4
  %1583 = shufflevector <16 x float> %1555, <16 x float> %1556, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1584 = or disjoint i64 %1569, 640
  %1585 = getelementptr inbounds float, ptr %VnT, i64 %1584
  store <16 x float> %1583, ptr %1585, align 4
  %1586 = shufflevector <16 x float> %1557, <16 x float> %1558, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1587 = or disjoint i64 %1569, 768
  %1588 = getelementptr inbounds float, ptr %VnT, i64 %1587
  store <16 x float> %1586, ptr %1588, align 4
  %1589 = shufflevector <16 x float> %1557, <16 x float> %1558, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1590 = or disjoint i64 %1569, 896
  %1591 = getelementptr inbounds float, ptr %VnT, i64 %1590
  store <16 x float> %1589, ptr %1591, align 4
  %1592 = shufflevector <16 x float> %1559, <16 x float> %1560, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1593 = or disjoint i64 %1569, 1024
  %1594 = getelementptr inbounds float, ptr %VnT, i64 %1593
  store <16 x float> %1592, ptr %1594, align 4
  %1595 = shufflevector <16 x float> %1559, <16 x float> %1560, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1596 = or disjoint i64 %1569, 1152
  %1597 = getelementptr inbounds float, ptr %VnT, i64 %1596
  store <16 x float> %1595, ptr %1597, align 4
  %1598 = shufflevector <16 x float> %1561, <16 x float> %1562, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1599 = or disjoint i64 %1569, 1280
  %1600 = getelementptr inbounds float, ptr %VnT, i64 %1599
  store <16 x float> %1598, ptr %1600, align 4
  %1601 = shufflevector <16 x float> %1561, <16 x float> %1562, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1602 = or disjoint i64 %1569, 1408
  %1603 = getelementptr inbounds float, ptr %VnT, i64 %1602
  store <16 x float> %1601, ptr %1603, align 4
  %1604 = shufflevector <16 x float> %1563, <16 x float> %1564, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1605 = or disjoint i64 %1569, 1536
  %1606 = getelementptr inbounds float, ptr %VnT, i64 %1605
  store <16 x float> %1604, ptr %1606, align 4
  %1607 = shufflevector <16 x float> %1563, <16 x float> %1564, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1608 = or disjoint i64 %1569, 1664
  %1609 = getelementptr inbounds float, ptr %VnT, i64 %1608
  store <16 x float> %1607, ptr %1609, align 4
  %1610 = shufflevector <16 x float> %1565, <16 x float> %1566, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1611 = or disjoint i64 %1569, 1792
  %1612 = getelementptr inbounds float, ptr %VnT, i64 %1611
  store <16 x float> %1610, ptr %1612, align 4
  %1613 = shufflevector <16 x float> %1565, <16 x float> %1566, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1614 = or disjoint i64 %1569, 1920
  %1615 = getelementptr inbounds float, ptr %VnT, i64 %1614
  store <16 x float> %1613, ptr %1615, align 4
  br i1 %1470, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02713, 16
  %1616 = icmp ult i64 %i29.addr.02713, 112
  br i1 %1616, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02731 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1617 = shl nuw nsw i64 %i30.addr.02731, 5
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02730 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1636, %p6.body ]
  %acc33.02729 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1637, %p6.body ]
  %acc34.02728 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1638, %p6.body ]
  %acc35.02727 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1639, %p6.body ]
  %acc36.02726 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1645, %p6.body ]
  %acc37.02725 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1646, %p6.body ]
  %acc38.02724 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1647, %p6.body ]
  %acc39.02723 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1648, %p6.body ]
  %acc40.02722 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1654, %p6.body ]
  %acc41.02721 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1655, %p6.body ]
  %acc42.02720 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1656, %p6.body ]
  %acc43.02719 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1657, %p6.body ]
  %acc44.02718 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1663, %p6.body ]
  %acc45.02717 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1664, %p6.body ]
  %acc46.02716 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1665, %p6.body ]
  %acc47.02715 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1666, %p6.body ]
  %p6.addr.02714 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1618 = shl nuw nsw i64 %p6.addr.02714, 6
  %1619 = getelementptr inbounds float, ptr %QcT, i64 %1618
  %1620 = load <16 x float>, ptr %1619, align 4
  %1621 = or disjoint i64 %1618, 16
  %1622 = getelementptr inbounds float, ptr %QcT, i64 %1621
  %1623 = load <16 x float>, ptr %1622, align 4
  %1624 = or disjoint i64 %1618, 32
  %1625 = getelementptr inbounds float, ptr %QcT, i64 %1624
  %1626 = load <16 x float>, ptr %1625, align 4
  %1627 = or disjoint i64 %1618, 48
  %1628 = getelementptr inbounds float, ptr %QcT, i64 %1627
  %1629 = load <16 x float>, ptr %1628, align 4
  %1630 = add nuw nsw i64 %p6.addr.02714, %1617
  %1631 = or disjoint i64 %1630, 4096
  %1632 = getelementptr inbounds float, ptr %Bk, i64 %1631
  %1633 = load float, ptr %1632, align 4
  %1634 = insertelement <16 x float> poison, float %1633, i64 0
  %1635 = shufflevector <16 x float> %1634, <16 x float> poison, <16 x i32> zeroinitializer
  %1636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1635, <16 x float> %1620, <16 x float> %acc32.02730)
  %1637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1635, <16 x float> %1623, <16 x float> %acc33.02729)
  %1638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1635, <16 x float> %1626, <16 x float> %acc34.02728)
  %1639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1635, <16 x float> %1629, <16 x float> %acc35.02727)
  %1640 = or disjoint i64 %1630, 4128
  %1641 = getelementptr inbounds float, ptr %Bk, i64 %1640
  %1642 = load float, ptr %1641, align 4
  %1643 = insertelement <16 x float> poison, float %1642, i64 0
  %1644 = shufflevector <16 x float> %1643, <16 x float> poison, <16 x i32> zeroinitializer
  %1645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1644, <16 x float> %1620, <16 x float> %acc36.02726)
  %1646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1644, <16 x float> %1623, <16 x float> %acc37.02725)
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1644, <16 x float> %1626, <16 x float> %acc38.02724)
  %1648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1644, <16 x float> %1629, <16 x float> %acc39.02723)
  %1649 = or disjoint i64 %1630, 4160
  %1650 = getelementptr inbounds float, ptr %Bk, i64 %1649
  %1651 = load float, ptr %1650, align 4
  %1652 = insertelement <16 x float> poison, float %1651, i64 0
  %1653 = shufflevector <16 x float> %1652, <16 x float> poison, <16 x i32> zeroinitializer
  %1654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1620, <16 x float> %acc40.02722)
  %1655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1623, <16 x float> %acc41.02721)
  %1656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1626, <16 x float> %acc42.02720)
  %1657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1629, <16 x float> %acc43.02719)
  %1658 = or disjoint i64 %1630, 4192
  %1659 = getelementptr inbounds float, ptr %Bk, i64 %1658
  %1660 = load float, ptr %1659, align 4
  %1661 = insertelement <16 x float> poison, float %1660, i64 0
  %1662 = shufflevector <16 x float> %1661, <16 x float> poison, <16 x i32> zeroinitializer
  %1663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1620, <16 x float> %acc44.02718)
  %1664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1623, <16 x float> %acc45.02717)
  %1665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1626, <16 x float> %acc46.02716)
  %1666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1629, <16 x float> %acc47.02715)
  %p6.next = add nuw nsw i64 %p6.addr.02714, 1
  %exitcond3170.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3170.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1667 = shl nuw nsw i64 %i30.addr.02731, 6
  %1668 = getelementptr inbounds float, ptr %PT, i64 %1667
  store <16 x float> %1636, ptr %1668, align 4
  %1669 = or disjoint i64 %1667, 16
  %1670 = getelementptr inbounds float, ptr %PT, i64 %1669
  store <16 x float> %1637, ptr %1670, align 4
  %1671 = or disjoint i64 %1667, 32
  %1672 = getelementptr inbounds float, ptr %PT, i64 %1671
  store <16 x float> %1638, ptr %1672, align 4
  %1673 = or disjoint i64 %1667, 48
  %1674 = getelementptr inbounds float, ptr %PT, i64 %1673
  store <16 x float> %1639, ptr %1674, align 4
  %1675 = or disjoint i64 %1667, 64
  %1676 = getelementptr inbounds float, ptr %PT, i64 %1675
  store <16 x float> %1645, ptr %1676, align 4
  %1677 = or disjoint i64 %1667, 80
  %1678 = getelementptr inbounds float, ptr %PT, i64 %1677
  store <16 x float> %1646, ptr %1678, align 4
  %1679 = or disjoint i64 %1667, 96
  %1680 = getelementptr inbounds float, ptr %PT, i64 %1679
  store <16 x float> %1647, ptr %1680, align 4
  %1681 = or disjoint i64 %1667, 112
  %1682 = getelementptr inbounds float, ptr %PT, i64 %1681
  store <16 x float> %1648, ptr %1682, align 4
  %1683 = or disjoint i64 %1667, 128
  %1684 = getelementptr inbounds float, ptr %PT, i64 %1683
  store <16 x float> %1654, ptr %1684, align 4
  %1685 = or disjoint i64 %1667, 144
  %1686 = getelementptr inbounds float, ptr %PT, i64 %1685
  store <16 x float> %1655, ptr %1686, align 4
  %1687 = or disjoint i64 %1667, 160
  %1688 = getelementptr inbounds float, ptr %PT, i64 %1687
  store <16 x float> %1656, ptr %1688, align 4
  %1689 = or disjoint i64 %1667, 176
  %1690 = getelementptr inbounds float, ptr %PT, i64 %1689
  store <16 x float> %1657, ptr %1690, align 4
  %1691 = or disjoint i64 %1667, 192
  %1692 = getelementptr inbounds float, ptr %PT, i64 %1691
  store <16 x float> %1663, ptr %1692, align 4
  %1693 = or disjoint i64 %1667, 208
  %1694 = getelementptr inbounds float, ptr %PT, i64 %1693
  store <16 x float> %1664, ptr %1694, align 4
  %1695 = or disjoint i64 %1667, 224
  %1696 = getelementptr inbounds float, ptr %PT, i64 %1695
  store <16 x float> %1665, ptr %1696, align 4
  %1697 = or disjoint i64 %1667, 240
  %1698 = getelementptr inbounds float, ptr %PT, i64 %1697
  store <16 x float> %1666, ptr %1698, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02731, 4
  %1699 = icmp ult i64 %i30.addr.02731, 124
  br i1 %1699, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t3.addr.02734 = phi i64 [ %t3.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx2951 = shl nsw i64 %t3.addr.02734, 9
  %1700 = getelementptr inbounds i8, ptr %PT, i64 %.idx2951
  %1701 = load <16 x float>, ptr %1700, align 4
  %.idx2952 = shl nsw i64 %t3.addr.02734, 8
  %1702 = getelementptr inbounds i8, ptr %M, i64 %.idx2952
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = fmul <16 x float> %1701, %1703
  store <16 x float> %1704, ptr %1700, align 4
  %1705 = getelementptr inbounds i8, ptr %26, i64 %.idx2951
  %1706 = load <16 x float>, ptr %1705, align 4
  %1707 = getelementptr inbounds i8, ptr %27, i64 %.idx2952
  %1708 = load <16 x float>, ptr %1707, align 4
  %1709 = fmul <16 x float> %1706, %1708
  store <16 x float> %1709, ptr %1705, align 4
  %1710 = getelementptr inbounds i8, ptr %28, i64 %.idx2951
  %1711 = load <16 x float>, ptr %1710, align 4
  %1712 = getelementptr inbounds i8, ptr %29, i64 %.idx2952
  %1713 = load <16 x float>, ptr %1712, align 4
  %1714 = fmul <16 x float> %1711, %1713
  store <16 x float> %1714, ptr %1710, align 4
  %1715 = getelementptr inbounds i8, ptr %30, i64 %.idx2951
  %1716 = load <16 x float>, ptr %1715, align 4
  %1717 = getelementptr inbounds i8, ptr %31, i64 %.idx2952
  %1718 = load <16 x float>, ptr %1717, align 4
  %1719 = fmul <16 x float> %1716, %1718
  store <16 x float> %1719, ptr %1715, align 4
  %1720 = getelementptr inbounds i8, ptr %1700, i64 256
  %1721 = load <16 x float>, ptr %1720, align 4
  %1722 = load <16 x float>, ptr %1702, align 4
  %1723 = fmul <16 x float> %1721, %1722
  store <16 x float> %1723, ptr %1720, align 4
  %1724 = getelementptr inbounds i8, ptr %1705, i64 256
  %1725 = load <16 x float>, ptr %1724, align 4
  %1726 = load <16 x float>, ptr %1707, align 4
  %1727 = fmul <16 x float> %1725, %1726
  store <16 x float> %1727, ptr %1724, align 4
  %1728 = getelementptr inbounds i8, ptr %1710, i64 256
  %1729 = load <16 x float>, ptr %1728, align 4
  %1730 = load <16 x float>, ptr %1712, align 4
  %1731 = fmul <16 x float> %1729, %1730
  store <16 x float> %1731, ptr %1728, align 4
  %1732 = getelementptr inbounds i8, ptr %1715, i64 256
  %1733 = load <16 x float>, ptr %1732, align 4
  %1734 = load <16 x float>, ptr %1717, align 4
  %1735 = fmul <16 x float> %1733, %1734
  store <16 x float> %1735, ptr %1732, align 4
  %t3.next = or disjoint i64 %t3.addr.02734, 1
  %.idx2951.1 = shl nsw i64 %t3.next, 9
  %1736 = getelementptr inbounds i8, ptr %PT, i64 %.idx2951.1
  %1737 = load <16 x float>, ptr %1736, align 4
  %.idx2952.1 = shl nsw i64 %t3.next, 8
  %1738 = getelementptr inbounds i8, ptr %M, i64 %.idx2952.1
  %1739 = load <16 x float>, ptr %1738, align 4
  %1740 = fmul <16 x float> %1737, %1739
  store <16 x float> %1740, ptr %1736, align 4
  %1741 = getelementptr inbounds i8, ptr %26, i64 %.idx2951.1
  %1742 = load <16 x float>, ptr %1741, align 4
  %1743 = getelementptr inbounds i8, ptr %27, i64 %.idx2952.1
  %1744 = load <16 x float>, ptr %1743, align 4
  %1745 = fmul <16 x float> %1742, %1744
  store <16 x float> %1745, ptr %1741, align 4
  %1746 = getelementptr inbounds i8, ptr %28, i64 %.idx2951.1
  %1747 = load <16 x float>, ptr %1746, align 4
  %1748 = getelementptr inbounds i8, ptr %29, i64 %.idx2952.1
  %1749 = load <16 x float>, ptr %1748, align 4
  %1750 = fmul <16 x float> %1747, %1749
  store <16 x float> %1750, ptr %1746, align 4
  %1751 = getelementptr inbounds i8, ptr %30, i64 %.idx2951.1
  %1752 = load <16 x float>, ptr %1751, align 4
  %1753 = getelementptr inbounds i8, ptr %31, i64 %.idx2952.1
  %1754 = load <16 x float>, ptr %1753, align 4
  %1755 = fmul <16 x float> %1752, %1754
  store <16 x float> %1755, ptr %1751, align 4
  %1756 = getelementptr inbounds i8, ptr %1736, i64 256
  %1757 = load <16 x float>, ptr %1756, align 4
  %1758 = load <16 x float>, ptr %1738, align 4
  %1759 = fmul <16 x float> %1757, %1758
  store <16 x float> %1759, ptr %1756, align 4
  %1760 = getelementptr inbounds i8, ptr %1741, i64 256
  %1761 = load <16 x float>, ptr %1760, align 4
  %1762 = load <16 x float>, ptr %1743, align 4
  %1763 = fmul <16 x float> %1761, %1762
  store <16 x float> %1763, ptr %1760, align 4
  %1764 = getelementptr inbounds i8, ptr %1746, i64 256
  %1765 = load <16 x float>, ptr %1764, align 4
  %1766 = load <16 x float>, ptr %1748, align 4
  %1767 = fmul <16 x float> %1765, %1766
  store <16 x float> %1767, ptr %1764, align 4
  %1768 = getelementptr inbounds i8, ptr %1751, i64 256
  %1769 = load <16 x float>, ptr %1768, align 4
  %1770 = load <16 x float>, ptr %1753, align 4
  %1771 = fmul <16 x float> %1769, %1770
  store <16 x float> %1771, ptr %1768, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02734, 2
  %exitcond3171.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3171.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02736 = phi i64 [ %i33.next.7, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2955 = shl nsw i64 %i33.addr.02736, 8
  %gep3399 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955
  %1772 = load <16 x float>, ptr %gep3399, align 4
  %.idx2956 = shl nsw i64 %i33.addr.02736, 7
  %gep3401 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956
  store <16 x float> %1772, ptr %gep3401, align 4
  %gep3403 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955
  %1773 = load <16 x float>, ptr %gep3403, align 4
  %gep3405 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956
  store <16 x float> %1773, ptr %gep3405, align 4
  %i33.next = or disjoint i64 %i33.addr.02736, 1
  %.idx2955.1 = shl nsw i64 %i33.next, 8
  %gep3399.1 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955.1
  %1774 = load <16 x float>, ptr %gep3399.1, align 4
  %.idx2956.1 = shl nsw i64 %i33.next, 7
  %gep3401.1 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956.1
  store <16 x float> %1774, ptr %gep3401.1, align 4
  %gep3403.1 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955.1
  %1775 = load <16 x float>, ptr %gep3403.1, align 4
  %gep3405.1 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956.1
  store <16 x float> %1775, ptr %gep3405.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02736, 2
  %.idx2955.2 = shl nsw i64 %i33.next.1, 8
  %gep3399.2 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955.2
  %1776 = load <16 x float>, ptr %gep3399.2, align 4
  %.idx2956.2 = shl nsw i64 %i33.next.1, 7
  %gep3401.2 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956.2
  store <16 x float> %1776, ptr %gep3401.2, align 4
  %gep3403.2 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955.2
  %1777 = load <16 x float>, ptr %gep3403.2, align 4
  %gep3405.2 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956.2
  store <16 x float> %1777, ptr %gep3405.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02736, 3
  %.idx2955.3 = shl nsw i64 %i33.next.2, 8
  %gep3399.3 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955.3
  %1778 = load <16 x float>, ptr %gep3399.3, align 4
  %.idx2956.3 = shl nsw i64 %i33.next.2, 7
  %gep3401.3 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956.3
  store <16 x float> %1778, ptr %gep3401.3, align 4
  %gep3403.3 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955.3
  %1779 = load <16 x float>, ptr %gep3403.3, align 4
  %gep3405.3 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956.3
  store <16 x float> %1779, ptr %gep3405.3, align 4
  %i33.next.3 = or disjoint i64 %i33.addr.02736, 4
  %.idx2955.4 = shl nsw i64 %i33.next.3, 8
  %gep3399.4 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955.4
  %1780 = load <16 x float>, ptr %gep3399.4, align 4
  %.idx2956.4 = shl nsw i64 %i33.next.3, 7
  %gep3401.4 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956.4
  store <16 x float> %1780, ptr %gep3401.4, align 4
  %gep3403.4 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955.4
  %1781 = load <16 x float>, ptr %gep3403.4, align 4
  %gep3405.4 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956.4
  store <16 x float> %1781, ptr %gep3405.4, align 4
  %i33.next.4 = or disjoint i64 %i33.addr.02736, 5
  %.idx2955.5 = shl nsw i64 %i33.next.4, 8
  %gep3399.5 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955.5
  %1782 = load <16 x float>, ptr %gep3399.5, align 4
  %.idx2956.5 = shl nsw i64 %i33.next.4, 7
  %gep3401.5 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956.5
  store <16 x float> %1782, ptr %gep3401.5, align 4
  %gep3403.5 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955.5
  %1783 = load <16 x float>, ptr %gep3403.5, align 4
  %gep3405.5 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956.5
  store <16 x float> %1783, ptr %gep3405.5, align 4
  %i33.next.5 = or disjoint i64 %i33.addr.02736, 6
  %.idx2955.6 = shl nsw i64 %i33.next.5, 8
  %gep3399.6 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955.6
  %1784 = load <16 x float>, ptr %gep3399.6, align 4
  %.idx2956.6 = shl nsw i64 %i33.next.5, 7
  %gep3401.6 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956.6
  store <16 x float> %1784, ptr %gep3401.6, align 4
  %gep3403.6 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955.6
  %1785 = load <16 x float>, ptr %gep3403.6, align 4
  %gep3405.6 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956.6
  store <16 x float> %1785, ptr %gep3405.6, align 4
  %i33.next.6 = or disjoint i64 %i33.addr.02736, 7
  %.idx2955.7 = shl nsw i64 %i33.next.6, 8
  %gep3399.7 = getelementptr inbounds i8, ptr %invariant.gep3398, i64 %.idx2955.7
  %1786 = load <16 x float>, ptr %gep3399.7, align 4
  %.idx2956.7 = shl nsw i64 %i33.next.6, 7
  %gep3401.7 = getelementptr inbounds i8, ptr %invariant.gep3400, i64 %.idx2956.7
  store <16 x float> %1786, ptr %gep3401.7, align 4
  %gep3403.7 = getelementptr inbounds i8, ptr %invariant.gep3402, i64 %.idx2955.7
  %1787 = load <16 x float>, ptr %gep3403.7, align 4
  %gep3405.7 = getelementptr inbounds i8, ptr %invariant.gep3404, i64 %.idx2956.7
  store <16 x float> %1787, ptr %gep3405.7, align 4
  %i33.next.7 = add nuw nsw i64 %i33.addr.02736, 8
  %exitcond3174.not.7 = icmp eq i64 %i33.next.7, 128
  br i1 %exitcond3174.not.7, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02754 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2597 = shl nuw nsw i64 %i34.addr.02754, 7
  %1788 = getelementptr inbounds i8, ptr %OY, i64 %.idx2597
  %1789 = getelementptr inbounds i8, ptr %1788, i64 8192
  %1790 = load <16 x float>, ptr %1789, align 4
  %1791 = getelementptr inbounds i8, ptr %1788, i64 8256
  %1792 = load <16 x float>, ptr %1791, align 4
  %1793 = or disjoint i64 %i34.addr.02754, 1
  %.idx2598 = shl nuw nsw i64 %1793, 7
  %1794 = getelementptr inbounds i8, ptr %OY, i64 %.idx2598
  %1795 = getelementptr inbounds i8, ptr %1794, i64 8192
  %1796 = load <16 x float>, ptr %1795, align 4
  %1797 = getelementptr inbounds i8, ptr %1794, i64 8256
  %1798 = load <16 x float>, ptr %1797, align 4
  %1799 = or disjoint i64 %i34.addr.02754, 2
  %.idx2599 = shl nuw nsw i64 %1799, 7
  %1800 = getelementptr inbounds i8, ptr %OY, i64 %.idx2599
  %1801 = getelementptr inbounds i8, ptr %1800, i64 8192
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = getelementptr inbounds i8, ptr %1800, i64 8256
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = or disjoint i64 %i34.addr.02754, 3
  %.idx2600 = shl nuw nsw i64 %1805, 7
  %1806 = getelementptr inbounds i8, ptr %OY, i64 %.idx2600
  %1807 = getelementptr inbounds i8, ptr %1806, i64 8192
  %1808 = load <16 x float>, ptr %1807, align 4
  %1809 = getelementptr inbounds i8, ptr %1806, i64 8256
  %1810 = load <16 x float>, ptr %1809, align 4
  %1811 = or disjoint i64 %i34.addr.02754, 4
  %.idx2601 = shl nuw nsw i64 %1811, 7
  %1812 = getelementptr inbounds i8, ptr %OY, i64 %.idx2601
  %1813 = getelementptr inbounds i8, ptr %1812, i64 8192
  %1814 = load <16 x float>, ptr %1813, align 4
  %1815 = getelementptr inbounds i8, ptr %1812, i64 8256
  %1816 = load <16 x float>, ptr %1815, align 4
  %1817 = or disjoint i64 %i34.addr.02754, 5
  %.idx2602 = shl nuw nsw i64 %1817, 7
  %1818 = getelementptr inbounds i8, ptr %OY, i64 %.idx2602
  %1819 = getelementptr inbounds i8, ptr %1818, i64 8192
  %1820 = load <16 x float>, ptr %1819, align 4
  %1821 = getelementptr inbounds i8, ptr %1818, i64 8256
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = or disjoint i64 %i34.addr.02754, 6
  %.idx2603 = shl nuw nsw i64 %1823, 7
  %1824 = getelementptr inbounds i8, ptr %OY, i64 %.idx2603
  %1825 = getelementptr inbounds i8, ptr %1824, i64 8192
  %1826 = load <16 x float>, ptr %1825, align 4
  %1827 = getelementptr inbounds i8, ptr %1824, i64 8256
  %1828 = load <16 x float>, ptr %1827, align 4
  %1829 = or disjoint i64 %i34.addr.02754, 7
  %.idx2604 = shl nuw nsw i64 %1829, 7
  %1830 = getelementptr inbounds i8, ptr %OY, i64 %.idx2604
  %1831 = getelementptr inbounds i8, ptr %1830, i64 8192
  %1832 = load <16 x float>, ptr %1831, align 4
  %1833 = getelementptr inbounds i8, ptr %1830, i64 8256
  %1834 = load <16 x float>, ptr %1833, align 4
  %.idx2957 = shl nsw i64 %i34.addr.02754, 8
  %.idx2958 = shl nsw i64 %1793, 8
  %.idx2959 = shl nsw i64 %1799, 8
  %.idx2960 = shl nsw i64 %1805, 8
  %.idx2961 = shl nsw i64 %1811, 8
  %.idx2962 = shl nsw i64 %1817, 8
  %.idx2963 = shl nsw i64 %1823, 8
  %.idx2964 = shl nsw i64 %1829, 8
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc48.02753 = phi <16 x float> [ %1790, %i34.body ], [ %1846, %p7.body ]
  %acc49.02752 = phi <16 x float> [ %1792, %i34.body ], [ %1847, %p7.body ]
  %acc50.02751 = phi <16 x float> [ %1796, %i34.body ], [ %1852, %p7.body ]
  %acc51.02750 = phi <16 x float> [ %1798, %i34.body ], [ %1853, %p7.body ]
  %acc52.02749 = phi <16 x float> [ %1802, %i34.body ], [ %1858, %p7.body ]
  %acc53.02748 = phi <16 x float> [ %1804, %i34.body ], [ %1859, %p7.body ]
  %acc54.02747 = phi <16 x float> [ %1808, %i34.body ], [ %1864, %p7.body ]
  %acc55.02746 = phi <16 x float> [ %1810, %i34.body ], [ %1865, %p7.body ]
  %acc56.02745 = phi <16 x float> [ %1814, %i34.body ], [ %1870, %p7.body ]
  %acc57.02744 = phi <16 x float> [ %1816, %i34.body ], [ %1871, %p7.body ]
  %acc58.02743 = phi <16 x float> [ %1820, %i34.body ], [ %1876, %p7.body ]
  %acc59.02742 = phi <16 x float> [ %1822, %i34.body ], [ %1877, %p7.body ]
  %acc60.02741 = phi <16 x float> [ %1826, %i34.body ], [ %1882, %p7.body ]
  %acc61.02740 = phi <16 x float> [ %1828, %i34.body ], [ %1883, %p7.body ]
  %acc62.02739 = phi <16 x float> [ %1832, %i34.body ], [ %1888, %p7.body ]
  %acc63.02738 = phi <16 x float> [ %1834, %i34.body ], [ %1889, %p7.body ]
  %p7.addr.02737 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %1835 = shl nuw nsw i64 %p7.addr.02737, 5
  %1836 = getelementptr inbounds float, ptr %OY, i64 %1835
  %1837 = load <16 x float>, ptr %1836, align 4
  %1838 = or disjoint i64 %1835, 16
  %1839 = getelementptr inbounds float, ptr %OY, i64 %1838
  %1840 = load <16 x float>, ptr %1839, align 4
  %1841 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02737
  %1842 = getelementptr inbounds i8, ptr %1841, i64 %.idx2957
  %1843 = load float, ptr %1842, align 4
  %1844 = insertelement <16 x float> poison, float %1843, i64 0
  %1845 = shufflevector <16 x float> %1844, <16 x float> poison, <16 x i32> zeroinitializer
  %1846 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1845, <16 x float> %1837, <16 x float> %acc48.02753)
  %1847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1845, <16 x float> %1840, <16 x float> %acc49.02752)
  %1848 = getelementptr inbounds i8, ptr %1841, i64 %.idx2958
  %1849 = load float, ptr %1848, align 4
  %1850 = insertelement <16 x float> poison, float %1849, i64 0
  %1851 = shufflevector <16 x float> %1850, <16 x float> poison, <16 x i32> zeroinitializer
  %1852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1851, <16 x float> %1837, <16 x float> %acc50.02751)
  %1853 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1851, <16 x float> %1840, <16 x float> %acc51.02750)
  %1854 = getelementptr inbounds i8, ptr %1841, i64 %.idx2959
  %1855 = load float, ptr %1854, align 4
  %1856 = insertelement <16 x float> poison, float %1855, i64 0
  %1857 = shufflevector <16 x float> %1856, <16 x float> poison, <16 x i32> zeroinitializer
  %1858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1837, <16 x float> %acc52.02749)
  %1859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1840, <16 x float> %acc53.02748)
  %1860 = getelementptr inbounds i8, ptr %1841, i64 %.idx2960
  %1861 = load float, ptr %1860, align 4
  %1862 = insertelement <16 x float> poison, float %1861, i64 0
  %1863 = shufflevector <16 x float> %1862, <16 x float> poison, <16 x i32> zeroinitializer
  %1864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1863, <16 x float> %1837, <16 x float> %acc54.02747)
  %1865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1863, <16 x float> %1840, <16 x float> %acc55.02746)
  %1866 = getelementptr inbounds i8, ptr %1841, i64 %.idx2961
  %1867 = load float, ptr %1866, align 4
  %1868 = insertelement <16 x float> poison, float %1867, i64 0
  %1869 = shufflevector <16 x float> %1868, <16 x float> poison, <16 x i32> zeroinitializer
  %1870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1837, <16 x float> %acc56.02745)
  %1871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1840, <16 x float> %acc57.02744)
  %1872 = getelementptr inbounds i8, ptr %1841, i64 %.idx2962
  %1873 = load float, ptr %1872, align 4
  %1874 = insertelement <16 x float> poison, float %1873, i64 0
  %1875 = shufflevector <16 x float> %1874, <16 x float> poison, <16 x i32> zeroinitializer
  %1876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1875, <16 x float> %1837, <16 x float> %acc58.02743)
  %1877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1875, <16 x float> %1840, <16 x float> %acc59.02742)
  %1878 = getelementptr inbounds i8, ptr %1841, i64 %.idx2963
  %1879 = load float, ptr %1878, align 4
  %1880 = insertelement <16 x float> poison, float %1879, i64 0
  %1881 = shufflevector <16 x float> %1880, <16 x float> poison, <16 x i32> zeroinitializer
  %1882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1881, <16 x float> %1837, <16 x float> %acc60.02741)
  %1883 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1881, <16 x float> %1840, <16 x float> %acc61.02740)
  %1884 = getelementptr inbounds i8, ptr %1841, i64 %.idx2964
  %1885 = load float, ptr %1884, align 4
  %1886 = insertelement <16 x float> poison, float %1885, i64 0
  %1887 = shufflevector <16 x float> %1886, <16 x float> poison, <16 x i32> zeroinitializer
  %1888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1887, <16 x float> %1837, <16 x float> %acc62.02739)
  %1889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1887, <16 x float> %1840, <16 x float> %acc63.02738)
  %p7.next = add nuw nsw i64 %p7.addr.02737, 1
  %exitcond3175.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond3175.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1846, ptr %1789, align 4
  store <16 x float> %1847, ptr %1791, align 4
  store <16 x float> %1852, ptr %1795, align 4
  store <16 x float> %1853, ptr %1797, align 4
  store <16 x float> %1858, ptr %1801, align 4
  store <16 x float> %1859, ptr %1803, align 4
  store <16 x float> %1864, ptr %1807, align 4
  store <16 x float> %1865, ptr %1809, align 4
  store <16 x float> %1870, ptr %1813, align 4
  store <16 x float> %1871, ptr %1815, align 4
  store <16 x float> %1876, ptr %1819, align 4
  store <16 x float> %1877, ptr %1821, align 4
  store <16 x float> %1882, ptr %1825, align 4
  store <16 x float> %1883, ptr %1827, align 4
  store <16 x float> %1888, ptr %1831, align 4
  store <16 x float> %1889, ptr %1833, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02754, 8
  %1890 = icmp ult i64 %i34.addr.02754, 120
  br i1 %1890, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02772 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1891 = shl nuw nsw i64 %i35.addr.02772, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02771 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc79.02770 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1939, %p8.body ]
  %acc78.02769 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1938, %p8.body ]
  %acc77.02768 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1937, %p8.body ]
  %acc76.02767 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1936, %p8.body ]
  %acc75.02766 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1930, %p8.body ]
  %acc74.02765 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1929, %p8.body ]
  %acc73.02764 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1928, %p8.body ]
  %acc72.02763 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1927, %p8.body ]
  %acc71.02762 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1921, %p8.body ]
  %acc70.02761 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1920, %p8.body ]
  %acc69.02760 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1919, %p8.body ]
  %acc68.02759 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1918, %p8.body ]
  %acc67.02758 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1912, %p8.body ]
  %acc66.02757 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1911, %p8.body ]
  %acc65.02756 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1910, %p8.body ]
  %acc64.02755 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1909, %p8.body ]
  %1892 = shl nuw nsw i64 %p8.addr.02771, 6
  %1893 = getelementptr inbounds float, ptr %dOT, i64 %1892
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = or disjoint i64 %1892, 16
  %1896 = getelementptr inbounds float, ptr %dOT, i64 %1895
  %1897 = load <16 x float>, ptr %1896, align 4
  %1898 = or disjoint i64 %1892, 32
  %1899 = getelementptr inbounds float, ptr %dOT, i64 %1898
  %1900 = load <16 x float>, ptr %1899, align 4
  %1901 = or disjoint i64 %1892, 48
  %1902 = getelementptr inbounds float, ptr %dOT, i64 %1901
  %1903 = load <16 x float>, ptr %1902, align 4
  %1904 = add nuw nsw i64 %p8.addr.02771, %1891
  %1905 = getelementptr inbounds float, ptr %Vn, i64 %1904
  %1906 = load float, ptr %1905, align 4
  %1907 = insertelement <16 x float> poison, float %1906, i64 0
  %1908 = shufflevector <16 x float> %1907, <16 x float> poison, <16 x i32> zeroinitializer
  %1909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1894, <16 x float> %acc64.02755)
  %1910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1897, <16 x float> %acc65.02756)
  %1911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1900, <16 x float> %acc66.02757)
  %1912 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1903, <16 x float> %acc67.02758)
  %1913 = or disjoint i64 %1904, 32
  %1914 = getelementptr inbounds float, ptr %Vn, i64 %1913
  %1915 = load float, ptr %1914, align 4
  %1916 = insertelement <16 x float> poison, float %1915, i64 0
  %1917 = shufflevector <16 x float> %1916, <16 x float> poison, <16 x i32> zeroinitializer
  %1918 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1917, <16 x float> %1894, <16 x float> %acc68.02759)
  %1919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1917, <16 x float> %1897, <16 x float> %acc69.02760)
  %1920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1917, <16 x float> %1900, <16 x float> %acc70.02761)
  %1921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1917, <16 x float> %1903, <16 x float> %acc71.02762)
  %1922 = or disjoint i64 %1904, 64
  %1923 = getelementptr inbounds float, ptr %Vn, i64 %1922
  %1924 = load float, ptr %1923, align 4
  %1925 = insertelement <16 x float> poison, float %1924, i64 0
  %1926 = shufflevector <16 x float> %1925, <16 x float> poison, <16 x i32> zeroinitializer
  %1927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1894, <16 x float> %acc72.02763)
  %1928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1897, <16 x float> %acc73.02764)
  %1929 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1900, <16 x float> %acc74.02765)
  %1930 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1903, <16 x float> %acc75.02766)
  %1931 = or disjoint i64 %1904, 96
  %1932 = getelementptr inbounds float, ptr %Vn, i64 %1931
  %1933 = load float, ptr %1932, align 4
  %1934 = insertelement <16 x float> poison, float %1933, i64 0
  %1935 = shufflevector <16 x float> %1934, <16 x float> poison, <16 x i32> zeroinitializer
  %1936 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1935, <16 x float> %1894, <16 x float> %acc76.02767)
  %1937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1935, <16 x float> %1897, <16 x float> %acc77.02768)
  %1938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1935, <16 x float> %1900, <16 x float> %acc78.02769)
  %1939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1935, <16 x float> %1903, <16 x float> %acc79.02770)
  %p8.next = add nuw nsw i64 %p8.addr.02771, 1
  %exitcond3176.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3176.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1940 = shl nuw nsw i64 %i35.addr.02772, 8
  %1941 = or disjoint i64 %1940, 64
  %1942 = getelementptr inbounds float, ptr %Ak, i64 %1941
  store <16 x float> %1909, ptr %1942, align 4
  %1943 = or disjoint i64 %1940, 80
  %1944 = getelementptr inbounds float, ptr %Ak, i64 %1943
  store <16 x float> %1910, ptr %1944, align 4
  %1945 = or disjoint i64 %1940, 96
  %1946 = getelementptr inbounds float, ptr %Ak, i64 %1945
  store <16 x float> %1911, ptr %1946, align 4
  %1947 = or disjoint i64 %1940, 112
  %1948 = getelementptr inbounds float, ptr %Ak, i64 %1947
  store <16 x float> %1912, ptr %1948, align 4
  %1949 = or disjoint i64 %1940, 320
  %1950 = getelementptr inbounds float, ptr %Ak, i64 %1949
  store <16 x float> %1918, ptr %1950, align 4
  %1951 = or disjoint i64 %1940, 336
  %1952 = getelementptr inbounds float, ptr %Ak, i64 %1951
  store <16 x float> %1919, ptr %1952, align 4
  %1953 = or disjoint i64 %1940, 352
  %1954 = getelementptr inbounds float, ptr %Ak, i64 %1953
  store <16 x float> %1920, ptr %1954, align 4
  %1955 = or disjoint i64 %1940, 368
  %1956 = getelementptr inbounds float, ptr %Ak, i64 %1955
  store <16 x float> %1921, ptr %1956, align 4
  %1957 = or disjoint i64 %1940, 576
  %1958 = getelementptr inbounds float, ptr %Ak, i64 %1957
  store <16 x float> %1927, ptr %1958, align 4
  %1959 = or disjoint i64 %1940, 592
  %1960 = getelementptr inbounds float, ptr %Ak, i64 %1959
  store <16 x float> %1928, ptr %1960, align 4
  %1961 = or disjoint i64 %1940, 608
  %1962 = getelementptr inbounds float, ptr %Ak, i64 %1961
  store <16 x float> %1929, ptr %1962, align 4
  %1963 = or disjoint i64 %1940, 624
  %1964 = getelementptr inbounds float, ptr %Ak, i64 %1963
  store <16 x float> %1930, ptr %1964, align 4
  %1965 = or disjoint i64 %1940, 832
  %1966 = getelementptr inbounds float, ptr %Ak, i64 %1965
  store <16 x float> %1936, ptr %1966, align 4
  %1967 = or disjoint i64 %1940, 848
  %1968 = getelementptr inbounds float, ptr %Ak, i64 %1967
  store <16 x float> %1937, ptr %1968, align 4
  %1969 = or disjoint i64 %1940, 864
  %1970 = getelementptr inbounds float, ptr %Ak, i64 %1969
  store <16 x float> %1938, ptr %1970, align 4
  %1971 = or disjoint i64 %1940, 880
  %1972 = getelementptr inbounds float, ptr %Ak, i64 %1971
  store <16 x float> %1939, ptr %1972, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02772, 4
  %1973 = icmp ult i64 %i35.addr.02772, 124
  br i1 %1973, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t4.addr.02775 = phi i64 [ %t4.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx2965 = shl nsw i64 %t4.addr.02775, 11
  %1974 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2965
  %1975 = getelementptr inbounds i8, ptr %1974, i64 256
  %1976 = load <16 x float>, ptr %1975, align 4
  %.idx2966 = shl nsw i64 %t4.addr.02775, 8
  %1977 = getelementptr inbounds i8, ptr %M, i64 %.idx2966
  %1978 = load <16 x float>, ptr %1977, align 4
  %1979 = fmul <16 x float> %1976, %1978
  store <16 x float> %1979, ptr %1975, align 4
  %1980 = getelementptr inbounds i8, ptr %32, i64 %.idx2965
  %1981 = getelementptr inbounds i8, ptr %1980, i64 256
  %1982 = load <16 x float>, ptr %1981, align 4
  %1983 = getelementptr inbounds i8, ptr %27, i64 %.idx2966
  %1984 = load <16 x float>, ptr %1983, align 4
  %1985 = fmul <16 x float> %1982, %1984
  store <16 x float> %1985, ptr %1981, align 4
  %1986 = getelementptr inbounds i8, ptr %33, i64 %.idx2965
  %1987 = getelementptr inbounds i8, ptr %1986, i64 256
  %1988 = load <16 x float>, ptr %1987, align 4
  %1989 = getelementptr inbounds i8, ptr %29, i64 %.idx2966
  %1990 = load <16 x float>, ptr %1989, align 4
  %1991 = fmul <16 x float> %1988, %1990
  store <16 x float> %1991, ptr %1987, align 4
  %1992 = getelementptr inbounds i8, ptr %34, i64 %.idx2965
  %1993 = getelementptr inbounds i8, ptr %1992, i64 256
  %1994 = load <16 x float>, ptr %1993, align 4
  %1995 = getelementptr inbounds i8, ptr %31, i64 %.idx2966
  %1996 = load <16 x float>, ptr %1995, align 4
  %1997 = fmul <16 x float> %1994, %1996
  store <16 x float> %1997, ptr %1993, align 4
  %1998 = getelementptr inbounds i8, ptr %1974, i64 1280
  %1999 = load <16 x float>, ptr %1998, align 4
  %2000 = load <16 x float>, ptr %1977, align 4
  %2001 = fmul <16 x float> %1999, %2000
  store <16 x float> %2001, ptr %1998, align 4
  %2002 = getelementptr inbounds i8, ptr %1980, i64 1280
  %2003 = load <16 x float>, ptr %2002, align 4
  %2004 = load <16 x float>, ptr %1983, align 4
  %2005 = fmul <16 x float> %2003, %2004
  store <16 x float> %2005, ptr %2002, align 4
  %2006 = getelementptr inbounds i8, ptr %1986, i64 1280
  %2007 = load <16 x float>, ptr %2006, align 4
  %2008 = load <16 x float>, ptr %1989, align 4
  %2009 = fmul <16 x float> %2007, %2008
  store <16 x float> %2009, ptr %2006, align 4
  %2010 = getelementptr inbounds i8, ptr %1992, i64 1280
  %2011 = load <16 x float>, ptr %2010, align 4
  %2012 = load <16 x float>, ptr %1995, align 4
  %2013 = fmul <16 x float> %2011, %2012
  store <16 x float> %2013, ptr %2010, align 4
  %t4.next = or disjoint i64 %t4.addr.02775, 1
  %.idx2965.1 = shl nsw i64 %t4.next, 11
  %2014 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2965.1
  %2015 = getelementptr inbounds i8, ptr %2014, i64 256
  %2016 = load <16 x float>, ptr %2015, align 4
  %.idx2966.1 = shl nsw i64 %t4.next, 8
  %2017 = getelementptr inbounds i8, ptr %M, i64 %.idx2966.1
  %2018 = load <16 x float>, ptr %2017, align 4
  %2019 = fmul <16 x float> %2016, %2018
  store <16 x float> %2019, ptr %2015, align 4
  %2020 = getelementptr inbounds i8, ptr %32, i64 %.idx2965.1
  %2021 = getelementptr inbounds i8, ptr %2020, i64 256
  %2022 = load <16 x float>, ptr %2021, align 4
  %2023 = getelementptr inbounds i8, ptr %27, i64 %.idx2966.1
  %2024 = load <16 x float>, ptr %2023, align 4
  %2025 = fmul <16 x float> %2022, %2024
  store <16 x float> %2025, ptr %2021, align 4
  %2026 = getelementptr inbounds i8, ptr %33, i64 %.idx2965.1
  %2027 = getelementptr inbounds i8, ptr %2026, i64 256
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = getelementptr inbounds i8, ptr %29, i64 %.idx2966.1
  %2030 = load <16 x float>, ptr %2029, align 4
  %2031 = fmul <16 x float> %2028, %2030
  store <16 x float> %2031, ptr %2027, align 4
  %2032 = getelementptr inbounds i8, ptr %34, i64 %.idx2965.1
  %2033 = getelementptr inbounds i8, ptr %2032, i64 256
  %2034 = load <16 x float>, ptr %2033, align 4
  %2035 = getelementptr inbounds i8, ptr %31, i64 %.idx2966.1
  %2036 = load <16 x float>, ptr %2035, align 4
  %2037 = fmul <16 x float> %2034, %2036
  store <16 x float> %2037, ptr %2033, align 4
  %2038 = getelementptr inbounds i8, ptr %2014, i64 1280
  %2039 = load <16 x float>, ptr %2038, align 4
  %2040 = load <16 x float>, ptr %2017, align 4
  %2041 = fmul <16 x float> %2039, %2040
  store <16 x float> %2041, ptr %2038, align 4
  %2042 = getelementptr inbounds i8, ptr %2020, i64 1280
  %2043 = load <16 x float>, ptr %2042, align 4
  %2044 = load <16 x float>, ptr %2023, align 4
  %2045 = fmul <16 x float> %2043, %2044
  store <16 x float> %2045, ptr %2042, align 4
  %2046 = getelementptr inbounds i8, ptr %2026, i64 1280
  %2047 = load <16 x float>, ptr %2046, align 4
  %2048 = load <16 x float>, ptr %2029, align 4
  %2049 = fmul <16 x float> %2047, %2048
  store <16 x float> %2049, ptr %2046, align 4
  %2050 = getelementptr inbounds i8, ptr %2032, i64 1280
  %2051 = load <16 x float>, ptr %2050, align 4
  %2052 = load <16 x float>, ptr %2035, align 4
  %2053 = fmul <16 x float> %2051, %2052
  store <16 x float> %2053, ptr %2050, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02775, 2
  %exitcond3177.not.1 = icmp eq i64 %t4.next.1, 64
  br i1 %exitcond3177.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.02793 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2054 = shl nuw nsw i64 %i38.addr.02793, 5
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02792 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc95.02791 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2117, %p9.body ]
  %acc94.02790 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2116, %p9.body ]
  %acc93.02789 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2110, %p9.body ]
  %acc92.02788 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2109, %p9.body ]
  %acc91.02787 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2103, %p9.body ]
  %acc90.02786 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2102, %p9.body ]
  %acc89.02785 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2096, %p9.body ]
  %acc88.02784 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2095, %p9.body ]
  %acc87.02783 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2089, %p9.body ]
  %acc86.02782 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2088, %p9.body ]
  %acc85.02781 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2082, %p9.body ]
  %acc84.02780 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2081, %p9.body ]
  %acc83.02779 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2075, %p9.body ]
  %acc82.02778 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2074, %p9.body ]
  %acc81.02777 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2068, %p9.body ]
  %acc80.02776 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2067, %p9.body ]
  %2055 = shl nuw nsw i64 %p9.addr.02792, 5
  %2056 = or disjoint i64 %2055, 1024
  %2057 = getelementptr inbounds float, ptr %Bk, i64 %2056
  %2058 = load <16 x float>, ptr %2057, align 4
  %2059 = or disjoint i64 %2055, 1040
  %2060 = getelementptr inbounds float, ptr %Bk, i64 %2059
  %2061 = load <16 x float>, ptr %2060, align 4
  %2062 = add nuw nsw i64 %p9.addr.02792, %2054
  %2063 = getelementptr inbounds float, ptr %OY, i64 %2062
  %2064 = load float, ptr %2063, align 4
  %2065 = insertelement <16 x float> poison, float %2064, i64 0
  %2066 = shufflevector <16 x float> %2065, <16 x float> poison, <16 x i32> zeroinitializer
  %2067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2066, <16 x float> %2058, <16 x float> %acc80.02776)
  %2068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2066, <16 x float> %2061, <16 x float> %acc81.02777)
  %2069 = or disjoint i64 %2062, 32
  %2070 = getelementptr inbounds float, ptr %OY, i64 %2069
  %2071 = load float, ptr %2070, align 4
  %2072 = insertelement <16 x float> poison, float %2071, i64 0
  %2073 = shufflevector <16 x float> %2072, <16 x float> poison, <16 x i32> zeroinitializer
  %2074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2073, <16 x float> %2058, <16 x float> %acc82.02778)
  %2075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2073, <16 x float> %2061, <16 x float> %acc83.02779)
  %2076 = or disjoint i64 %2062, 64
  %2077 = getelementptr inbounds float, ptr %OY, i64 %2076
  %2078 = load float, ptr %2077, align 4
  %2079 = insertelement <16 x float> poison, float %2078, i64 0
  %2080 = shufflevector <16 x float> %2079, <16 x float> poison, <16 x i32> zeroinitializer
  %2081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2080, <16 x float> %2058, <16 x float> %acc84.02780)
  %2082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2080, <16 x float> %2061, <16 x float> %acc85.02781)
  %2083 = or disjoint i64 %2062, 96
  %2084 = getelementptr inbounds float, ptr %OY, i64 %2083
  %2085 = load float, ptr %2084, align 4
  %2086 = insertelement <16 x float> poison, float %2085, i64 0
  %2087 = shufflevector <16 x float> %2086, <16 x float> poison, <16 x i32> zeroinitializer
  %2088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2058, <16 x float> %acc86.02782)
  %2089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2061, <16 x float> %acc87.02783)
  %2090 = or disjoint i64 %2062, 128
  %2091 = getelementptr inbounds float, ptr %OY, i64 %2090
  %2092 = load float, ptr %2091, align 4
  %2093 = insertelement <16 x float> poison, float %2092, i64 0
  %2094 = shufflevector <16 x float> %2093, <16 x float> poison, <16 x i32> zeroinitializer
  %2095 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2094, <16 x float> %2058, <16 x float> %acc88.02784)
  %2096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2094, <16 x float> %2061, <16 x float> %acc89.02785)
  %2097 = or disjoint i64 %2062, 160
  %2098 = getelementptr inbounds float, ptr %OY, i64 %2097
  %2099 = load float, ptr %2098, align 4
  %2100 = insertelement <16 x float> poison, float %2099, i64 0
  %2101 = shufflevector <16 x float> %2100, <16 x float> poison, <16 x i32> zeroinitializer
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2058, <16 x float> %acc90.02786)
  %2103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2061, <16 x float> %acc91.02787)
  %2104 = or disjoint i64 %2062, 192
  %2105 = getelementptr inbounds float, ptr %OY, i64 %2104
  %2106 = load float, ptr %2105, align 4
  %2107 = insertelement <16 x float> poison, float %2106, i64 0
  %2108 = shufflevector <16 x float> %2107, <16 x float> poison, <16 x i32> zeroinitializer
  %2109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2058, <16 x float> %acc92.02788)
  %2110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2061, <16 x float> %acc93.02789)
  %2111 = or disjoint i64 %2062, 224
  %2112 = getelementptr inbounds float, ptr %OY, i64 %2111
  %2113 = load float, ptr %2112, align 4
  %2114 = insertelement <16 x float> poison, float %2113, i64 0
  %2115 = shufflevector <16 x float> %2114, <16 x float> poison, <16 x i32> zeroinitializer
  %2116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2058, <16 x float> %acc94.02790)
  %2117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2061, <16 x float> %acc95.02791)
  %p9.next = add nuw nsw i64 %p9.addr.02792, 1
  %exitcond3178.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3178.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2118 = getelementptr inbounds float, ptr %dQc, i64 %2054
  store <16 x float> %2067, ptr %2118, align 4
  %2119 = or disjoint i64 %2054, 16
  %2120 = getelementptr inbounds float, ptr %dQc, i64 %2119
  store <16 x float> %2068, ptr %2120, align 4
  %2121 = or disjoint i64 %2054, 32
  %2122 = getelementptr inbounds float, ptr %dQc, i64 %2121
  store <16 x float> %2074, ptr %2122, align 4
  %2123 = or disjoint i64 %2054, 48
  %2124 = getelementptr inbounds float, ptr %dQc, i64 %2123
  store <16 x float> %2075, ptr %2124, align 4
  %2125 = or disjoint i64 %2054, 64
  %2126 = getelementptr inbounds float, ptr %dQc, i64 %2125
  store <16 x float> %2081, ptr %2126, align 4
  %2127 = or disjoint i64 %2054, 80
  %2128 = getelementptr inbounds float, ptr %dQc, i64 %2127
  store <16 x float> %2082, ptr %2128, align 4
  %2129 = or disjoint i64 %2054, 96
  %2130 = getelementptr inbounds float, ptr %dQc, i64 %2129
  store <16 x float> %2088, ptr %2130, align 4
  %2131 = or disjoint i64 %2054, 112
  %2132 = getelementptr inbounds float, ptr %dQc, i64 %2131
  store <16 x float> %2089, ptr %2132, align 4
  %2133 = or disjoint i64 %2054, 128
  %2134 = getelementptr inbounds float, ptr %dQc, i64 %2133
  store <16 x float> %2095, ptr %2134, align 4
  %2135 = or disjoint i64 %2054, 144
  %2136 = getelementptr inbounds float, ptr %dQc, i64 %2135
  store <16 x float> %2096, ptr %2136, align 4
  %2137 = or disjoint i64 %2054, 160
  %2138 = getelementptr inbounds float, ptr %dQc, i64 %2137
  store <16 x float> %2102, ptr %2138, align 4
  %2139 = or disjoint i64 %2054, 176
  %2140 = getelementptr inbounds float, ptr %dQc, i64 %2139
  store <16 x float> %2103, ptr %2140, align 4
  %2141 = or disjoint i64 %2054, 192
  %2142 = getelementptr inbounds float, ptr %dQc, i64 %2141
  store <16 x float> %2109, ptr %2142, align 4
  %2143 = or disjoint i64 %2054, 208
  %2144 = getelementptr inbounds float, ptr %dQc, i64 %2143
  store <16 x float> %2110, ptr %2144, align 4
  %2145 = or disjoint i64 %2054, 224
  %2146 = getelementptr inbounds float, ptr %dQc, i64 %2145
  store <16 x float> %2116, ptr %2146, align 4
  %2147 = or disjoint i64 %2054, 240
  %2148 = getelementptr inbounds float, ptr %dQc, i64 %2147
  store <16 x float> %2117, ptr %2148, align 4
  %i38.next = add nuw nsw i64 %i38.addr.02793, 8
  %2149 = icmp ult i64 %i38.addr.02793, 56
  br i1 %2149, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %endif1388
  %i39.addr.02811 = phi i64 [ %i39.next, %endif1388 ], [ 0, %p9.exit ]
  %2150 = shl nuw nsw i64 %i39.addr.02811, 5
  %2151 = getelementptr inbounds float, ptr %dQc, i64 %2150
  %2152 = load <16 x float>, ptr %2151, align 4
  %2153 = or disjoint i64 %2150, 16
  %2154 = getelementptr inbounds float, ptr %dQc, i64 %2153
  %2155 = load <16 x float>, ptr %2154, align 4
  %2156 = or disjoint i64 %i39.addr.02811, 1
  %2157 = shl nuw nsw i64 %2156, 5
  %2158 = getelementptr inbounds float, ptr %dQc, i64 %2157
  %2159 = load <16 x float>, ptr %2158, align 4
  %2160 = or disjoint i64 %2157, 16
  %2161 = getelementptr inbounds float, ptr %dQc, i64 %2160
  %2162 = load <16 x float>, ptr %2161, align 4
  %2163 = or disjoint i64 %i39.addr.02811, 2
  %2164 = shl nuw nsw i64 %2163, 5
  %2165 = getelementptr inbounds float, ptr %dQc, i64 %2164
  %2166 = load <16 x float>, ptr %2165, align 4
  %2167 = or disjoint i64 %2164, 16
  %2168 = getelementptr inbounds float, ptr %dQc, i64 %2167
  %2169 = load <16 x float>, ptr %2168, align 4
  %2170 = or disjoint i64 %i39.addr.02811, 3
  %2171 = shl nuw nsw i64 %2170, 5
  %2172 = getelementptr inbounds float, ptr %dQc, i64 %2171
  %2173 = load <16 x float>, ptr %2172, align 4
  %2174 = or disjoint i64 %2171, 16
  %2175 = getelementptr inbounds float, ptr %dQc, i64 %2174
  %2176 = load <16 x float>, ptr %2175, align 4
  %2177 = or disjoint i64 %i39.addr.02811, 4
  %2178 = shl nuw nsw i64 %2177, 5
  %2179 = getelementptr inbounds float, ptr %dQc, i64 %2178
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = or disjoint i64 %2178, 16
  %2182 = getelementptr inbounds float, ptr %dQc, i64 %2181
  %2183 = load <16 x float>, ptr %2182, align 4
  %2184 = or disjoint i64 %i39.addr.02811, 5
  %2185 = shl nuw nsw i64 %2184, 5
  %2186 = getelementptr inbounds float, ptr %dQc, i64 %2185
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %2185, 16
  %2189 = getelementptr inbounds float, ptr %dQc, i64 %2188
  %2190 = load <16 x float>, ptr %2189, align 4
  %2191 = or disjoint i64 %i39.addr.02811, 6
  %2192 = shl nuw nsw i64 %2191, 5
  %2193 = getelementptr inbounds float, ptr %dQc, i64 %2192
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = or disjoint i64 %2192, 16
  %2196 = getelementptr inbounds float, ptr %dQc, i64 %2195
  %2197 = load <16 x float>, ptr %2196, align 4
  %2198 = or disjoint i64 %i39.addr.02811, 7
  %2199 = shl nuw nsw i64 %2198, 5
  %2200 = getelementptr inbounds float, ptr %dQc, i64 %2199
  %2201 = load <16 x float>, ptr %2200, align 4
  %2202 = or disjoint i64 %2199, 16
  %2203 = getelementptr inbounds float, ptr %dQc, i64 %2202
  %2204 = load <16 x float>, ptr %2203, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02810 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc111.02809 = phi <16 x float> [ %2204, %i39.body ], [ %2269, %p10.body ]
  %acc110.02808 = phi <16 x float> [ %2201, %i39.body ], [ %2268, %p10.body ]
  %acc109.02807 = phi <16 x float> [ %2197, %i39.body ], [ %2262, %p10.body ]
  %acc108.02806 = phi <16 x float> [ %2194, %i39.body ], [ %2261, %p10.body ]
  %acc107.02805 = phi <16 x float> [ %2190, %i39.body ], [ %2255, %p10.body ]
  %acc106.02804 = phi <16 x float> [ %2187, %i39.body ], [ %2254, %p10.body ]
  %acc105.02803 = phi <16 x float> [ %2183, %i39.body ], [ %2248, %p10.body ]
  %acc104.02802 = phi <16 x float> [ %2180, %i39.body ], [ %2247, %p10.body ]
  %acc103.02801 = phi <16 x float> [ %2176, %i39.body ], [ %2241, %p10.body ]
  %acc102.02800 = phi <16 x float> [ %2173, %i39.body ], [ %2240, %p10.body ]
  %acc101.02799 = phi <16 x float> [ %2169, %i39.body ], [ %2234, %p10.body ]
  %acc100.02798 = phi <16 x float> [ %2166, %i39.body ], [ %2233, %p10.body ]
  %acc99.02797 = phi <16 x float> [ %2162, %i39.body ], [ %2227, %p10.body ]
  %acc98.02796 = phi <16 x float> [ %2159, %i39.body ], [ %2226, %p10.body ]
  %acc97.02795 = phi <16 x float> [ %2155, %i39.body ], [ %2220, %p10.body ]
  %acc96.02794 = phi <16 x float> [ %2152, %i39.body ], [ %2219, %p10.body ]
  %2205 = shl nuw nsw i64 %p10.addr.02810, 5
  %2206 = or disjoint i64 %2205, 4096
  %2207 = getelementptr inbounds float, ptr %Bk, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  %2209 = or disjoint i64 %2205, 4112
  %2210 = getelementptr inbounds float, ptr %Bk, i64 %2209
  %2211 = load <16 x float>, ptr %2210, align 4
  %2212 = shl nuw nsw i64 %p10.addr.02810, 8
  %2213 = or disjoint i64 %2212, 64
  %2214 = or disjoint i64 %2213, %i39.addr.02811
  %2215 = getelementptr inbounds float, ptr %Ak, i64 %2214
  %2216 = load float, ptr %2215, align 4
  %2217 = insertelement <16 x float> poison, float %2216, i64 0
  %2218 = shufflevector <16 x float> %2217, <16 x float> poison, <16 x i32> zeroinitializer
  %2219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2218, <16 x float> %2208, <16 x float> %acc96.02794)
  %2220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2218, <16 x float> %2211, <16 x float> %acc97.02795)
  %2221 = or disjoint i64 %2213, %2156
  %2222 = getelementptr inbounds float, ptr %Ak, i64 %2221
  %2223 = load float, ptr %2222, align 4
  %2224 = insertelement <16 x float> poison, float %2223, i64 0
  %2225 = shufflevector <16 x float> %2224, <16 x float> poison, <16 x i32> zeroinitializer
  %2226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2225, <16 x float> %2208, <16 x float> %acc98.02796)
  %2227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2225, <16 x float> %2211, <16 x float> %acc99.02797)
  %2228 = or disjoint i64 %2213, %2163
  %2229 = getelementptr inbounds float, ptr %Ak, i64 %2228
  %2230 = load float, ptr %2229, align 4
  %2231 = insertelement <16 x float> poison, float %2230, i64 0
  %2232 = shufflevector <16 x float> %2231, <16 x float> poison, <16 x i32> zeroinitializer
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2232, <16 x float> %2208, <16 x float> %acc100.02798)
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2232, <16 x float> %2211, <16 x float> %acc101.02799)
  %2235 = or disjoint i64 %2213, %2170
  %2236 = getelementptr inbounds float, ptr %Ak, i64 %2235
  %2237 = load float, ptr %2236, align 4
  %2238 = insertelement <16 x float> poison, float %2237, i64 0
  %2239 = shufflevector <16 x float> %2238, <16 x float> poison, <16 x i32> zeroinitializer
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2208, <16 x float> %acc102.02800)
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2211, <16 x float> %acc103.02801)
  %2242 = or disjoint i64 %2213, %2177
  %2243 = getelementptr inbounds float, ptr %Ak, i64 %2242
  %2244 = load float, ptr %2243, align 4
  %2245 = insertelement <16 x float> poison, float %2244, i64 0
  %2246 = shufflevector <16 x float> %2245, <16 x float> poison, <16 x i32> zeroinitializer
  %2247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2208, <16 x float> %acc104.02802)
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2211, <16 x float> %acc105.02803)
  %2249 = or disjoint i64 %2213, %2184
  %2250 = getelementptr inbounds float, ptr %Ak, i64 %2249
  %2251 = load float, ptr %2250, align 4
  %2252 = insertelement <16 x float> poison, float %2251, i64 0
  %2253 = shufflevector <16 x float> %2252, <16 x float> poison, <16 x i32> zeroinitializer
  %2254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2253, <16 x float> %2208, <16 x float> %acc106.02804)
  %2255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2253, <16 x float> %2211, <16 x float> %acc107.02805)
  %2256 = or disjoint i64 %2213, %2191
  %2257 = getelementptr inbounds float, ptr %Ak, i64 %2256
  %2258 = load float, ptr %2257, align 4
  %2259 = insertelement <16 x float> poison, float %2258, i64 0
  %2260 = shufflevector <16 x float> %2259, <16 x float> poison, <16 x i32> zeroinitializer
  %2261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2260, <16 x float> %2208, <16 x float> %acc108.02806)
  %2262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2260, <16 x float> %2211, <16 x float> %acc109.02807)
  %2263 = or disjoint i64 %2213, %2198
  %2264 = getelementptr inbounds float, ptr %Ak, i64 %2263
  %2265 = load float, ptr %2264, align 4
  %2266 = insertelement <16 x float> poison, float %2265, i64 0
  %2267 = shufflevector <16 x float> %2266, <16 x float> poison, <16 x i32> zeroinitializer
  %2268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2267, <16 x float> %2208, <16 x float> %acc110.02808)
  %2269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2267, <16 x float> %2211, <16 x float> %acc111.02809)
  %p10.next = add nuw nsw i64 %p10.addr.02810, 1
  %exitcond3179.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3179.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2270 = icmp slt i64 %i39.addr.02811, %L
  br i1 %2270, label %then1326, label %endif1332

then1326:                                         ; preds = %p10.exit
  %2271 = fmul <16 x float> %2219, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2272 = or disjoint i64 %i39.addr.02811, %t0
  %.idx2583 = shl nsw i64 %2272, 7
  %2273 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2583
  store <16 x float> %2271, ptr %2273, align 4
  %2274 = fmul <16 x float> %2220, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2275 = shl nsw i64 %2272, 5
  %2276 = or disjoint i64 %2275, 16
  %2277 = getelementptr inbounds float, ptr %gep2919, i64 %2276
  store <16 x float> %2274, ptr %2277, align 4
  br label %endif1332

endif1332:                                        ; preds = %p10.exit, %then1326
  %2278 = icmp slt i64 %2156, %L
  br i1 %2278, label %then1334, label %endif1340

then1334:                                         ; preds = %endif1332
  %2279 = fmul <16 x float> %2226, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2280 = or disjoint i64 %2156, %t0
  %.idx2584 = shl nsw i64 %2280, 7
  %2281 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2584
  store <16 x float> %2279, ptr %2281, align 4
  %2282 = fmul <16 x float> %2227, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2283 = shl nsw i64 %2280, 5
  %2284 = or disjoint i64 %2283, 16
  %2285 = getelementptr inbounds float, ptr %gep2919, i64 %2284
  store <16 x float> %2282, ptr %2285, align 4
  br label %endif1340

endif1340:                                        ; preds = %endif1332, %then1334
  %2286 = icmp slt i64 %2163, %L
  br i1 %2286, label %then1342, label %endif1348

then1342:                                         ; preds = %endif1340
  %2287 = fmul <16 x float> %2233, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2288 = or disjoint i64 %2163, %t0
  %.idx2585 = shl nsw i64 %2288, 7
  %2289 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2585
  store <16 x float> %2287, ptr %2289, align 4
  %2290 = fmul <16 x float> %2234, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2291 = shl nsw i64 %2288, 5
  %2292 = or disjoint i64 %2291, 16
  %2293 = getelementptr inbounds float, ptr %gep2919, i64 %2292
  store <16 x float> %2290, ptr %2293, align 4
  br label %endif1348

endif1348:                                        ; preds = %endif1340, %then1342
  %2294 = icmp slt i64 %2170, %L
  br i1 %2294, label %then1350, label %endif1356

then1350:                                         ; preds = %endif1348
  %2295 = fmul <16 x float> %2240, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2296 = or disjoint i64 %2170, %t0
  %.idx2586 = shl nsw i64 %2296, 7
  %2297 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2586
  store <16 x float> %2295, ptr %2297, align 4
  %2298 = fmul <16 x float> %2241, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2299 = shl nsw i64 %2296, 5
  %2300 = or disjoint i64 %2299, 16
  %2301 = getelementptr inbounds float, ptr %gep2919, i64 %2300
  store <16 x float> %2298, ptr %2301, align 4
  br label %endif1356

endif1356:                                        ; preds = %endif1348, %then1350
  %2302 = icmp slt i64 %2177, %L
  br i1 %2302, label %then1358, label %endif1364

then1358:                                         ; preds = %endif1356
  %2303 = fmul <16 x float> %2247, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2304 = or disjoint i64 %2177, %t0
  %.idx2587 = shl nsw i64 %2304, 7
  %2305 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2587
  store <16 x float> %2303, ptr %2305, align 4
  %2306 = fmul <16 x float> %2248, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2307 = shl nsw i64 %2304, 5
  %2308 = or disjoint i64 %2307, 16
  %2309 = getelementptr inbounds float, ptr %gep2919, i64 %2308
  store <16 x float> %2306, ptr %2309, align 4
  br label %endif1364

endif1364:                                        ; preds = %endif1356, %then1358
  %2310 = icmp slt i64 %2184, %L
  br i1 %2310, label %then1366, label %endif1372

then1366:                                         ; preds = %endif1364
  %2311 = fmul <16 x float> %2254, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2312 = or disjoint i64 %2184, %t0
  %.idx2588 = shl nsw i64 %2312, 7
  %2313 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2588
  store <16 x float> %2311, ptr %2313, align 4
  %2314 = fmul <16 x float> %2255, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2315 = shl nsw i64 %2312, 5
  %2316 = or disjoint i64 %2315, 16
  %2317 = getelementptr inbounds float, ptr %gep2919, i64 %2316
  store <16 x float> %2314, ptr %2317, align 4
  br label %endif1372

endif1372:                                        ; preds = %endif1364, %then1366
  %2318 = icmp slt i64 %2191, %L
  br i1 %2318, label %then1374, label %endif1380

then1374:                                         ; preds = %endif1372
  %2319 = fmul <16 x float> %2261, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2320 = or disjoint i64 %2191, %t0
  %.idx2589 = shl nsw i64 %2320, 7
  %2321 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2589
  store <16 x float> %2319, ptr %2321, align 4
  %2322 = fmul <16 x float> %2262, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2323 = shl nsw i64 %2320, 5
  %2324 = or disjoint i64 %2323, 16
  %2325 = getelementptr inbounds float, ptr %gep2919, i64 %2324
  store <16 x float> %2322, ptr %2325, align 4
  br label %endif1380

endif1380:                                        ; preds = %endif1372, %then1374
  %2326 = icmp slt i64 %2198, %L
  br i1 %2326, label %then1382, label %endif1388

then1382:                                         ; preds = %endif1380
  %2327 = fmul <16 x float> %2268, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2328 = or disjoint i64 %2198, %t0
  %.idx2590 = shl nsw i64 %2328, 7
  %2329 = getelementptr inbounds i8, ptr %gep2919, i64 %.idx2590
  store <16 x float> %2327, ptr %2329, align 4
  %2330 = fmul <16 x float> %2269, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2331 = shl nsw i64 %2328, 5
  %2332 = or disjoint i64 %2331, 16
  %2333 = getelementptr inbounds float, ptr %gep2919, i64 %2332
  store <16 x float> %2330, ptr %2333, align 4
  br label %endif1388

endif1388:                                        ; preds = %endif1380, %then1382
  %i39.next = add nuw nsw i64 %i39.addr.02811, 8
  %2334 = icmp ult i64 %i39.addr.02811, 56
  br i1 %2334, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1388
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %2335 = icmp sgt i64 %169, 0
  br i1 %2335, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3769 = and i64 %smax3768, 1
  %2336 = icmp slt i64 %indvars.iv3185, 2
  br i1 %2336, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3771 = and i64 %smax3768, 126
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02830 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2337 = shl nuw nsw i64 %ib1.addr.02830, 2
  %i01 = sub nuw nsw i64 124, %2337
  %2338 = shl nuw nsw i64 %i01, 5
  %2339 = getelementptr inbounds float, ptr %OY, i64 %2338
  %2340 = getelementptr inbounds i8, ptr %2339, i64 8192
  %2341 = load <16 x float>, ptr %2340, align 4
  %2342 = getelementptr inbounds i8, ptr %2339, i64 8256
  %2343 = load <16 x float>, ptr %2342, align 4
  %2344 = sub nuw nsw i64 125, %2337
  %2345 = shl nuw nsw i64 %2344, 5
  %2346 = getelementptr inbounds float, ptr %OY, i64 %2345
  %2347 = getelementptr inbounds i8, ptr %2346, i64 8192
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = getelementptr inbounds i8, ptr %2346, i64 8256
  %2350 = load <16 x float>, ptr %2349, align 4
  %2351 = sub nuw nsw i64 126, %2337
  %2352 = shl nuw nsw i64 %2351, 5
  %2353 = getelementptr inbounds float, ptr %OY, i64 %2352
  %2354 = getelementptr inbounds i8, ptr %2353, i64 8192
  %2355 = load <16 x float>, ptr %2354, align 4
  %2356 = getelementptr inbounds i8, ptr %2353, i64 8256
  %2357 = load <16 x float>, ptr %2356, align 4
  %2358 = sub nuw nsw i64 127, %2337
  %2359 = shl nuw nsw i64 %2358, 5
  %2360 = getelementptr inbounds float, ptr %OY, i64 %2359
  %2361 = getelementptr inbounds i8, ptr %2360, i64 8192
  %2362 = load <16 x float>, ptr %2361, align 4
  %2363 = getelementptr inbounds i8, ptr %2360, i64 8256
  %2364 = load <16 x float>, ptr %2363, align 4
  %.not2969 = icmp eq i64 %ib1.addr.02830, 0
  br i1 %.not2969, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2365 = sub nuw nsw i64 128, %2337
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02821 = phi i64 [ %j30.next, %j30.body ], [ %2365, %j30.body.preheader ]
  %acc119.02820 = phi <16 x float> [ %2402, %j30.body ], [ %2364, %j30.body.preheader ]
  %acc118.02819 = phi <16 x float> [ %2401, %j30.body ], [ %2362, %j30.body.preheader ]
  %acc117.02818 = phi <16 x float> [ %2394, %j30.body ], [ %2357, %j30.body.preheader ]
  %acc116.02817 = phi <16 x float> [ %2393, %j30.body ], [ %2355, %j30.body.preheader ]
  %acc115.02816 = phi <16 x float> [ %2386, %j30.body ], [ %2350, %j30.body.preheader ]
  %acc114.02815 = phi <16 x float> [ %2385, %j30.body ], [ %2348, %j30.body.preheader ]
  %acc113.02814 = phi <16 x float> [ %2378, %j30.body ], [ %2343, %j30.body.preheader ]
  %acc112.02813 = phi <16 x float> [ %2377, %j30.body ], [ %2341, %j30.body.preheader ]
  %.idx2596 = shl nuw nsw i64 %j30.addr.02821, 7
  %2366 = getelementptr inbounds i8, ptr %OY, i64 %.idx2596
  %2367 = getelementptr inbounds i8, ptr %2366, i64 8192
  %2368 = load <16 x float>, ptr %2367, align 4
  %2369 = getelementptr inbounds i8, ptr %2366, i64 8256
  %2370 = load <16 x float>, ptr %2369, align 4
  %2371 = or disjoint i64 %.idx2596, %i01
  %2372 = getelementptr inbounds float, ptr %Gm, i64 %2371
  %2373 = load float, ptr %2372, align 4
  %2374 = fneg float %2373
  %2375 = insertelement <16 x float> poison, float %2374, i64 0
  %2376 = shufflevector <16 x float> %2375, <16 x float> poison, <16 x i32> zeroinitializer
  %2377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2368, <16 x float> %acc112.02813)
  %2378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2370, <16 x float> %acc113.02814)
  %2379 = or disjoint i64 %.idx2596, %2344
  %2380 = getelementptr inbounds float, ptr %Gm, i64 %2379
  %2381 = load float, ptr %2380, align 4
  %2382 = fneg float %2381
  %2383 = insertelement <16 x float> poison, float %2382, i64 0
  %2384 = shufflevector <16 x float> %2383, <16 x float> poison, <16 x i32> zeroinitializer
  %2385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2384, <16 x float> %2368, <16 x float> %acc114.02815)
  %2386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2384, <16 x float> %2370, <16 x float> %acc115.02816)
  %2387 = or disjoint i64 %.idx2596, %2351
  %2388 = getelementptr inbounds float, ptr %Gm, i64 %2387
  %2389 = load float, ptr %2388, align 4
  %2390 = fneg float %2389
  %2391 = insertelement <16 x float> poison, float %2390, i64 0
  %2392 = shufflevector <16 x float> %2391, <16 x float> poison, <16 x i32> zeroinitializer
  %2393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2392, <16 x float> %2368, <16 x float> %acc116.02817)
  %2394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2392, <16 x float> %2370, <16 x float> %acc117.02818)
  %2395 = or disjoint i64 %.idx2596, %2358
  %2396 = getelementptr inbounds float, ptr %Gm, i64 %2395
  %2397 = load float, ptr %2396, align 4
  %2398 = fneg float %2397
  %2399 = insertelement <16 x float> poison, float %2398, i64 0
  %2400 = shufflevector <16 x float> %2399, <16 x float> poison, <16 x i32> zeroinitializer
  %2401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2400, <16 x float> %2368, <16 x float> %acc118.02819)
  %2402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2400, <16 x float> %2370, <16 x float> %acc119.02820)
  %j30.next = add nuw nsw i64 %j30.addr.02821, 1
  %2403 = icmp ult i64 %j30.addr.02821, 127
  br i1 %2403, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2341, %ib1.body ], [ %2377, %j30.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2343, %ib1.body ], [ %2378, %j30.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2348, %ib1.body ], [ %2385, %j30.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2350, %ib1.body ], [ %2386, %j30.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2355, %ib1.body ], [ %2393, %j30.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2357, %ib1.body ], [ %2394, %j30.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2362, %ib1.body ], [ %2401, %j30.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2364, %ib1.body ], [ %2402, %j30.body ]
  %2404 = getelementptr inbounds float, ptr %Rr, i64 %2359
  %2405 = load <16 x float>, ptr %2404, align 4
  %2406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2405, <16 x float> zeroinitializer)
  %2407 = or disjoint i64 %2359, 16
  %2408 = getelementptr inbounds float, ptr %Rr, i64 %2407
  %2409 = load <16 x float>, ptr %2408, align 4
  %2410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2409, <16 x float> %2406)
  %2411 = shufflevector <16 x float> %2410, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2412 = shufflevector <16 x float> %2410, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2413 = fadd <8 x float> %2411, %2412
  %2414 = shufflevector <8 x float> %2413, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2415 = shufflevector <8 x float> %2413, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2416 = fadd <4 x float> %2414, %2415
  %2417 = shufflevector <4 x float> %2416, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2418 = shufflevector <4 x float> %2416, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2419 = fadd <2 x float> %2417, %2418
  %2420 = shufflevector <2 x float> %2419, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2421 = shufflevector <2 x float> %2419, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2422 = getelementptr inbounds float, ptr %bet, i64 %2358
  %2423 = load float, ptr %2422, align 4
  %2424 = insertelement <16 x float> poison, float %2423, i64 0
  %2425 = shufflevector <16 x float> %2424, <16 x float> poison, <16 x i32> zeroinitializer
  %2426 = fmul <16 x float> %acc118.0.lcssa, %2425
  store <16 x float> %2426, ptr %2361, align 4
  %2427 = fneg <16 x float> %2426
  %2428 = shl nuw nsw i64 %2358, 8
  %2429 = or disjoint i64 %2428, 32
  %2430 = getelementptr inbounds float, ptr %Ak, i64 %2429
  store <16 x float> %2427, ptr %2430, align 4
  %2431 = fmul <16 x float> %acc119.0.lcssa, %2425
  store <16 x float> %2431, ptr %2363, align 4
  %2432 = fneg <16 x float> %2431
  %2433 = or disjoint i64 %2428, 48
  %2434 = getelementptr inbounds float, ptr %Ak, i64 %2433
  store <16 x float> %2432, ptr %2434, align 4
  %2435 = shl nuw nsw i64 %2358, 7
  %2436 = or disjoint i64 %2435, %2351
  %2437 = getelementptr inbounds float, ptr %Gm, i64 %2436
  %2438 = load float, ptr %2437, align 4
  %2439 = fneg float %2438
  %2440 = insertelement <16 x float> poison, float %2439, i64 0
  %2441 = shufflevector <16 x float> %2440, <16 x float> poison, <16 x i32> zeroinitializer
  %2442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2441, <16 x float> %2426, <16 x float> %acc116.0.lcssa)
  %2443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2441, <16 x float> %2431, <16 x float> %acc117.0.lcssa)
  %2444 = getelementptr inbounds float, ptr %Rr, i64 %2352
  %2445 = load <16 x float>, ptr %2444, align 4
  %2446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2442, <16 x float> %2445, <16 x float> zeroinitializer)
  %2447 = or disjoint i64 %2352, 16
  %2448 = getelementptr inbounds float, ptr %Rr, i64 %2447
  %2449 = load <16 x float>, ptr %2448, align 4
  %2450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2449, <16 x float> %2446)
  %2451 = shufflevector <16 x float> %2450, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2452 = shufflevector <16 x float> %2450, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2453 = fadd <8 x float> %2451, %2452
  %2454 = shufflevector <8 x float> %2453, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2455 = shufflevector <8 x float> %2453, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2456 = fadd <4 x float> %2454, %2455
  %2457 = shufflevector <4 x float> %2456, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2458 = shufflevector <4 x float> %2456, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2459 = fadd <2 x float> %2457, %2458
  %2460 = shufflevector <2 x float> %2459, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2461 = shufflevector <2 x float> %2459, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2462 = getelementptr inbounds float, ptr %bet, i64 %2351
  %2463 = load float, ptr %2462, align 4
  %2464 = insertelement <16 x float> poison, float %2463, i64 0
  %2465 = shufflevector <16 x float> %2464, <16 x float> poison, <16 x i32> zeroinitializer
  %2466 = fmul <16 x float> %2442, %2465
  store <16 x float> %2466, ptr %2354, align 4
  %2467 = fneg <16 x float> %2466
  %2468 = shl nuw nsw i64 %2351, 8
  %2469 = or disjoint i64 %2468, 32
  %2470 = getelementptr inbounds float, ptr %Ak, i64 %2469
  store <16 x float> %2467, ptr %2470, align 4
  %2471 = fmul <16 x float> %2443, %2465
  store <16 x float> %2471, ptr %2356, align 4
  %2472 = fneg <16 x float> %2471
  %2473 = or disjoint i64 %2468, 48
  %2474 = getelementptr inbounds float, ptr %Ak, i64 %2473
  store <16 x float> %2472, ptr %2474, align 4
  %2475 = shl nuw nsw i64 %2351, 7
  %2476 = or disjoint i64 %2475, %2344
  %2477 = getelementptr inbounds float, ptr %Gm, i64 %2476
  %2478 = load float, ptr %2477, align 4
  %2479 = fneg float %2478
  %2480 = insertelement <16 x float> poison, float %2479, i64 0
  %2481 = shufflevector <16 x float> %2480, <16 x float> poison, <16 x i32> zeroinitializer
  %2482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2481, <16 x float> %2466, <16 x float> %acc114.0.lcssa)
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2481, <16 x float> %2471, <16 x float> %acc115.0.lcssa)
  %2484 = or disjoint i64 %2435, %2344
  %2485 = getelementptr inbounds float, ptr %Gm, i64 %2484
  %2486 = load float, ptr %2485, align 4
  %2487 = fneg float %2486
  %2488 = insertelement <16 x float> poison, float %2487, i64 0
  %2489 = shufflevector <16 x float> %2488, <16 x float> poison, <16 x i32> zeroinitializer
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2426, <16 x float> %2482)
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2431, <16 x float> %2483)
  %2492 = getelementptr inbounds float, ptr %Rr, i64 %2345
  %2493 = load <16 x float>, ptr %2492, align 4
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2493, <16 x float> zeroinitializer)
  %2495 = or disjoint i64 %2345, 16
  %2496 = getelementptr inbounds float, ptr %Rr, i64 %2495
  %2497 = load <16 x float>, ptr %2496, align 4
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2491, <16 x float> %2497, <16 x float> %2494)
  %2499 = shufflevector <16 x float> %2498, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2500 = shufflevector <16 x float> %2498, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2501 = fadd <8 x float> %2499, %2500
  %2502 = shufflevector <8 x float> %2501, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2503 = shufflevector <8 x float> %2501, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2504 = fadd <4 x float> %2502, %2503
  %2505 = shufflevector <4 x float> %2504, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2506 = shufflevector <4 x float> %2504, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2507 = fadd <2 x float> %2505, %2506
  %2508 = getelementptr inbounds float, ptr %bet, i64 %2344
  %2509 = load float, ptr %2508, align 4
  %2510 = insertelement <16 x float> poison, float %2509, i64 0
  %2511 = shufflevector <16 x float> %2510, <16 x float> poison, <16 x i32> zeroinitializer
  %2512 = fmul <16 x float> %2490, %2511
  store <16 x float> %2512, ptr %2347, align 4
  %2513 = fneg <16 x float> %2512
  %2514 = shl nuw nsw i64 %2344, 8
  %2515 = or disjoint i64 %2514, 32
  %2516 = getelementptr inbounds float, ptr %Ak, i64 %2515
  store <16 x float> %2513, ptr %2516, align 4
  %2517 = fmul <16 x float> %2491, %2511
  store <16 x float> %2517, ptr %2349, align 4
  %2518 = fneg <16 x float> %2517
  %2519 = or disjoint i64 %2514, 48
  %2520 = getelementptr inbounds float, ptr %Ak, i64 %2519
  store <16 x float> %2518, ptr %2520, align 4
  %2521 = shl nuw nsw i64 %2344, 7
  %2522 = or disjoint i64 %2521, %i01
  %2523 = getelementptr inbounds float, ptr %Gm, i64 %2522
  %2524 = load float, ptr %2523, align 4
  %2525 = fneg float %2524
  %2526 = insertelement <16 x float> poison, float %2525, i64 0
  %2527 = shufflevector <16 x float> %2526, <16 x float> poison, <16 x i32> zeroinitializer
  %2528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2512, <16 x float> %acc112.0.lcssa)
  %2529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2517, <16 x float> %acc113.0.lcssa)
  %2530 = or disjoint i64 %2475, %i01
  %2531 = getelementptr inbounds float, ptr %Gm, i64 %2530
  %2532 = load float, ptr %2531, align 4
  %2533 = fneg float %2532
  %2534 = insertelement <16 x float> poison, float %2533, i64 0
  %2535 = shufflevector <16 x float> %2534, <16 x float> poison, <16 x i32> zeroinitializer
  %2536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2535, <16 x float> %2466, <16 x float> %2528)
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2535, <16 x float> %2471, <16 x float> %2529)
  %2538 = or disjoint i64 %2435, %i01
  %2539 = getelementptr inbounds float, ptr %Gm, i64 %2538
  %2540 = load float, ptr %2539, align 4
  %2541 = fneg float %2540
  %2542 = insertelement <16 x float> poison, float %2541, i64 0
  %2543 = shufflevector <16 x float> %2542, <16 x float> poison, <16 x i32> zeroinitializer
  %2544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2543, <16 x float> %2426, <16 x float> %2536)
  %2545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2543, <16 x float> %2431, <16 x float> %2537)
  %2546 = getelementptr inbounds float, ptr %Rr, i64 %2338
  %2547 = load <16 x float>, ptr %2546, align 4
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2544, <16 x float> %2547, <16 x float> zeroinitializer)
  %2549 = or disjoint i64 %2338, 16
  %2550 = getelementptr inbounds float, ptr %Rr, i64 %2549
  %2551 = load <16 x float>, ptr %2550, align 4
  %2552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2545, <16 x float> %2551, <16 x float> %2548)
  %2553 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2554 = shufflevector <16 x float> %2552, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2555 = shufflevector <16 x float> %2552, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2556 = fadd <8 x float> %2554, %2555
  %2557 = shufflevector <8 x float> %2556, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2558 = shufflevector <8 x float> %2556, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2559 = fadd <4 x float> %2557, %2558
  %2560 = shufflevector <4 x float> %2559, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2561 = shufflevector <4 x float> %2559, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2562 = fadd <2 x float> %2560, %2561
  %2563 = load <4 x float>, ptr %2553, align 4
  %2564 = shufflevector <2 x float> %2562, <2 x float> %2507, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2565 = shufflevector <4 x float> %2564, <4 x float> %2461, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2566 = shufflevector <4 x float> %2565, <4 x float> %2421, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2567 = shufflevector <2 x float> %2562, <2 x float> %2507, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2568 = shufflevector <4 x float> %2567, <4 x float> %2460, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2569 = shufflevector <4 x float> %2568, <4 x float> %2420, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2570 = fadd <4 x float> %2566, %2569
  %2571 = fadd <4 x float> %2563, %2570
  store <4 x float> %2571, ptr %2553, align 4
  %2572 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2573 = load float, ptr %2572, align 4
  %2574 = insertelement <16 x float> poison, float %2573, i64 0
  %2575 = shufflevector <16 x float> %2574, <16 x float> poison, <16 x i32> zeroinitializer
  %2576 = fmul <16 x float> %2544, %2575
  store <16 x float> %2576, ptr %2340, align 4
  %2577 = fneg <16 x float> %2576
  %2578 = shl nuw nsw i64 %i01, 8
  %2579 = or disjoint i64 %2578, 32
  %2580 = getelementptr inbounds float, ptr %Ak, i64 %2579
  store <16 x float> %2577, ptr %2580, align 4
  %2581 = fmul <16 x float> %2545, %2575
  store <16 x float> %2581, ptr %2342, align 4
  %2582 = fneg <16 x float> %2581
  %2583 = or disjoint i64 %2578, 48
  %2584 = getelementptr inbounds float, ptr %Ak, i64 %2583
  store <16 x float> %2582, ptr %2584, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02830, 1
  %exitcond3180.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3180.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02833 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter3772 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3772.next.1, %t5.body ]
  %2585 = add nsw i64 %t5.addr.02833, %t0
  %.idx2970 = shl nsw i64 %t5.addr.02833, 8
  %gep3407 = getelementptr inbounds i8, ptr %invariant.gep3406, i64 %.idx2970
  %2586 = load <16 x float>, ptr %gep3407, align 4
  %.idx2971 = shl i64 %2585, 8
  %2587 = getelementptr i8, ptr %dav, i64 %.idx2971
  store <16 x float> %2586, ptr %2587, align 4
  %gep3409 = getelementptr inbounds i8, ptr %invariant.gep3408, i64 %.idx2970
  %2588 = load <16 x float>, ptr %gep3409, align 4
  %2589 = getelementptr i8, ptr %35, i64 %.idx2971
  store <16 x float> %2588, ptr %2589, align 4
  %i44 = shl nuw nsw i64 %t5.addr.02833, 1
  %tau2 = shl nsw i64 %2585, 1
  %2590 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2591 = load float, ptr %2590, align 4
  %2592 = mul nsw i64 %tau2, %H
  %2593 = getelementptr inbounds float, ptr %betah1, i64 %2592
  store float %2591, ptr %2593, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx2972 = shl nsw i64 %i46, 7
  %gep3411 = getelementptr inbounds i8, ptr %invariant.gep3410, i64 %.idx2972
  %2594 = load <16 x float>, ptr %gep3411, align 4
  %.idx2973 = shl i64 %tau3, 7
  %2595 = getelementptr i8, ptr %dav, i64 %.idx2973
  store <16 x float> %2594, ptr %2595, align 4
  %gep3413 = getelementptr inbounds i8, ptr %invariant.gep3412, i64 %.idx2972
  %2596 = load <16 x float>, ptr %gep3413, align 4
  %2597 = getelementptr i8, ptr %35, i64 %.idx2973
  store <16 x float> %2596, ptr %2597, align 4
  %2598 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2599 = load float, ptr %2598, align 4
  %2600 = mul nsw i64 %tau3, %H
  %2601 = getelementptr inbounds float, ptr %betah1, i64 %2600
  store float %2599, ptr %2601, align 4
  %t5.next = or disjoint i64 %t5.addr.02833, 1
  %2602 = add nsw i64 %t5.next, %t0
  %.idx2970.1 = shl nsw i64 %t5.next, 8
  %gep3407.1 = getelementptr inbounds i8, ptr %invariant.gep3406, i64 %.idx2970.1
  %2603 = load <16 x float>, ptr %gep3407.1, align 4
  %.idx2971.1 = shl i64 %2602, 8
  %2604 = getelementptr i8, ptr %dav, i64 %.idx2971.1
  store <16 x float> %2603, ptr %2604, align 4
  %gep3409.1 = getelementptr inbounds i8, ptr %invariant.gep3408, i64 %.idx2970.1
  %2605 = load <16 x float>, ptr %gep3409.1, align 4
  %2606 = getelementptr i8, ptr %35, i64 %.idx2971.1
  store <16 x float> %2605, ptr %2606, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %2602, 1
  %2607 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2608 = load float, ptr %2607, align 4
  %2609 = mul nsw i64 %tau2.1, %H
  %2610 = getelementptr inbounds float, ptr %betah1, i64 %2609
  store float %2608, ptr %2610, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx2972.1 = shl nsw i64 %i46.1, 7
  %gep3411.1 = getelementptr inbounds i8, ptr %invariant.gep3410, i64 %.idx2972.1
  %2611 = load <16 x float>, ptr %gep3411.1, align 4
  %.idx2973.1 = shl i64 %tau3.1, 7
  %2612 = getelementptr i8, ptr %dav, i64 %.idx2973.1
  store <16 x float> %2611, ptr %2612, align 4
  %gep3413.1 = getelementptr inbounds i8, ptr %invariant.gep3412, i64 %.idx2972.1
  %2613 = load <16 x float>, ptr %gep3413.1, align 4
  %2614 = getelementptr i8, ptr %35, i64 %.idx2973.1
  store <16 x float> %2613, ptr %2614, align 4
  %2615 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2616 = load float, ptr %2615, align 4
  %2617 = mul nsw i64 %tau3.1, %H
  %2618 = getelementptr inbounds float, ptr %betah1, i64 %2617
  store float %2616, ptr %2618, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02833, 2
  %niter3772.next.1 = add i64 %niter3772, 2
  %niter3772.ncmp.1 = icmp eq i64 %niter3772.next.1, %unroll_iter3771
  br i1 %niter3772.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02833.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod3770.not = icmp eq i64 %xtraiter3769, 0
  br i1 %lcmp.mod3770.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2619 = add nsw i64 %t5.addr.02833.unr, %t0
  %.idx2970.epil = shl nsw i64 %t5.addr.02833.unr, 8
  %gep3407.epil = getelementptr inbounds i8, ptr %invariant.gep3406, i64 %.idx2970.epil
  %2620 = load <16 x float>, ptr %gep3407.epil, align 4
  %.idx2971.epil = shl i64 %2619, 8
  %2621 = getelementptr i8, ptr %dav, i64 %.idx2971.epil
  store <16 x float> %2620, ptr %2621, align 4
  %gep3409.epil = getelementptr inbounds i8, ptr %invariant.gep3408, i64 %.idx2970.epil
  %2622 = load <16 x float>, ptr %gep3409.epil, align 4
  %2623 = getelementptr i8, ptr %35, i64 %.idx2971.epil
  store <16 x float> %2622, ptr %2623, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.02833.unr, 1
  %tau2.epil = shl nsw i64 %2619, 1
  %2624 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2625 = load float, ptr %2624, align 4
  %2626 = mul nsw i64 %tau2.epil, %H
  %2627 = getelementptr inbounds float, ptr %betah1, i64 %2626
  store float %2625, ptr %2627, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx2972.epil = shl nsw i64 %i46.epil, 7
  %gep3411.epil = getelementptr inbounds i8, ptr %invariant.gep3410, i64 %.idx2972.epil
  %2628 = load <16 x float>, ptr %gep3411.epil, align 4
  %.idx2973.epil = shl i64 %tau3.epil, 7
  %2629 = getelementptr i8, ptr %dav, i64 %.idx2973.epil
  store <16 x float> %2628, ptr %2629, align 4
  %gep3413.epil = getelementptr inbounds i8, ptr %invariant.gep3412, i64 %.idx2972.epil
  %2630 = load <16 x float>, ptr %gep3413.epil, align 4
  %2631 = getelementptr i8, ptr %35, i64 %.idx2973.epil
  store <16 x float> %2630, ptr %2631, align 4
  %2632 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2633 = load float, ptr %2632, align 4
  %2634 = mul nsw i64 %tau3.epil, %H
  %2635 = getelementptr inbounds float, ptr %betah1, i64 %2634
  store float %2633, ptr %2635, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02851 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2636 = shl nuw nsw i64 %i48.addr.02851, 6
  %2637 = or disjoint i64 %2636, 32
  %2638 = getelementptr inbounds float, ptr %work, i64 %2637
  %2639 = load <16 x float>, ptr %2638, align 4
  %2640 = or disjoint i64 %2636, 48
  %2641 = getelementptr inbounds float, ptr %work, i64 %2640
  %2642 = load <16 x float>, ptr %2641, align 4
  %2643 = or disjoint i64 %i48.addr.02851, 1
  %2644 = shl nuw nsw i64 %2643, 6
  %2645 = or disjoint i64 %2644, 32
  %2646 = getelementptr inbounds float, ptr %work, i64 %2645
  %2647 = load <16 x float>, ptr %2646, align 4
  %2648 = or disjoint i64 %2644, 48
  %2649 = getelementptr inbounds float, ptr %work, i64 %2648
  %2650 = load <16 x float>, ptr %2649, align 4
  %2651 = or disjoint i64 %i48.addr.02851, 2
  %2652 = shl nuw nsw i64 %2651, 6
  %2653 = or disjoint i64 %2652, 32
  %2654 = getelementptr inbounds float, ptr %work, i64 %2653
  %2655 = load <16 x float>, ptr %2654, align 4
  %2656 = or disjoint i64 %2652, 48
  %2657 = getelementptr inbounds float, ptr %work, i64 %2656
  %2658 = load <16 x float>, ptr %2657, align 4
  %2659 = or disjoint i64 %i48.addr.02851, 3
  %2660 = shl nuw nsw i64 %2659, 6
  %2661 = or disjoint i64 %2660, 32
  %2662 = getelementptr inbounds float, ptr %work, i64 %2661
  %2663 = load <16 x float>, ptr %2662, align 4
  %2664 = or disjoint i64 %2660, 48
  %2665 = getelementptr inbounds float, ptr %work, i64 %2664
  %2666 = load <16 x float>, ptr %2665, align 4
  %2667 = or disjoint i64 %i48.addr.02851, 4
  %2668 = shl nuw nsw i64 %2667, 6
  %2669 = or disjoint i64 %2668, 32
  %2670 = getelementptr inbounds float, ptr %work, i64 %2669
  %2671 = load <16 x float>, ptr %2670, align 4
  %2672 = or disjoint i64 %2668, 48
  %2673 = getelementptr inbounds float, ptr %work, i64 %2672
  %2674 = load <16 x float>, ptr %2673, align 4
  %2675 = or disjoint i64 %i48.addr.02851, 5
  %2676 = shl nuw nsw i64 %2675, 6
  %2677 = or disjoint i64 %2676, 32
  %2678 = getelementptr inbounds float, ptr %work, i64 %2677
  %2679 = load <16 x float>, ptr %2678, align 4
  %2680 = or disjoint i64 %2676, 48
  %2681 = getelementptr inbounds float, ptr %work, i64 %2680
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = or disjoint i64 %i48.addr.02851, 6
  %2684 = shl nuw nsw i64 %2683, 6
  %2685 = or disjoint i64 %2684, 32
  %2686 = getelementptr inbounds float, ptr %work, i64 %2685
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = or disjoint i64 %2684, 48
  %2689 = getelementptr inbounds float, ptr %work, i64 %2688
  %2690 = load <16 x float>, ptr %2689, align 4
  %2691 = or disjoint i64 %i48.addr.02851, 7
  %2692 = shl nuw nsw i64 %2691, 6
  %2693 = or disjoint i64 %2692, 32
  %2694 = getelementptr inbounds float, ptr %work, i64 %2693
  %2695 = load <16 x float>, ptr %2694, align 4
  %2696 = or disjoint i64 %2692, 48
  %2697 = getelementptr inbounds float, ptr %work, i64 %2696
  %2698 = load <16 x float>, ptr %2697, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02850 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc135.02849 = phi <16 x float> [ %2698, %i48.body ], [ %2760, %p11.body ]
  %acc134.02848 = phi <16 x float> [ %2695, %i48.body ], [ %2759, %p11.body ]
  %acc133.02847 = phi <16 x float> [ %2690, %i48.body ], [ %2753, %p11.body ]
  %acc132.02846 = phi <16 x float> [ %2687, %i48.body ], [ %2752, %p11.body ]
  %acc131.02845 = phi <16 x float> [ %2682, %i48.body ], [ %2746, %p11.body ]
  %acc130.02844 = phi <16 x float> [ %2679, %i48.body ], [ %2745, %p11.body ]
  %acc129.02843 = phi <16 x float> [ %2674, %i48.body ], [ %2739, %p11.body ]
  %acc128.02842 = phi <16 x float> [ %2671, %i48.body ], [ %2738, %p11.body ]
  %acc127.02841 = phi <16 x float> [ %2666, %i48.body ], [ %2732, %p11.body ]
  %acc126.02840 = phi <16 x float> [ %2663, %i48.body ], [ %2731, %p11.body ]
  %acc125.02839 = phi <16 x float> [ %2658, %i48.body ], [ %2725, %p11.body ]
  %acc124.02838 = phi <16 x float> [ %2655, %i48.body ], [ %2724, %p11.body ]
  %acc123.02837 = phi <16 x float> [ %2650, %i48.body ], [ %2718, %p11.body ]
  %acc122.02836 = phi <16 x float> [ %2647, %i48.body ], [ %2717, %p11.body ]
  %acc121.02835 = phi <16 x float> [ %2642, %i48.body ], [ %2711, %p11.body ]
  %acc120.02834 = phi <16 x float> [ %2639, %i48.body ], [ %2710, %p11.body ]
  %2699 = shl nuw nsw i64 %p11.addr.02850, 5
  %2700 = getelementptr inbounds float, ptr %OY, i64 %2699
  %2701 = load <16 x float>, ptr %2700, align 4
  %2702 = or disjoint i64 %2699, 16
  %2703 = getelementptr inbounds float, ptr %OY, i64 %2702
  %2704 = load <16 x float>, ptr %2703, align 4
  %2705 = or disjoint i64 %2699, %i48.addr.02851
  %2706 = getelementptr inbounds float, ptr %QK, i64 %2705
  %2707 = load float, ptr %2706, align 4
  %2708 = insertelement <16 x float> poison, float %2707, i64 0
  %2709 = shufflevector <16 x float> %2708, <16 x float> poison, <16 x i32> zeroinitializer
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2701, <16 x float> %acc120.02834)
  %2711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2704, <16 x float> %acc121.02835)
  %2712 = or disjoint i64 %2699, %2643
  %2713 = getelementptr inbounds float, ptr %QK, i64 %2712
  %2714 = load float, ptr %2713, align 4
  %2715 = insertelement <16 x float> poison, float %2714, i64 0
  %2716 = shufflevector <16 x float> %2715, <16 x float> poison, <16 x i32> zeroinitializer
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2701, <16 x float> %acc122.02836)
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2704, <16 x float> %acc123.02837)
  %2719 = or disjoint i64 %2699, %2651
  %2720 = getelementptr inbounds float, ptr %QK, i64 %2719
  %2721 = load float, ptr %2720, align 4
  %2722 = insertelement <16 x float> poison, float %2721, i64 0
  %2723 = shufflevector <16 x float> %2722, <16 x float> poison, <16 x i32> zeroinitializer
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2701, <16 x float> %acc124.02838)
  %2725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2704, <16 x float> %acc125.02839)
  %2726 = or disjoint i64 %2699, %2659
  %2727 = getelementptr inbounds float, ptr %QK, i64 %2726
  %2728 = load float, ptr %2727, align 4
  %2729 = insertelement <16 x float> poison, float %2728, i64 0
  %2730 = shufflevector <16 x float> %2729, <16 x float> poison, <16 x i32> zeroinitializer
  %2731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2730, <16 x float> %2701, <16 x float> %acc126.02840)
  %2732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2730, <16 x float> %2704, <16 x float> %acc127.02841)
  %2733 = or disjoint i64 %2699, %2667
  %2734 = getelementptr inbounds float, ptr %QK, i64 %2733
  %2735 = load float, ptr %2734, align 4
  %2736 = insertelement <16 x float> poison, float %2735, i64 0
  %2737 = shufflevector <16 x float> %2736, <16 x float> poison, <16 x i32> zeroinitializer
  %2738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2701, <16 x float> %acc128.02842)
  %2739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2704, <16 x float> %acc129.02843)
  %2740 = or disjoint i64 %2699, %2675
  %2741 = getelementptr inbounds float, ptr %QK, i64 %2740
  %2742 = load float, ptr %2741, align 4
  %2743 = insertelement <16 x float> poison, float %2742, i64 0
  %2744 = shufflevector <16 x float> %2743, <16 x float> poison, <16 x i32> zeroinitializer
  %2745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2744, <16 x float> %2701, <16 x float> %acc130.02844)
  %2746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2744, <16 x float> %2704, <16 x float> %acc131.02845)
  %2747 = or disjoint i64 %2699, %2683
  %2748 = getelementptr inbounds float, ptr %QK, i64 %2747
  %2749 = load float, ptr %2748, align 4
  %2750 = insertelement <16 x float> poison, float %2749, i64 0
  %2751 = shufflevector <16 x float> %2750, <16 x float> poison, <16 x i32> zeroinitializer
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2701, <16 x float> %acc132.02846)
  %2753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2704, <16 x float> %acc133.02847)
  %2754 = or disjoint i64 %2699, %2691
  %2755 = getelementptr inbounds float, ptr %QK, i64 %2754
  %2756 = load float, ptr %2755, align 4
  %2757 = insertelement <16 x float> poison, float %2756, i64 0
  %2758 = shufflevector <16 x float> %2757, <16 x float> poison, <16 x i32> zeroinitializer
  %2759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2701, <16 x float> %acc134.02848)
  %2760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2704, <16 x float> %acc135.02849)
  %p11.next = add nuw nsw i64 %p11.addr.02850, 1
  %exitcond3188.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3188.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2710, ptr %2638, align 4
  store <16 x float> %2711, ptr %2641, align 4
  store <16 x float> %2717, ptr %2646, align 4
  store <16 x float> %2718, ptr %2649, align 4
  store <16 x float> %2724, ptr %2654, align 4
  store <16 x float> %2725, ptr %2657, align 4
  store <16 x float> %2731, ptr %2662, align 4
  store <16 x float> %2732, ptr %2665, align 4
  store <16 x float> %2738, ptr %2670, align 4
  store <16 x float> %2739, ptr %2673, align 4
  store <16 x float> %2745, ptr %2678, align 4
  store <16 x float> %2746, ptr %2681, align 4
  store <16 x float> %2752, ptr %2686, align 4
  store <16 x float> %2753, ptr %2689, align 4
  store <16 x float> %2759, ptr %2694, align 4
  store <16 x float> %2760, ptr %2697, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02851, 8
  %2761 = icmp ult i64 %i48.addr.02851, 24
  br i1 %2761, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit
  %2762 = icmp ult i64 %i49.addr.02864, 120
  br i1 %2762, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.02864 = phi i64 [ %2763, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2763 = add nuw nsw i64 %i49.addr.02864, 8
  %2764 = shl nuw nsw i64 %i49.addr.02864, 8
  %2765 = or disjoint i64 %2764, 128
  %2766 = getelementptr inbounds float, ptr %Ak, i64 %2765
  %2767 = or disjoint i64 %2764, 384
  %2768 = getelementptr inbounds float, ptr %Ak, i64 %2767
  %2769 = or disjoint i64 %2764, 640
  %2770 = getelementptr inbounds float, ptr %Ak, i64 %2769
  %2771 = or disjoint i64 %2764, 896
  %2772 = getelementptr inbounds float, ptr %Ak, i64 %2771
  %2773 = or disjoint i64 %2764, 1152
  %2774 = getelementptr inbounds float, ptr %Ak, i64 %2773
  %2775 = or disjoint i64 %2764, 1408
  %2776 = getelementptr inbounds float, ptr %Ak, i64 %2775
  %2777 = or disjoint i64 %2764, 1664
  %2778 = getelementptr inbounds float, ptr %Ak, i64 %2777
  %2779 = or disjoint i64 %2764, 1920
  %2780 = getelementptr inbounds float, ptr %Ak, i64 %2779
  %.idx3205 = shl nsw i64 %i49.addr.02864, 7
  %invariant.gep3414 = getelementptr inbounds i8, ptr %OY, i64 %.idx3205
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i49.body, %p12.exit
  %j34.addr.02863 = phi i64 [ 0, %i49.body ], [ %j34.next, %p12.exit ]
  %invariant.gep2852 = getelementptr inbounds float, ptr %VnT, i64 %j34.addr.02863
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02862 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc143.02861 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2821, %p12.body ]
  %acc142.02860 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2816, %p12.body ]
  %acc141.02859 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2811, %p12.body ]
  %acc140.02858 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2806, %p12.body ]
  %acc139.02857 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2801, %p12.body ]
  %acc138.02856 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2796, %p12.body ]
  %acc137.02855 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2791, %p12.body ]
  %acc136.02854 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2786, %p12.body ]
  %.idx2582 = shl nuw nsw i64 %p12.addr.02862, 9
  %gep2853 = getelementptr inbounds i8, ptr %invariant.gep2852, i64 %.idx2582
  %2781 = load <16 x float>, ptr %gep2853, align 4
  %gep3415 = getelementptr inbounds float, ptr %invariant.gep3414, i64 %p12.addr.02862
  %2782 = getelementptr inbounds i8, ptr %gep3415, i64 8192
  %2783 = load float, ptr %2782, align 4
  %2784 = insertelement <16 x float> poison, float %2783, i64 0
  %2785 = shufflevector <16 x float> %2784, <16 x float> poison, <16 x i32> zeroinitializer
  %2786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2785, <16 x float> %2781, <16 x float> %acc136.02854)
  %2787 = getelementptr inbounds i8, ptr %gep3415, i64 8320
  %2788 = load float, ptr %2787, align 4
  %2789 = insertelement <16 x float> poison, float %2788, i64 0
  %2790 = shufflevector <16 x float> %2789, <16 x float> poison, <16 x i32> zeroinitializer
  %2791 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2790, <16 x float> %2781, <16 x float> %acc137.02855)
  %2792 = getelementptr inbounds i8, ptr %gep3415, i64 8448
  %2793 = load float, ptr %2792, align 4
  %2794 = insertelement <16 x float> poison, float %2793, i64 0
  %2795 = shufflevector <16 x float> %2794, <16 x float> poison, <16 x i32> zeroinitializer
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2781, <16 x float> %acc138.02856)
  %2797 = getelementptr inbounds i8, ptr %gep3415, i64 8576
  %2798 = load float, ptr %2797, align 4
  %2799 = insertelement <16 x float> poison, float %2798, i64 0
  %2800 = shufflevector <16 x float> %2799, <16 x float> poison, <16 x i32> zeroinitializer
  %2801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2800, <16 x float> %2781, <16 x float> %acc139.02857)
  %2802 = getelementptr inbounds i8, ptr %gep3415, i64 8704
  %2803 = load float, ptr %2802, align 4
  %2804 = insertelement <16 x float> poison, float %2803, i64 0
  %2805 = shufflevector <16 x float> %2804, <16 x float> poison, <16 x i32> zeroinitializer
  %2806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2805, <16 x float> %2781, <16 x float> %acc140.02858)
  %2807 = getelementptr inbounds i8, ptr %gep3415, i64 8832
  %2808 = load float, ptr %2807, align 4
  %2809 = insertelement <16 x float> poison, float %2808, i64 0
  %2810 = shufflevector <16 x float> %2809, <16 x float> poison, <16 x i32> zeroinitializer
  %2811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2810, <16 x float> %2781, <16 x float> %acc141.02859)
  %2812 = getelementptr inbounds i8, ptr %gep3415, i64 8960
  %2813 = load float, ptr %2812, align 4
  %2814 = insertelement <16 x float> poison, float %2813, i64 0
  %2815 = shufflevector <16 x float> %2814, <16 x float> poison, <16 x i32> zeroinitializer
  %2816 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2815, <16 x float> %2781, <16 x float> %acc142.02860)
  %2817 = getelementptr inbounds i8, ptr %gep3415, i64 9088
  %2818 = load float, ptr %2817, align 4
  %2819 = insertelement <16 x float> poison, float %2818, i64 0
  %2820 = shufflevector <16 x float> %2819, <16 x float> poison, <16 x i32> zeroinitializer
  %2821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2820, <16 x float> %2781, <16 x float> %acc143.02861)
  %p12.next = add nuw nsw i64 %p12.addr.02862, 1
  %exitcond3189.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond3189.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2822 = getelementptr inbounds float, ptr %2766, i64 %j34.addr.02863
  store <16 x float> %2786, ptr %2822, align 4
  %2823 = getelementptr inbounds float, ptr %2768, i64 %j34.addr.02863
  store <16 x float> %2791, ptr %2823, align 4
  %2824 = getelementptr inbounds float, ptr %2770, i64 %j34.addr.02863
  store <16 x float> %2796, ptr %2824, align 4
  %2825 = getelementptr inbounds float, ptr %2772, i64 %j34.addr.02863
  store <16 x float> %2801, ptr %2825, align 4
  %2826 = getelementptr inbounds float, ptr %2774, i64 %j34.addr.02863
  store <16 x float> %2806, ptr %2826, align 4
  %2827 = getelementptr inbounds float, ptr %2776, i64 %j34.addr.02863
  store <16 x float> %2811, ptr %2827, align 4
  %2828 = getelementptr inbounds float, ptr %2778, i64 %j34.addr.02863
  store <16 x float> %2816, ptr %2828, align 4
  %2829 = getelementptr inbounds float, ptr %2780, i64 %j34.addr.02863
  store <16 x float> %2821, ptr %2829, align 4
  %j34.next = add nuw nsw i64 %j34.addr.02863, 16
  %2830 = icmp ult i64 %j34.next, %2763
  br i1 %2830, label %p12.head.preheader, label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %2831 = shl nsw i64 %L, 1
  %2832 = shl i64 %ci, 12
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3194 = phi i64 [ %indvars.iv.next3195, %j36.exit ], [ 1, %i49.head.loopexit ]
  %indvars.iv3190 = phi i64 [ %indvars.iv.next3191, %j36.exit ], [ 0, %i49.head.loopexit ]
  %t6.addr.02867 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv3190, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.02867, 1
  %.not2974 = icmp eq i64 %t6.addr.02867, 0
  br i1 %.not2974, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %2833 = shl nuw nsw i64 %t6.addr.02867, 9
  %2834 = or disjoint i64 %2833, 128
  %2835 = getelementptr inbounds float, ptr %Ak, i64 %2834
  %gep3425 = getelementptr inbounds float, ptr %invariant.gep3424, i64 %i50
  %xtraiter3773 = and i64 %umax, 7
  %2836 = icmp ult i64 %indvars.iv3190, 8
  br i1 %2836, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3775 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02865 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3776 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3776.next.7, %j35.body ]
  %2837 = getelementptr inbounds float, ptr %2835, i64 %j35.addr.02865
  %2838 = load float, ptr %2837, align 4
  %2839 = fneg float %2838
  store float %2839, ptr %2837, align 4
  %.idx2975 = shl nsw i64 %j35.addr.02865, 10
  %gep3419 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975
  store float %2839, ptr %gep3419, align 4
  %j35.next = or disjoint i64 %j35.addr.02865, 1
  %2840 = getelementptr inbounds float, ptr %2835, i64 %j35.next
  %2841 = load float, ptr %2840, align 4
  %2842 = fneg float %2841
  store float %2842, ptr %2840, align 4
  %.idx2975.1 = shl nsw i64 %j35.next, 10
  %gep3419.1 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.1
  store float %2842, ptr %gep3419.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02865, 2
  %2843 = getelementptr inbounds float, ptr %2835, i64 %j35.next.1
  %2844 = load float, ptr %2843, align 4
  %2845 = fneg float %2844
  store float %2845, ptr %2843, align 4
  %.idx2975.2 = shl nsw i64 %j35.next.1, 10
  %gep3419.2 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.2
  store float %2845, ptr %gep3419.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02865, 3
  %2846 = getelementptr inbounds float, ptr %2835, i64 %j35.next.2
  %2847 = load float, ptr %2846, align 4
  %2848 = fneg float %2847
  store float %2848, ptr %2846, align 4
  %.idx2975.3 = shl nsw i64 %j35.next.2, 10
  %gep3419.3 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.3
  store float %2848, ptr %gep3419.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02865, 4
  %2849 = getelementptr inbounds float, ptr %2835, i64 %j35.next.3
  %2850 = load float, ptr %2849, align 4
  %2851 = fneg float %2850
  store float %2851, ptr %2849, align 4
  %.idx2975.4 = shl nsw i64 %j35.next.3, 10
  %gep3419.4 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.4
  store float %2851, ptr %gep3419.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02865, 5
  %2852 = getelementptr inbounds float, ptr %2835, i64 %j35.next.4
  %2853 = load float, ptr %2852, align 4
  %2854 = fneg float %2853
  store float %2854, ptr %2852, align 4
  %.idx2975.5 = shl nsw i64 %j35.next.4, 10
  %gep3419.5 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.5
  store float %2854, ptr %gep3419.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02865, 6
  %2855 = getelementptr inbounds float, ptr %2835, i64 %j35.next.5
  %2856 = load float, ptr %2855, align 4
  %2857 = fneg float %2856
  store float %2857, ptr %2855, align 4
  %.idx2975.6 = shl nsw i64 %j35.next.5, 10
  %gep3419.6 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.6
  store float %2857, ptr %gep3419.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02865, 7
  %2858 = getelementptr inbounds float, ptr %2835, i64 %j35.next.6
  %2859 = load float, ptr %2858, align 4
  %2860 = fneg float %2859
  store float %2860, ptr %2858, align 4
  %.idx2975.7 = shl nsw i64 %j35.next.6, 10
  %gep3419.7 = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.7
  store float %2860, ptr %gep3419.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02865, 8
  %niter3776.next.7 = add i64 %niter3776, 8
  %niter3776.ncmp.7 = icmp eq i64 %niter3776.next.7, %unroll_iter3775
  br i1 %niter3776.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02865.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3774.not = icmp eq i64 %xtraiter3773, 0
  br i1 %lcmp.mod3774.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02865.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02865.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %2861 = getelementptr inbounds float, ptr %2835, i64 %j35.addr.02865.epil
  %2862 = load float, ptr %2861, align 4
  %2863 = fneg float %2862
  store float %2863, ptr %2861, align 4
  %.idx2975.epil = shl nsw i64 %j35.addr.02865.epil, 10
  %gep3419.epil = getelementptr inbounds i8, ptr %gep3425, i64 %.idx2975.epil
  store float %2863, ptr %gep3419.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02865.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3773
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx2976 = mul nuw nsw i64 %t6.addr.02867, 2056
  %gep3427 = getelementptr inbounds i8, ptr %invariant.gep3426, i64 %.idx2976
  store float 0.000000e+00, ptr %gep3427, align 4
  %i51 = or disjoint i64 %i50, 1
  %2864 = shl nuw nsw i64 %i51, 8
  %2865 = or disjoint i64 %2864, 128
  %2866 = getelementptr inbounds float, ptr %Ak, i64 %2865
  %gep3429 = getelementptr inbounds float, ptr %invariant.gep3428, i64 %i51
  %xtraiter3777 = and i64 %indvars.iv3194, 7
  %2867 = icmp ult i64 %indvars.iv3190, 7
  br i1 %2867, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3780 = and i64 %indvars.iv3194, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02866 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3781 = phi i64 [ 0, %j35.exit.new ], [ %niter3781.next.7, %j36.body ]
  %2868 = getelementptr inbounds float, ptr %2866, i64 %j36.addr.02866
  %2869 = load float, ptr %2868, align 4
  %2870 = fneg float %2869
  store float %2870, ptr %2868, align 4
  %.idx2977 = shl nsw i64 %j36.addr.02866, 10
  %gep3423 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977
  store float %2870, ptr %gep3423, align 4
  %j36.next = or disjoint i64 %j36.addr.02866, 1
  %2871 = getelementptr inbounds float, ptr %2866, i64 %j36.next
  %2872 = load float, ptr %2871, align 4
  %2873 = fneg float %2872
  store float %2873, ptr %2871, align 4
  %.idx2977.1 = shl nsw i64 %j36.next, 10
  %gep3423.1 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.1
  store float %2873, ptr %gep3423.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02866, 2
  %2874 = getelementptr inbounds float, ptr %2866, i64 %j36.next.1
  %2875 = load float, ptr %2874, align 4
  %2876 = fneg float %2875
  store float %2876, ptr %2874, align 4
  %.idx2977.2 = shl nsw i64 %j36.next.1, 10
  %gep3423.2 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.2
  store float %2876, ptr %gep3423.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02866, 3
  %2877 = getelementptr inbounds float, ptr %2866, i64 %j36.next.2
  %2878 = load float, ptr %2877, align 4
  %2879 = fneg float %2878
  store float %2879, ptr %2877, align 4
  %.idx2977.3 = shl nsw i64 %j36.next.2, 10
  %gep3423.3 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.3
  store float %2879, ptr %gep3423.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02866, 4
  %2880 = getelementptr inbounds float, ptr %2866, i64 %j36.next.3
  %2881 = load float, ptr %2880, align 4
  %2882 = fneg float %2881
  store float %2882, ptr %2880, align 4
  %.idx2977.4 = shl nsw i64 %j36.next.3, 10
  %gep3423.4 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.4
  store float %2882, ptr %gep3423.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02866, 5
  %2883 = getelementptr inbounds float, ptr %2866, i64 %j36.next.4
  %2884 = load float, ptr %2883, align 4
  %2885 = fneg float %2884
  store float %2885, ptr %2883, align 4
  %.idx2977.5 = shl nsw i64 %j36.next.4, 10
  %gep3423.5 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.5
  store float %2885, ptr %gep3423.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02866, 6
  %2886 = getelementptr inbounds float, ptr %2866, i64 %j36.next.5
  %2887 = load float, ptr %2886, align 4
  %2888 = fneg float %2887
  store float %2888, ptr %2886, align 4
  %.idx2977.6 = shl nsw i64 %j36.next.5, 10
  %gep3423.6 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.6
  store float %2888, ptr %gep3423.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02866, 7
  %2889 = getelementptr inbounds float, ptr %2866, i64 %j36.next.6
  %2890 = load float, ptr %2889, align 4
  %2891 = fneg float %2890
  store float %2891, ptr %2889, align 4
  %.idx2977.7 = shl nsw i64 %j36.next.6, 10
  %gep3423.7 = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.7
  store float %2891, ptr %gep3423.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02866, 8
  %niter3781.next.7 = add i64 %niter3781, 8
  %niter3781.ncmp.7 = icmp eq i64 %niter3781.next.7, %unroll_iter3780
  br i1 %niter3781.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02866.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3779.not = icmp eq i64 %xtraiter3777, 0
  br i1 %lcmp.mod3779.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02866.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02866.unr, %j36.exit.unr-lcssa ]
  %epil.iter3778 = phi i64 [ %epil.iter3778.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %2892 = getelementptr inbounds float, ptr %2866, i64 %j36.addr.02866.epil
  %2893 = load float, ptr %2892, align 4
  %2894 = fneg float %2893
  store float %2894, ptr %2892, align 4
  %.idx2977.epil = shl nsw i64 %j36.addr.02866.epil, 10
  %gep3423.epil = getelementptr inbounds i8, ptr %gep3429, i64 %.idx2977.epil
  store float %2894, ptr %gep3423.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02866.epil, 1
  %epil.iter3778.next = add i64 %epil.iter3778, 1
  %epil.iter3778.cmp.not = icmp eq i64 %epil.iter3778.next, %xtraiter3777
  br i1 %epil.iter3778.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %.idx2978 = mul nuw nsw i64 %i51, 1028
  %gep3431 = getelementptr inbounds i8, ptr %invariant.gep3430, i64 %.idx2978
  store float 0.000000e+00, ptr %gep3431, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02867, 1
  %indvars.iv.next3191 = add nuw nsw i64 %indvars.iv3190, 2
  %indvars.iv.next3195 = add nuw nsw i64 %indvars.iv3194, 2
  %exitcond3197.not = icmp eq i64 %t6.next, 64
  br i1 %exitcond3197.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1720
  %i52.addr.02885 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1720 ]
  %2895 = shl nuw nsw i64 %i52.addr.02885, 8
  br label %p13.body

i52.exit:                                         ; preds = %endif1720
  %t7.end = add nsw i64 %L, %t0
  br i1 %2335, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02884 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc159.02883 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2957, %p13.body ]
  %acc158.02882 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2956, %p13.body ]
  %acc157.02881 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2950, %p13.body ]
  %acc156.02880 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2949, %p13.body ]
  %acc155.02879 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2943, %p13.body ]
  %acc154.02878 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2942, %p13.body ]
  %acc153.02877 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2936, %p13.body ]
  %acc152.02876 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2935, %p13.body ]
  %acc151.02875 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2929, %p13.body ]
  %acc150.02874 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2928, %p13.body ]
  %acc149.02873 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2922, %p13.body ]
  %acc148.02872 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2921, %p13.body ]
  %acc147.02871 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2915, %p13.body ]
  %acc146.02870 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2914, %p13.body ]
  %acc145.02869 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2908, %p13.body ]
  %acc144.02868 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2907, %p13.body ]
  %2896 = shl nuw nsw i64 %p13.addr.02884, 5
  %2897 = getelementptr inbounds float, ptr %Bk, i64 %2896
  %2898 = load <16 x float>, ptr %2897, align 4
  %2899 = or disjoint i64 %2896, 16
  %2900 = getelementptr inbounds float, ptr %Bk, i64 %2899
  %2901 = load <16 x float>, ptr %2900, align 4
  %2902 = add nuw nsw i64 %p13.addr.02884, %2895
  %2903 = getelementptr inbounds float, ptr %Ak, i64 %2902
  %2904 = load float, ptr %2903, align 4
  %2905 = insertelement <16 x float> poison, float %2904, i64 0
  %2906 = shufflevector <16 x float> %2905, <16 x float> poison, <16 x i32> zeroinitializer
  %2907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2906, <16 x float> %2898, <16 x float> %acc144.02868)
  %2908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2906, <16 x float> %2901, <16 x float> %acc145.02869)
  %2909 = or disjoint i64 %2902, 256
  %2910 = getelementptr inbounds float, ptr %Ak, i64 %2909
  %2911 = load float, ptr %2910, align 4
  %2912 = insertelement <16 x float> poison, float %2911, i64 0
  %2913 = shufflevector <16 x float> %2912, <16 x float> poison, <16 x i32> zeroinitializer
  %2914 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2913, <16 x float> %2898, <16 x float> %acc146.02870)
  %2915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2913, <16 x float> %2901, <16 x float> %acc147.02871)
  %2916 = or disjoint i64 %2902, 512
  %2917 = getelementptr inbounds float, ptr %Ak, i64 %2916
  %2918 = load float, ptr %2917, align 4
  %2919 = insertelement <16 x float> poison, float %2918, i64 0
  %2920 = shufflevector <16 x float> %2919, <16 x float> poison, <16 x i32> zeroinitializer
  %2921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2898, <16 x float> %acc148.02872)
  %2922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2901, <16 x float> %acc149.02873)
  %2923 = or disjoint i64 %2902, 768
  %2924 = getelementptr inbounds float, ptr %Ak, i64 %2923
  %2925 = load float, ptr %2924, align 4
  %2926 = insertelement <16 x float> poison, float %2925, i64 0
  %2927 = shufflevector <16 x float> %2926, <16 x float> poison, <16 x i32> zeroinitializer
  %2928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2927, <16 x float> %2898, <16 x float> %acc150.02874)
  %2929 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2927, <16 x float> %2901, <16 x float> %acc151.02875)
  %2930 = or disjoint i64 %2902, 1024
  %2931 = getelementptr inbounds float, ptr %Ak, i64 %2930
  %2932 = load float, ptr %2931, align 4
  %2933 = insertelement <16 x float> poison, float %2932, i64 0
  %2934 = shufflevector <16 x float> %2933, <16 x float> poison, <16 x i32> zeroinitializer
  %2935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2934, <16 x float> %2898, <16 x float> %acc152.02876)
  %2936 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2934, <16 x float> %2901, <16 x float> %acc153.02877)
  %2937 = or disjoint i64 %2902, 1280
  %2938 = getelementptr inbounds float, ptr %Ak, i64 %2937
  %2939 = load float, ptr %2938, align 4
  %2940 = insertelement <16 x float> poison, float %2939, i64 0
  %2941 = shufflevector <16 x float> %2940, <16 x float> poison, <16 x i32> zeroinitializer
  %2942 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2941, <16 x float> %2898, <16 x float> %acc154.02878)
  %2943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2941, <16 x float> %2901, <16 x float> %acc155.02879)
  %2944 = or disjoint i64 %2902, 1536
  %2945 = getelementptr inbounds float, ptr %Ak, i64 %2944
  %2946 = load float, ptr %2945, align 4
  %2947 = insertelement <16 x float> poison, float %2946, i64 0
  %2948 = shufflevector <16 x float> %2947, <16 x float> poison, <16 x i32> zeroinitializer
  %2949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2898, <16 x float> %acc156.02880)
  %2950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2901, <16 x float> %acc157.02881)
  %2951 = or disjoint i64 %2902, 1792
  %2952 = getelementptr inbounds float, ptr %Ak, i64 %2951
  %2953 = load float, ptr %2952, align 4
  %2954 = insertelement <16 x float> poison, float %2953, i64 0
  %2955 = shufflevector <16 x float> %2954, <16 x float> poison, <16 x i32> zeroinitializer
  %2956 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2955, <16 x float> %2898, <16 x float> %acc158.02882)
  %2957 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2955, <16 x float> %2901, <16 x float> %acc159.02883)
  %p13.next = add nuw nsw i64 %p13.addr.02884, 1
  %exitcond3198.not = icmp eq i64 %p13.next, 256
  br i1 %exitcond3198.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2958 = icmp slt i64 %i52.addr.02885, %2831
  br i1 %2958, label %then1658, label %endif1664

then1658:                                         ; preds = %p13.exit
  %2959 = shl nuw nsw i64 %i52.addr.02885, 5
  %2960 = add nuw nsw i64 %2959, %2832
  %2961 = getelementptr inbounds float, ptr %dak, i64 %2960
  store <16 x float> %2907, ptr %2961, align 4
  %2962 = or disjoint i64 %2960, 16
  %2963 = getelementptr inbounds float, ptr %dak, i64 %2962
  store <16 x float> %2908, ptr %2963, align 4
  br label %endif1664

endif1664:                                        ; preds = %p13.exit, %then1658
  %2964 = or disjoint i64 %i52.addr.02885, 1
  %2965 = icmp slt i64 %2964, %2831
  br i1 %2965, label %then1666, label %endif1672

then1666:                                         ; preds = %endif1664
  %2966 = shl nuw nsw i64 %2964, 5
  %2967 = add nuw nsw i64 %2966, %2832
  %2968 = getelementptr inbounds float, ptr %dak, i64 %2967
  store <16 x float> %2914, ptr %2968, align 4
  %2969 = or disjoint i64 %2967, 16
  %2970 = getelementptr inbounds float, ptr %dak, i64 %2969
  store <16 x float> %2915, ptr %2970, align 4
  br label %endif1672

endif1672:                                        ; preds = %endif1664, %then1666
  %2971 = or disjoint i64 %i52.addr.02885, 2
  %2972 = icmp slt i64 %2971, %2831
  br i1 %2972, label %then1674, label %endif1680

then1674:                                         ; preds = %endif1672
  %2973 = shl nuw nsw i64 %2971, 5
  %2974 = add nuw nsw i64 %2973, %2832
  %2975 = getelementptr inbounds float, ptr %dak, i64 %2974
  store <16 x float> %2921, ptr %2975, align 4
  %2976 = or disjoint i64 %2974, 16
  %2977 = getelementptr inbounds float, ptr %dak, i64 %2976
  store <16 x float> %2922, ptr %2977, align 4
  br label %endif1680

endif1680:                                        ; preds = %endif1672, %then1674
  %2978 = or disjoint i64 %i52.addr.02885, 3
  %2979 = icmp slt i64 %2978, %2831
  br i1 %2979, label %then1682, label %endif1688

then1682:                                         ; preds = %endif1680
  %2980 = shl nuw nsw i64 %2978, 5
  %2981 = add nuw nsw i64 %2980, %2832
  %2982 = getelementptr inbounds float, ptr %dak, i64 %2981
  store <16 x float> %2928, ptr %2982, align 4
  %2983 = or disjoint i64 %2981, 16
  %2984 = getelementptr inbounds float, ptr %dak, i64 %2983
  store <16 x float> %2929, ptr %2984, align 4
  br label %endif1688

endif1688:                                        ; preds = %endif1680, %then1682
  %2985 = or disjoint i64 %i52.addr.02885, 4
  %2986 = icmp slt i64 %2985, %2831
  br i1 %2986, label %then1690, label %endif1696

then1690:                                         ; preds = %endif1688
  %2987 = shl nuw nsw i64 %2985, 5
  %2988 = add nuw nsw i64 %2987, %2832
  %2989 = getelementptr inbounds float, ptr %dak, i64 %2988
  store <16 x float> %2935, ptr %2989, align 4
  %2990 = or disjoint i64 %2988, 16
  %2991 = getelementptr inbounds float, ptr %dak, i64 %2990
  store <16 x float> %2936, ptr %2991, align 4
  br label %endif1696

endif1696:                                        ; preds = %endif1688, %then1690
  %2992 = or disjoint i64 %i52.addr.02885, 5
  %2993 = icmp slt i64 %2992, %2831
  br i1 %2993, label %then1698, label %endif1704

then1698:                                         ; preds = %endif1696
  %2994 = shl nuw nsw i64 %2992, 5
  %2995 = add nuw nsw i64 %2994, %2832
  %2996 = getelementptr inbounds float, ptr %dak, i64 %2995
  store <16 x float> %2942, ptr %2996, align 4
  %2997 = or disjoint i64 %2995, 16
  %2998 = getelementptr inbounds float, ptr %dak, i64 %2997
  store <16 x float> %2943, ptr %2998, align 4
  br label %endif1704

endif1704:                                        ; preds = %endif1696, %then1698
  %2999 = or disjoint i64 %i52.addr.02885, 6
  %3000 = icmp slt i64 %2999, %2831
  br i1 %3000, label %then1706, label %endif1712

then1706:                                         ; preds = %endif1704
  %3001 = shl nuw nsw i64 %2999, 5
  %3002 = add nuw nsw i64 %3001, %2832
  %3003 = getelementptr inbounds float, ptr %dak, i64 %3002
  store <16 x float> %2949, ptr %3003, align 4
  %3004 = or disjoint i64 %3002, 16
  %3005 = getelementptr inbounds float, ptr %dak, i64 %3004
  store <16 x float> %2950, ptr %3005, align 4
  br label %endif1712

endif1712:                                        ; preds = %endif1704, %then1706
  %3006 = or disjoint i64 %i52.addr.02885, 7
  %3007 = icmp slt i64 %3006, %2831
  br i1 %3007, label %then1714, label %endif1720

then1714:                                         ; preds = %endif1712
  %3008 = shl nuw nsw i64 %3006, 5
  %3009 = add nuw nsw i64 %3008, %2832
  %3010 = getelementptr inbounds float, ptr %dak, i64 %3009
  store <16 x float> %2956, ptr %3010, align 4
  %3011 = or disjoint i64 %3009, 16
  %3012 = getelementptr inbounds float, ptr %dak, i64 %3011
  store <16 x float> %2957, ptr %3012, align 4
  br label %endif1720

endif1720:                                        ; preds = %endif1712, %then1714
  %i52.next = add nuw nsw i64 %i52.addr.02885, 8
  %3013 = icmp ult i64 %i52.addr.02885, 120
  br i1 %3013, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.02890 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3014 = add nsw i64 %t7.addr.02890, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3014, i64 %5)
  %3015 = add nsw i64 %tp2, %40
  %3016 = mul nsw i64 %3015, %dq_ts
  %gep2892 = getelementptr float, ptr %invariant.gep2891, i64 %3016
  tail call void @llvm.prefetch.p0(ptr %gep2892, i32 0, i32 2, i32 1)
  %3017 = getelementptr i8, ptr %gep2892, i64 64
  tail call void @llvm.prefetch.p0(ptr %3017, i32 0, i32 2, i32 1)
  %3018 = mul nsw i64 %3015, %dk_ts
  %gep2894 = getelementptr float, ptr %invariant.gep2893, i64 %3018
  tail call void @llvm.prefetch.p0(ptr %gep2894, i32 0, i32 2, i32 1)
  %3019 = getelementptr i8, ptr %gep2894, i64 64
  tail call void @llvm.prefetch.p0(ptr %3019, i32 0, i32 2, i32 1)
  %3020 = mul nsw i64 %3015, %dv_ts
  %gep2896 = getelementptr float, ptr %invariant.gep2895, i64 %3020
  tail call void @llvm.prefetch.p0(ptr %gep2896, i32 0, i32 2, i32 1)
  %3021 = getelementptr i8, ptr %gep2896, i64 64
  tail call void @llvm.prefetch.p0(ptr %3021, i32 0, i32 2, i32 1)
  %gep2898 = getelementptr float, ptr %invariant.gep2897, i64 %3018
  tail call void @llvm.prefetch.p0(ptr %gep2898, i32 0, i32 2, i32 1)
  %3022 = getelementptr i8, ptr %gep2898, i64 64
  tail call void @llvm.prefetch.p0(ptr %3022, i32 0, i32 2, i32 1)
  %gep2900 = getelementptr float, ptr %invariant.gep2899, i64 %3020
  tail call void @llvm.prefetch.p0(ptr %gep2900, i32 0, i32 2, i32 1)
  %3023 = getelementptr i8, ptr %gep2900, i64 64
  tail call void @llvm.prefetch.p0(ptr %3023, i32 0, i32 2, i32 1)
  %3024 = shl nsw i64 %t7.addr.02890, 5
  %3025 = getelementptr inbounds float, ptr %invariant.gep2920, i64 %3024
  %3026 = load <16 x float>, ptr %3025, align 4
  %3027 = or disjoint i64 %3024, 16
  %3028 = getelementptr inbounds float, ptr %invariant.gep2920, i64 %3027
  %3029 = load <16 x float>, ptr %3028, align 4
  %3030 = getelementptr inbounds float, ptr %gep2919, i64 %3024
  %3031 = load <16 x float>, ptr %3030, align 4
  %3032 = getelementptr inbounds float, ptr %gep2919, i64 %3027
  %3033 = load <16 x float>, ptr %3032, align 4
  %3034 = getelementptr inbounds float, ptr %gep2921, i64 %t7.addr.02890
  %3035 = load float, ptr %3034, align 4
  %3036 = fmul <16 x float> %3026, %3031
  %3037 = fmul <16 x float> %3029, %3033
  %3038 = fadd <16 x float> %3036, %3037
  %3039 = shufflevector <16 x float> %3038, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3040 = shufflevector <16 x float> %3038, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3041 = fadd <8 x float> %3039, %3040
  %3042 = shufflevector <8 x float> %3041, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3043 = shufflevector <8 x float> %3041, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3044 = fadd <4 x float> %3042, %3043
  %3045 = shufflevector <4 x float> %3044, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3046 = shufflevector <4 x float> %3044, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3047 = fadd <2 x float> %3045, %3046
  %shift3596 = shufflevector <2 x float> %3047, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3048 = fadd <2 x float> %3047, %shift3596
  %3049 = shufflevector <2 x float> %3048, <2 x float> poison, <16 x i32> zeroinitializer
  %3050 = fmul <16 x float> %3026, %3049
  %3051 = fsub <16 x float> %3031, %3050
  %3052 = insertelement <16 x float> poison, float %3035, i64 0
  %3053 = shufflevector <16 x float> %3052, <16 x float> poison, <16 x i32> zeroinitializer
  %3054 = fmul <16 x float> %3053, %3051
  %3055 = add nsw i64 %t7.addr.02890, %40
  %3056 = mul nsw i64 %3055, %dq_ts
  %gep2902 = getelementptr float, ptr %invariant.gep2891, i64 %3056
  store <16 x float> %3054, ptr %gep2902, align 4
  %3057 = fmul <16 x float> %3029, %3049
  %3058 = fsub <16 x float> %3033, %3057
  %3059 = fmul <16 x float> %3053, %3058
  %3060 = getelementptr i8, ptr %gep2902, i64 64
  store <16 x float> %3059, ptr %3060, align 4
  %3061 = shl nsw i64 %t7.addr.02890, 1
  %3062 = shl nsw i64 %t7.addr.02890, 6
  %3063 = getelementptr inbounds float, ptr %gep2915, i64 %3062
  %3064 = load <16 x float>, ptr %3063, align 4
  %3065 = or disjoint i64 %3062, 16
  %3066 = getelementptr inbounds float, ptr %gep2915, i64 %3065
  %3067 = load <16 x float>, ptr %3066, align 4
  %3068 = getelementptr inbounds float, ptr %dak, i64 %3062
  %3069 = load <16 x float>, ptr %3068, align 4
  %3070 = getelementptr inbounds float, ptr %dak, i64 %3065
  %3071 = load <16 x float>, ptr %3070, align 4
  %gep2887 = getelementptr float, ptr %invariant.gep, i64 %3061
  %3072 = load float, ptr %gep2887, align 4
  %3073 = fmul <16 x float> %3064, %3069
  %3074 = fmul <16 x float> %3067, %3071
  %3075 = fadd <16 x float> %3073, %3074
  %3076 = shufflevector <16 x float> %3075, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3077 = shufflevector <16 x float> %3075, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3078 = fadd <8 x float> %3076, %3077
  %3079 = shufflevector <8 x float> %3078, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3080 = shufflevector <8 x float> %3078, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3081 = fadd <4 x float> %3079, %3080
  %3082 = shufflevector <4 x float> %3081, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3083 = shufflevector <4 x float> %3081, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3084 = fadd <2 x float> %3082, %3083
  %shift3597 = shufflevector <2 x float> %3084, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3085 = fadd <2 x float> %3084, %shift3597
  %3086 = shufflevector <2 x float> %3085, <2 x float> poison, <16 x i32> zeroinitializer
  %3087 = fmul <16 x float> %3064, %3086
  %3088 = fsub <16 x float> %3069, %3087
  %3089 = insertelement <16 x float> poison, float %3072, i64 0
  %3090 = shufflevector <16 x float> %3089, <16 x float> poison, <16 x i32> zeroinitializer
  %3091 = fmul <16 x float> %3090, %3088
  %3092 = mul nsw i64 %3055, %dk_ts
  %gep2904 = getelementptr float, ptr %invariant.gep2893, i64 %3092
  store <16 x float> %3091, ptr %gep2904, align 4
  %3093 = fmul <16 x float> %3067, %3086
  %3094 = fsub <16 x float> %3071, %3093
  %3095 = fmul <16 x float> %3090, %3094
  %3096 = getelementptr i8, ptr %gep2904, i64 64
  store <16 x float> %3095, ptr %3096, align 4
  %3097 = getelementptr inbounds float, ptr %dav, i64 %3062
  %3098 = load <16 x float>, ptr %3097, align 4
  %3099 = getelementptr inbounds float, ptr %dav, i64 %3065
  %3100 = load <16 x float>, ptr %3099, align 4
  %3101 = mul nsw i64 %3055, %dv_ts
  %gep2906 = getelementptr float, ptr %invariant.gep2895, i64 %3101
  store <16 x float> %3098, ptr %gep2906, align 4
  %3102 = getelementptr i8, ptr %gep2906, i64 64
  store <16 x float> %3100, ptr %3102, align 4
  %3103 = or disjoint i64 %3061, 1
  %3104 = shl nsw i64 %3103, 5
  %3105 = getelementptr inbounds float, ptr %gep2915, i64 %3104
  %3106 = load <16 x float>, ptr %3105, align 4
  %3107 = or disjoint i64 %3104, 16
  %3108 = getelementptr inbounds float, ptr %gep2915, i64 %3107
  %3109 = load <16 x float>, ptr %3108, align 4
  %3110 = getelementptr inbounds float, ptr %dak, i64 %3104
  %3111 = load <16 x float>, ptr %3110, align 4
  %3112 = getelementptr inbounds float, ptr %dak, i64 %3107
  %3113 = load <16 x float>, ptr %3112, align 4
  %gep2889 = getelementptr float, ptr %invariant.gep, i64 %3103
  %3114 = load float, ptr %gep2889, align 4
  %3115 = fmul <16 x float> %3106, %3111
  %3116 = fmul <16 x float> %3109, %3113
  %3117 = fadd <16 x float> %3115, %3116
  %3118 = shufflevector <16 x float> %3117, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3119 = shufflevector <16 x float> %3117, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3120 = fadd <8 x float> %3118, %3119
  %3121 = shufflevector <8 x float> %3120, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3122 = shufflevector <8 x float> %3120, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3123 = fadd <4 x float> %3121, %3122
  %3124 = shufflevector <4 x float> %3123, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3125 = shufflevector <4 x float> %3123, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3126 = fadd <2 x float> %3124, %3125
  %shift3598 = shufflevector <2 x float> %3126, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3127 = fadd <2 x float> %3126, %shift3598
  %3128 = shufflevector <2 x float> %3127, <2 x float> poison, <16 x i32> zeroinitializer
  %3129 = fmul <16 x float> %3106, %3128
  %3130 = fsub <16 x float> %3111, %3129
  %3131 = insertelement <16 x float> poison, float %3114, i64 0
  %3132 = shufflevector <16 x float> %3131, <16 x float> poison, <16 x i32> zeroinitializer
  %3133 = fmul <16 x float> %3132, %3130
  %gep2908 = getelementptr float, ptr %invariant.gep2897, i64 %3092
  store <16 x float> %3133, ptr %gep2908, align 4
  %3134 = fmul <16 x float> %3109, %3128
  %3135 = fsub <16 x float> %3113, %3134
  %3136 = fmul <16 x float> %3132, %3135
  %3137 = getelementptr i8, ptr %gep2908, i64 64
  store <16 x float> %3136, ptr %3137, align 4
  %3138 = getelementptr inbounds float, ptr %dav, i64 %3104
  %3139 = load <16 x float>, ptr %3138, align 4
  %3140 = getelementptr inbounds float, ptr %dav, i64 %3107
  %3141 = load <16 x float>, ptr %3140, align 4
  %gep2910 = getelementptr float, ptr %invariant.gep2899, i64 %3101
  store <16 x float> %3139, ptr %gep2910, align 4
  %3142 = getelementptr i8, ptr %gep2910, i64 64
  store <16 x float> %3141, ptr %3142, align 4
  %t7.next = add nsw i64 %t7.addr.02890, 1
  %3143 = icmp slt i64 %t7.next, %t7.end
  br i1 %3143, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.02911, 1
  %indvars.iv.next3186 = add i64 %indvars.iv3185, 64
  %exitcond3200.not = icmp eq i64 %cc.next, %smax3199
  br i1 %exitcond3200.not, label %j38.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3144 = getelementptr i8, ptr %dh0, i64 %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3144, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202, i64 128, i1 false)
  %scevgep3201.1 = getelementptr i8, ptr %3144, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.1, i64 128, i1 false)
  %scevgep3201.2 = getelementptr i8, ptr %3144, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.2, i64 128, i1 false)
  %scevgep3201.3 = getelementptr i8, ptr %3144, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.3, i64 128, i1 false)
  %scevgep3201.4 = getelementptr i8, ptr %3144, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.4, i64 128, i1 false)
  %scevgep3201.5 = getelementptr i8, ptr %3144, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.5, i64 128, i1 false)
  %scevgep3201.6 = getelementptr i8, ptr %3144, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.6, i64 128, i1 false)
  %scevgep3201.7 = getelementptr i8, ptr %3144, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.7, i64 128, i1 false)
  %scevgep3201.8 = getelementptr i8, ptr %3144, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.8, i64 128, i1 false)
  %scevgep3201.9 = getelementptr i8, ptr %3144, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.9, i64 128, i1 false)
  %scevgep3201.10 = getelementptr i8, ptr %3144, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.10, i64 128, i1 false)
  %scevgep3201.11 = getelementptr i8, ptr %3144, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.11, i64 128, i1 false)
  %scevgep3201.12 = getelementptr i8, ptr %3144, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.12, i64 128, i1 false)
  %scevgep3201.13 = getelementptr i8, ptr %3144, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.13, i64 128, i1 false)
  %scevgep3201.14 = getelementptr i8, ptr %3144, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.14, i64 128, i1 false)
  %scevgep3201.15 = getelementptr i8, ptr %3144, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.15, i64 128, i1 false)
  %scevgep3201.16 = getelementptr i8, ptr %3144, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.16, i64 128, i1 false)
  %scevgep3201.17 = getelementptr i8, ptr %3144, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.17, i64 128, i1 false)
  %scevgep3201.18 = getelementptr i8, ptr %3144, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.18, i64 128, i1 false)
  %scevgep3201.19 = getelementptr i8, ptr %3144, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.19, i64 128, i1 false)
  %scevgep3201.20 = getelementptr i8, ptr %3144, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.20, i64 128, i1 false)
  %scevgep3201.21 = getelementptr i8, ptr %3144, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.21, i64 128, i1 false)
  %scevgep3201.22 = getelementptr i8, ptr %3144, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.22, i64 128, i1 false)
  %scevgep3201.23 = getelementptr i8, ptr %3144, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.23, i64 128, i1 false)
  %scevgep3201.24 = getelementptr i8, ptr %3144, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.24, i64 128, i1 false)
  %scevgep3201.25 = getelementptr i8, ptr %3144, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.25, i64 128, i1 false)
  %scevgep3201.26 = getelementptr i8, ptr %3144, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.26, i64 128, i1 false)
  %scevgep3201.27 = getelementptr i8, ptr %3144, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.27, i64 128, i1 false)
  %scevgep3201.28 = getelementptr i8, ptr %3144, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.28, i64 128, i1 false)
  %scevgep3201.29 = getelementptr i8, ptr %3144, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.29, i64 128, i1 false)
  %scevgep3201.30 = getelementptr i8, ptr %3144, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.30, i64 128, i1 false)
  %scevgep3201.31 = getelementptr i8, ptr %3144, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3201.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3202.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02922, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3204.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3204.not, label %bh.exit, label %bh.body
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
