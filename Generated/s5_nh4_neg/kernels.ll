; ---- dp_fwd_h4_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h4_k32_v32_r64_nogate'
source_filename = "dp_fwd_h4_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h4_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 7
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i7.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i7.head.preheader ]
  %bh.addr.0399 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i7.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep447 = getelementptr i8, ptr %hT, i64 %10
  %scevgep442 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0399, %H
  %h = srem i64 %bh.addr.0399, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep442, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i7.head.preheader

bh.exit:                                          ; preds = %i7.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep490 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i7.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep447, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0399, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond448.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond448.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0396 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0396
  %18 = shl i64 %17, 12
  %gep491 = getelementptr i8, ptr %invariant.gep490, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep491, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0396, 6
  %19 = add nuw nsw i64 %t0, 64
  %20 = shl nsw i64 %ci.addr.0396, 8
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0354 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %73, %i2.body ]
  %acc1.0353 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %77, %i2.body ]
  %acc2.0352 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %81, %i2.body ]
  %acc3.0351 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %85, %i2.body ]
  %acc4.0350 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %95, %i2.body ]
  %acc5.0349 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %99, %i2.body ]
  %acc6.0348 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %103, %i2.body ]
  %acc7.0347 = phi <8 x float> [ zeroinitializer, %i1.head.preheader ], [ %107, %i2.body ]
  %i2.addr.0346 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0346, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0346, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = insertelement <8 x float> poison, float %24, i64 0
  %29 = shufflevector <8 x float> %28, <8 x float> poison, <8 x i32> zeroinitializer
  %30 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %27, <8 x float> %acc.0354)
  %31 = or disjoint i64 %25, 8
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <8 x float>, ptr %32, align 4
  %34 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %33, <8 x float> %acc1.0353)
  %35 = or disjoint i64 %25, 16
  %36 = getelementptr inbounds float, ptr %work, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %37, <8 x float> %acc2.0352)
  %39 = or disjoint i64 %25, 24
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <8 x float>, ptr %40, align 4
  %42 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %41, <8 x float> %acc3.0351)
  %43 = or disjoint i64 %i2.addr.0346, 1
  %44 = or disjoint i64 %43, %21
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %43, 5
  %48 = getelementptr inbounds float, ptr %work, i64 %47
  %49 = load <8 x float>, ptr %48, align 4
  %50 = insertelement <8 x float> poison, float %46, i64 0
  %51 = shufflevector <8 x float> %50, <8 x float> poison, <8 x i32> zeroinitializer
  %52 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %49, <8 x float> %acc4.0350)
  %53 = or disjoint i64 %47, 8
  %54 = getelementptr inbounds float, ptr %work, i64 %53
  %55 = load <8 x float>, ptr %54, align 4
  %56 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %55, <8 x float> %acc5.0349)
  %57 = or disjoint i64 %47, 16
  %58 = getelementptr inbounds float, ptr %work, i64 %57
  %59 = load <8 x float>, ptr %58, align 4
  %60 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %59, <8 x float> %acc6.0348)
  %61 = or disjoint i64 %47, 24
  %62 = getelementptr inbounds float, ptr %work, i64 %61
  %63 = load <8 x float>, ptr %62, align 4
  %64 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %63, <8 x float> %acc7.0347)
  %i2.next = or disjoint i64 %i2.addr.0346, 2
  %65 = or disjoint i64 %i2.next, %21
  %66 = getelementptr inbounds float, ptr %kh, i64 %65
  %67 = load float, ptr %66, align 4
  %68 = shl nuw nsw i64 %i2.next, 5
  %69 = getelementptr inbounds float, ptr %work, i64 %68
  %70 = load <8 x float>, ptr %69, align 4
  %71 = insertelement <8 x float> poison, float %67, i64 0
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <8 x i32> zeroinitializer
  %73 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %70, <8 x float> %30)
  %74 = or disjoint i64 %68, 8
  %75 = getelementptr inbounds float, ptr %work, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %76, <8 x float> %34)
  %78 = or disjoint i64 %68, 16
  %79 = getelementptr inbounds float, ptr %work, i64 %78
  %80 = load <8 x float>, ptr %79, align 4
  %81 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %80, <8 x float> %38)
  %82 = or disjoint i64 %68, 24
  %83 = getelementptr inbounds float, ptr %work, i64 %82
  %84 = load <8 x float>, ptr %83, align 4
  %85 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %84, <8 x float> %42)
  %86 = or disjoint i64 %i2.addr.0346, 3
  %87 = or disjoint i64 %86, %21
  %88 = getelementptr inbounds float, ptr %kh, i64 %87
  %89 = load float, ptr %88, align 4
  %90 = shl nuw nsw i64 %86, 5
  %91 = getelementptr inbounds float, ptr %work, i64 %90
  %92 = load <8 x float>, ptr %91, align 4
  %93 = insertelement <8 x float> poison, float %89, i64 0
  %94 = shufflevector <8 x float> %93, <8 x float> poison, <8 x i32> zeroinitializer
  %95 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %92, <8 x float> %52)
  %96 = or disjoint i64 %90, 8
  %97 = getelementptr inbounds float, ptr %work, i64 %96
  %98 = load <8 x float>, ptr %97, align 4
  %99 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %98, <8 x float> %56)
  %100 = or disjoint i64 %90, 16
  %101 = getelementptr inbounds float, ptr %work, i64 %100
  %102 = load <8 x float>, ptr %101, align 4
  %103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %102, <8 x float> %60)
  %104 = or disjoint i64 %90, 24
  %105 = getelementptr inbounds float, ptr %work, i64 %104
  %106 = load <8 x float>, ptr %105, align 4
  %107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %106, <8 x float> %64)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0346, 4
  %108 = icmp ult i64 %i2.next, 30
  br i1 %108, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %19, i64 %T)
  %109 = icmp slt i64 %t0, %T
  br i1 %109, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %110 = mul nsw i64 %20, %H
  %111 = getelementptr inbounds float, ptr %betah, i64 %110
  %112 = load float, ptr %111, align 4
  %113 = insertelement <8 x float> poison, float %112, i64 0
  %114 = shufflevector <8 x float> %113, <8 x float> poison, <8 x i32> zeroinitializer
  %115 = or disjoint i64 %21, 24
  %116 = getelementptr inbounds float, ptr %vh, i64 %115
  %117 = load <8 x float>, ptr %116, align 4
  %118 = fadd <8 x float> %107, %85
  %119 = fsub <8 x float> %117, %118
  %120 = fmul <8 x float> %114, %119
  %121 = or disjoint i64 %21, 16
  %122 = getelementptr inbounds float, ptr %vh, i64 %121
  %123 = load <8 x float>, ptr %122, align 4
  %124 = fadd <8 x float> %103, %81
  %125 = fsub <8 x float> %123, %124
  %126 = fmul <8 x float> %114, %125
  %127 = or disjoint i64 %21, 8
  %128 = getelementptr inbounds float, ptr %vh, i64 %127
  %129 = load <8 x float>, ptr %128, align 4
  %130 = fadd <8 x float> %99, %77
  %131 = fsub <8 x float> %129, %130
  %132 = fmul <8 x float> %114, %131
  %133 = getelementptr inbounds float, ptr %vh, i64 %21
  %134 = load <8 x float>, ptr %133, align 4
  %135 = fadd <8 x float> %95, %73
  %136 = fsub <8 x float> %134, %135
  %137 = fmul <8 x float> %114, %136
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i6.exit
  %delta.0395 = phi <8 x float> [ %501, %i6.exit ], [ %137, %t.body.preheader ]
  %delta1.0394 = phi <8 x float> [ %509, %i6.exit ], [ %132, %t.body.preheader ]
  %delta2.0393 = phi <8 x float> [ %517, %i6.exit ], [ %126, %t.body.preheader ]
  %delta3.0392 = phi <8 x float> [ %525, %i6.exit ], [ %120, %t.body.preheader ]
  %t.addr.0391 = phi i64 [ %138, %i6.exit ], [ %t0, %t.body.preheader ]
  %138 = add nuw nsw i64 %t.addr.0391, 1
  %139 = shl nsw i64 %t.addr.0391, 2
  %140 = mul nsw i64 %139, %sq
  %141 = or disjoint i64 %139, 1
  %142 = mul nsw i64 %141, %sq
  br label %i3.body

t.exit:                                           ; preds = %i6.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0396, 1
  %exitcond445.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond445.not, label %i7.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %acc832.0363 = phi <8 x float> [ zeroinitializer, %t.body ], [ %157, %i3.body ]
  %acc9.0362 = phi <8 x float> [ zeroinitializer, %t.body ], [ %162, %i3.body ]
  %acc10.0361 = phi <8 x float> [ zeroinitializer, %t.body ], [ %167, %i3.body ]
  %acc11.0360 = phi <8 x float> [ zeroinitializer, %t.body ], [ %172, %i3.body ]
  %acc12.0359 = phi <8 x float> [ zeroinitializer, %t.body ], [ %188, %i3.body ]
  %acc13.0358 = phi <8 x float> [ zeroinitializer, %t.body ], [ %193, %i3.body ]
  %acc14.0357 = phi <8 x float> [ zeroinitializer, %t.body ], [ %198, %i3.body ]
  %acc15.0356 = phi <8 x float> [ zeroinitializer, %t.body ], [ %203, %i3.body ]
  %i3.addr.0355 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %143 = or disjoint i64 %i3.addr.0355, %140
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = or disjoint i64 %i3.addr.0355, %142
  %147 = getelementptr inbounds float, ptr %kh, i64 %146
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> poison, float %145, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = shl nuw nsw i64 %i3.addr.0355, 5
  %152 = getelementptr inbounds float, ptr %work, i64 %151
  %153 = load <8 x float>, ptr %152, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta.0395, <8 x float> %153)
  store <8 x float> %154, ptr %152, align 4
  %155 = insertelement <8 x float> poison, float %148, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> poison, <8 x i32> zeroinitializer
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %154, <8 x float> %acc832.0363)
  %158 = or disjoint i64 %151, 8
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta1.0394, <8 x float> %160)
  store <8 x float> %161, ptr %159, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %161, <8 x float> %acc9.0362)
  %163 = or disjoint i64 %151, 16
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta2.0393, <8 x float> %165)
  store <8 x float> %166, ptr %164, align 4
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %166, <8 x float> %acc10.0361)
  %168 = or disjoint i64 %151, 24
  %169 = getelementptr inbounds float, ptr %work, i64 %168
  %170 = load <8 x float>, ptr %169, align 4
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %delta3.0392, <8 x float> %170)
  store <8 x float> %171, ptr %169, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %156, <8 x float> %171, <8 x float> %acc11.0360)
  %173 = or disjoint i64 %i3.addr.0355, 1
  %174 = or disjoint i64 %173, %140
  %175 = getelementptr inbounds float, ptr %kh, i64 %174
  %176 = load float, ptr %175, align 4
  %177 = or disjoint i64 %173, %142
  %178 = getelementptr inbounds float, ptr %kh, i64 %177
  %179 = load float, ptr %178, align 4
  %180 = insertelement <8 x float> poison, float %176, i64 0
  %181 = shufflevector <8 x float> %180, <8 x float> poison, <8 x i32> zeroinitializer
  %182 = shl nuw nsw i64 %173, 5
  %183 = getelementptr inbounds float, ptr %work, i64 %182
  %184 = load <8 x float>, ptr %183, align 4
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta.0395, <8 x float> %184)
  store <8 x float> %185, ptr %183, align 4
  %186 = insertelement <8 x float> poison, float %179, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %185, <8 x float> %acc12.0359)
  %189 = or disjoint i64 %182, 8
  %190 = getelementptr inbounds float, ptr %work, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta1.0394, <8 x float> %191)
  store <8 x float> %192, ptr %190, align 4
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %192, <8 x float> %acc13.0358)
  %194 = or disjoint i64 %182, 16
  %195 = getelementptr inbounds float, ptr %work, i64 %194
  %196 = load <8 x float>, ptr %195, align 4
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta2.0393, <8 x float> %196)
  store <8 x float> %197, ptr %195, align 4
  %198 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %197, <8 x float> %acc14.0357)
  %199 = or disjoint i64 %182, 24
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <8 x float>, ptr %200, align 4
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> %delta3.0392, <8 x float> %201)
  store <8 x float> %202, ptr %200, align 4
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %202, <8 x float> %acc15.0356)
  %i3.next = add nuw nsw i64 %i3.addr.0355, 2
  %204 = icmp ult i64 %i3.addr.0355, 30
  br i1 %204, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %205 = mul nsw i64 %141, %H
  %206 = getelementptr inbounds float, ptr %betah, i64 %205
  %207 = load float, ptr %206, align 4
  %208 = getelementptr inbounds float, ptr %vh, i64 %142
  %209 = load <8 x float>, ptr %208, align 4
  %210 = fadd <8 x float> %188, %157
  %211 = fsub <8 x float> %209, %210
  %212 = insertelement <8 x float> poison, float %207, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> poison, <8 x i32> zeroinitializer
  %214 = fmul <8 x float> %213, %211
  %215 = or disjoint i64 %142, 8
  %216 = getelementptr inbounds float, ptr %vh, i64 %215
  %217 = load <8 x float>, ptr %216, align 4
  %218 = fadd <8 x float> %193, %162
  %219 = fsub <8 x float> %217, %218
  %220 = fmul <8 x float> %213, %219
  %221 = or disjoint i64 %142, 16
  %222 = getelementptr inbounds float, ptr %vh, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = fadd <8 x float> %198, %167
  %225 = fsub <8 x float> %223, %224
  %226 = fmul <8 x float> %213, %225
  %227 = or disjoint i64 %142, 24
  %228 = getelementptr inbounds float, ptr %vh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = fadd <8 x float> %203, %172
  %231 = fsub <8 x float> %229, %230
  %232 = fmul <8 x float> %213, %231
  %233 = or disjoint i64 %139, 2
  %234 = mul nsw i64 %233, %sq
  br label %i4.body

i4.body:                                          ; preds = %i3.exit, %i4.body
  %acc16.0372 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %249, %i4.body ]
  %acc17.0371 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %254, %i4.body ]
  %i4.addr.0370 = phi i64 [ 0, %i3.exit ], [ %i4.next, %i4.body ]
  %acc23.0369 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %295, %i4.body ]
  %acc22.0368 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %290, %i4.body ]
  %acc21.0367 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %285, %i4.body ]
  %acc20.0366 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %280, %i4.body ]
  %acc19.0365 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %264, %i4.body ]
  %acc18.0364 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %259, %i4.body ]
  %235 = or disjoint i64 %i4.addr.0370, %142
  %236 = getelementptr inbounds float, ptr %kh, i64 %235
  %237 = load float, ptr %236, align 4
  %238 = or disjoint i64 %i4.addr.0370, %234
  %239 = getelementptr inbounds float, ptr %kh, i64 %238
  %240 = load float, ptr %239, align 4
  %241 = insertelement <8 x float> poison, float %237, i64 0
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <8 x i32> zeroinitializer
  %243 = shl nuw nsw i64 %i4.addr.0370, 5
  %244 = getelementptr inbounds float, ptr %work, i64 %243
  %245 = load <8 x float>, ptr %244, align 4
  %246 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %214, <8 x float> %245)
  store <8 x float> %246, ptr %244, align 4
  %247 = insertelement <8 x float> poison, float %240, i64 0
  %248 = shufflevector <8 x float> %247, <8 x float> poison, <8 x i32> zeroinitializer
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %246, <8 x float> %acc16.0372)
  %250 = or disjoint i64 %243, 8
  %251 = getelementptr inbounds float, ptr %work, i64 %250
  %252 = load <8 x float>, ptr %251, align 4
  %253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %220, <8 x float> %252)
  store <8 x float> %253, ptr %251, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %253, <8 x float> %acc17.0371)
  %255 = or disjoint i64 %243, 16
  %256 = getelementptr inbounds float, ptr %work, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %226, <8 x float> %257)
  store <8 x float> %258, ptr %256, align 4
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %258, <8 x float> %acc18.0364)
  %260 = or disjoint i64 %243, 24
  %261 = getelementptr inbounds float, ptr %work, i64 %260
  %262 = load <8 x float>, ptr %261, align 4
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %232, <8 x float> %262)
  store <8 x float> %263, ptr %261, align 4
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %263, <8 x float> %acc19.0365)
  %265 = or disjoint i64 %i4.addr.0370, 1
  %266 = or disjoint i64 %265, %142
  %267 = getelementptr inbounds float, ptr %kh, i64 %266
  %268 = load float, ptr %267, align 4
  %269 = or disjoint i64 %265, %234
  %270 = getelementptr inbounds float, ptr %kh, i64 %269
  %271 = load float, ptr %270, align 4
  %272 = insertelement <8 x float> poison, float %268, i64 0
  %273 = shufflevector <8 x float> %272, <8 x float> poison, <8 x i32> zeroinitializer
  %274 = shl nuw nsw i64 %265, 5
  %275 = getelementptr inbounds float, ptr %work, i64 %274
  %276 = load <8 x float>, ptr %275, align 4
  %277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %214, <8 x float> %276)
  store <8 x float> %277, ptr %275, align 4
  %278 = insertelement <8 x float> poison, float %271, i64 0
  %279 = shufflevector <8 x float> %278, <8 x float> poison, <8 x i32> zeroinitializer
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %277, <8 x float> %acc20.0366)
  %281 = or disjoint i64 %274, 8
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <8 x float>, ptr %282, align 4
  %284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %220, <8 x float> %283)
  store <8 x float> %284, ptr %282, align 4
  %285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %284, <8 x float> %acc21.0367)
  %286 = or disjoint i64 %274, 16
  %287 = getelementptr inbounds float, ptr %work, i64 %286
  %288 = load <8 x float>, ptr %287, align 4
  %289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %226, <8 x float> %288)
  store <8 x float> %289, ptr %287, align 4
  %290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %289, <8 x float> %acc22.0368)
  %291 = or disjoint i64 %274, 24
  %292 = getelementptr inbounds float, ptr %work, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %232, <8 x float> %293)
  store <8 x float> %294, ptr %292, align 4
  %295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %294, <8 x float> %acc23.0369)
  %i4.next = add nuw nsw i64 %i4.addr.0370, 2
  %296 = icmp ult i64 %i4.addr.0370, 30
  br i1 %296, label %i4.body, label %i4.exit

i4.exit:                                          ; preds = %i4.body
  %297 = mul nsw i64 %233, %H
  %298 = getelementptr inbounds float, ptr %betah, i64 %297
  %299 = load float, ptr %298, align 4
  %300 = getelementptr inbounds float, ptr %vh, i64 %234
  %301 = load <8 x float>, ptr %300, align 4
  %302 = fadd <8 x float> %280, %249
  %303 = fsub <8 x float> %301, %302
  %304 = insertelement <8 x float> poison, float %299, i64 0
  %305 = shufflevector <8 x float> %304, <8 x float> poison, <8 x i32> zeroinitializer
  %306 = fmul <8 x float> %305, %303
  %307 = or disjoint i64 %234, 8
  %308 = getelementptr inbounds float, ptr %vh, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = fadd <8 x float> %285, %254
  %311 = fsub <8 x float> %309, %310
  %312 = fmul <8 x float> %305, %311
  %313 = or disjoint i64 %234, 16
  %314 = getelementptr inbounds float, ptr %vh, i64 %313
  %315 = load <8 x float>, ptr %314, align 4
  %316 = fadd <8 x float> %259, %290
  %317 = fsub <8 x float> %315, %316
  %318 = fmul <8 x float> %305, %317
  %319 = or disjoint i64 %234, 24
  %320 = getelementptr inbounds float, ptr %vh, i64 %319
  %321 = load <8 x float>, ptr %320, align 4
  %322 = fadd <8 x float> %264, %295
  %323 = fsub <8 x float> %321, %322
  %324 = fmul <8 x float> %305, %323
  %325 = or disjoint i64 %139, 3
  %326 = mul nsw i64 %325, %sq
  br label %i5.body

i5.body:                                          ; preds = %i4.exit, %i5.body
  %i5.addr.0381 = phi i64 [ 0, %i4.exit ], [ %i5.next, %i5.body ]
  %acc31.0380 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %387, %i5.body ]
  %acc30.0379 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %382, %i5.body ]
  %acc29.0378 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %377, %i5.body ]
  %acc28.0377 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %372, %i5.body ]
  %acc27.0376 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %356, %i5.body ]
  %acc26.0375 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %351, %i5.body ]
  %acc25.0374 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %346, %i5.body ]
  %acc24145.0373 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %341, %i5.body ]
  %327 = or disjoint i64 %i5.addr.0381, %234
  %328 = getelementptr inbounds float, ptr %kh, i64 %327
  %329 = load float, ptr %328, align 4
  %330 = or disjoint i64 %i5.addr.0381, %326
  %331 = getelementptr inbounds float, ptr %kh, i64 %330
  %332 = load float, ptr %331, align 4
  %333 = insertelement <8 x float> poison, float %329, i64 0
  %334 = shufflevector <8 x float> %333, <8 x float> poison, <8 x i32> zeroinitializer
  %335 = shl nuw nsw i64 %i5.addr.0381, 5
  %336 = getelementptr inbounds float, ptr %work, i64 %335
  %337 = load <8 x float>, ptr %336, align 4
  %338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %306, <8 x float> %337)
  store <8 x float> %338, ptr %336, align 4
  %339 = insertelement <8 x float> poison, float %332, i64 0
  %340 = shufflevector <8 x float> %339, <8 x float> poison, <8 x i32> zeroinitializer
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %338, <8 x float> %acc24145.0373)
  %342 = or disjoint i64 %335, 8
  %343 = getelementptr inbounds float, ptr %work, i64 %342
  %344 = load <8 x float>, ptr %343, align 4
  %345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %312, <8 x float> %344)
  store <8 x float> %345, ptr %343, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %345, <8 x float> %acc25.0374)
  %347 = or disjoint i64 %335, 16
  %348 = getelementptr inbounds float, ptr %work, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %318, <8 x float> %349)
  store <8 x float> %350, ptr %348, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %350, <8 x float> %acc26.0375)
  %352 = or disjoint i64 %335, 24
  %353 = getelementptr inbounds float, ptr %work, i64 %352
  %354 = load <8 x float>, ptr %353, align 4
  %355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %324, <8 x float> %354)
  store <8 x float> %355, ptr %353, align 4
  %356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %340, <8 x float> %355, <8 x float> %acc27.0376)
  %357 = or disjoint i64 %i5.addr.0381, 1
  %358 = or disjoint i64 %357, %234
  %359 = getelementptr inbounds float, ptr %kh, i64 %358
  %360 = load float, ptr %359, align 4
  %361 = or disjoint i64 %357, %326
  %362 = getelementptr inbounds float, ptr %kh, i64 %361
  %363 = load float, ptr %362, align 4
  %364 = insertelement <8 x float> poison, float %360, i64 0
  %365 = shufflevector <8 x float> %364, <8 x float> poison, <8 x i32> zeroinitializer
  %366 = shl nuw nsw i64 %357, 5
  %367 = getelementptr inbounds float, ptr %work, i64 %366
  %368 = load <8 x float>, ptr %367, align 4
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %306, <8 x float> %368)
  store <8 x float> %369, ptr %367, align 4
  %370 = insertelement <8 x float> poison, float %363, i64 0
  %371 = shufflevector <8 x float> %370, <8 x float> poison, <8 x i32> zeroinitializer
  %372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %369, <8 x float> %acc28.0377)
  %373 = or disjoint i64 %366, 8
  %374 = getelementptr inbounds float, ptr %work, i64 %373
  %375 = load <8 x float>, ptr %374, align 4
  %376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %312, <8 x float> %375)
  store <8 x float> %376, ptr %374, align 4
  %377 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %376, <8 x float> %acc29.0378)
  %378 = or disjoint i64 %366, 16
  %379 = getelementptr inbounds float, ptr %work, i64 %378
  %380 = load <8 x float>, ptr %379, align 4
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %318, <8 x float> %380)
  store <8 x float> %381, ptr %379, align 4
  %382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %381, <8 x float> %acc30.0379)
  %383 = or disjoint i64 %366, 24
  %384 = getelementptr inbounds float, ptr %work, i64 %383
  %385 = load <8 x float>, ptr %384, align 4
  %386 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %324, <8 x float> %385)
  store <8 x float> %386, ptr %384, align 4
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %386, <8 x float> %acc31.0380)
  %i5.next = add nuw nsw i64 %i5.addr.0381, 2
  %388 = icmp ult i64 %i5.addr.0381, 30
  br i1 %388, label %i5.body, label %i5.exit

