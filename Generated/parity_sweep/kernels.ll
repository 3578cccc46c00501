; ---- dp_fwd_h2_k32_v32_r16_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r16_nogate_l2norm'
source_filename = "dp_fwd_h2_k32_v32_r16_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h2_k32_v32_r16_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs317 = ptrtoint ptr %hs to i64
  %invariant.gep272 = getelementptr i8, ptr %work, i64 4160
  %sv = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 7
  %gep271 = getelementptr i8, ptr %invariant.gep272, i64 %.idx
  %.idx205 = mul i64 %T, 384
  %gep273 = getelementptr i8, ptr %invariant.gep272, i64 %.idx205
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 15
  %nc = sdiv i64 %4, 16
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 12
  %7 = shl i64 %nc, 12
  %8 = and i64 %hs317, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  %10 = icmp eq i64 %8, 0
  %11 = getelementptr i8, ptr %hs, i64 %6
  %12 = getelementptr i8, ptr %gep271, i64 64
  %13 = getelementptr i8, ptr %work, i64 4224
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
  %t0 = shl nsw i64 %ci.addr.0267, 4
  %137 = add nuw nsw i64 %t0, 16
  %138 = shl i64 %ci.addr.0267, 10
  %.idx276 = shl nsw i64 %ci.addr.0267, 11
  %invariant.gep338 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx276
  br label %i3.body

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0231 = phi i64 [ %i1.next.7, %j1.head.preheader ], [ 0, %ci.body ]
  %139 = shl nuw nsw i64 %i1.addr.0231, 5
  %140 = or disjoint i64 %139, %136
  %141 = getelementptr inbounds float, ptr %work, i64 %139
  %142 = load <16 x float>, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %hs, i64 %140
  store <16 x float> %142, ptr %143, align 64, !nontemporal !0
  %144 = or disjoint i64 %139, 16
  %145 = getelementptr inbounds float, ptr %work, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = or disjoint i64 %140, 16
  %148 = getelementptr inbounds float, ptr %hs, i64 %147
  store <16 x float> %146, ptr %148, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0231, 5
  %149 = or disjoint i64 %i1.next, 32
  %150 = or disjoint i64 %149, %136
  %151 = getelementptr inbounds float, ptr %work, i64 %149
  %152 = load <16 x float>, ptr %151, align 4
  %153 = getelementptr inbounds float, ptr %hs, i64 %150
  store <16 x float> %152, ptr %153, align 64, !nontemporal !0
  %154 = or disjoint i64 %i1.next, 48
  %155 = getelementptr inbounds float, ptr %work, i64 %154
  %156 = load <16 x float>, ptr %155, align 4
  %157 = or disjoint i64 %150, 16
  %158 = getelementptr inbounds float, ptr %hs, i64 %157
  store <16 x float> %156, ptr %158, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0231, 5
  %159 = or disjoint i64 %i1.next.1, 64
  %160 = or disjoint i64 %159, %136
  %161 = getelementptr inbounds float, ptr %work, i64 %159
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr inbounds float, ptr %hs, i64 %160
  store <16 x float> %162, ptr %163, align 64, !nontemporal !0
  %164 = or disjoint i64 %i1.next.1, 80
  %165 = getelementptr inbounds float, ptr %work, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = or disjoint i64 %160, 16
  %168 = getelementptr inbounds float, ptr %hs, i64 %167
  store <16 x float> %166, ptr %168, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0231, 5
  %169 = or disjoint i64 %i1.next.2, 96
  %170 = or disjoint i64 %169, %136
  %171 = getelementptr inbounds float, ptr %work, i64 %169
  %172 = load <16 x float>, ptr %171, align 4
  %173 = getelementptr inbounds float, ptr %hs, i64 %170
  store <16 x float> %172, ptr %173, align 64, !nontemporal !0
  %174 = or disjoint i64 %i1.next.2, 112
  %175 = getelementptr inbounds float, ptr %work, i64 %174
  %176 = load <16 x float>, ptr %175, align 4
  %177 = or disjoint i64 %170, 16
  %178 = getelementptr inbounds float, ptr %hs, i64 %177
  store <16 x float> %176, ptr %178, align 64, !nontemporal !0
  %i1.next.3 = shl i64 %i1.addr.0231, 5
  %179 = or disjoint i64 %i1.next.3, 128
  %180 = or disjoint i64 %179, %136
  %181 = getelementptr inbounds float, ptr %work, i64 %179
  %182 = load <16 x float>, ptr %181, align 4
  %183 = getelementptr inbounds float, ptr %hs, i64 %180
  store <16 x float> %182, ptr %183, align 64, !nontemporal !0
  %184 = or disjoint i64 %i1.next.3, 144
  %185 = getelementptr inbounds float, ptr %work, i64 %184
  %186 = load <16 x float>, ptr %185, align 4
  %187 = or disjoint i64 %180, 16
  %188 = getelementptr inbounds float, ptr %hs, i64 %187
  store <16 x float> %186, ptr %188, align 64, !nontemporal !0
  %i1.next.4 = shl i64 %i1.addr.0231, 5
  %189 = or disjoint i64 %i1.next.4, 160
  %190 = or disjoint i64 %189, %136
  %191 = getelementptr inbounds float, ptr %work, i64 %189
  %192 = load <16 x float>, ptr %191, align 4
  %193 = getelementptr inbounds float, ptr %hs, i64 %190
  store <16 x float> %192, ptr %193, align 64, !nontemporal !0
  %194 = or disjoint i64 %i1.next.4, 176
  %195 = getelementptr inbounds float, ptr %work, i64 %194
  %196 = load <16 x float>, ptr %195, align 4
  %197 = or disjoint i64 %190, 16
  %198 = getelementptr inbounds float, ptr %hs, i64 %197
  store <16 x float> %196, ptr %198, align 64, !nontemporal !0
  %i1.next.5 = shl i64 %i1.addr.0231, 5
  %199 = or disjoint i64 %i1.next.5, 192
  %200 = or disjoint i64 %199, %136
  %201 = getelementptr inbounds float, ptr %work, i64 %199
  %202 = load <16 x float>, ptr %201, align 4
  %203 = getelementptr inbounds float, ptr %hs, i64 %200
  store <16 x float> %202, ptr %203, align 64, !nontemporal !0
  %204 = or disjoint i64 %i1.next.5, 208
  %205 = getelementptr inbounds float, ptr %work, i64 %204
  %206 = load <16 x float>, ptr %205, align 4
  %207 = or disjoint i64 %200, 16
  %208 = getelementptr inbounds float, ptr %hs, i64 %207
  store <16 x float> %206, ptr %208, align 64, !nontemporal !0
  %i1.next.6 = shl i64 %i1.addr.0231, 5
  %209 = or disjoint i64 %i1.next.6, 224
  %210 = or disjoint i64 %209, %136
  %211 = getelementptr inbounds float, ptr %work, i64 %209
  %212 = load <16 x float>, ptr %211, align 4
  %213 = getelementptr inbounds float, ptr %hs, i64 %210
  store <16 x float> %212, ptr %213, align 64, !nontemporal !0
  %214 = or disjoint i64 %i1.next.6, 240
  %215 = getelementptr inbounds float, ptr %work, i64 %214
  %216 = load <16 x float>, ptr %215, align 4
  %217 = or disjoint i64 %210, 16
  %218 = getelementptr inbounds float, ptr %hs, i64 %217
  store <16 x float> %216, ptr %218, align 64, !nontemporal !0
  %i1.next.7 = add nuw nsw i64 %i1.addr.0231, 8
  %exitcond313.not.7 = icmp eq i64 %i1.next.7, 32
  br i1 %exitcond313.not.7, label %endif, label %j1.head.preheader

i4.head.preheader:                                ; preds = %i3.body
  %219 = getelementptr inbounds float, ptr %gep271, i64 %138
  %220 = load <16 x float>, ptr %219, align 4
  %221 = or disjoint i64 %138, 32
  %222 = getelementptr inbounds float, ptr %gep271, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %220, <16 x float> %223, <16 x float> zeroinitializer)
  %225 = or disjoint i64 %138, 16
  %226 = getelementptr inbounds float, ptr %gep271, i64 %225
  %227 = load <16 x float>, ptr %226, align 4
  %228 = or disjoint i64 %138, 48
  %229 = getelementptr inbounds float, ptr %gep271, i64 %228
  %230 = load <16 x float>, ptr %229, align 4
  %231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %227, <16 x float> %230, <16 x float> %224)
  %232 = shufflevector <16 x float> %231, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %233 = shufflevector <16 x float> %231, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %234 = fadd <8 x float> %232, %233
  %235 = shufflevector <8 x float> %234, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %236 = shufflevector <8 x float> %234, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %237 = fadd <4 x float> %235, %236
  %238 = shufflevector <4 x float> %237, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %239 = shufflevector <4 x float> %237, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %240 = fadd <2 x float> %238, %239
  %241 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx276
  %242 = load <16 x float>, ptr %241, align 4
  %243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %220, <16 x float> %242, <16 x float> zeroinitializer)
  %244 = getelementptr i8, ptr %12, i64 %134
  %245 = load <16 x float>, ptr %244, align 4
  %246 = getelementptr inbounds i8, ptr %13, i64 %.idx276
  %247 = load <16 x float>, ptr %246, align 4
  %248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %245, <16 x float> %247, <16 x float> %243)
  %249 = shufflevector <16 x float> %248, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %250 = shufflevector <16 x float> %248, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %251 = fadd <8 x float> %249, %250
  %252 = shufflevector <8 x float> %251, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %253 = shufflevector <8 x float> %251, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %254 = fadd <4 x float> %252, %253
  %255 = shufflevector <4 x float> %254, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %256 = shufflevector <4 x float> %254, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %257 = fadd <2 x float> %255, %256
  %258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %223, <16 x float> %242, <16 x float> zeroinitializer)
  %259 = getelementptr i8, ptr %244, i64 128
  %260 = load <16 x float>, ptr %259, align 4
  %261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %260, <16 x float> %247, <16 x float> %258)
  %t1 = tail call i64 @llvm.smin.i64(i64 %137, i64 %T)
  %shift363 = shufflevector <2 x float> %240, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %262 = fadd <2 x float> %240, %shift363
  %shift364 = shufflevector <2 x float> %257, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %263 = fadd <2 x float> %257, %shift364
  %264 = shufflevector <16 x float> %261, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %265 = shufflevector <16 x float> %261, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %266 = fadd <8 x float> %264, %265
  %267 = shufflevector <8 x float> %266, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %268 = shufflevector <8 x float> %266, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %269 = fadd <4 x float> %267, %268
  %270 = shufflevector <4 x float> %269, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %271 = shufflevector <4 x float> %269, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %272 = fadd <2 x float> %270, %271
  %shift365 = shufflevector <2 x float> %272, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %273 = fadd <2 x float> %272, %shift365
  %274 = shl nsw i64 %ci.addr.0267, 5
  %275 = mul nsw i64 %274, %H
  %276 = getelementptr inbounds float, ptr %betah, i64 %275
  %277 = load float, ptr %276, align 4
  %278 = getelementptr inbounds float, ptr %gep273, i64 %138
  %279 = load <16 x float>, ptr %278, align 4
  %280 = fsub <16 x float> %279, %359
  %281 = insertelement <16 x float> poison, float %277, i64 0
  %282 = shufflevector <16 x float> %281, <16 x float> poison, <16 x i32> zeroinitializer
  %283 = fmul <16 x float> %282, %280
  %284 = or disjoint i64 %138, 16
  %285 = getelementptr inbounds float, ptr %gep273, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %287 = fsub <16 x float> %286, %369
  %288 = fmul <16 x float> %282, %287
  %289 = or disjoint i64 %274, 1
  %290 = mul nsw i64 %289, %H
  %291 = getelementptr inbounds float, ptr %betah, i64 %290
  %292 = load float, ptr %291, align 4
  %293 = shl nsw i64 %289, 5
  %294 = getelementptr inbounds float, ptr %gep273, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = shufflevector <2 x float> %262, <2 x float> poison, <16 x i32> zeroinitializer
  %297 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %296, <16 x float> %283, <16 x float> %362)
  %298 = fsub <16 x float> %295, %297
  %299 = insertelement <16 x float> poison, float %292, i64 0
  %300 = shufflevector <16 x float> %299, <16 x float> poison, <16 x i32> zeroinitializer
  %301 = fmul <16 x float> %300, %298
  %302 = or disjoint i64 %293, 16
  %303 = getelementptr inbounds float, ptr %gep273, i64 %302
  %304 = load <16 x float>, ptr %303, align 4
  %305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %296, <16 x float> %288, <16 x float> %370)
  %306 = fsub <16 x float> %304, %305
  %307 = fmul <16 x float> %300, %306
  %308 = shufflevector <2 x float> %273, <2 x float> poison, <16 x i32> zeroinitializer
  %309 = shufflevector <2 x float> %263, <2 x float> poison, <16 x i32> zeroinitializer
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %309, <16 x float> %283, <16 x float> %365)
  %311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %308, <16 x float> %301, <16 x float> %310)
  %312 = fmul <16 x float> %311, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %313 = mul nsw i64 %t0, %sv
  %314 = getelementptr inbounds float, ptr %oh, i64 %313
  store <16 x float> %312, ptr %314, align 4
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %309, <16 x float> %288, <16 x float> %371)
  %316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %308, <16 x float> %307, <16 x float> %315)
  %317 = fmul <16 x float> %316, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %318 = or disjoint i64 %313, 16
  %319 = getelementptr inbounds float, ptr %oh, i64 %318
  store <16 x float> %317, ptr %319, align 4
  %320 = or disjoint i64 %t0, 1
  %321 = icmp slt i64 %320, %t1
  br i1 %321, label %i7.head.preheader, label %i11.head.preheader

i3.body:                                          ; preds = %i3.body, %endif
  %acc.0238 = phi <16 x float> [ zeroinitializer, %endif ], [ %359, %i3.body ]
  %acc1.0237 = phi <16 x float> [ zeroinitializer, %endif ], [ %369, %i3.body ]
  %acc2.0236 = phi <16 x float> [ zeroinitializer, %endif ], [ %362, %i3.body ]
  %acc3.0235 = phi <16 x float> [ zeroinitializer, %endif ], [ %370, %i3.body ]
  %acc4.0234 = phi <16 x float> [ zeroinitializer, %endif ], [ %365, %i3.body ]
  %acc5.0233 = phi <16 x float> [ zeroinitializer, %endif ], [ %371, %i3.body ]
  %i3.addr.0232 = phi i64 [ 0, %endif ], [ %i3.next.1, %i3.body ]
  %322 = add nuw nsw i64 %i3.addr.0232, %138
  %323 = getelementptr inbounds float, ptr %gep271, i64 %322
  %324 = load float, ptr %323, align 4
  %325 = or disjoint i64 %322, 32
  %326 = getelementptr inbounds float, ptr %gep271, i64 %325
  %327 = load float, ptr %326, align 4
  %gep339 = getelementptr inbounds float, ptr %invariant.gep338, i64 %i3.addr.0232
  %328 = load float, ptr %gep339, align 4
  %329 = shl nuw nsw i64 %i3.addr.0232, 5
  %330 = getelementptr inbounds float, ptr %work, i64 %329
  %331 = load <16 x float>, ptr %330, align 4
  %332 = insertelement <16 x float> poison, float %324, i64 0
  %333 = shufflevector <16 x float> %332, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %333, <16 x float> %331, <16 x float> %acc.0238)
  %335 = insertelement <16 x float> poison, float %327, i64 0
  %336 = shufflevector <16 x float> %335, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %336, <16 x float> %331, <16 x float> %acc2.0236)
  %338 = insertelement <16 x float> poison, float %328, i64 0
  %339 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %339, <16 x float> %331, <16 x float> %acc4.0234)
  %341 = or disjoint i64 %329, 16
  %342 = getelementptr inbounds float, ptr %work, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %333, <16 x float> %343, <16 x float> %acc1.0237)
  %345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %336, <16 x float> %343, <16 x float> %acc3.0235)
  %346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %339, <16 x float> %343, <16 x float> %acc5.0233)
  %i3.next = or disjoint i64 %i3.addr.0232, 1
  %347 = add nuw nsw i64 %i3.next, %138
  %348 = getelementptr inbounds float, ptr %gep271, i64 %347
  %349 = load float, ptr %348, align 4
  %350 = or disjoint i64 %347, 32
  %351 = getelementptr inbounds float, ptr %gep271, i64 %350
  %352 = load float, ptr %351, align 4
  %gep339.1 = getelementptr inbounds float, ptr %invariant.gep338, i64 %i3.next
  %353 = load float, ptr %gep339.1, align 4
  %354 = shl nuw nsw i64 %i3.next, 5
  %355 = getelementptr inbounds float, ptr %work, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = insertelement <16 x float> poison, float %349, i64 0
  %358 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %358, <16 x float> %356, <16 x float> %334)
  %360 = insertelement <16 x float> poison, float %352, i64 0
  %361 = shufflevector <16 x float> %360, <16 x float> poison, <16 x i32> zeroinitializer
  %362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %361, <16 x float> %356, <16 x float> %337)
  %363 = insertelement <16 x float> poison, float %353, i64 0
  %364 = shufflevector <16 x float> %363, <16 x float> poison, <16 x i32> zeroinitializer
  %365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %364, <16 x float> %356, <16 x float> %340)
  %366 = or disjoint i64 %354, 16
  %367 = getelementptr inbounds float, ptr %work, i64 %366
  %368 = load <16 x float>, ptr %367, align 4
  %369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %358, <16 x float> %368, <16 x float> %344)
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %361, <16 x float> %368, <16 x float> %345)
  %371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %364, <16 x float> %368, <16 x float> %346)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0232, 2
  %exitcond314.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond314.not.1, label %i4.head.preheader, label %i3.body

i11.head.preheader:                               ; preds = %i8.head.preheader, %i4.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %307, %i4.head.preheader ], [ %461, %i8.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %301, %i4.head.preheader ], [ %455, %i8.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %288, %i4.head.preheader ], [ %442, %i8.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %283, %i4.head.preheader ], [ %437, %i8.head.preheader ]
  %.idx322 = shl i64 %t1, 8
  %invariant.gep344 = getelementptr i8, ptr %gep271, i64 %.idx322
  br label %i11.body

i7.head.preheader:                                ; preds = %i4.head.preheader, %i8.head.preheader
  %delta.0262 = phi <16 x float> [ %437, %i8.head.preheader ], [ %283, %i4.head.preheader ]
  %delta1.0261 = phi <16 x float> [ %442, %i8.head.preheader ], [ %288, %i4.head.preheader ]
  %delta2.0260 = phi <16 x float> [ %455, %i8.head.preheader ], [ %301, %i4.head.preheader ]
  %delta3.0259 = phi <16 x float> [ %461, %i8.head.preheader ], [ %307, %i4.head.preheader ]
  %t1.addr.0258 = phi i64 [ %t1.next, %i8.head.preheader ], [ %320, %i4.head.preheader ]
  %372 = shl i64 %t1.addr.0258, 6
  %invariant.gep340 = getelementptr float, ptr %gep271, i64 %372
  %.idx281 = shl nsw i64 %t1.addr.0258, 7
  %invariant.gep342 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx281
  br label %i7.body

i8.head.preheader:                                ; preds = %i7.body
  %373 = getelementptr inbounds float, ptr %gep271, i64 %372
  %374 = load <16 x float>, ptr %373, align 4
  %375 = or disjoint i64 %372, 32
  %376 = getelementptr inbounds float, ptr %gep271, i64 %375
  %377 = load <16 x float>, ptr %376, align 4
  %378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %374, <16 x float> %377, <16 x float> zeroinitializer)
  %379 = or disjoint i64 %372, 16
  %380 = getelementptr inbounds float, ptr %gep271, i64 %379
  %381 = load <16 x float>, ptr %380, align 4
  %382 = or disjoint i64 %372, 48
  %383 = getelementptr inbounds float, ptr %gep271, i64 %382
  %384 = load <16 x float>, ptr %383, align 4
  %385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %381, <16 x float> %384, <16 x float> %378)
  %386 = shufflevector <16 x float> %385, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %387 = shufflevector <16 x float> %385, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %388 = fadd <8 x float> %386, %387
  %389 = shufflevector <8 x float> %388, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %390 = shufflevector <8 x float> %388, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %391 = fadd <4 x float> %389, %390
  %392 = shufflevector <4 x float> %391, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %393 = shufflevector <4 x float> %391, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %394 = fadd <2 x float> %392, %393
  %.idx282 = shl i64 %t1.addr.0258, 8
  %395 = getelementptr inbounds i8, ptr %invariant.gep272, i64 %.idx281
  %396 = load <16 x float>, ptr %395, align 4
  %397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %374, <16 x float> %396, <16 x float> zeroinitializer)
  %398 = getelementptr i8, ptr %12, i64 %.idx282
  %399 = load <16 x float>, ptr %398, align 4
  %400 = getelementptr inbounds i8, ptr %13, i64 %.idx281
  %401 = load <16 x float>, ptr %400, align 4
  %402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %399, <16 x float> %401, <16 x float> %397)
  %403 = shufflevector <16 x float> %402, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %404 = shufflevector <16 x float> %402, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %405 = fadd <8 x float> %403, %404
  %406 = shufflevector <8 x float> %405, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %407 = shufflevector <8 x float> %405, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %408 = fadd <4 x float> %406, %407
  %409 = shufflevector <4 x float> %408, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %410 = shufflevector <4 x float> %408, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %411 = fadd <2 x float> %409, %410
  %412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %377, <16 x float> %396, <16 x float> zeroinitializer)
  %413 = getelementptr i8, ptr %398, i64 128
  %414 = load <16 x float>, ptr %413, align 4
  %415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %414, <16 x float> %401, <16 x float> %412)
  %shift366 = shufflevector <2 x float> %394, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %416 = fadd <2 x float> %394, %shift366
  %shift367 = shufflevector <2 x float> %411, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %417 = fadd <2 x float> %411, %shift367
  %418 = shufflevector <16 x float> %415, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %419 = shufflevector <16 x float> %415, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %420 = fadd <8 x float> %418, %419
  %421 = shufflevector <8 x float> %420, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %422 = shufflevector <8 x float> %420, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %423 = fadd <4 x float> %421, %422
  %424 = shufflevector <4 x float> %423, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %425 = shufflevector <4 x float> %423, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %426 = fadd <2 x float> %424, %425
  %shift368 = shufflevector <2 x float> %426, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %427 = fadd <2 x float> %426, %shift368
  %428 = shl nuw nsw i64 %t1.addr.0258, 1
  %429 = mul nsw i64 %428, %H
  %430 = getelementptr inbounds float, ptr %betah, i64 %429
  %431 = load float, ptr %430, align 4
  %432 = getelementptr inbounds float, ptr %gep273, i64 %372
  %433 = load <16 x float>, ptr %432, align 4
  %434 = fsub <16 x float> %433, %497
  %435 = insertelement <16 x float> poison, float %431, i64 0
  %436 = shufflevector <16 x float> %435, <16 x float> poison, <16 x i32> zeroinitializer
  %437 = fmul <16 x float> %436, %434
  %438 = or disjoint i64 %372, 16
  %439 = getelementptr inbounds float, ptr %gep273, i64 %438
  %440 = load <16 x float>, ptr %439, align 4
  %441 = fsub <16 x float> %440, %509
  %442 = fmul <16 x float> %436, %441
  %443 = or disjoint i64 %428, 1
  %444 = mul nsw i64 %443, %H
  %445 = getelementptr inbounds float, ptr %betah, i64 %444
  %446 = load float, ptr %445, align 4
  %447 = shl nsw i64 %443, 5
  %448 = getelementptr inbounds float, ptr %gep273, i64 %447
  %449 = load <16 x float>, ptr %448, align 4
  %450 = shufflevector <2 x float> %416, <2 x float> poison, <16 x i32> zeroinitializer
  %451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %450, <16 x float> %437, <16 x float> %500)
  %452 = fsub <16 x float> %449, %451
  %453 = insertelement <16 x float> poison, float %446, i64 0
  %454 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %455 = fmul <16 x float> %454, %452
  %456 = or disjoint i64 %447, 16
  %457 = getelementptr inbounds float, ptr %gep273, i64 %456
  %458 = load <16 x float>, ptr %457, align 4
  %459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %450, <16 x float> %442, <16 x float> %510)
  %460 = fsub <16 x float> %458, %459
  %461 = fmul <16 x float> %454, %460
  %462 = shufflevector <2 x float> %427, <2 x float> poison, <16 x i32> zeroinitializer
  %463 = shufflevector <2 x float> %417, <2 x float> poison, <16 x i32> zeroinitializer
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %463, <16 x float> %437, <16 x float> %503)
  %465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %462, <16 x float> %455, <16 x float> %464)
  %466 = fmul <16 x float> %465, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %467 = mul nsw i64 %t1.addr.0258, %sv
  %468 = getelementptr inbounds float, ptr %oh, i64 %467
  store <16 x float> %466, ptr %468, align 4
  %469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %463, <16 x float> %442, <16 x float> %511)
  %470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %462, <16 x float> %461, <16 x float> %469)
  %471 = fmul <16 x float> %470, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %472 = or disjoint i64 %467, 16
  %473 = getelementptr inbounds float, ptr %oh, i64 %472
  store <16 x float> %471, ptr %473, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0258, 1
  %474 = icmp slt i64 %t1.next, %t1
  br i1 %474, label %i7.head.preheader, label %i11.head.preheader

i7.body:                                          ; preds = %i7.head.preheader, %i7.body
  %i7.addr.0251 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next, %i7.body ]
  %acc14.0250 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %511, %i7.body ]
  %acc13.0249 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %503, %i7.body ]
  %acc12.0248 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %510, %i7.body ]
  %acc11.0247 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %500, %i7.body ]
  %acc10.0246 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %509, %i7.body ]
  %acc9.0245 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %497, %i7.body ]
  %gep341 = getelementptr float, ptr %invariant.gep340, i64 %i7.addr.0251
  %475 = getelementptr i8, ptr %gep341, i64 -256
  %476 = load float, ptr %475, align 4
  %477 = getelementptr i8, ptr %gep341, i64 -128
  %478 = load float, ptr %477, align 4
  %479 = or disjoint i64 %i7.addr.0251, %372
  %480 = getelementptr inbounds float, ptr %gep271, i64 %479
  %481 = load float, ptr %480, align 4
  %482 = or disjoint i64 %479, 32
  %483 = getelementptr inbounds float, ptr %gep271, i64 %482
  %484 = load float, ptr %483, align 4
  %gep343 = getelementptr inbounds float, ptr %invariant.gep342, i64 %i7.addr.0251
  %485 = load float, ptr %gep343, align 4
  %486 = insertelement <16 x float> poison, float %478, i64 0
  %487 = shufflevector <16 x float> %486, <16 x float> poison, <16 x i32> zeroinitializer
  %488 = insertelement <16 x float> poison, float %476, i64 0
  %489 = shufflevector <16 x float> %488, <16 x float> poison, <16 x i32> zeroinitializer
  %490 = shl nuw nsw i64 %i7.addr.0251, 5
  %491 = getelementptr inbounds float, ptr %work, i64 %490
  %492 = load <16 x float>, ptr %491, align 4
  %493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %489, <16 x float> %delta.0262, <16 x float> %492)
  %494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %487, <16 x float> %delta2.0260, <16 x float> %493)
  store <16 x float> %494, ptr %491, align 4
  %495 = insertelement <16 x float> poison, float %481, i64 0
  %496 = shufflevector <16 x float> %495, <16 x float> poison, <16 x i32> zeroinitializer
  %497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %496, <16 x float> %494, <16 x float> %acc9.0245)
  %498 = insertelement <16 x float> poison, float %484, i64 0
  %499 = shufflevector <16 x float> %498, <16 x float> poison, <16 x i32> zeroinitializer
  %500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %499, <16 x float> %494, <16 x float> %acc11.0247)
  %501 = insertelement <16 x float> poison, float %485, i64 0
  %502 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %494, <16 x float> %acc13.0249)
  %504 = or disjoint i64 %490, 16
  %505 = getelementptr inbounds float, ptr %work, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %489, <16 x float> %delta1.0261, <16 x float> %506)
  %508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %487, <16 x float> %delta3.0259, <16 x float> %507)
  store <16 x float> %508, ptr %505, align 4
  %509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %496, <16 x float> %508, <16 x float> %acc10.0246)
  %510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %499, <16 x float> %508, <16 x float> %acc12.0248)
  %511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %508, <16 x float> %acc14.0250)
  %i7.next = add nuw nsw i64 %i7.addr.0251, 1
  %exitcond315.not = icmp eq i64 %i7.next, 32
  br i1 %exitcond315.not, label %i8.head.preheader, label %i7.body

