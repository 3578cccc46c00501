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
  %66 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %65, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %67 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %66, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %68 = fmul <8 x float> %67, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %69 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %68)
  %70 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %67)
  %71 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %70)
  %72 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %73 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %71, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %74 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %71, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %75 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %71, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %76 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %75, <8 x float> %71, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %77 = fmul <8 x float> %71, %71
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> %77, <8 x float> %71)
  %79 = fadd <8 x float> %78, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %80 = fptosi <8 x float> %69 to <8 x i32>
  %81 = shl <8 x i32> %80, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %82 = add <8 x i32> %81, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %83 = bitcast <8 x i32> %82 to <8 x float>
  %84 = fmul <8 x float> %79, %83
  %85 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %84, ptr %85, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %86 = icmp eq i64 %index.next, %n.vec
  br i1 %86, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %21, %n.vec
  br i1 %cmp.n, label %i2.head.preheader, label %t.body.preheader324

i2.head.preheader:                                ; preds = %t.body, %middle.block, %i1.head.preheader
  %87 = shl nsw i64 %ci.addr.0236, 7
  %88 = mul nsw i64 %87, %sq
  br label %i2.body

t.body:                                           ; preds = %t.body.preheader324, %t.body
  %t.addr.0203 = phi i64 [ %t.next, %t.body ], [ %t.addr.0203.ph, %t.body.preheader324 ]
  %89 = tail call i64 @llvm.smin.i64(i64 %t.addr.0203, i64 %4)
  %90 = mul nsw i64 %89, %H
  %91 = getelementptr inbounds float, ptr %gh, i64 %90
  %92 = load float, ptr %91, align 4
  %93 = tail call float @llvm.maxnum.f32(float %92, float 0xC055D51EC0000000)
  %94 = tail call float @llvm.minnum.f32(float %93, float 8.800000e+01)
  %95 = fmul float %94, 0x3FF7154760000000
  %96 = tail call float @llvm.rint.f32(float %95)
  %97 = tail call float @llvm.fma.f32(float %96, float 0xBFE6300000000000, float %94)
  %98 = tail call float @llvm.fma.f32(float %96, float 0x3F2BD01060000000, float %97)
  %99 = tail call float @llvm.fma.f32(float %98, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %100 = tail call float @llvm.fma.f32(float %99, float %98, float 0x3F81112100000000)
  %101 = tail call float @llvm.fma.f32(float %100, float %98, float 0x3FA5553820000000)
  %102 = tail call float @llvm.fma.f32(float %101, float %98, float 0x3FC5555540000000)
  %103 = tail call float @llvm.fma.f32(float %102, float %98, float 5.000000e-01)
  %104 = fmul float %98, %98
  %105 = tail call float @llvm.fma.f32(float %103, float %104, float %98)
  %106 = fadd float %105, 1.000000e+00
  %107 = fptosi float %96 to i32
  %108 = shl i32 %107, 23
  %109 = add i32 %108, 1065353216
  %110 = bitcast i32 %109 to float
  %111 = fmul float %106, %110
  %112 = sub nuw nsw i64 %t.addr.0203, %t0
  %113 = getelementptr inbounds float, ptr %alphas, i64 %112
  store float %111, ptr %113, align 4
  %t.next = add nuw nsw i64 %t.addr.0203, 1
  %.not.not = icmp slt i64 %t.addr.0203, %t1
  br i1 %.not.not, label %t.body, label %i2.head.preheader, !llvm.loop !3

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0212 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %165, %i2.body ]
  %acc1.0211 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %169, %i2.body ]
  %acc2.0210 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %173, %i2.body ]
  %acc3.0209 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %177, %i2.body ]
  %acc4.0208 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %187, %i2.body ]
  %acc5.0207 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %191, %i2.body ]
  %acc6.0206 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %195, %i2.body ]
  %acc7.0205 = phi <8 x float> [ zeroinitializer, %i2.head.preheader ], [ %199, %i2.body ]
  %i2.addr.0204 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %114 = or disjoint i64 %i2.addr.0204, %88
  %115 = getelementptr inbounds float, ptr %kh, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = shl nuw nsw i64 %i2.addr.0204, 5
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = insertelement <8 x float> poison, float %116, i64 0
  %121 = shufflevector <8 x float> %120, <8 x float> poison, <8 x i32> zeroinitializer
  %122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> %119, <8 x float> %acc.0212)
  %123 = or disjoint i64 %117, 8
  %124 = getelementptr inbounds float, ptr %work, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> %125, <8 x float> %acc1.0211)
  %127 = or disjoint i64 %117, 16
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <8 x float>, ptr %128, align 4
  %130 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> %129, <8 x float> %acc2.0210)
  %131 = or disjoint i64 %117, 24
  %132 = getelementptr inbounds float, ptr %work, i64 %131
  %133 = load <8 x float>, ptr %132, align 4
  %134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %121, <8 x float> %133, <8 x float> %acc3.0209)
  %135 = or disjoint i64 %i2.addr.0204, 1
  %136 = or disjoint i64 %135, %88
  %137 = getelementptr inbounds float, ptr %kh, i64 %136
  %138 = load float, ptr %137, align 4
  %139 = shl nuw nsw i64 %135, 5
  %140 = getelementptr inbounds float, ptr %work, i64 %139
  %141 = load <8 x float>, ptr %140, align 4
  %142 = insertelement <8 x float> poison, float %138, i64 0
  %143 = shufflevector <8 x float> %142, <8 x float> poison, <8 x i32> zeroinitializer
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %141, <8 x float> %acc4.0208)
  %145 = or disjoint i64 %139, 8
  %146 = getelementptr inbounds float, ptr %work, i64 %145
  %147 = load <8 x float>, ptr %146, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %147, <8 x float> %acc5.0207)
  %149 = or disjoint i64 %139, 16
  %150 = getelementptr inbounds float, ptr %work, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %151, <8 x float> %acc6.0206)
  %153 = or disjoint i64 %139, 24
  %154 = getelementptr inbounds float, ptr %work, i64 %153
  %155 = load <8 x float>, ptr %154, align 4
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> %155, <8 x float> %acc7.0205)
  %i2.next = or disjoint i64 %i2.addr.0204, 2
  %157 = or disjoint i64 %i2.next, %88
  %158 = getelementptr inbounds float, ptr %kh, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = shl nuw nsw i64 %i2.next, 5
  %161 = getelementptr inbounds float, ptr %work, i64 %160
  %162 = load <8 x float>, ptr %161, align 4
  %163 = insertelement <8 x float> poison, float %159, i64 0
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <8 x i32> zeroinitializer
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %162, <8 x float> %122)
  %166 = or disjoint i64 %160, 8
  %167 = getelementptr inbounds float, ptr %work, i64 %166
  %168 = load <8 x float>, ptr %167, align 4
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %168, <8 x float> %126)
  %170 = or disjoint i64 %160, 16
  %171 = getelementptr inbounds float, ptr %work, i64 %170
  %172 = load <8 x float>, ptr %171, align 4
  %173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %172, <8 x float> %130)
  %174 = or disjoint i64 %160, 24
  %175 = getelementptr inbounds float, ptr %work, i64 %174
  %176 = load <8 x float>, ptr %175, align 4
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %176, <8 x float> %134)
  %178 = or disjoint i64 %i2.addr.0204, 3
  %179 = or disjoint i64 %178, %88
  %180 = getelementptr inbounds float, ptr %kh, i64 %179
  %181 = load float, ptr %180, align 4
  %182 = shl nuw nsw i64 %178, 5
  %183 = getelementptr inbounds float, ptr %work, i64 %182
  %184 = load <8 x float>, ptr %183, align 4
  %185 = insertelement <8 x float> poison, float %181, i64 0
  %186 = shufflevector <8 x float> %185, <8 x float> poison, <8 x i32> zeroinitializer
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %184, <8 x float> %144)
  %188 = or disjoint i64 %182, 8
  %189 = getelementptr inbounds float, ptr %work, i64 %188
  %190 = load <8 x float>, ptr %189, align 4
  %191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %190, <8 x float> %148)
  %192 = or disjoint i64 %182, 16
  %193 = getelementptr inbounds float, ptr %work, i64 %192
  %194 = load <8 x float>, ptr %193, align 4
  %195 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %194, <8 x float> %152)
  %196 = or disjoint i64 %182, 24
  %197 = getelementptr inbounds float, ptr %work, i64 %196
  %198 = load <8 x float>, ptr %197, align 4
  %199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %198, <8 x float> %156)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0204, 4
  %200 = icmp ult i64 %i2.next, 30
  br i1 %200, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %201 = icmp slt i64 %t0, %T
  br i1 %201, label %t1.body.preheader, label %t1.exit

t1.body.preheader:                                ; preds = %i2.exit
  %202 = mul nsw i64 %87, %H
  %203 = getelementptr inbounds float, ptr %betah, i64 %202
  %204 = load float, ptr %203, align 4
  %205 = insertelement <8 x float> poison, float %204, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = or disjoint i64 %88, 24
  %208 = getelementptr inbounds float, ptr %vh, i64 %207
  %209 = load <8 x float>, ptr %208, align 4
  %210 = fadd <8 x float> %199, %177
  %211 = load float, ptr %alphas, align 4
  %212 = insertelement <8 x float> poison, float %211, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> poison, <8 x i32> zeroinitializer
  %214 = fmul <8 x float> %210, %213
  %215 = fsub <8 x float> %209, %214
  %216 = fmul <8 x float> %206, %215
  %217 = or disjoint i64 %88, 16
  %218 = getelementptr inbounds float, ptr %vh, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  %220 = fadd <8 x float> %195, %173
  %221 = fmul <8 x float> %220, %213
  %222 = fsub <8 x float> %219, %221
  %223 = fmul <8 x float> %206, %222
  %224 = or disjoint i64 %88, 8
  %225 = getelementptr inbounds float, ptr %vh, i64 %224
  %226 = load <8 x float>, ptr %225, align 4
  %227 = fadd <8 x float> %191, %169
  %228 = fmul <8 x float> %227, %213
  %229 = fsub <8 x float> %226, %228
  %230 = fmul <8 x float> %206, %229
  %231 = getelementptr inbounds float, ptr %vh, i64 %88
  %232 = load <8 x float>, ptr %231, align 4
  %233 = fadd <8 x float> %187, %165
  %234 = fmul <8 x float> %233, %213
  %235 = fsub <8 x float> %232, %234
  %236 = fmul <8 x float> %206, %235
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i4.exit
  %delta.0235 = phi <8 x float> [ %435, %i4.exit ], [ %236, %t1.body.preheader ]
  %delta1.0234 = phi <8 x float> [ %444, %i4.exit ], [ %230, %t1.body.preheader ]
  %delta2.0233 = phi <8 x float> [ %453, %i4.exit ], [ %223, %t1.body.preheader ]
  %delta3.0232 = phi <8 x float> [ %462, %i4.exit ], [ %216, %t1.body.preheader ]
  %t1.addr.0231 = phi i64 [ %240, %i4.exit ], [ %t0, %t1.body.preheader ]
  %237 = sub nuw nsw i64 %t1.addr.0231, %t0
  %238 = getelementptr inbounds float, ptr %alphas, i64 %237
  %239 = load float, ptr %238, align 4
  %240 = add nuw nsw i64 %t1.addr.0231, 1
  %241 = shl nuw nsw i64 %t1.addr.0231, 1
  %242 = mul nsw i64 %241, %sq
  %243 = or disjoint i64 %241, 1
  %244 = mul nsw i64 %243, %sq
  %245 = insertelement <8 x float> poison, float %239, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i3.body