i5.exit:                                          ; preds = %i5.body
  %tn = tail call i64 @llvm.smin.i64(i64 %138, i64 %4)
  %389 = mul nsw i64 %325, %H
  %390 = getelementptr inbounds float, ptr %betah, i64 %389
  %391 = load float, ptr %390, align 4
  %392 = getelementptr inbounds float, ptr %vh, i64 %326
  %393 = load <8 x float>, ptr %392, align 4
  %394 = fadd <8 x float> %341, %372
  %395 = fsub <8 x float> %393, %394
  %396 = insertelement <8 x float> poison, float %391, i64 0
  %397 = shufflevector <8 x float> %396, <8 x float> poison, <8 x i32> zeroinitializer
  %398 = fmul <8 x float> %397, %395
  %399 = or disjoint i64 %326, 8
  %400 = getelementptr inbounds float, ptr %vh, i64 %399
  %401 = load <8 x float>, ptr %400, align 4
  %402 = fadd <8 x float> %346, %377
  %403 = fsub <8 x float> %401, %402
  %404 = fmul <8 x float> %397, %403
  %405 = or disjoint i64 %326, 16
  %406 = getelementptr inbounds float, ptr %vh, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = fadd <8 x float> %351, %382
  %409 = fsub <8 x float> %407, %408
  %410 = fmul <8 x float> %397, %409
  %411 = or disjoint i64 %326, 24
  %412 = getelementptr inbounds float, ptr %vh, i64 %411
  %413 = load <8 x float>, ptr %412, align 4
  %414 = fadd <8 x float> %356, %387
  %415 = fsub <8 x float> %413, %414
  %416 = fmul <8 x float> %397, %415
  %417 = mul nsw i64 %t.addr.0391, %sq
  %418 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %417
  %invariant.gep488 = getelementptr float, ptr %kh, i64 %418
  br label %i6.body

i6.body:                                          ; preds = %i6.body, %i5.exit
  %i6.addr.0390 = phi i64 [ 0, %i5.exit ], [ %i6.next.1, %i6.body ]
  %acc39.0389 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %488, %i6.body ]
  %acc38.0388 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %482, %i6.body ]
  %acc37.0387 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %476, %i6.body ]
  %acc36.0386 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %470, %i6.body ]
  %acc35.0385 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %487, %i6.body ]
  %acc34.0384 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %481, %i6.body ]
  %acc33.0383 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %475, %i6.body ]
  %acc32.0382 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %467, %i6.body ]
  %419 = or disjoint i64 %i6.addr.0390, %326
  %420 = getelementptr inbounds float, ptr %kh, i64 %419
  %421 = load float, ptr %420, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i6.addr.0390
  %422 = load float, ptr %gep, align 4
  %gep489 = getelementptr float, ptr %invariant.gep488, i64 %i6.addr.0390
  %423 = load float, ptr %gep489, align 4
  %424 = insertelement <8 x float> poison, float %421, i64 0
  %425 = shufflevector <8 x float> %424, <8 x float> poison, <8 x i32> zeroinitializer
  %426 = shl nuw nsw i64 %i6.addr.0390, 5
  %427 = getelementptr inbounds float, ptr %work, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %398, <8 x float> %428)
  store <8 x float> %429, ptr %427, align 4
  %430 = insertelement <8 x float> poison, float %422, i64 0
  %431 = shufflevector <8 x float> %430, <8 x float> poison, <8 x i32> zeroinitializer
  %432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %429, <8 x float> %acc32.0382)
  %433 = insertelement <8 x float> poison, float %423, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %429, <8 x float> %acc36.0386)
  %436 = or disjoint i64 %426, 8
  %437 = getelementptr inbounds float, ptr %work, i64 %436
  %438 = load <8 x float>, ptr %437, align 4
  %439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %404, <8 x float> %438)
  store <8 x float> %439, ptr %437, align 4
  %440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %439, <8 x float> %acc33.0383)
  %441 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %439, <8 x float> %acc37.0387)
  %442 = or disjoint i64 %426, 16
  %443 = getelementptr inbounds float, ptr %work, i64 %442
  %444 = load <8 x float>, ptr %443, align 4
  %445 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %410, <8 x float> %444)
  store <8 x float> %445, ptr %443, align 4
  %446 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %445, <8 x float> %acc34.0384)
  %447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %445, <8 x float> %acc38.0388)
  %448 = or disjoint i64 %426, 24
  %449 = getelementptr inbounds float, ptr %work, i64 %448
  %450 = load <8 x float>, ptr %449, align 4
  %451 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %425, <8 x float> %416, <8 x float> %450)
  store <8 x float> %451, ptr %449, align 4
  %452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %451, <8 x float> %acc35.0385)
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %451, <8 x float> %acc39.0389)
  %i6.next = or disjoint i64 %i6.addr.0390, 1
  %454 = or disjoint i64 %i6.next, %326
  %455 = getelementptr inbounds float, ptr %kh, i64 %454
  %456 = load float, ptr %455, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i6.next
  %457 = load float, ptr %gep.1, align 4
  %gep489.1 = getelementptr float, ptr %invariant.gep488, i64 %i6.next
  %458 = load float, ptr %gep489.1, align 4
  %459 = insertelement <8 x float> poison, float %456, i64 0
  %460 = shufflevector <8 x float> %459, <8 x float> poison, <8 x i32> zeroinitializer
  %461 = shl nuw nsw i64 %i6.next, 5
  %462 = getelementptr inbounds float, ptr %work, i64 %461
  %463 = load <8 x float>, ptr %462, align 4
  %464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %398, <8 x float> %463)
  store <8 x float> %464, ptr %462, align 4
  %465 = insertelement <8 x float> poison, float %457, i64 0
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <8 x i32> zeroinitializer
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %464, <8 x float> %432)
  %468 = insertelement <8 x float> poison, float %458, i64 0
  %469 = shufflevector <8 x float> %468, <8 x float> poison, <8 x i32> zeroinitializer
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> %464, <8 x float> %435)
  %471 = or disjoint i64 %461, 8
  %472 = getelementptr inbounds float, ptr %work, i64 %471
  %473 = load <8 x float>, ptr %472, align 4
  %474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %404, <8 x float> %473)
  store <8 x float> %474, ptr %472, align 4
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %474, <8 x float> %440)
  %476 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> %474, <8 x float> %441)
  %477 = or disjoint i64 %461, 16
  %478 = getelementptr inbounds float, ptr %work, i64 %477
  %479 = load <8 x float>, ptr %478, align 4
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %410, <8 x float> %479)
  store <8 x float> %480, ptr %478, align 4
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %480, <8 x float> %446)
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> %480, <8 x float> %447)
  %483 = or disjoint i64 %461, 24
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <8 x float>, ptr %484, align 4
  %486 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %416, <8 x float> %485)
  store <8 x float> %486, ptr %484, align 4
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %486, <8 x float> %452)
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> %486, <8 x float> %453)
  %i6.next.1 = add nuw nsw i64 %i6.addr.0390, 2
  %exitcond.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %489 = fmul <8 x float> %467, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %490 = getelementptr inbounds float, ptr %oh, i64 %417
  store <8 x float> %489, ptr %490, align 4
  %491 = shl nsw i64 %tn, 2
  %492 = mul nsw i64 %491, %H
  %493 = getelementptr inbounds float, ptr %betah, i64 %492
  %494 = load float, ptr %493, align 4
  %495 = mul nsw i64 %491, %sq
  %496 = getelementptr inbounds float, ptr %vh, i64 %495
  %497 = load <8 x float>, ptr %496, align 4
  %498 = fsub <8 x float> %497, %470
  %499 = insertelement <8 x float> poison, float %494, i64 0
  %500 = shufflevector <8 x float> %499, <8 x float> poison, <8 x i32> zeroinitializer
  %501 = fmul <8 x float> %500, %498
  %502 = fmul <8 x float> %475, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %503 = or disjoint i64 %417, 8
  %504 = getelementptr inbounds float, ptr %oh, i64 %503
  store <8 x float> %502, ptr %504, align 4
  %505 = or disjoint i64 %495, 8
  %506 = getelementptr inbounds float, ptr %vh, i64 %505
  %507 = load <8 x float>, ptr %506, align 4
  %508 = fsub <8 x float> %507, %476
  %509 = fmul <8 x float> %500, %508
  %510 = fmul <8 x float> %481, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %511 = or disjoint i64 %417, 16
  %512 = getelementptr inbounds float, ptr %oh, i64 %511
  store <8 x float> %510, ptr %512, align 4
  %513 = or disjoint i64 %495, 16
  %514 = getelementptr inbounds float, ptr %vh, i64 %513
  %515 = load <8 x float>, ptr %514, align 4
  %516 = fsub <8 x float> %515, %482
  %517 = fmul <8 x float> %500, %516
  %518 = fmul <8 x float> %487, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %519 = or disjoint i64 %417, 24
  %520 = getelementptr inbounds float, ptr %oh, i64 %519
  store <8 x float> %518, ptr %520, align 4
  %521 = or disjoint i64 %495, 24
  %522 = getelementptr inbounds float, ptr %vh, i64 %521
  %523 = load <8 x float>, ptr %522, align 4
  %524 = fsub <8 x float> %523, %488
  %525 = fmul <8 x float> %500, %524
  %526 = icmp slt i64 %138, %t1
  br i1 %526, label %t.body, label %t.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

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
; ---- dp_bwd_h4_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h4_k32_v32_c64_nogate'
source_filename = "dp_bwd_h4_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h4_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 270336
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 307200
  %dSkPrev = getelementptr i8, ptr %work, i64 307328
  %dkTmp = getelementptr i8, ptr %work, i64 307456
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 13
  %5 = getelementptr inbounds i8, ptr %work, i64 274464
  %6 = getelementptr inbounds i8, ptr %work, i64 274496
  %7 = getelementptr inbounds i8, ptr %work, i64 274528
  %8 = getelementptr inbounds i8, ptr %work, i64 274560
  %9 = getelementptr inbounds i8, ptr %work, i64 274592
  %10 = getelementptr inbounds i8, ptr %work, i64 274624
  %11 = getelementptr inbounds i8, ptr %work, i64 274656
  %12 = getelementptr inbounds i8, ptr %work, i64 274688
  %13 = getelementptr inbounds i8, ptr %work, i64 274720
  %14 = getelementptr inbounds i8, ptr %work, i64 274752
  %15 = getelementptr inbounds i8, ptr %work, i64 274784
  %16 = getelementptr inbounds i8, ptr %work, i64 274816
  %17 = getelementptr inbounds i8, ptr %work, i64 274848
  %18 = getelementptr inbounds i8, ptr %work, i64 274880
  %19 = getelementptr inbounds i8, ptr %work, i64 274912
  %20 = shl i64 %H, 7
  %21 = getelementptr inbounds i8, ptr %work, i64 307360
  %22 = getelementptr inbounds i8, ptr %work, i64 307392
  %23 = getelementptr inbounds i8, ptr %work, i64 307424
  %24 = getelementptr inbounds i8, ptr %work, i64 307232
  %25 = getelementptr inbounds i8, ptr %work, i64 307264
  %26 = getelementptr inbounds i8, ptr %work, i64 307296
  %27 = add nsw i64 %bh0, 1
  %28 = mul i64 %nc, %27
  %29 = shl i64 %28, 12
  %30 = add i64 %29, -4096
  %31 = shl i64 %nc, 12
  %32 = shl nsw i64 %nc, 6
  %33 = add i64 %32, 144115188075855808
  %34 = mul i64 %33, %H
  %35 = mul i64 %H, -8192
  %36 = add i64 %T, 64
  %37 = sub i64 %36, %32
  %smax1180 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %38 = sub i64 %bh1, %bh0
  %39 = getelementptr i8, ptr %work, i64 307488
  %40 = getelementptr i8, ptr %work, i64 307520
  %41 = getelementptr i8, ptr %work, i64 307552
  %42 = getelementptr i8, ptr %work, i64 274464
  %43 = getelementptr i8, ptr %work, i64 274496
  %44 = getelementptr i8, ptr %work, i64 274528
  %45 = getelementptr i8, ptr %work, i64 307360
  %46 = getelementptr i8, ptr %work, i64 307392
  %47 = getelementptr i8, ptr %work, i64 307424
  %48 = getelementptr i8, ptr %work, i64 307488
  %49 = getelementptr i8, ptr %work, i64 307520
  %50 = getelementptr i8, ptr %work, i64 307552
  %51 = getelementptr i8, ptr %work, i64 307488
  %52 = getelementptr i8, ptr %work, i64 307520
  %53 = getelementptr i8, ptr %work, i64 307552
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i40.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i40.head.preheader ]
  %bh.addr.01094 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i40.head.preheader ]
  %54 = add i64 %indvar, %bh0
  %55 = shl i64 %54, 12
  %scevgep1184 = getelementptr i8, ptr %dh0, i64 %55
  %56 = mul i64 %31, %indvar
  %57 = add i64 %30, %56
  %scevgep1157 = getelementptr i8, ptr %dhT, i64 %55
  %b = sdiv i64 %bh.addr.01094, %H
  %h = srem i64 %bh.addr.01094, %H
  %58 = mul i64 %b, %T
  %59 = mul i64 %58, %H
  %bT = add i64 %59, %h
  %60 = mul i64 %1, %58
  %bTn = add nsw i64 %60, %h
  %61 = shl nsw i64 %bT, 5
  %62 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %62
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %62
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep1157, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %62
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %62
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %61
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %61
  %oh = getelementptr inbounds float, ptr %dout, i64 %61
  br i1 %3, label %cc.body.lr.ph, label %i40.head.preheader

bh.exit:                                          ; preds = %i40.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %63 = add i64 %34, %bT
  %64 = shl i64 %63, 7
  %65 = getelementptr i8, ptr %dq, i64 %64
  %66 = getelementptr i8, ptr %kh1, i64 32
  %67 = getelementptr i8, ptr %kh1, i64 64
  %68 = getelementptr i8, ptr %kh1, i64 96
  %69 = getelementptr i8, ptr %vh1, i64 32
  %70 = getelementptr i8, ptr %vh1, i64 64
  %71 = getelementptr i8, ptr %vh1, i64 96
  %72 = getelementptr i8, ptr %kh1, i64 32
  %73 = getelementptr i8, ptr %kh1, i64 64
  %74 = getelementptr i8, ptr %kh1, i64 96
  br label %cc.body