i11.body:                                         ; preds = %i11.body, %i11.head.preheader
  %i11.addr.0266 = phi i64 [ 0, %i11.head.preheader ], [ %i11.next.1, %i11.body ]
  %gep345 = getelementptr float, ptr %invariant.gep344, i64 %i11.addr.0266
  %512 = getelementptr i8, ptr %gep345, i64 -256
  %513 = load float, ptr %512, align 4
  %514 = getelementptr i8, ptr %gep345, i64 -128
  %515 = load float, ptr %514, align 4
  %516 = insertelement <16 x float> poison, float %515, i64 0
  %517 = shufflevector <16 x float> %516, <16 x float> poison, <16 x i32> zeroinitializer
  %518 = insertelement <16 x float> poison, float %513, i64 0
  %519 = shufflevector <16 x float> %518, <16 x float> poison, <16 x i32> zeroinitializer
  %520 = shl nuw nsw i64 %i11.addr.0266, 5
  %521 = getelementptr inbounds float, ptr %work, i64 %520
  %522 = load <16 x float>, ptr %521, align 4
  %523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %519, <16 x float> %delta.0.lcssa, <16 x float> %522)
  %524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %517, <16 x float> %delta2.0.lcssa, <16 x float> %523)
  store <16 x float> %524, ptr %521, align 4
  %525 = or disjoint i64 %520, 16
  %526 = getelementptr inbounds float, ptr %work, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %519, <16 x float> %delta1.0.lcssa, <16 x float> %527)
  %529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %517, <16 x float> %delta3.0.lcssa, <16 x float> %528)
  store <16 x float> %529, ptr %526, align 4
  %i11.next = or disjoint i64 %i11.addr.0266, 1
  %gep345.1 = getelementptr float, ptr %invariant.gep344, i64 %i11.next
  %530 = getelementptr i8, ptr %gep345.1, i64 -256
  %531 = load float, ptr %530, align 4
  %532 = getelementptr i8, ptr %gep345.1, i64 -128
  %533 = load float, ptr %532, align 4
  %534 = insertelement <16 x float> poison, float %533, i64 0
  %535 = shufflevector <16 x float> %534, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = insertelement <16 x float> poison, float %531, i64 0
  %537 = shufflevector <16 x float> %536, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = shl nuw nsw i64 %i11.next, 5
  %539 = getelementptr inbounds float, ptr %work, i64 %538
  %540 = load <16 x float>, ptr %539, align 4
  %541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %537, <16 x float> %delta.0.lcssa, <16 x float> %540)
  %542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %535, <16 x float> %delta2.0.lcssa, <16 x float> %541)
  store <16 x float> %542, ptr %539, align 4
  %543 = or disjoint i64 %538, 16
  %544 = getelementptr inbounds float, ptr %work, i64 %543
  %545 = load <16 x float>, ptr %544, align 4
  %546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %537, <16 x float> %delta1.0.lcssa, <16 x float> %545)
  %547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %535, <16 x float> %delta3.0.lcssa, <16 x float> %546)
  store <16 x float> %547, ptr %544, align 4
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
  %invariant.gep2863 = getelementptr i8, ptr %work, i64 90816
  %1 = shl i64 %H, 1
  %sv1 = shl nsw i64 %H, 5
  %2 = shl nsw i64 %T, 5
  %gep2858 = getelementptr float, ptr %invariant.gep2863, i64 %2
  %3 = mul nsw i64 %T, 96
  %gep2860 = getelementptr float, ptr %invariant.gep2863, i64 %3
  %.idx2540 = mul i64 %T, 640
  %gep2862 = getelementptr i8, ptr %invariant.gep2863, i64 %.idx2540
  %dak = getelementptr float, ptr %gep2862, i64 %2
  %dav = getelementptr float, ptr %gep2862, i64 %3
  %.idx = mul i64 %T, 1280
  %gep2864 = getelementptr i8, ptr %invariant.gep2863, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep2864, i64 %T
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
  %invariant.gep2757 = getelementptr inbounds i8, ptr %work, i64 22720
  %invariant.gep2794 = getelementptr i8, ptr %work, i64 22848
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
  %smax3153 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %scevgep3059.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3059.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3059.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3059.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3059.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3059.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3059.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3059.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3059.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3059.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3059.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3059.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3059.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3059.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3059.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3059.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3059.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3059.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3059.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3059.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3059.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3059.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3059.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3059.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3059.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3059.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3059.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3059.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3059.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3059.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3059.31 = getelementptr i8, ptr %work, i64 7936
  %20 = getelementptr inbounds i8, ptr %work, i64 87688
  %21 = getelementptr inbounds i8, ptr %work, i64 87712
  %22 = getelementptr inbounds i8, ptr %work, i64 87720
  %23 = getelementptr inbounds i8, ptr %work, i64 87736
  %24 = getelementptr inbounds i8, ptr %work, i64 87740
  %25 = getelementptr inbounds i8, ptr %work, i64 87744
  %26 = getelementptr inbounds i8, ptr %work, i64 87776
  %invariant.gep3325 = getelementptr i8, ptr %work, i64 43008
  %invariant.gep3327 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3329 = getelementptr i8, ptr %work, i64 36864
  %invariant.gep3331 = getelementptr i8, ptr %work, i64 18432
  %invariant.gep3333 = getelementptr i8, ptr %work, i64 38912
  %invariant.gep3335 = getelementptr i8, ptr %work, i64 69632
  %invariant.gep3337 = getelementptr i8, ptr %work, i64 18560
  %invariant.gep3339 = getelementptr i8, ptr %work, i64 39040
  %invariant.gep3341 = getelementptr i8, ptr %work, i64 69760
  %27 = getelementptr i8, ptr %work, i64 90880
  %invariant.gep3343 = getelementptr inbounds i8, ptr %work, i64 18432
  %invariant.gep3345 = getelementptr inbounds i8, ptr %work, i64 38912
  %28 = getelementptr i8, ptr %gep2858, i64 64
  %invariant.gep3347 = getelementptr inbounds i8, ptr %work, i64 18496
  %invariant.gep3349 = getelementptr inbounds i8, ptr %work, i64 38976
  %29 = getelementptr i8, ptr %gep2860, i64 64
  %30 = getelementptr inbounds i8, ptr %work, i64 69696
  %invariant.gep3351 = getelementptr inbounds i8, ptr %work, i64 18432
  %invariant.gep3353 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3355 = getelementptr inbounds i8, ptr %work, i64 18496
  %invariant.gep3357 = getelementptr inbounds i8, ptr %work, i64 38976
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
  %invariant.gep3367 = getelementptr inbounds i8, ptr %work, i64 61568
  %invariant.gep3369 = getelementptr inbounds i8, ptr %work, i64 45056
  %invariant.gep3373 = getelementptr inbounds i8, ptr %work, i64 45120
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
  %invariant.gep3375 = getelementptr inbounds i8, ptr %work, i64 45056
  %142 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3379 = getelementptr inbounds i8, ptr %work, i64 45056
  %invariant.gep3385 = getelementptr inbounds i8, ptr %work, i64 22848
  %scevgep3156 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep2609.1 = getelementptr inbounds i8, ptr %work, i64 49216
  %invariant.gep3371 = getelementptr inbounds i8, ptr %work, i64 61632
  %gep3368.1 = getelementptr inbounds i8, ptr %work, i64 61824
  %gep3370.1 = getelementptr inbounds i8, ptr %work, i64 45184
  %gep3372.1 = getelementptr inbounds i8, ptr %work, i64 61888
  %gep3374.1 = getelementptr inbounds i8, ptr %work, i64 45248
  %gep3368.2 = getelementptr inbounds i8, ptr %work, i64 62080
  %gep3370.2 = getelementptr inbounds i8, ptr %work, i64 45312
  %gep3372.2 = getelementptr inbounds i8, ptr %work, i64 62144
  %gep3374.2 = getelementptr inbounds i8, ptr %work, i64 45376
  %gep3368.3 = getelementptr inbounds i8, ptr %work, i64 62336
  %gep3370.3 = getelementptr inbounds i8, ptr %work, i64 45440
  %gep3372.3 = getelementptr inbounds i8, ptr %work, i64 62400
  %gep3374.3 = getelementptr inbounds i8, ptr %work, i64 45504
  %gep3368.4 = getelementptr inbounds i8, ptr %work, i64 62592
  %gep3370.4 = getelementptr inbounds i8, ptr %work, i64 45568
  %gep3372.4 = getelementptr inbounds i8, ptr %work, i64 62656
  %gep3374.4 = getelementptr inbounds i8, ptr %work, i64 45632
  %gep3368.5 = getelementptr inbounds i8, ptr %work, i64 62848
  %gep3370.5 = getelementptr inbounds i8, ptr %work, i64 45696
  %gep3372.5 = getelementptr inbounds i8, ptr %work, i64 62912
  %gep3374.5 = getelementptr inbounds i8, ptr %work, i64 45760
  %gep3368.6 = getelementptr inbounds i8, ptr %work, i64 63104
  %gep3370.6 = getelementptr inbounds i8, ptr %work, i64 45824
  %gep3372.6 = getelementptr inbounds i8, ptr %work, i64 63168
  %gep3374.6 = getelementptr inbounds i8, ptr %work, i64 45888
  %gep3368.7 = getelementptr inbounds i8, ptr %work, i64 63360
  %gep3370.7 = getelementptr inbounds i8, ptr %work, i64 45952
  %gep3372.7 = getelementptr inbounds i8, ptr %work, i64 63424
  %gep3374.7 = getelementptr inbounds i8, ptr %work, i64 46016
  %gep3368.8 = getelementptr inbounds i8, ptr %work, i64 63616
  %gep3370.8 = getelementptr inbounds i8, ptr %work, i64 46080
  %gep3372.8 = getelementptr inbounds i8, ptr %work, i64 63680
  %gep3374.8 = getelementptr inbounds i8, ptr %work, i64 46144
  %gep3368.9 = getelementptr inbounds i8, ptr %work, i64 63872
  %gep3370.9 = getelementptr inbounds i8, ptr %work, i64 46208
  %gep3372.9 = getelementptr inbounds i8, ptr %work, i64 63936
  %gep3374.9 = getelementptr inbounds i8, ptr %work, i64 46272
  %gep3368.10 = getelementptr inbounds i8, ptr %work, i64 64128
  %gep3370.10 = getelementptr inbounds i8, ptr %work, i64 46336
  %gep3372.10 = getelementptr inbounds i8, ptr %work, i64 64192
  %gep3374.10 = getelementptr inbounds i8, ptr %work, i64 46400
  %gep3368.11 = getelementptr inbounds i8, ptr %work, i64 64384
  %gep3370.11 = getelementptr inbounds i8, ptr %work, i64 46464
  %gep3372.11 = getelementptr inbounds i8, ptr %work, i64 64448
  %gep3374.11 = getelementptr inbounds i8, ptr %work, i64 46528
  %gep3368.12 = getelementptr inbounds i8, ptr %work, i64 64640
  %gep3370.12 = getelementptr inbounds i8, ptr %work, i64 46592
  %gep3372.12 = getelementptr inbounds i8, ptr %work, i64 64704
  %gep3374.12 = getelementptr inbounds i8, ptr %work, i64 46656
  %gep3368.13 = getelementptr inbounds i8, ptr %work, i64 64896
  %gep3370.13 = getelementptr inbounds i8, ptr %work, i64 46720
  %gep3372.13 = getelementptr inbounds i8, ptr %work, i64 64960
  %gep3374.13 = getelementptr inbounds i8, ptr %work, i64 46784
  %gep3368.14 = getelementptr inbounds i8, ptr %work, i64 65152
  %gep3370.14 = getelementptr inbounds i8, ptr %work, i64 46848
  %gep3372.14 = getelementptr inbounds i8, ptr %work, i64 65216
  %gep3374.14 = getelementptr inbounds i8, ptr %work, i64 46912
  %gep3368.15 = getelementptr inbounds i8, ptr %work, i64 65408
  %gep3370.15 = getelementptr inbounds i8, ptr %work, i64 46976
  %gep3372.15 = getelementptr inbounds i8, ptr %work, i64 65472
  %gep3374.15 = getelementptr inbounds i8, ptr %work, i64 47040
  %gep3368.16 = getelementptr inbounds i8, ptr %work, i64 65664
  %gep3370.16 = getelementptr inbounds i8, ptr %work, i64 47104
  %gep3372.16 = getelementptr inbounds i8, ptr %work, i64 65728
  %gep3374.16 = getelementptr inbounds i8, ptr %work, i64 47168
  %gep3368.17 = getelementptr inbounds i8, ptr %work, i64 65920
  %gep3370.17 = getelementptr inbounds i8, ptr %work, i64 47232
  %gep3372.17 = getelementptr inbounds i8, ptr %work, i64 65984
  %gep3374.17 = getelementptr inbounds i8, ptr %work, i64 47296
  %gep3368.18 = getelementptr inbounds i8, ptr %work, i64 66176
  %gep3370.18 = getelementptr inbounds i8, ptr %work, i64 47360
  %gep3372.18 = getelementptr inbounds i8, ptr %work, i64 66240
  %gep3374.18 = getelementptr inbounds i8, ptr %work, i64 47424
  %gep3368.19 = getelementptr inbounds i8, ptr %work, i64 66432
  %gep3370.19 = getelementptr inbounds i8, ptr %work, i64 47488
  %gep3372.19 = getelementptr inbounds i8, ptr %work, i64 66496
  %gep3374.19 = getelementptr inbounds i8, ptr %work, i64 47552
  %gep3368.20 = getelementptr inbounds i8, ptr %work, i64 66688
  %gep3370.20 = getelementptr inbounds i8, ptr %work, i64 47616
  %gep3372.20 = getelementptr inbounds i8, ptr %work, i64 66752
  %gep3374.20 = getelementptr inbounds i8, ptr %work, i64 47680
  %gep3368.21 = getelementptr inbounds i8, ptr %work, i64 66944
  %gep3370.21 = getelementptr inbounds i8, ptr %work, i64 47744
  %gep3372.21 = getelementptr inbounds i8, ptr %work, i64 67008
  %gep3374.21 = getelementptr inbounds i8, ptr %work, i64 47808
  %gep3368.22 = getelementptr inbounds i8, ptr %work, i64 67200
  %gep3370.22 = getelementptr inbounds i8, ptr %work, i64 47872
  %gep3372.22 = getelementptr inbounds i8, ptr %work, i64 67264
  %gep3374.22 = getelementptr inbounds i8, ptr %work, i64 47936
  %gep3368.23 = getelementptr inbounds i8, ptr %work, i64 67456
  %gep3370.23 = getelementptr inbounds i8, ptr %work, i64 48000
  %gep3372.23 = getelementptr inbounds i8, ptr %work, i64 67520
  %gep3374.23 = getelementptr inbounds i8, ptr %work, i64 48064
  %gep3368.24 = getelementptr inbounds i8, ptr %work, i64 67712
  %gep3370.24 = getelementptr inbounds i8, ptr %work, i64 48128
  %gep3372.24 = getelementptr inbounds i8, ptr %work, i64 67776
  %gep3374.24 = getelementptr inbounds i8, ptr %work, i64 48192
  %gep3368.25 = getelementptr inbounds i8, ptr %work, i64 67968
  %gep3370.25 = getelementptr inbounds i8, ptr %work, i64 48256
  %gep3372.25 = getelementptr inbounds i8, ptr %work, i64 68032
  %gep3374.25 = getelementptr inbounds i8, ptr %work, i64 48320
  %gep3368.26 = getelementptr inbounds i8, ptr %work, i64 68224
  %gep3370.26 = getelementptr inbounds i8, ptr %work, i64 48384
  %gep3372.26 = getelementptr inbounds i8, ptr %work, i64 68288
  %gep3374.26 = getelementptr inbounds i8, ptr %work, i64 48448
  %gep3368.27 = getelementptr inbounds i8, ptr %work, i64 68480
  %gep3370.27 = getelementptr inbounds i8, ptr %work, i64 48512
  %gep3372.27 = getelementptr inbounds i8, ptr %work, i64 68544
  %gep3374.27 = getelementptr inbounds i8, ptr %work, i64 48576
  %gep3368.28 = getelementptr inbounds i8, ptr %work, i64 68736
  %gep3370.28 = getelementptr inbounds i8, ptr %work, i64 48640
  %gep3372.28 = getelementptr inbounds i8, ptr %work, i64 68800
  %gep3374.28 = getelementptr inbounds i8, ptr %work, i64 48704
  %gep3368.29 = getelementptr inbounds i8, ptr %work, i64 68992
  %gep3370.29 = getelementptr inbounds i8, ptr %work, i64 48768
  %gep3372.29 = getelementptr inbounds i8, ptr %work, i64 69056
  %gep3374.29 = getelementptr inbounds i8, ptr %work, i64 48832
  %gep3368.30 = getelementptr inbounds i8, ptr %work, i64 69248
  %gep3370.30 = getelementptr inbounds i8, ptr %work, i64 48896
  %gep3372.30 = getelementptr inbounds i8, ptr %work, i64 69312
  %gep3374.30 = getelementptr inbounds i8, ptr %work, i64 48960
  %gep3368.31 = getelementptr inbounds i8, ptr %work, i64 69504
  %gep3370.31 = getelementptr inbounds i8, ptr %work, i64 49024
  %gep3372.31 = getelementptr inbounds i8, ptr %work, i64 69568
  %gep3374.31 = getelementptr inbounds i8, ptr %work, i64 49088
  %invariant.gep3377 = getelementptr inbounds i8, ptr %work, i64 45120
  %invariant.gep3381 = getelementptr inbounds i8, ptr %work, i64 45120
  %invariant.gep2781.1 = getelementptr inbounds i8, ptr %work, i64 77888
  %scevgep3156.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3156.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3156.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3156.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3156.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3156.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3156.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3156.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3156.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3156.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3156.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3156.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3156.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3156.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3156.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3156.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3156.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3156.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3156.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3156.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3156.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3156.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3156.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3156.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3156.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3156.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3156.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3156.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3156.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3156.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3156.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j38.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j38.head.preheader ]
  %bh.addr.02865 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j38.head.preheader ]
  %143 = add i64 %indvar, %bh0
  %144 = shl i64 %143, 12
  %145 = mul i64 %11, %indvar
  %146 = add i64 %10, %145
  %b = sdiv i64 %bh.addr.02865, %H
  %h = srem i64 %bh.addr.02865, %H
  %147 = mul i64 %b, %T
  %148 = mul i64 %147, %H
  %bT = add i64 %148, %h
  %149 = mul i64 %1, %147
  %bTn = add nsw i64 %149, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %oh.idx = shl i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
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
  %185 = getelementptr inbounds float, ptr %gep2864, i64 %t.addr.02557
  store float %184, ptr %185, align 4
  %186 = insertelement <16 x float> poison, float %184, i64 0
  %187 = shufflevector <16 x float> %186, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = fmul <16 x float> %165, %187
  %189 = shl nsw i64 %t.addr.02557, 5
  %190 = getelementptr inbounds float, ptr %invariant.gep2863, i64 %189
  store <16 x float> %188, ptr %190, align 4
  %191 = fmul <16 x float> %167, %187
  %192 = or disjoint i64 %189, 16
  %193 = getelementptr inbounds float, ptr %invariant.gep2863, i64 %192
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
  %shift3546 = shufflevector <2 x float> %209, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %210 = fadd <2 x float> %209, %shift3546
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
  %220 = getelementptr inbounds float, ptr %gep2858, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = fmul <16 x float> %197, %217
  %222 = or disjoint i64 %219, 16
  %223 = getelementptr inbounds float, ptr %gep2858, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %224 = mul nsw i64 %163, %v_ts
  %gep2573 = getelementptr float, ptr %invariant.gep2562, i64 %224
  %225 = load <16 x float>, ptr %gep2573, align 4
  %226 = getelementptr i8, ptr %gep2573, i64 64
  %227 = load <16 x float>, ptr %226, align 4
  %228 = getelementptr inbounds float, ptr %gep2860, i64 %219
  store <16 x float> %225, ptr %228, align 4
  %229 = getelementptr inbounds float, ptr %gep2860, i64 %222
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
  %shift3547 = shufflevector <2 x float> %244, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %245 = fadd <2 x float> %244, %shift3547
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
  %255 = getelementptr inbounds float, ptr %gep2858, i64 %254
  store <16 x float> %253, ptr %255, align 4
  %256 = fmul <16 x float> %232, %252
  %257 = or disjoint i64 %254, 16
  %258 = getelementptr inbounds float, ptr %gep2858, i64 %257
  store <16 x float> %256, ptr %258, align 4
  %gep2577 = getelementptr float, ptr %invariant.gep2566, i64 %224
  %259 = load <16 x float>, ptr %gep2577, align 4
  %260 = getelementptr i8, ptr %gep2577, i64 64
  %261 = load <16 x float>, ptr %260, align 4
  %262 = getelementptr inbounds float, ptr %gep2860, i64 %254
  store <16 x float> %259, ptr %262, align 4
  %263 = getelementptr inbounds float, ptr %gep2860, i64 %257
  store <16 x float> %261, ptr %263, align 4
  %t.next = add nuw nsw i64 %t.addr.02557, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %264 = getelementptr i8, ptr %dhT, i64 %144
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %264, i64 128, i1 false)
  %scevgep3057.1 = getelementptr i8, ptr %264, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.1, i64 128, i1 false)
  %scevgep3057.2 = getelementptr i8, ptr %264, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.2, i64 128, i1 false)
  %scevgep3057.3 = getelementptr i8, ptr %264, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.3, i64 128, i1 false)
  %scevgep3057.4 = getelementptr i8, ptr %264, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.4, i64 128, i1 false)
  %scevgep3057.5 = getelementptr i8, ptr %264, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.5, i64 128, i1 false)
  %scevgep3057.6 = getelementptr i8, ptr %264, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.6, i64 128, i1 false)
  %scevgep3057.7 = getelementptr i8, ptr %264, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.7, i64 128, i1 false)
  %scevgep3057.8 = getelementptr i8, ptr %264, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.8, i64 128, i1 false)
  %scevgep3057.9 = getelementptr i8, ptr %264, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.9, i64 128, i1 false)
  %scevgep3057.10 = getelementptr i8, ptr %264, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.10, i64 128, i1 false)
  %scevgep3057.11 = getelementptr i8, ptr %264, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.11, i64 128, i1 false)
  %scevgep3057.12 = getelementptr i8, ptr %264, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.12, i64 128, i1 false)
  %scevgep3057.13 = getelementptr i8, ptr %264, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.13, i64 128, i1 false)
  %scevgep3057.14 = getelementptr i8, ptr %264, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.14, i64 128, i1 false)
  %scevgep3057.15 = getelementptr i8, ptr %264, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.15, i64 128, i1 false)
  %scevgep3057.16 = getelementptr i8, ptr %264, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.16, i64 128, i1 false)
  %scevgep3057.17 = getelementptr i8, ptr %264, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.17, i64 128, i1 false)
  %scevgep3057.18 = getelementptr i8, ptr %264, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.18, i64 128, i1 false)
  %scevgep3057.19 = getelementptr i8, ptr %264, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.19, i64 128, i1 false)
  %scevgep3057.20 = getelementptr i8, ptr %264, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.20, i64 128, i1 false)
  %scevgep3057.21 = getelementptr i8, ptr %264, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.21, i64 128, i1 false)
  %scevgep3057.22 = getelementptr i8, ptr %264, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.22, i64 128, i1 false)
  %scevgep3057.23 = getelementptr i8, ptr %264, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.23, i64 128, i1 false)
  %scevgep3057.24 = getelementptr i8, ptr %264, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.24, i64 128, i1 false)
  %scevgep3057.25 = getelementptr i8, ptr %264, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.25, i64 128, i1 false)
  %scevgep3057.26 = getelementptr i8, ptr %264, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.26, i64 128, i1 false)
  %scevgep3057.27 = getelementptr i8, ptr %264, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.27, i64 128, i1 false)
  %scevgep3057.28 = getelementptr i8, ptr %264, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.28, i64 128, i1 false)
  %scevgep3057.29 = getelementptr i8, ptr %264, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.29, i64 128, i1 false)
  %scevgep3057.30 = getelementptr i8, ptr %264, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.30, i64 128, i1 false)
  %scevgep3057.31 = getelementptr i8, ptr %264, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057.31, i64 128, i1 false)
  br i1 %4, label %cc.body.lr.ph, label %j38.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %265 = mul nsw i64 %bh.addr.02865, %nc
  %266 = shl nsw i64 %h, 5
  %invariant.gep2834 = getelementptr float, ptr %dq, i64 %266
  %invariant.gep2836 = getelementptr float, ptr %dk, i64 %266
  %invariant.gep2838 = getelementptr float, ptr %dv, i64 %266
  %267 = add nsw i64 %h, %H
  %268 = shl nsw i64 %267, 5
  %invariant.gep2840 = getelementptr float, ptr %dk, i64 %268
  %invariant.gep2842 = getelementptr float, ptr %dv, i64 %268
  %269 = add i64 %14, %bT
  %270 = shl i64 %269, 7
  %271 = getelementptr i8, ptr %dout, i64 %270
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3139 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3140, %t7.exit ]
  %cc.addr.02854 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3719 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3139, i64 16)
  %smax3720 = tail call i64 @llvm.smax.i64(i64 %smin3719, i64 1)
  %272 = mul i64 %15, %cc.addr.02854
  %273 = shl i64 %cc.addr.02854, 12
  %274 = sub i64 %146, %273
  %275 = xor i64 %cc.addr.02854, -1
  %ci = add nsw i64 %nc, %275
  %t0 = shl nsw i64 %ci, 4
  %276 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %276, i64 16)
  %277 = icmp sgt i64 %ci, 0
  br i1 %277, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %278 = tail call i64 @llvm.smin.i64(i64 %t0, i64 16)
  %279 = sub nsw i64 %t0, %278
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %scevgep3060 = getelementptr i8, ptr %hs, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060, i64 128, i1 false)
  %280 = or disjoint i64 %274, 128
  %scevgep3060.1 = getelementptr i8, ptr %hs, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.1, i64 128, i1 false)
  %281 = or disjoint i64 %274, 256
  %scevgep3060.2 = getelementptr i8, ptr %hs, i64 %281
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.2, i64 128, i1 false)
  %282 = or disjoint i64 %274, 384
  %scevgep3060.3 = getelementptr i8, ptr %hs, i64 %282
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.3, i64 128, i1 false)
  %283 = or disjoint i64 %274, 512
  %scevgep3060.4 = getelementptr i8, ptr %hs, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.4, i64 128, i1 false)
  %284 = or disjoint i64 %274, 640
  %scevgep3060.5 = getelementptr i8, ptr %hs, i64 %284
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.5, i64 128, i1 false)
  %285 = or disjoint i64 %274, 768
  %scevgep3060.6 = getelementptr i8, ptr %hs, i64 %285
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.6, i64 128, i1 false)
  %286 = or disjoint i64 %274, 896
  %scevgep3060.7 = getelementptr i8, ptr %hs, i64 %286
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.7, i64 128, i1 false)
  %287 = or disjoint i64 %274, 1024
  %scevgep3060.8 = getelementptr i8, ptr %hs, i64 %287
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.8, i64 128, i1 false)
  %288 = or disjoint i64 %274, 1152
  %scevgep3060.9 = getelementptr i8, ptr %hs, i64 %288
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.9, i64 128, i1 false)
  %289 = or disjoint i64 %274, 1280
  %scevgep3060.10 = getelementptr i8, ptr %hs, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.10, i64 128, i1 false)
  %290 = or disjoint i64 %274, 1408
  %scevgep3060.11 = getelementptr i8, ptr %hs, i64 %290
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.11, i64 128, i1 false)
  %291 = or disjoint i64 %274, 1536
  %scevgep3060.12 = getelementptr i8, ptr %hs, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.12, i64 128, i1 false)
  %292 = or disjoint i64 %274, 1664
  %scevgep3060.13 = getelementptr i8, ptr %hs, i64 %292
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.13, i64 128, i1 false)
  %293 = or disjoint i64 %274, 1792
  %scevgep3060.14 = getelementptr i8, ptr %hs, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.14, i64 128, i1 false)
  %294 = or disjoint i64 %274, 1920
  %scevgep3060.15 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.15, i64 128, i1 false)
  %295 = or disjoint i64 %274, 2048
  %scevgep3060.16 = getelementptr i8, ptr %hs, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.16, i64 128, i1 false)
  %296 = or disjoint i64 %274, 2176
  %scevgep3060.17 = getelementptr i8, ptr %hs, i64 %296
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.17, i64 128, i1 false)
  %297 = or disjoint i64 %274, 2304
  %scevgep3060.18 = getelementptr i8, ptr %hs, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.18, i64 128, i1 false)
  %298 = or disjoint i64 %274, 2432
  %scevgep3060.19 = getelementptr i8, ptr %hs, i64 %298
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.19, i64 128, i1 false)
  %299 = or disjoint i64 %274, 2560
  %scevgep3060.20 = getelementptr i8, ptr %hs, i64 %299
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.20, i64 128, i1 false)
  %300 = or disjoint i64 %274, 2688
  %scevgep3060.21 = getelementptr i8, ptr %hs, i64 %300
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.21, i64 128, i1 false)
  %301 = or disjoint i64 %274, 2816
  %scevgep3060.22 = getelementptr i8, ptr %hs, i64 %301
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.22, i64 128, i1 false)
  %302 = or disjoint i64 %274, 2944
  %scevgep3060.23 = getelementptr i8, ptr %hs, i64 %302
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.23, i64 128, i1 false)
  %303 = or disjoint i64 %274, 3072
  %scevgep3060.24 = getelementptr i8, ptr %hs, i64 %303
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.24, i64 128, i1 false)
  %304 = or disjoint i64 %274, 3200
  %scevgep3060.25 = getelementptr i8, ptr %hs, i64 %304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.25, i64 128, i1 false)
  %305 = or disjoint i64 %274, 3328
  %scevgep3060.26 = getelementptr i8, ptr %hs, i64 %305
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.26, i64 128, i1 false)
  %306 = or disjoint i64 %274, 3456
  %scevgep3060.27 = getelementptr i8, ptr %hs, i64 %306
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.27, i64 128, i1 false)
  %307 = or disjoint i64 %274, 3584
  %scevgep3060.28 = getelementptr i8, ptr %hs, i64 %307
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.28, i64 128, i1 false)
  %308 = or disjoint i64 %274, 3712
  %scevgep3060.29 = getelementptr i8, ptr %hs, i64 %308
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.29, i64 128, i1 false)
  %309 = or disjoint i64 %274, 3840
  %scevgep3060.30 = getelementptr i8, ptr %hs, i64 %309
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.30, i64 128, i1 false)
  %310 = or disjoint i64 %274, 3968
  %scevgep3060.31 = getelementptr i8, ptr %hs, i64 %310
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3059.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.31, i64 128, i1 false)
  %311 = add nsw i64 %ci, %265
  %312 = shl nsw i64 %311, 10
  br label %j2.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02580 = phi i64 [ %tp1.next, %tp1.body ], [ %279, %tp1.body.preheader ]
  %313 = mul nsw i64 %tp1.addr.02580, %sv1
  %314 = getelementptr inbounds float, ptr %oh, i64 %313
  tail call void @llvm.prefetch.p0(ptr %314, i32 0, i32 2, i32 1)
  %315 = or disjoint i64 %313, 16
  %316 = getelementptr inbounds float, ptr %oh, i64 %315
  tail call void @llvm.prefetch.p0(ptr nonnull %316, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02580, 1
  %317 = icmp slt i64 %tp1.next, %t0
  br i1 %317, label %tp1.body, label %i1.head.preheader

j2.head.preheader:                                ; preds = %i1.head.preheader, %j2.exit
  %318 = phi i1 [ true, %i1.head.preheader ], [ false, %j2.exit ]
  %i2.addr.02584 = phi i64 [ 0, %i1.head.preheader ], [ 16, %j2.exit ]
  %319 = shl nuw nsw i64 %i2.addr.02584, 5
  %320 = or disjoint i64 %319, %312
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %321 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02583 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %322 = or disjoint i64 %320, %j2.addr.02583
  %323 = getelementptr inbounds float, ptr %hs, i64 %322
  %324 = load <16 x float>, ptr %323, align 4
  %325 = or disjoint i64 %322, 256
  %326 = getelementptr inbounds float, ptr %hs, i64 %325
  %327 = load <16 x float>, ptr %326, align 4
  %328 = or disjoint i64 %322, 32
  %329 = getelementptr inbounds float, ptr %hs, i64 %328
  %330 = load <16 x float>, ptr %329, align 4
  %331 = or disjoint i64 %322, 288
  %332 = getelementptr inbounds float, ptr %hs, i64 %331
  %333 = load <16 x float>, ptr %332, align 4
  %334 = or disjoint i64 %322, 64
  %335 = getelementptr inbounds float, ptr %hs, i64 %334
  %336 = load <16 x float>, ptr %335, align 4
  %337 = or disjoint i64 %322, 320
  %338 = getelementptr inbounds float, ptr %hs, i64 %337
  %339 = load <16 x float>, ptr %338, align 4
  %340 = or disjoint i64 %322, 96
  %341 = getelementptr inbounds float, ptr %hs, i64 %340
  %342 = load <16 x float>, ptr %341, align 4
  %343 = or disjoint i64 %322, 352
  %344 = getelementptr inbounds float, ptr %hs, i64 %343
  %345 = load <16 x float>, ptr %344, align 4
  %346 = or disjoint i64 %322, 128
  %347 = getelementptr inbounds float, ptr %hs, i64 %346
  %348 = load <16 x float>, ptr %347, align 4
  %349 = or disjoint i64 %322, 384
  %350 = getelementptr inbounds float, ptr %hs, i64 %349
  %351 = load <16 x float>, ptr %350, align 4
  %352 = or disjoint i64 %322, 160
  %353 = getelementptr inbounds float, ptr %hs, i64 %352
  %354 = load <16 x float>, ptr %353, align 4
  %355 = or disjoint i64 %322, 416
  %356 = getelementptr inbounds float, ptr %hs, i64 %355
  %357 = load <16 x float>, ptr %356, align 4
  %358 = or disjoint i64 %322, 192
  %359 = getelementptr inbounds float, ptr %hs, i64 %358
  %360 = load <16 x float>, ptr %359, align 4
  %361 = or disjoint i64 %322, 448
  %362 = getelementptr inbounds float, ptr %hs, i64 %361
  %363 = load <16 x float>, ptr %362, align 4
  %364 = or disjoint i64 %322, 224
  %365 = getelementptr inbounds float, ptr %hs, i64 %364
  %366 = load <16 x float>, ptr %365, align 4
  %367 = or disjoint i64 %322, 480
  %368 = getelementptr inbounds float, ptr %hs, i64 %367
  %369 = load <16 x float>, ptr %368, align 4
  %370 = shufflevector <16 x float> %324, <16 x float> %327, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %371 = shufflevector <16 x float> %348, <16 x float> %351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %372 = shufflevector <16 x float> %330, <16 x float> %333, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %373 = shufflevector <16 x float> %354, <16 x float> %357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %374 = shufflevector <16 x float> %336, <16 x float> %339, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %375 = shufflevector <16 x float> %360, <16 x float> %363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %376 = shufflevector <16 x float> %342, <16 x float> %345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %377 = shufflevector <16 x float> %366, <16 x float> %369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %378 = shufflevector <16 x float> %324, <16 x float> %327, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %379 = shufflevector <16 x float> %348, <16 x float> %351, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %380 = shufflevector <16 x float> %330, <16 x float> %333, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %381 = shufflevector <16 x float> %354, <16 x float> %357, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %382 = shufflevector <16 x float> %336, <16 x float> %339, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %383 = shufflevector <16 x float> %360, <16 x float> %363, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %384 = shufflevector <16 x float> %342, <16 x float> %345, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %385 = shufflevector <16 x float> %366, <16 x float> %369, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %386 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %387 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %388 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %389 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %390 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %391 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %392 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %393 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %394 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %395 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %397 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %398 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %399 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %400 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %401 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %402 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %403 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %404 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %405 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %406 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %407 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %408 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %409 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %410 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %411 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %412 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %413 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %414 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %415 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %416 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %417 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %418 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %419 = shl nuw nsw i64 %j2.addr.02583, 5
  %420 = or disjoint i64 %419, %i2.addr.02584
  %421 = or disjoint i64 %420, 1024
  %422 = getelementptr inbounds float, ptr %Bk, i64 %421
  store <16 x float> %418, ptr %422, align 4
  %423 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %424 = or disjoint i64 %420, 1056
  %425 = getelementptr inbounds float, ptr %Bk, i64 %424
  store <16 x float> %423, ptr %425, align 4
  %426 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %427 = or disjoint i64 %420, 1088
  %428 = getelementptr inbounds float, ptr %Bk, i64 %427
  store <16 x float> %426, ptr %428, align 4
  %429 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %430 = or disjoint i64 %420, 1120
  %431 = getelementptr inbounds float, ptr %Bk, i64 %430
  store <16 x float> %429, ptr %431, align 4
  %432 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %433 = or disjoint i64 %420, 1152
  %434 = getelementptr inbounds float, ptr %Bk, i64 %433
  store <16 x float> %432, ptr %434, align 4
  %435 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %436 = or disjoint i64 %420, 1184
  %437 = getelementptr inbounds float, ptr %Bk, i64 %436
  store <16 x float> %435, ptr %437, align 4
  %438 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %439 = or disjoint i64 %420, 1216
  %440 = getelementptr inbounds float, ptr %Bk, i64 %439
  store <16 x float> %438, ptr %440, align 4
  %441 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %442 = or disjoint i64 %420, 1248
  %443 = getelementptr inbounds float, ptr %Bk, i64 %442
  store <16 x float> %441, ptr %443, align 4
  %444 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %445 = or disjoint i64 %420, 1280
  %446 = getelementptr inbounds float, ptr %Bk, i64 %445
  store <16 x float> %444, ptr %446, align 4
  %447 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %448 = or disjoint i64 %420, 1312
  %449 = getelementptr inbounds float, ptr %Bk, i64 %448
  store <16 x float> %447, ptr %449, align 4
  %450 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %451 = or disjoint i64 %420, 1344
  %452 = getelementptr inbounds float, ptr %Bk, i64 %451
  store <16 x float> %450, ptr %452, align 4
  %453 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %454 = or disjoint i64 %420, 1376
  %455 = getelementptr inbounds float, ptr %Bk, i64 %454
  store <16 x float> %453, ptr %455, align 4
  %456 = shufflevector <16 x float> %414, <16 x float> %415, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %457 = or disjoint i64 %420, 1408
  %458 = getelementptr inbounds float, ptr %Bk, i64 %457
  store <16 x float> %456, ptr %458, align 4
  %459 = shufflevector <16 x float> %414, <16 x float> %415, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %460 = or disjoint i64 %420, 1440
  %461 = getelementptr inbounds float, ptr %Bk, i64 %460
  store <16 x float> %459, ptr %461, align 4
  %462 = shufflevector <16 x float> %416, <16 x float> %417, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %463 = or disjoint i64 %420, 1472
  %464 = getelementptr inbounds float, ptr %Bk, i64 %463
  store <16 x float> %462, ptr %464, align 4
  %465 = shufflevector <16 x float> %416, <16 x float> %417, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %466 = or disjoint i64 %420, 1504
  %467 = getelementptr inbounds float, ptr %Bk, i64 %466
  store <16 x float> %465, ptr %467, align 4
  br i1 %321, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %318, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %468 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02586 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %469 = shl nuw nsw i64 %i3.addr.02586, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %470 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02585 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %471 = or disjoint i64 %j3.addr.02585, %469
  %472 = or disjoint i64 %471, 32
  %473 = getelementptr inbounds float, ptr %work, i64 %472
  %474 = load <16 x float>, ptr %473, align 4
  %475 = or disjoint i64 %471, 544
  %476 = getelementptr inbounds float, ptr %work, i64 %475
  %477 = load <16 x float>, ptr %476, align 4
  %478 = or disjoint i64 %471, 96
  %479 = getelementptr inbounds float, ptr %work, i64 %478
  %480 = load <16 x float>, ptr %479, align 4
  %481 = or disjoint i64 %471, 608
  %482 = getelementptr inbounds float, ptr %work, i64 %481
  %483 = load <16 x float>, ptr %482, align 4
  %484 = or disjoint i64 %471, 160
  %485 = getelementptr inbounds float, ptr %work, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = or disjoint i64 %471, 672
  %488 = getelementptr inbounds float, ptr %work, i64 %487
  %489 = load <16 x float>, ptr %488, align 4
  %490 = or disjoint i64 %471, 224
  %491 = getelementptr inbounds float, ptr %work, i64 %490
  %492 = load <16 x float>, ptr %491, align 4
  %493 = or disjoint i64 %471, 736
  %494 = getelementptr inbounds float, ptr %work, i64 %493
  %495 = load <16 x float>, ptr %494, align 4
  %496 = or disjoint i64 %471, 288
  %497 = getelementptr inbounds float, ptr %work, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = or disjoint i64 %471, 800
  %500 = getelementptr inbounds float, ptr %work, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = or disjoint i64 %471, 352
  %503 = getelementptr inbounds float, ptr %work, i64 %502
  %504 = load <16 x float>, ptr %503, align 4
  %505 = or disjoint i64 %471, 864
  %506 = getelementptr inbounds float, ptr %work, i64 %505
  %507 = load <16 x float>, ptr %506, align 4
  %508 = or disjoint i64 %471, 416
  %509 = getelementptr inbounds float, ptr %work, i64 %508
  %510 = load <16 x float>, ptr %509, align 4
  %511 = or disjoint i64 %471, 928
  %512 = getelementptr inbounds float, ptr %work, i64 %511
  %513 = load <16 x float>, ptr %512, align 4
  %514 = or disjoint i64 %471, 480
  %515 = getelementptr inbounds float, ptr %work, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = or disjoint i64 %471, 992
  %518 = getelementptr inbounds float, ptr %work, i64 %517
  %519 = load <16 x float>, ptr %518, align 4
  %520 = shufflevector <16 x float> %474, <16 x float> %477, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %521 = shufflevector <16 x float> %498, <16 x float> %501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %522 = shufflevector <16 x float> %480, <16 x float> %483, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %523 = shufflevector <16 x float> %504, <16 x float> %507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %524 = shufflevector <16 x float> %486, <16 x float> %489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %525 = shufflevector <16 x float> %510, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %526 = shufflevector <16 x float> %492, <16 x float> %495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %527 = shufflevector <16 x float> %516, <16 x float> %519, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %528 = shufflevector <16 x float> %474, <16 x float> %477, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %529 = shufflevector <16 x float> %498, <16 x float> %501, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %530 = shufflevector <16 x float> %480, <16 x float> %483, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %531 = shufflevector <16 x float> %504, <16 x float> %507, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %532 = shufflevector <16 x float> %486, <16 x float> %489, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %533 = shufflevector <16 x float> %510, <16 x float> %513, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %534 = shufflevector <16 x float> %492, <16 x float> %495, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %535 = shufflevector <16 x float> %516, <16 x float> %519, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %537 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %538 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %539 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %540 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %545 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %546 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %547 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %548 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %549 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %550 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %551 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %553 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %554 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %555 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %556 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %557 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %558 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %559 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %560 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %561 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %562 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %563 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %564 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %565 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %566 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %567 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %568 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %569 = shl nuw nsw i64 %j3.addr.02585, 5
  %570 = or disjoint i64 %569, %i3.addr.02586
  %571 = getelementptr inbounds float, ptr %Bk, i64 %570
  store <16 x float> %568, ptr %571, align 4
  %572 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %573 = or disjoint i64 %570, 32
  %574 = getelementptr inbounds float, ptr %Bk, i64 %573
  store <16 x float> %572, ptr %574, align 4
  %575 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %576 = or disjoint i64 %570, 64
  %577 = getelementptr inbounds float, ptr %Bk, i64 %576
  store <16 x float> %575, ptr %577, align 4
  %578 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %579 = or disjoint i64 %570, 96
  %580 = getelementptr inbounds float, ptr %Bk, i64 %579
  store <16 x float> %578, ptr %580, align 4
  %581 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %582 = or disjoint i64 %570, 128
  %583 = getelementptr inbounds float, ptr %Bk, i64 %582
  store <16 x float> %581, ptr %583, align 4
  %584 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %585 = or disjoint i64 %570, 160
  %586 = getelementptr inbounds float, ptr %Bk, i64 %585
  store <16 x float> %584, ptr %586, align 4
  %587 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %588 = or disjoint i64 %570, 192
  %589 = getelementptr inbounds float, ptr %Bk, i64 %588
  store <16 x float> %587, ptr %589, align 4
  %590 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %591 = or disjoint i64 %570, 224
  %592 = getelementptr inbounds float, ptr %Bk, i64 %591
  store <16 x float> %590, ptr %592, align 4
  %593 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %594 = or disjoint i64 %570, 256
  %595 = getelementptr inbounds float, ptr %Bk, i64 %594
  store <16 x float> %593, ptr %595, align 4
  %596 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %597 = or disjoint i64 %570, 288
  %598 = getelementptr inbounds float, ptr %Bk, i64 %597
  store <16 x float> %596, ptr %598, align 4
  %599 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %600 = or disjoint i64 %570, 320
  %601 = getelementptr inbounds float, ptr %Bk, i64 %600
  store <16 x float> %599, ptr %601, align 4
  %602 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %603 = or disjoint i64 %570, 352
  %604 = getelementptr inbounds float, ptr %Bk, i64 %603
  store <16 x float> %602, ptr %604, align 4
  %605 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %606 = or disjoint i64 %570, 384
  %607 = getelementptr inbounds float, ptr %Bk, i64 %606
  store <16 x float> %605, ptr %607, align 4
  %608 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %609 = or disjoint i64 %570, 416
  %610 = getelementptr inbounds float, ptr %Bk, i64 %609
  store <16 x float> %608, ptr %610, align 4
  %611 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %612 = or disjoint i64 %570, 448
  %613 = getelementptr inbounds float, ptr %Bk, i64 %612
  store <16 x float> %611, ptr %613, align 4
  %614 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %615 = or disjoint i64 %570, 480
  %616 = getelementptr inbounds float, ptr %Bk, i64 %615
  store <16 x float> %614, ptr %616, align 4
  br i1 %470, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %468, label %j3.head.preheader, label %t1.head.preheader.peel.next3064

t1.head.preheader.peel.next3064:                  ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %21, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %25, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %26, align 4
  br label %t1.head.preheader

t1.head.preheader:                                ; preds = %t1.head.preheader, %t1.head.preheader.peel.next3064
  %s.addr.02588 = phi i64 [ 2, %t1.head.preheader.peel.next3064 ], [ %s.next.1, %t1.head.preheader ]
  %.idx2872 = shl nsw i64 %s.addr.02588, 6
  %617 = getelementptr inbounds i8, ptr %M, i64 %.idx2872
  store <2 x float> zeroinitializer, ptr %617, align 4
  %618 = insertelement <8 x i64> poison, i64 %s.addr.02588, i64 0
  %619 = shufflevector <8 x i64> %618, <8 x i64> poison, <8 x i32> zeroinitializer
  %620 = icmp ugt <8 x i64> %619, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %621 = getelementptr inbounds i8, ptr %20, i64 %.idx2872
  %622 = select <8 x i1> %620, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %622, ptr %621, align 4
  %623 = insertelement <4 x i64> poison, i64 %s.addr.02588, i64 0
  %624 = shufflevector <4 x i64> %623, <4 x i64> poison, <4 x i32> zeroinitializer
  %625 = icmp ugt <4 x i64> %624, <i64 10, i64 11, i64 12, i64 13>
  %626 = getelementptr inbounds i8, ptr %22, i64 %.idx2872
  %627 = select <4 x i1> %625, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %627, ptr %626, align 4
  %628 = getelementptr inbounds i8, ptr %23, i64 %.idx2872
  store float 1.000000e+00, ptr %628, align 4
  %629 = getelementptr inbounds i8, ptr %24, i64 %.idx2872
  store float 1.000000e+00, ptr %629, align 4
  %s.next = or disjoint i64 %s.addr.02588, 1
  %.idx2872.1 = shl nsw i64 %s.next, 6
  %630 = getelementptr inbounds i8, ptr %M, i64 %.idx2872.1
  store <2 x float> zeroinitializer, ptr %630, align 4
  %631 = insertelement <8 x i64> poison, i64 %s.next, i64 0
  %632 = shufflevector <8 x i64> %631, <8 x i64> poison, <8 x i32> zeroinitializer
  %633 = icmp ugt <8 x i64> %632, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %634 = getelementptr inbounds i8, ptr %20, i64 %.idx2872.1
  %635 = select <8 x i1> %633, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %635, ptr %634, align 4
  %636 = insertelement <4 x i64> poison, i64 %s.next, i64 0
  %637 = shufflevector <4 x i64> %636, <4 x i64> poison, <4 x i32> zeroinitializer
  %638 = icmp ugt <4 x i64> %637, <i64 10, i64 11, i64 12, i64 13>
  %639 = getelementptr inbounds i8, ptr %22, i64 %.idx2872.1
  %640 = select <4 x i1> %638, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %640, ptr %639, align 4
  %.not2539.14.1 = icmp ugt i64 %s.addr.02588, 13
  %641 = select i1 %.not2539.14.1, float 0.000000e+00, float 1.000000e+00
  %642 = getelementptr inbounds i8, ptr %23, i64 %.idx2872.1
  store float %641, ptr %642, align 4
  %643 = getelementptr inbounds i8, ptr %24, i64 %.idx2872.1
  store float 1.000000e+00, ptr %643, align 4
  %s.next.1 = add nuw nsw i64 %s.addr.02588, 2
  %exitcond3063.not.1 = icmp eq i64 %s.next.1, 16
  br i1 %exitcond3063.not.1, label %t2.body.preheader, label %t1.head.preheader, !llvm.loop !0

t2.body.preheader:                                ; preds = %t1.head.preheader
  %644 = getelementptr i8, ptr %271, i64 %272
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02604 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %645 = shl nuw nsw i64 %t2.addr.02604, 7
  %gep3326 = getelementptr i8, ptr %invariant.gep3325, i64 %645
  %646 = shl nsw i64 %t2.addr.02604, 8
  %647 = icmp sgt i64 %276, %t2.addr.02604
  br i1 %647, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3328 = getelementptr i8, ptr %invariant.gep3327, i64 %645
  %gep3330 = getelementptr i8, ptr %invariant.gep3329, i64 %645
  %gep3332 = getelementptr i8, ptr %invariant.gep3331, i64 %646
  %gep3334 = getelementptr i8, ptr %invariant.gep3333, i64 %646
  %gep3336 = getelementptr i8, ptr %invariant.gep3335, i64 %646
  %gep3338 = getelementptr i8, ptr %invariant.gep3337, i64 %646
  %gep3340 = getelementptr i8, ptr %invariant.gep3339, i64 %646
  %gep3342 = getelementptr i8, ptr %invariant.gep3341, i64 %646
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3328, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3330, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3326, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.02604, 1
  %648 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %648, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3332, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3334, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3336, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %649 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %649, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3338, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3340, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3342, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %650 = mul i64 %16, %t2.addr.02604
  %scevgep3111 = getelementptr i8, ptr %644, i64 %650
  %651 = add nuw nsw i64 %t2.addr.02604, %t0
  %652 = shl nuw nsw i64 %t2.addr.02604, 5
  %.idx2882 = shl i64 %651, 7
  %653 = getelementptr i8, ptr %invariant.gep2863, i64 %.idx2882
  %654 = load <16 x float>, ptr %653, align 4
  %655 = fmul <16 x float> %654, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %656 = or disjoint i64 %652, 2048
  %657 = getelementptr inbounds float, ptr %Bk, i64 %656
  store <16 x float> %655, ptr %657, align 4
  %658 = getelementptr inbounds float, ptr %QK, i64 %652
  store <16 x float> %655, ptr %658, align 4
  %659 = getelementptr i8, ptr %27, i64 %.idx2882
  %660 = load <16 x float>, ptr %659, align 4
  %661 = fmul <16 x float> %660, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %662 = or disjoint i64 %652, 16
  %663 = or i64 %652, 2064
  %664 = getelementptr inbounds float, ptr %Bk, i64 %663
  store <16 x float> %661, ptr %664, align 4
  %665 = getelementptr inbounds float, ptr %QK, i64 %662
  store <16 x float> %661, ptr %665, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3326, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3111, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.02604, 1
  %666 = or disjoint i64 %t2.addr.02604, %t0
  %tau = shl nsw i64 %666, 1
  %667 = mul nsw i64 %tau, %H
  %668 = getelementptr inbounds float, ptr %betah, i64 %667
  %669 = load float, ptr %668, align 4
  %670 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %669, ptr %670, align 4
  %671 = shl nuw nsw i64 %t2.addr.02604, 6
  %.idx2884 = shl i64 %666, 8
  %672 = getelementptr i8, ptr %gep2858, i64 %.idx2884
  %673 = load <16 x float>, ptr %672, align 4
  %gep3344 = getelementptr inbounds float, ptr %invariant.gep3343, i64 %671
  store <16 x float> %673, ptr %gep3344, align 4
  %674 = fneg <16 x float> %673
  %gep3346 = getelementptr inbounds float, ptr %invariant.gep3345, i64 %671
  store <16 x float> %674, ptr %gep3346, align 4
  %675 = getelementptr i8, ptr %28, i64 %.idx2884
  %676 = load <16 x float>, ptr %675, align 4
  %gep3348 = getelementptr inbounds float, ptr %invariant.gep3347, i64 %671
  store <16 x float> %676, ptr %gep3348, align 4
  %677 = fneg <16 x float> %676
  %gep3350 = getelementptr inbounds float, ptr %invariant.gep3349, i64 %671
  store <16 x float> %677, ptr %gep3350, align 4
  %678 = getelementptr i8, ptr %gep2860, i64 %.idx2884
  %679 = load <16 x float>, ptr %678, align 4
  %680 = getelementptr inbounds i8, ptr %Rr, i64 %646
  store <16 x float> %679, ptr %680, align 4
  %681 = getelementptr i8, ptr %29, i64 %.idx2884
  %682 = load <16 x float>, ptr %681, align 4
  %683 = getelementptr inbounds i8, ptr %30, i64 %646
  store <16 x float> %682, ptr %683, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %684 = mul nsw i64 %tau1, %H
  %685 = getelementptr inbounds float, ptr %betah, i64 %684
  %686 = load float, ptr %685, align 4
  %687 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %686, ptr %687, align 4
  %688 = shl nuw nsw i64 %i7, 5
  %.idx2887 = shl i64 %tau1, 7
  %689 = getelementptr i8, ptr %gep2858, i64 %.idx2887
  %690 = load <16 x float>, ptr %689, align 4
  %gep3352 = getelementptr inbounds float, ptr %invariant.gep3351, i64 %688
  store <16 x float> %690, ptr %gep3352, align 4
  %691 = fneg <16 x float> %690
  %gep3354 = getelementptr inbounds float, ptr %invariant.gep3353, i64 %688
  store <16 x float> %691, ptr %gep3354, align 4
  %692 = getelementptr i8, ptr %28, i64 %.idx2887
  %693 = load <16 x float>, ptr %692, align 4
  %gep3356 = getelementptr inbounds float, ptr %invariant.gep3355, i64 %688
  store <16 x float> %693, ptr %gep3356, align 4
  %694 = fneg <16 x float> %693
  %gep3358 = getelementptr inbounds float, ptr %invariant.gep3357, i64 %688
  store <16 x float> %694, ptr %gep3358, align 4
  %695 = getelementptr i8, ptr %gep2860, i64 %.idx2887
  %696 = load <16 x float>, ptr %695, align 4
  %.idx2889 = shl nsw i64 %i7, 7
  %697 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2889
  store <16 x float> %696, ptr %697, align 4
  %698 = getelementptr i8, ptr %29, i64 %.idx2887
  %699 = load <16 x float>, ptr %698, align 4
  %700 = getelementptr inbounds i8, ptr %30, i64 %.idx2889
  store <16 x float> %699, ptr %700, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02604, 1
  %exitcond3118.not = icmp eq i64 %t2.next, 16
  br i1 %exitcond3118.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %701 = phi i1 [ false, %j16.exit ], [ true, %endif ]
  %i20.addr.02606 = phi i64 [ 16, %j16.exit ], [ 0, %endif ]
  %.idx3160 = shl nuw nsw i64 %i20.addr.02606, 7
  %invariant.gep3359 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3160
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %702 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02605 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %gep3360 = getelementptr inbounds float, ptr %invariant.gep3359, i64 %j16.addr.02605
  %703 = getelementptr inbounds i8, ptr %gep3360, i64 10240
  %704 = load <16 x float>, ptr %703, align 4
  %705 = getelementptr inbounds i8, ptr %gep3360, i64 11264
  %706 = load <16 x float>, ptr %705, align 4
  %707 = getelementptr inbounds i8, ptr %gep3360, i64 10368
  %708 = load <16 x float>, ptr %707, align 4
  %709 = getelementptr inbounds i8, ptr %gep3360, i64 11392
  %710 = load <16 x float>, ptr %709, align 4
  %711 = getelementptr inbounds i8, ptr %gep3360, i64 10496
  %712 = load <16 x float>, ptr %711, align 4
  %713 = getelementptr inbounds i8, ptr %gep3360, i64 11520
  %714 = load <16 x float>, ptr %713, align 4
  %715 = getelementptr inbounds i8, ptr %gep3360, i64 10624
  %716 = load <16 x float>, ptr %715, align 4
  %717 = getelementptr inbounds i8, ptr %gep3360, i64 11648
  %718 = load <16 x float>, ptr %717, align 4
  %719 = getelementptr inbounds i8, ptr %gep3360, i64 10752
  %720 = load <16 x float>, ptr %719, align 4
  %721 = getelementptr inbounds i8, ptr %gep3360, i64 11776
  %722 = load <16 x float>, ptr %721, align 4
  %723 = getelementptr inbounds i8, ptr %gep3360, i64 10880
  %724 = load <16 x float>, ptr %723, align 4
  %725 = getelementptr inbounds i8, ptr %gep3360, i64 11904
  %726 = load <16 x float>, ptr %725, align 4
  %727 = getelementptr inbounds i8, ptr %gep3360, i64 11008
  %728 = load <16 x float>, ptr %727, align 4
  %729 = getelementptr inbounds i8, ptr %gep3360, i64 12032
  %730 = load <16 x float>, ptr %729, align 4
  %731 = getelementptr inbounds i8, ptr %gep3360, i64 11136
  %732 = load <16 x float>, ptr %731, align 4
  %733 = getelementptr inbounds i8, ptr %gep3360, i64 12160
  %734 = load <16 x float>, ptr %733, align 4
  %735 = shufflevector <16 x float> %704, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %736 = shufflevector <16 x float> %720, <16 x float> %722, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %737 = shufflevector <16 x float> %708, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %738 = shufflevector <16 x float> %724, <16 x float> %726, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %739 = shufflevector <16 x float> %712, <16 x float> %714, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %740 = shufflevector <16 x float> %728, <16 x float> %730, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %741 = shufflevector <16 x float> %716, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %742 = shufflevector <16 x float> %732, <16 x float> %734, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %743 = shufflevector <16 x float> %704, <16 x float> %706, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %744 = shufflevector <16 x float> %720, <16 x float> %722, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %745 = shufflevector <16 x float> %708, <16 x float> %710, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %746 = shufflevector <16 x float> %724, <16 x float> %726, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %747 = shufflevector <16 x float> %712, <16 x float> %714, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %748 = shufflevector <16 x float> %728, <16 x float> %730, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %749 = shufflevector <16 x float> %716, <16 x float> %718, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %750 = shufflevector <16 x float> %732, <16 x float> %734, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %751 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %752 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %753 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %754 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %755 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %756 = shufflevector <16 x float> %739, <16 x float> %740, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %757 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %758 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %759 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %760 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %761 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %762 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %763 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %764 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %765 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %766 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %767 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %768 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %769 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %770 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %771 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %772 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %773 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %774 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %775 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %776 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %777 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %778 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %779 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %780 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %781 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %782 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %783 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %784 = shl nuw nsw i64 %j16.addr.02605, 5
  %785 = or disjoint i64 %784, %i20.addr.02606
  %786 = getelementptr inbounds float, ptr %KT, i64 %785
  store <16 x float> %783, ptr %786, align 4
  %787 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %788 = or disjoint i64 %785, 32
  %789 = getelementptr inbounds float, ptr %KT, i64 %788
  store <16 x float> %787, ptr %789, align 4
  %790 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %791 = or disjoint i64 %785, 64
  %792 = getelementptr inbounds float, ptr %KT, i64 %791
  store <16 x float> %790, ptr %792, align 4
  %793 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %794 = or disjoint i64 %785, 96
  %795 = getelementptr inbounds float, ptr %KT, i64 %794
  store <16 x float> %793, ptr %795, align 4
  %796 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %797 = or disjoint i64 %785, 128
  %798 = getelementptr inbounds float, ptr %KT, i64 %797
  store <16 x float> %796, ptr %798, align 4
  %799 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %800 = or disjoint i64 %785, 160
  %801 = getelementptr inbounds float, ptr %KT, i64 %800
  store <16 x float> %799, ptr %801, align 4
  %802 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %803 = or disjoint i64 %785, 192
  %804 = getelementptr inbounds float, ptr %KT, i64 %803
  store <16 x float> %802, ptr %804, align 4
  %805 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %806 = or disjoint i64 %785, 224
  %807 = getelementptr inbounds float, ptr %KT, i64 %806
  store <16 x float> %805, ptr %807, align 4
  %808 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %809 = or disjoint i64 %785, 256
  %810 = getelementptr inbounds float, ptr %KT, i64 %809
  store <16 x float> %808, ptr %810, align 4
  %811 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %812 = or disjoint i64 %785, 288
  %813 = getelementptr inbounds float, ptr %KT, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %815 = or disjoint i64 %785, 320
  %816 = getelementptr inbounds float, ptr %KT, i64 %815
  store <16 x float> %814, ptr %816, align 4
  %817 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %818 = or disjoint i64 %785, 352
  %819 = getelementptr inbounds float, ptr %KT, i64 %818
  store <16 x float> %817, ptr %819, align 4
  %820 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %821 = or disjoint i64 %785, 384
  %822 = getelementptr inbounds float, ptr %KT, i64 %821
  store <16 x float> %820, ptr %822, align 4
  %823 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %824 = or disjoint i64 %785, 416
  %825 = getelementptr inbounds float, ptr %KT, i64 %824
  store <16 x float> %823, ptr %825, align 4
  %826 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %827 = or disjoint i64 %785, 448
  %828 = getelementptr inbounds float, ptr %KT, i64 %827
  store <16 x float> %826, ptr %828, align 4
  %829 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %830 = or disjoint i64 %785, 480
  %831 = getelementptr inbounds float, ptr %KT, i64 %830
  store <16 x float> %829, ptr %831, align 4
  br i1 %702, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  br i1 %701, label %j16.head.preheader, label %j17.body

j17.body:                                         ; preds = %j16.exit, %j17.body
  %832 = phi i1 [ false, %j17.body ], [ true, %j16.exit ]
  %j17.addr.02607 = phi i64 [ 16, %j17.body ], [ 0, %j16.exit ]
  %833 = or disjoint i64 %j17.addr.02607, 2048
  %834 = getelementptr inbounds float, ptr %Bk, i64 %833
  %835 = load <16 x float>, ptr %834, align 4
  %836 = or disjoint i64 %j17.addr.02607, 2304
  %837 = getelementptr inbounds float, ptr %Bk, i64 %836
  %838 = load <16 x float>, ptr %837, align 4
  %839 = or disjoint i64 %j17.addr.02607, 2080
  %840 = getelementptr inbounds float, ptr %Bk, i64 %839
  %841 = load <16 x float>, ptr %840, align 4
  %842 = or disjoint i64 %j17.addr.02607, 2336
  %843 = getelementptr inbounds float, ptr %Bk, i64 %842
  %844 = load <16 x float>, ptr %843, align 4
  %845 = or disjoint i64 %j17.addr.02607, 2112
  %846 = getelementptr inbounds float, ptr %Bk, i64 %845
  %847 = load <16 x float>, ptr %846, align 4
  %848 = or disjoint i64 %j17.addr.02607, 2368
  %849 = getelementptr inbounds float, ptr %Bk, i64 %848
  %850 = load <16 x float>, ptr %849, align 4
  %851 = or disjoint i64 %j17.addr.02607, 2144
  %852 = getelementptr inbounds float, ptr %Bk, i64 %851
  %853 = load <16 x float>, ptr %852, align 4
  %854 = or disjoint i64 %j17.addr.02607, 2400
  %855 = getelementptr inbounds float, ptr %Bk, i64 %854
  %856 = load <16 x float>, ptr %855, align 4
  %857 = or disjoint i64 %j17.addr.02607, 2176
  %858 = getelementptr inbounds float, ptr %Bk, i64 %857
  %859 = load <16 x float>, ptr %858, align 4
  %860 = or disjoint i64 %j17.addr.02607, 2432
  %861 = getelementptr inbounds float, ptr %Bk, i64 %860
  %862 = load <16 x float>, ptr %861, align 4
  %863 = or disjoint i64 %j17.addr.02607, 2208
  %864 = getelementptr inbounds float, ptr %Bk, i64 %863
  %865 = load <16 x float>, ptr %864, align 4
  %866 = or disjoint i64 %j17.addr.02607, 2464
  %867 = getelementptr inbounds float, ptr %Bk, i64 %866
  %868 = load <16 x float>, ptr %867, align 4
  %869 = or disjoint i64 %j17.addr.02607, 2240
  %870 = getelementptr inbounds float, ptr %Bk, i64 %869
  %871 = load <16 x float>, ptr %870, align 4
  %872 = or disjoint i64 %j17.addr.02607, 2496
  %873 = getelementptr inbounds float, ptr %Bk, i64 %872
  %874 = load <16 x float>, ptr %873, align 4
  %875 = or disjoint i64 %j17.addr.02607, 2272
  %876 = getelementptr inbounds float, ptr %Bk, i64 %875
  %877 = load <16 x float>, ptr %876, align 4
  %878 = or disjoint i64 %j17.addr.02607, 2528
  %879 = getelementptr inbounds float, ptr %Bk, i64 %878
  %880 = load <16 x float>, ptr %879, align 4
  %881 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %882 = shufflevector <16 x float> %859, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %883 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %884 = shufflevector <16 x float> %865, <16 x float> %868, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %885 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %886 = shufflevector <16 x float> %871, <16 x float> %874, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %887 = shufflevector <16 x float> %853, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %888 = shufflevector <16 x float> %877, <16 x float> %880, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %889 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %890 = shufflevector <16 x float> %859, <16 x float> %862, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %891 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %892 = shufflevector <16 x float> %865, <16 x float> %868, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %893 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %894 = shufflevector <16 x float> %871, <16 x float> %874, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %895 = shufflevector <16 x float> %853, <16 x float> %856, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %896 = shufflevector <16 x float> %877, <16 x float> %880, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %897 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %898 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %899 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %900 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %901 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %902 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %903 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %904 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %905 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %906 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %907 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %908 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %909 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %910 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %911 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %912 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %913 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %914 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %915 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %916 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %917 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %918 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %919 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %920 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %921 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %922 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %923 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %924 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %925 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %926 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %927 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %928 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %929 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2538 = shl nuw nsw i64 %j17.addr.02607, 6
  %930 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2538
  store <16 x float> %929, ptr %930, align 4
  %931 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %932 = shl nuw nsw i64 %j17.addr.02607, 4
  %933 = or disjoint i64 %932, 16
  %934 = getelementptr inbounds float, ptr %QcT, i64 %933
  store <16 x float> %931, ptr %934, align 4
  %935 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %936 = or disjoint i64 %932, 32
  %937 = getelementptr inbounds float, ptr %QcT, i64 %936
  store <16 x float> %935, ptr %937, align 4
  %938 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %939 = or disjoint i64 %932, 48
  %940 = getelementptr inbounds float, ptr %QcT, i64 %939
  store <16 x float> %938, ptr %940, align 4
  %941 = shufflevector <16 x float> %917, <16 x float> %918, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %942 = or disjoint i64 %932, 64
  %943 = getelementptr inbounds float, ptr %QcT, i64 %942
  store <16 x float> %941, ptr %943, align 4
  %944 = shufflevector <16 x float> %917, <16 x float> %918, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %945 = or disjoint i64 %932, 80
  %946 = getelementptr inbounds float, ptr %QcT, i64 %945
  store <16 x float> %944, ptr %946, align 4
  %947 = shufflevector <16 x float> %919, <16 x float> %920, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %948 = or disjoint i64 %932, 96
  %949 = getelementptr inbounds float, ptr %QcT, i64 %948
  store <16 x float> %947, ptr %949, align 4
  %950 = shufflevector <16 x float> %919, <16 x float> %920, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %951 = or disjoint i64 %932, 112
  %952 = getelementptr inbounds float, ptr %QcT, i64 %951
  store <16 x float> %950, ptr %952, align 4
  %953 = shufflevector <16 x float> %921, <16 x float> %922, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %954 = or disjoint i64 %932, 128
  %955 = getelementptr inbounds float, ptr %QcT, i64 %954
  store <16 x float> %953, ptr %955, align 4
  %956 = shufflevector <16 x float> %921, <16 x float> %922, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %957 = or disjoint i64 %932, 144
  %958 = getelementptr inbounds float, ptr %QcT, i64 %957
  store <16 x float> %956, ptr %958, align 4
  %959 = shufflevector <16 x float> %923, <16 x float> %924, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %960 = or disjoint i64 %932, 160
  %961 = getelementptr inbounds float, ptr %QcT, i64 %960
  store <16 x float> %959, ptr %961, align 4
  %962 = shufflevector <16 x float> %923, <16 x float> %924, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %963 = or disjoint i64 %932, 176
  %964 = getelementptr inbounds float, ptr %QcT, i64 %963
  store <16 x float> %962, ptr %964, align 4
  %965 = shufflevector <16 x float> %925, <16 x float> %926, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %966 = or disjoint i64 %932, 192
  %967 = getelementptr inbounds float, ptr %QcT, i64 %966
  store <16 x float> %965, ptr %967, align 4
  %968 = shufflevector <16 x float> %925, <16 x float> %926, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %969 = or disjoint i64 %932, 208
  %970 = getelementptr inbounds float, ptr %QcT, i64 %969
  store <16 x float> %968, ptr %970, align 4
  %971 = shufflevector <16 x float> %927, <16 x float> %928, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %972 = or disjoint i64 %932, 224
  %973 = getelementptr inbounds float, ptr %QcT, i64 %972
  store <16 x float> %971, ptr %973, align 4
  %974 = shufflevector <16 x float> %927, <16 x float> %928, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %975 = or disjoint i64 %932, 240
  %976 = getelementptr inbounds float, ptr %QcT, i64 %975
  store <16 x float> %974, ptr %976, align 4
  br i1 %832, label %j17.body, label %j18.body

j18.body:                                         ; preds = %j17.body, %j18.body
  %977 = phi i1 [ false, %j18.body ], [ true, %j17.body ]
  %j18.addr.02608 = phi i64 [ 16, %j18.body ], [ 0, %j17.body ]
  %978 = getelementptr inbounds float, ptr %OY, i64 %j18.addr.02608
  %979 = load <16 x float>, ptr %978, align 4
  %980 = or disjoint i64 %j18.addr.02608, 256
  %981 = getelementptr inbounds float, ptr %OY, i64 %980
  %982 = load <16 x float>, ptr %981, align 4
  %983 = or disjoint i64 %j18.addr.02608, 32
  %984 = getelementptr inbounds float, ptr %OY, i64 %983
  %985 = load <16 x float>, ptr %984, align 4
  %986 = or disjoint i64 %j18.addr.02608, 288
  %987 = getelementptr inbounds float, ptr %OY, i64 %986
  %988 = load <16 x float>, ptr %987, align 4
  %989 = or disjoint i64 %j18.addr.02608, 64
  %990 = getelementptr inbounds float, ptr %OY, i64 %989
  %991 = load <16 x float>, ptr %990, align 4
  %992 = or disjoint i64 %j18.addr.02608, 320
  %993 = getelementptr inbounds float, ptr %OY, i64 %992
  %994 = load <16 x float>, ptr %993, align 4
  %995 = or disjoint i64 %j18.addr.02608, 96
  %996 = getelementptr inbounds float, ptr %OY, i64 %995
  %997 = load <16 x float>, ptr %996, align 4
  %998 = or disjoint i64 %j18.addr.02608, 352
  %999 = getelementptr inbounds float, ptr %OY, i64 %998
  %1000 = load <16 x float>, ptr %999, align 4
  %1001 = or disjoint i64 %j18.addr.02608, 128
  %1002 = getelementptr inbounds float, ptr %OY, i64 %1001
  %1003 = load <16 x float>, ptr %1002, align 4
  %1004 = or disjoint i64 %j18.addr.02608, 384
  %1005 = getelementptr inbounds float, ptr %OY, i64 %1004
  %1006 = load <16 x float>, ptr %1005, align 4
  %1007 = or disjoint i64 %j18.addr.02608, 160
  %1008 = getelementptr inbounds float, ptr %OY, i64 %1007
  %1009 = load <16 x float>, ptr %1008, align 4
  %1010 = or disjoint i64 %j18.addr.02608, 416
  %1011 = getelementptr inbounds float, ptr %OY, i64 %1010
  %1012 = load <16 x float>, ptr %1011, align 4
  %1013 = or disjoint i64 %j18.addr.02608, 192
  %1014 = getelementptr inbounds float, ptr %OY, i64 %1013
  %1015 = load <16 x float>, ptr %1014, align 4
  %1016 = or disjoint i64 %j18.addr.02608, 448
  %1017 = getelementptr inbounds float, ptr %OY, i64 %1016
  %1018 = load <16 x float>, ptr %1017, align 4
  %1019 = or disjoint i64 %j18.addr.02608, 224
  %1020 = getelementptr inbounds float, ptr %OY, i64 %1019
  %1021 = load <16 x float>, ptr %1020, align 4
  %1022 = or disjoint i64 %j18.addr.02608, 480
  %1023 = getelementptr inbounds float, ptr %OY, i64 %1022
  %1024 = load <16 x float>, ptr %1023, align 4
  %1025 = shufflevector <16 x float> %979, <16 x float> %982, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1026 = shufflevector <16 x float> %1003, <16 x float> %1006, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1027 = shufflevector <16 x float> %985, <16 x float> %988, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1028 = shufflevector <16 x float> %1009, <16 x float> %1012, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1029 = shufflevector <16 x float> %991, <16 x float> %994, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1030 = shufflevector <16 x float> %1015, <16 x float> %1018, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1031 = shufflevector <16 x float> %997, <16 x float> %1000, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1032 = shufflevector <16 x float> %1021, <16 x float> %1024, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1033 = shufflevector <16 x float> %979, <16 x float> %982, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1034 = shufflevector <16 x float> %1003, <16 x float> %1006, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1035 = shufflevector <16 x float> %985, <16 x float> %988, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1036 = shufflevector <16 x float> %1009, <16 x float> %1012, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1037 = shufflevector <16 x float> %991, <16 x float> %994, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1038 = shufflevector <16 x float> %1015, <16 x float> %1018, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1039 = shufflevector <16 x float> %997, <16 x float> %1000, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1040 = shufflevector <16 x float> %1021, <16 x float> %1024, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1041 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1042 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1043 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1044 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1045 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1046 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1047 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1048 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1049 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1050 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1051 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1052 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1053 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1054 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1055 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1056 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1057 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1058 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1059 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1060 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1061 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1062 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1063 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1064 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1065 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1066 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1067 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1068 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1069 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1070 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1071 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1072 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1073 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2537 = shl nuw nsw i64 %j18.addr.02608, 6
  %1074 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2537
  store <16 x float> %1073, ptr %1074, align 4
  %1075 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1076 = shl nuw nsw i64 %j18.addr.02608, 4
  %1077 = or disjoint i64 %1076, 16
  %1078 = getelementptr inbounds float, ptr %dOT, i64 %1077
  store <16 x float> %1075, ptr %1078, align 4
  %1079 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1080 = or disjoint i64 %1076, 32
  %1081 = getelementptr inbounds float, ptr %dOT, i64 %1080
  store <16 x float> %1079, ptr %1081, align 4
  %1082 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1083 = or disjoint i64 %1076, 48
  %1084 = getelementptr inbounds float, ptr %dOT, i64 %1083
  store <16 x float> %1082, ptr %1084, align 4
  %1085 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1086 = or disjoint i64 %1076, 64
  %1087 = getelementptr inbounds float, ptr %dOT, i64 %1086
  store <16 x float> %1085, ptr %1087, align 4
  %1088 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1089 = or disjoint i64 %1076, 80
  %1090 = getelementptr inbounds float, ptr %dOT, i64 %1089
  store <16 x float> %1088, ptr %1090, align 4
  %1091 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1092 = or disjoint i64 %1076, 96
  %1093 = getelementptr inbounds float, ptr %dOT, i64 %1092
  store <16 x float> %1091, ptr %1093, align 4
  %1094 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1095 = or disjoint i64 %1076, 112
  %1096 = getelementptr inbounds float, ptr %dOT, i64 %1095
  store <16 x float> %1094, ptr %1096, align 4
  %1097 = shufflevector <16 x float> %1065, <16 x float> %1066, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1098 = or disjoint i64 %1076, 128
  %1099 = getelementptr inbounds float, ptr %dOT, i64 %1098
  store <16 x float> %1097, ptr %1099, align 4
  %1100 = shufflevector <16 x float> %1065, <16 x float> %1066, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1101 = or disjoint i64 %1076, 144
  %1102 = getelementptr inbounds float, ptr %dOT, i64 %1101
  store <16 x float> %1100, ptr %1102, align 4
  %1103 = shufflevector <16 x float> %1067, <16 x float> %1068, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1104 = or disjoint i64 %1076, 160
  %1105 = getelementptr inbounds float, ptr %dOT, i64 %1104
  store <16 x float> %1103, ptr %1105, align 4
  %1106 = shufflevector <16 x float> %1067, <16 x float> %1068, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1107 = or disjoint i64 %1076, 176
  %1108 = getelementptr inbounds float, ptr %dOT, i64 %1107
  store <16 x float> %1106, ptr %1108, align 4
  %1109 = shufflevector <16 x float> %1069, <16 x float> %1070, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1110 = or disjoint i64 %1076, 192
  %1111 = getelementptr inbounds float, ptr %dOT, i64 %1110
  store <16 x float> %1109, ptr %1111, align 4
  %1112 = shufflevector <16 x float> %1069, <16 x float> %1070, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1113 = or disjoint i64 %1076, 208
  %1114 = getelementptr inbounds float, ptr %dOT, i64 %1113
  store <16 x float> %1112, ptr %1114, align 4
  %1115 = shufflevector <16 x float> %1071, <16 x float> %1072, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1116 = or disjoint i64 %1076, 224
  %1117 = getelementptr inbounds float, ptr %dOT, i64 %1116
  store <16 x float> %1115, ptr %1117, align 4
  %1118 = shufflevector <16 x float> %1071, <16 x float> %1072, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1119 = or disjoint i64 %1076, 240
  %1120 = getelementptr inbounds float, ptr %dOT, i64 %1119
  store <16 x float> %1118, ptr %1120, align 4
  br i1 %977, label %j18.body, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.1, %p3.exit
  %1121 = icmp ult i64 %i23.addr.02621, 24
  br i1 %1121, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.body, %i23.head.loopexit
  %i23.addr.02621 = phi i64 [ %1122, %i23.head.loopexit ], [ 0, %j18.body ]
  %1122 = add nuw nsw i64 %i23.addr.02621, 8
  %1123 = shl nuw nsw i64 %i23.addr.02621, 5
  %.idx2535 = shl nuw nsw i64 %i23.addr.02621, 7
  %1124 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2535
  %1125 = or disjoint i64 %1123, 32
  %1126 = getelementptr inbounds float, ptr %Gm, i64 %1125
  %1127 = or disjoint i64 %1123, 64
  %1128 = getelementptr inbounds float, ptr %Gm, i64 %1127
  %1129 = or disjoint i64 %1123, 96
  %1130 = getelementptr inbounds float, ptr %Gm, i64 %1129
  %1131 = or disjoint i64 %1123, 128
  %1132 = getelementptr inbounds float, ptr %Gm, i64 %1131
  %1133 = or disjoint i64 %1123, 160
  %1134 = getelementptr inbounds float, ptr %Gm, i64 %1133
  %1135 = or disjoint i64 %1123, 192
  %1136 = getelementptr inbounds float, ptr %Gm, i64 %1135
  %1137 = or disjoint i64 %1123, 224
  %1138 = getelementptr inbounds float, ptr %Gm, i64 %1137
  %invariant.gep3361 = getelementptr inbounds float, ptr %Bk, i64 %1123
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.02619 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1144, %p3.body ]
  %acc1.02618 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1149, %p3.body ]
  %acc2.02617 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1154, %p3.body ]
  %acc3.02616 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1159, %p3.body ]
  %acc4.02615 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1164, %p3.body ]
  %acc5.02614 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1169, %p3.body ]
  %acc6.02613 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1174, %p3.body ]
  %acc7.02612 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1179, %p3.body ]
  %p3.addr.02611 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx2536 = shl nuw nsw i64 %p3.addr.02611, 7
  %gep2610 = getelementptr inbounds i8, ptr %KT, i64 %.idx2536
  %1139 = load <16 x float>, ptr %gep2610, align 4
  %gep3362 = getelementptr inbounds float, ptr %invariant.gep3361, i64 %p3.addr.02611
  %1140 = getelementptr inbounds i8, ptr %gep3362, i64 10240
  %1141 = load float, ptr %1140, align 4
  %1142 = insertelement <16 x float> poison, float %1141, i64 0
  %1143 = shufflevector <16 x float> %1142, <16 x float> poison, <16 x i32> zeroinitializer
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1143, <16 x float> %1139, <16 x float> %acc.02619)
  %1145 = getelementptr inbounds i8, ptr %gep3362, i64 10368
  %1146 = load float, ptr %1145, align 4
  %1147 = insertelement <16 x float> poison, float %1146, i64 0
  %1148 = shufflevector <16 x float> %1147, <16 x float> poison, <16 x i32> zeroinitializer
  %1149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1148, <16 x float> %1139, <16 x float> %acc1.02618)
  %1150 = getelementptr inbounds i8, ptr %gep3362, i64 10496
  %1151 = load float, ptr %1150, align 4
  %1152 = insertelement <16 x float> poison, float %1151, i64 0
  %1153 = shufflevector <16 x float> %1152, <16 x float> poison, <16 x i32> zeroinitializer
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1139, <16 x float> %acc2.02617)
  %1155 = getelementptr inbounds i8, ptr %gep3362, i64 10624
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <16 x float> poison, float %1156, i64 0
  %1158 = shufflevector <16 x float> %1157, <16 x float> poison, <16 x i32> zeroinitializer
  %1159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1139, <16 x float> %acc3.02616)
  %1160 = getelementptr inbounds i8, ptr %gep3362, i64 10752
  %1161 = load float, ptr %1160, align 4
  %1162 = insertelement <16 x float> poison, float %1161, i64 0
  %1163 = shufflevector <16 x float> %1162, <16 x float> poison, <16 x i32> zeroinitializer
  %1164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1163, <16 x float> %1139, <16 x float> %acc4.02615)
  %1165 = getelementptr inbounds i8, ptr %gep3362, i64 10880
  %1166 = load float, ptr %1165, align 4
  %1167 = insertelement <16 x float> poison, float %1166, i64 0
  %1168 = shufflevector <16 x float> %1167, <16 x float> poison, <16 x i32> zeroinitializer
  %1169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1168, <16 x float> %1139, <16 x float> %acc5.02614)
  %1170 = getelementptr inbounds i8, ptr %gep3362, i64 11008
  %1171 = load float, ptr %1170, align 4
  %1172 = insertelement <16 x float> poison, float %1171, i64 0
  %1173 = shufflevector <16 x float> %1172, <16 x float> poison, <16 x i32> zeroinitializer
  %1174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1173, <16 x float> %1139, <16 x float> %acc6.02613)
  %1175 = getelementptr inbounds i8, ptr %gep3362, i64 11136
  %1176 = load float, ptr %1175, align 4
  %1177 = insertelement <16 x float> poison, float %1176, i64 0
  %1178 = shufflevector <16 x float> %1177, <16 x float> poison, <16 x i32> zeroinitializer
  %1179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1178, <16 x float> %1139, <16 x float> %acc7.02612)
  %p3.next = add nuw nsw i64 %p3.addr.02611, 1
  %exitcond3119.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3119.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1144, ptr %1124, align 4
  store <16 x float> %1149, ptr %1126, align 4
  store <16 x float> %1154, ptr %1128, align 4
  store <16 x float> %1159, ptr %1130, align 4
  store <16 x float> %1164, ptr %1132, align 4
  store <16 x float> %1169, ptr %1134, align 4
  store <16 x float> %1174, ptr %1136, align 4
  store <16 x float> %1179, ptr %1138, align 4
  %1180 = icmp ugt i64 %i23.addr.02621, 8
  br i1 %1180, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.02619.1 = phi <16 x float> [ %1186, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.02618.1 = phi <16 x float> [ %1191, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.02617.1 = phi <16 x float> [ %1196, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.02616.1 = phi <16 x float> [ %1201, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.02615.1 = phi <16 x float> [ %1206, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.02614.1 = phi <16 x float> [ %1211, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.02613.1 = phi <16 x float> [ %1216, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.02612.1 = phi <16 x float> [ %1221, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.02611.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2536.1 = shl nuw nsw i64 %p3.addr.02611.1, 7
  %gep2610.1 = getelementptr inbounds i8, ptr %invariant.gep2609.1, i64 %.idx2536.1
  %1181 = load <16 x float>, ptr %gep2610.1, align 4
  %gep3362.1 = getelementptr inbounds float, ptr %invariant.gep3361, i64 %p3.addr.02611.1
  %1182 = getelementptr inbounds i8, ptr %gep3362.1, i64 10240
  %1183 = load float, ptr %1182, align 4
  %1184 = insertelement <16 x float> poison, float %1183, i64 0
  %1185 = shufflevector <16 x float> %1184, <16 x float> poison, <16 x i32> zeroinitializer
  %1186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1185, <16 x float> %1181, <16 x float> %acc.02619.1)
  %1187 = getelementptr inbounds i8, ptr %gep3362.1, i64 10368
  %1188 = load float, ptr %1187, align 4
  %1189 = insertelement <16 x float> poison, float %1188, i64 0
  %1190 = shufflevector <16 x float> %1189, <16 x float> poison, <16 x i32> zeroinitializer
  %1191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1190, <16 x float> %1181, <16 x float> %acc1.02618.1)
  %1192 = getelementptr inbounds i8, ptr %gep3362.1, i64 10496
  %1193 = load float, ptr %1192, align 4
  %1194 = insertelement <16 x float> poison, float %1193, i64 0
  %1195 = shufflevector <16 x float> %1194, <16 x float> poison, <16 x i32> zeroinitializer
  %1196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1181, <16 x float> %acc2.02617.1)
  %1197 = getelementptr inbounds i8, ptr %gep3362.1, i64 10624
  %1198 = load float, ptr %1197, align 4
  %1199 = insertelement <16 x float> poison, float %1198, i64 0
  %1200 = shufflevector <16 x float> %1199, <16 x float> poison, <16 x i32> zeroinitializer
  %1201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1200, <16 x float> %1181, <16 x float> %acc3.02616.1)
  %1202 = getelementptr inbounds i8, ptr %gep3362.1, i64 10752
  %1203 = load float, ptr %1202, align 4
  %1204 = insertelement <16 x float> poison, float %1203, i64 0
  %1205 = shufflevector <16 x float> %1204, <16 x float> poison, <16 x i32> zeroinitializer
  %1206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1205, <16 x float> %1181, <16 x float> %acc4.02615.1)
  %1207 = getelementptr inbounds i8, ptr %gep3362.1, i64 10880
  %1208 = load float, ptr %1207, align 4
  %1209 = insertelement <16 x float> poison, float %1208, i64 0
  %1210 = shufflevector <16 x float> %1209, <16 x float> poison, <16 x i32> zeroinitializer
  %1211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1210, <16 x float> %1181, <16 x float> %acc5.02614.1)
  %1212 = getelementptr inbounds i8, ptr %gep3362.1, i64 11008
  %1213 = load float, ptr %1212, align 4
  %1214 = insertelement <16 x float> poison, float %1213, i64 0
  %1215 = shufflevector <16 x float> %1214, <16 x float> poison, <16 x i32> zeroinitializer
  %1216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1215, <16 x float> %1181, <16 x float> %acc6.02613.1)
  %1217 = getelementptr inbounds i8, ptr %gep3362.1, i64 11136
  %1218 = load float, ptr %1217, align 4
  %1219 = insertelement <16 x float> poison, float %1218, i64 0
  %1220 = shufflevector <16 x float> %1219, <16 x float> poison, <16 x i32> zeroinitializer
  %1221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1181, <16 x float> %acc7.02612.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02611.1, 1
  %exitcond3119.not.1 = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond3119.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1222 = getelementptr inbounds i8, ptr %1124, i64 64
  store <16 x float> %1186, ptr %1222, align 4
  %1223 = getelementptr inbounds i8, ptr %1126, i64 64
  store <16 x float> %1191, ptr %1223, align 4
  %1224 = getelementptr inbounds i8, ptr %1128, i64 64
  store <16 x float> %1196, ptr %1224, align 4
  %1225 = getelementptr inbounds i8, ptr %1130, i64 64
  store <16 x float> %1201, ptr %1225, align 4
  %1226 = getelementptr inbounds i8, ptr %1132, i64 64
  store <16 x float> %1206, ptr %1226, align 4
  %1227 = getelementptr inbounds i8, ptr %1134, i64 64
  store <16 x float> %1211, ptr %1227, align 4
  %1228 = getelementptr inbounds i8, ptr %1136, i64 64
  store <16 x float> %1216, ptr %1228, align 4
  %1229 = getelementptr inbounds i8, ptr %1138, i64 64
  store <16 x float> %1221, ptr %1229, align 4
  br label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02639 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %.idx3161 = shl nsw i64 %i24.addr.02639, 7
  %invariant.gep3363 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3161
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02638 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1246, %p4.body ]
  %acc9.02637 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1247, %p4.body ]
  %acc10.02636 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1248, %p4.body ]
  %acc11.02635 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1249, %p4.body ]
  %acc12.02634 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1254, %p4.body ]
  %acc13.02633 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1255, %p4.body ]
  %acc14.02632 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1256, %p4.body ]
  %acc15.02631 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1257, %p4.body ]
  %acc16.02630 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1262, %p4.body ]
  %acc17.02629 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1263, %p4.body ]
  %acc18.02628 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1264, %p4.body ]
  %acc19.02627 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1265, %p4.body ]
  %acc20.02626 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1270, %p4.body ]
  %acc21.02625 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1271, %p4.body ]
  %acc22.02624 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1272, %p4.body ]
  %acc23.02623 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1273, %p4.body ]
  %p4.addr.02622 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1230 = shl nuw nsw i64 %p4.addr.02622, 6
  %1231 = getelementptr inbounds float, ptr %work, i64 %1230
  %1232 = load <16 x float>, ptr %1231, align 4
  %1233 = or disjoint i64 %1230, 16
  %1234 = getelementptr inbounds float, ptr %work, i64 %1233
  %1235 = load <16 x float>, ptr %1234, align 4
  %1236 = or disjoint i64 %1230, 32
  %1237 = getelementptr inbounds float, ptr %work, i64 %1236
  %1238 = load <16 x float>, ptr %1237, align 4
  %1239 = or disjoint i64 %1230, 48
  %1240 = getelementptr inbounds float, ptr %work, i64 %1239
  %1241 = load <16 x float>, ptr %1240, align 4
  %gep3364 = getelementptr inbounds float, ptr %invariant.gep3363, i64 %p4.addr.02622
  %1242 = getelementptr inbounds i8, ptr %gep3364, i64 10240
  %1243 = load float, ptr %1242, align 4
  %1244 = insertelement <16 x float> poison, float %1243, i64 0
  %1245 = shufflevector <16 x float> %1244, <16 x float> poison, <16 x i32> zeroinitializer
  %1246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1232, <16 x float> %acc8.02638)
  %1247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1235, <16 x float> %acc9.02637)
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1238, <16 x float> %acc10.02636)
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1241, <16 x float> %acc11.02635)
  %1250 = getelementptr inbounds i8, ptr %gep3364, i64 10368
  %1251 = load float, ptr %1250, align 4
  %1252 = insertelement <16 x float> poison, float %1251, i64 0
  %1253 = shufflevector <16 x float> %1252, <16 x float> poison, <16 x i32> zeroinitializer
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1232, <16 x float> %acc12.02634)
  %1255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1235, <16 x float> %acc13.02633)
  %1256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1238, <16 x float> %acc14.02632)
  %1257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1241, <16 x float> %acc15.02631)
  %1258 = getelementptr inbounds i8, ptr %gep3364, i64 10496
  %1259 = load float, ptr %1258, align 4
  %1260 = insertelement <16 x float> poison, float %1259, i64 0
  %1261 = shufflevector <16 x float> %1260, <16 x float> poison, <16 x i32> zeroinitializer
  %1262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1232, <16 x float> %acc16.02630)
  %1263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1235, <16 x float> %acc17.02629)
  %1264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1238, <16 x float> %acc18.02628)
  %1265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1241, <16 x float> %acc19.02627)
  %1266 = getelementptr inbounds i8, ptr %gep3364, i64 10624
  %1267 = load float, ptr %1266, align 4
  %1268 = insertelement <16 x float> poison, float %1267, i64 0
  %1269 = shufflevector <16 x float> %1268, <16 x float> poison, <16 x i32> zeroinitializer
  %1270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1269, <16 x float> %1232, <16 x float> %acc20.02626)
  %1271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1269, <16 x float> %1235, <16 x float> %acc21.02625)
  %1272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1269, <16 x float> %1238, <16 x float> %acc22.02624)
  %1273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1269, <16 x float> %1241, <16 x float> %acc23.02623)
  %p4.next = add nuw nsw i64 %p4.addr.02622, 1
  %exitcond3120.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3120.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1274 = shl nuw nsw i64 %i24.addr.02639, 6
  %1275 = getelementptr inbounds float, ptr %KSdS, i64 %1274
  store <16 x float> %1246, ptr %1275, align 4
  %1276 = or disjoint i64 %1274, 16
  %1277 = getelementptr inbounds float, ptr %KSdS, i64 %1276
  store <16 x float> %1247, ptr %1277, align 4
  %1278 = or disjoint i64 %1274, 32
  %1279 = getelementptr inbounds float, ptr %KSdS, i64 %1278
  store <16 x float> %1248, ptr %1279, align 4
  %1280 = or disjoint i64 %1274, 48
  %1281 = getelementptr inbounds float, ptr %KSdS, i64 %1280
  store <16 x float> %1249, ptr %1281, align 4
  %1282 = or disjoint i64 %1274, 64
  %1283 = getelementptr inbounds float, ptr %KSdS, i64 %1282
  store <16 x float> %1254, ptr %1283, align 4
  %1284 = or disjoint i64 %1274, 80
  %1285 = getelementptr inbounds float, ptr %KSdS, i64 %1284
  store <16 x float> %1255, ptr %1285, align 4
  %1286 = or disjoint i64 %1274, 96
  %1287 = getelementptr inbounds float, ptr %KSdS, i64 %1286
  store <16 x float> %1256, ptr %1287, align 4
  %1288 = or disjoint i64 %1274, 112
  %1289 = getelementptr inbounds float, ptr %KSdS, i64 %1288
  store <16 x float> %1257, ptr %1289, align 4
  %1290 = or disjoint i64 %1274, 128
  %1291 = getelementptr inbounds float, ptr %KSdS, i64 %1290
  store <16 x float> %1262, ptr %1291, align 4
  %1292 = or disjoint i64 %1274, 144
  %1293 = getelementptr inbounds float, ptr %KSdS, i64 %1292
  store <16 x float> %1263, ptr %1293, align 4
  %1294 = or disjoint i64 %1274, 160
  %1295 = getelementptr inbounds float, ptr %KSdS, i64 %1294
  store <16 x float> %1264, ptr %1295, align 4
  %1296 = or disjoint i64 %1274, 176
  %1297 = getelementptr inbounds float, ptr %KSdS, i64 %1296
  store <16 x float> %1265, ptr %1297, align 4
  %1298 = or disjoint i64 %1274, 192
  %1299 = getelementptr inbounds float, ptr %KSdS, i64 %1298
  store <16 x float> %1270, ptr %1299, align 4
  %1300 = or disjoint i64 %1274, 208
  %1301 = getelementptr inbounds float, ptr %KSdS, i64 %1300
  store <16 x float> %1271, ptr %1301, align 4
  %1302 = or disjoint i64 %1274, 224
  %1303 = getelementptr inbounds float, ptr %KSdS, i64 %1302
  store <16 x float> %1272, ptr %1303, align 4
  %1304 = or disjoint i64 %1274, 240
  %1305 = getelementptr inbounds float, ptr %KSdS, i64 %1304
  store <16 x float> %1273, ptr %1305, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02639, 4
  %1306 = icmp ult i64 %i24.addr.02639, 28
  br i1 %1306, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02641 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2890 = shl nsw i64 %i25.addr.02641, 7
  %1307 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2890
  %1308 = load <16 x float>, ptr %1307, align 4
  %.idx2891 = shl nsw i64 %i25.addr.02641, 8
  %1309 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2891
  %1310 = load <16 x float>, ptr %1309, align 4
  %1311 = fsub <16 x float> %1308, %1310
  store <16 x float> %1311, ptr %1307, align 4
  %1312 = getelementptr inbounds i8, ptr %31, i64 %.idx2890
  %1313 = load <16 x float>, ptr %1312, align 4
  %1314 = getelementptr inbounds i8, ptr %32, i64 %.idx2891
  %1315 = load <16 x float>, ptr %1314, align 4
  %1316 = fsub <16 x float> %1313, %1315
  store <16 x float> %1316, ptr %1312, align 4
  %i25.next = or disjoint i64 %i25.addr.02641, 1
  %.idx2890.1 = shl nsw i64 %i25.next, 7
  %1317 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2890.1
  %1318 = load <16 x float>, ptr %1317, align 4
  %.idx2891.1 = shl nsw i64 %i25.next, 8
  %1319 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2891.1
  %1320 = load <16 x float>, ptr %1319, align 4
  %1321 = fsub <16 x float> %1318, %1320
  store <16 x float> %1321, ptr %1317, align 4
  %1322 = getelementptr inbounds i8, ptr %31, i64 %.idx2890.1
  %1323 = load <16 x float>, ptr %1322, align 4
  %1324 = getelementptr inbounds i8, ptr %32, i64 %.idx2891.1
  %1325 = load <16 x float>, ptr %1324, align 4
  %1326 = fsub <16 x float> %1323, %1325
  store <16 x float> %1326, ptr %1322, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02641, 2
  %.idx2890.2 = shl nsw i64 %i25.next.1, 7
  %1327 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2890.2
  %1328 = load <16 x float>, ptr %1327, align 4
  %.idx2891.2 = shl nsw i64 %i25.next.1, 8
  %1329 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2891.2
  %1330 = load <16 x float>, ptr %1329, align 4
  %1331 = fsub <16 x float> %1328, %1330
  store <16 x float> %1331, ptr %1327, align 4
  %1332 = getelementptr inbounds i8, ptr %31, i64 %.idx2890.2
  %1333 = load <16 x float>, ptr %1332, align 4
  %1334 = getelementptr inbounds i8, ptr %32, i64 %.idx2891.2
  %1335 = load <16 x float>, ptr %1334, align 4
  %1336 = fsub <16 x float> %1333, %1335
  store <16 x float> %1336, ptr %1332, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02641, 3
  %.idx2890.3 = shl nsw i64 %i25.next.2, 7
  %1337 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2890.3
  %1338 = load <16 x float>, ptr %1337, align 4
  %.idx2891.3 = shl nsw i64 %i25.next.2, 8
  %1339 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2891.3
  %1340 = load <16 x float>, ptr %1339, align 4
  %1341 = fsub <16 x float> %1338, %1340
  store <16 x float> %1341, ptr %1337, align 4
  %1342 = getelementptr inbounds i8, ptr %31, i64 %.idx2890.3
  %1343 = load <16 x float>, ptr %1342, align 4
  %1344 = getelementptr inbounds i8, ptr %32, i64 %.idx2891.3
  %1345 = load <16 x float>, ptr %1344, align 4
  %1346 = fsub <16 x float> %1343, %1345
  store <16 x float> %1346, ptr %1342, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02641, 4
  %exitcond3121.not.3 = icmp eq i64 %i25.next.3, 32
  br i1 %exitcond3121.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02658 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1347 = shl nuw nsw i64 %ib.addr.02658, 2
  %umax3710 = tail call i64 @llvm.umax.i64(i64 %1347, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02658, 2
  %.not2892 = icmp eq i64 %ib.addr.02658, 0
  br i1 %.not2892, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2534 = shl nuw nsw i64 %ib.addr.02658, 9
  %1348 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2534
  %1349 = shl nuw nsw i64 %ib.addr.02658, 7
  %1350 = or disjoint i64 %1349, 32
  %1351 = getelementptr inbounds float, ptr %Gm, i64 %1350
  %1352 = or disjoint i64 %1349, 64
  %1353 = getelementptr inbounds float, ptr %Gm, i64 %1352
  %1354 = or disjoint i64 %1349, 96
  %1355 = getelementptr inbounds float, ptr %Gm, i64 %1354
  %xtraiter = and i64 %umax3710, 1
  %1356 = icmp eq i64 %umax3710, 1
  br i1 %1356, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3710, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02650 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1397, %j21.body ]
  %acc25.02649 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1398, %j21.body ]
  %acc26.02648 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1403, %j21.body ]
  %acc27.02647 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1404, %j21.body ]
  %acc28.02646 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1409, %j21.body ]
  %acc29.02645 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1410, %j21.body ]
  %acc30.02644 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1415, %j21.body ]
  %acc31.02643 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1416, %j21.body ]
  %j21.addr.02642 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1357 = shl nsw i64 %j21.addr.02642, 5
  %1358 = getelementptr inbounds float, ptr %Vn, i64 %1357
  %1359 = load <16 x float>, ptr %1358, align 4
  %1360 = or disjoint i64 %1357, 16
  %1361 = getelementptr inbounds float, ptr %Vn, i64 %1360
  %1362 = load <16 x float>, ptr %1361, align 4
  %1363 = getelementptr inbounds float, ptr %1348, i64 %j21.addr.02642
  %1364 = load float, ptr %1363, align 4
  %1365 = insertelement <16 x float> poison, float %1364, i64 0
  %1366 = shufflevector <16 x float> %1365, <16 x float> poison, <16 x i32> zeroinitializer
  %1367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1366, <16 x float> %1359, <16 x float> %acc24.02650)
  %1368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1366, <16 x float> %1362, <16 x float> %acc25.02649)
  %1369 = getelementptr inbounds float, ptr %1351, i64 %j21.addr.02642
  %1370 = load float, ptr %1369, align 4
  %1371 = insertelement <16 x float> poison, float %1370, i64 0
  %1372 = shufflevector <16 x float> %1371, <16 x float> poison, <16 x i32> zeroinitializer
  %1373 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1372, <16 x float> %1359, <16 x float> %acc26.02648)
  %1374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1372, <16 x float> %1362, <16 x float> %acc27.02647)
  %1375 = getelementptr inbounds float, ptr %1353, i64 %j21.addr.02642
  %1376 = load float, ptr %1375, align 4
  %1377 = insertelement <16 x float> poison, float %1376, i64 0
  %1378 = shufflevector <16 x float> %1377, <16 x float> poison, <16 x i32> zeroinitializer
  %1379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1378, <16 x float> %1359, <16 x float> %acc28.02646)
  %1380 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1378, <16 x float> %1362, <16 x float> %acc29.02645)
  %1381 = getelementptr inbounds float, ptr %1355, i64 %j21.addr.02642
  %1382 = load float, ptr %1381, align 4
  %1383 = insertelement <16 x float> poison, float %1382, i64 0
  %1384 = shufflevector <16 x float> %1383, <16 x float> poison, <16 x i32> zeroinitializer
  %1385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1384, <16 x float> %1359, <16 x float> %acc30.02644)
  %1386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1384, <16 x float> %1362, <16 x float> %acc31.02643)
  %j21.next = or disjoint i64 %j21.addr.02642, 1
  %1387 = shl nsw i64 %j21.next, 5
  %1388 = getelementptr inbounds float, ptr %Vn, i64 %1387
  %1389 = load <16 x float>, ptr %1388, align 4
  %1390 = or disjoint i64 %1387, 16
  %1391 = getelementptr inbounds float, ptr %Vn, i64 %1390
  %1392 = load <16 x float>, ptr %1391, align 4
  %1393 = getelementptr inbounds float, ptr %1348, i64 %j21.next
  %1394 = load float, ptr %1393, align 4
  %1395 = insertelement <16 x float> poison, float %1394, i64 0
  %1396 = shufflevector <16 x float> %1395, <16 x float> poison, <16 x i32> zeroinitializer
  %1397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1396, <16 x float> %1389, <16 x float> %1367)
  %1398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1396, <16 x float> %1392, <16 x float> %1368)
  %1399 = getelementptr inbounds float, ptr %1351, i64 %j21.next
  %1400 = load float, ptr %1399, align 4
  %1401 = insertelement <16 x float> poison, float %1400, i64 0
  %1402 = shufflevector <16 x float> %1401, <16 x float> poison, <16 x i32> zeroinitializer
  %1403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1402, <16 x float> %1389, <16 x float> %1373)
  %1404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1402, <16 x float> %1392, <16 x float> %1374)
  %1405 = getelementptr inbounds float, ptr %1353, i64 %j21.next
  %1406 = load float, ptr %1405, align 4
  %1407 = insertelement <16 x float> poison, float %1406, i64 0
  %1408 = shufflevector <16 x float> %1407, <16 x float> poison, <16 x i32> zeroinitializer
  %1409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1408, <16 x float> %1389, <16 x float> %1379)
  %1410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1408, <16 x float> %1392, <16 x float> %1380)
  %1411 = getelementptr inbounds float, ptr %1355, i64 %j21.next
  %1412 = load float, ptr %1411, align 4
  %1413 = insertelement <16 x float> poison, float %1412, i64 0
  %1414 = shufflevector <16 x float> %1413, <16 x float> poison, <16 x i32> zeroinitializer
  %1415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1414, <16 x float> %1389, <16 x float> %1385)
  %1416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1414, <16 x float> %1392, <16 x float> %1386)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02642, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3581.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1397, %j21.body ]
  %.lcssa3580.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1398, %j21.body ]
  %.lcssa3579.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1403, %j21.body ]
  %.lcssa3578.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1404, %j21.body ]
  %.lcssa3577.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1409, %j21.body ]
  %.lcssa3576.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1410, %j21.body ]
  %.lcssa3575.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1415, %j21.body ]
  %.lcssa3574.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1416, %j21.body ]
  %acc24.02650.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1397, %j21.body ]
  %acc25.02649.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1398, %j21.body ]
  %acc26.02648.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1403, %j21.body ]
  %acc27.02647.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1404, %j21.body ]
  %acc28.02646.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1409, %j21.body ]
  %acc29.02645.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1410, %j21.body ]
  %acc30.02644.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1415, %j21.body ]
  %acc31.02643.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1416, %j21.body ]
  %j21.addr.02642.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1417 = shl nsw i64 %j21.addr.02642.unr, 5
  %1418 = getelementptr inbounds float, ptr %Vn, i64 %1417
  %1419 = load <16 x float>, ptr %1418, align 4
  %1420 = or disjoint i64 %1417, 16
  %1421 = getelementptr inbounds float, ptr %Vn, i64 %1420
  %1422 = load <16 x float>, ptr %1421, align 4
  %1423 = getelementptr inbounds float, ptr %1348, i64 %j21.addr.02642.unr
  %1424 = load float, ptr %1423, align 4
  %1425 = insertelement <16 x float> poison, float %1424, i64 0
  %1426 = shufflevector <16 x float> %1425, <16 x float> poison, <16 x i32> zeroinitializer
  %1427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1426, <16 x float> %1419, <16 x float> %acc24.02650.unr)
  %1428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1426, <16 x float> %1422, <16 x float> %acc25.02649.unr)
  %1429 = getelementptr inbounds float, ptr %1351, i64 %j21.addr.02642.unr
  %1430 = load float, ptr %1429, align 4
  %1431 = insertelement <16 x float> poison, float %1430, i64 0
  %1432 = shufflevector <16 x float> %1431, <16 x float> poison, <16 x i32> zeroinitializer
  %1433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1432, <16 x float> %1419, <16 x float> %acc26.02648.unr)
  %1434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1432, <16 x float> %1422, <16 x float> %acc27.02647.unr)
  %1435 = getelementptr inbounds float, ptr %1353, i64 %j21.addr.02642.unr
  %1436 = load float, ptr %1435, align 4
  %1437 = insertelement <16 x float> poison, float %1436, i64 0
  %1438 = shufflevector <16 x float> %1437, <16 x float> poison, <16 x i32> zeroinitializer
  %1439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1438, <16 x float> %1419, <16 x float> %acc28.02646.unr)
  %1440 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1438, <16 x float> %1422, <16 x float> %acc29.02645.unr)
  %1441 = getelementptr inbounds float, ptr %1355, i64 %j21.addr.02642.unr
  %1442 = load float, ptr %1441, align 4
  %1443 = insertelement <16 x float> poison, float %1442, i64 0
  %1444 = shufflevector <16 x float> %1443, <16 x float> poison, <16 x i32> zeroinitializer
  %1445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1444, <16 x float> %1419, <16 x float> %acc30.02644.unr)
  %1446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1444, <16 x float> %1422, <16 x float> %acc31.02643.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1349, %j21.exit.loopexit.unr-lcssa ], [ %1349, %j21.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3574.ph, %j21.exit.loopexit.unr-lcssa ], [ %1446, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3575.ph, %j21.exit.loopexit.unr-lcssa ], [ %1445, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3576.ph, %j21.exit.loopexit.unr-lcssa ], [ %1440, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3577.ph, %j21.exit.loopexit.unr-lcssa ], [ %1439, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3578.ph, %j21.exit.loopexit.unr-lcssa ], [ %1434, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3579.ph, %j21.exit.loopexit.unr-lcssa ], [ %1433, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3580.ph, %j21.exit.loopexit.unr-lcssa ], [ %1428, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3581.ph, %j21.exit.loopexit.unr-lcssa ], [ %1427, %j21.body.epil ]
  %1447 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1448 = load float, ptr %1447, align 4
  %1449 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1450 = load <16 x float>, ptr %1449, align 4
  %1451 = fsub <16 x float> %1450, %acc24.0.lcssa
  store <16 x float> %1451, ptr %1449, align 4
  %1452 = insertelement <16 x float> poison, float %1448, i64 0
  %1453 = shufflevector <16 x float> %1452, <16 x float> poison, <16 x i32> zeroinitializer
  %1454 = fmul <16 x float> %1453, %1451
  %1455 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1454, ptr %1455, align 4
  %1456 = mul nuw nsw i64 %ib.addr.02658, 448
  %1457 = getelementptr inbounds float, ptr %Ak, i64 %1456
  store <16 x float> %1454, ptr %1457, align 4
  %1458 = or disjoint i64 %.pre-phi, 16
  %1459 = getelementptr inbounds float, ptr %Rr, i64 %1458
  %1460 = load <16 x float>, ptr %1459, align 4
  %1461 = fsub <16 x float> %1460, %acc25.0.lcssa
  store <16 x float> %1461, ptr %1459, align 4
  %1462 = fmul <16 x float> %1453, %1461
  %1463 = getelementptr inbounds float, ptr %Vn, i64 %1458
  store <16 x float> %1462, ptr %1463, align 4
  %1464 = or disjoint i64 %1456, 16
  %1465 = getelementptr inbounds float, ptr %Ak, i64 %1464
  store <16 x float> %1462, ptr %1465, align 4
  %i26 = or disjoint i64 %i0, 1
  %1466 = shl nuw nsw i64 %i26, 5
  %1467 = or disjoint i64 %1466, %i0
  %1468 = getelementptr inbounds float, ptr %Gm, i64 %1467
  %1469 = load float, ptr %1468, align 4
  %1470 = insertelement <16 x float> poison, float %1469, i64 0
  %1471 = shufflevector <16 x float> %1470, <16 x float> poison, <16 x i32> zeroinitializer
  %1472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1471, <16 x float> %1454, <16 x float> %acc26.0.lcssa)
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1471, <16 x float> %1462, <16 x float> %acc27.0.lcssa)
  %1474 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1475 = load float, ptr %1474, align 4
  %1476 = getelementptr inbounds float, ptr %Rr, i64 %1466
  %1477 = load <16 x float>, ptr %1476, align 4
  %1478 = fsub <16 x float> %1477, %1472
  store <16 x float> %1478, ptr %1476, align 4
  %1479 = insertelement <16 x float> poison, float %1475, i64 0
  %1480 = shufflevector <16 x float> %1479, <16 x float> poison, <16 x i32> zeroinitializer
  %1481 = fmul <16 x float> %1480, %1478
  %1482 = getelementptr inbounds float, ptr %Vn, i64 %1466
  store <16 x float> %1481, ptr %1482, align 4
  %.idx2552 = mul nuw nsw i64 %i26, 448
  %1483 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2552
  store <16 x float> %1481, ptr %1483, align 4
  %1484 = or disjoint i64 %1466, 16
  %1485 = getelementptr inbounds float, ptr %Rr, i64 %1484
  %1486 = load <16 x float>, ptr %1485, align 4
  %1487 = fsub <16 x float> %1486, %1473
  store <16 x float> %1487, ptr %1485, align 4
  %1488 = fmul <16 x float> %1480, %1487
  %1489 = getelementptr inbounds float, ptr %Vn, i64 %1484
  store <16 x float> %1488, ptr %1489, align 4
  %1490 = getelementptr inbounds i8, ptr %1483, i64 64
  store <16 x float> %1488, ptr %1490, align 4
  %i27 = or disjoint i64 %i0, 2
  %1491 = shl nuw nsw i64 %i27, 5
  %1492 = or disjoint i64 %1491, %i0
  %1493 = getelementptr inbounds float, ptr %Gm, i64 %1492
  %1494 = load float, ptr %1493, align 4
  %1495 = insertelement <16 x float> poison, float %1494, i64 0
  %1496 = shufflevector <16 x float> %1495, <16 x float> poison, <16 x i32> zeroinitializer
  %1497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1496, <16 x float> %1454, <16 x float> %acc28.0.lcssa)
  %1498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1496, <16 x float> %1462, <16 x float> %acc29.0.lcssa)
  %1499 = or disjoint i64 %1491, %i26
  %1500 = getelementptr inbounds float, ptr %Gm, i64 %1499
  %1501 = load float, ptr %1500, align 4
  %1502 = insertelement <16 x float> poison, float %1501, i64 0
  %1503 = shufflevector <16 x float> %1502, <16 x float> poison, <16 x i32> zeroinitializer
  %1504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1503, <16 x float> %1481, <16 x float> %1497)
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1503, <16 x float> %1488, <16 x float> %1498)
  %1506 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1507 = load float, ptr %1506, align 4
  %1508 = getelementptr inbounds float, ptr %Rr, i64 %1491
  %1509 = load <16 x float>, ptr %1508, align 4
  %1510 = fsub <16 x float> %1509, %1504
  store <16 x float> %1510, ptr %1508, align 4
  %1511 = insertelement <16 x float> poison, float %1507, i64 0
  %1512 = shufflevector <16 x float> %1511, <16 x float> poison, <16 x i32> zeroinitializer
  %1513 = fmul <16 x float> %1512, %1510
  %1514 = getelementptr inbounds float, ptr %Vn, i64 %1491
  store <16 x float> %1513, ptr %1514, align 4
  %1515 = mul nuw nsw i64 %i27, 112
  %1516 = getelementptr inbounds float, ptr %Ak, i64 %1515
  store <16 x float> %1513, ptr %1516, align 4
  %1517 = or disjoint i64 %1491, 16
  %1518 = getelementptr inbounds float, ptr %Rr, i64 %1517
  %1519 = load <16 x float>, ptr %1518, align 4
  %1520 = fsub <16 x float> %1519, %1505
  store <16 x float> %1520, ptr %1518, align 4
  %1521 = fmul <16 x float> %1512, %1520
  %1522 = getelementptr inbounds float, ptr %Vn, i64 %1517
  store <16 x float> %1521, ptr %1522, align 4
  %1523 = or disjoint i64 %1515, 16
  %1524 = getelementptr inbounds float, ptr %Ak, i64 %1523
  store <16 x float> %1521, ptr %1524, align 4
  %i28 = or disjoint i64 %i0, 3
  %1525 = shl nuw nsw i64 %i28, 5
  %1526 = or disjoint i64 %1525, %i0
  %1527 = getelementptr inbounds float, ptr %Gm, i64 %1526
  %1528 = load float, ptr %1527, align 4
  %1529 = insertelement <16 x float> poison, float %1528, i64 0
  %1530 = shufflevector <16 x float> %1529, <16 x float> poison, <16 x i32> zeroinitializer
  %1531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1454, <16 x float> %acc30.0.lcssa)
  %1532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1462, <16 x float> %acc31.0.lcssa)
  %1533 = or disjoint i64 %1525, %i26
  %1534 = getelementptr inbounds float, ptr %Gm, i64 %1533
  %1535 = load float, ptr %1534, align 4
  %1536 = insertelement <16 x float> poison, float %1535, i64 0
  %1537 = shufflevector <16 x float> %1536, <16 x float> poison, <16 x i32> zeroinitializer
  %1538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1537, <16 x float> %1481, <16 x float> %1531)
  %1539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1537, <16 x float> %1488, <16 x float> %1532)
  %1540 = or disjoint i64 %1525, %i27
  %1541 = getelementptr inbounds float, ptr %Gm, i64 %1540
  %1542 = load float, ptr %1541, align 4
  %1543 = insertelement <16 x float> poison, float %1542, i64 0
  %1544 = shufflevector <16 x float> %1543, <16 x float> poison, <16 x i32> zeroinitializer
  %1545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1544, <16 x float> %1513, <16 x float> %1538)
  %1546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1544, <16 x float> %1521, <16 x float> %1539)
  %1547 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1548 = load float, ptr %1547, align 4
  %1549 = getelementptr inbounds float, ptr %Rr, i64 %1525
  %1550 = load <16 x float>, ptr %1549, align 4
  %1551 = fsub <16 x float> %1550, %1545
  store <16 x float> %1551, ptr %1549, align 4
  %1552 = insertelement <16 x float> poison, float %1548, i64 0
  %1553 = shufflevector <16 x float> %1552, <16 x float> poison, <16 x i32> zeroinitializer
  %1554 = fmul <16 x float> %1553, %1551
  %1555 = getelementptr inbounds float, ptr %Vn, i64 %1525
  store <16 x float> %1554, ptr %1555, align 4
  %.idx2553 = mul nuw nsw i64 %i28, 448
  %1556 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2553
  store <16 x float> %1554, ptr %1556, align 4
  %1557 = or disjoint i64 %1525, 16
  %1558 = getelementptr inbounds float, ptr %Rr, i64 %1557
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = fsub <16 x float> %1559, %1546
  store <16 x float> %1560, ptr %1558, align 4
  %1561 = fmul <16 x float> %1553, %1560
  %1562 = getelementptr inbounds float, ptr %Vn, i64 %1557
  store <16 x float> %1561, ptr %1562, align 4
  %1563 = getelementptr inbounds i8, ptr %1556, i64 64
  store <16 x float> %1561, ptr %1563, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02658, 1
  %exitcond3123.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond3123.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %1564 = phi i1 [ false, %j22.exit ], [ true, %j21.exit ]
  %i29.addr.02660 = phi i64 [ 16, %j22.exit ], [ 0, %j21.exit ]
  %1565 = shl nuw nsw i64 %i29.addr.02660, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1566 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02659 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1567 = or disjoint i64 %j22.addr.02659, %1565
  %1568 = getelementptr inbounds float, ptr %Vn, i64 %1567
  %1569 = load <16 x float>, ptr %1568, align 4
  %1570 = or disjoint i64 %1567, 256
  %1571 = getelementptr inbounds float, ptr %Vn, i64 %1570
  %1572 = load <16 x float>, ptr %1571, align 4
  %1573 = or disjoint i64 %1567, 32
  %1574 = getelementptr inbounds float, ptr %Vn, i64 %1573
  %1575 = load <16 x float>, ptr %1574, align 4
  %1576 = or disjoint i64 %1567, 288
  %1577 = getelementptr inbounds float, ptr %Vn, i64 %1576
  %1578 = load <16 x float>, ptr %1577, align 4
  %1579 = or disjoint i64 %1567, 64
  %1580 = getelementptr inbounds float, ptr %Vn, i64 %1579
  %1581 = load <16 x float>, ptr %1580, align 4
  %1582 = or disjoint i64 %1567, 320
  %1583 = getelementptr inbounds float, ptr %Vn, i64 %1582
  %1584 = load <16 x float>, ptr %1583, align 4
  %1585 = or disjoint i64 %1567, 96
  %1586 = getelementptr inbounds float, ptr %Vn, i64 %1585
  %1587 = load <16 x float>, ptr %1586, align 4
  %1588 = or disjoint i64 %1567, 352
  %1589 = getelementptr inbounds float, ptr %Vn, i64 %1588
  %1590 = load <16 x float>, ptr %1589, align 4
  %1591 = or disjoint i64 %1567, 128
  %1592 = getelementptr inbounds float, ptr %Vn, i64 %1591
  %1593 = load <16 x float>, ptr %1592, align 4
  %1594 = or disjoint i64 %1567, 384
  %1595 = getelementptr inbounds float, ptr %Vn, i64 %1594
  %1596 = load <16 x float>, ptr %1595, align 4
  %1597 = or disjoint i64 %1567, 160
  %1598 = getelementptr inbounds float, ptr %Vn, i64 %1597
  %1599 = load <16 x float>, ptr %1598, align 4
  %1600 = or disjoint i64 %1567, 416
  %1601 = getelementptr inbounds float, ptr %Vn, i64 %1600
  %1602 = load <16 x float>, ptr %1601, align 4
  %1603 = or disjoint i64 %1567, 192
  %1604 = getelementptr inbounds float, ptr %Vn, i64 %1603
  %1605 = load <16 x float>, ptr %1604, align 4
  %1606 = or disjoint i64 %1567, 448
  %1607 = getelementptr inbounds float, ptr %Vn, i64 %1606
  %1608 = load <16 x float>, ptr %1607, align 4
  %1609 = or disjoint i64 %1567, 224
  %1610 = getelementptr inbounds float, ptr %Vn, i64 %1609
  %1611 = load <16 x float>, ptr %1610, align 4
  %1612 = or disjoint i64 %1567, 480
  %1613 = getelementptr inbounds float, ptr %Vn, i64 %1612
  %1614 = load <16 x float>, ptr %1613, align 4
  %1615 = shufflevector <16 x float> %1569, <16 x float> %1572, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1616 = shufflevector <16 x float> %1593, <16 x float> %1596, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1617 = shufflevector <16 x float> %1575, <16 x float> %1578, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1618 = shufflevector <16 x float> %1599, <16 x float> %1602, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1619 = shufflevector <16 x float> %1581, <16 x float> %1584, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1620 = shufflevector <16 x float> %1605, <16 x float> %1608, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1621 = shufflevector <16 x float> %1587, <16 x float> %1590, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1622 = shufflevector <16 x float> %1611, <16 x float> %1614, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1623 = shufflevector <16 x float> %1569, <16 x float> %1572, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1624 = shufflevector <16 x float> %1593, <16 x float> %1596, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1625 = shufflevector <16 x float> %1575, <16 x float> %1578, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1626 = shufflevector <16 x float> %1599, <16 x float> %1602, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1627 = shufflevector <16 x float> %1581, <16 x float> %1584, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1628 = shufflevector <16 x float> %1605, <16 x float> %1608, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1629 = shufflevector <16 x float> %1587, <16 x float> %1590, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1630 = shufflevector <16 x float> %1611, <16 x float> %1614, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1631 = shufflevector <16 x float> %1615, <16 x float> %1616, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1632 = shufflevector <16 x float> %1619, <16 x float> %1620, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1633 = shufflevector <16 x float> %1617, <16 x float> %1618, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1634 = shufflevector <16 x float> %1621, <16 x float> %1622, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1635 = shufflevector <16 x float> %1615, <16 x float> %1616, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1636 = shufflevector <16 x float> %1619, <16 x float> %1620, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1637 = shufflevector <16 x float> %1617, <16 x float> %1618, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1638 = shufflevector <16 x float> %1621, <16 x float> %1622, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1639 = shufflevector <16 x float> %1623, <16 x float> %1624, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1640 = shufflevector <16 x float> %1627, <16 x float> %1628, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1641 = shufflevector <16 x float> %1625, <16 x float> %1626, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1642 = shufflevector <16 x float> %1629, <16 x float> %1630, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1643 = shufflevector <16 x float> %1623, <16 x float> %1624, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1644 = shufflevector <16 x float> %1627, <16 x float> %1628, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1645 = shufflevector <16 x float> %1625, <16 x float> %1626, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1646 = shufflevector <16 x float> %1629, <16 x float> %1630, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1647 = shufflevector <16 x float> %1631, <16 x float> %1632, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1648 = shufflevector <16 x float> %1633, <16 x float> %1634, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1649 = shufflevector <16 x float> %1631, <16 x float> %1632, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1650 = shufflevector <16 x float> %1633, <16 x float> %1634, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1651 = shufflevector <16 x float> %1635, <16 x float> %1636, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1652 = shufflevector <16 x float> %1637, <16 x float> %1638, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1653 = shufflevector <16 x float> %1635, <16 x float> %1636, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1654 = shufflevector <16 x float> %1637, <16 x float> %1638, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1655 = shufflevector <16 x float> %1639, <16 x float> %1640, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1656 = shufflevector <16 x float> %1641, <16 x float> %1642, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1657 = shufflevector <16 x float> %1639, <16 x float> %1640, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1658 = shufflevector <16 x float> %1641, <16 x float> %1642, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1659 = shufflevector <16 x float> %1643, <16 x float> %1644, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1660 = shufflevector <16 x float> %1645, <16 x float> %1646, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1661 = shufflevector <16 x float> %1643, <16 x float> %1644, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1662 = shufflevector <16 x float> %1645, <16 x float> %1646, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1663 = shufflevector <16 x float> %1647, <16 x float> %1648, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1664 = shl nuw nsw i64 %j22.addr.02659, 5
  %1665 = or disjoint i64 %1664, %i29.addr.02660
  %1666 = getelementptr inbounds float, ptr %VnT, i64 %1665
  store <16 x float> %1663, ptr %1666, align 4
  %1667 = shufflevector <16 x float> %1647, <16 x float> %1648, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1668 = or disjoint i64 %1665, 32
  %1669 = getelementptr inbounds float, ptr %VnT, i64 %1668
  store <16 x float> %1667, ptr %1669, align 4
  %1670 = shufflevector <16 x float> %1649, <16 x float> %1650, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1671 = or disjoint i64 %1665, 64
  %1672 = getelementptr inbounds float, ptr %VnT, i64 %1671
  store <16 x float> %1670, ptr %1672, align 4
  %1673 = shufflevector <16 x float> %1649, <16 x float> %1650, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1674 = or disjoint i64 %1665, 96
  %1675 = getelementptr inbounds float, ptr %VnT, i64 %1674
  store <16 x float> %1673, ptr %1675, align 4
  %1676 = shufflevector <16 x float> %1651, <16 x float> %1652, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1677 = or disjoint i64 %1665, 128
  %1678 = getelementptr inbounds float, ptr %VnT, i64 %1677
  store <16 x float> %1676, ptr %1678, align 4
  %1679 = shufflevector <16 x float> %1651, <16 x float> %1652, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1680 = or disjoint i64 %1665, 160
  %1681 = getelementptr inbounds float, ptr %VnT, i64 %1680
  store <16 x float> %1679, ptr %1681, align 4
  %1682 = shufflevector <16 x float> %1653, <16 x float> %1654, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1683 = or disjoint i64 %1665, 192
  %1684 = getelementptr inbounds float, ptr %VnT, i64 %1683
  store <16 x float> %1682, ptr %1684, align 4
  %1685 = shufflevector <16 x float> %1653, <16 x float> %1654, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1686 = or disjoint i64 %1665, 224
  %1687 = getelementptr inbounds float, ptr %VnT, i64 %1686
  store <16 x float> %1685, ptr %1687, align 4
  %1688 = shufflevector <16 x float> %1655, <16 x float> %1656, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1689 = or disjoint i64 %1665, 256
  %1690 = getelementptr inbounds float, ptr %VnT, i64 %1689
  store <16 x float> %1688, ptr %1690, align 4
  %1691 = shufflevector <16 x float> %1655, <16 x float> %1656, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1692 = or disjoint i64 %1665, 288
  %1693 = getelementptr inbounds float, ptr %VnT, i64 %1692
  store <16 x float> %1691, ptr %1693, align 4
  %1694 = shufflevector <16 x float> %1657, <16 x float> %1658, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1695 = or disjoint i64 %1665, 320
  %1696 = getelementptr inbounds float, ptr %VnT, i64 %1695
  store <16 x float> %1694, ptr %1696, align 4
  %1697 = shufflevector <16 x float> %1657, <16 x float> %1658, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1698 = or disjoint i64 %1665, 352
  %1699 = getelementptr inbounds float, ptr %VnT, i64 %1698
  store <16 x float> %1697, ptr %1699, align 4
  %1700 = shufflevector <16 x float> %1659, <16 x float> %1660, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1701 = or disjoint i64 %1665, 384
  %1702 = getelementptr inbounds float, ptr %VnT, i64 %1701
  store <16 x float> %1700, ptr %1702, align 4
  %1703 = shufflevector <16 x float> %1659, <16 x float> %1660, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1704 = or disjoint i64 %1665, 416
  %1705 = getelementptr inbounds float, ptr %VnT, i64 %1704
  store <16 x float> %1703, ptr %1705, align 4
  %1706 = shufflevector <16 x float> %1661, <16 x float> %1662, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1707 = or disjoint i64 %1665, 448
  %1708 = getelementptr inbounds float, ptr %VnT, i64 %1707
  store <16 x float> %1706, ptr %1708, align 4
  %1709 = shufflevector <16 x float> %1661, <16 x float> %1662, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1710 = or disjoint i64 %1665, 480
  %1711 = getelementptr inbounds float, ptr %VnT, i64 %1710
  store <16 x float> %1709, ptr %1711, align 4
  br i1 %1566, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  br i1 %1564, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02670 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx3162 = shl nsw i64 %i30.addr.02670, 7
  %invariant.gep3365 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3162
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02669 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1718, %p6.body ]
  %acc33.02668 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1723, %p6.body ]
  %acc34.02667 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1728, %p6.body ]
  %acc35.02666 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1733, %p6.body ]
  %acc36.02665 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1738, %p6.body ]
  %acc37.02664 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1743, %p6.body ]
  %acc38.02663 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1748, %p6.body ]
  %acc39.02662 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1753, %p6.body ]
  %p6.addr.02661 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %.idx2533 = shl nuw nsw i64 %p6.addr.02661, 6
  %1712 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2533
  %1713 = load <16 x float>, ptr %1712, align 4
  %gep3366 = getelementptr inbounds float, ptr %invariant.gep3365, i64 %p6.addr.02661
  %1714 = getelementptr inbounds i8, ptr %gep3366, i64 10240
  %1715 = load float, ptr %1714, align 4
  %1716 = insertelement <16 x float> poison, float %1715, i64 0
  %1717 = shufflevector <16 x float> %1716, <16 x float> poison, <16 x i32> zeroinitializer
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1717, <16 x float> %1713, <16 x float> %acc32.02669)
  %1719 = getelementptr inbounds i8, ptr %gep3366, i64 10368
  %1720 = load float, ptr %1719, align 4
  %1721 = insertelement <16 x float> poison, float %1720, i64 0
  %1722 = shufflevector <16 x float> %1721, <16 x float> poison, <16 x i32> zeroinitializer
  %1723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1722, <16 x float> %1713, <16 x float> %acc33.02668)
  %1724 = getelementptr inbounds i8, ptr %gep3366, i64 10496
  %1725 = load float, ptr %1724, align 4
  %1726 = insertelement <16 x float> poison, float %1725, i64 0
  %1727 = shufflevector <16 x float> %1726, <16 x float> poison, <16 x i32> zeroinitializer
  %1728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1727, <16 x float> %1713, <16 x float> %acc34.02667)
  %1729 = getelementptr inbounds i8, ptr %gep3366, i64 10624
  %1730 = load float, ptr %1729, align 4
  %1731 = insertelement <16 x float> poison, float %1730, i64 0
  %1732 = shufflevector <16 x float> %1731, <16 x float> poison, <16 x i32> zeroinitializer
  %1733 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1732, <16 x float> %1713, <16 x float> %acc35.02666)
  %1734 = getelementptr inbounds i8, ptr %gep3366, i64 10752
  %1735 = load float, ptr %1734, align 4
  %1736 = insertelement <16 x float> poison, float %1735, i64 0
  %1737 = shufflevector <16 x float> %1736, <16 x float> poison, <16 x i32> zeroinitializer
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1713, <16 x float> %acc36.02665)
  %1739 = getelementptr inbounds i8, ptr %gep3366, i64 10880
  %1740 = load float, ptr %1739, align 4
  %1741 = insertelement <16 x float> poison, float %1740, i64 0
  %1742 = shufflevector <16 x float> %1741, <16 x float> poison, <16 x i32> zeroinitializer
  %1743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1713, <16 x float> %acc37.02664)
  %1744 = getelementptr inbounds i8, ptr %gep3366, i64 11008
  %1745 = load float, ptr %1744, align 4
  %1746 = insertelement <16 x float> poison, float %1745, i64 0
  %1747 = shufflevector <16 x float> %1746, <16 x float> poison, <16 x i32> zeroinitializer
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1747, <16 x float> %1713, <16 x float> %acc38.02663)
  %1749 = getelementptr inbounds i8, ptr %gep3366, i64 11136
  %1750 = load float, ptr %1749, align 4
  %1751 = insertelement <16 x float> poison, float %1750, i64 0
  %1752 = shufflevector <16 x float> %1751, <16 x float> poison, <16 x i32> zeroinitializer
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1713, <16 x float> %acc39.02662)
  %p6.next = add nuw nsw i64 %p6.addr.02661, 1
  %exitcond3124.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3124.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %.idx2532 = shl nuw nsw i64 %i30.addr.02670, 6
  %1754 = getelementptr inbounds i8, ptr %PT, i64 %.idx2532
  store <16 x float> %1718, ptr %1754, align 4
  %1755 = shl nuw nsw i64 %i30.addr.02670, 4
  %1756 = or disjoint i64 %1755, 16
  %1757 = getelementptr inbounds float, ptr %PT, i64 %1756
  store <16 x float> %1723, ptr %1757, align 4
  %1758 = or disjoint i64 %1755, 32
  %1759 = getelementptr inbounds float, ptr %PT, i64 %1758
  store <16 x float> %1728, ptr %1759, align 4
  %1760 = or disjoint i64 %1755, 48
  %1761 = getelementptr inbounds float, ptr %PT, i64 %1760
  store <16 x float> %1733, ptr %1761, align 4
  %1762 = or disjoint i64 %1755, 64
  %1763 = getelementptr inbounds float, ptr %PT, i64 %1762
  store <16 x float> %1738, ptr %1763, align 4
  %1764 = or disjoint i64 %1755, 80
  %1765 = getelementptr inbounds float, ptr %PT, i64 %1764
  store <16 x float> %1743, ptr %1765, align 4
  %1766 = or disjoint i64 %1755, 96
  %1767 = getelementptr inbounds float, ptr %PT, i64 %1766
  store <16 x float> %1748, ptr %1767, align 4
  %1768 = or disjoint i64 %1755, 112
  %1769 = getelementptr inbounds float, ptr %PT, i64 %1768
  store <16 x float> %1753, ptr %1769, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02670, 8
  %1770 = icmp ult i64 %i30.addr.02670, 24
  br i1 %1770, label %p6.head.preheader, label %t3.body.preheader