t1.exit:                                          ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0236, 1
  %exitcond269.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond269.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t1.body, %i3.body
  %i3.addr.0221 = phi i64 [ 0, %t1.body ], [ %i3.next, %i3.body ]
  %acc15.0220 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %315, %i3.body ]
  %acc14.0219 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %309, %i3.body ]
  %acc13.0218 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %303, %i3.body ]
  %acc12.0217 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %297, %i3.body ]
  %acc11.0216 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %280, %i3.body ]
  %acc10.0215 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %274, %i3.body ]
  %acc9.0214 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %268, %i3.body ]
  %acc837.0213 = phi <8 x float> [ zeroinitializer, %t1.body ], [ %262, %i3.body ]
  %247 = or disjoint i64 %i3.addr.0221, %242
  %248 = getelementptr inbounds float, ptr %kh, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = or disjoint i64 %i3.addr.0221, %244
  %251 = getelementptr inbounds float, ptr %kh, i64 %250
  %252 = load float, ptr %251, align 4
  %253 = insertelement <8 x float> poison, float %249, i64 0
  %254 = shufflevector <8 x float> %253, <8 x float> poison, <8 x i32> zeroinitializer
  %255 = shl nuw nsw i64 %i3.addr.0221, 5
  %256 = getelementptr inbounds float, ptr %work, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = fmul <8 x float> %246, %257
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta.0235, <8 x float> %258)
  store <8 x float> %259, ptr %256, align 4
  %260 = insertelement <8 x float> poison, float %252, i64 0
  %261 = shufflevector <8 x float> %260, <8 x float> poison, <8 x i32> zeroinitializer
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %259, <8 x float> %acc837.0213)
  %263 = or disjoint i64 %255, 8
  %264 = getelementptr inbounds float, ptr %work, i64 %263
  %265 = load <8 x float>, ptr %264, align 4
  %266 = fmul <8 x float> %246, %265
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta1.0234, <8 x float> %266)
  store <8 x float> %267, ptr %264, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %267, <8 x float> %acc9.0214)
  %269 = or disjoint i64 %255, 16
  %270 = getelementptr inbounds float, ptr %work, i64 %269
  %271 = load <8 x float>, ptr %270, align 4
  %272 = fmul <8 x float> %246, %271
  %273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta2.0233, <8 x float> %272)
  store <8 x float> %273, ptr %270, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %273, <8 x float> %acc10.0215)
  %275 = or disjoint i64 %255, 24
  %276 = getelementptr inbounds float, ptr %work, i64 %275
  %277 = load <8 x float>, ptr %276, align 4
  %278 = fmul <8 x float> %246, %277
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta3.0232, <8 x float> %278)
  store <8 x float> %279, ptr %276, align 4
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %279, <8 x float> %acc11.0216)
  %281 = or disjoint i64 %i3.addr.0221, 1
  %282 = or disjoint i64 %281, %242
  %283 = getelementptr inbounds float, ptr %kh, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = or disjoint i64 %281, %244
  %286 = getelementptr inbounds float, ptr %kh, i64 %285
  %287 = load float, ptr %286, align 4
  %288 = insertelement <8 x float> poison, float %284, i64 0
  %289 = shufflevector <8 x float> %288, <8 x float> poison, <8 x i32> zeroinitializer
  %290 = shl nuw nsw i64 %281, 5
  %291 = getelementptr inbounds float, ptr %work, i64 %290
  %292 = load <8 x float>, ptr %291, align 4
  %293 = fmul <8 x float> %246, %292
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %delta.0235, <8 x float> %293)
  store <8 x float> %294, ptr %291, align 4
  %295 = insertelement <8 x float> poison, float %287, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> %acc12.0217)
  %298 = or disjoint i64 %290, 8
  %299 = getelementptr inbounds float, ptr %work, i64 %298
  %300 = load <8 x float>, ptr %299, align 4
  %301 = fmul <8 x float> %246, %300
  %302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %delta1.0234, <8 x float> %301)
  store <8 x float> %302, ptr %299, align 4
  %303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %302, <8 x float> %acc13.0218)
  %304 = or disjoint i64 %290, 16
  %305 = getelementptr inbounds float, ptr %work, i64 %304
  %306 = load <8 x float>, ptr %305, align 4
  %307 = fmul <8 x float> %246, %306
  %308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %delta2.0233, <8 x float> %307)
  store <8 x float> %308, ptr %305, align 4
  %309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %308, <8 x float> %acc14.0219)
  %310 = or disjoint i64 %290, 24
  %311 = getelementptr inbounds float, ptr %work, i64 %310
  %312 = load <8 x float>, ptr %311, align 4
  %313 = fmul <8 x float> %246, %312
  %314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %289, <8 x float> %delta3.0232, <8 x float> %313)
  store <8 x float> %314, ptr %311, align 4
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %314, <8 x float> %acc15.0220)
  %i3.next = add nuw nsw i64 %i3.addr.0221, 2
  %316 = icmp ult i64 %i3.addr.0221, 30
  br i1 %316, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %240, i64 %4)
  %317 = mul nsw i64 %243, %H
  %318 = getelementptr inbounds float, ptr %betah, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = getelementptr inbounds float, ptr %vh, i64 %244
  %321 = load <8 x float>, ptr %320, align 4
  %322 = fadd <8 x float> %262, %297
  %323 = fsub <8 x float> %321, %322
  %324 = insertelement <8 x float> poison, float %319, i64 0
  %325 = shufflevector <8 x float> %324, <8 x float> poison, <8 x i32> zeroinitializer
  %326 = fmul <8 x float> %325, %323
  %327 = or disjoint i64 %244, 8
  %328 = getelementptr inbounds float, ptr %vh, i64 %327
  %329 = load <8 x float>, ptr %328, align 4
  %330 = fadd <8 x float> %268, %303
  %331 = fsub <8 x float> %329, %330
  %332 = fmul <8 x float> %325, %331
  %333 = or disjoint i64 %244, 16
  %334 = getelementptr inbounds float, ptr %vh, i64 %333
  %335 = load <8 x float>, ptr %334, align 4
  %336 = fadd <8 x float> %274, %309
  %337 = fsub <8 x float> %335, %336
  %338 = fmul <8 x float> %325, %337
  %339 = or disjoint i64 %244, 24
  %340 = getelementptr inbounds float, ptr %vh, i64 %339
  %341 = load <8 x float>, ptr %340, align 4
  %342 = fadd <8 x float> %280, %315
  %343 = fsub <8 x float> %341, %342
  %344 = fmul <8 x float> %325, %343
  %345 = mul nsw i64 %t1.addr.0231, %sq
  %346 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %345
  %invariant.gep296 = getelementptr float, ptr %kh, i64 %346
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0230 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc23.0229 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %416, %i4.body ]
  %acc22.0228 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %410, %i4.body ]
  %acc21.0227 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %404, %i4.body ]
  %acc20.0226 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %398, %i4.body ]
  %acc19.0225 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %415, %i4.body ]
  %acc18.0224 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %409, %i4.body ]
  %acc17.0223 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %403, %i4.body ]
  %acc16.0222 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %395, %i4.body ]
  %347 = or disjoint i64 %i4.addr.0230, %244
  %348 = getelementptr inbounds float, ptr %kh, i64 %347
  %349 = load float, ptr %348, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0230
  %350 = load float, ptr %gep, align 4
  %gep297 = getelementptr float, ptr %invariant.gep296, i64 %i4.addr.0230
  %351 = load float, ptr %gep297, align 4
  %352 = insertelement <8 x float> poison, float %349, i64 0
  %353 = shufflevector <8 x float> %352, <8 x float> poison, <8 x i32> zeroinitializer
  %354 = shl nuw nsw i64 %i4.addr.0230, 5
  %355 = getelementptr inbounds float, ptr %work, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %326, <8 x float> %356)
  store <8 x float> %357, ptr %355, align 4
  %358 = insertelement <8 x float> poison, float %350, i64 0
  %359 = shufflevector <8 x float> %358, <8 x float> poison, <8 x i32> zeroinitializer
  %360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %357, <8 x float> %acc16.0222)
  %361 = insertelement <8 x float> poison, float %351, i64 0
  %362 = shufflevector <8 x float> %361, <8 x float> poison, <8 x i32> zeroinitializer
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %357, <8 x float> %acc20.0226)
  %364 = or disjoint i64 %354, 8
  %365 = getelementptr inbounds float, ptr %work, i64 %364
  %366 = load <8 x float>, ptr %365, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %332, <8 x float> %366)
  store <8 x float> %367, ptr %365, align 4
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %367, <8 x float> %acc17.0223)
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %367, <8 x float> %acc21.0227)
  %370 = or disjoint i64 %354, 16
  %371 = getelementptr inbounds float, ptr %work, i64 %370
  %372 = load <8 x float>, ptr %371, align 4
  %373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %338, <8 x float> %372)
  store <8 x float> %373, ptr %371, align 4
  %374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %373, <8 x float> %acc18.0224)
  %375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %373, <8 x float> %acc22.0228)
  %376 = or disjoint i64 %354, 24
  %377 = getelementptr inbounds float, ptr %work, i64 %376
  %378 = load <8 x float>, ptr %377, align 4
  %379 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %353, <8 x float> %344, <8 x float> %378)
  store <8 x float> %379, ptr %377, align 4
  %380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %359, <8 x float> %379, <8 x float> %acc19.0225)
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %379, <8 x float> %acc23.0229)
  %i4.next = or disjoint i64 %i4.addr.0230, 1
  %382 = or disjoint i64 %i4.next, %244
  %383 = getelementptr inbounds float, ptr %kh, i64 %382
  %384 = load float, ptr %383, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %385 = load float, ptr %gep.1, align 4
  %gep297.1 = getelementptr float, ptr %invariant.gep296, i64 %i4.next
  %386 = load float, ptr %gep297.1, align 4
  %387 = insertelement <8 x float> poison, float %384, i64 0
  %388 = shufflevector <8 x float> %387, <8 x float> poison, <8 x i32> zeroinitializer
  %389 = shl nuw nsw i64 %i4.next, 5
  %390 = getelementptr inbounds float, ptr %work, i64 %389
  %391 = load <8 x float>, ptr %390, align 4
  %392 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %326, <8 x float> %391)
  store <8 x float> %392, ptr %390, align 4
  %393 = insertelement <8 x float> poison, float %385, i64 0
  %394 = shufflevector <8 x float> %393, <8 x float> poison, <8 x i32> zeroinitializer
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %392, <8 x float> %360)
  %396 = insertelement <8 x float> poison, float %386, i64 0
  %397 = shufflevector <8 x float> %396, <8 x float> poison, <8 x i32> zeroinitializer
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %397, <8 x float> %392, <8 x float> %363)
  %399 = or disjoint i64 %389, 8
  %400 = getelementptr inbounds float, ptr %work, i64 %399
  %401 = load <8 x float>, ptr %400, align 4
  %402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %332, <8 x float> %401)
  store <8 x float> %402, ptr %400, align 4
  %403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %402, <8 x float> %368)
  %404 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %397, <8 x float> %402, <8 x float> %369)
  %405 = or disjoint i64 %389, 16
  %406 = getelementptr inbounds float, ptr %work, i64 %405
  %407 = load <8 x float>, ptr %406, align 4
  %408 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %338, <8 x float> %407)
  store <8 x float> %408, ptr %406, align 4
  %409 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %408, <8 x float> %374)
  %410 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %397, <8 x float> %408, <8 x float> %375)
  %411 = or disjoint i64 %389, 24
  %412 = getelementptr inbounds float, ptr %work, i64 %411
  %413 = load <8 x float>, ptr %412, align 4
  %414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %344, <8 x float> %413)
  store <8 x float> %414, ptr %412, align 4
  %415 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %414, <8 x float> %380)
  %416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %397, <8 x float> %414, <8 x float> %381)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0230, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %417 = sub nsw i64 %tn, %t0
  %418 = getelementptr inbounds float, ptr %alphas, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = fmul <8 x float> %395, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %421 = getelementptr inbounds float, ptr %oh, i64 %345
  store <8 x float> %420, ptr %421, align 4
  %422 = shl nsw i64 %tn, 1
  %423 = mul nsw i64 %422, %H
  %424 = getelementptr inbounds float, ptr %betah, i64 %423
  %425 = load float, ptr %424, align 4
  %426 = mul nsw i64 %422, %sq
  %427 = getelementptr inbounds float, ptr %vh, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = insertelement <8 x float> poison, float %419, i64 0
  %430 = shufflevector <8 x float> %429, <8 x float> poison, <8 x i32> zeroinitializer
  %431 = fmul <8 x float> %398, %430
  %432 = fsub <8 x float> %428, %431
  %433 = insertelement <8 x float> poison, float %425, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = fmul <8 x float> %434, %432
  %436 = fmul <8 x float> %403, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %437 = or disjoint i64 %345, 8
  %438 = getelementptr inbounds float, ptr %oh, i64 %437
  store <8 x float> %436, ptr %438, align 4
  %439 = or disjoint i64 %426, 8
  %440 = getelementptr inbounds float, ptr %vh, i64 %439
  %441 = load <8 x float>, ptr %440, align 4
  %442 = fmul <8 x float> %404, %430
  %443 = fsub <8 x float> %441, %442
  %444 = fmul <8 x float> %434, %443
  %445 = fmul <8 x float> %409, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %446 = or disjoint i64 %345, 16
  %447 = getelementptr inbounds float, ptr %oh, i64 %446
  store <8 x float> %445, ptr %447, align 4
  %448 = or disjoint i64 %426, 16
  %449 = getelementptr inbounds float, ptr %vh, i64 %448
  %450 = load <8 x float>, ptr %449, align 4
  %451 = fmul <8 x float> %410, %430
  %452 = fsub <8 x float> %450, %451
  %453 = fmul <8 x float> %434, %452
  %454 = fmul <8 x float> %415, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %455 = or disjoint i64 %345, 24
  %456 = getelementptr inbounds float, ptr %oh, i64 %455
  store <8 x float> %454, ptr %456, align 4
  %457 = or disjoint i64 %426, 24
  %458 = getelementptr inbounds float, ptr %vh, i64 %457
  %459 = load <8 x float>, ptr %458, align 4
  %460 = fmul <8 x float> %416, %430
  %461 = fsub <8 x float> %459, %460
  %462 = fmul <8 x float> %434, %461
  %463 = icmp slt i64 %240, %t1
  br i1 %463, label %t1.body, label %t1.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.rint.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #1

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
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.rint.v8f32(<8 x float>) #2

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
  %.neg847 = or disjoint i64 %tl.addr.0613.ph, 1
  %xtraiter = and i64 %smax842, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %tl.body.prol.loopexit, label %tl.body.prol

tl.body.prol:                                     ; preds = %tl.body.preheader811
  %74 = add nsw i64 %tl.addr.0613.ph, %t0
  %75 = mul nsw i64 %74, %H
  %76 = getelementptr inbounds float, ptr %gh, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = tail call float @llvm.maxnum.f32(float %77, float 0xC055D51EC0000000)
  %79 = tail call float @llvm.minnum.f32(float %78, float 8.800000e+01)
  %80 = fmul float %79, 0x3FF7154760000000
  %81 = tail call float @llvm.rint.f32(float %80)
  %82 = tail call float @llvm.fma.f32(float %81, float 0xBFE6300000000000, float %79)
  %83 = tail call float @llvm.fma.f32(float %81, float 0x3F2BD01060000000, float %82)
  %84 = tail call float @llvm.fma.f32(float %83, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %85 = tail call float @llvm.fma.f32(float %84, float %83, float 0x3F81112100000000)
  %86 = tail call float @llvm.fma.f32(float %85, float %83, float 0x3FA5553820000000)
  %87 = tail call float @llvm.fma.f32(float %86, float %83, float 0x3FC5555540000000)
  %88 = tail call float @llvm.fma.f32(float %87, float %83, float 5.000000e-01)
  %89 = fmul float %83, %83
  %90 = tail call float @llvm.fma.f32(float %88, float %89, float %83)
  %91 = fadd float %90, 1.000000e+00
  %92 = fptosi float %81 to i32
  %93 = shl i32 %92, 23
  %94 = add i32 %93, 1065353216
  %95 = bitcast i32 %94 to float
  %96 = fmul float %91, %95
  %97 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0613.ph
  store float %96, ptr %97, align 4
  %tl.next.prol = or disjoint i64 %tl.addr.0613.ph, 1
  br label %tl.body.prol.loopexit

tl.body.prol.loopexit:                            ; preds = %tl.body.prol, %tl.body.preheader811
  %tl.addr.0613.unr = phi i64 [ %tl.addr.0613.ph, %tl.body.preheader811 ], [ %tl.next.prol, %tl.body.prol ]
  %98 = icmp eq i64 %smax842, %.neg847
  br i1 %98, label %tl1.head.preheader, label %tl.body

vector.ph:                                        ; preds = %tl.body.preheader
  %n.vec = and i64 %smax, 120
  %invariant.gep877 = getelementptr float, ptr %gh, i64 %t0
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %gep878 = getelementptr float, ptr %invariant.gep877, i64 %index
  %wide.load = load <8 x float>, ptr %gep878, align 4
  %99 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %100 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %99, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %101 = fmul <8 x float> %100, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %102 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %101)
  %103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %100)
  %104 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %103)
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %105, <8 x float> %104, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %106, <8 x float> %104, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> %104, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %104, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %110 = fmul <8 x float> %104, %104
  %111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %109, <8 x float> %110, <8 x float> %104)
  %112 = fadd <8 x float> %111, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %113 = fptosi <8 x float> %102 to <8 x i32>
  %114 = shl <8 x i32> %113, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %115 = add <8 x i32> %114, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %116 = bitcast <8 x i32> %115 to <8 x float>
  %117 = fmul <8 x float> %112, %116
  %118 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %117, ptr %118, align 4
  %index.next = add nuw i64 %index, 8
  %119 = icmp eq i64 %index.next, %n.vec
  br i1 %119, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %smax, %n.vec
  br i1 %cmp.n, label %tl1.head.preheader, label %tl.body.preheader811