i40.head.preheader:                               ; preds = %j21.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep1184, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.01094, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond1185.not = icmp eq i64 %indvar.next, %38
  br i1 %exitcond1185.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j21.body.preheader
  %indvars.iv = phi i64 [ %37, %cc.body.lr.ph ], [ %indvars.iv.next, %j21.body.preheader ]
  %cc.addr.01091 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j21.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin1176 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax1177 = tail call i64 @llvm.smax.i64(i64 %smin1176, i64 1)
  %smax1169 = tail call i64 @llvm.smax.i64(i64 %smin1176, i64 2)
  %75 = shl i64 %cc.addr.01091, 12
  %76 = sub i64 %57, %75
  %scevgep1159 = getelementptr i8, ptr %hs, i64 %76
  %77 = xor i64 %cc.addr.01091, -1
  %ci = add nsw i64 %nc, %77
  %t0 = shl nsw i64 %ci, 6
  %78 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep1159, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %78, i64 64)
  %79 = icmp sgt i64 %78, 0
  br i1 %79, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %80 = mul i64 %35, %cc.addr.01091
  %81 = getelementptr i8, ptr %65, i64 %80
  %xtraiter = and i64 %smax, 7
  %82 = icmp slt i64 %indvars.iv, 8
  br i1 %82, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0993.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0993.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0993.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %83 = mul i64 %20, %tl.addr.0993.epil
  %scevgep.epil = getelementptr i8, ptr %81, i64 %83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0993.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %84 = mul i64 %4, %ci
  %invariant.gep = getelementptr float, ptr %kh, i64 %84
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0993 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %85 = mul i64 %20, %tl.addr.0993
  %scevgep = getelementptr i8, ptr %81, i64 %85
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0993, 1
  %86 = mul i64 %20, %tl.next
  %scevgep.1 = getelementptr i8, ptr %81, i64 %86
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0993, 2
  %87 = mul i64 %20, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %81, i64 %87
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0993, 3
  %88 = mul i64 %20, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %81, i64 %88
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0993, 4
  %89 = mul i64 %20, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %81, i64 %89
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0993, 5
  %90 = mul i64 %20, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %81, i64 %90
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0993, 6
  %91 = mul i64 %20, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %81, i64 %91
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0993, 7
  %92 = mul i64 %20, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %81, i64 %92
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0993, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0998 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %169, %i4.body ]
  %acc1.0997 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %174, %i4.body ]
  %acc2.0996 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %179, %i4.body ]
  %acc3.0995 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %184, %i4.body ]
  %i4.addr.0994 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0994
  %93 = load float, ptr %gep, align 4
  %94 = shl nuw nsw i64 %i4.addr.0994, 5
  %95 = getelementptr inbounds float, ptr %work, i64 %94
  %96 = load <8 x float>, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %Sh, i64 %94
  store <8 x float> %96, ptr %97, align 4
  %98 = insertelement <8 x float> poison, float %93, i64 0
  %99 = shufflevector <8 x float> %98, <8 x float> poison, <8 x i32> zeroinitializer
  %100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %96, <8 x float> %acc.0998)
  %101 = or disjoint i64 %94, 8
  %102 = getelementptr inbounds float, ptr %work, i64 %101
  %103 = load <8 x float>, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %Sh, i64 %101
  store <8 x float> %103, ptr %104, align 4
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %103, <8 x float> %acc1.0997)
  %106 = or disjoint i64 %94, 16
  %107 = getelementptr inbounds float, ptr %work, i64 %106
  %108 = load <8 x float>, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %Sh, i64 %106
  store <8 x float> %108, ptr %109, align 4
  %110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %108, <8 x float> %acc2.0996)
  %111 = or disjoint i64 %94, 24
  %112 = getelementptr inbounds float, ptr %work, i64 %111
  %113 = load <8 x float>, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %Sh, i64 %111
  store <8 x float> %113, ptr %114, align 4
  %115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %113, <8 x float> %acc3.0995)
  %i4.next = or disjoint i64 %i4.addr.0994, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %116 = load float, ptr %gep.1, align 4
  %117 = shl nuw nsw i64 %i4.next, 5
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %Sh, i64 %117
  store <8 x float> %119, ptr %120, align 4
  %121 = insertelement <8 x float> poison, float %116, i64 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %119, <8 x float> %100)
  %124 = or disjoint i64 %117, 8
  %125 = getelementptr inbounds float, ptr %work, i64 %124
  %126 = load <8 x float>, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %Sh, i64 %124
  store <8 x float> %126, ptr %127, align 4
  %128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %126, <8 x float> %105)
  %129 = or disjoint i64 %117, 16
  %130 = getelementptr inbounds float, ptr %work, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = getelementptr inbounds float, ptr %Sh, i64 %129
  store <8 x float> %131, ptr %132, align 4
  %133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %131, <8 x float> %110)
  %134 = or disjoint i64 %117, 24
  %135 = getelementptr inbounds float, ptr %work, i64 %134
  %136 = load <8 x float>, ptr %135, align 4
  %137 = getelementptr inbounds float, ptr %Sh, i64 %134
  store <8 x float> %136, ptr %137, align 4
  %138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %136, <8 x float> %115)
  %i4.next.1 = or disjoint i64 %i4.addr.0994, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %139 = load float, ptr %gep.2, align 4
  %140 = shl nuw nsw i64 %i4.next.1, 5
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <8 x float>, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %Sh, i64 %140
  store <8 x float> %142, ptr %143, align 4
  %144 = insertelement <8 x float> poison, float %139, i64 0
  %145 = shufflevector <8 x float> %144, <8 x float> poison, <8 x i32> zeroinitializer
  %146 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %142, <8 x float> %123)
  %147 = or disjoint i64 %140, 8
  %148 = getelementptr inbounds float, ptr %work, i64 %147
  %149 = load <8 x float>, ptr %148, align 4
  %150 = getelementptr inbounds float, ptr %Sh, i64 %147
  store <8 x float> %149, ptr %150, align 4
  %151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %149, <8 x float> %128)
  %152 = or disjoint i64 %140, 16
  %153 = getelementptr inbounds float, ptr %work, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %Sh, i64 %152
  store <8 x float> %154, ptr %155, align 4
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %154, <8 x float> %133)
  %157 = or disjoint i64 %140, 24
  %158 = getelementptr inbounds float, ptr %work, i64 %157
  %159 = load <8 x float>, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %Sh, i64 %157
  store <8 x float> %159, ptr %160, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %159, <8 x float> %138)
  %i4.next.2 = or disjoint i64 %i4.addr.0994, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %162 = load float, ptr %gep.3, align 4
  %163 = shl nuw nsw i64 %i4.next.2, 5
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %Sh, i64 %163
  store <8 x float> %165, ptr %166, align 4
  %167 = insertelement <8 x float> poison, float %162, i64 0
  %168 = shufflevector <8 x float> %167, <8 x float> poison, <8 x i32> zeroinitializer
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %165, <8 x float> %146)
  %170 = or disjoint i64 %163, 8
  %171 = getelementptr inbounds float, ptr %work, i64 %170
  %172 = load <8 x float>, ptr %171, align 4
  %173 = getelementptr inbounds float, ptr %Sh, i64 %170
  store <8 x float> %172, ptr %173, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %172, <8 x float> %151)
  %175 = or disjoint i64 %163, 16
  %176 = getelementptr inbounds float, ptr %work, i64 %175
  %177 = load <8 x float>, ptr %176, align 4
  %178 = getelementptr inbounds float, ptr %Sh, i64 %175
  store <8 x float> %177, ptr %178, align 4
  %179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %177, <8 x float> %156)
  %180 = or disjoint i64 %163, 24
  %181 = getelementptr inbounds float, ptr %work, i64 %180
  %182 = load <8 x float>, ptr %181, align 4
  %183 = getelementptr inbounds float, ptr %Sh, i64 %180
  store <8 x float> %182, ptr %183, align 4
  %184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %182, <8 x float> %161)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0994, 4
  %exitcond1160.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond1160.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %185 = shl nsw i64 %ci, 8
  %186 = mul nsw i64 %185, %H
  %187 = getelementptr inbounds float, ptr %betah, i64 %186
  %188 = load float, ptr %187, align 4
  %189 = mul nsw i64 %185, %sq
  %190 = getelementptr inbounds float, ptr %vh, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = fsub <8 x float> %191, %169
  store <8 x float> %192, ptr %R, align 4
  %193 = insertelement <8 x float> poison, float %188, i64 0
  %194 = shufflevector <8 x float> %193, <8 x float> poison, <8 x i32> zeroinitializer
  %195 = fmul <8 x float> %194, %192
  %196 = or disjoint i64 %189, 8
  %197 = getelementptr inbounds float, ptr %vh, i64 %196
  %198 = load <8 x float>, ptr %197, align 4
  %199 = fsub <8 x float> %198, %174
  store <8 x float> %199, ptr %5, align 4
  %200 = fmul <8 x float> %194, %199
  %201 = or disjoint i64 %189, 16
  %202 = getelementptr inbounds float, ptr %vh, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = fsub <8 x float> %203, %179
  store <8 x float> %204, ptr %6, align 4
  %205 = fmul <8 x float> %194, %204
  %206 = or disjoint i64 %189, 24
  %207 = getelementptr inbounds float, ptr %vh, i64 %206
  %208 = load <8 x float>, ptr %207, align 4
  %209 = fsub <8 x float> %208, %184
  store <8 x float> %209, ptr %7, align 4
  %210 = fmul <8 x float> %194, %209
  %211 = or disjoint i64 %185, 1
  %212 = mul nsw i64 %211, %sq
  %invariant.gep1237 = getelementptr float, ptr %kh, i64 %212
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.01003 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %258, %i5.body ]
  %acc536.01002 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %264, %i5.body ]
  %acc6.01001 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %270, %i5.body ]
  %acc7.01000 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %276, %i5.body ]
  %i5.addr.0999 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %213 = or disjoint i64 %i5.addr.0999, %189
  %214 = getelementptr inbounds float, ptr %kh, i64 %213
  %215 = load float, ptr %214, align 4
  %gep1238 = getelementptr float, ptr %invariant.gep1237, i64 %i5.addr.0999
  %216 = load float, ptr %gep1238, align 4
  %217 = insertelement <8 x float> poison, float %215, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = shl nuw nsw i64 %i5.addr.0999, 5
  %220 = getelementptr inbounds float, ptr %Sh, i64 %219
  %221 = load <8 x float>, ptr %220, align 4
  %222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %195, <8 x float> %221)
  %223 = getelementptr inbounds float, ptr %Sroll, i64 %219
  store <8 x float> %222, ptr %223, align 4
  %224 = insertelement <8 x float> poison, float %216, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %222, <8 x float> %acc4.01003)
  %227 = or disjoint i64 %219, 8
  %228 = getelementptr inbounds float, ptr %Sh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %200, <8 x float> %229)
  %231 = getelementptr inbounds float, ptr %Sroll, i64 %227
  store <8 x float> %230, ptr %231, align 4
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %230, <8 x float> %acc536.01002)
  %233 = or disjoint i64 %219, 16
  %234 = getelementptr inbounds float, ptr %Sh, i64 %233
  %235 = load <8 x float>, ptr %234, align 4
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %205, <8 x float> %235)
  %237 = getelementptr inbounds float, ptr %Sroll, i64 %233
  store <8 x float> %236, ptr %237, align 4
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %236, <8 x float> %acc6.01001)
  %239 = or disjoint i64 %219, 24
  %240 = getelementptr inbounds float, ptr %Sh, i64 %239
  %241 = load <8 x float>, ptr %240, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %210, <8 x float> %241)
  %243 = getelementptr inbounds float, ptr %Sroll, i64 %239
  store <8 x float> %242, ptr %243, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %242, <8 x float> %acc7.01000)
  %i5.next = or disjoint i64 %i5.addr.0999, 1
  %245 = or disjoint i64 %i5.next, %189
  %246 = getelementptr inbounds float, ptr %kh, i64 %245
  %247 = load float, ptr %246, align 4
  %gep1238.1 = getelementptr float, ptr %invariant.gep1237, i64 %i5.next
  %248 = load float, ptr %gep1238.1, align 4
  %249 = insertelement <8 x float> poison, float %247, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = shl nuw nsw i64 %i5.next, 5
  %252 = getelementptr inbounds float, ptr %Sh, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %195, <8 x float> %253)
  %255 = getelementptr inbounds float, ptr %Sroll, i64 %251
  store <8 x float> %254, ptr %255, align 4
  %256 = insertelement <8 x float> poison, float %248, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %254, <8 x float> %226)
  %259 = or disjoint i64 %251, 8
  %260 = getelementptr inbounds float, ptr %Sh, i64 %259
  %261 = load <8 x float>, ptr %260, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %200, <8 x float> %261)
  %263 = getelementptr inbounds float, ptr %Sroll, i64 %259
  store <8 x float> %262, ptr %263, align 4
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %262, <8 x float> %232)
  %265 = or disjoint i64 %251, 16
  %266 = getelementptr inbounds float, ptr %Sh, i64 %265
  %267 = load <8 x float>, ptr %266, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %205, <8 x float> %267)
  %269 = getelementptr inbounds float, ptr %Sroll, i64 %265
  store <8 x float> %268, ptr %269, align 4
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %268, <8 x float> %238)
  %271 = or disjoint i64 %251, 24
  %272 = getelementptr inbounds float, ptr %Sh, i64 %271
  %273 = load <8 x float>, ptr %272, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %210, <8 x float> %273)
  %275 = getelementptr inbounds float, ptr %Sroll, i64 %271
  store <8 x float> %274, ptr %275, align 4
  %276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %274, <8 x float> %244)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0999, 2
  %exitcond1161.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond1161.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %277 = mul nsw i64 %211, %H
  %278 = getelementptr inbounds float, ptr %betah, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = getelementptr inbounds float, ptr %vh, i64 %212
  %281 = load <8 x float>, ptr %280, align 4
  %282 = fsub <8 x float> %281, %258
  store <8 x float> %282, ptr %8, align 4
  %283 = insertelement <8 x float> poison, float %279, i64 0
  %284 = shufflevector <8 x float> %283, <8 x float> poison, <8 x i32> zeroinitializer
  %285 = fmul <8 x float> %284, %282
  %286 = or disjoint i64 %212, 8
  %287 = getelementptr inbounds float, ptr %vh, i64 %286
  %288 = load <8 x float>, ptr %287, align 4
  %289 = fsub <8 x float> %288, %264
  store <8 x float> %289, ptr %9, align 4
  %290 = fmul <8 x float> %284, %289
  %291 = or disjoint i64 %212, 16
  %292 = getelementptr inbounds float, ptr %vh, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = fsub <8 x float> %293, %270
  store <8 x float> %294, ptr %10, align 4
  %295 = fmul <8 x float> %284, %294
  %296 = or disjoint i64 %212, 24
  %297 = getelementptr inbounds float, ptr %vh, i64 %296
  %298 = load <8 x float>, ptr %297, align 4
  %299 = fsub <8 x float> %298, %276
  store <8 x float> %299, ptr %11, align 4
  %300 = fmul <8 x float> %284, %299
  %301 = or disjoint i64 %185, 2
  %302 = mul nsw i64 %301, %sq
  %invariant.gep1239 = getelementptr float, ptr %kh, i64 %302
  br label %i6.body

i6.body:                                          ; preds = %i6.body, %i5.exit
  %acc8.01008 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %343, %i6.body ]
  %acc9.01007 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %348, %i6.body ]
  %acc10.01006 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %353, %i6.body ]
  %acc11.01005 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %358, %i6.body ]
  %i6.addr.01004 = phi i64 [ 0, %i5.exit ], [ %i6.next.1, %i6.body ]
  %303 = or disjoint i64 %i6.addr.01004, %212
  %304 = getelementptr inbounds float, ptr %kh, i64 %303
  %305 = load float, ptr %304, align 4
  %gep1240 = getelementptr float, ptr %invariant.gep1239, i64 %i6.addr.01004
  %306 = load float, ptr %gep1240, align 4
  %307 = insertelement <8 x float> poison, float %305, i64 0
  %308 = shufflevector <8 x float> %307, <8 x float> poison, <8 x i32> zeroinitializer
  %309 = shl nuw nsw i64 %i6.addr.01004, 5
  %310 = getelementptr inbounds float, ptr %Sroll, i64 %309
  %311 = load <8 x float>, ptr %310, align 4
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %285, <8 x float> %311)
  store <8 x float> %312, ptr %310, align 4
  %313 = insertelement <8 x float> poison, float %306, i64 0
  %314 = shufflevector <8 x float> %313, <8 x float> poison, <8 x i32> zeroinitializer
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %312, <8 x float> %acc8.01008)
  %316 = or disjoint i64 %309, 8
  %317 = getelementptr inbounds float, ptr %Sroll, i64 %316
  %318 = load <8 x float>, ptr %317, align 4
  %319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %290, <8 x float> %318)
  store <8 x float> %319, ptr %317, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %319, <8 x float> %acc9.01007)
  %321 = or disjoint i64 %309, 16
  %322 = getelementptr inbounds float, ptr %Sroll, i64 %321
  %323 = load <8 x float>, ptr %322, align 4
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %295, <8 x float> %323)
  store <8 x float> %324, ptr %322, align 4
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %324, <8 x float> %acc10.01006)
  %326 = or disjoint i64 %309, 24
  %327 = getelementptr inbounds float, ptr %Sroll, i64 %326
  %328 = load <8 x float>, ptr %327, align 4
  %329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %300, <8 x float> %328)
  store <8 x float> %329, ptr %327, align 4
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %329, <8 x float> %acc11.01005)
  %i6.next = or disjoint i64 %i6.addr.01004, 1
  %331 = or disjoint i64 %i6.next, %212
  %332 = getelementptr inbounds float, ptr %kh, i64 %331
  %333 = load float, ptr %332, align 4
  %gep1240.1 = getelementptr float, ptr %invariant.gep1239, i64 %i6.next
  %334 = load float, ptr %gep1240.1, align 4
  %335 = insertelement <8 x float> poison, float %333, i64 0
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <8 x i32> zeroinitializer
  %337 = shl nuw nsw i64 %i6.next, 5
  %338 = getelementptr inbounds float, ptr %Sroll, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %285, <8 x float> %339)
  store <8 x float> %340, ptr %338, align 4
  %341 = insertelement <8 x float> poison, float %334, i64 0
  %342 = shufflevector <8 x float> %341, <8 x float> poison, <8 x i32> zeroinitializer
  %343 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %340, <8 x float> %315)
  %344 = or disjoint i64 %337, 8
  %345 = getelementptr inbounds float, ptr %Sroll, i64 %344
  %346 = load <8 x float>, ptr %345, align 4
  %347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %290, <8 x float> %346)
  store <8 x float> %347, ptr %345, align 4
  %348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %347, <8 x float> %320)
  %349 = or disjoint i64 %337, 16
  %350 = getelementptr inbounds float, ptr %Sroll, i64 %349
  %351 = load <8 x float>, ptr %350, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %295, <8 x float> %351)
  store <8 x float> %352, ptr %350, align 4
  %353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %352, <8 x float> %325)
  %354 = or disjoint i64 %337, 24
  %355 = getelementptr inbounds float, ptr %Sroll, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %300, <8 x float> %356)
  store <8 x float> %357, ptr %355, align 4
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %357, <8 x float> %330)
  %i6.next.1 = add nuw nsw i64 %i6.addr.01004, 2
  %exitcond1162.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond1162.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %359 = mul nsw i64 %301, %H
  %360 = getelementptr inbounds float, ptr %betah, i64 %359
  %361 = load float, ptr %360, align 4
  %362 = getelementptr inbounds float, ptr %vh, i64 %302
  %363 = load <8 x float>, ptr %362, align 4
  %364 = fsub <8 x float> %363, %343
  store <8 x float> %364, ptr %12, align 4
  %365 = insertelement <8 x float> poison, float %361, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> poison, <8 x i32> zeroinitializer
  %367 = fmul <8 x float> %366, %364
  %368 = or disjoint i64 %302, 8
  %369 = getelementptr inbounds float, ptr %vh, i64 %368
  %370 = load <8 x float>, ptr %369, align 4
  %371 = fsub <8 x float> %370, %348
  store <8 x float> %371, ptr %13, align 4
  %372 = fmul <8 x float> %366, %371
  %373 = or disjoint i64 %302, 16
  %374 = getelementptr inbounds float, ptr %vh, i64 %373
  %375 = load <8 x float>, ptr %374, align 4
  %376 = fsub <8 x float> %375, %353
  store <8 x float> %376, ptr %14, align 4
  %377 = fmul <8 x float> %366, %376
  %378 = or disjoint i64 %302, 24
  %379 = getelementptr inbounds float, ptr %vh, i64 %378
  %380 = load <8 x float>, ptr %379, align 4
  %381 = fsub <8 x float> %380, %358
  store <8 x float> %381, ptr %15, align 4
  %382 = fmul <8 x float> %366, %381
  %383 = or disjoint i64 %185, 3
  %384 = mul nsw i64 %383, %sq
  %invariant.gep1241 = getelementptr float, ptr %kh, i64 %384
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.01013 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %425, %i7.body ]
  %acc13.01012 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %430, %i7.body ]
  %acc14.01011 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %435, %i7.body ]
  %acc15.01010 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %440, %i7.body ]
  %i7.addr.01009 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %385 = or disjoint i64 %i7.addr.01009, %302
  %386 = getelementptr inbounds float, ptr %kh, i64 %385
  %387 = load float, ptr %386, align 4
  %gep1242 = getelementptr float, ptr %invariant.gep1241, i64 %i7.addr.01009
  %388 = load float, ptr %gep1242, align 4
  %389 = insertelement <8 x float> poison, float %387, i64 0
  %390 = shufflevector <8 x float> %389, <8 x float> poison, <8 x i32> zeroinitializer
  %391 = shl nuw nsw i64 %i7.addr.01009, 5
  %392 = getelementptr inbounds float, ptr %Sroll, i64 %391
  %393 = load <8 x float>, ptr %392, align 4
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %367, <8 x float> %393)
  store <8 x float> %394, ptr %392, align 4
  %395 = insertelement <8 x float> poison, float %388, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %394, <8 x float> %acc12.01013)
  %398 = or disjoint i64 %391, 8
  %399 = getelementptr inbounds float, ptr %Sroll, i64 %398
  %400 = load <8 x float>, ptr %399, align 4
  %401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %372, <8 x float> %400)
  store <8 x float> %401, ptr %399, align 4
  %402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %401, <8 x float> %acc13.01012)
  %403 = or disjoint i64 %391, 16
  %404 = getelementptr inbounds float, ptr %Sroll, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %377, <8 x float> %405)
  store <8 x float> %406, ptr %404, align 4
  %407 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %406, <8 x float> %acc14.01011)
  %408 = or disjoint i64 %391, 24
  %409 = getelementptr inbounds float, ptr %Sroll, i64 %408
  %410 = load <8 x float>, ptr %409, align 4
  %411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %382, <8 x float> %410)
  store <8 x float> %411, ptr %409, align 4
  %412 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %411, <8 x float> %acc15.01010)
  %i7.next = or disjoint i64 %i7.addr.01009, 1
  %413 = or disjoint i64 %i7.next, %302
  %414 = getelementptr inbounds float, ptr %kh, i64 %413
  %415 = load float, ptr %414, align 4
  %gep1242.1 = getelementptr float, ptr %invariant.gep1241, i64 %i7.next
  %416 = load float, ptr %gep1242.1, align 4
  %417 = insertelement <8 x float> poison, float %415, i64 0
  %418 = shufflevector <8 x float> %417, <8 x float> poison, <8 x i32> zeroinitializer
  %419 = shl nuw nsw i64 %i7.next, 5
  %420 = getelementptr inbounds float, ptr %Sroll, i64 %419
  %421 = load <8 x float>, ptr %420, align 4
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %367, <8 x float> %421)
  store <8 x float> %422, ptr %420, align 4
  %423 = insertelement <8 x float> poison, float %416, i64 0
  %424 = shufflevector <8 x float> %423, <8 x float> poison, <8 x i32> zeroinitializer
  %425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %422, <8 x float> %397)
  %426 = or disjoint i64 %419, 8
  %427 = getelementptr inbounds float, ptr %Sroll, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %372, <8 x float> %428)
  store <8 x float> %429, ptr %427, align 4
  %430 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %429, <8 x float> %402)
  %431 = or disjoint i64 %419, 16
  %432 = getelementptr inbounds float, ptr %Sroll, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %377, <8 x float> %433)
  store <8 x float> %434, ptr %432, align 4
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %434, <8 x float> %407)
  %436 = or disjoint i64 %419, 24
  %437 = getelementptr inbounds float, ptr %Sroll, i64 %436
  %438 = load <8 x float>, ptr %437, align 4
  %439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %382, <8 x float> %438)
  store <8 x float> %439, ptr %437, align 4
  %440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %439, <8 x float> %412)
  %i7.next.1 = add nuw nsw i64 %i7.addr.01009, 2
  %exitcond1163.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond1163.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %441 = mul nsw i64 %383, %H
  %442 = getelementptr inbounds float, ptr %betah, i64 %441
  %443 = load float, ptr %442, align 4
  %444 = getelementptr inbounds float, ptr %vh, i64 %384
  %445 = load <8 x float>, ptr %444, align 4
  %446 = fsub <8 x float> %445, %425
  store <8 x float> %446, ptr %16, align 4
  %447 = insertelement <8 x float> poison, float %443, i64 0
  %448 = shufflevector <8 x float> %447, <8 x float> poison, <8 x i32> zeroinitializer
  %449 = fmul <8 x float> %448, %446
  %450 = or disjoint i64 %384, 8
  %451 = getelementptr inbounds float, ptr %vh, i64 %450
  %452 = load <8 x float>, ptr %451, align 4
  %453 = fsub <8 x float> %452, %430
  store <8 x float> %453, ptr %17, align 4
  %454 = fmul <8 x float> %448, %453
  %455 = or disjoint i64 %384, 16
  %456 = getelementptr inbounds float, ptr %vh, i64 %455
  %457 = load <8 x float>, ptr %456, align 4
  %458 = fsub <8 x float> %457, %435
  store <8 x float> %458, ptr %18, align 4
  %459 = fmul <8 x float> %448, %458
  %460 = or disjoint i64 %384, 24
  %461 = getelementptr inbounds float, ptr %vh, i64 %460
  %462 = load <8 x float>, ptr %461, align 4
  %463 = fsub <8 x float> %462, %440
  store <8 x float> %463, ptr %19, align 4
  %464 = fmul <8 x float> %448, %463
  %465 = icmp sgt i64 %78, 1
  br i1 %465, label %i8.head.preheader.lr.ph, label %tl1.exit

i8.head.preheader.lr.ph:                          ; preds = %i7.exit
  %466 = add i64 %t0, -1
  br label %i8.head.preheader

i8.head.preheader:                                ; preds = %i8.head.preheader.lr.ph, %i11.exit
  %delta.01038 = phi <8 x float> [ %449, %i8.head.preheader.lr.ph ], [ %854, %i11.exit ]
  %delta1.01037 = phi <8 x float> [ %454, %i8.head.preheader.lr.ph ], [ %861, %i11.exit ]
  %delta2.01036 = phi <8 x float> [ %459, %i8.head.preheader.lr.ph ], [ %868, %i11.exit ]
  %delta3.01035 = phi <8 x float> [ %464, %i8.head.preheader.lr.ph ], [ %875, %i11.exit ]
  %tl1.addr.01034 = phi i64 [ 1, %i8.head.preheader.lr.ph ], [ %tl1.next, %i11.exit ]
  %467 = add i64 %466, %tl1.addr.01034
  %468 = shl nsw i64 %467, 2
  %469 = or disjoint i64 %468, 3
  %470 = mul nsw i64 %469, %sq
  %471 = add nsw i64 %tl1.addr.01034, %t0
  %472 = mul i64 %20, %471
  %473 = mul nsw i64 %467, %sq
  %474 = getelementptr inbounds float, ptr %oh, i64 %473
  %475 = load <8 x float>, ptr %474, align 4
  %476 = shl nsw i64 %tl1.addr.01034, 10
  %477 = or disjoint i64 %473, 8
  %478 = getelementptr inbounds float, ptr %oh, i64 %477
  %479 = load <8 x float>, ptr %478, align 4
  %480 = or disjoint i64 %473, 16
  %481 = getelementptr inbounds float, ptr %oh, i64 %480
  %482 = load <8 x float>, ptr %481, align 4
  %483 = or disjoint i64 %473, 24
  %484 = getelementptr inbounds float, ptr %oh, i64 %483
  %485 = load <8 x float>, ptr %484, align 4
  br label %i8.body

tl1.exit:                                         ; preds = %i11.exit, %i7.exit
  %delta3.0.lcssa = phi <8 x float> [ %464, %i7.exit ], [ %875, %i11.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %459, %i7.exit ], [ %868, %i11.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %454, %i7.exit ], [ %861, %i11.exit ]
  %delta.0.lcssa = phi <8 x float> [ %449, %i7.exit ], [ %854, %i11.exit ]
  %tlast = add nsw i64 %L, -1
  %486 = add nsw i64 %tlast, %t0
  %487 = shl nsw i64 %486, 2
  %488 = or disjoint i64 %487, 3
  %489 = mul nsw i64 %488, %sq
  %490 = mul nsw i64 %486, %sq
  %491 = getelementptr inbounds float, ptr %oh, i64 %490
  %492 = load <8 x float>, ptr %491, align 4
  %493 = or disjoint i64 %490, 8
  %494 = getelementptr inbounds float, ptr %oh, i64 %493
  %495 = load <8 x float>, ptr %494, align 4
  %496 = or disjoint i64 %490, 16
  %497 = getelementptr inbounds float, ptr %oh, i64 %496
  %498 = load <8 x float>, ptr %497, align 4
  %499 = or disjoint i64 %490, 24
  %500 = getelementptr inbounds float, ptr %oh, i64 %499
  %501 = load <8 x float>, ptr %500, align 4
  %invariant.gep1249 = getelementptr float, ptr %kh, i64 %489
  br label %i12.body