t3.body.preheader:                                ; preds = %p6.exit
  %1771 = load <16 x float>, ptr %PT, align 4
  %1772 = load <16 x float>, ptr %M, align 4
  %1773 = fmul <16 x float> %1771, %1772
  store <16 x float> %1773, ptr %PT, align 4
  %1774 = load <16 x float>, ptr %33, align 4
  %1775 = fmul <16 x float> %1774, %1772
  store <16 x float> %1775, ptr %33, align 4
  %1776 = load <16 x float>, ptr %34, align 4
  %1777 = load <16 x float>, ptr %35, align 4
  %1778 = fmul <16 x float> %1776, %1777
  store <16 x float> %1778, ptr %34, align 4
  %1779 = load <16 x float>, ptr %36, align 4
  %1780 = fmul <16 x float> %1779, %1777
  store <16 x float> %1780, ptr %36, align 4
  %1781 = load <16 x float>, ptr %37, align 4
  %1782 = load <16 x float>, ptr %38, align 4
  %1783 = fmul <16 x float> %1781, %1782
  store <16 x float> %1783, ptr %37, align 4
  %1784 = load <16 x float>, ptr %39, align 4
  %1785 = fmul <16 x float> %1784, %1782
  store <16 x float> %1785, ptr %39, align 4
  %1786 = load <16 x float>, ptr %40, align 4
  %1787 = load <16 x float>, ptr %41, align 4
  %1788 = fmul <16 x float> %1786, %1787
  store <16 x float> %1788, ptr %40, align 4
  %1789 = load <16 x float>, ptr %42, align 4
  %1790 = fmul <16 x float> %1789, %1787
  store <16 x float> %1790, ptr %42, align 4
  %1791 = load <16 x float>, ptr %43, align 4
  %1792 = load <16 x float>, ptr %44, align 4
  %1793 = fmul <16 x float> %1791, %1792
  store <16 x float> %1793, ptr %43, align 4
  %1794 = load <16 x float>, ptr %45, align 4
  %1795 = fmul <16 x float> %1794, %1792
  store <16 x float> %1795, ptr %45, align 4
  %1796 = load <16 x float>, ptr %46, align 4
  %1797 = load <16 x float>, ptr %47, align 4
  %1798 = fmul <16 x float> %1796, %1797
  store <16 x float> %1798, ptr %46, align 4
  %1799 = load <16 x float>, ptr %48, align 4
  %1800 = fmul <16 x float> %1799, %1797
  store <16 x float> %1800, ptr %48, align 4
  %1801 = load <16 x float>, ptr %49, align 4
  %1802 = load <16 x float>, ptr %50, align 4
  %1803 = fmul <16 x float> %1801, %1802
  store <16 x float> %1803, ptr %49, align 4
  %1804 = load <16 x float>, ptr %51, align 4
  %1805 = fmul <16 x float> %1804, %1802
  store <16 x float> %1805, ptr %51, align 4
  %1806 = load <16 x float>, ptr %52, align 4
  %1807 = load <16 x float>, ptr %53, align 4
  %1808 = fmul <16 x float> %1806, %1807
  store <16 x float> %1808, ptr %52, align 4
  %1809 = load <16 x float>, ptr %54, align 4
  %1810 = fmul <16 x float> %1809, %1807
  store <16 x float> %1810, ptr %54, align 4
  %1811 = load <16 x float>, ptr %55, align 4
  %1812 = load <16 x float>, ptr %56, align 4
  %1813 = fmul <16 x float> %1811, %1812
  store <16 x float> %1813, ptr %55, align 4
  %1814 = load <16 x float>, ptr %57, align 4
  %1815 = fmul <16 x float> %1814, %1812
  store <16 x float> %1815, ptr %57, align 4
  %1816 = load <16 x float>, ptr %58, align 4
  %1817 = load <16 x float>, ptr %59, align 4
  %1818 = fmul <16 x float> %1816, %1817
  store <16 x float> %1818, ptr %58, align 4
  %1819 = load <16 x float>, ptr %60, align 4
  %1820 = fmul <16 x float> %1819, %1817
  store <16 x float> %1820, ptr %60, align 4
  %1821 = load <16 x float>, ptr %61, align 4
  %1822 = load <16 x float>, ptr %62, align 4
  %1823 = fmul <16 x float> %1821, %1822
  store <16 x float> %1823, ptr %61, align 4
  %1824 = load <16 x float>, ptr %63, align 4
  %1825 = fmul <16 x float> %1824, %1822
  store <16 x float> %1825, ptr %63, align 4
  %1826 = load <16 x float>, ptr %64, align 4
  %1827 = load <16 x float>, ptr %65, align 4
  %1828 = fmul <16 x float> %1826, %1827
  store <16 x float> %1828, ptr %64, align 4
  %1829 = load <16 x float>, ptr %66, align 4
  %1830 = fmul <16 x float> %1829, %1827
  store <16 x float> %1830, ptr %66, align 4
  %1831 = load <16 x float>, ptr %67, align 4
  %1832 = load <16 x float>, ptr %68, align 4
  %1833 = fmul <16 x float> %1831, %1832
  store <16 x float> %1833, ptr %67, align 4
  %1834 = load <16 x float>, ptr %69, align 4
  %1835 = fmul <16 x float> %1834, %1832
  store <16 x float> %1835, ptr %69, align 4
  %1836 = load <16 x float>, ptr %70, align 4
  %1837 = load <16 x float>, ptr %71, align 4
  %1838 = fmul <16 x float> %1836, %1837
  store <16 x float> %1838, ptr %70, align 4
  %1839 = load <16 x float>, ptr %72, align 4
  %1840 = fmul <16 x float> %1839, %1837
  store <16 x float> %1840, ptr %72, align 4
  %1841 = load <16 x float>, ptr %73, align 4
  %1842 = load <16 x float>, ptr %74, align 4
  %1843 = fmul <16 x float> %1841, %1842
  store <16 x float> %1843, ptr %73, align 4
  %1844 = load <16 x float>, ptr %75, align 4
  %1845 = fmul <16 x float> %1844, %1842
  store <16 x float> %1845, ptr %75, align 4
  %1846 = load <16 x float>, ptr %76, align 4
  %1847 = load <16 x float>, ptr %77, align 4
  %1848 = fmul <16 x float> %1846, %1847
  store <16 x float> %1848, ptr %76, align 4
  %1849 = load <16 x float>, ptr %78, align 4
  %1850 = fmul <16 x float> %1849, %1847
  store <16 x float> %1850, ptr %78, align 4
  %1851 = load <16 x float>, ptr %invariant.gep3367, align 4
  store <16 x float> %1851, ptr %invariant.gep3369, align 4
  %1852 = load <16 x float>, ptr %invariant.gep3371, align 4
  store <16 x float> %1852, ptr %invariant.gep3373, align 4
  %1853 = load <16 x float>, ptr %gep3368.1, align 4
  store <16 x float> %1853, ptr %gep3370.1, align 4
  %1854 = load <16 x float>, ptr %gep3372.1, align 4
  store <16 x float> %1854, ptr %gep3374.1, align 4
  %1855 = load <16 x float>, ptr %gep3368.2, align 4
  store <16 x float> %1855, ptr %gep3370.2, align 4
  %1856 = load <16 x float>, ptr %gep3372.2, align 4
  store <16 x float> %1856, ptr %gep3374.2, align 4
  %1857 = load <16 x float>, ptr %gep3368.3, align 4
  store <16 x float> %1857, ptr %gep3370.3, align 4
  %1858 = load <16 x float>, ptr %gep3372.3, align 4
  store <16 x float> %1858, ptr %gep3374.3, align 4
  %1859 = load <16 x float>, ptr %gep3368.4, align 4
  store <16 x float> %1859, ptr %gep3370.4, align 4
  %1860 = load <16 x float>, ptr %gep3372.4, align 4
  store <16 x float> %1860, ptr %gep3374.4, align 4
  %1861 = load <16 x float>, ptr %gep3368.5, align 4
  store <16 x float> %1861, ptr %gep3370.5, align 4
  %1862 = load <16 x float>, ptr %gep3372.5, align 4
  store <16 x float> %1862, ptr %gep3374.5, align 4
  %1863 = load <16 x float>, ptr %gep3368.6, align 4
  store <16 x float> %1863, ptr %gep3370.6, align 4
  %1864 = load <16 x float>, ptr %gep3372.6, align 4
  store <16 x float> %1864, ptr %gep3374.6, align 4
  %1865 = load <16 x float>, ptr %gep3368.7, align 4
  store <16 x float> %1865, ptr %gep3370.7, align 4
  %1866 = load <16 x float>, ptr %gep3372.7, align 4
  store <16 x float> %1866, ptr %gep3374.7, align 4
  %1867 = load <16 x float>, ptr %gep3368.8, align 4
  store <16 x float> %1867, ptr %gep3370.8, align 4
  %1868 = load <16 x float>, ptr %gep3372.8, align 4
  store <16 x float> %1868, ptr %gep3374.8, align 4
  %1869 = load <16 x float>, ptr %gep3368.9, align 4
  store <16 x float> %1869, ptr %gep3370.9, align 4
  %1870 = load <16 x float>, ptr %gep3372.9, align 4
  store <16 x float> %1870, ptr %gep3374.9, align 4
  %1871 = load <16 x float>, ptr %gep3368.10, align 4
  store <16 x float> %1871, ptr %gep3370.10, align 4
  %1872 = load <16 x float>, ptr %gep3372.10, align 4
  store <16 x float> %1872, ptr %gep3374.10, align 4
  %1873 = load <16 x float>, ptr %gep3368.11, align 4
  store <16 x float> %1873, ptr %gep3370.11, align 4
  %1874 = load <16 x float>, ptr %gep3372.11, align 4
  store <16 x float> %1874, ptr %gep3374.11, align 4
  %1875 = load <16 x float>, ptr %gep3368.12, align 4
  store <16 x float> %1875, ptr %gep3370.12, align 4
  %1876 = load <16 x float>, ptr %gep3372.12, align 4
  store <16 x float> %1876, ptr %gep3374.12, align 4
  %1877 = load <16 x float>, ptr %gep3368.13, align 4
  store <16 x float> %1877, ptr %gep3370.13, align 4
  %1878 = load <16 x float>, ptr %gep3372.13, align 4
  store <16 x float> %1878, ptr %gep3374.13, align 4
  %1879 = load <16 x float>, ptr %gep3368.14, align 4
  store <16 x float> %1879, ptr %gep3370.14, align 4
  %1880 = load <16 x float>, ptr %gep3372.14, align 4
  store <16 x float> %1880, ptr %gep3374.14, align 4
  %1881 = load <16 x float>, ptr %gep3368.15, align 4
  store <16 x float> %1881, ptr %gep3370.15, align 4
  %1882 = load <16 x float>, ptr %gep3372.15, align 4
  store <16 x float> %1882, ptr %gep3374.15, align 4
  %1883 = load <16 x float>, ptr %gep3368.16, align 4
  store <16 x float> %1883, ptr %gep3370.16, align 4
  %1884 = load <16 x float>, ptr %gep3372.16, align 4
  store <16 x float> %1884, ptr %gep3374.16, align 4
  %1885 = load <16 x float>, ptr %gep3368.17, align 4
  store <16 x float> %1885, ptr %gep3370.17, align 4
  %1886 = load <16 x float>, ptr %gep3372.17, align 4
  store <16 x float> %1886, ptr %gep3374.17, align 4
  %1887 = load <16 x float>, ptr %gep3368.18, align 4
  store <16 x float> %1887, ptr %gep3370.18, align 4
  %1888 = load <16 x float>, ptr %gep3372.18, align 4
  store <16 x float> %1888, ptr %gep3374.18, align 4
  %1889 = load <16 x float>, ptr %gep3368.19, align 4
  store <16 x float> %1889, ptr %gep3370.19, align 4
  %1890 = load <16 x float>, ptr %gep3372.19, align 4
  store <16 x float> %1890, ptr %gep3374.19, align 4
  %1891 = load <16 x float>, ptr %gep3368.20, align 4
  store <16 x float> %1891, ptr %gep3370.20, align 4
  %1892 = load <16 x float>, ptr %gep3372.20, align 4
  store <16 x float> %1892, ptr %gep3374.20, align 4
  %1893 = load <16 x float>, ptr %gep3368.21, align 4
  store <16 x float> %1893, ptr %gep3370.21, align 4
  %1894 = load <16 x float>, ptr %gep3372.21, align 4
  store <16 x float> %1894, ptr %gep3374.21, align 4
  %1895 = load <16 x float>, ptr %gep3368.22, align 4
  store <16 x float> %1895, ptr %gep3370.22, align 4
  %1896 = load <16 x float>, ptr %gep3372.22, align 4
  store <16 x float> %1896, ptr %gep3374.22, align 4
  %1897 = load <16 x float>, ptr %gep3368.23, align 4
  store <16 x float> %1897, ptr %gep3370.23, align 4
  %1898 = load <16 x float>, ptr %gep3372.23, align 4
  store <16 x float> %1898, ptr %gep3374.23, align 4
  %1899 = load <16 x float>, ptr %gep3368.24, align 4
  store <16 x float> %1899, ptr %gep3370.24, align 4
  %1900 = load <16 x float>, ptr %gep3372.24, align 4
  store <16 x float> %1900, ptr %gep3374.24, align 4
  %1901 = load <16 x float>, ptr %gep3368.25, align 4
  store <16 x float> %1901, ptr %gep3370.25, align 4
  %1902 = load <16 x float>, ptr %gep3372.25, align 4
  store <16 x float> %1902, ptr %gep3374.25, align 4
  %1903 = load <16 x float>, ptr %gep3368.26, align 4
  store <16 x float> %1903, ptr %gep3370.26, align 4
  %1904 = load <16 x float>, ptr %gep3372.26, align 4
  store <16 x float> %1904, ptr %gep3374.26, align 4
  %1905 = load <16 x float>, ptr %gep3368.27, align 4
  store <16 x float> %1905, ptr %gep3370.27, align 4
  %1906 = load <16 x float>, ptr %gep3372.27, align 4
  store <16 x float> %1906, ptr %gep3374.27, align 4
  %1907 = load <16 x float>, ptr %gep3368.28, align 4
  store <16 x float> %1907, ptr %gep3370.28, align 4
  %1908 = load <16 x float>, ptr %gep3372.28, align 4
  store <16 x float> %1908, ptr %gep3374.28, align 4
  %1909 = load <16 x float>, ptr %gep3368.29, align 4
  store <16 x float> %1909, ptr %gep3370.29, align 4
  %1910 = load <16 x float>, ptr %gep3372.29, align 4
  store <16 x float> %1910, ptr %gep3374.29, align 4
  %1911 = load <16 x float>, ptr %gep3368.30, align 4
  store <16 x float> %1911, ptr %gep3370.30, align 4
  %1912 = load <16 x float>, ptr %gep3372.30, align 4
  store <16 x float> %1912, ptr %gep3374.30, align 4
  %1913 = load <16 x float>, ptr %gep3368.31, align 4
  store <16 x float> %1913, ptr %gep3370.31, align 4
  %1914 = load <16 x float>, ptr %gep3372.31, align 4
  store <16 x float> %1914, ptr %gep3374.31, align 4
  br label %i34.body