tl1.head.preheader:                               ; preds = %tl.body.prol.loopexit, %tl.body, %middle.block
  br i1 %73, label %j3.head.preheader.preheader, label %tl1.exit

j3.head.preheader.preheader:                      ; preds = %tl1.head.preheader
  %120 = getelementptr i8, ptr %58, i64 %68
  %xtraiter845 = and i64 %smax844, 7
  %121 = icmp slt i64 %indvars.iv, 8
  br i1 %121, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax844, 120
  br label %j3.head.preheader

tl.body:                                          ; preds = %tl.body.prol.loopexit, %tl.body
  %tl.addr.0613 = phi i64 [ %tl.next.1, %tl.body ], [ %tl.addr.0613.unr, %tl.body.prol.loopexit ]
  %122 = add nsw i64 %tl.addr.0613, %t0
  %123 = mul nsw i64 %122, %H
  %124 = getelementptr inbounds float, ptr %gh, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = tail call float @llvm.maxnum.f32(float %125, float 0xC055D51EC0000000)
  %127 = tail call float @llvm.minnum.f32(float %126, float 8.800000e+01)
  %128 = fmul float %127, 0x3FF7154760000000
  %129 = tail call float @llvm.rint.f32(float %128)
  %130 = tail call float @llvm.fma.f32(float %129, float 0xBFE6300000000000, float %127)
  %131 = tail call float @llvm.fma.f32(float %129, float 0x3F2BD01060000000, float %130)
  %132 = tail call float @llvm.fma.f32(float %131, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %133 = tail call float @llvm.fma.f32(float %132, float %131, float 0x3F81112100000000)
  %134 = tail call float @llvm.fma.f32(float %133, float %131, float 0x3FA5553820000000)
  %135 = tail call float @llvm.fma.f32(float %134, float %131, float 0x3FC5555540000000)
  %136 = tail call float @llvm.fma.f32(float %135, float %131, float 5.000000e-01)
  %137 = fmul float %131, %131
  %138 = tail call float @llvm.fma.f32(float %136, float %137, float %131)
  %139 = fadd float %138, 1.000000e+00
  %140 = fptosi float %129 to i32
  %141 = shl i32 %140, 23
  %142 = add i32 %141, 1065353216
  %143 = bitcast i32 %142 to float
  %144 = fmul float %139, %143
  %145 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0613
  store float %144, ptr %145, align 4
  %tl.next = add nuw nsw i64 %tl.addr.0613, 1
  %146 = add nsw i64 %tl.next, %t0
  %147 = mul nsw i64 %146, %H
  %148 = getelementptr inbounds float, ptr %gh, i64 %147
  %149 = load float, ptr %148, align 4
  %150 = tail call float @llvm.maxnum.f32(float %149, float 0xC055D51EC0000000)
  %151 = tail call float @llvm.minnum.f32(float %150, float 8.800000e+01)
  %152 = fmul float %151, 0x3FF7154760000000
  %153 = tail call float @llvm.rint.f32(float %152)
  %154 = tail call float @llvm.fma.f32(float %153, float 0xBFE6300000000000, float %151)
  %155 = tail call float @llvm.fma.f32(float %153, float 0x3F2BD01060000000, float %154)
  %156 = tail call float @llvm.fma.f32(float %155, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %157 = tail call float @llvm.fma.f32(float %156, float %155, float 0x3F81112100000000)
  %158 = tail call float @llvm.fma.f32(float %157, float %155, float 0x3FA5553820000000)
  %159 = tail call float @llvm.fma.f32(float %158, float %155, float 0x3FC5555540000000)
  %160 = tail call float @llvm.fma.f32(float %159, float %155, float 5.000000e-01)
  %161 = fmul float %155, %155
  %162 = tail call float @llvm.fma.f32(float %160, float %161, float %155)
  %163 = fadd float %162, 1.000000e+00
  %164 = fptosi float %153 to i32
  %165 = shl i32 %164, 23
  %166 = add i32 %165, 1065353216
  %167 = bitcast i32 %166 to float
  %168 = fmul float %163, %167
  %169 = getelementptr inbounds float, ptr %alphas, i64 %tl.next
  store float %168, ptr %169, align 4
  %tl.next.1 = add nuw nsw i64 %tl.addr.0613, 2
  %exitcond.not.1 = icmp eq i64 %tl.next.1, %smax730
  br i1 %exitcond.not.1, label %tl1.head.preheader, label %tl.body, !llvm.loop !3

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl1.addr.0615 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl1.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %170 = mul i64 %30, %tl1.addr.0615
  %scevgep = getelementptr i8, ptr %120, i64 %170
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl1.next = or disjoint i64 %tl1.addr.0615, 1
  %171 = mul i64 %30, %tl1.next
  %scevgep.1 = getelementptr i8, ptr %120, i64 %171
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl1.next.1 = or disjoint i64 %tl1.addr.0615, 2
  %172 = mul i64 %30, %tl1.next.1
  %scevgep.2 = getelementptr i8, ptr %120, i64 %172
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl1.next.2 = or disjoint i64 %tl1.addr.0615, 3
  %173 = mul i64 %30, %tl1.next.2
  %scevgep.3 = getelementptr i8, ptr %120, i64 %173
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl1.next.3 = or disjoint i64 %tl1.addr.0615, 4
  %174 = mul i64 %30, %tl1.next.3
  %scevgep.4 = getelementptr i8, ptr %120, i64 %174
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl1.next.4 = or disjoint i64 %tl1.addr.0615, 5
  %175 = mul i64 %30, %tl1.next.4
  %scevgep.5 = getelementptr i8, ptr %120, i64 %175
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl1.next.5 = or disjoint i64 %tl1.addr.0615, 6
  %176 = mul i64 %30, %tl1.next.5
  %scevgep.6 = getelementptr i8, ptr %120, i64 %176
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl1.next.6 = or disjoint i64 %tl1.addr.0615, 7
  %177 = mul i64 %30, %tl1.next.6
  %scevgep.7 = getelementptr i8, ptr %120, i64 %177
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
  %178 = mul i64 %30, %tl1.addr.0615.epil
  %scevgep.epil = getelementptr i8, ptr %120, i64 %178
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl1.next.epil = add nuw nsw i64 %tl1.addr.0615.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter845
  br i1 %epil.iter.cmp.not, label %tl1.exit, label %j3.head.preheader.epil, !llvm.loop !4

tl1.exit:                                         ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body, %tl1.head.preheader
  %179 = load float, ptr %alphas, align 4
  %180 = mul i64 %4, %ci
  %181 = insertelement <8 x float> poison, float %179, i64 0
  %182 = shufflevector <8 x float> %181, <8 x float> poison, <8 x i32> zeroinitializer
  %invariant.gep = getelementptr float, ptr %kh, i64 %180
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %tl1.exit
  %acc.0620 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %218, %i4.body ]
  %acc1.0619 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %224, %i4.body ]
  %acc2.0618 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %230, %i4.body ]
  %acc3.0617 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %236, %i4.body ]
  %i4.addr.0616 = phi i64 [ 0, %tl1.exit ], [ %i4.next.1, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0616
  %183 = load float, ptr %gep, align 4
  %184 = shl nuw nsw i64 %i4.addr.0616, 5
  %185 = getelementptr inbounds float, ptr %work, i64 %184
  %186 = load <8 x float>, ptr %185, align 4
  %187 = fmul <8 x float> %182, %186
  %188 = getelementptr inbounds float, ptr %Sh, i64 %184
  store <8 x float> %187, ptr %188, align 4
  %189 = insertelement <8 x float> poison, float %183, i64 0
  %190 = shufflevector <8 x float> %189, <8 x float> poison, <8 x i32> zeroinitializer
  %191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %187, <8 x float> %acc.0620)
  %192 = or disjoint i64 %184, 8
  %193 = getelementptr inbounds float, ptr %work, i64 %192
  %194 = load <8 x float>, ptr %193, align 4
  %195 = fmul <8 x float> %182, %194
  %196 = getelementptr inbounds float, ptr %Sh, i64 %192
  store <8 x float> %195, ptr %196, align 4
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %195, <8 x float> %acc1.0619)
  %198 = or disjoint i64 %184, 16
  %199 = getelementptr inbounds float, ptr %work, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = fmul <8 x float> %182, %200
  %202 = getelementptr inbounds float, ptr %Sh, i64 %198
  store <8 x float> %201, ptr %202, align 4
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %201, <8 x float> %acc2.0618)
  %204 = or disjoint i64 %184, 24
  %205 = getelementptr inbounds float, ptr %work, i64 %204
  %206 = load <8 x float>, ptr %205, align 4
  %207 = fmul <8 x float> %182, %206
  %208 = getelementptr inbounds float, ptr %Sh, i64 %204
  store <8 x float> %207, ptr %208, align 4
  %209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %207, <8 x float> %acc3.0617)
  %i4.next = or disjoint i64 %i4.addr.0616, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %210 = load float, ptr %gep.1, align 4
  %211 = shl nuw nsw i64 %i4.next, 5
  %212 = getelementptr inbounds float, ptr %work, i64 %211
  %213 = load <8 x float>, ptr %212, align 4
  %214 = fmul <8 x float> %182, %213
  %215 = getelementptr inbounds float, ptr %Sh, i64 %211
  store <8 x float> %214, ptr %215, align 4
  %216 = insertelement <8 x float> poison, float %210, i64 0
  %217 = shufflevector <8 x float> %216, <8 x float> poison, <8 x i32> zeroinitializer
  %218 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %214, <8 x float> %191)
  %219 = or disjoint i64 %211, 8
  %220 = getelementptr inbounds float, ptr %work, i64 %219
  %221 = load <8 x float>, ptr %220, align 4
  %222 = fmul <8 x float> %182, %221
  %223 = getelementptr inbounds float, ptr %Sh, i64 %219
  store <8 x float> %222, ptr %223, align 4
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %222, <8 x float> %197)
  %225 = or disjoint i64 %211, 16
  %226 = getelementptr inbounds float, ptr %work, i64 %225
  %227 = load <8 x float>, ptr %226, align 4
  %228 = fmul <8 x float> %182, %227
  %229 = getelementptr inbounds float, ptr %Sh, i64 %225
  store <8 x float> %228, ptr %229, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %228, <8 x float> %203)
  %231 = or disjoint i64 %211, 24
  %232 = getelementptr inbounds float, ptr %work, i64 %231
  %233 = load <8 x float>, ptr %232, align 4
  %234 = fmul <8 x float> %182, %233
  %235 = getelementptr inbounds float, ptr %Sh, i64 %231
  store <8 x float> %234, ptr %235, align 4
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %217, <8 x float> %234, <8 x float> %209)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0616, 2
  %exitcond719.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond719.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %237 = shl nsw i64 %ci, 7
  %238 = mul nsw i64 %237, %H
  %239 = getelementptr inbounds float, ptr %betah, i64 %238
  %240 = load float, ptr %239, align 4
  %241 = mul nsw i64 %237, %sq
  %242 = getelementptr inbounds float, ptr %vh, i64 %241
  %243 = load <8 x float>, ptr %242, align 4
  %244 = fsub <8 x float> %243, %218
  store <8 x float> %244, ptr %R, align 4
  %245 = insertelement <8 x float> poison, float %240, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = fmul <8 x float> %246, %244
  %248 = or disjoint i64 %241, 8
  %249 = getelementptr inbounds float, ptr %vh, i64 %248
  %250 = load <8 x float>, ptr %249, align 4
  %251 = fsub <8 x float> %250, %224
  store <8 x float> %251, ptr %5, align 4
  %252 = fmul <8 x float> %246, %251
  %253 = or disjoint i64 %241, 16
  %254 = getelementptr inbounds float, ptr %vh, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = fsub <8 x float> %255, %230
  store <8 x float> %256, ptr %6, align 4
  %257 = fmul <8 x float> %246, %256
  %258 = or disjoint i64 %241, 24
  %259 = getelementptr inbounds float, ptr %vh, i64 %258
  %260 = load <8 x float>, ptr %259, align 4
  %261 = fsub <8 x float> %260, %236
  store <8 x float> %261, ptr %7, align 4
  %262 = fmul <8 x float> %246, %261
  %263 = or disjoint i64 %237, 1
  %264 = mul nsw i64 %263, %sq
  %invariant.gep768 = getelementptr float, ptr %kh, i64 %264
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.0625 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %310, %i5.body ]
  %acc5.0624 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %316, %i5.body ]
  %acc6.0623 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %322, %i5.body ]
  %acc744.0622 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %328, %i5.body ]
  %i5.addr.0621 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %265 = or disjoint i64 %i5.addr.0621, %241
  %266 = getelementptr inbounds float, ptr %kh, i64 %265
  %267 = load float, ptr %266, align 4
  %gep769 = getelementptr float, ptr %invariant.gep768, i64 %i5.addr.0621
  %268 = load float, ptr %gep769, align 4
  %269 = insertelement <8 x float> poison, float %267, i64 0
  %270 = shufflevector <8 x float> %269, <8 x float> poison, <8 x i32> zeroinitializer
  %271 = shl nuw nsw i64 %i5.addr.0621, 5
  %272 = getelementptr inbounds float, ptr %Sh, i64 %271
  %273 = load <8 x float>, ptr %272, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %247, <8 x float> %273)
  %275 = getelementptr inbounds float, ptr %Sroll, i64 %271
  store <8 x float> %274, ptr %275, align 4
  %276 = insertelement <8 x float> poison, float %268, i64 0
  %277 = shufflevector <8 x float> %276, <8 x float> poison, <8 x i32> zeroinitializer
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %274, <8 x float> %acc4.0625)
  %279 = or disjoint i64 %271, 8
  %280 = getelementptr inbounds float, ptr %Sh, i64 %279
  %281 = load <8 x float>, ptr %280, align 4
  %282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %252, <8 x float> %281)
  %283 = getelementptr inbounds float, ptr %Sroll, i64 %279
  store <8 x float> %282, ptr %283, align 4
  %284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %282, <8 x float> %acc5.0624)
  %285 = or disjoint i64 %271, 16
  %286 = getelementptr inbounds float, ptr %Sh, i64 %285
  %287 = load <8 x float>, ptr %286, align 4
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %257, <8 x float> %287)
  %289 = getelementptr inbounds float, ptr %Sroll, i64 %285
  store <8 x float> %288, ptr %289, align 4
  %290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %288, <8 x float> %acc6.0623)
  %291 = or disjoint i64 %271, 24
  %292 = getelementptr inbounds float, ptr %Sh, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %262, <8 x float> %293)
  %295 = getelementptr inbounds float, ptr %Sroll, i64 %291
  store <8 x float> %294, ptr %295, align 4
  %296 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %294, <8 x float> %acc744.0622)
  %i5.next = or disjoint i64 %i5.addr.0621, 1
  %297 = or disjoint i64 %i5.next, %241
  %298 = getelementptr inbounds float, ptr %kh, i64 %297
  %299 = load float, ptr %298, align 4
  %gep769.1 = getelementptr float, ptr %invariant.gep768, i64 %i5.next
  %300 = load float, ptr %gep769.1, align 4
  %301 = insertelement <8 x float> poison, float %299, i64 0
  %302 = shufflevector <8 x float> %301, <8 x float> poison, <8 x i32> zeroinitializer
  %303 = shl nuw nsw i64 %i5.next, 5
  %304 = getelementptr inbounds float, ptr %Sh, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %247, <8 x float> %305)
  %307 = getelementptr inbounds float, ptr %Sroll, i64 %303
  store <8 x float> %306, ptr %307, align 4
  %308 = insertelement <8 x float> poison, float %300, i64 0
  %309 = shufflevector <8 x float> %308, <8 x float> poison, <8 x i32> zeroinitializer
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %306, <8 x float> %278)
  %311 = or disjoint i64 %303, 8
  %312 = getelementptr inbounds float, ptr %Sh, i64 %311
  %313 = load <8 x float>, ptr %312, align 4
  %314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %252, <8 x float> %313)
  %315 = getelementptr inbounds float, ptr %Sroll, i64 %311
  store <8 x float> %314, ptr %315, align 4
  %316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %314, <8 x float> %284)
  %317 = or disjoint i64 %303, 16
  %318 = getelementptr inbounds float, ptr %Sh, i64 %317
  %319 = load <8 x float>, ptr %318, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %257, <8 x float> %319)
  %321 = getelementptr inbounds float, ptr %Sroll, i64 %317
  store <8 x float> %320, ptr %321, align 4
  %322 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %320, <8 x float> %290)
  %323 = or disjoint i64 %303, 24
  %324 = getelementptr inbounds float, ptr %Sh, i64 %323
  %325 = load <8 x float>, ptr %324, align 4
  %326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %262, <8 x float> %325)
  %327 = getelementptr inbounds float, ptr %Sroll, i64 %323
  store <8 x float> %326, ptr %327, align 4
  %328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %326, <8 x float> %296)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0621, 2
  %exitcond720.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond720.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %329 = mul nsw i64 %263, %H
  %330 = getelementptr inbounds float, ptr %betah, i64 %329
  %331 = load float, ptr %330, align 4
  %332 = getelementptr inbounds float, ptr %vh, i64 %264
  %333 = load <8 x float>, ptr %332, align 4
  %334 = fsub <8 x float> %333, %310
  store <8 x float> %334, ptr %8, align 4
  %335 = insertelement <8 x float> poison, float %331, i64 0
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <8 x i32> zeroinitializer
  %337 = fmul <8 x float> %336, %334
  %338 = or disjoint i64 %264, 8
  %339 = getelementptr inbounds float, ptr %vh, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = fsub <8 x float> %340, %316
  store <8 x float> %341, ptr %9, align 4
  %342 = fmul <8 x float> %336, %341
  %343 = or disjoint i64 %264, 16
  %344 = getelementptr inbounds float, ptr %vh, i64 %343
  %345 = load <8 x float>, ptr %344, align 4
  %346 = fsub <8 x float> %345, %322
  store <8 x float> %346, ptr %10, align 4
  %347 = fmul <8 x float> %336, %346
  %348 = or disjoint i64 %264, 24
  %349 = getelementptr inbounds float, ptr %vh, i64 %348
  %350 = load <8 x float>, ptr %349, align 4
  %351 = fsub <8 x float> %350, %328
  store <8 x float> %351, ptr %11, align 4
  %352 = fmul <8 x float> %336, %351
  %353 = icmp sgt i64 %72, 1
  br i1 %353, label %tl2.body.lr.ph, label %tl2.exit