i8.body:                                          ; preds = %i8.head.preheader, %i8.body
  %acc16.01018 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %518, %i8.body ]
  %acc17.01017 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %526, %i8.body ]
  %acc18.01016 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %534, %i8.body ]
  %acc19160.01015 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %542, %i8.body ]
  %i8.addr.01014 = phi i64 [ 0, %i8.head.preheader ], [ %i8.next, %i8.body ]
  %502 = getelementptr float, ptr %kh, i64 %i8.addr.01014
  %503 = getelementptr float, ptr %502, i64 %470
  %504 = load float, ptr %503, align 4
  %505 = getelementptr float, ptr %502, i64 %472
  %506 = load float, ptr %505, align 4
  %507 = insertelement <8 x float> poison, float %504, i64 0
  %508 = shufflevector <8 x float> %507, <8 x float> poison, <8 x i32> zeroinitializer
  %509 = shl nuw nsw i64 %i8.addr.01014, 5
  %510 = getelementptr inbounds float, ptr %Sroll, i64 %509
  %511 = load <8 x float>, ptr %510, align 4
  %512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta.01038, <8 x float> %511)
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> %475, <8 x float> zeroinitializer)
  %514 = add nuw nsw i64 %509, %476
  %515 = getelementptr inbounds float, ptr %Sh, i64 %514
  store <8 x float> %512, ptr %515, align 4
  %516 = insertelement <8 x float> poison, float %506, i64 0
  %517 = shufflevector <8 x float> %516, <8 x float> poison, <8 x i32> zeroinitializer
  %518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %512, <8 x float> %acc16.01018)
  %519 = or disjoint i64 %509, 8
  %520 = getelementptr inbounds float, ptr %Sroll, i64 %519
  %521 = load <8 x float>, ptr %520, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta1.01037, <8 x float> %521)
  %523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> %479, <8 x float> %513)
  %524 = or disjoint i64 %514, 8
  %525 = getelementptr inbounds float, ptr %Sh, i64 %524
  store <8 x float> %522, ptr %525, align 4
  %526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %522, <8 x float> %acc17.01017)
  %527 = or disjoint i64 %509, 16
  %528 = getelementptr inbounds float, ptr %Sroll, i64 %527
  %529 = load <8 x float>, ptr %528, align 4
  %530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta2.01036, <8 x float> %529)
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %530, <8 x float> %482, <8 x float> %523)
  %532 = or disjoint i64 %514, 16
  %533 = getelementptr inbounds float, ptr %Sh, i64 %532
  store <8 x float> %530, ptr %533, align 4
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %530, <8 x float> %acc18.01016)
  %535 = or disjoint i64 %509, 24
  %536 = getelementptr inbounds float, ptr %Sroll, i64 %535
  %537 = load <8 x float>, ptr %536, align 4
  %538 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta3.01035, <8 x float> %537)
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %485, <8 x float> %531)
  %540 = or disjoint i64 %514, 24
  %541 = getelementptr inbounds float, ptr %Sh, i64 %540
  store <8 x float> %538, ptr %541, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %538, <8 x float> %acc19160.01015)
  %543 = or disjoint i64 %i8.addr.01014, %473
  %544 = getelementptr inbounds float, ptr %qh1, i64 %543
  %545 = load float, ptr %544, align 4
  %546 = shufflevector <8 x float> %539, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %547 = shufflevector <8 x float> %539, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %548 = fadd <4 x float> %546, %547
  %549 = shufflevector <4 x float> %548, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %550 = shufflevector <4 x float> %548, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %551 = fadd <2 x float> %549, %550
  %shift = shufflevector <2 x float> %551, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %552 = fadd <2 x float> %551, %shift
  %553 = extractelement <2 x float> %552, i64 0
  %554 = fmul float %553, 0x3FC6A09E60000000
  %555 = fadd float %545, %554
  store float %555, ptr %544, align 4
  %i8.next = add nuw nsw i64 %i8.addr.01014, 1
  %exitcond1164.not = icmp eq i64 %i8.next, 32
  br i1 %exitcond1164.not, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  %556 = shl nsw i64 %471, 2
  %557 = mul nsw i64 %556, %H
  %558 = getelementptr inbounds float, ptr %betah, i64 %557
  %559 = load float, ptr %558, align 4
  %560 = mul nsw i64 %556, %sq
  %561 = getelementptr inbounds float, ptr %vh, i64 %560
  %562 = load <8 x float>, ptr %561, align 4
  %563 = fsub <8 x float> %562, %518
  %564 = shl i64 %tl1.addr.01034, 7
  %565 = getelementptr inbounds float, ptr %R, i64 %564
  store <8 x float> %563, ptr %565, align 4
  %566 = insertelement <8 x float> poison, float %559, i64 0
  %567 = shufflevector <8 x float> %566, <8 x float> poison, <8 x i32> zeroinitializer
  %568 = fmul <8 x float> %567, %563
  %569 = or disjoint i64 %560, 8
  %570 = getelementptr inbounds float, ptr %vh, i64 %569
  %571 = load <8 x float>, ptr %570, align 4
  %572 = fsub <8 x float> %571, %526
  %573 = or disjoint i64 %564, 8
  %574 = getelementptr inbounds float, ptr %R, i64 %573
  store <8 x float> %572, ptr %574, align 4
  %575 = fmul <8 x float> %567, %572
  %576 = or disjoint i64 %560, 16
  %577 = getelementptr inbounds float, ptr %vh, i64 %576
  %578 = load <8 x float>, ptr %577, align 4
  %579 = fsub <8 x float> %578, %534
  %580 = or disjoint i64 %564, 16
  %581 = getelementptr inbounds float, ptr %R, i64 %580
  store <8 x float> %579, ptr %581, align 4
  %582 = fmul <8 x float> %567, %579
  %583 = or disjoint i64 %560, 24
  %584 = getelementptr inbounds float, ptr %vh, i64 %583
  %585 = load <8 x float>, ptr %584, align 4
  %586 = fsub <8 x float> %585, %542
  %587 = or disjoint i64 %564, 24
  %588 = getelementptr inbounds float, ptr %R, i64 %587
  store <8 x float> %586, ptr %588, align 4
  %589 = fmul <8 x float> %567, %586
  %590 = or disjoint i64 %556, 1
  %591 = mul nsw i64 %590, %sq
  %invariant.gep1243 = getelementptr float, ptr %kh, i64 %591
  br label %i9.body

i9.body:                                          ; preds = %i9.body, %i8.exit
  %acc20212.01023 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %642, %i9.body ]
  %acc21.01022 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %649, %i9.body ]
  %acc22.01021 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %656, %i9.body ]
  %acc23.01020 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %663, %i9.body ]
  %i9.addr.01019 = phi i64 [ 0, %i8.exit ], [ %i9.next.1, %i9.body ]
  %592 = or disjoint i64 %i9.addr.01019, %560
  %593 = getelementptr inbounds float, ptr %kh, i64 %592
  %594 = load float, ptr %593, align 4
  %gep1244 = getelementptr float, ptr %invariant.gep1243, i64 %i9.addr.01019
  %595 = load float, ptr %gep1244, align 4
  %596 = insertelement <8 x float> poison, float %594, i64 0
  %597 = shufflevector <8 x float> %596, <8 x float> poison, <8 x i32> zeroinitializer
  %598 = shl nuw nsw i64 %i9.addr.01019, 5
  %599 = add nuw nsw i64 %598, %476
  %600 = getelementptr inbounds float, ptr %Sh, i64 %599
  %601 = load <8 x float>, ptr %600, align 4
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %568, <8 x float> %601)
  %603 = getelementptr inbounds float, ptr %Sroll, i64 %598
  store <8 x float> %602, ptr %603, align 4
  %604 = insertelement <8 x float> poison, float %595, i64 0
  %605 = shufflevector <8 x float> %604, <8 x float> poison, <8 x i32> zeroinitializer
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %602, <8 x float> %acc20212.01023)
  %607 = or disjoint i64 %599, 8
  %608 = getelementptr inbounds float, ptr %Sh, i64 %607
  %609 = load <8 x float>, ptr %608, align 4
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %575, <8 x float> %609)
  %611 = or disjoint i64 %598, 8
  %612 = getelementptr inbounds float, ptr %Sroll, i64 %611
  store <8 x float> %610, ptr %612, align 4
  %613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %610, <8 x float> %acc21.01022)
  %614 = or disjoint i64 %599, 16
  %615 = getelementptr inbounds float, ptr %Sh, i64 %614
  %616 = load <8 x float>, ptr %615, align 4
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %582, <8 x float> %616)
  %618 = or disjoint i64 %598, 16
  %619 = getelementptr inbounds float, ptr %Sroll, i64 %618
  store <8 x float> %617, ptr %619, align 4
  %620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %617, <8 x float> %acc22.01021)
  %621 = or disjoint i64 %599, 24
  %622 = getelementptr inbounds float, ptr %Sh, i64 %621
  %623 = load <8 x float>, ptr %622, align 4
  %624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %589, <8 x float> %623)
  %625 = or disjoint i64 %598, 24
  %626 = getelementptr inbounds float, ptr %Sroll, i64 %625
  store <8 x float> %624, ptr %626, align 4
  %627 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %624, <8 x float> %acc23.01020)
  %i9.next = or disjoint i64 %i9.addr.01019, 1
  %628 = or disjoint i64 %i9.next, %560
  %629 = getelementptr inbounds float, ptr %kh, i64 %628
  %630 = load float, ptr %629, align 4
  %gep1244.1 = getelementptr float, ptr %invariant.gep1243, i64 %i9.next
  %631 = load float, ptr %gep1244.1, align 4
  %632 = insertelement <8 x float> poison, float %630, i64 0
  %633 = shufflevector <8 x float> %632, <8 x float> poison, <8 x i32> zeroinitializer
  %634 = shl nuw nsw i64 %i9.next, 5
  %635 = add nuw nsw i64 %634, %476
  %636 = getelementptr inbounds float, ptr %Sh, i64 %635
  %637 = load <8 x float>, ptr %636, align 4
  %638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %568, <8 x float> %637)
  %639 = getelementptr inbounds float, ptr %Sroll, i64 %634
  store <8 x float> %638, ptr %639, align 4
  %640 = insertelement <8 x float> poison, float %631, i64 0
  %641 = shufflevector <8 x float> %640, <8 x float> poison, <8 x i32> zeroinitializer
  %642 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %638, <8 x float> %606)
  %643 = or disjoint i64 %635, 8
  %644 = getelementptr inbounds float, ptr %Sh, i64 %643
  %645 = load <8 x float>, ptr %644, align 4
  %646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %575, <8 x float> %645)
  %647 = or disjoint i64 %634, 8
  %648 = getelementptr inbounds float, ptr %Sroll, i64 %647
  store <8 x float> %646, ptr %648, align 4
  %649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %646, <8 x float> %613)
  %650 = or disjoint i64 %635, 16
  %651 = getelementptr inbounds float, ptr %Sh, i64 %650
  %652 = load <8 x float>, ptr %651, align 4
  %653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %582, <8 x float> %652)
  %654 = or disjoint i64 %634, 16
  %655 = getelementptr inbounds float, ptr %Sroll, i64 %654
  store <8 x float> %653, ptr %655, align 4
  %656 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %653, <8 x float> %620)
  %657 = or disjoint i64 %635, 24
  %658 = getelementptr inbounds float, ptr %Sh, i64 %657
  %659 = load <8 x float>, ptr %658, align 4
  %660 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %589, <8 x float> %659)
  %661 = or disjoint i64 %634, 24
  %662 = getelementptr inbounds float, ptr %Sroll, i64 %661
  store <8 x float> %660, ptr %662, align 4
  %663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %660, <8 x float> %627)
  %i9.next.1 = add nuw nsw i64 %i9.addr.01019, 2
  %exitcond1165.not.1 = icmp eq i64 %i9.next.1, 32
  br i1 %exitcond1165.not.1, label %i9.exit, label %i9.body

i9.exit:                                          ; preds = %i9.body
  %664 = mul nsw i64 %590, %H
  %665 = getelementptr inbounds float, ptr %betah, i64 %664
  %666 = load float, ptr %665, align 4
  %667 = getelementptr inbounds float, ptr %vh, i64 %591
  %668 = load <8 x float>, ptr %667, align 4
  %669 = fsub <8 x float> %668, %642
  %670 = or disjoint i64 %564, 32
  %671 = getelementptr inbounds float, ptr %R, i64 %670
  store <8 x float> %669, ptr %671, align 4
  %672 = insertelement <8 x float> poison, float %666, i64 0
  %673 = shufflevector <8 x float> %672, <8 x float> poison, <8 x i32> zeroinitializer
  %674 = fmul <8 x float> %673, %669
  %675 = or disjoint i64 %591, 8
  %676 = getelementptr inbounds float, ptr %vh, i64 %675
  %677 = load <8 x float>, ptr %676, align 4
  %678 = fsub <8 x float> %677, %649
  %679 = or disjoint i64 %564, 40
  %680 = getelementptr inbounds float, ptr %R, i64 %679
  store <8 x float> %678, ptr %680, align 4
  %681 = fmul <8 x float> %673, %678
  %682 = or disjoint i64 %591, 16
  %683 = getelementptr inbounds float, ptr %vh, i64 %682
  %684 = load <8 x float>, ptr %683, align 4
  %685 = fsub <8 x float> %684, %656
  %686 = or disjoint i64 %564, 48
  %687 = getelementptr inbounds float, ptr %R, i64 %686
  store <8 x float> %685, ptr %687, align 4
  %688 = fmul <8 x float> %673, %685
  %689 = or disjoint i64 %591, 24
  %690 = getelementptr inbounds float, ptr %vh, i64 %689
  %691 = load <8 x float>, ptr %690, align 4
  %692 = fsub <8 x float> %691, %663
  %693 = or disjoint i64 %564, 56
  %694 = getelementptr inbounds float, ptr %R, i64 %693
  store <8 x float> %692, ptr %694, align 4
  %695 = fmul <8 x float> %673, %692
  %696 = or disjoint i64 %556, 2
  %697 = mul nsw i64 %696, %sq
  %invariant.gep1245 = getelementptr float, ptr %kh, i64 %697
  br label %i10.body

i10.body:                                         ; preds = %i10.body, %i9.exit
  %acc24.01028 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %738, %i10.body ]
  %acc25.01027 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %743, %i10.body ]
  %acc26.01026 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %748, %i10.body ]
  %acc27.01025 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %753, %i10.body ]
  %i10.addr.01024 = phi i64 [ 0, %i9.exit ], [ %i10.next.1, %i10.body ]
  %698 = or disjoint i64 %i10.addr.01024, %591
  %699 = getelementptr inbounds float, ptr %kh, i64 %698
  %700 = load float, ptr %699, align 4
  %gep1246 = getelementptr float, ptr %invariant.gep1245, i64 %i10.addr.01024
  %701 = load float, ptr %gep1246, align 4
  %702 = insertelement <8 x float> poison, float %700, i64 0
  %703 = shufflevector <8 x float> %702, <8 x float> poison, <8 x i32> zeroinitializer
  %704 = shl nuw nsw i64 %i10.addr.01024, 5
  %705 = getelementptr inbounds float, ptr %Sroll, i64 %704
  %706 = load <8 x float>, ptr %705, align 4
  %707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %674, <8 x float> %706)
  store <8 x float> %707, ptr %705, align 4
  %708 = insertelement <8 x float> poison, float %701, i64 0
  %709 = shufflevector <8 x float> %708, <8 x float> poison, <8 x i32> zeroinitializer
  %710 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %707, <8 x float> %acc24.01028)
  %711 = or disjoint i64 %704, 8
  %712 = getelementptr inbounds float, ptr %Sroll, i64 %711
  %713 = load <8 x float>, ptr %712, align 4
  %714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %681, <8 x float> %713)
  store <8 x float> %714, ptr %712, align 4
  %715 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %714, <8 x float> %acc25.01027)
  %716 = or disjoint i64 %704, 16
  %717 = getelementptr inbounds float, ptr %Sroll, i64 %716
  %718 = load <8 x float>, ptr %717, align 4
  %719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %688, <8 x float> %718)
  store <8 x float> %719, ptr %717, align 4
  %720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %719, <8 x float> %acc26.01026)
  %721 = or disjoint i64 %704, 24
  %722 = getelementptr inbounds float, ptr %Sroll, i64 %721
  %723 = load <8 x float>, ptr %722, align 4
  %724 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %695, <8 x float> %723)
  store <8 x float> %724, ptr %722, align 4
  %725 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %724, <8 x float> %acc27.01025)
  %i10.next = or disjoint i64 %i10.addr.01024, 1
  %726 = or disjoint i64 %i10.next, %591
  %727 = getelementptr inbounds float, ptr %kh, i64 %726
  %728 = load float, ptr %727, align 4
  %gep1246.1 = getelementptr float, ptr %invariant.gep1245, i64 %i10.next
  %729 = load float, ptr %gep1246.1, align 4
  %730 = insertelement <8 x float> poison, float %728, i64 0
  %731 = shufflevector <8 x float> %730, <8 x float> poison, <8 x i32> zeroinitializer
  %732 = shl nuw nsw i64 %i10.next, 5
  %733 = getelementptr inbounds float, ptr %Sroll, i64 %732
  %734 = load <8 x float>, ptr %733, align 4
  %735 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %674, <8 x float> %734)
  store <8 x float> %735, ptr %733, align 4
  %736 = insertelement <8 x float> poison, float %729, i64 0
  %737 = shufflevector <8 x float> %736, <8 x float> poison, <8 x i32> zeroinitializer
  %738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %735, <8 x float> %710)
  %739 = or disjoint i64 %732, 8
  %740 = getelementptr inbounds float, ptr %Sroll, i64 %739
  %741 = load <8 x float>, ptr %740, align 4
  %742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %681, <8 x float> %741)
  store <8 x float> %742, ptr %740, align 4
  %743 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %742, <8 x float> %715)
  %744 = or disjoint i64 %732, 16
  %745 = getelementptr inbounds float, ptr %Sroll, i64 %744
  %746 = load <8 x float>, ptr %745, align 4
  %747 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %688, <8 x float> %746)
  store <8 x float> %747, ptr %745, align 4
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %747, <8 x float> %720)
  %749 = or disjoint i64 %732, 24
  %750 = getelementptr inbounds float, ptr %Sroll, i64 %749
  %751 = load <8 x float>, ptr %750, align 4
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %695, <8 x float> %751)
  store <8 x float> %752, ptr %750, align 4
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %752, <8 x float> %725)
  %i10.next.1 = add nuw nsw i64 %i10.addr.01024, 2
  %exitcond1166.not.1 = icmp eq i64 %i10.next.1, 32
  br i1 %exitcond1166.not.1, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  %754 = mul nsw i64 %696, %H
  %755 = getelementptr inbounds float, ptr %betah, i64 %754
  %756 = load float, ptr %755, align 4
  %757 = getelementptr inbounds float, ptr %vh, i64 %697
  %758 = load <8 x float>, ptr %757, align 4
  %759 = fsub <8 x float> %758, %738
  %760 = or disjoint i64 %564, 64
  %761 = getelementptr inbounds float, ptr %R, i64 %760
  store <8 x float> %759, ptr %761, align 4
  %762 = insertelement <8 x float> poison, float %756, i64 0
  %763 = shufflevector <8 x float> %762, <8 x float> poison, <8 x i32> zeroinitializer
  %764 = fmul <8 x float> %763, %759
  %765 = or disjoint i64 %697, 8
  %766 = getelementptr inbounds float, ptr %vh, i64 %765
  %767 = load <8 x float>, ptr %766, align 4
  %768 = fsub <8 x float> %767, %743
  %769 = or disjoint i64 %564, 72
  %770 = getelementptr inbounds float, ptr %R, i64 %769
  store <8 x float> %768, ptr %770, align 4
  %771 = fmul <8 x float> %763, %768
  %772 = or disjoint i64 %697, 16
  %773 = getelementptr inbounds float, ptr %vh, i64 %772
  %774 = load <8 x float>, ptr %773, align 4
  %775 = fsub <8 x float> %774, %748
  %776 = or disjoint i64 %564, 80
  %777 = getelementptr inbounds float, ptr %R, i64 %776
  store <8 x float> %775, ptr %777, align 4
  %778 = fmul <8 x float> %763, %775
  %779 = or disjoint i64 %697, 24
  %780 = getelementptr inbounds float, ptr %vh, i64 %779
  %781 = load <8 x float>, ptr %780, align 4
  %782 = fsub <8 x float> %781, %753
  %783 = or disjoint i64 %564, 88
  %784 = getelementptr inbounds float, ptr %R, i64 %783
  store <8 x float> %782, ptr %784, align 4
  %785 = fmul <8 x float> %763, %782
  %786 = or disjoint i64 %556, 3
  %787 = mul nsw i64 %786, %sq
  %invariant.gep1247 = getelementptr float, ptr %kh, i64 %787
  br label %i11.body