i34.body:                                         ; preds = %t3.body.preheader, %p7.exit
  %i34.addr.02691 = phi i64 [ %i34.next, %p7.exit ], [ 0, %t3.body.preheader ]
  %.idx2544 = shl nuw nsw i64 %i34.addr.02691, 7
  %1915 = getelementptr inbounds i8, ptr %OY, i64 %.idx2544
  %1916 = getelementptr inbounds i8, ptr %1915, i64 2048
  %1917 = load <16 x float>, ptr %1916, align 4
  %1918 = getelementptr inbounds i8, ptr %1915, i64 2112
  %1919 = load <16 x float>, ptr %1918, align 4
  %1920 = or disjoint i64 %i34.addr.02691, 1
  %.idx2545 = shl nuw nsw i64 %1920, 7
  %1921 = getelementptr inbounds i8, ptr %OY, i64 %.idx2545
  %1922 = getelementptr inbounds i8, ptr %1921, i64 2048
  %1923 = load <16 x float>, ptr %1922, align 4
  %1924 = getelementptr inbounds i8, ptr %1921, i64 2112
  %1925 = load <16 x float>, ptr %1924, align 4
  %1926 = or disjoint i64 %i34.addr.02691, 2
  %.idx2546 = shl nuw nsw i64 %1926, 7
  %1927 = getelementptr inbounds i8, ptr %OY, i64 %.idx2546
  %1928 = getelementptr inbounds i8, ptr %1927, i64 2048
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = getelementptr inbounds i8, ptr %1927, i64 2112
  %1931 = load <16 x float>, ptr %1930, align 4
  %1932 = or disjoint i64 %i34.addr.02691, 3
  %.idx2547 = shl nuw nsw i64 %1932, 7
  %1933 = getelementptr inbounds i8, ptr %OY, i64 %.idx2547
  %1934 = getelementptr inbounds i8, ptr %1933, i64 2048
  %1935 = load <16 x float>, ptr %1934, align 4
  %1936 = getelementptr inbounds i8, ptr %1933, i64 2112
  %1937 = load <16 x float>, ptr %1936, align 4
  %1938 = or disjoint i64 %i34.addr.02691, 4
  %.idx2548 = shl nuw nsw i64 %1938, 7
  %1939 = getelementptr inbounds i8, ptr %OY, i64 %.idx2548
  %1940 = getelementptr inbounds i8, ptr %1939, i64 2048
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = getelementptr inbounds i8, ptr %1939, i64 2112
  %1943 = load <16 x float>, ptr %1942, align 4
  %1944 = or disjoint i64 %i34.addr.02691, 5
  %.idx2549 = shl nuw nsw i64 %1944, 7
  %1945 = getelementptr inbounds i8, ptr %OY, i64 %.idx2549
  %1946 = getelementptr inbounds i8, ptr %1945, i64 2048
  %1947 = load <16 x float>, ptr %1946, align 4
  %1948 = getelementptr inbounds i8, ptr %1945, i64 2112
  %1949 = load <16 x float>, ptr %1948, align 4
  %1950 = or disjoint i64 %i34.addr.02691, 6
  %.idx2550 = shl nuw nsw i64 %1950, 7
  %1951 = getelementptr inbounds i8, ptr %OY, i64 %.idx2550
  %1952 = getelementptr inbounds i8, ptr %1951, i64 2048
  %1953 = load <16 x float>, ptr %1952, align 4
  %1954 = getelementptr inbounds i8, ptr %1951, i64 2112
  %1955 = load <16 x float>, ptr %1954, align 4
  %1956 = or disjoint i64 %i34.addr.02691, 7
  %.idx2551 = shl nuw nsw i64 %1956, 7
  %1957 = getelementptr inbounds i8, ptr %OY, i64 %.idx2551
  %1958 = getelementptr inbounds i8, ptr %1957, i64 2048
  %1959 = load <16 x float>, ptr %1958, align 4
  %1960 = getelementptr inbounds i8, ptr %1957, i64 2112
  %1961 = load <16 x float>, ptr %1960, align 4
  %.idx2895 = shl nsw i64 %i34.addr.02691, 6
  %.idx2896 = shl nsw i64 %1920, 6
  %.idx2897 = shl nsw i64 %1926, 6
  %.idx2898 = shl nsw i64 %1932, 6
  %.idx2899 = shl nsw i64 %1938, 6
  %.idx2900 = shl nsw i64 %1944, 6
  %.idx2901 = shl nsw i64 %1950, 6
  %.idx2902 = shl nsw i64 %1956, 6
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc40.02690 = phi <16 x float> [ %1917, %i34.body ], [ %1973, %p7.body ]
  %acc41.02689 = phi <16 x float> [ %1919, %i34.body ], [ %1974, %p7.body ]
  %acc42.02688 = phi <16 x float> [ %1923, %i34.body ], [ %1979, %p7.body ]
  %acc43.02687 = phi <16 x float> [ %1925, %i34.body ], [ %1980, %p7.body ]
  %acc44.02686 = phi <16 x float> [ %1929, %i34.body ], [ %1985, %p7.body ]
  %acc45.02685 = phi <16 x float> [ %1931, %i34.body ], [ %1986, %p7.body ]
  %acc46.02684 = phi <16 x float> [ %1935, %i34.body ], [ %1991, %p7.body ]
  %acc47.02683 = phi <16 x float> [ %1937, %i34.body ], [ %1992, %p7.body ]
  %acc48.02682 = phi <16 x float> [ %1941, %i34.body ], [ %1997, %p7.body ]
  %acc49.02681 = phi <16 x float> [ %1943, %i34.body ], [ %1998, %p7.body ]
  %acc50.02680 = phi <16 x float> [ %1947, %i34.body ], [ %2003, %p7.body ]
  %acc51.02679 = phi <16 x float> [ %1949, %i34.body ], [ %2004, %p7.body ]
  %acc52.02678 = phi <16 x float> [ %1953, %i34.body ], [ %2009, %p7.body ]
  %acc53.02677 = phi <16 x float> [ %1955, %i34.body ], [ %2010, %p7.body ]
  %acc54.02676 = phi <16 x float> [ %1959, %i34.body ], [ %2015, %p7.body ]
  %acc55.02675 = phi <16 x float> [ %1961, %i34.body ], [ %2016, %p7.body ]
  %p7.addr.02674 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %1962 = shl nuw nsw i64 %p7.addr.02674, 5
  %1963 = getelementptr inbounds float, ptr %OY, i64 %1962
  %1964 = load <16 x float>, ptr %1963, align 4
  %1965 = or disjoint i64 %1962, 16
  %1966 = getelementptr inbounds float, ptr %OY, i64 %1965
  %1967 = load <16 x float>, ptr %1966, align 4
  %1968 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02674
  %1969 = getelementptr inbounds i8, ptr %1968, i64 %.idx2895
  %1970 = load float, ptr %1969, align 4
  %1971 = insertelement <16 x float> poison, float %1970, i64 0
  %1972 = shufflevector <16 x float> %1971, <16 x float> poison, <16 x i32> zeroinitializer
  %1973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1972, <16 x float> %1964, <16 x float> %acc40.02690)
  %1974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1972, <16 x float> %1967, <16 x float> %acc41.02689)
  %1975 = getelementptr inbounds i8, ptr %1968, i64 %.idx2896
  %1976 = load float, ptr %1975, align 4
  %1977 = insertelement <16 x float> poison, float %1976, i64 0
  %1978 = shufflevector <16 x float> %1977, <16 x float> poison, <16 x i32> zeroinitializer
  %1979 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1978, <16 x float> %1964, <16 x float> %acc42.02688)
  %1980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1978, <16 x float> %1967, <16 x float> %acc43.02687)
  %1981 = getelementptr inbounds i8, ptr %1968, i64 %.idx2897
  %1982 = load float, ptr %1981, align 4
  %1983 = insertelement <16 x float> poison, float %1982, i64 0
  %1984 = shufflevector <16 x float> %1983, <16 x float> poison, <16 x i32> zeroinitializer
  %1985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1984, <16 x float> %1964, <16 x float> %acc44.02686)
  %1986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1984, <16 x float> %1967, <16 x float> %acc45.02685)
  %1987 = getelementptr inbounds i8, ptr %1968, i64 %.idx2898
  %1988 = load float, ptr %1987, align 4
  %1989 = insertelement <16 x float> poison, float %1988, i64 0
  %1990 = shufflevector <16 x float> %1989, <16 x float> poison, <16 x i32> zeroinitializer
  %1991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1964, <16 x float> %acc46.02684)
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1967, <16 x float> %acc47.02683)
  %1993 = getelementptr inbounds i8, ptr %1968, i64 %.idx2899
  %1994 = load float, ptr %1993, align 4
  %1995 = insertelement <16 x float> poison, float %1994, i64 0
  %1996 = shufflevector <16 x float> %1995, <16 x float> poison, <16 x i32> zeroinitializer
  %1997 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1996, <16 x float> %1964, <16 x float> %acc48.02682)
  %1998 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1996, <16 x float> %1967, <16 x float> %acc49.02681)
  %1999 = getelementptr inbounds i8, ptr %1968, i64 %.idx2900
  %2000 = load float, ptr %1999, align 4
  %2001 = insertelement <16 x float> poison, float %2000, i64 0
  %2002 = shufflevector <16 x float> %2001, <16 x float> poison, <16 x i32> zeroinitializer
  %2003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2002, <16 x float> %1964, <16 x float> %acc50.02680)
  %2004 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2002, <16 x float> %1967, <16 x float> %acc51.02679)
  %2005 = getelementptr inbounds i8, ptr %1968, i64 %.idx2901
  %2006 = load float, ptr %2005, align 4
  %2007 = insertelement <16 x float> poison, float %2006, i64 0
  %2008 = shufflevector <16 x float> %2007, <16 x float> poison, <16 x i32> zeroinitializer
  %2009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2008, <16 x float> %1964, <16 x float> %acc52.02678)
  %2010 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2008, <16 x float> %1967, <16 x float> %acc53.02677)
  %2011 = getelementptr inbounds i8, ptr %1968, i64 %.idx2902
  %2012 = load float, ptr %2011, align 4
  %2013 = insertelement <16 x float> poison, float %2012, i64 0
  %2014 = shufflevector <16 x float> %2013, <16 x float> poison, <16 x i32> zeroinitializer
  %2015 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2014, <16 x float> %1964, <16 x float> %acc54.02676)
  %2016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2014, <16 x float> %1967, <16 x float> %acc55.02675)
  %p7.next = add nuw nsw i64 %p7.addr.02674, 1
  %exitcond3129.not = icmp eq i64 %p7.next, 16
  br i1 %exitcond3129.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1973, ptr %1916, align 4
  store <16 x float> %1974, ptr %1918, align 4
  store <16 x float> %1979, ptr %1922, align 4
  store <16 x float> %1980, ptr %1924, align 4
  store <16 x float> %1985, ptr %1928, align 4
  store <16 x float> %1986, ptr %1930, align 4
  store <16 x float> %1991, ptr %1934, align 4
  store <16 x float> %1992, ptr %1936, align 4
  store <16 x float> %1997, ptr %1940, align 4
  store <16 x float> %1998, ptr %1942, align 4
  store <16 x float> %2003, ptr %1946, align 4
  store <16 x float> %2004, ptr %1948, align 4
  store <16 x float> %2009, ptr %1952, align 4
  store <16 x float> %2010, ptr %1954, align 4
  store <16 x float> %2015, ptr %1958, align 4
  store <16 x float> %2016, ptr %1960, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02691, 8
  %2017 = icmp ult i64 %i34.addr.02691, 24
  br i1 %2017, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02701 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2018 = shl nuw nsw i64 %i35.addr.02701, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc56.02700 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2026, %p8.body ]
  %acc57.02699 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2032, %p8.body ]
  %acc58.02698 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2038, %p8.body ]
  %acc59.02697 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2044, %p8.body ]
  %acc60.02696 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2050, %p8.body ]
  %acc61.02695 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2056, %p8.body ]
  %acc62.02694 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2062, %p8.body ]
  %acc63.02693 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2068, %p8.body ]
  %p8.addr.02692 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %.idx2529 = shl nuw nsw i64 %p8.addr.02692, 6
  %2019 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2529
  %2020 = load <16 x float>, ptr %2019, align 4
  %2021 = add nuw nsw i64 %p8.addr.02692, %2018
  %2022 = getelementptr inbounds float, ptr %Vn, i64 %2021
  %2023 = load float, ptr %2022, align 4
  %2024 = insertelement <16 x float> poison, float %2023, i64 0
  %2025 = shufflevector <16 x float> %2024, <16 x float> poison, <16 x i32> zeroinitializer
  %2026 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2025, <16 x float> %2020, <16 x float> %acc56.02700)
  %2027 = or disjoint i64 %2021, 32
  %2028 = getelementptr inbounds float, ptr %Vn, i64 %2027
  %2029 = load float, ptr %2028, align 4
  %2030 = insertelement <16 x float> poison, float %2029, i64 0
  %2031 = shufflevector <16 x float> %2030, <16 x float> poison, <16 x i32> zeroinitializer
  %2032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2031, <16 x float> %2020, <16 x float> %acc57.02699)
  %2033 = or disjoint i64 %2021, 64
  %2034 = getelementptr inbounds float, ptr %Vn, i64 %2033
  %2035 = load float, ptr %2034, align 4
  %2036 = insertelement <16 x float> poison, float %2035, i64 0
  %2037 = shufflevector <16 x float> %2036, <16 x float> poison, <16 x i32> zeroinitializer
  %2038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2037, <16 x float> %2020, <16 x float> %acc58.02698)
  %2039 = or disjoint i64 %2021, 96
  %2040 = getelementptr inbounds float, ptr %Vn, i64 %2039
  %2041 = load float, ptr %2040, align 4
  %2042 = insertelement <16 x float> poison, float %2041, i64 0
  %2043 = shufflevector <16 x float> %2042, <16 x float> poison, <16 x i32> zeroinitializer
  %2044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2043, <16 x float> %2020, <16 x float> %acc59.02697)
  %2045 = or disjoint i64 %2021, 128
  %2046 = getelementptr inbounds float, ptr %Vn, i64 %2045
  %2047 = load float, ptr %2046, align 4
  %2048 = insertelement <16 x float> poison, float %2047, i64 0
  %2049 = shufflevector <16 x float> %2048, <16 x float> poison, <16 x i32> zeroinitializer
  %2050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2049, <16 x float> %2020, <16 x float> %acc60.02696)
  %2051 = or disjoint i64 %2021, 160
  %2052 = getelementptr inbounds float, ptr %Vn, i64 %2051
  %2053 = load float, ptr %2052, align 4
  %2054 = insertelement <16 x float> poison, float %2053, i64 0
  %2055 = shufflevector <16 x float> %2054, <16 x float> poison, <16 x i32> zeroinitializer
  %2056 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2055, <16 x float> %2020, <16 x float> %acc61.02695)
  %2057 = or disjoint i64 %2021, 192
  %2058 = getelementptr inbounds float, ptr %Vn, i64 %2057
  %2059 = load float, ptr %2058, align 4
  %2060 = insertelement <16 x float> poison, float %2059, i64 0
  %2061 = shufflevector <16 x float> %2060, <16 x float> poison, <16 x i32> zeroinitializer
  %2062 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2061, <16 x float> %2020, <16 x float> %acc62.02694)
  %2063 = or disjoint i64 %2021, 224
  %2064 = getelementptr inbounds float, ptr %Vn, i64 %2063
  %2065 = load float, ptr %2064, align 4
  %2066 = insertelement <16 x float> poison, float %2065, i64 0
  %2067 = shufflevector <16 x float> %2066, <16 x float> poison, <16 x i32> zeroinitializer
  %2068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2067, <16 x float> %2020, <16 x float> %acc63.02693)
  %p8.next = add nuw nsw i64 %p8.addr.02692, 1
  %exitcond3130.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3130.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2069 = mul nuw nsw i64 %i35.addr.02701, 112
  %2070 = or disjoint i64 %2069, 64
  %2071 = getelementptr inbounds float, ptr %Ak, i64 %2070
  store <16 x float> %2026, ptr %2071, align 4
  %.idx2522 = mul nuw nsw i64 %i35.addr.02701, 448
  %2072 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2522
  %2073 = getelementptr inbounds i8, ptr %2072, i64 704
  store <16 x float> %2032, ptr %2073, align 4
  %2074 = getelementptr inbounds i8, ptr %2072, i64 1152
  store <16 x float> %2038, ptr %2074, align 4
  %2075 = getelementptr inbounds i8, ptr %2072, i64 1600
  store <16 x float> %2044, ptr %2075, align 4
  %2076 = getelementptr inbounds i8, ptr %2072, i64 2048
  store <16 x float> %2050, ptr %2076, align 4
  %2077 = getelementptr inbounds i8, ptr %2072, i64 2496
  store <16 x float> %2056, ptr %2077, align 4
  %2078 = getelementptr inbounds i8, ptr %2072, i64 2944
  store <16 x float> %2062, ptr %2078, align 4
  %2079 = getelementptr inbounds i8, ptr %2072, i64 3392
  store <16 x float> %2068, ptr %2079, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02701, 8
  %2080 = icmp ult i64 %i35.addr.02701, 24
  br i1 %2080, label %p8.head.preheader, label %t4.body.preheader

