; ---- dp_fwd_h2_k32_v32_r64_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r64_gate'
source_filename = "dp_fwd_h2_k32_v32_r64_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r64_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %alphas = getelementptr inbounds i8, ptr %work, i64 4096
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %4, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0239 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep271 = getelementptr i8, ptr %hT, i64 %10
  %scevgep266 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0239, %H
  %h = srem i64 %bh.addr.0239, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep266, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep298 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t1.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep271, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0239, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond272.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond272.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t1.exit
  %ci.addr.0236 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t1.exit ]
  %17 = shl nuw nsw i64 %ci.addr.0236, 6
  %18 = add nuw i64 %17, 64
  %smin = tail call i64 @llvm.smin.i64(i64 %T, i64 %18)
  %smax323 = tail call i64 @llvm.smax.i64(i64 %smin, i64 %17)
  %19 = mul nsw i64 %ci.addr.0236, -64
  %20 = or disjoint i64 %19, 1
  %21 = add i64 %smax323, %20
  %22 = add i64 %6, %ci.addr.0236
  %23 = shl i64 %22, 12
  %gep299 = getelementptr i8, ptr %invariant.gep298, i64 %23
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep299, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0236, 6
  %24 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %24, i64 %T)
  %.not202 = icmp sgt i64 %t0, %T
  br i1 %.not202, label %i2.head.preheader, label %t.body.preheader

t.body.preheader:                                 ; preds = %i1.head.preheader
  %min.iters.check = icmp ult i64 %21, 8
  br i1 %min.iters.check, label %t.body.preheader324, label %vector.ph

t.body.preheader324:                              ; preds = %middle.block, %t.body.preheader
  %t.addr.0203.ph = phi i64 [ %t0, %t.body.preheader ], [ %ind.end, %middle.block ]
  br label %t.body

vector.ph:                                        ; preds = %t.body.preheader
  %n.vec = and i64 %21, -8
  %ind.end = add i64 %t0, %n.vec
  %.splatinsert = insertelement <8 x i64> poison, i64 %t0, i64 0
  %.splat = shufflevector <8 x i64> %.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %induction = or disjoint <8 x i64> %.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.ind = phi <8 x i64> [ %induction, %vector.ph ], [ %vec.ind.next, %vector.body ]
  %25 = tail call <8 x i64> @llvm.smin.v8i64(<8 x i64> %vec.ind, <8 x i64> %broadcast.splat)
  %26 = extractelement <8 x i64> %25, i64 0
  %27 = mul nsw i64 %26, %H
  %28 = extractelement <8 x i64> %25, i64 1
  %29 = mul nsw i64 %28, %H
  %30 = extractelement <8 x i64> %25, i64 2
  %31 = mul nsw i64 %30, %H
  %32 = extractelement <8 x i64> %25, i64 3
  %33 = mul nsw i64 %32, %H
  %34 = extractelement <8 x i64> %25, i64 4
  %35 = mul nsw i64 %34, %H
  %36 = extractelement <8 x i64> %25, i64 5
  %37 = mul nsw i64 %36, %H
  %38 = extractelement <8 x i64> %25, i64 6
  %39 = mul nsw i64 %38, %H
  %40 = extractelement <8 x i64> %25, i64 7
  %41 = mul nsw i64 %40, %H
  %42 = getelementptr inbounds float, ptr %gh, i64 %27
  %43 = getelementptr inbounds float, ptr %gh, i64 %29
  %44 = getelementptr inbounds float, ptr %gh, i64 %31
  %45 = getelementptr inbounds float, ptr %gh, i64 %33
  %46 = getelementptr inbounds float, ptr %gh, i64 %35
  %47 = getelementptr inbounds float, ptr %gh, i64 %37
  %48 = getelementptr inbounds float, ptr %gh, i64 %39
  %49 = getelementptr inbounds float, ptr %gh, i64 %41
  %50 = load float, ptr %42, align 4
  %51 = load float, ptr %43, align 4
  %52 = load float, ptr %44, align 4
  %53 = load float, ptr %45, align 4
  %54 = load float, ptr %46, align 4
  %55 = load float, ptr %47, align 4
  %56 = load float, ptr %48, align 4
  %57 = load float, ptr %49, align 4
  %58 = insertelement <8 x float> poison, float %50, i64 0
  %59 = insertelement <8 x float> %58, float %51, i64 1
  %60 = insertelement <8 x float> %59, float %52, i64 2
  %61 = insertelement <8 x float> %60, float %53, i64 3
  %62 = insertelement <8 x float> %61, float %54, i64 4
  %63 = insertelement <8 x float> %62, float %55, i64 5
  %64 = insertelement <8 x float> %63, float %56, i64 6
  %65 = insertelement <8 x float> %64, float %57, i64 7
  %66 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %65)
  %67 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %66, ptr %67, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %68 = icmp eq i64 %index.next, %n.vec
  br i1 %68, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %21, %n.vec
  br i1 %cmp.n, label %i2.head.preheader, label %t.body.preheader324

i2.head.preheader:                                ; preds = %t.body, %middle.block, %i1.head.preheader
  %69 = shl nsw i64 %ci.addr.0236, 7
  %70 = mul nsw i64 %69, %sq
  br label %i2.body

t.body:                                           ; preds = %t.body.preheader324, %t.body
  %t.addr.0203 = phi i64 [ %t.next, %t.body ], [ %t.addr.0203.ph, %t.body.preheader324 ]
  %71 = tail call i64 @llvm.smin.i64(i64 %t.addr.0203, i64 %4)
  %72 = mul nsw i64 %71, %H
  %73 = getelementptr inbounds float, ptr %gh, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = tail call float @llvm.exp.f32(float %74)
  %76 = sub nuw nsw i64 %t.addr.0203, %t0
  %77 = getelementptr inbounds float, ptr %alphas, i64 %76
  store float %75, ptr %77, align 4
  %t.next = add nuw nsw i64 %t.addr.0203, 1
  %.not.not = icmp slt i64 %t.addr.0203, %t1
  br i1 %.not.not, label %t.body, label %i2.head.preheader, !llvm.loop !3

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0212 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %129, %i2.body ]
  %acc1.0211 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %133, %i2.body ]
  %acc2.0210 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %137, %i2.body ]
  %acc3.0209 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %141, %i2.body ]
  %acc4.0208 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %151, %i2.body ]
  %acc5.0207 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %155, %i2.body ]
  %acc6.0206 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %159, %i2.body ]
  %acc7.0205 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %163, %i2.body ]
  %i2.addr.0204 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %78 = or disjoint i64 %i2.addr.0204, %70
  %79 = getelementptr inbounds float, ptr %kh, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = shl nuw nsw i64 %i2.addr.0204, 5
  %82 = getelementptr inbounds float, ptr %work, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = insertelement <8 x float> poison, float %80, i64 0
  %85 = shufflevector <8 x float> %84, <8 x float> poison, <8 x i32> zeroinitializer
  %86 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %83, <8 x float> %acc.0212)
  %87 = or disjoint i64 %81, 8
  %88 = getelementptr inbounds float, ptr %work, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %89, <8 x float> %acc1.0211)
  %91 = or disjoint i64 %81, 16
  %92 = getelementptr inbounds float, ptr %work, i64 %91
  %93 = load <8 x float>, ptr %92, align 4
  %94 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %93, <8 x float> %acc2.0210)
  %95 = or disjoint i64 %81, 24
  %96 = getelementptr inbounds float, ptr %work, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %97, <8 x float> %acc3.0209)
  %99 = or disjoint i64 %i2.addr.0204, 1
  %100 = or disjoint i64 %99, %70
  %101 = getelementptr inbounds float, ptr %kh, i64 %100
  %102 = load float, ptr %101, align 4
  %103 = shl nuw nsw i64 %99, 5
  %104 = getelementptr inbounds float, ptr %work, i64 %103
  %105 = load <8 x float>, ptr %104, align 4
  %106 = insertelement <8 x float> poison, float %102, i64 0
  %107 = shufflevector <8 x float> %106, <8 x float> poison, <8 x i32> zeroinitializer
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> %105, <8 x float> %acc4.0208)
  %109 = or disjoint i64 %103, 8
  %110 = getelementptr inbounds float, ptr %work, i64 %109
  %111 = load <8 x float>, ptr %110, align 4
  %112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> %111, <8 x float> %acc5.0207)
  %113 = or disjoint i64 %103, 16
  %114 = getelementptr inbounds float, ptr %work, i64 %113
  %115 = load <8 x float>, ptr %114, align 4
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> %115, <8 x float> %acc6.0206)
  %117 = or disjoint i64 %103, 24
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> %119, <8 x float> %acc7.0205)
  %i2.next = or disjoint i64 %i2.addr.0204, 2
  %121 = or disjoint i64 %i2.next, %70
  %122 = getelementptr inbounds float, ptr %kh, i64 %121
  %123 = load float, ptr %122, align 4
  %124 = shl nuw nsw i64 %i2.next, 5
  %125 = getelementptr inbounds float, ptr %work, i64 %124
  %126 = load <8 x float>, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %123, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %126, <8 x float> %86)
  %130 = or disjoint i64 %124, 8
  %131 = getelementptr inbounds float, ptr %work, i64 %130
  %132 = load <8 x float>, ptr %131, align 4
  %133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %132, <8 x float> %90)
  %134 = or disjoint i64 %124, 16
  %135 = getelementptr inbounds float, ptr %work, i64 %134
  %136 = load <8 x float>, ptr %135, align 4
  %137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %136, <8 x float> %94)
  %138 = or disjoint i64 %124, 24
  %139 = getelementptr inbounds float, ptr %work, i64 %138
  %140 = load <8 x float>, ptr %139, align 4
  %141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %140, <8 x float> %98)
  %142 = or disjoint i64 %i2.addr.0204, 3
  %143 = or disjoint i64 %142, %70
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = shl nuw nsw i64 %142, 5
  %147 = getelementptr inbounds float, ptr %work, i64 %146
  %148 = load <8 x float>, ptr %147, align 4
  %149 = insertelement <8 x float> poison, float %145, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> poison, <8 x i32> zeroinitializer
  %151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %148, <8 x float> %108)
  %152 = or disjoint i64 %146, 8
  %153 = getelementptr inbounds float, ptr %work, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %154, <8 x float> %112)
  %156 = or disjoint i64 %146, 16
  %157 = getelementptr inbounds float, ptr %work, i64 %156
  %158 = load <8 x float>, ptr %157, align 4
  %159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %158, <8 x float> %116)
  %160 = or disjoint i64 %146, 24
  %161 = getelementptr inbounds float, ptr %work, i64 %160
  %162 = load <8 x float>, ptr %161, align 4
  %163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %162, <8 x float> %120)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0204, 4
  %164 = icmp ult i64 %i2.next, 30
  br i1 %164, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %165 = icmp slt i64 %t0, %T
  br i1 %165, label %t1.body.preheader, label %t1.exit

t1.body.preheader:                                ; preds = %i2.exit
  %166 = mul nsw i64 %69, %H
  %167 = getelementptr inbounds float, ptr %betah, i64 %166
  %168 = load float, ptr %167, align 4
  %169 = insertelement <8 x float> poison, float %168, i64 0
  %170 = shufflevector <8 x float> %169, <8 x float> poison, <8 x i32> zeroinitializer
  %171 = or disjoint i64 %70, 24
  %172 = getelementptr inbounds float, ptr %vh, i64 %171
  %173 = load <8 x float>, ptr %172, align 4
  %174 = fadd <8 x float> %163, %141
  %175 = load float, ptr %alphas, align 4
  %176 = insertelement <8 x float> poison, float %175, i64 0
  %177 = shufflevector <8 x float> %176, <8 x float> poison, <8 x i32> zeroinitializer
  %178 = fmul <8 x float> %174, %177
  %179 = fsub <8 x float> %173, %178
  %180 = fmul <8 x float> %170, %179
  %181 = or disjoint i64 %70, 16
  %182 = getelementptr inbounds float, ptr %vh, i64 %181
  %183 = load <8 x float>, ptr %182, align 4
  %184 = fadd <8 x float> %159, %137
  %185 = fmul <8 x float> %184, %177
  %186 = fsub <8 x float> %183, %185
  %187 = fmul <8 x float> %170, %186
  %188 = or disjoint i64 %70, 8
  %189 = getelementptr inbounds float, ptr %vh, i64 %188
  %190 = load <8 x float>, ptr %189, align 4
  %191 = fadd <8 x float> %155, %133
  %192 = fmul <8 x float> %191, %177
  %193 = fsub <8 x float> %190, %192
  %194 = fmul <8 x float> %170, %193
  %195 = getelementptr inbounds float, ptr %vh, i64 %70
  %196 = load <8 x float>, ptr %195, align 4
  %197 = fadd <8 x float> %151, %129
  %198 = fmul <8 x float> %197, %177
  %199 = fsub <8 x float> %196, %198
  %200 = fmul <8 x float> %170, %199
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i4.exit
  %delta.0235 = phi <8 x float> [ %399, %i4.exit ], [ %200, %t1.body.preheader ]
  %delta1.0234 = phi <8 x float> [ %408, %i4.exit ], [ %194, %t1.body.preheader ]
  %delta2.0233 = phi <8 x float> [ %417, %i4.exit ], [ %187, %t1.body.preheader ]
  %delta3.0232 = phi <8 x float> [ %426, %i4.exit ], [ %180, %t1.body.preheader ]
  %t1.addr.0231 = phi i64 [ %204, %i4.exit ], [ %t0, %t1.body.preheader ]
  %201 = sub nuw nsw i64 %t1.addr.0231, %t0
  %202 = getelementptr inbounds float, ptr %alphas, i64 %201
  %203 = load float, ptr %202, align 4
  %204 = add nuw nsw i64 %t1.addr.0231, 1
  %205 = shl nuw nsw i64 %t1.addr.0231, 1
  %206 = mul nsw i64 %205, %sq
  %207 = or disjoint i64 %205, 1
  %208 = mul nsw i64 %207, %sq
  %209 = insertelement <8 x float> poison, float %203, i64 0
  %210 = shufflevector <8 x float> %209, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i3.body