tl2.body.lr.ph:                                   ; preds = %i5.exit
  %354 = add i64 %t0, -1
  br label %tl2.body

tl2.body:                                         ; preds = %tl2.body.lr.ph, %i7.exit
  %delta.0640 = phi <8 x float> [ %337, %tl2.body.lr.ph ], [ %570, %i7.exit ]
  %delta1.0639 = phi <8 x float> [ %342, %tl2.body.lr.ph ], [ %577, %i7.exit ]
  %delta2.0638 = phi <8 x float> [ %347, %tl2.body.lr.ph ], [ %584, %i7.exit ]
  %delta3.0637 = phi <8 x float> [ %352, %tl2.body.lr.ph ], [ %591, %i7.exit ]
  %tl2.addr.0636 = phi i64 [ 1, %tl2.body.lr.ph ], [ %tl2.next, %i7.exit ]
  %355 = getelementptr inbounds float, ptr %alphas, i64 %tl2.addr.0636
  %356 = load float, ptr %355, align 4
  %357 = add i64 %354, %tl2.addr.0636
  %358 = shl nsw i64 %357, 1
  %359 = or disjoint i64 %358, 1
  %360 = mul nsw i64 %359, %sq
  %361 = add nsw i64 %tl2.addr.0636, %t0
  %362 = mul i64 %12, %361
  %363 = mul nsw i64 %357, %sq
  %364 = getelementptr inbounds float, ptr %oh, i64 %363
  %365 = load <8 x float>, ptr %364, align 4
  %366 = insertelement <8 x float> poison, float %356, i64 0
  %367 = shufflevector <8 x float> %366, <8 x float> poison, <8 x i32> zeroinitializer
  %368 = shl nsw i64 %tl2.addr.0636, 10
  %369 = or disjoint i64 %363, 8
  %370 = getelementptr inbounds float, ptr %oh, i64 %369
  %371 = load <8 x float>, ptr %370, align 4
  %372 = or disjoint i64 %363, 16
  %373 = getelementptr inbounds float, ptr %oh, i64 %372
  %374 = load <8 x float>, ptr %373, align 4
  %375 = or disjoint i64 %363, 24
  %376 = getelementptr inbounds float, ptr %oh, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  br label %i6.body

