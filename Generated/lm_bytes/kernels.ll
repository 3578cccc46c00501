; ---- dp_fwd_h2_k64_v64_r32_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k64_v64_r32_nogate_l2norm'
source_filename = "dp_fwd_h2_k64_v64_r32_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_fwd_h2_k64_v64_r32_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep312 = getelementptr i8, ptr %work, i64 16512
  %sv = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 8
  %gep311 = getelementptr i8, ptr %invariant.gep312, i64 %.idx
  %.idx247 = mul i64 %T, 768
  %gep313 = getelementptr i8, ptr %invariant.gep312, i64 %.idx247
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 31
  %nc = sdiv i64 %4, 32
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 14
  %7 = shl i64 %nc, 14
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = getelementptr i8, ptr %hs, i64 %6
  %10 = getelementptr i8, ptr %gep311, i64 64
  %11 = getelementptr i8, ptr %work, i64 16576
  %12 = getelementptr i8, ptr %gep311, i64 128
  %13 = getelementptr i8, ptr %work, i64 16640
  %14 = getelementptr i8, ptr %gep311, i64 192
  %15 = getelementptr i8, ptr %work, i64 16704
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i11.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i11.head.preheader ]
  %bh.addr.0314 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i11.head.preheader ]
  %16 = add i64 %indvar, %bh0
  %17 = shl i64 %16, 14
  %scevgep358 = getelementptr i8, ptr %hT, i64 %17
  %18 = mul i64 %7, %indvar
  %scevgep350 = getelementptr i8, ptr %h0, i64 %17
  %b = sdiv i64 %bh.addr.0314, %H
  %h = srem i64 %bh.addr.0314, %H
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
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep350, i64 16384, i1 false)
  br label %i11.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %23 = shl nsw i64 %h, 6
  %invariant.gep = getelementptr float, ptr %q, i64 %23
  %invariant.gep249 = getelementptr float, ptr %k, i64 %23
  %invariant.gep251 = getelementptr float, ptr %v, i64 %23
  %24 = add nsw i64 %h, %H
  %25 = shl nsw i64 %24, 6
  %invariant.gep253 = getelementptr float, ptr %k, i64 %25
  %invariant.gep255 = getelementptr float, ptr %v, i64 %25
  br label %t.body

bh.exit:                                          ; preds = %i11.head.preheader, %entry
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep350, i64 16384, i1 false)
  br i1 %2, label %i1.head.preheader.lr.ph, label %i11.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0248 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %26 = add nuw nsw i64 %t.addr.0248, 4
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
  %gep250 = getelementptr float, ptr %invariant.gep249, i64 %32
  tail call void @llvm.prefetch.p0(ptr %gep250, i32 0, i32 2, i32 1)
  %33 = getelementptr i8, ptr %gep250, i64 64
  tail call void @llvm.prefetch.p0(ptr %33, i32 0, i32 2, i32 1)
  %34 = getelementptr i8, ptr %gep250, i64 128
  tail call void @llvm.prefetch.p0(ptr %34, i32 0, i32 2, i32 1)
  %35 = getelementptr i8, ptr %gep250, i64 192
  tail call void @llvm.prefetch.p0(ptr %35, i32 0, i32 2, i32 1)
  %36 = mul nsw i64 %27, %v_ts
  %gep252 = getelementptr float, ptr %invariant.gep251, i64 %36
  tail call void @llvm.prefetch.p0(ptr %gep252, i32 0, i32 2, i32 1)
  %37 = getelementptr i8, ptr %gep252, i64 64
  tail call void @llvm.prefetch.p0(ptr %37, i32 0, i32 2, i32 1)
  %38 = getelementptr i8, ptr %gep252, i64 128
  tail call void @llvm.prefetch.p0(ptr %38, i32 0, i32 2, i32 1)
  %39 = getelementptr i8, ptr %gep252, i64 192
  tail call void @llvm.prefetch.p0(ptr %39, i32 0, i32 2, i32 1)
  %gep254 = getelementptr float, ptr %invariant.gep253, i64 %32
  tail call void @llvm.prefetch.p0(ptr %gep254, i32 0, i32 2, i32 1)
  %40 = getelementptr i8, ptr %gep254, i64 64
  tail call void @llvm.prefetch.p0(ptr %40, i32 0, i32 2, i32 1)
  %41 = getelementptr i8, ptr %gep254, i64 128
  tail call void @llvm.prefetch.p0(ptr %41, i32 0, i32 2, i32 1)
  %42 = getelementptr i8, ptr %gep254, i64 192
  tail call void @llvm.prefetch.p0(ptr %42, i32 0, i32 2, i32 1)
  %gep256 = getelementptr float, ptr %invariant.gep255, i64 %36
  tail call void @llvm.prefetch.p0(ptr %gep256, i32 0, i32 2, i32 1)
  %43 = getelementptr i8, ptr %gep256, i64 64
  tail call void @llvm.prefetch.p0(ptr %43, i32 0, i32 2, i32 1)
  %44 = getelementptr i8, ptr %gep256, i64 128
  tail call void @llvm.prefetch.p0(ptr %44, i32 0, i32 2, i32 1)
  %45 = getelementptr i8, ptr %gep256, i64 192
  tail call void @llvm.prefetch.p0(ptr %45, i32 0, i32 2, i32 1)
  %46 = add nsw i64 %t.addr.0248, %19
  %47 = mul nsw i64 %46, %q_ts
  %gep258 = getelementptr float, ptr %invariant.gep, i64 %47
  %48 = load <16 x float>, ptr %gep258, align 4
  %49 = getelementptr i8, ptr %gep258, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = getelementptr i8, ptr %gep258, i64 128
  %52 = load <16 x float>, ptr %51, align 4
  %53 = getelementptr i8, ptr %gep258, i64 192
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
  %79 = shl nsw i64 %t.addr.0248, 6
  %80 = getelementptr inbounds float, ptr %invariant.gep312, i64 %79
  store <16 x float> %78, ptr %80, align 4
  %81 = fmul <16 x float> %50, %77
  %82 = or disjoint i64 %79, 16
  %83 = getelementptr inbounds float, ptr %invariant.gep312, i64 %82
  store <16 x float> %81, ptr %83, align 4
  %84 = fmul <16 x float> %52, %77
  %85 = or disjoint i64 %79, 32
  %86 = getelementptr inbounds float, ptr %invariant.gep312, i64 %85
  store <16 x float> %84, ptr %86, align 4
  %87 = fmul <16 x float> %54, %77
  %88 = or disjoint i64 %79, 48
  %89 = getelementptr inbounds float, ptr %invariant.gep312, i64 %88
  store <16 x float> %87, ptr %89, align 4
  %90 = mul nsw i64 %46, %k_ts
  %gep260 = getelementptr float, ptr %invariant.gep249, i64 %90
  %91 = load <16 x float>, ptr %gep260, align 4
  %92 = getelementptr i8, ptr %gep260, i64 64
  %93 = load <16 x float>, ptr %92, align 4
  %94 = getelementptr i8, ptr %gep260, i64 128
  %95 = load <16 x float>, ptr %94, align 4
  %96 = getelementptr i8, ptr %gep260, i64 192
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
  %shift399 = shufflevector <2 x float> %113, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %114 = fadd <2 x float> %113, %shift399
  %115 = extractelement <2 x float> %114, i64 0
  %116 = fadd float %115, 0x3EB0C6F7A0000000
  %117 = tail call float @llvm.sqrt.f32(float %116)
  %118 = fdiv float 1.000000e+00, %117
  %119 = insertelement <16 x float> poison, float %118, i64 0
  %120 = shufflevector <16 x float> %119, <16 x float> poison, <16 x i32> zeroinitializer
  %121 = fmul <16 x float> %91, %120
  %122 = shl i64 %t.addr.0248, 7
  %123 = getelementptr inbounds float, ptr %gep311, i64 %122
  store <16 x float> %121, ptr %123, align 4
  %124 = fmul <16 x float> %93, %120
  %125 = or disjoint i64 %122, 16
  %126 = getelementptr inbounds float, ptr %gep311, i64 %125
  store <16 x float> %124, ptr %126, align 4
  %127 = fmul <16 x float> %95, %120
  %128 = or disjoint i64 %122, 32
  %129 = getelementptr inbounds float, ptr %gep311, i64 %128
  store <16 x float> %127, ptr %129, align 4
  %130 = fmul <16 x float> %97, %120
  %131 = or disjoint i64 %122, 48
  %132 = getelementptr inbounds float, ptr %gep311, i64 %131
  store <16 x float> %130, ptr %132, align 4
  %133 = mul nsw i64 %46, %v_ts
  %gep262 = getelementptr float, ptr %invariant.gep251, i64 %133
  %134 = load <16 x float>, ptr %gep262, align 4
  %135 = getelementptr i8, ptr %gep262, i64 64
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %gep262, i64 128
  %138 = load <16 x float>, ptr %137, align 4
  %139 = getelementptr i8, ptr %gep262, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr inbounds float, ptr %gep313, i64 %122
  store <16 x float> %134, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %gep313, i64 %125
  store <16 x float> %136, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %gep313, i64 %128
  store <16 x float> %138, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %gep313, i64 %131
  store <16 x float> %140, ptr %144, align 4
  %gep264 = getelementptr float, ptr %invariant.gep253, i64 %90
  %145 = load <16 x float>, ptr %gep264, align 4
  %146 = getelementptr i8, ptr %gep264, i64 64
  %147 = load <16 x float>, ptr %146, align 4
  %148 = getelementptr i8, ptr %gep264, i64 128
  %149 = load <16 x float>, ptr %148, align 4
  %150 = getelementptr i8, ptr %gep264, i64 192
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
  %shift400 = shufflevector <2 x float> %167, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %168 = fadd <2 x float> %167, %shift400
  %169 = extractelement <2 x float> %168, i64 0
  %170 = fadd float %169, 0x3EB0C6F7A0000000
  %171 = tail call float @llvm.sqrt.f32(float %170)
  %172 = fdiv float 1.000000e+00, %171
  %173 = insertelement <16 x float> poison, float %172, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = fmul <16 x float> %145, %174
  %176 = or disjoint i64 %122, 64
  %177 = getelementptr inbounds float, ptr %gep311, i64 %176
  store <16 x float> %175, ptr %177, align 4
  %178 = fmul <16 x float> %147, %174
  %179 = or disjoint i64 %122, 80
  %180 = getelementptr inbounds float, ptr %gep311, i64 %179
  store <16 x float> %178, ptr %180, align 4
  %181 = fmul <16 x float> %149, %174
  %182 = or disjoint i64 %122, 96
  %183 = getelementptr inbounds float, ptr %gep311, i64 %182
  store <16 x float> %181, ptr %183, align 4
  %184 = fmul <16 x float> %151, %174
  %185 = or disjoint i64 %122, 112
  %186 = getelementptr inbounds float, ptr %gep311, i64 %185
  store <16 x float> %184, ptr %186, align 4
  %gep266 = getelementptr float, ptr %invariant.gep255, i64 %133
  %187 = load <16 x float>, ptr %gep266, align 4
  %188 = getelementptr i8, ptr %gep266, i64 64
  %189 = load <16 x float>, ptr %188, align 4
  %190 = getelementptr i8, ptr %gep266, i64 128
  %191 = load <16 x float>, ptr %190, align 4
  %192 = getelementptr i8, ptr %gep266, i64 192
  %193 = load <16 x float>, ptr %192, align 4
  %194 = getelementptr inbounds float, ptr %gep313, i64 %176
  store <16 x float> %187, ptr %194, align 4
  %195 = getelementptr inbounds float, ptr %gep313, i64 %179
  store <16 x float> %189, ptr %195, align 4
  %196 = getelementptr inbounds float, ptr %gep313, i64 %182
  store <16 x float> %191, ptr %196, align 4
  %197 = getelementptr inbounds float, ptr %gep313, i64 %185
  store <16 x float> %193, ptr %197, align 4
  %t.next = add nuw nsw i64 %t.addr.0248, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

i1.head.preheader.lr.ph:                          ; preds = %i.head.preheader
  %198 = getelementptr i8, ptr %9, i64 %18
  br label %i1.head.preheader

i11.head.preheader:                               ; preds = %c.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep358, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0314, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond359.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond359.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %c.exit
  %ci.addr.0307 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %c.exit ]
  %199 = shl i64 %ci.addr.0307, 14
  %scevgep352 = getelementptr i8, ptr %198, i64 %199
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep352, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %t0 = shl nsw i64 %ci.addr.0307, 5
  %200 = add nuw nsw i64 %t0, 32
  %t1 = tail call i64 @llvm.smin.i64(i64 %200, i64 %T)
  %201 = shl i64 %ci.addr.0307, 12
  %202 = shl nsw i64 %ci.addr.0307, 6
  %203 = mul nsw i64 %202, %H
  %204 = getelementptr inbounds float, ptr %betah, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = insertelement <16 x float> poison, float %205, i64 0
  %207 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = or disjoint i64 %202, 1
  %209 = mul nsw i64 %208, %H
  %210 = getelementptr inbounds float, ptr %betah, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = shl nsw i64 %208, 6
  %213 = insertelement <16 x float> poison, float %211, i64 0
  %214 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %215 = mul nsw i64 %t0, %sv
  %216 = or disjoint i64 %t0, 1
  %217 = icmp slt i64 %216, %t1
  %.idx317 = shl nsw i64 %ci.addr.0307, 13
  %invariant.gep376 = getelementptr inbounds i8, ptr %invariant.gep312, i64 %.idx317
  %218 = getelementptr inbounds float, ptr %gep311, i64 %201
  %219 = or disjoint i64 %201, 64
  %220 = getelementptr inbounds float, ptr %gep311, i64 %219
  %221 = or disjoint i64 %201, 16
  %222 = getelementptr inbounds float, ptr %gep311, i64 %221
  %223 = or disjoint i64 %201, 80
  %224 = getelementptr inbounds float, ptr %gep311, i64 %223
  %225 = or disjoint i64 %201, 32
  %226 = getelementptr inbounds float, ptr %gep311, i64 %225
  %227 = or disjoint i64 %201, 96
  %228 = getelementptr inbounds float, ptr %gep311, i64 %227
  %229 = or disjoint i64 %201, 48
  %230 = getelementptr inbounds float, ptr %gep311, i64 %229
  %231 = or disjoint i64 %201, 112
  %232 = getelementptr inbounds float, ptr %gep311, i64 %231
  %233 = getelementptr i8, ptr %10, i64 %199
  %234 = getelementptr i8, ptr %12, i64 %199
  %235 = getelementptr i8, ptr %14, i64 %199
  %236 = getelementptr i8, ptr %233, i64 256
  %237 = getelementptr i8, ptr %234, i64 256
  %238 = getelementptr i8, ptr %235, i64 256
  %.idx360 = shl i64 %t1, 9
  %invariant.gep382 = getelementptr i8, ptr %gep311, i64 %.idx360
  %239 = getelementptr inbounds i8, ptr %invariant.gep312, i64 %.idx317
  %240 = getelementptr inbounds i8, ptr %11, i64 %.idx317
  %241 = getelementptr inbounds i8, ptr %13, i64 %.idx317
  %242 = getelementptr inbounds i8, ptr %15, i64 %.idx317
  br label %i2.head.preheader

i2.head.preheader:                                ; preds = %i1.head.preheader, %i10.exit
  %243 = phi i1 [ true, %i1.head.preheader ], [ false, %i10.exit ]
  %c.addr.0306 = phi i64 [ 0, %i1.head.preheader ], [ 32, %i10.exit ]
  br label %i2.body

c.exit:                                           ; preds = %i10.exit
  %ci.next = add nuw nsw i64 %ci.addr.0307, 1
  %exitcond356.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond356.not, label %i11.head.preheader, label %i1.head.preheader

i3.head.preheader:                                ; preds = %i2.body
  %244 = load <16 x float>, ptr %218, align 4
  %245 = load <16 x float>, ptr %220, align 4
  %246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %244, <16 x float> %245, <16 x float> zeroinitializer)
  %247 = load <16 x float>, ptr %222, align 4
  %248 = load <16 x float>, ptr %224, align 4
  %249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %248, <16 x float> %246)
  %250 = load <16 x float>, ptr %226, align 4
  %251 = load <16 x float>, ptr %228, align 4
  %252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %251, <16 x float> %249)
  %253 = load <16 x float>, ptr %230, align 4
  %254 = load <16 x float>, ptr %232, align 4
  %255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %253, <16 x float> %254, <16 x float> %252)
  %256 = shufflevector <16 x float> %255, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %257 = shufflevector <16 x float> %255, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %258 = fadd <8 x float> %256, %257
  %259 = shufflevector <8 x float> %258, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %260 = shufflevector <8 x float> %258, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %261 = fadd <4 x float> %259, %260
  %262 = shufflevector <4 x float> %261, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %263 = shufflevector <4 x float> %261, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %264 = fadd <2 x float> %262, %263
  %265 = load <16 x float>, ptr %239, align 4
  %266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %244, <16 x float> %265, <16 x float> zeroinitializer)
  %267 = load <16 x float>, ptr %233, align 4
  %268 = load <16 x float>, ptr %240, align 4
  %269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %267, <16 x float> %268, <16 x float> %266)
  %270 = load <16 x float>, ptr %234, align 4
  %271 = load <16 x float>, ptr %241, align 4
  %272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %270, <16 x float> %271, <16 x float> %269)
  %273 = load <16 x float>, ptr %235, align 4
  %274 = load <16 x float>, ptr %242, align 4
  %275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %273, <16 x float> %274, <16 x float> %272)
  %276 = shufflevector <16 x float> %275, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %277 = shufflevector <16 x float> %275, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %278 = fadd <8 x float> %276, %277
  %279 = shufflevector <8 x float> %278, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %280 = shufflevector <8 x float> %278, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %281 = fadd <4 x float> %279, %280
  %282 = shufflevector <4 x float> %281, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %283 = shufflevector <4 x float> %281, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %284 = fadd <2 x float> %282, %283
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %245, <16 x float> %265, <16 x float> zeroinitializer)
  %286 = load <16 x float>, ptr %236, align 4
  %287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %286, <16 x float> %268, <16 x float> %285)
  %288 = load <16 x float>, ptr %237, align 4
  %289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %288, <16 x float> %271, <16 x float> %287)
  %290 = load <16 x float>, ptr %238, align 4
  %291 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %290, <16 x float> %274, <16 x float> %289)
  %shift401 = shufflevector <2 x float> %264, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %292 = fadd <2 x float> %264, %shift401
  %shift402 = shufflevector <2 x float> %284, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %293 = fadd <2 x float> %284, %shift402
  %294 = shufflevector <16 x float> %291, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %295 = shufflevector <16 x float> %291, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %296 = fadd <8 x float> %294, %295
  %297 = shufflevector <8 x float> %296, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %298 = shufflevector <8 x float> %296, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %299 = fadd <4 x float> %297, %298
  %300 = shufflevector <4 x float> %299, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %301 = shufflevector <4 x float> %299, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %302 = fadd <2 x float> %300, %301
  %shift403 = shufflevector <2 x float> %302, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %303 = fadd <2 x float> %302, %shift403
  %304 = or disjoint i64 %c.addr.0306, %201
  %305 = getelementptr inbounds float, ptr %gep313, i64 %304
  %306 = load <16 x float>, ptr %305, align 4
  %307 = fsub <16 x float> %306, %379
  %308 = fmul <16 x float> %207, %307
  %309 = or disjoint i64 %c.addr.0306, 16
  %310 = or disjoint i64 %309, %201
  %311 = getelementptr inbounds float, ptr %gep313, i64 %310
  %312 = load <16 x float>, ptr %311, align 4
  %313 = fsub <16 x float> %312, %389
  %314 = fmul <16 x float> %207, %313
  %315 = or disjoint i64 %c.addr.0306, %212
  %316 = getelementptr inbounds float, ptr %gep313, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %318 = shufflevector <2 x float> %292, <2 x float> poison, <16 x i32> zeroinitializer
  %319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %308, <16 x float> %382)
  %320 = fsub <16 x float> %317, %319
  %321 = fmul <16 x float> %214, %320
  %322 = or disjoint i64 %309, %212
  %323 = getelementptr inbounds float, ptr %gep313, i64 %322
  %324 = load <16 x float>, ptr %323, align 4
  %325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %314, <16 x float> %390)
  %326 = fsub <16 x float> %324, %325
  %327 = fmul <16 x float> %214, %326
  %328 = shufflevector <2 x float> %303, <2 x float> poison, <16 x i32> zeroinitializer
  %329 = shufflevector <2 x float> %293, <2 x float> poison, <16 x i32> zeroinitializer
  %330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %308, <16 x float> %385)
  %331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %321, <16 x float> %330)
  %332 = fmul <16 x float> %331, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %333 = or disjoint i64 %c.addr.0306, %215
  %334 = getelementptr inbounds float, ptr %oh, i64 %333
  store <16 x float> %332, ptr %334, align 4
  %335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %314, <16 x float> %391)
  %336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %327, <16 x float> %335)
  %337 = fmul <16 x float> %336, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %338 = or disjoint i64 %309, %215
  %339 = getelementptr inbounds float, ptr %oh, i64 %338
  store <16 x float> %337, ptr %339, align 4
  br i1 %217, label %i6.head.preheader, label %i10.head.preheader

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0277 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %379, %i2.body ]
  %acc1.0276 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %389, %i2.body ]
  %acc2.0275 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %382, %i2.body ]
  %acc3.0274 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %390, %i2.body ]
  %acc4.0273 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %385, %i2.body ]
  %acc5.0272 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %391, %i2.body ]
  %i2.addr.0271 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %340 = add nuw nsw i64 %i2.addr.0271, %201
  %341 = getelementptr inbounds float, ptr %gep311, i64 %340
  %342 = load float, ptr %341, align 4
  %343 = or disjoint i64 %340, 64
  %344 = getelementptr inbounds float, ptr %gep311, i64 %343
  %345 = load float, ptr %344, align 4
  %gep377 = getelementptr inbounds float, ptr %invariant.gep376, i64 %i2.addr.0271
  %346 = load float, ptr %gep377, align 4
  %347 = shl nuw nsw i64 %i2.addr.0271, 6
  %348 = or disjoint i64 %347, %c.addr.0306
  %349 = getelementptr inbounds float, ptr %work, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = insertelement <16 x float> poison, float %342, i64 0
  %352 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %352, <16 x float> %350, <16 x float> %acc.0277)
  %354 = insertelement <16 x float> poison, float %345, i64 0
  %355 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %355, <16 x float> %350, <16 x float> %acc2.0275)
  %357 = insertelement <16 x float> poison, float %346, i64 0
  %358 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %358, <16 x float> %350, <16 x float> %acc4.0273)
  %360 = or disjoint i64 %348, 16
  %361 = getelementptr inbounds float, ptr %work, i64 %360
  %362 = load <16 x float>, ptr %361, align 4
  %363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %352, <16 x float> %362, <16 x float> %acc1.0276)
  %364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %355, <16 x float> %362, <16 x float> %acc3.0274)
  %365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %358, <16 x float> %362, <16 x float> %acc5.0272)
  %i2.next = or disjoint i64 %i2.addr.0271, 1
  %366 = add nuw nsw i64 %i2.next, %201
  %367 = getelementptr inbounds float, ptr %gep311, i64 %366
  %368 = load float, ptr %367, align 4
  %369 = or disjoint i64 %366, 64
  %370 = getelementptr inbounds float, ptr %gep311, i64 %369
  %371 = load float, ptr %370, align 4
  %gep377.1 = getelementptr inbounds float, ptr %invariant.gep376, i64 %i2.next
  %372 = load float, ptr %gep377.1, align 4
  %373 = shl nuw nsw i64 %i2.next, 6
  %374 = or disjoint i64 %373, %c.addr.0306
  %375 = getelementptr inbounds float, ptr %work, i64 %374
  %376 = load <16 x float>, ptr %375, align 4
  %377 = insertelement <16 x float> poison, float %368, i64 0
  %378 = shufflevector <16 x float> %377, <16 x float> poison, <16 x i32> zeroinitializer
  %379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %378, <16 x float> %376, <16 x float> %353)
  %380 = insertelement <16 x float> poison, float %371, i64 0
  %381 = shufflevector <16 x float> %380, <16 x float> poison, <16 x i32> zeroinitializer
  %382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %381, <16 x float> %376, <16 x float> %356)
  %383 = insertelement <16 x float> poison, float %372, i64 0
  %384 = shufflevector <16 x float> %383, <16 x float> poison, <16 x i32> zeroinitializer
  %385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %384, <16 x float> %376, <16 x float> %359)
  %386 = or disjoint i64 %374, 16
  %387 = getelementptr inbounds float, ptr %work, i64 %386
  %388 = load <16 x float>, ptr %387, align 4
  %389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %378, <16 x float> %388, <16 x float> %363)
  %390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %381, <16 x float> %388, <16 x float> %364)
  %391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %384, <16 x float> %388, <16 x float> %365)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0271, 2
  %exitcond353.not.1 = icmp eq i64 %i2.next.1, 64
  br i1 %exitcond353.not.1, label %i3.head.preheader, label %i2.body

i10.head.preheader:                               ; preds = %i7.head.preheader, %i3.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %327, %i3.head.preheader ], [ %513, %i7.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %321, %i3.head.preheader ], [ %507, %i7.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %314, %i3.head.preheader ], [ %493, %i7.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %308, %i3.head.preheader ], [ %488, %i7.head.preheader ]
  br label %i10.body

i6.head.preheader:                                ; preds = %i3.head.preheader, %i7.head.preheader
  %delta.0301 = phi <16 x float> [ %488, %i7.head.preheader ], [ %308, %i3.head.preheader ]
  %delta1.0300 = phi <16 x float> [ %493, %i7.head.preheader ], [ %314, %i3.head.preheader ]
  %delta2.0299 = phi <16 x float> [ %507, %i7.head.preheader ], [ %321, %i3.head.preheader ]
  %delta3.0298 = phi <16 x float> [ %513, %i7.head.preheader ], [ %327, %i3.head.preheader ]
  %t1.addr.0297 = phi i64 [ %t1.next, %i7.head.preheader ], [ %216, %i3.head.preheader ]
  %392 = shl i64 %t1.addr.0297, 7
  %invariant.gep378 = getelementptr float, ptr %gep311, i64 %392
  %.idx322 = shl nsw i64 %t1.addr.0297, 8
  %invariant.gep380 = getelementptr inbounds i8, ptr %invariant.gep312, i64 %.idx322
  br label %i6.body

i7.head.preheader:                                ; preds = %i6.body
  %393 = getelementptr inbounds float, ptr %gep311, i64 %392
  %394 = load <16 x float>, ptr %393, align 4
  %395 = or disjoint i64 %392, 64
  %396 = getelementptr inbounds float, ptr %gep311, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %394, <16 x float> %397, <16 x float> zeroinitializer)
  %399 = or disjoint i64 %392, 16
  %400 = getelementptr inbounds float, ptr %gep311, i64 %399
  %401 = load <16 x float>, ptr %400, align 4
  %402 = or disjoint i64 %392, 80
  %403 = getelementptr inbounds float, ptr %gep311, i64 %402
  %404 = load <16 x float>, ptr %403, align 4
  %405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %401, <16 x float> %404, <16 x float> %398)
  %406 = or disjoint i64 %392, 32
  %407 = getelementptr inbounds float, ptr %gep311, i64 %406
  %408 = load <16 x float>, ptr %407, align 4
  %409 = or disjoint i64 %392, 96
  %410 = getelementptr inbounds float, ptr %gep311, i64 %409
  %411 = load <16 x float>, ptr %410, align 4
  %412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %408, <16 x float> %411, <16 x float> %405)
  %413 = or disjoint i64 %392, 48
  %414 = getelementptr inbounds float, ptr %gep311, i64 %413
  %415 = load <16 x float>, ptr %414, align 4
  %416 = or disjoint i64 %392, 112
  %417 = getelementptr inbounds float, ptr %gep311, i64 %416
  %418 = load <16 x float>, ptr %417, align 4
  %419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %415, <16 x float> %418, <16 x float> %412)
  %420 = shufflevector <16 x float> %419, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %421 = shufflevector <16 x float> %419, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %422 = fadd <8 x float> %420, %421
  %423 = shufflevector <8 x float> %422, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %424 = shufflevector <8 x float> %422, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %425 = fadd <4 x float> %423, %424
  %426 = shufflevector <4 x float> %425, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %427 = shufflevector <4 x float> %425, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %428 = fadd <2 x float> %426, %427
  %.idx323 = shl i64 %t1.addr.0297, 9
  %429 = getelementptr inbounds i8, ptr %invariant.gep312, i64 %.idx322
  %430 = load <16 x float>, ptr %429, align 4
  %431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %394, <16 x float> %430, <16 x float> zeroinitializer)
  %432 = getelementptr i8, ptr %10, i64 %.idx323
  %433 = load <16 x float>, ptr %432, align 4
  %434 = getelementptr inbounds i8, ptr %11, i64 %.idx322
  %435 = load <16 x float>, ptr %434, align 4
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %433, <16 x float> %435, <16 x float> %431)
  %437 = getelementptr i8, ptr %12, i64 %.idx323
  %438 = load <16 x float>, ptr %437, align 4
  %439 = getelementptr inbounds i8, ptr %13, i64 %.idx322
  %440 = load <16 x float>, ptr %439, align 4
  %441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %440, <16 x float> %436)
  %442 = getelementptr i8, ptr %14, i64 %.idx323
  %443 = load <16 x float>, ptr %442, align 4
  %444 = getelementptr inbounds i8, ptr %15, i64 %.idx322
  %445 = load <16 x float>, ptr %444, align 4
  %446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %443, <16 x float> %445, <16 x float> %441)
  %447 = shufflevector <16 x float> %446, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %448 = shufflevector <16 x float> %446, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %449 = fadd <8 x float> %447, %448
  %450 = shufflevector <8 x float> %449, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %451 = shufflevector <8 x float> %449, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %452 = fadd <4 x float> %450, %451
  %453 = shufflevector <4 x float> %452, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %454 = shufflevector <4 x float> %452, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %455 = fadd <2 x float> %453, %454
  %456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %430, <16 x float> zeroinitializer)
  %457 = getelementptr i8, ptr %432, i64 256
  %458 = load <16 x float>, ptr %457, align 4
  %459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %458, <16 x float> %435, <16 x float> %456)
  %460 = getelementptr i8, ptr %437, i64 256
  %461 = load <16 x float>, ptr %460, align 4
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %440, <16 x float> %459)
  %463 = getelementptr i8, ptr %442, i64 256
  %464 = load <16 x float>, ptr %463, align 4
  %465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %464, <16 x float> %445, <16 x float> %462)
  %shift404 = shufflevector <2 x float> %428, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %466 = fadd <2 x float> %428, %shift404
  %shift405 = shufflevector <2 x float> %455, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %467 = fadd <2 x float> %455, %shift405
  %468 = shufflevector <16 x float> %465, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %469 = shufflevector <16 x float> %465, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %470 = fadd <8 x float> %468, %469
  %471 = shufflevector <8 x float> %470, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %472 = shufflevector <8 x float> %470, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %473 = fadd <4 x float> %471, %472
  %474 = shufflevector <4 x float> %473, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %475 = shufflevector <4 x float> %473, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %476 = fadd <2 x float> %474, %475
  %shift406 = shufflevector <2 x float> %476, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %477 = fadd <2 x float> %476, %shift406
  %478 = shl nuw nsw i64 %t1.addr.0297, 1
  %479 = mul nsw i64 %478, %H
  %480 = getelementptr inbounds float, ptr %betah, i64 %479
  %481 = load float, ptr %480, align 4
  %482 = or disjoint i64 %392, %c.addr.0306
  %483 = getelementptr inbounds float, ptr %gep313, i64 %482
  %484 = load <16 x float>, ptr %483, align 4
  %485 = fsub <16 x float> %484, %551
  %486 = insertelement <16 x float> poison, float %481, i64 0
  %487 = shufflevector <16 x float> %486, <16 x float> poison, <16 x i32> zeroinitializer
  %488 = fmul <16 x float> %487, %485
  %489 = or disjoint i64 %392, %309
  %490 = getelementptr inbounds float, ptr %gep313, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = fsub <16 x float> %491, %563
  %493 = fmul <16 x float> %487, %492
  %494 = or disjoint i64 %478, 1
  %495 = mul nsw i64 %494, %H
  %496 = getelementptr inbounds float, ptr %betah, i64 %495
  %497 = load float, ptr %496, align 4
  %498 = shl nsw i64 %494, 6
  %499 = or disjoint i64 %498, %c.addr.0306
  %500 = getelementptr inbounds float, ptr %gep313, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = shufflevector <2 x float> %466, <2 x float> poison, <16 x i32> zeroinitializer
  %503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %488, <16 x float> %554)
  %504 = fsub <16 x float> %501, %503
  %505 = insertelement <16 x float> poison, float %497, i64 0
  %506 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = fmul <16 x float> %506, %504
  %508 = or disjoint i64 %498, %309
  %509 = getelementptr inbounds float, ptr %gep313, i64 %508
  %510 = load <16 x float>, ptr %509, align 4
  %511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %493, <16 x float> %564)
  %512 = fsub <16 x float> %510, %511
  %513 = fmul <16 x float> %506, %512
  %514 = shufflevector <2 x float> %477, <2 x float> poison, <16 x i32> zeroinitializer
  %515 = shufflevector <2 x float> %467, <2 x float> poison, <16 x i32> zeroinitializer
  %516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> %488, <16 x float> %557)
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %514, <16 x float> %507, <16 x float> %516)
  %518 = fmul <16 x float> %517, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %519 = mul nsw i64 %t1.addr.0297, %sv
  %520 = or disjoint i64 %519, %c.addr.0306
  %521 = getelementptr inbounds float, ptr %oh, i64 %520
  store <16 x float> %518, ptr %521, align 4
  %522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> %493, <16 x float> %565)
  %523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %514, <16 x float> %513, <16 x float> %522)
  %524 = fmul <16 x float> %523, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %525 = or disjoint i64 %519, %309
  %526 = getelementptr inbounds float, ptr %oh, i64 %525
  store <16 x float> %524, ptr %526, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0297, 1
  %527 = icmp slt i64 %t1.next, %t1
  br i1 %527, label %i6.head.preheader, label %i10.head.preheader

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %i6.addr.0290 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %acc14.0289 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %565, %i6.body ]
  %acc13.0288 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %557, %i6.body ]
  %acc12.0287 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %564, %i6.body ]
  %acc11.0286 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %554, %i6.body ]
  %acc10.0285 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %563, %i6.body ]
  %acc9.0284 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %551, %i6.body ]
  %gep379 = getelementptr float, ptr %invariant.gep378, i64 %i6.addr.0290
  %528 = getelementptr i8, ptr %gep379, i64 -512
  %529 = load float, ptr %528, align 4
  %530 = getelementptr i8, ptr %gep379, i64 -256
  %531 = load float, ptr %530, align 4
  %532 = or disjoint i64 %i6.addr.0290, %392
  %533 = getelementptr inbounds float, ptr %gep311, i64 %532
  %534 = load float, ptr %533, align 4
  %535 = or disjoint i64 %532, 64
  %536 = getelementptr inbounds float, ptr %gep311, i64 %535
  %537 = load float, ptr %536, align 4
  %gep381 = getelementptr inbounds float, ptr %invariant.gep380, i64 %i6.addr.0290
  %538 = load float, ptr %gep381, align 4
  %539 = insertelement <16 x float> poison, float %531, i64 0
  %540 = shufflevector <16 x float> %539, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = insertelement <16 x float> poison, float %529, i64 0
  %542 = shufflevector <16 x float> %541, <16 x float> poison, <16 x i32> zeroinitializer
  %543 = shl nuw nsw i64 %i6.addr.0290, 6
  %544 = or disjoint i64 %543, %c.addr.0306
  %545 = getelementptr inbounds float, ptr %work, i64 %544
  %546 = load <16 x float>, ptr %545, align 4
  %547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %542, <16 x float> %delta.0301, <16 x float> %546)
  %548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %540, <16 x float> %delta2.0299, <16 x float> %547)
  store <16 x float> %548, ptr %545, align 4
  %549 = insertelement <16 x float> poison, float %534, i64 0
  %550 = shufflevector <16 x float> %549, <16 x float> poison, <16 x i32> zeroinitializer
  %551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %550, <16 x float> %548, <16 x float> %acc9.0284)
  %552 = insertelement <16 x float> poison, float %537, i64 0
  %553 = shufflevector <16 x float> %552, <16 x float> poison, <16 x i32> zeroinitializer
  %554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %553, <16 x float> %548, <16 x float> %acc11.0286)
  %555 = insertelement <16 x float> poison, float %538, i64 0
  %556 = shufflevector <16 x float> %555, <16 x float> poison, <16 x i32> zeroinitializer
  %557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %556, <16 x float> %548, <16 x float> %acc13.0288)
  %558 = or disjoint i64 %543, %309
  %559 = getelementptr inbounds float, ptr %work, i64 %558
  %560 = load <16 x float>, ptr %559, align 4
  %561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %542, <16 x float> %delta1.0300, <16 x float> %560)
  %562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %540, <16 x float> %delta3.0298, <16 x float> %561)
  store <16 x float> %562, ptr %559, align 4
  %563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %550, <16 x float> %562, <16 x float> %acc10.0285)
  %564 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %553, <16 x float> %562, <16 x float> %acc12.0287)
  %565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %556, <16 x float> %562, <16 x float> %acc14.0289)
  %i6.next = add nuw nsw i64 %i6.addr.0290, 1
  %exitcond354.not = icmp eq i64 %i6.next, 64
  br i1 %exitcond354.not, label %i7.head.preheader, label %i6.body

i10.body:                                         ; preds = %i10.body, %i10.head.preheader
  %i10.addr.0305 = phi i64 [ 0, %i10.head.preheader ], [ %i10.next.1, %i10.body ]
  %gep383 = getelementptr float, ptr %invariant.gep382, i64 %i10.addr.0305
  %566 = getelementptr i8, ptr %gep383, i64 -512
  %567 = load float, ptr %566, align 4
  %568 = getelementptr i8, ptr %gep383, i64 -256
  %569 = load float, ptr %568, align 4
  %570 = insertelement <16 x float> poison, float %569, i64 0
  %571 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %572 = insertelement <16 x float> poison, float %567, i64 0
  %573 = shufflevector <16 x float> %572, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = shl nuw nsw i64 %i10.addr.0305, 6
  %575 = or disjoint i64 %574, %c.addr.0306
  %576 = getelementptr inbounds float, ptr %work, i64 %575
  %577 = load <16 x float>, ptr %576, align 4
  %578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %573, <16 x float> %delta.0.lcssa, <16 x float> %577)
  %579 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %571, <16 x float> %delta2.0.lcssa, <16 x float> %578)
  store <16 x float> %579, ptr %576, align 4
  %580 = or disjoint i64 %574, %309
  %581 = getelementptr inbounds float, ptr %work, i64 %580
  %582 = load <16 x float>, ptr %581, align 4
  %583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %573, <16 x float> %delta1.0.lcssa, <16 x float> %582)
  %584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %571, <16 x float> %delta3.0.lcssa, <16 x float> %583)
  store <16 x float> %584, ptr %581, align 4
  %i10.next = or disjoint i64 %i10.addr.0305, 1
  %gep383.1 = getelementptr float, ptr %invariant.gep382, i64 %i10.next
  %585 = getelementptr i8, ptr %gep383.1, i64 -512
  %586 = load float, ptr %585, align 4
  %587 = getelementptr i8, ptr %gep383.1, i64 -256
  %588 = load float, ptr %587, align 4
  %589 = insertelement <16 x float> poison, float %588, i64 0
  %590 = shufflevector <16 x float> %589, <16 x float> poison, <16 x i32> zeroinitializer
  %591 = insertelement <16 x float> poison, float %586, i64 0
  %592 = shufflevector <16 x float> %591, <16 x float> poison, <16 x i32> zeroinitializer
  %593 = shl nuw nsw i64 %i10.next, 6
  %594 = or disjoint i64 %593, %c.addr.0306
  %595 = getelementptr inbounds float, ptr %work, i64 %594
  %596 = load <16 x float>, ptr %595, align 4
  %597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %592, <16 x float> %delta.0.lcssa, <16 x float> %596)
  %598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %590, <16 x float> %delta2.0.lcssa, <16 x float> %597)
  store <16 x float> %598, ptr %595, align 4
  %599 = or disjoint i64 %593, %309
  %600 = getelementptr inbounds float, ptr %work, i64 %599
  %601 = load <16 x float>, ptr %600, align 4
  %602 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %592, <16 x float> %delta1.0.lcssa, <16 x float> %601)
  %603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %590, <16 x float> %delta3.0.lcssa, <16 x float> %602)
  store <16 x float> %603, ptr %600, align 4
  %i10.next.1 = add nuw nsw i64 %i10.addr.0305, 2
  %exitcond355.not.1 = icmp eq i64 %i10.next.1, 64
  br i1 %exitcond355.not.1, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  br i1 %243, label %i2.head.preheader, label %c.exit
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
; ---- dp_bwd_h2_k64_v64_c32_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k64_v64_c32_nogate_l2norm'
source_filename = "dp_bwd_h2_k64_v64_c32_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h2_k64_v64_c32_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep3399 = getelementptr i8, ptr %work, i64 361856
  %1 = shl i64 %H, 1
  %2 = shl nsw i64 %T, 6
  %gep3394 = getelementptr float, ptr %invariant.gep3399, i64 %2
  %3 = mul nsw i64 %T, 192
  %gep3396 = getelementptr float, ptr %invariant.gep3399, i64 %3
  %.idx3030 = mul i64 %T, 1280
  %gep3398 = getelementptr i8, ptr %invariant.gep3399, i64 %.idx3030
  %dak = getelementptr float, ptr %gep3398, i64 %2
  %dav = getelementptr float, ptr %gep3398, i64 %3
  %.idx = mul i64 %T, 2560
  %gep3400 = getelementptr i8, ptr %invariant.gep3399, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep3400, i64 %T
  %4 = icmp sgt i64 %T, 0
  %5 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 90112
  %Bk = getelementptr inbounds i8, ptr %work, i64 32768
  %Gm = getelementptr inbounds i8, ptr %work, i64 229376
  %KSdS = getelementptr inbounds i8, ptr %work, i64 245760
  %KT = getelementptr inbounds i8, ptr %work, i64 196608
  %M = getelementptr inbounds i8, ptr %work, i64 349440
  %OY = getelementptr inbounds i8, ptr %work, i64 172032
  %PT = getelementptr inbounds i8, ptr %work, i64 327680
  %QK = getelementptr inbounds i8, ptr %work, i64 147456
  %QcT = getelementptr inbounds i8, ptr %work, i64 212992
  %Rr = getelementptr inbounds i8, ptr %work, i64 278528
  %Vn = getelementptr inbounds i8, ptr %work, i64 294912
  %VnT = getelementptr inbounds i8, ptr %work, i64 311296
  %bet = getelementptr inbounds i8, ptr %work, i64 344064
  %dOT = getelementptr inbounds i8, ptr %work, i64 221184
  %dQc = getelementptr inbounds i8, ptr %work, i64 335872
  %dbet = getelementptr i8, ptr %work, i64 344320
  %6 = add nsw i64 %T, 31
  %nc = sdiv i64 %6, 32
  %invariant.gep3330 = getelementptr i8, ptr %work, i64 90752
  %7 = add nsw i64 %bh0, 1
  %8 = mul i64 %nc, %7
  %9 = shl i64 %8, 14
  %10 = add i64 %9, -16384
  %11 = shl i64 %nc, 14
  %12 = shl nsw i64 %nc, 5
  %13 = add i64 %12, 72057594037927904
  %14 = mul i64 %13, %H
  %15 = mul i64 %H, -8192
  %16 = shl i64 %H, 8
  %17 = add i64 %T, 32
  %18 = sub i64 %17, %12
  %smax3688 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %20 = getelementptr inbounds i8, ptr %work, i64 349444
  %21 = getelementptr inbounds i8, ptr %work, i64 349448
  %22 = getelementptr inbounds i8, ptr %work, i64 349452
  %23 = getelementptr inbounds i8, ptr %work, i64 349456
  %24 = getelementptr inbounds i8, ptr %work, i64 349460
  %25 = getelementptr inbounds i8, ptr %work, i64 349464
  %26 = getelementptr inbounds i8, ptr %work, i64 349468
  %27 = getelementptr inbounds i8, ptr %work, i64 349472
  %28 = getelementptr inbounds i8, ptr %work, i64 349476
  %29 = getelementptr inbounds i8, ptr %work, i64 349480
  %30 = getelementptr inbounds i8, ptr %work, i64 349484
  %31 = getelementptr inbounds i8, ptr %work, i64 349488
  %32 = getelementptr inbounds i8, ptr %work, i64 349492
  %33 = getelementptr inbounds i8, ptr %work, i64 349496
  %34 = getelementptr inbounds i8, ptr %work, i64 349500
  %35 = getelementptr inbounds i8, ptr %work, i64 349504
  %36 = getelementptr inbounds i8, ptr %work, i64 349508
  %37 = getelementptr inbounds i8, ptr %work, i64 349512
  %38 = getelementptr inbounds i8, ptr %work, i64 349516
  %39 = getelementptr inbounds i8, ptr %work, i64 349520
  %40 = getelementptr inbounds i8, ptr %work, i64 349524
  %41 = getelementptr inbounds i8, ptr %work, i64 349528
  %42 = getelementptr inbounds i8, ptr %work, i64 349532
  %43 = getelementptr inbounds i8, ptr %work, i64 349536
  %44 = getelementptr inbounds i8, ptr %work, i64 349540
  %45 = getelementptr inbounds i8, ptr %work, i64 349544
  %46 = getelementptr inbounds i8, ptr %work, i64 349548
  %47 = getelementptr inbounds i8, ptr %work, i64 349552
  %48 = getelementptr inbounds i8, ptr %work, i64 349556
  %49 = getelementptr inbounds i8, ptr %work, i64 349560
  %50 = getelementptr inbounds i8, ptr %work, i64 349564
  %invariant.gep3896 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3898 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3900 = getelementptr i8, ptr %work, i64 147456
  %invariant.gep3902 = getelementptr i8, ptr %work, i64 73728
  %invariant.gep3904 = getelementptr i8, ptr %work, i64 155648
  %invariant.gep3906 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3908 = getelementptr i8, ptr %work, i64 73984
  %invariant.gep3910 = getelementptr i8, ptr %work, i64 155904
  %invariant.gep3912 = getelementptr i8, ptr %work, i64 278784
  %51 = getelementptr i8, ptr %work, i64 361920
  %52 = getelementptr i8, ptr %work, i64 361984
  %53 = getelementptr i8, ptr %work, i64 362048
  %invariant.gep3914 = getelementptr inbounds i8, ptr %work, i64 73728
  %invariant.gep3916 = getelementptr inbounds i8, ptr %work, i64 155648
  %54 = getelementptr i8, ptr %gep3394, i64 64
  %invariant.gep3918 = getelementptr inbounds i8, ptr %work, i64 73792
  %invariant.gep3920 = getelementptr inbounds i8, ptr %work, i64 155712
  %55 = getelementptr i8, ptr %gep3394, i64 128
  %invariant.gep3922 = getelementptr inbounds i8, ptr %work, i64 73856
  %invariant.gep3924 = getelementptr inbounds i8, ptr %work, i64 155776
  %56 = getelementptr i8, ptr %gep3394, i64 192
  %invariant.gep3926 = getelementptr inbounds i8, ptr %work, i64 73920
  %invariant.gep3928 = getelementptr inbounds i8, ptr %work, i64 155840
  %57 = getelementptr i8, ptr %gep3396, i64 64
  %58 = getelementptr inbounds i8, ptr %work, i64 278592
  %59 = getelementptr i8, ptr %gep3396, i64 128
  %60 = getelementptr inbounds i8, ptr %work, i64 278656
  %61 = getelementptr i8, ptr %gep3396, i64 192
  %62 = getelementptr inbounds i8, ptr %work, i64 278720
  %invariant.gep3930 = getelementptr inbounds i8, ptr %work, i64 73728
  %invariant.gep3932 = getelementptr inbounds i8, ptr %work, i64 155648
  %invariant.gep3934 = getelementptr inbounds i8, ptr %work, i64 73792
  %invariant.gep3936 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3938 = getelementptr inbounds i8, ptr %work, i64 73856
  %invariant.gep3940 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3942 = getelementptr inbounds i8, ptr %work, i64 73920
  %invariant.gep3944 = getelementptr inbounds i8, ptr %work, i64 155840
  %63 = getelementptr inbounds i8, ptr %work, i64 278592
  %64 = getelementptr inbounds i8, ptr %work, i64 245824
  %65 = getelementptr inbounds i8, ptr %work, i64 278656
  %66 = getelementptr inbounds i8, ptr %work, i64 245888
  %67 = getelementptr inbounds i8, ptr %work, i64 278720
  %68 = getelementptr inbounds i8, ptr %work, i64 245952
  %69 = getelementptr inbounds i8, ptr %work, i64 327744
  %invariant.gep3956 = getelementptr inbounds i8, ptr %work, i64 246016
  %invariant.gep3958 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3962 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3966 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3970 = getelementptr inbounds i8, ptr %work, i64 180416
  %70 = getelementptr inbounds i8, ptr %work, i64 90176
  %invariant.gep3972 = getelementptr inbounds i8, ptr %work, i64 180224
  %71 = getelementptr i8, ptr %dav, i64 64
  %72 = getelementptr i8, ptr %dav, i64 128
  %73 = getelementptr i8, ptr %dav, i64 192
  %invariant.gep3980 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3990 = getelementptr inbounds i8, ptr %work, i64 90752
  %invariant.gep3094.1 = getelementptr inbounds i8, ptr %work, i64 196672
  %invariant.gep3094.2 = getelementptr inbounds i8, ptr %work, i64 196736
  %invariant.gep3094.3 = getelementptr inbounds i8, ptr %work, i64 196800
  %invariant.gep3960 = getelementptr inbounds i8, ptr %work, i64 246080
  %invariant.gep3964 = getelementptr inbounds i8, ptr %work, i64 246144
  %invariant.gep3968 = getelementptr inbounds i8, ptr %work, i64 246208
  %invariant.gep3974 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3976 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3978 = getelementptr inbounds i8, ptr %work, i64 180416
  %invariant.gep3982 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3984 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3986 = getelementptr inbounds i8, ptr %work, i64 180416
  %invariant.gep3317.1 = getelementptr inbounds i8, ptr %work, i64 311360
  %invariant.gep3317.2 = getelementptr inbounds i8, ptr %work, i64 311424
  %invariant.gep3317.3 = getelementptr inbounds i8, ptr %work, i64 311488
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i53.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i53.exit ]
  %bh.addr.03401 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i53.exit ]
  %74 = add i64 %indvar, %bh0
  %75 = shl i64 %74, 14
  %76 = mul i64 %11, %indvar
  %77 = add i64 %10, %76
  %b = sdiv i64 %bh.addr.03401, %H
  %h = srem i64 %bh.addr.03401, %H
  %78 = mul i64 %b, %T
  %79 = mul i64 %78, %H
  %bT = add i64 %79, %h
  %80 = mul i64 %1, %78
  %bTn = add nsw i64 %80, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  br i1 %4, label %t.body.lr.ph, label %t.exit

t.body.lr.ph:                                     ; preds = %bh.body
  %81 = shl nsw i64 %h, 6
  %invariant.gep3042 = getelementptr float, ptr %q, i64 %81
  %invariant.gep3044 = getelementptr float, ptr %k, i64 %81
  %invariant.gep3046 = getelementptr float, ptr %v, i64 %81
  %82 = add nsw i64 %h, %H
  %83 = shl nsw i64 %82, 6
  %invariant.gep3048 = getelementptr float, ptr %k, i64 %83
  %invariant.gep3050 = getelementptr float, ptr %v, i64 %83
  br label %t.body

bh.exit:                                          ; preds = %i53.exit, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.03041 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %84 = add nuw nsw i64 %t.addr.03041, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %84, i64 %5)
  %85 = add nsw i64 %tp, %78
  %86 = mul nsw i64 %85, %q_ts
  %gep3043 = getelementptr float, ptr %invariant.gep3042, i64 %86
  tail call void @llvm.prefetch.p0(ptr %gep3043, i32 0, i32 2, i32 1)
  %87 = getelementptr i8, ptr %gep3043, i64 64
  tail call void @llvm.prefetch.p0(ptr %87, i32 0, i32 2, i32 1)
  %88 = getelementptr i8, ptr %gep3043, i64 128
  tail call void @llvm.prefetch.p0(ptr %88, i32 0, i32 2, i32 1)
  %89 = getelementptr i8, ptr %gep3043, i64 192
  tail call void @llvm.prefetch.p0(ptr %89, i32 0, i32 2, i32 1)
  %90 = mul nsw i64 %85, %k_ts
  %gep3045 = getelementptr float, ptr %invariant.gep3044, i64 %90
  tail call void @llvm.prefetch.p0(ptr %gep3045, i32 0, i32 2, i32 1)
  %91 = getelementptr i8, ptr %gep3045, i64 64
  tail call void @llvm.prefetch.p0(ptr %91, i32 0, i32 2, i32 1)
  %92 = getelementptr i8, ptr %gep3045, i64 128
  tail call void @llvm.prefetch.p0(ptr %92, i32 0, i32 2, i32 1)
  %93 = getelementptr i8, ptr %gep3045, i64 192
  tail call void @llvm.prefetch.p0(ptr %93, i32 0, i32 2, i32 1)
  %94 = mul nsw i64 %85, %v_ts
  %gep3047 = getelementptr float, ptr %invariant.gep3046, i64 %94
  tail call void @llvm.prefetch.p0(ptr %gep3047, i32 0, i32 2, i32 1)
  %95 = getelementptr i8, ptr %gep3047, i64 64
  tail call void @llvm.prefetch.p0(ptr %95, i32 0, i32 2, i32 1)
  %96 = getelementptr i8, ptr %gep3047, i64 128
  tail call void @llvm.prefetch.p0(ptr %96, i32 0, i32 2, i32 1)
  %97 = getelementptr i8, ptr %gep3047, i64 192
  tail call void @llvm.prefetch.p0(ptr %97, i32 0, i32 2, i32 1)
  %gep3049 = getelementptr float, ptr %invariant.gep3048, i64 %90
  tail call void @llvm.prefetch.p0(ptr %gep3049, i32 0, i32 2, i32 1)
  %98 = getelementptr i8, ptr %gep3049, i64 64
  tail call void @llvm.prefetch.p0(ptr %98, i32 0, i32 2, i32 1)
  %99 = getelementptr i8, ptr %gep3049, i64 128
  tail call void @llvm.prefetch.p0(ptr %99, i32 0, i32 2, i32 1)
  %100 = getelementptr i8, ptr %gep3049, i64 192
  tail call void @llvm.prefetch.p0(ptr %100, i32 0, i32 2, i32 1)
  %gep3051 = getelementptr float, ptr %invariant.gep3050, i64 %94
  tail call void @llvm.prefetch.p0(ptr %gep3051, i32 0, i32 2, i32 1)
  %101 = getelementptr i8, ptr %gep3051, i64 64
  tail call void @llvm.prefetch.p0(ptr %101, i32 0, i32 2, i32 1)
  %102 = getelementptr i8, ptr %gep3051, i64 128
  tail call void @llvm.prefetch.p0(ptr %102, i32 0, i32 2, i32 1)
  %103 = getelementptr i8, ptr %gep3051, i64 192
  tail call void @llvm.prefetch.p0(ptr %103, i32 0, i32 2, i32 1)
  %104 = add nsw i64 %t.addr.03041, %78
  %105 = mul nsw i64 %104, %q_ts
  %gep3053 = getelementptr float, ptr %invariant.gep3042, i64 %105
  %106 = load <16 x float>, ptr %gep3053, align 4
  %107 = getelementptr i8, ptr %gep3053, i64 64
  %108 = load <16 x float>, ptr %107, align 4
  %109 = getelementptr i8, ptr %gep3053, i64 128
  %110 = load <16 x float>, ptr %109, align 4
  %111 = getelementptr i8, ptr %gep3053, i64 192
  %112 = load <16 x float>, ptr %111, align 4
  %113 = fmul <16 x float> %106, %106
  %114 = fmul <16 x float> %108, %108
  %115 = fadd <16 x float> %113, %114
  %116 = fmul <16 x float> %110, %110
  %117 = fadd <16 x float> %115, %116
  %118 = fmul <16 x float> %112, %112
  %119 = fadd <16 x float> %117, %118
  %120 = shufflevector <16 x float> %119, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %121 = shufflevector <16 x float> %119, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %122 = fadd <8 x float> %120, %121
  %123 = shufflevector <8 x float> %122, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %124 = shufflevector <8 x float> %122, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %125 = fadd <4 x float> %123, %124
  %126 = shufflevector <4 x float> %125, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %127 = shufflevector <4 x float> %125, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %128 = fadd <2 x float> %126, %127
  %shift = shufflevector <2 x float> %128, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %129 = fadd <2 x float> %128, %shift
  %130 = extractelement <2 x float> %129, i64 0
  %131 = fadd float %130, 0x3EB0C6F7A0000000
  %132 = tail call float @llvm.sqrt.f32(float %131)
  %133 = fdiv float 1.000000e+00, %132
  %134 = getelementptr inbounds float, ptr %gep3400, i64 %t.addr.03041
  store float %133, ptr %134, align 4
  %135 = insertelement <16 x float> poison, float %133, i64 0
  %136 = shufflevector <16 x float> %135, <16 x float> poison, <16 x i32> zeroinitializer
  %137 = fmul <16 x float> %106, %136
  %138 = shl nsw i64 %t.addr.03041, 6
  %139 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %138
  store <16 x float> %137, ptr %139, align 4
  %140 = fmul <16 x float> %108, %136
  %141 = or disjoint i64 %138, 16
  %142 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %141
  store <16 x float> %140, ptr %142, align 4
  %143 = fmul <16 x float> %110, %136
  %144 = or disjoint i64 %138, 32
  %145 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %144
  store <16 x float> %143, ptr %145, align 4
  %146 = fmul <16 x float> %112, %136
  %147 = or disjoint i64 %138, 48
  %148 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %147
  store <16 x float> %146, ptr %148, align 4
  %149 = mul nsw i64 %104, %k_ts
  %gep3055 = getelementptr float, ptr %invariant.gep3044, i64 %149
  %150 = load <16 x float>, ptr %gep3055, align 4
  %151 = getelementptr i8, ptr %gep3055, i64 64
  %152 = load <16 x float>, ptr %151, align 4
  %153 = getelementptr i8, ptr %gep3055, i64 128
  %154 = load <16 x float>, ptr %153, align 4
  %155 = getelementptr i8, ptr %gep3055, i64 192
  %156 = load <16 x float>, ptr %155, align 4
  %157 = fmul <16 x float> %150, %150
  %158 = fmul <16 x float> %152, %152
  %159 = fadd <16 x float> %157, %158
  %160 = fmul <16 x float> %154, %154
  %161 = fadd <16 x float> %159, %160
  %162 = fmul <16 x float> %156, %156
  %163 = fadd <16 x float> %161, %162
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %165 = shufflevector <16 x float> %163, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %166 = fadd <8 x float> %164, %165
  %167 = shufflevector <8 x float> %166, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %168 = shufflevector <8 x float> %166, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %169 = fadd <4 x float> %167, %168
  %170 = shufflevector <4 x float> %169, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %171 = shufflevector <4 x float> %169, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %172 = fadd <2 x float> %170, %171
  %shift4183 = shufflevector <2 x float> %172, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %173 = fadd <2 x float> %172, %shift4183
  %174 = extractelement <2 x float> %173, i64 0
  %175 = fadd float %174, 0x3EB0C6F7A0000000
  %176 = tail call float @llvm.sqrt.f32(float %175)
  %177 = fdiv float 1.000000e+00, %176
  %178 = shl nuw nsw i64 %t.addr.03041, 1
  %gep = getelementptr float, ptr %invariant.gep, i64 %178
  store float %177, ptr %gep, align 4
  %179 = insertelement <16 x float> poison, float %177, i64 0
  %180 = shufflevector <16 x float> %179, <16 x float> poison, <16 x i32> zeroinitializer
  %181 = fmul <16 x float> %150, %180
  %182 = shl nsw i64 %t.addr.03041, 7
  %183 = getelementptr inbounds float, ptr %gep3394, i64 %182
  store <16 x float> %181, ptr %183, align 4
  %184 = fmul <16 x float> %152, %180
  %185 = or disjoint i64 %182, 16
  %186 = getelementptr inbounds float, ptr %gep3394, i64 %185
  store <16 x float> %184, ptr %186, align 4
  %187 = fmul <16 x float> %154, %180
  %188 = or disjoint i64 %182, 32
  %189 = getelementptr inbounds float, ptr %gep3394, i64 %188
  store <16 x float> %187, ptr %189, align 4
  %190 = fmul <16 x float> %156, %180
  %191 = or disjoint i64 %182, 48
  %192 = getelementptr inbounds float, ptr %gep3394, i64 %191
  store <16 x float> %190, ptr %192, align 4
  %193 = mul nsw i64 %104, %v_ts
  %gep3057 = getelementptr float, ptr %invariant.gep3046, i64 %193
  %194 = load <16 x float>, ptr %gep3057, align 4
  %195 = getelementptr i8, ptr %gep3057, i64 64
  %196 = load <16 x float>, ptr %195, align 4
  %197 = getelementptr i8, ptr %gep3057, i64 128
  %198 = load <16 x float>, ptr %197, align 4
  %199 = getelementptr i8, ptr %gep3057, i64 192
  %200 = load <16 x float>, ptr %199, align 4
  %201 = getelementptr inbounds float, ptr %gep3396, i64 %182
  store <16 x float> %194, ptr %201, align 4
  %202 = getelementptr inbounds float, ptr %gep3396, i64 %185
  store <16 x float> %196, ptr %202, align 4
  %203 = getelementptr inbounds float, ptr %gep3396, i64 %188
  store <16 x float> %198, ptr %203, align 4
  %204 = getelementptr inbounds float, ptr %gep3396, i64 %191
  store <16 x float> %200, ptr %204, align 4
  %gep3059 = getelementptr float, ptr %invariant.gep3048, i64 %149
  %205 = load <16 x float>, ptr %gep3059, align 4
  %206 = getelementptr i8, ptr %gep3059, i64 64
  %207 = load <16 x float>, ptr %206, align 4
  %208 = getelementptr i8, ptr %gep3059, i64 128
  %209 = load <16 x float>, ptr %208, align 4
  %210 = getelementptr i8, ptr %gep3059, i64 192
  %211 = load <16 x float>, ptr %210, align 4
  %212 = fmul <16 x float> %205, %205
  %213 = fmul <16 x float> %207, %207
  %214 = fadd <16 x float> %212, %213
  %215 = fmul <16 x float> %209, %209
  %216 = fadd <16 x float> %214, %215
  %217 = fmul <16 x float> %211, %211
  %218 = fadd <16 x float> %216, %217
  %219 = shufflevector <16 x float> %218, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %220 = shufflevector <16 x float> %218, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %221 = fadd <8 x float> %219, %220
  %222 = shufflevector <8 x float> %221, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %223 = shufflevector <8 x float> %221, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %224 = fadd <4 x float> %222, %223
  %225 = shufflevector <4 x float> %224, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %226 = shufflevector <4 x float> %224, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %227 = fadd <2 x float> %225, %226
  %shift4184 = shufflevector <2 x float> %227, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %228 = fadd <2 x float> %227, %shift4184
  %229 = extractelement <2 x float> %228, i64 0
  %230 = fadd float %229, 0x3EB0C6F7A0000000
  %231 = tail call float @llvm.sqrt.f32(float %230)
  %232 = fdiv float 1.000000e+00, %231
  %233 = or disjoint i64 %178, 1
  %gep3040 = getelementptr float, ptr %invariant.gep, i64 %233
  store float %232, ptr %gep3040, align 4
  %234 = insertelement <16 x float> poison, float %232, i64 0
  %235 = shufflevector <16 x float> %234, <16 x float> poison, <16 x i32> zeroinitializer
  %236 = fmul <16 x float> %205, %235
  %237 = shl nsw i64 %233, 6
  %238 = getelementptr inbounds float, ptr %gep3394, i64 %237
  store <16 x float> %236, ptr %238, align 4
  %239 = fmul <16 x float> %207, %235
  %240 = or disjoint i64 %237, 16
  %241 = getelementptr inbounds float, ptr %gep3394, i64 %240
  store <16 x float> %239, ptr %241, align 4
  %242 = fmul <16 x float> %209, %235
  %243 = or disjoint i64 %237, 32
  %244 = getelementptr inbounds float, ptr %gep3394, i64 %243
  store <16 x float> %242, ptr %244, align 4
  %245 = fmul <16 x float> %211, %235
  %246 = or disjoint i64 %237, 48
  %247 = getelementptr inbounds float, ptr %gep3394, i64 %246
  store <16 x float> %245, ptr %247, align 4
  %gep3061 = getelementptr float, ptr %invariant.gep3050, i64 %193
  %248 = load <16 x float>, ptr %gep3061, align 4
  %249 = getelementptr i8, ptr %gep3061, i64 64
  %250 = load <16 x float>, ptr %249, align 4
  %251 = getelementptr i8, ptr %gep3061, i64 128
  %252 = load <16 x float>, ptr %251, align 4
  %253 = getelementptr i8, ptr %gep3061, i64 192
  %254 = load <16 x float>, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %gep3396, i64 %237
  store <16 x float> %248, ptr %255, align 4
  %256 = getelementptr inbounds float, ptr %gep3396, i64 %240
  store <16 x float> %250, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %gep3396, i64 %243
  store <16 x float> %252, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %gep3396, i64 %246
  store <16 x float> %254, ptr %258, align 4
  %t.next = add nuw nsw i64 %t.addr.03041, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %t.exit, label %t.body

t.exit:                                           ; preds = %t.body, %bh.body
  %259 = getelementptr i8, ptr %dhT, i64 %75
  br label %j.head.preheader

j.head.preheader:                                 ; preds = %j.head.preheader, %t.exit
  %i.addr.03063 = phi i64 [ 0, %t.exit ], [ %i.next.7, %j.head.preheader ]
  %260 = shl nuw nsw i64 %i.addr.03063, 9
  %261 = or disjoint i64 %260, 256
  %scevgep = getelementptr i8, ptr %work, i64 %261
  %262 = shl nuw nsw i64 %i.addr.03063, 8
  %scevgep3629 = getelementptr i8, ptr %259, i64 %262
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.03063, 1
  %263 = shl nuw nsw i64 %i.next, 9
  %264 = or disjoint i64 %263, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %264
  %265 = shl nuw nsw i64 %i.next, 8
  %scevgep3629.1 = getelementptr i8, ptr %259, i64 %265
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.03063, 2
  %266 = shl nuw nsw i64 %i.next.1, 9
  %267 = or disjoint i64 %266, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %267
  %268 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3629.2 = getelementptr i8, ptr %259, i64 %268
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.03063, 3
  %269 = shl nuw nsw i64 %i.next.2, 9
  %270 = or disjoint i64 %269, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %270
  %271 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3629.3 = getelementptr i8, ptr %259, i64 %271
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.03063, 4
  %272 = shl nuw nsw i64 %i.next.3, 9
  %273 = or disjoint i64 %272, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %273
  %274 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3629.4 = getelementptr i8, ptr %259, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.03063, 5
  %275 = shl nuw nsw i64 %i.next.4, 9
  %276 = or disjoint i64 %275, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %276
  %277 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3629.5 = getelementptr i8, ptr %259, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.03063, 6
  %278 = shl nuw nsw i64 %i.next.5, 9
  %279 = or disjoint i64 %278, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %279
  %280 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3629.6 = getelementptr i8, ptr %259, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.03063, 7
  %281 = shl nuw nsw i64 %i.next.6, 9
  %282 = or disjoint i64 %281, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %282
  %283 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3629.7 = getelementptr i8, ptr %259, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3629.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.03063, 8
  %exitcond3630.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond3630.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  br i1 %4, label %cc.body.lr.ph, label %i53.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %284 = mul nsw i64 %bh.addr.03401, %nc
  %285 = shl nsw i64 %h, 6
  %invariant.gep3370 = getelementptr float, ptr %dq, i64 %285
  %invariant.gep3372 = getelementptr float, ptr %dk, i64 %285
  %invariant.gep3374 = getelementptr float, ptr %dv, i64 %285
  %286 = add nsw i64 %h, %H
  %287 = shl nsw i64 %286, 6
  %invariant.gep3376 = getelementptr float, ptr %dk, i64 %287
  %invariant.gep3378 = getelementptr float, ptr %dv, i64 %287
  %288 = add i64 %14, %bT
  %289 = shl i64 %288, 8
  %290 = getelementptr i8, ptr %dout, i64 %289
  br label %cc.body

i53.head.preheader:                               ; preds = %t7.exit, %i.exit
  %291 = getelementptr i8, ptr %dh0, i64 %75
  br label %j38.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3674 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3675, %t7.exit ]
  %cc.addr.03390 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin4379 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3674, i64 32)
  %smax4380 = tail call i64 @llvm.smax.i64(i64 %smin4379, i64 1)
  %292 = mul i64 %15, %cc.addr.03390
  %293 = shl i64 %cc.addr.03390, 14
  %294 = sub i64 %77, %293
  %295 = xor i64 %cc.addr.03390, -1
  %ci = add nsw i64 %nc, %295
  %t0 = shl nsw i64 %ci, 5
  %296 = sub nsw i64 %T, %t0
  %297 = getelementptr i8, ptr %hs, i64 %294
  br label %j1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %298 = add nsw i64 %ci, %284
  %299 = shl nsw i64 %298, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %cc.body
  %i1.addr.03065 = phi i64 [ 0, %cc.body ], [ %i1.next.7, %j1.head.preheader ]
  %300 = shl nuw nsw i64 %i1.addr.03065, 9
  %scevgep3631 = getelementptr i8, ptr %work, i64 %300
  %301 = shl nuw nsw i64 %i1.addr.03065, 8
  %scevgep3632 = getelementptr i8, ptr %297, i64 %301
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.03065, 1
  %302 = shl nuw nsw i64 %i1.next, 9
  %scevgep3631.1 = getelementptr i8, ptr %work, i64 %302
  %303 = shl nuw nsw i64 %i1.next, 8
  %scevgep3632.1 = getelementptr i8, ptr %297, i64 %303
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.03065, 2
  %304 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3631.2 = getelementptr i8, ptr %work, i64 %304
  %305 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3632.2 = getelementptr i8, ptr %297, i64 %305
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.03065, 3
  %306 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3631.3 = getelementptr i8, ptr %work, i64 %306
  %307 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3632.3 = getelementptr i8, ptr %297, i64 %307
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.03065, 4
  %308 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3631.4 = getelementptr i8, ptr %work, i64 %308
  %309 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3632.4 = getelementptr i8, ptr %297, i64 %309
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.03065, 5
  %310 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3631.5 = getelementptr i8, ptr %work, i64 %310
  %311 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3632.5 = getelementptr i8, ptr %297, i64 %311
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.03065, 6
  %312 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3631.6 = getelementptr i8, ptr %work, i64 %312
  %313 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3632.6 = getelementptr i8, ptr %297, i64 %313
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.03065, 7
  %314 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3631.7 = getelementptr i8, ptr %work, i64 %314
  %315 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3632.7 = getelementptr i8, ptr %297, i64 %315
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3631.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.03065, 8
  %exitcond3633.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3633.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.03067 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %316 = shl nuw nsw i64 %i2.addr.03067, 6
  %317 = or i64 %316, %299
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.03066 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %318 = or i64 %317, %j2.addr.03066
  %319 = getelementptr inbounds float, ptr %hs, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = or i64 %318, 512
  %322 = getelementptr inbounds float, ptr %hs, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = or i64 %318, 64
  %325 = getelementptr inbounds float, ptr %hs, i64 %324
  %326 = load <16 x float>, ptr %325, align 4
  %327 = or i64 %318, 576
  %328 = getelementptr inbounds float, ptr %hs, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = or i64 %318, 128
  %331 = getelementptr inbounds float, ptr %hs, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or i64 %318, 640
  %334 = getelementptr inbounds float, ptr %hs, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or i64 %318, 192
  %337 = getelementptr inbounds float, ptr %hs, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or i64 %318, 704
  %340 = getelementptr inbounds float, ptr %hs, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = or i64 %318, 256
  %343 = getelementptr inbounds float, ptr %hs, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = or i64 %318, 768
  %346 = getelementptr inbounds float, ptr %hs, i64 %345
  %347 = load <16 x float>, ptr %346, align 4
  %348 = or i64 %318, 320
  %349 = getelementptr inbounds float, ptr %hs, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = or i64 %318, 832
  %352 = getelementptr inbounds float, ptr %hs, i64 %351
  %353 = load <16 x float>, ptr %352, align 4
  %354 = or i64 %318, 384
  %355 = getelementptr inbounds float, ptr %hs, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = or i64 %318, 896
  %358 = getelementptr inbounds float, ptr %hs, i64 %357
  %359 = load <16 x float>, ptr %358, align 4
  %360 = or i64 %318, 448
  %361 = getelementptr inbounds float, ptr %hs, i64 %360
  %362 = load <16 x float>, ptr %361, align 4
  %363 = or i64 %318, 960
  %364 = getelementptr inbounds float, ptr %hs, i64 %363
  %365 = load <16 x float>, ptr %364, align 4
  %366 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %367 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %368 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %369 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %370 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %371 = shufflevector <16 x float> %356, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %372 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %373 = shufflevector <16 x float> %362, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %374 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %375 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %376 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %377 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %379 = shufflevector <16 x float> %356, <16 x float> %359, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %380 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %381 = shufflevector <16 x float> %362, <16 x float> %365, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %382 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %383 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %384 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %385 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %386 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %387 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %388 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %389 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %390 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %391 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %392 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %393 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %394 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %395 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %396 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %397 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
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
  %410 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %411 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %412 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %413 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %414 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %415 = shl nuw nsw i64 %j2.addr.03066, 6
  %416 = add nuw nsw i64 %415, %i2.addr.03067
  %417 = or disjoint i64 %416, 4096
  %418 = getelementptr inbounds float, ptr %Bk, i64 %417
  store <16 x float> %414, ptr %418, align 4
  %419 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %420 = or disjoint i64 %416, 4160
  %421 = getelementptr inbounds float, ptr %Bk, i64 %420
  store <16 x float> %419, ptr %421, align 4
  %422 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %423 = or disjoint i64 %416, 4224
  %424 = getelementptr inbounds float, ptr %Bk, i64 %423
  store <16 x float> %422, ptr %424, align 4
  %425 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %426 = or disjoint i64 %416, 4288
  %427 = getelementptr inbounds float, ptr %Bk, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %429 = or disjoint i64 %416, 4352
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %432 = or disjoint i64 %416, 4416
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %435 = or disjoint i64 %416, 4480
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %438 = or disjoint i64 %416, 4544
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %441 = or disjoint i64 %416, 4608
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %443 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %444 = or disjoint i64 %416, 4672
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  store <16 x float> %443, ptr %445, align 4
  %446 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %447 = or disjoint i64 %416, 4736
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  store <16 x float> %446, ptr %448, align 4
  %449 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %450 = or disjoint i64 %416, 4800
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %452 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %453 = or disjoint i64 %416, 4864
  %454 = getelementptr inbounds float, ptr %Bk, i64 %453
  store <16 x float> %452, ptr %454, align 4
  %455 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %456 = or disjoint i64 %416, 4928
  %457 = getelementptr inbounds float, ptr %Bk, i64 %456
  store <16 x float> %455, ptr %457, align 4
  %458 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %459 = or disjoint i64 %416, 4992
  %460 = getelementptr inbounds float, ptr %Bk, i64 %459
  store <16 x float> %458, ptr %460, align 4
  %461 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %462 = or disjoint i64 %416, 5056
  %463 = getelementptr inbounds float, ptr %Bk, i64 %462
  store <16 x float> %461, ptr %463, align 4
  %j2.next = add nuw nsw i64 %j2.addr.03066, 16
  %464 = icmp ult i64 %j2.addr.03066, 48
  br i1 %464, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.03067, 16
  %465 = icmp ult i64 %i2.addr.03067, 48
  br i1 %465, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.03069 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %466 = shl nuw nsw i64 %i3.addr.03069, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.03068 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %467 = add nuw nsw i64 %j3.addr.03068, %466
  %468 = or disjoint i64 %467, 64
  %469 = getelementptr inbounds float, ptr %work, i64 %468
  %470 = load <16 x float>, ptr %469, align 4
  %471 = or disjoint i64 %467, 1088
  %472 = getelementptr inbounds float, ptr %work, i64 %471
  %473 = load <16 x float>, ptr %472, align 4
  %474 = or disjoint i64 %467, 192
  %475 = getelementptr inbounds float, ptr %work, i64 %474
  %476 = load <16 x float>, ptr %475, align 4
  %477 = or disjoint i64 %467, 1216
  %478 = getelementptr inbounds float, ptr %work, i64 %477
  %479 = load <16 x float>, ptr %478, align 4
  %480 = or disjoint i64 %467, 320
  %481 = getelementptr inbounds float, ptr %work, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %467, 1344
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %467, 448
  %487 = getelementptr inbounds float, ptr %work, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %467, 1472
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %467, 576
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = or disjoint i64 %467, 1600
  %496 = getelementptr inbounds float, ptr %work, i64 %495
  %497 = load <16 x float>, ptr %496, align 4
  %498 = or disjoint i64 %467, 704
  %499 = getelementptr inbounds float, ptr %work, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %467, 1728
  %502 = getelementptr inbounds float, ptr %work, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = or disjoint i64 %467, 832
  %505 = getelementptr inbounds float, ptr %work, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = or disjoint i64 %467, 1856
  %508 = getelementptr inbounds float, ptr %work, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = or disjoint i64 %467, 960
  %511 = getelementptr inbounds float, ptr %work, i64 %510
  %512 = load <16 x float>, ptr %511, align 4
  %513 = or disjoint i64 %467, 1984
  %514 = getelementptr inbounds float, ptr %work, i64 %513
  %515 = load <16 x float>, ptr %514, align 4
  %516 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %517 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %518 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %519 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %520 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %521 = shufflevector <16 x float> %506, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %522 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %523 = shufflevector <16 x float> %512, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %524 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %525 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %526 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %527 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %528 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %529 = shufflevector <16 x float> %506, <16 x float> %509, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %530 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %531 = shufflevector <16 x float> %512, <16 x float> %515, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %532 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %533 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %534 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %535 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %536 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %540 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %541 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %542 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %543 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %544 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %545 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %546 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %547 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
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
  %560 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %561 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %562 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %563 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %564 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %565 = shl nuw nsw i64 %j3.addr.03068, 6
  %566 = add nuw nsw i64 %565, %i3.addr.03069
  %567 = getelementptr inbounds float, ptr %Bk, i64 %566
  store <16 x float> %564, ptr %567, align 4
  %568 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %569 = or disjoint i64 %566, 64
  %570 = getelementptr inbounds float, ptr %Bk, i64 %569
  store <16 x float> %568, ptr %570, align 4
  %571 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %572 = or disjoint i64 %566, 128
  %573 = getelementptr inbounds float, ptr %Bk, i64 %572
  store <16 x float> %571, ptr %573, align 4
  %574 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %575 = or disjoint i64 %566, 192
  %576 = getelementptr inbounds float, ptr %Bk, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %578 = or disjoint i64 %566, 256
  %579 = getelementptr inbounds float, ptr %Bk, i64 %578
  store <16 x float> %577, ptr %579, align 4
  %580 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %581 = or disjoint i64 %566, 320
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %584 = or disjoint i64 %566, 384
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %587 = or disjoint i64 %566, 448
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %590 = or disjoint i64 %566, 512
  %591 = getelementptr inbounds float, ptr %Bk, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %593 = or disjoint i64 %566, 576
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  store <16 x float> %592, ptr %594, align 4
  %595 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %596 = or disjoint i64 %566, 640
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %599 = or disjoint i64 %566, 704
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %602 = or disjoint i64 %566, 768
  %603 = getelementptr inbounds float, ptr %Bk, i64 %602
  store <16 x float> %601, ptr %603, align 4
  %604 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %605 = or disjoint i64 %566, 832
  %606 = getelementptr inbounds float, ptr %Bk, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %608 = or disjoint i64 %566, 896
  %609 = getelementptr inbounds float, ptr %Bk, i64 %608
  store <16 x float> %607, ptr %609, align 4
  %610 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %611 = or disjoint i64 %566, 960
  %612 = getelementptr inbounds float, ptr %Bk, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %j3.next = add nuw nsw i64 %j3.addr.03068, 16
  %613 = icmp ult i64 %j3.addr.03068, 48
  br i1 %613, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.03069, 16
  %614 = icmp ult i64 %i3.addr.03069, 48
  br i1 %614, label %j3.head.preheader, label %vector.body

vector.body:                                      ; preds = %j3.exit, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %j3.exit ]
  %vec.ind = phi <8 x i64> [ %vec.ind.next, %vector.body ], [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %j3.exit ]
  %615 = icmp eq <8 x i64> %vec.ind, zeroinitializer
  %616 = select <8 x i1> %615, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %617 = shl nsw i64 %index, 7
  %618 = shl i64 %index, 7
  %619 = or disjoint i64 %618, 128
  %620 = shl i64 %index, 7
  %621 = or disjoint i64 %620, 256
  %622 = shl i64 %index, 7
  %623 = or disjoint i64 %622, 384
  %624 = shl i64 %index, 7
  %625 = or disjoint i64 %624, 512
  %626 = shl i64 %index, 7
  %627 = or disjoint i64 %626, 640
  %628 = shl i64 %index, 7
  %629 = or disjoint i64 %628, 768
  %630 = shl i64 %index, 7
  %631 = or disjoint i64 %630, 896
  %632 = getelementptr inbounds i8, ptr %M, i64 %617
  %633 = getelementptr inbounds i8, ptr %M, i64 %619
  %634 = getelementptr inbounds i8, ptr %M, i64 %621
  %635 = getelementptr inbounds i8, ptr %M, i64 %623
  %636 = getelementptr inbounds i8, ptr %M, i64 %625
  %637 = getelementptr inbounds i8, ptr %M, i64 %627
  %638 = getelementptr inbounds i8, ptr %M, i64 %629
  %639 = getelementptr inbounds i8, ptr %M, i64 %631
  %640 = extractelement <8 x float> %616, i64 0
  store float %640, ptr %632, align 4
  %641 = extractelement <8 x float> %616, i64 4
  store float %641, ptr %636, align 4
  %642 = icmp ugt <8 x i64> %vec.ind, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %644 = getelementptr inbounds i8, ptr %20, i64 %617
  %645 = getelementptr inbounds i8, ptr %20, i64 %625
  %646 = extractelement <8 x float> %643, i64 0
  store float %646, ptr %644, align 4
  %647 = extractelement <8 x float> %643, i64 4
  store float %647, ptr %645, align 4
  %648 = icmp ugt <8 x i64> %vec.ind, <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>
  %649 = select <8 x i1> %648, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %650 = getelementptr inbounds i8, ptr %21, i64 %617
  %651 = getelementptr inbounds i8, ptr %21, i64 %625
  %652 = extractelement <8 x float> %649, i64 0
  store float %652, ptr %650, align 4
  %653 = extractelement <8 x float> %649, i64 1
  %654 = extractelement <8 x float> %649, i64 2
  %655 = extractelement <8 x float> %649, i64 3
  %656 = extractelement <8 x float> %649, i64 4
  store float %656, ptr %651, align 4
  %657 = extractelement <8 x float> %649, i64 5
  %658 = extractelement <8 x float> %649, i64 6
  %659 = extractelement <8 x float> %649, i64 7
  %660 = icmp ugt <8 x i64> %vec.ind, <i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3>
  %661 = select <8 x i1> %660, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %662 = getelementptr inbounds i8, ptr %22, i64 %617
  %663 = getelementptr inbounds i8, ptr %22, i64 %625
  %664 = extractelement <8 x float> %661, i64 0
  store float %664, ptr %662, align 4
  %665 = extractelement <8 x float> %661, i64 1
  %666 = shufflevector <8 x float> %616, <8 x float> %643, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %667 = insertelement <4 x float> %666, float %653, i64 2
  %668 = insertelement <4 x float> %667, float %665, i64 3
  store <4 x float> %668, ptr %633, align 4
  %669 = extractelement <8 x float> %661, i64 2
  %670 = shufflevector <8 x float> %616, <8 x float> %643, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %671 = insertelement <4 x float> %670, float %654, i64 2
  %672 = insertelement <4 x float> %671, float %669, i64 3
  store <4 x float> %672, ptr %634, align 4
  %673 = extractelement <8 x float> %661, i64 3
  %674 = shufflevector <8 x float> %616, <8 x float> %643, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %675 = insertelement <4 x float> %674, float %655, i64 2
  %676 = insertelement <4 x float> %675, float %673, i64 3
  store <4 x float> %676, ptr %635, align 4
  %677 = extractelement <8 x float> %661, i64 4
  store float %677, ptr %663, align 4
  %678 = extractelement <8 x float> %661, i64 5
  %679 = shufflevector <8 x float> %616, <8 x float> %643, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %680 = insertelement <4 x float> %679, float %657, i64 2
  %681 = insertelement <4 x float> %680, float %678, i64 3
  store <4 x float> %681, ptr %637, align 4
  %682 = extractelement <8 x float> %661, i64 6
  %683 = shufflevector <8 x float> %616, <8 x float> %643, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %684 = insertelement <4 x float> %683, float %658, i64 2
  %685 = insertelement <4 x float> %684, float %682, i64 3
  store <4 x float> %685, ptr %638, align 4
  %686 = extractelement <8 x float> %661, i64 7
  %687 = shufflevector <8 x float> %616, <8 x float> %643, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %688 = insertelement <4 x float> %687, float %659, i64 2
  %689 = insertelement <4 x float> %688, float %686, i64 3
  store <4 x float> %689, ptr %639, align 4
  %690 = icmp ugt <8 x i64> %vec.ind, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %691 = select <8 x i1> %690, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %692 = getelementptr inbounds i8, ptr %23, i64 %617
  %693 = getelementptr inbounds i8, ptr %23, i64 %619
  %694 = getelementptr inbounds i8, ptr %23, i64 %621
  %695 = getelementptr inbounds i8, ptr %23, i64 %623
  %696 = getelementptr inbounds i8, ptr %23, i64 %625
  %697 = getelementptr inbounds i8, ptr %23, i64 %627
  %698 = getelementptr inbounds i8, ptr %23, i64 %629
  %699 = getelementptr inbounds i8, ptr %23, i64 %631
  %700 = extractelement <8 x float> %691, i64 0
  store float %700, ptr %692, align 4
  %701 = extractelement <8 x float> %691, i64 4
  store float %701, ptr %696, align 4
  %702 = icmp ugt <8 x i64> %vec.ind, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %703 = select <8 x i1> %702, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %704 = getelementptr inbounds i8, ptr %24, i64 %617
  %705 = getelementptr inbounds i8, ptr %24, i64 %625
  %706 = extractelement <8 x float> %703, i64 0
  store float %706, ptr %704, align 4
  %707 = extractelement <8 x float> %703, i64 4
  store float %707, ptr %705, align 4
  %708 = icmp ugt <8 x i64> %vec.ind, <i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6>
  %709 = select <8 x i1> %708, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %710 = getelementptr inbounds i8, ptr %25, i64 %617
  %711 = getelementptr inbounds i8, ptr %25, i64 %625
  %712 = extractelement <8 x float> %709, i64 0
  store float %712, ptr %710, align 4
  %713 = extractelement <8 x float> %709, i64 1
  %714 = extractelement <8 x float> %709, i64 2
  %715 = extractelement <8 x float> %709, i64 3
  %716 = extractelement <8 x float> %709, i64 4
  store float %716, ptr %711, align 4
  %717 = extractelement <8 x float> %709, i64 5
  %718 = extractelement <8 x float> %709, i64 6
  %719 = extractelement <8 x float> %709, i64 7
  %720 = icmp ugt <8 x i64> %vec.ind, <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %721 = select <8 x i1> %720, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %722 = getelementptr inbounds i8, ptr %26, i64 %617
  %723 = getelementptr inbounds i8, ptr %26, i64 %625
  %724 = extractelement <8 x float> %721, i64 0
  store float %724, ptr %722, align 4
  %725 = extractelement <8 x float> %721, i64 1
  %726 = shufflevector <8 x float> %691, <8 x float> %703, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %727 = insertelement <4 x float> %726, float %713, i64 2
  %728 = insertelement <4 x float> %727, float %725, i64 3
  store <4 x float> %728, ptr %693, align 4
  %729 = extractelement <8 x float> %721, i64 2
  %730 = shufflevector <8 x float> %691, <8 x float> %703, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %731 = insertelement <4 x float> %730, float %714, i64 2
  %732 = insertelement <4 x float> %731, float %729, i64 3
  store <4 x float> %732, ptr %694, align 4
  %733 = extractelement <8 x float> %721, i64 3
  %734 = shufflevector <8 x float> %691, <8 x float> %703, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %735 = insertelement <4 x float> %734, float %715, i64 2
  %736 = insertelement <4 x float> %735, float %733, i64 3
  store <4 x float> %736, ptr %695, align 4
  %737 = extractelement <8 x float> %721, i64 4
  store float %737, ptr %723, align 4
  %738 = extractelement <8 x float> %721, i64 5
  %739 = shufflevector <8 x float> %691, <8 x float> %703, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %740 = insertelement <4 x float> %739, float %717, i64 2
  %741 = insertelement <4 x float> %740, float %738, i64 3
  store <4 x float> %741, ptr %697, align 4
  %742 = extractelement <8 x float> %721, i64 6
  %743 = shufflevector <8 x float> %691, <8 x float> %703, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %744 = insertelement <4 x float> %743, float %718, i64 2
  %745 = insertelement <4 x float> %744, float %742, i64 3
  store <4 x float> %745, ptr %698, align 4
  %746 = extractelement <8 x float> %721, i64 7
  %747 = shufflevector <8 x float> %691, <8 x float> %703, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %748 = insertelement <4 x float> %747, float %719, i64 2
  %749 = insertelement <4 x float> %748, float %746, i64 3
  store <4 x float> %749, ptr %699, align 4
  %750 = icmp ugt <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %751 = select <8 x i1> %750, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %752 = getelementptr inbounds i8, ptr %27, i64 %617
  %753 = getelementptr inbounds i8, ptr %27, i64 %619
  %754 = getelementptr inbounds i8, ptr %27, i64 %621
  %755 = getelementptr inbounds i8, ptr %27, i64 %623
  %756 = getelementptr inbounds i8, ptr %27, i64 %625
  %757 = getelementptr inbounds i8, ptr %27, i64 %627
  %758 = getelementptr inbounds i8, ptr %27, i64 %629
  %759 = getelementptr inbounds i8, ptr %27, i64 %631
  %760 = extractelement <8 x float> %751, i64 0
  store float %760, ptr %752, align 4
  %761 = extractelement <8 x float> %751, i64 4
  store float %761, ptr %756, align 4
  %762 = icmp ugt <8 x i64> %vec.ind, <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %763 = select <8 x i1> %762, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %764 = getelementptr inbounds i8, ptr %28, i64 %617
  %765 = getelementptr inbounds i8, ptr %28, i64 %625
  %766 = extractelement <8 x float> %763, i64 0
  store float %766, ptr %764, align 4
  %767 = extractelement <8 x float> %763, i64 4
  store float %767, ptr %765, align 4
  %768 = icmp ugt <8 x i64> %vec.ind, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %769 = select <8 x i1> %768, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %770 = getelementptr inbounds i8, ptr %29, i64 %617
  %771 = getelementptr inbounds i8, ptr %29, i64 %625
  %772 = extractelement <8 x float> %769, i64 0
  store float %772, ptr %770, align 4
  %773 = extractelement <8 x float> %769, i64 1
  %774 = extractelement <8 x float> %769, i64 2
  %775 = extractelement <8 x float> %769, i64 3
  %776 = extractelement <8 x float> %769, i64 4
  store float %776, ptr %771, align 4
  %777 = extractelement <8 x float> %769, i64 5
  %778 = extractelement <8 x float> %769, i64 6
  %779 = extractelement <8 x float> %769, i64 7
  %780 = icmp ugt <8 x i64> %vec.ind, <i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11>
  %781 = select <8 x i1> %780, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %782 = getelementptr inbounds i8, ptr %30, i64 %617
  %783 = getelementptr inbounds i8, ptr %30, i64 %625
  %784 = extractelement <8 x float> %781, i64 0
  store float %784, ptr %782, align 4
  %785 = extractelement <8 x float> %781, i64 1
  %786 = shufflevector <8 x float> %751, <8 x float> %763, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %787 = insertelement <4 x float> %786, float %773, i64 2
  %788 = insertelement <4 x float> %787, float %785, i64 3
  store <4 x float> %788, ptr %753, align 4
  %789 = extractelement <8 x float> %781, i64 2
  %790 = shufflevector <8 x float> %751, <8 x float> %763, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %791 = insertelement <4 x float> %790, float %774, i64 2
  %792 = insertelement <4 x float> %791, float %789, i64 3
  store <4 x float> %792, ptr %754, align 4
  %793 = extractelement <8 x float> %781, i64 3
  %794 = shufflevector <8 x float> %751, <8 x float> %763, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %795 = insertelement <4 x float> %794, float %775, i64 2
  %796 = insertelement <4 x float> %795, float %793, i64 3
  store <4 x float> %796, ptr %755, align 4
  %797 = extractelement <8 x float> %781, i64 4
  store float %797, ptr %783, align 4
  %798 = extractelement <8 x float> %781, i64 5
  %799 = shufflevector <8 x float> %751, <8 x float> %763, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %800 = insertelement <4 x float> %799, float %777, i64 2
  %801 = insertelement <4 x float> %800, float %798, i64 3
  store <4 x float> %801, ptr %757, align 4
  %802 = extractelement <8 x float> %781, i64 6
  %803 = shufflevector <8 x float> %751, <8 x float> %763, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %804 = insertelement <4 x float> %803, float %778, i64 2
  %805 = insertelement <4 x float> %804, float %802, i64 3
  store <4 x float> %805, ptr %758, align 4
  %806 = extractelement <8 x float> %781, i64 7
  %807 = shufflevector <8 x float> %751, <8 x float> %763, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %808 = insertelement <4 x float> %807, float %779, i64 2
  %809 = insertelement <4 x float> %808, float %806, i64 3
  store <4 x float> %809, ptr %759, align 4
  %810 = icmp ugt <8 x i64> %vec.ind, <i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12>
  %811 = select <8 x i1> %810, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %812 = getelementptr inbounds i8, ptr %31, i64 %617
  %813 = getelementptr inbounds i8, ptr %31, i64 %619
  %814 = getelementptr inbounds i8, ptr %31, i64 %621
  %815 = getelementptr inbounds i8, ptr %31, i64 %623
  %816 = getelementptr inbounds i8, ptr %31, i64 %625
  %817 = getelementptr inbounds i8, ptr %31, i64 %627
  %818 = getelementptr inbounds i8, ptr %31, i64 %629
  %819 = getelementptr inbounds i8, ptr %31, i64 %631
  %820 = extractelement <8 x float> %811, i64 0
  store float %820, ptr %812, align 4
  %821 = extractelement <8 x float> %811, i64 4
  store float %821, ptr %816, align 4
  %822 = icmp ugt <8 x i64> %vec.ind, <i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13>
  %823 = select <8 x i1> %822, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %824 = getelementptr inbounds i8, ptr %32, i64 %617
  %825 = getelementptr inbounds i8, ptr %32, i64 %625
  %826 = extractelement <8 x float> %823, i64 0
  store float %826, ptr %824, align 4
  %827 = extractelement <8 x float> %823, i64 4
  store float %827, ptr %825, align 4
  %828 = icmp ugt <8 x i64> %vec.ind, <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>
  %829 = select <8 x i1> %828, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %830 = getelementptr inbounds i8, ptr %33, i64 %617
  %831 = getelementptr inbounds i8, ptr %33, i64 %625
  %832 = extractelement <8 x float> %829, i64 0
  store float %832, ptr %830, align 4
  %833 = extractelement <8 x float> %829, i64 1
  %834 = extractelement <8 x float> %829, i64 2
  %835 = extractelement <8 x float> %829, i64 3
  %836 = extractelement <8 x float> %829, i64 4
  store float %836, ptr %831, align 4
  %837 = extractelement <8 x float> %829, i64 5
  %838 = extractelement <8 x float> %829, i64 6
  %839 = extractelement <8 x float> %829, i64 7
  %840 = icmp ugt <8 x i64> %vec.ind, <i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15>
  %841 = select <8 x i1> %840, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %842 = getelementptr inbounds i8, ptr %34, i64 %617
  %843 = getelementptr inbounds i8, ptr %34, i64 %625
  %844 = extractelement <8 x float> %841, i64 0
  store float %844, ptr %842, align 4
  %845 = extractelement <8 x float> %841, i64 1
  %846 = shufflevector <8 x float> %811, <8 x float> %823, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %847 = insertelement <4 x float> %846, float %833, i64 2
  %848 = insertelement <4 x float> %847, float %845, i64 3
  store <4 x float> %848, ptr %813, align 4
  %849 = extractelement <8 x float> %841, i64 2
  %850 = shufflevector <8 x float> %811, <8 x float> %823, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %851 = insertelement <4 x float> %850, float %834, i64 2
  %852 = insertelement <4 x float> %851, float %849, i64 3
  store <4 x float> %852, ptr %814, align 4
  %853 = extractelement <8 x float> %841, i64 3
  %854 = shufflevector <8 x float> %811, <8 x float> %823, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %855 = insertelement <4 x float> %854, float %835, i64 2
  %856 = insertelement <4 x float> %855, float %853, i64 3
  store <4 x float> %856, ptr %815, align 4
  %857 = extractelement <8 x float> %841, i64 4
  store float %857, ptr %843, align 4
  %858 = extractelement <8 x float> %841, i64 5
  %859 = shufflevector <8 x float> %811, <8 x float> %823, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %860 = insertelement <4 x float> %859, float %837, i64 2
  %861 = insertelement <4 x float> %860, float %858, i64 3
  store <4 x float> %861, ptr %817, align 4
  %862 = extractelement <8 x float> %841, i64 6
  %863 = shufflevector <8 x float> %811, <8 x float> %823, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %864 = insertelement <4 x float> %863, float %838, i64 2
  %865 = insertelement <4 x float> %864, float %862, i64 3
  store <4 x float> %865, ptr %818, align 4
  %866 = extractelement <8 x float> %841, i64 7
  %867 = shufflevector <8 x float> %811, <8 x float> %823, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %868 = insertelement <4 x float> %867, float %839, i64 2
  %869 = insertelement <4 x float> %868, float %866, i64 3
  store <4 x float> %869, ptr %819, align 4
  %870 = icmp ugt <8 x i64> %vec.ind, <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>
  %871 = select <8 x i1> %870, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %872 = getelementptr inbounds i8, ptr %35, i64 %617
  %873 = getelementptr inbounds i8, ptr %35, i64 %619
  %874 = getelementptr inbounds i8, ptr %35, i64 %621
  %875 = getelementptr inbounds i8, ptr %35, i64 %623
  %876 = getelementptr inbounds i8, ptr %35, i64 %625
  %877 = getelementptr inbounds i8, ptr %35, i64 %627
  %878 = getelementptr inbounds i8, ptr %35, i64 %629
  %879 = getelementptr inbounds i8, ptr %35, i64 %631
  %880 = extractelement <8 x float> %871, i64 0
  store float %880, ptr %872, align 4
  %881 = extractelement <8 x float> %871, i64 4
  store float %881, ptr %876, align 4
  %882 = icmp ugt <8 x i64> %vec.ind, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %883 = select <8 x i1> %882, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %884 = getelementptr inbounds i8, ptr %36, i64 %617
  %885 = getelementptr inbounds i8, ptr %36, i64 %625
  %886 = extractelement <8 x float> %883, i64 0
  store float %886, ptr %884, align 4
  %887 = extractelement <8 x float> %883, i64 4
  store float %887, ptr %885, align 4
  %888 = icmp ugt <8 x i64> %vec.ind, <i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18>
  %889 = select <8 x i1> %888, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %890 = getelementptr inbounds i8, ptr %37, i64 %617
  %891 = getelementptr inbounds i8, ptr %37, i64 %625
  %892 = extractelement <8 x float> %889, i64 0
  store float %892, ptr %890, align 4
  %893 = extractelement <8 x float> %889, i64 1
  %894 = extractelement <8 x float> %889, i64 2
  %895 = extractelement <8 x float> %889, i64 3
  %896 = extractelement <8 x float> %889, i64 4
  store float %896, ptr %891, align 4
  %897 = extractelement <8 x float> %889, i64 5
  %898 = extractelement <8 x float> %889, i64 6
  %899 = extractelement <8 x float> %889, i64 7
  %900 = icmp ugt <8 x i64> %vec.ind, <i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19>
  %901 = select <8 x i1> %900, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %902 = getelementptr inbounds i8, ptr %38, i64 %617
  %903 = getelementptr inbounds i8, ptr %38, i64 %625
  %904 = extractelement <8 x float> %901, i64 0
  store float %904, ptr %902, align 4
  %905 = extractelement <8 x float> %901, i64 1
  %906 = shufflevector <8 x float> %871, <8 x float> %883, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %907 = insertelement <4 x float> %906, float %893, i64 2
  %908 = insertelement <4 x float> %907, float %905, i64 3
  store <4 x float> %908, ptr %873, align 4
  %909 = extractelement <8 x float> %901, i64 2
  %910 = shufflevector <8 x float> %871, <8 x float> %883, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %911 = insertelement <4 x float> %910, float %894, i64 2
  %912 = insertelement <4 x float> %911, float %909, i64 3
  store <4 x float> %912, ptr %874, align 4
  %913 = extractelement <8 x float> %901, i64 3
  %914 = shufflevector <8 x float> %871, <8 x float> %883, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %915 = insertelement <4 x float> %914, float %895, i64 2
  %916 = insertelement <4 x float> %915, float %913, i64 3
  store <4 x float> %916, ptr %875, align 4
  %917 = extractelement <8 x float> %901, i64 4
  store float %917, ptr %903, align 4
  %918 = extractelement <8 x float> %901, i64 5
  %919 = shufflevector <8 x float> %871, <8 x float> %883, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %920 = insertelement <4 x float> %919, float %897, i64 2
  %921 = insertelement <4 x float> %920, float %918, i64 3
  store <4 x float> %921, ptr %877, align 4
  %922 = extractelement <8 x float> %901, i64 6
  %923 = shufflevector <8 x float> %871, <8 x float> %883, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %924 = insertelement <4 x float> %923, float %898, i64 2
  %925 = insertelement <4 x float> %924, float %922, i64 3
  store <4 x float> %925, ptr %878, align 4
  %926 = extractelement <8 x float> %901, i64 7
  %927 = shufflevector <8 x float> %871, <8 x float> %883, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %928 = insertelement <4 x float> %927, float %899, i64 2
  %929 = insertelement <4 x float> %928, float %926, i64 3
  store <4 x float> %929, ptr %879, align 4
  %930 = icmp ugt <8 x i64> %vec.ind, <i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20>
  %931 = select <8 x i1> %930, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %932 = getelementptr inbounds i8, ptr %39, i64 %617
  %933 = getelementptr inbounds i8, ptr %39, i64 %619
  %934 = getelementptr inbounds i8, ptr %39, i64 %621
  %935 = getelementptr inbounds i8, ptr %39, i64 %623
  %936 = getelementptr inbounds i8, ptr %39, i64 %625
  %937 = getelementptr inbounds i8, ptr %39, i64 %627
  %938 = getelementptr inbounds i8, ptr %39, i64 %629
  %939 = getelementptr inbounds i8, ptr %39, i64 %631
  %940 = extractelement <8 x float> %931, i64 0
  store float %940, ptr %932, align 4
  %941 = extractelement <8 x float> %931, i64 4
  store float %941, ptr %936, align 4
  %942 = icmp ugt <8 x i64> %vec.ind, <i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21>
  %943 = select <8 x i1> %942, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %944 = getelementptr inbounds i8, ptr %40, i64 %617
  %945 = getelementptr inbounds i8, ptr %40, i64 %625
  %946 = extractelement <8 x float> %943, i64 0
  store float %946, ptr %944, align 4
  %947 = extractelement <8 x float> %943, i64 4
  store float %947, ptr %945, align 4
  %948 = icmp ugt <8 x i64> %vec.ind, <i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22>
  %949 = select <8 x i1> %948, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %950 = getelementptr inbounds i8, ptr %41, i64 %617
  %951 = getelementptr inbounds i8, ptr %41, i64 %625
  %952 = extractelement <8 x float> %949, i64 0
  store float %952, ptr %950, align 4
  %953 = extractelement <8 x float> %949, i64 1
  %954 = extractelement <8 x float> %949, i64 2
  %955 = extractelement <8 x float> %949, i64 3
  %956 = extractelement <8 x float> %949, i64 4
  store float %956, ptr %951, align 4
  %957 = extractelement <8 x float> %949, i64 5
  %958 = extractelement <8 x float> %949, i64 6
  %959 = extractelement <8 x float> %949, i64 7
  %960 = icmp ugt <8 x i64> %vec.ind, <i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23>
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %962 = getelementptr inbounds i8, ptr %42, i64 %617
  %963 = getelementptr inbounds i8, ptr %42, i64 %625
  %964 = extractelement <8 x float> %961, i64 0
  store float %964, ptr %962, align 4
  %965 = extractelement <8 x float> %961, i64 1
  %966 = shufflevector <8 x float> %931, <8 x float> %943, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %967 = insertelement <4 x float> %966, float %953, i64 2
  %968 = insertelement <4 x float> %967, float %965, i64 3
  store <4 x float> %968, ptr %933, align 4
  %969 = extractelement <8 x float> %961, i64 2
  %970 = shufflevector <8 x float> %931, <8 x float> %943, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %971 = insertelement <4 x float> %970, float %954, i64 2
  %972 = insertelement <4 x float> %971, float %969, i64 3
  store <4 x float> %972, ptr %934, align 4
  %973 = extractelement <8 x float> %961, i64 3
  %974 = shufflevector <8 x float> %931, <8 x float> %943, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %975 = insertelement <4 x float> %974, float %955, i64 2
  %976 = insertelement <4 x float> %975, float %973, i64 3
  store <4 x float> %976, ptr %935, align 4
  %977 = extractelement <8 x float> %961, i64 4
  store float %977, ptr %963, align 4
  %978 = extractelement <8 x float> %961, i64 5
  %979 = shufflevector <8 x float> %931, <8 x float> %943, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %980 = insertelement <4 x float> %979, float %957, i64 2
  %981 = insertelement <4 x float> %980, float %978, i64 3
  store <4 x float> %981, ptr %937, align 4
  %982 = extractelement <8 x float> %961, i64 6
  %983 = shufflevector <8 x float> %931, <8 x float> %943, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %984 = insertelement <4 x float> %983, float %958, i64 2
  %985 = insertelement <4 x float> %984, float %982, i64 3
  store <4 x float> %985, ptr %938, align 4
  %986 = extractelement <8 x float> %961, i64 7
  %987 = shufflevector <8 x float> %931, <8 x float> %943, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %988 = insertelement <4 x float> %987, float %959, i64 2
  %989 = insertelement <4 x float> %988, float %986, i64 3
  store <4 x float> %989, ptr %939, align 4
  %990 = icmp ugt <8 x i64> %vec.ind, <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>
  %991 = select <8 x i1> %990, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %992 = getelementptr inbounds i8, ptr %43, i64 %617
  %993 = getelementptr inbounds i8, ptr %43, i64 %619
  %994 = getelementptr inbounds i8, ptr %43, i64 %621
  %995 = getelementptr inbounds i8, ptr %43, i64 %623
  %996 = getelementptr inbounds i8, ptr %43, i64 %625
  %997 = getelementptr inbounds i8, ptr %43, i64 %627
  %998 = getelementptr inbounds i8, ptr %43, i64 %629
  %999 = getelementptr inbounds i8, ptr %43, i64 %631
  %1000 = extractelement <8 x float> %991, i64 0
  store float %1000, ptr %992, align 4
  %1001 = extractelement <8 x float> %991, i64 4
  store float %1001, ptr %996, align 4
  %1002 = icmp ugt <8 x i64> %vec.ind, <i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25>
  %1003 = select <8 x i1> %1002, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1004 = getelementptr inbounds i8, ptr %44, i64 %617
  %1005 = getelementptr inbounds i8, ptr %44, i64 %625
  %1006 = extractelement <8 x float> %1003, i64 0
  store float %1006, ptr %1004, align 4
  %1007 = extractelement <8 x float> %1003, i64 4
  store float %1007, ptr %1005, align 4
  %1008 = icmp ugt <8 x i64> %vec.ind, <i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26>
  %1009 = select <8 x i1> %1008, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1010 = getelementptr inbounds i8, ptr %45, i64 %617
  %1011 = getelementptr inbounds i8, ptr %45, i64 %625
  %1012 = extractelement <8 x float> %1009, i64 0
  store float %1012, ptr %1010, align 4
  %1013 = extractelement <8 x float> %1009, i64 1
  %1014 = extractelement <8 x float> %1009, i64 2
  %1015 = extractelement <8 x float> %1009, i64 3
  %1016 = extractelement <8 x float> %1009, i64 4
  store float %1016, ptr %1011, align 4
  %1017 = extractelement <8 x float> %1009, i64 5
  %1018 = extractelement <8 x float> %1009, i64 6
  %1019 = extractelement <8 x float> %1009, i64 7
  %1020 = icmp ugt <8 x i64> %vec.ind, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %1021 = select <8 x i1> %1020, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1022 = getelementptr inbounds i8, ptr %46, i64 %617
  %1023 = getelementptr inbounds i8, ptr %46, i64 %625
  %1024 = extractelement <8 x float> %1021, i64 0
  store float %1024, ptr %1022, align 4
  %1025 = extractelement <8 x float> %1021, i64 1
  %1026 = shufflevector <8 x float> %991, <8 x float> %1003, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %1027 = insertelement <4 x float> %1026, float %1013, i64 2
  %1028 = insertelement <4 x float> %1027, float %1025, i64 3
  store <4 x float> %1028, ptr %993, align 4
  %1029 = extractelement <8 x float> %1021, i64 2
  %1030 = shufflevector <8 x float> %991, <8 x float> %1003, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %1031 = insertelement <4 x float> %1030, float %1014, i64 2
  %1032 = insertelement <4 x float> %1031, float %1029, i64 3
  store <4 x float> %1032, ptr %994, align 4
  %1033 = extractelement <8 x float> %1021, i64 3
  %1034 = shufflevector <8 x float> %991, <8 x float> %1003, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %1035 = insertelement <4 x float> %1034, float %1015, i64 2
  %1036 = insertelement <4 x float> %1035, float %1033, i64 3
  store <4 x float> %1036, ptr %995, align 4
  %1037 = extractelement <8 x float> %1021, i64 4
  store float %1037, ptr %1023, align 4
  %1038 = extractelement <8 x float> %1021, i64 5
  %1039 = shufflevector <8 x float> %991, <8 x float> %1003, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %1040 = insertelement <4 x float> %1039, float %1017, i64 2
  %1041 = insertelement <4 x float> %1040, float %1038, i64 3
  store <4 x float> %1041, ptr %997, align 4
  %1042 = extractelement <8 x float> %1021, i64 6
  %1043 = shufflevector <8 x float> %991, <8 x float> %1003, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %1044 = insertelement <4 x float> %1043, float %1018, i64 2
  %1045 = insertelement <4 x float> %1044, float %1042, i64 3
  store <4 x float> %1045, ptr %998, align 4
  %1046 = extractelement <8 x float> %1021, i64 7
  %1047 = shufflevector <8 x float> %991, <8 x float> %1003, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %1048 = insertelement <4 x float> %1047, float %1019, i64 2
  %1049 = insertelement <4 x float> %1048, float %1046, i64 3
  store <4 x float> %1049, ptr %999, align 4
  %1050 = icmp ugt <8 x i64> %vec.ind, <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>
  %1051 = select <8 x i1> %1050, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1052 = getelementptr inbounds i8, ptr %47, i64 %617
  %1053 = getelementptr inbounds i8, ptr %47, i64 %619
  %1054 = getelementptr inbounds i8, ptr %47, i64 %621
  %1055 = getelementptr inbounds i8, ptr %47, i64 %623
  %1056 = getelementptr inbounds i8, ptr %47, i64 %625
  %1057 = getelementptr inbounds i8, ptr %47, i64 %627
  %1058 = getelementptr inbounds i8, ptr %47, i64 %629
  %1059 = getelementptr inbounds i8, ptr %47, i64 %631
  %1060 = extractelement <8 x float> %1051, i64 0
  store float %1060, ptr %1052, align 4
  %1061 = extractelement <8 x float> %1051, i64 2
  store float %1061, ptr %1054, align 4
  %1062 = extractelement <8 x float> %1051, i64 3
  store float %1062, ptr %1055, align 4
  %1063 = extractelement <8 x float> %1051, i64 4
  store float %1063, ptr %1056, align 4
  %1064 = icmp ugt <8 x i64> %vec.ind, <i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29>
  %1065 = select <8 x i1> %1064, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1066 = getelementptr inbounds i8, ptr %48, i64 %617
  %1067 = getelementptr inbounds i8, ptr %48, i64 %621
  %1068 = getelementptr inbounds i8, ptr %48, i64 %623
  %1069 = getelementptr inbounds i8, ptr %48, i64 %625
  %1070 = extractelement <8 x float> %1065, i64 0
  store float %1070, ptr %1066, align 4
  %1071 = shufflevector <8 x float> %1051, <8 x float> %1065, <2 x i32> <i32 1, i32 9>
  store <2 x float> %1071, ptr %1053, align 4
  %1072 = extractelement <8 x float> %1065, i64 2
  store float %1072, ptr %1067, align 4
  %1073 = extractelement <8 x float> %1065, i64 3
  store float %1073, ptr %1068, align 4
  %1074 = extractelement <8 x float> %1065, i64 4
  store float %1074, ptr %1069, align 4
  %1075 = shufflevector <8 x float> %1051, <8 x float> %1065, <2 x i32> <i32 5, i32 13>
  store <2 x float> %1075, ptr %1057, align 4
  %1076 = shufflevector <8 x float> %1051, <8 x float> %1065, <2 x i32> <i32 6, i32 14>
  store <2 x float> %1076, ptr %1058, align 4
  %1077 = shufflevector <8 x float> %1051, <8 x float> %1065, <2 x i32> <i32 7, i32 15>
  store <2 x float> %1077, ptr %1059, align 4
  %1078 = icmp ugt <8 x i64> %vec.ind, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %1079 = select <8 x i1> %1078, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1080 = getelementptr inbounds i8, ptr %49, i64 %617
  %1081 = getelementptr inbounds i8, ptr %49, i64 %619
  %1082 = getelementptr inbounds i8, ptr %49, i64 %621
  %1083 = getelementptr inbounds i8, ptr %49, i64 %623
  %1084 = getelementptr inbounds i8, ptr %49, i64 %625
  %1085 = getelementptr inbounds i8, ptr %49, i64 %627
  %1086 = getelementptr inbounds i8, ptr %49, i64 %629
  %1087 = getelementptr inbounds i8, ptr %49, i64 %631
  %1088 = extractelement <8 x float> %1079, i64 0
  store float %1088, ptr %1080, align 4
  %1089 = extractelement <8 x float> %1079, i64 1
  store float %1089, ptr %1081, align 4
  %1090 = extractelement <8 x float> %1079, i64 2
  store float %1090, ptr %1082, align 4
  %1091 = extractelement <8 x float> %1079, i64 3
  store float %1091, ptr %1083, align 4
  %1092 = extractelement <8 x float> %1079, i64 4
  store float %1092, ptr %1084, align 4
  %1093 = extractelement <8 x float> %1079, i64 5
  store float %1093, ptr %1085, align 4
  %1094 = extractelement <8 x float> %1079, i64 6
  store float %1094, ptr %1086, align 4
  %1095 = extractelement <8 x float> %1079, i64 7
  store float %1095, ptr %1087, align 4
  %1096 = getelementptr inbounds i8, ptr %50, i64 %617
  %1097 = getelementptr inbounds i8, ptr %50, i64 %619
  %1098 = getelementptr inbounds i8, ptr %50, i64 %621
  %1099 = getelementptr inbounds i8, ptr %50, i64 %623
  %1100 = getelementptr inbounds i8, ptr %50, i64 %625
  %1101 = getelementptr inbounds i8, ptr %50, i64 %627
  %1102 = getelementptr inbounds i8, ptr %50, i64 %629
  %1103 = getelementptr inbounds i8, ptr %50, i64 %631
  store float 1.000000e+00, ptr %1096, align 4
  store float 1.000000e+00, ptr %1097, align 4
  store float 1.000000e+00, ptr %1098, align 4
  store float 1.000000e+00, ptr %1099, align 4
  store float 1.000000e+00, ptr %1100, align 4
  store float 1.000000e+00, ptr %1101, align 4
  store float 1.000000e+00, ptr %1102, align 4
  store float 1.000000e+00, ptr %1103, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1104 = icmp eq i64 %index.next, 32
  br i1 %1104, label %t2.body.preheader, label %vector.body, !llvm.loop !0

t2.body.preheader:                                ; preds = %vector.body
  %1105 = getelementptr i8, ptr %290, i64 %292
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.03087 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %1106 = shl nuw nsw i64 %t2.addr.03087, 8
  %gep3897 = getelementptr i8, ptr %invariant.gep3896, i64 %1106
  %1107 = shl nsw i64 %t2.addr.03087, 9
  %1108 = icmp sgt i64 %296, %t2.addr.03087
  br i1 %1108, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3899 = getelementptr i8, ptr %invariant.gep3898, i64 %1106
  %gep3901 = getelementptr i8, ptr %invariant.gep3900, i64 %1106
  %gep3903 = getelementptr i8, ptr %invariant.gep3902, i64 %1107
  %gep3905 = getelementptr i8, ptr %invariant.gep3904, i64 %1107
  %gep3907 = getelementptr i8, ptr %invariant.gep3906, i64 %1107
  %gep3909 = getelementptr i8, ptr %invariant.gep3908, i64 %1107
  %gep3911 = getelementptr i8, ptr %invariant.gep3910, i64 %1107
  %gep3913 = getelementptr i8, ptr %invariant.gep3912, i64 %1107
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3899, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3901, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3897, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.03087, 1
  %1109 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %1109, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3903, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3905, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3907, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %1110 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %1110, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3909, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3911, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3913, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %1111 = mul i64 %16, %t2.addr.03087
  %scevgep3646 = getelementptr i8, ptr %1105, i64 %1111
  %1112 = add nuw nsw i64 %t2.addr.03087, %t0
  %1113 = shl nuw nsw i64 %t2.addr.03087, 6
  %.idx3418 = shl i64 %1112, 8
  %1114 = getelementptr i8, ptr %invariant.gep3399, i64 %.idx3418
  %1115 = load <16 x float>, ptr %1114, align 4
  %1116 = fmul <16 x float> %1115, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1117 = or disjoint i64 %1113, 8192
  %1118 = getelementptr inbounds float, ptr %Bk, i64 %1117
  store <16 x float> %1116, ptr %1118, align 4
  %1119 = getelementptr inbounds float, ptr %QK, i64 %1113
  store <16 x float> %1116, ptr %1119, align 4
  %1120 = getelementptr i8, ptr %51, i64 %.idx3418
  %1121 = load <16 x float>, ptr %1120, align 4
  %1122 = fmul <16 x float> %1121, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1123 = or disjoint i64 %1113, 16
  %1124 = or i64 %1113, 8208
  %1125 = getelementptr inbounds float, ptr %Bk, i64 %1124
  store <16 x float> %1122, ptr %1125, align 4
  %1126 = getelementptr inbounds float, ptr %QK, i64 %1123
  store <16 x float> %1122, ptr %1126, align 4
  %1127 = getelementptr i8, ptr %52, i64 %.idx3418
  %1128 = load <16 x float>, ptr %1127, align 4
  %1129 = fmul <16 x float> %1128, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1130 = or disjoint i64 %1113, 32
  %1131 = or i64 %1113, 8224
  %1132 = getelementptr inbounds float, ptr %Bk, i64 %1131
  store <16 x float> %1129, ptr %1132, align 4
  %1133 = getelementptr inbounds float, ptr %QK, i64 %1130
  store <16 x float> %1129, ptr %1133, align 4
  %1134 = getelementptr i8, ptr %53, i64 %.idx3418
  %1135 = load <16 x float>, ptr %1134, align 4
  %1136 = fmul <16 x float> %1135, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1137 = or disjoint i64 %1113, 48
  %1138 = or i64 %1113, 8240
  %1139 = getelementptr inbounds float, ptr %Bk, i64 %1138
  store <16 x float> %1136, ptr %1139, align 4
  %1140 = getelementptr inbounds float, ptr %QK, i64 %1137
  store <16 x float> %1136, ptr %1140, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3897, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3646, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.03087, 1
  %1141 = or disjoint i64 %t2.addr.03087, %t0
  %tau = shl nsw i64 %1141, 1
  %1142 = mul nsw i64 %tau, %H
  %1143 = getelementptr inbounds float, ptr %betah, i64 %1142
  %1144 = load float, ptr %1143, align 4
  %1145 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %1144, ptr %1145, align 4
  %1146 = shl nuw nsw i64 %t2.addr.03087, 7
  %.idx3420 = shl i64 %1141, 9
  %1147 = getelementptr i8, ptr %gep3394, i64 %.idx3420
  %1148 = load <16 x float>, ptr %1147, align 4
  %gep3915 = getelementptr inbounds float, ptr %invariant.gep3914, i64 %1146
  store <16 x float> %1148, ptr %gep3915, align 4
  %1149 = fneg <16 x float> %1148
  %gep3917 = getelementptr inbounds float, ptr %invariant.gep3916, i64 %1146
  store <16 x float> %1149, ptr %gep3917, align 4
  %1150 = getelementptr i8, ptr %54, i64 %.idx3420
  %1151 = load <16 x float>, ptr %1150, align 4
  %gep3919 = getelementptr inbounds float, ptr %invariant.gep3918, i64 %1146
  store <16 x float> %1151, ptr %gep3919, align 4
  %1152 = fneg <16 x float> %1151
  %gep3921 = getelementptr inbounds float, ptr %invariant.gep3920, i64 %1146
  store <16 x float> %1152, ptr %gep3921, align 4
  %1153 = getelementptr i8, ptr %55, i64 %.idx3420
  %1154 = load <16 x float>, ptr %1153, align 4
  %gep3923 = getelementptr inbounds float, ptr %invariant.gep3922, i64 %1146
  store <16 x float> %1154, ptr %gep3923, align 4
  %1155 = fneg <16 x float> %1154
  %gep3925 = getelementptr inbounds float, ptr %invariant.gep3924, i64 %1146
  store <16 x float> %1155, ptr %gep3925, align 4
  %1156 = getelementptr i8, ptr %56, i64 %.idx3420
  %1157 = load <16 x float>, ptr %1156, align 4
  %gep3927 = getelementptr inbounds float, ptr %invariant.gep3926, i64 %1146
  store <16 x float> %1157, ptr %gep3927, align 4
  %1158 = fneg <16 x float> %1157
  %gep3929 = getelementptr inbounds float, ptr %invariant.gep3928, i64 %1146
  store <16 x float> %1158, ptr %gep3929, align 4
  %1159 = getelementptr i8, ptr %gep3396, i64 %.idx3420
  %1160 = load <16 x float>, ptr %1159, align 4
  %1161 = getelementptr inbounds i8, ptr %Rr, i64 %1107
  store <16 x float> %1160, ptr %1161, align 4
  %1162 = getelementptr i8, ptr %57, i64 %.idx3420
  %1163 = load <16 x float>, ptr %1162, align 4
  %1164 = getelementptr inbounds i8, ptr %58, i64 %1107
  store <16 x float> %1163, ptr %1164, align 4
  %1165 = getelementptr i8, ptr %59, i64 %.idx3420
  %1166 = load <16 x float>, ptr %1165, align 4
  %1167 = getelementptr inbounds i8, ptr %60, i64 %1107
  store <16 x float> %1166, ptr %1167, align 4
  %1168 = getelementptr i8, ptr %61, i64 %.idx3420
  %1169 = load <16 x float>, ptr %1168, align 4
  %1170 = getelementptr inbounds i8, ptr %62, i64 %1107
  store <16 x float> %1169, ptr %1170, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %1171 = mul nsw i64 %tau1, %H
  %1172 = getelementptr inbounds float, ptr %betah, i64 %1171
  %1173 = load float, ptr %1172, align 4
  %1174 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %1173, ptr %1174, align 4
  %1175 = shl nuw nsw i64 %i7, 6
  %.idx3423 = shl i64 %tau1, 8
  %1176 = getelementptr i8, ptr %gep3394, i64 %.idx3423
  %1177 = load <16 x float>, ptr %1176, align 4
  %gep3931 = getelementptr inbounds float, ptr %invariant.gep3930, i64 %1175
  store <16 x float> %1177, ptr %gep3931, align 4
  %1178 = fneg <16 x float> %1177
  %gep3933 = getelementptr inbounds float, ptr %invariant.gep3932, i64 %1175
  store <16 x float> %1178, ptr %gep3933, align 4
  %1179 = getelementptr i8, ptr %54, i64 %.idx3423
  %1180 = load <16 x float>, ptr %1179, align 4
  %gep3935 = getelementptr inbounds float, ptr %invariant.gep3934, i64 %1175
  store <16 x float> %1180, ptr %gep3935, align 4
  %1181 = fneg <16 x float> %1180
  %gep3937 = getelementptr inbounds float, ptr %invariant.gep3936, i64 %1175
  store <16 x float> %1181, ptr %gep3937, align 4
  %1182 = getelementptr i8, ptr %55, i64 %.idx3423
  %1183 = load <16 x float>, ptr %1182, align 4
  %gep3939 = getelementptr inbounds float, ptr %invariant.gep3938, i64 %1175
  store <16 x float> %1183, ptr %gep3939, align 4
  %1184 = fneg <16 x float> %1183
  %gep3941 = getelementptr inbounds float, ptr %invariant.gep3940, i64 %1175
  store <16 x float> %1184, ptr %gep3941, align 4
  %1185 = getelementptr i8, ptr %56, i64 %.idx3423
  %1186 = load <16 x float>, ptr %1185, align 4
  %gep3943 = getelementptr inbounds float, ptr %invariant.gep3942, i64 %1175
  store <16 x float> %1186, ptr %gep3943, align 4
  %1187 = fneg <16 x float> %1186
  %gep3945 = getelementptr inbounds float, ptr %invariant.gep3944, i64 %1175
  store <16 x float> %1187, ptr %gep3945, align 4
  %1188 = getelementptr i8, ptr %gep3396, i64 %.idx3423
  %1189 = load <16 x float>, ptr %1188, align 4
  %.idx3425 = shl nsw i64 %i7, 8
  %1190 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3425
  store <16 x float> %1189, ptr %1190, align 4
  %1191 = getelementptr i8, ptr %57, i64 %.idx3423
  %1192 = load <16 x float>, ptr %1191, align 4
  %1193 = getelementptr inbounds i8, ptr %58, i64 %.idx3425
  store <16 x float> %1192, ptr %1193, align 4
  %1194 = getelementptr i8, ptr %59, i64 %.idx3423
  %1195 = load <16 x float>, ptr %1194, align 4
  %1196 = getelementptr inbounds i8, ptr %60, i64 %.idx3425
  store <16 x float> %1195, ptr %1196, align 4
  %1197 = getelementptr i8, ptr %61, i64 %.idx3423
  %1198 = load <16 x float>, ptr %1197, align 4
  %1199 = getelementptr inbounds i8, ptr %62, i64 %.idx3425
  store <16 x float> %1198, ptr %1199, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.03087, 1
  %exitcond3653.not = icmp eq i64 %t2.next, 32
  br i1 %exitcond3653.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.03089 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3695 = shl nsw i64 %i20.addr.03089, 8
  %invariant.gep3946 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3695
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.03088 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3947 = getelementptr inbounds float, ptr %invariant.gep3946, i64 %j16.addr.03088
  %1200 = getelementptr inbounds i8, ptr %gep3947, i64 40960
  %1201 = load <16 x float>, ptr %1200, align 4
  %1202 = getelementptr inbounds i8, ptr %gep3947, i64 43008
  %1203 = load <16 x float>, ptr %1202, align 4
  %1204 = getelementptr inbounds i8, ptr %gep3947, i64 41216
  %1205 = load <16 x float>, ptr %1204, align 4
  %1206 = getelementptr inbounds i8, ptr %gep3947, i64 43264
  %1207 = load <16 x float>, ptr %1206, align 4
  %1208 = getelementptr inbounds i8, ptr %gep3947, i64 41472
  %1209 = load <16 x float>, ptr %1208, align 4
  %1210 = getelementptr inbounds i8, ptr %gep3947, i64 43520
  %1211 = load <16 x float>, ptr %1210, align 4
  %1212 = getelementptr inbounds i8, ptr %gep3947, i64 41728
  %1213 = load <16 x float>, ptr %1212, align 4
  %1214 = getelementptr inbounds i8, ptr %gep3947, i64 43776
  %1215 = load <16 x float>, ptr %1214, align 4
  %1216 = getelementptr inbounds i8, ptr %gep3947, i64 41984
  %1217 = load <16 x float>, ptr %1216, align 4
  %1218 = getelementptr inbounds i8, ptr %gep3947, i64 44032
  %1219 = load <16 x float>, ptr %1218, align 4
  %1220 = getelementptr inbounds i8, ptr %gep3947, i64 42240
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = getelementptr inbounds i8, ptr %gep3947, i64 44288
  %1223 = load <16 x float>, ptr %1222, align 4
  %1224 = getelementptr inbounds i8, ptr %gep3947, i64 42496
  %1225 = load <16 x float>, ptr %1224, align 4
  %1226 = getelementptr inbounds i8, ptr %gep3947, i64 44544
  %1227 = load <16 x float>, ptr %1226, align 4
  %1228 = getelementptr inbounds i8, ptr %gep3947, i64 42752
  %1229 = load <16 x float>, ptr %1228, align 4
  %1230 = getelementptr inbounds i8, ptr %gep3947, i64 44800
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = shufflevector <16 x float> %1201, <16 x float> %1203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1233 = shufflevector <16 x float> %1217, <16 x float> %1219, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1234 = shufflevector <16 x float> %1205, <16 x float> %1207, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1235 = shufflevector <16 x float> %1221, <16 x float> %1223, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1236 = shufflevector <16 x float> %1209, <16 x float> %1211, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1237 = shufflevector <16 x float> %1225, <16 x float> %1227, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1238 = shufflevector <16 x float> %1213, <16 x float> %1215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1239 = shufflevector <16 x float> %1229, <16 x float> %1231, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1240 = shufflevector <16 x float> %1201, <16 x float> %1203, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1241 = shufflevector <16 x float> %1217, <16 x float> %1219, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1242 = shufflevector <16 x float> %1205, <16 x float> %1207, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1243 = shufflevector <16 x float> %1221, <16 x float> %1223, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1244 = shufflevector <16 x float> %1209, <16 x float> %1211, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1245 = shufflevector <16 x float> %1225, <16 x float> %1227, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1246 = shufflevector <16 x float> %1213, <16 x float> %1215, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1247 = shufflevector <16 x float> %1229, <16 x float> %1231, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1248 = shufflevector <16 x float> %1232, <16 x float> %1233, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1249 = shufflevector <16 x float> %1236, <16 x float> %1237, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1250 = shufflevector <16 x float> %1234, <16 x float> %1235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1251 = shufflevector <16 x float> %1238, <16 x float> %1239, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1252 = shufflevector <16 x float> %1232, <16 x float> %1233, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1253 = shufflevector <16 x float> %1236, <16 x float> %1237, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1254 = shufflevector <16 x float> %1234, <16 x float> %1235, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1255 = shufflevector <16 x float> %1238, <16 x float> %1239, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1256 = shufflevector <16 x float> %1240, <16 x float> %1241, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1257 = shufflevector <16 x float> %1244, <16 x float> %1245, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1258 = shufflevector <16 x float> %1242, <16 x float> %1243, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1259 = shufflevector <16 x float> %1246, <16 x float> %1247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1260 = shufflevector <16 x float> %1240, <16 x float> %1241, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1261 = shufflevector <16 x float> %1244, <16 x float> %1245, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1262 = shufflevector <16 x float> %1242, <16 x float> %1243, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1263 = shufflevector <16 x float> %1246, <16 x float> %1247, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1264 = shufflevector <16 x float> %1248, <16 x float> %1249, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1265 = shufflevector <16 x float> %1250, <16 x float> %1251, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1266 = shufflevector <16 x float> %1248, <16 x float> %1249, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1267 = shufflevector <16 x float> %1250, <16 x float> %1251, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1268 = shufflevector <16 x float> %1252, <16 x float> %1253, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1269 = shufflevector <16 x float> %1254, <16 x float> %1255, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1270 = shufflevector <16 x float> %1252, <16 x float> %1253, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1271 = shufflevector <16 x float> %1254, <16 x float> %1255, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1272 = shufflevector <16 x float> %1256, <16 x float> %1257, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1273 = shufflevector <16 x float> %1258, <16 x float> %1259, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1274 = shufflevector <16 x float> %1256, <16 x float> %1257, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1275 = shufflevector <16 x float> %1258, <16 x float> %1259, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1276 = shufflevector <16 x float> %1260, <16 x float> %1261, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1277 = shufflevector <16 x float> %1262, <16 x float> %1263, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1278 = shufflevector <16 x float> %1260, <16 x float> %1261, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1279 = shufflevector <16 x float> %1262, <16 x float> %1263, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1280 = shufflevector <16 x float> %1264, <16 x float> %1265, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1281 = shl nuw nsw i64 %j16.addr.03088, 6
  %1282 = add nuw nsw i64 %1281, %i20.addr.03089
  %1283 = getelementptr inbounds float, ptr %KT, i64 %1282
  store <16 x float> %1280, ptr %1283, align 4
  %1284 = shufflevector <16 x float> %1264, <16 x float> %1265, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1285 = or disjoint i64 %1282, 64
  %1286 = getelementptr inbounds float, ptr %KT, i64 %1285
  store <16 x float> %1284, ptr %1286, align 4
  %1287 = shufflevector <16 x float> %1266, <16 x float> %1267, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1288 = or disjoint i64 %1282, 128
  %1289 = getelementptr inbounds float, ptr %KT, i64 %1288
  store <16 x float> %1287, ptr %1289, align 4
  %1290 = shufflevector <16 x float> %1266, <16 x float> %1267, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1291 = or disjoint i64 %1282, 192
  %1292 = getelementptr inbounds float, ptr %KT, i64 %1291
  store <16 x float> %1290, ptr %1292, align 4
  %1293 = shufflevector <16 x float> %1268, <16 x float> %1269, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1294 = or disjoint i64 %1282, 256
  %1295 = getelementptr inbounds float, ptr %KT, i64 %1294
  store <16 x float> %1293, ptr %1295, align 4
  %1296 = shufflevector <16 x float> %1268, <16 x float> %1269, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1297 = or disjoint i64 %1282, 320
  %1298 = getelementptr inbounds float, ptr %KT, i64 %1297
  store <16 x float> %1296, ptr %1298, align 4
  %1299 = shufflevector <16 x float> %1270, <16 x float> %1271, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1300 = or disjoint i64 %1282, 384
  %1301 = getelementptr inbounds float, ptr %KT, i64 %1300
  store <16 x float> %1299, ptr %1301, align 4
  %1302 = shufflevector <16 x float> %1270, <16 x float> %1271, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1303 = or disjoint i64 %1282, 448
  %1304 = getelementptr inbounds float, ptr %KT, i64 %1303
  store <16 x float> %1302, ptr %1304, align 4
  %1305 = shufflevector <16 x float> %1272, <16 x float> %1273, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1306 = or disjoint i64 %1282, 512
  %1307 = getelementptr inbounds float, ptr %KT, i64 %1306
  store <16 x float> %1305, ptr %1307, align 4
  %1308 = shufflevector <16 x float> %1272, <16 x float> %1273, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1309 = or disjoint i64 %1282, 576
  %1310 = getelementptr inbounds float, ptr %KT, i64 %1309
  store <16 x float> %1308, ptr %1310, align 4
  %1311 = shufflevector <16 x float> %1274, <16 x float> %1275, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1312 = or disjoint i64 %1282, 640
  %1313 = getelementptr inbounds float, ptr %KT, i64 %1312
  store <16 x float> %1311, ptr %1313, align 4
  %1314 = shufflevector <16 x float> %1274, <16 x float> %1275, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1315 = or disjoint i64 %1282, 704
  %1316 = getelementptr inbounds float, ptr %KT, i64 %1315
  store <16 x float> %1314, ptr %1316, align 4
  %1317 = shufflevector <16 x float> %1276, <16 x float> %1277, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1318 = or disjoint i64 %1282, 768
  %1319 = getelementptr inbounds float, ptr %KT, i64 %1318
  store <16 x float> %1317, ptr %1319, align 4
  %1320 = shufflevector <16 x float> %1276, <16 x float> %1277, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1321 = or disjoint i64 %1282, 832
  %1322 = getelementptr inbounds float, ptr %KT, i64 %1321
  store <16 x float> %1320, ptr %1322, align 4
  %1323 = shufflevector <16 x float> %1278, <16 x float> %1279, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1324 = or disjoint i64 %1282, 896
  %1325 = getelementptr inbounds float, ptr %KT, i64 %1324
  store <16 x float> %1323, ptr %1325, align 4
  %1326 = shufflevector <16 x float> %1278, <16 x float> %1279, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1327 = or disjoint i64 %1282, 960
  %1328 = getelementptr inbounds float, ptr %KT, i64 %1327
  store <16 x float> %1326, ptr %1328, align 4
  %j16.next = add nuw nsw i64 %j16.addr.03088, 16
  %1329 = icmp ult i64 %j16.addr.03088, 48
  br i1 %1329, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.03089, 16
  %1330 = icmp ult i64 %i20.addr.03089, 48
  br i1 %1330, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %1331 = phi i1 [ false, %j17.exit ], [ true, %j16.exit ]
  %i21.addr.03091 = phi i64 [ 16, %j17.exit ], [ 0, %j16.exit ]
  %1332 = shl nuw nsw i64 %i21.addr.03091, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.03090 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %1333 = add nuw nsw i64 %j17.addr.03090, %1332
  %1334 = or disjoint i64 %1333, 8192
  %1335 = getelementptr inbounds float, ptr %Bk, i64 %1334
  %1336 = load <16 x float>, ptr %1335, align 4
  %1337 = or disjoint i64 %1333, 8704
  %1338 = getelementptr inbounds float, ptr %Bk, i64 %1337
  %1339 = load <16 x float>, ptr %1338, align 4
  %1340 = or disjoint i64 %1333, 8256
  %1341 = getelementptr inbounds float, ptr %Bk, i64 %1340
  %1342 = load <16 x float>, ptr %1341, align 4
  %1343 = or disjoint i64 %1333, 8768
  %1344 = getelementptr inbounds float, ptr %Bk, i64 %1343
  %1345 = load <16 x float>, ptr %1344, align 4
  %1346 = or disjoint i64 %1333, 8320
  %1347 = getelementptr inbounds float, ptr %Bk, i64 %1346
  %1348 = load <16 x float>, ptr %1347, align 4
  %1349 = or disjoint i64 %1333, 8832
  %1350 = getelementptr inbounds float, ptr %Bk, i64 %1349
  %1351 = load <16 x float>, ptr %1350, align 4
  %1352 = or disjoint i64 %1333, 8384
  %1353 = getelementptr inbounds float, ptr %Bk, i64 %1352
  %1354 = load <16 x float>, ptr %1353, align 4
  %1355 = or disjoint i64 %1333, 8896
  %1356 = getelementptr inbounds float, ptr %Bk, i64 %1355
  %1357 = load <16 x float>, ptr %1356, align 4
  %1358 = or disjoint i64 %1333, 8448
  %1359 = getelementptr inbounds float, ptr %Bk, i64 %1358
  %1360 = load <16 x float>, ptr %1359, align 4
  %1361 = or disjoint i64 %1333, 8960
  %1362 = getelementptr inbounds float, ptr %Bk, i64 %1361
  %1363 = load <16 x float>, ptr %1362, align 4
  %1364 = or disjoint i64 %1333, 8512
  %1365 = getelementptr inbounds float, ptr %Bk, i64 %1364
  %1366 = load <16 x float>, ptr %1365, align 4
  %1367 = or disjoint i64 %1333, 9024
  %1368 = getelementptr inbounds float, ptr %Bk, i64 %1367
  %1369 = load <16 x float>, ptr %1368, align 4
  %1370 = or disjoint i64 %1333, 8576
  %1371 = getelementptr inbounds float, ptr %Bk, i64 %1370
  %1372 = load <16 x float>, ptr %1371, align 4
  %1373 = or disjoint i64 %1333, 9088
  %1374 = getelementptr inbounds float, ptr %Bk, i64 %1373
  %1375 = load <16 x float>, ptr %1374, align 4
  %1376 = or disjoint i64 %1333, 8640
  %1377 = getelementptr inbounds float, ptr %Bk, i64 %1376
  %1378 = load <16 x float>, ptr %1377, align 4
  %1379 = or disjoint i64 %1333, 9152
  %1380 = getelementptr inbounds float, ptr %Bk, i64 %1379
  %1381 = load <16 x float>, ptr %1380, align 4
  %1382 = shufflevector <16 x float> %1336, <16 x float> %1339, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1383 = shufflevector <16 x float> %1360, <16 x float> %1363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1384 = shufflevector <16 x float> %1342, <16 x float> %1345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1385 = shufflevector <16 x float> %1366, <16 x float> %1369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1386 = shufflevector <16 x float> %1348, <16 x float> %1351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1387 = shufflevector <16 x float> %1372, <16 x float> %1375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1388 = shufflevector <16 x float> %1354, <16 x float> %1357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1389 = shufflevector <16 x float> %1378, <16 x float> %1381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1390 = shufflevector <16 x float> %1336, <16 x float> %1339, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1391 = shufflevector <16 x float> %1360, <16 x float> %1363, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1392 = shufflevector <16 x float> %1342, <16 x float> %1345, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1393 = shufflevector <16 x float> %1366, <16 x float> %1369, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1394 = shufflevector <16 x float> %1348, <16 x float> %1351, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1395 = shufflevector <16 x float> %1372, <16 x float> %1375, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1396 = shufflevector <16 x float> %1354, <16 x float> %1357, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1397 = shufflevector <16 x float> %1378, <16 x float> %1381, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1398 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1399 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1400 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1401 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1402 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1403 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1404 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1405 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1406 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1407 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1408 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1409 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1410 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1411 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1412 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1413 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1414 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1415 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1416 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1417 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1418 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1419 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1420 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1421 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1422 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1423 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1424 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1425 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1426 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1427 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1428 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1429 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1430 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1431 = shl nuw nsw i64 %j17.addr.03090, 5
  %1432 = or disjoint i64 %1431, %i21.addr.03091
  %1433 = getelementptr inbounds float, ptr %QcT, i64 %1432
  store <16 x float> %1430, ptr %1433, align 4
  %1434 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1435 = or disjoint i64 %1432, 32
  %1436 = getelementptr inbounds float, ptr %QcT, i64 %1435
  store <16 x float> %1434, ptr %1436, align 4
  %1437 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1438 = or disjoint i64 %1432, 64
  %1439 = getelementptr inbounds float, ptr %QcT, i64 %1438
  store <16 x float> %1437, ptr %1439, align 4
  %1440 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1441 = or disjoint i64 %1432, 96
  %1442 = getelementptr inbounds float, ptr %QcT, i64 %1441
  store <16 x float> %1440, ptr %1442, align 4
  %1443 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1444 = or disjoint i64 %1432, 128
  %1445 = getelementptr inbounds float, ptr %QcT, i64 %1444
  store <16 x float> %1443, ptr %1445, align 4
  %1446 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1447 = or disjoint i64 %1432, 160
  %1448 = getelementptr inbounds float, ptr %QcT, i64 %1447
  store <16 x float> %1446, ptr %1448, align 4
  %1449 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1450 = or disjoint i64 %1432, 192
  %1451 = getelementptr inbounds float, ptr %QcT, i64 %1450
  store <16 x float> %1449, ptr %1451, align 4
  %1452 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1453 = or disjoint i64 %1432, 224
  %1454 = getelementptr inbounds float, ptr %QcT, i64 %1453
  store <16 x float> %1452, ptr %1454, align 4
  %1455 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1456 = or disjoint i64 %1432, 256
  %1457 = getelementptr inbounds float, ptr %QcT, i64 %1456
  store <16 x float> %1455, ptr %1457, align 4
  %1458 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1459 = or disjoint i64 %1432, 288
  %1460 = getelementptr inbounds float, ptr %QcT, i64 %1459
  store <16 x float> %1458, ptr %1460, align 4
  %1461 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1462 = or disjoint i64 %1432, 320
  %1463 = getelementptr inbounds float, ptr %QcT, i64 %1462
  store <16 x float> %1461, ptr %1463, align 4
  %1464 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1465 = or disjoint i64 %1432, 352
  %1466 = getelementptr inbounds float, ptr %QcT, i64 %1465
  store <16 x float> %1464, ptr %1466, align 4
  %1467 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1468 = or disjoint i64 %1432, 384
  %1469 = getelementptr inbounds float, ptr %QcT, i64 %1468
  store <16 x float> %1467, ptr %1469, align 4
  %1470 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1471 = or disjoint i64 %1432, 416
  %1472 = getelementptr inbounds float, ptr %QcT, i64 %1471
  store <16 x float> %1470, ptr %1472, align 4
  %1473 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1474 = or disjoint i64 %1432, 448
  %1475 = getelementptr inbounds float, ptr %QcT, i64 %1474
  store <16 x float> %1473, ptr %1475, align 4
  %1476 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1477 = or disjoint i64 %1432, 480
  %1478 = getelementptr inbounds float, ptr %QcT, i64 %1477
  store <16 x float> %1476, ptr %1478, align 4
  %j17.next = add nuw nsw i64 %j17.addr.03090, 16
  %1479 = icmp ult i64 %j17.addr.03090, 48
  br i1 %1479, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  br i1 %1331, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %1480 = phi i1 [ false, %j18.exit ], [ true, %j17.exit ]
  %i22.addr.03093 = phi i64 [ 16, %j18.exit ], [ 0, %j17.exit ]
  %1481 = shl nuw nsw i64 %i22.addr.03093, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.03092 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %1482 = add nuw nsw i64 %j18.addr.03092, %1481
  %1483 = getelementptr inbounds float, ptr %OY, i64 %1482
  %1484 = load <16 x float>, ptr %1483, align 4
  %1485 = or disjoint i64 %1482, 512
  %1486 = getelementptr inbounds float, ptr %OY, i64 %1485
  %1487 = load <16 x float>, ptr %1486, align 4
  %1488 = or disjoint i64 %1482, 64
  %1489 = getelementptr inbounds float, ptr %OY, i64 %1488
  %1490 = load <16 x float>, ptr %1489, align 4
  %1491 = or disjoint i64 %1482, 576
  %1492 = getelementptr inbounds float, ptr %OY, i64 %1491
  %1493 = load <16 x float>, ptr %1492, align 4
  %1494 = or disjoint i64 %1482, 128
  %1495 = getelementptr inbounds float, ptr %OY, i64 %1494
  %1496 = load <16 x float>, ptr %1495, align 4
  %1497 = or disjoint i64 %1482, 640
  %1498 = getelementptr inbounds float, ptr %OY, i64 %1497
  %1499 = load <16 x float>, ptr %1498, align 4
  %1500 = or disjoint i64 %1482, 192
  %1501 = getelementptr inbounds float, ptr %OY, i64 %1500
  %1502 = load <16 x float>, ptr %1501, align 4
  %1503 = or disjoint i64 %1482, 704
  %1504 = getelementptr inbounds float, ptr %OY, i64 %1503
  %1505 = load <16 x float>, ptr %1504, align 4
  %1506 = or disjoint i64 %1482, 256
  %1507 = getelementptr inbounds float, ptr %OY, i64 %1506
  %1508 = load <16 x float>, ptr %1507, align 4
  %1509 = or disjoint i64 %1482, 768
  %1510 = getelementptr inbounds float, ptr %OY, i64 %1509
  %1511 = load <16 x float>, ptr %1510, align 4
  %1512 = or disjoint i64 %1482, 320
  %1513 = getelementptr inbounds float, ptr %OY, i64 %1512
  %1514 = load <16 x float>, ptr %1513, align 4
  %1515 = or disjoint i64 %1482, 832
  %1516 = getelementptr inbounds float, ptr %OY, i64 %1515
  %1517 = load <16 x float>, ptr %1516, align 4
  %1518 = or disjoint i64 %1482, 384
  %1519 = getelementptr inbounds float, ptr %OY, i64 %1518
  %1520 = load <16 x float>, ptr %1519, align 4
  %1521 = or disjoint i64 %1482, 896
  %1522 = getelementptr inbounds float, ptr %OY, i64 %1521
  %1523 = load <16 x float>, ptr %1522, align 4
  %1524 = or disjoint i64 %1482, 448
  %1525 = getelementptr inbounds float, ptr %OY, i64 %1524
  %1526 = load <16 x float>, ptr %1525, align 4
  %1527 = or disjoint i64 %1482, 960
  %1528 = getelementptr inbounds float, ptr %OY, i64 %1527
  %1529 = load <16 x float>, ptr %1528, align 4
  %1530 = shufflevector <16 x float> %1484, <16 x float> %1487, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1531 = shufflevector <16 x float> %1508, <16 x float> %1511, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1532 = shufflevector <16 x float> %1490, <16 x float> %1493, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1533 = shufflevector <16 x float> %1514, <16 x float> %1517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1534 = shufflevector <16 x float> %1496, <16 x float> %1499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1535 = shufflevector <16 x float> %1520, <16 x float> %1523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1536 = shufflevector <16 x float> %1502, <16 x float> %1505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1537 = shufflevector <16 x float> %1526, <16 x float> %1529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1538 = shufflevector <16 x float> %1484, <16 x float> %1487, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1539 = shufflevector <16 x float> %1508, <16 x float> %1511, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1540 = shufflevector <16 x float> %1490, <16 x float> %1493, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1541 = shufflevector <16 x float> %1514, <16 x float> %1517, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1542 = shufflevector <16 x float> %1496, <16 x float> %1499, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1543 = shufflevector <16 x float> %1520, <16 x float> %1523, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1544 = shufflevector <16 x float> %1502, <16 x float> %1505, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1545 = shufflevector <16 x float> %1526, <16 x float> %1529, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1546 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1547 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1548 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1549 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1550 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1551 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1552 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1553 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1554 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1555 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1556 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1557 = shufflevector <16 x float> %1544, <16 x float> %1545, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1558 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1559 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1560 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1561 = shufflevector <16 x float> %1544, <16 x float> %1545, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1562 = shufflevector <16 x float> %1546, <16 x float> %1547, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1563 = shufflevector <16 x float> %1548, <16 x float> %1549, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1564 = shufflevector <16 x float> %1546, <16 x float> %1547, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1565 = shufflevector <16 x float> %1548, <16 x float> %1549, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1566 = shufflevector <16 x float> %1550, <16 x float> %1551, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1567 = shufflevector <16 x float> %1552, <16 x float> %1553, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1568 = shufflevector <16 x float> %1550, <16 x float> %1551, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1569 = shufflevector <16 x float> %1552, <16 x float> %1553, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1570 = shufflevector <16 x float> %1554, <16 x float> %1555, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1571 = shufflevector <16 x float> %1556, <16 x float> %1557, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1572 = shufflevector <16 x float> %1554, <16 x float> %1555, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1573 = shufflevector <16 x float> %1556, <16 x float> %1557, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1574 = shufflevector <16 x float> %1558, <16 x float> %1559, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1575 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1576 = shufflevector <16 x float> %1558, <16 x float> %1559, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1577 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1578 = shufflevector <16 x float> %1562, <16 x float> %1563, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1579 = shl nuw nsw i64 %j18.addr.03092, 5
  %1580 = or disjoint i64 %1579, %i22.addr.03093
  %1581 = getelementptr inbounds float, ptr %dOT, i64 %1580
  store <16 x float> %1578, ptr %1581, align 4
  %1582 = shufflevector <16 x float> %1562, <16 x float> %1563, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1583 = or disjoint i64 %1580, 32
  %1584 = getelementptr inbounds float, ptr %dOT, i64 %1583
  store <16 x float> %1582, ptr %1584, align 4
  %1585 = shufflevector <16 x float> %1564, <16 x float> %1565, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1586 = or disjoint i64 %1580, 64
  %1587 = getelementptr inbounds float, ptr %dOT, i64 %1586
  store <16 x float> %1585, ptr %1587, align 4
  %1588 = shufflevector <16 x float> %1564, <16 x float> %1565, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1589 = or disjoint i64 %1580, 96
  %1590 = getelementptr inbounds float, ptr %dOT, i64 %1589
  store <16 x float> %1588, ptr %1590, align 4
  %1591 = shufflevector <16 x float> %1566, <16 x float> %1567, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1592 = or disjoint i64 %1580, 128
  %1593 = getelementptr inbounds float, ptr %dOT, i64 %1592
  store <16 x float> %1591, ptr %1593, align 4
  %1594 = shufflevector <16 x float> %1566, <16 x float> %1567, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1595 = or disjoint i64 %1580, 160
  %1596 = getelementptr inbounds float, ptr %dOT, i64 %1595
  store <16 x float> %1594, ptr %1596, align 4
  %1597 = shufflevector <16 x float> %1568, <16 x float> %1569, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1598 = or disjoint i64 %1580, 192
  %1599 = getelementptr inbounds float, ptr %dOT, i64 %1598
  store <16 x float> %1597, ptr %1599, align 4
  %1600 = shufflevector <16 x float> %1568, <16 x float> %1569, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1601 = or disjoint i64 %1580, 224
  %1602 = getelementptr inbounds float, ptr %dOT, i64 %1601
  store <16 x float> %1600, ptr %1602, align 4
  %1603 = shufflevector <16 x float> %1570, <16 x float> %1571, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1604 = or disjoint i64 %1580, 256
  %1605 = getelementptr inbounds float, ptr %dOT, i64 %1604
  store <16 x float> %1603, ptr %1605, align 4
  %1606 = shufflevector <16 x float> %1570, <16 x float> %1571, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1607 = or disjoint i64 %1580, 288
  %1608 = getelementptr inbounds float, ptr %dOT, i64 %1607
  store <16 x float> %1606, ptr %1608, align 4
  %1609 = shufflevector <16 x float> %1572, <16 x float> %1573, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1610 = or disjoint i64 %1580, 320
  %1611 = getelementptr inbounds float, ptr %dOT, i64 %1610
  store <16 x float> %1609, ptr %1611, align 4
  %1612 = shufflevector <16 x float> %1572, <16 x float> %1573, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1613 = or disjoint i64 %1580, 352
  %1614 = getelementptr inbounds float, ptr %dOT, i64 %1613
  store <16 x float> %1612, ptr %1614, align 4
  %1615 = shufflevector <16 x float> %1574, <16 x float> %1575, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1616 = or disjoint i64 %1580, 384
  %1617 = getelementptr inbounds float, ptr %dOT, i64 %1616
  store <16 x float> %1615, ptr %1617, align 4
  %1618 = shufflevector <16 x float> %1574, <16 x float> %1575, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1619 = or disjoint i64 %1580, 416
  %1620 = getelementptr inbounds float, ptr %dOT, i64 %1619
  store <16 x float> %1618, ptr %1620, align 4
  %1621 = shufflevector <16 x float> %1576, <16 x float> %1577, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1622 = or disjoint i64 %1580, 448
  %1623 = getelementptr inbounds float, ptr %dOT, i64 %1622
  store <16 x float> %1621, ptr %1623, align 4
  %1624 = shufflevector <16 x float> %1576, <16 x float> %1577, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1625 = or disjoint i64 %1580, 480
  %1626 = getelementptr inbounds float, ptr %dOT, i64 %1625
  store <16 x float> %1624, ptr %1626, align 4
  %j18.next = add nuw nsw i64 %j18.addr.03092, 16
  %1627 = icmp ult i64 %j18.addr.03092, 48
  br i1 %1627, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  br i1 %1480, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.3, %p3.exit.2, %p3.exit.1, %p3.exit
  %1628 = icmp ult i64 %i23.addr.03106, 56
  br i1 %1628, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.03106 = phi i64 [ %1629, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1629 = add nuw nsw i64 %i23.addr.03106, 8
  %1630 = shl nuw nsw i64 %i23.addr.03106, 6
  %.idx3027 = shl nuw nsw i64 %i23.addr.03106, 8
  %1631 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3027
  %1632 = or disjoint i64 %1630, 64
  %1633 = getelementptr inbounds float, ptr %Gm, i64 %1632
  %1634 = or disjoint i64 %1630, 128
  %1635 = getelementptr inbounds float, ptr %Gm, i64 %1634
  %1636 = or disjoint i64 %1630, 192
  %1637 = getelementptr inbounds float, ptr %Gm, i64 %1636
  %1638 = or disjoint i64 %1630, 256
  %1639 = getelementptr inbounds float, ptr %Gm, i64 %1638
  %1640 = or disjoint i64 %1630, 320
  %1641 = getelementptr inbounds float, ptr %Gm, i64 %1640
  %1642 = or disjoint i64 %1630, 384
  %1643 = getelementptr inbounds float, ptr %Gm, i64 %1642
  %1644 = or disjoint i64 %1630, 448
  %1645 = getelementptr inbounds float, ptr %Gm, i64 %1644
  %invariant.gep3948 = getelementptr inbounds float, ptr %Bk, i64 %1630
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.03104 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1651, %p3.body ]
  %acc1.03103 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1656, %p3.body ]
  %acc2.03102 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1661, %p3.body ]
  %acc3.03101 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1666, %p3.body ]
  %acc4.03100 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1671, %p3.body ]
  %acc5.03099 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1676, %p3.body ]
  %acc6.03098 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1681, %p3.body ]
  %acc7.03097 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1686, %p3.body ]
  %p3.addr.03096 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx3028 = shl nuw nsw i64 %p3.addr.03096, 8
  %gep3095 = getelementptr inbounds i8, ptr %KT, i64 %.idx3028
  %1646 = load <16 x float>, ptr %gep3095, align 4
  %gep3949 = getelementptr inbounds float, ptr %invariant.gep3948, i64 %p3.addr.03096
  %1647 = getelementptr inbounds i8, ptr %gep3949, i64 40960
  %1648 = load float, ptr %1647, align 4
  %1649 = insertelement <16 x float> poison, float %1648, i64 0
  %1650 = shufflevector <16 x float> %1649, <16 x float> poison, <16 x i32> zeroinitializer
  %1651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1650, <16 x float> %1646, <16 x float> %acc.03104)
  %1652 = getelementptr inbounds i8, ptr %gep3949, i64 41216
  %1653 = load float, ptr %1652, align 4
  %1654 = insertelement <16 x float> poison, float %1653, i64 0
  %1655 = shufflevector <16 x float> %1654, <16 x float> poison, <16 x i32> zeroinitializer
  %1656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1655, <16 x float> %1646, <16 x float> %acc1.03103)
  %1657 = getelementptr inbounds i8, ptr %gep3949, i64 41472
  %1658 = load float, ptr %1657, align 4
  %1659 = insertelement <16 x float> poison, float %1658, i64 0
  %1660 = shufflevector <16 x float> %1659, <16 x float> poison, <16 x i32> zeroinitializer
  %1661 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1660, <16 x float> %1646, <16 x float> %acc2.03102)
  %1662 = getelementptr inbounds i8, ptr %gep3949, i64 41728
  %1663 = load float, ptr %1662, align 4
  %1664 = insertelement <16 x float> poison, float %1663, i64 0
  %1665 = shufflevector <16 x float> %1664, <16 x float> poison, <16 x i32> zeroinitializer
  %1666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1665, <16 x float> %1646, <16 x float> %acc3.03101)
  %1667 = getelementptr inbounds i8, ptr %gep3949, i64 41984
  %1668 = load float, ptr %1667, align 4
  %1669 = insertelement <16 x float> poison, float %1668, i64 0
  %1670 = shufflevector <16 x float> %1669, <16 x float> poison, <16 x i32> zeroinitializer
  %1671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1670, <16 x float> %1646, <16 x float> %acc4.03100)
  %1672 = getelementptr inbounds i8, ptr %gep3949, i64 42240
  %1673 = load float, ptr %1672, align 4
  %1674 = insertelement <16 x float> poison, float %1673, i64 0
  %1675 = shufflevector <16 x float> %1674, <16 x float> poison, <16 x i32> zeroinitializer
  %1676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1675, <16 x float> %1646, <16 x float> %acc5.03099)
  %1677 = getelementptr inbounds i8, ptr %gep3949, i64 42496
  %1678 = load float, ptr %1677, align 4
  %1679 = insertelement <16 x float> poison, float %1678, i64 0
  %1680 = shufflevector <16 x float> %1679, <16 x float> poison, <16 x i32> zeroinitializer
  %1681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1646, <16 x float> %acc6.03098)
  %1682 = getelementptr inbounds i8, ptr %gep3949, i64 42752
  %1683 = load float, ptr %1682, align 4
  %1684 = insertelement <16 x float> poison, float %1683, i64 0
  %1685 = shufflevector <16 x float> %1684, <16 x float> poison, <16 x i32> zeroinitializer
  %1686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1685, <16 x float> %1646, <16 x float> %acc7.03097)
  %p3.next = add nuw nsw i64 %p3.addr.03096, 1
  %exitcond3654.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3654.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1651, ptr %1631, align 4
  store <16 x float> %1656, ptr %1633, align 4
  store <16 x float> %1661, ptr %1635, align 4
  store <16 x float> %1666, ptr %1637, align 4
  store <16 x float> %1671, ptr %1639, align 4
  store <16 x float> %1676, ptr %1641, align 4
  store <16 x float> %1681, ptr %1643, align 4
  store <16 x float> %1686, ptr %1645, align 4
  %1687 = icmp ugt i64 %i23.addr.03106, 8
  br i1 %1687, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.03104.1 = phi <16 x float> [ %1693, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.03103.1 = phi <16 x float> [ %1698, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.03102.1 = phi <16 x float> [ %1703, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.03101.1 = phi <16 x float> [ %1708, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.03100.1 = phi <16 x float> [ %1713, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.03099.1 = phi <16 x float> [ %1718, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.03098.1 = phi <16 x float> [ %1723, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.03097.1 = phi <16 x float> [ %1728, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.03096.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx3028.1 = shl nuw nsw i64 %p3.addr.03096.1, 8
  %gep3095.1 = getelementptr inbounds i8, ptr %invariant.gep3094.1, i64 %.idx3028.1
  %1688 = load <16 x float>, ptr %gep3095.1, align 4
  %gep3949.1 = getelementptr inbounds float, ptr %invariant.gep3948, i64 %p3.addr.03096.1
  %1689 = getelementptr inbounds i8, ptr %gep3949.1, i64 40960
  %1690 = load float, ptr %1689, align 4
  %1691 = insertelement <16 x float> poison, float %1690, i64 0
  %1692 = shufflevector <16 x float> %1691, <16 x float> poison, <16 x i32> zeroinitializer
  %1693 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1688, <16 x float> %acc.03104.1)
  %1694 = getelementptr inbounds i8, ptr %gep3949.1, i64 41216
  %1695 = load float, ptr %1694, align 4
  %1696 = insertelement <16 x float> poison, float %1695, i64 0
  %1697 = shufflevector <16 x float> %1696, <16 x float> poison, <16 x i32> zeroinitializer
  %1698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1697, <16 x float> %1688, <16 x float> %acc1.03103.1)
  %1699 = getelementptr inbounds i8, ptr %gep3949.1, i64 41472
  %1700 = load float, ptr %1699, align 4
  %1701 = insertelement <16 x float> poison, float %1700, i64 0
  %1702 = shufflevector <16 x float> %1701, <16 x float> poison, <16 x i32> zeroinitializer
  %1703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1702, <16 x float> %1688, <16 x float> %acc2.03102.1)
  %1704 = getelementptr inbounds i8, ptr %gep3949.1, i64 41728
  %1705 = load float, ptr %1704, align 4
  %1706 = insertelement <16 x float> poison, float %1705, i64 0
  %1707 = shufflevector <16 x float> %1706, <16 x float> poison, <16 x i32> zeroinitializer
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1707, <16 x float> %1688, <16 x float> %acc3.03101.1)
  %1709 = getelementptr inbounds i8, ptr %gep3949.1, i64 41984
  %1710 = load float, ptr %1709, align 4
  %1711 = insertelement <16 x float> poison, float %1710, i64 0
  %1712 = shufflevector <16 x float> %1711, <16 x float> poison, <16 x i32> zeroinitializer
  %1713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1712, <16 x float> %1688, <16 x float> %acc4.03100.1)
  %1714 = getelementptr inbounds i8, ptr %gep3949.1, i64 42240
  %1715 = load float, ptr %1714, align 4
  %1716 = insertelement <16 x float> poison, float %1715, i64 0
  %1717 = shufflevector <16 x float> %1716, <16 x float> poison, <16 x i32> zeroinitializer
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1717, <16 x float> %1688, <16 x float> %acc5.03099.1)
  %1719 = getelementptr inbounds i8, ptr %gep3949.1, i64 42496
  %1720 = load float, ptr %1719, align 4
  %1721 = insertelement <16 x float> poison, float %1720, i64 0
  %1722 = shufflevector <16 x float> %1721, <16 x float> poison, <16 x i32> zeroinitializer
  %1723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1722, <16 x float> %1688, <16 x float> %acc6.03098.1)
  %1724 = getelementptr inbounds i8, ptr %gep3949.1, i64 42752
  %1725 = load float, ptr %1724, align 4
  %1726 = insertelement <16 x float> poison, float %1725, i64 0
  %1727 = shufflevector <16 x float> %1726, <16 x float> poison, <16 x i32> zeroinitializer
  %1728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1727, <16 x float> %1688, <16 x float> %acc7.03097.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.03096.1, 1
  %exitcond3654.not.1 = icmp eq i64 %p3.next.1, 64
  br i1 %exitcond3654.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1729 = getelementptr inbounds i8, ptr %1631, i64 64
  store <16 x float> %1693, ptr %1729, align 4
  %1730 = getelementptr inbounds i8, ptr %1633, i64 64
  store <16 x float> %1698, ptr %1730, align 4
  %1731 = getelementptr inbounds i8, ptr %1635, i64 64
  store <16 x float> %1703, ptr %1731, align 4
  %1732 = getelementptr inbounds i8, ptr %1637, i64 64
  store <16 x float> %1708, ptr %1732, align 4
  %1733 = getelementptr inbounds i8, ptr %1639, i64 64
  store <16 x float> %1713, ptr %1733, align 4
  %1734 = getelementptr inbounds i8, ptr %1641, i64 64
  store <16 x float> %1718, ptr %1734, align 4
  %1735 = getelementptr inbounds i8, ptr %1643, i64 64
  store <16 x float> %1723, ptr %1735, align 4
  %1736 = getelementptr inbounds i8, ptr %1645, i64 64
  store <16 x float> %1728, ptr %1736, align 4
  %1737 = icmp ugt i64 %i23.addr.03106, 24
  br i1 %1737, label %p3.body.2, label %i23.head.loopexit

p3.body.2:                                        ; preds = %p3.exit.1, %p3.body.2
  %acc.03104.2 = phi <16 x float> [ %1743, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc1.03103.2 = phi <16 x float> [ %1748, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc2.03102.2 = phi <16 x float> [ %1753, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc3.03101.2 = phi <16 x float> [ %1758, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc4.03100.2 = phi <16 x float> [ %1763, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc5.03099.2 = phi <16 x float> [ %1768, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc6.03098.2 = phi <16 x float> [ %1773, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc7.03097.2 = phi <16 x float> [ %1778, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %p3.addr.03096.2 = phi i64 [ %p3.next.2, %p3.body.2 ], [ 0, %p3.exit.1 ]
  %.idx3028.2 = shl nuw nsw i64 %p3.addr.03096.2, 8
  %gep3095.2 = getelementptr inbounds i8, ptr %invariant.gep3094.2, i64 %.idx3028.2
  %1738 = load <16 x float>, ptr %gep3095.2, align 4
  %gep3949.2 = getelementptr inbounds float, ptr %invariant.gep3948, i64 %p3.addr.03096.2
  %1739 = getelementptr inbounds i8, ptr %gep3949.2, i64 40960
  %1740 = load float, ptr %1739, align 4
  %1741 = insertelement <16 x float> poison, float %1740, i64 0
  %1742 = shufflevector <16 x float> %1741, <16 x float> poison, <16 x i32> zeroinitializer
  %1743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1738, <16 x float> %acc.03104.2)
  %1744 = getelementptr inbounds i8, ptr %gep3949.2, i64 41216
  %1745 = load float, ptr %1744, align 4
  %1746 = insertelement <16 x float> poison, float %1745, i64 0
  %1747 = shufflevector <16 x float> %1746, <16 x float> poison, <16 x i32> zeroinitializer
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1747, <16 x float> %1738, <16 x float> %acc1.03103.2)
  %1749 = getelementptr inbounds i8, ptr %gep3949.2, i64 41472
  %1750 = load float, ptr %1749, align 4
  %1751 = insertelement <16 x float> poison, float %1750, i64 0
  %1752 = shufflevector <16 x float> %1751, <16 x float> poison, <16 x i32> zeroinitializer
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1738, <16 x float> %acc2.03102.2)
  %1754 = getelementptr inbounds i8, ptr %gep3949.2, i64 41728
  %1755 = load float, ptr %1754, align 4
  %1756 = insertelement <16 x float> poison, float %1755, i64 0
  %1757 = shufflevector <16 x float> %1756, <16 x float> poison, <16 x i32> zeroinitializer
  %1758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1738, <16 x float> %acc3.03101.2)
  %1759 = getelementptr inbounds i8, ptr %gep3949.2, i64 41984
  %1760 = load float, ptr %1759, align 4
  %1761 = insertelement <16 x float> poison, float %1760, i64 0
  %1762 = shufflevector <16 x float> %1761, <16 x float> poison, <16 x i32> zeroinitializer
  %1763 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1762, <16 x float> %1738, <16 x float> %acc4.03100.2)
  %1764 = getelementptr inbounds i8, ptr %gep3949.2, i64 42240
  %1765 = load float, ptr %1764, align 4
  %1766 = insertelement <16 x float> poison, float %1765, i64 0
  %1767 = shufflevector <16 x float> %1766, <16 x float> poison, <16 x i32> zeroinitializer
  %1768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1767, <16 x float> %1738, <16 x float> %acc5.03099.2)
  %1769 = getelementptr inbounds i8, ptr %gep3949.2, i64 42496
  %1770 = load float, ptr %1769, align 4
  %1771 = insertelement <16 x float> poison, float %1770, i64 0
  %1772 = shufflevector <16 x float> %1771, <16 x float> poison, <16 x i32> zeroinitializer
  %1773 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1772, <16 x float> %1738, <16 x float> %acc6.03098.2)
  %1774 = getelementptr inbounds i8, ptr %gep3949.2, i64 42752
  %1775 = load float, ptr %1774, align 4
  %1776 = insertelement <16 x float> poison, float %1775, i64 0
  %1777 = shufflevector <16 x float> %1776, <16 x float> poison, <16 x i32> zeroinitializer
  %1778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1777, <16 x float> %1738, <16 x float> %acc7.03097.2)
  %p3.next.2 = add nuw nsw i64 %p3.addr.03096.2, 1
  %exitcond3654.not.2 = icmp eq i64 %p3.next.2, 64
  br i1 %exitcond3654.not.2, label %p3.exit.2, label %p3.body.2

p3.exit.2:                                        ; preds = %p3.body.2
  %1779 = getelementptr inbounds i8, ptr %1631, i64 128
  store <16 x float> %1743, ptr %1779, align 4
  %1780 = getelementptr inbounds i8, ptr %1633, i64 128
  store <16 x float> %1748, ptr %1780, align 4
  %1781 = getelementptr inbounds i8, ptr %1635, i64 128
  store <16 x float> %1753, ptr %1781, align 4
  %1782 = getelementptr inbounds i8, ptr %1637, i64 128
  store <16 x float> %1758, ptr %1782, align 4
  %1783 = getelementptr inbounds i8, ptr %1639, i64 128
  store <16 x float> %1763, ptr %1783, align 4
  %1784 = getelementptr inbounds i8, ptr %1641, i64 128
  store <16 x float> %1768, ptr %1784, align 4
  %1785 = getelementptr inbounds i8, ptr %1643, i64 128
  store <16 x float> %1773, ptr %1785, align 4
  %1786 = getelementptr inbounds i8, ptr %1645, i64 128
  store <16 x float> %1778, ptr %1786, align 4
  %1787 = icmp ugt i64 %i23.addr.03106, 40
  br i1 %1787, label %p3.body.3, label %i23.head.loopexit

p3.body.3:                                        ; preds = %p3.exit.2, %p3.body.3
  %acc.03104.3 = phi <16 x float> [ %1793, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc1.03103.3 = phi <16 x float> [ %1798, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc2.03102.3 = phi <16 x float> [ %1803, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc3.03101.3 = phi <16 x float> [ %1808, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc4.03100.3 = phi <16 x float> [ %1813, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc5.03099.3 = phi <16 x float> [ %1818, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc6.03098.3 = phi <16 x float> [ %1823, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc7.03097.3 = phi <16 x float> [ %1828, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %p3.addr.03096.3 = phi i64 [ %p3.next.3, %p3.body.3 ], [ 0, %p3.exit.2 ]
  %.idx3028.3 = shl nuw nsw i64 %p3.addr.03096.3, 8
  %gep3095.3 = getelementptr inbounds i8, ptr %invariant.gep3094.3, i64 %.idx3028.3
  %1788 = load <16 x float>, ptr %gep3095.3, align 4
  %gep3949.3 = getelementptr inbounds float, ptr %invariant.gep3948, i64 %p3.addr.03096.3
  %1789 = getelementptr inbounds i8, ptr %gep3949.3, i64 40960
  %1790 = load float, ptr %1789, align 4
  %1791 = insertelement <16 x float> poison, float %1790, i64 0
  %1792 = shufflevector <16 x float> %1791, <16 x float> poison, <16 x i32> zeroinitializer
  %1793 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1792, <16 x float> %1788, <16 x float> %acc.03104.3)
  %1794 = getelementptr inbounds i8, ptr %gep3949.3, i64 41216
  %1795 = load float, ptr %1794, align 4
  %1796 = insertelement <16 x float> poison, float %1795, i64 0
  %1797 = shufflevector <16 x float> %1796, <16 x float> poison, <16 x i32> zeroinitializer
  %1798 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1797, <16 x float> %1788, <16 x float> %acc1.03103.3)
  %1799 = getelementptr inbounds i8, ptr %gep3949.3, i64 41472
  %1800 = load float, ptr %1799, align 4
  %1801 = insertelement <16 x float> poison, float %1800, i64 0
  %1802 = shufflevector <16 x float> %1801, <16 x float> poison, <16 x i32> zeroinitializer
  %1803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1788, <16 x float> %acc2.03102.3)
  %1804 = getelementptr inbounds i8, ptr %gep3949.3, i64 41728
  %1805 = load float, ptr %1804, align 4
  %1806 = insertelement <16 x float> poison, float %1805, i64 0
  %1807 = shufflevector <16 x float> %1806, <16 x float> poison, <16 x i32> zeroinitializer
  %1808 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1807, <16 x float> %1788, <16 x float> %acc3.03101.3)
  %1809 = getelementptr inbounds i8, ptr %gep3949.3, i64 41984
  %1810 = load float, ptr %1809, align 4
  %1811 = insertelement <16 x float> poison, float %1810, i64 0
  %1812 = shufflevector <16 x float> %1811, <16 x float> poison, <16 x i32> zeroinitializer
  %1813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1812, <16 x float> %1788, <16 x float> %acc4.03100.3)
  %1814 = getelementptr inbounds i8, ptr %gep3949.3, i64 42240
  %1815 = load float, ptr %1814, align 4
  %1816 = insertelement <16 x float> poison, float %1815, i64 0
  %1817 = shufflevector <16 x float> %1816, <16 x float> poison, <16 x i32> zeroinitializer
  %1818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1817, <16 x float> %1788, <16 x float> %acc5.03099.3)
  %1819 = getelementptr inbounds i8, ptr %gep3949.3, i64 42496
  %1820 = load float, ptr %1819, align 4
  %1821 = insertelement <16 x float> poison, float %1820, i64 0
  %1822 = shufflevector <16 x float> %1821, <16 x float> poison, <16 x i32> zeroinitializer
  %1823 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1822, <16 x float> %1788, <16 x float> %acc6.03098.3)
  %1824 = getelementptr inbounds i8, ptr %gep3949.3, i64 42752
  %1825 = load float, ptr %1824, align 4
  %1826 = insertelement <16 x float> poison, float %1825, i64 0
  %1827 = shufflevector <16 x float> %1826, <16 x float> poison, <16 x i32> zeroinitializer
  %1828 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1827, <16 x float> %1788, <16 x float> %acc7.03097.3)
  %p3.next.3 = add nuw nsw i64 %p3.addr.03096.3, 1
  %exitcond3654.not.3 = icmp eq i64 %p3.next.3, 64
  br i1 %exitcond3654.not.3, label %p3.exit.3, label %p3.body.3

p3.exit.3:                                        ; preds = %p3.body.3
  %1829 = getelementptr inbounds i8, ptr %1631, i64 192
  store <16 x float> %1793, ptr %1829, align 4
  %1830 = getelementptr inbounds i8, ptr %1633, i64 192
  store <16 x float> %1798, ptr %1830, align 4
  %1831 = getelementptr inbounds i8, ptr %1635, i64 192
  store <16 x float> %1803, ptr %1831, align 4
  %1832 = getelementptr inbounds i8, ptr %1637, i64 192
  store <16 x float> %1808, ptr %1832, align 4
  %1833 = getelementptr inbounds i8, ptr %1639, i64 192
  store <16 x float> %1813, ptr %1833, align 4
  %1834 = getelementptr inbounds i8, ptr %1641, i64 192
  store <16 x float> %1818, ptr %1834, align 4
  %1835 = getelementptr inbounds i8, ptr %1643, i64 192
  store <16 x float> %1823, ptr %1835, align 4
  %1836 = getelementptr inbounds i8, ptr %1645, i64 192
  store <16 x float> %1828, ptr %1836, align 4
  br label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.03125 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1837 = shl nuw nsw i64 %i24.addr.03125, 6
  %1838 = shl nuw nsw i64 %i24.addr.03125, 7
  %1839 = or disjoint i64 %1838, 128
  %1840 = or disjoint i64 %1838, 256
  %1841 = or disjoint i64 %1838, 384
  %invariant.gep3950 = getelementptr inbounds float, ptr %Bk, i64 %1837
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.03123 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1858, %p4.body ]
  %acc9.03122 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1859, %p4.body ]
  %acc10.03121 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1860, %p4.body ]
  %acc11.03120 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1861, %p4.body ]
  %acc12.03119 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1866, %p4.body ]
  %acc13.03118 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1867, %p4.body ]
  %acc14.03117 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1868, %p4.body ]
  %acc15.03116 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1869, %p4.body ]
  %acc16.03115 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1874, %p4.body ]
  %acc17.03114 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1875, %p4.body ]
  %acc18.03113 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1876, %p4.body ]
  %acc19.03112 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1877, %p4.body ]
  %acc20.03111 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1882, %p4.body ]
  %acc21.03110 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1883, %p4.body ]
  %acc22.03109 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1884, %p4.body ]
  %acc23.03108 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1885, %p4.body ]
  %p4.addr.03107 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1842 = shl nuw nsw i64 %p4.addr.03107, 7
  %1843 = getelementptr inbounds float, ptr %work, i64 %1842
  %1844 = load <16 x float>, ptr %1843, align 4
  %1845 = or disjoint i64 %1842, 16
  %1846 = getelementptr inbounds float, ptr %work, i64 %1845
  %1847 = load <16 x float>, ptr %1846, align 4
  %1848 = or disjoint i64 %1842, 32
  %1849 = getelementptr inbounds float, ptr %work, i64 %1848
  %1850 = load <16 x float>, ptr %1849, align 4
  %1851 = or disjoint i64 %1842, 48
  %1852 = getelementptr inbounds float, ptr %work, i64 %1851
  %1853 = load <16 x float>, ptr %1852, align 4
  %gep3951 = getelementptr inbounds float, ptr %invariant.gep3950, i64 %p4.addr.03107
  %1854 = getelementptr inbounds i8, ptr %gep3951, i64 40960
  %1855 = load float, ptr %1854, align 4
  %1856 = insertelement <16 x float> poison, float %1855, i64 0
  %1857 = shufflevector <16 x float> %1856, <16 x float> poison, <16 x i32> zeroinitializer
  %1858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1844, <16 x float> %acc8.03123)
  %1859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1847, <16 x float> %acc9.03122)
  %1860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1850, <16 x float> %acc10.03121)
  %1861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1853, <16 x float> %acc11.03120)
  %1862 = getelementptr inbounds i8, ptr %gep3951, i64 41216
  %1863 = load float, ptr %1862, align 4
  %1864 = insertelement <16 x float> poison, float %1863, i64 0
  %1865 = shufflevector <16 x float> %1864, <16 x float> poison, <16 x i32> zeroinitializer
  %1866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1844, <16 x float> %acc12.03119)
  %1867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1847, <16 x float> %acc13.03118)
  %1868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1850, <16 x float> %acc14.03117)
  %1869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1853, <16 x float> %acc15.03116)
  %1870 = getelementptr inbounds i8, ptr %gep3951, i64 41472
  %1871 = load float, ptr %1870, align 4
  %1872 = insertelement <16 x float> poison, float %1871, i64 0
  %1873 = shufflevector <16 x float> %1872, <16 x float> poison, <16 x i32> zeroinitializer
  %1874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1844, <16 x float> %acc16.03115)
  %1875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1847, <16 x float> %acc17.03114)
  %1876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1850, <16 x float> %acc18.03113)
  %1877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1853, <16 x float> %acc19.03112)
  %1878 = getelementptr inbounds i8, ptr %gep3951, i64 41728
  %1879 = load float, ptr %1878, align 4
  %1880 = insertelement <16 x float> poison, float %1879, i64 0
  %1881 = shufflevector <16 x float> %1880, <16 x float> poison, <16 x i32> zeroinitializer
  %1882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1881, <16 x float> %1844, <16 x float> %acc20.03111)
  %1883 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1881, <16 x float> %1847, <16 x float> %acc21.03110)
  %1884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1881, <16 x float> %1850, <16 x float> %acc22.03109)
  %1885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1881, <16 x float> %1853, <16 x float> %acc23.03108)
  %p4.next = add nuw nsw i64 %p4.addr.03107, 1
  %exitcond3655.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3655.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1886 = getelementptr inbounds float, ptr %KSdS, i64 %1838
  store <16 x float> %1858, ptr %1886, align 4
  %1887 = or disjoint i64 %1838, 16
  %1888 = getelementptr inbounds float, ptr %KSdS, i64 %1887
  store <16 x float> %1859, ptr %1888, align 4
  %1889 = or disjoint i64 %1838, 32
  %1890 = getelementptr inbounds float, ptr %KSdS, i64 %1889
  store <16 x float> %1860, ptr %1890, align 4
  %1891 = or disjoint i64 %1838, 48
  %1892 = getelementptr inbounds float, ptr %KSdS, i64 %1891
  store <16 x float> %1861, ptr %1892, align 4
  %1893 = getelementptr inbounds float, ptr %KSdS, i64 %1839
  store <16 x float> %1866, ptr %1893, align 4
  %1894 = or disjoint i64 %1838, 144
  %1895 = getelementptr inbounds float, ptr %KSdS, i64 %1894
  store <16 x float> %1867, ptr %1895, align 4
  %1896 = or disjoint i64 %1838, 160
  %1897 = getelementptr inbounds float, ptr %KSdS, i64 %1896
  store <16 x float> %1868, ptr %1897, align 4
  %1898 = or disjoint i64 %1838, 176
  %1899 = getelementptr inbounds float, ptr %KSdS, i64 %1898
  store <16 x float> %1869, ptr %1899, align 4
  %1900 = getelementptr inbounds float, ptr %KSdS, i64 %1840
  store <16 x float> %1874, ptr %1900, align 4
  %1901 = or disjoint i64 %1838, 272
  %1902 = getelementptr inbounds float, ptr %KSdS, i64 %1901
  store <16 x float> %1875, ptr %1902, align 4
  %1903 = or disjoint i64 %1838, 288
  %1904 = getelementptr inbounds float, ptr %KSdS, i64 %1903
  store <16 x float> %1876, ptr %1904, align 4
  %1905 = or disjoint i64 %1838, 304
  %1906 = getelementptr inbounds float, ptr %KSdS, i64 %1905
  store <16 x float> %1877, ptr %1906, align 4
  %1907 = getelementptr inbounds float, ptr %KSdS, i64 %1841
  store <16 x float> %1882, ptr %1907, align 4
  %1908 = or disjoint i64 %1838, 400
  %1909 = getelementptr inbounds float, ptr %KSdS, i64 %1908
  store <16 x float> %1883, ptr %1909, align 4
  %1910 = or disjoint i64 %1838, 416
  %1911 = getelementptr inbounds float, ptr %KSdS, i64 %1910
  store <16 x float> %1884, ptr %1911, align 4
  %1912 = or disjoint i64 %1838, 432
  %1913 = getelementptr inbounds float, ptr %KSdS, i64 %1912
  store <16 x float> %1885, ptr %1913, align 4
  %invariant.gep3952 = getelementptr inbounds float, ptr %Bk, i64 %1837
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.03123.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1931, %p4.body.1 ]
  %acc9.03122.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1932, %p4.body.1 ]
  %acc10.03121.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1933, %p4.body.1 ]
  %acc11.03120.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1934, %p4.body.1 ]
  %acc12.03119.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1939, %p4.body.1 ]
  %acc13.03118.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1940, %p4.body.1 ]
  %acc14.03117.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1941, %p4.body.1 ]
  %acc15.03116.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1942, %p4.body.1 ]
  %acc16.03115.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1947, %p4.body.1 ]
  %acc17.03114.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1948, %p4.body.1 ]
  %acc18.03113.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1949, %p4.body.1 ]
  %acc19.03112.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1950, %p4.body.1 ]
  %acc20.03111.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1955, %p4.body.1 ]
  %acc21.03110.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1956, %p4.body.1 ]
  %acc22.03109.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1957, %p4.body.1 ]
  %acc23.03108.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1958, %p4.body.1 ]
  %p4.addr.03107.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1914 = shl nuw nsw i64 %p4.addr.03107.1, 7
  %1915 = or disjoint i64 %1914, 64
  %1916 = getelementptr inbounds float, ptr %work, i64 %1915
  %1917 = load <16 x float>, ptr %1916, align 4
  %1918 = or disjoint i64 %1914, 80
  %1919 = getelementptr inbounds float, ptr %work, i64 %1918
  %1920 = load <16 x float>, ptr %1919, align 4
  %1921 = or disjoint i64 %1914, 96
  %1922 = getelementptr inbounds float, ptr %work, i64 %1921
  %1923 = load <16 x float>, ptr %1922, align 4
  %1924 = or disjoint i64 %1914, 112
  %1925 = getelementptr inbounds float, ptr %work, i64 %1924
  %1926 = load <16 x float>, ptr %1925, align 4
  %gep3953 = getelementptr inbounds float, ptr %invariant.gep3952, i64 %p4.addr.03107.1
  %1927 = getelementptr inbounds i8, ptr %gep3953, i64 40960
  %1928 = load float, ptr %1927, align 4
  %1929 = insertelement <16 x float> poison, float %1928, i64 0
  %1930 = shufflevector <16 x float> %1929, <16 x float> poison, <16 x i32> zeroinitializer
  %1931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1917, <16 x float> %acc8.03123.1)
  %1932 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1920, <16 x float> %acc9.03122.1)
  %1933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1923, <16 x float> %acc10.03121.1)
  %1934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1926, <16 x float> %acc11.03120.1)
  %1935 = getelementptr inbounds i8, ptr %gep3953, i64 41216
  %1936 = load float, ptr %1935, align 4
  %1937 = insertelement <16 x float> poison, float %1936, i64 0
  %1938 = shufflevector <16 x float> %1937, <16 x float> poison, <16 x i32> zeroinitializer
  %1939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1917, <16 x float> %acc12.03119.1)
  %1940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1920, <16 x float> %acc13.03118.1)
  %1941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1923, <16 x float> %acc14.03117.1)
  %1942 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1926, <16 x float> %acc15.03116.1)
  %1943 = getelementptr inbounds i8, ptr %gep3953, i64 41472
  %1944 = load float, ptr %1943, align 4
  %1945 = insertelement <16 x float> poison, float %1944, i64 0
  %1946 = shufflevector <16 x float> %1945, <16 x float> poison, <16 x i32> zeroinitializer
  %1947 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1946, <16 x float> %1917, <16 x float> %acc16.03115.1)
  %1948 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1946, <16 x float> %1920, <16 x float> %acc17.03114.1)
  %1949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1946, <16 x float> %1923, <16 x float> %acc18.03113.1)
  %1950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1946, <16 x float> %1926, <16 x float> %acc19.03112.1)
  %1951 = getelementptr inbounds i8, ptr %gep3953, i64 41728
  %1952 = load float, ptr %1951, align 4
  %1953 = insertelement <16 x float> poison, float %1952, i64 0
  %1954 = shufflevector <16 x float> %1953, <16 x float> poison, <16 x i32> zeroinitializer
  %1955 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1954, <16 x float> %1917, <16 x float> %acc20.03111.1)
  %1956 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1954, <16 x float> %1920, <16 x float> %acc21.03110.1)
  %1957 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1954, <16 x float> %1923, <16 x float> %acc22.03109.1)
  %1958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1954, <16 x float> %1926, <16 x float> %acc23.03108.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.03107.1, 1
  %exitcond3655.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3655.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1959 = or disjoint i64 %1838, 64
  %1960 = getelementptr inbounds float, ptr %KSdS, i64 %1959
  store <16 x float> %1931, ptr %1960, align 4
  %1961 = or disjoint i64 %1838, 80
  %1962 = getelementptr inbounds float, ptr %KSdS, i64 %1961
  store <16 x float> %1932, ptr %1962, align 4
  %1963 = or disjoint i64 %1838, 96
  %1964 = getelementptr inbounds float, ptr %KSdS, i64 %1963
  store <16 x float> %1933, ptr %1964, align 4
  %1965 = or disjoint i64 %1838, 112
  %1966 = getelementptr inbounds float, ptr %KSdS, i64 %1965
  store <16 x float> %1934, ptr %1966, align 4
  %1967 = or disjoint i64 %1838, 192
  %1968 = getelementptr inbounds float, ptr %KSdS, i64 %1967
  store <16 x float> %1939, ptr %1968, align 4
  %1969 = or disjoint i64 %1838, 208
  %1970 = getelementptr inbounds float, ptr %KSdS, i64 %1969
  store <16 x float> %1940, ptr %1970, align 4
  %1971 = or disjoint i64 %1838, 224
  %1972 = getelementptr inbounds float, ptr %KSdS, i64 %1971
  store <16 x float> %1941, ptr %1972, align 4
  %1973 = or disjoint i64 %1838, 240
  %1974 = getelementptr inbounds float, ptr %KSdS, i64 %1973
  store <16 x float> %1942, ptr %1974, align 4
  %1975 = or disjoint i64 %1838, 320
  %1976 = getelementptr inbounds float, ptr %KSdS, i64 %1975
  store <16 x float> %1947, ptr %1976, align 4
  %1977 = or disjoint i64 %1838, 336
  %1978 = getelementptr inbounds float, ptr %KSdS, i64 %1977
  store <16 x float> %1948, ptr %1978, align 4
  %1979 = or disjoint i64 %1838, 352
  %1980 = getelementptr inbounds float, ptr %KSdS, i64 %1979
  store <16 x float> %1949, ptr %1980, align 4
  %1981 = or disjoint i64 %1838, 368
  %1982 = getelementptr inbounds float, ptr %KSdS, i64 %1981
  store <16 x float> %1950, ptr %1982, align 4
  %1983 = or disjoint i64 %1838, 448
  %1984 = getelementptr inbounds float, ptr %KSdS, i64 %1983
  store <16 x float> %1955, ptr %1984, align 4
  %1985 = or disjoint i64 %1838, 464
  %1986 = getelementptr inbounds float, ptr %KSdS, i64 %1985
  store <16 x float> %1956, ptr %1986, align 4
  %1987 = or disjoint i64 %1838, 480
  %1988 = getelementptr inbounds float, ptr %KSdS, i64 %1987
  store <16 x float> %1957, ptr %1988, align 4
  %1989 = or disjoint i64 %1838, 496
  %1990 = getelementptr inbounds float, ptr %KSdS, i64 %1989
  store <16 x float> %1958, ptr %1990, align 4
  %i24.next = add nuw nsw i64 %i24.addr.03125, 4
  %1991 = icmp ult i64 %i24.addr.03125, 60
  br i1 %1991, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.03127 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3426 = shl nsw i64 %i25.addr.03127, 8
  %1992 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3426
  %1993 = load <16 x float>, ptr %1992, align 4
  %.idx3427 = shl nsw i64 %i25.addr.03127, 9
  %1994 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3427
  %1995 = load <16 x float>, ptr %1994, align 4
  %1996 = fsub <16 x float> %1993, %1995
  store <16 x float> %1996, ptr %1992, align 4
  %1997 = getelementptr inbounds i8, ptr %63, i64 %.idx3426
  %1998 = load <16 x float>, ptr %1997, align 4
  %1999 = getelementptr inbounds i8, ptr %64, i64 %.idx3427
  %2000 = load <16 x float>, ptr %1999, align 4
  %2001 = fsub <16 x float> %1998, %2000
  store <16 x float> %2001, ptr %1997, align 4
  %2002 = getelementptr inbounds i8, ptr %65, i64 %.idx3426
  %2003 = load <16 x float>, ptr %2002, align 4
  %2004 = getelementptr inbounds i8, ptr %66, i64 %.idx3427
  %2005 = load <16 x float>, ptr %2004, align 4
  %2006 = fsub <16 x float> %2003, %2005
  store <16 x float> %2006, ptr %2002, align 4
  %2007 = getelementptr inbounds i8, ptr %67, i64 %.idx3426
  %2008 = load <16 x float>, ptr %2007, align 4
  %2009 = getelementptr inbounds i8, ptr %68, i64 %.idx3427
  %2010 = load <16 x float>, ptr %2009, align 4
  %2011 = fsub <16 x float> %2008, %2010
  store <16 x float> %2011, ptr %2007, align 4
  %i25.next = or disjoint i64 %i25.addr.03127, 1
  %.idx3426.1 = shl nsw i64 %i25.next, 8
  %2012 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3426.1
  %2013 = load <16 x float>, ptr %2012, align 4
  %.idx3427.1 = shl nsw i64 %i25.next, 9
  %2014 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3427.1
  %2015 = load <16 x float>, ptr %2014, align 4
  %2016 = fsub <16 x float> %2013, %2015
  store <16 x float> %2016, ptr %2012, align 4
  %2017 = getelementptr inbounds i8, ptr %63, i64 %.idx3426.1
  %2018 = load <16 x float>, ptr %2017, align 4
  %2019 = getelementptr inbounds i8, ptr %64, i64 %.idx3427.1
  %2020 = load <16 x float>, ptr %2019, align 4
  %2021 = fsub <16 x float> %2018, %2020
  store <16 x float> %2021, ptr %2017, align 4
  %2022 = getelementptr inbounds i8, ptr %65, i64 %.idx3426.1
  %2023 = load <16 x float>, ptr %2022, align 4
  %2024 = getelementptr inbounds i8, ptr %66, i64 %.idx3427.1
  %2025 = load <16 x float>, ptr %2024, align 4
  %2026 = fsub <16 x float> %2023, %2025
  store <16 x float> %2026, ptr %2022, align 4
  %2027 = getelementptr inbounds i8, ptr %67, i64 %.idx3426.1
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = getelementptr inbounds i8, ptr %68, i64 %.idx3427.1
  %2030 = load <16 x float>, ptr %2029, align 4
  %2031 = fsub <16 x float> %2028, %2030
  store <16 x float> %2031, ptr %2027, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.03127, 2
  %exitcond3656.not.1 = icmp eq i64 %i25.next.1, 64
  br i1 %exitcond3656.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.03160 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.03160, 2
  %.not3428 = icmp eq i64 %ib.addr.03160, 0
  br i1 %.not3428, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx3026 = shl nuw nsw i64 %ib.addr.03160, 10
  %2032 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3026
  %2033 = shl nuw nsw i64 %ib.addr.03160, 8
  %2034 = or disjoint i64 %2033, 64
  %2035 = getelementptr inbounds float, ptr %Gm, i64 %2034
  %2036 = or disjoint i64 %2033, 128
  %2037 = getelementptr inbounds float, ptr %Gm, i64 %2036
  %2038 = or disjoint i64 %2033, 192
  %2039 = getelementptr inbounds float, ptr %Gm, i64 %2038
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.03144 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2056, %j21.body ]
  %acc25.03143 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2057, %j21.body ]
  %acc26.03142 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2058, %j21.body ]
  %acc27.03141 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2059, %j21.body ]
  %acc28.03140 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2064, %j21.body ]
  %acc29.03139 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2065, %j21.body ]
  %acc30.03138 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2066, %j21.body ]
  %acc31.03137 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2067, %j21.body ]
  %acc32.03136 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2072, %j21.body ]
  %acc33.03135 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2073, %j21.body ]
  %acc34.03134 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2074, %j21.body ]
  %acc35.03133 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2075, %j21.body ]
  %acc36.03132 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2080, %j21.body ]
  %acc37.03131 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2081, %j21.body ]
  %acc38.03130 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2082, %j21.body ]
  %acc39.03129 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2083, %j21.body ]
  %j21.addr.03128 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %2040 = shl nsw i64 %j21.addr.03128, 6
  %2041 = getelementptr inbounds float, ptr %Vn, i64 %2040
  %2042 = load <16 x float>, ptr %2041, align 4
  %2043 = or disjoint i64 %2040, 16
  %2044 = getelementptr inbounds float, ptr %Vn, i64 %2043
  %2045 = load <16 x float>, ptr %2044, align 4
  %2046 = or disjoint i64 %2040, 32
  %2047 = getelementptr inbounds float, ptr %Vn, i64 %2046
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = or disjoint i64 %2040, 48
  %2050 = getelementptr inbounds float, ptr %Vn, i64 %2049
  %2051 = load <16 x float>, ptr %2050, align 4
  %2052 = getelementptr inbounds float, ptr %2032, i64 %j21.addr.03128
  %2053 = load float, ptr %2052, align 4
  %2054 = insertelement <16 x float> poison, float %2053, i64 0
  %2055 = shufflevector <16 x float> %2054, <16 x float> poison, <16 x i32> zeroinitializer
  %2056 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2055, <16 x float> %2042, <16 x float> %acc24.03144)
  %2057 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2055, <16 x float> %2045, <16 x float> %acc25.03143)
  %2058 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2055, <16 x float> %2048, <16 x float> %acc26.03142)
  %2059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2055, <16 x float> %2051, <16 x float> %acc27.03141)
  %2060 = getelementptr inbounds float, ptr %2035, i64 %j21.addr.03128
  %2061 = load float, ptr %2060, align 4
  %2062 = insertelement <16 x float> poison, float %2061, i64 0
  %2063 = shufflevector <16 x float> %2062, <16 x float> poison, <16 x i32> zeroinitializer
  %2064 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2063, <16 x float> %2042, <16 x float> %acc28.03140)
  %2065 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2063, <16 x float> %2045, <16 x float> %acc29.03139)
  %2066 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2063, <16 x float> %2048, <16 x float> %acc30.03138)
  %2067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2063, <16 x float> %2051, <16 x float> %acc31.03137)
  %2068 = getelementptr inbounds float, ptr %2037, i64 %j21.addr.03128
  %2069 = load float, ptr %2068, align 4
  %2070 = insertelement <16 x float> poison, float %2069, i64 0
  %2071 = shufflevector <16 x float> %2070, <16 x float> poison, <16 x i32> zeroinitializer
  %2072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2071, <16 x float> %2042, <16 x float> %acc32.03136)
  %2073 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2071, <16 x float> %2045, <16 x float> %acc33.03135)
  %2074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2071, <16 x float> %2048, <16 x float> %acc34.03134)
  %2075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2071, <16 x float> %2051, <16 x float> %acc35.03133)
  %2076 = getelementptr inbounds float, ptr %2039, i64 %j21.addr.03128
  %2077 = load float, ptr %2076, align 4
  %2078 = insertelement <16 x float> poison, float %2077, i64 0
  %2079 = shufflevector <16 x float> %2078, <16 x float> poison, <16 x i32> zeroinitializer
  %2080 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2079, <16 x float> %2042, <16 x float> %acc36.03132)
  %2081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2079, <16 x float> %2045, <16 x float> %acc37.03131)
  %2082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2079, <16 x float> %2048, <16 x float> %acc38.03130)
  %2083 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2079, <16 x float> %2051, <16 x float> %acc39.03129)
  %j21.next = add nuw nsw i64 %j21.addr.03128, 1
  %exitcond3657.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3657.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %2033, %j21.body ]
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2083, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2082, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2081, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2080, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2075, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2074, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2073, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2072, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2067, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2066, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2065, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2064, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2059, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2058, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2057, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2056, %j21.body ]
  %2084 = getelementptr inbounds float, ptr %bet, i64 %i0
  %2085 = load float, ptr %2084, align 4
  %2086 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %2087 = load <16 x float>, ptr %2086, align 4
  %2088 = fsub <16 x float> %2087, %acc24.0.lcssa
  store <16 x float> %2088, ptr %2086, align 4
  %2089 = insertelement <16 x float> poison, float %2085, i64 0
  %2090 = shufflevector <16 x float> %2089, <16 x float> poison, <16 x i32> zeroinitializer
  %2091 = fmul <16 x float> %2090, %2088
  %2092 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %2091, ptr %2092, align 4
  %2093 = mul nuw nsw i64 %ib.addr.03160, 896
  %2094 = getelementptr inbounds float, ptr %Ak, i64 %2093
  store <16 x float> %2091, ptr %2094, align 4
  %2095 = or disjoint i64 %.pre-phi, 16
  %2096 = getelementptr inbounds float, ptr %Rr, i64 %2095
  %2097 = load <16 x float>, ptr %2096, align 4
  %2098 = fsub <16 x float> %2097, %acc25.0.lcssa
  store <16 x float> %2098, ptr %2096, align 4
  %2099 = fmul <16 x float> %2090, %2098
  %2100 = getelementptr inbounds float, ptr %Vn, i64 %2095
  store <16 x float> %2099, ptr %2100, align 4
  %2101 = or disjoint i64 %2093, 16
  %2102 = getelementptr inbounds float, ptr %Ak, i64 %2101
  store <16 x float> %2099, ptr %2102, align 4
  %2103 = or disjoint i64 %.pre-phi, 32
  %2104 = getelementptr inbounds float, ptr %Rr, i64 %2103
  %2105 = load <16 x float>, ptr %2104, align 4
  %2106 = fsub <16 x float> %2105, %acc26.0.lcssa
  store <16 x float> %2106, ptr %2104, align 4
  %2107 = fmul <16 x float> %2090, %2106
  %2108 = getelementptr inbounds float, ptr %Vn, i64 %2103
  store <16 x float> %2107, ptr %2108, align 4
  %2109 = or disjoint i64 %2093, 32
  %2110 = getelementptr inbounds float, ptr %Ak, i64 %2109
  store <16 x float> %2107, ptr %2110, align 4
  %2111 = or disjoint i64 %.pre-phi, 48
  %2112 = getelementptr inbounds float, ptr %Rr, i64 %2111
  %2113 = load <16 x float>, ptr %2112, align 4
  %2114 = fsub <16 x float> %2113, %acc27.0.lcssa
  store <16 x float> %2114, ptr %2112, align 4
  %2115 = fmul <16 x float> %2090, %2114
  %2116 = getelementptr inbounds float, ptr %Vn, i64 %2111
  store <16 x float> %2115, ptr %2116, align 4
  %2117 = or disjoint i64 %2093, 48
  %2118 = getelementptr inbounds float, ptr %Ak, i64 %2117
  store <16 x float> %2115, ptr %2118, align 4
  %i26 = or disjoint i64 %i0, 1
  %2119 = shl nuw nsw i64 %i26, 6
  %2120 = or disjoint i64 %2119, %i0
  %2121 = getelementptr inbounds float, ptr %Gm, i64 %2120
  %2122 = load float, ptr %2121, align 4
  %2123 = insertelement <16 x float> poison, float %2122, i64 0
  %2124 = shufflevector <16 x float> %2123, <16 x float> poison, <16 x i32> zeroinitializer
  %2125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2124, <16 x float> %2091, <16 x float> %acc28.0.lcssa)
  %2126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2124, <16 x float> %2099, <16 x float> %acc29.0.lcssa)
  %2127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2124, <16 x float> %2107, <16 x float> %acc30.0.lcssa)
  %2128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2124, <16 x float> %2115, <16 x float> %acc31.0.lcssa)
  %2129 = getelementptr inbounds float, ptr %bet, i64 %i26
  %2130 = load float, ptr %2129, align 4
  %2131 = getelementptr inbounds float, ptr %Rr, i64 %2119
  %2132 = load <16 x float>, ptr %2131, align 4
  %2133 = fsub <16 x float> %2132, %2125
  store <16 x float> %2133, ptr %2131, align 4
  %2134 = insertelement <16 x float> poison, float %2130, i64 0
  %2135 = shufflevector <16 x float> %2134, <16 x float> poison, <16 x i32> zeroinitializer
  %2136 = fmul <16 x float> %2135, %2133
  %2137 = getelementptr inbounds float, ptr %Vn, i64 %2119
  store <16 x float> %2136, ptr %2137, align 4
  %2138 = mul nuw nsw i64 %i26, 224
  %2139 = getelementptr inbounds float, ptr %Ak, i64 %2138
  store <16 x float> %2136, ptr %2139, align 4
  %2140 = or disjoint i64 %2119, 16
  %2141 = getelementptr inbounds float, ptr %Rr, i64 %2140
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = fsub <16 x float> %2142, %2126
  store <16 x float> %2143, ptr %2141, align 4
  %2144 = fmul <16 x float> %2135, %2143
  %2145 = getelementptr inbounds float, ptr %Vn, i64 %2140
  store <16 x float> %2144, ptr %2145, align 4
  %2146 = or disjoint i64 %2138, 16
  %2147 = getelementptr inbounds float, ptr %Ak, i64 %2146
  store <16 x float> %2144, ptr %2147, align 4
  %2148 = or disjoint i64 %2119, 32
  %2149 = getelementptr inbounds float, ptr %Rr, i64 %2148
  %2150 = load <16 x float>, ptr %2149, align 4
  %2151 = fsub <16 x float> %2150, %2127
  store <16 x float> %2151, ptr %2149, align 4
  %2152 = fmul <16 x float> %2135, %2151
  %2153 = getelementptr inbounds float, ptr %Vn, i64 %2148
  store <16 x float> %2152, ptr %2153, align 4
  %2154 = getelementptr inbounds i8, ptr %2139, i64 128
  store <16 x float> %2152, ptr %2154, align 4
  %2155 = or disjoint i64 %2119, 48
  %2156 = getelementptr inbounds float, ptr %Rr, i64 %2155
  %2157 = load <16 x float>, ptr %2156, align 4
  %2158 = fsub <16 x float> %2157, %2128
  store <16 x float> %2158, ptr %2156, align 4
  %2159 = fmul <16 x float> %2135, %2158
  %2160 = getelementptr inbounds float, ptr %Vn, i64 %2155
  store <16 x float> %2159, ptr %2160, align 4
  %2161 = getelementptr inbounds i8, ptr %2139, i64 192
  store <16 x float> %2159, ptr %2161, align 4
  %i27 = or disjoint i64 %i0, 2
  %2162 = shl nuw nsw i64 %i27, 6
  %2163 = or disjoint i64 %2162, %i0
  %2164 = getelementptr inbounds float, ptr %Gm, i64 %2163
  %2165 = load float, ptr %2164, align 4
  %2166 = insertelement <16 x float> poison, float %2165, i64 0
  %2167 = shufflevector <16 x float> %2166, <16 x float> poison, <16 x i32> zeroinitializer
  %2168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2167, <16 x float> %2091, <16 x float> %acc32.0.lcssa)
  %2169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2167, <16 x float> %2099, <16 x float> %acc33.0.lcssa)
  %2170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2167, <16 x float> %2107, <16 x float> %acc34.0.lcssa)
  %2171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2167, <16 x float> %2115, <16 x float> %acc35.0.lcssa)
  %2172 = or disjoint i64 %2162, %i26
  %2173 = getelementptr inbounds float, ptr %Gm, i64 %2172
  %2174 = load float, ptr %2173, align 4
  %2175 = insertelement <16 x float> poison, float %2174, i64 0
  %2176 = shufflevector <16 x float> %2175, <16 x float> poison, <16 x i32> zeroinitializer
  %2177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2136, <16 x float> %2168)
  %2178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2144, <16 x float> %2169)
  %2179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2152, <16 x float> %2170)
  %2180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2159, <16 x float> %2171)
  %2181 = getelementptr inbounds float, ptr %bet, i64 %i27
  %2182 = load float, ptr %2181, align 4
  %2183 = getelementptr inbounds float, ptr %Rr, i64 %2162
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = fsub <16 x float> %2184, %2177
  store <16 x float> %2185, ptr %2183, align 4
  %2186 = insertelement <16 x float> poison, float %2182, i64 0
  %2187 = shufflevector <16 x float> %2186, <16 x float> poison, <16 x i32> zeroinitializer
  %2188 = fmul <16 x float> %2187, %2185
  %2189 = getelementptr inbounds float, ptr %Vn, i64 %2162
  store <16 x float> %2188, ptr %2189, align 4
  %2190 = mul nuw nsw i64 %i27, 224
  %2191 = getelementptr inbounds float, ptr %Ak, i64 %2190
  store <16 x float> %2188, ptr %2191, align 4
  %2192 = or disjoint i64 %2162, 16
  %2193 = getelementptr inbounds float, ptr %Rr, i64 %2192
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = fsub <16 x float> %2194, %2178
  store <16 x float> %2195, ptr %2193, align 4
  %2196 = fmul <16 x float> %2187, %2195
  %2197 = getelementptr inbounds float, ptr %Vn, i64 %2192
  store <16 x float> %2196, ptr %2197, align 4
  %2198 = or disjoint i64 %2190, 16
  %2199 = getelementptr inbounds float, ptr %Ak, i64 %2198
  store <16 x float> %2196, ptr %2199, align 4
  %2200 = or disjoint i64 %2162, 32
  %2201 = getelementptr inbounds float, ptr %Rr, i64 %2200
  %2202 = load <16 x float>, ptr %2201, align 4
  %2203 = fsub <16 x float> %2202, %2179
  store <16 x float> %2203, ptr %2201, align 4
  %2204 = fmul <16 x float> %2187, %2203
  %2205 = getelementptr inbounds float, ptr %Vn, i64 %2200
  store <16 x float> %2204, ptr %2205, align 4
  %2206 = or disjoint i64 %2190, 32
  %2207 = getelementptr inbounds float, ptr %Ak, i64 %2206
  store <16 x float> %2204, ptr %2207, align 4
  %2208 = or disjoint i64 %2162, 48
  %2209 = getelementptr inbounds float, ptr %Rr, i64 %2208
  %2210 = load <16 x float>, ptr %2209, align 4
  %2211 = fsub <16 x float> %2210, %2180
  store <16 x float> %2211, ptr %2209, align 4
  %2212 = fmul <16 x float> %2187, %2211
  %2213 = getelementptr inbounds float, ptr %Vn, i64 %2208
  store <16 x float> %2212, ptr %2213, align 4
  %2214 = or disjoint i64 %2190, 48
  %2215 = getelementptr inbounds float, ptr %Ak, i64 %2214
  store <16 x float> %2212, ptr %2215, align 4
  %i28 = or disjoint i64 %i0, 3
  %2216 = shl nuw nsw i64 %i28, 6
  %2217 = or disjoint i64 %2216, %i0
  %2218 = getelementptr inbounds float, ptr %Gm, i64 %2217
  %2219 = load float, ptr %2218, align 4
  %2220 = insertelement <16 x float> poison, float %2219, i64 0
  %2221 = shufflevector <16 x float> %2220, <16 x float> poison, <16 x i32> zeroinitializer
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2091, <16 x float> %acc36.0.lcssa)
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2099, <16 x float> %acc37.0.lcssa)
  %2224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2107, <16 x float> %acc38.0.lcssa)
  %2225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2115, <16 x float> %acc39.0.lcssa)
  %2226 = or disjoint i64 %2216, %i26
  %2227 = getelementptr inbounds float, ptr %Gm, i64 %2226
  %2228 = load float, ptr %2227, align 4
  %2229 = insertelement <16 x float> poison, float %2228, i64 0
  %2230 = shufflevector <16 x float> %2229, <16 x float> poison, <16 x i32> zeroinitializer
  %2231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2136, <16 x float> %2222)
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2144, <16 x float> %2223)
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2152, <16 x float> %2224)
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2159, <16 x float> %2225)
  %2235 = or disjoint i64 %2216, %i27
  %2236 = getelementptr inbounds float, ptr %Gm, i64 %2235
  %2237 = load float, ptr %2236, align 4
  %2238 = insertelement <16 x float> poison, float %2237, i64 0
  %2239 = shufflevector <16 x float> %2238, <16 x float> poison, <16 x i32> zeroinitializer
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2188, <16 x float> %2231)
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2196, <16 x float> %2232)
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2204, <16 x float> %2233)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2212, <16 x float> %2234)
  %2244 = getelementptr inbounds float, ptr %bet, i64 %i28
  %2245 = load float, ptr %2244, align 4
  %2246 = getelementptr inbounds float, ptr %Rr, i64 %2216
  %2247 = load <16 x float>, ptr %2246, align 4
  %2248 = fsub <16 x float> %2247, %2240
  store <16 x float> %2248, ptr %2246, align 4
  %2249 = insertelement <16 x float> poison, float %2245, i64 0
  %2250 = shufflevector <16 x float> %2249, <16 x float> poison, <16 x i32> zeroinitializer
  %2251 = fmul <16 x float> %2250, %2248
  %2252 = getelementptr inbounds float, ptr %Vn, i64 %2216
  store <16 x float> %2251, ptr %2252, align 4
  %2253 = mul nuw nsw i64 %i28, 224
  %2254 = getelementptr inbounds float, ptr %Ak, i64 %2253
  store <16 x float> %2251, ptr %2254, align 4
  %2255 = or disjoint i64 %2216, 16
  %2256 = getelementptr inbounds float, ptr %Rr, i64 %2255
  %2257 = load <16 x float>, ptr %2256, align 4
  %2258 = fsub <16 x float> %2257, %2241
  store <16 x float> %2258, ptr %2256, align 4
  %2259 = fmul <16 x float> %2250, %2258
  %2260 = getelementptr inbounds float, ptr %Vn, i64 %2255
  store <16 x float> %2259, ptr %2260, align 4
  %2261 = or disjoint i64 %2253, 16
  %2262 = getelementptr inbounds float, ptr %Ak, i64 %2261
  store <16 x float> %2259, ptr %2262, align 4
  %2263 = or disjoint i64 %2216, 32
  %2264 = getelementptr inbounds float, ptr %Rr, i64 %2263
  %2265 = load <16 x float>, ptr %2264, align 4
  %2266 = fsub <16 x float> %2265, %2242
  store <16 x float> %2266, ptr %2264, align 4
  %2267 = fmul <16 x float> %2250, %2266
  %2268 = getelementptr inbounds float, ptr %Vn, i64 %2263
  store <16 x float> %2267, ptr %2268, align 4
  %2269 = getelementptr inbounds i8, ptr %2254, i64 128
  store <16 x float> %2267, ptr %2269, align 4
  %2270 = or disjoint i64 %2216, 48
  %2271 = getelementptr inbounds float, ptr %Rr, i64 %2270
  %2272 = load <16 x float>, ptr %2271, align 4
  %2273 = fsub <16 x float> %2272, %2243
  store <16 x float> %2273, ptr %2271, align 4
  %2274 = fmul <16 x float> %2250, %2273
  %2275 = getelementptr inbounds float, ptr %Vn, i64 %2270
  store <16 x float> %2274, ptr %2275, align 4
  %2276 = getelementptr inbounds i8, ptr %2254, i64 192
  store <16 x float> %2274, ptr %2276, align 4
  %ib.next = add nuw nsw i64 %ib.addr.03160, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3658.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond3658.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.03162 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %2277 = shl nuw nsw i64 %i29.addr.03162, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.03161 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %2278 = add nuw nsw i64 %j22.addr.03161, %2277
  %2279 = getelementptr inbounds float, ptr %Vn, i64 %2278
  %2280 = load <16 x float>, ptr %2279, align 4
  %2281 = or disjoint i64 %2278, 512
  %2282 = getelementptr inbounds float, ptr %Vn, i64 %2281
  %2283 = load <16 x float>, ptr %2282, align 4
  %2284 = or disjoint i64 %2278, 64
  %2285 = getelementptr inbounds float, ptr %Vn, i64 %2284
  %2286 = load <16 x float>, ptr %2285, align 4
  %2287 = or disjoint i64 %2278, 576
  %2288 = getelementptr inbounds float, ptr %Vn, i64 %2287
  %2289 = load <16 x float>, ptr %2288, align 4
  %2290 = or disjoint i64 %2278, 128
  %2291 = getelementptr inbounds float, ptr %Vn, i64 %2290
  %2292 = load <16 x float>, ptr %2291, align 4
  %2293 = or disjoint i64 %2278, 640
  %2294 = getelementptr inbounds float, ptr %Vn, i64 %2293
  %2295 = load <16 x float>, ptr %2294, align 4
  %2296 = or disjoint i64 %2278, 192
  %2297 = getelementptr inbounds float, ptr %Vn, i64 %2296
  %2298 = load <16 x float>, ptr %2297, align 4
  %2299 = or disjoint i64 %2278, 704
  %2300 = getelementptr inbounds float, ptr %Vn, i64 %2299
  %2301 = load <16 x float>, ptr %2300, align 4
  %2302 = or disjoint i64 %2278, 256
  %2303 = getelementptr inbounds float, ptr %Vn, i64 %2302
  %2304 = load <16 x float>, ptr %2303, align 4
  %2305 = or disjoint i64 %2278, 768
  %2306 = getelementptr inbounds float, ptr %Vn, i64 %2305
  %2307 = load <16 x float>, ptr %2306, align 4
  %2308 = or disjoint i64 %2278, 320
  %2309 = getelementptr inbounds float, ptr %Vn, i64 %2308
  %2310 = load <16 x float>, ptr %2309, align 4
  %2311 = or disjoint i64 %2278, 832
  %2312 = getelementptr inbounds float, ptr %Vn, i64 %2311
  %2313 = load <16 x float>, ptr %2312, align 4
  %2314 = or disjoint i64 %2278, 384
  %2315 = getelementptr inbounds float, ptr %Vn, i64 %2314
  %2316 = load <16 x float>, ptr %2315, align 4
  %2317 = or disjoint i64 %2278, 896
  %2318 = getelementptr inbounds float, ptr %Vn, i64 %2317
  %2319 = load <16 x float>, ptr %2318, align 4
  %2320 = or disjoint i64 %2278, 448
  %2321 = getelementptr inbounds float, ptr %Vn, i64 %2320
  %2322 = load <16 x float>, ptr %2321, align 4
  %2323 = or disjoint i64 %2278, 960
  %2324 = getelementptr inbounds float, ptr %Vn, i64 %2323
  %2325 = load <16 x float>, ptr %2324, align 4
  %2326 = shufflevector <16 x float> %2280, <16 x float> %2283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2327 = shufflevector <16 x float> %2304, <16 x float> %2307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2328 = shufflevector <16 x float> %2286, <16 x float> %2289, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2329 = shufflevector <16 x float> %2310, <16 x float> %2313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2330 = shufflevector <16 x float> %2292, <16 x float> %2295, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2331 = shufflevector <16 x float> %2316, <16 x float> %2319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2332 = shufflevector <16 x float> %2298, <16 x float> %2301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2333 = shufflevector <16 x float> %2322, <16 x float> %2325, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2334 = shufflevector <16 x float> %2280, <16 x float> %2283, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2335 = shufflevector <16 x float> %2304, <16 x float> %2307, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2336 = shufflevector <16 x float> %2286, <16 x float> %2289, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2337 = shufflevector <16 x float> %2310, <16 x float> %2313, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2338 = shufflevector <16 x float> %2292, <16 x float> %2295, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2339 = shufflevector <16 x float> %2316, <16 x float> %2319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2340 = shufflevector <16 x float> %2298, <16 x float> %2301, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2341 = shufflevector <16 x float> %2322, <16 x float> %2325, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2342 = shufflevector <16 x float> %2326, <16 x float> %2327, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2343 = shufflevector <16 x float> %2330, <16 x float> %2331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2344 = shufflevector <16 x float> %2328, <16 x float> %2329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2345 = shufflevector <16 x float> %2332, <16 x float> %2333, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2346 = shufflevector <16 x float> %2326, <16 x float> %2327, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2347 = shufflevector <16 x float> %2330, <16 x float> %2331, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2348 = shufflevector <16 x float> %2328, <16 x float> %2329, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2349 = shufflevector <16 x float> %2332, <16 x float> %2333, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2350 = shufflevector <16 x float> %2334, <16 x float> %2335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2351 = shufflevector <16 x float> %2338, <16 x float> %2339, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2352 = shufflevector <16 x float> %2336, <16 x float> %2337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2353 = shufflevector <16 x float> %2340, <16 x float> %2341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2354 = shufflevector <16 x float> %2334, <16 x float> %2335, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2355 = shufflevector <16 x float> %2338, <16 x float> %2339, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2356 = shufflevector <16 x float> %2336, <16 x float> %2337, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2357 = shufflevector <16 x float> %2340, <16 x float> %2341, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2358 = shufflevector <16 x float> %2342, <16 x float> %2343, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2359 = shufflevector <16 x float> %2344, <16 x float> %2345, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2360 = shufflevector <16 x float> %2342, <16 x float> %2343, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2361 = shufflevector <16 x float> %2344, <16 x float> %2345, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2362 = shufflevector <16 x float> %2346, <16 x float> %2347, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2363 = shufflevector <16 x float> %2348, <16 x float> %2349, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2364 = shufflevector <16 x float> %2346, <16 x float> %2347, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2365 = shufflevector <16 x float> %2348, <16 x float> %2349, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2366 = shufflevector <16 x float> %2350, <16 x float> %2351, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2367 = shufflevector <16 x float> %2352, <16 x float> %2353, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2368 = shufflevector <16 x float> %2350, <16 x float> %2351, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2369 = shufflevector <16 x float> %2352, <16 x float> %2353, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2370 = shufflevector <16 x float> %2354, <16 x float> %2355, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2371 = shufflevector <16 x float> %2356, <16 x float> %2357, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2372 = shufflevector <16 x float> %2354, <16 x float> %2355, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2373 = shufflevector <16 x float> %2356, <16 x float> %2357, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2374 = shufflevector <16 x float> %2358, <16 x float> %2359, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2375 = shl nuw nsw i64 %j22.addr.03161, 6
  %2376 = add nuw nsw i64 %2375, %i29.addr.03162
  %2377 = getelementptr inbounds float, ptr %VnT, i64 %2376
  store <16 x float> %2374, ptr %2377, align 4
  %2378 = shufflevector <16 x float> %2358, <16 x float> %2359, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2379 = or disjoint i64 %2376, 64
  %2380 = getelementptr inbounds float, ptr %VnT, i64 %2379
  store <16 x float> %2378, ptr %2380, align 4
  %2381 = shufflevector <16 x float> %2360, <16 x float> %2361, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2382 = or disjoint i64 %2376, 128
  %2383 = getelementptr inbounds float, ptr %VnT, i64 %2382
  store <16 x float> %2381, ptr %2383, align 4
  %2384 = shufflevector <16 x float> %2360, <16 x float> %2361, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2385 = or disjoint i64 %2376, 192
  %2386 = getelementptr inbounds float, ptr %VnT, i64 %2385
  store <16 x float> %2384, ptr %2386, align 4
  %2387 = shufflevector <16 x float> %2362, <16 x float> %2363, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2388 = or disjoint i64 %2376, 256
  %2389 = getelementptr inbounds float, ptr %VnT, i64 %2388
  store <16 x float> %2387, ptr %2389, align 4
  %2390 = shufflevector <16 x float> %2362, <16 x float> %2363, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2391 = or disjoint i64 %2376, 320
  %2392 = getelementptr inbounds float, ptr %VnT, i64 %2391
  store <16 x float> %2390, ptr %2392, align 4
  %2393 = shufflevector <16 x float> %2364, <16 x float> %2365, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2394 = or disjoint i64 %2376, 384
  %2395 = getelementptr inbounds float, ptr %VnT, i64 %2394
  store <16 x float> %2393, ptr %2395, align 4
  %2396 = shufflevector <16 x float> %2364, <16 x float> %2365, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2397 = or disjoint i64 %2376, 448
  %2398 = getelementptr inbounds float, ptr %VnT, i64 %2397
  store <16 x float> %2396, ptr %2398, align 4
  %2399 = shufflevector <16 x float> %2366, <16 x float> %2367, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2400 = or disjoint i64 %2376, 512
  %2401 = getelementptr inbounds float, ptr %VnT, i64 %2400
  store <16 x float> %2399, ptr %2401, align 4
  %2402 = shufflevector <16 x float> %2366, <16 x float> %2367, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2403 = or disjoint i64 %2376, 576
  %2404 = getelementptr inbounds float, ptr %VnT, i64 %2403
  store <16 x float> %2402, ptr %2404, align 4
  %2405 = shufflevector <16 x float> %2368, <16 x float> %2369, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2406 = or disjoint i64 %2376, 640
  %2407 = getelementptr inbounds float, ptr %VnT, i64 %2406
  store <16 x float> %2405, ptr %2407, align 4
  %2408 = shufflevector <16 x float> %2368, <16 x float> %2369, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2409 = or disjoint i64 %2376, 704
  %2410 = getelementptr inbounds float, ptr %VnT, i64 %2409
  store <16 x float> %2408, ptr %2410, align 4
  %2411 = shufflevector <16 x float> %2370, <16 x float> %2371, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2412 = or disjoint i64 %2376, 768
  %2413 = getelementptr inbounds float, ptr %VnT, i64 %2412
  store <16 x float> %2411, ptr %2413, align 4
  %2414 = shufflevector <16 x float> %2370, <16 x float> %2371, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2415 = or disjoint i64 %2376, 832
  %2416 = getelementptr inbounds float, ptr %VnT, i64 %2415
  store <16 x float> %2414, ptr %2416, align 4
  %2417 = shufflevector <16 x float> %2372, <16 x float> %2373, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2418 = or disjoint i64 %2376, 896
  %2419 = getelementptr inbounds float, ptr %VnT, i64 %2418
  store <16 x float> %2417, ptr %2419, align 4
  %2420 = shufflevector <16 x float> %2372, <16 x float> %2373, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2421 = or disjoint i64 %2376, 960
  %2422 = getelementptr inbounds float, ptr %VnT, i64 %2421
  store <16 x float> %2420, ptr %2422, align 4
  %j22.next = add nuw nsw i64 %j22.addr.03161, 16
  %2423 = icmp ult i64 %j22.addr.03161, 48
  br i1 %2423, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.03162, 16
  %2424 = icmp ult i64 %i29.addr.03162, 48
  br i1 %2424, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.03180 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx3696 = shl nsw i64 %i30.addr.03180, 8
  %invariant.gep3954 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3696
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.03179 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2435, %p6.body ]
  %acc41.03178 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2436, %p6.body ]
  %acc42.03177 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2441, %p6.body ]
  %acc43.03176 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2442, %p6.body ]
  %acc44.03175 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2447, %p6.body ]
  %acc45.03174 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2448, %p6.body ]
  %acc46.03173 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2453, %p6.body ]
  %acc47.03172 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2454, %p6.body ]
  %acc48.03171 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2459, %p6.body ]
  %acc49.03170 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2460, %p6.body ]
  %acc50.03169 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2465, %p6.body ]
  %acc51.03168 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2466, %p6.body ]
  %acc52.03167 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2471, %p6.body ]
  %acc53.03166 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2472, %p6.body ]
  %acc54.03165 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2477, %p6.body ]
  %acc55.03164 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2478, %p6.body ]
  %p6.addr.03163 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %2425 = shl nuw nsw i64 %p6.addr.03163, 5
  %2426 = getelementptr inbounds float, ptr %QcT, i64 %2425
  %2427 = load <16 x float>, ptr %2426, align 4
  %2428 = or disjoint i64 %2425, 16
  %2429 = getelementptr inbounds float, ptr %QcT, i64 %2428
  %2430 = load <16 x float>, ptr %2429, align 4
  %gep3955 = getelementptr inbounds float, ptr %invariant.gep3954, i64 %p6.addr.03163
  %2431 = getelementptr inbounds i8, ptr %gep3955, i64 40960
  %2432 = load float, ptr %2431, align 4
  %2433 = insertelement <16 x float> poison, float %2432, i64 0
  %2434 = shufflevector <16 x float> %2433, <16 x float> poison, <16 x i32> zeroinitializer
  %2435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2427, <16 x float> %acc40.03179)
  %2436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2430, <16 x float> %acc41.03178)
  %2437 = getelementptr inbounds i8, ptr %gep3955, i64 41216
  %2438 = load float, ptr %2437, align 4
  %2439 = insertelement <16 x float> poison, float %2438, i64 0
  %2440 = shufflevector <16 x float> %2439, <16 x float> poison, <16 x i32> zeroinitializer
  %2441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2440, <16 x float> %2427, <16 x float> %acc42.03177)
  %2442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2440, <16 x float> %2430, <16 x float> %acc43.03176)
  %2443 = getelementptr inbounds i8, ptr %gep3955, i64 41472
  %2444 = load float, ptr %2443, align 4
  %2445 = insertelement <16 x float> poison, float %2444, i64 0
  %2446 = shufflevector <16 x float> %2445, <16 x float> poison, <16 x i32> zeroinitializer
  %2447 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2446, <16 x float> %2427, <16 x float> %acc44.03175)
  %2448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2446, <16 x float> %2430, <16 x float> %acc45.03174)
  %2449 = getelementptr inbounds i8, ptr %gep3955, i64 41728
  %2450 = load float, ptr %2449, align 4
  %2451 = insertelement <16 x float> poison, float %2450, i64 0
  %2452 = shufflevector <16 x float> %2451, <16 x float> poison, <16 x i32> zeroinitializer
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2427, <16 x float> %acc46.03173)
  %2454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2430, <16 x float> %acc47.03172)
  %2455 = getelementptr inbounds i8, ptr %gep3955, i64 41984
  %2456 = load float, ptr %2455, align 4
  %2457 = insertelement <16 x float> poison, float %2456, i64 0
  %2458 = shufflevector <16 x float> %2457, <16 x float> poison, <16 x i32> zeroinitializer
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2427, <16 x float> %acc48.03171)
  %2460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2430, <16 x float> %acc49.03170)
  %2461 = getelementptr inbounds i8, ptr %gep3955, i64 42240
  %2462 = load float, ptr %2461, align 4
  %2463 = insertelement <16 x float> poison, float %2462, i64 0
  %2464 = shufflevector <16 x float> %2463, <16 x float> poison, <16 x i32> zeroinitializer
  %2465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2427, <16 x float> %acc50.03169)
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2430, <16 x float> %acc51.03168)
  %2467 = getelementptr inbounds i8, ptr %gep3955, i64 42496
  %2468 = load float, ptr %2467, align 4
  %2469 = insertelement <16 x float> poison, float %2468, i64 0
  %2470 = shufflevector <16 x float> %2469, <16 x float> poison, <16 x i32> zeroinitializer
  %2471 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2470, <16 x float> %2427, <16 x float> %acc52.03167)
  %2472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2470, <16 x float> %2430, <16 x float> %acc53.03166)
  %2473 = getelementptr inbounds i8, ptr %gep3955, i64 42752
  %2474 = load float, ptr %2473, align 4
  %2475 = insertelement <16 x float> poison, float %2474, i64 0
  %2476 = shufflevector <16 x float> %2475, <16 x float> poison, <16 x i32> zeroinitializer
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2427, <16 x float> %acc54.03165)
  %2478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2430, <16 x float> %acc55.03164)
  %p6.next = add nuw nsw i64 %p6.addr.03163, 1
  %exitcond3659.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3659.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %2479 = shl nuw nsw i64 %i30.addr.03180, 5
  %2480 = getelementptr inbounds float, ptr %PT, i64 %2479
  store <16 x float> %2435, ptr %2480, align 4
  %2481 = or disjoint i64 %2479, 16
  %2482 = getelementptr inbounds float, ptr %PT, i64 %2481
  store <16 x float> %2436, ptr %2482, align 4
  %2483 = or disjoint i64 %2479, 32
  %2484 = getelementptr inbounds float, ptr %PT, i64 %2483
  store <16 x float> %2441, ptr %2484, align 4
  %2485 = or disjoint i64 %2479, 48
  %2486 = getelementptr inbounds float, ptr %PT, i64 %2485
  store <16 x float> %2442, ptr %2486, align 4
  %2487 = or disjoint i64 %2479, 64
  %2488 = getelementptr inbounds float, ptr %PT, i64 %2487
  store <16 x float> %2447, ptr %2488, align 4
  %2489 = or disjoint i64 %2479, 80
  %2490 = getelementptr inbounds float, ptr %PT, i64 %2489
  store <16 x float> %2448, ptr %2490, align 4
  %2491 = or disjoint i64 %2479, 96
  %2492 = getelementptr inbounds float, ptr %PT, i64 %2491
  store <16 x float> %2453, ptr %2492, align 4
  %2493 = or disjoint i64 %2479, 112
  %2494 = getelementptr inbounds float, ptr %PT, i64 %2493
  store <16 x float> %2454, ptr %2494, align 4
  %2495 = or disjoint i64 %2479, 128
  %2496 = getelementptr inbounds float, ptr %PT, i64 %2495
  store <16 x float> %2459, ptr %2496, align 4
  %2497 = or disjoint i64 %2479, 144
  %2498 = getelementptr inbounds float, ptr %PT, i64 %2497
  store <16 x float> %2460, ptr %2498, align 4
  %2499 = or disjoint i64 %2479, 160
  %2500 = getelementptr inbounds float, ptr %PT, i64 %2499
  store <16 x float> %2465, ptr %2500, align 4
  %2501 = or disjoint i64 %2479, 176
  %2502 = getelementptr inbounds float, ptr %PT, i64 %2501
  store <16 x float> %2466, ptr %2502, align 4
  %2503 = or disjoint i64 %2479, 192
  %2504 = getelementptr inbounds float, ptr %PT, i64 %2503
  store <16 x float> %2471, ptr %2504, align 4
  %2505 = or disjoint i64 %2479, 208
  %2506 = getelementptr inbounds float, ptr %PT, i64 %2505
  store <16 x float> %2472, ptr %2506, align 4
  %2507 = or disjoint i64 %2479, 224
  %2508 = getelementptr inbounds float, ptr %PT, i64 %2507
  store <16 x float> %2477, ptr %2508, align 4
  %2509 = or disjoint i64 %2479, 240
  %2510 = getelementptr inbounds float, ptr %PT, i64 %2509
  store <16 x float> %2478, ptr %2510, align 4
  %i30.next = add nuw nsw i64 %i30.addr.03180, 8
  %2511 = icmp ult i64 %i30.addr.03180, 56
  br i1 %2511, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t3.addr.03183 = phi i64 [ %t3.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3429 = shl nsw i64 %t3.addr.03183, 8
  %2512 = getelementptr inbounds i8, ptr %PT, i64 %.idx3429
  %2513 = load <16 x float>, ptr %2512, align 4
  %.idx3430 = shl nsw i64 %t3.addr.03183, 7
  %2514 = getelementptr inbounds i8, ptr %M, i64 %.idx3430
  %2515 = load <16 x float>, ptr %2514, align 4
  %2516 = fmul <16 x float> %2513, %2515
  store <16 x float> %2516, ptr %2512, align 4
  %2517 = getelementptr inbounds i8, ptr %69, i64 %.idx3429
  %2518 = load <16 x float>, ptr %2517, align 4
  %2519 = getelementptr inbounds i8, ptr %35, i64 %.idx3430
  %2520 = load <16 x float>, ptr %2519, align 4
  %2521 = fmul <16 x float> %2518, %2520
  store <16 x float> %2521, ptr %2517, align 4
  %2522 = getelementptr inbounds i8, ptr %2512, i64 128
  %2523 = load <16 x float>, ptr %2522, align 4
  %2524 = load <16 x float>, ptr %2514, align 4
  %2525 = fmul <16 x float> %2523, %2524
  store <16 x float> %2525, ptr %2522, align 4
  %2526 = getelementptr inbounds i8, ptr %2517, i64 128
  %2527 = load <16 x float>, ptr %2526, align 4
  %2528 = load <16 x float>, ptr %2519, align 4
  %2529 = fmul <16 x float> %2527, %2528
  store <16 x float> %2529, ptr %2526, align 4
  %t3.next = or disjoint i64 %t3.addr.03183, 1
  %.idx3429.1 = shl nsw i64 %t3.next, 8
  %2530 = getelementptr inbounds i8, ptr %PT, i64 %.idx3429.1
  %2531 = load <16 x float>, ptr %2530, align 4
  %.idx3430.1 = shl nsw i64 %t3.next, 7
  %2532 = getelementptr inbounds i8, ptr %M, i64 %.idx3430.1
  %2533 = load <16 x float>, ptr %2532, align 4
  %2534 = fmul <16 x float> %2531, %2533
  store <16 x float> %2534, ptr %2530, align 4
  %2535 = getelementptr inbounds i8, ptr %69, i64 %.idx3429.1
  %2536 = load <16 x float>, ptr %2535, align 4
  %2537 = getelementptr inbounds i8, ptr %35, i64 %.idx3430.1
  %2538 = load <16 x float>, ptr %2537, align 4
  %2539 = fmul <16 x float> %2536, %2538
  store <16 x float> %2539, ptr %2535, align 4
  %2540 = getelementptr inbounds i8, ptr %2530, i64 128
  %2541 = load <16 x float>, ptr %2540, align 4
  %2542 = load <16 x float>, ptr %2532, align 4
  %2543 = fmul <16 x float> %2541, %2542
  store <16 x float> %2543, ptr %2540, align 4
  %2544 = getelementptr inbounds i8, ptr %2535, i64 128
  %2545 = load <16 x float>, ptr %2544, align 4
  %2546 = load <16 x float>, ptr %2537, align 4
  %2547 = fmul <16 x float> %2545, %2546
  store <16 x float> %2547, ptr %2544, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.03183, 2
  %exitcond3660.not.1 = icmp eq i64 %t3.next.1, 32
  br i1 %exitcond3660.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.03185 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3433 = shl nsw i64 %i33.addr.03185, 9
  %gep3957 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3433
  %2548 = load <16 x float>, ptr %gep3957, align 4
  %.idx3434 = shl nsw i64 %i33.addr.03185, 8
  %gep3959 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3434
  store <16 x float> %2548, ptr %gep3959, align 4
  %gep3961 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3433
  %2549 = load <16 x float>, ptr %gep3961, align 4
  %gep3963 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3434
  store <16 x float> %2549, ptr %gep3963, align 4
  %gep3965 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3433
  %2550 = load <16 x float>, ptr %gep3965, align 4
  %gep3967 = getelementptr inbounds i8, ptr %invariant.gep3966, i64 %.idx3434
  store <16 x float> %2550, ptr %gep3967, align 4
  %gep3969 = getelementptr inbounds i8, ptr %invariant.gep3968, i64 %.idx3433
  %2551 = load <16 x float>, ptr %gep3969, align 4
  %gep3971 = getelementptr inbounds i8, ptr %invariant.gep3970, i64 %.idx3434
  store <16 x float> %2551, ptr %gep3971, align 4
  %i33.next = or disjoint i64 %i33.addr.03185, 1
  %.idx3433.1 = shl nsw i64 %i33.next, 9
  %gep3957.1 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3433.1
  %2552 = load <16 x float>, ptr %gep3957.1, align 4
  %.idx3434.1 = shl nsw i64 %i33.next, 8
  %gep3959.1 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3434.1
  store <16 x float> %2552, ptr %gep3959.1, align 4
  %gep3961.1 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3433.1
  %2553 = load <16 x float>, ptr %gep3961.1, align 4
  %gep3963.1 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3434.1
  store <16 x float> %2553, ptr %gep3963.1, align 4
  %gep3965.1 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3433.1
  %2554 = load <16 x float>, ptr %gep3965.1, align 4
  %gep3967.1 = getelementptr inbounds i8, ptr %invariant.gep3966, i64 %.idx3434.1
  store <16 x float> %2554, ptr %gep3967.1, align 4
  %gep3969.1 = getelementptr inbounds i8, ptr %invariant.gep3968, i64 %.idx3433.1
  %2555 = load <16 x float>, ptr %gep3969.1, align 4
  %gep3971.1 = getelementptr inbounds i8, ptr %invariant.gep3970, i64 %.idx3434.1
  store <16 x float> %2555, ptr %gep3971.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.03185, 2
  %.idx3433.2 = shl nsw i64 %i33.next.1, 9
  %gep3957.2 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3433.2
  %2556 = load <16 x float>, ptr %gep3957.2, align 4
  %.idx3434.2 = shl nsw i64 %i33.next.1, 8
  %gep3959.2 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3434.2
  store <16 x float> %2556, ptr %gep3959.2, align 4
  %gep3961.2 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3433.2
  %2557 = load <16 x float>, ptr %gep3961.2, align 4
  %gep3963.2 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3434.2
  store <16 x float> %2557, ptr %gep3963.2, align 4
  %gep3965.2 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3433.2
  %2558 = load <16 x float>, ptr %gep3965.2, align 4
  %gep3967.2 = getelementptr inbounds i8, ptr %invariant.gep3966, i64 %.idx3434.2
  store <16 x float> %2558, ptr %gep3967.2, align 4
  %gep3969.2 = getelementptr inbounds i8, ptr %invariant.gep3968, i64 %.idx3433.2
  %2559 = load <16 x float>, ptr %gep3969.2, align 4
  %gep3971.2 = getelementptr inbounds i8, ptr %invariant.gep3970, i64 %.idx3434.2
  store <16 x float> %2559, ptr %gep3971.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.03185, 3
  %.idx3433.3 = shl nsw i64 %i33.next.2, 9
  %gep3957.3 = getelementptr inbounds i8, ptr %invariant.gep3956, i64 %.idx3433.3
  %2560 = load <16 x float>, ptr %gep3957.3, align 4
  %.idx3434.3 = shl nsw i64 %i33.next.2, 8
  %gep3959.3 = getelementptr inbounds i8, ptr %invariant.gep3958, i64 %.idx3434.3
  store <16 x float> %2560, ptr %gep3959.3, align 4
  %gep3961.3 = getelementptr inbounds i8, ptr %invariant.gep3960, i64 %.idx3433.3
  %2561 = load <16 x float>, ptr %gep3961.3, align 4
  %gep3963.3 = getelementptr inbounds i8, ptr %invariant.gep3962, i64 %.idx3434.3
  store <16 x float> %2561, ptr %gep3963.3, align 4
  %gep3965.3 = getelementptr inbounds i8, ptr %invariant.gep3964, i64 %.idx3433.3
  %2562 = load <16 x float>, ptr %gep3965.3, align 4
  %gep3967.3 = getelementptr inbounds i8, ptr %invariant.gep3966, i64 %.idx3434.3
  store <16 x float> %2562, ptr %gep3967.3, align 4
  %gep3969.3 = getelementptr inbounds i8, ptr %invariant.gep3968, i64 %.idx3433.3
  %2563 = load <16 x float>, ptr %gep3969.3, align 4
  %gep3971.3 = getelementptr inbounds i8, ptr %invariant.gep3970, i64 %.idx3434.3
  store <16 x float> %2563, ptr %gep3971.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.03185, 4
  %exitcond3663.not.3 = icmp eq i64 %i33.next.3, 64
  br i1 %exitcond3663.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.03203 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx3034 = shl nuw nsw i64 %i34.addr.03203, 8
  %2564 = getelementptr inbounds i8, ptr %OY, i64 %.idx3034
  %2565 = getelementptr inbounds i8, ptr %2564, i64 8192
  %2566 = load <16 x float>, ptr %2565, align 4
  %2567 = getelementptr inbounds i8, ptr %2564, i64 8256
  %2568 = load <16 x float>, ptr %2567, align 4
  %2569 = getelementptr inbounds i8, ptr %2564, i64 8320
  %2570 = load <16 x float>, ptr %2569, align 4
  %2571 = getelementptr inbounds i8, ptr %2564, i64 8384
  %2572 = load <16 x float>, ptr %2571, align 4
  %2573 = or disjoint i64 %i34.addr.03203, 1
  %.idx3035 = shl nuw nsw i64 %2573, 8
  %2574 = getelementptr inbounds i8, ptr %OY, i64 %.idx3035
  %2575 = getelementptr inbounds i8, ptr %2574, i64 8192
  %2576 = load <16 x float>, ptr %2575, align 4
  %2577 = getelementptr inbounds i8, ptr %2574, i64 8256
  %2578 = load <16 x float>, ptr %2577, align 4
  %2579 = getelementptr inbounds i8, ptr %2574, i64 8320
  %2580 = load <16 x float>, ptr %2579, align 4
  %2581 = getelementptr inbounds i8, ptr %2574, i64 8384
  %2582 = load <16 x float>, ptr %2581, align 4
  %2583 = or disjoint i64 %i34.addr.03203, 2
  %.idx3036 = shl nuw nsw i64 %2583, 8
  %2584 = getelementptr inbounds i8, ptr %OY, i64 %.idx3036
  %2585 = getelementptr inbounds i8, ptr %2584, i64 8192
  %2586 = load <16 x float>, ptr %2585, align 4
  %2587 = getelementptr inbounds i8, ptr %2584, i64 8256
  %2588 = load <16 x float>, ptr %2587, align 4
  %2589 = getelementptr inbounds i8, ptr %2584, i64 8320
  %2590 = load <16 x float>, ptr %2589, align 4
  %2591 = getelementptr inbounds i8, ptr %2584, i64 8384
  %2592 = load <16 x float>, ptr %2591, align 4
  %2593 = or disjoint i64 %i34.addr.03203, 3
  %.idx3037 = shl nuw nsw i64 %2593, 8
  %2594 = getelementptr inbounds i8, ptr %OY, i64 %.idx3037
  %2595 = getelementptr inbounds i8, ptr %2594, i64 8192
  %2596 = load <16 x float>, ptr %2595, align 4
  %2597 = getelementptr inbounds i8, ptr %2594, i64 8256
  %2598 = load <16 x float>, ptr %2597, align 4
  %2599 = getelementptr inbounds i8, ptr %2594, i64 8320
  %2600 = load <16 x float>, ptr %2599, align 4
  %2601 = getelementptr inbounds i8, ptr %2594, i64 8384
  %2602 = load <16 x float>, ptr %2601, align 4
  %.idx3435 = shl nsw i64 %i34.addr.03203, 7
  %.idx3436 = shl nsw i64 %2573, 7
  %.idx3437 = shl nsw i64 %2583, 7
  %.idx3438 = shl nsw i64 %2593, 7
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc56.03202 = phi <16 x float> [ %2566, %i34.body ], [ %2620, %p7.body ]
  %acc57.03201 = phi <16 x float> [ %2568, %i34.body ], [ %2621, %p7.body ]
  %acc58.03200 = phi <16 x float> [ %2570, %i34.body ], [ %2622, %p7.body ]
  %acc59.03199 = phi <16 x float> [ %2572, %i34.body ], [ %2623, %p7.body ]
  %acc60.03198 = phi <16 x float> [ %2576, %i34.body ], [ %2628, %p7.body ]
  %acc61.03197 = phi <16 x float> [ %2578, %i34.body ], [ %2629, %p7.body ]
  %acc62.03196 = phi <16 x float> [ %2580, %i34.body ], [ %2630, %p7.body ]
  %acc63.03195 = phi <16 x float> [ %2582, %i34.body ], [ %2631, %p7.body ]
  %acc64.03194 = phi <16 x float> [ %2586, %i34.body ], [ %2636, %p7.body ]
  %acc65.03193 = phi <16 x float> [ %2588, %i34.body ], [ %2637, %p7.body ]
  %acc66.03192 = phi <16 x float> [ %2590, %i34.body ], [ %2638, %p7.body ]
  %acc67.03191 = phi <16 x float> [ %2592, %i34.body ], [ %2639, %p7.body ]
  %acc68.03190 = phi <16 x float> [ %2596, %i34.body ], [ %2644, %p7.body ]
  %acc69.03189 = phi <16 x float> [ %2598, %i34.body ], [ %2645, %p7.body ]
  %acc70.03188 = phi <16 x float> [ %2600, %i34.body ], [ %2646, %p7.body ]
  %acc71.03187 = phi <16 x float> [ %2602, %i34.body ], [ %2647, %p7.body ]
  %p7.addr.03186 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %2603 = shl nuw nsw i64 %p7.addr.03186, 6
  %2604 = getelementptr inbounds float, ptr %OY, i64 %2603
  %2605 = load <16 x float>, ptr %2604, align 4
  %2606 = or disjoint i64 %2603, 16
  %2607 = getelementptr inbounds float, ptr %OY, i64 %2606
  %2608 = load <16 x float>, ptr %2607, align 4
  %2609 = or disjoint i64 %2603, 32
  %2610 = getelementptr inbounds float, ptr %OY, i64 %2609
  %2611 = load <16 x float>, ptr %2610, align 4
  %2612 = or disjoint i64 %2603, 48
  %2613 = getelementptr inbounds float, ptr %OY, i64 %2612
  %2614 = load <16 x float>, ptr %2613, align 4
  %2615 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.03186
  %2616 = getelementptr inbounds i8, ptr %2615, i64 %.idx3435
  %2617 = load float, ptr %2616, align 4
  %2618 = insertelement <16 x float> poison, float %2617, i64 0
  %2619 = shufflevector <16 x float> %2618, <16 x float> poison, <16 x i32> zeroinitializer
  %2620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2605, <16 x float> %acc56.03202)
  %2621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2608, <16 x float> %acc57.03201)
  %2622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2611, <16 x float> %acc58.03200)
  %2623 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2614, <16 x float> %acc59.03199)
  %2624 = getelementptr inbounds i8, ptr %2615, i64 %.idx3436
  %2625 = load float, ptr %2624, align 4
  %2626 = insertelement <16 x float> poison, float %2625, i64 0
  %2627 = shufflevector <16 x float> %2626, <16 x float> poison, <16 x i32> zeroinitializer
  %2628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2605, <16 x float> %acc60.03198)
  %2629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2608, <16 x float> %acc61.03197)
  %2630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2611, <16 x float> %acc62.03196)
  %2631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2614, <16 x float> %acc63.03195)
  %2632 = getelementptr inbounds i8, ptr %2615, i64 %.idx3437
  %2633 = load float, ptr %2632, align 4
  %2634 = insertelement <16 x float> poison, float %2633, i64 0
  %2635 = shufflevector <16 x float> %2634, <16 x float> poison, <16 x i32> zeroinitializer
  %2636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2635, <16 x float> %2605, <16 x float> %acc64.03194)
  %2637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2635, <16 x float> %2608, <16 x float> %acc65.03193)
  %2638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2635, <16 x float> %2611, <16 x float> %acc66.03192)
  %2639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2635, <16 x float> %2614, <16 x float> %acc67.03191)
  %2640 = getelementptr inbounds i8, ptr %2615, i64 %.idx3438
  %2641 = load float, ptr %2640, align 4
  %2642 = insertelement <16 x float> poison, float %2641, i64 0
  %2643 = shufflevector <16 x float> %2642, <16 x float> poison, <16 x i32> zeroinitializer
  %2644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2605, <16 x float> %acc68.03190)
  %2645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2608, <16 x float> %acc69.03189)
  %2646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2611, <16 x float> %acc70.03188)
  %2647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2643, <16 x float> %2614, <16 x float> %acc71.03187)
  %p7.next = add nuw nsw i64 %p7.addr.03186, 1
  %exitcond3664.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3664.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2620, ptr %2565, align 4
  store <16 x float> %2621, ptr %2567, align 4
  store <16 x float> %2622, ptr %2569, align 4
  store <16 x float> %2623, ptr %2571, align 4
  store <16 x float> %2628, ptr %2575, align 4
  store <16 x float> %2629, ptr %2577, align 4
  store <16 x float> %2630, ptr %2579, align 4
  store <16 x float> %2631, ptr %2581, align 4
  store <16 x float> %2636, ptr %2585, align 4
  store <16 x float> %2637, ptr %2587, align 4
  store <16 x float> %2638, ptr %2589, align 4
  store <16 x float> %2639, ptr %2591, align 4
  store <16 x float> %2644, ptr %2595, align 4
  store <16 x float> %2645, ptr %2597, align 4
  store <16 x float> %2646, ptr %2599, align 4
  store <16 x float> %2647, ptr %2601, align 4
  %i34.next = add nuw nsw i64 %i34.addr.03203, 4
  %2648 = icmp ult i64 %i34.addr.03203, 60
  br i1 %2648, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.03221 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2649 = shl nuw nsw i64 %i35.addr.03221, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc72.03220 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2661, %p8.body ]
  %acc73.03219 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2662, %p8.body ]
  %acc74.03218 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2668, %p8.body ]
  %acc75.03217 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2669, %p8.body ]
  %acc76.03216 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2675, %p8.body ]
  %acc77.03215 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2676, %p8.body ]
  %acc78.03214 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2682, %p8.body ]
  %acc79.03213 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2683, %p8.body ]
  %acc80.03212 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2689, %p8.body ]
  %acc81.03211 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2690, %p8.body ]
  %acc82.03210 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2696, %p8.body ]
  %acc83.03209 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2697, %p8.body ]
  %acc84.03208 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2703, %p8.body ]
  %acc85.03207 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2704, %p8.body ]
  %acc86.03206 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2710, %p8.body ]
  %p8.addr.03205 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.03204 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2711, %p8.body ]
  %2650 = shl nuw nsw i64 %p8.addr.03205, 5
  %2651 = getelementptr inbounds float, ptr %dOT, i64 %2650
  %2652 = load <16 x float>, ptr %2651, align 4
  %2653 = or disjoint i64 %2650, 16
  %2654 = getelementptr inbounds float, ptr %dOT, i64 %2653
  %2655 = load <16 x float>, ptr %2654, align 4
  %2656 = add nuw nsw i64 %p8.addr.03205, %2649
  %2657 = getelementptr inbounds float, ptr %Vn, i64 %2656
  %2658 = load float, ptr %2657, align 4
  %2659 = insertelement <16 x float> poison, float %2658, i64 0
  %2660 = shufflevector <16 x float> %2659, <16 x float> poison, <16 x i32> zeroinitializer
  %2661 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2660, <16 x float> %2652, <16 x float> %acc72.03220)
  %2662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2660, <16 x float> %2655, <16 x float> %acc73.03219)
  %2663 = or disjoint i64 %2656, 64
  %2664 = getelementptr inbounds float, ptr %Vn, i64 %2663
  %2665 = load float, ptr %2664, align 4
  %2666 = insertelement <16 x float> poison, float %2665, i64 0
  %2667 = shufflevector <16 x float> %2666, <16 x float> poison, <16 x i32> zeroinitializer
  %2668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2667, <16 x float> %2652, <16 x float> %acc74.03218)
  %2669 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2667, <16 x float> %2655, <16 x float> %acc75.03217)
  %2670 = or disjoint i64 %2656, 128
  %2671 = getelementptr inbounds float, ptr %Vn, i64 %2670
  %2672 = load float, ptr %2671, align 4
  %2673 = insertelement <16 x float> poison, float %2672, i64 0
  %2674 = shufflevector <16 x float> %2673, <16 x float> poison, <16 x i32> zeroinitializer
  %2675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2674, <16 x float> %2652, <16 x float> %acc76.03216)
  %2676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2674, <16 x float> %2655, <16 x float> %acc77.03215)
  %2677 = or disjoint i64 %2656, 192
  %2678 = getelementptr inbounds float, ptr %Vn, i64 %2677
  %2679 = load float, ptr %2678, align 4
  %2680 = insertelement <16 x float> poison, float %2679, i64 0
  %2681 = shufflevector <16 x float> %2680, <16 x float> poison, <16 x i32> zeroinitializer
  %2682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2681, <16 x float> %2652, <16 x float> %acc78.03214)
  %2683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2681, <16 x float> %2655, <16 x float> %acc79.03213)
  %2684 = or disjoint i64 %2656, 256
  %2685 = getelementptr inbounds float, ptr %Vn, i64 %2684
  %2686 = load float, ptr %2685, align 4
  %2687 = insertelement <16 x float> poison, float %2686, i64 0
  %2688 = shufflevector <16 x float> %2687, <16 x float> poison, <16 x i32> zeroinitializer
  %2689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2688, <16 x float> %2652, <16 x float> %acc80.03212)
  %2690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2688, <16 x float> %2655, <16 x float> %acc81.03211)
  %2691 = or disjoint i64 %2656, 320
  %2692 = getelementptr inbounds float, ptr %Vn, i64 %2691
  %2693 = load float, ptr %2692, align 4
  %2694 = insertelement <16 x float> poison, float %2693, i64 0
  %2695 = shufflevector <16 x float> %2694, <16 x float> poison, <16 x i32> zeroinitializer
  %2696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2695, <16 x float> %2652, <16 x float> %acc82.03210)
  %2697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2695, <16 x float> %2655, <16 x float> %acc83.03209)
  %2698 = or disjoint i64 %2656, 384
  %2699 = getelementptr inbounds float, ptr %Vn, i64 %2698
  %2700 = load float, ptr %2699, align 4
  %2701 = insertelement <16 x float> poison, float %2700, i64 0
  %2702 = shufflevector <16 x float> %2701, <16 x float> poison, <16 x i32> zeroinitializer
  %2703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2702, <16 x float> %2652, <16 x float> %acc84.03208)
  %2704 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2702, <16 x float> %2655, <16 x float> %acc85.03207)
  %2705 = or disjoint i64 %2656, 448
  %2706 = getelementptr inbounds float, ptr %Vn, i64 %2705
  %2707 = load float, ptr %2706, align 4
  %2708 = insertelement <16 x float> poison, float %2707, i64 0
  %2709 = shufflevector <16 x float> %2708, <16 x float> poison, <16 x i32> zeroinitializer
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2652, <16 x float> %acc86.03206)
  %2711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2655, <16 x float> %acc87.03204)
  %p8.next = add nuw nsw i64 %p8.addr.03205, 1
  %exitcond3665.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3665.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2712 = mul nuw nsw i64 %i35.addr.03221, 224
  %2713 = or disjoint i64 %2712, 128
  %2714 = getelementptr inbounds float, ptr %Ak, i64 %2713
  store <16 x float> %2661, ptr %2714, align 4
  %2715 = or disjoint i64 %2712, 144
  %2716 = getelementptr inbounds float, ptr %Ak, i64 %2715
  store <16 x float> %2662, ptr %2716, align 4
  %2717 = getelementptr inbounds float, ptr %Ak, i64 %2712
  %2718 = getelementptr inbounds i8, ptr %2717, i64 1408
  store <16 x float> %2668, ptr %2718, align 4
  %2719 = getelementptr inbounds i8, ptr %2717, i64 1472
  store <16 x float> %2669, ptr %2719, align 4
  %2720 = getelementptr inbounds i8, ptr %2717, i64 2304
  store <16 x float> %2675, ptr %2720, align 4
  %2721 = getelementptr inbounds i8, ptr %2717, i64 2368
  store <16 x float> %2676, ptr %2721, align 4
  %2722 = getelementptr inbounds i8, ptr %2717, i64 3200
  store <16 x float> %2682, ptr %2722, align 4
  %2723 = getelementptr inbounds i8, ptr %2717, i64 3264
  store <16 x float> %2683, ptr %2723, align 4
  %2724 = getelementptr inbounds i8, ptr %2717, i64 4096
  store <16 x float> %2689, ptr %2724, align 4
  %2725 = getelementptr inbounds i8, ptr %2717, i64 4160
  store <16 x float> %2690, ptr %2725, align 4
  %2726 = getelementptr inbounds i8, ptr %2717, i64 4992
  store <16 x float> %2696, ptr %2726, align 4
  %2727 = getelementptr inbounds i8, ptr %2717, i64 5056
  store <16 x float> %2697, ptr %2727, align 4
  %2728 = getelementptr inbounds i8, ptr %2717, i64 5888
  store <16 x float> %2703, ptr %2728, align 4
  %2729 = getelementptr inbounds i8, ptr %2717, i64 5952
  store <16 x float> %2704, ptr %2729, align 4
  %2730 = getelementptr inbounds i8, ptr %2717, i64 6784
  store <16 x float> %2710, ptr %2730, align 4
  %2731 = getelementptr inbounds i8, ptr %2717, i64 6848
  store <16 x float> %2711, ptr %2731, align 4
  %i35.next = add nuw nsw i64 %i35.addr.03221, 8
  %2732 = icmp ult i64 %i35.addr.03221, 56
  br i1 %2732, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t4.addr.03224 = phi i64 [ %t4.next.3, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3439 = mul nuw nsw i64 %t4.addr.03224, 1792
  %2733 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3439
  %2734 = getelementptr inbounds i8, ptr %2733, i64 512
  %2735 = load <16 x float>, ptr %2734, align 4
  %.idx3440 = shl nsw i64 %t4.addr.03224, 7
  %2736 = getelementptr inbounds i8, ptr %M, i64 %.idx3440
  %2737 = load <16 x float>, ptr %2736, align 4
  %2738 = fmul <16 x float> %2735, %2737
  store <16 x float> %2738, ptr %2734, align 4
  %2739 = getelementptr inbounds i8, ptr %70, i64 %.idx3439
  %2740 = getelementptr inbounds i8, ptr %2739, i64 512
  %2741 = load <16 x float>, ptr %2740, align 4
  %2742 = getelementptr inbounds i8, ptr %35, i64 %.idx3440
  %2743 = load <16 x float>, ptr %2742, align 4
  %2744 = fmul <16 x float> %2741, %2743
  store <16 x float> %2744, ptr %2740, align 4
  %2745 = getelementptr inbounds i8, ptr %2733, i64 1408
  %2746 = load <16 x float>, ptr %2745, align 4
  %2747 = load <16 x float>, ptr %2736, align 4
  %2748 = fmul <16 x float> %2746, %2747
  store <16 x float> %2748, ptr %2745, align 4
  %2749 = getelementptr inbounds i8, ptr %2739, i64 1408
  %2750 = load <16 x float>, ptr %2749, align 4
  %2751 = load <16 x float>, ptr %2742, align 4
  %2752 = fmul <16 x float> %2750, %2751
  store <16 x float> %2752, ptr %2749, align 4
  %t4.next = or disjoint i64 %t4.addr.03224, 1
  %.idx3439.1 = mul nuw nsw i64 %t4.next, 1792
  %2753 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3439.1
  %2754 = getelementptr inbounds i8, ptr %2753, i64 512
  %2755 = load <16 x float>, ptr %2754, align 4
  %.idx3440.1 = shl nsw i64 %t4.next, 7
  %2756 = getelementptr inbounds i8, ptr %M, i64 %.idx3440.1
  %2757 = load <16 x float>, ptr %2756, align 4
  %2758 = fmul <16 x float> %2755, %2757
  store <16 x float> %2758, ptr %2754, align 4
  %2759 = getelementptr inbounds i8, ptr %70, i64 %.idx3439.1
  %2760 = getelementptr inbounds i8, ptr %2759, i64 512
  %2761 = load <16 x float>, ptr %2760, align 4
  %2762 = getelementptr inbounds i8, ptr %35, i64 %.idx3440.1
  %2763 = load <16 x float>, ptr %2762, align 4
  %2764 = fmul <16 x float> %2761, %2763
  store <16 x float> %2764, ptr %2760, align 4
  %2765 = getelementptr inbounds i8, ptr %2753, i64 1408
  %2766 = load <16 x float>, ptr %2765, align 4
  %2767 = load <16 x float>, ptr %2756, align 4
  %2768 = fmul <16 x float> %2766, %2767
  store <16 x float> %2768, ptr %2765, align 4
  %2769 = getelementptr inbounds i8, ptr %2759, i64 1408
  %2770 = load <16 x float>, ptr %2769, align 4
  %2771 = load <16 x float>, ptr %2762, align 4
  %2772 = fmul <16 x float> %2770, %2771
  store <16 x float> %2772, ptr %2769, align 4
  %t4.next.1 = or disjoint i64 %t4.addr.03224, 2
  %.idx3439.2 = mul nuw nsw i64 %t4.next.1, 1792
  %2773 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3439.2
  %2774 = getelementptr inbounds i8, ptr %2773, i64 512
  %2775 = load <16 x float>, ptr %2774, align 4
  %.idx3440.2 = shl nsw i64 %t4.next.1, 7
  %2776 = getelementptr inbounds i8, ptr %M, i64 %.idx3440.2
  %2777 = load <16 x float>, ptr %2776, align 4
  %2778 = fmul <16 x float> %2775, %2777
  store <16 x float> %2778, ptr %2774, align 4
  %2779 = getelementptr inbounds i8, ptr %70, i64 %.idx3439.2
  %2780 = getelementptr inbounds i8, ptr %2779, i64 512
  %2781 = load <16 x float>, ptr %2780, align 4
  %2782 = getelementptr inbounds i8, ptr %35, i64 %.idx3440.2
  %2783 = load <16 x float>, ptr %2782, align 4
  %2784 = fmul <16 x float> %2781, %2783
  store <16 x float> %2784, ptr %2780, align 4
  %2785 = getelementptr inbounds i8, ptr %2773, i64 1408
  %2786 = load <16 x float>, ptr %2785, align 4
  %2787 = load <16 x float>, ptr %2776, align 4
  %2788 = fmul <16 x float> %2786, %2787
  store <16 x float> %2788, ptr %2785, align 4
  %2789 = getelementptr inbounds i8, ptr %2779, i64 1408
  %2790 = load <16 x float>, ptr %2789, align 4
  %2791 = load <16 x float>, ptr %2782, align 4
  %2792 = fmul <16 x float> %2790, %2791
  store <16 x float> %2792, ptr %2789, align 4
  %t4.next.2 = or disjoint i64 %t4.addr.03224, 3
  %.idx3439.3 = mul nuw nsw i64 %t4.next.2, 1792
  %2793 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3439.3
  %2794 = getelementptr inbounds i8, ptr %2793, i64 512
  %2795 = load <16 x float>, ptr %2794, align 4
  %.idx3440.3 = shl nsw i64 %t4.next.2, 7
  %2796 = getelementptr inbounds i8, ptr %M, i64 %.idx3440.3
  %2797 = load <16 x float>, ptr %2796, align 4
  %2798 = fmul <16 x float> %2795, %2797
  store <16 x float> %2798, ptr %2794, align 4
  %2799 = getelementptr inbounds i8, ptr %70, i64 %.idx3439.3
  %2800 = getelementptr inbounds i8, ptr %2799, i64 512
  %2801 = load <16 x float>, ptr %2800, align 4
  %2802 = getelementptr inbounds i8, ptr %35, i64 %.idx3440.3
  %2803 = load <16 x float>, ptr %2802, align 4
  %2804 = fmul <16 x float> %2801, %2803
  store <16 x float> %2804, ptr %2800, align 4
  %2805 = getelementptr inbounds i8, ptr %2793, i64 1408
  %2806 = load <16 x float>, ptr %2805, align 4
  %2807 = load <16 x float>, ptr %2796, align 4
  %2808 = fmul <16 x float> %2806, %2807
  store <16 x float> %2808, ptr %2805, align 4
  %2809 = getelementptr inbounds i8, ptr %2799, i64 1408
  %2810 = load <16 x float>, ptr %2809, align 4
  %2811 = load <16 x float>, ptr %2802, align 4
  %2812 = fmul <16 x float> %2810, %2811
  store <16 x float> %2812, ptr %2809, align 4
  %t4.next.3 = add nuw nsw i64 %t4.addr.03224, 4
  %exitcond3666.not.3 = icmp eq i64 %t4.next.3, 32
  br i1 %exitcond3666.not.3, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.03242 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2813 = shl nuw nsw i64 %i38.addr.03242, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.03241 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.03240 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2862, %p9.body ]
  %acc102.03239 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2861, %p9.body ]
  %acc101.03238 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2860, %p9.body ]
  %acc100.03237 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2859, %p9.body ]
  %acc99.03236 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2853, %p9.body ]
  %acc98.03235 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2852, %p9.body ]
  %acc97.03234 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2851, %p9.body ]
  %acc96.03233 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2850, %p9.body ]
  %acc95.03232 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2844, %p9.body ]
  %acc94.03231 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2843, %p9.body ]
  %acc93.03230 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2842, %p9.body ]
  %acc92.03229 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2841, %p9.body ]
  %acc91.03228 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2835, %p9.body ]
  %acc90.03227 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2834, %p9.body ]
  %acc89.03226 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2833, %p9.body ]
  %acc88.03225 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2832, %p9.body ]
  %2814 = shl nuw nsw i64 %p9.addr.03241, 6
  %2815 = or disjoint i64 %2814, 4096
  %2816 = getelementptr inbounds float, ptr %Bk, i64 %2815
  %2817 = load <16 x float>, ptr %2816, align 4
  %2818 = or disjoint i64 %2814, 4112
  %2819 = getelementptr inbounds float, ptr %Bk, i64 %2818
  %2820 = load <16 x float>, ptr %2819, align 4
  %2821 = or disjoint i64 %2814, 4128
  %2822 = getelementptr inbounds float, ptr %Bk, i64 %2821
  %2823 = load <16 x float>, ptr %2822, align 4
  %2824 = or disjoint i64 %2814, 4144
  %2825 = getelementptr inbounds float, ptr %Bk, i64 %2824
  %2826 = load <16 x float>, ptr %2825, align 4
  %2827 = add nuw nsw i64 %p9.addr.03241, %2813
  %2828 = getelementptr inbounds float, ptr %OY, i64 %2827
  %2829 = load float, ptr %2828, align 4
  %2830 = insertelement <16 x float> poison, float %2829, i64 0
  %2831 = shufflevector <16 x float> %2830, <16 x float> poison, <16 x i32> zeroinitializer
  %2832 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2831, <16 x float> %2817, <16 x float> %acc88.03225)
  %2833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2831, <16 x float> %2820, <16 x float> %acc89.03226)
  %2834 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2831, <16 x float> %2823, <16 x float> %acc90.03227)
  %2835 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2831, <16 x float> %2826, <16 x float> %acc91.03228)
  %2836 = or disjoint i64 %2827, 64
  %2837 = getelementptr inbounds float, ptr %OY, i64 %2836
  %2838 = load float, ptr %2837, align 4
  %2839 = insertelement <16 x float> poison, float %2838, i64 0
  %2840 = shufflevector <16 x float> %2839, <16 x float> poison, <16 x i32> zeroinitializer
  %2841 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2840, <16 x float> %2817, <16 x float> %acc92.03229)
  %2842 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2840, <16 x float> %2820, <16 x float> %acc93.03230)
  %2843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2840, <16 x float> %2823, <16 x float> %acc94.03231)
  %2844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2840, <16 x float> %2826, <16 x float> %acc95.03232)
  %2845 = or disjoint i64 %2827, 128
  %2846 = getelementptr inbounds float, ptr %OY, i64 %2845
  %2847 = load float, ptr %2846, align 4
  %2848 = insertelement <16 x float> poison, float %2847, i64 0
  %2849 = shufflevector <16 x float> %2848, <16 x float> poison, <16 x i32> zeroinitializer
  %2850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2817, <16 x float> %acc96.03233)
  %2851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2820, <16 x float> %acc97.03234)
  %2852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2823, <16 x float> %acc98.03235)
  %2853 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2826, <16 x float> %acc99.03236)
  %2854 = or disjoint i64 %2827, 192
  %2855 = getelementptr inbounds float, ptr %OY, i64 %2854
  %2856 = load float, ptr %2855, align 4
  %2857 = insertelement <16 x float> poison, float %2856, i64 0
  %2858 = shufflevector <16 x float> %2857, <16 x float> poison, <16 x i32> zeroinitializer
  %2859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2858, <16 x float> %2817, <16 x float> %acc100.03237)
  %2860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2858, <16 x float> %2820, <16 x float> %acc101.03238)
  %2861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2858, <16 x float> %2823, <16 x float> %acc102.03239)
  %2862 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2858, <16 x float> %2826, <16 x float> %acc103.03240)
  %p9.next = add nuw nsw i64 %p9.addr.03241, 1
  %exitcond3667.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3667.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2863 = getelementptr inbounds float, ptr %dQc, i64 %2813
  store <16 x float> %2832, ptr %2863, align 4
  %2864 = or disjoint i64 %2813, 16
  %2865 = getelementptr inbounds float, ptr %dQc, i64 %2864
  store <16 x float> %2833, ptr %2865, align 4
  %2866 = or disjoint i64 %2813, 32
  %2867 = getelementptr inbounds float, ptr %dQc, i64 %2866
  store <16 x float> %2834, ptr %2867, align 4
  %2868 = or disjoint i64 %2813, 48
  %2869 = getelementptr inbounds float, ptr %dQc, i64 %2868
  store <16 x float> %2835, ptr %2869, align 4
  %2870 = or disjoint i64 %2813, 64
  %2871 = getelementptr inbounds float, ptr %dQc, i64 %2870
  store <16 x float> %2841, ptr %2871, align 4
  %2872 = or disjoint i64 %2813, 80
  %2873 = getelementptr inbounds float, ptr %dQc, i64 %2872
  store <16 x float> %2842, ptr %2873, align 4
  %2874 = or disjoint i64 %2813, 96
  %2875 = getelementptr inbounds float, ptr %dQc, i64 %2874
  store <16 x float> %2843, ptr %2875, align 4
  %2876 = or disjoint i64 %2813, 112
  %2877 = getelementptr inbounds float, ptr %dQc, i64 %2876
  store <16 x float> %2844, ptr %2877, align 4
  %2878 = or disjoint i64 %2813, 128
  %2879 = getelementptr inbounds float, ptr %dQc, i64 %2878
  store <16 x float> %2850, ptr %2879, align 4
  %2880 = or disjoint i64 %2813, 144
  %2881 = getelementptr inbounds float, ptr %dQc, i64 %2880
  store <16 x float> %2851, ptr %2881, align 4
  %2882 = or disjoint i64 %2813, 160
  %2883 = getelementptr inbounds float, ptr %dQc, i64 %2882
  store <16 x float> %2852, ptr %2883, align 4
  %2884 = or disjoint i64 %2813, 176
  %2885 = getelementptr inbounds float, ptr %dQc, i64 %2884
  store <16 x float> %2853, ptr %2885, align 4
  %2886 = or disjoint i64 %2813, 192
  %2887 = getelementptr inbounds float, ptr %dQc, i64 %2886
  store <16 x float> %2859, ptr %2887, align 4
  %2888 = or disjoint i64 %2813, 208
  %2889 = getelementptr inbounds float, ptr %dQc, i64 %2888
  store <16 x float> %2860, ptr %2889, align 4
  %2890 = or disjoint i64 %2813, 224
  %2891 = getelementptr inbounds float, ptr %dQc, i64 %2890
  store <16 x float> %2861, ptr %2891, align 4
  %2892 = or disjoint i64 %2813, 240
  %2893 = getelementptr inbounds float, ptr %dQc, i64 %2892
  store <16 x float> %2862, ptr %2893, align 4
  %i38.next = add nuw nsw i64 %i38.addr.03242, 4
  %2894 = icmp ult i64 %i38.addr.03242, 28
  br i1 %2894, label %p9.head.preheader, label %i39.body.preheader

i39.body.preheader:                               ; preds = %p9.exit
  %L = tail call i64 @llvm.smin.i64(i64 %296, i64 32)
  br label %i39.body

i39.body:                                         ; preds = %i39.body.preheader, %endif1527
  %i39.addr.03260 = phi i64 [ %i39.next, %endif1527 ], [ 0, %i39.body.preheader ]
  %2895 = shl nuw nsw i64 %i39.addr.03260, 6
  %2896 = getelementptr inbounds float, ptr %dQc, i64 %2895
  %2897 = load <16 x float>, ptr %2896, align 4
  %2898 = or disjoint i64 %2895, 16
  %2899 = getelementptr inbounds float, ptr %dQc, i64 %2898
  %2900 = load <16 x float>, ptr %2899, align 4
  %2901 = or disjoint i64 %2895, 32
  %2902 = getelementptr inbounds float, ptr %dQc, i64 %2901
  %2903 = load <16 x float>, ptr %2902, align 4
  %2904 = or disjoint i64 %2895, 48
  %2905 = getelementptr inbounds float, ptr %dQc, i64 %2904
  %2906 = load <16 x float>, ptr %2905, align 4
  %2907 = or disjoint i64 %i39.addr.03260, 1
  %2908 = shl nuw nsw i64 %2907, 6
  %2909 = getelementptr inbounds float, ptr %dQc, i64 %2908
  %2910 = load <16 x float>, ptr %2909, align 4
  %2911 = or disjoint i64 %2908, 16
  %2912 = getelementptr inbounds float, ptr %dQc, i64 %2911
  %2913 = load <16 x float>, ptr %2912, align 4
  %2914 = or disjoint i64 %2908, 32
  %2915 = getelementptr inbounds float, ptr %dQc, i64 %2914
  %2916 = load <16 x float>, ptr %2915, align 4
  %2917 = or disjoint i64 %2908, 48
  %2918 = getelementptr inbounds float, ptr %dQc, i64 %2917
  %2919 = load <16 x float>, ptr %2918, align 4
  %2920 = or disjoint i64 %i39.addr.03260, 2
  %2921 = shl nuw nsw i64 %2920, 6
  %2922 = getelementptr inbounds float, ptr %dQc, i64 %2921
  %2923 = load <16 x float>, ptr %2922, align 4
  %2924 = or disjoint i64 %2921, 16
  %2925 = getelementptr inbounds float, ptr %dQc, i64 %2924
  %2926 = load <16 x float>, ptr %2925, align 4
  %2927 = or disjoint i64 %2921, 32
  %2928 = getelementptr inbounds float, ptr %dQc, i64 %2927
  %2929 = load <16 x float>, ptr %2928, align 4
  %2930 = or disjoint i64 %2921, 48
  %2931 = getelementptr inbounds float, ptr %dQc, i64 %2930
  %2932 = load <16 x float>, ptr %2931, align 4
  %2933 = or disjoint i64 %i39.addr.03260, 3
  %2934 = shl nuw nsw i64 %2933, 6
  %2935 = getelementptr inbounds float, ptr %dQc, i64 %2934
  %2936 = load <16 x float>, ptr %2935, align 4
  %2937 = or disjoint i64 %2934, 16
  %2938 = getelementptr inbounds float, ptr %dQc, i64 %2937
  %2939 = load <16 x float>, ptr %2938, align 4
  %2940 = or disjoint i64 %2934, 32
  %2941 = getelementptr inbounds float, ptr %dQc, i64 %2940
  %2942 = load <16 x float>, ptr %2941, align 4
  %2943 = or disjoint i64 %2934, 48
  %2944 = getelementptr inbounds float, ptr %dQc, i64 %2943
  %2945 = load <16 x float>, ptr %2944, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.03259 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.03258 = phi <16 x float> [ %2945, %i39.body ], [ %2992, %p10.body ]
  %acc118.03257 = phi <16 x float> [ %2942, %i39.body ], [ %2991, %p10.body ]
  %acc117.03256 = phi <16 x float> [ %2939, %i39.body ], [ %2990, %p10.body ]
  %acc116.03255 = phi <16 x float> [ %2936, %i39.body ], [ %2989, %p10.body ]
  %acc115.03254 = phi <16 x float> [ %2932, %i39.body ], [ %2983, %p10.body ]
  %acc114.03253 = phi <16 x float> [ %2929, %i39.body ], [ %2982, %p10.body ]
  %acc113.03252 = phi <16 x float> [ %2926, %i39.body ], [ %2981, %p10.body ]
  %acc112.03251 = phi <16 x float> [ %2923, %i39.body ], [ %2980, %p10.body ]
  %acc111.03250 = phi <16 x float> [ %2919, %i39.body ], [ %2974, %p10.body ]
  %acc110.03249 = phi <16 x float> [ %2916, %i39.body ], [ %2973, %p10.body ]
  %acc109.03248 = phi <16 x float> [ %2913, %i39.body ], [ %2972, %p10.body ]
  %acc108.03247 = phi <16 x float> [ %2910, %i39.body ], [ %2971, %p10.body ]
  %acc107.03246 = phi <16 x float> [ %2906, %i39.body ], [ %2965, %p10.body ]
  %acc106.03245 = phi <16 x float> [ %2903, %i39.body ], [ %2964, %p10.body ]
  %acc105.03244 = phi <16 x float> [ %2900, %i39.body ], [ %2963, %p10.body ]
  %acc104.03243 = phi <16 x float> [ %2897, %i39.body ], [ %2962, %p10.body ]
  %.idx3033 = shl nuw nsw i64 %p10.addr.03259, 8
  %2946 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3033
  %2947 = getelementptr inbounds i8, ptr %2946, i64 40960
  %2948 = load <16 x float>, ptr %2947, align 4
  %2949 = getelementptr inbounds i8, ptr %2946, i64 41024
  %2950 = load <16 x float>, ptr %2949, align 4
  %2951 = getelementptr inbounds i8, ptr %2946, i64 41088
  %2952 = load <16 x float>, ptr %2951, align 4
  %2953 = getelementptr inbounds i8, ptr %2946, i64 41152
  %2954 = load <16 x float>, ptr %2953, align 4
  %2955 = mul nuw nsw i64 %p10.addr.03259, 224
  %2956 = add nuw nsw i64 %2955, 128
  %2957 = or disjoint i64 %2956, %i39.addr.03260
  %2958 = getelementptr inbounds float, ptr %Ak, i64 %2957
  %2959 = load float, ptr %2958, align 4
  %2960 = insertelement <16 x float> poison, float %2959, i64 0
  %2961 = shufflevector <16 x float> %2960, <16 x float> poison, <16 x i32> zeroinitializer
  %2962 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2961, <16 x float> %2948, <16 x float> %acc104.03243)
  %2963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2961, <16 x float> %2950, <16 x float> %acc105.03244)
  %2964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2961, <16 x float> %2952, <16 x float> %acc106.03245)
  %2965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2961, <16 x float> %2954, <16 x float> %acc107.03246)
  %2966 = or disjoint i64 %2956, %2907
  %2967 = getelementptr inbounds float, ptr %Ak, i64 %2966
  %2968 = load float, ptr %2967, align 4
  %2969 = insertelement <16 x float> poison, float %2968, i64 0
  %2970 = shufflevector <16 x float> %2969, <16 x float> poison, <16 x i32> zeroinitializer
  %2971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2970, <16 x float> %2948, <16 x float> %acc108.03247)
  %2972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2970, <16 x float> %2950, <16 x float> %acc109.03248)
  %2973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2970, <16 x float> %2952, <16 x float> %acc110.03249)
  %2974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2970, <16 x float> %2954, <16 x float> %acc111.03250)
  %2975 = or disjoint i64 %2956, %2920
  %2976 = getelementptr inbounds float, ptr %Ak, i64 %2975
  %2977 = load float, ptr %2976, align 4
  %2978 = insertelement <16 x float> poison, float %2977, i64 0
  %2979 = shufflevector <16 x float> %2978, <16 x float> poison, <16 x i32> zeroinitializer
  %2980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2948, <16 x float> %acc112.03251)
  %2981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2950, <16 x float> %acc113.03252)
  %2982 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2952, <16 x float> %acc114.03253)
  %2983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2954, <16 x float> %acc115.03254)
  %2984 = or disjoint i64 %2956, %2933
  %2985 = getelementptr inbounds float, ptr %Ak, i64 %2984
  %2986 = load float, ptr %2985, align 4
  %2987 = insertelement <16 x float> poison, float %2986, i64 0
  %2988 = shufflevector <16 x float> %2987, <16 x float> poison, <16 x i32> zeroinitializer
  %2989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2988, <16 x float> %2948, <16 x float> %acc116.03255)
  %2990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2988, <16 x float> %2950, <16 x float> %acc117.03256)
  %2991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2988, <16 x float> %2952, <16 x float> %acc118.03257)
  %2992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2988, <16 x float> %2954, <16 x float> %acc119.03258)
  %p10.next = add nuw nsw i64 %p10.addr.03259, 1
  %exitcond3668.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond3668.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2993 = icmp slt i64 %i39.addr.03260, %L
  br i1 %2993, label %then1465, label %endif1479

then1465:                                         ; preds = %p10.exit
  %2994 = fmul <16 x float> %2962, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2995 = or disjoint i64 %i39.addr.03260, %t0
  %.idx3022 = shl nsw i64 %2995, 8
  %2996 = getelementptr inbounds i8, ptr %gep3398, i64 %.idx3022
  store <16 x float> %2994, ptr %2996, align 4
  %2997 = fmul <16 x float> %2963, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2998 = shl nsw i64 %2995, 6
  %2999 = or disjoint i64 %2998, 16
  %3000 = getelementptr inbounds float, ptr %gep3398, i64 %2999
  store <16 x float> %2997, ptr %3000, align 4
  %3001 = fmul <16 x float> %2964, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3002 = or disjoint i64 %2998, 32
  %3003 = getelementptr inbounds float, ptr %gep3398, i64 %3002
  store <16 x float> %3001, ptr %3003, align 4
  %3004 = fmul <16 x float> %2965, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3005 = or disjoint i64 %2998, 48
  %3006 = getelementptr inbounds float, ptr %gep3398, i64 %3005
  store <16 x float> %3004, ptr %3006, align 4
  br label %endif1479

endif1479:                                        ; preds = %p10.exit, %then1465
  %3007 = icmp slt i64 %2907, %L
  br i1 %3007, label %then1481, label %endif1495

then1481:                                         ; preds = %endif1479
  %3008 = fmul <16 x float> %2971, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3009 = or disjoint i64 %2907, %t0
  %.idx3023 = shl nsw i64 %3009, 8
  %3010 = getelementptr inbounds i8, ptr %gep3398, i64 %.idx3023
  store <16 x float> %3008, ptr %3010, align 4
  %3011 = fmul <16 x float> %2972, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3012 = shl nsw i64 %3009, 6
  %3013 = or disjoint i64 %3012, 16
  %3014 = getelementptr inbounds float, ptr %gep3398, i64 %3013
  store <16 x float> %3011, ptr %3014, align 4
  %3015 = fmul <16 x float> %2973, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3016 = or disjoint i64 %3012, 32
  %3017 = getelementptr inbounds float, ptr %gep3398, i64 %3016
  store <16 x float> %3015, ptr %3017, align 4
  %3018 = fmul <16 x float> %2974, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3019 = or disjoint i64 %3012, 48
  %3020 = getelementptr inbounds float, ptr %gep3398, i64 %3019
  store <16 x float> %3018, ptr %3020, align 4
  br label %endif1495

endif1495:                                        ; preds = %endif1479, %then1481
  %3021 = icmp slt i64 %2920, %L
  br i1 %3021, label %then1497, label %endif1511

then1497:                                         ; preds = %endif1495
  %3022 = fmul <16 x float> %2980, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3023 = or disjoint i64 %2920, %t0
  %.idx3024 = shl nsw i64 %3023, 8
  %3024 = getelementptr inbounds i8, ptr %gep3398, i64 %.idx3024
  store <16 x float> %3022, ptr %3024, align 4
  %3025 = fmul <16 x float> %2981, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3026 = shl nsw i64 %3023, 6
  %3027 = or disjoint i64 %3026, 16
  %3028 = getelementptr inbounds float, ptr %gep3398, i64 %3027
  store <16 x float> %3025, ptr %3028, align 4
  %3029 = fmul <16 x float> %2982, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3030 = or disjoint i64 %3026, 32
  %3031 = getelementptr inbounds float, ptr %gep3398, i64 %3030
  store <16 x float> %3029, ptr %3031, align 4
  %3032 = fmul <16 x float> %2983, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3033 = or disjoint i64 %3026, 48
  %3034 = getelementptr inbounds float, ptr %gep3398, i64 %3033
  store <16 x float> %3032, ptr %3034, align 4
  br label %endif1511

endif1511:                                        ; preds = %endif1495, %then1497
  %3035 = icmp slt i64 %2933, %L
  br i1 %3035, label %then1513, label %endif1527

then1513:                                         ; preds = %endif1511
  %3036 = fmul <16 x float> %2989, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3037 = or disjoint i64 %2933, %t0
  %.idx3025 = shl nsw i64 %3037, 8
  %3038 = getelementptr inbounds i8, ptr %gep3398, i64 %.idx3025
  store <16 x float> %3036, ptr %3038, align 4
  %3039 = fmul <16 x float> %2990, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3040 = shl nsw i64 %3037, 6
  %3041 = or disjoint i64 %3040, 16
  %3042 = getelementptr inbounds float, ptr %gep3398, i64 %3041
  store <16 x float> %3039, ptr %3042, align 4
  %3043 = fmul <16 x float> %2991, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3044 = or disjoint i64 %3040, 32
  %3045 = getelementptr inbounds float, ptr %gep3398, i64 %3044
  store <16 x float> %3043, ptr %3045, align 4
  %3046 = fmul <16 x float> %2992, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3047 = or disjoint i64 %3040, 48
  %3048 = getelementptr inbounds float, ptr %gep3398, i64 %3047
  store <16 x float> %3046, ptr %3048, align 4
  br label %endif1527

endif1527:                                        ; preds = %endif1511, %then1513
  %i39.next = add nuw nsw i64 %i39.addr.03260, 4
  %3049 = icmp ult i64 %i39.addr.03260, 28
  br i1 %3049, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1527
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %3050 = icmp sgt i64 %296, 0
  br i1 %3050, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter = and i64 %smax4380, 1
  %3051 = icmp slt i64 %indvars.iv3674, 2
  br i1 %3051, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter = and i64 %smax4380, 62
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.03295 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %3052 = shl nuw nsw i64 %ib1.addr.03295, 2
  %i01 = sub nuw nsw i64 60, %3052
  %3053 = shl nuw nsw i64 %i01, 6
  %3054 = getelementptr inbounds float, ptr %OY, i64 %3053
  %3055 = getelementptr inbounds i8, ptr %3054, i64 8192
  %3056 = load <16 x float>, ptr %3055, align 4
  %3057 = getelementptr inbounds i8, ptr %3054, i64 8256
  %3058 = load <16 x float>, ptr %3057, align 4
  %3059 = getelementptr inbounds i8, ptr %3054, i64 8320
  %3060 = load <16 x float>, ptr %3059, align 4
  %3061 = getelementptr inbounds i8, ptr %3054, i64 8384
  %3062 = load <16 x float>, ptr %3061, align 4
  %3063 = sub nuw nsw i64 61, %3052
  %3064 = shl nuw nsw i64 %3063, 6
  %3065 = getelementptr inbounds float, ptr %OY, i64 %3064
  %3066 = getelementptr inbounds i8, ptr %3065, i64 8192
  %3067 = load <16 x float>, ptr %3066, align 4
  %3068 = getelementptr inbounds i8, ptr %3065, i64 8256
  %3069 = load <16 x float>, ptr %3068, align 4
  %3070 = getelementptr inbounds i8, ptr %3065, i64 8320
  %3071 = load <16 x float>, ptr %3070, align 4
  %3072 = getelementptr inbounds i8, ptr %3065, i64 8384
  %3073 = load <16 x float>, ptr %3072, align 4
  %3074 = sub nuw nsw i64 62, %3052
  %3075 = shl nuw nsw i64 %3074, 6
  %3076 = getelementptr inbounds float, ptr %OY, i64 %3075
  %3077 = getelementptr inbounds i8, ptr %3076, i64 8192
  %3078 = load <16 x float>, ptr %3077, align 4
  %3079 = getelementptr inbounds i8, ptr %3076, i64 8256
  %3080 = load <16 x float>, ptr %3079, align 4
  %3081 = getelementptr inbounds i8, ptr %3076, i64 8320
  %3082 = load <16 x float>, ptr %3081, align 4
  %3083 = getelementptr inbounds i8, ptr %3076, i64 8384
  %3084 = load <16 x float>, ptr %3083, align 4
  %3085 = sub nuw nsw i64 63, %3052
  %3086 = shl nuw nsw i64 %3085, 6
  %3087 = getelementptr inbounds float, ptr %OY, i64 %3086
  %3088 = getelementptr inbounds i8, ptr %3087, i64 8192
  %3089 = load <16 x float>, ptr %3088, align 4
  %3090 = getelementptr inbounds i8, ptr %3087, i64 8256
  %3091 = load <16 x float>, ptr %3090, align 4
  %3092 = getelementptr inbounds i8, ptr %3087, i64 8320
  %3093 = load <16 x float>, ptr %3092, align 4
  %3094 = getelementptr inbounds i8, ptr %3087, i64 8384
  %3095 = load <16 x float>, ptr %3094, align 4
  %.not3443 = icmp eq i64 %ib1.addr.03295, 0
  br i1 %.not3443, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %3096 = sub nuw nsw i64 64, %3052
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.03278 = phi i64 [ %j30.next, %j30.body ], [ %3096, %j30.body.preheader ]
  %acc135.03277 = phi <16 x float> [ %3146, %j30.body ], [ %3095, %j30.body.preheader ]
  %acc134.03276 = phi <16 x float> [ %3145, %j30.body ], [ %3093, %j30.body.preheader ]
  %acc133.03275 = phi <16 x float> [ %3144, %j30.body ], [ %3091, %j30.body.preheader ]
  %acc132.03274 = phi <16 x float> [ %3143, %j30.body ], [ %3089, %j30.body.preheader ]
  %acc131.03273 = phi <16 x float> [ %3136, %j30.body ], [ %3084, %j30.body.preheader ]
  %acc130.03272 = phi <16 x float> [ %3135, %j30.body ], [ %3082, %j30.body.preheader ]
  %acc129.03271 = phi <16 x float> [ %3134, %j30.body ], [ %3080, %j30.body.preheader ]
  %acc128.03270 = phi <16 x float> [ %3133, %j30.body ], [ %3078, %j30.body.preheader ]
  %acc127.03269 = phi <16 x float> [ %3126, %j30.body ], [ %3073, %j30.body.preheader ]
  %acc126.03268 = phi <16 x float> [ %3125, %j30.body ], [ %3071, %j30.body.preheader ]
  %acc125.03267 = phi <16 x float> [ %3124, %j30.body ], [ %3069, %j30.body.preheader ]
  %acc124.03266 = phi <16 x float> [ %3123, %j30.body ], [ %3067, %j30.body.preheader ]
  %acc123.03265 = phi <16 x float> [ %3116, %j30.body ], [ %3062, %j30.body.preheader ]
  %acc122.03264 = phi <16 x float> [ %3115, %j30.body ], [ %3060, %j30.body.preheader ]
  %acc121.03263 = phi <16 x float> [ %3114, %j30.body ], [ %3058, %j30.body.preheader ]
  %acc120.03262 = phi <16 x float> [ %3113, %j30.body ], [ %3056, %j30.body.preheader ]
  %3097 = shl nuw nsw i64 %j30.addr.03278, 6
  %3098 = getelementptr inbounds float, ptr %OY, i64 %3097
  %3099 = getelementptr inbounds i8, ptr %3098, i64 8192
  %3100 = load <16 x float>, ptr %3099, align 4
  %3101 = getelementptr inbounds i8, ptr %3098, i64 8256
  %3102 = load <16 x float>, ptr %3101, align 4
  %3103 = getelementptr inbounds i8, ptr %3098, i64 8320
  %3104 = load <16 x float>, ptr %3103, align 4
  %3105 = getelementptr inbounds i8, ptr %3098, i64 8384
  %3106 = load <16 x float>, ptr %3105, align 4
  %3107 = or disjoint i64 %3097, %i01
  %3108 = getelementptr inbounds float, ptr %Gm, i64 %3107
  %3109 = load float, ptr %3108, align 4
  %3110 = fneg float %3109
  %3111 = insertelement <16 x float> poison, float %3110, i64 0
  %3112 = shufflevector <16 x float> %3111, <16 x float> poison, <16 x i32> zeroinitializer
  %3113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3112, <16 x float> %3100, <16 x float> %acc120.03262)
  %3114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3112, <16 x float> %3102, <16 x float> %acc121.03263)
  %3115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3112, <16 x float> %3104, <16 x float> %acc122.03264)
  %3116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3112, <16 x float> %3106, <16 x float> %acc123.03265)
  %3117 = or disjoint i64 %3097, %3063
  %3118 = getelementptr inbounds float, ptr %Gm, i64 %3117
  %3119 = load float, ptr %3118, align 4
  %3120 = fneg float %3119
  %3121 = insertelement <16 x float> poison, float %3120, i64 0
  %3122 = shufflevector <16 x float> %3121, <16 x float> poison, <16 x i32> zeroinitializer
  %3123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3100, <16 x float> %acc124.03266)
  %3124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3102, <16 x float> %acc125.03267)
  %3125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3104, <16 x float> %acc126.03268)
  %3126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3106, <16 x float> %acc127.03269)
  %3127 = or disjoint i64 %3097, %3074
  %3128 = getelementptr inbounds float, ptr %Gm, i64 %3127
  %3129 = load float, ptr %3128, align 4
  %3130 = fneg float %3129
  %3131 = insertelement <16 x float> poison, float %3130, i64 0
  %3132 = shufflevector <16 x float> %3131, <16 x float> poison, <16 x i32> zeroinitializer
  %3133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3100, <16 x float> %acc128.03270)
  %3134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3102, <16 x float> %acc129.03271)
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3104, <16 x float> %acc130.03272)
  %3136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3106, <16 x float> %acc131.03273)
  %3137 = or disjoint i64 %3097, %3085
  %3138 = getelementptr inbounds float, ptr %Gm, i64 %3137
  %3139 = load float, ptr %3138, align 4
  %3140 = fneg float %3139
  %3141 = insertelement <16 x float> poison, float %3140, i64 0
  %3142 = shufflevector <16 x float> %3141, <16 x float> poison, <16 x i32> zeroinitializer
  %3143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %3100, <16 x float> %acc132.03274)
  %3144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %3102, <16 x float> %acc133.03275)
  %3145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %3104, <16 x float> %acc134.03276)
  %3146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %3106, <16 x float> %acc135.03277)
  %j30.next = add nuw nsw i64 %j30.addr.03278, 1
  %3147 = icmp ult i64 %j30.addr.03278, 63
  br i1 %3147, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %3056, %ib1.body ], [ %3113, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %3058, %ib1.body ], [ %3114, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %3060, %ib1.body ], [ %3115, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %3062, %ib1.body ], [ %3116, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %3067, %ib1.body ], [ %3123, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %3069, %ib1.body ], [ %3124, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %3071, %ib1.body ], [ %3125, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %3073, %ib1.body ], [ %3126, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %3078, %ib1.body ], [ %3133, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %3080, %ib1.body ], [ %3134, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %3082, %ib1.body ], [ %3135, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %3084, %ib1.body ], [ %3136, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %3089, %ib1.body ], [ %3143, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %3091, %ib1.body ], [ %3144, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %3093, %ib1.body ], [ %3145, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %3095, %ib1.body ], [ %3146, %j30.body ]
  %3148 = getelementptr inbounds float, ptr %Rr, i64 %3086
  %3149 = load <16 x float>, ptr %3148, align 4
  %3150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %3149, <16 x float> zeroinitializer)
  %3151 = or disjoint i64 %3086, 16
  %3152 = getelementptr inbounds float, ptr %Rr, i64 %3151
  %3153 = load <16 x float>, ptr %3152, align 4
  %3154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %3153, <16 x float> %3150)
  %3155 = or disjoint i64 %3086, 32
  %3156 = getelementptr inbounds float, ptr %Rr, i64 %3155
  %3157 = load <16 x float>, ptr %3156, align 4
  %3158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %3157, <16 x float> %3154)
  %3159 = or disjoint i64 %3086, 48
  %3160 = getelementptr inbounds float, ptr %Rr, i64 %3159
  %3161 = load <16 x float>, ptr %3160, align 4
  %3162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %3161, <16 x float> %3158)
  %3163 = shufflevector <16 x float> %3162, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3164 = shufflevector <16 x float> %3162, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3165 = fadd <8 x float> %3163, %3164
  %3166 = shufflevector <8 x float> %3165, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3167 = shufflevector <8 x float> %3165, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3168 = fadd <4 x float> %3166, %3167
  %3169 = shufflevector <4 x float> %3168, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3170 = shufflevector <4 x float> %3168, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3171 = fadd <2 x float> %3169, %3170
  %3172 = shufflevector <2 x float> %3171, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3173 = shufflevector <2 x float> %3171, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3174 = getelementptr inbounds float, ptr %bet, i64 %3085
  %3175 = load float, ptr %3174, align 4
  %3176 = insertelement <16 x float> poison, float %3175, i64 0
  %3177 = shufflevector <16 x float> %3176, <16 x float> poison, <16 x i32> zeroinitializer
  %3178 = fmul <16 x float> %acc132.0.lcssa, %3177
  store <16 x float> %3178, ptr %3088, align 4
  %3179 = fneg <16 x float> %3178
  %3180 = mul nuw nsw i64 %3085, 224
  %3181 = or disjoint i64 %3180, 64
  %3182 = getelementptr inbounds float, ptr %Ak, i64 %3181
  store <16 x float> %3179, ptr %3182, align 4
  %3183 = fmul <16 x float> %acc133.0.lcssa, %3177
  store <16 x float> %3183, ptr %3090, align 4
  %3184 = fneg <16 x float> %3183
  %3185 = or disjoint i64 %3180, 80
  %3186 = getelementptr inbounds float, ptr %Ak, i64 %3185
  store <16 x float> %3184, ptr %3186, align 4
  %3187 = fmul <16 x float> %acc134.0.lcssa, %3177
  store <16 x float> %3187, ptr %3092, align 4
  %3188 = fneg <16 x float> %3187
  %3189 = getelementptr inbounds float, ptr %Ak, i64 %3180
  %3190 = getelementptr inbounds i8, ptr %3189, i64 384
  store <16 x float> %3188, ptr %3190, align 4
  %3191 = fmul <16 x float> %acc135.0.lcssa, %3177
  store <16 x float> %3191, ptr %3094, align 4
  %3192 = fneg <16 x float> %3191
  %3193 = getelementptr inbounds i8, ptr %3189, i64 448
  store <16 x float> %3192, ptr %3193, align 4
  %3194 = or disjoint i64 %3086, %3074
  %3195 = getelementptr inbounds float, ptr %Gm, i64 %3194
  %3196 = load float, ptr %3195, align 4
  %3197 = fneg float %3196
  %3198 = insertelement <16 x float> poison, float %3197, i64 0
  %3199 = shufflevector <16 x float> %3198, <16 x float> poison, <16 x i32> zeroinitializer
  %3200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3199, <16 x float> %3178, <16 x float> %acc128.0.lcssa)
  %3201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3199, <16 x float> %3183, <16 x float> %acc129.0.lcssa)
  %3202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3199, <16 x float> %3187, <16 x float> %acc130.0.lcssa)
  %3203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3199, <16 x float> %3191, <16 x float> %acc131.0.lcssa)
  %3204 = getelementptr inbounds float, ptr %Rr, i64 %3075
  %3205 = load <16 x float>, ptr %3204, align 4
  %3206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3200, <16 x float> %3205, <16 x float> zeroinitializer)
  %3207 = or disjoint i64 %3075, 16
  %3208 = getelementptr inbounds float, ptr %Rr, i64 %3207
  %3209 = load <16 x float>, ptr %3208, align 4
  %3210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3201, <16 x float> %3209, <16 x float> %3206)
  %3211 = or disjoint i64 %3075, 32
  %3212 = getelementptr inbounds float, ptr %Rr, i64 %3211
  %3213 = load <16 x float>, ptr %3212, align 4
  %3214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3202, <16 x float> %3213, <16 x float> %3210)
  %3215 = or disjoint i64 %3075, 48
  %3216 = getelementptr inbounds float, ptr %Rr, i64 %3215
  %3217 = load <16 x float>, ptr %3216, align 4
  %3218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3203, <16 x float> %3217, <16 x float> %3214)
  %3219 = shufflevector <16 x float> %3218, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3220 = shufflevector <16 x float> %3218, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3221 = fadd <8 x float> %3219, %3220
  %3222 = shufflevector <8 x float> %3221, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3223 = shufflevector <8 x float> %3221, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3224 = fadd <4 x float> %3222, %3223
  %3225 = shufflevector <4 x float> %3224, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3226 = shufflevector <4 x float> %3224, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3227 = fadd <2 x float> %3225, %3226
  %3228 = shufflevector <2 x float> %3227, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3229 = shufflevector <2 x float> %3227, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3230 = getelementptr inbounds float, ptr %bet, i64 %3074
  %3231 = load float, ptr %3230, align 4
  %3232 = insertelement <16 x float> poison, float %3231, i64 0
  %3233 = shufflevector <16 x float> %3232, <16 x float> poison, <16 x i32> zeroinitializer
  %3234 = fmul <16 x float> %3200, %3233
  store <16 x float> %3234, ptr %3077, align 4
  %3235 = fneg <16 x float> %3234
  %.idx3031 = mul nuw nsw i64 %3074, 896
  %3236 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3031
  %3237 = getelementptr inbounds i8, ptr %3236, i64 256
  store <16 x float> %3235, ptr %3237, align 4
  %3238 = fmul <16 x float> %3201, %3233
  store <16 x float> %3238, ptr %3079, align 4
  %3239 = fneg <16 x float> %3238
  %3240 = getelementptr inbounds i8, ptr %3236, i64 320
  store <16 x float> %3239, ptr %3240, align 4
  %3241 = fmul <16 x float> %3202, %3233
  store <16 x float> %3241, ptr %3081, align 4
  %3242 = fneg <16 x float> %3241
  %3243 = getelementptr inbounds i8, ptr %3236, i64 384
  store <16 x float> %3242, ptr %3243, align 4
  %3244 = fmul <16 x float> %3203, %3233
  store <16 x float> %3244, ptr %3083, align 4
  %3245 = fneg <16 x float> %3244
  %3246 = getelementptr inbounds i8, ptr %3236, i64 448
  store <16 x float> %3245, ptr %3246, align 4
  %3247 = or disjoint i64 %3075, %3063
  %3248 = getelementptr inbounds float, ptr %Gm, i64 %3247
  %3249 = load float, ptr %3248, align 4
  %3250 = fneg float %3249
  %3251 = insertelement <16 x float> poison, float %3250, i64 0
  %3252 = shufflevector <16 x float> %3251, <16 x float> poison, <16 x i32> zeroinitializer
  %3253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3252, <16 x float> %3234, <16 x float> %acc124.0.lcssa)
  %3254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3252, <16 x float> %3238, <16 x float> %acc125.0.lcssa)
  %3255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3252, <16 x float> %3241, <16 x float> %acc126.0.lcssa)
  %3256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3252, <16 x float> %3244, <16 x float> %acc127.0.lcssa)
  %3257 = or disjoint i64 %3086, %3063
  %3258 = getelementptr inbounds float, ptr %Gm, i64 %3257
  %3259 = load float, ptr %3258, align 4
  %3260 = fneg float %3259
  %3261 = insertelement <16 x float> poison, float %3260, i64 0
  %3262 = shufflevector <16 x float> %3261, <16 x float> poison, <16 x i32> zeroinitializer
  %3263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3262, <16 x float> %3178, <16 x float> %3253)
  %3264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3262, <16 x float> %3183, <16 x float> %3254)
  %3265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3262, <16 x float> %3187, <16 x float> %3255)
  %3266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3262, <16 x float> %3191, <16 x float> %3256)
  %3267 = getelementptr inbounds float, ptr %Rr, i64 %3064
  %3268 = load <16 x float>, ptr %3267, align 4
  %3269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3263, <16 x float> %3268, <16 x float> zeroinitializer)
  %3270 = or disjoint i64 %3064, 16
  %3271 = getelementptr inbounds float, ptr %Rr, i64 %3270
  %3272 = load <16 x float>, ptr %3271, align 4
  %3273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3264, <16 x float> %3272, <16 x float> %3269)
  %3274 = or disjoint i64 %3064, 32
  %3275 = getelementptr inbounds float, ptr %Rr, i64 %3274
  %3276 = load <16 x float>, ptr %3275, align 4
  %3277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3265, <16 x float> %3276, <16 x float> %3273)
  %3278 = or disjoint i64 %3064, 48
  %3279 = getelementptr inbounds float, ptr %Rr, i64 %3278
  %3280 = load <16 x float>, ptr %3279, align 4
  %3281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3266, <16 x float> %3280, <16 x float> %3277)
  %3282 = shufflevector <16 x float> %3281, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3283 = shufflevector <16 x float> %3281, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3284 = fadd <8 x float> %3282, %3283
  %3285 = shufflevector <8 x float> %3284, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3286 = shufflevector <8 x float> %3284, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3287 = fadd <4 x float> %3285, %3286
  %3288 = shufflevector <4 x float> %3287, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3289 = shufflevector <4 x float> %3287, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3290 = fadd <2 x float> %3288, %3289
  %3291 = getelementptr inbounds float, ptr %bet, i64 %3063
  %3292 = load float, ptr %3291, align 4
  %3293 = insertelement <16 x float> poison, float %3292, i64 0
  %3294 = shufflevector <16 x float> %3293, <16 x float> poison, <16 x i32> zeroinitializer
  %3295 = fmul <16 x float> %3263, %3294
  store <16 x float> %3295, ptr %3066, align 4
  %3296 = fneg <16 x float> %3295
  %.idx3032 = mul nuw nsw i64 %3063, 896
  %3297 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3032
  %3298 = getelementptr inbounds i8, ptr %3297, i64 256
  store <16 x float> %3296, ptr %3298, align 4
  %3299 = fmul <16 x float> %3264, %3294
  store <16 x float> %3299, ptr %3068, align 4
  %3300 = fneg <16 x float> %3299
  %3301 = getelementptr inbounds i8, ptr %3297, i64 320
  store <16 x float> %3300, ptr %3301, align 4
  %3302 = fmul <16 x float> %3265, %3294
  store <16 x float> %3302, ptr %3070, align 4
  %3303 = fneg <16 x float> %3302
  %3304 = getelementptr inbounds i8, ptr %3297, i64 384
  store <16 x float> %3303, ptr %3304, align 4
  %3305 = fmul <16 x float> %3266, %3294
  store <16 x float> %3305, ptr %3072, align 4
  %3306 = fneg <16 x float> %3305
  %3307 = getelementptr inbounds i8, ptr %3297, i64 448
  store <16 x float> %3306, ptr %3307, align 4
  %3308 = or disjoint i64 %3064, %i01
  %3309 = getelementptr inbounds float, ptr %Gm, i64 %3308
  %3310 = load float, ptr %3309, align 4
  %3311 = fneg float %3310
  %3312 = insertelement <16 x float> poison, float %3311, i64 0
  %3313 = shufflevector <16 x float> %3312, <16 x float> poison, <16 x i32> zeroinitializer
  %3314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3313, <16 x float> %3295, <16 x float> %acc120.0.lcssa)
  %3315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3313, <16 x float> %3299, <16 x float> %acc121.0.lcssa)
  %3316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3313, <16 x float> %3302, <16 x float> %acc122.0.lcssa)
  %3317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3313, <16 x float> %3305, <16 x float> %acc123.0.lcssa)
  %3318 = or disjoint i64 %3075, %i01
  %3319 = getelementptr inbounds float, ptr %Gm, i64 %3318
  %3320 = load float, ptr %3319, align 4
  %3321 = fneg float %3320
  %3322 = insertelement <16 x float> poison, float %3321, i64 0
  %3323 = shufflevector <16 x float> %3322, <16 x float> poison, <16 x i32> zeroinitializer
  %3324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3323, <16 x float> %3234, <16 x float> %3314)
  %3325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3323, <16 x float> %3238, <16 x float> %3315)
  %3326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3323, <16 x float> %3241, <16 x float> %3316)
  %3327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3323, <16 x float> %3244, <16 x float> %3317)
  %3328 = or disjoint i64 %3086, %i01
  %3329 = getelementptr inbounds float, ptr %Gm, i64 %3328
  %3330 = load float, ptr %3329, align 4
  %3331 = fneg float %3330
  %3332 = insertelement <16 x float> poison, float %3331, i64 0
  %3333 = shufflevector <16 x float> %3332, <16 x float> poison, <16 x i32> zeroinitializer
  %3334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3178, <16 x float> %3324)
  %3335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3183, <16 x float> %3325)
  %3336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3187, <16 x float> %3326)
  %3337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3191, <16 x float> %3327)
  %3338 = getelementptr inbounds float, ptr %Rr, i64 %3053
  %3339 = load <16 x float>, ptr %3338, align 4
  %3340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3334, <16 x float> %3339, <16 x float> zeroinitializer)
  %3341 = or disjoint i64 %3053, 16
  %3342 = getelementptr inbounds float, ptr %Rr, i64 %3341
  %3343 = load <16 x float>, ptr %3342, align 4
  %3344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3335, <16 x float> %3343, <16 x float> %3340)
  %3345 = or disjoint i64 %3053, 32
  %3346 = getelementptr inbounds float, ptr %Rr, i64 %3345
  %3347 = load <16 x float>, ptr %3346, align 4
  %3348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3336, <16 x float> %3347, <16 x float> %3344)
  %3349 = or disjoint i64 %3053, 48
  %3350 = getelementptr inbounds float, ptr %Rr, i64 %3349
  %3351 = load <16 x float>, ptr %3350, align 4
  %3352 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3337, <16 x float> %3351, <16 x float> %3348)
  %3353 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3354 = shufflevector <16 x float> %3352, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3355 = shufflevector <16 x float> %3352, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3356 = fadd <8 x float> %3354, %3355
  %3357 = shufflevector <8 x float> %3356, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3358 = shufflevector <8 x float> %3356, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3359 = fadd <4 x float> %3357, %3358
  %3360 = shufflevector <4 x float> %3359, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3361 = shufflevector <4 x float> %3359, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3362 = fadd <2 x float> %3360, %3361
  %3363 = load <4 x float>, ptr %3353, align 4
  %3364 = shufflevector <2 x float> %3362, <2 x float> %3290, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3365 = shufflevector <4 x float> %3364, <4 x float> %3229, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3366 = shufflevector <4 x float> %3365, <4 x float> %3173, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3367 = shufflevector <2 x float> %3362, <2 x float> %3290, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3368 = shufflevector <4 x float> %3367, <4 x float> %3228, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3369 = shufflevector <4 x float> %3368, <4 x float> %3172, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3370 = fadd <4 x float> %3366, %3369
  %3371 = fadd <4 x float> %3363, %3370
  store <4 x float> %3371, ptr %3353, align 4
  %3372 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3373 = load float, ptr %3372, align 4
  %3374 = insertelement <16 x float> poison, float %3373, i64 0
  %3375 = shufflevector <16 x float> %3374, <16 x float> poison, <16 x i32> zeroinitializer
  %3376 = fmul <16 x float> %3334, %3375
  store <16 x float> %3376, ptr %3055, align 4
  %3377 = fneg <16 x float> %3376
  %3378 = mul nuw nsw i64 %i01, 224
  %3379 = or disjoint i64 %3378, 64
  %3380 = getelementptr inbounds float, ptr %Ak, i64 %3379
  store <16 x float> %3377, ptr %3380, align 4
  %3381 = fmul <16 x float> %3335, %3375
  store <16 x float> %3381, ptr %3057, align 4
  %3382 = fneg <16 x float> %3381
  %3383 = or disjoint i64 %3378, 80
  %3384 = getelementptr inbounds float, ptr %Ak, i64 %3383
  store <16 x float> %3382, ptr %3384, align 4
  %3385 = fmul <16 x float> %3336, %3375
  store <16 x float> %3385, ptr %3059, align 4
  %3386 = fneg <16 x float> %3385
  %3387 = or disjoint i64 %3378, 96
  %3388 = getelementptr inbounds float, ptr %Ak, i64 %3387
  store <16 x float> %3386, ptr %3388, align 4
  %3389 = fmul <16 x float> %3337, %3375
  store <16 x float> %3389, ptr %3061, align 4
  %3390 = fneg <16 x float> %3389
  %3391 = or disjoint i64 %3378, 112
  %3392 = getelementptr inbounds float, ptr %Ak, i64 %3391
  store <16 x float> %3390, ptr %3392, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.03295, 1
  %exitcond3669.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond3669.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.03298 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter = phi i64 [ 0, %t5.body.preheader.new ], [ %niter.next.1, %t5.body ]
  %3393 = add nsw i64 %t5.addr.03298, %t0
  %.idx3444 = shl nsw i64 %t5.addr.03298, 9
  %gep3973 = getelementptr inbounds i8, ptr %invariant.gep3972, i64 %.idx3444
  %3394 = load <16 x float>, ptr %gep3973, align 4
  %.idx3445 = shl i64 %3393, 9
  %3395 = getelementptr i8, ptr %dav, i64 %.idx3445
  store <16 x float> %3394, ptr %3395, align 4
  %gep3975 = getelementptr inbounds i8, ptr %invariant.gep3974, i64 %.idx3444
  %3396 = load <16 x float>, ptr %gep3975, align 4
  %3397 = getelementptr i8, ptr %71, i64 %.idx3445
  store <16 x float> %3396, ptr %3397, align 4
  %gep3977 = getelementptr inbounds i8, ptr %invariant.gep3976, i64 %.idx3444
  %3398 = load <16 x float>, ptr %gep3977, align 4
  %3399 = getelementptr i8, ptr %72, i64 %.idx3445
  store <16 x float> %3398, ptr %3399, align 4
  %gep3979 = getelementptr inbounds i8, ptr %invariant.gep3978, i64 %.idx3444
  %3400 = load <16 x float>, ptr %gep3979, align 4
  %3401 = getelementptr i8, ptr %73, i64 %.idx3445
  store <16 x float> %3400, ptr %3401, align 4
  %i44 = shl nuw nsw i64 %t5.addr.03298, 1
  %tau2 = shl nsw i64 %3393, 1
  %3402 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %3403 = load float, ptr %3402, align 4
  %3404 = mul nsw i64 %tau2, %H
  %3405 = getelementptr inbounds float, ptr %betah1, i64 %3404
  store float %3403, ptr %3405, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx3446 = shl nsw i64 %i46, 8
  %gep3981 = getelementptr inbounds i8, ptr %invariant.gep3980, i64 %.idx3446
  %3406 = load <16 x float>, ptr %gep3981, align 4
  %.idx3447 = shl i64 %tau3, 8
  %3407 = getelementptr i8, ptr %dav, i64 %.idx3447
  store <16 x float> %3406, ptr %3407, align 4
  %gep3983 = getelementptr inbounds i8, ptr %invariant.gep3982, i64 %.idx3446
  %3408 = load <16 x float>, ptr %gep3983, align 4
  %3409 = getelementptr i8, ptr %71, i64 %.idx3447
  store <16 x float> %3408, ptr %3409, align 4
  %gep3985 = getelementptr inbounds i8, ptr %invariant.gep3984, i64 %.idx3446
  %3410 = load <16 x float>, ptr %gep3985, align 4
  %3411 = getelementptr i8, ptr %72, i64 %.idx3447
  store <16 x float> %3410, ptr %3411, align 4
  %gep3987 = getelementptr inbounds i8, ptr %invariant.gep3986, i64 %.idx3446
  %3412 = load <16 x float>, ptr %gep3987, align 4
  %3413 = getelementptr i8, ptr %73, i64 %.idx3447
  store <16 x float> %3412, ptr %3413, align 4
  %3414 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %3415 = load float, ptr %3414, align 4
  %3416 = mul nsw i64 %tau3, %H
  %3417 = getelementptr inbounds float, ptr %betah1, i64 %3416
  store float %3415, ptr %3417, align 4
  %t5.next = or disjoint i64 %t5.addr.03298, 1
  %3418 = add nsw i64 %t5.next, %t0
  %.idx3444.1 = shl nsw i64 %t5.next, 9
  %gep3973.1 = getelementptr inbounds i8, ptr %invariant.gep3972, i64 %.idx3444.1
  %3419 = load <16 x float>, ptr %gep3973.1, align 4
  %.idx3445.1 = shl i64 %3418, 9
  %3420 = getelementptr i8, ptr %dav, i64 %.idx3445.1
  store <16 x float> %3419, ptr %3420, align 4
  %gep3975.1 = getelementptr inbounds i8, ptr %invariant.gep3974, i64 %.idx3444.1
  %3421 = load <16 x float>, ptr %gep3975.1, align 4
  %3422 = getelementptr i8, ptr %71, i64 %.idx3445.1
  store <16 x float> %3421, ptr %3422, align 4
  %gep3977.1 = getelementptr inbounds i8, ptr %invariant.gep3976, i64 %.idx3444.1
  %3423 = load <16 x float>, ptr %gep3977.1, align 4
  %3424 = getelementptr i8, ptr %72, i64 %.idx3445.1
  store <16 x float> %3423, ptr %3424, align 4
  %gep3979.1 = getelementptr inbounds i8, ptr %invariant.gep3978, i64 %.idx3444.1
  %3425 = load <16 x float>, ptr %gep3979.1, align 4
  %3426 = getelementptr i8, ptr %73, i64 %.idx3445.1
  store <16 x float> %3425, ptr %3426, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %3418, 1
  %3427 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %3428 = load float, ptr %3427, align 4
  %3429 = mul nsw i64 %tau2.1, %H
  %3430 = getelementptr inbounds float, ptr %betah1, i64 %3429
  store float %3428, ptr %3430, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx3446.1 = shl nsw i64 %i46.1, 8
  %gep3981.1 = getelementptr inbounds i8, ptr %invariant.gep3980, i64 %.idx3446.1
  %3431 = load <16 x float>, ptr %gep3981.1, align 4
  %.idx3447.1 = shl i64 %tau3.1, 8
  %3432 = getelementptr i8, ptr %dav, i64 %.idx3447.1
  store <16 x float> %3431, ptr %3432, align 4
  %gep3983.1 = getelementptr inbounds i8, ptr %invariant.gep3982, i64 %.idx3446.1
  %3433 = load <16 x float>, ptr %gep3983.1, align 4
  %3434 = getelementptr i8, ptr %71, i64 %.idx3447.1
  store <16 x float> %3433, ptr %3434, align 4
  %gep3985.1 = getelementptr inbounds i8, ptr %invariant.gep3984, i64 %.idx3446.1
  %3435 = load <16 x float>, ptr %gep3985.1, align 4
  %3436 = getelementptr i8, ptr %72, i64 %.idx3447.1
  store <16 x float> %3435, ptr %3436, align 4
  %gep3987.1 = getelementptr inbounds i8, ptr %invariant.gep3986, i64 %.idx3446.1
  %3437 = load <16 x float>, ptr %gep3987.1, align 4
  %3438 = getelementptr i8, ptr %73, i64 %.idx3447.1
  store <16 x float> %3437, ptr %3438, align 4
  %3439 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %3440 = load float, ptr %3439, align 4
  %3441 = mul nsw i64 %tau3.1, %H
  %3442 = getelementptr inbounds float, ptr %betah1, i64 %3441
  store float %3440, ptr %3442, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.03298, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.03298.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %3443 = add nsw i64 %t5.addr.03298.unr, %t0
  %.idx3444.epil = shl nsw i64 %t5.addr.03298.unr, 9
  %gep3973.epil = getelementptr inbounds i8, ptr %invariant.gep3972, i64 %.idx3444.epil
  %3444 = load <16 x float>, ptr %gep3973.epil, align 4
  %.idx3445.epil = shl i64 %3443, 9
  %3445 = getelementptr i8, ptr %dav, i64 %.idx3445.epil
  store <16 x float> %3444, ptr %3445, align 4
  %gep3975.epil = getelementptr inbounds i8, ptr %invariant.gep3974, i64 %.idx3444.epil
  %3446 = load <16 x float>, ptr %gep3975.epil, align 4
  %3447 = getelementptr i8, ptr %71, i64 %.idx3445.epil
  store <16 x float> %3446, ptr %3447, align 4
  %gep3977.epil = getelementptr inbounds i8, ptr %invariant.gep3976, i64 %.idx3444.epil
  %3448 = load <16 x float>, ptr %gep3977.epil, align 4
  %3449 = getelementptr i8, ptr %72, i64 %.idx3445.epil
  store <16 x float> %3448, ptr %3449, align 4
  %gep3979.epil = getelementptr inbounds i8, ptr %invariant.gep3978, i64 %.idx3444.epil
  %3450 = load <16 x float>, ptr %gep3979.epil, align 4
  %3451 = getelementptr i8, ptr %73, i64 %.idx3445.epil
  store <16 x float> %3450, ptr %3451, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.03298.unr, 1
  %tau2.epil = shl nsw i64 %3443, 1
  %3452 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %3453 = load float, ptr %3452, align 4
  %3454 = mul nsw i64 %tau2.epil, %H
  %3455 = getelementptr inbounds float, ptr %betah1, i64 %3454
  store float %3453, ptr %3455, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx3446.epil = shl nsw i64 %i46.epil, 8
  %gep3981.epil = getelementptr inbounds i8, ptr %invariant.gep3980, i64 %.idx3446.epil
  %3456 = load <16 x float>, ptr %gep3981.epil, align 4
  %.idx3447.epil = shl i64 %tau3.epil, 8
  %3457 = getelementptr i8, ptr %dav, i64 %.idx3447.epil
  store <16 x float> %3456, ptr %3457, align 4
  %gep3983.epil = getelementptr inbounds i8, ptr %invariant.gep3982, i64 %.idx3446.epil
  %3458 = load <16 x float>, ptr %gep3983.epil, align 4
  %3459 = getelementptr i8, ptr %71, i64 %.idx3447.epil
  store <16 x float> %3458, ptr %3459, align 4
  %gep3985.epil = getelementptr inbounds i8, ptr %invariant.gep3984, i64 %.idx3446.epil
  %3460 = load <16 x float>, ptr %gep3985.epil, align 4
  %3461 = getelementptr i8, ptr %72, i64 %.idx3447.epil
  store <16 x float> %3460, ptr %3461, align 4
  %gep3987.epil = getelementptr inbounds i8, ptr %invariant.gep3986, i64 %.idx3446.epil
  %3462 = load <16 x float>, ptr %gep3987.epil, align 4
  %3463 = getelementptr i8, ptr %73, i64 %.idx3447.epil
  store <16 x float> %3462, ptr %3463, align 4
  %3464 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %3465 = load float, ptr %3464, align 4
  %3466 = mul nsw i64 %tau3.epil, %H
  %3467 = getelementptr inbounds float, ptr %betah1, i64 %3466
  store float %3465, ptr %3467, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.03316 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %3468 = shl nuw nsw i64 %i48.addr.03316, 7
  %3469 = or disjoint i64 %3468, 64
  %3470 = getelementptr inbounds float, ptr %work, i64 %3469
  %3471 = load <16 x float>, ptr %3470, align 4
  %3472 = or disjoint i64 %3468, 80
  %3473 = getelementptr inbounds float, ptr %work, i64 %3472
  %3474 = load <16 x float>, ptr %3473, align 4
  %3475 = or disjoint i64 %3468, 96
  %3476 = getelementptr inbounds float, ptr %work, i64 %3475
  %3477 = load <16 x float>, ptr %3476, align 4
  %3478 = or disjoint i64 %3468, 112
  %3479 = getelementptr inbounds float, ptr %work, i64 %3478
  %3480 = load <16 x float>, ptr %3479, align 4
  %3481 = or disjoint i64 %i48.addr.03316, 1
  %3482 = shl nuw nsw i64 %3481, 7
  %3483 = or disjoint i64 %3482, 64
  %3484 = getelementptr inbounds float, ptr %work, i64 %3483
  %3485 = load <16 x float>, ptr %3484, align 4
  %3486 = or disjoint i64 %3482, 80
  %3487 = getelementptr inbounds float, ptr %work, i64 %3486
  %3488 = load <16 x float>, ptr %3487, align 4
  %3489 = or disjoint i64 %3482, 96
  %3490 = getelementptr inbounds float, ptr %work, i64 %3489
  %3491 = load <16 x float>, ptr %3490, align 4
  %3492 = or disjoint i64 %3482, 112
  %3493 = getelementptr inbounds float, ptr %work, i64 %3492
  %3494 = load <16 x float>, ptr %3493, align 4
  %3495 = or disjoint i64 %i48.addr.03316, 2
  %3496 = shl nuw nsw i64 %3495, 7
  %3497 = or disjoint i64 %3496, 64
  %3498 = getelementptr inbounds float, ptr %work, i64 %3497
  %3499 = load <16 x float>, ptr %3498, align 4
  %3500 = or disjoint i64 %3496, 80
  %3501 = getelementptr inbounds float, ptr %work, i64 %3500
  %3502 = load <16 x float>, ptr %3501, align 4
  %3503 = or disjoint i64 %3496, 96
  %3504 = getelementptr inbounds float, ptr %work, i64 %3503
  %3505 = load <16 x float>, ptr %3504, align 4
  %3506 = or disjoint i64 %3496, 112
  %3507 = getelementptr inbounds float, ptr %work, i64 %3506
  %3508 = load <16 x float>, ptr %3507, align 4
  %3509 = or disjoint i64 %i48.addr.03316, 3
  %3510 = shl nuw nsw i64 %3509, 7
  %3511 = or disjoint i64 %3510, 64
  %3512 = getelementptr inbounds float, ptr %work, i64 %3511
  %3513 = load <16 x float>, ptr %3512, align 4
  %3514 = or disjoint i64 %3510, 80
  %3515 = getelementptr inbounds float, ptr %work, i64 %3514
  %3516 = load <16 x float>, ptr %3515, align 4
  %3517 = or disjoint i64 %3510, 96
  %3518 = getelementptr inbounds float, ptr %work, i64 %3517
  %3519 = load <16 x float>, ptr %3518, align 4
  %3520 = or disjoint i64 %3510, 112
  %3521 = getelementptr inbounds float, ptr %work, i64 %3520
  %3522 = load <16 x float>, ptr %3521, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.03315 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc151.03314 = phi <16 x float> [ %3522, %i48.body ], [ %3570, %p11.body ]
  %acc150.03313 = phi <16 x float> [ %3519, %i48.body ], [ %3569, %p11.body ]
  %acc149.03312 = phi <16 x float> [ %3516, %i48.body ], [ %3568, %p11.body ]
  %acc148.03311 = phi <16 x float> [ %3513, %i48.body ], [ %3567, %p11.body ]
  %acc147.03310 = phi <16 x float> [ %3508, %i48.body ], [ %3561, %p11.body ]
  %acc146.03309 = phi <16 x float> [ %3505, %i48.body ], [ %3560, %p11.body ]
  %acc145.03308 = phi <16 x float> [ %3502, %i48.body ], [ %3559, %p11.body ]
  %acc144.03307 = phi <16 x float> [ %3499, %i48.body ], [ %3558, %p11.body ]
  %acc143.03306 = phi <16 x float> [ %3494, %i48.body ], [ %3552, %p11.body ]
  %acc142.03305 = phi <16 x float> [ %3491, %i48.body ], [ %3551, %p11.body ]
  %acc141.03304 = phi <16 x float> [ %3488, %i48.body ], [ %3550, %p11.body ]
  %acc140.03303 = phi <16 x float> [ %3485, %i48.body ], [ %3549, %p11.body ]
  %acc139.03302 = phi <16 x float> [ %3480, %i48.body ], [ %3543, %p11.body ]
  %acc138.03301 = phi <16 x float> [ %3477, %i48.body ], [ %3542, %p11.body ]
  %acc137.03300 = phi <16 x float> [ %3474, %i48.body ], [ %3541, %p11.body ]
  %acc136.03299 = phi <16 x float> [ %3471, %i48.body ], [ %3540, %p11.body ]
  %3523 = shl nuw nsw i64 %p11.addr.03315, 6
  %3524 = getelementptr inbounds float, ptr %OY, i64 %3523
  %3525 = load <16 x float>, ptr %3524, align 4
  %3526 = or disjoint i64 %3523, 16
  %3527 = getelementptr inbounds float, ptr %OY, i64 %3526
  %3528 = load <16 x float>, ptr %3527, align 4
  %3529 = or disjoint i64 %3523, 32
  %3530 = getelementptr inbounds float, ptr %OY, i64 %3529
  %3531 = load <16 x float>, ptr %3530, align 4
  %3532 = or disjoint i64 %3523, 48
  %3533 = getelementptr inbounds float, ptr %OY, i64 %3532
  %3534 = load <16 x float>, ptr %3533, align 4
  %3535 = or disjoint i64 %3523, %i48.addr.03316
  %3536 = getelementptr inbounds float, ptr %QK, i64 %3535
  %3537 = load float, ptr %3536, align 4
  %3538 = insertelement <16 x float> poison, float %3537, i64 0
  %3539 = shufflevector <16 x float> %3538, <16 x float> poison, <16 x i32> zeroinitializer
  %3540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3539, <16 x float> %3525, <16 x float> %acc136.03299)
  %3541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3539, <16 x float> %3528, <16 x float> %acc137.03300)
  %3542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3539, <16 x float> %3531, <16 x float> %acc138.03301)
  %3543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3539, <16 x float> %3534, <16 x float> %acc139.03302)
  %3544 = or disjoint i64 %3523, %3481
  %3545 = getelementptr inbounds float, ptr %QK, i64 %3544
  %3546 = load float, ptr %3545, align 4
  %3547 = insertelement <16 x float> poison, float %3546, i64 0
  %3548 = shufflevector <16 x float> %3547, <16 x float> poison, <16 x i32> zeroinitializer
  %3549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3548, <16 x float> %3525, <16 x float> %acc140.03303)
  %3550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3548, <16 x float> %3528, <16 x float> %acc141.03304)
  %3551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3548, <16 x float> %3531, <16 x float> %acc142.03305)
  %3552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3548, <16 x float> %3534, <16 x float> %acc143.03306)
  %3553 = or disjoint i64 %3523, %3495
  %3554 = getelementptr inbounds float, ptr %QK, i64 %3553
  %3555 = load float, ptr %3554, align 4
  %3556 = insertelement <16 x float> poison, float %3555, i64 0
  %3557 = shufflevector <16 x float> %3556, <16 x float> poison, <16 x i32> zeroinitializer
  %3558 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3557, <16 x float> %3525, <16 x float> %acc144.03307)
  %3559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3557, <16 x float> %3528, <16 x float> %acc145.03308)
  %3560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3557, <16 x float> %3531, <16 x float> %acc146.03309)
  %3561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3557, <16 x float> %3534, <16 x float> %acc147.03310)
  %3562 = or disjoint i64 %3523, %3509
  %3563 = getelementptr inbounds float, ptr %QK, i64 %3562
  %3564 = load float, ptr %3563, align 4
  %3565 = insertelement <16 x float> poison, float %3564, i64 0
  %3566 = shufflevector <16 x float> %3565, <16 x float> poison, <16 x i32> zeroinitializer
  %3567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3566, <16 x float> %3525, <16 x float> %acc148.03311)
  %3568 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3566, <16 x float> %3528, <16 x float> %acc149.03312)
  %3569 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3566, <16 x float> %3531, <16 x float> %acc150.03313)
  %3570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3566, <16 x float> %3534, <16 x float> %acc151.03314)
  %p11.next = add nuw nsw i64 %p11.addr.03315, 1
  %exitcond3677.not = icmp eq i64 %p11.next, 96
  br i1 %exitcond3677.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3540, ptr %3470, align 4
  store <16 x float> %3541, ptr %3473, align 4
  store <16 x float> %3542, ptr %3476, align 4
  store <16 x float> %3543, ptr %3479, align 4
  store <16 x float> %3549, ptr %3484, align 4
  store <16 x float> %3550, ptr %3487, align 4
  store <16 x float> %3551, ptr %3490, align 4
  store <16 x float> %3552, ptr %3493, align 4
  store <16 x float> %3558, ptr %3498, align 4
  store <16 x float> %3559, ptr %3501, align 4
  store <16 x float> %3560, ptr %3504, align 4
  store <16 x float> %3561, ptr %3507, align 4
  store <16 x float> %3567, ptr %3512, align 4
  store <16 x float> %3568, ptr %3515, align 4
  store <16 x float> %3569, ptr %3518, align 4
  store <16 x float> %3570, ptr %3521, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03316, 4
  %3571 = icmp ult i64 %i48.addr.03316, 60
  br i1 %3571, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit.3, %p12.exit.2, %p12.exit.1, %p12.exit
  %3572 = icmp ult i64 %i49.addr.03329, 56
  br i1 %3572, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.03329 = phi i64 [ %3573, %i49.head.loopexit ], [ 0, %p11.exit ]
  %3573 = add nuw nsw i64 %i49.addr.03329, 8
  %3574 = mul nuw nsw i64 %i49.addr.03329, 224
  %3575 = or disjoint i64 %3574, 160
  %3576 = getelementptr inbounds float, ptr %Ak, i64 %3575
  %.idx3014 = mul nuw nsw i64 %i49.addr.03329, 896
  %3577 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3014
  %3578 = getelementptr inbounds i8, ptr %3577, i64 1536
  %3579 = getelementptr inbounds i8, ptr %3577, i64 2432
  %3580 = getelementptr inbounds i8, ptr %3577, i64 3328
  %3581 = getelementptr inbounds i8, ptr %3577, i64 4224
  %3582 = getelementptr inbounds i8, ptr %3577, i64 5120
  %3583 = getelementptr inbounds i8, ptr %3577, i64 6016
  %3584 = getelementptr inbounds i8, ptr %3577, i64 6912
  %.idx3697 = shl nsw i64 %i49.addr.03329, 8
  %invariant.gep3988 = getelementptr inbounds i8, ptr %OY, i64 %.idx3697
  br label %p12.body

p12.body:                                         ; preds = %i49.body, %p12.body
  %p12.addr.03327 = phi i64 [ 0, %i49.body ], [ %p12.next, %p12.body ]
  %acc159.03326 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3625, %p12.body ]
  %acc158.03325 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3620, %p12.body ]
  %acc157.03324 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3615, %p12.body ]
  %acc156.03323 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3610, %p12.body ]
  %acc155.03322 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3605, %p12.body ]
  %acc154.03321 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3600, %p12.body ]
  %acc153.03320 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3595, %p12.body ]
  %acc152.03319 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3590, %p12.body ]
  %.idx3021 = shl nuw nsw i64 %p12.addr.03327, 8
  %gep3318 = getelementptr inbounds i8, ptr %VnT, i64 %.idx3021
  %3585 = load <16 x float>, ptr %gep3318, align 4
  %gep3989 = getelementptr inbounds float, ptr %invariant.gep3988, i64 %p12.addr.03327
  %3586 = getelementptr inbounds i8, ptr %gep3989, i64 8192
  %3587 = load float, ptr %3586, align 4
  %3588 = insertelement <16 x float> poison, float %3587, i64 0
  %3589 = shufflevector <16 x float> %3588, <16 x float> poison, <16 x i32> zeroinitializer
  %3590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3589, <16 x float> %3585, <16 x float> %acc152.03319)
  %3591 = getelementptr inbounds i8, ptr %gep3989, i64 8448
  %3592 = load float, ptr %3591, align 4
  %3593 = insertelement <16 x float> poison, float %3592, i64 0
  %3594 = shufflevector <16 x float> %3593, <16 x float> poison, <16 x i32> zeroinitializer
  %3595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3594, <16 x float> %3585, <16 x float> %acc153.03320)
  %3596 = getelementptr inbounds i8, ptr %gep3989, i64 8704
  %3597 = load float, ptr %3596, align 4
  %3598 = insertelement <16 x float> poison, float %3597, i64 0
  %3599 = shufflevector <16 x float> %3598, <16 x float> poison, <16 x i32> zeroinitializer
  %3600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3599, <16 x float> %3585, <16 x float> %acc154.03321)
  %3601 = getelementptr inbounds i8, ptr %gep3989, i64 8960
  %3602 = load float, ptr %3601, align 4
  %3603 = insertelement <16 x float> poison, float %3602, i64 0
  %3604 = shufflevector <16 x float> %3603, <16 x float> poison, <16 x i32> zeroinitializer
  %3605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3604, <16 x float> %3585, <16 x float> %acc155.03322)
  %3606 = getelementptr inbounds i8, ptr %gep3989, i64 9216
  %3607 = load float, ptr %3606, align 4
  %3608 = insertelement <16 x float> poison, float %3607, i64 0
  %3609 = shufflevector <16 x float> %3608, <16 x float> poison, <16 x i32> zeroinitializer
  %3610 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3609, <16 x float> %3585, <16 x float> %acc156.03323)
  %3611 = getelementptr inbounds i8, ptr %gep3989, i64 9472
  %3612 = load float, ptr %3611, align 4
  %3613 = insertelement <16 x float> poison, float %3612, i64 0
  %3614 = shufflevector <16 x float> %3613, <16 x float> poison, <16 x i32> zeroinitializer
  %3615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3614, <16 x float> %3585, <16 x float> %acc157.03324)
  %3616 = getelementptr inbounds i8, ptr %gep3989, i64 9728
  %3617 = load float, ptr %3616, align 4
  %3618 = insertelement <16 x float> poison, float %3617, i64 0
  %3619 = shufflevector <16 x float> %3618, <16 x float> poison, <16 x i32> zeroinitializer
  %3620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3619, <16 x float> %3585, <16 x float> %acc158.03325)
  %3621 = getelementptr inbounds i8, ptr %gep3989, i64 9984
  %3622 = load float, ptr %3621, align 4
  %3623 = insertelement <16 x float> poison, float %3622, i64 0
  %3624 = shufflevector <16 x float> %3623, <16 x float> poison, <16 x i32> zeroinitializer
  %3625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3624, <16 x float> %3585, <16 x float> %acc159.03326)
  %p12.next = add nuw nsw i64 %p12.addr.03327, 1
  %exitcond3678.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3678.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3590, ptr %3576, align 4
  store <16 x float> %3595, ptr %3578, align 4
  store <16 x float> %3600, ptr %3579, align 4
  store <16 x float> %3605, ptr %3580, align 4
  store <16 x float> %3610, ptr %3581, align 4
  store <16 x float> %3615, ptr %3582, align 4
  store <16 x float> %3620, ptr %3583, align 4
  store <16 x float> %3625, ptr %3584, align 4
  %3626 = icmp ugt i64 %i49.addr.03329, 8
  br i1 %3626, label %p12.body.1, label %i49.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.03327.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc159.03326.1 = phi <16 x float> [ %3667, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc158.03325.1 = phi <16 x float> [ %3662, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc157.03324.1 = phi <16 x float> [ %3657, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc156.03323.1 = phi <16 x float> [ %3652, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc155.03322.1 = phi <16 x float> [ %3647, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc154.03321.1 = phi <16 x float> [ %3642, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc153.03320.1 = phi <16 x float> [ %3637, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc152.03319.1 = phi <16 x float> [ %3632, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx3021.1 = shl nuw nsw i64 %p12.addr.03327.1, 8
  %gep3318.1 = getelementptr inbounds i8, ptr %invariant.gep3317.1, i64 %.idx3021.1
  %3627 = load <16 x float>, ptr %gep3318.1, align 4
  %gep3989.1 = getelementptr inbounds float, ptr %invariant.gep3988, i64 %p12.addr.03327.1
  %3628 = getelementptr inbounds i8, ptr %gep3989.1, i64 8192
  %3629 = load float, ptr %3628, align 4
  %3630 = insertelement <16 x float> poison, float %3629, i64 0
  %3631 = shufflevector <16 x float> %3630, <16 x float> poison, <16 x i32> zeroinitializer
  %3632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3631, <16 x float> %3627, <16 x float> %acc152.03319.1)
  %3633 = getelementptr inbounds i8, ptr %gep3989.1, i64 8448
  %3634 = load float, ptr %3633, align 4
  %3635 = insertelement <16 x float> poison, float %3634, i64 0
  %3636 = shufflevector <16 x float> %3635, <16 x float> poison, <16 x i32> zeroinitializer
  %3637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3636, <16 x float> %3627, <16 x float> %acc153.03320.1)
  %3638 = getelementptr inbounds i8, ptr %gep3989.1, i64 8704
  %3639 = load float, ptr %3638, align 4
  %3640 = insertelement <16 x float> poison, float %3639, i64 0
  %3641 = shufflevector <16 x float> %3640, <16 x float> poison, <16 x i32> zeroinitializer
  %3642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3641, <16 x float> %3627, <16 x float> %acc154.03321.1)
  %3643 = getelementptr inbounds i8, ptr %gep3989.1, i64 8960
  %3644 = load float, ptr %3643, align 4
  %3645 = insertelement <16 x float> poison, float %3644, i64 0
  %3646 = shufflevector <16 x float> %3645, <16 x float> poison, <16 x i32> zeroinitializer
  %3647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3646, <16 x float> %3627, <16 x float> %acc155.03322.1)
  %3648 = getelementptr inbounds i8, ptr %gep3989.1, i64 9216
  %3649 = load float, ptr %3648, align 4
  %3650 = insertelement <16 x float> poison, float %3649, i64 0
  %3651 = shufflevector <16 x float> %3650, <16 x float> poison, <16 x i32> zeroinitializer
  %3652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3651, <16 x float> %3627, <16 x float> %acc156.03323.1)
  %3653 = getelementptr inbounds i8, ptr %gep3989.1, i64 9472
  %3654 = load float, ptr %3653, align 4
  %3655 = insertelement <16 x float> poison, float %3654, i64 0
  %3656 = shufflevector <16 x float> %3655, <16 x float> poison, <16 x i32> zeroinitializer
  %3657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3656, <16 x float> %3627, <16 x float> %acc157.03324.1)
  %3658 = getelementptr inbounds i8, ptr %gep3989.1, i64 9728
  %3659 = load float, ptr %3658, align 4
  %3660 = insertelement <16 x float> poison, float %3659, i64 0
  %3661 = shufflevector <16 x float> %3660, <16 x float> poison, <16 x i32> zeroinitializer
  %3662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3661, <16 x float> %3627, <16 x float> %acc158.03325.1)
  %3663 = getelementptr inbounds i8, ptr %gep3989.1, i64 9984
  %3664 = load float, ptr %3663, align 4
  %3665 = insertelement <16 x float> poison, float %3664, i64 0
  %3666 = shufflevector <16 x float> %3665, <16 x float> poison, <16 x i32> zeroinitializer
  %3667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3666, <16 x float> %3627, <16 x float> %acc159.03326.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.03327.1, 1
  %exitcond3678.not.1 = icmp eq i64 %p12.next.1, 64
  br i1 %exitcond3678.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %3668 = getelementptr inbounds i8, ptr %3576, i64 64
  store <16 x float> %3632, ptr %3668, align 4
  %3669 = getelementptr inbounds i8, ptr %3577, i64 1600
  store <16 x float> %3637, ptr %3669, align 4
  %3670 = getelementptr inbounds i8, ptr %3577, i64 2496
  store <16 x float> %3642, ptr %3670, align 4
  %3671 = getelementptr inbounds i8, ptr %3577, i64 3392
  store <16 x float> %3647, ptr %3671, align 4
  %3672 = getelementptr inbounds i8, ptr %3577, i64 4288
  store <16 x float> %3652, ptr %3672, align 4
  %3673 = getelementptr inbounds i8, ptr %3577, i64 5184
  store <16 x float> %3657, ptr %3673, align 4
  %3674 = getelementptr inbounds i8, ptr %3577, i64 6080
  store <16 x float> %3662, ptr %3674, align 4
  %3675 = getelementptr inbounds i8, ptr %3577, i64 6976
  store <16 x float> %3667, ptr %3675, align 4
  %3676 = icmp ugt i64 %i49.addr.03329, 24
  br i1 %3676, label %p12.body.2, label %i49.head.loopexit

p12.body.2:                                       ; preds = %p12.exit.1, %p12.body.2
  %p12.addr.03327.2 = phi i64 [ %p12.next.2, %p12.body.2 ], [ 0, %p12.exit.1 ]
  %acc159.03326.2 = phi <16 x float> [ %3717, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc158.03325.2 = phi <16 x float> [ %3712, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc157.03324.2 = phi <16 x float> [ %3707, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc156.03323.2 = phi <16 x float> [ %3702, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc155.03322.2 = phi <16 x float> [ %3697, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc154.03321.2 = phi <16 x float> [ %3692, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc153.03320.2 = phi <16 x float> [ %3687, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc152.03319.2 = phi <16 x float> [ %3682, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %.idx3021.2 = shl nuw nsw i64 %p12.addr.03327.2, 8
  %gep3318.2 = getelementptr inbounds i8, ptr %invariant.gep3317.2, i64 %.idx3021.2
  %3677 = load <16 x float>, ptr %gep3318.2, align 4
  %gep3989.2 = getelementptr inbounds float, ptr %invariant.gep3988, i64 %p12.addr.03327.2
  %3678 = getelementptr inbounds i8, ptr %gep3989.2, i64 8192
  %3679 = load float, ptr %3678, align 4
  %3680 = insertelement <16 x float> poison, float %3679, i64 0
  %3681 = shufflevector <16 x float> %3680, <16 x float> poison, <16 x i32> zeroinitializer
  %3682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3681, <16 x float> %3677, <16 x float> %acc152.03319.2)
  %3683 = getelementptr inbounds i8, ptr %gep3989.2, i64 8448
  %3684 = load float, ptr %3683, align 4
  %3685 = insertelement <16 x float> poison, float %3684, i64 0
  %3686 = shufflevector <16 x float> %3685, <16 x float> poison, <16 x i32> zeroinitializer
  %3687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3686, <16 x float> %3677, <16 x float> %acc153.03320.2)
  %3688 = getelementptr inbounds i8, ptr %gep3989.2, i64 8704
  %3689 = load float, ptr %3688, align 4
  %3690 = insertelement <16 x float> poison, float %3689, i64 0
  %3691 = shufflevector <16 x float> %3690, <16 x float> poison, <16 x i32> zeroinitializer
  %3692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3691, <16 x float> %3677, <16 x float> %acc154.03321.2)
  %3693 = getelementptr inbounds i8, ptr %gep3989.2, i64 8960
  %3694 = load float, ptr %3693, align 4
  %3695 = insertelement <16 x float> poison, float %3694, i64 0
  %3696 = shufflevector <16 x float> %3695, <16 x float> poison, <16 x i32> zeroinitializer
  %3697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3696, <16 x float> %3677, <16 x float> %acc155.03322.2)
  %3698 = getelementptr inbounds i8, ptr %gep3989.2, i64 9216
  %3699 = load float, ptr %3698, align 4
  %3700 = insertelement <16 x float> poison, float %3699, i64 0
  %3701 = shufflevector <16 x float> %3700, <16 x float> poison, <16 x i32> zeroinitializer
  %3702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3701, <16 x float> %3677, <16 x float> %acc156.03323.2)
  %3703 = getelementptr inbounds i8, ptr %gep3989.2, i64 9472
  %3704 = load float, ptr %3703, align 4
  %3705 = insertelement <16 x float> poison, float %3704, i64 0
  %3706 = shufflevector <16 x float> %3705, <16 x float> poison, <16 x i32> zeroinitializer
  %3707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3706, <16 x float> %3677, <16 x float> %acc157.03324.2)
  %3708 = getelementptr inbounds i8, ptr %gep3989.2, i64 9728
  %3709 = load float, ptr %3708, align 4
  %3710 = insertelement <16 x float> poison, float %3709, i64 0
  %3711 = shufflevector <16 x float> %3710, <16 x float> poison, <16 x i32> zeroinitializer
  %3712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3711, <16 x float> %3677, <16 x float> %acc158.03325.2)
  %3713 = getelementptr inbounds i8, ptr %gep3989.2, i64 9984
  %3714 = load float, ptr %3713, align 4
  %3715 = insertelement <16 x float> poison, float %3714, i64 0
  %3716 = shufflevector <16 x float> %3715, <16 x float> poison, <16 x i32> zeroinitializer
  %3717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3716, <16 x float> %3677, <16 x float> %acc159.03326.2)
  %p12.next.2 = add nuw nsw i64 %p12.addr.03327.2, 1
  %exitcond3678.not.2 = icmp eq i64 %p12.next.2, 64
  br i1 %exitcond3678.not.2, label %p12.exit.2, label %p12.body.2

p12.exit.2:                                       ; preds = %p12.body.2
  %3718 = getelementptr inbounds i8, ptr %3576, i64 128
  store <16 x float> %3682, ptr %3718, align 4
  %3719 = getelementptr inbounds i8, ptr %3577, i64 1664
  store <16 x float> %3687, ptr %3719, align 4
  %3720 = getelementptr inbounds i8, ptr %3577, i64 2560
  store <16 x float> %3692, ptr %3720, align 4
  %3721 = getelementptr inbounds i8, ptr %3577, i64 3456
  store <16 x float> %3697, ptr %3721, align 4
  %3722 = getelementptr inbounds i8, ptr %3577, i64 4352
  store <16 x float> %3702, ptr %3722, align 4
  %3723 = getelementptr inbounds i8, ptr %3577, i64 5248
  store <16 x float> %3707, ptr %3723, align 4
  %3724 = getelementptr inbounds i8, ptr %3577, i64 6144
  store <16 x float> %3712, ptr %3724, align 4
  %3725 = getelementptr inbounds i8, ptr %3577, i64 7040
  store <16 x float> %3717, ptr %3725, align 4
  %3726 = icmp ugt i64 %i49.addr.03329, 40
  br i1 %3726, label %p12.body.3, label %i49.head.loopexit

p12.body.3:                                       ; preds = %p12.exit.2, %p12.body.3
  %p12.addr.03327.3 = phi i64 [ %p12.next.3, %p12.body.3 ], [ 0, %p12.exit.2 ]
  %acc159.03326.3 = phi <16 x float> [ %3767, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc158.03325.3 = phi <16 x float> [ %3762, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc157.03324.3 = phi <16 x float> [ %3757, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc156.03323.3 = phi <16 x float> [ %3752, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc155.03322.3 = phi <16 x float> [ %3747, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc154.03321.3 = phi <16 x float> [ %3742, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc153.03320.3 = phi <16 x float> [ %3737, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc152.03319.3 = phi <16 x float> [ %3732, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %.idx3021.3 = shl nuw nsw i64 %p12.addr.03327.3, 8
  %gep3318.3 = getelementptr inbounds i8, ptr %invariant.gep3317.3, i64 %.idx3021.3
  %3727 = load <16 x float>, ptr %gep3318.3, align 4
  %gep3989.3 = getelementptr inbounds float, ptr %invariant.gep3988, i64 %p12.addr.03327.3
  %3728 = getelementptr inbounds i8, ptr %gep3989.3, i64 8192
  %3729 = load float, ptr %3728, align 4
  %3730 = insertelement <16 x float> poison, float %3729, i64 0
  %3731 = shufflevector <16 x float> %3730, <16 x float> poison, <16 x i32> zeroinitializer
  %3732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3731, <16 x float> %3727, <16 x float> %acc152.03319.3)
  %3733 = getelementptr inbounds i8, ptr %gep3989.3, i64 8448
  %3734 = load float, ptr %3733, align 4
  %3735 = insertelement <16 x float> poison, float %3734, i64 0
  %3736 = shufflevector <16 x float> %3735, <16 x float> poison, <16 x i32> zeroinitializer
  %3737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3736, <16 x float> %3727, <16 x float> %acc153.03320.3)
  %3738 = getelementptr inbounds i8, ptr %gep3989.3, i64 8704
  %3739 = load float, ptr %3738, align 4
  %3740 = insertelement <16 x float> poison, float %3739, i64 0
  %3741 = shufflevector <16 x float> %3740, <16 x float> poison, <16 x i32> zeroinitializer
  %3742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3741, <16 x float> %3727, <16 x float> %acc154.03321.3)
  %3743 = getelementptr inbounds i8, ptr %gep3989.3, i64 8960
  %3744 = load float, ptr %3743, align 4
  %3745 = insertelement <16 x float> poison, float %3744, i64 0
  %3746 = shufflevector <16 x float> %3745, <16 x float> poison, <16 x i32> zeroinitializer
  %3747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3746, <16 x float> %3727, <16 x float> %acc155.03322.3)
  %3748 = getelementptr inbounds i8, ptr %gep3989.3, i64 9216
  %3749 = load float, ptr %3748, align 4
  %3750 = insertelement <16 x float> poison, float %3749, i64 0
  %3751 = shufflevector <16 x float> %3750, <16 x float> poison, <16 x i32> zeroinitializer
  %3752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3751, <16 x float> %3727, <16 x float> %acc156.03323.3)
  %3753 = getelementptr inbounds i8, ptr %gep3989.3, i64 9472
  %3754 = load float, ptr %3753, align 4
  %3755 = insertelement <16 x float> poison, float %3754, i64 0
  %3756 = shufflevector <16 x float> %3755, <16 x float> poison, <16 x i32> zeroinitializer
  %3757 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3756, <16 x float> %3727, <16 x float> %acc157.03324.3)
  %3758 = getelementptr inbounds i8, ptr %gep3989.3, i64 9728
  %3759 = load float, ptr %3758, align 4
  %3760 = insertelement <16 x float> poison, float %3759, i64 0
  %3761 = shufflevector <16 x float> %3760, <16 x float> poison, <16 x i32> zeroinitializer
  %3762 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3761, <16 x float> %3727, <16 x float> %acc158.03325.3)
  %3763 = getelementptr inbounds i8, ptr %gep3989.3, i64 9984
  %3764 = load float, ptr %3763, align 4
  %3765 = insertelement <16 x float> poison, float %3764, i64 0
  %3766 = shufflevector <16 x float> %3765, <16 x float> poison, <16 x i32> zeroinitializer
  %3767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3766, <16 x float> %3727, <16 x float> %acc159.03326.3)
  %p12.next.3 = add nuw nsw i64 %p12.addr.03327.3, 1
  %exitcond3678.not.3 = icmp eq i64 %p12.next.3, 64
  br i1 %exitcond3678.not.3, label %p12.exit.3, label %p12.body.3

p12.exit.3:                                       ; preds = %p12.body.3
  %3768 = getelementptr inbounds i8, ptr %3576, i64 192
  store <16 x float> %3732, ptr %3768, align 4
  %3769 = getelementptr inbounds i8, ptr %3577, i64 1728
  store <16 x float> %3737, ptr %3769, align 4
  %3770 = getelementptr inbounds i8, ptr %3577, i64 2624
  store <16 x float> %3742, ptr %3770, align 4
  %3771 = getelementptr inbounds i8, ptr %3577, i64 3520
  store <16 x float> %3747, ptr %3771, align 4
  %3772 = getelementptr inbounds i8, ptr %3577, i64 4416
  store <16 x float> %3752, ptr %3772, align 4
  %3773 = getelementptr inbounds i8, ptr %3577, i64 5312
  store <16 x float> %3757, ptr %3773, align 4
  %3774 = getelementptr inbounds i8, ptr %3577, i64 6208
  store <16 x float> %3762, ptr %3774, align 4
  %3775 = getelementptr inbounds i8, ptr %3577, i64 7104
  store <16 x float> %3767, ptr %3775, align 4
  br label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %3776 = shl nsw i64 %L, 1
  %3777 = shl i64 %ci, 12
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3683 = phi i64 [ %indvars.iv.next3684, %j36.exit ], [ 1, %i49.head.loopexit ]
  %t6.addr.03346 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %3778 = shl nuw nsw i64 %t6.addr.03346, 1
  %umax4381 = tail call i64 @llvm.umax.i64(i64 %3778, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.03346, 1
  %invariant.gep3334 = getelementptr float, ptr %invariant.gep3330, i64 %i50
  %.not3448 = icmp eq i64 %t6.addr.03346, 0
  br i1 %.not3448, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx3012 = mul nuw nsw i64 %t6.addr.03346, 1792
  %gep3331 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 %.idx3012
  %xtraiter4382 = and i64 %umax4381, 7
  %3779 = icmp ult i64 %t6.addr.03346, 4
  br i1 %3779, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter4384 = and i64 %umax4381, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.03336 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter4385 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter4385.next.7, %j35.body ]
  %3780 = getelementptr inbounds float, ptr %gep3331, i64 %j35.addr.03336
  %3781 = load float, ptr %3780, align 4
  %3782 = fneg float %3781
  store float %3782, ptr %3780, align 4
  %.idx3013 = mul nuw nsw i64 %j35.addr.03336, 896
  %gep3335 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013
  store float %3782, ptr %gep3335, align 4
  %j35.next = or disjoint i64 %j35.addr.03336, 1
  %3783 = getelementptr inbounds float, ptr %gep3331, i64 %j35.next
  %3784 = load float, ptr %3783, align 4
  %3785 = fneg float %3784
  store float %3785, ptr %3783, align 4
  %.idx3013.1 = mul nuw nsw i64 %j35.next, 896
  %gep3335.1 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.1
  store float %3785, ptr %gep3335.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.03336, 2
  %3786 = getelementptr inbounds float, ptr %gep3331, i64 %j35.next.1
  %3787 = load float, ptr %3786, align 4
  %3788 = fneg float %3787
  store float %3788, ptr %3786, align 4
  %.idx3013.2 = mul nuw nsw i64 %j35.next.1, 896
  %gep3335.2 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.2
  store float %3788, ptr %gep3335.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.03336, 3
  %3789 = getelementptr inbounds float, ptr %gep3331, i64 %j35.next.2
  %3790 = load float, ptr %3789, align 4
  %3791 = fneg float %3790
  store float %3791, ptr %3789, align 4
  %.idx3013.3 = mul nuw nsw i64 %j35.next.2, 896
  %gep3335.3 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.3
  store float %3791, ptr %gep3335.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.03336, 4
  %3792 = getelementptr inbounds float, ptr %gep3331, i64 %j35.next.3
  %3793 = load float, ptr %3792, align 4
  %3794 = fneg float %3793
  store float %3794, ptr %3792, align 4
  %.idx3013.4 = mul nuw nsw i64 %j35.next.3, 896
  %gep3335.4 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.4
  store float %3794, ptr %gep3335.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.03336, 5
  %3795 = getelementptr inbounds float, ptr %gep3331, i64 %j35.next.4
  %3796 = load float, ptr %3795, align 4
  %3797 = fneg float %3796
  store float %3797, ptr %3795, align 4
  %.idx3013.5 = mul nuw nsw i64 %j35.next.4, 896
  %gep3335.5 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.5
  store float %3797, ptr %gep3335.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.03336, 6
  %3798 = getelementptr inbounds float, ptr %gep3331, i64 %j35.next.5
  %3799 = load float, ptr %3798, align 4
  %3800 = fneg float %3799
  store float %3800, ptr %3798, align 4
  %.idx3013.6 = mul nuw nsw i64 %j35.next.5, 896
  %gep3335.6 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.6
  store float %3800, ptr %gep3335.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.03336, 7
  %3801 = getelementptr inbounds float, ptr %gep3331, i64 %j35.next.6
  %3802 = load float, ptr %3801, align 4
  %3803 = fneg float %3802
  store float %3803, ptr %3801, align 4
  %.idx3013.7 = mul nuw nsw i64 %j35.next.6, 896
  %gep3335.7 = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.7
  store float %3803, ptr %gep3335.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.03336, 8
  %niter4385.next.7 = add i64 %niter4385, 8
  %niter4385.ncmp.7 = icmp eq i64 %niter4385.next.7, %unroll_iter4384
  br i1 %niter4385.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.03336.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod4383.not = icmp eq i64 %xtraiter4382, 0
  br i1 %lcmp.mod4383.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.03336.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.03336.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3804 = getelementptr inbounds float, ptr %gep3331, i64 %j35.addr.03336.epil
  %3805 = load float, ptr %3804, align 4
  %3806 = fneg float %3805
  store float %3806, ptr %3804, align 4
  %.idx3013.epil = mul nuw nsw i64 %j35.addr.03336.epil, 896
  %gep3335.epil = getelementptr i8, ptr %invariant.gep3334, i64 %.idx3013.epil
  store float %3806, ptr %gep3335.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.03336.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter4382
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !3

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx3009.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx3012, %j35.body.epil ], [ %.idx3012, %j35.exit.loopexit.unr-lcssa ]
  %gep3343 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 %.idx3009.pre-phi
  %3807 = getelementptr inbounds float, ptr %gep3343, i64 %i50
  store float 0.000000e+00, ptr %3807, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx3010 = mul nuw nsw i64 %i51, 896
  %gep3345 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 %.idx3010
  %invariant.gep3339 = getelementptr float, ptr %invariant.gep3330, i64 %i51
  %xtraiter4386 = and i64 %indvars.iv3683, 7
  %3808 = icmp ult i64 %t6.addr.03346, 4
  br i1 %3808, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter4389 = and i64 %indvars.iv3683, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.03341 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter4390 = phi i64 [ 0, %j35.exit.new ], [ %niter4390.next.7, %j36.body ]
  %3809 = getelementptr inbounds float, ptr %gep3345, i64 %j36.addr.03341
  %3810 = load float, ptr %3809, align 4
  %3811 = fneg float %3810
  store float %3811, ptr %3809, align 4
  %.idx3011 = mul nuw nsw i64 %j36.addr.03341, 896
  %gep3340 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011
  store float %3811, ptr %gep3340, align 4
  %j36.next = or disjoint i64 %j36.addr.03341, 1
  %3812 = getelementptr inbounds float, ptr %gep3345, i64 %j36.next
  %3813 = load float, ptr %3812, align 4
  %3814 = fneg float %3813
  store float %3814, ptr %3812, align 4
  %.idx3011.1 = mul nuw nsw i64 %j36.next, 896
  %gep3340.1 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.1
  store float %3814, ptr %gep3340.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.03341, 2
  %3815 = getelementptr inbounds float, ptr %gep3345, i64 %j36.next.1
  %3816 = load float, ptr %3815, align 4
  %3817 = fneg float %3816
  store float %3817, ptr %3815, align 4
  %.idx3011.2 = mul nuw nsw i64 %j36.next.1, 896
  %gep3340.2 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.2
  store float %3817, ptr %gep3340.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.03341, 3
  %3818 = getelementptr inbounds float, ptr %gep3345, i64 %j36.next.2
  %3819 = load float, ptr %3818, align 4
  %3820 = fneg float %3819
  store float %3820, ptr %3818, align 4
  %.idx3011.3 = mul nuw nsw i64 %j36.next.2, 896
  %gep3340.3 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.3
  store float %3820, ptr %gep3340.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.03341, 4
  %3821 = getelementptr inbounds float, ptr %gep3345, i64 %j36.next.3
  %3822 = load float, ptr %3821, align 4
  %3823 = fneg float %3822
  store float %3823, ptr %3821, align 4
  %.idx3011.4 = mul nuw nsw i64 %j36.next.3, 896
  %gep3340.4 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.4
  store float %3823, ptr %gep3340.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.03341, 5
  %3824 = getelementptr inbounds float, ptr %gep3345, i64 %j36.next.4
  %3825 = load float, ptr %3824, align 4
  %3826 = fneg float %3825
  store float %3826, ptr %3824, align 4
  %.idx3011.5 = mul nuw nsw i64 %j36.next.4, 896
  %gep3340.5 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.5
  store float %3826, ptr %gep3340.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.03341, 6
  %3827 = getelementptr inbounds float, ptr %gep3345, i64 %j36.next.5
  %3828 = load float, ptr %3827, align 4
  %3829 = fneg float %3828
  store float %3829, ptr %3827, align 4
  %.idx3011.6 = mul nuw nsw i64 %j36.next.5, 896
  %gep3340.6 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.6
  store float %3829, ptr %gep3340.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.03341, 7
  %3830 = getelementptr inbounds float, ptr %gep3345, i64 %j36.next.6
  %3831 = load float, ptr %3830, align 4
  %3832 = fneg float %3831
  store float %3832, ptr %3830, align 4
  %.idx3011.7 = mul nuw nsw i64 %j36.next.6, 896
  %gep3340.7 = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.7
  store float %3832, ptr %gep3340.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.03341, 8
  %niter4390.next.7 = add i64 %niter4390, 8
  %niter4390.ncmp.7 = icmp eq i64 %niter4390.next.7, %unroll_iter4389
  br i1 %niter4390.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.03341.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod4388.not = icmp eq i64 %xtraiter4386, 0
  br i1 %lcmp.mod4388.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.03341.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.03341.unr, %j36.exit.unr-lcssa ]
  %epil.iter4387 = phi i64 [ %epil.iter4387.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3833 = getelementptr inbounds float, ptr %gep3345, i64 %j36.addr.03341.epil
  %3834 = load float, ptr %3833, align 4
  %3835 = fneg float %3834
  store float %3835, ptr %3833, align 4
  %.idx3011.epil = mul nuw nsw i64 %j36.addr.03341.epil, 896
  %gep3340.epil = getelementptr i8, ptr %invariant.gep3339, i64 %.idx3011.epil
  store float %3835, ptr %gep3340.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.03341.epil, 1
  %epil.iter4387.next = add i64 %epil.iter4387, 1
  %epil.iter4387.cmp.not = icmp eq i64 %epil.iter4387.next, %xtraiter4386
  br i1 %epil.iter4387.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !5

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3991 = getelementptr inbounds i8, ptr %invariant.gep3990, i64 %.idx3010
  %3836 = getelementptr inbounds float, ptr %gep3991, i64 %i51
  store float 0.000000e+00, ptr %3836, align 4
  %t6.next = add nuw nsw i64 %t6.addr.03346, 1
  %indvars.iv.next3684 = add nuw nsw i64 %indvars.iv3683, 2
  %exitcond3686.not = icmp eq i64 %t6.next, 32
  br i1 %exitcond3686.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1975
  %i52.addr.03364 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1975 ]
  %.idx3005 = mul nuw nsw i64 %i52.addr.03364, 896
  %3837 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3005
  %3838 = getelementptr inbounds i8, ptr %3837, i64 896
  %3839 = getelementptr inbounds i8, ptr %3837, i64 1792
  %3840 = getelementptr inbounds i8, ptr %3837, i64 2688
  br label %p13.body

i52.exit:                                         ; preds = %endif1975
  %t7.end = add nsw i64 %L, %t0
  br i1 %3050, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03363 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03362 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3884, %p13.body ]
  %acc174.03361 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3883, %p13.body ]
  %acc173.03360 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3882, %p13.body ]
  %acc172.03359 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3881, %p13.body ]
  %acc171.03358 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3876, %p13.body ]
  %acc170.03357 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3875, %p13.body ]
  %acc169.03356 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3874, %p13.body ]
  %acc168.03355 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3873, %p13.body ]
  %acc167.03354 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3868, %p13.body ]
  %acc166.03353 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3867, %p13.body ]
  %acc165.03352 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3866, %p13.body ]
  %acc164.03351 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3865, %p13.body ]
  %acc163.03350 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3860, %p13.body ]
  %acc162.03349 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3859, %p13.body ]
  %acc161.03348 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3858, %p13.body ]
  %acc160.03347 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3857, %p13.body ]
  %3841 = shl nuw nsw i64 %p13.addr.03363, 6
  %3842 = getelementptr inbounds float, ptr %Bk, i64 %3841
  %3843 = load <16 x float>, ptr %3842, align 4
  %3844 = or disjoint i64 %3841, 16
  %3845 = getelementptr inbounds float, ptr %Bk, i64 %3844
  %3846 = load <16 x float>, ptr %3845, align 4
  %3847 = or disjoint i64 %3841, 32
  %3848 = getelementptr inbounds float, ptr %Bk, i64 %3847
  %3849 = load <16 x float>, ptr %3848, align 4
  %3850 = or disjoint i64 %3841, 48
  %3851 = getelementptr inbounds float, ptr %Bk, i64 %3850
  %3852 = load <16 x float>, ptr %3851, align 4
  %3853 = getelementptr inbounds float, ptr %3837, i64 %p13.addr.03363
  %3854 = load float, ptr %3853, align 4
  %3855 = insertelement <16 x float> poison, float %3854, i64 0
  %3856 = shufflevector <16 x float> %3855, <16 x float> poison, <16 x i32> zeroinitializer
  %3857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3856, <16 x float> %3843, <16 x float> %acc160.03347)
  %3858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3856, <16 x float> %3846, <16 x float> %acc161.03348)
  %3859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3856, <16 x float> %3849, <16 x float> %acc162.03349)
  %3860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3856, <16 x float> %3852, <16 x float> %acc163.03350)
  %3861 = getelementptr inbounds float, ptr %3838, i64 %p13.addr.03363
  %3862 = load float, ptr %3861, align 4
  %3863 = insertelement <16 x float> poison, float %3862, i64 0
  %3864 = shufflevector <16 x float> %3863, <16 x float> poison, <16 x i32> zeroinitializer
  %3865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3864, <16 x float> %3843, <16 x float> %acc164.03351)
  %3866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3864, <16 x float> %3846, <16 x float> %acc165.03352)
  %3867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3864, <16 x float> %3849, <16 x float> %acc166.03353)
  %3868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3864, <16 x float> %3852, <16 x float> %acc167.03354)
  %3869 = getelementptr inbounds float, ptr %3839, i64 %p13.addr.03363
  %3870 = load float, ptr %3869, align 4
  %3871 = insertelement <16 x float> poison, float %3870, i64 0
  %3872 = shufflevector <16 x float> %3871, <16 x float> poison, <16 x i32> zeroinitializer
  %3873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3872, <16 x float> %3843, <16 x float> %acc168.03355)
  %3874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3872, <16 x float> %3846, <16 x float> %acc169.03356)
  %3875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3872, <16 x float> %3849, <16 x float> %acc170.03357)
  %3876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3872, <16 x float> %3852, <16 x float> %acc171.03358)
  %3877 = getelementptr inbounds float, ptr %3840, i64 %p13.addr.03363
  %3878 = load float, ptr %3877, align 4
  %3879 = insertelement <16 x float> poison, float %3878, i64 0
  %3880 = shufflevector <16 x float> %3879, <16 x float> poison, <16 x i32> zeroinitializer
  %3881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3880, <16 x float> %3843, <16 x float> %acc172.03359)
  %3882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3880, <16 x float> %3846, <16 x float> %acc173.03360)
  %3883 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3880, <16 x float> %3849, <16 x float> %acc174.03361)
  %3884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3880, <16 x float> %3852, <16 x float> %acc175.03362)
  %p13.next = add nuw nsw i64 %p13.addr.03363, 1
  %exitcond3687.not = icmp eq i64 %p13.next, 224
  br i1 %exitcond3687.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3885 = icmp slt i64 %i52.addr.03364, %3776
  br i1 %3885, label %then1913, label %endif1927

then1913:                                         ; preds = %p13.exit
  %3886 = shl nuw nsw i64 %i52.addr.03364, 6
  %3887 = add nuw nsw i64 %3886, %3777
  %3888 = getelementptr inbounds float, ptr %dak, i64 %3887
  store <16 x float> %3857, ptr %3888, align 4
  %3889 = or disjoint i64 %3887, 16
  %3890 = getelementptr inbounds float, ptr %dak, i64 %3889
  store <16 x float> %3858, ptr %3890, align 4
  %3891 = or disjoint i64 %3887, 32
  %3892 = getelementptr inbounds float, ptr %dak, i64 %3891
  store <16 x float> %3859, ptr %3892, align 4
  %3893 = or disjoint i64 %3887, 48
  %3894 = getelementptr inbounds float, ptr %dak, i64 %3893
  store <16 x float> %3860, ptr %3894, align 4
  br label %endif1927

endif1927:                                        ; preds = %p13.exit, %then1913
  %3895 = or disjoint i64 %i52.addr.03364, 1
  %3896 = icmp slt i64 %3895, %3776
  br i1 %3896, label %then1929, label %endif1943

then1929:                                         ; preds = %endif1927
  %3897 = shl nuw nsw i64 %3895, 6
  %3898 = add nuw nsw i64 %3897, %3777
  %3899 = getelementptr inbounds float, ptr %dak, i64 %3898
  store <16 x float> %3865, ptr %3899, align 4
  %3900 = or disjoint i64 %3898, 16
  %3901 = getelementptr inbounds float, ptr %dak, i64 %3900
  store <16 x float> %3866, ptr %3901, align 4
  %3902 = or disjoint i64 %3898, 32
  %3903 = getelementptr inbounds float, ptr %dak, i64 %3902
  store <16 x float> %3867, ptr %3903, align 4
  %3904 = or disjoint i64 %3898, 48
  %3905 = getelementptr inbounds float, ptr %dak, i64 %3904
  store <16 x float> %3868, ptr %3905, align 4
  br label %endif1943

endif1943:                                        ; preds = %endif1927, %then1929
  %3906 = or disjoint i64 %i52.addr.03364, 2
  %3907 = icmp slt i64 %3906, %3776
  br i1 %3907, label %then1945, label %endif1959

then1945:                                         ; preds = %endif1943
  %3908 = shl nuw nsw i64 %3906, 6
  %3909 = add nuw nsw i64 %3908, %3777
  %3910 = getelementptr inbounds float, ptr %dak, i64 %3909
  store <16 x float> %3873, ptr %3910, align 4
  %3911 = or disjoint i64 %3909, 16
  %3912 = getelementptr inbounds float, ptr %dak, i64 %3911
  store <16 x float> %3874, ptr %3912, align 4
  %3913 = or disjoint i64 %3909, 32
  %3914 = getelementptr inbounds float, ptr %dak, i64 %3913
  store <16 x float> %3875, ptr %3914, align 4
  %3915 = or disjoint i64 %3909, 48
  %3916 = getelementptr inbounds float, ptr %dak, i64 %3915
  store <16 x float> %3876, ptr %3916, align 4
  br label %endif1959

endif1959:                                        ; preds = %endif1943, %then1945
  %3917 = or disjoint i64 %i52.addr.03364, 3
  %3918 = icmp slt i64 %3917, %3776
  br i1 %3918, label %then1961, label %endif1975

then1961:                                         ; preds = %endif1959
  %3919 = shl nuw nsw i64 %3917, 6
  %3920 = add nuw nsw i64 %3919, %3777
  %3921 = getelementptr inbounds float, ptr %dak, i64 %3920
  store <16 x float> %3881, ptr %3921, align 4
  %3922 = or disjoint i64 %3920, 16
  %3923 = getelementptr inbounds float, ptr %dak, i64 %3922
  store <16 x float> %3882, ptr %3923, align 4
  %3924 = or disjoint i64 %3920, 32
  %3925 = getelementptr inbounds float, ptr %dak, i64 %3924
  store <16 x float> %3883, ptr %3925, align 4
  %3926 = or disjoint i64 %3920, 48
  %3927 = getelementptr inbounds float, ptr %dak, i64 %3926
  store <16 x float> %3884, ptr %3927, align 4
  br label %endif1975

endif1975:                                        ; preds = %endif1959, %then1961
  %i52.next = add nuw nsw i64 %i52.addr.03364, 4
  %3928 = icmp ult i64 %i52.addr.03364, 60
  br i1 %3928, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.03369 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3929 = add nsw i64 %t7.addr.03369, 4
  %tp1 = tail call i64 @llvm.smin.i64(i64 %3929, i64 %5)
  %3930 = add nsw i64 %tp1, %78
  %3931 = mul nsw i64 %3930, %dq_ts
  %gep3371 = getelementptr float, ptr %invariant.gep3370, i64 %3931
  tail call void @llvm.prefetch.p0(ptr %gep3371, i32 0, i32 2, i32 1)
  %3932 = getelementptr i8, ptr %gep3371, i64 64
  tail call void @llvm.prefetch.p0(ptr %3932, i32 0, i32 2, i32 1)
  %3933 = getelementptr i8, ptr %gep3371, i64 128
  tail call void @llvm.prefetch.p0(ptr %3933, i32 0, i32 2, i32 1)
  %3934 = getelementptr i8, ptr %gep3371, i64 192
  tail call void @llvm.prefetch.p0(ptr %3934, i32 0, i32 2, i32 1)
  %3935 = mul nsw i64 %3930, %dk_ts
  %gep3373 = getelementptr float, ptr %invariant.gep3372, i64 %3935
  tail call void @llvm.prefetch.p0(ptr %gep3373, i32 0, i32 2, i32 1)
  %3936 = getelementptr i8, ptr %gep3373, i64 64
  tail call void @llvm.prefetch.p0(ptr %3936, i32 0, i32 2, i32 1)
  %3937 = getelementptr i8, ptr %gep3373, i64 128
  tail call void @llvm.prefetch.p0(ptr %3937, i32 0, i32 2, i32 1)
  %3938 = getelementptr i8, ptr %gep3373, i64 192
  tail call void @llvm.prefetch.p0(ptr %3938, i32 0, i32 2, i32 1)
  %3939 = mul nsw i64 %3930, %dv_ts
  %gep3375 = getelementptr float, ptr %invariant.gep3374, i64 %3939
  tail call void @llvm.prefetch.p0(ptr %gep3375, i32 0, i32 2, i32 1)
  %3940 = getelementptr i8, ptr %gep3375, i64 64
  tail call void @llvm.prefetch.p0(ptr %3940, i32 0, i32 2, i32 1)
  %3941 = getelementptr i8, ptr %gep3375, i64 128
  tail call void @llvm.prefetch.p0(ptr %3941, i32 0, i32 2, i32 1)
  %3942 = getelementptr i8, ptr %gep3375, i64 192
  tail call void @llvm.prefetch.p0(ptr %3942, i32 0, i32 2, i32 1)
  %gep3377 = getelementptr float, ptr %invariant.gep3376, i64 %3935
  tail call void @llvm.prefetch.p0(ptr %gep3377, i32 0, i32 2, i32 1)
  %3943 = getelementptr i8, ptr %gep3377, i64 64
  tail call void @llvm.prefetch.p0(ptr %3943, i32 0, i32 2, i32 1)
  %3944 = getelementptr i8, ptr %gep3377, i64 128
  tail call void @llvm.prefetch.p0(ptr %3944, i32 0, i32 2, i32 1)
  %3945 = getelementptr i8, ptr %gep3377, i64 192
  tail call void @llvm.prefetch.p0(ptr %3945, i32 0, i32 2, i32 1)
  %gep3379 = getelementptr float, ptr %invariant.gep3378, i64 %3939
  tail call void @llvm.prefetch.p0(ptr %gep3379, i32 0, i32 2, i32 1)
  %3946 = getelementptr i8, ptr %gep3379, i64 64
  tail call void @llvm.prefetch.p0(ptr %3946, i32 0, i32 2, i32 1)
  %3947 = getelementptr i8, ptr %gep3379, i64 128
  tail call void @llvm.prefetch.p0(ptr %3947, i32 0, i32 2, i32 1)
  %3948 = getelementptr i8, ptr %gep3379, i64 192
  tail call void @llvm.prefetch.p0(ptr %3948, i32 0, i32 2, i32 1)
  %3949 = shl nsw i64 %t7.addr.03369, 6
  %3950 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %3949
  %3951 = load <16 x float>, ptr %3950, align 4
  %3952 = or disjoint i64 %3949, 16
  %3953 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %3952
  %3954 = load <16 x float>, ptr %3953, align 4
  %3955 = or disjoint i64 %3949, 32
  %3956 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %3955
  %3957 = load <16 x float>, ptr %3956, align 4
  %3958 = or disjoint i64 %3949, 48
  %3959 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %3958
  %3960 = load <16 x float>, ptr %3959, align 4
  %3961 = getelementptr inbounds float, ptr %gep3398, i64 %3949
  %3962 = load <16 x float>, ptr %3961, align 4
  %3963 = getelementptr inbounds float, ptr %gep3398, i64 %3952
  %3964 = load <16 x float>, ptr %3963, align 4
  %3965 = getelementptr inbounds float, ptr %gep3398, i64 %3955
  %3966 = load <16 x float>, ptr %3965, align 4
  %3967 = getelementptr inbounds float, ptr %gep3398, i64 %3958
  %3968 = load <16 x float>, ptr %3967, align 4
  %3969 = getelementptr inbounds float, ptr %gep3400, i64 %t7.addr.03369
  %3970 = load float, ptr %3969, align 4
  %3971 = fmul <16 x float> %3951, %3962
  %3972 = fmul <16 x float> %3954, %3964
  %3973 = fadd <16 x float> %3971, %3972
  %3974 = fmul <16 x float> %3957, %3966
  %3975 = fadd <16 x float> %3973, %3974
  %3976 = fmul <16 x float> %3960, %3968
  %3977 = fadd <16 x float> %3975, %3976
  %3978 = shufflevector <16 x float> %3977, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3979 = shufflevector <16 x float> %3977, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3980 = fadd <8 x float> %3978, %3979
  %3981 = shufflevector <8 x float> %3980, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3982 = shufflevector <8 x float> %3980, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3983 = fadd <4 x float> %3981, %3982
  %3984 = shufflevector <4 x float> %3983, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3985 = shufflevector <4 x float> %3983, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3986 = fadd <2 x float> %3984, %3985
  %shift4185 = shufflevector <2 x float> %3986, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3987 = fadd <2 x float> %3986, %shift4185
  %3988 = shufflevector <2 x float> %3987, <2 x float> poison, <16 x i32> zeroinitializer
  %3989 = fmul <16 x float> %3951, %3988
  %3990 = fsub <16 x float> %3962, %3989
  %3991 = insertelement <16 x float> poison, float %3970, i64 0
  %3992 = shufflevector <16 x float> %3991, <16 x float> poison, <16 x i32> zeroinitializer
  %3993 = fmul <16 x float> %3992, %3990
  %3994 = add nsw i64 %t7.addr.03369, %78
  %3995 = mul nsw i64 %3994, %dq_ts
  %gep3381 = getelementptr float, ptr %invariant.gep3370, i64 %3995
  store <16 x float> %3993, ptr %gep3381, align 4
  %3996 = fmul <16 x float> %3954, %3988
  %3997 = fsub <16 x float> %3964, %3996
  %3998 = fmul <16 x float> %3992, %3997
  %3999 = getelementptr i8, ptr %gep3381, i64 64
  store <16 x float> %3998, ptr %3999, align 4
  %4000 = fmul <16 x float> %3957, %3988
  %4001 = fsub <16 x float> %3966, %4000
  %4002 = fmul <16 x float> %3992, %4001
  %4003 = getelementptr i8, ptr %gep3381, i64 128
  store <16 x float> %4002, ptr %4003, align 4
  %4004 = fmul <16 x float> %3960, %3988
  %4005 = fsub <16 x float> %3968, %4004
  %4006 = fmul <16 x float> %3992, %4005
  %4007 = getelementptr i8, ptr %gep3381, i64 192
  store <16 x float> %4006, ptr %4007, align 4
  %4008 = shl nsw i64 %t7.addr.03369, 1
  %4009 = shl nsw i64 %t7.addr.03369, 7
  %4010 = getelementptr inbounds float, ptr %gep3394, i64 %4009
  %4011 = load <16 x float>, ptr %4010, align 4
  %4012 = or disjoint i64 %4009, 16
  %4013 = getelementptr inbounds float, ptr %gep3394, i64 %4012
  %4014 = load <16 x float>, ptr %4013, align 4
  %4015 = or disjoint i64 %4009, 32
  %4016 = getelementptr inbounds float, ptr %gep3394, i64 %4015
  %4017 = load <16 x float>, ptr %4016, align 4
  %4018 = or disjoint i64 %4009, 48
  %4019 = getelementptr inbounds float, ptr %gep3394, i64 %4018
  %4020 = load <16 x float>, ptr %4019, align 4
  %4021 = getelementptr inbounds float, ptr %dak, i64 %4009
  %4022 = load <16 x float>, ptr %4021, align 4
  %4023 = getelementptr inbounds float, ptr %dak, i64 %4012
  %4024 = load <16 x float>, ptr %4023, align 4
  %4025 = getelementptr inbounds float, ptr %dak, i64 %4015
  %4026 = load <16 x float>, ptr %4025, align 4
  %4027 = getelementptr inbounds float, ptr %dak, i64 %4018
  %4028 = load <16 x float>, ptr %4027, align 4
  %gep3366 = getelementptr float, ptr %invariant.gep, i64 %4008
  %4029 = load float, ptr %gep3366, align 4
  %4030 = fmul <16 x float> %4011, %4022
  %4031 = fmul <16 x float> %4014, %4024
  %4032 = fadd <16 x float> %4030, %4031
  %4033 = fmul <16 x float> %4017, %4026
  %4034 = fadd <16 x float> %4032, %4033
  %4035 = fmul <16 x float> %4020, %4028
  %4036 = fadd <16 x float> %4034, %4035
  %4037 = shufflevector <16 x float> %4036, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %4038 = shufflevector <16 x float> %4036, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %4039 = fadd <8 x float> %4037, %4038
  %4040 = shufflevector <8 x float> %4039, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %4041 = shufflevector <8 x float> %4039, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %4042 = fadd <4 x float> %4040, %4041
  %4043 = shufflevector <4 x float> %4042, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %4044 = shufflevector <4 x float> %4042, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %4045 = fadd <2 x float> %4043, %4044
  %shift4186 = shufflevector <2 x float> %4045, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %4046 = fadd <2 x float> %4045, %shift4186
  %4047 = shufflevector <2 x float> %4046, <2 x float> poison, <16 x i32> zeroinitializer
  %4048 = fmul <16 x float> %4011, %4047
  %4049 = fsub <16 x float> %4022, %4048
  %4050 = insertelement <16 x float> poison, float %4029, i64 0
  %4051 = shufflevector <16 x float> %4050, <16 x float> poison, <16 x i32> zeroinitializer
  %4052 = fmul <16 x float> %4051, %4049
  %4053 = mul nsw i64 %3994, %dk_ts
  %gep3383 = getelementptr float, ptr %invariant.gep3372, i64 %4053
  store <16 x float> %4052, ptr %gep3383, align 4
  %4054 = fmul <16 x float> %4014, %4047
  %4055 = fsub <16 x float> %4024, %4054
  %4056 = fmul <16 x float> %4051, %4055
  %4057 = getelementptr i8, ptr %gep3383, i64 64
  store <16 x float> %4056, ptr %4057, align 4
  %4058 = fmul <16 x float> %4017, %4047
  %4059 = fsub <16 x float> %4026, %4058
  %4060 = fmul <16 x float> %4051, %4059
  %4061 = getelementptr i8, ptr %gep3383, i64 128
  store <16 x float> %4060, ptr %4061, align 4
  %4062 = fmul <16 x float> %4020, %4047
  %4063 = fsub <16 x float> %4028, %4062
  %4064 = fmul <16 x float> %4051, %4063
  %4065 = getelementptr i8, ptr %gep3383, i64 192
  store <16 x float> %4064, ptr %4065, align 4
  %4066 = getelementptr inbounds float, ptr %dav, i64 %4009
  %4067 = load <16 x float>, ptr %4066, align 4
  %4068 = getelementptr inbounds float, ptr %dav, i64 %4012
  %4069 = load <16 x float>, ptr %4068, align 4
  %4070 = getelementptr inbounds float, ptr %dav, i64 %4015
  %4071 = load <16 x float>, ptr %4070, align 4
  %4072 = getelementptr inbounds float, ptr %dav, i64 %4018
  %4073 = load <16 x float>, ptr %4072, align 4
  %4074 = mul nsw i64 %3994, %dv_ts
  %gep3385 = getelementptr float, ptr %invariant.gep3374, i64 %4074
  store <16 x float> %4067, ptr %gep3385, align 4
  %4075 = getelementptr i8, ptr %gep3385, i64 64
  store <16 x float> %4069, ptr %4075, align 4
  %4076 = getelementptr i8, ptr %gep3385, i64 128
  store <16 x float> %4071, ptr %4076, align 4
  %4077 = getelementptr i8, ptr %gep3385, i64 192
  store <16 x float> %4073, ptr %4077, align 4
  %4078 = or disjoint i64 %4008, 1
  %4079 = shl nsw i64 %4078, 6
  %4080 = getelementptr inbounds float, ptr %gep3394, i64 %4079
  %4081 = load <16 x float>, ptr %4080, align 4
  %4082 = or disjoint i64 %4079, 16
  %4083 = getelementptr inbounds float, ptr %gep3394, i64 %4082
  %4084 = load <16 x float>, ptr %4083, align 4
  %4085 = or disjoint i64 %4079, 32
  %4086 = getelementptr inbounds float, ptr %gep3394, i64 %4085
  %4087 = load <16 x float>, ptr %4086, align 4
  %4088 = or disjoint i64 %4079, 48
  %4089 = getelementptr inbounds float, ptr %gep3394, i64 %4088
  %4090 = load <16 x float>, ptr %4089, align 4
  %4091 = getelementptr inbounds float, ptr %dak, i64 %4079
  %4092 = load <16 x float>, ptr %4091, align 4
  %4093 = getelementptr inbounds float, ptr %dak, i64 %4082
  %4094 = load <16 x float>, ptr %4093, align 4
  %4095 = getelementptr inbounds float, ptr %dak, i64 %4085
  %4096 = load <16 x float>, ptr %4095, align 4
  %4097 = getelementptr inbounds float, ptr %dak, i64 %4088
  %4098 = load <16 x float>, ptr %4097, align 4
  %gep3368 = getelementptr float, ptr %invariant.gep, i64 %4078
  %4099 = load float, ptr %gep3368, align 4
  %4100 = fmul <16 x float> %4081, %4092
  %4101 = fmul <16 x float> %4084, %4094
  %4102 = fadd <16 x float> %4100, %4101
  %4103 = fmul <16 x float> %4087, %4096
  %4104 = fadd <16 x float> %4102, %4103
  %4105 = fmul <16 x float> %4090, %4098
  %4106 = fadd <16 x float> %4104, %4105
  %4107 = shufflevector <16 x float> %4106, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %4108 = shufflevector <16 x float> %4106, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %4109 = fadd <8 x float> %4107, %4108
  %4110 = shufflevector <8 x float> %4109, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %4111 = shufflevector <8 x float> %4109, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %4112 = fadd <4 x float> %4110, %4111
  %4113 = shufflevector <4 x float> %4112, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %4114 = shufflevector <4 x float> %4112, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %4115 = fadd <2 x float> %4113, %4114
  %shift4187 = shufflevector <2 x float> %4115, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %4116 = fadd <2 x float> %4115, %shift4187
  %4117 = shufflevector <2 x float> %4116, <2 x float> poison, <16 x i32> zeroinitializer
  %4118 = fmul <16 x float> %4081, %4117
  %4119 = fsub <16 x float> %4092, %4118
  %4120 = insertelement <16 x float> poison, float %4099, i64 0
  %4121 = shufflevector <16 x float> %4120, <16 x float> poison, <16 x i32> zeroinitializer
  %4122 = fmul <16 x float> %4121, %4119
  %gep3387 = getelementptr float, ptr %invariant.gep3376, i64 %4053
  store <16 x float> %4122, ptr %gep3387, align 4
  %4123 = fmul <16 x float> %4084, %4117
  %4124 = fsub <16 x float> %4094, %4123
  %4125 = fmul <16 x float> %4121, %4124
  %4126 = getelementptr i8, ptr %gep3387, i64 64
  store <16 x float> %4125, ptr %4126, align 4
  %4127 = fmul <16 x float> %4087, %4117
  %4128 = fsub <16 x float> %4096, %4127
  %4129 = fmul <16 x float> %4121, %4128
  %4130 = getelementptr i8, ptr %gep3387, i64 128
  store <16 x float> %4129, ptr %4130, align 4
  %4131 = fmul <16 x float> %4090, %4117
  %4132 = fsub <16 x float> %4098, %4131
  %4133 = fmul <16 x float> %4121, %4132
  %4134 = getelementptr i8, ptr %gep3387, i64 192
  store <16 x float> %4133, ptr %4134, align 4
  %4135 = getelementptr inbounds float, ptr %dav, i64 %4079
  %4136 = load <16 x float>, ptr %4135, align 4
  %4137 = getelementptr inbounds float, ptr %dav, i64 %4082
  %4138 = load <16 x float>, ptr %4137, align 4
  %4139 = getelementptr inbounds float, ptr %dav, i64 %4085
  %4140 = load <16 x float>, ptr %4139, align 4
  %4141 = getelementptr inbounds float, ptr %dav, i64 %4088
  %4142 = load <16 x float>, ptr %4141, align 4
  %gep3389 = getelementptr float, ptr %invariant.gep3378, i64 %4074
  store <16 x float> %4136, ptr %gep3389, align 4
  %4143 = getelementptr i8, ptr %gep3389, i64 64
  store <16 x float> %4138, ptr %4143, align 4
  %4144 = getelementptr i8, ptr %gep3389, i64 128
  store <16 x float> %4140, ptr %4144, align 4
  %4145 = getelementptr i8, ptr %gep3389, i64 192
  store <16 x float> %4142, ptr %4145, align 4
  %t7.next = add nsw i64 %t7.addr.03369, 1
  %4146 = icmp slt i64 %t7.next, %t7.end
  br i1 %4146, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.03390, 1
  %indvars.iv.next3675 = add i64 %indvars.iv3674, 32
  %exitcond3689.not = icmp eq i64 %cc.next, %smax3688
  br i1 %exitcond3689.not, label %i53.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j38.head.preheader, %i53.head.preheader
  %i53.addr.03392 = phi i64 [ 0, %i53.head.preheader ], [ %i53.next.7, %j38.head.preheader ]
  %4147 = shl nuw nsw i64 %i53.addr.03392, 8
  %scevgep3690 = getelementptr i8, ptr %291, i64 %4147
  %4148 = shl nuw nsw i64 %i53.addr.03392, 9
  %4149 = or disjoint i64 %4148, 256
  %scevgep3691 = getelementptr i8, ptr %work, i64 %4149
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691, i64 256, i1 false)
  %i53.next = or disjoint i64 %i53.addr.03392, 1
  %4150 = shl nuw nsw i64 %i53.next, 8
  %scevgep3690.1 = getelementptr i8, ptr %291, i64 %4150
  %4151 = shl nuw nsw i64 %i53.next, 9
  %4152 = or disjoint i64 %4151, 256
  %scevgep3691.1 = getelementptr i8, ptr %work, i64 %4152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.1, i64 256, i1 false)
  %i53.next.1 = or disjoint i64 %i53.addr.03392, 2
  %4153 = shl nuw nsw i64 %i53.next.1, 8
  %scevgep3690.2 = getelementptr i8, ptr %291, i64 %4153
  %4154 = shl nuw nsw i64 %i53.next.1, 9
  %4155 = or disjoint i64 %4154, 256
  %scevgep3691.2 = getelementptr i8, ptr %work, i64 %4155
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.2, i64 256, i1 false)
  %i53.next.2 = or disjoint i64 %i53.addr.03392, 3
  %4156 = shl nuw nsw i64 %i53.next.2, 8
  %scevgep3690.3 = getelementptr i8, ptr %291, i64 %4156
  %4157 = shl nuw nsw i64 %i53.next.2, 9
  %4158 = or disjoint i64 %4157, 256
  %scevgep3691.3 = getelementptr i8, ptr %work, i64 %4158
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.3, i64 256, i1 false)
  %i53.next.3 = or disjoint i64 %i53.addr.03392, 4
  %4159 = shl nuw nsw i64 %i53.next.3, 8
  %scevgep3690.4 = getelementptr i8, ptr %291, i64 %4159
  %4160 = shl nuw nsw i64 %i53.next.3, 9
  %4161 = or disjoint i64 %4160, 256
  %scevgep3691.4 = getelementptr i8, ptr %work, i64 %4161
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.4, i64 256, i1 false)
  %i53.next.4 = or disjoint i64 %i53.addr.03392, 5
  %4162 = shl nuw nsw i64 %i53.next.4, 8
  %scevgep3690.5 = getelementptr i8, ptr %291, i64 %4162
  %4163 = shl nuw nsw i64 %i53.next.4, 9
  %4164 = or disjoint i64 %4163, 256
  %scevgep3691.5 = getelementptr i8, ptr %work, i64 %4164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.5, i64 256, i1 false)
  %i53.next.5 = or disjoint i64 %i53.addr.03392, 6
  %4165 = shl nuw nsw i64 %i53.next.5, 8
  %scevgep3690.6 = getelementptr i8, ptr %291, i64 %4165
  %4166 = shl nuw nsw i64 %i53.next.5, 9
  %4167 = or disjoint i64 %4166, 256
  %scevgep3691.6 = getelementptr i8, ptr %work, i64 %4167
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.6, i64 256, i1 false)
  %i53.next.6 = or disjoint i64 %i53.addr.03392, 7
  %4168 = shl nuw nsw i64 %i53.next.6, 8
  %scevgep3690.7 = getelementptr i8, ptr %291, i64 %4168
  %4169 = shl nuw nsw i64 %i53.next.6, 9
  %4170 = or disjoint i64 %4169, 256
  %scevgep3691.7 = getelementptr i8, ptr %work, i64 %4170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3690.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.7, i64 256, i1 false)
  %i53.next.7 = add nuw nsw i64 %i53.addr.03392, 8
  %exitcond3692.not.7 = icmp eq i64 %i53.next.7, 64
  br i1 %exitcond3692.not.7, label %i53.exit, label %j38.head.preheader

i53.exit:                                         ; preds = %j38.head.preheader
  %bh.next = add nsw i64 %bh.addr.03401, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3693.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3693.not, label %bh.exit, label %bh.body
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

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !4}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !4}
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

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_fwd_h2_k64_v64_r64_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep312 = getelementptr i8, ptr %work, i64 16640
  %sv = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 8
  %gep311 = getelementptr i8, ptr %invariant.gep312, i64 %.idx
  %.idx247 = mul i64 %T, 768
  %gep313 = getelementptr i8, ptr %invariant.gep312, i64 %.idx247
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 63
  %nc = sdiv i64 %4, 64
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 14
  %7 = shl i64 %nc, 14
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = getelementptr i8, ptr %hs, i64 %6
  %10 = getelementptr i8, ptr %gep311, i64 64
  %11 = getelementptr i8, ptr %work, i64 16704
  %12 = getelementptr i8, ptr %gep311, i64 128
  %13 = getelementptr i8, ptr %work, i64 16768
  %14 = getelementptr i8, ptr %gep311, i64 192
  %15 = getelementptr i8, ptr %work, i64 16832
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i11.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i11.head.preheader ]
  %bh.addr.0314 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i11.head.preheader ]
  %16 = add i64 %indvar, %bh0
  %17 = shl i64 %16, 14
  %scevgep358 = getelementptr i8, ptr %hT, i64 %17
  %18 = mul i64 %7, %indvar
  %scevgep350 = getelementptr i8, ptr %h0, i64 %17
  %b = sdiv i64 %bh.addr.0314, %H
  %h = srem i64 %bh.addr.0314, %H
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
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep350, i64 16384, i1 false)
  br label %i11.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %23 = shl nsw i64 %h, 6
  %invariant.gep = getelementptr float, ptr %q, i64 %23
  %invariant.gep249 = getelementptr float, ptr %k, i64 %23
  %invariant.gep251 = getelementptr float, ptr %v, i64 %23
  %24 = add nsw i64 %h, %H
  %25 = shl nsw i64 %24, 6
  %invariant.gep253 = getelementptr float, ptr %k, i64 %25
  %invariant.gep255 = getelementptr float, ptr %v, i64 %25
  br label %t.body

bh.exit:                                          ; preds = %i11.head.preheader, %entry
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep350, i64 16384, i1 false)
  br i1 %2, label %i1.head.preheader.lr.ph, label %i11.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0248 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %26 = add nuw nsw i64 %t.addr.0248, 4
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
  %gep250 = getelementptr float, ptr %invariant.gep249, i64 %32
  tail call void @llvm.prefetch.p0(ptr %gep250, i32 0, i32 2, i32 1)
  %33 = getelementptr i8, ptr %gep250, i64 64
  tail call void @llvm.prefetch.p0(ptr %33, i32 0, i32 2, i32 1)
  %34 = getelementptr i8, ptr %gep250, i64 128
  tail call void @llvm.prefetch.p0(ptr %34, i32 0, i32 2, i32 1)
  %35 = getelementptr i8, ptr %gep250, i64 192
  tail call void @llvm.prefetch.p0(ptr %35, i32 0, i32 2, i32 1)
  %36 = mul nsw i64 %27, %v_ts
  %gep252 = getelementptr float, ptr %invariant.gep251, i64 %36
  tail call void @llvm.prefetch.p0(ptr %gep252, i32 0, i32 2, i32 1)
  %37 = getelementptr i8, ptr %gep252, i64 64
  tail call void @llvm.prefetch.p0(ptr %37, i32 0, i32 2, i32 1)
  %38 = getelementptr i8, ptr %gep252, i64 128
  tail call void @llvm.prefetch.p0(ptr %38, i32 0, i32 2, i32 1)
  %39 = getelementptr i8, ptr %gep252, i64 192
  tail call void @llvm.prefetch.p0(ptr %39, i32 0, i32 2, i32 1)
  %gep254 = getelementptr float, ptr %invariant.gep253, i64 %32
  tail call void @llvm.prefetch.p0(ptr %gep254, i32 0, i32 2, i32 1)
  %40 = getelementptr i8, ptr %gep254, i64 64
  tail call void @llvm.prefetch.p0(ptr %40, i32 0, i32 2, i32 1)
  %41 = getelementptr i8, ptr %gep254, i64 128
  tail call void @llvm.prefetch.p0(ptr %41, i32 0, i32 2, i32 1)
  %42 = getelementptr i8, ptr %gep254, i64 192
  tail call void @llvm.prefetch.p0(ptr %42, i32 0, i32 2, i32 1)
  %gep256 = getelementptr float, ptr %invariant.gep255, i64 %36
  tail call void @llvm.prefetch.p0(ptr %gep256, i32 0, i32 2, i32 1)
  %43 = getelementptr i8, ptr %gep256, i64 64
  tail call void @llvm.prefetch.p0(ptr %43, i32 0, i32 2, i32 1)
  %44 = getelementptr i8, ptr %gep256, i64 128
  tail call void @llvm.prefetch.p0(ptr %44, i32 0, i32 2, i32 1)
  %45 = getelementptr i8, ptr %gep256, i64 192
  tail call void @llvm.prefetch.p0(ptr %45, i32 0, i32 2, i32 1)
  %46 = add nsw i64 %t.addr.0248, %19
  %47 = mul nsw i64 %46, %q_ts
  %gep258 = getelementptr float, ptr %invariant.gep, i64 %47
  %48 = load <16 x float>, ptr %gep258, align 4
  %49 = getelementptr i8, ptr %gep258, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = getelementptr i8, ptr %gep258, i64 128
  %52 = load <16 x float>, ptr %51, align 4
  %53 = getelementptr i8, ptr %gep258, i64 192
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
  %79 = shl nsw i64 %t.addr.0248, 6
  %80 = getelementptr inbounds float, ptr %invariant.gep312, i64 %79
  store <16 x float> %78, ptr %80, align 4
  %81 = fmul <16 x float> %50, %77
  %82 = or disjoint i64 %79, 16
  %83 = getelementptr inbounds float, ptr %invariant.gep312, i64 %82
  store <16 x float> %81, ptr %83, align 4
  %84 = fmul <16 x float> %52, %77
  %85 = or disjoint i64 %79, 32
  %86 = getelementptr inbounds float, ptr %invariant.gep312, i64 %85
  store <16 x float> %84, ptr %86, align 4
  %87 = fmul <16 x float> %54, %77
  %88 = or disjoint i64 %79, 48
  %89 = getelementptr inbounds float, ptr %invariant.gep312, i64 %88
  store <16 x float> %87, ptr %89, align 4
  %90 = mul nsw i64 %46, %k_ts
  %gep260 = getelementptr float, ptr %invariant.gep249, i64 %90
  %91 = load <16 x float>, ptr %gep260, align 4
  %92 = getelementptr i8, ptr %gep260, i64 64
  %93 = load <16 x float>, ptr %92, align 4
  %94 = getelementptr i8, ptr %gep260, i64 128
  %95 = load <16 x float>, ptr %94, align 4
  %96 = getelementptr i8, ptr %gep260, i64 192
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
  %shift399 = shufflevector <2 x float> %113, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %114 = fadd <2 x float> %113, %shift399
  %115 = extractelement <2 x float> %114, i64 0
  %116 = fadd float %115, 0x3EB0C6F7A0000000
  %117 = tail call float @llvm.sqrt.f32(float %116)
  %118 = fdiv float 1.000000e+00, %117
  %119 = insertelement <16 x float> poison, float %118, i64 0
  %120 = shufflevector <16 x float> %119, <16 x float> poison, <16 x i32> zeroinitializer
  %121 = fmul <16 x float> %91, %120
  %122 = shl i64 %t.addr.0248, 7
  %123 = getelementptr inbounds float, ptr %gep311, i64 %122
  store <16 x float> %121, ptr %123, align 4
  %124 = fmul <16 x float> %93, %120
  %125 = or disjoint i64 %122, 16
  %126 = getelementptr inbounds float, ptr %gep311, i64 %125
  store <16 x float> %124, ptr %126, align 4
  %127 = fmul <16 x float> %95, %120
  %128 = or disjoint i64 %122, 32
  %129 = getelementptr inbounds float, ptr %gep311, i64 %128
  store <16 x float> %127, ptr %129, align 4
  %130 = fmul <16 x float> %97, %120
  %131 = or disjoint i64 %122, 48
  %132 = getelementptr inbounds float, ptr %gep311, i64 %131
  store <16 x float> %130, ptr %132, align 4
  %133 = mul nsw i64 %46, %v_ts
  %gep262 = getelementptr float, ptr %invariant.gep251, i64 %133
  %134 = load <16 x float>, ptr %gep262, align 4
  %135 = getelementptr i8, ptr %gep262, i64 64
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr i8, ptr %gep262, i64 128
  %138 = load <16 x float>, ptr %137, align 4
  %139 = getelementptr i8, ptr %gep262, i64 192
  %140 = load <16 x float>, ptr %139, align 4
  %141 = getelementptr inbounds float, ptr %gep313, i64 %122
  store <16 x float> %134, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %gep313, i64 %125
  store <16 x float> %136, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %gep313, i64 %128
  store <16 x float> %138, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %gep313, i64 %131
  store <16 x float> %140, ptr %144, align 4
  %gep264 = getelementptr float, ptr %invariant.gep253, i64 %90
  %145 = load <16 x float>, ptr %gep264, align 4
  %146 = getelementptr i8, ptr %gep264, i64 64
  %147 = load <16 x float>, ptr %146, align 4
  %148 = getelementptr i8, ptr %gep264, i64 128
  %149 = load <16 x float>, ptr %148, align 4
  %150 = getelementptr i8, ptr %gep264, i64 192
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
  %shift400 = shufflevector <2 x float> %167, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %168 = fadd <2 x float> %167, %shift400
  %169 = extractelement <2 x float> %168, i64 0
  %170 = fadd float %169, 0x3EB0C6F7A0000000
  %171 = tail call float @llvm.sqrt.f32(float %170)
  %172 = fdiv float 1.000000e+00, %171
  %173 = insertelement <16 x float> poison, float %172, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = fmul <16 x float> %145, %174
  %176 = or disjoint i64 %122, 64
  %177 = getelementptr inbounds float, ptr %gep311, i64 %176
  store <16 x float> %175, ptr %177, align 4
  %178 = fmul <16 x float> %147, %174
  %179 = or disjoint i64 %122, 80
  %180 = getelementptr inbounds float, ptr %gep311, i64 %179
  store <16 x float> %178, ptr %180, align 4
  %181 = fmul <16 x float> %149, %174
  %182 = or disjoint i64 %122, 96
  %183 = getelementptr inbounds float, ptr %gep311, i64 %182
  store <16 x float> %181, ptr %183, align 4
  %184 = fmul <16 x float> %151, %174
  %185 = or disjoint i64 %122, 112
  %186 = getelementptr inbounds float, ptr %gep311, i64 %185
  store <16 x float> %184, ptr %186, align 4
  %gep266 = getelementptr float, ptr %invariant.gep255, i64 %133
  %187 = load <16 x float>, ptr %gep266, align 4
  %188 = getelementptr i8, ptr %gep266, i64 64
  %189 = load <16 x float>, ptr %188, align 4
  %190 = getelementptr i8, ptr %gep266, i64 128
  %191 = load <16 x float>, ptr %190, align 4
  %192 = getelementptr i8, ptr %gep266, i64 192
  %193 = load <16 x float>, ptr %192, align 4
  %194 = getelementptr inbounds float, ptr %gep313, i64 %176
  store <16 x float> %187, ptr %194, align 4
  %195 = getelementptr inbounds float, ptr %gep313, i64 %179
  store <16 x float> %189, ptr %195, align 4
  %196 = getelementptr inbounds float, ptr %gep313, i64 %182
  store <16 x float> %191, ptr %196, align 4
  %197 = getelementptr inbounds float, ptr %gep313, i64 %185
  store <16 x float> %193, ptr %197, align 4
  %t.next = add nuw nsw i64 %t.addr.0248, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

i1.head.preheader.lr.ph:                          ; preds = %i.head.preheader
  %198 = getelementptr i8, ptr %9, i64 %18
  br label %i1.head.preheader

i11.head.preheader:                               ; preds = %c.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep358, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0314, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond359.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond359.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %c.exit
  %ci.addr.0307 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %c.exit ]
  %199 = shl i64 %ci.addr.0307, 14
  %scevgep352 = getelementptr i8, ptr %198, i64 %199
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep352, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %t0 = shl nsw i64 %ci.addr.0307, 6
  %200 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %200, i64 %T)
  %201 = shl i64 %ci.addr.0307, 13
  %202 = shl nsw i64 %ci.addr.0307, 7
  %203 = mul nsw i64 %202, %H
  %204 = getelementptr inbounds float, ptr %betah, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = insertelement <16 x float> poison, float %205, i64 0
  %207 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = or disjoint i64 %202, 1
  %209 = mul nsw i64 %208, %H
  %210 = getelementptr inbounds float, ptr %betah, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = shl nsw i64 %208, 6
  %213 = insertelement <16 x float> poison, float %211, i64 0
  %214 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %215 = mul nsw i64 %t0, %sv
  %216 = or disjoint i64 %t0, 1
  %217 = icmp slt i64 %216, %t1
  %invariant.gep376 = getelementptr i8, ptr %invariant.gep312, i64 %199
  %218 = getelementptr inbounds float, ptr %gep311, i64 %201
  %219 = or disjoint i64 %201, 64
  %220 = getelementptr inbounds float, ptr %gep311, i64 %219
  %221 = or disjoint i64 %201, 16
  %222 = getelementptr inbounds float, ptr %gep311, i64 %221
  %223 = or disjoint i64 %201, 80
  %224 = getelementptr inbounds float, ptr %gep311, i64 %223
  %225 = or disjoint i64 %201, 32
  %226 = getelementptr inbounds float, ptr %gep311, i64 %225
  %227 = or disjoint i64 %201, 96
  %228 = getelementptr inbounds float, ptr %gep311, i64 %227
  %229 = or disjoint i64 %201, 48
  %230 = getelementptr inbounds float, ptr %gep311, i64 %229
  %231 = or disjoint i64 %201, 112
  %232 = getelementptr inbounds float, ptr %gep311, i64 %231
  %.idx318 = shl i64 %ci.addr.0307, 15
  %233 = getelementptr inbounds i8, ptr %invariant.gep312, i64 %199
  %234 = getelementptr i8, ptr %10, i64 %.idx318
  %235 = getelementptr inbounds i8, ptr %11, i64 %199
  %236 = getelementptr i8, ptr %12, i64 %.idx318
  %237 = getelementptr inbounds i8, ptr %13, i64 %199
  %238 = getelementptr i8, ptr %14, i64 %.idx318
  %239 = getelementptr inbounds i8, ptr %15, i64 %199
  %240 = getelementptr i8, ptr %234, i64 256
  %241 = getelementptr i8, ptr %236, i64 256
  %242 = getelementptr i8, ptr %238, i64 256
  %.idx360 = shl i64 %t1, 9
  %invariant.gep382 = getelementptr i8, ptr %gep311, i64 %.idx360
  br label %i2.head.preheader

i2.head.preheader:                                ; preds = %i1.head.preheader, %i10.exit
  %243 = phi i1 [ true, %i1.head.preheader ], [ false, %i10.exit ]
  %c.addr.0306 = phi i64 [ 0, %i1.head.preheader ], [ 32, %i10.exit ]
  br label %i2.body

c.exit:                                           ; preds = %i10.exit
  %ci.next = add nuw nsw i64 %ci.addr.0307, 1
  %exitcond356.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond356.not, label %i11.head.preheader, label %i1.head.preheader

i3.head.preheader:                                ; preds = %i2.body
  %244 = load <16 x float>, ptr %218, align 4
  %245 = load <16 x float>, ptr %220, align 4
  %246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %244, <16 x float> %245, <16 x float> zeroinitializer)
  %247 = load <16 x float>, ptr %222, align 4
  %248 = load <16 x float>, ptr %224, align 4
  %249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %248, <16 x float> %246)
  %250 = load <16 x float>, ptr %226, align 4
  %251 = load <16 x float>, ptr %228, align 4
  %252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %251, <16 x float> %249)
  %253 = load <16 x float>, ptr %230, align 4
  %254 = load <16 x float>, ptr %232, align 4
  %255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %253, <16 x float> %254, <16 x float> %252)
  %256 = shufflevector <16 x float> %255, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %257 = shufflevector <16 x float> %255, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %258 = fadd <8 x float> %256, %257
  %259 = shufflevector <8 x float> %258, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %260 = shufflevector <8 x float> %258, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %261 = fadd <4 x float> %259, %260
  %262 = shufflevector <4 x float> %261, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %263 = shufflevector <4 x float> %261, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %264 = fadd <2 x float> %262, %263
  %265 = load <16 x float>, ptr %233, align 4
  %266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %244, <16 x float> %265, <16 x float> zeroinitializer)
  %267 = load <16 x float>, ptr %234, align 4
  %268 = load <16 x float>, ptr %235, align 4
  %269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %267, <16 x float> %268, <16 x float> %266)
  %270 = load <16 x float>, ptr %236, align 4
  %271 = load <16 x float>, ptr %237, align 4
  %272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %270, <16 x float> %271, <16 x float> %269)
  %273 = load <16 x float>, ptr %238, align 4
  %274 = load <16 x float>, ptr %239, align 4
  %275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %273, <16 x float> %274, <16 x float> %272)
  %276 = shufflevector <16 x float> %275, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %277 = shufflevector <16 x float> %275, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %278 = fadd <8 x float> %276, %277
  %279 = shufflevector <8 x float> %278, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %280 = shufflevector <8 x float> %278, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %281 = fadd <4 x float> %279, %280
  %282 = shufflevector <4 x float> %281, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %283 = shufflevector <4 x float> %281, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %284 = fadd <2 x float> %282, %283
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %245, <16 x float> %265, <16 x float> zeroinitializer)
  %286 = load <16 x float>, ptr %240, align 4
  %287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %286, <16 x float> %268, <16 x float> %285)
  %288 = load <16 x float>, ptr %241, align 4
  %289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %288, <16 x float> %271, <16 x float> %287)
  %290 = load <16 x float>, ptr %242, align 4
  %291 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %290, <16 x float> %274, <16 x float> %289)
  %shift401 = shufflevector <2 x float> %264, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %292 = fadd <2 x float> %264, %shift401
  %shift402 = shufflevector <2 x float> %284, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %293 = fadd <2 x float> %284, %shift402
  %294 = shufflevector <16 x float> %291, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %295 = shufflevector <16 x float> %291, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %296 = fadd <8 x float> %294, %295
  %297 = shufflevector <8 x float> %296, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %298 = shufflevector <8 x float> %296, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %299 = fadd <4 x float> %297, %298
  %300 = shufflevector <4 x float> %299, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %301 = shufflevector <4 x float> %299, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %302 = fadd <2 x float> %300, %301
  %shift403 = shufflevector <2 x float> %302, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %303 = fadd <2 x float> %302, %shift403
  %304 = or disjoint i64 %c.addr.0306, %201
  %305 = getelementptr inbounds float, ptr %gep313, i64 %304
  %306 = load <16 x float>, ptr %305, align 4
  %307 = fsub <16 x float> %306, %379
  %308 = fmul <16 x float> %207, %307
  %309 = or disjoint i64 %c.addr.0306, 16
  %310 = or disjoint i64 %309, %201
  %311 = getelementptr inbounds float, ptr %gep313, i64 %310
  %312 = load <16 x float>, ptr %311, align 4
  %313 = fsub <16 x float> %312, %389
  %314 = fmul <16 x float> %207, %313
  %315 = or disjoint i64 %c.addr.0306, %212
  %316 = getelementptr inbounds float, ptr %gep313, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %318 = shufflevector <2 x float> %292, <2 x float> poison, <16 x i32> zeroinitializer
  %319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %308, <16 x float> %382)
  %320 = fsub <16 x float> %317, %319
  %321 = fmul <16 x float> %214, %320
  %322 = or disjoint i64 %309, %212
  %323 = getelementptr inbounds float, ptr %gep313, i64 %322
  %324 = load <16 x float>, ptr %323, align 4
  %325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %314, <16 x float> %390)
  %326 = fsub <16 x float> %324, %325
  %327 = fmul <16 x float> %214, %326
  %328 = shufflevector <2 x float> %303, <2 x float> poison, <16 x i32> zeroinitializer
  %329 = shufflevector <2 x float> %293, <2 x float> poison, <16 x i32> zeroinitializer
  %330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %308, <16 x float> %385)
  %331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %321, <16 x float> %330)
  %332 = fmul <16 x float> %331, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %333 = or disjoint i64 %c.addr.0306, %215
  %334 = getelementptr inbounds float, ptr %oh, i64 %333
  store <16 x float> %332, ptr %334, align 4
  %335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %314, <16 x float> %391)
  %336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %327, <16 x float> %335)
  %337 = fmul <16 x float> %336, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %338 = or disjoint i64 %309, %215
  %339 = getelementptr inbounds float, ptr %oh, i64 %338
  store <16 x float> %337, ptr %339, align 4
  br i1 %217, label %i6.head.preheader, label %i10.head.preheader

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0277 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %379, %i2.body ]
  %acc1.0276 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %389, %i2.body ]
  %acc2.0275 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %382, %i2.body ]
  %acc3.0274 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %390, %i2.body ]
  %acc4.0273 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %385, %i2.body ]
  %acc5.0272 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %391, %i2.body ]
  %i2.addr.0271 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %340 = add nuw nsw i64 %i2.addr.0271, %201
  %341 = getelementptr inbounds float, ptr %gep311, i64 %340
  %342 = load float, ptr %341, align 4
  %343 = or disjoint i64 %340, 64
  %344 = getelementptr inbounds float, ptr %gep311, i64 %343
  %345 = load float, ptr %344, align 4
  %gep377 = getelementptr float, ptr %invariant.gep376, i64 %i2.addr.0271
  %346 = load float, ptr %gep377, align 4
  %347 = shl nuw nsw i64 %i2.addr.0271, 6
  %348 = or disjoint i64 %347, %c.addr.0306
  %349 = getelementptr inbounds float, ptr %work, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = insertelement <16 x float> poison, float %342, i64 0
  %352 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %352, <16 x float> %350, <16 x float> %acc.0277)
  %354 = insertelement <16 x float> poison, float %345, i64 0
  %355 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %355, <16 x float> %350, <16 x float> %acc2.0275)
  %357 = insertelement <16 x float> poison, float %346, i64 0
  %358 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %358, <16 x float> %350, <16 x float> %acc4.0273)
  %360 = or disjoint i64 %348, 16
  %361 = getelementptr inbounds float, ptr %work, i64 %360
  %362 = load <16 x float>, ptr %361, align 4
  %363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %352, <16 x float> %362, <16 x float> %acc1.0276)
  %364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %355, <16 x float> %362, <16 x float> %acc3.0274)
  %365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %358, <16 x float> %362, <16 x float> %acc5.0272)
  %i2.next = or disjoint i64 %i2.addr.0271, 1
  %366 = add nuw nsw i64 %i2.next, %201
  %367 = getelementptr inbounds float, ptr %gep311, i64 %366
  %368 = load float, ptr %367, align 4
  %369 = or disjoint i64 %366, 64
  %370 = getelementptr inbounds float, ptr %gep311, i64 %369
  %371 = load float, ptr %370, align 4
  %gep377.1 = getelementptr float, ptr %invariant.gep376, i64 %i2.next
  %372 = load float, ptr %gep377.1, align 4
  %373 = shl nuw nsw i64 %i2.next, 6
  %374 = or disjoint i64 %373, %c.addr.0306
  %375 = getelementptr inbounds float, ptr %work, i64 %374
  %376 = load <16 x float>, ptr %375, align 4
  %377 = insertelement <16 x float> poison, float %368, i64 0
  %378 = shufflevector <16 x float> %377, <16 x float> poison, <16 x i32> zeroinitializer
  %379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %378, <16 x float> %376, <16 x float> %353)
  %380 = insertelement <16 x float> poison, float %371, i64 0
  %381 = shufflevector <16 x float> %380, <16 x float> poison, <16 x i32> zeroinitializer
  %382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %381, <16 x float> %376, <16 x float> %356)
  %383 = insertelement <16 x float> poison, float %372, i64 0
  %384 = shufflevector <16 x float> %383, <16 x float> poison, <16 x i32> zeroinitializer
  %385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %384, <16 x float> %376, <16 x float> %359)
  %386 = or disjoint i64 %374, 16
  %387 = getelementptr inbounds float, ptr %work, i64 %386
  %388 = load <16 x float>, ptr %387, align 4
  %389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %378, <16 x float> %388, <16 x float> %363)
  %390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %381, <16 x float> %388, <16 x float> %364)
  %391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %384, <16 x float> %388, <16 x float> %365)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0271, 2
  %exitcond353.not.1 = icmp eq i64 %i2.next.1, 64
  br i1 %exitcond353.not.1, label %i3.head.preheader, label %i2.body

i10.head.preheader:                               ; preds = %i7.head.preheader, %i3.head.preheader
  %delta3.0.lcssa = phi <16 x float> [ %327, %i3.head.preheader ], [ %513, %i7.head.preheader ]
  %delta2.0.lcssa = phi <16 x float> [ %321, %i3.head.preheader ], [ %507, %i7.head.preheader ]
  %delta1.0.lcssa = phi <16 x float> [ %314, %i3.head.preheader ], [ %493, %i7.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %308, %i3.head.preheader ], [ %488, %i7.head.preheader ]
  br label %i10.body

i6.head.preheader:                                ; preds = %i3.head.preheader, %i7.head.preheader
  %delta.0301 = phi <16 x float> [ %488, %i7.head.preheader ], [ %308, %i3.head.preheader ]
  %delta1.0300 = phi <16 x float> [ %493, %i7.head.preheader ], [ %314, %i3.head.preheader ]
  %delta2.0299 = phi <16 x float> [ %507, %i7.head.preheader ], [ %321, %i3.head.preheader ]
  %delta3.0298 = phi <16 x float> [ %513, %i7.head.preheader ], [ %327, %i3.head.preheader ]
  %t1.addr.0297 = phi i64 [ %t1.next, %i7.head.preheader ], [ %216, %i3.head.preheader ]
  %392 = shl i64 %t1.addr.0297, 7
  %invariant.gep378 = getelementptr float, ptr %gep311, i64 %392
  %.idx322 = shl nsw i64 %t1.addr.0297, 8
  %invariant.gep380 = getelementptr inbounds i8, ptr %invariant.gep312, i64 %.idx322
  br label %i6.body

i7.head.preheader:                                ; preds = %i6.body
  %393 = getelementptr inbounds float, ptr %gep311, i64 %392
  %394 = load <16 x float>, ptr %393, align 4
  %395 = or disjoint i64 %392, 64
  %396 = getelementptr inbounds float, ptr %gep311, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %394, <16 x float> %397, <16 x float> zeroinitializer)
  %399 = or disjoint i64 %392, 16
  %400 = getelementptr inbounds float, ptr %gep311, i64 %399
  %401 = load <16 x float>, ptr %400, align 4
  %402 = or disjoint i64 %392, 80
  %403 = getelementptr inbounds float, ptr %gep311, i64 %402
  %404 = load <16 x float>, ptr %403, align 4
  %405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %401, <16 x float> %404, <16 x float> %398)
  %406 = or disjoint i64 %392, 32
  %407 = getelementptr inbounds float, ptr %gep311, i64 %406
  %408 = load <16 x float>, ptr %407, align 4
  %409 = or disjoint i64 %392, 96
  %410 = getelementptr inbounds float, ptr %gep311, i64 %409
  %411 = load <16 x float>, ptr %410, align 4
  %412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %408, <16 x float> %411, <16 x float> %405)
  %413 = or disjoint i64 %392, 48
  %414 = getelementptr inbounds float, ptr %gep311, i64 %413
  %415 = load <16 x float>, ptr %414, align 4
  %416 = or disjoint i64 %392, 112
  %417 = getelementptr inbounds float, ptr %gep311, i64 %416
  %418 = load <16 x float>, ptr %417, align 4
  %419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %415, <16 x float> %418, <16 x float> %412)
  %420 = shufflevector <16 x float> %419, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %421 = shufflevector <16 x float> %419, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %422 = fadd <8 x float> %420, %421
  %423 = shufflevector <8 x float> %422, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %424 = shufflevector <8 x float> %422, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %425 = fadd <4 x float> %423, %424
  %426 = shufflevector <4 x float> %425, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %427 = shufflevector <4 x float> %425, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %428 = fadd <2 x float> %426, %427
  %.idx323 = shl i64 %t1.addr.0297, 9
  %429 = getelementptr inbounds i8, ptr %invariant.gep312, i64 %.idx322
  %430 = load <16 x float>, ptr %429, align 4
  %431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %394, <16 x float> %430, <16 x float> zeroinitializer)
  %432 = getelementptr i8, ptr %10, i64 %.idx323
  %433 = load <16 x float>, ptr %432, align 4
  %434 = getelementptr inbounds i8, ptr %11, i64 %.idx322
  %435 = load <16 x float>, ptr %434, align 4
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %433, <16 x float> %435, <16 x float> %431)
  %437 = getelementptr i8, ptr %12, i64 %.idx323
  %438 = load <16 x float>, ptr %437, align 4
  %439 = getelementptr inbounds i8, ptr %13, i64 %.idx322
  %440 = load <16 x float>, ptr %439, align 4
  %441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %440, <16 x float> %436)
  %442 = getelementptr i8, ptr %14, i64 %.idx323
  %443 = load <16 x float>, ptr %442, align 4
  %444 = getelementptr inbounds i8, ptr %15, i64 %.idx322
  %445 = load <16 x float>, ptr %444, align 4
  %446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %443, <16 x float> %445, <16 x float> %441)
  %447 = shufflevector <16 x float> %446, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %448 = shufflevector <16 x float> %446, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %449 = fadd <8 x float> %447, %448
  %450 = shufflevector <8 x float> %449, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %451 = shufflevector <8 x float> %449, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %452 = fadd <4 x float> %450, %451
  %453 = shufflevector <4 x float> %452, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %454 = shufflevector <4 x float> %452, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %455 = fadd <2 x float> %453, %454
  %456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %430, <16 x float> zeroinitializer)
  %457 = getelementptr i8, ptr %432, i64 256
  %458 = load <16 x float>, ptr %457, align 4
  %459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %458, <16 x float> %435, <16 x float> %456)
  %460 = getelementptr i8, ptr %437, i64 256
  %461 = load <16 x float>, ptr %460, align 4
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> %440, <16 x float> %459)
  %463 = getelementptr i8, ptr %442, i64 256
  %464 = load <16 x float>, ptr %463, align 4
  %465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %464, <16 x float> %445, <16 x float> %462)
  %shift404 = shufflevector <2 x float> %428, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %466 = fadd <2 x float> %428, %shift404
  %shift405 = shufflevector <2 x float> %455, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %467 = fadd <2 x float> %455, %shift405
  %468 = shufflevector <16 x float> %465, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %469 = shufflevector <16 x float> %465, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %470 = fadd <8 x float> %468, %469
  %471 = shufflevector <8 x float> %470, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %472 = shufflevector <8 x float> %470, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %473 = fadd <4 x float> %471, %472
  %474 = shufflevector <4 x float> %473, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %475 = shufflevector <4 x float> %473, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %476 = fadd <2 x float> %474, %475
  %shift406 = shufflevector <2 x float> %476, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %477 = fadd <2 x float> %476, %shift406
  %478 = shl nuw nsw i64 %t1.addr.0297, 1
  %479 = mul nsw i64 %478, %H
  %480 = getelementptr inbounds float, ptr %betah, i64 %479
  %481 = load float, ptr %480, align 4
  %482 = or disjoint i64 %392, %c.addr.0306
  %483 = getelementptr inbounds float, ptr %gep313, i64 %482
  %484 = load <16 x float>, ptr %483, align 4
  %485 = fsub <16 x float> %484, %551
  %486 = insertelement <16 x float> poison, float %481, i64 0
  %487 = shufflevector <16 x float> %486, <16 x float> poison, <16 x i32> zeroinitializer
  %488 = fmul <16 x float> %487, %485
  %489 = or disjoint i64 %392, %309
  %490 = getelementptr inbounds float, ptr %gep313, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = fsub <16 x float> %491, %563
  %493 = fmul <16 x float> %487, %492
  %494 = or disjoint i64 %478, 1
  %495 = mul nsw i64 %494, %H
  %496 = getelementptr inbounds float, ptr %betah, i64 %495
  %497 = load float, ptr %496, align 4
  %498 = shl nsw i64 %494, 6
  %499 = or disjoint i64 %498, %c.addr.0306
  %500 = getelementptr inbounds float, ptr %gep313, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = shufflevector <2 x float> %466, <2 x float> poison, <16 x i32> zeroinitializer
  %503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %488, <16 x float> %554)
  %504 = fsub <16 x float> %501, %503
  %505 = insertelement <16 x float> poison, float %497, i64 0
  %506 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = fmul <16 x float> %506, %504
  %508 = or disjoint i64 %498, %309
  %509 = getelementptr inbounds float, ptr %gep313, i64 %508
  %510 = load <16 x float>, ptr %509, align 4
  %511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %493, <16 x float> %564)
  %512 = fsub <16 x float> %510, %511
  %513 = fmul <16 x float> %506, %512
  %514 = shufflevector <2 x float> %477, <2 x float> poison, <16 x i32> zeroinitializer
  %515 = shufflevector <2 x float> %467, <2 x float> poison, <16 x i32> zeroinitializer
  %516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> %488, <16 x float> %557)
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %514, <16 x float> %507, <16 x float> %516)
  %518 = fmul <16 x float> %517, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %519 = mul nsw i64 %t1.addr.0297, %sv
  %520 = or disjoint i64 %519, %c.addr.0306
  %521 = getelementptr inbounds float, ptr %oh, i64 %520
  store <16 x float> %518, ptr %521, align 4
  %522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> %493, <16 x float> %565)
  %523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %514, <16 x float> %513, <16 x float> %522)
  %524 = fmul <16 x float> %523, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %525 = or disjoint i64 %519, %309
  %526 = getelementptr inbounds float, ptr %oh, i64 %525
  store <16 x float> %524, ptr %526, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0297, 1
  %527 = icmp slt i64 %t1.next, %t1
  br i1 %527, label %i6.head.preheader, label %i10.head.preheader

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %i6.addr.0290 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %acc14.0289 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %565, %i6.body ]
  %acc13.0288 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %557, %i6.body ]
  %acc12.0287 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %564, %i6.body ]
  %acc11.0286 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %554, %i6.body ]
  %acc10.0285 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %563, %i6.body ]
  %acc9.0284 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %551, %i6.body ]
  %gep379 = getelementptr float, ptr %invariant.gep378, i64 %i6.addr.0290
  %528 = getelementptr i8, ptr %gep379, i64 -512
  %529 = load float, ptr %528, align 4
  %530 = getelementptr i8, ptr %gep379, i64 -256
  %531 = load float, ptr %530, align 4
  %532 = or disjoint i64 %i6.addr.0290, %392
  %533 = getelementptr inbounds float, ptr %gep311, i64 %532
  %534 = load float, ptr %533, align 4
  %535 = or disjoint i64 %532, 64
  %536 = getelementptr inbounds float, ptr %gep311, i64 %535
  %537 = load float, ptr %536, align 4
  %gep381 = getelementptr inbounds float, ptr %invariant.gep380, i64 %i6.addr.0290
  %538 = load float, ptr %gep381, align 4
  %539 = insertelement <16 x float> poison, float %531, i64 0
  %540 = shufflevector <16 x float> %539, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = insertelement <16 x float> poison, float %529, i64 0
  %542 = shufflevector <16 x float> %541, <16 x float> poison, <16 x i32> zeroinitializer
  %543 = shl nuw nsw i64 %i6.addr.0290, 6
  %544 = or disjoint i64 %543, %c.addr.0306
  %545 = getelementptr inbounds float, ptr %work, i64 %544
  %546 = load <16 x float>, ptr %545, align 4
  %547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %542, <16 x float> %delta.0301, <16 x float> %546)
  %548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %540, <16 x float> %delta2.0299, <16 x float> %547)
  store <16 x float> %548, ptr %545, align 4
  %549 = insertelement <16 x float> poison, float %534, i64 0
  %550 = shufflevector <16 x float> %549, <16 x float> poison, <16 x i32> zeroinitializer
  %551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %550, <16 x float> %548, <16 x float> %acc9.0284)
  %552 = insertelement <16 x float> poison, float %537, i64 0
  %553 = shufflevector <16 x float> %552, <16 x float> poison, <16 x i32> zeroinitializer
  %554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %553, <16 x float> %548, <16 x float> %acc11.0286)
  %555 = insertelement <16 x float> poison, float %538, i64 0
  %556 = shufflevector <16 x float> %555, <16 x float> poison, <16 x i32> zeroinitializer
  %557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %556, <16 x float> %548, <16 x float> %acc13.0288)
  %558 = or disjoint i64 %543, %309
  %559 = getelementptr inbounds float, ptr %work, i64 %558
  %560 = load <16 x float>, ptr %559, align 4
  %561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %542, <16 x float> %delta1.0300, <16 x float> %560)
  %562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %540, <16 x float> %delta3.0298, <16 x float> %561)
  store <16 x float> %562, ptr %559, align 4
  %563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %550, <16 x float> %562, <16 x float> %acc10.0285)
  %564 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %553, <16 x float> %562, <16 x float> %acc12.0287)
  %565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %556, <16 x float> %562, <16 x float> %acc14.0289)
  %i6.next = add nuw nsw i64 %i6.addr.0290, 1
  %exitcond354.not = icmp eq i64 %i6.next, 64
  br i1 %exitcond354.not, label %i7.head.preheader, label %i6.body

i10.body:                                         ; preds = %i10.body, %i10.head.preheader
  %i10.addr.0305 = phi i64 [ 0, %i10.head.preheader ], [ %i10.next.1, %i10.body ]
  %gep383 = getelementptr float, ptr %invariant.gep382, i64 %i10.addr.0305
  %566 = getelementptr i8, ptr %gep383, i64 -512
  %567 = load float, ptr %566, align 4
  %568 = getelementptr i8, ptr %gep383, i64 -256
  %569 = load float, ptr %568, align 4
  %570 = insertelement <16 x float> poison, float %569, i64 0
  %571 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %572 = insertelement <16 x float> poison, float %567, i64 0
  %573 = shufflevector <16 x float> %572, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = shl nuw nsw i64 %i10.addr.0305, 6
  %575 = or disjoint i64 %574, %c.addr.0306
  %576 = getelementptr inbounds float, ptr %work, i64 %575
  %577 = load <16 x float>, ptr %576, align 4
  %578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %573, <16 x float> %delta.0.lcssa, <16 x float> %577)
  %579 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %571, <16 x float> %delta2.0.lcssa, <16 x float> %578)
  store <16 x float> %579, ptr %576, align 4
  %580 = or disjoint i64 %574, %309
  %581 = getelementptr inbounds float, ptr %work, i64 %580
  %582 = load <16 x float>, ptr %581, align 4
  %583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %573, <16 x float> %delta1.0.lcssa, <16 x float> %582)
  %584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %571, <16 x float> %delta3.0.lcssa, <16 x float> %583)
  store <16 x float> %584, ptr %581, align 4
  %i10.next = or disjoint i64 %i10.addr.0305, 1
  %gep383.1 = getelementptr float, ptr %invariant.gep382, i64 %i10.next
  %585 = getelementptr i8, ptr %gep383.1, i64 -512
  %586 = load float, ptr %585, align 4
  %587 = getelementptr i8, ptr %gep383.1, i64 -256
  %588 = load float, ptr %587, align 4
  %589 = insertelement <16 x float> poison, float %588, i64 0
  %590 = shufflevector <16 x float> %589, <16 x float> poison, <16 x i32> zeroinitializer
  %591 = insertelement <16 x float> poison, float %586, i64 0
  %592 = shufflevector <16 x float> %591, <16 x float> poison, <16 x i32> zeroinitializer
  %593 = shl nuw nsw i64 %i10.next, 6
  %594 = or disjoint i64 %593, %c.addr.0306
  %595 = getelementptr inbounds float, ptr %work, i64 %594
  %596 = load <16 x float>, ptr %595, align 4
  %597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %592, <16 x float> %delta.0.lcssa, <16 x float> %596)
  %598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %590, <16 x float> %delta2.0.lcssa, <16 x float> %597)
  store <16 x float> %598, ptr %595, align 4
  %599 = or disjoint i64 %593, %309
  %600 = getelementptr inbounds float, ptr %work, i64 %599
  %601 = load <16 x float>, ptr %600, align 4
  %602 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %592, <16 x float> %delta1.0.lcssa, <16 x float> %601)
  %603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %590, <16 x float> %delta3.0.lcssa, <16 x float> %602)
  store <16 x float> %603, ptr %600, align 4
  %i10.next.1 = add nuw nsw i64 %i10.addr.0305, 2
  %exitcond355.not.1 = icmp eq i64 %i10.next.1, 64
  br i1 %exitcond355.not.1, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  br i1 %243, label %i2.head.preheader, label %c.exit
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
  %invariant.gep3392 = getelementptr i8, ptr %work, i64 789248
  %1 = shl i64 %H, 1
  %2 = shl nsw i64 %T, 6
  %gep3387 = getelementptr float, ptr %invariant.gep3392, i64 %2
  %3 = mul nsw i64 %T, 192
  %gep3389 = getelementptr float, ptr %invariant.gep3392, i64 %3
  %.idx3026 = mul i64 %T, 1280
  %gep3391 = getelementptr i8, ptr %invariant.gep3392, i64 %.idx3026
  %dak = getelementptr float, ptr %gep3391, i64 %2
  %dav = getelementptr float, ptr %gep3391, i64 %3
  %.idx = mul i64 %T, 2560
  %gep3393 = getelementptr i8, ptr %invariant.gep3392, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep3393, i64 %T
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
  %invariant.gep3323 = getelementptr i8, ptr %work, i64 115456
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
  %smax3678 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %invariant.gep3889 = getelementptr i8, ptr %work, i64 327680
  %invariant.gep3891 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3893 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3895 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3897 = getelementptr i8, ptr %work, i64 294912
  %invariant.gep3899 = getelementptr i8, ptr %work, i64 573440
  %invariant.gep3901 = getelementptr i8, ptr %work, i64 82176
  %invariant.gep3903 = getelementptr i8, ptr %work, i64 295168
  %invariant.gep3905 = getelementptr i8, ptr %work, i64 573696
  %20 = getelementptr i8, ptr %work, i64 789312
  %21 = getelementptr i8, ptr %work, i64 789376
  %22 = getelementptr i8, ptr %work, i64 789440
  %invariant.gep3907 = getelementptr inbounds i8, ptr %work, i64 81920
  %invariant.gep3909 = getelementptr inbounds i8, ptr %work, i64 294912
  %23 = getelementptr i8, ptr %gep3387, i64 64
  %invariant.gep3911 = getelementptr inbounds i8, ptr %work, i64 81984
  %invariant.gep3913 = getelementptr inbounds i8, ptr %work, i64 294976
  %24 = getelementptr i8, ptr %gep3387, i64 128
  %invariant.gep3915 = getelementptr inbounds i8, ptr %work, i64 82048
  %invariant.gep3917 = getelementptr inbounds i8, ptr %work, i64 295040
  %25 = getelementptr i8, ptr %gep3387, i64 192
  %invariant.gep3919 = getelementptr inbounds i8, ptr %work, i64 82112
  %invariant.gep3921 = getelementptr inbounds i8, ptr %work, i64 295104
  %26 = getelementptr i8, ptr %gep3389, i64 64
  %27 = getelementptr inbounds i8, ptr %work, i64 573504
  %28 = getelementptr i8, ptr %gep3389, i64 128
  %29 = getelementptr inbounds i8, ptr %work, i64 573568
  %30 = getelementptr i8, ptr %gep3389, i64 192
  %31 = getelementptr inbounds i8, ptr %work, i64 573632
  %invariant.gep3923 = getelementptr inbounds i8, ptr %work, i64 81920
  %invariant.gep3925 = getelementptr inbounds i8, ptr %work, i64 294912
  %invariant.gep3927 = getelementptr inbounds i8, ptr %work, i64 81984
  %invariant.gep3929 = getelementptr inbounds i8, ptr %work, i64 294976
  %invariant.gep3931 = getelementptr inbounds i8, ptr %work, i64 82048
  %invariant.gep3933 = getelementptr inbounds i8, ptr %work, i64 295040
  %invariant.gep3935 = getelementptr inbounds i8, ptr %work, i64 82112
  %invariant.gep3937 = getelementptr inbounds i8, ptr %work, i64 295104
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
  %invariant.gep3949 = getelementptr inbounds i8, ptr %work, i64 508160
  %invariant.gep3951 = getelementptr inbounds i8, ptr %work, i64 344064
  %invariant.gep3955 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3959 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3963 = getelementptr inbounds i8, ptr %work, i64 344256
  %44 = getelementptr inbounds i8, ptr %work, i64 114752
  %45 = getelementptr inbounds i8, ptr %work, i64 114816
  %46 = getelementptr inbounds i8, ptr %work, i64 114880
  %invariant.gep3965 = getelementptr inbounds i8, ptr %work, i64 344064
  %47 = getelementptr i8, ptr %dav, i64 64
  %48 = getelementptr i8, ptr %dav, i64 128
  %49 = getelementptr i8, ptr %dav, i64 192
  %invariant.gep3973 = getelementptr inbounds i8, ptr %work, i64 344064
  %invariant.gep3983 = getelementptr inbounds i8, ptr %work, i64 115456
  %invariant.gep3953 = getelementptr inbounds i8, ptr %work, i64 508224
  %invariant.gep3957 = getelementptr inbounds i8, ptr %work, i64 508288
  %invariant.gep3961 = getelementptr inbounds i8, ptr %work, i64 508352
  %invariant.gep3967 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3969 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3971 = getelementptr inbounds i8, ptr %work, i64 344256
  %invariant.gep3975 = getelementptr inbounds i8, ptr %work, i64 344128
  %invariant.gep3977 = getelementptr inbounds i8, ptr %work, i64 344192
  %invariant.gep3979 = getelementptr inbounds i8, ptr %work, i64 344256
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i53.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i53.exit ]
  %bh.addr.03394 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i53.exit ]
  %50 = add i64 %indvar, %bh0
  %51 = shl i64 %50, 14
  %52 = mul i64 %11, %indvar
  %53 = add i64 %10, %52
  %b = sdiv i64 %bh.addr.03394, %H
  %h = srem i64 %bh.addr.03394, %H
  %54 = mul i64 %b, %T
  %55 = mul i64 %54, %H
  %bT = add i64 %55, %h
  %56 = mul i64 %1, %54
  %bTn = add nsw i64 %56, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
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
  %110 = getelementptr inbounds float, ptr %gep3393, i64 %t.addr.03034
  store float %109, ptr %110, align 4
  %111 = insertelement <16 x float> poison, float %109, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = fmul <16 x float> %82, %112
  %114 = shl nsw i64 %t.addr.03034, 6
  %115 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %114
  store <16 x float> %113, ptr %115, align 4
  %116 = fmul <16 x float> %84, %112
  %117 = or disjoint i64 %114, 16
  %118 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %117
  store <16 x float> %116, ptr %118, align 4
  %119 = fmul <16 x float> %86, %112
  %120 = or disjoint i64 %114, 32
  %121 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %120
  store <16 x float> %119, ptr %121, align 4
  %122 = fmul <16 x float> %88, %112
  %123 = or disjoint i64 %114, 48
  %124 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %123
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
  %shift4179 = shufflevector <2 x float> %148, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %149 = fadd <2 x float> %148, %shift4179
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
  %159 = getelementptr inbounds float, ptr %gep3387, i64 %158
  store <16 x float> %157, ptr %159, align 4
  %160 = fmul <16 x float> %128, %156
  %161 = or disjoint i64 %158, 16
  %162 = getelementptr inbounds float, ptr %gep3387, i64 %161
  store <16 x float> %160, ptr %162, align 4
  %163 = fmul <16 x float> %130, %156
  %164 = or disjoint i64 %158, 32
  %165 = getelementptr inbounds float, ptr %gep3387, i64 %164
  store <16 x float> %163, ptr %165, align 4
  %166 = fmul <16 x float> %132, %156
  %167 = or disjoint i64 %158, 48
  %168 = getelementptr inbounds float, ptr %gep3387, i64 %167
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
  %177 = getelementptr inbounds float, ptr %gep3389, i64 %158
  store <16 x float> %170, ptr %177, align 4
  %178 = getelementptr inbounds float, ptr %gep3389, i64 %161
  store <16 x float> %172, ptr %178, align 4
  %179 = getelementptr inbounds float, ptr %gep3389, i64 %164
  store <16 x float> %174, ptr %179, align 4
  %180 = getelementptr inbounds float, ptr %gep3389, i64 %167
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
  %shift4180 = shufflevector <2 x float> %203, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %204 = fadd <2 x float> %203, %shift4180
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
  %214 = getelementptr inbounds float, ptr %gep3387, i64 %213
  store <16 x float> %212, ptr %214, align 4
  %215 = fmul <16 x float> %183, %211
  %216 = or disjoint i64 %213, 16
  %217 = getelementptr inbounds float, ptr %gep3387, i64 %216
  store <16 x float> %215, ptr %217, align 4
  %218 = fmul <16 x float> %185, %211
  %219 = or disjoint i64 %213, 32
  %220 = getelementptr inbounds float, ptr %gep3387, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = fmul <16 x float> %187, %211
  %222 = or disjoint i64 %213, 48
  %223 = getelementptr inbounds float, ptr %gep3387, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %gep3054 = getelementptr float, ptr %invariant.gep3043, i64 %169
  %224 = load <16 x float>, ptr %gep3054, align 4
  %225 = getelementptr i8, ptr %gep3054, i64 64
  %226 = load <16 x float>, ptr %225, align 4
  %227 = getelementptr i8, ptr %gep3054, i64 128
  %228 = load <16 x float>, ptr %227, align 4
  %229 = getelementptr i8, ptr %gep3054, i64 192
  %230 = load <16 x float>, ptr %229, align 4
  %231 = getelementptr inbounds float, ptr %gep3389, i64 %213
  store <16 x float> %224, ptr %231, align 4
  %232 = getelementptr inbounds float, ptr %gep3389, i64 %216
  store <16 x float> %226, ptr %232, align 4
  %233 = getelementptr inbounds float, ptr %gep3389, i64 %219
  store <16 x float> %228, ptr %233, align 4
  %234 = getelementptr inbounds float, ptr %gep3389, i64 %222
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
  %scevgep3619 = getelementptr i8, ptr %235, i64 %238
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.03056, 1
  %239 = shl nuw nsw i64 %i.next, 9
  %240 = or disjoint i64 %239, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %240
  %241 = shl nuw nsw i64 %i.next, 8
  %scevgep3619.1 = getelementptr i8, ptr %235, i64 %241
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.03056, 2
  %242 = shl nuw nsw i64 %i.next.1, 9
  %243 = or disjoint i64 %242, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %243
  %244 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3619.2 = getelementptr i8, ptr %235, i64 %244
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.03056, 3
  %245 = shl nuw nsw i64 %i.next.2, 9
  %246 = or disjoint i64 %245, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %246
  %247 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3619.3 = getelementptr i8, ptr %235, i64 %247
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.03056, 4
  %248 = shl nuw nsw i64 %i.next.3, 9
  %249 = or disjoint i64 %248, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %249
  %250 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3619.4 = getelementptr i8, ptr %235, i64 %250
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.03056, 5
  %251 = shl nuw nsw i64 %i.next.4, 9
  %252 = or disjoint i64 %251, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %252
  %253 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3619.5 = getelementptr i8, ptr %235, i64 %253
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.03056, 6
  %254 = shl nuw nsw i64 %i.next.5, 9
  %255 = or disjoint i64 %254, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %255
  %256 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3619.6 = getelementptr i8, ptr %235, i64 %256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.03056, 7
  %257 = shl nuw nsw i64 %i.next.6, 9
  %258 = or disjoint i64 %257, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %258
  %259 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3619.7 = getelementptr i8, ptr %235, i64 %259
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3619.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.03056, 8
  %exitcond3620.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond3620.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  br i1 %4, label %cc.body.lr.ph, label %i53.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %260 = mul nsw i64 %bh.addr.03394, %nc
  %261 = shl nsw i64 %h, 6
  %invariant.gep3363 = getelementptr float, ptr %dq, i64 %261
  %invariant.gep3365 = getelementptr float, ptr %dk, i64 %261
  %invariant.gep3367 = getelementptr float, ptr %dv, i64 %261
  %262 = add nsw i64 %h, %H
  %263 = shl nsw i64 %262, 6
  %invariant.gep3369 = getelementptr float, ptr %dk, i64 %263
  %invariant.gep3371 = getelementptr float, ptr %dv, i64 %263
  %264 = add i64 %14, %bT
  %265 = shl i64 %264, 8
  %266 = getelementptr i8, ptr %dout, i64 %265
  br label %cc.body

i53.head.preheader:                               ; preds = %t7.exit, %i.exit
  %267 = getelementptr i8, ptr %dh0, i64 %51
  br label %j38.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3664 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3665, %t7.exit ]
  %cc.addr.03383 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin4375 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3664, i64 64)
  %smax4376 = tail call i64 @llvm.smax.i64(i64 %smin4375, i64 1)
  %268 = mul i64 %15, %cc.addr.03383
  %269 = shl i64 %cc.addr.03383, 14
  %270 = sub i64 %53, %269
  %271 = xor i64 %cc.addr.03383, -1
  %ci = add nsw i64 %nc, %271
  %t0 = shl nsw i64 %ci, 6
  %272 = sub nsw i64 %T, %t0
  %273 = getelementptr i8, ptr %hs, i64 %270
  br label %j1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %274 = add nsw i64 %ci, %260
  %275 = shl nsw i64 %274, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %cc.body
  %i1.addr.03058 = phi i64 [ 0, %cc.body ], [ %i1.next.7, %j1.head.preheader ]
  %276 = shl nuw nsw i64 %i1.addr.03058, 9
  %scevgep3621 = getelementptr i8, ptr %work, i64 %276
  %277 = shl nuw nsw i64 %i1.addr.03058, 8
  %scevgep3622 = getelementptr i8, ptr %273, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.03058, 1
  %278 = shl nuw nsw i64 %i1.next, 9
  %scevgep3621.1 = getelementptr i8, ptr %work, i64 %278
  %279 = shl nuw nsw i64 %i1.next, 8
  %scevgep3622.1 = getelementptr i8, ptr %273, i64 %279
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.03058, 2
  %280 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3621.2 = getelementptr i8, ptr %work, i64 %280
  %281 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3622.2 = getelementptr i8, ptr %273, i64 %281
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.03058, 3
  %282 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3621.3 = getelementptr i8, ptr %work, i64 %282
  %283 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3622.3 = getelementptr i8, ptr %273, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.03058, 4
  %284 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3621.4 = getelementptr i8, ptr %work, i64 %284
  %285 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3622.4 = getelementptr i8, ptr %273, i64 %285
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.03058, 5
  %286 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3621.5 = getelementptr i8, ptr %work, i64 %286
  %287 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3622.5 = getelementptr i8, ptr %273, i64 %287
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.03058, 6
  %288 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3621.6 = getelementptr i8, ptr %work, i64 %288
  %289 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3622.6 = getelementptr i8, ptr %273, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.03058, 7
  %290 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3621.7 = getelementptr i8, ptr %work, i64 %290
  %291 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3622.7 = getelementptr i8, ptr %273, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3621.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3622.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.03058, 8
  %exitcond3623.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3623.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.03060 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %292 = shl nuw nsw i64 %i2.addr.03060, 6
  %293 = or i64 %292, %275
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.03059 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %294 = or i64 %293, %j2.addr.03059
  %295 = getelementptr inbounds float, ptr %hs, i64 %294
  %296 = load <16 x float>, ptr %295, align 4
  %297 = or i64 %294, 512
  %298 = getelementptr inbounds float, ptr %hs, i64 %297
  %299 = load <16 x float>, ptr %298, align 4
  %300 = or i64 %294, 64
  %301 = getelementptr inbounds float, ptr %hs, i64 %300
  %302 = load <16 x float>, ptr %301, align 4
  %303 = or i64 %294, 576
  %304 = getelementptr inbounds float, ptr %hs, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = or i64 %294, 128
  %307 = getelementptr inbounds float, ptr %hs, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or i64 %294, 640
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  %311 = load <16 x float>, ptr %310, align 4
  %312 = or i64 %294, 192
  %313 = getelementptr inbounds float, ptr %hs, i64 %312
  %314 = load <16 x float>, ptr %313, align 4
  %315 = or i64 %294, 704
  %316 = getelementptr inbounds float, ptr %hs, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %318 = or i64 %294, 256
  %319 = getelementptr inbounds float, ptr %hs, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = or i64 %294, 768
  %322 = getelementptr inbounds float, ptr %hs, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = or i64 %294, 320
  %325 = getelementptr inbounds float, ptr %hs, i64 %324
  %326 = load <16 x float>, ptr %325, align 4
  %327 = or i64 %294, 832
  %328 = getelementptr inbounds float, ptr %hs, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = or i64 %294, 384
  %331 = getelementptr inbounds float, ptr %hs, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or i64 %294, 896
  %334 = getelementptr inbounds float, ptr %hs, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or i64 %294, 448
  %337 = getelementptr inbounds float, ptr %hs, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or i64 %294, 960
  %340 = getelementptr inbounds float, ptr %hs, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %343 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %344 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %345 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %346 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %347 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %348 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %349 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %350 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %351 = shufflevector <16 x float> %320, <16 x float> %323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %352 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %353 = shufflevector <16 x float> %326, <16 x float> %329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %354 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %355 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %356 = shufflevector <16 x float> %314, <16 x float> %317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %357 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %358 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %359 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %360 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %361 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %362 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %363 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %364 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %365 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %366 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %367 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %368 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %369 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %370 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %371 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %372 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %373 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %374 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %375 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %376 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %377 = shufflevector <16 x float> %360, <16 x float> %361, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %378 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %379 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %380 = shufflevector <16 x float> %362, <16 x float> %363, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %381 = shufflevector <16 x float> %364, <16 x float> %365, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %382 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %383 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %384 = shufflevector <16 x float> %366, <16 x float> %367, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %385 = shufflevector <16 x float> %368, <16 x float> %369, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %386 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %387 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %388 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %389 = shufflevector <16 x float> %372, <16 x float> %373, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %390 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %391 = shl nuw nsw i64 %j2.addr.03059, 6
  %392 = add nuw nsw i64 %391, %i2.addr.03060
  %393 = or disjoint i64 %392, 4096
  %394 = getelementptr inbounds float, ptr %Bk, i64 %393
  store <16 x float> %390, ptr %394, align 4
  %395 = shufflevector <16 x float> %374, <16 x float> %375, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %396 = or disjoint i64 %392, 4160
  %397 = getelementptr inbounds float, ptr %Bk, i64 %396
  store <16 x float> %395, ptr %397, align 4
  %398 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %399 = or disjoint i64 %392, 4224
  %400 = getelementptr inbounds float, ptr %Bk, i64 %399
  store <16 x float> %398, ptr %400, align 4
  %401 = shufflevector <16 x float> %376, <16 x float> %377, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %402 = or disjoint i64 %392, 4288
  %403 = getelementptr inbounds float, ptr %Bk, i64 %402
  store <16 x float> %401, ptr %403, align 4
  %404 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %405 = or disjoint i64 %392, 4352
  %406 = getelementptr inbounds float, ptr %Bk, i64 %405
  store <16 x float> %404, ptr %406, align 4
  %407 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %408 = or disjoint i64 %392, 4416
  %409 = getelementptr inbounds float, ptr %Bk, i64 %408
  store <16 x float> %407, ptr %409, align 4
  %410 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %411 = or disjoint i64 %392, 4480
  %412 = getelementptr inbounds float, ptr %Bk, i64 %411
  store <16 x float> %410, ptr %412, align 4
  %413 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %414 = or disjoint i64 %392, 4544
  %415 = getelementptr inbounds float, ptr %Bk, i64 %414
  store <16 x float> %413, ptr %415, align 4
  %416 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %417 = or disjoint i64 %392, 4608
  %418 = getelementptr inbounds float, ptr %Bk, i64 %417
  store <16 x float> %416, ptr %418, align 4
  %419 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %420 = or disjoint i64 %392, 4672
  %421 = getelementptr inbounds float, ptr %Bk, i64 %420
  store <16 x float> %419, ptr %421, align 4
  %422 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %423 = or disjoint i64 %392, 4736
  %424 = getelementptr inbounds float, ptr %Bk, i64 %423
  store <16 x float> %422, ptr %424, align 4
  %425 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %426 = or disjoint i64 %392, 4800
  %427 = getelementptr inbounds float, ptr %Bk, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %429 = or disjoint i64 %392, 4864
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %432 = or disjoint i64 %392, 4928
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %435 = or disjoint i64 %392, 4992
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %438 = or disjoint i64 %392, 5056
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %j2.next = add nuw nsw i64 %j2.addr.03059, 16
  %440 = icmp ult i64 %j2.addr.03059, 48
  br i1 %440, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.03060, 16
  %441 = icmp ult i64 %i2.addr.03060, 48
  br i1 %441, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.03062 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %442 = shl nuw nsw i64 %i3.addr.03062, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.03061 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %443 = add nuw nsw i64 %j3.addr.03061, %442
  %444 = or disjoint i64 %443, 64
  %445 = getelementptr inbounds float, ptr %work, i64 %444
  %446 = load <16 x float>, ptr %445, align 4
  %447 = or disjoint i64 %443, 1088
  %448 = getelementptr inbounds float, ptr %work, i64 %447
  %449 = load <16 x float>, ptr %448, align 4
  %450 = or disjoint i64 %443, 192
  %451 = getelementptr inbounds float, ptr %work, i64 %450
  %452 = load <16 x float>, ptr %451, align 4
  %453 = or disjoint i64 %443, 1216
  %454 = getelementptr inbounds float, ptr %work, i64 %453
  %455 = load <16 x float>, ptr %454, align 4
  %456 = or disjoint i64 %443, 320
  %457 = getelementptr inbounds float, ptr %work, i64 %456
  %458 = load <16 x float>, ptr %457, align 4
  %459 = or disjoint i64 %443, 1344
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = or disjoint i64 %443, 448
  %463 = getelementptr inbounds float, ptr %work, i64 %462
  %464 = load <16 x float>, ptr %463, align 4
  %465 = or disjoint i64 %443, 1472
  %466 = getelementptr inbounds float, ptr %work, i64 %465
  %467 = load <16 x float>, ptr %466, align 4
  %468 = or disjoint i64 %443, 576
  %469 = getelementptr inbounds float, ptr %work, i64 %468
  %470 = load <16 x float>, ptr %469, align 4
  %471 = or disjoint i64 %443, 1600
  %472 = getelementptr inbounds float, ptr %work, i64 %471
  %473 = load <16 x float>, ptr %472, align 4
  %474 = or disjoint i64 %443, 704
  %475 = getelementptr inbounds float, ptr %work, i64 %474
  %476 = load <16 x float>, ptr %475, align 4
  %477 = or disjoint i64 %443, 1728
  %478 = getelementptr inbounds float, ptr %work, i64 %477
  %479 = load <16 x float>, ptr %478, align 4
  %480 = or disjoint i64 %443, 832
  %481 = getelementptr inbounds float, ptr %work, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %443, 1856
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %443, 960
  %487 = getelementptr inbounds float, ptr %work, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %443, 1984
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = shufflevector <16 x float> %446, <16 x float> %449, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %493 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %494 = shufflevector <16 x float> %452, <16 x float> %455, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %495 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %496 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %497 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %498 = shufflevector <16 x float> %464, <16 x float> %467, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %499 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %500 = shufflevector <16 x float> %446, <16 x float> %449, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %501 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %502 = shufflevector <16 x float> %452, <16 x float> %455, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %503 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %504 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %505 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %506 = shufflevector <16 x float> %464, <16 x float> %467, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %507 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %508 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %509 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %510 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %511 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %512 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %513 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %514 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %515 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %516 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %517 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %518 = shufflevector <16 x float> %502, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %519 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %520 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %521 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %522 = shufflevector <16 x float> %502, <16 x float> %503, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %523 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %524 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %525 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %526 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %527 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %528 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %529 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %530 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %531 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %532 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %533 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %534 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %535 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %536 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %537 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %538 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %539 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %540 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %541 = shl nuw nsw i64 %j3.addr.03061, 6
  %542 = add nuw nsw i64 %541, %i3.addr.03062
  %543 = getelementptr inbounds float, ptr %Bk, i64 %542
  store <16 x float> %540, ptr %543, align 4
  %544 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %545 = or disjoint i64 %542, 64
  %546 = getelementptr inbounds float, ptr %Bk, i64 %545
  store <16 x float> %544, ptr %546, align 4
  %547 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %548 = or disjoint i64 %542, 128
  %549 = getelementptr inbounds float, ptr %Bk, i64 %548
  store <16 x float> %547, ptr %549, align 4
  %550 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %551 = or disjoint i64 %542, 192
  %552 = getelementptr inbounds float, ptr %Bk, i64 %551
  store <16 x float> %550, ptr %552, align 4
  %553 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %554 = or disjoint i64 %542, 256
  %555 = getelementptr inbounds float, ptr %Bk, i64 %554
  store <16 x float> %553, ptr %555, align 4
  %556 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %557 = or disjoint i64 %542, 320
  %558 = getelementptr inbounds float, ptr %Bk, i64 %557
  store <16 x float> %556, ptr %558, align 4
  %559 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %560 = or disjoint i64 %542, 384
  %561 = getelementptr inbounds float, ptr %Bk, i64 %560
  store <16 x float> %559, ptr %561, align 4
  %562 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %563 = or disjoint i64 %542, 448
  %564 = getelementptr inbounds float, ptr %Bk, i64 %563
  store <16 x float> %562, ptr %564, align 4
  %565 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %566 = or disjoint i64 %542, 512
  %567 = getelementptr inbounds float, ptr %Bk, i64 %566
  store <16 x float> %565, ptr %567, align 4
  %568 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %569 = or disjoint i64 %542, 576
  %570 = getelementptr inbounds float, ptr %Bk, i64 %569
  store <16 x float> %568, ptr %570, align 4
  %571 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %572 = or disjoint i64 %542, 640
  %573 = getelementptr inbounds float, ptr %Bk, i64 %572
  store <16 x float> %571, ptr %573, align 4
  %574 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %575 = or disjoint i64 %542, 704
  %576 = getelementptr inbounds float, ptr %Bk, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %578 = or disjoint i64 %542, 768
  %579 = getelementptr inbounds float, ptr %Bk, i64 %578
  store <16 x float> %577, ptr %579, align 4
  %580 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %581 = or disjoint i64 %542, 832
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %584 = or disjoint i64 %542, 896
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %587 = or disjoint i64 %542, 960
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %j3.next = add nuw nsw i64 %j3.addr.03061, 16
  %589 = icmp ult i64 %j3.addr.03061, 48
  br i1 %589, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.03062, 16
  %590 = icmp ult i64 %i3.addr.03062, 48
  br i1 %590, label %j3.head.preheader, label %t1.head.preheader

t1.head.preheader:                                ; preds = %j3.exit, %t1.head.preheader
  %s.addr.03064 = phi i64 [ %s.next, %t1.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.03064, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx3401 = shl nsw i64 %s.addr.03064, 8
  %invariant.gep3887 = getelementptr inbounds i8, ptr %M, i64 %.idx3401
  %591 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %592 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %593 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %594 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %595 = select <8 x i1> %591, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %596 = select <8 x i1> %592, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %597 = select <8 x i1> %593, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %598 = select <8 x i1> %594, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %599 = getelementptr inbounds i8, ptr %invariant.gep3887, i64 32
  %600 = getelementptr inbounds i8, ptr %invariant.gep3887, i64 64
  %601 = getelementptr inbounds i8, ptr %invariant.gep3887, i64 96
  store <8 x float> %595, ptr %invariant.gep3887, align 4
  store <8 x float> %596, ptr %599, align 4
  store <8 x float> %597, ptr %600, align 4
  store <8 x float> %598, ptr %601, align 4
  %602 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %603 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %604 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %605 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %606 = select <8 x i1> %602, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %607 = select <8 x i1> %603, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %608 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %609 = select <8 x i1> %605, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %610 = getelementptr inbounds i8, ptr %invariant.gep3887, i64 128
  %611 = getelementptr inbounds i8, ptr %invariant.gep3887, i64 160
  %612 = getelementptr inbounds i8, ptr %invariant.gep3887, i64 192
  %613 = getelementptr inbounds i8, ptr %invariant.gep3887, i64 224
  store <8 x float> %606, ptr %610, align 4
  store <8 x float> %607, ptr %611, align 4
  store <8 x float> %608, ptr %612, align 4
  store <8 x float> %609, ptr %613, align 4
  %s.next = add nuw nsw i64 %s.addr.03064, 1
  %exitcond3625.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3625.not, label %t2.body.preheader, label %t1.head.preheader

t2.body.preheader:                                ; preds = %t1.head.preheader
  %614 = getelementptr i8, ptr %266, i64 %268
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.03080 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %615 = shl nuw nsw i64 %t2.addr.03080, 8
  %gep3890 = getelementptr i8, ptr %invariant.gep3889, i64 %615
  %616 = shl nsw i64 %t2.addr.03080, 9
  %617 = icmp sgt i64 %272, %t2.addr.03080
  br i1 %617, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3892 = getelementptr i8, ptr %invariant.gep3891, i64 %615
  %gep3894 = getelementptr i8, ptr %invariant.gep3893, i64 %615
  %gep3896 = getelementptr i8, ptr %invariant.gep3895, i64 %616
  %gep3898 = getelementptr i8, ptr %invariant.gep3897, i64 %616
  %gep3900 = getelementptr i8, ptr %invariant.gep3899, i64 %616
  %gep3902 = getelementptr i8, ptr %invariant.gep3901, i64 %616
  %gep3904 = getelementptr i8, ptr %invariant.gep3903, i64 %616
  %gep3906 = getelementptr i8, ptr %invariant.gep3905, i64 %616
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3892, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3894, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3890, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.03080, 1
  %618 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %618, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3896, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3898, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3900, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %619 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %619, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3902, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3904, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3906, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %620 = mul i64 %16, %t2.addr.03080
  %scevgep3636 = getelementptr i8, ptr %614, i64 %620
  %621 = add nuw nsw i64 %t2.addr.03080, %t0
  %622 = shl nuw nsw i64 %t2.addr.03080, 6
  %.idx3411 = shl i64 %621, 8
  %623 = getelementptr i8, ptr %invariant.gep3392, i64 %.idx3411
  %624 = load <16 x float>, ptr %623, align 4
  %625 = fmul <16 x float> %624, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %626 = or disjoint i64 %622, 8192
  %627 = getelementptr inbounds float, ptr %Bk, i64 %626
  store <16 x float> %625, ptr %627, align 4
  %628 = getelementptr inbounds float, ptr %QK, i64 %622
  store <16 x float> %625, ptr %628, align 4
  %629 = getelementptr i8, ptr %20, i64 %.idx3411
  %630 = load <16 x float>, ptr %629, align 4
  %631 = fmul <16 x float> %630, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %632 = or disjoint i64 %622, 16
  %633 = or i64 %622, 8208
  %634 = getelementptr inbounds float, ptr %Bk, i64 %633
  store <16 x float> %631, ptr %634, align 4
  %635 = getelementptr inbounds float, ptr %QK, i64 %632
  store <16 x float> %631, ptr %635, align 4
  %636 = getelementptr i8, ptr %21, i64 %.idx3411
  %637 = load <16 x float>, ptr %636, align 4
  %638 = fmul <16 x float> %637, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %639 = or disjoint i64 %622, 32
  %640 = or i64 %622, 8224
  %641 = getelementptr inbounds float, ptr %Bk, i64 %640
  store <16 x float> %638, ptr %641, align 4
  %642 = getelementptr inbounds float, ptr %QK, i64 %639
  store <16 x float> %638, ptr %642, align 4
  %643 = getelementptr i8, ptr %22, i64 %.idx3411
  %644 = load <16 x float>, ptr %643, align 4
  %645 = fmul <16 x float> %644, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %646 = or disjoint i64 %622, 48
  %647 = or i64 %622, 8240
  %648 = getelementptr inbounds float, ptr %Bk, i64 %647
  store <16 x float> %645, ptr %648, align 4
  %649 = getelementptr inbounds float, ptr %QK, i64 %646
  store <16 x float> %645, ptr %649, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3890, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3636, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.03080, 1
  %650 = or disjoint i64 %t2.addr.03080, %t0
  %tau = shl nsw i64 %650, 1
  %651 = mul nsw i64 %tau, %H
  %652 = getelementptr inbounds float, ptr %betah, i64 %651
  %653 = load float, ptr %652, align 4
  %654 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %653, ptr %654, align 4
  %655 = shl nuw nsw i64 %t2.addr.03080, 7
  %.idx3413 = shl i64 %650, 9
  %656 = getelementptr i8, ptr %gep3387, i64 %.idx3413
  %657 = load <16 x float>, ptr %656, align 4
  %gep3908 = getelementptr inbounds float, ptr %invariant.gep3907, i64 %655
  store <16 x float> %657, ptr %gep3908, align 4
  %658 = fneg <16 x float> %657
  %gep3910 = getelementptr inbounds float, ptr %invariant.gep3909, i64 %655
  store <16 x float> %658, ptr %gep3910, align 4
  %659 = getelementptr i8, ptr %23, i64 %.idx3413
  %660 = load <16 x float>, ptr %659, align 4
  %gep3912 = getelementptr inbounds float, ptr %invariant.gep3911, i64 %655
  store <16 x float> %660, ptr %gep3912, align 4
  %661 = fneg <16 x float> %660
  %gep3914 = getelementptr inbounds float, ptr %invariant.gep3913, i64 %655
  store <16 x float> %661, ptr %gep3914, align 4
  %662 = getelementptr i8, ptr %24, i64 %.idx3413
  %663 = load <16 x float>, ptr %662, align 4
  %gep3916 = getelementptr inbounds float, ptr %invariant.gep3915, i64 %655
  store <16 x float> %663, ptr %gep3916, align 4
  %664 = fneg <16 x float> %663
  %gep3918 = getelementptr inbounds float, ptr %invariant.gep3917, i64 %655
  store <16 x float> %664, ptr %gep3918, align 4
  %665 = getelementptr i8, ptr %25, i64 %.idx3413
  %666 = load <16 x float>, ptr %665, align 4
  %gep3920 = getelementptr inbounds float, ptr %invariant.gep3919, i64 %655
  store <16 x float> %666, ptr %gep3920, align 4
  %667 = fneg <16 x float> %666
  %gep3922 = getelementptr inbounds float, ptr %invariant.gep3921, i64 %655
  store <16 x float> %667, ptr %gep3922, align 4
  %668 = getelementptr i8, ptr %gep3389, i64 %.idx3413
  %669 = load <16 x float>, ptr %668, align 4
  %670 = getelementptr inbounds i8, ptr %Rr, i64 %616
  store <16 x float> %669, ptr %670, align 4
  %671 = getelementptr i8, ptr %26, i64 %.idx3413
  %672 = load <16 x float>, ptr %671, align 4
  %673 = getelementptr inbounds i8, ptr %27, i64 %616
  store <16 x float> %672, ptr %673, align 4
  %674 = getelementptr i8, ptr %28, i64 %.idx3413
  %675 = load <16 x float>, ptr %674, align 4
  %676 = getelementptr inbounds i8, ptr %29, i64 %616
  store <16 x float> %675, ptr %676, align 4
  %677 = getelementptr i8, ptr %30, i64 %.idx3413
  %678 = load <16 x float>, ptr %677, align 4
  %679 = getelementptr inbounds i8, ptr %31, i64 %616
  store <16 x float> %678, ptr %679, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %680 = mul nsw i64 %tau1, %H
  %681 = getelementptr inbounds float, ptr %betah, i64 %680
  %682 = load float, ptr %681, align 4
  %683 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %682, ptr %683, align 4
  %684 = shl nuw nsw i64 %i7, 6
  %.idx3416 = shl i64 %tau1, 8
  %685 = getelementptr i8, ptr %gep3387, i64 %.idx3416
  %686 = load <16 x float>, ptr %685, align 4
  %gep3924 = getelementptr inbounds float, ptr %invariant.gep3923, i64 %684
  store <16 x float> %686, ptr %gep3924, align 4
  %687 = fneg <16 x float> %686
  %gep3926 = getelementptr inbounds float, ptr %invariant.gep3925, i64 %684
  store <16 x float> %687, ptr %gep3926, align 4
  %688 = getelementptr i8, ptr %23, i64 %.idx3416
  %689 = load <16 x float>, ptr %688, align 4
  %gep3928 = getelementptr inbounds float, ptr %invariant.gep3927, i64 %684
  store <16 x float> %689, ptr %gep3928, align 4
  %690 = fneg <16 x float> %689
  %gep3930 = getelementptr inbounds float, ptr %invariant.gep3929, i64 %684
  store <16 x float> %690, ptr %gep3930, align 4
  %691 = getelementptr i8, ptr %24, i64 %.idx3416
  %692 = load <16 x float>, ptr %691, align 4
  %gep3932 = getelementptr inbounds float, ptr %invariant.gep3931, i64 %684
  store <16 x float> %692, ptr %gep3932, align 4
  %693 = fneg <16 x float> %692
  %gep3934 = getelementptr inbounds float, ptr %invariant.gep3933, i64 %684
  store <16 x float> %693, ptr %gep3934, align 4
  %694 = getelementptr i8, ptr %25, i64 %.idx3416
  %695 = load <16 x float>, ptr %694, align 4
  %gep3936 = getelementptr inbounds float, ptr %invariant.gep3935, i64 %684
  store <16 x float> %695, ptr %gep3936, align 4
  %696 = fneg <16 x float> %695
  %gep3938 = getelementptr inbounds float, ptr %invariant.gep3937, i64 %684
  store <16 x float> %696, ptr %gep3938, align 4
  %697 = getelementptr i8, ptr %gep3389, i64 %.idx3416
  %698 = load <16 x float>, ptr %697, align 4
  %.idx3418 = shl nsw i64 %i7, 8
  %699 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3418
  store <16 x float> %698, ptr %699, align 4
  %700 = getelementptr i8, ptr %26, i64 %.idx3416
  %701 = load <16 x float>, ptr %700, align 4
  %702 = getelementptr inbounds i8, ptr %27, i64 %.idx3418
  store <16 x float> %701, ptr %702, align 4
  %703 = getelementptr i8, ptr %28, i64 %.idx3416
  %704 = load <16 x float>, ptr %703, align 4
  %705 = getelementptr inbounds i8, ptr %29, i64 %.idx3418
  store <16 x float> %704, ptr %705, align 4
  %706 = getelementptr i8, ptr %30, i64 %.idx3416
  %707 = load <16 x float>, ptr %706, align 4
  %708 = getelementptr inbounds i8, ptr %31, i64 %.idx3418
  store <16 x float> %707, ptr %708, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.03080, 1
  %exitcond3643.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3643.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.03082 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3684 = shl nsw i64 %i20.addr.03082, 8
  %invariant.gep3939 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3684
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.03081 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3940 = getelementptr inbounds float, ptr %invariant.gep3939, i64 %j16.addr.03081
  %709 = getelementptr inbounds i8, ptr %gep3940, i64 49152
  %710 = load <16 x float>, ptr %709, align 4
  %711 = getelementptr inbounds i8, ptr %gep3940, i64 51200
  %712 = load <16 x float>, ptr %711, align 4
  %713 = getelementptr inbounds i8, ptr %gep3940, i64 49408
  %714 = load <16 x float>, ptr %713, align 4
  %715 = getelementptr inbounds i8, ptr %gep3940, i64 51456
  %716 = load <16 x float>, ptr %715, align 4
  %717 = getelementptr inbounds i8, ptr %gep3940, i64 49664
  %718 = load <16 x float>, ptr %717, align 4
  %719 = getelementptr inbounds i8, ptr %gep3940, i64 51712
  %720 = load <16 x float>, ptr %719, align 4
  %721 = getelementptr inbounds i8, ptr %gep3940, i64 49920
  %722 = load <16 x float>, ptr %721, align 4
  %723 = getelementptr inbounds i8, ptr %gep3940, i64 51968
  %724 = load <16 x float>, ptr %723, align 4
  %725 = getelementptr inbounds i8, ptr %gep3940, i64 50176
  %726 = load <16 x float>, ptr %725, align 4
  %727 = getelementptr inbounds i8, ptr %gep3940, i64 52224
  %728 = load <16 x float>, ptr %727, align 4
  %729 = getelementptr inbounds i8, ptr %gep3940, i64 50432
  %730 = load <16 x float>, ptr %729, align 4
  %731 = getelementptr inbounds i8, ptr %gep3940, i64 52480
  %732 = load <16 x float>, ptr %731, align 4
  %733 = getelementptr inbounds i8, ptr %gep3940, i64 50688
  %734 = load <16 x float>, ptr %733, align 4
  %735 = getelementptr inbounds i8, ptr %gep3940, i64 52736
  %736 = load <16 x float>, ptr %735, align 4
  %737 = getelementptr inbounds i8, ptr %gep3940, i64 50944
  %738 = load <16 x float>, ptr %737, align 4
  %739 = getelementptr inbounds i8, ptr %gep3940, i64 52992
  %740 = load <16 x float>, ptr %739, align 4
  %741 = shufflevector <16 x float> %710, <16 x float> %712, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %742 = shufflevector <16 x float> %726, <16 x float> %728, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %743 = shufflevector <16 x float> %714, <16 x float> %716, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %744 = shufflevector <16 x float> %730, <16 x float> %732, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %745 = shufflevector <16 x float> %718, <16 x float> %720, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %746 = shufflevector <16 x float> %734, <16 x float> %736, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %747 = shufflevector <16 x float> %722, <16 x float> %724, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %748 = shufflevector <16 x float> %738, <16 x float> %740, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %749 = shufflevector <16 x float> %710, <16 x float> %712, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %750 = shufflevector <16 x float> %726, <16 x float> %728, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %751 = shufflevector <16 x float> %714, <16 x float> %716, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %752 = shufflevector <16 x float> %730, <16 x float> %732, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %753 = shufflevector <16 x float> %718, <16 x float> %720, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %754 = shufflevector <16 x float> %734, <16 x float> %736, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %755 = shufflevector <16 x float> %722, <16 x float> %724, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %756 = shufflevector <16 x float> %738, <16 x float> %740, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %757 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %758 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %759 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %760 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %761 = shufflevector <16 x float> %741, <16 x float> %742, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %762 = shufflevector <16 x float> %745, <16 x float> %746, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %763 = shufflevector <16 x float> %743, <16 x float> %744, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %764 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %765 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %766 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %767 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %768 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %769 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %770 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %771 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %772 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %773 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %774 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %775 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %776 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %777 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %778 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %779 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %780 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %781 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %782 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %783 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %784 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %785 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %786 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %787 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %788 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %789 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %790 = shl nuw nsw i64 %j16.addr.03081, 7
  %791 = add nuw nsw i64 %790, %i20.addr.03082
  %792 = getelementptr inbounds float, ptr %KT, i64 %791
  store <16 x float> %789, ptr %792, align 4
  %793 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %794 = or disjoint i64 %791, 128
  %795 = getelementptr inbounds float, ptr %KT, i64 %794
  store <16 x float> %793, ptr %795, align 4
  %796 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %797 = or disjoint i64 %791, 256
  %798 = getelementptr inbounds float, ptr %KT, i64 %797
  store <16 x float> %796, ptr %798, align 4
  %799 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %800 = or disjoint i64 %791, 384
  %801 = getelementptr inbounds float, ptr %KT, i64 %800
  store <16 x float> %799, ptr %801, align 4
  %802 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %803 = or disjoint i64 %791, 512
  %804 = getelementptr inbounds float, ptr %KT, i64 %803
  store <16 x float> %802, ptr %804, align 4
  %805 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %806 = or disjoint i64 %791, 640
  %807 = getelementptr inbounds float, ptr %KT, i64 %806
  store <16 x float> %805, ptr %807, align 4
  %808 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %809 = or disjoint i64 %791, 768
  %810 = getelementptr inbounds float, ptr %KT, i64 %809
  store <16 x float> %808, ptr %810, align 4
  %811 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %812 = or disjoint i64 %791, 896
  %813 = getelementptr inbounds float, ptr %KT, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %815 = or disjoint i64 %791, 1024
  %816 = getelementptr inbounds float, ptr %KT, i64 %815
  store <16 x float> %814, ptr %816, align 4
  %817 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %818 = or disjoint i64 %791, 1152
  %819 = getelementptr inbounds float, ptr %KT, i64 %818
  store <16 x float> %817, ptr %819, align 4
  %820 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %821 = or disjoint i64 %791, 1280
  %822 = getelementptr inbounds float, ptr %KT, i64 %821
  store <16 x float> %820, ptr %822, align 4
  %823 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %824 = or disjoint i64 %791, 1408
  %825 = getelementptr inbounds float, ptr %KT, i64 %824
  store <16 x float> %823, ptr %825, align 4
  %826 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %827 = or disjoint i64 %791, 1536
  %828 = getelementptr inbounds float, ptr %KT, i64 %827
  store <16 x float> %826, ptr %828, align 4
  %829 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %830 = or disjoint i64 %791, 1664
  %831 = getelementptr inbounds float, ptr %KT, i64 %830
  store <16 x float> %829, ptr %831, align 4
  %832 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %833 = or disjoint i64 %791, 1792
  %834 = getelementptr inbounds float, ptr %KT, i64 %833
  store <16 x float> %832, ptr %834, align 4
  %835 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %836 = or disjoint i64 %791, 1920
  %837 = getelementptr inbounds float, ptr %KT, i64 %836
  store <16 x float> %835, ptr %837, align 4
  %j16.next = add nuw nsw i64 %j16.addr.03081, 16
  %838 = icmp ult i64 %j16.addr.03081, 48
  br i1 %838, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.03082, 16
  %839 = icmp ult i64 %i20.addr.03082, 112
  br i1 %839, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.03084 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %840 = shl nuw nsw i64 %i21.addr.03084, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.03083 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %841 = add nuw nsw i64 %j17.addr.03083, %840
  %842 = or disjoint i64 %841, 8192
  %843 = getelementptr inbounds float, ptr %Bk, i64 %842
  %844 = load <16 x float>, ptr %843, align 4
  %845 = or disjoint i64 %841, 8704
  %846 = getelementptr inbounds float, ptr %Bk, i64 %845
  %847 = load <16 x float>, ptr %846, align 4
  %848 = or disjoint i64 %841, 8256
  %849 = getelementptr inbounds float, ptr %Bk, i64 %848
  %850 = load <16 x float>, ptr %849, align 4
  %851 = or disjoint i64 %841, 8768
  %852 = getelementptr inbounds float, ptr %Bk, i64 %851
  %853 = load <16 x float>, ptr %852, align 4
  %854 = or disjoint i64 %841, 8320
  %855 = getelementptr inbounds float, ptr %Bk, i64 %854
  %856 = load <16 x float>, ptr %855, align 4
  %857 = or disjoint i64 %841, 8832
  %858 = getelementptr inbounds float, ptr %Bk, i64 %857
  %859 = load <16 x float>, ptr %858, align 4
  %860 = or disjoint i64 %841, 8384
  %861 = getelementptr inbounds float, ptr %Bk, i64 %860
  %862 = load <16 x float>, ptr %861, align 4
  %863 = or disjoint i64 %841, 8896
  %864 = getelementptr inbounds float, ptr %Bk, i64 %863
  %865 = load <16 x float>, ptr %864, align 4
  %866 = or disjoint i64 %841, 8448
  %867 = getelementptr inbounds float, ptr %Bk, i64 %866
  %868 = load <16 x float>, ptr %867, align 4
  %869 = or disjoint i64 %841, 8960
  %870 = getelementptr inbounds float, ptr %Bk, i64 %869
  %871 = load <16 x float>, ptr %870, align 4
  %872 = or disjoint i64 %841, 8512
  %873 = getelementptr inbounds float, ptr %Bk, i64 %872
  %874 = load <16 x float>, ptr %873, align 4
  %875 = or disjoint i64 %841, 9024
  %876 = getelementptr inbounds float, ptr %Bk, i64 %875
  %877 = load <16 x float>, ptr %876, align 4
  %878 = or disjoint i64 %841, 8576
  %879 = getelementptr inbounds float, ptr %Bk, i64 %878
  %880 = load <16 x float>, ptr %879, align 4
  %881 = or disjoint i64 %841, 9088
  %882 = getelementptr inbounds float, ptr %Bk, i64 %881
  %883 = load <16 x float>, ptr %882, align 4
  %884 = or disjoint i64 %841, 8640
  %885 = getelementptr inbounds float, ptr %Bk, i64 %884
  %886 = load <16 x float>, ptr %885, align 4
  %887 = or disjoint i64 %841, 9152
  %888 = getelementptr inbounds float, ptr %Bk, i64 %887
  %889 = load <16 x float>, ptr %888, align 4
  %890 = shufflevector <16 x float> %844, <16 x float> %847, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %891 = shufflevector <16 x float> %868, <16 x float> %871, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %892 = shufflevector <16 x float> %850, <16 x float> %853, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %893 = shufflevector <16 x float> %874, <16 x float> %877, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %894 = shufflevector <16 x float> %856, <16 x float> %859, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %895 = shufflevector <16 x float> %880, <16 x float> %883, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %896 = shufflevector <16 x float> %862, <16 x float> %865, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %897 = shufflevector <16 x float> %886, <16 x float> %889, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %898 = shufflevector <16 x float> %844, <16 x float> %847, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %899 = shufflevector <16 x float> %868, <16 x float> %871, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %900 = shufflevector <16 x float> %850, <16 x float> %853, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %901 = shufflevector <16 x float> %874, <16 x float> %877, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %902 = shufflevector <16 x float> %856, <16 x float> %859, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %903 = shufflevector <16 x float> %880, <16 x float> %883, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %904 = shufflevector <16 x float> %862, <16 x float> %865, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %905 = shufflevector <16 x float> %886, <16 x float> %889, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %906 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %907 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %908 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %909 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %910 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %911 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %912 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %913 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %914 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %915 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %916 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %917 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %918 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %919 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %920 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %921 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %922 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %923 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %924 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %925 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %926 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %927 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %928 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %929 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %930 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %931 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %932 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %933 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %934 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %935 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %936 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %937 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %938 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %939 = shl nuw nsw i64 %j17.addr.03083, 6
  %940 = add nuw nsw i64 %939, %i21.addr.03084
  %941 = getelementptr inbounds float, ptr %QcT, i64 %940
  store <16 x float> %938, ptr %941, align 4
  %942 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %943 = or disjoint i64 %940, 64
  %944 = getelementptr inbounds float, ptr %QcT, i64 %943
  store <16 x float> %942, ptr %944, align 4
  %945 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %946 = or disjoint i64 %940, 128
  %947 = getelementptr inbounds float, ptr %QcT, i64 %946
  store <16 x float> %945, ptr %947, align 4
  %948 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %949 = or disjoint i64 %940, 192
  %950 = getelementptr inbounds float, ptr %QcT, i64 %949
  store <16 x float> %948, ptr %950, align 4
  %951 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %952 = or disjoint i64 %940, 256
  %953 = getelementptr inbounds float, ptr %QcT, i64 %952
  store <16 x float> %951, ptr %953, align 4
  %954 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %955 = or disjoint i64 %940, 320
  %956 = getelementptr inbounds float, ptr %QcT, i64 %955
  store <16 x float> %954, ptr %956, align 4
  %957 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %958 = or disjoint i64 %940, 384
  %959 = getelementptr inbounds float, ptr %QcT, i64 %958
  store <16 x float> %957, ptr %959, align 4
  %960 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %961 = or disjoint i64 %940, 448
  %962 = getelementptr inbounds float, ptr %QcT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %964 = or disjoint i64 %940, 512
  %965 = getelementptr inbounds float, ptr %QcT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  %966 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %967 = or disjoint i64 %940, 576
  %968 = getelementptr inbounds float, ptr %QcT, i64 %967
  store <16 x float> %966, ptr %968, align 4
  %969 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %970 = or disjoint i64 %940, 640
  %971 = getelementptr inbounds float, ptr %QcT, i64 %970
  store <16 x float> %969, ptr %971, align 4
  %972 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %973 = or disjoint i64 %940, 704
  %974 = getelementptr inbounds float, ptr %QcT, i64 %973
  store <16 x float> %972, ptr %974, align 4
  %975 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %976 = or disjoint i64 %940, 768
  %977 = getelementptr inbounds float, ptr %QcT, i64 %976
  store <16 x float> %975, ptr %977, align 4
  %978 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %979 = or disjoint i64 %940, 832
  %980 = getelementptr inbounds float, ptr %QcT, i64 %979
  store <16 x float> %978, ptr %980, align 4
  %981 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %982 = or disjoint i64 %940, 896
  %983 = getelementptr inbounds float, ptr %QcT, i64 %982
  store <16 x float> %981, ptr %983, align 4
  %984 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %985 = or disjoint i64 %940, 960
  %986 = getelementptr inbounds float, ptr %QcT, i64 %985
  store <16 x float> %984, ptr %986, align 4
  %j17.next = add nuw nsw i64 %j17.addr.03083, 16
  %987 = icmp ult i64 %j17.addr.03083, 48
  br i1 %987, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.03084, 16
  %988 = icmp ult i64 %i21.addr.03084, 48
  br i1 %988, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.03086 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %989 = shl nuw nsw i64 %i22.addr.03086, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.03085 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %990 = add nuw nsw i64 %j18.addr.03085, %989
  %991 = getelementptr inbounds float, ptr %OY, i64 %990
  %992 = load <16 x float>, ptr %991, align 4
  %993 = or disjoint i64 %990, 512
  %994 = getelementptr inbounds float, ptr %OY, i64 %993
  %995 = load <16 x float>, ptr %994, align 4
  %996 = or disjoint i64 %990, 64
  %997 = getelementptr inbounds float, ptr %OY, i64 %996
  %998 = load <16 x float>, ptr %997, align 4
  %999 = or disjoint i64 %990, 576
  %1000 = getelementptr inbounds float, ptr %OY, i64 %999
  %1001 = load <16 x float>, ptr %1000, align 4
  %1002 = or disjoint i64 %990, 128
  %1003 = getelementptr inbounds float, ptr %OY, i64 %1002
  %1004 = load <16 x float>, ptr %1003, align 4
  %1005 = or disjoint i64 %990, 640
  %1006 = getelementptr inbounds float, ptr %OY, i64 %1005
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = or disjoint i64 %990, 192
  %1009 = getelementptr inbounds float, ptr %OY, i64 %1008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = or disjoint i64 %990, 704
  %1012 = getelementptr inbounds float, ptr %OY, i64 %1011
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = or disjoint i64 %990, 256
  %1015 = getelementptr inbounds float, ptr %OY, i64 %1014
  %1016 = load <16 x float>, ptr %1015, align 4
  %1017 = or disjoint i64 %990, 768
  %1018 = getelementptr inbounds float, ptr %OY, i64 %1017
  %1019 = load <16 x float>, ptr %1018, align 4
  %1020 = or disjoint i64 %990, 320
  %1021 = getelementptr inbounds float, ptr %OY, i64 %1020
  %1022 = load <16 x float>, ptr %1021, align 4
  %1023 = or disjoint i64 %990, 832
  %1024 = getelementptr inbounds float, ptr %OY, i64 %1023
  %1025 = load <16 x float>, ptr %1024, align 4
  %1026 = or disjoint i64 %990, 384
  %1027 = getelementptr inbounds float, ptr %OY, i64 %1026
  %1028 = load <16 x float>, ptr %1027, align 4
  %1029 = or disjoint i64 %990, 896
  %1030 = getelementptr inbounds float, ptr %OY, i64 %1029
  %1031 = load <16 x float>, ptr %1030, align 4
  %1032 = or disjoint i64 %990, 448
  %1033 = getelementptr inbounds float, ptr %OY, i64 %1032
  %1034 = load <16 x float>, ptr %1033, align 4
  %1035 = or disjoint i64 %990, 960
  %1036 = getelementptr inbounds float, ptr %OY, i64 %1035
  %1037 = load <16 x float>, ptr %1036, align 4
  %1038 = shufflevector <16 x float> %992, <16 x float> %995, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1039 = shufflevector <16 x float> %1016, <16 x float> %1019, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1040 = shufflevector <16 x float> %998, <16 x float> %1001, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1041 = shufflevector <16 x float> %1022, <16 x float> %1025, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1042 = shufflevector <16 x float> %1004, <16 x float> %1007, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1043 = shufflevector <16 x float> %1028, <16 x float> %1031, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1044 = shufflevector <16 x float> %1010, <16 x float> %1013, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1045 = shufflevector <16 x float> %1034, <16 x float> %1037, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1046 = shufflevector <16 x float> %992, <16 x float> %995, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1047 = shufflevector <16 x float> %1016, <16 x float> %1019, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1048 = shufflevector <16 x float> %998, <16 x float> %1001, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1049 = shufflevector <16 x float> %1022, <16 x float> %1025, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1050 = shufflevector <16 x float> %1004, <16 x float> %1007, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1051 = shufflevector <16 x float> %1028, <16 x float> %1031, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1052 = shufflevector <16 x float> %1010, <16 x float> %1013, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1053 = shufflevector <16 x float> %1034, <16 x float> %1037, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1054 = shufflevector <16 x float> %1038, <16 x float> %1039, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1055 = shufflevector <16 x float> %1042, <16 x float> %1043, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1056 = shufflevector <16 x float> %1040, <16 x float> %1041, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1057 = shufflevector <16 x float> %1044, <16 x float> %1045, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1058 = shufflevector <16 x float> %1038, <16 x float> %1039, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1059 = shufflevector <16 x float> %1042, <16 x float> %1043, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1060 = shufflevector <16 x float> %1040, <16 x float> %1041, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1061 = shufflevector <16 x float> %1044, <16 x float> %1045, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1062 = shufflevector <16 x float> %1046, <16 x float> %1047, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1063 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1064 = shufflevector <16 x float> %1048, <16 x float> %1049, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1065 = shufflevector <16 x float> %1052, <16 x float> %1053, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1066 = shufflevector <16 x float> %1046, <16 x float> %1047, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1067 = shufflevector <16 x float> %1050, <16 x float> %1051, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1068 = shufflevector <16 x float> %1048, <16 x float> %1049, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1069 = shufflevector <16 x float> %1052, <16 x float> %1053, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1070 = shufflevector <16 x float> %1054, <16 x float> %1055, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1071 = shufflevector <16 x float> %1056, <16 x float> %1057, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1072 = shufflevector <16 x float> %1054, <16 x float> %1055, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1073 = shufflevector <16 x float> %1056, <16 x float> %1057, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1074 = shufflevector <16 x float> %1058, <16 x float> %1059, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1075 = shufflevector <16 x float> %1060, <16 x float> %1061, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1076 = shufflevector <16 x float> %1058, <16 x float> %1059, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1077 = shufflevector <16 x float> %1060, <16 x float> %1061, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1078 = shufflevector <16 x float> %1062, <16 x float> %1063, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1079 = shufflevector <16 x float> %1064, <16 x float> %1065, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1080 = shufflevector <16 x float> %1062, <16 x float> %1063, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1081 = shufflevector <16 x float> %1064, <16 x float> %1065, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1082 = shufflevector <16 x float> %1066, <16 x float> %1067, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1083 = shufflevector <16 x float> %1068, <16 x float> %1069, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1084 = shufflevector <16 x float> %1066, <16 x float> %1067, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1085 = shufflevector <16 x float> %1068, <16 x float> %1069, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1086 = shufflevector <16 x float> %1070, <16 x float> %1071, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1087 = shl nuw nsw i64 %j18.addr.03085, 6
  %1088 = add nuw nsw i64 %1087, %i22.addr.03086
  %1089 = getelementptr inbounds float, ptr %dOT, i64 %1088
  store <16 x float> %1086, ptr %1089, align 4
  %1090 = shufflevector <16 x float> %1070, <16 x float> %1071, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1091 = or disjoint i64 %1088, 64
  %1092 = getelementptr inbounds float, ptr %dOT, i64 %1091
  store <16 x float> %1090, ptr %1092, align 4
  %1093 = shufflevector <16 x float> %1072, <16 x float> %1073, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1094 = or disjoint i64 %1088, 128
  %1095 = getelementptr inbounds float, ptr %dOT, i64 %1094
  store <16 x float> %1093, ptr %1095, align 4
  %1096 = shufflevector <16 x float> %1072, <16 x float> %1073, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1097 = or disjoint i64 %1088, 192
  %1098 = getelementptr inbounds float, ptr %dOT, i64 %1097
  store <16 x float> %1096, ptr %1098, align 4
  %1099 = shufflevector <16 x float> %1074, <16 x float> %1075, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1100 = or disjoint i64 %1088, 256
  %1101 = getelementptr inbounds float, ptr %dOT, i64 %1100
  store <16 x float> %1099, ptr %1101, align 4
  %1102 = shufflevector <16 x float> %1074, <16 x float> %1075, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1103 = or disjoint i64 %1088, 320
  %1104 = getelementptr inbounds float, ptr %dOT, i64 %1103
  store <16 x float> %1102, ptr %1104, align 4
  %1105 = shufflevector <16 x float> %1076, <16 x float> %1077, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1106 = or disjoint i64 %1088, 384
  %1107 = getelementptr inbounds float, ptr %dOT, i64 %1106
  store <16 x float> %1105, ptr %1107, align 4
  %1108 = shufflevector <16 x float> %1076, <16 x float> %1077, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1109 = or disjoint i64 %1088, 448
  %1110 = getelementptr inbounds float, ptr %dOT, i64 %1109
  store <16 x float> %1108, ptr %1110, align 4
  %1111 = shufflevector <16 x float> %1078, <16 x float> %1079, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1112 = or disjoint i64 %1088, 512
  %1113 = getelementptr inbounds float, ptr %dOT, i64 %1112
  store <16 x float> %1111, ptr %1113, align 4
  %1114 = shufflevector <16 x float> %1078, <16 x float> %1079, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1115 = or disjoint i64 %1088, 576
  %1116 = getelementptr inbounds float, ptr %dOT, i64 %1115
  store <16 x float> %1114, ptr %1116, align 4
  %1117 = shufflevector <16 x float> %1080, <16 x float> %1081, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1118 = or disjoint i64 %1088, 640
  %1119 = getelementptr inbounds float, ptr %dOT, i64 %1118
  store <16 x float> %1117, ptr %1119, align 4
  %1120 = shufflevector <16 x float> %1080, <16 x float> %1081, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1121 = or disjoint i64 %1088, 704
  %1122 = getelementptr inbounds float, ptr %dOT, i64 %1121
  store <16 x float> %1120, ptr %1122, align 4
  %1123 = shufflevector <16 x float> %1082, <16 x float> %1083, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1124 = or disjoint i64 %1088, 768
  %1125 = getelementptr inbounds float, ptr %dOT, i64 %1124
  store <16 x float> %1123, ptr %1125, align 4
  %1126 = shufflevector <16 x float> %1082, <16 x float> %1083, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1127 = or disjoint i64 %1088, 832
  %1128 = getelementptr inbounds float, ptr %dOT, i64 %1127
  store <16 x float> %1126, ptr %1128, align 4
  %1129 = shufflevector <16 x float> %1084, <16 x float> %1085, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1130 = or disjoint i64 %1088, 896
  %1131 = getelementptr inbounds float, ptr %dOT, i64 %1130
  store <16 x float> %1129, ptr %1131, align 4
  %1132 = shufflevector <16 x float> %1084, <16 x float> %1085, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1133 = or disjoint i64 %1088, 960
  %1134 = getelementptr inbounds float, ptr %dOT, i64 %1133
  store <16 x float> %1132, ptr %1134, align 4
  %j18.next = add nuw nsw i64 %j18.addr.03085, 16
  %1135 = icmp ult i64 %j18.addr.03085, 48
  br i1 %1135, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.03086, 16
  %1136 = icmp ult i64 %i22.addr.03086, 48
  br i1 %1136, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %1137 = icmp ult i64 %i23.addr.03099, 120
  br i1 %1137, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.03099 = phi i64 [ %1138, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1138 = add nuw nsw i64 %i23.addr.03099, 8
  %.idx3023 = shl nuw nsw i64 %i23.addr.03099, 9
  %1139 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3023
  %1140 = shl nuw nsw i64 %i23.addr.03099, 7
  %1141 = or disjoint i64 %1140, 128
  %1142 = getelementptr inbounds float, ptr %Gm, i64 %1141
  %1143 = or disjoint i64 %1140, 256
  %1144 = getelementptr inbounds float, ptr %Gm, i64 %1143
  %1145 = or disjoint i64 %1140, 384
  %1146 = getelementptr inbounds float, ptr %Gm, i64 %1145
  %1147 = or disjoint i64 %1140, 512
  %1148 = getelementptr inbounds float, ptr %Gm, i64 %1147
  %1149 = or disjoint i64 %1140, 640
  %1150 = getelementptr inbounds float, ptr %Gm, i64 %1149
  %1151 = or disjoint i64 %1140, 768
  %1152 = getelementptr inbounds float, ptr %Gm, i64 %1151
  %1153 = or disjoint i64 %1140, 896
  %1154 = getelementptr inbounds float, ptr %Gm, i64 %1153
  %.idx3685 = shl nsw i64 %i23.addr.03099, 8
  %invariant.gep3941 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3685
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.03098 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep3087 = getelementptr inbounds float, ptr %KT, i64 %j19.addr.03098
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.03097 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1160, %p3.body ]
  %acc1.03096 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1165, %p3.body ]
  %acc2.03095 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1170, %p3.body ]
  %acc3.03094 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1175, %p3.body ]
  %acc4.03093 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1180, %p3.body ]
  %acc5.03092 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1185, %p3.body ]
  %acc6.03091 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1190, %p3.body ]
  %acc7.03090 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1195, %p3.body ]
  %p3.addr.03089 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx3024 = shl nuw nsw i64 %p3.addr.03089, 9
  %gep3088 = getelementptr inbounds i8, ptr %invariant.gep3087, i64 %.idx3024
  %1155 = load <16 x float>, ptr %gep3088, align 4
  %gep3942 = getelementptr inbounds float, ptr %invariant.gep3941, i64 %p3.addr.03089
  %1156 = getelementptr inbounds i8, ptr %gep3942, i64 49152
  %1157 = load float, ptr %1156, align 4
  %1158 = insertelement <16 x float> poison, float %1157, i64 0
  %1159 = shufflevector <16 x float> %1158, <16 x float> poison, <16 x i32> zeroinitializer
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1155, <16 x float> %acc.03097)
  %1161 = getelementptr inbounds i8, ptr %gep3942, i64 49408
  %1162 = load float, ptr %1161, align 4
  %1163 = insertelement <16 x float> poison, float %1162, i64 0
  %1164 = shufflevector <16 x float> %1163, <16 x float> poison, <16 x i32> zeroinitializer
  %1165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1164, <16 x float> %1155, <16 x float> %acc1.03096)
  %1166 = getelementptr inbounds i8, ptr %gep3942, i64 49664
  %1167 = load float, ptr %1166, align 4
  %1168 = insertelement <16 x float> poison, float %1167, i64 0
  %1169 = shufflevector <16 x float> %1168, <16 x float> poison, <16 x i32> zeroinitializer
  %1170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1169, <16 x float> %1155, <16 x float> %acc2.03095)
  %1171 = getelementptr inbounds i8, ptr %gep3942, i64 49920
  %1172 = load float, ptr %1171, align 4
  %1173 = insertelement <16 x float> poison, float %1172, i64 0
  %1174 = shufflevector <16 x float> %1173, <16 x float> poison, <16 x i32> zeroinitializer
  %1175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1174, <16 x float> %1155, <16 x float> %acc3.03094)
  %1176 = getelementptr inbounds i8, ptr %gep3942, i64 50176
  %1177 = load float, ptr %1176, align 4
  %1178 = insertelement <16 x float> poison, float %1177, i64 0
  %1179 = shufflevector <16 x float> %1178, <16 x float> poison, <16 x i32> zeroinitializer
  %1180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1155, <16 x float> %acc4.03093)
  %1181 = getelementptr inbounds i8, ptr %gep3942, i64 50432
  %1182 = load float, ptr %1181, align 4
  %1183 = insertelement <16 x float> poison, float %1182, i64 0
  %1184 = shufflevector <16 x float> %1183, <16 x float> poison, <16 x i32> zeroinitializer
  %1185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1184, <16 x float> %1155, <16 x float> %acc5.03092)
  %1186 = getelementptr inbounds i8, ptr %gep3942, i64 50688
  %1187 = load float, ptr %1186, align 4
  %1188 = insertelement <16 x float> poison, float %1187, i64 0
  %1189 = shufflevector <16 x float> %1188, <16 x float> poison, <16 x i32> zeroinitializer
  %1190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1155, <16 x float> %acc6.03091)
  %1191 = getelementptr inbounds i8, ptr %gep3942, i64 50944
  %1192 = load float, ptr %1191, align 4
  %1193 = insertelement <16 x float> poison, float %1192, i64 0
  %1194 = shufflevector <16 x float> %1193, <16 x float> poison, <16 x i32> zeroinitializer
  %1195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1194, <16 x float> %1155, <16 x float> %acc7.03090)
  %p3.next = add nuw nsw i64 %p3.addr.03089, 1
  %exitcond3644.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3644.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1196 = getelementptr inbounds float, ptr %1139, i64 %j19.addr.03098
  store <16 x float> %1160, ptr %1196, align 4
  %1197 = getelementptr inbounds float, ptr %1142, i64 %j19.addr.03098
  store <16 x float> %1165, ptr %1197, align 4
  %1198 = getelementptr inbounds float, ptr %1144, i64 %j19.addr.03098
  store <16 x float> %1170, ptr %1198, align 4
  %1199 = getelementptr inbounds float, ptr %1146, i64 %j19.addr.03098
  store <16 x float> %1175, ptr %1199, align 4
  %1200 = getelementptr inbounds float, ptr %1148, i64 %j19.addr.03098
  store <16 x float> %1180, ptr %1200, align 4
  %1201 = getelementptr inbounds float, ptr %1150, i64 %j19.addr.03098
  store <16 x float> %1185, ptr %1201, align 4
  %1202 = getelementptr inbounds float, ptr %1152, i64 %j19.addr.03098
  store <16 x float> %1190, ptr %1202, align 4
  %1203 = getelementptr inbounds float, ptr %1154, i64 %j19.addr.03098
  store <16 x float> %1195, ptr %1203, align 4
  %j19.next = add nuw nsw i64 %j19.addr.03098, 16
  %1204 = icmp ult i64 %j19.next, %1138
  br i1 %1204, label %p3.head.preheader, label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.03118 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1205 = shl nuw nsw i64 %i24.addr.03118, 6
  %1206 = shl nuw nsw i64 %i24.addr.03118, 7
  %1207 = or disjoint i64 %1206, 128
  %1208 = or disjoint i64 %1206, 256
  %1209 = or disjoint i64 %1206, 384
  %invariant.gep3943 = getelementptr inbounds float, ptr %Bk, i64 %1205
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.03116 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1226, %p4.body ]
  %acc9.03115 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1227, %p4.body ]
  %acc10.03114 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1228, %p4.body ]
  %acc11.03113 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1229, %p4.body ]
  %acc12.03112 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1234, %p4.body ]
  %acc13.03111 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1235, %p4.body ]
  %acc14.03110 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1236, %p4.body ]
  %acc15.03109 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1237, %p4.body ]
  %acc16.03108 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1242, %p4.body ]
  %acc17.03107 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1243, %p4.body ]
  %acc18.03106 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1244, %p4.body ]
  %acc19.03105 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1245, %p4.body ]
  %acc20.03104 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1250, %p4.body ]
  %acc21.03103 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1251, %p4.body ]
  %acc22.03102 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1252, %p4.body ]
  %acc23.03101 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1253, %p4.body ]
  %p4.addr.03100 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1210 = shl nuw nsw i64 %p4.addr.03100, 7
  %1211 = getelementptr inbounds float, ptr %work, i64 %1210
  %1212 = load <16 x float>, ptr %1211, align 4
  %1213 = or disjoint i64 %1210, 16
  %1214 = getelementptr inbounds float, ptr %work, i64 %1213
  %1215 = load <16 x float>, ptr %1214, align 4
  %1216 = or disjoint i64 %1210, 32
  %1217 = getelementptr inbounds float, ptr %work, i64 %1216
  %1218 = load <16 x float>, ptr %1217, align 4
  %1219 = or disjoint i64 %1210, 48
  %1220 = getelementptr inbounds float, ptr %work, i64 %1219
  %1221 = load <16 x float>, ptr %1220, align 4
  %gep3944 = getelementptr inbounds float, ptr %invariant.gep3943, i64 %p4.addr.03100
  %1222 = getelementptr inbounds i8, ptr %gep3944, i64 49152
  %1223 = load float, ptr %1222, align 4
  %1224 = insertelement <16 x float> poison, float %1223, i64 0
  %1225 = shufflevector <16 x float> %1224, <16 x float> poison, <16 x i32> zeroinitializer
  %1226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1212, <16 x float> %acc8.03116)
  %1227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1215, <16 x float> %acc9.03115)
  %1228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1218, <16 x float> %acc10.03114)
  %1229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1221, <16 x float> %acc11.03113)
  %1230 = getelementptr inbounds i8, ptr %gep3944, i64 49408
  %1231 = load float, ptr %1230, align 4
  %1232 = insertelement <16 x float> poison, float %1231, i64 0
  %1233 = shufflevector <16 x float> %1232, <16 x float> poison, <16 x i32> zeroinitializer
  %1234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1212, <16 x float> %acc12.03112)
  %1235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1215, <16 x float> %acc13.03111)
  %1236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1218, <16 x float> %acc14.03110)
  %1237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1221, <16 x float> %acc15.03109)
  %1238 = getelementptr inbounds i8, ptr %gep3944, i64 49664
  %1239 = load float, ptr %1238, align 4
  %1240 = insertelement <16 x float> poison, float %1239, i64 0
  %1241 = shufflevector <16 x float> %1240, <16 x float> poison, <16 x i32> zeroinitializer
  %1242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1212, <16 x float> %acc16.03108)
  %1243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1215, <16 x float> %acc17.03107)
  %1244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1218, <16 x float> %acc18.03106)
  %1245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1221, <16 x float> %acc19.03105)
  %1246 = getelementptr inbounds i8, ptr %gep3944, i64 49920
  %1247 = load float, ptr %1246, align 4
  %1248 = insertelement <16 x float> poison, float %1247, i64 0
  %1249 = shufflevector <16 x float> %1248, <16 x float> poison, <16 x i32> zeroinitializer
  %1250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1212, <16 x float> %acc20.03104)
  %1251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1215, <16 x float> %acc21.03103)
  %1252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1218, <16 x float> %acc22.03102)
  %1253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1221, <16 x float> %acc23.03101)
  %p4.next = add nuw nsw i64 %p4.addr.03100, 1
  %exitcond3645.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3645.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1254 = getelementptr inbounds float, ptr %KSdS, i64 %1206
  store <16 x float> %1226, ptr %1254, align 4
  %1255 = or disjoint i64 %1206, 16
  %1256 = getelementptr inbounds float, ptr %KSdS, i64 %1255
  store <16 x float> %1227, ptr %1256, align 4
  %1257 = or disjoint i64 %1206, 32
  %1258 = getelementptr inbounds float, ptr %KSdS, i64 %1257
  store <16 x float> %1228, ptr %1258, align 4
  %1259 = or disjoint i64 %1206, 48
  %1260 = getelementptr inbounds float, ptr %KSdS, i64 %1259
  store <16 x float> %1229, ptr %1260, align 4
  %1261 = getelementptr inbounds float, ptr %KSdS, i64 %1207
  store <16 x float> %1234, ptr %1261, align 4
  %1262 = or disjoint i64 %1206, 144
  %1263 = getelementptr inbounds float, ptr %KSdS, i64 %1262
  store <16 x float> %1235, ptr %1263, align 4
  %1264 = or disjoint i64 %1206, 160
  %1265 = getelementptr inbounds float, ptr %KSdS, i64 %1264
  store <16 x float> %1236, ptr %1265, align 4
  %1266 = or disjoint i64 %1206, 176
  %1267 = getelementptr inbounds float, ptr %KSdS, i64 %1266
  store <16 x float> %1237, ptr %1267, align 4
  %1268 = getelementptr inbounds float, ptr %KSdS, i64 %1208
  store <16 x float> %1242, ptr %1268, align 4
  %1269 = or disjoint i64 %1206, 272
  %1270 = getelementptr inbounds float, ptr %KSdS, i64 %1269
  store <16 x float> %1243, ptr %1270, align 4
  %1271 = or disjoint i64 %1206, 288
  %1272 = getelementptr inbounds float, ptr %KSdS, i64 %1271
  store <16 x float> %1244, ptr %1272, align 4
  %1273 = or disjoint i64 %1206, 304
  %1274 = getelementptr inbounds float, ptr %KSdS, i64 %1273
  store <16 x float> %1245, ptr %1274, align 4
  %1275 = getelementptr inbounds float, ptr %KSdS, i64 %1209
  store <16 x float> %1250, ptr %1275, align 4
  %1276 = or disjoint i64 %1206, 400
  %1277 = getelementptr inbounds float, ptr %KSdS, i64 %1276
  store <16 x float> %1251, ptr %1277, align 4
  %1278 = or disjoint i64 %1206, 416
  %1279 = getelementptr inbounds float, ptr %KSdS, i64 %1278
  store <16 x float> %1252, ptr %1279, align 4
  %1280 = or disjoint i64 %1206, 432
  %1281 = getelementptr inbounds float, ptr %KSdS, i64 %1280
  store <16 x float> %1253, ptr %1281, align 4
  %invariant.gep3945 = getelementptr inbounds float, ptr %Bk, i64 %1205
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.03116.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1299, %p4.body.1 ]
  %acc9.03115.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1300, %p4.body.1 ]
  %acc10.03114.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1301, %p4.body.1 ]
  %acc11.03113.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1302, %p4.body.1 ]
  %acc12.03112.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1307, %p4.body.1 ]
  %acc13.03111.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1308, %p4.body.1 ]
  %acc14.03110.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1309, %p4.body.1 ]
  %acc15.03109.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1310, %p4.body.1 ]
  %acc16.03108.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1315, %p4.body.1 ]
  %acc17.03107.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1316, %p4.body.1 ]
  %acc18.03106.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1317, %p4.body.1 ]
  %acc19.03105.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1318, %p4.body.1 ]
  %acc20.03104.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1323, %p4.body.1 ]
  %acc21.03103.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1324, %p4.body.1 ]
  %acc22.03102.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1325, %p4.body.1 ]
  %acc23.03101.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1326, %p4.body.1 ]
  %p4.addr.03100.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1282 = shl nuw nsw i64 %p4.addr.03100.1, 7
  %1283 = or disjoint i64 %1282, 64
  %1284 = getelementptr inbounds float, ptr %work, i64 %1283
  %1285 = load <16 x float>, ptr %1284, align 4
  %1286 = or disjoint i64 %1282, 80
  %1287 = getelementptr inbounds float, ptr %work, i64 %1286
  %1288 = load <16 x float>, ptr %1287, align 4
  %1289 = or disjoint i64 %1282, 96
  %1290 = getelementptr inbounds float, ptr %work, i64 %1289
  %1291 = load <16 x float>, ptr %1290, align 4
  %1292 = or disjoint i64 %1282, 112
  %1293 = getelementptr inbounds float, ptr %work, i64 %1292
  %1294 = load <16 x float>, ptr %1293, align 4
  %gep3946 = getelementptr inbounds float, ptr %invariant.gep3945, i64 %p4.addr.03100.1
  %1295 = getelementptr inbounds i8, ptr %gep3946, i64 49152
  %1296 = load float, ptr %1295, align 4
  %1297 = insertelement <16 x float> poison, float %1296, i64 0
  %1298 = shufflevector <16 x float> %1297, <16 x float> poison, <16 x i32> zeroinitializer
  %1299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1298, <16 x float> %1285, <16 x float> %acc8.03116.1)
  %1300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1298, <16 x float> %1288, <16 x float> %acc9.03115.1)
  %1301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1298, <16 x float> %1291, <16 x float> %acc10.03114.1)
  %1302 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1298, <16 x float> %1294, <16 x float> %acc11.03113.1)
  %1303 = getelementptr inbounds i8, ptr %gep3946, i64 49408
  %1304 = load float, ptr %1303, align 4
  %1305 = insertelement <16 x float> poison, float %1304, i64 0
  %1306 = shufflevector <16 x float> %1305, <16 x float> poison, <16 x i32> zeroinitializer
  %1307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1306, <16 x float> %1285, <16 x float> %acc12.03112.1)
  %1308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1306, <16 x float> %1288, <16 x float> %acc13.03111.1)
  %1309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1306, <16 x float> %1291, <16 x float> %acc14.03110.1)
  %1310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1306, <16 x float> %1294, <16 x float> %acc15.03109.1)
  %1311 = getelementptr inbounds i8, ptr %gep3946, i64 49664
  %1312 = load float, ptr %1311, align 4
  %1313 = insertelement <16 x float> poison, float %1312, i64 0
  %1314 = shufflevector <16 x float> %1313, <16 x float> poison, <16 x i32> zeroinitializer
  %1315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1314, <16 x float> %1285, <16 x float> %acc16.03108.1)
  %1316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1314, <16 x float> %1288, <16 x float> %acc17.03107.1)
  %1317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1314, <16 x float> %1291, <16 x float> %acc18.03106.1)
  %1318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1314, <16 x float> %1294, <16 x float> %acc19.03105.1)
  %1319 = getelementptr inbounds i8, ptr %gep3946, i64 49920
  %1320 = load float, ptr %1319, align 4
  %1321 = insertelement <16 x float> poison, float %1320, i64 0
  %1322 = shufflevector <16 x float> %1321, <16 x float> poison, <16 x i32> zeroinitializer
  %1323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1285, <16 x float> %acc20.03104.1)
  %1324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1288, <16 x float> %acc21.03103.1)
  %1325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1291, <16 x float> %acc22.03102.1)
  %1326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1294, <16 x float> %acc23.03101.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.03100.1, 1
  %exitcond3645.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3645.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1327 = or disjoint i64 %1206, 64
  %1328 = getelementptr inbounds float, ptr %KSdS, i64 %1327
  store <16 x float> %1299, ptr %1328, align 4
  %1329 = or disjoint i64 %1206, 80
  %1330 = getelementptr inbounds float, ptr %KSdS, i64 %1329
  store <16 x float> %1300, ptr %1330, align 4
  %1331 = or disjoint i64 %1206, 96
  %1332 = getelementptr inbounds float, ptr %KSdS, i64 %1331
  store <16 x float> %1301, ptr %1332, align 4
  %1333 = or disjoint i64 %1206, 112
  %1334 = getelementptr inbounds float, ptr %KSdS, i64 %1333
  store <16 x float> %1302, ptr %1334, align 4
  %1335 = or disjoint i64 %1206, 192
  %1336 = getelementptr inbounds float, ptr %KSdS, i64 %1335
  store <16 x float> %1307, ptr %1336, align 4
  %1337 = or disjoint i64 %1206, 208
  %1338 = getelementptr inbounds float, ptr %KSdS, i64 %1337
  store <16 x float> %1308, ptr %1338, align 4
  %1339 = or disjoint i64 %1206, 224
  %1340 = getelementptr inbounds float, ptr %KSdS, i64 %1339
  store <16 x float> %1309, ptr %1340, align 4
  %1341 = or disjoint i64 %1206, 240
  %1342 = getelementptr inbounds float, ptr %KSdS, i64 %1341
  store <16 x float> %1310, ptr %1342, align 4
  %1343 = or disjoint i64 %1206, 320
  %1344 = getelementptr inbounds float, ptr %KSdS, i64 %1343
  store <16 x float> %1315, ptr %1344, align 4
  %1345 = or disjoint i64 %1206, 336
  %1346 = getelementptr inbounds float, ptr %KSdS, i64 %1345
  store <16 x float> %1316, ptr %1346, align 4
  %1347 = or disjoint i64 %1206, 352
  %1348 = getelementptr inbounds float, ptr %KSdS, i64 %1347
  store <16 x float> %1317, ptr %1348, align 4
  %1349 = or disjoint i64 %1206, 368
  %1350 = getelementptr inbounds float, ptr %KSdS, i64 %1349
  store <16 x float> %1318, ptr %1350, align 4
  %1351 = or disjoint i64 %1206, 448
  %1352 = getelementptr inbounds float, ptr %KSdS, i64 %1351
  store <16 x float> %1323, ptr %1352, align 4
  %1353 = or disjoint i64 %1206, 464
  %1354 = getelementptr inbounds float, ptr %KSdS, i64 %1353
  store <16 x float> %1324, ptr %1354, align 4
  %1355 = or disjoint i64 %1206, 480
  %1356 = getelementptr inbounds float, ptr %KSdS, i64 %1355
  store <16 x float> %1325, ptr %1356, align 4
  %1357 = or disjoint i64 %1206, 496
  %1358 = getelementptr inbounds float, ptr %KSdS, i64 %1357
  store <16 x float> %1326, ptr %1358, align 4
  %i24.next = add nuw nsw i64 %i24.addr.03118, 4
  %1359 = icmp ult i64 %i24.addr.03118, 124
  br i1 %1359, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.03120 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3419 = shl nsw i64 %i25.addr.03120, 8
  %1360 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3419
  %1361 = load <16 x float>, ptr %1360, align 4
  %.idx3420 = shl nsw i64 %i25.addr.03120, 9
  %1362 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3420
  %1363 = load <16 x float>, ptr %1362, align 4
  %1364 = fsub <16 x float> %1361, %1363
  store <16 x float> %1364, ptr %1360, align 4
  %1365 = getelementptr inbounds i8, ptr %32, i64 %.idx3419
  %1366 = load <16 x float>, ptr %1365, align 4
  %1367 = getelementptr inbounds i8, ptr %33, i64 %.idx3420
  %1368 = load <16 x float>, ptr %1367, align 4
  %1369 = fsub <16 x float> %1366, %1368
  store <16 x float> %1369, ptr %1365, align 4
  %1370 = getelementptr inbounds i8, ptr %34, i64 %.idx3419
  %1371 = load <16 x float>, ptr %1370, align 4
  %1372 = getelementptr inbounds i8, ptr %35, i64 %.idx3420
  %1373 = load <16 x float>, ptr %1372, align 4
  %1374 = fsub <16 x float> %1371, %1373
  store <16 x float> %1374, ptr %1370, align 4
  %1375 = getelementptr inbounds i8, ptr %36, i64 %.idx3419
  %1376 = load <16 x float>, ptr %1375, align 4
  %1377 = getelementptr inbounds i8, ptr %37, i64 %.idx3420
  %1378 = load <16 x float>, ptr %1377, align 4
  %1379 = fsub <16 x float> %1376, %1378
  store <16 x float> %1379, ptr %1375, align 4
  %i25.next = or disjoint i64 %i25.addr.03120, 1
  %.idx3419.1 = shl nsw i64 %i25.next, 8
  %1380 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3419.1
  %1381 = load <16 x float>, ptr %1380, align 4
  %.idx3420.1 = shl nsw i64 %i25.next, 9
  %1382 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3420.1
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = fsub <16 x float> %1381, %1383
  store <16 x float> %1384, ptr %1380, align 4
  %1385 = getelementptr inbounds i8, ptr %32, i64 %.idx3419.1
  %1386 = load <16 x float>, ptr %1385, align 4
  %1387 = getelementptr inbounds i8, ptr %33, i64 %.idx3420.1
  %1388 = load <16 x float>, ptr %1387, align 4
  %1389 = fsub <16 x float> %1386, %1388
  store <16 x float> %1389, ptr %1385, align 4
  %1390 = getelementptr inbounds i8, ptr %34, i64 %.idx3419.1
  %1391 = load <16 x float>, ptr %1390, align 4
  %1392 = getelementptr inbounds i8, ptr %35, i64 %.idx3420.1
  %1393 = load <16 x float>, ptr %1392, align 4
  %1394 = fsub <16 x float> %1391, %1393
  store <16 x float> %1394, ptr %1390, align 4
  %1395 = getelementptr inbounds i8, ptr %36, i64 %.idx3419.1
  %1396 = load <16 x float>, ptr %1395, align 4
  %1397 = getelementptr inbounds i8, ptr %37, i64 %.idx3420.1
  %1398 = load <16 x float>, ptr %1397, align 4
  %1399 = fsub <16 x float> %1396, %1398
  store <16 x float> %1399, ptr %1395, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.03120, 2
  %exitcond3646.not.1 = icmp eq i64 %i25.next.1, 128
  br i1 %exitcond3646.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.03153 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.03153, 2
  %.not3421 = icmp eq i64 %ib.addr.03153, 0
  br i1 %.not3421, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx3022 = shl nuw nsw i64 %ib.addr.03153, 11
  %1400 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3022
  %1401 = shl nuw nsw i64 %ib.addr.03153, 9
  %1402 = or disjoint i64 %1401, 128
  %1403 = getelementptr inbounds float, ptr %Gm, i64 %1402
  %1404 = or disjoint i64 %1401, 256
  %1405 = getelementptr inbounds float, ptr %Gm, i64 %1404
  %1406 = or disjoint i64 %1401, 384
  %1407 = getelementptr inbounds float, ptr %Gm, i64 %1406
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.03137 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1424, %j21.body ]
  %acc25.03136 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1425, %j21.body ]
  %acc26.03135 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1426, %j21.body ]
  %acc27.03134 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1427, %j21.body ]
  %acc28.03133 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1432, %j21.body ]
  %acc29.03132 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1433, %j21.body ]
  %acc30.03131 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1434, %j21.body ]
  %acc31.03130 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1435, %j21.body ]
  %acc32.03129 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1440, %j21.body ]
  %acc33.03128 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1441, %j21.body ]
  %acc34.03127 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1442, %j21.body ]
  %acc35.03126 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1443, %j21.body ]
  %acc36.03125 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1448, %j21.body ]
  %acc37.03124 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1449, %j21.body ]
  %acc38.03123 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1450, %j21.body ]
  %acc39.03122 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1451, %j21.body ]
  %j21.addr.03121 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %1408 = shl nsw i64 %j21.addr.03121, 6
  %1409 = getelementptr inbounds float, ptr %Vn, i64 %1408
  %1410 = load <16 x float>, ptr %1409, align 4
  %1411 = or disjoint i64 %1408, 16
  %1412 = getelementptr inbounds float, ptr %Vn, i64 %1411
  %1413 = load <16 x float>, ptr %1412, align 4
  %1414 = or disjoint i64 %1408, 32
  %1415 = getelementptr inbounds float, ptr %Vn, i64 %1414
  %1416 = load <16 x float>, ptr %1415, align 4
  %1417 = or disjoint i64 %1408, 48
  %1418 = getelementptr inbounds float, ptr %Vn, i64 %1417
  %1419 = load <16 x float>, ptr %1418, align 4
  %1420 = getelementptr inbounds float, ptr %1400, i64 %j21.addr.03121
  %1421 = load float, ptr %1420, align 4
  %1422 = insertelement <16 x float> poison, float %1421, i64 0
  %1423 = shufflevector <16 x float> %1422, <16 x float> poison, <16 x i32> zeroinitializer
  %1424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1423, <16 x float> %1410, <16 x float> %acc24.03137)
  %1425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1423, <16 x float> %1413, <16 x float> %acc25.03136)
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1423, <16 x float> %1416, <16 x float> %acc26.03135)
  %1427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1423, <16 x float> %1419, <16 x float> %acc27.03134)
  %1428 = getelementptr inbounds float, ptr %1403, i64 %j21.addr.03121
  %1429 = load float, ptr %1428, align 4
  %1430 = insertelement <16 x float> poison, float %1429, i64 0
  %1431 = shufflevector <16 x float> %1430, <16 x float> poison, <16 x i32> zeroinitializer
  %1432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1431, <16 x float> %1410, <16 x float> %acc28.03133)
  %1433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1431, <16 x float> %1413, <16 x float> %acc29.03132)
  %1434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1431, <16 x float> %1416, <16 x float> %acc30.03131)
  %1435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1431, <16 x float> %1419, <16 x float> %acc31.03130)
  %1436 = getelementptr inbounds float, ptr %1405, i64 %j21.addr.03121
  %1437 = load float, ptr %1436, align 4
  %1438 = insertelement <16 x float> poison, float %1437, i64 0
  %1439 = shufflevector <16 x float> %1438, <16 x float> poison, <16 x i32> zeroinitializer
  %1440 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1439, <16 x float> %1410, <16 x float> %acc32.03129)
  %1441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1439, <16 x float> %1413, <16 x float> %acc33.03128)
  %1442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1439, <16 x float> %1416, <16 x float> %acc34.03127)
  %1443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1439, <16 x float> %1419, <16 x float> %acc35.03126)
  %1444 = getelementptr inbounds float, ptr %1407, i64 %j21.addr.03121
  %1445 = load float, ptr %1444, align 4
  %1446 = insertelement <16 x float> poison, float %1445, i64 0
  %1447 = shufflevector <16 x float> %1446, <16 x float> poison, <16 x i32> zeroinitializer
  %1448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1410, <16 x float> %acc36.03125)
  %1449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1413, <16 x float> %acc37.03124)
  %1450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1416, <16 x float> %acc38.03123)
  %1451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1419, <16 x float> %acc39.03122)
  %j21.next = add nuw nsw i64 %j21.addr.03121, 1
  %exitcond3647.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3647.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1451, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1450, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1449, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1448, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1443, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1442, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1441, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1440, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1435, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1434, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1433, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1432, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1427, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1426, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1425, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1424, %j21.body ]
  %1452 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1453 = load float, ptr %1452, align 4
  %1454 = shl nuw nsw i64 %ib.addr.03153, 8
  %1455 = getelementptr inbounds float, ptr %Rr, i64 %1454
  %1456 = load <16 x float>, ptr %1455, align 4
  %1457 = fsub <16 x float> %1456, %acc24.0.lcssa
  store <16 x float> %1457, ptr %1455, align 4
  %1458 = insertelement <16 x float> poison, float %1453, i64 0
  %1459 = shufflevector <16 x float> %1458, <16 x float> poison, <16 x i32> zeroinitializer
  %1460 = fmul <16 x float> %1459, %1457
  %1461 = getelementptr inbounds float, ptr %Vn, i64 %1454
  store <16 x float> %1460, ptr %1461, align 4
  %1462 = mul nuw nsw i64 %ib.addr.03153, 1280
  %1463 = getelementptr inbounds float, ptr %Ak, i64 %1462
  store <16 x float> %1460, ptr %1463, align 4
  %1464 = or disjoint i64 %1454, 16
  %1465 = getelementptr inbounds float, ptr %Rr, i64 %1464
  %1466 = load <16 x float>, ptr %1465, align 4
  %1467 = fsub <16 x float> %1466, %acc25.0.lcssa
  store <16 x float> %1467, ptr %1465, align 4
  %1468 = fmul <16 x float> %1459, %1467
  %1469 = getelementptr inbounds float, ptr %Vn, i64 %1464
  store <16 x float> %1468, ptr %1469, align 4
  %1470 = or disjoint i64 %1462, 16
  %1471 = getelementptr inbounds float, ptr %Ak, i64 %1470
  store <16 x float> %1468, ptr %1471, align 4
  %1472 = or disjoint i64 %1454, 32
  %1473 = getelementptr inbounds float, ptr %Rr, i64 %1472
  %1474 = load <16 x float>, ptr %1473, align 4
  %1475 = fsub <16 x float> %1474, %acc26.0.lcssa
  store <16 x float> %1475, ptr %1473, align 4
  %1476 = fmul <16 x float> %1459, %1475
  %1477 = getelementptr inbounds float, ptr %Vn, i64 %1472
  store <16 x float> %1476, ptr %1477, align 4
  %1478 = or disjoint i64 %1462, 32
  %1479 = getelementptr inbounds float, ptr %Ak, i64 %1478
  store <16 x float> %1476, ptr %1479, align 4
  %1480 = or disjoint i64 %1454, 48
  %1481 = getelementptr inbounds float, ptr %Rr, i64 %1480
  %1482 = load <16 x float>, ptr %1481, align 4
  %1483 = fsub <16 x float> %1482, %acc27.0.lcssa
  store <16 x float> %1483, ptr %1481, align 4
  %1484 = fmul <16 x float> %1459, %1483
  %1485 = getelementptr inbounds float, ptr %Vn, i64 %1480
  store <16 x float> %1484, ptr %1485, align 4
  %1486 = or disjoint i64 %1462, 48
  %1487 = getelementptr inbounds float, ptr %Ak, i64 %1486
  store <16 x float> %1484, ptr %1487, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx3422 = shl nsw i64 %i26, 9
  %1488 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3422
  %1489 = getelementptr inbounds float, ptr %1488, i64 %i0
  %1490 = load float, ptr %1489, align 4
  %1491 = insertelement <16 x float> poison, float %1490, i64 0
  %1492 = shufflevector <16 x float> %1491, <16 x float> poison, <16 x i32> zeroinitializer
  %1493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1492, <16 x float> %1460, <16 x float> %acc28.0.lcssa)
  %1494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1492, <16 x float> %1468, <16 x float> %acc29.0.lcssa)
  %1495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1492, <16 x float> %1476, <16 x float> %acc30.0.lcssa)
  %1496 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1492, <16 x float> %1484, <16 x float> %acc31.0.lcssa)
  %1497 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1498 = load float, ptr %1497, align 4
  %1499 = shl nuw nsw i64 %i26, 6
  %1500 = getelementptr inbounds float, ptr %Rr, i64 %1499
  %1501 = load <16 x float>, ptr %1500, align 4
  %1502 = fsub <16 x float> %1501, %1493
  store <16 x float> %1502, ptr %1500, align 4
  %1503 = insertelement <16 x float> poison, float %1498, i64 0
  %1504 = shufflevector <16 x float> %1503, <16 x float> poison, <16 x i32> zeroinitializer
  %1505 = fmul <16 x float> %1504, %1502
  %1506 = getelementptr inbounds float, ptr %Vn, i64 %1499
  store <16 x float> %1505, ptr %1506, align 4
  %1507 = mul nuw nsw i64 %i26, 320
  %1508 = getelementptr inbounds float, ptr %Ak, i64 %1507
  store <16 x float> %1505, ptr %1508, align 4
  %1509 = or disjoint i64 %1499, 16
  %1510 = getelementptr inbounds float, ptr %Rr, i64 %1509
  %1511 = load <16 x float>, ptr %1510, align 4
  %1512 = fsub <16 x float> %1511, %1494
  store <16 x float> %1512, ptr %1510, align 4
  %1513 = fmul <16 x float> %1504, %1512
  %1514 = getelementptr inbounds float, ptr %Vn, i64 %1509
  store <16 x float> %1513, ptr %1514, align 4
  %1515 = or disjoint i64 %1507, 16
  %1516 = getelementptr inbounds float, ptr %Ak, i64 %1515
  store <16 x float> %1513, ptr %1516, align 4
  %1517 = or disjoint i64 %1499, 32
  %1518 = getelementptr inbounds float, ptr %Rr, i64 %1517
  %1519 = load <16 x float>, ptr %1518, align 4
  %1520 = fsub <16 x float> %1519, %1495
  store <16 x float> %1520, ptr %1518, align 4
  %1521 = fmul <16 x float> %1504, %1520
  %1522 = getelementptr inbounds float, ptr %Vn, i64 %1517
  store <16 x float> %1521, ptr %1522, align 4
  %1523 = or disjoint i64 %1507, 32
  %1524 = getelementptr inbounds float, ptr %Ak, i64 %1523
  store <16 x float> %1521, ptr %1524, align 4
  %1525 = or disjoint i64 %1499, 48
  %1526 = getelementptr inbounds float, ptr %Rr, i64 %1525
  %1527 = load <16 x float>, ptr %1526, align 4
  %1528 = fsub <16 x float> %1527, %1496
  store <16 x float> %1528, ptr %1526, align 4
  %1529 = fmul <16 x float> %1504, %1528
  %1530 = getelementptr inbounds float, ptr %Vn, i64 %1525
  store <16 x float> %1529, ptr %1530, align 4
  %1531 = or disjoint i64 %1507, 48
  %1532 = getelementptr inbounds float, ptr %Ak, i64 %1531
  store <16 x float> %1529, ptr %1532, align 4
  %i27 = or disjoint i64 %i0, 2
  %1533 = shl nuw nsw i64 %i27, 7
  %1534 = or disjoint i64 %1533, %i0
  %1535 = getelementptr inbounds float, ptr %Gm, i64 %1534
  %1536 = load float, ptr %1535, align 4
  %1537 = insertelement <16 x float> poison, float %1536, i64 0
  %1538 = shufflevector <16 x float> %1537, <16 x float> poison, <16 x i32> zeroinitializer
  %1539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1538, <16 x float> %1460, <16 x float> %acc32.0.lcssa)
  %1540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1538, <16 x float> %1468, <16 x float> %acc33.0.lcssa)
  %1541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1538, <16 x float> %1476, <16 x float> %acc34.0.lcssa)
  %1542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1538, <16 x float> %1484, <16 x float> %acc35.0.lcssa)
  %1543 = or disjoint i64 %1533, %i26
  %1544 = getelementptr inbounds float, ptr %Gm, i64 %1543
  %1545 = load float, ptr %1544, align 4
  %1546 = insertelement <16 x float> poison, float %1545, i64 0
  %1547 = shufflevector <16 x float> %1546, <16 x float> poison, <16 x i32> zeroinitializer
  %1548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1547, <16 x float> %1505, <16 x float> %1539)
  %1549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1547, <16 x float> %1513, <16 x float> %1540)
  %1550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1547, <16 x float> %1521, <16 x float> %1541)
  %1551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1547, <16 x float> %1529, <16 x float> %1542)
  %1552 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1553 = load float, ptr %1552, align 4
  %1554 = shl nuw nsw i64 %i27, 6
  %1555 = getelementptr inbounds float, ptr %Rr, i64 %1554
  %1556 = load <16 x float>, ptr %1555, align 4
  %1557 = fsub <16 x float> %1556, %1548
  store <16 x float> %1557, ptr %1555, align 4
  %1558 = insertelement <16 x float> poison, float %1553, i64 0
  %1559 = shufflevector <16 x float> %1558, <16 x float> poison, <16 x i32> zeroinitializer
  %1560 = fmul <16 x float> %1559, %1557
  %1561 = getelementptr inbounds float, ptr %Vn, i64 %1554
  store <16 x float> %1560, ptr %1561, align 4
  %1562 = mul nuw nsw i64 %i27, 320
  %1563 = getelementptr inbounds float, ptr %Ak, i64 %1562
  store <16 x float> %1560, ptr %1563, align 4
  %1564 = or disjoint i64 %1554, 16
  %1565 = getelementptr inbounds float, ptr %Rr, i64 %1564
  %1566 = load <16 x float>, ptr %1565, align 4
  %1567 = fsub <16 x float> %1566, %1549
  store <16 x float> %1567, ptr %1565, align 4
  %1568 = fmul <16 x float> %1559, %1567
  %1569 = getelementptr inbounds float, ptr %Vn, i64 %1564
  store <16 x float> %1568, ptr %1569, align 4
  %1570 = or disjoint i64 %1562, 16
  %1571 = getelementptr inbounds float, ptr %Ak, i64 %1570
  store <16 x float> %1568, ptr %1571, align 4
  %1572 = or disjoint i64 %1554, 32
  %1573 = getelementptr inbounds float, ptr %Rr, i64 %1572
  %1574 = load <16 x float>, ptr %1573, align 4
  %1575 = fsub <16 x float> %1574, %1550
  store <16 x float> %1575, ptr %1573, align 4
  %1576 = fmul <16 x float> %1559, %1575
  %1577 = getelementptr inbounds float, ptr %Vn, i64 %1572
  store <16 x float> %1576, ptr %1577, align 4
  %1578 = or disjoint i64 %1562, 32
  %1579 = getelementptr inbounds float, ptr %Ak, i64 %1578
  store <16 x float> %1576, ptr %1579, align 4
  %1580 = or disjoint i64 %1554, 48
  %1581 = getelementptr inbounds float, ptr %Rr, i64 %1580
  %1582 = load <16 x float>, ptr %1581, align 4
  %1583 = fsub <16 x float> %1582, %1551
  store <16 x float> %1583, ptr %1581, align 4
  %1584 = fmul <16 x float> %1559, %1583
  %1585 = getelementptr inbounds float, ptr %Vn, i64 %1580
  store <16 x float> %1584, ptr %1585, align 4
  %1586 = or disjoint i64 %1562, 48
  %1587 = getelementptr inbounds float, ptr %Ak, i64 %1586
  store <16 x float> %1584, ptr %1587, align 4
  %i28 = or disjoint i64 %i0, 3
  %1588 = shl nuw nsw i64 %i28, 7
  %1589 = or disjoint i64 %1588, %i0
  %1590 = getelementptr inbounds float, ptr %Gm, i64 %1589
  %1591 = load float, ptr %1590, align 4
  %1592 = insertelement <16 x float> poison, float %1591, i64 0
  %1593 = shufflevector <16 x float> %1592, <16 x float> poison, <16 x i32> zeroinitializer
  %1594 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1593, <16 x float> %1460, <16 x float> %acc36.0.lcssa)
  %1595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1593, <16 x float> %1468, <16 x float> %acc37.0.lcssa)
  %1596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1593, <16 x float> %1476, <16 x float> %acc38.0.lcssa)
  %1597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1593, <16 x float> %1484, <16 x float> %acc39.0.lcssa)
  %1598 = or disjoint i64 %1588, %i26
  %1599 = getelementptr inbounds float, ptr %Gm, i64 %1598
  %1600 = load float, ptr %1599, align 4
  %1601 = insertelement <16 x float> poison, float %1600, i64 0
  %1602 = shufflevector <16 x float> %1601, <16 x float> poison, <16 x i32> zeroinitializer
  %1603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1602, <16 x float> %1505, <16 x float> %1594)
  %1604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1602, <16 x float> %1513, <16 x float> %1595)
  %1605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1602, <16 x float> %1521, <16 x float> %1596)
  %1606 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1602, <16 x float> %1529, <16 x float> %1597)
  %1607 = or disjoint i64 %1588, %i27
  %1608 = getelementptr inbounds float, ptr %Gm, i64 %1607
  %1609 = load float, ptr %1608, align 4
  %1610 = insertelement <16 x float> poison, float %1609, i64 0
  %1611 = shufflevector <16 x float> %1610, <16 x float> poison, <16 x i32> zeroinitializer
  %1612 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1611, <16 x float> %1560, <16 x float> %1603)
  %1613 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1611, <16 x float> %1568, <16 x float> %1604)
  %1614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1611, <16 x float> %1576, <16 x float> %1605)
  %1615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1611, <16 x float> %1584, <16 x float> %1606)
  %1616 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1617 = load float, ptr %1616, align 4
  %1618 = shl nuw nsw i64 %i28, 6
  %1619 = getelementptr inbounds float, ptr %Rr, i64 %1618
  %1620 = load <16 x float>, ptr %1619, align 4
  %1621 = fsub <16 x float> %1620, %1612
  store <16 x float> %1621, ptr %1619, align 4
  %1622 = insertelement <16 x float> poison, float %1617, i64 0
  %1623 = shufflevector <16 x float> %1622, <16 x float> poison, <16 x i32> zeroinitializer
  %1624 = fmul <16 x float> %1623, %1621
  %1625 = getelementptr inbounds float, ptr %Vn, i64 %1618
  store <16 x float> %1624, ptr %1625, align 4
  %1626 = mul nuw nsw i64 %i28, 320
  %1627 = getelementptr inbounds float, ptr %Ak, i64 %1626
  store <16 x float> %1624, ptr %1627, align 4
  %1628 = or disjoint i64 %1618, 16
  %1629 = getelementptr inbounds float, ptr %Rr, i64 %1628
  %1630 = load <16 x float>, ptr %1629, align 4
  %1631 = fsub <16 x float> %1630, %1613
  store <16 x float> %1631, ptr %1629, align 4
  %1632 = fmul <16 x float> %1623, %1631
  %1633 = getelementptr inbounds float, ptr %Vn, i64 %1628
  store <16 x float> %1632, ptr %1633, align 4
  %1634 = or disjoint i64 %1626, 16
  %1635 = getelementptr inbounds float, ptr %Ak, i64 %1634
  store <16 x float> %1632, ptr %1635, align 4
  %1636 = or disjoint i64 %1618, 32
  %1637 = getelementptr inbounds float, ptr %Rr, i64 %1636
  %1638 = load <16 x float>, ptr %1637, align 4
  %1639 = fsub <16 x float> %1638, %1614
  store <16 x float> %1639, ptr %1637, align 4
  %1640 = fmul <16 x float> %1623, %1639
  %1641 = getelementptr inbounds float, ptr %Vn, i64 %1636
  store <16 x float> %1640, ptr %1641, align 4
  %1642 = or disjoint i64 %1626, 32
  %1643 = getelementptr inbounds float, ptr %Ak, i64 %1642
  store <16 x float> %1640, ptr %1643, align 4
  %1644 = or disjoint i64 %1618, 48
  %1645 = getelementptr inbounds float, ptr %Rr, i64 %1644
  %1646 = load <16 x float>, ptr %1645, align 4
  %1647 = fsub <16 x float> %1646, %1615
  store <16 x float> %1647, ptr %1645, align 4
  %1648 = fmul <16 x float> %1623, %1647
  %1649 = getelementptr inbounds float, ptr %Vn, i64 %1644
  store <16 x float> %1648, ptr %1649, align 4
  %1650 = or disjoint i64 %1626, 48
  %1651 = getelementptr inbounds float, ptr %Ak, i64 %1650
  store <16 x float> %1648, ptr %1651, align 4
  %ib.next = add nuw nsw i64 %ib.addr.03153, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3648.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3648.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.03155 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1652 = shl nuw nsw i64 %i29.addr.03155, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.03154 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %1653 = add nuw nsw i64 %j22.addr.03154, %1652
  %1654 = getelementptr inbounds float, ptr %Vn, i64 %1653
  %1655 = load <16 x float>, ptr %1654, align 4
  %1656 = or disjoint i64 %1653, 512
  %1657 = getelementptr inbounds float, ptr %Vn, i64 %1656
  %1658 = load <16 x float>, ptr %1657, align 4
  %1659 = or disjoint i64 %1653, 64
  %1660 = getelementptr inbounds float, ptr %Vn, i64 %1659
  %1661 = load <16 x float>, ptr %1660, align 4
  %1662 = or disjoint i64 %1653, 576
  %1663 = getelementptr inbounds float, ptr %Vn, i64 %1662
  %1664 = load <16 x float>, ptr %1663, align 4
  %1665 = or disjoint i64 %1653, 128
  %1666 = getelementptr inbounds float, ptr %Vn, i64 %1665
  %1667 = load <16 x float>, ptr %1666, align 4
  %1668 = or disjoint i64 %1653, 640
  %1669 = getelementptr inbounds float, ptr %Vn, i64 %1668
  %1670 = load <16 x float>, ptr %1669, align 4
  %1671 = or disjoint i64 %1653, 192
  %1672 = getelementptr inbounds float, ptr %Vn, i64 %1671
  %1673 = load <16 x float>, ptr %1672, align 4
  %1674 = or disjoint i64 %1653, 704
  %1675 = getelementptr inbounds float, ptr %Vn, i64 %1674
  %1676 = load <16 x float>, ptr %1675, align 4
  %1677 = or disjoint i64 %1653, 256
  %1678 = getelementptr inbounds float, ptr %Vn, i64 %1677
  %1679 = load <16 x float>, ptr %1678, align 4
  %1680 = or disjoint i64 %1653, 768
  %1681 = getelementptr inbounds float, ptr %Vn, i64 %1680
  %1682 = load <16 x float>, ptr %1681, align 4
  %1683 = or disjoint i64 %1653, 320
  %1684 = getelementptr inbounds float, ptr %Vn, i64 %1683
  %1685 = load <16 x float>, ptr %1684, align 4
  %1686 = or disjoint i64 %1653, 832
  %1687 = getelementptr inbounds float, ptr %Vn, i64 %1686
  %1688 = load <16 x float>, ptr %1687, align 4
  %1689 = or disjoint i64 %1653, 384
  %1690 = getelementptr inbounds float, ptr %Vn, i64 %1689
  %1691 = load <16 x float>, ptr %1690, align 4
  %1692 = or disjoint i64 %1653, 896
  %1693 = getelementptr inbounds float, ptr %Vn, i64 %1692
  %1694 = load <16 x float>, ptr %1693, align 4
  %1695 = or disjoint i64 %1653, 448
  %1696 = getelementptr inbounds float, ptr %Vn, i64 %1695
  %1697 = load <16 x float>, ptr %1696, align 4
  %1698 = or disjoint i64 %1653, 960
  %1699 = getelementptr inbounds float, ptr %Vn, i64 %1698
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = shufflevector <16 x float> %1655, <16 x float> %1658, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1702 = shufflevector <16 x float> %1679, <16 x float> %1682, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1703 = shufflevector <16 x float> %1661, <16 x float> %1664, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1704 = shufflevector <16 x float> %1685, <16 x float> %1688, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1705 = shufflevector <16 x float> %1667, <16 x float> %1670, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1706 = shufflevector <16 x float> %1691, <16 x float> %1694, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1707 = shufflevector <16 x float> %1673, <16 x float> %1676, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1708 = shufflevector <16 x float> %1697, <16 x float> %1700, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1709 = shufflevector <16 x float> %1655, <16 x float> %1658, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1710 = shufflevector <16 x float> %1679, <16 x float> %1682, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1711 = shufflevector <16 x float> %1661, <16 x float> %1664, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1712 = shufflevector <16 x float> %1685, <16 x float> %1688, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1713 = shufflevector <16 x float> %1667, <16 x float> %1670, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1714 = shufflevector <16 x float> %1691, <16 x float> %1694, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1715 = shufflevector <16 x float> %1673, <16 x float> %1676, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1716 = shufflevector <16 x float> %1697, <16 x float> %1700, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1717 = shufflevector <16 x float> %1701, <16 x float> %1702, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1718 = shufflevector <16 x float> %1705, <16 x float> %1706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1719 = shufflevector <16 x float> %1703, <16 x float> %1704, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1720 = shufflevector <16 x float> %1707, <16 x float> %1708, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1721 = shufflevector <16 x float> %1701, <16 x float> %1702, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1722 = shufflevector <16 x float> %1705, <16 x float> %1706, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1723 = shufflevector <16 x float> %1703, <16 x float> %1704, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1724 = shufflevector <16 x float> %1707, <16 x float> %1708, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1725 = shufflevector <16 x float> %1709, <16 x float> %1710, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1726 = shufflevector <16 x float> %1713, <16 x float> %1714, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1727 = shufflevector <16 x float> %1711, <16 x float> %1712, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1728 = shufflevector <16 x float> %1715, <16 x float> %1716, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1729 = shufflevector <16 x float> %1709, <16 x float> %1710, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1730 = shufflevector <16 x float> %1713, <16 x float> %1714, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1731 = shufflevector <16 x float> %1711, <16 x float> %1712, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1732 = shufflevector <16 x float> %1715, <16 x float> %1716, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1733 = shufflevector <16 x float> %1717, <16 x float> %1718, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1734 = shufflevector <16 x float> %1719, <16 x float> %1720, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1735 = shufflevector <16 x float> %1717, <16 x float> %1718, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1736 = shufflevector <16 x float> %1719, <16 x float> %1720, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1737 = shufflevector <16 x float> %1721, <16 x float> %1722, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1738 = shufflevector <16 x float> %1723, <16 x float> %1724, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1739 = shufflevector <16 x float> %1721, <16 x float> %1722, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1740 = shufflevector <16 x float> %1723, <16 x float> %1724, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1741 = shufflevector <16 x float> %1725, <16 x float> %1726, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1742 = shufflevector <16 x float> %1727, <16 x float> %1728, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1743 = shufflevector <16 x float> %1725, <16 x float> %1726, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1744 = shufflevector <16 x float> %1727, <16 x float> %1728, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1745 = shufflevector <16 x float> %1729, <16 x float> %1730, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1746 = shufflevector <16 x float> %1731, <16 x float> %1732, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1747 = shufflevector <16 x float> %1729, <16 x float> %1730, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1748 = shufflevector <16 x float> %1731, <16 x float> %1732, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1749 = shufflevector <16 x float> %1733, <16 x float> %1734, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1750 = shl nuw nsw i64 %j22.addr.03154, 7
  %1751 = add nuw nsw i64 %1750, %i29.addr.03155
  %1752 = getelementptr inbounds float, ptr %VnT, i64 %1751
  store <16 x float> %1749, ptr %1752, align 4
  %1753 = shufflevector <16 x float> %1733, <16 x float> %1734, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1754 = or disjoint i64 %1751, 128
  %1755 = getelementptr inbounds float, ptr %VnT, i64 %1754
  store <16 x float> %1753, ptr %1755, align 4
  %1756 = shufflevector <16 x float> %1735, <16 x float> %1736, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1757 = or disjoint i64 %1751, 256
  %1758 = getelementptr inbounds float, ptr %VnT, i64 %1757
  store <16 x float> %1756, ptr %1758, align 4
  %1759 = shufflevector <16 x float> %1735, <16 x float> %1736, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1760 = or disjoint i64 %1751, 384
  %1761 = getelementptr inbounds float, ptr %VnT, i64 %1760
  store <16 x float> %1759, ptr %1761, align 4
  %1762 = shufflevector <16 x float> %1737, <16 x float> %1738, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1763 = or disjoint i64 %1751, 512
  %1764 = getelementptr inbounds float, ptr %VnT, i64 %1763
  store <16 x float> %1762, ptr %1764, align 4
  %1765 = shufflevector <16 x float> %1737, <16 x float> %1738, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1766 = or disjoint i64 %1751, 640
  %1767 = getelementptr inbounds float, ptr %VnT, i64 %1766
  store <16 x float> %1765, ptr %1767, align 4
  %1768 = shufflevector <16 x float> %1739, <16 x float> %1740, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1769 = or disjoint i64 %1751, 768
  %1770 = getelementptr inbounds float, ptr %VnT, i64 %1769
  store <16 x float> %1768, ptr %1770, align 4
  %1771 = shufflevector <16 x float> %1739, <16 x float> %1740, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1772 = or disjoint i64 %1751, 896
  %1773 = getelementptr inbounds float, ptr %VnT, i64 %1772
  store <16 x float> %1771, ptr %1773, align 4
  %1774 = shufflevector <16 x float> %1741, <16 x float> %1742, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1775 = or disjoint i64 %1751, 1024
  %1776 = getelementptr inbounds float, ptr %VnT, i64 %1775
  store <16 x float> %1774, ptr %1776, align 4
  %1777 = shufflevector <16 x float> %1741, <16 x float> %1742, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1778 = or disjoint i64 %1751, 1152
  %1779 = getelementptr inbounds float, ptr %VnT, i64 %1778
  store <16 x float> %1777, ptr %1779, align 4
  %1780 = shufflevector <16 x float> %1743, <16 x float> %1744, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1781 = or disjoint i64 %1751, 1280
  %1782 = getelementptr inbounds float, ptr %VnT, i64 %1781
  store <16 x float> %1780, ptr %1782, align 4
  %1783 = shufflevector <16 x float> %1743, <16 x float> %1744, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1784 = or disjoint i64 %1751, 1408
  %1785 = getelementptr inbounds float, ptr %VnT, i64 %1784
  store <16 x float> %1783, ptr %1785, align 4
  %1786 = shufflevector <16 x float> %1745, <16 x float> %1746, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1787 = or disjoint i64 %1751, 1536
  %1788 = getelementptr inbounds float, ptr %VnT, i64 %1787
  store <16 x float> %1786, ptr %1788, align 4
  %1789 = shufflevector <16 x float> %1745, <16 x float> %1746, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1790 = or disjoint i64 %1751, 1664
  %1791 = getelementptr inbounds float, ptr %VnT, i64 %1790
  store <16 x float> %1789, ptr %1791, align 4
  %1792 = shufflevector <16 x float> %1747, <16 x float> %1748, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1793 = or disjoint i64 %1751, 1792
  %1794 = getelementptr inbounds float, ptr %VnT, i64 %1793
  store <16 x float> %1792, ptr %1794, align 4
  %1795 = shufflevector <16 x float> %1747, <16 x float> %1748, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1796 = or disjoint i64 %1751, 1920
  %1797 = getelementptr inbounds float, ptr %VnT, i64 %1796
  store <16 x float> %1795, ptr %1797, align 4
  %j22.next = add nuw nsw i64 %j22.addr.03154, 16
  %1798 = icmp ult i64 %j22.addr.03154, 48
  br i1 %1798, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.03155, 16
  %1799 = icmp ult i64 %i29.addr.03155, 112
  br i1 %1799, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.03173 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1800 = shl nuw nsw i64 %i30.addr.03173, 6
  %invariant.gep3947 = getelementptr inbounds float, ptr %Bk, i64 %1800
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.03172 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1817, %p6.body ]
  %acc41.03171 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1818, %p6.body ]
  %acc42.03170 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1819, %p6.body ]
  %acc43.03169 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1820, %p6.body ]
  %acc44.03168 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1825, %p6.body ]
  %acc45.03167 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1826, %p6.body ]
  %acc46.03166 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1827, %p6.body ]
  %acc47.03165 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1828, %p6.body ]
  %acc48.03164 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1833, %p6.body ]
  %acc49.03163 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1834, %p6.body ]
  %acc50.03162 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1835, %p6.body ]
  %acc51.03161 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1836, %p6.body ]
  %acc52.03160 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1841, %p6.body ]
  %acc53.03159 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1842, %p6.body ]
  %acc54.03158 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1843, %p6.body ]
  %acc55.03157 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1844, %p6.body ]
  %p6.addr.03156 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1801 = shl nuw nsw i64 %p6.addr.03156, 6
  %1802 = getelementptr inbounds float, ptr %QcT, i64 %1801
  %1803 = load <16 x float>, ptr %1802, align 4
  %1804 = or disjoint i64 %1801, 16
  %1805 = getelementptr inbounds float, ptr %QcT, i64 %1804
  %1806 = load <16 x float>, ptr %1805, align 4
  %1807 = or disjoint i64 %1801, 32
  %1808 = getelementptr inbounds float, ptr %QcT, i64 %1807
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = or disjoint i64 %1801, 48
  %1811 = getelementptr inbounds float, ptr %QcT, i64 %1810
  %1812 = load <16 x float>, ptr %1811, align 4
  %gep3948 = getelementptr inbounds float, ptr %invariant.gep3947, i64 %p6.addr.03156
  %1813 = getelementptr inbounds i8, ptr %gep3948, i64 49152
  %1814 = load float, ptr %1813, align 4
  %1815 = insertelement <16 x float> poison, float %1814, i64 0
  %1816 = shufflevector <16 x float> %1815, <16 x float> poison, <16 x i32> zeroinitializer
  %1817 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1816, <16 x float> %1803, <16 x float> %acc40.03172)
  %1818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1816, <16 x float> %1806, <16 x float> %acc41.03171)
  %1819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1816, <16 x float> %1809, <16 x float> %acc42.03170)
  %1820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1816, <16 x float> %1812, <16 x float> %acc43.03169)
  %1821 = getelementptr inbounds i8, ptr %gep3948, i64 49408
  %1822 = load float, ptr %1821, align 4
  %1823 = insertelement <16 x float> poison, float %1822, i64 0
  %1824 = shufflevector <16 x float> %1823, <16 x float> poison, <16 x i32> zeroinitializer
  %1825 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1824, <16 x float> %1803, <16 x float> %acc44.03168)
  %1826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1824, <16 x float> %1806, <16 x float> %acc45.03167)
  %1827 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1824, <16 x float> %1809, <16 x float> %acc46.03166)
  %1828 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1824, <16 x float> %1812, <16 x float> %acc47.03165)
  %1829 = getelementptr inbounds i8, ptr %gep3948, i64 49664
  %1830 = load float, ptr %1829, align 4
  %1831 = insertelement <16 x float> poison, float %1830, i64 0
  %1832 = shufflevector <16 x float> %1831, <16 x float> poison, <16 x i32> zeroinitializer
  %1833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1803, <16 x float> %acc48.03164)
  %1834 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1806, <16 x float> %acc49.03163)
  %1835 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1809, <16 x float> %acc50.03162)
  %1836 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1812, <16 x float> %acc51.03161)
  %1837 = getelementptr inbounds i8, ptr %gep3948, i64 49920
  %1838 = load float, ptr %1837, align 4
  %1839 = insertelement <16 x float> poison, float %1838, i64 0
  %1840 = shufflevector <16 x float> %1839, <16 x float> poison, <16 x i32> zeroinitializer
  %1841 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1840, <16 x float> %1803, <16 x float> %acc52.03160)
  %1842 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1840, <16 x float> %1806, <16 x float> %acc53.03159)
  %1843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1840, <16 x float> %1809, <16 x float> %acc54.03158)
  %1844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1840, <16 x float> %1812, <16 x float> %acc55.03157)
  %p6.next = add nuw nsw i64 %p6.addr.03156, 1
  %exitcond3649.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3649.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1845 = getelementptr inbounds float, ptr %PT, i64 %1800
  store <16 x float> %1817, ptr %1845, align 4
  %1846 = or disjoint i64 %1800, 16
  %1847 = getelementptr inbounds float, ptr %PT, i64 %1846
  store <16 x float> %1818, ptr %1847, align 4
  %1848 = or disjoint i64 %1800, 32
  %1849 = getelementptr inbounds float, ptr %PT, i64 %1848
  store <16 x float> %1819, ptr %1849, align 4
  %1850 = or disjoint i64 %1800, 48
  %1851 = getelementptr inbounds float, ptr %PT, i64 %1850
  store <16 x float> %1820, ptr %1851, align 4
  %1852 = or disjoint i64 %1800, 64
  %1853 = getelementptr inbounds float, ptr %PT, i64 %1852
  store <16 x float> %1825, ptr %1853, align 4
  %1854 = or disjoint i64 %1800, 80
  %1855 = getelementptr inbounds float, ptr %PT, i64 %1854
  store <16 x float> %1826, ptr %1855, align 4
  %1856 = or disjoint i64 %1800, 96
  %1857 = getelementptr inbounds float, ptr %PT, i64 %1856
  store <16 x float> %1827, ptr %1857, align 4
  %1858 = or disjoint i64 %1800, 112
  %1859 = getelementptr inbounds float, ptr %PT, i64 %1858
  store <16 x float> %1828, ptr %1859, align 4
  %1860 = or disjoint i64 %1800, 128
  %1861 = getelementptr inbounds float, ptr %PT, i64 %1860
  store <16 x float> %1833, ptr %1861, align 4
  %1862 = or disjoint i64 %1800, 144
  %1863 = getelementptr inbounds float, ptr %PT, i64 %1862
  store <16 x float> %1834, ptr %1863, align 4
  %1864 = or disjoint i64 %1800, 160
  %1865 = getelementptr inbounds float, ptr %PT, i64 %1864
  store <16 x float> %1835, ptr %1865, align 4
  %1866 = or disjoint i64 %1800, 176
  %1867 = getelementptr inbounds float, ptr %PT, i64 %1866
  store <16 x float> %1836, ptr %1867, align 4
  %1868 = or disjoint i64 %1800, 192
  %1869 = getelementptr inbounds float, ptr %PT, i64 %1868
  store <16 x float> %1841, ptr %1869, align 4
  %1870 = or disjoint i64 %1800, 208
  %1871 = getelementptr inbounds float, ptr %PT, i64 %1870
  store <16 x float> %1842, ptr %1871, align 4
  %1872 = or disjoint i64 %1800, 224
  %1873 = getelementptr inbounds float, ptr %PT, i64 %1872
  store <16 x float> %1843, ptr %1873, align 4
  %1874 = or disjoint i64 %1800, 240
  %1875 = getelementptr inbounds float, ptr %PT, i64 %1874
  store <16 x float> %1844, ptr %1875, align 4
  %i30.next = add nuw nsw i64 %i30.addr.03173, 4
  %1876 = icmp ult i64 %i30.addr.03173, 124
  br i1 %1876, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t3.addr.03176 = phi i64 [ %t3.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3423 = shl nsw i64 %t3.addr.03176, 9
  %1877 = getelementptr inbounds i8, ptr %PT, i64 %.idx3423
  %1878 = load <16 x float>, ptr %1877, align 4
  %.idx3424 = shl nsw i64 %t3.addr.03176, 8
  %1879 = getelementptr inbounds i8, ptr %M, i64 %.idx3424
  %1880 = load <16 x float>, ptr %1879, align 4
  %1881 = fmul <16 x float> %1878, %1880
  store <16 x float> %1881, ptr %1877, align 4
  %1882 = getelementptr inbounds i8, ptr %38, i64 %.idx3423
  %1883 = load <16 x float>, ptr %1882, align 4
  %1884 = getelementptr inbounds i8, ptr %39, i64 %.idx3424
  %1885 = load <16 x float>, ptr %1884, align 4
  %1886 = fmul <16 x float> %1883, %1885
  store <16 x float> %1886, ptr %1882, align 4
  %1887 = getelementptr inbounds i8, ptr %40, i64 %.idx3423
  %1888 = load <16 x float>, ptr %1887, align 4
  %1889 = getelementptr inbounds i8, ptr %41, i64 %.idx3424
  %1890 = load <16 x float>, ptr %1889, align 4
  %1891 = fmul <16 x float> %1888, %1890
  store <16 x float> %1891, ptr %1887, align 4
  %1892 = getelementptr inbounds i8, ptr %42, i64 %.idx3423
  %1893 = load <16 x float>, ptr %1892, align 4
  %1894 = getelementptr inbounds i8, ptr %43, i64 %.idx3424
  %1895 = load <16 x float>, ptr %1894, align 4
  %1896 = fmul <16 x float> %1893, %1895
  store <16 x float> %1896, ptr %1892, align 4
  %1897 = getelementptr inbounds i8, ptr %1877, i64 256
  %1898 = load <16 x float>, ptr %1897, align 4
  %1899 = load <16 x float>, ptr %1879, align 4
  %1900 = fmul <16 x float> %1898, %1899
  store <16 x float> %1900, ptr %1897, align 4
  %1901 = getelementptr inbounds i8, ptr %1882, i64 256
  %1902 = load <16 x float>, ptr %1901, align 4
  %1903 = load <16 x float>, ptr %1884, align 4
  %1904 = fmul <16 x float> %1902, %1903
  store <16 x float> %1904, ptr %1901, align 4
  %1905 = getelementptr inbounds i8, ptr %1887, i64 256
  %1906 = load <16 x float>, ptr %1905, align 4
  %1907 = load <16 x float>, ptr %1889, align 4
  %1908 = fmul <16 x float> %1906, %1907
  store <16 x float> %1908, ptr %1905, align 4
  %1909 = getelementptr inbounds i8, ptr %1892, i64 256
  %1910 = load <16 x float>, ptr %1909, align 4
  %1911 = load <16 x float>, ptr %1894, align 4
  %1912 = fmul <16 x float> %1910, %1911
  store <16 x float> %1912, ptr %1909, align 4
  %t3.next = or disjoint i64 %t3.addr.03176, 1
  %.idx3423.1 = shl nsw i64 %t3.next, 9
  %1913 = getelementptr inbounds i8, ptr %PT, i64 %.idx3423.1
  %1914 = load <16 x float>, ptr %1913, align 4
  %.idx3424.1 = shl nsw i64 %t3.next, 8
  %1915 = getelementptr inbounds i8, ptr %M, i64 %.idx3424.1
  %1916 = load <16 x float>, ptr %1915, align 4
  %1917 = fmul <16 x float> %1914, %1916
  store <16 x float> %1917, ptr %1913, align 4
  %1918 = getelementptr inbounds i8, ptr %38, i64 %.idx3423.1
  %1919 = load <16 x float>, ptr %1918, align 4
  %1920 = getelementptr inbounds i8, ptr %39, i64 %.idx3424.1
  %1921 = load <16 x float>, ptr %1920, align 4
  %1922 = fmul <16 x float> %1919, %1921
  store <16 x float> %1922, ptr %1918, align 4
  %1923 = getelementptr inbounds i8, ptr %40, i64 %.idx3423.1
  %1924 = load <16 x float>, ptr %1923, align 4
  %1925 = getelementptr inbounds i8, ptr %41, i64 %.idx3424.1
  %1926 = load <16 x float>, ptr %1925, align 4
  %1927 = fmul <16 x float> %1924, %1926
  store <16 x float> %1927, ptr %1923, align 4
  %1928 = getelementptr inbounds i8, ptr %42, i64 %.idx3423.1
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = getelementptr inbounds i8, ptr %43, i64 %.idx3424.1
  %1931 = load <16 x float>, ptr %1930, align 4
  %1932 = fmul <16 x float> %1929, %1931
  store <16 x float> %1932, ptr %1928, align 4
  %1933 = getelementptr inbounds i8, ptr %1913, i64 256
  %1934 = load <16 x float>, ptr %1933, align 4
  %1935 = load <16 x float>, ptr %1915, align 4
  %1936 = fmul <16 x float> %1934, %1935
  store <16 x float> %1936, ptr %1933, align 4
  %1937 = getelementptr inbounds i8, ptr %1918, i64 256
  %1938 = load <16 x float>, ptr %1937, align 4
  %1939 = load <16 x float>, ptr %1920, align 4
  %1940 = fmul <16 x float> %1938, %1939
  store <16 x float> %1940, ptr %1937, align 4
  %1941 = getelementptr inbounds i8, ptr %1923, i64 256
  %1942 = load <16 x float>, ptr %1941, align 4
  %1943 = load <16 x float>, ptr %1925, align 4
  %1944 = fmul <16 x float> %1942, %1943
  store <16 x float> %1944, ptr %1941, align 4
  %1945 = getelementptr inbounds i8, ptr %1928, i64 256
  %1946 = load <16 x float>, ptr %1945, align 4
  %1947 = load <16 x float>, ptr %1930, align 4
  %1948 = fmul <16 x float> %1946, %1947
  store <16 x float> %1948, ptr %1945, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.03176, 2
  %exitcond3650.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3650.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.03178 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3427 = shl nsw i64 %i33.addr.03178, 9
  %gep3950 = getelementptr inbounds i8, ptr %invariant.gep3949, i64 %.idx3427
  %1949 = load <16 x float>, ptr %gep3950, align 4
  %.idx3428 = shl nsw i64 %i33.addr.03178, 8
  %gep3952 = getelementptr inbounds i8, ptr %invariant.gep3951, i64 %.idx3428
  store <16 x float> %1949, ptr %gep3952, align 4
  %gep3954 = getelementptr inbounds i8, ptr %invariant.gep3953, i64 %.idx3427
  %1950 = load <16 x float>, ptr %gep3954, align 4
  %gep3956 = getelementptr inbounds i8, ptr %invariant.gep3955, i64 %.idx3428
  store <16 x float> %1950, ptr %gep3956, align 4
  %gep3958 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3427
  %1951 = load <16 x float>, ptr %gep3958, align 4
  %gep3960 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3428
  store <16 x float> %1951, ptr %gep3960, align 4
  %gep3962 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3427
  %1952 = load <16 x float>, ptr %gep3962, align 4
  %gep3964 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3428
  store <16 x float> %1952, ptr %gep3964, align 4
  %i33.next = or disjoint i64 %i33.addr.03178, 1
  %.idx3427.1 = shl nsw i64 %i33.next, 9
  %gep3950.1 = getelementptr inbounds i8, ptr %invariant.gep3949, i64 %.idx3427.1
  %1953 = load <16 x float>, ptr %gep3950.1, align 4
  %.idx3428.1 = shl nsw i64 %i33.next, 8
  %gep3952.1 = getelementptr inbounds i8, ptr %invariant.gep3951, i64 %.idx3428.1
  store <16 x float> %1953, ptr %gep3952.1, align 4
  %gep3954.1 = getelementptr inbounds i8, ptr %invariant.gep3953, i64 %.idx3427.1
  %1954 = load <16 x float>, ptr %gep3954.1, align 4
  %gep3956.1 = getelementptr inbounds i8, ptr %invariant.gep3955, i64 %.idx3428.1
  store <16 x float> %1954, ptr %gep3956.1, align 4
  %gep3958.1 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3427.1
  %1955 = load <16 x float>, ptr %gep3958.1, align 4
  %gep3960.1 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3428.1
  store <16 x float> %1955, ptr %gep3960.1, align 4
  %gep3962.1 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3427.1
  %1956 = load <16 x float>, ptr %gep3962.1, align 4
  %gep3964.1 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3428.1
  store <16 x float> %1956, ptr %gep3964.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.03178, 2
  %.idx3427.2 = shl nsw i64 %i33.next.1, 9
  %gep3950.2 = getelementptr inbounds i8, ptr %invariant.gep3949, i64 %.idx3427.2
  %1957 = load <16 x float>, ptr %gep3950.2, align 4
  %.idx3428.2 = shl nsw i64 %i33.next.1, 8
  %gep3952.2 = getelementptr inbounds i8, ptr %invariant.gep3951, i64 %.idx3428.2
  store <16 x float> %1957, ptr %gep3952.2, align 4
  %gep3954.2 = getelementptr inbounds i8, ptr %invariant.gep3953, i64 %.idx3427.2
  %1958 = load <16 x float>, ptr %gep3954.2, align 4
  %gep3956.2 = getelementptr inbounds i8, ptr %invariant.gep3955, i64 %.idx3428.2
  store <16 x float> %1958, ptr %gep3956.2, align 4
  %gep3958.2 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3427.2
  %1959 = load <16 x float>, ptr %gep3958.2, align 4
  %gep3960.2 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3428.2
  store <16 x float> %1959, ptr %gep3960.2, align 4
  %gep3962.2 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3427.2
  %1960 = load <16 x float>, ptr %gep3962.2, align 4
  %gep3964.2 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3428.2
  store <16 x float> %1960, ptr %gep3964.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.03178, 3
  %.idx3427.3 = shl nsw i64 %i33.next.2, 9
  %gep3950.3 = getelementptr inbounds i8, ptr %invariant.gep3949, i64 %.idx3427.3
  %1961 = load <16 x float>, ptr %gep3950.3, align 4
  %.idx3428.3 = shl nsw i64 %i33.next.2, 8
  %gep3952.3 = getelementptr inbounds i8, ptr %invariant.gep3951, i64 %.idx3428.3
  store <16 x float> %1961, ptr %gep3952.3, align 4
  %gep3954.3 = getelementptr inbounds i8, ptr %invariant.gep3953, i64 %.idx3427.3
  %1962 = load <16 x float>, ptr %gep3954.3, align 4
  %gep3956.3 = getelementptr inbounds i8, ptr %invariant.gep3955, i64 %.idx3428.3
  store <16 x float> %1962, ptr %gep3956.3, align 4
  %gep3958.3 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3427.3
  %1963 = load <16 x float>, ptr %gep3958.3, align 4
  %gep3960.3 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3428.3
  store <16 x float> %1963, ptr %gep3960.3, align 4
  %gep3962.3 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3427.3
  %1964 = load <16 x float>, ptr %gep3962.3, align 4
  %gep3964.3 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3428.3
  store <16 x float> %1964, ptr %gep3964.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.03178, 4
  %exitcond3653.not.3 = icmp eq i64 %i33.next.3, 128
  br i1 %exitcond3653.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.03196 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %1965 = shl nuw nsw i64 %i34.addr.03196, 6
  %1966 = getelementptr inbounds float, ptr %OY, i64 %1965
  %1967 = getelementptr inbounds i8, ptr %1966, i64 16384
  %1968 = load <16 x float>, ptr %1967, align 4
  %1969 = getelementptr inbounds i8, ptr %1966, i64 16448
  %1970 = load <16 x float>, ptr %1969, align 4
  %1971 = getelementptr inbounds i8, ptr %1966, i64 16512
  %1972 = load <16 x float>, ptr %1971, align 4
  %1973 = getelementptr inbounds i8, ptr %1966, i64 16576
  %1974 = load <16 x float>, ptr %1973, align 4
  %1975 = getelementptr inbounds i8, ptr %1966, i64 16640
  %1976 = load <16 x float>, ptr %1975, align 4
  %1977 = getelementptr inbounds i8, ptr %1966, i64 16704
  %1978 = load <16 x float>, ptr %1977, align 4
  %1979 = getelementptr inbounds i8, ptr %1966, i64 16768
  %1980 = load <16 x float>, ptr %1979, align 4
  %1981 = getelementptr inbounds i8, ptr %1966, i64 16832
  %1982 = load <16 x float>, ptr %1981, align 4
  %1983 = getelementptr inbounds i8, ptr %1966, i64 16896
  %1984 = load <16 x float>, ptr %1983, align 4
  %1985 = getelementptr inbounds i8, ptr %1966, i64 16960
  %1986 = load <16 x float>, ptr %1985, align 4
  %1987 = getelementptr inbounds i8, ptr %1966, i64 17024
  %1988 = load <16 x float>, ptr %1987, align 4
  %1989 = getelementptr inbounds i8, ptr %1966, i64 17088
  %1990 = load <16 x float>, ptr %1989, align 4
  %1991 = getelementptr inbounds i8, ptr %1966, i64 17152
  %1992 = load <16 x float>, ptr %1991, align 4
  %1993 = getelementptr inbounds i8, ptr %1966, i64 17216
  %1994 = load <16 x float>, ptr %1993, align 4
  %1995 = getelementptr inbounds i8, ptr %1966, i64 17280
  %1996 = load <16 x float>, ptr %1995, align 4
  %1997 = getelementptr inbounds i8, ptr %1966, i64 17344
  %1998 = load <16 x float>, ptr %1997, align 4
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc56.03195 = phi <16 x float> [ %1968, %i34.body ], [ %2016, %p7.body ]
  %acc57.03194 = phi <16 x float> [ %1970, %i34.body ], [ %2017, %p7.body ]
  %acc58.03193 = phi <16 x float> [ %1972, %i34.body ], [ %2018, %p7.body ]
  %acc59.03192 = phi <16 x float> [ %1974, %i34.body ], [ %2019, %p7.body ]
  %acc60.03191 = phi <16 x float> [ %1976, %i34.body ], [ %2025, %p7.body ]
  %acc61.03190 = phi <16 x float> [ %1978, %i34.body ], [ %2026, %p7.body ]
  %acc62.03189 = phi <16 x float> [ %1980, %i34.body ], [ %2027, %p7.body ]
  %acc63.03188 = phi <16 x float> [ %1982, %i34.body ], [ %2028, %p7.body ]
  %acc64.03187 = phi <16 x float> [ %1984, %i34.body ], [ %2034, %p7.body ]
  %acc65.03186 = phi <16 x float> [ %1986, %i34.body ], [ %2035, %p7.body ]
  %acc66.03185 = phi <16 x float> [ %1988, %i34.body ], [ %2036, %p7.body ]
  %acc67.03184 = phi <16 x float> [ %1990, %i34.body ], [ %2037, %p7.body ]
  %acc68.03183 = phi <16 x float> [ %1992, %i34.body ], [ %2043, %p7.body ]
  %acc69.03182 = phi <16 x float> [ %1994, %i34.body ], [ %2044, %p7.body ]
  %acc70.03181 = phi <16 x float> [ %1996, %i34.body ], [ %2045, %p7.body ]
  %acc71.03180 = phi <16 x float> [ %1998, %i34.body ], [ %2046, %p7.body ]
  %p7.addr.03179 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %1999 = shl nuw nsw i64 %p7.addr.03179, 6
  %2000 = getelementptr inbounds float, ptr %OY, i64 %1999
  %2001 = load <16 x float>, ptr %2000, align 4
  %2002 = or disjoint i64 %1999, 16
  %2003 = getelementptr inbounds float, ptr %OY, i64 %2002
  %2004 = load <16 x float>, ptr %2003, align 4
  %2005 = or disjoint i64 %1999, 32
  %2006 = getelementptr inbounds float, ptr %OY, i64 %2005
  %2007 = load <16 x float>, ptr %2006, align 4
  %2008 = or disjoint i64 %1999, 48
  %2009 = getelementptr inbounds float, ptr %OY, i64 %2008
  %2010 = load <16 x float>, ptr %2009, align 4
  %2011 = or disjoint i64 %p7.addr.03179, %1965
  %2012 = getelementptr inbounds float, ptr %PT, i64 %2011
  %2013 = load float, ptr %2012, align 4
  %2014 = insertelement <16 x float> poison, float %2013, i64 0
  %2015 = shufflevector <16 x float> %2014, <16 x float> poison, <16 x i32> zeroinitializer
  %2016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %2001, <16 x float> %acc56.03195)
  %2017 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %2004, <16 x float> %acc57.03194)
  %2018 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %2007, <16 x float> %acc58.03193)
  %2019 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %2010, <16 x float> %acc59.03192)
  %2020 = or disjoint i64 %2011, 64
  %2021 = getelementptr inbounds float, ptr %PT, i64 %2020
  %2022 = load float, ptr %2021, align 4
  %2023 = insertelement <16 x float> poison, float %2022, i64 0
  %2024 = shufflevector <16 x float> %2023, <16 x float> poison, <16 x i32> zeroinitializer
  %2025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2024, <16 x float> %2001, <16 x float> %acc60.03191)
  %2026 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2024, <16 x float> %2004, <16 x float> %acc61.03190)
  %2027 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2024, <16 x float> %2007, <16 x float> %acc62.03189)
  %2028 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2024, <16 x float> %2010, <16 x float> %acc63.03188)
  %2029 = or disjoint i64 %2011, 128
  %2030 = getelementptr inbounds float, ptr %PT, i64 %2029
  %2031 = load float, ptr %2030, align 4
  %2032 = insertelement <16 x float> poison, float %2031, i64 0
  %2033 = shufflevector <16 x float> %2032, <16 x float> poison, <16 x i32> zeroinitializer
  %2034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %2001, <16 x float> %acc64.03187)
  %2035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %2004, <16 x float> %acc65.03186)
  %2036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %2007, <16 x float> %acc66.03185)
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2033, <16 x float> %2010, <16 x float> %acc67.03184)
  %2038 = or disjoint i64 %2011, 192
  %2039 = getelementptr inbounds float, ptr %PT, i64 %2038
  %2040 = load float, ptr %2039, align 4
  %2041 = insertelement <16 x float> poison, float %2040, i64 0
  %2042 = shufflevector <16 x float> %2041, <16 x float> poison, <16 x i32> zeroinitializer
  %2043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %2001, <16 x float> %acc68.03183)
  %2044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %2004, <16 x float> %acc69.03182)
  %2045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %2007, <16 x float> %acc70.03181)
  %2046 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2042, <16 x float> %2010, <16 x float> %acc71.03180)
  %p7.next = add nuw nsw i64 %p7.addr.03179, 1
  %exitcond3654.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond3654.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2016, ptr %1967, align 4
  store <16 x float> %2017, ptr %1969, align 4
  store <16 x float> %2018, ptr %1971, align 4
  store <16 x float> %2019, ptr %1973, align 4
  store <16 x float> %2025, ptr %1975, align 4
  store <16 x float> %2026, ptr %1977, align 4
  store <16 x float> %2027, ptr %1979, align 4
  store <16 x float> %2028, ptr %1981, align 4
  store <16 x float> %2034, ptr %1983, align 4
  store <16 x float> %2035, ptr %1985, align 4
  store <16 x float> %2036, ptr %1987, align 4
  store <16 x float> %2037, ptr %1989, align 4
  store <16 x float> %2043, ptr %1991, align 4
  store <16 x float> %2044, ptr %1993, align 4
  store <16 x float> %2045, ptr %1995, align 4
  store <16 x float> %2046, ptr %1997, align 4
  %i34.next = add nuw nsw i64 %i34.addr.03196, 4
  %2047 = icmp ult i64 %i34.addr.03196, 124
  br i1 %2047, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.03214 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2048 = shl nuw nsw i64 %i35.addr.03214, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc72.03213 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2066, %p8.body ]
  %acc73.03212 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2067, %p8.body ]
  %acc74.03211 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2068, %p8.body ]
  %acc75.03210 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2069, %p8.body ]
  %acc76.03209 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2075, %p8.body ]
  %acc77.03208 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2076, %p8.body ]
  %acc78.03207 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2077, %p8.body ]
  %acc79.03206 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2078, %p8.body ]
  %acc80.03205 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2084, %p8.body ]
  %acc81.03204 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2085, %p8.body ]
  %acc82.03203 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2086, %p8.body ]
  %acc83.03202 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2087, %p8.body ]
  %acc84.03201 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2093, %p8.body ]
  %p8.addr.03200 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.03199 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2096, %p8.body ]
  %acc86.03198 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2095, %p8.body ]
  %acc85.03197 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2094, %p8.body ]
  %2049 = shl nuw nsw i64 %p8.addr.03200, 6
  %2050 = getelementptr inbounds float, ptr %dOT, i64 %2049
  %2051 = load <16 x float>, ptr %2050, align 4
  %2052 = or disjoint i64 %2049, 16
  %2053 = getelementptr inbounds float, ptr %dOT, i64 %2052
  %2054 = load <16 x float>, ptr %2053, align 4
  %2055 = or disjoint i64 %2049, 32
  %2056 = getelementptr inbounds float, ptr %dOT, i64 %2055
  %2057 = load <16 x float>, ptr %2056, align 4
  %2058 = or disjoint i64 %2049, 48
  %2059 = getelementptr inbounds float, ptr %dOT, i64 %2058
  %2060 = load <16 x float>, ptr %2059, align 4
  %2061 = add nuw nsw i64 %p8.addr.03200, %2048
  %2062 = getelementptr inbounds float, ptr %Vn, i64 %2061
  %2063 = load float, ptr %2062, align 4
  %2064 = insertelement <16 x float> poison, float %2063, i64 0
  %2065 = shufflevector <16 x float> %2064, <16 x float> poison, <16 x i32> zeroinitializer
  %2066 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2065, <16 x float> %2051, <16 x float> %acc72.03213)
  %2067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2065, <16 x float> %2054, <16 x float> %acc73.03212)
  %2068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2065, <16 x float> %2057, <16 x float> %acc74.03211)
  %2069 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2065, <16 x float> %2060, <16 x float> %acc75.03210)
  %2070 = or disjoint i64 %2061, 64
  %2071 = getelementptr inbounds float, ptr %Vn, i64 %2070
  %2072 = load float, ptr %2071, align 4
  %2073 = insertelement <16 x float> poison, float %2072, i64 0
  %2074 = shufflevector <16 x float> %2073, <16 x float> poison, <16 x i32> zeroinitializer
  %2075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2051, <16 x float> %acc76.03209)
  %2076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2054, <16 x float> %acc77.03208)
  %2077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2057, <16 x float> %acc78.03207)
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2060, <16 x float> %acc79.03206)
  %2079 = or disjoint i64 %2061, 128
  %2080 = getelementptr inbounds float, ptr %Vn, i64 %2079
  %2081 = load float, ptr %2080, align 4
  %2082 = insertelement <16 x float> poison, float %2081, i64 0
  %2083 = shufflevector <16 x float> %2082, <16 x float> poison, <16 x i32> zeroinitializer
  %2084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2051, <16 x float> %acc80.03205)
  %2085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2054, <16 x float> %acc81.03204)
  %2086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2057, <16 x float> %acc82.03203)
  %2087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2060, <16 x float> %acc83.03202)
  %2088 = or disjoint i64 %2061, 192
  %2089 = getelementptr inbounds float, ptr %Vn, i64 %2088
  %2090 = load float, ptr %2089, align 4
  %2091 = insertelement <16 x float> poison, float %2090, i64 0
  %2092 = shufflevector <16 x float> %2091, <16 x float> poison, <16 x i32> zeroinitializer
  %2093 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2092, <16 x float> %2051, <16 x float> %acc84.03201)
  %2094 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2092, <16 x float> %2054, <16 x float> %acc85.03197)
  %2095 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2092, <16 x float> %2057, <16 x float> %acc86.03198)
  %2096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2092, <16 x float> %2060, <16 x float> %acc87.03199)
  %p8.next = add nuw nsw i64 %p8.addr.03200, 1
  %exitcond3655.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3655.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2097 = mul nuw nsw i64 %i35.addr.03214, 320
  %2098 = or disjoint i64 %2097, 128
  %2099 = getelementptr inbounds float, ptr %Ak, i64 %2098
  store <16 x float> %2066, ptr %2099, align 4
  %2100 = or disjoint i64 %2097, 144
  %2101 = getelementptr inbounds float, ptr %Ak, i64 %2100
  store <16 x float> %2067, ptr %2101, align 4
  %2102 = or disjoint i64 %2097, 160
  %2103 = getelementptr inbounds float, ptr %Ak, i64 %2102
  store <16 x float> %2068, ptr %2103, align 4
  %2104 = or disjoint i64 %2097, 176
  %2105 = getelementptr inbounds float, ptr %Ak, i64 %2104
  store <16 x float> %2069, ptr %2105, align 4
  %2106 = getelementptr inbounds float, ptr %Ak, i64 %2097
  %2107 = getelementptr inbounds i8, ptr %2106, i64 1792
  store <16 x float> %2075, ptr %2107, align 4
  %2108 = getelementptr inbounds i8, ptr %2106, i64 1856
  store <16 x float> %2076, ptr %2108, align 4
  %2109 = getelementptr inbounds i8, ptr %2106, i64 1920
  store <16 x float> %2077, ptr %2109, align 4
  %2110 = getelementptr inbounds i8, ptr %2106, i64 1984
  store <16 x float> %2078, ptr %2110, align 4
  %2111 = getelementptr inbounds i8, ptr %2106, i64 3072
  store <16 x float> %2084, ptr %2111, align 4
  %2112 = getelementptr inbounds i8, ptr %2106, i64 3136
  store <16 x float> %2085, ptr %2112, align 4
  %2113 = getelementptr inbounds i8, ptr %2106, i64 3200
  store <16 x float> %2086, ptr %2113, align 4
  %2114 = getelementptr inbounds i8, ptr %2106, i64 3264
  store <16 x float> %2087, ptr %2114, align 4
  %2115 = getelementptr inbounds i8, ptr %2106, i64 4352
  store <16 x float> %2093, ptr %2115, align 4
  %2116 = getelementptr inbounds i8, ptr %2106, i64 4416
  store <16 x float> %2094, ptr %2116, align 4
  %2117 = getelementptr inbounds i8, ptr %2106, i64 4480
  store <16 x float> %2095, ptr %2117, align 4
  %2118 = getelementptr inbounds i8, ptr %2106, i64 4544
  store <16 x float> %2096, ptr %2118, align 4
  %i35.next = add nuw nsw i64 %i35.addr.03214, 4
  %2119 = icmp ult i64 %i35.addr.03214, 124
  br i1 %2119, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t4.addr.03217 = phi i64 [ %t4.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3429 = mul nuw nsw i64 %t4.addr.03217, 2560
  %2120 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3429
  %2121 = getelementptr inbounds i8, ptr %2120, i64 512
  %2122 = load <16 x float>, ptr %2121, align 4
  %.idx3430 = shl nsw i64 %t4.addr.03217, 8
  %2123 = getelementptr inbounds i8, ptr %M, i64 %.idx3430
  %2124 = load <16 x float>, ptr %2123, align 4
  %2125 = fmul <16 x float> %2122, %2124
  store <16 x float> %2125, ptr %2121, align 4
  %2126 = getelementptr inbounds i8, ptr %44, i64 %.idx3429
  %2127 = getelementptr inbounds i8, ptr %2126, i64 512
  %2128 = load <16 x float>, ptr %2127, align 4
  %2129 = getelementptr inbounds i8, ptr %39, i64 %.idx3430
  %2130 = load <16 x float>, ptr %2129, align 4
  %2131 = fmul <16 x float> %2128, %2130
  store <16 x float> %2131, ptr %2127, align 4
  %2132 = getelementptr inbounds i8, ptr %45, i64 %.idx3429
  %2133 = getelementptr inbounds i8, ptr %2132, i64 512
  %2134 = load <16 x float>, ptr %2133, align 4
  %2135 = getelementptr inbounds i8, ptr %41, i64 %.idx3430
  %2136 = load <16 x float>, ptr %2135, align 4
  %2137 = fmul <16 x float> %2134, %2136
  store <16 x float> %2137, ptr %2133, align 4
  %2138 = getelementptr inbounds i8, ptr %46, i64 %.idx3429
  %2139 = getelementptr inbounds i8, ptr %2138, i64 512
  %2140 = load <16 x float>, ptr %2139, align 4
  %2141 = getelementptr inbounds i8, ptr %43, i64 %.idx3430
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = fmul <16 x float> %2140, %2142
  store <16 x float> %2143, ptr %2139, align 4
  %2144 = getelementptr inbounds i8, ptr %2120, i64 1792
  %2145 = load <16 x float>, ptr %2144, align 4
  %2146 = load <16 x float>, ptr %2123, align 4
  %2147 = fmul <16 x float> %2145, %2146
  store <16 x float> %2147, ptr %2144, align 4
  %2148 = getelementptr inbounds i8, ptr %2126, i64 1792
  %2149 = load <16 x float>, ptr %2148, align 4
  %2150 = load <16 x float>, ptr %2129, align 4
  %2151 = fmul <16 x float> %2149, %2150
  store <16 x float> %2151, ptr %2148, align 4
  %2152 = getelementptr inbounds i8, ptr %2132, i64 1792
  %2153 = load <16 x float>, ptr %2152, align 4
  %2154 = load <16 x float>, ptr %2135, align 4
  %2155 = fmul <16 x float> %2153, %2154
  store <16 x float> %2155, ptr %2152, align 4
  %2156 = getelementptr inbounds i8, ptr %2138, i64 1792
  %2157 = load <16 x float>, ptr %2156, align 4
  %2158 = load <16 x float>, ptr %2141, align 4
  %2159 = fmul <16 x float> %2157, %2158
  store <16 x float> %2159, ptr %2156, align 4
  %t4.next = or disjoint i64 %t4.addr.03217, 1
  %.idx3429.1 = mul nuw nsw i64 %t4.next, 2560
  %2160 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3429.1
  %2161 = getelementptr inbounds i8, ptr %2160, i64 512
  %2162 = load <16 x float>, ptr %2161, align 4
  %.idx3430.1 = shl nsw i64 %t4.next, 8
  %2163 = getelementptr inbounds i8, ptr %M, i64 %.idx3430.1
  %2164 = load <16 x float>, ptr %2163, align 4
  %2165 = fmul <16 x float> %2162, %2164
  store <16 x float> %2165, ptr %2161, align 4
  %2166 = getelementptr inbounds i8, ptr %44, i64 %.idx3429.1
  %2167 = getelementptr inbounds i8, ptr %2166, i64 512
  %2168 = load <16 x float>, ptr %2167, align 4
  %2169 = getelementptr inbounds i8, ptr %39, i64 %.idx3430.1
  %2170 = load <16 x float>, ptr %2169, align 4
  %2171 = fmul <16 x float> %2168, %2170
  store <16 x float> %2171, ptr %2167, align 4
  %2172 = getelementptr inbounds i8, ptr %45, i64 %.idx3429.1
  %2173 = getelementptr inbounds i8, ptr %2172, i64 512
  %2174 = load <16 x float>, ptr %2173, align 4
  %2175 = getelementptr inbounds i8, ptr %41, i64 %.idx3430.1
  %2176 = load <16 x float>, ptr %2175, align 4
  %2177 = fmul <16 x float> %2174, %2176
  store <16 x float> %2177, ptr %2173, align 4
  %2178 = getelementptr inbounds i8, ptr %46, i64 %.idx3429.1
  %2179 = getelementptr inbounds i8, ptr %2178, i64 512
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = getelementptr inbounds i8, ptr %43, i64 %.idx3430.1
  %2182 = load <16 x float>, ptr %2181, align 4
  %2183 = fmul <16 x float> %2180, %2182
  store <16 x float> %2183, ptr %2179, align 4
  %2184 = getelementptr inbounds i8, ptr %2160, i64 1792
  %2185 = load <16 x float>, ptr %2184, align 4
  %2186 = load <16 x float>, ptr %2163, align 4
  %2187 = fmul <16 x float> %2185, %2186
  store <16 x float> %2187, ptr %2184, align 4
  %2188 = getelementptr inbounds i8, ptr %2166, i64 1792
  %2189 = load <16 x float>, ptr %2188, align 4
  %2190 = load <16 x float>, ptr %2169, align 4
  %2191 = fmul <16 x float> %2189, %2190
  store <16 x float> %2191, ptr %2188, align 4
  %2192 = getelementptr inbounds i8, ptr %2172, i64 1792
  %2193 = load <16 x float>, ptr %2192, align 4
  %2194 = load <16 x float>, ptr %2175, align 4
  %2195 = fmul <16 x float> %2193, %2194
  store <16 x float> %2195, ptr %2192, align 4
  %2196 = getelementptr inbounds i8, ptr %2178, i64 1792
  %2197 = load <16 x float>, ptr %2196, align 4
  %2198 = load <16 x float>, ptr %2181, align 4
  %2199 = fmul <16 x float> %2197, %2198
  store <16 x float> %2199, ptr %2196, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.03217, 2
  %exitcond3656.not.1 = icmp eq i64 %t4.next.1, 64
  br i1 %exitcond3656.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.03235 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2200 = shl nuw nsw i64 %i38.addr.03235, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.03234 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.03233 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2249, %p9.body ]
  %acc102.03232 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2248, %p9.body ]
  %acc101.03231 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2247, %p9.body ]
  %acc100.03230 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2246, %p9.body ]
  %acc99.03229 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2240, %p9.body ]
  %acc98.03228 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2239, %p9.body ]
  %acc97.03227 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2238, %p9.body ]
  %acc96.03226 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2237, %p9.body ]
  %acc95.03225 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2231, %p9.body ]
  %acc94.03224 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2230, %p9.body ]
  %acc93.03223 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2229, %p9.body ]
  %acc92.03222 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2228, %p9.body ]
  %acc91.03221 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2222, %p9.body ]
  %acc90.03220 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2221, %p9.body ]
  %acc89.03219 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2220, %p9.body ]
  %acc88.03218 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2219, %p9.body ]
  %2201 = shl nuw nsw i64 %p9.addr.03234, 6
  %2202 = or disjoint i64 %2201, 4096
  %2203 = getelementptr inbounds float, ptr %Bk, i64 %2202
  %2204 = load <16 x float>, ptr %2203, align 4
  %2205 = or disjoint i64 %2201, 4112
  %2206 = getelementptr inbounds float, ptr %Bk, i64 %2205
  %2207 = load <16 x float>, ptr %2206, align 4
  %2208 = or disjoint i64 %2201, 4128
  %2209 = getelementptr inbounds float, ptr %Bk, i64 %2208
  %2210 = load <16 x float>, ptr %2209, align 4
  %2211 = or disjoint i64 %2201, 4144
  %2212 = getelementptr inbounds float, ptr %Bk, i64 %2211
  %2213 = load <16 x float>, ptr %2212, align 4
  %2214 = add nuw nsw i64 %p9.addr.03234, %2200
  %2215 = getelementptr inbounds float, ptr %OY, i64 %2214
  %2216 = load float, ptr %2215, align 4
  %2217 = insertelement <16 x float> poison, float %2216, i64 0
  %2218 = shufflevector <16 x float> %2217, <16 x float> poison, <16 x i32> zeroinitializer
  %2219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2218, <16 x float> %2204, <16 x float> %acc88.03218)
  %2220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2218, <16 x float> %2207, <16 x float> %acc89.03219)
  %2221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2218, <16 x float> %2210, <16 x float> %acc90.03220)
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2218, <16 x float> %2213, <16 x float> %acc91.03221)
  %2223 = or disjoint i64 %2214, 64
  %2224 = getelementptr inbounds float, ptr %OY, i64 %2223
  %2225 = load float, ptr %2224, align 4
  %2226 = insertelement <16 x float> poison, float %2225, i64 0
  %2227 = shufflevector <16 x float> %2226, <16 x float> poison, <16 x i32> zeroinitializer
  %2228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2204, <16 x float> %acc92.03222)
  %2229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2207, <16 x float> %acc93.03223)
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2210, <16 x float> %acc94.03224)
  %2231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2213, <16 x float> %acc95.03225)
  %2232 = or disjoint i64 %2214, 128
  %2233 = getelementptr inbounds float, ptr %OY, i64 %2232
  %2234 = load float, ptr %2233, align 4
  %2235 = insertelement <16 x float> poison, float %2234, i64 0
  %2236 = shufflevector <16 x float> %2235, <16 x float> poison, <16 x i32> zeroinitializer
  %2237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2204, <16 x float> %acc96.03226)
  %2238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2207, <16 x float> %acc97.03227)
  %2239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2210, <16 x float> %acc98.03228)
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2213, <16 x float> %acc99.03229)
  %2241 = or disjoint i64 %2214, 192
  %2242 = getelementptr inbounds float, ptr %OY, i64 %2241
  %2243 = load float, ptr %2242, align 4
  %2244 = insertelement <16 x float> poison, float %2243, i64 0
  %2245 = shufflevector <16 x float> %2244, <16 x float> poison, <16 x i32> zeroinitializer
  %2246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2245, <16 x float> %2204, <16 x float> %acc100.03230)
  %2247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2245, <16 x float> %2207, <16 x float> %acc101.03231)
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2245, <16 x float> %2210, <16 x float> %acc102.03232)
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2245, <16 x float> %2213, <16 x float> %acc103.03233)
  %p9.next = add nuw nsw i64 %p9.addr.03234, 1
  %exitcond3657.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3657.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2250 = getelementptr inbounds float, ptr %dQc, i64 %2200
  store <16 x float> %2219, ptr %2250, align 4
  %2251 = or disjoint i64 %2200, 16
  %2252 = getelementptr inbounds float, ptr %dQc, i64 %2251
  store <16 x float> %2220, ptr %2252, align 4
  %2253 = or disjoint i64 %2200, 32
  %2254 = getelementptr inbounds float, ptr %dQc, i64 %2253
  store <16 x float> %2221, ptr %2254, align 4
  %2255 = or disjoint i64 %2200, 48
  %2256 = getelementptr inbounds float, ptr %dQc, i64 %2255
  store <16 x float> %2222, ptr %2256, align 4
  %2257 = or disjoint i64 %2200, 64
  %2258 = getelementptr inbounds float, ptr %dQc, i64 %2257
  store <16 x float> %2228, ptr %2258, align 4
  %2259 = or disjoint i64 %2200, 80
  %2260 = getelementptr inbounds float, ptr %dQc, i64 %2259
  store <16 x float> %2229, ptr %2260, align 4
  %2261 = or disjoint i64 %2200, 96
  %2262 = getelementptr inbounds float, ptr %dQc, i64 %2261
  store <16 x float> %2230, ptr %2262, align 4
  %2263 = or disjoint i64 %2200, 112
  %2264 = getelementptr inbounds float, ptr %dQc, i64 %2263
  store <16 x float> %2231, ptr %2264, align 4
  %2265 = or disjoint i64 %2200, 128
  %2266 = getelementptr inbounds float, ptr %dQc, i64 %2265
  store <16 x float> %2237, ptr %2266, align 4
  %2267 = or disjoint i64 %2200, 144
  %2268 = getelementptr inbounds float, ptr %dQc, i64 %2267
  store <16 x float> %2238, ptr %2268, align 4
  %2269 = or disjoint i64 %2200, 160
  %2270 = getelementptr inbounds float, ptr %dQc, i64 %2269
  store <16 x float> %2239, ptr %2270, align 4
  %2271 = or disjoint i64 %2200, 176
  %2272 = getelementptr inbounds float, ptr %dQc, i64 %2271
  store <16 x float> %2240, ptr %2272, align 4
  %2273 = or disjoint i64 %2200, 192
  %2274 = getelementptr inbounds float, ptr %dQc, i64 %2273
  store <16 x float> %2246, ptr %2274, align 4
  %2275 = or disjoint i64 %2200, 208
  %2276 = getelementptr inbounds float, ptr %dQc, i64 %2275
  store <16 x float> %2247, ptr %2276, align 4
  %2277 = or disjoint i64 %2200, 224
  %2278 = getelementptr inbounds float, ptr %dQc, i64 %2277
  store <16 x float> %2248, ptr %2278, align 4
  %2279 = or disjoint i64 %2200, 240
  %2280 = getelementptr inbounds float, ptr %dQc, i64 %2279
  store <16 x float> %2249, ptr %2280, align 4
  %i38.next = add nuw nsw i64 %i38.addr.03235, 4
  %2281 = icmp ult i64 %i38.addr.03235, 60
  br i1 %2281, label %p9.head.preheader, label %i39.body.preheader

i39.body.preheader:                               ; preds = %p9.exit
  %L = tail call i64 @llvm.smin.i64(i64 %272, i64 64)
  br label %i39.body

i39.body:                                         ; preds = %i39.body.preheader, %endif1527
  %i39.addr.03253 = phi i64 [ %i39.next, %endif1527 ], [ 0, %i39.body.preheader ]
  %2282 = shl nuw nsw i64 %i39.addr.03253, 6
  %2283 = getelementptr inbounds float, ptr %dQc, i64 %2282
  %2284 = load <16 x float>, ptr %2283, align 4
  %2285 = or disjoint i64 %2282, 16
  %2286 = getelementptr inbounds float, ptr %dQc, i64 %2285
  %2287 = load <16 x float>, ptr %2286, align 4
  %2288 = or disjoint i64 %2282, 32
  %2289 = getelementptr inbounds float, ptr %dQc, i64 %2288
  %2290 = load <16 x float>, ptr %2289, align 4
  %2291 = or disjoint i64 %2282, 48
  %2292 = getelementptr inbounds float, ptr %dQc, i64 %2291
  %2293 = load <16 x float>, ptr %2292, align 4
  %2294 = or disjoint i64 %i39.addr.03253, 1
  %2295 = shl nuw nsw i64 %2294, 6
  %2296 = getelementptr inbounds float, ptr %dQc, i64 %2295
  %2297 = load <16 x float>, ptr %2296, align 4
  %2298 = or disjoint i64 %2295, 16
  %2299 = getelementptr inbounds float, ptr %dQc, i64 %2298
  %2300 = load <16 x float>, ptr %2299, align 4
  %2301 = or disjoint i64 %2295, 32
  %2302 = getelementptr inbounds float, ptr %dQc, i64 %2301
  %2303 = load <16 x float>, ptr %2302, align 4
  %2304 = or disjoint i64 %2295, 48
  %2305 = getelementptr inbounds float, ptr %dQc, i64 %2304
  %2306 = load <16 x float>, ptr %2305, align 4
  %2307 = or disjoint i64 %i39.addr.03253, 2
  %2308 = shl nuw nsw i64 %2307, 6
  %2309 = getelementptr inbounds float, ptr %dQc, i64 %2308
  %2310 = load <16 x float>, ptr %2309, align 4
  %2311 = or disjoint i64 %2308, 16
  %2312 = getelementptr inbounds float, ptr %dQc, i64 %2311
  %2313 = load <16 x float>, ptr %2312, align 4
  %2314 = or disjoint i64 %2308, 32
  %2315 = getelementptr inbounds float, ptr %dQc, i64 %2314
  %2316 = load <16 x float>, ptr %2315, align 4
  %2317 = or disjoint i64 %2308, 48
  %2318 = getelementptr inbounds float, ptr %dQc, i64 %2317
  %2319 = load <16 x float>, ptr %2318, align 4
  %2320 = or disjoint i64 %i39.addr.03253, 3
  %2321 = shl nuw nsw i64 %2320, 6
  %2322 = getelementptr inbounds float, ptr %dQc, i64 %2321
  %2323 = load <16 x float>, ptr %2322, align 4
  %2324 = or disjoint i64 %2321, 16
  %2325 = getelementptr inbounds float, ptr %dQc, i64 %2324
  %2326 = load <16 x float>, ptr %2325, align 4
  %2327 = or disjoint i64 %2321, 32
  %2328 = getelementptr inbounds float, ptr %dQc, i64 %2327
  %2329 = load <16 x float>, ptr %2328, align 4
  %2330 = or disjoint i64 %2321, 48
  %2331 = getelementptr inbounds float, ptr %dQc, i64 %2330
  %2332 = load <16 x float>, ptr %2331, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.03252 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.03251 = phi <16 x float> [ %2332, %i39.body ], [ %2379, %p10.body ]
  %acc118.03250 = phi <16 x float> [ %2329, %i39.body ], [ %2378, %p10.body ]
  %acc117.03249 = phi <16 x float> [ %2326, %i39.body ], [ %2377, %p10.body ]
  %acc116.03248 = phi <16 x float> [ %2323, %i39.body ], [ %2376, %p10.body ]
  %acc115.03247 = phi <16 x float> [ %2319, %i39.body ], [ %2370, %p10.body ]
  %acc114.03246 = phi <16 x float> [ %2316, %i39.body ], [ %2369, %p10.body ]
  %acc113.03245 = phi <16 x float> [ %2313, %i39.body ], [ %2368, %p10.body ]
  %acc112.03244 = phi <16 x float> [ %2310, %i39.body ], [ %2367, %p10.body ]
  %acc111.03243 = phi <16 x float> [ %2306, %i39.body ], [ %2361, %p10.body ]
  %acc110.03242 = phi <16 x float> [ %2303, %i39.body ], [ %2360, %p10.body ]
  %acc109.03241 = phi <16 x float> [ %2300, %i39.body ], [ %2359, %p10.body ]
  %acc108.03240 = phi <16 x float> [ %2297, %i39.body ], [ %2358, %p10.body ]
  %acc107.03239 = phi <16 x float> [ %2293, %i39.body ], [ %2352, %p10.body ]
  %acc106.03238 = phi <16 x float> [ %2290, %i39.body ], [ %2351, %p10.body ]
  %acc105.03237 = phi <16 x float> [ %2287, %i39.body ], [ %2350, %p10.body ]
  %acc104.03236 = phi <16 x float> [ %2284, %i39.body ], [ %2349, %p10.body ]
  %.idx3030 = shl nuw nsw i64 %p10.addr.03252, 8
  %2333 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3030
  %2334 = getelementptr inbounds i8, ptr %2333, i64 49152
  %2335 = load <16 x float>, ptr %2334, align 4
  %2336 = getelementptr inbounds i8, ptr %2333, i64 49216
  %2337 = load <16 x float>, ptr %2336, align 4
  %2338 = getelementptr inbounds i8, ptr %2333, i64 49280
  %2339 = load <16 x float>, ptr %2338, align 4
  %2340 = getelementptr inbounds i8, ptr %2333, i64 49344
  %2341 = load <16 x float>, ptr %2340, align 4
  %2342 = mul nuw nsw i64 %p10.addr.03252, 320
  %2343 = add nuw nsw i64 %2342, 128
  %2344 = or disjoint i64 %2343, %i39.addr.03253
  %2345 = getelementptr inbounds float, ptr %Ak, i64 %2344
  %2346 = load float, ptr %2345, align 4
  %2347 = insertelement <16 x float> poison, float %2346, i64 0
  %2348 = shufflevector <16 x float> %2347, <16 x float> poison, <16 x i32> zeroinitializer
  %2349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2348, <16 x float> %2335, <16 x float> %acc104.03236)
  %2350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2348, <16 x float> %2337, <16 x float> %acc105.03237)
  %2351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2348, <16 x float> %2339, <16 x float> %acc106.03238)
  %2352 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2348, <16 x float> %2341, <16 x float> %acc107.03239)
  %2353 = or disjoint i64 %2343, %2294
  %2354 = getelementptr inbounds float, ptr %Ak, i64 %2353
  %2355 = load float, ptr %2354, align 4
  %2356 = insertelement <16 x float> poison, float %2355, i64 0
  %2357 = shufflevector <16 x float> %2356, <16 x float> poison, <16 x i32> zeroinitializer
  %2358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2357, <16 x float> %2335, <16 x float> %acc108.03240)
  %2359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2357, <16 x float> %2337, <16 x float> %acc109.03241)
  %2360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2357, <16 x float> %2339, <16 x float> %acc110.03242)
  %2361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2357, <16 x float> %2341, <16 x float> %acc111.03243)
  %2362 = or disjoint i64 %2343, %2307
  %2363 = getelementptr inbounds float, ptr %Ak, i64 %2362
  %2364 = load float, ptr %2363, align 4
  %2365 = insertelement <16 x float> poison, float %2364, i64 0
  %2366 = shufflevector <16 x float> %2365, <16 x float> poison, <16 x i32> zeroinitializer
  %2367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2366, <16 x float> %2335, <16 x float> %acc112.03244)
  %2368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2366, <16 x float> %2337, <16 x float> %acc113.03245)
  %2369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2366, <16 x float> %2339, <16 x float> %acc114.03246)
  %2370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2366, <16 x float> %2341, <16 x float> %acc115.03247)
  %2371 = or disjoint i64 %2343, %2320
  %2372 = getelementptr inbounds float, ptr %Ak, i64 %2371
  %2373 = load float, ptr %2372, align 4
  %2374 = insertelement <16 x float> poison, float %2373, i64 0
  %2375 = shufflevector <16 x float> %2374, <16 x float> poison, <16 x i32> zeroinitializer
  %2376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2375, <16 x float> %2335, <16 x float> %acc116.03248)
  %2377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2375, <16 x float> %2337, <16 x float> %acc117.03249)
  %2378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2375, <16 x float> %2339, <16 x float> %acc118.03250)
  %2379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2375, <16 x float> %2341, <16 x float> %acc119.03251)
  %p10.next = add nuw nsw i64 %p10.addr.03252, 1
  %exitcond3658.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3658.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %2380 = icmp slt i64 %i39.addr.03253, %L
  br i1 %2380, label %then1465, label %endif1479

then1465:                                         ; preds = %p10.exit
  %2381 = fmul <16 x float> %2349, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2382 = or disjoint i64 %i39.addr.03253, %t0
  %.idx3018 = shl nsw i64 %2382, 8
  %2383 = getelementptr inbounds i8, ptr %gep3391, i64 %.idx3018
  store <16 x float> %2381, ptr %2383, align 4
  %2384 = fmul <16 x float> %2350, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2385 = shl nsw i64 %2382, 6
  %2386 = or disjoint i64 %2385, 16
  %2387 = getelementptr inbounds float, ptr %gep3391, i64 %2386
  store <16 x float> %2384, ptr %2387, align 4
  %2388 = fmul <16 x float> %2351, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2389 = or disjoint i64 %2385, 32
  %2390 = getelementptr inbounds float, ptr %gep3391, i64 %2389
  store <16 x float> %2388, ptr %2390, align 4
  %2391 = fmul <16 x float> %2352, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2392 = or disjoint i64 %2385, 48
  %2393 = getelementptr inbounds float, ptr %gep3391, i64 %2392
  store <16 x float> %2391, ptr %2393, align 4
  br label %endif1479

endif1479:                                        ; preds = %p10.exit, %then1465
  %2394 = icmp slt i64 %2294, %L
  br i1 %2394, label %then1481, label %endif1495

then1481:                                         ; preds = %endif1479
  %2395 = fmul <16 x float> %2358, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2396 = or disjoint i64 %2294, %t0
  %.idx3019 = shl nsw i64 %2396, 8
  %2397 = getelementptr inbounds i8, ptr %gep3391, i64 %.idx3019
  store <16 x float> %2395, ptr %2397, align 4
  %2398 = fmul <16 x float> %2359, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2399 = shl nsw i64 %2396, 6
  %2400 = or disjoint i64 %2399, 16
  %2401 = getelementptr inbounds float, ptr %gep3391, i64 %2400
  store <16 x float> %2398, ptr %2401, align 4
  %2402 = fmul <16 x float> %2360, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2403 = or disjoint i64 %2399, 32
  %2404 = getelementptr inbounds float, ptr %gep3391, i64 %2403
  store <16 x float> %2402, ptr %2404, align 4
  %2405 = fmul <16 x float> %2361, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2406 = or disjoint i64 %2399, 48
  %2407 = getelementptr inbounds float, ptr %gep3391, i64 %2406
  store <16 x float> %2405, ptr %2407, align 4
  br label %endif1495

endif1495:                                        ; preds = %endif1479, %then1481
  %2408 = icmp slt i64 %2307, %L
  br i1 %2408, label %then1497, label %endif1511

then1497:                                         ; preds = %endif1495
  %2409 = fmul <16 x float> %2367, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2410 = or disjoint i64 %2307, %t0
  %.idx3020 = shl nsw i64 %2410, 8
  %2411 = getelementptr inbounds i8, ptr %gep3391, i64 %.idx3020
  store <16 x float> %2409, ptr %2411, align 4
  %2412 = fmul <16 x float> %2368, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2413 = shl nsw i64 %2410, 6
  %2414 = or disjoint i64 %2413, 16
  %2415 = getelementptr inbounds float, ptr %gep3391, i64 %2414
  store <16 x float> %2412, ptr %2415, align 4
  %2416 = fmul <16 x float> %2369, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2417 = or disjoint i64 %2413, 32
  %2418 = getelementptr inbounds float, ptr %gep3391, i64 %2417
  store <16 x float> %2416, ptr %2418, align 4
  %2419 = fmul <16 x float> %2370, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2420 = or disjoint i64 %2413, 48
  %2421 = getelementptr inbounds float, ptr %gep3391, i64 %2420
  store <16 x float> %2419, ptr %2421, align 4
  br label %endif1511

endif1511:                                        ; preds = %endif1495, %then1497
  %2422 = icmp slt i64 %2320, %L
  br i1 %2422, label %then1513, label %endif1527

then1513:                                         ; preds = %endif1511
  %2423 = fmul <16 x float> %2376, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2424 = or disjoint i64 %2320, %t0
  %.idx3021 = shl nsw i64 %2424, 8
  %2425 = getelementptr inbounds i8, ptr %gep3391, i64 %.idx3021
  store <16 x float> %2423, ptr %2425, align 4
  %2426 = fmul <16 x float> %2377, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2427 = shl nsw i64 %2424, 6
  %2428 = or disjoint i64 %2427, 16
  %2429 = getelementptr inbounds float, ptr %gep3391, i64 %2428
  store <16 x float> %2426, ptr %2429, align 4
  %2430 = fmul <16 x float> %2378, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2431 = or disjoint i64 %2427, 32
  %2432 = getelementptr inbounds float, ptr %gep3391, i64 %2431
  store <16 x float> %2430, ptr %2432, align 4
  %2433 = fmul <16 x float> %2379, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %2434 = or disjoint i64 %2427, 48
  %2435 = getelementptr inbounds float, ptr %gep3391, i64 %2434
  store <16 x float> %2433, ptr %2435, align 4
  br label %endif1527

endif1527:                                        ; preds = %endif1511, %then1513
  %i39.next = add nuw nsw i64 %i39.addr.03253, 4
  %2436 = icmp ult i64 %i39.addr.03253, 60
  br i1 %2436, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1527
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %2437 = icmp sgt i64 %272, 0
  br i1 %2437, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter = and i64 %smax4376, 1
  %2438 = icmp slt i64 %indvars.iv3664, 2
  br i1 %2438, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter = and i64 %smax4376, 126
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.03288 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2439 = shl nuw nsw i64 %ib1.addr.03288, 2
  %i01 = sub nuw nsw i64 124, %2439
  %2440 = shl nuw nsw i64 %i01, 6
  %2441 = getelementptr inbounds float, ptr %OY, i64 %2440
  %2442 = getelementptr inbounds i8, ptr %2441, i64 16384
  %2443 = load <16 x float>, ptr %2442, align 4
  %2444 = getelementptr inbounds i8, ptr %2441, i64 16448
  %2445 = load <16 x float>, ptr %2444, align 4
  %2446 = getelementptr inbounds i8, ptr %2441, i64 16512
  %2447 = load <16 x float>, ptr %2446, align 4
  %2448 = getelementptr inbounds i8, ptr %2441, i64 16576
  %2449 = load <16 x float>, ptr %2448, align 4
  %2450 = sub nuw nsw i64 125, %2439
  %2451 = shl nuw nsw i64 %2450, 6
  %2452 = getelementptr inbounds float, ptr %OY, i64 %2451
  %2453 = getelementptr inbounds i8, ptr %2452, i64 16384
  %2454 = load <16 x float>, ptr %2453, align 4
  %2455 = getelementptr inbounds i8, ptr %2452, i64 16448
  %2456 = load <16 x float>, ptr %2455, align 4
  %2457 = getelementptr inbounds i8, ptr %2452, i64 16512
  %2458 = load <16 x float>, ptr %2457, align 4
  %2459 = getelementptr inbounds i8, ptr %2452, i64 16576
  %2460 = load <16 x float>, ptr %2459, align 4
  %2461 = sub nuw nsw i64 126, %2439
  %2462 = shl nuw nsw i64 %2461, 6
  %2463 = getelementptr inbounds float, ptr %OY, i64 %2462
  %2464 = getelementptr inbounds i8, ptr %2463, i64 16384
  %2465 = load <16 x float>, ptr %2464, align 4
  %2466 = getelementptr inbounds i8, ptr %2463, i64 16448
  %2467 = load <16 x float>, ptr %2466, align 4
  %2468 = getelementptr inbounds i8, ptr %2463, i64 16512
  %2469 = load <16 x float>, ptr %2468, align 4
  %2470 = getelementptr inbounds i8, ptr %2463, i64 16576
  %2471 = load <16 x float>, ptr %2470, align 4
  %2472 = sub nuw nsw i64 127, %2439
  %2473 = shl nuw nsw i64 %2472, 6
  %2474 = getelementptr inbounds float, ptr %OY, i64 %2473
  %2475 = getelementptr inbounds i8, ptr %2474, i64 16384
  %2476 = load <16 x float>, ptr %2475, align 4
  %2477 = getelementptr inbounds i8, ptr %2474, i64 16448
  %2478 = load <16 x float>, ptr %2477, align 4
  %2479 = getelementptr inbounds i8, ptr %2474, i64 16512
  %2480 = load <16 x float>, ptr %2479, align 4
  %2481 = getelementptr inbounds i8, ptr %2474, i64 16576
  %2482 = load <16 x float>, ptr %2481, align 4
  %.not3433 = icmp eq i64 %ib1.addr.03288, 0
  br i1 %.not3433, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2483 = sub nuw nsw i64 128, %2439
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.03271 = phi i64 [ %j30.next, %j30.body ], [ %2483, %j30.body.preheader ]
  %acc135.03270 = phi <16 x float> [ %2533, %j30.body ], [ %2482, %j30.body.preheader ]
  %acc134.03269 = phi <16 x float> [ %2532, %j30.body ], [ %2480, %j30.body.preheader ]
  %acc133.03268 = phi <16 x float> [ %2531, %j30.body ], [ %2478, %j30.body.preheader ]
  %acc132.03267 = phi <16 x float> [ %2530, %j30.body ], [ %2476, %j30.body.preheader ]
  %acc131.03266 = phi <16 x float> [ %2523, %j30.body ], [ %2471, %j30.body.preheader ]
  %acc130.03265 = phi <16 x float> [ %2522, %j30.body ], [ %2469, %j30.body.preheader ]
  %acc129.03264 = phi <16 x float> [ %2521, %j30.body ], [ %2467, %j30.body.preheader ]
  %acc128.03263 = phi <16 x float> [ %2520, %j30.body ], [ %2465, %j30.body.preheader ]
  %acc127.03262 = phi <16 x float> [ %2513, %j30.body ], [ %2460, %j30.body.preheader ]
  %acc126.03261 = phi <16 x float> [ %2512, %j30.body ], [ %2458, %j30.body.preheader ]
  %acc125.03260 = phi <16 x float> [ %2511, %j30.body ], [ %2456, %j30.body.preheader ]
  %acc124.03259 = phi <16 x float> [ %2510, %j30.body ], [ %2454, %j30.body.preheader ]
  %acc123.03258 = phi <16 x float> [ %2503, %j30.body ], [ %2449, %j30.body.preheader ]
  %acc122.03257 = phi <16 x float> [ %2502, %j30.body ], [ %2447, %j30.body.preheader ]
  %acc121.03256 = phi <16 x float> [ %2501, %j30.body ], [ %2445, %j30.body.preheader ]
  %acc120.03255 = phi <16 x float> [ %2500, %j30.body ], [ %2443, %j30.body.preheader ]
  %.idx3029 = shl nuw nsw i64 %j30.addr.03271, 8
  %2484 = getelementptr inbounds i8, ptr %OY, i64 %.idx3029
  %2485 = getelementptr inbounds i8, ptr %2484, i64 16384
  %2486 = load <16 x float>, ptr %2485, align 4
  %2487 = getelementptr inbounds i8, ptr %2484, i64 16448
  %2488 = load <16 x float>, ptr %2487, align 4
  %2489 = getelementptr inbounds i8, ptr %2484, i64 16512
  %2490 = load <16 x float>, ptr %2489, align 4
  %2491 = getelementptr inbounds i8, ptr %2484, i64 16576
  %2492 = load <16 x float>, ptr %2491, align 4
  %2493 = shl nuw nsw i64 %j30.addr.03271, 7
  %2494 = or disjoint i64 %2493, %i01
  %2495 = getelementptr inbounds float, ptr %Gm, i64 %2494
  %2496 = load float, ptr %2495, align 4
  %2497 = fneg float %2496
  %2498 = insertelement <16 x float> poison, float %2497, i64 0
  %2499 = shufflevector <16 x float> %2498, <16 x float> poison, <16 x i32> zeroinitializer
  %2500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2486, <16 x float> %acc120.03255)
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2488, <16 x float> %acc121.03256)
  %2502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2490, <16 x float> %acc122.03257)
  %2503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2492, <16 x float> %acc123.03258)
  %2504 = or disjoint i64 %2493, %2450
  %2505 = getelementptr inbounds float, ptr %Gm, i64 %2504
  %2506 = load float, ptr %2505, align 4
  %2507 = fneg float %2506
  %2508 = insertelement <16 x float> poison, float %2507, i64 0
  %2509 = shufflevector <16 x float> %2508, <16 x float> poison, <16 x i32> zeroinitializer
  %2510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2509, <16 x float> %2486, <16 x float> %acc124.03259)
  %2511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2509, <16 x float> %2488, <16 x float> %acc125.03260)
  %2512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2509, <16 x float> %2490, <16 x float> %acc126.03261)
  %2513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2509, <16 x float> %2492, <16 x float> %acc127.03262)
  %2514 = or disjoint i64 %2493, %2461
  %2515 = getelementptr inbounds float, ptr %Gm, i64 %2514
  %2516 = load float, ptr %2515, align 4
  %2517 = fneg float %2516
  %2518 = insertelement <16 x float> poison, float %2517, i64 0
  %2519 = shufflevector <16 x float> %2518, <16 x float> poison, <16 x i32> zeroinitializer
  %2520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2486, <16 x float> %acc128.03263)
  %2521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2488, <16 x float> %acc129.03264)
  %2522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2490, <16 x float> %acc130.03265)
  %2523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2519, <16 x float> %2492, <16 x float> %acc131.03266)
  %2524 = or disjoint i64 %2493, %2472
  %2525 = getelementptr inbounds float, ptr %Gm, i64 %2524
  %2526 = load float, ptr %2525, align 4
  %2527 = fneg float %2526
  %2528 = insertelement <16 x float> poison, float %2527, i64 0
  %2529 = shufflevector <16 x float> %2528, <16 x float> poison, <16 x i32> zeroinitializer
  %2530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2529, <16 x float> %2486, <16 x float> %acc132.03267)
  %2531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2529, <16 x float> %2488, <16 x float> %acc133.03268)
  %2532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2529, <16 x float> %2490, <16 x float> %acc134.03269)
  %2533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2529, <16 x float> %2492, <16 x float> %acc135.03270)
  %j30.next = add nuw nsw i64 %j30.addr.03271, 1
  %2534 = icmp ult i64 %j30.addr.03271, 127
  br i1 %2534, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %2443, %ib1.body ], [ %2500, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %2445, %ib1.body ], [ %2501, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %2447, %ib1.body ], [ %2502, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %2449, %ib1.body ], [ %2503, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %2454, %ib1.body ], [ %2510, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %2456, %ib1.body ], [ %2511, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %2458, %ib1.body ], [ %2512, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %2460, %ib1.body ], [ %2513, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %2465, %ib1.body ], [ %2520, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %2467, %ib1.body ], [ %2521, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %2469, %ib1.body ], [ %2522, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %2471, %ib1.body ], [ %2523, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %2476, %ib1.body ], [ %2530, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %2478, %ib1.body ], [ %2531, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %2480, %ib1.body ], [ %2532, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %2482, %ib1.body ], [ %2533, %j30.body ]
  %2535 = getelementptr inbounds float, ptr %Rr, i64 %2473
  %2536 = load <16 x float>, ptr %2535, align 4
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %2536, <16 x float> zeroinitializer)
  %2538 = or disjoint i64 %2473, 16
  %2539 = getelementptr inbounds float, ptr %Rr, i64 %2538
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %2540, <16 x float> %2537)
  %2542 = or disjoint i64 %2473, 32
  %2543 = getelementptr inbounds float, ptr %Rr, i64 %2542
  %2544 = load <16 x float>, ptr %2543, align 4
  %2545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %2544, <16 x float> %2541)
  %2546 = or disjoint i64 %2473, 48
  %2547 = getelementptr inbounds float, ptr %Rr, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %2548, <16 x float> %2545)
  %2550 = shufflevector <16 x float> %2549, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2551 = shufflevector <16 x float> %2549, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2552 = fadd <8 x float> %2550, %2551
  %2553 = shufflevector <8 x float> %2552, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2554 = shufflevector <8 x float> %2552, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2555 = fadd <4 x float> %2553, %2554
  %2556 = shufflevector <4 x float> %2555, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2557 = shufflevector <4 x float> %2555, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2558 = fadd <2 x float> %2556, %2557
  %2559 = shufflevector <2 x float> %2558, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2560 = shufflevector <2 x float> %2558, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2561 = getelementptr inbounds float, ptr %bet, i64 %2472
  %2562 = load float, ptr %2561, align 4
  %2563 = insertelement <16 x float> poison, float %2562, i64 0
  %2564 = shufflevector <16 x float> %2563, <16 x float> poison, <16 x i32> zeroinitializer
  %2565 = fmul <16 x float> %acc132.0.lcssa, %2564
  store <16 x float> %2565, ptr %2475, align 4
  %2566 = fneg <16 x float> %2565
  %.idx3027 = mul nuw nsw i64 %2472, 1280
  %2567 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3027
  %2568 = getelementptr inbounds i8, ptr %2567, i64 256
  store <16 x float> %2566, ptr %2568, align 4
  %2569 = fmul <16 x float> %acc133.0.lcssa, %2564
  store <16 x float> %2569, ptr %2477, align 4
  %2570 = fneg <16 x float> %2569
  %2571 = getelementptr inbounds i8, ptr %2567, i64 320
  store <16 x float> %2570, ptr %2571, align 4
  %2572 = fmul <16 x float> %acc134.0.lcssa, %2564
  store <16 x float> %2572, ptr %2479, align 4
  %2573 = fneg <16 x float> %2572
  %2574 = getelementptr inbounds i8, ptr %2567, i64 384
  store <16 x float> %2573, ptr %2574, align 4
  %2575 = fmul <16 x float> %acc135.0.lcssa, %2564
  store <16 x float> %2575, ptr %2481, align 4
  %2576 = fneg <16 x float> %2575
  %2577 = getelementptr inbounds i8, ptr %2567, i64 448
  store <16 x float> %2576, ptr %2577, align 4
  %2578 = shl nuw nsw i64 %2472, 7
  %2579 = or disjoint i64 %2578, %2461
  %2580 = getelementptr inbounds float, ptr %Gm, i64 %2579
  %2581 = load float, ptr %2580, align 4
  %2582 = fneg float %2581
  %2583 = insertelement <16 x float> poison, float %2582, i64 0
  %2584 = shufflevector <16 x float> %2583, <16 x float> poison, <16 x i32> zeroinitializer
  %2585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2584, <16 x float> %2565, <16 x float> %acc128.0.lcssa)
  %2586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2584, <16 x float> %2569, <16 x float> %acc129.0.lcssa)
  %2587 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2584, <16 x float> %2572, <16 x float> %acc130.0.lcssa)
  %2588 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2584, <16 x float> %2575, <16 x float> %acc131.0.lcssa)
  %2589 = getelementptr inbounds float, ptr %Rr, i64 %2462
  %2590 = load <16 x float>, ptr %2589, align 4
  %2591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2585, <16 x float> %2590, <16 x float> zeroinitializer)
  %2592 = or disjoint i64 %2462, 16
  %2593 = getelementptr inbounds float, ptr %Rr, i64 %2592
  %2594 = load <16 x float>, ptr %2593, align 4
  %2595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2586, <16 x float> %2594, <16 x float> %2591)
  %2596 = or disjoint i64 %2462, 32
  %2597 = getelementptr inbounds float, ptr %Rr, i64 %2596
  %2598 = load <16 x float>, ptr %2597, align 4
  %2599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2587, <16 x float> %2598, <16 x float> %2595)
  %2600 = or disjoint i64 %2462, 48
  %2601 = getelementptr inbounds float, ptr %Rr, i64 %2600
  %2602 = load <16 x float>, ptr %2601, align 4
  %2603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2588, <16 x float> %2602, <16 x float> %2599)
  %2604 = shufflevector <16 x float> %2603, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2605 = shufflevector <16 x float> %2603, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2606 = fadd <8 x float> %2604, %2605
  %2607 = shufflevector <8 x float> %2606, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2608 = shufflevector <8 x float> %2606, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2609 = fadd <4 x float> %2607, %2608
  %2610 = shufflevector <4 x float> %2609, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2611 = shufflevector <4 x float> %2609, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2612 = fadd <2 x float> %2610, %2611
  %2613 = shufflevector <2 x float> %2612, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2614 = shufflevector <2 x float> %2612, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2615 = getelementptr inbounds float, ptr %bet, i64 %2461
  %2616 = load float, ptr %2615, align 4
  %2617 = insertelement <16 x float> poison, float %2616, i64 0
  %2618 = shufflevector <16 x float> %2617, <16 x float> poison, <16 x i32> zeroinitializer
  %2619 = fmul <16 x float> %2585, %2618
  store <16 x float> %2619, ptr %2464, align 4
  %2620 = fneg <16 x float> %2619
  %2621 = mul nuw nsw i64 %2461, 320
  %2622 = or disjoint i64 %2621, 64
  %2623 = getelementptr inbounds float, ptr %Ak, i64 %2622
  store <16 x float> %2620, ptr %2623, align 4
  %2624 = fmul <16 x float> %2586, %2618
  store <16 x float> %2624, ptr %2466, align 4
  %2625 = fneg <16 x float> %2624
  %2626 = or disjoint i64 %2621, 80
  %2627 = getelementptr inbounds float, ptr %Ak, i64 %2626
  store <16 x float> %2625, ptr %2627, align 4
  %2628 = fmul <16 x float> %2587, %2618
  store <16 x float> %2628, ptr %2468, align 4
  %2629 = fneg <16 x float> %2628
  %2630 = or disjoint i64 %2621, 96
  %2631 = getelementptr inbounds float, ptr %Ak, i64 %2630
  store <16 x float> %2629, ptr %2631, align 4
  %2632 = fmul <16 x float> %2588, %2618
  store <16 x float> %2632, ptr %2470, align 4
  %2633 = fneg <16 x float> %2632
  %2634 = or disjoint i64 %2621, 112
  %2635 = getelementptr inbounds float, ptr %Ak, i64 %2634
  store <16 x float> %2633, ptr %2635, align 4
  %2636 = shl nuw nsw i64 %2461, 7
  %2637 = or disjoint i64 %2636, %2450
  %2638 = getelementptr inbounds float, ptr %Gm, i64 %2637
  %2639 = load float, ptr %2638, align 4
  %2640 = fneg float %2639
  %2641 = insertelement <16 x float> poison, float %2640, i64 0
  %2642 = shufflevector <16 x float> %2641, <16 x float> poison, <16 x i32> zeroinitializer
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2619, <16 x float> %acc124.0.lcssa)
  %2644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2624, <16 x float> %acc125.0.lcssa)
  %2645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2628, <16 x float> %acc126.0.lcssa)
  %2646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2632, <16 x float> %acc127.0.lcssa)
  %2647 = or disjoint i64 %2578, %2450
  %2648 = getelementptr inbounds float, ptr %Gm, i64 %2647
  %2649 = load float, ptr %2648, align 4
  %2650 = fneg float %2649
  %2651 = insertelement <16 x float> poison, float %2650, i64 0
  %2652 = shufflevector <16 x float> %2651, <16 x float> poison, <16 x i32> zeroinitializer
  %2653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2565, <16 x float> %2643)
  %2654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2569, <16 x float> %2644)
  %2655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2572, <16 x float> %2645)
  %2656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2575, <16 x float> %2646)
  %2657 = getelementptr inbounds float, ptr %Rr, i64 %2451
  %2658 = load <16 x float>, ptr %2657, align 4
  %2659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2653, <16 x float> %2658, <16 x float> zeroinitializer)
  %2660 = or disjoint i64 %2451, 16
  %2661 = getelementptr inbounds float, ptr %Rr, i64 %2660
  %2662 = load <16 x float>, ptr %2661, align 4
  %2663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2662, <16 x float> %2659)
  %2664 = or disjoint i64 %2451, 32
  %2665 = getelementptr inbounds float, ptr %Rr, i64 %2664
  %2666 = load <16 x float>, ptr %2665, align 4
  %2667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2655, <16 x float> %2666, <16 x float> %2663)
  %2668 = or disjoint i64 %2451, 48
  %2669 = getelementptr inbounds float, ptr %Rr, i64 %2668
  %2670 = load <16 x float>, ptr %2669, align 4
  %2671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2670, <16 x float> %2667)
  %2672 = shufflevector <16 x float> %2671, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2673 = shufflevector <16 x float> %2671, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2674 = fadd <8 x float> %2672, %2673
  %2675 = shufflevector <8 x float> %2674, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2676 = shufflevector <8 x float> %2674, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2677 = fadd <4 x float> %2675, %2676
  %2678 = shufflevector <4 x float> %2677, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2679 = shufflevector <4 x float> %2677, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2680 = fadd <2 x float> %2678, %2679
  %2681 = getelementptr inbounds float, ptr %bet, i64 %2450
  %2682 = load float, ptr %2681, align 4
  %2683 = insertelement <16 x float> poison, float %2682, i64 0
  %2684 = shufflevector <16 x float> %2683, <16 x float> poison, <16 x i32> zeroinitializer
  %2685 = fmul <16 x float> %2653, %2684
  store <16 x float> %2685, ptr %2453, align 4
  %2686 = fneg <16 x float> %2685
  %.idx3028 = mul nuw nsw i64 %2450, 1280
  %2687 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3028
  %2688 = getelementptr inbounds i8, ptr %2687, i64 256
  store <16 x float> %2686, ptr %2688, align 4
  %2689 = fmul <16 x float> %2654, %2684
  store <16 x float> %2689, ptr %2455, align 4
  %2690 = fneg <16 x float> %2689
  %2691 = getelementptr inbounds i8, ptr %2687, i64 320
  store <16 x float> %2690, ptr %2691, align 4
  %2692 = fmul <16 x float> %2655, %2684
  store <16 x float> %2692, ptr %2457, align 4
  %2693 = fneg <16 x float> %2692
  %2694 = getelementptr inbounds i8, ptr %2687, i64 384
  store <16 x float> %2693, ptr %2694, align 4
  %2695 = fmul <16 x float> %2656, %2684
  store <16 x float> %2695, ptr %2459, align 4
  %2696 = fneg <16 x float> %2695
  %2697 = getelementptr inbounds i8, ptr %2687, i64 448
  store <16 x float> %2696, ptr %2697, align 4
  %2698 = shl nuw nsw i64 %2450, 7
  %2699 = or disjoint i64 %2698, %i01
  %2700 = getelementptr inbounds float, ptr %Gm, i64 %2699
  %2701 = load float, ptr %2700, align 4
  %2702 = fneg float %2701
  %2703 = insertelement <16 x float> poison, float %2702, i64 0
  %2704 = shufflevector <16 x float> %2703, <16 x float> poison, <16 x i32> zeroinitializer
  %2705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2685, <16 x float> %acc120.0.lcssa)
  %2706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2689, <16 x float> %acc121.0.lcssa)
  %2707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2692, <16 x float> %acc122.0.lcssa)
  %2708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2695, <16 x float> %acc123.0.lcssa)
  %2709 = or disjoint i64 %2636, %i01
  %2710 = getelementptr inbounds float, ptr %Gm, i64 %2709
  %2711 = load float, ptr %2710, align 4
  %2712 = fneg float %2711
  %2713 = insertelement <16 x float> poison, float %2712, i64 0
  %2714 = shufflevector <16 x float> %2713, <16 x float> poison, <16 x i32> zeroinitializer
  %2715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2619, <16 x float> %2705)
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2624, <16 x float> %2706)
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2628, <16 x float> %2707)
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2632, <16 x float> %2708)
  %2719 = or disjoint i64 %2578, %i01
  %2720 = getelementptr inbounds float, ptr %Gm, i64 %2719
  %2721 = load float, ptr %2720, align 4
  %2722 = fneg float %2721
  %2723 = insertelement <16 x float> poison, float %2722, i64 0
  %2724 = shufflevector <16 x float> %2723, <16 x float> poison, <16 x i32> zeroinitializer
  %2725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2724, <16 x float> %2565, <16 x float> %2715)
  %2726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2724, <16 x float> %2569, <16 x float> %2716)
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2724, <16 x float> %2572, <16 x float> %2717)
  %2728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2724, <16 x float> %2575, <16 x float> %2718)
  %2729 = getelementptr inbounds float, ptr %Rr, i64 %2440
  %2730 = load <16 x float>, ptr %2729, align 4
  %2731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2730, <16 x float> zeroinitializer)
  %2732 = or disjoint i64 %2440, 16
  %2733 = getelementptr inbounds float, ptr %Rr, i64 %2732
  %2734 = load <16 x float>, ptr %2733, align 4
  %2735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2734, <16 x float> %2731)
  %2736 = or disjoint i64 %2440, 32
  %2737 = getelementptr inbounds float, ptr %Rr, i64 %2736
  %2738 = load <16 x float>, ptr %2737, align 4
  %2739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2727, <16 x float> %2738, <16 x float> %2735)
  %2740 = or disjoint i64 %2440, 48
  %2741 = getelementptr inbounds float, ptr %Rr, i64 %2740
  %2742 = load <16 x float>, ptr %2741, align 4
  %2743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2728, <16 x float> %2742, <16 x float> %2739)
  %2744 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2745 = shufflevector <16 x float> %2743, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2746 = shufflevector <16 x float> %2743, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2747 = fadd <8 x float> %2745, %2746
  %2748 = shufflevector <8 x float> %2747, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2749 = shufflevector <8 x float> %2747, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2750 = fadd <4 x float> %2748, %2749
  %2751 = shufflevector <4 x float> %2750, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2752 = shufflevector <4 x float> %2750, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2753 = fadd <2 x float> %2751, %2752
  %2754 = load <4 x float>, ptr %2744, align 4
  %2755 = shufflevector <2 x float> %2753, <2 x float> %2680, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2756 = shufflevector <4 x float> %2755, <4 x float> %2614, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2757 = shufflevector <4 x float> %2756, <4 x float> %2560, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2758 = shufflevector <2 x float> %2753, <2 x float> %2680, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2759 = shufflevector <4 x float> %2758, <4 x float> %2613, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2760 = shufflevector <4 x float> %2759, <4 x float> %2559, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2761 = fadd <4 x float> %2757, %2760
  %2762 = fadd <4 x float> %2754, %2761
  store <4 x float> %2762, ptr %2744, align 4
  %2763 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2764 = load float, ptr %2763, align 4
  %2765 = insertelement <16 x float> poison, float %2764, i64 0
  %2766 = shufflevector <16 x float> %2765, <16 x float> poison, <16 x i32> zeroinitializer
  %2767 = fmul <16 x float> %2725, %2766
  store <16 x float> %2767, ptr %2442, align 4
  %2768 = fneg <16 x float> %2767
  %2769 = mul nuw nsw i64 %i01, 320
  %2770 = or disjoint i64 %2769, 64
  %2771 = getelementptr inbounds float, ptr %Ak, i64 %2770
  store <16 x float> %2768, ptr %2771, align 4
  %2772 = fmul <16 x float> %2726, %2766
  store <16 x float> %2772, ptr %2444, align 4
  %2773 = fneg <16 x float> %2772
  %2774 = or disjoint i64 %2769, 80
  %2775 = getelementptr inbounds float, ptr %Ak, i64 %2774
  store <16 x float> %2773, ptr %2775, align 4
  %2776 = fmul <16 x float> %2727, %2766
  store <16 x float> %2776, ptr %2446, align 4
  %2777 = fneg <16 x float> %2776
  %2778 = or disjoint i64 %2769, 96
  %2779 = getelementptr inbounds float, ptr %Ak, i64 %2778
  store <16 x float> %2777, ptr %2779, align 4
  %2780 = fmul <16 x float> %2728, %2766
  store <16 x float> %2780, ptr %2448, align 4
  %2781 = fneg <16 x float> %2780
  %2782 = or disjoint i64 %2769, 112
  %2783 = getelementptr inbounds float, ptr %Ak, i64 %2782
  store <16 x float> %2781, ptr %2783, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.03288, 1
  %exitcond3659.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3659.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.03291 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter = phi i64 [ 0, %t5.body.preheader.new ], [ %niter.next.1, %t5.body ]
  %2784 = add nsw i64 %t5.addr.03291, %t0
  %.idx3434 = shl nsw i64 %t5.addr.03291, 9
  %gep3966 = getelementptr inbounds i8, ptr %invariant.gep3965, i64 %.idx3434
  %2785 = load <16 x float>, ptr %gep3966, align 4
  %.idx3435 = shl i64 %2784, 9
  %2786 = getelementptr i8, ptr %dav, i64 %.idx3435
  store <16 x float> %2785, ptr %2786, align 4
  %gep3968 = getelementptr inbounds i8, ptr %invariant.gep3967, i64 %.idx3434
  %2787 = load <16 x float>, ptr %gep3968, align 4
  %2788 = getelementptr i8, ptr %47, i64 %.idx3435
  store <16 x float> %2787, ptr %2788, align 4
  %gep3970 = getelementptr inbounds i8, ptr %invariant.gep3969, i64 %.idx3434
  %2789 = load <16 x float>, ptr %gep3970, align 4
  %2790 = getelementptr i8, ptr %48, i64 %.idx3435
  store <16 x float> %2789, ptr %2790, align 4
  %gep3972 = getelementptr inbounds i8, ptr %invariant.gep3971, i64 %.idx3434
  %2791 = load <16 x float>, ptr %gep3972, align 4
  %2792 = getelementptr i8, ptr %49, i64 %.idx3435
  store <16 x float> %2791, ptr %2792, align 4
  %i44 = shl nuw nsw i64 %t5.addr.03291, 1
  %tau2 = shl nsw i64 %2784, 1
  %2793 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %2794 = load float, ptr %2793, align 4
  %2795 = mul nsw i64 %tau2, %H
  %2796 = getelementptr inbounds float, ptr %betah1, i64 %2795
  store float %2794, ptr %2796, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx3436 = shl nsw i64 %i46, 8
  %gep3974 = getelementptr inbounds i8, ptr %invariant.gep3973, i64 %.idx3436
  %2797 = load <16 x float>, ptr %gep3974, align 4
  %.idx3437 = shl i64 %tau3, 8
  %2798 = getelementptr i8, ptr %dav, i64 %.idx3437
  store <16 x float> %2797, ptr %2798, align 4
  %gep3976 = getelementptr inbounds i8, ptr %invariant.gep3975, i64 %.idx3436
  %2799 = load <16 x float>, ptr %gep3976, align 4
  %2800 = getelementptr i8, ptr %47, i64 %.idx3437
  store <16 x float> %2799, ptr %2800, align 4
  %gep3978 = getelementptr inbounds i8, ptr %invariant.gep3977, i64 %.idx3436
  %2801 = load <16 x float>, ptr %gep3978, align 4
  %2802 = getelementptr i8, ptr %48, i64 %.idx3437
  store <16 x float> %2801, ptr %2802, align 4
  %gep3980 = getelementptr inbounds i8, ptr %invariant.gep3979, i64 %.idx3436
  %2803 = load <16 x float>, ptr %gep3980, align 4
  %2804 = getelementptr i8, ptr %49, i64 %.idx3437
  store <16 x float> %2803, ptr %2804, align 4
  %2805 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %2806 = load float, ptr %2805, align 4
  %2807 = mul nsw i64 %tau3, %H
  %2808 = getelementptr inbounds float, ptr %betah1, i64 %2807
  store float %2806, ptr %2808, align 4
  %t5.next = or disjoint i64 %t5.addr.03291, 1
  %2809 = add nsw i64 %t5.next, %t0
  %.idx3434.1 = shl nsw i64 %t5.next, 9
  %gep3966.1 = getelementptr inbounds i8, ptr %invariant.gep3965, i64 %.idx3434.1
  %2810 = load <16 x float>, ptr %gep3966.1, align 4
  %.idx3435.1 = shl i64 %2809, 9
  %2811 = getelementptr i8, ptr %dav, i64 %.idx3435.1
  store <16 x float> %2810, ptr %2811, align 4
  %gep3968.1 = getelementptr inbounds i8, ptr %invariant.gep3967, i64 %.idx3434.1
  %2812 = load <16 x float>, ptr %gep3968.1, align 4
  %2813 = getelementptr i8, ptr %47, i64 %.idx3435.1
  store <16 x float> %2812, ptr %2813, align 4
  %gep3970.1 = getelementptr inbounds i8, ptr %invariant.gep3969, i64 %.idx3434.1
  %2814 = load <16 x float>, ptr %gep3970.1, align 4
  %2815 = getelementptr i8, ptr %48, i64 %.idx3435.1
  store <16 x float> %2814, ptr %2815, align 4
  %gep3972.1 = getelementptr inbounds i8, ptr %invariant.gep3971, i64 %.idx3434.1
  %2816 = load <16 x float>, ptr %gep3972.1, align 4
  %2817 = getelementptr i8, ptr %49, i64 %.idx3435.1
  store <16 x float> %2816, ptr %2817, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %2809, 1
  %2818 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %2819 = load float, ptr %2818, align 4
  %2820 = mul nsw i64 %tau2.1, %H
  %2821 = getelementptr inbounds float, ptr %betah1, i64 %2820
  store float %2819, ptr %2821, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx3436.1 = shl nsw i64 %i46.1, 8
  %gep3974.1 = getelementptr inbounds i8, ptr %invariant.gep3973, i64 %.idx3436.1
  %2822 = load <16 x float>, ptr %gep3974.1, align 4
  %.idx3437.1 = shl i64 %tau3.1, 8
  %2823 = getelementptr i8, ptr %dav, i64 %.idx3437.1
  store <16 x float> %2822, ptr %2823, align 4
  %gep3976.1 = getelementptr inbounds i8, ptr %invariant.gep3975, i64 %.idx3436.1
  %2824 = load <16 x float>, ptr %gep3976.1, align 4
  %2825 = getelementptr i8, ptr %47, i64 %.idx3437.1
  store <16 x float> %2824, ptr %2825, align 4
  %gep3978.1 = getelementptr inbounds i8, ptr %invariant.gep3977, i64 %.idx3436.1
  %2826 = load <16 x float>, ptr %gep3978.1, align 4
  %2827 = getelementptr i8, ptr %48, i64 %.idx3437.1
  store <16 x float> %2826, ptr %2827, align 4
  %gep3980.1 = getelementptr inbounds i8, ptr %invariant.gep3979, i64 %.idx3436.1
  %2828 = load <16 x float>, ptr %gep3980.1, align 4
  %2829 = getelementptr i8, ptr %49, i64 %.idx3437.1
  store <16 x float> %2828, ptr %2829, align 4
  %2830 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %2831 = load float, ptr %2830, align 4
  %2832 = mul nsw i64 %tau3.1, %H
  %2833 = getelementptr inbounds float, ptr %betah1, i64 %2832
  store float %2831, ptr %2833, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.03291, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.03291.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %2834 = add nsw i64 %t5.addr.03291.unr, %t0
  %.idx3434.epil = shl nsw i64 %t5.addr.03291.unr, 9
  %gep3966.epil = getelementptr inbounds i8, ptr %invariant.gep3965, i64 %.idx3434.epil
  %2835 = load <16 x float>, ptr %gep3966.epil, align 4
  %.idx3435.epil = shl i64 %2834, 9
  %2836 = getelementptr i8, ptr %dav, i64 %.idx3435.epil
  store <16 x float> %2835, ptr %2836, align 4
  %gep3968.epil = getelementptr inbounds i8, ptr %invariant.gep3967, i64 %.idx3434.epil
  %2837 = load <16 x float>, ptr %gep3968.epil, align 4
  %2838 = getelementptr i8, ptr %47, i64 %.idx3435.epil
  store <16 x float> %2837, ptr %2838, align 4
  %gep3970.epil = getelementptr inbounds i8, ptr %invariant.gep3969, i64 %.idx3434.epil
  %2839 = load <16 x float>, ptr %gep3970.epil, align 4
  %2840 = getelementptr i8, ptr %48, i64 %.idx3435.epil
  store <16 x float> %2839, ptr %2840, align 4
  %gep3972.epil = getelementptr inbounds i8, ptr %invariant.gep3971, i64 %.idx3434.epil
  %2841 = load <16 x float>, ptr %gep3972.epil, align 4
  %2842 = getelementptr i8, ptr %49, i64 %.idx3435.epil
  store <16 x float> %2841, ptr %2842, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.03291.unr, 1
  %tau2.epil = shl nsw i64 %2834, 1
  %2843 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %2844 = load float, ptr %2843, align 4
  %2845 = mul nsw i64 %tau2.epil, %H
  %2846 = getelementptr inbounds float, ptr %betah1, i64 %2845
  store float %2844, ptr %2846, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx3436.epil = shl nsw i64 %i46.epil, 8
  %gep3974.epil = getelementptr inbounds i8, ptr %invariant.gep3973, i64 %.idx3436.epil
  %2847 = load <16 x float>, ptr %gep3974.epil, align 4
  %.idx3437.epil = shl i64 %tau3.epil, 8
  %2848 = getelementptr i8, ptr %dav, i64 %.idx3437.epil
  store <16 x float> %2847, ptr %2848, align 4
  %gep3976.epil = getelementptr inbounds i8, ptr %invariant.gep3975, i64 %.idx3436.epil
  %2849 = load <16 x float>, ptr %gep3976.epil, align 4
  %2850 = getelementptr i8, ptr %47, i64 %.idx3437.epil
  store <16 x float> %2849, ptr %2850, align 4
  %gep3978.epil = getelementptr inbounds i8, ptr %invariant.gep3977, i64 %.idx3436.epil
  %2851 = load <16 x float>, ptr %gep3978.epil, align 4
  %2852 = getelementptr i8, ptr %48, i64 %.idx3437.epil
  store <16 x float> %2851, ptr %2852, align 4
  %gep3980.epil = getelementptr inbounds i8, ptr %invariant.gep3979, i64 %.idx3436.epil
  %2853 = load <16 x float>, ptr %gep3980.epil, align 4
  %2854 = getelementptr i8, ptr %49, i64 %.idx3437.epil
  store <16 x float> %2853, ptr %2854, align 4
  %2855 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %2856 = load float, ptr %2855, align 4
  %2857 = mul nsw i64 %tau3.epil, %H
  %2858 = getelementptr inbounds float, ptr %betah1, i64 %2857
  store float %2856, ptr %2858, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.03309 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %2859 = shl nuw nsw i64 %i48.addr.03309, 7
  %2860 = or disjoint i64 %2859, 64
  %2861 = getelementptr inbounds float, ptr %work, i64 %2860
  %2862 = load <16 x float>, ptr %2861, align 4
  %2863 = or disjoint i64 %2859, 80
  %2864 = getelementptr inbounds float, ptr %work, i64 %2863
  %2865 = load <16 x float>, ptr %2864, align 4
  %2866 = or disjoint i64 %2859, 96
  %2867 = getelementptr inbounds float, ptr %work, i64 %2866
  %2868 = load <16 x float>, ptr %2867, align 4
  %2869 = or disjoint i64 %2859, 112
  %2870 = getelementptr inbounds float, ptr %work, i64 %2869
  %2871 = load <16 x float>, ptr %2870, align 4
  %2872 = or disjoint i64 %i48.addr.03309, 1
  %2873 = shl nuw nsw i64 %2872, 7
  %2874 = or disjoint i64 %2873, 64
  %2875 = getelementptr inbounds float, ptr %work, i64 %2874
  %2876 = load <16 x float>, ptr %2875, align 4
  %2877 = or disjoint i64 %2873, 80
  %2878 = getelementptr inbounds float, ptr %work, i64 %2877
  %2879 = load <16 x float>, ptr %2878, align 4
  %2880 = or disjoint i64 %2873, 96
  %2881 = getelementptr inbounds float, ptr %work, i64 %2880
  %2882 = load <16 x float>, ptr %2881, align 4
  %2883 = or disjoint i64 %2873, 112
  %2884 = getelementptr inbounds float, ptr %work, i64 %2883
  %2885 = load <16 x float>, ptr %2884, align 4
  %2886 = or disjoint i64 %i48.addr.03309, 2
  %2887 = shl nuw nsw i64 %2886, 7
  %2888 = or disjoint i64 %2887, 64
  %2889 = getelementptr inbounds float, ptr %work, i64 %2888
  %2890 = load <16 x float>, ptr %2889, align 4
  %2891 = or disjoint i64 %2887, 80
  %2892 = getelementptr inbounds float, ptr %work, i64 %2891
  %2893 = load <16 x float>, ptr %2892, align 4
  %2894 = or disjoint i64 %2887, 96
  %2895 = getelementptr inbounds float, ptr %work, i64 %2894
  %2896 = load <16 x float>, ptr %2895, align 4
  %2897 = or disjoint i64 %2887, 112
  %2898 = getelementptr inbounds float, ptr %work, i64 %2897
  %2899 = load <16 x float>, ptr %2898, align 4
  %2900 = or disjoint i64 %i48.addr.03309, 3
  %2901 = shl nuw nsw i64 %2900, 7
  %2902 = or disjoint i64 %2901, 64
  %2903 = getelementptr inbounds float, ptr %work, i64 %2902
  %2904 = load <16 x float>, ptr %2903, align 4
  %2905 = or disjoint i64 %2901, 80
  %2906 = getelementptr inbounds float, ptr %work, i64 %2905
  %2907 = load <16 x float>, ptr %2906, align 4
  %2908 = or disjoint i64 %2901, 96
  %2909 = getelementptr inbounds float, ptr %work, i64 %2908
  %2910 = load <16 x float>, ptr %2909, align 4
  %2911 = or disjoint i64 %2901, 112
  %2912 = getelementptr inbounds float, ptr %work, i64 %2911
  %2913 = load <16 x float>, ptr %2912, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.03308 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc151.03307 = phi <16 x float> [ %2913, %i48.body ], [ %2961, %p11.body ]
  %acc150.03306 = phi <16 x float> [ %2910, %i48.body ], [ %2960, %p11.body ]
  %acc149.03305 = phi <16 x float> [ %2907, %i48.body ], [ %2959, %p11.body ]
  %acc148.03304 = phi <16 x float> [ %2904, %i48.body ], [ %2958, %p11.body ]
  %acc147.03303 = phi <16 x float> [ %2899, %i48.body ], [ %2952, %p11.body ]
  %acc146.03302 = phi <16 x float> [ %2896, %i48.body ], [ %2951, %p11.body ]
  %acc145.03301 = phi <16 x float> [ %2893, %i48.body ], [ %2950, %p11.body ]
  %acc144.03300 = phi <16 x float> [ %2890, %i48.body ], [ %2949, %p11.body ]
  %acc143.03299 = phi <16 x float> [ %2885, %i48.body ], [ %2943, %p11.body ]
  %acc142.03298 = phi <16 x float> [ %2882, %i48.body ], [ %2942, %p11.body ]
  %acc141.03297 = phi <16 x float> [ %2879, %i48.body ], [ %2941, %p11.body ]
  %acc140.03296 = phi <16 x float> [ %2876, %i48.body ], [ %2940, %p11.body ]
  %acc139.03295 = phi <16 x float> [ %2871, %i48.body ], [ %2934, %p11.body ]
  %acc138.03294 = phi <16 x float> [ %2868, %i48.body ], [ %2933, %p11.body ]
  %acc137.03293 = phi <16 x float> [ %2865, %i48.body ], [ %2932, %p11.body ]
  %acc136.03292 = phi <16 x float> [ %2862, %i48.body ], [ %2931, %p11.body ]
  %2914 = shl nuw nsw i64 %p11.addr.03308, 6
  %2915 = getelementptr inbounds float, ptr %OY, i64 %2914
  %2916 = load <16 x float>, ptr %2915, align 4
  %2917 = or disjoint i64 %2914, 16
  %2918 = getelementptr inbounds float, ptr %OY, i64 %2917
  %2919 = load <16 x float>, ptr %2918, align 4
  %2920 = or disjoint i64 %2914, 32
  %2921 = getelementptr inbounds float, ptr %OY, i64 %2920
  %2922 = load <16 x float>, ptr %2921, align 4
  %2923 = or disjoint i64 %2914, 48
  %2924 = getelementptr inbounds float, ptr %OY, i64 %2923
  %2925 = load <16 x float>, ptr %2924, align 4
  %2926 = or disjoint i64 %2914, %i48.addr.03309
  %2927 = getelementptr inbounds float, ptr %QK, i64 %2926
  %2928 = load float, ptr %2927, align 4
  %2929 = insertelement <16 x float> poison, float %2928, i64 0
  %2930 = shufflevector <16 x float> %2929, <16 x float> poison, <16 x i32> zeroinitializer
  %2931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2930, <16 x float> %2916, <16 x float> %acc136.03292)
  %2932 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2930, <16 x float> %2919, <16 x float> %acc137.03293)
  %2933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2930, <16 x float> %2922, <16 x float> %acc138.03294)
  %2934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2930, <16 x float> %2925, <16 x float> %acc139.03295)
  %2935 = or disjoint i64 %2914, %2872
  %2936 = getelementptr inbounds float, ptr %QK, i64 %2935
  %2937 = load float, ptr %2936, align 4
  %2938 = insertelement <16 x float> poison, float %2937, i64 0
  %2939 = shufflevector <16 x float> %2938, <16 x float> poison, <16 x i32> zeroinitializer
  %2940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2939, <16 x float> %2916, <16 x float> %acc140.03296)
  %2941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2939, <16 x float> %2919, <16 x float> %acc141.03297)
  %2942 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2939, <16 x float> %2922, <16 x float> %acc142.03298)
  %2943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2939, <16 x float> %2925, <16 x float> %acc143.03299)
  %2944 = or disjoint i64 %2914, %2886
  %2945 = getelementptr inbounds float, ptr %QK, i64 %2944
  %2946 = load float, ptr %2945, align 4
  %2947 = insertelement <16 x float> poison, float %2946, i64 0
  %2948 = shufflevector <16 x float> %2947, <16 x float> poison, <16 x i32> zeroinitializer
  %2949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2916, <16 x float> %acc144.03300)
  %2950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2919, <16 x float> %acc145.03301)
  %2951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2922, <16 x float> %acc146.03302)
  %2952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2948, <16 x float> %2925, <16 x float> %acc147.03303)
  %2953 = or disjoint i64 %2914, %2900
  %2954 = getelementptr inbounds float, ptr %QK, i64 %2953
  %2955 = load float, ptr %2954, align 4
  %2956 = insertelement <16 x float> poison, float %2955, i64 0
  %2957 = shufflevector <16 x float> %2956, <16 x float> poison, <16 x i32> zeroinitializer
  %2958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2916, <16 x float> %acc148.03304)
  %2959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2919, <16 x float> %acc149.03305)
  %2960 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2922, <16 x float> %acc150.03306)
  %2961 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2925, <16 x float> %acc151.03307)
  %p11.next = add nuw nsw i64 %p11.addr.03308, 1
  %exitcond3667.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3667.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2931, ptr %2861, align 4
  store <16 x float> %2932, ptr %2864, align 4
  store <16 x float> %2933, ptr %2867, align 4
  store <16 x float> %2934, ptr %2870, align 4
  store <16 x float> %2940, ptr %2875, align 4
  store <16 x float> %2941, ptr %2878, align 4
  store <16 x float> %2942, ptr %2881, align 4
  store <16 x float> %2943, ptr %2884, align 4
  store <16 x float> %2949, ptr %2889, align 4
  store <16 x float> %2950, ptr %2892, align 4
  store <16 x float> %2951, ptr %2895, align 4
  store <16 x float> %2952, ptr %2898, align 4
  store <16 x float> %2958, ptr %2903, align 4
  store <16 x float> %2959, ptr %2906, align 4
  store <16 x float> %2960, ptr %2909, align 4
  store <16 x float> %2961, ptr %2912, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03309, 4
  %2962 = icmp ult i64 %i48.addr.03309, 60
  br i1 %2962, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit
  %2963 = icmp ult i64 %i49.addr.03322, 120
  br i1 %2963, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.03322 = phi i64 [ %2964, %i49.head.loopexit ], [ 0, %p11.exit ]
  %2964 = add nuw nsw i64 %i49.addr.03322, 8
  %2965 = mul nuw nsw i64 %i49.addr.03322, 320
  %2966 = or disjoint i64 %2965, 192
  %2967 = getelementptr inbounds float, ptr %Ak, i64 %2966
  %.idx3010 = mul nuw nsw i64 %i49.addr.03322, 1280
  %2968 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3010
  %2969 = getelementptr inbounds i8, ptr %2968, i64 2048
  %2970 = getelementptr inbounds i8, ptr %2968, i64 3328
  %2971 = getelementptr inbounds i8, ptr %2968, i64 4608
  %2972 = getelementptr inbounds i8, ptr %2968, i64 5888
  %2973 = getelementptr inbounds i8, ptr %2968, i64 7168
  %2974 = getelementptr inbounds i8, ptr %2968, i64 8448
  %2975 = getelementptr inbounds i8, ptr %2968, i64 9728
  %.idx3686 = shl nsw i64 %i49.addr.03322, 8
  %invariant.gep3981 = getelementptr inbounds i8, ptr %OY, i64 %.idx3686
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i49.body, %p12.exit
  %j34.addr.03321 = phi i64 [ 0, %i49.body ], [ %j34.next, %p12.exit ]
  %invariant.gep3310 = getelementptr inbounds float, ptr %VnT, i64 %j34.addr.03321
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.03320 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.03319 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3016, %p12.body ]
  %acc158.03318 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3011, %p12.body ]
  %acc157.03317 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3006, %p12.body ]
  %acc156.03316 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3001, %p12.body ]
  %acc155.03315 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2996, %p12.body ]
  %acc154.03314 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2991, %p12.body ]
  %acc153.03313 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2986, %p12.body ]
  %acc152.03312 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2981, %p12.body ]
  %.idx3017 = shl nuw nsw i64 %p12.addr.03320, 9
  %gep3311 = getelementptr inbounds i8, ptr %invariant.gep3310, i64 %.idx3017
  %2976 = load <16 x float>, ptr %gep3311, align 4
  %gep3982 = getelementptr inbounds float, ptr %invariant.gep3981, i64 %p12.addr.03320
  %2977 = getelementptr inbounds i8, ptr %gep3982, i64 16384
  %2978 = load float, ptr %2977, align 4
  %2979 = insertelement <16 x float> poison, float %2978, i64 0
  %2980 = shufflevector <16 x float> %2979, <16 x float> poison, <16 x i32> zeroinitializer
  %2981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2980, <16 x float> %2976, <16 x float> %acc152.03312)
  %2982 = getelementptr inbounds i8, ptr %gep3982, i64 16640
  %2983 = load float, ptr %2982, align 4
  %2984 = insertelement <16 x float> poison, float %2983, i64 0
  %2985 = shufflevector <16 x float> %2984, <16 x float> poison, <16 x i32> zeroinitializer
  %2986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2985, <16 x float> %2976, <16 x float> %acc153.03313)
  %2987 = getelementptr inbounds i8, ptr %gep3982, i64 16896
  %2988 = load float, ptr %2987, align 4
  %2989 = insertelement <16 x float> poison, float %2988, i64 0
  %2990 = shufflevector <16 x float> %2989, <16 x float> poison, <16 x i32> zeroinitializer
  %2991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2990, <16 x float> %2976, <16 x float> %acc154.03314)
  %2992 = getelementptr inbounds i8, ptr %gep3982, i64 17152
  %2993 = load float, ptr %2992, align 4
  %2994 = insertelement <16 x float> poison, float %2993, i64 0
  %2995 = shufflevector <16 x float> %2994, <16 x float> poison, <16 x i32> zeroinitializer
  %2996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2995, <16 x float> %2976, <16 x float> %acc155.03315)
  %2997 = getelementptr inbounds i8, ptr %gep3982, i64 17408
  %2998 = load float, ptr %2997, align 4
  %2999 = insertelement <16 x float> poison, float %2998, i64 0
  %3000 = shufflevector <16 x float> %2999, <16 x float> poison, <16 x i32> zeroinitializer
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2976, <16 x float> %acc156.03316)
  %3002 = getelementptr inbounds i8, ptr %gep3982, i64 17664
  %3003 = load float, ptr %3002, align 4
  %3004 = insertelement <16 x float> poison, float %3003, i64 0
  %3005 = shufflevector <16 x float> %3004, <16 x float> poison, <16 x i32> zeroinitializer
  %3006 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3005, <16 x float> %2976, <16 x float> %acc157.03317)
  %3007 = getelementptr inbounds i8, ptr %gep3982, i64 17920
  %3008 = load float, ptr %3007, align 4
  %3009 = insertelement <16 x float> poison, float %3008, i64 0
  %3010 = shufflevector <16 x float> %3009, <16 x float> poison, <16 x i32> zeroinitializer
  %3011 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3010, <16 x float> %2976, <16 x float> %acc158.03318)
  %3012 = getelementptr inbounds i8, ptr %gep3982, i64 18176
  %3013 = load float, ptr %3012, align 4
  %3014 = insertelement <16 x float> poison, float %3013, i64 0
  %3015 = shufflevector <16 x float> %3014, <16 x float> poison, <16 x i32> zeroinitializer
  %3016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3015, <16 x float> %2976, <16 x float> %acc159.03319)
  %p12.next = add nuw nsw i64 %p12.addr.03320, 1
  %exitcond3668.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3668.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %3017 = getelementptr inbounds float, ptr %2967, i64 %j34.addr.03321
  store <16 x float> %2981, ptr %3017, align 4
  %3018 = getelementptr inbounds float, ptr %2969, i64 %j34.addr.03321
  store <16 x float> %2986, ptr %3018, align 4
  %3019 = getelementptr inbounds float, ptr %2970, i64 %j34.addr.03321
  store <16 x float> %2991, ptr %3019, align 4
  %3020 = getelementptr inbounds float, ptr %2971, i64 %j34.addr.03321
  store <16 x float> %2996, ptr %3020, align 4
  %3021 = getelementptr inbounds float, ptr %2972, i64 %j34.addr.03321
  store <16 x float> %3001, ptr %3021, align 4
  %3022 = getelementptr inbounds float, ptr %2973, i64 %j34.addr.03321
  store <16 x float> %3006, ptr %3022, align 4
  %3023 = getelementptr inbounds float, ptr %2974, i64 %j34.addr.03321
  store <16 x float> %3011, ptr %3023, align 4
  %3024 = getelementptr inbounds float, ptr %2975, i64 %j34.addr.03321
  store <16 x float> %3016, ptr %3024, align 4
  %j34.next = add nuw nsw i64 %j34.addr.03321, 16
  %3025 = icmp ult i64 %j34.next, %2964
  br i1 %3025, label %p12.head.preheader, label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %3026 = shl nsw i64 %L, 1
  %3027 = shl i64 %ci, 13
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3673 = phi i64 [ %indvars.iv.next3674, %j36.exit ], [ 1, %i49.head.loopexit ]
  %indvars.iv3669 = phi i64 [ %indvars.iv.next3670, %j36.exit ], [ 0, %i49.head.loopexit ]
  %t6.addr.03339 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %umax4377 = tail call i64 @llvm.umax.i64(i64 %indvars.iv3669, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.03339, 1
  %invariant.gep3327 = getelementptr float, ptr %invariant.gep3323, i64 %i50
  %.not3438 = icmp eq i64 %t6.addr.03339, 0
  br i1 %.not3438, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx3008 = mul nuw nsw i64 %t6.addr.03339, 2560
  %gep3324 = getelementptr inbounds i8, ptr %invariant.gep3323, i64 %.idx3008
  %xtraiter4378 = and i64 %umax4377, 7
  %3028 = icmp ult i64 %indvars.iv3669, 8
  br i1 %3028, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter4380 = and i64 %umax4377, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.03329 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter4381 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter4381.next.7, %j35.body ]
  %3029 = getelementptr inbounds float, ptr %gep3324, i64 %j35.addr.03329
  %3030 = load float, ptr %3029, align 4
  %3031 = fneg float %3030
  store float %3031, ptr %3029, align 4
  %.idx3009 = mul nuw nsw i64 %j35.addr.03329, 1280
  %gep3328 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009
  store float %3031, ptr %gep3328, align 4
  %j35.next = or disjoint i64 %j35.addr.03329, 1
  %3032 = getelementptr inbounds float, ptr %gep3324, i64 %j35.next
  %3033 = load float, ptr %3032, align 4
  %3034 = fneg float %3033
  store float %3034, ptr %3032, align 4
  %.idx3009.1 = mul nuw nsw i64 %j35.next, 1280
  %gep3328.1 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.1
  store float %3034, ptr %gep3328.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.03329, 2
  %3035 = getelementptr inbounds float, ptr %gep3324, i64 %j35.next.1
  %3036 = load float, ptr %3035, align 4
  %3037 = fneg float %3036
  store float %3037, ptr %3035, align 4
  %.idx3009.2 = mul nuw nsw i64 %j35.next.1, 1280
  %gep3328.2 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.2
  store float %3037, ptr %gep3328.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.03329, 3
  %3038 = getelementptr inbounds float, ptr %gep3324, i64 %j35.next.2
  %3039 = load float, ptr %3038, align 4
  %3040 = fneg float %3039
  store float %3040, ptr %3038, align 4
  %.idx3009.3 = mul nuw nsw i64 %j35.next.2, 1280
  %gep3328.3 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.3
  store float %3040, ptr %gep3328.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.03329, 4
  %3041 = getelementptr inbounds float, ptr %gep3324, i64 %j35.next.3
  %3042 = load float, ptr %3041, align 4
  %3043 = fneg float %3042
  store float %3043, ptr %3041, align 4
  %.idx3009.4 = mul nuw nsw i64 %j35.next.3, 1280
  %gep3328.4 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.4
  store float %3043, ptr %gep3328.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.03329, 5
  %3044 = getelementptr inbounds float, ptr %gep3324, i64 %j35.next.4
  %3045 = load float, ptr %3044, align 4
  %3046 = fneg float %3045
  store float %3046, ptr %3044, align 4
  %.idx3009.5 = mul nuw nsw i64 %j35.next.4, 1280
  %gep3328.5 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.5
  store float %3046, ptr %gep3328.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.03329, 6
  %3047 = getelementptr inbounds float, ptr %gep3324, i64 %j35.next.5
  %3048 = load float, ptr %3047, align 4
  %3049 = fneg float %3048
  store float %3049, ptr %3047, align 4
  %.idx3009.6 = mul nuw nsw i64 %j35.next.5, 1280
  %gep3328.6 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.6
  store float %3049, ptr %gep3328.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.03329, 7
  %3050 = getelementptr inbounds float, ptr %gep3324, i64 %j35.next.6
  %3051 = load float, ptr %3050, align 4
  %3052 = fneg float %3051
  store float %3052, ptr %3050, align 4
  %.idx3009.7 = mul nuw nsw i64 %j35.next.6, 1280
  %gep3328.7 = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.7
  store float %3052, ptr %gep3328.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.03329, 8
  %niter4381.next.7 = add i64 %niter4381, 8
  %niter4381.ncmp.7 = icmp eq i64 %niter4381.next.7, %unroll_iter4380
  br i1 %niter4381.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.03329.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod4379.not = icmp eq i64 %xtraiter4378, 0
  br i1 %lcmp.mod4379.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.03329.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.03329.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3053 = getelementptr inbounds float, ptr %gep3324, i64 %j35.addr.03329.epil
  %3054 = load float, ptr %3053, align 4
  %3055 = fneg float %3054
  store float %3055, ptr %3053, align 4
  %.idx3009.epil = mul nuw nsw i64 %j35.addr.03329.epil, 1280
  %gep3328.epil = getelementptr i8, ptr %invariant.gep3327, i64 %.idx3009.epil
  store float %3055, ptr %gep3328.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.03329.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter4378
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !0

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx3005.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx3008, %j35.body.epil ], [ %.idx3008, %j35.exit.loopexit.unr-lcssa ]
  %gep3336 = getelementptr inbounds i8, ptr %invariant.gep3323, i64 %.idx3005.pre-phi
  %3056 = getelementptr inbounds float, ptr %gep3336, i64 %i50
  store float 0.000000e+00, ptr %3056, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx3006 = mul nuw nsw i64 %i51, 1280
  %gep3338 = getelementptr inbounds i8, ptr %invariant.gep3323, i64 %.idx3006
  %invariant.gep3332 = getelementptr float, ptr %invariant.gep3323, i64 %i51
  %xtraiter4382 = and i64 %indvars.iv3673, 7
  %3057 = icmp ult i64 %indvars.iv3669, 7
  br i1 %3057, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter4385 = and i64 %indvars.iv3673, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.03334 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter4386 = phi i64 [ 0, %j35.exit.new ], [ %niter4386.next.7, %j36.body ]
  %3058 = getelementptr inbounds float, ptr %gep3338, i64 %j36.addr.03334
  %3059 = load float, ptr %3058, align 4
  %3060 = fneg float %3059
  store float %3060, ptr %3058, align 4
  %.idx3007 = mul nuw nsw i64 %j36.addr.03334, 1280
  %gep3333 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007
  store float %3060, ptr %gep3333, align 4
  %j36.next = or disjoint i64 %j36.addr.03334, 1
  %3061 = getelementptr inbounds float, ptr %gep3338, i64 %j36.next
  %3062 = load float, ptr %3061, align 4
  %3063 = fneg float %3062
  store float %3063, ptr %3061, align 4
  %.idx3007.1 = mul nuw nsw i64 %j36.next, 1280
  %gep3333.1 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.1
  store float %3063, ptr %gep3333.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.03334, 2
  %3064 = getelementptr inbounds float, ptr %gep3338, i64 %j36.next.1
  %3065 = load float, ptr %3064, align 4
  %3066 = fneg float %3065
  store float %3066, ptr %3064, align 4
  %.idx3007.2 = mul nuw nsw i64 %j36.next.1, 1280
  %gep3333.2 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.2
  store float %3066, ptr %gep3333.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.03334, 3
  %3067 = getelementptr inbounds float, ptr %gep3338, i64 %j36.next.2
  %3068 = load float, ptr %3067, align 4
  %3069 = fneg float %3068
  store float %3069, ptr %3067, align 4
  %.idx3007.3 = mul nuw nsw i64 %j36.next.2, 1280
  %gep3333.3 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.3
  store float %3069, ptr %gep3333.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.03334, 4
  %3070 = getelementptr inbounds float, ptr %gep3338, i64 %j36.next.3
  %3071 = load float, ptr %3070, align 4
  %3072 = fneg float %3071
  store float %3072, ptr %3070, align 4
  %.idx3007.4 = mul nuw nsw i64 %j36.next.3, 1280
  %gep3333.4 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.4
  store float %3072, ptr %gep3333.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.03334, 5
  %3073 = getelementptr inbounds float, ptr %gep3338, i64 %j36.next.4
  %3074 = load float, ptr %3073, align 4
  %3075 = fneg float %3074
  store float %3075, ptr %3073, align 4
  %.idx3007.5 = mul nuw nsw i64 %j36.next.4, 1280
  %gep3333.5 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.5
  store float %3075, ptr %gep3333.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.03334, 6
  %3076 = getelementptr inbounds float, ptr %gep3338, i64 %j36.next.5
  %3077 = load float, ptr %3076, align 4
  %3078 = fneg float %3077
  store float %3078, ptr %3076, align 4
  %.idx3007.6 = mul nuw nsw i64 %j36.next.5, 1280
  %gep3333.6 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.6
  store float %3078, ptr %gep3333.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.03334, 7
  %3079 = getelementptr inbounds float, ptr %gep3338, i64 %j36.next.6
  %3080 = load float, ptr %3079, align 4
  %3081 = fneg float %3080
  store float %3081, ptr %3079, align 4
  %.idx3007.7 = mul nuw nsw i64 %j36.next.6, 1280
  %gep3333.7 = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.7
  store float %3081, ptr %gep3333.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.03334, 8
  %niter4386.next.7 = add i64 %niter4386, 8
  %niter4386.ncmp.7 = icmp eq i64 %niter4386.next.7, %unroll_iter4385
  br i1 %niter4386.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.03334.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod4384.not = icmp eq i64 %xtraiter4382, 0
  br i1 %lcmp.mod4384.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.03334.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.03334.unr, %j36.exit.unr-lcssa ]
  %epil.iter4383 = phi i64 [ %epil.iter4383.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3082 = getelementptr inbounds float, ptr %gep3338, i64 %j36.addr.03334.epil
  %3083 = load float, ptr %3082, align 4
  %3084 = fneg float %3083
  store float %3084, ptr %3082, align 4
  %.idx3007.epil = mul nuw nsw i64 %j36.addr.03334.epil, 1280
  %gep3333.epil = getelementptr i8, ptr %invariant.gep3332, i64 %.idx3007.epil
  store float %3084, ptr %gep3333.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.03334.epil, 1
  %epil.iter4383.next = add i64 %epil.iter4383, 1
  %epil.iter4383.cmp.not = icmp eq i64 %epil.iter4383.next, %xtraiter4382
  br i1 %epil.iter4383.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !2

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3984 = getelementptr inbounds i8, ptr %invariant.gep3983, i64 %.idx3006
  %3085 = getelementptr inbounds float, ptr %gep3984, i64 %i51
  store float 0.000000e+00, ptr %3085, align 4
  %t6.next = add nuw nsw i64 %t6.addr.03339, 1
  %indvars.iv.next3670 = add nuw nsw i64 %indvars.iv3669, 2
  %indvars.iv.next3674 = add nuw nsw i64 %indvars.iv3673, 2
  %exitcond3676.not = icmp eq i64 %t6.next, 64
  br i1 %exitcond3676.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1975
  %i52.addr.03357 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1975 ]
  %.idx3001 = mul nuw nsw i64 %i52.addr.03357, 1280
  %3086 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3001
  %3087 = getelementptr inbounds i8, ptr %3086, i64 1280
  %3088 = getelementptr inbounds i8, ptr %3086, i64 2560
  %3089 = getelementptr inbounds i8, ptr %3086, i64 3840
  br label %p13.body

i52.exit:                                         ; preds = %endif1975
  %t7.end = add nsw i64 %L, %t0
  br i1 %2437, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03356 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03355 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3133, %p13.body ]
  %acc174.03354 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3132, %p13.body ]
  %acc173.03353 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3131, %p13.body ]
  %acc172.03352 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3130, %p13.body ]
  %acc171.03351 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3125, %p13.body ]
  %acc170.03350 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3124, %p13.body ]
  %acc169.03349 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3123, %p13.body ]
  %acc168.03348 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3122, %p13.body ]
  %acc167.03347 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3117, %p13.body ]
  %acc166.03346 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3116, %p13.body ]
  %acc165.03345 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3115, %p13.body ]
  %acc164.03344 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3114, %p13.body ]
  %acc163.03343 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3109, %p13.body ]
  %acc162.03342 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3108, %p13.body ]
  %acc161.03341 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3107, %p13.body ]
  %acc160.03340 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3106, %p13.body ]
  %3090 = shl nuw nsw i64 %p13.addr.03356, 6
  %3091 = getelementptr inbounds float, ptr %Bk, i64 %3090
  %3092 = load <16 x float>, ptr %3091, align 4
  %3093 = or disjoint i64 %3090, 16
  %3094 = getelementptr inbounds float, ptr %Bk, i64 %3093
  %3095 = load <16 x float>, ptr %3094, align 4
  %3096 = or disjoint i64 %3090, 32
  %3097 = getelementptr inbounds float, ptr %Bk, i64 %3096
  %3098 = load <16 x float>, ptr %3097, align 4
  %3099 = or disjoint i64 %3090, 48
  %3100 = getelementptr inbounds float, ptr %Bk, i64 %3099
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = getelementptr inbounds float, ptr %3086, i64 %p13.addr.03356
  %3103 = load float, ptr %3102, align 4
  %3104 = insertelement <16 x float> poison, float %3103, i64 0
  %3105 = shufflevector <16 x float> %3104, <16 x float> poison, <16 x i32> zeroinitializer
  %3106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3105, <16 x float> %3092, <16 x float> %acc160.03340)
  %3107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3105, <16 x float> %3095, <16 x float> %acc161.03341)
  %3108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3105, <16 x float> %3098, <16 x float> %acc162.03342)
  %3109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3105, <16 x float> %3101, <16 x float> %acc163.03343)
  %3110 = getelementptr inbounds float, ptr %3087, i64 %p13.addr.03356
  %3111 = load float, ptr %3110, align 4
  %3112 = insertelement <16 x float> poison, float %3111, i64 0
  %3113 = shufflevector <16 x float> %3112, <16 x float> poison, <16 x i32> zeroinitializer
  %3114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3113, <16 x float> %3092, <16 x float> %acc164.03344)
  %3115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3113, <16 x float> %3095, <16 x float> %acc165.03345)
  %3116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3113, <16 x float> %3098, <16 x float> %acc166.03346)
  %3117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3113, <16 x float> %3101, <16 x float> %acc167.03347)
  %3118 = getelementptr inbounds float, ptr %3088, i64 %p13.addr.03356
  %3119 = load float, ptr %3118, align 4
  %3120 = insertelement <16 x float> poison, float %3119, i64 0
  %3121 = shufflevector <16 x float> %3120, <16 x float> poison, <16 x i32> zeroinitializer
  %3122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3121, <16 x float> %3092, <16 x float> %acc168.03348)
  %3123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3121, <16 x float> %3095, <16 x float> %acc169.03349)
  %3124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3121, <16 x float> %3098, <16 x float> %acc170.03350)
  %3125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3121, <16 x float> %3101, <16 x float> %acc171.03351)
  %3126 = getelementptr inbounds float, ptr %3089, i64 %p13.addr.03356
  %3127 = load float, ptr %3126, align 4
  %3128 = insertelement <16 x float> poison, float %3127, i64 0
  %3129 = shufflevector <16 x float> %3128, <16 x float> poison, <16 x i32> zeroinitializer
  %3130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3129, <16 x float> %3092, <16 x float> %acc172.03352)
  %3131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3129, <16 x float> %3095, <16 x float> %acc173.03353)
  %3132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3129, <16 x float> %3098, <16 x float> %acc174.03354)
  %3133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3129, <16 x float> %3101, <16 x float> %acc175.03355)
  %p13.next = add nuw nsw i64 %p13.addr.03356, 1
  %exitcond3677.not = icmp eq i64 %p13.next, 320
  br i1 %exitcond3677.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3134 = icmp slt i64 %i52.addr.03357, %3026
  br i1 %3134, label %then1913, label %endif1927

then1913:                                         ; preds = %p13.exit
  %3135 = shl nuw nsw i64 %i52.addr.03357, 6
  %3136 = add nuw nsw i64 %3135, %3027
  %3137 = getelementptr inbounds float, ptr %dak, i64 %3136
  store <16 x float> %3106, ptr %3137, align 4
  %3138 = or disjoint i64 %3136, 16
  %3139 = getelementptr inbounds float, ptr %dak, i64 %3138
  store <16 x float> %3107, ptr %3139, align 4
  %3140 = or disjoint i64 %3136, 32
  %3141 = getelementptr inbounds float, ptr %dak, i64 %3140
  store <16 x float> %3108, ptr %3141, align 4
  %3142 = or disjoint i64 %3136, 48
  %3143 = getelementptr inbounds float, ptr %dak, i64 %3142
  store <16 x float> %3109, ptr %3143, align 4
  br label %endif1927

endif1927:                                        ; preds = %p13.exit, %then1913
  %3144 = or disjoint i64 %i52.addr.03357, 1
  %3145 = icmp slt i64 %3144, %3026
  br i1 %3145, label %then1929, label %endif1943

then1929:                                         ; preds = %endif1927
  %3146 = shl nuw nsw i64 %3144, 6
  %3147 = add nuw nsw i64 %3146, %3027
  %3148 = getelementptr inbounds float, ptr %dak, i64 %3147
  store <16 x float> %3114, ptr %3148, align 4
  %3149 = or disjoint i64 %3147, 16
  %3150 = getelementptr inbounds float, ptr %dak, i64 %3149
  store <16 x float> %3115, ptr %3150, align 4
  %3151 = or disjoint i64 %3147, 32
  %3152 = getelementptr inbounds float, ptr %dak, i64 %3151
  store <16 x float> %3116, ptr %3152, align 4
  %3153 = or disjoint i64 %3147, 48
  %3154 = getelementptr inbounds float, ptr %dak, i64 %3153
  store <16 x float> %3117, ptr %3154, align 4
  br label %endif1943

endif1943:                                        ; preds = %endif1927, %then1929
  %3155 = or disjoint i64 %i52.addr.03357, 2
  %3156 = icmp slt i64 %3155, %3026
  br i1 %3156, label %then1945, label %endif1959

then1945:                                         ; preds = %endif1943
  %3157 = shl nuw nsw i64 %3155, 6
  %3158 = add nuw nsw i64 %3157, %3027
  %3159 = getelementptr inbounds float, ptr %dak, i64 %3158
  store <16 x float> %3122, ptr %3159, align 4
  %3160 = or disjoint i64 %3158, 16
  %3161 = getelementptr inbounds float, ptr %dak, i64 %3160
  store <16 x float> %3123, ptr %3161, align 4
  %3162 = or disjoint i64 %3158, 32
  %3163 = getelementptr inbounds float, ptr %dak, i64 %3162
  store <16 x float> %3124, ptr %3163, align 4
  %3164 = or disjoint i64 %3158, 48
  %3165 = getelementptr inbounds float, ptr %dak, i64 %3164
  store <16 x float> %3125, ptr %3165, align 4
  br label %endif1959

endif1959:                                        ; preds = %endif1943, %then1945
  %3166 = or disjoint i64 %i52.addr.03357, 3
  %3167 = icmp slt i64 %3166, %3026
  br i1 %3167, label %then1961, label %endif1975

then1961:                                         ; preds = %endif1959
  %3168 = shl nuw nsw i64 %3166, 6
  %3169 = add nuw nsw i64 %3168, %3027
  %3170 = getelementptr inbounds float, ptr %dak, i64 %3169
  store <16 x float> %3130, ptr %3170, align 4
  %3171 = or disjoint i64 %3169, 16
  %3172 = getelementptr inbounds float, ptr %dak, i64 %3171
  store <16 x float> %3131, ptr %3172, align 4
  %3173 = or disjoint i64 %3169, 32
  %3174 = getelementptr inbounds float, ptr %dak, i64 %3173
  store <16 x float> %3132, ptr %3174, align 4
  %3175 = or disjoint i64 %3169, 48
  %3176 = getelementptr inbounds float, ptr %dak, i64 %3175
  store <16 x float> %3133, ptr %3176, align 4
  br label %endif1975

endif1975:                                        ; preds = %endif1959, %then1961
  %i52.next = add nuw nsw i64 %i52.addr.03357, 4
  %3177 = icmp ult i64 %i52.addr.03357, 124
  br i1 %3177, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.03362 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3178 = add nsw i64 %t7.addr.03362, 4
  %tp1 = tail call i64 @llvm.smin.i64(i64 %3178, i64 %5)
  %3179 = add nsw i64 %tp1, %54
  %3180 = mul nsw i64 %3179, %dq_ts
  %gep3364 = getelementptr float, ptr %invariant.gep3363, i64 %3180
  tail call void @llvm.prefetch.p0(ptr %gep3364, i32 0, i32 2, i32 1)
  %3181 = getelementptr i8, ptr %gep3364, i64 64
  tail call void @llvm.prefetch.p0(ptr %3181, i32 0, i32 2, i32 1)
  %3182 = getelementptr i8, ptr %gep3364, i64 128
  tail call void @llvm.prefetch.p0(ptr %3182, i32 0, i32 2, i32 1)
  %3183 = getelementptr i8, ptr %gep3364, i64 192
  tail call void @llvm.prefetch.p0(ptr %3183, i32 0, i32 2, i32 1)
  %3184 = mul nsw i64 %3179, %dk_ts
  %gep3366 = getelementptr float, ptr %invariant.gep3365, i64 %3184
  tail call void @llvm.prefetch.p0(ptr %gep3366, i32 0, i32 2, i32 1)
  %3185 = getelementptr i8, ptr %gep3366, i64 64
  tail call void @llvm.prefetch.p0(ptr %3185, i32 0, i32 2, i32 1)
  %3186 = getelementptr i8, ptr %gep3366, i64 128
  tail call void @llvm.prefetch.p0(ptr %3186, i32 0, i32 2, i32 1)
  %3187 = getelementptr i8, ptr %gep3366, i64 192
  tail call void @llvm.prefetch.p0(ptr %3187, i32 0, i32 2, i32 1)
  %3188 = mul nsw i64 %3179, %dv_ts
  %gep3368 = getelementptr float, ptr %invariant.gep3367, i64 %3188
  tail call void @llvm.prefetch.p0(ptr %gep3368, i32 0, i32 2, i32 1)
  %3189 = getelementptr i8, ptr %gep3368, i64 64
  tail call void @llvm.prefetch.p0(ptr %3189, i32 0, i32 2, i32 1)
  %3190 = getelementptr i8, ptr %gep3368, i64 128
  tail call void @llvm.prefetch.p0(ptr %3190, i32 0, i32 2, i32 1)
  %3191 = getelementptr i8, ptr %gep3368, i64 192
  tail call void @llvm.prefetch.p0(ptr %3191, i32 0, i32 2, i32 1)
  %gep3370 = getelementptr float, ptr %invariant.gep3369, i64 %3184
  tail call void @llvm.prefetch.p0(ptr %gep3370, i32 0, i32 2, i32 1)
  %3192 = getelementptr i8, ptr %gep3370, i64 64
  tail call void @llvm.prefetch.p0(ptr %3192, i32 0, i32 2, i32 1)
  %3193 = getelementptr i8, ptr %gep3370, i64 128
  tail call void @llvm.prefetch.p0(ptr %3193, i32 0, i32 2, i32 1)
  %3194 = getelementptr i8, ptr %gep3370, i64 192
  tail call void @llvm.prefetch.p0(ptr %3194, i32 0, i32 2, i32 1)
  %gep3372 = getelementptr float, ptr %invariant.gep3371, i64 %3188
  tail call void @llvm.prefetch.p0(ptr %gep3372, i32 0, i32 2, i32 1)
  %3195 = getelementptr i8, ptr %gep3372, i64 64
  tail call void @llvm.prefetch.p0(ptr %3195, i32 0, i32 2, i32 1)
  %3196 = getelementptr i8, ptr %gep3372, i64 128
  tail call void @llvm.prefetch.p0(ptr %3196, i32 0, i32 2, i32 1)
  %3197 = getelementptr i8, ptr %gep3372, i64 192
  tail call void @llvm.prefetch.p0(ptr %3197, i32 0, i32 2, i32 1)
  %3198 = shl nsw i64 %t7.addr.03362, 6
  %3199 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %3198
  %3200 = load <16 x float>, ptr %3199, align 4
  %3201 = or disjoint i64 %3198, 16
  %3202 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %3201
  %3203 = load <16 x float>, ptr %3202, align 4
  %3204 = or disjoint i64 %3198, 32
  %3205 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %3204
  %3206 = load <16 x float>, ptr %3205, align 4
  %3207 = or disjoint i64 %3198, 48
  %3208 = getelementptr inbounds float, ptr %invariant.gep3392, i64 %3207
  %3209 = load <16 x float>, ptr %3208, align 4
  %3210 = getelementptr inbounds float, ptr %gep3391, i64 %3198
  %3211 = load <16 x float>, ptr %3210, align 4
  %3212 = getelementptr inbounds float, ptr %gep3391, i64 %3201
  %3213 = load <16 x float>, ptr %3212, align 4
  %3214 = getelementptr inbounds float, ptr %gep3391, i64 %3204
  %3215 = load <16 x float>, ptr %3214, align 4
  %3216 = getelementptr inbounds float, ptr %gep3391, i64 %3207
  %3217 = load <16 x float>, ptr %3216, align 4
  %3218 = getelementptr inbounds float, ptr %gep3393, i64 %t7.addr.03362
  %3219 = load float, ptr %3218, align 4
  %3220 = fmul <16 x float> %3200, %3211
  %3221 = fmul <16 x float> %3203, %3213
  %3222 = fadd <16 x float> %3220, %3221
  %3223 = fmul <16 x float> %3206, %3215
  %3224 = fadd <16 x float> %3222, %3223
  %3225 = fmul <16 x float> %3209, %3217
  %3226 = fadd <16 x float> %3224, %3225
  %3227 = shufflevector <16 x float> %3226, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3228 = shufflevector <16 x float> %3226, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3229 = fadd <8 x float> %3227, %3228
  %3230 = shufflevector <8 x float> %3229, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3231 = shufflevector <8 x float> %3229, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3232 = fadd <4 x float> %3230, %3231
  %3233 = shufflevector <4 x float> %3232, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3234 = shufflevector <4 x float> %3232, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3235 = fadd <2 x float> %3233, %3234
  %shift4181 = shufflevector <2 x float> %3235, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3236 = fadd <2 x float> %3235, %shift4181
  %3237 = shufflevector <2 x float> %3236, <2 x float> poison, <16 x i32> zeroinitializer
  %3238 = fmul <16 x float> %3200, %3237
  %3239 = fsub <16 x float> %3211, %3238
  %3240 = insertelement <16 x float> poison, float %3219, i64 0
  %3241 = shufflevector <16 x float> %3240, <16 x float> poison, <16 x i32> zeroinitializer
  %3242 = fmul <16 x float> %3241, %3239
  %3243 = add nsw i64 %t7.addr.03362, %54
  %3244 = mul nsw i64 %3243, %dq_ts
  %gep3374 = getelementptr float, ptr %invariant.gep3363, i64 %3244
  store <16 x float> %3242, ptr %gep3374, align 4
  %3245 = fmul <16 x float> %3203, %3237
  %3246 = fsub <16 x float> %3213, %3245
  %3247 = fmul <16 x float> %3241, %3246
  %3248 = getelementptr i8, ptr %gep3374, i64 64
  store <16 x float> %3247, ptr %3248, align 4
  %3249 = fmul <16 x float> %3206, %3237
  %3250 = fsub <16 x float> %3215, %3249
  %3251 = fmul <16 x float> %3241, %3250
  %3252 = getelementptr i8, ptr %gep3374, i64 128
  store <16 x float> %3251, ptr %3252, align 4
  %3253 = fmul <16 x float> %3209, %3237
  %3254 = fsub <16 x float> %3217, %3253
  %3255 = fmul <16 x float> %3241, %3254
  %3256 = getelementptr i8, ptr %gep3374, i64 192
  store <16 x float> %3255, ptr %3256, align 4
  %3257 = shl nsw i64 %t7.addr.03362, 1
  %3258 = shl nsw i64 %t7.addr.03362, 7
  %3259 = getelementptr inbounds float, ptr %gep3387, i64 %3258
  %3260 = load <16 x float>, ptr %3259, align 4
  %3261 = or disjoint i64 %3258, 16
  %3262 = getelementptr inbounds float, ptr %gep3387, i64 %3261
  %3263 = load <16 x float>, ptr %3262, align 4
  %3264 = or disjoint i64 %3258, 32
  %3265 = getelementptr inbounds float, ptr %gep3387, i64 %3264
  %3266 = load <16 x float>, ptr %3265, align 4
  %3267 = or disjoint i64 %3258, 48
  %3268 = getelementptr inbounds float, ptr %gep3387, i64 %3267
  %3269 = load <16 x float>, ptr %3268, align 4
  %3270 = getelementptr inbounds float, ptr %dak, i64 %3258
  %3271 = load <16 x float>, ptr %3270, align 4
  %3272 = getelementptr inbounds float, ptr %dak, i64 %3261
  %3273 = load <16 x float>, ptr %3272, align 4
  %3274 = getelementptr inbounds float, ptr %dak, i64 %3264
  %3275 = load <16 x float>, ptr %3274, align 4
  %3276 = getelementptr inbounds float, ptr %dak, i64 %3267
  %3277 = load <16 x float>, ptr %3276, align 4
  %gep3359 = getelementptr float, ptr %invariant.gep, i64 %3257
  %3278 = load float, ptr %gep3359, align 4
  %3279 = fmul <16 x float> %3260, %3271
  %3280 = fmul <16 x float> %3263, %3273
  %3281 = fadd <16 x float> %3279, %3280
  %3282 = fmul <16 x float> %3266, %3275
  %3283 = fadd <16 x float> %3281, %3282
  %3284 = fmul <16 x float> %3269, %3277
  %3285 = fadd <16 x float> %3283, %3284
  %3286 = shufflevector <16 x float> %3285, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3287 = shufflevector <16 x float> %3285, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3288 = fadd <8 x float> %3286, %3287
  %3289 = shufflevector <8 x float> %3288, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3290 = shufflevector <8 x float> %3288, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3291 = fadd <4 x float> %3289, %3290
  %3292 = shufflevector <4 x float> %3291, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3293 = shufflevector <4 x float> %3291, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3294 = fadd <2 x float> %3292, %3293
  %shift4182 = shufflevector <2 x float> %3294, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3295 = fadd <2 x float> %3294, %shift4182
  %3296 = shufflevector <2 x float> %3295, <2 x float> poison, <16 x i32> zeroinitializer
  %3297 = fmul <16 x float> %3260, %3296
  %3298 = fsub <16 x float> %3271, %3297
  %3299 = insertelement <16 x float> poison, float %3278, i64 0
  %3300 = shufflevector <16 x float> %3299, <16 x float> poison, <16 x i32> zeroinitializer
  %3301 = fmul <16 x float> %3300, %3298
  %3302 = mul nsw i64 %3243, %dk_ts
  %gep3376 = getelementptr float, ptr %invariant.gep3365, i64 %3302
  store <16 x float> %3301, ptr %gep3376, align 4
  %3303 = fmul <16 x float> %3263, %3296
  %3304 = fsub <16 x float> %3273, %3303
  %3305 = fmul <16 x float> %3300, %3304
  %3306 = getelementptr i8, ptr %gep3376, i64 64
  store <16 x float> %3305, ptr %3306, align 4
  %3307 = fmul <16 x float> %3266, %3296
  %3308 = fsub <16 x float> %3275, %3307
  %3309 = fmul <16 x float> %3300, %3308
  %3310 = getelementptr i8, ptr %gep3376, i64 128
  store <16 x float> %3309, ptr %3310, align 4
  %3311 = fmul <16 x float> %3269, %3296
  %3312 = fsub <16 x float> %3277, %3311
  %3313 = fmul <16 x float> %3300, %3312
  %3314 = getelementptr i8, ptr %gep3376, i64 192
  store <16 x float> %3313, ptr %3314, align 4
  %3315 = getelementptr inbounds float, ptr %dav, i64 %3258
  %3316 = load <16 x float>, ptr %3315, align 4
  %3317 = getelementptr inbounds float, ptr %dav, i64 %3261
  %3318 = load <16 x float>, ptr %3317, align 4
  %3319 = getelementptr inbounds float, ptr %dav, i64 %3264
  %3320 = load <16 x float>, ptr %3319, align 4
  %3321 = getelementptr inbounds float, ptr %dav, i64 %3267
  %3322 = load <16 x float>, ptr %3321, align 4
  %3323 = mul nsw i64 %3243, %dv_ts
  %gep3378 = getelementptr float, ptr %invariant.gep3367, i64 %3323
  store <16 x float> %3316, ptr %gep3378, align 4
  %3324 = getelementptr i8, ptr %gep3378, i64 64
  store <16 x float> %3318, ptr %3324, align 4
  %3325 = getelementptr i8, ptr %gep3378, i64 128
  store <16 x float> %3320, ptr %3325, align 4
  %3326 = getelementptr i8, ptr %gep3378, i64 192
  store <16 x float> %3322, ptr %3326, align 4
  %3327 = or disjoint i64 %3257, 1
  %3328 = shl nsw i64 %3327, 6
  %3329 = getelementptr inbounds float, ptr %gep3387, i64 %3328
  %3330 = load <16 x float>, ptr %3329, align 4
  %3331 = or disjoint i64 %3328, 16
  %3332 = getelementptr inbounds float, ptr %gep3387, i64 %3331
  %3333 = load <16 x float>, ptr %3332, align 4
  %3334 = or disjoint i64 %3328, 32
  %3335 = getelementptr inbounds float, ptr %gep3387, i64 %3334
  %3336 = load <16 x float>, ptr %3335, align 4
  %3337 = or disjoint i64 %3328, 48
  %3338 = getelementptr inbounds float, ptr %gep3387, i64 %3337
  %3339 = load <16 x float>, ptr %3338, align 4
  %3340 = getelementptr inbounds float, ptr %dak, i64 %3328
  %3341 = load <16 x float>, ptr %3340, align 4
  %3342 = getelementptr inbounds float, ptr %dak, i64 %3331
  %3343 = load <16 x float>, ptr %3342, align 4
  %3344 = getelementptr inbounds float, ptr %dak, i64 %3334
  %3345 = load <16 x float>, ptr %3344, align 4
  %3346 = getelementptr inbounds float, ptr %dak, i64 %3337
  %3347 = load <16 x float>, ptr %3346, align 4
  %gep3361 = getelementptr float, ptr %invariant.gep, i64 %3327
  %3348 = load float, ptr %gep3361, align 4
  %3349 = fmul <16 x float> %3330, %3341
  %3350 = fmul <16 x float> %3333, %3343
  %3351 = fadd <16 x float> %3349, %3350
  %3352 = fmul <16 x float> %3336, %3345
  %3353 = fadd <16 x float> %3351, %3352
  %3354 = fmul <16 x float> %3339, %3347
  %3355 = fadd <16 x float> %3353, %3354
  %3356 = shufflevector <16 x float> %3355, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3357 = shufflevector <16 x float> %3355, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3358 = fadd <8 x float> %3356, %3357
  %3359 = shufflevector <8 x float> %3358, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3360 = shufflevector <8 x float> %3358, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3361 = fadd <4 x float> %3359, %3360
  %3362 = shufflevector <4 x float> %3361, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3363 = shufflevector <4 x float> %3361, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3364 = fadd <2 x float> %3362, %3363
  %shift4183 = shufflevector <2 x float> %3364, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3365 = fadd <2 x float> %3364, %shift4183
  %3366 = shufflevector <2 x float> %3365, <2 x float> poison, <16 x i32> zeroinitializer
  %3367 = fmul <16 x float> %3330, %3366
  %3368 = fsub <16 x float> %3341, %3367
  %3369 = insertelement <16 x float> poison, float %3348, i64 0
  %3370 = shufflevector <16 x float> %3369, <16 x float> poison, <16 x i32> zeroinitializer
  %3371 = fmul <16 x float> %3370, %3368
  %gep3380 = getelementptr float, ptr %invariant.gep3369, i64 %3302
  store <16 x float> %3371, ptr %gep3380, align 4
  %3372 = fmul <16 x float> %3333, %3366
  %3373 = fsub <16 x float> %3343, %3372
  %3374 = fmul <16 x float> %3370, %3373
  %3375 = getelementptr i8, ptr %gep3380, i64 64
  store <16 x float> %3374, ptr %3375, align 4
  %3376 = fmul <16 x float> %3336, %3366
  %3377 = fsub <16 x float> %3345, %3376
  %3378 = fmul <16 x float> %3370, %3377
  %3379 = getelementptr i8, ptr %gep3380, i64 128
  store <16 x float> %3378, ptr %3379, align 4
  %3380 = fmul <16 x float> %3339, %3366
  %3381 = fsub <16 x float> %3347, %3380
  %3382 = fmul <16 x float> %3370, %3381
  %3383 = getelementptr i8, ptr %gep3380, i64 192
  store <16 x float> %3382, ptr %3383, align 4
  %3384 = getelementptr inbounds float, ptr %dav, i64 %3328
  %3385 = load <16 x float>, ptr %3384, align 4
  %3386 = getelementptr inbounds float, ptr %dav, i64 %3331
  %3387 = load <16 x float>, ptr %3386, align 4
  %3388 = getelementptr inbounds float, ptr %dav, i64 %3334
  %3389 = load <16 x float>, ptr %3388, align 4
  %3390 = getelementptr inbounds float, ptr %dav, i64 %3337
  %3391 = load <16 x float>, ptr %3390, align 4
  %gep3382 = getelementptr float, ptr %invariant.gep3371, i64 %3323
  store <16 x float> %3385, ptr %gep3382, align 4
  %3392 = getelementptr i8, ptr %gep3382, i64 64
  store <16 x float> %3387, ptr %3392, align 4
  %3393 = getelementptr i8, ptr %gep3382, i64 128
  store <16 x float> %3389, ptr %3393, align 4
  %3394 = getelementptr i8, ptr %gep3382, i64 192
  store <16 x float> %3391, ptr %3394, align 4
  %t7.next = add nsw i64 %t7.addr.03362, 1
  %3395 = icmp slt i64 %t7.next, %t7.end
  br i1 %3395, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.03383, 1
  %indvars.iv.next3665 = add i64 %indvars.iv3664, 64
  %exitcond3679.not = icmp eq i64 %cc.next, %smax3678
  br i1 %exitcond3679.not, label %i53.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j38.head.preheader, %i53.head.preheader
  %i53.addr.03385 = phi i64 [ 0, %i53.head.preheader ], [ %i53.next.7, %j38.head.preheader ]
  %3396 = shl nuw nsw i64 %i53.addr.03385, 8
  %scevgep3680 = getelementptr i8, ptr %267, i64 %3396
  %3397 = shl nuw nsw i64 %i53.addr.03385, 9
  %3398 = or disjoint i64 %3397, 256
  %scevgep3681 = getelementptr i8, ptr %work, i64 %3398
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681, i64 256, i1 false)
  %i53.next = or disjoint i64 %i53.addr.03385, 1
  %3399 = shl nuw nsw i64 %i53.next, 8
  %scevgep3680.1 = getelementptr i8, ptr %267, i64 %3399
  %3400 = shl nuw nsw i64 %i53.next, 9
  %3401 = or disjoint i64 %3400, 256
  %scevgep3681.1 = getelementptr i8, ptr %work, i64 %3401
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.1, i64 256, i1 false)
  %i53.next.1 = or disjoint i64 %i53.addr.03385, 2
  %3402 = shl nuw nsw i64 %i53.next.1, 8
  %scevgep3680.2 = getelementptr i8, ptr %267, i64 %3402
  %3403 = shl nuw nsw i64 %i53.next.1, 9
  %3404 = or disjoint i64 %3403, 256
  %scevgep3681.2 = getelementptr i8, ptr %work, i64 %3404
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.2, i64 256, i1 false)
  %i53.next.2 = or disjoint i64 %i53.addr.03385, 3
  %3405 = shl nuw nsw i64 %i53.next.2, 8
  %scevgep3680.3 = getelementptr i8, ptr %267, i64 %3405
  %3406 = shl nuw nsw i64 %i53.next.2, 9
  %3407 = or disjoint i64 %3406, 256
  %scevgep3681.3 = getelementptr i8, ptr %work, i64 %3407
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.3, i64 256, i1 false)
  %i53.next.3 = or disjoint i64 %i53.addr.03385, 4
  %3408 = shl nuw nsw i64 %i53.next.3, 8
  %scevgep3680.4 = getelementptr i8, ptr %267, i64 %3408
  %3409 = shl nuw nsw i64 %i53.next.3, 9
  %3410 = or disjoint i64 %3409, 256
  %scevgep3681.4 = getelementptr i8, ptr %work, i64 %3410
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.4, i64 256, i1 false)
  %i53.next.4 = or disjoint i64 %i53.addr.03385, 5
  %3411 = shl nuw nsw i64 %i53.next.4, 8
  %scevgep3680.5 = getelementptr i8, ptr %267, i64 %3411
  %3412 = shl nuw nsw i64 %i53.next.4, 9
  %3413 = or disjoint i64 %3412, 256
  %scevgep3681.5 = getelementptr i8, ptr %work, i64 %3413
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.5, i64 256, i1 false)
  %i53.next.5 = or disjoint i64 %i53.addr.03385, 6
  %3414 = shl nuw nsw i64 %i53.next.5, 8
  %scevgep3680.6 = getelementptr i8, ptr %267, i64 %3414
  %3415 = shl nuw nsw i64 %i53.next.5, 9
  %3416 = or disjoint i64 %3415, 256
  %scevgep3681.6 = getelementptr i8, ptr %work, i64 %3416
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.6, i64 256, i1 false)
  %i53.next.6 = or disjoint i64 %i53.addr.03385, 7
  %3417 = shl nuw nsw i64 %i53.next.6, 8
  %scevgep3680.7 = getelementptr i8, ptr %267, i64 %3417
  %3418 = shl nuw nsw i64 %i53.next.6, 9
  %3419 = or disjoint i64 %3418, 256
  %scevgep3681.7 = getelementptr i8, ptr %work, i64 %3419
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3680.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3681.7, i64 256, i1 false)
  %i53.next.7 = add nuw nsw i64 %i53.addr.03385, 8
  %exitcond3682.not.7 = icmp eq i64 %i53.next.7, 64
  br i1 %exitcond3682.not.7, label %i53.exit, label %j38.head.preheader

i53.exit:                                         ; preds = %j38.head.preheader
  %bh.next = add nsw i64 %bh.addr.03394, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3683.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3683.not, label %bh.exit, label %bh.body
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