t1.exit:                                          ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0236, 1
  %exitcond269.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond269.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t1.body, %i3.body
  %i3.addr.0221 = phi i64 [ 0, %t1.body ], [ %i3.next, %i3.body ]
  %acc15.0220 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %279, %i3.body ]
  %acc14.0219 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %273, %i3.body ]
  %acc13.0218 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %267, %i3.body ]
  %acc12.0217 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %261, %i3.body ]
  %acc11.0216 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %244, %i3.body ]
  %acc10.0215 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %238, %i3.body ]
  %acc9.0214 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %232, %i3.body ]
  %acc837.0213 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %226, %i3.body ]
  %211 = or disjoint i64 %i3.addr.0221, %206
  %212 = getelementptr inbounds float, ptr %kh, i64 %211
  %213 = load float, ptr %212, align 4
  %214 = or disjoint i64 %i3.addr.0221, %208
  %215 = getelementptr inbounds float, ptr %kh, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = insertelement <8 x float> poison, float %213, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = shl nuw nsw i64 %i3.addr.0221, 5
  %220 = getelementptr inbounds float, ptr %work, i64 %219
  %221 = load <8 x float>, ptr %220, align 4
  %222 = fmul <8 x float> %210, %221
  %223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %delta.0235, <8 x float> %222)
  store <8 x float> %223, ptr %220, align 4
  %224 = insertelement <8 x float> poison, float %216, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %223, <8 x float> %acc837.0213)
  %227 = or disjoint i64 %219, 8
  %228 = getelementptr inbounds float, ptr %work, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = fmul <8 x float> %210, %229
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %delta1.0234, <8 x float> %230)
  store <8 x float> %231, ptr %228, align 4
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %231, <8 x float> %acc9.0214)
  %233 = or disjoint i64 %219, 16
  %234 = getelementptr inbounds float, ptr %work, i64 %233
  %235 = load <8 x float>, ptr %234, align 4
  %236 = fmul <8 x float> %210, %235
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %delta2.0233, <8 x float> %236)
  store <8 x float> %237, ptr %234, align 4
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %237, <8 x float> %acc10.0215)
  %239 = or disjoint i64 %219, 24
  %240 = getelementptr inbounds float, ptr %work, i64 %239
  %241 = load <8 x float>, ptr %240, align 4
  %242 = fmul <8 x float> %210, %241
  %243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %delta3.0232, <8 x float> %242)
  store <8 x float> %243, ptr %240, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %243, <8 x float> %acc11.0216)
  %245 = or disjoint i64 %i3.addr.0221, 1
  %246 = or disjoint i64 %245, %206
  %247 = getelementptr inbounds float, ptr %kh, i64 %246
  %248 = load float, ptr %247, align 4
  %249 = or disjoint i64 %245, %208
  %250 = getelementptr inbounds float, ptr %kh, i64 %249
  %251 = load float, ptr %250, align 4
  %252 = insertelement <8 x float> poison, float %248, i64 0
  %253 = shufflevector <8 x float> %252, <8 x float> poison, <8 x i32> zeroinitializer
  %254 = shl nuw nsw i64 %245, 5
  %255 = getelementptr inbounds float, ptr %work, i64 %254
  %256 = load <8 x float>, ptr %255, align 4
  %257 = fmul <8 x float> %210, %256
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %delta.0235, <8 x float> %257)
  store <8 x float> %258, ptr %255, align 4
  %259 = insertelement <8 x float> poison, float %251, i64 0
  %260 = shufflevector <8 x float> %259, <8 x float> poison, <8 x i32> zeroinitializer
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %258, <8 x float> %acc12.0217)
  %262 = or disjoint i64 %254, 8
  %263 = getelementptr inbounds float, ptr %work, i64 %262
  %264 = load <8 x float>, ptr %263, align 4
  %265 = fmul <8 x float> %210, %264
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %delta1.0234, <8 x float> %265)
  store <8 x float> %266, ptr %263, align 4
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %266, <8 x float> %acc13.0218)
  %268 = or disjoint i64 %254, 16
  %269 = getelementptr inbounds float, ptr %work, i64 %268
  %270 = load <8 x float>, ptr %269, align 4
  %271 = fmul <8 x float> %210, %270
  %272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %delta2.0233, <8 x float> %271)
  store <8 x float> %272, ptr %269, align 4
  %273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %272, <8 x float> %acc14.0219)
  %274 = or disjoint i64 %254, 24
  %275 = getelementptr inbounds float, ptr %work, i64 %274
  %276 = load <8 x float>, ptr %275, align 4
  %277 = fmul <8 x float> %210, %276
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %delta3.0232, <8 x float> %277)
  store <8 x float> %278, ptr %275, align 4
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %278, <8 x float> %acc15.0220)
  %i3.next = add nuw nsw i64 %i3.addr.0221, 2
  %280 = icmp ult i64 %i3.addr.0221, 30
  br i1 %280, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %204, i64 %4)
  %281 = mul nsw i64 %207, %H
  %282 = getelementptr inbounds float, ptr %betah, i64 %281
  %283 = load float, ptr %282, align 4
  %284 = getelementptr inbounds float, ptr %vh, i64 %208
  %285 = load <8 x float>, ptr %284, align 4
  %286 = fadd <8 x float> %226, %261
  %287 = fsub <8 x float> %285, %286
  %288 = insertelement <8 x float> poison, float %283, i64 0
  %289 = shufflevector <8 x float> %288, <8 x float> poison, <8 x i32> zeroinitializer
  %290 = fmul <8 x float> %289, %287
  %291 = or disjoint i64 %208, 8
  %292 = getelementptr inbounds float, ptr %vh, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = fadd <8 x float> %232, %267
  %295 = fsub <8 x float> %293, %294
  %296 = fmul <8 x float> %289, %295
  %297 = or disjoint i64 %208, 16
  %298 = getelementptr inbounds float, ptr %vh, i64 %297
  %299 = load <8 x float>, ptr %298, align 4
  %300 = fadd <8 x float> %238, %273
  %301 = fsub <8 x float> %299, %300
  %302 = fmul <8 x float> %289, %301
  %303 = or disjoint i64 %208, 24
  %304 = getelementptr inbounds float, ptr %vh, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = fadd <8 x float> %244, %279
  %307 = fsub <8 x float> %305, %306
  %308 = fmul <8 x float> %289, %307
  %309 = mul nsw i64 %t1.addr.0231, %sq
  %310 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %309
  %invariant.gep296 = getelementptr float, ptr %kh, i64 %310
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0230 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc23.0229 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %380, %i4.body ]
  %acc22.0228 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %374, %i4.body ]
  %acc21.0227 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %368, %i4.body ]
  %acc20.0226 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %362, %i4.body ]
  %acc19.0225 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %379, %i4.body ]
  %acc18.0224 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %373, %i4.body ]
  %acc17.0223 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %367, %i4.body ]
  %acc16.0222 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %359, %i4.body ]
  %311 = or disjoint i64 %i4.addr.0230, %208
  %312 = getelementptr inbounds float, ptr %kh, i64 %311
  %313 = load float, ptr %312, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0230
  %314 = load float, ptr %gep, align 4
  %gep297 = getelementptr float, ptr %invariant.gep296, i64 %i4.addr.0230
  %315 = load float, ptr %gep297, align 4
  %316 = insertelement <8 x float> poison, float %313, i64 0
  %317 = shufflevector <8 x float> %316, <8 x float> poison, <8 x i32> zeroinitializer
  %318 = shl nuw nsw i64 %i4.addr.0230, 5
  %319 = getelementptr inbounds float, ptr %work, i64 %318
  %320 = load <8 x float>, ptr %319, align 4
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %290, <8 x float> %320)
  store <8 x float> %321, ptr %319, align 4
  %322 = insertelement <8 x float> poison, float %314, i64 0
  %323 = shufflevector <8 x float> %322, <8 x float> poison, <8 x i32> zeroinitializer
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %321, <8 x float> %acc16.0222)
  %325 = insertelement <8 x float> poison, float %315, i64 0
  %326 = shufflevector <8 x float> %325, <8 x float> poison, <8 x i32> zeroinitializer
  %327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %321, <8 x float> %acc20.0226)
  %328 = or disjoint i64 %318, 8
  %329 = getelementptr inbounds float, ptr %work, i64 %328
  %330 = load <8 x float>, ptr %329, align 4
  %331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %296, <8 x float> %330)
  store <8 x float> %331, ptr %329, align 4
  %332 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %331, <8 x float> %acc17.0223)
  %333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %331, <8 x float> %acc21.0227)
  %334 = or disjoint i64 %318, 16
  %335 = getelementptr inbounds float, ptr %work, i64 %334
  %336 = load <8 x float>, ptr %335, align 4
  %337 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %302, <8 x float> %336)
  store <8 x float> %337, ptr %335, align 4
  %338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %337, <8 x float> %acc18.0224)
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %337, <8 x float> %acc22.0228)
  %340 = or disjoint i64 %318, 24
  %341 = getelementptr inbounds float, ptr %work, i64 %340
  %342 = load <8 x float>, ptr %341, align 4
  %343 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %308, <8 x float> %342)
  store <8 x float> %343, ptr %341, align 4
  %344 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %323, <8 x float> %343, <8 x float> %acc19.0225)
  %345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %343, <8 x float> %acc23.0229)
  %i4.next = or disjoint i64 %i4.addr.0230, 1
  %346 = or disjoint i64 %i4.next, %208
  %347 = getelementptr inbounds float, ptr %kh, i64 %346
  %348 = load float, ptr %347, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %349 = load float, ptr %gep.1, align 4
  %gep297.1 = getelementptr float, ptr %invariant.gep296, i64 %i4.next
  %350 = load float, ptr %gep297.1, align 4
  %351 = insertelement <8 x float> poison, float %348, i64 0
  %352 = shufflevector <8 x float> %351, <8 x float> poison, <8 x i32> zeroinitializer
  %353 = shl nuw nsw i64 %i4.next, 5
  %354 = getelementptr inbounds float, ptr %work, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %290, <8 x float> %355)
  store <8 x float> %356, ptr %354, align 4
  %357 = insertelement <8 x float> poison, float %349, i64 0
  %358 = shufflevector <8 x float> %357, <8 x float> poison, <8 x i32> zeroinitializer
  %359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %356, <8 x float> %324)
  %360 = insertelement <8 x float> poison, float %350, i64 0
  %361 = shufflevector <8 x float> %360, <8 x float> poison, <8 x i32> zeroinitializer
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %356, <8 x float> %327)
  %363 = or disjoint i64 %353, 8
  %364 = getelementptr inbounds float, ptr %work, i64 %363
  %365 = load <8 x float>, ptr %364, align 4
  %366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %296, <8 x float> %365)
  store <8 x float> %366, ptr %364, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %366, <8 x float> %332)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %366, <8 x float> %333)
  %369 = or disjoint i64 %353, 16
  %370 = getelementptr inbounds float, ptr %work, i64 %369
  %371 = load <8 x float>, ptr %370, align 4
  %372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %302, <8 x float> %371)
  store <8 x float> %372, ptr %370, align 4
  %373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %372, <8 x float> %338)
  %374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %372, <8 x float> %339)
  %375 = or disjoint i64 %353, 24
  %376 = getelementptr inbounds float, ptr %work, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %308, <8 x float> %377)
  store <8 x float> %378, ptr %376, align 4
  %379 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %378, <8 x float> %344)
  %380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %361, <8 x float> %378, <8 x float> %345)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0230, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %381 = sub nsw i64 %tn, %t0
  %382 = getelementptr inbounds float, ptr %alphas, i64 %381
  %383 = load float, ptr %382, align 4
  %384 = fmul <8 x float> %359, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %385 = getelementptr inbounds float, ptr %oh, i64 %309
  store <8 x float> %384, ptr %385, align 4
  %386 = shl nsw i64 %tn, 1
  %387 = mul nsw i64 %386, %H
  %388 = getelementptr inbounds float, ptr %betah, i64 %387
  %389 = load float, ptr %388, align 4
  %390 = mul nsw i64 %386, %sq
  %391 = getelementptr inbounds float, ptr %vh, i64 %390
  %392 = load <8 x float>, ptr %391, align 4
  %393 = insertelement <8 x float> poison, float %383, i64 0
  %394 = shufflevector <8 x float> %393, <8 x float> poison, <8 x i32> zeroinitializer
  %395 = fmul <8 x float> %362, %394
  %396 = fsub <8 x float> %392, %395
  %397 = insertelement <8 x float> poison, float %389, i64 0
  %398 = shufflevector <8 x float> %397, <8 x float> poison, <8 x i32> zeroinitializer
  %399 = fmul <8 x float> %398, %396
  %400 = fmul <8 x float> %367, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %401 = or disjoint i64 %309, 8
  %402 = getelementptr inbounds float, ptr %oh, i64 %401
  store <8 x float> %400, ptr %402, align 4
  %403 = or disjoint i64 %390, 8
  %404 = getelementptr inbounds float, ptr %vh, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = fmul <8 x float> %368, %394
  %407 = fsub <8 x float> %405, %406
  %408 = fmul <8 x float> %398, %407
  %409 = fmul <8 x float> %373, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %410 = or disjoint i64 %309, 16
  %411 = getelementptr inbounds float, ptr %oh, i64 %410
  store <8 x float> %409, ptr %411, align 4
  %412 = or disjoint i64 %390, 16
  %413 = getelementptr inbounds float, ptr %vh, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = fmul <8 x float> %374, %394
  %416 = fsub <8 x float> %414, %415
  %417 = fmul <8 x float> %398, %416
  %418 = fmul <8 x float> %379, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %419 = or disjoint i64 %309, 24
  %420 = getelementptr inbounds float, ptr %oh, i64 %419
  store <8 x float> %418, ptr %420, align 4
  %421 = or disjoint i64 %390, 24
  %422 = getelementptr inbounds float, ptr %vh, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %424 = fmul <8 x float> %380, %394
  %425 = fsub <8 x float> %423, %424
  %426 = fmul <8 x float> %398, %425
  %427 = icmp slt i64 %204, %t1
  br i1 %427, label %t1.body, label %t1.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i64> @llvm.smin.v8i64(<8 x i64>, <8 x i64>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !2, !1}