i11.body:                                         ; preds = %i11.body, %i10.exit
  %acc28.01033 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %828, %i11.body ]
  %acc29.01032 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %833, %i11.body ]
  %acc30.01031 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %838, %i11.body ]
  %acc31.01030 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %843, %i11.body ]
  %i11.addr.01029 = phi i64 [ 0, %i10.exit ], [ %i11.next.1, %i11.body ]
  %788 = or disjoint i64 %i11.addr.01029, %697
  %789 = getelementptr inbounds float, ptr %kh, i64 %788
  %790 = load float, ptr %789, align 4
  %gep1248 = getelementptr float, ptr %invariant.gep1247, i64 %i11.addr.01029
  %791 = load float, ptr %gep1248, align 4
  %792 = insertelement <8 x float> poison, float %790, i64 0
  %793 = shufflevector <8 x float> %792, <8 x float> poison, <8 x i32> zeroinitializer
  %794 = shl nuw nsw i64 %i11.addr.01029, 5
  %795 = getelementptr inbounds float, ptr %Sroll, i64 %794
  %796 = load <8 x float>, ptr %795, align 4
  %797 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %764, <8 x float> %796)
  store <8 x float> %797, ptr %795, align 4
  %798 = insertelement <8 x float> poison, float %791, i64 0
  %799 = shufflevector <8 x float> %798, <8 x float> poison, <8 x i32> zeroinitializer
  %800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %797, <8 x float> %acc28.01033)
  %801 = or disjoint i64 %794, 8
  %802 = getelementptr inbounds float, ptr %Sroll, i64 %801
  %803 = load <8 x float>, ptr %802, align 4
  %804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %771, <8 x float> %803)
  store <8 x float> %804, ptr %802, align 4
  %805 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %804, <8 x float> %acc29.01032)
  %806 = or disjoint i64 %794, 16
  %807 = getelementptr inbounds float, ptr %Sroll, i64 %806
  %808 = load <8 x float>, ptr %807, align 4
  %809 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %778, <8 x float> %808)
  store <8 x float> %809, ptr %807, align 4
  %810 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %809, <8 x float> %acc30.01031)
  %811 = or disjoint i64 %794, 24
  %812 = getelementptr inbounds float, ptr %Sroll, i64 %811
  %813 = load <8 x float>, ptr %812, align 4
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %785, <8 x float> %813)
  store <8 x float> %814, ptr %812, align 4
  %815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %814, <8 x float> %acc31.01030)
  %i11.next = or disjoint i64 %i11.addr.01029, 1
  %816 = or disjoint i64 %i11.next, %697
  %817 = getelementptr inbounds float, ptr %kh, i64 %816
  %818 = load float, ptr %817, align 4
  %gep1248.1 = getelementptr float, ptr %invariant.gep1247, i64 %i11.next
  %819 = load float, ptr %gep1248.1, align 4
  %820 = insertelement <8 x float> poison, float %818, i64 0
  %821 = shufflevector <8 x float> %820, <8 x float> poison, <8 x i32> zeroinitializer
  %822 = shl nuw nsw i64 %i11.next, 5
  %823 = getelementptr inbounds float, ptr %Sroll, i64 %822
  %824 = load <8 x float>, ptr %823, align 4
  %825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %764, <8 x float> %824)
  store <8 x float> %825, ptr %823, align 4
  %826 = insertelement <8 x float> poison, float %819, i64 0
  %827 = shufflevector <8 x float> %826, <8 x float> poison, <8 x i32> zeroinitializer
  %828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %825, <8 x float> %800)
  %829 = or disjoint i64 %822, 8
  %830 = getelementptr inbounds float, ptr %Sroll, i64 %829
  %831 = load <8 x float>, ptr %830, align 4
  %832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %771, <8 x float> %831)
  store <8 x float> %832, ptr %830, align 4
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %832, <8 x float> %805)
  %834 = or disjoint i64 %822, 16
  %835 = getelementptr inbounds float, ptr %Sroll, i64 %834
  %836 = load <8 x float>, ptr %835, align 4
  %837 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %778, <8 x float> %836)
  store <8 x float> %837, ptr %835, align 4
  %838 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %837, <8 x float> %810)
  %839 = or disjoint i64 %822, 24
  %840 = getelementptr inbounds float, ptr %Sroll, i64 %839
  %841 = load <8 x float>, ptr %840, align 4
  %842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %785, <8 x float> %841)
  store <8 x float> %842, ptr %840, align 4
  %843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %842, <8 x float> %815)
  %i11.next.1 = add nuw nsw i64 %i11.addr.01029, 2
  %exitcond1167.not.1 = icmp eq i64 %i11.next.1, 32
  br i1 %exitcond1167.not.1, label %i11.exit, label %i11.body

i11.exit:                                         ; preds = %i11.body
  %844 = mul nsw i64 %786, %H
  %845 = getelementptr inbounds float, ptr %betah, i64 %844
  %846 = load float, ptr %845, align 4
  %847 = getelementptr inbounds float, ptr %vh, i64 %787
  %848 = load <8 x float>, ptr %847, align 4
  %849 = fsub <8 x float> %848, %828
  %850 = or disjoint i64 %564, 96
  %851 = getelementptr inbounds float, ptr %R, i64 %850
  store <8 x float> %849, ptr %851, align 4
  %852 = insertelement <8 x float> poison, float %846, i64 0
  %853 = shufflevector <8 x float> %852, <8 x float> poison, <8 x i32> zeroinitializer
  %854 = fmul <8 x float> %853, %849
  %855 = or disjoint i64 %787, 8
  %856 = getelementptr inbounds float, ptr %vh, i64 %855
  %857 = load <8 x float>, ptr %856, align 4
  %858 = fsub <8 x float> %857, %833
  %859 = or disjoint i64 %564, 104
  %860 = getelementptr inbounds float, ptr %R, i64 %859
  store <8 x float> %858, ptr %860, align 4
  %861 = fmul <8 x float> %853, %858
  %862 = or disjoint i64 %787, 16
  %863 = getelementptr inbounds float, ptr %vh, i64 %862
  %864 = load <8 x float>, ptr %863, align 4
  %865 = fsub <8 x float> %864, %838
  %866 = or disjoint i64 %564, 112
  %867 = getelementptr inbounds float, ptr %R, i64 %866
  store <8 x float> %865, ptr %867, align 4
  %868 = fmul <8 x float> %853, %865
  %869 = or disjoint i64 %787, 24
  %870 = getelementptr inbounds float, ptr %vh, i64 %869
  %871 = load <8 x float>, ptr %870, align 4
  %872 = fsub <8 x float> %871, %843
  %873 = or disjoint i64 %564, 120
  %874 = getelementptr inbounds float, ptr %R, i64 %873
  store <8 x float> %872, ptr %874, align 4
  %875 = fmul <8 x float> %853, %872
  %tl1.next = add nuw nsw i64 %tl1.addr.01034, 1
  %exitcond1170.not = icmp eq i64 %tl1.next, %smax1169
  br i1 %exitcond1170.not, label %tl1.exit, label %i8.head.preheader

tt.head.preheader:                                ; preds = %i12.body
  br i1 %79, label %tt.body, label %j20.head.preheader

i12.body:                                         ; preds = %i12.body, %tl1.exit
  %i12.addr.01042 = phi i64 [ 0, %tl1.exit ], [ %i12.next.1, %i12.body ]
  %gep1250 = getelementptr float, ptr %invariant.gep1249, i64 %i12.addr.01042
  %876 = load float, ptr %gep1250, align 4
  %877 = insertelement <8 x float> poison, float %876, i64 0
  %878 = shufflevector <8 x float> %877, <8 x float> poison, <8 x i32> zeroinitializer
  %879 = shl nuw nsw i64 %i12.addr.01042, 5
  %880 = getelementptr inbounds float, ptr %Sroll, i64 %879
  %881 = load <8 x float>, ptr %880, align 4
  %882 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta.0.lcssa, <8 x float> %881)
  %883 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> %492, <8 x float> zeroinitializer)
  %884 = or disjoint i64 %879, 8
  %885 = getelementptr inbounds float, ptr %Sroll, i64 %884
  %886 = load <8 x float>, ptr %885, align 4
  %887 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta1.0.lcssa, <8 x float> %886)
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> %495, <8 x float> %883)
  %889 = or disjoint i64 %879, 16
  %890 = getelementptr inbounds float, ptr %Sroll, i64 %889
  %891 = load <8 x float>, ptr %890, align 4
  %892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta2.0.lcssa, <8 x float> %891)
  %893 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %892, <8 x float> %498, <8 x float> %888)
  %894 = or disjoint i64 %879, 24
  %895 = getelementptr inbounds float, ptr %Sroll, i64 %894
  %896 = load <8 x float>, ptr %895, align 4
  %897 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta3.0.lcssa, <8 x float> %896)
  %898 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %897, <8 x float> %501, <8 x float> %893)
  %899 = or disjoint i64 %i12.addr.01042, %490
  %900 = getelementptr inbounds float, ptr %qh1, i64 %899
  %901 = load float, ptr %900, align 4
  %902 = shufflevector <8 x float> %898, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %903 = shufflevector <8 x float> %898, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %904 = fadd <4 x float> %902, %903
  %905 = shufflevector <4 x float> %904, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %906 = shufflevector <4 x float> %904, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %907 = fadd <2 x float> %905, %906
  %shift1302 = shufflevector <2 x float> %907, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %908 = fadd <2 x float> %907, %shift1302
  %909 = extractelement <2 x float> %908, i64 0
  %910 = fmul float %909, 0x3FC6A09E60000000
  %911 = fadd float %901, %910
  store float %911, ptr %900, align 4
  %i12.next = or disjoint i64 %i12.addr.01042, 1
  %gep1250.1 = getelementptr float, ptr %invariant.gep1249, i64 %i12.next
  %912 = load float, ptr %gep1250.1, align 4
  %913 = insertelement <8 x float> poison, float %912, i64 0
  %914 = shufflevector <8 x float> %913, <8 x float> poison, <8 x i32> zeroinitializer
  %915 = shl nuw nsw i64 %i12.next, 5
  %916 = getelementptr inbounds float, ptr %Sroll, i64 %915
  %917 = load <8 x float>, ptr %916, align 4
  %918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta.0.lcssa, <8 x float> %917)
  %919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %492, <8 x float> zeroinitializer)
  %920 = or disjoint i64 %915, 8
  %921 = getelementptr inbounds float, ptr %Sroll, i64 %920
  %922 = load <8 x float>, ptr %921, align 4
  %923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta1.0.lcssa, <8 x float> %922)
  %924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %923, <8 x float> %495, <8 x float> %919)
  %925 = or disjoint i64 %915, 16
  %926 = getelementptr inbounds float, ptr %Sroll, i64 %925
  %927 = load <8 x float>, ptr %926, align 4
  %928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta2.0.lcssa, <8 x float> %927)
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %498, <8 x float> %924)
  %930 = or disjoint i64 %915, 24
  %931 = getelementptr inbounds float, ptr %Sroll, i64 %930
  %932 = load <8 x float>, ptr %931, align 4
  %933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta3.0.lcssa, <8 x float> %932)
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %933, <8 x float> %501, <8 x float> %929)
  %935 = or disjoint i64 %i12.next, %490
  %936 = getelementptr inbounds float, ptr %qh1, i64 %935
  %937 = load float, ptr %936, align 4
  %938 = shufflevector <8 x float> %934, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %939 = shufflevector <8 x float> %934, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %940 = fadd <4 x float> %938, %939
  %941 = shufflevector <4 x float> %940, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %942 = shufflevector <4 x float> %940, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %943 = fadd <2 x float> %941, %942
  %shift1302.1 = shufflevector <2 x float> %943, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %944 = fadd <2 x float> %943, %shift1302.1
  %945 = extractelement <2 x float> %944, i64 0
  %946 = fmul float %945, 0x3FC6A09E60000000
  %947 = fadd float %937, %946
  store float %947, ptr %936, align 4
  %i12.next.1 = add nuw nsw i64 %i12.addr.01042, 2
  %exitcond1171.not.1 = icmp eq i64 %i12.next.1, 32
  br i1 %exitcond1171.not.1, label %tt.head.preheader, label %i12.body

j20.head.preheader:                               ; preds = %i32.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %948 = fneg float %188
  br label %i38.body

tt.body:                                          ; preds = %tt.head.preheader, %i32.exit
  %tt.addr.01087 = phi i64 [ %tt.next, %i32.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.01087
  %949 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %949, i64 %tlast)
  %950 = add nsw i64 %ptl, %t0
  %951 = shl nsw i64 %950, 2
  %952 = mul nsw i64 %951, %H
  %953 = getelementptr inbounds float, ptr %betah, i64 %952
  %954 = load float, ptr %953, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %955 = icmp slt i64 %949, %L
  %.neg = fneg float %954
  %956 = select i1 %955, float %.neg, float -0.000000e+00
  %957 = mul nsw i64 %951, %sq
  %958 = shl nsw i64 %ptl, 10
  %959 = shl nsw i64 %ptl, 7
  %960 = getelementptr inbounds float, ptr %R, i64 %959
  %961 = or disjoint i64 %959, 8
  %962 = getelementptr inbounds float, ptr %R, i64 %961
  %963 = or disjoint i64 %959, 16
  %964 = getelementptr inbounds float, ptr %R, i64 %963
  %965 = or disjoint i64 %959, 24
  %966 = getelementptr inbounds float, ptr %R, i64 %965
  %967 = add nsw i64 %tl2, %t0
  %968 = mul nsw i64 %967, %sq
  %969 = getelementptr inbounds float, ptr %oh, i64 %968
  %970 = load <8 x float>, ptr %969, align 4
  %971 = or disjoint i64 %968, 8
  %972 = getelementptr inbounds float, ptr %oh, i64 %971
  %973 = load <8 x float>, ptr %972, align 4
  %974 = or disjoint i64 %968, 16
  %975 = getelementptr inbounds float, ptr %oh, i64 %974
  %976 = load <8 x float>, ptr %975, align 4
  %977 = or disjoint i64 %968, 24
  %978 = getelementptr inbounds float, ptr %oh, i64 %977
  %979 = load <8 x float>, ptr %978, align 4
  %980 = shl nsw i64 %967, 2
  %981 = or disjoint i64 %980, 3
  %982 = mul nsw i64 %981, %sq
  br label %i14.body

i14.body:                                         ; preds = %tt.body, %i14.body
  %dsk.01048 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1062, %i14.body ]
  %dsk1.01047 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1063, %i14.body ]
  %dsk2.01046 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1064, %i14.body ]
  %dsk3.01045 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1065, %i14.body ]
  %i14.addr.01044 = phi i64 [ 0, %tt.body ], [ %i14.next, %i14.body ]
  %983 = shl nuw nsw i64 %i14.addr.01044, 5
  %984 = getelementptr inbounds float, ptr %dS, i64 %983
  %985 = load <8 x float>, ptr %984, align 4
  %986 = or disjoint i64 %983, 8
  %987 = getelementptr inbounds float, ptr %dS, i64 %986
  %988 = load <8 x float>, ptr %987, align 4
  %989 = or disjoint i64 %983, 16
  %990 = getelementptr inbounds float, ptr %dS, i64 %989
  %991 = load <8 x float>, ptr %990, align 4
  %992 = or disjoint i64 %983, 24
  %993 = getelementptr inbounds float, ptr %dS, i64 %992
  %994 = load <8 x float>, ptr %993, align 4
  %995 = getelementptr float, ptr %kh, i64 %i14.addr.01044
  %996 = getelementptr float, ptr %995, i64 %957
  %997 = load float, ptr %996, align 4
  %998 = fmul float %956, %997
  %999 = load <8 x float>, ptr %dSkPrev, align 4
  %1000 = add nuw nsw i64 %983, %958
  %1001 = getelementptr inbounds float, ptr %Sh, i64 %1000
  %1002 = load <8 x float>, ptr %1001, align 4
  %1003 = load <8 x float>, ptr %960, align 4
  %1004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %985, <8 x float> %1003, <8 x float> zeroinitializer)
  %1005 = fneg <8 x float> %1002
  %1006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %999, <8 x float> %1004)
  %1007 = insertelement <8 x float> poison, float %998, i64 0
  %1008 = shufflevector <8 x float> %1007, <8 x float> poison, <8 x i32> zeroinitializer
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %999, <8 x float> %985)
  %1010 = load <8 x float>, ptr %21, align 4
  %1011 = or disjoint i64 %1000, 8
  %1012 = getelementptr inbounds float, ptr %Sh, i64 %1011
  %1013 = load <8 x float>, ptr %1012, align 4
  %1014 = load <8 x float>, ptr %962, align 4
  %1015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> %1014, <8 x float> %1006)
  %1016 = fneg <8 x float> %1013
  %1017 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1010, <8 x float> %1015)
  %1018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1010, <8 x float> %988)
  %1019 = load <8 x float>, ptr %22, align 4
  %1020 = or disjoint i64 %1000, 16
  %1021 = getelementptr inbounds float, ptr %Sh, i64 %1020
  %1022 = load <8 x float>, ptr %1021, align 4
  %1023 = load <8 x float>, ptr %964, align 4
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %991, <8 x float> %1023, <8 x float> %1017)
  %1025 = fneg <8 x float> %1022
  %1026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1025, <8 x float> %1019, <8 x float> %1024)
  %1027 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1019, <8 x float> %991)
  %1028 = load <8 x float>, ptr %23, align 4
  %1029 = or disjoint i64 %1000, 24
  %1030 = getelementptr inbounds float, ptr %Sh, i64 %1029
  %1031 = load <8 x float>, ptr %1030, align 4
  %1032 = load <8 x float>, ptr %966, align 4
  %1033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> %1032, <8 x float> %1026)
  %1034 = fneg <8 x float> %1031
  %1035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1034, <8 x float> %1028, <8 x float> %1033)
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1028, <8 x float> %994)
  %1037 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.01044
  %1038 = load float, ptr %1037, align 4
  %1039 = shufflevector <8 x float> %1035, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1040 = shufflevector <8 x float> %1035, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1041 = fadd <4 x float> %1039, %1040
  %1042 = shufflevector <4 x float> %1041, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1043 = shufflevector <4 x float> %1041, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1044 = fadd <2 x float> %1042, %1043
  %shift1303 = shufflevector <2 x float> %1044, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1045 = fadd <2 x float> %1044, %shift1303
  %1046 = extractelement <2 x float> %1045, i64 0
  %1047 = fadd float %1038, %1046
  store float %1047, ptr %1037, align 4
  %1048 = or disjoint i64 %i14.addr.01044, %968
  %1049 = getelementptr inbounds float, ptr %qh, i64 %1048
  %1050 = load float, ptr %1049, align 4
  %1051 = fmul float %1050, 0x3FC6A09E60000000
  %1052 = insertelement <8 x float> poison, float %1051, i64 0
  %1053 = shufflevector <8 x float> %1052, <8 x float> poison, <8 x i32> zeroinitializer
  %1054 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %970, <8 x float> %1009)
  %1055 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %973, <8 x float> %1018)
  %1056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %976, <8 x float> %1027)
  %1057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %979, <8 x float> %1036)
  %1058 = getelementptr float, ptr %995, i64 %982
  %1059 = load float, ptr %1058, align 4
  %1060 = insertelement <8 x float> poison, float %1059, i64 0
  %1061 = shufflevector <8 x float> %1060, <8 x float> poison, <8 x i32> zeroinitializer
  %1062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1054, <8 x float> %dsk.01048)
  %1063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1055, <8 x float> %dsk1.01047)
  %1064 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1056, <8 x float> %dsk2.01046)
  %1065 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1057, <8 x float> %dsk3.01045)
  store <8 x float> %1054, ptr %984, align 4
  store <8 x float> %1055, ptr %987, align 4
  store <8 x float> %1056, ptr %990, align 4
  store <8 x float> %1057, ptr %993, align 4
  %i14.next = add nuw nsw i64 %i14.addr.01044, 1
  %exitcond1172.not = icmp eq i64 %i14.next, 32
  br i1 %exitcond1172.not, label %i14.exit, label %i14.body

i14.exit:                                         ; preds = %i14.body
  store <8 x float> %1062, ptr %dSk, align 4
  store <8 x float> %1063, ptr %24, align 4
  store <8 x float> %1064, ptr %25, align 4
  store <8 x float> %1065, ptr %26, align 4
  br i1 %955, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i14.exit
  %1066 = insertelement <8 x float> poison, float %954, i64 0
  %1067 = shufflevector <8 x float> %1066, <8 x float> poison, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, ptr %dkTmp, align 4
  %1069 = fmul <8 x float> %1067, %1068
  %1070 = getelementptr float, ptr %kh1, i64 %957
  store <8 x float> %1069, ptr %1070, align 4
  %1071 = load <8 x float>, ptr %39, align 4
  %1072 = fmul <8 x float> %1067, %1071
  %1073 = getelementptr float, ptr %66, i64 %957
  store <8 x float> %1072, ptr %1073, align 4
  %1074 = load <8 x float>, ptr %40, align 4
  %1075 = fmul <8 x float> %1067, %1074
  %1076 = getelementptr float, ptr %67, i64 %957
  store <8 x float> %1075, ptr %1076, align 4
  %1077 = load <8 x float>, ptr %41, align 4
  %1078 = fmul <8 x float> %1067, %1077
  %1079 = getelementptr float, ptr %68, i64 %957
  store <8 x float> %1078, ptr %1079, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i14.exit
  %1080 = mul nsw i64 %981, %H
  %1081 = getelementptr inbounds float, ptr %betah, i64 %1080
  %1082 = load float, ptr %1081, align 4
  %1083 = insertelement <8 x float> poison, float %1082, i64 0
  %1084 = shufflevector <8 x float> %1083, <8 x float> poison, <8 x i32> zeroinitializer
  %1085 = fmul <8 x float> %1084, %1062
  %1086 = getelementptr float, ptr %vh1, i64 %982
  store <8 x float> %1085, ptr %1086, align 4
  %1087 = fmul <8 x float> %1084, %1063
  %1088 = getelementptr float, ptr %69, i64 %982
  store <8 x float> %1087, ptr %1088, align 4
  %1089 = fmul <8 x float> %1084, %1064
  %1090 = getelementptr float, ptr %70, i64 %982
  store <8 x float> %1089, ptr %1090, align 4
  %1091 = fmul <8 x float> %1084, %1065
  %1092 = getelementptr float, ptr %71, i64 %982
  store <8 x float> %1091, ptr %1092, align 4
  %.idx1096 = shl i64 %tl2, 9
  %1093 = getelementptr i8, ptr %R, i64 %.idx1096
  %1094 = getelementptr i8, ptr %1093, i64 384
  %1095 = load <8 x float>, ptr %1094, align 4
  %1096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1062, <8 x float> %1095, <8 x float> zeroinitializer)
  %1097 = getelementptr i8, ptr %42, i64 %.idx1096
  %1098 = getelementptr i8, ptr %1097, i64 384
  %1099 = load <8 x float>, ptr %1098, align 4
  %1100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> %1099, <8 x float> %1096)
  %1101 = getelementptr i8, ptr %43, i64 %.idx1096
  %1102 = getelementptr i8, ptr %1101, i64 384
  %1103 = load <8 x float>, ptr %1102, align 4
  %1104 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1103, <8 x float> %1100)
  %1105 = getelementptr i8, ptr %44, i64 %.idx1096
  %1106 = getelementptr i8, ptr %1105, i64 384
  %1107 = load <8 x float>, ptr %1106, align 4
  %1108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1107, <8 x float> %1104)
  %1109 = shufflevector <8 x float> %1108, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1110 = shufflevector <8 x float> %1108, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1111 = fadd <4 x float> %1109, %1110
  %1112 = shufflevector <4 x float> %1111, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1113 = shufflevector <4 x float> %1111, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1114 = fadd <2 x float> %1112, %1113
  %shift1304 = shufflevector <2 x float> %1114, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1115 = fadd <2 x float> %1114, %shift1304
  %1116 = extractelement <2 x float> %1115, i64 0
  %1117 = getelementptr inbounds float, ptr %betah1, i64 %1080
  store float %1116, ptr %1117, align 4
  store <8 x float> %1062, ptr %dSkPrev, align 4
  store <8 x float> %1063, ptr %45, align 4
  store <8 x float> %1064, ptr %46, align 4
  store <8 x float> %1065, ptr %47, align 4
  %1118 = mul nsw i64 %980, %H
  %1119 = getelementptr inbounds float, ptr %betah, i64 %1118
  %1120 = load float, ptr %1119, align 4
  %1121 = or disjoint i64 %980, 1
  %1122 = mul nsw i64 %1121, %H
  %1123 = getelementptr inbounds float, ptr %betah, i64 %1122
  %1124 = load float, ptr %1123, align 4
  %1125 = or disjoint i64 %980, 2
  %1126 = mul nsw i64 %1125, %H
  %1127 = getelementptr inbounds float, ptr %betah, i64 %1126
  %1128 = load float, ptr %1127, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %1129 = fneg float %1082
  %1130 = mul nsw i64 %980, %sq
  %1131 = mul nsw i64 %1121, %sq
  %1132 = mul nsw i64 %1125, %sq
  %1133 = shl nsw i64 %tl2, 10
  %1134 = shl i64 %tl2, 7
  %1135 = getelementptr inbounds float, ptr %R, i64 %1134
  %1136 = or disjoint i64 %1134, 32
  %1137 = getelementptr inbounds float, ptr %R, i64 %1136
  %1138 = or disjoint i64 %1134, 64
  %1139 = getelementptr inbounds float, ptr %R, i64 %1138
  %1140 = or disjoint i64 %1134, 96
  %1141 = getelementptr inbounds float, ptr %R, i64 %1140
  %1142 = or disjoint i64 %1134, 8
  %1143 = getelementptr inbounds float, ptr %R, i64 %1142
  %1144 = or disjoint i64 %1134, 40
  %1145 = getelementptr inbounds float, ptr %R, i64 %1144
  %1146 = or disjoint i64 %1134, 72
  %1147 = getelementptr inbounds float, ptr %R, i64 %1146
  %1148 = or disjoint i64 %1134, 104
  %1149 = getelementptr inbounds float, ptr %R, i64 %1148
  %1150 = or disjoint i64 %1134, 16
  %1151 = getelementptr inbounds float, ptr %R, i64 %1150
  %1152 = or disjoint i64 %1134, 48
  %1153 = getelementptr inbounds float, ptr %R, i64 %1152
  %1154 = or disjoint i64 %1134, 80
  %1155 = getelementptr inbounds float, ptr %R, i64 %1154
  %1156 = or disjoint i64 %1134, 112
  %1157 = getelementptr inbounds float, ptr %R, i64 %1156
  %1158 = or disjoint i64 %1134, 24
  %1159 = getelementptr inbounds float, ptr %R, i64 %1158
  %1160 = or disjoint i64 %1134, 56
  %1161 = getelementptr inbounds float, ptr %R, i64 %1160
  %1162 = or disjoint i64 %1134, 88
  %1163 = getelementptr inbounds float, ptr %R, i64 %1162
  %1164 = or disjoint i64 %1134, 120
  %1165 = getelementptr inbounds float, ptr %R, i64 %1164
  br label %i20.body