t4.body.preheader:                                ; preds = %p8.exit
  %2081 = load <16 x float>, ptr %79, align 4
  %2082 = load <16 x float>, ptr %M, align 4
  %2083 = fmul <16 x float> %2081, %2082
  store <16 x float> %2083, ptr %79, align 4
  %2084 = load <16 x float>, ptr %80, align 4
  %2085 = fmul <16 x float> %2084, %2082
  store <16 x float> %2085, ptr %80, align 4
  %2086 = load <16 x float>, ptr %81, align 4
  %2087 = load <16 x float>, ptr %35, align 4
  %2088 = fmul <16 x float> %2086, %2087
  store <16 x float> %2088, ptr %81, align 4
  %2089 = load <16 x float>, ptr %82, align 4
  %2090 = fmul <16 x float> %2089, %2087
  store <16 x float> %2090, ptr %82, align 4
  %2091 = load <16 x float>, ptr %83, align 4
  %2092 = load <16 x float>, ptr %38, align 4
  %2093 = fmul <16 x float> %2091, %2092
  store <16 x float> %2093, ptr %83, align 4
  %2094 = load <16 x float>, ptr %84, align 4
  %2095 = fmul <16 x float> %2094, %2092
  store <16 x float> %2095, ptr %84, align 4
  %2096 = load <16 x float>, ptr %85, align 4
  %2097 = load <16 x float>, ptr %41, align 4
  %2098 = fmul <16 x float> %2096, %2097
  store <16 x float> %2098, ptr %85, align 4
  %2099 = load <16 x float>, ptr %86, align 4
  %2100 = fmul <16 x float> %2099, %2097
  store <16 x float> %2100, ptr %86, align 4
  %2101 = load <16 x float>, ptr %87, align 4
  %2102 = load <16 x float>, ptr %44, align 4
  %2103 = fmul <16 x float> %2101, %2102
  store <16 x float> %2103, ptr %87, align 4
  %2104 = load <16 x float>, ptr %88, align 4
  %2105 = fmul <16 x float> %2104, %2102
  store <16 x float> %2105, ptr %88, align 4
  %2106 = load <16 x float>, ptr %89, align 4
  %2107 = load <16 x float>, ptr %47, align 4
  %2108 = fmul <16 x float> %2106, %2107
  store <16 x float> %2108, ptr %89, align 4
  %2109 = load <16 x float>, ptr %90, align 4
  %2110 = fmul <16 x float> %2109, %2107
  store <16 x float> %2110, ptr %90, align 4
  %2111 = load <16 x float>, ptr %91, align 4
  %2112 = load <16 x float>, ptr %50, align 4
  %2113 = fmul <16 x float> %2111, %2112
  store <16 x float> %2113, ptr %91, align 4
  %2114 = load <16 x float>, ptr %92, align 4
  %2115 = fmul <16 x float> %2114, %2112
  store <16 x float> %2115, ptr %92, align 4
  %2116 = load <16 x float>, ptr %93, align 4
  %2117 = load <16 x float>, ptr %53, align 4
  %2118 = fmul <16 x float> %2116, %2117
  store <16 x float> %2118, ptr %93, align 4
  %2119 = load <16 x float>, ptr %94, align 4
  %2120 = fmul <16 x float> %2119, %2117
  store <16 x float> %2120, ptr %94, align 4
  %2121 = load <16 x float>, ptr %95, align 4
  %2122 = load <16 x float>, ptr %56, align 4
  %2123 = fmul <16 x float> %2121, %2122
  store <16 x float> %2123, ptr %95, align 4
  %2124 = load <16 x float>, ptr %96, align 4
  %2125 = fmul <16 x float> %2124, %2122
  store <16 x float> %2125, ptr %96, align 4
  %2126 = load <16 x float>, ptr %97, align 4
  %2127 = load <16 x float>, ptr %59, align 4
  %2128 = fmul <16 x float> %2126, %2127
  store <16 x float> %2128, ptr %97, align 4
  %2129 = load <16 x float>, ptr %98, align 4
  %2130 = fmul <16 x float> %2129, %2127
  store <16 x float> %2130, ptr %98, align 4
  %2131 = load <16 x float>, ptr %99, align 4
  %2132 = load <16 x float>, ptr %62, align 4
  %2133 = fmul <16 x float> %2131, %2132
  store <16 x float> %2133, ptr %99, align 4
  %2134 = load <16 x float>, ptr %100, align 4
  %2135 = fmul <16 x float> %2134, %2132
  store <16 x float> %2135, ptr %100, align 4
  %2136 = load <16 x float>, ptr %101, align 4
  %2137 = load <16 x float>, ptr %65, align 4
  %2138 = fmul <16 x float> %2136, %2137
  store <16 x float> %2138, ptr %101, align 4
  %2139 = load <16 x float>, ptr %102, align 4
  %2140 = fmul <16 x float> %2139, %2137
  store <16 x float> %2140, ptr %102, align 4
  %2141 = load <16 x float>, ptr %103, align 4
  %2142 = load <16 x float>, ptr %68, align 4
  %2143 = fmul <16 x float> %2141, %2142
  store <16 x float> %2143, ptr %103, align 4
  %2144 = load <16 x float>, ptr %104, align 4
  %2145 = fmul <16 x float> %2144, %2142
  store <16 x float> %2145, ptr %104, align 4
  %2146 = load <16 x float>, ptr %105, align 4
  %2147 = load <16 x float>, ptr %71, align 4
  %2148 = fmul <16 x float> %2146, %2147
  store <16 x float> %2148, ptr %105, align 4
  %2149 = load <16 x float>, ptr %106, align 4
  %2150 = fmul <16 x float> %2149, %2147
  store <16 x float> %2150, ptr %106, align 4
  %2151 = load <16 x float>, ptr %107, align 4
  %2152 = load <16 x float>, ptr %74, align 4
  %2153 = fmul <16 x float> %2151, %2152
  store <16 x float> %2153, ptr %107, align 4
  %2154 = load <16 x float>, ptr %108, align 4
  %2155 = fmul <16 x float> %2154, %2152
  store <16 x float> %2155, ptr %108, align 4
  %2156 = load <16 x float>, ptr %109, align 4
  %2157 = load <16 x float>, ptr %77, align 4
  %2158 = fmul <16 x float> %2156, %2157
  store <16 x float> %2158, ptr %109, align 4
  %2159 = load <16 x float>, ptr %110, align 4
  %2160 = fmul <16 x float> %2159, %2157
  store <16 x float> %2160, ptr %110, align 4
  br label %p9.body