; ---- dp_bwd_h2_k32_v32_c64_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c64_gate'
source_filename = "dp_bwd_h2_k32_v32_c64_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c64_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture writeonly %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 270336
  %alphas = getelementptr inbounds i8, ptr %work, i64 291200
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 290816
  %dSkPrev = getelementptr i8, ptr %work, i64 290944
  %dkTmp = getelementptr i8, ptr %work, i64 291072
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 12
  %5 = getelementptr inbounds i8, ptr %work, i64 274464
  %6 = getelementptr inbounds i8, ptr %work, i64 274496
  %7 = getelementptr inbounds i8, ptr %work, i64 274528
  %8 = getelementptr inbounds i8, ptr %work, i64 274560
  %9 = getelementptr inbounds i8, ptr %work, i64 274592
  %10 = getelementptr inbounds i8, ptr %work, i64 274624
  %11 = getelementptr inbounds i8, ptr %work, i64 274656
  %12 = shl i64 %H, 6
  %13 = getelementptr inbounds i8, ptr %work, i64 290976
  %14 = getelementptr inbounds i8, ptr %work, i64 291008
  %15 = getelementptr inbounds i8, ptr %work, i64 291040
  %16 = getelementptr inbounds i8, ptr %work, i64 290848
  %17 = getelementptr inbounds i8, ptr %work, i64 290880
  %18 = getelementptr inbounds i8, ptr %work, i64 290912
  %19 = add nsw i64 %bh0, 1
  %20 = mul i64 %nc, %19
  %21 = shl i64 %20, 12
  %22 = add i64 %21, -4096
  %23 = shl i64 %nc, 12
  %24 = add i64 %T, 64
  %25 = shl nsw i64 %nc, 6
  %26 = sub i64 %24, %25
  %27 = add i64 %25, 144115188075855808
  %28 = mul i64 %27, %H
  %29 = mul i64 %H, -8192
  %30 = shl i64 %H, 7
  %smax733 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %31 = sub i64 %bh1, %bh0
  %32 = getelementptr i8, ptr %work, i64 291104
  %33 = getelementptr i8, ptr %work, i64 291136
  %34 = getelementptr i8, ptr %work, i64 291168
  %35 = getelementptr i8, ptr %work, i64 274464
  %36 = getelementptr i8, ptr %work, i64 274496
  %37 = getelementptr i8, ptr %work, i64 274528
  %38 = getelementptr i8, ptr %work, i64 290976
  %39 = getelementptr i8, ptr %work, i64 291008
  %40 = getelementptr i8, ptr %work, i64 291040
  %41 = getelementptr i8, ptr %work, i64 291104
  %42 = getelementptr i8, ptr %work, i64 291136
  %43 = getelementptr i8, ptr %work, i64 291168
  %44 = getelementptr i8, ptr %work, i64 291104
  %45 = getelementptr i8, ptr %work, i64 291136
  %46 = getelementptr i8, ptr %work, i64 291168
  %ident.check.not = icmp eq i64 %H, 1
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0676 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %47 = add i64 %indvar, %bh0
  %48 = shl i64 %47, 12
  %scevgep737 = getelementptr i8, ptr %dh0, i64 %48
  %49 = mul i64 %23, %indvar
  %50 = add i64 %22, %49
  %scevgep713 = getelementptr i8, ptr %dhT, i64 %48
  %b = sdiv i64 %bh.addr.0676, %H
  %h = srem i64 %bh.addr.0676, %H
  %51 = mul i64 %b, %T
  %52 = mul i64 %51, %H
  %bT = add i64 %52, %h
  %53 = mul i64 %1, %51
  %bTn = add nsw i64 %53, %h
  %54 = shl nsw i64 %bT, 5
  %55 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %55
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %54
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %55
  %gh1 = getelementptr inbounds float, ptr %dg, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep713, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %54
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %55
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %55
  %oh = getelementptr inbounds float, ptr %dout, i64 %54
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %56 = add i64 %28, %bT
  %57 = shl i64 %56, 7
  %58 = getelementptr i8, ptr %dq, i64 %57
  %59 = getelementptr i8, ptr %kh1, i64 32
  %60 = getelementptr i8, ptr %kh1, i64 64
  %61 = getelementptr i8, ptr %kh1, i64 96
  %62 = getelementptr i8, ptr %vh1, i64 32
  %63 = getelementptr i8, ptr %vh1, i64 64
  %64 = getelementptr i8, ptr %vh1, i64 96
  %65 = getelementptr i8, ptr %kh1, i64 32
  %66 = getelementptr i8, ptr %kh1, i64 64
  %67 = getelementptr i8, ptr %kh1, i64 96
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.head.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep737, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0676, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond738.not = icmp eq i64 %indvar.next, %31
  br i1 %exitcond738.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.head.preheader
  %indvars.iv = phi i64 [ %26, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.head.preheader ]
  %cc.addr.0673 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.head.preheader ]
  %smin843 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax844 = tail call i64 @llvm.smax.i64(i64 %smin843, i64 1)
  %smin841 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax842 = tail call i64 @llvm.smax.i64(i64 %smin841, i64 1)
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin729 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax730 = tail call i64 @llvm.smax.i64(i64 %smin729, i64 1)
  %smax724 = tail call i64 @llvm.smax.i64(i64 %smin729, i64 2)
  %68 = mul i64 %29, %cc.addr.0673
  %69 = shl i64 %cc.addr.0673, 12
  %70 = sub i64 %50, %69
  %scevgep715 = getelementptr i8, ptr %hs, i64 %70
  %71 = xor i64 %cc.addr.0673, -1
  %ci = add nsw i64 %nc, %71
  %t0 = shl nsw i64 %ci, 6
  %72 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep715, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %72, i64 64)
  %73 = icmp sgt i64 %72, 0
  br i1 %73, label %tl.body.preheader, label %tl1.exit

tl.body.preheader:                                ; preds = %cc.body
  %min.iters.check = icmp sgt i64 %indvars.iv, 7
  %or.cond = select i1 %min.iters.check, i1 %ident.check.not, i1 false
  br i1 %or.cond, label %vector.ph, label %tl.body.preheader811

tl.body.preheader811:                             ; preds = %middle.block, %tl.body.preheader
  %tl.addr.0613.ph = phi i64 [ 0, %tl.body.preheader ], [ %n.vec, %middle.block ]
  %xtraiter = and i64 %smax842, 7
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %tl.body.prol.loopexit, label %tl.body.prol

tl.body.prol:                                     ; preds = %tl.body.preheader811, %tl.body.prol
  %tl.addr.0613.prol = phi i64 [ %tl.next.prol, %tl.body.prol ], [ %tl.addr.0613.ph, %tl.body.preheader811 ]
  %prol.iter = phi i64 [ %prol.iter.next, %tl.body.prol ], [ 0, %tl.body.preheader811 ]
  %74 = add nsw i64 %tl.addr.0613.prol, %t0
  %75 = mul nsw i64 %74, %H
  %76 = getelementptr inbounds float, ptr %gh, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = tail call float @llvm.exp.f32(float %77)
  %79 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0613.prol
  store float %78, ptr %79, align 4
  %tl.next.prol = add nuw nsw i64 %tl.addr.0613.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %tl.body.prol.loopexit, label %tl.body.prol, !llvm.loop !0

tl.body.prol.loopexit:                            ; preds = %tl.body.prol, %tl.body.preheader811
  %tl.addr.0613.unr = phi i64 [ %tl.addr.0613.ph, %tl.body.preheader811 ], [ %tl.next.prol, %tl.body.prol ]
  %80 = sub nsw i64 %tl.addr.0613.ph, %smax842
  %81 = icmp ugt i64 %80, -8
  br i1 %81, label %tl1.head.preheader, label %tl.body

vector.ph:                                        ; preds = %tl.body.preheader
  %n.vec = and i64 %smax, 120
  %invariant.gep876 = getelementptr float, ptr %gh, i64 %t0
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %gep877 = getelementptr float, ptr %invariant.gep876, i64 %index
  %wide.load = load <8 x float>, ptr %gep877, align 4
  %82 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %wide.load)
  %83 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %82, ptr %83, align 4
  %index.next = add nuw i64 %index, 8
  %84 = icmp eq i64 %index.next, %n.vec
  br i1 %84, label %middle.block, label %vector.body, !llvm.loop !2

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %smax, %n.vec
  br i1 %cmp.n, label %tl1.head.preheader, label %tl.body.preheader811

tl1.head.preheader:                               ; preds = %tl.body.prol.loopexit, %tl.body, %middle.block
  br i1 %73, label %j3.head.preheader.preheader, label %tl1.exit

j3.head.preheader.preheader:                      ; preds = %tl1.head.preheader
  %85 = getelementptr i8, ptr %58, i64 %68
  %xtraiter845 = and i64 %smax844, 7
  %86 = icmp slt i64 %indvars.iv, 8
  br i1 %86, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax844, 120
  br label %j3.head.preheader

tl.body:                                          ; preds = %tl.body.prol.loopexit, %tl.body
  %tl.addr.0613 = phi i64 [ %tl.next.7, %tl.body ], [ %tl.addr.0613.unr, %tl.body.prol.loopexit ]
  %87 = add nsw i64 %tl.addr.0613, %t0
  %88 = mul nsw i64 %87, %H
  %89 = getelementptr inbounds float, ptr %gh, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = tail call float @llvm.exp.f32(float %90)
  %92 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0613
  store float %91, ptr %92, align 4
  %tl.next = add nuw nsw i64 %tl.addr.0613, 1
  %93 = add nsw i64 %tl.next, %t0
  %94 = mul nsw i64 %93, %H
  %95 = getelementptr inbounds float, ptr %gh, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = tail call float @llvm.exp.f32(float %96)
  %98 = getelementptr inbounds float, ptr %alphas, i64 %tl.next
  store float %97, ptr %98, align 4
  %tl.next.1 = add nuw nsw i64 %tl.addr.0613, 2
  %99 = add nsw i64 %tl.next.1, %t0
  %100 = mul nsw i64 %99, %H
  %101 = getelementptr inbounds float, ptr %gh, i64 %100
  %102 = load float, ptr %101, align 4
  %103 = tail call float @llvm.exp.f32(float %102)
  %104 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.1
  store float %103, ptr %104, align 4
  %tl.next.2 = add nuw nsw i64 %tl.addr.0613, 3
  %105 = add nsw i64 %tl.next.2, %t0
  %106 = mul nsw i64 %105, %H
  %107 = getelementptr inbounds float, ptr %gh, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = tail call float @llvm.exp.f32(float %108)
  %110 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.2
  store float %109, ptr %110, align 4
  %tl.next.3 = add nuw nsw i64 %tl.addr.0613, 4
  %111 = add nsw i64 %tl.next.3, %t0
  %112 = mul nsw i64 %111, %H
  %113 = getelementptr inbounds float, ptr %gh, i64 %112
  %114 = load float, ptr %113, align 4
  %115 = tail call float @llvm.exp.f32(float %114)
  %116 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.3
  store float %115, ptr %116, align 4
  %tl.next.4 = add nuw nsw i64 %tl.addr.0613, 5
  %117 = add nsw i64 %tl.next.4, %t0
  %118 = mul nsw i64 %117, %H
  %119 = getelementptr inbounds float, ptr %gh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = tail call float @llvm.exp.f32(float %120)
  %122 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.4
  store float %121, ptr %122, align 4
  %tl.next.5 = add nuw nsw i64 %tl.addr.0613, 6
  %123 = add nsw i64 %tl.next.5, %t0
  %124 = mul nsw i64 %123, %H
  %125 = getelementptr inbounds float, ptr %gh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = tail call float @llvm.exp.f32(float %126)
  %128 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.5
  store float %127, ptr %128, align 4
  %tl.next.6 = add nuw nsw i64 %tl.addr.0613, 7
  %129 = add nsw i64 %tl.next.6, %t0
  %130 = mul nsw i64 %129, %H
  %131 = getelementptr inbounds float, ptr %gh, i64 %130
  %132 = load float, ptr %131, align 4
  %133 = tail call float @llvm.exp.f32(float %132)
  %134 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.6
  store float %133, ptr %134, align 4
  %tl.next.7 = add nuw nsw i64 %tl.addr.0613, 8
  %exitcond.not.7 = icmp eq i64 %tl.next.7, %smax730
  br i1 %exitcond.not.7, label %tl1.head.preheader, label %tl.body, !llvm.loop !5

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl1.addr.0615 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl1.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %135 = mul i64 %30, %tl1.addr.0615
  %scevgep = getelementptr i8, ptr %85, i64 %135
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl1.next = or disjoint i64 %tl1.addr.0615, 1
  %136 = mul i64 %30, %tl1.next
  %scevgep.1 = getelementptr i8, ptr %85, i64 %136
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl1.next.1 = or disjoint i64 %tl1.addr.0615, 2
  %137 = mul i64 %30, %tl1.next.1
  %scevgep.2 = getelementptr i8, ptr %85, i64 %137
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl1.next.2 = or disjoint i64 %tl1.addr.0615, 3
  %138 = mul i64 %30, %tl1.next.2
  %scevgep.3 = getelementptr i8, ptr %85, i64 %138
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl1.next.3 = or disjoint i64 %tl1.addr.0615, 4
  %139 = mul i64 %30, %tl1.next.3
  %scevgep.4 = getelementptr i8, ptr %85, i64 %139
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl1.next.4 = or disjoint i64 %tl1.addr.0615, 5
  %140 = mul i64 %30, %tl1.next.4
  %scevgep.5 = getelementptr i8, ptr %85, i64 %140
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl1.next.5 = or disjoint i64 %tl1.addr.0615, 6
  %141 = mul i64 %30, %tl1.next.5
  %scevgep.6 = getelementptr i8, ptr %85, i64 %141
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl1.next.6 = or disjoint i64 %tl1.addr.0615, 7
  %142 = mul i64 %30, %tl1.next.6
  %scevgep.7 = getelementptr i8, ptr %85, i64 %142
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl1.next.7 = add nuw nsw i64 %tl1.addr.0615, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader

tl1.exit.loopexit.unr-lcssa:                      ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl1.addr.0615.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl1.next.7, %j3.head.preheader ]
  %lcmp.mod846.not = icmp eq i64 %xtraiter845, 0
  br i1 %lcmp.mod846.not, label %tl1.exit, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl1.addr.0615.epil = phi i64 [ %tl1.next.epil, %j3.head.preheader.epil ], [ %tl1.addr.0615.unr, %tl1.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %tl1.exit.loopexit.unr-lcssa ]
  %143 = mul i64 %30, %tl1.addr.0615.epil
  %scevgep.epil = getelementptr i8, ptr %85, i64 %143
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl1.next.epil = add nuw nsw i64 %tl1.addr.0615.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter845
  br i1 %epil.iter.cmp.not, label %tl1.exit, label %j3.head.preheader.epil, !llvm.loop !6