i20.body:                                         ; preds = %endif, %i20.body
  %dsk4.01059 = phi <8 x float> [ zeroinitializer, %endif ], [ %1272, %i20.body ]
  %dsk5.01058 = phi <8 x float> [ zeroinitializer, %endif ], [ %1273, %i20.body ]
  %dsk6.01057 = phi <8 x float> [ zeroinitializer, %endif ], [ %1274, %i20.body ]
  %dsk7.01056 = phi <8 x float> [ zeroinitializer, %endif ], [ %1275, %i20.body ]
  %i20.addr.01055 = phi i64 [ 0, %endif ], [ %i20.next, %i20.body ]
  %1166 = shl nuw nsw i64 %i20.addr.01055, 5
  %1167 = getelementptr inbounds float, ptr %dS, i64 %1166
  %1168 = load <8 x float>, ptr %1167, align 4
  %1169 = or disjoint i64 %1166, 8
  %1170 = getelementptr inbounds float, ptr %dS, i64 %1169
  %1171 = load <8 x float>, ptr %1170, align 4
  %1172 = or disjoint i64 %1166, 16
  %1173 = getelementptr inbounds float, ptr %dS, i64 %1172
  %1174 = load <8 x float>, ptr %1173, align 4
  %1175 = or disjoint i64 %1166, 24
  %1176 = getelementptr inbounds float, ptr %dS, i64 %1175
  %1177 = load <8 x float>, ptr %1176, align 4
  %1178 = getelementptr float, ptr %kh, i64 %i20.addr.01055
  %1179 = getelementptr float, ptr %1178, i64 %982
  %1180 = load float, ptr %1179, align 4
  %1181 = fmul float %1180, %1129
  %1182 = getelementptr float, ptr %1178, i64 %1130
  %1183 = load float, ptr %1182, align 4
  %1184 = fmul float %1120, %1183
  %1185 = getelementptr float, ptr %1178, i64 %1131
  %1186 = load float, ptr %1185, align 4
  %1187 = fmul float %1124, %1186
  %1188 = getelementptr float, ptr %1178, i64 %1132
  %1189 = load float, ptr %1188, align 4
  %1190 = fmul float %1128, %1189
  %1191 = load <8 x float>, ptr %dSkPrev, align 4
  %1192 = add nuw nsw i64 %1166, %1133
  %1193 = getelementptr inbounds float, ptr %Sh, i64 %1192
  %1194 = load <8 x float>, ptr %1193, align 4
  %1195 = load <8 x float>, ptr %1135, align 4
  %1196 = insertelement <8 x float> poison, float %1184, i64 0
  %1197 = shufflevector <8 x float> %1196, <8 x float> poison, <8 x i32> zeroinitializer
  %1198 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1195, <8 x float> %1194)
  %1199 = load <8 x float>, ptr %1137, align 4
  %1200 = insertelement <8 x float> poison, float %1187, i64 0
  %1201 = shufflevector <8 x float> %1200, <8 x float> poison, <8 x i32> zeroinitializer
  %1202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1199, <8 x float> %1198)
  %1203 = load <8 x float>, ptr %1139, align 4
  %1204 = insertelement <8 x float> poison, float %1190, i64 0
  %1205 = shufflevector <8 x float> %1204, <8 x float> poison, <8 x i32> zeroinitializer
  %1206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1203, <8 x float> %1202)
  %1207 = load <8 x float>, ptr %1141, align 4
  %1208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1207, <8 x float> zeroinitializer)
  %1209 = fneg <8 x float> %1206
  %1210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1209, <8 x float> %1191, <8 x float> %1208)
  %1211 = insertelement <8 x float> poison, float %1181, i64 0
  %1212 = shufflevector <8 x float> %1211, <8 x float> poison, <8 x i32> zeroinitializer
  %1213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1191, <8 x float> %1168)
  %1214 = load <8 x float>, ptr %21, align 4
  %1215 = or disjoint i64 %1192, 8
  %1216 = getelementptr inbounds float, ptr %Sh, i64 %1215
  %1217 = load <8 x float>, ptr %1216, align 4
  %1218 = load <8 x float>, ptr %1143, align 4
  %1219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1218, <8 x float> %1217)
  %1220 = load <8 x float>, ptr %1145, align 4
  %1221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1220, <8 x float> %1219)
  %1222 = load <8 x float>, ptr %1147, align 4
  %1223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1222, <8 x float> %1221)
  %1224 = load <8 x float>, ptr %1149, align 4
  %1225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1224, <8 x float> %1210)
  %1226 = fneg <8 x float> %1223
  %1227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1226, <8 x float> %1214, <8 x float> %1225)
  %1228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1214, <8 x float> %1171)
  %1229 = load <8 x float>, ptr %22, align 4
  %1230 = or disjoint i64 %1192, 16
  %1231 = getelementptr inbounds float, ptr %Sh, i64 %1230
  %1232 = load <8 x float>, ptr %1231, align 4
  %1233 = load <8 x float>, ptr %1151, align 4
  %1234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1233, <8 x float> %1232)
  %1235 = load <8 x float>, ptr %1153, align 4
  %1236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1235, <8 x float> %1234)
  %1237 = load <8 x float>, ptr %1155, align 4
  %1238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1237, <8 x float> %1236)
  %1239 = load <8 x float>, ptr %1157, align 4
  %1240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1174, <8 x float> %1239, <8 x float> %1227)
  %1241 = fneg <8 x float> %1238
  %1242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> %1229, <8 x float> %1240)
  %1243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1229, <8 x float> %1174)
  %1244 = load <8 x float>, ptr %23, align 4
  %1245 = or disjoint i64 %1192, 24
  %1246 = getelementptr inbounds float, ptr %Sh, i64 %1245
  %1247 = load <8 x float>, ptr %1246, align 4
  %1248 = load <8 x float>, ptr %1159, align 4
  %1249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1248, <8 x float> %1247)
  %1250 = load <8 x float>, ptr %1161, align 4
  %1251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1250, <8 x float> %1249)
  %1252 = load <8 x float>, ptr %1163, align 4
  %1253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1252, <8 x float> %1251)
  %1254 = load <8 x float>, ptr %1165, align 4
  %1255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1177, <8 x float> %1254, <8 x float> %1242)
  %1256 = fneg <8 x float> %1253
  %1257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1256, <8 x float> %1244, <8 x float> %1255)
  %1258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1244, <8 x float> %1177)
  %1259 = getelementptr inbounds float, ptr %dkTmp, i64 %i20.addr.01055
  %1260 = load float, ptr %1259, align 4
  %1261 = shufflevector <8 x float> %1257, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1262 = shufflevector <8 x float> %1257, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1263 = fadd <4 x float> %1261, %1262
  %1264 = shufflevector <4 x float> %1263, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1265 = shufflevector <4 x float> %1263, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1266 = fadd <2 x float> %1264, %1265
  %shift1305 = shufflevector <2 x float> %1266, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1267 = fadd <2 x float> %1266, %shift1305
  %1268 = extractelement <2 x float> %1267, i64 0
  %1269 = fadd float %1260, %1268
  store float %1269, ptr %1259, align 4
  %1270 = insertelement <8 x float> poison, float %1189, i64 0
  %1271 = shufflevector <8 x float> %1270, <8 x float> poison, <8 x i32> zeroinitializer
  %1272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1213, <8 x float> %dsk4.01059)
  %1273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1228, <8 x float> %dsk5.01058)
  %1274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1243, <8 x float> %dsk6.01057)
  %1275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1258, <8 x float> %dsk7.01056)
  store <8 x float> %1213, ptr %1167, align 4
  store <8 x float> %1228, ptr %1170, align 4
  store <8 x float> %1243, ptr %1173, align 4
  store <8 x float> %1258, ptr %1176, align 4
  %i20.next = add nuw nsw i64 %i20.addr.01055, 1
  %exitcond1173.not = icmp eq i64 %i20.next, 32
  br i1 %exitcond1173.not, label %i20.exit, label %i20.body

i20.exit:                                         ; preds = %i20.body
  store <8 x float> %1272, ptr %dSk, align 4
  store <8 x float> %1273, ptr %24, align 4
  store <8 x float> %1274, ptr %25, align 4
  store <8 x float> %1275, ptr %26, align 4
  %1276 = load <8 x float>, ptr %dkTmp, align 4
  %1277 = fmul <8 x float> %1084, %1276
  %1278 = getelementptr float, ptr %kh1, i64 %982
  store <8 x float> %1277, ptr %1278, align 4
  %1279 = load <8 x float>, ptr %48, align 4
  %1280 = fmul <8 x float> %1084, %1279
  %1281 = getelementptr float, ptr %72, i64 %982
  store <8 x float> %1280, ptr %1281, align 4
  %1282 = load <8 x float>, ptr %49, align 4
  %1283 = fmul <8 x float> %1084, %1282
  %1284 = getelementptr float, ptr %73, i64 %982
  store <8 x float> %1283, ptr %1284, align 4
  %1285 = load <8 x float>, ptr %50, align 4
  %1286 = fmul <8 x float> %1084, %1285
  %1287 = getelementptr float, ptr %74, i64 %982
  store <8 x float> %1286, ptr %1287, align 4
  %1288 = insertelement <8 x float> poison, float %1128, i64 0
  %1289 = shufflevector <8 x float> %1288, <8 x float> poison, <8 x i32> zeroinitializer
  %1290 = fmul <8 x float> %1289, %1272
  %1291 = getelementptr float, ptr %vh1, i64 %1132
  store <8 x float> %1290, ptr %1291, align 4
  %1292 = fmul <8 x float> %1289, %1273
  %1293 = getelementptr float, ptr %69, i64 %1132
  store <8 x float> %1292, ptr %1293, align 4
  %1294 = fmul <8 x float> %1289, %1274
  %1295 = getelementptr float, ptr %70, i64 %1132
  store <8 x float> %1294, ptr %1295, align 4
  %1296 = fmul <8 x float> %1289, %1275
  %1297 = getelementptr float, ptr %71, i64 %1132
  store <8 x float> %1296, ptr %1297, align 4
  %1298 = getelementptr i8, ptr %1093, i64 256
  %1299 = load <8 x float>, ptr %1298, align 4
  %1300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1272, <8 x float> %1299, <8 x float> zeroinitializer)
  %1301 = getelementptr i8, ptr %1097, i64 256
  %1302 = load <8 x float>, ptr %1301, align 4
  %1303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1273, <8 x float> %1302, <8 x float> %1300)
  %1304 = getelementptr i8, ptr %1101, i64 256
  %1305 = load <8 x float>, ptr %1304, align 4
  %1306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1274, <8 x float> %1305, <8 x float> %1303)
  %1307 = getelementptr i8, ptr %1105, i64 256
  %1308 = load <8 x float>, ptr %1307, align 4
  %1309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1275, <8 x float> %1308, <8 x float> %1306)
  %1310 = shufflevector <8 x float> %1309, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1311 = shufflevector <8 x float> %1309, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1312 = fadd <4 x float> %1310, %1311
  %1313 = shufflevector <4 x float> %1312, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1314 = shufflevector <4 x float> %1312, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1315 = fadd <2 x float> %1313, %1314
  %shift1306 = shufflevector <2 x float> %1315, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1316 = fadd <2 x float> %1315, %shift1306
  %1317 = extractelement <2 x float> %1316, i64 0
  %1318 = getelementptr inbounds float, ptr %betah1, i64 %1126
  store float %1317, ptr %1318, align 4
  store <8 x float> %1272, ptr %dSkPrev, align 4
  store <8 x float> %1273, ptr %45, align 4
  store <8 x float> %1274, ptr %46, align 4
  store <8 x float> %1275, ptr %47, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %1319 = fneg float %1128
  br label %i26.body

i26.body:                                         ; preds = %i20.exit, %i26.body
  %i26.addr.01070 = phi i64 [ 0, %i20.exit ], [ %i26.next, %i26.body ]
  %dsk11.01069 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1416, %i26.body ]
  %dsk10.01068 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1415, %i26.body ]
  %dsk9.01067 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1414, %i26.body ]
  %dsk8.01066 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1413, %i26.body ]
  %1320 = shl nuw nsw i64 %i26.addr.01070, 5
  %1321 = getelementptr inbounds float, ptr %dS, i64 %1320
  %1322 = load <8 x float>, ptr %1321, align 4
  %1323 = or disjoint i64 %1320, 8
  %1324 = getelementptr inbounds float, ptr %dS, i64 %1323
  %1325 = load <8 x float>, ptr %1324, align 4
  %1326 = or disjoint i64 %1320, 16
  %1327 = getelementptr inbounds float, ptr %dS, i64 %1326
  %1328 = load <8 x float>, ptr %1327, align 4
  %1329 = or disjoint i64 %1320, 24
  %1330 = getelementptr inbounds float, ptr %dS, i64 %1329
  %1331 = load <8 x float>, ptr %1330, align 4
  %1332 = getelementptr float, ptr %kh, i64 %i26.addr.01070
  %1333 = getelementptr float, ptr %1332, i64 %1132
  %1334 = load float, ptr %1333, align 4
  %1335 = fmul float %1334, %1319
  %1336 = getelementptr float, ptr %1332, i64 %1130
  %1337 = load float, ptr %1336, align 4
  %1338 = fmul float %1120, %1337
  %1339 = getelementptr float, ptr %1332, i64 %1131
  %1340 = load float, ptr %1339, align 4
  %1341 = fmul float %1124, %1340
  %1342 = load <8 x float>, ptr %dSkPrev, align 4
  %1343 = add nuw nsw i64 %1320, %1133
  %1344 = getelementptr inbounds float, ptr %Sh, i64 %1343
  %1345 = load <8 x float>, ptr %1344, align 4
  %1346 = load <8 x float>, ptr %1135, align 4
  %1347 = insertelement <8 x float> poison, float %1338, i64 0
  %1348 = shufflevector <8 x float> %1347, <8 x float> poison, <8 x i32> zeroinitializer
  %1349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1346, <8 x float> %1345)
  %1350 = load <8 x float>, ptr %1137, align 4
  %1351 = insertelement <8 x float> poison, float %1341, i64 0
  %1352 = shufflevector <8 x float> %1351, <8 x float> poison, <8 x i32> zeroinitializer
  %1353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1350, <8 x float> %1349)
  %1354 = load <8 x float>, ptr %1139, align 4
  %1355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1322, <8 x float> %1354, <8 x float> zeroinitializer)
  %1356 = fneg <8 x float> %1353
  %1357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1356, <8 x float> %1342, <8 x float> %1355)
  %1358 = insertelement <8 x float> poison, float %1335, i64 0
  %1359 = shufflevector <8 x float> %1358, <8 x float> poison, <8 x i32> zeroinitializer
  %1360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1342, <8 x float> %1322)
  %1361 = load <8 x float>, ptr %21, align 4
  %1362 = or disjoint i64 %1343, 8
  %1363 = getelementptr inbounds float, ptr %Sh, i64 %1362
  %1364 = load <8 x float>, ptr %1363, align 4
  %1365 = load <8 x float>, ptr %1143, align 4
  %1366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1365, <8 x float> %1364)
  %1367 = load <8 x float>, ptr %1145, align 4
  %1368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1367, <8 x float> %1366)
  %1369 = load <8 x float>, ptr %1147, align 4
  %1370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1325, <8 x float> %1369, <8 x float> %1357)
  %1371 = fneg <8 x float> %1368
  %1372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1371, <8 x float> %1361, <8 x float> %1370)
  %1373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1361, <8 x float> %1325)
  %1374 = load <8 x float>, ptr %22, align 4
  %1375 = or disjoint i64 %1343, 16
  %1376 = getelementptr inbounds float, ptr %Sh, i64 %1375
  %1377 = load <8 x float>, ptr %1376, align 4
  %1378 = load <8 x float>, ptr %1151, align 4
  %1379 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1378, <8 x float> %1377)
  %1380 = load <8 x float>, ptr %1153, align 4
  %1381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1380, <8 x float> %1379)
  %1382 = load <8 x float>, ptr %1155, align 4
  %1383 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> %1382, <8 x float> %1372)
  %1384 = fneg <8 x float> %1381
  %1385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1384, <8 x float> %1374, <8 x float> %1383)
  %1386 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1374, <8 x float> %1328)
  %1387 = load <8 x float>, ptr %23, align 4
  %1388 = or disjoint i64 %1343, 24
  %1389 = getelementptr inbounds float, ptr %Sh, i64 %1388
  %1390 = load <8 x float>, ptr %1389, align 4
  %1391 = load <8 x float>, ptr %1159, align 4
  %1392 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1391, <8 x float> %1390)
  %1393 = load <8 x float>, ptr %1161, align 4
  %1394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1393, <8 x float> %1392)
  %1395 = load <8 x float>, ptr %1163, align 4
  %1396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1331, <8 x float> %1395, <8 x float> %1385)
  %1397 = fneg <8 x float> %1394
  %1398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1397, <8 x float> %1387, <8 x float> %1396)
  %1399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1387, <8 x float> %1331)
  %1400 = getelementptr inbounds float, ptr %dkTmp, i64 %i26.addr.01070
  %1401 = load float, ptr %1400, align 4
  %1402 = shufflevector <8 x float> %1398, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1403 = shufflevector <8 x float> %1398, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1404 = fadd <4 x float> %1402, %1403
  %1405 = shufflevector <4 x float> %1404, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1406 = shufflevector <4 x float> %1404, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1407 = fadd <2 x float> %1405, %1406
  %shift1307 = shufflevector <2 x float> %1407, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1408 = fadd <2 x float> %1407, %shift1307
  %1409 = extractelement <2 x float> %1408, i64 0
  %1410 = fadd float %1401, %1409
  store float %1410, ptr %1400, align 4
  %1411 = insertelement <8 x float> poison, float %1340, i64 0
  %1412 = shufflevector <8 x float> %1411, <8 x float> poison, <8 x i32> zeroinitializer
  %1413 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1360, <8 x float> %dsk8.01066)
  %1414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1373, <8 x float> %dsk9.01067)
  %1415 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1386, <8 x float> %dsk10.01068)
  %1416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1399, <8 x float> %dsk11.01069)
  store <8 x float> %1360, ptr %1321, align 4
  store <8 x float> %1373, ptr %1324, align 4
  store <8 x float> %1386, ptr %1327, align 4
  store <8 x float> %1399, ptr %1330, align 4
  %i26.next = add nuw nsw i64 %i26.addr.01070, 1
  %exitcond1174.not = icmp eq i64 %i26.next, 32
  br i1 %exitcond1174.not, label %i26.exit, label %i26.body