p9.body:                                          ; preds = %t4.body.preheader, %p9.body
  %p9.addr.02719 = phi i64 [ 0, %t4.body.preheader ], [ %p9.next, %p9.body ]
  %acc79.02718 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2222, %p9.body ]
  %acc78.02717 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2221, %p9.body ]
  %acc77.02716 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2215, %p9.body ]
  %acc76.02715 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2214, %p9.body ]
  %acc75.02714 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2208, %p9.body ]
  %acc74.02713 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2207, %p9.body ]
  %acc73.02712 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2201, %p9.body ]
  %acc72.02711 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2200, %p9.body ]
  %acc71.02710 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2194, %p9.body ]
  %acc70.02709 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2193, %p9.body ]
  %acc69.02708 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2187, %p9.body ]
  %acc68.02707 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2186, %p9.body ]
  %acc67.02706 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2180, %p9.body ]
  %acc66.02705 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2179, %p9.body ]
  %acc65.02704 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2173, %p9.body ]
  %acc64.02703 = phi <16 x float> [ zeroinitializer, %t4.body.preheader ], [ %2172, %p9.body ]
  %2161 = shl nuw nsw i64 %p9.addr.02719, 5
  %2162 = or disjoint i64 %2161, 1024
  %2163 = getelementptr inbounds float, ptr %Bk, i64 %2162
  %2164 = load <16 x float>, ptr %2163, align 4
  %2165 = or disjoint i64 %2161, 1040
  %2166 = getelementptr inbounds float, ptr %Bk, i64 %2165
  %2167 = load <16 x float>, ptr %2166, align 4
  %2168 = getelementptr inbounds float, ptr %OY, i64 %p9.addr.02719
  %2169 = load float, ptr %2168, align 4
  %2170 = insertelement <16 x float> poison, float %2169, i64 0
  %2171 = shufflevector <16 x float> %2170, <16 x float> poison, <16 x i32> zeroinitializer
  %2172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2171, <16 x float> %2164, <16 x float> %acc64.02703)
  %2173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2171, <16 x float> %2167, <16 x float> %acc65.02704)
  %2174 = or disjoint i64 %p9.addr.02719, 32
  %2175 = getelementptr inbounds float, ptr %OY, i64 %2174
  %2176 = load float, ptr %2175, align 4
  %2177 = insertelement <16 x float> poison, float %2176, i64 0
  %2178 = shufflevector <16 x float> %2177, <16 x float> poison, <16 x i32> zeroinitializer
  %2179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2178, <16 x float> %2164, <16 x float> %acc66.02705)
  %2180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2178, <16 x float> %2167, <16 x float> %acc67.02706)
  %2181 = or disjoint i64 %p9.addr.02719, 64
  %2182 = getelementptr inbounds float, ptr %OY, i64 %2181
  %2183 = load float, ptr %2182, align 4
  %2184 = insertelement <16 x float> poison, float %2183, i64 0
  %2185 = shufflevector <16 x float> %2184, <16 x float> poison, <16 x i32> zeroinitializer
  %2186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2185, <16 x float> %2164, <16 x float> %acc68.02707)
  %2187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2185, <16 x float> %2167, <16 x float> %acc69.02708)
  %2188 = or disjoint i64 %p9.addr.02719, 96
  %2189 = getelementptr inbounds float, ptr %OY, i64 %2188
  %2190 = load float, ptr %2189, align 4
  %2191 = insertelement <16 x float> poison, float %2190, i64 0
  %2192 = shufflevector <16 x float> %2191, <16 x float> poison, <16 x i32> zeroinitializer
  %2193 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2192, <16 x float> %2164, <16 x float> %acc70.02709)
  %2194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2192, <16 x float> %2167, <16 x float> %acc71.02710)
  %2195 = or disjoint i64 %p9.addr.02719, 128
  %2196 = getelementptr inbounds float, ptr %OY, i64 %2195
  %2197 = load float, ptr %2196, align 4
  %2198 = insertelement <16 x float> poison, float %2197, i64 0
  %2199 = shufflevector <16 x float> %2198, <16 x float> poison, <16 x i32> zeroinitializer
  %2200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2199, <16 x float> %2164, <16 x float> %acc72.02711)
  %2201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2199, <16 x float> %2167, <16 x float> %acc73.02712)
  %2202 = or disjoint i64 %p9.addr.02719, 160
  %2203 = getelementptr inbounds float, ptr %OY, i64 %2202
  %2204 = load float, ptr %2203, align 4
  %2205 = insertelement <16 x float> poison, float %2204, i64 0
  %2206 = shufflevector <16 x float> %2205, <16 x float> poison, <16 x i32> zeroinitializer
  %2207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2206, <16 x float> %2164, <16 x float> %acc74.02713)
  %2208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2206, <16 x float> %2167, <16 x float> %acc75.02714)
  %2209 = or disjoint i64 %p9.addr.02719, 192
  %2210 = getelementptr inbounds float, ptr %OY, i64 %2209
  %2211 = load float, ptr %2210, align 4
  %2212 = insertelement <16 x float> poison, float %2211, i64 0
  %2213 = shufflevector <16 x float> %2212, <16 x float> poison, <16 x i32> zeroinitializer
  %2214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2213, <16 x float> %2164, <16 x float> %acc76.02715)
  %2215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2213, <16 x float> %2167, <16 x float> %acc77.02716)
  %2216 = or disjoint i64 %p9.addr.02719, 224
  %2217 = getelementptr inbounds float, ptr %OY, i64 %2216
  %2218 = load float, ptr %2217, align 4
  %2219 = insertelement <16 x float> poison, float %2218, i64 0
  %2220 = shufflevector <16 x float> %2219, <16 x float> poison, <16 x i32> zeroinitializer
  %2221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2220, <16 x float> %2164, <16 x float> %acc78.02717)
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2220, <16 x float> %2167, <16 x float> %acc79.02718)
  %p9.next = add nuw nsw i64 %p9.addr.02719, 1
  %exitcond3132.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3132.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2172, ptr %dQc, align 4
  store <16 x float> %2173, ptr %111, align 4
  store <16 x float> %2179, ptr %112, align 4
  store <16 x float> %2180, ptr %113, align 4
  store <16 x float> %2186, ptr %114, align 4
  store <16 x float> %2187, ptr %115, align 4
  store <16 x float> %2193, ptr %116, align 4
  store <16 x float> %2194, ptr %117, align 4
  store <16 x float> %2200, ptr %118, align 4
  store <16 x float> %2201, ptr %119, align 4
  store <16 x float> %2207, ptr %120, align 4
  store <16 x float> %2208, ptr %121, align 4
  store <16 x float> %2214, ptr %122, align 4
  store <16 x float> %2215, ptr %123, align 4
  store <16 x float> %2221, ptr %124, align 4
  store <16 x float> %2222, ptr %125, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.02719.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1, %p9.body.1 ]
  %acc79.02718.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2285, %p9.body.1 ]
  %acc78.02717.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2284, %p9.body.1 ]
  %acc77.02716.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2278, %p9.body.1 ]
  %acc76.02715.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2277, %p9.body.1 ]
  %acc75.02714.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2271, %p9.body.1 ]
  %acc74.02713.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2270, %p9.body.1 ]
  %acc73.02712.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2264, %p9.body.1 ]
  %acc72.02711.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2263, %p9.body.1 ]
  %acc71.02710.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2257, %p9.body.1 ]
  %acc70.02709.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2256, %p9.body.1 ]
  %acc69.02708.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2250, %p9.body.1 ]
  %acc68.02707.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2249, %p9.body.1 ]
  %acc67.02706.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2243, %p9.body.1 ]
  %acc66.02705.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2242, %p9.body.1 ]
  %acc65.02704.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2236, %p9.body.1 ]
  %acc64.02703.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2235, %p9.body.1 ]
  %2223 = shl nuw nsw i64 %p9.addr.02719.1, 5
  %2224 = or disjoint i64 %2223, 1024
  %2225 = getelementptr inbounds float, ptr %Bk, i64 %2224
  %2226 = load <16 x float>, ptr %2225, align 4
  %2227 = or disjoint i64 %2223, 1040
  %2228 = getelementptr inbounds float, ptr %Bk, i64 %2227
  %2229 = load <16 x float>, ptr %2228, align 4
  %2230 = add nuw nsw i64 %p9.addr.02719.1, 256
  %2231 = getelementptr inbounds float, ptr %OY, i64 %2230
  %2232 = load float, ptr %2231, align 4
  %2233 = insertelement <16 x float> poison, float %2232, i64 0
  %2234 = shufflevector <16 x float> %2233, <16 x float> poison, <16 x i32> zeroinitializer
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2226, <16 x float> %acc64.02703.1)
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2229, <16 x float> %acc65.02704.1)
  %2237 = or disjoint i64 %2230, 32
  %2238 = getelementptr inbounds float, ptr %OY, i64 %2237
  %2239 = load float, ptr %2238, align 4
  %2240 = insertelement <16 x float> poison, float %2239, i64 0
  %2241 = shufflevector <16 x float> %2240, <16 x float> poison, <16 x i32> zeroinitializer
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2226, <16 x float> %acc66.02705.1)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2229, <16 x float> %acc67.02706.1)
  %2244 = or disjoint i64 %2230, 64
  %2245 = getelementptr inbounds float, ptr %OY, i64 %2244
  %2246 = load float, ptr %2245, align 4
  %2247 = insertelement <16 x float> poison, float %2246, i64 0
  %2248 = shufflevector <16 x float> %2247, <16 x float> poison, <16 x i32> zeroinitializer
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2226, <16 x float> %acc68.02707.1)
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2229, <16 x float> %acc69.02708.1)
  %2251 = or disjoint i64 %2230, 96
  %2252 = getelementptr inbounds float, ptr %OY, i64 %2251
  %2253 = load float, ptr %2252, align 4
  %2254 = insertelement <16 x float> poison, float %2253, i64 0
  %2255 = shufflevector <16 x float> %2254, <16 x float> poison, <16 x i32> zeroinitializer
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2226, <16 x float> %acc70.02709.1)
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2229, <16 x float> %acc71.02710.1)
  %2258 = or disjoint i64 %2230, 128
  %2259 = getelementptr inbounds float, ptr %OY, i64 %2258
  %2260 = load float, ptr %2259, align 4
  %2261 = insertelement <16 x float> poison, float %2260, i64 0
  %2262 = shufflevector <16 x float> %2261, <16 x float> poison, <16 x i32> zeroinitializer
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2226, <16 x float> %acc72.02711.1)
  %2264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2229, <16 x float> %acc73.02712.1)
  %2265 = or disjoint i64 %2230, 160
  %2266 = getelementptr inbounds float, ptr %OY, i64 %2265
  %2267 = load float, ptr %2266, align 4
  %2268 = insertelement <16 x float> poison, float %2267, i64 0
  %2269 = shufflevector <16 x float> %2268, <16 x float> poison, <16 x i32> zeroinitializer
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2226, <16 x float> %acc74.02713.1)
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2229, <16 x float> %acc75.02714.1)
  %2272 = or disjoint i64 %2230, 192
  %2273 = getelementptr inbounds float, ptr %OY, i64 %2272
  %2274 = load float, ptr %2273, align 4
  %2275 = insertelement <16 x float> poison, float %2274, i64 0
  %2276 = shufflevector <16 x float> %2275, <16 x float> poison, <16 x i32> zeroinitializer
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2226, <16 x float> %acc76.02715.1)
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2229, <16 x float> %acc77.02716.1)
  %2279 = or disjoint i64 %2230, 224
  %2280 = getelementptr inbounds float, ptr %OY, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = insertelement <16 x float> poison, float %2281, i64 0
  %2283 = shufflevector <16 x float> %2282, <16 x float> poison, <16 x i32> zeroinitializer
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2226, <16 x float> %acc78.02717.1)
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2229, <16 x float> %acc79.02718.1)
  %p9.next.1 = add nuw nsw i64 %p9.addr.02719.1, 1
  %exitcond3132.1.not = icmp eq i64 %p9.next.1, 32
  br i1 %exitcond3132.1.not, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  store <16 x float> %2235, ptr %126, align 4
  store <16 x float> %2236, ptr %127, align 4
  store <16 x float> %2242, ptr %128, align 4
  store <16 x float> %2243, ptr %129, align 4
  store <16 x float> %2249, ptr %130, align 4
  store <16 x float> %2250, ptr %131, align 4
  store <16 x float> %2256, ptr %132, align 4
  store <16 x float> %2257, ptr %133, align 4
  store <16 x float> %2263, ptr %134, align 4
  store <16 x float> %2264, ptr %135, align 4
  store <16 x float> %2270, ptr %136, align 4
  store <16 x float> %2271, ptr %137, align 4
  store <16 x float> %2277, ptr %138, align 4
  store <16 x float> %2278, ptr %139, align 4
  store <16 x float> %2284, ptr %140, align 4
  store <16 x float> %2285, ptr %141, align 4
  br label %i39.body

i39.body:                                         ; preds = %p9.exit.1, %endif1324
  %2286 = phi i1 [ false, %endif1324 ], [ true, %p9.exit.1 ]
  %i39.addr.02738 = phi i64 [ 8, %endif1324 ], [ 0, %p9.exit.1 ]
  %2287 = shl nuw nsw i64 %i39.addr.02738, 5
  %2288 = getelementptr inbounds float, ptr %dQc, i64 %2287
  %2289 = load <16 x float>, ptr %2288, align 4
  %2290 = or disjoint i64 %2287, 16
  %2291 = getelementptr inbounds float, ptr %dQc, i64 %2290
  %2292 = load <16 x float>, ptr %2291, align 4
  %2293 = or disjoint i64 %i39.addr.02738, 1
  %2294 = shl nuw nsw i64 %2293, 5
  %2295 = getelementptr inbounds float, ptr %dQc, i64 %2294
  %2296 = load <16 x float>, ptr %2295, align 4
  %2297 = or disjoint i64 %2294, 16
  %2298 = getelementptr inbounds float, ptr %dQc, i64 %2297
  %2299 = load <16 x float>, ptr %2298, align 4
  %2300 = or disjoint i64 %i39.addr.02738, 2
  %2301 = shl nuw nsw i64 %2300, 5
  %2302 = getelementptr inbounds float, ptr %dQc, i64 %2301
  %2303 = load <16 x float>, ptr %2302, align 4
  %2304 = or disjoint i64 %2301, 16
  %2305 = getelementptr inbounds float, ptr %dQc, i64 %2304
  %2306 = load <16 x float>, ptr %2305, align 4
  %2307 = or disjoint i64 %i39.addr.02738, 3
  %2308 = shl nuw nsw i64 %2307, 5
  %2309 = getelementptr inbounds float, ptr %dQc, i64 %2308
  %2310 = load <16 x float>, ptr %2309, align 4
  %2311 = or disjoint i64 %2308, 16
  %2312 = getelementptr inbounds float, ptr %dQc, i64 %2311
  %2313 = load <16 x float>, ptr %2312, align 4
  %2314 = or disjoint i64 %i39.addr.02738, 4
  %2315 = shl nuw nsw i64 %2314, 5
  %2316 = getelementptr inbounds float, ptr %dQc, i64 %2315
  %2317 = load <16 x float>, ptr %2316, align 4
  %2318 = or disjoint i64 %2315, 16
  %2319 = getelementptr inbounds float, ptr %dQc, i64 %2318
  %2320 = load <16 x float>, ptr %2319, align 4
  %2321 = or disjoint i64 %i39.addr.02738, 5
  %2322 = shl nuw nsw i64 %2321, 5
  %2323 = getelementptr inbounds float, ptr %dQc, i64 %2322
  %2324 = load <16 x float>, ptr %2323, align 4
  %2325 = or disjoint i64 %2322, 16
  %2326 = getelementptr inbounds float, ptr %dQc, i64 %2325
  %2327 = load <16 x float>, ptr %2326, align 4
  %2328 = or disjoint i64 %i39.addr.02738, 6
  %2329 = shl nuw nsw i64 %2328, 5
  %2330 = getelementptr inbounds float, ptr %dQc, i64 %2329
  %2331 = load <16 x float>, ptr %2330, align 4
  %2332 = or disjoint i64 %2329, 16
  %2333 = getelementptr inbounds float, ptr %dQc, i64 %2332
  %2334 = load <16 x float>, ptr %2333, align 4
  %2335 = or disjoint i64 %i39.addr.02738, 7
  %2336 = shl nuw nsw i64 %2335, 5
  %2337 = getelementptr inbounds float, ptr %dQc, i64 %2336
  %2338 = load <16 x float>, ptr %2337, align 4
  %2339 = or disjoint i64 %2336, 16
  %2340 = getelementptr inbounds float, ptr %dQc, i64 %2339
  %2341 = load <16 x float>, ptr %2340, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02737 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc95.02736 = phi <16 x float> [ %2341, %i39.body ], [ %2404, %p10.body ]
  %acc94.02735 = phi <16 x float> [ %2338, %i39.body ], [ %2403, %p10.body ]
  %acc93.02734 = phi <16 x float> [ %2334, %i39.body ], [ %2397, %p10.body ]
  %acc92.02733 = phi <16 x float> [ %2331, %i39.body ], [ %2396, %p10.body ]
  %acc91.02732 = phi <16 x float> [ %2327, %i39.body ], [ %2390, %p10.body ]
  %acc90.02731 = phi <16 x float> [ %2324, %i39.body ], [ %2389, %p10.body ]
  %acc89.02730 = phi <16 x float> [ %2320, %i39.body ], [ %2383, %p10.body ]
  %acc88.02729 = phi <16 x float> [ %2317, %i39.body ], [ %2382, %p10.body ]
  %acc87.02728 = phi <16 x float> [ %2313, %i39.body ], [ %2376, %p10.body ]
  %acc86.02727 = phi <16 x float> [ %2310, %i39.body ], [ %2375, %p10.body ]
  %acc85.02726 = phi <16 x float> [ %2306, %i39.body ], [ %2369, %p10.body ]
  %acc84.02725 = phi <16 x float> [ %2303, %i39.body ], [ %2368, %p10.body ]
  %acc83.02724 = phi <16 x float> [ %2299, %i39.body ], [ %2362, %p10.body ]
  %acc82.02723 = phi <16 x float> [ %2296, %i39.body ], [ %2361, %p10.body ]
  %acc81.02722 = phi <16 x float> [ %2292, %i39.body ], [ %2355, %p10.body ]
  %acc80.02721 = phi <16 x float> [ %2289, %i39.body ], [ %2354, %p10.body ]
  %.idx2543 = shl nuw nsw i64 %p10.addr.02737, 7
  %2342 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2543
  %2343 = getelementptr inbounds i8, ptr %2342, i64 10240
  %2344 = load <16 x float>, ptr %2343, align 4
  %2345 = getelementptr inbounds i8, ptr %2342, i64 10304
  %2346 = load <16 x float>, ptr %2345, align 4
  %2347 = mul nuw nsw i64 %p10.addr.02737, 112
  %2348 = add nuw nsw i64 %2347, 64
  %2349 = or disjoint i64 %2348, %i39.addr.02738
  %2350 = getelementptr inbounds float, ptr %Ak, i64 %2349
  %2351 = load float, ptr %2350, align 4
  %2352 = insertelement <16 x float> poison, float %2351, i64 0
  %2353 = shufflevector <16 x float> %2352, <16 x float> poison, <16 x i32> zeroinitializer
  %2354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2353, <16 x float> %2344, <16 x float> %acc80.02721)
  %2355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2353, <16 x float> %2346, <16 x float> %acc81.02722)
  %2356 = or disjoint i64 %2348, %2293
  %2357 = getelementptr inbounds float, ptr %Ak, i64 %2356
  %2358 = load float, ptr %2357, align 4
  %2359 = insertelement <16 x float> poison, float %2358, i64 0
  %2360 = shufflevector <16 x float> %2359, <16 x float> poison, <16 x i32> zeroinitializer
  %2361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2344, <16 x float> %acc82.02723)
  %2362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2346, <16 x float> %acc83.02724)
  %2363 = or disjoint i64 %2348, %2300
  %2364 = getelementptr inbounds float, ptr %Ak, i64 %2363
  %2365 = load float, ptr %2364, align 4
  %2366 = insertelement <16 x float> poison, float %2365, i64 0
  %2367 = shufflevector <16 x float> %2366, <16 x float> poison, <16 x i32> zeroinitializer
  %2368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2367, <16 x float> %2344, <16 x float> %acc84.02725)
  %2369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2367, <16 x float> %2346, <16 x float> %acc85.02726)
  %2370 = or disjoint i64 %2348, %2307
  %2371 = getelementptr inbounds float, ptr %Ak, i64 %2370
  %2372 = load float, ptr %2371, align 4
  %2373 = insertelement <16 x float> poison, float %2372, i64 0
  %2374 = shufflevector <16 x float> %2373, <16 x float> poison, <16 x i32> zeroinitializer
  %2375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2374, <16 x float> %2344, <16 x float> %acc86.02727)
  %2376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2374, <16 x float> %2346, <16 x float> %acc87.02728)
  %2377 = or disjoint i64 %2348, %2314
  %2378 = getelementptr inbounds float, ptr %Ak, i64 %2377
  %2379 = load float, ptr %2378, align 4
  %2380 = insertelement <16 x float> poison, float %2379, i64 0
  %2381 = shufflevector <16 x float> %2380, <16 x float> poison, <16 x i32> zeroinitializer
  %2382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2381, <16 x float> %2344, <16 x float> %acc88.02729)
  %2383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2381, <16 x float> %2346, <16 x float> %acc89.02730)
  %2384 = or disjoint i64 %2348, %2321
  %2385 = getelementptr inbounds float, ptr %Ak, i64 %2384
  %2386 = load float, ptr %2385, align 4
  %2387 = insertelement <16 x float> poison, float %2386, i64 0
  %2388 = shufflevector <16 x float> %2387, <16 x float> poison, <16 x i32> zeroinitializer
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2388, <16 x float> %2344, <16 x float> %acc90.02731)
  %2390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2388, <16 x float> %2346, <16 x float> %acc91.02732)
  %2391 = or disjoint i64 %2348, %2328
  %2392 = getelementptr inbounds float, ptr %Ak, i64 %2391
  %2393 = load float, ptr %2392, align 4
  %2394 = insertelement <16 x float> poison, float %2393, i64 0
  %2395 = shufflevector <16 x float> %2394, <16 x float> poison, <16 x i32> zeroinitializer
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2344, <16 x float> %acc92.02733)
  %2397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2346, <16 x float> %acc93.02734)
  %2398 = or disjoint i64 %2348, %2335
  %2399 = getelementptr inbounds float, ptr %Ak, i64 %2398
  %2400 = load float, ptr %2399, align 4
  %2401 = insertelement <16 x float> poison, float %2400, i64 0
  %2402 = shufflevector <16 x float> %2401, <16 x float> poison, <16 x i32> zeroinitializer
  %2403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2402, <16 x float> %2344, <16 x float> %acc94.02735)
  %2404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2402, <16 x float> %2346, <16 x float> %acc95.02736)
  %p10.next = add nuw nsw i64 %p10.addr.02737, 1
  %exitcond3133.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond3133.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2405 = icmp sgt i64 %276, %i39.addr.02738
  br i1 %2405, label %then1262, label %endif1268

then1262:                                         ; preds = %p10.exit
  %2406 = fmul <16 x float> %2354, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2407 = or disjoint i64 %i39.addr.02738, %t0
  %.idx2511 = shl nsw i64 %2407, 7
  %2408 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2511
  store <16 x float> %2406, ptr %2408, align 4
  %2409 = fmul <16 x float> %2355, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2410 = shl nsw i64 %2407, 5
  %2411 = or disjoint i64 %2410, 16
  %2412 = getelementptr inbounds float, ptr %gep2862, i64 %2411
  store <16 x float> %2409, ptr %2412, align 4
  br label %endif1268

endif1268:                                        ; preds = %p10.exit, %then1262
  %2413 = icmp slt i64 %2293, %L
  br i1 %2413, label %then1270, label %endif1276

then1270:                                         ; preds = %endif1268
  %2414 = fmul <16 x float> %2361, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2415 = or disjoint i64 %2293, %t0
  %.idx2512 = shl nsw i64 %2415, 7
  %2416 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2512
  store <16 x float> %2414, ptr %2416, align 4
  %2417 = fmul <16 x float> %2362, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2418 = shl nsw i64 %2415, 5
  %2419 = or disjoint i64 %2418, 16
  %2420 = getelementptr inbounds float, ptr %gep2862, i64 %2419
  store <16 x float> %2417, ptr %2420, align 4
  br label %endif1276

endif1276:                                        ; preds = %endif1268, %then1270
  %2421 = icmp slt i64 %2300, %L
  br i1 %2421, label %then1278, label %endif1284

then1278:                                         ; preds = %endif1276
  %2422 = fmul <16 x float> %2368, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2423 = or disjoint i64 %2300, %t0
  %.idx2513 = shl nsw i64 %2423, 7
  %2424 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2513
  store <16 x float> %2422, ptr %2424, align 4
  %2425 = fmul <16 x float> %2369, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2426 = shl nsw i64 %2423, 5
  %2427 = or disjoint i64 %2426, 16
  %2428 = getelementptr inbounds float, ptr %gep2862, i64 %2427
  store <16 x float> %2425, ptr %2428, align 4
  br label %endif1284

endif1284:                                        ; preds = %endif1276, %then1278
  %2429 = icmp slt i64 %2307, %L
  br i1 %2429, label %then1286, label %endif1292

then1286:                                         ; preds = %endif1284
  %2430 = fmul <16 x float> %2375, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2431 = or disjoint i64 %2307, %t0
  %.idx2514 = shl nsw i64 %2431, 7
  %2432 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2514
  store <16 x float> %2430, ptr %2432, align 4
  %2433 = fmul <16 x float> %2376, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2434 = shl nsw i64 %2431, 5
  %2435 = or disjoint i64 %2434, 16
  %2436 = getelementptr inbounds float, ptr %gep2862, i64 %2435
  store <16 x float> %2433, ptr %2436, align 4
  br label %endif1292

endif1292:                                        ; preds = %endif1284, %then1286
  %2437 = icmp slt i64 %2314, %L
  br i1 %2437, label %then1294, label %endif1300

then1294:                                         ; preds = %endif1292
  %2438 = fmul <16 x float> %2382, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2439 = or disjoint i64 %2314, %t0
  %.idx2515 = shl nsw i64 %2439, 7
  %2440 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2515
  store <16 x float> %2438, ptr %2440, align 4
  %2441 = fmul <16 x float> %2383, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2442 = shl nsw i64 %2439, 5
  %2443 = or disjoint i64 %2442, 16
  %2444 = getelementptr inbounds float, ptr %gep2862, i64 %2443
  store <16 x float> %2441, ptr %2444, align 4
  br label %endif1300

endif1300:                                        ; preds = %endif1292, %then1294
  %2445 = icmp slt i64 %2321, %L
  br i1 %2445, label %then1302, label %endif1308

then1302:                                         ; preds = %endif1300
  %2446 = fmul <16 x float> %2389, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2447 = or disjoint i64 %2321, %t0
  %.idx2516 = shl nsw i64 %2447, 7
  %2448 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2516
  store <16 x float> %2446, ptr %2448, align 4
  %2449 = fmul <16 x float> %2390, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2450 = shl nsw i64 %2447, 5
  %2451 = or disjoint i64 %2450, 16
  %2452 = getelementptr inbounds float, ptr %gep2862, i64 %2451
  store <16 x float> %2449, ptr %2452, align 4
  br label %endif1308

endif1308:                                        ; preds = %endif1300, %then1302
  %2453 = icmp slt i64 %2328, %L
  br i1 %2453, label %then1310, label %endif1316

then1310:                                         ; preds = %endif1308
  %2454 = fmul <16 x float> %2396, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2455 = or disjoint i64 %2328, %t0
  %.idx2517 = shl nsw i64 %2455, 7
  %2456 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2517
  store <16 x float> %2454, ptr %2456, align 4
  %2457 = fmul <16 x float> %2397, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2458 = shl nsw i64 %2455, 5
  %2459 = or disjoint i64 %2458, 16
  %2460 = getelementptr inbounds float, ptr %gep2862, i64 %2459
  store <16 x float> %2457, ptr %2460, align 4
  br label %endif1316

endif1316:                                        ; preds = %endif1308, %then1310
  %2461 = icmp slt i64 %2335, %L
  br i1 %2461, label %then1318, label %endif1324

then1318:                                         ; preds = %endif1316
  %2462 = fmul <16 x float> %2403, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2463 = or disjoint i64 %2335, %t0
  %.idx2518 = shl nsw i64 %2463, 7
  %2464 = getelementptr inbounds i8, ptr %gep2862, i64 %.idx2518
  store <16 x float> %2462, ptr %2464, align 4
  %2465 = fmul <16 x float> %2404, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2466 = shl nsw i64 %2463, 5
  %2467 = or disjoint i64 %2466, 16
  %2468 = getelementptr inbounds float, ptr %gep2862, i64 %2467
  store <16 x float> %2465, ptr %2468, align 4
  br label %endif1324