tl1.exit:                                         ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body, %tl1.head.preheader
  %144 = load float, ptr %alphas, align 4
  %145 = mul i64 %4, %ci
  %146 = insertelement <8 x float> poison, float %144, i64 0
  %147 = shufflevector <8 x float> %146, <8 x float> poison, <8 x i32> zeroinitializer
  %invariant.gep = getelementptr float, ptr %kh, i64 %145
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %tl1.exit
  %acc.0620 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %183, %i4.body ]
  %acc1.0619 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %189, %i4.body ]
  %acc2.0618 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %195, %i4.body ]
  %acc3.0617 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %201, %i4.body ]
  %i4.addr.0616 = phi i64 [ 0, %tl1.exit ], [ %i4.next.1, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0616
  %148 = load float, ptr %gep, align 4
  %149 = shl nuw nsw i64 %i4.addr.0616, 5
  %150 = getelementptr inbounds float, ptr %work, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = fmul <8 x float> %147, %151
  %153 = getelementptr inbounds float, ptr %Sh, i64 %149
  store <8 x float> %152, ptr %153, align 4
  %154 = insertelement <8 x float> poison, float %148, i64 0
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <8 x i32> zeroinitializer
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %152, <8 x float> %acc.0620)
  %157 = or disjoint i64 %149, 8
  %158 = getelementptr inbounds float, ptr %work, i64 %157
  %159 = load <8 x float>, ptr %158, align 4
  %160 = fmul <8 x float> %147, %159
  %161 = getelementptr inbounds float, ptr %Sh, i64 %157
  store <8 x float> %160, ptr %161, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %160, <8 x float> %acc1.0619)
  %163 = or disjoint i64 %149, 16
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = fmul <8 x float> %147, %165
  %167 = getelementptr inbounds float, ptr %Sh, i64 %163
  store <8 x float> %166, ptr %167, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %166, <8 x float> %acc2.0618)
  %169 = or disjoint i64 %149, 24
  %170 = getelementptr inbounds float, ptr %work, i64 %169
  %171 = load <8 x float>, ptr %170, align 4
  %172 = fmul <8 x float> %147, %171
  %173 = getelementptr inbounds float, ptr %Sh, i64 %169
  store <8 x float> %172, ptr %173, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %172, <8 x float> %acc3.0617)
  %i4.next = or disjoint i64 %i4.addr.0616, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %175 = load float, ptr %gep.1, align 4
  %176 = shl nuw nsw i64 %i4.next, 5
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <8 x float>, ptr %177, align 4
  %179 = fmul <8 x float> %147, %178
  %180 = getelementptr inbounds float, ptr %Sh, i64 %176
  store <8 x float> %179, ptr %180, align 4
  %181 = insertelement <8 x float> poison, float %175, i64 0
  %182 = shufflevector <8 x float> %181, <8 x float> poison, <8 x i32> zeroinitializer
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %179, <8 x float> %156)
  %184 = or disjoint i64 %176, 8
  %185 = getelementptr inbounds float, ptr %work, i64 %184
  %186 = load <8 x float>, ptr %185, align 4
  %187 = fmul <8 x float> %147, %186
  %188 = getelementptr inbounds float, ptr %Sh, i64 %184
  store <8 x float> %187, ptr %188, align 4
  %189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %187, <8 x float> %162)
  %190 = or disjoint i64 %176, 16
  %191 = getelementptr inbounds float, ptr %work, i64 %190
  %192 = load <8 x float>, ptr %191, align 4
  %193 = fmul <8 x float> %147, %192
  %194 = getelementptr inbounds float, ptr %Sh, i64 %190
  store <8 x float> %193, ptr %194, align 4
  %195 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %193, <8 x float> %168)
  %196 = or disjoint i64 %176, 24
  %197 = getelementptr inbounds float, ptr %work, i64 %196
  %198 = load <8 x float>, ptr %197, align 4
  %199 = fmul <8 x float> %147, %198
  %200 = getelementptr inbounds float, ptr %Sh, i64 %196
  store <8 x float> %199, ptr %200, align 4
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %199, <8 x float> %174)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0616, 2
  %exitcond719.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond719.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %202 = shl nsw i64 %ci, 7
  %203 = mul nsw i64 %202, %H
  %204 = getelementptr inbounds float, ptr %betah, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = mul nsw i64 %202, %sq
  %207 = getelementptr inbounds float, ptr %vh, i64 %206
  %208 = load <8 x float>, ptr %207, align 4
  %209 = fsub <8 x float> %208, %183
  store <8 x float> %209, ptr %R, align 4
  %210 = insertelement <8 x float> poison, float %205, i64 0
  %211 = shufflevector <8 x float> %210, <8 x float> poison, <8 x i32> zeroinitializer
  %212 = fmul <8 x float> %211, %209
  %213 = or disjoint i64 %206, 8
  %214 = getelementptr inbounds float, ptr %vh, i64 %213
  %215 = load <8 x float>, ptr %214, align 4
  %216 = fsub <8 x float> %215, %189
  store <8 x float> %216, ptr %5, align 4
  %217 = fmul <8 x float> %211, %216
  %218 = or disjoint i64 %206, 16
  %219 = getelementptr inbounds float, ptr %vh, i64 %218
  %220 = load <8 x float>, ptr %219, align 4
  %221 = fsub <8 x float> %220, %195
  store <8 x float> %221, ptr %6, align 4
  %222 = fmul <8 x float> %211, %221
  %223 = or disjoint i64 %206, 24
  %224 = getelementptr inbounds float, ptr %vh, i64 %223
  %225 = load <8 x float>, ptr %224, align 4
  %226 = fsub <8 x float> %225, %201
  store <8 x float> %226, ptr %7, align 4
  %227 = fmul <8 x float> %211, %226
  %228 = or disjoint i64 %202, 1
  %229 = mul nsw i64 %228, %sq
  %invariant.gep768 = getelementptr float, ptr %kh, i64 %229
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.0625 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %275, %i5.body ]
  %acc5.0624 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %281, %i5.body ]
  %acc6.0623 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %287, %i5.body ]
  %acc744.0622 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %293, %i5.body ]
  %i5.addr.0621 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %230 = or disjoint i64 %i5.addr.0621, %206
  %231 = getelementptr inbounds float, ptr %kh, i64 %230
  %232 = load float, ptr %231, align 4
  %gep769 = getelementptr float, ptr %invariant.gep768, i64 %i5.addr.0621
  %233 = load float, ptr %gep769, align 4
  %234 = insertelement <8 x float> poison, float %232, i64 0
  %235 = shufflevector <8 x float> %234, <8 x float> poison, <8 x i32> zeroinitializer
  %236 = shl nuw nsw i64 %i5.addr.0621, 5
  %237 = getelementptr inbounds float, ptr %Sh, i64 %236
  %238 = load <8 x float>, ptr %237, align 4
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %212, <8 x float> %238)
  %240 = getelementptr inbounds float, ptr %Sroll, i64 %236
  store <8 x float> %239, ptr %240, align 4
  %241 = insertelement <8 x float> poison, float %233, i64 0
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <8 x i32> zeroinitializer
  %243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %239, <8 x float> %acc4.0625)
  %244 = or disjoint i64 %236, 8
  %245 = getelementptr inbounds float, ptr %Sh, i64 %244
  %246 = load <8 x float>, ptr %245, align 4
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %217, <8 x float> %246)
  %248 = getelementptr inbounds float, ptr %Sroll, i64 %244
  store <8 x float> %247, ptr %248, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %247, <8 x float> %acc5.0624)
  %250 = or disjoint i64 %236, 16
  %251 = getelementptr inbounds float, ptr %Sh, i64 %250
  %252 = load <8 x float>, ptr %251, align 4
  %253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %222, <8 x float> %252)
  %254 = getelementptr inbounds float, ptr %Sroll, i64 %250
  store <8 x float> %253, ptr %254, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %253, <8 x float> %acc6.0623)
  %256 = or disjoint i64 %236, 24
  %257 = getelementptr inbounds float, ptr %Sh, i64 %256
  %258 = load <8 x float>, ptr %257, align 4
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %227, <8 x float> %258)
  %260 = getelementptr inbounds float, ptr %Sroll, i64 %256
  store <8 x float> %259, ptr %260, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %259, <8 x float> %acc744.0622)
  %i5.next = or disjoint i64 %i5.addr.0621, 1
  %262 = or disjoint i64 %i5.next, %206
  %263 = getelementptr inbounds float, ptr %kh, i64 %262
  %264 = load float, ptr %263, align 4
  %gep769.1 = getelementptr float, ptr %invariant.gep768, i64 %i5.next
  %265 = load float, ptr %gep769.1, align 4
  %266 = insertelement <8 x float> poison, float %264, i64 0
  %267 = shufflevector <8 x float> %266, <8 x float> poison, <8 x i32> zeroinitializer
  %268 = shl nuw nsw i64 %i5.next, 5
  %269 = getelementptr inbounds float, ptr %Sh, i64 %268
  %270 = load <8 x float>, ptr %269, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %212, <8 x float> %270)
  %272 = getelementptr inbounds float, ptr %Sroll, i64 %268
  store <8 x float> %271, ptr %272, align 4
  %273 = insertelement <8 x float> poison, float %265, i64 0
  %274 = shufflevector <8 x float> %273, <8 x float> poison, <8 x i32> zeroinitializer
  %275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %271, <8 x float> %243)
  %276 = or disjoint i64 %268, 8
  %277 = getelementptr inbounds float, ptr %Sh, i64 %276
  %278 = load <8 x float>, ptr %277, align 4
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %217, <8 x float> %278)
  %280 = getelementptr inbounds float, ptr %Sroll, i64 %276
  store <8 x float> %279, ptr %280, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %279, <8 x float> %249)
  %282 = or disjoint i64 %268, 16
  %283 = getelementptr inbounds float, ptr %Sh, i64 %282
  %284 = load <8 x float>, ptr %283, align 4
  %285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %222, <8 x float> %284)
  %286 = getelementptr inbounds float, ptr %Sroll, i64 %282
  store <8 x float> %285, ptr %286, align 4
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %285, <8 x float> %255)
  %288 = or disjoint i64 %268, 24
  %289 = getelementptr inbounds float, ptr %Sh, i64 %288
  %290 = load <8 x float>, ptr %289, align 4
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %227, <8 x float> %290)
  %292 = getelementptr inbounds float, ptr %Sroll, i64 %288
  store <8 x float> %291, ptr %292, align 4
  %293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %291, <8 x float> %261)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0621, 2
  %exitcond720.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond720.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %294 = mul nsw i64 %228, %H
  %295 = getelementptr inbounds float, ptr %betah, i64 %294
  %296 = load float, ptr %295, align 4
  %297 = getelementptr inbounds float, ptr %vh, i64 %229
  %298 = load <8 x float>, ptr %297, align 4
  %299 = fsub <8 x float> %298, %275
  store <8 x float> %299, ptr %8, align 4
  %300 = insertelement <8 x float> poison, float %296, i64 0
  %301 = shufflevector <8 x float> %300, <8 x float> poison, <8 x i32> zeroinitializer
  %302 = fmul <8 x float> %301, %299
  %303 = or disjoint i64 %229, 8
  %304 = getelementptr inbounds float, ptr %vh, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = fsub <8 x float> %305, %281
  store <8 x float> %306, ptr %9, align 4
  %307 = fmul <8 x float> %301, %306
  %308 = or disjoint i64 %229, 16
  %309 = getelementptr inbounds float, ptr %vh, i64 %308
  %310 = load <8 x float>, ptr %309, align 4
  %311 = fsub <8 x float> %310, %287
  store <8 x float> %311, ptr %10, align 4
  %312 = fmul <8 x float> %301, %311
  %313 = or disjoint i64 %229, 24
  %314 = getelementptr inbounds float, ptr %vh, i64 %313
  %315 = load <8 x float>, ptr %314, align 4
  %316 = fsub <8 x float> %315, %293
  store <8 x float> %316, ptr %11, align 4
  %317 = fmul <8 x float> %301, %316
  %318 = icmp sgt i64 %72, 1
  br i1 %318, label %tl2.body.lr.ph, label %tl2.exit

tl2.body.lr.ph:                                   ; preds = %i5.exit
  %319 = add i64 %t0, -1
  br label %tl2.body

tl2.body:                                         ; preds = %tl2.body.lr.ph, %i7.exit
  %delta.0640 = phi <8 x float> [ %302, %tl2.body.lr.ph ], [ %535, %i7.exit ]
  %delta1.0639 = phi <8 x float> [ %307, %tl2.body.lr.ph ], [ %542, %i7.exit ]
  %delta2.0638 = phi <8 x float> [ %312, %tl2.body.lr.ph ], [ %549, %i7.exit ]
  %delta3.0637 = phi <8 x float> [ %317, %tl2.body.lr.ph ], [ %556, %i7.exit ]
  %tl2.addr.0636 = phi i64 [ 1, %tl2.body.lr.ph ], [ %tl2.next, %i7.exit ]
  %320 = getelementptr inbounds float, ptr %alphas, i64 %tl2.addr.0636
  %321 = load float, ptr %320, align 4
  %322 = add i64 %319, %tl2.addr.0636
  %323 = shl nsw i64 %322, 1
  %324 = or disjoint i64 %323, 1
  %325 = mul nsw i64 %324, %sq
  %326 = add nsw i64 %tl2.addr.0636, %t0
  %327 = mul i64 %12, %326
  %328 = mul nsw i64 %322, %sq
  %329 = getelementptr inbounds float, ptr %oh, i64 %328
  %330 = load <8 x float>, ptr %329, align 4
  %331 = insertelement <8 x float> poison, float %321, i64 0
  %332 = shufflevector <8 x float> %331, <8 x float> poison, <8 x i32> zeroinitializer
  %333 = shl nsw i64 %tl2.addr.0636, 10
  %334 = or disjoint i64 %328, 8
  %335 = getelementptr inbounds float, ptr %oh, i64 %334
  %336 = load <8 x float>, ptr %335, align 4
  %337 = or disjoint i64 %328, 16
  %338 = getelementptr inbounds float, ptr %oh, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = or disjoint i64 %328, 24
  %341 = getelementptr inbounds float, ptr %oh, i64 %340
  %342 = load <8 x float>, ptr %341, align 4
  br label %i6.body