i26.exit:                                         ; preds = %i26.body
  store <8 x float> %1413, ptr %dSk, align 4
  store <8 x float> %1414, ptr %24, align 4
  store <8 x float> %1415, ptr %25, align 4
  store <8 x float> %1416, ptr %26, align 4
  %1417 = load <8 x float>, ptr %dkTmp, align 4
  %1418 = fmul <8 x float> %1289, %1417
  %1419 = getelementptr float, ptr %kh1, i64 %1132
  store <8 x float> %1418, ptr %1419, align 4
  %1420 = load <8 x float>, ptr %48, align 4
  %1421 = fmul <8 x float> %1289, %1420
  %1422 = getelementptr float, ptr %72, i64 %1132
  store <8 x float> %1421, ptr %1422, align 4
  %1423 = load <8 x float>, ptr %49, align 4
  %1424 = fmul <8 x float> %1289, %1423
  %1425 = getelementptr float, ptr %73, i64 %1132
  store <8 x float> %1424, ptr %1425, align 4
  %1426 = load <8 x float>, ptr %50, align 4
  %1427 = fmul <8 x float> %1289, %1426
  %1428 = getelementptr float, ptr %74, i64 %1132
  store <8 x float> %1427, ptr %1428, align 4
  %1429 = insertelement <8 x float> poison, float %1124, i64 0
  %1430 = shufflevector <8 x float> %1429, <8 x float> poison, <8 x i32> zeroinitializer
  %1431 = fmul <8 x float> %1430, %1413
  %1432 = getelementptr float, ptr %vh1, i64 %1131
  store <8 x float> %1431, ptr %1432, align 4
  %1433 = fmul <8 x float> %1430, %1414
  %1434 = getelementptr float, ptr %69, i64 %1131
  store <8 x float> %1433, ptr %1434, align 4
  %1435 = fmul <8 x float> %1430, %1415
  %1436 = getelementptr float, ptr %70, i64 %1131
  store <8 x float> %1435, ptr %1436, align 4
  %1437 = fmul <8 x float> %1430, %1416
  %1438 = getelementptr float, ptr %71, i64 %1131
  store <8 x float> %1437, ptr %1438, align 4
  %1439 = getelementptr i8, ptr %1093, i64 128
  %1440 = load <8 x float>, ptr %1439, align 4
  %1441 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1413, <8 x float> %1440, <8 x float> zeroinitializer)
  %1442 = getelementptr i8, ptr %1097, i64 128
  %1443 = load <8 x float>, ptr %1442, align 4
  %1444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1414, <8 x float> %1443, <8 x float> %1441)
  %1445 = getelementptr i8, ptr %1101, i64 128
  %1446 = load <8 x float>, ptr %1445, align 4
  %1447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1415, <8 x float> %1446, <8 x float> %1444)
  %1448 = getelementptr i8, ptr %1105, i64 128
  %1449 = load <8 x float>, ptr %1448, align 4
  %1450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1416, <8 x float> %1449, <8 x float> %1447)
  %1451 = shufflevector <8 x float> %1450, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1452 = shufflevector <8 x float> %1450, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1453 = fadd <4 x float> %1451, %1452
  %1454 = shufflevector <4 x float> %1453, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1455 = shufflevector <4 x float> %1453, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1456 = fadd <2 x float> %1454, %1455
  %shift1308 = shufflevector <2 x float> %1456, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1457 = fadd <2 x float> %1456, %shift1308
  %1458 = extractelement <2 x float> %1457, i64 0
  %1459 = getelementptr inbounds float, ptr %betah1, i64 %1122
  store float %1458, ptr %1459, align 4
  store <8 x float> %1413, ptr %dSkPrev, align 4
  store <8 x float> %1414, ptr %45, align 4
  store <8 x float> %1415, ptr %46, align 4
  store <8 x float> %1416, ptr %47, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %1460 = fneg float %1124
  br label %i32.body

i32.body:                                         ; preds = %i26.exit, %i32.body
  %i32.addr.01081 = phi i64 [ 0, %i26.exit ], [ %i32.next, %i32.body ]
  %dsk15.01080 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1544, %i32.body ]
  %dsk14.01079 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1543, %i32.body ]
  %dsk13.01078 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1542, %i32.body ]
  %dsk12.01077 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1541, %i32.body ]
  %1461 = shl nuw nsw i64 %i32.addr.01081, 5
  %1462 = getelementptr inbounds float, ptr %dS, i64 %1461
  %1463 = load <8 x float>, ptr %1462, align 4
  %1464 = or disjoint i64 %1461, 8
  %1465 = getelementptr inbounds float, ptr %dS, i64 %1464
  %1466 = load <8 x float>, ptr %1465, align 4
  %1467 = or disjoint i64 %1461, 16
  %1468 = getelementptr inbounds float, ptr %dS, i64 %1467
  %1469 = load <8 x float>, ptr %1468, align 4
  %1470 = or disjoint i64 %1461, 24
  %1471 = getelementptr inbounds float, ptr %dS, i64 %1470
  %1472 = load <8 x float>, ptr %1471, align 4
  %1473 = getelementptr float, ptr %kh, i64 %i32.addr.01081
  %1474 = getelementptr float, ptr %1473, i64 %1131
  %1475 = load float, ptr %1474, align 4
  %1476 = fmul float %1475, %1460
  %1477 = getelementptr float, ptr %1473, i64 %1130
  %1478 = load float, ptr %1477, align 4
  %1479 = fmul float %1120, %1478
  %1480 = load <8 x float>, ptr %dSkPrev, align 4
  %1481 = add nuw nsw i64 %1461, %1133
  %1482 = getelementptr inbounds float, ptr %Sh, i64 %1481
  %1483 = load <8 x float>, ptr %1482, align 4
  %1484 = load <8 x float>, ptr %1135, align 4
  %1485 = insertelement <8 x float> poison, float %1479, i64 0
  %1486 = shufflevector <8 x float> %1485, <8 x float> poison, <8 x i32> zeroinitializer
  %1487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1484, <8 x float> %1483)
  %1488 = load <8 x float>, ptr %1137, align 4
  %1489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> %1488, <8 x float> zeroinitializer)
  %1490 = fneg <8 x float> %1487
  %1491 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1490, <8 x float> %1480, <8 x float> %1489)
  %1492 = insertelement <8 x float> poison, float %1476, i64 0
  %1493 = shufflevector <8 x float> %1492, <8 x float> poison, <8 x i32> zeroinitializer
  %1494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1480, <8 x float> %1463)
  %1495 = load <8 x float>, ptr %21, align 4
  %1496 = or disjoint i64 %1481, 8
  %1497 = getelementptr inbounds float, ptr %Sh, i64 %1496
  %1498 = load <8 x float>, ptr %1497, align 4
  %1499 = load <8 x float>, ptr %1143, align 4
  %1500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1499, <8 x float> %1498)
  %1501 = load <8 x float>, ptr %1145, align 4
  %1502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1466, <8 x float> %1501, <8 x float> %1491)
  %1503 = fneg <8 x float> %1500
  %1504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1503, <8 x float> %1495, <8 x float> %1502)
  %1505 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1495, <8 x float> %1466)
  %1506 = load <8 x float>, ptr %22, align 4
  %1507 = or disjoint i64 %1481, 16
  %1508 = getelementptr inbounds float, ptr %Sh, i64 %1507
  %1509 = load <8 x float>, ptr %1508, align 4
  %1510 = load <8 x float>, ptr %1151, align 4
  %1511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1510, <8 x float> %1509)
  %1512 = load <8 x float>, ptr %1153, align 4
  %1513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1469, <8 x float> %1512, <8 x float> %1504)
  %1514 = fneg <8 x float> %1511
  %1515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1514, <8 x float> %1506, <8 x float> %1513)
  %1516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1506, <8 x float> %1469)
  %1517 = load <8 x float>, ptr %23, align 4
  %1518 = or disjoint i64 %1481, 24
  %1519 = getelementptr inbounds float, ptr %Sh, i64 %1518
  %1520 = load <8 x float>, ptr %1519, align 4
  %1521 = load <8 x float>, ptr %1159, align 4
  %1522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1521, <8 x float> %1520)
  %1523 = load <8 x float>, ptr %1161, align 4
  %1524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1472, <8 x float> %1523, <8 x float> %1515)
  %1525 = fneg <8 x float> %1522
  %1526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1525, <8 x float> %1517, <8 x float> %1524)
  %1527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1517, <8 x float> %1472)
  %1528 = getelementptr inbounds float, ptr %dkTmp, i64 %i32.addr.01081
  %1529 = load float, ptr %1528, align 4
  %1530 = shufflevector <8 x float> %1526, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1531 = shufflevector <8 x float> %1526, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1532 = fadd <4 x float> %1530, %1531
  %1533 = shufflevector <4 x float> %1532, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1534 = shufflevector <4 x float> %1532, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1535 = fadd <2 x float> %1533, %1534
  %shift1309 = shufflevector <2 x float> %1535, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1536 = fadd <2 x float> %1535, %shift1309
  %1537 = extractelement <2 x float> %1536, i64 0
  %1538 = fadd float %1529, %1537
  store float %1538, ptr %1528, align 4
  %1539 = insertelement <8 x float> poison, float %1478, i64 0
  %1540 = shufflevector <8 x float> %1539, <8 x float> poison, <8 x i32> zeroinitializer
  %1541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1494, <8 x float> %dsk12.01077)
  %1542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1505, <8 x float> %dsk13.01078)
  %1543 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1516, <8 x float> %dsk14.01079)
  %1544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1527, <8 x float> %dsk15.01080)
  store <8 x float> %1494, ptr %1462, align 4
  store <8 x float> %1505, ptr %1465, align 4
  store <8 x float> %1516, ptr %1468, align 4
  store <8 x float> %1527, ptr %1471, align 4
  %i32.next = add nuw nsw i64 %i32.addr.01081, 1
  %exitcond1175.not = icmp eq i64 %i32.next, 32
  br i1 %exitcond1175.not, label %i32.exit, label %i32.body

i32.exit:                                         ; preds = %i32.body
  store <8 x float> %1541, ptr %dSk, align 4
  store <8 x float> %1542, ptr %24, align 4
  store <8 x float> %1543, ptr %25, align 4
  store <8 x float> %1544, ptr %26, align 4
  %1545 = load <8 x float>, ptr %dkTmp, align 4
  %1546 = fmul <8 x float> %1430, %1545
  %1547 = getelementptr float, ptr %kh1, i64 %1131
  store <8 x float> %1546, ptr %1547, align 4
  %1548 = load <8 x float>, ptr %48, align 4
  %1549 = fmul <8 x float> %1430, %1548
  %1550 = getelementptr float, ptr %72, i64 %1131
  store <8 x float> %1549, ptr %1550, align 4
  %1551 = load <8 x float>, ptr %49, align 4
  %1552 = fmul <8 x float> %1430, %1551
  %1553 = getelementptr float, ptr %73, i64 %1131
  store <8 x float> %1552, ptr %1553, align 4
  %1554 = load <8 x float>, ptr %50, align 4
  %1555 = fmul <8 x float> %1430, %1554
  %1556 = getelementptr float, ptr %74, i64 %1131
  store <8 x float> %1555, ptr %1556, align 4
  %1557 = insertelement <8 x float> poison, float %1120, i64 0
  %1558 = shufflevector <8 x float> %1557, <8 x float> poison, <8 x i32> zeroinitializer
  %1559 = fmul <8 x float> %1558, %1541
  %1560 = getelementptr float, ptr %vh1, i64 %1130
  store <8 x float> %1559, ptr %1560, align 4
  %1561 = fmul <8 x float> %1558, %1542
  %1562 = getelementptr float, ptr %69, i64 %1130
  store <8 x float> %1561, ptr %1562, align 4
  %1563 = fmul <8 x float> %1558, %1543
  %1564 = getelementptr float, ptr %70, i64 %1130
  store <8 x float> %1563, ptr %1564, align 4
  %1565 = fmul <8 x float> %1558, %1544
  %1566 = getelementptr float, ptr %71, i64 %1130
  store <8 x float> %1565, ptr %1566, align 4
  %1567 = load <8 x float>, ptr %1093, align 4
  %1568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1541, <8 x float> %1567, <8 x float> zeroinitializer)
  %1569 = load <8 x float>, ptr %1097, align 4
  %1570 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1542, <8 x float> %1569, <8 x float> %1568)
  %1571 = load <8 x float>, ptr %1101, align 4
  %1572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1543, <8 x float> %1571, <8 x float> %1570)
  %1573 = load <8 x float>, ptr %1105, align 4
  %1574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1544, <8 x float> %1573, <8 x float> %1572)
  %1575 = shufflevector <8 x float> %1574, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1576 = shufflevector <8 x float> %1574, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1577 = fadd <4 x float> %1575, %1576
  %1578 = shufflevector <4 x float> %1577, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1579 = shufflevector <4 x float> %1577, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1580 = fadd <2 x float> %1578, %1579
  %shift1310 = shufflevector <2 x float> %1580, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1581 = fadd <2 x float> %1580, %shift1310
  %1582 = extractelement <2 x float> %1581, i64 0
  %1583 = getelementptr inbounds float, ptr %betah1, i64 %1118
  store float %1582, ptr %1583, align 4
  store <8 x float> %1541, ptr %dSkPrev, align 4
  store <8 x float> %1542, ptr %45, align 4
  store <8 x float> %1543, ptr %46, align 4
  store <8 x float> %1544, ptr %47, align 4
  %tt.next = add nuw nsw i64 %tt.addr.01087, 1
  %exitcond1178.not = icmp eq i64 %tt.next, %smax1177
  br i1 %exitcond1178.not, label %j20.head.preheader, label %tt.body

i38.body:                                         ; preds = %j20.head.preheader, %i38.body
  %i38.addr.01089 = phi i64 [ 0, %j20.head.preheader ], [ %i38.next, %i38.body ]
  %1584 = shl nuw nsw i64 %i38.addr.01089, 5
  %1585 = getelementptr inbounds float, ptr %dS, i64 %1584
  %1586 = load <8 x float>, ptr %1585, align 4
  %1587 = or disjoint i64 %1584, 8
  %1588 = getelementptr inbounds float, ptr %dS, i64 %1587
  %1589 = load <8 x float>, ptr %1588, align 4
  %1590 = or disjoint i64 %1584, 16
  %1591 = getelementptr inbounds float, ptr %dS, i64 %1590
  %1592 = load <8 x float>, ptr %1591, align 4
  %1593 = or disjoint i64 %1584, 24
  %1594 = getelementptr inbounds float, ptr %dS, i64 %1593
  %1595 = load <8 x float>, ptr %1594, align 4
  %1596 = or disjoint i64 %i38.addr.01089, %189
  %1597 = getelementptr inbounds float, ptr %kh, i64 %1596
  %1598 = load float, ptr %1597, align 4
  %1599 = fmul float %1598, %948
  %1600 = load <8 x float>, ptr %dSkPrev, align 4
  %1601 = getelementptr inbounds float, ptr %Sh, i64 %1584
  %1602 = load <8 x float>, ptr %1601, align 4
  %1603 = load <8 x float>, ptr %R, align 4
  %1604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1586, <8 x float> %1603, <8 x float> zeroinitializer)
  %1605 = fneg <8 x float> %1602
  %1606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1605, <8 x float> %1600, <8 x float> %1604)
  %1607 = insertelement <8 x float> poison, float %1599, i64 0
  %1608 = shufflevector <8 x float> %1607, <8 x float> poison, <8 x i32> zeroinitializer
  %1609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1600, <8 x float> %1586)
  %1610 = load <8 x float>, ptr %21, align 4
  %1611 = getelementptr inbounds float, ptr %Sh, i64 %1587
  %1612 = load <8 x float>, ptr %1611, align 4
  %1613 = load <8 x float>, ptr %5, align 4
  %1614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1589, <8 x float> %1613, <8 x float> %1606)
  %1615 = fneg <8 x float> %1612
  %1616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1615, <8 x float> %1610, <8 x float> %1614)
  %1617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1610, <8 x float> %1589)
  %1618 = load <8 x float>, ptr %22, align 4
  %1619 = getelementptr inbounds float, ptr %Sh, i64 %1590
  %1620 = load <8 x float>, ptr %1619, align 4
  %1621 = load <8 x float>, ptr %6, align 4
  %1622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1592, <8 x float> %1621, <8 x float> %1616)
  %1623 = fneg <8 x float> %1620
  %1624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1623, <8 x float> %1618, <8 x float> %1622)
  %1625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1618, <8 x float> %1592)
  %1626 = load <8 x float>, ptr %23, align 4
  %1627 = getelementptr inbounds float, ptr %Sh, i64 %1593
  %1628 = load <8 x float>, ptr %1627, align 4
  %1629 = load <8 x float>, ptr %7, align 4
  %1630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1595, <8 x float> %1629, <8 x float> %1624)
  %1631 = fneg <8 x float> %1628
  %1632 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1631, <8 x float> %1626, <8 x float> %1630)
  %1633 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1626, <8 x float> %1595)
  %1634 = getelementptr inbounds float, ptr %dkTmp, i64 %i38.addr.01089
  %1635 = load float, ptr %1634, align 4
  %1636 = shufflevector <8 x float> %1632, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1637 = shufflevector <8 x float> %1632, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1638 = fadd <4 x float> %1636, %1637
  %1639 = shufflevector <4 x float> %1638, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1640 = shufflevector <4 x float> %1638, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1641 = fadd <2 x float> %1639, %1640
  %shift1311 = shufflevector <2 x float> %1641, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1642 = fadd <2 x float> %1641, %shift1311
  %1643 = extractelement <2 x float> %1642, i64 0
  %1644 = fadd float %1635, %1643
  store float %1644, ptr %1634, align 4
  store <8 x float> %1609, ptr %1585, align 4
  store <8 x float> %1617, ptr %1588, align 4
  store <8 x float> %1625, ptr %1591, align 4
  store <8 x float> %1633, ptr %1594, align 4
  %i38.next = add nuw nsw i64 %i38.addr.01089, 1
  %exitcond1179.not = icmp eq i64 %i38.next, 32
  br i1 %exitcond1179.not, label %j21.body.preheader, label %i38.body

j21.body.preheader:                               ; preds = %i38.body
  %1645 = load <8 x float>, ptr %dkTmp, align 4
  %1646 = fmul <8 x float> %194, %1645
  %1647 = getelementptr inbounds float, ptr %kh1, i64 %189
  store <8 x float> %1646, ptr %1647, align 4
  %1648 = load <8 x float>, ptr %51, align 4
  %1649 = fmul <8 x float> %194, %1648
  %1650 = getelementptr inbounds float, ptr %kh1, i64 %196
  store <8 x float> %1649, ptr %1650, align 4
  %1651 = load <8 x float>, ptr %52, align 4
  %1652 = fmul <8 x float> %194, %1651
  %1653 = getelementptr inbounds float, ptr %kh1, i64 %201
  store <8 x float> %1652, ptr %1653, align 4
  %1654 = load <8 x float>, ptr %53, align 4
  %1655 = fmul <8 x float> %194, %1654
  %1656 = getelementptr inbounds float, ptr %kh1, i64 %206
  store <8 x float> %1655, ptr %1656, align 4
  %cc.next = add nuw nsw i64 %cc.addr.01091, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond1181.not = icmp eq i64 %cc.next, %smax1180
  br i1 %exitcond1181.not, label %i40.head.preheader, label %cc.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