endif1324:                                        ; preds = %endif1316, %then1318
  br i1 %2286, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1324
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %2469 = icmp sgt i64 %276, 0
  br i1 %2469, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3721 = and i64 %smax3720, 1
  %2470 = icmp slt i64 %indvars.iv3139, 2
  br i1 %2470, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3723 = and i64 %smax3720, 30
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02759 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2471 = shl nuw nsw i64 %ib1.addr.02759, 2
  %i01 = sub nuw nsw i64 28, %2471
  %2472 = shl nuw nsw i64 %i01, 5
  %2473 = getelementptr inbounds float, ptr %OY, i64 %2472
  %2474 = getelementptr inbounds i8, ptr %2473, i64 2048
  %2475 = load <16 x float>, ptr %2474, align 4
  %2476 = getelementptr inbounds i8, ptr %2473, i64 2112
  %2477 = load <16 x float>, ptr %2476, align 4
  %2478 = sub nuw nsw i64 29, %2471
  %2479 = shl nuw nsw i64 %2478, 5
  %2480 = getelementptr inbounds float, ptr %OY, i64 %2479
  %2481 = getelementptr inbounds i8, ptr %2480, i64 2048
  %2482 = load <16 x float>, ptr %2481, align 4
  %2483 = getelementptr inbounds i8, ptr %2480, i64 2112
  %2484 = load <16 x float>, ptr %2483, align 4
  %2485 = sub nuw nsw i64 30, %2471
  %2486 = shl nuw nsw i64 %2485, 5
  %2487 = getelementptr inbounds float, ptr %OY, i64 %2486
  %2488 = getelementptr inbounds i8, ptr %2487, i64 2048
  %2489 = load <16 x float>, ptr %2488, align 4
  %2490 = getelementptr inbounds i8, ptr %2487, i64 2112
  %2491 = load <16 x float>, ptr %2490, align 4
  %2492 = sub nuw nsw i64 31, %2471
  %2493 = shl nuw nsw i64 %2492, 5
  %2494 = getelementptr inbounds float, ptr %OY, i64 %2493
  %2495 = getelementptr inbounds i8, ptr %2494, i64 2048
  %2496 = load <16 x float>, ptr %2495, align 4
  %2497 = getelementptr inbounds i8, ptr %2494, i64 2112
  %2498 = load <16 x float>, ptr %2497, align 4
  %.not2903 = icmp eq i64 %ib1.addr.02759, 0
  br i1 %.not2903, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2499 = sub nuw nsw i64 32, %2471
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02748 = phi i64 [ %j30.next, %j30.body ], [ %2499, %j30.body.preheader ]
  %acc103.02747 = phi <16 x float> [ %2537, %j30.body ], [ %2498, %j30.body.preheader ]
  %acc102.02746 = phi <16 x float> [ %2536, %j30.body ], [ %2496, %j30.body.preheader ]
  %acc101.02745 = phi <16 x float> [ %2529, %j30.body ], [ %2491, %j30.body.preheader ]
  %acc100.02744 = phi <16 x float> [ %2528, %j30.body ], [ %2489, %j30.body.preheader ]
  %acc99.02743 = phi <16 x float> [ %2521, %j30.body ], [ %2484, %j30.body.preheader ]
  %acc98.02742 = phi <16 x float> [ %2520, %j30.body ], [ %2482, %j30.body.preheader ]
  %acc97.02741 = phi <16 x float> [ %2513, %j30.body ], [ %2477, %j30.body.preheader ]
  %acc96.02740 = phi <16 x float> [ %2512, %j30.body ], [ %2475, %j30.body.preheader ]
  %2500 = shl nuw nsw i64 %j30.addr.02748, 5
  %2501 = getelementptr inbounds float, ptr %OY, i64 %2500
  %2502 = getelementptr inbounds i8, ptr %2501, i64 2048
  %2503 = load <16 x float>, ptr %2502, align 4
  %2504 = getelementptr inbounds i8, ptr %2501, i64 2112
  %2505 = load <16 x float>, ptr %2504, align 4
  %2506 = or disjoint i64 %2500, %i01
  %2507 = getelementptr inbounds float, ptr %Gm, i64 %2506
  %2508 = load float, ptr %2507, align 4
  %2509 = fneg float %2508
  %2510 = insertelement <16 x float> poison, float %2509, i64 0
  %2511 = shufflevector <16 x float> %2510, <16 x float> poison, <16 x i32> zeroinitializer
  %2512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2503, <16 x float> %acc96.02740)
  %2513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2505, <16 x float> %acc97.02741)
  %2514 = or disjoint i64 %2500, %2478
  %2515 = getelementptr inbounds float, ptr %Gm, i64 %2514
  %2516 = load float, ptr %2515, align 4
  %2517 = fneg float %2516
  %2518 = insertelement <16 x float> poison, float %2517, i64 0
  %2519 = shufflevector <16 x float> %2518, <16 x float> poison, <16 x i32> zeroinitializer
  %2520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2503, <16 x float> %acc98.02742)
  %2521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2505, <16 x float> %acc99.02743)
  %2522 = or disjoint i64 %2500, %2485
  %2523 = getelementptr inbounds float, ptr %Gm, i64 %2522
  %2524 = load float, ptr %2523, align 4
  %2525 = fneg float %2524
  %2526 = insertelement <16 x float> poison, float %2525, i64 0
  %2527 = shufflevector <16 x float> %2526, <16 x float> poison, <16 x i32> zeroinitializer
  %2528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2503, <16 x float> %acc100.02744)
  %2529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2527, <16 x float> %2505, <16 x float> %acc101.02745)
  %2530 = or disjoint i64 %2500, %2492
  %2531 = getelementptr inbounds float, ptr %Gm, i64 %2530
  %2532 = load float, ptr %2531, align 4
  %2533 = fneg float %2532
  %2534 = insertelement <16 x float> poison, float %2533, i64 0
  %2535 = shufflevector <16 x float> %2534, <16 x float> poison, <16 x i32> zeroinitializer
  %2536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2535, <16 x float> %2503, <16 x float> %acc102.02746)
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2535, <16 x float> %2505, <16 x float> %acc103.02747)
  %j30.next = add nuw nsw i64 %j30.addr.02748, 1
  %2538 = icmp ult i64 %j30.addr.02748, 31
  br i1 %2538, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2475, %ib1.body ], [ %2512, %j30.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2477, %ib1.body ], [ %2513, %j30.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2482, %ib1.body ], [ %2520, %j30.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2484, %ib1.body ], [ %2521, %j30.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2489, %ib1.body ], [ %2528, %j30.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2491, %ib1.body ], [ %2529, %j30.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2496, %ib1.body ], [ %2536, %j30.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2498, %ib1.body ], [ %2537, %j30.body ]
  %2539 = getelementptr inbounds float, ptr %Rr, i64 %2493
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2540, <16 x float> zeroinitializer)
  %2542 = or disjoint i64 %2493, 16
  %2543 = getelementptr inbounds float, ptr %Rr, i64 %2542
  %2544 = load <16 x float>, ptr %2543, align 4
  %2545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2544, <16 x float> %2541)
  %2546 = shufflevector <16 x float> %2545, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2547 = shufflevector <16 x float> %2545, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2548 = fadd <8 x float> %2546, %2547
  %2549 = shufflevector <8 x float> %2548, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2550 = shufflevector <8 x float> %2548, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2551 = fadd <4 x float> %2549, %2550
  %2552 = shufflevector <4 x float> %2551, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2553 = shufflevector <4 x float> %2551, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2554 = fadd <2 x float> %2552, %2553
  %2555 = shufflevector <2 x float> %2554, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2556 = shufflevector <2 x float> %2554, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2557 = getelementptr inbounds float, ptr %bet, i64 %2492
  %2558 = load float, ptr %2557, align 4
  %2559 = insertelement <16 x float> poison, float %2558, i64 0
  %2560 = shufflevector <16 x float> %2559, <16 x float> poison, <16 x i32> zeroinitializer
  %2561 = fmul <16 x float> %acc102.0.lcssa, %2560
  store <16 x float> %2561, ptr %2495, align 4
  %2562 = fneg <16 x float> %2561
  %2563 = mul nuw nsw i64 %2492, 112
  %2564 = or disjoint i64 %2563, 32
  %2565 = getelementptr inbounds float, ptr %Ak, i64 %2564
  store <16 x float> %2562, ptr %2565, align 4
  %2566 = fmul <16 x float> %acc103.0.lcssa, %2560
  store <16 x float> %2566, ptr %2497, align 4
  %2567 = fneg <16 x float> %2566
  %gep2758 = getelementptr inbounds float, ptr %invariant.gep2757, i64 %2563
  store <16 x float> %2567, ptr %gep2758, align 4
  %2568 = or disjoint i64 %2493, %2485
  %2569 = getelementptr inbounds float, ptr %Gm, i64 %2568
  %2570 = load float, ptr %2569, align 4
  %2571 = fneg float %2570
  %2572 = insertelement <16 x float> poison, float %2571, i64 0
  %2573 = shufflevector <16 x float> %2572, <16 x float> poison, <16 x i32> zeroinitializer
  %2574 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2573, <16 x float> %2561, <16 x float> %acc100.0.lcssa)
  %2575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2573, <16 x float> %2566, <16 x float> %acc101.0.lcssa)
  %2576 = getelementptr inbounds float, ptr %Rr, i64 %2486
  %2577 = load <16 x float>, ptr %2576, align 4
  %2578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2574, <16 x float> %2577, <16 x float> zeroinitializer)
  %2579 = or disjoint i64 %2486, 16
  %2580 = getelementptr inbounds float, ptr %Rr, i64 %2579
  %2581 = load <16 x float>, ptr %2580, align 4
  %2582 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2575, <16 x float> %2581, <16 x float> %2578)
  %2583 = shufflevector <16 x float> %2582, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2584 = shufflevector <16 x float> %2582, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2585 = fadd <8 x float> %2583, %2584
  %2586 = shufflevector <8 x float> %2585, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2587 = shufflevector <8 x float> %2585, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2588 = fadd <4 x float> %2586, %2587
  %2589 = shufflevector <4 x float> %2588, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2590 = shufflevector <4 x float> %2588, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2591 = fadd <2 x float> %2589, %2590
  %2592 = shufflevector <2 x float> %2591, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2593 = shufflevector <2 x float> %2591, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2594 = getelementptr inbounds float, ptr %bet, i64 %2485
  %2595 = load float, ptr %2594, align 4
  %2596 = insertelement <16 x float> poison, float %2595, i64 0
  %2597 = shufflevector <16 x float> %2596, <16 x float> poison, <16 x i32> zeroinitializer
  %2598 = fmul <16 x float> %2574, %2597
  store <16 x float> %2598, ptr %2488, align 4
  %2599 = fneg <16 x float> %2598
  %.idx2541 = mul nuw nsw i64 %2485, 448
  %2600 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2541
  %2601 = getelementptr inbounds i8, ptr %2600, i64 128
  store <16 x float> %2599, ptr %2601, align 4
  %2602 = fmul <16 x float> %2575, %2597
  store <16 x float> %2602, ptr %2490, align 4
  %2603 = fneg <16 x float> %2602
  %2604 = getelementptr inbounds i8, ptr %2600, i64 192
  store <16 x float> %2603, ptr %2604, align 4
  %2605 = or disjoint i64 %2486, %2478
  %2606 = getelementptr inbounds float, ptr %Gm, i64 %2605
  %2607 = load float, ptr %2606, align 4
  %2608 = fneg float %2607
  %2609 = insertelement <16 x float> poison, float %2608, i64 0
  %2610 = shufflevector <16 x float> %2609, <16 x float> poison, <16 x i32> zeroinitializer
  %2611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2598, <16 x float> %acc98.0.lcssa)
  %2612 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2610, <16 x float> %2602, <16 x float> %acc99.0.lcssa)
  %2613 = or disjoint i64 %2493, %2478
  %2614 = getelementptr inbounds float, ptr %Gm, i64 %2613
  %2615 = load float, ptr %2614, align 4
  %2616 = fneg float %2615
  %2617 = insertelement <16 x float> poison, float %2616, i64 0
  %2618 = shufflevector <16 x float> %2617, <16 x float> poison, <16 x i32> zeroinitializer
  %2619 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2618, <16 x float> %2561, <16 x float> %2611)
  %2620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2618, <16 x float> %2566, <16 x float> %2612)
  %2621 = getelementptr inbounds float, ptr %Rr, i64 %2479
  %2622 = load <16 x float>, ptr %2621, align 4
  %2623 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2622, <16 x float> zeroinitializer)
  %2624 = or disjoint i64 %2479, 16
  %2625 = getelementptr inbounds float, ptr %Rr, i64 %2624
  %2626 = load <16 x float>, ptr %2625, align 4
  %2627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2620, <16 x float> %2626, <16 x float> %2623)
  %2628 = shufflevector <16 x float> %2627, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2629 = shufflevector <16 x float> %2627, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2630 = fadd <8 x float> %2628, %2629
  %2631 = shufflevector <8 x float> %2630, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2632 = shufflevector <8 x float> %2630, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2633 = fadd <4 x float> %2631, %2632
  %2634 = shufflevector <4 x float> %2633, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2635 = shufflevector <4 x float> %2633, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2636 = fadd <2 x float> %2634, %2635
  %2637 = getelementptr inbounds float, ptr %bet, i64 %2478
  %2638 = load float, ptr %2637, align 4
  %2639 = insertelement <16 x float> poison, float %2638, i64 0
  %2640 = shufflevector <16 x float> %2639, <16 x float> poison, <16 x i32> zeroinitializer
  %2641 = fmul <16 x float> %2619, %2640
  store <16 x float> %2641, ptr %2481, align 4
  %2642 = fneg <16 x float> %2641
  %.idx2542 = mul nuw nsw i64 %2478, 448
  %2643 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2542
  %2644 = getelementptr inbounds i8, ptr %2643, i64 128
  store <16 x float> %2642, ptr %2644, align 4
  %2645 = fmul <16 x float> %2620, %2640
  store <16 x float> %2645, ptr %2483, align 4
  %2646 = fneg <16 x float> %2645
  %2647 = getelementptr inbounds i8, ptr %2643, i64 192
  store <16 x float> %2646, ptr %2647, align 4
  %2648 = or disjoint i64 %2479, %i01
  %2649 = getelementptr inbounds float, ptr %Gm, i64 %2648
  %2650 = load float, ptr %2649, align 4
  %2651 = fneg float %2650
  %2652 = insertelement <16 x float> poison, float %2651, i64 0
  %2653 = shufflevector <16 x float> %2652, <16 x float> poison, <16 x i32> zeroinitializer
  %2654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2653, <16 x float> %2641, <16 x float> %acc96.0.lcssa)
  %2655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2653, <16 x float> %2645, <16 x float> %acc97.0.lcssa)
  %2656 = or disjoint i64 %2486, %i01
  %2657 = getelementptr inbounds float, ptr %Gm, i64 %2656
  %2658 = load float, ptr %2657, align 4
  %2659 = fneg float %2658
  %2660 = insertelement <16 x float> poison, float %2659, i64 0
  %2661 = shufflevector <16 x float> %2660, <16 x float> poison, <16 x i32> zeroinitializer
  %2662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2598, <16 x float> %2654)
  %2663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2661, <16 x float> %2602, <16 x float> %2655)
  %2664 = or disjoint i64 %2493, %i01
  %2665 = getelementptr inbounds float, ptr %Gm, i64 %2664
  %2666 = load float, ptr %2665, align 4
  %2667 = fneg float %2666
  %2668 = insertelement <16 x float> poison, float %2667, i64 0
  %2669 = shufflevector <16 x float> %2668, <16 x float> poison, <16 x i32> zeroinitializer
  %2670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2669, <16 x float> %2561, <16 x float> %2662)
  %2671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2669, <16 x float> %2566, <16 x float> %2663)
  %2672 = getelementptr inbounds float, ptr %Rr, i64 %2472
  %2673 = load <16 x float>, ptr %2672, align 4
  %2674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2670, <16 x float> %2673, <16 x float> zeroinitializer)
  %2675 = or disjoint i64 %2472, 16
  %2676 = getelementptr inbounds float, ptr %Rr, i64 %2675
  %2677 = load <16 x float>, ptr %2676, align 4
  %2678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2671, <16 x float> %2677, <16 x float> %2674)
  %2679 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2680 = shufflevector <16 x float> %2678, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2681 = shufflevector <16 x float> %2678, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2682 = fadd <8 x float> %2680, %2681
  %2683 = shufflevector <8 x float> %2682, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2684 = shufflevector <8 x float> %2682, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2685 = fadd <4 x float> %2683, %2684
  %2686 = shufflevector <4 x float> %2685, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2687 = shufflevector <4 x float> %2685, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2688 = fadd <2 x float> %2686, %2687
  %2689 = load <4 x float>, ptr %2679, align 4
  %2690 = shufflevector <2 x float> %2688, <2 x float> %2636, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2691 = shufflevector <4 x float> %2690, <4 x float> %2593, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2692 = shufflevector <4 x float> %2691, <4 x float> %2556, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2693 = shufflevector <2 x float> %2688, <2 x float> %2636, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2694 = shufflevector <4 x float> %2693, <4 x float> %2592, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2695 = shufflevector <4 x float> %2694, <4 x float> %2555, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2696 = fadd <4 x float> %2692, %2695
  %2697 = fadd <4 x float> %2689, %2696
  store <4 x float> %2697, ptr %2679, align 4
  %2698 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2699 = load float, ptr %2698, align 4
  %2700 = insertelement <16 x float> poison, float %2699, i64 0
  %2701 = shufflevector <16 x float> %2700, <16 x float> poison, <16 x i32> zeroinitializer
  %2702 = fmul <16 x float> %2670, %2701
  store <16 x float> %2702, ptr %2474, align 4
  %2703 = fneg <16 x float> %2702
  %2704 = mul nuw nsw i64 %i01, 112
  %2705 = or disjoint i64 %2704, 32
  %2706 = getelementptr inbounds float, ptr %Ak, i64 %2705
  store <16 x float> %2703, ptr %2706, align 4
  %2707 = fmul <16 x float> %2671, %2701
  store <16 x float> %2707, ptr %2476, align 4
  %2708 = fneg <16 x float> %2707
  %2709 = or disjoint i64 %2704, 48
  %2710 = getelementptr inbounds float, ptr %Ak, i64 %2709
  store <16 x float> %2708, ptr %2710, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02759, 1
  %exitcond3134.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond3134.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02762 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter3724 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3724.next.1, %t5.body ]
  %2711 = add nsw i64 %t5.addr.02762, %t0
  %.idx2904 = shl nsw i64 %t5.addr.02762, 8
  %gep3376 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2904
  %2712 = load <16 x float>, ptr %gep3376, align 4
  %.idx2905 = shl i64 %2711, 8
  %2713 = getelementptr i8, ptr %dav, i64 %.idx2905
  store <16 x float> %2712, ptr %2713, align 4
  %gep3378 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2904
  %2714 = load <16 x float>, ptr %gep3378, align 4
  %2715 = getelementptr i8, ptr %142, i64 %.idx2905
  store <16 x float> %2714, ptr %2715, align 4
  %i44 = shl nuw nsw i64 %t5.addr.02762, 1
  %tau2 = shl nsw i64 %2711, 1
  %2716 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2717 = load float, ptr %2716, align 4
  %2718 = mul nsw i64 %tau2, %H
  %2719 = getelementptr inbounds float, ptr %betah1, i64 %2718
  store float %2717, ptr %2719, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx2906 = shl nsw i64 %i46, 7
  %gep3380 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2906
  %2720 = load <16 x float>, ptr %gep3380, align 4
  %.idx2907 = shl i64 %tau3, 7
  %2721 = getelementptr i8, ptr %dav, i64 %.idx2907
  store <16 x float> %2720, ptr %2721, align 4
  %gep3382 = getelementptr inbounds i8, ptr %invariant.gep3381, i64 %.idx2906
  %2722 = load <16 x float>, ptr %gep3382, align 4
  %2723 = getelementptr i8, ptr %142, i64 %.idx2907
  store <16 x float> %2722, ptr %2723, align 4
  %2724 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2725 = load float, ptr %2724, align 4
  %2726 = mul nsw i64 %tau3, %H
  %2727 = getelementptr inbounds float, ptr %betah1, i64 %2726
  store float %2725, ptr %2727, align 4
  %t5.next = or disjoint i64 %t5.addr.02762, 1
  %2728 = add nsw i64 %t5.next, %t0
  %.idx2904.1 = shl nsw i64 %t5.next, 8
  %gep3376.1 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2904.1
  %2729 = load <16 x float>, ptr %gep3376.1, align 4
  %.idx2905.1 = shl i64 %2728, 8
  %2730 = getelementptr i8, ptr %dav, i64 %.idx2905.1
  store <16 x float> %2729, ptr %2730, align 4
  %gep3378.1 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2904.1
  %2731 = load <16 x float>, ptr %gep3378.1, align 4
  %2732 = getelementptr i8, ptr %142, i64 %.idx2905.1
  store <16 x float> %2731, ptr %2732, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %2728, 1
  %2733 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2734 = load float, ptr %2733, align 4
  %2735 = mul nsw i64 %tau2.1, %H
  %2736 = getelementptr inbounds float, ptr %betah1, i64 %2735
  store float %2734, ptr %2736, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx2906.1 = shl nsw i64 %i46.1, 7
  %gep3380.1 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2906.1
  %2737 = load <16 x float>, ptr %gep3380.1, align 4
  %.idx2907.1 = shl i64 %tau3.1, 7
  %2738 = getelementptr i8, ptr %dav, i64 %.idx2907.1
  store <16 x float> %2737, ptr %2738, align 4
  %gep3382.1 = getelementptr inbounds i8, ptr %invariant.gep3381, i64 %.idx2906.1
  %2739 = load <16 x float>, ptr %gep3382.1, align 4
  %2740 = getelementptr i8, ptr %142, i64 %.idx2907.1
  store <16 x float> %2739, ptr %2740, align 4
  %2741 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2742 = load float, ptr %2741, align 4
  %2743 = mul nsw i64 %tau3.1, %H
  %2744 = getelementptr inbounds float, ptr %betah1, i64 %2743
  store float %2742, ptr %2744, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02762, 2
  %niter3724.next.1 = add i64 %niter3724, 2
  %niter3724.ncmp.1 = icmp eq i64 %niter3724.next.1, %unroll_iter3723
  br i1 %niter3724.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02762.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod3722.not = icmp eq i64 %xtraiter3721, 0
  br i1 %lcmp.mod3722.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2745 = add nsw i64 %t5.addr.02762.unr, %t0
  %.idx2904.epil = shl nsw i64 %t5.addr.02762.unr, 8
  %gep3376.epil = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2904.epil
  %2746 = load <16 x float>, ptr %gep3376.epil, align 4
  %.idx2905.epil = shl i64 %2745, 8
  %2747 = getelementptr i8, ptr %dav, i64 %.idx2905.epil
  store <16 x float> %2746, ptr %2747, align 4
  %gep3378.epil = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2904.epil
  %2748 = load <16 x float>, ptr %gep3378.epil, align 4
  %2749 = getelementptr i8, ptr %142, i64 %.idx2905.epil
  store <16 x float> %2748, ptr %2749, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.02762.unr, 1
  %tau2.epil = shl nsw i64 %2745, 1
  %2750 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2751 = load float, ptr %2750, align 4
  %2752 = mul nsw i64 %tau2.epil, %H
  %2753 = getelementptr inbounds float, ptr %betah1, i64 %2752
  store float %2751, ptr %2753, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx2906.epil = shl nsw i64 %i46.epil, 7
  %gep3380.epil = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2906.epil
  %2754 = load <16 x float>, ptr %gep3380.epil, align 4
  %.idx2907.epil = shl i64 %tau3.epil, 7
  %2755 = getelementptr i8, ptr %dav, i64 %.idx2907.epil
  store <16 x float> %2754, ptr %2755, align 4
  %gep3382.epil = getelementptr inbounds i8, ptr %invariant.gep3381, i64 %.idx2906.epil
  %2756 = load <16 x float>, ptr %gep3382.epil, align 4
  %2757 = getelementptr i8, ptr %142, i64 %.idx2907.epil
  store <16 x float> %2756, ptr %2757, align 4
  %2758 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2759 = load float, ptr %2758, align 4
  %2760 = mul nsw i64 %tau3.epil, %H
  %2761 = getelementptr inbounds float, ptr %betah1, i64 %2760
  store float %2759, ptr %2761, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.02780 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2762 = shl nuw nsw i64 %i48.addr.02780, 6
  %2763 = or disjoint i64 %2762, 32
  %2764 = getelementptr inbounds float, ptr %work, i64 %2763
  %2765 = load <16 x float>, ptr %2764, align 4
  %2766 = or disjoint i64 %2762, 48
  %2767 = getelementptr inbounds float, ptr %work, i64 %2766
  %2768 = load <16 x float>, ptr %2767, align 4
  %2769 = or disjoint i64 %i48.addr.02780, 1
  %2770 = shl nuw nsw i64 %2769, 6
  %2771 = or disjoint i64 %2770, 32
  %2772 = getelementptr inbounds float, ptr %work, i64 %2771
  %2773 = load <16 x float>, ptr %2772, align 4
  %2774 = or disjoint i64 %2770, 48
  %2775 = getelementptr inbounds float, ptr %work, i64 %2774
  %2776 = load <16 x float>, ptr %2775, align 4
  %2777 = or disjoint i64 %i48.addr.02780, 2
  %2778 = shl nuw nsw i64 %2777, 6
  %2779 = or disjoint i64 %2778, 32
  %2780 = getelementptr inbounds float, ptr %work, i64 %2779
  %2781 = load <16 x float>, ptr %2780, align 4
  %2782 = or disjoint i64 %2778, 48
  %2783 = getelementptr inbounds float, ptr %work, i64 %2782
  %2784 = load <16 x float>, ptr %2783, align 4
  %2785 = or disjoint i64 %i48.addr.02780, 3
  %2786 = shl nuw nsw i64 %2785, 6
  %2787 = or disjoint i64 %2786, 32
  %2788 = getelementptr inbounds float, ptr %work, i64 %2787
  %2789 = load <16 x float>, ptr %2788, align 4
  %2790 = or disjoint i64 %2786, 48
  %2791 = getelementptr inbounds float, ptr %work, i64 %2790
  %2792 = load <16 x float>, ptr %2791, align 4
  %2793 = or disjoint i64 %i48.addr.02780, 4
  %2794 = shl nuw nsw i64 %2793, 6
  %2795 = or disjoint i64 %2794, 32
  %2796 = getelementptr inbounds float, ptr %work, i64 %2795
  %2797 = load <16 x float>, ptr %2796, align 4
  %2798 = or disjoint i64 %2794, 48
  %2799 = getelementptr inbounds float, ptr %work, i64 %2798
  %2800 = load <16 x float>, ptr %2799, align 4
  %2801 = or disjoint i64 %i48.addr.02780, 5
  %2802 = shl nuw nsw i64 %2801, 6
  %2803 = or disjoint i64 %2802, 32
  %2804 = getelementptr inbounds float, ptr %work, i64 %2803
  %2805 = load <16 x float>, ptr %2804, align 4
  %2806 = or disjoint i64 %2802, 48
  %2807 = getelementptr inbounds float, ptr %work, i64 %2806
  %2808 = load <16 x float>, ptr %2807, align 4
  %2809 = or disjoint i64 %i48.addr.02780, 6
  %2810 = shl nuw nsw i64 %2809, 6
  %2811 = or disjoint i64 %2810, 32
  %2812 = getelementptr inbounds float, ptr %work, i64 %2811
  %2813 = load <16 x float>, ptr %2812, align 4
  %2814 = or disjoint i64 %2810, 48
  %2815 = getelementptr inbounds float, ptr %work, i64 %2814
  %2816 = load <16 x float>, ptr %2815, align 4
  %2817 = or disjoint i64 %i48.addr.02780, 7
  %2818 = shl nuw nsw i64 %2817, 6
  %2819 = or disjoint i64 %2818, 32
  %2820 = getelementptr inbounds float, ptr %work, i64 %2819
  %2821 = load <16 x float>, ptr %2820, align 4
  %2822 = or disjoint i64 %2818, 48
  %2823 = getelementptr inbounds float, ptr %work, i64 %2822
  %2824 = load <16 x float>, ptr %2823, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.02779 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc119.02778 = phi <16 x float> [ %2824, %i48.body ], [ %2886, %p11.body ]
  %acc118.02777 = phi <16 x float> [ %2821, %i48.body ], [ %2885, %p11.body ]
  %acc117.02776 = phi <16 x float> [ %2816, %i48.body ], [ %2879, %p11.body ]
  %acc116.02775 = phi <16 x float> [ %2813, %i48.body ], [ %2878, %p11.body ]
  %acc115.02774 = phi <16 x float> [ %2808, %i48.body ], [ %2872, %p11.body ]
  %acc114.02773 = phi <16 x float> [ %2805, %i48.body ], [ %2871, %p11.body ]
  %acc113.02772 = phi <16 x float> [ %2800, %i48.body ], [ %2865, %p11.body ]
  %acc112.02771 = phi <16 x float> [ %2797, %i48.body ], [ %2864, %p11.body ]
  %acc111.02770 = phi <16 x float> [ %2792, %i48.body ], [ %2858, %p11.body ]
  %acc110.02769 = phi <16 x float> [ %2789, %i48.body ], [ %2857, %p11.body ]
  %acc109.02768 = phi <16 x float> [ %2784, %i48.body ], [ %2851, %p11.body ]
  %acc108.02767 = phi <16 x float> [ %2781, %i48.body ], [ %2850, %p11.body ]
  %acc107.02766 = phi <16 x float> [ %2776, %i48.body ], [ %2844, %p11.body ]
  %acc106.02765 = phi <16 x float> [ %2773, %i48.body ], [ %2843, %p11.body ]
  %acc105.02764 = phi <16 x float> [ %2768, %i48.body ], [ %2837, %p11.body ]
  %acc104.02763 = phi <16 x float> [ %2765, %i48.body ], [ %2836, %p11.body ]
  %2825 = shl nuw nsw i64 %p11.addr.02779, 5
  %2826 = getelementptr inbounds float, ptr %OY, i64 %2825
  %2827 = load <16 x float>, ptr %2826, align 4
  %2828 = or disjoint i64 %2825, 16
  %2829 = getelementptr inbounds float, ptr %OY, i64 %2828
  %2830 = load <16 x float>, ptr %2829, align 4
  %2831 = or disjoint i64 %2825, %i48.addr.02780
  %2832 = getelementptr inbounds float, ptr %QK, i64 %2831
  %2833 = load float, ptr %2832, align 4
  %2834 = insertelement <16 x float> poison, float %2833, i64 0
  %2835 = shufflevector <16 x float> %2834, <16 x float> poison, <16 x i32> zeroinitializer
  %2836 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2835, <16 x float> %2827, <16 x float> %acc104.02763)
  %2837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2835, <16 x float> %2830, <16 x float> %acc105.02764)
  %2838 = or disjoint i64 %2825, %2769
  %2839 = getelementptr inbounds float, ptr %QK, i64 %2838
  %2840 = load float, ptr %2839, align 4
  %2841 = insertelement <16 x float> poison, float %2840, i64 0
  %2842 = shufflevector <16 x float> %2841, <16 x float> poison, <16 x i32> zeroinitializer
  %2843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2842, <16 x float> %2827, <16 x float> %acc106.02765)
  %2844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2842, <16 x float> %2830, <16 x float> %acc107.02766)
  %2845 = or disjoint i64 %2825, %2777
  %2846 = getelementptr inbounds float, ptr %QK, i64 %2845
  %2847 = load float, ptr %2846, align 4
  %2848 = insertelement <16 x float> poison, float %2847, i64 0
  %2849 = shufflevector <16 x float> %2848, <16 x float> poison, <16 x i32> zeroinitializer
  %2850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2827, <16 x float> %acc108.02767)
  %2851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2830, <16 x float> %acc109.02768)
  %2852 = or disjoint i64 %2825, %2785
  %2853 = getelementptr inbounds float, ptr %QK, i64 %2852
  %2854 = load float, ptr %2853, align 4
  %2855 = insertelement <16 x float> poison, float %2854, i64 0
  %2856 = shufflevector <16 x float> %2855, <16 x float> poison, <16 x i32> zeroinitializer
  %2857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2856, <16 x float> %2827, <16 x float> %acc110.02769)
  %2858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2856, <16 x float> %2830, <16 x float> %acc111.02770)
  %2859 = or disjoint i64 %2825, %2793
  %2860 = getelementptr inbounds float, ptr %QK, i64 %2859
  %2861 = load float, ptr %2860, align 4
  %2862 = insertelement <16 x float> poison, float %2861, i64 0
  %2863 = shufflevector <16 x float> %2862, <16 x float> poison, <16 x i32> zeroinitializer
  %2864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2863, <16 x float> %2827, <16 x float> %acc112.02771)
  %2865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2863, <16 x float> %2830, <16 x float> %acc113.02772)
  %2866 = or disjoint i64 %2825, %2801
  %2867 = getelementptr inbounds float, ptr %QK, i64 %2866
  %2868 = load float, ptr %2867, align 4
  %2869 = insertelement <16 x float> poison, float %2868, i64 0
  %2870 = shufflevector <16 x float> %2869, <16 x float> poison, <16 x i32> zeroinitializer
  %2871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2827, <16 x float> %acc114.02773)
  %2872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2830, <16 x float> %acc115.02774)
  %2873 = or disjoint i64 %2825, %2809
  %2874 = getelementptr inbounds float, ptr %QK, i64 %2873
  %2875 = load float, ptr %2874, align 4
  %2876 = insertelement <16 x float> poison, float %2875, i64 0
  %2877 = shufflevector <16 x float> %2876, <16 x float> poison, <16 x i32> zeroinitializer
  %2878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2827, <16 x float> %acc116.02775)
  %2879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2830, <16 x float> %acc117.02776)
  %2880 = or disjoint i64 %2825, %2817
  %2881 = getelementptr inbounds float, ptr %QK, i64 %2880
  %2882 = load float, ptr %2881, align 4
  %2883 = insertelement <16 x float> poison, float %2882, i64 0
  %2884 = shufflevector <16 x float> %2883, <16 x float> poison, <16 x i32> zeroinitializer
  %2885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2884, <16 x float> %2827, <16 x float> %acc118.02777)
  %2886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2884, <16 x float> %2830, <16 x float> %acc119.02778)
  %p11.next = add nuw nsw i64 %p11.addr.02779, 1
  %exitcond3142.not = icmp eq i64 %p11.next, 48
  br i1 %exitcond3142.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2836, ptr %2764, align 4
  store <16 x float> %2837, ptr %2767, align 4
  store <16 x float> %2843, ptr %2772, align 4
  store <16 x float> %2844, ptr %2775, align 4
  store <16 x float> %2850, ptr %2780, align 4
  store <16 x float> %2851, ptr %2783, align 4
  store <16 x float> %2857, ptr %2788, align 4
  store <16 x float> %2858, ptr %2791, align 4
  store <16 x float> %2864, ptr %2796, align 4
  store <16 x float> %2865, ptr %2799, align 4
  store <16 x float> %2871, ptr %2804, align 4
  store <16 x float> %2872, ptr %2807, align 4
  store <16 x float> %2878, ptr %2812, align 4
  store <16 x float> %2879, ptr %2815, align 4
  store <16 x float> %2885, ptr %2820, align 4
  store <16 x float> %2886, ptr %2823, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02780, 8
  %2887 = icmp ult i64 %i48.addr.02780, 24
  br i1 %2887, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit.1, %p12.exit
  %2888 = icmp ult i64 %i49.addr.02793, 24
  br i1 %2888, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.02793 = phi i64 [ %2889, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2889 = add nuw nsw i64 %i49.addr.02793, 8
  %2890 = mul nuw nsw i64 %i49.addr.02793, 112
  %2891 = or disjoint i64 %2890, 80
  %2892 = getelementptr inbounds float, ptr %Ak, i64 %2891
  %.idx2503 = mul nuw nsw i64 %i49.addr.02793, 448
  %2893 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2503
  %2894 = getelementptr inbounds i8, ptr %2893, i64 768
  %2895 = getelementptr inbounds i8, ptr %2893, i64 1216
  %2896 = getelementptr inbounds i8, ptr %2893, i64 1664
  %2897 = getelementptr inbounds i8, ptr %2893, i64 2112
  %2898 = getelementptr inbounds i8, ptr %2893, i64 2560
  %2899 = getelementptr inbounds i8, ptr %2893, i64 3008
  %2900 = getelementptr inbounds i8, ptr %2893, i64 3456
  %.idx3163 = shl nsw i64 %i49.addr.02793, 7
  %invariant.gep3383 = getelementptr inbounds i8, ptr %OY, i64 %.idx3163
  br label %p12.body

p12.body:                                         ; preds = %i49.body, %p12.body
  %p12.addr.02791 = phi i64 [ 0, %i49.body ], [ %p12.next, %p12.body ]
  %acc127.02790 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2941, %p12.body ]
  %acc126.02789 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2936, %p12.body ]
  %acc125.02788 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2931, %p12.body ]
  %acc124.02787 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2926, %p12.body ]
  %acc123.02786 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2921, %p12.body ]
  %acc122.02785 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2916, %p12.body ]
  %acc121.02784 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2911, %p12.body ]
  %acc120.02783 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %2906, %p12.body ]
  %.idx2510 = shl nuw nsw i64 %p12.addr.02791, 7
  %gep2782 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2510
  %2901 = load <16 x float>, ptr %gep2782, align 4
  %gep3384 = getelementptr inbounds float, ptr %invariant.gep3383, i64 %p12.addr.02791
  %2902 = getelementptr inbounds i8, ptr %gep3384, i64 2048
  %2903 = load float, ptr %2902, align 4
  %2904 = insertelement <16 x float> poison, float %2903, i64 0
  %2905 = shufflevector <16 x float> %2904, <16 x float> poison, <16 x i32> zeroinitializer
  %2906 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2901, <16 x float> %acc120.02783)
  %2907 = getelementptr inbounds i8, ptr %gep3384, i64 2176
  %2908 = load float, ptr %2907, align 4
  %2909 = insertelement <16 x float> poison, float %2908, i64 0
  %2910 = shufflevector <16 x float> %2909, <16 x float> poison, <16 x i32> zeroinitializer
  %2911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2910, <16 x float> %2901, <16 x float> %acc121.02784)
  %2912 = getelementptr inbounds i8, ptr %gep3384, i64 2304
  %2913 = load float, ptr %2912, align 4
  %2914 = insertelement <16 x float> poison, float %2913, i64 0
  %2915 = shufflevector <16 x float> %2914, <16 x float> poison, <16 x i32> zeroinitializer
  %2916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2915, <16 x float> %2901, <16 x float> %acc122.02785)
  %2917 = getelementptr inbounds i8, ptr %gep3384, i64 2432
  %2918 = load float, ptr %2917, align 4
  %2919 = insertelement <16 x float> poison, float %2918, i64 0
  %2920 = shufflevector <16 x float> %2919, <16 x float> poison, <16 x i32> zeroinitializer
  %2921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2901, <16 x float> %acc123.02786)
  %2922 = getelementptr inbounds i8, ptr %gep3384, i64 2560
  %2923 = load float, ptr %2922, align 4
  %2924 = insertelement <16 x float> poison, float %2923, i64 0
  %2925 = shufflevector <16 x float> %2924, <16 x float> poison, <16 x i32> zeroinitializer
  %2926 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2925, <16 x float> %2901, <16 x float> %acc124.02787)
  %2927 = getelementptr inbounds i8, ptr %gep3384, i64 2688
  %2928 = load float, ptr %2927, align 4
  %2929 = insertelement <16 x float> poison, float %2928, i64 0
  %2930 = shufflevector <16 x float> %2929, <16 x float> poison, <16 x i32> zeroinitializer
  %2931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2930, <16 x float> %2901, <16 x float> %acc125.02788)
  %2932 = getelementptr inbounds i8, ptr %gep3384, i64 2816
  %2933 = load float, ptr %2932, align 4
  %2934 = insertelement <16 x float> poison, float %2933, i64 0
  %2935 = shufflevector <16 x float> %2934, <16 x float> poison, <16 x i32> zeroinitializer
  %2936 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2935, <16 x float> %2901, <16 x float> %acc126.02789)
  %2937 = getelementptr inbounds i8, ptr %gep3384, i64 2944
  %2938 = load float, ptr %2937, align 4
  %2939 = insertelement <16 x float> poison, float %2938, i64 0
  %2940 = shufflevector <16 x float> %2939, <16 x float> poison, <16 x i32> zeroinitializer
  %2941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2940, <16 x float> %2901, <16 x float> %acc127.02790)
  %p12.next = add nuw nsw i64 %p12.addr.02791, 1
  %exitcond3143.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond3143.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2906, ptr %2892, align 4
  store <16 x float> %2911, ptr %2894, align 4
  store <16 x float> %2916, ptr %2895, align 4
  store <16 x float> %2921, ptr %2896, align 4
  store <16 x float> %2926, ptr %2897, align 4
  store <16 x float> %2931, ptr %2898, align 4
  store <16 x float> %2936, ptr %2899, align 4
  store <16 x float> %2941, ptr %2900, align 4
  %2942 = icmp ugt i64 %i49.addr.02793, 8
  br i1 %2942, label %p12.body.1, label %i49.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.02791.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc127.02790.1 = phi <16 x float> [ %2983, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc126.02789.1 = phi <16 x float> [ %2978, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc125.02788.1 = phi <16 x float> [ %2973, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc124.02787.1 = phi <16 x float> [ %2968, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc123.02786.1 = phi <16 x float> [ %2963, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc122.02785.1 = phi <16 x float> [ %2958, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc121.02784.1 = phi <16 x float> [ %2953, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc120.02783.1 = phi <16 x float> [ %2948, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx2510.1 = shl nuw nsw i64 %p12.addr.02791.1, 7
  %gep2782.1 = getelementptr inbounds i8, ptr %invariant.gep2781.1, i64 %.idx2510.1
  %2943 = load <16 x float>, ptr %gep2782.1, align 4
  %gep3384.1 = getelementptr inbounds float, ptr %invariant.gep3383, i64 %p12.addr.02791.1
  %2944 = getelementptr inbounds i8, ptr %gep3384.1, i64 2048
  %2945 = load float, ptr %2944, align 4
  %2946 = insertelement <16 x float> poison, float %2945, i64 0
  %2947 = shufflevector <16 x float> %2946, <16 x float> poison, <16 x i32> zeroinitializer
  %2948 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2947, <16 x float> %2943, <16 x float> %acc120.02783.1)
  %2949 = getelementptr inbounds i8, ptr %gep3384.1, i64 2176
  %2950 = load float, ptr %2949, align 4
  %2951 = insertelement <16 x float> poison, float %2950, i64 0
  %2952 = shufflevector <16 x float> %2951, <16 x float> poison, <16 x i32> zeroinitializer
  %2953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2952, <16 x float> %2943, <16 x float> %acc121.02784.1)
  %2954 = getelementptr inbounds i8, ptr %gep3384.1, i64 2304
  %2955 = load float, ptr %2954, align 4
  %2956 = insertelement <16 x float> poison, float %2955, i64 0
  %2957 = shufflevector <16 x float> %2956, <16 x float> poison, <16 x i32> zeroinitializer
  %2958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2943, <16 x float> %acc122.02785.1)
  %2959 = getelementptr inbounds i8, ptr %gep3384.1, i64 2432
  %2960 = load float, ptr %2959, align 4
  %2961 = insertelement <16 x float> poison, float %2960, i64 0
  %2962 = shufflevector <16 x float> %2961, <16 x float> poison, <16 x i32> zeroinitializer
  %2963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2962, <16 x float> %2943, <16 x float> %acc123.02786.1)
  %2964 = getelementptr inbounds i8, ptr %gep3384.1, i64 2560
  %2965 = load float, ptr %2964, align 4
  %2966 = insertelement <16 x float> poison, float %2965, i64 0
  %2967 = shufflevector <16 x float> %2966, <16 x float> poison, <16 x i32> zeroinitializer
  %2968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2967, <16 x float> %2943, <16 x float> %acc124.02787.1)
  %2969 = getelementptr inbounds i8, ptr %gep3384.1, i64 2688
  %2970 = load float, ptr %2969, align 4
  %2971 = insertelement <16 x float> poison, float %2970, i64 0
  %2972 = shufflevector <16 x float> %2971, <16 x float> poison, <16 x i32> zeroinitializer
  %2973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2972, <16 x float> %2943, <16 x float> %acc125.02788.1)
  %2974 = getelementptr inbounds i8, ptr %gep3384.1, i64 2816
  %2975 = load float, ptr %2974, align 4
  %2976 = insertelement <16 x float> poison, float %2975, i64 0
  %2977 = shufflevector <16 x float> %2976, <16 x float> poison, <16 x i32> zeroinitializer
  %2978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2977, <16 x float> %2943, <16 x float> %acc126.02789.1)
  %2979 = getelementptr inbounds i8, ptr %gep3384.1, i64 2944
  %2980 = load float, ptr %2979, align 4
  %2981 = insertelement <16 x float> poison, float %2980, i64 0
  %2982 = shufflevector <16 x float> %2981, <16 x float> poison, <16 x i32> zeroinitializer
  %2983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2982, <16 x float> %2943, <16 x float> %acc127.02790.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02791.1, 1
  %exitcond3143.not.1 = icmp eq i64 %p12.next.1, 32
  br i1 %exitcond3143.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %2984 = getelementptr inbounds i8, ptr %2892, i64 64
  store <16 x float> %2948, ptr %2984, align 4
  %2985 = getelementptr inbounds i8, ptr %2893, i64 832
  store <16 x float> %2953, ptr %2985, align 4
  %2986 = getelementptr inbounds i8, ptr %2893, i64 1280
  store <16 x float> %2958, ptr %2986, align 4
  %2987 = getelementptr inbounds i8, ptr %2893, i64 1728
  store <16 x float> %2963, ptr %2987, align 4
  %2988 = getelementptr inbounds i8, ptr %2893, i64 2176
  store <16 x float> %2968, ptr %2988, align 4
  %2989 = getelementptr inbounds i8, ptr %2893, i64 2624
  store <16 x float> %2973, ptr %2989, align 4
  %2990 = getelementptr inbounds i8, ptr %2893, i64 3072
  store <16 x float> %2978, ptr %2990, align 4
  %2991 = getelementptr inbounds i8, ptr %2893, i64 3520
  store <16 x float> %2983, ptr %2991, align 4
  br label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %2992 = shl nsw i64 %L, 1
  %2993 = shl i64 %ci, 10
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3148 = phi i64 [ %indvars.iv.next3149, %j36.exit ], [ 1, %i49.head.loopexit ]
  %t6.addr.02810 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %2994 = shl nuw nsw i64 %t6.addr.02810, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %2994, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.02810, 1
  %invariant.gep2798 = getelementptr float, ptr %invariant.gep2794, i64 %i50
  %.not2908 = icmp eq i64 %t6.addr.02810, 0
  br i1 %.not2908, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx2501 = mul nuw nsw i64 %t6.addr.02810, 896
  %gep2795 = getelementptr inbounds i8, ptr %invariant.gep2794, i64 %.idx2501
  %xtraiter3725 = and i64 %umax, 7
  %2995 = icmp ult i64 %t6.addr.02810, 4
  br i1 %2995, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter3727 = and i64 %umax, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.02800 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter3728 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter3728.next.7, %j35.body ]
  %2996 = getelementptr inbounds float, ptr %gep2795, i64 %j35.addr.02800
  %2997 = load float, ptr %2996, align 4
  %2998 = fneg float %2997
  store float %2998, ptr %2996, align 4
  %.idx2502 = mul nuw nsw i64 %j35.addr.02800, 448
  %gep2799 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502
  store float %2998, ptr %gep2799, align 4
  %j35.next = or disjoint i64 %j35.addr.02800, 1
  %2999 = getelementptr inbounds float, ptr %gep2795, i64 %j35.next
  %3000 = load float, ptr %2999, align 4
  %3001 = fneg float %3000
  store float %3001, ptr %2999, align 4
  %.idx2502.1 = mul nuw nsw i64 %j35.next, 448
  %gep2799.1 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.1
  store float %3001, ptr %gep2799.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.02800, 2
  %3002 = getelementptr inbounds float, ptr %gep2795, i64 %j35.next.1
  %3003 = load float, ptr %3002, align 4
  %3004 = fneg float %3003
  store float %3004, ptr %3002, align 4
  %.idx2502.2 = mul nuw nsw i64 %j35.next.1, 448
  %gep2799.2 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.2
  store float %3004, ptr %gep2799.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.02800, 3
  %3005 = getelementptr inbounds float, ptr %gep2795, i64 %j35.next.2
  %3006 = load float, ptr %3005, align 4
  %3007 = fneg float %3006
  store float %3007, ptr %3005, align 4
  %.idx2502.3 = mul nuw nsw i64 %j35.next.2, 448
  %gep2799.3 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.3
  store float %3007, ptr %gep2799.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.02800, 4
  %3008 = getelementptr inbounds float, ptr %gep2795, i64 %j35.next.3
  %3009 = load float, ptr %3008, align 4
  %3010 = fneg float %3009
  store float %3010, ptr %3008, align 4
  %.idx2502.4 = mul nuw nsw i64 %j35.next.3, 448
  %gep2799.4 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.4
  store float %3010, ptr %gep2799.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.02800, 5
  %3011 = getelementptr inbounds float, ptr %gep2795, i64 %j35.next.4
  %3012 = load float, ptr %3011, align 4
  %3013 = fneg float %3012
  store float %3013, ptr %3011, align 4
  %.idx2502.5 = mul nuw nsw i64 %j35.next.4, 448
  %gep2799.5 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.5
  store float %3013, ptr %gep2799.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.02800, 6
  %3014 = getelementptr inbounds float, ptr %gep2795, i64 %j35.next.5
  %3015 = load float, ptr %3014, align 4
  %3016 = fneg float %3015
  store float %3016, ptr %3014, align 4
  %.idx2502.6 = mul nuw nsw i64 %j35.next.5, 448
  %gep2799.6 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.6
  store float %3016, ptr %gep2799.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.02800, 7
  %3017 = getelementptr inbounds float, ptr %gep2795, i64 %j35.next.6
  %3018 = load float, ptr %3017, align 4
  %3019 = fneg float %3018
  store float %3019, ptr %3017, align 4
  %.idx2502.7 = mul nuw nsw i64 %j35.next.6, 448
  %gep2799.7 = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.7
  store float %3019, ptr %gep2799.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.02800, 8
  %niter3728.next.7 = add i64 %niter3728, 8
  %niter3728.ncmp.7 = icmp eq i64 %niter3728.next.7, %unroll_iter3727
  br i1 %niter3728.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.02800.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod3726.not = icmp eq i64 %xtraiter3725, 0
  br i1 %lcmp.mod3726.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.02800.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.02800.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3020 = getelementptr inbounds float, ptr %gep2795, i64 %j35.addr.02800.epil
  %3021 = load float, ptr %3020, align 4
  %3022 = fneg float %3021
  store float %3022, ptr %3020, align 4
  %.idx2502.epil = mul nuw nsw i64 %j35.addr.02800.epil, 448
  %gep2799.epil = getelementptr i8, ptr %invariant.gep2798, i64 %.idx2502.epil
  store float %3022, ptr %gep2799.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.02800.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3725
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !2

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx2498.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx2501, %j35.body.epil ], [ %.idx2501, %j35.exit.loopexit.unr-lcssa ]
  %gep2807 = getelementptr inbounds i8, ptr %invariant.gep2794, i64 %.idx2498.pre-phi
  %3023 = getelementptr inbounds float, ptr %gep2807, i64 %i50
  store float 0.000000e+00, ptr %3023, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2499 = mul nuw nsw i64 %i51, 448
  %gep2809 = getelementptr inbounds i8, ptr %invariant.gep2794, i64 %.idx2499
  %invariant.gep2803 = getelementptr float, ptr %invariant.gep2794, i64 %i51
  %xtraiter3729 = and i64 %indvars.iv3148, 7
  %3024 = icmp ult i64 %t6.addr.02810, 4
  br i1 %3024, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter3732 = and i64 %indvars.iv3148, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.02805 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter3733 = phi i64 [ 0, %j35.exit.new ], [ %niter3733.next.7, %j36.body ]
  %3025 = getelementptr inbounds float, ptr %gep2809, i64 %j36.addr.02805
  %3026 = load float, ptr %3025, align 4
  %3027 = fneg float %3026
  store float %3027, ptr %3025, align 4
  %.idx2500 = mul nuw nsw i64 %j36.addr.02805, 448
  %gep2804 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500
  store float %3027, ptr %gep2804, align 4
  %j36.next = or disjoint i64 %j36.addr.02805, 1
  %3028 = getelementptr inbounds float, ptr %gep2809, i64 %j36.next
  %3029 = load float, ptr %3028, align 4
  %3030 = fneg float %3029
  store float %3030, ptr %3028, align 4
  %.idx2500.1 = mul nuw nsw i64 %j36.next, 448
  %gep2804.1 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.1
  store float %3030, ptr %gep2804.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.02805, 2
  %3031 = getelementptr inbounds float, ptr %gep2809, i64 %j36.next.1
  %3032 = load float, ptr %3031, align 4
  %3033 = fneg float %3032
  store float %3033, ptr %3031, align 4
  %.idx2500.2 = mul nuw nsw i64 %j36.next.1, 448
  %gep2804.2 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.2
  store float %3033, ptr %gep2804.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.02805, 3
  %3034 = getelementptr inbounds float, ptr %gep2809, i64 %j36.next.2
  %3035 = load float, ptr %3034, align 4
  %3036 = fneg float %3035
  store float %3036, ptr %3034, align 4
  %.idx2500.3 = mul nuw nsw i64 %j36.next.2, 448
  %gep2804.3 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.3
  store float %3036, ptr %gep2804.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.02805, 4
  %3037 = getelementptr inbounds float, ptr %gep2809, i64 %j36.next.3
  %3038 = load float, ptr %3037, align 4
  %3039 = fneg float %3038
  store float %3039, ptr %3037, align 4
  %.idx2500.4 = mul nuw nsw i64 %j36.next.3, 448
  %gep2804.4 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.4
  store float %3039, ptr %gep2804.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.02805, 5
  %3040 = getelementptr inbounds float, ptr %gep2809, i64 %j36.next.4
  %3041 = load float, ptr %3040, align 4
  %3042 = fneg float %3041
  store float %3042, ptr %3040, align 4
  %.idx2500.5 = mul nuw nsw i64 %j36.next.4, 448
  %gep2804.5 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.5
  store float %3042, ptr %gep2804.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.02805, 6
  %3043 = getelementptr inbounds float, ptr %gep2809, i64 %j36.next.5
  %3044 = load float, ptr %3043, align 4
  %3045 = fneg float %3044
  store float %3045, ptr %3043, align 4
  %.idx2500.6 = mul nuw nsw i64 %j36.next.5, 448
  %gep2804.6 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.6
  store float %3045, ptr %gep2804.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.02805, 7
  %3046 = getelementptr inbounds float, ptr %gep2809, i64 %j36.next.6
  %3047 = load float, ptr %3046, align 4
  %3048 = fneg float %3047
  store float %3048, ptr %3046, align 4
  %.idx2500.7 = mul nuw nsw i64 %j36.next.6, 448
  %gep2804.7 = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.7
  store float %3048, ptr %gep2804.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.02805, 8
  %niter3733.next.7 = add i64 %niter3733, 8
  %niter3733.ncmp.7 = icmp eq i64 %niter3733.next.7, %unroll_iter3732
  br i1 %niter3733.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.02805.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod3731.not = icmp eq i64 %xtraiter3729, 0
  br i1 %lcmp.mod3731.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.02805.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.02805.unr, %j36.exit.unr-lcssa ]
  %epil.iter3730 = phi i64 [ %epil.iter3730.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3049 = getelementptr inbounds float, ptr %gep2809, i64 %j36.addr.02805.epil
  %3050 = load float, ptr %3049, align 4
  %3051 = fneg float %3050
  store float %3051, ptr %3049, align 4
  %.idx2500.epil = mul nuw nsw i64 %j36.addr.02805.epil, 448
  %gep2804.epil = getelementptr i8, ptr %invariant.gep2803, i64 %.idx2500.epil
  store float %3051, ptr %gep2804.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.02805.epil, 1
  %epil.iter3730.next = add i64 %epil.iter3730, 1
  %epil.iter3730.cmp.not = icmp eq i64 %epil.iter3730.next, %xtraiter3729
  br i1 %epil.iter3730.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !4

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3386 = getelementptr inbounds i8, ptr %invariant.gep3385, i64 %.idx2499
  %3052 = getelementptr inbounds float, ptr %gep3386, i64 %i51
  store float 0.000000e+00, ptr %3052, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02810, 1
  %indvars.iv.next3149 = add nuw nsw i64 %indvars.iv3148, 2
  %exitcond3151.not = icmp eq i64 %t6.next, 16
  br i1 %exitcond3151.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1656
  %i52.addr.02828 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1656 ]
  %3053 = mul nuw nsw i64 %i52.addr.02828, 112
  %3054 = or disjoint i64 %3053, 112
  %3055 = getelementptr inbounds float, ptr %Ak, i64 %3054
  %.idx2492 = mul nuw nsw i64 %i52.addr.02828, 448
  %3056 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2492
  %3057 = getelementptr inbounds i8, ptr %3056, i64 896
  %3058 = getelementptr inbounds i8, ptr %3056, i64 1344
  %3059 = getelementptr inbounds i8, ptr %3056, i64 1792
  %3060 = getelementptr inbounds i8, ptr %3056, i64 2240
  %3061 = getelementptr inbounds i8, ptr %3056, i64 2688
  %3062 = getelementptr inbounds i8, ptr %3056, i64 3136
  br label %p13.body

