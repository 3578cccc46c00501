; ---- dp_fwd_h2_k64_v64_r16_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k64_v64_r16_nogate_l2norm'
source_filename = "dp_fwd_h2_k64_v64_r16_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h2_k64_v64_r16_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs360 = ptrtoint ptr %hs to i64
  %invariant.gep315 = getelementptr i8, ptr %work, i64 16448
  %sv = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 8
  %gep314 = getelementptr i8, ptr %invariant.gep315, i64 %.idx
  %.idx247 = mul i64 %T, 768
  %gep316 = getelementptr i8, ptr %invariant.gep315, i64 %.idx247
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 15
  %nc = sdiv i64 %4, 16
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %nc, 14
  %7 = and i64 %hs360, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = icmp eq i64 %7, 0
  %10 = getelementptr i8, ptr %gep314, i64 64
  %11 = getelementptr i8, ptr %work, i64 16512
  %12 = getelementptr i8, ptr %gep314, i64 128
  %13 = getelementptr i8, ptr %work, i64 16576
  %14 = getelementptr i8, ptr %gep314, i64 192
  %15 = getelementptr i8, ptr %work, i64 16640
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i12.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i12.head.preheader ]
  %bh.addr.0317 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i12.head.preheader ]
  %16 = add i64 %indvar, %bh0
  %17 = shl i64 %16, 14
  %scevgep363 = getelementptr i8, ptr %hT, i64 %17
  %18 = mul i64 %6, %indvar
  %scevgep353 = getelementptr i8, ptr %h0, i64 %17
  %b = sdiv i64 %bh.addr.0317, %H
  %h = srem i64 %bh.addr.0317, %H
  %19 = mul nsw i64 %b, %T
  %20 = mul nsw i64 %19, %H
  %bT = add nsw i64 %20, %h
  %21 = mul i64 %1, %19
  %22 = getelementptr float, ptr %beta, i64 %21
  %betah = getelementptr float, ptr %22, i64 %h
  %oh.idx = shl nsw i64 %bT, 8
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %2, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep353, i64 16384, i1 false)
  br label %i12.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %23 = shl nsw i64 %h, 6
  %invariant.gep = getelementptr float, ptr %q, i64 %23
  %invariant.gep250 = getelementptr float, ptr %k, i64 %23
  %invariant.gep252 = getelementptr float, ptr %v, i64 %23
  %24 = add nsw i64 %h, %H
  %25 = shl nsw i64 %24, 6
  %invariant.gep254 = getelementptr float, ptr %k, i64 %25
  %invariant.gep256 = getelementptr float, ptr %v, i64 %25
  br label %t.body

bh.exit:                                          ; preds = %i12.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep353, i64 16384, i1 false)
  br i1 %2, label %ci.body.lr.ph, label %i12.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0249 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %26 = add nuw nsw i64 %t.addr.0249, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %26, i64 %3)
  %27 = add nsw i64 %tp, %19
  %28 = mul nsw i64 %27, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %28
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %29 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %29, i32 0, i32 2, i32 1)
  %30 = getelementptr i8, ptr %gep, i64 128
  tail call void @llvm.prefetch.p0(ptr %30, i32 0, i32 2, i32 1)
  %31 = getelementptr i8, ptr %gep, i64 192
  tail call void @llvm.prefetch.p0(ptr %31, i32 0, i32 2, i32 1)
  %32 = mul nsw i64 %27, %k_ts
  %gep251 = getelementptr float, ptr %invariant.gep250, i64 %32
  tail call void @llvm.prefetch.p0(ptr %gep251, i32 0, i32 2, i32 1)
  %33 = getelementptr i8, ptr %gep251, i64 64
  tail call void @llvm.prefetch.p0(ptr %33, i32 0, i32 2, i32 1)
  %34 = getelementptr i8, ptr %gep251, i64 128
  tail call void @llvm.prefetch.p0(ptr %34, i32 0, i32 2, i32 1)
  %35 = getelementptr i8, ptr %gep251, i64 192
  tail call void @llvm.prefetch.p0(ptr %35, i32 0, i32 2, i32 1)
  %36 = mul nsw i64 %27, %v_ts
  %gep253 = getelementptr float, ptr %invariant.gep252, i64 %36
  tail call void @llvm.prefetch.p0(ptr %gep253, i32 0, i32 2, i32 1)
  %37 = getelementptr i8, ptr %gep253, i64 64
  tail call void @llvm.prefetch.p0(ptr %37, i32 0, i32 2, i32 1)
  %38 = getelementptr i8, ptr %gep253, i64 128
  tail call void @llvm.prefetch.p0(ptr %38, i32 0, i32 2, i32 1)
  %39 = getelementptr i8, ptr %gep253, i64 192
  tail call void @llvm.prefetch.p0(ptr %39, i32 0, i32 2, i32 1)
  %gep255 = getelementptr float, ptr %invariant.gep254, i64 %32
  tail call void @llvm.prefetch.p0(ptr %gep255, i32 0, i32 2, i32 1)
  %40 = getelementptr i8, ptr %gep255, i64 64
  tail call void @llvm.prefetch.p0(ptr %40, i32 0, i32 2, i32 1)
  %41 = getelementptr i8, ptr %gep255, i64 128
  tail call void @llvm.prefetch.p0(ptr %41, i32 0, i32 2, i32 1)
  %42 = getelementptr i8, ptr %gep255, i64 192
  tail call void @llvm.prefetch.p0(ptr %42, i32 0, i32 2, i32 1)
  %gep257 = getelementptr float, ptr %invariant.gep256, i64 %36
  tail call void @llvm.prefetch.p0(ptr %gep257, i32 0, i32 2, i32 1)
  %43 = getelementptr i8, ptr %gep257, i64 64
  tail call void @llvm.prefetch.p0(ptr %43, i32 0, i32 2, i32 1)
  %44 = getelementptr i8, ptr %gep257, i64 128
  tail call void @llvm.prefetch.p0(ptr %44, i32 0, i32 2, i32 1)
  %45 = getelementptr i8, ptr %gep257, i64 192
  tail call void @llvm.prefetch.p0(ptr %45, i32 0, i32 2, i32 1)
  %46 = add nsw i64 %t.addr.0249, %19
  %47 = mul nsw i64 %46, %q_ts
  %gep259 = getelementptr float, ptr %invariant.gep, i64 %47
  %48 = load <16 x float>, ptr %gep259, align 4
  %49 = getelementptr i8, ptr %gep259, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = getelementptr i8, ptr %gep259, i64 128
  %52 = load <16 x float>, ptr %51, align 4
  %53 = getelementptr i8, ptr %gep259, i64 192
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fmul <16 x float> %48, %48
  %56 = fmul <16 x float> %50, %50
  %57 = fadd <16 x float> %55, %56
  %58 = fmul <16 x float> %52, %52
  %59 = fadd <16 x float> %57, %58
  %60 = fmul <16 x float> %54, %54
  %61 = fadd <16 x float> %59, %60
  %62 = shufflevector <16 x float> %61, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %63 = shufflevector <16 x float> %61, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %64 = fadd <8 x float> %62, %63
  %65 = shufflevector <8 x float> %64, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %66 = shufflevector <8 x float> %64, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %67 = fadd <4 x float> %65, %66
  %68 = shufflevector <4 x float> %67, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %69 = shufflevector <4 x float> %67, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %70 = fadd <2 x float> %68, %69
  %shift = shufflevector <2 x float> %70, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %71 = fadd <2 x float> %70, %shift
  %72 = extractelement <2 x float> %71, i64 0
  %73 = fadd float %72, 0x3EB0C6F7A0000000
  %74 = tail call float @llvm.sqrt.f32(float %73)
  %75 = fdiv float 1.000000e+00, %74
  %76 = insertelement <16 x float> poison, float %75, i64 0
  %77 = shufflevector <16 x float> %76, <16 x float> poison, <16 x i32> zeroinitializer
  %78 = fmul <16 x float> %48, %77
  %79 = shl nsw i64 %t.addr.0249, 6
  %80 = getelementptr inbounds float, ptr %invariant.gep315, i64 %79
  store <16 x float> %78, ptr %80, align 4
  %81 = fmul <16 x float> %50, %77
  %82 = or disjoint i64 %79, 16
  %83 = getelementptr inbounds float, ptr %invariant.gep315, i64 %82
  store <16 x float> %81, ptr %83, align 4
  %84 = fmul <16 x float> %52, %77
  %85 = or disjoint i64 %79, 32
  %86 = getelementptr inbounds float, ptr %invariant.gep315, i64 %85
  store <16 x float> %84, ptr %86, align 4
  %87 = fmul <16 x float> %54, %77
  %88 = or disjoint i64 %79, 48
  %89 = getelementptr inbounds float, ptr %invariant.gep315, i64 %88
  store <16 x float> %87, ptr %89, align 4
  %90 = mul nsw i64 %46, %k_ts
  %gep261 = getelementptr float, ptr %invariant.gep250, i64 %90
  %91 = load <16 x float>, ptr %gep261, align 4
  %92 = getelementptr i8, ptr %gep261, i64 64
  %93 = load <16 x float>, ptr %92, align 4
  %94 = getelementptr i8, ptr %gep261, i64 128
  %95 = load <16 x float>, ptr %94, align 4
  %96 = getelementptr i8, ptr %gep261, i64 192
  %97 = load <16 x float>, ptr %96, align 4
  %98 = fmul <16 x float> %91, %91
  %99 = fmul <16 x float> %93, %93
  %100 = fadd <16 x float> %98, %99
  %101 = fmul <16 x float> %95, %95
  %102 = fadd <16 x float> %100, %101
  %103 = fmul <16 x float> %97, %97
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
  %shift406 = shufflevector <2 x float> %113, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %114 = fadd <2 x float> %113, %shift406
  %115 = extractelement <2 x float> %114, i64 0
  %116 = fadd float %115, 0x3EB0C6F7A0000000
  %117 = tail call float @llvm.sqrt.f32(float %116)
  %118 = fdiv float 1.000000e+00, %117
  %119 = insertelement <16 x float> poison, float %118, i64 0
  %120 = shufflevector <16 x float> %119, <16 x float> poison, <16 x i32> zeroinitializer
  %121 = fmul <16 x float> %91, %120
  %122 = shl i64 %t.addr.0249, 7
  %123 = getelementptr inbounds float, ptr %gep314, i64 %122
  store <16 x float> %121, ptr %123, align 4
  %124 = fmul <16 x float> %93, %120
  %125 = or disjoint i64 %122, 16
  %126 = getelementptr inbounds float, ptr %gep314, i64 %125
  store <16 x float> %124, ptr %126, align 4
  %127 = fmul <16 x float> %95, %120
  %128 = or disjoint i64 %122, 32
  %129 = getelementptr inbounds float, ptr %gep314, i64 %128
  store <16 x float> %127, ptr %129, align 4
  %130 = fmul <16 x float> %97, %120
  %131 = or disjoint i64 %122, 48
  %132 = getelementptr inbounds float, ptr %gep314, i64 %131
  store <16 x float> %130, ptr %132, align 4
  %133 = mul nsw i64 %46, %v_ts
  %gep263 = getelementptr float, ptr %invariant.gep252, i64 %133
  %134 = load <16 x float>, ptr %gep263, align 4
  %135 = getelementptr i8, ptr %gep263, i64 64
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %gep263, i64 128
  %138 = load <16 x float>, ptr %137, align 4
  %139 = getelementptr i8, ptr %gep263, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr inbounds float, ptr %gep316, i64 %122
  store <16 x float> %134, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %gep316, i64 %125
  store <16 x float> %136, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %gep316, i64 %128
  store <16 x float> %138, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %gep316, i64 %131
  store <16 x float> %140, ptr %144, align 4
  %gep265 = getelementptr float, ptr %invariant.gep254, i64 %90
  %145 = load <16 x float>, ptr %gep265, align 4
  %146 = getelementptr i8, ptr %gep265, i64 64
  %147 = load <16 x float>, ptr %146, align 4
  %148 = getelementptr i8, ptr %gep265, i64 128
  %149 = load <16 x float>, ptr %148, align 4
  %150 = getelementptr i8, ptr %gep265, i64 192
  %151 = load <16 x float>, ptr %150, align 4
  %152 = fmul <16 x float> %145, %145
  %153 = fmul <16 x float> %147, %147
  %154 = fadd <16 x float> %152, %153
  %155 = fmul <16 x float> %149, %149
  %156 = fadd <16 x float> %154, %155
  %157 = fmul <16 x float> %151, %151
  %158 = fadd <16 x float> %156, %157
  %159 = shufflevector <16 x float> %158, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %160 = shufflevector <16 x float> %158, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %161 = fadd <8 x float> %159, %160
  %162 = shufflevector <8 x float> %161, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %163 = shufflevector <8 x float> %161, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %164 = fadd <4 x float> %162, %163
  %165 = shufflevector <4 x float> %164, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %166 = shufflevector <4 x float> %164, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %167 = fadd <2 x float> %165, %166
  %shift407 = shufflevector <2 x float> %167, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %168 = fadd <2 x float> %167, %shift407
  %169 = extractelement <2 x float> %168, i64 0
  %170 = fadd float %169, 0x3EB0C6F7A0000000
  %171 = tail call float @llvm.sqrt.f32(float %170)
  %172 = fdiv float 1.000000e+00, %171
  %173 = insertelement <16 x float> poison, float %172, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = fmul <16 x float> %145, %174
  %176 = or disjoint i64 %122, 64
  %177 = getelementptr inbounds float, ptr %gep314, i64 %176
  store <16 x float> %175, ptr %177, align 4
  %178 = fmul <16 x float> %147, %174
  %179 = or disjoint i64 %122, 80
  %180 = getelementptr inbounds float, ptr %gep314, i64 %179
  store <16 x float> %178, ptr %180, align 4
  %181 = fmul <16 x float> %149, %174
  %182 = or disjoint i64 %122, 96
  %183 = getelementptr inbounds float, ptr %gep314, i64 %182
  store <16 x float> %181, ptr %183, align 4
  %184 = fmul <16 x float> %151, %174
  %185 = or disjoint i64 %122, 112
  %186 = getelementptr inbounds float, ptr %gep314, i64 %185
  store <16 x float> %184, ptr %186, align 4
  %gep267 = getelementptr float, ptr %invariant.gep256, i64 %133
  %187 = load <16 x float>, ptr %gep267, align 4
  %188 = getelementptr i8, ptr %gep267, i64 64
  %189 = load <16 x float>, ptr %188, align 4
  %190 = getelementptr i8, ptr %gep267, i64 128
  %191 = load <16 x float>, ptr %190, align 4
  %192 = getelementptr i8, ptr %gep267, i64 192
  %193 = load <16 x float>, ptr %192, align 4
  %194 = getelementptr inbounds float, ptr %gep316, i64 %176
  store <16 x float> %187, ptr %194, align 4
  %195 = getelementptr inbounds float, ptr %gep316, i64 %179
  store <16 x float> %189, ptr %195, align 4
  %196 = getelementptr inbounds float, ptr %gep316, i64 %182
  store <16 x float> %191, ptr %196, align 4
  %197 = getelementptr inbounds float, ptr %gep316, i64 %185
  store <16 x float> %193, ptr %197, align 4
  %t.next = add nuw nsw i64 %t.addr.0249, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %198 = mul nsw i64 %bh.addr.0317, %nc
  %invariant.gep389 = getelementptr i8, ptr %hs, i64 %18
  br label %ci.body

i12.head.preheader:                               ; preds = %c.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep363, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0317, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond364.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond364.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %c.exit
  %ci.addr.0310 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %c.exit ]
  %199 = add nsw i64 %ci.addr.0310, %198
  %200 = shl nsw i64 %199, 12
  br i1 %9, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %201 = add i64 %5, %ci.addr.0310
  %202 = shl i64 %201, 14
  %gep390 = getelementptr i8, ptr %invariant.gep389, i64 %202
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %gep390, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0310, 4
  %203 = add nuw nsw i64 %t0, 16
  %t1 = tail call i64 @llvm.smin.i64(i64 %203, i64 %T)
  %204 = shl i64 %ci.addr.0310, 11
  %205 = shl nsw i64 %ci.addr.0310, 5
  %206 = mul nsw i64 %205, %H
  %207 = getelementptr inbounds float, ptr %betah, i64 %206
  %208 = load float, ptr %207, align 4
  %209 = insertelement <16 x float> poison, float %208, i64 0
  %210 = shufflevector <16 x float> %209, <16 x float> poison, <16 x i32> zeroinitializer
  %211 = or disjoint i64 %205, 1
  %212 = mul nsw i64 %211, %H
  %213 = getelementptr inbounds float, ptr %betah, i64 %212
  %214 = load float, ptr %213, align 4
  %215 = shl nsw i64 %211, 6
  %216 = insertelement <16 x float> poison, float %214, i64 0
  %217 = shufflevector <16 x float> %216, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = mul nsw i64 %t0, %sv
  %219 = or disjoint i64 %t0, 1
  %220 = icmp slt i64 %219, %t1
  %.idx319 = shl nsw i64 %ci.addr.0310, 12
  %invariant.gep381 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx319
  %221 = getelementptr inbounds float, ptr %gep314, i64 %204
  %222 = or disjoint i64 %204, 64
  %223 = getelementptr inbounds float, ptr %gep314, i64 %222
  %224 = or disjoint i64 %204, 16
  %225 = getelementptr inbounds float, ptr %gep314, i64 %224
  %226 = or disjoint i64 %204, 80
  %227 = getelementptr inbounds float, ptr %gep314, i64 %226
  %228 = or disjoint i64 %204, 32
  %229 = getelementptr inbounds float, ptr %gep314, i64 %228
  %230 = or disjoint i64 %204, 96
  %231 = getelementptr inbounds float, ptr %gep314, i64 %230
  %232 = or disjoint i64 %204, 48
  %233 = getelementptr inbounds float, ptr %gep314, i64 %232
  %234 = or disjoint i64 %204, 112
  %235 = getelementptr inbounds float, ptr %gep314, i64 %234
  %.idx320 = shl i64 %ci.addr.0310, 13
  %236 = getelementptr i8, ptr %10, i64 %.idx320
  %237 = getelementptr i8, ptr %12, i64 %.idx320
  %238 = getelementptr i8, ptr %14, i64 %.idx320
  %239 = getelementptr i8, ptr %236, i64 256
  %240 = getelementptr i8, ptr %237, i64 256
  %241 = getelementptr i8, ptr %238, i64 256
  %.idx365 = shl i64 %t1, 9
  %invariant.gep387 = getelementptr i8, ptr %gep314, i64 %.idx365
  %242 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx319
  %243 = getelementptr inbounds i8, ptr %11, i64 %.idx319
  %244 = getelementptr inbounds i8, ptr %13, i64 %.idx319
  %245 = getelementptr inbounds i8, ptr %15, i64 %.idx319
  br label %i3.head.preheader

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0273 = phi i64 [ %i1.next.3, %j1.head.preheader ], [ 0, %ci.body ]
  %246 = shl nuw nsw i64 %i1.addr.0273, 6
  %247 = or disjoint i64 %246, %200
  %248 = getelementptr inbounds float, ptr %work, i64 %246
  %249 = load <16 x float>, ptr %248, align 4
  %250 = getelementptr inbounds float, ptr %hs, i64 %247
  store <16 x float> %249, ptr %250, align 64, !nontemporal !0
  %251 = or disjoint i64 %246, 16
  %252 = getelementptr inbounds float, ptr %work, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = or disjoint i64 %247, 16
  %255 = getelementptr inbounds float, ptr %hs, i64 %254
  store <16 x float> %253, ptr %255, align 64, !nontemporal !0
  %256 = or disjoint i64 %246, 32
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = or disjoint i64 %247, 32
  %260 = getelementptr inbounds float, ptr %hs, i64 %259
  store <16 x float> %258, ptr %260, align 64, !nontemporal !0
  %261 = or disjoint i64 %246, 48
  %262 = getelementptr inbounds float, ptr %work, i64 %261
  %263 = load <16 x float>, ptr %262, align 4
  %264 = or disjoint i64 %247, 48
  %265 = getelementptr inbounds float, ptr %hs, i64 %264
  store <16 x float> %263, ptr %265, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0273, 6
  %266 = or disjoint i64 %i1.next, 64
  %267 = or disjoint i64 %266, %200
  %268 = getelementptr inbounds float, ptr %work, i64 %266
  %269 = load <16 x float>, ptr %268, align 4
  %270 = getelementptr inbounds float, ptr %hs, i64 %267
  store <16 x float> %269, ptr %270, align 64, !nontemporal !0
  %271 = or disjoint i64 %i1.next, 80
  %272 = getelementptr inbounds float, ptr %work, i64 %271
  %273 = load <16 x float>, ptr %272, align 4
  %274 = or disjoint i64 %267, 16
  %275 = getelementptr inbounds float, ptr %hs, i64 %274
  store <16 x float> %273, ptr %275, align 64, !nontemporal !0
  %276 = or disjoint i64 %i1.next, 96
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %267, 32
  %280 = getelementptr inbounds float, ptr %hs, i64 %279
  store <16 x float> %278, ptr %280, align 64, !nontemporal !0
  %281 = or disjoint i64 %i1.next, 112
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = or disjoint i64 %267, 48
  %285 = getelementptr inbounds float, ptr %hs, i64 %284
  store <16 x float> %283, ptr %285, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0273, 6
  %286 = or disjoint i64 %i1.next.1, 128
  %287 = or disjoint i64 %286, %200
  %288 = getelementptr inbounds float, ptr %work, i64 %286
  %289 = load <16 x float>, ptr %288, align 4
  %290 = getelementptr inbounds float, ptr %hs, i64 %287
  store <16 x float> %289, ptr %290, align 64, !nontemporal !0
  %291 = or disjoint i64 %i1.next.1, 144
  %292 = getelementptr inbounds float, ptr %work, i64 %291
  %293 = load <16 x float>, ptr %292, align 4
  %294 = or disjoint i64 %287, 16
  %295 = getelementptr inbounds float, ptr %hs, i64 %294
  store <16 x float> %293, ptr %295, align 64, !nontemporal !0
  %296 = or disjoint i64 %i1.next.1, 160
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %287, 32
  %300 = getelementptr inbounds float, ptr %hs, i64 %299
  store <16 x float> %298, ptr %300, align 64, !nontemporal !0
  %301 = or disjoint i64 %i1.next.1, 176
  %302 = getelementptr inbounds float, ptr %work, i64 %301
  %303 = load <16 x float>, ptr %302, align 4
  %304 = or disjoint i64 %287, 48
  %305 = getelementptr inbounds float, ptr %hs, i64 %304
  store <16 x float> %303, ptr %305, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0273, 6
  %306 = or disjoint i64 %i1.next.2, 192
  %307 = or disjoint i64 %306, %200
  %308 = getelementptr inbounds float, ptr %work, i64 %306
  %309 = load <16 x float>, ptr %308, align 4
  %310 = getelementptr inbounds float, ptr %hs, i64 %307
  store <16 x float> %309, ptr %310, align 64, !nontemporal !0
  %311 = or disjoint i64 %i1.next.2, 208
  %312 = getelementptr inbounds float, ptr %work, i64 %311
  %313 = load <16 x float>, ptr %312, align 4
  %314 = or disjoint i64 %307, 16
  %315 = getelementptr inbounds float, ptr %hs, i64 %314
  store <16 x float> %313, ptr %315, align 64, !nontemporal !0
  %316 = or disjoint i64 %i1.next.2, 224
  %317 = getelementptr inbounds float, ptr %work, i64 %316
  %318 = load <16 x float>, ptr %317, align 4
  %319 = or disjoint i64 %307, 32
  %320 = getelementptr inbounds float, ptr %hs, i64 %319
  store <16 x float> %318, ptr %320, align 64, !nontemporal !0
  %321 = or disjoint i64 %i1.next.2, 240
  %322 = getelementptr inbounds float, ptr %work, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = or disjoint i64 %307, 48
  %325 = getelementptr inbounds float, ptr %hs, i64 %324
  store <16 x float> %323, ptr %325, align 64, !nontemporal !0
  %i1.next.3 = add nuw nsw i64 %i1.addr.0273, 4
  %exitcond356.not.3 = icmp eq i64 %i1.next.3, 64
  br i1 %exitcond356.not.3, label %endif, label %j1.head.preheader

i3.head.preheader:                                ; preds = %endif, %i11.exit
  %326 = phi i1 [ true, %endif ], [ false, %i11.exit ]
  %c.addr.0309 = phi i64 [ 0, %endif ], [ 32, %i11.exit ]
  br label %i3.body

c.exit:                                           ; preds = %i11.exit
  %ci.next = add nuw nsw i64 %ci.addr.0310, 1
  %exitcond361.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond361.not, label %i12.head.preheader, label %ci.body

i4.head.preheader:                                ; preds = %i3.body
  %327 = load <16 x float>, ptr %221, align 4
  %328 = load <16 x float>, ptr %223, align 4
  %329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %327, <16 x float> %328, <16 x float> zeroinitializer)
  %330 = load <16 x float>, ptr %225, align 4
  %331 = load <16 x float>, ptr %227, align 4
  %332 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %330, <16 x float> %331, <16 x float> %329)
  %333 = load <16 x float>, ptr %229, align 4
  %334 = load <16 x float>, ptr %231, align 4
  %335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %333, <16 x float> %334, <16 x float> %332)
  %336 = load <16 x float>, ptr %233, align 4
  %337 = load <16 x float>, ptr %235, align 4
  %338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %336, <16 x float> %337, <16 x float> %335)
  %339 = shufflevector <16 x float> %338, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %340 = shufflevector <16 x float> %338, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %341 = fadd <8 x float> %339, %340
  %342 = shufflevector <8 x float> %341, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %343 = shufflevector <8 x float> %341, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %344 = fadd <4 x float> %342, %343
  %345 = shufflevector <4 x float> %344, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %346 = shufflevector <4 x float> %344, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %347 = fadd <2 x float> %345, %346
  %348 = load <16 x float>, ptr %242, align 4
  %349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %327, <16 x float> %348, <16 x float> zeroinitializer)
  %350 = load <16 x float>, ptr %236, align 4
  %351 = load <16 x float>, ptr %243, align 4
  %352 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %350, <16 x float> %351, <16 x float> %349)
  %353 = load <16 x float>, ptr %237, align 4
  %354 = load <16 x float>, ptr %244, align 4
  %355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %353, <16 x float> %354, <16 x float> %352)
  %356 = load <16 x float>, ptr %238, align 4
  %357 = load <16 x float>, ptr %245, align 4
  %358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %356, <16 x float> %357, <16 x float> %355)
  %359 = shufflevector <16 x float> %358, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %360 = shufflevector <16 x float> %358, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %361 = fadd <8 x float> %359, %360
  %362 = shufflevector <8 x float> %361, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %363 = shufflevector <8 x float> %361, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %364 = fadd <4 x float> %362, %363
  %365 = shufflevector <4 x float> %364, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %366 = shufflevector <4 x float> %364, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %367 = fadd <2 x float> %365, %366
  %368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %348, <16 x float> zeroinitializer)
  %369 = load <16 x float>, ptr %239, align 4
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %351, <16 x float> %368)
  %371 = load <16 x float>, ptr %240, align 4
  %372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %371, <16 x float> %354, <16 x float> %370)
  %373 = load <16 x float>, ptr %241, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %373, <16 x float> %357, <16 x float> %372)
  %shift408 = shufflevector <2 x float> %347, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %375 = fadd <2 x float> %347, %shift408
  %shift409 = shufflevector <2 x float> %367, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %376 = fadd <2 x float> %367, %shift409
  %377 = shufflevector <16 x float> %374, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %378 = shufflevector <16 x float> %374, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %379 = fadd <8 x float> %377, %378
  %380 = shufflevector <8 x float> %379, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %381 = shufflevector <8 x float> %379, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %382 = fadd <4 x float> %380, %381
  %383 = shufflevector <4 x float> %382, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %384 = shufflevector <4 x float> %382, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %385 = fadd <2 x float> %383, %384
  %shift410 = shufflevector <2 x float> %385, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %386 = fadd <2 x float> %385, %shift410
  %387 = or disjoint i64 %c.addr.0309, %204
  %388 = getelementptr inbounds float, ptr %gep316, i64 %387
  %389 = load <16 x float>, ptr %388, align 4
  %390 = fsub <16 x float> %389, %462
  %391 = fmul <16 x float> %210, %390
  %392 = or disjoint i64 %c.addr.0309, 16
  %393 = or disjoint i64 %392, %204
  %394 = getelementptr inbounds float, ptr %gep316, i64 %393
  %395 = load <16 x float>, ptr %394, align 4
  %396 = fsub <16 x float> %395, %472
  %397 = fmul <16 x float> %210, %396
  %398 = or disjoint i64 %c.addr.0309, %215
  %399 = getelementptr inbounds float, ptr %gep316, i64 %398
  %400 = load <16 x float>, ptr %399, align 4
  %401 = shufflevector <2 x float> %375, <2 x float> poison, <16 x i32> zeroinitializer
  %402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %401, <16 x float> %391, <16 x float> %465)
  %403 = fsub <16 x float> %400, %402
  %404 = fmul <16 x float> %217, %403
  %405 = or disjoint i64 %392, %215
  %406 = getelementptr inbounds float, ptr %gep316, i64 %405
  %407 = load <16 x float>, ptr %406, align 4
  %408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %401, <16 x float> %397, <16 x float> %473)
  %409 = fsub <16 x float> %407, %408
  %410 = fmul <16 x float> %217, %409
  %411 = shufflevector <2 x float> %386, <2 x float> poison, <16 x i32> zeroinitializer
  %412 = shufflevector <2 x float> %376, <2 x float> poison, <16 x i32> zeroinitializer
  %413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %412, <16 x float> %391, <16 x float> %468)
  %414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %411, <16 x float> %404, <16 x float> %413)
  %415 = fmul <16 x float> %414, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %416 = or disjoint i64 %c.addr.0309, %218
  %417 = getelementptr inbounds float, ptr %oh, i64 %416
  store <16 x float> %415, ptr %417, align 4
  %418 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %412, <16 x float> %397, <16 x float> %474)
  %419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %411, <16 x float> %410, <16 x float> %418)
  %420 = fmul <16 x float> %419, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %421 = or disjoint i64 %392, %218
  %422 = getelementptr inbounds float, ptr %oh, i64 %421
  store <16 x float> %420, ptr %422, align 4
  br i1 %220, label %i7.head.preheader, label %i11.head.preheader

i3.body:                                          ; preds = %i3.body, %i3.head.preheader
  %acc.0280 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %462, %i3.body ]
  %acc1.0279 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %472, %i3.body ]
  %acc2.0278 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %465, %i3.body ]
  %acc3.0277 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %473, %i3.body ]
  %acc4.0276 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %468, %i3.body ]
  %acc5.0275 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %474, %i3.body ]
  %i3.addr.0274 = phi i64 [ 0, %i3.head.preheader ], [ %i3.next.1, %i3.body ]
  %423 = add nuw nsw i64 %i3.addr.0274, %204
  %424 = getelementptr inbounds float, ptr %gep314, i64 %423
  %425 = load float, ptr %424, align 4
  %426 = or disjoint i64 %423, 64
  %427 = getelementptr inbounds float, ptr %gep314, i64 %426
  %428 = load float, ptr %427, align 4
  %gep382 = getelementptr inbounds float, ptr %invariant.gep381, i64 %i3.addr.0274
  %429 = load float, ptr %gep382, align 4
  %430 = shl nuw nsw i64 %i3.addr.0274, 6
  %431 = or disjoint i64 %430, %c.addr.0309
  %432 = getelementptr inbounds float, ptr %work, i64 %431
  %433 = load <16 x float>, ptr %432, align 4
  %434 = insertelement <16 x float> poison, float %425, i64 0
  %435 = shufflevector <16 x float> %434, <16 x float> poison, <16 x i32> zeroinitializer
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %435, <16 x float> %433, <16 x float> %acc.0280)
  %437 = insertelement <16 x float> poison, float %428, i64 0
  %438 = shufflevector <16 x float> %437, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %433, <16 x float> %acc2.0278)
  %440 = insertelement <16 x float> poison, float %429, i64 0
  %441 = shufflevector <16 x float> %440, <16 x float> poison, <16 x i32> zeroinitializer
  %442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %441, <16 x float> %433, <16 x float> %acc4.0276)
  %443 = or disjoint i64 %431, 16
  %444 = getelementptr inbounds float, ptr %work, i64 %443
  %445 = load <16 x float>, ptr %444, align 4
  %446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %435, <16 x float> %445, <16 x float> %acc1.0279)
  %447 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %445, <16 x float> %acc3.0277)
  %448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %441, <16 x float> %445, <16 x float> %acc5.0275)
  %i3.next = or disjoint i64 %i3.addr.0274, 1
  %449 = add nuw nsw i64 %i3.next, %204
  %450 = getelementptr inbounds float, ptr %gep314, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = or disjoint i64 %449, 64
  %453 = getelementptr inbounds float, ptr %gep314, i64 %452
  %454 = load float, ptr %453, align 4
  %gep382.1 = getelementptr inbounds float, ptr %invariant.gep381, i64 %i3.next
  %455 = load float, ptr %gep382.1, align 4
  %456 = shl nuw nsw i64 %i3.next, 6
  %457 = or disjoint i64 %456, %c.addr.0309
  %458 = getelementptr inbounds float, ptr %work, i64 %457
  %459 = load <16 x float>, ptr %458, align 4
  %460 = insertelement <16 x float> poison, float %451, i64 0
  %461 = shufflevector <16 x float> %460, <16 x float> poison, <16 x i32> zeroinitializer
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %459, <16 x float> %436)
  %463 = insertelement <16 x float> poison, float %454, i64 0
  %464 = shufflevector <16 x float> %463, <16 x float> poison, <16 x i32> zeroinitializer
  %465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %464, <16 x float> %459, <16 x float> %439)
  %466 = insertelement <16 x float> poison, float %455, i64 0
  %467 = shufflevector <16 x float> %466, <16 x float> poison, <16 x i32> zeroinitializer
  %468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %467, <16 x float> %459, <16 x float> %442)
  %469 = or disjoint i64 %457, 16
  %470 = getelementptr inbounds float, ptr %work, i64 %469
  %471 = load <16 x float>, ptr %470, align 4
  %472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %471, <16 x float> %446)
  %473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %464, <16 x float> %471, <16 x float> %447)
  %474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %467, <16 x float> %471, <16 x float> %448)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0274, 2
  %exitcond357.not.1 = icmp eq i64 %i3.next.1, 64
  br i1 %exitcond357.not.1, label %i4.head.preheader, label %i3.body

i11.head.preheader:                               ; preds = %i8.head.preheader, %i4.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %410, %i4.head.preheader ], [ %596, %i8.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %404, %i4.head.preheader ], [ %590, %i8.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %397, %i4.head.preheader ], [ %576, %i8.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %391, %i4.head.preheader ], [ %571, %i8.head.preheader ]
  br label %i11.body

i7.head.preheader:                                ; preds = %i4.head.preheader, %i8.head.preheader
  %delta.0304 = phi <16 x float> [ %571, %i8.head.preheader ], [ %391, %i4.head.preheader ]
  %delta1.0303 = phi <16 x float> [ %576, %i8.head.preheader ], [ %397, %i4.head.preheader ]
  %delta2.0302 = phi <16 x float> [ %590, %i8.head.preheader ], [ %404, %i4.head.preheader ]
  %delta3.0301 = phi <16 x float> [ %596, %i8.head.preheader ], [ %410, %i4.head.preheader ]
  %t1.addr.0300 = phi i64 [ %t1.next, %i8.head.preheader ], [ %219, %i4.head.preheader ]
  %475 = shl i64 %t1.addr.0300, 7
  %invariant.gep383 = getelementptr float, ptr %gep314, i64 %475
  %.idx324 = shl nsw i64 %t1.addr.0300, 8
  %invariant.gep385 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx324
  br label %i7.body

i8.head.preheader:                                ; preds = %i7.body
  %476 = getelementptr inbounds float, ptr %gep314, i64 %475
  %477 = load <16 x float>, ptr %476, align 4
  %478 = or disjoint i64 %475, 64
  %479 = getelementptr inbounds float, ptr %gep314, i64 %478
  %480 = load <16 x float>, ptr %479, align 4
  %481 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %477, <16 x float> %480, <16 x float> zeroinitializer)
  %482 = or disjoint i64 %475, 16
  %483 = getelementptr inbounds float, ptr %gep314, i64 %482
  %484 = load <16 x float>, ptr %483, align 4
  %485 = or disjoint i64 %475, 80
  %486 = getelementptr inbounds float, ptr %gep314, i64 %485
  %487 = load <16 x float>, ptr %486, align 4
  %488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %484, <16 x float> %487, <16 x float> %481)
  %489 = or disjoint i64 %475, 32
  %490 = getelementptr inbounds float, ptr %gep314, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %475, 96
  %493 = getelementptr inbounds float, ptr %gep314, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %494, <16 x float> %488)
  %496 = or disjoint i64 %475, 48
  %497 = getelementptr inbounds float, ptr %gep314, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = or disjoint i64 %475, 112
  %500 = getelementptr inbounds float, ptr %gep314, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %498, <16 x float> %501, <16 x float> %495)
  %503 = shufflevector <16 x float> %502, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %504 = shufflevector <16 x float> %502, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %505 = fadd <8 x float> %503, %504
  %506 = shufflevector <8 x float> %505, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %507 = shufflevector <8 x float> %505, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %508 = fadd <4 x float> %506, %507
  %509 = shufflevector <4 x float> %508, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %510 = shufflevector <4 x float> %508, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %511 = fadd <2 x float> %509, %510
  %.idx325 = shl i64 %t1.addr.0300, 9
  %512 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx324
  %513 = load <16 x float>, ptr %512, align 4
  %514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %477, <16 x float> %513, <16 x float> zeroinitializer)
  %515 = getelementptr i8, ptr %10, i64 %.idx325
  %516 = load <16 x float>, ptr %515, align 4
  %517 = getelementptr inbounds i8, ptr %11, i64 %.idx324
  %518 = load <16 x float>, ptr %517, align 4
  %519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %516, <16 x float> %518, <16 x float> %514)
  %520 = getelementptr i8, ptr %12, i64 %.idx325
  %521 = load <16 x float>, ptr %520, align 4
  %522 = getelementptr inbounds i8, ptr %13, i64 %.idx324
  %523 = load <16 x float>, ptr %522, align 4
  %524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %521, <16 x float> %523, <16 x float> %519)
  %525 = getelementptr i8, ptr %14, i64 %.idx325
  %526 = load <16 x float>, ptr %525, align 4
  %527 = getelementptr inbounds i8, ptr %15, i64 %.idx324
  %528 = load <16 x float>, ptr %527, align 4
  %529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %526, <16 x float> %528, <16 x float> %524)
  %530 = shufflevector <16 x float> %529, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %531 = shufflevector <16 x float> %529, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %532 = fadd <8 x float> %530, %531
  %533 = shufflevector <8 x float> %532, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %534 = shufflevector <8 x float> %532, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %535 = fadd <4 x float> %533, %534
  %536 = shufflevector <4 x float> %535, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %537 = shufflevector <4 x float> %535, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %538 = fadd <2 x float> %536, %537
  %539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %480, <16 x float> %513, <16 x float> zeroinitializer)
  %540 = getelementptr i8, ptr %515, i64 256
  %541 = load <16 x float>, ptr %540, align 4
  %542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %541, <16 x float> %518, <16 x float> %539)
  %543 = getelementptr i8, ptr %520, i64 256
  %544 = load <16 x float>, ptr %543, align 4
  %545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %544, <16 x float> %523, <16 x float> %542)
  %546 = getelementptr i8, ptr %525, i64 256
  %547 = load <16 x float>, ptr %546, align 4
  %548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %547, <16 x float> %528, <16 x float> %545)
  %shift411 = shufflevector <2 x float> %511, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %549 = fadd <2 x float> %511, %shift411
  %shift412 = shufflevector <2 x float> %538, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %550 = fadd <2 x float> %538, %shift412
  %551 = shufflevector <16 x float> %548, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %552 = shufflevector <16 x float> %548, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %553 = fadd <8 x float> %551, %552
  %554 = shufflevector <8 x float> %553, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %555 = shufflevector <8 x float> %553, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %556 = fadd <4 x float> %554, %555
  %557 = shufflevector <4 x float> %556, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %558 = shufflevector <4 x float> %556, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %559 = fadd <2 x float> %557, %558
  %shift413 = shufflevector <2 x float> %559, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %560 = fadd <2 x float> %559, %shift413
  %561 = shl nuw nsw i64 %t1.addr.0300, 1
  %562 = mul nsw i64 %561, %H
  %563 = getelementptr inbounds float, ptr %betah, i64 %562
  %564 = load float, ptr %563, align 4
  %565 = or disjoint i64 %475, %c.addr.0309
  %566 = getelementptr inbounds float, ptr %gep316, i64 %565
  %567 = load <16 x float>, ptr %566, align 4
  %568 = fsub <16 x float> %567, %634
  %569 = insertelement <16 x float> poison, float %564, i64 0
  %570 = shufflevector <16 x float> %569, <16 x float> poison, <16 x i32> zeroinitializer
  %571 = fmul <16 x float> %570, %568
  %572 = or disjoint i64 %475, %392
  %573 = getelementptr inbounds float, ptr %gep316, i64 %572
  %574 = load <16 x float>, ptr %573, align 4
  %575 = fsub <16 x float> %574, %646
  %576 = fmul <16 x float> %570, %575
  %577 = or disjoint i64 %561, 1
  %578 = mul nsw i64 %577, %H
  %579 = getelementptr inbounds float, ptr %betah, i64 %578
  %580 = load float, ptr %579, align 4
  %581 = shl nsw i64 %577, 6
  %582 = or disjoint i64 %581, %c.addr.0309
  %583 = getelementptr inbounds float, ptr %gep316, i64 %582
  %584 = load <16 x float>, ptr %583, align 4
  %585 = shufflevector <2 x float> %549, <2 x float> poison, <16 x i32> zeroinitializer
  %586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %585, <16 x float> %571, <16 x float> %637)
  %587 = fsub <16 x float> %584, %586
  %588 = insertelement <16 x float> poison, float %580, i64 0
  %589 = shufflevector <16 x float> %588, <16 x float> poison, <16 x i32> zeroinitializer
  %590 = fmul <16 x float> %589, %587
  %591 = or disjoint i64 %581, %392
  %592 = getelementptr inbounds float, ptr %gep316, i64 %591
  %593 = load <16 x float>, ptr %592, align 4
  %594 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %585, <16 x float> %576, <16 x float> %647)
  %595 = fsub <16 x float> %593, %594
  %596 = fmul <16 x float> %589, %595
  %597 = shufflevector <2 x float> %560, <2 x float> poison, <16 x i32> zeroinitializer
  %598 = shufflevector <2 x float> %550, <2 x float> poison, <16 x i32> zeroinitializer
  %599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %598, <16 x float> %571, <16 x float> %640)
  %600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %597, <16 x float> %590, <16 x float> %599)
  %601 = fmul <16 x float> %600, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %602 = mul nsw i64 %t1.addr.0300, %sv
  %603 = or disjoint i64 %602, %c.addr.0309
  %604 = getelementptr inbounds float, ptr %oh, i64 %603
  store <16 x float> %601, ptr %604, align 4
  %605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %598, <16 x float> %576, <16 x float> %648)
  %606 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %597, <16 x float> %596, <16 x float> %605)
  %607 = fmul <16 x float> %606, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %608 = or disjoint i64 %602, %392
  %609 = getelementptr inbounds float, ptr %oh, i64 %608
  store <16 x float> %607, ptr %609, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0300, 1
  %610 = icmp slt i64 %t1.next, %t1
  br i1 %610, label %i7.head.preheader, label %i11.head.preheader

i7.body:                                          ; preds = %i7.head.preheader, %i7.body
  %i7.addr.0293 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next, %i7.body ]
  %acc14.0292 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %648, %i7.body ]
  %acc13.0291 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %640, %i7.body ]
  %acc12.0290 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %647, %i7.body ]
  %acc11.0289 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %637, %i7.body ]
  %acc10.0288 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %646, %i7.body ]
  %acc9.0287 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %634, %i7.body ]
  %gep384 = getelementptr float, ptr %invariant.gep383, i64 %i7.addr.0293
  %611 = getelementptr i8, ptr %gep384, i64 -512
  %612 = load float, ptr %611, align 4
  %613 = getelementptr i8, ptr %gep384, i64 -256
  %614 = load float, ptr %613, align 4
  %615 = or disjoint i64 %i7.addr.0293, %475
  %616 = getelementptr inbounds float, ptr %gep314, i64 %615
  %617 = load float, ptr %616, align 4
  %618 = or disjoint i64 %615, 64
  %619 = getelementptr inbounds float, ptr %gep314, i64 %618
  %620 = load float, ptr %619, align 4
  %gep386 = getelementptr inbounds float, ptr %invariant.gep385, i64 %i7.addr.0293
  %621 = load float, ptr %gep386, align 4
  %622 = insertelement <16 x float> poison, float %614, i64 0
  %623 = shufflevector <16 x float> %622, <16 x float> poison, <16 x i32> zeroinitializer
  %624 = insertelement <16 x float> poison, float %612, i64 0
  %625 = shufflevector <16 x float> %624, <16 x float> poison, <16 x i32> zeroinitializer
  %626 = shl nuw nsw i64 %i7.addr.0293, 6
  %627 = or disjoint i64 %626, %c.addr.0309
  %628 = getelementptr inbounds float, ptr %work, i64 %627
  %629 = load <16 x float>, ptr %628, align 4
  %630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %625, <16 x float> %delta.0304, <16 x float> %629)
  %631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %623, <16 x float> %delta2.0302, <16 x float> %630)
  store <16 x float> %631, ptr %628, align 4
  %632 = insertelement <16 x float> poison, float %617, i64 0
  %633 = shufflevector <16 x float> %632, <16 x float> poison, <16 x i32> zeroinitializer
  %634 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %633, <16 x float> %631, <16 x float> %acc9.0287)
  %635 = insertelement <16 x float> poison, float %620, i64 0
  %636 = shufflevector <16 x float> %635, <16 x float> poison, <16 x i32> zeroinitializer
  %637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %636, <16 x float> %631, <16 x float> %acc11.0289)
  %638 = insertelement <16 x float> poison, float %621, i64 0
  %639 = shufflevector <16 x float> %638, <16 x float> poison, <16 x i32> zeroinitializer
  %640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %639, <16 x float> %631, <16 x float> %acc13.0291)
  %641 = or disjoint i64 %626, %392
  %642 = getelementptr inbounds float, ptr %work, i64 %641
  %643 = load <16 x float>, ptr %642, align 4
  %644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %625, <16 x float> %delta1.0303, <16 x float> %643)
  %645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %623, <16 x float> %delta3.0301, <16 x float> %644)
  store <16 x float> %645, ptr %642, align 4
  %646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %633, <16 x float> %645, <16 x float> %acc10.0288)
  %647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %636, <16 x float> %645, <16 x float> %acc12.0290)
  %648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %639, <16 x float> %645, <16 x float> %acc14.0292)
  %i7.next = add nuw nsw i64 %i7.addr.0293, 1
  %exitcond358.not = icmp eq i64 %i7.next, 64
  br i1 %exitcond358.not, label %i8.head.preheader, label %i7.body

i11.body:                                         ; preds = %i11.body, %i11.head.preheader
  %i11.addr.0308 = phi i64 [ 0, %i11.head.preheader ], [ %i11.next.1, %i11.body ]
  %gep388 = getelementptr float, ptr %invariant.gep387, i64 %i11.addr.0308
  %649 = getelementptr i8, ptr %gep388, i64 -512
  %650 = load float, ptr %649, align 4
  %651 = getelementptr i8, ptr %gep388, i64 -256
  %652 = load float, ptr %651, align 4
  %653 = insertelement <16 x float> poison, float %652, i64 0
  %654 = shufflevector <16 x float> %653, <16 x float> poison, <16 x i32> zeroinitializer
  %655 = insertelement <16 x float> poison, float %650, i64 0
  %656 = shufflevector <16 x float> %655, <16 x float> poison, <16 x i32> zeroinitializer
  %657 = shl nuw nsw i64 %i11.addr.0308, 6
  %658 = or disjoint i64 %657, %c.addr.0309
  %659 = getelementptr inbounds float, ptr %work, i64 %658
  %660 = load <16 x float>, ptr %659, align 4
  %661 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %656, <16 x float> %delta.0.lcssa, <16 x float> %660)
  %662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %654, <16 x float> %delta2.0.lcssa, <16 x float> %661)
  store <16 x float> %662, ptr %659, align 4
  %663 = or disjoint i64 %657, %392
  %664 = getelementptr inbounds float, ptr %work, i64 %663
  %665 = load <16 x float>, ptr %664, align 4
  %666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %656, <16 x float> %delta1.0.lcssa, <16 x float> %665)
  %667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %654, <16 x float> %delta3.0.lcssa, <16 x float> %666)
  store <16 x float> %667, ptr %664, align 4
  %i11.next = or disjoint i64 %i11.addr.0308, 1
  %gep388.1 = getelementptr float, ptr %invariant.gep387, i64 %i11.next
  %668 = getelementptr i8, ptr %gep388.1, i64 -512
  %669 = load float, ptr %668, align 4
  %670 = getelementptr i8, ptr %gep388.1, i64 -256
  %671 = load float, ptr %670, align 4
  %672 = insertelement <16 x float> poison, float %671, i64 0
  %673 = shufflevector <16 x float> %672, <16 x float> poison, <16 x i32> zeroinitializer
  %674 = insertelement <16 x float> poison, float %669, i64 0
  %675 = shufflevector <16 x float> %674, <16 x float> poison, <16 x i32> zeroinitializer
  %676 = shl nuw nsw i64 %i11.next, 6
  %677 = or disjoint i64 %676, %c.addr.0309
  %678 = getelementptr inbounds float, ptr %work, i64 %677
  %679 = load <16 x float>, ptr %678, align 4
  %680 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %675, <16 x float> %delta.0.lcssa, <16 x float> %679)
  %681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %673, <16 x float> %delta2.0.lcssa, <16 x float> %680)
  store <16 x float> %681, ptr %678, align 4
  %682 = or disjoint i64 %676, %392
  %683 = getelementptr inbounds float, ptr %work, i64 %682
  %684 = load <16 x float>, ptr %683, align 4
  %685 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %675, <16 x float> %delta1.0.lcssa, <16 x float> %684)
  %686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %673, <16 x float> %delta3.0.lcssa, <16 x float> %685)
  store <16 x float> %686, ptr %683, align 4
  %i11.next.1 = add nuw nsw i64 %i11.addr.0308, 2
  %exitcond359.not.1 = icmp eq i64 %i11.next.1, 64
  br i1 %exitcond359.not.1, label %i11.exit, label %i11.body

i11.exit:                                         ; preds = %i11.body
  br i1 %326, label %i3.head.preheader, label %c.exit
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
; ---- dp_bwd_h2_k64_v64_c16_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k64_v64_c16_nogate_l2norm'
source_filename = "dp_bwd_h2_k64_v64_c16_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h2_k64_v64_c16_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep3307 = getelementptr i8, ptr %work, i64 197312
  %1 = shl i64 %H, 1
  %sv1 = shl nsw i64 %H, 6
  %2 = shl nsw i64 %T, 6
  %gep3302 = getelementptr float, ptr %invariant.gep3307, i64 %2
  %3 = mul nsw i64 %T, 192
  %gep3304 = getelementptr float, ptr %invariant.gep3307, i64 %3
  %.idx2955 = mul i64 %T, 1280
  %gep3306 = getelementptr i8, ptr %invariant.gep3307, i64 %.idx2955
  %dak = getelementptr float, ptr %gep3306, i64 %2
  %dav = getelementptr float, ptr %gep3306, i64 %3
  %.idx = mul i64 %T, 2560
  %gep3308 = getelementptr i8, ptr %invariant.gep3307, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep3308, i64 %T
  %4 = icmp sgt i64 %T, 0
  %5 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 77824
  %Bk = getelementptr inbounds i8, ptr %work, i64 32768
  %Gm = getelementptr inbounds i8, ptr %work, i64 141312
  %KSdS = getelementptr inbounds i8, ptr %work, i64 145408
  %KT = getelementptr inbounds i8, ptr %work, i64 124928
  %M = getelementptr inbounds i8, ptr %work, i64 194176
  %OY = getelementptr inbounds i8, ptr %work, i64 112640
  %PT = getelementptr inbounds i8, ptr %work, i64 186368
  %QK = getelementptr inbounds i8, ptr %work, i64 100352
  %QcT = getelementptr inbounds i8, ptr %work, i64 133120
  %Rr = getelementptr inbounds i8, ptr %work, i64 161792
  %Vn = getelementptr inbounds i8, ptr %work, i64 169984
  %VnT = getelementptr inbounds i8, ptr %work, i64 178176
  %bet = getelementptr inbounds i8, ptr %work, i64 192512
  %dOT = getelementptr inbounds i8, ptr %work, i64 137216
  %dQc = getelementptr inbounds i8, ptr %work, i64 188416
  %dbet = getelementptr i8, ptr %work, i64 192640
  %6 = add nsw i64 %T, 15
  %nc = sdiv i64 %6, 16
  %invariant.gep3238 = getelementptr i8, ptr %work, i64 78400
  %7 = add nsw i64 %bh0, 1
  %8 = mul i64 %nc, %7
  %9 = shl i64 %8, 14
  %10 = add i64 %9, -16384
  %11 = shl i64 %nc, 14
  %12 = shl nsw i64 %nc, 4
  %13 = add i64 %12, 72057594037927920
  %14 = mul i64 %13, %H
  %15 = mul i64 %H, -4096
  %16 = shl i64 %H, 8
  %17 = add i64 %T, 16
  %18 = sub i64 %17, %12
  %smax3610 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %20 = getelementptr inbounds i8, ptr %work, i64 194184
  %21 = getelementptr inbounds i8, ptr %work, i64 194208
  %22 = getelementptr inbounds i8, ptr %work, i64 194216
  %23 = getelementptr inbounds i8, ptr %work, i64 194232
  %24 = getelementptr inbounds i8, ptr %work, i64 194236
  %25 = getelementptr inbounds i8, ptr %work, i64 194240
  %26 = getelementptr inbounds i8, ptr %work, i64 194272
  %invariant.gep3824 = getelementptr i8, ptr %work, i64 112640
  %invariant.gep3826 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3828 = getelementptr i8, ptr %work, i64 100352
  %invariant.gep3830 = getelementptr i8, ptr %work, i64 69632
  %invariant.gep3832 = getelementptr i8, ptr %work, i64 104448
  %invariant.gep3834 = getelementptr i8, ptr %work, i64 161792
  %invariant.gep3836 = getelementptr i8, ptr %work, i64 69888
  %invariant.gep3838 = getelementptr i8, ptr %work, i64 104704
  %invariant.gep3840 = getelementptr i8, ptr %work, i64 162048
  %27 = getelementptr i8, ptr %work, i64 197376
  %28 = getelementptr i8, ptr %work, i64 197440
  %29 = getelementptr i8, ptr %work, i64 197504
  %invariant.gep3842 = getelementptr inbounds i8, ptr %work, i64 69632
  %invariant.gep3844 = getelementptr inbounds i8, ptr %work, i64 104448
  %30 = getelementptr i8, ptr %gep3302, i64 64
  %invariant.gep3846 = getelementptr inbounds i8, ptr %work, i64 69696
  %invariant.gep3848 = getelementptr inbounds i8, ptr %work, i64 104512
  %31 = getelementptr i8, ptr %gep3302, i64 128
  %invariant.gep3850 = getelementptr inbounds i8, ptr %work, i64 69760
  %invariant.gep3852 = getelementptr inbounds i8, ptr %work, i64 104576
  %32 = getelementptr i8, ptr %gep3302, i64 192
  %invariant.gep3854 = getelementptr inbounds i8, ptr %work, i64 69824
  %invariant.gep3856 = getelementptr inbounds i8, ptr %work, i64 104640
  %33 = getelementptr i8, ptr %gep3304, i64 64
  %34 = getelementptr inbounds i8, ptr %work, i64 161856
  %35 = getelementptr i8, ptr %gep3304, i64 128
  %36 = getelementptr inbounds i8, ptr %work, i64 161920
  %37 = getelementptr i8, ptr %gep3304, i64 192
  %38 = getelementptr inbounds i8, ptr %work, i64 161984
  %invariant.gep3858 = getelementptr inbounds i8, ptr %work, i64 69632
  %invariant.gep3860 = getelementptr inbounds i8, ptr %work, i64 104448
  %invariant.gep3862 = getelementptr inbounds i8, ptr %work, i64 69696
  %invariant.gep3864 = getelementptr inbounds i8, ptr %work, i64 104512
  %invariant.gep3866 = getelementptr inbounds i8, ptr %work, i64 69760
  %invariant.gep3868 = getelementptr inbounds i8, ptr %work, i64 104576
  %invariant.gep3870 = getelementptr inbounds i8, ptr %work, i64 69824
  %invariant.gep3872 = getelementptr inbounds i8, ptr %work, i64 104640
  %39 = getelementptr inbounds i8, ptr %work, i64 161856
  %40 = getelementptr inbounds i8, ptr %work, i64 145472
  %41 = getelementptr inbounds i8, ptr %work, i64 161920
  %42 = getelementptr inbounds i8, ptr %work, i64 145536
  %43 = getelementptr inbounds i8, ptr %work, i64 161984
  %44 = getelementptr inbounds i8, ptr %work, i64 145600
  %45 = getelementptr inbounds i8, ptr %work, i64 186432
  %46 = getelementptr inbounds i8, ptr %work, i64 186496
  %47 = getelementptr inbounds i8, ptr %work, i64 194240
  %48 = getelementptr inbounds i8, ptr %work, i64 186560
  %49 = getelementptr inbounds i8, ptr %work, i64 186624
  %50 = getelementptr inbounds i8, ptr %work, i64 194304
  %51 = getelementptr inbounds i8, ptr %work, i64 186688
  %52 = getelementptr inbounds i8, ptr %work, i64 186752
  %53 = getelementptr inbounds i8, ptr %work, i64 194368
  %54 = getelementptr inbounds i8, ptr %work, i64 186816
  %55 = getelementptr inbounds i8, ptr %work, i64 186880
  %56 = getelementptr inbounds i8, ptr %work, i64 194432
  %57 = getelementptr inbounds i8, ptr %work, i64 186944
  %58 = getelementptr inbounds i8, ptr %work, i64 187008
  %59 = getelementptr inbounds i8, ptr %work, i64 194496
  %60 = getelementptr inbounds i8, ptr %work, i64 187072
  %61 = getelementptr inbounds i8, ptr %work, i64 187136
  %62 = getelementptr inbounds i8, ptr %work, i64 194560
  %63 = getelementptr inbounds i8, ptr %work, i64 187200
  %64 = getelementptr inbounds i8, ptr %work, i64 187264
  %65 = getelementptr inbounds i8, ptr %work, i64 194624
  %66 = getelementptr inbounds i8, ptr %work, i64 187328
  %67 = getelementptr inbounds i8, ptr %work, i64 187392
  %68 = getelementptr inbounds i8, ptr %work, i64 194688
  %69 = getelementptr inbounds i8, ptr %work, i64 187456
  %70 = getelementptr inbounds i8, ptr %work, i64 187520
  %71 = getelementptr inbounds i8, ptr %work, i64 194752
  %72 = getelementptr inbounds i8, ptr %work, i64 187584
  %73 = getelementptr inbounds i8, ptr %work, i64 187648
  %74 = getelementptr inbounds i8, ptr %work, i64 194816
  %75 = getelementptr inbounds i8, ptr %work, i64 187712
  %76 = getelementptr inbounds i8, ptr %work, i64 187776
  %77 = getelementptr inbounds i8, ptr %work, i64 194880
  %78 = getelementptr inbounds i8, ptr %work, i64 187840
  %79 = getelementptr inbounds i8, ptr %work, i64 187904
  %80 = getelementptr inbounds i8, ptr %work, i64 194944
  %81 = getelementptr inbounds i8, ptr %work, i64 187968
  %82 = getelementptr inbounds i8, ptr %work, i64 188032
  %83 = getelementptr inbounds i8, ptr %work, i64 195008
  %84 = getelementptr inbounds i8, ptr %work, i64 188096
  %85 = getelementptr inbounds i8, ptr %work, i64 188160
  %86 = getelementptr inbounds i8, ptr %work, i64 195072
  %87 = getelementptr inbounds i8, ptr %work, i64 188224
  %88 = getelementptr inbounds i8, ptr %work, i64 188288
  %89 = getelementptr inbounds i8, ptr %work, i64 195136
  %90 = getelementptr inbounds i8, ptr %work, i64 188352
  %invariant.gep3884 = getelementptr inbounds i8, ptr %work, i64 145664
  %invariant.gep3886 = getelementptr inbounds i8, ptr %work, i64 116736
  %invariant.gep3890 = getelementptr inbounds i8, ptr %work, i64 116800
  %invariant.gep3894 = getelementptr inbounds i8, ptr %work, i64 116864
  %invariant.gep3898 = getelementptr inbounds i8, ptr %work, i64 116928
  %91 = getelementptr inbounds i8, ptr %work, i64 78336
  %92 = getelementptr inbounds i8, ptr %work, i64 79040
  %93 = getelementptr inbounds i8, ptr %work, i64 79744
  %94 = getelementptr inbounds i8, ptr %work, i64 80448
  %95 = getelementptr inbounds i8, ptr %work, i64 81152
  %96 = getelementptr inbounds i8, ptr %work, i64 81856
  %97 = getelementptr inbounds i8, ptr %work, i64 82560
  %98 = getelementptr inbounds i8, ptr %work, i64 83264
  %99 = getelementptr inbounds i8, ptr %work, i64 83968
  %100 = getelementptr inbounds i8, ptr %work, i64 84672
  %101 = getelementptr inbounds i8, ptr %work, i64 85376
  %102 = getelementptr inbounds i8, ptr %work, i64 86080
  %103 = getelementptr inbounds i8, ptr %work, i64 86784
  %104 = getelementptr inbounds i8, ptr %work, i64 87488
  %105 = getelementptr inbounds i8, ptr %work, i64 88192
  %106 = getelementptr inbounds i8, ptr %work, i64 88896
  %107 = getelementptr inbounds i8, ptr %work, i64 89600
  %108 = getelementptr inbounds i8, ptr %work, i64 90304
  %109 = getelementptr inbounds i8, ptr %work, i64 91008
  %110 = getelementptr inbounds i8, ptr %work, i64 91712
  %111 = getelementptr inbounds i8, ptr %work, i64 92416
  %112 = getelementptr inbounds i8, ptr %work, i64 93120
  %113 = getelementptr inbounds i8, ptr %work, i64 93824
  %114 = getelementptr inbounds i8, ptr %work, i64 94528
  %115 = getelementptr inbounds i8, ptr %work, i64 95232
  %116 = getelementptr inbounds i8, ptr %work, i64 95936
  %117 = getelementptr inbounds i8, ptr %work, i64 96640
  %118 = getelementptr inbounds i8, ptr %work, i64 97344
  %119 = getelementptr inbounds i8, ptr %work, i64 98048
  %120 = getelementptr inbounds i8, ptr %work, i64 98752
  %121 = getelementptr inbounds i8, ptr %work, i64 99456
  %122 = getelementptr inbounds i8, ptr %work, i64 100160
  %123 = getelementptr inbounds i8, ptr %work, i64 79744
  %124 = getelementptr inbounds i8, ptr %work, i64 80448
  %125 = getelementptr inbounds i8, ptr %work, i64 81152
  %126 = getelementptr inbounds i8, ptr %work, i64 81856
  %127 = getelementptr inbounds i8, ptr %work, i64 82560
  %128 = getelementptr inbounds i8, ptr %work, i64 83264
  %129 = getelementptr inbounds i8, ptr %work, i64 85376
  %130 = getelementptr inbounds i8, ptr %work, i64 86080
  %131 = getelementptr inbounds i8, ptr %work, i64 86784
  %132 = getelementptr inbounds i8, ptr %work, i64 87488
  %133 = getelementptr inbounds i8, ptr %work, i64 88192
  %134 = getelementptr inbounds i8, ptr %work, i64 88896
  %135 = getelementptr inbounds i8, ptr %work, i64 91008
  %136 = getelementptr inbounds i8, ptr %work, i64 91712
  %137 = getelementptr inbounds i8, ptr %work, i64 92416
  %138 = getelementptr inbounds i8, ptr %work, i64 93120
  %139 = getelementptr inbounds i8, ptr %work, i64 93824
  %140 = getelementptr inbounds i8, ptr %work, i64 94528
  %141 = getelementptr inbounds i8, ptr %work, i64 96640
  %142 = getelementptr inbounds i8, ptr %work, i64 97344
  %143 = getelementptr inbounds i8, ptr %work, i64 98048
  %144 = getelementptr inbounds i8, ptr %work, i64 98752
  %145 = getelementptr inbounds i8, ptr %work, i64 99456
  %146 = getelementptr inbounds i8, ptr %work, i64 100160
  %invariant.gep3900 = getelementptr inbounds i8, ptr %work, i64 116736
  %147 = getelementptr i8, ptr %dav, i64 64
  %148 = getelementptr i8, ptr %dav, i64 128
  %149 = getelementptr i8, ptr %dav, i64 192
  %invariant.gep3908 = getelementptr inbounds i8, ptr %work, i64 116736
  %invariant.gep3918 = getelementptr inbounds i8, ptr %work, i64 78400
  %invariant.gep3022.1 = getelementptr inbounds i8, ptr %work, i64 124992
  %invariant.gep3888 = getelementptr inbounds i8, ptr %work, i64 145728
  %invariant.gep3892 = getelementptr inbounds i8, ptr %work, i64 145792
  %invariant.gep3896 = getelementptr inbounds i8, ptr %work, i64 145856
  %invariant.gep3902 = getelementptr inbounds i8, ptr %work, i64 116800
  %invariant.gep3904 = getelementptr inbounds i8, ptr %work, i64 116864
  %invariant.gep3906 = getelementptr inbounds i8, ptr %work, i64 116928
  %invariant.gep3910 = getelementptr inbounds i8, ptr %work, i64 116800
  %invariant.gep3912 = getelementptr inbounds i8, ptr %work, i64 116864
  %invariant.gep3914 = getelementptr inbounds i8, ptr %work, i64 116928
  %invariant.gep3225.1 = getelementptr inbounds i8, ptr %work, i64 178240
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i53.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i53.exit ]
  %bh.addr.03309 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i53.exit ]
  %150 = add i64 %indvar, %bh0
  %151 = shl i64 %150, 14
  %152 = mul i64 %11, %indvar
  %153 = add i64 %10, %152
  %b = sdiv i64 %bh.addr.03309, %H
  %h = srem i64 %bh.addr.03309, %H
  %154 = mul i64 %b, %T
  %155 = mul i64 %154, %H
  %bT = add i64 %155, %h
  %156 = mul i64 %1, %154
  %bTn = add nsw i64 %156, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %oh.idx = shl i64 %bT, 8
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
  br i1 %4, label %t.body.lr.ph, label %t.exit

t.body.lr.ph:                                     ; preds = %bh.body
  %157 = shl nsw i64 %h, 6
  %invariant.gep2971 = getelementptr float, ptr %q, i64 %157
  %invariant.gep2973 = getelementptr float, ptr %k, i64 %157
  %invariant.gep2975 = getelementptr float, ptr %v, i64 %157
  %158 = add nsw i64 %h, %H
  %159 = shl nsw i64 %158, 6
  %invariant.gep2977 = getelementptr float, ptr %k, i64 %159
  %invariant.gep2979 = getelementptr float, ptr %v, i64 %159
  br label %t.body

bh.exit:                                          ; preds = %i53.exit, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02970 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %160 = add nuw nsw i64 %t.addr.02970, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %160, i64 %5)
  %161 = add nsw i64 %tp, %154
  %162 = mul nsw i64 %161, %q_ts
  %gep2972 = getelementptr float, ptr %invariant.gep2971, i64 %162
  tail call void @llvm.prefetch.p0(ptr %gep2972, i32 0, i32 2, i32 1)
  %163 = getelementptr i8, ptr %gep2972, i64 64
  tail call void @llvm.prefetch.p0(ptr %163, i32 0, i32 2, i32 1)
  %164 = getelementptr i8, ptr %gep2972, i64 128
  tail call void @llvm.prefetch.p0(ptr %164, i32 0, i32 2, i32 1)
  %165 = getelementptr i8, ptr %gep2972, i64 192
  tail call void @llvm.prefetch.p0(ptr %165, i32 0, i32 2, i32 1)
  %166 = mul nsw i64 %161, %k_ts
  %gep2974 = getelementptr float, ptr %invariant.gep2973, i64 %166
  tail call void @llvm.prefetch.p0(ptr %gep2974, i32 0, i32 2, i32 1)
  %167 = getelementptr i8, ptr %gep2974, i64 64
  tail call void @llvm.prefetch.p0(ptr %167, i32 0, i32 2, i32 1)
  %168 = getelementptr i8, ptr %gep2974, i64 128
  tail call void @llvm.prefetch.p0(ptr %168, i32 0, i32 2, i32 1)
  %169 = getelementptr i8, ptr %gep2974, i64 192
  tail call void @llvm.prefetch.p0(ptr %169, i32 0, i32 2, i32 1)
  %170 = mul nsw i64 %161, %v_ts
  %gep2976 = getelementptr float, ptr %invariant.gep2975, i64 %170
  tail call void @llvm.prefetch.p0(ptr %gep2976, i32 0, i32 2, i32 1)
  %171 = getelementptr i8, ptr %gep2976, i64 64
  tail call void @llvm.prefetch.p0(ptr %171, i32 0, i32 2, i32 1)
  %172 = getelementptr i8, ptr %gep2976, i64 128
  tail call void @llvm.prefetch.p0(ptr %172, i32 0, i32 2, i32 1)
  %173 = getelementptr i8, ptr %gep2976, i64 192
  tail call void @llvm.prefetch.p0(ptr %173, i32 0, i32 2, i32 1)
  %gep2978 = getelementptr float, ptr %invariant.gep2977, i64 %166
  tail call void @llvm.prefetch.p0(ptr %gep2978, i32 0, i32 2, i32 1)
  %174 = getelementptr i8, ptr %gep2978, i64 64
  tail call void @llvm.prefetch.p0(ptr %174, i32 0, i32 2, i32 1)
  %175 = getelementptr i8, ptr %gep2978, i64 128
  tail call void @llvm.prefetch.p0(ptr %175, i32 0, i32 2, i32 1)
  %176 = getelementptr i8, ptr %gep2978, i64 192
  tail call void @llvm.prefetch.p0(ptr %176, i32 0, i32 2, i32 1)
  %gep2980 = getelementptr float, ptr %invariant.gep2979, i64 %170
  tail call void @llvm.prefetch.p0(ptr %gep2980, i32 0, i32 2, i32 1)
  %177 = getelementptr i8, ptr %gep2980, i64 64
  tail call void @llvm.prefetch.p0(ptr %177, i32 0, i32 2, i32 1)
  %178 = getelementptr i8, ptr %gep2980, i64 128
  tail call void @llvm.prefetch.p0(ptr %178, i32 0, i32 2, i32 1)
  %179 = getelementptr i8, ptr %gep2980, i64 192
  tail call void @llvm.prefetch.p0(ptr %179, i32 0, i32 2, i32 1)
  %180 = add nsw i64 %t.addr.02970, %154
  %181 = mul nsw i64 %180, %q_ts
  %gep2982 = getelementptr float, ptr %invariant.gep2971, i64 %181
  %182 = load <16 x float>, ptr %gep2982, align 4
  %183 = getelementptr i8, ptr %gep2982, i64 64
  %184 = load <16 x float>, ptr %183, align 4
  %185 = getelementptr i8, ptr %gep2982, i64 128
  %186 = load <16 x float>, ptr %185, align 4
  %187 = getelementptr i8, ptr %gep2982, i64 192
  %188 = load <16 x float>, ptr %187, align 4
  %189 = fmul <16 x float> %182, %182
  %190 = fmul <16 x float> %184, %184
  %191 = fadd <16 x float> %189, %190
  %192 = fmul <16 x float> %186, %186
  %193 = fadd <16 x float> %191, %192
  %194 = fmul <16 x float> %188, %188
  %195 = fadd <16 x float> %193, %194
  %196 = shufflevector <16 x float> %195, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %197 = shufflevector <16 x float> %195, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %198 = fadd <8 x float> %196, %197
  %199 = shufflevector <8 x float> %198, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %200 = shufflevector <8 x float> %198, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %201 = fadd <4 x float> %199, %200
  %202 = shufflevector <4 x float> %201, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %203 = shufflevector <4 x float> %201, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %204 = fadd <2 x float> %202, %203
  %shift = shufflevector <2 x float> %204, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %205 = fadd <2 x float> %204, %shift
  %206 = extractelement <2 x float> %205, i64 0
  %207 = fadd float %206, 0x3EB0C6F7A0000000
  %208 = tail call float @llvm.sqrt.f32(float %207)
  %209 = fdiv float 1.000000e+00, %208
  %210 = getelementptr inbounds float, ptr %gep3308, i64 %t.addr.02970
  store float %209, ptr %210, align 4
  %211 = insertelement <16 x float> poison, float %209, i64 0
  %212 = shufflevector <16 x float> %211, <16 x float> poison, <16 x i32> zeroinitializer
  %213 = fmul <16 x float> %182, %212
  %214 = shl nsw i64 %t.addr.02970, 6
  %215 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %214
  store <16 x float> %213, ptr %215, align 4
  %216 = fmul <16 x float> %184, %212
  %217 = or disjoint i64 %214, 16
  %218 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %217
  store <16 x float> %216, ptr %218, align 4
  %219 = fmul <16 x float> %186, %212
  %220 = or disjoint i64 %214, 32
  %221 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %220
  store <16 x float> %219, ptr %221, align 4
  %222 = fmul <16 x float> %188, %212
  %223 = or disjoint i64 %214, 48
  %224 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %223
  store <16 x float> %222, ptr %224, align 4
  %225 = mul nsw i64 %180, %k_ts
  %gep2984 = getelementptr float, ptr %invariant.gep2973, i64 %225
  %226 = load <16 x float>, ptr %gep2984, align 4
  %227 = getelementptr i8, ptr %gep2984, i64 64
  %228 = load <16 x float>, ptr %227, align 4
  %229 = getelementptr i8, ptr %gep2984, i64 128
  %230 = load <16 x float>, ptr %229, align 4
  %231 = getelementptr i8, ptr %gep2984, i64 192
  %232 = load <16 x float>, ptr %231, align 4
  %233 = fmul <16 x float> %226, %226
  %234 = fmul <16 x float> %228, %228
  %235 = fadd <16 x float> %233, %234
  %236 = fmul <16 x float> %230, %230
  %237 = fadd <16 x float> %235, %236
  %238 = fmul <16 x float> %232, %232
  %239 = fadd <16 x float> %237, %238
  %240 = shufflevector <16 x float> %239, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %241 = shufflevector <16 x float> %239, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %242 = fadd <8 x float> %240, %241
  %243 = shufflevector <8 x float> %242, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %244 = shufflevector <8 x float> %242, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %245 = fadd <4 x float> %243, %244
  %246 = shufflevector <4 x float> %245, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %247 = shufflevector <4 x float> %245, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %248 = fadd <2 x float> %246, %247
  %shift4119 = shufflevector <2 x float> %248, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %249 = fadd <2 x float> %248, %shift4119
  %250 = extractelement <2 x float> %249, i64 0
  %251 = fadd float %250, 0x3EB0C6F7A0000000
  %252 = tail call float @llvm.sqrt.f32(float %251)
  %253 = fdiv float 1.000000e+00, %252
  %254 = shl nuw nsw i64 %t.addr.02970, 1
  %gep = getelementptr float, ptr %invariant.gep, i64 %254
  store float %253, ptr %gep, align 4
  %255 = insertelement <16 x float> poison, float %253, i64 0
  %256 = shufflevector <16 x float> %255, <16 x float> poison, <16 x i32> zeroinitializer
  %257 = fmul <16 x float> %226, %256
  %258 = shl nsw i64 %t.addr.02970, 7
  %259 = getelementptr inbounds float, ptr %gep3302, i64 %258
  store <16 x float> %257, ptr %259, align 4
  %260 = fmul <16 x float> %228, %256
  %261 = or disjoint i64 %258, 16
  %262 = getelementptr inbounds float, ptr %gep3302, i64 %261
  store <16 x float> %260, ptr %262, align 4
  %263 = fmul <16 x float> %230, %256
  %264 = or disjoint i64 %258, 32
  %265 = getelementptr inbounds float, ptr %gep3302, i64 %264
  store <16 x float> %263, ptr %265, align 4
  %266 = fmul <16 x float> %232, %256
  %267 = or disjoint i64 %258, 48
  %268 = getelementptr inbounds float, ptr %gep3302, i64 %267
  store <16 x float> %266, ptr %268, align 4
  %269 = mul nsw i64 %180, %v_ts
  %gep2986 = getelementptr float, ptr %invariant.gep2975, i64 %269
  %270 = load <16 x float>, ptr %gep2986, align 4
  %271 = getelementptr i8, ptr %gep2986, i64 64
  %272 = load <16 x float>, ptr %271, align 4
  %273 = getelementptr i8, ptr %gep2986, i64 128
  %274 = load <16 x float>, ptr %273, align 4
  %275 = getelementptr i8, ptr %gep2986, i64 192
  %276 = load <16 x float>, ptr %275, align 4
  %277 = getelementptr inbounds float, ptr %gep3304, i64 %258
  store <16 x float> %270, ptr %277, align 4
  %278 = getelementptr inbounds float, ptr %gep3304, i64 %261
  store <16 x float> %272, ptr %278, align 4
  %279 = getelementptr inbounds float, ptr %gep3304, i64 %264
  store <16 x float> %274, ptr %279, align 4
  %280 = getelementptr inbounds float, ptr %gep3304, i64 %267
  store <16 x float> %276, ptr %280, align 4
  %gep2988 = getelementptr float, ptr %invariant.gep2977, i64 %225
  %281 = load <16 x float>, ptr %gep2988, align 4
  %282 = getelementptr i8, ptr %gep2988, i64 64
  %283 = load <16 x float>, ptr %282, align 4
  %284 = getelementptr i8, ptr %gep2988, i64 128
  %285 = load <16 x float>, ptr %284, align 4
  %286 = getelementptr i8, ptr %gep2988, i64 192
  %287 = load <16 x float>, ptr %286, align 4
  %288 = fmul <16 x float> %281, %281
  %289 = fmul <16 x float> %283, %283
  %290 = fadd <16 x float> %288, %289
  %291 = fmul <16 x float> %285, %285
  %292 = fadd <16 x float> %290, %291
  %293 = fmul <16 x float> %287, %287
  %294 = fadd <16 x float> %292, %293
  %295 = shufflevector <16 x float> %294, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %296 = shufflevector <16 x float> %294, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %297 = fadd <8 x float> %295, %296
  %298 = shufflevector <8 x float> %297, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %299 = shufflevector <8 x float> %297, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %300 = fadd <4 x float> %298, %299
  %301 = shufflevector <4 x float> %300, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %302 = shufflevector <4 x float> %300, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %303 = fadd <2 x float> %301, %302
  %shift4120 = shufflevector <2 x float> %303, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %304 = fadd <2 x float> %303, %shift4120
  %305 = extractelement <2 x float> %304, i64 0
  %306 = fadd float %305, 0x3EB0C6F7A0000000
  %307 = tail call float @llvm.sqrt.f32(float %306)
  %308 = fdiv float 1.000000e+00, %307
  %309 = or disjoint i64 %254, 1
  %gep2969 = getelementptr float, ptr %invariant.gep, i64 %309
  store float %308, ptr %gep2969, align 4
  %310 = insertelement <16 x float> poison, float %308, i64 0
  %311 = shufflevector <16 x float> %310, <16 x float> poison, <16 x i32> zeroinitializer
  %312 = fmul <16 x float> %281, %311
  %313 = shl nsw i64 %309, 6
  %314 = getelementptr inbounds float, ptr %gep3302, i64 %313
  store <16 x float> %312, ptr %314, align 4
  %315 = fmul <16 x float> %283, %311
  %316 = or disjoint i64 %313, 16
  %317 = getelementptr inbounds float, ptr %gep3302, i64 %316
  store <16 x float> %315, ptr %317, align 4
  %318 = fmul <16 x float> %285, %311
  %319 = or disjoint i64 %313, 32
  %320 = getelementptr inbounds float, ptr %gep3302, i64 %319
  store <16 x float> %318, ptr %320, align 4
  %321 = fmul <16 x float> %287, %311
  %322 = or disjoint i64 %313, 48
  %323 = getelementptr inbounds float, ptr %gep3302, i64 %322
  store <16 x float> %321, ptr %323, align 4
  %gep2990 = getelementptr float, ptr %invariant.gep2979, i64 %269
  %324 = load <16 x float>, ptr %gep2990, align 4
  %325 = getelementptr i8, ptr %gep2990, i64 64
  %326 = load <16 x float>, ptr %325, align 4
  %327 = getelementptr i8, ptr %gep2990, i64 128
  %328 = load <16 x float>, ptr %327, align 4
  %329 = getelementptr i8, ptr %gep2990, i64 192
  %330 = load <16 x float>, ptr %329, align 4
  %331 = getelementptr inbounds float, ptr %gep3304, i64 %313
  store <16 x float> %324, ptr %331, align 4
  %332 = getelementptr inbounds float, ptr %gep3304, i64 %316
  store <16 x float> %326, ptr %332, align 4
  %333 = getelementptr inbounds float, ptr %gep3304, i64 %319
  store <16 x float> %328, ptr %333, align 4
  %334 = getelementptr inbounds float, ptr %gep3304, i64 %322
  store <16 x float> %330, ptr %334, align 4
  %t.next = add nuw nsw i64 %t.addr.02970, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %t.exit, label %t.body

t.exit:                                           ; preds = %t.body, %bh.body
  %335 = getelementptr i8, ptr %dhT, i64 %151
  br label %j.head.preheader

j.head.preheader:                                 ; preds = %j.head.preheader, %t.exit
  %i.addr.02992 = phi i64 [ 0, %t.exit ], [ %i.next.7, %j.head.preheader ]
  %336 = shl nuw nsw i64 %i.addr.02992, 9
  %337 = or disjoint i64 %336, 256
  %scevgep = getelementptr i8, ptr %work, i64 %337
  %338 = shl nuw nsw i64 %i.addr.02992, 8
  %scevgep3514 = getelementptr i8, ptr %335, i64 %338
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.02992, 1
  %339 = shl nuw nsw i64 %i.next, 9
  %340 = or disjoint i64 %339, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %340
  %341 = shl nuw nsw i64 %i.next, 8
  %scevgep3514.1 = getelementptr i8, ptr %335, i64 %341
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.02992, 2
  %342 = shl nuw nsw i64 %i.next.1, 9
  %343 = or disjoint i64 %342, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %343
  %344 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3514.2 = getelementptr i8, ptr %335, i64 %344
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.02992, 3
  %345 = shl nuw nsw i64 %i.next.2, 9
  %346 = or disjoint i64 %345, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %346
  %347 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3514.3 = getelementptr i8, ptr %335, i64 %347
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.02992, 4
  %348 = shl nuw nsw i64 %i.next.3, 9
  %349 = or disjoint i64 %348, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %349
  %350 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3514.4 = getelementptr i8, ptr %335, i64 %350
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.02992, 5
  %351 = shl nuw nsw i64 %i.next.4, 9
  %352 = or disjoint i64 %351, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %352
  %353 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3514.5 = getelementptr i8, ptr %335, i64 %353
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.02992, 6
  %354 = shl nuw nsw i64 %i.next.5, 9
  %355 = or disjoint i64 %354, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %355
  %356 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3514.6 = getelementptr i8, ptr %335, i64 %356
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.02992, 7
  %357 = shl nuw nsw i64 %i.next.6, 9
  %358 = or disjoint i64 %357, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %358
  %359 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3514.7 = getelementptr i8, ptr %335, i64 %359
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3514.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.02992, 8
  %exitcond3515.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond3515.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  br i1 %4, label %cc.body.lr.ph, label %i53.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %360 = mul nsw i64 %bh.addr.03309, %nc
  %361 = shl nsw i64 %h, 6
  %invariant.gep3278 = getelementptr float, ptr %dq, i64 %361
  %invariant.gep3280 = getelementptr float, ptr %dk, i64 %361
  %invariant.gep3282 = getelementptr float, ptr %dv, i64 %361
  %362 = add nsw i64 %h, %H
  %363 = shl nsw i64 %362, 6
  %invariant.gep3284 = getelementptr float, ptr %dk, i64 %363
  %invariant.gep3286 = getelementptr float, ptr %dv, i64 %363
  %364 = add i64 %14, %bT
  %365 = shl i64 %364, 8
  %366 = getelementptr i8, ptr %dout, i64 %365
  br label %cc.body

i53.head.preheader:                               ; preds = %t7.exit, %i.exit
  %367 = getelementptr i8, ptr %dh0, i64 %151
  br label %j38.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3596 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3597, %t7.exit ]
  %cc.addr.03298 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin4323 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3596, i64 16)
  %smax4324 = tail call i64 @llvm.smax.i64(i64 %smin4323, i64 1)
  %368 = mul i64 %15, %cc.addr.03298
  %369 = shl i64 %cc.addr.03298, 14
  %370 = sub i64 %153, %369
  %371 = xor i64 %cc.addr.03298, -1
  %ci = add nsw i64 %nc, %371
  %t0 = shl nsw i64 %ci, 4
  %372 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %372, i64 16)
  %373 = icmp sgt i64 %ci, 0
  br i1 %373, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %374 = tail call i64 @llvm.smin.i64(i64 %t0, i64 16)
  %375 = sub nsw i64 %t0, %374
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %376 = getelementptr i8, ptr %hs, i64 %370
  br label %j1.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02993 = phi i64 [ %tp1.next, %tp1.body ], [ %375, %tp1.body.preheader ]
  %377 = mul nsw i64 %tp1.addr.02993, %sv1
  %378 = getelementptr inbounds float, ptr %oh, i64 %377
  tail call void @llvm.prefetch.p0(ptr %378, i32 0, i32 2, i32 1)
  %379 = or disjoint i64 %377, 16
  %380 = getelementptr inbounds float, ptr %oh, i64 %379
  tail call void @llvm.prefetch.p0(ptr nonnull %380, i32 0, i32 2, i32 1)
  %381 = or disjoint i64 %377, 32
  %382 = getelementptr inbounds float, ptr %oh, i64 %381
  tail call void @llvm.prefetch.p0(ptr nonnull %382, i32 0, i32 2, i32 1)
  %383 = or disjoint i64 %377, 48
  %384 = getelementptr inbounds float, ptr %oh, i64 %383
  tail call void @llvm.prefetch.p0(ptr nonnull %384, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02993, 1
  %385 = icmp slt i64 %tp1.next, %t0
  br i1 %385, label %tp1.body, label %i1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %386 = add nsw i64 %ci, %360
  %387 = shl nsw i64 %386, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %i1.head.preheader
  %i1.addr.02995 = phi i64 [ 0, %i1.head.preheader ], [ %i1.next.7, %j1.head.preheader ]
  %388 = shl nuw nsw i64 %i1.addr.02995, 9
  %scevgep3516 = getelementptr i8, ptr %work, i64 %388
  %389 = shl nuw nsw i64 %i1.addr.02995, 8
  %scevgep3517 = getelementptr i8, ptr %376, i64 %389
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.02995, 1
  %390 = shl nuw nsw i64 %i1.next, 9
  %scevgep3516.1 = getelementptr i8, ptr %work, i64 %390
  %391 = shl nuw nsw i64 %i1.next, 8
  %scevgep3517.1 = getelementptr i8, ptr %376, i64 %391
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.02995, 2
  %392 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3516.2 = getelementptr i8, ptr %work, i64 %392
  %393 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3517.2 = getelementptr i8, ptr %376, i64 %393
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.02995, 3
  %394 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3516.3 = getelementptr i8, ptr %work, i64 %394
  %395 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3517.3 = getelementptr i8, ptr %376, i64 %395
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.02995, 4
  %396 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3516.4 = getelementptr i8, ptr %work, i64 %396
  %397 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3517.4 = getelementptr i8, ptr %376, i64 %397
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.02995, 5
  %398 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3516.5 = getelementptr i8, ptr %work, i64 %398
  %399 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3517.5 = getelementptr i8, ptr %376, i64 %399
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.02995, 6
  %400 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3516.6 = getelementptr i8, ptr %work, i64 %400
  %401 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3517.6 = getelementptr i8, ptr %376, i64 %401
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.02995, 7
  %402 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3516.7 = getelementptr i8, ptr %work, i64 %402
  %403 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3517.7 = getelementptr i8, ptr %376, i64 %403
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3516.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3517.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.02995, 8
  %exitcond3518.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3518.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.02997 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %404 = shl nuw nsw i64 %i2.addr.02997, 6
  %405 = or i64 %404, %387
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.02996 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %406 = or i64 %405, %j2.addr.02996
  %407 = getelementptr inbounds float, ptr %hs, i64 %406
  %408 = load <16 x float>, ptr %407, align 4
  %409 = or i64 %406, 512
  %410 = getelementptr inbounds float, ptr %hs, i64 %409
  %411 = load <16 x float>, ptr %410, align 4
  %412 = or i64 %406, 64
  %413 = getelementptr inbounds float, ptr %hs, i64 %412
  %414 = load <16 x float>, ptr %413, align 4
  %415 = or i64 %406, 576
  %416 = getelementptr inbounds float, ptr %hs, i64 %415
  %417 = load <16 x float>, ptr %416, align 4
  %418 = or i64 %406, 128
  %419 = getelementptr inbounds float, ptr %hs, i64 %418
  %420 = load <16 x float>, ptr %419, align 4
  %421 = or i64 %406, 640
  %422 = getelementptr inbounds float, ptr %hs, i64 %421
  %423 = load <16 x float>, ptr %422, align 4
  %424 = or i64 %406, 192
  %425 = getelementptr inbounds float, ptr %hs, i64 %424
  %426 = load <16 x float>, ptr %425, align 4
  %427 = or i64 %406, 704
  %428 = getelementptr inbounds float, ptr %hs, i64 %427
  %429 = load <16 x float>, ptr %428, align 4
  %430 = or i64 %406, 256
  %431 = getelementptr inbounds float, ptr %hs, i64 %430
  %432 = load <16 x float>, ptr %431, align 4
  %433 = or i64 %406, 768
  %434 = getelementptr inbounds float, ptr %hs, i64 %433
  %435 = load <16 x float>, ptr %434, align 4
  %436 = or i64 %406, 320
  %437 = getelementptr inbounds float, ptr %hs, i64 %436
  %438 = load <16 x float>, ptr %437, align 4
  %439 = or i64 %406, 832
  %440 = getelementptr inbounds float, ptr %hs, i64 %439
  %441 = load <16 x float>, ptr %440, align 4
  %442 = or i64 %406, 384
  %443 = getelementptr inbounds float, ptr %hs, i64 %442
  %444 = load <16 x float>, ptr %443, align 4
  %445 = or i64 %406, 896
  %446 = getelementptr inbounds float, ptr %hs, i64 %445
  %447 = load <16 x float>, ptr %446, align 4
  %448 = or i64 %406, 448
  %449 = getelementptr inbounds float, ptr %hs, i64 %448
  %450 = load <16 x float>, ptr %449, align 4
  %451 = or i64 %406, 960
  %452 = getelementptr inbounds float, ptr %hs, i64 %451
  %453 = load <16 x float>, ptr %452, align 4
  %454 = shufflevector <16 x float> %408, <16 x float> %411, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %455 = shufflevector <16 x float> %432, <16 x float> %435, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %456 = shufflevector <16 x float> %414, <16 x float> %417, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %457 = shufflevector <16 x float> %438, <16 x float> %441, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %458 = shufflevector <16 x float> %420, <16 x float> %423, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %459 = shufflevector <16 x float> %444, <16 x float> %447, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %460 = shufflevector <16 x float> %426, <16 x float> %429, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %461 = shufflevector <16 x float> %450, <16 x float> %453, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %462 = shufflevector <16 x float> %408, <16 x float> %411, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %463 = shufflevector <16 x float> %432, <16 x float> %435, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %464 = shufflevector <16 x float> %414, <16 x float> %417, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %465 = shufflevector <16 x float> %438, <16 x float> %441, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %466 = shufflevector <16 x float> %420, <16 x float> %423, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %467 = shufflevector <16 x float> %444, <16 x float> %447, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %468 = shufflevector <16 x float> %426, <16 x float> %429, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %469 = shufflevector <16 x float> %450, <16 x float> %453, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %470 = shufflevector <16 x float> %454, <16 x float> %455, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %471 = shufflevector <16 x float> %458, <16 x float> %459, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %472 = shufflevector <16 x float> %456, <16 x float> %457, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %473 = shufflevector <16 x float> %460, <16 x float> %461, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %474 = shufflevector <16 x float> %454, <16 x float> %455, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %475 = shufflevector <16 x float> %458, <16 x float> %459, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %476 = shufflevector <16 x float> %456, <16 x float> %457, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %477 = shufflevector <16 x float> %460, <16 x float> %461, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %478 = shufflevector <16 x float> %462, <16 x float> %463, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %479 = shufflevector <16 x float> %466, <16 x float> %467, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %480 = shufflevector <16 x float> %464, <16 x float> %465, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %481 = shufflevector <16 x float> %468, <16 x float> %469, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %482 = shufflevector <16 x float> %462, <16 x float> %463, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %483 = shufflevector <16 x float> %466, <16 x float> %467, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %484 = shufflevector <16 x float> %464, <16 x float> %465, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %485 = shufflevector <16 x float> %468, <16 x float> %469, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %486 = shufflevector <16 x float> %470, <16 x float> %471, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %487 = shufflevector <16 x float> %472, <16 x float> %473, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %488 = shufflevector <16 x float> %470, <16 x float> %471, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %489 = shufflevector <16 x float> %472, <16 x float> %473, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %490 = shufflevector <16 x float> %474, <16 x float> %475, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %491 = shufflevector <16 x float> %476, <16 x float> %477, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %492 = shufflevector <16 x float> %474, <16 x float> %475, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %493 = shufflevector <16 x float> %476, <16 x float> %477, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %494 = shufflevector <16 x float> %478, <16 x float> %479, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %495 = shufflevector <16 x float> %480, <16 x float> %481, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %496 = shufflevector <16 x float> %478, <16 x float> %479, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %497 = shufflevector <16 x float> %480, <16 x float> %481, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %498 = shufflevector <16 x float> %482, <16 x float> %483, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %499 = shufflevector <16 x float> %484, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %500 = shufflevector <16 x float> %482, <16 x float> %483, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %501 = shufflevector <16 x float> %484, <16 x float> %485, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %502 = shufflevector <16 x float> %486, <16 x float> %487, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %503 = shl nuw nsw i64 %j2.addr.02996, 6
  %504 = add nuw nsw i64 %503, %i2.addr.02997
  %505 = or disjoint i64 %504, 4096
  %506 = getelementptr inbounds float, ptr %Bk, i64 %505
  store <16 x float> %502, ptr %506, align 4
  %507 = shufflevector <16 x float> %486, <16 x float> %487, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %508 = or disjoint i64 %504, 4160
  %509 = getelementptr inbounds float, ptr %Bk, i64 %508
  store <16 x float> %507, ptr %509, align 4
  %510 = shufflevector <16 x float> %488, <16 x float> %489, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %511 = or disjoint i64 %504, 4224
  %512 = getelementptr inbounds float, ptr %Bk, i64 %511
  store <16 x float> %510, ptr %512, align 4
  %513 = shufflevector <16 x float> %488, <16 x float> %489, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %514 = or disjoint i64 %504, 4288
  %515 = getelementptr inbounds float, ptr %Bk, i64 %514
  store <16 x float> %513, ptr %515, align 4
  %516 = shufflevector <16 x float> %490, <16 x float> %491, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %517 = or disjoint i64 %504, 4352
  %518 = getelementptr inbounds float, ptr %Bk, i64 %517
  store <16 x float> %516, ptr %518, align 4
  %519 = shufflevector <16 x float> %490, <16 x float> %491, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %520 = or disjoint i64 %504, 4416
  %521 = getelementptr inbounds float, ptr %Bk, i64 %520
  store <16 x float> %519, ptr %521, align 4
  %522 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %523 = or disjoint i64 %504, 4480
  %524 = getelementptr inbounds float, ptr %Bk, i64 %523
  store <16 x float> %522, ptr %524, align 4
  %525 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %526 = or disjoint i64 %504, 4544
  %527 = getelementptr inbounds float, ptr %Bk, i64 %526
  store <16 x float> %525, ptr %527, align 4
  %528 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %529 = or disjoint i64 %504, 4608
  %530 = getelementptr inbounds float, ptr %Bk, i64 %529
  store <16 x float> %528, ptr %530, align 4
  %531 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %532 = or disjoint i64 %504, 4672
  %533 = getelementptr inbounds float, ptr %Bk, i64 %532
  store <16 x float> %531, ptr %533, align 4
  %534 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %535 = or disjoint i64 %504, 4736
  %536 = getelementptr inbounds float, ptr %Bk, i64 %535
  store <16 x float> %534, ptr %536, align 4
  %537 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %538 = or disjoint i64 %504, 4800
  %539 = getelementptr inbounds float, ptr %Bk, i64 %538
  store <16 x float> %537, ptr %539, align 4
  %540 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %541 = or disjoint i64 %504, 4864
  %542 = getelementptr inbounds float, ptr %Bk, i64 %541
  store <16 x float> %540, ptr %542, align 4
  %543 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %544 = or disjoint i64 %504, 4928
  %545 = getelementptr inbounds float, ptr %Bk, i64 %544
  store <16 x float> %543, ptr %545, align 4
  %546 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %547 = or disjoint i64 %504, 4992
  %548 = getelementptr inbounds float, ptr %Bk, i64 %547
  store <16 x float> %546, ptr %548, align 4
  %549 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %550 = or disjoint i64 %504, 5056
  %551 = getelementptr inbounds float, ptr %Bk, i64 %550
  store <16 x float> %549, ptr %551, align 4
  %j2.next = add nuw nsw i64 %j2.addr.02996, 16
  %552 = icmp ult i64 %j2.addr.02996, 48
  br i1 %552, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.02997, 16
  %553 = icmp ult i64 %i2.addr.02997, 48
  br i1 %553, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.02999 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %554 = shl nuw nsw i64 %i3.addr.02999, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.02998 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %555 = add nuw nsw i64 %j3.addr.02998, %554
  %556 = or disjoint i64 %555, 64
  %557 = getelementptr inbounds float, ptr %work, i64 %556
  %558 = load <16 x float>, ptr %557, align 4
  %559 = or disjoint i64 %555, 1088
  %560 = getelementptr inbounds float, ptr %work, i64 %559
  %561 = load <16 x float>, ptr %560, align 4
  %562 = or disjoint i64 %555, 192
  %563 = getelementptr inbounds float, ptr %work, i64 %562
  %564 = load <16 x float>, ptr %563, align 4
  %565 = or disjoint i64 %555, 1216
  %566 = getelementptr inbounds float, ptr %work, i64 %565
  %567 = load <16 x float>, ptr %566, align 4
  %568 = or disjoint i64 %555, 320
  %569 = getelementptr inbounds float, ptr %work, i64 %568
  %570 = load <16 x float>, ptr %569, align 4
  %571 = or disjoint i64 %555, 1344
  %572 = getelementptr inbounds float, ptr %work, i64 %571
  %573 = load <16 x float>, ptr %572, align 4
  %574 = or disjoint i64 %555, 448
  %575 = getelementptr inbounds float, ptr %work, i64 %574
  %576 = load <16 x float>, ptr %575, align 4
  %577 = or disjoint i64 %555, 1472
  %578 = getelementptr inbounds float, ptr %work, i64 %577
  %579 = load <16 x float>, ptr %578, align 4
  %580 = or disjoint i64 %555, 576
  %581 = getelementptr inbounds float, ptr %work, i64 %580
  %582 = load <16 x float>, ptr %581, align 4
  %583 = or disjoint i64 %555, 1600
  %584 = getelementptr inbounds float, ptr %work, i64 %583
  %585 = load <16 x float>, ptr %584, align 4
  %586 = or disjoint i64 %555, 704
  %587 = getelementptr inbounds float, ptr %work, i64 %586
  %588 = load <16 x float>, ptr %587, align 4
  %589 = or disjoint i64 %555, 1728
  %590 = getelementptr inbounds float, ptr %work, i64 %589
  %591 = load <16 x float>, ptr %590, align 4
  %592 = or disjoint i64 %555, 832
  %593 = getelementptr inbounds float, ptr %work, i64 %592
  %594 = load <16 x float>, ptr %593, align 4
  %595 = or disjoint i64 %555, 1856
  %596 = getelementptr inbounds float, ptr %work, i64 %595
  %597 = load <16 x float>, ptr %596, align 4
  %598 = or disjoint i64 %555, 960
  %599 = getelementptr inbounds float, ptr %work, i64 %598
  %600 = load <16 x float>, ptr %599, align 4
  %601 = or disjoint i64 %555, 1984
  %602 = getelementptr inbounds float, ptr %work, i64 %601
  %603 = load <16 x float>, ptr %602, align 4
  %604 = shufflevector <16 x float> %558, <16 x float> %561, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %605 = shufflevector <16 x float> %582, <16 x float> %585, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %606 = shufflevector <16 x float> %564, <16 x float> %567, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %607 = shufflevector <16 x float> %588, <16 x float> %591, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %608 = shufflevector <16 x float> %570, <16 x float> %573, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %609 = shufflevector <16 x float> %594, <16 x float> %597, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %610 = shufflevector <16 x float> %576, <16 x float> %579, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %611 = shufflevector <16 x float> %600, <16 x float> %603, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %612 = shufflevector <16 x float> %558, <16 x float> %561, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %613 = shufflevector <16 x float> %582, <16 x float> %585, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %614 = shufflevector <16 x float> %564, <16 x float> %567, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %615 = shufflevector <16 x float> %588, <16 x float> %591, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %616 = shufflevector <16 x float> %570, <16 x float> %573, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %617 = shufflevector <16 x float> %594, <16 x float> %597, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %618 = shufflevector <16 x float> %576, <16 x float> %579, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %619 = shufflevector <16 x float> %600, <16 x float> %603, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %620 = shufflevector <16 x float> %604, <16 x float> %605, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %621 = shufflevector <16 x float> %608, <16 x float> %609, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %622 = shufflevector <16 x float> %606, <16 x float> %607, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %623 = shufflevector <16 x float> %610, <16 x float> %611, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %624 = shufflevector <16 x float> %604, <16 x float> %605, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %625 = shufflevector <16 x float> %608, <16 x float> %609, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %626 = shufflevector <16 x float> %606, <16 x float> %607, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %627 = shufflevector <16 x float> %610, <16 x float> %611, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %628 = shufflevector <16 x float> %612, <16 x float> %613, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %629 = shufflevector <16 x float> %616, <16 x float> %617, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %630 = shufflevector <16 x float> %614, <16 x float> %615, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %631 = shufflevector <16 x float> %618, <16 x float> %619, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %632 = shufflevector <16 x float> %612, <16 x float> %613, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %633 = shufflevector <16 x float> %616, <16 x float> %617, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %634 = shufflevector <16 x float> %614, <16 x float> %615, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %635 = shufflevector <16 x float> %618, <16 x float> %619, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %636 = shufflevector <16 x float> %620, <16 x float> %621, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %637 = shufflevector <16 x float> %622, <16 x float> %623, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %638 = shufflevector <16 x float> %620, <16 x float> %621, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %639 = shufflevector <16 x float> %622, <16 x float> %623, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %640 = shufflevector <16 x float> %624, <16 x float> %625, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %641 = shufflevector <16 x float> %626, <16 x float> %627, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %642 = shufflevector <16 x float> %624, <16 x float> %625, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %643 = shufflevector <16 x float> %626, <16 x float> %627, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %644 = shufflevector <16 x float> %628, <16 x float> %629, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %645 = shufflevector <16 x float> %630, <16 x float> %631, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %646 = shufflevector <16 x float> %628, <16 x float> %629, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %647 = shufflevector <16 x float> %630, <16 x float> %631, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %648 = shufflevector <16 x float> %632, <16 x float> %633, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %649 = shufflevector <16 x float> %634, <16 x float> %635, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %650 = shufflevector <16 x float> %632, <16 x float> %633, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %651 = shufflevector <16 x float> %634, <16 x float> %635, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %652 = shufflevector <16 x float> %636, <16 x float> %637, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %653 = shl nuw nsw i64 %j3.addr.02998, 6
  %654 = add nuw nsw i64 %653, %i3.addr.02999
  %655 = getelementptr inbounds float, ptr %Bk, i64 %654
  store <16 x float> %652, ptr %655, align 4
  %656 = shufflevector <16 x float> %636, <16 x float> %637, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %657 = or disjoint i64 %654, 64
  %658 = getelementptr inbounds float, ptr %Bk, i64 %657
  store <16 x float> %656, ptr %658, align 4
  %659 = shufflevector <16 x float> %638, <16 x float> %639, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %660 = or disjoint i64 %654, 128
  %661 = getelementptr inbounds float, ptr %Bk, i64 %660
  store <16 x float> %659, ptr %661, align 4
  %662 = shufflevector <16 x float> %638, <16 x float> %639, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %663 = or disjoint i64 %654, 192
  %664 = getelementptr inbounds float, ptr %Bk, i64 %663
  store <16 x float> %662, ptr %664, align 4
  %665 = shufflevector <16 x float> %640, <16 x float> %641, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %666 = or disjoint i64 %654, 256
  %667 = getelementptr inbounds float, ptr %Bk, i64 %666
  store <16 x float> %665, ptr %667, align 4
  %668 = shufflevector <16 x float> %640, <16 x float> %641, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %669 = or disjoint i64 %654, 320
  %670 = getelementptr inbounds float, ptr %Bk, i64 %669
  store <16 x float> %668, ptr %670, align 4
  %671 = shufflevector <16 x float> %642, <16 x float> %643, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %672 = or disjoint i64 %654, 384
  %673 = getelementptr inbounds float, ptr %Bk, i64 %672
  store <16 x float> %671, ptr %673, align 4
  %674 = shufflevector <16 x float> %642, <16 x float> %643, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %675 = or disjoint i64 %654, 448
  %676 = getelementptr inbounds float, ptr %Bk, i64 %675
  store <16 x float> %674, ptr %676, align 4
  %677 = shufflevector <16 x float> %644, <16 x float> %645, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %678 = or disjoint i64 %654, 512
  %679 = getelementptr inbounds float, ptr %Bk, i64 %678
  store <16 x float> %677, ptr %679, align 4
  %680 = shufflevector <16 x float> %644, <16 x float> %645, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %681 = or disjoint i64 %654, 576
  %682 = getelementptr inbounds float, ptr %Bk, i64 %681
  store <16 x float> %680, ptr %682, align 4
  %683 = shufflevector <16 x float> %646, <16 x float> %647, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %684 = or disjoint i64 %654, 640
  %685 = getelementptr inbounds float, ptr %Bk, i64 %684
  store <16 x float> %683, ptr %685, align 4
  %686 = shufflevector <16 x float> %646, <16 x float> %647, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %687 = or disjoint i64 %654, 704
  %688 = getelementptr inbounds float, ptr %Bk, i64 %687
  store <16 x float> %686, ptr %688, align 4
  %689 = shufflevector <16 x float> %648, <16 x float> %649, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %690 = or disjoint i64 %654, 768
  %691 = getelementptr inbounds float, ptr %Bk, i64 %690
  store <16 x float> %689, ptr %691, align 4
  %692 = shufflevector <16 x float> %648, <16 x float> %649, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %693 = or disjoint i64 %654, 832
  %694 = getelementptr inbounds float, ptr %Bk, i64 %693
  store <16 x float> %692, ptr %694, align 4
  %695 = shufflevector <16 x float> %650, <16 x float> %651, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %696 = or disjoint i64 %654, 896
  %697 = getelementptr inbounds float, ptr %Bk, i64 %696
  store <16 x float> %695, ptr %697, align 4
  %698 = shufflevector <16 x float> %650, <16 x float> %651, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %699 = or disjoint i64 %654, 960
  %700 = getelementptr inbounds float, ptr %Bk, i64 %699
  store <16 x float> %698, ptr %700, align 4
  %j3.next = add nuw nsw i64 %j3.addr.02998, 16
  %701 = icmp ult i64 %j3.addr.02998, 48
  br i1 %701, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.02999, 16
  %702 = icmp ult i64 %i3.addr.02999, 48
  br i1 %702, label %j3.head.preheader, label %t1.head.preheader.peel.next3521

t1.head.preheader.peel.next3521:                  ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %21, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %25, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %26, align 4
  br label %t1.head.preheader

t1.head.preheader:                                ; preds = %t1.head.preheader, %t1.head.preheader.peel.next3521
  %s.addr.03001 = phi i64 [ 2, %t1.head.preheader.peel.next3521 ], [ %s.next.1, %t1.head.preheader ]
  %.idx3316 = shl nsw i64 %s.addr.03001, 6
  %703 = getelementptr inbounds i8, ptr %M, i64 %.idx3316
  store <2 x float> zeroinitializer, ptr %703, align 4
  %704 = insertelement <8 x i64> poison, i64 %s.addr.03001, i64 0
  %705 = shufflevector <8 x i64> %704, <8 x i64> poison, <8 x i32> zeroinitializer
  %706 = icmp ugt <8 x i64> %705, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %707 = getelementptr inbounds i8, ptr %20, i64 %.idx3316
  %708 = select <8 x i1> %706, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %708, ptr %707, align 4
  %709 = insertelement <4 x i64> poison, i64 %s.addr.03001, i64 0
  %710 = shufflevector <4 x i64> %709, <4 x i64> poison, <4 x i32> zeroinitializer
  %711 = icmp ugt <4 x i64> %710, <i64 10, i64 11, i64 12, i64 13>
  %712 = getelementptr inbounds i8, ptr %22, i64 %.idx3316
  %713 = select <4 x i1> %711, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %713, ptr %712, align 4
  %714 = getelementptr inbounds i8, ptr %23, i64 %.idx3316
  store float 1.000000e+00, ptr %714, align 4
  %715 = getelementptr inbounds i8, ptr %24, i64 %.idx3316
  store float 1.000000e+00, ptr %715, align 4
  %s.next = or disjoint i64 %s.addr.03001, 1
  %.idx3316.1 = shl nsw i64 %s.next, 6
  %716 = getelementptr inbounds i8, ptr %M, i64 %.idx3316.1
  store <2 x float> zeroinitializer, ptr %716, align 4
  %717 = insertelement <8 x i64> poison, i64 %s.next, i64 0
  %718 = shufflevector <8 x i64> %717, <8 x i64> poison, <8 x i32> zeroinitializer
  %719 = icmp ugt <8 x i64> %718, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %720 = getelementptr inbounds i8, ptr %20, i64 %.idx3316.1
  %721 = select <8 x i1> %719, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %721, ptr %720, align 4
  %722 = insertelement <4 x i64> poison, i64 %s.next, i64 0
  %723 = shufflevector <4 x i64> %722, <4 x i64> poison, <4 x i32> zeroinitializer
  %724 = icmp ugt <4 x i64> %723, <i64 10, i64 11, i64 12, i64 13>
  %725 = getelementptr inbounds i8, ptr %22, i64 %.idx3316.1
  %726 = select <4 x i1> %724, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %726, ptr %725, align 4
  %.not2954.14.1 = icmp ugt i64 %s.addr.03001, 13
  %727 = select i1 %.not2954.14.1, float 0.000000e+00, float 1.000000e+00
  %728 = getelementptr inbounds i8, ptr %23, i64 %.idx3316.1
  store float %727, ptr %728, align 4
  %729 = getelementptr inbounds i8, ptr %24, i64 %.idx3316.1
  store float 1.000000e+00, ptr %729, align 4
  %s.next.1 = add nuw nsw i64 %s.addr.03001, 2
  %exitcond3520.not.1 = icmp eq i64 %s.next.1, 16
  br i1 %exitcond3520.not.1, label %t2.body.preheader, label %t1.head.preheader, !llvm.loop !0

t2.body.preheader:                                ; preds = %t1.head.preheader
  %730 = getelementptr i8, ptr %366, i64 %368
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.03017 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %731 = shl nuw nsw i64 %t2.addr.03017, 8
  %gep3825 = getelementptr i8, ptr %invariant.gep3824, i64 %731
  %732 = shl nsw i64 %t2.addr.03017, 9
  %733 = icmp sgt i64 %372, %t2.addr.03017
  br i1 %733, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3827 = getelementptr i8, ptr %invariant.gep3826, i64 %731
  %gep3829 = getelementptr i8, ptr %invariant.gep3828, i64 %731
  %gep3831 = getelementptr i8, ptr %invariant.gep3830, i64 %732
  %gep3833 = getelementptr i8, ptr %invariant.gep3832, i64 %732
  %gep3835 = getelementptr i8, ptr %invariant.gep3834, i64 %732
  %gep3837 = getelementptr i8, ptr %invariant.gep3836, i64 %732
  %gep3839 = getelementptr i8, ptr %invariant.gep3838, i64 %732
  %gep3841 = getelementptr i8, ptr %invariant.gep3840, i64 %732
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3827, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3829, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3825, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.03017, 1
  %734 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %734, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3831, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3833, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3835, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %735 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %735, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3837, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3839, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3841, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %736 = mul i64 %16, %t2.addr.03017
  %scevgep3568 = getelementptr i8, ptr %730, i64 %736
  %737 = add nuw nsw i64 %t2.addr.03017, %t0
  %738 = shl nuw nsw i64 %t2.addr.03017, 6
  %.idx3326 = shl i64 %737, 8
  %739 = getelementptr i8, ptr %invariant.gep3307, i64 %.idx3326
  %740 = load <16 x float>, ptr %739, align 4
  %741 = fmul <16 x float> %740, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %742 = or disjoint i64 %738, 8192
  %743 = getelementptr inbounds float, ptr %Bk, i64 %742
  store <16 x float> %741, ptr %743, align 4
  %744 = getelementptr inbounds float, ptr %QK, i64 %738
  store <16 x float> %741, ptr %744, align 4
  %745 = getelementptr i8, ptr %27, i64 %.idx3326
  %746 = load <16 x float>, ptr %745, align 4
  %747 = fmul <16 x float> %746, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %748 = or disjoint i64 %738, 16
  %749 = or i64 %738, 8208
  %750 = getelementptr inbounds float, ptr %Bk, i64 %749
  store <16 x float> %747, ptr %750, align 4
  %751 = getelementptr inbounds float, ptr %QK, i64 %748
  store <16 x float> %747, ptr %751, align 4
  %752 = getelementptr i8, ptr %28, i64 %.idx3326
  %753 = load <16 x float>, ptr %752, align 4
  %754 = fmul <16 x float> %753, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %755 = or disjoint i64 %738, 32
  %756 = or i64 %738, 8224
  %757 = getelementptr inbounds float, ptr %Bk, i64 %756
  store <16 x float> %754, ptr %757, align 4
  %758 = getelementptr inbounds float, ptr %QK, i64 %755
  store <16 x float> %754, ptr %758, align 4
  %759 = getelementptr i8, ptr %29, i64 %.idx3326
  %760 = load <16 x float>, ptr %759, align 4
  %761 = fmul <16 x float> %760, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %762 = or disjoint i64 %738, 48
  %763 = or i64 %738, 8240
  %764 = getelementptr inbounds float, ptr %Bk, i64 %763
  store <16 x float> %761, ptr %764, align 4
  %765 = getelementptr inbounds float, ptr %QK, i64 %762
  store <16 x float> %761, ptr %765, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3825, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3568, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.03017, 1
  %766 = or disjoint i64 %t2.addr.03017, %t0
  %tau = shl nsw i64 %766, 1
  %767 = mul nsw i64 %tau, %H
  %768 = getelementptr inbounds float, ptr %betah, i64 %767
  %769 = load float, ptr %768, align 4
  %770 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %769, ptr %770, align 4
  %771 = shl nuw nsw i64 %t2.addr.03017, 7
  %.idx3328 = shl i64 %766, 9
  %772 = getelementptr i8, ptr %gep3302, i64 %.idx3328
  %773 = load <16 x float>, ptr %772, align 4
  %gep3843 = getelementptr inbounds float, ptr %invariant.gep3842, i64 %771
  store <16 x float> %773, ptr %gep3843, align 4
  %774 = fneg <16 x float> %773
  %gep3845 = getelementptr inbounds float, ptr %invariant.gep3844, i64 %771
  store <16 x float> %774, ptr %gep3845, align 4
  %775 = getelementptr i8, ptr %30, i64 %.idx3328
  %776 = load <16 x float>, ptr %775, align 4
  %gep3847 = getelementptr inbounds float, ptr %invariant.gep3846, i64 %771
  store <16 x float> %776, ptr %gep3847, align 4
  %777 = fneg <16 x float> %776
  %gep3849 = getelementptr inbounds float, ptr %invariant.gep3848, i64 %771
  store <16 x float> %777, ptr %gep3849, align 4
  %778 = getelementptr i8, ptr %31, i64 %.idx3328
  %779 = load <16 x float>, ptr %778, align 4
  %gep3851 = getelementptr inbounds float, ptr %invariant.gep3850, i64 %771
  store <16 x float> %779, ptr %gep3851, align 4
  %780 = fneg <16 x float> %779
  %gep3853 = getelementptr inbounds float, ptr %invariant.gep3852, i64 %771
  store <16 x float> %780, ptr %gep3853, align 4
  %781 = getelementptr i8, ptr %32, i64 %.idx3328
  %782 = load <16 x float>, ptr %781, align 4
  %gep3855 = getelementptr inbounds float, ptr %invariant.gep3854, i64 %771
  store <16 x float> %782, ptr %gep3855, align 4
  %783 = fneg <16 x float> %782
  %gep3857 = getelementptr inbounds float, ptr %invariant.gep3856, i64 %771
  store <16 x float> %783, ptr %gep3857, align 4
  %784 = getelementptr i8, ptr %gep3304, i64 %.idx3328
  %785 = load <16 x float>, ptr %784, align 4
  %786 = getelementptr inbounds i8, ptr %Rr, i64 %732
  store <16 x float> %785, ptr %786, align 4
  %787 = getelementptr i8, ptr %33, i64 %.idx3328
  %788 = load <16 x float>, ptr %787, align 4
  %789 = getelementptr inbounds i8, ptr %34, i64 %732
  store <16 x float> %788, ptr %789, align 4
  %790 = getelementptr i8, ptr %35, i64 %.idx3328
  %791 = load <16 x float>, ptr %790, align 4
  %792 = getelementptr inbounds i8, ptr %36, i64 %732
  store <16 x float> %791, ptr %792, align 4
  %793 = getelementptr i8, ptr %37, i64 %.idx3328
  %794 = load <16 x float>, ptr %793, align 4
  %795 = getelementptr inbounds i8, ptr %38, i64 %732
  store <16 x float> %794, ptr %795, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %796 = mul nsw i64 %tau1, %H
  %797 = getelementptr inbounds float, ptr %betah, i64 %796
  %798 = load float, ptr %797, align 4
  %799 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %798, ptr %799, align 4
  %800 = shl nuw nsw i64 %i7, 6
  %.idx3331 = shl i64 %tau1, 8
  %801 = getelementptr i8, ptr %gep3302, i64 %.idx3331
  %802 = load <16 x float>, ptr %801, align 4
  %gep3859 = getelementptr inbounds float, ptr %invariant.gep3858, i64 %800
  store <16 x float> %802, ptr %gep3859, align 4
  %803 = fneg <16 x float> %802
  %gep3861 = getelementptr inbounds float, ptr %invariant.gep3860, i64 %800
  store <16 x float> %803, ptr %gep3861, align 4
  %804 = getelementptr i8, ptr %30, i64 %.idx3331
  %805 = load <16 x float>, ptr %804, align 4
  %gep3863 = getelementptr inbounds float, ptr %invariant.gep3862, i64 %800
  store <16 x float> %805, ptr %gep3863, align 4
  %806 = fneg <16 x float> %805
  %gep3865 = getelementptr inbounds float, ptr %invariant.gep3864, i64 %800
  store <16 x float> %806, ptr %gep3865, align 4
  %807 = getelementptr i8, ptr %31, i64 %.idx3331
  %808 = load <16 x float>, ptr %807, align 4
  %gep3867 = getelementptr inbounds float, ptr %invariant.gep3866, i64 %800
  store <16 x float> %808, ptr %gep3867, align 4
  %809 = fneg <16 x float> %808
  %gep3869 = getelementptr inbounds float, ptr %invariant.gep3868, i64 %800
  store <16 x float> %809, ptr %gep3869, align 4
  %810 = getelementptr i8, ptr %32, i64 %.idx3331
  %811 = load <16 x float>, ptr %810, align 4
  %gep3871 = getelementptr inbounds float, ptr %invariant.gep3870, i64 %800
  store <16 x float> %811, ptr %gep3871, align 4
  %812 = fneg <16 x float> %811
  %gep3873 = getelementptr inbounds float, ptr %invariant.gep3872, i64 %800
  store <16 x float> %812, ptr %gep3873, align 4
  %813 = getelementptr i8, ptr %gep3304, i64 %.idx3331
  %814 = load <16 x float>, ptr %813, align 4
  %.idx3333 = shl nsw i64 %i7, 8
  %815 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3333
  store <16 x float> %814, ptr %815, align 4
  %816 = getelementptr i8, ptr %33, i64 %.idx3331
  %817 = load <16 x float>, ptr %816, align 4
  %818 = getelementptr inbounds i8, ptr %34, i64 %.idx3333
  store <16 x float> %817, ptr %818, align 4
  %819 = getelementptr i8, ptr %35, i64 %.idx3331
  %820 = load <16 x float>, ptr %819, align 4
  %821 = getelementptr inbounds i8, ptr %36, i64 %.idx3333
  store <16 x float> %820, ptr %821, align 4
  %822 = getelementptr i8, ptr %37, i64 %.idx3331
  %823 = load <16 x float>, ptr %822, align 4
  %824 = getelementptr inbounds i8, ptr %38, i64 %.idx3333
  store <16 x float> %823, ptr %824, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.03017, 1
  %exitcond3575.not = icmp eq i64 %t2.next, 16
  br i1 %exitcond3575.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %825 = phi i1 [ false, %j16.exit ], [ true, %endif ]
  %i20.addr.03019 = phi i64 [ 16, %j16.exit ], [ 0, %endif ]
  %.idx3616 = shl nuw nsw i64 %i20.addr.03019, 8
  %invariant.gep3874 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3616
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.03018 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3875 = getelementptr inbounds float, ptr %invariant.gep3874, i64 %j16.addr.03018
  %826 = getelementptr inbounds i8, ptr %gep3875, i64 36864
  %827 = load <16 x float>, ptr %826, align 4
  %828 = getelementptr inbounds i8, ptr %gep3875, i64 38912
  %829 = load <16 x float>, ptr %828, align 4
  %830 = getelementptr inbounds i8, ptr %gep3875, i64 37120
  %831 = load <16 x float>, ptr %830, align 4
  %832 = getelementptr inbounds i8, ptr %gep3875, i64 39168
  %833 = load <16 x float>, ptr %832, align 4
  %834 = getelementptr inbounds i8, ptr %gep3875, i64 37376
  %835 = load <16 x float>, ptr %834, align 4
  %836 = getelementptr inbounds i8, ptr %gep3875, i64 39424
  %837 = load <16 x float>, ptr %836, align 4
  %838 = getelementptr inbounds i8, ptr %gep3875, i64 37632
  %839 = load <16 x float>, ptr %838, align 4
  %840 = getelementptr inbounds i8, ptr %gep3875, i64 39680
  %841 = load <16 x float>, ptr %840, align 4
  %842 = getelementptr inbounds i8, ptr %gep3875, i64 37888
  %843 = load <16 x float>, ptr %842, align 4
  %844 = getelementptr inbounds i8, ptr %gep3875, i64 39936
  %845 = load <16 x float>, ptr %844, align 4
  %846 = getelementptr inbounds i8, ptr %gep3875, i64 38144
  %847 = load <16 x float>, ptr %846, align 4
  %848 = getelementptr inbounds i8, ptr %gep3875, i64 40192
  %849 = load <16 x float>, ptr %848, align 4
  %850 = getelementptr inbounds i8, ptr %gep3875, i64 38400
  %851 = load <16 x float>, ptr %850, align 4
  %852 = getelementptr inbounds i8, ptr %gep3875, i64 40448
  %853 = load <16 x float>, ptr %852, align 4
  %854 = getelementptr inbounds i8, ptr %gep3875, i64 38656
  %855 = load <16 x float>, ptr %854, align 4
  %856 = getelementptr inbounds i8, ptr %gep3875, i64 40704
  %857 = load <16 x float>, ptr %856, align 4
  %858 = shufflevector <16 x float> %827, <16 x float> %829, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %859 = shufflevector <16 x float> %843, <16 x float> %845, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %860 = shufflevector <16 x float> %831, <16 x float> %833, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %861 = shufflevector <16 x float> %847, <16 x float> %849, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %862 = shufflevector <16 x float> %835, <16 x float> %837, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %863 = shufflevector <16 x float> %851, <16 x float> %853, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %864 = shufflevector <16 x float> %839, <16 x float> %841, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %865 = shufflevector <16 x float> %855, <16 x float> %857, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %866 = shufflevector <16 x float> %827, <16 x float> %829, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %867 = shufflevector <16 x float> %843, <16 x float> %845, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %868 = shufflevector <16 x float> %831, <16 x float> %833, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %869 = shufflevector <16 x float> %847, <16 x float> %849, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %870 = shufflevector <16 x float> %835, <16 x float> %837, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %871 = shufflevector <16 x float> %851, <16 x float> %853, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %872 = shufflevector <16 x float> %839, <16 x float> %841, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %873 = shufflevector <16 x float> %855, <16 x float> %857, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %874 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %875 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %876 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %877 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %878 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %879 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %880 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %881 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %882 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %883 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %884 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %885 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %886 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %887 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %888 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %889 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %890 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %891 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %892 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %893 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %894 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %895 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %896 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %897 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %898 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %899 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %900 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %901 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %902 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %903 = shufflevector <16 x float> %888, <16 x float> %889, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %904 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %905 = shufflevector <16 x float> %888, <16 x float> %889, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %906 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %907 = shl nuw nsw i64 %j16.addr.03018, 5
  %908 = or disjoint i64 %907, %i20.addr.03019
  %909 = getelementptr inbounds float, ptr %KT, i64 %908
  store <16 x float> %906, ptr %909, align 4
  %910 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %911 = or disjoint i64 %908, 32
  %912 = getelementptr inbounds float, ptr %KT, i64 %911
  store <16 x float> %910, ptr %912, align 4
  %913 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %914 = or disjoint i64 %908, 64
  %915 = getelementptr inbounds float, ptr %KT, i64 %914
  store <16 x float> %913, ptr %915, align 4
  %916 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %917 = or disjoint i64 %908, 96
  %918 = getelementptr inbounds float, ptr %KT, i64 %917
  store <16 x float> %916, ptr %918, align 4
  %919 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %920 = or disjoint i64 %908, 128
  %921 = getelementptr inbounds float, ptr %KT, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %923 = or disjoint i64 %908, 160
  %924 = getelementptr inbounds float, ptr %KT, i64 %923
  store <16 x float> %922, ptr %924, align 4
  %925 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %926 = or disjoint i64 %908, 192
  %927 = getelementptr inbounds float, ptr %KT, i64 %926
  store <16 x float> %925, ptr %927, align 4
  %928 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %929 = or disjoint i64 %908, 224
  %930 = getelementptr inbounds float, ptr %KT, i64 %929
  store <16 x float> %928, ptr %930, align 4
  %931 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %932 = or disjoint i64 %908, 256
  %933 = getelementptr inbounds float, ptr %KT, i64 %932
  store <16 x float> %931, ptr %933, align 4
  %934 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %935 = or disjoint i64 %908, 288
  %936 = getelementptr inbounds float, ptr %KT, i64 %935
  store <16 x float> %934, ptr %936, align 4
  %937 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %938 = or disjoint i64 %908, 320
  %939 = getelementptr inbounds float, ptr %KT, i64 %938
  store <16 x float> %937, ptr %939, align 4
  %940 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %941 = or disjoint i64 %908, 352
  %942 = getelementptr inbounds float, ptr %KT, i64 %941
  store <16 x float> %940, ptr %942, align 4
  %943 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %944 = or disjoint i64 %908, 384
  %945 = getelementptr inbounds float, ptr %KT, i64 %944
  store <16 x float> %943, ptr %945, align 4
  %946 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %947 = or disjoint i64 %908, 416
  %948 = getelementptr inbounds float, ptr %KT, i64 %947
  store <16 x float> %946, ptr %948, align 4
  %949 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %950 = or disjoint i64 %908, 448
  %951 = getelementptr inbounds float, ptr %KT, i64 %950
  store <16 x float> %949, ptr %951, align 4
  %952 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %953 = or disjoint i64 %908, 480
  %954 = getelementptr inbounds float, ptr %KT, i64 %953
  store <16 x float> %952, ptr %954, align 4
  %j16.next = add nuw nsw i64 %j16.addr.03018, 16
  %955 = icmp ult i64 %j16.addr.03018, 48
  br i1 %955, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  br i1 %825, label %j16.head.preheader, label %j17.body

j17.body:                                         ; preds = %j16.exit, %j17.body
  %j17.addr.03020 = phi i64 [ %j17.next, %j17.body ], [ 0, %j16.exit ]
  %956 = or disjoint i64 %j17.addr.03020, 8192
  %957 = getelementptr inbounds float, ptr %Bk, i64 %956
  %958 = load <16 x float>, ptr %957, align 4
  %959 = or disjoint i64 %j17.addr.03020, 8704
  %960 = getelementptr inbounds float, ptr %Bk, i64 %959
  %961 = load <16 x float>, ptr %960, align 4
  %962 = or disjoint i64 %j17.addr.03020, 8256
  %963 = getelementptr inbounds float, ptr %Bk, i64 %962
  %964 = load <16 x float>, ptr %963, align 4
  %965 = or disjoint i64 %j17.addr.03020, 8768
  %966 = getelementptr inbounds float, ptr %Bk, i64 %965
  %967 = load <16 x float>, ptr %966, align 4
  %968 = or disjoint i64 %j17.addr.03020, 8320
  %969 = getelementptr inbounds float, ptr %Bk, i64 %968
  %970 = load <16 x float>, ptr %969, align 4
  %971 = or disjoint i64 %j17.addr.03020, 8832
  %972 = getelementptr inbounds float, ptr %Bk, i64 %971
  %973 = load <16 x float>, ptr %972, align 4
  %974 = or disjoint i64 %j17.addr.03020, 8384
  %975 = getelementptr inbounds float, ptr %Bk, i64 %974
  %976 = load <16 x float>, ptr %975, align 4
  %977 = or disjoint i64 %j17.addr.03020, 8896
  %978 = getelementptr inbounds float, ptr %Bk, i64 %977
  %979 = load <16 x float>, ptr %978, align 4
  %980 = or disjoint i64 %j17.addr.03020, 8448
  %981 = getelementptr inbounds float, ptr %Bk, i64 %980
  %982 = load <16 x float>, ptr %981, align 4
  %983 = or disjoint i64 %j17.addr.03020, 8960
  %984 = getelementptr inbounds float, ptr %Bk, i64 %983
  %985 = load <16 x float>, ptr %984, align 4
  %986 = or disjoint i64 %j17.addr.03020, 8512
  %987 = getelementptr inbounds float, ptr %Bk, i64 %986
  %988 = load <16 x float>, ptr %987, align 4
  %989 = or disjoint i64 %j17.addr.03020, 9024
  %990 = getelementptr inbounds float, ptr %Bk, i64 %989
  %991 = load <16 x float>, ptr %990, align 4
  %992 = or disjoint i64 %j17.addr.03020, 8576
  %993 = getelementptr inbounds float, ptr %Bk, i64 %992
  %994 = load <16 x float>, ptr %993, align 4
  %995 = or disjoint i64 %j17.addr.03020, 9088
  %996 = getelementptr inbounds float, ptr %Bk, i64 %995
  %997 = load <16 x float>, ptr %996, align 4
  %998 = or disjoint i64 %j17.addr.03020, 8640
  %999 = getelementptr inbounds float, ptr %Bk, i64 %998
  %1000 = load <16 x float>, ptr %999, align 4
  %1001 = or disjoint i64 %j17.addr.03020, 9152
  %1002 = getelementptr inbounds float, ptr %Bk, i64 %1001
  %1003 = load <16 x float>, ptr %1002, align 4
  %1004 = shufflevector <16 x float> %958, <16 x float> %961, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1005 = shufflevector <16 x float> %982, <16 x float> %985, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1006 = shufflevector <16 x float> %964, <16 x float> %967, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1007 = shufflevector <16 x float> %988, <16 x float> %991, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1008 = shufflevector <16 x float> %970, <16 x float> %973, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1009 = shufflevector <16 x float> %994, <16 x float> %997, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1010 = shufflevector <16 x float> %976, <16 x float> %979, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1011 = shufflevector <16 x float> %1000, <16 x float> %1003, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1012 = shufflevector <16 x float> %958, <16 x float> %961, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1013 = shufflevector <16 x float> %982, <16 x float> %985, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1014 = shufflevector <16 x float> %964, <16 x float> %967, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1015 = shufflevector <16 x float> %988, <16 x float> %991, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1016 = shufflevector <16 x float> %970, <16 x float> %973, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1017 = shufflevector <16 x float> %994, <16 x float> %997, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1018 = shufflevector <16 x float> %976, <16 x float> %979, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1019 = shufflevector <16 x float> %1000, <16 x float> %1003, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1020 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1021 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1022 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1023 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1024 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1025 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1026 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1027 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1028 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1029 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1030 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1031 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1032 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1033 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1034 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1035 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1036 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1037 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1038 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1039 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1040 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1041 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1042 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1043 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1044 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1045 = shufflevector <16 x float> %1030, <16 x float> %1031, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1046 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1047 = shufflevector <16 x float> %1030, <16 x float> %1031, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1048 = shufflevector <16 x float> %1032, <16 x float> %1033, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1049 = shufflevector <16 x float> %1034, <16 x float> %1035, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1050 = shufflevector <16 x float> %1032, <16 x float> %1033, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1051 = shufflevector <16 x float> %1034, <16 x float> %1035, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1052 = shufflevector <16 x float> %1036, <16 x float> %1037, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2953 = shl nuw nsw i64 %j17.addr.03020, 6
  %1053 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2953
  store <16 x float> %1052, ptr %1053, align 4
  %1054 = shufflevector <16 x float> %1036, <16 x float> %1037, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1055 = shl nuw nsw i64 %j17.addr.03020, 4
  %1056 = or disjoint i64 %1055, 16
  %1057 = getelementptr inbounds float, ptr %QcT, i64 %1056
  store <16 x float> %1054, ptr %1057, align 4
  %1058 = shufflevector <16 x float> %1038, <16 x float> %1039, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1059 = or disjoint i64 %1055, 32
  %1060 = getelementptr inbounds float, ptr %QcT, i64 %1059
  store <16 x float> %1058, ptr %1060, align 4
  %1061 = shufflevector <16 x float> %1038, <16 x float> %1039, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1062 = or disjoint i64 %1055, 48
  %1063 = getelementptr inbounds float, ptr %QcT, i64 %1062
  store <16 x float> %1061, ptr %1063, align 4
  %1064 = shufflevector <16 x float> %1040, <16 x float> %1041, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1065 = or disjoint i64 %1055, 64
  %1066 = getelementptr inbounds float, ptr %QcT, i64 %1065
  store <16 x float> %1064, ptr %1066, align 4
  %1067 = shufflevector <16 x float> %1040, <16 x float> %1041, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1068 = or disjoint i64 %1055, 80
  %1069 = getelementptr inbounds float, ptr %QcT, i64 %1068
  store <16 x float> %1067, ptr %1069, align 4
  %1070 = shufflevector <16 x float> %1042, <16 x float> %1043, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1071 = or disjoint i64 %1055, 96
  %1072 = getelementptr inbounds float, ptr %QcT, i64 %1071
  store <16 x float> %1070, ptr %1072, align 4
  %1073 = shufflevector <16 x float> %1042, <16 x float> %1043, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1074 = or disjoint i64 %1055, 112
  %1075 = getelementptr inbounds float, ptr %QcT, i64 %1074
  store <16 x float> %1073, ptr %1075, align 4
  %1076 = shufflevector <16 x float> %1044, <16 x float> %1045, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1077 = or disjoint i64 %1055, 128
  %1078 = getelementptr inbounds float, ptr %QcT, i64 %1077
  store <16 x float> %1076, ptr %1078, align 4
  %1079 = shufflevector <16 x float> %1044, <16 x float> %1045, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1080 = or disjoint i64 %1055, 144
  %1081 = getelementptr inbounds float, ptr %QcT, i64 %1080
  store <16 x float> %1079, ptr %1081, align 4
  %1082 = shufflevector <16 x float> %1046, <16 x float> %1047, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1083 = or disjoint i64 %1055, 160
  %1084 = getelementptr inbounds float, ptr %QcT, i64 %1083
  store <16 x float> %1082, ptr %1084, align 4
  %1085 = shufflevector <16 x float> %1046, <16 x float> %1047, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1086 = or disjoint i64 %1055, 176
  %1087 = getelementptr inbounds float, ptr %QcT, i64 %1086
  store <16 x float> %1085, ptr %1087, align 4
  %1088 = shufflevector <16 x float> %1048, <16 x float> %1049, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1089 = or disjoint i64 %1055, 192
  %1090 = getelementptr inbounds float, ptr %QcT, i64 %1089
  store <16 x float> %1088, ptr %1090, align 4
  %1091 = shufflevector <16 x float> %1048, <16 x float> %1049, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1092 = or disjoint i64 %1055, 208
  %1093 = getelementptr inbounds float, ptr %QcT, i64 %1092
  store <16 x float> %1091, ptr %1093, align 4
  %1094 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1095 = or disjoint i64 %1055, 224
  %1096 = getelementptr inbounds float, ptr %QcT, i64 %1095
  store <16 x float> %1094, ptr %1096, align 4
  %1097 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1098 = or disjoint i64 %1055, 240
  %1099 = getelementptr inbounds float, ptr %QcT, i64 %1098
  store <16 x float> %1097, ptr %1099, align 4
  %j17.next = add nuw nsw i64 %j17.addr.03020, 16
  %1100 = icmp ult i64 %j17.addr.03020, 48
  br i1 %1100, label %j17.body, label %j18.body

j18.body:                                         ; preds = %j17.body, %j18.body
  %j18.addr.03021 = phi i64 [ %j18.next, %j18.body ], [ 0, %j17.body ]
  %1101 = getelementptr inbounds float, ptr %OY, i64 %j18.addr.03021
  %1102 = load <16 x float>, ptr %1101, align 4
  %1103 = or disjoint i64 %j18.addr.03021, 512
  %1104 = getelementptr inbounds float, ptr %OY, i64 %1103
  %1105 = load <16 x float>, ptr %1104, align 4
  %1106 = or disjoint i64 %j18.addr.03021, 64
  %1107 = getelementptr inbounds float, ptr %OY, i64 %1106
  %1108 = load <16 x float>, ptr %1107, align 4
  %1109 = or disjoint i64 %j18.addr.03021, 576
  %1110 = getelementptr inbounds float, ptr %OY, i64 %1109
  %1111 = load <16 x float>, ptr %1110, align 4
  %1112 = or disjoint i64 %j18.addr.03021, 128
  %1113 = getelementptr inbounds float, ptr %OY, i64 %1112
  %1114 = load <16 x float>, ptr %1113, align 4
  %1115 = or disjoint i64 %j18.addr.03021, 640
  %1116 = getelementptr inbounds float, ptr %OY, i64 %1115
  %1117 = load <16 x float>, ptr %1116, align 4
  %1118 = or disjoint i64 %j18.addr.03021, 192
  %1119 = getelementptr inbounds float, ptr %OY, i64 %1118
  %1120 = load <16 x float>, ptr %1119, align 4
  %1121 = or disjoint i64 %j18.addr.03021, 704
  %1122 = getelementptr inbounds float, ptr %OY, i64 %1121
  %1123 = load <16 x float>, ptr %1122, align 4
  %1124 = or disjoint i64 %j18.addr.03021, 256
  %1125 = getelementptr inbounds float, ptr %OY, i64 %1124
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = or disjoint i64 %j18.addr.03021, 768
  %1128 = getelementptr inbounds float, ptr %OY, i64 %1127
  %1129 = load <16 x float>, ptr %1128, align 4
  %1130 = or disjoint i64 %j18.addr.03021, 320
  %1131 = getelementptr inbounds float, ptr %OY, i64 %1130
  %1132 = load <16 x float>, ptr %1131, align 4
  %1133 = or disjoint i64 %j18.addr.03021, 832
  %1134 = getelementptr inbounds float, ptr %OY, i64 %1133
  %1135 = load <16 x float>, ptr %1134, align 4
  %1136 = or disjoint i64 %j18.addr.03021, 384
  %1137 = getelementptr inbounds float, ptr %OY, i64 %1136
  %1138 = load <16 x float>, ptr %1137, align 4
  %1139 = or disjoint i64 %j18.addr.03021, 896
  %1140 = getelementptr inbounds float, ptr %OY, i64 %1139
  %1141 = load <16 x float>, ptr %1140, align 4
  %1142 = or disjoint i64 %j18.addr.03021, 448
  %1143 = getelementptr inbounds float, ptr %OY, i64 %1142
  %1144 = load <16 x float>, ptr %1143, align 4
  %1145 = or disjoint i64 %j18.addr.03021, 960
  %1146 = getelementptr inbounds float, ptr %OY, i64 %1145
  %1147 = load <16 x float>, ptr %1146, align 4
  %1148 = shufflevector <16 x float> %1102, <16 x float> %1105, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1149 = shufflevector <16 x float> %1126, <16 x float> %1129, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1150 = shufflevector <16 x float> %1108, <16 x float> %1111, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1151 = shufflevector <16 x float> %1132, <16 x float> %1135, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1152 = shufflevector <16 x float> %1114, <16 x float> %1117, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1153 = shufflevector <16 x float> %1138, <16 x float> %1141, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1154 = shufflevector <16 x float> %1120, <16 x float> %1123, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1155 = shufflevector <16 x float> %1144, <16 x float> %1147, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1156 = shufflevector <16 x float> %1102, <16 x float> %1105, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1157 = shufflevector <16 x float> %1126, <16 x float> %1129, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1158 = shufflevector <16 x float> %1108, <16 x float> %1111, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1159 = shufflevector <16 x float> %1132, <16 x float> %1135, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1160 = shufflevector <16 x float> %1114, <16 x float> %1117, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1161 = shufflevector <16 x float> %1138, <16 x float> %1141, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1162 = shufflevector <16 x float> %1120, <16 x float> %1123, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1163 = shufflevector <16 x float> %1144, <16 x float> %1147, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1164 = shufflevector <16 x float> %1148, <16 x float> %1149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1165 = shufflevector <16 x float> %1152, <16 x float> %1153, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1166 = shufflevector <16 x float> %1150, <16 x float> %1151, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1167 = shufflevector <16 x float> %1154, <16 x float> %1155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1168 = shufflevector <16 x float> %1148, <16 x float> %1149, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1169 = shufflevector <16 x float> %1152, <16 x float> %1153, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1170 = shufflevector <16 x float> %1150, <16 x float> %1151, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1171 = shufflevector <16 x float> %1154, <16 x float> %1155, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1172 = shufflevector <16 x float> %1156, <16 x float> %1157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1173 = shufflevector <16 x float> %1160, <16 x float> %1161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1174 = shufflevector <16 x float> %1158, <16 x float> %1159, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1175 = shufflevector <16 x float> %1162, <16 x float> %1163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1176 = shufflevector <16 x float> %1156, <16 x float> %1157, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1177 = shufflevector <16 x float> %1160, <16 x float> %1161, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1178 = shufflevector <16 x float> %1158, <16 x float> %1159, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1179 = shufflevector <16 x float> %1162, <16 x float> %1163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1180 = shufflevector <16 x float> %1164, <16 x float> %1165, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1181 = shufflevector <16 x float> %1166, <16 x float> %1167, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1182 = shufflevector <16 x float> %1164, <16 x float> %1165, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1183 = shufflevector <16 x float> %1166, <16 x float> %1167, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1184 = shufflevector <16 x float> %1168, <16 x float> %1169, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1185 = shufflevector <16 x float> %1170, <16 x float> %1171, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1186 = shufflevector <16 x float> %1168, <16 x float> %1169, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1187 = shufflevector <16 x float> %1170, <16 x float> %1171, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1188 = shufflevector <16 x float> %1172, <16 x float> %1173, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1189 = shufflevector <16 x float> %1174, <16 x float> %1175, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1190 = shufflevector <16 x float> %1172, <16 x float> %1173, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1191 = shufflevector <16 x float> %1174, <16 x float> %1175, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1192 = shufflevector <16 x float> %1176, <16 x float> %1177, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1193 = shufflevector <16 x float> %1178, <16 x float> %1179, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1194 = shufflevector <16 x float> %1176, <16 x float> %1177, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1195 = shufflevector <16 x float> %1178, <16 x float> %1179, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1196 = shufflevector <16 x float> %1180, <16 x float> %1181, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2952 = shl nuw nsw i64 %j18.addr.03021, 6
  %1197 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2952
  store <16 x float> %1196, ptr %1197, align 4
  %1198 = shufflevector <16 x float> %1180, <16 x float> %1181, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1199 = shl nuw nsw i64 %j18.addr.03021, 4
  %1200 = or disjoint i64 %1199, 16
  %1201 = getelementptr inbounds float, ptr %dOT, i64 %1200
  store <16 x float> %1198, ptr %1201, align 4
  %1202 = shufflevector <16 x float> %1182, <16 x float> %1183, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1203 = or disjoint i64 %1199, 32
  %1204 = getelementptr inbounds float, ptr %dOT, i64 %1203
  store <16 x float> %1202, ptr %1204, align 4
  %1205 = shufflevector <16 x float> %1182, <16 x float> %1183, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1206 = or disjoint i64 %1199, 48
  %1207 = getelementptr inbounds float, ptr %dOT, i64 %1206
  store <16 x float> %1205, ptr %1207, align 4
  %1208 = shufflevector <16 x float> %1184, <16 x float> %1185, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1209 = or disjoint i64 %1199, 64
  %1210 = getelementptr inbounds float, ptr %dOT, i64 %1209
  store <16 x float> %1208, ptr %1210, align 4
  %1211 = shufflevector <16 x float> %1184, <16 x float> %1185, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1212 = or disjoint i64 %1199, 80
  %1213 = getelementptr inbounds float, ptr %dOT, i64 %1212
  store <16 x float> %1211, ptr %1213, align 4
  %1214 = shufflevector <16 x float> %1186, <16 x float> %1187, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1215 = or disjoint i64 %1199, 96
  %1216 = getelementptr inbounds float, ptr %dOT, i64 %1215
  store <16 x float> %1214, ptr %1216, align 4
  %1217 = shufflevector <16 x float> %1186, <16 x float> %1187, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1218 = or disjoint i64 %1199, 112
  %1219 = getelementptr inbounds float, ptr %dOT, i64 %1218
  store <16 x float> %1217, ptr %1219, align 4
  %1220 = shufflevector <16 x float> %1188, <16 x float> %1189, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1221 = or disjoint i64 %1199, 128
  %1222 = getelementptr inbounds float, ptr %dOT, i64 %1221
  store <16 x float> %1220, ptr %1222, align 4
  %1223 = shufflevector <16 x float> %1188, <16 x float> %1189, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1224 = or disjoint i64 %1199, 144
  %1225 = getelementptr inbounds float, ptr %dOT, i64 %1224
  store <16 x float> %1223, ptr %1225, align 4
  %1226 = shufflevector <16 x float> %1190, <16 x float> %1191, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1227 = or disjoint i64 %1199, 160
  %1228 = getelementptr inbounds float, ptr %dOT, i64 %1227
  store <16 x float> %1226, ptr %1228, align 4
  %1229 = shufflevector <16 x float> %1190, <16 x float> %1191, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1230 = or disjoint i64 %1199, 176
  %1231 = getelementptr inbounds float, ptr %dOT, i64 %1230
  store <16 x float> %1229, ptr %1231, align 4
  %1232 = shufflevector <16 x float> %1192, <16 x float> %1193, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1233 = or disjoint i64 %1199, 192
  %1234 = getelementptr inbounds float, ptr %dOT, i64 %1233
  store <16 x float> %1232, ptr %1234, align 4
  %1235 = shufflevector <16 x float> %1192, <16 x float> %1193, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1236 = or disjoint i64 %1199, 208
  %1237 = getelementptr inbounds float, ptr %dOT, i64 %1236
  store <16 x float> %1235, ptr %1237, align 4
  %1238 = shufflevector <16 x float> %1194, <16 x float> %1195, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1239 = or disjoint i64 %1199, 224
  %1240 = getelementptr inbounds float, ptr %dOT, i64 %1239
  store <16 x float> %1238, ptr %1240, align 4
  %1241 = shufflevector <16 x float> %1194, <16 x float> %1195, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1242 = or disjoint i64 %1199, 240
  %1243 = getelementptr inbounds float, ptr %dOT, i64 %1242
  store <16 x float> %1241, ptr %1243, align 4
  %j18.next = add nuw nsw i64 %j18.addr.03021, 16
  %1244 = icmp ult i64 %j18.addr.03021, 48
  br i1 %1244, label %j18.body, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.1, %p3.exit
  %1245 = icmp ult i64 %i23.addr.03034, 24
  br i1 %1245, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.body, %i23.head.loopexit
  %i23.addr.03034 = phi i64 [ %1246, %i23.head.loopexit ], [ 0, %j18.body ]
  %1246 = add nuw nsw i64 %i23.addr.03034, 8
  %.idx2950 = shl nuw nsw i64 %i23.addr.03034, 7
  %1247 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2950
  %1248 = shl nuw nsw i64 %i23.addr.03034, 5
  %1249 = or disjoint i64 %1248, 32
  %1250 = getelementptr inbounds float, ptr %Gm, i64 %1249
  %1251 = or disjoint i64 %1248, 64
  %1252 = getelementptr inbounds float, ptr %Gm, i64 %1251
  %1253 = or disjoint i64 %1248, 96
  %1254 = getelementptr inbounds float, ptr %Gm, i64 %1253
  %1255 = or disjoint i64 %1248, 128
  %1256 = getelementptr inbounds float, ptr %Gm, i64 %1255
  %1257 = or disjoint i64 %1248, 160
  %1258 = getelementptr inbounds float, ptr %Gm, i64 %1257
  %1259 = or disjoint i64 %1248, 192
  %1260 = getelementptr inbounds float, ptr %Gm, i64 %1259
  %1261 = or disjoint i64 %1248, 224
  %1262 = getelementptr inbounds float, ptr %Gm, i64 %1261
  %.idx3617 = shl nsw i64 %i23.addr.03034, 8
  %invariant.gep3876 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3617
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.03032 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1268, %p3.body ]
  %acc1.03031 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1273, %p3.body ]
  %acc2.03030 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1278, %p3.body ]
  %acc3.03029 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1283, %p3.body ]
  %acc4.03028 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1288, %p3.body ]
  %acc5.03027 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1293, %p3.body ]
  %acc6.03026 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1298, %p3.body ]
  %acc7.03025 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1303, %p3.body ]
  %p3.addr.03024 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx2951 = shl nuw nsw i64 %p3.addr.03024, 7
  %gep3023 = getelementptr inbounds i8, ptr %KT, i64 %.idx2951
  %1263 = load <16 x float>, ptr %gep3023, align 4
  %gep3877 = getelementptr inbounds float, ptr %invariant.gep3876, i64 %p3.addr.03024
  %1264 = getelementptr inbounds i8, ptr %gep3877, i64 36864
  %1265 = load float, ptr %1264, align 4
  %1266 = insertelement <16 x float> poison, float %1265, i64 0
  %1267 = shufflevector <16 x float> %1266, <16 x float> poison, <16 x i32> zeroinitializer
  %1268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1267, <16 x float> %1263, <16 x float> %acc.03032)
  %1269 = getelementptr inbounds i8, ptr %gep3877, i64 37120
  %1270 = load float, ptr %1269, align 4
  %1271 = insertelement <16 x float> poison, float %1270, i64 0
  %1272 = shufflevector <16 x float> %1271, <16 x float> poison, <16 x i32> zeroinitializer
  %1273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1272, <16 x float> %1263, <16 x float> %acc1.03031)
  %1274 = getelementptr inbounds i8, ptr %gep3877, i64 37376
  %1275 = load float, ptr %1274, align 4
  %1276 = insertelement <16 x float> poison, float %1275, i64 0
  %1277 = shufflevector <16 x float> %1276, <16 x float> poison, <16 x i32> zeroinitializer
  %1278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1277, <16 x float> %1263, <16 x float> %acc2.03030)
  %1279 = getelementptr inbounds i8, ptr %gep3877, i64 37632
  %1280 = load float, ptr %1279, align 4
  %1281 = insertelement <16 x float> poison, float %1280, i64 0
  %1282 = shufflevector <16 x float> %1281, <16 x float> poison, <16 x i32> zeroinitializer
  %1283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1282, <16 x float> %1263, <16 x float> %acc3.03029)
  %1284 = getelementptr inbounds i8, ptr %gep3877, i64 37888
  %1285 = load float, ptr %1284, align 4
  %1286 = insertelement <16 x float> poison, float %1285, i64 0
  %1287 = shufflevector <16 x float> %1286, <16 x float> poison, <16 x i32> zeroinitializer
  %1288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1287, <16 x float> %1263, <16 x float> %acc4.03028)
  %1289 = getelementptr inbounds i8, ptr %gep3877, i64 38144
  %1290 = load float, ptr %1289, align 4
  %1291 = insertelement <16 x float> poison, float %1290, i64 0
  %1292 = shufflevector <16 x float> %1291, <16 x float> poison, <16 x i32> zeroinitializer
  %1293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1292, <16 x float> %1263, <16 x float> %acc5.03027)
  %1294 = getelementptr inbounds i8, ptr %gep3877, i64 38400
  %1295 = load float, ptr %1294, align 4
  %1296 = insertelement <16 x float> poison, float %1295, i64 0
  %1297 = shufflevector <16 x float> %1296, <16 x float> poison, <16 x i32> zeroinitializer
  %1298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1297, <16 x float> %1263, <16 x float> %acc6.03026)
  %1299 = getelementptr inbounds i8, ptr %gep3877, i64 38656
  %1300 = load float, ptr %1299, align 4
  %1301 = insertelement <16 x float> poison, float %1300, i64 0
  %1302 = shufflevector <16 x float> %1301, <16 x float> poison, <16 x i32> zeroinitializer
  %1303 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1302, <16 x float> %1263, <16 x float> %acc7.03025)
  %p3.next = add nuw nsw i64 %p3.addr.03024, 1
  %exitcond3576.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3576.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1268, ptr %1247, align 4
  store <16 x float> %1273, ptr %1250, align 4
  store <16 x float> %1278, ptr %1252, align 4
  store <16 x float> %1283, ptr %1254, align 4
  store <16 x float> %1288, ptr %1256, align 4
  store <16 x float> %1293, ptr %1258, align 4
  store <16 x float> %1298, ptr %1260, align 4
  store <16 x float> %1303, ptr %1262, align 4
  %1304 = icmp ugt i64 %i23.addr.03034, 8
  br i1 %1304, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.03032.1 = phi <16 x float> [ %1310, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.03031.1 = phi <16 x float> [ %1315, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.03030.1 = phi <16 x float> [ %1320, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.03029.1 = phi <16 x float> [ %1325, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.03028.1 = phi <16 x float> [ %1330, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.03027.1 = phi <16 x float> [ %1335, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.03026.1 = phi <16 x float> [ %1340, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.03025.1 = phi <16 x float> [ %1345, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.03024.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2951.1 = shl nuw nsw i64 %p3.addr.03024.1, 7
  %gep3023.1 = getelementptr inbounds i8, ptr %invariant.gep3022.1, i64 %.idx2951.1
  %1305 = load <16 x float>, ptr %gep3023.1, align 4
  %gep3877.1 = getelementptr inbounds float, ptr %invariant.gep3876, i64 %p3.addr.03024.1
  %1306 = getelementptr inbounds i8, ptr %gep3877.1, i64 36864
  %1307 = load float, ptr %1306, align 4
  %1308 = insertelement <16 x float> poison, float %1307, i64 0
  %1309 = shufflevector <16 x float> %1308, <16 x float> poison, <16 x i32> zeroinitializer
  %1310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1309, <16 x float> %1305, <16 x float> %acc.03032.1)
  %1311 = getelementptr inbounds i8, ptr %gep3877.1, i64 37120
  %1312 = load float, ptr %1311, align 4
  %1313 = insertelement <16 x float> poison, float %1312, i64 0
  %1314 = shufflevector <16 x float> %1313, <16 x float> poison, <16 x i32> zeroinitializer
  %1315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1314, <16 x float> %1305, <16 x float> %acc1.03031.1)
  %1316 = getelementptr inbounds i8, ptr %gep3877.1, i64 37376
  %1317 = load float, ptr %1316, align 4
  %1318 = insertelement <16 x float> poison, float %1317, i64 0
  %1319 = shufflevector <16 x float> %1318, <16 x float> poison, <16 x i32> zeroinitializer
  %1320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1319, <16 x float> %1305, <16 x float> %acc2.03030.1)
  %1321 = getelementptr inbounds i8, ptr %gep3877.1, i64 37632
  %1322 = load float, ptr %1321, align 4
  %1323 = insertelement <16 x float> poison, float %1322, i64 0
  %1324 = shufflevector <16 x float> %1323, <16 x float> poison, <16 x i32> zeroinitializer
  %1325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1324, <16 x float> %1305, <16 x float> %acc3.03029.1)
  %1326 = getelementptr inbounds i8, ptr %gep3877.1, i64 37888
  %1327 = load float, ptr %1326, align 4
  %1328 = insertelement <16 x float> poison, float %1327, i64 0
  %1329 = shufflevector <16 x float> %1328, <16 x float> poison, <16 x i32> zeroinitializer
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1305, <16 x float> %acc4.03028.1)
  %1331 = getelementptr inbounds i8, ptr %gep3877.1, i64 38144
  %1332 = load float, ptr %1331, align 4
  %1333 = insertelement <16 x float> poison, float %1332, i64 0
  %1334 = shufflevector <16 x float> %1333, <16 x float> poison, <16 x i32> zeroinitializer
  %1335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1334, <16 x float> %1305, <16 x float> %acc5.03027.1)
  %1336 = getelementptr inbounds i8, ptr %gep3877.1, i64 38400
  %1337 = load float, ptr %1336, align 4
  %1338 = insertelement <16 x float> poison, float %1337, i64 0
  %1339 = shufflevector <16 x float> %1338, <16 x float> poison, <16 x i32> zeroinitializer
  %1340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1339, <16 x float> %1305, <16 x float> %acc6.03026.1)
  %1341 = getelementptr inbounds i8, ptr %gep3877.1, i64 38656
  %1342 = load float, ptr %1341, align 4
  %1343 = insertelement <16 x float> poison, float %1342, i64 0
  %1344 = shufflevector <16 x float> %1343, <16 x float> poison, <16 x i32> zeroinitializer
  %1345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1344, <16 x float> %1305, <16 x float> %acc7.03025.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.03024.1, 1
  %exitcond3576.not.1 = icmp eq i64 %p3.next.1, 64
  br i1 %exitcond3576.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1346 = getelementptr inbounds i8, ptr %1247, i64 64
  store <16 x float> %1310, ptr %1346, align 4
  %1347 = getelementptr inbounds i8, ptr %1250, i64 64
  store <16 x float> %1315, ptr %1347, align 4
  %1348 = getelementptr inbounds i8, ptr %1252, i64 64
  store <16 x float> %1320, ptr %1348, align 4
  %1349 = getelementptr inbounds i8, ptr %1254, i64 64
  store <16 x float> %1325, ptr %1349, align 4
  %1350 = getelementptr inbounds i8, ptr %1256, i64 64
  store <16 x float> %1330, ptr %1350, align 4
  %1351 = getelementptr inbounds i8, ptr %1258, i64 64
  store <16 x float> %1335, ptr %1351, align 4
  %1352 = getelementptr inbounds i8, ptr %1260, i64 64
  store <16 x float> %1340, ptr %1352, align 4
  %1353 = getelementptr inbounds i8, ptr %1262, i64 64
  store <16 x float> %1345, ptr %1353, align 4
  br label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.03053 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1354 = shl nuw nsw i64 %i24.addr.03053, 6
  %1355 = shl nuw nsw i64 %i24.addr.03053, 7
  %1356 = or disjoint i64 %1355, 128
  %1357 = or disjoint i64 %1355, 256
  %1358 = or disjoint i64 %1355, 384
  %invariant.gep3878 = getelementptr inbounds float, ptr %Bk, i64 %1354
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.03051 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1375, %p4.body ]
  %acc9.03050 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1376, %p4.body ]
  %acc10.03049 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1377, %p4.body ]
  %acc11.03048 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1378, %p4.body ]
  %acc12.03047 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1383, %p4.body ]
  %acc13.03046 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1384, %p4.body ]
  %acc14.03045 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1385, %p4.body ]
  %acc15.03044 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1386, %p4.body ]
  %acc16.03043 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1391, %p4.body ]
  %acc17.03042 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1392, %p4.body ]
  %acc18.03041 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1393, %p4.body ]
  %acc19.03040 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1394, %p4.body ]
  %acc20.03039 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1399, %p4.body ]
  %acc21.03038 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1400, %p4.body ]
  %acc22.03037 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1401, %p4.body ]
  %acc23.03036 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1402, %p4.body ]
  %p4.addr.03035 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1359 = shl nuw nsw i64 %p4.addr.03035, 7
  %1360 = getelementptr inbounds float, ptr %work, i64 %1359
  %1361 = load <16 x float>, ptr %1360, align 4
  %1362 = or disjoint i64 %1359, 16
  %1363 = getelementptr inbounds float, ptr %work, i64 %1362
  %1364 = load <16 x float>, ptr %1363, align 4
  %1365 = or disjoint i64 %1359, 32
  %1366 = getelementptr inbounds float, ptr %work, i64 %1365
  %1367 = load <16 x float>, ptr %1366, align 4
  %1368 = or disjoint i64 %1359, 48
  %1369 = getelementptr inbounds float, ptr %work, i64 %1368
  %1370 = load <16 x float>, ptr %1369, align 4
  %gep3879 = getelementptr inbounds float, ptr %invariant.gep3878, i64 %p4.addr.03035
  %1371 = getelementptr inbounds i8, ptr %gep3879, i64 36864
  %1372 = load float, ptr %1371, align 4
  %1373 = insertelement <16 x float> poison, float %1372, i64 0
  %1374 = shufflevector <16 x float> %1373, <16 x float> poison, <16 x i32> zeroinitializer
  %1375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1374, <16 x float> %1361, <16 x float> %acc8.03051)
  %1376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1374, <16 x float> %1364, <16 x float> %acc9.03050)
  %1377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1374, <16 x float> %1367, <16 x float> %acc10.03049)
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1374, <16 x float> %1370, <16 x float> %acc11.03048)
  %1379 = getelementptr inbounds i8, ptr %gep3879, i64 37120
  %1380 = load float, ptr %1379, align 4
  %1381 = insertelement <16 x float> poison, float %1380, i64 0
  %1382 = shufflevector <16 x float> %1381, <16 x float> poison, <16 x i32> zeroinitializer
  %1383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1361, <16 x float> %acc12.03047)
  %1384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1364, <16 x float> %acc13.03046)
  %1385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1367, <16 x float> %acc14.03045)
  %1386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1370, <16 x float> %acc15.03044)
  %1387 = getelementptr inbounds i8, ptr %gep3879, i64 37376
  %1388 = load float, ptr %1387, align 4
  %1389 = insertelement <16 x float> poison, float %1388, i64 0
  %1390 = shufflevector <16 x float> %1389, <16 x float> poison, <16 x i32> zeroinitializer
  %1391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1390, <16 x float> %1361, <16 x float> %acc16.03043)
  %1392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1390, <16 x float> %1364, <16 x float> %acc17.03042)
  %1393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1390, <16 x float> %1367, <16 x float> %acc18.03041)
  %1394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1390, <16 x float> %1370, <16 x float> %acc19.03040)
  %1395 = getelementptr inbounds i8, ptr %gep3879, i64 37632
  %1396 = load float, ptr %1395, align 4
  %1397 = insertelement <16 x float> poison, float %1396, i64 0
  %1398 = shufflevector <16 x float> %1397, <16 x float> poison, <16 x i32> zeroinitializer
  %1399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1398, <16 x float> %1361, <16 x float> %acc20.03039)
  %1400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1398, <16 x float> %1364, <16 x float> %acc21.03038)
  %1401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1398, <16 x float> %1367, <16 x float> %acc22.03037)
  %1402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1398, <16 x float> %1370, <16 x float> %acc23.03036)
  %p4.next = add nuw nsw i64 %p4.addr.03035, 1
  %exitcond3577.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3577.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1403 = getelementptr inbounds float, ptr %KSdS, i64 %1355
  store <16 x float> %1375, ptr %1403, align 4
  %1404 = or disjoint i64 %1355, 16
  %1405 = getelementptr inbounds float, ptr %KSdS, i64 %1404
  store <16 x float> %1376, ptr %1405, align 4
  %1406 = or disjoint i64 %1355, 32
  %1407 = getelementptr inbounds float, ptr %KSdS, i64 %1406
  store <16 x float> %1377, ptr %1407, align 4
  %1408 = or disjoint i64 %1355, 48
  %1409 = getelementptr inbounds float, ptr %KSdS, i64 %1408
  store <16 x float> %1378, ptr %1409, align 4
  %1410 = getelementptr inbounds float, ptr %KSdS, i64 %1356
  store <16 x float> %1383, ptr %1410, align 4
  %1411 = or disjoint i64 %1355, 144
  %1412 = getelementptr inbounds float, ptr %KSdS, i64 %1411
  store <16 x float> %1384, ptr %1412, align 4
  %1413 = or disjoint i64 %1355, 160
  %1414 = getelementptr inbounds float, ptr %KSdS, i64 %1413
  store <16 x float> %1385, ptr %1414, align 4
  %1415 = or disjoint i64 %1355, 176
  %1416 = getelementptr inbounds float, ptr %KSdS, i64 %1415
  store <16 x float> %1386, ptr %1416, align 4
  %1417 = getelementptr inbounds float, ptr %KSdS, i64 %1357
  store <16 x float> %1391, ptr %1417, align 4
  %1418 = or disjoint i64 %1355, 272
  %1419 = getelementptr inbounds float, ptr %KSdS, i64 %1418
  store <16 x float> %1392, ptr %1419, align 4
  %1420 = or disjoint i64 %1355, 288
  %1421 = getelementptr inbounds float, ptr %KSdS, i64 %1420
  store <16 x float> %1393, ptr %1421, align 4
  %1422 = or disjoint i64 %1355, 304
  %1423 = getelementptr inbounds float, ptr %KSdS, i64 %1422
  store <16 x float> %1394, ptr %1423, align 4
  %1424 = getelementptr inbounds float, ptr %KSdS, i64 %1358
  store <16 x float> %1399, ptr %1424, align 4
  %1425 = or disjoint i64 %1355, 400
  %1426 = getelementptr inbounds float, ptr %KSdS, i64 %1425
  store <16 x float> %1400, ptr %1426, align 4
  %1427 = or disjoint i64 %1355, 416
  %1428 = getelementptr inbounds float, ptr %KSdS, i64 %1427
  store <16 x float> %1401, ptr %1428, align 4
  %1429 = or disjoint i64 %1355, 432
  %1430 = getelementptr inbounds float, ptr %KSdS, i64 %1429
  store <16 x float> %1402, ptr %1430, align 4
  %invariant.gep3880 = getelementptr inbounds float, ptr %Bk, i64 %1354
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.03051.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1448, %p4.body.1 ]
  %acc9.03050.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1449, %p4.body.1 ]
  %acc10.03049.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1450, %p4.body.1 ]
  %acc11.03048.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1451, %p4.body.1 ]
  %acc12.03047.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1456, %p4.body.1 ]
  %acc13.03046.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1457, %p4.body.1 ]
  %acc14.03045.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1458, %p4.body.1 ]
  %acc15.03044.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1459, %p4.body.1 ]
  %acc16.03043.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1464, %p4.body.1 ]
  %acc17.03042.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1465, %p4.body.1 ]
  %acc18.03041.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1466, %p4.body.1 ]
  %acc19.03040.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1467, %p4.body.1 ]
  %acc20.03039.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1472, %p4.body.1 ]
  %acc21.03038.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1473, %p4.body.1 ]
  %acc22.03037.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1474, %p4.body.1 ]
  %acc23.03036.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1475, %p4.body.1 ]
  %p4.addr.03035.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1431 = shl nuw nsw i64 %p4.addr.03035.1, 7
  %1432 = or disjoint i64 %1431, 64
  %1433 = getelementptr inbounds float, ptr %work, i64 %1432
  %1434 = load <16 x float>, ptr %1433, align 4
  %1435 = or disjoint i64 %1431, 80
  %1436 = getelementptr inbounds float, ptr %work, i64 %1435
  %1437 = load <16 x float>, ptr %1436, align 4
  %1438 = or disjoint i64 %1431, 96
  %1439 = getelementptr inbounds float, ptr %work, i64 %1438
  %1440 = load <16 x float>, ptr %1439, align 4
  %1441 = or disjoint i64 %1431, 112
  %1442 = getelementptr inbounds float, ptr %work, i64 %1441
  %1443 = load <16 x float>, ptr %1442, align 4
  %gep3881 = getelementptr inbounds float, ptr %invariant.gep3880, i64 %p4.addr.03035.1
  %1444 = getelementptr inbounds i8, ptr %gep3881, i64 36864
  %1445 = load float, ptr %1444, align 4
  %1446 = insertelement <16 x float> poison, float %1445, i64 0
  %1447 = shufflevector <16 x float> %1446, <16 x float> poison, <16 x i32> zeroinitializer
  %1448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1434, <16 x float> %acc8.03051.1)
  %1449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1437, <16 x float> %acc9.03050.1)
  %1450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1440, <16 x float> %acc10.03049.1)
  %1451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1443, <16 x float> %acc11.03048.1)
  %1452 = getelementptr inbounds i8, ptr %gep3881, i64 37120
  %1453 = load float, ptr %1452, align 4
  %1454 = insertelement <16 x float> poison, float %1453, i64 0
  %1455 = shufflevector <16 x float> %1454, <16 x float> poison, <16 x i32> zeroinitializer
  %1456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1455, <16 x float> %1434, <16 x float> %acc12.03047.1)
  %1457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1455, <16 x float> %1437, <16 x float> %acc13.03046.1)
  %1458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1455, <16 x float> %1440, <16 x float> %acc14.03045.1)
  %1459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1455, <16 x float> %1443, <16 x float> %acc15.03044.1)
  %1460 = getelementptr inbounds i8, ptr %gep3881, i64 37376
  %1461 = load float, ptr %1460, align 4
  %1462 = insertelement <16 x float> poison, float %1461, i64 0
  %1463 = shufflevector <16 x float> %1462, <16 x float> poison, <16 x i32> zeroinitializer
  %1464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1434, <16 x float> %acc16.03043.1)
  %1465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1437, <16 x float> %acc17.03042.1)
  %1466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1440, <16 x float> %acc18.03041.1)
  %1467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1443, <16 x float> %acc19.03040.1)
  %1468 = getelementptr inbounds i8, ptr %gep3881, i64 37632
  %1469 = load float, ptr %1468, align 4
  %1470 = insertelement <16 x float> poison, float %1469, i64 0
  %1471 = shufflevector <16 x float> %1470, <16 x float> poison, <16 x i32> zeroinitializer
  %1472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1471, <16 x float> %1434, <16 x float> %acc20.03039.1)
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1471, <16 x float> %1437, <16 x float> %acc21.03038.1)
  %1474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1471, <16 x float> %1440, <16 x float> %acc22.03037.1)
  %1475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1471, <16 x float> %1443, <16 x float> %acc23.03036.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.03035.1, 1
  %exitcond3577.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3577.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1476 = or disjoint i64 %1355, 64
  %1477 = getelementptr inbounds float, ptr %KSdS, i64 %1476
  store <16 x float> %1448, ptr %1477, align 4
  %1478 = or disjoint i64 %1355, 80
  %1479 = getelementptr inbounds float, ptr %KSdS, i64 %1478
  store <16 x float> %1449, ptr %1479, align 4
  %1480 = or disjoint i64 %1355, 96
  %1481 = getelementptr inbounds float, ptr %KSdS, i64 %1480
  store <16 x float> %1450, ptr %1481, align 4
  %1482 = or disjoint i64 %1355, 112
  %1483 = getelementptr inbounds float, ptr %KSdS, i64 %1482
  store <16 x float> %1451, ptr %1483, align 4
  %1484 = or disjoint i64 %1355, 192
  %1485 = getelementptr inbounds float, ptr %KSdS, i64 %1484
  store <16 x float> %1456, ptr %1485, align 4
  %1486 = or disjoint i64 %1355, 208
  %1487 = getelementptr inbounds float, ptr %KSdS, i64 %1486
  store <16 x float> %1457, ptr %1487, align 4
  %1488 = or disjoint i64 %1355, 224
  %1489 = getelementptr inbounds float, ptr %KSdS, i64 %1488
  store <16 x float> %1458, ptr %1489, align 4
  %1490 = or disjoint i64 %1355, 240
  %1491 = getelementptr inbounds float, ptr %KSdS, i64 %1490
  store <16 x float> %1459, ptr %1491, align 4
  %1492 = or disjoint i64 %1355, 320
  %1493 = getelementptr inbounds float, ptr %KSdS, i64 %1492
  store <16 x float> %1464, ptr %1493, align 4
  %1494 = or disjoint i64 %1355, 336
  %1495 = getelementptr inbounds float, ptr %KSdS, i64 %1494
  store <16 x float> %1465, ptr %1495, align 4
  %1496 = or disjoint i64 %1355, 352
  %1497 = getelementptr inbounds float, ptr %KSdS, i64 %1496
  store <16 x float> %1466, ptr %1497, align 4
  %1498 = or disjoint i64 %1355, 368
  %1499 = getelementptr inbounds float, ptr %KSdS, i64 %1498
  store <16 x float> %1467, ptr %1499, align 4
  %1500 = or disjoint i64 %1355, 448
  %1501 = getelementptr inbounds float, ptr %KSdS, i64 %1500
  store <16 x float> %1472, ptr %1501, align 4
  %1502 = or disjoint i64 %1355, 464
  %1503 = getelementptr inbounds float, ptr %KSdS, i64 %1502
  store <16 x float> %1473, ptr %1503, align 4
  %1504 = or disjoint i64 %1355, 480
  %1505 = getelementptr inbounds float, ptr %KSdS, i64 %1504
  store <16 x float> %1474, ptr %1505, align 4
  %1506 = or disjoint i64 %1355, 496
  %1507 = getelementptr inbounds float, ptr %KSdS, i64 %1506
  store <16 x float> %1475, ptr %1507, align 4
  %i24.next = add nuw nsw i64 %i24.addr.03053, 4
  %1508 = icmp ult i64 %i24.addr.03053, 28
  br i1 %1508, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.03055 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3334 = shl nsw i64 %i25.addr.03055, 8
  %1509 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3334
  %1510 = load <16 x float>, ptr %1509, align 4
  %.idx3335 = shl nsw i64 %i25.addr.03055, 9
  %1511 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3335
  %1512 = load <16 x float>, ptr %1511, align 4
  %1513 = fsub <16 x float> %1510, %1512
  store <16 x float> %1513, ptr %1509, align 4
  %1514 = getelementptr inbounds i8, ptr %39, i64 %.idx3334
  %1515 = load <16 x float>, ptr %1514, align 4
  %1516 = getelementptr inbounds i8, ptr %40, i64 %.idx3335
  %1517 = load <16 x float>, ptr %1516, align 4
  %1518 = fsub <16 x float> %1515, %1517
  store <16 x float> %1518, ptr %1514, align 4
  %1519 = getelementptr inbounds i8, ptr %41, i64 %.idx3334
  %1520 = load <16 x float>, ptr %1519, align 4
  %1521 = getelementptr inbounds i8, ptr %42, i64 %.idx3335
  %1522 = load <16 x float>, ptr %1521, align 4
  %1523 = fsub <16 x float> %1520, %1522
  store <16 x float> %1523, ptr %1519, align 4
  %1524 = getelementptr inbounds i8, ptr %43, i64 %.idx3334
  %1525 = load <16 x float>, ptr %1524, align 4
  %1526 = getelementptr inbounds i8, ptr %44, i64 %.idx3335
  %1527 = load <16 x float>, ptr %1526, align 4
  %1528 = fsub <16 x float> %1525, %1527
  store <16 x float> %1528, ptr %1524, align 4
  %i25.next = or disjoint i64 %i25.addr.03055, 1
  %.idx3334.1 = shl nsw i64 %i25.next, 8
  %1529 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3334.1
  %1530 = load <16 x float>, ptr %1529, align 4
  %.idx3335.1 = shl nsw i64 %i25.next, 9
  %1531 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3335.1
  %1532 = load <16 x float>, ptr %1531, align 4
  %1533 = fsub <16 x float> %1530, %1532
  store <16 x float> %1533, ptr %1529, align 4
  %1534 = getelementptr inbounds i8, ptr %39, i64 %.idx3334.1
  %1535 = load <16 x float>, ptr %1534, align 4
  %1536 = getelementptr inbounds i8, ptr %40, i64 %.idx3335.1
  %1537 = load <16 x float>, ptr %1536, align 4
  %1538 = fsub <16 x float> %1535, %1537
  store <16 x float> %1538, ptr %1534, align 4
  %1539 = getelementptr inbounds i8, ptr %41, i64 %.idx3334.1
  %1540 = load <16 x float>, ptr %1539, align 4
  %1541 = getelementptr inbounds i8, ptr %42, i64 %.idx3335.1
  %1542 = load <16 x float>, ptr %1541, align 4
  %1543 = fsub <16 x float> %1540, %1542
  store <16 x float> %1543, ptr %1539, align 4
  %1544 = getelementptr inbounds i8, ptr %43, i64 %.idx3334.1
  %1545 = load <16 x float>, ptr %1544, align 4
  %1546 = getelementptr inbounds i8, ptr %44, i64 %.idx3335.1
  %1547 = load <16 x float>, ptr %1546, align 4
  %1548 = fsub <16 x float> %1545, %1547
  store <16 x float> %1548, ptr %1544, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.03055, 2
  %exitcond3578.not.1 = icmp eq i64 %i25.next.1, 32
  br i1 %exitcond3578.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.03088 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.03088, 2
  %.not3336 = icmp eq i64 %ib.addr.03088, 0
  br i1 %.not3336, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2949 = shl nuw nsw i64 %ib.addr.03088, 9
  %1549 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2949
  %1550 = shl nuw nsw i64 %ib.addr.03088, 7
  %1551 = or disjoint i64 %1550, 32
  %1552 = getelementptr inbounds float, ptr %Gm, i64 %1551
  %1553 = or disjoint i64 %1550, 64
  %1554 = getelementptr inbounds float, ptr %Gm, i64 %1553
  %1555 = or disjoint i64 %1550, 96
  %1556 = getelementptr inbounds float, ptr %Gm, i64 %1555
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.03072 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1573, %j21.body ]
  %acc25.03071 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1574, %j21.body ]
  %acc26.03070 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1575, %j21.body ]
  %acc27.03069 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1576, %j21.body ]
  %acc28.03068 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1581, %j21.body ]
  %acc29.03067 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1582, %j21.body ]
  %acc30.03066 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1583, %j21.body ]
  %acc31.03065 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1584, %j21.body ]
  %acc32.03064 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1589, %j21.body ]
  %acc33.03063 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1590, %j21.body ]
  %acc34.03062 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1591, %j21.body ]
  %acc35.03061 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1592, %j21.body ]
  %acc36.03060 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1597, %j21.body ]
  %acc37.03059 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1598, %j21.body ]
  %acc38.03058 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1599, %j21.body ]
  %acc39.03057 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1600, %j21.body ]
  %j21.addr.03056 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %1557 = shl nsw i64 %j21.addr.03056, 6
  %1558 = getelementptr inbounds float, ptr %Vn, i64 %1557
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = or disjoint i64 %1557, 16
  %1561 = getelementptr inbounds float, ptr %Vn, i64 %1560
  %1562 = load <16 x float>, ptr %1561, align 4
  %1563 = or disjoint i64 %1557, 32
  %1564 = getelementptr inbounds float, ptr %Vn, i64 %1563
  %1565 = load <16 x float>, ptr %1564, align 4
  %1566 = or disjoint i64 %1557, 48
  %1567 = getelementptr inbounds float, ptr %Vn, i64 %1566
  %1568 = load <16 x float>, ptr %1567, align 4
  %1569 = getelementptr inbounds float, ptr %1549, i64 %j21.addr.03056
  %1570 = load float, ptr %1569, align 4
  %1571 = insertelement <16 x float> poison, float %1570, i64 0
  %1572 = shufflevector <16 x float> %1571, <16 x float> poison, <16 x i32> zeroinitializer
  %1573 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1572, <16 x float> %1559, <16 x float> %acc24.03072)
  %1574 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1572, <16 x float> %1562, <16 x float> %acc25.03071)
  %1575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1572, <16 x float> %1565, <16 x float> %acc26.03070)
  %1576 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1572, <16 x float> %1568, <16 x float> %acc27.03069)
  %1577 = getelementptr inbounds float, ptr %1552, i64 %j21.addr.03056
  %1578 = load float, ptr %1577, align 4
  %1579 = insertelement <16 x float> poison, float %1578, i64 0
  %1580 = shufflevector <16 x float> %1579, <16 x float> poison, <16 x i32> zeroinitializer
  %1581 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1580, <16 x float> %1559, <16 x float> %acc28.03068)
  %1582 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1580, <16 x float> %1562, <16 x float> %acc29.03067)
  %1583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1580, <16 x float> %1565, <16 x float> %acc30.03066)
  %1584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1580, <16 x float> %1568, <16 x float> %acc31.03065)
  %1585 = getelementptr inbounds float, ptr %1554, i64 %j21.addr.03056
  %1586 = load float, ptr %1585, align 4
  %1587 = insertelement <16 x float> poison, float %1586, i64 0
  %1588 = shufflevector <16 x float> %1587, <16 x float> poison, <16 x i32> zeroinitializer
  %1589 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1588, <16 x float> %1559, <16 x float> %acc32.03064)
  %1590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1588, <16 x float> %1562, <16 x float> %acc33.03063)
  %1591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1588, <16 x float> %1565, <16 x float> %acc34.03062)
  %1592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1588, <16 x float> %1568, <16 x float> %acc35.03061)
  %1593 = getelementptr inbounds float, ptr %1556, i64 %j21.addr.03056
  %1594 = load float, ptr %1593, align 4
  %1595 = insertelement <16 x float> poison, float %1594, i64 0
  %1596 = shufflevector <16 x float> %1595, <16 x float> poison, <16 x i32> zeroinitializer
  %1597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1596, <16 x float> %1559, <16 x float> %acc36.03060)
  %1598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1596, <16 x float> %1562, <16 x float> %acc37.03059)
  %1599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1596, <16 x float> %1565, <16 x float> %acc38.03058)
  %1600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1596, <16 x float> %1568, <16 x float> %acc39.03057)
  %j21.next = add nuw nsw i64 %j21.addr.03056, 1
  %exitcond3579.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3579.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1600, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1599, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1598, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1597, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1592, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1591, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1590, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1589, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1584, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1583, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1582, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1581, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1576, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1575, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1574, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1573, %j21.body ]
  %1601 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1602 = load float, ptr %1601, align 4
  %1603 = shl nuw nsw i64 %ib.addr.03088, 8
  %1604 = getelementptr inbounds float, ptr %Rr, i64 %1603
  %1605 = load <16 x float>, ptr %1604, align 4
  %1606 = fsub <16 x float> %1605, %acc24.0.lcssa
  store <16 x float> %1606, ptr %1604, align 4
  %1607 = insertelement <16 x float> poison, float %1602, i64 0
  %1608 = shufflevector <16 x float> %1607, <16 x float> poison, <16 x i32> zeroinitializer
  %1609 = fmul <16 x float> %1608, %1606
  %1610 = getelementptr inbounds float, ptr %Vn, i64 %1603
  store <16 x float> %1609, ptr %1610, align 4
  %1611 = mul nuw nsw i64 %ib.addr.03088, 704
  %1612 = getelementptr inbounds float, ptr %Ak, i64 %1611
  store <16 x float> %1609, ptr %1612, align 4
  %1613 = or disjoint i64 %1603, 16
  %1614 = getelementptr inbounds float, ptr %Rr, i64 %1613
  %1615 = load <16 x float>, ptr %1614, align 4
  %1616 = fsub <16 x float> %1615, %acc25.0.lcssa
  store <16 x float> %1616, ptr %1614, align 4
  %1617 = fmul <16 x float> %1608, %1616
  %1618 = getelementptr inbounds float, ptr %Vn, i64 %1613
  store <16 x float> %1617, ptr %1618, align 4
  %1619 = or disjoint i64 %1611, 16
  %1620 = getelementptr inbounds float, ptr %Ak, i64 %1619
  store <16 x float> %1617, ptr %1620, align 4
  %1621 = or disjoint i64 %1603, 32
  %1622 = getelementptr inbounds float, ptr %Rr, i64 %1621
  %1623 = load <16 x float>, ptr %1622, align 4
  %1624 = fsub <16 x float> %1623, %acc26.0.lcssa
  store <16 x float> %1624, ptr %1622, align 4
  %1625 = fmul <16 x float> %1608, %1624
  %1626 = getelementptr inbounds float, ptr %Vn, i64 %1621
  store <16 x float> %1625, ptr %1626, align 4
  %1627 = or disjoint i64 %1611, 32
  %1628 = getelementptr inbounds float, ptr %Ak, i64 %1627
  store <16 x float> %1625, ptr %1628, align 4
  %1629 = or disjoint i64 %1603, 48
  %1630 = getelementptr inbounds float, ptr %Rr, i64 %1629
  %1631 = load <16 x float>, ptr %1630, align 4
  %1632 = fsub <16 x float> %1631, %acc27.0.lcssa
  store <16 x float> %1632, ptr %1630, align 4
  %1633 = fmul <16 x float> %1608, %1632
  %1634 = getelementptr inbounds float, ptr %Vn, i64 %1629
  store <16 x float> %1633, ptr %1634, align 4
  %1635 = or disjoint i64 %1611, 48
  %1636 = getelementptr inbounds float, ptr %Ak, i64 %1635
  store <16 x float> %1633, ptr %1636, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx3337 = shl nsw i64 %i26, 7
  %1637 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3337
  %1638 = getelementptr inbounds float, ptr %1637, i64 %i0
  %1639 = load float, ptr %1638, align 4
  %1640 = insertelement <16 x float> poison, float %1639, i64 0
  %1641 = shufflevector <16 x float> %1640, <16 x float> poison, <16 x i32> zeroinitializer
  %1642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1641, <16 x float> %1609, <16 x float> %acc28.0.lcssa)
  %1643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1641, <16 x float> %1617, <16 x float> %acc29.0.lcssa)
  %1644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1641, <16 x float> %1625, <16 x float> %acc30.0.lcssa)
  %1645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1641, <16 x float> %1633, <16 x float> %acc31.0.lcssa)
  %1646 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1647 = load float, ptr %1646, align 4
  %1648 = shl nuw nsw i64 %i26, 6
  %1649 = getelementptr inbounds float, ptr %Rr, i64 %1648
  %1650 = load <16 x float>, ptr %1649, align 4
  %1651 = fsub <16 x float> %1650, %1642
  store <16 x float> %1651, ptr %1649, align 4
  %1652 = insertelement <16 x float> poison, float %1647, i64 0
  %1653 = shufflevector <16 x float> %1652, <16 x float> poison, <16 x i32> zeroinitializer
  %1654 = fmul <16 x float> %1653, %1651
  %1655 = getelementptr inbounds float, ptr %Vn, i64 %1648
  store <16 x float> %1654, ptr %1655, align 4
  %.idx2966 = mul nuw nsw i64 %i26, 704
  %1656 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2966
  store <16 x float> %1654, ptr %1656, align 4
  %1657 = or disjoint i64 %1648, 16
  %1658 = getelementptr inbounds float, ptr %Rr, i64 %1657
  %1659 = load <16 x float>, ptr %1658, align 4
  %1660 = fsub <16 x float> %1659, %1643
  store <16 x float> %1660, ptr %1658, align 4
  %1661 = fmul <16 x float> %1653, %1660
  %1662 = getelementptr inbounds float, ptr %Vn, i64 %1657
  store <16 x float> %1661, ptr %1662, align 4
  %1663 = getelementptr inbounds i8, ptr %1656, i64 64
  store <16 x float> %1661, ptr %1663, align 4
  %1664 = or disjoint i64 %1648, 32
  %1665 = getelementptr inbounds float, ptr %Rr, i64 %1664
  %1666 = load <16 x float>, ptr %1665, align 4
  %1667 = fsub <16 x float> %1666, %1644
  store <16 x float> %1667, ptr %1665, align 4
  %1668 = fmul <16 x float> %1653, %1667
  %1669 = getelementptr inbounds float, ptr %Vn, i64 %1664
  store <16 x float> %1668, ptr %1669, align 4
  %1670 = getelementptr inbounds i8, ptr %1656, i64 128
  store <16 x float> %1668, ptr %1670, align 4
  %1671 = or disjoint i64 %1648, 48
  %1672 = getelementptr inbounds float, ptr %Rr, i64 %1671
  %1673 = load <16 x float>, ptr %1672, align 4
  %1674 = fsub <16 x float> %1673, %1645
  store <16 x float> %1674, ptr %1672, align 4
  %1675 = fmul <16 x float> %1653, %1674
  %1676 = getelementptr inbounds float, ptr %Vn, i64 %1671
  store <16 x float> %1675, ptr %1676, align 4
  %1677 = getelementptr inbounds i8, ptr %1656, i64 192
  store <16 x float> %1675, ptr %1677, align 4
  %i27 = or disjoint i64 %i0, 2
  %1678 = shl nuw nsw i64 %i27, 5
  %1679 = or disjoint i64 %1678, %i0
  %1680 = getelementptr inbounds float, ptr %Gm, i64 %1679
  %1681 = load float, ptr %1680, align 4
  %1682 = insertelement <16 x float> poison, float %1681, i64 0
  %1683 = shufflevector <16 x float> %1682, <16 x float> poison, <16 x i32> zeroinitializer
  %1684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1683, <16 x float> %1609, <16 x float> %acc32.0.lcssa)
  %1685 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1683, <16 x float> %1617, <16 x float> %acc33.0.lcssa)
  %1686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1683, <16 x float> %1625, <16 x float> %acc34.0.lcssa)
  %1687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1683, <16 x float> %1633, <16 x float> %acc35.0.lcssa)
  %1688 = or disjoint i64 %1678, %i26
  %1689 = getelementptr inbounds float, ptr %Gm, i64 %1688
  %1690 = load float, ptr %1689, align 4
  %1691 = insertelement <16 x float> poison, float %1690, i64 0
  %1692 = shufflevector <16 x float> %1691, <16 x float> poison, <16 x i32> zeroinitializer
  %1693 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1654, <16 x float> %1684)
  %1694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1661, <16 x float> %1685)
  %1695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1668, <16 x float> %1686)
  %1696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1675, <16 x float> %1687)
  %1697 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1698 = load float, ptr %1697, align 4
  %1699 = shl nuw nsw i64 %i27, 6
  %1700 = getelementptr inbounds float, ptr %Rr, i64 %1699
  %1701 = load <16 x float>, ptr %1700, align 4
  %1702 = fsub <16 x float> %1701, %1693
  store <16 x float> %1702, ptr %1700, align 4
  %1703 = insertelement <16 x float> poison, float %1698, i64 0
  %1704 = shufflevector <16 x float> %1703, <16 x float> poison, <16 x i32> zeroinitializer
  %1705 = fmul <16 x float> %1704, %1702
  %1706 = getelementptr inbounds float, ptr %Vn, i64 %1699
  store <16 x float> %1705, ptr %1706, align 4
  %1707 = mul nuw nsw i64 %i27, 176
  %1708 = getelementptr inbounds float, ptr %Ak, i64 %1707
  store <16 x float> %1705, ptr %1708, align 4
  %1709 = or disjoint i64 %1699, 16
  %1710 = getelementptr inbounds float, ptr %Rr, i64 %1709
  %1711 = load <16 x float>, ptr %1710, align 4
  %1712 = fsub <16 x float> %1711, %1694
  store <16 x float> %1712, ptr %1710, align 4
  %1713 = fmul <16 x float> %1704, %1712
  %1714 = getelementptr inbounds float, ptr %Vn, i64 %1709
  store <16 x float> %1713, ptr %1714, align 4
  %1715 = or disjoint i64 %1707, 16
  %1716 = getelementptr inbounds float, ptr %Ak, i64 %1715
  store <16 x float> %1713, ptr %1716, align 4
  %1717 = or disjoint i64 %1699, 32
  %1718 = getelementptr inbounds float, ptr %Rr, i64 %1717
  %1719 = load <16 x float>, ptr %1718, align 4
  %1720 = fsub <16 x float> %1719, %1695
  store <16 x float> %1720, ptr %1718, align 4
  %1721 = fmul <16 x float> %1704, %1720
  %1722 = getelementptr inbounds float, ptr %Vn, i64 %1717
  store <16 x float> %1721, ptr %1722, align 4
  %1723 = getelementptr inbounds i8, ptr %1708, i64 128
  store <16 x float> %1721, ptr %1723, align 4
  %1724 = or disjoint i64 %1699, 48
  %1725 = getelementptr inbounds float, ptr %Rr, i64 %1724
  %1726 = load <16 x float>, ptr %1725, align 4
  %1727 = fsub <16 x float> %1726, %1696
  store <16 x float> %1727, ptr %1725, align 4
  %1728 = fmul <16 x float> %1704, %1727
  %1729 = getelementptr inbounds float, ptr %Vn, i64 %1724
  store <16 x float> %1728, ptr %1729, align 4
  %1730 = getelementptr inbounds i8, ptr %1708, i64 192
  store <16 x float> %1728, ptr %1730, align 4
  %i28 = or disjoint i64 %i0, 3
  %1731 = shl nuw nsw i64 %i28, 5
  %1732 = or disjoint i64 %1731, %i0
  %1733 = getelementptr inbounds float, ptr %Gm, i64 %1732
  %1734 = load float, ptr %1733, align 4
  %1735 = insertelement <16 x float> poison, float %1734, i64 0
  %1736 = shufflevector <16 x float> %1735, <16 x float> poison, <16 x i32> zeroinitializer
  %1737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1609, <16 x float> %acc36.0.lcssa)
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1617, <16 x float> %acc37.0.lcssa)
  %1739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1625, <16 x float> %acc38.0.lcssa)
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1633, <16 x float> %acc39.0.lcssa)
  %1741 = or disjoint i64 %1731, %i26
  %1742 = getelementptr inbounds float, ptr %Gm, i64 %1741
  %1743 = load float, ptr %1742, align 4
  %1744 = insertelement <16 x float> poison, float %1743, i64 0
  %1745 = shufflevector <16 x float> %1744, <16 x float> poison, <16 x i32> zeroinitializer
  %1746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1654, <16 x float> %1737)
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1661, <16 x float> %1738)
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1668, <16 x float> %1739)
  %1749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1745, <16 x float> %1675, <16 x float> %1740)
  %1750 = or disjoint i64 %1731, %i27
  %1751 = getelementptr inbounds float, ptr %Gm, i64 %1750
  %1752 = load float, ptr %1751, align 4
  %1753 = insertelement <16 x float> poison, float %1752, i64 0
  %1754 = shufflevector <16 x float> %1753, <16 x float> poison, <16 x i32> zeroinitializer
  %1755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1754, <16 x float> %1705, <16 x float> %1746)
  %1756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1754, <16 x float> %1713, <16 x float> %1747)
  %1757 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1754, <16 x float> %1721, <16 x float> %1748)
  %1758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1754, <16 x float> %1728, <16 x float> %1749)
  %1759 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1760 = load float, ptr %1759, align 4
  %1761 = shl nuw nsw i64 %i28, 6
  %1762 = getelementptr inbounds float, ptr %Rr, i64 %1761
  %1763 = load <16 x float>, ptr %1762, align 4
  %1764 = fsub <16 x float> %1763, %1755
  store <16 x float> %1764, ptr %1762, align 4
  %1765 = insertelement <16 x float> poison, float %1760, i64 0
  %1766 = shufflevector <16 x float> %1765, <16 x float> poison, <16 x i32> zeroinitializer
  %1767 = fmul <16 x float> %1766, %1764
  %1768 = getelementptr inbounds float, ptr %Vn, i64 %1761
  store <16 x float> %1767, ptr %1768, align 4
  %1769 = mul nuw nsw i64 %i28, 176
  %1770 = getelementptr inbounds float, ptr %Ak, i64 %1769
  store <16 x float> %1767, ptr %1770, align 4
  %1771 = or disjoint i64 %1761, 16
  %1772 = getelementptr inbounds float, ptr %Rr, i64 %1771
  %1773 = load <16 x float>, ptr %1772, align 4
  %1774 = fsub <16 x float> %1773, %1756
  store <16 x float> %1774, ptr %1772, align 4
  %1775 = fmul <16 x float> %1766, %1774
  %1776 = getelementptr inbounds float, ptr %Vn, i64 %1771
  store <16 x float> %1775, ptr %1776, align 4
  %1777 = getelementptr inbounds i8, ptr %1770, i64 64
  store <16 x float> %1775, ptr %1777, align 4
  %1778 = or disjoint i64 %1761, 32
  %1779 = getelementptr inbounds float, ptr %Rr, i64 %1778
  %1780 = load <16 x float>, ptr %1779, align 4
  %1781 = fsub <16 x float> %1780, %1757
  store <16 x float> %1781, ptr %1779, align 4
  %1782 = fmul <16 x float> %1766, %1781
  %1783 = getelementptr inbounds float, ptr %Vn, i64 %1778
  store <16 x float> %1782, ptr %1783, align 4
  %1784 = or disjoint i64 %1769, 32
  %1785 = getelementptr inbounds float, ptr %Ak, i64 %1784
  store <16 x float> %1782, ptr %1785, align 4
  %1786 = or disjoint i64 %1761, 48
  %1787 = getelementptr inbounds float, ptr %Rr, i64 %1786
  %1788 = load <16 x float>, ptr %1787, align 4
  %1789 = fsub <16 x float> %1788, %1758
  store <16 x float> %1789, ptr %1787, align 4
  %1790 = fmul <16 x float> %1766, %1789
  %1791 = getelementptr inbounds float, ptr %Vn, i64 %1786
  store <16 x float> %1790, ptr %1791, align 4
  %1792 = getelementptr inbounds i8, ptr %1770, i64 192
  store <16 x float> %1790, ptr %1792, align 4
  %ib.next = add nuw nsw i64 %ib.addr.03088, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3580.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond3580.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %1793 = phi i1 [ false, %j22.exit ], [ true, %j21.exit ]
  %i29.addr.03090 = phi i64 [ 16, %j22.exit ], [ 0, %j21.exit ]
  %1794 = shl nuw nsw i64 %i29.addr.03090, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.03089 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %1795 = add nuw nsw i64 %j22.addr.03089, %1794
  %1796 = getelementptr inbounds float, ptr %Vn, i64 %1795
  %1797 = load <16 x float>, ptr %1796, align 4
  %1798 = or disjoint i64 %1795, 512
  %1799 = getelementptr inbounds float, ptr %Vn, i64 %1798
  %1800 = load <16 x float>, ptr %1799, align 4
  %1801 = or disjoint i64 %1795, 64
  %1802 = getelementptr inbounds float, ptr %Vn, i64 %1801
  %1803 = load <16 x float>, ptr %1802, align 4
  %1804 = or disjoint i64 %1795, 576
  %1805 = getelementptr inbounds float, ptr %Vn, i64 %1804
  %1806 = load <16 x float>, ptr %1805, align 4
  %1807 = or disjoint i64 %1795, 128
  %1808 = getelementptr inbounds float, ptr %Vn, i64 %1807
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = or disjoint i64 %1795, 640
  %1811 = getelementptr inbounds float, ptr %Vn, i64 %1810
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = or disjoint i64 %1795, 192
  %1814 = getelementptr inbounds float, ptr %Vn, i64 %1813
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = or disjoint i64 %1795, 704
  %1817 = getelementptr inbounds float, ptr %Vn, i64 %1816
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = or disjoint i64 %1795, 256
  %1820 = getelementptr inbounds float, ptr %Vn, i64 %1819
  %1821 = load <16 x float>, ptr %1820, align 4
  %1822 = or disjoint i64 %1795, 768
  %1823 = getelementptr inbounds float, ptr %Vn, i64 %1822
  %1824 = load <16 x float>, ptr %1823, align 4
  %1825 = or disjoint i64 %1795, 320
  %1826 = getelementptr inbounds float, ptr %Vn, i64 %1825
  %1827 = load <16 x float>, ptr %1826, align 4
  %1828 = or disjoint i64 %1795, 832
  %1829 = getelementptr inbounds float, ptr %Vn, i64 %1828
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = or disjoint i64 %1795, 384
  %1832 = getelementptr inbounds float, ptr %Vn, i64 %1831
  %1833 = load <16 x float>, ptr %1832, align 4
  %1834 = or disjoint i64 %1795, 896
  %1835 = getelementptr inbounds float, ptr %Vn, i64 %1834
  %1836 = load <16 x float>, ptr %1835, align 4
  %1837 = or disjoint i64 %1795, 448
  %1838 = getelementptr inbounds float, ptr %Vn, i64 %1837
  %1839 = load <16 x float>, ptr %1838, align 4
  %1840 = or disjoint i64 %1795, 960
  %1841 = getelementptr inbounds float, ptr %Vn, i64 %1840
  %1842 = load <16 x float>, ptr %1841, align 4
  %1843 = shufflevector <16 x float> %1797, <16 x float> %1800, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1844 = shufflevector <16 x float> %1821, <16 x float> %1824, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1845 = shufflevector <16 x float> %1803, <16 x float> %1806, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1846 = shufflevector <16 x float> %1827, <16 x float> %1830, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1847 = shufflevector <16 x float> %1809, <16 x float> %1812, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1848 = shufflevector <16 x float> %1833, <16 x float> %1836, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1849 = shufflevector <16 x float> %1815, <16 x float> %1818, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1850 = shufflevector <16 x float> %1839, <16 x float> %1842, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1851 = shufflevector <16 x float> %1797, <16 x float> %1800, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1852 = shufflevector <16 x float> %1821, <16 x float> %1824, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1853 = shufflevector <16 x float> %1803, <16 x float> %1806, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1854 = shufflevector <16 x float> %1827, <16 x float> %1830, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1855 = shufflevector <16 x float> %1809, <16 x float> %1812, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1856 = shufflevector <16 x float> %1833, <16 x float> %1836, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1857 = shufflevector <16 x float> %1815, <16 x float> %1818, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1858 = shufflevector <16 x float> %1839, <16 x float> %1842, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1859 = shufflevector <16 x float> %1843, <16 x float> %1844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1860 = shufflevector <16 x float> %1847, <16 x float> %1848, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1861 = shufflevector <16 x float> %1845, <16 x float> %1846, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1862 = shufflevector <16 x float> %1849, <16 x float> %1850, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1863 = shufflevector <16 x float> %1843, <16 x float> %1844, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1864 = shufflevector <16 x float> %1847, <16 x float> %1848, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1865 = shufflevector <16 x float> %1845, <16 x float> %1846, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1866 = shufflevector <16 x float> %1849, <16 x float> %1850, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1867 = shufflevector <16 x float> %1851, <16 x float> %1852, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1868 = shufflevector <16 x float> %1855, <16 x float> %1856, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1869 = shufflevector <16 x float> %1853, <16 x float> %1854, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1870 = shufflevector <16 x float> %1857, <16 x float> %1858, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1871 = shufflevector <16 x float> %1851, <16 x float> %1852, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1872 = shufflevector <16 x float> %1855, <16 x float> %1856, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1873 = shufflevector <16 x float> %1853, <16 x float> %1854, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1874 = shufflevector <16 x float> %1857, <16 x float> %1858, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1875 = shufflevector <16 x float> %1859, <16 x float> %1860, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1876 = shufflevector <16 x float> %1861, <16 x float> %1862, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1877 = shufflevector <16 x float> %1859, <16 x float> %1860, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1878 = shufflevector <16 x float> %1861, <16 x float> %1862, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1879 = shufflevector <16 x float> %1863, <16 x float> %1864, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1880 = shufflevector <16 x float> %1865, <16 x float> %1866, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1881 = shufflevector <16 x float> %1863, <16 x float> %1864, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1882 = shufflevector <16 x float> %1865, <16 x float> %1866, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1883 = shufflevector <16 x float> %1867, <16 x float> %1868, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1884 = shufflevector <16 x float> %1869, <16 x float> %1870, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1885 = shufflevector <16 x float> %1867, <16 x float> %1868, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1886 = shufflevector <16 x float> %1869, <16 x float> %1870, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1887 = shufflevector <16 x float> %1871, <16 x float> %1872, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1888 = shufflevector <16 x float> %1873, <16 x float> %1874, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1889 = shufflevector <16 x float> %1871, <16 x float> %1872, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1890 = shufflevector <16 x float> %1873, <16 x float> %1874, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1891 = shufflevector <16 x float> %1875, <16 x float> %1876, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1892 = shl nuw nsw i64 %j22.addr.03089, 5
  %1893 = or disjoint i64 %1892, %i29.addr.03090
  %1894 = getelementptr inbounds float, ptr %VnT, i64 %1893
  store <16 x float> %1891, ptr %1894, align 4
  %1895 = shufflevector <16 x float> %1875, <16 x float> %1876, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1896 = or disjoint i64 %1893, 32
  %1897 = getelementptr inbounds float, ptr %VnT, i64 %1896
  store <16 x float> %1895, ptr %1897, align 4
  %1898 = shufflevector <16 x float> %1877, <16 x float> %1878, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1899 = or disjoint i64 %1893, 64
  %1900 = getelementptr inbounds float, ptr %VnT, i64 %1899
  store <16 x float> %1898, ptr %1900, align 4
  %1901 = shufflevector <16 x float> %1877, <16 x float> %1878, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1902 = or disjoint i64 %1893, 96
  %1903 = getelementptr inbounds float, ptr %VnT, i64 %1902
  store <16 x float> %1901, ptr %1903, align 4
  %1904 = shufflevector <16 x float> %1879, <16 x float> %1880, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1905 = or disjoint i64 %1893, 128
  %1906 = getelementptr inbounds float, ptr %VnT, i64 %1905
  store <16 x float> %1904, ptr %1906, align 4
  %1907 = shufflevector <16 x float> %1879, <16 x float> %1880, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1908 = or disjoint i64 %1893, 160
  %1909 = getelementptr inbounds float, ptr %VnT, i64 %1908
  store <16 x float> %1907, ptr %1909, align 4
  %1910 = shufflevector <16 x float> %1881, <16 x float> %1882, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1911 = or disjoint i64 %1893, 192
  %1912 = getelementptr inbounds float, ptr %VnT, i64 %1911
  store <16 x float> %1910, ptr %1912, align 4
  %1913 = shufflevector <16 x float> %1881, <16 x float> %1882, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1914 = or disjoint i64 %1893, 224
  %1915 = getelementptr inbounds float, ptr %VnT, i64 %1914
  store <16 x float> %1913, ptr %1915, align 4
  %1916 = shufflevector <16 x float> %1883, <16 x float> %1884, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1917 = or disjoint i64 %1893, 256
  %1918 = getelementptr inbounds float, ptr %VnT, i64 %1917
  store <16 x float> %1916, ptr %1918, align 4
  %1919 = shufflevector <16 x float> %1883, <16 x float> %1884, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1920 = or disjoint i64 %1893, 288
  %1921 = getelementptr inbounds float, ptr %VnT, i64 %1920
  store <16 x float> %1919, ptr %1921, align 4
  %1922 = shufflevector <16 x float> %1885, <16 x float> %1886, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1923 = or disjoint i64 %1893, 320
  %1924 = getelementptr inbounds float, ptr %VnT, i64 %1923
  store <16 x float> %1922, ptr %1924, align 4
  %1925 = shufflevector <16 x float> %1885, <16 x float> %1886, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1926 = or disjoint i64 %1893, 352
  %1927 = getelementptr inbounds float, ptr %VnT, i64 %1926
  store <16 x float> %1925, ptr %1927, align 4
  %1928 = shufflevector <16 x float> %1887, <16 x float> %1888, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1929 = or disjoint i64 %1893, 384
  %1930 = getelementptr inbounds float, ptr %VnT, i64 %1929
  store <16 x float> %1928, ptr %1930, align 4
  %1931 = shufflevector <16 x float> %1887, <16 x float> %1888, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1932 = or disjoint i64 %1893, 416
  %1933 = getelementptr inbounds float, ptr %VnT, i64 %1932
  store <16 x float> %1931, ptr %1933, align 4
  %1934 = shufflevector <16 x float> %1889, <16 x float> %1890, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1935 = or disjoint i64 %1893, 448
  %1936 = getelementptr inbounds float, ptr %VnT, i64 %1935
  store <16 x float> %1934, ptr %1936, align 4
  %1937 = shufflevector <16 x float> %1889, <16 x float> %1890, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1938 = or disjoint i64 %1893, 480
  %1939 = getelementptr inbounds float, ptr %VnT, i64 %1938
  store <16 x float> %1937, ptr %1939, align 4
  %j22.next = add nuw nsw i64 %j22.addr.03089, 16
  %1940 = icmp ult i64 %j22.addr.03089, 48
  br i1 %1940, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  br i1 %1793, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.03100 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1941 = shl nuw nsw i64 %i30.addr.03100, 6
  %invariant.gep3882 = getelementptr inbounds float, ptr %Bk, i64 %1941
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.03099 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1948, %p6.body ]
  %acc41.03098 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1953, %p6.body ]
  %acc42.03097 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1958, %p6.body ]
  %acc43.03096 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1963, %p6.body ]
  %acc44.03095 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1968, %p6.body ]
  %acc45.03094 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1973, %p6.body ]
  %acc46.03093 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1978, %p6.body ]
  %acc47.03092 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1983, %p6.body ]
  %p6.addr.03091 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %.idx2948 = shl nuw nsw i64 %p6.addr.03091, 6
  %1942 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2948
  %1943 = load <16 x float>, ptr %1942, align 4
  %gep3883 = getelementptr inbounds float, ptr %invariant.gep3882, i64 %p6.addr.03091
  %1944 = getelementptr inbounds i8, ptr %gep3883, i64 36864
  %1945 = load float, ptr %1944, align 4
  %1946 = insertelement <16 x float> poison, float %1945, i64 0
  %1947 = shufflevector <16 x float> %1946, <16 x float> poison, <16 x i32> zeroinitializer
  %1948 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1947, <16 x float> %1943, <16 x float> %acc40.03099)
  %1949 = getelementptr inbounds i8, ptr %gep3883, i64 37120
  %1950 = load float, ptr %1949, align 4
  %1951 = insertelement <16 x float> poison, float %1950, i64 0
  %1952 = shufflevector <16 x float> %1951, <16 x float> poison, <16 x i32> zeroinitializer
  %1953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1952, <16 x float> %1943, <16 x float> %acc41.03098)
  %1954 = getelementptr inbounds i8, ptr %gep3883, i64 37376
  %1955 = load float, ptr %1954, align 4
  %1956 = insertelement <16 x float> poison, float %1955, i64 0
  %1957 = shufflevector <16 x float> %1956, <16 x float> poison, <16 x i32> zeroinitializer
  %1958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1957, <16 x float> %1943, <16 x float> %acc42.03097)
  %1959 = getelementptr inbounds i8, ptr %gep3883, i64 37632
  %1960 = load float, ptr %1959, align 4
  %1961 = insertelement <16 x float> poison, float %1960, i64 0
  %1962 = shufflevector <16 x float> %1961, <16 x float> poison, <16 x i32> zeroinitializer
  %1963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1962, <16 x float> %1943, <16 x float> %acc43.03096)
  %1964 = getelementptr inbounds i8, ptr %gep3883, i64 37888
  %1965 = load float, ptr %1964, align 4
  %1966 = insertelement <16 x float> poison, float %1965, i64 0
  %1967 = shufflevector <16 x float> %1966, <16 x float> poison, <16 x i32> zeroinitializer
  %1968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1967, <16 x float> %1943, <16 x float> %acc44.03095)
  %1969 = getelementptr inbounds i8, ptr %gep3883, i64 38144
  %1970 = load float, ptr %1969, align 4
  %1971 = insertelement <16 x float> poison, float %1970, i64 0
  %1972 = shufflevector <16 x float> %1971, <16 x float> poison, <16 x i32> zeroinitializer
  %1973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1972, <16 x float> %1943, <16 x float> %acc45.03094)
  %1974 = getelementptr inbounds i8, ptr %gep3883, i64 38400
  %1975 = load float, ptr %1974, align 4
  %1976 = insertelement <16 x float> poison, float %1975, i64 0
  %1977 = shufflevector <16 x float> %1976, <16 x float> poison, <16 x i32> zeroinitializer
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1943, <16 x float> %acc46.03093)
  %1979 = getelementptr inbounds i8, ptr %gep3883, i64 38656
  %1980 = load float, ptr %1979, align 4
  %1981 = insertelement <16 x float> poison, float %1980, i64 0
  %1982 = shufflevector <16 x float> %1981, <16 x float> poison, <16 x i32> zeroinitializer
  %1983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1982, <16 x float> %1943, <16 x float> %acc47.03092)
  %p6.next = add nuw nsw i64 %p6.addr.03091, 1
  %exitcond3581.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3581.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1984 = getelementptr inbounds i8, ptr %PT, i64 %1941
  store <16 x float> %1948, ptr %1984, align 4
  %1985 = shl nuw nsw i64 %i30.addr.03100, 4
  %1986 = or disjoint i64 %1985, 16
  %1987 = getelementptr inbounds float, ptr %PT, i64 %1986
  store <16 x float> %1953, ptr %1987, align 4
  %1988 = or disjoint i64 %1985, 32
  %1989 = getelementptr inbounds float, ptr %PT, i64 %1988
  store <16 x float> %1958, ptr %1989, align 4
  %1990 = or disjoint i64 %1985, 48
  %1991 = getelementptr inbounds float, ptr %PT, i64 %1990
  store <16 x float> %1963, ptr %1991, align 4
  %1992 = or disjoint i64 %1985, 64
  %1993 = getelementptr inbounds float, ptr %PT, i64 %1992
  store <16 x float> %1968, ptr %1993, align 4
  %1994 = or disjoint i64 %1985, 80
  %1995 = getelementptr inbounds float, ptr %PT, i64 %1994
  store <16 x float> %1973, ptr %1995, align 4
  %1996 = or disjoint i64 %1985, 96
  %1997 = getelementptr inbounds float, ptr %PT, i64 %1996
  store <16 x float> %1978, ptr %1997, align 4
  %1998 = or disjoint i64 %1985, 112
  %1999 = getelementptr inbounds float, ptr %PT, i64 %1998
  store <16 x float> %1983, ptr %1999, align 4
  %i30.next = add nuw nsw i64 %i30.addr.03100, 8
  %2000 = icmp ult i64 %i30.addr.03100, 24
  br i1 %2000, label %p6.head.preheader, label %t3.body.preheader

t3.body.preheader:                                ; preds = %p6.exit
  %2001 = load <16 x float>, ptr %PT, align 4
  %2002 = load <16 x float>, ptr %M, align 4
  %2003 = fmul <16 x float> %2001, %2002
  store <16 x float> %2003, ptr %PT, align 4
  %2004 = load <16 x float>, ptr %45, align 4
  %2005 = fmul <16 x float> %2004, %2002
  store <16 x float> %2005, ptr %45, align 4
  %2006 = load <16 x float>, ptr %46, align 4
  %2007 = load <16 x float>, ptr %47, align 4
  %2008 = fmul <16 x float> %2006, %2007
  store <16 x float> %2008, ptr %46, align 4
  %2009 = load <16 x float>, ptr %48, align 4
  %2010 = fmul <16 x float> %2009, %2007
  store <16 x float> %2010, ptr %48, align 4
  %2011 = load <16 x float>, ptr %49, align 4
  %2012 = load <16 x float>, ptr %50, align 4
  %2013 = fmul <16 x float> %2011, %2012
  store <16 x float> %2013, ptr %49, align 4
  %2014 = load <16 x float>, ptr %51, align 4
  %2015 = fmul <16 x float> %2014, %2012
  store <16 x float> %2015, ptr %51, align 4
  %2016 = load <16 x float>, ptr %52, align 4
  %2017 = load <16 x float>, ptr %53, align 4
  %2018 = fmul <16 x float> %2016, %2017
  store <16 x float> %2018, ptr %52, align 4
  %2019 = load <16 x float>, ptr %54, align 4
  %2020 = fmul <16 x float> %2019, %2017
  store <16 x float> %2020, ptr %54, align 4
  %2021 = load <16 x float>, ptr %55, align 4
  %2022 = load <16 x float>, ptr %56, align 4
  %2023 = fmul <16 x float> %2021, %2022
  store <16 x float> %2023, ptr %55, align 4
  %2024 = load <16 x float>, ptr %57, align 4
  %2025 = fmul <16 x float> %2024, %2022
  store <16 x float> %2025, ptr %57, align 4
  %2026 = load <16 x float>, ptr %58, align 4
  %2027 = load <16 x float>, ptr %59, align 4
  %2028 = fmul <16 x float> %2026, %2027
  store <16 x float> %2028, ptr %58, align 4
  %2029 = load <16 x float>, ptr %60, align 4
  %2030 = fmul <16 x float> %2029, %2027
  store <16 x float> %2030, ptr %60, align 4
  %2031 = load <16 x float>, ptr %61, align 4
  %2032 = load <16 x float>, ptr %62, align 4
  %2033 = fmul <16 x float> %2031, %2032
  store <16 x float> %2033, ptr %61, align 4
  %2034 = load <16 x float>, ptr %63, align 4
  %2035 = fmul <16 x float> %2034, %2032
  store <16 x float> %2035, ptr %63, align 4
  %2036 = load <16 x float>, ptr %64, align 4
  %2037 = load <16 x float>, ptr %65, align 4
  %2038 = fmul <16 x float> %2036, %2037
  store <16 x float> %2038, ptr %64, align 4
  %2039 = load <16 x float>, ptr %66, align 4
  %2040 = fmul <16 x float> %2039, %2037
  store <16 x float> %2040, ptr %66, align 4
  %2041 = load <16 x float>, ptr %67, align 4
  %2042 = load <16 x float>, ptr %68, align 4
  %2043 = fmul <16 x float> %2041, %2042
  store <16 x float> %2043, ptr %67, align 4
  %2044 = load <16 x float>, ptr %69, align 4
  %2045 = fmul <16 x float> %2044, %2042
  store <16 x float> %2045, ptr %69, align 4
  %2046 = load <16 x float>, ptr %70, align 4
  %2047 = load <16 x float>, ptr %71, align 4
  %2048 = fmul <16 x float> %2046, %2047
  store <16 x float> %2048, ptr %70, align 4
  %2049 = load <16 x float>, ptr %72, align 4
  %2050 = fmul <16 x float> %2049, %2047
  store <16 x float> %2050, ptr %72, align 4
  %2051 = load <16 x float>, ptr %73, align 4
  %2052 = load <16 x float>, ptr %74, align 4
  %2053 = fmul <16 x float> %2051, %2052
  store <16 x float> %2053, ptr %73, align 4
  %2054 = load <16 x float>, ptr %75, align 4
  %2055 = fmul <16 x float> %2054, %2052
  store <16 x float> %2055, ptr %75, align 4
  %2056 = load <16 x float>, ptr %76, align 4
  %2057 = load <16 x float>, ptr %77, align 4
  %2058 = fmul <16 x float> %2056, %2057
  store <16 x float> %2058, ptr %76, align 4
  %2059 = load <16 x float>, ptr %78, align 4
  %2060 = fmul <16 x float> %2059, %2057
  store <16 x float> %2060, ptr %78, align 4
  %2061 = load <16 x float>, ptr %79, align 4
  %2062 = load <16 x float>, ptr %80, align 4
  %2063 = fmul <16 x float> %2061, %2062
  store <16 x float> %2063, ptr %79, align 4
  %2064 = load <16 x float>, ptr %81, align 4
  %2065 = fmul <16 x float> %2064, %2062
  store <16 x float> %2065, ptr %81, align 4
  %2066 = load <16 x float>, ptr %82, align 4
  %2067 = load <16 x float>, ptr %83, align 4
  %2068 = fmul <16 x float> %2066, %2067
  store <16 x float> %2068, ptr %82, align 4
  %2069 = load <16 x float>, ptr %84, align 4
  %2070 = fmul <16 x float> %2069, %2067
  store <16 x float> %2070, ptr %84, align 4
  %2071 = load <16 x float>, ptr %85, align 4
  %2072 = load <16 x float>, ptr %86, align 4
  %2073 = fmul <16 x float> %2071, %2072
  store <16 x float> %2073, ptr %85, align 4
  %2074 = load <16 x float>, ptr %87, align 4
  %2075 = fmul <16 x float> %2074, %2072
  store <16 x float> %2075, ptr %87, align 4
  %2076 = load <16 x float>, ptr %88, align 4
  %2077 = load <16 x float>, ptr %89, align 4
  %2078 = fmul <16 x float> %2076, %2077
  store <16 x float> %2078, ptr %88, align 4
  %2079 = load <16 x float>, ptr %90, align 4
  %2080 = fmul <16 x float> %2079, %2077
  store <16 x float> %2080, ptr %90, align 4
  br label %j24.head.preheader

j24.head.preheader:                               ; preds = %j24.head.preheader, %t3.body.preheader
  %i33.addr.03103 = phi i64 [ 0, %t3.body.preheader ], [ %i33.next.3, %j24.head.preheader ]
  %.idx3338 = shl nsw i64 %i33.addr.03103, 9
  %gep3885 = getelementptr inbounds i8, ptr %invariant.gep3884, i64 %.idx3338
  %2081 = load <16 x float>, ptr %gep3885, align 4
  %.idx3339 = shl nsw i64 %i33.addr.03103, 8
  %gep3887 = getelementptr inbounds i8, ptr %invariant.gep3886, i64 %.idx3339
  store <16 x float> %2081, ptr %gep3887, align 4
  %gep3889 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 %.idx3338
  %2082 = load <16 x float>, ptr %gep3889, align 4
  %gep3891 = getelementptr inbounds i8, ptr %invariant.gep3890, i64 %.idx3339
  store <16 x float> %2082, ptr %gep3891, align 4
  %gep3893 = getelementptr inbounds i8, ptr %invariant.gep3892, i64 %.idx3338
  %2083 = load <16 x float>, ptr %gep3893, align 4
  %gep3895 = getelementptr inbounds i8, ptr %invariant.gep3894, i64 %.idx3339
  store <16 x float> %2083, ptr %gep3895, align 4
  %gep3897 = getelementptr inbounds i8, ptr %invariant.gep3896, i64 %.idx3338
  %2084 = load <16 x float>, ptr %gep3897, align 4
  %gep3899 = getelementptr inbounds i8, ptr %invariant.gep3898, i64 %.idx3339
  store <16 x float> %2084, ptr %gep3899, align 4
  %i33.next = or disjoint i64 %i33.addr.03103, 1
  %.idx3338.1 = shl nsw i64 %i33.next, 9
  %gep3885.1 = getelementptr inbounds i8, ptr %invariant.gep3884, i64 %.idx3338.1
  %2085 = load <16 x float>, ptr %gep3885.1, align 4
  %.idx3339.1 = shl nsw i64 %i33.next, 8
  %gep3887.1 = getelementptr inbounds i8, ptr %invariant.gep3886, i64 %.idx3339.1
  store <16 x float> %2085, ptr %gep3887.1, align 4
  %gep3889.1 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 %.idx3338.1
  %2086 = load <16 x float>, ptr %gep3889.1, align 4
  %gep3891.1 = getelementptr inbounds i8, ptr %invariant.gep3890, i64 %.idx3339.1
  store <16 x float> %2086, ptr %gep3891.1, align 4
  %gep3893.1 = getelementptr inbounds i8, ptr %invariant.gep3892, i64 %.idx3338.1
  %2087 = load <16 x float>, ptr %gep3893.1, align 4
  %gep3895.1 = getelementptr inbounds i8, ptr %invariant.gep3894, i64 %.idx3339.1
  store <16 x float> %2087, ptr %gep3895.1, align 4
  %gep3897.1 = getelementptr inbounds i8, ptr %invariant.gep3896, i64 %.idx3338.1
  %2088 = load <16 x float>, ptr %gep3897.1, align 4
  %gep3899.1 = getelementptr inbounds i8, ptr %invariant.gep3898, i64 %.idx3339.1
  store <16 x float> %2088, ptr %gep3899.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.03103, 2
  %.idx3338.2 = shl nsw i64 %i33.next.1, 9
  %gep3885.2 = getelementptr inbounds i8, ptr %invariant.gep3884, i64 %.idx3338.2
  %2089 = load <16 x float>, ptr %gep3885.2, align 4
  %.idx3339.2 = shl nsw i64 %i33.next.1, 8
  %gep3887.2 = getelementptr inbounds i8, ptr %invariant.gep3886, i64 %.idx3339.2
  store <16 x float> %2089, ptr %gep3887.2, align 4
  %gep3889.2 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 %.idx3338.2
  %2090 = load <16 x float>, ptr %gep3889.2, align 4
  %gep3891.2 = getelementptr inbounds i8, ptr %invariant.gep3890, i64 %.idx3339.2
  store <16 x float> %2090, ptr %gep3891.2, align 4
  %gep3893.2 = getelementptr inbounds i8, ptr %invariant.gep3892, i64 %.idx3338.2
  %2091 = load <16 x float>, ptr %gep3893.2, align 4
  %gep3895.2 = getelementptr inbounds i8, ptr %invariant.gep3894, i64 %.idx3339.2
  store <16 x float> %2091, ptr %gep3895.2, align 4
  %gep3897.2 = getelementptr inbounds i8, ptr %invariant.gep3896, i64 %.idx3338.2
  %2092 = load <16 x float>, ptr %gep3897.2, align 4
  %gep3899.2 = getelementptr inbounds i8, ptr %invariant.gep3898, i64 %.idx3339.2
  store <16 x float> %2092, ptr %gep3899.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.03103, 3
  %.idx3338.3 = shl nsw i64 %i33.next.2, 9
  %gep3885.3 = getelementptr inbounds i8, ptr %invariant.gep3884, i64 %.idx3338.3
  %2093 = load <16 x float>, ptr %gep3885.3, align 4
  %.idx3339.3 = shl nsw i64 %i33.next.2, 8
  %gep3887.3 = getelementptr inbounds i8, ptr %invariant.gep3886, i64 %.idx3339.3
  store <16 x float> %2093, ptr %gep3887.3, align 4
  %gep3889.3 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 %.idx3338.3
  %2094 = load <16 x float>, ptr %gep3889.3, align 4
  %gep3891.3 = getelementptr inbounds i8, ptr %invariant.gep3890, i64 %.idx3339.3
  store <16 x float> %2094, ptr %gep3891.3, align 4
  %gep3893.3 = getelementptr inbounds i8, ptr %invariant.gep3892, i64 %.idx3338.3
  %2095 = load <16 x float>, ptr %gep3893.3, align 4
  %gep3895.3 = getelementptr inbounds i8, ptr %invariant.gep3894, i64 %.idx3339.3
  store <16 x float> %2095, ptr %gep3895.3, align 4
  %gep3897.3 = getelementptr inbounds i8, ptr %invariant.gep3896, i64 %.idx3338.3
  %2096 = load <16 x float>, ptr %gep3897.3, align 4
  %gep3899.3 = getelementptr inbounds i8, ptr %invariant.gep3898, i64 %.idx3339.3
  store <16 x float> %2096, ptr %gep3899.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.03103, 4
  %exitcond3585.not.3 = icmp eq i64 %i33.next.3, 32
  br i1 %exitcond3585.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.03121 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2962 = shl nuw nsw i64 %i34.addr.03121, 8
  %2097 = getelementptr inbounds i8, ptr %OY, i64 %.idx2962
  %2098 = getelementptr inbounds i8, ptr %2097, i64 4096
  %2099 = load <16 x float>, ptr %2098, align 4
  %2100 = getelementptr inbounds i8, ptr %2097, i64 4160
  %2101 = load <16 x float>, ptr %2100, align 4
  %2102 = getelementptr inbounds i8, ptr %2097, i64 4224
  %2103 = load <16 x float>, ptr %2102, align 4
  %2104 = getelementptr inbounds i8, ptr %2097, i64 4288
  %2105 = load <16 x float>, ptr %2104, align 4
  %2106 = or disjoint i64 %i34.addr.03121, 1
  %.idx2963 = shl nuw nsw i64 %2106, 8
  %2107 = getelementptr inbounds i8, ptr %OY, i64 %.idx2963
  %2108 = getelementptr inbounds i8, ptr %2107, i64 4096
  %2109 = load <16 x float>, ptr %2108, align 4
  %2110 = getelementptr inbounds i8, ptr %2107, i64 4160
  %2111 = load <16 x float>, ptr %2110, align 4
  %2112 = getelementptr inbounds i8, ptr %2107, i64 4224
  %2113 = load <16 x float>, ptr %2112, align 4
  %2114 = getelementptr inbounds i8, ptr %2107, i64 4288
  %2115 = load <16 x float>, ptr %2114, align 4
  %2116 = or disjoint i64 %i34.addr.03121, 2
  %.idx2964 = shl nuw nsw i64 %2116, 8
  %2117 = getelementptr inbounds i8, ptr %OY, i64 %.idx2964
  %2118 = getelementptr inbounds i8, ptr %2117, i64 4096
  %2119 = load <16 x float>, ptr %2118, align 4
  %2120 = getelementptr inbounds i8, ptr %2117, i64 4160
  %2121 = load <16 x float>, ptr %2120, align 4
  %2122 = getelementptr inbounds i8, ptr %2117, i64 4224
  %2123 = load <16 x float>, ptr %2122, align 4
  %2124 = getelementptr inbounds i8, ptr %2117, i64 4288
  %2125 = load <16 x float>, ptr %2124, align 4
  %2126 = or disjoint i64 %i34.addr.03121, 3
  %.idx2965 = shl nuw nsw i64 %2126, 8
  %2127 = getelementptr inbounds i8, ptr %OY, i64 %.idx2965
  %2128 = getelementptr inbounds i8, ptr %2127, i64 4096
  %2129 = load <16 x float>, ptr %2128, align 4
  %2130 = getelementptr inbounds i8, ptr %2127, i64 4160
  %2131 = load <16 x float>, ptr %2130, align 4
  %2132 = getelementptr inbounds i8, ptr %2127, i64 4224
  %2133 = load <16 x float>, ptr %2132, align 4
  %2134 = getelementptr inbounds i8, ptr %2127, i64 4288
  %2135 = load <16 x float>, ptr %2134, align 4
  %.idx3340 = shl nsw i64 %i34.addr.03121, 6
  %.idx3341 = shl nsw i64 %2106, 6
  %.idx3342 = shl nsw i64 %2116, 6
  %.idx3343 = shl nsw i64 %2126, 6
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc48.03120 = phi <16 x float> [ %2099, %i34.body ], [ %2153, %p7.body ]
  %acc49.03119 = phi <16 x float> [ %2101, %i34.body ], [ %2154, %p7.body ]
  %acc50.03118 = phi <16 x float> [ %2103, %i34.body ], [ %2155, %p7.body ]
  %acc51.03117 = phi <16 x float> [ %2105, %i34.body ], [ %2156, %p7.body ]
  %acc52.03116 = phi <16 x float> [ %2109, %i34.body ], [ %2161, %p7.body ]
  %acc53.03115 = phi <16 x float> [ %2111, %i34.body ], [ %2162, %p7.body ]
  %acc54.03114 = phi <16 x float> [ %2113, %i34.body ], [ %2163, %p7.body ]
  %acc55.03113 = phi <16 x float> [ %2115, %i34.body ], [ %2164, %p7.body ]
  %acc56.03112 = phi <16 x float> [ %2119, %i34.body ], [ %2169, %p7.body ]
  %acc57.03111 = phi <16 x float> [ %2121, %i34.body ], [ %2170, %p7.body ]
  %acc58.03110 = phi <16 x float> [ %2123, %i34.body ], [ %2171, %p7.body ]
  %acc59.03109 = phi <16 x float> [ %2125, %i34.body ], [ %2172, %p7.body ]
  %acc60.03108 = phi <16 x float> [ %2129, %i34.body ], [ %2177, %p7.body ]
  %acc61.03107 = phi <16 x float> [ %2131, %i34.body ], [ %2178, %p7.body ]
  %acc62.03106 = phi <16 x float> [ %2133, %i34.body ], [ %2179, %p7.body ]
  %acc63.03105 = phi <16 x float> [ %2135, %i34.body ], [ %2180, %p7.body ]
  %p7.addr.03104 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %2136 = shl nuw nsw i64 %p7.addr.03104, 6
  %2137 = getelementptr inbounds float, ptr %OY, i64 %2136
  %2138 = load <16 x float>, ptr %2137, align 4
  %2139 = or disjoint i64 %2136, 16
  %2140 = getelementptr inbounds float, ptr %OY, i64 %2139
  %2141 = load <16 x float>, ptr %2140, align 4
  %2142 = or disjoint i64 %2136, 32
  %2143 = getelementptr inbounds float, ptr %OY, i64 %2142
  %2144 = load <16 x float>, ptr %2143, align 4
  %2145 = or disjoint i64 %2136, 48
  %2146 = getelementptr inbounds float, ptr %OY, i64 %2145
  %2147 = load <16 x float>, ptr %2146, align 4
  %2148 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.03104
  %2149 = getelementptr inbounds i8, ptr %2148, i64 %.idx3340
  %2150 = load float, ptr %2149, align 4
  %2151 = insertelement <16 x float> poison, float %2150, i64 0
  %2152 = shufflevector <16 x float> %2151, <16 x float> poison, <16 x i32> zeroinitializer
  %2153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2138, <16 x float> %acc48.03120)
  %2154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2141, <16 x float> %acc49.03119)
  %2155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2144, <16 x float> %acc50.03118)
  %2156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2147, <16 x float> %acc51.03117)
  %2157 = getelementptr inbounds i8, ptr %2148, i64 %.idx3341
  %2158 = load float, ptr %2157, align 4
  %2159 = insertelement <16 x float> poison, float %2158, i64 0
  %2160 = shufflevector <16 x float> %2159, <16 x float> poison, <16 x i32> zeroinitializer
  %2161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2160, <16 x float> %2138, <16 x float> %acc52.03116)
  %2162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2160, <16 x float> %2141, <16 x float> %acc53.03115)
  %2163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2160, <16 x float> %2144, <16 x float> %acc54.03114)
  %2164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2160, <16 x float> %2147, <16 x float> %acc55.03113)
  %2165 = getelementptr inbounds i8, ptr %2148, i64 %.idx3342
  %2166 = load float, ptr %2165, align 4
  %2167 = insertelement <16 x float> poison, float %2166, i64 0
  %2168 = shufflevector <16 x float> %2167, <16 x float> poison, <16 x i32> zeroinitializer
  %2169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2168, <16 x float> %2138, <16 x float> %acc56.03112)
  %2170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2168, <16 x float> %2141, <16 x float> %acc57.03111)
  %2171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2168, <16 x float> %2144, <16 x float> %acc58.03110)
  %2172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2168, <16 x float> %2147, <16 x float> %acc59.03109)
  %2173 = getelementptr inbounds i8, ptr %2148, i64 %.idx3343
  %2174 = load float, ptr %2173, align 4
  %2175 = insertelement <16 x float> poison, float %2174, i64 0
  %2176 = shufflevector <16 x float> %2175, <16 x float> poison, <16 x i32> zeroinitializer
  %2177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2138, <16 x float> %acc60.03108)
  %2178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2141, <16 x float> %acc61.03107)
  %2179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2144, <16 x float> %acc62.03106)
  %2180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2147, <16 x float> %acc63.03105)
  %p7.next = add nuw nsw i64 %p7.addr.03104, 1
  %exitcond3586.not = icmp eq i64 %p7.next, 16
  br i1 %exitcond3586.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2153, ptr %2098, align 4
  store <16 x float> %2154, ptr %2100, align 4
  store <16 x float> %2155, ptr %2102, align 4
  store <16 x float> %2156, ptr %2104, align 4
  store <16 x float> %2161, ptr %2108, align 4
  store <16 x float> %2162, ptr %2110, align 4
  store <16 x float> %2163, ptr %2112, align 4
  store <16 x float> %2164, ptr %2114, align 4
  store <16 x float> %2169, ptr %2118, align 4
  store <16 x float> %2170, ptr %2120, align 4
  store <16 x float> %2171, ptr %2122, align 4
  store <16 x float> %2172, ptr %2124, align 4
  store <16 x float> %2177, ptr %2128, align 4
  store <16 x float> %2178, ptr %2130, align 4
  store <16 x float> %2179, ptr %2132, align 4
  store <16 x float> %2180, ptr %2134, align 4
  %i34.next = add nuw nsw i64 %i34.addr.03121, 4
  %2181 = icmp ult i64 %i34.addr.03121, 28
  br i1 %2181, label %i34.body, label %p8.body

p8.body:                                          ; preds = %p7.exit, %p8.body
  %acc64.03130 = phi <16 x float> [ %2188, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc65.03129 = phi <16 x float> [ %2194, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc66.03128 = phi <16 x float> [ %2200, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc67.03127 = phi <16 x float> [ %2206, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc68.03126 = phi <16 x float> [ %2212, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc69.03125 = phi <16 x float> [ %2218, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc70.03124 = phi <16 x float> [ %2224, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc71.03123 = phi <16 x float> [ %2230, %p8.body ], [ zeroinitializer, %p7.exit ]
  %p8.addr.03122 = phi i64 [ %p8.next, %p8.body ], [ 0, %p7.exit ]
  %.idx2944 = shl nuw nsw i64 %p8.addr.03122, 6
  %2182 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2944
  %2183 = load <16 x float>, ptr %2182, align 4
  %2184 = getelementptr inbounds float, ptr %Vn, i64 %p8.addr.03122
  %2185 = load float, ptr %2184, align 4
  %2186 = insertelement <16 x float> poison, float %2185, i64 0
  %2187 = shufflevector <16 x float> %2186, <16 x float> poison, <16 x i32> zeroinitializer
  %2188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2187, <16 x float> %2183, <16 x float> %acc64.03130)
  %2189 = or disjoint i64 %p8.addr.03122, 64
  %2190 = getelementptr inbounds float, ptr %Vn, i64 %2189
  %2191 = load float, ptr %2190, align 4
  %2192 = insertelement <16 x float> poison, float %2191, i64 0
  %2193 = shufflevector <16 x float> %2192, <16 x float> poison, <16 x i32> zeroinitializer
  %2194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2193, <16 x float> %2183, <16 x float> %acc65.03129)
  %2195 = or disjoint i64 %p8.addr.03122, 128
  %2196 = getelementptr inbounds float, ptr %Vn, i64 %2195
  %2197 = load float, ptr %2196, align 4
  %2198 = insertelement <16 x float> poison, float %2197, i64 0
  %2199 = shufflevector <16 x float> %2198, <16 x float> poison, <16 x i32> zeroinitializer
  %2200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2199, <16 x float> %2183, <16 x float> %acc66.03128)
  %2201 = or disjoint i64 %p8.addr.03122, 192
  %2202 = getelementptr inbounds float, ptr %Vn, i64 %2201
  %2203 = load float, ptr %2202, align 4
  %2204 = insertelement <16 x float> poison, float %2203, i64 0
  %2205 = shufflevector <16 x float> %2204, <16 x float> poison, <16 x i32> zeroinitializer
  %2206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2205, <16 x float> %2183, <16 x float> %acc67.03127)
  %2207 = or disjoint i64 %p8.addr.03122, 256
  %2208 = getelementptr inbounds float, ptr %Vn, i64 %2207
  %2209 = load float, ptr %2208, align 4
  %2210 = insertelement <16 x float> poison, float %2209, i64 0
  %2211 = shufflevector <16 x float> %2210, <16 x float> poison, <16 x i32> zeroinitializer
  %2212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2211, <16 x float> %2183, <16 x float> %acc68.03126)
  %2213 = or disjoint i64 %p8.addr.03122, 320
  %2214 = getelementptr inbounds float, ptr %Vn, i64 %2213
  %2215 = load float, ptr %2214, align 4
  %2216 = insertelement <16 x float> poison, float %2215, i64 0
  %2217 = shufflevector <16 x float> %2216, <16 x float> poison, <16 x i32> zeroinitializer
  %2218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2183, <16 x float> %acc69.03125)
  %2219 = or disjoint i64 %p8.addr.03122, 384
  %2220 = getelementptr inbounds float, ptr %Vn, i64 %2219
  %2221 = load float, ptr %2220, align 4
  %2222 = insertelement <16 x float> poison, float %2221, i64 0
  %2223 = shufflevector <16 x float> %2222, <16 x float> poison, <16 x i32> zeroinitializer
  %2224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2223, <16 x float> %2183, <16 x float> %acc70.03124)
  %2225 = or disjoint i64 %p8.addr.03122, 448
  %2226 = getelementptr inbounds float, ptr %Vn, i64 %2225
  %2227 = load float, ptr %2226, align 4
  %2228 = insertelement <16 x float> poison, float %2227, i64 0
  %2229 = shufflevector <16 x float> %2228, <16 x float> poison, <16 x i32> zeroinitializer
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2229, <16 x float> %2183, <16 x float> %acc71.03123)
  %p8.next = add nuw nsw i64 %p8.addr.03122, 1
  %exitcond3587.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3587.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <16 x float> %2188, ptr %91, align 4
  store <16 x float> %2194, ptr %92, align 4
  store <16 x float> %2200, ptr %93, align 4
  store <16 x float> %2206, ptr %94, align 4
  store <16 x float> %2212, ptr %95, align 4
  store <16 x float> %2218, ptr %96, align 4
  store <16 x float> %2224, ptr %97, align 4
  store <16 x float> %2230, ptr %98, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %acc64.03130.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2238, %p8.body.1 ]
  %acc65.03129.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2244, %p8.body.1 ]
  %acc66.03128.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2250, %p8.body.1 ]
  %acc67.03127.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2256, %p8.body.1 ]
  %acc68.03126.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2262, %p8.body.1 ]
  %acc69.03125.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2268, %p8.body.1 ]
  %acc70.03124.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2274, %p8.body.1 ]
  %acc71.03123.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2280, %p8.body.1 ]
  %p8.addr.03122.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1, %p8.body.1 ]
  %.idx2944.1 = shl nuw nsw i64 %p8.addr.03122.1, 6
  %2231 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2944.1
  %2232 = load <16 x float>, ptr %2231, align 4
  %2233 = add nuw nsw i64 %p8.addr.03122.1, 512
  %2234 = getelementptr inbounds float, ptr %Vn, i64 %2233
  %2235 = load float, ptr %2234, align 4
  %2236 = insertelement <16 x float> poison, float %2235, i64 0
  %2237 = shufflevector <16 x float> %2236, <16 x float> poison, <16 x i32> zeroinitializer
  %2238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2237, <16 x float> %2232, <16 x float> %acc64.03130.1)
  %2239 = or disjoint i64 %2233, 64
  %2240 = getelementptr inbounds float, ptr %Vn, i64 %2239
  %2241 = load float, ptr %2240, align 4
  %2242 = insertelement <16 x float> poison, float %2241, i64 0
  %2243 = shufflevector <16 x float> %2242, <16 x float> poison, <16 x i32> zeroinitializer
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2232, <16 x float> %acc65.03129.1)
  %2245 = or disjoint i64 %2233, 128
  %2246 = getelementptr inbounds float, ptr %Vn, i64 %2245
  %2247 = load float, ptr %2246, align 4
  %2248 = insertelement <16 x float> poison, float %2247, i64 0
  %2249 = shufflevector <16 x float> %2248, <16 x float> poison, <16 x i32> zeroinitializer
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2232, <16 x float> %acc66.03128.1)
  %2251 = or disjoint i64 %2233, 192
  %2252 = getelementptr inbounds float, ptr %Vn, i64 %2251
  %2253 = load float, ptr %2252, align 4
  %2254 = insertelement <16 x float> poison, float %2253, i64 0
  %2255 = shufflevector <16 x float> %2254, <16 x float> poison, <16 x i32> zeroinitializer
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2232, <16 x float> %acc67.03127.1)
  %2257 = or disjoint i64 %2233, 256
  %2258 = getelementptr inbounds float, ptr %Vn, i64 %2257
  %2259 = load float, ptr %2258, align 4
  %2260 = insertelement <16 x float> poison, float %2259, i64 0
  %2261 = shufflevector <16 x float> %2260, <16 x float> poison, <16 x i32> zeroinitializer
  %2262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2261, <16 x float> %2232, <16 x float> %acc68.03126.1)
  %2263 = or disjoint i64 %2233, 320
  %2264 = getelementptr inbounds float, ptr %Vn, i64 %2263
  %2265 = load float, ptr %2264, align 4
  %2266 = insertelement <16 x float> poison, float %2265, i64 0
  %2267 = shufflevector <16 x float> %2266, <16 x float> poison, <16 x i32> zeroinitializer
  %2268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2267, <16 x float> %2232, <16 x float> %acc69.03125.1)
  %2269 = or disjoint i64 %2233, 384
  %2270 = getelementptr inbounds float, ptr %Vn, i64 %2269
  %2271 = load float, ptr %2270, align 4
  %2272 = insertelement <16 x float> poison, float %2271, i64 0
  %2273 = shufflevector <16 x float> %2272, <16 x float> poison, <16 x i32> zeroinitializer
  %2274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2273, <16 x float> %2232, <16 x float> %acc70.03124.1)
  %2275 = or disjoint i64 %2233, 448
  %2276 = getelementptr inbounds float, ptr %Vn, i64 %2275
  %2277 = load float, ptr %2276, align 4
  %2278 = insertelement <16 x float> poison, float %2277, i64 0
  %2279 = shufflevector <16 x float> %2278, <16 x float> poison, <16 x i32> zeroinitializer
  %2280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2279, <16 x float> %2232, <16 x float> %acc71.03123.1)
  %p8.next.1 = add nuw nsw i64 %p8.addr.03122.1, 1
  %exitcond3587.1.not = icmp eq i64 %p8.next.1, 64
  br i1 %exitcond3587.1.not, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  store <16 x float> %2238, ptr %99, align 4
  store <16 x float> %2244, ptr %100, align 4
  store <16 x float> %2250, ptr %101, align 4
  store <16 x float> %2256, ptr %102, align 4
  store <16 x float> %2262, ptr %103, align 4
  store <16 x float> %2268, ptr %104, align 4
  store <16 x float> %2274, ptr %105, align 4
  store <16 x float> %2280, ptr %106, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %acc64.03130.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2288, %p8.body.2 ]
  %acc65.03129.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2294, %p8.body.2 ]
  %acc66.03128.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2300, %p8.body.2 ]
  %acc67.03127.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2306, %p8.body.2 ]
  %acc68.03126.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2312, %p8.body.2 ]
  %acc69.03125.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2318, %p8.body.2 ]
  %acc70.03124.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2324, %p8.body.2 ]
  %acc71.03123.2 = phi <16 x float> [ zeroinitializer, %p8.exit.1 ], [ %2330, %p8.body.2 ]
  %p8.addr.03122.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2, %p8.body.2 ]
  %.idx2944.2 = shl nuw nsw i64 %p8.addr.03122.2, 6
  %2281 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2944.2
  %2282 = load <16 x float>, ptr %2281, align 4
  %2283 = add nuw nsw i64 %p8.addr.03122.2, 1024
  %2284 = getelementptr inbounds float, ptr %Vn, i64 %2283
  %2285 = load float, ptr %2284, align 4
  %2286 = insertelement <16 x float> poison, float %2285, i64 0
  %2287 = shufflevector <16 x float> %2286, <16 x float> poison, <16 x i32> zeroinitializer
  %2288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2287, <16 x float> %2282, <16 x float> %acc64.03130.2)
  %2289 = or disjoint i64 %2283, 64
  %2290 = getelementptr inbounds float, ptr %Vn, i64 %2289
  %2291 = load float, ptr %2290, align 4
  %2292 = insertelement <16 x float> poison, float %2291, i64 0
  %2293 = shufflevector <16 x float> %2292, <16 x float> poison, <16 x i32> zeroinitializer
  %2294 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2293, <16 x float> %2282, <16 x float> %acc65.03129.2)
  %2295 = or disjoint i64 %2283, 128
  %2296 = getelementptr inbounds float, ptr %Vn, i64 %2295
  %2297 = load float, ptr %2296, align 4
  %2298 = insertelement <16 x float> poison, float %2297, i64 0
  %2299 = shufflevector <16 x float> %2298, <16 x float> poison, <16 x i32> zeroinitializer
  %2300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2299, <16 x float> %2282, <16 x float> %acc66.03128.2)
  %2301 = or disjoint i64 %2283, 192
  %2302 = getelementptr inbounds float, ptr %Vn, i64 %2301
  %2303 = load float, ptr %2302, align 4
  %2304 = insertelement <16 x float> poison, float %2303, i64 0
  %2305 = shufflevector <16 x float> %2304, <16 x float> poison, <16 x i32> zeroinitializer
  %2306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2282, <16 x float> %acc67.03127.2)
  %2307 = or disjoint i64 %2283, 256
  %2308 = getelementptr inbounds float, ptr %Vn, i64 %2307
  %2309 = load float, ptr %2308, align 4
  %2310 = insertelement <16 x float> poison, float %2309, i64 0
  %2311 = shufflevector <16 x float> %2310, <16 x float> poison, <16 x i32> zeroinitializer
  %2312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2311, <16 x float> %2282, <16 x float> %acc68.03126.2)
  %2313 = or disjoint i64 %2283, 320
  %2314 = getelementptr inbounds float, ptr %Vn, i64 %2313
  %2315 = load float, ptr %2314, align 4
  %2316 = insertelement <16 x float> poison, float %2315, i64 0
  %2317 = shufflevector <16 x float> %2316, <16 x float> poison, <16 x i32> zeroinitializer
  %2318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2317, <16 x float> %2282, <16 x float> %acc69.03125.2)
  %2319 = or disjoint i64 %2283, 384
  %2320 = getelementptr inbounds float, ptr %Vn, i64 %2319
  %2321 = load float, ptr %2320, align 4
  %2322 = insertelement <16 x float> poison, float %2321, i64 0
  %2323 = shufflevector <16 x float> %2322, <16 x float> poison, <16 x i32> zeroinitializer
  %2324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2323, <16 x float> %2282, <16 x float> %acc70.03124.2)
  %2325 = or disjoint i64 %2283, 448
  %2326 = getelementptr inbounds float, ptr %Vn, i64 %2325
  %2327 = load float, ptr %2326, align 4
  %2328 = insertelement <16 x float> poison, float %2327, i64 0
  %2329 = shufflevector <16 x float> %2328, <16 x float> poison, <16 x i32> zeroinitializer
  %2330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2282, <16 x float> %acc71.03123.2)
  %p8.next.2 = add nuw nsw i64 %p8.addr.03122.2, 1
  %exitcond3587.2.not = icmp eq i64 %p8.next.2, 64
  br i1 %exitcond3587.2.not, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  store <16 x float> %2288, ptr %107, align 4
  store <16 x float> %2294, ptr %108, align 4
  store <16 x float> %2300, ptr %109, align 4
  store <16 x float> %2306, ptr %110, align 4
  store <16 x float> %2312, ptr %111, align 4
  store <16 x float> %2318, ptr %112, align 4
  store <16 x float> %2324, ptr %113, align 4
  store <16 x float> %2330, ptr %114, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %acc64.03130.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2338, %p8.body.3 ]
  %acc65.03129.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2344, %p8.body.3 ]
  %acc66.03128.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2350, %p8.body.3 ]
  %acc67.03127.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2356, %p8.body.3 ]
  %acc68.03126.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2362, %p8.body.3 ]
  %acc69.03125.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2368, %p8.body.3 ]
  %acc70.03124.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2374, %p8.body.3 ]
  %acc71.03123.3 = phi <16 x float> [ zeroinitializer, %p8.exit.2 ], [ %2380, %p8.body.3 ]
  %p8.addr.03122.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3, %p8.body.3 ]
  %.idx2944.3 = shl nuw nsw i64 %p8.addr.03122.3, 6
  %2331 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2944.3
  %2332 = load <16 x float>, ptr %2331, align 4
  %2333 = add nuw nsw i64 %p8.addr.03122.3, 1536
  %2334 = getelementptr inbounds float, ptr %Vn, i64 %2333
  %2335 = load float, ptr %2334, align 4
  %2336 = insertelement <16 x float> poison, float %2335, i64 0
  %2337 = shufflevector <16 x float> %2336, <16 x float> poison, <16 x i32> zeroinitializer
  %2338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2337, <16 x float> %2332, <16 x float> %acc64.03130.3)
  %2339 = or disjoint i64 %2333, 64
  %2340 = getelementptr inbounds float, ptr %Vn, i64 %2339
  %2341 = load float, ptr %2340, align 4
  %2342 = insertelement <16 x float> poison, float %2341, i64 0
  %2343 = shufflevector <16 x float> %2342, <16 x float> poison, <16 x i32> zeroinitializer
  %2344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2343, <16 x float> %2332, <16 x float> %acc65.03129.3)
  %2345 = or disjoint i64 %2333, 128
  %2346 = getelementptr inbounds float, ptr %Vn, i64 %2345
  %2347 = load float, ptr %2346, align 4
  %2348 = insertelement <16 x float> poison, float %2347, i64 0
  %2349 = shufflevector <16 x float> %2348, <16 x float> poison, <16 x i32> zeroinitializer
  %2350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2349, <16 x float> %2332, <16 x float> %acc66.03128.3)
  %2351 = or disjoint i64 %2333, 192
  %2352 = getelementptr inbounds float, ptr %Vn, i64 %2351
  %2353 = load float, ptr %2352, align 4
  %2354 = insertelement <16 x float> poison, float %2353, i64 0
  %2355 = shufflevector <16 x float> %2354, <16 x float> poison, <16 x i32> zeroinitializer
  %2356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2355, <16 x float> %2332, <16 x float> %acc67.03127.3)
  %2357 = or disjoint i64 %2333, 256
  %2358 = getelementptr inbounds float, ptr %Vn, i64 %2357
  %2359 = load float, ptr %2358, align 4
  %2360 = insertelement <16 x float> poison, float %2359, i64 0
  %2361 = shufflevector <16 x float> %2360, <16 x float> poison, <16 x i32> zeroinitializer
  %2362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2361, <16 x float> %2332, <16 x float> %acc68.03126.3)
  %2363 = or disjoint i64 %2333, 320
  %2364 = getelementptr inbounds float, ptr %Vn, i64 %2363
  %2365 = load float, ptr %2364, align 4
  %2366 = insertelement <16 x float> poison, float %2365, i64 0
  %2367 = shufflevector <16 x float> %2366, <16 x float> poison, <16 x i32> zeroinitializer
  %2368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2367, <16 x float> %2332, <16 x float> %acc69.03125.3)
  %2369 = or disjoint i64 %2333, 384
  %2370 = getelementptr inbounds float, ptr %Vn, i64 %2369
  %2371 = load float, ptr %2370, align 4
  %2372 = insertelement <16 x float> poison, float %2371, i64 0
  %2373 = shufflevector <16 x float> %2372, <16 x float> poison, <16 x i32> zeroinitializer
  %2374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2373, <16 x float> %2332, <16 x float> %acc70.03124.3)
  %2375 = or disjoint i64 %2333, 448
  %2376 = getelementptr inbounds float, ptr %Vn, i64 %2375
  %2377 = load float, ptr %2376, align 4
  %2378 = insertelement <16 x float> poison, float %2377, i64 0
  %2379 = shufflevector <16 x float> %2378, <16 x float> poison, <16 x i32> zeroinitializer
  %2380 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2379, <16 x float> %2332, <16 x float> %acc71.03123.3)
  %p8.next.3 = add nuw nsw i64 %p8.addr.03122.3, 1
  %exitcond3587.3.not = icmp eq i64 %p8.next.3, 64
  br i1 %exitcond3587.3.not, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  store <16 x float> %2338, ptr %115, align 4
  store <16 x float> %2344, ptr %116, align 4
  store <16 x float> %2350, ptr %117, align 4
  store <16 x float> %2356, ptr %118, align 4
  store <16 x float> %2362, ptr %119, align 4
  store <16 x float> %2368, ptr %120, align 4
  store <16 x float> %2374, ptr %121, align 4
  store <16 x float> %2380, ptr %122, align 4
  %2381 = load <16 x float>, ptr %M, align 4
  %2382 = fmul <16 x float> %2188, %2381
  store <16 x float> %2382, ptr %91, align 4
  %2383 = fmul <16 x float> %2194, %2381
  store <16 x float> %2383, ptr %92, align 4
  %2384 = load <16 x float>, ptr %47, align 4
  %2385 = fmul <16 x float> %2200, %2384
  store <16 x float> %2385, ptr %123, align 4
  %2386 = fmul <16 x float> %2206, %2384
  store <16 x float> %2386, ptr %124, align 4
  %2387 = load <16 x float>, ptr %50, align 4
  %2388 = fmul <16 x float> %2212, %2387
  store <16 x float> %2388, ptr %125, align 4
  %2389 = fmul <16 x float> %2218, %2387
  store <16 x float> %2389, ptr %126, align 4
  %2390 = load <16 x float>, ptr %53, align 4
  %2391 = fmul <16 x float> %2224, %2390
  store <16 x float> %2391, ptr %127, align 4
  %2392 = fmul <16 x float> %2230, %2390
  store <16 x float> %2392, ptr %128, align 4
  %2393 = load <16 x float>, ptr %56, align 4
  %2394 = fmul <16 x float> %2238, %2393
  store <16 x float> %2394, ptr %99, align 4
  %2395 = fmul <16 x float> %2244, %2393
  store <16 x float> %2395, ptr %100, align 4
  %2396 = load <16 x float>, ptr %59, align 4
  %2397 = fmul <16 x float> %2250, %2396
  store <16 x float> %2397, ptr %129, align 4
  %2398 = fmul <16 x float> %2256, %2396
  store <16 x float> %2398, ptr %130, align 4
  %2399 = load <16 x float>, ptr %62, align 4
  %2400 = fmul <16 x float> %2262, %2399
  store <16 x float> %2400, ptr %131, align 4
  %2401 = fmul <16 x float> %2268, %2399
  store <16 x float> %2401, ptr %132, align 4
  %2402 = load <16 x float>, ptr %65, align 4
  %2403 = fmul <16 x float> %2274, %2402
  store <16 x float> %2403, ptr %133, align 4
  %2404 = fmul <16 x float> %2280, %2402
  store <16 x float> %2404, ptr %134, align 4
  %2405 = load <16 x float>, ptr %68, align 4
  %2406 = fmul <16 x float> %2288, %2405
  store <16 x float> %2406, ptr %107, align 4
  %2407 = fmul <16 x float> %2294, %2405
  store <16 x float> %2407, ptr %108, align 4
  %2408 = load <16 x float>, ptr %71, align 4
  %2409 = fmul <16 x float> %2300, %2408
  store <16 x float> %2409, ptr %135, align 4
  %2410 = fmul <16 x float> %2306, %2408
  store <16 x float> %2410, ptr %136, align 4
  %2411 = load <16 x float>, ptr %74, align 4
  %2412 = fmul <16 x float> %2312, %2411
  store <16 x float> %2412, ptr %137, align 4
  %2413 = fmul <16 x float> %2318, %2411
  store <16 x float> %2413, ptr %138, align 4
  %2414 = load <16 x float>, ptr %77, align 4
  %2415 = fmul <16 x float> %2324, %2414
  store <16 x float> %2415, ptr %139, align 4
  %2416 = load <16 x float>, ptr %140, align 4
  %2417 = fmul <16 x float> %2416, %2414
  store <16 x float> %2417, ptr %140, align 4
  %2418 = load <16 x float>, ptr %115, align 4
  %2419 = load <16 x float>, ptr %80, align 4
  %2420 = fmul <16 x float> %2418, %2419
  store <16 x float> %2420, ptr %115, align 4
  %2421 = load <16 x float>, ptr %116, align 4
  %2422 = fmul <16 x float> %2421, %2419
  store <16 x float> %2422, ptr %116, align 4
  %2423 = load <16 x float>, ptr %141, align 4
  %2424 = load <16 x float>, ptr %83, align 4
  %2425 = fmul <16 x float> %2423, %2424
  store <16 x float> %2425, ptr %141, align 4
  %2426 = load <16 x float>, ptr %142, align 4
  %2427 = fmul <16 x float> %2426, %2424
  store <16 x float> %2427, ptr %142, align 4
  %2428 = load <16 x float>, ptr %143, align 4
  %2429 = load <16 x float>, ptr %86, align 4
  %2430 = fmul <16 x float> %2428, %2429
  store <16 x float> %2430, ptr %143, align 4
  %2431 = load <16 x float>, ptr %144, align 4
  %2432 = fmul <16 x float> %2431, %2429
  store <16 x float> %2432, ptr %144, align 4
  %2433 = load <16 x float>, ptr %145, align 4
  %2434 = load <16 x float>, ptr %89, align 4
  %2435 = fmul <16 x float> %2433, %2434
  store <16 x float> %2435, ptr %145, align 4
  %2436 = load <16 x float>, ptr %146, align 4
  %2437 = fmul <16 x float> %2436, %2434
  store <16 x float> %2437, ptr %146, align 4
  br label %p9.head.preheader

p9.head.preheader:                                ; preds = %p8.exit.3, %p9.exit
  %i38.addr.03150 = phi i64 [ %i38.next, %p9.exit ], [ 0, %p8.exit.3 ]
  %2438 = shl nuw nsw i64 %i38.addr.03150, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %acc72.03149 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2457, %p9.body ]
  %acc73.03148 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2458, %p9.body ]
  %acc74.03147 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2459, %p9.body ]
  %acc75.03146 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2460, %p9.body ]
  %acc76.03145 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2466, %p9.body ]
  %p9.addr.03144 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc87.03143 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2487, %p9.body ]
  %acc86.03142 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2486, %p9.body ]
  %acc85.03141 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2485, %p9.body ]
  %acc84.03140 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2484, %p9.body ]
  %acc83.03139 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2478, %p9.body ]
  %acc82.03138 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2477, %p9.body ]
  %acc81.03137 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2476, %p9.body ]
  %acc80.03136 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2475, %p9.body ]
  %acc79.03135 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2469, %p9.body ]
  %acc78.03134 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2468, %p9.body ]
  %acc77.03133 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2467, %p9.body ]
  %2439 = shl nuw nsw i64 %p9.addr.03144, 6
  %2440 = or disjoint i64 %2439, 4096
  %2441 = getelementptr inbounds float, ptr %Bk, i64 %2440
  %2442 = load <16 x float>, ptr %2441, align 4
  %2443 = or disjoint i64 %2439, 4112
  %2444 = getelementptr inbounds float, ptr %Bk, i64 %2443
  %2445 = load <16 x float>, ptr %2444, align 4
  %2446 = or disjoint i64 %2439, 4128
  %2447 = getelementptr inbounds float, ptr %Bk, i64 %2446
  %2448 = load <16 x float>, ptr %2447, align 4
  %2449 = or disjoint i64 %2439, 4144
  %2450 = getelementptr inbounds float, ptr %Bk, i64 %2449
  %2451 = load <16 x float>, ptr %2450, align 4
  %2452 = add nuw nsw i64 %p9.addr.03144, %2438
  %2453 = getelementptr inbounds float, ptr %OY, i64 %2452
  %2454 = load float, ptr %2453, align 4
  %2455 = insertelement <16 x float> poison, float %2454, i64 0
  %2456 = shufflevector <16 x float> %2455, <16 x float> poison, <16 x i32> zeroinitializer
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2456, <16 x float> %2442, <16 x float> %acc72.03149)
  %2458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2456, <16 x float> %2445, <16 x float> %acc73.03148)
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2456, <16 x float> %2448, <16 x float> %acc74.03147)
  %2460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2456, <16 x float> %2451, <16 x float> %acc75.03146)
  %2461 = or disjoint i64 %2452, 64
  %2462 = getelementptr inbounds float, ptr %OY, i64 %2461
  %2463 = load float, ptr %2462, align 4
  %2464 = insertelement <16 x float> poison, float %2463, i64 0
  %2465 = shufflevector <16 x float> %2464, <16 x float> poison, <16 x i32> zeroinitializer
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2442, <16 x float> %acc76.03145)
  %2467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2445, <16 x float> %acc77.03133)
  %2468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2448, <16 x float> %acc78.03134)
  %2469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2451, <16 x float> %acc79.03135)
  %2470 = or disjoint i64 %2452, 128
  %2471 = getelementptr inbounds float, ptr %OY, i64 %2470
  %2472 = load float, ptr %2471, align 4
  %2473 = insertelement <16 x float> poison, float %2472, i64 0
  %2474 = shufflevector <16 x float> %2473, <16 x float> poison, <16 x i32> zeroinitializer
  %2475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2474, <16 x float> %2442, <16 x float> %acc80.03136)
  %2476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2474, <16 x float> %2445, <16 x float> %acc81.03137)
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2474, <16 x float> %2448, <16 x float> %acc82.03138)
  %2478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2474, <16 x float> %2451, <16 x float> %acc83.03139)
  %2479 = or disjoint i64 %2452, 192
  %2480 = getelementptr inbounds float, ptr %OY, i64 %2479
  %2481 = load float, ptr %2480, align 4
  %2482 = insertelement <16 x float> poison, float %2481, i64 0
  %2483 = shufflevector <16 x float> %2482, <16 x float> poison, <16 x i32> zeroinitializer
  %2484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2442, <16 x float> %acc84.03140)
  %2485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2445, <16 x float> %acc85.03141)
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2448, <16 x float> %acc86.03142)
  %2487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2451, <16 x float> %acc87.03143)
  %p9.next = add nuw nsw i64 %p9.addr.03144, 1
  %exitcond3589.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3589.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2488 = getelementptr inbounds float, ptr %dQc, i64 %2438
  store <16 x float> %2457, ptr %2488, align 4
  %2489 = or disjoint i64 %2438, 16
  %2490 = getelementptr inbounds float, ptr %dQc, i64 %2489
  store <16 x float> %2458, ptr %2490, align 4
  %2491 = or disjoint i64 %2438, 32
  %2492 = getelementptr inbounds float, ptr %dQc, i64 %2491
  store <16 x float> %2459, ptr %2492, align 4
  %2493 = or disjoint i64 %2438, 48
  %2494 = getelementptr inbounds float, ptr %dQc, i64 %2493
  store <16 x float> %2460, ptr %2494, align 4
  %2495 = or disjoint i64 %2438, 64
  %2496 = getelementptr inbounds float, ptr %dQc, i64 %2495
  store <16 x float> %2466, ptr %2496, align 4
  %2497 = or disjoint i64 %2438, 80
  %2498 = getelementptr inbounds float, ptr %dQc, i64 %2497
  store <16 x float> %2467, ptr %2498, align 4
  %2499 = or disjoint i64 %2438, 96
  %2500 = getelementptr inbounds float, ptr %dQc, i64 %2499
  store <16 x float> %2468, ptr %2500, align 4
  %2501 = or disjoint i64 %2438, 112
  %2502 = getelementptr inbounds float, ptr %dQc, i64 %2501
  store <16 x float> %2469, ptr %2502, align 4
  %2503 = or disjoint i64 %2438, 128
  %2504 = getelementptr inbounds float, ptr %dQc, i64 %2503
  store <16 x float> %2475, ptr %2504, align 4
  %2505 = or disjoint i64 %2438, 144
  %2506 = getelementptr inbounds float, ptr %dQc, i64 %2505
  store <16 x float> %2476, ptr %2506, align 4
  %2507 = or disjoint i64 %2438, 160
  %2508 = getelementptr inbounds float, ptr %dQc, i64 %2507
  store <16 x float> %2477, ptr %2508, align 4
  %2509 = or disjoint i64 %2438, 176
  %2510 = getelementptr inbounds float, ptr %dQc, i64 %2509
  store <16 x float> %2478, ptr %2510, align 4
  %2511 = or disjoint i64 %2438, 192
  %2512 = getelementptr inbounds float, ptr %dQc, i64 %2511
  store <16 x float> %2484, ptr %2512, align 4
  %2513 = or disjoint i64 %2438, 208
  %2514 = getelementptr inbounds float, ptr %dQc, i64 %2513
  store <16 x float> %2485, ptr %2514, align 4
  %2515 = or disjoint i64 %2438, 224
  %2516 = getelementptr inbounds float, ptr %dQc, i64 %2515
  store <16 x float> %2486, ptr %2516, align 4
  %2517 = or disjoint i64 %2438, 240
  %2518 = getelementptr inbounds float, ptr %dQc, i64 %2517
  store <16 x float> %2487, ptr %2518, align 4
  %i38.next = add nuw nsw i64 %i38.addr.03150, 4
  %2519 = icmp ult i64 %i38.addr.03150, 12
  br i1 %2519, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %endif1463
  %i39.addr.03168 = phi i64 [ %i39.next, %endif1463 ], [ 0, %p9.exit ]
  %2520 = shl nuw nsw i64 %i39.addr.03168, 6
  %2521 = getelementptr inbounds float, ptr %dQc, i64 %2520
  %2522 = load <16 x float>, ptr %2521, align 4
  %2523 = or disjoint i64 %2520, 16
  %2524 = getelementptr inbounds float, ptr %dQc, i64 %2523
  %2525 = load <16 x float>, ptr %2524, align 4
  %2526 = or disjoint i64 %2520, 32
  %2527 = getelementptr inbounds float, ptr %dQc, i64 %2526
  %2528 = load <16 x float>, ptr %2527, align 4
  %2529 = or disjoint i64 %2520, 48
  %2530 = getelementptr inbounds float, ptr %dQc, i64 %2529
  %2531 = load <16 x float>, ptr %2530, align 4
  %2532 = or disjoint i64 %i39.addr.03168, 1
  %2533 = shl nuw nsw i64 %2532, 6
  %2534 = getelementptr inbounds float, ptr %dQc, i64 %2533
  %2535 = load <16 x float>, ptr %2534, align 4
  %2536 = or disjoint i64 %2533, 16
  %2537 = getelementptr inbounds float, ptr %dQc, i64 %2536
  %2538 = load <16 x float>, ptr %2537, align 4
  %2539 = or disjoint i64 %2533, 32
  %2540 = getelementptr inbounds float, ptr %dQc, i64 %2539
  %2541 = load <16 x float>, ptr %2540, align 4
  %2542 = or disjoint i64 %2533, 48
  %2543 = getelementptr inbounds float, ptr %dQc, i64 %2542
  %2544 = load <16 x float>, ptr %2543, align 4
  %2545 = or disjoint i64 %i39.addr.03168, 2
  %2546 = shl nuw nsw i64 %2545, 6
  %2547 = getelementptr inbounds float, ptr %dQc, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %2546, 16
  %2550 = getelementptr inbounds float, ptr %dQc, i64 %2549
  %2551 = load <16 x float>, ptr %2550, align 4
  %2552 = or disjoint i64 %2546, 32
  %2553 = getelementptr inbounds float, ptr %dQc, i64 %2552
  %2554 = load <16 x float>, ptr %2553, align 4
  %2555 = or disjoint i64 %2546, 48
  %2556 = getelementptr inbounds float, ptr %dQc, i64 %2555
  %2557 = load <16 x float>, ptr %2556, align 4
  %2558 = or disjoint i64 %i39.addr.03168, 3
  %2559 = shl nuw nsw i64 %2558, 6
  %2560 = getelementptr inbounds float, ptr %dQc, i64 %2559
  %2561 = load <16 x float>, ptr %2560, align 4
  %2562 = or disjoint i64 %2559, 16
  %2563 = getelementptr inbounds float, ptr %dQc, i64 %2562
  %2564 = load <16 x float>, ptr %2563, align 4
  %2565 = or disjoint i64 %2559, 32
  %2566 = getelementptr inbounds float, ptr %dQc, i64 %2565
  %2567 = load <16 x float>, ptr %2566, align 4
  %2568 = or disjoint i64 %2559, 48
  %2569 = getelementptr inbounds float, ptr %dQc, i64 %2568
  %2570 = load <16 x float>, ptr %2569, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.03167 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc103.03166 = phi <16 x float> [ %2570, %i39.body ], [ %2617, %p10.body ]
  %acc102.03165 = phi <16 x float> [ %2567, %i39.body ], [ %2616, %p10.body ]
  %acc101.03164 = phi <16 x float> [ %2564, %i39.body ], [ %2615, %p10.body ]
  %acc100.03163 = phi <16 x float> [ %2561, %i39.body ], [ %2614, %p10.body ]
  %acc99.03162 = phi <16 x float> [ %2557, %i39.body ], [ %2608, %p10.body ]
  %acc98.03161 = phi <16 x float> [ %2554, %i39.body ], [ %2607, %p10.body ]
  %acc97.03160 = phi <16 x float> [ %2551, %i39.body ], [ %2606, %p10.body ]
  %acc96.03159 = phi <16 x float> [ %2548, %i39.body ], [ %2605, %p10.body ]
  %acc95.03158 = phi <16 x float> [ %2544, %i39.body ], [ %2599, %p10.body ]
  %acc94.03157 = phi <16 x float> [ %2541, %i39.body ], [ %2598, %p10.body ]
  %acc93.03156 = phi <16 x float> [ %2538, %i39.body ], [ %2597, %p10.body ]
  %acc92.03155 = phi <16 x float> [ %2535, %i39.body ], [ %2596, %p10.body ]
  %acc91.03154 = phi <16 x float> [ %2531, %i39.body ], [ %2590, %p10.body ]
  %acc90.03153 = phi <16 x float> [ %2528, %i39.body ], [ %2589, %p10.body ]
  %acc89.03152 = phi <16 x float> [ %2525, %i39.body ], [ %2588, %p10.body ]
  %acc88.03151 = phi <16 x float> [ %2522, %i39.body ], [ %2587, %p10.body ]
  %.idx2961 = shl nuw nsw i64 %p10.addr.03167, 8
  %2571 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2961
  %2572 = getelementptr inbounds i8, ptr %2571, i64 36864
  %2573 = load <16 x float>, ptr %2572, align 4
  %2574 = getelementptr inbounds i8, ptr %2571, i64 36928
  %2575 = load <16 x float>, ptr %2574, align 4
  %2576 = getelementptr inbounds i8, ptr %2571, i64 36992
  %2577 = load <16 x float>, ptr %2576, align 4
  %2578 = getelementptr inbounds i8, ptr %2571, i64 37056
  %2579 = load <16 x float>, ptr %2578, align 4
  %2580 = mul nuw nsw i64 %p10.addr.03167, 176
  %2581 = add nuw nsw i64 %2580, 128
  %2582 = or disjoint i64 %2581, %i39.addr.03168
  %2583 = getelementptr inbounds float, ptr %Ak, i64 %2582
  %2584 = load float, ptr %2583, align 4
  %2585 = insertelement <16 x float> poison, float %2584, i64 0
  %2586 = shufflevector <16 x float> %2585, <16 x float> poison, <16 x i32> zeroinitializer
  %2587 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2586, <16 x float> %2573, <16 x float> %acc88.03151)
  %2588 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2586, <16 x float> %2575, <16 x float> %acc89.03152)
  %2589 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2586, <16 x float> %2577, <16 x float> %acc90.03153)
  %2590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2586, <16 x float> %2579, <16 x float> %acc91.03154)
  %2591 = or disjoint i64 %2581, %2532
  %2592 = getelementptr inbounds float, ptr %Ak, i64 %2591
  %2593 = load float, ptr %2592, align 4
  %2594 = insertelement <16 x float> poison, float %2593, i64 0
  %2595 = shufflevector <16 x float> %2594, <16 x float> poison, <16 x i32> zeroinitializer
  %2596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2595, <16 x float> %2573, <16 x float> %acc92.03155)
  %2597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2595, <16 x float> %2575, <16 x float> %acc93.03156)
  %2598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2595, <16 x float> %2577, <16 x float> %acc94.03157)
  %2599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2595, <16 x float> %2579, <16 x float> %acc95.03158)
  %2600 = or disjoint i64 %2581, %2545
  %2601 = getelementptr inbounds float, ptr %Ak, i64 %2600
  %2602 = load float, ptr %2601, align 4
  %2603 = insertelement <16 x float> poison, float %2602, i64 0
  %2604 = shufflevector <16 x float> %2603, <16 x float> poison, <16 x i32> zeroinitializer
  %2605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2604, <16 x float> %2573, <16 x float> %acc96.03159)
  %2606 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2604, <16 x float> %2575, <16 x float> %acc97.03160)
  %2607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2604, <16 x float> %2577, <16 x float> %acc98.03161)
  %2608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2604, <16 x float> %2579, <16 x float> %acc99.03162)
  %2609 = or disjoint i64 %2581, %2558
  %2610 = getelementptr inbounds float, ptr %Ak, i64 %2609
  %2611 = load float, ptr %2610, align 4
  %2612 = insertelement <16 x float> poison, float %2611, i64 0
  %2613 = shufflevector <16 x float> %2612, <16 x float> poison, <16 x i32> zeroinitializer
  %2614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2573, <16 x float> %acc100.03163)
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2575, <16 x float> %acc101.03164)
  %2616 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2577, <16 x float> %acc102.03165)
  %2617 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2579, <16 x float> %acc103.03166)
  %p10.next = add nuw nsw i64 %p10.addr.03167, 1
  %exitcond3590.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond3590.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2618 = icmp slt i64 %i39.addr.03168, %L
  br i1 %2618, label %then1401, label %endif1415

then1401:                                         ; preds = %p10.exit
  %2619 = fmul <16 x float> %2587, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2620 = or disjoint i64 %i39.addr.03168, %t0
  %.idx2929 = shl nsw i64 %2620, 8
  %2621 = getelementptr inbounds i8, ptr %gep3306, i64 %.idx2929
  store <16 x float> %2619, ptr %2621, align 4
  %2622 = fmul <16 x float> %2588, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2623 = shl nsw i64 %2620, 6
  %2624 = or disjoint i64 %2623, 16
  %2625 = getelementptr inbounds float, ptr %gep3306, i64 %2624
  store <16 x float> %2622, ptr %2625, align 4
  %2626 = fmul <16 x float> %2589, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2627 = or disjoint i64 %2623, 32
  %2628 = getelementptr inbounds float, ptr %gep3306, i64 %2627
  store <16 x float> %2626, ptr %2628, align 4
  %2629 = fmul <16 x float> %2590, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2630 = or disjoint i64 %2623, 48
  %2631 = getelementptr inbounds float, ptr %gep3306, i64 %2630
  store <16 x float> %2629, ptr %2631, align 4
  br label %endif1415

endif1415:                                        ; preds = %p10.exit, %then1401
  %2632 = icmp slt i64 %2532, %L
  br i1 %2632, label %then1417, label %endif1431

then1417:                                         ; preds = %endif1415
  %2633 = fmul <16 x float> %2596, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2634 = or disjoint i64 %2532, %t0
  %.idx2930 = shl nsw i64 %2634, 8
  %2635 = getelementptr inbounds i8, ptr %gep3306, i64 %.idx2930
  store <16 x float> %2633, ptr %2635, align 4
  %2636 = fmul <16 x float> %2597, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2637 = shl nsw i64 %2634, 6
  %2638 = or disjoint i64 %2637, 16
  %2639 = getelementptr inbounds float, ptr %gep3306, i64 %2638
  store <16 x float> %2636, ptr %2639, align 4
  %2640 = fmul <16 x float> %2598, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2641 = or disjoint i64 %2637, 32
  %2642 = getelementptr inbounds float, ptr %gep3306, i64 %2641
  store <16 x float> %2640, ptr %2642, align 4
  %2643 = fmul <16 x float> %2599, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2644 = or disjoint i64 %2637, 48
  %2645 = getelementptr inbounds float, ptr %gep3306, i64 %2644
  store <16 x float> %2643, ptr %2645, align 4
  br label %endif1431

endif1431:                                        ; preds = %endif1415, %then1417
  %2646 = icmp slt i64 %2545, %L
  br i1 %2646, label %then1433, label %endif1447

then1433:                                         ; preds = %endif1431
  %2647 = fmul <16 x float> %2605, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2648 = or disjoint i64 %2545, %t0
  %.idx2931 = shl nsw i64 %2648, 8
  %2649 = getelementptr inbounds i8, ptr %gep3306, i64 %.idx2931
  store <16 x float> %2647, ptr %2649, align 4
  %2650 = fmul <16 x float> %2606, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2651 = shl nsw i64 %2648, 6
  %2652 = or disjoint i64 %2651, 16
  %2653 = getelementptr inbounds float, ptr %gep3306, i64 %2652
  store <16 x float> %2650, ptr %2653, align 4
  %2654 = fmul <16 x float> %2607, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2655 = or disjoint i64 %2651, 32
  %2656 = getelementptr inbounds float, ptr %gep3306, i64 %2655
  store <16 x float> %2654, ptr %2656, align 4
  %2657 = fmul <16 x float> %2608, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2658 = or disjoint i64 %2651, 48
  %2659 = getelementptr inbounds float, ptr %gep3306, i64 %2658
  store <16 x float> %2657, ptr %2659, align 4
  br label %endif1447

endif1447:                                        ; preds = %endif1431, %then1433
  %2660 = icmp slt i64 %2558, %L
  br i1 %2660, label %then1449, label %endif1463

then1449:                                         ; preds = %endif1447
  %2661 = fmul <16 x float> %2614, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2662 = or disjoint i64 %2558, %t0
  %.idx2932 = shl nsw i64 %2662, 8
  %2663 = getelementptr inbounds i8, ptr %gep3306, i64 %.idx2932
  store <16 x float> %2661, ptr %2663, align 4
  %2664 = fmul <16 x float> %2615, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2665 = shl nsw i64 %2662, 6
  %2666 = or disjoint i64 %2665, 16
  %2667 = getelementptr inbounds float, ptr %gep3306, i64 %2666
  store <16 x float> %2664, ptr %2667, align 4
  %2668 = fmul <16 x float> %2616, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2669 = or disjoint i64 %2665, 32
  %2670 = getelementptr inbounds float, ptr %gep3306, i64 %2669
  store <16 x float> %2668, ptr %2670, align 4
  %2671 = fmul <16 x float> %2617, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2672 = or disjoint i64 %2665, 48
  %2673 = getelementptr inbounds float, ptr %gep3306, i64 %2672
  store <16 x float> %2671, ptr %2673, align 4
  br label %endif1463

endif1463:                                        ; preds = %endif1447, %then1449
  %i39.next = add nuw nsw i64 %i39.addr.03168, 4
  %2674 = icmp ult i64 %i39.addr.03168, 12
  br i1 %2674, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1463
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %2675 = icmp sgt i64 %372, 0
  br i1 %2675, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter = and i64 %smax4324, 1
  %2676 = icmp slt i64 %indvars.iv3596, 2
  br i1 %2676, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter = and i64 %smax4324, 30
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.03203 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2677 = shl nuw nsw i64 %ib1.addr.03203, 2
  %i01 = sub nuw nsw i64 28, %2677
  %2678 = shl nuw nsw i64 %i01, 6
  %2679 = getelementptr inbounds float, ptr %OY, i64 %2678
  %2680 = getelementptr inbounds i8, ptr %2679, i64 4096
  %2681 = load <16 x float>, ptr %2680, align 4
  %2682 = getelementptr inbounds i8, ptr %2679, i64 4160
  %2683 = load <16 x float>, ptr %2682, align 4
  %2684 = getelementptr inbounds i8, ptr %2679, i64 4224
  %2685 = load <16 x float>, ptr %2684, align 4
  %2686 = getelementptr inbounds i8, ptr %2679, i64 4288
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = sub nuw nsw i64 29, %2677
  %2689 = shl nuw nsw i64 %2688, 6
  %2690 = getelementptr inbounds float, ptr %OY, i64 %2689
  %2691 = getelementptr inbounds i8, ptr %2690, i64 4096
  %2692 = load <16 x float>, ptr %2691, align 4
  %2693 = getelementptr inbounds i8, ptr %2690, i64 4160
  %2694 = load <16 x float>, ptr %2693, align 4
  %2695 = getelementptr inbounds i8, ptr %2690, i64 4224
  %2696 = load <16 x float>, ptr %2695, align 4
  %2697 = getelementptr inbounds i8, ptr %2690, i64 4288
  %2698 = load <16 x float>, ptr %2697, align 4
  %2699 = sub nuw nsw i64 30, %2677
  %2700 = shl nuw nsw i64 %2699, 6
  %2701 = getelementptr inbounds float, ptr %OY, i64 %2700
  %2702 = getelementptr inbounds i8, ptr %2701, i64 4096
  %2703 = load <16 x float>, ptr %2702, align 4
  %2704 = getelementptr inbounds i8, ptr %2701, i64 4160
  %2705 = load <16 x float>, ptr %2704, align 4
  %2706 = getelementptr inbounds i8, ptr %2701, i64 4224
  %2707 = load <16 x float>, ptr %2706, align 4
  %2708 = getelementptr inbounds i8, ptr %2701, i64 4288
  %2709 = load <16 x float>, ptr %2708, align 4
  %2710 = sub nuw nsw i64 31, %2677
  %2711 = shl nuw nsw i64 %2710, 6
  %2712 = getelementptr inbounds float, ptr %OY, i64 %2711
  %2713 = getelementptr inbounds i8, ptr %2712, i64 4096
  %2714 = load <16 x float>, ptr %2713, align 4
  %2715 = getelementptr inbounds i8, ptr %2712, i64 4160
  %2716 = load <16 x float>, ptr %2715, align 4
  %2717 = getelementptr inbounds i8, ptr %2712, i64 4224
  %2718 = load <16 x float>, ptr %2717, align 4
  %2719 = getelementptr inbounds i8, ptr %2712, i64 4288
  %2720 = load <16 x float>, ptr %2719, align 4
  %.not3344 = icmp eq i64 %ib1.addr.03203, 0
  br i1 %.not3344, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2721 = sub nuw nsw i64 32, %2677
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.03186 = phi i64 [ %j30.next, %j30.body ], [ %2721, %j30.body.preheader ]
  %acc119.03185 = phi <16 x float> [ %2771, %j30.body ], [ %2720, %j30.body.preheader ]
  %acc118.03184 = phi <16 x float> [ %2770, %j30.body ], [ %2718, %j30.body.preheader ]
  %acc117.03183 = phi <16 x float> [ %2769, %j30.body ], [ %2716, %j30.body.preheader ]
  %acc116.03182 = phi <16 x float> [ %2768, %j30.body ], [ %2714, %j30.body.preheader ]
  %acc115.03181 = phi <16 x float> [ %2761, %j30.body ], [ %2709, %j30.body.preheader ]
  %acc114.03180 = phi <16 x float> [ %2760, %j30.body ], [ %2707, %j30.body.preheader ]
  %acc113.03179 = phi <16 x float> [ %2759, %j30.body ], [ %2705, %j30.body.preheader ]
  %acc112.03178 = phi <16 x float> [ %2758, %j30.body ], [ %2703, %j30.body.preheader ]
  %acc111.03177 = phi <16 x float> [ %2751, %j30.body ], [ %2698, %j30.body.preheader ]
  %acc110.03176 = phi <16 x float> [ %2750, %j30.body ], [ %2696, %j30.body.preheader ]
  %acc109.03175 = phi <16 x float> [ %2749, %j30.body ], [ %2694, %j30.body.preheader ]
  %acc108.03174 = phi <16 x float> [ %2748, %j30.body ], [ %2692, %j30.body.preheader ]
  %acc107.03173 = phi <16 x float> [ %2741, %j30.body ], [ %2687, %j30.body.preheader ]
  %acc106.03172 = phi <16 x float> [ %2740, %j30.body ], [ %2685, %j30.body.preheader ]
  %acc105.03171 = phi <16 x float> [ %2739, %j30.body ], [ %2683, %j30.body.preheader ]
  %acc104.03170 = phi <16 x float> [ %2738, %j30.body ], [ %2681, %j30.body.preheader ]
  %.idx2960 = shl nuw nsw i64 %j30.addr.03186, 8
  %2722 = getelementptr inbounds i8, ptr %OY, i64 %.idx2960
  %2723 = getelementptr inbounds i8, ptr %2722, i64 4096
  %2724 = load <16 x float>, ptr %2723, align 4
  %2725 = getelementptr inbounds i8, ptr %2722, i64 4160
  %2726 = load <16 x float>, ptr %2725, align 4
  %2727 = getelementptr inbounds i8, ptr %2722, i64 4224
  %2728 = load <16 x float>, ptr %2727, align 4
  %2729 = getelementptr inbounds i8, ptr %2722, i64 4288
  %2730 = load <16 x float>, ptr %2729, align 4
  %2731 = shl nuw nsw i64 %j30.addr.03186, 5
  %2732 = or disjoint i64 %2731, %i01
  %2733 = getelementptr inbounds float, ptr %Gm, i64 %2732
  %2734 = load float, ptr %2733, align 4
  %2735 = fneg float %2734
  %2736 = insertelement <16 x float> poison, float %2735, i64 0
  %2737 = shufflevector <16 x float> %2736, <16 x float> poison, <16 x i32> zeroinitializer
  %2738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2724, <16 x float> %acc104.03170)
  %2739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2726, <16 x float> %acc105.03171)
  %2740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2728, <16 x float> %acc106.03172)
  %2741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2730, <16 x float> %acc107.03173)
  %2742 = or disjoint i64 %2731, %2688
  %2743 = getelementptr inbounds float, ptr %Gm, i64 %2742
  %2744 = load float, ptr %2743, align 4
  %2745 = fneg float %2744
  %2746 = insertelement <16 x float> poison, float %2745, i64 0
  %2747 = shufflevector <16 x float> %2746, <16 x float> poison, <16 x i32> zeroinitializer
  %2748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2724, <16 x float> %acc108.03174)
  %2749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2726, <16 x float> %acc109.03175)
  %2750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2728, <16 x float> %acc110.03176)
  %2751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2730, <16 x float> %acc111.03177)
  %2752 = or disjoint i64 %2731, %2699
  %2753 = getelementptr inbounds float, ptr %Gm, i64 %2752
  %2754 = load float, ptr %2753, align 4
  %2755 = fneg float %2754
  %2756 = insertelement <16 x float> poison, float %2755, i64 0
  %2757 = shufflevector <16 x float> %2756, <16 x float> poison, <16 x i32> zeroinitializer
  %2758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2757, <16 x float> %2724, <16 x float> %acc112.03178)
  %2759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2757, <16 x float> %2726, <16 x float> %acc113.03179)
  %2760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2757, <16 x float> %2728, <16 x float> %acc114.03180)
  %2761 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2757, <16 x float> %2730, <16 x float> %acc115.03181)
  %2762 = or disjoint i64 %2731, %2710
  %2763 = getelementptr inbounds float, ptr %Gm, i64 %2762
  %2764 = load float, ptr %2763, align 4
  %2765 = fneg float %2764
  %2766 = insertelement <16 x float> poison, float %2765, i64 0
  %2767 = shufflevector <16 x float> %2766, <16 x float> poison, <16 x i32> zeroinitializer
  %2768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2767, <16 x float> %2724, <16 x float> %acc116.03182)
  %2769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2767, <16 x float> %2726, <16 x float> %acc117.03183)
  %2770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2767, <16 x float> %2728, <16 x float> %acc118.03184)
  %2771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2767, <16 x float> %2730, <16 x float> %acc119.03185)
  %j30.next = add nuw nsw i64 %j30.addr.03186, 1
  %2772 = icmp ult i64 %j30.addr.03186, 31
  br i1 %2772, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc104.0.lcssa = phi <16 x float> [ %2681, %ib1.body ], [ %2738, %j30.body ]
  %acc105.0.lcssa = phi <16 x float> [ %2683, %ib1.body ], [ %2739, %j30.body ]
  %acc106.0.lcssa = phi <16 x float> [ %2685, %ib1.body ], [ %2740, %j30.body ]
  %acc107.0.lcssa = phi <16 x float> [ %2687, %ib1.body ], [ %2741, %j30.body ]
  %acc108.0.lcssa = phi <16 x float> [ %2692, %ib1.body ], [ %2748, %j30.body ]
  %acc109.0.lcssa = phi <16 x float> [ %2694, %ib1.body ], [ %2749, %j30.body ]
  %acc110.0.lcssa = phi <16 x float> [ %2696, %ib1.body ], [ %2750, %j30.body ]
  %acc111.0.lcssa = phi <16 x float> [ %2698, %ib1.body ], [ %2751, %j30.body ]
  %acc112.0.lcssa = phi <16 x float> [ %2703, %ib1.body ], [ %2758, %j30.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2705, %ib1.body ], [ %2759, %j30.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2707, %ib1.body ], [ %2760, %j30.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2709, %ib1.body ], [ %2761, %j30.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2714, %ib1.body ], [ %2768, %j30.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2716, %ib1.body ], [ %2769, %j30.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2718, %ib1.body ], [ %2770, %j30.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2720, %ib1.body ], [ %2771, %j30.body ]
  %2773 = getelementptr inbounds float, ptr %Rr, i64 %2711
  %2774 = load <16 x float>, ptr %2773, align 4
  %2775 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc116.0.lcssa, <16 x float> %2774, <16 x float> zeroinitializer)
  %2776 = or disjoint i64 %2711, 16
  %2777 = getelementptr inbounds float, ptr %Rr, i64 %2776
  %2778 = load <16 x float>, ptr %2777, align 4
  %2779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc117.0.lcssa, <16 x float> %2778, <16 x float> %2775)
  %2780 = or disjoint i64 %2711, 32
  %2781 = getelementptr inbounds float, ptr %Rr, i64 %2780
  %2782 = load <16 x float>, ptr %2781, align 4
  %2783 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2782, <16 x float> %2779)
  %2784 = or disjoint i64 %2711, 48
  %2785 = getelementptr inbounds float, ptr %Rr, i64 %2784
  %2786 = load <16 x float>, ptr %2785, align 4
  %2787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2786, <16 x float> %2783)
  %2788 = shufflevector <16 x float> %2787, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2789 = shufflevector <16 x float> %2787, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2790 = fadd <8 x float> %2788, %2789
  %2791 = shufflevector <8 x float> %2790, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2792 = shufflevector <8 x float> %2790, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2793 = fadd <4 x float> %2791, %2792
  %2794 = shufflevector <4 x float> %2793, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2795 = shufflevector <4 x float> %2793, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2796 = fadd <2 x float> %2794, %2795
  %2797 = shufflevector <2 x float> %2796, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2798 = shufflevector <2 x float> %2796, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2799 = getelementptr inbounds float, ptr %bet, i64 %2710
  %2800 = load float, ptr %2799, align 4
  %2801 = insertelement <16 x float> poison, float %2800, i64 0
  %2802 = shufflevector <16 x float> %2801, <16 x float> poison, <16 x i32> zeroinitializer
  %2803 = fmul <16 x float> %acc116.0.lcssa, %2802
  store <16 x float> %2803, ptr %2713, align 4
  %2804 = fneg <16 x float> %2803
  %.idx2956 = mul nuw nsw i64 %2710, 704
  %2805 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2956
  %2806 = getelementptr inbounds i8, ptr %2805, i64 256
  store <16 x float> %2804, ptr %2806, align 4
  %2807 = fmul <16 x float> %acc117.0.lcssa, %2802
  store <16 x float> %2807, ptr %2715, align 4
  %2808 = fneg <16 x float> %2807
  %2809 = getelementptr inbounds i8, ptr %2805, i64 320
  store <16 x float> %2808, ptr %2809, align 4
  %2810 = fmul <16 x float> %acc118.0.lcssa, %2802
  store <16 x float> %2810, ptr %2717, align 4
  %2811 = fneg <16 x float> %2810
  %2812 = getelementptr inbounds i8, ptr %2805, i64 384
  store <16 x float> %2811, ptr %2812, align 4
  %2813 = fmul <16 x float> %acc119.0.lcssa, %2802
  store <16 x float> %2813, ptr %2719, align 4
  %2814 = fneg <16 x float> %2813
  %2815 = getelementptr inbounds i8, ptr %2805, i64 448
  store <16 x float> %2814, ptr %2815, align 4
  %2816 = shl nuw nsw i64 %2710, 5
  %2817 = or disjoint i64 %2816, %2699
  %2818 = getelementptr inbounds float, ptr %Gm, i64 %2817
  %2819 = load float, ptr %2818, align 4
  %2820 = fneg float %2819
  %2821 = insertelement <16 x float> poison, float %2820, i64 0
  %2822 = shufflevector <16 x float> %2821, <16 x float> poison, <16 x i32> zeroinitializer
  %2823 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2822, <16 x float> %2803, <16 x float> %acc112.0.lcssa)
  %2824 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2822, <16 x float> %2807, <16 x float> %acc113.0.lcssa)
  %2825 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2822, <16 x float> %2810, <16 x float> %acc114.0.lcssa)
  %2826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2822, <16 x float> %2813, <16 x float> %acc115.0.lcssa)
  %2827 = getelementptr inbounds float, ptr %Rr, i64 %2700
  %2828 = load <16 x float>, ptr %2827, align 4
  %2829 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2823, <16 x float> %2828, <16 x float> zeroinitializer)
  %2830 = or disjoint i64 %2700, 16
  %2831 = getelementptr inbounds float, ptr %Rr, i64 %2830
  %2832 = load <16 x float>, ptr %2831, align 4
  %2833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2824, <16 x float> %2832, <16 x float> %2829)
  %2834 = or disjoint i64 %2700, 32
  %2835 = getelementptr inbounds float, ptr %Rr, i64 %2834
  %2836 = load <16 x float>, ptr %2835, align 4
  %2837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2825, <16 x float> %2836, <16 x float> %2833)
  %2838 = or disjoint i64 %2700, 48
  %2839 = getelementptr inbounds float, ptr %Rr, i64 %2838
  %2840 = load <16 x float>, ptr %2839, align 4
  %2841 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2826, <16 x float> %2840, <16 x float> %2837)
  %2842 = shufflevector <16 x float> %2841, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2843 = shufflevector <16 x float> %2841, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2844 = fadd <8 x float> %2842, %2843
  %2845 = shufflevector <8 x float> %2844, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2846 = shufflevector <8 x float> %2844, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2847 = fadd <4 x float> %2845, %2846
  %2848 = shufflevector <4 x float> %2847, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2849 = shufflevector <4 x float> %2847, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2850 = fadd <2 x float> %2848, %2849
  %2851 = shufflevector <2 x float> %2850, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2852 = shufflevector <2 x float> %2850, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2853 = getelementptr inbounds float, ptr %bet, i64 %2699
  %2854 = load float, ptr %2853, align 4
  %2855 = insertelement <16 x float> poison, float %2854, i64 0
  %2856 = shufflevector <16 x float> %2855, <16 x float> poison, <16 x i32> zeroinitializer
  %2857 = fmul <16 x float> %2823, %2856
  store <16 x float> %2857, ptr %2702, align 4
  %2858 = fneg <16 x float> %2857
  %.idx2957 = mul nuw nsw i64 %2699, 704
  %2859 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2957
  %2860 = getelementptr inbounds i8, ptr %2859, i64 256
  store <16 x float> %2858, ptr %2860, align 4
  %2861 = fmul <16 x float> %2824, %2856
  store <16 x float> %2861, ptr %2704, align 4
  %2862 = fneg <16 x float> %2861
  %2863 = getelementptr inbounds i8, ptr %2859, i64 320
  store <16 x float> %2862, ptr %2863, align 4
  %2864 = fmul <16 x float> %2825, %2856
  store <16 x float> %2864, ptr %2706, align 4
  %2865 = fneg <16 x float> %2864
  %2866 = getelementptr inbounds i8, ptr %2859, i64 384
  store <16 x float> %2865, ptr %2866, align 4
  %2867 = fmul <16 x float> %2826, %2856
  store <16 x float> %2867, ptr %2708, align 4
  %2868 = fneg <16 x float> %2867
  %2869 = getelementptr inbounds i8, ptr %2859, i64 448
  store <16 x float> %2868, ptr %2869, align 4
  %2870 = shl nuw nsw i64 %2699, 5
  %2871 = or disjoint i64 %2870, %2688
  %2872 = getelementptr inbounds float, ptr %Gm, i64 %2871
  %2873 = load float, ptr %2872, align 4
  %2874 = fneg float %2873
  %2875 = insertelement <16 x float> poison, float %2874, i64 0
  %2876 = shufflevector <16 x float> %2875, <16 x float> poison, <16 x i32> zeroinitializer
  %2877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2857, <16 x float> %acc108.0.lcssa)
  %2878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2861, <16 x float> %acc109.0.lcssa)
  %2879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2864, <16 x float> %acc110.0.lcssa)
  %2880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2876, <16 x float> %2867, <16 x float> %acc111.0.lcssa)
  %2881 = or disjoint i64 %2816, %2688
  %2882 = getelementptr inbounds float, ptr %Gm, i64 %2881
  %2883 = load float, ptr %2882, align 4
  %2884 = fneg float %2883
  %2885 = insertelement <16 x float> poison, float %2884, i64 0
  %2886 = shufflevector <16 x float> %2885, <16 x float> poison, <16 x i32> zeroinitializer
  %2887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2803, <16 x float> %2877)
  %2888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2807, <16 x float> %2878)
  %2889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2810, <16 x float> %2879)
  %2890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2886, <16 x float> %2813, <16 x float> %2880)
  %2891 = getelementptr inbounds float, ptr %Rr, i64 %2689
  %2892 = load <16 x float>, ptr %2891, align 4
  %2893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2887, <16 x float> %2892, <16 x float> zeroinitializer)
  %2894 = or disjoint i64 %2689, 16
  %2895 = getelementptr inbounds float, ptr %Rr, i64 %2894
  %2896 = load <16 x float>, ptr %2895, align 4
  %2897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2888, <16 x float> %2896, <16 x float> %2893)
  %2898 = or disjoint i64 %2689, 32
  %2899 = getelementptr inbounds float, ptr %Rr, i64 %2898
  %2900 = load <16 x float>, ptr %2899, align 4
  %2901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2900, <16 x float> %2897)
  %2902 = or disjoint i64 %2689, 48
  %2903 = getelementptr inbounds float, ptr %Rr, i64 %2902
  %2904 = load <16 x float>, ptr %2903, align 4
  %2905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2890, <16 x float> %2904, <16 x float> %2901)
  %2906 = shufflevector <16 x float> %2905, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2907 = shufflevector <16 x float> %2905, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2908 = fadd <8 x float> %2906, %2907
  %2909 = shufflevector <8 x float> %2908, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2910 = shufflevector <8 x float> %2908, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2911 = fadd <4 x float> %2909, %2910
  %2912 = shufflevector <4 x float> %2911, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2913 = shufflevector <4 x float> %2911, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2914 = fadd <2 x float> %2912, %2913
  %2915 = getelementptr inbounds float, ptr %bet, i64 %2688
  %2916 = load float, ptr %2915, align 4
  %2917 = insertelement <16 x float> poison, float %2916, i64 0
  %2918 = shufflevector <16 x float> %2917, <16 x float> poison, <16 x i32> zeroinitializer
  %2919 = fmul <16 x float> %2887, %2918
  store <16 x float> %2919, ptr %2691, align 4
  %2920 = fneg <16 x float> %2919
  %.idx2958 = mul nuw nsw i64 %2688, 704
  %2921 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2958
  %2922 = getelementptr inbounds i8, ptr %2921, i64 256
  store <16 x float> %2920, ptr %2922, align 4
  %2923 = fmul <16 x float> %2888, %2918
  store <16 x float> %2923, ptr %2693, align 4
  %2924 = fneg <16 x float> %2923
  %2925 = getelementptr inbounds i8, ptr %2921, i64 320
  store <16 x float> %2924, ptr %2925, align 4
  %2926 = fmul <16 x float> %2889, %2918
  store <16 x float> %2926, ptr %2695, align 4
  %2927 = fneg <16 x float> %2926
  %2928 = getelementptr inbounds i8, ptr %2921, i64 384
  store <16 x float> %2927, ptr %2928, align 4
  %2929 = fmul <16 x float> %2890, %2918
  store <16 x float> %2929, ptr %2697, align 4
  %2930 = fneg <16 x float> %2929
  %2931 = getelementptr inbounds i8, ptr %2921, i64 448
  store <16 x float> %2930, ptr %2931, align 4
  %2932 = shl nuw nsw i64 %2688, 5
  %2933 = or disjoint i64 %2932, %i01
  %2934 = getelementptr inbounds float, ptr %Gm, i64 %2933
  %2935 = load float, ptr %2934, align 4
  %2936 = fneg float %2935
  %2937 = insertelement <16 x float> poison, float %2936, i64 0
  %2938 = shufflevector <16 x float> %2937, <16 x float> poison, <16 x i32> zeroinitializer
  %2939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2919, <16 x float> %acc104.0.lcssa)
  %2940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2923, <16 x float> %acc105.0.lcssa)
  %2941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2926, <16 x float> %acc106.0.lcssa)
  %2942 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2929, <16 x float> %acc107.0.lcssa)
  %2943 = or disjoint i64 %2870, %i01
  %2944 = getelementptr inbounds float, ptr %Gm, i64 %2943
  %2945 = load float, ptr %2944, align 4
  %2946 = fneg float %2945
  %2947 = insertelement <16 x float> poison, float %2946, i64 0
  %2948 = shufflevector <16 x float> %2947, <16 x float> poison, <16 x i32> zeroinitializer
  %2949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2857, <16 x float> %2939)
  %2950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2861, <16 x float> %2940)
  %2951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2864, <16 x float> %2941)
  %2952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2867, <16 x float> %2942)
  %2953 = or disjoint i64 %2816, %i01
  %2954 = getelementptr inbounds float, ptr %Gm, i64 %2953
  %2955 = load float, ptr %2954, align 4
  %2956 = fneg float %2955
  %2957 = insertelement <16 x float> poison, float %2956, i64 0
  %2958 = shufflevector <16 x float> %2957, <16 x float> poison, <16 x i32> zeroinitializer
  %2959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2958, <16 x float> %2803, <16 x float> %2949)
  %2960 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2958, <16 x float> %2807, <16 x float> %2950)
  %2961 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2958, <16 x float> %2810, <16 x float> %2951)
  %2962 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2958, <16 x float> %2813, <16 x float> %2952)
  %2963 = getelementptr inbounds float, ptr %Rr, i64 %2678
  %2964 = load <16 x float>, ptr %2963, align 4
  %2965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2959, <16 x float> %2964, <16 x float> zeroinitializer)
  %2966 = or disjoint i64 %2678, 16
  %2967 = getelementptr inbounds float, ptr %Rr, i64 %2966
  %2968 = load <16 x float>, ptr %2967, align 4
  %2969 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2960, <16 x float> %2968, <16 x float> %2965)
  %2970 = or disjoint i64 %2678, 32
  %2971 = getelementptr inbounds float, ptr %Rr, i64 %2970
  %2972 = load <16 x float>, ptr %2971, align 4
  %2973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2961, <16 x float> %2972, <16 x float> %2969)
  %2974 = or disjoint i64 %2678, 48
  %2975 = getelementptr inbounds float, ptr %Rr, i64 %2974
  %2976 = load <16 x float>, ptr %2975, align 4
  %2977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2962, <16 x float> %2976, <16 x float> %2973)
  %2978 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2979 = shufflevector <16 x float> %2977, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2980 = shufflevector <16 x float> %2977, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2981 = fadd <8 x float> %2979, %2980
  %2982 = shufflevector <8 x float> %2981, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2983 = shufflevector <8 x float> %2981, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2984 = fadd <4 x float> %2982, %2983
  %2985 = shufflevector <4 x float> %2984, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2986 = shufflevector <4 x float> %2984, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2987 = fadd <2 x float> %2985, %2986
  %2988 = load <4 x float>, ptr %2978, align 4
  %2989 = shufflevector <2 x float> %2987, <2 x float> %2914, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2990 = shufflevector <4 x float> %2989, <4 x float> %2852, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2991 = shufflevector <4 x float> %2990, <4 x float> %2798, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2992 = shufflevector <2 x float> %2987, <2 x float> %2914, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2993 = shufflevector <4 x float> %2992, <4 x float> %2851, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2994 = shufflevector <4 x float> %2993, <4 x float> %2797, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2995 = fadd <4 x float> %2991, %2994
  %2996 = fadd <4 x float> %2988, %2995
  store <4 x float> %2996, ptr %2978, align 4
  %2997 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2998 = load float, ptr %2997, align 4
  %2999 = insertelement <16 x float> poison, float %2998, i64 0
  %3000 = shufflevector <16 x float> %2999, <16 x float> poison, <16 x i32> zeroinitializer
  %3001 = fmul <16 x float> %2959, %3000
  store <16 x float> %3001, ptr %2680, align 4
  %3002 = fneg <16 x float> %3001
  %.idx2959 = mul nuw nsw i64 %i01, 704
  %3003 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2959
  %3004 = getelementptr inbounds i8, ptr %3003, i64 256
  store <16 x float> %3002, ptr %3004, align 4
  %3005 = fmul <16 x float> %2960, %3000
  store <16 x float> %3005, ptr %2682, align 4
  %3006 = fneg <16 x float> %3005
  %3007 = getelementptr inbounds i8, ptr %3003, i64 320
  store <16 x float> %3006, ptr %3007, align 4
  %3008 = fmul <16 x float> %2961, %3000
  store <16 x float> %3008, ptr %2684, align 4
  %3009 = fneg <16 x float> %3008
  %3010 = getelementptr inbounds i8, ptr %3003, i64 384
  store <16 x float> %3009, ptr %3010, align 4
  %3011 = fmul <16 x float> %2962, %3000
  store <16 x float> %3011, ptr %2686, align 4
  %3012 = fneg <16 x float> %3011
  %3013 = getelementptr inbounds i8, ptr %3003, i64 448
  store <16 x float> %3012, ptr %3013, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.03203, 1
  %exitcond3591.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond3591.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.03206 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter = phi i64 [ 0, %t5.body.preheader.new ], [ %niter.next.1, %t5.body ]
  %3014 = add nsw i64 %t5.addr.03206, %t0
  %.idx3345 = shl nsw i64 %t5.addr.03206, 9
  %gep3901 = getelementptr inbounds i8, ptr %invariant.gep3900, i64 %.idx3345
  %3015 = load <16 x float>, ptr %gep3901, align 4
  %.idx3346 = shl i64 %3014, 9
  %3016 = getelementptr i8, ptr %dav, i64 %.idx3346
  store <16 x float> %3015, ptr %3016, align 4
  %gep3903 = getelementptr inbounds i8, ptr %invariant.gep3902, i64 %.idx3345
  %3017 = load <16 x float>, ptr %gep3903, align 4
  %3018 = getelementptr i8, ptr %147, i64 %.idx3346
  store <16 x float> %3017, ptr %3018, align 4
  %gep3905 = getelementptr inbounds i8, ptr %invariant.gep3904, i64 %.idx3345
  %3019 = load <16 x float>, ptr %gep3905, align 4
  %3020 = getelementptr i8, ptr %148, i64 %.idx3346
  store <16 x float> %3019, ptr %3020, align 4
  %gep3907 = getelementptr inbounds i8, ptr %invariant.gep3906, i64 %.idx3345
  %3021 = load <16 x float>, ptr %gep3907, align 4
  %3022 = getelementptr i8, ptr %149, i64 %.idx3346
  store <16 x float> %3021, ptr %3022, align 4
  %i44 = shl nuw nsw i64 %t5.addr.03206, 1
  %tau2 = shl nsw i64 %3014, 1
  %3023 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %3024 = load float, ptr %3023, align 4
  %3025 = mul nsw i64 %tau2, %H
  %3026 = getelementptr inbounds float, ptr %betah1, i64 %3025
  store float %3024, ptr %3026, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx3347 = shl nsw i64 %i46, 8
  %gep3909 = getelementptr inbounds i8, ptr %invariant.gep3908, i64 %.idx3347
  %3027 = load <16 x float>, ptr %gep3909, align 4
  %.idx3348 = shl i64 %tau3, 8
  %3028 = getelementptr i8, ptr %dav, i64 %.idx3348
  store <16 x float> %3027, ptr %3028, align 4
  %gep3911 = getelementptr inbounds i8, ptr %invariant.gep3910, i64 %.idx3347
  %3029 = load <16 x float>, ptr %gep3911, align 4
  %3030 = getelementptr i8, ptr %147, i64 %.idx3348
  store <16 x float> %3029, ptr %3030, align 4
  %gep3913 = getelementptr inbounds i8, ptr %invariant.gep3912, i64 %.idx3347
  %3031 = load <16 x float>, ptr %gep3913, align 4
  %3032 = getelementptr i8, ptr %148, i64 %.idx3348
  store <16 x float> %3031, ptr %3032, align 4
  %gep3915 = getelementptr inbounds i8, ptr %invariant.gep3914, i64 %.idx3347
  %3033 = load <16 x float>, ptr %gep3915, align 4
  %3034 = getelementptr i8, ptr %149, i64 %.idx3348
  store <16 x float> %3033, ptr %3034, align 4
  %3035 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %3036 = load float, ptr %3035, align 4
  %3037 = mul nsw i64 %tau3, %H
  %3038 = getelementptr inbounds float, ptr %betah1, i64 %3037
  store float %3036, ptr %3038, align 4
  %t5.next = or disjoint i64 %t5.addr.03206, 1
  %3039 = add nsw i64 %t5.next, %t0
  %.idx3345.1 = shl nsw i64 %t5.next, 9
  %gep3901.1 = getelementptr inbounds i8, ptr %invariant.gep3900, i64 %.idx3345.1
  %3040 = load <16 x float>, ptr %gep3901.1, align 4
  %.idx3346.1 = shl i64 %3039, 9
  %3041 = getelementptr i8, ptr %dav, i64 %.idx3346.1
  store <16 x float> %3040, ptr %3041, align 4
  %gep3903.1 = getelementptr inbounds i8, ptr %invariant.gep3902, i64 %.idx3345.1
  %3042 = load <16 x float>, ptr %gep3903.1, align 4
  %3043 = getelementptr i8, ptr %147, i64 %.idx3346.1
  store <16 x float> %3042, ptr %3043, align 4
  %gep3905.1 = getelementptr inbounds i8, ptr %invariant.gep3904, i64 %.idx3345.1
  %3044 = load <16 x float>, ptr %gep3905.1, align 4
  %3045 = getelementptr i8, ptr %148, i64 %.idx3346.1
  store <16 x float> %3044, ptr %3045, align 4
  %gep3907.1 = getelementptr inbounds i8, ptr %invariant.gep3906, i64 %.idx3345.1
  %3046 = load <16 x float>, ptr %gep3907.1, align 4
  %3047 = getelementptr i8, ptr %149, i64 %.idx3346.1
  store <16 x float> %3046, ptr %3047, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %3039, 1
  %3048 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %3049 = load float, ptr %3048, align 4
  %3050 = mul nsw i64 %tau2.1, %H
  %3051 = getelementptr inbounds float, ptr %betah1, i64 %3050
  store float %3049, ptr %3051, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx3347.1 = shl nsw i64 %i46.1, 8
  %gep3909.1 = getelementptr inbounds i8, ptr %invariant.gep3908, i64 %.idx3347.1
  %3052 = load <16 x float>, ptr %gep3909.1, align 4
  %.idx3348.1 = shl i64 %tau3.1, 8
  %3053 = getelementptr i8, ptr %dav, i64 %.idx3348.1
  store <16 x float> %3052, ptr %3053, align 4
  %gep3911.1 = getelementptr inbounds i8, ptr %invariant.gep3910, i64 %.idx3347.1
  %3054 = load <16 x float>, ptr %gep3911.1, align 4
  %3055 = getelementptr i8, ptr %147, i64 %.idx3348.1
  store <16 x float> %3054, ptr %3055, align 4
  %gep3913.1 = getelementptr inbounds i8, ptr %invariant.gep3912, i64 %.idx3347.1
  %3056 = load <16 x float>, ptr %gep3913.1, align 4
  %3057 = getelementptr i8, ptr %148, i64 %.idx3348.1
  store <16 x float> %3056, ptr %3057, align 4
  %gep3915.1 = getelementptr inbounds i8, ptr %invariant.gep3914, i64 %.idx3347.1
  %3058 = load <16 x float>, ptr %gep3915.1, align 4
  %3059 = getelementptr i8, ptr %149, i64 %.idx3348.1
  store <16 x float> %3058, ptr %3059, align 4
  %3060 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %3061 = load float, ptr %3060, align 4
  %3062 = mul nsw i64 %tau3.1, %H
  %3063 = getelementptr inbounds float, ptr %betah1, i64 %3062
  store float %3061, ptr %3063, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.03206, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.03206.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %3064 = add nsw i64 %t5.addr.03206.unr, %t0
  %.idx3345.epil = shl nsw i64 %t5.addr.03206.unr, 9
  %gep3901.epil = getelementptr inbounds i8, ptr %invariant.gep3900, i64 %.idx3345.epil
  %3065 = load <16 x float>, ptr %gep3901.epil, align 4
  %.idx3346.epil = shl i64 %3064, 9
  %3066 = getelementptr i8, ptr %dav, i64 %.idx3346.epil
  store <16 x float> %3065, ptr %3066, align 4
  %gep3903.epil = getelementptr inbounds i8, ptr %invariant.gep3902, i64 %.idx3345.epil
  %3067 = load <16 x float>, ptr %gep3903.epil, align 4
  %3068 = getelementptr i8, ptr %147, i64 %.idx3346.epil
  store <16 x float> %3067, ptr %3068, align 4
  %gep3905.epil = getelementptr inbounds i8, ptr %invariant.gep3904, i64 %.idx3345.epil
  %3069 = load <16 x float>, ptr %gep3905.epil, align 4
  %3070 = getelementptr i8, ptr %148, i64 %.idx3346.epil
  store <16 x float> %3069, ptr %3070, align 4
  %gep3907.epil = getelementptr inbounds i8, ptr %invariant.gep3906, i64 %.idx3345.epil
  %3071 = load <16 x float>, ptr %gep3907.epil, align 4
  %3072 = getelementptr i8, ptr %149, i64 %.idx3346.epil
  store <16 x float> %3071, ptr %3072, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.03206.unr, 1
  %tau2.epil = shl nsw i64 %3064, 1
  %3073 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %3074 = load float, ptr %3073, align 4
  %3075 = mul nsw i64 %tau2.epil, %H
  %3076 = getelementptr inbounds float, ptr %betah1, i64 %3075
  store float %3074, ptr %3076, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx3347.epil = shl nsw i64 %i46.epil, 8
  %gep3909.epil = getelementptr inbounds i8, ptr %invariant.gep3908, i64 %.idx3347.epil
  %3077 = load <16 x float>, ptr %gep3909.epil, align 4
  %.idx3348.epil = shl i64 %tau3.epil, 8
  %3078 = getelementptr i8, ptr %dav, i64 %.idx3348.epil
  store <16 x float> %3077, ptr %3078, align 4
  %gep3911.epil = getelementptr inbounds i8, ptr %invariant.gep3910, i64 %.idx3347.epil
  %3079 = load <16 x float>, ptr %gep3911.epil, align 4
  %3080 = getelementptr i8, ptr %147, i64 %.idx3348.epil
  store <16 x float> %3079, ptr %3080, align 4
  %gep3913.epil = getelementptr inbounds i8, ptr %invariant.gep3912, i64 %.idx3347.epil
  %3081 = load <16 x float>, ptr %gep3913.epil, align 4
  %3082 = getelementptr i8, ptr %148, i64 %.idx3348.epil
  store <16 x float> %3081, ptr %3082, align 4
  %gep3915.epil = getelementptr inbounds i8, ptr %invariant.gep3914, i64 %.idx3347.epil
  %3083 = load <16 x float>, ptr %gep3915.epil, align 4
  %3084 = getelementptr i8, ptr %149, i64 %.idx3348.epil
  store <16 x float> %3083, ptr %3084, align 4
  %3085 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %3086 = load float, ptr %3085, align 4
  %3087 = mul nsw i64 %tau3.epil, %H
  %3088 = getelementptr inbounds float, ptr %betah1, i64 %3087
  store float %3086, ptr %3088, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.03224 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %3089 = shl nuw nsw i64 %i48.addr.03224, 7
  %3090 = or disjoint i64 %3089, 64
  %3091 = getelementptr inbounds float, ptr %work, i64 %3090
  %3092 = load <16 x float>, ptr %3091, align 4
  %3093 = or disjoint i64 %3089, 80
  %3094 = getelementptr inbounds float, ptr %work, i64 %3093
  %3095 = load <16 x float>, ptr %3094, align 4
  %3096 = or disjoint i64 %3089, 96
  %3097 = getelementptr inbounds float, ptr %work, i64 %3096
  %3098 = load <16 x float>, ptr %3097, align 4
  %3099 = or disjoint i64 %3089, 112
  %3100 = getelementptr inbounds float, ptr %work, i64 %3099
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = or disjoint i64 %i48.addr.03224, 1
  %3103 = shl nuw nsw i64 %3102, 7
  %3104 = or disjoint i64 %3103, 64
  %3105 = getelementptr inbounds float, ptr %work, i64 %3104
  %3106 = load <16 x float>, ptr %3105, align 4
  %3107 = or disjoint i64 %3103, 80
  %3108 = getelementptr inbounds float, ptr %work, i64 %3107
  %3109 = load <16 x float>, ptr %3108, align 4
  %3110 = or disjoint i64 %3103, 96
  %3111 = getelementptr inbounds float, ptr %work, i64 %3110
  %3112 = load <16 x float>, ptr %3111, align 4
  %3113 = or disjoint i64 %3103, 112
  %3114 = getelementptr inbounds float, ptr %work, i64 %3113
  %3115 = load <16 x float>, ptr %3114, align 4
  %3116 = or disjoint i64 %i48.addr.03224, 2
  %3117 = shl nuw nsw i64 %3116, 7
  %3118 = or disjoint i64 %3117, 64
  %3119 = getelementptr inbounds float, ptr %work, i64 %3118
  %3120 = load <16 x float>, ptr %3119, align 4
  %3121 = or disjoint i64 %3117, 80
  %3122 = getelementptr inbounds float, ptr %work, i64 %3121
  %3123 = load <16 x float>, ptr %3122, align 4
  %3124 = or disjoint i64 %3117, 96
  %3125 = getelementptr inbounds float, ptr %work, i64 %3124
  %3126 = load <16 x float>, ptr %3125, align 4
  %3127 = or disjoint i64 %3117, 112
  %3128 = getelementptr inbounds float, ptr %work, i64 %3127
  %3129 = load <16 x float>, ptr %3128, align 4
  %3130 = or disjoint i64 %i48.addr.03224, 3
  %3131 = shl nuw nsw i64 %3130, 7
  %3132 = or disjoint i64 %3131, 64
  %3133 = getelementptr inbounds float, ptr %work, i64 %3132
  %3134 = load <16 x float>, ptr %3133, align 4
  %3135 = or disjoint i64 %3131, 80
  %3136 = getelementptr inbounds float, ptr %work, i64 %3135
  %3137 = load <16 x float>, ptr %3136, align 4
  %3138 = or disjoint i64 %3131, 96
  %3139 = getelementptr inbounds float, ptr %work, i64 %3138
  %3140 = load <16 x float>, ptr %3139, align 4
  %3141 = or disjoint i64 %3131, 112
  %3142 = getelementptr inbounds float, ptr %work, i64 %3141
  %3143 = load <16 x float>, ptr %3142, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.03223 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc135.03222 = phi <16 x float> [ %3143, %i48.body ], [ %3191, %p11.body ]
  %acc134.03221 = phi <16 x float> [ %3140, %i48.body ], [ %3190, %p11.body ]
  %acc133.03220 = phi <16 x float> [ %3137, %i48.body ], [ %3189, %p11.body ]
  %acc132.03219 = phi <16 x float> [ %3134, %i48.body ], [ %3188, %p11.body ]
  %acc131.03218 = phi <16 x float> [ %3129, %i48.body ], [ %3182, %p11.body ]
  %acc130.03217 = phi <16 x float> [ %3126, %i48.body ], [ %3181, %p11.body ]
  %acc129.03216 = phi <16 x float> [ %3123, %i48.body ], [ %3180, %p11.body ]
  %acc128.03215 = phi <16 x float> [ %3120, %i48.body ], [ %3179, %p11.body ]
  %acc127.03214 = phi <16 x float> [ %3115, %i48.body ], [ %3173, %p11.body ]
  %acc126.03213 = phi <16 x float> [ %3112, %i48.body ], [ %3172, %p11.body ]
  %acc125.03212 = phi <16 x float> [ %3109, %i48.body ], [ %3171, %p11.body ]
  %acc124.03211 = phi <16 x float> [ %3106, %i48.body ], [ %3170, %p11.body ]
  %acc123.03210 = phi <16 x float> [ %3101, %i48.body ], [ %3164, %p11.body ]
  %acc122.03209 = phi <16 x float> [ %3098, %i48.body ], [ %3163, %p11.body ]
  %acc121.03208 = phi <16 x float> [ %3095, %i48.body ], [ %3162, %p11.body ]
  %acc120.03207 = phi <16 x float> [ %3092, %i48.body ], [ %3161, %p11.body ]
  %3144 = shl nuw nsw i64 %p11.addr.03223, 6
  %3145 = getelementptr inbounds float, ptr %OY, i64 %3144
  %3146 = load <16 x float>, ptr %3145, align 4
  %3147 = or disjoint i64 %3144, 16
  %3148 = getelementptr inbounds float, ptr %OY, i64 %3147
  %3149 = load <16 x float>, ptr %3148, align 4
  %3150 = or disjoint i64 %3144, 32
  %3151 = getelementptr inbounds float, ptr %OY, i64 %3150
  %3152 = load <16 x float>, ptr %3151, align 4
  %3153 = or disjoint i64 %3144, 48
  %3154 = getelementptr inbounds float, ptr %OY, i64 %3153
  %3155 = load <16 x float>, ptr %3154, align 4
  %3156 = or disjoint i64 %3144, %i48.addr.03224
  %3157 = getelementptr inbounds float, ptr %QK, i64 %3156
  %3158 = load float, ptr %3157, align 4
  %3159 = insertelement <16 x float> poison, float %3158, i64 0
  %3160 = shufflevector <16 x float> %3159, <16 x float> poison, <16 x i32> zeroinitializer
  %3161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3160, <16 x float> %3146, <16 x float> %acc120.03207)
  %3162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3160, <16 x float> %3149, <16 x float> %acc121.03208)
  %3163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3160, <16 x float> %3152, <16 x float> %acc122.03209)
  %3164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3160, <16 x float> %3155, <16 x float> %acc123.03210)
  %3165 = or disjoint i64 %3144, %3102
  %3166 = getelementptr inbounds float, ptr %QK, i64 %3165
  %3167 = load float, ptr %3166, align 4
  %3168 = insertelement <16 x float> poison, float %3167, i64 0
  %3169 = shufflevector <16 x float> %3168, <16 x float> poison, <16 x i32> zeroinitializer
  %3170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3169, <16 x float> %3146, <16 x float> %acc124.03211)
  %3171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3169, <16 x float> %3149, <16 x float> %acc125.03212)
  %3172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3169, <16 x float> %3152, <16 x float> %acc126.03213)
  %3173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3169, <16 x float> %3155, <16 x float> %acc127.03214)
  %3174 = or disjoint i64 %3144, %3116
  %3175 = getelementptr inbounds float, ptr %QK, i64 %3174
  %3176 = load float, ptr %3175, align 4
  %3177 = insertelement <16 x float> poison, float %3176, i64 0
  %3178 = shufflevector <16 x float> %3177, <16 x float> poison, <16 x i32> zeroinitializer
  %3179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3178, <16 x float> %3146, <16 x float> %acc128.03215)
  %3180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3178, <16 x float> %3149, <16 x float> %acc129.03216)
  %3181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3178, <16 x float> %3152, <16 x float> %acc130.03217)
  %3182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3178, <16 x float> %3155, <16 x float> %acc131.03218)
  %3183 = or disjoint i64 %3144, %3130
  %3184 = getelementptr inbounds float, ptr %QK, i64 %3183
  %3185 = load float, ptr %3184, align 4
  %3186 = insertelement <16 x float> poison, float %3185, i64 0
  %3187 = shufflevector <16 x float> %3186, <16 x float> poison, <16 x i32> zeroinitializer
  %3188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3187, <16 x float> %3146, <16 x float> %acc132.03219)
  %3189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3187, <16 x float> %3149, <16 x float> %acc133.03220)
  %3190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3187, <16 x float> %3152, <16 x float> %acc134.03221)
  %3191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3187, <16 x float> %3155, <16 x float> %acc135.03222)
  %p11.next = add nuw nsw i64 %p11.addr.03223, 1
  %exitcond3599.not = icmp eq i64 %p11.next, 48
  br i1 %exitcond3599.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3161, ptr %3091, align 4
  store <16 x float> %3162, ptr %3094, align 4
  store <16 x float> %3163, ptr %3097, align 4
  store <16 x float> %3164, ptr %3100, align 4
  store <16 x float> %3170, ptr %3105, align 4
  store <16 x float> %3171, ptr %3108, align 4
  store <16 x float> %3172, ptr %3111, align 4
  store <16 x float> %3173, ptr %3114, align 4
  store <16 x float> %3179, ptr %3119, align 4
  store <16 x float> %3180, ptr %3122, align 4
  store <16 x float> %3181, ptr %3125, align 4
  store <16 x float> %3182, ptr %3128, align 4
  store <16 x float> %3188, ptr %3133, align 4
  store <16 x float> %3189, ptr %3136, align 4
  store <16 x float> %3190, ptr %3139, align 4
  store <16 x float> %3191, ptr %3142, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03224, 4
  %3192 = icmp ult i64 %i48.addr.03224, 60
  br i1 %3192, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit.1, %p12.exit
  %3193 = icmp ult i64 %i49.addr.03237, 24
  br i1 %3193, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.03237 = phi i64 [ %3194, %i49.head.loopexit ], [ 0, %p11.exit ]
  %3194 = add nuw nsw i64 %i49.addr.03237, 8
  %.idx2920 = mul nuw nsw i64 %i49.addr.03237, 704
  %3195 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2920
  %3196 = getelementptr inbounds i8, ptr %3195, i64 576
  %3197 = getelementptr inbounds i8, ptr %3195, i64 1280
  %3198 = getelementptr inbounds i8, ptr %3195, i64 1984
  %3199 = getelementptr inbounds i8, ptr %3195, i64 2688
  %3200 = getelementptr inbounds i8, ptr %3195, i64 3392
  %3201 = getelementptr inbounds i8, ptr %3195, i64 4096
  %3202 = getelementptr inbounds i8, ptr %3195, i64 4800
  %3203 = getelementptr inbounds i8, ptr %3195, i64 5504
  %.idx3618 = shl nsw i64 %i49.addr.03237, 8
  %invariant.gep3916 = getelementptr inbounds i8, ptr %OY, i64 %.idx3618
  br label %p12.body

p12.body:                                         ; preds = %i49.body, %p12.body
  %p12.addr.03235 = phi i64 [ 0, %i49.body ], [ %p12.next, %p12.body ]
  %acc143.03234 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3244, %p12.body ]
  %acc142.03233 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3239, %p12.body ]
  %acc141.03232 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3234, %p12.body ]
  %acc140.03231 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3229, %p12.body ]
  %acc139.03230 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3224, %p12.body ]
  %acc138.03229 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3219, %p12.body ]
  %acc137.03228 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3214, %p12.body ]
  %acc136.03227 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3209, %p12.body ]
  %.idx2928 = shl nuw nsw i64 %p12.addr.03235, 7
  %gep3226 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2928
  %3204 = load <16 x float>, ptr %gep3226, align 4
  %gep3917 = getelementptr inbounds float, ptr %invariant.gep3916, i64 %p12.addr.03235
  %3205 = getelementptr inbounds i8, ptr %gep3917, i64 4096
  %3206 = load float, ptr %3205, align 4
  %3207 = insertelement <16 x float> poison, float %3206, i64 0
  %3208 = shufflevector <16 x float> %3207, <16 x float> poison, <16 x i32> zeroinitializer
  %3209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3208, <16 x float> %3204, <16 x float> %acc136.03227)
  %3210 = getelementptr inbounds i8, ptr %gep3917, i64 4352
  %3211 = load float, ptr %3210, align 4
  %3212 = insertelement <16 x float> poison, float %3211, i64 0
  %3213 = shufflevector <16 x float> %3212, <16 x float> poison, <16 x i32> zeroinitializer
  %3214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3213, <16 x float> %3204, <16 x float> %acc137.03228)
  %3215 = getelementptr inbounds i8, ptr %gep3917, i64 4608
  %3216 = load float, ptr %3215, align 4
  %3217 = insertelement <16 x float> poison, float %3216, i64 0
  %3218 = shufflevector <16 x float> %3217, <16 x float> poison, <16 x i32> zeroinitializer
  %3219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3218, <16 x float> %3204, <16 x float> %acc138.03229)
  %3220 = getelementptr inbounds i8, ptr %gep3917, i64 4864
  %3221 = load float, ptr %3220, align 4
  %3222 = insertelement <16 x float> poison, float %3221, i64 0
  %3223 = shufflevector <16 x float> %3222, <16 x float> poison, <16 x i32> zeroinitializer
  %3224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3223, <16 x float> %3204, <16 x float> %acc139.03230)
  %3225 = getelementptr inbounds i8, ptr %gep3917, i64 5120
  %3226 = load float, ptr %3225, align 4
  %3227 = insertelement <16 x float> poison, float %3226, i64 0
  %3228 = shufflevector <16 x float> %3227, <16 x float> poison, <16 x i32> zeroinitializer
  %3229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3228, <16 x float> %3204, <16 x float> %acc140.03231)
  %3230 = getelementptr inbounds i8, ptr %gep3917, i64 5376
  %3231 = load float, ptr %3230, align 4
  %3232 = insertelement <16 x float> poison, float %3231, i64 0
  %3233 = shufflevector <16 x float> %3232, <16 x float> poison, <16 x i32> zeroinitializer
  %3234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3233, <16 x float> %3204, <16 x float> %acc141.03232)
  %3235 = getelementptr inbounds i8, ptr %gep3917, i64 5632
  %3236 = load float, ptr %3235, align 4
  %3237 = insertelement <16 x float> poison, float %3236, i64 0
  %3238 = shufflevector <16 x float> %3237, <16 x float> poison, <16 x i32> zeroinitializer
  %3239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3238, <16 x float> %3204, <16 x float> %acc142.03233)
  %3240 = getelementptr inbounds i8, ptr %gep3917, i64 5888
  %3241 = load float, ptr %3240, align 4
  %3242 = insertelement <16 x float> poison, float %3241, i64 0
  %3243 = shufflevector <16 x float> %3242, <16 x float> poison, <16 x i32> zeroinitializer
  %3244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3243, <16 x float> %3204, <16 x float> %acc143.03234)
  %p12.next = add nuw nsw i64 %p12.addr.03235, 1
  %exitcond3600.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3600.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3209, ptr %3196, align 4
  store <16 x float> %3214, ptr %3197, align 4
  store <16 x float> %3219, ptr %3198, align 4
  store <16 x float> %3224, ptr %3199, align 4
  store <16 x float> %3229, ptr %3200, align 4
  store <16 x float> %3234, ptr %3201, align 4
  store <16 x float> %3239, ptr %3202, align 4
  store <16 x float> %3244, ptr %3203, align 4
  %3245 = icmp ugt i64 %i49.addr.03237, 8
  br i1 %3245, label %p12.body.1, label %i49.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.03235.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc143.03234.1 = phi <16 x float> [ %3286, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc142.03233.1 = phi <16 x float> [ %3281, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc141.03232.1 = phi <16 x float> [ %3276, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc140.03231.1 = phi <16 x float> [ %3271, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc139.03230.1 = phi <16 x float> [ %3266, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc138.03229.1 = phi <16 x float> [ %3261, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc137.03228.1 = phi <16 x float> [ %3256, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc136.03227.1 = phi <16 x float> [ %3251, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx2928.1 = shl nuw nsw i64 %p12.addr.03235.1, 7
  %gep3226.1 = getelementptr inbounds i8, ptr %invariant.gep3225.1, i64 %.idx2928.1
  %3246 = load <16 x float>, ptr %gep3226.1, align 4
  %gep3917.1 = getelementptr inbounds float, ptr %invariant.gep3916, i64 %p12.addr.03235.1
  %3247 = getelementptr inbounds i8, ptr %gep3917.1, i64 4096
  %3248 = load float, ptr %3247, align 4
  %3249 = insertelement <16 x float> poison, float %3248, i64 0
  %3250 = shufflevector <16 x float> %3249, <16 x float> poison, <16 x i32> zeroinitializer
  %3251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3250, <16 x float> %3246, <16 x float> %acc136.03227.1)
  %3252 = getelementptr inbounds i8, ptr %gep3917.1, i64 4352
  %3253 = load float, ptr %3252, align 4
  %3254 = insertelement <16 x float> poison, float %3253, i64 0
  %3255 = shufflevector <16 x float> %3254, <16 x float> poison, <16 x i32> zeroinitializer
  %3256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3255, <16 x float> %3246, <16 x float> %acc137.03228.1)
  %3257 = getelementptr inbounds i8, ptr %gep3917.1, i64 4608
  %3258 = load float, ptr %3257, align 4
  %3259 = insertelement <16 x float> poison, float %3258, i64 0
  %3260 = shufflevector <16 x float> %3259, <16 x float> poison, <16 x i32> zeroinitializer
  %3261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3260, <16 x float> %3246, <16 x float> %acc138.03229.1)
  %3262 = getelementptr inbounds i8, ptr %gep3917.1, i64 4864
  %3263 = load float, ptr %3262, align 4
  %3264 = insertelement <16 x float> poison, float %3263, i64 0
  %3265 = shufflevector <16 x float> %3264, <16 x float> poison, <16 x i32> zeroinitializer
  %3266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3265, <16 x float> %3246, <16 x float> %acc139.03230.1)
  %3267 = getelementptr inbounds i8, ptr %gep3917.1, i64 5120
  %3268 = load float, ptr %3267, align 4
  %3269 = insertelement <16 x float> poison, float %3268, i64 0
  %3270 = shufflevector <16 x float> %3269, <16 x float> poison, <16 x i32> zeroinitializer
  %3271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3270, <16 x float> %3246, <16 x float> %acc140.03231.1)
  %3272 = getelementptr inbounds i8, ptr %gep3917.1, i64 5376
  %3273 = load float, ptr %3272, align 4
  %3274 = insertelement <16 x float> poison, float %3273, i64 0
  %3275 = shufflevector <16 x float> %3274, <16 x float> poison, <16 x i32> zeroinitializer
  %3276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3275, <16 x float> %3246, <16 x float> %acc141.03232.1)
  %3277 = getelementptr inbounds i8, ptr %gep3917.1, i64 5632
  %3278 = load float, ptr %3277, align 4
  %3279 = insertelement <16 x float> poison, float %3278, i64 0
  %3280 = shufflevector <16 x float> %3279, <16 x float> poison, <16 x i32> zeroinitializer
  %3281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3280, <16 x float> %3246, <16 x float> %acc142.03233.1)
  %3282 = getelementptr inbounds i8, ptr %gep3917.1, i64 5888
  %3283 = load float, ptr %3282, align 4
  %3284 = insertelement <16 x float> poison, float %3283, i64 0
  %3285 = shufflevector <16 x float> %3284, <16 x float> poison, <16 x i32> zeroinitializer
  %3286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3285, <16 x float> %3246, <16 x float> %acc143.03234.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.03235.1, 1
  %exitcond3600.not.1 = icmp eq i64 %p12.next.1, 64
  br i1 %exitcond3600.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %3287 = getelementptr inbounds i8, ptr %3195, i64 640
  store <16 x float> %3251, ptr %3287, align 4
  %3288 = getelementptr inbounds i8, ptr %3195, i64 1344
  store <16 x float> %3256, ptr %3288, align 4
  %3289 = getelementptr inbounds i8, ptr %3195, i64 2048
  store <16 x float> %3261, ptr %3289, align 4
  %3290 = getelementptr inbounds i8, ptr %3195, i64 2752
  store <16 x float> %3266, ptr %3290, align 4
  %3291 = getelementptr inbounds i8, ptr %3195, i64 3456
  store <16 x float> %3271, ptr %3291, align 4
  %3292 = getelementptr inbounds i8, ptr %3195, i64 4160
  store <16 x float> %3276, ptr %3292, align 4
  %3293 = getelementptr inbounds i8, ptr %3195, i64 4864
  store <16 x float> %3281, ptr %3293, align 4
  %3294 = getelementptr inbounds i8, ptr %3195, i64 5568
  store <16 x float> %3286, ptr %3294, align 4
  br label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %3295 = shl nsw i64 %L, 1
  %3296 = shl i64 %ci, 11
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3605 = phi i64 [ %indvars.iv.next3606, %j36.exit ], [ 1, %i49.head.loopexit ]
  %t6.addr.03254 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %3297 = shl nuw nsw i64 %t6.addr.03254, 1
  %umax4325 = tail call i64 @llvm.umax.i64(i64 %3297, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.03254, 1
  %invariant.gep3242 = getelementptr float, ptr %invariant.gep3238, i64 %i50
  %.not3349 = icmp eq i64 %t6.addr.03254, 0
  br i1 %.not3349, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx2918 = mul nuw nsw i64 %t6.addr.03254, 1408
  %gep3239 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2918
  %xtraiter4326 = and i64 %umax4325, 7
  %3298 = icmp ult i64 %t6.addr.03254, 4
  br i1 %3298, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter4328 = and i64 %umax4325, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.03244 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter4329 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter4329.next.7, %j35.body ]
  %3299 = getelementptr inbounds float, ptr %gep3239, i64 %j35.addr.03244
  %3300 = load float, ptr %3299, align 4
  %3301 = fneg float %3300
  store float %3301, ptr %3299, align 4
  %.idx2919 = mul nuw nsw i64 %j35.addr.03244, 704
  %gep3243 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919
  store float %3301, ptr %gep3243, align 4
  %j35.next = or disjoint i64 %j35.addr.03244, 1
  %3302 = getelementptr inbounds float, ptr %gep3239, i64 %j35.next
  %3303 = load float, ptr %3302, align 4
  %3304 = fneg float %3303
  store float %3304, ptr %3302, align 4
  %.idx2919.1 = mul nuw nsw i64 %j35.next, 704
  %gep3243.1 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.1
  store float %3304, ptr %gep3243.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.03244, 2
  %3305 = getelementptr inbounds float, ptr %gep3239, i64 %j35.next.1
  %3306 = load float, ptr %3305, align 4
  %3307 = fneg float %3306
  store float %3307, ptr %3305, align 4
  %.idx2919.2 = mul nuw nsw i64 %j35.next.1, 704
  %gep3243.2 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.2
  store float %3307, ptr %gep3243.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.03244, 3
  %3308 = getelementptr inbounds float, ptr %gep3239, i64 %j35.next.2
  %3309 = load float, ptr %3308, align 4
  %3310 = fneg float %3309
  store float %3310, ptr %3308, align 4
  %.idx2919.3 = mul nuw nsw i64 %j35.next.2, 704
  %gep3243.3 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.3
  store float %3310, ptr %gep3243.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.03244, 4
  %3311 = getelementptr inbounds float, ptr %gep3239, i64 %j35.next.3
  %3312 = load float, ptr %3311, align 4
  %3313 = fneg float %3312
  store float %3313, ptr %3311, align 4
  %.idx2919.4 = mul nuw nsw i64 %j35.next.3, 704
  %gep3243.4 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.4
  store float %3313, ptr %gep3243.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.03244, 5
  %3314 = getelementptr inbounds float, ptr %gep3239, i64 %j35.next.4
  %3315 = load float, ptr %3314, align 4
  %3316 = fneg float %3315
  store float %3316, ptr %3314, align 4
  %.idx2919.5 = mul nuw nsw i64 %j35.next.4, 704
  %gep3243.5 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.5
  store float %3316, ptr %gep3243.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.03244, 6
  %3317 = getelementptr inbounds float, ptr %gep3239, i64 %j35.next.5
  %3318 = load float, ptr %3317, align 4
  %3319 = fneg float %3318
  store float %3319, ptr %3317, align 4
  %.idx2919.6 = mul nuw nsw i64 %j35.next.5, 704
  %gep3243.6 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.6
  store float %3319, ptr %gep3243.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.03244, 7
  %3320 = getelementptr inbounds float, ptr %gep3239, i64 %j35.next.6
  %3321 = load float, ptr %3320, align 4
  %3322 = fneg float %3321
  store float %3322, ptr %3320, align 4
  %.idx2919.7 = mul nuw nsw i64 %j35.next.6, 704
  %gep3243.7 = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.7
  store float %3322, ptr %gep3243.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.03244, 8
  %niter4329.next.7 = add i64 %niter4329, 8
  %niter4329.ncmp.7 = icmp eq i64 %niter4329.next.7, %unroll_iter4328
  br i1 %niter4329.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.03244.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod4327.not = icmp eq i64 %xtraiter4326, 0
  br i1 %lcmp.mod4327.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.03244.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.03244.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3323 = getelementptr inbounds float, ptr %gep3239, i64 %j35.addr.03244.epil
  %3324 = load float, ptr %3323, align 4
  %3325 = fneg float %3324
  store float %3325, ptr %3323, align 4
  %.idx2919.epil = mul nuw nsw i64 %j35.addr.03244.epil, 704
  %gep3243.epil = getelementptr i8, ptr %invariant.gep3242, i64 %.idx2919.epil
  store float %3325, ptr %gep3243.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.03244.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter4326
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !2

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx2915.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx2918, %j35.body.epil ], [ %.idx2918, %j35.exit.loopexit.unr-lcssa ]
  %gep3251 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2915.pre-phi
  %3326 = getelementptr inbounds float, ptr %gep3251, i64 %i50
  store float 0.000000e+00, ptr %3326, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx2916 = mul nuw nsw i64 %i51, 704
  %gep3253 = getelementptr inbounds i8, ptr %invariant.gep3238, i64 %.idx2916
  %invariant.gep3247 = getelementptr float, ptr %invariant.gep3238, i64 %i51
  %xtraiter4330 = and i64 %indvars.iv3605, 7
  %3327 = icmp ult i64 %t6.addr.03254, 4
  br i1 %3327, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter4333 = and i64 %indvars.iv3605, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.03249 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter4334 = phi i64 [ 0, %j35.exit.new ], [ %niter4334.next.7, %j36.body ]
  %3328 = getelementptr inbounds float, ptr %gep3253, i64 %j36.addr.03249
  %3329 = load float, ptr %3328, align 4
  %3330 = fneg float %3329
  store float %3330, ptr %3328, align 4
  %.idx2917 = mul nuw nsw i64 %j36.addr.03249, 704
  %gep3248 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917
  store float %3330, ptr %gep3248, align 4
  %j36.next = or disjoint i64 %j36.addr.03249, 1
  %3331 = getelementptr inbounds float, ptr %gep3253, i64 %j36.next
  %3332 = load float, ptr %3331, align 4
  %3333 = fneg float %3332
  store float %3333, ptr %3331, align 4
  %.idx2917.1 = mul nuw nsw i64 %j36.next, 704
  %gep3248.1 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.1
  store float %3333, ptr %gep3248.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.03249, 2
  %3334 = getelementptr inbounds float, ptr %gep3253, i64 %j36.next.1
  %3335 = load float, ptr %3334, align 4
  %3336 = fneg float %3335
  store float %3336, ptr %3334, align 4
  %.idx2917.2 = mul nuw nsw i64 %j36.next.1, 704
  %gep3248.2 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.2
  store float %3336, ptr %gep3248.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.03249, 3
  %3337 = getelementptr inbounds float, ptr %gep3253, i64 %j36.next.2
  %3338 = load float, ptr %3337, align 4
  %3339 = fneg float %3338
  store float %3339, ptr %3337, align 4
  %.idx2917.3 = mul nuw nsw i64 %j36.next.2, 704
  %gep3248.3 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.3
  store float %3339, ptr %gep3248.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.03249, 4
  %3340 = getelementptr inbounds float, ptr %gep3253, i64 %j36.next.3
  %3341 = load float, ptr %3340, align 4
  %3342 = fneg float %3341
  store float %3342, ptr %3340, align 4
  %.idx2917.4 = mul nuw nsw i64 %j36.next.3, 704
  %gep3248.4 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.4
  store float %3342, ptr %gep3248.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.03249, 5
  %3343 = getelementptr inbounds float, ptr %gep3253, i64 %j36.next.4
  %3344 = load float, ptr %3343, align 4
  %3345 = fneg float %3344
  store float %3345, ptr %3343, align 4
  %.idx2917.5 = mul nuw nsw i64 %j36.next.4, 704
  %gep3248.5 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.5
  store float %3345, ptr %gep3248.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.03249, 6
  %3346 = getelementptr inbounds float, ptr %gep3253, i64 %j36.next.5
  %3347 = load float, ptr %3346, align 4
  %3348 = fneg float %3347
  store float %3348, ptr %3346, align 4
  %.idx2917.6 = mul nuw nsw i64 %j36.next.5, 704
  %gep3248.6 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.6
  store float %3348, ptr %gep3248.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.03249, 7
  %3349 = getelementptr inbounds float, ptr %gep3253, i64 %j36.next.6
  %3350 = load float, ptr %3349, align 4
  %3351 = fneg float %3350
  store float %3351, ptr %3349, align 4
  %.idx2917.7 = mul nuw nsw i64 %j36.next.6, 704
  %gep3248.7 = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.7
  store float %3351, ptr %gep3248.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.03249, 8
  %niter4334.next.7 = add i64 %niter4334, 8
  %niter4334.ncmp.7 = icmp eq i64 %niter4334.next.7, %unroll_iter4333
  br i1 %niter4334.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.03249.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod4332.not = icmp eq i64 %xtraiter4330, 0
  br i1 %lcmp.mod4332.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.03249.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.03249.unr, %j36.exit.unr-lcssa ]
  %epil.iter4331 = phi i64 [ %epil.iter4331.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3352 = getelementptr inbounds float, ptr %gep3253, i64 %j36.addr.03249.epil
  %3353 = load float, ptr %3352, align 4
  %3354 = fneg float %3353
  store float %3354, ptr %3352, align 4
  %.idx2917.epil = mul nuw nsw i64 %j36.addr.03249.epil, 704
  %gep3248.epil = getelementptr i8, ptr %invariant.gep3247, i64 %.idx2917.epil
  store float %3354, ptr %gep3248.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.03249.epil, 1
  %epil.iter4331.next = add i64 %epil.iter4331, 1
  %epil.iter4331.cmp.not = icmp eq i64 %epil.iter4331.next, %xtraiter4330
  br i1 %epil.iter4331.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !4

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3919 = getelementptr inbounds i8, ptr %invariant.gep3918, i64 %.idx2916
  %3355 = getelementptr inbounds float, ptr %gep3919, i64 %i51
  store float 0.000000e+00, ptr %3355, align 4
  %t6.next = add nuw nsw i64 %t6.addr.03254, 1
  %indvars.iv.next3606 = add nuw nsw i64 %indvars.iv3605, 2
  %exitcond3608.not = icmp eq i64 %t6.next, 16
  br i1 %exitcond3608.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1911
  %i52.addr.03272 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1911 ]
  %.idx2911 = mul nuw nsw i64 %i52.addr.03272, 704
  %3356 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2911
  %3357 = getelementptr inbounds i8, ptr %3356, i64 704
  %3358 = getelementptr inbounds i8, ptr %3356, i64 1408
  %3359 = getelementptr inbounds i8, ptr %3356, i64 2112
  br label %p13.body

i52.exit:                                         ; preds = %endif1911
  %t7.end = add nsw i64 %L, %t0
  br i1 %2675, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03271 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc159.03270 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3403, %p13.body ]
  %acc158.03269 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3402, %p13.body ]
  %acc157.03268 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3401, %p13.body ]
  %acc156.03267 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3400, %p13.body ]
  %acc155.03266 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3395, %p13.body ]
  %acc154.03265 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3394, %p13.body ]
  %acc153.03264 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3393, %p13.body ]
  %acc152.03263 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3392, %p13.body ]
  %acc151.03262 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3387, %p13.body ]
  %acc150.03261 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3386, %p13.body ]
  %acc149.03260 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3385, %p13.body ]
  %acc148.03259 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3384, %p13.body ]
  %acc147.03258 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3379, %p13.body ]
  %acc146.03257 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3378, %p13.body ]
  %acc145.03256 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3377, %p13.body ]
  %acc144.03255 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3376, %p13.body ]
  %3360 = shl nuw nsw i64 %p13.addr.03271, 6
  %3361 = getelementptr inbounds float, ptr %Bk, i64 %3360
  %3362 = load <16 x float>, ptr %3361, align 4
  %3363 = or disjoint i64 %3360, 16
  %3364 = getelementptr inbounds float, ptr %Bk, i64 %3363
  %3365 = load <16 x float>, ptr %3364, align 4
  %3366 = or disjoint i64 %3360, 32
  %3367 = getelementptr inbounds float, ptr %Bk, i64 %3366
  %3368 = load <16 x float>, ptr %3367, align 4
  %3369 = or disjoint i64 %3360, 48
  %3370 = getelementptr inbounds float, ptr %Bk, i64 %3369
  %3371 = load <16 x float>, ptr %3370, align 4
  %3372 = getelementptr inbounds float, ptr %3356, i64 %p13.addr.03271
  %3373 = load float, ptr %3372, align 4
  %3374 = insertelement <16 x float> poison, float %3373, i64 0
  %3375 = shufflevector <16 x float> %3374, <16 x float> poison, <16 x i32> zeroinitializer
  %3376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3375, <16 x float> %3362, <16 x float> %acc144.03255)
  %3377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3375, <16 x float> %3365, <16 x float> %acc145.03256)
  %3378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3375, <16 x float> %3368, <16 x float> %acc146.03257)
  %3379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3375, <16 x float> %3371, <16 x float> %acc147.03258)
  %3380 = getelementptr inbounds float, ptr %3357, i64 %p13.addr.03271
  %3381 = load float, ptr %3380, align 4
  %3382 = insertelement <16 x float> poison, float %3381, i64 0
  %3383 = shufflevector <16 x float> %3382, <16 x float> poison, <16 x i32> zeroinitializer
  %3384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3383, <16 x float> %3362, <16 x float> %acc148.03259)
  %3385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3383, <16 x float> %3365, <16 x float> %acc149.03260)
  %3386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3383, <16 x float> %3368, <16 x float> %acc150.03261)
  %3387 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3383, <16 x float> %3371, <16 x float> %acc151.03262)
  %3388 = getelementptr inbounds float, ptr %3358, i64 %p13.addr.03271
  %3389 = load float, ptr %3388, align 4
  %3390 = insertelement <16 x float> poison, float %3389, i64 0
  %3391 = shufflevector <16 x float> %3390, <16 x float> poison, <16 x i32> zeroinitializer
  %3392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3391, <16 x float> %3362, <16 x float> %acc152.03263)
  %3393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3391, <16 x float> %3365, <16 x float> %acc153.03264)
  %3394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3391, <16 x float> %3368, <16 x float> %acc154.03265)
  %3395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3391, <16 x float> %3371, <16 x float> %acc155.03266)
  %3396 = getelementptr inbounds float, ptr %3359, i64 %p13.addr.03271
  %3397 = load float, ptr %3396, align 4
  %3398 = insertelement <16 x float> poison, float %3397, i64 0
  %3399 = shufflevector <16 x float> %3398, <16 x float> poison, <16 x i32> zeroinitializer
  %3400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3399, <16 x float> %3362, <16 x float> %acc156.03267)
  %3401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3399, <16 x float> %3365, <16 x float> %acc157.03268)
  %3402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3399, <16 x float> %3368, <16 x float> %acc158.03269)
  %3403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3399, <16 x float> %3371, <16 x float> %acc159.03270)
  %p13.next = add nuw nsw i64 %p13.addr.03271, 1
  %exitcond3609.not = icmp eq i64 %p13.next, 176
  br i1 %exitcond3609.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3404 = icmp slt i64 %i52.addr.03272, %3295
  br i1 %3404, label %then1849, label %endif1863

then1849:                                         ; preds = %p13.exit
  %3405 = shl nuw nsw i64 %i52.addr.03272, 6
  %3406 = add nuw nsw i64 %3405, %3296
  %3407 = getelementptr inbounds float, ptr %dak, i64 %3406
  store <16 x float> %3376, ptr %3407, align 4
  %3408 = or disjoint i64 %3406, 16
  %3409 = getelementptr inbounds float, ptr %dak, i64 %3408
  store <16 x float> %3377, ptr %3409, align 4
  %3410 = or disjoint i64 %3406, 32
  %3411 = getelementptr inbounds float, ptr %dak, i64 %3410
  store <16 x float> %3378, ptr %3411, align 4
  %3412 = or disjoint i64 %3406, 48
  %3413 = getelementptr inbounds float, ptr %dak, i64 %3412
  store <16 x float> %3379, ptr %3413, align 4
  br label %endif1863

endif1863:                                        ; preds = %p13.exit, %then1849
  %3414 = or disjoint i64 %i52.addr.03272, 1
  %3415 = icmp slt i64 %3414, %3295
  br i1 %3415, label %then1865, label %endif1879

then1865:                                         ; preds = %endif1863
  %3416 = shl nuw nsw i64 %3414, 6
  %3417 = add nuw nsw i64 %3416, %3296
  %3418 = getelementptr inbounds float, ptr %dak, i64 %3417
  store <16 x float> %3384, ptr %3418, align 4
  %3419 = or disjoint i64 %3417, 16
  %3420 = getelementptr inbounds float, ptr %dak, i64 %3419
  store <16 x float> %3385, ptr %3420, align 4
  %3421 = or disjoint i64 %3417, 32
  %3422 = getelementptr inbounds float, ptr %dak, i64 %3421
  store <16 x float> %3386, ptr %3422, align 4
  %3423 = or disjoint i64 %3417, 48
  %3424 = getelementptr inbounds float, ptr %dak, i64 %3423
  store <16 x float> %3387, ptr %3424, align 4
  br label %endif1879

endif1879:                                        ; preds = %endif1863, %then1865
  %3425 = or disjoint i64 %i52.addr.03272, 2
  %3426 = icmp slt i64 %3425, %3295
  br i1 %3426, label %then1881, label %endif1895

then1881:                                         ; preds = %endif1879
  %3427 = shl nuw nsw i64 %3425, 6
  %3428 = add nuw nsw i64 %3427, %3296
  %3429 = getelementptr inbounds float, ptr %dak, i64 %3428
  store <16 x float> %3392, ptr %3429, align 4
  %3430 = or disjoint i64 %3428, 16
  %3431 = getelementptr inbounds float, ptr %dak, i64 %3430
  store <16 x float> %3393, ptr %3431, align 4
  %3432 = or disjoint i64 %3428, 32
  %3433 = getelementptr inbounds float, ptr %dak, i64 %3432
  store <16 x float> %3394, ptr %3433, align 4
  %3434 = or disjoint i64 %3428, 48
  %3435 = getelementptr inbounds float, ptr %dak, i64 %3434
  store <16 x float> %3395, ptr %3435, align 4
  br label %endif1895

endif1895:                                        ; preds = %endif1879, %then1881
  %3436 = or disjoint i64 %i52.addr.03272, 3
  %3437 = icmp slt i64 %3436, %3295
  br i1 %3437, label %then1897, label %endif1911

then1897:                                         ; preds = %endif1895
  %3438 = shl nuw nsw i64 %3436, 6
  %3439 = add nuw nsw i64 %3438, %3296
  %3440 = getelementptr inbounds float, ptr %dak, i64 %3439
  store <16 x float> %3400, ptr %3440, align 4
  %3441 = or disjoint i64 %3439, 16
  %3442 = getelementptr inbounds float, ptr %dak, i64 %3441
  store <16 x float> %3401, ptr %3442, align 4
  %3443 = or disjoint i64 %3439, 32
  %3444 = getelementptr inbounds float, ptr %dak, i64 %3443
  store <16 x float> %3402, ptr %3444, align 4
  %3445 = or disjoint i64 %3439, 48
  %3446 = getelementptr inbounds float, ptr %dak, i64 %3445
  store <16 x float> %3403, ptr %3446, align 4
  br label %endif1911

endif1911:                                        ; preds = %endif1895, %then1897
  %i52.next = add nuw nsw i64 %i52.addr.03272, 4
  %3447 = icmp ult i64 %i52.addr.03272, 28
  br i1 %3447, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.03277 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3448 = add nsw i64 %t7.addr.03277, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3448, i64 %5)
  %3449 = add nsw i64 %tp2, %154
  %3450 = mul nsw i64 %3449, %dq_ts
  %gep3279 = getelementptr float, ptr %invariant.gep3278, i64 %3450
  tail call void @llvm.prefetch.p0(ptr %gep3279, i32 0, i32 2, i32 1)
  %3451 = getelementptr i8, ptr %gep3279, i64 64
  tail call void @llvm.prefetch.p0(ptr %3451, i32 0, i32 2, i32 1)
  %3452 = getelementptr i8, ptr %gep3279, i64 128
  tail call void @llvm.prefetch.p0(ptr %3452, i32 0, i32 2, i32 1)
  %3453 = getelementptr i8, ptr %gep3279, i64 192
  tail call void @llvm.prefetch.p0(ptr %3453, i32 0, i32 2, i32 1)
  %3454 = mul nsw i64 %3449, %dk_ts
  %gep3281 = getelementptr float, ptr %invariant.gep3280, i64 %3454
  tail call void @llvm.prefetch.p0(ptr %gep3281, i32 0, i32 2, i32 1)
  %3455 = getelementptr i8, ptr %gep3281, i64 64
  tail call void @llvm.prefetch.p0(ptr %3455, i32 0, i32 2, i32 1)
  %3456 = getelementptr i8, ptr %gep3281, i64 128
  tail call void @llvm.prefetch.p0(ptr %3456, i32 0, i32 2, i32 1)
  %3457 = getelementptr i8, ptr %gep3281, i64 192
  tail call void @llvm.prefetch.p0(ptr %3457, i32 0, i32 2, i32 1)
  %3458 = mul nsw i64 %3449, %dv_ts
  %gep3283 = getelementptr float, ptr %invariant.gep3282, i64 %3458
  tail call void @llvm.prefetch.p0(ptr %gep3283, i32 0, i32 2, i32 1)
  %3459 = getelementptr i8, ptr %gep3283, i64 64
  tail call void @llvm.prefetch.p0(ptr %3459, i32 0, i32 2, i32 1)
  %3460 = getelementptr i8, ptr %gep3283, i64 128
  tail call void @llvm.prefetch.p0(ptr %3460, i32 0, i32 2, i32 1)
  %3461 = getelementptr i8, ptr %gep3283, i64 192
  tail call void @llvm.prefetch.p0(ptr %3461, i32 0, i32 2, i32 1)
  %gep3285 = getelementptr float, ptr %invariant.gep3284, i64 %3454
  tail call void @llvm.prefetch.p0(ptr %gep3285, i32 0, i32 2, i32 1)
  %3462 = getelementptr i8, ptr %gep3285, i64 64
  tail call void @llvm.prefetch.p0(ptr %3462, i32 0, i32 2, i32 1)
  %3463 = getelementptr i8, ptr %gep3285, i64 128
  tail call void @llvm.prefetch.p0(ptr %3463, i32 0, i32 2, i32 1)
  %3464 = getelementptr i8, ptr %gep3285, i64 192
  tail call void @llvm.prefetch.p0(ptr %3464, i32 0, i32 2, i32 1)
  %gep3287 = getelementptr float, ptr %invariant.gep3286, i64 %3458
  tail call void @llvm.prefetch.p0(ptr %gep3287, i32 0, i32 2, i32 1)
  %3465 = getelementptr i8, ptr %gep3287, i64 64
  tail call void @llvm.prefetch.p0(ptr %3465, i32 0, i32 2, i32 1)
  %3466 = getelementptr i8, ptr %gep3287, i64 128
  tail call void @llvm.prefetch.p0(ptr %3466, i32 0, i32 2, i32 1)
  %3467 = getelementptr i8, ptr %gep3287, i64 192
  tail call void @llvm.prefetch.p0(ptr %3467, i32 0, i32 2, i32 1)
  %3468 = shl nsw i64 %t7.addr.03277, 6
  %3469 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %3468
  %3470 = load <16 x float>, ptr %3469, align 4
  %3471 = or disjoint i64 %3468, 16
  %3472 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %3471
  %3473 = load <16 x float>, ptr %3472, align 4
  %3474 = or disjoint i64 %3468, 32
  %3475 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %3474
  %3476 = load <16 x float>, ptr %3475, align 4
  %3477 = or disjoint i64 %3468, 48
  %3478 = getelementptr inbounds float, ptr %invariant.gep3307, i64 %3477
  %3479 = load <16 x float>, ptr %3478, align 4
  %3480 = getelementptr inbounds float, ptr %gep3306, i64 %3468
  %3481 = load <16 x float>, ptr %3480, align 4
  %3482 = getelementptr inbounds float, ptr %gep3306, i64 %3471
  %3483 = load <16 x float>, ptr %3482, align 4
  %3484 = getelementptr inbounds float, ptr %gep3306, i64 %3474
  %3485 = load <16 x float>, ptr %3484, align 4
  %3486 = getelementptr inbounds float, ptr %gep3306, i64 %3477
  %3487 = load <16 x float>, ptr %3486, align 4
  %3488 = getelementptr inbounds float, ptr %gep3308, i64 %t7.addr.03277
  %3489 = load float, ptr %3488, align 4
  %3490 = fmul <16 x float> %3470, %3481
  %3491 = fmul <16 x float> %3473, %3483
  %3492 = fadd <16 x float> %3490, %3491
  %3493 = fmul <16 x float> %3476, %3485
  %3494 = fadd <16 x float> %3492, %3493
  %3495 = fmul <16 x float> %3479, %3487
  %3496 = fadd <16 x float> %3494, %3495
  %3497 = shufflevector <16 x float> %3496, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3498 = shufflevector <16 x float> %3496, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3499 = fadd <8 x float> %3497, %3498
  %3500 = shufflevector <8 x float> %3499, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3501 = shufflevector <8 x float> %3499, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3502 = fadd <4 x float> %3500, %3501
  %3503 = shufflevector <4 x float> %3502, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3504 = shufflevector <4 x float> %3502, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3505 = fadd <2 x float> %3503, %3504
  %shift4121 = shufflevector <2 x float> %3505, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3506 = fadd <2 x float> %3505, %shift4121
  %3507 = shufflevector <2 x float> %3506, <2 x float> poison, <16 x i32> zeroinitializer
  %3508 = fmul <16 x float> %3470, %3507
  %3509 = fsub <16 x float> %3481, %3508
  %3510 = insertelement <16 x float> poison, float %3489, i64 0
  %3511 = shufflevector <16 x float> %3510, <16 x float> poison, <16 x i32> zeroinitializer
  %3512 = fmul <16 x float> %3511, %3509
  %3513 = add nsw i64 %t7.addr.03277, %154
  %3514 = mul nsw i64 %3513, %dq_ts
  %gep3289 = getelementptr float, ptr %invariant.gep3278, i64 %3514
  store <16 x float> %3512, ptr %gep3289, align 4
  %3515 = fmul <16 x float> %3473, %3507
  %3516 = fsub <16 x float> %3483, %3515
  %3517 = fmul <16 x float> %3511, %3516
  %3518 = getelementptr i8, ptr %gep3289, i64 64
  store <16 x float> %3517, ptr %3518, align 4
  %3519 = fmul <16 x float> %3476, %3507
  %3520 = fsub <16 x float> %3485, %3519
  %3521 = fmul <16 x float> %3511, %3520
  %3522 = getelementptr i8, ptr %gep3289, i64 128
  store <16 x float> %3521, ptr %3522, align 4
  %3523 = fmul <16 x float> %3479, %3507
  %3524 = fsub <16 x float> %3487, %3523
  %3525 = fmul <16 x float> %3511, %3524
  %3526 = getelementptr i8, ptr %gep3289, i64 192
  store <16 x float> %3525, ptr %3526, align 4
  %3527 = shl nsw i64 %t7.addr.03277, 1
  %3528 = shl nsw i64 %t7.addr.03277, 7
  %3529 = getelementptr inbounds float, ptr %gep3302, i64 %3528
  %3530 = load <16 x float>, ptr %3529, align 4
  %3531 = or disjoint i64 %3528, 16
  %3532 = getelementptr inbounds float, ptr %gep3302, i64 %3531
  %3533 = load <16 x float>, ptr %3532, align 4
  %3534 = or disjoint i64 %3528, 32
  %3535 = getelementptr inbounds float, ptr %gep3302, i64 %3534
  %3536 = load <16 x float>, ptr %3535, align 4
  %3537 = or disjoint i64 %3528, 48
  %3538 = getelementptr inbounds float, ptr %gep3302, i64 %3537
  %3539 = load <16 x float>, ptr %3538, align 4
  %3540 = getelementptr inbounds float, ptr %dak, i64 %3528
  %3541 = load <16 x float>, ptr %3540, align 4
  %3542 = getelementptr inbounds float, ptr %dak, i64 %3531
  %3543 = load <16 x float>, ptr %3542, align 4
  %3544 = getelementptr inbounds float, ptr %dak, i64 %3534
  %3545 = load <16 x float>, ptr %3544, align 4
  %3546 = getelementptr inbounds float, ptr %dak, i64 %3537
  %3547 = load <16 x float>, ptr %3546, align 4
  %gep3274 = getelementptr float, ptr %invariant.gep, i64 %3527
  %3548 = load float, ptr %gep3274, align 4
  %3549 = fmul <16 x float> %3530, %3541
  %3550 = fmul <16 x float> %3533, %3543
  %3551 = fadd <16 x float> %3549, %3550
  %3552 = fmul <16 x float> %3536, %3545
  %3553 = fadd <16 x float> %3551, %3552
  %3554 = fmul <16 x float> %3539, %3547
  %3555 = fadd <16 x float> %3553, %3554
  %3556 = shufflevector <16 x float> %3555, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3557 = shufflevector <16 x float> %3555, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3558 = fadd <8 x float> %3556, %3557
  %3559 = shufflevector <8 x float> %3558, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3560 = shufflevector <8 x float> %3558, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3561 = fadd <4 x float> %3559, %3560
  %3562 = shufflevector <4 x float> %3561, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3563 = shufflevector <4 x float> %3561, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3564 = fadd <2 x float> %3562, %3563
  %shift4122 = shufflevector <2 x float> %3564, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3565 = fadd <2 x float> %3564, %shift4122
  %3566 = shufflevector <2 x float> %3565, <2 x float> poison, <16 x i32> zeroinitializer
  %3567 = fmul <16 x float> %3530, %3566
  %3568 = fsub <16 x float> %3541, %3567
  %3569 = insertelement <16 x float> poison, float %3548, i64 0
  %3570 = shufflevector <16 x float> %3569, <16 x float> poison, <16 x i32> zeroinitializer
  %3571 = fmul <16 x float> %3570, %3568
  %3572 = mul nsw i64 %3513, %dk_ts
  %gep3291 = getelementptr float, ptr %invariant.gep3280, i64 %3572
  store <16 x float> %3571, ptr %gep3291, align 4
  %3573 = fmul <16 x float> %3533, %3566
  %3574 = fsub <16 x float> %3543, %3573
  %3575 = fmul <16 x float> %3570, %3574
  %3576 = getelementptr i8, ptr %gep3291, i64 64
  store <16 x float> %3575, ptr %3576, align 4
  %3577 = fmul <16 x float> %3536, %3566
  %3578 = fsub <16 x float> %3545, %3577
  %3579 = fmul <16 x float> %3570, %3578
  %3580 = getelementptr i8, ptr %gep3291, i64 128
  store <16 x float> %3579, ptr %3580, align 4
  %3581 = fmul <16 x float> %3539, %3566
  %3582 = fsub <16 x float> %3547, %3581
  %3583 = fmul <16 x float> %3570, %3582
  %3584 = getelementptr i8, ptr %gep3291, i64 192
  store <16 x float> %3583, ptr %3584, align 4
  %3585 = getelementptr inbounds float, ptr %dav, i64 %3528
  %3586 = load <16 x float>, ptr %3585, align 4
  %3587 = getelementptr inbounds float, ptr %dav, i64 %3531
  %3588 = load <16 x float>, ptr %3587, align 4
  %3589 = getelementptr inbounds float, ptr %dav, i64 %3534
  %3590 = load <16 x float>, ptr %3589, align 4
  %3591 = getelementptr inbounds float, ptr %dav, i64 %3537
  %3592 = load <16 x float>, ptr %3591, align 4
  %3593 = mul nsw i64 %3513, %dv_ts
  %gep3293 = getelementptr float, ptr %invariant.gep3282, i64 %3593
  store <16 x float> %3586, ptr %gep3293, align 4
  %3594 = getelementptr i8, ptr %gep3293, i64 64
  store <16 x float> %3588, ptr %3594, align 4
  %3595 = getelementptr i8, ptr %gep3293, i64 128
  store <16 x float> %3590, ptr %3595, align 4
  %3596 = getelementptr i8, ptr %gep3293, i64 192
  store <16 x float> %3592, ptr %3596, align 4
  %3597 = or disjoint i64 %3527, 1
  %3598 = shl nsw i64 %3597, 6
  %3599 = getelementptr inbounds float, ptr %gep3302, i64 %3598
  %3600 = load <16 x float>, ptr %3599, align 4
  %3601 = or disjoint i64 %3598, 16
  %3602 = getelementptr inbounds float, ptr %gep3302, i64 %3601
  %3603 = load <16 x float>, ptr %3602, align 4
  %3604 = or disjoint i64 %3598, 32
  %3605 = getelementptr inbounds float, ptr %gep3302, i64 %3604
  %3606 = load <16 x float>, ptr %3605, align 4
  %3607 = or disjoint i64 %3598, 48
  %3608 = getelementptr inbounds float, ptr %gep3302, i64 %3607
  %3609 = load <16 x float>, ptr %3608, align 4
  %3610 = getelementptr inbounds float, ptr %dak, i64 %3598
  %3611 = load <16 x float>, ptr %3610, align 4
  %3612 = getelementptr inbounds float, ptr %dak, i64 %3601
  %3613 = load <16 x float>, ptr %3612, align 4
  %3614 = getelementptr inbounds float, ptr %dak, i64 %3604
  %3615 = load <16 x float>, ptr %3614, align 4
  %3616 = getelementptr inbounds float, ptr %dak, i64 %3607
  %3617 = load <16 x float>, ptr %3616, align 4
  %gep3276 = getelementptr float, ptr %invariant.gep, i64 %3597
  %3618 = load float, ptr %gep3276, align 4
  %3619 = fmul <16 x float> %3600, %3611
  %3620 = fmul <16 x float> %3603, %3613
  %3621 = fadd <16 x float> %3619, %3620
  %3622 = fmul <16 x float> %3606, %3615
  %3623 = fadd <16 x float> %3621, %3622
  %3624 = fmul <16 x float> %3609, %3617
  %3625 = fadd <16 x float> %3623, %3624
  %3626 = shufflevector <16 x float> %3625, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3627 = shufflevector <16 x float> %3625, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3628 = fadd <8 x float> %3626, %3627
  %3629 = shufflevector <8 x float> %3628, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3630 = shufflevector <8 x float> %3628, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3631 = fadd <4 x float> %3629, %3630
  %3632 = shufflevector <4 x float> %3631, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3633 = shufflevector <4 x float> %3631, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3634 = fadd <2 x float> %3632, %3633
  %shift4123 = shufflevector <2 x float> %3634, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3635 = fadd <2 x float> %3634, %shift4123
  %3636 = shufflevector <2 x float> %3635, <2 x float> poison, <16 x i32> zeroinitializer
  %3637 = fmul <16 x float> %3600, %3636
  %3638 = fsub <16 x float> %3611, %3637
  %3639 = insertelement <16 x float> poison, float %3618, i64 0
  %3640 = shufflevector <16 x float> %3639, <16 x float> poison, <16 x i32> zeroinitializer
  %3641 = fmul <16 x float> %3640, %3638
  %gep3295 = getelementptr float, ptr %invariant.gep3284, i64 %3572
  store <16 x float> %3641, ptr %gep3295, align 4
  %3642 = fmul <16 x float> %3603, %3636
  %3643 = fsub <16 x float> %3613, %3642
  %3644 = fmul <16 x float> %3640, %3643
  %3645 = getelementptr i8, ptr %gep3295, i64 64
  store <16 x float> %3644, ptr %3645, align 4
  %3646 = fmul <16 x float> %3606, %3636
  %3647 = fsub <16 x float> %3615, %3646
  %3648 = fmul <16 x float> %3640, %3647
  %3649 = getelementptr i8, ptr %gep3295, i64 128
  store <16 x float> %3648, ptr %3649, align 4
  %3650 = fmul <16 x float> %3609, %3636
  %3651 = fsub <16 x float> %3617, %3650
  %3652 = fmul <16 x float> %3640, %3651
  %3653 = getelementptr i8, ptr %gep3295, i64 192
  store <16 x float> %3652, ptr %3653, align 4
  %3654 = getelementptr inbounds float, ptr %dav, i64 %3598
  %3655 = load <16 x float>, ptr %3654, align 4
  %3656 = getelementptr inbounds float, ptr %dav, i64 %3601
  %3657 = load <16 x float>, ptr %3656, align 4
  %3658 = getelementptr inbounds float, ptr %dav, i64 %3604
  %3659 = load <16 x float>, ptr %3658, align 4
  %3660 = getelementptr inbounds float, ptr %dav, i64 %3607
  %3661 = load <16 x float>, ptr %3660, align 4
  %gep3297 = getelementptr float, ptr %invariant.gep3286, i64 %3593
  store <16 x float> %3655, ptr %gep3297, align 4
  %3662 = getelementptr i8, ptr %gep3297, i64 64
  store <16 x float> %3657, ptr %3662, align 4
  %3663 = getelementptr i8, ptr %gep3297, i64 128
  store <16 x float> %3659, ptr %3663, align 4
  %3664 = getelementptr i8, ptr %gep3297, i64 192
  store <16 x float> %3661, ptr %3664, align 4
  %t7.next = add nsw i64 %t7.addr.03277, 1
  %3665 = icmp slt i64 %t7.next, %t7.end
  br i1 %3665, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.03298, 1
  %indvars.iv.next3597 = add i64 %indvars.iv3596, 16
  %exitcond3611.not = icmp eq i64 %cc.next, %smax3610
  br i1 %exitcond3611.not, label %i53.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j38.head.preheader, %i53.head.preheader
  %i53.addr.03300 = phi i64 [ 0, %i53.head.preheader ], [ %i53.next.7, %j38.head.preheader ]
  %3666 = shl nuw nsw i64 %i53.addr.03300, 8
  %scevgep3612 = getelementptr i8, ptr %367, i64 %3666
  %3667 = shl nuw nsw i64 %i53.addr.03300, 9
  %3668 = or disjoint i64 %3667, 256
  %scevgep3613 = getelementptr i8, ptr %work, i64 %3668
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613, i64 256, i1 false)
  %i53.next = or disjoint i64 %i53.addr.03300, 1
  %3669 = shl nuw nsw i64 %i53.next, 8
  %scevgep3612.1 = getelementptr i8, ptr %367, i64 %3669
  %3670 = shl nuw nsw i64 %i53.next, 9
  %3671 = or disjoint i64 %3670, 256
  %scevgep3613.1 = getelementptr i8, ptr %work, i64 %3671
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613.1, i64 256, i1 false)
  %i53.next.1 = or disjoint i64 %i53.addr.03300, 2
  %3672 = shl nuw nsw i64 %i53.next.1, 8
  %scevgep3612.2 = getelementptr i8, ptr %367, i64 %3672
  %3673 = shl nuw nsw i64 %i53.next.1, 9
  %3674 = or disjoint i64 %3673, 256
  %scevgep3613.2 = getelementptr i8, ptr %work, i64 %3674
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613.2, i64 256, i1 false)
  %i53.next.2 = or disjoint i64 %i53.addr.03300, 3
  %3675 = shl nuw nsw i64 %i53.next.2, 8
  %scevgep3612.3 = getelementptr i8, ptr %367, i64 %3675
  %3676 = shl nuw nsw i64 %i53.next.2, 9
  %3677 = or disjoint i64 %3676, 256
  %scevgep3613.3 = getelementptr i8, ptr %work, i64 %3677
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613.3, i64 256, i1 false)
  %i53.next.3 = or disjoint i64 %i53.addr.03300, 4
  %3678 = shl nuw nsw i64 %i53.next.3, 8
  %scevgep3612.4 = getelementptr i8, ptr %367, i64 %3678
  %3679 = shl nuw nsw i64 %i53.next.3, 9
  %3680 = or disjoint i64 %3679, 256
  %scevgep3613.4 = getelementptr i8, ptr %work, i64 %3680
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613.4, i64 256, i1 false)
  %i53.next.4 = or disjoint i64 %i53.addr.03300, 5
  %3681 = shl nuw nsw i64 %i53.next.4, 8
  %scevgep3612.5 = getelementptr i8, ptr %367, i64 %3681
  %3682 = shl nuw nsw i64 %i53.next.4, 9
  %3683 = or disjoint i64 %3682, 256
  %scevgep3613.5 = getelementptr i8, ptr %work, i64 %3683
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613.5, i64 256, i1 false)
  %i53.next.5 = or disjoint i64 %i53.addr.03300, 6
  %3684 = shl nuw nsw i64 %i53.next.5, 8
  %scevgep3612.6 = getelementptr i8, ptr %367, i64 %3684
  %3685 = shl nuw nsw i64 %i53.next.5, 9
  %3686 = or disjoint i64 %3685, 256
  %scevgep3613.6 = getelementptr i8, ptr %work, i64 %3686
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613.6, i64 256, i1 false)
  %i53.next.6 = or disjoint i64 %i53.addr.03300, 7
  %3687 = shl nuw nsw i64 %i53.next.6, 8
  %scevgep3612.7 = getelementptr i8, ptr %367, i64 %3687
  %3688 = shl nuw nsw i64 %i53.next.6, 9
  %3689 = or disjoint i64 %3688, 256
  %scevgep3613.7 = getelementptr i8, ptr %work, i64 %3689
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3612.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3613.7, i64 256, i1 false)
  %i53.next.7 = add nuw nsw i64 %i53.addr.03300, 8
  %exitcond3614.not.7 = icmp eq i64 %i53.next.7, 64
  br i1 %exitcond3614.not.7, label %i53.exit, label %j38.head.preheader

i53.exit:                                         ; preds = %j38.head.preheader
  %bh.next = add nsw i64 %bh.addr.03309, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3615.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3615.not, label %bh.exit, label %bh.body
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
; ---- dp_step_h2_k64_v64_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k64_v64_c1_nogate'
source_filename = "dp_step_h2_k64_v64_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k64_v64_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 16
  %3 = or disjoint i64 %sq, 32
  %4 = or disjoint i64 %sq, 48
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %c.exit
  %bh.addr.096 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %c.exit ]
  %b = sdiv i64 %bh.addr.096, %H
  %h = srem i64 %bh.addr.096, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 6
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %8 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %S.idx = shl nsw i64 %bh.addr.096, 14
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %9 = load float, ptr %betah, align 4
  %10 = insertelement <16 x float> poison, float %9, i64 0
  %11 = shufflevector <16 x float> %10, <16 x float> poison, <16 x i32> zeroinitializer
  %12 = getelementptr inbounds float, ptr %betah, i64 %H
  %13 = load float, ptr %12, align 4
  %14 = insertelement <16 x float> poison, float %13, i64 0
  %15 = shufflevector <16 x float> %14, <16 x float> poison, <16 x i32> zeroinitializer
  %16 = load <16 x float>, ptr %kh, align 4
  %17 = getelementptr inbounds float, ptr %kh, i64 %sq
  %18 = load <16 x float>, ptr %17, align 4
  %19 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %16, <16 x float> %18, <16 x float> zeroinitializer)
  %20 = getelementptr inbounds i8, ptr %kh, i64 64
  %21 = load <16 x float>, ptr %20, align 4
  %22 = getelementptr inbounds float, ptr %kh, i64 %2
  %23 = load <16 x float>, ptr %22, align 4
  %24 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %23, <16 x float> %19)
  %25 = getelementptr inbounds i8, ptr %kh, i64 128
  %26 = load <16 x float>, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %kh, i64 %3
  %28 = load <16 x float>, ptr %27, align 4
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %28, <16 x float> %24)
  %30 = getelementptr inbounds i8, ptr %kh, i64 192
  %31 = load <16 x float>, ptr %30, align 4
  %32 = getelementptr inbounds float, ptr %kh, i64 %4
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %31, <16 x float> %33, <16 x float> %29)
  %35 = shufflevector <16 x float> %34, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %36 = shufflevector <16 x float> %34, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %37 = fadd <8 x float> %35, %36
  %38 = shufflevector <8 x float> %37, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %39 = shufflevector <8 x float> %37, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %40 = fadd <4 x float> %38, %39
  %41 = shufflevector <4 x float> %40, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %42 = shufflevector <4 x float> %40, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %43 = fadd <2 x float> %41, %42
  %44 = load <16 x float>, ptr %qh, align 4
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %16, <16 x float> %44, <16 x float> zeroinitializer)
  %46 = getelementptr inbounds i8, ptr %qh, i64 64
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %47, <16 x float> %45)
  %49 = getelementptr inbounds i8, ptr %qh, i64 128
  %50 = load <16 x float>, ptr %49, align 4
  %51 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %50, <16 x float> %48)
  %52 = getelementptr inbounds i8, ptr %qh, i64 192
  %53 = load <16 x float>, ptr %52, align 4
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %31, <16 x float> %53, <16 x float> %51)
  %55 = shufflevector <16 x float> %54, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %56 = shufflevector <16 x float> %54, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %57 = fadd <8 x float> %55, %56
  %58 = shufflevector <8 x float> %57, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %59 = shufflevector <8 x float> %57, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %60 = fadd <4 x float> %58, %59
  %61 = shufflevector <4 x float> %60, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %62 = shufflevector <4 x float> %60, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %63 = fadd <2 x float> %61, %62
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %18, <16 x float> %44, <16 x float> zeroinitializer)
  %65 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %23, <16 x float> %47, <16 x float> %64)
  %66 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> %50, <16 x float> %65)
  %67 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %53, <16 x float> %66)
  %shift = shufflevector <2 x float> %43, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %68 = fadd <2 x float> %43, %shift
  %shift117 = shufflevector <2 x float> %63, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %69 = fadd <2 x float> %63, %shift117
  %70 = shufflevector <16 x float> %67, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %71 = shufflevector <16 x float> %67, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %72 = fadd <8 x float> %70, %71
  %73 = shufflevector <8 x float> %72, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %74 = shufflevector <8 x float> %72, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %75 = fadd <4 x float> %73, %74
  %76 = shufflevector <4 x float> %75, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %77 = shufflevector <4 x float> %75, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %78 = fadd <2 x float> %76, %77
  %shift118 = shufflevector <2 x float> %78, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %79 = fadd <2 x float> %78, %shift118
  %80 = shufflevector <2 x float> %68, <2 x float> poison, <16 x i32> zeroinitializer
  %81 = shufflevector <2 x float> %79, <2 x float> poison, <16 x i32> zeroinitializer
  %82 = shufflevector <2 x float> %69, <2 x float> poison, <16 x i32> zeroinitializer
  br label %i.head.preheader

bh.exit:                                          ; preds = %c.exit, %entry
  ret void

i.head.preheader:                                 ; preds = %bh.body, %i4.exit
  %83 = phi i1 [ true, %bh.body ], [ false, %i4.exit ]
  %c.addr.095 = phi i64 [ 0, %bh.body ], [ 32, %i4.exit ]
  br label %i.body

c.exit:                                           ; preds = %i4.exit
  %bh.next = add nsw i64 %bh.addr.096, 1
  %exitcond106.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond106.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i.body
  %84 = getelementptr inbounds float, ptr %vh, i64 %c.addr.095
  %85 = load <16 x float>, ptr %84, align 4
  %86 = fsub <16 x float> %85, %152
  %87 = fmul <16 x float> %11, %86
  %88 = or disjoint i64 %c.addr.095, 16
  %89 = getelementptr inbounds float, ptr %vh, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = fsub <16 x float> %90, %162
  %92 = fmul <16 x float> %11, %91
  %93 = or disjoint i64 %c.addr.095, %sq
  %94 = getelementptr inbounds float, ptr %vh, i64 %93
  %95 = load <16 x float>, ptr %94, align 4
  %96 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> %87, <16 x float> %155)
  %97 = fsub <16 x float> %95, %96
  %98 = fmul <16 x float> %15, %97
  %99 = or disjoint i64 %88, %sq
  %100 = getelementptr inbounds float, ptr %vh, i64 %99
  %101 = load <16 x float>, ptr %100, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> %92, <16 x float> %163)
  %103 = fsub <16 x float> %101, %102
  %104 = fmul <16 x float> %15, %103
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %87, <16 x float> %158)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %98, <16 x float> %105)
  %107 = fmul <16 x float> %106, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %108 = getelementptr inbounds float, ptr %oh, i64 %c.addr.095
  store <16 x float> %107, ptr %108, align 4
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %92, <16 x float> %164)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %104, <16 x float> %109)
  %111 = fmul <16 x float> %110, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %112 = getelementptr inbounds float, ptr %oh, i64 %88
  store <16 x float> %111, ptr %112, align 4
  br label %i4.body

i.body:                                           ; preds = %i.body, %i.head.preheader
  %acc.087 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %152, %i.body ]
  %acc1.086 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %162, %i.body ]
  %acc2.085 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %155, %i.body ]
  %acc3.084 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %163, %i.body ]
  %acc4.083 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %158, %i.body ]
  %acc5.082 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %164, %i.body ]
  %i.addr.081 = phi i64 [ 0, %i.head.preheader ], [ %i.next.1, %i.body ]
  %113 = getelementptr inbounds float, ptr %kh, i64 %i.addr.081
  %114 = load float, ptr %113, align 4
  %115 = or disjoint i64 %i.addr.081, %sq
  %116 = getelementptr inbounds float, ptr %kh, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %qh, i64 %i.addr.081
  %119 = load float, ptr %118, align 4
  %120 = shl nuw nsw i64 %i.addr.081, 6
  %121 = or disjoint i64 %120, %c.addr.095
  %122 = getelementptr inbounds float, ptr %S, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = insertelement <16 x float> poison, float %114, i64 0
  %125 = shufflevector <16 x float> %124, <16 x float> poison, <16 x i32> zeroinitializer
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %123, <16 x float> %acc.087)
  %127 = insertelement <16 x float> poison, float %117, i64 0
  %128 = shufflevector <16 x float> %127, <16 x float> poison, <16 x i32> zeroinitializer
  %129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> %123, <16 x float> %acc2.085)
  %130 = insertelement <16 x float> poison, float %119, i64 0
  %131 = shufflevector <16 x float> %130, <16 x float> poison, <16 x i32> zeroinitializer
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> %123, <16 x float> %acc4.083)
  %133 = or disjoint i64 %121, 16
  %134 = getelementptr inbounds float, ptr %S, i64 %133
  %135 = load <16 x float>, ptr %134, align 4
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %135, <16 x float> %acc1.086)
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> %135, <16 x float> %acc3.084)
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> %135, <16 x float> %acc5.082)
  %i.next = or disjoint i64 %i.addr.081, 1
  %139 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %140 = load float, ptr %139, align 4
  %141 = or disjoint i64 %i.next, %sq
  %142 = getelementptr inbounds float, ptr %kh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %145 = load float, ptr %144, align 4
  %146 = shl nuw nsw i64 %i.next, 6
  %147 = or disjoint i64 %146, %c.addr.095
  %148 = getelementptr inbounds float, ptr %S, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = insertelement <16 x float> poison, float %140, i64 0
  %151 = shufflevector <16 x float> %150, <16 x float> poison, <16 x i32> zeroinitializer
  %152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %151, <16 x float> %149, <16 x float> %126)
  %153 = insertelement <16 x float> poison, float %143, i64 0
  %154 = shufflevector <16 x float> %153, <16 x float> poison, <16 x i32> zeroinitializer
  %155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %149, <16 x float> %129)
  %156 = insertelement <16 x float> poison, float %145, i64 0
  %157 = shufflevector <16 x float> %156, <16 x float> poison, <16 x i32> zeroinitializer
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %149, <16 x float> %132)
  %159 = or disjoint i64 %147, 16
  %160 = getelementptr inbounds float, ptr %S, i64 %159
  %161 = load <16 x float>, ptr %160, align 4
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %151, <16 x float> %161, <16 x float> %136)
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %161, <16 x float> %137)
  %164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %161, <16 x float> %138)
  %i.next.1 = add nuw nsw i64 %i.addr.081, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 64
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i4.body:                                          ; preds = %i4.body, %i1.head.preheader
  %i4.addr.094 = phi i64 [ 0, %i1.head.preheader ], [ %i4.next.1, %i4.body ]
  %165 = getelementptr inbounds float, ptr %kh, i64 %i4.addr.094
  %166 = load float, ptr %165, align 4
  %167 = or disjoint i64 %i4.addr.094, %sq
  %168 = getelementptr inbounds float, ptr %kh, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = insertelement <16 x float> poison, float %169, i64 0
  %171 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %172 = insertelement <16 x float> poison, float %166, i64 0
  %173 = shufflevector <16 x float> %172, <16 x float> poison, <16 x i32> zeroinitializer
  %174 = shl nuw nsw i64 %i4.addr.094, 6
  %175 = or disjoint i64 %174, %c.addr.095
  %176 = getelementptr inbounds float, ptr %S, i64 %175
  %177 = load <16 x float>, ptr %176, align 4
  %178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %173, <16 x float> %87, <16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %98, <16 x float> %178)
  store <16 x float> %179, ptr %176, align 4
  %180 = or disjoint i64 %174, %88
  %181 = getelementptr inbounds float, ptr %S, i64 %180
  %182 = load <16 x float>, ptr %181, align 4
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %173, <16 x float> %92, <16 x float> %182)
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %104, <16 x float> %183)
  store <16 x float> %184, ptr %181, align 4
  %i4.next = or disjoint i64 %i4.addr.094, 1
  %185 = getelementptr inbounds float, ptr %kh, i64 %i4.next
  %186 = load float, ptr %185, align 4
  %187 = or disjoint i64 %i4.next, %sq
  %188 = getelementptr inbounds float, ptr %kh, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = insertelement <16 x float> poison, float %189, i64 0
  %191 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %192 = insertelement <16 x float> poison, float %186, i64 0
  %193 = shufflevector <16 x float> %192, <16 x float> poison, <16 x i32> zeroinitializer
  %194 = shl nuw nsw i64 %i4.next, 6
  %195 = or disjoint i64 %194, %c.addr.095
  %196 = getelementptr inbounds float, ptr %S, i64 %195
  %197 = load <16 x float>, ptr %196, align 4
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %193, <16 x float> %87, <16 x float> %197)
  %199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %191, <16 x float> %98, <16 x float> %198)
  store <16 x float> %199, ptr %196, align 4
  %200 = or disjoint i64 %194, %88
  %201 = getelementptr inbounds float, ptr %S, i64 %200
  %202 = load <16 x float>, ptr %201, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %193, <16 x float> %92, <16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %191, <16 x float> %104, <16 x float> %203)
  store <16 x float> %204, ptr %201, align 4
  %i4.next.1 = add nuw nsw i64 %i4.addr.094, 2
  %exitcond105.not.1 = icmp eq i64 %i4.next.1, 64
  br i1 %exitcond105.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  br i1 %83, label %i.head.preheader, label %c.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h2_k64_v64_r64_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k64_v64_r64_nogate_l2norm'
source_filename = "dp_fwd_h2_k64_v64_r64_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h2_k64_v64_r64_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs360 = ptrtoint ptr %hs to i64
  %invariant.gep315 = getelementptr i8, ptr %work, i64 16640
  %sv = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 8
  %gep314 = getelementptr i8, ptr %invariant.gep315, i64 %.idx
  %.idx247 = mul i64 %T, 768
  %gep316 = getelementptr i8, ptr %invariant.gep315, i64 %.idx247
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 63
  %nc = sdiv i64 %4, 64
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 14
  %7 = shl i64 %nc, 14
  %8 = and i64 %hs360, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  %10 = icmp eq i64 %8, 0
  %11 = getelementptr i8, ptr %hs, i64 %6
  %12 = getelementptr i8, ptr %gep314, i64 64
  %13 = getelementptr i8, ptr %work, i64 16704
  %14 = getelementptr i8, ptr %gep314, i64 128
  %15 = getelementptr i8, ptr %work, i64 16768
  %16 = getelementptr i8, ptr %gep314, i64 192
  %17 = getelementptr i8, ptr %work, i64 16832
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i12.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i12.head.preheader ]
  %bh.addr.0317 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i12.head.preheader ]
  %18 = add i64 %indvar, %bh0
  %19 = shl i64 %18, 14
  %scevgep363 = getelementptr i8, ptr %hT, i64 %19
  %20 = mul i64 %7, %indvar
  %scevgep353 = getelementptr i8, ptr %h0, i64 %19
  %b = sdiv i64 %bh.addr.0317, %H
  %h = srem i64 %bh.addr.0317, %H
  %21 = mul nsw i64 %b, %T
  %22 = mul nsw i64 %21, %H
  %bT = add nsw i64 %22, %h
  %23 = mul i64 %1, %21
  %24 = getelementptr float, ptr %beta, i64 %23
  %betah = getelementptr float, ptr %24, i64 %h
  %oh.idx = shl nsw i64 %bT, 8
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %2, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep353, i64 16384, i1 false)
  br label %i12.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %25 = shl nsw i64 %h, 6
  %invariant.gep = getelementptr float, ptr %q, i64 %25
  %invariant.gep250 = getelementptr float, ptr %k, i64 %25
  %invariant.gep252 = getelementptr float, ptr %v, i64 %25
  %26 = add nsw i64 %h, %H
  %27 = shl nsw i64 %26, 6
  %invariant.gep254 = getelementptr float, ptr %k, i64 %27
  %invariant.gep256 = getelementptr float, ptr %v, i64 %27
  br label %t.body

bh.exit:                                          ; preds = %i12.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep353, i64 16384, i1 false)
  br i1 %2, label %ci.body.lr.ph, label %i12.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0249 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %28 = add nuw nsw i64 %t.addr.0249, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %28, i64 %3)
  %29 = add nsw i64 %tp, %21
  %30 = mul nsw i64 %29, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %30
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %31 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %31, i32 0, i32 2, i32 1)
  %32 = getelementptr i8, ptr %gep, i64 128
  tail call void @llvm.prefetch.p0(ptr %32, i32 0, i32 2, i32 1)
  %33 = getelementptr i8, ptr %gep, i64 192
  tail call void @llvm.prefetch.p0(ptr %33, i32 0, i32 2, i32 1)
  %34 = mul nsw i64 %29, %k_ts
  %gep251 = getelementptr float, ptr %invariant.gep250, i64 %34
  tail call void @llvm.prefetch.p0(ptr %gep251, i32 0, i32 2, i32 1)
  %35 = getelementptr i8, ptr %gep251, i64 64
  tail call void @llvm.prefetch.p0(ptr %35, i32 0, i32 2, i32 1)
  %36 = getelementptr i8, ptr %gep251, i64 128
  tail call void @llvm.prefetch.p0(ptr %36, i32 0, i32 2, i32 1)
  %37 = getelementptr i8, ptr %gep251, i64 192
  tail call void @llvm.prefetch.p0(ptr %37, i32 0, i32 2, i32 1)
  %38 = mul nsw i64 %29, %v_ts
  %gep253 = getelementptr float, ptr %invariant.gep252, i64 %38
  tail call void @llvm.prefetch.p0(ptr %gep253, i32 0, i32 2, i32 1)
  %39 = getelementptr i8, ptr %gep253, i64 64
  tail call void @llvm.prefetch.p0(ptr %39, i32 0, i32 2, i32 1)
  %40 = getelementptr i8, ptr %gep253, i64 128
  tail call void @llvm.prefetch.p0(ptr %40, i32 0, i32 2, i32 1)
  %41 = getelementptr i8, ptr %gep253, i64 192
  tail call void @llvm.prefetch.p0(ptr %41, i32 0, i32 2, i32 1)
  %gep255 = getelementptr float, ptr %invariant.gep254, i64 %34
  tail call void @llvm.prefetch.p0(ptr %gep255, i32 0, i32 2, i32 1)
  %42 = getelementptr i8, ptr %gep255, i64 64
  tail call void @llvm.prefetch.p0(ptr %42, i32 0, i32 2, i32 1)
  %43 = getelementptr i8, ptr %gep255, i64 128
  tail call void @llvm.prefetch.p0(ptr %43, i32 0, i32 2, i32 1)
  %44 = getelementptr i8, ptr %gep255, i64 192
  tail call void @llvm.prefetch.p0(ptr %44, i32 0, i32 2, i32 1)
  %gep257 = getelementptr float, ptr %invariant.gep256, i64 %38
  tail call void @llvm.prefetch.p0(ptr %gep257, i32 0, i32 2, i32 1)
  %45 = getelementptr i8, ptr %gep257, i64 64
  tail call void @llvm.prefetch.p0(ptr %45, i32 0, i32 2, i32 1)
  %46 = getelementptr i8, ptr %gep257, i64 128
  tail call void @llvm.prefetch.p0(ptr %46, i32 0, i32 2, i32 1)
  %47 = getelementptr i8, ptr %gep257, i64 192
  tail call void @llvm.prefetch.p0(ptr %47, i32 0, i32 2, i32 1)
  %48 = add nsw i64 %t.addr.0249, %21
  %49 = mul nsw i64 %48, %q_ts
  %gep259 = getelementptr float, ptr %invariant.gep, i64 %49
  %50 = load <16 x float>, ptr %gep259, align 4
  %51 = getelementptr i8, ptr %gep259, i64 64
  %52 = load <16 x float>, ptr %51, align 4
  %53 = getelementptr i8, ptr %gep259, i64 128
  %54 = load <16 x float>, ptr %53, align 4
  %55 = getelementptr i8, ptr %gep259, i64 192
  %56 = load <16 x float>, ptr %55, align 4
  %57 = fmul <16 x float> %50, %50
  %58 = fmul <16 x float> %52, %52
  %59 = fadd <16 x float> %57, %58
  %60 = fmul <16 x float> %54, %54
  %61 = fadd <16 x float> %59, %60
  %62 = fmul <16 x float> %56, %56
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
  %78 = insertelement <16 x float> poison, float %77, i64 0
  %79 = shufflevector <16 x float> %78, <16 x float> poison, <16 x i32> zeroinitializer
  %80 = fmul <16 x float> %50, %79
  %81 = shl nsw i64 %t.addr.0249, 6
  %82 = getelementptr inbounds float, ptr %invariant.gep315, i64 %81
  store <16 x float> %80, ptr %82, align 4
  %83 = fmul <16 x float> %52, %79
  %84 = or disjoint i64 %81, 16
  %85 = getelementptr inbounds float, ptr %invariant.gep315, i64 %84
  store <16 x float> %83, ptr %85, align 4
  %86 = fmul <16 x float> %54, %79
  %87 = or disjoint i64 %81, 32
  %88 = getelementptr inbounds float, ptr %invariant.gep315, i64 %87
  store <16 x float> %86, ptr %88, align 4
  %89 = fmul <16 x float> %56, %79
  %90 = or disjoint i64 %81, 48
  %91 = getelementptr inbounds float, ptr %invariant.gep315, i64 %90
  store <16 x float> %89, ptr %91, align 4
  %92 = mul nsw i64 %48, %k_ts
  %gep261 = getelementptr float, ptr %invariant.gep250, i64 %92
  %93 = load <16 x float>, ptr %gep261, align 4
  %94 = getelementptr i8, ptr %gep261, i64 64
  %95 = load <16 x float>, ptr %94, align 4
  %96 = getelementptr i8, ptr %gep261, i64 128
  %97 = load <16 x float>, ptr %96, align 4
  %98 = getelementptr i8, ptr %gep261, i64 192
  %99 = load <16 x float>, ptr %98, align 4
  %100 = fmul <16 x float> %93, %93
  %101 = fmul <16 x float> %95, %95
  %102 = fadd <16 x float> %100, %101
  %103 = fmul <16 x float> %97, %97
  %104 = fadd <16 x float> %102, %103
  %105 = fmul <16 x float> %99, %99
  %106 = fadd <16 x float> %104, %105
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %108 = shufflevector <16 x float> %106, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %109 = fadd <8 x float> %107, %108
  %110 = shufflevector <8 x float> %109, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %111 = shufflevector <8 x float> %109, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %112 = fadd <4 x float> %110, %111
  %113 = shufflevector <4 x float> %112, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %114 = shufflevector <4 x float> %112, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %115 = fadd <2 x float> %113, %114
  %shift404 = shufflevector <2 x float> %115, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %116 = fadd <2 x float> %115, %shift404
  %117 = extractelement <2 x float> %116, i64 0
  %118 = fadd float %117, 0x3EB0C6F7A0000000
  %119 = tail call float @llvm.sqrt.f32(float %118)
  %120 = fdiv float 1.000000e+00, %119
  %121 = insertelement <16 x float> poison, float %120, i64 0
  %122 = shufflevector <16 x float> %121, <16 x float> poison, <16 x i32> zeroinitializer
  %123 = fmul <16 x float> %93, %122
  %124 = shl i64 %t.addr.0249, 7
  %125 = getelementptr inbounds float, ptr %gep314, i64 %124
  store <16 x float> %123, ptr %125, align 4
  %126 = fmul <16 x float> %95, %122
  %127 = or disjoint i64 %124, 16
  %128 = getelementptr inbounds float, ptr %gep314, i64 %127
  store <16 x float> %126, ptr %128, align 4
  %129 = fmul <16 x float> %97, %122
  %130 = or disjoint i64 %124, 32
  %131 = getelementptr inbounds float, ptr %gep314, i64 %130
  store <16 x float> %129, ptr %131, align 4
  %132 = fmul <16 x float> %99, %122
  %133 = or disjoint i64 %124, 48
  %134 = getelementptr inbounds float, ptr %gep314, i64 %133
  store <16 x float> %132, ptr %134, align 4
  %135 = mul nsw i64 %48, %v_ts
  %gep263 = getelementptr float, ptr %invariant.gep252, i64 %135
  %136 = load <16 x float>, ptr %gep263, align 4
  %137 = getelementptr i8, ptr %gep263, i64 64
  %138 = load <16 x float>, ptr %137, align 4
  %139 = getelementptr i8, ptr %gep263, i64 128
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr i8, ptr %gep263, i64 192
  %142 = load <16 x float>, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %gep316, i64 %124
  store <16 x float> %136, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %gep316, i64 %127
  store <16 x float> %138, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %gep316, i64 %130
  store <16 x float> %140, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %gep316, i64 %133
  store <16 x float> %142, ptr %146, align 4
  %gep265 = getelementptr float, ptr %invariant.gep254, i64 %92
  %147 = load <16 x float>, ptr %gep265, align 4
  %148 = getelementptr i8, ptr %gep265, i64 64
  %149 = load <16 x float>, ptr %148, align 4
  %150 = getelementptr i8, ptr %gep265, i64 128
  %151 = load <16 x float>, ptr %150, align 4
  %152 = getelementptr i8, ptr %gep265, i64 192
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fmul <16 x float> %147, %147
  %155 = fmul <16 x float> %149, %149
  %156 = fadd <16 x float> %154, %155
  %157 = fmul <16 x float> %151, %151
  %158 = fadd <16 x float> %156, %157
  %159 = fmul <16 x float> %153, %153
  %160 = fadd <16 x float> %158, %159
  %161 = shufflevector <16 x float> %160, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %162 = shufflevector <16 x float> %160, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %163 = fadd <8 x float> %161, %162
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %165 = shufflevector <8 x float> %163, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %166 = fadd <4 x float> %164, %165
  %167 = shufflevector <4 x float> %166, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %168 = shufflevector <4 x float> %166, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %169 = fadd <2 x float> %167, %168
  %shift405 = shufflevector <2 x float> %169, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %170 = fadd <2 x float> %169, %shift405
  %171 = extractelement <2 x float> %170, i64 0
  %172 = fadd float %171, 0x3EB0C6F7A0000000
  %173 = tail call float @llvm.sqrt.f32(float %172)
  %174 = fdiv float 1.000000e+00, %173
  %175 = insertelement <16 x float> poison, float %174, i64 0
  %176 = shufflevector <16 x float> %175, <16 x float> poison, <16 x i32> zeroinitializer
  %177 = fmul <16 x float> %147, %176
  %178 = or disjoint i64 %124, 64
  %179 = getelementptr inbounds float, ptr %gep314, i64 %178
  store <16 x float> %177, ptr %179, align 4
  %180 = fmul <16 x float> %149, %176
  %181 = or disjoint i64 %124, 80
  %182 = getelementptr inbounds float, ptr %gep314, i64 %181
  store <16 x float> %180, ptr %182, align 4
  %183 = fmul <16 x float> %151, %176
  %184 = or disjoint i64 %124, 96
  %185 = getelementptr inbounds float, ptr %gep314, i64 %184
  store <16 x float> %183, ptr %185, align 4
  %186 = fmul <16 x float> %153, %176
  %187 = or disjoint i64 %124, 112
  %188 = getelementptr inbounds float, ptr %gep314, i64 %187
  store <16 x float> %186, ptr %188, align 4
  %gep267 = getelementptr float, ptr %invariant.gep256, i64 %135
  %189 = load <16 x float>, ptr %gep267, align 4
  %190 = getelementptr i8, ptr %gep267, i64 64
  %191 = load <16 x float>, ptr %190, align 4
  %192 = getelementptr i8, ptr %gep267, i64 128
  %193 = load <16 x float>, ptr %192, align 4
  %194 = getelementptr i8, ptr %gep267, i64 192
  %195 = load <16 x float>, ptr %194, align 4
  %196 = getelementptr inbounds float, ptr %gep316, i64 %178
  store <16 x float> %189, ptr %196, align 4
  %197 = getelementptr inbounds float, ptr %gep316, i64 %181
  store <16 x float> %191, ptr %197, align 4
  %198 = getelementptr inbounds float, ptr %gep316, i64 %184
  store <16 x float> %193, ptr %198, align 4
  %199 = getelementptr inbounds float, ptr %gep316, i64 %187
  store <16 x float> %195, ptr %199, align 4
  %t.next = add nuw nsw i64 %t.addr.0249, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %200 = mul nsw i64 %bh.addr.0317, %nc
  %201 = getelementptr i8, ptr %11, i64 %20
  br label %ci.body

i12.head.preheader:                               ; preds = %c.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep363, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0317, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond364.not = icmp eq i64 %indvar.next, %9
  br i1 %exitcond364.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %c.exit
  %ci.addr.0310 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %c.exit ]
  %202 = shl i64 %ci.addr.0310, 14
  %203 = add nsw i64 %ci.addr.0310, %200
  %204 = shl nsw i64 %203, 12
  br i1 %10, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %scevgep355 = getelementptr i8, ptr %201, i64 %202
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep355, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0310, 6
  %205 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %205, i64 %T)
  %206 = shl i64 %ci.addr.0310, 13
  %207 = shl nsw i64 %ci.addr.0310, 7
  %208 = mul nsw i64 %207, %H
  %209 = getelementptr inbounds float, ptr %betah, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = insertelement <16 x float> poison, float %210, i64 0
  %212 = shufflevector <16 x float> %211, <16 x float> poison, <16 x i32> zeroinitializer
  %213 = or disjoint i64 %207, 1
  %214 = mul nsw i64 %213, %H
  %215 = getelementptr inbounds float, ptr %betah, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = shl nsw i64 %213, 6
  %218 = insertelement <16 x float> poison, float %216, i64 0
  %219 = shufflevector <16 x float> %218, <16 x float> poison, <16 x i32> zeroinitializer
  %220 = mul nsw i64 %t0, %sv
  %221 = or disjoint i64 %t0, 1
  %222 = icmp slt i64 %221, %t1
  %invariant.gep381 = getelementptr i8, ptr %invariant.gep315, i64 %202
  %223 = getelementptr inbounds float, ptr %gep314, i64 %206
  %224 = or disjoint i64 %206, 64
  %225 = getelementptr inbounds float, ptr %gep314, i64 %224
  %226 = or disjoint i64 %206, 16
  %227 = getelementptr inbounds float, ptr %gep314, i64 %226
  %228 = or disjoint i64 %206, 80
  %229 = getelementptr inbounds float, ptr %gep314, i64 %228
  %230 = or disjoint i64 %206, 32
  %231 = getelementptr inbounds float, ptr %gep314, i64 %230
  %232 = or disjoint i64 %206, 96
  %233 = getelementptr inbounds float, ptr %gep314, i64 %232
  %234 = or disjoint i64 %206, 48
  %235 = getelementptr inbounds float, ptr %gep314, i64 %234
  %236 = or disjoint i64 %206, 112
  %237 = getelementptr inbounds float, ptr %gep314, i64 %236
  %.idx320 = shl i64 %ci.addr.0310, 15
  %238 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %202
  %239 = getelementptr i8, ptr %12, i64 %.idx320
  %240 = getelementptr inbounds i8, ptr %13, i64 %202
  %241 = getelementptr i8, ptr %14, i64 %.idx320
  %242 = getelementptr inbounds i8, ptr %15, i64 %202
  %243 = getelementptr i8, ptr %16, i64 %.idx320
  %244 = getelementptr inbounds i8, ptr %17, i64 %202
  %245 = getelementptr i8, ptr %239, i64 256
  %246 = getelementptr i8, ptr %241, i64 256
  %247 = getelementptr i8, ptr %243, i64 256
  %.idx365 = shl i64 %t1, 9
  %invariant.gep387 = getelementptr i8, ptr %gep314, i64 %.idx365
  br label %i3.head.preheader

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0273 = phi i64 [ %i1.next.3, %j1.head.preheader ], [ 0, %ci.body ]
  %248 = shl nuw nsw i64 %i1.addr.0273, 6
  %249 = or disjoint i64 %248, %204
  %250 = getelementptr inbounds float, ptr %work, i64 %248
  %251 = load <16 x float>, ptr %250, align 4
  %252 = getelementptr inbounds float, ptr %hs, i64 %249
  store <16 x float> %251, ptr %252, align 64, !nontemporal !0
  %253 = or disjoint i64 %248, 16
  %254 = getelementptr inbounds float, ptr %work, i64 %253
  %255 = load <16 x float>, ptr %254, align 4
  %256 = or disjoint i64 %249, 16
  %257 = getelementptr inbounds float, ptr %hs, i64 %256
  store <16 x float> %255, ptr %257, align 64, !nontemporal !0
  %258 = or disjoint i64 %248, 32
  %259 = getelementptr inbounds float, ptr %work, i64 %258
  %260 = load <16 x float>, ptr %259, align 4
  %261 = or disjoint i64 %249, 32
  %262 = getelementptr inbounds float, ptr %hs, i64 %261
  store <16 x float> %260, ptr %262, align 64, !nontemporal !0
  %263 = or disjoint i64 %248, 48
  %264 = getelementptr inbounds float, ptr %work, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = or disjoint i64 %249, 48
  %267 = getelementptr inbounds float, ptr %hs, i64 %266
  store <16 x float> %265, ptr %267, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0273, 6
  %268 = or disjoint i64 %i1.next, 64
  %269 = or disjoint i64 %268, %204
  %270 = getelementptr inbounds float, ptr %work, i64 %268
  %271 = load <16 x float>, ptr %270, align 4
  %272 = getelementptr inbounds float, ptr %hs, i64 %269
  store <16 x float> %271, ptr %272, align 64, !nontemporal !0
  %273 = or disjoint i64 %i1.next, 80
  %274 = getelementptr inbounds float, ptr %work, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = or disjoint i64 %269, 16
  %277 = getelementptr inbounds float, ptr %hs, i64 %276
  store <16 x float> %275, ptr %277, align 64, !nontemporal !0
  %278 = or disjoint i64 %i1.next, 96
  %279 = getelementptr inbounds float, ptr %work, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = or disjoint i64 %269, 32
  %282 = getelementptr inbounds float, ptr %hs, i64 %281
  store <16 x float> %280, ptr %282, align 64, !nontemporal !0
  %283 = or disjoint i64 %i1.next, 112
  %284 = getelementptr inbounds float, ptr %work, i64 %283
  %285 = load <16 x float>, ptr %284, align 4
  %286 = or disjoint i64 %269, 48
  %287 = getelementptr inbounds float, ptr %hs, i64 %286
  store <16 x float> %285, ptr %287, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0273, 6
  %288 = or disjoint i64 %i1.next.1, 128
  %289 = or disjoint i64 %288, %204
  %290 = getelementptr inbounds float, ptr %work, i64 %288
  %291 = load <16 x float>, ptr %290, align 4
  %292 = getelementptr inbounds float, ptr %hs, i64 %289
  store <16 x float> %291, ptr %292, align 64, !nontemporal !0
  %293 = or disjoint i64 %i1.next.1, 144
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %289, 16
  %297 = getelementptr inbounds float, ptr %hs, i64 %296
  store <16 x float> %295, ptr %297, align 64, !nontemporal !0
  %298 = or disjoint i64 %i1.next.1, 160
  %299 = getelementptr inbounds float, ptr %work, i64 %298
  %300 = load <16 x float>, ptr %299, align 4
  %301 = or disjoint i64 %289, 32
  %302 = getelementptr inbounds float, ptr %hs, i64 %301
  store <16 x float> %300, ptr %302, align 64, !nontemporal !0
  %303 = or disjoint i64 %i1.next.1, 176
  %304 = getelementptr inbounds float, ptr %work, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = or disjoint i64 %289, 48
  %307 = getelementptr inbounds float, ptr %hs, i64 %306
  store <16 x float> %305, ptr %307, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0273, 6
  %308 = or disjoint i64 %i1.next.2, 192
  %309 = or disjoint i64 %308, %204
  %310 = getelementptr inbounds float, ptr %work, i64 %308
  %311 = load <16 x float>, ptr %310, align 4
  %312 = getelementptr inbounds float, ptr %hs, i64 %309
  store <16 x float> %311, ptr %312, align 64, !nontemporal !0
  %313 = or disjoint i64 %i1.next.2, 208
  %314 = getelementptr inbounds float, ptr %work, i64 %313
  %315 = load <16 x float>, ptr %314, align 4
  %316 = or disjoint i64 %309, 16
  %317 = getelementptr inbounds float, ptr %hs, i64 %316
  store <16 x float> %315, ptr %317, align 64, !nontemporal !0
  %318 = or disjoint i64 %i1.next.2, 224
  %319 = getelementptr inbounds float, ptr %work, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = or disjoint i64 %309, 32
  %322 = getelementptr inbounds float, ptr %hs, i64 %321
  store <16 x float> %320, ptr %322, align 64, !nontemporal !0
  %323 = or disjoint i64 %i1.next.2, 240
  %324 = getelementptr inbounds float, ptr %work, i64 %323
  %325 = load <16 x float>, ptr %324, align 4
  %326 = or disjoint i64 %309, 48
  %327 = getelementptr inbounds float, ptr %hs, i64 %326
  store <16 x float> %325, ptr %327, align 64, !nontemporal !0
  %i1.next.3 = add nuw nsw i64 %i1.addr.0273, 4
  %exitcond356.not.3 = icmp eq i64 %i1.next.3, 64
  br i1 %exitcond356.not.3, label %endif, label %j1.head.preheader

i3.head.preheader:                                ; preds = %endif, %i11.exit
  %328 = phi i1 [ true, %endif ], [ false, %i11.exit ]
  %c.addr.0309 = phi i64 [ 0, %endif ], [ 32, %i11.exit ]
  br label %i3.body

c.exit:                                           ; preds = %i11.exit
  %ci.next = add nuw nsw i64 %ci.addr.0310, 1
  %exitcond361.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond361.not, label %i12.head.preheader, label %ci.body

i4.head.preheader:                                ; preds = %i3.body
  %329 = load <16 x float>, ptr %223, align 4
  %330 = load <16 x float>, ptr %225, align 4
  %331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %330, <16 x float> zeroinitializer)
  %332 = load <16 x float>, ptr %227, align 4
  %333 = load <16 x float>, ptr %229, align 4
  %334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %332, <16 x float> %333, <16 x float> %331)
  %335 = load <16 x float>, ptr %231, align 4
  %336 = load <16 x float>, ptr %233, align 4
  %337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %335, <16 x float> %336, <16 x float> %334)
  %338 = load <16 x float>, ptr %235, align 4
  %339 = load <16 x float>, ptr %237, align 4
  %340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %339, <16 x float> %337)
  %341 = shufflevector <16 x float> %340, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %342 = shufflevector <16 x float> %340, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %343 = fadd <8 x float> %341, %342
  %344 = shufflevector <8 x float> %343, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %345 = shufflevector <8 x float> %343, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %346 = fadd <4 x float> %344, %345
  %347 = shufflevector <4 x float> %346, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %348 = shufflevector <4 x float> %346, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %349 = fadd <2 x float> %347, %348
  %350 = load <16 x float>, ptr %238, align 4
  %351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %350, <16 x float> zeroinitializer)
  %352 = load <16 x float>, ptr %239, align 4
  %353 = load <16 x float>, ptr %240, align 4
  %354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %352, <16 x float> %353, <16 x float> %351)
  %355 = load <16 x float>, ptr %241, align 4
  %356 = load <16 x float>, ptr %242, align 4
  %357 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %355, <16 x float> %356, <16 x float> %354)
  %358 = load <16 x float>, ptr %243, align 4
  %359 = load <16 x float>, ptr %244, align 4
  %360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %358, <16 x float> %359, <16 x float> %357)
  %361 = shufflevector <16 x float> %360, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %362 = shufflevector <16 x float> %360, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %363 = fadd <8 x float> %361, %362
  %364 = shufflevector <8 x float> %363, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %365 = shufflevector <8 x float> %363, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %366 = fadd <4 x float> %364, %365
  %367 = shufflevector <4 x float> %366, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %368 = shufflevector <4 x float> %366, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %369 = fadd <2 x float> %367, %368
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %330, <16 x float> %350, <16 x float> zeroinitializer)
  %371 = load <16 x float>, ptr %245, align 4
  %372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %371, <16 x float> %353, <16 x float> %370)
  %373 = load <16 x float>, ptr %246, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %373, <16 x float> %356, <16 x float> %372)
  %375 = load <16 x float>, ptr %247, align 4
  %376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %375, <16 x float> %359, <16 x float> %374)
  %shift406 = shufflevector <2 x float> %349, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %377 = fadd <2 x float> %349, %shift406
  %shift407 = shufflevector <2 x float> %369, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %378 = fadd <2 x float> %369, %shift407
  %379 = shufflevector <16 x float> %376, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %380 = shufflevector <16 x float> %376, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %381 = fadd <8 x float> %379, %380
  %382 = shufflevector <8 x float> %381, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %383 = shufflevector <8 x float> %381, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %384 = fadd <4 x float> %382, %383
  %385 = shufflevector <4 x float> %384, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %386 = shufflevector <4 x float> %384, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %387 = fadd <2 x float> %385, %386
  %shift408 = shufflevector <2 x float> %387, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %388 = fadd <2 x float> %387, %shift408
  %389 = or disjoint i64 %c.addr.0309, %206
  %390 = getelementptr inbounds float, ptr %gep316, i64 %389
  %391 = load <16 x float>, ptr %390, align 4
  %392 = fsub <16 x float> %391, %464
  %393 = fmul <16 x float> %212, %392
  %394 = or disjoint i64 %c.addr.0309, 16
  %395 = or disjoint i64 %394, %206
  %396 = getelementptr inbounds float, ptr %gep316, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = fsub <16 x float> %397, %474
  %399 = fmul <16 x float> %212, %398
  %400 = or disjoint i64 %c.addr.0309, %217
  %401 = getelementptr inbounds float, ptr %gep316, i64 %400
  %402 = load <16 x float>, ptr %401, align 4
  %403 = shufflevector <2 x float> %377, <2 x float> poison, <16 x i32> zeroinitializer
  %404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %393, <16 x float> %467)
  %405 = fsub <16 x float> %402, %404
  %406 = fmul <16 x float> %219, %405
  %407 = or disjoint i64 %394, %217
  %408 = getelementptr inbounds float, ptr %gep316, i64 %407
  %409 = load <16 x float>, ptr %408, align 4
  %410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %399, <16 x float> %475)
  %411 = fsub <16 x float> %409, %410
  %412 = fmul <16 x float> %219, %411
  %413 = shufflevector <2 x float> %388, <2 x float> poison, <16 x i32> zeroinitializer
  %414 = shufflevector <2 x float> %378, <2 x float> poison, <16 x i32> zeroinitializer
  %415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %414, <16 x float> %393, <16 x float> %470)
  %416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %413, <16 x float> %406, <16 x float> %415)
  %417 = fmul <16 x float> %416, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %418 = or disjoint i64 %c.addr.0309, %220
  %419 = getelementptr inbounds float, ptr %oh, i64 %418
  store <16 x float> %417, ptr %419, align 4
  %420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %414, <16 x float> %399, <16 x float> %476)
  %421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %413, <16 x float> %412, <16 x float> %420)
  %422 = fmul <16 x float> %421, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %423 = or disjoint i64 %394, %220
  %424 = getelementptr inbounds float, ptr %oh, i64 %423
  store <16 x float> %422, ptr %424, align 4
  br i1 %222, label %i7.head.preheader, label %i11.head.preheader

i3.body:                                          ; preds = %i3.body, %i3.head.preheader
  %acc.0280 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %464, %i3.body ]
  %acc1.0279 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %474, %i3.body ]
  %acc2.0278 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %467, %i3.body ]
  %acc3.0277 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %475, %i3.body ]
  %acc4.0276 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %470, %i3.body ]
  %acc5.0275 = phi <16 x float> [ zeroinitializer, %i3.head.preheader ], [ %476, %i3.body ]
  %i3.addr.0274 = phi i64 [ 0, %i3.head.preheader ], [ %i3.next.1, %i3.body ]
  %425 = add nuw nsw i64 %i3.addr.0274, %206
  %426 = getelementptr inbounds float, ptr %gep314, i64 %425
  %427 = load float, ptr %426, align 4
  %428 = or disjoint i64 %425, 64
  %429 = getelementptr inbounds float, ptr %gep314, i64 %428
  %430 = load float, ptr %429, align 4
  %gep382 = getelementptr float, ptr %invariant.gep381, i64 %i3.addr.0274
  %431 = load float, ptr %gep382, align 4
  %432 = shl nuw nsw i64 %i3.addr.0274, 6
  %433 = or disjoint i64 %432, %c.addr.0309
  %434 = getelementptr inbounds float, ptr %work, i64 %433
  %435 = load <16 x float>, ptr %434, align 4
  %436 = insertelement <16 x float> poison, float %427, i64 0
  %437 = shufflevector <16 x float> %436, <16 x float> poison, <16 x i32> zeroinitializer
  %438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %437, <16 x float> %435, <16 x float> %acc.0280)
  %439 = insertelement <16 x float> poison, float %430, i64 0
  %440 = shufflevector <16 x float> %439, <16 x float> poison, <16 x i32> zeroinitializer
  %441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %440, <16 x float> %435, <16 x float> %acc2.0278)
  %442 = insertelement <16 x float> poison, float %431, i64 0
  %443 = shufflevector <16 x float> %442, <16 x float> poison, <16 x i32> zeroinitializer
  %444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %443, <16 x float> %435, <16 x float> %acc4.0276)
  %445 = or disjoint i64 %433, 16
  %446 = getelementptr inbounds float, ptr %work, i64 %445
  %447 = load <16 x float>, ptr %446, align 4
  %448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %437, <16 x float> %447, <16 x float> %acc1.0279)
  %449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %440, <16 x float> %447, <16 x float> %acc3.0277)
  %450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %443, <16 x float> %447, <16 x float> %acc5.0275)
  %i3.next = or disjoint i64 %i3.addr.0274, 1
  %451 = add nuw nsw i64 %i3.next, %206
  %452 = getelementptr inbounds float, ptr %gep314, i64 %451
  %453 = load float, ptr %452, align 4
  %454 = or disjoint i64 %451, 64
  %455 = getelementptr inbounds float, ptr %gep314, i64 %454
  %456 = load float, ptr %455, align 4
  %gep382.1 = getelementptr float, ptr %invariant.gep381, i64 %i3.next
  %457 = load float, ptr %gep382.1, align 4
  %458 = shl nuw nsw i64 %i3.next, 6
  %459 = or disjoint i64 %458, %c.addr.0309
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = insertelement <16 x float> poison, float %453, i64 0
  %463 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %463, <16 x float> %461, <16 x float> %438)
  %465 = insertelement <16 x float> poison, float %456, i64 0
  %466 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  %467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %466, <16 x float> %461, <16 x float> %441)
  %468 = insertelement <16 x float> poison, float %457, i64 0
  %469 = shufflevector <16 x float> %468, <16 x float> poison, <16 x i32> zeroinitializer
  %470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %469, <16 x float> %461, <16 x float> %444)
  %471 = or disjoint i64 %459, 16
  %472 = getelementptr inbounds float, ptr %work, i64 %471
  %473 = load <16 x float>, ptr %472, align 4
  %474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %463, <16 x float> %473, <16 x float> %448)
  %475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %466, <16 x float> %473, <16 x float> %449)
  %476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %469, <16 x float> %473, <16 x float> %450)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0274, 2
  %exitcond357.not.1 = icmp eq i64 %i3.next.1, 64
  br i1 %exitcond357.not.1, label %i4.head.preheader, label %i3.body

i11.head.preheader:                               ; preds = %i8.head.preheader, %i4.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %412, %i4.head.preheader ], [ %598, %i8.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %406, %i4.head.preheader ], [ %592, %i8.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %399, %i4.head.preheader ], [ %578, %i8.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %393, %i4.head.preheader ], [ %573, %i8.head.preheader ]
  br label %i11.body

i7.head.preheader:                                ; preds = %i4.head.preheader, %i8.head.preheader
  %delta.0304 = phi <16 x float> [ %573, %i8.head.preheader ], [ %393, %i4.head.preheader ]
  %delta1.0303 = phi <16 x float> [ %578, %i8.head.preheader ], [ %399, %i4.head.preheader ]
  %delta2.0302 = phi <16 x float> [ %592, %i8.head.preheader ], [ %406, %i4.head.preheader ]
  %delta3.0301 = phi <16 x float> [ %598, %i8.head.preheader ], [ %412, %i4.head.preheader ]
  %t1.addr.0300 = phi i64 [ %t1.next, %i8.head.preheader ], [ %221, %i4.head.preheader ]
  %477 = shl i64 %t1.addr.0300, 7
  %invariant.gep383 = getelementptr float, ptr %gep314, i64 %477
  %.idx324 = shl nsw i64 %t1.addr.0300, 8
  %invariant.gep385 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx324
  br label %i7.body

i8.head.preheader:                                ; preds = %i7.body
  %478 = getelementptr inbounds float, ptr %gep314, i64 %477
  %479 = load <16 x float>, ptr %478, align 4
  %480 = or disjoint i64 %477, 64
  %481 = getelementptr inbounds float, ptr %gep314, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %479, <16 x float> %482, <16 x float> zeroinitializer)
  %484 = or disjoint i64 %477, 16
  %485 = getelementptr inbounds float, ptr %gep314, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = or disjoint i64 %477, 80
  %488 = getelementptr inbounds float, ptr %gep314, i64 %487
  %489 = load <16 x float>, ptr %488, align 4
  %490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %486, <16 x float> %489, <16 x float> %483)
  %491 = or disjoint i64 %477, 32
  %492 = getelementptr inbounds float, ptr %gep314, i64 %491
  %493 = load <16 x float>, ptr %492, align 4
  %494 = or disjoint i64 %477, 96
  %495 = getelementptr inbounds float, ptr %gep314, i64 %494
  %496 = load <16 x float>, ptr %495, align 4
  %497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %493, <16 x float> %496, <16 x float> %490)
  %498 = or disjoint i64 %477, 48
  %499 = getelementptr inbounds float, ptr %gep314, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %477, 112
  %502 = getelementptr inbounds float, ptr %gep314, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %500, <16 x float> %503, <16 x float> %497)
  %505 = shufflevector <16 x float> %504, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %506 = shufflevector <16 x float> %504, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %507 = fadd <8 x float> %505, %506
  %508 = shufflevector <8 x float> %507, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %509 = shufflevector <8 x float> %507, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %510 = fadd <4 x float> %508, %509
  %511 = shufflevector <4 x float> %510, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %512 = shufflevector <4 x float> %510, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %513 = fadd <2 x float> %511, %512
  %.idx325 = shl i64 %t1.addr.0300, 9
  %514 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx324
  %515 = load <16 x float>, ptr %514, align 4
  %516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %479, <16 x float> %515, <16 x float> zeroinitializer)
  %517 = getelementptr i8, ptr %12, i64 %.idx325
  %518 = load <16 x float>, ptr %517, align 4
  %519 = getelementptr inbounds i8, ptr %13, i64 %.idx324
  %520 = load <16 x float>, ptr %519, align 4
  %521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %518, <16 x float> %520, <16 x float> %516)
  %522 = getelementptr i8, ptr %14, i64 %.idx325
  %523 = load <16 x float>, ptr %522, align 4
  %524 = getelementptr inbounds i8, ptr %15, i64 %.idx324
  %525 = load <16 x float>, ptr %524, align 4
  %526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %523, <16 x float> %525, <16 x float> %521)
  %527 = getelementptr i8, ptr %16, i64 %.idx325
  %528 = load <16 x float>, ptr %527, align 4
  %529 = getelementptr inbounds i8, ptr %17, i64 %.idx324
  %530 = load <16 x float>, ptr %529, align 4
  %531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %528, <16 x float> %530, <16 x float> %526)
  %532 = shufflevector <16 x float> %531, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %533 = shufflevector <16 x float> %531, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %534 = fadd <8 x float> %532, %533
  %535 = shufflevector <8 x float> %534, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %536 = shufflevector <8 x float> %534, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %537 = fadd <4 x float> %535, %536
  %538 = shufflevector <4 x float> %537, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %539 = shufflevector <4 x float> %537, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %540 = fadd <2 x float> %538, %539
  %541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %482, <16 x float> %515, <16 x float> zeroinitializer)
  %542 = getelementptr i8, ptr %517, i64 256
  %543 = load <16 x float>, ptr %542, align 4
  %544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %543, <16 x float> %520, <16 x float> %541)
  %545 = getelementptr i8, ptr %522, i64 256
  %546 = load <16 x float>, ptr %545, align 4
  %547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %546, <16 x float> %525, <16 x float> %544)
  %548 = getelementptr i8, ptr %527, i64 256
  %549 = load <16 x float>, ptr %548, align 4
  %550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %549, <16 x float> %530, <16 x float> %547)
  %shift409 = shufflevector <2 x float> %513, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %551 = fadd <2 x float> %513, %shift409
  %shift410 = shufflevector <2 x float> %540, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %552 = fadd <2 x float> %540, %shift410
  %553 = shufflevector <16 x float> %550, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %554 = shufflevector <16 x float> %550, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %555 = fadd <8 x float> %553, %554
  %556 = shufflevector <8 x float> %555, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %557 = shufflevector <8 x float> %555, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %558 = fadd <4 x float> %556, %557
  %559 = shufflevector <4 x float> %558, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %560 = shufflevector <4 x float> %558, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %561 = fadd <2 x float> %559, %560
  %shift411 = shufflevector <2 x float> %561, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %562 = fadd <2 x float> %561, %shift411
  %563 = shl nuw nsw i64 %t1.addr.0300, 1
  %564 = mul nsw i64 %563, %H
  %565 = getelementptr inbounds float, ptr %betah, i64 %564
  %566 = load float, ptr %565, align 4
  %567 = or disjoint i64 %477, %c.addr.0309
  %568 = getelementptr inbounds float, ptr %gep316, i64 %567
  %569 = load <16 x float>, ptr %568, align 4
  %570 = fsub <16 x float> %569, %636
  %571 = insertelement <16 x float> poison, float %566, i64 0
  %572 = shufflevector <16 x float> %571, <16 x float> poison, <16 x i32> zeroinitializer
  %573 = fmul <16 x float> %572, %570
  %574 = or disjoint i64 %477, %394
  %575 = getelementptr inbounds float, ptr %gep316, i64 %574
  %576 = load <16 x float>, ptr %575, align 4
  %577 = fsub <16 x float> %576, %648
  %578 = fmul <16 x float> %572, %577
  %579 = or disjoint i64 %563, 1
  %580 = mul nsw i64 %579, %H
  %581 = getelementptr inbounds float, ptr %betah, i64 %580
  %582 = load float, ptr %581, align 4
  %583 = shl nsw i64 %579, 6
  %584 = or disjoint i64 %583, %c.addr.0309
  %585 = getelementptr inbounds float, ptr %gep316, i64 %584
  %586 = load <16 x float>, ptr %585, align 4
  %587 = shufflevector <2 x float> %551, <2 x float> poison, <16 x i32> zeroinitializer
  %588 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %587, <16 x float> %573, <16 x float> %639)
  %589 = fsub <16 x float> %586, %588
  %590 = insertelement <16 x float> poison, float %582, i64 0
  %591 = shufflevector <16 x float> %590, <16 x float> poison, <16 x i32> zeroinitializer
  %592 = fmul <16 x float> %591, %589
  %593 = or disjoint i64 %583, %394
  %594 = getelementptr inbounds float, ptr %gep316, i64 %593
  %595 = load <16 x float>, ptr %594, align 4
  %596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %587, <16 x float> %578, <16 x float> %649)
  %597 = fsub <16 x float> %595, %596
  %598 = fmul <16 x float> %591, %597
  %599 = shufflevector <2 x float> %562, <2 x float> poison, <16 x i32> zeroinitializer
  %600 = shufflevector <2 x float> %552, <2 x float> poison, <16 x i32> zeroinitializer
  %601 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %600, <16 x float> %573, <16 x float> %642)
  %602 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %599, <16 x float> %592, <16 x float> %601)
  %603 = fmul <16 x float> %602, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %604 = mul nsw i64 %t1.addr.0300, %sv
  %605 = or disjoint i64 %604, %c.addr.0309
  %606 = getelementptr inbounds float, ptr %oh, i64 %605
  store <16 x float> %603, ptr %606, align 4
  %607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %600, <16 x float> %578, <16 x float> %650)
  %608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %599, <16 x float> %598, <16 x float> %607)
  %609 = fmul <16 x float> %608, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %610 = or disjoint i64 %604, %394
  %611 = getelementptr inbounds float, ptr %oh, i64 %610
  store <16 x float> %609, ptr %611, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0300, 1
  %612 = icmp slt i64 %t1.next, %t1
  br i1 %612, label %i7.head.preheader, label %i11.head.preheader

i7.body:                                          ; preds = %i7.head.preheader, %i7.body
  %i7.addr.0293 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next, %i7.body ]
  %acc14.0292 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %650, %i7.body ]
  %acc13.0291 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %642, %i7.body ]
  %acc12.0290 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %649, %i7.body ]
  %acc11.0289 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %639, %i7.body ]
  %acc10.0288 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %648, %i7.body ]
  %acc9.0287 = phi <16 x float> [ zeroinitializer, %i7.head.preheader ], [ %636, %i7.body ]
  %gep384 = getelementptr float, ptr %invariant.gep383, i64 %i7.addr.0293
  %613 = getelementptr i8, ptr %gep384, i64 -512
  %614 = load float, ptr %613, align 4
  %615 = getelementptr i8, ptr %gep384, i64 -256
  %616 = load float, ptr %615, align 4
  %617 = or disjoint i64 %i7.addr.0293, %477
  %618 = getelementptr inbounds float, ptr %gep314, i64 %617
  %619 = load float, ptr %618, align 4
  %620 = or disjoint i64 %617, 64
  %621 = getelementptr inbounds float, ptr %gep314, i64 %620
  %622 = load float, ptr %621, align 4
  %gep386 = getelementptr inbounds float, ptr %invariant.gep385, i64 %i7.addr.0293
  %623 = load float, ptr %gep386, align 4
  %624 = insertelement <16 x float> poison, float %616, i64 0
  %625 = shufflevector <16 x float> %624, <16 x float> poison, <16 x i32> zeroinitializer
  %626 = insertelement <16 x float> poison, float %614, i64 0
  %627 = shufflevector <16 x float> %626, <16 x float> poison, <16 x i32> zeroinitializer
  %628 = shl nuw nsw i64 %i7.addr.0293, 6
  %629 = or disjoint i64 %628, %c.addr.0309
  %630 = getelementptr inbounds float, ptr %work, i64 %629
  %631 = load <16 x float>, ptr %630, align 4
  %632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %627, <16 x float> %delta.0304, <16 x float> %631)
  %633 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %625, <16 x float> %delta2.0302, <16 x float> %632)
  store <16 x float> %633, ptr %630, align 4
  %634 = insertelement <16 x float> poison, float %619, i64 0
  %635 = shufflevector <16 x float> %634, <16 x float> poison, <16 x i32> zeroinitializer
  %636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %635, <16 x float> %633, <16 x float> %acc9.0287)
  %637 = insertelement <16 x float> poison, float %622, i64 0
  %638 = shufflevector <16 x float> %637, <16 x float> poison, <16 x i32> zeroinitializer
  %639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %638, <16 x float> %633, <16 x float> %acc11.0289)
  %640 = insertelement <16 x float> poison, float %623, i64 0
  %641 = shufflevector <16 x float> %640, <16 x float> poison, <16 x i32> zeroinitializer
  %642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %641, <16 x float> %633, <16 x float> %acc13.0291)
  %643 = or disjoint i64 %628, %394
  %644 = getelementptr inbounds float, ptr %work, i64 %643
  %645 = load <16 x float>, ptr %644, align 4
  %646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %627, <16 x float> %delta1.0303, <16 x float> %645)
  %647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %625, <16 x float> %delta3.0301, <16 x float> %646)
  store <16 x float> %647, ptr %644, align 4
  %648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %635, <16 x float> %647, <16 x float> %acc10.0288)
  %649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %638, <16 x float> %647, <16 x float> %acc12.0290)
  %650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %641, <16 x float> %647, <16 x float> %acc14.0292)
  %i7.next = add nuw nsw i64 %i7.addr.0293, 1
  %exitcond358.not = icmp eq i64 %i7.next, 64
  br i1 %exitcond358.not, label %i8.head.preheader, label %i7.body

i11.body:                                         ; preds = %i11.body, %i11.head.preheader
  %i11.addr.0308 = phi i64 [ 0, %i11.head.preheader ], [ %i11.next.1, %i11.body ]
  %gep388 = getelementptr float, ptr %invariant.gep387, i64 %i11.addr.0308
  %651 = getelementptr i8, ptr %gep388, i64 -512
  %652 = load float, ptr %651, align 4
  %653 = getelementptr i8, ptr %gep388, i64 -256
  %654 = load float, ptr %653, align 4
  %655 = insertelement <16 x float> poison, float %654, i64 0
  %656 = shufflevector <16 x float> %655, <16 x float> poison, <16 x i32> zeroinitializer
  %657 = insertelement <16 x float> poison, float %652, i64 0
  %658 = shufflevector <16 x float> %657, <16 x float> poison, <16 x i32> zeroinitializer
  %659 = shl nuw nsw i64 %i11.addr.0308, 6
  %660 = or disjoint i64 %659, %c.addr.0309
  %661 = getelementptr inbounds float, ptr %work, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %658, <16 x float> %delta.0.lcssa, <16 x float> %662)
  %664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %656, <16 x float> %delta2.0.lcssa, <16 x float> %663)
  store <16 x float> %664, ptr %661, align 4
  %665 = or disjoint i64 %659, %394
  %666 = getelementptr inbounds float, ptr %work, i64 %665
  %667 = load <16 x float>, ptr %666, align 4
  %668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %658, <16 x float> %delta1.0.lcssa, <16 x float> %667)
  %669 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %656, <16 x float> %delta3.0.lcssa, <16 x float> %668)
  store <16 x float> %669, ptr %666, align 4
  %i11.next = or disjoint i64 %i11.addr.0308, 1
  %gep388.1 = getelementptr float, ptr %invariant.gep387, i64 %i11.next
  %670 = getelementptr i8, ptr %gep388.1, i64 -512
  %671 = load float, ptr %670, align 4
  %672 = getelementptr i8, ptr %gep388.1, i64 -256
  %673 = load float, ptr %672, align 4
  %674 = insertelement <16 x float> poison, float %673, i64 0
  %675 = shufflevector <16 x float> %674, <16 x float> poison, <16 x i32> zeroinitializer
  %676 = insertelement <16 x float> poison, float %671, i64 0
  %677 = shufflevector <16 x float> %676, <16 x float> poison, <16 x i32> zeroinitializer
  %678 = shl nuw nsw i64 %i11.next, 6
  %679 = or disjoint i64 %678, %c.addr.0309
  %680 = getelementptr inbounds float, ptr %work, i64 %679
  %681 = load <16 x float>, ptr %680, align 4
  %682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %677, <16 x float> %delta.0.lcssa, <16 x float> %681)
  %683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %675, <16 x float> %delta2.0.lcssa, <16 x float> %682)
  store <16 x float> %683, ptr %680, align 4
  %684 = or disjoint i64 %678, %394
  %685 = getelementptr inbounds float, ptr %work, i64 %684
  %686 = load <16 x float>, ptr %685, align 4
  %687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %677, <16 x float> %delta1.0.lcssa, <16 x float> %686)
  %688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %675, <16 x float> %delta3.0.lcssa, <16 x float> %687)
  store <16 x float> %688, ptr %685, align 4
  %i11.next.1 = add nuw nsw i64 %i11.addr.0308, 2
  %exitcond359.not.1 = icmp eq i64 %i11.next.1, 64
  br i1 %exitcond359.not.1, label %i11.exit, label %i11.body

i11.exit:                                         ; preds = %i11.body
  br i1 %328, label %i3.head.preheader, label %c.exit
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
; ---- dp_bwd_h2_k64_v64_c64_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k64_v64_c64_nogate_l2norm'
source_filename = "dp_bwd_h2_k64_v64_c64_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h2_k64_v64_c64_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep3393 = getelementptr i8, ptr %work, i64 789248
  %1 = shl i64 %H, 1
  %sv1 = shl nsw i64 %H, 6
  %2 = shl nsw i64 %T, 6
  %gep3388 = getelementptr float, ptr %invariant.gep3393, i64 %2
  %3 = mul nsw i64 %T, 192
  %gep3390 = getelementptr float, ptr %invariant.gep3393, i64 %3
  %.idx3026 = mul i64 %T, 1280
  %gep3392 = getelementptr i8, ptr %invariant.gep3393, i64 %.idx3026
  %dak = getelementptr float, ptr %gep3392, i64 %2
  %dav = getelementptr float, ptr %gep3392, i64 %3
  %.idx = mul i64 %T, 2560
  %gep3394 = getelementptr i8, ptr %invariant.gep3393, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep3394, i64 %T
  %4 = icmp sgt i64 %T, 0
  %5 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 114688
  %Bk = getelementptr inbounds i8, ptr %work, i64 32768
  %Gm = getelementptr inbounds i8, ptr %work, i64 442368
  %KSdS = getelementptr inbounds i8, ptr %work, i64 507904
  %KT = getelementptr inbounds i8, ptr %work, i64 376832
  %M = getelementptr inbounds i8, ptr %work, i64 739840
  %OY = getelementptr inbounds i8, ptr %work, i64 327680
  %PT = getelementptr inbounds i8, ptr %work, i64 671744
  %QK = getelementptr inbounds i8, ptr %work, i64 278528
  %QcT = getelementptr inbounds i8, ptr %work, i64 409600
  %Rr = getelementptr inbounds i8, ptr %work, i64 573440
  %Vn = getelementptr inbounds i8, ptr %work, i64 606208
  %VnT = getelementptr inbounds i8, ptr %work, i64 638976
  %bet = getelementptr inbounds i8, ptr %work, i64 720896
  %dOT = getelementptr inbounds i8, ptr %work, i64 425984
  %dQc = getelementptr inbounds i8, ptr %work, i64 704512
  %dbet = getelementptr i8, ptr %work, i64 721408
  %6 = add nsw i64 %T, 63
  %nc = sdiv i64 %6, 64
  %invariant.gep3324 = getelementptr i8, ptr %work, i64 115456
  %7 = add nsw i64 %bh0, 1
  %8 = mul i64 %nc, %7
  %9 = shl i64 %8, 14
  %10 = add i64 %9, -16384
  %11 = shl i64 %nc, 14
  %12 = shl nsw i64 %nc, 6
  %13 = add i64 %12, 72057594037927872
  %14 = mul i64 %13, %H
  %15 = mul i64 %H, -16384
  %16 = shl i64 %H, 8
  %17 = add i64 %T, 64
  %18 = sub i64 %17, %12
  %smax3679 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %invariant.gep3890 = getelementptr i8, ptr %work, i64 327680
  %invariant.gep3892 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3894 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3896 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3898 = getelementptr i8, ptr %work, i64 294912
  %invariant.gep3900 = getelementptr i8, ptr %work, i64 573440
  %invariant.gep3902 = getelementptr i8, ptr %work, i64 82176
  %invariant.gep3904 = getelementptr i8, ptr %work, i64 295168
  %invariant.gep3906 = getelementptr i8, ptr %work, i64 573696
  %20 = getelementptr i8, ptr %work, i64 789312
  %21 = getelementptr i8, ptr %work, i64 789376
  %22 = getelementptr i8, ptr %work, i64 789440
  %invariant.gep3908 = getelementptr inbounds i8, ptr %work, i64 81920
  %invariant.gep3910 = getelementptr inbounds i8, ptr %work, i64 294912
  %23 = getelementptr i8, ptr %gep3388, i64 64
  %invariant.gep3912 = getelementptr inbounds i8, ptr %work, i64 81984
  %invariant.gep3914 = getelementptr inbounds i8, ptr %work, i64 294976
  %24 = getelementptr i8, ptr %gep3388, i64 128
  %invariant.gep3916 = getelementptr inbounds i8, ptr %work, i64 82048
  %invariant.gep3918 = getelementptr inbounds i8, ptr %work, i64 295040
  %25 = getelementptr i8, ptr %gep3388, i64 192
  %invariant.gep3920 = getelementptr inbounds i8, ptr %work, i64 82112
  %invariant.gep3922 = getelementptr inbounds i8, ptr %work, i64 295104
  %26 = getelementptr i8, ptr %gep3390, i64 64
  %27 = getelementptr inbounds i8, ptr %work, i64 573504
  %28 = getelementptr i8, ptr %gep3390, i64 128
  %29 = getelementptr inbounds i8, ptr %work, i64 573568
  %30 = getelementptr i8, ptr %gep3390, i64 192
  %31 = getelementptr inbounds i8, ptr %work, i64 573632
  %invariant.gep3924 = getelementptr inbounds i8, ptr %work, i64 81920
  %invariant.gep3926 = getelementptr inbounds i8, ptr %work, i64 294912
  %invariant.gep3928 = getelementptr inbounds i8, ptr %work, i64 81984
  %invariant.gep3930 = getelementptr inbounds i8, ptr %work, i64 294976
  %invariant.gep3932 = getelementptr inbounds i8, ptr %work, i64 82048
  %invariant.gep3934 = getelementptr inbounds i8, ptr %work, i64 295040
  %invariant.gep3936 = getelementptr inbounds i8, ptr %work, i64 82112
  %invariant.gep3938 = getelementptr inbounds i8, ptr %work, i64 295104
  %32 = getelementptr inbounds i8, ptr %work, i64 573504
  %33 = getelementptr inbounds i8, ptr %work, i64 507968
  %34 = getelementptr inbounds i8, ptr %work, i64 573568
  %35 = getelementptr inbounds i8, ptr %work, i64 508032
  %36 = getelementptr inbounds i8, ptr %work, i64 573632
  %37 = getelementptr inbounds i8, ptr %work, i64 508096
  %38 = getelementptr inbounds i8, ptr %work, i64 671808
  %39 = getelementptr inbounds i8, ptr %work, i64 739904
  %40 = getelementptr inbounds i8, ptr %work, i64 671872
  %41 = getelementptr inbounds i8, ptr %work, i64 739968
  %42 = getelementptr inbounds i8, ptr %work, i64 671936
  %43 = getelementptr inbounds i8, ptr %work, i64 740032
  %invariant.gep3950 = getelementptr inbounds i8, ptr %work, i64 508160
  %invariant.gep3952 = getelementptr inbounds i8, ptr %work, i64 344064
  %invariant.gep3956 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3960 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3964 = getelementptr inbounds i8, ptr %work, i64 344256
  %44 = getelementptr inbounds i8, ptr %work, i64 114752
  %45 = getelementptr inbounds i8, ptr %work, i64 114816
  %46 = getelementptr inbounds i8, ptr %work, i64 114880
  %invariant.gep3966 = getelementptr inbounds i8, ptr %work, i64 344064
  %47 = getelementptr i8, ptr %dav, i64 64
  %48 = getelementptr i8, ptr %dav, i64 128
  %49 = getelementptr i8, ptr %dav, i64 192
  %invariant.gep3974 = getelementptr inbounds i8, ptr %work, i64 344064
  %invariant.gep3984 = getelementptr inbounds i8, ptr %work, i64 115456
  %invariant.gep3954 = getelementptr inbounds i8, ptr %work, i64 508224
  %invariant.gep3958 = getelementptr inbounds i8, ptr %work, i64 508288
  %invariant.gep3962 = getelementptr inbounds i8, ptr %work, i64 508352
  %invariant.gep3968 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3970 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3972 = getelementptr inbounds i8, ptr %work, i64 344256
  %invariant.gep3976 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3978 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3980 = getelementptr inbounds i8, ptr %work, i64 344256
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i53.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i53.exit ]
  %bh.addr.03395 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i53.exit ]
  %50 = add i64 %indvar, %bh0
  %51 = shl i64 %50, 14
  %52 = mul i64 %11, %indvar
  %53 = add i64 %10, %52
  %b = sdiv i64 %bh.addr.03395, %H
  %h = srem i64 %bh.addr.03395, %H
  %54 = mul i64 %b, %T
  %55 = mul i64 %54, %H
  %bT = add i64 %55, %h
  %56 = mul i64 %1, %54
  %bTn = add nsw i64 %56, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %oh.idx = shl i64 %bT, 8
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
  br i1 %4, label %t.body.lr.ph, label %t.exit

t.body.lr.ph:                                     ; preds = %bh.body
  %57 = shl nsw i64 %h, 6
  %invariant.gep3035 = getelementptr float, ptr %q, i64 %57
  %invariant.gep3037 = getelementptr float, ptr %k, i64 %57
  %invariant.gep3039 = getelementptr float, ptr %v, i64 %57
  %58 = add nsw i64 %h, %H
  %59 = shl nsw i64 %58, 6
  %invariant.gep3041 = getelementptr float, ptr %k, i64 %59
  %invariant.gep3043 = getelementptr float, ptr %v, i64 %59
  br label %t.body

bh.exit:                                          ; preds = %i53.exit, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.03034 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %60 = add nuw nsw i64 %t.addr.03034, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %60, i64 %5)
  %61 = add nsw i64 %tp, %54
  %62 = mul nsw i64 %61, %q_ts
  %gep3036 = getelementptr float, ptr %invariant.gep3035, i64 %62
  tail call void @llvm.prefetch.p0(ptr %gep3036, i32 0, i32 2, i32 1)
  %63 = getelementptr i8, ptr %gep3036, i64 64
  tail call void @llvm.prefetch.p0(ptr %63, i32 0, i32 2, i32 1)
  %64 = getelementptr i8, ptr %gep3036, i64 128
  tail call void @llvm.prefetch.p0(ptr %64, i32 0, i32 2, i32 1)
  %65 = getelementptr i8, ptr %gep3036, i64 192
  tail call void @llvm.prefetch.p0(ptr %65, i32 0, i32 2, i32 1)
  %66 = mul nsw i64 %61, %k_ts
  %gep3038 = getelementptr float, ptr %invariant.gep3037, i64 %66
  tail call void @llvm.prefetch.p0(ptr %gep3038, i32 0, i32 2, i32 1)
  %67 = getelementptr i8, ptr %gep3038, i64 64
  tail call void @llvm.prefetch.p0(ptr %67, i32 0, i32 2, i32 1)
  %68 = getelementptr i8, ptr %gep3038, i64 128
  tail call void @llvm.prefetch.p0(ptr %68, i32 0, i32 2, i32 1)
  %69 = getelementptr i8, ptr %gep3038, i64 192
  tail call void @llvm.prefetch.p0(ptr %69, i32 0, i32 2, i32 1)
  %70 = mul nsw i64 %61, %v_ts
  %gep3040 = getelementptr float, ptr %invariant.gep3039, i64 %70
  tail call void @llvm.prefetch.p0(ptr %gep3040, i32 0, i32 2, i32 1)
  %71 = getelementptr i8, ptr %gep3040, i64 64
  tail call void @llvm.prefetch.p0(ptr %71, i32 0, i32 2, i32 1)
  %72 = getelementptr i8, ptr %gep3040, i64 128
  tail call void @llvm.prefetch.p0(ptr %72, i32 0, i32 2, i32 1)
  %73 = getelementptr i8, ptr %gep3040, i64 192
  tail call void @llvm.prefetch.p0(ptr %73, i32 0, i32 2, i32 1)
  %gep3042 = getelementptr float, ptr %invariant.gep3041, i64 %66
  tail call void @llvm.prefetch.p0(ptr %gep3042, i32 0, i32 2, i32 1)
  %74 = getelementptr i8, ptr %gep3042, i64 64
  tail call void @llvm.prefetch.p0(ptr %74, i32 0, i32 2, i32 1)
  %75 = getelementptr i8, ptr %gep3042, i64 128
  tail call void @llvm.prefetch.p0(ptr %75, i32 0, i32 2, i32 1)
  %76 = getelementptr i8, ptr %gep3042, i64 192
  tail call void @llvm.prefetch.p0(ptr %76, i32 0, i32 2, i32 1)
  %gep3044 = getelementptr float, ptr %invariant.gep3043, i64 %70
  tail call void @llvm.prefetch.p0(ptr %gep3044, i32 0, i32 2, i32 1)
  %77 = getelementptr i8, ptr %gep3044, i64 64
  tail call void @llvm.prefetch.p0(ptr %77, i32 0, i32 2, i32 1)
  %78 = getelementptr i8, ptr %gep3044, i64 128
  tail call void @llvm.prefetch.p0(ptr %78, i32 0, i32 2, i32 1)
  %79 = getelementptr i8, ptr %gep3044, i64 192
  tail call void @llvm.prefetch.p0(ptr %79, i32 0, i32 2, i32 1)
  %80 = add nsw i64 %t.addr.03034, %54
  %81 = mul nsw i64 %80, %q_ts
  %gep3046 = getelementptr float, ptr %invariant.gep3035, i64 %81
  %82 = load <16 x float>, ptr %gep3046, align 4
  %83 = getelementptr i8, ptr %gep3046, i64 64
  %84 = load <16 x float>, ptr %83, align 4
  %85 = getelementptr i8, ptr %gep3046, i64 128
  %86 = load <16 x float>, ptr %85, align 4
  %87 = getelementptr i8, ptr %gep3046, i64 192
  %88 = load <16 x float>, ptr %87, align 4
  %89 = fmul <16 x float> %82, %82
  %90 = fmul <16 x float> %84, %84
  %91 = fadd <16 x float> %89, %90
  %92 = fmul <16 x float> %86, %86
  %93 = fadd <16 x float> %91, %92
  %94 = fmul <16 x float> %88, %88
  %95 = fadd <16 x float> %93, %94
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %97 = shufflevector <16 x float> %95, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %98 = fadd <8 x float> %96, %97
  %99 = shufflevector <8 x float> %98, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %100 = shufflevector <8 x float> %98, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %101 = fadd <4 x float> %99, %100
  %102 = shufflevector <4 x float> %101, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %103 = shufflevector <4 x float> %101, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %104 = fadd <2 x float> %102, %103
  %shift = shufflevector <2 x float> %104, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %105 = fadd <2 x float> %104, %shift
  %106 = extractelement <2 x float> %105, i64 0
  %107 = fadd float %106, 0x3EB0C6F7A0000000
  %108 = tail call float @llvm.sqrt.f32(float %107)
  %109 = fdiv float 1.000000e+00, %108
  %110 = getelementptr inbounds float, ptr %gep3394, i64 %t.addr.03034
  store float %109, ptr %110, align 4
  %111 = insertelement <16 x float> poison, float %109, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = fmul <16 x float> %82, %112
  %114 = shl nsw i64 %t.addr.03034, 6
  %115 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %114
  store <16 x float> %113, ptr %115, align 4
  %116 = fmul <16 x float> %84, %112
  %117 = or disjoint i64 %114, 16
  %118 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %117
  store <16 x float> %116, ptr %118, align 4
  %119 = fmul <16 x float> %86, %112
  %120 = or disjoint i64 %114, 32
  %121 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %120
  store <16 x float> %119, ptr %121, align 4
  %122 = fmul <16 x float> %88, %112
  %123 = or disjoint i64 %114, 48
  %124 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %123
  store <16 x float> %122, ptr %124, align 4
  %125 = mul nsw i64 %80, %k_ts
  %gep3048 = getelementptr float, ptr %invariant.gep3037, i64 %125
  %126 = load <16 x float>, ptr %gep3048, align 4
  %127 = getelementptr i8, ptr %gep3048, i64 64
  %128 = load <16 x float>, ptr %127, align 4
  %129 = getelementptr i8, ptr %gep3048, i64 128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = getelementptr i8, ptr %gep3048, i64 192
  %132 = load <16 x float>, ptr %131, align 4
  %133 = fmul <16 x float> %126, %126
  %134 = fmul <16 x float> %128, %128
  %135 = fadd <16 x float> %133, %134
  %136 = fmul <16 x float> %130, %130
  %137 = fadd <16 x float> %135, %136
  %138 = fmul <16 x float> %132, %132
  %139 = fadd <16 x float> %137, %138
  %140 = shufflevector <16 x float> %139, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %141 = shufflevector <16 x float> %139, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %142 = fadd <8 x float> %140, %141
  %143 = shufflevector <8 x float> %142, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %144 = shufflevector <8 x float> %142, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %145 = fadd <4 x float> %143, %144
  %146 = shufflevector <4 x float> %145, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %147 = shufflevector <4 x float> %145, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %148 = fadd <2 x float> %146, %147
  %shift4180 = shufflevector <2 x float> %148, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %149 = fadd <2 x float> %148, %shift4180
  %150 = extractelement <2 x float> %149, i64 0
  %151 = fadd float %150, 0x3EB0C6F7A0000000
  %152 = tail call float @llvm.sqrt.f32(float %151)
  %153 = fdiv float 1.000000e+00, %152
  %154 = shl nuw nsw i64 %t.addr.03034, 1
  %gep = getelementptr float, ptr %invariant.gep, i64 %154
  store float %153, ptr %gep, align 4
  %155 = insertelement <16 x float> poison, float %153, i64 0
  %156 = shufflevector <16 x float> %155, <16 x float> poison, <16 x i32> zeroinitializer
  %157 = fmul <16 x float> %126, %156
  %158 = shl nsw i64 %t.addr.03034, 7
  %159 = getelementptr inbounds float, ptr %gep3388, i64 %158
  store <16 x float> %157, ptr %159, align 4
  %160 = fmul <16 x float> %128, %156
  %161 = or disjoint i64 %158, 16
  %162 = getelementptr inbounds float, ptr %gep3388, i64 %161
  store <16 x float> %160, ptr %162, align 4
  %163 = fmul <16 x float> %130, %156
  %164 = or disjoint i64 %158, 32
  %165 = getelementptr inbounds float, ptr %gep3388, i64 %164
  store <16 x float> %163, ptr %165, align 4
  %166 = fmul <16 x float> %132, %156
  %167 = or disjoint i64 %158, 48
  %168 = getelementptr inbounds float, ptr %gep3388, i64 %167
  store <16 x float> %166, ptr %168, align 4
  %169 = mul nsw i64 %80, %v_ts
  %gep3050 = getelementptr float, ptr %invariant.gep3039, i64 %169
  %170 = load <16 x float>, ptr %gep3050, align 4
  %171 = getelementptr i8, ptr %gep3050, i64 64
  %172 = load <16 x float>, ptr %171, align 4
  %173 = getelementptr i8, ptr %gep3050, i64 128
  %174 = load <16 x float>, ptr %173, align 4
  %175 = getelementptr i8, ptr %gep3050, i64 192
  %176 = load <16 x float>, ptr %175, align 4
  %177 = getelementptr inbounds float, ptr %gep3390, i64 %158
  store <16 x float> %170, ptr %177, align 4
  %178 = getelementptr inbounds float, ptr %gep3390, i64 %161
  store <16 x float> %172, ptr %178, align 4
  %179 = getelementptr inbounds float, ptr %gep3390, i64 %164
  store <16 x float> %174, ptr %179, align 4
  %180 = getelementptr inbounds float, ptr %gep3390, i64 %167
  store <16 x float> %176, ptr %180, align 4
  %gep3052 = getelementptr float, ptr %invariant.gep3041, i64 %125
  %181 = load <16 x float>, ptr %gep3052, align 4
  %182 = getelementptr i8, ptr %gep3052, i64 64
  %183 = load <16 x float>, ptr %182, align 4
  %184 = getelementptr i8, ptr %gep3052, i64 128
  %185 = load <16 x float>, ptr %184, align 4
  %186 = getelementptr i8, ptr %gep3052, i64 192
  %187 = load <16 x float>, ptr %186, align 4
  %188 = fmul <16 x float> %181, %181
  %189 = fmul <16 x float> %183, %183
  %190 = fadd <16 x float> %188, %189
  %191 = fmul <16 x float> %185, %185
  %192 = fadd <16 x float> %190, %191
  %193 = fmul <16 x float> %187, %187
  %194 = fadd <16 x float> %192, %193
  %195 = shufflevector <16 x float> %194, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %196 = shufflevector <16 x float> %194, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %197 = fadd <8 x float> %195, %196
  %198 = shufflevector <8 x float> %197, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %199 = shufflevector <8 x float> %197, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %200 = fadd <4 x float> %198, %199
  %201 = shufflevector <4 x float> %200, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %202 = shufflevector <4 x float> %200, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %203 = fadd <2 x float> %201, %202
  %shift4181 = shufflevector <2 x float> %203, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %204 = fadd <2 x float> %203, %shift4181
  %205 = extractelement <2 x float> %204, i64 0
  %206 = fadd float %205, 0x3EB0C6F7A0000000
  %207 = tail call float @llvm.sqrt.f32(float %206)
  %208 = fdiv float 1.000000e+00, %207
  %209 = or disjoint i64 %154, 1
  %gep3033 = getelementptr float, ptr %invariant.gep, i64 %209
  store float %208, ptr %gep3033, align 4
  %210 = insertelement <16 x float> poison, float %208, i64 0
  %211 = shufflevector <16 x float> %210, <16 x float> poison, <16 x i32> zeroinitializer
  %212 = fmul <16 x float> %181, %211
  %213 = shl nsw i64 %209, 6
  %214 = getelementptr inbounds float, ptr %gep3388, i64 %213
  store <16 x float> %212, ptr %214, align 4
  %215 = fmul <16 x float> %183, %211
  %216 = or disjoint i64 %213, 16
  %217 = getelementptr inbounds float, ptr %gep3388, i64 %216
  store <16 x float> %215, ptr %217, align 4
  %218 = fmul <16 x float> %185, %211
  %219 = or disjoint i64 %213, 32
  %220 = getelementptr inbounds float, ptr %gep3388, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = fmul <16 x float> %187, %211
  %222 = or disjoint i64 %213, 48
  %223 = getelementptr inbounds float, ptr %gep3388, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %gep3054 = getelementptr float, ptr %invariant.gep3043, i64 %169
  %224 = load <16 x float>, ptr %gep3054, align 4
  %225 = getelementptr i8, ptr %gep3054, i64 64
  %226 = load <16 x float>, ptr %225, align 4
  %227 = getelementptr i8, ptr %gep3054, i64 128
  %228 = load <16 x float>, ptr %227, align 4
  %229 = getelementptr i8, ptr %gep3054, i64 192
  %230 = load <16 x float>, ptr %229, align 4
  %231 = getelementptr inbounds float, ptr %gep3390, i64 %213
  store <16 x float> %224, ptr %231, align 4
  %232 = getelementptr inbounds float, ptr %gep3390, i64 %216
  store <16 x float> %226, ptr %232, align 4
  %233 = getelementptr inbounds float, ptr %gep3390, i64 %219
  store <16 x float> %228, ptr %233, align 4
  %234 = getelementptr inbounds float, ptr %gep3390, i64 %222
  store <16 x float> %230, ptr %234, align 4
  %t.next = add nuw nsw i64 %t.addr.03034, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %t.exit, label %t.body

t.exit:                                           ; preds = %t.body, %bh.body
  %235 = getelementptr i8, ptr %dhT, i64 %51
  br label %j.head.preheader

j.head.preheader:                                 ; preds = %j.head.preheader, %t.exit
  %i.addr.03056 = phi i64 [ 0, %t.exit ], [ %i.next.7, %j.head.preheader ]
  %236 = shl nuw nsw i64 %i.addr.03056, 9
  %237 = or disjoint i64 %236, 256
  %scevgep = getelementptr i8, ptr %work, i64 %237
  %238 = shl nuw nsw i64 %i.addr.03056, 8
  %scevgep3620 = getelementptr i8, ptr %235, i64 %238
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.03056, 1
  %239 = shl nuw nsw i64 %i.next, 9
  %240 = or disjoint i64 %239, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %240
  %241 = shl nuw nsw i64 %i.next, 8
  %scevgep3620.1 = getelementptr i8, ptr %235, i64 %241
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.03056, 2
  %242 = shl nuw nsw i64 %i.next.1, 9
  %243 = or disjoint i64 %242, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %243
  %244 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3620.2 = getelementptr i8, ptr %235, i64 %244
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.03056, 3
  %245 = shl nuw nsw i64 %i.next.2, 9
  %246 = or disjoint i64 %245, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %246
  %247 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3620.3 = getelementptr i8, ptr %235, i64 %247
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.03056, 4
  %248 = shl nuw nsw i64 %i.next.3, 9
  %249 = or disjoint i64 %248, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %249
  %250 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3620.4 = getelementptr i8, ptr %235, i64 %250
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.03056, 5
  %251 = shl nuw nsw i64 %i.next.4, 9
  %252 = or disjoint i64 %251, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %252
  %253 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3620.5 = getelementptr i8, ptr %235, i64 %253
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.03056, 6
  %254 = shl nuw nsw i64 %i.next.5, 9
  %255 = or disjoint i64 %254, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %255
  %256 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3620.6 = getelementptr i8, ptr %235, i64 %256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.03056, 7
  %257 = shl nuw nsw i64 %i.next.6, 9
  %258 = or disjoint i64 %257, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %258
  %259 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3620.7 = getelementptr i8, ptr %235, i64 %259
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3620.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.03056, 8
  %exitcond3621.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond3621.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  br i1 %4, label %cc.body.lr.ph, label %i53.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %260 = mul nsw i64 %bh.addr.03395, %nc
  %261 = shl nsw i64 %h, 6
  %invariant.gep3364 = getelementptr float, ptr %dq, i64 %261
  %invariant.gep3366 = getelementptr float, ptr %dk, i64 %261
  %invariant.gep3368 = getelementptr float, ptr %dv, i64 %261
  %262 = add nsw i64 %h, %H
  %263 = shl nsw i64 %262, 6
  %invariant.gep3370 = getelementptr float, ptr %dk, i64 %263
  %invariant.gep3372 = getelementptr float, ptr %dv, i64 %263
  %264 = add i64 %14, %bT
  %265 = shl i64 %264, 8
  %266 = getelementptr i8, ptr %dout, i64 %265
  br label %cc.body

i53.head.preheader:                               ; preds = %t7.exit, %i.exit
  %267 = getelementptr i8, ptr %dh0, i64 %51
  br label %j38.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3665 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3666, %t7.exit ]
  %cc.addr.03384 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin4376 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3665, i64 64)
  %smax4377 = tail call i64 @llvm.smax.i64(i64 %smin4376, i64 1)
  %268 = mul i64 %15, %cc.addr.03384
  %269 = shl i64 %cc.addr.03384, 14
  %270 = sub i64 %53, %269
  %271 = xor i64 %cc.addr.03384, -1
  %ci = add nsw i64 %nc, %271
  %t0 = shl nsw i64 %ci, 6
  %272 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %272, i64 64)
  %273 = icmp sgt i64 %ci, 0
  br i1 %273, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %274 = tail call i64 @llvm.smin.i64(i64 %t0, i64 64)
  %275 = sub nsw i64 %t0, %274
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %276 = getelementptr i8, ptr %hs, i64 %270
  br label %j1.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.03057 = phi i64 [ %tp1.next, %tp1.body ], [ %275, %tp1.body.preheader ]
  %277 = mul nsw i64 %tp1.addr.03057, %sv1
  %278 = getelementptr inbounds float, ptr %oh, i64 %277
  tail call void @llvm.prefetch.p0(ptr %278, i32 0, i32 2, i32 1)
  %279 = or disjoint i64 %277, 16
  %280 = getelementptr inbounds float, ptr %oh, i64 %279
  tail call void @llvm.prefetch.p0(ptr nonnull %280, i32 0, i32 2, i32 1)
  %281 = or disjoint i64 %277, 32
  %282 = getelementptr inbounds float, ptr %oh, i64 %281
  tail call void @llvm.prefetch.p0(ptr nonnull %282, i32 0, i32 2, i32 1)
  %283 = or disjoint i64 %277, 48
  %284 = getelementptr inbounds float, ptr %oh, i64 %283
  tail call void @llvm.prefetch.p0(ptr nonnull %284, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.03057, 1
  %285 = icmp slt i64 %tp1.next, %t0
  br i1 %285, label %tp1.body, label %i1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %286 = add nsw i64 %ci, %260
  %287 = shl nsw i64 %286, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %i1.head.preheader
  %i1.addr.03059 = phi i64 [ 0, %i1.head.preheader ], [ %i1.next.7, %j1.head.preheader ]
  %288 = shl nuw nsw i64 %i1.addr.03059, 9
  %scevgep3622 = getelementptr i8, ptr %work, i64 %288
  %289 = shl nuw nsw i64 %i1.addr.03059, 8
  %scevgep3623 = getelementptr i8, ptr %276, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.03059, 1
  %290 = shl nuw nsw i64 %i1.next, 9
  %scevgep3622.1 = getelementptr i8, ptr %work, i64 %290
  %291 = shl nuw nsw i64 %i1.next, 8
  %scevgep3623.1 = getelementptr i8, ptr %276, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.03059, 2
  %292 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3622.2 = getelementptr i8, ptr %work, i64 %292
  %293 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3623.2 = getelementptr i8, ptr %276, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.03059, 3
  %294 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3622.3 = getelementptr i8, ptr %work, i64 %294
  %295 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3623.3 = getelementptr i8, ptr %276, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.03059, 4
  %296 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3622.4 = getelementptr i8, ptr %work, i64 %296
  %297 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3623.4 = getelementptr i8, ptr %276, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.03059, 5
  %298 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3622.5 = getelementptr i8, ptr %work, i64 %298
  %299 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3623.5 = getelementptr i8, ptr %276, i64 %299
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.03059, 6
  %300 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3622.6 = getelementptr i8, ptr %work, i64 %300
  %301 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3623.6 = getelementptr i8, ptr %276, i64 %301
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.03059, 7
  %302 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3622.7 = getelementptr i8, ptr %work, i64 %302
  %303 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3623.7 = getelementptr i8, ptr %276, i64 %303
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3623.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.03059, 8
  %exitcond3624.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3624.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.03061 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %304 = shl nuw nsw i64 %i2.addr.03061, 6
  %305 = or i64 %304, %287
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.03060 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %306 = or i64 %305, %j2.addr.03060
  %307 = getelementptr inbounds float, ptr %hs, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or i64 %306, 512
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  %311 = load <16 x float>, ptr %310, align 4
  %312 = or i64 %306, 64
  %313 = getelementptr inbounds float, ptr %hs, i64 %312
  %314 = load <16 x float>, ptr %313, align 4
  %315 = or i64 %306, 576
  %316 = getelementptr inbounds float, ptr %hs, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %318 = or i64 %306, 128
  %319 = getelementptr inbounds float, ptr %hs, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = or i64 %306, 640
  %322 = getelementptr inbounds float, ptr %hs, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = or i64 %306, 192
  %325 = getelementptr inbounds float, ptr %hs, i64 %324
  %326 = load <16 x float>, ptr %325, align 4
  %327 = or i64 %306, 704
  %328 = getelementptr inbounds float, ptr %hs, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = or i64 %306, 256
  %331 = getelementptr inbounds float, ptr %hs, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or i64 %306, 768
  %334 = getelementptr inbounds float, ptr %hs, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or i64 %306, 320
  %337 = getelementptr inbounds float, ptr %hs, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or i64 %306, 832
  %340 = getelementptr inbounds float, ptr %hs, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = or i64 %306, 384
  %343 = getelementptr inbounds float, ptr %hs, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = or i64 %306, 896
  %346 = getelementptr inbounds float, ptr %hs, i64 %345
  %347 = load <16 x float>, ptr %346, align 4
  %348 = or i64 %306, 448
  %349 = getelementptr inbounds float, ptr %hs, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = or i64 %306, 960
  %352 = getelementptr inbounds float, ptr %hs, i64 %351
  %353 = load <16 x float>, ptr %352, align 4
  %354 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %355 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %356 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %357 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %358 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %359 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %360 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %361 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %362 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %363 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %364 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %365 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %366 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %367 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %368 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %369 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %370 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %371 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %372 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %373 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %374 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %375 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %376 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %377 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %379 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %380 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %381 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %382 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %383 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %384 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %385 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %386 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %387 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %388 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %389 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %390 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %391 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %392 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %393 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %394 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %395 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %396 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %397 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %398 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %399 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %400 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %401 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %402 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %403 = shl nuw nsw i64 %j2.addr.03060, 6
  %404 = add nuw nsw i64 %403, %i2.addr.03061
  %405 = or disjoint i64 %404, 4096
  %406 = getelementptr inbounds float, ptr %Bk, i64 %405
  store <16 x float> %402, ptr %406, align 4
  %407 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %408 = or disjoint i64 %404, 4160
  %409 = getelementptr inbounds float, ptr %Bk, i64 %408
  store <16 x float> %407, ptr %409, align 4
  %410 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %411 = or disjoint i64 %404, 4224
  %412 = getelementptr inbounds float, ptr %Bk, i64 %411
  store <16 x float> %410, ptr %412, align 4
  %413 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %414 = or disjoint i64 %404, 4288
  %415 = getelementptr inbounds float, ptr %Bk, i64 %414
  store <16 x float> %413, ptr %415, align 4
  %416 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %417 = or disjoint i64 %404, 4352
  %418 = getelementptr inbounds float, ptr %Bk, i64 %417
  store <16 x float> %416, ptr %418, align 4
  %419 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %420 = or disjoint i64 %404, 4416
  %421 = getelementptr inbounds float, ptr %Bk, i64 %420
  store <16 x float> %419, ptr %421, align 4
  %422 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %423 = or disjoint i64 %404, 4480
  %424 = getelementptr inbounds float, ptr %Bk, i64 %423
  store <16 x float> %422, ptr %424, align 4
  %425 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %426 = or disjoint i64 %404, 4544
  %427 = getelementptr inbounds float, ptr %Bk, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %429 = or disjoint i64 %404, 4608
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %432 = or disjoint i64 %404, 4672
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %435 = or disjoint i64 %404, 4736
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %438 = or disjoint i64 %404, 4800
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %441 = or disjoint i64 %404, 4864
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %443 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %444 = or disjoint i64 %404, 4928
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  store <16 x float> %443, ptr %445, align 4
  %446 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %447 = or disjoint i64 %404, 4992
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  store <16 x float> %446, ptr %448, align 4
  %449 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %450 = or disjoint i64 %404, 5056
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %j2.next = add nuw nsw i64 %j2.addr.03060, 16
  %452 = icmp ult i64 %j2.addr.03060, 48
  br i1 %452, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.03061, 16
  %453 = icmp ult i64 %i2.addr.03061, 48
  br i1 %453, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.03063 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %454 = shl nuw nsw i64 %i3.addr.03063, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.03062 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %455 = add nuw nsw i64 %j3.addr.03062, %454
  %456 = or disjoint i64 %455, 64
  %457 = getelementptr inbounds float, ptr %work, i64 %456
  %458 = load <16 x float>, ptr %457, align 4
  %459 = or disjoint i64 %455, 1088
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = or disjoint i64 %455, 192
  %463 = getelementptr inbounds float, ptr %work, i64 %462
  %464 = load <16 x float>, ptr %463, align 4
  %465 = or disjoint i64 %455, 1216
  %466 = getelementptr inbounds float, ptr %work, i64 %465
  %467 = load <16 x float>, ptr %466, align 4
  %468 = or disjoint i64 %455, 320
  %469 = getelementptr inbounds float, ptr %work, i64 %468
  %470 = load <16 x float>, ptr %469, align 4
  %471 = or disjoint i64 %455, 1344
  %472 = getelementptr inbounds float, ptr %work, i64 %471
  %473 = load <16 x float>, ptr %472, align 4
  %474 = or disjoint i64 %455, 448
  %475 = getelementptr inbounds float, ptr %work, i64 %474
  %476 = load <16 x float>, ptr %475, align 4
  %477 = or disjoint i64 %455, 1472
  %478 = getelementptr inbounds float, ptr %work, i64 %477
  %479 = load <16 x float>, ptr %478, align 4
  %480 = or disjoint i64 %455, 576
  %481 = getelementptr inbounds float, ptr %work, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %455, 1600
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %455, 704
  %487 = getelementptr inbounds float, ptr %work, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %455, 1728
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %455, 832
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = or disjoint i64 %455, 1856
  %496 = getelementptr inbounds float, ptr %work, i64 %495
  %497 = load <16 x float>, ptr %496, align 4
  %498 = or disjoint i64 %455, 960
  %499 = getelementptr inbounds float, ptr %work, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %455, 1984
  %502 = getelementptr inbounds float, ptr %work, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %505 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %506 = shufflevector <16 x float> %464, <16 x float> %467, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %507 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %508 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %509 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %510 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %511 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %512 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %513 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %514 = shufflevector <16 x float> %464, <16 x float> %467, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %515 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %516 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %517 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %518 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %519 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %520 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %521 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %522 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %523 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %524 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %525 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %526 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %527 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %528 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %529 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %530 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %531 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %532 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %533 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %534 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %535 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %537 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %538 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %539 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %540 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %541 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %542 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %543 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %544 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %545 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %546 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %547 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %548 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %549 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %550 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %551 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %552 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %553 = shl nuw nsw i64 %j3.addr.03062, 6
  %554 = add nuw nsw i64 %553, %i3.addr.03063
  %555 = getelementptr inbounds float, ptr %Bk, i64 %554
  store <16 x float> %552, ptr %555, align 4
  %556 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %557 = or disjoint i64 %554, 64
  %558 = getelementptr inbounds float, ptr %Bk, i64 %557
  store <16 x float> %556, ptr %558, align 4
  %559 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %560 = or disjoint i64 %554, 128
  %561 = getelementptr inbounds float, ptr %Bk, i64 %560
  store <16 x float> %559, ptr %561, align 4
  %562 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %563 = or disjoint i64 %554, 192
  %564 = getelementptr inbounds float, ptr %Bk, i64 %563
  store <16 x float> %562, ptr %564, align 4
  %565 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %566 = or disjoint i64 %554, 256
  %567 = getelementptr inbounds float, ptr %Bk, i64 %566
  store <16 x float> %565, ptr %567, align 4
  %568 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %569 = or disjoint i64 %554, 320
  %570 = getelementptr inbounds float, ptr %Bk, i64 %569
  store <16 x float> %568, ptr %570, align 4
  %571 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %572 = or disjoint i64 %554, 384
  %573 = getelementptr inbounds float, ptr %Bk, i64 %572
  store <16 x float> %571, ptr %573, align 4
  %574 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %575 = or disjoint i64 %554, 448
  %576 = getelementptr inbounds float, ptr %Bk, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %578 = or disjoint i64 %554, 512
  %579 = getelementptr inbounds float, ptr %Bk, i64 %578
  store <16 x float> %577, ptr %579, align 4
  %580 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %581 = or disjoint i64 %554, 576
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %584 = or disjoint i64 %554, 640
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %587 = or disjoint i64 %554, 704
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %590 = or disjoint i64 %554, 768
  %591 = getelementptr inbounds float, ptr %Bk, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %593 = or disjoint i64 %554, 832
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  store <16 x float> %592, ptr %594, align 4
  %595 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %596 = or disjoint i64 %554, 896
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %599 = or disjoint i64 %554, 960
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %j3.next = add nuw nsw i64 %j3.addr.03062, 16
  %601 = icmp ult i64 %j3.addr.03062, 48
  br i1 %601, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.03063, 16
  %602 = icmp ult i64 %i3.addr.03063, 48
  br i1 %602, label %j3.head.preheader, label %t1.head.preheader

t1.head.preheader:                                ; preds = %j3.exit, %t1.head.preheader
  %s.addr.03065 = phi i64 [ %s.next, %t1.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.03065, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx3402 = shl nsw i64 %s.addr.03065, 8
  %invariant.gep3888 = getelementptr inbounds i8, ptr %M, i64 %.idx3402
  %603 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %604 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %605 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %606 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %607 = select <8 x i1> %603, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %608 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %609 = select <8 x i1> %605, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %610 = select <8 x i1> %606, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %611 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 32
  %612 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 64
  %613 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 96
  store <8 x float> %607, ptr %invariant.gep3888, align 4
  store <8 x float> %608, ptr %611, align 4
  store <8 x float> %609, ptr %612, align 4
  store <8 x float> %610, ptr %613, align 4
  %614 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %615 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %616 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %617 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %618 = select <8 x i1> %614, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %619 = select <8 x i1> %615, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %620 = select <8 x i1> %616, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %621 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %622 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 128
  %623 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 160
  %624 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 192
  %625 = getelementptr inbounds i8, ptr %invariant.gep3888, i64 224
  store <8 x float> %618, ptr %622, align 4
  store <8 x float> %619, ptr %623, align 4
  store <8 x float> %620, ptr %624, align 4
  store <8 x float> %621, ptr %625, align 4
  %s.next = add nuw nsw i64 %s.addr.03065, 1
  %exitcond3626.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3626.not, label %t2.body.preheader, label %t1.head.preheader

t2.body.preheader:                                ; preds = %t1.head.preheader
  %626 = getelementptr i8, ptr %266, i64 %268
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.03081 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %627 = shl nuw nsw i64 %t2.addr.03081, 8
  %gep3891 = getelementptr i8, ptr %invariant.gep3890, i64 %627
  %628 = shl nsw i64 %t2.addr.03081, 9
  %629 = icmp sgt i64 %272, %t2.addr.03081
  br i1 %629, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3893 = getelementptr i8, ptr %invariant.gep3892, i64 %627
  %gep3895 = getelementptr i8, ptr %invariant.gep3894, i64 %627
  %gep3897 = getelementptr i8, ptr %invariant.gep3896, i64 %628
  %gep3899 = getelementptr i8, ptr %invariant.gep3898, i64 %628
  %gep3901 = getelementptr i8, ptr %invariant.gep3900, i64 %628
  %gep3903 = getelementptr i8, ptr %invariant.gep3902, i64 %628
  %gep3905 = getelementptr i8, ptr %invariant.gep3904, i64 %628
  %gep3907 = getelementptr i8, ptr %invariant.gep3906, i64 %628
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3893, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3895, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3891, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.03081, 1
  %630 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3897, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3899, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3901, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %631 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %631, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3903, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3905, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3907, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %632 = mul i64 %16, %t2.addr.03081
  %scevgep3637 = getelementptr i8, ptr %626, i64 %632
  %633 = add nuw nsw i64 %t2.addr.03081, %t0
  %634 = shl nuw nsw i64 %t2.addr.03081, 6
  %.idx3412 = shl i64 %633, 8
  %635 = getelementptr i8, ptr %invariant.gep3393, i64 %.idx3412
  %636 = load <16 x float>, ptr %635, align 4
  %637 = fmul <16 x float> %636, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %638 = or disjoint i64 %634, 8192
  %639 = getelementptr inbounds float, ptr %Bk, i64 %638
  store <16 x float> %637, ptr %639, align 4
  %640 = getelementptr inbounds float, ptr %QK, i64 %634
  store <16 x float> %637, ptr %640, align 4
  %641 = getelementptr i8, ptr %20, i64 %.idx3412
  %642 = load <16 x float>, ptr %641, align 4
  %643 = fmul <16 x float> %642, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %644 = or disjoint i64 %634, 16
  %645 = or i64 %634, 8208
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  store <16 x float> %643, ptr %646, align 4
  %647 = getelementptr inbounds float, ptr %QK, i64 %644
  store <16 x float> %643, ptr %647, align 4
  %648 = getelementptr i8, ptr %21, i64 %.idx3412
  %649 = load <16 x float>, ptr %648, align 4
  %650 = fmul <16 x float> %649, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %651 = or disjoint i64 %634, 32
  %652 = or i64 %634, 8224
  %653 = getelementptr inbounds float, ptr %Bk, i64 %652
  store <16 x float> %650, ptr %653, align 4
  %654 = getelementptr inbounds float, ptr %QK, i64 %651
  store <16 x float> %650, ptr %654, align 4
  %655 = getelementptr i8, ptr %22, i64 %.idx3412
  %656 = load <16 x float>, ptr %655, align 4
  %657 = fmul <16 x float> %656, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %658 = or disjoint i64 %634, 48
  %659 = or i64 %634, 8240
  %660 = getelementptr inbounds float, ptr %Bk, i64 %659
  store <16 x float> %657, ptr %660, align 4
  %661 = getelementptr inbounds float, ptr %QK, i64 %658
  store <16 x float> %657, ptr %661, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3891, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3637, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.03081, 1
  %662 = or disjoint i64 %t2.addr.03081, %t0
  %tau = shl nsw i64 %662, 1
  %663 = mul nsw i64 %tau, %H
  %664 = getelementptr inbounds float, ptr %betah, i64 %663
  %665 = load float, ptr %664, align 4
  %666 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %665, ptr %666, align 4
  %667 = shl nuw nsw i64 %t2.addr.03081, 7
  %.idx3414 = shl i64 %662, 9
  %668 = getelementptr i8, ptr %gep3388, i64 %.idx3414
  %669 = load <16 x float>, ptr %668, align 4
  %gep3909 = getelementptr inbounds float, ptr %invariant.gep3908, i64 %667
  store <16 x float> %669, ptr %gep3909, align 4
  %670 = fneg <16 x float> %669
  %gep3911 = getelementptr inbounds float, ptr %invariant.gep3910, i64 %667
  store <16 x float> %670, ptr %gep3911, align 4
  %671 = getelementptr i8, ptr %23, i64 %.idx3414
  %672 = load <16 x float>, ptr %671, align 4
  %gep3913 = getelementptr inbounds float, ptr %invariant.gep3912, i64 %667
  store <16 x float> %672, ptr %gep3913, align 4
  %673 = fneg <16 x float> %672
  %gep3915 = getelementptr inbounds float, ptr %invariant.gep3914, i64 %667
  store <16 x float> %673, ptr %gep3915, align 4
  %674 = getelementptr i8, ptr %24, i64 %.idx3414
  %675 = load <16 x float>, ptr %674, align 4
  %gep3917 = getelementptr inbounds float, ptr %invariant.gep3916, i64 %667
  store <16 x float> %675, ptr %gep3917, align 4
  %676 = fneg <16 x float> %675
  %gep3919 = getelementptr inbounds float, ptr %invariant.gep3918, i64 %667
  store <16 x float> %676, ptr %gep3919, align 4
  %677 = getelementptr i8, ptr %25, i64 %.idx3414
  %678 = load <16 x float>, ptr %677, align 4
  %gep3921 = getelementptr inbounds float, ptr %invariant.gep3920, i64 %667
  store <16 x float> %678, ptr %gep3921, align 4
  %679 = fneg <16 x float> %678
  %gep3923 = getelementptr inbounds float, ptr %invariant.gep3922, i64 %667
  store <16 x float> %679, ptr %gep3923, align 4
  %680 = getelementptr i8, ptr %gep3390, i64 %.idx3414
  %681 = load <16 x float>, ptr %680, align 4
  %682 = getelementptr inbounds i8, ptr %Rr, i64 %628
  store <16 x float> %681, ptr %682, align 4
  %683 = getelementptr i8, ptr %26, i64 %.idx3414
  %684 = load <16 x float>, ptr %683, align 4
  %685 = getelementptr inbounds i8, ptr %27, i64 %628
  store <16 x float> %684, ptr %685, align 4
  %686 = getelementptr i8, ptr %28, i64 %.idx3414
  %687 = load <16 x float>, ptr %686, align 4
  %688 = getelementptr inbounds i8, ptr %29, i64 %628
  store <16 x float> %687, ptr %688, align 4
  %689 = getelementptr i8, ptr %30, i64 %.idx3414
  %690 = load <16 x float>, ptr %689, align 4
  %691 = getelementptr inbounds i8, ptr %31, i64 %628
  store <16 x float> %690, ptr %691, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %692 = mul nsw i64 %tau1, %H
  %693 = getelementptr inbounds float, ptr %betah, i64 %692
  %694 = load float, ptr %693, align 4
  %695 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %694, ptr %695, align 4
  %696 = shl nuw nsw i64 %i7, 6
  %.idx3417 = shl i64 %tau1, 8
  %697 = getelementptr i8, ptr %gep3388, i64 %.idx3417
  %698 = load <16 x float>, ptr %697, align 4
  %gep3925 = getelementptr inbounds float, ptr %invariant.gep3924, i64 %696
  store <16 x float> %698, ptr %gep3925, align 4
  %699 = fneg <16 x float> %698
  %gep3927 = getelementptr inbounds float, ptr %invariant.gep3926, i64 %696
  store <16 x float> %699, ptr %gep3927, align 4
  %700 = getelementptr i8, ptr %23, i64 %.idx3417
  %701 = load <16 x float>, ptr %700, align 4
  %gep3929 = getelementptr inbounds float, ptr %invariant.gep3928, i64 %696
  store <16 x float> %701, ptr %gep3929, align 4
  %702 = fneg <16 x float> %701
  %gep3931 = getelementptr inbounds float, ptr %invariant.gep3930, i64 %696
  store <16 x float> %702, ptr %gep3931, align 4
  %703 = getelementptr i8, ptr %24, i64 %.idx3417
  %704 = load <16 x float>, ptr %703, align 4
  %gep3933 = getelementptr inbounds float, ptr %invariant.gep3932, i64 %696
  store <16 x float> %704, ptr %gep3933, align 4
  %705 = fneg <16 x float> %704
  %gep3935 = getelementptr inbounds float, ptr %invariant.gep3934, i64 %696
  store <16 x float> %705, ptr %gep3935, align 4
  %706 = getelementptr i8, ptr %25, i64 %.idx3417
  %707 = load <16 x float>, ptr %706, align 4
  %gep3937 = getelementptr inbounds float, ptr %invariant.gep3936, i64 %696
  store <16 x float> %707, ptr %gep3937, align 4
  %708 = fneg <16 x float> %707
  %gep3939 = getelementptr inbounds float, ptr %invariant.gep3938, i64 %696
  store <16 x float> %708, ptr %gep3939, align 4
  %709 = getelementptr i8, ptr %gep3390, i64 %.idx3417
  %710 = load <16 x float>, ptr %709, align 4
  %.idx3419 = shl nsw i64 %i7, 8
  %711 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3419
  store <16 x float> %710, ptr %711, align 4
  %712 = getelementptr i8, ptr %26, i64 %.idx3417
  %713 = load <16 x float>, ptr %712, align 4
  %714 = getelementptr inbounds i8, ptr %27, i64 %.idx3419
  store <16 x float> %713, ptr %714, align 4
  %715 = getelementptr i8, ptr %28, i64 %.idx3417
  %716 = load <16 x float>, ptr %715, align 4
  %717 = getelementptr inbounds i8, ptr %29, i64 %.idx3419
  store <16 x float> %716, ptr %717, align 4
  %718 = getelementptr i8, ptr %30, i64 %.idx3417
  %719 = load <16 x float>, ptr %718, align 4
  %720 = getelementptr inbounds i8, ptr %31, i64 %.idx3419
  store <16 x float> %719, ptr %720, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.03081, 1
  %exitcond3644.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3644.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.03083 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3685 = shl nsw i64 %i20.addr.03083, 8
  %invariant.gep3940 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3685
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.03082 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3941 = getelementptr inbounds float, ptr %invariant.gep3940, i64 %j16.addr.03082
  %721 = getelementptr inbounds i8, ptr %gep3941, i64 49152
  %722 = load <16 x float>, ptr %721, align 4
  %723 = getelementptr inbounds i8, ptr %gep3941, i64 51200
  %724 = load <16 x float>, ptr %723, align 4
  %725 = getelementptr inbounds i8, ptr %gep3941, i64 49408
  %726 = load <16 x float>, ptr %725, align 4
  %727 = getelementptr inbounds i8, ptr %gep3941, i64 51456
  %728 = load <16 x float>, ptr %727, align 4
  %729 = getelementptr inbounds i8, ptr %gep3941, i64 49664
  %730 = load <16 x float>, ptr %729, align 4
  %731 = getelementptr inbounds i8, ptr %gep3941, i64 51712
  %732 = load <16 x float>, ptr %731, align 4
  %733 = getelementptr inbounds i8, ptr %gep3941, i64 49920
  %734 = load <16 x float>, ptr %733, align 4
  %735 = getelementptr inbounds i8, ptr %gep3941, i64 51968
  %736 = load <16 x float>, ptr %735, align 4
  %737 = getelementptr inbounds i8, ptr %gep3941, i64 50176
  %738 = load <16 x float>, ptr %737, align 4
  %739 = getelementptr inbounds i8, ptr %gep3941, i64 52224
  %740 = load <16 x float>, ptr %739, align 4
  %741 = getelementptr inbounds i8, ptr %gep3941, i64 50432
  %742 = load <16 x float>, ptr %741, align 4
  %743 = getelementptr inbounds i8, ptr %gep3941, i64 52480
  %744 = load <16 x float>, ptr %743, align 4
  %745 = getelementptr inbounds i8, ptr %gep3941, i64 50688
  %746 = load <16 x float>, ptr %745, align 4
  %747 = getelementptr inbounds i8, ptr %gep3941, i64 52736
  %748 = load <16 x float>, ptr %747, align 4
  %749 = getelementptr inbounds i8, ptr %gep3941, i64 50944
  %750 = load <16 x float>, ptr %749, align 4
  %751 = getelementptr inbounds i8, ptr %gep3941, i64 52992
  %752 = load <16 x float>, ptr %751, align 4
  %753 = shufflevector <16 x float> %722, <16 x float> %724, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %754 = shufflevector <16 x float> %738, <16 x float> %740, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %755 = shufflevector <16 x float> %726, <16 x float> %728, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %756 = shufflevector <16 x float> %742, <16 x float> %744, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %757 = shufflevector <16 x float> %730, <16 x float> %732, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %758 = shufflevector <16 x float> %746, <16 x float> %748, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %759 = shufflevector <16 x float> %734, <16 x float> %736, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %760 = shufflevector <16 x float> %750, <16 x float> %752, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %761 = shufflevector <16 x float> %722, <16 x float> %724, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %762 = shufflevector <16 x float> %738, <16 x float> %740, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %763 = shufflevector <16 x float> %726, <16 x float> %728, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %764 = shufflevector <16 x float> %742, <16 x float> %744, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %765 = shufflevector <16 x float> %730, <16 x float> %732, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %766 = shufflevector <16 x float> %746, <16 x float> %748, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %767 = shufflevector <16 x float> %734, <16 x float> %736, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %768 = shufflevector <16 x float> %750, <16 x float> %752, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %769 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %770 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %771 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %772 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %773 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %774 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %775 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %776 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %777 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %778 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %779 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %780 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %781 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %782 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %783 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %784 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %785 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %786 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %787 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %788 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %789 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %790 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %791 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %792 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %793 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %794 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %795 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %796 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %797 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %798 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %799 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %800 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %801 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %802 = shl nuw nsw i64 %j16.addr.03082, 7
  %803 = add nuw nsw i64 %802, %i20.addr.03083
  %804 = getelementptr inbounds float, ptr %KT, i64 %803
  store <16 x float> %801, ptr %804, align 4
  %805 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %806 = or disjoint i64 %803, 128
  %807 = getelementptr inbounds float, ptr %KT, i64 %806
  store <16 x float> %805, ptr %807, align 4
  %808 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %809 = or disjoint i64 %803, 256
  %810 = getelementptr inbounds float, ptr %KT, i64 %809
  store <16 x float> %808, ptr %810, align 4
  %811 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %812 = or disjoint i64 %803, 384
  %813 = getelementptr inbounds float, ptr %KT, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %815 = or disjoint i64 %803, 512
  %816 = getelementptr inbounds float, ptr %KT, i64 %815
  store <16 x float> %814, ptr %816, align 4
  %817 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %818 = or disjoint i64 %803, 640
  %819 = getelementptr inbounds float, ptr %KT, i64 %818
  store <16 x float> %817, ptr %819, align 4
  %820 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %821 = or disjoint i64 %803, 768
  %822 = getelementptr inbounds float, ptr %KT, i64 %821
  store <16 x float> %820, ptr %822, align 4
  %823 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %824 = or disjoint i64 %803, 896
  %825 = getelementptr inbounds float, ptr %KT, i64 %824
  store <16 x float> %823, ptr %825, align 4
  %826 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %827 = or disjoint i64 %803, 1024
  %828 = getelementptr inbounds float, ptr %KT, i64 %827
  store <16 x float> %826, ptr %828, align 4
  %829 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %830 = or disjoint i64 %803, 1152
  %831 = getelementptr inbounds float, ptr %KT, i64 %830
  store <16 x float> %829, ptr %831, align 4
  %832 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %833 = or disjoint i64 %803, 1280
  %834 = getelementptr inbounds float, ptr %KT, i64 %833
  store <16 x float> %832, ptr %834, align 4
  %835 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %836 = or disjoint i64 %803, 1408
  %837 = getelementptr inbounds float, ptr %KT, i64 %836
  store <16 x float> %835, ptr %837, align 4
  %838 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %839 = or disjoint i64 %803, 1536
  %840 = getelementptr inbounds float, ptr %KT, i64 %839
  store <16 x float> %838, ptr %840, align 4
  %841 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %842 = or disjoint i64 %803, 1664
  %843 = getelementptr inbounds float, ptr %KT, i64 %842
  store <16 x float> %841, ptr %843, align 4
  %844 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %845 = or disjoint i64 %803, 1792
  %846 = getelementptr inbounds float, ptr %KT, i64 %845
  store <16 x float> %844, ptr %846, align 4
  %847 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %848 = or disjoint i64 %803, 1920
  %849 = getelementptr inbounds float, ptr %KT, i64 %848
  store <16 x float> %847, ptr %849, align 4
  %j16.next = add nuw nsw i64 %j16.addr.03082, 16
  %850 = icmp ult i64 %j16.addr.03082, 48
  br i1 %850, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.03083, 16
  %851 = icmp ult i64 %i20.addr.03083, 112
  br i1 %851, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.03085 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %852 = shl nuw nsw i64 %i21.addr.03085, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.03084 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %853 = add nuw nsw i64 %j17.addr.03084, %852
  %854 = or disjoint i64 %853, 8192
  %855 = getelementptr inbounds float, ptr %Bk, i64 %854
  %856 = load <16 x float>, ptr %855, align 4
  %857 = or disjoint i64 %853, 8704
  %858 = getelementptr inbounds float, ptr %Bk, i64 %857
  %859 = load <16 x float>, ptr %858, align 4
  %860 = or disjoint i64 %853, 8256
  %861 = getelementptr inbounds float, ptr %Bk, i64 %860
  %862 = load <16 x float>, ptr %861, align 4
  %863 = or disjoint i64 %853, 8768
  %864 = getelementptr inbounds float, ptr %Bk, i64 %863
  %865 = load <16 x float>, ptr %864, align 4
  %866 = or disjoint i64 %853, 8320
  %867 = getelementptr inbounds float, ptr %Bk, i64 %866
  %868 = load <16 x float>, ptr %867, align 4
  %869 = or disjoint i64 %853, 8832
  %870 = getelementptr inbounds float, ptr %Bk, i64 %869
  %871 = load <16 x float>, ptr %870, align 4
  %872 = or disjoint i64 %853, 8384
  %873 = getelementptr inbounds float, ptr %Bk, i64 %872
  %874 = load <16 x float>, ptr %873, align 4
  %875 = or disjoint i64 %853, 8896
  %876 = getelementptr inbounds float, ptr %Bk, i64 %875
  %877 = load <16 x float>, ptr %876, align 4
  %878 = or disjoint i64 %853, 8448
  %879 = getelementptr inbounds float, ptr %Bk, i64 %878
  %880 = load <16 x float>, ptr %879, align 4
  %881 = or disjoint i64 %853, 8960
  %882 = getelementptr inbounds float, ptr %Bk, i64 %881
  %883 = load <16 x float>, ptr %882, align 4
  %884 = or disjoint i64 %853, 8512
  %885 = getelementptr inbounds float, ptr %Bk, i64 %884
  %886 = load <16 x float>, ptr %885, align 4
  %887 = or disjoint i64 %853, 9024
  %888 = getelementptr inbounds float, ptr %Bk, i64 %887
  %889 = load <16 x float>, ptr %888, align 4
  %890 = or disjoint i64 %853, 8576
  %891 = getelementptr inbounds float, ptr %Bk, i64 %890
  %892 = load <16 x float>, ptr %891, align 4
  %893 = or disjoint i64 %853, 9088
  %894 = getelementptr inbounds float, ptr %Bk, i64 %893
  %895 = load <16 x float>, ptr %894, align 4
  %896 = or disjoint i64 %853, 8640
  %897 = getelementptr inbounds float, ptr %Bk, i64 %896
  %898 = load <16 x float>, ptr %897, align 4
  %899 = or disjoint i64 %853, 9152
  %900 = getelementptr inbounds float, ptr %Bk, i64 %899
  %901 = load <16 x float>, ptr %900, align 4
  %902 = shufflevector <16 x float> %856, <16 x float> %859, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %903 = shufflevector <16 x float> %880, <16 x float> %883, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %904 = shufflevector <16 x float> %862, <16 x float> %865, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %905 = shufflevector <16 x float> %886, <16 x float> %889, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %906 = shufflevector <16 x float> %868, <16 x float> %871, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %907 = shufflevector <16 x float> %892, <16 x float> %895, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %908 = shufflevector <16 x float> %874, <16 x float> %877, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %909 = shufflevector <16 x float> %898, <16 x float> %901, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %910 = shufflevector <16 x float> %856, <16 x float> %859, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %911 = shufflevector <16 x float> %880, <16 x float> %883, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %912 = shufflevector <16 x float> %862, <16 x float> %865, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %913 = shufflevector <16 x float> %886, <16 x float> %889, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %914 = shufflevector <16 x float> %868, <16 x float> %871, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %915 = shufflevector <16 x float> %892, <16 x float> %895, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %916 = shufflevector <16 x float> %874, <16 x float> %877, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %917 = shufflevector <16 x float> %898, <16 x float> %901, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %918 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %919 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %920 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %921 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %922 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %923 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %924 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %925 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %926 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %927 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %928 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %929 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %930 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %931 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %932 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %933 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %934 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %935 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %936 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %937 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
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
  %950 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %951 = shl nuw nsw i64 %j17.addr.03084, 6
  %952 = add nuw nsw i64 %951, %i21.addr.03085
  %953 = getelementptr inbounds float, ptr %QcT, i64 %952
  store <16 x float> %950, ptr %953, align 4
  %954 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %955 = or disjoint i64 %952, 64
  %956 = getelementptr inbounds float, ptr %QcT, i64 %955
  store <16 x float> %954, ptr %956, align 4
  %957 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %958 = or disjoint i64 %952, 128
  %959 = getelementptr inbounds float, ptr %QcT, i64 %958
  store <16 x float> %957, ptr %959, align 4
  %960 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %961 = or disjoint i64 %952, 192
  %962 = getelementptr inbounds float, ptr %QcT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %964 = or disjoint i64 %952, 256
  %965 = getelementptr inbounds float, ptr %QcT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  %966 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %967 = or disjoint i64 %952, 320
  %968 = getelementptr inbounds float, ptr %QcT, i64 %967
  store <16 x float> %966, ptr %968, align 4
  %969 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %970 = or disjoint i64 %952, 384
  %971 = getelementptr inbounds float, ptr %QcT, i64 %970
  store <16 x float> %969, ptr %971, align 4
  %972 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %973 = or disjoint i64 %952, 448
  %974 = getelementptr inbounds float, ptr %QcT, i64 %973
  store <16 x float> %972, ptr %974, align 4
  %975 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %976 = or disjoint i64 %952, 512
  %977 = getelementptr inbounds float, ptr %QcT, i64 %976
  store <16 x float> %975, ptr %977, align 4
  %978 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %979 = or disjoint i64 %952, 576
  %980 = getelementptr inbounds float, ptr %QcT, i64 %979
  store <16 x float> %978, ptr %980, align 4
  %981 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %982 = or disjoint i64 %952, 640
  %983 = getelementptr inbounds float, ptr %QcT, i64 %982
  store <16 x float> %981, ptr %983, align 4
  %984 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %985 = or disjoint i64 %952, 704
  %986 = getelementptr inbounds float, ptr %QcT, i64 %985
  store <16 x float> %984, ptr %986, align 4
  %987 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %988 = or disjoint i64 %952, 768
  %989 = getelementptr inbounds float, ptr %QcT, i64 %988
  store <16 x float> %987, ptr %989, align 4
  %990 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %991 = or disjoint i64 %952, 832
  %992 = getelementptr inbounds float, ptr %QcT, i64 %991
  store <16 x float> %990, ptr %992, align 4
  %993 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %994 = or disjoint i64 %952, 896
  %995 = getelementptr inbounds float, ptr %QcT, i64 %994
  store <16 x float> %993, ptr %995, align 4
  %996 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %997 = or disjoint i64 %952, 960
  %998 = getelementptr inbounds float, ptr %QcT, i64 %997
  store <16 x float> %996, ptr %998, align 4
  %j17.next = add nuw nsw i64 %j17.addr.03084, 16
  %999 = icmp ult i64 %j17.addr.03084, 48
  br i1 %999, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.03085, 16
  %1000 = icmp ult i64 %i21.addr.03085, 48
  br i1 %1000, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.03087 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %1001 = shl nuw nsw i64 %i22.addr.03087, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.03086 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %1002 = add nuw nsw i64 %j18.addr.03086, %1001
  %1003 = getelementptr inbounds float, ptr %OY, i64 %1002
  %1004 = load <16 x float>, ptr %1003, align 4
  %1005 = or disjoint i64 %1002, 512
  %1006 = getelementptr inbounds float, ptr %OY, i64 %1005
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = or disjoint i64 %1002, 64
  %1009 = getelementptr inbounds float, ptr %OY, i64 %1008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = or disjoint i64 %1002, 576
  %1012 = getelementptr inbounds float, ptr %OY, i64 %1011
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = or disjoint i64 %1002, 128
  %1015 = getelementptr inbounds float, ptr %OY, i64 %1014
  %1016 = load <16 x float>, ptr %1015, align 4
  %1017 = or disjoint i64 %1002, 640
  %1018 = getelementptr inbounds float, ptr %OY, i64 %1017
  %1019 = load <16 x float>, ptr %1018, align 4
  %1020 = or disjoint i64 %1002, 192
  %1021 = getelementptr inbounds float, ptr %OY, i64 %1020
  %1022 = load <16 x float>, ptr %1021, align 4
  %1023 = or disjoint i64 %1002, 704
  %1024 = getelementptr inbounds float, ptr %OY, i64 %1023
  %1025 = load <16 x float>, ptr %1024, align 4
  %1026 = or disjoint i64 %1002, 256
  %1027 = getelementptr inbounds float, ptr %OY, i64 %1026
  %1028 = load <16 x float>, ptr %1027, align 4
  %1029 = or disjoint i64 %1002, 768
  %1030 = getelementptr inbounds float, ptr %OY, i64 %1029
  %1031 = load <16 x float>, ptr %1030, align 4
  %1032 = or disjoint i64 %1002, 320
  %1033 = getelementptr inbounds float, ptr %OY, i64 %1032
  %1034 = load <16 x float>, ptr %1033, align 4
  %1035 = or disjoint i64 %1002, 832
  %1036 = getelementptr inbounds float, ptr %OY, i64 %1035
  %1037 = load <16 x float>, ptr %1036, align 4
  %1038 = or disjoint i64 %1002, 384
  %1039 = getelementptr inbounds float, ptr %OY, i64 %1038
  %1040 = load <16 x float>, ptr %1039, align 4
  %1041 = or disjoint i64 %1002, 896
  %1042 = getelementptr inbounds float, ptr %OY, i64 %1041
  %1043 = load <16 x float>, ptr %1042, align 4
  %1044 = or disjoint i64 %1002, 448
  %1045 = getelementptr inbounds float, ptr %OY, i64 %1044
  %1046 = load <16 x float>, ptr %1045, align 4
  %1047 = or disjoint i64 %1002, 960
  %1048 = getelementptr inbounds float, ptr %OY, i64 %1047
  %1049 = load <16 x float>, ptr %1048, align 4
  %1050 = shufflevector <16 x float> %1004, <16 x float> %1007, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1051 = shufflevector <16 x float> %1028, <16 x float> %1031, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1052 = shufflevector <16 x float> %1010, <16 x float> %1013, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1053 = shufflevector <16 x float> %1034, <16 x float> %1037, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1054 = shufflevector <16 x float> %1016, <16 x float> %1019, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1055 = shufflevector <16 x float> %1040, <16 x float> %1043, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1056 = shufflevector <16 x float> %1022, <16 x float> %1025, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1057 = shufflevector <16 x float> %1046, <16 x float> %1049, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1058 = shufflevector <16 x float> %1004, <16 x float> %1007, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1059 = shufflevector <16 x float> %1028, <16 x float> %1031, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1060 = shufflevector <16 x float> %1010, <16 x float> %1013, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1061 = shufflevector <16 x float> %1034, <16 x float> %1037, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1062 = shufflevector <16 x float> %1016, <16 x float> %1019, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1063 = shufflevector <16 x float> %1040, <16 x float> %1043, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1064 = shufflevector <16 x float> %1022, <16 x float> %1025, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1065 = shufflevector <16 x float> %1046, <16 x float> %1049, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1066 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1067 = shufflevector <16 x float> %1054, <16 x float> %1055, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1068 = shufflevector <16 x float> %1052, <16 x float> %1053, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1069 = shufflevector <16 x float> %1056, <16 x float> %1057, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1070 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1071 = shufflevector <16 x float> %1054, <16 x float> %1055, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1072 = shufflevector <16 x float> %1052, <16 x float> %1053, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1073 = shufflevector <16 x float> %1056, <16 x float> %1057, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1074 = shufflevector <16 x float> %1058, <16 x float> %1059, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1075 = shufflevector <16 x float> %1062, <16 x float> %1063, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1076 = shufflevector <16 x float> %1060, <16 x float> %1061, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1077 = shufflevector <16 x float> %1064, <16 x float> %1065, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1078 = shufflevector <16 x float> %1058, <16 x float> %1059, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1079 = shufflevector <16 x float> %1062, <16 x float> %1063, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1080 = shufflevector <16 x float> %1060, <16 x float> %1061, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1081 = shufflevector <16 x float> %1064, <16 x float> %1065, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1082 = shufflevector <16 x float> %1066, <16 x float> %1067, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1083 = shufflevector <16 x float> %1068, <16 x float> %1069, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1084 = shufflevector <16 x float> %1066, <16 x float> %1067, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1085 = shufflevector <16 x float> %1068, <16 x float> %1069, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1086 = shufflevector <16 x float> %1070, <16 x float> %1071, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1087 = shufflevector <16 x float> %1072, <16 x float> %1073, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1088 = shufflevector <16 x float> %1070, <16 x float> %1071, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1089 = shufflevector <16 x float> %1072, <16 x float> %1073, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1090 = shufflevector <16 x float> %1074, <16 x float> %1075, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1091 = shufflevector <16 x float> %1076, <16 x float> %1077, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1092 = shufflevector <16 x float> %1074, <16 x float> %1075, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1093 = shufflevector <16 x float> %1076, <16 x float> %1077, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1094 = shufflevector <16 x float> %1078, <16 x float> %1079, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1095 = shufflevector <16 x float> %1080, <16 x float> %1081, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1096 = shufflevector <16 x float> %1078, <16 x float> %1079, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1097 = shufflevector <16 x float> %1080, <16 x float> %1081, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1098 = shufflevector <16 x float> %1082, <16 x float> %1083, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1099 = shl nuw nsw i64 %j18.addr.03086, 6
  %1100 = add nuw nsw i64 %1099, %i22.addr.03087
  %1101 = getelementptr inbounds float, ptr %dOT, i64 %1100
  store <16 x float> %1098, ptr %1101, align 4
  %1102 = shufflevector <16 x float> %1082, <16 x float> %1083, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1103 = or disjoint i64 %1100, 64
  %1104 = getelementptr inbounds float, ptr %dOT, i64 %1103
  store <16 x float> %1102, ptr %1104, align 4
  %1105 = shufflevector <16 x float> %1084, <16 x float> %1085, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1106 = or disjoint i64 %1100, 128
  %1107 = getelementptr inbounds float, ptr %dOT, i64 %1106
  store <16 x float> %1105, ptr %1107, align 4
  %1108 = shufflevector <16 x float> %1084, <16 x float> %1085, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1109 = or disjoint i64 %1100, 192
  %1110 = getelementptr inbounds float, ptr %dOT, i64 %1109
  store <16 x float> %1108, ptr %1110, align 4
  %1111 = shufflevector <16 x float> %1086, <16 x float> %1087, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1112 = or disjoint i64 %1100, 256
  %1113 = getelementptr inbounds float, ptr %dOT, i64 %1112
  store <16 x float> %1111, ptr %1113, align 4
  %1114 = shufflevector <16 x float> %1086, <16 x float> %1087, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1115 = or disjoint i64 %1100, 320
  %1116 = getelementptr inbounds float, ptr %dOT, i64 %1115
  store <16 x float> %1114, ptr %1116, align 4
  %1117 = shufflevector <16 x float> %1088, <16 x float> %1089, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1118 = or disjoint i64 %1100, 384
  %1119 = getelementptr inbounds float, ptr %dOT, i64 %1118
  store <16 x float> %1117, ptr %1119, align 4
  %1120 = shufflevector <16 x float> %1088, <16 x float> %1089, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1121 = or disjoint i64 %1100, 448
  %1122 = getelementptr inbounds float, ptr %dOT, i64 %1121
  store <16 x float> %1120, ptr %1122, align 4
  %1123 = shufflevector <16 x float> %1090, <16 x float> %1091, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1124 = or disjoint i64 %1100, 512
  %1125 = getelementptr inbounds float, ptr %dOT, i64 %1124
  store <16 x float> %1123, ptr %1125, align 4
  %1126 = shufflevector <16 x float> %1090, <16 x float> %1091, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1127 = or disjoint i64 %1100, 576
  %1128 = getelementptr inbounds float, ptr %dOT, i64 %1127
  store <16 x float> %1126, ptr %1128, align 4
  %1129 = shufflevector <16 x float> %1092, <16 x float> %1093, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1130 = or disjoint i64 %1100, 640
  %1131 = getelementptr inbounds float, ptr %dOT, i64 %1130
  store <16 x float> %1129, ptr %1131, align 4
  %1132 = shufflevector <16 x float> %1092, <16 x float> %1093, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1133 = or disjoint i64 %1100, 704
  %1134 = getelementptr inbounds float, ptr %dOT, i64 %1133
  store <16 x float> %1132, ptr %1134, align 4
  %1135 = shufflevector <16 x float> %1094, <16 x float> %1095, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1136 = or disjoint i64 %1100, 768
  %1137 = getelementptr inbounds float, ptr %dOT, i64 %1136
  store <16 x float> %1135, ptr %1137, align 4
  %1138 = shufflevector <16 x float> %1094, <16 x float> %1095, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1139 = or disjoint i64 %1100, 832
  %1140 = getelementptr inbounds float, ptr %dOT, i64 %1139
  store <16 x float> %1138, ptr %1140, align 4
  %1141 = shufflevector <16 x float> %1096, <16 x float> %1097, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1142 = or disjoint i64 %1100, 896
  %1143 = getelementptr inbounds float, ptr %dOT, i64 %1142
  store <16 x float> %1141, ptr %1143, align 4
  %1144 = shufflevector <16 x float> %1096, <16 x float> %1097, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1145 = or disjoint i64 %1100, 960
  %1146 = getelementptr inbounds float, ptr %dOT, i64 %1145
  store <16 x float> %1144, ptr %1146, align 4
  %j18.next = add nuw nsw i64 %j18.addr.03086, 16
  %1147 = icmp ult i64 %j18.addr.03086, 48
  br i1 %1147, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.03087, 16
  %1148 = icmp ult i64 %i22.addr.03087, 48
  br i1 %1148, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %1149 = icmp ult i64 %i23.addr.03100, 120
  br i1 %1149, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.03100 = phi i64 [ %1150, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1150 = add nuw nsw i64 %i23.addr.03100, 8
  %.idx3023 = shl nuw nsw i64 %i23.addr.03100, 9
  %1151 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3023
  %1152 = shl nuw nsw i64 %i23.addr.03100, 7
  %1153 = or disjoint i64 %1152, 128
  %1154 = getelementptr inbounds float, ptr %Gm, i64 %1153
  %1155 = or disjoint i64 %1152, 256
  %1156 = getelementptr inbounds float, ptr %Gm, i64 %1155
  %1157 = or disjoint i64 %1152, 384
  %1158 = getelementptr inbounds float, ptr %Gm, i64 %1157
  %1159 = or disjoint i64 %1152, 512
  %1160 = getelementptr inbounds float, ptr %Gm, i64 %1159
  %1161 = or disjoint i64 %1152, 640
  %1162 = getelementptr inbounds float, ptr %Gm, i64 %1161
  %1163 = or disjoint i64 %1152, 768
  %1164 = getelementptr inbounds float, ptr %Gm, i64 %1163
  %1165 = or disjoint i64 %1152, 896
  %1166 = getelementptr inbounds float, ptr %Gm, i64 %1165
  %.idx3686 = shl nsw i64 %i23.addr.03100, 8
  %invariant.gep3942 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3686
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.03099 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep3088 = getelementptr inbounds float, ptr %KT, i64 %j19.addr.03099
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.03098 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1172, %p3.body ]
  %acc1.03097 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1177, %p3.body ]
  %acc2.03096 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1182, %p3.body ]
  %acc3.03095 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1187, %p3.body ]
  %acc4.03094 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1192, %p3.body ]
  %acc5.03093 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1197, %p3.body ]
  %acc6.03092 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1202, %p3.body ]
  %acc7.03091 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1207, %p3.body ]
  %p3.addr.03090 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx3024 = shl nuw nsw i64 %p3.addr.03090, 9
  %gep3089 = getelementptr inbounds i8, ptr %invariant.gep3088, i64 %.idx3024
  %1167 = load <16 x float>, ptr %gep3089, align 4
  %gep3943 = getelementptr inbounds float, ptr %invariant.gep3942, i64 %p3.addr.03090
  %1168 = getelementptr inbounds i8, ptr %gep3943, i64 49152
  %1169 = load float, ptr %1168, align 4
  %1170 = insertelement <16 x float> poison, float %1169, i64 0
  %1171 = shufflevector <16 x float> %1170, <16 x float> poison, <16 x i32> zeroinitializer
  %1172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1167, <16 x float> %acc.03098)
  %1173 = getelementptr inbounds i8, ptr %gep3943, i64 49408
  %1174 = load float, ptr %1173, align 4
  %1175 = insertelement <16 x float> poison, float %1174, i64 0
  %1176 = shufflevector <16 x float> %1175, <16 x float> poison, <16 x i32> zeroinitializer
  %1177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1176, <16 x float> %1167, <16 x float> %acc1.03097)
  %1178 = getelementptr inbounds i8, ptr %gep3943, i64 49664
  %1179 = load float, ptr %1178, align 4
  %1180 = insertelement <16 x float> poison, float %1179, i64 0
  %1181 = shufflevector <16 x float> %1180, <16 x float> poison, <16 x i32> zeroinitializer
  %1182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1181, <16 x float> %1167, <16 x float> %acc2.03096)
  %1183 = getelementptr inbounds i8, ptr %gep3943, i64 49920
  %1184 = load float, ptr %1183, align 4
  %1185 = insertelement <16 x float> poison, float %1184, i64 0
  %1186 = shufflevector <16 x float> %1185, <16 x float> poison, <16 x i32> zeroinitializer
  %1187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1186, <16 x float> %1167, <16 x float> %acc3.03095)
  %1188 = getelementptr inbounds i8, ptr %gep3943, i64 50176
  %1189 = load float, ptr %1188, align 4
  %1190 = insertelement <16 x float> poison, float %1189, i64 0
  %1191 = shufflevector <16 x float> %1190, <16 x float> poison, <16 x i32> zeroinitializer
  %1192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1191, <16 x float> %1167, <16 x float> %acc4.03094)
  %1193 = getelementptr inbounds i8, ptr %gep3943, i64 50432
  %1194 = load float, ptr %1193, align 4
  %1195 = insertelement <16 x float> poison, float %1194, i64 0
  %1196 = shufflevector <16 x float> %1195, <16 x float> poison, <16 x i32> zeroinitializer
  %1197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1196, <16 x float> %1167, <16 x float> %acc5.03093)
  %1198 = getelementptr inbounds i8, ptr %gep3943, i64 50688
  %1199 = load float, ptr %1198, align 4
  %1200 = insertelement <16 x float> poison, float %1199, i64 0
  %1201 = shufflevector <16 x float> %1200, <16 x float> poison, <16 x i32> zeroinitializer
  %1202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1201, <16 x float> %1167, <16 x float> %acc6.03092)
  %1203 = getelementptr inbounds i8, ptr %gep3943, i64 50944
  %1204 = load float, ptr %1203, align 4
  %1205 = insertelement <16 x float> poison, float %1204, i64 0
  %1206 = shufflevector <16 x float> %1205, <16 x float> poison, <16 x i32> zeroinitializer
  %1207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1206, <16 x float> %1167, <16 x float> %acc7.03091)
  %p3.next = add nuw nsw i64 %p3.addr.03090, 1
  %exitcond3645.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3645.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1208 = getelementptr inbounds float, ptr %1151, i64 %j19.addr.03099
  store <16 x float> %1172, ptr %1208, align 4
  %1209 = getelementptr inbounds float, ptr %1154, i64 %j19.addr.03099
  store <16 x float> %1177, ptr %1209, align 4
  %1210 = getelementptr inbounds float, ptr %1156, i64 %j19.addr.03099
  store <16 x float> %1182, ptr %1210, align 4
  %1211 = getelementptr inbounds float, ptr %1158, i64 %j19.addr.03099
  store <16 x float> %1187, ptr %1211, align 4
  %1212 = getelementptr inbounds float, ptr %1160, i64 %j19.addr.03099
  store <16 x float> %1192, ptr %1212, align 4
  %1213 = getelementptr inbounds float, ptr %1162, i64 %j19.addr.03099
  store <16 x float> %1197, ptr %1213, align 4
  %1214 = getelementptr inbounds float, ptr %1164, i64 %j19.addr.03099
  store <16 x float> %1202, ptr %1214, align 4
  %1215 = getelementptr inbounds float, ptr %1166, i64 %j19.addr.03099
  store <16 x float> %1207, ptr %1215, align 4
  %j19.next = add nuw nsw i64 %j19.addr.03099, 16
  %1216 = icmp ult i64 %j19.next, %1150
  br i1 %1216, label %p3.head.preheader, label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.03119 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1217 = shl nuw nsw i64 %i24.addr.03119, 6
  %1218 = shl nuw nsw i64 %i24.addr.03119, 7
  %1219 = or disjoint i64 %1218, 128
  %1220 = or disjoint i64 %1218, 256
  %1221 = or disjoint i64 %1218, 384
  %invariant.gep3944 = getelementptr inbounds float, ptr %Bk, i64 %1217
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.03117 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1238, %p4.body ]
  %acc9.03116 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1239, %p4.body ]
  %acc10.03115 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1240, %p4.body ]
  %acc11.03114 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1241, %p4.body ]
  %acc12.03113 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1246, %p4.body ]
  %acc13.03112 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1247, %p4.body ]
  %acc14.03111 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1248, %p4.body ]
  %acc15.03110 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1249, %p4.body ]
  %acc16.03109 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1254, %p4.body ]
  %acc17.03108 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1255, %p4.body ]
  %acc18.03107 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1256, %p4.body ]
  %acc19.03106 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1257, %p4.body ]
  %acc20.03105 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1262, %p4.body ]
  %acc21.03104 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1263, %p4.body ]
  %acc22.03103 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1264, %p4.body ]
  %acc23.03102 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1265, %p4.body ]
  %p4.addr.03101 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1222 = shl nuw nsw i64 %p4.addr.03101, 7
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
  %gep3945 = getelementptr inbounds float, ptr %invariant.gep3944, i64 %p4.addr.03101
  %1234 = getelementptr inbounds i8, ptr %gep3945, i64 49152
  %1235 = load float, ptr %1234, align 4
  %1236 = insertelement <16 x float> poison, float %1235, i64 0
  %1237 = shufflevector <16 x float> %1236, <16 x float> poison, <16 x i32> zeroinitializer
  %1238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1224, <16 x float> %acc8.03117)
  %1239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1227, <16 x float> %acc9.03116)
  %1240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1230, <16 x float> %acc10.03115)
  %1241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1233, <16 x float> %acc11.03114)
  %1242 = getelementptr inbounds i8, ptr %gep3945, i64 49408
  %1243 = load float, ptr %1242, align 4
  %1244 = insertelement <16 x float> poison, float %1243, i64 0
  %1245 = shufflevector <16 x float> %1244, <16 x float> poison, <16 x i32> zeroinitializer
  %1246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1224, <16 x float> %acc12.03113)
  %1247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1227, <16 x float> %acc13.03112)
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1230, <16 x float> %acc14.03111)
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1245, <16 x float> %1233, <16 x float> %acc15.03110)
  %1250 = getelementptr inbounds i8, ptr %gep3945, i64 49664
  %1251 = load float, ptr %1250, align 4
  %1252 = insertelement <16 x float> poison, float %1251, i64 0
  %1253 = shufflevector <16 x float> %1252, <16 x float> poison, <16 x i32> zeroinitializer
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1224, <16 x float> %acc16.03109)
  %1255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1227, <16 x float> %acc17.03108)
  %1256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1230, <16 x float> %acc18.03107)
  %1257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1233, <16 x float> %acc19.03106)
  %1258 = getelementptr inbounds i8, ptr %gep3945, i64 49920
  %1259 = load float, ptr %1258, align 4
  %1260 = insertelement <16 x float> poison, float %1259, i64 0
  %1261 = shufflevector <16 x float> %1260, <16 x float> poison, <16 x i32> zeroinitializer
  %1262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1224, <16 x float> %acc20.03105)
  %1263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1227, <16 x float> %acc21.03104)
  %1264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1230, <16 x float> %acc22.03103)
  %1265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1261, <16 x float> %1233, <16 x float> %acc23.03102)
  %p4.next = add nuw nsw i64 %p4.addr.03101, 1
  %exitcond3646.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3646.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1266 = getelementptr inbounds float, ptr %KSdS, i64 %1218
  store <16 x float> %1238, ptr %1266, align 4
  %1267 = or disjoint i64 %1218, 16
  %1268 = getelementptr inbounds float, ptr %KSdS, i64 %1267
  store <16 x float> %1239, ptr %1268, align 4
  %1269 = or disjoint i64 %1218, 32
  %1270 = getelementptr inbounds float, ptr %KSdS, i64 %1269
  store <16 x float> %1240, ptr %1270, align 4
  %1271 = or disjoint i64 %1218, 48
  %1272 = getelementptr inbounds float, ptr %KSdS, i64 %1271
  store <16 x float> %1241, ptr %1272, align 4
  %1273 = getelementptr inbounds float, ptr %KSdS, i64 %1219
  store <16 x float> %1246, ptr %1273, align 4
  %1274 = or disjoint i64 %1218, 144
  %1275 = getelementptr inbounds float, ptr %KSdS, i64 %1274
  store <16 x float> %1247, ptr %1275, align 4
  %1276 = or disjoint i64 %1218, 160
  %1277 = getelementptr inbounds float, ptr %KSdS, i64 %1276
  store <16 x float> %1248, ptr %1277, align 4
  %1278 = or disjoint i64 %1218, 176
  %1279 = getelementptr inbounds float, ptr %KSdS, i64 %1278
  store <16 x float> %1249, ptr %1279, align 4
  %1280 = getelementptr inbounds float, ptr %KSdS, i64 %1220
  store <16 x float> %1254, ptr %1280, align 4
  %1281 = or disjoint i64 %1218, 272
  %1282 = getelementptr inbounds float, ptr %KSdS, i64 %1281
  store <16 x float> %1255, ptr %1282, align 4
  %1283 = or disjoint i64 %1218, 288
  %1284 = getelementptr inbounds float, ptr %KSdS, i64 %1283
  store <16 x float> %1256, ptr %1284, align 4
  %1285 = or disjoint i64 %1218, 304
  %1286 = getelementptr inbounds float, ptr %KSdS, i64 %1285
  store <16 x float> %1257, ptr %1286, align 4
  %1287 = getelementptr inbounds float, ptr %KSdS, i64 %1221
  store <16 x float> %1262, ptr %1287, align 4
  %1288 = or disjoint i64 %1218, 400
  %1289 = getelementptr inbounds float, ptr %KSdS, i64 %1288
  store <16 x float> %1263, ptr %1289, align 4
  %1290 = or disjoint i64 %1218, 416
  %1291 = getelementptr inbounds float, ptr %KSdS, i64 %1290
  store <16 x float> %1264, ptr %1291, align 4
  %1292 = or disjoint i64 %1218, 432
  %1293 = getelementptr inbounds float, ptr %KSdS, i64 %1292
  store <16 x float> %1265, ptr %1293, align 4
  %invariant.gep3946 = getelementptr inbounds float, ptr %Bk, i64 %1217
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.03117.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1311, %p4.body.1 ]
  %acc9.03116.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1312, %p4.body.1 ]
  %acc10.03115.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1313, %p4.body.1 ]
  %acc11.03114.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1314, %p4.body.1 ]
  %acc12.03113.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1319, %p4.body.1 ]
  %acc13.03112.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1320, %p4.body.1 ]
  %acc14.03111.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1321, %p4.body.1 ]
  %acc15.03110.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1322, %p4.body.1 ]
  %acc16.03109.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1327, %p4.body.1 ]
  %acc17.03108.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1328, %p4.body.1 ]
  %acc18.03107.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1329, %p4.body.1 ]
  %acc19.03106.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1330, %p4.body.1 ]
  %acc20.03105.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1335, %p4.body.1 ]
  %acc21.03104.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1336, %p4.body.1 ]
  %acc22.03103.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1337, %p4.body.1 ]
  %acc23.03102.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1338, %p4.body.1 ]
  %p4.addr.03101.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1294 = shl nuw nsw i64 %p4.addr.03101.1, 7
  %1295 = or disjoint i64 %1294, 64
  %1296 = getelementptr inbounds float, ptr %work, i64 %1295
  %1297 = load <16 x float>, ptr %1296, align 4
  %1298 = or disjoint i64 %1294, 80
  %1299 = getelementptr inbounds float, ptr %work, i64 %1298
  %1300 = load <16 x float>, ptr %1299, align 4
  %1301 = or disjoint i64 %1294, 96
  %1302 = getelementptr inbounds float, ptr %work, i64 %1301
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = or disjoint i64 %1294, 112
  %1305 = getelementptr inbounds float, ptr %work, i64 %1304
  %1306 = load <16 x float>, ptr %1305, align 4
  %gep3947 = getelementptr inbounds float, ptr %invariant.gep3946, i64 %p4.addr.03101.1
  %1307 = getelementptr inbounds i8, ptr %gep3947, i64 49152
  %1308 = load float, ptr %1307, align 4
  %1309 = insertelement <16 x float> poison, float %1308, i64 0
  %1310 = shufflevector <16 x float> %1309, <16 x float> poison, <16 x i32> zeroinitializer
  %1311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1297, <16 x float> %acc8.03117.1)
  %1312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1300, <16 x float> %acc9.03116.1)
  %1313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1303, <16 x float> %acc10.03115.1)
  %1314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1306, <16 x float> %acc11.03114.1)
  %1315 = getelementptr inbounds i8, ptr %gep3947, i64 49408
  %1316 = load float, ptr %1315, align 4
  %1317 = insertelement <16 x float> poison, float %1316, i64 0
  %1318 = shufflevector <16 x float> %1317, <16 x float> poison, <16 x i32> zeroinitializer
  %1319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1318, <16 x float> %1297, <16 x float> %acc12.03113.1)
  %1320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1318, <16 x float> %1300, <16 x float> %acc13.03112.1)
  %1321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1318, <16 x float> %1303, <16 x float> %acc14.03111.1)
  %1322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1318, <16 x float> %1306, <16 x float> %acc15.03110.1)
  %1323 = getelementptr inbounds i8, ptr %gep3947, i64 49664
  %1324 = load float, ptr %1323, align 4
  %1325 = insertelement <16 x float> poison, float %1324, i64 0
  %1326 = shufflevector <16 x float> %1325, <16 x float> poison, <16 x i32> zeroinitializer
  %1327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1326, <16 x float> %1297, <16 x float> %acc16.03109.1)
  %1328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1326, <16 x float> %1300, <16 x float> %acc17.03108.1)
  %1329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1326, <16 x float> %1303, <16 x float> %acc18.03107.1)
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1326, <16 x float> %1306, <16 x float> %acc19.03106.1)
  %1331 = getelementptr inbounds i8, ptr %gep3947, i64 49920
  %1332 = load float, ptr %1331, align 4
  %1333 = insertelement <16 x float> poison, float %1332, i64 0
  %1334 = shufflevector <16 x float> %1333, <16 x float> poison, <16 x i32> zeroinitializer
  %1335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1334, <16 x float> %1297, <16 x float> %acc20.03105.1)
  %1336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1334, <16 x float> %1300, <16 x float> %acc21.03104.1)
  %1337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1334, <16 x float> %1303, <16 x float> %acc22.03103.1)
  %1338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1334, <16 x float> %1306, <16 x float> %acc23.03102.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.03101.1, 1
  %exitcond3646.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3646.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1339 = or disjoint i64 %1218, 64
  %1340 = getelementptr inbounds float, ptr %KSdS, i64 %1339
  store <16 x float> %1311, ptr %1340, align 4
  %1341 = or disjoint i64 %1218, 80
  %1342 = getelementptr inbounds float, ptr %KSdS, i64 %1341
  store <16 x float> %1312, ptr %1342, align 4
  %1343 = or disjoint i64 %1218, 96
  %1344 = getelementptr inbounds float, ptr %KSdS, i64 %1343
  store <16 x float> %1313, ptr %1344, align 4
  %1345 = or disjoint i64 %1218, 112
  %1346 = getelementptr inbounds float, ptr %KSdS, i64 %1345
  store <16 x float> %1314, ptr %1346, align 4
  %1347 = or disjoint i64 %1218, 192
  %1348 = getelementptr inbounds float, ptr %KSdS, i64 %1347
  store <16 x float> %1319, ptr %1348, align 4
  %1349 = or disjoint i64 %1218, 208
  %1350 = getelementptr inbounds float, ptr %KSdS, i64 %1349
  store <16 x float> %1320, ptr %1350, align 4
  %1351 = or disjoint i64 %1218, 224
  %1352 = getelementptr inbounds float, ptr %KSdS, i64 %1351
  store <16 x float> %1321, ptr %1352, align 4
  %1353 = or disjoint i64 %1218, 240
  %1354 = getelementptr inbounds float, ptr %KSdS, i64 %1353
  store <16 x float> %1322, ptr %1354, align 4
  %1355 = or disjoint i64 %1218, 320
  %1356 = getelementptr inbounds float, ptr %KSdS, i64 %1355
  store <16 x float> %1327, ptr %1356, align 4
  %1357 = or disjoint i64 %1218, 336
  %1358 = getelementptr inbounds float, ptr %KSdS, i64 %1357
  store <16 x float> %1328, ptr %1358, align 4
  %1359 = or disjoint i64 %1218, 352
  %1360 = getelementptr inbounds float, ptr %KSdS, i64 %1359
  store <16 x float> %1329, ptr %1360, align 4
  %1361 = or disjoint i64 %1218, 368
  %1362 = getelementptr inbounds float, ptr %KSdS, i64 %1361
  store <16 x float> %1330, ptr %1362, align 4
  %1363 = or disjoint i64 %1218, 448
  %1364 = getelementptr inbounds float, ptr %KSdS, i64 %1363
  store <16 x float> %1335, ptr %1364, align 4
  %1365 = or disjoint i64 %1218, 464
  %1366 = getelementptr inbounds float, ptr %KSdS, i64 %1365
  store <16 x float> %1336, ptr %1366, align 4
  %1367 = or disjoint i64 %1218, 480
  %1368 = getelementptr inbounds float, ptr %KSdS, i64 %1367
  store <16 x float> %1337, ptr %1368, align 4
  %1369 = or disjoint i64 %1218, 496
  %1370 = getelementptr inbounds float, ptr %KSdS, i64 %1369
  store <16 x float> %1338, ptr %1370, align 4
  %i24.next = add nuw nsw i64 %i24.addr.03119, 4
  %1371 = icmp ult i64 %i24.addr.03119, 124
  br i1 %1371, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.03121 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3420 = shl nsw i64 %i25.addr.03121, 8
  %1372 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3420
  %1373 = load <16 x float>, ptr %1372, align 4
  %.idx3421 = shl nsw i64 %i25.addr.03121, 9
  %1374 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3421
  %1375 = load <16 x float>, ptr %1374, align 4
  %1376 = fsub <16 x float> %1373, %1375
  store <16 x float> %1376, ptr %1372, align 4
  %1377 = getelementptr inbounds i8, ptr %32, i64 %.idx3420
  %1378 = load <16 x float>, ptr %1377, align 4
  %1379 = getelementptr inbounds i8, ptr %33, i64 %.idx3421
  %1380 = load <16 x float>, ptr %1379, align 4
  %1381 = fsub <16 x float> %1378, %1380
  store <16 x float> %1381, ptr %1377, align 4
  %1382 = getelementptr inbounds i8, ptr %34, i64 %.idx3420
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = getelementptr inbounds i8, ptr %35, i64 %.idx3421
  %1385 = load <16 x float>, ptr %1384, align 4
  %1386 = fsub <16 x float> %1383, %1385
  store <16 x float> %1386, ptr %1382, align 4
  %1387 = getelementptr inbounds i8, ptr %36, i64 %.idx3420
  %1388 = load <16 x float>, ptr %1387, align 4
  %1389 = getelementptr inbounds i8, ptr %37, i64 %.idx3421
  %1390 = load <16 x float>, ptr %1389, align 4
  %1391 = fsub <16 x float> %1388, %1390
  store <16 x float> %1391, ptr %1387, align 4
  %i25.next = or disjoint i64 %i25.addr.03121, 1
  %.idx3420.1 = shl nsw i64 %i25.next, 8
  %1392 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3420.1
  %1393 = load <16 x float>, ptr %1392, align 4
  %.idx3421.1 = shl nsw i64 %i25.next, 9
  %1394 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3421.1
  %1395 = load <16 x float>, ptr %1394, align 4
  %1396 = fsub <16 x float> %1393, %1395
  store <16 x float> %1396, ptr %1392, align 4
  %1397 = getelementptr inbounds i8, ptr %32, i64 %.idx3420.1
  %1398 = load <16 x float>, ptr %1397, align 4
  %1399 = getelementptr inbounds i8, ptr %33, i64 %.idx3421.1
  %1400 = load <16 x float>, ptr %1399, align 4
  %1401 = fsub <16 x float> %1398, %1400
  store <16 x float> %1401, ptr %1397, align 4
  %1402 = getelementptr inbounds i8, ptr %34, i64 %.idx3420.1
  %1403 = load <16 x float>, ptr %1402, align 4
  %1404 = getelementptr inbounds i8, ptr %35, i64 %.idx3421.1
  %1405 = load <16 x float>, ptr %1404, align 4
  %1406 = fsub <16 x float> %1403, %1405
  store <16 x float> %1406, ptr %1402, align 4
  %1407 = getelementptr inbounds i8, ptr %36, i64 %.idx3420.1
  %1408 = load <16 x float>, ptr %1407, align 4
  %1409 = getelementptr inbounds i8, ptr %37, i64 %.idx3421.1
  %1410 = load <16 x float>, ptr %1409, align 4
  %1411 = fsub <16 x float> %1408, %1410
  store <16 x float> %1411, ptr %1407, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.03121, 2
  %exitcond3647.not.1 = icmp eq i64 %i25.next.1, 128
  br i1 %exitcond3647.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.03154 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.03154, 2
  %.not3422 = icmp eq i64 %ib.addr.03154, 0
  br i1 %.not3422, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx3022 = shl nuw nsw i64 %ib.addr.03154, 11
  %1412 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3022
  %1413 = shl nuw nsw i64 %ib.addr.03154, 9
  %1414 = or disjoint i64 %1413, 128
  %1415 = getelementptr inbounds float, ptr %Gm, i64 %1414
  %1416 = or disjoint i64 %1413, 256
  %1417 = getelementptr inbounds float, ptr %Gm, i64 %1416
  %1418 = or disjoint i64 %1413, 384
  %1419 = getelementptr inbounds float, ptr %Gm, i64 %1418
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.03138 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1436, %j21.body ]
  %acc25.03137 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1437, %j21.body ]
  %acc26.03136 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1438, %j21.body ]
  %acc27.03135 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1439, %j21.body ]
  %acc28.03134 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1444, %j21.body ]
  %acc29.03133 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1445, %j21.body ]
  %acc30.03132 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1446, %j21.body ]
  %acc31.03131 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1447, %j21.body ]
  %acc32.03130 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1452, %j21.body ]
  %acc33.03129 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1453, %j21.body ]
  %acc34.03128 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1454, %j21.body ]
  %acc35.03127 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1455, %j21.body ]
  %acc36.03126 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1460, %j21.body ]
  %acc37.03125 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1461, %j21.body ]
  %acc38.03124 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1462, %j21.body ]
  %acc39.03123 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1463, %j21.body ]
  %j21.addr.03122 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %1420 = shl nsw i64 %j21.addr.03122, 6
  %1421 = getelementptr inbounds float, ptr %Vn, i64 %1420
  %1422 = load <16 x float>, ptr %1421, align 4
  %1423 = or disjoint i64 %1420, 16
  %1424 = getelementptr inbounds float, ptr %Vn, i64 %1423
  %1425 = load <16 x float>, ptr %1424, align 4
  %1426 = or disjoint i64 %1420, 32
  %1427 = getelementptr inbounds float, ptr %Vn, i64 %1426
  %1428 = load <16 x float>, ptr %1427, align 4
  %1429 = or disjoint i64 %1420, 48
  %1430 = getelementptr inbounds float, ptr %Vn, i64 %1429
  %1431 = load <16 x float>, ptr %1430, align 4
  %1432 = getelementptr inbounds float, ptr %1412, i64 %j21.addr.03122
  %1433 = load float, ptr %1432, align 4
  %1434 = insertelement <16 x float> poison, float %1433, i64 0
  %1435 = shufflevector <16 x float> %1434, <16 x float> poison, <16 x i32> zeroinitializer
  %1436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1435, <16 x float> %1422, <16 x float> %acc24.03138)
  %1437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1435, <16 x float> %1425, <16 x float> %acc25.03137)
  %1438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1435, <16 x float> %1428, <16 x float> %acc26.03136)
  %1439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1435, <16 x float> %1431, <16 x float> %acc27.03135)
  %1440 = getelementptr inbounds float, ptr %1415, i64 %j21.addr.03122
  %1441 = load float, ptr %1440, align 4
  %1442 = insertelement <16 x float> poison, float %1441, i64 0
  %1443 = shufflevector <16 x float> %1442, <16 x float> poison, <16 x i32> zeroinitializer
  %1444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1443, <16 x float> %1422, <16 x float> %acc28.03134)
  %1445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1443, <16 x float> %1425, <16 x float> %acc29.03133)
  %1446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1443, <16 x float> %1428, <16 x float> %acc30.03132)
  %1447 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1443, <16 x float> %1431, <16 x float> %acc31.03131)
  %1448 = getelementptr inbounds float, ptr %1417, i64 %j21.addr.03122
  %1449 = load float, ptr %1448, align 4
  %1450 = insertelement <16 x float> poison, float %1449, i64 0
  %1451 = shufflevector <16 x float> %1450, <16 x float> poison, <16 x i32> zeroinitializer
  %1452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1451, <16 x float> %1422, <16 x float> %acc32.03130)
  %1453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1451, <16 x float> %1425, <16 x float> %acc33.03129)
  %1454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1451, <16 x float> %1428, <16 x float> %acc34.03128)
  %1455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1451, <16 x float> %1431, <16 x float> %acc35.03127)
  %1456 = getelementptr inbounds float, ptr %1419, i64 %j21.addr.03122
  %1457 = load float, ptr %1456, align 4
  %1458 = insertelement <16 x float> poison, float %1457, i64 0
  %1459 = shufflevector <16 x float> %1458, <16 x float> poison, <16 x i32> zeroinitializer
  %1460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1459, <16 x float> %1422, <16 x float> %acc36.03126)
  %1461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1459, <16 x float> %1425, <16 x float> %acc37.03125)
  %1462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1459, <16 x float> %1428, <16 x float> %acc38.03124)
  %1463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1459, <16 x float> %1431, <16 x float> %acc39.03123)
  %j21.next = add nuw nsw i64 %j21.addr.03122, 1
  %exitcond3648.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3648.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1463, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1462, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1461, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1460, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1455, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1454, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1453, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1452, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1447, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1446, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1445, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1444, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1439, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1438, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1437, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1436, %j21.body ]
  %1464 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1465 = load float, ptr %1464, align 4
  %1466 = shl nuw nsw i64 %ib.addr.03154, 8
  %1467 = getelementptr inbounds float, ptr %Rr, i64 %1466
  %1468 = load <16 x float>, ptr %1467, align 4
  %1469 = fsub <16 x float> %1468, %acc24.0.lcssa
  store <16 x float> %1469, ptr %1467, align 4
  %1470 = insertelement <16 x float> poison, float %1465, i64 0
  %1471 = shufflevector <16 x float> %1470, <16 x float> poison, <16 x i32> zeroinitializer
  %1472 = fmul <16 x float> %1471, %1469
  %1473 = getelementptr inbounds float, ptr %Vn, i64 %1466
  store <16 x float> %1472, ptr %1473, align 4
  %1474 = mul nuw nsw i64 %ib.addr.03154, 1280
  %1475 = getelementptr inbounds float, ptr %Ak, i64 %1474
  store <16 x float> %1472, ptr %1475, align 4
  %1476 = or disjoint i64 %1466, 16
  %1477 = getelementptr inbounds float, ptr %Rr, i64 %1476
  %1478 = load <16 x float>, ptr %1477, align 4
  %1479 = fsub <16 x float> %1478, %acc25.0.lcssa
  store <16 x float> %1479, ptr %1477, align 4
  %1480 = fmul <16 x float> %1471, %1479
  %1481 = getelementptr inbounds float, ptr %Vn, i64 %1476
  store <16 x float> %1480, ptr %1481, align 4
  %1482 = or disjoint i64 %1474, 16
  %1483 = getelementptr inbounds float, ptr %Ak, i64 %1482
  store <16 x float> %1480, ptr %1483, align 4
  %1484 = or disjoint i64 %1466, 32
  %1485 = getelementptr inbounds float, ptr %Rr, i64 %1484
  %1486 = load <16 x float>, ptr %1485, align 4
  %1487 = fsub <16 x float> %1486, %acc26.0.lcssa
  store <16 x float> %1487, ptr %1485, align 4
  %1488 = fmul <16 x float> %1471, %1487
  %1489 = getelementptr inbounds float, ptr %Vn, i64 %1484
  store <16 x float> %1488, ptr %1489, align 4
  %1490 = or disjoint i64 %1474, 32
  %1491 = getelementptr inbounds float, ptr %Ak, i64 %1490
  store <16 x float> %1488, ptr %1491, align 4
  %1492 = or disjoint i64 %1466, 48
  %1493 = getelementptr inbounds float, ptr %Rr, i64 %1492
  %1494 = load <16 x float>, ptr %1493, align 4
  %1495 = fsub <16 x float> %1494, %acc27.0.lcssa
  store <16 x float> %1495, ptr %1493, align 4
  %1496 = fmul <16 x float> %1471, %1495
  %1497 = getelementptr inbounds float, ptr %Vn, i64 %1492
  store <16 x float> %1496, ptr %1497, align 4
  %1498 = or disjoint i64 %1474, 48
  %1499 = getelementptr inbounds float, ptr %Ak, i64 %1498
  store <16 x float> %1496, ptr %1499, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx3423 = shl nsw i64 %i26, 9
  %1500 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3423
  %1501 = getelementptr inbounds float, ptr %1500, i64 %i0
  %1502 = load float, ptr %1501, align 4
  %1503 = insertelement <16 x float> poison, float %1502, i64 0
  %1504 = shufflevector <16 x float> %1503, <16 x float> poison, <16 x i32> zeroinitializer
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1472, <16 x float> %acc28.0.lcssa)
  %1506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1480, <16 x float> %acc29.0.lcssa)
  %1507 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1488, <16 x float> %acc30.0.lcssa)
  %1508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1504, <16 x float> %1496, <16 x float> %acc31.0.lcssa)
  %1509 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1510 = load float, ptr %1509, align 4
  %1511 = shl nuw nsw i64 %i26, 6
  %1512 = getelementptr inbounds float, ptr %Rr, i64 %1511
  %1513 = load <16 x float>, ptr %1512, align 4
  %1514 = fsub <16 x float> %1513, %1505
  store <16 x float> %1514, ptr %1512, align 4
  %1515 = insertelement <16 x float> poison, float %1510, i64 0
  %1516 = shufflevector <16 x float> %1515, <16 x float> poison, <16 x i32> zeroinitializer
  %1517 = fmul <16 x float> %1516, %1514
  %1518 = getelementptr inbounds float, ptr %Vn, i64 %1511
  store <16 x float> %1517, ptr %1518, align 4
  %1519 = mul nuw nsw i64 %i26, 320
  %1520 = getelementptr inbounds float, ptr %Ak, i64 %1519
  store <16 x float> %1517, ptr %1520, align 4
  %1521 = or disjoint i64 %1511, 16
  %1522 = getelementptr inbounds float, ptr %Rr, i64 %1521
  %1523 = load <16 x float>, ptr %1522, align 4
  %1524 = fsub <16 x float> %1523, %1506
  store <16 x float> %1524, ptr %1522, align 4
  %1525 = fmul <16 x float> %1516, %1524
  %1526 = getelementptr inbounds float, ptr %Vn, i64 %1521
  store <16 x float> %1525, ptr %1526, align 4
  %1527 = or disjoint i64 %1519, 16
  %1528 = getelementptr inbounds float, ptr %Ak, i64 %1527
  store <16 x float> %1525, ptr %1528, align 4
  %1529 = or disjoint i64 %1511, 32
  %1530 = getelementptr inbounds float, ptr %Rr, i64 %1529
  %1531 = load <16 x float>, ptr %1530, align 4
  %1532 = fsub <16 x float> %1531, %1507
  store <16 x float> %1532, ptr %1530, align 4
  %1533 = fmul <16 x float> %1516, %1532
  %1534 = getelementptr inbounds float, ptr %Vn, i64 %1529
  store <16 x float> %1533, ptr %1534, align 4
  %1535 = or disjoint i64 %1519, 32
  %1536 = getelementptr inbounds float, ptr %Ak, i64 %1535
  store <16 x float> %1533, ptr %1536, align 4
  %1537 = or disjoint i64 %1511, 48
  %1538 = getelementptr inbounds float, ptr %Rr, i64 %1537
  %1539 = load <16 x float>, ptr %1538, align 4
  %1540 = fsub <16 x float> %1539, %1508
  store <16 x float> %1540, ptr %1538, align 4
  %1541 = fmul <16 x float> %1516, %1540
  %1542 = getelementptr inbounds float, ptr %Vn, i64 %1537
  store <16 x float> %1541, ptr %1542, align 4
  %1543 = or disjoint i64 %1519, 48
  %1544 = getelementptr inbounds float, ptr %Ak, i64 %1543
  store <16 x float> %1541, ptr %1544, align 4
  %i27 = or disjoint i64 %i0, 2
  %1545 = shl nuw nsw i64 %i27, 7
  %1546 = or disjoint i64 %1545, %i0
  %1547 = getelementptr inbounds float, ptr %Gm, i64 %1546
  %1548 = load float, ptr %1547, align 4
  %1549 = insertelement <16 x float> poison, float %1548, i64 0
  %1550 = shufflevector <16 x float> %1549, <16 x float> poison, <16 x i32> zeroinitializer
  %1551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1472, <16 x float> %acc32.0.lcssa)
  %1552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1480, <16 x float> %acc33.0.lcssa)
  %1553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1488, <16 x float> %acc34.0.lcssa)
  %1554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1496, <16 x float> %acc35.0.lcssa)
  %1555 = or disjoint i64 %1545, %i26
  %1556 = getelementptr inbounds float, ptr %Gm, i64 %1555
  %1557 = load float, ptr %1556, align 4
  %1558 = insertelement <16 x float> poison, float %1557, i64 0
  %1559 = shufflevector <16 x float> %1558, <16 x float> poison, <16 x i32> zeroinitializer
  %1560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1559, <16 x float> %1517, <16 x float> %1551)
  %1561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1559, <16 x float> %1525, <16 x float> %1552)
  %1562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1559, <16 x float> %1533, <16 x float> %1553)
  %1563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1559, <16 x float> %1541, <16 x float> %1554)
  %1564 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1565 = load float, ptr %1564, align 4
  %1566 = shl nuw nsw i64 %i27, 6
  %1567 = getelementptr inbounds float, ptr %Rr, i64 %1566
  %1568 = load <16 x float>, ptr %1567, align 4
  %1569 = fsub <16 x float> %1568, %1560
  store <16 x float> %1569, ptr %1567, align 4
  %1570 = insertelement <16 x float> poison, float %1565, i64 0
  %1571 = shufflevector <16 x float> %1570, <16 x float> poison, <16 x i32> zeroinitializer
  %1572 = fmul <16 x float> %1571, %1569
  %1573 = getelementptr inbounds float, ptr %Vn, i64 %1566
  store <16 x float> %1572, ptr %1573, align 4
  %1574 = mul nuw nsw i64 %i27, 320
  %1575 = getelementptr inbounds float, ptr %Ak, i64 %1574
  store <16 x float> %1572, ptr %1575, align 4
  %1576 = or disjoint i64 %1566, 16
  %1577 = getelementptr inbounds float, ptr %Rr, i64 %1576
  %1578 = load <16 x float>, ptr %1577, align 4
  %1579 = fsub <16 x float> %1578, %1561
  store <16 x float> %1579, ptr %1577, align 4
  %1580 = fmul <16 x float> %1571, %1579
  %1581 = getelementptr inbounds float, ptr %Vn, i64 %1576
  store <16 x float> %1580, ptr %1581, align 4
  %1582 = or disjoint i64 %1574, 16
  %1583 = getelementptr inbounds float, ptr %Ak, i64 %1582
  store <16 x float> %1580, ptr %1583, align 4
  %1584 = or disjoint i64 %1566, 32
  %1585 = getelementptr inbounds float, ptr %Rr, i64 %1584
  %1586 = load <16 x float>, ptr %1585, align 4
  %1587 = fsub <16 x float> %1586, %1562
  store <16 x float> %1587, ptr %1585, align 4
  %1588 = fmul <16 x float> %1571, %1587
  %1589 = getelementptr inbounds float, ptr %Vn, i64 %1584
  store <16 x float> %1588, ptr %1589, align 4
  %1590 = or disjoint i64 %1574, 32
  %1591 = getelementptr inbounds float, ptr %Ak, i64 %1590
  store <16 x float> %1588, ptr %1591, align 4
  %1592 = or disjoint i64 %1566, 48
  %1593 = getelementptr inbounds float, ptr %Rr, i64 %1592
  %1594 = load <16 x float>, ptr %1593, align 4
  %1595 = fsub <16 x float> %1594, %1563
  store <16 x float> %1595, ptr %1593, align 4
  %1596 = fmul <16 x float> %1571, %1595
  %1597 = getelementptr inbounds float, ptr %Vn, i64 %1592
  store <16 x float> %1596, ptr %1597, align 4
  %1598 = or disjoint i64 %1574, 48
  %1599 = getelementptr inbounds float, ptr %Ak, i64 %1598
  store <16 x float> %1596, ptr %1599, align 4
  %i28 = or disjoint i64 %i0, 3
  %1600 = shl nuw nsw i64 %i28, 7
  %1601 = or disjoint i64 %1600, %i0
  %1602 = getelementptr inbounds float, ptr %Gm, i64 %1601
  %1603 = load float, ptr %1602, align 4
  %1604 = insertelement <16 x float> poison, float %1603, i64 0
  %1605 = shufflevector <16 x float> %1604, <16 x float> poison, <16 x i32> zeroinitializer
  %1606 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1605, <16 x float> %1472, <16 x float> %acc36.0.lcssa)
  %1607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1605, <16 x float> %1480, <16 x float> %acc37.0.lcssa)
  %1608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1605, <16 x float> %1488, <16 x float> %acc38.0.lcssa)
  %1609 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1605, <16 x float> %1496, <16 x float> %acc39.0.lcssa)
  %1610 = or disjoint i64 %1600, %i26
  %1611 = getelementptr inbounds float, ptr %Gm, i64 %1610
  %1612 = load float, ptr %1611, align 4
  %1613 = insertelement <16 x float> poison, float %1612, i64 0
  %1614 = shufflevector <16 x float> %1613, <16 x float> poison, <16 x i32> zeroinitializer
  %1615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1517, <16 x float> %1606)
  %1616 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1525, <16 x float> %1607)
  %1617 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1533, <16 x float> %1608)
  %1618 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1541, <16 x float> %1609)
  %1619 = or disjoint i64 %1600, %i27
  %1620 = getelementptr inbounds float, ptr %Gm, i64 %1619
  %1621 = load float, ptr %1620, align 4
  %1622 = insertelement <16 x float> poison, float %1621, i64 0
  %1623 = shufflevector <16 x float> %1622, <16 x float> poison, <16 x i32> zeroinitializer
  %1624 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1623, <16 x float> %1572, <16 x float> %1615)
  %1625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1623, <16 x float> %1580, <16 x float> %1616)
  %1626 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1623, <16 x float> %1588, <16 x float> %1617)
  %1627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1623, <16 x float> %1596, <16 x float> %1618)
  %1628 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1629 = load float, ptr %1628, align 4
  %1630 = shl nuw nsw i64 %i28, 6
  %1631 = getelementptr inbounds float, ptr %Rr, i64 %1630
  %1632 = load <16 x float>, ptr %1631, align 4
  %1633 = fsub <16 x float> %1632, %1624
  store <16 x float> %1633, ptr %1631, align 4
  %1634 = insertelement <16 x float> poison, float %1629, i64 0
  %1635 = shufflevector <16 x float> %1634, <16 x float> poison, <16 x i32> zeroinitializer
  %1636 = fmul <16 x float> %1635, %1633
  %1637 = getelementptr inbounds float, ptr %Vn, i64 %1630
  store <16 x float> %1636, ptr %1637, align 4
  %1638 = mul nuw nsw i64 %i28, 320
  %1639 = getelementptr inbounds float, ptr %Ak, i64 %1638
  store <16 x float> %1636, ptr %1639, align 4
  %1640 = or disjoint i64 %1630, 16
  %1641 = getelementptr inbounds float, ptr %Rr, i64 %1640
  %1642 = load <16 x float>, ptr %1641, align 4
  %1643 = fsub <16 x float> %1642, %1625
  store <16 x float> %1643, ptr %1641, align 4
  %1644 = fmul <16 x float> %1635, %1643
  %1645 = getelementptr inbounds float, ptr %Vn, i64 %1640
  store <16 x float> %1644, ptr %1645, align 4
  %1646 = or disjoint i64 %1638, 16
  %1647 = getelementptr inbounds float, ptr %Ak, i64 %1646
  store <16 x float> %1644, ptr %1647, align 4
  %1648 = or disjoint i64 %1630, 32
  %1649 = getelementptr inbounds float, ptr %Rr, i64 %1648
  %1650 = load <16 x float>, ptr %1649, align 4
  %1651 = fsub <16 x float> %1650, %1626
  store <16 x float> %1651, ptr %1649, align 4
  %1652 = fmul <16 x float> %1635, %1651
  %1653 = getelementptr inbounds float, ptr %Vn, i64 %1648
  store <16 x float> %1652, ptr %1653, align 4
  %1654 = or disjoint i64 %1638, 32
  %1655 = getelementptr inbounds float, ptr %Ak, i64 %1654
  store <16 x float> %1652, ptr %1655, align 4
  %1656 = or disjoint i64 %1630, 48
  %1657 = getelementptr inbounds float, ptr %Rr, i64 %1656
  %1658 = load <16 x float>, ptr %1657, align 4
  %1659 = fsub <16 x float> %1658, %1627
  store <16 x float> %1659, ptr %1657, align 4
  %1660 = fmul <16 x float> %1635, %1659
  %1661 = getelementptr inbounds float, ptr %Vn, i64 %1656
  store <16 x float> %1660, ptr %1661, align 4
  %1662 = or disjoint i64 %1638, 48
  %1663 = getelementptr inbounds float, ptr %Ak, i64 %1662
  store <16 x float> %1660, ptr %1663, align 4
  %ib.next = add nuw nsw i64 %ib.addr.03154, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3649.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3649.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.03156 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1664 = shl nuw nsw i64 %i29.addr.03156, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.03155 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %1665 = add nuw nsw i64 %j22.addr.03155, %1664
  %1666 = getelementptr inbounds float, ptr %Vn, i64 %1665
  %1667 = load <16 x float>, ptr %1666, align 4
  %1668 = or disjoint i64 %1665, 512
  %1669 = getelementptr inbounds float, ptr %Vn, i64 %1668
  %1670 = load <16 x float>, ptr %1669, align 4
  %1671 = or disjoint i64 %1665, 64
  %1672 = getelementptr inbounds float, ptr %Vn, i64 %1671
  %1673 = load <16 x float>, ptr %1672, align 4
  %1674 = or disjoint i64 %1665, 576
  %1675 = getelementptr inbounds float, ptr %Vn, i64 %1674
  %1676 = load <16 x float>, ptr %1675, align 4
  %1677 = or disjoint i64 %1665, 128
  %1678 = getelementptr inbounds float, ptr %Vn, i64 %1677
  %1679 = load <16 x float>, ptr %1678, align 4
  %1680 = or disjoint i64 %1665, 640
  %1681 = getelementptr inbounds float, ptr %Vn, i64 %1680
  %1682 = load <16 x float>, ptr %1681, align 4
  %1683 = or disjoint i64 %1665, 192
  %1684 = getelementptr inbounds float, ptr %Vn, i64 %1683
  %1685 = load <16 x float>, ptr %1684, align 4
  %1686 = or disjoint i64 %1665, 704
  %1687 = getelementptr inbounds float, ptr %Vn, i64 %1686
  %1688 = load <16 x float>, ptr %1687, align 4
  %1689 = or disjoint i64 %1665, 256
  %1690 = getelementptr inbounds float, ptr %Vn, i64 %1689
  %1691 = load <16 x float>, ptr %1690, align 4
  %1692 = or disjoint i64 %1665, 768
  %1693 = getelementptr inbounds float, ptr %Vn, i64 %1692
  %1694 = load <16 x float>, ptr %1693, align 4
  %1695 = or disjoint i64 %1665, 320
  %1696 = getelementptr inbounds float, ptr %Vn, i64 %1695
  %1697 = load <16 x float>, ptr %1696, align 4
  %1698 = or disjoint i64 %1665, 832
  %1699 = getelementptr inbounds float, ptr %Vn, i64 %1698
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = or disjoint i64 %1665, 384
  %1702 = getelementptr inbounds float, ptr %Vn, i64 %1701
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = or disjoint i64 %1665, 896
  %1705 = getelementptr inbounds float, ptr %Vn, i64 %1704
  %1706 = load <16 x float>, ptr %1705, align 4
  %1707 = or disjoint i64 %1665, 448
  %1708 = getelementptr inbounds float, ptr %Vn, i64 %1707
  %1709 = load <16 x float>, ptr %1708, align 4
  %1710 = or disjoint i64 %1665, 960
  %1711 = getelementptr inbounds float, ptr %Vn, i64 %1710
  %1712 = load <16 x float>, ptr %1711, align 4
  %1713 = shufflevector <16 x float> %1667, <16 x float> %1670, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1714 = shufflevector <16 x float> %1691, <16 x float> %1694, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1715 = shufflevector <16 x float> %1673, <16 x float> %1676, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1716 = shufflevector <16 x float> %1697, <16 x float> %1700, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1717 = shufflevector <16 x float> %1679, <16 x float> %1682, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1718 = shufflevector <16 x float> %1703, <16 x float> %1706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1719 = shufflevector <16 x float> %1685, <16 x float> %1688, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1720 = shufflevector <16 x float> %1709, <16 x float> %1712, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1721 = shufflevector <16 x float> %1667, <16 x float> %1670, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1722 = shufflevector <16 x float> %1691, <16 x float> %1694, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1723 = shufflevector <16 x float> %1673, <16 x float> %1676, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1724 = shufflevector <16 x float> %1697, <16 x float> %1700, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1725 = shufflevector <16 x float> %1679, <16 x float> %1682, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1726 = shufflevector <16 x float> %1703, <16 x float> %1706, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1727 = shufflevector <16 x float> %1685, <16 x float> %1688, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1728 = shufflevector <16 x float> %1709, <16 x float> %1712, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1729 = shufflevector <16 x float> %1713, <16 x float> %1714, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1730 = shufflevector <16 x float> %1717, <16 x float> %1718, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1731 = shufflevector <16 x float> %1715, <16 x float> %1716, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1732 = shufflevector <16 x float> %1719, <16 x float> %1720, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1733 = shufflevector <16 x float> %1713, <16 x float> %1714, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1734 = shufflevector <16 x float> %1717, <16 x float> %1718, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1735 = shufflevector <16 x float> %1715, <16 x float> %1716, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1736 = shufflevector <16 x float> %1719, <16 x float> %1720, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1737 = shufflevector <16 x float> %1721, <16 x float> %1722, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1738 = shufflevector <16 x float> %1725, <16 x float> %1726, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1739 = shufflevector <16 x float> %1723, <16 x float> %1724, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1740 = shufflevector <16 x float> %1727, <16 x float> %1728, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1741 = shufflevector <16 x float> %1721, <16 x float> %1722, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1742 = shufflevector <16 x float> %1725, <16 x float> %1726, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1743 = shufflevector <16 x float> %1723, <16 x float> %1724, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1744 = shufflevector <16 x float> %1727, <16 x float> %1728, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1745 = shufflevector <16 x float> %1729, <16 x float> %1730, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1746 = shufflevector <16 x float> %1731, <16 x float> %1732, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1747 = shufflevector <16 x float> %1729, <16 x float> %1730, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1748 = shufflevector <16 x float> %1731, <16 x float> %1732, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1749 = shufflevector <16 x float> %1733, <16 x float> %1734, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1750 = shufflevector <16 x float> %1735, <16 x float> %1736, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1751 = shufflevector <16 x float> %1733, <16 x float> %1734, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1752 = shufflevector <16 x float> %1735, <16 x float> %1736, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1753 = shufflevector <16 x float> %1737, <16 x float> %1738, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1754 = shufflevector <16 x float> %1739, <16 x float> %1740, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1755 = shufflevector <16 x float> %1737, <16 x float> %1738, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1756 = shufflevector <16 x float> %1739, <16 x float> %1740, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1757 = shufflevector <16 x float> %1741, <16 x float> %1742, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1758 = shufflevector <16 x float> %1743, <16 x float> %1744, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1759 = shufflevector <16 x float> %1741, <16 x float> %1742, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1760 = shufflevector <16 x float> %1743, <16 x float> %1744, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1761 = shufflevector <16 x float> %1745, <16 x float> %1746, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1762 = shl nuw nsw i64 %j22.addr.03155, 7
  %1763 = add nuw nsw i64 %1762, %i29.addr.03156
  %1764 = getelementptr inbounds float, ptr %VnT, i64 %1763
  store <16 x float> %1761, ptr %1764, align 4
  %1765 = shufflevector <16 x float> %1745, <16 x float> %1746, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1766 = or disjoint i64 %1763, 128
  %1767 = getelementptr inbounds float, ptr %VnT, i64 %1766
  store <16 x float> %1765, ptr %1767, align 4
  %1768 = shufflevector <16 x float> %1747, <16 x float> %1748, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1769 = or disjoint i64 %1763, 256
  %1770 = getelementptr inbounds float, ptr %VnT, i64 %1769
  store <16 x float> %1768, ptr %1770, align 4
  %1771 = shufflevector <16 x float> %1747, <16 x float> %1748, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1772 = or disjoint i64 %1763, 384
  %1773 = getelementptr inbounds float, ptr %VnT, i64 %1772
  store <16 x float> %1771, ptr %1773, align 4
  %1774 = shufflevector <16 x float> %1749, <16 x float> %1750, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1775 = or disjoint i64 %1763, 512
  %1776 = getelementptr inbounds float, ptr %VnT, i64 %1775
  store <16 x float> %1774, ptr %1776, align 4
  %1777 = shufflevector <16 x float> %1749, <16 x float> %1750, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1778 = or disjoint i64 %1763, 640
  %1779 = getelementptr inbounds float, ptr %VnT, i64 %1778
  store <16 x float> %1777, ptr %1779, align 4
  %1780 = shufflevector <16 x float> %1751, <16 x float> %1752, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1781 = or disjoint i64 %1763, 768
  %1782 = getelementptr inbounds float, ptr %VnT, i64 %1781
  store <16 x float> %1780, ptr %1782, align 4
  %1783 = shufflevector <16 x float> %1751, <16 x float> %1752, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1784 = or disjoint i64 %1763, 896
  %1785 = getelementptr inbounds float, ptr %VnT, i64 %1784
  store <16 x float> %1783, ptr %1785, align 4
  %1786 = shufflevector <16 x float> %1753, <16 x float> %1754, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1787 = or disjoint i64 %1763, 1024
  %1788 = getelementptr inbounds float, ptr %VnT, i64 %1787
  store <16 x float> %1786, ptr %1788, align 4
  %1789 = shufflevector <16 x float> %1753, <16 x float> %1754, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1790 = or disjoint i64 %1763, 1152
  %1791 = getelementptr inbounds float, ptr %VnT, i64 %1790
  store <16 x float> %1789, ptr %1791, align 4
  %1792 = shufflevector <16 x float> %1755, <16 x float> %1756, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1793 = or disjoint i64 %1763, 1280
  %1794 = getelementptr inbounds float, ptr %VnT, i64 %1793
  store <16 x float> %1792, ptr %1794, align 4
  %1795 = shufflevector <16 x float> %1755, <16 x float> %1756, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1796 = or disjoint i64 %1763, 1408
  %1797 = getelementptr inbounds float, ptr %VnT, i64 %1796
  store <16 x float> %1795, ptr %1797, align 4
  %1798 = shufflevector <16 x float> %1757, <16 x float> %1758, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1799 = or disjoint i64 %1763, 1536
  %1800 = getelementptr inbounds float, ptr %VnT, i64 %1799
  store <16 x float> %1798, ptr %1800, align 4
  %1801 = shufflevector <16 x float> %1757, <16 x float> %1758, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1802 = or disjoint i64 %1763, 1664
  %1803 = getelementptr inbounds float, ptr %VnT, i64 %1802
  store <16 x float> %1801, ptr %1803, align 4
  %1804 = shufflevector <16 x float> %1759, <16 x float> %1760, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1805 = or disjoint i64 %1763, 1792
  %1806 = getelementptr inbounds float, ptr %VnT, i64 %1805
  store <16 x float> %1804, ptr %1806, align 4
  %1807 = shufflevector <16 x float> %1759, <16 x float> %1760, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1808 = or disjoint i64 %1763, 1920
  %1809 = getelementptr inbounds float, ptr %VnT, i64 %1808
  store <16 x float> %1807, ptr %1809, align 4
  %j22.next = add nuw nsw i64 %j22.addr.03155, 16
  %1810 = icmp ult i64 %j22.addr.03155, 48
  br i1 %1810, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.03156, 16
  %1811 = icmp ult i64 %i29.addr.03156, 112
  br i1 %1811, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.03174 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1812 = shl nuw nsw i64 %i30.addr.03174, 6
  %invariant.gep3948 = getelementptr inbounds float, ptr %Bk, i64 %1812
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.03173 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1829, %p6.body ]
  %acc41.03172 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1830, %p6.body ]
  %acc42.03171 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1831, %p6.body ]
  %acc43.03170 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1832, %p6.body ]
  %acc44.03169 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1837, %p6.body ]
  %acc45.03168 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1838, %p6.body ]
  %acc46.03167 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1839, %p6.body ]
  %acc47.03166 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1840, %p6.body ]
  %acc48.03165 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1845, %p6.body ]
  %acc49.03164 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1846, %p6.body ]
  %acc50.03163 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1847, %p6.body ]
  %acc51.03162 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1848, %p6.body ]
  %acc52.03161 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1853, %p6.body ]
  %acc53.03160 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1854, %p6.body ]
  %acc54.03159 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1855, %p6.body ]
  %acc55.03158 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1856, %p6.body ]
  %p6.addr.03157 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1813 = shl nuw nsw i64 %p6.addr.03157, 6
  %1814 = getelementptr inbounds float, ptr %QcT, i64 %1813
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = or disjoint i64 %1813, 16
  %1817 = getelementptr inbounds float, ptr %QcT, i64 %1816
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = or disjoint i64 %1813, 32
  %1820 = getelementptr inbounds float, ptr %QcT, i64 %1819
  %1821 = load <16 x float>, ptr %1820, align 4
  %1822 = or disjoint i64 %1813, 48
  %1823 = getelementptr inbounds float, ptr %QcT, i64 %1822
  %1824 = load <16 x float>, ptr %1823, align 4
  %gep3949 = getelementptr inbounds float, ptr %invariant.gep3948, i64 %p6.addr.03157
  %1825 = getelementptr inbounds i8, ptr %gep3949, i64 49152
  %1826 = load float, ptr %1825, align 4
  %1827 = insertelement <16 x float> poison, float %1826, i64 0
  %1828 = shufflevector <16 x float> %1827, <16 x float> poison, <16 x i32> zeroinitializer
  %1829 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1815, <16 x float> %acc40.03173)
  %1830 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1818, <16 x float> %acc41.03172)
  %1831 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1821, <16 x float> %acc42.03171)
  %1832 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1828, <16 x float> %1824, <16 x float> %acc43.03170)
  %1833 = getelementptr inbounds i8, ptr %gep3949, i64 49408
  %1834 = load float, ptr %1833, align 4
  %1835 = insertelement <16 x float> poison, float %1834, i64 0
  %1836 = shufflevector <16 x float> %1835, <16 x float> poison, <16 x i32> zeroinitializer
  %1837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1836, <16 x float> %1815, <16 x float> %acc44.03169)
  %1838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1836, <16 x float> %1818, <16 x float> %acc45.03168)
  %1839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1836, <16 x float> %1821, <16 x float> %acc46.03167)
  %1840 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1836, <16 x float> %1824, <16 x float> %acc47.03166)
  %1841 = getelementptr inbounds i8, ptr %gep3949, i64 49664
  %1842 = load float, ptr %1841, align 4
  %1843 = insertelement <16 x float> poison, float %1842, i64 0
  %1844 = shufflevector <16 x float> %1843, <16 x float> poison, <16 x i32> zeroinitializer
  %1845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1844, <16 x float> %1815, <16 x float> %acc48.03165)
  %1846 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1844, <16 x float> %1818, <16 x float> %acc49.03164)
  %1847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1844, <16 x float> %1821, <16 x float> %acc50.03163)
  %1848 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1844, <16 x float> %1824, <16 x float> %acc51.03162)
  %1849 = getelementptr inbounds i8, ptr %gep3949, i64 49920
  %1850 = load float, ptr %1849, align 4
  %1851 = insertelement <16 x float> poison, float %1850, i64 0
  %1852 = shufflevector <16 x float> %1851, <16 x float> poison, <16 x i32> zeroinitializer
  %1853 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1852, <16 x float> %1815, <16 x float> %acc52.03161)
  %1854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1852, <16 x float> %1818, <16 x float> %acc53.03160)
  %1855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1852, <16 x float> %1821, <16 x float> %acc54.03159)
  %1856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1852, <16 x float> %1824, <16 x float> %acc55.03158)
  %p6.next = add nuw nsw i64 %p6.addr.03157, 1
  %exitcond3650.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3650.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1857 = getelementptr inbounds float, ptr %PT, i64 %1812
  store <16 x float> %1829, ptr %1857, align 4
  %1858 = or disjoint i64 %1812, 16
  %1859 = getelementptr inbounds float, ptr %PT, i64 %1858
  store <16 x float> %1830, ptr %1859, align 4
  %1860 = or disjoint i64 %1812, 32
  %1861 = getelementptr inbounds float, ptr %PT, i64 %1860
  store <16 x float> %1831, ptr %1861, align 4
  %1862 = or disjoint i64 %1812, 48
  %1863 = getelementptr inbounds float, ptr %PT, i64 %1862
  store <16 x float> %1832, ptr %1863, align 4
  %1864 = or disjoint i64 %1812, 64
  %1865 = getelementptr inbounds float, ptr %PT, i64 %1864
  store <16 x float> %1837, ptr %1865, align 4
  %1866 = or disjoint i64 %1812, 80
  %1867 = getelementptr inbounds float, ptr %PT, i64 %1866
  store <16 x float> %1838, ptr %1867, align 4
  %1868 = or disjoint i64 %1812, 96
  %1869 = getelementptr inbounds float, ptr %PT, i64 %1868
  store <16 x float> %1839, ptr %1869, align 4
  %1870 = or disjoint i64 %1812, 112
  %1871 = getelementptr inbounds float, ptr %PT, i64 %1870
  store <16 x float> %1840, ptr %1871, align 4
  %1872 = or disjoint i64 %1812, 128
  %1873 = getelementptr inbounds float, ptr %PT, i64 %1872
  store <16 x float> %1845, ptr %1873, align 4
  %1874 = or disjoint i64 %1812, 144
  %1875 = getelementptr inbounds float, ptr %PT, i64 %1874
  store <16 x float> %1846, ptr %1875, align 4
  %1876 = or disjoint i64 %1812, 160
  %1877 = getelementptr inbounds float, ptr %PT, i64 %1876
  store <16 x float> %1847, ptr %1877, align 4
  %1878 = or disjoint i64 %1812, 176
  %1879 = getelementptr inbounds float, ptr %PT, i64 %1878
  store <16 x float> %1848, ptr %1879, align 4
  %1880 = or disjoint i64 %1812, 192
  %1881 = getelementptr inbounds float, ptr %PT, i64 %1880
  store <16 x float> %1853, ptr %1881, align 4
  %1882 = or disjoint i64 %1812, 208
  %1883 = getelementptr inbounds float, ptr %PT, i64 %1882
  store <16 x float> %1854, ptr %1883, align 4
  %1884 = or disjoint i64 %1812, 224
  %1885 = getelementptr inbounds float, ptr %PT, i64 %1884
  store <16 x float> %1855, ptr %1885, align 4
  %1886 = or disjoint i64 %1812, 240
  %1887 = getelementptr inbounds float, ptr %PT, i64 %1886
  store <16 x float> %1856, ptr %1887, align 4
  %i30.next = add nuw nsw i64 %i30.addr.03174, 4
  %1888 = icmp ult i64 %i30.addr.03174, 124
  br i1 %1888, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t3.addr.03177 = phi i64 [ %t3.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3424 = shl nsw i64 %t3.addr.03177, 9
  %1889 = getelementptr inbounds i8, ptr %PT, i64 %.idx3424
  %1890 = load <16 x float>, ptr %1889, align 4
  %.idx3425 = shl nsw i64 %t3.addr.03177, 8
  %1891 = getelementptr inbounds i8, ptr %M, i64 %.idx3425
  %1892 = load <16 x float>, ptr %1891, align 4
  %1893 = fmul <16 x float> %1890, %1892
  store <16 x float> %1893, ptr %1889, align 4
  %1894 = getelementptr inbounds i8, ptr %38, i64 %.idx3424
  %1895 = load <16 x float>, ptr %1894, align 4
  %1896 = getelementptr inbounds i8, ptr %39, i64 %.idx3425
  %1897 = load <16 x float>, ptr %1896, align 4
  %1898 = fmul <16 x float> %1895, %1897
  store <16 x float> %1898, ptr %1894, align 4
  %1899 = getelementptr inbounds i8, ptr %40, i64 %.idx3424
  %1900 = load <16 x float>, ptr %1899, align 4
  %1901 = getelementptr inbounds i8, ptr %41, i64 %.idx3425
  %1902 = load <16 x float>, ptr %1901, align 4
  %1903 = fmul <16 x float> %1900, %1902
  store <16 x float> %1903, ptr %1899, align 4
  %1904 = getelementptr inbounds i8, ptr %42, i64 %.idx3424
  %1905 = load <16 x float>, ptr %1904, align 4
  %1906 = getelementptr inbounds i8, ptr %43, i64 %.idx3425
  %1907 = load <16 x float>, ptr %1906, align 4
  %1908 = fmul <16 x float> %1905, %1907
  store <16 x float> %1908, ptr %1904, align 4
  %1909 = getelementptr inbounds i8, ptr %1889, i64 256
  %1910 = load <16 x float>, ptr %1909, align 4
  %1911 = load <16 x float>, ptr %1891, align 4
  %1912 = fmul <16 x float> %1910, %1911
  store <16 x float> %1912, ptr %1909, align 4
  %1913 = getelementptr inbounds i8, ptr %1894, i64 256
  %1914 = load <16 x float>, ptr %1913, align 4
  %1915 = load <16 x float>, ptr %1896, align 4
  %1916 = fmul <16 x float> %1914, %1915
  store <16 x float> %1916, ptr %1913, align 4
  %1917 = getelementptr inbounds i8, ptr %1899, i64 256
  %1918 = load <16 x float>, ptr %1917, align 4
  %1919 = load <16 x float>, ptr %1901, align 4
  %1920 = fmul <16 x float> %1918, %1919
  store <16 x float> %1920, ptr %1917, align 4
  %1921 = getelementptr inbounds i8, ptr %1904, i64 256
  %1922 = load <16 x float>, ptr %1921, align 4
  %1923 = load <16 x float>, ptr %1906, align 4
  %1924 = fmul <16 x float> %1922, %1923
  store <16 x float> %1924, ptr %1921, align 4
  %t3.next = or disjoint i64 %t3.addr.03177, 1
  %.idx3424.1 = shl nsw i64 %t3.next, 9
  %1925 = getelementptr inbounds i8, ptr %PT, i64 %.idx3424.1
  %1926 = load <16 x float>, ptr %1925, align 4
  %.idx3425.1 = shl nsw i64 %t3.next, 8
  %1927 = getelementptr inbounds i8, ptr %M, i64 %.idx3425.1
  %1928 = load <16 x float>, ptr %1927, align 4
  %1929 = fmul <16 x float> %1926, %1928
  store <16 x float> %1929, ptr %1925, align 4
  %1930 = getelementptr inbounds i8, ptr %38, i64 %.idx3424.1
  %1931 = load <16 x float>, ptr %1930, align 4
  %1932 = getelementptr inbounds i8, ptr %39, i64 %.idx3425.1
  %1933 = load <16 x float>, ptr %1932, align 4
  %1934 = fmul <16 x float> %1931, %1933
  store <16 x float> %1934, ptr %1930, align 4
  %1935 = getelementptr inbounds i8, ptr %40, i64 %.idx3424.1
  %1936 = load <16 x float>, ptr %1935, align 4
  %1937 = getelementptr inbounds i8, ptr %41, i64 %.idx3425.1
  %1938 = load <16 x float>, ptr %1937, align 4
  %1939 = fmul <16 x float> %1936, %1938
  store <16 x float> %1939, ptr %1935, align 4
  %1940 = getelementptr inbounds i8, ptr %42, i64 %.idx3424.1
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = getelementptr inbounds i8, ptr %43, i64 %.idx3425.1
  %1943 = load <16 x float>, ptr %1942, align 4
  %1944 = fmul <16 x float> %1941, %1943
  store <16 x float> %1944, ptr %1940, align 4
  %1945 = getelementptr inbounds i8, ptr %1925, i64 256
  %1946 = load <16 x float>, ptr %1945, align 4
  %1947 = load <16 x float>, ptr %1927, align 4
  %1948 = fmul <16 x float> %1946, %1947
  store <16 x float> %1948, ptr %1945, align 4
  %1949 = getelementptr inbounds i8, ptr %1930, i64 256
  %1950 = load <16 x float>, ptr %1949, align 4
  %1951 = load <16 x float>, ptr %1932, align 4
  %1952 = fmul <16 x float> %1950, %1951
  store <16 x float> %1952, ptr %1949, align 4
  %1953 = getelementptr inbounds i8, ptr %1935, i64 256
  %1954 = load <16 x float>, ptr %1953, align 4
  %1955 = load <16 x float>, ptr %1937, align 4
  %1956 = fmul <16 x float> %1954, %1955
  store <16 x float> %1956, ptr %1953, align 4
  %1957 = getelementptr inbounds i8, ptr %1940, i64 256
  %1958 = load <16 x float>, ptr %1957, align 4
  %1959 = load <16 x float>, ptr %1942, align 4
  %1960 = fmul <16 x float> %1958, %1959
  store <16 x float> %1960, ptr %1957, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.03177, 2
  %exitcond3651.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3651.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.03179 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3428 = shl nsw i64 %i33.addr.03179, 9
  %gep3951 = getelementptr inbounds i8, ptr %invariant.gep3950, i64 %.idx3428
  %1961 = load <16 x float>, ptr %gep3951, align 4
  %.idx3429 = shl nsw i64 %i33.addr.03179, 8
  %gep3953 = getelementptr inbounds i8, ptr %invariant.gep3952, i64 %.idx3429
  store <16 x float> %1961, ptr %gep3953, align 4
  %gep3955 = getelementptr inbounds i8, ptr %invariant.gep3954, i64 %.idx3428
  %1962 = load <16 x float>, ptr %gep3955, align 4
  %gep3957 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3429
  store <16 x float> %1962, ptr %gep3957, align 4
  %gep3959 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3428
  %1963 = load <16 x float>, ptr %gep3959, align 4
  %gep3961 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3429
  store <16 x float> %1963, ptr %gep3961, align 4
  %gep3963 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3428
  %1964 = load <16 x float>, ptr %gep3963, align 4
  %gep3965 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3429
  store <16 x float> %1964, ptr %gep3965, align 4
  %i33.next = or disjoint i64 %i33.addr.03179, 1
  %.idx3428.1 = shl nsw i64 %i33.next, 9
  %gep3951.1 = getelementptr inbounds i8, ptr %invariant.gep3950, i64 %.idx3428.1
  %1965 = load <16 x float>, ptr %gep3951.1, align 4
  %.idx3429.1 = shl nsw i64 %i33.next, 8
  %gep3953.1 = getelementptr inbounds i8, ptr %invariant.gep3952, i64 %.idx3429.1
  store <16 x float> %1965, ptr %gep3953.1, align 4
  %gep3955.1 = getelementptr inbounds i8, ptr %invariant.gep3954, i64 %.idx3428.1
  %1966 = load <16 x float>, ptr %gep3955.1, align 4
  %gep3957.1 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3429.1
  store <16 x float> %1966, ptr %gep3957.1, align 4
  %gep3959.1 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3428.1
  %1967 = load <16 x float>, ptr %gep3959.1, align 4
  %gep3961.1 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3429.1
  store <16 x float> %1967, ptr %gep3961.1, align 4
  %gep3963.1 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3428.1
  %1968 = load <16 x float>, ptr %gep3963.1, align 4
  %gep3965.1 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3429.1
  store <16 x float> %1968, ptr %gep3965.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.03179, 2
  %.idx3428.2 = shl nsw i64 %i33.next.1, 9
  %gep3951.2 = getelementptr inbounds i8, ptr %invariant.gep3950, i64 %.idx3428.2
  %1969 = load <16 x float>, ptr %gep3951.2, align 4
  %.idx3429.2 = shl nsw i64 %i33.next.1, 8
  %gep3953.2 = getelementptr inbounds i8, ptr %invariant.gep3952, i64 %.idx3429.2
  store <16 x float> %1969, ptr %gep3953.2, align 4
  %gep3955.2 = getelementptr inbounds i8, ptr %invariant.gep3954, i64 %.idx3428.2
  %1970 = load <16 x float>, ptr %gep3955.2, align 4
  %gep3957.2 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3429.2
  store <16 x float> %1970, ptr %gep3957.2, align 4
  %gep3959.2 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3428.2
  %1971 = load <16 x float>, ptr %gep3959.2, align 4
  %gep3961.2 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3429.2
  store <16 x float> %1971, ptr %gep3961.2, align 4
  %gep3963.2 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3428.2
  %1972 = load <16 x float>, ptr %gep3963.2, align 4
  %gep3965.2 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3429.2
  store <16 x float> %1972, ptr %gep3965.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.03179, 3
  %.idx3428.3 = shl nsw i64 %i33.next.2, 9
  %gep3951.3 = getelementptr inbounds i8, ptr %invariant.gep3950, i64 %.idx3428.3
  %1973 = load <16 x float>, ptr %gep3951.3, align 4
  %.idx3429.3 = shl nsw i64 %i33.next.2, 8
  %gep3953.3 = getelementptr inbounds i8, ptr %invariant.gep3952, i64 %.idx3429.3
  store <16 x float> %1973, ptr %gep3953.3, align 4
  %gep3955.3 = getelementptr inbounds i8, ptr %invariant.gep3954, i64 %.idx3428.3
  %1974 = load <16 x float>, ptr %gep3955.3, align 4
  %gep3957.3 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3429.3
  store <16 x float> %1974, ptr %gep3957.3, align 4
  %gep3959.3 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3428.3
  %1975 = load <16 x float>, ptr %gep3959.3, align 4
  %gep3961.3 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3429.3
  store <16 x float> %1975, ptr %gep3961.3, align 4
  %gep3963.3 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3428.3
  %1976 = load <16 x float>, ptr %gep3963.3, align 4
  %gep3965.3 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3429.3
  store <16 x float> %1976, ptr %gep3965.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.03179, 4
  %exitcond3654.not.3 = icmp eq i64 %i33.next.3, 128
  br i1 %exitcond3654.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.03197 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %1977 = shl nuw nsw i64 %i34.addr.03197, 6
  %1978 = getelementptr inbounds float, ptr %OY, i64 %1977
  %1979 = getelementptr inbounds i8, ptr %1978, i64 16384
  %1980 = load <16 x float>, ptr %1979, align 4
  %1981 = getelementptr inbounds i8, ptr %1978, i64 16448
  %1982 = load <16 x float>, ptr %1981, align 4
  %1983 = getelementptr inbounds i8, ptr %1978, i64 16512
  %1984 = load <16 x float>, ptr %1983, align 4
  %1985 = getelementptr inbounds i8, ptr %1978, i64 16576
  %1986 = load <16 x float>, ptr %1985, align 4
  %1987 = getelementptr inbounds i8, ptr %1978, i64 16640
  %1988 = load <16 x float>, ptr %1987, align 4
  %1989 = getelementptr inbounds i8, ptr %1978, i64 16704
  %1990 = load <16 x float>, ptr %1989, align 4
  %1991 = getelementptr inbounds i8, ptr %1978, i64 16768
  %1992 = load <16 x float>, ptr %1991, align 4
  %1993 = getelementptr inbounds i8, ptr %1978, i64 16832
  %1994 = load <16 x float>, ptr %1993, align 4
  %1995 = getelementptr inbounds i8, ptr %1978, i64 16896
  %1996 = load <16 x float>, ptr %1995, align 4
  %1997 = getelementptr inbounds i8, ptr %1978, i64 16960
  %1998 = load <16 x float>, ptr %1997, align 4
  %1999 = getelementptr inbounds i8, ptr %1978, i64 17024
  %2000 = load <16 x float>, ptr %1999, align 4
  %2001 = getelementptr inbounds i8, ptr %1978, i64 17088
  %2002 = load <16 x float>, ptr %2001, align 4
  %2003 = getelementptr inbounds i8, ptr %1978, i64 17152
  %2004 = load <16 x float>, ptr %2003, align 4
  %2005 = getelementptr inbounds i8, ptr %1978, i64 17216
  %2006 = load <16 x float>, ptr %2005, align 4
  %2007 = getelementptr inbounds i8, ptr %1978, i64 17280
  %2008 = load <16 x float>, ptr %2007, align 4
  %2009 = getelementptr inbounds i8, ptr %1978, i64 17344
  %2010 = load <16 x float>, ptr %2009, align 4
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc56.03196 = phi <16 x float> [ %1980, %i34.body ], [ %2028, %p7.body ]
  %acc57.03195 = phi <16 x float> [ %1982, %i34.body ], [ %2029, %p7.body ]
  %acc58.03194 = phi <16 x float> [ %1984, %i34.body ], [ %2030, %p7.body ]
  %acc59.03193 = phi <16 x float> [ %1986, %i34.body ], [ %2031, %p7.body ]
  %acc60.03192 = phi <16 x float> [ %1988, %i34.body ], [ %2037, %p7.body ]
  %acc61.03191 = phi <16 x float> [ %1990, %i34.body ], [ %2038, %p7.body ]
  %acc62.03190 = phi <16 x float> [ %1992, %i34.body ], [ %2039, %p7.body ]
  %acc63.03189 = phi <16 x float> [ %1994, %i34.body ], [ %2040, %p7.body ]
  %acc64.03188 = phi <16 x float> [ %1996, %i34.body ], [ %2046, %p7.body ]
  %acc65.03187 = phi <16 x float> [ %1998, %i34.body ], [ %2047, %p7.body ]
  %acc66.03186 = phi <16 x float> [ %2000, %i34.body ], [ %2048, %p7.body ]
  %acc67.03185 = phi <16 x float> [ %2002, %i34.body ], [ %2049, %p7.body ]
  %acc68.03184 = phi <16 x float> [ %2004, %i34.body ], [ %2055, %p7.body ]
  %acc69.03183 = phi <16 x float> [ %2006, %i34.body ], [ %2056, %p7.body ]
  %acc70.03182 = phi <16 x float> [ %2008, %i34.body ], [ %2057, %p7.body ]
  %acc71.03181 = phi <16 x float> [ %2010, %i34.body ], [ %2058, %p7.body ]
  %p7.addr.03180 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %2011 = shl nuw nsw i64 %p7.addr.03180, 6
  %2012 = getelementptr inbounds float, ptr %OY, i64 %2011
  %2013 = load <16 x float>, ptr %2012, align 4
  %2014 = or disjoint i64 %2011, 16
  %2015 = getelementptr inbounds float, ptr %OY, i64 %2014
  %2016 = load <16 x float>, ptr %2015, align 4
  %2017 = or disjoint i64 %2011, 32
  %2018 = getelementptr inbounds float, ptr %OY, i64 %2017
  %2019 = load <16 x float>, ptr %2018, align 4
  %2020 = or disjoint i64 %2011, 48
  %2021 = getelementptr inbounds float, ptr %OY, i64 %2020
  %2022 = load <16 x float>, ptr %2021, align 4
  %2023 = or disjoint i64 %p7.addr.03180, %1977
  %2024 = getelementptr inbounds float, ptr %PT, i64 %2023
  %2025 = load float, ptr %2024, align 4
  %2026 = insertelement <16 x float> poison, float %2025, i64 0
  %2027 = shufflevector <16 x float> %2026, <16 x float> poison, <16 x i32> zeroinitializer
  %2028 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2027, <16 x float> %2013, <16 x float> %acc56.03196)
  %2029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2027, <16 x float> %2016, <16 x float> %acc57.03195)
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2027, <16 x float> %2019, <16 x float> %acc58.03194)
  %2031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2027, <16 x float> %2022, <16 x float> %acc59.03193)
  %2032 = or disjoint i64 %2023, 64
  %2033 = getelementptr inbounds float, ptr %PT, i64 %2032
  %2034 = load float, ptr %2033, align 4
  %2035 = insertelement <16 x float> poison, float %2034, i64 0
  %2036 = shufflevector <16 x float> %2035, <16 x float> poison, <16 x i32> zeroinitializer
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %2013, <16 x float> %acc60.03192)
  %2038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %2016, <16 x float> %acc61.03191)
  %2039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %2019, <16 x float> %acc62.03190)
  %2040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %2022, <16 x float> %acc63.03189)
  %2041 = or disjoint i64 %2023, 128
  %2042 = getelementptr inbounds float, ptr %PT, i64 %2041
  %2043 = load float, ptr %2042, align 4
  %2044 = insertelement <16 x float> poison, float %2043, i64 0
  %2045 = shufflevector <16 x float> %2044, <16 x float> poison, <16 x i32> zeroinitializer
  %2046 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2045, <16 x float> %2013, <16 x float> %acc64.03188)
  %2047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2045, <16 x float> %2016, <16 x float> %acc65.03187)
  %2048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2045, <16 x float> %2019, <16 x float> %acc66.03186)
  %2049 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2045, <16 x float> %2022, <16 x float> %acc67.03185)
  %2050 = or disjoint i64 %2023, 192
  %2051 = getelementptr inbounds float, ptr %PT, i64 %2050
  %2052 = load float, ptr %2051, align 4
  %2053 = insertelement <16 x float> poison, float %2052, i64 0
  %2054 = shufflevector <16 x float> %2053, <16 x float> poison, <16 x i32> zeroinitializer
  %2055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2054, <16 x float> %2013, <16 x float> %acc68.03184)
  %2056 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2054, <16 x float> %2016, <16 x float> %acc69.03183)
  %2057 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2054, <16 x float> %2019, <16 x float> %acc70.03182)
  %2058 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2054, <16 x float> %2022, <16 x float> %acc71.03181)
  %p7.next = add nuw nsw i64 %p7.addr.03180, 1
  %exitcond3655.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond3655.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2028, ptr %1979, align 4
  store <16 x float> %2029, ptr %1981, align 4
  store <16 x float> %2030, ptr %1983, align 4
  store <16 x float> %2031, ptr %1985, align 4
  store <16 x float> %2037, ptr %1987, align 4
  store <16 x float> %2038, ptr %1989, align 4
  store <16 x float> %2039, ptr %1991, align 4
  store <16 x float> %2040, ptr %1993, align 4
  store <16 x float> %2046, ptr %1995, align 4
  store <16 x float> %2047, ptr %1997, align 4
  store <16 x float> %2048, ptr %1999, align 4
  store <16 x float> %2049, ptr %2001, align 4
  store <16 x float> %2055, ptr %2003, align 4
  store <16 x float> %2056, ptr %2005, align 4
  store <16 x float> %2057, ptr %2007, align 4
  store <16 x float> %2058, ptr %2009, align 4
  %i34.next = add nuw nsw i64 %i34.addr.03197, 4
  %2059 = icmp ult i64 %i34.addr.03197, 124
  br i1 %2059, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.03215 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2060 = shl nuw nsw i64 %i35.addr.03215, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc72.03214 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2078, %p8.body ]
  %acc73.03213 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2079, %p8.body ]
  %acc74.03212 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2080, %p8.body ]
  %acc75.03211 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2081, %p8.body ]
  %acc76.03210 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2087, %p8.body ]
  %acc77.03209 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2088, %p8.body ]
  %acc78.03208 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2089, %p8.body ]
  %acc79.03207 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2090, %p8.body ]
  %acc80.03206 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2096, %p8.body ]
  %acc81.03205 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2097, %p8.body ]
  %acc82.03204 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2098, %p8.body ]
  %acc83.03203 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2099, %p8.body ]
  %p8.addr.03202 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.03201 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2108, %p8.body ]
  %acc86.03200 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2107, %p8.body ]
  %acc85.03199 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2106, %p8.body ]
  %acc84.03198 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2105, %p8.body ]
  %2061 = shl nuw nsw i64 %p8.addr.03202, 6
  %2062 = getelementptr inbounds float, ptr %dOT, i64 %2061
  %2063 = load <16 x float>, ptr %2062, align 4
  %2064 = or disjoint i64 %2061, 16
  %2065 = getelementptr inbounds float, ptr %dOT, i64 %2064
  %2066 = load <16 x float>, ptr %2065, align 4
  %2067 = or disjoint i64 %2061, 32
  %2068 = getelementptr inbounds float, ptr %dOT, i64 %2067
  %2069 = load <16 x float>, ptr %2068, align 4
  %2070 = or disjoint i64 %2061, 48
  %2071 = getelementptr inbounds float, ptr %dOT, i64 %2070
  %2072 = load <16 x float>, ptr %2071, align 4
  %2073 = add nuw nsw i64 %p8.addr.03202, %2060
  %2074 = getelementptr inbounds float, ptr %Vn, i64 %2073
  %2075 = load float, ptr %2074, align 4
  %2076 = insertelement <16 x float> poison, float %2075, i64 0
  %2077 = shufflevector <16 x float> %2076, <16 x float> poison, <16 x i32> zeroinitializer
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2063, <16 x float> %acc72.03214)
  %2079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2066, <16 x float> %acc73.03213)
  %2080 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2069, <16 x float> %acc74.03212)
  %2081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2072, <16 x float> %acc75.03211)
  %2082 = or disjoint i64 %2073, 64
  %2083 = getelementptr inbounds float, ptr %Vn, i64 %2082
  %2084 = load float, ptr %2083, align 4
  %2085 = insertelement <16 x float> poison, float %2084, i64 0
  %2086 = shufflevector <16 x float> %2085, <16 x float> poison, <16 x i32> zeroinitializer
  %2087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2086, <16 x float> %2063, <16 x float> %acc76.03210)
  %2088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2086, <16 x float> %2066, <16 x float> %acc77.03209)
  %2089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2086, <16 x float> %2069, <16 x float> %acc78.03208)
  %2090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2086, <16 x float> %2072, <16 x float> %acc79.03207)
  %2091 = or disjoint i64 %2073, 128
  %2092 = getelementptr inbounds float, ptr %Vn, i64 %2091
  %2093 = load float, ptr %2092, align 4
  %2094 = insertelement <16 x float> poison, float %2093, i64 0
  %2095 = shufflevector <16 x float> %2094, <16 x float> poison, <16 x i32> zeroinitializer
  %2096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2095, <16 x float> %2063, <16 x float> %acc80.03206)
  %2097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2095, <16 x float> %2066, <16 x float> %acc81.03205)
  %2098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2095, <16 x float> %2069, <16 x float> %acc82.03204)
  %2099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2095, <16 x float> %2072, <16 x float> %acc83.03203)
  %2100 = or disjoint i64 %2073, 192
  %2101 = getelementptr inbounds float, ptr %Vn, i64 %2100
  %2102 = load float, ptr %2101, align 4
  %2103 = insertelement <16 x float> poison, float %2102, i64 0
  %2104 = shufflevector <16 x float> %2103, <16 x float> poison, <16 x i32> zeroinitializer
  %2105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2063, <16 x float> %acc84.03198)
  %2106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2066, <16 x float> %acc85.03199)
  %2107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2069, <16 x float> %acc86.03200)
  %2108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2072, <16 x float> %acc87.03201)
  %p8.next = add nuw nsw i64 %p8.addr.03202, 1
  %exitcond3656.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3656.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2109 = mul nuw nsw i64 %i35.addr.03215, 320
  %2110 = or disjoint i64 %2109, 128
  %2111 = getelementptr inbounds float, ptr %Ak, i64 %2110
  store <16 x float> %2078, ptr %2111, align 4
  %2112 = or disjoint i64 %2109, 144
  %2113 = getelementptr inbounds float, ptr %Ak, i64 %2112
  store <16 x float> %2079, ptr %2113, align 4
  %2114 = or disjoint i64 %2109, 160
  %2115 = getelementptr inbounds float, ptr %Ak, i64 %2114
  store <16 x float> %2080, ptr %2115, align 4
  %2116 = or disjoint i64 %2109, 176
  %2117 = getelementptr inbounds float, ptr %Ak, i64 %2116
  store <16 x float> %2081, ptr %2117, align 4
  %2118 = getelementptr inbounds float, ptr %Ak, i64 %2109
  %2119 = getelementptr inbounds i8, ptr %2118, i64 1792
  store <16 x float> %2087, ptr %2119, align 4
  %2120 = getelementptr inbounds i8, ptr %2118, i64 1856
  store <16 x float> %2088, ptr %2120, align 4
  %2121 = getelementptr inbounds i8, ptr %2118, i64 1920
  store <16 x float> %2089, ptr %2121, align 4
  %2122 = getelementptr inbounds i8, ptr %2118, i64 1984
  store <16 x float> %2090, ptr %2122, align 4
  %2123 = getelementptr inbounds i8, ptr %2118, i64 3072
  store <16 x float> %2096, ptr %2123, align 4
  %2124 = getelementptr inbounds i8, ptr %2118, i64 3136
  store <16 x float> %2097, ptr %2124, align 4
  %2125 = getelementptr inbounds i8, ptr %2118, i64 3200
  store <16 x float> %2098, ptr %2125, align 4
  %2126 = getelementptr inbounds i8, ptr %2118, i64 3264
  store <16 x float> %2099, ptr %2126, align 4
  %2127 = getelementptr inbounds i8, ptr %2118, i64 4352
  store <16 x float> %2105, ptr %2127, align 4
  %2128 = getelementptr inbounds i8, ptr %2118, i64 4416
  store <16 x float> %2106, ptr %2128, align 4
  %2129 = getelementptr inbounds i8, ptr %2118, i64 4480
  store <16 x float> %2107, ptr %2129, align 4
  %2130 = getelementptr inbounds i8, ptr %2118, i64 4544
  store <16 x float> %2108, ptr %2130, align 4
  %i35.next = add nuw nsw i64 %i35.addr.03215, 4
  %2131 = icmp ult i64 %i35.addr.03215, 124
  br i1 %2131, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t4.addr.03218 = phi i64 [ %t4.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3430 = mul nuw nsw i64 %t4.addr.03218, 2560
  %2132 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3430
  %2133 = getelementptr inbounds i8, ptr %2132, i64 512
  %2134 = load <16 x float>, ptr %2133, align 4
  %.idx3431 = shl nsw i64 %t4.addr.03218, 8
  %2135 = getelementptr inbounds i8, ptr %M, i64 %.idx3431
  %2136 = load <16 x float>, ptr %2135, align 4
  %2137 = fmul <16 x float> %2134, %2136
  store <16 x float> %2137, ptr %2133, align 4
  %2138 = getelementptr inbounds i8, ptr %44, i64 %.idx3430
  %2139 = getelementptr inbounds i8, ptr %2138, i64 512
  %2140 = load <16 x float>, ptr %2139, align 4
  %2141 = getelementptr inbounds i8, ptr %39, i64 %.idx3431
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = fmul <16 x float> %2140, %2142
  store <16 x float> %2143, ptr %2139, align 4
  %2144 = getelementptr inbounds i8, ptr %45, i64 %.idx3430
  %2145 = getelementptr inbounds i8, ptr %2144, i64 512
  %2146 = load <16 x float>, ptr %2145, align 4
  %2147 = getelementptr inbounds i8, ptr %41, i64 %.idx3431
  %2148 = load <16 x float>, ptr %2147, align 4
  %2149 = fmul <16 x float> %2146, %2148
  store <16 x float> %2149, ptr %2145, align 4
  %2150 = getelementptr inbounds i8, ptr %46, i64 %.idx3430
  %2151 = getelementptr inbounds i8, ptr %2150, i64 512
  %2152 = load <16 x float>, ptr %2151, align 4
  %2153 = getelementptr inbounds i8, ptr %43, i64 %.idx3431
  %2154 = load <16 x float>, ptr %2153, align 4
  %2155 = fmul <16 x float> %2152, %2154
  store <16 x float> %2155, ptr %2151, align 4
  %2156 = getelementptr inbounds i8, ptr %2132, i64 1792
  %2157 = load <16 x float>, ptr %2156, align 4
  %2158 = load <16 x float>, ptr %2135, align 4
  %2159 = fmul <16 x float> %2157, %2158
  store <16 x float> %2159, ptr %2156, align 4
  %2160 = getelementptr inbounds i8, ptr %2138, i64 1792
  %2161 = load <16 x float>, ptr %2160, align 4
  %2162 = load <16 x float>, ptr %2141, align 4
  %2163 = fmul <16 x float> %2161, %2162
  store <16 x float> %2163, ptr %2160, align 4
  %2164 = getelementptr inbounds i8, ptr %2144, i64 1792
  %2165 = load <16 x float>, ptr %2164, align 4
  %2166 = load <16 x float>, ptr %2147, align 4
  %2167 = fmul <16 x float> %2165, %2166
  store <16 x float> %2167, ptr %2164, align 4
  %2168 = getelementptr inbounds i8, ptr %2150, i64 1792
  %2169 = load <16 x float>, ptr %2168, align 4
  %2170 = load <16 x float>, ptr %2153, align 4
  %2171 = fmul <16 x float> %2169, %2170
  store <16 x float> %2171, ptr %2168, align 4
  %t4.next = or disjoint i64 %t4.addr.03218, 1
  %.idx3430.1 = mul nuw nsw i64 %t4.next, 2560
  %2172 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3430.1
  %2173 = getelementptr inbounds i8, ptr %2172, i64 512
  %2174 = load <16 x float>, ptr %2173, align 4
  %.idx3431.1 = shl nsw i64 %t4.next, 8
  %2175 = getelementptr inbounds i8, ptr %M, i64 %.idx3431.1
  %2176 = load <16 x float>, ptr %2175, align 4
  %2177 = fmul <16 x float> %2174, %2176
  store <16 x float> %2177, ptr %2173, align 4
  %2178 = getelementptr inbounds i8, ptr %44, i64 %.idx3430.1
  %2179 = getelementptr inbounds i8, ptr %2178, i64 512
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = getelementptr inbounds i8, ptr %39, i64 %.idx3431.1
  %2182 = load <16 x float>, ptr %2181, align 4
  %2183 = fmul <16 x float> %2180, %2182
  store <16 x float> %2183, ptr %2179, align 4
  %2184 = getelementptr inbounds i8, ptr %45, i64 %.idx3430.1
  %2185 = getelementptr inbounds i8, ptr %2184, i64 512
  %2186 = load <16 x float>, ptr %2185, align 4
  %2187 = getelementptr inbounds i8, ptr %41, i64 %.idx3431.1
  %2188 = load <16 x float>, ptr %2187, align 4
  %2189 = fmul <16 x float> %2186, %2188
  store <16 x float> %2189, ptr %2185, align 4
  %2190 = getelementptr inbounds i8, ptr %46, i64 %.idx3430.1
  %2191 = getelementptr inbounds i8, ptr %2190, i64 512
  %2192 = load <16 x float>, ptr %2191, align 4
  %2193 = getelementptr inbounds i8, ptr %43, i64 %.idx3431.1
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = fmul <16 x float> %2192, %2194
  store <16 x float> %2195, ptr %2191, align 4
  %2196 = getelementptr inbounds i8, ptr %2172, i64 1792
  %2197 = load <16 x float>, ptr %2196, align 4
  %2198 = load <16 x float>, ptr %2175, align 4
  %2199 = fmul <16 x float> %2197, %2198
  store <16 x float> %2199, ptr %2196, align 4
  %2200 = getelementptr inbounds i8, ptr %2178, i64 1792
  %2201 = load <16 x float>, ptr %2200, align 4
  %2202 = load <16 x float>, ptr %2181, align 4
  %2203 = fmul <16 x float> %2201, %2202
  store <16 x float> %2203, ptr %2200, align 4
  %2204 = getelementptr inbounds i8, ptr %2184, i64 1792
  %2205 = load <16 x float>, ptr %2204, align 4
  %2206 = load <16 x float>, ptr %2187, align 4
  %2207 = fmul <16 x float> %2205, %2206
  store <16 x float> %2207, ptr %2204, align 4
  %2208 = getelementptr inbounds i8, ptr %2190, i64 1792
  %2209 = load <16 x float>, ptr %2208, align 4
  %2210 = load <16 x float>, ptr %2193, align 4
  %2211 = fmul <16 x float> %2209, %2210
  store <16 x float> %2211, ptr %2208, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.03218, 2
  %exitcond3657.not.1 = icmp eq i64 %t4.next.1, 64
  br i1 %exitcond3657.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.03236 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2212 = shl nuw nsw i64 %i38.addr.03236, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.03235 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.03234 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2261, %p9.body ]
  %acc102.03233 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2260, %p9.body ]
  %acc101.03232 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2259, %p9.body ]
  %acc100.03231 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2258, %p9.body ]
  %acc99.03230 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2252, %p9.body ]
  %acc98.03229 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2251, %p9.body ]
  %acc97.03228 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2250, %p9.body ]
  %acc96.03227 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2249, %p9.body ]
  %acc95.03226 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2243, %p9.body ]
  %acc94.03225 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2242, %p9.body ]
  %acc93.03224 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2241, %p9.body ]
  %acc92.03223 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2240, %p9.body ]
  %acc91.03222 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2234, %p9.body ]
  %acc90.03221 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2233, %p9.body ]
  %acc89.03220 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2232, %p9.body ]
  %acc88.03219 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2231, %p9.body ]
  %2213 = shl nuw nsw i64 %p9.addr.03235, 6
  %2214 = or disjoint i64 %2213, 4096
  %2215 = getelementptr inbounds float, ptr %Bk, i64 %2214
  %2216 = load <16 x float>, ptr %2215, align 4
  %2217 = or disjoint i64 %2213, 4112
  %2218 = getelementptr inbounds float, ptr %Bk, i64 %2217
  %2219 = load <16 x float>, ptr %2218, align 4
  %2220 = or disjoint i64 %2213, 4128
  %2221 = getelementptr inbounds float, ptr %Bk, i64 %2220
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = or disjoint i64 %2213, 4144
  %2224 = getelementptr inbounds float, ptr %Bk, i64 %2223
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = add nuw nsw i64 %p9.addr.03235, %2212
  %2227 = getelementptr inbounds float, ptr %OY, i64 %2226
  %2228 = load float, ptr %2227, align 4
  %2229 = insertelement <16 x float> poison, float %2228, i64 0
  %2230 = shufflevector <16 x float> %2229, <16 x float> poison, <16 x i32> zeroinitializer
  %2231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2216, <16 x float> %acc88.03219)
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2219, <16 x float> %acc89.03220)
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2222, <16 x float> %acc90.03221)
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2225, <16 x float> %acc91.03222)
  %2235 = or disjoint i64 %2226, 64
  %2236 = getelementptr inbounds float, ptr %OY, i64 %2235
  %2237 = load float, ptr %2236, align 4
  %2238 = insertelement <16 x float> poison, float %2237, i64 0
  %2239 = shufflevector <16 x float> %2238, <16 x float> poison, <16 x i32> zeroinitializer
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2216, <16 x float> %acc92.03223)
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2219, <16 x float> %acc93.03224)
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2222, <16 x float> %acc94.03225)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2225, <16 x float> %acc95.03226)
  %2244 = or disjoint i64 %2226, 128
  %2245 = getelementptr inbounds float, ptr %OY, i64 %2244
  %2246 = load float, ptr %2245, align 4
  %2247 = insertelement <16 x float> poison, float %2246, i64 0
  %2248 = shufflevector <16 x float> %2247, <16 x float> poison, <16 x i32> zeroinitializer
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2216, <16 x float> %acc96.03227)
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2219, <16 x float> %acc97.03228)
  %2251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2222, <16 x float> %acc98.03229)
  %2252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2225, <16 x float> %acc99.03230)
  %2253 = or disjoint i64 %2226, 192
  %2254 = getelementptr inbounds float, ptr %OY, i64 %2253
  %2255 = load float, ptr %2254, align 4
  %2256 = insertelement <16 x float> poison, float %2255, i64 0
  %2257 = shufflevector <16 x float> %2256, <16 x float> poison, <16 x i32> zeroinitializer
  %2258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2216, <16 x float> %acc100.03231)
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2219, <16 x float> %acc101.03232)
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2222, <16 x float> %acc102.03233)
  %2261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2225, <16 x float> %acc103.03234)
  %p9.next = add nuw nsw i64 %p9.addr.03235, 1
  %exitcond3658.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3658.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2262 = getelementptr inbounds float, ptr %dQc, i64 %2212
  store <16 x float> %2231, ptr %2262, align 4
  %2263 = or disjoint i64 %2212, 16
  %2264 = getelementptr inbounds float, ptr %dQc, i64 %2263
  store <16 x float> %2232, ptr %2264, align 4
  %2265 = or disjoint i64 %2212, 32
  %2266 = getelementptr inbounds float, ptr %dQc, i64 %2265
  store <16 x float> %2233, ptr %2266, align 4
  %2267 = or disjoint i64 %2212, 48
  %2268 = getelementptr inbounds float, ptr %dQc, i64 %2267
  store <16 x float> %2234, ptr %2268, align 4
  %2269 = or disjoint i64 %2212, 64
  %2270 = getelementptr inbounds float, ptr %dQc, i64 %2269
  store <16 x float> %2240, ptr %2270, align 4
  %2271 = or disjoint i64 %2212, 80
  %2272 = getelementptr inbounds float, ptr %dQc, i64 %2271
  store <16 x float> %2241, ptr %2272, align 4
  %2273 = or disjoint i64 %2212, 96
  %2274 = getelementptr inbounds float, ptr %dQc, i64 %2273
  store <16 x float> %2242, ptr %2274, align 4
  %2275 = or disjoint i64 %2212, 112
  %2276 = getelementptr inbounds float, ptr %dQc, i64 %2275
  store <16 x float> %2243, ptr %2276, align 4
  %2277 = or disjoint i64 %2212, 128
  %2278 = getelementptr inbounds float, ptr %dQc, i64 %2277
  store <16 x float> %2249, ptr %2278, align 4
  %2279 = or disjoint i64 %2212, 144
  %2280 = getelementptr inbounds float, ptr %dQc, i64 %2279
  store <16 x float> %2250, ptr %2280, align 4
  %2281 = or disjoint i64 %2212, 160
  %2282 = getelementptr inbounds float, ptr %dQc, i64 %2281
  store <16 x float> %2251, ptr %2282, align 4
  %2283 = or disjoint i64 %2212, 176
  %2284 = getelementptr inbounds float, ptr %dQc, i64 %2283
  store <16 x float> %2252, ptr %2284, align 4
  %2285 = or disjoint i64 %2212, 192
  %2286 = getelementptr inbounds float, ptr %dQc, i64 %2285
  store <16 x float> %2258, ptr %2286, align 4
  %2287 = or disjoint i64 %2212, 208
  %2288 = getelementptr inbounds float, ptr %dQc, i64 %2287
  store <16 x float> %2259, ptr %2288, align 4
  %2289 = or disjoint i64 %2212, 224
  %2290 = getelementptr inbounds float, ptr %dQc, i64 %2289
  store <16 x float> %2260, ptr %2290, align 4
  %2291 = or disjoint i64 %2212, 240
  %2292 = getelementptr inbounds float, ptr %dQc, i64 %2291
  store <16 x float> %2261, ptr %2292, align 4
  %i38.next = add nuw nsw i64 %i38.addr.03236, 4
  %2293 = icmp ult i64 %i38.addr.03236, 60
  br i1 %2293, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %endif1527
  %i39.addr.03254 = phi i64 [ %i39.next, %endif1527 ], [ 0, %p9.exit ]
  %2294 = shl nuw nsw i64 %i39.addr.03254, 6
  %2295 = getelementptr inbounds float, ptr %dQc, i64 %2294
  %2296 = load <16 x float>, ptr %2295, align 4
  %2297 = or disjoint i64 %2294, 16
  %2298 = getelementptr inbounds float, ptr %dQc, i64 %2297
  %2299 = load <16 x float>, ptr %2298, align 4
  %2300 = or disjoint i64 %2294, 32
  %2301 = getelementptr inbounds float, ptr %dQc, i64 %2300
  %2302 = load <16 x float>, ptr %2301, align 4
  %2303 = or disjoint i64 %2294, 48
  %2304 = getelementptr inbounds float, ptr %dQc, i64 %2303
  %2305 = load <16 x float>, ptr %2304, align 4
  %2306 = or disjoint i64 %i39.addr.03254, 1
  %2307 = shl nuw nsw i64 %2306, 6
  %2308 = getelementptr inbounds float, ptr %dQc, i64 %2307
  %2309 = load <16 x float>, ptr %2308, align 4
  %2310 = or disjoint i64 %2307, 16
  %2311 = getelementptr inbounds float, ptr %dQc, i64 %2310
  %2312 = load <16 x float>, ptr %2311, align 4
  %2313 = or disjoint i64 %2307, 32
  %2314 = getelementptr inbounds float, ptr %dQc, i64 %2313
  %2315 = load <16 x float>, ptr %2314, align 4
  %2316 = or disjoint i64 %2307, 48
  %2317 = getelementptr inbounds float, ptr %dQc, i64 %2316
  %2318 = load <16 x float>, ptr %2317, align 4
  %2319 = or disjoint i64 %i39.addr.03254, 2
  %2320 = shl nuw nsw i64 %2319, 6
  %2321 = getelementptr inbounds float, ptr %dQc, i64 %2320
  %2322 = load <16 x float>, ptr %2321, align 4
  %2323 = or disjoint i64 %2320, 16
  %2324 = getelementptr inbounds float, ptr %dQc, i64 %2323
  %2325 = load <16 x float>, ptr %2324, align 4
  %2326 = or disjoint i64 %2320, 32
  %2327 = getelementptr inbounds float, ptr %dQc, i64 %2326
  %2328 = load <16 x float>, ptr %2327, align 4
  %2329 = or disjoint i64 %2320, 48
  %2330 = getelementptr inbounds float, ptr %dQc, i64 %2329
  %2331 = load <16 x float>, ptr %2330, align 4
  %2332 = or disjoint i64 %i39.addr.03254, 3
  %2333 = shl nuw nsw i64 %2332, 6
  %2334 = getelementptr inbounds float, ptr %dQc, i64 %2333
  %2335 = load <16 x float>, ptr %2334, align 4
  %2336 = or disjoint i64 %2333, 16
  %2337 = getelementptr inbounds float, ptr %dQc, i64 %2336
  %2338 = load <16 x float>, ptr %2337, align 4
  %2339 = or disjoint i64 %2333, 32
  %2340 = getelementptr inbounds float, ptr %dQc, i64 %2339
  %2341 = load <16 x float>, ptr %2340, align 4
  %2342 = or disjoint i64 %2333, 48
  %2343 = getelementptr inbounds float, ptr %dQc, i64 %2342
  %2344 = load <16 x float>, ptr %2343, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.03253 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.03252 = phi <16 x float> [ %2344, %i39.body ], [ %2391, %p10.body ]
  %acc118.03251 = phi <16 x float> [ %2341, %i39.body ], [ %2390, %p10.body ]
  %acc117.03250 = phi <16 x float> [ %2338, %i39.body ], [ %2389, %p10.body ]
  %acc116.03249 = phi <16 x float> [ %2335, %i39.body ], [ %2388, %p10.body ]
  %acc115.03248 = phi <16 x float> [ %2331, %i39.body ], [ %2382, %p10.body ]
  %acc114.03247 = phi <16 x float> [ %2328, %i39.body ], [ %2381, %p10.body ]
  %acc113.03246 = phi <16 x float> [ %2325, %i39.body ], [ %2380, %p10.body ]
  %acc112.03245 = phi <16 x float> [ %2322, %i39.body ], [ %2379, %p10.body ]
  %acc111.03244 = phi <16 x float> [ %2318, %i39.body ], [ %2373, %p10.body ]
  %acc110.03243 = phi <16 x float> [ %2315, %i39.body ], [ %2372, %p10.body ]
  %acc109.03242 = phi <16 x float> [ %2312, %i39.body ], [ %2371, %p10.body ]
  %acc108.03241 = phi <16 x float> [ %2309, %i39.body ], [ %2370, %p10.body ]
  %acc107.03240 = phi <16 x float> [ %2305, %i39.body ], [ %2364, %p10.body ]
  %acc106.03239 = phi <16 x float> [ %2302, %i39.body ], [ %2363, %p10.body ]
  %acc105.03238 = phi <16 x float> [ %2299, %i39.body ], [ %2362, %p10.body ]
  %acc104.03237 = phi <16 x float> [ %2296, %i39.body ], [ %2361, %p10.body ]
  %.idx3030 = shl nuw nsw i64 %p10.addr.03253, 8
  %2345 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3030
  %2346 = getelementptr inbounds i8, ptr %2345, i64 49152
  %2347 = load <16 x float>, ptr %2346, align 4
  %2348 = getelementptr inbounds i8, ptr %2345, i64 49216
  %2349 = load <16 x float>, ptr %2348, align 4
  %2350 = getelementptr inbounds i8, ptr %2345, i64 49280
  %2351 = load <16 x float>, ptr %2350, align 4
  %2352 = getelementptr inbounds i8, ptr %2345, i64 49344
  %2353 = load <16 x float>, ptr %2352, align 4
  %2354 = mul nuw nsw i64 %p10.addr.03253, 320
  %2355 = add nuw nsw i64 %2354, 128
  %2356 = or disjoint i64 %2355, %i39.addr.03254
  %2357 = getelementptr inbounds float, ptr %Ak, i64 %2356
  %2358 = load float, ptr %2357, align 4
  %2359 = insertelement <16 x float> poison, float %2358, i64 0
  %2360 = shufflevector <16 x float> %2359, <16 x float> poison, <16 x i32> zeroinitializer
  %2361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2347, <16 x float> %acc104.03237)
  %2362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2349, <16 x float> %acc105.03238)
  %2363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2351, <16 x float> %acc106.03239)
  %2364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2353, <16 x float> %acc107.03240)
  %2365 = or disjoint i64 %2355, %2306
  %2366 = getelementptr inbounds float, ptr %Ak, i64 %2365
  %2367 = load float, ptr %2366, align 4
  %2368 = insertelement <16 x float> poison, float %2367, i64 0
  %2369 = shufflevector <16 x float> %2368, <16 x float> poison, <16 x i32> zeroinitializer
  %2370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2347, <16 x float> %acc108.03241)
  %2371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2349, <16 x float> %acc109.03242)
  %2372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2351, <16 x float> %acc110.03243)
  %2373 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2353, <16 x float> %acc111.03244)
  %2374 = or disjoint i64 %2355, %2319
  %2375 = getelementptr inbounds float, ptr %Ak, i64 %2374
  %2376 = load float, ptr %2375, align 4
  %2377 = insertelement <16 x float> poison, float %2376, i64 0
  %2378 = shufflevector <16 x float> %2377, <16 x float> poison, <16 x i32> zeroinitializer
  %2379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2378, <16 x float> %2347, <16 x float> %acc112.03245)
  %2380 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2378, <16 x float> %2349, <16 x float> %acc113.03246)
  %2381 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2378, <16 x float> %2351, <16 x float> %acc114.03247)
  %2382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2378, <16 x float> %2353, <16 x float> %acc115.03248)
  %2383 = or disjoint i64 %2355, %2332
  %2384 = getelementptr inbounds float, ptr %Ak, i64 %2383
  %2385 = load float, ptr %2384, align 4
  %2386 = insertelement <16 x float> poison, float %2385, i64 0
  %2387 = shufflevector <16 x float> %2386, <16 x float> poison, <16 x i32> zeroinitializer
  %2388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2347, <16 x float> %acc116.03249)
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2349, <16 x float> %acc117.03250)
  %2390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2351, <16 x float> %acc118.03251)
  %2391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2353, <16 x float> %acc119.03252)
  %p10.next = add nuw nsw i64 %p10.addr.03253, 1
  %exitcond3659.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3659.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2392 = icmp slt i64 %i39.addr.03254, %L
  br i1 %2392, label %then1465, label %endif1479

then1465:                                         ; preds = %p10.exit
  %2393 = fmul <16 x float> %2361, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2394 = or disjoint i64 %i39.addr.03254, %t0
  %.idx3018 = shl nsw i64 %2394, 8
  %2395 = getelementptr inbounds i8, ptr %gep3392, i64 %.idx3018
  store <16 x float> %2393, ptr %2395, align 4
  %2396 = fmul <16 x float> %2362, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2397 = shl nsw i64 %2394, 6
  %2398 = or disjoint i64 %2397, 16
  %2399 = getelementptr inbounds float, ptr %gep3392, i64 %2398
  store <16 x float> %2396, ptr %2399, align 4
  %2400 = fmul <16 x float> %2363, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2401 = or disjoint i64 %2397, 32
  %2402 = getelementptr inbounds float, ptr %gep3392, i64 %2401
  store <16 x float> %2400, ptr %2402, align 4
  %2403 = fmul <16 x float> %2364, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2404 = or disjoint i64 %2397, 48
  %2405 = getelementptr inbounds float, ptr %gep3392, i64 %2404
  store <16 x float> %2403, ptr %2405, align 4
  br label %endif1479

endif1479:                                        ; preds = %p10.exit, %then1465
  %2406 = icmp slt i64 %2306, %L
  br i1 %2406, label %then1481, label %endif1495

then1481:                                         ; preds = %endif1479
  %2407 = fmul <16 x float> %2370, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2408 = or disjoint i64 %2306, %t0
  %.idx3019 = shl nsw i64 %2408, 8
  %2409 = getelementptr inbounds i8, ptr %gep3392, i64 %.idx3019
  store <16 x float> %2407, ptr %2409, align 4
  %2410 = fmul <16 x float> %2371, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2411 = shl nsw i64 %2408, 6
  %2412 = or disjoint i64 %2411, 16
  %2413 = getelementptr inbounds float, ptr %gep3392, i64 %2412
  store <16 x float> %2410, ptr %2413, align 4
  %2414 = fmul <16 x float> %2372, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2415 = or disjoint i64 %2411, 32
  %2416 = getelementptr inbounds float, ptr %gep3392, i64 %2415
  store <16 x float> %2414, ptr %2416, align 4
  %2417 = fmul <16 x float> %2373, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2418 = or disjoint i64 %2411, 48
  %2419 = getelementptr inbounds float, ptr %gep3392, i64 %2418
  store <16 x float> %2417, ptr %2419, align 4
  br label %endif1495

endif1495:                                        ; preds = %endif1479, %then1481
  %2420 = icmp slt i64 %2319, %L
  br i1 %2420, label %then1497, label %endif1511

then1497:                                         ; preds = %endif1495
  %2421 = fmul <16 x float> %2379, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2422 = or disjoint i64 %2319, %t0
  %.idx3020 = shl nsw i64 %2422, 8
  %2423 = getelementptr inbounds i8, ptr %gep3392, i64 %.idx3020
  store <16 x float> %2421, ptr %2423, align 4
  %2424 = fmul <16 x float> %2380, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2425 = shl nsw i64 %2422, 6
  %2426 = or disjoint i64 %2425, 16
  %2427 = getelementptr inbounds float, ptr %gep3392, i64 %2426
  store <16 x float> %2424, ptr %2427, align 4
  %2428 = fmul <16 x float> %2381, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2429 = or disjoint i64 %2425, 32
  %2430 = getelementptr inbounds float, ptr %gep3392, i64 %2429
  store <16 x float> %2428, ptr %2430, align 4
  %2431 = fmul <16 x float> %2382, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2432 = or disjoint i64 %2425, 48
  %2433 = getelementptr inbounds float, ptr %gep3392, i64 %2432
  store <16 x float> %2431, ptr %2433, align 4
  br label %endif1511

endif1511:                                        ; preds = %endif1495, %then1497
  %2434 = icmp slt i64 %2332, %L
  br i1 %2434, label %then1513, label %endif1527

then1513:                                         ; preds = %endif1511
  %2435 = fmul <16 x float> %2388, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2436 = or disjoint i64 %2332, %t0
  %.idx3021 = shl nsw i64 %2436, 8
  %2437 = getelementptr inbounds i8, ptr %gep3392, i64 %.idx3021
  store <16 x float> %2435, ptr %2437, align 4
  %2438 = fmul <16 x float> %2389, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2439 = shl nsw i64 %2436, 6
  %2440 = or disjoint i64 %2439, 16
  %2441 = getelementptr inbounds float, ptr %gep3392, i64 %2440
  store <16 x float> %2438, ptr %2441, align 4
  %2442 = fmul <16 x float> %2390, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2443 = or disjoint i64 %2439, 32
  %2444 = getelementptr inbounds float, ptr %gep3392, i64 %2443
  store <16 x float> %2442, ptr %2444, align 4
  %2445 = fmul <16 x float> %2391, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2446 = or disjoint i64 %2439, 48
  %2447 = getelementptr inbounds float, ptr %gep3392, i64 %2446
  store <16 x float> %2445, ptr %2447, align 4
  br label %endif1527

endif1527:                                        ; preds = %endif1511, %then1513
  %i39.next = add nuw nsw i64 %i39.addr.03254, 4
  %2448 = icmp ult i64 %i39.addr.03254, 60
  br i1 %2448, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1527
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %2449 = icmp sgt i64 %272, 0
  br i1 %2449, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter = and i64 %smax4377, 1
  %2450 = icmp slt i64 %indvars.iv3665, 2
  br i1 %2450, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter = and i64 %smax4377, 126
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.03289 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2451 = shl nuw nsw i64 %ib1.addr.03289, 2
  %i01 = sub nuw nsw i64 124, %2451
  %2452 = shl nuw nsw i64 %i01, 6
  %2453 = getelementptr inbounds float, ptr %OY, i64 %2452
  %2454 = getelementptr inbounds i8, ptr %2453, i64 16384
  %2455 = load <16 x float>, ptr %2454, align 4
  %2456 = getelementptr inbounds i8, ptr %2453, i64 16448
  %2457 = load <16 x float>, ptr %2456, align 4
  %2458 = getelementptr inbounds i8, ptr %2453, i64 16512
  %2459 = load <16 x float>, ptr %2458, align 4
  %2460 = getelementptr inbounds i8, ptr %2453, i64 16576
  %2461 = load <16 x float>, ptr %2460, align 4
  %2462 = sub nuw nsw i64 125, %2451
  %2463 = shl nuw nsw i64 %2462, 6
  %2464 = getelementptr inbounds float, ptr %OY, i64 %2463
  %2465 = getelementptr inbounds i8, ptr %2464, i64 16384
  %2466 = load <16 x float>, ptr %2465, align 4
  %2467 = getelementptr inbounds i8, ptr %2464, i64 16448
  %2468 = load <16 x float>, ptr %2467, align 4
  %2469 = getelementptr inbounds i8, ptr %2464, i64 16512
  %2470 = load <16 x float>, ptr %2469, align 4
  %2471 = getelementptr inbounds i8, ptr %2464, i64 16576
  %2472 = load <16 x float>, ptr %2471, align 4
  %2473 = sub nuw nsw i64 126, %2451
  %2474 = shl nuw nsw i64 %2473, 6
  %2475 = getelementptr inbounds float, ptr %OY, i64 %2474
  %2476 = getelementptr inbounds i8, ptr %2475, i64 16384
  %2477 = load <16 x float>, ptr %2476, align 4
  %2478 = getelementptr inbounds i8, ptr %2475, i64 16448
  %2479 = load <16 x float>, ptr %2478, align 4
  %2480 = getelementptr inbounds i8, ptr %2475, i64 16512
  %2481 = load <16 x float>, ptr %2480, align 4
  %2482 = getelementptr inbounds i8, ptr %2475, i64 16576
  %2483 = load <16 x float>, ptr %2482, align 4
  %2484 = sub nuw nsw i64 127, %2451
  %2485 = shl nuw nsw i64 %2484, 6
  %2486 = getelementptr inbounds float, ptr %OY, i64 %2485
  %2487 = getelementptr inbounds i8, ptr %2486, i64 16384
  %2488 = load <16 x float>, ptr %2487, align 4
  %2489 = getelementptr inbounds i8, ptr %2486, i64 16448
  %2490 = load <16 x float>, ptr %2489, align 4
  %2491 = getelementptr inbounds i8, ptr %2486, i64 16512
  %2492 = load <16 x float>, ptr %2491, align 4
  %2493 = getelementptr inbounds i8, ptr %2486, i64 16576
  %2494 = load <16 x float>, ptr %2493, align 4
  %.not3434 = icmp eq i64 %ib1.addr.03289, 0
  br i1 %.not3434, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2495 = sub nuw nsw i64 128, %2451
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.03272 = phi i64 [ %j30.next, %j30.body ], [ %2495, %j30.body.preheader ]
  %acc135.03271 = phi <16 x float> [ %2545, %j30.body ], [ %2494, %j30.body.preheader ]
  %acc134.03270 = phi <16 x float> [ %2544, %j30.body ], [ %2492, %j30.body.preheader ]
  %acc133.03269 = phi <16 x float> [ %2543, %j30.body ], [ %2490, %j30.body.preheader ]
  %acc132.03268 = phi <16 x float> [ %2542, %j30.body ], [ %2488, %j30.body.preheader ]
  %acc131.03267 = phi <16 x float> [ %2535, %j30.body ], [ %2483, %j30.body.preheader ]
  %acc130.03266 = phi <16 x float> [ %2534, %j30.body ], [ %2481, %j30.body.preheader ]
  %acc129.03265 = phi <16 x float> [ %2533, %j30.body ], [ %2479, %j30.body.preheader ]
  %acc128.03264 = phi <16 x float> [ %2532, %j30.body ], [ %2477, %j30.body.preheader ]
  %acc127.03263 = phi <16 x float> [ %2525, %j30.body ], [ %2472, %j30.body.preheader ]
  %acc126.03262 = phi <16 x float> [ %2524, %j30.body ], [ %2470, %j30.body.preheader ]
  %acc125.03261 = phi <16 x float> [ %2523, %j30.body ], [ %2468, %j30.body.preheader ]
  %acc124.03260 = phi <16 x float> [ %2522, %j30.body ], [ %2466, %j30.body.preheader ]
  %acc123.03259 = phi <16 x float> [ %2515, %j30.body ], [ %2461, %j30.body.preheader ]
  %acc122.03258 = phi <16 x float> [ %2514, %j30.body ], [ %2459, %j30.body.preheader ]
  %acc121.03257 = phi <16 x float> [ %2513, %j30.body ], [ %2457, %j30.body.preheader ]
  %acc120.03256 = phi <16 x float> [ %2512, %j30.body ], [ %2455, %j30.body.preheader ]
  %.idx3029 = shl nuw nsw i64 %j30.addr.03272, 8
  %2496 = getelementptr inbounds i8, ptr %OY, i64 %.idx3029
  %2497 = getelementptr inbounds i8, ptr %2496, i64 16384
  %2498 = load <16 x float>, ptr %2497, align 4
  %2499 = getelementptr inbounds i8, ptr %2496, i64 16448
  %2500 = load <16 x float>, ptr %2499, align 4
  %2501 = getelementptr inbounds i8, ptr %2496, i64 16512
  %2502 = load <16 x float>, ptr %2501, align 4
  %2503 = getelementptr inbounds i8, ptr %2496, i64 16576
  %2504 = load <16 x float>, ptr %2503, align 4
  %2505 = shl nuw nsw i64 %j30.addr.03272, 7
  %2506 = or disjoint i64 %2505, %i01
  %2507 = getelementptr inbounds float, ptr %Gm, i64 %2506
  %2508 = load float, ptr %2507, align 4
  %2509 = fneg float %2508
  %2510 = insertelement <16 x float> poison, float %2509, i64 0
  %2511 = shufflevector <16 x float> %2510, <16 x float> poison, <16 x i32> zeroinitializer
  %2512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2498, <16 x float> %acc120.03256)
  %2513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2500, <16 x float> %acc121.03257)
  %2514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2502, <16 x float> %acc122.03258)
  %2515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2511, <16 x float> %2504, <16 x float> %acc123.03259)
  %2516 = or disjoint i64 %2505, %2462
  %2517 = getelementptr inbounds float, ptr %Gm, i64 %2516
  %2518 = load float, ptr %2517, align 4
  %2519 = fneg float %2518
  %2520 = insertelement <16 x float> poison, float %2519, i64 0
  %2521 = shufflevector <16 x float> %2520, <16 x float> poison, <16 x i32> zeroinitializer
  %2522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2498, <16 x float> %acc124.03260)
  %2523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2500, <16 x float> %acc125.03261)
  %2524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2502, <16 x float> %acc126.03262)
  %2525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2504, <16 x float> %acc127.03263)
  %2526 = or disjoint i64 %2505, %2473
  %2527 = getelementptr inbounds float, ptr %Gm, i64 %2526
  %2528 = load float, ptr %2527, align 4
  %2529 = fneg float %2528
  %2530 = insertelement <16 x float> poison, float %2529, i64 0
  %2531 = shufflevector <16 x float> %2530, <16 x float> poison, <16 x i32> zeroinitializer
  %2532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2531, <16 x float> %2498, <16 x float> %acc128.03264)
  %2533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2531, <16 x float> %2500, <16 x float> %acc129.03265)
  %2534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2531, <16 x float> %2502, <16 x float> %acc130.03266)
  %2535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2531, <16 x float> %2504, <16 x float> %acc131.03267)
  %2536 = or disjoint i64 %2505, %2484
  %2537 = getelementptr inbounds float, ptr %Gm, i64 %2536
  %2538 = load float, ptr %2537, align 4
  %2539 = fneg float %2538
  %2540 = insertelement <16 x float> poison, float %2539, i64 0
  %2541 = shufflevector <16 x float> %2540, <16 x float> poison, <16 x i32> zeroinitializer
  %2542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2541, <16 x float> %2498, <16 x float> %acc132.03268)
  %2543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2541, <16 x float> %2500, <16 x float> %acc133.03269)
  %2544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2541, <16 x float> %2502, <16 x float> %acc134.03270)
  %2545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2541, <16 x float> %2504, <16 x float> %acc135.03271)
  %j30.next = add nuw nsw i64 %j30.addr.03272, 1
  %2546 = icmp ult i64 %j30.addr.03272, 127
  br i1 %2546, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %2455, %ib1.body ], [ %2512, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %2457, %ib1.body ], [ %2513, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %2459, %ib1.body ], [ %2514, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %2461, %ib1.body ], [ %2515, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %2466, %ib1.body ], [ %2522, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %2468, %ib1.body ], [ %2523, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %2470, %ib1.body ], [ %2524, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %2472, %ib1.body ], [ %2525, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %2477, %ib1.body ], [ %2532, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %2479, %ib1.body ], [ %2533, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %2481, %ib1.body ], [ %2534, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %2483, %ib1.body ], [ %2535, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %2488, %ib1.body ], [ %2542, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %2490, %ib1.body ], [ %2543, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %2492, %ib1.body ], [ %2544, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %2494, %ib1.body ], [ %2545, %j30.body ]
  %2547 = getelementptr inbounds float, ptr %Rr, i64 %2485
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %2548, <16 x float> zeroinitializer)
  %2550 = or disjoint i64 %2485, 16
  %2551 = getelementptr inbounds float, ptr %Rr, i64 %2550
  %2552 = load <16 x float>, ptr %2551, align 4
  %2553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %2552, <16 x float> %2549)
  %2554 = or disjoint i64 %2485, 32
  %2555 = getelementptr inbounds float, ptr %Rr, i64 %2554
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %2556, <16 x float> %2553)
  %2558 = or disjoint i64 %2485, 48
  %2559 = getelementptr inbounds float, ptr %Rr, i64 %2558
  %2560 = load <16 x float>, ptr %2559, align 4
  %2561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %2560, <16 x float> %2557)
  %2562 = shufflevector <16 x float> %2561, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2563 = shufflevector <16 x float> %2561, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2564 = fadd <8 x float> %2562, %2563
  %2565 = shufflevector <8 x float> %2564, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2566 = shufflevector <8 x float> %2564, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2567 = fadd <4 x float> %2565, %2566
  %2568 = shufflevector <4 x float> %2567, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2569 = shufflevector <4 x float> %2567, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2570 = fadd <2 x float> %2568, %2569
  %2571 = shufflevector <2 x float> %2570, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2572 = shufflevector <2 x float> %2570, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2573 = getelementptr inbounds float, ptr %bet, i64 %2484
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <16 x float> poison, float %2574, i64 0
  %2576 = shufflevector <16 x float> %2575, <16 x float> poison, <16 x i32> zeroinitializer
  %2577 = fmul <16 x float> %acc132.0.lcssa, %2576
  store <16 x float> %2577, ptr %2487, align 4
  %2578 = fneg <16 x float> %2577
  %.idx3027 = mul nuw nsw i64 %2484, 1280
  %2579 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3027
  %2580 = getelementptr inbounds i8, ptr %2579, i64 256
  store <16 x float> %2578, ptr %2580, align 4
  %2581 = fmul <16 x float> %acc133.0.lcssa, %2576
  store <16 x float> %2581, ptr %2489, align 4
  %2582 = fneg <16 x float> %2581
  %2583 = getelementptr inbounds i8, ptr %2579, i64 320
  store <16 x float> %2582, ptr %2583, align 4
  %2584 = fmul <16 x float> %acc134.0.lcssa, %2576
  store <16 x float> %2584, ptr %2491, align 4
  %2585 = fneg <16 x float> %2584
  %2586 = getelementptr inbounds i8, ptr %2579, i64 384
  store <16 x float> %2585, ptr %2586, align 4
  %2587 = fmul <16 x float> %acc135.0.lcssa, %2576
  store <16 x float> %2587, ptr %2493, align 4
  %2588 = fneg <16 x float> %2587
  %2589 = getelementptr inbounds i8, ptr %2579, i64 448
  store <16 x float> %2588, ptr %2589, align 4
  %2590 = shl nuw nsw i64 %2484, 7
  %2591 = or disjoint i64 %2590, %2473
  %2592 = getelementptr inbounds float, ptr %Gm, i64 %2591
  %2593 = load float, ptr %2592, align 4
  %2594 = fneg float %2593
  %2595 = insertelement <16 x float> poison, float %2594, i64 0
  %2596 = shufflevector <16 x float> %2595, <16 x float> poison, <16 x i32> zeroinitializer
  %2597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2596, <16 x float> %2577, <16 x float> %acc128.0.lcssa)
  %2598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2596, <16 x float> %2581, <16 x float> %acc129.0.lcssa)
  %2599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2596, <16 x float> %2584, <16 x float> %acc130.0.lcssa)
  %2600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2596, <16 x float> %2587, <16 x float> %acc131.0.lcssa)
  %2601 = getelementptr inbounds float, ptr %Rr, i64 %2474
  %2602 = load <16 x float>, ptr %2601, align 4
  %2603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2597, <16 x float> %2602, <16 x float> zeroinitializer)
  %2604 = or disjoint i64 %2474, 16
  %2605 = getelementptr inbounds float, ptr %Rr, i64 %2604
  %2606 = load <16 x float>, ptr %2605, align 4
  %2607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2598, <16 x float> %2606, <16 x float> %2603)
  %2608 = or disjoint i64 %2474, 32
  %2609 = getelementptr inbounds float, ptr %Rr, i64 %2608
  %2610 = load <16 x float>, ptr %2609, align 4
  %2611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2599, <16 x float> %2610, <16 x float> %2607)
  %2612 = or disjoint i64 %2474, 48
  %2613 = getelementptr inbounds float, ptr %Rr, i64 %2612
  %2614 = load <16 x float>, ptr %2613, align 4
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2600, <16 x float> %2614, <16 x float> %2611)
  %2616 = shufflevector <16 x float> %2615, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2617 = shufflevector <16 x float> %2615, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2618 = fadd <8 x float> %2616, %2617
  %2619 = shufflevector <8 x float> %2618, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2620 = shufflevector <8 x float> %2618, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2621 = fadd <4 x float> %2619, %2620
  %2622 = shufflevector <4 x float> %2621, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2623 = shufflevector <4 x float> %2621, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2624 = fadd <2 x float> %2622, %2623
  %2625 = shufflevector <2 x float> %2624, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2626 = shufflevector <2 x float> %2624, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2627 = getelementptr inbounds float, ptr %bet, i64 %2473
  %2628 = load float, ptr %2627, align 4
  %2629 = insertelement <16 x float> poison, float %2628, i64 0
  %2630 = shufflevector <16 x float> %2629, <16 x float> poison, <16 x i32> zeroinitializer
  %2631 = fmul <16 x float> %2597, %2630
  store <16 x float> %2631, ptr %2476, align 4
  %2632 = fneg <16 x float> %2631
  %2633 = mul nuw nsw i64 %2473, 320
  %2634 = or disjoint i64 %2633, 64
  %2635 = getelementptr inbounds float, ptr %Ak, i64 %2634
  store <16 x float> %2632, ptr %2635, align 4
  %2636 = fmul <16 x float> %2598, %2630
  store <16 x float> %2636, ptr %2478, align 4
  %2637 = fneg <16 x float> %2636
  %2638 = or disjoint i64 %2633, 80
  %2639 = getelementptr inbounds float, ptr %Ak, i64 %2638
  store <16 x float> %2637, ptr %2639, align 4
  %2640 = fmul <16 x float> %2599, %2630
  store <16 x float> %2640, ptr %2480, align 4
  %2641 = fneg <16 x float> %2640
  %2642 = or disjoint i64 %2633, 96
  %2643 = getelementptr inbounds float, ptr %Ak, i64 %2642
  store <16 x float> %2641, ptr %2643, align 4
  %2644 = fmul <16 x float> %2600, %2630
  store <16 x float> %2644, ptr %2482, align 4
  %2645 = fneg <16 x float> %2644
  %2646 = or disjoint i64 %2633, 112
  %2647 = getelementptr inbounds float, ptr %Ak, i64 %2646
  store <16 x float> %2645, ptr %2647, align 4
  %2648 = shl nuw nsw i64 %2473, 7
  %2649 = or disjoint i64 %2648, %2462
  %2650 = getelementptr inbounds float, ptr %Gm, i64 %2649
  %2651 = load float, ptr %2650, align 4
  %2652 = fneg float %2651
  %2653 = insertelement <16 x float> poison, float %2652, i64 0
  %2654 = shufflevector <16 x float> %2653, <16 x float> poison, <16 x i32> zeroinitializer
  %2655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2631, <16 x float> %acc124.0.lcssa)
  %2656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2636, <16 x float> %acc125.0.lcssa)
  %2657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2640, <16 x float> %acc126.0.lcssa)
  %2658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2644, <16 x float> %acc127.0.lcssa)
  %2659 = or disjoint i64 %2590, %2462
  %2660 = getelementptr inbounds float, ptr %Gm, i64 %2659
  %2661 = load float, ptr %2660, align 4
  %2662 = fneg float %2661
  %2663 = insertelement <16 x float> poison, float %2662, i64 0
  %2664 = shufflevector <16 x float> %2663, <16 x float> poison, <16 x i32> zeroinitializer
  %2665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2664, <16 x float> %2577, <16 x float> %2655)
  %2666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2664, <16 x float> %2581, <16 x float> %2656)
  %2667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2664, <16 x float> %2584, <16 x float> %2657)
  %2668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2664, <16 x float> %2587, <16 x float> %2658)
  %2669 = getelementptr inbounds float, ptr %Rr, i64 %2463
  %2670 = load <16 x float>, ptr %2669, align 4
  %2671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2665, <16 x float> %2670, <16 x float> zeroinitializer)
  %2672 = or disjoint i64 %2463, 16
  %2673 = getelementptr inbounds float, ptr %Rr, i64 %2672
  %2674 = load <16 x float>, ptr %2673, align 4
  %2675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2666, <16 x float> %2674, <16 x float> %2671)
  %2676 = or disjoint i64 %2463, 32
  %2677 = getelementptr inbounds float, ptr %Rr, i64 %2676
  %2678 = load <16 x float>, ptr %2677, align 4
  %2679 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2667, <16 x float> %2678, <16 x float> %2675)
  %2680 = or disjoint i64 %2463, 48
  %2681 = getelementptr inbounds float, ptr %Rr, i64 %2680
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2668, <16 x float> %2682, <16 x float> %2679)
  %2684 = shufflevector <16 x float> %2683, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2685 = shufflevector <16 x float> %2683, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2686 = fadd <8 x float> %2684, %2685
  %2687 = shufflevector <8 x float> %2686, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2688 = shufflevector <8 x float> %2686, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2689 = fadd <4 x float> %2687, %2688
  %2690 = shufflevector <4 x float> %2689, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2691 = shufflevector <4 x float> %2689, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2692 = fadd <2 x float> %2690, %2691
  %2693 = getelementptr inbounds float, ptr %bet, i64 %2462
  %2694 = load float, ptr %2693, align 4
  %2695 = insertelement <16 x float> poison, float %2694, i64 0
  %2696 = shufflevector <16 x float> %2695, <16 x float> poison, <16 x i32> zeroinitializer
  %2697 = fmul <16 x float> %2665, %2696
  store <16 x float> %2697, ptr %2465, align 4
  %2698 = fneg <16 x float> %2697
  %.idx3028 = mul nuw nsw i64 %2462, 1280
  %2699 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3028
  %2700 = getelementptr inbounds i8, ptr %2699, i64 256
  store <16 x float> %2698, ptr %2700, align 4
  %2701 = fmul <16 x float> %2666, %2696
  store <16 x float> %2701, ptr %2467, align 4
  %2702 = fneg <16 x float> %2701
  %2703 = getelementptr inbounds i8, ptr %2699, i64 320
  store <16 x float> %2702, ptr %2703, align 4
  %2704 = fmul <16 x float> %2667, %2696
  store <16 x float> %2704, ptr %2469, align 4
  %2705 = fneg <16 x float> %2704
  %2706 = getelementptr inbounds i8, ptr %2699, i64 384
  store <16 x float> %2705, ptr %2706, align 4
  %2707 = fmul <16 x float> %2668, %2696
  store <16 x float> %2707, ptr %2471, align 4
  %2708 = fneg <16 x float> %2707
  %2709 = getelementptr inbounds i8, ptr %2699, i64 448
  store <16 x float> %2708, ptr %2709, align 4
  %2710 = shl nuw nsw i64 %2462, 7
  %2711 = or disjoint i64 %2710, %i01
  %2712 = getelementptr inbounds float, ptr %Gm, i64 %2711
  %2713 = load float, ptr %2712, align 4
  %2714 = fneg float %2713
  %2715 = insertelement <16 x float> poison, float %2714, i64 0
  %2716 = shufflevector <16 x float> %2715, <16 x float> poison, <16 x i32> zeroinitializer
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2697, <16 x float> %acc120.0.lcssa)
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2701, <16 x float> %acc121.0.lcssa)
  %2719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2704, <16 x float> %acc122.0.lcssa)
  %2720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2707, <16 x float> %acc123.0.lcssa)
  %2721 = or disjoint i64 %2648, %i01
  %2722 = getelementptr inbounds float, ptr %Gm, i64 %2721
  %2723 = load float, ptr %2722, align 4
  %2724 = fneg float %2723
  %2725 = insertelement <16 x float> poison, float %2724, i64 0
  %2726 = shufflevector <16 x float> %2725, <16 x float> poison, <16 x i32> zeroinitializer
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2631, <16 x float> %2717)
  %2728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2636, <16 x float> %2718)
  %2729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2640, <16 x float> %2719)
  %2730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2644, <16 x float> %2720)
  %2731 = or disjoint i64 %2590, %i01
  %2732 = getelementptr inbounds float, ptr %Gm, i64 %2731
  %2733 = load float, ptr %2732, align 4
  %2734 = fneg float %2733
  %2735 = insertelement <16 x float> poison, float %2734, i64 0
  %2736 = shufflevector <16 x float> %2735, <16 x float> poison, <16 x i32> zeroinitializer
  %2737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2577, <16 x float> %2727)
  %2738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2581, <16 x float> %2728)
  %2739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2584, <16 x float> %2729)
  %2740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2587, <16 x float> %2730)
  %2741 = getelementptr inbounds float, ptr %Rr, i64 %2452
  %2742 = load <16 x float>, ptr %2741, align 4
  %2743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2742, <16 x float> zeroinitializer)
  %2744 = or disjoint i64 %2452, 16
  %2745 = getelementptr inbounds float, ptr %Rr, i64 %2744
  %2746 = load <16 x float>, ptr %2745, align 4
  %2747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2738, <16 x float> %2746, <16 x float> %2743)
  %2748 = or disjoint i64 %2452, 32
  %2749 = getelementptr inbounds float, ptr %Rr, i64 %2748
  %2750 = load <16 x float>, ptr %2749, align 4
  %2751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2739, <16 x float> %2750, <16 x float> %2747)
  %2752 = or disjoint i64 %2452, 48
  %2753 = getelementptr inbounds float, ptr %Rr, i64 %2752
  %2754 = load <16 x float>, ptr %2753, align 4
  %2755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2740, <16 x float> %2754, <16 x float> %2751)
  %2756 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2757 = shufflevector <16 x float> %2755, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2758 = shufflevector <16 x float> %2755, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2759 = fadd <8 x float> %2757, %2758
  %2760 = shufflevector <8 x float> %2759, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2761 = shufflevector <8 x float> %2759, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2762 = fadd <4 x float> %2760, %2761
  %2763 = shufflevector <4 x float> %2762, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2764 = shufflevector <4 x float> %2762, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2765 = fadd <2 x float> %2763, %2764
  %2766 = load <4 x float>, ptr %2756, align 4
  %2767 = shufflevector <2 x float> %2765, <2 x float> %2692, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2768 = shufflevector <4 x float> %2767, <4 x float> %2626, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2769 = shufflevector <4 x float> %2768, <4 x float> %2572, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2770 = shufflevector <2 x float> %2765, <2 x float> %2692, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2771 = shufflevector <4 x float> %2770, <4 x float> %2625, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2772 = shufflevector <4 x float> %2771, <4 x float> %2571, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2773 = fadd <4 x float> %2769, %2772
  %2774 = fadd <4 x float> %2766, %2773
  store <4 x float> %2774, ptr %2756, align 4
  %2775 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2776 = load float, ptr %2775, align 4
  %2777 = insertelement <16 x float> poison, float %2776, i64 0
  %2778 = shufflevector <16 x float> %2777, <16 x float> poison, <16 x i32> zeroinitializer
  %2779 = fmul <16 x float> %2737, %2778
  store <16 x float> %2779, ptr %2454, align 4
  %2780 = fneg <16 x float> %2779
  %2781 = mul nuw nsw i64 %i01, 320
  %2782 = or disjoint i64 %2781, 64
  %2783 = getelementptr inbounds float, ptr %Ak, i64 %2782
  store <16 x float> %2780, ptr %2783, align 4
  %2784 = fmul <16 x float> %2738, %2778
  store <16 x float> %2784, ptr %2456, align 4
  %2785 = fneg <16 x float> %2784
  %2786 = or disjoint i64 %2781, 80
  %2787 = getelementptr inbounds float, ptr %Ak, i64 %2786
  store <16 x float> %2785, ptr %2787, align 4
  %2788 = fmul <16 x float> %2739, %2778
  store <16 x float> %2788, ptr %2458, align 4
  %2789 = fneg <16 x float> %2788
  %2790 = or disjoint i64 %2781, 96
  %2791 = getelementptr inbounds float, ptr %Ak, i64 %2790
  store <16 x float> %2789, ptr %2791, align 4
  %2792 = fmul <16 x float> %2740, %2778
  store <16 x float> %2792, ptr %2460, align 4
  %2793 = fneg <16 x float> %2792
  %2794 = or disjoint i64 %2781, 112
  %2795 = getelementptr inbounds float, ptr %Ak, i64 %2794
  store <16 x float> %2793, ptr %2795, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.03289, 1
  %exitcond3660.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3660.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.03292 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter = phi i64 [ 0, %t5.body.preheader.new ], [ %niter.next.1, %t5.body ]
  %2796 = add nsw i64 %t5.addr.03292, %t0
  %.idx3435 = shl nsw i64 %t5.addr.03292, 9
  %gep3967 = getelementptr inbounds i8, ptr %invariant.gep3966, i64 %.idx3435
  %2797 = load <16 x float>, ptr %gep3967, align 4
  %.idx3436 = shl i64 %2796, 9
  %2798 = getelementptr i8, ptr %dav, i64 %.idx3436
  store <16 x float> %2797, ptr %2798, align 4
  %gep3969 = getelementptr inbounds i8, ptr %invariant.gep3968, i64 %.idx3435
  %2799 = load <16 x float>, ptr %gep3969, align 4
  %2800 = getelementptr i8, ptr %47, i64 %.idx3436
  store <16 x float> %2799, ptr %2800, align 4
  %gep3971 = getelementptr inbounds i8, ptr %invariant.gep3970, i64 %.idx3435
  %2801 = load <16 x float>, ptr %gep3971, align 4
  %2802 = getelementptr i8, ptr %48, i64 %.idx3436
  store <16 x float> %2801, ptr %2802, align 4
  %gep3973 = getelementptr inbounds i8, ptr %invariant.gep3972, i64 %.idx3435
  %2803 = load <16 x float>, ptr %gep3973, align 4
  %2804 = getelementptr i8, ptr %49, i64 %.idx3436
  store <16 x float> %2803, ptr %2804, align 4
  %i44 = shl nuw nsw i64 %t5.addr.03292, 1
  %tau2 = shl nsw i64 %2796, 1
  %2805 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2806 = load float, ptr %2805, align 4
  %2807 = mul nsw i64 %tau2, %H
  %2808 = getelementptr inbounds float, ptr %betah1, i64 %2807
  store float %2806, ptr %2808, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx3437 = shl nsw i64 %i46, 8
  %gep3975 = getelementptr inbounds i8, ptr %invariant.gep3974, i64 %.idx3437
  %2809 = load <16 x float>, ptr %gep3975, align 4
  %.idx3438 = shl i64 %tau3, 8
  %2810 = getelementptr i8, ptr %dav, i64 %.idx3438
  store <16 x float> %2809, ptr %2810, align 4
  %gep3977 = getelementptr inbounds i8, ptr %invariant.gep3976, i64 %.idx3437
  %2811 = load <16 x float>, ptr %gep3977, align 4
  %2812 = getelementptr i8, ptr %47, i64 %.idx3438
  store <16 x float> %2811, ptr %2812, align 4
  %gep3979 = getelementptr inbounds i8, ptr %invariant.gep3978, i64 %.idx3437
  %2813 = load <16 x float>, ptr %gep3979, align 4
  %2814 = getelementptr i8, ptr %48, i64 %.idx3438
  store <16 x float> %2813, ptr %2814, align 4
  %gep3981 = getelementptr inbounds i8, ptr %invariant.gep3980, i64 %.idx3437
  %2815 = load <16 x float>, ptr %gep3981, align 4
  %2816 = getelementptr i8, ptr %49, i64 %.idx3438
  store <16 x float> %2815, ptr %2816, align 4
  %2817 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2818 = load float, ptr %2817, align 4
  %2819 = mul nsw i64 %tau3, %H
  %2820 = getelementptr inbounds float, ptr %betah1, i64 %2819
  store float %2818, ptr %2820, align 4
  %t5.next = or disjoint i64 %t5.addr.03292, 1
  %2821 = add nsw i64 %t5.next, %t0
  %.idx3435.1 = shl nsw i64 %t5.next, 9
  %gep3967.1 = getelementptr inbounds i8, ptr %invariant.gep3966, i64 %.idx3435.1
  %2822 = load <16 x float>, ptr %gep3967.1, align 4
  %.idx3436.1 = shl i64 %2821, 9
  %2823 = getelementptr i8, ptr %dav, i64 %.idx3436.1
  store <16 x float> %2822, ptr %2823, align 4
  %gep3969.1 = getelementptr inbounds i8, ptr %invariant.gep3968, i64 %.idx3435.1
  %2824 = load <16 x float>, ptr %gep3969.1, align 4
  %2825 = getelementptr i8, ptr %47, i64 %.idx3436.1
  store <16 x float> %2824, ptr %2825, align 4
  %gep3971.1 = getelementptr inbounds i8, ptr %invariant.gep3970, i64 %.idx3435.1
  %2826 = load <16 x float>, ptr %gep3971.1, align 4
  %2827 = getelementptr i8, ptr %48, i64 %.idx3436.1
  store <16 x float> %2826, ptr %2827, align 4
  %gep3973.1 = getelementptr inbounds i8, ptr %invariant.gep3972, i64 %.idx3435.1
  %2828 = load <16 x float>, ptr %gep3973.1, align 4
  %2829 = getelementptr i8, ptr %49, i64 %.idx3436.1
  store <16 x float> %2828, ptr %2829, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %2821, 1
  %2830 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2831 = load float, ptr %2830, align 4
  %2832 = mul nsw i64 %tau2.1, %H
  %2833 = getelementptr inbounds float, ptr %betah1, i64 %2832
  store float %2831, ptr %2833, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx3437.1 = shl nsw i64 %i46.1, 8
  %gep3975.1 = getelementptr inbounds i8, ptr %invariant.gep3974, i64 %.idx3437.1
  %2834 = load <16 x float>, ptr %gep3975.1, align 4
  %.idx3438.1 = shl i64 %tau3.1, 8
  %2835 = getelementptr i8, ptr %dav, i64 %.idx3438.1
  store <16 x float> %2834, ptr %2835, align 4
  %gep3977.1 = getelementptr inbounds i8, ptr %invariant.gep3976, i64 %.idx3437.1
  %2836 = load <16 x float>, ptr %gep3977.1, align 4
  %2837 = getelementptr i8, ptr %47, i64 %.idx3438.1
  store <16 x float> %2836, ptr %2837, align 4
  %gep3979.1 = getelementptr inbounds i8, ptr %invariant.gep3978, i64 %.idx3437.1
  %2838 = load <16 x float>, ptr %gep3979.1, align 4
  %2839 = getelementptr i8, ptr %48, i64 %.idx3438.1
  store <16 x float> %2838, ptr %2839, align 4
  %gep3981.1 = getelementptr inbounds i8, ptr %invariant.gep3980, i64 %.idx3437.1
  %2840 = load <16 x float>, ptr %gep3981.1, align 4
  %2841 = getelementptr i8, ptr %49, i64 %.idx3438.1
  store <16 x float> %2840, ptr %2841, align 4
  %2842 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2843 = load float, ptr %2842, align 4
  %2844 = mul nsw i64 %tau3.1, %H
  %2845 = getelementptr inbounds float, ptr %betah1, i64 %2844
  store float %2843, ptr %2845, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.03292, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.03292.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2846 = add nsw i64 %t5.addr.03292.unr, %t0
  %.idx3435.epil = shl nsw i64 %t5.addr.03292.unr, 9
  %gep3967.epil = getelementptr inbounds i8, ptr %invariant.gep3966, i64 %.idx3435.epil
  %2847 = load <16 x float>, ptr %gep3967.epil, align 4
  %.idx3436.epil = shl i64 %2846, 9
  %2848 = getelementptr i8, ptr %dav, i64 %.idx3436.epil
  store <16 x float> %2847, ptr %2848, align 4
  %gep3969.epil = getelementptr inbounds i8, ptr %invariant.gep3968, i64 %.idx3435.epil
  %2849 = load <16 x float>, ptr %gep3969.epil, align 4
  %2850 = getelementptr i8, ptr %47, i64 %.idx3436.epil
  store <16 x float> %2849, ptr %2850, align 4
  %gep3971.epil = getelementptr inbounds i8, ptr %invariant.gep3970, i64 %.idx3435.epil
  %2851 = load <16 x float>, ptr %gep3971.epil, align 4
  %2852 = getelementptr i8, ptr %48, i64 %.idx3436.epil
  store <16 x float> %2851, ptr %2852, align 4
  %gep3973.epil = getelementptr inbounds i8, ptr %invariant.gep3972, i64 %.idx3435.epil
  %2853 = load <16 x float>, ptr %gep3973.epil, align 4
  %2854 = getelementptr i8, ptr %49, i64 %.idx3436.epil
  store <16 x float> %2853, ptr %2854, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.03292.unr, 1
  %tau2.epil = shl nsw i64 %2846, 1
  %2855 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2856 = load float, ptr %2855, align 4
  %2857 = mul nsw i64 %tau2.epil, %H
  %2858 = getelementptr inbounds float, ptr %betah1, i64 %2857
  store float %2856, ptr %2858, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx3437.epil = shl nsw i64 %i46.epil, 8
  %gep3975.epil = getelementptr inbounds i8, ptr %invariant.gep3974, i64 %.idx3437.epil
  %2859 = load <16 x float>, ptr %gep3975.epil, align 4
  %.idx3438.epil = shl i64 %tau3.epil, 8
  %2860 = getelementptr i8, ptr %dav, i64 %.idx3438.epil
  store <16 x float> %2859, ptr %2860, align 4
  %gep3977.epil = getelementptr inbounds i8, ptr %invariant.gep3976, i64 %.idx3437.epil
  %2861 = load <16 x float>, ptr %gep3977.epil, align 4
  %2862 = getelementptr i8, ptr %47, i64 %.idx3438.epil
  store <16 x float> %2861, ptr %2862, align 4
  %gep3979.epil = getelementptr inbounds i8, ptr %invariant.gep3978, i64 %.idx3437.epil
  %2863 = load <16 x float>, ptr %gep3979.epil, align 4
  %2864 = getelementptr i8, ptr %48, i64 %.idx3438.epil
  store <16 x float> %2863, ptr %2864, align 4
  %gep3981.epil = getelementptr inbounds i8, ptr %invariant.gep3980, i64 %.idx3437.epil
  %2865 = load <16 x float>, ptr %gep3981.epil, align 4
  %2866 = getelementptr i8, ptr %49, i64 %.idx3438.epil
  store <16 x float> %2865, ptr %2866, align 4
  %2867 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2868 = load float, ptr %2867, align 4
  %2869 = mul nsw i64 %tau3.epil, %H
  %2870 = getelementptr inbounds float, ptr %betah1, i64 %2869
  store float %2868, ptr %2870, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.03310 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2871 = shl nuw nsw i64 %i48.addr.03310, 7
  %2872 = or disjoint i64 %2871, 64
  %2873 = getelementptr inbounds float, ptr %work, i64 %2872
  %2874 = load <16 x float>, ptr %2873, align 4
  %2875 = or disjoint i64 %2871, 80
  %2876 = getelementptr inbounds float, ptr %work, i64 %2875
  %2877 = load <16 x float>, ptr %2876, align 4
  %2878 = or disjoint i64 %2871, 96
  %2879 = getelementptr inbounds float, ptr %work, i64 %2878
  %2880 = load <16 x float>, ptr %2879, align 4
  %2881 = or disjoint i64 %2871, 112
  %2882 = getelementptr inbounds float, ptr %work, i64 %2881
  %2883 = load <16 x float>, ptr %2882, align 4
  %2884 = or disjoint i64 %i48.addr.03310, 1
  %2885 = shl nuw nsw i64 %2884, 7
  %2886 = or disjoint i64 %2885, 64
  %2887 = getelementptr inbounds float, ptr %work, i64 %2886
  %2888 = load <16 x float>, ptr %2887, align 4
  %2889 = or disjoint i64 %2885, 80
  %2890 = getelementptr inbounds float, ptr %work, i64 %2889
  %2891 = load <16 x float>, ptr %2890, align 4
  %2892 = or disjoint i64 %2885, 96
  %2893 = getelementptr inbounds float, ptr %work, i64 %2892
  %2894 = load <16 x float>, ptr %2893, align 4
  %2895 = or disjoint i64 %2885, 112
  %2896 = getelementptr inbounds float, ptr %work, i64 %2895
  %2897 = load <16 x float>, ptr %2896, align 4
  %2898 = or disjoint i64 %i48.addr.03310, 2
  %2899 = shl nuw nsw i64 %2898, 7
  %2900 = or disjoint i64 %2899, 64
  %2901 = getelementptr inbounds float, ptr %work, i64 %2900
  %2902 = load <16 x float>, ptr %2901, align 4
  %2903 = or disjoint i64 %2899, 80
  %2904 = getelementptr inbounds float, ptr %work, i64 %2903
  %2905 = load <16 x float>, ptr %2904, align 4
  %2906 = or disjoint i64 %2899, 96
  %2907 = getelementptr inbounds float, ptr %work, i64 %2906
  %2908 = load <16 x float>, ptr %2907, align 4
  %2909 = or disjoint i64 %2899, 112
  %2910 = getelementptr inbounds float, ptr %work, i64 %2909
  %2911 = load <16 x float>, ptr %2910, align 4
  %2912 = or disjoint i64 %i48.addr.03310, 3
  %2913 = shl nuw nsw i64 %2912, 7
  %2914 = or disjoint i64 %2913, 64
  %2915 = getelementptr inbounds float, ptr %work, i64 %2914
  %2916 = load <16 x float>, ptr %2915, align 4
  %2917 = or disjoint i64 %2913, 80
  %2918 = getelementptr inbounds float, ptr %work, i64 %2917
  %2919 = load <16 x float>, ptr %2918, align 4
  %2920 = or disjoint i64 %2913, 96
  %2921 = getelementptr inbounds float, ptr %work, i64 %2920
  %2922 = load <16 x float>, ptr %2921, align 4
  %2923 = or disjoint i64 %2913, 112
  %2924 = getelementptr inbounds float, ptr %work, i64 %2923
  %2925 = load <16 x float>, ptr %2924, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.03309 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc151.03308 = phi <16 x float> [ %2925, %i48.body ], [ %2973, %p11.body ]
  %acc150.03307 = phi <16 x float> [ %2922, %i48.body ], [ %2972, %p11.body ]
  %acc149.03306 = phi <16 x float> [ %2919, %i48.body ], [ %2971, %p11.body ]
  %acc148.03305 = phi <16 x float> [ %2916, %i48.body ], [ %2970, %p11.body ]
  %acc147.03304 = phi <16 x float> [ %2911, %i48.body ], [ %2964, %p11.body ]
  %acc146.03303 = phi <16 x float> [ %2908, %i48.body ], [ %2963, %p11.body ]
  %acc145.03302 = phi <16 x float> [ %2905, %i48.body ], [ %2962, %p11.body ]
  %acc144.03301 = phi <16 x float> [ %2902, %i48.body ], [ %2961, %p11.body ]
  %acc143.03300 = phi <16 x float> [ %2897, %i48.body ], [ %2955, %p11.body ]
  %acc142.03299 = phi <16 x float> [ %2894, %i48.body ], [ %2954, %p11.body ]
  %acc141.03298 = phi <16 x float> [ %2891, %i48.body ], [ %2953, %p11.body ]
  %acc140.03297 = phi <16 x float> [ %2888, %i48.body ], [ %2952, %p11.body ]
  %acc139.03296 = phi <16 x float> [ %2883, %i48.body ], [ %2946, %p11.body ]
  %acc138.03295 = phi <16 x float> [ %2880, %i48.body ], [ %2945, %p11.body ]
  %acc137.03294 = phi <16 x float> [ %2877, %i48.body ], [ %2944, %p11.body ]
  %acc136.03293 = phi <16 x float> [ %2874, %i48.body ], [ %2943, %p11.body ]
  %2926 = shl nuw nsw i64 %p11.addr.03309, 6
  %2927 = getelementptr inbounds float, ptr %OY, i64 %2926
  %2928 = load <16 x float>, ptr %2927, align 4
  %2929 = or disjoint i64 %2926, 16
  %2930 = getelementptr inbounds float, ptr %OY, i64 %2929
  %2931 = load <16 x float>, ptr %2930, align 4
  %2932 = or disjoint i64 %2926, 32
  %2933 = getelementptr inbounds float, ptr %OY, i64 %2932
  %2934 = load <16 x float>, ptr %2933, align 4
  %2935 = or disjoint i64 %2926, 48
  %2936 = getelementptr inbounds float, ptr %OY, i64 %2935
  %2937 = load <16 x float>, ptr %2936, align 4
  %2938 = or disjoint i64 %2926, %i48.addr.03310
  %2939 = getelementptr inbounds float, ptr %QK, i64 %2938
  %2940 = load float, ptr %2939, align 4
  %2941 = insertelement <16 x float> poison, float %2940, i64 0
  %2942 = shufflevector <16 x float> %2941, <16 x float> poison, <16 x i32> zeroinitializer
  %2943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2942, <16 x float> %2928, <16 x float> %acc136.03293)
  %2944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2942, <16 x float> %2931, <16 x float> %acc137.03294)
  %2945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2942, <16 x float> %2934, <16 x float> %acc138.03295)
  %2946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2942, <16 x float> %2937, <16 x float> %acc139.03296)
  %2947 = or disjoint i64 %2926, %2884
  %2948 = getelementptr inbounds float, ptr %QK, i64 %2947
  %2949 = load float, ptr %2948, align 4
  %2950 = insertelement <16 x float> poison, float %2949, i64 0
  %2951 = shufflevector <16 x float> %2950, <16 x float> poison, <16 x i32> zeroinitializer
  %2952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2928, <16 x float> %acc140.03297)
  %2953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2931, <16 x float> %acc141.03298)
  %2954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2934, <16 x float> %acc142.03299)
  %2955 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2937, <16 x float> %acc143.03300)
  %2956 = or disjoint i64 %2926, %2898
  %2957 = getelementptr inbounds float, ptr %QK, i64 %2956
  %2958 = load float, ptr %2957, align 4
  %2959 = insertelement <16 x float> poison, float %2958, i64 0
  %2960 = shufflevector <16 x float> %2959, <16 x float> poison, <16 x i32> zeroinitializer
  %2961 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2960, <16 x float> %2928, <16 x float> %acc144.03301)
  %2962 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2960, <16 x float> %2931, <16 x float> %acc145.03302)
  %2963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2960, <16 x float> %2934, <16 x float> %acc146.03303)
  %2964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2960, <16 x float> %2937, <16 x float> %acc147.03304)
  %2965 = or disjoint i64 %2926, %2912
  %2966 = getelementptr inbounds float, ptr %QK, i64 %2965
  %2967 = load float, ptr %2966, align 4
  %2968 = insertelement <16 x float> poison, float %2967, i64 0
  %2969 = shufflevector <16 x float> %2968, <16 x float> poison, <16 x i32> zeroinitializer
  %2970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2969, <16 x float> %2928, <16 x float> %acc148.03305)
  %2971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2969, <16 x float> %2931, <16 x float> %acc149.03306)
  %2972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2969, <16 x float> %2934, <16 x float> %acc150.03307)
  %2973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2969, <16 x float> %2937, <16 x float> %acc151.03308)
  %p11.next = add nuw nsw i64 %p11.addr.03309, 1
  %exitcond3668.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3668.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2943, ptr %2873, align 4
  store <16 x float> %2944, ptr %2876, align 4
  store <16 x float> %2945, ptr %2879, align 4
  store <16 x float> %2946, ptr %2882, align 4
  store <16 x float> %2952, ptr %2887, align 4
  store <16 x float> %2953, ptr %2890, align 4
  store <16 x float> %2954, ptr %2893, align 4
  store <16 x float> %2955, ptr %2896, align 4
  store <16 x float> %2961, ptr %2901, align 4
  store <16 x float> %2962, ptr %2904, align 4
  store <16 x float> %2963, ptr %2907, align 4
  store <16 x float> %2964, ptr %2910, align 4
  store <16 x float> %2970, ptr %2915, align 4
  store <16 x float> %2971, ptr %2918, align 4
  store <16 x float> %2972, ptr %2921, align 4
  store <16 x float> %2973, ptr %2924, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03310, 4
  %2974 = icmp ult i64 %i48.addr.03310, 60
  br i1 %2974, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit
  %2975 = icmp ult i64 %i49.addr.03323, 120
  br i1 %2975, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.03323 = phi i64 [ %2976, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2976 = add nuw nsw i64 %i49.addr.03323, 8
  %2977 = mul nuw nsw i64 %i49.addr.03323, 320
  %2978 = or disjoint i64 %2977, 192
  %2979 = getelementptr inbounds float, ptr %Ak, i64 %2978
  %.idx3010 = mul nuw nsw i64 %i49.addr.03323, 1280
  %2980 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3010
  %2981 = getelementptr inbounds i8, ptr %2980, i64 2048
  %2982 = getelementptr inbounds i8, ptr %2980, i64 3328
  %2983 = getelementptr inbounds i8, ptr %2980, i64 4608
  %2984 = getelementptr inbounds i8, ptr %2980, i64 5888
  %2985 = getelementptr inbounds i8, ptr %2980, i64 7168
  %2986 = getelementptr inbounds i8, ptr %2980, i64 8448
  %2987 = getelementptr inbounds i8, ptr %2980, i64 9728
  %.idx3687 = shl nsw i64 %i49.addr.03323, 8
  %invariant.gep3982 = getelementptr inbounds i8, ptr %OY, i64 %.idx3687
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i49.body, %p12.exit
  %j34.addr.03322 = phi i64 [ 0, %i49.body ], [ %j34.next, %p12.exit ]
  %invariant.gep3311 = getelementptr inbounds float, ptr %VnT, i64 %j34.addr.03322
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.03321 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.03320 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3028, %p12.body ]
  %acc158.03319 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3023, %p12.body ]
  %acc157.03318 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3018, %p12.body ]
  %acc156.03317 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3013, %p12.body ]
  %acc155.03316 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3008, %p12.body ]
  %acc154.03315 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3003, %p12.body ]
  %acc153.03314 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2998, %p12.body ]
  %acc152.03313 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2993, %p12.body ]
  %.idx3017 = shl nuw nsw i64 %p12.addr.03321, 9
  %gep3312 = getelementptr inbounds i8, ptr %invariant.gep3311, i64 %.idx3017
  %2988 = load <16 x float>, ptr %gep3312, align 4
  %gep3983 = getelementptr inbounds float, ptr %invariant.gep3982, i64 %p12.addr.03321
  %2989 = getelementptr inbounds i8, ptr %gep3983, i64 16384
  %2990 = load float, ptr %2989, align 4
  %2991 = insertelement <16 x float> poison, float %2990, i64 0
  %2992 = shufflevector <16 x float> %2991, <16 x float> poison, <16 x i32> zeroinitializer
  %2993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2992, <16 x float> %2988, <16 x float> %acc152.03313)
  %2994 = getelementptr inbounds i8, ptr %gep3983, i64 16640
  %2995 = load float, ptr %2994, align 4
  %2996 = insertelement <16 x float> poison, float %2995, i64 0
  %2997 = shufflevector <16 x float> %2996, <16 x float> poison, <16 x i32> zeroinitializer
  %2998 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2997, <16 x float> %2988, <16 x float> %acc153.03314)
  %2999 = getelementptr inbounds i8, ptr %gep3983, i64 16896
  %3000 = load float, ptr %2999, align 4
  %3001 = insertelement <16 x float> poison, float %3000, i64 0
  %3002 = shufflevector <16 x float> %3001, <16 x float> poison, <16 x i32> zeroinitializer
  %3003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3002, <16 x float> %2988, <16 x float> %acc154.03315)
  %3004 = getelementptr inbounds i8, ptr %gep3983, i64 17152
  %3005 = load float, ptr %3004, align 4
  %3006 = insertelement <16 x float> poison, float %3005, i64 0
  %3007 = shufflevector <16 x float> %3006, <16 x float> poison, <16 x i32> zeroinitializer
  %3008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2988, <16 x float> %acc155.03316)
  %3009 = getelementptr inbounds i8, ptr %gep3983, i64 17408
  %3010 = load float, ptr %3009, align 4
  %3011 = insertelement <16 x float> poison, float %3010, i64 0
  %3012 = shufflevector <16 x float> %3011, <16 x float> poison, <16 x i32> zeroinitializer
  %3013 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3012, <16 x float> %2988, <16 x float> %acc156.03317)
  %3014 = getelementptr inbounds i8, ptr %gep3983, i64 17664
  %3015 = load float, ptr %3014, align 4
  %3016 = insertelement <16 x float> poison, float %3015, i64 0
  %3017 = shufflevector <16 x float> %3016, <16 x float> poison, <16 x i32> zeroinitializer
  %3018 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3017, <16 x float> %2988, <16 x float> %acc157.03318)
  %3019 = getelementptr inbounds i8, ptr %gep3983, i64 17920
  %3020 = load float, ptr %3019, align 4
  %3021 = insertelement <16 x float> poison, float %3020, i64 0
  %3022 = shufflevector <16 x float> %3021, <16 x float> poison, <16 x i32> zeroinitializer
  %3023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3022, <16 x float> %2988, <16 x float> %acc158.03319)
  %3024 = getelementptr inbounds i8, ptr %gep3983, i64 18176
  %3025 = load float, ptr %3024, align 4
  %3026 = insertelement <16 x float> poison, float %3025, i64 0
  %3027 = shufflevector <16 x float> %3026, <16 x float> poison, <16 x i32> zeroinitializer
  %3028 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3027, <16 x float> %2988, <16 x float> %acc159.03320)
  %p12.next = add nuw nsw i64 %p12.addr.03321, 1
  %exitcond3669.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3669.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %3029 = getelementptr inbounds float, ptr %2979, i64 %j34.addr.03322
  store <16 x float> %2993, ptr %3029, align 4
  %3030 = getelementptr inbounds float, ptr %2981, i64 %j34.addr.03322
  store <16 x float> %2998, ptr %3030, align 4
  %3031 = getelementptr inbounds float, ptr %2982, i64 %j34.addr.03322
  store <16 x float> %3003, ptr %3031, align 4
  %3032 = getelementptr inbounds float, ptr %2983, i64 %j34.addr.03322
  store <16 x float> %3008, ptr %3032, align 4
  %3033 = getelementptr inbounds float, ptr %2984, i64 %j34.addr.03322
  store <16 x float> %3013, ptr %3033, align 4
  %3034 = getelementptr inbounds float, ptr %2985, i64 %j34.addr.03322
  store <16 x float> %3018, ptr %3034, align 4
  %3035 = getelementptr inbounds float, ptr %2986, i64 %j34.addr.03322
  store <16 x float> %3023, ptr %3035, align 4
  %3036 = getelementptr inbounds float, ptr %2987, i64 %j34.addr.03322
  store <16 x float> %3028, ptr %3036, align 4
  %j34.next = add nuw nsw i64 %j34.addr.03322, 16
  %3037 = icmp ult i64 %j34.next, %2976
  br i1 %3037, label %p12.head.preheader, label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %3038 = shl nsw i64 %L, 1
  %3039 = shl i64 %ci, 13
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3674 = phi i64 [ %indvars.iv.next3675, %j36.exit ], [ 1, %i49.head.loopexit ]
  %indvars.iv3670 = phi i64 [ %indvars.iv.next3671, %j36.exit ], [ 0, %i49.head.loopexit ]
  %t6.addr.03340 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %umax4378 = tail call i64 @llvm.umax.i64(i64 %indvars.iv3670, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.03340, 1
  %invariant.gep3328 = getelementptr float, ptr %invariant.gep3324, i64 %i50
  %.not3439 = icmp eq i64 %t6.addr.03340, 0
  br i1 %.not3439, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx3008 = mul nuw nsw i64 %t6.addr.03340, 2560
  %gep3325 = getelementptr inbounds i8, ptr %invariant.gep3324, i64 %.idx3008
  %xtraiter4379 = and i64 %umax4378, 7
  %3040 = icmp ult i64 %indvars.iv3670, 8
  br i1 %3040, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter4381 = and i64 %umax4378, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.03330 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter4382 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter4382.next.7, %j35.body ]
  %3041 = getelementptr inbounds float, ptr %gep3325, i64 %j35.addr.03330
  %3042 = load float, ptr %3041, align 4
  %3043 = fneg float %3042
  store float %3043, ptr %3041, align 4
  %.idx3009 = mul nuw nsw i64 %j35.addr.03330, 1280
  %gep3329 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009
  store float %3043, ptr %gep3329, align 4
  %j35.next = or disjoint i64 %j35.addr.03330, 1
  %3044 = getelementptr inbounds float, ptr %gep3325, i64 %j35.next
  %3045 = load float, ptr %3044, align 4
  %3046 = fneg float %3045
  store float %3046, ptr %3044, align 4
  %.idx3009.1 = mul nuw nsw i64 %j35.next, 1280
  %gep3329.1 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.1
  store float %3046, ptr %gep3329.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.03330, 2
  %3047 = getelementptr inbounds float, ptr %gep3325, i64 %j35.next.1
  %3048 = load float, ptr %3047, align 4
  %3049 = fneg float %3048
  store float %3049, ptr %3047, align 4
  %.idx3009.2 = mul nuw nsw i64 %j35.next.1, 1280
  %gep3329.2 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.2
  store float %3049, ptr %gep3329.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.03330, 3
  %3050 = getelementptr inbounds float, ptr %gep3325, i64 %j35.next.2
  %3051 = load float, ptr %3050, align 4
  %3052 = fneg float %3051
  store float %3052, ptr %3050, align 4
  %.idx3009.3 = mul nuw nsw i64 %j35.next.2, 1280
  %gep3329.3 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.3
  store float %3052, ptr %gep3329.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.03330, 4
  %3053 = getelementptr inbounds float, ptr %gep3325, i64 %j35.next.3
  %3054 = load float, ptr %3053, align 4
  %3055 = fneg float %3054
  store float %3055, ptr %3053, align 4
  %.idx3009.4 = mul nuw nsw i64 %j35.next.3, 1280
  %gep3329.4 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.4
  store float %3055, ptr %gep3329.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.03330, 5
  %3056 = getelementptr inbounds float, ptr %gep3325, i64 %j35.next.4
  %3057 = load float, ptr %3056, align 4
  %3058 = fneg float %3057
  store float %3058, ptr %3056, align 4
  %.idx3009.5 = mul nuw nsw i64 %j35.next.4, 1280
  %gep3329.5 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.5
  store float %3058, ptr %gep3329.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.03330, 6
  %3059 = getelementptr inbounds float, ptr %gep3325, i64 %j35.next.5
  %3060 = load float, ptr %3059, align 4
  %3061 = fneg float %3060
  store float %3061, ptr %3059, align 4
  %.idx3009.6 = mul nuw nsw i64 %j35.next.5, 1280
  %gep3329.6 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.6
  store float %3061, ptr %gep3329.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.03330, 7
  %3062 = getelementptr inbounds float, ptr %gep3325, i64 %j35.next.6
  %3063 = load float, ptr %3062, align 4
  %3064 = fneg float %3063
  store float %3064, ptr %3062, align 4
  %.idx3009.7 = mul nuw nsw i64 %j35.next.6, 1280
  %gep3329.7 = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.7
  store float %3064, ptr %gep3329.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.03330, 8
  %niter4382.next.7 = add i64 %niter4382, 8
  %niter4382.ncmp.7 = icmp eq i64 %niter4382.next.7, %unroll_iter4381
  br i1 %niter4382.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.03330.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod4380.not = icmp eq i64 %xtraiter4379, 0
  br i1 %lcmp.mod4380.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.03330.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.03330.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3065 = getelementptr inbounds float, ptr %gep3325, i64 %j35.addr.03330.epil
  %3066 = load float, ptr %3065, align 4
  %3067 = fneg float %3066
  store float %3067, ptr %3065, align 4
  %.idx3009.epil = mul nuw nsw i64 %j35.addr.03330.epil, 1280
  %gep3329.epil = getelementptr i8, ptr %invariant.gep3328, i64 %.idx3009.epil
  store float %3067, ptr %gep3329.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.03330.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter4379
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx3005.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx3008, %j35.body.epil ], [ %.idx3008, %j35.exit.loopexit.unr-lcssa ]
  %gep3337 = getelementptr inbounds i8, ptr %invariant.gep3324, i64 %.idx3005.pre-phi
  %3068 = getelementptr inbounds float, ptr %gep3337, i64 %i50
  store float 0.000000e+00, ptr %3068, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx3006 = mul nuw nsw i64 %i51, 1280
  %gep3339 = getelementptr inbounds i8, ptr %invariant.gep3324, i64 %.idx3006
  %invariant.gep3333 = getelementptr float, ptr %invariant.gep3324, i64 %i51
  %xtraiter4383 = and i64 %indvars.iv3674, 7
  %3069 = icmp ult i64 %indvars.iv3670, 7
  br i1 %3069, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter4386 = and i64 %indvars.iv3674, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.03335 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter4387 = phi i64 [ 0, %j35.exit.new ], [ %niter4387.next.7, %j36.body ]
  %3070 = getelementptr inbounds float, ptr %gep3339, i64 %j36.addr.03335
  %3071 = load float, ptr %3070, align 4
  %3072 = fneg float %3071
  store float %3072, ptr %3070, align 4
  %.idx3007 = mul nuw nsw i64 %j36.addr.03335, 1280
  %gep3334 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007
  store float %3072, ptr %gep3334, align 4
  %j36.next = or disjoint i64 %j36.addr.03335, 1
  %3073 = getelementptr inbounds float, ptr %gep3339, i64 %j36.next
  %3074 = load float, ptr %3073, align 4
  %3075 = fneg float %3074
  store float %3075, ptr %3073, align 4
  %.idx3007.1 = mul nuw nsw i64 %j36.next, 1280
  %gep3334.1 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.1
  store float %3075, ptr %gep3334.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.03335, 2
  %3076 = getelementptr inbounds float, ptr %gep3339, i64 %j36.next.1
  %3077 = load float, ptr %3076, align 4
  %3078 = fneg float %3077
  store float %3078, ptr %3076, align 4
  %.idx3007.2 = mul nuw nsw i64 %j36.next.1, 1280
  %gep3334.2 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.2
  store float %3078, ptr %gep3334.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.03335, 3
  %3079 = getelementptr inbounds float, ptr %gep3339, i64 %j36.next.2
  %3080 = load float, ptr %3079, align 4
  %3081 = fneg float %3080
  store float %3081, ptr %3079, align 4
  %.idx3007.3 = mul nuw nsw i64 %j36.next.2, 1280
  %gep3334.3 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.3
  store float %3081, ptr %gep3334.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.03335, 4
  %3082 = getelementptr inbounds float, ptr %gep3339, i64 %j36.next.3
  %3083 = load float, ptr %3082, align 4
  %3084 = fneg float %3083
  store float %3084, ptr %3082, align 4
  %.idx3007.4 = mul nuw nsw i64 %j36.next.3, 1280
  %gep3334.4 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.4
  store float %3084, ptr %gep3334.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.03335, 5
  %3085 = getelementptr inbounds float, ptr %gep3339, i64 %j36.next.4
  %3086 = load float, ptr %3085, align 4
  %3087 = fneg float %3086
  store float %3087, ptr %3085, align 4
  %.idx3007.5 = mul nuw nsw i64 %j36.next.4, 1280
  %gep3334.5 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.5
  store float %3087, ptr %gep3334.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.03335, 6
  %3088 = getelementptr inbounds float, ptr %gep3339, i64 %j36.next.5
  %3089 = load float, ptr %3088, align 4
  %3090 = fneg float %3089
  store float %3090, ptr %3088, align 4
  %.idx3007.6 = mul nuw nsw i64 %j36.next.5, 1280
  %gep3334.6 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.6
  store float %3090, ptr %gep3334.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.03335, 7
  %3091 = getelementptr inbounds float, ptr %gep3339, i64 %j36.next.6
  %3092 = load float, ptr %3091, align 4
  %3093 = fneg float %3092
  store float %3093, ptr %3091, align 4
  %.idx3007.7 = mul nuw nsw i64 %j36.next.6, 1280
  %gep3334.7 = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.7
  store float %3093, ptr %gep3334.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.03335, 8
  %niter4387.next.7 = add i64 %niter4387, 8
  %niter4387.ncmp.7 = icmp eq i64 %niter4387.next.7, %unroll_iter4386
  br i1 %niter4387.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.03335.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod4385.not = icmp eq i64 %xtraiter4383, 0
  br i1 %lcmp.mod4385.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.03335.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.03335.unr, %j36.exit.unr-lcssa ]
  %epil.iter4384 = phi i64 [ %epil.iter4384.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3094 = getelementptr inbounds float, ptr %gep3339, i64 %j36.addr.03335.epil
  %3095 = load float, ptr %3094, align 4
  %3096 = fneg float %3095
  store float %3096, ptr %3094, align 4
  %.idx3007.epil = mul nuw nsw i64 %j36.addr.03335.epil, 1280
  %gep3334.epil = getelementptr i8, ptr %invariant.gep3333, i64 %.idx3007.epil
  store float %3096, ptr %gep3334.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.03335.epil, 1
  %epil.iter4384.next = add i64 %epil.iter4384, 1
  %epil.iter4384.cmp.not = icmp eq i64 %epil.iter4384.next, %xtraiter4383
  br i1 %epil.iter4384.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3985 = getelementptr inbounds i8, ptr %invariant.gep3984, i64 %.idx3006
  %3097 = getelementptr inbounds float, ptr %gep3985, i64 %i51
  store float 0.000000e+00, ptr %3097, align 4
  %t6.next = add nuw nsw i64 %t6.addr.03340, 1
  %indvars.iv.next3671 = add nuw nsw i64 %indvars.iv3670, 2
  %indvars.iv.next3675 = add nuw nsw i64 %indvars.iv3674, 2
  %exitcond3677.not = icmp eq i64 %t6.next, 64
  br i1 %exitcond3677.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1975
  %i52.addr.03358 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1975 ]
  %.idx3001 = mul nuw nsw i64 %i52.addr.03358, 1280
  %3098 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3001
  %3099 = getelementptr inbounds i8, ptr %3098, i64 1280
  %3100 = getelementptr inbounds i8, ptr %3098, i64 2560
  %3101 = getelementptr inbounds i8, ptr %3098, i64 3840
  br label %p13.body

i52.exit:                                         ; preds = %endif1975
  %t7.end = add nsw i64 %L, %t0
  br i1 %2449, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03357 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03356 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3145, %p13.body ]
  %acc174.03355 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3144, %p13.body ]
  %acc173.03354 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3143, %p13.body ]
  %acc172.03353 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3142, %p13.body ]
  %acc171.03352 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3137, %p13.body ]
  %acc170.03351 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3136, %p13.body ]
  %acc169.03350 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3135, %p13.body ]
  %acc168.03349 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3134, %p13.body ]
  %acc167.03348 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3129, %p13.body ]
  %acc166.03347 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3128, %p13.body ]
  %acc165.03346 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3127, %p13.body ]
  %acc164.03345 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3126, %p13.body ]
  %acc163.03344 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3121, %p13.body ]
  %acc162.03343 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3120, %p13.body ]
  %acc161.03342 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3119, %p13.body ]
  %acc160.03341 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3118, %p13.body ]
  %3102 = shl nuw nsw i64 %p13.addr.03357, 6
  %3103 = getelementptr inbounds float, ptr %Bk, i64 %3102
  %3104 = load <16 x float>, ptr %3103, align 4
  %3105 = or disjoint i64 %3102, 16
  %3106 = getelementptr inbounds float, ptr %Bk, i64 %3105
  %3107 = load <16 x float>, ptr %3106, align 4
  %3108 = or disjoint i64 %3102, 32
  %3109 = getelementptr inbounds float, ptr %Bk, i64 %3108
  %3110 = load <16 x float>, ptr %3109, align 4
  %3111 = or disjoint i64 %3102, 48
  %3112 = getelementptr inbounds float, ptr %Bk, i64 %3111
  %3113 = load <16 x float>, ptr %3112, align 4
  %3114 = getelementptr inbounds float, ptr %3098, i64 %p13.addr.03357
  %3115 = load float, ptr %3114, align 4
  %3116 = insertelement <16 x float> poison, float %3115, i64 0
  %3117 = shufflevector <16 x float> %3116, <16 x float> poison, <16 x i32> zeroinitializer
  %3118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3117, <16 x float> %3104, <16 x float> %acc160.03341)
  %3119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3117, <16 x float> %3107, <16 x float> %acc161.03342)
  %3120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3117, <16 x float> %3110, <16 x float> %acc162.03343)
  %3121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3117, <16 x float> %3113, <16 x float> %acc163.03344)
  %3122 = getelementptr inbounds float, ptr %3099, i64 %p13.addr.03357
  %3123 = load float, ptr %3122, align 4
  %3124 = insertelement <16 x float> poison, float %3123, i64 0
  %3125 = shufflevector <16 x float> %3124, <16 x float> poison, <16 x i32> zeroinitializer
  %3126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3125, <16 x float> %3104, <16 x float> %acc164.03345)
  %3127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3125, <16 x float> %3107, <16 x float> %acc165.03346)
  %3128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3125, <16 x float> %3110, <16 x float> %acc166.03347)
  %3129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3125, <16 x float> %3113, <16 x float> %acc167.03348)
  %3130 = getelementptr inbounds float, ptr %3100, i64 %p13.addr.03357
  %3131 = load float, ptr %3130, align 4
  %3132 = insertelement <16 x float> poison, float %3131, i64 0
  %3133 = shufflevector <16 x float> %3132, <16 x float> poison, <16 x i32> zeroinitializer
  %3134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3133, <16 x float> %3104, <16 x float> %acc168.03349)
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3133, <16 x float> %3107, <16 x float> %acc169.03350)
  %3136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3133, <16 x float> %3110, <16 x float> %acc170.03351)
  %3137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3133, <16 x float> %3113, <16 x float> %acc171.03352)
  %3138 = getelementptr inbounds float, ptr %3101, i64 %p13.addr.03357
  %3139 = load float, ptr %3138, align 4
  %3140 = insertelement <16 x float> poison, float %3139, i64 0
  %3141 = shufflevector <16 x float> %3140, <16 x float> poison, <16 x i32> zeroinitializer
  %3142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3141, <16 x float> %3104, <16 x float> %acc172.03353)
  %3143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3141, <16 x float> %3107, <16 x float> %acc173.03354)
  %3144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3141, <16 x float> %3110, <16 x float> %acc174.03355)
  %3145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3141, <16 x float> %3113, <16 x float> %acc175.03356)
  %p13.next = add nuw nsw i64 %p13.addr.03357, 1
  %exitcond3678.not = icmp eq i64 %p13.next, 320
  br i1 %exitcond3678.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3146 = icmp slt i64 %i52.addr.03358, %3038
  br i1 %3146, label %then1913, label %endif1927

then1913:                                         ; preds = %p13.exit
  %3147 = shl nuw nsw i64 %i52.addr.03358, 6
  %3148 = add nuw nsw i64 %3147, %3039
  %3149 = getelementptr inbounds float, ptr %dak, i64 %3148
  store <16 x float> %3118, ptr %3149, align 4
  %3150 = or disjoint i64 %3148, 16
  %3151 = getelementptr inbounds float, ptr %dak, i64 %3150
  store <16 x float> %3119, ptr %3151, align 4
  %3152 = or disjoint i64 %3148, 32
  %3153 = getelementptr inbounds float, ptr %dak, i64 %3152
  store <16 x float> %3120, ptr %3153, align 4
  %3154 = or disjoint i64 %3148, 48
  %3155 = getelementptr inbounds float, ptr %dak, i64 %3154
  store <16 x float> %3121, ptr %3155, align 4
  br label %endif1927

endif1927:                                        ; preds = %p13.exit, %then1913
  %3156 = or disjoint i64 %i52.addr.03358, 1
  %3157 = icmp slt i64 %3156, %3038
  br i1 %3157, label %then1929, label %endif1943

then1929:                                         ; preds = %endif1927
  %3158 = shl nuw nsw i64 %3156, 6
  %3159 = add nuw nsw i64 %3158, %3039
  %3160 = getelementptr inbounds float, ptr %dak, i64 %3159
  store <16 x float> %3126, ptr %3160, align 4
  %3161 = or disjoint i64 %3159, 16
  %3162 = getelementptr inbounds float, ptr %dak, i64 %3161
  store <16 x float> %3127, ptr %3162, align 4
  %3163 = or disjoint i64 %3159, 32
  %3164 = getelementptr inbounds float, ptr %dak, i64 %3163
  store <16 x float> %3128, ptr %3164, align 4
  %3165 = or disjoint i64 %3159, 48
  %3166 = getelementptr inbounds float, ptr %dak, i64 %3165
  store <16 x float> %3129, ptr %3166, align 4
  br label %endif1943

endif1943:                                        ; preds = %endif1927, %then1929
  %3167 = or disjoint i64 %i52.addr.03358, 2
  %3168 = icmp slt i64 %3167, %3038
  br i1 %3168, label %then1945, label %endif1959

then1945:                                         ; preds = %endif1943
  %3169 = shl nuw nsw i64 %3167, 6
  %3170 = add nuw nsw i64 %3169, %3039
  %3171 = getelementptr inbounds float, ptr %dak, i64 %3170
  store <16 x float> %3134, ptr %3171, align 4
  %3172 = or disjoint i64 %3170, 16
  %3173 = getelementptr inbounds float, ptr %dak, i64 %3172
  store <16 x float> %3135, ptr %3173, align 4
  %3174 = or disjoint i64 %3170, 32
  %3175 = getelementptr inbounds float, ptr %dak, i64 %3174
  store <16 x float> %3136, ptr %3175, align 4
  %3176 = or disjoint i64 %3170, 48
  %3177 = getelementptr inbounds float, ptr %dak, i64 %3176
  store <16 x float> %3137, ptr %3177, align 4
  br label %endif1959

endif1959:                                        ; preds = %endif1943, %then1945
  %3178 = or disjoint i64 %i52.addr.03358, 3
  %3179 = icmp slt i64 %3178, %3038
  br i1 %3179, label %then1961, label %endif1975

then1961:                                         ; preds = %endif1959
  %3180 = shl nuw nsw i64 %3178, 6
  %3181 = add nuw nsw i64 %3180, %3039
  %3182 = getelementptr inbounds float, ptr %dak, i64 %3181
  store <16 x float> %3142, ptr %3182, align 4
  %3183 = or disjoint i64 %3181, 16
  %3184 = getelementptr inbounds float, ptr %dak, i64 %3183
  store <16 x float> %3143, ptr %3184, align 4
  %3185 = or disjoint i64 %3181, 32
  %3186 = getelementptr inbounds float, ptr %dak, i64 %3185
  store <16 x float> %3144, ptr %3186, align 4
  %3187 = or disjoint i64 %3181, 48
  %3188 = getelementptr inbounds float, ptr %dak, i64 %3187
  store <16 x float> %3145, ptr %3188, align 4
  br label %endif1975

endif1975:                                        ; preds = %endif1959, %then1961
  %i52.next = add nuw nsw i64 %i52.addr.03358, 4
  %3189 = icmp ult i64 %i52.addr.03358, 124
  br i1 %3189, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.03363 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3190 = add nsw i64 %t7.addr.03363, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3190, i64 %5)
  %3191 = add nsw i64 %tp2, %54
  %3192 = mul nsw i64 %3191, %dq_ts
  %gep3365 = getelementptr float, ptr %invariant.gep3364, i64 %3192
  tail call void @llvm.prefetch.p0(ptr %gep3365, i32 0, i32 2, i32 1)
  %3193 = getelementptr i8, ptr %gep3365, i64 64
  tail call void @llvm.prefetch.p0(ptr %3193, i32 0, i32 2, i32 1)
  %3194 = getelementptr i8, ptr %gep3365, i64 128
  tail call void @llvm.prefetch.p0(ptr %3194, i32 0, i32 2, i32 1)
  %3195 = getelementptr i8, ptr %gep3365, i64 192
  tail call void @llvm.prefetch.p0(ptr %3195, i32 0, i32 2, i32 1)
  %3196 = mul nsw i64 %3191, %dk_ts
  %gep3367 = getelementptr float, ptr %invariant.gep3366, i64 %3196
  tail call void @llvm.prefetch.p0(ptr %gep3367, i32 0, i32 2, i32 1)
  %3197 = getelementptr i8, ptr %gep3367, i64 64
  tail call void @llvm.prefetch.p0(ptr %3197, i32 0, i32 2, i32 1)
  %3198 = getelementptr i8, ptr %gep3367, i64 128
  tail call void @llvm.prefetch.p0(ptr %3198, i32 0, i32 2, i32 1)
  %3199 = getelementptr i8, ptr %gep3367, i64 192
  tail call void @llvm.prefetch.p0(ptr %3199, i32 0, i32 2, i32 1)
  %3200 = mul nsw i64 %3191, %dv_ts
  %gep3369 = getelementptr float, ptr %invariant.gep3368, i64 %3200
  tail call void @llvm.prefetch.p0(ptr %gep3369, i32 0, i32 2, i32 1)
  %3201 = getelementptr i8, ptr %gep3369, i64 64
  tail call void @llvm.prefetch.p0(ptr %3201, i32 0, i32 2, i32 1)
  %3202 = getelementptr i8, ptr %gep3369, i64 128
  tail call void @llvm.prefetch.p0(ptr %3202, i32 0, i32 2, i32 1)
  %3203 = getelementptr i8, ptr %gep3369, i64 192
  tail call void @llvm.prefetch.p0(ptr %3203, i32 0, i32 2, i32 1)
  %gep3371 = getelementptr float, ptr %invariant.gep3370, i64 %3196
  tail call void @llvm.prefetch.p0(ptr %gep3371, i32 0, i32 2, i32 1)
  %3204 = getelementptr i8, ptr %gep3371, i64 64
  tail call void @llvm.prefetch.p0(ptr %3204, i32 0, i32 2, i32 1)
  %3205 = getelementptr i8, ptr %gep3371, i64 128
  tail call void @llvm.prefetch.p0(ptr %3205, i32 0, i32 2, i32 1)
  %3206 = getelementptr i8, ptr %gep3371, i64 192
  tail call void @llvm.prefetch.p0(ptr %3206, i32 0, i32 2, i32 1)
  %gep3373 = getelementptr float, ptr %invariant.gep3372, i64 %3200
  tail call void @llvm.prefetch.p0(ptr %gep3373, i32 0, i32 2, i32 1)
  %3207 = getelementptr i8, ptr %gep3373, i64 64
  tail call void @llvm.prefetch.p0(ptr %3207, i32 0, i32 2, i32 1)
  %3208 = getelementptr i8, ptr %gep3373, i64 128
  tail call void @llvm.prefetch.p0(ptr %3208, i32 0, i32 2, i32 1)
  %3209 = getelementptr i8, ptr %gep3373, i64 192
  tail call void @llvm.prefetch.p0(ptr %3209, i32 0, i32 2, i32 1)
  %3210 = shl nsw i64 %t7.addr.03363, 6
  %3211 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %3210
  %3212 = load <16 x float>, ptr %3211, align 4
  %3213 = or disjoint i64 %3210, 16
  %3214 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %3213
  %3215 = load <16 x float>, ptr %3214, align 4
  %3216 = or disjoint i64 %3210, 32
  %3217 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %3216
  %3218 = load <16 x float>, ptr %3217, align 4
  %3219 = or disjoint i64 %3210, 48
  %3220 = getelementptr inbounds float, ptr %invariant.gep3393, i64 %3219
  %3221 = load <16 x float>, ptr %3220, align 4
  %3222 = getelementptr inbounds float, ptr %gep3392, i64 %3210
  %3223 = load <16 x float>, ptr %3222, align 4
  %3224 = getelementptr inbounds float, ptr %gep3392, i64 %3213
  %3225 = load <16 x float>, ptr %3224, align 4
  %3226 = getelementptr inbounds float, ptr %gep3392, i64 %3216
  %3227 = load <16 x float>, ptr %3226, align 4
  %3228 = getelementptr inbounds float, ptr %gep3392, i64 %3219
  %3229 = load <16 x float>, ptr %3228, align 4
  %3230 = getelementptr inbounds float, ptr %gep3394, i64 %t7.addr.03363
  %3231 = load float, ptr %3230, align 4
  %3232 = fmul <16 x float> %3212, %3223
  %3233 = fmul <16 x float> %3215, %3225
  %3234 = fadd <16 x float> %3232, %3233
  %3235 = fmul <16 x float> %3218, %3227
  %3236 = fadd <16 x float> %3234, %3235
  %3237 = fmul <16 x float> %3221, %3229
  %3238 = fadd <16 x float> %3236, %3237
  %3239 = shufflevector <16 x float> %3238, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3240 = shufflevector <16 x float> %3238, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3241 = fadd <8 x float> %3239, %3240
  %3242 = shufflevector <8 x float> %3241, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3243 = shufflevector <8 x float> %3241, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3244 = fadd <4 x float> %3242, %3243
  %3245 = shufflevector <4 x float> %3244, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3246 = shufflevector <4 x float> %3244, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3247 = fadd <2 x float> %3245, %3246
  %shift4182 = shufflevector <2 x float> %3247, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3248 = fadd <2 x float> %3247, %shift4182
  %3249 = shufflevector <2 x float> %3248, <2 x float> poison, <16 x i32> zeroinitializer
  %3250 = fmul <16 x float> %3212, %3249
  %3251 = fsub <16 x float> %3223, %3250
  %3252 = insertelement <16 x float> poison, float %3231, i64 0
  %3253 = shufflevector <16 x float> %3252, <16 x float> poison, <16 x i32> zeroinitializer
  %3254 = fmul <16 x float> %3253, %3251
  %3255 = add nsw i64 %t7.addr.03363, %54
  %3256 = mul nsw i64 %3255, %dq_ts
  %gep3375 = getelementptr float, ptr %invariant.gep3364, i64 %3256
  store <16 x float> %3254, ptr %gep3375, align 4
  %3257 = fmul <16 x float> %3215, %3249
  %3258 = fsub <16 x float> %3225, %3257
  %3259 = fmul <16 x float> %3253, %3258
  %3260 = getelementptr i8, ptr %gep3375, i64 64
  store <16 x float> %3259, ptr %3260, align 4
  %3261 = fmul <16 x float> %3218, %3249
  %3262 = fsub <16 x float> %3227, %3261
  %3263 = fmul <16 x float> %3253, %3262
  %3264 = getelementptr i8, ptr %gep3375, i64 128
  store <16 x float> %3263, ptr %3264, align 4
  %3265 = fmul <16 x float> %3221, %3249
  %3266 = fsub <16 x float> %3229, %3265
  %3267 = fmul <16 x float> %3253, %3266
  %3268 = getelementptr i8, ptr %gep3375, i64 192
  store <16 x float> %3267, ptr %3268, align 4
  %3269 = shl nsw i64 %t7.addr.03363, 1
  %3270 = shl nsw i64 %t7.addr.03363, 7
  %3271 = getelementptr inbounds float, ptr %gep3388, i64 %3270
  %3272 = load <16 x float>, ptr %3271, align 4
  %3273 = or disjoint i64 %3270, 16
  %3274 = getelementptr inbounds float, ptr %gep3388, i64 %3273
  %3275 = load <16 x float>, ptr %3274, align 4
  %3276 = or disjoint i64 %3270, 32
  %3277 = getelementptr inbounds float, ptr %gep3388, i64 %3276
  %3278 = load <16 x float>, ptr %3277, align 4
  %3279 = or disjoint i64 %3270, 48
  %3280 = getelementptr inbounds float, ptr %gep3388, i64 %3279
  %3281 = load <16 x float>, ptr %3280, align 4
  %3282 = getelementptr inbounds float, ptr %dak, i64 %3270
  %3283 = load <16 x float>, ptr %3282, align 4
  %3284 = getelementptr inbounds float, ptr %dak, i64 %3273
  %3285 = load <16 x float>, ptr %3284, align 4
  %3286 = getelementptr inbounds float, ptr %dak, i64 %3276
  %3287 = load <16 x float>, ptr %3286, align 4
  %3288 = getelementptr inbounds float, ptr %dak, i64 %3279
  %3289 = load <16 x float>, ptr %3288, align 4
  %gep3360 = getelementptr float, ptr %invariant.gep, i64 %3269
  %3290 = load float, ptr %gep3360, align 4
  %3291 = fmul <16 x float> %3272, %3283
  %3292 = fmul <16 x float> %3275, %3285
  %3293 = fadd <16 x float> %3291, %3292
  %3294 = fmul <16 x float> %3278, %3287
  %3295 = fadd <16 x float> %3293, %3294
  %3296 = fmul <16 x float> %3281, %3289
  %3297 = fadd <16 x float> %3295, %3296
  %3298 = shufflevector <16 x float> %3297, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3299 = shufflevector <16 x float> %3297, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3300 = fadd <8 x float> %3298, %3299
  %3301 = shufflevector <8 x float> %3300, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3302 = shufflevector <8 x float> %3300, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3303 = fadd <4 x float> %3301, %3302
  %3304 = shufflevector <4 x float> %3303, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3305 = shufflevector <4 x float> %3303, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3306 = fadd <2 x float> %3304, %3305
  %shift4183 = shufflevector <2 x float> %3306, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3307 = fadd <2 x float> %3306, %shift4183
  %3308 = shufflevector <2 x float> %3307, <2 x float> poison, <16 x i32> zeroinitializer
  %3309 = fmul <16 x float> %3272, %3308
  %3310 = fsub <16 x float> %3283, %3309
  %3311 = insertelement <16 x float> poison, float %3290, i64 0
  %3312 = shufflevector <16 x float> %3311, <16 x float> poison, <16 x i32> zeroinitializer
  %3313 = fmul <16 x float> %3312, %3310
  %3314 = mul nsw i64 %3255, %dk_ts
  %gep3377 = getelementptr float, ptr %invariant.gep3366, i64 %3314
  store <16 x float> %3313, ptr %gep3377, align 4
  %3315 = fmul <16 x float> %3275, %3308
  %3316 = fsub <16 x float> %3285, %3315
  %3317 = fmul <16 x float> %3312, %3316
  %3318 = getelementptr i8, ptr %gep3377, i64 64
  store <16 x float> %3317, ptr %3318, align 4
  %3319 = fmul <16 x float> %3278, %3308
  %3320 = fsub <16 x float> %3287, %3319
  %3321 = fmul <16 x float> %3312, %3320
  %3322 = getelementptr i8, ptr %gep3377, i64 128
  store <16 x float> %3321, ptr %3322, align 4
  %3323 = fmul <16 x float> %3281, %3308
  %3324 = fsub <16 x float> %3289, %3323
  %3325 = fmul <16 x float> %3312, %3324
  %3326 = getelementptr i8, ptr %gep3377, i64 192
  store <16 x float> %3325, ptr %3326, align 4
  %3327 = getelementptr inbounds float, ptr %dav, i64 %3270
  %3328 = load <16 x float>, ptr %3327, align 4
  %3329 = getelementptr inbounds float, ptr %dav, i64 %3273
  %3330 = load <16 x float>, ptr %3329, align 4
  %3331 = getelementptr inbounds float, ptr %dav, i64 %3276
  %3332 = load <16 x float>, ptr %3331, align 4
  %3333 = getelementptr inbounds float, ptr %dav, i64 %3279
  %3334 = load <16 x float>, ptr %3333, align 4
  %3335 = mul nsw i64 %3255, %dv_ts
  %gep3379 = getelementptr float, ptr %invariant.gep3368, i64 %3335
  store <16 x float> %3328, ptr %gep3379, align 4
  %3336 = getelementptr i8, ptr %gep3379, i64 64
  store <16 x float> %3330, ptr %3336, align 4
  %3337 = getelementptr i8, ptr %gep3379, i64 128
  store <16 x float> %3332, ptr %3337, align 4
  %3338 = getelementptr i8, ptr %gep3379, i64 192
  store <16 x float> %3334, ptr %3338, align 4
  %3339 = or disjoint i64 %3269, 1
  %3340 = shl nsw i64 %3339, 6
  %3341 = getelementptr inbounds float, ptr %gep3388, i64 %3340
  %3342 = load <16 x float>, ptr %3341, align 4
  %3343 = or disjoint i64 %3340, 16
  %3344 = getelementptr inbounds float, ptr %gep3388, i64 %3343
  %3345 = load <16 x float>, ptr %3344, align 4
  %3346 = or disjoint i64 %3340, 32
  %3347 = getelementptr inbounds float, ptr %gep3388, i64 %3346
  %3348 = load <16 x float>, ptr %3347, align 4
  %3349 = or disjoint i64 %3340, 48
  %3350 = getelementptr inbounds float, ptr %gep3388, i64 %3349
  %3351 = load <16 x float>, ptr %3350, align 4
  %3352 = getelementptr inbounds float, ptr %dak, i64 %3340
  %3353 = load <16 x float>, ptr %3352, align 4
  %3354 = getelementptr inbounds float, ptr %dak, i64 %3343
  %3355 = load <16 x float>, ptr %3354, align 4
  %3356 = getelementptr inbounds float, ptr %dak, i64 %3346
  %3357 = load <16 x float>, ptr %3356, align 4
  %3358 = getelementptr inbounds float, ptr %dak, i64 %3349
  %3359 = load <16 x float>, ptr %3358, align 4
  %gep3362 = getelementptr float, ptr %invariant.gep, i64 %3339
  %3360 = load float, ptr %gep3362, align 4
  %3361 = fmul <16 x float> %3342, %3353
  %3362 = fmul <16 x float> %3345, %3355
  %3363 = fadd <16 x float> %3361, %3362
  %3364 = fmul <16 x float> %3348, %3357
  %3365 = fadd <16 x float> %3363, %3364
  %3366 = fmul <16 x float> %3351, %3359
  %3367 = fadd <16 x float> %3365, %3366
  %3368 = shufflevector <16 x float> %3367, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3369 = shufflevector <16 x float> %3367, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3370 = fadd <8 x float> %3368, %3369
  %3371 = shufflevector <8 x float> %3370, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3372 = shufflevector <8 x float> %3370, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3373 = fadd <4 x float> %3371, %3372
  %3374 = shufflevector <4 x float> %3373, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3375 = shufflevector <4 x float> %3373, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3376 = fadd <2 x float> %3374, %3375
  %shift4184 = shufflevector <2 x float> %3376, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3377 = fadd <2 x float> %3376, %shift4184
  %3378 = shufflevector <2 x float> %3377, <2 x float> poison, <16 x i32> zeroinitializer
  %3379 = fmul <16 x float> %3342, %3378
  %3380 = fsub <16 x float> %3353, %3379
  %3381 = insertelement <16 x float> poison, float %3360, i64 0
  %3382 = shufflevector <16 x float> %3381, <16 x float> poison, <16 x i32> zeroinitializer
  %3383 = fmul <16 x float> %3382, %3380
  %gep3381 = getelementptr float, ptr %invariant.gep3370, i64 %3314
  store <16 x float> %3383, ptr %gep3381, align 4
  %3384 = fmul <16 x float> %3345, %3378
  %3385 = fsub <16 x float> %3355, %3384
  %3386 = fmul <16 x float> %3382, %3385
  %3387 = getelementptr i8, ptr %gep3381, i64 64
  store <16 x float> %3386, ptr %3387, align 4
  %3388 = fmul <16 x float> %3348, %3378
  %3389 = fsub <16 x float> %3357, %3388
  %3390 = fmul <16 x float> %3382, %3389
  %3391 = getelementptr i8, ptr %gep3381, i64 128
  store <16 x float> %3390, ptr %3391, align 4
  %3392 = fmul <16 x float> %3351, %3378
  %3393 = fsub <16 x float> %3359, %3392
  %3394 = fmul <16 x float> %3382, %3393
  %3395 = getelementptr i8, ptr %gep3381, i64 192
  store <16 x float> %3394, ptr %3395, align 4
  %3396 = getelementptr inbounds float, ptr %dav, i64 %3340
  %3397 = load <16 x float>, ptr %3396, align 4
  %3398 = getelementptr inbounds float, ptr %dav, i64 %3343
  %3399 = load <16 x float>, ptr %3398, align 4
  %3400 = getelementptr inbounds float, ptr %dav, i64 %3346
  %3401 = load <16 x float>, ptr %3400, align 4
  %3402 = getelementptr inbounds float, ptr %dav, i64 %3349
  %3403 = load <16 x float>, ptr %3402, align 4
  %gep3383 = getelementptr float, ptr %invariant.gep3372, i64 %3335
  store <16 x float> %3397, ptr %gep3383, align 4
  %3404 = getelementptr i8, ptr %gep3383, i64 64
  store <16 x float> %3399, ptr %3404, align 4
  %3405 = getelementptr i8, ptr %gep3383, i64 128
  store <16 x float> %3401, ptr %3405, align 4
  %3406 = getelementptr i8, ptr %gep3383, i64 192
  store <16 x float> %3403, ptr %3406, align 4
  %t7.next = add nsw i64 %t7.addr.03363, 1
  %3407 = icmp slt i64 %t7.next, %t7.end
  br i1 %3407, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.03384, 1
  %indvars.iv.next3666 = add i64 %indvars.iv3665, 64
  %exitcond3680.not = icmp eq i64 %cc.next, %smax3679
  br i1 %exitcond3680.not, label %i53.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j38.head.preheader, %i53.head.preheader
  %i53.addr.03386 = phi i64 [ 0, %i53.head.preheader ], [ %i53.next.7, %j38.head.preheader ]
  %3408 = shl nuw nsw i64 %i53.addr.03386, 8
  %scevgep3681 = getelementptr i8, ptr %267, i64 %3408
  %3409 = shl nuw nsw i64 %i53.addr.03386, 9
  %3410 = or disjoint i64 %3409, 256
  %scevgep3682 = getelementptr i8, ptr %work, i64 %3410
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682, i64 256, i1 false)
  %i53.next = or disjoint i64 %i53.addr.03386, 1
  %3411 = shl nuw nsw i64 %i53.next, 8
  %scevgep3681.1 = getelementptr i8, ptr %267, i64 %3411
  %3412 = shl nuw nsw i64 %i53.next, 9
  %3413 = or disjoint i64 %3412, 256
  %scevgep3682.1 = getelementptr i8, ptr %work, i64 %3413
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682.1, i64 256, i1 false)
  %i53.next.1 = or disjoint i64 %i53.addr.03386, 2
  %3414 = shl nuw nsw i64 %i53.next.1, 8
  %scevgep3681.2 = getelementptr i8, ptr %267, i64 %3414
  %3415 = shl nuw nsw i64 %i53.next.1, 9
  %3416 = or disjoint i64 %3415, 256
  %scevgep3682.2 = getelementptr i8, ptr %work, i64 %3416
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682.2, i64 256, i1 false)
  %i53.next.2 = or disjoint i64 %i53.addr.03386, 3
  %3417 = shl nuw nsw i64 %i53.next.2, 8
  %scevgep3681.3 = getelementptr i8, ptr %267, i64 %3417
  %3418 = shl nuw nsw i64 %i53.next.2, 9
  %3419 = or disjoint i64 %3418, 256
  %scevgep3682.3 = getelementptr i8, ptr %work, i64 %3419
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682.3, i64 256, i1 false)
  %i53.next.3 = or disjoint i64 %i53.addr.03386, 4
  %3420 = shl nuw nsw i64 %i53.next.3, 8
  %scevgep3681.4 = getelementptr i8, ptr %267, i64 %3420
  %3421 = shl nuw nsw i64 %i53.next.3, 9
  %3422 = or disjoint i64 %3421, 256
  %scevgep3682.4 = getelementptr i8, ptr %work, i64 %3422
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682.4, i64 256, i1 false)
  %i53.next.4 = or disjoint i64 %i53.addr.03386, 5
  %3423 = shl nuw nsw i64 %i53.next.4, 8
  %scevgep3681.5 = getelementptr i8, ptr %267, i64 %3423
  %3424 = shl nuw nsw i64 %i53.next.4, 9
  %3425 = or disjoint i64 %3424, 256
  %scevgep3682.5 = getelementptr i8, ptr %work, i64 %3425
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682.5, i64 256, i1 false)
  %i53.next.5 = or disjoint i64 %i53.addr.03386, 6
  %3426 = shl nuw nsw i64 %i53.next.5, 8
  %scevgep3681.6 = getelementptr i8, ptr %267, i64 %3426
  %3427 = shl nuw nsw i64 %i53.next.5, 9
  %3428 = or disjoint i64 %3427, 256
  %scevgep3682.6 = getelementptr i8, ptr %work, i64 %3428
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682.6, i64 256, i1 false)
  %i53.next.6 = or disjoint i64 %i53.addr.03386, 7
  %3429 = shl nuw nsw i64 %i53.next.6, 8
  %scevgep3681.7 = getelementptr i8, ptr %267, i64 %3429
  %3430 = shl nuw nsw i64 %i53.next.6, 9
  %3431 = or disjoint i64 %3430, 256
  %scevgep3682.7 = getelementptr i8, ptr %work, i64 %3431
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3682.7, i64 256, i1 false)
  %i53.next.7 = add nuw nsw i64 %i53.addr.03386, 8
  %exitcond3683.not.7 = icmp eq i64 %i53.next.7, 64
  br i1 %exitcond3683.not.7, label %i53.exit, label %j38.head.preheader

i53.exit:                                         ; preds = %j38.head.preheader
  %bh.next = add nsw i64 %bh.addr.03395, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3684.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3684.not, label %bh.exit, label %bh.body
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
; ---- dp_step_h2_k64_v64_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k64_v64_c1_nogate'
source_filename = "dp_step_h2_k64_v64_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k64_v64_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 16
  %3 = or disjoint i64 %sq, 32
  %4 = or disjoint i64 %sq, 48
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %c.exit
  %bh.addr.096 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %c.exit ]
  %b = sdiv i64 %bh.addr.096, %H
  %h = srem i64 %bh.addr.096, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 6
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %8 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %S.idx = shl nsw i64 %bh.addr.096, 14
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %9 = load float, ptr %betah, align 4
  %10 = insertelement <16 x float> poison, float %9, i64 0
  %11 = shufflevector <16 x float> %10, <16 x float> poison, <16 x i32> zeroinitializer
  %12 = getelementptr inbounds float, ptr %betah, i64 %H
  %13 = load float, ptr %12, align 4
  %14 = insertelement <16 x float> poison, float %13, i64 0
  %15 = shufflevector <16 x float> %14, <16 x float> poison, <16 x i32> zeroinitializer
  %16 = load <16 x float>, ptr %kh, align 4
  %17 = getelementptr inbounds float, ptr %kh, i64 %sq
  %18 = load <16 x float>, ptr %17, align 4
  %19 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %16, <16 x float> %18, <16 x float> zeroinitializer)
  %20 = getelementptr inbounds i8, ptr %kh, i64 64
  %21 = load <16 x float>, ptr %20, align 4
  %22 = getelementptr inbounds float, ptr %kh, i64 %2
  %23 = load <16 x float>, ptr %22, align 4
  %24 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %23, <16 x float> %19)
  %25 = getelementptr inbounds i8, ptr %kh, i64 128
  %26 = load <16 x float>, ptr %25, align 4
  %27 = getelementptr inbounds float, ptr %kh, i64 %3
  %28 = load <16 x float>, ptr %27, align 4
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %28, <16 x float> %24)
  %30 = getelementptr inbounds i8, ptr %kh, i64 192
  %31 = load <16 x float>, ptr %30, align 4
  %32 = getelementptr inbounds float, ptr %kh, i64 %4
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %31, <16 x float> %33, <16 x float> %29)
  %35 = shufflevector <16 x float> %34, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %36 = shufflevector <16 x float> %34, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %37 = fadd <8 x float> %35, %36
  %38 = shufflevector <8 x float> %37, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %39 = shufflevector <8 x float> %37, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %40 = fadd <4 x float> %38, %39
  %41 = shufflevector <4 x float> %40, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %42 = shufflevector <4 x float> %40, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %43 = fadd <2 x float> %41, %42
  %44 = load <16 x float>, ptr %qh, align 4
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %16, <16 x float> %44, <16 x float> zeroinitializer)
  %46 = getelementptr inbounds i8, ptr %qh, i64 64
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %47, <16 x float> %45)
  %49 = getelementptr inbounds i8, ptr %qh, i64 128
  %50 = load <16 x float>, ptr %49, align 4
  %51 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %50, <16 x float> %48)
  %52 = getelementptr inbounds i8, ptr %qh, i64 192
  %53 = load <16 x float>, ptr %52, align 4
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %31, <16 x float> %53, <16 x float> %51)
  %55 = shufflevector <16 x float> %54, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %56 = shufflevector <16 x float> %54, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %57 = fadd <8 x float> %55, %56
  %58 = shufflevector <8 x float> %57, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %59 = shufflevector <8 x float> %57, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %60 = fadd <4 x float> %58, %59
  %61 = shufflevector <4 x float> %60, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %62 = shufflevector <4 x float> %60, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %63 = fadd <2 x float> %61, %62
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %18, <16 x float> %44, <16 x float> zeroinitializer)
  %65 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %23, <16 x float> %47, <16 x float> %64)
  %66 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> %50, <16 x float> %65)
  %67 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %53, <16 x float> %66)
  %shift = shufflevector <2 x float> %43, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %68 = fadd <2 x float> %43, %shift
  %shift117 = shufflevector <2 x float> %63, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %69 = fadd <2 x float> %63, %shift117
  %70 = shufflevector <16 x float> %67, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %71 = shufflevector <16 x float> %67, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %72 = fadd <8 x float> %70, %71
  %73 = shufflevector <8 x float> %72, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %74 = shufflevector <8 x float> %72, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %75 = fadd <4 x float> %73, %74
  %76 = shufflevector <4 x float> %75, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %77 = shufflevector <4 x float> %75, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %78 = fadd <2 x float> %76, %77
  %shift118 = shufflevector <2 x float> %78, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %79 = fadd <2 x float> %78, %shift118
  %80 = shufflevector <2 x float> %68, <2 x float> poison, <16 x i32> zeroinitializer
  %81 = shufflevector <2 x float> %79, <2 x float> poison, <16 x i32> zeroinitializer
  %82 = shufflevector <2 x float> %69, <2 x float> poison, <16 x i32> zeroinitializer
  br label %i.head.preheader

bh.exit:                                          ; preds = %c.exit, %entry
  ret void

i.head.preheader:                                 ; preds = %bh.body, %i4.exit
  %83 = phi i1 [ true, %bh.body ], [ false, %i4.exit ]
  %c.addr.095 = phi i64 [ 0, %bh.body ], [ 32, %i4.exit ]
  br label %i.body

c.exit:                                           ; preds = %i4.exit
  %bh.next = add nsw i64 %bh.addr.096, 1
  %exitcond106.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond106.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i.body
  %84 = getelementptr inbounds float, ptr %vh, i64 %c.addr.095
  %85 = load <16 x float>, ptr %84, align 4
  %86 = fsub <16 x float> %85, %152
  %87 = fmul <16 x float> %11, %86
  %88 = or disjoint i64 %c.addr.095, 16
  %89 = getelementptr inbounds float, ptr %vh, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = fsub <16 x float> %90, %162
  %92 = fmul <16 x float> %11, %91
  %93 = or disjoint i64 %c.addr.095, %sq
  %94 = getelementptr inbounds float, ptr %vh, i64 %93
  %95 = load <16 x float>, ptr %94, align 4
  %96 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> %87, <16 x float> %155)
  %97 = fsub <16 x float> %95, %96
  %98 = fmul <16 x float> %15, %97
  %99 = or disjoint i64 %88, %sq
  %100 = getelementptr inbounds float, ptr %vh, i64 %99
  %101 = load <16 x float>, ptr %100, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> %92, <16 x float> %163)
  %103 = fsub <16 x float> %101, %102
  %104 = fmul <16 x float> %15, %103
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %87, <16 x float> %158)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %98, <16 x float> %105)
  %107 = fmul <16 x float> %106, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %108 = getelementptr inbounds float, ptr %oh, i64 %c.addr.095
  store <16 x float> %107, ptr %108, align 4
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %92, <16 x float> %164)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %104, <16 x float> %109)
  %111 = fmul <16 x float> %110, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %112 = getelementptr inbounds float, ptr %oh, i64 %88
  store <16 x float> %111, ptr %112, align 4
  br label %i4.body

i.body:                                           ; preds = %i.body, %i.head.preheader
  %acc.087 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %152, %i.body ]
  %acc1.086 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %162, %i.body ]
  %acc2.085 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %155, %i.body ]
  %acc3.084 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %163, %i.body ]
  %acc4.083 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %158, %i.body ]
  %acc5.082 = phi <16 x float> [ zeroinitializer, %i.head.preheader ], [ %164, %i.body ]
  %i.addr.081 = phi i64 [ 0, %i.head.preheader ], [ %i.next.1, %i.body ]
  %113 = getelementptr inbounds float, ptr %kh, i64 %i.addr.081
  %114 = load float, ptr %113, align 4
  %115 = or disjoint i64 %i.addr.081, %sq
  %116 = getelementptr inbounds float, ptr %kh, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = getelementptr inbounds float, ptr %qh, i64 %i.addr.081
  %119 = load float, ptr %118, align 4
  %120 = shl nuw nsw i64 %i.addr.081, 6
  %121 = or disjoint i64 %120, %c.addr.095
  %122 = getelementptr inbounds float, ptr %S, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = insertelement <16 x float> poison, float %114, i64 0
  %125 = shufflevector <16 x float> %124, <16 x float> poison, <16 x i32> zeroinitializer
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %123, <16 x float> %acc.087)
  %127 = insertelement <16 x float> poison, float %117, i64 0
  %128 = shufflevector <16 x float> %127, <16 x float> poison, <16 x i32> zeroinitializer
  %129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> %123, <16 x float> %acc2.085)
  %130 = insertelement <16 x float> poison, float %119, i64 0
  %131 = shufflevector <16 x float> %130, <16 x float> poison, <16 x i32> zeroinitializer
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> %123, <16 x float> %acc4.083)
  %133 = or disjoint i64 %121, 16
  %134 = getelementptr inbounds float, ptr %S, i64 %133
  %135 = load <16 x float>, ptr %134, align 4
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %135, <16 x float> %acc1.086)
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> %135, <16 x float> %acc3.084)
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> %135, <16 x float> %acc5.082)
  %i.next = or disjoint i64 %i.addr.081, 1
  %139 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %140 = load float, ptr %139, align 4
  %141 = or disjoint i64 %i.next, %sq
  %142 = getelementptr inbounds float, ptr %kh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %145 = load float, ptr %144, align 4
  %146 = shl nuw nsw i64 %i.next, 6
  %147 = or disjoint i64 %146, %c.addr.095
  %148 = getelementptr inbounds float, ptr %S, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = insertelement <16 x float> poison, float %140, i64 0
  %151 = shufflevector <16 x float> %150, <16 x float> poison, <16 x i32> zeroinitializer
  %152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %151, <16 x float> %149, <16 x float> %126)
  %153 = insertelement <16 x float> poison, float %143, i64 0
  %154 = shufflevector <16 x float> %153, <16 x float> poison, <16 x i32> zeroinitializer
  %155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %149, <16 x float> %129)
  %156 = insertelement <16 x float> poison, float %145, i64 0
  %157 = shufflevector <16 x float> %156, <16 x float> poison, <16 x i32> zeroinitializer
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %149, <16 x float> %132)
  %159 = or disjoint i64 %147, 16
  %160 = getelementptr inbounds float, ptr %S, i64 %159
  %161 = load <16 x float>, ptr %160, align 4
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %151, <16 x float> %161, <16 x float> %136)
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %161, <16 x float> %137)
  %164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %161, <16 x float> %138)
  %i.next.1 = add nuw nsw i64 %i.addr.081, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 64
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i4.body:                                          ; preds = %i4.body, %i1.head.preheader
  %i4.addr.094 = phi i64 [ 0, %i1.head.preheader ], [ %i4.next.1, %i4.body ]
  %165 = getelementptr inbounds float, ptr %kh, i64 %i4.addr.094
  %166 = load float, ptr %165, align 4
  %167 = or disjoint i64 %i4.addr.094, %sq
  %168 = getelementptr inbounds float, ptr %kh, i64 %167
  %169 = load float, ptr %168, align 4
  %170 = insertelement <16 x float> poison, float %169, i64 0
  %171 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %172 = insertelement <16 x float> poison, float %166, i64 0
  %173 = shufflevector <16 x float> %172, <16 x float> poison, <16 x i32> zeroinitializer
  %174 = shl nuw nsw i64 %i4.addr.094, 6
  %175 = or disjoint i64 %174, %c.addr.095
  %176 = getelementptr inbounds float, ptr %S, i64 %175
  %177 = load <16 x float>, ptr %176, align 4
  %178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %173, <16 x float> %87, <16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %98, <16 x float> %178)
  store <16 x float> %179, ptr %176, align 4
  %180 = or disjoint i64 %174, %88
  %181 = getelementptr inbounds float, ptr %S, i64 %180
  %182 = load <16 x float>, ptr %181, align 4
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %173, <16 x float> %92, <16 x float> %182)
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %104, <16 x float> %183)
  store <16 x float> %184, ptr %181, align 4
  %i4.next = or disjoint i64 %i4.addr.094, 1
  %185 = getelementptr inbounds float, ptr %kh, i64 %i4.next
  %186 = load float, ptr %185, align 4
  %187 = or disjoint i64 %i4.next, %sq
  %188 = getelementptr inbounds float, ptr %kh, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = insertelement <16 x float> poison, float %189, i64 0
  %191 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %192 = insertelement <16 x float> poison, float %186, i64 0
  %193 = shufflevector <16 x float> %192, <16 x float> poison, <16 x i32> zeroinitializer
  %194 = shl nuw nsw i64 %i4.next, 6
  %195 = or disjoint i64 %194, %c.addr.095
  %196 = getelementptr inbounds float, ptr %S, i64 %195
  %197 = load <16 x float>, ptr %196, align 4
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %193, <16 x float> %87, <16 x float> %197)
  %199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %191, <16 x float> %98, <16 x float> %198)
  store <16 x float> %199, ptr %196, align 4
  %200 = or disjoint i64 %194, %88
  %201 = getelementptr inbounds float, ptr %S, i64 %200
  %202 = load <16 x float>, ptr %201, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %193, <16 x float> %92, <16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %191, <16 x float> %104, <16 x float> %203)
  store <16 x float> %204, ptr %201, align 4
  %i4.next.1 = add nuw nsw i64 %i4.addr.094, 2
  %exitcond105.not.1 = icmp eq i64 %i4.next.1, 64
  br i1 %exitcond105.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  br i1 %83, label %i.head.preheader, label %c.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