tl2.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <8 x float> [ %352, %i5.exit ], [ %591, %i7.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %347, %i5.exit ], [ %584, %i7.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %342, %i5.exit ], [ %577, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %337, %i5.exit ], [ %570, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %378 = add nsw i64 %tlast, %t0
  %379 = shl nsw i64 %378, 1
  %380 = or disjoint i64 %379, 1
  %381 = mul nsw i64 %380, %sq
  %382 = mul nsw i64 %378, %sq
  %383 = getelementptr inbounds float, ptr %oh, i64 %382
  %384 = load <8 x float>, ptr %383, align 4
  %385 = or disjoint i64 %382, 8
  %386 = getelementptr inbounds float, ptr %oh, i64 %385
  %387 = load <8 x float>, ptr %386, align 4
  %388 = or disjoint i64 %382, 16
  %389 = getelementptr inbounds float, ptr %oh, i64 %388
  %390 = load <8 x float>, ptr %389, align 4
  %391 = or disjoint i64 %382, 24
  %392 = getelementptr inbounds float, ptr %oh, i64 %391
  %393 = load <8 x float>, ptr %392, align 4
  %invariant.gep772 = getelementptr float, ptr %kh, i64 %381
  br label %i8.body

i6.body:                                          ; preds = %tl2.body, %i6.body
  %acc8.0630 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %411, %i6.body ]
  %acc9.0629 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %420, %i6.body ]
  %acc10.0628 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %429, %i6.body ]
  %acc11.0627 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %438, %i6.body ]
  %i6.addr.0626 = phi i64 [ 0, %tl2.body ], [ %i6.next, %i6.body ]
  %394 = getelementptr float, ptr %kh, i64 %i6.addr.0626
  %395 = getelementptr float, ptr %394, i64 %360
  %396 = load float, ptr %395, align 4
  %397 = getelementptr float, ptr %394, i64 %362
  %398 = load float, ptr %397, align 4
  %399 = insertelement <8 x float> poison, float %396, i64 0
  %400 = shufflevector <8 x float> %399, <8 x float> poison, <8 x i32> zeroinitializer
  %401 = shl nuw nsw i64 %i6.addr.0626, 5
  %402 = getelementptr inbounds float, ptr %Sroll, i64 %401
  %403 = load <8 x float>, ptr %402, align 4
  %404 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %delta.0640, <8 x float> %403)
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %404, <8 x float> %365, <8 x float> zeroinitializer)
  %406 = fmul <8 x float> %367, %404
  %407 = add nuw nsw i64 %401, %368
  %408 = getelementptr inbounds float, ptr %Sh, i64 %407
  store <8 x float> %406, ptr %408, align 4
  %409 = insertelement <8 x float> poison, float %398, i64 0
  %410 = shufflevector <8 x float> %409, <8 x float> poison, <8 x i32> zeroinitializer
  %411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %406, <8 x float> %acc8.0630)
  %412 = or disjoint i64 %401, 8
  %413 = getelementptr inbounds float, ptr %Sroll, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %delta1.0639, <8 x float> %414)
  %416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %371, <8 x float> %405)
  %417 = fmul <8 x float> %367, %415
  %418 = or disjoint i64 %407, 8
  %419 = getelementptr inbounds float, ptr %Sh, i64 %418
  store <8 x float> %417, ptr %419, align 4
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %417, <8 x float> %acc9.0629)
  %421 = or disjoint i64 %401, 16
  %422 = getelementptr inbounds float, ptr %Sroll, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %424 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %delta2.0638, <8 x float> %423)
  %425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %374, <8 x float> %416)
  %426 = fmul <8 x float> %367, %424
  %427 = or disjoint i64 %407, 16
  %428 = getelementptr inbounds float, ptr %Sh, i64 %427
  store <8 x float> %426, ptr %428, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %426, <8 x float> %acc10.0628)
  %430 = or disjoint i64 %401, 24
  %431 = getelementptr inbounds float, ptr %Sroll, i64 %430
  %432 = load <8 x float>, ptr %431, align 4
  %433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %400, <8 x float> %delta3.0637, <8 x float> %432)
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> %377, <8 x float> %425)
  %435 = fmul <8 x float> %367, %433
  %436 = or disjoint i64 %407, 24
  %437 = getelementptr inbounds float, ptr %Sh, i64 %436
  store <8 x float> %435, ptr %437, align 4
  %438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %410, <8 x float> %435, <8 x float> %acc11.0627)
  %439 = or disjoint i64 %i6.addr.0626, %363
  %440 = getelementptr inbounds float, ptr %qh1, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = shufflevector <8 x float> %434, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %443 = shufflevector <8 x float> %434, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %444 = fadd <4 x float> %442, %443
  %445 = shufflevector <4 x float> %444, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %446 = shufflevector <4 x float> %444, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %447 = fadd <2 x float> %445, %446
  %shift = shufflevector <2 x float> %447, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %448 = fadd <2 x float> %447, %shift
  %449 = extractelement <2 x float> %448, i64 0
  %450 = fmul float %449, 0x3FC6A09E60000000
  %451 = fadd float %441, %450
  store float %451, ptr %440, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0626, 1
  %exitcond721.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond721.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %452 = shl nsw i64 %361, 1
  %453 = mul nsw i64 %452, %H
  %454 = getelementptr inbounds float, ptr %betah, i64 %453
  %455 = load float, ptr %454, align 4
  %456 = mul nsw i64 %452, %sq
  %457 = getelementptr inbounds float, ptr %vh, i64 %456
  %458 = load <8 x float>, ptr %457, align 4
  %459 = fsub <8 x float> %458, %411
  %460 = shl i64 %tl2.addr.0636, 6
  %461 = getelementptr inbounds float, ptr %R, i64 %460
  store <8 x float> %459, ptr %461, align 4
  %462 = insertelement <8 x float> poison, float %455, i64 0
  %463 = shufflevector <8 x float> %462, <8 x float> poison, <8 x i32> zeroinitializer
  %464 = fmul <8 x float> %463, %459
  %465 = or disjoint i64 %456, 8
  %466 = getelementptr inbounds float, ptr %vh, i64 %465
  %467 = load <8 x float>, ptr %466, align 4
  %468 = fsub <8 x float> %467, %420
  %469 = or disjoint i64 %460, 8
  %470 = getelementptr inbounds float, ptr %R, i64 %469
  store <8 x float> %468, ptr %470, align 4
  %471 = fmul <8 x float> %463, %468
  %472 = or disjoint i64 %456, 16
  %473 = getelementptr inbounds float, ptr %vh, i64 %472
  %474 = load <8 x float>, ptr %473, align 4
  %475 = fsub <8 x float> %474, %429
  %476 = or disjoint i64 %460, 16
  %477 = getelementptr inbounds float, ptr %R, i64 %476
  store <8 x float> %475, ptr %477, align 4
  %478 = fmul <8 x float> %463, %475
  %479 = or disjoint i64 %456, 24
  %480 = getelementptr inbounds float, ptr %vh, i64 %479
  %481 = load <8 x float>, ptr %480, align 4
  %482 = fsub <8 x float> %481, %438
  %483 = or disjoint i64 %460, 24
  %484 = getelementptr inbounds float, ptr %R, i64 %483
  store <8 x float> %482, ptr %484, align 4
  %485 = fmul <8 x float> %463, %482
  %486 = or disjoint i64 %452, 1
  %487 = mul nsw i64 %486, %sq
  %invariant.gep770 = getelementptr float, ptr %kh, i64 %487
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.0635 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %538, %i7.body ]
  %acc13.0634 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %545, %i7.body ]
  %acc14.0633 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %552, %i7.body ]
  %acc15.0632 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %559, %i7.body ]
  %i7.addr.0631 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %488 = or disjoint i64 %i7.addr.0631, %456
  %489 = getelementptr inbounds float, ptr %kh, i64 %488
  %490 = load float, ptr %489, align 4
  %gep771 = getelementptr float, ptr %invariant.gep770, i64 %i7.addr.0631
  %491 = load float, ptr %gep771, align 4
  %492 = insertelement <8 x float> poison, float %490, i64 0
  %493 = shufflevector <8 x float> %492, <8 x float> poison, <8 x i32> zeroinitializer
  %494 = shl nuw nsw i64 %i7.addr.0631, 5
  %495 = add nuw nsw i64 %494, %368
  %496 = getelementptr inbounds float, ptr %Sh, i64 %495
  %497 = load <8 x float>, ptr %496, align 4
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %464, <8 x float> %497)
  %499 = getelementptr inbounds float, ptr %Sroll, i64 %494
  store <8 x float> %498, ptr %499, align 4
  %500 = insertelement <8 x float> poison, float %491, i64 0
  %501 = shufflevector <8 x float> %500, <8 x float> poison, <8 x i32> zeroinitializer
  %502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %498, <8 x float> %acc12.0635)
  %503 = or disjoint i64 %495, 8
  %504 = getelementptr inbounds float, ptr %Sh, i64 %503
  %505 = load <8 x float>, ptr %504, align 4
  %506 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %471, <8 x float> %505)
  %507 = or disjoint i64 %494, 8
  %508 = getelementptr inbounds float, ptr %Sroll, i64 %507
  store <8 x float> %506, ptr %508, align 4
  %509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %506, <8 x float> %acc13.0634)
  %510 = or disjoint i64 %495, 16
  %511 = getelementptr inbounds float, ptr %Sh, i64 %510
  %512 = load <8 x float>, ptr %511, align 4
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %478, <8 x float> %512)
  %514 = or disjoint i64 %494, 16
  %515 = getelementptr inbounds float, ptr %Sroll, i64 %514
  store <8 x float> %513, ptr %515, align 4
  %516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %513, <8 x float> %acc14.0633)
  %517 = or disjoint i64 %495, 24
  %518 = getelementptr inbounds float, ptr %Sh, i64 %517
  %519 = load <8 x float>, ptr %518, align 4
  %520 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %485, <8 x float> %519)
  %521 = or disjoint i64 %494, 24
  %522 = getelementptr inbounds float, ptr %Sroll, i64 %521
  store <8 x float> %520, ptr %522, align 4
  %523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> %520, <8 x float> %acc15.0632)
  %i7.next = or disjoint i64 %i7.addr.0631, 1
  %524 = or disjoint i64 %i7.next, %456
  %525 = getelementptr inbounds float, ptr %kh, i64 %524
  %526 = load float, ptr %525, align 4
  %gep771.1 = getelementptr float, ptr %invariant.gep770, i64 %i7.next
  %527 = load float, ptr %gep771.1, align 4
  %528 = insertelement <8 x float> poison, float %526, i64 0
  %529 = shufflevector <8 x float> %528, <8 x float> poison, <8 x i32> zeroinitializer
  %530 = shl nuw nsw i64 %i7.next, 5
  %531 = add nuw nsw i64 %530, %368
  %532 = getelementptr inbounds float, ptr %Sh, i64 %531
  %533 = load <8 x float>, ptr %532, align 4
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %464, <8 x float> %533)
  %535 = getelementptr inbounds float, ptr %Sroll, i64 %530
  store <8 x float> %534, ptr %535, align 4
  %536 = insertelement <8 x float> poison, float %527, i64 0
  %537 = shufflevector <8 x float> %536, <8 x float> poison, <8 x i32> zeroinitializer
  %538 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %534, <8 x float> %502)
  %539 = or disjoint i64 %531, 8
  %540 = getelementptr inbounds float, ptr %Sh, i64 %539
  %541 = load <8 x float>, ptr %540, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %471, <8 x float> %541)
  %543 = or disjoint i64 %530, 8
  %544 = getelementptr inbounds float, ptr %Sroll, i64 %543
  store <8 x float> %542, ptr %544, align 4
  %545 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %542, <8 x float> %509)
  %546 = or disjoint i64 %531, 16
  %547 = getelementptr inbounds float, ptr %Sh, i64 %546
  %548 = load <8 x float>, ptr %547, align 4
  %549 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %478, <8 x float> %548)
  %550 = or disjoint i64 %530, 16
  %551 = getelementptr inbounds float, ptr %Sroll, i64 %550
  store <8 x float> %549, ptr %551, align 4
  %552 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %549, <8 x float> %516)
  %553 = or disjoint i64 %531, 24
  %554 = getelementptr inbounds float, ptr %Sh, i64 %553
  %555 = load <8 x float>, ptr %554, align 4
  %556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %529, <8 x float> %485, <8 x float> %555)
  %557 = or disjoint i64 %530, 24
  %558 = getelementptr inbounds float, ptr %Sroll, i64 %557
  store <8 x float> %556, ptr %558, align 4
  %559 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %556, <8 x float> %523)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0631, 2
  %exitcond722.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond722.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %560 = mul nsw i64 %486, %H
  %561 = getelementptr inbounds float, ptr %betah, i64 %560
  %562 = load float, ptr %561, align 4
  %563 = getelementptr inbounds float, ptr %vh, i64 %487
  %564 = load <8 x float>, ptr %563, align 4
  %565 = fsub <8 x float> %564, %538
  %566 = or disjoint i64 %460, 32
  %567 = getelementptr inbounds float, ptr %R, i64 %566
  store <8 x float> %565, ptr %567, align 4
  %568 = insertelement <8 x float> poison, float %562, i64 0
  %569 = shufflevector <8 x float> %568, <8 x float> poison, <8 x i32> zeroinitializer
  %570 = fmul <8 x float> %569, %565
  %571 = or disjoint i64 %487, 8
  %572 = getelementptr inbounds float, ptr %vh, i64 %571
  %573 = load <8 x float>, ptr %572, align 4
  %574 = fsub <8 x float> %573, %545
  %575 = or disjoint i64 %460, 40
  %576 = getelementptr inbounds float, ptr %R, i64 %575
  store <8 x float> %574, ptr %576, align 4
  %577 = fmul <8 x float> %569, %574
  %578 = or disjoint i64 %487, 16
  %579 = getelementptr inbounds float, ptr %vh, i64 %578
  %580 = load <8 x float>, ptr %579, align 4
  %581 = fsub <8 x float> %580, %552
  %582 = or disjoint i64 %460, 48
  %583 = getelementptr inbounds float, ptr %R, i64 %582
  store <8 x float> %581, ptr %583, align 4
  %584 = fmul <8 x float> %569, %581
  %585 = or disjoint i64 %487, 24
  %586 = getelementptr inbounds float, ptr %vh, i64 %585
  %587 = load <8 x float>, ptr %586, align 4
  %588 = fsub <8 x float> %587, %559
  %589 = or disjoint i64 %460, 56
  %590 = getelementptr inbounds float, ptr %R, i64 %589
  store <8 x float> %588, ptr %590, align 4
  %591 = fmul <8 x float> %569, %588
  %tl2.next = add nuw nsw i64 %tl2.addr.0636, 1
  %exitcond725.not = icmp eq i64 %tl2.next, %smax724
  br i1 %exitcond725.not, label %tl2.exit, label %tl2.body

tt.head.preheader:                                ; preds = %i8.body
  br i1 %73, label %tt.body, label %tt.exit

i8.body:                                          ; preds = %i8.body, %tl2.exit
  %i8.addr.0644 = phi i64 [ 0, %tl2.exit ], [ %i8.next.1, %i8.body ]
  %gep773 = getelementptr float, ptr %invariant.gep772, i64 %i8.addr.0644
  %592 = load float, ptr %gep773, align 4
  %593 = insertelement <8 x float> poison, float %592, i64 0
  %594 = shufflevector <8 x float> %593, <8 x float> poison, <8 x i32> zeroinitializer
  %595 = shl nuw nsw i64 %i8.addr.0644, 5
  %596 = getelementptr inbounds float, ptr %Sroll, i64 %595
  %597 = load <8 x float>, ptr %596, align 4
  %598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %delta.0.lcssa, <8 x float> %597)
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %384, <8 x float> zeroinitializer)
  %600 = or disjoint i64 %595, 8
  %601 = getelementptr inbounds float, ptr %Sroll, i64 %600
  %602 = load <8 x float>, ptr %601, align 4
  %603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %delta1.0.lcssa, <8 x float> %602)
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %387, <8 x float> %599)
  %605 = or disjoint i64 %595, 16
  %606 = getelementptr inbounds float, ptr %Sroll, i64 %605
  %607 = load <8 x float>, ptr %606, align 4
  %608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %delta2.0.lcssa, <8 x float> %607)
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %390, <8 x float> %604)
  %610 = or disjoint i64 %595, 24
  %611 = getelementptr inbounds float, ptr %Sroll, i64 %610
  %612 = load <8 x float>, ptr %611, align 4
  %613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %delta3.0.lcssa, <8 x float> %612)
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> %393, <8 x float> %609)
  %615 = or disjoint i64 %i8.addr.0644, %382
  %616 = getelementptr inbounds float, ptr %qh1, i64 %615
  %617 = load float, ptr %616, align 4
  %618 = shufflevector <8 x float> %614, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %619 = shufflevector <8 x float> %614, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %620 = fadd <4 x float> %618, %619
  %621 = shufflevector <4 x float> %620, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %622 = shufflevector <4 x float> %620, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %623 = fadd <2 x float> %621, %622
  %shift803 = shufflevector <2 x float> %623, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %624 = fadd <2 x float> %623, %shift803
  %625 = extractelement <2 x float> %624, i64 0
  %626 = fmul float %625, 0x3FC6A09E60000000
  %627 = fadd float %617, %626
  store float %627, ptr %616, align 4
  %i8.next = or disjoint i64 %i8.addr.0644, 1
  %gep773.1 = getelementptr float, ptr %invariant.gep772, i64 %i8.next
  %628 = load float, ptr %gep773.1, align 4
  %629 = insertelement <8 x float> poison, float %628, i64 0
  %630 = shufflevector <8 x float> %629, <8 x float> poison, <8 x i32> zeroinitializer
  %631 = shl nuw nsw i64 %i8.next, 5
  %632 = getelementptr inbounds float, ptr %Sroll, i64 %631
  %633 = load <8 x float>, ptr %632, align 4
  %634 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %delta.0.lcssa, <8 x float> %633)
  %635 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %634, <8 x float> %384, <8 x float> zeroinitializer)
  %636 = or disjoint i64 %631, 8
  %637 = getelementptr inbounds float, ptr %Sroll, i64 %636
  %638 = load <8 x float>, ptr %637, align 4
  %639 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %delta1.0.lcssa, <8 x float> %638)
  %640 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %639, <8 x float> %387, <8 x float> %635)
  %641 = or disjoint i64 %631, 16
  %642 = getelementptr inbounds float, ptr %Sroll, i64 %641
  %643 = load <8 x float>, ptr %642, align 4
  %644 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %delta2.0.lcssa, <8 x float> %643)
  %645 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %390, <8 x float> %640)
  %646 = or disjoint i64 %631, 24
  %647 = getelementptr inbounds float, ptr %Sroll, i64 %646
  %648 = load <8 x float>, ptr %647, align 4
  %649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %delta3.0.lcssa, <8 x float> %648)
  %650 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> %393, <8 x float> %645)
  %651 = or disjoint i64 %i8.next, %382
  %652 = getelementptr inbounds float, ptr %qh1, i64 %651
  %653 = load float, ptr %652, align 4
  %654 = shufflevector <8 x float> %650, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %655 = shufflevector <8 x float> %650, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %656 = fadd <4 x float> %654, %655
  %657 = shufflevector <4 x float> %656, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %658 = shufflevector <4 x float> %656, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %659 = fadd <2 x float> %657, %658
  %shift803.1 = shufflevector <2 x float> %659, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %660 = fadd <2 x float> %659, %shift803.1
  %661 = extractelement <2 x float> %660, i64 0
  %662 = fmul float %661, 0x3FC6A09E60000000
  %663 = fadd float %653, %662
  store float %663, ptr %652, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0644, 2
  %exitcond726.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond726.not.1, label %tt.head.preheader, label %i8.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0668 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl3 = sub nsw i64 %tlast, %tt.addr.0668
  %664 = add nsw i64 %tl3, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %664, i64 %tlast)
  %665 = add nsw i64 %ptl, %t0
  %666 = shl nsw i64 %665, 1
  %667 = mul nsw i64 %666, %H
  %668 = getelementptr inbounds float, ptr %betah, i64 %667
  %669 = load float, ptr %668, align 4
  %670 = getelementptr inbounds float, ptr %alphas, i64 %ptl
  %671 = load float, ptr %670, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %672 = icmp slt i64 %664, %L
  %673 = select i1 %672, float %671, float 1.000000e+00
  %.neg = fneg float %669
  %674 = select i1 %672, float %.neg, float -0.000000e+00
  %675 = mul nsw i64 %666, %sq
  %676 = shl nsw i64 %ptl, 10
  %677 = shl nsw i64 %ptl, 6
  %678 = getelementptr inbounds float, ptr %R, i64 %677
  %679 = insertelement <8 x float> poison, float %673, i64 0
  %680 = shufflevector <8 x float> %679, <8 x float> poison, <8 x i32> zeroinitializer
  %681 = or disjoint i64 %677, 8
  %682 = getelementptr inbounds float, ptr %R, i64 %681
  %683 = or disjoint i64 %677, 16
  %684 = getelementptr inbounds float, ptr %R, i64 %683
  %685 = or disjoint i64 %677, 24
  %686 = getelementptr inbounds float, ptr %R, i64 %685
  %687 = add nsw i64 %tl3, %t0
  %688 = mul nsw i64 %687, %sq
  %689 = getelementptr inbounds float, ptr %oh, i64 %688
  %690 = load <8 x float>, ptr %689, align 4
  %691 = or disjoint i64 %688, 8
  %692 = getelementptr inbounds float, ptr %oh, i64 %691
  %693 = load <8 x float>, ptr %692, align 4
  %694 = or disjoint i64 %688, 16
  %695 = getelementptr inbounds float, ptr %oh, i64 %694
  %696 = load <8 x float>, ptr %695, align 4
  %697 = or disjoint i64 %688, 24
  %698 = getelementptr inbounds float, ptr %oh, i64 %697
  %699 = load <8 x float>, ptr %698, align 4
  %700 = shl nsw i64 %687, 1
  %701 = or disjoint i64 %700, 1
  %702 = mul nsw i64 %701, %sq
  br label %i10.body