i52.exit:                                         ; preds = %endif1656
  %t7.end = add nsw i64 %L, %t0
  br i1 %2469, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02827 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc143.02826 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3117, %p13.body ]
  %acc142.02825 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3116, %p13.body ]
  %acc141.02824 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3111, %p13.body ]
  %acc140.02823 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3110, %p13.body ]
  %acc139.02822 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3105, %p13.body ]
  %acc138.02821 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3104, %p13.body ]
  %acc137.02820 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3099, %p13.body ]
  %acc136.02819 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3098, %p13.body ]
  %acc135.02818 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3093, %p13.body ]
  %acc134.02817 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3092, %p13.body ]
  %acc133.02816 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3087, %p13.body ]
  %acc132.02815 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3086, %p13.body ]
  %acc131.02814 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3081, %p13.body ]
  %acc130.02813 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3080, %p13.body ]
  %acc129.02812 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3075, %p13.body ]
  %acc128.02811 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3074, %p13.body ]
  %3063 = shl nuw nsw i64 %p13.addr.02827, 5
  %3064 = getelementptr inbounds float, ptr %Bk, i64 %3063
  %3065 = load <16 x float>, ptr %3064, align 4
  %3066 = or disjoint i64 %3063, 16
  %3067 = getelementptr inbounds float, ptr %Bk, i64 %3066
  %3068 = load <16 x float>, ptr %3067, align 4
  %3069 = or disjoint i64 %p13.addr.02827, %3053
  %3070 = getelementptr inbounds float, ptr %Ak, i64 %3069
  %3071 = load float, ptr %3070, align 4
  %3072 = insertelement <16 x float> poison, float %3071, i64 0
  %3073 = shufflevector <16 x float> %3072, <16 x float> poison, <16 x i32> zeroinitializer
  %3074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3073, <16 x float> %3065, <16 x float> %acc128.02811)
  %3075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3073, <16 x float> %3068, <16 x float> %acc129.02812)
  %3076 = getelementptr inbounds float, ptr %3055, i64 %p13.addr.02827
  %3077 = load float, ptr %3076, align 4
  %3078 = insertelement <16 x float> poison, float %3077, i64 0
  %3079 = shufflevector <16 x float> %3078, <16 x float> poison, <16 x i32> zeroinitializer
  %3080 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3079, <16 x float> %3065, <16 x float> %acc130.02813)
  %3081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3079, <16 x float> %3068, <16 x float> %acc131.02814)
  %3082 = getelementptr inbounds float, ptr %3057, i64 %p13.addr.02827
  %3083 = load float, ptr %3082, align 4
  %3084 = insertelement <16 x float> poison, float %3083, i64 0
  %3085 = shufflevector <16 x float> %3084, <16 x float> poison, <16 x i32> zeroinitializer
  %3086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3085, <16 x float> %3065, <16 x float> %acc132.02815)
  %3087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3085, <16 x float> %3068, <16 x float> %acc133.02816)
  %3088 = getelementptr inbounds float, ptr %3058, i64 %p13.addr.02827
  %3089 = load float, ptr %3088, align 4
  %3090 = insertelement <16 x float> poison, float %3089, i64 0
  %3091 = shufflevector <16 x float> %3090, <16 x float> poison, <16 x i32> zeroinitializer
  %3092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3091, <16 x float> %3065, <16 x float> %acc134.02817)
  %3093 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3091, <16 x float> %3068, <16 x float> %acc135.02818)
  %3094 = getelementptr inbounds float, ptr %3059, i64 %p13.addr.02827
  %3095 = load float, ptr %3094, align 4
  %3096 = insertelement <16 x float> poison, float %3095, i64 0
  %3097 = shufflevector <16 x float> %3096, <16 x float> poison, <16 x i32> zeroinitializer
  %3098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3097, <16 x float> %3065, <16 x float> %acc136.02819)
  %3099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3097, <16 x float> %3068, <16 x float> %acc137.02820)
  %3100 = getelementptr inbounds float, ptr %3060, i64 %p13.addr.02827
  %3101 = load float, ptr %3100, align 4
  %3102 = insertelement <16 x float> poison, float %3101, i64 0
  %3103 = shufflevector <16 x float> %3102, <16 x float> poison, <16 x i32> zeroinitializer
  %3104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3103, <16 x float> %3065, <16 x float> %acc138.02821)
  %3105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3103, <16 x float> %3068, <16 x float> %acc139.02822)
  %3106 = getelementptr inbounds float, ptr %3061, i64 %p13.addr.02827
  %3107 = load float, ptr %3106, align 4
  %3108 = insertelement <16 x float> poison, float %3107, i64 0
  %3109 = shufflevector <16 x float> %3108, <16 x float> poison, <16 x i32> zeroinitializer
  %3110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3109, <16 x float> %3065, <16 x float> %acc140.02823)
  %3111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3109, <16 x float> %3068, <16 x float> %acc141.02824)
  %3112 = getelementptr inbounds float, ptr %3062, i64 %p13.addr.02827
  %3113 = load float, ptr %3112, align 4
  %3114 = insertelement <16 x float> poison, float %3113, i64 0
  %3115 = shufflevector <16 x float> %3114, <16 x float> poison, <16 x i32> zeroinitializer
  %3116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3115, <16 x float> %3065, <16 x float> %acc142.02825)
  %3117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3115, <16 x float> %3068, <16 x float> %acc143.02826)
  %p13.next = add nuw nsw i64 %p13.addr.02827, 1
  %exitcond3152.not = icmp eq i64 %p13.next, 112
  br i1 %exitcond3152.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3118 = icmp slt i64 %i52.addr.02828, %2992
  br i1 %3118, label %then1594, label %endif1600

then1594:                                         ; preds = %p13.exit
  %3119 = shl nuw nsw i64 %i52.addr.02828, 5
  %3120 = add nuw nsw i64 %3119, %2993
  %3121 = getelementptr inbounds float, ptr %dak, i64 %3120
  store <16 x float> %3074, ptr %3121, align 4
  %3122 = or disjoint i64 %3120, 16
  %3123 = getelementptr inbounds float, ptr %dak, i64 %3122
  store <16 x float> %3075, ptr %3123, align 4
  br label %endif1600

endif1600:                                        ; preds = %p13.exit, %then1594
  %3124 = or disjoint i64 %i52.addr.02828, 1
  %3125 = icmp slt i64 %3124, %2992
  br i1 %3125, label %then1602, label %endif1608

then1602:                                         ; preds = %endif1600
  %3126 = shl nuw nsw i64 %3124, 5
  %3127 = add nuw nsw i64 %3126, %2993
  %3128 = getelementptr inbounds float, ptr %dak, i64 %3127
  store <16 x float> %3080, ptr %3128, align 4
  %3129 = or disjoint i64 %3127, 16
  %3130 = getelementptr inbounds float, ptr %dak, i64 %3129
  store <16 x float> %3081, ptr %3130, align 4
  br label %endif1608

endif1608:                                        ; preds = %endif1600, %then1602
  %3131 = or disjoint i64 %i52.addr.02828, 2
  %3132 = icmp slt i64 %3131, %2992
  br i1 %3132, label %then1610, label %endif1616

then1610:                                         ; preds = %endif1608
  %3133 = shl nuw nsw i64 %3131, 5
  %3134 = add nuw nsw i64 %3133, %2993
  %3135 = getelementptr inbounds float, ptr %dak, i64 %3134
  store <16 x float> %3086, ptr %3135, align 4
  %3136 = or disjoint i64 %3134, 16
  %3137 = getelementptr inbounds float, ptr %dak, i64 %3136
  store <16 x float> %3087, ptr %3137, align 4
  br label %endif1616

endif1616:                                        ; preds = %endif1608, %then1610
  %3138 = or disjoint i64 %i52.addr.02828, 3
  %3139 = icmp slt i64 %3138, %2992
  br i1 %3139, label %then1618, label %endif1624

then1618:                                         ; preds = %endif1616
  %3140 = shl nuw nsw i64 %3138, 5
  %3141 = add nuw nsw i64 %3140, %2993
  %3142 = getelementptr inbounds float, ptr %dak, i64 %3141
  store <16 x float> %3092, ptr %3142, align 4
  %3143 = or disjoint i64 %3141, 16
  %3144 = getelementptr inbounds float, ptr %dak, i64 %3143
  store <16 x float> %3093, ptr %3144, align 4
  br label %endif1624

endif1624:                                        ; preds = %endif1616, %then1618
  %3145 = or disjoint i64 %i52.addr.02828, 4
  %3146 = icmp slt i64 %3145, %2992
  br i1 %3146, label %then1626, label %endif1632

then1626:                                         ; preds = %endif1624
  %3147 = shl nuw nsw i64 %3145, 5
  %3148 = add nuw nsw i64 %3147, %2993
  %3149 = getelementptr inbounds float, ptr %dak, i64 %3148
  store <16 x float> %3098, ptr %3149, align 4
  %3150 = or disjoint i64 %3148, 16
  %3151 = getelementptr inbounds float, ptr %dak, i64 %3150
  store <16 x float> %3099, ptr %3151, align 4
  br label %endif1632

endif1632:                                        ; preds = %endif1624, %then1626
  %3152 = or disjoint i64 %i52.addr.02828, 5
  %3153 = icmp slt i64 %3152, %2992
  br i1 %3153, label %then1634, label %endif1640

then1634:                                         ; preds = %endif1632
  %3154 = shl nuw nsw i64 %3152, 5
  %3155 = add nuw nsw i64 %3154, %2993
  %3156 = getelementptr inbounds float, ptr %dak, i64 %3155
  store <16 x float> %3104, ptr %3156, align 4
  %3157 = or disjoint i64 %3155, 16
  %3158 = getelementptr inbounds float, ptr %dak, i64 %3157
  store <16 x float> %3105, ptr %3158, align 4
  br label %endif1640

endif1640:                                        ; preds = %endif1632, %then1634
  %3159 = or disjoint i64 %i52.addr.02828, 6
  %3160 = icmp slt i64 %3159, %2992
  br i1 %3160, label %then1642, label %endif1648

then1642:                                         ; preds = %endif1640
  %3161 = shl nuw nsw i64 %3159, 5
  %3162 = add nuw nsw i64 %3161, %2993
  %3163 = getelementptr inbounds float, ptr %dak, i64 %3162
  store <16 x float> %3110, ptr %3163, align 4
  %3164 = or disjoint i64 %3162, 16
  %3165 = getelementptr inbounds float, ptr %dak, i64 %3164
  store <16 x float> %3111, ptr %3165, align 4
  br label %endif1648

endif1648:                                        ; preds = %endif1640, %then1642
  %3166 = or disjoint i64 %i52.addr.02828, 7
  %3167 = icmp slt i64 %3166, %2992
  br i1 %3167, label %then1650, label %endif1656

then1650:                                         ; preds = %endif1648
  %3168 = shl nuw nsw i64 %3166, 5
  %3169 = add nuw nsw i64 %3168, %2993
  %3170 = getelementptr inbounds float, ptr %dak, i64 %3169
  store <16 x float> %3116, ptr %3170, align 4
  %3171 = or disjoint i64 %3169, 16
  %3172 = getelementptr inbounds float, ptr %dak, i64 %3171
  store <16 x float> %3117, ptr %3172, align 4
  br label %endif1656

endif1656:                                        ; preds = %endif1648, %then1650
  %i52.next = add nuw nsw i64 %i52.addr.02828, 8
  %3173 = icmp ult i64 %i52.addr.02828, 24
  br i1 %3173, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.02833 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3174 = add nsw i64 %t7.addr.02833, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3174, i64 %5)
  %3175 = add nsw i64 %tp2, %147
  %3176 = mul nsw i64 %3175, %dq_ts
  %gep2835 = getelementptr float, ptr %invariant.gep2834, i64 %3176
  tail call void @llvm.prefetch.p0(ptr %gep2835, i32 0, i32 2, i32 1)
  %3177 = getelementptr i8, ptr %gep2835, i64 64
  tail call void @llvm.prefetch.p0(ptr %3177, i32 0, i32 2, i32 1)
  %3178 = mul nsw i64 %3175, %dk_ts
  %gep2837 = getelementptr float, ptr %invariant.gep2836, i64 %3178
  tail call void @llvm.prefetch.p0(ptr %gep2837, i32 0, i32 2, i32 1)
  %3179 = getelementptr i8, ptr %gep2837, i64 64
  tail call void @llvm.prefetch.p0(ptr %3179, i32 0, i32 2, i32 1)
  %3180 = mul nsw i64 %3175, %dv_ts
  %gep2839 = getelementptr float, ptr %invariant.gep2838, i64 %3180
  tail call void @llvm.prefetch.p0(ptr %gep2839, i32 0, i32 2, i32 1)
  %3181 = getelementptr i8, ptr %gep2839, i64 64
  tail call void @llvm.prefetch.p0(ptr %3181, i32 0, i32 2, i32 1)
  %gep2841 = getelementptr float, ptr %invariant.gep2840, i64 %3178
  tail call void @llvm.prefetch.p0(ptr %gep2841, i32 0, i32 2, i32 1)
  %3182 = getelementptr i8, ptr %gep2841, i64 64
  tail call void @llvm.prefetch.p0(ptr %3182, i32 0, i32 2, i32 1)
  %gep2843 = getelementptr float, ptr %invariant.gep2842, i64 %3180
  tail call void @llvm.prefetch.p0(ptr %gep2843, i32 0, i32 2, i32 1)
  %3183 = getelementptr i8, ptr %gep2843, i64 64
  tail call void @llvm.prefetch.p0(ptr %3183, i32 0, i32 2, i32 1)
  %3184 = shl nsw i64 %t7.addr.02833, 5
  %3185 = getelementptr inbounds float, ptr %invariant.gep2863, i64 %3184
  %3186 = load <16 x float>, ptr %3185, align 4
  %3187 = or disjoint i64 %3184, 16
  %3188 = getelementptr inbounds float, ptr %invariant.gep2863, i64 %3187
  %3189 = load <16 x float>, ptr %3188, align 4
  %3190 = getelementptr inbounds float, ptr %gep2862, i64 %3184
  %3191 = load <16 x float>, ptr %3190, align 4
  %3192 = getelementptr inbounds float, ptr %gep2862, i64 %3187
  %3193 = load <16 x float>, ptr %3192, align 4
  %3194 = getelementptr inbounds float, ptr %gep2864, i64 %t7.addr.02833
  %3195 = load float, ptr %3194, align 4
  %3196 = fmul <16 x float> %3186, %3191
  %3197 = fmul <16 x float> %3189, %3193
  %3198 = fadd <16 x float> %3196, %3197
  %3199 = shufflevector <16 x float> %3198, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3200 = shufflevector <16 x float> %3198, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3201 = fadd <8 x float> %3199, %3200
  %3202 = shufflevector <8 x float> %3201, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3203 = shufflevector <8 x float> %3201, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3204 = fadd <4 x float> %3202, %3203
  %3205 = shufflevector <4 x float> %3204, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3206 = shufflevector <4 x float> %3204, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3207 = fadd <2 x float> %3205, %3206
  %shift3548 = shufflevector <2 x float> %3207, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3208 = fadd <2 x float> %3207, %shift3548
  %3209 = shufflevector <2 x float> %3208, <2 x float> poison, <16 x i32> zeroinitializer
  %3210 = fmul <16 x float> %3186, %3209
  %3211 = fsub <16 x float> %3191, %3210
  %3212 = insertelement <16 x float> poison, float %3195, i64 0
  %3213 = shufflevector <16 x float> %3212, <16 x float> poison, <16 x i32> zeroinitializer
  %3214 = fmul <16 x float> %3213, %3211
  %3215 = add nsw i64 %t7.addr.02833, %147
  %3216 = mul nsw i64 %3215, %dq_ts
  %gep2845 = getelementptr float, ptr %invariant.gep2834, i64 %3216
  store <16 x float> %3214, ptr %gep2845, align 4
  %3217 = fmul <16 x float> %3189, %3209
  %3218 = fsub <16 x float> %3193, %3217
  %3219 = fmul <16 x float> %3213, %3218
  %3220 = getelementptr i8, ptr %gep2845, i64 64
  store <16 x float> %3219, ptr %3220, align 4
  %3221 = shl nsw i64 %t7.addr.02833, 1
  %3222 = shl nsw i64 %t7.addr.02833, 6
  %3223 = getelementptr inbounds float, ptr %gep2858, i64 %3222
  %3224 = load <16 x float>, ptr %3223, align 4
  %3225 = or disjoint i64 %3222, 16
  %3226 = getelementptr inbounds float, ptr %gep2858, i64 %3225
  %3227 = load <16 x float>, ptr %3226, align 4
  %3228 = getelementptr inbounds float, ptr %dak, i64 %3222
  %3229 = load <16 x float>, ptr %3228, align 4
  %3230 = getelementptr inbounds float, ptr %dak, i64 %3225
  %3231 = load <16 x float>, ptr %3230, align 4
  %gep2830 = getelementptr float, ptr %invariant.gep, i64 %3221
  %3232 = load float, ptr %gep2830, align 4
  %3233 = fmul <16 x float> %3224, %3229
  %3234 = fmul <16 x float> %3227, %3231
  %3235 = fadd <16 x float> %3233, %3234
  %3236 = shufflevector <16 x float> %3235, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3237 = shufflevector <16 x float> %3235, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3238 = fadd <8 x float> %3236, %3237
  %3239 = shufflevector <8 x float> %3238, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3240 = shufflevector <8 x float> %3238, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3241 = fadd <4 x float> %3239, %3240
  %3242 = shufflevector <4 x float> %3241, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3243 = shufflevector <4 x float> %3241, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3244 = fadd <2 x float> %3242, %3243
  %shift3549 = shufflevector <2 x float> %3244, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3245 = fadd <2 x float> %3244, %shift3549
  %3246 = shufflevector <2 x float> %3245, <2 x float> poison, <16 x i32> zeroinitializer
  %3247 = fmul <16 x float> %3224, %3246
  %3248 = fsub <16 x float> %3229, %3247
  %3249 = insertelement <16 x float> poison, float %3232, i64 0
  %3250 = shufflevector <16 x float> %3249, <16 x float> poison, <16 x i32> zeroinitializer
  %3251 = fmul <16 x float> %3250, %3248
  %3252 = mul nsw i64 %3215, %dk_ts
  %gep2847 = getelementptr float, ptr %invariant.gep2836, i64 %3252
  store <16 x float> %3251, ptr %gep2847, align 4
  %3253 = fmul <16 x float> %3227, %3246
  %3254 = fsub <16 x float> %3231, %3253
  %3255 = fmul <16 x float> %3250, %3254
  %3256 = getelementptr i8, ptr %gep2847, i64 64
  store <16 x float> %3255, ptr %3256, align 4
  %3257 = getelementptr inbounds float, ptr %dav, i64 %3222
  %3258 = load <16 x float>, ptr %3257, align 4
  %3259 = getelementptr inbounds float, ptr %dav, i64 %3225
  %3260 = load <16 x float>, ptr %3259, align 4
  %3261 = mul nsw i64 %3215, %dv_ts
  %gep2849 = getelementptr float, ptr %invariant.gep2838, i64 %3261
  store <16 x float> %3258, ptr %gep2849, align 4
  %3262 = getelementptr i8, ptr %gep2849, i64 64
  store <16 x float> %3260, ptr %3262, align 4
  %3263 = or disjoint i64 %3221, 1
  %3264 = shl nsw i64 %3263, 5
  %3265 = getelementptr inbounds float, ptr %gep2858, i64 %3264
  %3266 = load <16 x float>, ptr %3265, align 4
  %3267 = or disjoint i64 %3264, 16
  %3268 = getelementptr inbounds float, ptr %gep2858, i64 %3267
  %3269 = load <16 x float>, ptr %3268, align 4
  %3270 = getelementptr inbounds float, ptr %dak, i64 %3264
  %3271 = load <16 x float>, ptr %3270, align 4
  %3272 = getelementptr inbounds float, ptr %dak, i64 %3267
  %3273 = load <16 x float>, ptr %3272, align 4
  %gep2832 = getelementptr float, ptr %invariant.gep, i64 %3263
  %3274 = load float, ptr %gep2832, align 4
  %3275 = fmul <16 x float> %3266, %3271
  %3276 = fmul <16 x float> %3269, %3273
  %3277 = fadd <16 x float> %3275, %3276
  %3278 = shufflevector <16 x float> %3277, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3279 = shufflevector <16 x float> %3277, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3280 = fadd <8 x float> %3278, %3279
  %3281 = shufflevector <8 x float> %3280, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3282 = shufflevector <8 x float> %3280, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3283 = fadd <4 x float> %3281, %3282
  %3284 = shufflevector <4 x float> %3283, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3285 = shufflevector <4 x float> %3283, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3286 = fadd <2 x float> %3284, %3285
  %shift3550 = shufflevector <2 x float> %3286, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3287 = fadd <2 x float> %3286, %shift3550
  %3288 = shufflevector <2 x float> %3287, <2 x float> poison, <16 x i32> zeroinitializer
  %3289 = fmul <16 x float> %3266, %3288
  %3290 = fsub <16 x float> %3271, %3289
  %3291 = insertelement <16 x float> poison, float %3274, i64 0
  %3292 = shufflevector <16 x float> %3291, <16 x float> poison, <16 x i32> zeroinitializer
  %3293 = fmul <16 x float> %3292, %3290
  %gep2851 = getelementptr float, ptr %invariant.gep2840, i64 %3252
  store <16 x float> %3293, ptr %gep2851, align 4
  %3294 = fmul <16 x float> %3269, %3288
  %3295 = fsub <16 x float> %3273, %3294
  %3296 = fmul <16 x float> %3292, %3295
  %3297 = getelementptr i8, ptr %gep2851, i64 64
  store <16 x float> %3296, ptr %3297, align 4
  %3298 = getelementptr inbounds float, ptr %dav, i64 %3264
  %3299 = load <16 x float>, ptr %3298, align 4
  %3300 = getelementptr inbounds float, ptr %dav, i64 %3267
  %3301 = load <16 x float>, ptr %3300, align 4
  %gep2853 = getelementptr float, ptr %invariant.gep2842, i64 %3261
  store <16 x float> %3299, ptr %gep2853, align 4
  %3302 = getelementptr i8, ptr %gep2853, i64 64
  store <16 x float> %3301, ptr %3302, align 4
  %t7.next = add nsw i64 %t7.addr.02833, 1
  %3303 = icmp slt i64 %t7.next, %t7.end
  br i1 %3303, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.02854, 1
  %indvars.iv.next3140 = add i64 %indvars.iv3139, 16
  %exitcond3154.not = icmp eq i64 %cc.next, %smax3153
  br i1 %exitcond3154.not, label %j38.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3304 = getelementptr i8, ptr %dh0, i64 %144
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3304, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156, i64 128, i1 false)
  %scevgep3155.1 = getelementptr i8, ptr %3304, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.1, i64 128, i1 false)
  %scevgep3155.2 = getelementptr i8, ptr %3304, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.2, i64 128, i1 false)
  %scevgep3155.3 = getelementptr i8, ptr %3304, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.3, i64 128, i1 false)
  %scevgep3155.4 = getelementptr i8, ptr %3304, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.4, i64 128, i1 false)
  %scevgep3155.5 = getelementptr i8, ptr %3304, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.5, i64 128, i1 false)
  %scevgep3155.6 = getelementptr i8, ptr %3304, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.6, i64 128, i1 false)
  %scevgep3155.7 = getelementptr i8, ptr %3304, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.7, i64 128, i1 false)
  %scevgep3155.8 = getelementptr i8, ptr %3304, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.8, i64 128, i1 false)
  %scevgep3155.9 = getelementptr i8, ptr %3304, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.9, i64 128, i1 false)
  %scevgep3155.10 = getelementptr i8, ptr %3304, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.10, i64 128, i1 false)
  %scevgep3155.11 = getelementptr i8, ptr %3304, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.11, i64 128, i1 false)
  %scevgep3155.12 = getelementptr i8, ptr %3304, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.12, i64 128, i1 false)
  %scevgep3155.13 = getelementptr i8, ptr %3304, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.13, i64 128, i1 false)
  %scevgep3155.14 = getelementptr i8, ptr %3304, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.14, i64 128, i1 false)
  %scevgep3155.15 = getelementptr i8, ptr %3304, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.15, i64 128, i1 false)
  %scevgep3155.16 = getelementptr i8, ptr %3304, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.16, i64 128, i1 false)
  %scevgep3155.17 = getelementptr i8, ptr %3304, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.17, i64 128, i1 false)
  %scevgep3155.18 = getelementptr i8, ptr %3304, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.18, i64 128, i1 false)
  %scevgep3155.19 = getelementptr i8, ptr %3304, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.19, i64 128, i1 false)
  %scevgep3155.20 = getelementptr i8, ptr %3304, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.20, i64 128, i1 false)
  %scevgep3155.21 = getelementptr i8, ptr %3304, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.21, i64 128, i1 false)
  %scevgep3155.22 = getelementptr i8, ptr %3304, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.22, i64 128, i1 false)
  %scevgep3155.23 = getelementptr i8, ptr %3304, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.23, i64 128, i1 false)
  %scevgep3155.24 = getelementptr i8, ptr %3304, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.24, i64 128, i1 false)
  %scevgep3155.25 = getelementptr i8, ptr %3304, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.25, i64 128, i1 false)
  %scevgep3155.26 = getelementptr i8, ptr %3304, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.26, i64 128, i1 false)
  %scevgep3155.27 = getelementptr i8, ptr %3304, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.27, i64 128, i1 false)
  %scevgep3155.28 = getelementptr i8, ptr %3304, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.28, i64 128, i1 false)
  %scevgep3155.29 = getelementptr i8, ptr %3304, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.29, i64 128, i1 false)
  %scevgep3155.30 = getelementptr i8, ptr %3304, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.30, i64 128, i1 false)
  %scevgep3155.31 = getelementptr i8, ptr %3304, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3155.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3156.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02865, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3158.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3158.not, label %bh.exit, label %bh.body
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