tl2.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <8 x float> [ %317, %i5.exit ], [ %556, %i7.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %312, %i5.exit ], [ %549, %i7.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %307, %i5.exit ], [ %542, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %302, %i5.exit ], [ %535, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %343 = add nsw i64 %tlast, %t0
  %344 = shl nsw i64 %343, 1
  %345 = or disjoint i64 %344, 1
  %346 = mul nsw i64 %345, %sq
  %347 = mul nsw i64 %343, %sq
  %348 = getelementptr inbounds float, ptr %oh, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = or disjoint i64 %347, 8
  %351 = getelementptr inbounds float, ptr %oh, i64 %350
  %352 = load <8 x float>, ptr %351, align 4
  %353 = or disjoint i64 %347, 16
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = or disjoint i64 %347, 24
  %357 = getelementptr inbounds float, ptr %oh, i64 %356
  %358 = load <8 x float>, ptr %357, align 4
  %invariant.gep772 = getelementptr float, ptr %kh, i64 %346
  br label %i8.body

i6.body:                                          ; preds = %tl2.body, %i6.body
  %acc8.0630 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %376, %i6.body ]
  %acc9.0629 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %385, %i6.body ]
  %acc10.0628 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %394, %i6.body ]
  %acc11.0627 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %403, %i6.body ]
  %i6.addr.0626 = phi i64 [ 0, %tl2.body ], [ %i6.next, %i6.body ]
  %359 = getelementptr float, ptr %kh, i64 %i6.addr.0626
  %360 = getelementptr float, ptr %359, i64 %325
  %361 = load float, ptr %360, align 4
  %362 = getelementptr float, ptr %359, i64 %327
  %363 = load float, ptr %362, align 4
  %364 = insertelement <8 x float> poison, float %361, i64 0
  %365 = shufflevector <8 x float> %364, <8 x float> poison, <8 x i32> zeroinitializer
  %366 = shl nuw nsw i64 %i6.addr.0626, 5
  %367 = getelementptr inbounds float, ptr %Sroll, i64 %366
  %368 = load <8 x float>, ptr %367, align 4
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta.0640, <8 x float> %368)
  %370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %369, <8 x float> %330, <8 x float> zeroinitializer)
  %371 = fmul <8 x float> %332, %369
  %372 = add nuw nsw i64 %366, %333
  %373 = getelementptr inbounds float, ptr %Sh, i64 %372
  store <8 x float> %371, ptr %373, align 4
  %374 = insertelement <8 x float> poison, float %363, i64 0
  %375 = shufflevector <8 x float> %374, <8 x float> poison, <8 x i32> zeroinitializer
  %376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %371, <8 x float> %acc8.0630)
  %377 = or disjoint i64 %366, 8
  %378 = getelementptr inbounds float, ptr %Sroll, i64 %377
  %379 = load <8 x float>, ptr %378, align 4
  %380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta1.0639, <8 x float> %379)
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %336, <8 x float> %370)
  %382 = fmul <8 x float> %332, %380
  %383 = or disjoint i64 %372, 8
  %384 = getelementptr inbounds float, ptr %Sh, i64 %383
  store <8 x float> %382, ptr %384, align 4
  %385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %382, <8 x float> %acc9.0629)
  %386 = or disjoint i64 %366, 16
  %387 = getelementptr inbounds float, ptr %Sroll, i64 %386
  %388 = load <8 x float>, ptr %387, align 4
  %389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta2.0638, <8 x float> %388)
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %389, <8 x float> %339, <8 x float> %381)
  %391 = fmul <8 x float> %332, %389
  %392 = or disjoint i64 %372, 16
  %393 = getelementptr inbounds float, ptr %Sh, i64 %392
  store <8 x float> %391, ptr %393, align 4
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %391, <8 x float> %acc10.0628)
  %395 = or disjoint i64 %366, 24
  %396 = getelementptr inbounds float, ptr %Sroll, i64 %395
  %397 = load <8 x float>, ptr %396, align 4
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta3.0637, <8 x float> %397)
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %342, <8 x float> %390)
  %400 = fmul <8 x float> %332, %398
  %401 = or disjoint i64 %372, 24
  %402 = getelementptr inbounds float, ptr %Sh, i64 %401
  store <8 x float> %400, ptr %402, align 4
  %403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %400, <8 x float> %acc11.0627)
  %404 = or disjoint i64 %i6.addr.0626, %328
  %405 = getelementptr inbounds float, ptr %qh1, i64 %404
  %406 = load float, ptr %405, align 4
  %407 = shufflevector <8 x float> %399, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %408 = shufflevector <8 x float> %399, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %409 = fadd <4 x float> %407, %408
  %410 = shufflevector <4 x float> %409, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %411 = shufflevector <4 x float> %409, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %412 = fadd <2 x float> %410, %411
  %shift = shufflevector <2 x float> %412, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %413 = fadd <2 x float> %412, %shift
  %414 = extractelement <2 x float> %413, i64 0
  %415 = fmul float %414, 0x3FC6A09E60000000
  %416 = fadd float %406, %415
  store float %416, ptr %405, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0626, 1
  %exitcond721.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond721.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %417 = shl nsw i64 %326, 1
  %418 = mul nsw i64 %417, %H
  %419 = getelementptr inbounds float, ptr %betah, i64 %418
  %420 = load float, ptr %419, align 4
  %421 = mul nsw i64 %417, %sq
  %422 = getelementptr inbounds float, ptr %vh, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %424 = fsub <8 x float> %423, %376
  %425 = shl i64 %tl2.addr.0636, 6
  %426 = getelementptr inbounds float, ptr %R, i64 %425
  store <8 x float> %424, ptr %426, align 4
  %427 = insertelement <8 x float> poison, float %420, i64 0
  %428 = shufflevector <8 x float> %427, <8 x float> poison, <8 x i32> zeroinitializer
  %429 = fmul <8 x float> %428, %424
  %430 = or disjoint i64 %421, 8
  %431 = getelementptr inbounds float, ptr %vh, i64 %430
  %432 = load <8 x float>, ptr %431, align 4
  %433 = fsub <8 x float> %432, %385
  %434 = or disjoint i64 %425, 8
  %435 = getelementptr inbounds float, ptr %R, i64 %434
  store <8 x float> %433, ptr %435, align 4
  %436 = fmul <8 x float> %428, %433
  %437 = or disjoint i64 %421, 16
  %438 = getelementptr inbounds float, ptr %vh, i64 %437
  %439 = load <8 x float>, ptr %438, align 4
  %440 = fsub <8 x float> %439, %394
  %441 = or disjoint i64 %425, 16
  %442 = getelementptr inbounds float, ptr %R, i64 %441
  store <8 x float> %440, ptr %442, align 4
  %443 = fmul <8 x float> %428, %440
  %444 = or disjoint i64 %421, 24
  %445 = getelementptr inbounds float, ptr %vh, i64 %444
  %446 = load <8 x float>, ptr %445, align 4
  %447 = fsub <8 x float> %446, %403
  %448 = or disjoint i64 %425, 24
  %449 = getelementptr inbounds float, ptr %R, i64 %448
  store <8 x float> %447, ptr %449, align 4
  %450 = fmul <8 x float> %428, %447
  %451 = or disjoint i64 %417, 1
  %452 = mul nsw i64 %451, %sq
  %invariant.gep770 = getelementptr float, ptr %kh, i64 %452
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.0635 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %503, %i7.body ]
  %acc13.0634 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %510, %i7.body ]
  %acc14.0633 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %517, %i7.body ]
  %acc15.0632 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %524, %i7.body ]
  %i7.addr.0631 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %453 = or disjoint i64 %i7.addr.0631, %421
  %454 = getelementptr inbounds float, ptr %kh, i64 %453
  %455 = load float, ptr %454, align 4
  %gep771 = getelementptr float, ptr %invariant.gep770, i64 %i7.addr.0631
  %456 = load float, ptr %gep771, align 4
  %457 = insertelement <8 x float> poison, float %455, i64 0
  %458 = shufflevector <8 x float> %457, <8 x float> poison, <8 x i32> zeroinitializer
  %459 = shl nuw nsw i64 %i7.addr.0631, 5
  %460 = add nuw nsw i64 %459, %333
  %461 = getelementptr inbounds float, ptr %Sh, i64 %460
  %462 = load <8 x float>, ptr %461, align 4
  %463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %429, <8 x float> %462)
  %464 = getelementptr inbounds float, ptr %Sroll, i64 %459
  store <8 x float> %463, ptr %464, align 4
  %465 = insertelement <8 x float> poison, float %456, i64 0
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <8 x i32> zeroinitializer
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %463, <8 x float> %acc12.0635)
  %468 = or disjoint i64 %460, 8
  %469 = getelementptr inbounds float, ptr %Sh, i64 %468
  %470 = load <8 x float>, ptr %469, align 4
  %471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %436, <8 x float> %470)
  %472 = or disjoint i64 %459, 8
  %473 = getelementptr inbounds float, ptr %Sroll, i64 %472
  store <8 x float> %471, ptr %473, align 4
  %474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %471, <8 x float> %acc13.0634)
  %475 = or disjoint i64 %460, 16
  %476 = getelementptr inbounds float, ptr %Sh, i64 %475
  %477 = load <8 x float>, ptr %476, align 4
  %478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %443, <8 x float> %477)
  %479 = or disjoint i64 %459, 16
  %480 = getelementptr inbounds float, ptr %Sroll, i64 %479
  store <8 x float> %478, ptr %480, align 4
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %478, <8 x float> %acc14.0633)
  %482 = or disjoint i64 %460, 24
  %483 = getelementptr inbounds float, ptr %Sh, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %450, <8 x float> %484)
  %486 = or disjoint i64 %459, 24
  %487 = getelementptr inbounds float, ptr %Sroll, i64 %486
  store <8 x float> %485, ptr %487, align 4
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %485, <8 x float> %acc15.0632)
  %i7.next = or disjoint i64 %i7.addr.0631, 1
  %489 = or disjoint i64 %i7.next, %421
  %490 = getelementptr inbounds float, ptr %kh, i64 %489
  %491 = load float, ptr %490, align 4
  %gep771.1 = getelementptr float, ptr %invariant.gep770, i64 %i7.next
  %492 = load float, ptr %gep771.1, align 4
  %493 = insertelement <8 x float> poison, float %491, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = shl nuw nsw i64 %i7.next, 5
  %496 = add nuw nsw i64 %495, %333
  %497 = getelementptr inbounds float, ptr %Sh, i64 %496
  %498 = load <8 x float>, ptr %497, align 4
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %429, <8 x float> %498)
  %500 = getelementptr inbounds float, ptr %Sroll, i64 %495
  store <8 x float> %499, ptr %500, align 4
  %501 = insertelement <8 x float> poison, float %492, i64 0
  %502 = shufflevector <8 x float> %501, <8 x float> poison, <8 x i32> zeroinitializer
  %503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %499, <8 x float> %467)
  %504 = or disjoint i64 %496, 8
  %505 = getelementptr inbounds float, ptr %Sh, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %436, <8 x float> %506)
  %508 = or disjoint i64 %495, 8
  %509 = getelementptr inbounds float, ptr %Sroll, i64 %508
  store <8 x float> %507, ptr %509, align 4
  %510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %507, <8 x float> %474)
  %511 = or disjoint i64 %496, 16
  %512 = getelementptr inbounds float, ptr %Sh, i64 %511
  %513 = load <8 x float>, ptr %512, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %443, <8 x float> %513)
  %515 = or disjoint i64 %495, 16
  %516 = getelementptr inbounds float, ptr %Sroll, i64 %515
  store <8 x float> %514, ptr %516, align 4
  %517 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %514, <8 x float> %481)
  %518 = or disjoint i64 %496, 24
  %519 = getelementptr inbounds float, ptr %Sh, i64 %518
  %520 = load <8 x float>, ptr %519, align 4
  %521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %450, <8 x float> %520)
  %522 = or disjoint i64 %495, 24
  %523 = getelementptr inbounds float, ptr %Sroll, i64 %522
  store <8 x float> %521, ptr %523, align 4
  %524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %521, <8 x float> %488)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0631, 2
  %exitcond722.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond722.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %525 = mul nsw i64 %451, %H
  %526 = getelementptr inbounds float, ptr %betah, i64 %525
  %527 = load float, ptr %526, align 4
  %528 = getelementptr inbounds float, ptr %vh, i64 %452
  %529 = load <8 x float>, ptr %528, align 4
  %530 = fsub <8 x float> %529, %503
  %531 = or disjoint i64 %425, 32
  %532 = getelementptr inbounds float, ptr %R, i64 %531
  store <8 x float> %530, ptr %532, align 4
  %533 = insertelement <8 x float> poison, float %527, i64 0
  %534 = shufflevector <8 x float> %533, <8 x float> poison, <8 x i32> zeroinitializer
  %535 = fmul <8 x float> %534, %530
  %536 = or disjoint i64 %452, 8
  %537 = getelementptr inbounds float, ptr %vh, i64 %536
  %538 = load <8 x float>, ptr %537, align 4
  %539 = fsub <8 x float> %538, %510
  %540 = or disjoint i64 %425, 40
  %541 = getelementptr inbounds float, ptr %R, i64 %540
  store <8 x float> %539, ptr %541, align 4
  %542 = fmul <8 x float> %534, %539
  %543 = or disjoint i64 %452, 16
  %544 = getelementptr inbounds float, ptr %vh, i64 %543
  %545 = load <8 x float>, ptr %544, align 4
  %546 = fsub <8 x float> %545, %517
  %547 = or disjoint i64 %425, 48
  %548 = getelementptr inbounds float, ptr %R, i64 %547
  store <8 x float> %546, ptr %548, align 4
  %549 = fmul <8 x float> %534, %546
  %550 = or disjoint i64 %452, 24
  %551 = getelementptr inbounds float, ptr %vh, i64 %550
  %552 = load <8 x float>, ptr %551, align 4
  %553 = fsub <8 x float> %552, %524
  %554 = or disjoint i64 %425, 56
  %555 = getelementptr inbounds float, ptr %R, i64 %554
  store <8 x float> %553, ptr %555, align 4
  %556 = fmul <8 x float> %534, %553
  %tl2.next = add nuw nsw i64 %tl2.addr.0636, 1
  %exitcond725.not = icmp eq i64 %tl2.next, %smax724
  br i1 %exitcond725.not, label %tl2.exit, label %tl2.body

tt.head.preheader:                                ; preds = %i8.body
  br i1 %73, label %tt.body, label %tt.exit

i8.body:                                          ; preds = %i8.body, %tl2.exit
  %i8.addr.0644 = phi i64 [ 0, %tl2.exit ], [ %i8.next.1, %i8.body ]
  %gep773 = getelementptr float, ptr %invariant.gep772, i64 %i8.addr.0644
  %557 = load float, ptr %gep773, align 4
  %558 = insertelement <8 x float> poison, float %557, i64 0
  %559 = shufflevector <8 x float> %558, <8 x float> poison, <8 x i32> zeroinitializer
  %560 = shl nuw nsw i64 %i8.addr.0644, 5
  %561 = getelementptr inbounds float, ptr %Sroll, i64 %560
  %562 = load <8 x float>, ptr %561, align 4
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta.0.lcssa, <8 x float> %562)
  %564 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %349, <8 x float> zeroinitializer)
  %565 = or disjoint i64 %560, 8
  %566 = getelementptr inbounds float, ptr %Sroll, i64 %565
  %567 = load <8 x float>, ptr %566, align 4
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta1.0.lcssa, <8 x float> %567)
  %569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %352, <8 x float> %564)
  %570 = or disjoint i64 %560, 16
  %571 = getelementptr inbounds float, ptr %Sroll, i64 %570
  %572 = load <8 x float>, ptr %571, align 4
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta2.0.lcssa, <8 x float> %572)
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %573, <8 x float> %355, <8 x float> %569)
  %575 = or disjoint i64 %560, 24
  %576 = getelementptr inbounds float, ptr %Sroll, i64 %575
  %577 = load <8 x float>, ptr %576, align 4
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta3.0.lcssa, <8 x float> %577)
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %578, <8 x float> %358, <8 x float> %574)
  %580 = or disjoint i64 %i8.addr.0644, %347
  %581 = getelementptr inbounds float, ptr %qh1, i64 %580
  %582 = load float, ptr %581, align 4
  %583 = shufflevector <8 x float> %579, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %584 = shufflevector <8 x float> %579, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %585 = fadd <4 x float> %583, %584
  %586 = shufflevector <4 x float> %585, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %587 = shufflevector <4 x float> %585, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %588 = fadd <2 x float> %586, %587
  %shift803 = shufflevector <2 x float> %588, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %589 = fadd <2 x float> %588, %shift803
  %590 = extractelement <2 x float> %589, i64 0
  %591 = fmul float %590, 0x3FC6A09E60000000
  %592 = fadd float %582, %591
  store float %592, ptr %581, align 4
  %i8.next = or disjoint i64 %i8.addr.0644, 1
  %gep773.1 = getelementptr float, ptr %invariant.gep772, i64 %i8.next
  %593 = load float, ptr %gep773.1, align 4
  %594 = insertelement <8 x float> poison, float %593, i64 0
  %595 = shufflevector <8 x float> %594, <8 x float> poison, <8 x i32> zeroinitializer
  %596 = shl nuw nsw i64 %i8.next, 5
  %597 = getelementptr inbounds float, ptr %Sroll, i64 %596
  %598 = load <8 x float>, ptr %597, align 4
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta.0.lcssa, <8 x float> %598)
  %600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %349, <8 x float> zeroinitializer)
  %601 = or disjoint i64 %596, 8
  %602 = getelementptr inbounds float, ptr %Sroll, i64 %601
  %603 = load <8 x float>, ptr %602, align 4
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta1.0.lcssa, <8 x float> %603)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %352, <8 x float> %600)
  %606 = or disjoint i64 %596, 16
  %607 = getelementptr inbounds float, ptr %Sroll, i64 %606
  %608 = load <8 x float>, ptr %607, align 4
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta2.0.lcssa, <8 x float> %608)
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %355, <8 x float> %605)
  %611 = or disjoint i64 %596, 24
  %612 = getelementptr inbounds float, ptr %Sroll, i64 %611
  %613 = load <8 x float>, ptr %612, align 4
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta3.0.lcssa, <8 x float> %613)
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %358, <8 x float> %610)
  %616 = or disjoint i64 %i8.next, %347
  %617 = getelementptr inbounds float, ptr %qh1, i64 %616
  %618 = load float, ptr %617, align 4
  %619 = shufflevector <8 x float> %615, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %620 = shufflevector <8 x float> %615, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %621 = fadd <4 x float> %619, %620
  %622 = shufflevector <4 x float> %621, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %623 = shufflevector <4 x float> %621, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %624 = fadd <2 x float> %622, %623
  %shift803.1 = shufflevector <2 x float> %624, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %625 = fadd <2 x float> %624, %shift803.1
  %626 = extractelement <2 x float> %625, i64 0
  %627 = fmul float %626, 0x3FC6A09E60000000
  %628 = fadd float %618, %627
  store float %628, ptr %617, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0644, 2
  %exitcond726.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond726.not.1, label %tt.head.preheader, label %i8.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0668 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl3 = sub nsw i64 %tlast, %tt.addr.0668
  %629 = add nsw i64 %tl3, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %629, i64 %tlast)
  %630 = add nsw i64 %ptl, %t0
  %631 = shl nsw i64 %630, 1
  %632 = mul nsw i64 %631, %H
  %633 = getelementptr inbounds float, ptr %betah, i64 %632
  %634 = load float, ptr %633, align 4
  %635 = getelementptr inbounds float, ptr %alphas, i64 %ptl
  %636 = load float, ptr %635, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %637 = icmp slt i64 %629, %L
  %638 = select i1 %637, float %636, float 1.000000e+00
  %.neg = fneg float %634
  %639 = select i1 %637, float %.neg, float -0.000000e+00
  %640 = mul nsw i64 %631, %sq
  %641 = shl nsw i64 %ptl, 10
  %642 = shl nsw i64 %ptl, 6
  %643 = getelementptr inbounds float, ptr %R, i64 %642
  %644 = insertelement <8 x float> poison, float %638, i64 0
  %645 = shufflevector <8 x float> %644, <8 x float> poison, <8 x i32> zeroinitializer
  %646 = or disjoint i64 %642, 8
  %647 = getelementptr inbounds float, ptr %R, i64 %646
  %648 = or disjoint i64 %642, 16
  %649 = getelementptr inbounds float, ptr %R, i64 %648
  %650 = or disjoint i64 %642, 24
  %651 = getelementptr inbounds float, ptr %R, i64 %650
  %652 = add nsw i64 %tl3, %t0
  %653 = mul nsw i64 %652, %sq
  %654 = getelementptr inbounds float, ptr %oh, i64 %653
  %655 = load <8 x float>, ptr %654, align 4
  %656 = or disjoint i64 %653, 8
  %657 = getelementptr inbounds float, ptr %oh, i64 %656
  %658 = load <8 x float>, ptr %657, align 4
  %659 = or disjoint i64 %653, 16
  %660 = getelementptr inbounds float, ptr %oh, i64 %659
  %661 = load <8 x float>, ptr %660, align 4
  %662 = or disjoint i64 %653, 24
  %663 = getelementptr inbounds float, ptr %oh, i64 %662
  %664 = load <8 x float>, ptr %663, align 4
  %665 = shl nsw i64 %652, 1
  %666 = or disjoint i64 %665, 1
  %667 = mul nsw i64 %666, %sq
  br label %i10.body