tt.exit:                                          ; preds = %i16.exit, %tt.head.preheader
  %703 = load float, ptr %alphas, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %704 = fneg float %240
  %705 = insertelement <8 x float> poison, float %703, i64 0
  %706 = shufflevector <8 x float> %705, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i22.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dgacc.0651 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %767, %i10.body ]
  %dsk.0650 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %794, %i10.body ]
  %dsk1.0649 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %795, %i10.body ]
  %dsk2.0648 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %796, %i10.body ]
  %dsk3.0647 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %797, %i10.body ]
  %i10.addr.0646 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %707 = shl nuw nsw i64 %i10.addr.0646, 5
  %708 = getelementptr inbounds float, ptr %dS, i64 %707
  %709 = load <8 x float>, ptr %708, align 4
  %710 = or disjoint i64 %707, 8
  %711 = getelementptr inbounds float, ptr %dS, i64 %710
  %712 = load <8 x float>, ptr %711, align 4
  %713 = or disjoint i64 %707, 16
  %714 = getelementptr inbounds float, ptr %dS, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = or disjoint i64 %707, 24
  %717 = getelementptr inbounds float, ptr %dS, i64 %716
  %718 = load <8 x float>, ptr %717, align 4
  %719 = getelementptr float, ptr %kh, i64 %i10.addr.0646
  %720 = getelementptr float, ptr %719, i64 %675
  %721 = load float, ptr %720, align 4
  %722 = fmul float %674, %721
  %723 = load <8 x float>, ptr %dSkPrev, align 4
  %724 = add nuw nsw i64 %707, %676
  %725 = getelementptr inbounds float, ptr %Sh, i64 %724
  %726 = load <8 x float>, ptr %725, align 4
  %727 = load <8 x float>, ptr %678, align 4
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %727, <8 x float> zeroinitializer)
  %729 = fneg <8 x float> %726
  %730 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %729, <8 x float> %723, <8 x float> %728)
  %731 = insertelement <8 x float> poison, float %722, i64 0
  %732 = shufflevector <8 x float> %731, <8 x float> poison, <8 x i32> zeroinitializer
  %733 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %723, <8 x float> %709)
  %734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> %726, <8 x float> %dgacc.0651)
  %735 = fmul <8 x float> %680, %733
  %736 = load <8 x float>, ptr %13, align 4
  %737 = or disjoint i64 %724, 8
  %738 = getelementptr inbounds float, ptr %Sh, i64 %737
  %739 = load <8 x float>, ptr %738, align 4
  %740 = load <8 x float>, ptr %682, align 4
  %741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %740, <8 x float> %730)
  %742 = fneg <8 x float> %739
  %743 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> %736, <8 x float> %741)
  %744 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %736, <8 x float> %712)
  %745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %744, <8 x float> %739, <8 x float> %734)
  %746 = fmul <8 x float> %680, %744
  %747 = load <8 x float>, ptr %14, align 4
  %748 = or disjoint i64 %724, 16
  %749 = getelementptr inbounds float, ptr %Sh, i64 %748
  %750 = load <8 x float>, ptr %749, align 4
  %751 = load <8 x float>, ptr %684, align 4
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %715, <8 x float> %751, <8 x float> %743)
  %753 = fneg <8 x float> %750
  %754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> %747, <8 x float> %752)
  %755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %747, <8 x float> %715)
  %756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %755, <8 x float> %750, <8 x float> %745)
  %757 = fmul <8 x float> %680, %755
  %758 = load <8 x float>, ptr %15, align 4
  %759 = or disjoint i64 %724, 24
  %760 = getelementptr inbounds float, ptr %Sh, i64 %759
  %761 = load <8 x float>, ptr %760, align 4
  %762 = load <8 x float>, ptr %686, align 4
  %763 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %762, <8 x float> %754)
  %764 = fneg <8 x float> %761
  %765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> %758, <8 x float> %763)
  %766 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> %758, <8 x float> %718)
  %767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %761, <8 x float> %756)
  %768 = fmul <8 x float> %680, %766
  %769 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0646
  %770 = load float, ptr %769, align 4
  %771 = shufflevector <8 x float> %765, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %772 = shufflevector <8 x float> %765, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %773 = fadd <4 x float> %771, %772
  %774 = shufflevector <4 x float> %773, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %775 = shufflevector <4 x float> %773, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %776 = fadd <2 x float> %774, %775
  %shift804 = shufflevector <2 x float> %776, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %777 = fadd <2 x float> %776, %shift804
  %778 = extractelement <2 x float> %777, i64 0
  %779 = fadd float %770, %778
  store float %779, ptr %769, align 4
  %780 = or disjoint i64 %i10.addr.0646, %688
  %781 = getelementptr inbounds float, ptr %qh, i64 %780
  %782 = load float, ptr %781, align 4
  %783 = fmul float %782, 0x3FC6A09E60000000
  %784 = insertelement <8 x float> poison, float %783, i64 0
  %785 = shufflevector <8 x float> %784, <8 x float> poison, <8 x i32> zeroinitializer
  %786 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %785, <8 x float> %690, <8 x float> %735)
  %787 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %785, <8 x float> %693, <8 x float> %746)
  %788 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %785, <8 x float> %696, <8 x float> %757)
  %789 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %785, <8 x float> %699, <8 x float> %768)
  %790 = getelementptr float, ptr %719, i64 %702
  %791 = load float, ptr %790, align 4
  %792 = insertelement <8 x float> poison, float %791, i64 0
  %793 = shufflevector <8 x float> %792, <8 x float> poison, <8 x i32> zeroinitializer
  %794 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %786, <8 x float> %dsk.0650)
  %795 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %787, <8 x float> %dsk1.0649)
  %796 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %788, <8 x float> %dsk2.0648)
  %797 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %789, <8 x float> %dsk3.0647)
  store <8 x float> %786, ptr %708, align 4
  store <8 x float> %787, ptr %711, align 4
  store <8 x float> %788, ptr %714, align 4
  store <8 x float> %789, ptr %717, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0646, 1
  %exitcond727.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond727.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %794, ptr %dSk, align 4
  store <8 x float> %795, ptr %16, align 4
  store <8 x float> %796, ptr %17, align 4
  store <8 x float> %797, ptr %18, align 4
  br i1 %672, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %798 = insertelement <8 x float> poison, float %669, i64 0
  %799 = shufflevector <8 x float> %798, <8 x float> poison, <8 x i32> zeroinitializer
  %800 = load <8 x float>, ptr %dkTmp, align 4
  %801 = fmul <8 x float> %799, %800
  %802 = getelementptr float, ptr %kh1, i64 %675
  store <8 x float> %801, ptr %802, align 4
  %803 = load <8 x float>, ptr %32, align 4
  %804 = fmul <8 x float> %799, %803
  %805 = getelementptr float, ptr %59, i64 %675
  store <8 x float> %804, ptr %805, align 4
  %806 = load <8 x float>, ptr %33, align 4
  %807 = fmul <8 x float> %799, %806
  %808 = getelementptr float, ptr %60, i64 %675
  store <8 x float> %807, ptr %808, align 4
  %809 = load <8 x float>, ptr %34, align 4
  %810 = fmul <8 x float> %799, %809
  %811 = getelementptr float, ptr %61, i64 %675
  store <8 x float> %810, ptr %811, align 4
  %812 = shufflevector <8 x float> %767, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %813 = shufflevector <8 x float> %767, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %814 = fadd <4 x float> %812, %813
  %815 = shufflevector <4 x float> %814, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %816 = shufflevector <4 x float> %814, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %817 = fadd <2 x float> %815, %816
  %shift805 = shufflevector <2 x float> %817, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %818 = fadd <2 x float> %817, %shift805
  %819 = extractelement <2 x float> %818, i64 0
  %820 = mul nsw i64 %665, %H
  %821 = getelementptr inbounds float, ptr %gh1, i64 %820
  store float %819, ptr %821, align 4
  br label %endif

