; ---- dp_fwd_h2_k64_v64_r32_nogate_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k64_v64_r32_nogate_l2norm'
source_filename = "dp_fwd_h2_k64_v64_r32_nogate_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h2_k64_v64_r32_nogate_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs360 = ptrtoint ptr %hs to i64
  %invariant.gep315 = getelementptr i8, ptr %work, i64 16512
  %sv = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %.idx = shl i64 %T, 8
  %gep314 = getelementptr i8, ptr %invariant.gep315, i64 %.idx
  %.idx247 = mul i64 %T, 768
  %gep316 = getelementptr i8, ptr %invariant.gep315, i64 %.idx247
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  %4 = add nsw i64 %T, 31
  %nc = sdiv i64 %4, 32
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %5, 14
  %7 = shl i64 %nc, 14
  %8 = and i64 %hs360, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  %10 = icmp eq i64 %8, 0
  %11 = getelementptr i8, ptr %hs, i64 %6
  %12 = getelementptr i8, ptr %gep314, i64 64
  %13 = getelementptr i8, ptr %work, i64 16576
  %14 = getelementptr i8, ptr %gep314, i64 128
  %15 = getelementptr i8, ptr %work, i64 16640
  %16 = getelementptr i8, ptr %gep314, i64 192
  %17 = getelementptr i8, ptr %work, i64 16704
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
  %t0 = shl nsw i64 %ci.addr.0310, 5
  %205 = add nuw nsw i64 %t0, 32
  %t1 = tail call i64 @llvm.smin.i64(i64 %205, i64 %T)
  %206 = shl i64 %ci.addr.0310, 12
  %207 = shl nsw i64 %ci.addr.0310, 6
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
  %.idx319 = shl nsw i64 %ci.addr.0310, 13
  %invariant.gep381 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx319
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
  %238 = getelementptr i8, ptr %12, i64 %202
  %239 = getelementptr i8, ptr %14, i64 %202
  %240 = getelementptr i8, ptr %16, i64 %202
  %241 = getelementptr i8, ptr %238, i64 256
  %242 = getelementptr i8, ptr %239, i64 256
  %243 = getelementptr i8, ptr %240, i64 256
  %.idx365 = shl i64 %t1, 9
  %invariant.gep387 = getelementptr i8, ptr %gep314, i64 %.idx365
  %244 = getelementptr inbounds i8, ptr %invariant.gep315, i64 %.idx319
  %245 = getelementptr inbounds i8, ptr %13, i64 %.idx319
  %246 = getelementptr inbounds i8, ptr %15, i64 %.idx319
  %247 = getelementptr inbounds i8, ptr %17, i64 %.idx319
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
  %350 = load <16 x float>, ptr %244, align 4
  %351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %329, <16 x float> %350, <16 x float> zeroinitializer)
  %352 = load <16 x float>, ptr %238, align 4
  %353 = load <16 x float>, ptr %245, align 4
  %354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %352, <16 x float> %353, <16 x float> %351)
  %355 = load <16 x float>, ptr %239, align 4
  %356 = load <16 x float>, ptr %246, align 4
  %357 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %355, <16 x float> %356, <16 x float> %354)
  %358 = load <16 x float>, ptr %240, align 4
  %359 = load <16 x float>, ptr %247, align 4
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
  %371 = load <16 x float>, ptr %241, align 4
  %372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %371, <16 x float> %353, <16 x float> %370)
  %373 = load <16 x float>, ptr %242, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %373, <16 x float> %356, <16 x float> %372)
  %375 = load <16 x float>, ptr %243, align 4
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
  %gep382 = getelementptr inbounds float, ptr %invariant.gep381, i64 %i3.addr.0274
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
  %gep382.1 = getelementptr inbounds float, ptr %invariant.gep381, i64 %i3.next
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
  %invariant.gep3400 = getelementptr i8, ptr %work, i64 361856
  %1 = shl i64 %H, 1
  %sv1 = shl nsw i64 %H, 6
  %2 = shl nsw i64 %T, 6
  %gep3395 = getelementptr float, ptr %invariant.gep3400, i64 %2
  %3 = mul nsw i64 %T, 192
  %gep3397 = getelementptr float, ptr %invariant.gep3400, i64 %3
  %.idx3030 = mul i64 %T, 1280
  %gep3399 = getelementptr i8, ptr %invariant.gep3400, i64 %.idx3030
  %dak = getelementptr float, ptr %gep3399, i64 %2
  %dav = getelementptr float, ptr %gep3399, i64 %3
  %.idx = mul i64 %T, 2560
  %gep3401 = getelementptr i8, ptr %invariant.gep3400, i64 %.idx
  %invariant.gep = getelementptr float, ptr %gep3401, i64 %T
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
  %invariant.gep3331 = getelementptr i8, ptr %work, i64 90752
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
  %smax3689 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
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
  %invariant.gep3897 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3899 = getelementptr i8, ptr %work, i64 65536
  %invariant.gep3901 = getelementptr i8, ptr %work, i64 147456
  %invariant.gep3903 = getelementptr i8, ptr %work, i64 73728
  %invariant.gep3905 = getelementptr i8, ptr %work, i64 155648
  %invariant.gep3907 = getelementptr i8, ptr %work, i64 278528
  %invariant.gep3909 = getelementptr i8, ptr %work, i64 73984
  %invariant.gep3911 = getelementptr i8, ptr %work, i64 155904
  %invariant.gep3913 = getelementptr i8, ptr %work, i64 278784
  %51 = getelementptr i8, ptr %work, i64 361920
  %52 = getelementptr i8, ptr %work, i64 361984
  %53 = getelementptr i8, ptr %work, i64 362048
  %invariant.gep3915 = getelementptr inbounds i8, ptr %work, i64 73728
  %invariant.gep3917 = getelementptr inbounds i8, ptr %work, i64 155648
  %54 = getelementptr i8, ptr %gep3395, i64 64
  %invariant.gep3919 = getelementptr inbounds i8, ptr %work, i64 73792
  %invariant.gep3921 = getelementptr inbounds i8, ptr %work, i64 155712
  %55 = getelementptr i8, ptr %gep3395, i64 128
  %invariant.gep3923 = getelementptr inbounds i8, ptr %work, i64 73856
  %invariant.gep3925 = getelementptr inbounds i8, ptr %work, i64 155776
  %56 = getelementptr i8, ptr %gep3395, i64 192
  %invariant.gep3927 = getelementptr inbounds i8, ptr %work, i64 73920
  %invariant.gep3929 = getelementptr inbounds i8, ptr %work, i64 155840
  %57 = getelementptr i8, ptr %gep3397, i64 64
  %58 = getelementptr inbounds i8, ptr %work, i64 278592
  %59 = getelementptr i8, ptr %gep3397, i64 128
  %60 = getelementptr inbounds i8, ptr %work, i64 278656
  %61 = getelementptr i8, ptr %gep3397, i64 192
  %62 = getelementptr inbounds i8, ptr %work, i64 278720
  %invariant.gep3931 = getelementptr inbounds i8, ptr %work, i64 73728
  %invariant.gep3933 = getelementptr inbounds i8, ptr %work, i64 155648
  %invariant.gep3935 = getelementptr inbounds i8, ptr %work, i64 73792
  %invariant.gep3937 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3939 = getelementptr inbounds i8, ptr %work, i64 73856
  %invariant.gep3941 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3943 = getelementptr inbounds i8, ptr %work, i64 73920
  %invariant.gep3945 = getelementptr inbounds i8, ptr %work, i64 155840
  %63 = getelementptr inbounds i8, ptr %work, i64 278592
  %64 = getelementptr inbounds i8, ptr %work, i64 245824
  %65 = getelementptr inbounds i8, ptr %work, i64 278656
  %66 = getelementptr inbounds i8, ptr %work, i64 245888
  %67 = getelementptr inbounds i8, ptr %work, i64 278720
  %68 = getelementptr inbounds i8, ptr %work, i64 245952
  %69 = getelementptr inbounds i8, ptr %work, i64 327744
  %invariant.gep3957 = getelementptr inbounds i8, ptr %work, i64 246016
  %invariant.gep3959 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3963 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3967 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3971 = getelementptr inbounds i8, ptr %work, i64 180416
  %70 = getelementptr inbounds i8, ptr %work, i64 90176
  %invariant.gep3973 = getelementptr inbounds i8, ptr %work, i64 180224
  %71 = getelementptr i8, ptr %dav, i64 64
  %72 = getelementptr i8, ptr %dav, i64 128
  %73 = getelementptr i8, ptr %dav, i64 192
  %invariant.gep3981 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3991 = getelementptr inbounds i8, ptr %work, i64 90752
  %invariant.gep3095.1 = getelementptr inbounds i8, ptr %work, i64 196672
  %invariant.gep3095.2 = getelementptr inbounds i8, ptr %work, i64 196736
  %invariant.gep3095.3 = getelementptr inbounds i8, ptr %work, i64 196800
  %invariant.gep3961 = getelementptr inbounds i8, ptr %work, i64 246080
  %invariant.gep3965 = getelementptr inbounds i8, ptr %work, i64 246144
  %invariant.gep3969 = getelementptr inbounds i8, ptr %work, i64 246208
  %invariant.gep3975 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3977 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3979 = getelementptr inbounds i8, ptr %work, i64 180416
  %invariant.gep3983 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3985 = getelementptr inbounds i8, ptr %work, i64 180352
  %invariant.gep3987 = getelementptr inbounds i8, ptr %work, i64 180416
  %invariant.gep3318.1 = getelementptr inbounds i8, ptr %work, i64 311360
  %invariant.gep3318.2 = getelementptr inbounds i8, ptr %work, i64 311424
  %invariant.gep3318.3 = getelementptr inbounds i8, ptr %work, i64 311488
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i53.exit
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i53.exit ]
  %bh.addr.03402 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i53.exit ]
  %74 = add i64 %indvar, %bh0
  %75 = shl i64 %74, 14
  %76 = mul i64 %11, %indvar
  %77 = add i64 %10, %76
  %b = sdiv i64 %bh.addr.03402, %H
  %h = srem i64 %bh.addr.03402, %H
  %78 = mul i64 %b, %T
  %79 = mul i64 %78, %H
  %bT = add i64 %79, %h
  %80 = mul i64 %1, %78
  %bTn = add nsw i64 %80, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %oh.idx = shl i64 %bT, 8
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
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
  %134 = getelementptr inbounds float, ptr %gep3401, i64 %t.addr.03041
  store float %133, ptr %134, align 4
  %135 = insertelement <16 x float> poison, float %133, i64 0
  %136 = shufflevector <16 x float> %135, <16 x float> poison, <16 x i32> zeroinitializer
  %137 = fmul <16 x float> %106, %136
  %138 = shl nsw i64 %t.addr.03041, 6
  %139 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %138
  store <16 x float> %137, ptr %139, align 4
  %140 = fmul <16 x float> %108, %136
  %141 = or disjoint i64 %138, 16
  %142 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %141
  store <16 x float> %140, ptr %142, align 4
  %143 = fmul <16 x float> %110, %136
  %144 = or disjoint i64 %138, 32
  %145 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %144
  store <16 x float> %143, ptr %145, align 4
  %146 = fmul <16 x float> %112, %136
  %147 = or disjoint i64 %138, 48
  %148 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %147
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
  %shift4184 = shufflevector <2 x float> %172, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %173 = fadd <2 x float> %172, %shift4184
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
  %183 = getelementptr inbounds float, ptr %gep3395, i64 %182
  store <16 x float> %181, ptr %183, align 4
  %184 = fmul <16 x float> %152, %180
  %185 = or disjoint i64 %182, 16
  %186 = getelementptr inbounds float, ptr %gep3395, i64 %185
  store <16 x float> %184, ptr %186, align 4
  %187 = fmul <16 x float> %154, %180
  %188 = or disjoint i64 %182, 32
  %189 = getelementptr inbounds float, ptr %gep3395, i64 %188
  store <16 x float> %187, ptr %189, align 4
  %190 = fmul <16 x float> %156, %180
  %191 = or disjoint i64 %182, 48
  %192 = getelementptr inbounds float, ptr %gep3395, i64 %191
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
  %201 = getelementptr inbounds float, ptr %gep3397, i64 %182
  store <16 x float> %194, ptr %201, align 4
  %202 = getelementptr inbounds float, ptr %gep3397, i64 %185
  store <16 x float> %196, ptr %202, align 4
  %203 = getelementptr inbounds float, ptr %gep3397, i64 %188
  store <16 x float> %198, ptr %203, align 4
  %204 = getelementptr inbounds float, ptr %gep3397, i64 %191
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
  %shift4185 = shufflevector <2 x float> %227, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %228 = fadd <2 x float> %227, %shift4185
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
  %238 = getelementptr inbounds float, ptr %gep3395, i64 %237
  store <16 x float> %236, ptr %238, align 4
  %239 = fmul <16 x float> %207, %235
  %240 = or disjoint i64 %237, 16
  %241 = getelementptr inbounds float, ptr %gep3395, i64 %240
  store <16 x float> %239, ptr %241, align 4
  %242 = fmul <16 x float> %209, %235
  %243 = or disjoint i64 %237, 32
  %244 = getelementptr inbounds float, ptr %gep3395, i64 %243
  store <16 x float> %242, ptr %244, align 4
  %245 = fmul <16 x float> %211, %235
  %246 = or disjoint i64 %237, 48
  %247 = getelementptr inbounds float, ptr %gep3395, i64 %246
  store <16 x float> %245, ptr %247, align 4
  %gep3061 = getelementptr float, ptr %invariant.gep3050, i64 %193
  %248 = load <16 x float>, ptr %gep3061, align 4
  %249 = getelementptr i8, ptr %gep3061, i64 64
  %250 = load <16 x float>, ptr %249, align 4
  %251 = getelementptr i8, ptr %gep3061, i64 128
  %252 = load <16 x float>, ptr %251, align 4
  %253 = getelementptr i8, ptr %gep3061, i64 192
  %254 = load <16 x float>, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %gep3397, i64 %237
  store <16 x float> %248, ptr %255, align 4
  %256 = getelementptr inbounds float, ptr %gep3397, i64 %240
  store <16 x float> %250, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %gep3397, i64 %243
  store <16 x float> %252, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %gep3397, i64 %246
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
  %scevgep3630 = getelementptr i8, ptr %259, i64 %262
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630, i64 256, i1 false)
  %i.next = or disjoint i64 %i.addr.03063, 1
  %263 = shl nuw nsw i64 %i.next, 9
  %264 = or disjoint i64 %263, 256
  %scevgep.1 = getelementptr i8, ptr %work, i64 %264
  %265 = shl nuw nsw i64 %i.next, 8
  %scevgep3630.1 = getelementptr i8, ptr %259, i64 %265
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630.1, i64 256, i1 false)
  %i.next.1 = or disjoint i64 %i.addr.03063, 2
  %266 = shl nuw nsw i64 %i.next.1, 9
  %267 = or disjoint i64 %266, 256
  %scevgep.2 = getelementptr i8, ptr %work, i64 %267
  %268 = shl nuw nsw i64 %i.next.1, 8
  %scevgep3630.2 = getelementptr i8, ptr %259, i64 %268
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630.2, i64 256, i1 false)
  %i.next.2 = or disjoint i64 %i.addr.03063, 3
  %269 = shl nuw nsw i64 %i.next.2, 9
  %270 = or disjoint i64 %269, 256
  %scevgep.3 = getelementptr i8, ptr %work, i64 %270
  %271 = shl nuw nsw i64 %i.next.2, 8
  %scevgep3630.3 = getelementptr i8, ptr %259, i64 %271
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630.3, i64 256, i1 false)
  %i.next.3 = or disjoint i64 %i.addr.03063, 4
  %272 = shl nuw nsw i64 %i.next.3, 9
  %273 = or disjoint i64 %272, 256
  %scevgep.4 = getelementptr i8, ptr %work, i64 %273
  %274 = shl nuw nsw i64 %i.next.3, 8
  %scevgep3630.4 = getelementptr i8, ptr %259, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630.4, i64 256, i1 false)
  %i.next.4 = or disjoint i64 %i.addr.03063, 5
  %275 = shl nuw nsw i64 %i.next.4, 9
  %276 = or disjoint i64 %275, 256
  %scevgep.5 = getelementptr i8, ptr %work, i64 %276
  %277 = shl nuw nsw i64 %i.next.4, 8
  %scevgep3630.5 = getelementptr i8, ptr %259, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630.5, i64 256, i1 false)
  %i.next.5 = or disjoint i64 %i.addr.03063, 6
  %278 = shl nuw nsw i64 %i.next.5, 9
  %279 = or disjoint i64 %278, 256
  %scevgep.6 = getelementptr i8, ptr %work, i64 %279
  %280 = shl nuw nsw i64 %i.next.5, 8
  %scevgep3630.6 = getelementptr i8, ptr %259, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630.6, i64 256, i1 false)
  %i.next.6 = or disjoint i64 %i.addr.03063, 7
  %281 = shl nuw nsw i64 %i.next.6, 9
  %282 = or disjoint i64 %281, 256
  %scevgep.7 = getelementptr i8, ptr %work, i64 %282
  %283 = shl nuw nsw i64 %i.next.6, 8
  %scevgep3630.7 = getelementptr i8, ptr %259, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3630.7, i64 256, i1 false)
  %i.next.7 = add nuw nsw i64 %i.addr.03063, 8
  %exitcond3631.not.7 = icmp eq i64 %i.next.7, 64
  br i1 %exitcond3631.not.7, label %i.exit, label %j.head.preheader

i.exit:                                           ; preds = %j.head.preheader
  br i1 %4, label %cc.body.lr.ph, label %i53.head.preheader

cc.body.lr.ph:                                    ; preds = %i.exit
  %284 = mul nsw i64 %bh.addr.03402, %nc
  %285 = shl nsw i64 %h, 6
  %invariant.gep3371 = getelementptr float, ptr %dq, i64 %285
  %invariant.gep3373 = getelementptr float, ptr %dk, i64 %285
  %invariant.gep3375 = getelementptr float, ptr %dv, i64 %285
  %286 = add nsw i64 %h, %H
  %287 = shl nsw i64 %286, 6
  %invariant.gep3377 = getelementptr float, ptr %dk, i64 %287
  %invariant.gep3379 = getelementptr float, ptr %dv, i64 %287
  %288 = add i64 %14, %bT
  %289 = shl i64 %288, 8
  %290 = getelementptr i8, ptr %dout, i64 %289
  br label %cc.body

i53.head.preheader:                               ; preds = %t7.exit, %i.exit
  %291 = getelementptr i8, ptr %dh0, i64 %75
  br label %j38.head.preheader

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3675 = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next3676, %t7.exit ]
  %cc.addr.03391 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin4380 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3675, i64 32)
  %smax4381 = tail call i64 @llvm.smax.i64(i64 %smin4380, i64 1)
  %292 = mul i64 %15, %cc.addr.03391
  %293 = shl i64 %cc.addr.03391, 14
  %294 = sub i64 %77, %293
  %295 = xor i64 %cc.addr.03391, -1
  %ci = add nsw i64 %nc, %295
  %t0 = shl nsw i64 %ci, 5
  %296 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %296, i64 32)
  %297 = icmp sgt i64 %ci, 0
  br i1 %297, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %298 = tail call i64 @llvm.smin.i64(i64 %t0, i64 32)
  %299 = sub nsw i64 %t0, %298
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %300 = getelementptr i8, ptr %hs, i64 %294
  br label %j1.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.03064 = phi i64 [ %tp1.next, %tp1.body ], [ %299, %tp1.body.preheader ]
  %301 = mul nsw i64 %tp1.addr.03064, %sv1
  %302 = getelementptr inbounds float, ptr %oh, i64 %301
  tail call void @llvm.prefetch.p0(ptr %302, i32 0, i32 2, i32 1)
  %303 = or disjoint i64 %301, 16
  %304 = getelementptr inbounds float, ptr %oh, i64 %303
  tail call void @llvm.prefetch.p0(ptr nonnull %304, i32 0, i32 2, i32 1)
  %305 = or disjoint i64 %301, 32
  %306 = getelementptr inbounds float, ptr %oh, i64 %305
  tail call void @llvm.prefetch.p0(ptr nonnull %306, i32 0, i32 2, i32 1)
  %307 = or disjoint i64 %301, 48
  %308 = getelementptr inbounds float, ptr %oh, i64 %307
  tail call void @llvm.prefetch.p0(ptr nonnull %308, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.03064, 1
  %309 = icmp slt i64 %tp1.next, %t0
  br i1 %309, label %tp1.body, label %i1.head.preheader

i2.head.preheader:                                ; preds = %j1.head.preheader
  %310 = add nsw i64 %ci, %284
  %311 = shl nsw i64 %310, 12
  br label %j2.head.preheader

j1.head.preheader:                                ; preds = %j1.head.preheader, %i1.head.preheader
  %i1.addr.03066 = phi i64 [ 0, %i1.head.preheader ], [ %i1.next.7, %j1.head.preheader ]
  %312 = shl nuw nsw i64 %i1.addr.03066, 9
  %scevgep3632 = getelementptr i8, ptr %work, i64 %312
  %313 = shl nuw nsw i64 %i1.addr.03066, 8
  %scevgep3633 = getelementptr i8, ptr %300, i64 %313
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633, i64 256, i1 false)
  %i1.next = or disjoint i64 %i1.addr.03066, 1
  %314 = shl nuw nsw i64 %i1.next, 9
  %scevgep3632.1 = getelementptr i8, ptr %work, i64 %314
  %315 = shl nuw nsw i64 %i1.next, 8
  %scevgep3633.1 = getelementptr i8, ptr %300, i64 %315
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633.1, i64 256, i1 false)
  %i1.next.1 = or disjoint i64 %i1.addr.03066, 2
  %316 = shl nuw nsw i64 %i1.next.1, 9
  %scevgep3632.2 = getelementptr i8, ptr %work, i64 %316
  %317 = shl nuw nsw i64 %i1.next.1, 8
  %scevgep3633.2 = getelementptr i8, ptr %300, i64 %317
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633.2, i64 256, i1 false)
  %i1.next.2 = or disjoint i64 %i1.addr.03066, 3
  %318 = shl nuw nsw i64 %i1.next.2, 9
  %scevgep3632.3 = getelementptr i8, ptr %work, i64 %318
  %319 = shl nuw nsw i64 %i1.next.2, 8
  %scevgep3633.3 = getelementptr i8, ptr %300, i64 %319
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633.3, i64 256, i1 false)
  %i1.next.3 = or disjoint i64 %i1.addr.03066, 4
  %320 = shl nuw nsw i64 %i1.next.3, 9
  %scevgep3632.4 = getelementptr i8, ptr %work, i64 %320
  %321 = shl nuw nsw i64 %i1.next.3, 8
  %scevgep3633.4 = getelementptr i8, ptr %300, i64 %321
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633.4, i64 256, i1 false)
  %i1.next.4 = or disjoint i64 %i1.addr.03066, 5
  %322 = shl nuw nsw i64 %i1.next.4, 9
  %scevgep3632.5 = getelementptr i8, ptr %work, i64 %322
  %323 = shl nuw nsw i64 %i1.next.4, 8
  %scevgep3633.5 = getelementptr i8, ptr %300, i64 %323
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633.5, i64 256, i1 false)
  %i1.next.5 = or disjoint i64 %i1.addr.03066, 6
  %324 = shl nuw nsw i64 %i1.next.5, 9
  %scevgep3632.6 = getelementptr i8, ptr %work, i64 %324
  %325 = shl nuw nsw i64 %i1.next.5, 8
  %scevgep3633.6 = getelementptr i8, ptr %300, i64 %325
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633.6, i64 256, i1 false)
  %i1.next.6 = or disjoint i64 %i1.addr.03066, 7
  %326 = shl nuw nsw i64 %i1.next.6, 9
  %scevgep3632.7 = getelementptr i8, ptr %work, i64 %326
  %327 = shl nuw nsw i64 %i1.next.6, 8
  %scevgep3633.7 = getelementptr i8, ptr %300, i64 %327
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3632.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3633.7, i64 256, i1 false)
  %i1.next.7 = add nuw nsw i64 %i1.addr.03066, 8
  %exitcond3634.not.7 = icmp eq i64 %i1.next.7, 64
  br i1 %exitcond3634.not.7, label %i2.head.preheader, label %j1.head.preheader

j2.head.preheader:                                ; preds = %i2.head.preheader, %j2.exit
  %i2.addr.03068 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next, %j2.exit ]
  %328 = shl nuw nsw i64 %i2.addr.03068, 6
  %329 = or i64 %328, %311
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %j2.addr.03067 = phi i64 [ 0, %j2.head.preheader ], [ %j2.next, %j2.body ]
  %330 = or i64 %329, %j2.addr.03067
  %331 = getelementptr inbounds float, ptr %hs, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or i64 %330, 512
  %334 = getelementptr inbounds float, ptr %hs, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or i64 %330, 64
  %337 = getelementptr inbounds float, ptr %hs, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or i64 %330, 576
  %340 = getelementptr inbounds float, ptr %hs, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = or i64 %330, 128
  %343 = getelementptr inbounds float, ptr %hs, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = or i64 %330, 640
  %346 = getelementptr inbounds float, ptr %hs, i64 %345
  %347 = load <16 x float>, ptr %346, align 4
  %348 = or i64 %330, 192
  %349 = getelementptr inbounds float, ptr %hs, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = or i64 %330, 704
  %352 = getelementptr inbounds float, ptr %hs, i64 %351
  %353 = load <16 x float>, ptr %352, align 4
  %354 = or i64 %330, 256
  %355 = getelementptr inbounds float, ptr %hs, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = or i64 %330, 768
  %358 = getelementptr inbounds float, ptr %hs, i64 %357
  %359 = load <16 x float>, ptr %358, align 4
  %360 = or i64 %330, 320
  %361 = getelementptr inbounds float, ptr %hs, i64 %360
  %362 = load <16 x float>, ptr %361, align 4
  %363 = or i64 %330, 832
  %364 = getelementptr inbounds float, ptr %hs, i64 %363
  %365 = load <16 x float>, ptr %364, align 4
  %366 = or i64 %330, 384
  %367 = getelementptr inbounds float, ptr %hs, i64 %366
  %368 = load <16 x float>, ptr %367, align 4
  %369 = or i64 %330, 896
  %370 = getelementptr inbounds float, ptr %hs, i64 %369
  %371 = load <16 x float>, ptr %370, align 4
  %372 = or i64 %330, 448
  %373 = getelementptr inbounds float, ptr %hs, i64 %372
  %374 = load <16 x float>, ptr %373, align 4
  %375 = or i64 %330, 960
  %376 = getelementptr inbounds float, ptr %hs, i64 %375
  %377 = load <16 x float>, ptr %376, align 4
  %378 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %379 = shufflevector <16 x float> %356, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %380 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %381 = shufflevector <16 x float> %362, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %382 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %383 = shufflevector <16 x float> %368, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %384 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %385 = shufflevector <16 x float> %374, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %386 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %387 = shufflevector <16 x float> %356, <16 x float> %359, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %388 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %389 = shufflevector <16 x float> %362, <16 x float> %365, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %390 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %391 = shufflevector <16 x float> %368, <16 x float> %371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %392 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %393 = shufflevector <16 x float> %374, <16 x float> %377, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %394 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %395 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %397 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %398 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %399 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %400 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %401 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %402 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %403 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %404 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %405 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %406 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %407 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %408 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %409 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %410 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %411 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %412 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %413 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %414 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %415 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %416 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %417 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %418 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %419 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %420 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %421 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %422 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %423 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %424 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %425 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %426 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %427 = shl nuw nsw i64 %j2.addr.03067, 6
  %428 = add nuw nsw i64 %427, %i2.addr.03068
  %429 = or disjoint i64 %428, 4096
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %426, ptr %430, align 4
  %431 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %432 = or disjoint i64 %428, 4160
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %435 = or disjoint i64 %428, 4224
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %438 = or disjoint i64 %428, 4288
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = shufflevector <16 x float> %414, <16 x float> %415, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %441 = or disjoint i64 %428, 4352
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %443 = shufflevector <16 x float> %414, <16 x float> %415, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %444 = or disjoint i64 %428, 4416
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  store <16 x float> %443, ptr %445, align 4
  %446 = shufflevector <16 x float> %416, <16 x float> %417, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %447 = or disjoint i64 %428, 4480
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  store <16 x float> %446, ptr %448, align 4
  %449 = shufflevector <16 x float> %416, <16 x float> %417, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %450 = or disjoint i64 %428, 4544
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %452 = shufflevector <16 x float> %418, <16 x float> %419, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %453 = or disjoint i64 %428, 4608
  %454 = getelementptr inbounds float, ptr %Bk, i64 %453
  store <16 x float> %452, ptr %454, align 4
  %455 = shufflevector <16 x float> %418, <16 x float> %419, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %456 = or disjoint i64 %428, 4672
  %457 = getelementptr inbounds float, ptr %Bk, i64 %456
  store <16 x float> %455, ptr %457, align 4
  %458 = shufflevector <16 x float> %420, <16 x float> %421, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %459 = or disjoint i64 %428, 4736
  %460 = getelementptr inbounds float, ptr %Bk, i64 %459
  store <16 x float> %458, ptr %460, align 4
  %461 = shufflevector <16 x float> %420, <16 x float> %421, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %462 = or disjoint i64 %428, 4800
  %463 = getelementptr inbounds float, ptr %Bk, i64 %462
  store <16 x float> %461, ptr %463, align 4
  %464 = shufflevector <16 x float> %422, <16 x float> %423, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %465 = or disjoint i64 %428, 4864
  %466 = getelementptr inbounds float, ptr %Bk, i64 %465
  store <16 x float> %464, ptr %466, align 4
  %467 = shufflevector <16 x float> %422, <16 x float> %423, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %468 = or disjoint i64 %428, 4928
  %469 = getelementptr inbounds float, ptr %Bk, i64 %468
  store <16 x float> %467, ptr %469, align 4
  %470 = shufflevector <16 x float> %424, <16 x float> %425, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %471 = or disjoint i64 %428, 4992
  %472 = getelementptr inbounds float, ptr %Bk, i64 %471
  store <16 x float> %470, ptr %472, align 4
  %473 = shufflevector <16 x float> %424, <16 x float> %425, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %474 = or disjoint i64 %428, 5056
  %475 = getelementptr inbounds float, ptr %Bk, i64 %474
  store <16 x float> %473, ptr %475, align 4
  %j2.next = add nuw nsw i64 %j2.addr.03067, 16
  %476 = icmp ult i64 %j2.addr.03067, 48
  br i1 %476, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  %i2.next = add nuw nsw i64 %i2.addr.03068, 16
  %477 = icmp ult i64 %i2.addr.03068, 48
  br i1 %477, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %i3.addr.03070 = phi i64 [ %i3.next, %j3.exit ], [ 0, %j2.exit ]
  %478 = shl nuw nsw i64 %i3.addr.03070, 7
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %j3.addr.03069 = phi i64 [ 0, %j3.head.preheader ], [ %j3.next, %j3.body ]
  %479 = add nuw nsw i64 %j3.addr.03069, %478
  %480 = or disjoint i64 %479, 64
  %481 = getelementptr inbounds float, ptr %work, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %479, 1088
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %479, 192
  %487 = getelementptr inbounds float, ptr %work, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %479, 1216
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %479, 320
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = or disjoint i64 %479, 1344
  %496 = getelementptr inbounds float, ptr %work, i64 %495
  %497 = load <16 x float>, ptr %496, align 4
  %498 = or disjoint i64 %479, 448
  %499 = getelementptr inbounds float, ptr %work, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %479, 1472
  %502 = getelementptr inbounds float, ptr %work, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = or disjoint i64 %479, 576
  %505 = getelementptr inbounds float, ptr %work, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = or disjoint i64 %479, 1600
  %508 = getelementptr inbounds float, ptr %work, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = or disjoint i64 %479, 704
  %511 = getelementptr inbounds float, ptr %work, i64 %510
  %512 = load <16 x float>, ptr %511, align 4
  %513 = or disjoint i64 %479, 1728
  %514 = getelementptr inbounds float, ptr %work, i64 %513
  %515 = load <16 x float>, ptr %514, align 4
  %516 = or disjoint i64 %479, 832
  %517 = getelementptr inbounds float, ptr %work, i64 %516
  %518 = load <16 x float>, ptr %517, align 4
  %519 = or disjoint i64 %479, 1856
  %520 = getelementptr inbounds float, ptr %work, i64 %519
  %521 = load <16 x float>, ptr %520, align 4
  %522 = or disjoint i64 %479, 960
  %523 = getelementptr inbounds float, ptr %work, i64 %522
  %524 = load <16 x float>, ptr %523, align 4
  %525 = or disjoint i64 %479, 1984
  %526 = getelementptr inbounds float, ptr %work, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %529 = shufflevector <16 x float> %506, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %530 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %531 = shufflevector <16 x float> %512, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %532 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %533 = shufflevector <16 x float> %518, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %534 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %535 = shufflevector <16 x float> %524, <16 x float> %527, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %536 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %506, <16 x float> %509, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %512, <16 x float> %515, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %540 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %518, <16 x float> %521, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %524, <16 x float> %527, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %545 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %546 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %547 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %548 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %549 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %550 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %551 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %553 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %554 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %555 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %556 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %557 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %559 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %560 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %561 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %562 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %563 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
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
  %576 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %577 = shl nuw nsw i64 %j3.addr.03069, 6
  %578 = add nuw nsw i64 %577, %i3.addr.03070
  %579 = getelementptr inbounds float, ptr %Bk, i64 %578
  store <16 x float> %576, ptr %579, align 4
  %580 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %581 = or disjoint i64 %578, 64
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %584 = or disjoint i64 %578, 128
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %587 = or disjoint i64 %578, 192
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %590 = or disjoint i64 %578, 256
  %591 = getelementptr inbounds float, ptr %Bk, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %593 = or disjoint i64 %578, 320
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  store <16 x float> %592, ptr %594, align 4
  %595 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %596 = or disjoint i64 %578, 384
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %599 = or disjoint i64 %578, 448
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %602 = or disjoint i64 %578, 512
  %603 = getelementptr inbounds float, ptr %Bk, i64 %602
  store <16 x float> %601, ptr %603, align 4
  %604 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %605 = or disjoint i64 %578, 576
  %606 = getelementptr inbounds float, ptr %Bk, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %608 = or disjoint i64 %578, 640
  %609 = getelementptr inbounds float, ptr %Bk, i64 %608
  store <16 x float> %607, ptr %609, align 4
  %610 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %611 = or disjoint i64 %578, 704
  %612 = getelementptr inbounds float, ptr %Bk, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %614 = or disjoint i64 %578, 768
  %615 = getelementptr inbounds float, ptr %Bk, i64 %614
  store <16 x float> %613, ptr %615, align 4
  %616 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %617 = or disjoint i64 %578, 832
  %618 = getelementptr inbounds float, ptr %Bk, i64 %617
  store <16 x float> %616, ptr %618, align 4
  %619 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %620 = or disjoint i64 %578, 896
  %621 = getelementptr inbounds float, ptr %Bk, i64 %620
  store <16 x float> %619, ptr %621, align 4
  %622 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %623 = or disjoint i64 %578, 960
  %624 = getelementptr inbounds float, ptr %Bk, i64 %623
  store <16 x float> %622, ptr %624, align 4
  %j3.next = add nuw nsw i64 %j3.addr.03069, 16
  %625 = icmp ult i64 %j3.addr.03069, 48
  br i1 %625, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  %i3.next = add nuw nsw i64 %i3.addr.03070, 16
  %626 = icmp ult i64 %i3.addr.03070, 48
  br i1 %626, label %j3.head.preheader, label %vector.body

vector.body:                                      ; preds = %j3.exit, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %j3.exit ]
  %vec.ind = phi <8 x i64> [ %vec.ind.next, %vector.body ], [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %j3.exit ]
  %627 = icmp eq <8 x i64> %vec.ind, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %629 = shl nsw i64 %index, 7
  %630 = shl i64 %index, 7
  %631 = or disjoint i64 %630, 128
  %632 = shl i64 %index, 7
  %633 = or disjoint i64 %632, 256
  %634 = shl i64 %index, 7
  %635 = or disjoint i64 %634, 384
  %636 = shl i64 %index, 7
  %637 = or disjoint i64 %636, 512
  %638 = shl i64 %index, 7
  %639 = or disjoint i64 %638, 640
  %640 = shl i64 %index, 7
  %641 = or disjoint i64 %640, 768
  %642 = shl i64 %index, 7
  %643 = or disjoint i64 %642, 896
  %644 = getelementptr inbounds i8, ptr %M, i64 %629
  %645 = getelementptr inbounds i8, ptr %M, i64 %631
  %646 = getelementptr inbounds i8, ptr %M, i64 %633
  %647 = getelementptr inbounds i8, ptr %M, i64 %635
  %648 = getelementptr inbounds i8, ptr %M, i64 %637
  %649 = getelementptr inbounds i8, ptr %M, i64 %639
  %650 = getelementptr inbounds i8, ptr %M, i64 %641
  %651 = getelementptr inbounds i8, ptr %M, i64 %643
  %652 = extractelement <8 x float> %628, i64 0
  store float %652, ptr %644, align 4
  %653 = extractelement <8 x float> %628, i64 4
  store float %653, ptr %648, align 4
  %654 = icmp ugt <8 x i64> %vec.ind, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %655 = select <8 x i1> %654, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %656 = getelementptr inbounds i8, ptr %20, i64 %629
  %657 = getelementptr inbounds i8, ptr %20, i64 %637
  %658 = extractelement <8 x float> %655, i64 0
  store float %658, ptr %656, align 4
  %659 = extractelement <8 x float> %655, i64 4
  store float %659, ptr %657, align 4
  %660 = icmp ugt <8 x i64> %vec.ind, <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>
  %661 = select <8 x i1> %660, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %662 = getelementptr inbounds i8, ptr %21, i64 %629
  %663 = getelementptr inbounds i8, ptr %21, i64 %637
  %664 = extractelement <8 x float> %661, i64 0
  store float %664, ptr %662, align 4
  %665 = extractelement <8 x float> %661, i64 1
  %666 = extractelement <8 x float> %661, i64 2
  %667 = extractelement <8 x float> %661, i64 3
  %668 = extractelement <8 x float> %661, i64 4
  store float %668, ptr %663, align 4
  %669 = extractelement <8 x float> %661, i64 5
  %670 = extractelement <8 x float> %661, i64 6
  %671 = extractelement <8 x float> %661, i64 7
  %672 = icmp ugt <8 x i64> %vec.ind, <i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3>
  %673 = select <8 x i1> %672, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %674 = getelementptr inbounds i8, ptr %22, i64 %629
  %675 = getelementptr inbounds i8, ptr %22, i64 %637
  %676 = extractelement <8 x float> %673, i64 0
  store float %676, ptr %674, align 4
  %677 = extractelement <8 x float> %673, i64 1
  %678 = shufflevector <8 x float> %628, <8 x float> %655, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %679 = insertelement <4 x float> %678, float %665, i64 2
  %680 = insertelement <4 x float> %679, float %677, i64 3
  store <4 x float> %680, ptr %645, align 4
  %681 = extractelement <8 x float> %673, i64 2
  %682 = shufflevector <8 x float> %628, <8 x float> %655, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %683 = insertelement <4 x float> %682, float %666, i64 2
  %684 = insertelement <4 x float> %683, float %681, i64 3
  store <4 x float> %684, ptr %646, align 4
  %685 = extractelement <8 x float> %673, i64 3
  %686 = shufflevector <8 x float> %628, <8 x float> %655, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %687 = insertelement <4 x float> %686, float %667, i64 2
  %688 = insertelement <4 x float> %687, float %685, i64 3
  store <4 x float> %688, ptr %647, align 4
  %689 = extractelement <8 x float> %673, i64 4
  store float %689, ptr %675, align 4
  %690 = extractelement <8 x float> %673, i64 5
  %691 = shufflevector <8 x float> %628, <8 x float> %655, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %692 = insertelement <4 x float> %691, float %669, i64 2
  %693 = insertelement <4 x float> %692, float %690, i64 3
  store <4 x float> %693, ptr %649, align 4
  %694 = extractelement <8 x float> %673, i64 6
  %695 = shufflevector <8 x float> %628, <8 x float> %655, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %696 = insertelement <4 x float> %695, float %670, i64 2
  %697 = insertelement <4 x float> %696, float %694, i64 3
  store <4 x float> %697, ptr %650, align 4
  %698 = extractelement <8 x float> %673, i64 7
  %699 = shufflevector <8 x float> %628, <8 x float> %655, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %700 = insertelement <4 x float> %699, float %671, i64 2
  %701 = insertelement <4 x float> %700, float %698, i64 3
  store <4 x float> %701, ptr %651, align 4
  %702 = icmp ugt <8 x i64> %vec.ind, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %703 = select <8 x i1> %702, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %704 = getelementptr inbounds i8, ptr %23, i64 %629
  %705 = getelementptr inbounds i8, ptr %23, i64 %631
  %706 = getelementptr inbounds i8, ptr %23, i64 %633
  %707 = getelementptr inbounds i8, ptr %23, i64 %635
  %708 = getelementptr inbounds i8, ptr %23, i64 %637
  %709 = getelementptr inbounds i8, ptr %23, i64 %639
  %710 = getelementptr inbounds i8, ptr %23, i64 %641
  %711 = getelementptr inbounds i8, ptr %23, i64 %643
  %712 = extractelement <8 x float> %703, i64 0
  store float %712, ptr %704, align 4
  %713 = extractelement <8 x float> %703, i64 4
  store float %713, ptr %708, align 4
  %714 = icmp ugt <8 x i64> %vec.ind, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %715 = select <8 x i1> %714, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %716 = getelementptr inbounds i8, ptr %24, i64 %629
  %717 = getelementptr inbounds i8, ptr %24, i64 %637
  %718 = extractelement <8 x float> %715, i64 0
  store float %718, ptr %716, align 4
  %719 = extractelement <8 x float> %715, i64 4
  store float %719, ptr %717, align 4
  %720 = icmp ugt <8 x i64> %vec.ind, <i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6>
  %721 = select <8 x i1> %720, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %722 = getelementptr inbounds i8, ptr %25, i64 %629
  %723 = getelementptr inbounds i8, ptr %25, i64 %637
  %724 = extractelement <8 x float> %721, i64 0
  store float %724, ptr %722, align 4
  %725 = extractelement <8 x float> %721, i64 1
  %726 = extractelement <8 x float> %721, i64 2
  %727 = extractelement <8 x float> %721, i64 3
  %728 = extractelement <8 x float> %721, i64 4
  store float %728, ptr %723, align 4
  %729 = extractelement <8 x float> %721, i64 5
  %730 = extractelement <8 x float> %721, i64 6
  %731 = extractelement <8 x float> %721, i64 7
  %732 = icmp ugt <8 x i64> %vec.ind, <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %733 = select <8 x i1> %732, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %734 = getelementptr inbounds i8, ptr %26, i64 %629
  %735 = getelementptr inbounds i8, ptr %26, i64 %637
  %736 = extractelement <8 x float> %733, i64 0
  store float %736, ptr %734, align 4
  %737 = extractelement <8 x float> %733, i64 1
  %738 = shufflevector <8 x float> %703, <8 x float> %715, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %739 = insertelement <4 x float> %738, float %725, i64 2
  %740 = insertelement <4 x float> %739, float %737, i64 3
  store <4 x float> %740, ptr %705, align 4
  %741 = extractelement <8 x float> %733, i64 2
  %742 = shufflevector <8 x float> %703, <8 x float> %715, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %743 = insertelement <4 x float> %742, float %726, i64 2
  %744 = insertelement <4 x float> %743, float %741, i64 3
  store <4 x float> %744, ptr %706, align 4
  %745 = extractelement <8 x float> %733, i64 3
  %746 = shufflevector <8 x float> %703, <8 x float> %715, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %747 = insertelement <4 x float> %746, float %727, i64 2
  %748 = insertelement <4 x float> %747, float %745, i64 3
  store <4 x float> %748, ptr %707, align 4
  %749 = extractelement <8 x float> %733, i64 4
  store float %749, ptr %735, align 4
  %750 = extractelement <8 x float> %733, i64 5
  %751 = shufflevector <8 x float> %703, <8 x float> %715, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %752 = insertelement <4 x float> %751, float %729, i64 2
  %753 = insertelement <4 x float> %752, float %750, i64 3
  store <4 x float> %753, ptr %709, align 4
  %754 = extractelement <8 x float> %733, i64 6
  %755 = shufflevector <8 x float> %703, <8 x float> %715, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %756 = insertelement <4 x float> %755, float %730, i64 2
  %757 = insertelement <4 x float> %756, float %754, i64 3
  store <4 x float> %757, ptr %710, align 4
  %758 = extractelement <8 x float> %733, i64 7
  %759 = shufflevector <8 x float> %703, <8 x float> %715, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %760 = insertelement <4 x float> %759, float %731, i64 2
  %761 = insertelement <4 x float> %760, float %758, i64 3
  store <4 x float> %761, ptr %711, align 4
  %762 = icmp ugt <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %763 = select <8 x i1> %762, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %764 = getelementptr inbounds i8, ptr %27, i64 %629
  %765 = getelementptr inbounds i8, ptr %27, i64 %631
  %766 = getelementptr inbounds i8, ptr %27, i64 %633
  %767 = getelementptr inbounds i8, ptr %27, i64 %635
  %768 = getelementptr inbounds i8, ptr %27, i64 %637
  %769 = getelementptr inbounds i8, ptr %27, i64 %639
  %770 = getelementptr inbounds i8, ptr %27, i64 %641
  %771 = getelementptr inbounds i8, ptr %27, i64 %643
  %772 = extractelement <8 x float> %763, i64 0
  store float %772, ptr %764, align 4
  %773 = extractelement <8 x float> %763, i64 4
  store float %773, ptr %768, align 4
  %774 = icmp ugt <8 x i64> %vec.ind, <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %775 = select <8 x i1> %774, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %776 = getelementptr inbounds i8, ptr %28, i64 %629
  %777 = getelementptr inbounds i8, ptr %28, i64 %637
  %778 = extractelement <8 x float> %775, i64 0
  store float %778, ptr %776, align 4
  %779 = extractelement <8 x float> %775, i64 4
  store float %779, ptr %777, align 4
  %780 = icmp ugt <8 x i64> %vec.ind, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %781 = select <8 x i1> %780, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %782 = getelementptr inbounds i8, ptr %29, i64 %629
  %783 = getelementptr inbounds i8, ptr %29, i64 %637
  %784 = extractelement <8 x float> %781, i64 0
  store float %784, ptr %782, align 4
  %785 = extractelement <8 x float> %781, i64 1
  %786 = extractelement <8 x float> %781, i64 2
  %787 = extractelement <8 x float> %781, i64 3
  %788 = extractelement <8 x float> %781, i64 4
  store float %788, ptr %783, align 4
  %789 = extractelement <8 x float> %781, i64 5
  %790 = extractelement <8 x float> %781, i64 6
  %791 = extractelement <8 x float> %781, i64 7
  %792 = icmp ugt <8 x i64> %vec.ind, <i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11>
  %793 = select <8 x i1> %792, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %794 = getelementptr inbounds i8, ptr %30, i64 %629
  %795 = getelementptr inbounds i8, ptr %30, i64 %637
  %796 = extractelement <8 x float> %793, i64 0
  store float %796, ptr %794, align 4
  %797 = extractelement <8 x float> %793, i64 1
  %798 = shufflevector <8 x float> %763, <8 x float> %775, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %799 = insertelement <4 x float> %798, float %785, i64 2
  %800 = insertelement <4 x float> %799, float %797, i64 3
  store <4 x float> %800, ptr %765, align 4
  %801 = extractelement <8 x float> %793, i64 2
  %802 = shufflevector <8 x float> %763, <8 x float> %775, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %803 = insertelement <4 x float> %802, float %786, i64 2
  %804 = insertelement <4 x float> %803, float %801, i64 3
  store <4 x float> %804, ptr %766, align 4
  %805 = extractelement <8 x float> %793, i64 3
  %806 = shufflevector <8 x float> %763, <8 x float> %775, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %807 = insertelement <4 x float> %806, float %787, i64 2
  %808 = insertelement <4 x float> %807, float %805, i64 3
  store <4 x float> %808, ptr %767, align 4
  %809 = extractelement <8 x float> %793, i64 4
  store float %809, ptr %795, align 4
  %810 = extractelement <8 x float> %793, i64 5
  %811 = shufflevector <8 x float> %763, <8 x float> %775, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %812 = insertelement <4 x float> %811, float %789, i64 2
  %813 = insertelement <4 x float> %812, float %810, i64 3
  store <4 x float> %813, ptr %769, align 4
  %814 = extractelement <8 x float> %793, i64 6
  %815 = shufflevector <8 x float> %763, <8 x float> %775, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %816 = insertelement <4 x float> %815, float %790, i64 2
  %817 = insertelement <4 x float> %816, float %814, i64 3
  store <4 x float> %817, ptr %770, align 4
  %818 = extractelement <8 x float> %793, i64 7
  %819 = shufflevector <8 x float> %763, <8 x float> %775, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %820 = insertelement <4 x float> %819, float %791, i64 2
  %821 = insertelement <4 x float> %820, float %818, i64 3
  store <4 x float> %821, ptr %771, align 4
  %822 = icmp ugt <8 x i64> %vec.ind, <i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12>
  %823 = select <8 x i1> %822, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %824 = getelementptr inbounds i8, ptr %31, i64 %629
  %825 = getelementptr inbounds i8, ptr %31, i64 %631
  %826 = getelementptr inbounds i8, ptr %31, i64 %633
  %827 = getelementptr inbounds i8, ptr %31, i64 %635
  %828 = getelementptr inbounds i8, ptr %31, i64 %637
  %829 = getelementptr inbounds i8, ptr %31, i64 %639
  %830 = getelementptr inbounds i8, ptr %31, i64 %641
  %831 = getelementptr inbounds i8, ptr %31, i64 %643
  %832 = extractelement <8 x float> %823, i64 0
  store float %832, ptr %824, align 4
  %833 = extractelement <8 x float> %823, i64 4
  store float %833, ptr %828, align 4
  %834 = icmp ugt <8 x i64> %vec.ind, <i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13>
  %835 = select <8 x i1> %834, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %836 = getelementptr inbounds i8, ptr %32, i64 %629
  %837 = getelementptr inbounds i8, ptr %32, i64 %637
  %838 = extractelement <8 x float> %835, i64 0
  store float %838, ptr %836, align 4
  %839 = extractelement <8 x float> %835, i64 4
  store float %839, ptr %837, align 4
  %840 = icmp ugt <8 x i64> %vec.ind, <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>
  %841 = select <8 x i1> %840, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %842 = getelementptr inbounds i8, ptr %33, i64 %629
  %843 = getelementptr inbounds i8, ptr %33, i64 %637
  %844 = extractelement <8 x float> %841, i64 0
  store float %844, ptr %842, align 4
  %845 = extractelement <8 x float> %841, i64 1
  %846 = extractelement <8 x float> %841, i64 2
  %847 = extractelement <8 x float> %841, i64 3
  %848 = extractelement <8 x float> %841, i64 4
  store float %848, ptr %843, align 4
  %849 = extractelement <8 x float> %841, i64 5
  %850 = extractelement <8 x float> %841, i64 6
  %851 = extractelement <8 x float> %841, i64 7
  %852 = icmp ugt <8 x i64> %vec.ind, <i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15>
  %853 = select <8 x i1> %852, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %854 = getelementptr inbounds i8, ptr %34, i64 %629
  %855 = getelementptr inbounds i8, ptr %34, i64 %637
  %856 = extractelement <8 x float> %853, i64 0
  store float %856, ptr %854, align 4
  %857 = extractelement <8 x float> %853, i64 1
  %858 = shufflevector <8 x float> %823, <8 x float> %835, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %859 = insertelement <4 x float> %858, float %845, i64 2
  %860 = insertelement <4 x float> %859, float %857, i64 3
  store <4 x float> %860, ptr %825, align 4
  %861 = extractelement <8 x float> %853, i64 2
  %862 = shufflevector <8 x float> %823, <8 x float> %835, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %863 = insertelement <4 x float> %862, float %846, i64 2
  %864 = insertelement <4 x float> %863, float %861, i64 3
  store <4 x float> %864, ptr %826, align 4
  %865 = extractelement <8 x float> %853, i64 3
  %866 = shufflevector <8 x float> %823, <8 x float> %835, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %867 = insertelement <4 x float> %866, float %847, i64 2
  %868 = insertelement <4 x float> %867, float %865, i64 3
  store <4 x float> %868, ptr %827, align 4
  %869 = extractelement <8 x float> %853, i64 4
  store float %869, ptr %855, align 4
  %870 = extractelement <8 x float> %853, i64 5
  %871 = shufflevector <8 x float> %823, <8 x float> %835, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %872 = insertelement <4 x float> %871, float %849, i64 2
  %873 = insertelement <4 x float> %872, float %870, i64 3
  store <4 x float> %873, ptr %829, align 4
  %874 = extractelement <8 x float> %853, i64 6
  %875 = shufflevector <8 x float> %823, <8 x float> %835, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %876 = insertelement <4 x float> %875, float %850, i64 2
  %877 = insertelement <4 x float> %876, float %874, i64 3
  store <4 x float> %877, ptr %830, align 4
  %878 = extractelement <8 x float> %853, i64 7
  %879 = shufflevector <8 x float> %823, <8 x float> %835, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %880 = insertelement <4 x float> %879, float %851, i64 2
  %881 = insertelement <4 x float> %880, float %878, i64 3
  store <4 x float> %881, ptr %831, align 4
  %882 = icmp ugt <8 x i64> %vec.ind, <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>
  %883 = select <8 x i1> %882, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %884 = getelementptr inbounds i8, ptr %35, i64 %629
  %885 = getelementptr inbounds i8, ptr %35, i64 %631
  %886 = getelementptr inbounds i8, ptr %35, i64 %633
  %887 = getelementptr inbounds i8, ptr %35, i64 %635
  %888 = getelementptr inbounds i8, ptr %35, i64 %637
  %889 = getelementptr inbounds i8, ptr %35, i64 %639
  %890 = getelementptr inbounds i8, ptr %35, i64 %641
  %891 = getelementptr inbounds i8, ptr %35, i64 %643
  %892 = extractelement <8 x float> %883, i64 0
  store float %892, ptr %884, align 4
  %893 = extractelement <8 x float> %883, i64 4
  store float %893, ptr %888, align 4
  %894 = icmp ugt <8 x i64> %vec.ind, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %895 = select <8 x i1> %894, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %896 = getelementptr inbounds i8, ptr %36, i64 %629
  %897 = getelementptr inbounds i8, ptr %36, i64 %637
  %898 = extractelement <8 x float> %895, i64 0
  store float %898, ptr %896, align 4
  %899 = extractelement <8 x float> %895, i64 4
  store float %899, ptr %897, align 4
  %900 = icmp ugt <8 x i64> %vec.ind, <i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18>
  %901 = select <8 x i1> %900, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %902 = getelementptr inbounds i8, ptr %37, i64 %629
  %903 = getelementptr inbounds i8, ptr %37, i64 %637
  %904 = extractelement <8 x float> %901, i64 0
  store float %904, ptr %902, align 4
  %905 = extractelement <8 x float> %901, i64 1
  %906 = extractelement <8 x float> %901, i64 2
  %907 = extractelement <8 x float> %901, i64 3
  %908 = extractelement <8 x float> %901, i64 4
  store float %908, ptr %903, align 4
  %909 = extractelement <8 x float> %901, i64 5
  %910 = extractelement <8 x float> %901, i64 6
  %911 = extractelement <8 x float> %901, i64 7
  %912 = icmp ugt <8 x i64> %vec.ind, <i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19>
  %913 = select <8 x i1> %912, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %914 = getelementptr inbounds i8, ptr %38, i64 %629
  %915 = getelementptr inbounds i8, ptr %38, i64 %637
  %916 = extractelement <8 x float> %913, i64 0
  store float %916, ptr %914, align 4
  %917 = extractelement <8 x float> %913, i64 1
  %918 = shufflevector <8 x float> %883, <8 x float> %895, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %919 = insertelement <4 x float> %918, float %905, i64 2
  %920 = insertelement <4 x float> %919, float %917, i64 3
  store <4 x float> %920, ptr %885, align 4
  %921 = extractelement <8 x float> %913, i64 2
  %922 = shufflevector <8 x float> %883, <8 x float> %895, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %923 = insertelement <4 x float> %922, float %906, i64 2
  %924 = insertelement <4 x float> %923, float %921, i64 3
  store <4 x float> %924, ptr %886, align 4
  %925 = extractelement <8 x float> %913, i64 3
  %926 = shufflevector <8 x float> %883, <8 x float> %895, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %927 = insertelement <4 x float> %926, float %907, i64 2
  %928 = insertelement <4 x float> %927, float %925, i64 3
  store <4 x float> %928, ptr %887, align 4
  %929 = extractelement <8 x float> %913, i64 4
  store float %929, ptr %915, align 4
  %930 = extractelement <8 x float> %913, i64 5
  %931 = shufflevector <8 x float> %883, <8 x float> %895, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %932 = insertelement <4 x float> %931, float %909, i64 2
  %933 = insertelement <4 x float> %932, float %930, i64 3
  store <4 x float> %933, ptr %889, align 4
  %934 = extractelement <8 x float> %913, i64 6
  %935 = shufflevector <8 x float> %883, <8 x float> %895, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %936 = insertelement <4 x float> %935, float %910, i64 2
  %937 = insertelement <4 x float> %936, float %934, i64 3
  store <4 x float> %937, ptr %890, align 4
  %938 = extractelement <8 x float> %913, i64 7
  %939 = shufflevector <8 x float> %883, <8 x float> %895, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %940 = insertelement <4 x float> %939, float %911, i64 2
  %941 = insertelement <4 x float> %940, float %938, i64 3
  store <4 x float> %941, ptr %891, align 4
  %942 = icmp ugt <8 x i64> %vec.ind, <i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20>
  %943 = select <8 x i1> %942, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %944 = getelementptr inbounds i8, ptr %39, i64 %629
  %945 = getelementptr inbounds i8, ptr %39, i64 %631
  %946 = getelementptr inbounds i8, ptr %39, i64 %633
  %947 = getelementptr inbounds i8, ptr %39, i64 %635
  %948 = getelementptr inbounds i8, ptr %39, i64 %637
  %949 = getelementptr inbounds i8, ptr %39, i64 %639
  %950 = getelementptr inbounds i8, ptr %39, i64 %641
  %951 = getelementptr inbounds i8, ptr %39, i64 %643
  %952 = extractelement <8 x float> %943, i64 0
  store float %952, ptr %944, align 4
  %953 = extractelement <8 x float> %943, i64 4
  store float %953, ptr %948, align 4
  %954 = icmp ugt <8 x i64> %vec.ind, <i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21>
  %955 = select <8 x i1> %954, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %956 = getelementptr inbounds i8, ptr %40, i64 %629
  %957 = getelementptr inbounds i8, ptr %40, i64 %637
  %958 = extractelement <8 x float> %955, i64 0
  store float %958, ptr %956, align 4
  %959 = extractelement <8 x float> %955, i64 4
  store float %959, ptr %957, align 4
  %960 = icmp ugt <8 x i64> %vec.ind, <i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22>
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %962 = getelementptr inbounds i8, ptr %41, i64 %629
  %963 = getelementptr inbounds i8, ptr %41, i64 %637
  %964 = extractelement <8 x float> %961, i64 0
  store float %964, ptr %962, align 4
  %965 = extractelement <8 x float> %961, i64 1
  %966 = extractelement <8 x float> %961, i64 2
  %967 = extractelement <8 x float> %961, i64 3
  %968 = extractelement <8 x float> %961, i64 4
  store float %968, ptr %963, align 4
  %969 = extractelement <8 x float> %961, i64 5
  %970 = extractelement <8 x float> %961, i64 6
  %971 = extractelement <8 x float> %961, i64 7
  %972 = icmp ugt <8 x i64> %vec.ind, <i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23>
  %973 = select <8 x i1> %972, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %974 = getelementptr inbounds i8, ptr %42, i64 %629
  %975 = getelementptr inbounds i8, ptr %42, i64 %637
  %976 = extractelement <8 x float> %973, i64 0
  store float %976, ptr %974, align 4
  %977 = extractelement <8 x float> %973, i64 1
  %978 = shufflevector <8 x float> %943, <8 x float> %955, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %979 = insertelement <4 x float> %978, float %965, i64 2
  %980 = insertelement <4 x float> %979, float %977, i64 3
  store <4 x float> %980, ptr %945, align 4
  %981 = extractelement <8 x float> %973, i64 2
  %982 = shufflevector <8 x float> %943, <8 x float> %955, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %983 = insertelement <4 x float> %982, float %966, i64 2
  %984 = insertelement <4 x float> %983, float %981, i64 3
  store <4 x float> %984, ptr %946, align 4
  %985 = extractelement <8 x float> %973, i64 3
  %986 = shufflevector <8 x float> %943, <8 x float> %955, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %987 = insertelement <4 x float> %986, float %967, i64 2
  %988 = insertelement <4 x float> %987, float %985, i64 3
  store <4 x float> %988, ptr %947, align 4
  %989 = extractelement <8 x float> %973, i64 4
  store float %989, ptr %975, align 4
  %990 = extractelement <8 x float> %973, i64 5
  %991 = shufflevector <8 x float> %943, <8 x float> %955, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %992 = insertelement <4 x float> %991, float %969, i64 2
  %993 = insertelement <4 x float> %992, float %990, i64 3
  store <4 x float> %993, ptr %949, align 4
  %994 = extractelement <8 x float> %973, i64 6
  %995 = shufflevector <8 x float> %943, <8 x float> %955, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %996 = insertelement <4 x float> %995, float %970, i64 2
  %997 = insertelement <4 x float> %996, float %994, i64 3
  store <4 x float> %997, ptr %950, align 4
  %998 = extractelement <8 x float> %973, i64 7
  %999 = shufflevector <8 x float> %943, <8 x float> %955, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %1000 = insertelement <4 x float> %999, float %971, i64 2
  %1001 = insertelement <4 x float> %1000, float %998, i64 3
  store <4 x float> %1001, ptr %951, align 4
  %1002 = icmp ugt <8 x i64> %vec.ind, <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>
  %1003 = select <8 x i1> %1002, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1004 = getelementptr inbounds i8, ptr %43, i64 %629
  %1005 = getelementptr inbounds i8, ptr %43, i64 %631
  %1006 = getelementptr inbounds i8, ptr %43, i64 %633
  %1007 = getelementptr inbounds i8, ptr %43, i64 %635
  %1008 = getelementptr inbounds i8, ptr %43, i64 %637
  %1009 = getelementptr inbounds i8, ptr %43, i64 %639
  %1010 = getelementptr inbounds i8, ptr %43, i64 %641
  %1011 = getelementptr inbounds i8, ptr %43, i64 %643
  %1012 = extractelement <8 x float> %1003, i64 0
  store float %1012, ptr %1004, align 4
  %1013 = extractelement <8 x float> %1003, i64 4
  store float %1013, ptr %1008, align 4
  %1014 = icmp ugt <8 x i64> %vec.ind, <i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25>
  %1015 = select <8 x i1> %1014, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1016 = getelementptr inbounds i8, ptr %44, i64 %629
  %1017 = getelementptr inbounds i8, ptr %44, i64 %637
  %1018 = extractelement <8 x float> %1015, i64 0
  store float %1018, ptr %1016, align 4
  %1019 = extractelement <8 x float> %1015, i64 4
  store float %1019, ptr %1017, align 4
  %1020 = icmp ugt <8 x i64> %vec.ind, <i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26>
  %1021 = select <8 x i1> %1020, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1022 = getelementptr inbounds i8, ptr %45, i64 %629
  %1023 = getelementptr inbounds i8, ptr %45, i64 %637
  %1024 = extractelement <8 x float> %1021, i64 0
  store float %1024, ptr %1022, align 4
  %1025 = extractelement <8 x float> %1021, i64 1
  %1026 = extractelement <8 x float> %1021, i64 2
  %1027 = extractelement <8 x float> %1021, i64 3
  %1028 = extractelement <8 x float> %1021, i64 4
  store float %1028, ptr %1023, align 4
  %1029 = extractelement <8 x float> %1021, i64 5
  %1030 = extractelement <8 x float> %1021, i64 6
  %1031 = extractelement <8 x float> %1021, i64 7
  %1032 = icmp ugt <8 x i64> %vec.ind, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %1033 = select <8 x i1> %1032, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1034 = getelementptr inbounds i8, ptr %46, i64 %629
  %1035 = getelementptr inbounds i8, ptr %46, i64 %637
  %1036 = extractelement <8 x float> %1033, i64 0
  store float %1036, ptr %1034, align 4
  %1037 = extractelement <8 x float> %1033, i64 1
  %1038 = shufflevector <8 x float> %1003, <8 x float> %1015, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %1039 = insertelement <4 x float> %1038, float %1025, i64 2
  %1040 = insertelement <4 x float> %1039, float %1037, i64 3
  store <4 x float> %1040, ptr %1005, align 4
  %1041 = extractelement <8 x float> %1033, i64 2
  %1042 = shufflevector <8 x float> %1003, <8 x float> %1015, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %1043 = insertelement <4 x float> %1042, float %1026, i64 2
  %1044 = insertelement <4 x float> %1043, float %1041, i64 3
  store <4 x float> %1044, ptr %1006, align 4
  %1045 = extractelement <8 x float> %1033, i64 3
  %1046 = shufflevector <8 x float> %1003, <8 x float> %1015, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %1047 = insertelement <4 x float> %1046, float %1027, i64 2
  %1048 = insertelement <4 x float> %1047, float %1045, i64 3
  store <4 x float> %1048, ptr %1007, align 4
  %1049 = extractelement <8 x float> %1033, i64 4
  store float %1049, ptr %1035, align 4
  %1050 = extractelement <8 x float> %1033, i64 5
  %1051 = shufflevector <8 x float> %1003, <8 x float> %1015, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %1052 = insertelement <4 x float> %1051, float %1029, i64 2
  %1053 = insertelement <4 x float> %1052, float %1050, i64 3
  store <4 x float> %1053, ptr %1009, align 4
  %1054 = extractelement <8 x float> %1033, i64 6
  %1055 = shufflevector <8 x float> %1003, <8 x float> %1015, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %1056 = insertelement <4 x float> %1055, float %1030, i64 2
  %1057 = insertelement <4 x float> %1056, float %1054, i64 3
  store <4 x float> %1057, ptr %1010, align 4
  %1058 = extractelement <8 x float> %1033, i64 7
  %1059 = shufflevector <8 x float> %1003, <8 x float> %1015, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %1060 = insertelement <4 x float> %1059, float %1031, i64 2
  %1061 = insertelement <4 x float> %1060, float %1058, i64 3
  store <4 x float> %1061, ptr %1011, align 4
  %1062 = icmp ugt <8 x i64> %vec.ind, <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>
  %1063 = select <8 x i1> %1062, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1064 = getelementptr inbounds i8, ptr %47, i64 %629
  %1065 = getelementptr inbounds i8, ptr %47, i64 %631
  %1066 = getelementptr inbounds i8, ptr %47, i64 %633
  %1067 = getelementptr inbounds i8, ptr %47, i64 %635
  %1068 = getelementptr inbounds i8, ptr %47, i64 %637
  %1069 = getelementptr inbounds i8, ptr %47, i64 %639
  %1070 = getelementptr inbounds i8, ptr %47, i64 %641
  %1071 = getelementptr inbounds i8, ptr %47, i64 %643
  %1072 = extractelement <8 x float> %1063, i64 0
  store float %1072, ptr %1064, align 4
  %1073 = extractelement <8 x float> %1063, i64 2
  store float %1073, ptr %1066, align 4
  %1074 = extractelement <8 x float> %1063, i64 3
  store float %1074, ptr %1067, align 4
  %1075 = extractelement <8 x float> %1063, i64 4
  store float %1075, ptr %1068, align 4
  %1076 = icmp ugt <8 x i64> %vec.ind, <i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29>
  %1077 = select <8 x i1> %1076, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1078 = getelementptr inbounds i8, ptr %48, i64 %629
  %1079 = getelementptr inbounds i8, ptr %48, i64 %633
  %1080 = getelementptr inbounds i8, ptr %48, i64 %635
  %1081 = getelementptr inbounds i8, ptr %48, i64 %637
  %1082 = extractelement <8 x float> %1077, i64 0
  store float %1082, ptr %1078, align 4
  %1083 = shufflevector <8 x float> %1063, <8 x float> %1077, <2 x i32> <i32 1, i32 9>
  store <2 x float> %1083, ptr %1065, align 4
  %1084 = extractelement <8 x float> %1077, i64 2
  store float %1084, ptr %1079, align 4
  %1085 = extractelement <8 x float> %1077, i64 3
  store float %1085, ptr %1080, align 4
  %1086 = extractelement <8 x float> %1077, i64 4
  store float %1086, ptr %1081, align 4
  %1087 = shufflevector <8 x float> %1063, <8 x float> %1077, <2 x i32> <i32 5, i32 13>
  store <2 x float> %1087, ptr %1069, align 4
  %1088 = shufflevector <8 x float> %1063, <8 x float> %1077, <2 x i32> <i32 6, i32 14>
  store <2 x float> %1088, ptr %1070, align 4
  %1089 = shufflevector <8 x float> %1063, <8 x float> %1077, <2 x i32> <i32 7, i32 15>
  store <2 x float> %1089, ptr %1071, align 4
  %1090 = icmp ugt <8 x i64> %vec.ind, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %1091 = select <8 x i1> %1090, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1092 = getelementptr inbounds i8, ptr %49, i64 %629
  %1093 = getelementptr inbounds i8, ptr %49, i64 %631
  %1094 = getelementptr inbounds i8, ptr %49, i64 %633
  %1095 = getelementptr inbounds i8, ptr %49, i64 %635
  %1096 = getelementptr inbounds i8, ptr %49, i64 %637
  %1097 = getelementptr inbounds i8, ptr %49, i64 %639
  %1098 = getelementptr inbounds i8, ptr %49, i64 %641
  %1099 = getelementptr inbounds i8, ptr %49, i64 %643
  %1100 = extractelement <8 x float> %1091, i64 0
  store float %1100, ptr %1092, align 4
  %1101 = extractelement <8 x float> %1091, i64 1
  store float %1101, ptr %1093, align 4
  %1102 = extractelement <8 x float> %1091, i64 2
  store float %1102, ptr %1094, align 4
  %1103 = extractelement <8 x float> %1091, i64 3
  store float %1103, ptr %1095, align 4
  %1104 = extractelement <8 x float> %1091, i64 4
  store float %1104, ptr %1096, align 4
  %1105 = extractelement <8 x float> %1091, i64 5
  store float %1105, ptr %1097, align 4
  %1106 = extractelement <8 x float> %1091, i64 6
  store float %1106, ptr %1098, align 4
  %1107 = extractelement <8 x float> %1091, i64 7
  store float %1107, ptr %1099, align 4
  %1108 = getelementptr inbounds i8, ptr %50, i64 %629
  %1109 = getelementptr inbounds i8, ptr %50, i64 %631
  %1110 = getelementptr inbounds i8, ptr %50, i64 %633
  %1111 = getelementptr inbounds i8, ptr %50, i64 %635
  %1112 = getelementptr inbounds i8, ptr %50, i64 %637
  %1113 = getelementptr inbounds i8, ptr %50, i64 %639
  %1114 = getelementptr inbounds i8, ptr %50, i64 %641
  %1115 = getelementptr inbounds i8, ptr %50, i64 %643
  store float 1.000000e+00, ptr %1108, align 4
  store float 1.000000e+00, ptr %1109, align 4
  store float 1.000000e+00, ptr %1110, align 4
  store float 1.000000e+00, ptr %1111, align 4
  store float 1.000000e+00, ptr %1112, align 4
  store float 1.000000e+00, ptr %1113, align 4
  store float 1.000000e+00, ptr %1114, align 4
  store float 1.000000e+00, ptr %1115, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1116 = icmp eq i64 %index.next, 32
  br i1 %1116, label %t2.body.preheader, label %vector.body, !llvm.loop !0

t2.body.preheader:                                ; preds = %vector.body
  %1117 = getelementptr i8, ptr %290, i64 %292
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.03088 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %1118 = shl nuw nsw i64 %t2.addr.03088, 8
  %gep3898 = getelementptr i8, ptr %invariant.gep3897, i64 %1118
  %1119 = shl nsw i64 %t2.addr.03088, 9
  %1120 = icmp sgt i64 %296, %t2.addr.03088
  br i1 %1120, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t2.body
  %gep3900 = getelementptr i8, ptr %invariant.gep3899, i64 %1118
  %gep3902 = getelementptr i8, ptr %invariant.gep3901, i64 %1118
  %gep3904 = getelementptr i8, ptr %invariant.gep3903, i64 %1119
  %gep3906 = getelementptr i8, ptr %invariant.gep3905, i64 %1119
  %gep3908 = getelementptr i8, ptr %invariant.gep3907, i64 %1119
  %gep3910 = getelementptr i8, ptr %invariant.gep3909, i64 %1119
  %gep3912 = getelementptr i8, ptr %invariant.gep3911, i64 %1119
  %gep3914 = getelementptr i8, ptr %invariant.gep3913, i64 %1119
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3900, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3902, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3898, i8 0, i64 256, i1 false)
  %i12 = shl nuw nsw i64 %t2.addr.03088, 1
  %1121 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %1121, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3904, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3906, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3908, i8 0, i64 256, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %1122 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %1122, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3910, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3912, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3914, i8 0, i64 256, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %1123 = mul i64 %16, %t2.addr.03088
  %scevgep3647 = getelementptr i8, ptr %1117, i64 %1123
  %1124 = add nuw nsw i64 %t2.addr.03088, %t0
  %1125 = shl nuw nsw i64 %t2.addr.03088, 6
  %.idx3419 = shl i64 %1124, 8
  %1126 = getelementptr i8, ptr %invariant.gep3400, i64 %.idx3419
  %1127 = load <16 x float>, ptr %1126, align 4
  %1128 = fmul <16 x float> %1127, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1129 = or disjoint i64 %1125, 8192
  %1130 = getelementptr inbounds float, ptr %Bk, i64 %1129
  store <16 x float> %1128, ptr %1130, align 4
  %1131 = getelementptr inbounds float, ptr %QK, i64 %1125
  store <16 x float> %1128, ptr %1131, align 4
  %1132 = getelementptr i8, ptr %51, i64 %.idx3419
  %1133 = load <16 x float>, ptr %1132, align 4
  %1134 = fmul <16 x float> %1133, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1135 = or disjoint i64 %1125, 16
  %1136 = or i64 %1125, 8208
  %1137 = getelementptr inbounds float, ptr %Bk, i64 %1136
  store <16 x float> %1134, ptr %1137, align 4
  %1138 = getelementptr inbounds float, ptr %QK, i64 %1135
  store <16 x float> %1134, ptr %1138, align 4
  %1139 = getelementptr i8, ptr %52, i64 %.idx3419
  %1140 = load <16 x float>, ptr %1139, align 4
  %1141 = fmul <16 x float> %1140, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1142 = or disjoint i64 %1125, 32
  %1143 = or i64 %1125, 8224
  %1144 = getelementptr inbounds float, ptr %Bk, i64 %1143
  store <16 x float> %1141, ptr %1144, align 4
  %1145 = getelementptr inbounds float, ptr %QK, i64 %1142
  store <16 x float> %1141, ptr %1145, align 4
  %1146 = getelementptr i8, ptr %53, i64 %.idx3419
  %1147 = load <16 x float>, ptr %1146, align 4
  %1148 = fmul <16 x float> %1147, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %1149 = or disjoint i64 %1125, 48
  %1150 = or i64 %1125, 8240
  %1151 = getelementptr inbounds float, ptr %Bk, i64 %1150
  store <16 x float> %1148, ptr %1151, align 4
  %1152 = getelementptr inbounds float, ptr %QK, i64 %1149
  store <16 x float> %1148, ptr %1152, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep3898, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3647, i64 256, i1 false)
  %i5 = shl nuw nsw i64 %t2.addr.03088, 1
  %1153 = or disjoint i64 %t2.addr.03088, %t0
  %tau = shl nsw i64 %1153, 1
  %1154 = mul nsw i64 %tau, %H
  %1155 = getelementptr inbounds float, ptr %betah, i64 %1154
  %1156 = load float, ptr %1155, align 4
  %1157 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %1156, ptr %1157, align 4
  %1158 = shl nuw nsw i64 %t2.addr.03088, 7
  %.idx3421 = shl i64 %1153, 9
  %1159 = getelementptr i8, ptr %gep3395, i64 %.idx3421
  %1160 = load <16 x float>, ptr %1159, align 4
  %gep3916 = getelementptr inbounds float, ptr %invariant.gep3915, i64 %1158
  store <16 x float> %1160, ptr %gep3916, align 4
  %1161 = fneg <16 x float> %1160
  %gep3918 = getelementptr inbounds float, ptr %invariant.gep3917, i64 %1158
  store <16 x float> %1161, ptr %gep3918, align 4
  %1162 = getelementptr i8, ptr %54, i64 %.idx3421
  %1163 = load <16 x float>, ptr %1162, align 4
  %gep3920 = getelementptr inbounds float, ptr %invariant.gep3919, i64 %1158
  store <16 x float> %1163, ptr %gep3920, align 4
  %1164 = fneg <16 x float> %1163
  %gep3922 = getelementptr inbounds float, ptr %invariant.gep3921, i64 %1158
  store <16 x float> %1164, ptr %gep3922, align 4
  %1165 = getelementptr i8, ptr %55, i64 %.idx3421
  %1166 = load <16 x float>, ptr %1165, align 4
  %gep3924 = getelementptr inbounds float, ptr %invariant.gep3923, i64 %1158
  store <16 x float> %1166, ptr %gep3924, align 4
  %1167 = fneg <16 x float> %1166
  %gep3926 = getelementptr inbounds float, ptr %invariant.gep3925, i64 %1158
  store <16 x float> %1167, ptr %gep3926, align 4
  %1168 = getelementptr i8, ptr %56, i64 %.idx3421
  %1169 = load <16 x float>, ptr %1168, align 4
  %gep3928 = getelementptr inbounds float, ptr %invariant.gep3927, i64 %1158
  store <16 x float> %1169, ptr %gep3928, align 4
  %1170 = fneg <16 x float> %1169
  %gep3930 = getelementptr inbounds float, ptr %invariant.gep3929, i64 %1158
  store <16 x float> %1170, ptr %gep3930, align 4
  %1171 = getelementptr i8, ptr %gep3397, i64 %.idx3421
  %1172 = load <16 x float>, ptr %1171, align 4
  %1173 = getelementptr inbounds i8, ptr %Rr, i64 %1119
  store <16 x float> %1172, ptr %1173, align 4
  %1174 = getelementptr i8, ptr %57, i64 %.idx3421
  %1175 = load <16 x float>, ptr %1174, align 4
  %1176 = getelementptr inbounds i8, ptr %58, i64 %1119
  store <16 x float> %1175, ptr %1176, align 4
  %1177 = getelementptr i8, ptr %59, i64 %.idx3421
  %1178 = load <16 x float>, ptr %1177, align 4
  %1179 = getelementptr inbounds i8, ptr %60, i64 %1119
  store <16 x float> %1178, ptr %1179, align 4
  %1180 = getelementptr i8, ptr %61, i64 %.idx3421
  %1181 = load <16 x float>, ptr %1180, align 4
  %1182 = getelementptr inbounds i8, ptr %62, i64 %1119
  store <16 x float> %1181, ptr %1182, align 4
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %1183 = mul nsw i64 %tau1, %H
  %1184 = getelementptr inbounds float, ptr %betah, i64 %1183
  %1185 = load float, ptr %1184, align 4
  %1186 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %1185, ptr %1186, align 4
  %1187 = shl nuw nsw i64 %i7, 6
  %.idx3424 = shl i64 %tau1, 8
  %1188 = getelementptr i8, ptr %gep3395, i64 %.idx3424
  %1189 = load <16 x float>, ptr %1188, align 4
  %gep3932 = getelementptr inbounds float, ptr %invariant.gep3931, i64 %1187
  store <16 x float> %1189, ptr %gep3932, align 4
  %1190 = fneg <16 x float> %1189
  %gep3934 = getelementptr inbounds float, ptr %invariant.gep3933, i64 %1187
  store <16 x float> %1190, ptr %gep3934, align 4
  %1191 = getelementptr i8, ptr %54, i64 %.idx3424
  %1192 = load <16 x float>, ptr %1191, align 4
  %gep3936 = getelementptr inbounds float, ptr %invariant.gep3935, i64 %1187
  store <16 x float> %1192, ptr %gep3936, align 4
  %1193 = fneg <16 x float> %1192
  %gep3938 = getelementptr inbounds float, ptr %invariant.gep3937, i64 %1187
  store <16 x float> %1193, ptr %gep3938, align 4
  %1194 = getelementptr i8, ptr %55, i64 %.idx3424
  %1195 = load <16 x float>, ptr %1194, align 4
  %gep3940 = getelementptr inbounds float, ptr %invariant.gep3939, i64 %1187
  store <16 x float> %1195, ptr %gep3940, align 4
  %1196 = fneg <16 x float> %1195
  %gep3942 = getelementptr inbounds float, ptr %invariant.gep3941, i64 %1187
  store <16 x float> %1196, ptr %gep3942, align 4
  %1197 = getelementptr i8, ptr %56, i64 %.idx3424
  %1198 = load <16 x float>, ptr %1197, align 4
  %gep3944 = getelementptr inbounds float, ptr %invariant.gep3943, i64 %1187
  store <16 x float> %1198, ptr %gep3944, align 4
  %1199 = fneg <16 x float> %1198
  %gep3946 = getelementptr inbounds float, ptr %invariant.gep3945, i64 %1187
  store <16 x float> %1199, ptr %gep3946, align 4
  %1200 = getelementptr i8, ptr %gep3397, i64 %.idx3424
  %1201 = load <16 x float>, ptr %1200, align 4
  %.idx3426 = shl nsw i64 %i7, 8
  %1202 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3426
  store <16 x float> %1201, ptr %1202, align 4
  %1203 = getelementptr i8, ptr %57, i64 %.idx3424
  %1204 = load <16 x float>, ptr %1203, align 4
  %1205 = getelementptr inbounds i8, ptr %58, i64 %.idx3426
  store <16 x float> %1204, ptr %1205, align 4
  %1206 = getelementptr i8, ptr %59, i64 %.idx3424
  %1207 = load <16 x float>, ptr %1206, align 4
  %1208 = getelementptr inbounds i8, ptr %60, i64 %.idx3426
  store <16 x float> %1207, ptr %1208, align 4
  %1209 = getelementptr i8, ptr %61, i64 %.idx3424
  %1210 = load <16 x float>, ptr %1209, align 4
  %1211 = getelementptr inbounds i8, ptr %62, i64 %.idx3426
  store <16 x float> %1210, ptr %1211, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.03088, 1
  %exitcond3654.not = icmp eq i64 %t2.next, 32
  br i1 %exitcond3654.not, label %j16.head.preheader, label %t2.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.03090 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %.idx3696 = shl nsw i64 %i20.addr.03090, 8
  %invariant.gep3947 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3696
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %j16.addr.03089 = phi i64 [ 0, %j16.head.preheader ], [ %j16.next, %j16.body ]
  %gep3948 = getelementptr inbounds float, ptr %invariant.gep3947, i64 %j16.addr.03089
  %1212 = getelementptr inbounds i8, ptr %gep3948, i64 40960
  %1213 = load <16 x float>, ptr %1212, align 4
  %1214 = getelementptr inbounds i8, ptr %gep3948, i64 43008
  %1215 = load <16 x float>, ptr %1214, align 4
  %1216 = getelementptr inbounds i8, ptr %gep3948, i64 41216
  %1217 = load <16 x float>, ptr %1216, align 4
  %1218 = getelementptr inbounds i8, ptr %gep3948, i64 43264
  %1219 = load <16 x float>, ptr %1218, align 4
  %1220 = getelementptr inbounds i8, ptr %gep3948, i64 41472
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = getelementptr inbounds i8, ptr %gep3948, i64 43520
  %1223 = load <16 x float>, ptr %1222, align 4
  %1224 = getelementptr inbounds i8, ptr %gep3948, i64 41728
  %1225 = load <16 x float>, ptr %1224, align 4
  %1226 = getelementptr inbounds i8, ptr %gep3948, i64 43776
  %1227 = load <16 x float>, ptr %1226, align 4
  %1228 = getelementptr inbounds i8, ptr %gep3948, i64 41984
  %1229 = load <16 x float>, ptr %1228, align 4
  %1230 = getelementptr inbounds i8, ptr %gep3948, i64 44032
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = getelementptr inbounds i8, ptr %gep3948, i64 42240
  %1233 = load <16 x float>, ptr %1232, align 4
  %1234 = getelementptr inbounds i8, ptr %gep3948, i64 44288
  %1235 = load <16 x float>, ptr %1234, align 4
  %1236 = getelementptr inbounds i8, ptr %gep3948, i64 42496
  %1237 = load <16 x float>, ptr %1236, align 4
  %1238 = getelementptr inbounds i8, ptr %gep3948, i64 44544
  %1239 = load <16 x float>, ptr %1238, align 4
  %1240 = getelementptr inbounds i8, ptr %gep3948, i64 42752
  %1241 = load <16 x float>, ptr %1240, align 4
  %1242 = getelementptr inbounds i8, ptr %gep3948, i64 44800
  %1243 = load <16 x float>, ptr %1242, align 4
  %1244 = shufflevector <16 x float> %1213, <16 x float> %1215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1245 = shufflevector <16 x float> %1229, <16 x float> %1231, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1246 = shufflevector <16 x float> %1217, <16 x float> %1219, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1247 = shufflevector <16 x float> %1233, <16 x float> %1235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1248 = shufflevector <16 x float> %1221, <16 x float> %1223, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1249 = shufflevector <16 x float> %1237, <16 x float> %1239, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1250 = shufflevector <16 x float> %1225, <16 x float> %1227, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1251 = shufflevector <16 x float> %1241, <16 x float> %1243, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1252 = shufflevector <16 x float> %1213, <16 x float> %1215, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1253 = shufflevector <16 x float> %1229, <16 x float> %1231, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1254 = shufflevector <16 x float> %1217, <16 x float> %1219, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1255 = shufflevector <16 x float> %1233, <16 x float> %1235, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1256 = shufflevector <16 x float> %1221, <16 x float> %1223, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1257 = shufflevector <16 x float> %1237, <16 x float> %1239, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1258 = shufflevector <16 x float> %1225, <16 x float> %1227, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1259 = shufflevector <16 x float> %1241, <16 x float> %1243, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1260 = shufflevector <16 x float> %1244, <16 x float> %1245, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1261 = shufflevector <16 x float> %1248, <16 x float> %1249, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1262 = shufflevector <16 x float> %1246, <16 x float> %1247, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1263 = shufflevector <16 x float> %1250, <16 x float> %1251, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1264 = shufflevector <16 x float> %1244, <16 x float> %1245, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1265 = shufflevector <16 x float> %1248, <16 x float> %1249, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1266 = shufflevector <16 x float> %1246, <16 x float> %1247, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1267 = shufflevector <16 x float> %1250, <16 x float> %1251, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1268 = shufflevector <16 x float> %1252, <16 x float> %1253, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1269 = shufflevector <16 x float> %1256, <16 x float> %1257, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1270 = shufflevector <16 x float> %1254, <16 x float> %1255, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1271 = shufflevector <16 x float> %1258, <16 x float> %1259, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1272 = shufflevector <16 x float> %1252, <16 x float> %1253, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1273 = shufflevector <16 x float> %1256, <16 x float> %1257, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1274 = shufflevector <16 x float> %1254, <16 x float> %1255, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1275 = shufflevector <16 x float> %1258, <16 x float> %1259, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1276 = shufflevector <16 x float> %1260, <16 x float> %1261, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1277 = shufflevector <16 x float> %1262, <16 x float> %1263, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1278 = shufflevector <16 x float> %1260, <16 x float> %1261, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1279 = shufflevector <16 x float> %1262, <16 x float> %1263, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1280 = shufflevector <16 x float> %1264, <16 x float> %1265, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1281 = shufflevector <16 x float> %1266, <16 x float> %1267, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1282 = shufflevector <16 x float> %1264, <16 x float> %1265, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1283 = shufflevector <16 x float> %1266, <16 x float> %1267, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1284 = shufflevector <16 x float> %1268, <16 x float> %1269, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1285 = shufflevector <16 x float> %1270, <16 x float> %1271, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1286 = shufflevector <16 x float> %1268, <16 x float> %1269, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1287 = shufflevector <16 x float> %1270, <16 x float> %1271, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1288 = shufflevector <16 x float> %1272, <16 x float> %1273, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1289 = shufflevector <16 x float> %1274, <16 x float> %1275, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1290 = shufflevector <16 x float> %1272, <16 x float> %1273, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1291 = shufflevector <16 x float> %1274, <16 x float> %1275, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1292 = shufflevector <16 x float> %1276, <16 x float> %1277, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1293 = shl nuw nsw i64 %j16.addr.03089, 6
  %1294 = add nuw nsw i64 %1293, %i20.addr.03090
  %1295 = getelementptr inbounds float, ptr %KT, i64 %1294
  store <16 x float> %1292, ptr %1295, align 4
  %1296 = shufflevector <16 x float> %1276, <16 x float> %1277, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1297 = or disjoint i64 %1294, 64
  %1298 = getelementptr inbounds float, ptr %KT, i64 %1297
  store <16 x float> %1296, ptr %1298, align 4
  %1299 = shufflevector <16 x float> %1278, <16 x float> %1279, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1300 = or disjoint i64 %1294, 128
  %1301 = getelementptr inbounds float, ptr %KT, i64 %1300
  store <16 x float> %1299, ptr %1301, align 4
  %1302 = shufflevector <16 x float> %1278, <16 x float> %1279, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1303 = or disjoint i64 %1294, 192
  %1304 = getelementptr inbounds float, ptr %KT, i64 %1303
  store <16 x float> %1302, ptr %1304, align 4
  %1305 = shufflevector <16 x float> %1280, <16 x float> %1281, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1306 = or disjoint i64 %1294, 256
  %1307 = getelementptr inbounds float, ptr %KT, i64 %1306
  store <16 x float> %1305, ptr %1307, align 4
  %1308 = shufflevector <16 x float> %1280, <16 x float> %1281, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1309 = or disjoint i64 %1294, 320
  %1310 = getelementptr inbounds float, ptr %KT, i64 %1309
  store <16 x float> %1308, ptr %1310, align 4
  %1311 = shufflevector <16 x float> %1282, <16 x float> %1283, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1312 = or disjoint i64 %1294, 384
  %1313 = getelementptr inbounds float, ptr %KT, i64 %1312
  store <16 x float> %1311, ptr %1313, align 4
  %1314 = shufflevector <16 x float> %1282, <16 x float> %1283, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1315 = or disjoint i64 %1294, 448
  %1316 = getelementptr inbounds float, ptr %KT, i64 %1315
  store <16 x float> %1314, ptr %1316, align 4
  %1317 = shufflevector <16 x float> %1284, <16 x float> %1285, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1318 = or disjoint i64 %1294, 512
  %1319 = getelementptr inbounds float, ptr %KT, i64 %1318
  store <16 x float> %1317, ptr %1319, align 4
  %1320 = shufflevector <16 x float> %1284, <16 x float> %1285, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1321 = or disjoint i64 %1294, 576
  %1322 = getelementptr inbounds float, ptr %KT, i64 %1321
  store <16 x float> %1320, ptr %1322, align 4
  %1323 = shufflevector <16 x float> %1286, <16 x float> %1287, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1324 = or disjoint i64 %1294, 640
  %1325 = getelementptr inbounds float, ptr %KT, i64 %1324
  store <16 x float> %1323, ptr %1325, align 4
  %1326 = shufflevector <16 x float> %1286, <16 x float> %1287, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1327 = or disjoint i64 %1294, 704
  %1328 = getelementptr inbounds float, ptr %KT, i64 %1327
  store <16 x float> %1326, ptr %1328, align 4
  %1329 = shufflevector <16 x float> %1288, <16 x float> %1289, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1330 = or disjoint i64 %1294, 768
  %1331 = getelementptr inbounds float, ptr %KT, i64 %1330
  store <16 x float> %1329, ptr %1331, align 4
  %1332 = shufflevector <16 x float> %1288, <16 x float> %1289, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1333 = or disjoint i64 %1294, 832
  %1334 = getelementptr inbounds float, ptr %KT, i64 %1333
  store <16 x float> %1332, ptr %1334, align 4
  %1335 = shufflevector <16 x float> %1290, <16 x float> %1291, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1336 = or disjoint i64 %1294, 896
  %1337 = getelementptr inbounds float, ptr %KT, i64 %1336
  store <16 x float> %1335, ptr %1337, align 4
  %1338 = shufflevector <16 x float> %1290, <16 x float> %1291, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1339 = or disjoint i64 %1294, 960
  %1340 = getelementptr inbounds float, ptr %KT, i64 %1339
  store <16 x float> %1338, ptr %1340, align 4
  %j16.next = add nuw nsw i64 %j16.addr.03089, 16
  %1341 = icmp ult i64 %j16.addr.03089, 48
  br i1 %1341, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.03090, 16
  %1342 = icmp ult i64 %i20.addr.03090, 48
  br i1 %1342, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %1343 = phi i1 [ false, %j17.exit ], [ true, %j16.exit ]
  %i21.addr.03092 = phi i64 [ 16, %j17.exit ], [ 0, %j16.exit ]
  %1344 = shl nuw nsw i64 %i21.addr.03092, 6
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %j17.addr.03091 = phi i64 [ 0, %j17.head.preheader ], [ %j17.next, %j17.body ]
  %1345 = add nuw nsw i64 %j17.addr.03091, %1344
  %1346 = or disjoint i64 %1345, 8192
  %1347 = getelementptr inbounds float, ptr %Bk, i64 %1346
  %1348 = load <16 x float>, ptr %1347, align 4
  %1349 = or disjoint i64 %1345, 8704
  %1350 = getelementptr inbounds float, ptr %Bk, i64 %1349
  %1351 = load <16 x float>, ptr %1350, align 4
  %1352 = or disjoint i64 %1345, 8256
  %1353 = getelementptr inbounds float, ptr %Bk, i64 %1352
  %1354 = load <16 x float>, ptr %1353, align 4
  %1355 = or disjoint i64 %1345, 8768
  %1356 = getelementptr inbounds float, ptr %Bk, i64 %1355
  %1357 = load <16 x float>, ptr %1356, align 4
  %1358 = or disjoint i64 %1345, 8320
  %1359 = getelementptr inbounds float, ptr %Bk, i64 %1358
  %1360 = load <16 x float>, ptr %1359, align 4
  %1361 = or disjoint i64 %1345, 8832
  %1362 = getelementptr inbounds float, ptr %Bk, i64 %1361
  %1363 = load <16 x float>, ptr %1362, align 4
  %1364 = or disjoint i64 %1345, 8384
  %1365 = getelementptr inbounds float, ptr %Bk, i64 %1364
  %1366 = load <16 x float>, ptr %1365, align 4
  %1367 = or disjoint i64 %1345, 8896
  %1368 = getelementptr inbounds float, ptr %Bk, i64 %1367
  %1369 = load <16 x float>, ptr %1368, align 4
  %1370 = or disjoint i64 %1345, 8448
  %1371 = getelementptr inbounds float, ptr %Bk, i64 %1370
  %1372 = load <16 x float>, ptr %1371, align 4
  %1373 = or disjoint i64 %1345, 8960
  %1374 = getelementptr inbounds float, ptr %Bk, i64 %1373
  %1375 = load <16 x float>, ptr %1374, align 4
  %1376 = or disjoint i64 %1345, 8512
  %1377 = getelementptr inbounds float, ptr %Bk, i64 %1376
  %1378 = load <16 x float>, ptr %1377, align 4
  %1379 = or disjoint i64 %1345, 9024
  %1380 = getelementptr inbounds float, ptr %Bk, i64 %1379
  %1381 = load <16 x float>, ptr %1380, align 4
  %1382 = or disjoint i64 %1345, 8576
  %1383 = getelementptr inbounds float, ptr %Bk, i64 %1382
  %1384 = load <16 x float>, ptr %1383, align 4
  %1385 = or disjoint i64 %1345, 9088
  %1386 = getelementptr inbounds float, ptr %Bk, i64 %1385
  %1387 = load <16 x float>, ptr %1386, align 4
  %1388 = or disjoint i64 %1345, 8640
  %1389 = getelementptr inbounds float, ptr %Bk, i64 %1388
  %1390 = load <16 x float>, ptr %1389, align 4
  %1391 = or disjoint i64 %1345, 9152
  %1392 = getelementptr inbounds float, ptr %Bk, i64 %1391
  %1393 = load <16 x float>, ptr %1392, align 4
  %1394 = shufflevector <16 x float> %1348, <16 x float> %1351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1395 = shufflevector <16 x float> %1372, <16 x float> %1375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1396 = shufflevector <16 x float> %1354, <16 x float> %1357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1397 = shufflevector <16 x float> %1378, <16 x float> %1381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1398 = shufflevector <16 x float> %1360, <16 x float> %1363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1399 = shufflevector <16 x float> %1384, <16 x float> %1387, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1400 = shufflevector <16 x float> %1366, <16 x float> %1369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1401 = shufflevector <16 x float> %1390, <16 x float> %1393, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1402 = shufflevector <16 x float> %1348, <16 x float> %1351, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1403 = shufflevector <16 x float> %1372, <16 x float> %1375, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1404 = shufflevector <16 x float> %1354, <16 x float> %1357, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1405 = shufflevector <16 x float> %1378, <16 x float> %1381, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1406 = shufflevector <16 x float> %1360, <16 x float> %1363, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1407 = shufflevector <16 x float> %1384, <16 x float> %1387, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1408 = shufflevector <16 x float> %1366, <16 x float> %1369, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1409 = shufflevector <16 x float> %1390, <16 x float> %1393, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1410 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1411 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1412 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1413 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1414 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1415 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1416 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1417 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1418 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1419 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1420 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1421 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1422 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1423 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1424 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1425 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1426 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1427 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1428 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1429 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1430 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1431 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1432 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1433 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1434 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1435 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1436 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1437 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1438 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1439 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1440 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1441 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1442 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1443 = shl nuw nsw i64 %j17.addr.03091, 5
  %1444 = or disjoint i64 %1443, %i21.addr.03092
  %1445 = getelementptr inbounds float, ptr %QcT, i64 %1444
  store <16 x float> %1442, ptr %1445, align 4
  %1446 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1447 = or disjoint i64 %1444, 32
  %1448 = getelementptr inbounds float, ptr %QcT, i64 %1447
  store <16 x float> %1446, ptr %1448, align 4
  %1449 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1450 = or disjoint i64 %1444, 64
  %1451 = getelementptr inbounds float, ptr %QcT, i64 %1450
  store <16 x float> %1449, ptr %1451, align 4
  %1452 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1453 = or disjoint i64 %1444, 96
  %1454 = getelementptr inbounds float, ptr %QcT, i64 %1453
  store <16 x float> %1452, ptr %1454, align 4
  %1455 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1456 = or disjoint i64 %1444, 128
  %1457 = getelementptr inbounds float, ptr %QcT, i64 %1456
  store <16 x float> %1455, ptr %1457, align 4
  %1458 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1459 = or disjoint i64 %1444, 160
  %1460 = getelementptr inbounds float, ptr %QcT, i64 %1459
  store <16 x float> %1458, ptr %1460, align 4
  %1461 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1462 = or disjoint i64 %1444, 192
  %1463 = getelementptr inbounds float, ptr %QcT, i64 %1462
  store <16 x float> %1461, ptr %1463, align 4
  %1464 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1465 = or disjoint i64 %1444, 224
  %1466 = getelementptr inbounds float, ptr %QcT, i64 %1465
  store <16 x float> %1464, ptr %1466, align 4
  %1467 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1468 = or disjoint i64 %1444, 256
  %1469 = getelementptr inbounds float, ptr %QcT, i64 %1468
  store <16 x float> %1467, ptr %1469, align 4
  %1470 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1471 = or disjoint i64 %1444, 288
  %1472 = getelementptr inbounds float, ptr %QcT, i64 %1471
  store <16 x float> %1470, ptr %1472, align 4
  %1473 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1474 = or disjoint i64 %1444, 320
  %1475 = getelementptr inbounds float, ptr %QcT, i64 %1474
  store <16 x float> %1473, ptr %1475, align 4
  %1476 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1477 = or disjoint i64 %1444, 352
  %1478 = getelementptr inbounds float, ptr %QcT, i64 %1477
  store <16 x float> %1476, ptr %1478, align 4
  %1479 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1480 = or disjoint i64 %1444, 384
  %1481 = getelementptr inbounds float, ptr %QcT, i64 %1480
  store <16 x float> %1479, ptr %1481, align 4
  %1482 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1483 = or disjoint i64 %1444, 416
  %1484 = getelementptr inbounds float, ptr %QcT, i64 %1483
  store <16 x float> %1482, ptr %1484, align 4
  %1485 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1486 = or disjoint i64 %1444, 448
  %1487 = getelementptr inbounds float, ptr %QcT, i64 %1486
  store <16 x float> %1485, ptr %1487, align 4
  %1488 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1489 = or disjoint i64 %1444, 480
  %1490 = getelementptr inbounds float, ptr %QcT, i64 %1489
  store <16 x float> %1488, ptr %1490, align 4
  %j17.next = add nuw nsw i64 %j17.addr.03091, 16
  %1491 = icmp ult i64 %j17.addr.03091, 48
  br i1 %1491, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  br i1 %1343, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %1492 = phi i1 [ false, %j18.exit ], [ true, %j17.exit ]
  %i22.addr.03094 = phi i64 [ 16, %j18.exit ], [ 0, %j17.exit ]
  %1493 = shl nuw nsw i64 %i22.addr.03094, 6
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %j18.addr.03093 = phi i64 [ 0, %j18.head.preheader ], [ %j18.next, %j18.body ]
  %1494 = add nuw nsw i64 %j18.addr.03093, %1493
  %1495 = getelementptr inbounds float, ptr %OY, i64 %1494
  %1496 = load <16 x float>, ptr %1495, align 4
  %1497 = or disjoint i64 %1494, 512
  %1498 = getelementptr inbounds float, ptr %OY, i64 %1497
  %1499 = load <16 x float>, ptr %1498, align 4
  %1500 = or disjoint i64 %1494, 64
  %1501 = getelementptr inbounds float, ptr %OY, i64 %1500
  %1502 = load <16 x float>, ptr %1501, align 4
  %1503 = or disjoint i64 %1494, 576
  %1504 = getelementptr inbounds float, ptr %OY, i64 %1503
  %1505 = load <16 x float>, ptr %1504, align 4
  %1506 = or disjoint i64 %1494, 128
  %1507 = getelementptr inbounds float, ptr %OY, i64 %1506
  %1508 = load <16 x float>, ptr %1507, align 4
  %1509 = or disjoint i64 %1494, 640
  %1510 = getelementptr inbounds float, ptr %OY, i64 %1509
  %1511 = load <16 x float>, ptr %1510, align 4
  %1512 = or disjoint i64 %1494, 192
  %1513 = getelementptr inbounds float, ptr %OY, i64 %1512
  %1514 = load <16 x float>, ptr %1513, align 4
  %1515 = or disjoint i64 %1494, 704
  %1516 = getelementptr inbounds float, ptr %OY, i64 %1515
  %1517 = load <16 x float>, ptr %1516, align 4
  %1518 = or disjoint i64 %1494, 256
  %1519 = getelementptr inbounds float, ptr %OY, i64 %1518
  %1520 = load <16 x float>, ptr %1519, align 4
  %1521 = or disjoint i64 %1494, 768
  %1522 = getelementptr inbounds float, ptr %OY, i64 %1521
  %1523 = load <16 x float>, ptr %1522, align 4
  %1524 = or disjoint i64 %1494, 320
  %1525 = getelementptr inbounds float, ptr %OY, i64 %1524
  %1526 = load <16 x float>, ptr %1525, align 4
  %1527 = or disjoint i64 %1494, 832
  %1528 = getelementptr inbounds float, ptr %OY, i64 %1527
  %1529 = load <16 x float>, ptr %1528, align 4
  %1530 = or disjoint i64 %1494, 384
  %1531 = getelementptr inbounds float, ptr %OY, i64 %1530
  %1532 = load <16 x float>, ptr %1531, align 4
  %1533 = or disjoint i64 %1494, 896
  %1534 = getelementptr inbounds float, ptr %OY, i64 %1533
  %1535 = load <16 x float>, ptr %1534, align 4
  %1536 = or disjoint i64 %1494, 448
  %1537 = getelementptr inbounds float, ptr %OY, i64 %1536
  %1538 = load <16 x float>, ptr %1537, align 4
  %1539 = or disjoint i64 %1494, 960
  %1540 = getelementptr inbounds float, ptr %OY, i64 %1539
  %1541 = load <16 x float>, ptr %1540, align 4
  %1542 = shufflevector <16 x float> %1496, <16 x float> %1499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1543 = shufflevector <16 x float> %1520, <16 x float> %1523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1544 = shufflevector <16 x float> %1502, <16 x float> %1505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1545 = shufflevector <16 x float> %1526, <16 x float> %1529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1546 = shufflevector <16 x float> %1508, <16 x float> %1511, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1547 = shufflevector <16 x float> %1532, <16 x float> %1535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1548 = shufflevector <16 x float> %1514, <16 x float> %1517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1549 = shufflevector <16 x float> %1538, <16 x float> %1541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1550 = shufflevector <16 x float> %1496, <16 x float> %1499, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1551 = shufflevector <16 x float> %1520, <16 x float> %1523, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1552 = shufflevector <16 x float> %1502, <16 x float> %1505, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1553 = shufflevector <16 x float> %1526, <16 x float> %1529, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1554 = shufflevector <16 x float> %1508, <16 x float> %1511, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1555 = shufflevector <16 x float> %1532, <16 x float> %1535, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1556 = shufflevector <16 x float> %1514, <16 x float> %1517, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1557 = shufflevector <16 x float> %1538, <16 x float> %1541, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1558 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1559 = shufflevector <16 x float> %1546, <16 x float> %1547, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1560 = shufflevector <16 x float> %1544, <16 x float> %1545, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1561 = shufflevector <16 x float> %1548, <16 x float> %1549, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1562 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1563 = shufflevector <16 x float> %1546, <16 x float> %1547, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1564 = shufflevector <16 x float> %1544, <16 x float> %1545, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1565 = shufflevector <16 x float> %1548, <16 x float> %1549, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1566 = shufflevector <16 x float> %1550, <16 x float> %1551, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1567 = shufflevector <16 x float> %1554, <16 x float> %1555, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1568 = shufflevector <16 x float> %1552, <16 x float> %1553, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1569 = shufflevector <16 x float> %1556, <16 x float> %1557, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1570 = shufflevector <16 x float> %1550, <16 x float> %1551, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1571 = shufflevector <16 x float> %1554, <16 x float> %1555, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1572 = shufflevector <16 x float> %1552, <16 x float> %1553, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1573 = shufflevector <16 x float> %1556, <16 x float> %1557, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1574 = shufflevector <16 x float> %1558, <16 x float> %1559, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1575 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1576 = shufflevector <16 x float> %1558, <16 x float> %1559, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1577 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1578 = shufflevector <16 x float> %1562, <16 x float> %1563, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1579 = shufflevector <16 x float> %1564, <16 x float> %1565, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1580 = shufflevector <16 x float> %1562, <16 x float> %1563, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1581 = shufflevector <16 x float> %1564, <16 x float> %1565, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1582 = shufflevector <16 x float> %1566, <16 x float> %1567, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1583 = shufflevector <16 x float> %1568, <16 x float> %1569, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1584 = shufflevector <16 x float> %1566, <16 x float> %1567, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1585 = shufflevector <16 x float> %1568, <16 x float> %1569, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1586 = shufflevector <16 x float> %1570, <16 x float> %1571, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1587 = shufflevector <16 x float> %1572, <16 x float> %1573, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1588 = shufflevector <16 x float> %1570, <16 x float> %1571, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1589 = shufflevector <16 x float> %1572, <16 x float> %1573, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1590 = shufflevector <16 x float> %1574, <16 x float> %1575, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1591 = shl nuw nsw i64 %j18.addr.03093, 5
  %1592 = or disjoint i64 %1591, %i22.addr.03094
  %1593 = getelementptr inbounds float, ptr %dOT, i64 %1592
  store <16 x float> %1590, ptr %1593, align 4
  %1594 = shufflevector <16 x float> %1574, <16 x float> %1575, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1595 = or disjoint i64 %1592, 32
  %1596 = getelementptr inbounds float, ptr %dOT, i64 %1595
  store <16 x float> %1594, ptr %1596, align 4
  %1597 = shufflevector <16 x float> %1576, <16 x float> %1577, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1598 = or disjoint i64 %1592, 64
  %1599 = getelementptr inbounds float, ptr %dOT, i64 %1598
  store <16 x float> %1597, ptr %1599, align 4
  %1600 = shufflevector <16 x float> %1576, <16 x float> %1577, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1601 = or disjoint i64 %1592, 96
  %1602 = getelementptr inbounds float, ptr %dOT, i64 %1601
  store <16 x float> %1600, ptr %1602, align 4
  %1603 = shufflevector <16 x float> %1578, <16 x float> %1579, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1604 = or disjoint i64 %1592, 128
  %1605 = getelementptr inbounds float, ptr %dOT, i64 %1604
  store <16 x float> %1603, ptr %1605, align 4
  %1606 = shufflevector <16 x float> %1578, <16 x float> %1579, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1607 = or disjoint i64 %1592, 160
  %1608 = getelementptr inbounds float, ptr %dOT, i64 %1607
  store <16 x float> %1606, ptr %1608, align 4
  %1609 = shufflevector <16 x float> %1580, <16 x float> %1581, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1610 = or disjoint i64 %1592, 192
  %1611 = getelementptr inbounds float, ptr %dOT, i64 %1610
  store <16 x float> %1609, ptr %1611, align 4
  %1612 = shufflevector <16 x float> %1580, <16 x float> %1581, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1613 = or disjoint i64 %1592, 224
  %1614 = getelementptr inbounds float, ptr %dOT, i64 %1613
  store <16 x float> %1612, ptr %1614, align 4
  %1615 = shufflevector <16 x float> %1582, <16 x float> %1583, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1616 = or disjoint i64 %1592, 256
  %1617 = getelementptr inbounds float, ptr %dOT, i64 %1616
  store <16 x float> %1615, ptr %1617, align 4
  %1618 = shufflevector <16 x float> %1582, <16 x float> %1583, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1619 = or disjoint i64 %1592, 288
  %1620 = getelementptr inbounds float, ptr %dOT, i64 %1619
  store <16 x float> %1618, ptr %1620, align 4
  %1621 = shufflevector <16 x float> %1584, <16 x float> %1585, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1622 = or disjoint i64 %1592, 320
  %1623 = getelementptr inbounds float, ptr %dOT, i64 %1622
  store <16 x float> %1621, ptr %1623, align 4
  %1624 = shufflevector <16 x float> %1584, <16 x float> %1585, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1625 = or disjoint i64 %1592, 352
  %1626 = getelementptr inbounds float, ptr %dOT, i64 %1625
  store <16 x float> %1624, ptr %1626, align 4
  %1627 = shufflevector <16 x float> %1586, <16 x float> %1587, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1628 = or disjoint i64 %1592, 384
  %1629 = getelementptr inbounds float, ptr %dOT, i64 %1628
  store <16 x float> %1627, ptr %1629, align 4
  %1630 = shufflevector <16 x float> %1586, <16 x float> %1587, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1631 = or disjoint i64 %1592, 416
  %1632 = getelementptr inbounds float, ptr %dOT, i64 %1631
  store <16 x float> %1630, ptr %1632, align 4
  %1633 = shufflevector <16 x float> %1588, <16 x float> %1589, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1634 = or disjoint i64 %1592, 448
  %1635 = getelementptr inbounds float, ptr %dOT, i64 %1634
  store <16 x float> %1633, ptr %1635, align 4
  %1636 = shufflevector <16 x float> %1588, <16 x float> %1589, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1637 = or disjoint i64 %1592, 480
  %1638 = getelementptr inbounds float, ptr %dOT, i64 %1637
  store <16 x float> %1636, ptr %1638, align 4
  %j18.next = add nuw nsw i64 %j18.addr.03093, 16
  %1639 = icmp ult i64 %j18.addr.03093, 48
  br i1 %1639, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  br i1 %1492, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.3, %p3.exit.2, %p3.exit.1, %p3.exit
  %1640 = icmp ult i64 %i23.addr.03107, 56
  br i1 %1640, label %i23.body, label %j20.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.03107 = phi i64 [ %1641, %i23.head.loopexit ], [ 0, %j18.exit ]
  %1641 = add nuw nsw i64 %i23.addr.03107, 8
  %1642 = shl nuw nsw i64 %i23.addr.03107, 6
  %.idx3027 = shl nuw nsw i64 %i23.addr.03107, 8
  %1643 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3027
  %1644 = or disjoint i64 %1642, 64
  %1645 = getelementptr inbounds float, ptr %Gm, i64 %1644
  %1646 = or disjoint i64 %1642, 128
  %1647 = getelementptr inbounds float, ptr %Gm, i64 %1646
  %1648 = or disjoint i64 %1642, 192
  %1649 = getelementptr inbounds float, ptr %Gm, i64 %1648
  %1650 = or disjoint i64 %1642, 256
  %1651 = getelementptr inbounds float, ptr %Gm, i64 %1650
  %1652 = or disjoint i64 %1642, 320
  %1653 = getelementptr inbounds float, ptr %Gm, i64 %1652
  %1654 = or disjoint i64 %1642, 384
  %1655 = getelementptr inbounds float, ptr %Gm, i64 %1654
  %1656 = or disjoint i64 %1642, 448
  %1657 = getelementptr inbounds float, ptr %Gm, i64 %1656
  %invariant.gep3949 = getelementptr inbounds float, ptr %Bk, i64 %1642
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.03105 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1663, %p3.body ]
  %acc1.03104 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1668, %p3.body ]
  %acc2.03103 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1673, %p3.body ]
  %acc3.03102 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1678, %p3.body ]
  %acc4.03101 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1683, %p3.body ]
  %acc5.03100 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1688, %p3.body ]
  %acc6.03099 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1693, %p3.body ]
  %acc7.03098 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1698, %p3.body ]
  %p3.addr.03097 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx3028 = shl nuw nsw i64 %p3.addr.03097, 8
  %gep3096 = getelementptr inbounds i8, ptr %KT, i64 %.idx3028
  %1658 = load <16 x float>, ptr %gep3096, align 4
  %gep3950 = getelementptr inbounds float, ptr %invariant.gep3949, i64 %p3.addr.03097
  %1659 = getelementptr inbounds i8, ptr %gep3950, i64 40960
  %1660 = load float, ptr %1659, align 4
  %1661 = insertelement <16 x float> poison, float %1660, i64 0
  %1662 = shufflevector <16 x float> %1661, <16 x float> poison, <16 x i32> zeroinitializer
  %1663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1662, <16 x float> %1658, <16 x float> %acc.03105)
  %1664 = getelementptr inbounds i8, ptr %gep3950, i64 41216
  %1665 = load float, ptr %1664, align 4
  %1666 = insertelement <16 x float> poison, float %1665, i64 0
  %1667 = shufflevector <16 x float> %1666, <16 x float> poison, <16 x i32> zeroinitializer
  %1668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1667, <16 x float> %1658, <16 x float> %acc1.03104)
  %1669 = getelementptr inbounds i8, ptr %gep3950, i64 41472
  %1670 = load float, ptr %1669, align 4
  %1671 = insertelement <16 x float> poison, float %1670, i64 0
  %1672 = shufflevector <16 x float> %1671, <16 x float> poison, <16 x i32> zeroinitializer
  %1673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1672, <16 x float> %1658, <16 x float> %acc2.03103)
  %1674 = getelementptr inbounds i8, ptr %gep3950, i64 41728
  %1675 = load float, ptr %1674, align 4
  %1676 = insertelement <16 x float> poison, float %1675, i64 0
  %1677 = shufflevector <16 x float> %1676, <16 x float> poison, <16 x i32> zeroinitializer
  %1678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1677, <16 x float> %1658, <16 x float> %acc3.03102)
  %1679 = getelementptr inbounds i8, ptr %gep3950, i64 41984
  %1680 = load float, ptr %1679, align 4
  %1681 = insertelement <16 x float> poison, float %1680, i64 0
  %1682 = shufflevector <16 x float> %1681, <16 x float> poison, <16 x i32> zeroinitializer
  %1683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1682, <16 x float> %1658, <16 x float> %acc4.03101)
  %1684 = getelementptr inbounds i8, ptr %gep3950, i64 42240
  %1685 = load float, ptr %1684, align 4
  %1686 = insertelement <16 x float> poison, float %1685, i64 0
  %1687 = shufflevector <16 x float> %1686, <16 x float> poison, <16 x i32> zeroinitializer
  %1688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1687, <16 x float> %1658, <16 x float> %acc5.03100)
  %1689 = getelementptr inbounds i8, ptr %gep3950, i64 42496
  %1690 = load float, ptr %1689, align 4
  %1691 = insertelement <16 x float> poison, float %1690, i64 0
  %1692 = shufflevector <16 x float> %1691, <16 x float> poison, <16 x i32> zeroinitializer
  %1693 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1658, <16 x float> %acc6.03099)
  %1694 = getelementptr inbounds i8, ptr %gep3950, i64 42752
  %1695 = load float, ptr %1694, align 4
  %1696 = insertelement <16 x float> poison, float %1695, i64 0
  %1697 = shufflevector <16 x float> %1696, <16 x float> poison, <16 x i32> zeroinitializer
  %1698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1697, <16 x float> %1658, <16 x float> %acc7.03098)
  %p3.next = add nuw nsw i64 %p3.addr.03097, 1
  %exitcond3655.not = icmp eq i64 %p3.next, 64
  br i1 %exitcond3655.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1663, ptr %1643, align 4
  store <16 x float> %1668, ptr %1645, align 4
  store <16 x float> %1673, ptr %1647, align 4
  store <16 x float> %1678, ptr %1649, align 4
  store <16 x float> %1683, ptr %1651, align 4
  store <16 x float> %1688, ptr %1653, align 4
  store <16 x float> %1693, ptr %1655, align 4
  store <16 x float> %1698, ptr %1657, align 4
  %1699 = icmp ugt i64 %i23.addr.03107, 8
  br i1 %1699, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.03105.1 = phi <16 x float> [ %1705, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.03104.1 = phi <16 x float> [ %1710, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.03103.1 = phi <16 x float> [ %1715, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.03102.1 = phi <16 x float> [ %1720, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.03101.1 = phi <16 x float> [ %1725, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.03100.1 = phi <16 x float> [ %1730, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.03099.1 = phi <16 x float> [ %1735, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.03098.1 = phi <16 x float> [ %1740, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.03097.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx3028.1 = shl nuw nsw i64 %p3.addr.03097.1, 8
  %gep3096.1 = getelementptr inbounds i8, ptr %invariant.gep3095.1, i64 %.idx3028.1
  %1700 = load <16 x float>, ptr %gep3096.1, align 4
  %gep3950.1 = getelementptr inbounds float, ptr %invariant.gep3949, i64 %p3.addr.03097.1
  %1701 = getelementptr inbounds i8, ptr %gep3950.1, i64 40960
  %1702 = load float, ptr %1701, align 4
  %1703 = insertelement <16 x float> poison, float %1702, i64 0
  %1704 = shufflevector <16 x float> %1703, <16 x float> poison, <16 x i32> zeroinitializer
  %1705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1704, <16 x float> %1700, <16 x float> %acc.03105.1)
  %1706 = getelementptr inbounds i8, ptr %gep3950.1, i64 41216
  %1707 = load float, ptr %1706, align 4
  %1708 = insertelement <16 x float> poison, float %1707, i64 0
  %1709 = shufflevector <16 x float> %1708, <16 x float> poison, <16 x i32> zeroinitializer
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1709, <16 x float> %1700, <16 x float> %acc1.03104.1)
  %1711 = getelementptr inbounds i8, ptr %gep3950.1, i64 41472
  %1712 = load float, ptr %1711, align 4
  %1713 = insertelement <16 x float> poison, float %1712, i64 0
  %1714 = shufflevector <16 x float> %1713, <16 x float> poison, <16 x i32> zeroinitializer
  %1715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1714, <16 x float> %1700, <16 x float> %acc2.03103.1)
  %1716 = getelementptr inbounds i8, ptr %gep3950.1, i64 41728
  %1717 = load float, ptr %1716, align 4
  %1718 = insertelement <16 x float> poison, float %1717, i64 0
  %1719 = shufflevector <16 x float> %1718, <16 x float> poison, <16 x i32> zeroinitializer
  %1720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1719, <16 x float> %1700, <16 x float> %acc3.03102.1)
  %1721 = getelementptr inbounds i8, ptr %gep3950.1, i64 41984
  %1722 = load float, ptr %1721, align 4
  %1723 = insertelement <16 x float> poison, float %1722, i64 0
  %1724 = shufflevector <16 x float> %1723, <16 x float> poison, <16 x i32> zeroinitializer
  %1725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1700, <16 x float> %acc4.03101.1)
  %1726 = getelementptr inbounds i8, ptr %gep3950.1, i64 42240
  %1727 = load float, ptr %1726, align 4
  %1728 = insertelement <16 x float> poison, float %1727, i64 0
  %1729 = shufflevector <16 x float> %1728, <16 x float> poison, <16 x i32> zeroinitializer
  %1730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1729, <16 x float> %1700, <16 x float> %acc5.03100.1)
  %1731 = getelementptr inbounds i8, ptr %gep3950.1, i64 42496
  %1732 = load float, ptr %1731, align 4
  %1733 = insertelement <16 x float> poison, float %1732, i64 0
  %1734 = shufflevector <16 x float> %1733, <16 x float> poison, <16 x i32> zeroinitializer
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1700, <16 x float> %acc6.03099.1)
  %1736 = getelementptr inbounds i8, ptr %gep3950.1, i64 42752
  %1737 = load float, ptr %1736, align 4
  %1738 = insertelement <16 x float> poison, float %1737, i64 0
  %1739 = shufflevector <16 x float> %1738, <16 x float> poison, <16 x i32> zeroinitializer
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1700, <16 x float> %acc7.03098.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.03097.1, 1
  %exitcond3655.not.1 = icmp eq i64 %p3.next.1, 64
  br i1 %exitcond3655.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1741 = getelementptr inbounds i8, ptr %1643, i64 64
  store <16 x float> %1705, ptr %1741, align 4
  %1742 = getelementptr inbounds i8, ptr %1645, i64 64
  store <16 x float> %1710, ptr %1742, align 4
  %1743 = getelementptr inbounds i8, ptr %1647, i64 64
  store <16 x float> %1715, ptr %1743, align 4
  %1744 = getelementptr inbounds i8, ptr %1649, i64 64
  store <16 x float> %1720, ptr %1744, align 4
  %1745 = getelementptr inbounds i8, ptr %1651, i64 64
  store <16 x float> %1725, ptr %1745, align 4
  %1746 = getelementptr inbounds i8, ptr %1653, i64 64
  store <16 x float> %1730, ptr %1746, align 4
  %1747 = getelementptr inbounds i8, ptr %1655, i64 64
  store <16 x float> %1735, ptr %1747, align 4
  %1748 = getelementptr inbounds i8, ptr %1657, i64 64
  store <16 x float> %1740, ptr %1748, align 4
  %1749 = icmp ugt i64 %i23.addr.03107, 24
  br i1 %1749, label %p3.body.2, label %i23.head.loopexit

p3.body.2:                                        ; preds = %p3.exit.1, %p3.body.2
  %acc.03105.2 = phi <16 x float> [ %1755, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc1.03104.2 = phi <16 x float> [ %1760, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc2.03103.2 = phi <16 x float> [ %1765, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc3.03102.2 = phi <16 x float> [ %1770, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc4.03101.2 = phi <16 x float> [ %1775, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc5.03100.2 = phi <16 x float> [ %1780, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc6.03099.2 = phi <16 x float> [ %1785, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %acc7.03098.2 = phi <16 x float> [ %1790, %p3.body.2 ], [ zeroinitializer, %p3.exit.1 ]
  %p3.addr.03097.2 = phi i64 [ %p3.next.2, %p3.body.2 ], [ 0, %p3.exit.1 ]
  %.idx3028.2 = shl nuw nsw i64 %p3.addr.03097.2, 8
  %gep3096.2 = getelementptr inbounds i8, ptr %invariant.gep3095.2, i64 %.idx3028.2
  %1750 = load <16 x float>, ptr %gep3096.2, align 4
  %gep3950.2 = getelementptr inbounds float, ptr %invariant.gep3949, i64 %p3.addr.03097.2
  %1751 = getelementptr inbounds i8, ptr %gep3950.2, i64 40960
  %1752 = load float, ptr %1751, align 4
  %1753 = insertelement <16 x float> poison, float %1752, i64 0
  %1754 = shufflevector <16 x float> %1753, <16 x float> poison, <16 x i32> zeroinitializer
  %1755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1754, <16 x float> %1750, <16 x float> %acc.03105.2)
  %1756 = getelementptr inbounds i8, ptr %gep3950.2, i64 41216
  %1757 = load float, ptr %1756, align 4
  %1758 = insertelement <16 x float> poison, float %1757, i64 0
  %1759 = shufflevector <16 x float> %1758, <16 x float> poison, <16 x i32> zeroinitializer
  %1760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1759, <16 x float> %1750, <16 x float> %acc1.03104.2)
  %1761 = getelementptr inbounds i8, ptr %gep3950.2, i64 41472
  %1762 = load float, ptr %1761, align 4
  %1763 = insertelement <16 x float> poison, float %1762, i64 0
  %1764 = shufflevector <16 x float> %1763, <16 x float> poison, <16 x i32> zeroinitializer
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1750, <16 x float> %acc2.03103.2)
  %1766 = getelementptr inbounds i8, ptr %gep3950.2, i64 41728
  %1767 = load float, ptr %1766, align 4
  %1768 = insertelement <16 x float> poison, float %1767, i64 0
  %1769 = shufflevector <16 x float> %1768, <16 x float> poison, <16 x i32> zeroinitializer
  %1770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1769, <16 x float> %1750, <16 x float> %acc3.03102.2)
  %1771 = getelementptr inbounds i8, ptr %gep3950.2, i64 41984
  %1772 = load float, ptr %1771, align 4
  %1773 = insertelement <16 x float> poison, float %1772, i64 0
  %1774 = shufflevector <16 x float> %1773, <16 x float> poison, <16 x i32> zeroinitializer
  %1775 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1774, <16 x float> %1750, <16 x float> %acc4.03101.2)
  %1776 = getelementptr inbounds i8, ptr %gep3950.2, i64 42240
  %1777 = load float, ptr %1776, align 4
  %1778 = insertelement <16 x float> poison, float %1777, i64 0
  %1779 = shufflevector <16 x float> %1778, <16 x float> poison, <16 x i32> zeroinitializer
  %1780 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1779, <16 x float> %1750, <16 x float> %acc5.03100.2)
  %1781 = getelementptr inbounds i8, ptr %gep3950.2, i64 42496
  %1782 = load float, ptr %1781, align 4
  %1783 = insertelement <16 x float> poison, float %1782, i64 0
  %1784 = shufflevector <16 x float> %1783, <16 x float> poison, <16 x i32> zeroinitializer
  %1785 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1784, <16 x float> %1750, <16 x float> %acc6.03099.2)
  %1786 = getelementptr inbounds i8, ptr %gep3950.2, i64 42752
  %1787 = load float, ptr %1786, align 4
  %1788 = insertelement <16 x float> poison, float %1787, i64 0
  %1789 = shufflevector <16 x float> %1788, <16 x float> poison, <16 x i32> zeroinitializer
  %1790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1789, <16 x float> %1750, <16 x float> %acc7.03098.2)
  %p3.next.2 = add nuw nsw i64 %p3.addr.03097.2, 1
  %exitcond3655.not.2 = icmp eq i64 %p3.next.2, 64
  br i1 %exitcond3655.not.2, label %p3.exit.2, label %p3.body.2

p3.exit.2:                                        ; preds = %p3.body.2
  %1791 = getelementptr inbounds i8, ptr %1643, i64 128
  store <16 x float> %1755, ptr %1791, align 4
  %1792 = getelementptr inbounds i8, ptr %1645, i64 128
  store <16 x float> %1760, ptr %1792, align 4
  %1793 = getelementptr inbounds i8, ptr %1647, i64 128
  store <16 x float> %1765, ptr %1793, align 4
  %1794 = getelementptr inbounds i8, ptr %1649, i64 128
  store <16 x float> %1770, ptr %1794, align 4
  %1795 = getelementptr inbounds i8, ptr %1651, i64 128
  store <16 x float> %1775, ptr %1795, align 4
  %1796 = getelementptr inbounds i8, ptr %1653, i64 128
  store <16 x float> %1780, ptr %1796, align 4
  %1797 = getelementptr inbounds i8, ptr %1655, i64 128
  store <16 x float> %1785, ptr %1797, align 4
  %1798 = getelementptr inbounds i8, ptr %1657, i64 128
  store <16 x float> %1790, ptr %1798, align 4
  %1799 = icmp ugt i64 %i23.addr.03107, 40
  br i1 %1799, label %p3.body.3, label %i23.head.loopexit

p3.body.3:                                        ; preds = %p3.exit.2, %p3.body.3
  %acc.03105.3 = phi <16 x float> [ %1805, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc1.03104.3 = phi <16 x float> [ %1810, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc2.03103.3 = phi <16 x float> [ %1815, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc3.03102.3 = phi <16 x float> [ %1820, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc4.03101.3 = phi <16 x float> [ %1825, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc5.03100.3 = phi <16 x float> [ %1830, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc6.03099.3 = phi <16 x float> [ %1835, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %acc7.03098.3 = phi <16 x float> [ %1840, %p3.body.3 ], [ zeroinitializer, %p3.exit.2 ]
  %p3.addr.03097.3 = phi i64 [ %p3.next.3, %p3.body.3 ], [ 0, %p3.exit.2 ]
  %.idx3028.3 = shl nuw nsw i64 %p3.addr.03097.3, 8
  %gep3096.3 = getelementptr inbounds i8, ptr %invariant.gep3095.3, i64 %.idx3028.3
  %1800 = load <16 x float>, ptr %gep3096.3, align 4
  %gep3950.3 = getelementptr inbounds float, ptr %invariant.gep3949, i64 %p3.addr.03097.3
  %1801 = getelementptr inbounds i8, ptr %gep3950.3, i64 40960
  %1802 = load float, ptr %1801, align 4
  %1803 = insertelement <16 x float> poison, float %1802, i64 0
  %1804 = shufflevector <16 x float> %1803, <16 x float> poison, <16 x i32> zeroinitializer
  %1805 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1804, <16 x float> %1800, <16 x float> %acc.03105.3)
  %1806 = getelementptr inbounds i8, ptr %gep3950.3, i64 41216
  %1807 = load float, ptr %1806, align 4
  %1808 = insertelement <16 x float> poison, float %1807, i64 0
  %1809 = shufflevector <16 x float> %1808, <16 x float> poison, <16 x i32> zeroinitializer
  %1810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1800, <16 x float> %acc1.03104.3)
  %1811 = getelementptr inbounds i8, ptr %gep3950.3, i64 41472
  %1812 = load float, ptr %1811, align 4
  %1813 = insertelement <16 x float> poison, float %1812, i64 0
  %1814 = shufflevector <16 x float> %1813, <16 x float> poison, <16 x i32> zeroinitializer
  %1815 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1814, <16 x float> %1800, <16 x float> %acc2.03103.3)
  %1816 = getelementptr inbounds i8, ptr %gep3950.3, i64 41728
  %1817 = load float, ptr %1816, align 4
  %1818 = insertelement <16 x float> poison, float %1817, i64 0
  %1819 = shufflevector <16 x float> %1818, <16 x float> poison, <16 x i32> zeroinitializer
  %1820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1819, <16 x float> %1800, <16 x float> %acc3.03102.3)
  %1821 = getelementptr inbounds i8, ptr %gep3950.3, i64 41984
  %1822 = load float, ptr %1821, align 4
  %1823 = insertelement <16 x float> poison, float %1822, i64 0
  %1824 = shufflevector <16 x float> %1823, <16 x float> poison, <16 x i32> zeroinitializer
  %1825 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1824, <16 x float> %1800, <16 x float> %acc4.03101.3)
  %1826 = getelementptr inbounds i8, ptr %gep3950.3, i64 42240
  %1827 = load float, ptr %1826, align 4
  %1828 = insertelement <16 x float> poison, float %1827, i64 0
  %1829 = shufflevector <16 x float> %1828, <16 x float> poison, <16 x i32> zeroinitializer
  %1830 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1829, <16 x float> %1800, <16 x float> %acc5.03100.3)
  %1831 = getelementptr inbounds i8, ptr %gep3950.3, i64 42496
  %1832 = load float, ptr %1831, align 4
  %1833 = insertelement <16 x float> poison, float %1832, i64 0
  %1834 = shufflevector <16 x float> %1833, <16 x float> poison, <16 x i32> zeroinitializer
  %1835 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1834, <16 x float> %1800, <16 x float> %acc6.03099.3)
  %1836 = getelementptr inbounds i8, ptr %gep3950.3, i64 42752
  %1837 = load float, ptr %1836, align 4
  %1838 = insertelement <16 x float> poison, float %1837, i64 0
  %1839 = shufflevector <16 x float> %1838, <16 x float> poison, <16 x i32> zeroinitializer
  %1840 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1839, <16 x float> %1800, <16 x float> %acc7.03098.3)
  %p3.next.3 = add nuw nsw i64 %p3.addr.03097.3, 1
  %exitcond3655.not.3 = icmp eq i64 %p3.next.3, 64
  br i1 %exitcond3655.not.3, label %p3.exit.3, label %p3.body.3

p3.exit.3:                                        ; preds = %p3.body.3
  %1841 = getelementptr inbounds i8, ptr %1643, i64 192
  store <16 x float> %1805, ptr %1841, align 4
  %1842 = getelementptr inbounds i8, ptr %1645, i64 192
  store <16 x float> %1810, ptr %1842, align 4
  %1843 = getelementptr inbounds i8, ptr %1647, i64 192
  store <16 x float> %1815, ptr %1843, align 4
  %1844 = getelementptr inbounds i8, ptr %1649, i64 192
  store <16 x float> %1820, ptr %1844, align 4
  %1845 = getelementptr inbounds i8, ptr %1651, i64 192
  store <16 x float> %1825, ptr %1845, align 4
  %1846 = getelementptr inbounds i8, ptr %1653, i64 192
  store <16 x float> %1830, ptr %1846, align 4
  %1847 = getelementptr inbounds i8, ptr %1655, i64 192
  store <16 x float> %1835, ptr %1847, align 4
  %1848 = getelementptr inbounds i8, ptr %1657, i64 192
  store <16 x float> %1840, ptr %1848, align 4
  br label %i23.head.loopexit

j20.head.preheader:                               ; preds = %i23.head.loopexit, %p4.exit.1
  %i24.addr.03126 = phi i64 [ %i24.next, %p4.exit.1 ], [ 0, %i23.head.loopexit ]
  %1849 = shl nuw nsw i64 %i24.addr.03126, 6
  %1850 = shl nuw nsw i64 %i24.addr.03126, 7
  %1851 = or disjoint i64 %1850, 128
  %1852 = or disjoint i64 %1850, 256
  %1853 = or disjoint i64 %1850, 384
  %invariant.gep3951 = getelementptr inbounds float, ptr %Bk, i64 %1849
  br label %p4.body

p4.body:                                          ; preds = %j20.head.preheader, %p4.body
  %acc8.03124 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1870, %p4.body ]
  %acc9.03123 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1871, %p4.body ]
  %acc10.03122 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1872, %p4.body ]
  %acc11.03121 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1873, %p4.body ]
  %acc12.03120 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1878, %p4.body ]
  %acc13.03119 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1879, %p4.body ]
  %acc14.03118 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1880, %p4.body ]
  %acc15.03117 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1881, %p4.body ]
  %acc16.03116 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1886, %p4.body ]
  %acc17.03115 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1887, %p4.body ]
  %acc18.03114 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1888, %p4.body ]
  %acc19.03113 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1889, %p4.body ]
  %acc20.03112 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1894, %p4.body ]
  %acc21.03111 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1895, %p4.body ]
  %acc22.03110 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1896, %p4.body ]
  %acc23.03109 = phi <16 x float> [ zeroinitializer, %j20.head.preheader ], [ %1897, %p4.body ]
  %p4.addr.03108 = phi i64 [ 0, %j20.head.preheader ], [ %p4.next, %p4.body ]
  %1854 = shl nuw nsw i64 %p4.addr.03108, 7
  %1855 = getelementptr inbounds float, ptr %work, i64 %1854
  %1856 = load <16 x float>, ptr %1855, align 4
  %1857 = or disjoint i64 %1854, 16
  %1858 = getelementptr inbounds float, ptr %work, i64 %1857
  %1859 = load <16 x float>, ptr %1858, align 4
  %1860 = or disjoint i64 %1854, 32
  %1861 = getelementptr inbounds float, ptr %work, i64 %1860
  %1862 = load <16 x float>, ptr %1861, align 4
  %1863 = or disjoint i64 %1854, 48
  %1864 = getelementptr inbounds float, ptr %work, i64 %1863
  %1865 = load <16 x float>, ptr %1864, align 4
  %gep3952 = getelementptr inbounds float, ptr %invariant.gep3951, i64 %p4.addr.03108
  %1866 = getelementptr inbounds i8, ptr %gep3952, i64 40960
  %1867 = load float, ptr %1866, align 4
  %1868 = insertelement <16 x float> poison, float %1867, i64 0
  %1869 = shufflevector <16 x float> %1868, <16 x float> poison, <16 x i32> zeroinitializer
  %1870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1856, <16 x float> %acc8.03124)
  %1871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1859, <16 x float> %acc9.03123)
  %1872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1862, <16 x float> %acc10.03122)
  %1873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1865, <16 x float> %acc11.03121)
  %1874 = getelementptr inbounds i8, ptr %gep3952, i64 41216
  %1875 = load float, ptr %1874, align 4
  %1876 = insertelement <16 x float> poison, float %1875, i64 0
  %1877 = shufflevector <16 x float> %1876, <16 x float> poison, <16 x i32> zeroinitializer
  %1878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1856, <16 x float> %acc12.03120)
  %1879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1859, <16 x float> %acc13.03119)
  %1880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1862, <16 x float> %acc14.03118)
  %1881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1865, <16 x float> %acc15.03117)
  %1882 = getelementptr inbounds i8, ptr %gep3952, i64 41472
  %1883 = load float, ptr %1882, align 4
  %1884 = insertelement <16 x float> poison, float %1883, i64 0
  %1885 = shufflevector <16 x float> %1884, <16 x float> poison, <16 x i32> zeroinitializer
  %1886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1856, <16 x float> %acc16.03116)
  %1887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1859, <16 x float> %acc17.03115)
  %1888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1862, <16 x float> %acc18.03114)
  %1889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1865, <16 x float> %acc19.03113)
  %1890 = getelementptr inbounds i8, ptr %gep3952, i64 41728
  %1891 = load float, ptr %1890, align 4
  %1892 = insertelement <16 x float> poison, float %1891, i64 0
  %1893 = shufflevector <16 x float> %1892, <16 x float> poison, <16 x i32> zeroinitializer
  %1894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1893, <16 x float> %1856, <16 x float> %acc20.03112)
  %1895 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1893, <16 x float> %1859, <16 x float> %acc21.03111)
  %1896 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1893, <16 x float> %1862, <16 x float> %acc22.03110)
  %1897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1893, <16 x float> %1865, <16 x float> %acc23.03109)
  %p4.next = add nuw nsw i64 %p4.addr.03108, 1
  %exitcond3656.not = icmp eq i64 %p4.next, 64
  br i1 %exitcond3656.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1898 = getelementptr inbounds float, ptr %KSdS, i64 %1850
  store <16 x float> %1870, ptr %1898, align 4
  %1899 = or disjoint i64 %1850, 16
  %1900 = getelementptr inbounds float, ptr %KSdS, i64 %1899
  store <16 x float> %1871, ptr %1900, align 4
  %1901 = or disjoint i64 %1850, 32
  %1902 = getelementptr inbounds float, ptr %KSdS, i64 %1901
  store <16 x float> %1872, ptr %1902, align 4
  %1903 = or disjoint i64 %1850, 48
  %1904 = getelementptr inbounds float, ptr %KSdS, i64 %1903
  store <16 x float> %1873, ptr %1904, align 4
  %1905 = getelementptr inbounds float, ptr %KSdS, i64 %1851
  store <16 x float> %1878, ptr %1905, align 4
  %1906 = or disjoint i64 %1850, 144
  %1907 = getelementptr inbounds float, ptr %KSdS, i64 %1906
  store <16 x float> %1879, ptr %1907, align 4
  %1908 = or disjoint i64 %1850, 160
  %1909 = getelementptr inbounds float, ptr %KSdS, i64 %1908
  store <16 x float> %1880, ptr %1909, align 4
  %1910 = or disjoint i64 %1850, 176
  %1911 = getelementptr inbounds float, ptr %KSdS, i64 %1910
  store <16 x float> %1881, ptr %1911, align 4
  %1912 = getelementptr inbounds float, ptr %KSdS, i64 %1852
  store <16 x float> %1886, ptr %1912, align 4
  %1913 = or disjoint i64 %1850, 272
  %1914 = getelementptr inbounds float, ptr %KSdS, i64 %1913
  store <16 x float> %1887, ptr %1914, align 4
  %1915 = or disjoint i64 %1850, 288
  %1916 = getelementptr inbounds float, ptr %KSdS, i64 %1915
  store <16 x float> %1888, ptr %1916, align 4
  %1917 = or disjoint i64 %1850, 304
  %1918 = getelementptr inbounds float, ptr %KSdS, i64 %1917
  store <16 x float> %1889, ptr %1918, align 4
  %1919 = getelementptr inbounds float, ptr %KSdS, i64 %1853
  store <16 x float> %1894, ptr %1919, align 4
  %1920 = or disjoint i64 %1850, 400
  %1921 = getelementptr inbounds float, ptr %KSdS, i64 %1920
  store <16 x float> %1895, ptr %1921, align 4
  %1922 = or disjoint i64 %1850, 416
  %1923 = getelementptr inbounds float, ptr %KSdS, i64 %1922
  store <16 x float> %1896, ptr %1923, align 4
  %1924 = or disjoint i64 %1850, 432
  %1925 = getelementptr inbounds float, ptr %KSdS, i64 %1924
  store <16 x float> %1897, ptr %1925, align 4
  %invariant.gep3953 = getelementptr inbounds float, ptr %Bk, i64 %1849
  br label %p4.body.1

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc8.03124.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1943, %p4.body.1 ]
  %acc9.03123.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1944, %p4.body.1 ]
  %acc10.03122.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1945, %p4.body.1 ]
  %acc11.03121.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1946, %p4.body.1 ]
  %acc12.03120.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1951, %p4.body.1 ]
  %acc13.03119.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1952, %p4.body.1 ]
  %acc14.03118.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1953, %p4.body.1 ]
  %acc15.03117.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1954, %p4.body.1 ]
  %acc16.03116.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1959, %p4.body.1 ]
  %acc17.03115.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1960, %p4.body.1 ]
  %acc18.03114.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1961, %p4.body.1 ]
  %acc19.03113.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1962, %p4.body.1 ]
  %acc20.03112.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1967, %p4.body.1 ]
  %acc21.03111.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1968, %p4.body.1 ]
  %acc22.03110.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1969, %p4.body.1 ]
  %acc23.03109.1 = phi <16 x float> [ zeroinitializer, %p4.exit ], [ %1970, %p4.body.1 ]
  %p4.addr.03108.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1, %p4.body.1 ]
  %1926 = shl nuw nsw i64 %p4.addr.03108.1, 7
  %1927 = or disjoint i64 %1926, 64
  %1928 = getelementptr inbounds float, ptr %work, i64 %1927
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = or disjoint i64 %1926, 80
  %1931 = getelementptr inbounds float, ptr %work, i64 %1930
  %1932 = load <16 x float>, ptr %1931, align 4
  %1933 = or disjoint i64 %1926, 96
  %1934 = getelementptr inbounds float, ptr %work, i64 %1933
  %1935 = load <16 x float>, ptr %1934, align 4
  %1936 = or disjoint i64 %1926, 112
  %1937 = getelementptr inbounds float, ptr %work, i64 %1936
  %1938 = load <16 x float>, ptr %1937, align 4
  %gep3954 = getelementptr inbounds float, ptr %invariant.gep3953, i64 %p4.addr.03108.1
  %1939 = getelementptr inbounds i8, ptr %gep3954, i64 40960
  %1940 = load float, ptr %1939, align 4
  %1941 = insertelement <16 x float> poison, float %1940, i64 0
  %1942 = shufflevector <16 x float> %1941, <16 x float> poison, <16 x i32> zeroinitializer
  %1943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1929, <16 x float> %acc8.03124.1)
  %1944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1932, <16 x float> %acc9.03123.1)
  %1945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1935, <16 x float> %acc10.03122.1)
  %1946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1938, <16 x float> %acc11.03121.1)
  %1947 = getelementptr inbounds i8, ptr %gep3954, i64 41216
  %1948 = load float, ptr %1947, align 4
  %1949 = insertelement <16 x float> poison, float %1948, i64 0
  %1950 = shufflevector <16 x float> %1949, <16 x float> poison, <16 x i32> zeroinitializer
  %1951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1929, <16 x float> %acc12.03120.1)
  %1952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1932, <16 x float> %acc13.03119.1)
  %1953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1935, <16 x float> %acc14.03118.1)
  %1954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1938, <16 x float> %acc15.03117.1)
  %1955 = getelementptr inbounds i8, ptr %gep3954, i64 41472
  %1956 = load float, ptr %1955, align 4
  %1957 = insertelement <16 x float> poison, float %1956, i64 0
  %1958 = shufflevector <16 x float> %1957, <16 x float> poison, <16 x i32> zeroinitializer
  %1959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1958, <16 x float> %1929, <16 x float> %acc16.03116.1)
  %1960 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1958, <16 x float> %1932, <16 x float> %acc17.03115.1)
  %1961 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1958, <16 x float> %1935, <16 x float> %acc18.03114.1)
  %1962 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1958, <16 x float> %1938, <16 x float> %acc19.03113.1)
  %1963 = getelementptr inbounds i8, ptr %gep3954, i64 41728
  %1964 = load float, ptr %1963, align 4
  %1965 = insertelement <16 x float> poison, float %1964, i64 0
  %1966 = shufflevector <16 x float> %1965, <16 x float> poison, <16 x i32> zeroinitializer
  %1967 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1966, <16 x float> %1929, <16 x float> %acc20.03112.1)
  %1968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1966, <16 x float> %1932, <16 x float> %acc21.03111.1)
  %1969 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1966, <16 x float> %1935, <16 x float> %acc22.03110.1)
  %1970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1966, <16 x float> %1938, <16 x float> %acc23.03109.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.03108.1, 1
  %exitcond3656.1.not = icmp eq i64 %p4.next.1, 64
  br i1 %exitcond3656.1.not, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1971 = or disjoint i64 %1850, 64
  %1972 = getelementptr inbounds float, ptr %KSdS, i64 %1971
  store <16 x float> %1943, ptr %1972, align 4
  %1973 = or disjoint i64 %1850, 80
  %1974 = getelementptr inbounds float, ptr %KSdS, i64 %1973
  store <16 x float> %1944, ptr %1974, align 4
  %1975 = or disjoint i64 %1850, 96
  %1976 = getelementptr inbounds float, ptr %KSdS, i64 %1975
  store <16 x float> %1945, ptr %1976, align 4
  %1977 = or disjoint i64 %1850, 112
  %1978 = getelementptr inbounds float, ptr %KSdS, i64 %1977
  store <16 x float> %1946, ptr %1978, align 4
  %1979 = or disjoint i64 %1850, 192
  %1980 = getelementptr inbounds float, ptr %KSdS, i64 %1979
  store <16 x float> %1951, ptr %1980, align 4
  %1981 = or disjoint i64 %1850, 208
  %1982 = getelementptr inbounds float, ptr %KSdS, i64 %1981
  store <16 x float> %1952, ptr %1982, align 4
  %1983 = or disjoint i64 %1850, 224
  %1984 = getelementptr inbounds float, ptr %KSdS, i64 %1983
  store <16 x float> %1953, ptr %1984, align 4
  %1985 = or disjoint i64 %1850, 240
  %1986 = getelementptr inbounds float, ptr %KSdS, i64 %1985
  store <16 x float> %1954, ptr %1986, align 4
  %1987 = or disjoint i64 %1850, 320
  %1988 = getelementptr inbounds float, ptr %KSdS, i64 %1987
  store <16 x float> %1959, ptr %1988, align 4
  %1989 = or disjoint i64 %1850, 336
  %1990 = getelementptr inbounds float, ptr %KSdS, i64 %1989
  store <16 x float> %1960, ptr %1990, align 4
  %1991 = or disjoint i64 %1850, 352
  %1992 = getelementptr inbounds float, ptr %KSdS, i64 %1991
  store <16 x float> %1961, ptr %1992, align 4
  %1993 = or disjoint i64 %1850, 368
  %1994 = getelementptr inbounds float, ptr %KSdS, i64 %1993
  store <16 x float> %1962, ptr %1994, align 4
  %1995 = or disjoint i64 %1850, 448
  %1996 = getelementptr inbounds float, ptr %KSdS, i64 %1995
  store <16 x float> %1967, ptr %1996, align 4
  %1997 = or disjoint i64 %1850, 464
  %1998 = getelementptr inbounds float, ptr %KSdS, i64 %1997
  store <16 x float> %1968, ptr %1998, align 4
  %1999 = or disjoint i64 %1850, 480
  %2000 = getelementptr inbounds float, ptr %KSdS, i64 %1999
  store <16 x float> %1969, ptr %2000, align 4
  %2001 = or disjoint i64 %1850, 496
  %2002 = getelementptr inbounds float, ptr %KSdS, i64 %2001
  store <16 x float> %1970, ptr %2002, align 4
  %i24.next = add nuw nsw i64 %i24.addr.03126, 4
  %2003 = icmp ult i64 %i24.addr.03126, 60
  br i1 %2003, label %j20.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit.1, %p5.head.preheader
  %i25.addr.03128 = phi i64 [ %i25.next.1, %p5.head.preheader ], [ 0, %p4.exit.1 ]
  %.idx3427 = shl nsw i64 %i25.addr.03128, 8
  %2004 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3427
  %2005 = load <16 x float>, ptr %2004, align 4
  %.idx3428 = shl nsw i64 %i25.addr.03128, 9
  %2006 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3428
  %2007 = load <16 x float>, ptr %2006, align 4
  %2008 = fsub <16 x float> %2005, %2007
  store <16 x float> %2008, ptr %2004, align 4
  %2009 = getelementptr inbounds i8, ptr %63, i64 %.idx3427
  %2010 = load <16 x float>, ptr %2009, align 4
  %2011 = getelementptr inbounds i8, ptr %64, i64 %.idx3428
  %2012 = load <16 x float>, ptr %2011, align 4
  %2013 = fsub <16 x float> %2010, %2012
  store <16 x float> %2013, ptr %2009, align 4
  %2014 = getelementptr inbounds i8, ptr %65, i64 %.idx3427
  %2015 = load <16 x float>, ptr %2014, align 4
  %2016 = getelementptr inbounds i8, ptr %66, i64 %.idx3428
  %2017 = load <16 x float>, ptr %2016, align 4
  %2018 = fsub <16 x float> %2015, %2017
  store <16 x float> %2018, ptr %2014, align 4
  %2019 = getelementptr inbounds i8, ptr %67, i64 %.idx3427
  %2020 = load <16 x float>, ptr %2019, align 4
  %2021 = getelementptr inbounds i8, ptr %68, i64 %.idx3428
  %2022 = load <16 x float>, ptr %2021, align 4
  %2023 = fsub <16 x float> %2020, %2022
  store <16 x float> %2023, ptr %2019, align 4
  %i25.next = or disjoint i64 %i25.addr.03128, 1
  %.idx3427.1 = shl nsw i64 %i25.next, 8
  %2024 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3427.1
  %2025 = load <16 x float>, ptr %2024, align 4
  %.idx3428.1 = shl nsw i64 %i25.next, 9
  %2026 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3428.1
  %2027 = load <16 x float>, ptr %2026, align 4
  %2028 = fsub <16 x float> %2025, %2027
  store <16 x float> %2028, ptr %2024, align 4
  %2029 = getelementptr inbounds i8, ptr %63, i64 %.idx3427.1
  %2030 = load <16 x float>, ptr %2029, align 4
  %2031 = getelementptr inbounds i8, ptr %64, i64 %.idx3428.1
  %2032 = load <16 x float>, ptr %2031, align 4
  %2033 = fsub <16 x float> %2030, %2032
  store <16 x float> %2033, ptr %2029, align 4
  %2034 = getelementptr inbounds i8, ptr %65, i64 %.idx3427.1
  %2035 = load <16 x float>, ptr %2034, align 4
  %2036 = getelementptr inbounds i8, ptr %66, i64 %.idx3428.1
  %2037 = load <16 x float>, ptr %2036, align 4
  %2038 = fsub <16 x float> %2035, %2037
  store <16 x float> %2038, ptr %2034, align 4
  %2039 = getelementptr inbounds i8, ptr %67, i64 %.idx3427.1
  %2040 = load <16 x float>, ptr %2039, align 4
  %2041 = getelementptr inbounds i8, ptr %68, i64 %.idx3428.1
  %2042 = load <16 x float>, ptr %2041, align 4
  %2043 = fsub <16 x float> %2040, %2042
  store <16 x float> %2043, ptr %2039, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.03128, 2
  %exitcond3657.not.1 = icmp eq i64 %i25.next.1, 64
  br i1 %exitcond3657.not.1, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %indvars.iv = phi i64 [ %indvars.iv.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %ib.addr.03161 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.03161, 2
  %.not3429 = icmp eq i64 %ib.addr.03161, 0
  br i1 %.not3429, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx3026 = shl nuw nsw i64 %ib.addr.03161, 10
  %2044 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3026
  %2045 = shl nuw nsw i64 %ib.addr.03161, 8
  %2046 = or disjoint i64 %2045, 64
  %2047 = getelementptr inbounds float, ptr %Gm, i64 %2046
  %2048 = or disjoint i64 %2045, 128
  %2049 = getelementptr inbounds float, ptr %Gm, i64 %2048
  %2050 = or disjoint i64 %2045, 192
  %2051 = getelementptr inbounds float, ptr %Gm, i64 %2050
  br label %j21.body

j21.body:                                         ; preds = %j21.body.lr.ph, %j21.body
  %acc24.03145 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2068, %j21.body ]
  %acc25.03144 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2069, %j21.body ]
  %acc26.03143 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2070, %j21.body ]
  %acc27.03142 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2071, %j21.body ]
  %acc28.03141 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2076, %j21.body ]
  %acc29.03140 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2077, %j21.body ]
  %acc30.03139 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2078, %j21.body ]
  %acc31.03138 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2079, %j21.body ]
  %acc32.03137 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2084, %j21.body ]
  %acc33.03136 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2085, %j21.body ]
  %acc34.03135 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2086, %j21.body ]
  %acc35.03134 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2087, %j21.body ]
  %acc36.03133 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2092, %j21.body ]
  %acc37.03132 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2093, %j21.body ]
  %acc38.03131 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2094, %j21.body ]
  %acc39.03130 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %2095, %j21.body ]
  %j21.addr.03129 = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next, %j21.body ]
  %2052 = shl nsw i64 %j21.addr.03129, 6
  %2053 = getelementptr inbounds float, ptr %Vn, i64 %2052
  %2054 = load <16 x float>, ptr %2053, align 4
  %2055 = or disjoint i64 %2052, 16
  %2056 = getelementptr inbounds float, ptr %Vn, i64 %2055
  %2057 = load <16 x float>, ptr %2056, align 4
  %2058 = or disjoint i64 %2052, 32
  %2059 = getelementptr inbounds float, ptr %Vn, i64 %2058
  %2060 = load <16 x float>, ptr %2059, align 4
  %2061 = or disjoint i64 %2052, 48
  %2062 = getelementptr inbounds float, ptr %Vn, i64 %2061
  %2063 = load <16 x float>, ptr %2062, align 4
  %2064 = getelementptr inbounds float, ptr %2044, i64 %j21.addr.03129
  %2065 = load float, ptr %2064, align 4
  %2066 = insertelement <16 x float> poison, float %2065, i64 0
  %2067 = shufflevector <16 x float> %2066, <16 x float> poison, <16 x i32> zeroinitializer
  %2068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2067, <16 x float> %2054, <16 x float> %acc24.03145)
  %2069 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2067, <16 x float> %2057, <16 x float> %acc25.03144)
  %2070 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2067, <16 x float> %2060, <16 x float> %acc26.03143)
  %2071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2067, <16 x float> %2063, <16 x float> %acc27.03142)
  %2072 = getelementptr inbounds float, ptr %2047, i64 %j21.addr.03129
  %2073 = load float, ptr %2072, align 4
  %2074 = insertelement <16 x float> poison, float %2073, i64 0
  %2075 = shufflevector <16 x float> %2074, <16 x float> poison, <16 x i32> zeroinitializer
  %2076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2075, <16 x float> %2054, <16 x float> %acc28.03141)
  %2077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2075, <16 x float> %2057, <16 x float> %acc29.03140)
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2075, <16 x float> %2060, <16 x float> %acc30.03139)
  %2079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2075, <16 x float> %2063, <16 x float> %acc31.03138)
  %2080 = getelementptr inbounds float, ptr %2049, i64 %j21.addr.03129
  %2081 = load float, ptr %2080, align 4
  %2082 = insertelement <16 x float> poison, float %2081, i64 0
  %2083 = shufflevector <16 x float> %2082, <16 x float> poison, <16 x i32> zeroinitializer
  %2084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2054, <16 x float> %acc32.03137)
  %2085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2057, <16 x float> %acc33.03136)
  %2086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2060, <16 x float> %acc34.03135)
  %2087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2063, <16 x float> %acc35.03134)
  %2088 = getelementptr inbounds float, ptr %2051, i64 %j21.addr.03129
  %2089 = load float, ptr %2088, align 4
  %2090 = insertelement <16 x float> poison, float %2089, i64 0
  %2091 = shufflevector <16 x float> %2090, <16 x float> poison, <16 x i32> zeroinitializer
  %2092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2054, <16 x float> %acc36.03133)
  %2093 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2057, <16 x float> %acc37.03132)
  %2094 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2060, <16 x float> %acc38.03131)
  %2095 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2063, <16 x float> %acc39.03130)
  %j21.next = add nuw nsw i64 %j21.addr.03129, 1
  %exitcond3658.not = icmp eq i64 %j21.next, %umax
  br i1 %exitcond3658.not, label %j21.exit, label %j21.body

j21.exit:                                         ; preds = %j21.body, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %2045, %j21.body ]
  %acc39.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2095, %j21.body ]
  %acc38.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2094, %j21.body ]
  %acc37.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2093, %j21.body ]
  %acc36.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2092, %j21.body ]
  %acc35.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2087, %j21.body ]
  %acc34.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2086, %j21.body ]
  %acc33.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2085, %j21.body ]
  %acc32.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2084, %j21.body ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2079, %j21.body ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2078, %j21.body ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2077, %j21.body ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2076, %j21.body ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2071, %j21.body ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2070, %j21.body ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2069, %j21.body ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %2068, %j21.body ]
  %2096 = getelementptr inbounds float, ptr %bet, i64 %i0
  %2097 = load float, ptr %2096, align 4
  %2098 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %2099 = load <16 x float>, ptr %2098, align 4
  %2100 = fsub <16 x float> %2099, %acc24.0.lcssa
  store <16 x float> %2100, ptr %2098, align 4
  %2101 = insertelement <16 x float> poison, float %2097, i64 0
  %2102 = shufflevector <16 x float> %2101, <16 x float> poison, <16 x i32> zeroinitializer
  %2103 = fmul <16 x float> %2102, %2100
  %2104 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %2103, ptr %2104, align 4
  %2105 = mul nuw nsw i64 %ib.addr.03161, 896
  %2106 = getelementptr inbounds float, ptr %Ak, i64 %2105
  store <16 x float> %2103, ptr %2106, align 4
  %2107 = or disjoint i64 %.pre-phi, 16
  %2108 = getelementptr inbounds float, ptr %Rr, i64 %2107
  %2109 = load <16 x float>, ptr %2108, align 4
  %2110 = fsub <16 x float> %2109, %acc25.0.lcssa
  store <16 x float> %2110, ptr %2108, align 4
  %2111 = fmul <16 x float> %2102, %2110
  %2112 = getelementptr inbounds float, ptr %Vn, i64 %2107
  store <16 x float> %2111, ptr %2112, align 4
  %2113 = or disjoint i64 %2105, 16
  %2114 = getelementptr inbounds float, ptr %Ak, i64 %2113
  store <16 x float> %2111, ptr %2114, align 4
  %2115 = or disjoint i64 %.pre-phi, 32
  %2116 = getelementptr inbounds float, ptr %Rr, i64 %2115
  %2117 = load <16 x float>, ptr %2116, align 4
  %2118 = fsub <16 x float> %2117, %acc26.0.lcssa
  store <16 x float> %2118, ptr %2116, align 4
  %2119 = fmul <16 x float> %2102, %2118
  %2120 = getelementptr inbounds float, ptr %Vn, i64 %2115
  store <16 x float> %2119, ptr %2120, align 4
  %2121 = or disjoint i64 %2105, 32
  %2122 = getelementptr inbounds float, ptr %Ak, i64 %2121
  store <16 x float> %2119, ptr %2122, align 4
  %2123 = or disjoint i64 %.pre-phi, 48
  %2124 = getelementptr inbounds float, ptr %Rr, i64 %2123
  %2125 = load <16 x float>, ptr %2124, align 4
  %2126 = fsub <16 x float> %2125, %acc27.0.lcssa
  store <16 x float> %2126, ptr %2124, align 4
  %2127 = fmul <16 x float> %2102, %2126
  %2128 = getelementptr inbounds float, ptr %Vn, i64 %2123
  store <16 x float> %2127, ptr %2128, align 4
  %2129 = or disjoint i64 %2105, 48
  %2130 = getelementptr inbounds float, ptr %Ak, i64 %2129
  store <16 x float> %2127, ptr %2130, align 4
  %i26 = or disjoint i64 %i0, 1
  %2131 = shl nuw nsw i64 %i26, 6
  %2132 = or disjoint i64 %2131, %i0
  %2133 = getelementptr inbounds float, ptr %Gm, i64 %2132
  %2134 = load float, ptr %2133, align 4
  %2135 = insertelement <16 x float> poison, float %2134, i64 0
  %2136 = shufflevector <16 x float> %2135, <16 x float> poison, <16 x i32> zeroinitializer
  %2137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2103, <16 x float> %acc28.0.lcssa)
  %2138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2111, <16 x float> %acc29.0.lcssa)
  %2139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2119, <16 x float> %acc30.0.lcssa)
  %2140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2127, <16 x float> %acc31.0.lcssa)
  %2141 = getelementptr inbounds float, ptr %bet, i64 %i26
  %2142 = load float, ptr %2141, align 4
  %2143 = getelementptr inbounds float, ptr %Rr, i64 %2131
  %2144 = load <16 x float>, ptr %2143, align 4
  %2145 = fsub <16 x float> %2144, %2137
  store <16 x float> %2145, ptr %2143, align 4
  %2146 = insertelement <16 x float> poison, float %2142, i64 0
  %2147 = shufflevector <16 x float> %2146, <16 x float> poison, <16 x i32> zeroinitializer
  %2148 = fmul <16 x float> %2147, %2145
  %2149 = getelementptr inbounds float, ptr %Vn, i64 %2131
  store <16 x float> %2148, ptr %2149, align 4
  %2150 = mul nuw nsw i64 %i26, 224
  %2151 = getelementptr inbounds float, ptr %Ak, i64 %2150
  store <16 x float> %2148, ptr %2151, align 4
  %2152 = or disjoint i64 %2131, 16
  %2153 = getelementptr inbounds float, ptr %Rr, i64 %2152
  %2154 = load <16 x float>, ptr %2153, align 4
  %2155 = fsub <16 x float> %2154, %2138
  store <16 x float> %2155, ptr %2153, align 4
  %2156 = fmul <16 x float> %2147, %2155
  %2157 = getelementptr inbounds float, ptr %Vn, i64 %2152
  store <16 x float> %2156, ptr %2157, align 4
  %2158 = or disjoint i64 %2150, 16
  %2159 = getelementptr inbounds float, ptr %Ak, i64 %2158
  store <16 x float> %2156, ptr %2159, align 4
  %2160 = or disjoint i64 %2131, 32
  %2161 = getelementptr inbounds float, ptr %Rr, i64 %2160
  %2162 = load <16 x float>, ptr %2161, align 4
  %2163 = fsub <16 x float> %2162, %2139
  store <16 x float> %2163, ptr %2161, align 4
  %2164 = fmul <16 x float> %2147, %2163
  %2165 = getelementptr inbounds float, ptr %Vn, i64 %2160
  store <16 x float> %2164, ptr %2165, align 4
  %2166 = getelementptr inbounds i8, ptr %2151, i64 128
  store <16 x float> %2164, ptr %2166, align 4
  %2167 = or disjoint i64 %2131, 48
  %2168 = getelementptr inbounds float, ptr %Rr, i64 %2167
  %2169 = load <16 x float>, ptr %2168, align 4
  %2170 = fsub <16 x float> %2169, %2140
  store <16 x float> %2170, ptr %2168, align 4
  %2171 = fmul <16 x float> %2147, %2170
  %2172 = getelementptr inbounds float, ptr %Vn, i64 %2167
  store <16 x float> %2171, ptr %2172, align 4
  %2173 = getelementptr inbounds i8, ptr %2151, i64 192
  store <16 x float> %2171, ptr %2173, align 4
  %i27 = or disjoint i64 %i0, 2
  %2174 = shl nuw nsw i64 %i27, 6
  %2175 = or disjoint i64 %2174, %i0
  %2176 = getelementptr inbounds float, ptr %Gm, i64 %2175
  %2177 = load float, ptr %2176, align 4
  %2178 = insertelement <16 x float> poison, float %2177, i64 0
  %2179 = shufflevector <16 x float> %2178, <16 x float> poison, <16 x i32> zeroinitializer
  %2180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2103, <16 x float> %acc32.0.lcssa)
  %2181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2111, <16 x float> %acc33.0.lcssa)
  %2182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2119, <16 x float> %acc34.0.lcssa)
  %2183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2179, <16 x float> %2127, <16 x float> %acc35.0.lcssa)
  %2184 = or disjoint i64 %2174, %i26
  %2185 = getelementptr inbounds float, ptr %Gm, i64 %2184
  %2186 = load float, ptr %2185, align 4
  %2187 = insertelement <16 x float> poison, float %2186, i64 0
  %2188 = shufflevector <16 x float> %2187, <16 x float> poison, <16 x i32> zeroinitializer
  %2189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2148, <16 x float> %2180)
  %2190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2156, <16 x float> %2181)
  %2191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2164, <16 x float> %2182)
  %2192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2188, <16 x float> %2171, <16 x float> %2183)
  %2193 = getelementptr inbounds float, ptr %bet, i64 %i27
  %2194 = load float, ptr %2193, align 4
  %2195 = getelementptr inbounds float, ptr %Rr, i64 %2174
  %2196 = load <16 x float>, ptr %2195, align 4
  %2197 = fsub <16 x float> %2196, %2189
  store <16 x float> %2197, ptr %2195, align 4
  %2198 = insertelement <16 x float> poison, float %2194, i64 0
  %2199 = shufflevector <16 x float> %2198, <16 x float> poison, <16 x i32> zeroinitializer
  %2200 = fmul <16 x float> %2199, %2197
  %2201 = getelementptr inbounds float, ptr %Vn, i64 %2174
  store <16 x float> %2200, ptr %2201, align 4
  %2202 = mul nuw nsw i64 %i27, 224
  %2203 = getelementptr inbounds float, ptr %Ak, i64 %2202
  store <16 x float> %2200, ptr %2203, align 4
  %2204 = or disjoint i64 %2174, 16
  %2205 = getelementptr inbounds float, ptr %Rr, i64 %2204
  %2206 = load <16 x float>, ptr %2205, align 4
  %2207 = fsub <16 x float> %2206, %2190
  store <16 x float> %2207, ptr %2205, align 4
  %2208 = fmul <16 x float> %2199, %2207
  %2209 = getelementptr inbounds float, ptr %Vn, i64 %2204
  store <16 x float> %2208, ptr %2209, align 4
  %2210 = or disjoint i64 %2202, 16
  %2211 = getelementptr inbounds float, ptr %Ak, i64 %2210
  store <16 x float> %2208, ptr %2211, align 4
  %2212 = or disjoint i64 %2174, 32
  %2213 = getelementptr inbounds float, ptr %Rr, i64 %2212
  %2214 = load <16 x float>, ptr %2213, align 4
  %2215 = fsub <16 x float> %2214, %2191
  store <16 x float> %2215, ptr %2213, align 4
  %2216 = fmul <16 x float> %2199, %2215
  %2217 = getelementptr inbounds float, ptr %Vn, i64 %2212
  store <16 x float> %2216, ptr %2217, align 4
  %2218 = or disjoint i64 %2202, 32
  %2219 = getelementptr inbounds float, ptr %Ak, i64 %2218
  store <16 x float> %2216, ptr %2219, align 4
  %2220 = or disjoint i64 %2174, 48
  %2221 = getelementptr inbounds float, ptr %Rr, i64 %2220
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = fsub <16 x float> %2222, %2192
  store <16 x float> %2223, ptr %2221, align 4
  %2224 = fmul <16 x float> %2199, %2223
  %2225 = getelementptr inbounds float, ptr %Vn, i64 %2220
  store <16 x float> %2224, ptr %2225, align 4
  %2226 = or disjoint i64 %2202, 48
  %2227 = getelementptr inbounds float, ptr %Ak, i64 %2226
  store <16 x float> %2224, ptr %2227, align 4
  %i28 = or disjoint i64 %i0, 3
  %2228 = shl nuw nsw i64 %i28, 6
  %2229 = or disjoint i64 %2228, %i0
  %2230 = getelementptr inbounds float, ptr %Gm, i64 %2229
  %2231 = load float, ptr %2230, align 4
  %2232 = insertelement <16 x float> poison, float %2231, i64 0
  %2233 = shufflevector <16 x float> %2232, <16 x float> poison, <16 x i32> zeroinitializer
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2103, <16 x float> %acc36.0.lcssa)
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2111, <16 x float> %acc37.0.lcssa)
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2119, <16 x float> %acc38.0.lcssa)
  %2237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2127, <16 x float> %acc39.0.lcssa)
  %2238 = or disjoint i64 %2228, %i26
  %2239 = getelementptr inbounds float, ptr %Gm, i64 %2238
  %2240 = load float, ptr %2239, align 4
  %2241 = insertelement <16 x float> poison, float %2240, i64 0
  %2242 = shufflevector <16 x float> %2241, <16 x float> poison, <16 x i32> zeroinitializer
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2148, <16 x float> %2234)
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2156, <16 x float> %2235)
  %2245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2164, <16 x float> %2236)
  %2246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2171, <16 x float> %2237)
  %2247 = or disjoint i64 %2228, %i27
  %2248 = getelementptr inbounds float, ptr %Gm, i64 %2247
  %2249 = load float, ptr %2248, align 4
  %2250 = insertelement <16 x float> poison, float %2249, i64 0
  %2251 = shufflevector <16 x float> %2250, <16 x float> poison, <16 x i32> zeroinitializer
  %2252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2251, <16 x float> %2200, <16 x float> %2243)
  %2253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2251, <16 x float> %2208, <16 x float> %2244)
  %2254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2251, <16 x float> %2216, <16 x float> %2245)
  %2255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2251, <16 x float> %2224, <16 x float> %2246)
  %2256 = getelementptr inbounds float, ptr %bet, i64 %i28
  %2257 = load float, ptr %2256, align 4
  %2258 = getelementptr inbounds float, ptr %Rr, i64 %2228
  %2259 = load <16 x float>, ptr %2258, align 4
  %2260 = fsub <16 x float> %2259, %2252
  store <16 x float> %2260, ptr %2258, align 4
  %2261 = insertelement <16 x float> poison, float %2257, i64 0
  %2262 = shufflevector <16 x float> %2261, <16 x float> poison, <16 x i32> zeroinitializer
  %2263 = fmul <16 x float> %2262, %2260
  %2264 = getelementptr inbounds float, ptr %Vn, i64 %2228
  store <16 x float> %2263, ptr %2264, align 4
  %2265 = mul nuw nsw i64 %i28, 224
  %2266 = getelementptr inbounds float, ptr %Ak, i64 %2265
  store <16 x float> %2263, ptr %2266, align 4
  %2267 = or disjoint i64 %2228, 16
  %2268 = getelementptr inbounds float, ptr %Rr, i64 %2267
  %2269 = load <16 x float>, ptr %2268, align 4
  %2270 = fsub <16 x float> %2269, %2253
  store <16 x float> %2270, ptr %2268, align 4
  %2271 = fmul <16 x float> %2262, %2270
  %2272 = getelementptr inbounds float, ptr %Vn, i64 %2267
  store <16 x float> %2271, ptr %2272, align 4
  %2273 = or disjoint i64 %2265, 16
  %2274 = getelementptr inbounds float, ptr %Ak, i64 %2273
  store <16 x float> %2271, ptr %2274, align 4
  %2275 = or disjoint i64 %2228, 32
  %2276 = getelementptr inbounds float, ptr %Rr, i64 %2275
  %2277 = load <16 x float>, ptr %2276, align 4
  %2278 = fsub <16 x float> %2277, %2254
  store <16 x float> %2278, ptr %2276, align 4
  %2279 = fmul <16 x float> %2262, %2278
  %2280 = getelementptr inbounds float, ptr %Vn, i64 %2275
  store <16 x float> %2279, ptr %2280, align 4
  %2281 = getelementptr inbounds i8, ptr %2266, i64 128
  store <16 x float> %2279, ptr %2281, align 4
  %2282 = or disjoint i64 %2228, 48
  %2283 = getelementptr inbounds float, ptr %Rr, i64 %2282
  %2284 = load <16 x float>, ptr %2283, align 4
  %2285 = fsub <16 x float> %2284, %2255
  store <16 x float> %2285, ptr %2283, align 4
  %2286 = fmul <16 x float> %2262, %2285
  %2287 = getelementptr inbounds float, ptr %Vn, i64 %2282
  store <16 x float> %2286, ptr %2287, align 4
  %2288 = getelementptr inbounds i8, ptr %2266, i64 192
  store <16 x float> %2286, ptr %2288, align 4
  %ib.next = add nuw nsw i64 %ib.addr.03161, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  %exitcond3659.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond3659.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.03163 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %2289 = shl nuw nsw i64 %i29.addr.03163, 6
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %j22.addr.03162 = phi i64 [ 0, %j22.head.preheader ], [ %j22.next, %j22.body ]
  %2290 = add nuw nsw i64 %j22.addr.03162, %2289
  %2291 = getelementptr inbounds float, ptr %Vn, i64 %2290
  %2292 = load <16 x float>, ptr %2291, align 4
  %2293 = or disjoint i64 %2290, 512
  %2294 = getelementptr inbounds float, ptr %Vn, i64 %2293
  %2295 = load <16 x float>, ptr %2294, align 4
  %2296 = or disjoint i64 %2290, 64
  %2297 = getelementptr inbounds float, ptr %Vn, i64 %2296
  %2298 = load <16 x float>, ptr %2297, align 4
  %2299 = or disjoint i64 %2290, 576
  %2300 = getelementptr inbounds float, ptr %Vn, i64 %2299
  %2301 = load <16 x float>, ptr %2300, align 4
  %2302 = or disjoint i64 %2290, 128
  %2303 = getelementptr inbounds float, ptr %Vn, i64 %2302
  %2304 = load <16 x float>, ptr %2303, align 4
  %2305 = or disjoint i64 %2290, 640
  %2306 = getelementptr inbounds float, ptr %Vn, i64 %2305
  %2307 = load <16 x float>, ptr %2306, align 4
  %2308 = or disjoint i64 %2290, 192
  %2309 = getelementptr inbounds float, ptr %Vn, i64 %2308
  %2310 = load <16 x float>, ptr %2309, align 4
  %2311 = or disjoint i64 %2290, 704
  %2312 = getelementptr inbounds float, ptr %Vn, i64 %2311
  %2313 = load <16 x float>, ptr %2312, align 4
  %2314 = or disjoint i64 %2290, 256
  %2315 = getelementptr inbounds float, ptr %Vn, i64 %2314
  %2316 = load <16 x float>, ptr %2315, align 4
  %2317 = or disjoint i64 %2290, 768
  %2318 = getelementptr inbounds float, ptr %Vn, i64 %2317
  %2319 = load <16 x float>, ptr %2318, align 4
  %2320 = or disjoint i64 %2290, 320
  %2321 = getelementptr inbounds float, ptr %Vn, i64 %2320
  %2322 = load <16 x float>, ptr %2321, align 4
  %2323 = or disjoint i64 %2290, 832
  %2324 = getelementptr inbounds float, ptr %Vn, i64 %2323
  %2325 = load <16 x float>, ptr %2324, align 4
  %2326 = or disjoint i64 %2290, 384
  %2327 = getelementptr inbounds float, ptr %Vn, i64 %2326
  %2328 = load <16 x float>, ptr %2327, align 4
  %2329 = or disjoint i64 %2290, 896
  %2330 = getelementptr inbounds float, ptr %Vn, i64 %2329
  %2331 = load <16 x float>, ptr %2330, align 4
  %2332 = or disjoint i64 %2290, 448
  %2333 = getelementptr inbounds float, ptr %Vn, i64 %2332
  %2334 = load <16 x float>, ptr %2333, align 4
  %2335 = or disjoint i64 %2290, 960
  %2336 = getelementptr inbounds float, ptr %Vn, i64 %2335
  %2337 = load <16 x float>, ptr %2336, align 4
  %2338 = shufflevector <16 x float> %2292, <16 x float> %2295, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2339 = shufflevector <16 x float> %2316, <16 x float> %2319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2340 = shufflevector <16 x float> %2298, <16 x float> %2301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2341 = shufflevector <16 x float> %2322, <16 x float> %2325, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2342 = shufflevector <16 x float> %2304, <16 x float> %2307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2343 = shufflevector <16 x float> %2328, <16 x float> %2331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2344 = shufflevector <16 x float> %2310, <16 x float> %2313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2345 = shufflevector <16 x float> %2334, <16 x float> %2337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2346 = shufflevector <16 x float> %2292, <16 x float> %2295, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2347 = shufflevector <16 x float> %2316, <16 x float> %2319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2348 = shufflevector <16 x float> %2298, <16 x float> %2301, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2349 = shufflevector <16 x float> %2322, <16 x float> %2325, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2350 = shufflevector <16 x float> %2304, <16 x float> %2307, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2351 = shufflevector <16 x float> %2328, <16 x float> %2331, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2352 = shufflevector <16 x float> %2310, <16 x float> %2313, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2353 = shufflevector <16 x float> %2334, <16 x float> %2337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2354 = shufflevector <16 x float> %2338, <16 x float> %2339, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2355 = shufflevector <16 x float> %2342, <16 x float> %2343, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2356 = shufflevector <16 x float> %2340, <16 x float> %2341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2357 = shufflevector <16 x float> %2344, <16 x float> %2345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2358 = shufflevector <16 x float> %2338, <16 x float> %2339, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2359 = shufflevector <16 x float> %2342, <16 x float> %2343, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2360 = shufflevector <16 x float> %2340, <16 x float> %2341, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2361 = shufflevector <16 x float> %2344, <16 x float> %2345, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2362 = shufflevector <16 x float> %2346, <16 x float> %2347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2363 = shufflevector <16 x float> %2350, <16 x float> %2351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2364 = shufflevector <16 x float> %2348, <16 x float> %2349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2365 = shufflevector <16 x float> %2352, <16 x float> %2353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2366 = shufflevector <16 x float> %2346, <16 x float> %2347, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2367 = shufflevector <16 x float> %2350, <16 x float> %2351, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2368 = shufflevector <16 x float> %2348, <16 x float> %2349, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2369 = shufflevector <16 x float> %2352, <16 x float> %2353, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2370 = shufflevector <16 x float> %2354, <16 x float> %2355, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2371 = shufflevector <16 x float> %2356, <16 x float> %2357, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2372 = shufflevector <16 x float> %2354, <16 x float> %2355, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2373 = shufflevector <16 x float> %2356, <16 x float> %2357, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2374 = shufflevector <16 x float> %2358, <16 x float> %2359, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2375 = shufflevector <16 x float> %2360, <16 x float> %2361, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2376 = shufflevector <16 x float> %2358, <16 x float> %2359, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2377 = shufflevector <16 x float> %2360, <16 x float> %2361, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2378 = shufflevector <16 x float> %2362, <16 x float> %2363, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2379 = shufflevector <16 x float> %2364, <16 x float> %2365, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2380 = shufflevector <16 x float> %2362, <16 x float> %2363, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2381 = shufflevector <16 x float> %2364, <16 x float> %2365, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2382 = shufflevector <16 x float> %2366, <16 x float> %2367, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2383 = shufflevector <16 x float> %2368, <16 x float> %2369, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2384 = shufflevector <16 x float> %2366, <16 x float> %2367, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2385 = shufflevector <16 x float> %2368, <16 x float> %2369, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2386 = shufflevector <16 x float> %2370, <16 x float> %2371, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2387 = shl nuw nsw i64 %j22.addr.03162, 6
  %2388 = add nuw nsw i64 %2387, %i29.addr.03163
  %2389 = getelementptr inbounds float, ptr %VnT, i64 %2388
  store <16 x float> %2386, ptr %2389, align 4
  %2390 = shufflevector <16 x float> %2370, <16 x float> %2371, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2391 = or disjoint i64 %2388, 64
  %2392 = getelementptr inbounds float, ptr %VnT, i64 %2391
  store <16 x float> %2390, ptr %2392, align 4
  %2393 = shufflevector <16 x float> %2372, <16 x float> %2373, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2394 = or disjoint i64 %2388, 128
  %2395 = getelementptr inbounds float, ptr %VnT, i64 %2394
  store <16 x float> %2393, ptr %2395, align 4
  %2396 = shufflevector <16 x float> %2372, <16 x float> %2373, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2397 = or disjoint i64 %2388, 192
  %2398 = getelementptr inbounds float, ptr %VnT, i64 %2397
  store <16 x float> %2396, ptr %2398, align 4
  %2399 = shufflevector <16 x float> %2374, <16 x float> %2375, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2400 = or disjoint i64 %2388, 256
  %2401 = getelementptr inbounds float, ptr %VnT, i64 %2400
  store <16 x float> %2399, ptr %2401, align 4
  %2402 = shufflevector <16 x float> %2374, <16 x float> %2375, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2403 = or disjoint i64 %2388, 320
  %2404 = getelementptr inbounds float, ptr %VnT, i64 %2403
  store <16 x float> %2402, ptr %2404, align 4
  %2405 = shufflevector <16 x float> %2376, <16 x float> %2377, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2406 = or disjoint i64 %2388, 384
  %2407 = getelementptr inbounds float, ptr %VnT, i64 %2406
  store <16 x float> %2405, ptr %2407, align 4
  %2408 = shufflevector <16 x float> %2376, <16 x float> %2377, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2409 = or disjoint i64 %2388, 448
  %2410 = getelementptr inbounds float, ptr %VnT, i64 %2409
  store <16 x float> %2408, ptr %2410, align 4
  %2411 = shufflevector <16 x float> %2378, <16 x float> %2379, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2412 = or disjoint i64 %2388, 512
  %2413 = getelementptr inbounds float, ptr %VnT, i64 %2412
  store <16 x float> %2411, ptr %2413, align 4
  %2414 = shufflevector <16 x float> %2378, <16 x float> %2379, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2415 = or disjoint i64 %2388, 576
  %2416 = getelementptr inbounds float, ptr %VnT, i64 %2415
  store <16 x float> %2414, ptr %2416, align 4
  %2417 = shufflevector <16 x float> %2380, <16 x float> %2381, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2418 = or disjoint i64 %2388, 640
  %2419 = getelementptr inbounds float, ptr %VnT, i64 %2418
  store <16 x float> %2417, ptr %2419, align 4
  %2420 = shufflevector <16 x float> %2380, <16 x float> %2381, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2421 = or disjoint i64 %2388, 704
  %2422 = getelementptr inbounds float, ptr %VnT, i64 %2421
  store <16 x float> %2420, ptr %2422, align 4
  %2423 = shufflevector <16 x float> %2382, <16 x float> %2383, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2424 = or disjoint i64 %2388, 768
  %2425 = getelementptr inbounds float, ptr %VnT, i64 %2424
  store <16 x float> %2423, ptr %2425, align 4
  %2426 = shufflevector <16 x float> %2382, <16 x float> %2383, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2427 = or disjoint i64 %2388, 832
  %2428 = getelementptr inbounds float, ptr %VnT, i64 %2427
  store <16 x float> %2426, ptr %2428, align 4
  %2429 = shufflevector <16 x float> %2384, <16 x float> %2385, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2430 = or disjoint i64 %2388, 896
  %2431 = getelementptr inbounds float, ptr %VnT, i64 %2430
  store <16 x float> %2429, ptr %2431, align 4
  %2432 = shufflevector <16 x float> %2384, <16 x float> %2385, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2433 = or disjoint i64 %2388, 960
  %2434 = getelementptr inbounds float, ptr %VnT, i64 %2433
  store <16 x float> %2432, ptr %2434, align 4
  %j22.next = add nuw nsw i64 %j22.addr.03162, 16
  %2435 = icmp ult i64 %j22.addr.03162, 48
  br i1 %2435, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.03163, 16
  %2436 = icmp ult i64 %i29.addr.03163, 48
  br i1 %2436, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.03181 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx3697 = shl nsw i64 %i30.addr.03181, 8
  %invariant.gep3955 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3697
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc40.03180 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2447, %p6.body ]
  %acc41.03179 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2448, %p6.body ]
  %acc42.03178 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2453, %p6.body ]
  %acc43.03177 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2454, %p6.body ]
  %acc44.03176 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2459, %p6.body ]
  %acc45.03175 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2460, %p6.body ]
  %acc46.03174 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2465, %p6.body ]
  %acc47.03173 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2466, %p6.body ]
  %acc48.03172 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2471, %p6.body ]
  %acc49.03171 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2472, %p6.body ]
  %acc50.03170 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2477, %p6.body ]
  %acc51.03169 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2478, %p6.body ]
  %acc52.03168 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2483, %p6.body ]
  %acc53.03167 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2484, %p6.body ]
  %acc54.03166 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2489, %p6.body ]
  %acc55.03165 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2490, %p6.body ]
  %p6.addr.03164 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %2437 = shl nuw nsw i64 %p6.addr.03164, 5
  %2438 = getelementptr inbounds float, ptr %QcT, i64 %2437
  %2439 = load <16 x float>, ptr %2438, align 4
  %2440 = or disjoint i64 %2437, 16
  %2441 = getelementptr inbounds float, ptr %QcT, i64 %2440
  %2442 = load <16 x float>, ptr %2441, align 4
  %gep3956 = getelementptr inbounds float, ptr %invariant.gep3955, i64 %p6.addr.03164
  %2443 = getelementptr inbounds i8, ptr %gep3956, i64 40960
  %2444 = load float, ptr %2443, align 4
  %2445 = insertelement <16 x float> poison, float %2444, i64 0
  %2446 = shufflevector <16 x float> %2445, <16 x float> poison, <16 x i32> zeroinitializer
  %2447 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2446, <16 x float> %2439, <16 x float> %acc40.03180)
  %2448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2446, <16 x float> %2442, <16 x float> %acc41.03179)
  %2449 = getelementptr inbounds i8, ptr %gep3956, i64 41216
  %2450 = load float, ptr %2449, align 4
  %2451 = insertelement <16 x float> poison, float %2450, i64 0
  %2452 = shufflevector <16 x float> %2451, <16 x float> poison, <16 x i32> zeroinitializer
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2439, <16 x float> %acc42.03178)
  %2454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2442, <16 x float> %acc43.03177)
  %2455 = getelementptr inbounds i8, ptr %gep3956, i64 41472
  %2456 = load float, ptr %2455, align 4
  %2457 = insertelement <16 x float> poison, float %2456, i64 0
  %2458 = shufflevector <16 x float> %2457, <16 x float> poison, <16 x i32> zeroinitializer
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2439, <16 x float> %acc44.03176)
  %2460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2442, <16 x float> %acc45.03175)
  %2461 = getelementptr inbounds i8, ptr %gep3956, i64 41728
  %2462 = load float, ptr %2461, align 4
  %2463 = insertelement <16 x float> poison, float %2462, i64 0
  %2464 = shufflevector <16 x float> %2463, <16 x float> poison, <16 x i32> zeroinitializer
  %2465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2439, <16 x float> %acc46.03174)
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2442, <16 x float> %acc47.03173)
  %2467 = getelementptr inbounds i8, ptr %gep3956, i64 41984
  %2468 = load float, ptr %2467, align 4
  %2469 = insertelement <16 x float> poison, float %2468, i64 0
  %2470 = shufflevector <16 x float> %2469, <16 x float> poison, <16 x i32> zeroinitializer
  %2471 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2470, <16 x float> %2439, <16 x float> %acc48.03172)
  %2472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2470, <16 x float> %2442, <16 x float> %acc49.03171)
  %2473 = getelementptr inbounds i8, ptr %gep3956, i64 42240
  %2474 = load float, ptr %2473, align 4
  %2475 = insertelement <16 x float> poison, float %2474, i64 0
  %2476 = shufflevector <16 x float> %2475, <16 x float> poison, <16 x i32> zeroinitializer
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2439, <16 x float> %acc50.03170)
  %2478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2442, <16 x float> %acc51.03169)
  %2479 = getelementptr inbounds i8, ptr %gep3956, i64 42496
  %2480 = load float, ptr %2479, align 4
  %2481 = insertelement <16 x float> poison, float %2480, i64 0
  %2482 = shufflevector <16 x float> %2481, <16 x float> poison, <16 x i32> zeroinitializer
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2439, <16 x float> %acc52.03168)
  %2484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2442, <16 x float> %acc53.03167)
  %2485 = getelementptr inbounds i8, ptr %gep3956, i64 42752
  %2486 = load float, ptr %2485, align 4
  %2487 = insertelement <16 x float> poison, float %2486, i64 0
  %2488 = shufflevector <16 x float> %2487, <16 x float> poison, <16 x i32> zeroinitializer
  %2489 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2488, <16 x float> %2439, <16 x float> %acc54.03166)
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2488, <16 x float> %2442, <16 x float> %acc55.03165)
  %p6.next = add nuw nsw i64 %p6.addr.03164, 1
  %exitcond3660.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3660.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %2491 = shl nuw nsw i64 %i30.addr.03181, 5
  %2492 = getelementptr inbounds float, ptr %PT, i64 %2491
  store <16 x float> %2447, ptr %2492, align 4
  %2493 = or disjoint i64 %2491, 16
  %2494 = getelementptr inbounds float, ptr %PT, i64 %2493
  store <16 x float> %2448, ptr %2494, align 4
  %2495 = or disjoint i64 %2491, 32
  %2496 = getelementptr inbounds float, ptr %PT, i64 %2495
  store <16 x float> %2453, ptr %2496, align 4
  %2497 = or disjoint i64 %2491, 48
  %2498 = getelementptr inbounds float, ptr %PT, i64 %2497
  store <16 x float> %2454, ptr %2498, align 4
  %2499 = or disjoint i64 %2491, 64
  %2500 = getelementptr inbounds float, ptr %PT, i64 %2499
  store <16 x float> %2459, ptr %2500, align 4
  %2501 = or disjoint i64 %2491, 80
  %2502 = getelementptr inbounds float, ptr %PT, i64 %2501
  store <16 x float> %2460, ptr %2502, align 4
  %2503 = or disjoint i64 %2491, 96
  %2504 = getelementptr inbounds float, ptr %PT, i64 %2503
  store <16 x float> %2465, ptr %2504, align 4
  %2505 = or disjoint i64 %2491, 112
  %2506 = getelementptr inbounds float, ptr %PT, i64 %2505
  store <16 x float> %2466, ptr %2506, align 4
  %2507 = or disjoint i64 %2491, 128
  %2508 = getelementptr inbounds float, ptr %PT, i64 %2507
  store <16 x float> %2471, ptr %2508, align 4
  %2509 = or disjoint i64 %2491, 144
  %2510 = getelementptr inbounds float, ptr %PT, i64 %2509
  store <16 x float> %2472, ptr %2510, align 4
  %2511 = or disjoint i64 %2491, 160
  %2512 = getelementptr inbounds float, ptr %PT, i64 %2511
  store <16 x float> %2477, ptr %2512, align 4
  %2513 = or disjoint i64 %2491, 176
  %2514 = getelementptr inbounds float, ptr %PT, i64 %2513
  store <16 x float> %2478, ptr %2514, align 4
  %2515 = or disjoint i64 %2491, 192
  %2516 = getelementptr inbounds float, ptr %PT, i64 %2515
  store <16 x float> %2483, ptr %2516, align 4
  %2517 = or disjoint i64 %2491, 208
  %2518 = getelementptr inbounds float, ptr %PT, i64 %2517
  store <16 x float> %2484, ptr %2518, align 4
  %2519 = or disjoint i64 %2491, 224
  %2520 = getelementptr inbounds float, ptr %PT, i64 %2519
  store <16 x float> %2489, ptr %2520, align 4
  %2521 = or disjoint i64 %2491, 240
  %2522 = getelementptr inbounds float, ptr %PT, i64 %2521
  store <16 x float> %2490, ptr %2522, align 4
  %i30.next = add nuw nsw i64 %i30.addr.03181, 8
  %2523 = icmp ult i64 %i30.addr.03181, 56
  br i1 %2523, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t3.addr.03184 = phi i64 [ %t3.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx3430 = shl nsw i64 %t3.addr.03184, 8
  %2524 = getelementptr inbounds i8, ptr %PT, i64 %.idx3430
  %2525 = load <16 x float>, ptr %2524, align 4
  %.idx3431 = shl nsw i64 %t3.addr.03184, 7
  %2526 = getelementptr inbounds i8, ptr %M, i64 %.idx3431
  %2527 = load <16 x float>, ptr %2526, align 4
  %2528 = fmul <16 x float> %2525, %2527
  store <16 x float> %2528, ptr %2524, align 4
  %2529 = getelementptr inbounds i8, ptr %69, i64 %.idx3430
  %2530 = load <16 x float>, ptr %2529, align 4
  %2531 = getelementptr inbounds i8, ptr %35, i64 %.idx3431
  %2532 = load <16 x float>, ptr %2531, align 4
  %2533 = fmul <16 x float> %2530, %2532
  store <16 x float> %2533, ptr %2529, align 4
  %2534 = getelementptr inbounds i8, ptr %2524, i64 128
  %2535 = load <16 x float>, ptr %2534, align 4
  %2536 = load <16 x float>, ptr %2526, align 4
  %2537 = fmul <16 x float> %2535, %2536
  store <16 x float> %2537, ptr %2534, align 4
  %2538 = getelementptr inbounds i8, ptr %2529, i64 128
  %2539 = load <16 x float>, ptr %2538, align 4
  %2540 = load <16 x float>, ptr %2531, align 4
  %2541 = fmul <16 x float> %2539, %2540
  store <16 x float> %2541, ptr %2538, align 4
  %t3.next = or disjoint i64 %t3.addr.03184, 1
  %.idx3430.1 = shl nsw i64 %t3.next, 8
  %2542 = getelementptr inbounds i8, ptr %PT, i64 %.idx3430.1
  %2543 = load <16 x float>, ptr %2542, align 4
  %.idx3431.1 = shl nsw i64 %t3.next, 7
  %2544 = getelementptr inbounds i8, ptr %M, i64 %.idx3431.1
  %2545 = load <16 x float>, ptr %2544, align 4
  %2546 = fmul <16 x float> %2543, %2545
  store <16 x float> %2546, ptr %2542, align 4
  %2547 = getelementptr inbounds i8, ptr %69, i64 %.idx3430.1
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = getelementptr inbounds i8, ptr %35, i64 %.idx3431.1
  %2550 = load <16 x float>, ptr %2549, align 4
  %2551 = fmul <16 x float> %2548, %2550
  store <16 x float> %2551, ptr %2547, align 4
  %2552 = getelementptr inbounds i8, ptr %2542, i64 128
  %2553 = load <16 x float>, ptr %2552, align 4
  %2554 = load <16 x float>, ptr %2544, align 4
  %2555 = fmul <16 x float> %2553, %2554
  store <16 x float> %2555, ptr %2552, align 4
  %2556 = getelementptr inbounds i8, ptr %2547, i64 128
  %2557 = load <16 x float>, ptr %2556, align 4
  %2558 = load <16 x float>, ptr %2549, align 4
  %2559 = fmul <16 x float> %2557, %2558
  store <16 x float> %2559, ptr %2556, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.03184, 2
  %exitcond3661.not.1 = icmp eq i64 %t3.next.1, 32
  br i1 %exitcond3661.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.03186 = phi i64 [ %i33.next.3, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx3434 = shl nsw i64 %i33.addr.03186, 9
  %gep3958 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3434
  %2560 = load <16 x float>, ptr %gep3958, align 4
  %.idx3435 = shl nsw i64 %i33.addr.03186, 8
  %gep3960 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3435
  store <16 x float> %2560, ptr %gep3960, align 4
  %gep3962 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3434
  %2561 = load <16 x float>, ptr %gep3962, align 4
  %gep3964 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3435
  store <16 x float> %2561, ptr %gep3964, align 4
  %gep3966 = getelementptr inbounds i8, ptr %invariant.gep3965, i64 %.idx3434
  %2562 = load <16 x float>, ptr %gep3966, align 4
  %gep3968 = getelementptr inbounds i8, ptr %invariant.gep3967, i64 %.idx3435
  store <16 x float> %2562, ptr %gep3968, align 4
  %gep3970 = getelementptr inbounds i8, ptr %invariant.gep3969, i64 %.idx3434
  %2563 = load <16 x float>, ptr %gep3970, align 4
  %gep3972 = getelementptr inbounds i8, ptr %invariant.gep3971, i64 %.idx3435
  store <16 x float> %2563, ptr %gep3972, align 4
  %i33.next = or disjoint i64 %i33.addr.03186, 1
  %.idx3434.1 = shl nsw i64 %i33.next, 9
  %gep3958.1 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3434.1
  %2564 = load <16 x float>, ptr %gep3958.1, align 4
  %.idx3435.1 = shl nsw i64 %i33.next, 8
  %gep3960.1 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3435.1
  store <16 x float> %2564, ptr %gep3960.1, align 4
  %gep3962.1 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3434.1
  %2565 = load <16 x float>, ptr %gep3962.1, align 4
  %gep3964.1 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3435.1
  store <16 x float> %2565, ptr %gep3964.1, align 4
  %gep3966.1 = getelementptr inbounds i8, ptr %invariant.gep3965, i64 %.idx3434.1
  %2566 = load <16 x float>, ptr %gep3966.1, align 4
  %gep3968.1 = getelementptr inbounds i8, ptr %invariant.gep3967, i64 %.idx3435.1
  store <16 x float> %2566, ptr %gep3968.1, align 4
  %gep3970.1 = getelementptr inbounds i8, ptr %invariant.gep3969, i64 %.idx3434.1
  %2567 = load <16 x float>, ptr %gep3970.1, align 4
  %gep3972.1 = getelementptr inbounds i8, ptr %invariant.gep3971, i64 %.idx3435.1
  store <16 x float> %2567, ptr %gep3972.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.03186, 2
  %.idx3434.2 = shl nsw i64 %i33.next.1, 9
  %gep3958.2 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3434.2
  %2568 = load <16 x float>, ptr %gep3958.2, align 4
  %.idx3435.2 = shl nsw i64 %i33.next.1, 8
  %gep3960.2 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3435.2
  store <16 x float> %2568, ptr %gep3960.2, align 4
  %gep3962.2 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3434.2
  %2569 = load <16 x float>, ptr %gep3962.2, align 4
  %gep3964.2 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3435.2
  store <16 x float> %2569, ptr %gep3964.2, align 4
  %gep3966.2 = getelementptr inbounds i8, ptr %invariant.gep3965, i64 %.idx3434.2
  %2570 = load <16 x float>, ptr %gep3966.2, align 4
  %gep3968.2 = getelementptr inbounds i8, ptr %invariant.gep3967, i64 %.idx3435.2
  store <16 x float> %2570, ptr %gep3968.2, align 4
  %gep3970.2 = getelementptr inbounds i8, ptr %invariant.gep3969, i64 %.idx3434.2
  %2571 = load <16 x float>, ptr %gep3970.2, align 4
  %gep3972.2 = getelementptr inbounds i8, ptr %invariant.gep3971, i64 %.idx3435.2
  store <16 x float> %2571, ptr %gep3972.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.03186, 3
  %.idx3434.3 = shl nsw i64 %i33.next.2, 9
  %gep3958.3 = getelementptr inbounds i8, ptr %invariant.gep3957, i64 %.idx3434.3
  %2572 = load <16 x float>, ptr %gep3958.3, align 4
  %.idx3435.3 = shl nsw i64 %i33.next.2, 8
  %gep3960.3 = getelementptr inbounds i8, ptr %invariant.gep3959, i64 %.idx3435.3
  store <16 x float> %2572, ptr %gep3960.3, align 4
  %gep3962.3 = getelementptr inbounds i8, ptr %invariant.gep3961, i64 %.idx3434.3
  %2573 = load <16 x float>, ptr %gep3962.3, align 4
  %gep3964.3 = getelementptr inbounds i8, ptr %invariant.gep3963, i64 %.idx3435.3
  store <16 x float> %2573, ptr %gep3964.3, align 4
  %gep3966.3 = getelementptr inbounds i8, ptr %invariant.gep3965, i64 %.idx3434.3
  %2574 = load <16 x float>, ptr %gep3966.3, align 4
  %gep3968.3 = getelementptr inbounds i8, ptr %invariant.gep3967, i64 %.idx3435.3
  store <16 x float> %2574, ptr %gep3968.3, align 4
  %gep3970.3 = getelementptr inbounds i8, ptr %invariant.gep3969, i64 %.idx3434.3
  %2575 = load <16 x float>, ptr %gep3970.3, align 4
  %gep3972.3 = getelementptr inbounds i8, ptr %invariant.gep3971, i64 %.idx3435.3
  store <16 x float> %2575, ptr %gep3972.3, align 4
  %i33.next.3 = add nuw nsw i64 %i33.addr.03186, 4
  %exitcond3664.not.3 = icmp eq i64 %i33.next.3, 64
  br i1 %exitcond3664.not.3, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.03204 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx3034 = shl nuw nsw i64 %i34.addr.03204, 8
  %2576 = getelementptr inbounds i8, ptr %OY, i64 %.idx3034
  %2577 = getelementptr inbounds i8, ptr %2576, i64 8192
  %2578 = load <16 x float>, ptr %2577, align 4
  %2579 = getelementptr inbounds i8, ptr %2576, i64 8256
  %2580 = load <16 x float>, ptr %2579, align 4
  %2581 = getelementptr inbounds i8, ptr %2576, i64 8320
  %2582 = load <16 x float>, ptr %2581, align 4
  %2583 = getelementptr inbounds i8, ptr %2576, i64 8384
  %2584 = load <16 x float>, ptr %2583, align 4
  %2585 = or disjoint i64 %i34.addr.03204, 1
  %.idx3035 = shl nuw nsw i64 %2585, 8
  %2586 = getelementptr inbounds i8, ptr %OY, i64 %.idx3035
  %2587 = getelementptr inbounds i8, ptr %2586, i64 8192
  %2588 = load <16 x float>, ptr %2587, align 4
  %2589 = getelementptr inbounds i8, ptr %2586, i64 8256
  %2590 = load <16 x float>, ptr %2589, align 4
  %2591 = getelementptr inbounds i8, ptr %2586, i64 8320
  %2592 = load <16 x float>, ptr %2591, align 4
  %2593 = getelementptr inbounds i8, ptr %2586, i64 8384
  %2594 = load <16 x float>, ptr %2593, align 4
  %2595 = or disjoint i64 %i34.addr.03204, 2
  %.idx3036 = shl nuw nsw i64 %2595, 8
  %2596 = getelementptr inbounds i8, ptr %OY, i64 %.idx3036
  %2597 = getelementptr inbounds i8, ptr %2596, i64 8192
  %2598 = load <16 x float>, ptr %2597, align 4
  %2599 = getelementptr inbounds i8, ptr %2596, i64 8256
  %2600 = load <16 x float>, ptr %2599, align 4
  %2601 = getelementptr inbounds i8, ptr %2596, i64 8320
  %2602 = load <16 x float>, ptr %2601, align 4
  %2603 = getelementptr inbounds i8, ptr %2596, i64 8384
  %2604 = load <16 x float>, ptr %2603, align 4
  %2605 = or disjoint i64 %i34.addr.03204, 3
  %.idx3037 = shl nuw nsw i64 %2605, 8
  %2606 = getelementptr inbounds i8, ptr %OY, i64 %.idx3037
  %2607 = getelementptr inbounds i8, ptr %2606, i64 8192
  %2608 = load <16 x float>, ptr %2607, align 4
  %2609 = getelementptr inbounds i8, ptr %2606, i64 8256
  %2610 = load <16 x float>, ptr %2609, align 4
  %2611 = getelementptr inbounds i8, ptr %2606, i64 8320
  %2612 = load <16 x float>, ptr %2611, align 4
  %2613 = getelementptr inbounds i8, ptr %2606, i64 8384
  %2614 = load <16 x float>, ptr %2613, align 4
  %.idx3436 = shl nsw i64 %i34.addr.03204, 7
  %.idx3437 = shl nsw i64 %2585, 7
  %.idx3438 = shl nsw i64 %2595, 7
  %.idx3439 = shl nsw i64 %2605, 7
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc56.03203 = phi <16 x float> [ %2578, %i34.body ], [ %2632, %p7.body ]
  %acc57.03202 = phi <16 x float> [ %2580, %i34.body ], [ %2633, %p7.body ]
  %acc58.03201 = phi <16 x float> [ %2582, %i34.body ], [ %2634, %p7.body ]
  %acc59.03200 = phi <16 x float> [ %2584, %i34.body ], [ %2635, %p7.body ]
  %acc60.03199 = phi <16 x float> [ %2588, %i34.body ], [ %2640, %p7.body ]
  %acc61.03198 = phi <16 x float> [ %2590, %i34.body ], [ %2641, %p7.body ]
  %acc62.03197 = phi <16 x float> [ %2592, %i34.body ], [ %2642, %p7.body ]
  %acc63.03196 = phi <16 x float> [ %2594, %i34.body ], [ %2643, %p7.body ]
  %acc64.03195 = phi <16 x float> [ %2598, %i34.body ], [ %2648, %p7.body ]
  %acc65.03194 = phi <16 x float> [ %2600, %i34.body ], [ %2649, %p7.body ]
  %acc66.03193 = phi <16 x float> [ %2602, %i34.body ], [ %2650, %p7.body ]
  %acc67.03192 = phi <16 x float> [ %2604, %i34.body ], [ %2651, %p7.body ]
  %acc68.03191 = phi <16 x float> [ %2608, %i34.body ], [ %2656, %p7.body ]
  %acc69.03190 = phi <16 x float> [ %2610, %i34.body ], [ %2657, %p7.body ]
  %acc70.03189 = phi <16 x float> [ %2612, %i34.body ], [ %2658, %p7.body ]
  %acc71.03188 = phi <16 x float> [ %2614, %i34.body ], [ %2659, %p7.body ]
  %p7.addr.03187 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %2615 = shl nuw nsw i64 %p7.addr.03187, 6
  %2616 = getelementptr inbounds float, ptr %OY, i64 %2615
  %2617 = load <16 x float>, ptr %2616, align 4
  %2618 = or disjoint i64 %2615, 16
  %2619 = getelementptr inbounds float, ptr %OY, i64 %2618
  %2620 = load <16 x float>, ptr %2619, align 4
  %2621 = or disjoint i64 %2615, 32
  %2622 = getelementptr inbounds float, ptr %OY, i64 %2621
  %2623 = load <16 x float>, ptr %2622, align 4
  %2624 = or disjoint i64 %2615, 48
  %2625 = getelementptr inbounds float, ptr %OY, i64 %2624
  %2626 = load <16 x float>, ptr %2625, align 4
  %2627 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.03187
  %2628 = getelementptr inbounds i8, ptr %2627, i64 %.idx3436
  %2629 = load float, ptr %2628, align 4
  %2630 = insertelement <16 x float> poison, float %2629, i64 0
  %2631 = shufflevector <16 x float> %2630, <16 x float> poison, <16 x i32> zeroinitializer
  %2632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2631, <16 x float> %2617, <16 x float> %acc56.03203)
  %2633 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2631, <16 x float> %2620, <16 x float> %acc57.03202)
  %2634 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2631, <16 x float> %2623, <16 x float> %acc58.03201)
  %2635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2631, <16 x float> %2626, <16 x float> %acc59.03200)
  %2636 = getelementptr inbounds i8, ptr %2627, i64 %.idx3437
  %2637 = load float, ptr %2636, align 4
  %2638 = insertelement <16 x float> poison, float %2637, i64 0
  %2639 = shufflevector <16 x float> %2638, <16 x float> poison, <16 x i32> zeroinitializer
  %2640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2639, <16 x float> %2617, <16 x float> %acc60.03199)
  %2641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2639, <16 x float> %2620, <16 x float> %acc61.03198)
  %2642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2639, <16 x float> %2623, <16 x float> %acc62.03197)
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2639, <16 x float> %2626, <16 x float> %acc63.03196)
  %2644 = getelementptr inbounds i8, ptr %2627, i64 %.idx3438
  %2645 = load float, ptr %2644, align 4
  %2646 = insertelement <16 x float> poison, float %2645, i64 0
  %2647 = shufflevector <16 x float> %2646, <16 x float> poison, <16 x i32> zeroinitializer
  %2648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2617, <16 x float> %acc64.03195)
  %2649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2620, <16 x float> %acc65.03194)
  %2650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2623, <16 x float> %acc66.03193)
  %2651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2626, <16 x float> %acc67.03192)
  %2652 = getelementptr inbounds i8, ptr %2627, i64 %.idx3439
  %2653 = load float, ptr %2652, align 4
  %2654 = insertelement <16 x float> poison, float %2653, i64 0
  %2655 = shufflevector <16 x float> %2654, <16 x float> poison, <16 x i32> zeroinitializer
  %2656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2655, <16 x float> %2617, <16 x float> %acc68.03191)
  %2657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2655, <16 x float> %2620, <16 x float> %acc69.03190)
  %2658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2655, <16 x float> %2623, <16 x float> %acc70.03189)
  %2659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2655, <16 x float> %2626, <16 x float> %acc71.03188)
  %p7.next = add nuw nsw i64 %p7.addr.03187, 1
  %exitcond3665.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3665.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2632, ptr %2577, align 4
  store <16 x float> %2633, ptr %2579, align 4
  store <16 x float> %2634, ptr %2581, align 4
  store <16 x float> %2635, ptr %2583, align 4
  store <16 x float> %2640, ptr %2587, align 4
  store <16 x float> %2641, ptr %2589, align 4
  store <16 x float> %2642, ptr %2591, align 4
  store <16 x float> %2643, ptr %2593, align 4
  store <16 x float> %2648, ptr %2597, align 4
  store <16 x float> %2649, ptr %2599, align 4
  store <16 x float> %2650, ptr %2601, align 4
  store <16 x float> %2651, ptr %2603, align 4
  store <16 x float> %2656, ptr %2607, align 4
  store <16 x float> %2657, ptr %2609, align 4
  store <16 x float> %2658, ptr %2611, align 4
  store <16 x float> %2659, ptr %2613, align 4
  %i34.next = add nuw nsw i64 %i34.addr.03204, 4
  %2660 = icmp ult i64 %i34.addr.03204, 60
  br i1 %2660, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.03222 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %2661 = shl nuw nsw i64 %i35.addr.03222, 6
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc72.03221 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2673, %p8.body ]
  %acc73.03220 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2674, %p8.body ]
  %acc74.03219 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2680, %p8.body ]
  %acc75.03218 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2681, %p8.body ]
  %acc76.03217 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2687, %p8.body ]
  %acc77.03216 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2688, %p8.body ]
  %acc78.03215 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2694, %p8.body ]
  %acc79.03214 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2695, %p8.body ]
  %acc80.03213 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2701, %p8.body ]
  %acc81.03212 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2702, %p8.body ]
  %acc82.03211 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2708, %p8.body ]
  %acc83.03210 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2709, %p8.body ]
  %acc84.03209 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2715, %p8.body ]
  %acc85.03208 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2716, %p8.body ]
  %p8.addr.03207 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc87.03206 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2723, %p8.body ]
  %acc86.03205 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2722, %p8.body ]
  %2662 = shl nuw nsw i64 %p8.addr.03207, 5
  %2663 = getelementptr inbounds float, ptr %dOT, i64 %2662
  %2664 = load <16 x float>, ptr %2663, align 4
  %2665 = or disjoint i64 %2662, 16
  %2666 = getelementptr inbounds float, ptr %dOT, i64 %2665
  %2667 = load <16 x float>, ptr %2666, align 4
  %2668 = add nuw nsw i64 %p8.addr.03207, %2661
  %2669 = getelementptr inbounds float, ptr %Vn, i64 %2668
  %2670 = load float, ptr %2669, align 4
  %2671 = insertelement <16 x float> poison, float %2670, i64 0
  %2672 = shufflevector <16 x float> %2671, <16 x float> poison, <16 x i32> zeroinitializer
  %2673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2672, <16 x float> %2664, <16 x float> %acc72.03221)
  %2674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2672, <16 x float> %2667, <16 x float> %acc73.03220)
  %2675 = or disjoint i64 %2668, 64
  %2676 = getelementptr inbounds float, ptr %Vn, i64 %2675
  %2677 = load float, ptr %2676, align 4
  %2678 = insertelement <16 x float> poison, float %2677, i64 0
  %2679 = shufflevector <16 x float> %2678, <16 x float> poison, <16 x i32> zeroinitializer
  %2680 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2679, <16 x float> %2664, <16 x float> %acc74.03219)
  %2681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2679, <16 x float> %2667, <16 x float> %acc75.03218)
  %2682 = or disjoint i64 %2668, 128
  %2683 = getelementptr inbounds float, ptr %Vn, i64 %2682
  %2684 = load float, ptr %2683, align 4
  %2685 = insertelement <16 x float> poison, float %2684, i64 0
  %2686 = shufflevector <16 x float> %2685, <16 x float> poison, <16 x i32> zeroinitializer
  %2687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2686, <16 x float> %2664, <16 x float> %acc76.03217)
  %2688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2686, <16 x float> %2667, <16 x float> %acc77.03216)
  %2689 = or disjoint i64 %2668, 192
  %2690 = getelementptr inbounds float, ptr %Vn, i64 %2689
  %2691 = load float, ptr %2690, align 4
  %2692 = insertelement <16 x float> poison, float %2691, i64 0
  %2693 = shufflevector <16 x float> %2692, <16 x float> poison, <16 x i32> zeroinitializer
  %2694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2693, <16 x float> %2664, <16 x float> %acc78.03215)
  %2695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2693, <16 x float> %2667, <16 x float> %acc79.03214)
  %2696 = or disjoint i64 %2668, 256
  %2697 = getelementptr inbounds float, ptr %Vn, i64 %2696
  %2698 = load float, ptr %2697, align 4
  %2699 = insertelement <16 x float> poison, float %2698, i64 0
  %2700 = shufflevector <16 x float> %2699, <16 x float> poison, <16 x i32> zeroinitializer
  %2701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2700, <16 x float> %2664, <16 x float> %acc80.03213)
  %2702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2700, <16 x float> %2667, <16 x float> %acc81.03212)
  %2703 = or disjoint i64 %2668, 320
  %2704 = getelementptr inbounds float, ptr %Vn, i64 %2703
  %2705 = load float, ptr %2704, align 4
  %2706 = insertelement <16 x float> poison, float %2705, i64 0
  %2707 = shufflevector <16 x float> %2706, <16 x float> poison, <16 x i32> zeroinitializer
  %2708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2664, <16 x float> %acc82.03211)
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2667, <16 x float> %acc83.03210)
  %2710 = or disjoint i64 %2668, 384
  %2711 = getelementptr inbounds float, ptr %Vn, i64 %2710
  %2712 = load float, ptr %2711, align 4
  %2713 = insertelement <16 x float> poison, float %2712, i64 0
  %2714 = shufflevector <16 x float> %2713, <16 x float> poison, <16 x i32> zeroinitializer
  %2715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2664, <16 x float> %acc84.03209)
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2714, <16 x float> %2667, <16 x float> %acc85.03208)
  %2717 = or disjoint i64 %2668, 448
  %2718 = getelementptr inbounds float, ptr %Vn, i64 %2717
  %2719 = load float, ptr %2718, align 4
  %2720 = insertelement <16 x float> poison, float %2719, i64 0
  %2721 = shufflevector <16 x float> %2720, <16 x float> poison, <16 x i32> zeroinitializer
  %2722 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2721, <16 x float> %2664, <16 x float> %acc86.03205)
  %2723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2721, <16 x float> %2667, <16 x float> %acc87.03206)
  %p8.next = add nuw nsw i64 %p8.addr.03207, 1
  %exitcond3666.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3666.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2724 = mul nuw nsw i64 %i35.addr.03222, 224
  %2725 = or disjoint i64 %2724, 128
  %2726 = getelementptr inbounds float, ptr %Ak, i64 %2725
  store <16 x float> %2673, ptr %2726, align 4
  %2727 = or disjoint i64 %2724, 144
  %2728 = getelementptr inbounds float, ptr %Ak, i64 %2727
  store <16 x float> %2674, ptr %2728, align 4
  %2729 = getelementptr inbounds float, ptr %Ak, i64 %2724
  %2730 = getelementptr inbounds i8, ptr %2729, i64 1408
  store <16 x float> %2680, ptr %2730, align 4
  %2731 = getelementptr inbounds i8, ptr %2729, i64 1472
  store <16 x float> %2681, ptr %2731, align 4
  %2732 = getelementptr inbounds i8, ptr %2729, i64 2304
  store <16 x float> %2687, ptr %2732, align 4
  %2733 = getelementptr inbounds i8, ptr %2729, i64 2368
  store <16 x float> %2688, ptr %2733, align 4
  %2734 = getelementptr inbounds i8, ptr %2729, i64 3200
  store <16 x float> %2694, ptr %2734, align 4
  %2735 = getelementptr inbounds i8, ptr %2729, i64 3264
  store <16 x float> %2695, ptr %2735, align 4
  %2736 = getelementptr inbounds i8, ptr %2729, i64 4096
  store <16 x float> %2701, ptr %2736, align 4
  %2737 = getelementptr inbounds i8, ptr %2729, i64 4160
  store <16 x float> %2702, ptr %2737, align 4
  %2738 = getelementptr inbounds i8, ptr %2729, i64 4992
  store <16 x float> %2708, ptr %2738, align 4
  %2739 = getelementptr inbounds i8, ptr %2729, i64 5056
  store <16 x float> %2709, ptr %2739, align 4
  %2740 = getelementptr inbounds i8, ptr %2729, i64 5888
  store <16 x float> %2715, ptr %2740, align 4
  %2741 = getelementptr inbounds i8, ptr %2729, i64 5952
  store <16 x float> %2716, ptr %2741, align 4
  %2742 = getelementptr inbounds i8, ptr %2729, i64 6784
  store <16 x float> %2722, ptr %2742, align 4
  %2743 = getelementptr inbounds i8, ptr %2729, i64 6848
  store <16 x float> %2723, ptr %2743, align 4
  %i35.next = add nuw nsw i64 %i35.addr.03222, 8
  %2744 = icmp ult i64 %i35.addr.03222, 56
  br i1 %2744, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t4.addr.03225 = phi i64 [ %t4.next.3, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx3440 = mul nuw nsw i64 %t4.addr.03225, 1792
  %2745 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3440
  %2746 = getelementptr inbounds i8, ptr %2745, i64 512
  %2747 = load <16 x float>, ptr %2746, align 4
  %.idx3441 = shl nsw i64 %t4.addr.03225, 7
  %2748 = getelementptr inbounds i8, ptr %M, i64 %.idx3441
  %2749 = load <16 x float>, ptr %2748, align 4
  %2750 = fmul <16 x float> %2747, %2749
  store <16 x float> %2750, ptr %2746, align 4
  %2751 = getelementptr inbounds i8, ptr %70, i64 %.idx3440
  %2752 = getelementptr inbounds i8, ptr %2751, i64 512
  %2753 = load <16 x float>, ptr %2752, align 4
  %2754 = getelementptr inbounds i8, ptr %35, i64 %.idx3441
  %2755 = load <16 x float>, ptr %2754, align 4
  %2756 = fmul <16 x float> %2753, %2755
  store <16 x float> %2756, ptr %2752, align 4
  %2757 = getelementptr inbounds i8, ptr %2745, i64 1408
  %2758 = load <16 x float>, ptr %2757, align 4
  %2759 = load <16 x float>, ptr %2748, align 4
  %2760 = fmul <16 x float> %2758, %2759
  store <16 x float> %2760, ptr %2757, align 4
  %2761 = getelementptr inbounds i8, ptr %2751, i64 1408
  %2762 = load <16 x float>, ptr %2761, align 4
  %2763 = load <16 x float>, ptr %2754, align 4
  %2764 = fmul <16 x float> %2762, %2763
  store <16 x float> %2764, ptr %2761, align 4
  %t4.next = or disjoint i64 %t4.addr.03225, 1
  %.idx3440.1 = mul nuw nsw i64 %t4.next, 1792
  %2765 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3440.1
  %2766 = getelementptr inbounds i8, ptr %2765, i64 512
  %2767 = load <16 x float>, ptr %2766, align 4
  %.idx3441.1 = shl nsw i64 %t4.next, 7
  %2768 = getelementptr inbounds i8, ptr %M, i64 %.idx3441.1
  %2769 = load <16 x float>, ptr %2768, align 4
  %2770 = fmul <16 x float> %2767, %2769
  store <16 x float> %2770, ptr %2766, align 4
  %2771 = getelementptr inbounds i8, ptr %70, i64 %.idx3440.1
  %2772 = getelementptr inbounds i8, ptr %2771, i64 512
  %2773 = load <16 x float>, ptr %2772, align 4
  %2774 = getelementptr inbounds i8, ptr %35, i64 %.idx3441.1
  %2775 = load <16 x float>, ptr %2774, align 4
  %2776 = fmul <16 x float> %2773, %2775
  store <16 x float> %2776, ptr %2772, align 4
  %2777 = getelementptr inbounds i8, ptr %2765, i64 1408
  %2778 = load <16 x float>, ptr %2777, align 4
  %2779 = load <16 x float>, ptr %2768, align 4
  %2780 = fmul <16 x float> %2778, %2779
  store <16 x float> %2780, ptr %2777, align 4
  %2781 = getelementptr inbounds i8, ptr %2771, i64 1408
  %2782 = load <16 x float>, ptr %2781, align 4
  %2783 = load <16 x float>, ptr %2774, align 4
  %2784 = fmul <16 x float> %2782, %2783
  store <16 x float> %2784, ptr %2781, align 4
  %t4.next.1 = or disjoint i64 %t4.addr.03225, 2
  %.idx3440.2 = mul nuw nsw i64 %t4.next.1, 1792
  %2785 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3440.2
  %2786 = getelementptr inbounds i8, ptr %2785, i64 512
  %2787 = load <16 x float>, ptr %2786, align 4
  %.idx3441.2 = shl nsw i64 %t4.next.1, 7
  %2788 = getelementptr inbounds i8, ptr %M, i64 %.idx3441.2
  %2789 = load <16 x float>, ptr %2788, align 4
  %2790 = fmul <16 x float> %2787, %2789
  store <16 x float> %2790, ptr %2786, align 4
  %2791 = getelementptr inbounds i8, ptr %70, i64 %.idx3440.2
  %2792 = getelementptr inbounds i8, ptr %2791, i64 512
  %2793 = load <16 x float>, ptr %2792, align 4
  %2794 = getelementptr inbounds i8, ptr %35, i64 %.idx3441.2
  %2795 = load <16 x float>, ptr %2794, align 4
  %2796 = fmul <16 x float> %2793, %2795
  store <16 x float> %2796, ptr %2792, align 4
  %2797 = getelementptr inbounds i8, ptr %2785, i64 1408
  %2798 = load <16 x float>, ptr %2797, align 4
  %2799 = load <16 x float>, ptr %2788, align 4
  %2800 = fmul <16 x float> %2798, %2799
  store <16 x float> %2800, ptr %2797, align 4
  %2801 = getelementptr inbounds i8, ptr %2791, i64 1408
  %2802 = load <16 x float>, ptr %2801, align 4
  %2803 = load <16 x float>, ptr %2794, align 4
  %2804 = fmul <16 x float> %2802, %2803
  store <16 x float> %2804, ptr %2801, align 4
  %t4.next.2 = or disjoint i64 %t4.addr.03225, 3
  %.idx3440.3 = mul nuw nsw i64 %t4.next.2, 1792
  %2805 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3440.3
  %2806 = getelementptr inbounds i8, ptr %2805, i64 512
  %2807 = load <16 x float>, ptr %2806, align 4
  %.idx3441.3 = shl nsw i64 %t4.next.2, 7
  %2808 = getelementptr inbounds i8, ptr %M, i64 %.idx3441.3
  %2809 = load <16 x float>, ptr %2808, align 4
  %2810 = fmul <16 x float> %2807, %2809
  store <16 x float> %2810, ptr %2806, align 4
  %2811 = getelementptr inbounds i8, ptr %70, i64 %.idx3440.3
  %2812 = getelementptr inbounds i8, ptr %2811, i64 512
  %2813 = load <16 x float>, ptr %2812, align 4
  %2814 = getelementptr inbounds i8, ptr %35, i64 %.idx3441.3
  %2815 = load <16 x float>, ptr %2814, align 4
  %2816 = fmul <16 x float> %2813, %2815
  store <16 x float> %2816, ptr %2812, align 4
  %2817 = getelementptr inbounds i8, ptr %2805, i64 1408
  %2818 = load <16 x float>, ptr %2817, align 4
  %2819 = load <16 x float>, ptr %2808, align 4
  %2820 = fmul <16 x float> %2818, %2819
  store <16 x float> %2820, ptr %2817, align 4
  %2821 = getelementptr inbounds i8, ptr %2811, i64 1408
  %2822 = load <16 x float>, ptr %2821, align 4
  %2823 = load <16 x float>, ptr %2814, align 4
  %2824 = fmul <16 x float> %2822, %2823
  store <16 x float> %2824, ptr %2821, align 4
  %t4.next.3 = add nuw nsw i64 %t4.addr.03225, 4
  %exitcond3667.not.3 = icmp eq i64 %t4.next.3, 32
  br i1 %exitcond3667.not.3, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.03243 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %2825 = shl nuw nsw i64 %i38.addr.03243, 6
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.03242 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc103.03241 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2874, %p9.body ]
  %acc102.03240 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2873, %p9.body ]
  %acc101.03239 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2872, %p9.body ]
  %acc100.03238 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2871, %p9.body ]
  %acc99.03237 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2865, %p9.body ]
  %acc98.03236 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2864, %p9.body ]
  %acc97.03235 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2863, %p9.body ]
  %acc96.03234 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2862, %p9.body ]
  %acc95.03233 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2856, %p9.body ]
  %acc94.03232 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2855, %p9.body ]
  %acc93.03231 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2854, %p9.body ]
  %acc92.03230 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2853, %p9.body ]
  %acc91.03229 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2847, %p9.body ]
  %acc90.03228 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2846, %p9.body ]
  %acc89.03227 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2845, %p9.body ]
  %acc88.03226 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2844, %p9.body ]
  %2826 = shl nuw nsw i64 %p9.addr.03242, 6
  %2827 = or disjoint i64 %2826, 4096
  %2828 = getelementptr inbounds float, ptr %Bk, i64 %2827
  %2829 = load <16 x float>, ptr %2828, align 4
  %2830 = or disjoint i64 %2826, 4112
  %2831 = getelementptr inbounds float, ptr %Bk, i64 %2830
  %2832 = load <16 x float>, ptr %2831, align 4
  %2833 = or disjoint i64 %2826, 4128
  %2834 = getelementptr inbounds float, ptr %Bk, i64 %2833
  %2835 = load <16 x float>, ptr %2834, align 4
  %2836 = or disjoint i64 %2826, 4144
  %2837 = getelementptr inbounds float, ptr %Bk, i64 %2836
  %2838 = load <16 x float>, ptr %2837, align 4
  %2839 = add nuw nsw i64 %p9.addr.03242, %2825
  %2840 = getelementptr inbounds float, ptr %OY, i64 %2839
  %2841 = load float, ptr %2840, align 4
  %2842 = insertelement <16 x float> poison, float %2841, i64 0
  %2843 = shufflevector <16 x float> %2842, <16 x float> poison, <16 x i32> zeroinitializer
  %2844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2843, <16 x float> %2829, <16 x float> %acc88.03226)
  %2845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2843, <16 x float> %2832, <16 x float> %acc89.03227)
  %2846 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2843, <16 x float> %2835, <16 x float> %acc90.03228)
  %2847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2843, <16 x float> %2838, <16 x float> %acc91.03229)
  %2848 = or disjoint i64 %2839, 64
  %2849 = getelementptr inbounds float, ptr %OY, i64 %2848
  %2850 = load float, ptr %2849, align 4
  %2851 = insertelement <16 x float> poison, float %2850, i64 0
  %2852 = shufflevector <16 x float> %2851, <16 x float> poison, <16 x i32> zeroinitializer
  %2853 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2852, <16 x float> %2829, <16 x float> %acc92.03230)
  %2854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2852, <16 x float> %2832, <16 x float> %acc93.03231)
  %2855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2852, <16 x float> %2835, <16 x float> %acc94.03232)
  %2856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2852, <16 x float> %2838, <16 x float> %acc95.03233)
  %2857 = or disjoint i64 %2839, 128
  %2858 = getelementptr inbounds float, ptr %OY, i64 %2857
  %2859 = load float, ptr %2858, align 4
  %2860 = insertelement <16 x float> poison, float %2859, i64 0
  %2861 = shufflevector <16 x float> %2860, <16 x float> poison, <16 x i32> zeroinitializer
  %2862 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2829, <16 x float> %acc96.03234)
  %2863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2832, <16 x float> %acc97.03235)
  %2864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2835, <16 x float> %acc98.03236)
  %2865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2838, <16 x float> %acc99.03237)
  %2866 = or disjoint i64 %2839, 192
  %2867 = getelementptr inbounds float, ptr %OY, i64 %2866
  %2868 = load float, ptr %2867, align 4
  %2869 = insertelement <16 x float> poison, float %2868, i64 0
  %2870 = shufflevector <16 x float> %2869, <16 x float> poison, <16 x i32> zeroinitializer
  %2871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2829, <16 x float> %acc100.03238)
  %2872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2832, <16 x float> %acc101.03239)
  %2873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2835, <16 x float> %acc102.03240)
  %2874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2838, <16 x float> %acc103.03241)
  %p9.next = add nuw nsw i64 %p9.addr.03242, 1
  %exitcond3668.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3668.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2875 = getelementptr inbounds float, ptr %dQc, i64 %2825
  store <16 x float> %2844, ptr %2875, align 4
  %2876 = or disjoint i64 %2825, 16
  %2877 = getelementptr inbounds float, ptr %dQc, i64 %2876
  store <16 x float> %2845, ptr %2877, align 4
  %2878 = or disjoint i64 %2825, 32
  %2879 = getelementptr inbounds float, ptr %dQc, i64 %2878
  store <16 x float> %2846, ptr %2879, align 4
  %2880 = or disjoint i64 %2825, 48
  %2881 = getelementptr inbounds float, ptr %dQc, i64 %2880
  store <16 x float> %2847, ptr %2881, align 4
  %2882 = or disjoint i64 %2825, 64
  %2883 = getelementptr inbounds float, ptr %dQc, i64 %2882
  store <16 x float> %2853, ptr %2883, align 4
  %2884 = or disjoint i64 %2825, 80
  %2885 = getelementptr inbounds float, ptr %dQc, i64 %2884
  store <16 x float> %2854, ptr %2885, align 4
  %2886 = or disjoint i64 %2825, 96
  %2887 = getelementptr inbounds float, ptr %dQc, i64 %2886
  store <16 x float> %2855, ptr %2887, align 4
  %2888 = or disjoint i64 %2825, 112
  %2889 = getelementptr inbounds float, ptr %dQc, i64 %2888
  store <16 x float> %2856, ptr %2889, align 4
  %2890 = or disjoint i64 %2825, 128
  %2891 = getelementptr inbounds float, ptr %dQc, i64 %2890
  store <16 x float> %2862, ptr %2891, align 4
  %2892 = or disjoint i64 %2825, 144
  %2893 = getelementptr inbounds float, ptr %dQc, i64 %2892
  store <16 x float> %2863, ptr %2893, align 4
  %2894 = or disjoint i64 %2825, 160
  %2895 = getelementptr inbounds float, ptr %dQc, i64 %2894
  store <16 x float> %2864, ptr %2895, align 4
  %2896 = or disjoint i64 %2825, 176
  %2897 = getelementptr inbounds float, ptr %dQc, i64 %2896
  store <16 x float> %2865, ptr %2897, align 4
  %2898 = or disjoint i64 %2825, 192
  %2899 = getelementptr inbounds float, ptr %dQc, i64 %2898
  store <16 x float> %2871, ptr %2899, align 4
  %2900 = or disjoint i64 %2825, 208
  %2901 = getelementptr inbounds float, ptr %dQc, i64 %2900
  store <16 x float> %2872, ptr %2901, align 4
  %2902 = or disjoint i64 %2825, 224
  %2903 = getelementptr inbounds float, ptr %dQc, i64 %2902
  store <16 x float> %2873, ptr %2903, align 4
  %2904 = or disjoint i64 %2825, 240
  %2905 = getelementptr inbounds float, ptr %dQc, i64 %2904
  store <16 x float> %2874, ptr %2905, align 4
  %i38.next = add nuw nsw i64 %i38.addr.03243, 4
  %2906 = icmp ult i64 %i38.addr.03243, 28
  br i1 %2906, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %endif1527
  %i39.addr.03261 = phi i64 [ %i39.next, %endif1527 ], [ 0, %p9.exit ]
  %2907 = shl nuw nsw i64 %i39.addr.03261, 6
  %2908 = getelementptr inbounds float, ptr %dQc, i64 %2907
  %2909 = load <16 x float>, ptr %2908, align 4
  %2910 = or disjoint i64 %2907, 16
  %2911 = getelementptr inbounds float, ptr %dQc, i64 %2910
  %2912 = load <16 x float>, ptr %2911, align 4
  %2913 = or disjoint i64 %2907, 32
  %2914 = getelementptr inbounds float, ptr %dQc, i64 %2913
  %2915 = load <16 x float>, ptr %2914, align 4
  %2916 = or disjoint i64 %2907, 48
  %2917 = getelementptr inbounds float, ptr %dQc, i64 %2916
  %2918 = load <16 x float>, ptr %2917, align 4
  %2919 = or disjoint i64 %i39.addr.03261, 1
  %2920 = shl nuw nsw i64 %2919, 6
  %2921 = getelementptr inbounds float, ptr %dQc, i64 %2920
  %2922 = load <16 x float>, ptr %2921, align 4
  %2923 = or disjoint i64 %2920, 16
  %2924 = getelementptr inbounds float, ptr %dQc, i64 %2923
  %2925 = load <16 x float>, ptr %2924, align 4
  %2926 = or disjoint i64 %2920, 32
  %2927 = getelementptr inbounds float, ptr %dQc, i64 %2926
  %2928 = load <16 x float>, ptr %2927, align 4
  %2929 = or disjoint i64 %2920, 48
  %2930 = getelementptr inbounds float, ptr %dQc, i64 %2929
  %2931 = load <16 x float>, ptr %2930, align 4
  %2932 = or disjoint i64 %i39.addr.03261, 2
  %2933 = shl nuw nsw i64 %2932, 6
  %2934 = getelementptr inbounds float, ptr %dQc, i64 %2933
  %2935 = load <16 x float>, ptr %2934, align 4
  %2936 = or disjoint i64 %2933, 16
  %2937 = getelementptr inbounds float, ptr %dQc, i64 %2936
  %2938 = load <16 x float>, ptr %2937, align 4
  %2939 = or disjoint i64 %2933, 32
  %2940 = getelementptr inbounds float, ptr %dQc, i64 %2939
  %2941 = load <16 x float>, ptr %2940, align 4
  %2942 = or disjoint i64 %2933, 48
  %2943 = getelementptr inbounds float, ptr %dQc, i64 %2942
  %2944 = load <16 x float>, ptr %2943, align 4
  %2945 = or disjoint i64 %i39.addr.03261, 3
  %2946 = shl nuw nsw i64 %2945, 6
  %2947 = getelementptr inbounds float, ptr %dQc, i64 %2946
  %2948 = load <16 x float>, ptr %2947, align 4
  %2949 = or disjoint i64 %2946, 16
  %2950 = getelementptr inbounds float, ptr %dQc, i64 %2949
  %2951 = load <16 x float>, ptr %2950, align 4
  %2952 = or disjoint i64 %2946, 32
  %2953 = getelementptr inbounds float, ptr %dQc, i64 %2952
  %2954 = load <16 x float>, ptr %2953, align 4
  %2955 = or disjoint i64 %2946, 48
  %2956 = getelementptr inbounds float, ptr %dQc, i64 %2955
  %2957 = load <16 x float>, ptr %2956, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.03260 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc119.03259 = phi <16 x float> [ %2957, %i39.body ], [ %3004, %p10.body ]
  %acc118.03258 = phi <16 x float> [ %2954, %i39.body ], [ %3003, %p10.body ]
  %acc117.03257 = phi <16 x float> [ %2951, %i39.body ], [ %3002, %p10.body ]
  %acc116.03256 = phi <16 x float> [ %2948, %i39.body ], [ %3001, %p10.body ]
  %acc115.03255 = phi <16 x float> [ %2944, %i39.body ], [ %2995, %p10.body ]
  %acc114.03254 = phi <16 x float> [ %2941, %i39.body ], [ %2994, %p10.body ]
  %acc113.03253 = phi <16 x float> [ %2938, %i39.body ], [ %2993, %p10.body ]
  %acc112.03252 = phi <16 x float> [ %2935, %i39.body ], [ %2992, %p10.body ]
  %acc111.03251 = phi <16 x float> [ %2931, %i39.body ], [ %2986, %p10.body ]
  %acc110.03250 = phi <16 x float> [ %2928, %i39.body ], [ %2985, %p10.body ]
  %acc109.03249 = phi <16 x float> [ %2925, %i39.body ], [ %2984, %p10.body ]
  %acc108.03248 = phi <16 x float> [ %2922, %i39.body ], [ %2983, %p10.body ]
  %acc107.03247 = phi <16 x float> [ %2918, %i39.body ], [ %2977, %p10.body ]
  %acc106.03246 = phi <16 x float> [ %2915, %i39.body ], [ %2976, %p10.body ]
  %acc105.03245 = phi <16 x float> [ %2912, %i39.body ], [ %2975, %p10.body ]
  %acc104.03244 = phi <16 x float> [ %2909, %i39.body ], [ %2974, %p10.body ]
  %.idx3033 = shl nuw nsw i64 %p10.addr.03260, 8
  %2958 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3033
  %2959 = getelementptr inbounds i8, ptr %2958, i64 40960
  %2960 = load <16 x float>, ptr %2959, align 4
  %2961 = getelementptr inbounds i8, ptr %2958, i64 41024
  %2962 = load <16 x float>, ptr %2961, align 4
  %2963 = getelementptr inbounds i8, ptr %2958, i64 41088
  %2964 = load <16 x float>, ptr %2963, align 4
  %2965 = getelementptr inbounds i8, ptr %2958, i64 41152
  %2966 = load <16 x float>, ptr %2965, align 4
  %2967 = mul nuw nsw i64 %p10.addr.03260, 224
  %2968 = add nuw nsw i64 %2967, 128
  %2969 = or disjoint i64 %2968, %i39.addr.03261
  %2970 = getelementptr inbounds float, ptr %Ak, i64 %2969
  %2971 = load float, ptr %2970, align 4
  %2972 = insertelement <16 x float> poison, float %2971, i64 0
  %2973 = shufflevector <16 x float> %2972, <16 x float> poison, <16 x i32> zeroinitializer
  %2974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2973, <16 x float> %2960, <16 x float> %acc104.03244)
  %2975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2973, <16 x float> %2962, <16 x float> %acc105.03245)
  %2976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2973, <16 x float> %2964, <16 x float> %acc106.03246)
  %2977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2973, <16 x float> %2966, <16 x float> %acc107.03247)
  %2978 = or disjoint i64 %2968, %2919
  %2979 = getelementptr inbounds float, ptr %Ak, i64 %2978
  %2980 = load float, ptr %2979, align 4
  %2981 = insertelement <16 x float> poison, float %2980, i64 0
  %2982 = shufflevector <16 x float> %2981, <16 x float> poison, <16 x i32> zeroinitializer
  %2983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2982, <16 x float> %2960, <16 x float> %acc108.03248)
  %2984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2982, <16 x float> %2962, <16 x float> %acc109.03249)
  %2985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2982, <16 x float> %2964, <16 x float> %acc110.03250)
  %2986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2982, <16 x float> %2966, <16 x float> %acc111.03251)
  %2987 = or disjoint i64 %2968, %2932
  %2988 = getelementptr inbounds float, ptr %Ak, i64 %2987
  %2989 = load float, ptr %2988, align 4
  %2990 = insertelement <16 x float> poison, float %2989, i64 0
  %2991 = shufflevector <16 x float> %2990, <16 x float> poison, <16 x i32> zeroinitializer
  %2992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2991, <16 x float> %2960, <16 x float> %acc112.03252)
  %2993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2991, <16 x float> %2962, <16 x float> %acc113.03253)
  %2994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2991, <16 x float> %2964, <16 x float> %acc114.03254)
  %2995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2991, <16 x float> %2966, <16 x float> %acc115.03255)
  %2996 = or disjoint i64 %2968, %2945
  %2997 = getelementptr inbounds float, ptr %Ak, i64 %2996
  %2998 = load float, ptr %2997, align 4
  %2999 = insertelement <16 x float> poison, float %2998, i64 0
  %3000 = shufflevector <16 x float> %2999, <16 x float> poison, <16 x i32> zeroinitializer
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2960, <16 x float> %acc116.03256)
  %3002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2962, <16 x float> %acc117.03257)
  %3003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2964, <16 x float> %acc118.03258)
  %3004 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2966, <16 x float> %acc119.03259)
  %p10.next = add nuw nsw i64 %p10.addr.03260, 1
  %exitcond3669.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond3669.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %3005 = icmp slt i64 %i39.addr.03261, %L
  br i1 %3005, label %then1465, label %endif1479

then1465:                                         ; preds = %p10.exit
  %3006 = fmul <16 x float> %2974, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3007 = or disjoint i64 %i39.addr.03261, %t0
  %.idx3022 = shl nsw i64 %3007, 8
  %3008 = getelementptr inbounds i8, ptr %gep3399, i64 %.idx3022
  store <16 x float> %3006, ptr %3008, align 4
  %3009 = fmul <16 x float> %2975, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3010 = shl nsw i64 %3007, 6
  %3011 = or disjoint i64 %3010, 16
  %3012 = getelementptr inbounds float, ptr %gep3399, i64 %3011
  store <16 x float> %3009, ptr %3012, align 4
  %3013 = fmul <16 x float> %2976, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3014 = or disjoint i64 %3010, 32
  %3015 = getelementptr inbounds float, ptr %gep3399, i64 %3014
  store <16 x float> %3013, ptr %3015, align 4
  %3016 = fmul <16 x float> %2977, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3017 = or disjoint i64 %3010, 48
  %3018 = getelementptr inbounds float, ptr %gep3399, i64 %3017
  store <16 x float> %3016, ptr %3018, align 4
  br label %endif1479

endif1479:                                        ; preds = %p10.exit, %then1465
  %3019 = icmp slt i64 %2919, %L
  br i1 %3019, label %then1481, label %endif1495

then1481:                                         ; preds = %endif1479
  %3020 = fmul <16 x float> %2983, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3021 = or disjoint i64 %2919, %t0
  %.idx3023 = shl nsw i64 %3021, 8
  %3022 = getelementptr inbounds i8, ptr %gep3399, i64 %.idx3023
  store <16 x float> %3020, ptr %3022, align 4
  %3023 = fmul <16 x float> %2984, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3024 = shl nsw i64 %3021, 6
  %3025 = or disjoint i64 %3024, 16
  %3026 = getelementptr inbounds float, ptr %gep3399, i64 %3025
  store <16 x float> %3023, ptr %3026, align 4
  %3027 = fmul <16 x float> %2985, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3028 = or disjoint i64 %3024, 32
  %3029 = getelementptr inbounds float, ptr %gep3399, i64 %3028
  store <16 x float> %3027, ptr %3029, align 4
  %3030 = fmul <16 x float> %2986, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3031 = or disjoint i64 %3024, 48
  %3032 = getelementptr inbounds float, ptr %gep3399, i64 %3031
  store <16 x float> %3030, ptr %3032, align 4
  br label %endif1495

endif1495:                                        ; preds = %endif1479, %then1481
  %3033 = icmp slt i64 %2932, %L
  br i1 %3033, label %then1497, label %endif1511

then1497:                                         ; preds = %endif1495
  %3034 = fmul <16 x float> %2992, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3035 = or disjoint i64 %2932, %t0
  %.idx3024 = shl nsw i64 %3035, 8
  %3036 = getelementptr inbounds i8, ptr %gep3399, i64 %.idx3024
  store <16 x float> %3034, ptr %3036, align 4
  %3037 = fmul <16 x float> %2993, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3038 = shl nsw i64 %3035, 6
  %3039 = or disjoint i64 %3038, 16
  %3040 = getelementptr inbounds float, ptr %gep3399, i64 %3039
  store <16 x float> %3037, ptr %3040, align 4
  %3041 = fmul <16 x float> %2994, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3042 = or disjoint i64 %3038, 32
  %3043 = getelementptr inbounds float, ptr %gep3399, i64 %3042
  store <16 x float> %3041, ptr %3043, align 4
  %3044 = fmul <16 x float> %2995, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3045 = or disjoint i64 %3038, 48
  %3046 = getelementptr inbounds float, ptr %gep3399, i64 %3045
  store <16 x float> %3044, ptr %3046, align 4
  br label %endif1511

endif1511:                                        ; preds = %endif1495, %then1497
  %3047 = icmp slt i64 %2945, %L
  br i1 %3047, label %then1513, label %endif1527

then1513:                                         ; preds = %endif1511
  %3048 = fmul <16 x float> %3001, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3049 = or disjoint i64 %2945, %t0
  %.idx3025 = shl nsw i64 %3049, 8
  %3050 = getelementptr inbounds i8, ptr %gep3399, i64 %.idx3025
  store <16 x float> %3048, ptr %3050, align 4
  %3051 = fmul <16 x float> %3002, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3052 = shl nsw i64 %3049, 6
  %3053 = or disjoint i64 %3052, 16
  %3054 = getelementptr inbounds float, ptr %gep3399, i64 %3053
  store <16 x float> %3051, ptr %3054, align 4
  %3055 = fmul <16 x float> %3003, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3056 = or disjoint i64 %3052, 32
  %3057 = getelementptr inbounds float, ptr %gep3399, i64 %3056
  store <16 x float> %3055, ptr %3057, align 4
  %3058 = fmul <16 x float> %3004, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %3059 = or disjoint i64 %3052, 48
  %3060 = getelementptr inbounds float, ptr %gep3399, i64 %3059
  store <16 x float> %3058, ptr %3060, align 4
  br label %endif1527

endif1527:                                        ; preds = %endif1511, %then1513
  %i39.next = add nuw nsw i64 %i39.addr.03261, 4
  %3061 = icmp ult i64 %i39.addr.03261, 28
  br i1 %3061, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %endif1527
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j30.exit
  %3062 = icmp sgt i64 %296, 0
  br i1 %3062, label %t5.body.preheader, label %i48.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter = and i64 %smax4381, 1
  %3063 = icmp slt i64 %indvars.iv3675, 2
  br i1 %3063, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter = and i64 %smax4381, 62
  br label %t5.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.03296 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %3064 = shl nuw nsw i64 %ib1.addr.03296, 2
  %i01 = sub nuw nsw i64 60, %3064
  %3065 = shl nuw nsw i64 %i01, 6
  %3066 = getelementptr inbounds float, ptr %OY, i64 %3065
  %3067 = getelementptr inbounds i8, ptr %3066, i64 8192
  %3068 = load <16 x float>, ptr %3067, align 4
  %3069 = getelementptr inbounds i8, ptr %3066, i64 8256
  %3070 = load <16 x float>, ptr %3069, align 4
  %3071 = getelementptr inbounds i8, ptr %3066, i64 8320
  %3072 = load <16 x float>, ptr %3071, align 4
  %3073 = getelementptr inbounds i8, ptr %3066, i64 8384
  %3074 = load <16 x float>, ptr %3073, align 4
  %3075 = sub nuw nsw i64 61, %3064
  %3076 = shl nuw nsw i64 %3075, 6
  %3077 = getelementptr inbounds float, ptr %OY, i64 %3076
  %3078 = getelementptr inbounds i8, ptr %3077, i64 8192
  %3079 = load <16 x float>, ptr %3078, align 4
  %3080 = getelementptr inbounds i8, ptr %3077, i64 8256
  %3081 = load <16 x float>, ptr %3080, align 4
  %3082 = getelementptr inbounds i8, ptr %3077, i64 8320
  %3083 = load <16 x float>, ptr %3082, align 4
  %3084 = getelementptr inbounds i8, ptr %3077, i64 8384
  %3085 = load <16 x float>, ptr %3084, align 4
  %3086 = sub nuw nsw i64 62, %3064
  %3087 = shl nuw nsw i64 %3086, 6
  %3088 = getelementptr inbounds float, ptr %OY, i64 %3087
  %3089 = getelementptr inbounds i8, ptr %3088, i64 8192
  %3090 = load <16 x float>, ptr %3089, align 4
  %3091 = getelementptr inbounds i8, ptr %3088, i64 8256
  %3092 = load <16 x float>, ptr %3091, align 4
  %3093 = getelementptr inbounds i8, ptr %3088, i64 8320
  %3094 = load <16 x float>, ptr %3093, align 4
  %3095 = getelementptr inbounds i8, ptr %3088, i64 8384
  %3096 = load <16 x float>, ptr %3095, align 4
  %3097 = sub nuw nsw i64 63, %3064
  %3098 = shl nuw nsw i64 %3097, 6
  %3099 = getelementptr inbounds float, ptr %OY, i64 %3098
  %3100 = getelementptr inbounds i8, ptr %3099, i64 8192
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = getelementptr inbounds i8, ptr %3099, i64 8256
  %3103 = load <16 x float>, ptr %3102, align 4
  %3104 = getelementptr inbounds i8, ptr %3099, i64 8320
  %3105 = load <16 x float>, ptr %3104, align 4
  %3106 = getelementptr inbounds i8, ptr %3099, i64 8384
  %3107 = load <16 x float>, ptr %3106, align 4
  %.not3444 = icmp eq i64 %ib1.addr.03296, 0
  br i1 %.not3444, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %3108 = sub nuw nsw i64 64, %3064
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.03279 = phi i64 [ %j30.next, %j30.body ], [ %3108, %j30.body.preheader ]
  %acc135.03278 = phi <16 x float> [ %3158, %j30.body ], [ %3107, %j30.body.preheader ]
  %acc134.03277 = phi <16 x float> [ %3157, %j30.body ], [ %3105, %j30.body.preheader ]
  %acc133.03276 = phi <16 x float> [ %3156, %j30.body ], [ %3103, %j30.body.preheader ]
  %acc132.03275 = phi <16 x float> [ %3155, %j30.body ], [ %3101, %j30.body.preheader ]
  %acc131.03274 = phi <16 x float> [ %3148, %j30.body ], [ %3096, %j30.body.preheader ]
  %acc130.03273 = phi <16 x float> [ %3147, %j30.body ], [ %3094, %j30.body.preheader ]
  %acc129.03272 = phi <16 x float> [ %3146, %j30.body ], [ %3092, %j30.body.preheader ]
  %acc128.03271 = phi <16 x float> [ %3145, %j30.body ], [ %3090, %j30.body.preheader ]
  %acc127.03270 = phi <16 x float> [ %3138, %j30.body ], [ %3085, %j30.body.preheader ]
  %acc126.03269 = phi <16 x float> [ %3137, %j30.body ], [ %3083, %j30.body.preheader ]
  %acc125.03268 = phi <16 x float> [ %3136, %j30.body ], [ %3081, %j30.body.preheader ]
  %acc124.03267 = phi <16 x float> [ %3135, %j30.body ], [ %3079, %j30.body.preheader ]
  %acc123.03266 = phi <16 x float> [ %3128, %j30.body ], [ %3074, %j30.body.preheader ]
  %acc122.03265 = phi <16 x float> [ %3127, %j30.body ], [ %3072, %j30.body.preheader ]
  %acc121.03264 = phi <16 x float> [ %3126, %j30.body ], [ %3070, %j30.body.preheader ]
  %acc120.03263 = phi <16 x float> [ %3125, %j30.body ], [ %3068, %j30.body.preheader ]
  %3109 = shl nuw nsw i64 %j30.addr.03279, 6
  %3110 = getelementptr inbounds float, ptr %OY, i64 %3109
  %3111 = getelementptr inbounds i8, ptr %3110, i64 8192
  %3112 = load <16 x float>, ptr %3111, align 4
  %3113 = getelementptr inbounds i8, ptr %3110, i64 8256
  %3114 = load <16 x float>, ptr %3113, align 4
  %3115 = getelementptr inbounds i8, ptr %3110, i64 8320
  %3116 = load <16 x float>, ptr %3115, align 4
  %3117 = getelementptr inbounds i8, ptr %3110, i64 8384
  %3118 = load <16 x float>, ptr %3117, align 4
  %3119 = or disjoint i64 %3109, %i01
  %3120 = getelementptr inbounds float, ptr %Gm, i64 %3119
  %3121 = load float, ptr %3120, align 4
  %3122 = fneg float %3121
  %3123 = insertelement <16 x float> poison, float %3122, i64 0
  %3124 = shufflevector <16 x float> %3123, <16 x float> poison, <16 x i32> zeroinitializer
  %3125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3124, <16 x float> %3112, <16 x float> %acc120.03263)
  %3126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3124, <16 x float> %3114, <16 x float> %acc121.03264)
  %3127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3124, <16 x float> %3116, <16 x float> %acc122.03265)
  %3128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3124, <16 x float> %3118, <16 x float> %acc123.03266)
  %3129 = or disjoint i64 %3109, %3075
  %3130 = getelementptr inbounds float, ptr %Gm, i64 %3129
  %3131 = load float, ptr %3130, align 4
  %3132 = fneg float %3131
  %3133 = insertelement <16 x float> poison, float %3132, i64 0
  %3134 = shufflevector <16 x float> %3133, <16 x float> poison, <16 x i32> zeroinitializer
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3112, <16 x float> %acc124.03267)
  %3136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3114, <16 x float> %acc125.03268)
  %3137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3116, <16 x float> %acc126.03269)
  %3138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3118, <16 x float> %acc127.03270)
  %3139 = or disjoint i64 %3109, %3086
  %3140 = getelementptr inbounds float, ptr %Gm, i64 %3139
  %3141 = load float, ptr %3140, align 4
  %3142 = fneg float %3141
  %3143 = insertelement <16 x float> poison, float %3142, i64 0
  %3144 = shufflevector <16 x float> %3143, <16 x float> poison, <16 x i32> zeroinitializer
  %3145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3144, <16 x float> %3112, <16 x float> %acc128.03271)
  %3146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3144, <16 x float> %3114, <16 x float> %acc129.03272)
  %3147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3144, <16 x float> %3116, <16 x float> %acc130.03273)
  %3148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3144, <16 x float> %3118, <16 x float> %acc131.03274)
  %3149 = or disjoint i64 %3109, %3097
  %3150 = getelementptr inbounds float, ptr %Gm, i64 %3149
  %3151 = load float, ptr %3150, align 4
  %3152 = fneg float %3151
  %3153 = insertelement <16 x float> poison, float %3152, i64 0
  %3154 = shufflevector <16 x float> %3153, <16 x float> poison, <16 x i32> zeroinitializer
  %3155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3154, <16 x float> %3112, <16 x float> %acc132.03275)
  %3156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3154, <16 x float> %3114, <16 x float> %acc133.03276)
  %3157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3154, <16 x float> %3116, <16 x float> %acc134.03277)
  %3158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3154, <16 x float> %3118, <16 x float> %acc135.03278)
  %j30.next = add nuw nsw i64 %j30.addr.03279, 1
  %3159 = icmp ult i64 %j30.addr.03279, 63
  br i1 %3159, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc120.0.lcssa = phi <16 x float> [ %3068, %ib1.body ], [ %3125, %j30.body ]
  %acc121.0.lcssa = phi <16 x float> [ %3070, %ib1.body ], [ %3126, %j30.body ]
  %acc122.0.lcssa = phi <16 x float> [ %3072, %ib1.body ], [ %3127, %j30.body ]
  %acc123.0.lcssa = phi <16 x float> [ %3074, %ib1.body ], [ %3128, %j30.body ]
  %acc124.0.lcssa = phi <16 x float> [ %3079, %ib1.body ], [ %3135, %j30.body ]
  %acc125.0.lcssa = phi <16 x float> [ %3081, %ib1.body ], [ %3136, %j30.body ]
  %acc126.0.lcssa = phi <16 x float> [ %3083, %ib1.body ], [ %3137, %j30.body ]
  %acc127.0.lcssa = phi <16 x float> [ %3085, %ib1.body ], [ %3138, %j30.body ]
  %acc128.0.lcssa = phi <16 x float> [ %3090, %ib1.body ], [ %3145, %j30.body ]
  %acc129.0.lcssa = phi <16 x float> [ %3092, %ib1.body ], [ %3146, %j30.body ]
  %acc130.0.lcssa = phi <16 x float> [ %3094, %ib1.body ], [ %3147, %j30.body ]
  %acc131.0.lcssa = phi <16 x float> [ %3096, %ib1.body ], [ %3148, %j30.body ]
  %acc132.0.lcssa = phi <16 x float> [ %3101, %ib1.body ], [ %3155, %j30.body ]
  %acc133.0.lcssa = phi <16 x float> [ %3103, %ib1.body ], [ %3156, %j30.body ]
  %acc134.0.lcssa = phi <16 x float> [ %3105, %ib1.body ], [ %3157, %j30.body ]
  %acc135.0.lcssa = phi <16 x float> [ %3107, %ib1.body ], [ %3158, %j30.body ]
  %3160 = getelementptr inbounds float, ptr %Rr, i64 %3098
  %3161 = load <16 x float>, ptr %3160, align 4
  %3162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc132.0.lcssa, <16 x float> %3161, <16 x float> zeroinitializer)
  %3163 = or disjoint i64 %3098, 16
  %3164 = getelementptr inbounds float, ptr %Rr, i64 %3163
  %3165 = load <16 x float>, ptr %3164, align 4
  %3166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc133.0.lcssa, <16 x float> %3165, <16 x float> %3162)
  %3167 = or disjoint i64 %3098, 32
  %3168 = getelementptr inbounds float, ptr %Rr, i64 %3167
  %3169 = load <16 x float>, ptr %3168, align 4
  %3170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc134.0.lcssa, <16 x float> %3169, <16 x float> %3166)
  %3171 = or disjoint i64 %3098, 48
  %3172 = getelementptr inbounds float, ptr %Rr, i64 %3171
  %3173 = load <16 x float>, ptr %3172, align 4
  %3174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc135.0.lcssa, <16 x float> %3173, <16 x float> %3170)
  %3175 = shufflevector <16 x float> %3174, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3176 = shufflevector <16 x float> %3174, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3177 = fadd <8 x float> %3175, %3176
  %3178 = shufflevector <8 x float> %3177, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3179 = shufflevector <8 x float> %3177, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3180 = fadd <4 x float> %3178, %3179
  %3181 = shufflevector <4 x float> %3180, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3182 = shufflevector <4 x float> %3180, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3183 = fadd <2 x float> %3181, %3182
  %3184 = shufflevector <2 x float> %3183, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3185 = shufflevector <2 x float> %3183, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3186 = getelementptr inbounds float, ptr %bet, i64 %3097
  %3187 = load float, ptr %3186, align 4
  %3188 = insertelement <16 x float> poison, float %3187, i64 0
  %3189 = shufflevector <16 x float> %3188, <16 x float> poison, <16 x i32> zeroinitializer
  %3190 = fmul <16 x float> %acc132.0.lcssa, %3189
  store <16 x float> %3190, ptr %3100, align 4
  %3191 = fneg <16 x float> %3190
  %3192 = mul nuw nsw i64 %3097, 224
  %3193 = or disjoint i64 %3192, 64
  %3194 = getelementptr inbounds float, ptr %Ak, i64 %3193
  store <16 x float> %3191, ptr %3194, align 4
  %3195 = fmul <16 x float> %acc133.0.lcssa, %3189
  store <16 x float> %3195, ptr %3102, align 4
  %3196 = fneg <16 x float> %3195
  %3197 = or disjoint i64 %3192, 80
  %3198 = getelementptr inbounds float, ptr %Ak, i64 %3197
  store <16 x float> %3196, ptr %3198, align 4
  %3199 = fmul <16 x float> %acc134.0.lcssa, %3189
  store <16 x float> %3199, ptr %3104, align 4
  %3200 = fneg <16 x float> %3199
  %3201 = getelementptr inbounds float, ptr %Ak, i64 %3192
  %3202 = getelementptr inbounds i8, ptr %3201, i64 384
  store <16 x float> %3200, ptr %3202, align 4
  %3203 = fmul <16 x float> %acc135.0.lcssa, %3189
  store <16 x float> %3203, ptr %3106, align 4
  %3204 = fneg <16 x float> %3203
  %3205 = getelementptr inbounds i8, ptr %3201, i64 448
  store <16 x float> %3204, ptr %3205, align 4
  %3206 = or disjoint i64 %3098, %3086
  %3207 = getelementptr inbounds float, ptr %Gm, i64 %3206
  %3208 = load float, ptr %3207, align 4
  %3209 = fneg float %3208
  %3210 = insertelement <16 x float> poison, float %3209, i64 0
  %3211 = shufflevector <16 x float> %3210, <16 x float> poison, <16 x i32> zeroinitializer
  %3212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3190, <16 x float> %acc128.0.lcssa)
  %3213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3195, <16 x float> %acc129.0.lcssa)
  %3214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3199, <16 x float> %acc130.0.lcssa)
  %3215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3203, <16 x float> %acc131.0.lcssa)
  %3216 = getelementptr inbounds float, ptr %Rr, i64 %3087
  %3217 = load <16 x float>, ptr %3216, align 4
  %3218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3212, <16 x float> %3217, <16 x float> zeroinitializer)
  %3219 = or disjoint i64 %3087, 16
  %3220 = getelementptr inbounds float, ptr %Rr, i64 %3219
  %3221 = load <16 x float>, ptr %3220, align 4
  %3222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3213, <16 x float> %3221, <16 x float> %3218)
  %3223 = or disjoint i64 %3087, 32
  %3224 = getelementptr inbounds float, ptr %Rr, i64 %3223
  %3225 = load <16 x float>, ptr %3224, align 4
  %3226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3214, <16 x float> %3225, <16 x float> %3222)
  %3227 = or disjoint i64 %3087, 48
  %3228 = getelementptr inbounds float, ptr %Rr, i64 %3227
  %3229 = load <16 x float>, ptr %3228, align 4
  %3230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3215, <16 x float> %3229, <16 x float> %3226)
  %3231 = shufflevector <16 x float> %3230, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3232 = shufflevector <16 x float> %3230, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3233 = fadd <8 x float> %3231, %3232
  %3234 = shufflevector <8 x float> %3233, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3235 = shufflevector <8 x float> %3233, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3236 = fadd <4 x float> %3234, %3235
  %3237 = shufflevector <4 x float> %3236, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3238 = shufflevector <4 x float> %3236, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3239 = fadd <2 x float> %3237, %3238
  %3240 = shufflevector <2 x float> %3239, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3241 = shufflevector <2 x float> %3239, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3242 = getelementptr inbounds float, ptr %bet, i64 %3086
  %3243 = load float, ptr %3242, align 4
  %3244 = insertelement <16 x float> poison, float %3243, i64 0
  %3245 = shufflevector <16 x float> %3244, <16 x float> poison, <16 x i32> zeroinitializer
  %3246 = fmul <16 x float> %3212, %3245
  store <16 x float> %3246, ptr %3089, align 4
  %3247 = fneg <16 x float> %3246
  %.idx3031 = mul nuw nsw i64 %3086, 896
  %3248 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3031
  %3249 = getelementptr inbounds i8, ptr %3248, i64 256
  store <16 x float> %3247, ptr %3249, align 4
  %3250 = fmul <16 x float> %3213, %3245
  store <16 x float> %3250, ptr %3091, align 4
  %3251 = fneg <16 x float> %3250
  %3252 = getelementptr inbounds i8, ptr %3248, i64 320
  store <16 x float> %3251, ptr %3252, align 4
  %3253 = fmul <16 x float> %3214, %3245
  store <16 x float> %3253, ptr %3093, align 4
  %3254 = fneg <16 x float> %3253
  %3255 = getelementptr inbounds i8, ptr %3248, i64 384
  store <16 x float> %3254, ptr %3255, align 4
  %3256 = fmul <16 x float> %3215, %3245
  store <16 x float> %3256, ptr %3095, align 4
  %3257 = fneg <16 x float> %3256
  %3258 = getelementptr inbounds i8, ptr %3248, i64 448
  store <16 x float> %3257, ptr %3258, align 4
  %3259 = or disjoint i64 %3087, %3075
  %3260 = getelementptr inbounds float, ptr %Gm, i64 %3259
  %3261 = load float, ptr %3260, align 4
  %3262 = fneg float %3261
  %3263 = insertelement <16 x float> poison, float %3262, i64 0
  %3264 = shufflevector <16 x float> %3263, <16 x float> poison, <16 x i32> zeroinitializer
  %3265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3264, <16 x float> %3246, <16 x float> %acc124.0.lcssa)
  %3266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3264, <16 x float> %3250, <16 x float> %acc125.0.lcssa)
  %3267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3264, <16 x float> %3253, <16 x float> %acc126.0.lcssa)
  %3268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3264, <16 x float> %3256, <16 x float> %acc127.0.lcssa)
  %3269 = or disjoint i64 %3098, %3075
  %3270 = getelementptr inbounds float, ptr %Gm, i64 %3269
  %3271 = load float, ptr %3270, align 4
  %3272 = fneg float %3271
  %3273 = insertelement <16 x float> poison, float %3272, i64 0
  %3274 = shufflevector <16 x float> %3273, <16 x float> poison, <16 x i32> zeroinitializer
  %3275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3274, <16 x float> %3190, <16 x float> %3265)
  %3276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3274, <16 x float> %3195, <16 x float> %3266)
  %3277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3274, <16 x float> %3199, <16 x float> %3267)
  %3278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3274, <16 x float> %3203, <16 x float> %3268)
  %3279 = getelementptr inbounds float, ptr %Rr, i64 %3076
  %3280 = load <16 x float>, ptr %3279, align 4
  %3281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3275, <16 x float> %3280, <16 x float> zeroinitializer)
  %3282 = or disjoint i64 %3076, 16
  %3283 = getelementptr inbounds float, ptr %Rr, i64 %3282
  %3284 = load <16 x float>, ptr %3283, align 4
  %3285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3276, <16 x float> %3284, <16 x float> %3281)
  %3286 = or disjoint i64 %3076, 32
  %3287 = getelementptr inbounds float, ptr %Rr, i64 %3286
  %3288 = load <16 x float>, ptr %3287, align 4
  %3289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3277, <16 x float> %3288, <16 x float> %3285)
  %3290 = or disjoint i64 %3076, 48
  %3291 = getelementptr inbounds float, ptr %Rr, i64 %3290
  %3292 = load <16 x float>, ptr %3291, align 4
  %3293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3278, <16 x float> %3292, <16 x float> %3289)
  %3294 = shufflevector <16 x float> %3293, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3295 = shufflevector <16 x float> %3293, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3296 = fadd <8 x float> %3294, %3295
  %3297 = shufflevector <8 x float> %3296, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3298 = shufflevector <8 x float> %3296, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3299 = fadd <4 x float> %3297, %3298
  %3300 = shufflevector <4 x float> %3299, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3301 = shufflevector <4 x float> %3299, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3302 = fadd <2 x float> %3300, %3301
  %3303 = getelementptr inbounds float, ptr %bet, i64 %3075
  %3304 = load float, ptr %3303, align 4
  %3305 = insertelement <16 x float> poison, float %3304, i64 0
  %3306 = shufflevector <16 x float> %3305, <16 x float> poison, <16 x i32> zeroinitializer
  %3307 = fmul <16 x float> %3275, %3306
  store <16 x float> %3307, ptr %3078, align 4
  %3308 = fneg <16 x float> %3307
  %.idx3032 = mul nuw nsw i64 %3075, 896
  %3309 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3032
  %3310 = getelementptr inbounds i8, ptr %3309, i64 256
  store <16 x float> %3308, ptr %3310, align 4
  %3311 = fmul <16 x float> %3276, %3306
  store <16 x float> %3311, ptr %3080, align 4
  %3312 = fneg <16 x float> %3311
  %3313 = getelementptr inbounds i8, ptr %3309, i64 320
  store <16 x float> %3312, ptr %3313, align 4
  %3314 = fmul <16 x float> %3277, %3306
  store <16 x float> %3314, ptr %3082, align 4
  %3315 = fneg <16 x float> %3314
  %3316 = getelementptr inbounds i8, ptr %3309, i64 384
  store <16 x float> %3315, ptr %3316, align 4
  %3317 = fmul <16 x float> %3278, %3306
  store <16 x float> %3317, ptr %3084, align 4
  %3318 = fneg <16 x float> %3317
  %3319 = getelementptr inbounds i8, ptr %3309, i64 448
  store <16 x float> %3318, ptr %3319, align 4
  %3320 = or disjoint i64 %3076, %i01
  %3321 = getelementptr inbounds float, ptr %Gm, i64 %3320
  %3322 = load float, ptr %3321, align 4
  %3323 = fneg float %3322
  %3324 = insertelement <16 x float> poison, float %3323, i64 0
  %3325 = shufflevector <16 x float> %3324, <16 x float> poison, <16 x i32> zeroinitializer
  %3326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3325, <16 x float> %3307, <16 x float> %acc120.0.lcssa)
  %3327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3325, <16 x float> %3311, <16 x float> %acc121.0.lcssa)
  %3328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3325, <16 x float> %3314, <16 x float> %acc122.0.lcssa)
  %3329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3325, <16 x float> %3317, <16 x float> %acc123.0.lcssa)
  %3330 = or disjoint i64 %3087, %i01
  %3331 = getelementptr inbounds float, ptr %Gm, i64 %3330
  %3332 = load float, ptr %3331, align 4
  %3333 = fneg float %3332
  %3334 = insertelement <16 x float> poison, float %3333, i64 0
  %3335 = shufflevector <16 x float> %3334, <16 x float> poison, <16 x i32> zeroinitializer
  %3336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3335, <16 x float> %3246, <16 x float> %3326)
  %3337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3335, <16 x float> %3250, <16 x float> %3327)
  %3338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3335, <16 x float> %3253, <16 x float> %3328)
  %3339 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3335, <16 x float> %3256, <16 x float> %3329)
  %3340 = or disjoint i64 %3098, %i01
  %3341 = getelementptr inbounds float, ptr %Gm, i64 %3340
  %3342 = load float, ptr %3341, align 4
  %3343 = fneg float %3342
  %3344 = insertelement <16 x float> poison, float %3343, i64 0
  %3345 = shufflevector <16 x float> %3344, <16 x float> poison, <16 x i32> zeroinitializer
  %3346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3345, <16 x float> %3190, <16 x float> %3336)
  %3347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3345, <16 x float> %3195, <16 x float> %3337)
  %3348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3345, <16 x float> %3199, <16 x float> %3338)
  %3349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3345, <16 x float> %3203, <16 x float> %3339)
  %3350 = getelementptr inbounds float, ptr %Rr, i64 %3065
  %3351 = load <16 x float>, ptr %3350, align 4
  %3352 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3346, <16 x float> %3351, <16 x float> zeroinitializer)
  %3353 = or disjoint i64 %3065, 16
  %3354 = getelementptr inbounds float, ptr %Rr, i64 %3353
  %3355 = load <16 x float>, ptr %3354, align 4
  %3356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3347, <16 x float> %3355, <16 x float> %3352)
  %3357 = or disjoint i64 %3065, 32
  %3358 = getelementptr inbounds float, ptr %Rr, i64 %3357
  %3359 = load <16 x float>, ptr %3358, align 4
  %3360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3348, <16 x float> %3359, <16 x float> %3356)
  %3361 = or disjoint i64 %3065, 48
  %3362 = getelementptr inbounds float, ptr %Rr, i64 %3361
  %3363 = load <16 x float>, ptr %3362, align 4
  %3364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3349, <16 x float> %3363, <16 x float> %3360)
  %3365 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3366 = shufflevector <16 x float> %3364, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3367 = shufflevector <16 x float> %3364, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3368 = fadd <8 x float> %3366, %3367
  %3369 = shufflevector <8 x float> %3368, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3370 = shufflevector <8 x float> %3368, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3371 = fadd <4 x float> %3369, %3370
  %3372 = shufflevector <4 x float> %3371, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3373 = shufflevector <4 x float> %3371, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3374 = fadd <2 x float> %3372, %3373
  %3375 = load <4 x float>, ptr %3365, align 4
  %3376 = shufflevector <2 x float> %3374, <2 x float> %3302, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3377 = shufflevector <4 x float> %3376, <4 x float> %3241, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3378 = shufflevector <4 x float> %3377, <4 x float> %3185, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3379 = shufflevector <2 x float> %3374, <2 x float> %3302, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3380 = shufflevector <4 x float> %3379, <4 x float> %3240, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3381 = shufflevector <4 x float> %3380, <4 x float> %3184, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3382 = fadd <4 x float> %3378, %3381
  %3383 = fadd <4 x float> %3375, %3382
  store <4 x float> %3383, ptr %3365, align 4
  %3384 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3385 = load float, ptr %3384, align 4
  %3386 = insertelement <16 x float> poison, float %3385, i64 0
  %3387 = shufflevector <16 x float> %3386, <16 x float> poison, <16 x i32> zeroinitializer
  %3388 = fmul <16 x float> %3346, %3387
  store <16 x float> %3388, ptr %3067, align 4
  %3389 = fneg <16 x float> %3388
  %3390 = mul nuw nsw i64 %i01, 224
  %3391 = or disjoint i64 %3390, 64
  %3392 = getelementptr inbounds float, ptr %Ak, i64 %3391
  store <16 x float> %3389, ptr %3392, align 4
  %3393 = fmul <16 x float> %3347, %3387
  store <16 x float> %3393, ptr %3069, align 4
  %3394 = fneg <16 x float> %3393
  %3395 = or disjoint i64 %3390, 80
  %3396 = getelementptr inbounds float, ptr %Ak, i64 %3395
  store <16 x float> %3394, ptr %3396, align 4
  %3397 = fmul <16 x float> %3348, %3387
  store <16 x float> %3397, ptr %3071, align 4
  %3398 = fneg <16 x float> %3397
  %3399 = or disjoint i64 %3390, 96
  %3400 = getelementptr inbounds float, ptr %Ak, i64 %3399
  store <16 x float> %3398, ptr %3400, align 4
  %3401 = fmul <16 x float> %3349, %3387
  store <16 x float> %3401, ptr %3073, align 4
  %3402 = fneg <16 x float> %3401
  %3403 = or disjoint i64 %3390, 112
  %3404 = getelementptr inbounds float, ptr %Ak, i64 %3403
  store <16 x float> %3402, ptr %3404, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.03296, 1
  %exitcond3670.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond3670.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.03299 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.1, %t5.body ]
  %niter = phi i64 [ 0, %t5.body.preheader.new ], [ %niter.next.1, %t5.body ]
  %3405 = add nsw i64 %t5.addr.03299, %t0
  %.idx3445 = shl nsw i64 %t5.addr.03299, 9
  %gep3974 = getelementptr inbounds i8, ptr %invariant.gep3973, i64 %.idx3445
  %3406 = load <16 x float>, ptr %gep3974, align 4
  %.idx3446 = shl i64 %3405, 9
  %3407 = getelementptr i8, ptr %dav, i64 %.idx3446
  store <16 x float> %3406, ptr %3407, align 4
  %gep3976 = getelementptr inbounds i8, ptr %invariant.gep3975, i64 %.idx3445
  %3408 = load <16 x float>, ptr %gep3976, align 4
  %3409 = getelementptr i8, ptr %71, i64 %.idx3446
  store <16 x float> %3408, ptr %3409, align 4
  %gep3978 = getelementptr inbounds i8, ptr %invariant.gep3977, i64 %.idx3445
  %3410 = load <16 x float>, ptr %gep3978, align 4
  %3411 = getelementptr i8, ptr %72, i64 %.idx3446
  store <16 x float> %3410, ptr %3411, align 4
  %gep3980 = getelementptr inbounds i8, ptr %invariant.gep3979, i64 %.idx3445
  %3412 = load <16 x float>, ptr %gep3980, align 4
  %3413 = getelementptr i8, ptr %73, i64 %.idx3446
  store <16 x float> %3412, ptr %3413, align 4
  %i44 = shl nuw nsw i64 %t5.addr.03299, 1
  %tau2 = shl nsw i64 %3405, 1
  %3414 = getelementptr inbounds float, ptr %dbet, i64 %i44
  %3415 = load float, ptr %3414, align 4
  %3416 = mul nsw i64 %tau2, %H
  %3417 = getelementptr inbounds float, ptr %betah1, i64 %3416
  store float %3415, ptr %3417, align 4
  %i46 = or disjoint i64 %i44, 1
  %tau3 = or disjoint i64 %tau2, 1
  %.idx3447 = shl nsw i64 %i46, 8
  %gep3982 = getelementptr inbounds i8, ptr %invariant.gep3981, i64 %.idx3447
  %3418 = load <16 x float>, ptr %gep3982, align 4
  %.idx3448 = shl i64 %tau3, 8
  %3419 = getelementptr i8, ptr %dav, i64 %.idx3448
  store <16 x float> %3418, ptr %3419, align 4
  %gep3984 = getelementptr inbounds i8, ptr %invariant.gep3983, i64 %.idx3447
  %3420 = load <16 x float>, ptr %gep3984, align 4
  %3421 = getelementptr i8, ptr %71, i64 %.idx3448
  store <16 x float> %3420, ptr %3421, align 4
  %gep3986 = getelementptr inbounds i8, ptr %invariant.gep3985, i64 %.idx3447
  %3422 = load <16 x float>, ptr %gep3986, align 4
  %3423 = getelementptr i8, ptr %72, i64 %.idx3448
  store <16 x float> %3422, ptr %3423, align 4
  %gep3988 = getelementptr inbounds i8, ptr %invariant.gep3987, i64 %.idx3447
  %3424 = load <16 x float>, ptr %gep3988, align 4
  %3425 = getelementptr i8, ptr %73, i64 %.idx3448
  store <16 x float> %3424, ptr %3425, align 4
  %3426 = getelementptr inbounds float, ptr %dbet, i64 %i46
  %3427 = load float, ptr %3426, align 4
  %3428 = mul nsw i64 %tau3, %H
  %3429 = getelementptr inbounds float, ptr %betah1, i64 %3428
  store float %3427, ptr %3429, align 4
  %t5.next = or disjoint i64 %t5.addr.03299, 1
  %3430 = add nsw i64 %t5.next, %t0
  %.idx3445.1 = shl nsw i64 %t5.next, 9
  %gep3974.1 = getelementptr inbounds i8, ptr %invariant.gep3973, i64 %.idx3445.1
  %3431 = load <16 x float>, ptr %gep3974.1, align 4
  %.idx3446.1 = shl i64 %3430, 9
  %3432 = getelementptr i8, ptr %dav, i64 %.idx3446.1
  store <16 x float> %3431, ptr %3432, align 4
  %gep3976.1 = getelementptr inbounds i8, ptr %invariant.gep3975, i64 %.idx3445.1
  %3433 = load <16 x float>, ptr %gep3976.1, align 4
  %3434 = getelementptr i8, ptr %71, i64 %.idx3446.1
  store <16 x float> %3433, ptr %3434, align 4
  %gep3978.1 = getelementptr inbounds i8, ptr %invariant.gep3977, i64 %.idx3445.1
  %3435 = load <16 x float>, ptr %gep3978.1, align 4
  %3436 = getelementptr i8, ptr %72, i64 %.idx3446.1
  store <16 x float> %3435, ptr %3436, align 4
  %gep3980.1 = getelementptr inbounds i8, ptr %invariant.gep3979, i64 %.idx3445.1
  %3437 = load <16 x float>, ptr %gep3980.1, align 4
  %3438 = getelementptr i8, ptr %73, i64 %.idx3446.1
  store <16 x float> %3437, ptr %3438, align 4
  %i44.1 = shl nuw nsw i64 %t5.next, 1
  %tau2.1 = shl nsw i64 %3430, 1
  %3439 = getelementptr inbounds float, ptr %dbet, i64 %i44.1
  %3440 = load float, ptr %3439, align 4
  %3441 = mul nsw i64 %tau2.1, %H
  %3442 = getelementptr inbounds float, ptr %betah1, i64 %3441
  store float %3440, ptr %3442, align 4
  %i46.1 = or disjoint i64 %i44.1, 1
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %.idx3447.1 = shl nsw i64 %i46.1, 8
  %gep3982.1 = getelementptr inbounds i8, ptr %invariant.gep3981, i64 %.idx3447.1
  %3443 = load <16 x float>, ptr %gep3982.1, align 4
  %.idx3448.1 = shl i64 %tau3.1, 8
  %3444 = getelementptr i8, ptr %dav, i64 %.idx3448.1
  store <16 x float> %3443, ptr %3444, align 4
  %gep3984.1 = getelementptr inbounds i8, ptr %invariant.gep3983, i64 %.idx3447.1
  %3445 = load <16 x float>, ptr %gep3984.1, align 4
  %3446 = getelementptr i8, ptr %71, i64 %.idx3448.1
  store <16 x float> %3445, ptr %3446, align 4
  %gep3986.1 = getelementptr inbounds i8, ptr %invariant.gep3985, i64 %.idx3447.1
  %3447 = load <16 x float>, ptr %gep3986.1, align 4
  %3448 = getelementptr i8, ptr %72, i64 %.idx3448.1
  store <16 x float> %3447, ptr %3448, align 4
  %gep3988.1 = getelementptr inbounds i8, ptr %invariant.gep3987, i64 %.idx3447.1
  %3449 = load <16 x float>, ptr %gep3988.1, align 4
  %3450 = getelementptr i8, ptr %73, i64 %.idx3448.1
  store <16 x float> %3449, ptr %3450, align 4
  %3451 = getelementptr inbounds float, ptr %dbet, i64 %i46.1
  %3452 = load float, ptr %3451, align 4
  %3453 = mul nsw i64 %tau3.1, %H
  %3454 = getelementptr inbounds float, ptr %betah1, i64 %3453
  store float %3452, ptr %3454, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.03299, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %i48.body.preheader.loopexit.unr-lcssa, label %t5.body

i48.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.03299.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.1, %t5.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i48.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i48.body.preheader.loopexit.unr-lcssa
  %3455 = add nsw i64 %t5.addr.03299.unr, %t0
  %.idx3445.epil = shl nsw i64 %t5.addr.03299.unr, 9
  %gep3974.epil = getelementptr inbounds i8, ptr %invariant.gep3973, i64 %.idx3445.epil
  %3456 = load <16 x float>, ptr %gep3974.epil, align 4
  %.idx3446.epil = shl i64 %3455, 9
  %3457 = getelementptr i8, ptr %dav, i64 %.idx3446.epil
  store <16 x float> %3456, ptr %3457, align 4
  %gep3976.epil = getelementptr inbounds i8, ptr %invariant.gep3975, i64 %.idx3445.epil
  %3458 = load <16 x float>, ptr %gep3976.epil, align 4
  %3459 = getelementptr i8, ptr %71, i64 %.idx3446.epil
  store <16 x float> %3458, ptr %3459, align 4
  %gep3978.epil = getelementptr inbounds i8, ptr %invariant.gep3977, i64 %.idx3445.epil
  %3460 = load <16 x float>, ptr %gep3978.epil, align 4
  %3461 = getelementptr i8, ptr %72, i64 %.idx3446.epil
  store <16 x float> %3460, ptr %3461, align 4
  %gep3980.epil = getelementptr inbounds i8, ptr %invariant.gep3979, i64 %.idx3445.epil
  %3462 = load <16 x float>, ptr %gep3980.epil, align 4
  %3463 = getelementptr i8, ptr %73, i64 %.idx3446.epil
  store <16 x float> %3462, ptr %3463, align 4
  %i44.epil = shl nuw nsw i64 %t5.addr.03299.unr, 1
  %tau2.epil = shl nsw i64 %3455, 1
  %3464 = getelementptr inbounds float, ptr %dbet, i64 %i44.epil
  %3465 = load float, ptr %3464, align 4
  %3466 = mul nsw i64 %tau2.epil, %H
  %3467 = getelementptr inbounds float, ptr %betah1, i64 %3466
  store float %3465, ptr %3467, align 4
  %i46.epil = or disjoint i64 %i44.epil, 1
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %.idx3447.epil = shl nsw i64 %i46.epil, 8
  %gep3982.epil = getelementptr inbounds i8, ptr %invariant.gep3981, i64 %.idx3447.epil
  %3468 = load <16 x float>, ptr %gep3982.epil, align 4
  %.idx3448.epil = shl i64 %tau3.epil, 8
  %3469 = getelementptr i8, ptr %dav, i64 %.idx3448.epil
  store <16 x float> %3468, ptr %3469, align 4
  %gep3984.epil = getelementptr inbounds i8, ptr %invariant.gep3983, i64 %.idx3447.epil
  %3470 = load <16 x float>, ptr %gep3984.epil, align 4
  %3471 = getelementptr i8, ptr %71, i64 %.idx3448.epil
  store <16 x float> %3470, ptr %3471, align 4
  %gep3986.epil = getelementptr inbounds i8, ptr %invariant.gep3985, i64 %.idx3447.epil
  %3472 = load <16 x float>, ptr %gep3986.epil, align 4
  %3473 = getelementptr i8, ptr %72, i64 %.idx3448.epil
  store <16 x float> %3472, ptr %3473, align 4
  %gep3988.epil = getelementptr inbounds i8, ptr %invariant.gep3987, i64 %.idx3447.epil
  %3474 = load <16 x float>, ptr %gep3988.epil, align 4
  %3475 = getelementptr i8, ptr %73, i64 %.idx3448.epil
  store <16 x float> %3474, ptr %3475, align 4
  %3476 = getelementptr inbounds float, ptr %dbet, i64 %i46.epil
  %3477 = load float, ptr %3476, align 4
  %3478 = mul nsw i64 %tau3.epil, %H
  %3479 = getelementptr inbounds float, ptr %betah1, i64 %3478
  store float %3477, ptr %3479, align 4
  br label %i48.body.preheader

i48.body.preheader:                               ; preds = %t5.body.epil, %i48.body.preheader.loopexit.unr-lcssa, %t5.head.preheader
  br label %i48.body

i48.body:                                         ; preds = %i48.body.preheader, %p11.exit
  %i48.addr.03317 = phi i64 [ %i48.next, %p11.exit ], [ 0, %i48.body.preheader ]
  %3480 = shl nuw nsw i64 %i48.addr.03317, 7
  %3481 = or disjoint i64 %3480, 64
  %3482 = getelementptr inbounds float, ptr %work, i64 %3481
  %3483 = load <16 x float>, ptr %3482, align 4
  %3484 = or disjoint i64 %3480, 80
  %3485 = getelementptr inbounds float, ptr %work, i64 %3484
  %3486 = load <16 x float>, ptr %3485, align 4
  %3487 = or disjoint i64 %3480, 96
  %3488 = getelementptr inbounds float, ptr %work, i64 %3487
  %3489 = load <16 x float>, ptr %3488, align 4
  %3490 = or disjoint i64 %3480, 112
  %3491 = getelementptr inbounds float, ptr %work, i64 %3490
  %3492 = load <16 x float>, ptr %3491, align 4
  %3493 = or disjoint i64 %i48.addr.03317, 1
  %3494 = shl nuw nsw i64 %3493, 7
  %3495 = or disjoint i64 %3494, 64
  %3496 = getelementptr inbounds float, ptr %work, i64 %3495
  %3497 = load <16 x float>, ptr %3496, align 4
  %3498 = or disjoint i64 %3494, 80
  %3499 = getelementptr inbounds float, ptr %work, i64 %3498
  %3500 = load <16 x float>, ptr %3499, align 4
  %3501 = or disjoint i64 %3494, 96
  %3502 = getelementptr inbounds float, ptr %work, i64 %3501
  %3503 = load <16 x float>, ptr %3502, align 4
  %3504 = or disjoint i64 %3494, 112
  %3505 = getelementptr inbounds float, ptr %work, i64 %3504
  %3506 = load <16 x float>, ptr %3505, align 4
  %3507 = or disjoint i64 %i48.addr.03317, 2
  %3508 = shl nuw nsw i64 %3507, 7
  %3509 = or disjoint i64 %3508, 64
  %3510 = getelementptr inbounds float, ptr %work, i64 %3509
  %3511 = load <16 x float>, ptr %3510, align 4
  %3512 = or disjoint i64 %3508, 80
  %3513 = getelementptr inbounds float, ptr %work, i64 %3512
  %3514 = load <16 x float>, ptr %3513, align 4
  %3515 = or disjoint i64 %3508, 96
  %3516 = getelementptr inbounds float, ptr %work, i64 %3515
  %3517 = load <16 x float>, ptr %3516, align 4
  %3518 = or disjoint i64 %3508, 112
  %3519 = getelementptr inbounds float, ptr %work, i64 %3518
  %3520 = load <16 x float>, ptr %3519, align 4
  %3521 = or disjoint i64 %i48.addr.03317, 3
  %3522 = shl nuw nsw i64 %3521, 7
  %3523 = or disjoint i64 %3522, 64
  %3524 = getelementptr inbounds float, ptr %work, i64 %3523
  %3525 = load <16 x float>, ptr %3524, align 4
  %3526 = or disjoint i64 %3522, 80
  %3527 = getelementptr inbounds float, ptr %work, i64 %3526
  %3528 = load <16 x float>, ptr %3527, align 4
  %3529 = or disjoint i64 %3522, 96
  %3530 = getelementptr inbounds float, ptr %work, i64 %3529
  %3531 = load <16 x float>, ptr %3530, align 4
  %3532 = or disjoint i64 %3522, 112
  %3533 = getelementptr inbounds float, ptr %work, i64 %3532
  %3534 = load <16 x float>, ptr %3533, align 4
  br label %p11.body

p11.body:                                         ; preds = %i48.body, %p11.body
  %p11.addr.03316 = phi i64 [ 0, %i48.body ], [ %p11.next, %p11.body ]
  %acc151.03315 = phi <16 x float> [ %3534, %i48.body ], [ %3582, %p11.body ]
  %acc150.03314 = phi <16 x float> [ %3531, %i48.body ], [ %3581, %p11.body ]
  %acc149.03313 = phi <16 x float> [ %3528, %i48.body ], [ %3580, %p11.body ]
  %acc148.03312 = phi <16 x float> [ %3525, %i48.body ], [ %3579, %p11.body ]
  %acc147.03311 = phi <16 x float> [ %3520, %i48.body ], [ %3573, %p11.body ]
  %acc146.03310 = phi <16 x float> [ %3517, %i48.body ], [ %3572, %p11.body ]
  %acc145.03309 = phi <16 x float> [ %3514, %i48.body ], [ %3571, %p11.body ]
  %acc144.03308 = phi <16 x float> [ %3511, %i48.body ], [ %3570, %p11.body ]
  %acc143.03307 = phi <16 x float> [ %3506, %i48.body ], [ %3564, %p11.body ]
  %acc142.03306 = phi <16 x float> [ %3503, %i48.body ], [ %3563, %p11.body ]
  %acc141.03305 = phi <16 x float> [ %3500, %i48.body ], [ %3562, %p11.body ]
  %acc140.03304 = phi <16 x float> [ %3497, %i48.body ], [ %3561, %p11.body ]
  %acc139.03303 = phi <16 x float> [ %3492, %i48.body ], [ %3555, %p11.body ]
  %acc138.03302 = phi <16 x float> [ %3489, %i48.body ], [ %3554, %p11.body ]
  %acc137.03301 = phi <16 x float> [ %3486, %i48.body ], [ %3553, %p11.body ]
  %acc136.03300 = phi <16 x float> [ %3483, %i48.body ], [ %3552, %p11.body ]
  %3535 = shl nuw nsw i64 %p11.addr.03316, 6
  %3536 = getelementptr inbounds float, ptr %OY, i64 %3535
  %3537 = load <16 x float>, ptr %3536, align 4
  %3538 = or disjoint i64 %3535, 16
  %3539 = getelementptr inbounds float, ptr %OY, i64 %3538
  %3540 = load <16 x float>, ptr %3539, align 4
  %3541 = or disjoint i64 %3535, 32
  %3542 = getelementptr inbounds float, ptr %OY, i64 %3541
  %3543 = load <16 x float>, ptr %3542, align 4
  %3544 = or disjoint i64 %3535, 48
  %3545 = getelementptr inbounds float, ptr %OY, i64 %3544
  %3546 = load <16 x float>, ptr %3545, align 4
  %3547 = or disjoint i64 %3535, %i48.addr.03317
  %3548 = getelementptr inbounds float, ptr %QK, i64 %3547
  %3549 = load float, ptr %3548, align 4
  %3550 = insertelement <16 x float> poison, float %3549, i64 0
  %3551 = shufflevector <16 x float> %3550, <16 x float> poison, <16 x i32> zeroinitializer
  %3552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3551, <16 x float> %3537, <16 x float> %acc136.03300)
  %3553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3551, <16 x float> %3540, <16 x float> %acc137.03301)
  %3554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3551, <16 x float> %3543, <16 x float> %acc138.03302)
  %3555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3551, <16 x float> %3546, <16 x float> %acc139.03303)
  %3556 = or disjoint i64 %3535, %3493
  %3557 = getelementptr inbounds float, ptr %QK, i64 %3556
  %3558 = load float, ptr %3557, align 4
  %3559 = insertelement <16 x float> poison, float %3558, i64 0
  %3560 = shufflevector <16 x float> %3559, <16 x float> poison, <16 x i32> zeroinitializer
  %3561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3560, <16 x float> %3537, <16 x float> %acc140.03304)
  %3562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3560, <16 x float> %3540, <16 x float> %acc141.03305)
  %3563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3560, <16 x float> %3543, <16 x float> %acc142.03306)
  %3564 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3560, <16 x float> %3546, <16 x float> %acc143.03307)
  %3565 = or disjoint i64 %3535, %3507
  %3566 = getelementptr inbounds float, ptr %QK, i64 %3565
  %3567 = load float, ptr %3566, align 4
  %3568 = insertelement <16 x float> poison, float %3567, i64 0
  %3569 = shufflevector <16 x float> %3568, <16 x float> poison, <16 x i32> zeroinitializer
  %3570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3537, <16 x float> %acc144.03308)
  %3571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3540, <16 x float> %acc145.03309)
  %3572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3543, <16 x float> %acc146.03310)
  %3573 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3546, <16 x float> %acc147.03311)
  %3574 = or disjoint i64 %3535, %3521
  %3575 = getelementptr inbounds float, ptr %QK, i64 %3574
  %3576 = load float, ptr %3575, align 4
  %3577 = insertelement <16 x float> poison, float %3576, i64 0
  %3578 = shufflevector <16 x float> %3577, <16 x float> poison, <16 x i32> zeroinitializer
  %3579 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3578, <16 x float> %3537, <16 x float> %acc148.03312)
  %3580 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3578, <16 x float> %3540, <16 x float> %acc149.03313)
  %3581 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3578, <16 x float> %3543, <16 x float> %acc150.03314)
  %3582 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3578, <16 x float> %3546, <16 x float> %acc151.03315)
  %p11.next = add nuw nsw i64 %p11.addr.03316, 1
  %exitcond3678.not = icmp eq i64 %p11.next, 96
  br i1 %exitcond3678.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3552, ptr %3482, align 4
  store <16 x float> %3553, ptr %3485, align 4
  store <16 x float> %3554, ptr %3488, align 4
  store <16 x float> %3555, ptr %3491, align 4
  store <16 x float> %3561, ptr %3496, align 4
  store <16 x float> %3562, ptr %3499, align 4
  store <16 x float> %3563, ptr %3502, align 4
  store <16 x float> %3564, ptr %3505, align 4
  store <16 x float> %3570, ptr %3510, align 4
  store <16 x float> %3571, ptr %3513, align 4
  store <16 x float> %3572, ptr %3516, align 4
  store <16 x float> %3573, ptr %3519, align 4
  store <16 x float> %3579, ptr %3524, align 4
  store <16 x float> %3580, ptr %3527, align 4
  store <16 x float> %3581, ptr %3530, align 4
  store <16 x float> %3582, ptr %3533, align 4
  %i48.next = add nuw nsw i64 %i48.addr.03317, 4
  %3583 = icmp ult i64 %i48.addr.03317, 60
  br i1 %3583, label %i48.body, label %i49.body

i49.head.loopexit:                                ; preds = %p12.exit.3, %p12.exit.2, %p12.exit.1, %p12.exit
  %3584 = icmp ult i64 %i49.addr.03330, 56
  br i1 %3584, label %i49.body, label %t6.body

i49.body:                                         ; preds = %p11.exit, %i49.head.loopexit
  %i49.addr.03330 = phi i64 [ %3585, %i49.head.loopexit ], [ 0, %p11.exit ]
  %3585 = add nuw nsw i64 %i49.addr.03330, 8
  %3586 = mul nuw nsw i64 %i49.addr.03330, 224
  %3587 = or disjoint i64 %3586, 160
  %3588 = getelementptr inbounds float, ptr %Ak, i64 %3587
  %.idx3014 = mul nuw nsw i64 %i49.addr.03330, 896
  %3589 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3014
  %3590 = getelementptr inbounds i8, ptr %3589, i64 1536
  %3591 = getelementptr inbounds i8, ptr %3589, i64 2432
  %3592 = getelementptr inbounds i8, ptr %3589, i64 3328
  %3593 = getelementptr inbounds i8, ptr %3589, i64 4224
  %3594 = getelementptr inbounds i8, ptr %3589, i64 5120
  %3595 = getelementptr inbounds i8, ptr %3589, i64 6016
  %3596 = getelementptr inbounds i8, ptr %3589, i64 6912
  %.idx3698 = shl nsw i64 %i49.addr.03330, 8
  %invariant.gep3989 = getelementptr inbounds i8, ptr %OY, i64 %.idx3698
  br label %p12.body

p12.body:                                         ; preds = %i49.body, %p12.body
  %p12.addr.03328 = phi i64 [ 0, %i49.body ], [ %p12.next, %p12.body ]
  %acc159.03327 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3637, %p12.body ]
  %acc158.03326 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3632, %p12.body ]
  %acc157.03325 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3627, %p12.body ]
  %acc156.03324 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3622, %p12.body ]
  %acc155.03323 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3617, %p12.body ]
  %acc154.03322 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3612, %p12.body ]
  %acc153.03321 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3607, %p12.body ]
  %acc152.03320 = phi <16 x float> [ zeroinitializer, %i49.body ], [ %3602, %p12.body ]
  %.idx3021 = shl nuw nsw i64 %p12.addr.03328, 8
  %gep3319 = getelementptr inbounds i8, ptr %VnT, i64 %.idx3021
  %3597 = load <16 x float>, ptr %gep3319, align 4
  %gep3990 = getelementptr inbounds float, ptr %invariant.gep3989, i64 %p12.addr.03328
  %3598 = getelementptr inbounds i8, ptr %gep3990, i64 8192
  %3599 = load float, ptr %3598, align 4
  %3600 = insertelement <16 x float> poison, float %3599, i64 0
  %3601 = shufflevector <16 x float> %3600, <16 x float> poison, <16 x i32> zeroinitializer
  %3602 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3601, <16 x float> %3597, <16 x float> %acc152.03320)
  %3603 = getelementptr inbounds i8, ptr %gep3990, i64 8448
  %3604 = load float, ptr %3603, align 4
  %3605 = insertelement <16 x float> poison, float %3604, i64 0
  %3606 = shufflevector <16 x float> %3605, <16 x float> poison, <16 x i32> zeroinitializer
  %3607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3606, <16 x float> %3597, <16 x float> %acc153.03321)
  %3608 = getelementptr inbounds i8, ptr %gep3990, i64 8704
  %3609 = load float, ptr %3608, align 4
  %3610 = insertelement <16 x float> poison, float %3609, i64 0
  %3611 = shufflevector <16 x float> %3610, <16 x float> poison, <16 x i32> zeroinitializer
  %3612 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3611, <16 x float> %3597, <16 x float> %acc154.03322)
  %3613 = getelementptr inbounds i8, ptr %gep3990, i64 8960
  %3614 = load float, ptr %3613, align 4
  %3615 = insertelement <16 x float> poison, float %3614, i64 0
  %3616 = shufflevector <16 x float> %3615, <16 x float> poison, <16 x i32> zeroinitializer
  %3617 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3616, <16 x float> %3597, <16 x float> %acc155.03323)
  %3618 = getelementptr inbounds i8, ptr %gep3990, i64 9216
  %3619 = load float, ptr %3618, align 4
  %3620 = insertelement <16 x float> poison, float %3619, i64 0
  %3621 = shufflevector <16 x float> %3620, <16 x float> poison, <16 x i32> zeroinitializer
  %3622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3621, <16 x float> %3597, <16 x float> %acc156.03324)
  %3623 = getelementptr inbounds i8, ptr %gep3990, i64 9472
  %3624 = load float, ptr %3623, align 4
  %3625 = insertelement <16 x float> poison, float %3624, i64 0
  %3626 = shufflevector <16 x float> %3625, <16 x float> poison, <16 x i32> zeroinitializer
  %3627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3626, <16 x float> %3597, <16 x float> %acc157.03325)
  %3628 = getelementptr inbounds i8, ptr %gep3990, i64 9728
  %3629 = load float, ptr %3628, align 4
  %3630 = insertelement <16 x float> poison, float %3629, i64 0
  %3631 = shufflevector <16 x float> %3630, <16 x float> poison, <16 x i32> zeroinitializer
  %3632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3631, <16 x float> %3597, <16 x float> %acc158.03326)
  %3633 = getelementptr inbounds i8, ptr %gep3990, i64 9984
  %3634 = load float, ptr %3633, align 4
  %3635 = insertelement <16 x float> poison, float %3634, i64 0
  %3636 = shufflevector <16 x float> %3635, <16 x float> poison, <16 x i32> zeroinitializer
  %3637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3636, <16 x float> %3597, <16 x float> %acc159.03327)
  %p12.next = add nuw nsw i64 %p12.addr.03328, 1
  %exitcond3679.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3679.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3602, ptr %3588, align 4
  store <16 x float> %3607, ptr %3590, align 4
  store <16 x float> %3612, ptr %3591, align 4
  store <16 x float> %3617, ptr %3592, align 4
  store <16 x float> %3622, ptr %3593, align 4
  store <16 x float> %3627, ptr %3594, align 4
  store <16 x float> %3632, ptr %3595, align 4
  store <16 x float> %3637, ptr %3596, align 4
  %3638 = icmp ugt i64 %i49.addr.03330, 8
  br i1 %3638, label %p12.body.1, label %i49.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.03328.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc159.03327.1 = phi <16 x float> [ %3679, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc158.03326.1 = phi <16 x float> [ %3674, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc157.03325.1 = phi <16 x float> [ %3669, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc156.03324.1 = phi <16 x float> [ %3664, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc155.03323.1 = phi <16 x float> [ %3659, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc154.03322.1 = phi <16 x float> [ %3654, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc153.03321.1 = phi <16 x float> [ %3649, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc152.03320.1 = phi <16 x float> [ %3644, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx3021.1 = shl nuw nsw i64 %p12.addr.03328.1, 8
  %gep3319.1 = getelementptr inbounds i8, ptr %invariant.gep3318.1, i64 %.idx3021.1
  %3639 = load <16 x float>, ptr %gep3319.1, align 4
  %gep3990.1 = getelementptr inbounds float, ptr %invariant.gep3989, i64 %p12.addr.03328.1
  %3640 = getelementptr inbounds i8, ptr %gep3990.1, i64 8192
  %3641 = load float, ptr %3640, align 4
  %3642 = insertelement <16 x float> poison, float %3641, i64 0
  %3643 = shufflevector <16 x float> %3642, <16 x float> poison, <16 x i32> zeroinitializer
  %3644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3643, <16 x float> %3639, <16 x float> %acc152.03320.1)
  %3645 = getelementptr inbounds i8, ptr %gep3990.1, i64 8448
  %3646 = load float, ptr %3645, align 4
  %3647 = insertelement <16 x float> poison, float %3646, i64 0
  %3648 = shufflevector <16 x float> %3647, <16 x float> poison, <16 x i32> zeroinitializer
  %3649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3648, <16 x float> %3639, <16 x float> %acc153.03321.1)
  %3650 = getelementptr inbounds i8, ptr %gep3990.1, i64 8704
  %3651 = load float, ptr %3650, align 4
  %3652 = insertelement <16 x float> poison, float %3651, i64 0
  %3653 = shufflevector <16 x float> %3652, <16 x float> poison, <16 x i32> zeroinitializer
  %3654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3653, <16 x float> %3639, <16 x float> %acc154.03322.1)
  %3655 = getelementptr inbounds i8, ptr %gep3990.1, i64 8960
  %3656 = load float, ptr %3655, align 4
  %3657 = insertelement <16 x float> poison, float %3656, i64 0
  %3658 = shufflevector <16 x float> %3657, <16 x float> poison, <16 x i32> zeroinitializer
  %3659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3658, <16 x float> %3639, <16 x float> %acc155.03323.1)
  %3660 = getelementptr inbounds i8, ptr %gep3990.1, i64 9216
  %3661 = load float, ptr %3660, align 4
  %3662 = insertelement <16 x float> poison, float %3661, i64 0
  %3663 = shufflevector <16 x float> %3662, <16 x float> poison, <16 x i32> zeroinitializer
  %3664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3663, <16 x float> %3639, <16 x float> %acc156.03324.1)
  %3665 = getelementptr inbounds i8, ptr %gep3990.1, i64 9472
  %3666 = load float, ptr %3665, align 4
  %3667 = insertelement <16 x float> poison, float %3666, i64 0
  %3668 = shufflevector <16 x float> %3667, <16 x float> poison, <16 x i32> zeroinitializer
  %3669 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3668, <16 x float> %3639, <16 x float> %acc157.03325.1)
  %3670 = getelementptr inbounds i8, ptr %gep3990.1, i64 9728
  %3671 = load float, ptr %3670, align 4
  %3672 = insertelement <16 x float> poison, float %3671, i64 0
  %3673 = shufflevector <16 x float> %3672, <16 x float> poison, <16 x i32> zeroinitializer
  %3674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3673, <16 x float> %3639, <16 x float> %acc158.03326.1)
  %3675 = getelementptr inbounds i8, ptr %gep3990.1, i64 9984
  %3676 = load float, ptr %3675, align 4
  %3677 = insertelement <16 x float> poison, float %3676, i64 0
  %3678 = shufflevector <16 x float> %3677, <16 x float> poison, <16 x i32> zeroinitializer
  %3679 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3678, <16 x float> %3639, <16 x float> %acc159.03327.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.03328.1, 1
  %exitcond3679.not.1 = icmp eq i64 %p12.next.1, 64
  br i1 %exitcond3679.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %3680 = getelementptr inbounds i8, ptr %3588, i64 64
  store <16 x float> %3644, ptr %3680, align 4
  %3681 = getelementptr inbounds i8, ptr %3589, i64 1600
  store <16 x float> %3649, ptr %3681, align 4
  %3682 = getelementptr inbounds i8, ptr %3589, i64 2496
  store <16 x float> %3654, ptr %3682, align 4
  %3683 = getelementptr inbounds i8, ptr %3589, i64 3392
  store <16 x float> %3659, ptr %3683, align 4
  %3684 = getelementptr inbounds i8, ptr %3589, i64 4288
  store <16 x float> %3664, ptr %3684, align 4
  %3685 = getelementptr inbounds i8, ptr %3589, i64 5184
  store <16 x float> %3669, ptr %3685, align 4
  %3686 = getelementptr inbounds i8, ptr %3589, i64 6080
  store <16 x float> %3674, ptr %3686, align 4
  %3687 = getelementptr inbounds i8, ptr %3589, i64 6976
  store <16 x float> %3679, ptr %3687, align 4
  %3688 = icmp ugt i64 %i49.addr.03330, 24
  br i1 %3688, label %p12.body.2, label %i49.head.loopexit

p12.body.2:                                       ; preds = %p12.exit.1, %p12.body.2
  %p12.addr.03328.2 = phi i64 [ %p12.next.2, %p12.body.2 ], [ 0, %p12.exit.1 ]
  %acc159.03327.2 = phi <16 x float> [ %3729, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc158.03326.2 = phi <16 x float> [ %3724, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc157.03325.2 = phi <16 x float> [ %3719, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc156.03324.2 = phi <16 x float> [ %3714, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc155.03323.2 = phi <16 x float> [ %3709, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc154.03322.2 = phi <16 x float> [ %3704, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc153.03321.2 = phi <16 x float> [ %3699, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %acc152.03320.2 = phi <16 x float> [ %3694, %p12.body.2 ], [ zeroinitializer, %p12.exit.1 ]
  %.idx3021.2 = shl nuw nsw i64 %p12.addr.03328.2, 8
  %gep3319.2 = getelementptr inbounds i8, ptr %invariant.gep3318.2, i64 %.idx3021.2
  %3689 = load <16 x float>, ptr %gep3319.2, align 4
  %gep3990.2 = getelementptr inbounds float, ptr %invariant.gep3989, i64 %p12.addr.03328.2
  %3690 = getelementptr inbounds i8, ptr %gep3990.2, i64 8192
  %3691 = load float, ptr %3690, align 4
  %3692 = insertelement <16 x float> poison, float %3691, i64 0
  %3693 = shufflevector <16 x float> %3692, <16 x float> poison, <16 x i32> zeroinitializer
  %3694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3693, <16 x float> %3689, <16 x float> %acc152.03320.2)
  %3695 = getelementptr inbounds i8, ptr %gep3990.2, i64 8448
  %3696 = load float, ptr %3695, align 4
  %3697 = insertelement <16 x float> poison, float %3696, i64 0
  %3698 = shufflevector <16 x float> %3697, <16 x float> poison, <16 x i32> zeroinitializer
  %3699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3698, <16 x float> %3689, <16 x float> %acc153.03321.2)
  %3700 = getelementptr inbounds i8, ptr %gep3990.2, i64 8704
  %3701 = load float, ptr %3700, align 4
  %3702 = insertelement <16 x float> poison, float %3701, i64 0
  %3703 = shufflevector <16 x float> %3702, <16 x float> poison, <16 x i32> zeroinitializer
  %3704 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3703, <16 x float> %3689, <16 x float> %acc154.03322.2)
  %3705 = getelementptr inbounds i8, ptr %gep3990.2, i64 8960
  %3706 = load float, ptr %3705, align 4
  %3707 = insertelement <16 x float> poison, float %3706, i64 0
  %3708 = shufflevector <16 x float> %3707, <16 x float> poison, <16 x i32> zeroinitializer
  %3709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3708, <16 x float> %3689, <16 x float> %acc155.03323.2)
  %3710 = getelementptr inbounds i8, ptr %gep3990.2, i64 9216
  %3711 = load float, ptr %3710, align 4
  %3712 = insertelement <16 x float> poison, float %3711, i64 0
  %3713 = shufflevector <16 x float> %3712, <16 x float> poison, <16 x i32> zeroinitializer
  %3714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3713, <16 x float> %3689, <16 x float> %acc156.03324.2)
  %3715 = getelementptr inbounds i8, ptr %gep3990.2, i64 9472
  %3716 = load float, ptr %3715, align 4
  %3717 = insertelement <16 x float> poison, float %3716, i64 0
  %3718 = shufflevector <16 x float> %3717, <16 x float> poison, <16 x i32> zeroinitializer
  %3719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3718, <16 x float> %3689, <16 x float> %acc157.03325.2)
  %3720 = getelementptr inbounds i8, ptr %gep3990.2, i64 9728
  %3721 = load float, ptr %3720, align 4
  %3722 = insertelement <16 x float> poison, float %3721, i64 0
  %3723 = shufflevector <16 x float> %3722, <16 x float> poison, <16 x i32> zeroinitializer
  %3724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3723, <16 x float> %3689, <16 x float> %acc158.03326.2)
  %3725 = getelementptr inbounds i8, ptr %gep3990.2, i64 9984
  %3726 = load float, ptr %3725, align 4
  %3727 = insertelement <16 x float> poison, float %3726, i64 0
  %3728 = shufflevector <16 x float> %3727, <16 x float> poison, <16 x i32> zeroinitializer
  %3729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3728, <16 x float> %3689, <16 x float> %acc159.03327.2)
  %p12.next.2 = add nuw nsw i64 %p12.addr.03328.2, 1
  %exitcond3679.not.2 = icmp eq i64 %p12.next.2, 64
  br i1 %exitcond3679.not.2, label %p12.exit.2, label %p12.body.2

p12.exit.2:                                       ; preds = %p12.body.2
  %3730 = getelementptr inbounds i8, ptr %3588, i64 128
  store <16 x float> %3694, ptr %3730, align 4
  %3731 = getelementptr inbounds i8, ptr %3589, i64 1664
  store <16 x float> %3699, ptr %3731, align 4
  %3732 = getelementptr inbounds i8, ptr %3589, i64 2560
  store <16 x float> %3704, ptr %3732, align 4
  %3733 = getelementptr inbounds i8, ptr %3589, i64 3456
  store <16 x float> %3709, ptr %3733, align 4
  %3734 = getelementptr inbounds i8, ptr %3589, i64 4352
  store <16 x float> %3714, ptr %3734, align 4
  %3735 = getelementptr inbounds i8, ptr %3589, i64 5248
  store <16 x float> %3719, ptr %3735, align 4
  %3736 = getelementptr inbounds i8, ptr %3589, i64 6144
  store <16 x float> %3724, ptr %3736, align 4
  %3737 = getelementptr inbounds i8, ptr %3589, i64 7040
  store <16 x float> %3729, ptr %3737, align 4
  %3738 = icmp ugt i64 %i49.addr.03330, 40
  br i1 %3738, label %p12.body.3, label %i49.head.loopexit

p12.body.3:                                       ; preds = %p12.exit.2, %p12.body.3
  %p12.addr.03328.3 = phi i64 [ %p12.next.3, %p12.body.3 ], [ 0, %p12.exit.2 ]
  %acc159.03327.3 = phi <16 x float> [ %3779, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc158.03326.3 = phi <16 x float> [ %3774, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc157.03325.3 = phi <16 x float> [ %3769, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc156.03324.3 = phi <16 x float> [ %3764, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc155.03323.3 = phi <16 x float> [ %3759, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc154.03322.3 = phi <16 x float> [ %3754, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc153.03321.3 = phi <16 x float> [ %3749, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %acc152.03320.3 = phi <16 x float> [ %3744, %p12.body.3 ], [ zeroinitializer, %p12.exit.2 ]
  %.idx3021.3 = shl nuw nsw i64 %p12.addr.03328.3, 8
  %gep3319.3 = getelementptr inbounds i8, ptr %invariant.gep3318.3, i64 %.idx3021.3
  %3739 = load <16 x float>, ptr %gep3319.3, align 4
  %gep3990.3 = getelementptr inbounds float, ptr %invariant.gep3989, i64 %p12.addr.03328.3
  %3740 = getelementptr inbounds i8, ptr %gep3990.3, i64 8192
  %3741 = load float, ptr %3740, align 4
  %3742 = insertelement <16 x float> poison, float %3741, i64 0
  %3743 = shufflevector <16 x float> %3742, <16 x float> poison, <16 x i32> zeroinitializer
  %3744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3743, <16 x float> %3739, <16 x float> %acc152.03320.3)
  %3745 = getelementptr inbounds i8, ptr %gep3990.3, i64 8448
  %3746 = load float, ptr %3745, align 4
  %3747 = insertelement <16 x float> poison, float %3746, i64 0
  %3748 = shufflevector <16 x float> %3747, <16 x float> poison, <16 x i32> zeroinitializer
  %3749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3748, <16 x float> %3739, <16 x float> %acc153.03321.3)
  %3750 = getelementptr inbounds i8, ptr %gep3990.3, i64 8704
  %3751 = load float, ptr %3750, align 4
  %3752 = insertelement <16 x float> poison, float %3751, i64 0
  %3753 = shufflevector <16 x float> %3752, <16 x float> poison, <16 x i32> zeroinitializer
  %3754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3753, <16 x float> %3739, <16 x float> %acc154.03322.3)
  %3755 = getelementptr inbounds i8, ptr %gep3990.3, i64 8960
  %3756 = load float, ptr %3755, align 4
  %3757 = insertelement <16 x float> poison, float %3756, i64 0
  %3758 = shufflevector <16 x float> %3757, <16 x float> poison, <16 x i32> zeroinitializer
  %3759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3758, <16 x float> %3739, <16 x float> %acc155.03323.3)
  %3760 = getelementptr inbounds i8, ptr %gep3990.3, i64 9216
  %3761 = load float, ptr %3760, align 4
  %3762 = insertelement <16 x float> poison, float %3761, i64 0
  %3763 = shufflevector <16 x float> %3762, <16 x float> poison, <16 x i32> zeroinitializer
  %3764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3763, <16 x float> %3739, <16 x float> %acc156.03324.3)
  %3765 = getelementptr inbounds i8, ptr %gep3990.3, i64 9472
  %3766 = load float, ptr %3765, align 4
  %3767 = insertelement <16 x float> poison, float %3766, i64 0
  %3768 = shufflevector <16 x float> %3767, <16 x float> poison, <16 x i32> zeroinitializer
  %3769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3768, <16 x float> %3739, <16 x float> %acc157.03325.3)
  %3770 = getelementptr inbounds i8, ptr %gep3990.3, i64 9728
  %3771 = load float, ptr %3770, align 4
  %3772 = insertelement <16 x float> poison, float %3771, i64 0
  %3773 = shufflevector <16 x float> %3772, <16 x float> poison, <16 x i32> zeroinitializer
  %3774 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3773, <16 x float> %3739, <16 x float> %acc158.03326.3)
  %3775 = getelementptr inbounds i8, ptr %gep3990.3, i64 9984
  %3776 = load float, ptr %3775, align 4
  %3777 = insertelement <16 x float> poison, float %3776, i64 0
  %3778 = shufflevector <16 x float> %3777, <16 x float> poison, <16 x i32> zeroinitializer
  %3779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3778, <16 x float> %3739, <16 x float> %acc159.03327.3)
  %p12.next.3 = add nuw nsw i64 %p12.addr.03328.3, 1
  %exitcond3679.not.3 = icmp eq i64 %p12.next.3, 64
  br i1 %exitcond3679.not.3, label %p12.exit.3, label %p12.body.3

p12.exit.3:                                       ; preds = %p12.body.3
  %3780 = getelementptr inbounds i8, ptr %3588, i64 192
  store <16 x float> %3744, ptr %3780, align 4
  %3781 = getelementptr inbounds i8, ptr %3589, i64 1728
  store <16 x float> %3749, ptr %3781, align 4
  %3782 = getelementptr inbounds i8, ptr %3589, i64 2624
  store <16 x float> %3754, ptr %3782, align 4
  %3783 = getelementptr inbounds i8, ptr %3589, i64 3520
  store <16 x float> %3759, ptr %3783, align 4
  %3784 = getelementptr inbounds i8, ptr %3589, i64 4416
  store <16 x float> %3764, ptr %3784, align 4
  %3785 = getelementptr inbounds i8, ptr %3589, i64 5312
  store <16 x float> %3769, ptr %3785, align 4
  %3786 = getelementptr inbounds i8, ptr %3589, i64 6208
  store <16 x float> %3774, ptr %3786, align 4
  %3787 = getelementptr inbounds i8, ptr %3589, i64 7104
  store <16 x float> %3779, ptr %3787, align 4
  br label %i49.head.loopexit

i52.head.preheader:                               ; preds = %j36.exit
  %3788 = shl nsw i64 %L, 1
  %3789 = shl i64 %ci, 12
  br label %p13.head.preheader

t6.body:                                          ; preds = %i49.head.loopexit, %j36.exit
  %indvars.iv3684 = phi i64 [ %indvars.iv.next3685, %j36.exit ], [ 1, %i49.head.loopexit ]
  %t6.addr.03347 = phi i64 [ %t6.next, %j36.exit ], [ 0, %i49.head.loopexit ]
  %3790 = shl nuw nsw i64 %t6.addr.03347, 1
  %umax4382 = tail call i64 @llvm.umax.i64(i64 %3790, i64 1)
  %i50 = shl nuw nsw i64 %t6.addr.03347, 1
  %invariant.gep3335 = getelementptr float, ptr %invariant.gep3331, i64 %i50
  %.not3449 = icmp eq i64 %t6.addr.03347, 0
  br i1 %.not3449, label %j35.exit, label %j35.body.lr.ph

j35.body.lr.ph:                                   ; preds = %t6.body
  %.idx3012 = mul nuw nsw i64 %t6.addr.03347, 1792
  %gep3332 = getelementptr inbounds i8, ptr %invariant.gep3331, i64 %.idx3012
  %xtraiter4383 = and i64 %umax4382, 7
  %3791 = icmp ult i64 %t6.addr.03347, 4
  br i1 %3791, label %j35.exit.loopexit.unr-lcssa, label %j35.body.lr.ph.new

j35.body.lr.ph.new:                               ; preds = %j35.body.lr.ph
  %unroll_iter4385 = and i64 %umax4382, 9223372036854775800
  br label %j35.body

j35.body:                                         ; preds = %j35.body, %j35.body.lr.ph.new
  %j35.addr.03337 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %j35.next.7, %j35.body ]
  %niter4386 = phi i64 [ 0, %j35.body.lr.ph.new ], [ %niter4386.next.7, %j35.body ]
  %3792 = getelementptr inbounds float, ptr %gep3332, i64 %j35.addr.03337
  %3793 = load float, ptr %3792, align 4
  %3794 = fneg float %3793
  store float %3794, ptr %3792, align 4
  %.idx3013 = mul nuw nsw i64 %j35.addr.03337, 896
  %gep3336 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013
  store float %3794, ptr %gep3336, align 4
  %j35.next = or disjoint i64 %j35.addr.03337, 1
  %3795 = getelementptr inbounds float, ptr %gep3332, i64 %j35.next
  %3796 = load float, ptr %3795, align 4
  %3797 = fneg float %3796
  store float %3797, ptr %3795, align 4
  %.idx3013.1 = mul nuw nsw i64 %j35.next, 896
  %gep3336.1 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.1
  store float %3797, ptr %gep3336.1, align 4
  %j35.next.1 = or disjoint i64 %j35.addr.03337, 2
  %3798 = getelementptr inbounds float, ptr %gep3332, i64 %j35.next.1
  %3799 = load float, ptr %3798, align 4
  %3800 = fneg float %3799
  store float %3800, ptr %3798, align 4
  %.idx3013.2 = mul nuw nsw i64 %j35.next.1, 896
  %gep3336.2 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.2
  store float %3800, ptr %gep3336.2, align 4
  %j35.next.2 = or disjoint i64 %j35.addr.03337, 3
  %3801 = getelementptr inbounds float, ptr %gep3332, i64 %j35.next.2
  %3802 = load float, ptr %3801, align 4
  %3803 = fneg float %3802
  store float %3803, ptr %3801, align 4
  %.idx3013.3 = mul nuw nsw i64 %j35.next.2, 896
  %gep3336.3 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.3
  store float %3803, ptr %gep3336.3, align 4
  %j35.next.3 = or disjoint i64 %j35.addr.03337, 4
  %3804 = getelementptr inbounds float, ptr %gep3332, i64 %j35.next.3
  %3805 = load float, ptr %3804, align 4
  %3806 = fneg float %3805
  store float %3806, ptr %3804, align 4
  %.idx3013.4 = mul nuw nsw i64 %j35.next.3, 896
  %gep3336.4 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.4
  store float %3806, ptr %gep3336.4, align 4
  %j35.next.4 = or disjoint i64 %j35.addr.03337, 5
  %3807 = getelementptr inbounds float, ptr %gep3332, i64 %j35.next.4
  %3808 = load float, ptr %3807, align 4
  %3809 = fneg float %3808
  store float %3809, ptr %3807, align 4
  %.idx3013.5 = mul nuw nsw i64 %j35.next.4, 896
  %gep3336.5 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.5
  store float %3809, ptr %gep3336.5, align 4
  %j35.next.5 = or disjoint i64 %j35.addr.03337, 6
  %3810 = getelementptr inbounds float, ptr %gep3332, i64 %j35.next.5
  %3811 = load float, ptr %3810, align 4
  %3812 = fneg float %3811
  store float %3812, ptr %3810, align 4
  %.idx3013.6 = mul nuw nsw i64 %j35.next.5, 896
  %gep3336.6 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.6
  store float %3812, ptr %gep3336.6, align 4
  %j35.next.6 = or disjoint i64 %j35.addr.03337, 7
  %3813 = getelementptr inbounds float, ptr %gep3332, i64 %j35.next.6
  %3814 = load float, ptr %3813, align 4
  %3815 = fneg float %3814
  store float %3815, ptr %3813, align 4
  %.idx3013.7 = mul nuw nsw i64 %j35.next.6, 896
  %gep3336.7 = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.7
  store float %3815, ptr %gep3336.7, align 4
  %j35.next.7 = add nuw nsw i64 %j35.addr.03337, 8
  %niter4386.next.7 = add i64 %niter4386, 8
  %niter4386.ncmp.7 = icmp eq i64 %niter4386.next.7, %unroll_iter4385
  br i1 %niter4386.ncmp.7, label %j35.exit.loopexit.unr-lcssa, label %j35.body

j35.exit.loopexit.unr-lcssa:                      ; preds = %j35.body, %j35.body.lr.ph
  %j35.addr.03337.unr = phi i64 [ 0, %j35.body.lr.ph ], [ %j35.next.7, %j35.body ]
  %lcmp.mod4384.not = icmp eq i64 %xtraiter4383, 0
  br i1 %lcmp.mod4384.not, label %j35.exit, label %j35.body.epil

j35.body.epil:                                    ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil
  %j35.addr.03337.epil = phi i64 [ %j35.next.epil, %j35.body.epil ], [ %j35.addr.03337.unr, %j35.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j35.body.epil ], [ 0, %j35.exit.loopexit.unr-lcssa ]
  %3816 = getelementptr inbounds float, ptr %gep3332, i64 %j35.addr.03337.epil
  %3817 = load float, ptr %3816, align 4
  %3818 = fneg float %3817
  store float %3818, ptr %3816, align 4
  %.idx3013.epil = mul nuw nsw i64 %j35.addr.03337.epil, 896
  %gep3336.epil = getelementptr i8, ptr %invariant.gep3335, i64 %.idx3013.epil
  store float %3818, ptr %gep3336.epil, align 4
  %j35.next.epil = add nuw nsw i64 %j35.addr.03337.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter4383
  br i1 %epil.iter.cmp.not, label %j35.exit, label %j35.body.epil, !llvm.loop !3

j35.exit:                                         ; preds = %j35.exit.loopexit.unr-lcssa, %j35.body.epil, %t6.body
  %.idx3009.pre-phi = phi i64 [ 0, %t6.body ], [ %.idx3012, %j35.body.epil ], [ %.idx3012, %j35.exit.loopexit.unr-lcssa ]
  %gep3344 = getelementptr inbounds i8, ptr %invariant.gep3331, i64 %.idx3009.pre-phi
  %3819 = getelementptr inbounds float, ptr %gep3344, i64 %i50
  store float 0.000000e+00, ptr %3819, align 4
  %i51 = or disjoint i64 %i50, 1
  %.idx3010 = mul nuw nsw i64 %i51, 896
  %gep3346 = getelementptr inbounds i8, ptr %invariant.gep3331, i64 %.idx3010
  %invariant.gep3340 = getelementptr float, ptr %invariant.gep3331, i64 %i51
  %xtraiter4387 = and i64 %indvars.iv3684, 7
  %3820 = icmp ult i64 %t6.addr.03347, 4
  br i1 %3820, label %j36.exit.unr-lcssa, label %j35.exit.new

j35.exit.new:                                     ; preds = %j35.exit
  %unroll_iter4390 = and i64 %indvars.iv3684, 9223372036854775800
  br label %j36.body

j36.body:                                         ; preds = %j36.body, %j35.exit.new
  %j36.addr.03342 = phi i64 [ 0, %j35.exit.new ], [ %j36.next.7, %j36.body ]
  %niter4391 = phi i64 [ 0, %j35.exit.new ], [ %niter4391.next.7, %j36.body ]
  %3821 = getelementptr inbounds float, ptr %gep3346, i64 %j36.addr.03342
  %3822 = load float, ptr %3821, align 4
  %3823 = fneg float %3822
  store float %3823, ptr %3821, align 4
  %.idx3011 = mul nuw nsw i64 %j36.addr.03342, 896
  %gep3341 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011
  store float %3823, ptr %gep3341, align 4
  %j36.next = or disjoint i64 %j36.addr.03342, 1
  %3824 = getelementptr inbounds float, ptr %gep3346, i64 %j36.next
  %3825 = load float, ptr %3824, align 4
  %3826 = fneg float %3825
  store float %3826, ptr %3824, align 4
  %.idx3011.1 = mul nuw nsw i64 %j36.next, 896
  %gep3341.1 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.1
  store float %3826, ptr %gep3341.1, align 4
  %j36.next.1 = or disjoint i64 %j36.addr.03342, 2
  %3827 = getelementptr inbounds float, ptr %gep3346, i64 %j36.next.1
  %3828 = load float, ptr %3827, align 4
  %3829 = fneg float %3828
  store float %3829, ptr %3827, align 4
  %.idx3011.2 = mul nuw nsw i64 %j36.next.1, 896
  %gep3341.2 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.2
  store float %3829, ptr %gep3341.2, align 4
  %j36.next.2 = or disjoint i64 %j36.addr.03342, 3
  %3830 = getelementptr inbounds float, ptr %gep3346, i64 %j36.next.2
  %3831 = load float, ptr %3830, align 4
  %3832 = fneg float %3831
  store float %3832, ptr %3830, align 4
  %.idx3011.3 = mul nuw nsw i64 %j36.next.2, 896
  %gep3341.3 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.3
  store float %3832, ptr %gep3341.3, align 4
  %j36.next.3 = or disjoint i64 %j36.addr.03342, 4
  %3833 = getelementptr inbounds float, ptr %gep3346, i64 %j36.next.3
  %3834 = load float, ptr %3833, align 4
  %3835 = fneg float %3834
  store float %3835, ptr %3833, align 4
  %.idx3011.4 = mul nuw nsw i64 %j36.next.3, 896
  %gep3341.4 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.4
  store float %3835, ptr %gep3341.4, align 4
  %j36.next.4 = or disjoint i64 %j36.addr.03342, 5
  %3836 = getelementptr inbounds float, ptr %gep3346, i64 %j36.next.4
  %3837 = load float, ptr %3836, align 4
  %3838 = fneg float %3837
  store float %3838, ptr %3836, align 4
  %.idx3011.5 = mul nuw nsw i64 %j36.next.4, 896
  %gep3341.5 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.5
  store float %3838, ptr %gep3341.5, align 4
  %j36.next.5 = or disjoint i64 %j36.addr.03342, 6
  %3839 = getelementptr inbounds float, ptr %gep3346, i64 %j36.next.5
  %3840 = load float, ptr %3839, align 4
  %3841 = fneg float %3840
  store float %3841, ptr %3839, align 4
  %.idx3011.6 = mul nuw nsw i64 %j36.next.5, 896
  %gep3341.6 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.6
  store float %3841, ptr %gep3341.6, align 4
  %j36.next.6 = or disjoint i64 %j36.addr.03342, 7
  %3842 = getelementptr inbounds float, ptr %gep3346, i64 %j36.next.6
  %3843 = load float, ptr %3842, align 4
  %3844 = fneg float %3843
  store float %3844, ptr %3842, align 4
  %.idx3011.7 = mul nuw nsw i64 %j36.next.6, 896
  %gep3341.7 = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.7
  store float %3844, ptr %gep3341.7, align 4
  %j36.next.7 = add nuw nsw i64 %j36.addr.03342, 8
  %niter4391.next.7 = add i64 %niter4391, 8
  %niter4391.ncmp.7 = icmp eq i64 %niter4391.next.7, %unroll_iter4390
  br i1 %niter4391.ncmp.7, label %j36.exit.unr-lcssa, label %j36.body

j36.exit.unr-lcssa:                               ; preds = %j36.body, %j35.exit
  %j36.addr.03342.unr = phi i64 [ 0, %j35.exit ], [ %j36.next.7, %j36.body ]
  %lcmp.mod4389.not = icmp eq i64 %xtraiter4387, 0
  br i1 %lcmp.mod4389.not, label %j36.exit, label %j36.body.epil

j36.body.epil:                                    ; preds = %j36.exit.unr-lcssa, %j36.body.epil
  %j36.addr.03342.epil = phi i64 [ %j36.next.epil, %j36.body.epil ], [ %j36.addr.03342.unr, %j36.exit.unr-lcssa ]
  %epil.iter4388 = phi i64 [ %epil.iter4388.next, %j36.body.epil ], [ 0, %j36.exit.unr-lcssa ]
  %3845 = getelementptr inbounds float, ptr %gep3346, i64 %j36.addr.03342.epil
  %3846 = load float, ptr %3845, align 4
  %3847 = fneg float %3846
  store float %3847, ptr %3845, align 4
  %.idx3011.epil = mul nuw nsw i64 %j36.addr.03342.epil, 896
  %gep3341.epil = getelementptr i8, ptr %invariant.gep3340, i64 %.idx3011.epil
  store float %3847, ptr %gep3341.epil, align 4
  %j36.next.epil = add nuw nsw i64 %j36.addr.03342.epil, 1
  %epil.iter4388.next = add i64 %epil.iter4388, 1
  %epil.iter4388.cmp.not = icmp eq i64 %epil.iter4388.next, %xtraiter4387
  br i1 %epil.iter4388.cmp.not, label %j36.exit, label %j36.body.epil, !llvm.loop !5

j36.exit:                                         ; preds = %j36.body.epil, %j36.exit.unr-lcssa
  %gep3992 = getelementptr inbounds i8, ptr %invariant.gep3991, i64 %.idx3010
  %3848 = getelementptr inbounds float, ptr %gep3992, i64 %i51
  store float 0.000000e+00, ptr %3848, align 4
  %t6.next = add nuw nsw i64 %t6.addr.03347, 1
  %indvars.iv.next3685 = add nuw nsw i64 %indvars.iv3684, 2
  %exitcond3687.not = icmp eq i64 %t6.next, 32
  br i1 %exitcond3687.not, label %i52.head.preheader, label %t6.body

p13.head.preheader:                               ; preds = %i52.head.preheader, %endif1975
  %i52.addr.03365 = phi i64 [ 0, %i52.head.preheader ], [ %i52.next, %endif1975 ]
  %.idx3005 = mul nuw nsw i64 %i52.addr.03365, 896
  %3849 = getelementptr inbounds i8, ptr %Ak, i64 %.idx3005
  %3850 = getelementptr inbounds i8, ptr %3849, i64 896
  %3851 = getelementptr inbounds i8, ptr %3849, i64 1792
  %3852 = getelementptr inbounds i8, ptr %3849, i64 2688
  br label %p13.body

i52.exit:                                         ; preds = %endif1975
  %t7.end = add nsw i64 %L, %t0
  br i1 %3062, label %t7.body, label %t7.exit

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.03364 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc175.03363 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3896, %p13.body ]
  %acc174.03362 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3895, %p13.body ]
  %acc173.03361 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3894, %p13.body ]
  %acc172.03360 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3893, %p13.body ]
  %acc171.03359 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3888, %p13.body ]
  %acc170.03358 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3887, %p13.body ]
  %acc169.03357 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3886, %p13.body ]
  %acc168.03356 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3885, %p13.body ]
  %acc167.03355 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3880, %p13.body ]
  %acc166.03354 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3879, %p13.body ]
  %acc165.03353 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3878, %p13.body ]
  %acc164.03352 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3877, %p13.body ]
  %acc163.03351 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3872, %p13.body ]
  %acc162.03350 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3871, %p13.body ]
  %acc161.03349 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3870, %p13.body ]
  %acc160.03348 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %3869, %p13.body ]
  %3853 = shl nuw nsw i64 %p13.addr.03364, 6
  %3854 = getelementptr inbounds float, ptr %Bk, i64 %3853
  %3855 = load <16 x float>, ptr %3854, align 4
  %3856 = or disjoint i64 %3853, 16
  %3857 = getelementptr inbounds float, ptr %Bk, i64 %3856
  %3858 = load <16 x float>, ptr %3857, align 4
  %3859 = or disjoint i64 %3853, 32
  %3860 = getelementptr inbounds float, ptr %Bk, i64 %3859
  %3861 = load <16 x float>, ptr %3860, align 4
  %3862 = or disjoint i64 %3853, 48
  %3863 = getelementptr inbounds float, ptr %Bk, i64 %3862
  %3864 = load <16 x float>, ptr %3863, align 4
  %3865 = getelementptr inbounds float, ptr %3849, i64 %p13.addr.03364
  %3866 = load float, ptr %3865, align 4
  %3867 = insertelement <16 x float> poison, float %3866, i64 0
  %3868 = shufflevector <16 x float> %3867, <16 x float> poison, <16 x i32> zeroinitializer
  %3869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3868, <16 x float> %3855, <16 x float> %acc160.03348)
  %3870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3868, <16 x float> %3858, <16 x float> %acc161.03349)
  %3871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3868, <16 x float> %3861, <16 x float> %acc162.03350)
  %3872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3868, <16 x float> %3864, <16 x float> %acc163.03351)
  %3873 = getelementptr inbounds float, ptr %3850, i64 %p13.addr.03364
  %3874 = load float, ptr %3873, align 4
  %3875 = insertelement <16 x float> poison, float %3874, i64 0
  %3876 = shufflevector <16 x float> %3875, <16 x float> poison, <16 x i32> zeroinitializer
  %3877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3876, <16 x float> %3855, <16 x float> %acc164.03352)
  %3878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3876, <16 x float> %3858, <16 x float> %acc165.03353)
  %3879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3876, <16 x float> %3861, <16 x float> %acc166.03354)
  %3880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3876, <16 x float> %3864, <16 x float> %acc167.03355)
  %3881 = getelementptr inbounds float, ptr %3851, i64 %p13.addr.03364
  %3882 = load float, ptr %3881, align 4
  %3883 = insertelement <16 x float> poison, float %3882, i64 0
  %3884 = shufflevector <16 x float> %3883, <16 x float> poison, <16 x i32> zeroinitializer
  %3885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3884, <16 x float> %3855, <16 x float> %acc168.03356)
  %3886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3884, <16 x float> %3858, <16 x float> %acc169.03357)
  %3887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3884, <16 x float> %3861, <16 x float> %acc170.03358)
  %3888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3884, <16 x float> %3864, <16 x float> %acc171.03359)
  %3889 = getelementptr inbounds float, ptr %3852, i64 %p13.addr.03364
  %3890 = load float, ptr %3889, align 4
  %3891 = insertelement <16 x float> poison, float %3890, i64 0
  %3892 = shufflevector <16 x float> %3891, <16 x float> poison, <16 x i32> zeroinitializer
  %3893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3892, <16 x float> %3855, <16 x float> %acc172.03360)
  %3894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3892, <16 x float> %3858, <16 x float> %acc173.03361)
  %3895 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3892, <16 x float> %3861, <16 x float> %acc174.03362)
  %3896 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3892, <16 x float> %3864, <16 x float> %acc175.03363)
  %p13.next = add nuw nsw i64 %p13.addr.03364, 1
  %exitcond3688.not = icmp eq i64 %p13.next, 224
  br i1 %exitcond3688.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %3897 = icmp slt i64 %i52.addr.03365, %3788
  br i1 %3897, label %then1913, label %endif1927

then1913:                                         ; preds = %p13.exit
  %3898 = shl nuw nsw i64 %i52.addr.03365, 6
  %3899 = add nuw nsw i64 %3898, %3789
  %3900 = getelementptr inbounds float, ptr %dak, i64 %3899
  store <16 x float> %3869, ptr %3900, align 4
  %3901 = or disjoint i64 %3899, 16
  %3902 = getelementptr inbounds float, ptr %dak, i64 %3901
  store <16 x float> %3870, ptr %3902, align 4
  %3903 = or disjoint i64 %3899, 32
  %3904 = getelementptr inbounds float, ptr %dak, i64 %3903
  store <16 x float> %3871, ptr %3904, align 4
  %3905 = or disjoint i64 %3899, 48
  %3906 = getelementptr inbounds float, ptr %dak, i64 %3905
  store <16 x float> %3872, ptr %3906, align 4
  br label %endif1927

endif1927:                                        ; preds = %p13.exit, %then1913
  %3907 = or disjoint i64 %i52.addr.03365, 1
  %3908 = icmp slt i64 %3907, %3788
  br i1 %3908, label %then1929, label %endif1943

then1929:                                         ; preds = %endif1927
  %3909 = shl nuw nsw i64 %3907, 6
  %3910 = add nuw nsw i64 %3909, %3789
  %3911 = getelementptr inbounds float, ptr %dak, i64 %3910
  store <16 x float> %3877, ptr %3911, align 4
  %3912 = or disjoint i64 %3910, 16
  %3913 = getelementptr inbounds float, ptr %dak, i64 %3912
  store <16 x float> %3878, ptr %3913, align 4
  %3914 = or disjoint i64 %3910, 32
  %3915 = getelementptr inbounds float, ptr %dak, i64 %3914
  store <16 x float> %3879, ptr %3915, align 4
  %3916 = or disjoint i64 %3910, 48
  %3917 = getelementptr inbounds float, ptr %dak, i64 %3916
  store <16 x float> %3880, ptr %3917, align 4
  br label %endif1943

endif1943:                                        ; preds = %endif1927, %then1929
  %3918 = or disjoint i64 %i52.addr.03365, 2
  %3919 = icmp slt i64 %3918, %3788
  br i1 %3919, label %then1945, label %endif1959

then1945:                                         ; preds = %endif1943
  %3920 = shl nuw nsw i64 %3918, 6
  %3921 = add nuw nsw i64 %3920, %3789
  %3922 = getelementptr inbounds float, ptr %dak, i64 %3921
  store <16 x float> %3885, ptr %3922, align 4
  %3923 = or disjoint i64 %3921, 16
  %3924 = getelementptr inbounds float, ptr %dak, i64 %3923
  store <16 x float> %3886, ptr %3924, align 4
  %3925 = or disjoint i64 %3921, 32
  %3926 = getelementptr inbounds float, ptr %dak, i64 %3925
  store <16 x float> %3887, ptr %3926, align 4
  %3927 = or disjoint i64 %3921, 48
  %3928 = getelementptr inbounds float, ptr %dak, i64 %3927
  store <16 x float> %3888, ptr %3928, align 4
  br label %endif1959

endif1959:                                        ; preds = %endif1943, %then1945
  %3929 = or disjoint i64 %i52.addr.03365, 3
  %3930 = icmp slt i64 %3929, %3788
  br i1 %3930, label %then1961, label %endif1975

then1961:                                         ; preds = %endif1959
  %3931 = shl nuw nsw i64 %3929, 6
  %3932 = add nuw nsw i64 %3931, %3789
  %3933 = getelementptr inbounds float, ptr %dak, i64 %3932
  store <16 x float> %3893, ptr %3933, align 4
  %3934 = or disjoint i64 %3932, 16
  %3935 = getelementptr inbounds float, ptr %dak, i64 %3934
  store <16 x float> %3894, ptr %3935, align 4
  %3936 = or disjoint i64 %3932, 32
  %3937 = getelementptr inbounds float, ptr %dak, i64 %3936
  store <16 x float> %3895, ptr %3937, align 4
  %3938 = or disjoint i64 %3932, 48
  %3939 = getelementptr inbounds float, ptr %dak, i64 %3938
  store <16 x float> %3896, ptr %3939, align 4
  br label %endif1975

endif1975:                                        ; preds = %endif1959, %then1961
  %i52.next = add nuw nsw i64 %i52.addr.03365, 4
  %3940 = icmp ult i64 %i52.addr.03365, 60
  br i1 %3940, label %p13.head.preheader, label %i52.exit

t7.body:                                          ; preds = %i52.exit, %t7.body
  %t7.addr.03370 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i52.exit ]
  %3941 = add nsw i64 %t7.addr.03370, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3941, i64 %5)
  %3942 = add nsw i64 %tp2, %78
  %3943 = mul nsw i64 %3942, %dq_ts
  %gep3372 = getelementptr float, ptr %invariant.gep3371, i64 %3943
  tail call void @llvm.prefetch.p0(ptr %gep3372, i32 0, i32 2, i32 1)
  %3944 = getelementptr i8, ptr %gep3372, i64 64
  tail call void @llvm.prefetch.p0(ptr %3944, i32 0, i32 2, i32 1)
  %3945 = getelementptr i8, ptr %gep3372, i64 128
  tail call void @llvm.prefetch.p0(ptr %3945, i32 0, i32 2, i32 1)
  %3946 = getelementptr i8, ptr %gep3372, i64 192
  tail call void @llvm.prefetch.p0(ptr %3946, i32 0, i32 2, i32 1)
  %3947 = mul nsw i64 %3942, %dk_ts
  %gep3374 = getelementptr float, ptr %invariant.gep3373, i64 %3947
  tail call void @llvm.prefetch.p0(ptr %gep3374, i32 0, i32 2, i32 1)
  %3948 = getelementptr i8, ptr %gep3374, i64 64
  tail call void @llvm.prefetch.p0(ptr %3948, i32 0, i32 2, i32 1)
  %3949 = getelementptr i8, ptr %gep3374, i64 128
  tail call void @llvm.prefetch.p0(ptr %3949, i32 0, i32 2, i32 1)
  %3950 = getelementptr i8, ptr %gep3374, i64 192
  tail call void @llvm.prefetch.p0(ptr %3950, i32 0, i32 2, i32 1)
  %3951 = mul nsw i64 %3942, %dv_ts
  %gep3376 = getelementptr float, ptr %invariant.gep3375, i64 %3951
  tail call void @llvm.prefetch.p0(ptr %gep3376, i32 0, i32 2, i32 1)
  %3952 = getelementptr i8, ptr %gep3376, i64 64
  tail call void @llvm.prefetch.p0(ptr %3952, i32 0, i32 2, i32 1)
  %3953 = getelementptr i8, ptr %gep3376, i64 128
  tail call void @llvm.prefetch.p0(ptr %3953, i32 0, i32 2, i32 1)
  %3954 = getelementptr i8, ptr %gep3376, i64 192
  tail call void @llvm.prefetch.p0(ptr %3954, i32 0, i32 2, i32 1)
  %gep3378 = getelementptr float, ptr %invariant.gep3377, i64 %3947
  tail call void @llvm.prefetch.p0(ptr %gep3378, i32 0, i32 2, i32 1)
  %3955 = getelementptr i8, ptr %gep3378, i64 64
  tail call void @llvm.prefetch.p0(ptr %3955, i32 0, i32 2, i32 1)
  %3956 = getelementptr i8, ptr %gep3378, i64 128
  tail call void @llvm.prefetch.p0(ptr %3956, i32 0, i32 2, i32 1)
  %3957 = getelementptr i8, ptr %gep3378, i64 192
  tail call void @llvm.prefetch.p0(ptr %3957, i32 0, i32 2, i32 1)
  %gep3380 = getelementptr float, ptr %invariant.gep3379, i64 %3951
  tail call void @llvm.prefetch.p0(ptr %gep3380, i32 0, i32 2, i32 1)
  %3958 = getelementptr i8, ptr %gep3380, i64 64
  tail call void @llvm.prefetch.p0(ptr %3958, i32 0, i32 2, i32 1)
  %3959 = getelementptr i8, ptr %gep3380, i64 128
  tail call void @llvm.prefetch.p0(ptr %3959, i32 0, i32 2, i32 1)
  %3960 = getelementptr i8, ptr %gep3380, i64 192
  tail call void @llvm.prefetch.p0(ptr %3960, i32 0, i32 2, i32 1)
  %3961 = shl nsw i64 %t7.addr.03370, 6
  %3962 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %3961
  %3963 = load <16 x float>, ptr %3962, align 4
  %3964 = or disjoint i64 %3961, 16
  %3965 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %3964
  %3966 = load <16 x float>, ptr %3965, align 4
  %3967 = or disjoint i64 %3961, 32
  %3968 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %3967
  %3969 = load <16 x float>, ptr %3968, align 4
  %3970 = or disjoint i64 %3961, 48
  %3971 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %3970
  %3972 = load <16 x float>, ptr %3971, align 4
  %3973 = getelementptr inbounds float, ptr %gep3399, i64 %3961
  %3974 = load <16 x float>, ptr %3973, align 4
  %3975 = getelementptr inbounds float, ptr %gep3399, i64 %3964
  %3976 = load <16 x float>, ptr %3975, align 4
  %3977 = getelementptr inbounds float, ptr %gep3399, i64 %3967
  %3978 = load <16 x float>, ptr %3977, align 4
  %3979 = getelementptr inbounds float, ptr %gep3399, i64 %3970
  %3980 = load <16 x float>, ptr %3979, align 4
  %3981 = getelementptr inbounds float, ptr %gep3401, i64 %t7.addr.03370
  %3982 = load float, ptr %3981, align 4
  %3983 = fmul <16 x float> %3963, %3974
  %3984 = fmul <16 x float> %3966, %3976
  %3985 = fadd <16 x float> %3983, %3984
  %3986 = fmul <16 x float> %3969, %3978
  %3987 = fadd <16 x float> %3985, %3986
  %3988 = fmul <16 x float> %3972, %3980
  %3989 = fadd <16 x float> %3987, %3988
  %3990 = shufflevector <16 x float> %3989, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3991 = shufflevector <16 x float> %3989, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3992 = fadd <8 x float> %3990, %3991
  %3993 = shufflevector <8 x float> %3992, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3994 = shufflevector <8 x float> %3992, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3995 = fadd <4 x float> %3993, %3994
  %3996 = shufflevector <4 x float> %3995, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3997 = shufflevector <4 x float> %3995, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3998 = fadd <2 x float> %3996, %3997
  %shift4186 = shufflevector <2 x float> %3998, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3999 = fadd <2 x float> %3998, %shift4186
  %4000 = shufflevector <2 x float> %3999, <2 x float> poison, <16 x i32> zeroinitializer
  %4001 = fmul <16 x float> %3963, %4000
  %4002 = fsub <16 x float> %3974, %4001
  %4003 = insertelement <16 x float> poison, float %3982, i64 0
  %4004 = shufflevector <16 x float> %4003, <16 x float> poison, <16 x i32> zeroinitializer
  %4005 = fmul <16 x float> %4004, %4002
  %4006 = add nsw i64 %t7.addr.03370, %78
  %4007 = mul nsw i64 %4006, %dq_ts
  %gep3382 = getelementptr float, ptr %invariant.gep3371, i64 %4007
  store <16 x float> %4005, ptr %gep3382, align 4
  %4008 = fmul <16 x float> %3966, %4000
  %4009 = fsub <16 x float> %3976, %4008
  %4010 = fmul <16 x float> %4004, %4009
  %4011 = getelementptr i8, ptr %gep3382, i64 64
  store <16 x float> %4010, ptr %4011, align 4
  %4012 = fmul <16 x float> %3969, %4000
  %4013 = fsub <16 x float> %3978, %4012
  %4014 = fmul <16 x float> %4004, %4013
  %4015 = getelementptr i8, ptr %gep3382, i64 128
  store <16 x float> %4014, ptr %4015, align 4
  %4016 = fmul <16 x float> %3972, %4000
  %4017 = fsub <16 x float> %3980, %4016
  %4018 = fmul <16 x float> %4004, %4017
  %4019 = getelementptr i8, ptr %gep3382, i64 192
  store <16 x float> %4018, ptr %4019, align 4
  %4020 = shl nsw i64 %t7.addr.03370, 1
  %4021 = shl nsw i64 %t7.addr.03370, 7
  %4022 = getelementptr inbounds float, ptr %gep3395, i64 %4021
  %4023 = load <16 x float>, ptr %4022, align 4
  %4024 = or disjoint i64 %4021, 16
  %4025 = getelementptr inbounds float, ptr %gep3395, i64 %4024
  %4026 = load <16 x float>, ptr %4025, align 4
  %4027 = or disjoint i64 %4021, 32
  %4028 = getelementptr inbounds float, ptr %gep3395, i64 %4027
  %4029 = load <16 x float>, ptr %4028, align 4
  %4030 = or disjoint i64 %4021, 48
  %4031 = getelementptr inbounds float, ptr %gep3395, i64 %4030
  %4032 = load <16 x float>, ptr %4031, align 4
  %4033 = getelementptr inbounds float, ptr %dak, i64 %4021
  %4034 = load <16 x float>, ptr %4033, align 4
  %4035 = getelementptr inbounds float, ptr %dak, i64 %4024
  %4036 = load <16 x float>, ptr %4035, align 4
  %4037 = getelementptr inbounds float, ptr %dak, i64 %4027
  %4038 = load <16 x float>, ptr %4037, align 4
  %4039 = getelementptr inbounds float, ptr %dak, i64 %4030
  %4040 = load <16 x float>, ptr %4039, align 4
  %gep3367 = getelementptr float, ptr %invariant.gep, i64 %4020
  %4041 = load float, ptr %gep3367, align 4
  %4042 = fmul <16 x float> %4023, %4034
  %4043 = fmul <16 x float> %4026, %4036
  %4044 = fadd <16 x float> %4042, %4043
  %4045 = fmul <16 x float> %4029, %4038
  %4046 = fadd <16 x float> %4044, %4045
  %4047 = fmul <16 x float> %4032, %4040
  %4048 = fadd <16 x float> %4046, %4047
  %4049 = shufflevector <16 x float> %4048, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %4050 = shufflevector <16 x float> %4048, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %4051 = fadd <8 x float> %4049, %4050
  %4052 = shufflevector <8 x float> %4051, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %4053 = shufflevector <8 x float> %4051, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %4054 = fadd <4 x float> %4052, %4053
  %4055 = shufflevector <4 x float> %4054, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %4056 = shufflevector <4 x float> %4054, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %4057 = fadd <2 x float> %4055, %4056
  %shift4187 = shufflevector <2 x float> %4057, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %4058 = fadd <2 x float> %4057, %shift4187
  %4059 = shufflevector <2 x float> %4058, <2 x float> poison, <16 x i32> zeroinitializer
  %4060 = fmul <16 x float> %4023, %4059
  %4061 = fsub <16 x float> %4034, %4060
  %4062 = insertelement <16 x float> poison, float %4041, i64 0
  %4063 = shufflevector <16 x float> %4062, <16 x float> poison, <16 x i32> zeroinitializer
  %4064 = fmul <16 x float> %4063, %4061
  %4065 = mul nsw i64 %4006, %dk_ts
  %gep3384 = getelementptr float, ptr %invariant.gep3373, i64 %4065
  store <16 x float> %4064, ptr %gep3384, align 4
  %4066 = fmul <16 x float> %4026, %4059
  %4067 = fsub <16 x float> %4036, %4066
  %4068 = fmul <16 x float> %4063, %4067
  %4069 = getelementptr i8, ptr %gep3384, i64 64
  store <16 x float> %4068, ptr %4069, align 4
  %4070 = fmul <16 x float> %4029, %4059
  %4071 = fsub <16 x float> %4038, %4070
  %4072 = fmul <16 x float> %4063, %4071
  %4073 = getelementptr i8, ptr %gep3384, i64 128
  store <16 x float> %4072, ptr %4073, align 4
  %4074 = fmul <16 x float> %4032, %4059
  %4075 = fsub <16 x float> %4040, %4074
  %4076 = fmul <16 x float> %4063, %4075
  %4077 = getelementptr i8, ptr %gep3384, i64 192
  store <16 x float> %4076, ptr %4077, align 4
  %4078 = getelementptr inbounds float, ptr %dav, i64 %4021
  %4079 = load <16 x float>, ptr %4078, align 4
  %4080 = getelementptr inbounds float, ptr %dav, i64 %4024
  %4081 = load <16 x float>, ptr %4080, align 4
  %4082 = getelementptr inbounds float, ptr %dav, i64 %4027
  %4083 = load <16 x float>, ptr %4082, align 4
  %4084 = getelementptr inbounds float, ptr %dav, i64 %4030
  %4085 = load <16 x float>, ptr %4084, align 4
  %4086 = mul nsw i64 %4006, %dv_ts
  %gep3386 = getelementptr float, ptr %invariant.gep3375, i64 %4086
  store <16 x float> %4079, ptr %gep3386, align 4
  %4087 = getelementptr i8, ptr %gep3386, i64 64
  store <16 x float> %4081, ptr %4087, align 4
  %4088 = getelementptr i8, ptr %gep3386, i64 128
  store <16 x float> %4083, ptr %4088, align 4
  %4089 = getelementptr i8, ptr %gep3386, i64 192
  store <16 x float> %4085, ptr %4089, align 4
  %4090 = or disjoint i64 %4020, 1
  %4091 = shl nsw i64 %4090, 6
  %4092 = getelementptr inbounds float, ptr %gep3395, i64 %4091
  %4093 = load <16 x float>, ptr %4092, align 4
  %4094 = or disjoint i64 %4091, 16
  %4095 = getelementptr inbounds float, ptr %gep3395, i64 %4094
  %4096 = load <16 x float>, ptr %4095, align 4
  %4097 = or disjoint i64 %4091, 32
  %4098 = getelementptr inbounds float, ptr %gep3395, i64 %4097
  %4099 = load <16 x float>, ptr %4098, align 4
  %4100 = or disjoint i64 %4091, 48
  %4101 = getelementptr inbounds float, ptr %gep3395, i64 %4100
  %4102 = load <16 x float>, ptr %4101, align 4
  %4103 = getelementptr inbounds float, ptr %dak, i64 %4091
  %4104 = load <16 x float>, ptr %4103, align 4
  %4105 = getelementptr inbounds float, ptr %dak, i64 %4094
  %4106 = load <16 x float>, ptr %4105, align 4
  %4107 = getelementptr inbounds float, ptr %dak, i64 %4097
  %4108 = load <16 x float>, ptr %4107, align 4
  %4109 = getelementptr inbounds float, ptr %dak, i64 %4100
  %4110 = load <16 x float>, ptr %4109, align 4
  %gep3369 = getelementptr float, ptr %invariant.gep, i64 %4090
  %4111 = load float, ptr %gep3369, align 4
  %4112 = fmul <16 x float> %4093, %4104
  %4113 = fmul <16 x float> %4096, %4106
  %4114 = fadd <16 x float> %4112, %4113
  %4115 = fmul <16 x float> %4099, %4108
  %4116 = fadd <16 x float> %4114, %4115
  %4117 = fmul <16 x float> %4102, %4110
  %4118 = fadd <16 x float> %4116, %4117
  %4119 = shufflevector <16 x float> %4118, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %4120 = shufflevector <16 x float> %4118, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %4121 = fadd <8 x float> %4119, %4120
  %4122 = shufflevector <8 x float> %4121, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %4123 = shufflevector <8 x float> %4121, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %4124 = fadd <4 x float> %4122, %4123
  %4125 = shufflevector <4 x float> %4124, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %4126 = shufflevector <4 x float> %4124, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %4127 = fadd <2 x float> %4125, %4126
  %shift4188 = shufflevector <2 x float> %4127, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %4128 = fadd <2 x float> %4127, %shift4188
  %4129 = shufflevector <2 x float> %4128, <2 x float> poison, <16 x i32> zeroinitializer
  %4130 = fmul <16 x float> %4093, %4129
  %4131 = fsub <16 x float> %4104, %4130
  %4132 = insertelement <16 x float> poison, float %4111, i64 0
  %4133 = shufflevector <16 x float> %4132, <16 x float> poison, <16 x i32> zeroinitializer
  %4134 = fmul <16 x float> %4133, %4131
  %gep3388 = getelementptr float, ptr %invariant.gep3377, i64 %4065
  store <16 x float> %4134, ptr %gep3388, align 4
  %4135 = fmul <16 x float> %4096, %4129
  %4136 = fsub <16 x float> %4106, %4135
  %4137 = fmul <16 x float> %4133, %4136
  %4138 = getelementptr i8, ptr %gep3388, i64 64
  store <16 x float> %4137, ptr %4138, align 4
  %4139 = fmul <16 x float> %4099, %4129
  %4140 = fsub <16 x float> %4108, %4139
  %4141 = fmul <16 x float> %4133, %4140
  %4142 = getelementptr i8, ptr %gep3388, i64 128
  store <16 x float> %4141, ptr %4142, align 4
  %4143 = fmul <16 x float> %4102, %4129
  %4144 = fsub <16 x float> %4110, %4143
  %4145 = fmul <16 x float> %4133, %4144
  %4146 = getelementptr i8, ptr %gep3388, i64 192
  store <16 x float> %4145, ptr %4146, align 4
  %4147 = getelementptr inbounds float, ptr %dav, i64 %4091
  %4148 = load <16 x float>, ptr %4147, align 4
  %4149 = getelementptr inbounds float, ptr %dav, i64 %4094
  %4150 = load <16 x float>, ptr %4149, align 4
  %4151 = getelementptr inbounds float, ptr %dav, i64 %4097
  %4152 = load <16 x float>, ptr %4151, align 4
  %4153 = getelementptr inbounds float, ptr %dav, i64 %4100
  %4154 = load <16 x float>, ptr %4153, align 4
  %gep3390 = getelementptr float, ptr %invariant.gep3379, i64 %4086
  store <16 x float> %4148, ptr %gep3390, align 4
  %4155 = getelementptr i8, ptr %gep3390, i64 64
  store <16 x float> %4150, ptr %4155, align 4
  %4156 = getelementptr i8, ptr %gep3390, i64 128
  store <16 x float> %4152, ptr %4156, align 4
  %4157 = getelementptr i8, ptr %gep3390, i64 192
  store <16 x float> %4154, ptr %4157, align 4
  %t7.next = add nsw i64 %t7.addr.03370, 1
  %4158 = icmp slt i64 %t7.next, %t7.end
  br i1 %4158, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i52.exit
  %cc.next = add nuw nsw i64 %cc.addr.03391, 1
  %indvars.iv.next3676 = add i64 %indvars.iv3675, 32
  %exitcond3690.not = icmp eq i64 %cc.next, %smax3689
  br i1 %exitcond3690.not, label %i53.head.preheader, label %cc.body

j38.head.preheader:                               ; preds = %j38.head.preheader, %i53.head.preheader
  %i53.addr.03393 = phi i64 [ 0, %i53.head.preheader ], [ %i53.next.7, %j38.head.preheader ]
  %4159 = shl nuw nsw i64 %i53.addr.03393, 8
  %scevgep3691 = getelementptr i8, ptr %291, i64 %4159
  %4160 = shl nuw nsw i64 %i53.addr.03393, 9
  %4161 = or disjoint i64 %4160, 256
  %scevgep3692 = getelementptr i8, ptr %work, i64 %4161
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692, i64 256, i1 false)
  %i53.next = or disjoint i64 %i53.addr.03393, 1
  %4162 = shl nuw nsw i64 %i53.next, 8
  %scevgep3691.1 = getelementptr i8, ptr %291, i64 %4162
  %4163 = shl nuw nsw i64 %i53.next, 9
  %4164 = or disjoint i64 %4163, 256
  %scevgep3692.1 = getelementptr i8, ptr %work, i64 %4164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.1, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692.1, i64 256, i1 false)
  %i53.next.1 = or disjoint i64 %i53.addr.03393, 2
  %4165 = shl nuw nsw i64 %i53.next.1, 8
  %scevgep3691.2 = getelementptr i8, ptr %291, i64 %4165
  %4166 = shl nuw nsw i64 %i53.next.1, 9
  %4167 = or disjoint i64 %4166, 256
  %scevgep3692.2 = getelementptr i8, ptr %work, i64 %4167
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.2, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692.2, i64 256, i1 false)
  %i53.next.2 = or disjoint i64 %i53.addr.03393, 3
  %4168 = shl nuw nsw i64 %i53.next.2, 8
  %scevgep3691.3 = getelementptr i8, ptr %291, i64 %4168
  %4169 = shl nuw nsw i64 %i53.next.2, 9
  %4170 = or disjoint i64 %4169, 256
  %scevgep3692.3 = getelementptr i8, ptr %work, i64 %4170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.3, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692.3, i64 256, i1 false)
  %i53.next.3 = or disjoint i64 %i53.addr.03393, 4
  %4171 = shl nuw nsw i64 %i53.next.3, 8
  %scevgep3691.4 = getelementptr i8, ptr %291, i64 %4171
  %4172 = shl nuw nsw i64 %i53.next.3, 9
  %4173 = or disjoint i64 %4172, 256
  %scevgep3692.4 = getelementptr i8, ptr %work, i64 %4173
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.4, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692.4, i64 256, i1 false)
  %i53.next.4 = or disjoint i64 %i53.addr.03393, 5
  %4174 = shl nuw nsw i64 %i53.next.4, 8
  %scevgep3691.5 = getelementptr i8, ptr %291, i64 %4174
  %4175 = shl nuw nsw i64 %i53.next.4, 9
  %4176 = or disjoint i64 %4175, 256
  %scevgep3692.5 = getelementptr i8, ptr %work, i64 %4176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.5, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692.5, i64 256, i1 false)
  %i53.next.5 = or disjoint i64 %i53.addr.03393, 6
  %4177 = shl nuw nsw i64 %i53.next.5, 8
  %scevgep3691.6 = getelementptr i8, ptr %291, i64 %4177
  %4178 = shl nuw nsw i64 %i53.next.5, 9
  %4179 = or disjoint i64 %4178, 256
  %scevgep3692.6 = getelementptr i8, ptr %work, i64 %4179
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.6, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692.6, i64 256, i1 false)
  %i53.next.6 = or disjoint i64 %i53.addr.03393, 7
  %4180 = shl nuw nsw i64 %i53.next.6, 8
  %scevgep3691.7 = getelementptr i8, ptr %291, i64 %4180
  %4181 = shl nuw nsw i64 %i53.next.6, 9
  %4182 = or disjoint i64 %4181, 256
  %scevgep3692.7 = getelementptr i8, ptr %work, i64 %4182
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep3691.7, ptr noundef nonnull align 4 dereferenceable(256) %scevgep3692.7, i64 256, i1 false)
  %i53.next.7 = add nuw nsw i64 %i53.addr.03393, 8
  %exitcond3693.not.7 = icmp eq i64 %i53.next.7, 64
  br i1 %exitcond3693.not.7, label %i53.exit, label %j38.head.preheader

i53.exit:                                         ; preds = %j38.head.preheader
  %bh.next = add nsw i64 %bh.addr.03402, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3694.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond3694.not, label %bh.exit, label %bh.body
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