tt.exit:                                          ; preds = %i16.exit, %tt.head.preheader
  %668 = load float, ptr %alphas, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %669 = fneg float %205
  %670 = insertelement <8 x float> poison, float %668, i64 0
  %671 = shufflevector <8 x float> %670, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i22.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dgacc.0651 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %732, %i10.body ]
  %dsk.0650 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %759, %i10.body ]
  %dsk1.0649 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %760, %i10.body ]
  %dsk2.0648 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %761, %i10.body ]
  %dsk3.0647 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %762, %i10.body ]
  %i10.addr.0646 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %672 = shl nuw nsw i64 %i10.addr.0646, 5
  %673 = getelementptr inbounds float, ptr %dS, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = or disjoint i64 %672, 8
  %676 = getelementptr inbounds float, ptr %dS, i64 %675
  %677 = load <8 x float>, ptr %676, align 4
  %678 = or disjoint i64 %672, 16
  %679 = getelementptr inbounds float, ptr %dS, i64 %678
  %680 = load <8 x float>, ptr %679, align 4
  %681 = or disjoint i64 %672, 24
  %682 = getelementptr inbounds float, ptr %dS, i64 %681
  %683 = load <8 x float>, ptr %682, align 4
  %684 = getelementptr float, ptr %kh, i64 %i10.addr.0646
  %685 = getelementptr float, ptr %684, i64 %640
  %686 = load float, ptr %685, align 4
  %687 = fmul float %639, %686
  %688 = load <8 x float>, ptr %dSkPrev, align 4
  %689 = add nuw nsw i64 %672, %641
  %690 = getelementptr inbounds float, ptr %Sh, i64 %689
  %691 = load <8 x float>, ptr %690, align 4
  %692 = load <8 x float>, ptr %643, align 4
  %693 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %692, <8 x float> zeroinitializer)
  %694 = fneg <8 x float> %691
  %695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> %688, <8 x float> %693)
  %696 = insertelement <8 x float> poison, float %687, i64 0
  %697 = shufflevector <8 x float> %696, <8 x float> poison, <8 x i32> zeroinitializer
  %698 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %688, <8 x float> %674)
  %699 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %691, <8 x float> %dgacc.0651)
  %700 = fmul <8 x float> %645, %698
  %701 = load <8 x float>, ptr %13, align 4
  %702 = or disjoint i64 %689, 8
  %703 = getelementptr inbounds float, ptr %Sh, i64 %702
  %704 = load <8 x float>, ptr %703, align 4
  %705 = load <8 x float>, ptr %647, align 4
  %706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> %705, <8 x float> %695)
  %707 = fneg <8 x float> %704
  %708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %701, <8 x float> %706)
  %709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %701, <8 x float> %677)
  %710 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %704, <8 x float> %699)
  %711 = fmul <8 x float> %645, %709
  %712 = load <8 x float>, ptr %14, align 4
  %713 = or disjoint i64 %689, 16
  %714 = getelementptr inbounds float, ptr %Sh, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = load <8 x float>, ptr %649, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> %716, <8 x float> %708)
  %718 = fneg <8 x float> %715
  %719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %712, <8 x float> %717)
  %720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %712, <8 x float> %680)
  %721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> %715, <8 x float> %710)
  %722 = fmul <8 x float> %645, %720
  %723 = load <8 x float>, ptr %15, align 4
  %724 = or disjoint i64 %689, 24
  %725 = getelementptr inbounds float, ptr %Sh, i64 %724
  %726 = load <8 x float>, ptr %725, align 4
  %727 = load <8 x float>, ptr %651, align 4
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %727, <8 x float> %719)
  %729 = fneg <8 x float> %726
  %730 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %729, <8 x float> %723, <8 x float> %728)
  %731 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %723, <8 x float> %683)
  %732 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %726, <8 x float> %721)
  %733 = fmul <8 x float> %645, %731
  %734 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0646
  %735 = load float, ptr %734, align 4
  %736 = shufflevector <8 x float> %730, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %737 = shufflevector <8 x float> %730, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %738 = fadd <4 x float> %736, %737
  %739 = shufflevector <4 x float> %738, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %740 = shufflevector <4 x float> %738, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %741 = fadd <2 x float> %739, %740
  %shift804 = shufflevector <2 x float> %741, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %742 = fadd <2 x float> %741, %shift804
  %743 = extractelement <2 x float> %742, i64 0
  %744 = fadd float %735, %743
  store float %744, ptr %734, align 4
  %745 = or disjoint i64 %i10.addr.0646, %653
  %746 = getelementptr inbounds float, ptr %qh, i64 %745
  %747 = load float, ptr %746, align 4
  %748 = fmul float %747, 0x3FC6A09E60000000
  %749 = insertelement <8 x float> poison, float %748, i64 0
  %750 = shufflevector <8 x float> %749, <8 x float> poison, <8 x i32> zeroinitializer
  %751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %655, <8 x float> %700)
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %658, <8 x float> %711)
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %661, <8 x float> %722)
  %754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %664, <8 x float> %733)
  %755 = getelementptr float, ptr %684, i64 %667
  %756 = load float, ptr %755, align 4
  %757 = insertelement <8 x float> poison, float %756, i64 0
  %758 = shufflevector <8 x float> %757, <8 x float> poison, <8 x i32> zeroinitializer
  %759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %751, <8 x float> %dsk.0650)
  %760 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %752, <8 x float> %dsk1.0649)
  %761 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %753, <8 x float> %dsk2.0648)
  %762 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %754, <8 x float> %dsk3.0647)
  store <8 x float> %751, ptr %673, align 4
  store <8 x float> %752, ptr %676, align 4
  store <8 x float> %753, ptr %679, align 4
  store <8 x float> %754, ptr %682, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0646, 1
  %exitcond727.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond727.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %759, ptr %dSk, align 4
  store <8 x float> %760, ptr %16, align 4
  store <8 x float> %761, ptr %17, align 4
  store <8 x float> %762, ptr %18, align 4
  br i1 %637, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %763 = insertelement <8 x float> poison, float %634, i64 0
  %764 = shufflevector <8 x float> %763, <8 x float> poison, <8 x i32> zeroinitializer
  %765 = load <8 x float>, ptr %dkTmp, align 4
  %766 = fmul <8 x float> %764, %765
  %767 = getelementptr float, ptr %kh1, i64 %640
  store <8 x float> %766, ptr %767, align 4
  %768 = load <8 x float>, ptr %32, align 4
  %769 = fmul <8 x float> %764, %768
  %770 = getelementptr float, ptr %59, i64 %640
  store <8 x float> %769, ptr %770, align 4
  %771 = load <8 x float>, ptr %33, align 4
  %772 = fmul <8 x float> %764, %771
  %773 = getelementptr float, ptr %60, i64 %640
  store <8 x float> %772, ptr %773, align 4
  %774 = load <8 x float>, ptr %34, align 4
  %775 = fmul <8 x float> %764, %774
  %776 = getelementptr float, ptr %61, i64 %640
  store <8 x float> %775, ptr %776, align 4
  %777 = shufflevector <8 x float> %732, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %778 = shufflevector <8 x float> %732, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %779 = fadd <4 x float> %777, %778
  %780 = shufflevector <4 x float> %779, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %781 = shufflevector <4 x float> %779, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %782 = fadd <2 x float> %780, %781
  %shift805 = shufflevector <2 x float> %782, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %783 = fadd <2 x float> %782, %shift805
  %784 = extractelement <2 x float> %783, i64 0
  %785 = mul nsw i64 %630, %H
  %786 = getelementptr inbounds float, ptr %gh1, i64 %785
  store float %784, ptr %786, align 4
  br label %endif