endif:                                            ; preds = %i10.exit, %j5.head.preheader
  %822 = mul nsw i64 %701, %H
  %823 = getelementptr inbounds float, ptr %betah, i64 %822
  %824 = load float, ptr %823, align 4
  %825 = insertelement <8 x float> poison, float %824, i64 0
  %826 = shufflevector <8 x float> %825, <8 x float> poison, <8 x i32> zeroinitializer
  %827 = fmul <8 x float> %826, %794
  %828 = getelementptr float, ptr %vh1, i64 %702
  store <8 x float> %827, ptr %828, align 4
  %829 = fmul <8 x float> %826, %795
  %830 = getelementptr float, ptr %62, i64 %702
  store <8 x float> %829, ptr %830, align 4
  %831 = fmul <8 x float> %826, %796
  %832 = getelementptr float, ptr %63, i64 %702
  store <8 x float> %831, ptr %832, align 4
  %833 = fmul <8 x float> %826, %797
  %834 = getelementptr float, ptr %64, i64 %702
  store <8 x float> %833, ptr %834, align 4
  %.idx678 = shl i64 %tl3, 8
  %835 = getelementptr i8, ptr %R, i64 %.idx678
  %836 = getelementptr i8, ptr %835, i64 128
  %837 = load <8 x float>, ptr %836, align 4
  %838 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> %837, <8 x float> zeroinitializer)
  %839 = getelementptr i8, ptr %35, i64 %.idx678
  %840 = getelementptr i8, ptr %839, i64 128
  %841 = load <8 x float>, ptr %840, align 4
  %842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %795, <8 x float> %841, <8 x float> %838)
  %843 = getelementptr i8, ptr %36, i64 %.idx678
  %844 = getelementptr i8, ptr %843, i64 128
  %845 = load <8 x float>, ptr %844, align 4
  %846 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> %845, <8 x float> %842)
  %847 = getelementptr i8, ptr %37, i64 %.idx678
  %848 = getelementptr i8, ptr %847, i64 128
  %849 = load <8 x float>, ptr %848, align 4
  %850 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> %849, <8 x float> %846)
  %851 = shufflevector <8 x float> %850, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %852 = shufflevector <8 x float> %850, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %853 = fadd <4 x float> %851, %852
  %854 = shufflevector <4 x float> %853, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %855 = shufflevector <4 x float> %853, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %856 = fadd <2 x float> %854, %855
  %shift806 = shufflevector <2 x float> %856, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %857 = fadd <2 x float> %856, %shift806
  %858 = extractelement <2 x float> %857, i64 0
  %859 = getelementptr inbounds float, ptr %betah1, i64 %822
  store float %858, ptr %859, align 4
  store <8 x float> %794, ptr %dSkPrev, align 4
  store <8 x float> %795, ptr %38, align 4
  store <8 x float> %796, ptr %39, align 4
  store <8 x float> %797, ptr %40, align 4
  %860 = mul nsw i64 %700, %H
  %861 = getelementptr inbounds float, ptr %betah, i64 %860
  %862 = load float, ptr %861, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %863 = fneg float %824
  %864 = mul nsw i64 %700, %sq
  %865 = shl nsw i64 %tl3, 10
  %866 = shl i64 %tl3, 6
  %867 = getelementptr inbounds float, ptr %R, i64 %866
  %868 = or disjoint i64 %866, 32
  %869 = getelementptr inbounds float, ptr %R, i64 %868
  %870 = or disjoint i64 %866, 8
  %871 = getelementptr inbounds float, ptr %R, i64 %870
  %872 = or disjoint i64 %866, 40
  %873 = getelementptr inbounds float, ptr %R, i64 %872
  %874 = or disjoint i64 %866, 16
  %875 = getelementptr inbounds float, ptr %R, i64 %874
  %876 = or disjoint i64 %866, 48
  %877 = getelementptr inbounds float, ptr %R, i64 %876
  %878 = or disjoint i64 %866, 24
  %879 = getelementptr inbounds float, ptr %R, i64 %878
  %880 = or disjoint i64 %866, 56
  %881 = getelementptr inbounds float, ptr %R, i64 %880
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0662 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0661 = phi <8 x float> [ zeroinitializer, %endif ], [ %965, %i16.body ]
  %dsk6.0660 = phi <8 x float> [ zeroinitializer, %endif ], [ %964, %i16.body ]
  %dsk5.0659 = phi <8 x float> [ zeroinitializer, %endif ], [ %963, %i16.body ]
  %dsk4.0658 = phi <8 x float> [ zeroinitializer, %endif ], [ %962, %i16.body ]
  %882 = shl nuw nsw i64 %i16.addr.0662, 5
  %883 = getelementptr inbounds float, ptr %dS, i64 %882
  %884 = load <8 x float>, ptr %883, align 4
  %885 = or disjoint i64 %882, 8
  %886 = getelementptr inbounds float, ptr %dS, i64 %885
  %887 = load <8 x float>, ptr %886, align 4
  %888 = or disjoint i64 %882, 16
  %889 = getelementptr inbounds float, ptr %dS, i64 %888
  %890 = load <8 x float>, ptr %889, align 4
  %891 = or disjoint i64 %882, 24
  %892 = getelementptr inbounds float, ptr %dS, i64 %891
  %893 = load <8 x float>, ptr %892, align 4
  %894 = getelementptr float, ptr %kh, i64 %i16.addr.0662
  %895 = getelementptr float, ptr %894, i64 %702
  %896 = load float, ptr %895, align 4
  %897 = fmul float %896, %863
  %898 = getelementptr float, ptr %894, i64 %864
  %899 = load float, ptr %898, align 4
  %900 = fmul float %862, %899
  %901 = load <8 x float>, ptr %dSkPrev, align 4
  %902 = add nuw nsw i64 %882, %865
  %903 = getelementptr inbounds float, ptr %Sh, i64 %902
  %904 = load <8 x float>, ptr %903, align 4
  %905 = load <8 x float>, ptr %867, align 4
  %906 = insertelement <8 x float> poison, float %900, i64 0
  %907 = shufflevector <8 x float> %906, <8 x float> poison, <8 x i32> zeroinitializer
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %905, <8 x float> %904)
  %909 = load <8 x float>, ptr %869, align 4
  %910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %884, <8 x float> %909, <8 x float> zeroinitializer)
  %911 = fneg <8 x float> %908
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %901, <8 x float> %910)
  %913 = insertelement <8 x float> poison, float %897, i64 0
  %914 = shufflevector <8 x float> %913, <8 x float> poison, <8 x i32> zeroinitializer
  %915 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %901, <8 x float> %884)
  %916 = load <8 x float>, ptr %13, align 4
  %917 = or disjoint i64 %902, 8
  %918 = getelementptr inbounds float, ptr %Sh, i64 %917
  %919 = load <8 x float>, ptr %918, align 4
  %920 = load <8 x float>, ptr %871, align 4
  %921 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %920, <8 x float> %919)
  %922 = load <8 x float>, ptr %873, align 4
  %923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> %922, <8 x float> %912)
  %924 = fneg <8 x float> %921
  %925 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %924, <8 x float> %916, <8 x float> %923)
  %926 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %916, <8 x float> %887)
  %927 = load <8 x float>, ptr %14, align 4
  %928 = or disjoint i64 %902, 16
  %929 = getelementptr inbounds float, ptr %Sh, i64 %928
  %930 = load <8 x float>, ptr %929, align 4
  %931 = load <8 x float>, ptr %875, align 4
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %931, <8 x float> %930)
  %933 = load <8 x float>, ptr %877, align 4
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %890, <8 x float> %933, <8 x float> %925)
  %935 = fneg <8 x float> %932
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> %927, <8 x float> %934)
  %937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %927, <8 x float> %890)
  %938 = load <8 x float>, ptr %15, align 4
  %939 = or disjoint i64 %902, 24
  %940 = getelementptr inbounds float, ptr %Sh, i64 %939
  %941 = load <8 x float>, ptr %940, align 4
  %942 = load <8 x float>, ptr %879, align 4
  %943 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> %942, <8 x float> %941)
  %944 = load <8 x float>, ptr %881, align 4
  %945 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> %944, <8 x float> %936)
  %946 = fneg <8 x float> %943
  %947 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %946, <8 x float> %938, <8 x float> %945)
  %948 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %938, <8 x float> %893)
  %949 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0662
  %950 = load float, ptr %949, align 4
  %951 = shufflevector <8 x float> %947, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %952 = shufflevector <8 x float> %947, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %953 = fadd <4 x float> %951, %952
  %954 = shufflevector <4 x float> %953, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %955 = shufflevector <4 x float> %953, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %956 = fadd <2 x float> %954, %955
  %shift807 = shufflevector <2 x float> %956, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %957 = fadd <2 x float> %956, %shift807
  %958 = extractelement <2 x float> %957, i64 0
  %959 = fadd float %950, %958
  store float %959, ptr %949, align 4
  %960 = insertelement <8 x float> poison, float %899, i64 0
  %961 = shufflevector <8 x float> %960, <8 x float> poison, <8 x i32> zeroinitializer
  %962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %915, <8 x float> %dsk4.0658)
  %963 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %926, <8 x float> %dsk5.0659)
  %964 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %937, <8 x float> %dsk6.0660)
  %965 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> %948, <8 x float> %dsk7.0661)
  store <8 x float> %915, ptr %883, align 4
  store <8 x float> %926, ptr %886, align 4
  store <8 x float> %937, ptr %889, align 4
  store <8 x float> %948, ptr %892, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0662, 1
  %exitcond728.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond728.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %962, ptr %dSk, align 4
  store <8 x float> %963, ptr %16, align 4
  store <8 x float> %964, ptr %17, align 4
  store <8 x float> %965, ptr %18, align 4
  %966 = load <8 x float>, ptr %dkTmp, align 4
  %967 = fmul <8 x float> %826, %966
  %968 = getelementptr float, ptr %kh1, i64 %702
  store <8 x float> %967, ptr %968, align 4
  %969 = load <8 x float>, ptr %41, align 4
  %970 = fmul <8 x float> %826, %969
  %971 = getelementptr float, ptr %65, i64 %702
  store <8 x float> %970, ptr %971, align 4
  %972 = load <8 x float>, ptr %42, align 4
  %973 = fmul <8 x float> %826, %972
  %974 = getelementptr float, ptr %66, i64 %702
  store <8 x float> %973, ptr %974, align 4
  %975 = load <8 x float>, ptr %43, align 4
  %976 = fmul <8 x float> %826, %975
  %977 = getelementptr float, ptr %67, i64 %702
  store <8 x float> %976, ptr %977, align 4
  %978 = insertelement <8 x float> poison, float %862, i64 0
  %979 = shufflevector <8 x float> %978, <8 x float> poison, <8 x i32> zeroinitializer
  %980 = fmul <8 x float> %979, %962
  %981 = getelementptr float, ptr %vh1, i64 %864
  store <8 x float> %980, ptr %981, align 4
  %982 = fmul <8 x float> %979, %963
  %983 = getelementptr float, ptr %62, i64 %864
  store <8 x float> %982, ptr %983, align 4
  %984 = fmul <8 x float> %979, %964
  %985 = getelementptr float, ptr %63, i64 %864
  store <8 x float> %984, ptr %985, align 4
  %986 = fmul <8 x float> %979, %965
  %987 = getelementptr float, ptr %64, i64 %864
  store <8 x float> %986, ptr %987, align 4
  %988 = load <8 x float>, ptr %835, align 4
  %989 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> %988, <8 x float> zeroinitializer)
  %990 = load <8 x float>, ptr %839, align 4
  %991 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %963, <8 x float> %990, <8 x float> %989)
  %992 = load <8 x float>, ptr %843, align 4
  %993 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %964, <8 x float> %992, <8 x float> %991)
  %994 = load <8 x float>, ptr %847, align 4
  %995 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %965, <8 x float> %994, <8 x float> %993)
  %996 = shufflevector <8 x float> %995, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %997 = shufflevector <8 x float> %995, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %998 = fadd <4 x float> %996, %997
  %999 = shufflevector <4 x float> %998, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1000 = shufflevector <4 x float> %998, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1001 = fadd <2 x float> %999, %1000
  %shift808 = shufflevector <2 x float> %1001, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1002 = fadd <2 x float> %1001, %shift808
  %1003 = extractelement <2 x float> %1002, i64 0
  %1004 = getelementptr inbounds float, ptr %betah1, i64 %860
  store float %1003, ptr %1004, align 4
  store <8 x float> %962, ptr %dSkPrev, align 4
  store <8 x float> %963, ptr %38, align 4
  store <8 x float> %964, ptr %39, align 4
  store <8 x float> %965, ptr %40, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0668, 1
  %exitcond731.not = icmp eq i64 %tt.next, %smax730
  br i1 %exitcond731.not, label %tt.exit, label %tt.body

j13.head.preheader:                               ; preds = %i22.body
  %1005 = load <8 x float>, ptr %dkTmp, align 4
  %1006 = fmul <8 x float> %246, %1005
  %1007 = getelementptr inbounds float, ptr %kh1, i64 %241
  store <8 x float> %1006, ptr %1007, align 4
  %1008 = load <8 x float>, ptr %44, align 4
  %1009 = fmul <8 x float> %246, %1008
  %1010 = getelementptr inbounds float, ptr %kh1, i64 %248
  store <8 x float> %1009, ptr %1010, align 4
  %1011 = load <8 x float>, ptr %45, align 4
  %1012 = fmul <8 x float> %246, %1011
  %1013 = getelementptr inbounds float, ptr %kh1, i64 %253
  store <8 x float> %1012, ptr %1013, align 4
  %1014 = load <8 x float>, ptr %46, align 4
  %1015 = fmul <8 x float> %246, %1014
  %1016 = getelementptr inbounds float, ptr %kh1, i64 %258
  store <8 x float> %1015, ptr %1016, align 4
  %1017 = shufflevector <8 x float> %1083, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1018 = shufflevector <8 x float> %1083, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1019 = fadd <4 x float> %1017, %1018
  %1020 = shufflevector <4 x float> %1019, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1021 = shufflevector <4 x float> %1019, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1022 = fadd <2 x float> %1020, %1021
  %shift809 = shufflevector <2 x float> %1022, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1023 = fadd <2 x float> %1022, %shift809
  %1024 = extractelement <2 x float> %1023, i64 0
  %1025 = mul nsw i64 %t0, %H
  %1026 = getelementptr inbounds float, ptr %gh1, i64 %1025
  store float %1024, ptr %1026, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0673, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond734.not = icmp eq i64 %cc.next, %smax733
  br i1 %exitcond734.not, label %i24.head.preheader, label %cc.body