; ---- dp_step_h4_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h4_k32_v32_c1_nogate'
source_filename = "dp_step_h4_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h4_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %2 = or disjoint i64 %sq, 8
  %3 = or disjoint i64 %sq, 16
  %4 = or disjoint i64 %sq, 24
  %5 = shl nsw i64 %H, 6
  %.idx = shl nsw i64 %H, 3
  %6 = or disjoint i64 %5, 8
  %7 = or disjoint i64 %5, 16
  %8 = or disjoint i64 %5, 24
  %9 = mul nsw i64 %H, 96
  %.idx342 = mul i64 %H, 12
  %10 = or disjoint i64 %9, 8
  %11 = or disjoint i64 %9, 16
  %12 = or disjoint i64 %9, 24
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i4.exit
  %bh.addr.0388 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i4.exit ]
  %b = sdiv i64 %bh.addr.0388, %H
  %h = srem i64 %bh.addr.0388, %H
  %13 = mul nsw i64 %b, %H
  %bT = add nsw i64 %13, %h
  %14 = mul i64 %1, %b
  %bTn = add nsw i64 %14, %h
  %15 = shl nsw i64 %bT, 5
  %16 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %16
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0388, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i4.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0351 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %65, %i.body ]
  %acc1.0350 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %69, %i.body ]
  %acc2.0349 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %73, %i.body ]
  %acc3.0348 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %77, %i.body ]
  %acc4.0347 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %86, %i.body ]
  %acc5.0346 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %90, %i.body ]
  %acc6.0345 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %94, %i.body ]
  %acc7.0344 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %98, %i.body ]
  %i.addr.0343 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %17 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0343
  %18 = load float, ptr %17, align 4
  %19 = shl nuw nsw i64 %i.addr.0343, 5
  %20 = getelementptr inbounds float, ptr %S, i64 %19
  %21 = load <8 x float>, ptr %20, align 4
  %22 = insertelement <8 x float> poison, float %18, i64 0
  %23 = shufflevector <8 x float> %22, <8 x float> poison, <8 x i32> zeroinitializer
  %24 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %21, <8 x float> %acc.0351)
  %25 = or disjoint i64 %19, 8
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %27, <8 x float> %acc1.0350)
  %29 = or disjoint i64 %19, 16
  %30 = getelementptr inbounds float, ptr %S, i64 %29
  %31 = load <8 x float>, ptr %30, align 4
  %32 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %31, <8 x float> %acc2.0349)
  %33 = or disjoint i64 %19, 24
  %34 = getelementptr inbounds float, ptr %S, i64 %33
  %35 = load <8 x float>, ptr %34, align 4
  %36 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %35, <8 x float> %acc3.0348)
  %37 = or disjoint i64 %i.addr.0343, 1
  %38 = getelementptr inbounds float, ptr %kh, i64 %37
  %39 = load float, ptr %38, align 4
  %40 = shl nuw nsw i64 %37, 5
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <8 x float>, ptr %41, align 4
  %43 = insertelement <8 x float> poison, float %39, i64 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %42, <8 x float> %acc4.0347)
  %46 = or disjoint i64 %40, 8
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %48, <8 x float> %acc5.0346)
  %50 = or disjoint i64 %40, 16
  %51 = getelementptr inbounds float, ptr %S, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %52, <8 x float> %acc6.0345)
  %54 = or disjoint i64 %40, 24
  %55 = getelementptr inbounds float, ptr %S, i64 %54
  %56 = load <8 x float>, ptr %55, align 4
  %57 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %56, <8 x float> %acc7.0344)
  %i.next = or disjoint i64 %i.addr.0343, 2
  %58 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %59 = load float, ptr %58, align 4
  %60 = shl nuw nsw i64 %i.next, 5
  %61 = getelementptr inbounds float, ptr %S, i64 %60
  %62 = load <8 x float>, ptr %61, align 4
  %63 = insertelement <8 x float> poison, float %59, i64 0
  %64 = shufflevector <8 x float> %63, <8 x float> poison, <8 x i32> zeroinitializer
  %65 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %62, <8 x float> %24)
  %66 = or disjoint i64 %60, 8
  %67 = getelementptr inbounds float, ptr %S, i64 %66
  %68 = load <8 x float>, ptr %67, align 4
  %69 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %68, <8 x float> %28)
  %70 = or disjoint i64 %60, 16
  %71 = getelementptr inbounds float, ptr %S, i64 %70
  %72 = load <8 x float>, ptr %71, align 4
  %73 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %72, <8 x float> %32)
  %74 = or disjoint i64 %60, 24
  %75 = getelementptr inbounds float, ptr %S, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %76, <8 x float> %36)
  %78 = or disjoint i64 %i.addr.0343, 3
  %79 = getelementptr inbounds float, ptr %kh, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = shl nuw nsw i64 %78, 5
  %82 = getelementptr inbounds float, ptr %S, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = insertelement <8 x float> poison, float %80, i64 0
  %85 = shufflevector <8 x float> %84, <8 x float> poison, <8 x i32> zeroinitializer
  %86 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %83, <8 x float> %45)
  %87 = or disjoint i64 %81, 8
  %88 = getelementptr inbounds float, ptr %S, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %89, <8 x float> %49)
  %91 = or disjoint i64 %81, 16
  %92 = getelementptr inbounds float, ptr %S, i64 %91
  %93 = load <8 x float>, ptr %92, align 4
  %94 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %93, <8 x float> %53)
  %95 = or disjoint i64 %81, 24
  %96 = getelementptr inbounds float, ptr %S, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %97, <8 x float> %57)
  %i.next.1 = add nuw nsw i64 %i.addr.0343, 4
  %99 = icmp ult i64 %i.next, 30
  br i1 %99, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %16
  %100 = load float, ptr %betah, align 4
  %101 = load <8 x float>, ptr %vh, align 4
  %102 = fadd <8 x float> %86, %65
  %103 = fsub <8 x float> %101, %102
  %104 = insertelement <8 x float> poison, float %100, i64 0
  %105 = shufflevector <8 x float> %104, <8 x float> poison, <8 x i32> zeroinitializer
  %106 = fmul <8 x float> %105, %103
  %107 = getelementptr inbounds i8, ptr %vh, i64 32
  %108 = load <8 x float>, ptr %107, align 4
  %109 = fadd <8 x float> %90, %69
  %110 = fsub <8 x float> %108, %109
  %111 = fmul <8 x float> %105, %110
  %112 = getelementptr inbounds i8, ptr %vh, i64 64
  %113 = load <8 x float>, ptr %112, align 4
  %114 = fadd <8 x float> %94, %73
  %115 = fsub <8 x float> %113, %114
  %116 = fmul <8 x float> %105, %115
  %117 = getelementptr inbounds i8, ptr %vh, i64 96
  %118 = load <8 x float>, ptr %117, align 4
  %119 = fadd <8 x float> %98, %77
  %120 = fsub <8 x float> %118, %119
  %121 = fmul <8 x float> %105, %120
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0360 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %135, %i1.body ]
  %acc9.0359 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %140, %i1.body ]
  %acc10.0358 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %145, %i1.body ]
  %acc11.0357 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %150, %i1.body ]
  %acc12.0356 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %165, %i1.body ]
  %acc13.0355 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %170, %i1.body ]
  %acc14.0354 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %175, %i1.body ]
  %acc15.0353 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %180, %i1.body ]
  %i1.addr.0352 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %122 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0352
  %123 = load float, ptr %122, align 4
  %124 = or disjoint i64 %i1.addr.0352, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %123, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = shl nuw nsw i64 %i1.addr.0352, 5
  %130 = getelementptr inbounds float, ptr %S, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %106, <8 x float> %131)
  store <8 x float> %132, ptr %130, align 4
  %133 = insertelement <8 x float> poison, float %126, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %132, <8 x float> %acc832.0360)
  %136 = or disjoint i64 %129, 8
  %137 = getelementptr inbounds float, ptr %S, i64 %136
  %138 = load <8 x float>, ptr %137, align 4
  %139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %111, <8 x float> %138)
  store <8 x float> %139, ptr %137, align 4
  %140 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %139, <8 x float> %acc9.0359)
  %141 = or disjoint i64 %129, 16
  %142 = getelementptr inbounds float, ptr %S, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %116, <8 x float> %143)
  store <8 x float> %144, ptr %142, align 4
  %145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %144, <8 x float> %acc10.0358)
  %146 = or disjoint i64 %129, 24
  %147 = getelementptr inbounds float, ptr %S, i64 %146
  %148 = load <8 x float>, ptr %147, align 4
  %149 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, ptr %147, align 4
  %150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %149, <8 x float> %acc11.0357)
  %151 = or disjoint i64 %i1.addr.0352, 1
  %152 = getelementptr inbounds float, ptr %kh, i64 %151
  %153 = load float, ptr %152, align 4
  %154 = or disjoint i64 %151, %sq
  %155 = getelementptr inbounds float, ptr %kh, i64 %154
  %156 = load float, ptr %155, align 4
  %157 = insertelement <8 x float> poison, float %153, i64 0
  %158 = shufflevector <8 x float> %157, <8 x float> poison, <8 x i32> zeroinitializer
  %159 = shl nuw nsw i64 %151, 5
  %160 = getelementptr inbounds float, ptr %S, i64 %159
  %161 = load <8 x float>, ptr %160, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %106, <8 x float> %161)
  store <8 x float> %162, ptr %160, align 4
  %163 = insertelement <8 x float> poison, float %156, i64 0
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <8 x i32> zeroinitializer
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %162, <8 x float> %acc12.0356)
  %166 = or disjoint i64 %159, 8
  %167 = getelementptr inbounds float, ptr %S, i64 %166
  %168 = load <8 x float>, ptr %167, align 4
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %111, <8 x float> %168)
  store <8 x float> %169, ptr %167, align 4
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %169, <8 x float> %acc13.0355)
  %171 = or disjoint i64 %159, 16
  %172 = getelementptr inbounds float, ptr %S, i64 %171
  %173 = load <8 x float>, ptr %172, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %116, <8 x float> %173)
  store <8 x float> %174, ptr %172, align 4
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %174, <8 x float> %acc14.0354)
  %176 = or disjoint i64 %159, 24
  %177 = getelementptr inbounds float, ptr %S, i64 %176
  %178 = load <8 x float>, ptr %177, align 4
  %179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %121, <8 x float> %178)
  store <8 x float> %179, ptr %177, align 4
  %180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %179, <8 x float> %acc15.0353)
  %i1.next = add nuw nsw i64 %i1.addr.0352, 2
  %181 = icmp ult i64 %i1.addr.0352, 30
  br i1 %181, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %15
  %182 = getelementptr inbounds float, ptr %betah, i64 %H
  %183 = load float, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %vh, i64 %sq
  %185 = load <8 x float>, ptr %184, align 4
  %186 = fadd <8 x float> %165, %135
  %187 = fsub <8 x float> %185, %186
  %188 = insertelement <8 x float> poison, float %183, i64 0
  %189 = shufflevector <8 x float> %188, <8 x float> poison, <8 x i32> zeroinitializer
  %190 = fmul <8 x float> %189, %187
  %191 = getelementptr inbounds float, ptr %vh, i64 %2
  %192 = load <8 x float>, ptr %191, align 4
  %193 = fadd <8 x float> %170, %140
  %194 = fsub <8 x float> %192, %193
  %195 = fmul <8 x float> %189, %194
  %196 = getelementptr inbounds float, ptr %vh, i64 %3
  %197 = load <8 x float>, ptr %196, align 4
  %198 = fadd <8 x float> %175, %145
  %199 = fsub <8 x float> %197, %198
  %200 = fmul <8 x float> %189, %199
  %201 = getelementptr inbounds float, ptr %vh, i64 %4
  %202 = load <8 x float>, ptr %201, align 4
  %203 = fadd <8 x float> %180, %150
  %204 = fsub <8 x float> %202, %203
  %205 = fmul <8 x float> %189, %204
  br label %i2.body

i2.body:                                          ; preds = %i1.exit, %i2.body
  %acc16.0369 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %220, %i2.body ]
  %acc17.0368 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %225, %i2.body ]
  %acc18.0367 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %230, %i2.body ]
  %acc19.0366 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %235, %i2.body ]
  %acc20.0365 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %251, %i2.body ]
  %acc21.0364 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %256, %i2.body ]
  %acc22.0363 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %261, %i2.body ]
  %acc23.0362 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %266, %i2.body ]
  %i2.addr.0361 = phi i64 [ 0, %i1.exit ], [ %i2.next, %i2.body ]
  %206 = or disjoint i64 %i2.addr.0361, %sq
  %207 = getelementptr inbounds float, ptr %kh, i64 %206
  %208 = load float, ptr %207, align 4
  %209 = or disjoint i64 %i2.addr.0361, %5
  %210 = getelementptr inbounds float, ptr %kh, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = insertelement <8 x float> poison, float %208, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> poison, <8 x i32> zeroinitializer
  %214 = shl nuw nsw i64 %i2.addr.0361, 5
  %215 = getelementptr inbounds float, ptr %S, i64 %214
  %216 = load <8 x float>, ptr %215, align 4
  %217 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %190, <8 x float> %216)
  store <8 x float> %217, ptr %215, align 4
  %218 = insertelement <8 x float> poison, float %211, i64 0
  %219 = shufflevector <8 x float> %218, <8 x float> poison, <8 x i32> zeroinitializer
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %217, <8 x float> %acc16.0369)
  %221 = or disjoint i64 %214, 8
  %222 = getelementptr inbounds float, ptr %S, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %195, <8 x float> %223)
  store <8 x float> %224, ptr %222, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %224, <8 x float> %acc17.0368)
  %226 = or disjoint i64 %214, 16
  %227 = getelementptr inbounds float, ptr %S, i64 %226
  %228 = load <8 x float>, ptr %227, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %200, <8 x float> %228)
  store <8 x float> %229, ptr %227, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %229, <8 x float> %acc18.0367)
  %231 = or disjoint i64 %214, 24
  %232 = getelementptr inbounds float, ptr %S, i64 %231
  %233 = load <8 x float>, ptr %232, align 4
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %205, <8 x float> %233)
  store <8 x float> %234, ptr %232, align 4
  %235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %234, <8 x float> %acc19.0366)
  %236 = or disjoint i64 %i2.addr.0361, 1
  %237 = or disjoint i64 %236, %sq
  %238 = getelementptr inbounds float, ptr %kh, i64 %237
  %239 = load float, ptr %238, align 4
  %240 = or disjoint i64 %236, %5
  %241 = getelementptr inbounds float, ptr %kh, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = insertelement <8 x float> poison, float %239, i64 0
  %244 = shufflevector <8 x float> %243, <8 x float> poison, <8 x i32> zeroinitializer
  %245 = shl nuw nsw i64 %236, 5
  %246 = getelementptr inbounds float, ptr %S, i64 %245
  %247 = load <8 x float>, ptr %246, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %190, <8 x float> %247)
  store <8 x float> %248, ptr %246, align 4
  %249 = insertelement <8 x float> poison, float %242, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %248, <8 x float> %acc20.0365)
  %252 = or disjoint i64 %245, 8
  %253 = getelementptr inbounds float, ptr %S, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %195, <8 x float> %254)
  store <8 x float> %255, ptr %253, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %255, <8 x float> %acc21.0364)
  %257 = or disjoint i64 %245, 16
  %258 = getelementptr inbounds float, ptr %S, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %200, <8 x float> %259)
  store <8 x float> %260, ptr %258, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %260, <8 x float> %acc22.0363)
  %262 = or disjoint i64 %245, 24
  %263 = getelementptr inbounds float, ptr %S, i64 %262
  %264 = load <8 x float>, ptr %263, align 4
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %205, <8 x float> %264)
  store <8 x float> %265, ptr %263, align 4
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %265, <8 x float> %acc23.0362)
  %i2.next = add nuw nsw i64 %i2.addr.0361, 2
  %267 = icmp ult i64 %i2.addr.0361, 30
  br i1 %267, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %268 = getelementptr inbounds i8, ptr %betah, i64 %.idx
  %269 = load float, ptr %268, align 4
  %270 = getelementptr inbounds float, ptr %vh, i64 %5
  %271 = load <8 x float>, ptr %270, align 4
  %272 = fadd <8 x float> %251, %220
  %273 = fsub <8 x float> %271, %272
  %274 = insertelement <8 x float> poison, float %269, i64 0
  %275 = shufflevector <8 x float> %274, <8 x float> poison, <8 x i32> zeroinitializer
  %276 = fmul <8 x float> %275, %273
  %277 = getelementptr inbounds float, ptr %vh, i64 %6
  %278 = load <8 x float>, ptr %277, align 4
  %279 = fadd <8 x float> %256, %225
  %280 = fsub <8 x float> %278, %279
  %281 = fmul <8 x float> %275, %280
  %282 = getelementptr inbounds float, ptr %vh, i64 %7
  %283 = load <8 x float>, ptr %282, align 4
  %284 = fadd <8 x float> %261, %230
  %285 = fsub <8 x float> %283, %284
  %286 = fmul <8 x float> %275, %285
  %287 = getelementptr inbounds float, ptr %vh, i64 %8
  %288 = load <8 x float>, ptr %287, align 4
  %289 = fadd <8 x float> %266, %235
  %290 = fsub <8 x float> %288, %289
  %291 = fmul <8 x float> %275, %290
  br label %i3.body

i3.body:                                          ; preds = %i2.exit, %i3.body
  %i3.addr.0378 = phi i64 [ 0, %i2.exit ], [ %i3.next, %i3.body ]
  %acc31.0377 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %352, %i3.body ]
  %acc30.0376 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %347, %i3.body ]
  %acc29.0375 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %342, %i3.body ]
  %acc28.0374 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %337, %i3.body ]
  %acc27.0373 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %321, %i3.body ]
  %acc26.0372 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %316, %i3.body ]
  %acc25.0371 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %311, %i3.body ]
  %acc24145.0370 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %306, %i3.body ]
  %292 = or disjoint i64 %i3.addr.0378, %5
  %293 = getelementptr inbounds float, ptr %kh, i64 %292
  %294 = load float, ptr %293, align 4
  %295 = or disjoint i64 %i3.addr.0378, %9
  %296 = getelementptr inbounds float, ptr %kh, i64 %295
  %297 = load float, ptr %296, align 4
  %298 = insertelement <8 x float> poison, float %294, i64 0
  %299 = shufflevector <8 x float> %298, <8 x float> poison, <8 x i32> zeroinitializer
  %300 = shl nuw nsw i64 %i3.addr.0378, 5
  %301 = getelementptr inbounds float, ptr %S, i64 %300
  %302 = load <8 x float>, ptr %301, align 4
  %303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %276, <8 x float> %302)
  store <8 x float> %303, ptr %301, align 4
  %304 = insertelement <8 x float> poison, float %297, i64 0
  %305 = shufflevector <8 x float> %304, <8 x float> poison, <8 x i32> zeroinitializer
  %306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %303, <8 x float> %acc24145.0370)
  %307 = or disjoint i64 %300, 8
  %308 = getelementptr inbounds float, ptr %S, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %281, <8 x float> %309)
  store <8 x float> %310, ptr %308, align 4
  %311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %310, <8 x float> %acc25.0371)
  %312 = or disjoint i64 %300, 16
  %313 = getelementptr inbounds float, ptr %S, i64 %312
  %314 = load <8 x float>, ptr %313, align 4
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %286, <8 x float> %314)
  store <8 x float> %315, ptr %313, align 4
  %316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %315, <8 x float> %acc26.0372)
  %317 = or disjoint i64 %300, 24
  %318 = getelementptr inbounds float, ptr %S, i64 %317
  %319 = load <8 x float>, ptr %318, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %291, <8 x float> %319)
  store <8 x float> %320, ptr %318, align 4
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %320, <8 x float> %acc27.0373)
  %322 = or disjoint i64 %i3.addr.0378, 1
  %323 = or disjoint i64 %322, %5
  %324 = getelementptr inbounds float, ptr %kh, i64 %323
  %325 = load float, ptr %324, align 4
  %326 = or disjoint i64 %322, %9
  %327 = getelementptr inbounds float, ptr %kh, i64 %326
  %328 = load float, ptr %327, align 4
  %329 = insertelement <8 x float> poison, float %325, i64 0
  %330 = shufflevector <8 x float> %329, <8 x float> poison, <8 x i32> zeroinitializer
  %331 = shl nuw nsw i64 %322, 5
  %332 = getelementptr inbounds float, ptr %S, i64 %331
  %333 = load <8 x float>, ptr %332, align 4
  %334 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %276, <8 x float> %333)
  store <8 x float> %334, ptr %332, align 4
  %335 = insertelement <8 x float> poison, float %328, i64 0
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <8 x i32> zeroinitializer
  %337 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %334, <8 x float> %acc28.0374)
  %338 = or disjoint i64 %331, 8
  %339 = getelementptr inbounds float, ptr %S, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %281, <8 x float> %340)
  store <8 x float> %341, ptr %339, align 4
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %341, <8 x float> %acc29.0375)
  %343 = or disjoint i64 %331, 16
  %344 = getelementptr inbounds float, ptr %S, i64 %343
  %345 = load <8 x float>, ptr %344, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %286, <8 x float> %345)
  store <8 x float> %346, ptr %344, align 4
  %347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %346, <8 x float> %acc30.0376)
  %348 = or disjoint i64 %331, 24
  %349 = getelementptr inbounds float, ptr %S, i64 %348
  %350 = load <8 x float>, ptr %349, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %291, <8 x float> %350)
  store <8 x float> %351, ptr %349, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %351, <8 x float> %acc31.0377)
  %i3.next = add nuw nsw i64 %i3.addr.0378, 2
  %353 = icmp ult i64 %i3.addr.0378, 30
  br i1 %353, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %354 = getelementptr inbounds i8, ptr %betah, i64 %.idx342
  %355 = load float, ptr %354, align 4
  %356 = getelementptr inbounds float, ptr %vh, i64 %9
  %357 = load <8 x float>, ptr %356, align 4
  %358 = fadd <8 x float> %306, %337
  %359 = fsub <8 x float> %357, %358
  %360 = insertelement <8 x float> poison, float %355, i64 0
  %361 = shufflevector <8 x float> %360, <8 x float> poison, <8 x i32> zeroinitializer
  %362 = fmul <8 x float> %361, %359
  %363 = getelementptr inbounds float, ptr %vh, i64 %10
  %364 = load <8 x float>, ptr %363, align 4
  %365 = fadd <8 x float> %311, %342
  %366 = fsub <8 x float> %364, %365
  %367 = fmul <8 x float> %361, %366
  %368 = getelementptr inbounds float, ptr %vh, i64 %11
  %369 = load <8 x float>, ptr %368, align 4
  %370 = fadd <8 x float> %316, %347
  %371 = fsub <8 x float> %369, %370
  %372 = fmul <8 x float> %361, %371
  %373 = getelementptr inbounds float, ptr %vh, i64 %12
  %374 = load <8 x float>, ptr %373, align 4
  %375 = fadd <8 x float> %321, %352
  %376 = fsub <8 x float> %374, %375
  %377 = fmul <8 x float> %361, %376
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0387 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc35.0382 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %435, %i4.body ]
  %acc34.0381 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %430, %i4.body ]
  %acc33.0380 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %425, %i4.body ]
  %acc32.0379 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %420, %i4.body ]
  %378 = or disjoint i64 %i4.addr.0387, %9
  %379 = getelementptr inbounds float, ptr %kh, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = getelementptr inbounds float, ptr %qh, i64 %i4.addr.0387
  %382 = load float, ptr %381, align 4
  %383 = insertelement <8 x float> poison, float %380, i64 0
  %384 = shufflevector <8 x float> %383, <8 x float> poison, <8 x i32> zeroinitializer
  %385 = shl nuw nsw i64 %i4.addr.0387, 5
  %386 = getelementptr inbounds float, ptr %S, i64 %385
  %387 = load <8 x float>, ptr %386, align 4
  %388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %362, <8 x float> %387)
  store <8 x float> %388, ptr %386, align 4
  %389 = insertelement <8 x float> poison, float %382, i64 0
  %390 = shufflevector <8 x float> %389, <8 x float> poison, <8 x i32> zeroinitializer
  %391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %388, <8 x float> %acc32.0379)
  %392 = or disjoint i64 %385, 8
  %393 = getelementptr inbounds float, ptr %S, i64 %392
  %394 = load <8 x float>, ptr %393, align 4
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %367, <8 x float> %394)
  store <8 x float> %395, ptr %393, align 4
  %396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %395, <8 x float> %acc33.0380)
  %397 = or disjoint i64 %385, 16
  %398 = getelementptr inbounds float, ptr %S, i64 %397
  %399 = load <8 x float>, ptr %398, align 4
  %400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %372, <8 x float> %399)
  store <8 x float> %400, ptr %398, align 4
  %401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %400, <8 x float> %acc34.0381)
  %402 = or disjoint i64 %385, 24
  %403 = getelementptr inbounds float, ptr %S, i64 %402
  %404 = load <8 x float>, ptr %403, align 4
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %377, <8 x float> %404)
  store <8 x float> %405, ptr %403, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %405, <8 x float> %acc35.0382)
  %i4.next = or disjoint i64 %i4.addr.0387, 1
  %407 = or disjoint i64 %i4.next, %9
  %408 = getelementptr inbounds float, ptr %kh, i64 %407
  %409 = load float, ptr %408, align 4
  %410 = getelementptr inbounds float, ptr %qh, i64 %i4.next
  %411 = load float, ptr %410, align 4
  %412 = insertelement <8 x float> poison, float %409, i64 0
  %413 = shufflevector <8 x float> %412, <8 x float> poison, <8 x i32> zeroinitializer
  %414 = shl nuw nsw i64 %i4.next, 5
  %415 = getelementptr inbounds float, ptr %S, i64 %414
  %416 = load <8 x float>, ptr %415, align 4
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %362, <8 x float> %416)
  store <8 x float> %417, ptr %415, align 4
  %418 = insertelement <8 x float> poison, float %411, i64 0
  %419 = shufflevector <8 x float> %418, <8 x float> poison, <8 x i32> zeroinitializer
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %417, <8 x float> %391)
  %421 = or disjoint i64 %414, 8
  %422 = getelementptr inbounds float, ptr %S, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %424 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %367, <8 x float> %423)
  store <8 x float> %424, ptr %422, align 4
  %425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %424, <8 x float> %396)
  %426 = or disjoint i64 %414, 16
  %427 = getelementptr inbounds float, ptr %S, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %372, <8 x float> %428)
  store <8 x float> %429, ptr %427, align 4
  %430 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %429, <8 x float> %401)
  %431 = or disjoint i64 %414, 24
  %432 = getelementptr inbounds float, ptr %S, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %377, <8 x float> %433)
  store <8 x float> %434, ptr %432, align 4
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %434, <8 x float> %406)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0387, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %oh = getelementptr inbounds float, ptr %o, i64 %15
  %436 = fmul <8 x float> %420, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %436, ptr %oh, align 4
  %437 = fmul <8 x float> %425, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %437, ptr %438, align 4
  %439 = fmul <8 x float> %430, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %440 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %439, ptr %440, align 4
  %441 = fmul <8 x float> %435, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %442 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %441, ptr %442, align 4
  %bh.next = add nsw i64 %bh.addr.0388, 1
  %exitcond424.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond424.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