endif:                                            ; preds = %i10.exit, %j5.head.preheader
  %787 = mul nsw i64 %666, %H
  %788 = getelementptr inbounds float, ptr %betah, i64 %787
  %789 = load float, ptr %788, align 4
  %790 = insertelement <8 x float> poison, float %789, i64 0
  %791 = shufflevector <8 x float> %790, <8 x float> poison, <8 x i32> zeroinitializer
  %792 = fmul <8 x float> %791, %759
  %793 = getelementptr float, ptr %vh1, i64 %667
  store <8 x float> %792, ptr %793, align 4
  %794 = fmul <8 x float> %791, %760
  %795 = getelementptr float, ptr %62, i64 %667
  store <8 x float> %794, ptr %795, align 4
  %796 = fmul <8 x float> %791, %761
  %797 = getelementptr float, ptr %63, i64 %667
  store <8 x float> %796, ptr %797, align 4
  %798 = fmul <8 x float> %791, %762
  %799 = getelementptr float, ptr %64, i64 %667
  store <8 x float> %798, ptr %799, align 4
  %.idx678 = shl i64 %tl3, 8
  %800 = getelementptr i8, ptr %R, i64 %.idx678
  %801 = getelementptr i8, ptr %800, i64 128
  %802 = load <8 x float>, ptr %801, align 4
  %803 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %759, <8 x float> %802, <8 x float> zeroinitializer)
  %804 = getelementptr i8, ptr %35, i64 %.idx678
  %805 = getelementptr i8, ptr %804, i64 128
  %806 = load <8 x float>, ptr %805, align 4
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %760, <8 x float> %806, <8 x float> %803)
  %808 = getelementptr i8, ptr %36, i64 %.idx678
  %809 = getelementptr i8, ptr %808, i64 128
  %810 = load <8 x float>, ptr %809, align 4
  %811 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %761, <8 x float> %810, <8 x float> %807)
  %812 = getelementptr i8, ptr %37, i64 %.idx678
  %813 = getelementptr i8, ptr %812, i64 128
  %814 = load <8 x float>, ptr %813, align 4
  %815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> %814, <8 x float> %811)
  %816 = shufflevector <8 x float> %815, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %817 = shufflevector <8 x float> %815, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %818 = fadd <4 x float> %816, %817
  %819 = shufflevector <4 x float> %818, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %820 = shufflevector <4 x float> %818, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %821 = fadd <2 x float> %819, %820
  %shift806 = shufflevector <2 x float> %821, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %822 = fadd <2 x float> %821, %shift806
  %823 = extractelement <2 x float> %822, i64 0
  %824 = getelementptr inbounds float, ptr %betah1, i64 %787
  store float %823, ptr %824, align 4
  store <8 x float> %759, ptr %dSkPrev, align 4
  store <8 x float> %760, ptr %38, align 4
  store <8 x float> %761, ptr %39, align 4
  store <8 x float> %762, ptr %40, align 4
  %825 = mul nsw i64 %665, %H
  %826 = getelementptr inbounds float, ptr %betah, i64 %825
  %827 = load float, ptr %826, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %828 = fneg float %789
  %829 = mul nsw i64 %665, %sq
  %830 = shl nsw i64 %tl3, 10
  %831 = shl i64 %tl3, 6
  %832 = getelementptr inbounds float, ptr %R, i64 %831
  %833 = or disjoint i64 %831, 32
  %834 = getelementptr inbounds float, ptr %R, i64 %833
  %835 = or disjoint i64 %831, 8
  %836 = getelementptr inbounds float, ptr %R, i64 %835
  %837 = or disjoint i64 %831, 40
  %838 = getelementptr inbounds float, ptr %R, i64 %837
  %839 = or disjoint i64 %831, 16
  %840 = getelementptr inbounds float, ptr %R, i64 %839
  %841 = or disjoint i64 %831, 48
  %842 = getelementptr inbounds float, ptr %R, i64 %841
  %843 = or disjoint i64 %831, 24
  %844 = getelementptr inbounds float, ptr %R, i64 %843
  %845 = or disjoint i64 %831, 56
  %846 = getelementptr inbounds float, ptr %R, i64 %845
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0662 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0661 = phi <8 x float> [ zeroinitializer, %endif ], [ %930, %i16.body ]
  %dsk6.0660 = phi <8 x float> [ zeroinitializer, %endif ], [ %929, %i16.body ]
  %dsk5.0659 = phi <8 x float> [ zeroinitializer, %endif ], [ %928, %i16.body ]
  %dsk4.0658 = phi <8 x float> [ zeroinitializer, %endif ], [ %927, %i16.body ]
  %847 = shl nuw nsw i64 %i16.addr.0662, 5
  %848 = getelementptr inbounds float, ptr %dS, i64 %847
  %849 = load <8 x float>, ptr %848, align 4
  %850 = or disjoint i64 %847, 8
  %851 = getelementptr inbounds float, ptr %dS, i64 %850
  %852 = load <8 x float>, ptr %851, align 4
  %853 = or disjoint i64 %847, 16
  %854 = getelementptr inbounds float, ptr %dS, i64 %853
  %855 = load <8 x float>, ptr %854, align 4
  %856 = or disjoint i64 %847, 24
  %857 = getelementptr inbounds float, ptr %dS, i64 %856
  %858 = load <8 x float>, ptr %857, align 4
  %859 = getelementptr float, ptr %kh, i64 %i16.addr.0662
  %860 = getelementptr float, ptr %859, i64 %667
  %861 = load float, ptr %860, align 4
  %862 = fmul float %861, %828
  %863 = getelementptr float, ptr %859, i64 %829
  %864 = load float, ptr %863, align 4
  %865 = fmul float %827, %864
  %866 = load <8 x float>, ptr %dSkPrev, align 4
  %867 = add nuw nsw i64 %847, %830
  %868 = getelementptr inbounds float, ptr %Sh, i64 %867
  %869 = load <8 x float>, ptr %868, align 4
  %870 = load <8 x float>, ptr %832, align 4
  %871 = insertelement <8 x float> poison, float %865, i64 0
  %872 = shufflevector <8 x float> %871, <8 x float> poison, <8 x i32> zeroinitializer
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %870, <8 x float> %869)
  %874 = load <8 x float>, ptr %834, align 4
  %875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> %874, <8 x float> zeroinitializer)
  %876 = fneg <8 x float> %873
  %877 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %876, <8 x float> %866, <8 x float> %875)
  %878 = insertelement <8 x float> poison, float %862, i64 0
  %879 = shufflevector <8 x float> %878, <8 x float> poison, <8 x i32> zeroinitializer
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %866, <8 x float> %849)
  %881 = load <8 x float>, ptr %13, align 4
  %882 = or disjoint i64 %867, 8
  %883 = getelementptr inbounds float, ptr %Sh, i64 %882
  %884 = load <8 x float>, ptr %883, align 4
  %885 = load <8 x float>, ptr %836, align 4
  %886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %885, <8 x float> %884)
  %887 = load <8 x float>, ptr %838, align 4
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %887, <8 x float> %877)
  %889 = fneg <8 x float> %886
  %890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %889, <8 x float> %881, <8 x float> %888)
  %891 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %881, <8 x float> %852)
  %892 = load <8 x float>, ptr %14, align 4
  %893 = or disjoint i64 %867, 16
  %894 = getelementptr inbounds float, ptr %Sh, i64 %893
  %895 = load <8 x float>, ptr %894, align 4
  %896 = load <8 x float>, ptr %840, align 4
  %897 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %896, <8 x float> %895)
  %898 = load <8 x float>, ptr %842, align 4
  %899 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> %898, <8 x float> %890)
  %900 = fneg <8 x float> %897
  %901 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> %892, <8 x float> %899)
  %902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %892, <8 x float> %855)
  %903 = load <8 x float>, ptr %15, align 4
  %904 = or disjoint i64 %867, 24
  %905 = getelementptr inbounds float, ptr %Sh, i64 %904
  %906 = load <8 x float>, ptr %905, align 4
  %907 = load <8 x float>, ptr %844, align 4
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %907, <8 x float> %906)
  %909 = load <8 x float>, ptr %846, align 4
  %910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> %909, <8 x float> %901)
  %911 = fneg <8 x float> %908
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %903, <8 x float> %910)
  %913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %903, <8 x float> %858)
  %914 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0662
  %915 = load float, ptr %914, align 4
  %916 = shufflevector <8 x float> %912, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %917 = shufflevector <8 x float> %912, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %918 = fadd <4 x float> %916, %917
  %919 = shufflevector <4 x float> %918, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %920 = shufflevector <4 x float> %918, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %921 = fadd <2 x float> %919, %920
  %shift807 = shufflevector <2 x float> %921, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %922 = fadd <2 x float> %921, %shift807
  %923 = extractelement <2 x float> %922, i64 0
  %924 = fadd float %915, %923
  store float %924, ptr %914, align 4
  %925 = insertelement <8 x float> poison, float %864, i64 0
  %926 = shufflevector <8 x float> %925, <8 x float> poison, <8 x i32> zeroinitializer
  %927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %880, <8 x float> %dsk4.0658)
  %928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %891, <8 x float> %dsk5.0659)
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %902, <8 x float> %dsk6.0660)
  %930 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %913, <8 x float> %dsk7.0661)
  store <8 x float> %880, ptr %848, align 4
  store <8 x float> %891, ptr %851, align 4
  store <8 x float> %902, ptr %854, align 4
  store <8 x float> %913, ptr %857, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0662, 1
  %exitcond728.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond728.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %927, ptr %dSk, align 4
  store <8 x float> %928, ptr %16, align 4
  store <8 x float> %929, ptr %17, align 4
  store <8 x float> %930, ptr %18, align 4
  %931 = load <8 x float>, ptr %dkTmp, align 4
  %932 = fmul <8 x float> %791, %931
  %933 = getelementptr float, ptr %kh1, i64 %667
  store <8 x float> %932, ptr %933, align 4
  %934 = load <8 x float>, ptr %41, align 4
  %935 = fmul <8 x float> %791, %934
  %936 = getelementptr float, ptr %65, i64 %667
  store <8 x float> %935, ptr %936, align 4
  %937 = load <8 x float>, ptr %42, align 4
  %938 = fmul <8 x float> %791, %937
  %939 = getelementptr float, ptr %66, i64 %667
  store <8 x float> %938, ptr %939, align 4
  %940 = load <8 x float>, ptr %43, align 4
  %941 = fmul <8 x float> %791, %940
  %942 = getelementptr float, ptr %67, i64 %667
  store <8 x float> %941, ptr %942, align 4
  %943 = insertelement <8 x float> poison, float %827, i64 0
  %944 = shufflevector <8 x float> %943, <8 x float> poison, <8 x i32> zeroinitializer
  %945 = fmul <8 x float> %944, %927
  %946 = getelementptr float, ptr %vh1, i64 %829
  store <8 x float> %945, ptr %946, align 4
  %947 = fmul <8 x float> %944, %928
  %948 = getelementptr float, ptr %62, i64 %829
  store <8 x float> %947, ptr %948, align 4
  %949 = fmul <8 x float> %944, %929
  %950 = getelementptr float, ptr %63, i64 %829
  store <8 x float> %949, ptr %950, align 4
  %951 = fmul <8 x float> %944, %930
  %952 = getelementptr float, ptr %64, i64 %829
  store <8 x float> %951, ptr %952, align 4
  %953 = load <8 x float>, ptr %800, align 4
  %954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %953, <8 x float> zeroinitializer)
  %955 = load <8 x float>, ptr %804, align 4
  %956 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %955, <8 x float> %954)
  %957 = load <8 x float>, ptr %808, align 4
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %929, <8 x float> %957, <8 x float> %956)
  %959 = load <8 x float>, ptr %812, align 4
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %930, <8 x float> %959, <8 x float> %958)
  %961 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %962 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %963 = fadd <4 x float> %961, %962
  %964 = shufflevector <4 x float> %963, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %965 = shufflevector <4 x float> %963, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %966 = fadd <2 x float> %964, %965
  %shift808 = shufflevector <2 x float> %966, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %967 = fadd <2 x float> %966, %shift808
  %968 = extractelement <2 x float> %967, i64 0
  %969 = getelementptr inbounds float, ptr %betah1, i64 %825
  store float %968, ptr %969, align 4
  store <8 x float> %927, ptr %dSkPrev, align 4
  store <8 x float> %928, ptr %38, align 4
  store <8 x float> %929, ptr %39, align 4
  store <8 x float> %930, ptr %40, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0668, 1
  %exitcond731.not = icmp eq i64 %tt.next, %smax730
  br i1 %exitcond731.not, label %tt.exit, label %tt.body

j13.head.preheader:                               ; preds = %i22.body
  %970 = load <8 x float>, ptr %dkTmp, align 4
  %971 = fmul <8 x float> %211, %970
  %972 = getelementptr inbounds float, ptr %kh1, i64 %206
  store <8 x float> %971, ptr %972, align 4
  %973 = load <8 x float>, ptr %44, align 4
  %974 = fmul <8 x float> %211, %973
  %975 = getelementptr inbounds float, ptr %kh1, i64 %213
  store <8 x float> %974, ptr %975, align 4
  %976 = load <8 x float>, ptr %45, align 4
  %977 = fmul <8 x float> %211, %976
  %978 = getelementptr inbounds float, ptr %kh1, i64 %218
  store <8 x float> %977, ptr %978, align 4
  %979 = load <8 x float>, ptr %46, align 4
  %980 = fmul <8 x float> %211, %979
  %981 = getelementptr inbounds float, ptr %kh1, i64 %223
  store <8 x float> %980, ptr %981, align 4
  %982 = shufflevector <8 x float> %1048, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %983 = shufflevector <8 x float> %1048, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %984 = fadd <4 x float> %982, %983
  %985 = shufflevector <4 x float> %984, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %986 = shufflevector <4 x float> %984, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %987 = fadd <2 x float> %985, %986
  %shift809 = shufflevector <2 x float> %987, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %988 = fadd <2 x float> %987, %shift809
  %989 = extractelement <2 x float> %988, i64 0
  %990 = mul nsw i64 %t0, %H
  %991 = getelementptr inbounds float, ptr %gh1, i64 %990
  store float %989, ptr %991, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0673, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond734.not = icmp eq i64 %cc.next, %smax733
  br i1 %exitcond734.not, label %i24.head.preheader, label %cc.body

i22.body:                                         ; preds = %tt.exit, %i22.body
  %i22.addr.0671 = phi i64 [ 0, %tt.exit ], [ %i22.next, %i22.body ]
  %dgacc1.0670 = phi <8 x float> [ zeroinitializer, %tt.exit ], [ %1048, %i22.body ]
  %992 = shl nuw nsw i64 %i22.addr.0671, 5
  %993 = getelementptr inbounds float, ptr %dS, i64 %992
  %994 = load <8 x float>, ptr %993, align 4
  %995 = or disjoint i64 %992, 8
  %996 = getelementptr inbounds float, ptr %dS, i64 %995
  %997 = load <8 x float>, ptr %996, align 4
  %998 = or disjoint i64 %992, 16
  %999 = getelementptr inbounds float, ptr %dS, i64 %998
  %1000 = load <8 x float>, ptr %999, align 4
  %1001 = or disjoint i64 %992, 24
  %1002 = getelementptr inbounds float, ptr %dS, i64 %1001
  %1003 = load <8 x float>, ptr %1002, align 4
  %1004 = or disjoint i64 %i22.addr.0671, %206
  %1005 = getelementptr inbounds float, ptr %kh, i64 %1004
  %1006 = load float, ptr %1005, align 4
  %1007 = fmul float %1006, %669
  %1008 = load <8 x float>, ptr %dSkPrev, align 4
  %1009 = getelementptr inbounds float, ptr %Sh, i64 %992
  %1010 = load <8 x float>, ptr %1009, align 4
  %1011 = load <8 x float>, ptr %R, align 4
  %1012 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> %1011, <8 x float> zeroinitializer)
  %1013 = fneg <8 x float> %1010
  %1014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> %1008, <8 x float> %1012)
  %1015 = insertelement <8 x float> poison, float %1007, i64 0
  %1016 = shufflevector <8 x float> %1015, <8 x float> poison, <8 x i32> zeroinitializer
  %1017 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1008, <8 x float> %994)
  %1018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1017, <8 x float> %1010, <8 x float> %dgacc1.0670)
  %1019 = fmul <8 x float> %671, %1017
  %1020 = load <8 x float>, ptr %13, align 4
  %1021 = getelementptr inbounds float, ptr %Sh, i64 %995
  %1022 = load <8 x float>, ptr %1021, align 4
  %1023 = load <8 x float>, ptr %5, align 4
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %1023, <8 x float> %1014)
  %1025 = fneg <8 x float> %1022
  %1026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1025, <8 x float> %1020, <8 x float> %1024)
  %1027 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1020, <8 x float> %997)
  %1028 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1022, <8 x float> %1018)
  %1029 = fmul <8 x float> %671, %1027
  %1030 = load <8 x float>, ptr %14, align 4
  %1031 = getelementptr inbounds float, ptr %Sh, i64 %998
  %1032 = load <8 x float>, ptr %1031, align 4
  %1033 = load <8 x float>, ptr %6, align 4
  %1034 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1033, <8 x float> %1026)
  %1035 = fneg <8 x float> %1032
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %1030, <8 x float> %1034)
  %1037 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1030, <8 x float> %1000)
  %1038 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1037, <8 x float> %1032, <8 x float> %1028)
  %1039 = fmul <8 x float> %671, %1037
  %1040 = load <8 x float>, ptr %15, align 4
  %1041 = getelementptr inbounds float, ptr %Sh, i64 %1001
  %1042 = load <8 x float>, ptr %1041, align 4
  %1043 = load <8 x float>, ptr %7, align 4
  %1044 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %1043, <8 x float> %1036)
  %1045 = fneg <8 x float> %1042
  %1046 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1045, <8 x float> %1040, <8 x float> %1044)
  %1047 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1040, <8 x float> %1003)
  %1048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1042, <8 x float> %1038)
  %1049 = fmul <8 x float> %671, %1047
  %1050 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0671
  %1051 = load float, ptr %1050, align 4
  %1052 = shufflevector <8 x float> %1046, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1053 = shufflevector <8 x float> %1046, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1054 = fadd <4 x float> %1052, %1053
  %1055 = shufflevector <4 x float> %1054, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1056 = shufflevector <4 x float> %1054, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1057 = fadd <2 x float> %1055, %1056
  %shift810 = shufflevector <2 x float> %1057, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1058 = fadd <2 x float> %1057, %shift810
  %1059 = extractelement <2 x float> %1058, i64 0
  %1060 = fadd float %1051, %1059
  store float %1060, ptr %1050, align 4
  store <8 x float> %1019, ptr %993, align 4
  store <8 x float> %1029, ptr %996, align 4
  store <8 x float> %1039, ptr %999, align 4
  store <8 x float> %1049, ptr %1002, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0671, 1
  %exitcond732.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond732.not, label %j13.head.preheader, label %i22.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.isvectorized", i32 1}