i22.body:                                         ; preds = %tt.exit, %i22.body
  %i22.addr.0671 = phi i64 [ 0, %tt.exit ], [ %i22.next, %i22.body ]
  %dgacc1.0670 = phi <8 x float> [ zeroinitializer, %tt.exit ], [ %1083, %i22.body ]
  %1027 = shl nuw nsw i64 %i22.addr.0671, 5
  %1028 = getelementptr inbounds float, ptr %dS, i64 %1027
  %1029 = load <8 x float>, ptr %1028, align 4
  %1030 = or disjoint i64 %1027, 8
  %1031 = getelementptr inbounds float, ptr %dS, i64 %1030
  %1032 = load <8 x float>, ptr %1031, align 4
  %1033 = or disjoint i64 %1027, 16
  %1034 = getelementptr inbounds float, ptr %dS, i64 %1033
  %1035 = load <8 x float>, ptr %1034, align 4
  %1036 = or disjoint i64 %1027, 24
  %1037 = getelementptr inbounds float, ptr %dS, i64 %1036
  %1038 = load <8 x float>, ptr %1037, align 4
  %1039 = or disjoint i64 %i22.addr.0671, %241
  %1040 = getelementptr inbounds float, ptr %kh, i64 %1039
  %1041 = load float, ptr %1040, align 4
  %1042 = fmul float %1041, %704
  %1043 = load <8 x float>, ptr %dSkPrev, align 4
  %1044 = getelementptr inbounds float, ptr %Sh, i64 %1027
  %1045 = load <8 x float>, ptr %1044, align 4
  %1046 = load <8 x float>, ptr %R, align 4
  %1047 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1029, <8 x float> %1046, <8 x float> zeroinitializer)
  %1048 = fneg <8 x float> %1045
  %1049 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> %1043, <8 x float> %1047)
  %1050 = insertelement <8 x float> poison, float %1042, i64 0
  %1051 = shufflevector <8 x float> %1050, <8 x float> poison, <8 x i32> zeroinitializer
  %1052 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1043, <8 x float> %1029)
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1045, <8 x float> %dgacc1.0670)
  %1054 = fmul <8 x float> %706, %1052
  %1055 = load <8 x float>, ptr %13, align 4
  %1056 = getelementptr inbounds float, ptr %Sh, i64 %1030
  %1057 = load <8 x float>, ptr %1056, align 4
  %1058 = load <8 x float>, ptr %5, align 4
  %1059 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1032, <8 x float> %1058, <8 x float> %1049)
  %1060 = fneg <8 x float> %1057
  %1061 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1060, <8 x float> %1055, <8 x float> %1059)
  %1062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1055, <8 x float> %1032)
  %1063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1062, <8 x float> %1057, <8 x float> %1053)
  %1064 = fmul <8 x float> %706, %1062
  %1065 = load <8 x float>, ptr %14, align 4
  %1066 = getelementptr inbounds float, ptr %Sh, i64 %1033
  %1067 = load <8 x float>, ptr %1066, align 4
  %1068 = load <8 x float>, ptr %6, align 4
  %1069 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %1068, <8 x float> %1061)
  %1070 = fneg <8 x float> %1067
  %1071 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1070, <8 x float> %1065, <8 x float> %1069)
  %1072 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1065, <8 x float> %1035)
  %1073 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1072, <8 x float> %1067, <8 x float> %1063)
  %1074 = fmul <8 x float> %706, %1072
  %1075 = load <8 x float>, ptr %15, align 4
  %1076 = getelementptr inbounds float, ptr %Sh, i64 %1036
  %1077 = load <8 x float>, ptr %1076, align 4
  %1078 = load <8 x float>, ptr %7, align 4
  %1079 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> %1078, <8 x float> %1071)
  %1080 = fneg <8 x float> %1077
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1080, <8 x float> %1075, <8 x float> %1079)
  %1082 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1075, <8 x float> %1038)
  %1083 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1082, <8 x float> %1077, <8 x float> %1073)
  %1084 = fmul <8 x float> %706, %1082
  %1085 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0671
  %1086 = load float, ptr %1085, align 4
  %1087 = shufflevector <8 x float> %1081, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1088 = shufflevector <8 x float> %1081, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1089 = fadd <4 x float> %1087, %1088
  %1090 = shufflevector <4 x float> %1089, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1091 = shufflevector <4 x float> %1089, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1092 = fadd <2 x float> %1090, %1091
  %shift810 = shufflevector <2 x float> %1092, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1093 = fadd <2 x float> %1092, %shift810
  %1094 = extractelement <2 x float> %1093, i64 0
  %1095 = fadd float %1086, %1094
  store float %1095, ptr %1085, align 4
  store <8 x float> %1054, ptr %1028, align 4
  store <8 x float> %1064, ptr %1031, align 4
  store <8 x float> %1074, ptr %1034, align 4
  store <8 x float> %1084, ptr %1037, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0671, 1
  %exitcond732.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond732.not, label %j13.head.preheader, label %i22.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.rint.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #1

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
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.rint.v8f32(<8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.unroll.disable"}
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
  %93 = tail call float @llvm.maxnum.f32(float %92, float 0xC055D51EC0000000)
  %94 = tail call float @llvm.minnum.f32(float %93, float 8.800000e+01)
  %95 = fmul float %94, 0x3FF7154760000000
  %96 = tail call float @llvm.rint.f32(float %95)
  %97 = tail call float @llvm.fma.f32(float %96, float 0xBFE6300000000000, float %94)
  %98 = tail call float @llvm.fma.f32(float %96, float 0x3F2BD01060000000, float %97)
  %99 = tail call float @llvm.fma.f32(float %98, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %100 = tail call float @llvm.fma.f32(float %99, float %98, float 0x3F81112100000000)
  %101 = tail call float @llvm.fma.f32(float %100, float %98, float 0x3FA5553820000000)
  %102 = tail call float @llvm.fma.f32(float %101, float %98, float 0x3FC5555540000000)
  %103 = tail call float @llvm.fma.f32(float %102, float %98, float 5.000000e-01)
  %104 = fmul float %98, %98
  %105 = tail call float @llvm.fma.f32(float %103, float %104, float %98)
  %106 = fadd float %105, 1.000000e+00
  %107 = fptosi float %96 to i32
  %108 = shl i32 %107, 23
  %109 = add i32 %108, 1065353216
  %110 = bitcast i32 %109 to float
  %111 = fmul float %106, %110
  %112 = load float, ptr %betah, align 4
  %113 = load <8 x float>, ptr %vh, align 4
  %114 = fadd <8 x float> %78, %57
  %115 = insertelement <8 x float> poison, float %111, i64 0
  %116 = shufflevector <8 x float> %115, <8 x float> poison, <8 x i32> zeroinitializer
  %117 = fmul <8 x float> %114, %116
  %118 = fsub <8 x float> %113, %117
  %119 = insertelement <8 x float> poison, float %112, i64 0
  %120 = shufflevector <8 x float> %119, <8 x float> poison, <8 x i32> zeroinitializer
  %121 = fmul <8 x float> %120, %118
  %122 = getelementptr inbounds i8, ptr %vh, i64 32
  %123 = load <8 x float>, ptr %122, align 4
  %124 = fadd <8 x float> %82, %61
  %125 = fmul <8 x float> %124, %116
  %126 = fsub <8 x float> %123, %125
  %127 = fmul <8 x float> %120, %126
  %128 = getelementptr inbounds i8, ptr %vh, i64 64
  %129 = load <8 x float>, ptr %128, align 4
  %130 = fadd <8 x float> %86, %65
  %131 = fmul <8 x float> %130, %116
  %132 = fsub <8 x float> %129, %131
  %133 = fmul <8 x float> %120, %132
  %134 = getelementptr inbounds i8, ptr %vh, i64 96
  %135 = load <8 x float>, ptr %134, align 4
  %136 = fadd <8 x float> %90, %69
  %137 = fmul <8 x float> %136, %116
  %138 = fsub <8 x float> %135, %137
  %139 = fmul <8 x float> %120, %138
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc836.0214 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %154, %i1.body ]
  %acc9.0213 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %160, %i1.body ]
  %acc10.0212 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %166, %i1.body ]
  %acc11.0211 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %172, %i1.body ]
  %acc12.0210 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %188, %i1.body ]
  %acc13.0209 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %194, %i1.body ]
  %i1.addr.0208 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0207 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %206, %i1.body ]
  %acc14.0206 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %200, %i1.body ]
  %140 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0208
  %141 = load float, ptr %140, align 4
  %142 = or disjoint i64 %i1.addr.0208, %sq
  %143 = getelementptr inbounds float, ptr %kh, i64 %142
  %144 = load float, ptr %143, align 4
  %145 = insertelement <8 x float> poison, float %141, i64 0
  %146 = shufflevector <8 x float> %145, <8 x float> poison, <8 x i32> zeroinitializer
  %147 = shl nuw nsw i64 %i1.addr.0208, 5
  %148 = getelementptr inbounds float, ptr %S, i64 %147
  %149 = load <8 x float>, ptr %148, align 4
  %150 = fmul <8 x float> %116, %149
  %151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %121, <8 x float> %150)
  store <8 x float> %151, ptr %148, align 4
  %152 = insertelement <8 x float> poison, float %144, i64 0
  %153 = shufflevector <8 x float> %152, <8 x float> poison, <8 x i32> zeroinitializer
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %151, <8 x float> %acc836.0214)
  %155 = or disjoint i64 %147, 8
  %156 = getelementptr inbounds float, ptr %S, i64 %155
  %157 = load <8 x float>, ptr %156, align 4
  %158 = fmul <8 x float> %116, %157
  %159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %127, <8 x float> %158)
  store <8 x float> %159, ptr %156, align 4
  %160 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %159, <8 x float> %acc9.0213)
  %161 = or disjoint i64 %147, 16
  %162 = getelementptr inbounds float, ptr %S, i64 %161
  %163 = load <8 x float>, ptr %162, align 4
  %164 = fmul <8 x float> %116, %163
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %133, <8 x float> %164)
  store <8 x float> %165, ptr %162, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %165, <8 x float> %acc10.0212)
  %167 = or disjoint i64 %147, 24
  %168 = getelementptr inbounds float, ptr %S, i64 %167
  %169 = load <8 x float>, ptr %168, align 4
  %170 = fmul <8 x float> %116, %169
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %139, <8 x float> %170)
  store <8 x float> %171, ptr %168, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %153, <8 x float> %171, <8 x float> %acc11.0211)
  %173 = or disjoint i64 %i1.addr.0208, 1
  %174 = getelementptr inbounds float, ptr %kh, i64 %173
  %175 = load float, ptr %174, align 4
  %176 = or disjoint i64 %173, %sq
  %177 = getelementptr inbounds float, ptr %kh, i64 %176
  %178 = load float, ptr %177, align 4
  %179 = insertelement <8 x float> poison, float %175, i64 0
  %180 = shufflevector <8 x float> %179, <8 x float> poison, <8 x i32> zeroinitializer
  %181 = shl nuw nsw i64 %173, 5
  %182 = getelementptr inbounds float, ptr %S, i64 %181
  %183 = load <8 x float>, ptr %182, align 4
  %184 = fmul <8 x float> %116, %183
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %121, <8 x float> %184)
  store <8 x float> %185, ptr %182, align 4
  %186 = insertelement <8 x float> poison, float %178, i64 0
  %187 = shufflevector <8 x float> %186, <8 x float> poison, <8 x i32> zeroinitializer
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %185, <8 x float> %acc12.0210)
  %189 = or disjoint i64 %181, 8
  %190 = getelementptr inbounds float, ptr %S, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = fmul <8 x float> %116, %191
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %127, <8 x float> %192)
  store <8 x float> %193, ptr %190, align 4
  %194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %193, <8 x float> %acc13.0209)
  %195 = or disjoint i64 %181, 16
  %196 = getelementptr inbounds float, ptr %S, i64 %195
  %197 = load <8 x float>, ptr %196, align 4
  %198 = fmul <8 x float> %116, %197
  %199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %133, <8 x float> %198)
  store <8 x float> %199, ptr %196, align 4
  %200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %199, <8 x float> %acc14.0206)
  %201 = or disjoint i64 %181, 24
  %202 = getelementptr inbounds float, ptr %S, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = fmul <8 x float> %116, %203
  %205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> %139, <8 x float> %204)
  store <8 x float> %205, ptr %202, align 4
  %206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %187, <8 x float> %205, <8 x float> %acc15.0207)
  %i1.next = add nuw nsw i64 %i1.addr.0208, 2
  %207 = icmp ult i64 %i1.addr.0208, 30
  br i1 %207, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %208 = getelementptr inbounds float, ptr %betah, i64 %H
  %209 = load float, ptr %208, align 4
  %210 = getelementptr inbounds float, ptr %vh, i64 %sq
  %211 = load <8 x float>, ptr %210, align 4
  %212 = fadd <8 x float> %188, %154
  %213 = fsub <8 x float> %211, %212
  %214 = insertelement <8 x float> poison, float %209, i64 0
  %215 = shufflevector <8 x float> %214, <8 x float> poison, <8 x i32> zeroinitializer
  %216 = fmul <8 x float> %215, %213
  %217 = getelementptr inbounds float, ptr %vh, i64 %2
  %218 = load <8 x float>, ptr %217, align 4
  %219 = fadd <8 x float> %194, %160
  %220 = fsub <8 x float> %218, %219
  %221 = fmul <8 x float> %215, %220
  %222 = getelementptr inbounds float, ptr %vh, i64 %3
  %223 = load <8 x float>, ptr %222, align 4
  %224 = fadd <8 x float> %200, %166
  %225 = fsub <8 x float> %223, %224
  %226 = fmul <8 x float> %215, %225
  %227 = getelementptr inbounds float, ptr %vh, i64 %4
  %228 = load <8 x float>, ptr %227, align 4
  %229 = fadd <8 x float> %206, %172
  %230 = fsub <8 x float> %228, %229
  %231 = fmul <8 x float> %215, %230
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0223 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc19.0218 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %289, %i2.body ]
  %acc18.0217 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %284, %i2.body ]
  %acc17.0216 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %279, %i2.body ]
  %acc16.0215 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %274, %i2.body ]
  %232 = or disjoint i64 %i2.addr.0223, %sq
  %233 = getelementptr inbounds float, ptr %kh, i64 %232
  %234 = load float, ptr %233, align 4
  %235 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0223
  %236 = load float, ptr %235, align 4
  %237 = insertelement <8 x float> poison, float %234, i64 0
  %238 = shufflevector <8 x float> %237, <8 x float> poison, <8 x i32> zeroinitializer
  %239 = shl nuw nsw i64 %i2.addr.0223, 5
  %240 = getelementptr inbounds float, ptr %S, i64 %239
  %241 = load <8 x float>, ptr %240, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %216, <8 x float> %241)
  store <8 x float> %242, ptr %240, align 4
  %243 = insertelement <8 x float> poison, float %236, i64 0
  %244 = shufflevector <8 x float> %243, <8 x float> poison, <8 x i32> zeroinitializer
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %242, <8 x float> %acc16.0215)
  %246 = or disjoint i64 %239, 8
  %247 = getelementptr inbounds float, ptr %S, i64 %246
  %248 = load <8 x float>, ptr %247, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %221, <8 x float> %248)
  store <8 x float> %249, ptr %247, align 4
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %249, <8 x float> %acc17.0216)
  %251 = or disjoint i64 %239, 16
  %252 = getelementptr inbounds float, ptr %S, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %226, <8 x float> %253)
  store <8 x float> %254, ptr %252, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %254, <8 x float> %acc18.0217)
  %256 = or disjoint i64 %239, 24
  %257 = getelementptr inbounds float, ptr %S, i64 %256
  %258 = load <8 x float>, ptr %257, align 4
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %231, <8 x float> %258)
  store <8 x float> %259, ptr %257, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %259, <8 x float> %acc19.0218)
  %i2.next = or disjoint i64 %i2.addr.0223, 1
  %261 = or disjoint i64 %i2.next, %sq
  %262 = getelementptr inbounds float, ptr %kh, i64 %261
  %263 = load float, ptr %262, align 4
  %264 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %265 = load float, ptr %264, align 4
  %266 = insertelement <8 x float> poison, float %263, i64 0
  %267 = shufflevector <8 x float> %266, <8 x float> poison, <8 x i32> zeroinitializer
  %268 = shl nuw nsw i64 %i2.next, 5
  %269 = getelementptr inbounds float, ptr %S, i64 %268
  %270 = load <8 x float>, ptr %269, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %216, <8 x float> %270)
  store <8 x float> %271, ptr %269, align 4
  %272 = insertelement <8 x float> poison, float %265, i64 0
  %273 = shufflevector <8 x float> %272, <8 x float> poison, <8 x i32> zeroinitializer
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %271, <8 x float> %245)
  %275 = or disjoint i64 %268, 8
  %276 = getelementptr inbounds float, ptr %S, i64 %275
  %277 = load <8 x float>, ptr %276, align 4
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %221, <8 x float> %277)
  store <8 x float> %278, ptr %276, align 4
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %278, <8 x float> %250)
  %280 = or disjoint i64 %268, 16
  %281 = getelementptr inbounds float, ptr %S, i64 %280
  %282 = load <8 x float>, ptr %281, align 4
  %283 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %226, <8 x float> %282)
  store <8 x float> %283, ptr %281, align 4
  %284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %283, <8 x float> %255)
  %285 = or disjoint i64 %268, 24
  %286 = getelementptr inbounds float, ptr %S, i64 %285
  %287 = load <8 x float>, ptr %286, align 4
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %231, <8 x float> %287)
  store <8 x float> %288, ptr %286, align 4
  %289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %288, <8 x float> %260)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0223, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %290 = fmul <8 x float> %274, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %290, ptr %oh, align 4
  %291 = fmul <8 x float> %279, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %292 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %291, ptr %292, align 4
  %293 = fmul <8 x float> %284, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %294 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %293, ptr %294, align 4
  %295 = fmul <8 x float> %289, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %296 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %295, ptr %296, align 4
  %bh.next = add nsw i64 %bh.addr.0224, 1
  %exitcond244.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond244.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.rint.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