!4 = !{!"llvm.loop.unroll.runtime.disable"}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !1}
; ---- dp_step_h2_k32_v32_c1_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_gate'
source_filename = "dp_step_h2_k32_v32_c1_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 8
  %3 = or disjoint i64 %sq, 16
  %4 = or disjoint i64 %sq, 24
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0224 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0224, %H
  %h = srem i64 %bh.addr.0224, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 5
  %8 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %S.idx = shl nsw i64 %bh.addr.0224, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0205 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %57, %i.body ]
  %acc1.0204 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %61, %i.body ]
  %acc2.0203 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %65, %i.body ]
  %acc3.0202 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %69, %i.body ]
  %acc4.0201 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %78, %i.body ]
  %acc5.0200 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %82, %i.body ]
  %acc6.0199 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %86, %i.body ]
  %acc7.0198 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %90, %i.body ]
  %i.addr.0197 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0197
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0197, 5
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <8 x float>, ptr %12, align 4
  %14 = insertelement <8 x float> poison, float %10, i64 0
  %15 = shufflevector <8 x float> %14, <8 x float> poison, <8 x i32> zeroinitializer
  %16 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %13, <8 x float> %acc.0205)
  %17 = or disjoint i64 %11, 8
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <8 x float>, ptr %18, align 4
  %20 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %19, <8 x float> %acc1.0204)
  %21 = or disjoint i64 %11, 16
  %22 = getelementptr inbounds float, ptr %S, i64 %21
  %23 = load <8 x float>, ptr %22, align 4
  %24 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %23, <8 x float> %acc2.0203)
  %25 = or disjoint i64 %11, 24
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %27, <8 x float> %acc3.0202)
  %29 = or disjoint i64 %i.addr.0197, 1
  %30 = getelementptr inbounds float, ptr %kh, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = shl nuw nsw i64 %29, 5
  %33 = getelementptr inbounds float, ptr %S, i64 %32
  %34 = load <8 x float>, ptr %33, align 4
  %35 = insertelement <8 x float> poison, float %31, i64 0
  %36 = shufflevector <8 x float> %35, <8 x float> poison, <8 x i32> zeroinitializer
  %37 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %34, <8 x float> %acc4.0201)
  %38 = or disjoint i64 %32, 8
  %39 = getelementptr inbounds float, ptr %S, i64 %38
  %40 = load <8 x float>, ptr %39, align 4
  %41 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %40, <8 x float> %acc5.0200)
  %42 = or disjoint i64 %32, 16
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %44, <8 x float> %acc6.0199)
  %46 = or disjoint i64 %32, 24
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %48, <8 x float> %acc7.0198)
  %i.next = or disjoint i64 %i.addr.0197, 2
  %50 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %51 = load float, ptr %50, align 4
  %52 = shl nuw nsw i64 %i.next, 5
  %53 = getelementptr inbounds float, ptr %S, i64 %52
  %54 = load <8 x float>, ptr %53, align 4
  %55 = insertelement <8 x float> poison, float %51, i64 0
  %56 = shufflevector <8 x float> %55, <8 x float> poison, <8 x i32> zeroinitializer
  %57 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %54, <8 x float> %16)
  %58 = or disjoint i64 %52, 8
  %59 = getelementptr inbounds float, ptr %S, i64 %58
  %60 = load <8 x float>, ptr %59, align 4
  %61 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %60, <8 x float> %20)
  %62 = or disjoint i64 %52, 16
  %63 = getelementptr inbounds float, ptr %S, i64 %62
  %64 = load <8 x float>, ptr %63, align 4
  %65 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %64, <8 x float> %24)
  %66 = or disjoint i64 %52, 24
  %67 = getelementptr inbounds float, ptr %S, i64 %66
  %68 = load <8 x float>, ptr %67, align 4
  %69 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %68, <8 x float> %28)
  %70 = or disjoint i64 %i.addr.0197, 3
  %71 = getelementptr inbounds float, ptr %kh, i64 %70
  %72 = load float, ptr %71, align 4
  %73 = shl nuw nsw i64 %70, 5
  %74 = getelementptr inbounds float, ptr %S, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = insertelement <8 x float> poison, float %72, i64 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %75, <8 x float> %37)
  %79 = or disjoint i64 %73, 8
  %80 = getelementptr inbounds float, ptr %S, i64 %79
  %81 = load <8 x float>, ptr %80, align 4
  %82 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %81, <8 x float> %41)
  %83 = or disjoint i64 %73, 16
  %84 = getelementptr inbounds float, ptr %S, i64 %83
  %85 = load <8 x float>, ptr %84, align 4
  %86 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %85, <8 x float> %45)
  %87 = or disjoint i64 %73, 24
  %88 = getelementptr inbounds float, ptr %S, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %89, <8 x float> %49)
  %i.next.1 = add nuw nsw i64 %i.addr.0197, 4
  %91 = icmp ult i64 %i.next, 30
  br i1 %91, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %92 = load float, ptr %gh, align 4
  %93 = tail call float @llvm.exp.f32(float %92)
  %94 = load float, ptr %betah, align 4
  %95 = load <8 x float>, ptr %vh, align 4
  %96 = fadd <8 x float> %78, %57
  %97 = insertelement <8 x float> poison, float %93, i64 0
  %98 = shufflevector <8 x float> %97, <8 x float> poison, <8 x i32> zeroinitializer
  %99 = fmul <8 x float> %96, %98
  %100 = fsub <8 x float> %95, %99
  %101 = insertelement <8 x float> poison, float %94, i64 0
  %102 = shufflevector <8 x float> %101, <8 x float> poison, <8 x i32> zeroinitializer
  %103 = fmul <8 x float> %102, %100
  %104 = getelementptr inbounds i8, ptr %vh, i64 32
  %105 = load <8 x float>, ptr %104, align 4
  %106 = fadd <8 x float> %82, %61
  %107 = fmul <8 x float> %106, %98
  %108 = fsub <8 x float> %105, %107
  %109 = fmul <8 x float> %102, %108
  %110 = getelementptr inbounds i8, ptr %vh, i64 64
  %111 = load <8 x float>, ptr %110, align 4
  %112 = fadd <8 x float> %86, %65
  %113 = fmul <8 x float> %112, %98
  %114 = fsub <8 x float> %111, %113
  %115 = fmul <8 x float> %102, %114
  %116 = getelementptr inbounds i8, ptr %vh, i64 96
  %117 = load <8 x float>, ptr %116, align 4
  %118 = fadd <8 x float> %90, %69
  %119 = fmul <8 x float> %118, %98
  %120 = fsub <8 x float> %117, %119
  %121 = fmul <8 x float> %102, %120
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc836.0214 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %136, %i1.body ]
  %acc9.0213 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %142, %i1.body ]
  %acc10.0212 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %148, %i1.body ]
  %acc11.0211 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %154, %i1.body ]
  %acc12.0210 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %170, %i1.body ]
  %acc13.0209 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %176, %i1.body ]
  %i1.addr.0208 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0207 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %188, %i1.body ]
  %acc14.0206 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %182, %i1.body ]
  %122 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0208
  %123 = load float, ptr %122, align 4
  %124 = or disjoint i64 %i1.addr.0208, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %123, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = shl nuw nsw i64 %i1.addr.0208, 5
  %130 = getelementptr inbounds float, ptr %S, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = fmul <8 x float> %98, %131
  %133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %103, <8 x float> %132)
  store <8 x float> %133, ptr %130, align 4
  %134 = insertelement <8 x float> poison, float %126, i64 0
  %135 = shufflevector <8 x float> %134, <8 x float> poison, <8 x i32> zeroinitializer
  %136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %133, <8 x float> %acc836.0214)
  %137 = or disjoint i64 %129, 8
  %138 = getelementptr inbounds float, ptr %S, i64 %137
  %139 = load <8 x float>, ptr %138, align 4
  %140 = fmul <8 x float> %98, %139
  %141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %109, <8 x float> %140)
  store <8 x float> %141, ptr %138, align 4
  %142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %141, <8 x float> %acc9.0213)
  %143 = or disjoint i64 %129, 16
  %144 = getelementptr inbounds float, ptr %S, i64 %143
  %145 = load <8 x float>, ptr %144, align 4
  %146 = fmul <8 x float> %98, %145
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %115, <8 x float> %146)
  store <8 x float> %147, ptr %144, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %147, <8 x float> %acc10.0212)
  %149 = or disjoint i64 %129, 24
  %150 = getelementptr inbounds float, ptr %S, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = fmul <8 x float> %98, %151
  %153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %121, <8 x float> %152)
  store <8 x float> %153, ptr %150, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %153, <8 x float> %acc11.0211)
  %155 = or disjoint i64 %i1.addr.0208, 1
  %156 = getelementptr inbounds float, ptr %kh, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = or disjoint i64 %155, %sq
  %159 = getelementptr inbounds float, ptr %kh, i64 %158
  %160 = load float, ptr %159, align 4
  %161 = insertelement <8 x float> poison, float %157, i64 0
  %162 = shufflevector <8 x float> %161, <8 x float> poison, <8 x i32> zeroinitializer
  %163 = shl nuw nsw i64 %155, 5
  %164 = getelementptr inbounds float, ptr %S, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = fmul <8 x float> %98, %165
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %103, <8 x float> %166)
  store <8 x float> %167, ptr %164, align 4
  %168 = insertelement <8 x float> poison, float %160, i64 0
  %169 = shufflevector <8 x float> %168, <8 x float> poison, <8 x i32> zeroinitializer
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %167, <8 x float> %acc12.0210)
  %171 = or disjoint i64 %163, 8
  %172 = getelementptr inbounds float, ptr %S, i64 %171
  %173 = load <8 x float>, ptr %172, align 4
  %174 = fmul <8 x float> %98, %173
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %109, <8 x float> %174)
  store <8 x float> %175, ptr %172, align 4
  %176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %175, <8 x float> %acc13.0209)
  %177 = or disjoint i64 %163, 16
  %178 = getelementptr inbounds float, ptr %S, i64 %177
  %179 = load <8 x float>, ptr %178, align 4
  %180 = fmul <8 x float> %98, %179
  %181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %115, <8 x float> %180)
  store <8 x float> %181, ptr %178, align 4
  %182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %181, <8 x float> %acc14.0206)
  %183 = or disjoint i64 %163, 24
  %184 = getelementptr inbounds float, ptr %S, i64 %183
  %185 = load <8 x float>, ptr %184, align 4
  %186 = fmul <8 x float> %98, %185
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %121, <8 x float> %186)
  store <8 x float> %187, ptr %184, align 4
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %187, <8 x float> %acc15.0207)
  %i1.next = add nuw nsw i64 %i1.addr.0208, 2
  %189 = icmp ult i64 %i1.addr.0208, 30
  br i1 %189, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %190 = getelementptr inbounds float, ptr %betah, i64 %H
  %191 = load float, ptr %190, align 4
  %192 = getelementptr inbounds float, ptr %vh, i64 %sq
  %193 = load <8 x float>, ptr %192, align 4
  %194 = fadd <8 x float> %170, %136
  %195 = fsub <8 x float> %193, %194
  %196 = insertelement <8 x float> poison, float %191, i64 0
  %197 = shufflevector <8 x float> %196, <8 x float> poison, <8 x i32> zeroinitializer
  %198 = fmul <8 x float> %197, %195
  %199 = getelementptr inbounds float, ptr %vh, i64 %2
  %200 = load <8 x float>, ptr %199, align 4
  %201 = fadd <8 x float> %176, %142
  %202 = fsub <8 x float> %200, %201
  %203 = fmul <8 x float> %197, %202
  %204 = getelementptr inbounds float, ptr %vh, i64 %3
  %205 = load <8 x float>, ptr %204, align 4
  %206 = fadd <8 x float> %182, %148
  %207 = fsub <8 x float> %205, %206
  %208 = fmul <8 x float> %197, %207
  %209 = getelementptr inbounds float, ptr %vh, i64 %4
  %210 = load <8 x float>, ptr %209, align 4
  %211 = fadd <8 x float> %188, %154
  %212 = fsub <8 x float> %210, %211
  %213 = fmul <8 x float> %197, %212
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0223 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc19.0218 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %271, %i2.body ]
  %acc18.0217 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %266, %i2.body ]
  %acc17.0216 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %261, %i2.body ]
  %acc16.0215 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %256, %i2.body ]
  %214 = or disjoint i64 %i2.addr.0223, %sq
  %215 = getelementptr inbounds float, ptr %kh, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0223
  %218 = load float, ptr %217, align 4
  %219 = insertelement <8 x float> poison, float %216, i64 0
  %220 = shufflevector <8 x float> %219, <8 x float> poison, <8 x i32> zeroinitializer
  %221 = shl nuw nsw i64 %i2.addr.0223, 5
  %222 = getelementptr inbounds float, ptr %S, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %198, <8 x float> %223)
  store <8 x float> %224, ptr %222, align 4
  %225 = insertelement <8 x float> poison, float %218, i64 0
  %226 = shufflevector <8 x float> %225, <8 x float> poison, <8 x i32> zeroinitializer
  %227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %224, <8 x float> %acc16.0215)
  %228 = or disjoint i64 %221, 8
  %229 = getelementptr inbounds float, ptr %S, i64 %228
  %230 = load <8 x float>, ptr %229, align 4
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %203, <8 x float> %230)
  store <8 x float> %231, ptr %229, align 4
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %231, <8 x float> %acc17.0216)
  %233 = or disjoint i64 %221, 16
  %234 = getelementptr inbounds float, ptr %S, i64 %233
  %235 = load <8 x float>, ptr %234, align 4
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %208, <8 x float> %235)
  store <8 x float> %236, ptr %234, align 4
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %236, <8 x float> %acc18.0217)
  %238 = or disjoint i64 %221, 24
  %239 = getelementptr inbounds float, ptr %S, i64 %238
  %240 = load <8 x float>, ptr %239, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %213, <8 x float> %240)
  store <8 x float> %241, ptr %239, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %241, <8 x float> %acc19.0218)
  %i2.next = or disjoint i64 %i2.addr.0223, 1
  %243 = or disjoint i64 %i2.next, %sq
  %244 = getelementptr inbounds float, ptr %kh, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %247 = load float, ptr %246, align 4
  %248 = insertelement <8 x float> poison, float %245, i64 0
  %249 = shufflevector <8 x float> %248, <8 x float> poison, <8 x i32> zeroinitializer
  %250 = shl nuw nsw i64 %i2.next, 5
  %251 = getelementptr inbounds float, ptr %S, i64 %250
  %252 = load <8 x float>, ptr %251, align 4
  %253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %198, <8 x float> %252)
  store <8 x float> %253, ptr %251, align 4
  %254 = insertelement <8 x float> poison, float %247, i64 0
  %255 = shufflevector <8 x float> %254, <8 x float> poison, <8 x i32> zeroinitializer
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %253, <8 x float> %227)
  %257 = or disjoint i64 %250, 8
  %258 = getelementptr inbounds float, ptr %S, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %203, <8 x float> %259)
  store <8 x float> %260, ptr %258, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %260, <8 x float> %232)
  %262 = or disjoint i64 %250, 16
  %263 = getelementptr inbounds float, ptr %S, i64 %262
  %264 = load <8 x float>, ptr %263, align 4
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %208, <8 x float> %264)
  store <8 x float> %265, ptr %263, align 4
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %265, <8 x float> %237)
  %267 = or disjoint i64 %250, 24
  %268 = getelementptr inbounds float, ptr %S, i64 %267
  %269 = load <8 x float>, ptr %268, align 4
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %213, <8 x float> %269)
  store <8 x float> %270, ptr %268, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %270, <8 x float> %242)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0223, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %272 = fmul <8 x float> %256, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %272, ptr %oh, align 4
  %273 = fmul <8 x float> %261, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %274 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %273, ptr %274, align 4
  %275 = fmul <8 x float> %266, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %276 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %275, ptr %276, align 4
  %277 = fmul <8 x float> %271, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %278 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %277, ptr %278, align 4
  %bh.next = add nsw i64 %bh.addr.0224, 1
  %exitcond244.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond244.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
