; ---- dp_fwd_h2_k32_v32_r16_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r16_gate'
source_filename = "dp_fwd_h2_k32_v32_r16_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r16_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %alphas = getelementptr inbounds i8, ptr %work, i64 4096
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
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
  %bh.addr.0127 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep147 = getelementptr i8, ptr %hT, i64 %10
  %scevgep142 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0127, %H
  %h = srem i64 %bh.addr.0127, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep142, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep162 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t1.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep147, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0127, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond148.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond148.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t1.exit
  %ci.addr.0124 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t1.exit ]
  %17 = shl nuw nsw i64 %ci.addr.0124, 4
  %18 = add nuw i64 %17, 16
  %smin = tail call i64 @llvm.smin.i64(i64 %T, i64 %18)
  %smax175 = tail call i64 @llvm.smax.i64(i64 %smin, i64 %17)
  %19 = mul nsw i64 %ci.addr.0124, -16
  %20 = or disjoint i64 %19, 1
  %21 = add i64 %smax175, %20
  %22 = add i64 %6, %ci.addr.0124
  %23 = shl i64 %22, 12
  %gep163 = getelementptr i8, ptr %invariant.gep162, i64 %23
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep163, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0124, 4
  %24 = add nuw nsw i64 %t0, 16
  %t1 = tail call i64 @llvm.smin.i64(i64 %24, i64 %T)
  %.not104 = icmp sgt i64 %t0, %T
  br i1 %.not104, label %i2.head.preheader, label %t.body.preheader

t.body.preheader:                                 ; preds = %i1.head.preheader
  %min.iters.check = icmp ult i64 %21, 8
  br i1 %min.iters.check, label %t.body.preheader176, label %vector.ph

t.body.preheader176:                              ; preds = %middle.block, %t.body.preheader
  %t.addr.0105.ph = phi i64 [ %t0, %t.body.preheader ], [ %ind.end, %middle.block ]
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
  br i1 %cmp.n, label %i2.head.preheader, label %t.body.preheader176

i2.head.preheader:                                ; preds = %t.body, %middle.block, %i1.head.preheader
  %87 = shl nsw i64 %ci.addr.0124, 5
  %88 = mul nsw i64 %87, %sq
  br label %i2.body

t.body:                                           ; preds = %t.body.preheader176, %t.body
  %t.addr.0105 = phi i64 [ %t.next, %t.body ], [ %t.addr.0105.ph, %t.body.preheader176 ]
  %89 = tail call i64 @llvm.smin.i64(i64 %t.addr.0105, i64 %4)
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
  %112 = sub nuw nsw i64 %t.addr.0105, %t0
  %113 = getelementptr inbounds float, ptr %alphas, i64 %112
  store float %111, ptr %113, align 4
  %t.next = add nuw nsw i64 %t.addr.0105, 1
  %.not.not = icmp slt i64 %t.addr.0105, %t1
  br i1 %.not.not, label %t.body, label %i2.head.preheader, !llvm.loop !3

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0110 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %149, %i2.body ]
  %acc1.0109 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %153, %i2.body ]
  %acc2.0108 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %163, %i2.body ]
  %acc3.0107 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %167, %i2.body ]
  %i2.addr.0106 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %114 = or disjoint i64 %i2.addr.0106, %88
  %115 = getelementptr inbounds float, ptr %kh, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = shl nuw nsw i64 %i2.addr.0106, 5
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = insertelement <16 x float> poison, float %116, i64 0
  %121 = shufflevector <16 x float> %120, <16 x float> poison, <16 x i32> zeroinitializer
  %122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %121, <16 x float> %119, <16 x float> %acc.0110)
  %123 = or disjoint i64 %117, 16
  %124 = getelementptr inbounds float, ptr %work, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %121, <16 x float> %125, <16 x float> %acc1.0109)
  %127 = or disjoint i64 %i2.addr.0106, 1
  %128 = or disjoint i64 %127, %88
  %129 = getelementptr inbounds float, ptr %kh, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = shl nuw nsw i64 %127, 5
  %132 = getelementptr inbounds float, ptr %work, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = insertelement <16 x float> poison, float %130, i64 0
  %135 = shufflevector <16 x float> %134, <16 x float> poison, <16 x i32> zeroinitializer
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %133, <16 x float> %acc2.0108)
  %137 = or disjoint i64 %131, 16
  %138 = getelementptr inbounds float, ptr %work, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %139, <16 x float> %acc3.0107)
  %i2.next = or disjoint i64 %i2.addr.0106, 2
  %141 = or disjoint i64 %i2.next, %88
  %142 = getelementptr inbounds float, ptr %kh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = shl nuw nsw i64 %i2.next, 5
  %145 = getelementptr inbounds float, ptr %work, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = insertelement <16 x float> poison, float %143, i64 0
  %148 = shufflevector <16 x float> %147, <16 x float> poison, <16 x i32> zeroinitializer
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %148, <16 x float> %146, <16 x float> %122)
  %150 = or disjoint i64 %144, 16
  %151 = getelementptr inbounds float, ptr %work, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %148, <16 x float> %152, <16 x float> %126)
  %154 = or disjoint i64 %i2.addr.0106, 3
  %155 = or disjoint i64 %154, %88
  %156 = getelementptr inbounds float, ptr %kh, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = shl nuw nsw i64 %154, 5
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = insertelement <16 x float> poison, float %157, i64 0
  %162 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %160, <16 x float> %136)
  %164 = or disjoint i64 %158, 16
  %165 = getelementptr inbounds float, ptr %work, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %166, <16 x float> %140)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0106, 4
  %168 = icmp ult i64 %i2.next, 30
  br i1 %168, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %169 = icmp slt i64 %t0, %T
  br i1 %169, label %t1.body.preheader, label %t1.exit

t1.body.preheader:                                ; preds = %i2.exit
  %170 = mul nsw i64 %87, %H
  %171 = getelementptr inbounds float, ptr %betah, i64 %170
  %172 = load float, ptr %171, align 4
  %173 = insertelement <16 x float> poison, float %172, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = or disjoint i64 %88, 16
  %176 = getelementptr inbounds float, ptr %vh, i64 %175
  %177 = load <16 x float>, ptr %176, align 4
  %178 = fadd <16 x float> %167, %153
  %179 = load float, ptr %alphas, align 4
  %180 = insertelement <16 x float> poison, float %179, i64 0
  %181 = shufflevector <16 x float> %180, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = fmul <16 x float> %178, %181
  %183 = fsub <16 x float> %177, %182
  %184 = fmul <16 x float> %174, %183
  %185 = getelementptr inbounds float, ptr %vh, i64 %88
  %186 = load <16 x float>, ptr %185, align 4
  %187 = fadd <16 x float> %163, %149
  %188 = fmul <16 x float> %187, %181
  %189 = fsub <16 x float> %186, %188
  %190 = fmul <16 x float> %174, %189
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i4.exit
  %delta.0123 = phi <16 x float> [ %329, %i4.exit ], [ %190, %t1.body.preheader ]
  %delta1.0122 = phi <16 x float> [ %338, %i4.exit ], [ %184, %t1.body.preheader ]
  %t1.addr.0121 = phi i64 [ %194, %i4.exit ], [ %t0, %t1.body.preheader ]
  %191 = sub nuw nsw i64 %t1.addr.0121, %t0
  %192 = getelementptr inbounds float, ptr %alphas, i64 %191
  %193 = load float, ptr %192, align 4
  %194 = add nuw nsw i64 %t1.addr.0121, 1
  %195 = shl nuw nsw i64 %t1.addr.0121, 1
  %196 = mul nsw i64 %195, %sq
  %197 = or disjoint i64 %195, 1
  %198 = mul nsw i64 %197, %sq
  %199 = insertelement <16 x float> poison, float %193, i64 0
  %200 = shufflevector <16 x float> %199, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i3.body

t1.exit:                                          ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0124, 1
  %exitcond145.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond145.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t1.body, %i3.body
  %i3.addr.0115 = phi i64 [ 0, %t1.body ], [ %i3.next, %i3.body ]
  %acc7.0114 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %245, %i3.body ]
  %acc6.0113 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %239, %i3.body ]
  %acc5.0112 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %222, %i3.body ]
  %acc419.0111 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %216, %i3.body ]
  %201 = or disjoint i64 %i3.addr.0115, %196
  %202 = getelementptr inbounds float, ptr %kh, i64 %201
  %203 = load float, ptr %202, align 4
  %204 = or disjoint i64 %i3.addr.0115, %198
  %205 = getelementptr inbounds float, ptr %kh, i64 %204
  %206 = load float, ptr %205, align 4
  %207 = insertelement <16 x float> poison, float %203, i64 0
  %208 = shufflevector <16 x float> %207, <16 x float> poison, <16 x i32> zeroinitializer
  %209 = shl nuw nsw i64 %i3.addr.0115, 5
  %210 = getelementptr inbounds float, ptr %work, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = fmul <16 x float> %200, %211
  %213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %delta.0123, <16 x float> %212)
  store <16 x float> %213, ptr %210, align 4
  %214 = insertelement <16 x float> poison, float %206, i64 0
  %215 = shufflevector <16 x float> %214, <16 x float> poison, <16 x i32> zeroinitializer
  %216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %215, <16 x float> %213, <16 x float> %acc419.0111)
  %217 = or disjoint i64 %209, 16
  %218 = getelementptr inbounds float, ptr %work, i64 %217
  %219 = load <16 x float>, ptr %218, align 4
  %220 = fmul <16 x float> %200, %219
  %221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %delta1.0122, <16 x float> %220)
  store <16 x float> %221, ptr %218, align 4
  %222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %215, <16 x float> %221, <16 x float> %acc5.0112)
  %223 = or disjoint i64 %i3.addr.0115, 1
  %224 = or disjoint i64 %223, %196
  %225 = getelementptr inbounds float, ptr %kh, i64 %224
  %226 = load float, ptr %225, align 4
  %227 = or disjoint i64 %223, %198
  %228 = getelementptr inbounds float, ptr %kh, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = insertelement <16 x float> poison, float %226, i64 0
  %231 = shufflevector <16 x float> %230, <16 x float> poison, <16 x i32> zeroinitializer
  %232 = shl nuw nsw i64 %223, 5
  %233 = getelementptr inbounds float, ptr %work, i64 %232
  %234 = load <16 x float>, ptr %233, align 4
  %235 = fmul <16 x float> %200, %234
  %236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %delta.0123, <16 x float> %235)
  store <16 x float> %236, ptr %233, align 4
  %237 = insertelement <16 x float> poison, float %229, i64 0
  %238 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %236, <16 x float> %acc6.0113)
  %240 = or disjoint i64 %232, 16
  %241 = getelementptr inbounds float, ptr %work, i64 %240
  %242 = load <16 x float>, ptr %241, align 4
  %243 = fmul <16 x float> %200, %242
  %244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %delta1.0122, <16 x float> %243)
  store <16 x float> %244, ptr %241, align 4
  %245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %244, <16 x float> %acc7.0114)
  %i3.next = add nuw nsw i64 %i3.addr.0115, 2
  %246 = icmp ult i64 %i3.addr.0115, 30
  br i1 %246, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %194, i64 %4)
  %247 = mul nsw i64 %197, %H
  %248 = getelementptr inbounds float, ptr %betah, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = getelementptr inbounds float, ptr %vh, i64 %198
  %251 = load <16 x float>, ptr %250, align 4
  %252 = fadd <16 x float> %216, %239
  %253 = fsub <16 x float> %251, %252
  %254 = insertelement <16 x float> poison, float %249, i64 0
  %255 = shufflevector <16 x float> %254, <16 x float> poison, <16 x i32> zeroinitializer
  %256 = fmul <16 x float> %255, %253
  %257 = or disjoint i64 %198, 16
  %258 = getelementptr inbounds float, ptr %vh, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = fadd <16 x float> %222, %245
  %261 = fsub <16 x float> %259, %260
  %262 = fmul <16 x float> %255, %261
  %263 = mul nsw i64 %t1.addr.0121, %sq
  %264 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %263
  %invariant.gep160 = getelementptr float, ptr %kh, i64 %264
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0120 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc11.0119 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %310, %i4.body ]
  %acc10.0118 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %304, %i4.body ]
  %acc9.0117 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %309, %i4.body ]
  %acc8.0116 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %301, %i4.body ]
  %265 = or disjoint i64 %i4.addr.0120, %198
  %266 = getelementptr inbounds float, ptr %kh, i64 %265
  %267 = load float, ptr %266, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0120
  %268 = load float, ptr %gep, align 4
  %gep161 = getelementptr float, ptr %invariant.gep160, i64 %i4.addr.0120
  %269 = load float, ptr %gep161, align 4
  %270 = insertelement <16 x float> poison, float %267, i64 0
  %271 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %272 = shl nuw nsw i64 %i4.addr.0120, 5
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %256, <16 x float> %274)
  store <16 x float> %275, ptr %273, align 4
  %276 = insertelement <16 x float> poison, float %268, i64 0
  %277 = shufflevector <16 x float> %276, <16 x float> poison, <16 x i32> zeroinitializer
  %278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %277, <16 x float> %275, <16 x float> %acc8.0116)
  %279 = insertelement <16 x float> poison, float %269, i64 0
  %280 = shufflevector <16 x float> %279, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %280, <16 x float> %275, <16 x float> %acc10.0118)
  %282 = or disjoint i64 %272, 16
  %283 = getelementptr inbounds float, ptr %work, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %262, <16 x float> %284)
  store <16 x float> %285, ptr %283, align 4
  %286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %277, <16 x float> %285, <16 x float> %acc9.0117)
  %287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %280, <16 x float> %285, <16 x float> %acc11.0119)
  %i4.next = or disjoint i64 %i4.addr.0120, 1
  %288 = or disjoint i64 %i4.next, %198
  %289 = getelementptr inbounds float, ptr %kh, i64 %288
  %290 = load float, ptr %289, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %291 = load float, ptr %gep.1, align 4
  %gep161.1 = getelementptr float, ptr %invariant.gep160, i64 %i4.next
  %292 = load float, ptr %gep161.1, align 4
  %293 = insertelement <16 x float> poison, float %290, i64 0
  %294 = shufflevector <16 x float> %293, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = shl nuw nsw i64 %i4.next, 5
  %296 = getelementptr inbounds float, ptr %work, i64 %295
  %297 = load <16 x float>, ptr %296, align 4
  %298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %256, <16 x float> %297)
  store <16 x float> %298, ptr %296, align 4
  %299 = insertelement <16 x float> poison, float %291, i64 0
  %300 = shufflevector <16 x float> %299, <16 x float> poison, <16 x i32> zeroinitializer
  %301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %300, <16 x float> %298, <16 x float> %278)
  %302 = insertelement <16 x float> poison, float %292, i64 0
  %303 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %303, <16 x float> %298, <16 x float> %281)
  %305 = or disjoint i64 %295, 16
  %306 = getelementptr inbounds float, ptr %work, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  %308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %262, <16 x float> %307)
  store <16 x float> %308, ptr %306, align 4
  %309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %300, <16 x float> %308, <16 x float> %286)
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %303, <16 x float> %308, <16 x float> %287)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0120, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %311 = sub nsw i64 %tn, %t0
  %312 = getelementptr inbounds float, ptr %alphas, i64 %311
  %313 = load float, ptr %312, align 4
  %314 = fmul <16 x float> %301, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %315 = getelementptr inbounds float, ptr %oh, i64 %263
  store <16 x float> %314, ptr %315, align 4
  %316 = shl nsw i64 %tn, 1
  %317 = mul nsw i64 %316, %H
  %318 = getelementptr inbounds float, ptr %betah, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = mul nsw i64 %316, %sq
  %321 = getelementptr inbounds float, ptr %vh, i64 %320
  %322 = load <16 x float>, ptr %321, align 4
  %323 = insertelement <16 x float> poison, float %313, i64 0
  %324 = shufflevector <16 x float> %323, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = fmul <16 x float> %304, %324
  %326 = fsub <16 x float> %322, %325
  %327 = insertelement <16 x float> poison, float %319, i64 0
  %328 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = fmul <16 x float> %328, %326
  %330 = fmul <16 x float> %309, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %331 = or disjoint i64 %263, 16
  %332 = getelementptr inbounds float, ptr %oh, i64 %331
  store <16 x float> %330, ptr %332, align 4
  %333 = or disjoint i64 %320, 16
  %334 = getelementptr inbounds float, ptr %vh, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = fmul <16 x float> %310, %324
  %337 = fsub <16 x float> %335, %336
  %338 = fmul <16 x float> %328, %337
  %339 = icmp slt i64 %194, %t1
  br i1 %339, label %t1.body, label %t1.exit
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
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !2, !1}
; ---- dp_bwd_h2_k32_v32_c16_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c16_gate'
source_filename = "dp_bwd_h2_k32_v32_c16_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c16_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture writeonly %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 22528
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Dt = getelementptr inbounds i8, ptr %work, i64 90752
  %En = getelementptr inbounds i8, ptr %work, i64 92800
  %Gm = getelementptr inbounds i8, ptr %work, i64 57344
  %KSdS = getelementptr inbounds i8, ptr %work, i64 61440
  %KT = getelementptr inbounds i8, ptr %work, i64 49152
  %M = getelementptr inbounds i8, ptr %work, i64 91776
  %OY = getelementptr inbounds i8, ptr %work, i64 43008
  %PT = getelementptr inbounds i8, ptr %work, i64 81920
  %QK = getelementptr inbounds i8, ptr %work, i64 36864
  %QcT = getelementptr inbounds i8, ptr %work, i64 53248
  %Rr = getelementptr inbounds i8, ptr %work, i64 69632
  %Vn = getelementptr inbounds i8, ptr %work, i64 73728
  %VnT = getelementptr inbounds i8, ptr %work, i64 77824
  %alpha = getelementptr inbounds i8, ptr %work, i64 90624
  %bet = getelementptr inbounds i8, ptr %work, i64 90112
  %cRow = getelementptr inbounds i8, ptr %work, i64 90496
  %colZ = getelementptr i8, ptr %work, i64 90368
  %dG = getelementptr inbounds i8, ptr %work, i64 94848
  %dKc = getelementptr inbounds i8, ptr %work, i64 86016
  %dOT = getelementptr inbounds i8, ptr %work, i64 55296
  %dQc = getelementptr inbounds i8, ptr %work, i64 83968
  %dbet = getelementptr i8, ptr %work, i64 90240
  %gam = getelementptr inbounds i8, ptr %work, i64 90688
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 91264
  %5 = getelementptr inbounds i8, ptr %work, i64 90816
  %6 = getelementptr inbounds i8, ptr %work, i64 91328
  %7 = getelementptr inbounds i8, ptr %work, i64 90880
  %8 = getelementptr inbounds i8, ptr %work, i64 91392
  %9 = getelementptr inbounds i8, ptr %work, i64 90944
  %10 = getelementptr inbounds i8, ptr %work, i64 91456
  %11 = getelementptr inbounds i8, ptr %work, i64 91008
  %12 = getelementptr inbounds i8, ptr %work, i64 91520
  %13 = getelementptr inbounds i8, ptr %work, i64 91072
  %14 = getelementptr inbounds i8, ptr %work, i64 91584
  %15 = getelementptr inbounds i8, ptr %work, i64 91136
  %16 = getelementptr inbounds i8, ptr %work, i64 91648
  %17 = getelementptr inbounds i8, ptr %work, i64 91200
  %18 = getelementptr inbounds i8, ptr %work, i64 91712
  %19 = getelementptr inbounds i8, ptr %work, i64 91840
  %20 = getelementptr inbounds i8, ptr %work, i64 91904
  %21 = getelementptr inbounds i8, ptr %work, i64 91968
  %22 = getelementptr inbounds i8, ptr %work, i64 92032
  %23 = getelementptr inbounds i8, ptr %work, i64 92096
  %24 = getelementptr inbounds i8, ptr %work, i64 92160
  %25 = getelementptr inbounds i8, ptr %work, i64 92224
  %26 = getelementptr inbounds i8, ptr %work, i64 92288
  %27 = getelementptr inbounds i8, ptr %work, i64 92352
  %28 = getelementptr inbounds i8, ptr %work, i64 92416
  %29 = getelementptr inbounds i8, ptr %work, i64 92480
  %30 = getelementptr inbounds i8, ptr %work, i64 92544
  %31 = getelementptr inbounds i8, ptr %work, i64 92608
  %32 = getelementptr inbounds i8, ptr %work, i64 92672
  %33 = getelementptr inbounds i8, ptr %work, i64 92736
  %34 = getelementptr inbounds i8, ptr %work, i64 94908
  %35 = getelementptr inbounds i8, ptr %work, i64 90748
  %invariant.gep2795 = getelementptr inbounds i8, ptr %work, i64 22784
  %invariant.gep2858 = getelementptr inbounds i8, ptr %work, i64 22720
  %invariant.gep2893 = getelementptr i8, ptr %work, i64 22848
  %36 = add nsw i64 %bh0, 1
  %37 = mul i64 %nc, %36
  %38 = shl i64 %37, 12
  %39 = add i64 %38, -4096
  %40 = shl i64 %nc, 12
  %41 = shl nsw i64 %nc, 4
  %42 = add i64 %41, 144115188075855856
  %43 = mul i64 %42, %H
  %44 = mul i64 %H, -2048
  %45 = shl i64 %H, 7
  %46 = add i64 %40, -4096
  %47 = shl i64 %T, 8
  %48 = mul i64 %H, -4096
  %49 = shl i64 %H, 8
  %50 = add i64 %40, -3968
  %51 = add i64 %T, 16
  %52 = sub i64 %51, %41
  %smax3216 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %53 = sub i64 %bh1, %bh0
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
  %54 = getelementptr inbounds i8, ptr %work, i64 90500
  %55 = getelementptr inbounds i8, ptr %work, i64 90628
  %56 = getelementptr inbounds i8, ptr %work, i64 90692
  %57 = getelementptr inbounds i8, ptr %work, i64 90504
  %58 = getelementptr inbounds i8, ptr %work, i64 90632
  %59 = getelementptr inbounds i8, ptr %work, i64 90696
  %60 = getelementptr inbounds i8, ptr %work, i64 90636
  %61 = getelementptr inbounds i8, ptr %work, i64 90700
  %62 = getelementptr inbounds i8, ptr %work, i64 90640
  %63 = getelementptr inbounds i8, ptr %work, i64 90704
  %64 = getelementptr inbounds i8, ptr %work, i64 90644
  %65 = getelementptr inbounds i8, ptr %work, i64 90708
  %66 = getelementptr inbounds i8, ptr %work, i64 90536
  %67 = getelementptr inbounds i8, ptr %work, i64 90648
  %68 = getelementptr inbounds i8, ptr %work, i64 90712
  %69 = getelementptr inbounds i8, ptr %work, i64 90652
  %70 = getelementptr inbounds i8, ptr %work, i64 90716
  %71 = getelementptr inbounds i8, ptr %work, i64 90656
  %72 = getelementptr inbounds i8, ptr %work, i64 90720
  %73 = getelementptr inbounds i8, ptr %work, i64 90660
  %74 = getelementptr inbounds i8, ptr %work, i64 90724
  %75 = getelementptr inbounds i8, ptr %work, i64 90568
  %76 = getelementptr inbounds i8, ptr %work, i64 90664
  %77 = getelementptr inbounds i8, ptr %work, i64 90728
  %78 = getelementptr inbounds i8, ptr %work, i64 90668
  %79 = getelementptr inbounds i8, ptr %work, i64 90732
  %80 = getelementptr inbounds i8, ptr %work, i64 90672
  %81 = getelementptr inbounds i8, ptr %work, i64 90736
  %82 = getelementptr inbounds i8, ptr %work, i64 90676
  %83 = getelementptr inbounds i8, ptr %work, i64 90740
  %84 = getelementptr inbounds i8, ptr %work, i64 90600
  %85 = getelementptr inbounds i8, ptr %work, i64 90680
  %86 = getelementptr inbounds i8, ptr %work, i64 90744
  %87 = getelementptr inbounds i8, ptr %work, i64 90684
  %88 = getelementptr inbounds i8, ptr %work, i64 90748
  %89 = getelementptr inbounds i8, ptr %work, i64 90616
  %90 = getelementptr inbounds i8, ptr %work, i64 90620
  %91 = getelementptr i8, ptr %work, i64 90756
  %92 = getelementptr i8, ptr %work, i64 90760
  %93 = getelementptr i8, ptr %work, i64 90768
  %94 = getelementptr i8, ptr %work, i64 90784
  %95 = getelementptr i8, ptr %work, i64 90800
  %96 = getelementptr i8, ptr %work, i64 90816
  %97 = getelementptr inbounds i8, ptr %work, i64 90820
  %98 = getelementptr inbounds i8, ptr %work, i64 90824
  %invariant.gep3408 = getelementptr i8, ptr %work, i64 90696
  %invariant.gep3424 = getelementptr i8, ptr %work, i64 90728
  %invariant.gep3432 = getelementptr i8, ptr %work, i64 90744
  %invariant.gep3434 = getelementptr i8, ptr %work, i64 69760
  %invariant.gep3436 = getelementptr i8, ptr %work, i64 18560
  %invariant.gep3438 = getelementptr i8, ptr %work, i64 69632
  %invariant.gep3440 = getelementptr i8, ptr %work, i64 18432
  %invariant.gep3442 = getelementptr i8, ptr %work, i64 43008
  %invariant.gep3444 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3446 = getelementptr i8, ptr %work, i64 36864
  %invariant.gep3448 = getelementptr i8, ptr %work, i64 38912
  %invariant.gep3450 = getelementptr i8, ptr %work, i64 39040
  %invariant.gep3452 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3454 = getelementptr inbounds i8, ptr %work, i64 38976
  %invariant.gep3456 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3458 = getelementptr inbounds i8, ptr %work, i64 38976
  %99 = getelementptr inbounds i8, ptr %work, i64 57408
  %100 = getelementptr inbounds i8, ptr %work, i64 92864
  %101 = getelementptr inbounds i8, ptr %work, i64 61504
  %102 = getelementptr inbounds i8, ptr %work, i64 69696
  %103 = getelementptr inbounds i8, ptr %work, i64 81984
  %104 = getelementptr inbounds i8, ptr %work, i64 82048
  %105 = getelementptr inbounds i8, ptr %work, i64 91840
  %106 = getelementptr inbounds i8, ptr %work, i64 82112
  %107 = getelementptr inbounds i8, ptr %work, i64 82176
  %108 = getelementptr inbounds i8, ptr %work, i64 91904
  %109 = getelementptr inbounds i8, ptr %work, i64 82240
  %110 = getelementptr inbounds i8, ptr %work, i64 82304
  %111 = getelementptr inbounds i8, ptr %work, i64 91968
  %112 = getelementptr inbounds i8, ptr %work, i64 82368
  %113 = getelementptr inbounds i8, ptr %work, i64 82432
  %114 = getelementptr inbounds i8, ptr %work, i64 92032
  %115 = getelementptr inbounds i8, ptr %work, i64 82496
  %116 = getelementptr inbounds i8, ptr %work, i64 82560
  %117 = getelementptr inbounds i8, ptr %work, i64 92096
  %118 = getelementptr inbounds i8, ptr %work, i64 82624
  %119 = getelementptr inbounds i8, ptr %work, i64 82688
  %120 = getelementptr inbounds i8, ptr %work, i64 92160
  %121 = getelementptr inbounds i8, ptr %work, i64 82752
  %122 = getelementptr inbounds i8, ptr %work, i64 82816
  %123 = getelementptr inbounds i8, ptr %work, i64 92224
  %124 = getelementptr inbounds i8, ptr %work, i64 82880
  %125 = getelementptr inbounds i8, ptr %work, i64 82944
  %126 = getelementptr inbounds i8, ptr %work, i64 92288
  %127 = getelementptr inbounds i8, ptr %work, i64 83008
  %128 = getelementptr inbounds i8, ptr %work, i64 83072
  %129 = getelementptr inbounds i8, ptr %work, i64 92352
  %130 = getelementptr inbounds i8, ptr %work, i64 83136
  %131 = getelementptr inbounds i8, ptr %work, i64 83200
  %132 = getelementptr inbounds i8, ptr %work, i64 92416
  %133 = getelementptr inbounds i8, ptr %work, i64 83264
  %134 = getelementptr inbounds i8, ptr %work, i64 83328
  %135 = getelementptr inbounds i8, ptr %work, i64 92480
  %136 = getelementptr inbounds i8, ptr %work, i64 83392
  %137 = getelementptr inbounds i8, ptr %work, i64 83456
  %138 = getelementptr inbounds i8, ptr %work, i64 92544
  %139 = getelementptr inbounds i8, ptr %work, i64 83520
  %140 = getelementptr inbounds i8, ptr %work, i64 83584
  %141 = getelementptr inbounds i8, ptr %work, i64 92608
  %142 = getelementptr inbounds i8, ptr %work, i64 83648
  %143 = getelementptr inbounds i8, ptr %work, i64 83712
  %144 = getelementptr inbounds i8, ptr %work, i64 92672
  %145 = getelementptr inbounds i8, ptr %work, i64 83776
  %146 = getelementptr inbounds i8, ptr %work, i64 83840
  %147 = getelementptr inbounds i8, ptr %work, i64 92736
  %148 = getelementptr inbounds i8, ptr %work, i64 83904
  %149 = getelementptr inbounds i8, ptr %work, i64 61568
  %invariant.gep3468 = getelementptr inbounds i8, ptr %work, i64 45056
  %150 = getelementptr inbounds i8, ptr %work, i64 61632
  %invariant.gep3470 = getelementptr inbounds i8, ptr %work, i64 45120
  %invariant.gep3472 = getelementptr inbounds i8, ptr %work, i64 45056
  %invariant.gep3474 = getelementptr inbounds i8, ptr %work, i64 45120
  %151 = getelementptr inbounds i8, ptr %work, i64 84032
  %152 = getelementptr inbounds i8, ptr %work, i64 84096
  %153 = getelementptr inbounds i8, ptr %work, i64 84160
  %154 = getelementptr inbounds i8, ptr %work, i64 84224
  %155 = getelementptr inbounds i8, ptr %work, i64 84288
  %156 = getelementptr inbounds i8, ptr %work, i64 84352
  %157 = getelementptr inbounds i8, ptr %work, i64 84416
  %158 = getelementptr inbounds i8, ptr %work, i64 84480
  %159 = getelementptr inbounds i8, ptr %work, i64 84544
  %160 = getelementptr inbounds i8, ptr %work, i64 84608
  %161 = getelementptr inbounds i8, ptr %work, i64 84672
  %162 = getelementptr inbounds i8, ptr %work, i64 84736
  %163 = getelementptr inbounds i8, ptr %work, i64 84800
  %164 = getelementptr inbounds i8, ptr %work, i64 84864
  %165 = getelementptr inbounds i8, ptr %work, i64 84928
  %166 = getelementptr inbounds i8, ptr %work, i64 84992
  %167 = getelementptr inbounds i8, ptr %work, i64 85056
  %168 = getelementptr inbounds i8, ptr %work, i64 85120
  %169 = getelementptr inbounds i8, ptr %work, i64 85184
  %170 = getelementptr inbounds i8, ptr %work, i64 85248
  %171 = getelementptr inbounds i8, ptr %work, i64 85312
  %172 = getelementptr inbounds i8, ptr %work, i64 85376
  %173 = getelementptr inbounds i8, ptr %work, i64 85440
  %174 = getelementptr inbounds i8, ptr %work, i64 85504
  %175 = getelementptr inbounds i8, ptr %work, i64 85568
  %176 = getelementptr inbounds i8, ptr %work, i64 85632
  %177 = getelementptr inbounds i8, ptr %work, i64 85696
  %178 = getelementptr inbounds i8, ptr %work, i64 85760
  %179 = getelementptr inbounds i8, ptr %work, i64 85824
  %180 = getelementptr inbounds i8, ptr %work, i64 85888
  %181 = getelementptr inbounds i8, ptr %work, i64 85952
  %invariant.gep3478 = getelementptr inbounds i8, ptr %work, i64 22848
  %182 = getelementptr i8, ptr %work, i64 90372
  %183 = getelementptr inbounds i8, ptr %work, i64 94852
  %184 = getelementptr i8, ptr %work, i64 90376
  %185 = getelementptr i8, ptr %work, i64 90380
  %186 = getelementptr inbounds i8, ptr %work, i64 94856
  %187 = getelementptr i8, ptr %work, i64 90384
  %188 = getelementptr i8, ptr %work, i64 90388
  %189 = getelementptr inbounds i8, ptr %work, i64 94860
  %190 = getelementptr i8, ptr %work, i64 90392
  %191 = getelementptr i8, ptr %work, i64 90396
  %192 = getelementptr inbounds i8, ptr %work, i64 94864
  %193 = getelementptr i8, ptr %work, i64 90400
  %194 = getelementptr i8, ptr %work, i64 90404
  %195 = getelementptr inbounds i8, ptr %work, i64 94868
  %196 = getelementptr i8, ptr %work, i64 90408
  %197 = getelementptr i8, ptr %work, i64 90412
  %198 = getelementptr inbounds i8, ptr %work, i64 94872
  %199 = getelementptr i8, ptr %work, i64 90416
  %200 = getelementptr i8, ptr %work, i64 90420
  %201 = getelementptr inbounds i8, ptr %work, i64 94876
  %202 = getelementptr i8, ptr %work, i64 90424
  %203 = getelementptr i8, ptr %work, i64 90428
  %204 = getelementptr inbounds i8, ptr %work, i64 94880
  %205 = getelementptr i8, ptr %work, i64 90432
  %206 = getelementptr i8, ptr %work, i64 90436
  %207 = getelementptr inbounds i8, ptr %work, i64 94884
  %208 = getelementptr i8, ptr %work, i64 90440
  %209 = getelementptr i8, ptr %work, i64 90444
  %210 = getelementptr inbounds i8, ptr %work, i64 94888
  %211 = getelementptr i8, ptr %work, i64 90448
  %212 = getelementptr i8, ptr %work, i64 90452
  %213 = getelementptr inbounds i8, ptr %work, i64 94892
  %214 = getelementptr i8, ptr %work, i64 90456
  %215 = getelementptr i8, ptr %work, i64 90460
  %216 = getelementptr inbounds i8, ptr %work, i64 94896
  %217 = getelementptr i8, ptr %work, i64 90464
  %218 = getelementptr i8, ptr %work, i64 90468
  %219 = getelementptr inbounds i8, ptr %work, i64 94900
  %220 = getelementptr i8, ptr %work, i64 90472
  %221 = getelementptr i8, ptr %work, i64 90476
  %222 = getelementptr inbounds i8, ptr %work, i64 94904
  %223 = getelementptr i8, ptr %work, i64 90480
  %224 = getelementptr i8, ptr %work, i64 90484
  %225 = getelementptr inbounds i8, ptr %work, i64 94908
  %226 = getelementptr i8, ptr %work, i64 90488
  %227 = getelementptr i8, ptr %work, i64 90492
  %invariant.gep3480 = getelementptr i8, ptr %work, i64 45184
  %invariant.gep3482 = getelementptr i8, ptr %work, i64 86144
  %invariant.gep3484 = getelementptr i8, ptr %work, i64 45056
  %invariant.gep3486 = getelementptr i8, ptr %work, i64 86016
  %scevgep3219 = getelementptr i8, ptr %work, i64 128
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
  %ident.check.not = icmp eq i64 %H, 1
  %228 = getelementptr inbounds i8, ptr %work, i64 90656
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 49216
  %invariant.gep2879.1 = getelementptr inbounds i8, ptr %work, i64 77888
  %scevgep3219.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3219.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3219.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3219.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3219.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3219.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3219.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3219.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3219.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3219.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3219.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3219.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3219.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3219.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3219.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3219.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3219.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3219.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3219.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3219.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3219.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3219.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3219.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3219.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3219.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3219.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3219.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3219.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3219.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3219.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3219.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j46.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j46.head.preheader ]
  %bh.addr.02943 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j46.head.preheader ]
  %229 = add i64 %indvar, %bh0
  %230 = shl i64 %229, 12
  %231 = mul i64 %40, %indvar
  %232 = add i64 %39, %231
  %b = sdiv i64 %bh.addr.02943, %H
  %h = srem i64 %bh.addr.02943, %H
  %233 = mul i64 %b, %T
  %234 = mul i64 %233, %H
  %bT = add i64 %234, %h
  %235 = mul i64 %1, %233
  %bTn = add nsw i64 %235, %h
  %236 = shl nsw i64 %bT, 5
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %236
  %gh1 = getelementptr inbounds float, ptr %dg, i64 %bT
  %237 = getelementptr i8, ptr %dhT, i64 %230
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %237, i64 128, i1 false)
  %scevgep3143.1 = getelementptr i8, ptr %237, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.1, i64 128, i1 false)
  %scevgep3143.2 = getelementptr i8, ptr %237, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.2, i64 128, i1 false)
  %scevgep3143.3 = getelementptr i8, ptr %237, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.3, i64 128, i1 false)
  %scevgep3143.4 = getelementptr i8, ptr %237, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.4, i64 128, i1 false)
  %scevgep3143.5 = getelementptr i8, ptr %237, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.5, i64 128, i1 false)
  %scevgep3143.6 = getelementptr i8, ptr %237, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.6, i64 128, i1 false)
  %scevgep3143.7 = getelementptr i8, ptr %237, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.7, i64 128, i1 false)
  %scevgep3143.8 = getelementptr i8, ptr %237, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.8, i64 128, i1 false)
  %scevgep3143.9 = getelementptr i8, ptr %237, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.9, i64 128, i1 false)
  %scevgep3143.10 = getelementptr i8, ptr %237, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.10, i64 128, i1 false)
  %scevgep3143.11 = getelementptr i8, ptr %237, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.11, i64 128, i1 false)
  %scevgep3143.12 = getelementptr i8, ptr %237, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.12, i64 128, i1 false)
  %scevgep3143.13 = getelementptr i8, ptr %237, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.13, i64 128, i1 false)
  %scevgep3143.14 = getelementptr i8, ptr %237, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.14, i64 128, i1 false)
  %scevgep3143.15 = getelementptr i8, ptr %237, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.15, i64 128, i1 false)
  %scevgep3143.16 = getelementptr i8, ptr %237, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.16, i64 128, i1 false)
  %scevgep3143.17 = getelementptr i8, ptr %237, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.17, i64 128, i1 false)
  %scevgep3143.18 = getelementptr i8, ptr %237, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.18, i64 128, i1 false)
  %scevgep3143.19 = getelementptr i8, ptr %237, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.19, i64 128, i1 false)
  %scevgep3143.20 = getelementptr i8, ptr %237, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.20, i64 128, i1 false)
  %scevgep3143.21 = getelementptr i8, ptr %237, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.21, i64 128, i1 false)
  %scevgep3143.22 = getelementptr i8, ptr %237, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.22, i64 128, i1 false)
  %scevgep3143.23 = getelementptr i8, ptr %237, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.23, i64 128, i1 false)
  %scevgep3143.24 = getelementptr i8, ptr %237, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.24, i64 128, i1 false)
  %scevgep3143.25 = getelementptr i8, ptr %237, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.25, i64 128, i1 false)
  %scevgep3143.26 = getelementptr i8, ptr %237, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.26, i64 128, i1 false)
  %scevgep3143.27 = getelementptr i8, ptr %237, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.27, i64 128, i1 false)
  %scevgep3143.28 = getelementptr i8, ptr %237, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.28, i64 128, i1 false)
  %scevgep3143.29 = getelementptr i8, ptr %237, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.29, i64 128, i1 false)
  %scevgep3143.30 = getelementptr i8, ptr %237, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.30, i64 128, i1 false)
  %scevgep3143.31 = getelementptr i8, ptr %237, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %236
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  br i1 %3, label %cc.body.lr.ph, label %j46.head.preheader

bh.exit:                                          ; preds = %j46.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %238 = mul nsw i64 %bh.addr.02943, %nc
  %239 = add i64 %43, %bT
  %240 = shl i64 %239, 7
  %241 = mul i64 %47, %b
  %242 = add i64 %46, %241
  %243 = mul i64 %242, %H
  %244 = shl i64 %h, 7
  %245 = add i64 %243, %244
  %246 = add i64 %50, %241
  %247 = mul i64 %246, %H
  %248 = add i64 %247, %244
  %249 = getelementptr i8, ptr %dout, i64 %240
  %250 = getelementptr i8, ptr %qh, i64 64
  %251 = getelementptr i8, ptr %kh, i64 64
  %252 = getelementptr i8, ptr %qh1, i64 64
  %253 = getelementptr i8, ptr %gh, i64 32
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %endif1766.15
  %indvars.iv3212 = phi i64 [ %52, %cc.body.lr.ph ], [ %indvars.iv.next3213, %endif1766.15 ]
  %cc.addr.02940 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %endif1766.15 ]
  %smin3844 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3212, i64 16)
  %smax3845 = tail call i64 @llvm.smax.i64(i64 %smin3844, i64 1)
  %254 = mul i64 %48, %cc.addr.02940
  %255 = add i64 %248, %254
  %256 = add i64 %245, %254
  %257 = mul i64 %44, %cc.addr.02940
  %258 = shl i64 %cc.addr.02940, 12
  %259 = sub i64 %232, %258
  %260 = xor i64 %cc.addr.02940, -1
  %ci = add nsw i64 %nc, %260
  %t0 = shl nsw i64 %ci, 4
  %261 = sub nsw i64 %T, %t0
  %scevgep3145 = getelementptr i8, ptr %hs, i64 %259
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145, i64 128, i1 false)
  %262 = or disjoint i64 %259, 128
  %scevgep3145.1 = getelementptr i8, ptr %hs, i64 %262
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.1, i64 128, i1 false)
  %263 = or disjoint i64 %259, 256
  %scevgep3145.2 = getelementptr i8, ptr %hs, i64 %263
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.2, i64 128, i1 false)
  %264 = or disjoint i64 %259, 384
  %scevgep3145.3 = getelementptr i8, ptr %hs, i64 %264
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.3, i64 128, i1 false)
  %265 = or disjoint i64 %259, 512
  %scevgep3145.4 = getelementptr i8, ptr %hs, i64 %265
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.4, i64 128, i1 false)
  %266 = or disjoint i64 %259, 640
  %scevgep3145.5 = getelementptr i8, ptr %hs, i64 %266
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.5, i64 128, i1 false)
  %267 = or disjoint i64 %259, 768
  %scevgep3145.6 = getelementptr i8, ptr %hs, i64 %267
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.6, i64 128, i1 false)
  %268 = or disjoint i64 %259, 896
  %scevgep3145.7 = getelementptr i8, ptr %hs, i64 %268
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.7, i64 128, i1 false)
  %269 = or disjoint i64 %259, 1024
  %scevgep3145.8 = getelementptr i8, ptr %hs, i64 %269
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.8, i64 128, i1 false)
  %270 = or disjoint i64 %259, 1152
  %scevgep3145.9 = getelementptr i8, ptr %hs, i64 %270
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.9, i64 128, i1 false)
  %271 = or disjoint i64 %259, 1280
  %scevgep3145.10 = getelementptr i8, ptr %hs, i64 %271
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.10, i64 128, i1 false)
  %272 = or disjoint i64 %259, 1408
  %scevgep3145.11 = getelementptr i8, ptr %hs, i64 %272
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.11, i64 128, i1 false)
  %273 = or disjoint i64 %259, 1536
  %scevgep3145.12 = getelementptr i8, ptr %hs, i64 %273
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.12, i64 128, i1 false)
  %274 = or disjoint i64 %259, 1664
  %scevgep3145.13 = getelementptr i8, ptr %hs, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.13, i64 128, i1 false)
  %275 = or disjoint i64 %259, 1792
  %scevgep3145.14 = getelementptr i8, ptr %hs, i64 %275
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.14, i64 128, i1 false)
  %276 = or disjoint i64 %259, 1920
  %scevgep3145.15 = getelementptr i8, ptr %hs, i64 %276
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.15, i64 128, i1 false)
  %277 = or disjoint i64 %259, 2048
  %scevgep3145.16 = getelementptr i8, ptr %hs, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.16, i64 128, i1 false)
  %278 = or disjoint i64 %259, 2176
  %scevgep3145.17 = getelementptr i8, ptr %hs, i64 %278
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.17, i64 128, i1 false)
  %279 = or disjoint i64 %259, 2304
  %scevgep3145.18 = getelementptr i8, ptr %hs, i64 %279
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.18, i64 128, i1 false)
  %280 = or disjoint i64 %259, 2432
  %scevgep3145.19 = getelementptr i8, ptr %hs, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.19, i64 128, i1 false)
  %281 = or disjoint i64 %259, 2560
  %scevgep3145.20 = getelementptr i8, ptr %hs, i64 %281
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.20, i64 128, i1 false)
  %282 = or disjoint i64 %259, 2688
  %scevgep3145.21 = getelementptr i8, ptr %hs, i64 %282
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.21, i64 128, i1 false)
  %283 = or disjoint i64 %259, 2816
  %scevgep3145.22 = getelementptr i8, ptr %hs, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.22, i64 128, i1 false)
  %284 = or disjoint i64 %259, 2944
  %scevgep3145.23 = getelementptr i8, ptr %hs, i64 %284
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.23, i64 128, i1 false)
  %285 = or disjoint i64 %259, 3072
  %scevgep3145.24 = getelementptr i8, ptr %hs, i64 %285
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.24, i64 128, i1 false)
  %286 = or disjoint i64 %259, 3200
  %scevgep3145.25 = getelementptr i8, ptr %hs, i64 %286
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.25, i64 128, i1 false)
  %287 = or disjoint i64 %259, 3328
  %scevgep3145.26 = getelementptr i8, ptr %hs, i64 %287
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.26, i64 128, i1 false)
  %288 = or disjoint i64 %259, 3456
  %scevgep3145.27 = getelementptr i8, ptr %hs, i64 %288
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.27, i64 128, i1 false)
  %289 = or disjoint i64 %259, 3584
  %scevgep3145.28 = getelementptr i8, ptr %hs, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.28, i64 128, i1 false)
  %290 = or disjoint i64 %259, 3712
  %scevgep3145.29 = getelementptr i8, ptr %hs, i64 %290
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.29, i64 128, i1 false)
  %291 = or disjoint i64 %259, 3840
  %scevgep3145.30 = getelementptr i8, ptr %hs, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.30, i64 128, i1 false)
  %292 = or disjoint i64 %259, 3968
  %scevgep3145.31 = getelementptr i8, ptr %hs, i64 %292
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3145.31, i64 128, i1 false)
  %293 = add nsw i64 %ci, %238
  %294 = shl nsw i64 %293, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %295 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02662 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %296 = shl nuw nsw i64 %i2.addr.02662, 5
  %297 = or disjoint i64 %296, %294
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %298 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02661 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %299 = or disjoint i64 %297, %j2.addr.02661
  %300 = getelementptr inbounds float, ptr %hs, i64 %299
  %301 = load <16 x float>, ptr %300, align 4
  %302 = or disjoint i64 %299, 256
  %303 = getelementptr inbounds float, ptr %hs, i64 %302
  %304 = load <16 x float>, ptr %303, align 4
  %305 = or disjoint i64 %299, 32
  %306 = getelementptr inbounds float, ptr %hs, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  %308 = or disjoint i64 %299, 288
  %309 = getelementptr inbounds float, ptr %hs, i64 %308
  %310 = load <16 x float>, ptr %309, align 4
  %311 = or disjoint i64 %299, 64
  %312 = getelementptr inbounds float, ptr %hs, i64 %311
  %313 = load <16 x float>, ptr %312, align 4
  %314 = or disjoint i64 %299, 320
  %315 = getelementptr inbounds float, ptr %hs, i64 %314
  %316 = load <16 x float>, ptr %315, align 4
  %317 = or disjoint i64 %299, 96
  %318 = getelementptr inbounds float, ptr %hs, i64 %317
  %319 = load <16 x float>, ptr %318, align 4
  %320 = or disjoint i64 %299, 352
  %321 = getelementptr inbounds float, ptr %hs, i64 %320
  %322 = load <16 x float>, ptr %321, align 4
  %323 = or disjoint i64 %299, 128
  %324 = getelementptr inbounds float, ptr %hs, i64 %323
  %325 = load <16 x float>, ptr %324, align 4
  %326 = or disjoint i64 %299, 384
  %327 = getelementptr inbounds float, ptr %hs, i64 %326
  %328 = load <16 x float>, ptr %327, align 4
  %329 = or disjoint i64 %299, 160
  %330 = getelementptr inbounds float, ptr %hs, i64 %329
  %331 = load <16 x float>, ptr %330, align 4
  %332 = or disjoint i64 %299, 416
  %333 = getelementptr inbounds float, ptr %hs, i64 %332
  %334 = load <16 x float>, ptr %333, align 4
  %335 = or disjoint i64 %299, 192
  %336 = getelementptr inbounds float, ptr %hs, i64 %335
  %337 = load <16 x float>, ptr %336, align 4
  %338 = or disjoint i64 %299, 448
  %339 = getelementptr inbounds float, ptr %hs, i64 %338
  %340 = load <16 x float>, ptr %339, align 4
  %341 = or disjoint i64 %299, 224
  %342 = getelementptr inbounds float, ptr %hs, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = or disjoint i64 %299, 480
  %345 = getelementptr inbounds float, ptr %hs, i64 %344
  %346 = load <16 x float>, ptr %345, align 4
  %347 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %348 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %349 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %350 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %351 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %352 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %353 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %354 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %355 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %356 = shufflevector <16 x float> %325, <16 x float> %328, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %357 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %358 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %359 = shufflevector <16 x float> %313, <16 x float> %316, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %360 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %361 = shufflevector <16 x float> %319, <16 x float> %322, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %362 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %363 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %364 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %365 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %366 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %367 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %368 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %369 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %370 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %371 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %372 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %373 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %374 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %375 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %376 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %377 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %379 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %380 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %381 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %382 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %383 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %384 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %385 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %386 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %387 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %388 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %389 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %390 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %391 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %392 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %393 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %394 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %395 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %396 = shl nuw nsw i64 %j2.addr.02661, 5
  %397 = or disjoint i64 %396, %i2.addr.02662
  %398 = or disjoint i64 %397, 1024
  %399 = getelementptr inbounds float, ptr %Bk, i64 %398
  store <16 x float> %395, ptr %399, align 4
  %400 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %401 = or disjoint i64 %397, 1056
  %402 = getelementptr inbounds float, ptr %Bk, i64 %401
  store <16 x float> %400, ptr %402, align 4
  %403 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %404 = or disjoint i64 %397, 1088
  %405 = getelementptr inbounds float, ptr %Bk, i64 %404
  store <16 x float> %403, ptr %405, align 4
  %406 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %407 = or disjoint i64 %397, 1120
  %408 = getelementptr inbounds float, ptr %Bk, i64 %407
  store <16 x float> %406, ptr %408, align 4
  %409 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %410 = or disjoint i64 %397, 1152
  %411 = getelementptr inbounds float, ptr %Bk, i64 %410
  store <16 x float> %409, ptr %411, align 4
  %412 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %413 = or disjoint i64 %397, 1184
  %414 = getelementptr inbounds float, ptr %Bk, i64 %413
  store <16 x float> %412, ptr %414, align 4
  %415 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %416 = or disjoint i64 %397, 1216
  %417 = getelementptr inbounds float, ptr %Bk, i64 %416
  store <16 x float> %415, ptr %417, align 4
  %418 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %419 = or disjoint i64 %397, 1248
  %420 = getelementptr inbounds float, ptr %Bk, i64 %419
  store <16 x float> %418, ptr %420, align 4
  %421 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %422 = or disjoint i64 %397, 1280
  %423 = getelementptr inbounds float, ptr %Bk, i64 %422
  store <16 x float> %421, ptr %423, align 4
  %424 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %425 = or disjoint i64 %397, 1312
  %426 = getelementptr inbounds float, ptr %Bk, i64 %425
  store <16 x float> %424, ptr %426, align 4
  %427 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %428 = or disjoint i64 %397, 1344
  %429 = getelementptr inbounds float, ptr %Bk, i64 %428
  store <16 x float> %427, ptr %429, align 4
  %430 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %431 = or disjoint i64 %397, 1376
  %432 = getelementptr inbounds float, ptr %Bk, i64 %431
  store <16 x float> %430, ptr %432, align 4
  %433 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %434 = or disjoint i64 %397, 1408
  %435 = getelementptr inbounds float, ptr %Bk, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %437 = or disjoint i64 %397, 1440
  %438 = getelementptr inbounds float, ptr %Bk, i64 %437
  store <16 x float> %436, ptr %438, align 4
  %439 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %440 = or disjoint i64 %397, 1472
  %441 = getelementptr inbounds float, ptr %Bk, i64 %440
  store <16 x float> %439, ptr %441, align 4
  %442 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %443 = or disjoint i64 %397, 1504
  %444 = getelementptr inbounds float, ptr %Bk, i64 %443
  store <16 x float> %442, ptr %444, align 4
  br i1 %298, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %295, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %445 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02664 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %446 = shl nuw nsw i64 %i3.addr.02664, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %447 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02663 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %448 = or disjoint i64 %j3.addr.02663, %446
  %449 = or disjoint i64 %448, 32
  %450 = getelementptr inbounds float, ptr %work, i64 %449
  %451 = load <16 x float>, ptr %450, align 4
  %452 = or disjoint i64 %448, 544
  %453 = getelementptr inbounds float, ptr %work, i64 %452
  %454 = load <16 x float>, ptr %453, align 4
  %455 = or disjoint i64 %448, 96
  %456 = getelementptr inbounds float, ptr %work, i64 %455
  %457 = load <16 x float>, ptr %456, align 4
  %458 = or disjoint i64 %448, 608
  %459 = getelementptr inbounds float, ptr %work, i64 %458
  %460 = load <16 x float>, ptr %459, align 4
  %461 = or disjoint i64 %448, 160
  %462 = getelementptr inbounds float, ptr %work, i64 %461
  %463 = load <16 x float>, ptr %462, align 4
  %464 = or disjoint i64 %448, 672
  %465 = getelementptr inbounds float, ptr %work, i64 %464
  %466 = load <16 x float>, ptr %465, align 4
  %467 = or disjoint i64 %448, 224
  %468 = getelementptr inbounds float, ptr %work, i64 %467
  %469 = load <16 x float>, ptr %468, align 4
  %470 = or disjoint i64 %448, 736
  %471 = getelementptr inbounds float, ptr %work, i64 %470
  %472 = load <16 x float>, ptr %471, align 4
  %473 = or disjoint i64 %448, 288
  %474 = getelementptr inbounds float, ptr %work, i64 %473
  %475 = load <16 x float>, ptr %474, align 4
  %476 = or disjoint i64 %448, 800
  %477 = getelementptr inbounds float, ptr %work, i64 %476
  %478 = load <16 x float>, ptr %477, align 4
  %479 = or disjoint i64 %448, 352
  %480 = getelementptr inbounds float, ptr %work, i64 %479
  %481 = load <16 x float>, ptr %480, align 4
  %482 = or disjoint i64 %448, 864
  %483 = getelementptr inbounds float, ptr %work, i64 %482
  %484 = load <16 x float>, ptr %483, align 4
  %485 = or disjoint i64 %448, 416
  %486 = getelementptr inbounds float, ptr %work, i64 %485
  %487 = load <16 x float>, ptr %486, align 4
  %488 = or disjoint i64 %448, 928
  %489 = getelementptr inbounds float, ptr %work, i64 %488
  %490 = load <16 x float>, ptr %489, align 4
  %491 = or disjoint i64 %448, 480
  %492 = getelementptr inbounds float, ptr %work, i64 %491
  %493 = load <16 x float>, ptr %492, align 4
  %494 = or disjoint i64 %448, 992
  %495 = getelementptr inbounds float, ptr %work, i64 %494
  %496 = load <16 x float>, ptr %495, align 4
  %497 = shufflevector <16 x float> %451, <16 x float> %454, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %498 = shufflevector <16 x float> %475, <16 x float> %478, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %499 = shufflevector <16 x float> %457, <16 x float> %460, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %500 = shufflevector <16 x float> %481, <16 x float> %484, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %501 = shufflevector <16 x float> %463, <16 x float> %466, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %502 = shufflevector <16 x float> %487, <16 x float> %490, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %503 = shufflevector <16 x float> %469, <16 x float> %472, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %504 = shufflevector <16 x float> %493, <16 x float> %496, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %505 = shufflevector <16 x float> %451, <16 x float> %454, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %506 = shufflevector <16 x float> %475, <16 x float> %478, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %507 = shufflevector <16 x float> %457, <16 x float> %460, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %508 = shufflevector <16 x float> %481, <16 x float> %484, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %509 = shufflevector <16 x float> %463, <16 x float> %466, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %510 = shufflevector <16 x float> %487, <16 x float> %490, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %511 = shufflevector <16 x float> %469, <16 x float> %472, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %512 = shufflevector <16 x float> %493, <16 x float> %496, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %513 = shufflevector <16 x float> %497, <16 x float> %498, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %514 = shufflevector <16 x float> %501, <16 x float> %502, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %515 = shufflevector <16 x float> %499, <16 x float> %500, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %516 = shufflevector <16 x float> %503, <16 x float> %504, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %517 = shufflevector <16 x float> %497, <16 x float> %498, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %518 = shufflevector <16 x float> %501, <16 x float> %502, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %519 = shufflevector <16 x float> %499, <16 x float> %500, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %520 = shufflevector <16 x float> %503, <16 x float> %504, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %521 = shufflevector <16 x float> %505, <16 x float> %506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %522 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %523 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %524 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %525 = shufflevector <16 x float> %505, <16 x float> %506, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %526 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %527 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %528 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %529 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %530 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %531 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %532 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %533 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %534 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %535 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %536 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %537 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %538 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %539 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %540 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %541 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %542 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %543 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %544 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %545 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %546 = shl nuw nsw i64 %j3.addr.02663, 5
  %547 = or disjoint i64 %546, %i3.addr.02664
  %548 = getelementptr inbounds float, ptr %Bk, i64 %547
  store <16 x float> %545, ptr %548, align 4
  %549 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %550 = or disjoint i64 %547, 32
  %551 = getelementptr inbounds float, ptr %Bk, i64 %550
  store <16 x float> %549, ptr %551, align 4
  %552 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %553 = or disjoint i64 %547, 64
  %554 = getelementptr inbounds float, ptr %Bk, i64 %553
  store <16 x float> %552, ptr %554, align 4
  %555 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %556 = or disjoint i64 %547, 96
  %557 = getelementptr inbounds float, ptr %Bk, i64 %556
  store <16 x float> %555, ptr %557, align 4
  %558 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %559 = or disjoint i64 %547, 128
  %560 = getelementptr inbounds float, ptr %Bk, i64 %559
  store <16 x float> %558, ptr %560, align 4
  %561 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %562 = or disjoint i64 %547, 160
  %563 = getelementptr inbounds float, ptr %Bk, i64 %562
  store <16 x float> %561, ptr %563, align 4
  %564 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %565 = or disjoint i64 %547, 192
  %566 = getelementptr inbounds float, ptr %Bk, i64 %565
  store <16 x float> %564, ptr %566, align 4
  %567 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %568 = or disjoint i64 %547, 224
  %569 = getelementptr inbounds float, ptr %Bk, i64 %568
  store <16 x float> %567, ptr %569, align 4
  %570 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %571 = or disjoint i64 %547, 256
  %572 = getelementptr inbounds float, ptr %Bk, i64 %571
  store <16 x float> %570, ptr %572, align 4
  %573 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %574 = or disjoint i64 %547, 288
  %575 = getelementptr inbounds float, ptr %Bk, i64 %574
  store <16 x float> %573, ptr %575, align 4
  %576 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %577 = or disjoint i64 %547, 320
  %578 = getelementptr inbounds float, ptr %Bk, i64 %577
  store <16 x float> %576, ptr %578, align 4
  %579 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %580 = or disjoint i64 %547, 352
  %581 = getelementptr inbounds float, ptr %Bk, i64 %580
  store <16 x float> %579, ptr %581, align 4
  %582 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %583 = or disjoint i64 %547, 384
  %584 = getelementptr inbounds float, ptr %Bk, i64 %583
  store <16 x float> %582, ptr %584, align 4
  %585 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %586 = or disjoint i64 %547, 416
  %587 = getelementptr inbounds float, ptr %Bk, i64 %586
  store <16 x float> %585, ptr %587, align 4
  %588 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %589 = or disjoint i64 %547, 448
  %590 = getelementptr inbounds float, ptr %Bk, i64 %589
  store <16 x float> %588, ptr %590, align 4
  %591 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %592 = or disjoint i64 %547, 480
  %593 = getelementptr inbounds float, ptr %Bk, i64 %592
  store <16 x float> %591, ptr %593, align 4
  br i1 %447, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %445, label %j3.head.preheader, label %vector.scevcheck

vector.scevcheck:                                 ; preds = %j3.exit
  br i1 %ident.check.not, label %vector.body, label %t.body

vector.body:                                      ; preds = %vector.scevcheck
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %261, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %594 = icmp sgt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %595 = getelementptr float, ptr %gh, i64 %t0
  %wide.masked.load = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %595, i32 4, <8 x i1> %594, <8 x float> poison)
  %596 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %597 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %596, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %598 = fmul <8 x float> %597, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %599 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %598)
  %600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %597)
  %601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %600)
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> %601, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %601, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %601, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %601, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %607 = fmul <8 x float> %601, %601
  %608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %606, <8 x float> %607, <8 x float> %601)
  %609 = fadd <8 x float> %608, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %610 = fptosi <8 x float> %599 to <8 x i32>
  %611 = shl <8 x i32> %610, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %612 = add <8 x i32> %611, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %613 = bitcast <8 x i32> %612 to <8 x float>
  %614 = fmul <8 x float> %609, %613
  %predphi = select <8 x i1> %594, <8 x float> %614, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi, ptr %alpha, align 4
  %615 = icmp sgt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %616 = getelementptr float, ptr %253, i64 %t0
  %wide.masked.load.1 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %616, i32 4, <8 x i1> %615, <8 x float> poison)
  %617 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.1, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %618 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %617, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %619 = fmul <8 x float> %618, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %620 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %619)
  %621 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %618)
  %622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %621)
  %623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %622, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %622, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %622, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %625, <8 x float> %622, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %627 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %626, <8 x float> %622, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %628 = fmul <8 x float> %622, %622
  %629 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %627, <8 x float> %628, <8 x float> %622)
  %630 = fadd <8 x float> %629, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %631 = fptosi <8 x float> %620 to <8 x i32>
  %632 = shl <8 x i32> %631, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %633 = add <8 x i32> %632, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %634 = bitcast <8 x i32> %633 to <8 x float>
  %635 = fmul <8 x float> %630, %634
  %predphi.1 = select <8 x i1> %615, <8 x float> %635, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.1, ptr %228, align 4
  br label %t2.body.peel.next

t.body:                                           ; preds = %vector.scevcheck, %endif.1
  %t.addr.02665 = phi i64 [ %t.next.1, %endif.1 ], [ 0, %vector.scevcheck ]
  %636 = icmp sgt i64 %261, %t.addr.02665
  br i1 %636, label %then, label %endif

then:                                             ; preds = %t.body
  %637 = add nuw nsw i64 %t.addr.02665, %t0
  %638 = mul nsw i64 %637, %H
  %639 = getelementptr inbounds float, ptr %gh, i64 %638
  %640 = load float, ptr %639, align 4
  %641 = tail call float @llvm.maxnum.f32(float %640, float 0xC055D51EC0000000)
  %642 = tail call float @llvm.minnum.f32(float %641, float 8.800000e+01)
  %643 = fmul float %642, 0x3FF7154760000000
  %644 = tail call float @llvm.rint.f32(float %643)
  %645 = tail call float @llvm.fma.f32(float %644, float 0xBFE6300000000000, float %642)
  %646 = tail call float @llvm.fma.f32(float %644, float 0x3F2BD01060000000, float %645)
  %647 = tail call float @llvm.fma.f32(float %646, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %648 = tail call float @llvm.fma.f32(float %647, float %646, float 0x3F81112100000000)
  %649 = tail call float @llvm.fma.f32(float %648, float %646, float 0x3FA5553820000000)
  %650 = tail call float @llvm.fma.f32(float %649, float %646, float 0x3FC5555540000000)
  %651 = tail call float @llvm.fma.f32(float %650, float %646, float 5.000000e-01)
  %652 = fmul float %646, %646
  %653 = tail call float @llvm.fma.f32(float %651, float %652, float %646)
  %654 = fadd float %653, 1.000000e+00
  %655 = fptosi float %644 to i32
  %656 = shl i32 %655, 23
  %657 = add i32 %656, 1065353216
  %658 = bitcast i32 %657 to float
  %659 = fmul float %654, %658
  br label %endif

endif:                                            ; preds = %t.body, %then
  %.sink = phi float [ %659, %then ], [ 1.000000e+00, %t.body ]
  %660 = getelementptr inbounds float, ptr %alpha, i64 %t.addr.02665
  store float %.sink, ptr %660, align 4
  %t.next = or disjoint i64 %t.addr.02665, 1
  %661 = icmp sgt i64 %261, %t.next
  br i1 %661, label %then.1, label %endif.1

then.1:                                           ; preds = %endif
  %662 = add nuw nsw i64 %t.next, %t0
  %663 = mul nsw i64 %662, %H
  %664 = getelementptr inbounds float, ptr %gh, i64 %663
  %665 = load float, ptr %664, align 4
  %666 = tail call float @llvm.maxnum.f32(float %665, float 0xC055D51EC0000000)
  %667 = tail call float @llvm.minnum.f32(float %666, float 8.800000e+01)
  %668 = fmul float %667, 0x3FF7154760000000
  %669 = tail call float @llvm.rint.f32(float %668)
  %670 = tail call float @llvm.fma.f32(float %669, float 0xBFE6300000000000, float %667)
  %671 = tail call float @llvm.fma.f32(float %669, float 0x3F2BD01060000000, float %670)
  %672 = tail call float @llvm.fma.f32(float %671, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %673 = tail call float @llvm.fma.f32(float %672, float %671, float 0x3F81112100000000)
  %674 = tail call float @llvm.fma.f32(float %673, float %671, float 0x3FA5553820000000)
  %675 = tail call float @llvm.fma.f32(float %674, float %671, float 0x3FC5555540000000)
  %676 = tail call float @llvm.fma.f32(float %675, float %671, float 5.000000e-01)
  %677 = fmul float %671, %671
  %678 = tail call float @llvm.fma.f32(float %676, float %677, float %671)
  %679 = fadd float %678, 1.000000e+00
  %680 = fptosi float %669 to i32
  %681 = shl i32 %680, 23
  %682 = add i32 %681, 1065353216
  %683 = bitcast i32 %682 to float
  %684 = fmul float %679, %683
  br label %endif.1

endif.1:                                          ; preds = %then.1, %endif
  %.sink.1 = phi float [ %684, %then.1 ], [ 1.000000e+00, %endif ]
  %685 = getelementptr inbounds float, ptr %alpha, i64 %t.next
  store float %.sink.1, ptr %685, align 4
  %t.next.1 = add nuw nsw i64 %t.addr.02665, 2
  %exitcond3147.not.1 = icmp eq i64 %t.next.1, 16
  br i1 %exitcond3147.not.1, label %t2.body.peel.next, label %t.body, !llvm.loop !0

t2.body.peel.next:                                ; preds = %endif.1, %vector.body
  %686 = load float, ptr %alpha, align 4
  store float %686, ptr %gam, align 4
  store float %686, ptr %cRow, align 4
  store float %686, ptr %54, align 4
  %687 = load float, ptr %55, align 4
  %688 = load float, ptr %58, align 4
  %689 = load float, ptr %60, align 4
  %690 = load float, ptr %62, align 4
  %691 = fmul float %686, %687
  store float %691, ptr %56, align 4
  %692 = fmul float %691, %688
  store float %692, ptr %59, align 4
  %693 = fmul float %692, %689
  store float %693, ptr %61, align 4
  %694 = fmul float %693, %690
  store float %694, ptr %63, align 4
  %695 = insertelement <8 x float> poison, float %691, i64 0
  %696 = insertelement <8 x float> %695, float %692, i64 1
  %697 = insertelement <8 x float> %696, float %693, i64 2
  %698 = insertelement <8 x float> %697, float %694, i64 3
  %699 = shufflevector <8 x float> %698, <8 x float> poison, <8 x i32> <i32 0, i32 0, i32 1, i32 1, i32 2, i32 2, i32 3, i32 3>
  store <8 x float> %699, ptr %57, align 4
  %700 = load float, ptr %64, align 4
  %701 = load float, ptr %67, align 4
  %702 = load float, ptr %69, align 4
  %703 = load float, ptr %71, align 4
  %704 = fmul float %694, %700
  store float %704, ptr %65, align 4
  %705 = fmul float %704, %701
  store float %705, ptr %68, align 4
  %706 = fmul float %705, %702
  store float %706, ptr %70, align 4
  %707 = fmul float %706, %703
  store float %707, ptr %72, align 4
  %708 = insertelement <8 x float> poison, float %704, i64 0
  %709 = insertelement <8 x float> %708, float %705, i64 1
  %710 = insertelement <8 x float> %709, float %706, i64 2
  %711 = insertelement <8 x float> %710, float %707, i64 3
  %712 = shufflevector <8 x float> %711, <8 x float> poison, <8 x i32> <i32 0, i32 0, i32 1, i32 1, i32 2, i32 2, i32 3, i32 3>
  store <8 x float> %712, ptr %66, align 4
  %713 = load float, ptr %73, align 4
  %714 = load float, ptr %76, align 4
  %715 = load float, ptr %78, align 4
  %716 = load float, ptr %80, align 4
  %717 = fmul float %707, %713
  store float %717, ptr %74, align 4
  %718 = fmul float %717, %714
  store float %718, ptr %77, align 4
  %719 = fmul float %718, %715
  store float %719, ptr %79, align 4
  %720 = fmul float %719, %716
  store float %720, ptr %81, align 4
  %721 = insertelement <8 x float> poison, float %717, i64 0
  %722 = insertelement <8 x float> %721, float %718, i64 1
  %723 = insertelement <8 x float> %722, float %719, i64 2
  %724 = insertelement <8 x float> %723, float %720, i64 3
  %725 = shufflevector <8 x float> %724, <8 x float> poison, <8 x i32> <i32 0, i32 0, i32 1, i32 1, i32 2, i32 2, i32 3, i32 3>
  store <8 x float> %725, ptr %75, align 4
  %726 = load float, ptr %82, align 4
  %727 = load float, ptr %85, align 4
  %728 = fmul float %720, %726
  store float %728, ptr %83, align 4
  %729 = fmul float %728, %727
  store float %729, ptr %86, align 4
  %730 = insertelement <4 x float> poison, float %728, i64 0
  %731 = insertelement <4 x float> %730, float %729, i64 1
  %732 = shufflevector <4 x float> %731, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 1, i32 1>
  store <4 x float> %732, ptr %84, align 4
  %733 = load float, ptr %87, align 4
  %734 = fmul float %729, %733
  store float %734, ptr %88, align 4
  store float %734, ptr %89, align 4
  store float %734, ptr %90, align 4
  store float 1.000000e+00, ptr %Dt, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(60) %91, i8 0, i64 60, i1 false)
  %735 = load float, ptr %55, align 4
  store float %735, ptr %96, align 4
  store float 1.000000e+00, ptr %97, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(56) %98, i8 0, i64 56, i1 false)
  br label %t2.body

t2.body:                                          ; preds = %t2.body.peel.next, %t2.body
  %t2.addr.02670 = phi i64 [ %t2.next, %t2.body ], [ 2, %t2.body.peel.next ]
  %736 = getelementptr inbounds float, ptr %alpha, i64 %t2.addr.02670
  %737 = load float, ptr %736, align 4
  %738 = shl nuw nsw i64 %t2.addr.02670, 4
  %739 = getelementptr float, ptr %Dt, i64 %738
  %740 = getelementptr i8, ptr %739, i64 -64
  %741 = load <2 x float>, ptr %740, align 4
  %742 = insertelement <2 x float> poison, float %737, i64 0
  %743 = shufflevector <2 x float> %742, <2 x float> poison, <2 x i32> zeroinitializer
  %744 = fmul <2 x float> %743, %741
  store <2 x float> %744, ptr %739, align 4
  %gep3409 = getelementptr float, ptr %invariant.gep3408, i64 %738
  %745 = insertelement <8 x i64> poison, i64 %t2.addr.02670, i64 0
  %746 = shufflevector <8 x i64> %745, <8 x i64> poison, <8 x i32> zeroinitializer
  %747 = icmp eq <8 x i64> %746, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %748 = icmp ugt <8 x i64> %746, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %749 = or disjoint i64 %738, 2
  %750 = getelementptr inbounds float, ptr %Dt, i64 %749
  %751 = load <8 x float>, ptr %gep3409, align 4
  %752 = insertelement <8 x float> poison, float %737, i64 0
  %753 = shufflevector <8 x float> %752, <8 x float> poison, <8 x i32> zeroinitializer
  %754 = fmul <8 x float> %753, %751
  %755 = select <8 x i1> %747, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %756 = select <8 x i1> %748, <8 x float> %754, <8 x float> %755
  store <8 x float> %756, ptr %750, align 4
  %gep3425 = getelementptr float, ptr %invariant.gep3424, i64 %738
  %757 = insertelement <4 x i64> poison, i64 %t2.addr.02670, i64 0
  %758 = shufflevector <4 x i64> %757, <4 x i64> poison, <4 x i32> zeroinitializer
  %759 = icmp eq <4 x i64> %758, <i64 10, i64 11, i64 12, i64 13>
  %760 = icmp ugt <4 x i64> %758, <i64 10, i64 11, i64 12, i64 13>
  %761 = or disjoint i64 %738, 10
  %762 = getelementptr inbounds float, ptr %Dt, i64 %761
  %763 = load <4 x float>, ptr %gep3425, align 4
  %764 = insertelement <4 x float> poison, float %737, i64 0
  %765 = shufflevector <4 x float> %764, <4 x float> poison, <4 x i32> zeroinitializer
  %766 = fmul <4 x float> %765, %763
  %767 = select <4 x i1> %759, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %768 = select <4 x i1> %760, <4 x float> %766, <4 x float> %767
  store <4 x float> %768, ptr %762, align 4
  %gep3433 = getelementptr float, ptr %invariant.gep3432, i64 %738
  %769 = load float, ptr %gep3433, align 4
  %770 = fmul float %737, %769
  %771 = icmp eq i64 %t2.addr.02670, 14
  %772 = select i1 %771, float 1.000000e+00, float 0.000000e+00
  %773 = icmp ugt i64 %t2.addr.02670, 14
  %774 = select i1 %773, float %770, float %772
  %775 = or disjoint i64 %738, 14
  %776 = getelementptr inbounds float, ptr %Dt, i64 %775
  store float %774, ptr %776, align 4
  %777 = icmp eq i64 %t2.addr.02670, 15
  %778 = select i1 %777, float 1.000000e+00, float 0.000000e+00
  %779 = or disjoint i64 %738, 15
  %780 = getelementptr inbounds float, ptr %Dt, i64 %779
  store float %778, ptr %780, align 4
  %t2.next = add nuw nsw i64 %t2.addr.02670, 1
  %exitcond3151.not = icmp eq i64 %t2.next, 16
  br i1 %exitcond3151.not, label %t2.exit, label %t2.body, !llvm.loop !2

t2.exit:                                          ; preds = %t2.body
  %781 = load <16 x float>, ptr %Dt, align 4
  %782 = load <16 x float>, ptr %4, align 4
  %783 = load <16 x float>, ptr %5, align 4
  %784 = load <16 x float>, ptr %6, align 4
  %785 = load <16 x float>, ptr %7, align 4
  %786 = load <16 x float>, ptr %8, align 4
  %787 = load <16 x float>, ptr %9, align 4
  %788 = load <16 x float>, ptr %10, align 4
  %789 = load <16 x float>, ptr %11, align 4
  %790 = load <16 x float>, ptr %12, align 4
  %791 = load <16 x float>, ptr %13, align 4
  %792 = load <16 x float>, ptr %14, align 4
  %793 = load <16 x float>, ptr %15, align 4
  %794 = load <16 x float>, ptr %16, align 4
  %795 = load <16 x float>, ptr %17, align 4
  %796 = load <16 x float>, ptr %18, align 4
  %797 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %798 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %799 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %800 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %801 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %802 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %803 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %804 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %805 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %806 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %807 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %808 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %809 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %810 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %811 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %812 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %813 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %814 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %815 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %816 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %817 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %818 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %819 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %820 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %821 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %822 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %823 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %824 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %825 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %826 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %827 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %828 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %829 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %830 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %831 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %832 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %833 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %834 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %835 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %836 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %837 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %838 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %839 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %840 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %841 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %842 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %843 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %844 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %845 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %845, ptr %M, align 4
  %846 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %846, ptr %19, align 4
  %847 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %847, ptr %20, align 4
  %848 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %848, ptr %21, align 4
  %849 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %849, ptr %22, align 4
  %850 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %850, ptr %23, align 4
  %851 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %851, ptr %24, align 4
  %852 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %852, ptr %25, align 4
  %853 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %853, ptr %26, align 4
  %854 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %854, ptr %27, align 4
  %855 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %855, ptr %28, align 4
  %856 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %856, ptr %29, align 4
  %857 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %857, ptr %30, align 4
  %858 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %858, ptr %31, align 4
  %859 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  store <16 x float> %859, ptr %32, align 4
  %860 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  store <16 x float> %860, ptr %33, align 4
  br label %s2.head.preheader

s2.head.preheader:                                ; preds = %t2.exit, %s2.head.preheader
  %t3.addr.02672 = phi i64 [ 0, %t2.exit ], [ %t3.next, %s2.head.preheader ]
  %861 = shl nuw nsw i64 %t3.addr.02672, 5
  %.idx2950 = shl nsw i64 %t3.addr.02672, 6
  %862 = getelementptr inbounds i8, ptr %Dt, i64 %.idx2950
  %863 = load float, ptr %862, align 4
  %864 = getelementptr inbounds float, ptr %En, i64 %861
  store float %863, ptr %864, align 4
  %865 = or disjoint i64 %861, 1
  %866 = getelementptr inbounds float, ptr %En, i64 %865
  store float %863, ptr %866, align 4
  %867 = getelementptr inbounds i8, ptr %91, i64 %.idx2950
  %868 = load float, ptr %867, align 4
  %869 = or disjoint i64 %861, 2
  %870 = getelementptr inbounds float, ptr %En, i64 %869
  store float %868, ptr %870, align 4
  %871 = or disjoint i64 %861, 3
  %872 = getelementptr inbounds float, ptr %En, i64 %871
  store float %868, ptr %872, align 4
  %873 = getelementptr inbounds i8, ptr %92, i64 %.idx2950
  %874 = or disjoint i64 %861, 4
  %875 = getelementptr inbounds float, ptr %En, i64 %874
  %876 = load <2 x float>, ptr %873, align 4
  %877 = shufflevector <2 x float> %876, <2 x float> poison, <4 x i32> <i32 0, i32 0, i32 1, i32 1>
  store <4 x float> %877, ptr %875, align 4
  %878 = getelementptr inbounds i8, ptr %93, i64 %.idx2950
  %879 = or disjoint i64 %861, 8
  %880 = getelementptr inbounds float, ptr %En, i64 %879
  %881 = load <4 x float>, ptr %878, align 4
  %882 = shufflevector <4 x float> %881, <4 x float> poison, <8 x i32> <i32 0, i32 0, i32 1, i32 1, i32 2, i32 2, i32 3, i32 3>
  store <8 x float> %882, ptr %880, align 4
  %883 = getelementptr inbounds i8, ptr %94, i64 %.idx2950
  %884 = or disjoint i64 %861, 16
  %885 = getelementptr inbounds float, ptr %En, i64 %884
  %886 = load <4 x float>, ptr %883, align 4
  %887 = shufflevector <4 x float> %886, <4 x float> poison, <8 x i32> <i32 0, i32 0, i32 1, i32 1, i32 2, i32 2, i32 3, i32 3>
  store <8 x float> %887, ptr %885, align 4
  %888 = getelementptr inbounds i8, ptr %95, i64 %.idx2950
  %889 = or disjoint i64 %861, 24
  %890 = getelementptr inbounds float, ptr %En, i64 %889
  %891 = load <4 x float>, ptr %888, align 4
  %892 = shufflevector <4 x float> %891, <4 x float> poison, <8 x i32> <i32 0, i32 0, i32 1, i32 1, i32 2, i32 2, i32 3, i32 3>
  store <8 x float> %892, ptr %890, align 4
  %t3.next = add nuw nsw i64 %t3.addr.02672, 1
  %exitcond3154.not = icmp eq i64 %t3.next, 16
  br i1 %exitcond3154.not, label %t4.body.preheader, label %s2.head.preheader

t4.body.preheader:                                ; preds = %s2.head.preheader
  %893 = getelementptr i8, ptr %249, i64 %257
  br label %t4.body

t4.body:                                          ; preds = %t4.body.preheader, %endif414
  %t4.addr.02688 = phi i64 [ %t4.next, %endif414 ], [ 0, %t4.body.preheader ]
  %894 = shl nuw nsw i64 %t4.addr.02688, 8
  %gep3435 = getelementptr i8, ptr %invariant.gep3434, i64 %894
  %gep3437 = getelementptr i8, ptr %invariant.gep3436, i64 %894
  %gep3439 = getelementptr i8, ptr %invariant.gep3438, i64 %894
  %gep3441 = getelementptr i8, ptr %invariant.gep3440, i64 %894
  %895 = shl nuw nsw i64 %t4.addr.02688, 7
  %gep3443 = getelementptr i8, ptr %invariant.gep3442, i64 %895
  %896 = icmp sgt i64 %261, %t4.addr.02688
  br i1 %896, label %then412, label %j8.head.preheader

j8.head.preheader:                                ; preds = %t4.body
  %gep3445 = getelementptr i8, ptr %invariant.gep3444, i64 %895
  %gep3447 = getelementptr i8, ptr %invariant.gep3446, i64 %895
  %gep3449 = getelementptr i8, ptr %invariant.gep3448, i64 %894
  %gep3451 = getelementptr i8, ptr %invariant.gep3450, i64 %894
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3445, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3447, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3443, i8 0, i64 128, i1 false)
  %i13 = shl nuw nsw i64 %t4.addr.02688, 1
  %897 = getelementptr inbounds float, ptr %bet, i64 %i13
  store float 0.000000e+00, ptr %897, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3441, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3449, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3439, i8 0, i64 128, i1 false)
  %i17 = or disjoint i64 %i13, 1
  %898 = getelementptr inbounds float, ptr %bet, i64 %i17
  store float 0.000000e+00, ptr %898, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3437, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3451, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3435, i8 0, i64 128, i1 false)
  br label %endif414

then412:                                          ; preds = %t4.body
  %899 = mul i64 %45, %t4.addr.02688
  %scevgep3165 = getelementptr i8, ptr %893, i64 %899
  %900 = mul i64 %49, %t4.addr.02688
  %901 = add i64 %256, %900
  %scevgep3167 = getelementptr i8, ptr %k, i64 %901
  %scevgep3169 = getelementptr i8, ptr %v, i64 %901
  %902 = add i64 %255, %900
  %scevgep3171 = getelementptr i8, ptr %k, i64 %902
  %scevgep3173 = getelementptr i8, ptr %v, i64 %902
  %903 = getelementptr inbounds float, ptr %gam, i64 %t4.addr.02688
  %904 = load float, ptr %903, align 4
  %905 = add nuw nsw i64 %t4.addr.02688, %t0
  %906 = mul nsw i64 %905, %sq
  %907 = shl nuw nsw i64 %t4.addr.02688, 5
  %908 = insertelement <16 x float> poison, float %904, i64 0
  %909 = shufflevector <16 x float> %908, <16 x float> poison, <16 x i32> zeroinitializer
  %910 = getelementptr float, ptr %qh, i64 %906
  %911 = load <16 x float>, ptr %910, align 4
  %912 = fmul <16 x float> %911, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %913 = or disjoint i64 %907, 2048
  %914 = getelementptr inbounds float, ptr %Bk, i64 %913
  store <16 x float> %912, ptr %914, align 4
  %915 = fmul <16 x float> %909, %912
  %916 = getelementptr inbounds float, ptr %QK, i64 %907
  store <16 x float> %915, ptr %916, align 4
  %917 = getelementptr float, ptr %250, i64 %906
  %918 = load <16 x float>, ptr %917, align 4
  %919 = fmul <16 x float> %918, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %920 = or disjoint i64 %907, 16
  %921 = or i64 %907, 2064
  %922 = getelementptr inbounds float, ptr %Bk, i64 %921
  store <16 x float> %919, ptr %922, align 4
  %923 = fmul <16 x float> %909, %919
  %924 = getelementptr inbounds float, ptr %QK, i64 %920
  store <16 x float> %923, ptr %924, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3443, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165, i64 128, i1 false)
  %i6 = shl nuw nsw i64 %t4.addr.02688, 1
  %925 = or disjoint i64 %t4.addr.02688, %t0
  %tau = shl nsw i64 %925, 1
  %926 = mul nsw i64 %tau, %H
  %927 = getelementptr inbounds float, ptr %betah, i64 %926
  %928 = load float, ptr %927, align 4
  %929 = getelementptr inbounds float, ptr %bet, i64 %i6
  store float %928, ptr %929, align 4
  %930 = mul nsw i64 %tau, %sq
  %931 = shl nuw nsw i64 %t4.addr.02688, 6
  %932 = fneg float %904
  %933 = insertelement <16 x float> poison, float %932, i64 0
  %934 = shufflevector <16 x float> %933, <16 x float> poison, <16 x i32> zeroinitializer
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3441, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3167, i64 128, i1 false)
  %935 = getelementptr float, ptr %kh, i64 %930
  %936 = load <16 x float>, ptr %935, align 4
  %937 = fmul <16 x float> %934, %936
  %gep3453 = getelementptr inbounds float, ptr %invariant.gep3452, i64 %931
  store <16 x float> %937, ptr %gep3453, align 4
  %938 = getelementptr float, ptr %251, i64 %930
  %939 = load <16 x float>, ptr %938, align 4
  %940 = fmul <16 x float> %934, %939
  %gep3455 = getelementptr inbounds float, ptr %invariant.gep3454, i64 %931
  store <16 x float> %940, ptr %gep3455, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3439, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3169, i64 128, i1 false)
  %i8 = or disjoint i64 %i6, 1
  %tau1 = or disjoint i64 %tau, 1
  %941 = mul nsw i64 %tau1, %H
  %942 = getelementptr inbounds float, ptr %betah, i64 %941
  %943 = load float, ptr %942, align 4
  %944 = getelementptr inbounds float, ptr %bet, i64 %i8
  store float %943, ptr %944, align 4
  %945 = mul nsw i64 %tau1, %sq
  %946 = shl nuw nsw i64 %i8, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3437, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3171, i64 128, i1 false)
  %947 = getelementptr float, ptr %kh, i64 %945
  %948 = load <16 x float>, ptr %947, align 4
  %949 = fmul <16 x float> %934, %948
  %gep3457 = getelementptr inbounds float, ptr %invariant.gep3456, i64 %946
  store <16 x float> %949, ptr %gep3457, align 4
  %950 = getelementptr float, ptr %251, i64 %945
  %951 = load <16 x float>, ptr %950, align 4
  %952 = fmul <16 x float> %934, %951
  %gep3459 = getelementptr inbounds float, ptr %invariant.gep3458, i64 %946
  store <16 x float> %952, ptr %gep3459, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3435, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3173, i64 128, i1 false)
  br label %endif414

endif414:                                         ; preds = %j8.head.preheader, %then412
  %t4.next = add nuw nsw i64 %t4.addr.02688, 1
  %exitcond3174.not = icmp eq i64 %t4.next, 16
  br i1 %exitcond3174.not, label %j17.head.preheader, label %t4.body

j17.head.preheader:                               ; preds = %endif414, %j17.exit
  %953 = phi i1 [ false, %j17.exit ], [ true, %endif414 ]
  %i21.addr.02690 = phi i64 [ 16, %j17.exit ], [ 0, %endif414 ]
  %.idx3224 = shl nuw nsw i64 %i21.addr.02690, 7
  %invariant.gep3460 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3224
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %954 = phi i1 [ true, %j17.head.preheader ], [ false, %j17.body ]
  %j17.addr.02689 = phi i64 [ 0, %j17.head.preheader ], [ 16, %j17.body ]
  %gep3461 = getelementptr inbounds float, ptr %invariant.gep3460, i64 %j17.addr.02689
  %955 = getelementptr inbounds i8, ptr %gep3461, i64 10240
  %956 = load <16 x float>, ptr %955, align 4
  %957 = getelementptr inbounds i8, ptr %gep3461, i64 11264
  %958 = load <16 x float>, ptr %957, align 4
  %959 = getelementptr inbounds i8, ptr %gep3461, i64 10368
  %960 = load <16 x float>, ptr %959, align 4
  %961 = getelementptr inbounds i8, ptr %gep3461, i64 11392
  %962 = load <16 x float>, ptr %961, align 4
  %963 = getelementptr inbounds i8, ptr %gep3461, i64 10496
  %964 = load <16 x float>, ptr %963, align 4
  %965 = getelementptr inbounds i8, ptr %gep3461, i64 11520
  %966 = load <16 x float>, ptr %965, align 4
  %967 = getelementptr inbounds i8, ptr %gep3461, i64 10624
  %968 = load <16 x float>, ptr %967, align 4
  %969 = getelementptr inbounds i8, ptr %gep3461, i64 11648
  %970 = load <16 x float>, ptr %969, align 4
  %971 = getelementptr inbounds i8, ptr %gep3461, i64 10752
  %972 = load <16 x float>, ptr %971, align 4
  %973 = getelementptr inbounds i8, ptr %gep3461, i64 11776
  %974 = load <16 x float>, ptr %973, align 4
  %975 = getelementptr inbounds i8, ptr %gep3461, i64 10880
  %976 = load <16 x float>, ptr %975, align 4
  %977 = getelementptr inbounds i8, ptr %gep3461, i64 11904
  %978 = load <16 x float>, ptr %977, align 4
  %979 = getelementptr inbounds i8, ptr %gep3461, i64 11008
  %980 = load <16 x float>, ptr %979, align 4
  %981 = getelementptr inbounds i8, ptr %gep3461, i64 12032
  %982 = load <16 x float>, ptr %981, align 4
  %983 = getelementptr inbounds i8, ptr %gep3461, i64 11136
  %984 = load <16 x float>, ptr %983, align 4
  %985 = getelementptr inbounds i8, ptr %gep3461, i64 12160
  %986 = load <16 x float>, ptr %985, align 4
  %987 = shufflevector <16 x float> %956, <16 x float> %958, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %988 = shufflevector <16 x float> %972, <16 x float> %974, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %989 = shufflevector <16 x float> %960, <16 x float> %962, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %990 = shufflevector <16 x float> %976, <16 x float> %978, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %991 = shufflevector <16 x float> %964, <16 x float> %966, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %992 = shufflevector <16 x float> %980, <16 x float> %982, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %993 = shufflevector <16 x float> %968, <16 x float> %970, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %994 = shufflevector <16 x float> %984, <16 x float> %986, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %995 = shufflevector <16 x float> %956, <16 x float> %958, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %996 = shufflevector <16 x float> %972, <16 x float> %974, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %997 = shufflevector <16 x float> %960, <16 x float> %962, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %998 = shufflevector <16 x float> %976, <16 x float> %978, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %999 = shufflevector <16 x float> %964, <16 x float> %966, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1000 = shufflevector <16 x float> %980, <16 x float> %982, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1001 = shufflevector <16 x float> %968, <16 x float> %970, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1002 = shufflevector <16 x float> %984, <16 x float> %986, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1003 = shufflevector <16 x float> %987, <16 x float> %988, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1004 = shufflevector <16 x float> %991, <16 x float> %992, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1005 = shufflevector <16 x float> %989, <16 x float> %990, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1006 = shufflevector <16 x float> %993, <16 x float> %994, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1007 = shufflevector <16 x float> %987, <16 x float> %988, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1008 = shufflevector <16 x float> %991, <16 x float> %992, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1009 = shufflevector <16 x float> %989, <16 x float> %990, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1010 = shufflevector <16 x float> %993, <16 x float> %994, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1011 = shufflevector <16 x float> %995, <16 x float> %996, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1012 = shufflevector <16 x float> %999, <16 x float> %1000, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1013 = shufflevector <16 x float> %997, <16 x float> %998, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1014 = shufflevector <16 x float> %1001, <16 x float> %1002, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1015 = shufflevector <16 x float> %995, <16 x float> %996, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1016 = shufflevector <16 x float> %999, <16 x float> %1000, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1017 = shufflevector <16 x float> %997, <16 x float> %998, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1018 = shufflevector <16 x float> %1001, <16 x float> %1002, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1019 = shufflevector <16 x float> %1003, <16 x float> %1004, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1020 = shufflevector <16 x float> %1005, <16 x float> %1006, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1021 = shufflevector <16 x float> %1003, <16 x float> %1004, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1022 = shufflevector <16 x float> %1005, <16 x float> %1006, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1023 = shufflevector <16 x float> %1007, <16 x float> %1008, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1024 = shufflevector <16 x float> %1009, <16 x float> %1010, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1025 = shufflevector <16 x float> %1007, <16 x float> %1008, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1026 = shufflevector <16 x float> %1009, <16 x float> %1010, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1027 = shufflevector <16 x float> %1011, <16 x float> %1012, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1028 = shufflevector <16 x float> %1013, <16 x float> %1014, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1029 = shufflevector <16 x float> %1011, <16 x float> %1012, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1030 = shufflevector <16 x float> %1013, <16 x float> %1014, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1031 = shufflevector <16 x float> %1015, <16 x float> %1016, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1032 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1033 = shufflevector <16 x float> %1015, <16 x float> %1016, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1034 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1035 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1036 = shl nuw nsw i64 %j17.addr.02689, 5
  %1037 = or disjoint i64 %1036, %i21.addr.02690
  %1038 = getelementptr inbounds float, ptr %KT, i64 %1037
  store <16 x float> %1035, ptr %1038, align 4
  %1039 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1040 = or disjoint i64 %1037, 32
  %1041 = getelementptr inbounds float, ptr %KT, i64 %1040
  store <16 x float> %1039, ptr %1041, align 4
  %1042 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1043 = or disjoint i64 %1037, 64
  %1044 = getelementptr inbounds float, ptr %KT, i64 %1043
  store <16 x float> %1042, ptr %1044, align 4
  %1045 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1046 = or disjoint i64 %1037, 96
  %1047 = getelementptr inbounds float, ptr %KT, i64 %1046
  store <16 x float> %1045, ptr %1047, align 4
  %1048 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1049 = or disjoint i64 %1037, 128
  %1050 = getelementptr inbounds float, ptr %KT, i64 %1049
  store <16 x float> %1048, ptr %1050, align 4
  %1051 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1052 = or disjoint i64 %1037, 160
  %1053 = getelementptr inbounds float, ptr %KT, i64 %1052
  store <16 x float> %1051, ptr %1053, align 4
  %1054 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1055 = or disjoint i64 %1037, 192
  %1056 = getelementptr inbounds float, ptr %KT, i64 %1055
  store <16 x float> %1054, ptr %1056, align 4
  %1057 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1058 = or disjoint i64 %1037, 224
  %1059 = getelementptr inbounds float, ptr %KT, i64 %1058
  store <16 x float> %1057, ptr %1059, align 4
  %1060 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1061 = or disjoint i64 %1037, 256
  %1062 = getelementptr inbounds float, ptr %KT, i64 %1061
  store <16 x float> %1060, ptr %1062, align 4
  %1063 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1064 = or disjoint i64 %1037, 288
  %1065 = getelementptr inbounds float, ptr %KT, i64 %1064
  store <16 x float> %1063, ptr %1065, align 4
  %1066 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1067 = or disjoint i64 %1037, 320
  %1068 = getelementptr inbounds float, ptr %KT, i64 %1067
  store <16 x float> %1066, ptr %1068, align 4
  %1069 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1070 = or disjoint i64 %1037, 352
  %1071 = getelementptr inbounds float, ptr %KT, i64 %1070
  store <16 x float> %1069, ptr %1071, align 4
  %1072 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1073 = or disjoint i64 %1037, 384
  %1074 = getelementptr inbounds float, ptr %KT, i64 %1073
  store <16 x float> %1072, ptr %1074, align 4
  %1075 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1076 = or disjoint i64 %1037, 416
  %1077 = getelementptr inbounds float, ptr %KT, i64 %1076
  store <16 x float> %1075, ptr %1077, align 4
  %1078 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1079 = or disjoint i64 %1037, 448
  %1080 = getelementptr inbounds float, ptr %KT, i64 %1079
  store <16 x float> %1078, ptr %1080, align 4
  %1081 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1082 = or disjoint i64 %1037, 480
  %1083 = getelementptr inbounds float, ptr %KT, i64 %1082
  store <16 x float> %1081, ptr %1083, align 4
  br i1 %954, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  br i1 %953, label %j17.head.preheader, label %j18.body

j18.body:                                         ; preds = %j17.exit, %j18.body
  %1084 = phi i1 [ false, %j18.body ], [ true, %j17.exit ]
  %j18.addr.02691 = phi i64 [ 16, %j18.body ], [ 0, %j17.exit ]
  %1085 = or disjoint i64 %j18.addr.02691, 2048
  %1086 = getelementptr inbounds float, ptr %Bk, i64 %1085
  %1087 = load <16 x float>, ptr %1086, align 4
  %1088 = or disjoint i64 %j18.addr.02691, 2304
  %1089 = getelementptr inbounds float, ptr %Bk, i64 %1088
  %1090 = load <16 x float>, ptr %1089, align 4
  %1091 = or disjoint i64 %j18.addr.02691, 2080
  %1092 = getelementptr inbounds float, ptr %Bk, i64 %1091
  %1093 = load <16 x float>, ptr %1092, align 4
  %1094 = or disjoint i64 %j18.addr.02691, 2336
  %1095 = getelementptr inbounds float, ptr %Bk, i64 %1094
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = or disjoint i64 %j18.addr.02691, 2112
  %1098 = getelementptr inbounds float, ptr %Bk, i64 %1097
  %1099 = load <16 x float>, ptr %1098, align 4
  %1100 = or disjoint i64 %j18.addr.02691, 2368
  %1101 = getelementptr inbounds float, ptr %Bk, i64 %1100
  %1102 = load <16 x float>, ptr %1101, align 4
  %1103 = or disjoint i64 %j18.addr.02691, 2144
  %1104 = getelementptr inbounds float, ptr %Bk, i64 %1103
  %1105 = load <16 x float>, ptr %1104, align 4
  %1106 = or disjoint i64 %j18.addr.02691, 2400
  %1107 = getelementptr inbounds float, ptr %Bk, i64 %1106
  %1108 = load <16 x float>, ptr %1107, align 4
  %1109 = or disjoint i64 %j18.addr.02691, 2176
  %1110 = getelementptr inbounds float, ptr %Bk, i64 %1109
  %1111 = load <16 x float>, ptr %1110, align 4
  %1112 = or disjoint i64 %j18.addr.02691, 2432
  %1113 = getelementptr inbounds float, ptr %Bk, i64 %1112
  %1114 = load <16 x float>, ptr %1113, align 4
  %1115 = or disjoint i64 %j18.addr.02691, 2208
  %1116 = getelementptr inbounds float, ptr %Bk, i64 %1115
  %1117 = load <16 x float>, ptr %1116, align 4
  %1118 = or disjoint i64 %j18.addr.02691, 2464
  %1119 = getelementptr inbounds float, ptr %Bk, i64 %1118
  %1120 = load <16 x float>, ptr %1119, align 4
  %1121 = or disjoint i64 %j18.addr.02691, 2240
  %1122 = getelementptr inbounds float, ptr %Bk, i64 %1121
  %1123 = load <16 x float>, ptr %1122, align 4
  %1124 = or disjoint i64 %j18.addr.02691, 2496
  %1125 = getelementptr inbounds float, ptr %Bk, i64 %1124
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = or disjoint i64 %j18.addr.02691, 2272
  %1128 = getelementptr inbounds float, ptr %Bk, i64 %1127
  %1129 = load <16 x float>, ptr %1128, align 4
  %1130 = or disjoint i64 %j18.addr.02691, 2528
  %1131 = getelementptr inbounds float, ptr %Bk, i64 %1130
  %1132 = load <16 x float>, ptr %1131, align 4
  %1133 = shufflevector <16 x float> %1087, <16 x float> %1090, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1134 = shufflevector <16 x float> %1111, <16 x float> %1114, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1135 = shufflevector <16 x float> %1093, <16 x float> %1096, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1136 = shufflevector <16 x float> %1117, <16 x float> %1120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1137 = shufflevector <16 x float> %1099, <16 x float> %1102, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1138 = shufflevector <16 x float> %1123, <16 x float> %1126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1139 = shufflevector <16 x float> %1105, <16 x float> %1108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1140 = shufflevector <16 x float> %1129, <16 x float> %1132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1141 = shufflevector <16 x float> %1087, <16 x float> %1090, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1142 = shufflevector <16 x float> %1111, <16 x float> %1114, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1143 = shufflevector <16 x float> %1093, <16 x float> %1096, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1144 = shufflevector <16 x float> %1117, <16 x float> %1120, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1145 = shufflevector <16 x float> %1099, <16 x float> %1102, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1146 = shufflevector <16 x float> %1123, <16 x float> %1126, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1147 = shufflevector <16 x float> %1105, <16 x float> %1108, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1148 = shufflevector <16 x float> %1129, <16 x float> %1132, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1149 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1150 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1151 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1152 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1153 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1154 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1155 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1156 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1157 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1158 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1159 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1160 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1161 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1162 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1163 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1164 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1165 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1166 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1167 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1168 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1169 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1170 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1171 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1172 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1173 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1174 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1175 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1176 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1177 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1178 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1179 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1180 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1181 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2642 = shl nuw nsw i64 %j18.addr.02691, 6
  %1182 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2642
  store <16 x float> %1181, ptr %1182, align 4
  %1183 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1184 = shl nuw nsw i64 %j18.addr.02691, 4
  %1185 = or disjoint i64 %1184, 16
  %1186 = getelementptr inbounds float, ptr %QcT, i64 %1185
  store <16 x float> %1183, ptr %1186, align 4
  %1187 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1188 = or disjoint i64 %1184, 32
  %1189 = getelementptr inbounds float, ptr %QcT, i64 %1188
  store <16 x float> %1187, ptr %1189, align 4
  %1190 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1191 = or disjoint i64 %1184, 48
  %1192 = getelementptr inbounds float, ptr %QcT, i64 %1191
  store <16 x float> %1190, ptr %1192, align 4
  %1193 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1194 = or disjoint i64 %1184, 64
  %1195 = getelementptr inbounds float, ptr %QcT, i64 %1194
  store <16 x float> %1193, ptr %1195, align 4
  %1196 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1197 = or disjoint i64 %1184, 80
  %1198 = getelementptr inbounds float, ptr %QcT, i64 %1197
  store <16 x float> %1196, ptr %1198, align 4
  %1199 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1200 = or disjoint i64 %1184, 96
  %1201 = getelementptr inbounds float, ptr %QcT, i64 %1200
  store <16 x float> %1199, ptr %1201, align 4
  %1202 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1203 = or disjoint i64 %1184, 112
  %1204 = getelementptr inbounds float, ptr %QcT, i64 %1203
  store <16 x float> %1202, ptr %1204, align 4
  %1205 = shufflevector <16 x float> %1173, <16 x float> %1174, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1206 = or disjoint i64 %1184, 128
  %1207 = getelementptr inbounds float, ptr %QcT, i64 %1206
  store <16 x float> %1205, ptr %1207, align 4
  %1208 = shufflevector <16 x float> %1173, <16 x float> %1174, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1209 = or disjoint i64 %1184, 144
  %1210 = getelementptr inbounds float, ptr %QcT, i64 %1209
  store <16 x float> %1208, ptr %1210, align 4
  %1211 = shufflevector <16 x float> %1175, <16 x float> %1176, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1212 = or disjoint i64 %1184, 160
  %1213 = getelementptr inbounds float, ptr %QcT, i64 %1212
  store <16 x float> %1211, ptr %1213, align 4
  %1214 = shufflevector <16 x float> %1175, <16 x float> %1176, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1215 = or disjoint i64 %1184, 176
  %1216 = getelementptr inbounds float, ptr %QcT, i64 %1215
  store <16 x float> %1214, ptr %1216, align 4
  %1217 = shufflevector <16 x float> %1177, <16 x float> %1178, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1218 = or disjoint i64 %1184, 192
  %1219 = getelementptr inbounds float, ptr %QcT, i64 %1218
  store <16 x float> %1217, ptr %1219, align 4
  %1220 = shufflevector <16 x float> %1177, <16 x float> %1178, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1221 = or disjoint i64 %1184, 208
  %1222 = getelementptr inbounds float, ptr %QcT, i64 %1221
  store <16 x float> %1220, ptr %1222, align 4
  %1223 = shufflevector <16 x float> %1179, <16 x float> %1180, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1224 = or disjoint i64 %1184, 224
  %1225 = getelementptr inbounds float, ptr %QcT, i64 %1224
  store <16 x float> %1223, ptr %1225, align 4
  %1226 = shufflevector <16 x float> %1179, <16 x float> %1180, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1227 = or disjoint i64 %1184, 240
  %1228 = getelementptr inbounds float, ptr %QcT, i64 %1227
  store <16 x float> %1226, ptr %1228, align 4
  br i1 %1084, label %j18.body, label %j19.body

j19.body:                                         ; preds = %j18.body, %j19.body
  %1229 = phi i1 [ false, %j19.body ], [ true, %j18.body ]
  %j19.addr.02692 = phi i64 [ 16, %j19.body ], [ 0, %j18.body ]
  %1230 = getelementptr inbounds float, ptr %OY, i64 %j19.addr.02692
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = or disjoint i64 %j19.addr.02692, 256
  %1233 = getelementptr inbounds float, ptr %OY, i64 %1232
  %1234 = load <16 x float>, ptr %1233, align 4
  %1235 = or disjoint i64 %j19.addr.02692, 32
  %1236 = getelementptr inbounds float, ptr %OY, i64 %1235
  %1237 = load <16 x float>, ptr %1236, align 4
  %1238 = or disjoint i64 %j19.addr.02692, 288
  %1239 = getelementptr inbounds float, ptr %OY, i64 %1238
  %1240 = load <16 x float>, ptr %1239, align 4
  %1241 = or disjoint i64 %j19.addr.02692, 64
  %1242 = getelementptr inbounds float, ptr %OY, i64 %1241
  %1243 = load <16 x float>, ptr %1242, align 4
  %1244 = or disjoint i64 %j19.addr.02692, 320
  %1245 = getelementptr inbounds float, ptr %OY, i64 %1244
  %1246 = load <16 x float>, ptr %1245, align 4
  %1247 = or disjoint i64 %j19.addr.02692, 96
  %1248 = getelementptr inbounds float, ptr %OY, i64 %1247
  %1249 = load <16 x float>, ptr %1248, align 4
  %1250 = or disjoint i64 %j19.addr.02692, 352
  %1251 = getelementptr inbounds float, ptr %OY, i64 %1250
  %1252 = load <16 x float>, ptr %1251, align 4
  %1253 = or disjoint i64 %j19.addr.02692, 128
  %1254 = getelementptr inbounds float, ptr %OY, i64 %1253
  %1255 = load <16 x float>, ptr %1254, align 4
  %1256 = or disjoint i64 %j19.addr.02692, 384
  %1257 = getelementptr inbounds float, ptr %OY, i64 %1256
  %1258 = load <16 x float>, ptr %1257, align 4
  %1259 = or disjoint i64 %j19.addr.02692, 160
  %1260 = getelementptr inbounds float, ptr %OY, i64 %1259
  %1261 = load <16 x float>, ptr %1260, align 4
  %1262 = or disjoint i64 %j19.addr.02692, 416
  %1263 = getelementptr inbounds float, ptr %OY, i64 %1262
  %1264 = load <16 x float>, ptr %1263, align 4
  %1265 = or disjoint i64 %j19.addr.02692, 192
  %1266 = getelementptr inbounds float, ptr %OY, i64 %1265
  %1267 = load <16 x float>, ptr %1266, align 4
  %1268 = or disjoint i64 %j19.addr.02692, 448
  %1269 = getelementptr inbounds float, ptr %OY, i64 %1268
  %1270 = load <16 x float>, ptr %1269, align 4
  %1271 = or disjoint i64 %j19.addr.02692, 224
  %1272 = getelementptr inbounds float, ptr %OY, i64 %1271
  %1273 = load <16 x float>, ptr %1272, align 4
  %1274 = or disjoint i64 %j19.addr.02692, 480
  %1275 = getelementptr inbounds float, ptr %OY, i64 %1274
  %1276 = load <16 x float>, ptr %1275, align 4
  %1277 = shufflevector <16 x float> %1231, <16 x float> %1234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1278 = shufflevector <16 x float> %1255, <16 x float> %1258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1279 = shufflevector <16 x float> %1237, <16 x float> %1240, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1280 = shufflevector <16 x float> %1261, <16 x float> %1264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1281 = shufflevector <16 x float> %1243, <16 x float> %1246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1282 = shufflevector <16 x float> %1267, <16 x float> %1270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1283 = shufflevector <16 x float> %1249, <16 x float> %1252, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1284 = shufflevector <16 x float> %1273, <16 x float> %1276, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1285 = shufflevector <16 x float> %1231, <16 x float> %1234, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1286 = shufflevector <16 x float> %1255, <16 x float> %1258, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1287 = shufflevector <16 x float> %1237, <16 x float> %1240, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1288 = shufflevector <16 x float> %1261, <16 x float> %1264, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1289 = shufflevector <16 x float> %1243, <16 x float> %1246, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1290 = shufflevector <16 x float> %1267, <16 x float> %1270, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1291 = shufflevector <16 x float> %1249, <16 x float> %1252, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1292 = shufflevector <16 x float> %1273, <16 x float> %1276, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1293 = shufflevector <16 x float> %1277, <16 x float> %1278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1294 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1295 = shufflevector <16 x float> %1279, <16 x float> %1280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1296 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1297 = shufflevector <16 x float> %1277, <16 x float> %1278, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1298 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1299 = shufflevector <16 x float> %1279, <16 x float> %1280, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1300 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1301 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1302 = shufflevector <16 x float> %1289, <16 x float> %1290, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1303 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1304 = shufflevector <16 x float> %1291, <16 x float> %1292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1305 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1306 = shufflevector <16 x float> %1289, <16 x float> %1290, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1307 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1308 = shufflevector <16 x float> %1291, <16 x float> %1292, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1309 = shufflevector <16 x float> %1293, <16 x float> %1294, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1310 = shufflevector <16 x float> %1295, <16 x float> %1296, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1311 = shufflevector <16 x float> %1293, <16 x float> %1294, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1312 = shufflevector <16 x float> %1295, <16 x float> %1296, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1313 = shufflevector <16 x float> %1297, <16 x float> %1298, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1314 = shufflevector <16 x float> %1299, <16 x float> %1300, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1315 = shufflevector <16 x float> %1297, <16 x float> %1298, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1316 = shufflevector <16 x float> %1299, <16 x float> %1300, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1317 = shufflevector <16 x float> %1301, <16 x float> %1302, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1318 = shufflevector <16 x float> %1303, <16 x float> %1304, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1319 = shufflevector <16 x float> %1301, <16 x float> %1302, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1320 = shufflevector <16 x float> %1303, <16 x float> %1304, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1321 = shufflevector <16 x float> %1305, <16 x float> %1306, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1322 = shufflevector <16 x float> %1307, <16 x float> %1308, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1323 = shufflevector <16 x float> %1305, <16 x float> %1306, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1324 = shufflevector <16 x float> %1307, <16 x float> %1308, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1325 = shufflevector <16 x float> %1309, <16 x float> %1310, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2641 = shl nuw nsw i64 %j19.addr.02692, 6
  %1326 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2641
  store <16 x float> %1325, ptr %1326, align 4
  %1327 = shufflevector <16 x float> %1309, <16 x float> %1310, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1328 = shl nuw nsw i64 %j19.addr.02692, 4
  %1329 = or disjoint i64 %1328, 16
  %1330 = getelementptr inbounds float, ptr %dOT, i64 %1329
  store <16 x float> %1327, ptr %1330, align 4
  %1331 = shufflevector <16 x float> %1311, <16 x float> %1312, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1332 = or disjoint i64 %1328, 32
  %1333 = getelementptr inbounds float, ptr %dOT, i64 %1332
  store <16 x float> %1331, ptr %1333, align 4
  %1334 = shufflevector <16 x float> %1311, <16 x float> %1312, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1335 = or disjoint i64 %1328, 48
  %1336 = getelementptr inbounds float, ptr %dOT, i64 %1335
  store <16 x float> %1334, ptr %1336, align 4
  %1337 = shufflevector <16 x float> %1313, <16 x float> %1314, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1338 = or disjoint i64 %1328, 64
  %1339 = getelementptr inbounds float, ptr %dOT, i64 %1338
  store <16 x float> %1337, ptr %1339, align 4
  %1340 = shufflevector <16 x float> %1313, <16 x float> %1314, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1341 = or disjoint i64 %1328, 80
  %1342 = getelementptr inbounds float, ptr %dOT, i64 %1341
  store <16 x float> %1340, ptr %1342, align 4
  %1343 = shufflevector <16 x float> %1315, <16 x float> %1316, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1344 = or disjoint i64 %1328, 96
  %1345 = getelementptr inbounds float, ptr %dOT, i64 %1344
  store <16 x float> %1343, ptr %1345, align 4
  %1346 = shufflevector <16 x float> %1315, <16 x float> %1316, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1347 = or disjoint i64 %1328, 112
  %1348 = getelementptr inbounds float, ptr %dOT, i64 %1347
  store <16 x float> %1346, ptr %1348, align 4
  %1349 = shufflevector <16 x float> %1317, <16 x float> %1318, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1350 = or disjoint i64 %1328, 128
  %1351 = getelementptr inbounds float, ptr %dOT, i64 %1350
  store <16 x float> %1349, ptr %1351, align 4
  %1352 = shufflevector <16 x float> %1317, <16 x float> %1318, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1353 = or disjoint i64 %1328, 144
  %1354 = getelementptr inbounds float, ptr %dOT, i64 %1353
  store <16 x float> %1352, ptr %1354, align 4
  %1355 = shufflevector <16 x float> %1319, <16 x float> %1320, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1356 = or disjoint i64 %1328, 160
  %1357 = getelementptr inbounds float, ptr %dOT, i64 %1356
  store <16 x float> %1355, ptr %1357, align 4
  %1358 = shufflevector <16 x float> %1319, <16 x float> %1320, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1359 = or disjoint i64 %1328, 176
  %1360 = getelementptr inbounds float, ptr %dOT, i64 %1359
  store <16 x float> %1358, ptr %1360, align 4
  %1361 = shufflevector <16 x float> %1321, <16 x float> %1322, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1362 = or disjoint i64 %1328, 192
  %1363 = getelementptr inbounds float, ptr %dOT, i64 %1362
  store <16 x float> %1361, ptr %1363, align 4
  %1364 = shufflevector <16 x float> %1321, <16 x float> %1322, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1365 = or disjoint i64 %1328, 208
  %1366 = getelementptr inbounds float, ptr %dOT, i64 %1365
  store <16 x float> %1364, ptr %1366, align 4
  %1367 = shufflevector <16 x float> %1323, <16 x float> %1324, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1368 = or disjoint i64 %1328, 224
  %1369 = getelementptr inbounds float, ptr %dOT, i64 %1368
  store <16 x float> %1367, ptr %1369, align 4
  %1370 = shufflevector <16 x float> %1323, <16 x float> %1324, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1371 = or disjoint i64 %1328, 240
  %1372 = getelementptr inbounds float, ptr %dOT, i64 %1371
  store <16 x float> %1370, ptr %1372, align 4
  br i1 %1229, label %j19.body, label %i24.body

i24.head.loopexit:                                ; preds = %p3.exit.1, %p3.exit
  %1373 = icmp ult i64 %i24.addr.02703, 24
  br i1 %1373, label %i24.body, label %j21.head.preheader

i24.body:                                         ; preds = %j19.body, %i24.head.loopexit
  %i24.addr.02703 = phi i64 [ %1374, %i24.head.loopexit ], [ 0, %j19.body ]
  %1374 = add nuw nsw i64 %i24.addr.02703, 8
  %1375 = shl nuw nsw i64 %i24.addr.02703, 5
  %.idx2639 = shl nuw nsw i64 %i24.addr.02703, 7
  %1376 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2639
  %1377 = or disjoint i64 %1375, 32
  %1378 = getelementptr inbounds float, ptr %Gm, i64 %1377
  %1379 = or disjoint i64 %1375, 64
  %1380 = getelementptr inbounds float, ptr %Gm, i64 %1379
  %1381 = or disjoint i64 %1375, 96
  %1382 = getelementptr inbounds float, ptr %Gm, i64 %1381
  %1383 = or disjoint i64 %1375, 128
  %1384 = getelementptr inbounds float, ptr %Gm, i64 %1383
  %1385 = or disjoint i64 %1375, 160
  %1386 = getelementptr inbounds float, ptr %Gm, i64 %1385
  %1387 = or disjoint i64 %1375, 192
  %1388 = getelementptr inbounds float, ptr %Gm, i64 %1387
  %1389 = or disjoint i64 %1375, 224
  %1390 = getelementptr inbounds float, ptr %Gm, i64 %1389
  %invariant.gep3462 = getelementptr inbounds float, ptr %Bk, i64 %1375
  br label %p3.body

p3.body:                                          ; preds = %i24.body, %p3.body
  %acc.02701 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1396, %p3.body ]
  %acc1.02700 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1401, %p3.body ]
  %acc2.02699 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1406, %p3.body ]
  %acc3.02698 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1411, %p3.body ]
  %acc4.02697 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1416, %p3.body ]
  %acc5.02696 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1421, %p3.body ]
  %acc6.02695 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1426, %p3.body ]
  %acc7.02694 = phi <16 x float> [ zeroinitializer, %i24.body ], [ %1431, %p3.body ]
  %p3.addr.02693 = phi i64 [ 0, %i24.body ], [ %p3.next, %p3.body ]
  %.idx2640 = shl nuw nsw i64 %p3.addr.02693, 7
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2640
  %1391 = load <16 x float>, ptr %gep, align 4
  %gep3463 = getelementptr inbounds float, ptr %invariant.gep3462, i64 %p3.addr.02693
  %1392 = getelementptr inbounds i8, ptr %gep3463, i64 10240
  %1393 = load float, ptr %1392, align 4
  %1394 = insertelement <16 x float> poison, float %1393, i64 0
  %1395 = shufflevector <16 x float> %1394, <16 x float> poison, <16 x i32> zeroinitializer
  %1396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1395, <16 x float> %1391, <16 x float> %acc.02701)
  %1397 = getelementptr inbounds i8, ptr %gep3463, i64 10368
  %1398 = load float, ptr %1397, align 4
  %1399 = insertelement <16 x float> poison, float %1398, i64 0
  %1400 = shufflevector <16 x float> %1399, <16 x float> poison, <16 x i32> zeroinitializer
  %1401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1400, <16 x float> %1391, <16 x float> %acc1.02700)
  %1402 = getelementptr inbounds i8, ptr %gep3463, i64 10496
  %1403 = load float, ptr %1402, align 4
  %1404 = insertelement <16 x float> poison, float %1403, i64 0
  %1405 = shufflevector <16 x float> %1404, <16 x float> poison, <16 x i32> zeroinitializer
  %1406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1405, <16 x float> %1391, <16 x float> %acc2.02699)
  %1407 = getelementptr inbounds i8, ptr %gep3463, i64 10624
  %1408 = load float, ptr %1407, align 4
  %1409 = insertelement <16 x float> poison, float %1408, i64 0
  %1410 = shufflevector <16 x float> %1409, <16 x float> poison, <16 x i32> zeroinitializer
  %1411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1410, <16 x float> %1391, <16 x float> %acc3.02698)
  %1412 = getelementptr inbounds i8, ptr %gep3463, i64 10752
  %1413 = load float, ptr %1412, align 4
  %1414 = insertelement <16 x float> poison, float %1413, i64 0
  %1415 = shufflevector <16 x float> %1414, <16 x float> poison, <16 x i32> zeroinitializer
  %1416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1415, <16 x float> %1391, <16 x float> %acc4.02697)
  %1417 = getelementptr inbounds i8, ptr %gep3463, i64 10880
  %1418 = load float, ptr %1417, align 4
  %1419 = insertelement <16 x float> poison, float %1418, i64 0
  %1420 = shufflevector <16 x float> %1419, <16 x float> poison, <16 x i32> zeroinitializer
  %1421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1420, <16 x float> %1391, <16 x float> %acc5.02696)
  %1422 = getelementptr inbounds i8, ptr %gep3463, i64 11008
  %1423 = load float, ptr %1422, align 4
  %1424 = insertelement <16 x float> poison, float %1423, i64 0
  %1425 = shufflevector <16 x float> %1424, <16 x float> poison, <16 x i32> zeroinitializer
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1425, <16 x float> %1391, <16 x float> %acc6.02695)
  %1427 = getelementptr inbounds i8, ptr %gep3463, i64 11136
  %1428 = load float, ptr %1427, align 4
  %1429 = insertelement <16 x float> poison, float %1428, i64 0
  %1430 = shufflevector <16 x float> %1429, <16 x float> poison, <16 x i32> zeroinitializer
  %1431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1430, <16 x float> %1391, <16 x float> %acc7.02694)
  %p3.next = add nuw nsw i64 %p3.addr.02693, 1
  %exitcond3175.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3175.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1396, ptr %1376, align 4
  store <16 x float> %1401, ptr %1378, align 4
  store <16 x float> %1406, ptr %1380, align 4
  store <16 x float> %1411, ptr %1382, align 4
  store <16 x float> %1416, ptr %1384, align 4
  store <16 x float> %1421, ptr %1386, align 4
  store <16 x float> %1426, ptr %1388, align 4
  store <16 x float> %1431, ptr %1390, align 4
  %1432 = icmp ugt i64 %i24.addr.02703, 8
  br i1 %1432, label %p3.body.1, label %i24.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.02701.1 = phi <16 x float> [ %1438, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.02700.1 = phi <16 x float> [ %1443, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.02699.1 = phi <16 x float> [ %1448, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.02698.1 = phi <16 x float> [ %1453, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.02697.1 = phi <16 x float> [ %1458, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.02696.1 = phi <16 x float> [ %1463, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.02695.1 = phi <16 x float> [ %1468, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.02694.1 = phi <16 x float> [ %1473, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.02693.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2640.1 = shl nuw nsw i64 %p3.addr.02693.1, 7
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2640.1
  %1433 = load <16 x float>, ptr %gep.1, align 4
  %gep3463.1 = getelementptr inbounds float, ptr %invariant.gep3462, i64 %p3.addr.02693.1
  %1434 = getelementptr inbounds i8, ptr %gep3463.1, i64 10240
  %1435 = load float, ptr %1434, align 4
  %1436 = insertelement <16 x float> poison, float %1435, i64 0
  %1437 = shufflevector <16 x float> %1436, <16 x float> poison, <16 x i32> zeroinitializer
  %1438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1437, <16 x float> %1433, <16 x float> %acc.02701.1)
  %1439 = getelementptr inbounds i8, ptr %gep3463.1, i64 10368
  %1440 = load float, ptr %1439, align 4
  %1441 = insertelement <16 x float> poison, float %1440, i64 0
  %1442 = shufflevector <16 x float> %1441, <16 x float> poison, <16 x i32> zeroinitializer
  %1443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1442, <16 x float> %1433, <16 x float> %acc1.02700.1)
  %1444 = getelementptr inbounds i8, ptr %gep3463.1, i64 10496
  %1445 = load float, ptr %1444, align 4
  %1446 = insertelement <16 x float> poison, float %1445, i64 0
  %1447 = shufflevector <16 x float> %1446, <16 x float> poison, <16 x i32> zeroinitializer
  %1448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1447, <16 x float> %1433, <16 x float> %acc2.02699.1)
  %1449 = getelementptr inbounds i8, ptr %gep3463.1, i64 10624
  %1450 = load float, ptr %1449, align 4
  %1451 = insertelement <16 x float> poison, float %1450, i64 0
  %1452 = shufflevector <16 x float> %1451, <16 x float> poison, <16 x i32> zeroinitializer
  %1453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1452, <16 x float> %1433, <16 x float> %acc3.02698.1)
  %1454 = getelementptr inbounds i8, ptr %gep3463.1, i64 10752
  %1455 = load float, ptr %1454, align 4
  %1456 = insertelement <16 x float> poison, float %1455, i64 0
  %1457 = shufflevector <16 x float> %1456, <16 x float> poison, <16 x i32> zeroinitializer
  %1458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1457, <16 x float> %1433, <16 x float> %acc4.02697.1)
  %1459 = getelementptr inbounds i8, ptr %gep3463.1, i64 10880
  %1460 = load float, ptr %1459, align 4
  %1461 = insertelement <16 x float> poison, float %1460, i64 0
  %1462 = shufflevector <16 x float> %1461, <16 x float> poison, <16 x i32> zeroinitializer
  %1463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1462, <16 x float> %1433, <16 x float> %acc5.02696.1)
  %1464 = getelementptr inbounds i8, ptr %gep3463.1, i64 11008
  %1465 = load float, ptr %1464, align 4
  %1466 = insertelement <16 x float> poison, float %1465, i64 0
  %1467 = shufflevector <16 x float> %1466, <16 x float> poison, <16 x i32> zeroinitializer
  %1468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1467, <16 x float> %1433, <16 x float> %acc6.02695.1)
  %1469 = getelementptr inbounds i8, ptr %gep3463.1, i64 11136
  %1470 = load float, ptr %1469, align 4
  %1471 = insertelement <16 x float> poison, float %1470, i64 0
  %1472 = shufflevector <16 x float> %1471, <16 x float> poison, <16 x i32> zeroinitializer
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1433, <16 x float> %acc7.02694.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02693.1, 1
  %exitcond3175.not.1 = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond3175.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1474 = getelementptr inbounds i8, ptr %1376, i64 64
  store <16 x float> %1438, ptr %1474, align 4
  %1475 = getelementptr inbounds i8, ptr %1378, i64 64
  store <16 x float> %1443, ptr %1475, align 4
  %1476 = getelementptr inbounds i8, ptr %1380, i64 64
  store <16 x float> %1448, ptr %1476, align 4
  %1477 = getelementptr inbounds i8, ptr %1382, i64 64
  store <16 x float> %1453, ptr %1477, align 4
  %1478 = getelementptr inbounds i8, ptr %1384, i64 64
  store <16 x float> %1458, ptr %1478, align 4
  %1479 = getelementptr inbounds i8, ptr %1386, i64 64
  store <16 x float> %1463, ptr %1479, align 4
  %1480 = getelementptr inbounds i8, ptr %1388, i64 64
  store <16 x float> %1468, ptr %1480, align 4
  %1481 = getelementptr inbounds i8, ptr %1390, i64 64
  store <16 x float> %1473, ptr %1481, align 4
  br label %i24.head.loopexit

j21.head.preheader:                               ; preds = %i24.head.loopexit, %j21.head.preheader
  %t5.addr.02706 = phi i64 [ %t5.next.1, %j21.head.preheader ], [ 0, %i24.head.loopexit ]
  %.idx2963 = shl nsw i64 %t5.addr.02706, 8
  %1482 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2963
  %1483 = load <16 x float>, ptr %1482, align 4
  %.idx2964 = shl nsw i64 %t5.addr.02706, 7
  %1484 = getelementptr inbounds i8, ptr %En, i64 %.idx2964
  %1485 = load <16 x float>, ptr %1484, align 4
  %1486 = fmul <16 x float> %1483, %1485
  store <16 x float> %1486, ptr %1482, align 4
  %1487 = getelementptr inbounds i8, ptr %99, i64 %.idx2963
  %1488 = load <16 x float>, ptr %1487, align 4
  %1489 = getelementptr inbounds i8, ptr %100, i64 %.idx2964
  %1490 = load <16 x float>, ptr %1489, align 4
  %1491 = fmul <16 x float> %1488, %1490
  store <16 x float> %1491, ptr %1487, align 4
  %1492 = getelementptr inbounds i8, ptr %1482, i64 128
  %1493 = load <16 x float>, ptr %1492, align 4
  %1494 = load <16 x float>, ptr %1484, align 4
  %1495 = fmul <16 x float> %1493, %1494
  store <16 x float> %1495, ptr %1492, align 4
  %1496 = getelementptr inbounds i8, ptr %1487, i64 128
  %1497 = load <16 x float>, ptr %1496, align 4
  %1498 = load <16 x float>, ptr %1489, align 4
  %1499 = fmul <16 x float> %1497, %1498
  store <16 x float> %1499, ptr %1496, align 4
  %t5.next = or disjoint i64 %t5.addr.02706, 1
  %.idx2963.1 = shl nsw i64 %t5.next, 8
  %1500 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2963.1
  %1501 = load <16 x float>, ptr %1500, align 4
  %.idx2964.1 = shl nsw i64 %t5.next, 7
  %1502 = getelementptr inbounds i8, ptr %En, i64 %.idx2964.1
  %1503 = load <16 x float>, ptr %1502, align 4
  %1504 = fmul <16 x float> %1501, %1503
  store <16 x float> %1504, ptr %1500, align 4
  %1505 = getelementptr inbounds i8, ptr %99, i64 %.idx2963.1
  %1506 = load <16 x float>, ptr %1505, align 4
  %1507 = getelementptr inbounds i8, ptr %100, i64 %.idx2964.1
  %1508 = load <16 x float>, ptr %1507, align 4
  %1509 = fmul <16 x float> %1506, %1508
  store <16 x float> %1509, ptr %1505, align 4
  %1510 = getelementptr inbounds i8, ptr %1500, i64 128
  %1511 = load <16 x float>, ptr %1510, align 4
  %1512 = load <16 x float>, ptr %1502, align 4
  %1513 = fmul <16 x float> %1511, %1512
  store <16 x float> %1513, ptr %1510, align 4
  %1514 = getelementptr inbounds i8, ptr %1505, i64 128
  %1515 = load <16 x float>, ptr %1514, align 4
  %1516 = load <16 x float>, ptr %1507, align 4
  %1517 = fmul <16 x float> %1515, %1516
  store <16 x float> %1517, ptr %1514, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02706, 2
  %exitcond3176.not.1 = icmp eq i64 %t5.next.1, 16
  br i1 %exitcond3176.not.1, label %p4.head.preheader, label %j21.head.preheader

p4.head.preheader:                                ; preds = %j21.head.preheader, %p4.exit
  %i27.addr.02724 = phi i64 [ %i27.next, %p4.exit ], [ 0, %j21.head.preheader ]
  %.idx3225 = shl nsw i64 %i27.addr.02724, 7
  %invariant.gep3464 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3225
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02723 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1534, %p4.body ]
  %acc9.02722 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1535, %p4.body ]
  %acc10.02721 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1536, %p4.body ]
  %acc11.02720 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1537, %p4.body ]
  %acc12.02719 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1542, %p4.body ]
  %acc13.02718 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1543, %p4.body ]
  %acc14.02717 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1544, %p4.body ]
  %acc15.02716 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1545, %p4.body ]
  %acc16.02715 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1550, %p4.body ]
  %acc17.02714 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1551, %p4.body ]
  %acc18.02713 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1552, %p4.body ]
  %acc19.02712 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1553, %p4.body ]
  %acc20.02711 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1558, %p4.body ]
  %acc21.02710 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1559, %p4.body ]
  %acc22.02709 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1560, %p4.body ]
  %acc23.02708 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1561, %p4.body ]
  %p4.addr.02707 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1518 = shl nuw nsw i64 %p4.addr.02707, 6
  %1519 = getelementptr inbounds float, ptr %work, i64 %1518
  %1520 = load <16 x float>, ptr %1519, align 4
  %1521 = or disjoint i64 %1518, 16
  %1522 = getelementptr inbounds float, ptr %work, i64 %1521
  %1523 = load <16 x float>, ptr %1522, align 4
  %1524 = or disjoint i64 %1518, 32
  %1525 = getelementptr inbounds float, ptr %work, i64 %1524
  %1526 = load <16 x float>, ptr %1525, align 4
  %1527 = or disjoint i64 %1518, 48
  %1528 = getelementptr inbounds float, ptr %work, i64 %1527
  %1529 = load <16 x float>, ptr %1528, align 4
  %gep3465 = getelementptr inbounds float, ptr %invariant.gep3464, i64 %p4.addr.02707
  %1530 = getelementptr inbounds i8, ptr %gep3465, i64 10240
  %1531 = load float, ptr %1530, align 4
  %1532 = insertelement <16 x float> poison, float %1531, i64 0
  %1533 = shufflevector <16 x float> %1532, <16 x float> poison, <16 x i32> zeroinitializer
  %1534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1520, <16 x float> %acc8.02723)
  %1535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1523, <16 x float> %acc9.02722)
  %1536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1526, <16 x float> %acc10.02721)
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1529, <16 x float> %acc11.02720)
  %1538 = getelementptr inbounds i8, ptr %gep3465, i64 10368
  %1539 = load float, ptr %1538, align 4
  %1540 = insertelement <16 x float> poison, float %1539, i64 0
  %1541 = shufflevector <16 x float> %1540, <16 x float> poison, <16 x i32> zeroinitializer
  %1542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1520, <16 x float> %acc12.02719)
  %1543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1523, <16 x float> %acc13.02718)
  %1544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1526, <16 x float> %acc14.02717)
  %1545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1529, <16 x float> %acc15.02716)
  %1546 = getelementptr inbounds i8, ptr %gep3465, i64 10496
  %1547 = load float, ptr %1546, align 4
  %1548 = insertelement <16 x float> poison, float %1547, i64 0
  %1549 = shufflevector <16 x float> %1548, <16 x float> poison, <16 x i32> zeroinitializer
  %1550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1549, <16 x float> %1520, <16 x float> %acc16.02715)
  %1551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1549, <16 x float> %1523, <16 x float> %acc17.02714)
  %1552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1549, <16 x float> %1526, <16 x float> %acc18.02713)
  %1553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1549, <16 x float> %1529, <16 x float> %acc19.02712)
  %1554 = getelementptr inbounds i8, ptr %gep3465, i64 10624
  %1555 = load float, ptr %1554, align 4
  %1556 = insertelement <16 x float> poison, float %1555, i64 0
  %1557 = shufflevector <16 x float> %1556, <16 x float> poison, <16 x i32> zeroinitializer
  %1558 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1557, <16 x float> %1520, <16 x float> %acc20.02711)
  %1559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1557, <16 x float> %1523, <16 x float> %acc21.02710)
  %1560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1557, <16 x float> %1526, <16 x float> %acc22.02709)
  %1561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1557, <16 x float> %1529, <16 x float> %acc23.02708)
  %p4.next = add nuw nsw i64 %p4.addr.02707, 1
  %exitcond3177.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3177.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1562 = shl nuw nsw i64 %i27.addr.02724, 6
  %1563 = getelementptr inbounds float, ptr %KSdS, i64 %1562
  store <16 x float> %1534, ptr %1563, align 4
  %1564 = or disjoint i64 %1562, 16
  %1565 = getelementptr inbounds float, ptr %KSdS, i64 %1564
  store <16 x float> %1535, ptr %1565, align 4
  %1566 = or disjoint i64 %1562, 32
  %1567 = getelementptr inbounds float, ptr %KSdS, i64 %1566
  store <16 x float> %1536, ptr %1567, align 4
  %1568 = or disjoint i64 %1562, 48
  %1569 = getelementptr inbounds float, ptr %KSdS, i64 %1568
  store <16 x float> %1537, ptr %1569, align 4
  %1570 = or disjoint i64 %1562, 64
  %1571 = getelementptr inbounds float, ptr %KSdS, i64 %1570
  store <16 x float> %1542, ptr %1571, align 4
  %1572 = or disjoint i64 %1562, 80
  %1573 = getelementptr inbounds float, ptr %KSdS, i64 %1572
  store <16 x float> %1543, ptr %1573, align 4
  %1574 = or disjoint i64 %1562, 96
  %1575 = getelementptr inbounds float, ptr %KSdS, i64 %1574
  store <16 x float> %1544, ptr %1575, align 4
  %1576 = or disjoint i64 %1562, 112
  %1577 = getelementptr inbounds float, ptr %KSdS, i64 %1576
  store <16 x float> %1545, ptr %1577, align 4
  %1578 = or disjoint i64 %1562, 128
  %1579 = getelementptr inbounds float, ptr %KSdS, i64 %1578
  store <16 x float> %1550, ptr %1579, align 4
  %1580 = or disjoint i64 %1562, 144
  %1581 = getelementptr inbounds float, ptr %KSdS, i64 %1580
  store <16 x float> %1551, ptr %1581, align 4
  %1582 = or disjoint i64 %1562, 160
  %1583 = getelementptr inbounds float, ptr %KSdS, i64 %1582
  store <16 x float> %1552, ptr %1583, align 4
  %1584 = or disjoint i64 %1562, 176
  %1585 = getelementptr inbounds float, ptr %KSdS, i64 %1584
  store <16 x float> %1553, ptr %1585, align 4
  %1586 = or disjoint i64 %1562, 192
  %1587 = getelementptr inbounds float, ptr %KSdS, i64 %1586
  store <16 x float> %1558, ptr %1587, align 4
  %1588 = or disjoint i64 %1562, 208
  %1589 = getelementptr inbounds float, ptr %KSdS, i64 %1588
  store <16 x float> %1559, ptr %1589, align 4
  %1590 = or disjoint i64 %1562, 224
  %1591 = getelementptr inbounds float, ptr %KSdS, i64 %1590
  store <16 x float> %1560, ptr %1591, align 4
  %1592 = or disjoint i64 %1562, 240
  %1593 = getelementptr inbounds float, ptr %KSdS, i64 %1592
  store <16 x float> %1561, ptr %1593, align 4
  %i27.next = add nuw nsw i64 %i27.addr.02724, 4
  %1594 = icmp ult i64 %i27.addr.02724, 28
  br i1 %1594, label %p4.head.preheader, label %i28.body

i28.body:                                         ; preds = %p4.exit, %i28.body
  %i28.addr.02726 = phi i64 [ %i28.next.3, %i28.body ], [ 0, %p4.exit ]
  %1595 = getelementptr inbounds float, ptr %cRow, i64 %i28.addr.02726
  %1596 = load float, ptr %1595, align 4
  %1597 = fneg float %1596
  %1598 = insertelement <16 x float> poison, float %1597, i64 0
  %1599 = shufflevector <16 x float> %1598, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx2967 = shl nsw i64 %i28.addr.02726, 8
  %1600 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2967
  %1601 = load <16 x float>, ptr %1600, align 4
  %.idx2968 = shl nsw i64 %i28.addr.02726, 7
  %1602 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2968
  %1603 = load <16 x float>, ptr %1602, align 4
  %1604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1599, <16 x float> %1601, <16 x float> %1603)
  store <16 x float> %1604, ptr %1602, align 4
  %1605 = getelementptr inbounds i8, ptr %101, i64 %.idx2967
  %1606 = load <16 x float>, ptr %1605, align 4
  %1607 = getelementptr inbounds i8, ptr %102, i64 %.idx2968
  %1608 = load <16 x float>, ptr %1607, align 4
  %1609 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1599, <16 x float> %1606, <16 x float> %1608)
  store <16 x float> %1609, ptr %1607, align 4
  %i28.next = or disjoint i64 %i28.addr.02726, 1
  %1610 = getelementptr inbounds float, ptr %cRow, i64 %i28.next
  %1611 = load float, ptr %1610, align 4
  %1612 = fneg float %1611
  %1613 = insertelement <16 x float> poison, float %1612, i64 0
  %1614 = shufflevector <16 x float> %1613, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx2967.1 = shl nsw i64 %i28.next, 8
  %1615 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2967.1
  %1616 = load <16 x float>, ptr %1615, align 4
  %.idx2968.1 = shl nsw i64 %i28.next, 7
  %1617 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2968.1
  %1618 = load <16 x float>, ptr %1617, align 4
  %1619 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1616, <16 x float> %1618)
  store <16 x float> %1619, ptr %1617, align 4
  %1620 = getelementptr inbounds i8, ptr %101, i64 %.idx2967.1
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = getelementptr inbounds i8, ptr %102, i64 %.idx2968.1
  %1623 = load <16 x float>, ptr %1622, align 4
  %1624 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1614, <16 x float> %1621, <16 x float> %1623)
  store <16 x float> %1624, ptr %1622, align 4
  %i28.next.1 = or disjoint i64 %i28.addr.02726, 2
  %1625 = getelementptr inbounds float, ptr %cRow, i64 %i28.next.1
  %1626 = load float, ptr %1625, align 4
  %1627 = fneg float %1626
  %1628 = insertelement <16 x float> poison, float %1627, i64 0
  %1629 = shufflevector <16 x float> %1628, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx2967.2 = shl nsw i64 %i28.next.1, 8
  %1630 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2967.2
  %1631 = load <16 x float>, ptr %1630, align 4
  %.idx2968.2 = shl nsw i64 %i28.next.1, 7
  %1632 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2968.2
  %1633 = load <16 x float>, ptr %1632, align 4
  %1634 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1631, <16 x float> %1633)
  store <16 x float> %1634, ptr %1632, align 4
  %1635 = getelementptr inbounds i8, ptr %101, i64 %.idx2967.2
  %1636 = load <16 x float>, ptr %1635, align 4
  %1637 = getelementptr inbounds i8, ptr %102, i64 %.idx2968.2
  %1638 = load <16 x float>, ptr %1637, align 4
  %1639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1629, <16 x float> %1636, <16 x float> %1638)
  store <16 x float> %1639, ptr %1637, align 4
  %i28.next.2 = or disjoint i64 %i28.addr.02726, 3
  %1640 = getelementptr inbounds float, ptr %cRow, i64 %i28.next.2
  %1641 = load float, ptr %1640, align 4
  %1642 = fneg float %1641
  %1643 = insertelement <16 x float> poison, float %1642, i64 0
  %1644 = shufflevector <16 x float> %1643, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx2967.3 = shl nsw i64 %i28.next.2, 8
  %1645 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2967.3
  %1646 = load <16 x float>, ptr %1645, align 4
  %.idx2968.3 = shl nsw i64 %i28.next.2, 7
  %1647 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2968.3
  %1648 = load <16 x float>, ptr %1647, align 4
  %1649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1644, <16 x float> %1646, <16 x float> %1648)
  store <16 x float> %1649, ptr %1647, align 4
  %1650 = getelementptr inbounds i8, ptr %101, i64 %.idx2967.3
  %1651 = load <16 x float>, ptr %1650, align 4
  %1652 = getelementptr inbounds i8, ptr %102, i64 %.idx2968.3
  %1653 = load <16 x float>, ptr %1652, align 4
  %1654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1644, <16 x float> %1651, <16 x float> %1653)
  store <16 x float> %1654, ptr %1652, align 4
  %i28.next.3 = add nuw nsw i64 %i28.addr.02726, 4
  %exitcond3178.not.3 = icmp eq i64 %i28.next.3, 32
  br i1 %exitcond3178.not.3, label %ib.body, label %i28.body

ib.body:                                          ; preds = %i28.body, %j24.exit
  %ib.addr.02743 = phi i64 [ %ib.next, %j24.exit ], [ 0, %i28.body ]
  %1655 = shl nuw nsw i64 %ib.addr.02743, 2
  %umax3824 = tail call i64 @llvm.umax.i64(i64 %1655, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02743, 2
  %.not2969 = icmp eq i64 %ib.addr.02743, 0
  br i1 %.not2969, label %j24.exit, label %j24.body.lr.ph

j24.body.lr.ph:                                   ; preds = %ib.body
  %.idx2638 = shl nuw nsw i64 %ib.addr.02743, 9
  %1656 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2638
  %1657 = shl nuw nsw i64 %ib.addr.02743, 7
  %1658 = or disjoint i64 %1657, 32
  %1659 = getelementptr inbounds float, ptr %Gm, i64 %1658
  %1660 = or disjoint i64 %1657, 64
  %1661 = getelementptr inbounds float, ptr %Gm, i64 %1660
  %1662 = or disjoint i64 %1657, 96
  %1663 = getelementptr inbounds float, ptr %Gm, i64 %1662
  %xtraiter = and i64 %umax3824, 1
  %1664 = icmp eq i64 %umax3824, 1
  br i1 %1664, label %j24.exit.loopexit.unr-lcssa, label %j24.body.lr.ph.new

j24.body.lr.ph.new:                               ; preds = %j24.body.lr.ph
  %unroll_iter = and i64 %umax3824, 9223372036854775804
  br label %j24.body

j24.body:                                         ; preds = %j24.body, %j24.body.lr.ph.new
  %acc24.02735 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1705, %j24.body ]
  %acc25.02734 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1706, %j24.body ]
  %acc26.02733 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1711, %j24.body ]
  %acc27.02732 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1712, %j24.body ]
  %acc28.02731 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1717, %j24.body ]
  %acc29.02730 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1718, %j24.body ]
  %acc30.02729 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1723, %j24.body ]
  %acc31.02728 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1724, %j24.body ]
  %j24.addr.02727 = phi i64 [ 0, %j24.body.lr.ph.new ], [ %j24.next.1, %j24.body ]
  %niter = phi i64 [ 0, %j24.body.lr.ph.new ], [ %niter.next.1, %j24.body ]
  %1665 = shl nsw i64 %j24.addr.02727, 5
  %1666 = getelementptr inbounds float, ptr %Vn, i64 %1665
  %1667 = load <16 x float>, ptr %1666, align 4
  %1668 = or disjoint i64 %1665, 16
  %1669 = getelementptr inbounds float, ptr %Vn, i64 %1668
  %1670 = load <16 x float>, ptr %1669, align 4
  %1671 = getelementptr inbounds float, ptr %1656, i64 %j24.addr.02727
  %1672 = load float, ptr %1671, align 4
  %1673 = insertelement <16 x float> poison, float %1672, i64 0
  %1674 = shufflevector <16 x float> %1673, <16 x float> poison, <16 x i32> zeroinitializer
  %1675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1674, <16 x float> %1667, <16 x float> %acc24.02735)
  %1676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1674, <16 x float> %1670, <16 x float> %acc25.02734)
  %1677 = getelementptr inbounds float, ptr %1659, i64 %j24.addr.02727
  %1678 = load float, ptr %1677, align 4
  %1679 = insertelement <16 x float> poison, float %1678, i64 0
  %1680 = shufflevector <16 x float> %1679, <16 x float> poison, <16 x i32> zeroinitializer
  %1681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1667, <16 x float> %acc26.02733)
  %1682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1670, <16 x float> %acc27.02732)
  %1683 = getelementptr inbounds float, ptr %1661, i64 %j24.addr.02727
  %1684 = load float, ptr %1683, align 4
  %1685 = insertelement <16 x float> poison, float %1684, i64 0
  %1686 = shufflevector <16 x float> %1685, <16 x float> poison, <16 x i32> zeroinitializer
  %1687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1686, <16 x float> %1667, <16 x float> %acc28.02731)
  %1688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1686, <16 x float> %1670, <16 x float> %acc29.02730)
  %1689 = getelementptr inbounds float, ptr %1663, i64 %j24.addr.02727
  %1690 = load float, ptr %1689, align 4
  %1691 = insertelement <16 x float> poison, float %1690, i64 0
  %1692 = shufflevector <16 x float> %1691, <16 x float> poison, <16 x i32> zeroinitializer
  %1693 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1667, <16 x float> %acc30.02729)
  %1694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1670, <16 x float> %acc31.02728)
  %j24.next = or disjoint i64 %j24.addr.02727, 1
  %1695 = shl nsw i64 %j24.next, 5
  %1696 = getelementptr inbounds float, ptr %Vn, i64 %1695
  %1697 = load <16 x float>, ptr %1696, align 4
  %1698 = or disjoint i64 %1695, 16
  %1699 = getelementptr inbounds float, ptr %Vn, i64 %1698
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = getelementptr inbounds float, ptr %1656, i64 %j24.next
  %1702 = load float, ptr %1701, align 4
  %1703 = insertelement <16 x float> poison, float %1702, i64 0
  %1704 = shufflevector <16 x float> %1703, <16 x float> poison, <16 x i32> zeroinitializer
  %1705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1704, <16 x float> %1697, <16 x float> %1675)
  %1706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1704, <16 x float> %1700, <16 x float> %1676)
  %1707 = getelementptr inbounds float, ptr %1659, i64 %j24.next
  %1708 = load float, ptr %1707, align 4
  %1709 = insertelement <16 x float> poison, float %1708, i64 0
  %1710 = shufflevector <16 x float> %1709, <16 x float> poison, <16 x i32> zeroinitializer
  %1711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1710, <16 x float> %1697, <16 x float> %1681)
  %1712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1710, <16 x float> %1700, <16 x float> %1682)
  %1713 = getelementptr inbounds float, ptr %1661, i64 %j24.next
  %1714 = load float, ptr %1713, align 4
  %1715 = insertelement <16 x float> poison, float %1714, i64 0
  %1716 = shufflevector <16 x float> %1715, <16 x float> poison, <16 x i32> zeroinitializer
  %1717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1697, <16 x float> %1687)
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1700, <16 x float> %1688)
  %1719 = getelementptr inbounds float, ptr %1663, i64 %j24.next
  %1720 = load float, ptr %1719, align 4
  %1721 = insertelement <16 x float> poison, float %1720, i64 0
  %1722 = shufflevector <16 x float> %1721, <16 x float> poison, <16 x i32> zeroinitializer
  %1723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1722, <16 x float> %1697, <16 x float> %1693)
  %1724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1722, <16 x float> %1700, <16 x float> %1694)
  %j24.next.1 = add nuw nsw i64 %j24.addr.02727, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j24.exit.loopexit.unr-lcssa, label %j24.body

j24.exit.loopexit.unr-lcssa:                      ; preds = %j24.body, %j24.body.lr.ph
  %.lcssa3691.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1705, %j24.body ]
  %.lcssa3690.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1706, %j24.body ]
  %.lcssa3689.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1711, %j24.body ]
  %.lcssa3688.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1712, %j24.body ]
  %.lcssa3687.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1717, %j24.body ]
  %.lcssa3686.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1718, %j24.body ]
  %.lcssa3685.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1723, %j24.body ]
  %.lcssa3684.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1724, %j24.body ]
  %acc24.02735.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1705, %j24.body ]
  %acc25.02734.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1706, %j24.body ]
  %acc26.02733.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1711, %j24.body ]
  %acc27.02732.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1712, %j24.body ]
  %acc28.02731.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1717, %j24.body ]
  %acc29.02730.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1718, %j24.body ]
  %acc30.02729.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1723, %j24.body ]
  %acc31.02728.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1724, %j24.body ]
  %j24.addr.02727.unr = phi i64 [ 0, %j24.body.lr.ph ], [ %j24.next.1, %j24.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j24.exit, label %j24.body.epil

j24.body.epil:                                    ; preds = %j24.exit.loopexit.unr-lcssa
  %1725 = shl nsw i64 %j24.addr.02727.unr, 5
  %1726 = getelementptr inbounds float, ptr %Vn, i64 %1725
  %1727 = load <16 x float>, ptr %1726, align 4
  %1728 = or disjoint i64 %1725, 16
  %1729 = getelementptr inbounds float, ptr %Vn, i64 %1728
  %1730 = load <16 x float>, ptr %1729, align 4
  %1731 = getelementptr inbounds float, ptr %1656, i64 %j24.addr.02727.unr
  %1732 = load float, ptr %1731, align 4
  %1733 = insertelement <16 x float> poison, float %1732, i64 0
  %1734 = shufflevector <16 x float> %1733, <16 x float> poison, <16 x i32> zeroinitializer
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1727, <16 x float> %acc24.02735.unr)
  %1736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1730, <16 x float> %acc25.02734.unr)
  %1737 = getelementptr inbounds float, ptr %1659, i64 %j24.addr.02727.unr
  %1738 = load float, ptr %1737, align 4
  %1739 = insertelement <16 x float> poison, float %1738, i64 0
  %1740 = shufflevector <16 x float> %1739, <16 x float> poison, <16 x i32> zeroinitializer
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1727, <16 x float> %acc26.02733.unr)
  %1742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1730, <16 x float> %acc27.02732.unr)
  %1743 = getelementptr inbounds float, ptr %1661, i64 %j24.addr.02727.unr
  %1744 = load float, ptr %1743, align 4
  %1745 = insertelement <16 x float> poison, float %1744, i64 0
  %1746 = shufflevector <16 x float> %1745, <16 x float> poison, <16 x i32> zeroinitializer
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1727, <16 x float> %acc28.02731.unr)
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1730, <16 x float> %acc29.02730.unr)
  %1749 = getelementptr inbounds float, ptr %1663, i64 %j24.addr.02727.unr
  %1750 = load float, ptr %1749, align 4
  %1751 = insertelement <16 x float> poison, float %1750, i64 0
  %1752 = shufflevector <16 x float> %1751, <16 x float> poison, <16 x i32> zeroinitializer
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1727, <16 x float> %acc30.02729.unr)
  %1754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1730, <16 x float> %acc31.02728.unr)
  br label %j24.exit

j24.exit:                                         ; preds = %j24.body.epil, %j24.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1657, %j24.exit.loopexit.unr-lcssa ], [ %1657, %j24.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3684.ph, %j24.exit.loopexit.unr-lcssa ], [ %1754, %j24.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3685.ph, %j24.exit.loopexit.unr-lcssa ], [ %1753, %j24.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3686.ph, %j24.exit.loopexit.unr-lcssa ], [ %1748, %j24.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3687.ph, %j24.exit.loopexit.unr-lcssa ], [ %1747, %j24.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3688.ph, %j24.exit.loopexit.unr-lcssa ], [ %1742, %j24.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3689.ph, %j24.exit.loopexit.unr-lcssa ], [ %1741, %j24.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3690.ph, %j24.exit.loopexit.unr-lcssa ], [ %1736, %j24.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3691.ph, %j24.exit.loopexit.unr-lcssa ], [ %1735, %j24.body.epil ]
  %1755 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1756 = load float, ptr %1755, align 4
  %1757 = or disjoint i64 %i0, 480
  %1758 = getelementptr inbounds float, ptr %En, i64 %1757
  %1759 = load float, ptr %1758, align 4
  %1760 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1761 = load <16 x float>, ptr %1760, align 4
  %1762 = fsub <16 x float> %1761, %acc24.0.lcssa
  store <16 x float> %1762, ptr %1760, align 4
  %1763 = insertelement <16 x float> poison, float %1756, i64 0
  %1764 = shufflevector <16 x float> %1763, <16 x float> poison, <16 x i32> zeroinitializer
  %1765 = fmul <16 x float> %1764, %1762
  %1766 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1765, ptr %1766, align 4
  %1767 = insertelement <16 x float> poison, float %1759, i64 0
  %1768 = shufflevector <16 x float> %1767, <16 x float> poison, <16 x i32> zeroinitializer
  %1769 = fmul <16 x float> %1768, %1765
  %1770 = mul nuw nsw i64 %ib.addr.02743, 448
  %1771 = getelementptr inbounds float, ptr %Ak, i64 %1770
  store <16 x float> %1769, ptr %1771, align 4
  %1772 = or disjoint i64 %.pre-phi, 16
  %1773 = getelementptr inbounds float, ptr %Rr, i64 %1772
  %1774 = load <16 x float>, ptr %1773, align 4
  %1775 = fsub <16 x float> %1774, %acc25.0.lcssa
  store <16 x float> %1775, ptr %1773, align 4
  %1776 = fmul <16 x float> %1764, %1775
  %1777 = getelementptr inbounds float, ptr %Vn, i64 %1772
  store <16 x float> %1776, ptr %1777, align 4
  %1778 = fmul <16 x float> %1768, %1776
  %1779 = or disjoint i64 %1770, 16
  %1780 = getelementptr inbounds float, ptr %Ak, i64 %1779
  store <16 x float> %1778, ptr %1780, align 4
  %i29 = or disjoint i64 %i0, 1
  %1781 = shl nuw nsw i64 %i29, 5
  %1782 = or disjoint i64 %1781, %i0
  %1783 = getelementptr inbounds float, ptr %Gm, i64 %1782
  %1784 = load float, ptr %1783, align 4
  %1785 = insertelement <16 x float> poison, float %1784, i64 0
  %1786 = shufflevector <16 x float> %1785, <16 x float> poison, <16 x i32> zeroinitializer
  %1787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1786, <16 x float> %1765, <16 x float> %acc26.0.lcssa)
  %1788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1786, <16 x float> %1776, <16 x float> %acc27.0.lcssa)
  %1789 = getelementptr inbounds float, ptr %bet, i64 %i29
  %1790 = load float, ptr %1789, align 4
  %1791 = or disjoint i64 %i0, 481
  %1792 = getelementptr inbounds float, ptr %En, i64 %1791
  %1793 = load float, ptr %1792, align 4
  %1794 = getelementptr inbounds float, ptr %Rr, i64 %1781
  %1795 = load <16 x float>, ptr %1794, align 4
  %1796 = fsub <16 x float> %1795, %1787
  store <16 x float> %1796, ptr %1794, align 4
  %1797 = insertelement <16 x float> poison, float %1790, i64 0
  %1798 = shufflevector <16 x float> %1797, <16 x float> poison, <16 x i32> zeroinitializer
  %1799 = fmul <16 x float> %1798, %1796
  %1800 = getelementptr inbounds float, ptr %Vn, i64 %1781
  store <16 x float> %1799, ptr %1800, align 4
  %1801 = insertelement <16 x float> poison, float %1793, i64 0
  %1802 = shufflevector <16 x float> %1801, <16 x float> poison, <16 x i32> zeroinitializer
  %1803 = fmul <16 x float> %1802, %1799
  %.idx2654 = mul nuw nsw i64 %i29, 448
  %1804 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2654
  store <16 x float> %1803, ptr %1804, align 4
  %1805 = or disjoint i64 %1781, 16
  %1806 = getelementptr inbounds float, ptr %Rr, i64 %1805
  %1807 = load <16 x float>, ptr %1806, align 4
  %1808 = fsub <16 x float> %1807, %1788
  store <16 x float> %1808, ptr %1806, align 4
  %1809 = fmul <16 x float> %1798, %1808
  %1810 = getelementptr inbounds float, ptr %Vn, i64 %1805
  store <16 x float> %1809, ptr %1810, align 4
  %1811 = fmul <16 x float> %1802, %1809
  %1812 = getelementptr inbounds i8, ptr %1804, i64 64
  store <16 x float> %1811, ptr %1812, align 4
  %i30 = or disjoint i64 %i0, 2
  %1813 = shl nuw nsw i64 %i30, 5
  %1814 = or disjoint i64 %1813, %i0
  %1815 = getelementptr inbounds float, ptr %Gm, i64 %1814
  %1816 = load float, ptr %1815, align 4
  %1817 = insertelement <16 x float> poison, float %1816, i64 0
  %1818 = shufflevector <16 x float> %1817, <16 x float> poison, <16 x i32> zeroinitializer
  %1819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1765, <16 x float> %acc28.0.lcssa)
  %1820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1776, <16 x float> %acc29.0.lcssa)
  %1821 = or disjoint i64 %1813, %i29
  %1822 = getelementptr inbounds float, ptr %Gm, i64 %1821
  %1823 = load float, ptr %1822, align 4
  %1824 = insertelement <16 x float> poison, float %1823, i64 0
  %1825 = shufflevector <16 x float> %1824, <16 x float> poison, <16 x i32> zeroinitializer
  %1826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1825, <16 x float> %1799, <16 x float> %1819)
  %1827 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1825, <16 x float> %1809, <16 x float> %1820)
  %1828 = getelementptr inbounds float, ptr %bet, i64 %i30
  %1829 = load float, ptr %1828, align 4
  %1830 = or disjoint i64 %i0, 482
  %1831 = getelementptr inbounds float, ptr %En, i64 %1830
  %1832 = load float, ptr %1831, align 4
  %1833 = getelementptr inbounds float, ptr %Rr, i64 %1813
  %1834 = load <16 x float>, ptr %1833, align 4
  %1835 = fsub <16 x float> %1834, %1826
  store <16 x float> %1835, ptr %1833, align 4
  %1836 = insertelement <16 x float> poison, float %1829, i64 0
  %1837 = shufflevector <16 x float> %1836, <16 x float> poison, <16 x i32> zeroinitializer
  %1838 = fmul <16 x float> %1837, %1835
  %1839 = getelementptr inbounds float, ptr %Vn, i64 %1813
  store <16 x float> %1838, ptr %1839, align 4
  %1840 = insertelement <16 x float> poison, float %1832, i64 0
  %1841 = shufflevector <16 x float> %1840, <16 x float> poison, <16 x i32> zeroinitializer
  %1842 = fmul <16 x float> %1841, %1838
  %1843 = mul nuw nsw i64 %i30, 112
  %1844 = getelementptr inbounds float, ptr %Ak, i64 %1843
  store <16 x float> %1842, ptr %1844, align 4
  %1845 = or disjoint i64 %1813, 16
  %1846 = getelementptr inbounds float, ptr %Rr, i64 %1845
  %1847 = load <16 x float>, ptr %1846, align 4
  %1848 = fsub <16 x float> %1847, %1827
  store <16 x float> %1848, ptr %1846, align 4
  %1849 = fmul <16 x float> %1837, %1848
  %1850 = getelementptr inbounds float, ptr %Vn, i64 %1845
  store <16 x float> %1849, ptr %1850, align 4
  %1851 = fmul <16 x float> %1841, %1849
  %1852 = or disjoint i64 %1843, 16
  %1853 = getelementptr inbounds float, ptr %Ak, i64 %1852
  store <16 x float> %1851, ptr %1853, align 4
  %i31 = or disjoint i64 %i0, 3
  %1854 = shl nuw nsw i64 %i31, 5
  %1855 = or disjoint i64 %1854, %i0
  %1856 = getelementptr inbounds float, ptr %Gm, i64 %1855
  %1857 = load float, ptr %1856, align 4
  %1858 = insertelement <16 x float> poison, float %1857, i64 0
  %1859 = shufflevector <16 x float> %1858, <16 x float> poison, <16 x i32> zeroinitializer
  %1860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1859, <16 x float> %1765, <16 x float> %acc30.0.lcssa)
  %1861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1859, <16 x float> %1776, <16 x float> %acc31.0.lcssa)
  %1862 = or disjoint i64 %1854, %i29
  %1863 = getelementptr inbounds float, ptr %Gm, i64 %1862
  %1864 = load float, ptr %1863, align 4
  %1865 = insertelement <16 x float> poison, float %1864, i64 0
  %1866 = shufflevector <16 x float> %1865, <16 x float> poison, <16 x i32> zeroinitializer
  %1867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1866, <16 x float> %1799, <16 x float> %1860)
  %1868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1866, <16 x float> %1809, <16 x float> %1861)
  %1869 = or disjoint i64 %1854, %i30
  %1870 = getelementptr inbounds float, ptr %Gm, i64 %1869
  %1871 = load float, ptr %1870, align 4
  %1872 = insertelement <16 x float> poison, float %1871, i64 0
  %1873 = shufflevector <16 x float> %1872, <16 x float> poison, <16 x i32> zeroinitializer
  %1874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1838, <16 x float> %1867)
  %1875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1849, <16 x float> %1868)
  %1876 = getelementptr inbounds float, ptr %bet, i64 %i31
  %1877 = load float, ptr %1876, align 4
  %1878 = or disjoint i64 %i0, 483
  %1879 = getelementptr inbounds float, ptr %En, i64 %1878
  %1880 = load float, ptr %1879, align 4
  %1881 = getelementptr inbounds float, ptr %Rr, i64 %1854
  %1882 = load <16 x float>, ptr %1881, align 4
  %1883 = fsub <16 x float> %1882, %1874
  store <16 x float> %1883, ptr %1881, align 4
  %1884 = insertelement <16 x float> poison, float %1877, i64 0
  %1885 = shufflevector <16 x float> %1884, <16 x float> poison, <16 x i32> zeroinitializer
  %1886 = fmul <16 x float> %1885, %1883
  %1887 = getelementptr inbounds float, ptr %Vn, i64 %1854
  store <16 x float> %1886, ptr %1887, align 4
  %1888 = insertelement <16 x float> poison, float %1880, i64 0
  %1889 = shufflevector <16 x float> %1888, <16 x float> poison, <16 x i32> zeroinitializer
  %1890 = fmul <16 x float> %1889, %1886
  %.idx2655 = mul nuw nsw i64 %i31, 448
  %1891 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2655
  store <16 x float> %1890, ptr %1891, align 4
  %1892 = or disjoint i64 %1854, 16
  %1893 = getelementptr inbounds float, ptr %Rr, i64 %1892
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = fsub <16 x float> %1894, %1875
  store <16 x float> %1895, ptr %1893, align 4
  %1896 = fmul <16 x float> %1885, %1895
  %1897 = getelementptr inbounds float, ptr %Vn, i64 %1892
  store <16 x float> %1896, ptr %1897, align 4
  %1898 = fmul <16 x float> %1889, %1896
  %1899 = getelementptr inbounds i8, ptr %1891, i64 64
  store <16 x float> %1898, ptr %1899, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02743, 1
  %exitcond3180.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond3180.not, label %j25.head.preheader, label %ib.body

j25.head.preheader:                               ; preds = %j24.exit, %j25.exit
  %1900 = phi i1 [ false, %j25.exit ], [ true, %j24.exit ]
  %i32.addr.02745 = phi i64 [ 16, %j25.exit ], [ 0, %j24.exit ]
  %1901 = shl nuw nsw i64 %i32.addr.02745, 5
  br label %j25.body

j25.body:                                         ; preds = %j25.head.preheader, %j25.body
  %1902 = phi i1 [ true, %j25.head.preheader ], [ false, %j25.body ]
  %j25.addr.02744 = phi i64 [ 0, %j25.head.preheader ], [ 16, %j25.body ]
  %1903 = or disjoint i64 %j25.addr.02744, %1901
  %1904 = getelementptr inbounds float, ptr %Vn, i64 %1903
  %1905 = load <16 x float>, ptr %1904, align 4
  %1906 = or disjoint i64 %1903, 256
  %1907 = getelementptr inbounds float, ptr %Vn, i64 %1906
  %1908 = load <16 x float>, ptr %1907, align 4
  %1909 = or disjoint i64 %1903, 32
  %1910 = getelementptr inbounds float, ptr %Vn, i64 %1909
  %1911 = load <16 x float>, ptr %1910, align 4
  %1912 = or disjoint i64 %1903, 288
  %1913 = getelementptr inbounds float, ptr %Vn, i64 %1912
  %1914 = load <16 x float>, ptr %1913, align 4
  %1915 = or disjoint i64 %1903, 64
  %1916 = getelementptr inbounds float, ptr %Vn, i64 %1915
  %1917 = load <16 x float>, ptr %1916, align 4
  %1918 = or disjoint i64 %1903, 320
  %1919 = getelementptr inbounds float, ptr %Vn, i64 %1918
  %1920 = load <16 x float>, ptr %1919, align 4
  %1921 = or disjoint i64 %1903, 96
  %1922 = getelementptr inbounds float, ptr %Vn, i64 %1921
  %1923 = load <16 x float>, ptr %1922, align 4
  %1924 = or disjoint i64 %1903, 352
  %1925 = getelementptr inbounds float, ptr %Vn, i64 %1924
  %1926 = load <16 x float>, ptr %1925, align 4
  %1927 = or disjoint i64 %1903, 128
  %1928 = getelementptr inbounds float, ptr %Vn, i64 %1927
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = or disjoint i64 %1903, 384
  %1931 = getelementptr inbounds float, ptr %Vn, i64 %1930
  %1932 = load <16 x float>, ptr %1931, align 4
  %1933 = or disjoint i64 %1903, 160
  %1934 = getelementptr inbounds float, ptr %Vn, i64 %1933
  %1935 = load <16 x float>, ptr %1934, align 4
  %1936 = or disjoint i64 %1903, 416
  %1937 = getelementptr inbounds float, ptr %Vn, i64 %1936
  %1938 = load <16 x float>, ptr %1937, align 4
  %1939 = or disjoint i64 %1903, 192
  %1940 = getelementptr inbounds float, ptr %Vn, i64 %1939
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = or disjoint i64 %1903, 448
  %1943 = getelementptr inbounds float, ptr %Vn, i64 %1942
  %1944 = load <16 x float>, ptr %1943, align 4
  %1945 = or disjoint i64 %1903, 224
  %1946 = getelementptr inbounds float, ptr %Vn, i64 %1945
  %1947 = load <16 x float>, ptr %1946, align 4
  %1948 = or disjoint i64 %1903, 480
  %1949 = getelementptr inbounds float, ptr %Vn, i64 %1948
  %1950 = load <16 x float>, ptr %1949, align 4
  %1951 = shufflevector <16 x float> %1905, <16 x float> %1908, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1952 = shufflevector <16 x float> %1929, <16 x float> %1932, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1953 = shufflevector <16 x float> %1911, <16 x float> %1914, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1954 = shufflevector <16 x float> %1935, <16 x float> %1938, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1955 = shufflevector <16 x float> %1917, <16 x float> %1920, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1956 = shufflevector <16 x float> %1941, <16 x float> %1944, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1957 = shufflevector <16 x float> %1923, <16 x float> %1926, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1958 = shufflevector <16 x float> %1947, <16 x float> %1950, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1959 = shufflevector <16 x float> %1905, <16 x float> %1908, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1960 = shufflevector <16 x float> %1929, <16 x float> %1932, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1961 = shufflevector <16 x float> %1911, <16 x float> %1914, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1962 = shufflevector <16 x float> %1935, <16 x float> %1938, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1963 = shufflevector <16 x float> %1917, <16 x float> %1920, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1964 = shufflevector <16 x float> %1941, <16 x float> %1944, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1965 = shufflevector <16 x float> %1923, <16 x float> %1926, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1966 = shufflevector <16 x float> %1947, <16 x float> %1950, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1967 = shufflevector <16 x float> %1951, <16 x float> %1952, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1968 = shufflevector <16 x float> %1955, <16 x float> %1956, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1969 = shufflevector <16 x float> %1953, <16 x float> %1954, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1970 = shufflevector <16 x float> %1957, <16 x float> %1958, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1971 = shufflevector <16 x float> %1951, <16 x float> %1952, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1972 = shufflevector <16 x float> %1955, <16 x float> %1956, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1973 = shufflevector <16 x float> %1953, <16 x float> %1954, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1974 = shufflevector <16 x float> %1957, <16 x float> %1958, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1975 = shufflevector <16 x float> %1959, <16 x float> %1960, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1976 = shufflevector <16 x float> %1963, <16 x float> %1964, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1977 = shufflevector <16 x float> %1961, <16 x float> %1962, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1978 = shufflevector <16 x float> %1965, <16 x float> %1966, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1979 = shufflevector <16 x float> %1959, <16 x float> %1960, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1980 = shufflevector <16 x float> %1963, <16 x float> %1964, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1981 = shufflevector <16 x float> %1961, <16 x float> %1962, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1982 = shufflevector <16 x float> %1965, <16 x float> %1966, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1983 = shufflevector <16 x float> %1967, <16 x float> %1968, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1984 = shufflevector <16 x float> %1969, <16 x float> %1970, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1985 = shufflevector <16 x float> %1967, <16 x float> %1968, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1986 = shufflevector <16 x float> %1969, <16 x float> %1970, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1987 = shufflevector <16 x float> %1971, <16 x float> %1972, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1988 = shufflevector <16 x float> %1973, <16 x float> %1974, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1989 = shufflevector <16 x float> %1971, <16 x float> %1972, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1990 = shufflevector <16 x float> %1973, <16 x float> %1974, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1991 = shufflevector <16 x float> %1975, <16 x float> %1976, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1992 = shufflevector <16 x float> %1977, <16 x float> %1978, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1993 = shufflevector <16 x float> %1975, <16 x float> %1976, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1994 = shufflevector <16 x float> %1977, <16 x float> %1978, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1995 = shufflevector <16 x float> %1979, <16 x float> %1980, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1996 = shufflevector <16 x float> %1981, <16 x float> %1982, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1997 = shufflevector <16 x float> %1979, <16 x float> %1980, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1998 = shufflevector <16 x float> %1981, <16 x float> %1982, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1999 = shufflevector <16 x float> %1983, <16 x float> %1984, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2000 = shl nuw nsw i64 %j25.addr.02744, 5
  %2001 = or disjoint i64 %2000, %i32.addr.02745
  %2002 = getelementptr inbounds float, ptr %VnT, i64 %2001
  store <16 x float> %1999, ptr %2002, align 4
  %2003 = shufflevector <16 x float> %1983, <16 x float> %1984, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2004 = or disjoint i64 %2001, 32
  %2005 = getelementptr inbounds float, ptr %VnT, i64 %2004
  store <16 x float> %2003, ptr %2005, align 4
  %2006 = shufflevector <16 x float> %1985, <16 x float> %1986, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2007 = or disjoint i64 %2001, 64
  %2008 = getelementptr inbounds float, ptr %VnT, i64 %2007
  store <16 x float> %2006, ptr %2008, align 4
  %2009 = shufflevector <16 x float> %1985, <16 x float> %1986, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2010 = or disjoint i64 %2001, 96
  %2011 = getelementptr inbounds float, ptr %VnT, i64 %2010
  store <16 x float> %2009, ptr %2011, align 4
  %2012 = shufflevector <16 x float> %1987, <16 x float> %1988, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2013 = or disjoint i64 %2001, 128
  %2014 = getelementptr inbounds float, ptr %VnT, i64 %2013
  store <16 x float> %2012, ptr %2014, align 4
  %2015 = shufflevector <16 x float> %1987, <16 x float> %1988, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2016 = or disjoint i64 %2001, 160
  %2017 = getelementptr inbounds float, ptr %VnT, i64 %2016
  store <16 x float> %2015, ptr %2017, align 4
  %2018 = shufflevector <16 x float> %1989, <16 x float> %1990, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2019 = or disjoint i64 %2001, 192
  %2020 = getelementptr inbounds float, ptr %VnT, i64 %2019
  store <16 x float> %2018, ptr %2020, align 4
  %2021 = shufflevector <16 x float> %1989, <16 x float> %1990, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2022 = or disjoint i64 %2001, 224
  %2023 = getelementptr inbounds float, ptr %VnT, i64 %2022
  store <16 x float> %2021, ptr %2023, align 4
  %2024 = shufflevector <16 x float> %1991, <16 x float> %1992, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2025 = or disjoint i64 %2001, 256
  %2026 = getelementptr inbounds float, ptr %VnT, i64 %2025
  store <16 x float> %2024, ptr %2026, align 4
  %2027 = shufflevector <16 x float> %1991, <16 x float> %1992, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2028 = or disjoint i64 %2001, 288
  %2029 = getelementptr inbounds float, ptr %VnT, i64 %2028
  store <16 x float> %2027, ptr %2029, align 4
  %2030 = shufflevector <16 x float> %1993, <16 x float> %1994, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2031 = or disjoint i64 %2001, 320
  %2032 = getelementptr inbounds float, ptr %VnT, i64 %2031
  store <16 x float> %2030, ptr %2032, align 4
  %2033 = shufflevector <16 x float> %1993, <16 x float> %1994, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2034 = or disjoint i64 %2001, 352
  %2035 = getelementptr inbounds float, ptr %VnT, i64 %2034
  store <16 x float> %2033, ptr %2035, align 4
  %2036 = shufflevector <16 x float> %1995, <16 x float> %1996, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2037 = or disjoint i64 %2001, 384
  %2038 = getelementptr inbounds float, ptr %VnT, i64 %2037
  store <16 x float> %2036, ptr %2038, align 4
  %2039 = shufflevector <16 x float> %1995, <16 x float> %1996, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2040 = or disjoint i64 %2001, 416
  %2041 = getelementptr inbounds float, ptr %VnT, i64 %2040
  store <16 x float> %2039, ptr %2041, align 4
  %2042 = shufflevector <16 x float> %1997, <16 x float> %1998, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2043 = or disjoint i64 %2001, 448
  %2044 = getelementptr inbounds float, ptr %VnT, i64 %2043
  store <16 x float> %2042, ptr %2044, align 4
  %2045 = shufflevector <16 x float> %1997, <16 x float> %1998, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2046 = or disjoint i64 %2001, 480
  %2047 = getelementptr inbounds float, ptr %VnT, i64 %2046
  store <16 x float> %2045, ptr %2047, align 4
  br i1 %1902, label %j25.body, label %j25.exit

j25.exit:                                         ; preds = %j25.body
  br i1 %1900, label %j25.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j25.exit, %p6.exit
  %i33.addr.02755 = phi i64 [ %i33.next, %p6.exit ], [ 0, %j25.exit ]
  %.idx3226 = shl nsw i64 %i33.addr.02755, 7
  %invariant.gep3466 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3226
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02754 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2054, %p6.body ]
  %acc33.02753 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2059, %p6.body ]
  %acc34.02752 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2064, %p6.body ]
  %acc35.02751 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2069, %p6.body ]
  %acc36.02750 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2074, %p6.body ]
  %acc37.02749 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2079, %p6.body ]
  %acc38.02748 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2084, %p6.body ]
  %acc39.02747 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2089, %p6.body ]
  %p6.addr.02746 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %.idx2637 = shl nuw nsw i64 %p6.addr.02746, 6
  %2048 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2637
  %2049 = load <16 x float>, ptr %2048, align 4
  %gep3467 = getelementptr inbounds float, ptr %invariant.gep3466, i64 %p6.addr.02746
  %2050 = getelementptr inbounds i8, ptr %gep3467, i64 10240
  %2051 = load float, ptr %2050, align 4
  %2052 = insertelement <16 x float> poison, float %2051, i64 0
  %2053 = shufflevector <16 x float> %2052, <16 x float> poison, <16 x i32> zeroinitializer
  %2054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2053, <16 x float> %2049, <16 x float> %acc32.02754)
  %2055 = getelementptr inbounds i8, ptr %gep3467, i64 10368
  %2056 = load float, ptr %2055, align 4
  %2057 = insertelement <16 x float> poison, float %2056, i64 0
  %2058 = shufflevector <16 x float> %2057, <16 x float> poison, <16 x i32> zeroinitializer
  %2059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2049, <16 x float> %acc33.02753)
  %2060 = getelementptr inbounds i8, ptr %gep3467, i64 10496
  %2061 = load float, ptr %2060, align 4
  %2062 = insertelement <16 x float> poison, float %2061, i64 0
  %2063 = shufflevector <16 x float> %2062, <16 x float> poison, <16 x i32> zeroinitializer
  %2064 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2063, <16 x float> %2049, <16 x float> %acc34.02752)
  %2065 = getelementptr inbounds i8, ptr %gep3467, i64 10624
  %2066 = load float, ptr %2065, align 4
  %2067 = insertelement <16 x float> poison, float %2066, i64 0
  %2068 = shufflevector <16 x float> %2067, <16 x float> poison, <16 x i32> zeroinitializer
  %2069 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2068, <16 x float> %2049, <16 x float> %acc35.02751)
  %2070 = getelementptr inbounds i8, ptr %gep3467, i64 10752
  %2071 = load float, ptr %2070, align 4
  %2072 = insertelement <16 x float> poison, float %2071, i64 0
  %2073 = shufflevector <16 x float> %2072, <16 x float> poison, <16 x i32> zeroinitializer
  %2074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2073, <16 x float> %2049, <16 x float> %acc36.02750)
  %2075 = getelementptr inbounds i8, ptr %gep3467, i64 10880
  %2076 = load float, ptr %2075, align 4
  %2077 = insertelement <16 x float> poison, float %2076, i64 0
  %2078 = shufflevector <16 x float> %2077, <16 x float> poison, <16 x i32> zeroinitializer
  %2079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2078, <16 x float> %2049, <16 x float> %acc37.02749)
  %2080 = getelementptr inbounds i8, ptr %gep3467, i64 11008
  %2081 = load float, ptr %2080, align 4
  %2082 = insertelement <16 x float> poison, float %2081, i64 0
  %2083 = shufflevector <16 x float> %2082, <16 x float> poison, <16 x i32> zeroinitializer
  %2084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2049, <16 x float> %acc38.02748)
  %2085 = getelementptr inbounds i8, ptr %gep3467, i64 11136
  %2086 = load float, ptr %2085, align 4
  %2087 = insertelement <16 x float> poison, float %2086, i64 0
  %2088 = shufflevector <16 x float> %2087, <16 x float> poison, <16 x i32> zeroinitializer
  %2089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2088, <16 x float> %2049, <16 x float> %acc39.02747)
  %p6.next = add nuw nsw i64 %p6.addr.02746, 1
  %exitcond3181.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3181.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %.idx2636 = shl nuw nsw i64 %i33.addr.02755, 6
  %2090 = getelementptr inbounds i8, ptr %PT, i64 %.idx2636
  store <16 x float> %2054, ptr %2090, align 4
  %2091 = shl nuw nsw i64 %i33.addr.02755, 4
  %2092 = or disjoint i64 %2091, 16
  %2093 = getelementptr inbounds float, ptr %PT, i64 %2092
  store <16 x float> %2059, ptr %2093, align 4
  %2094 = or disjoint i64 %2091, 32
  %2095 = getelementptr inbounds float, ptr %PT, i64 %2094
  store <16 x float> %2064, ptr %2095, align 4
  %2096 = or disjoint i64 %2091, 48
  %2097 = getelementptr inbounds float, ptr %PT, i64 %2096
  store <16 x float> %2069, ptr %2097, align 4
  %2098 = or disjoint i64 %2091, 64
  %2099 = getelementptr inbounds float, ptr %PT, i64 %2098
  store <16 x float> %2074, ptr %2099, align 4
  %2100 = or disjoint i64 %2091, 80
  %2101 = getelementptr inbounds float, ptr %PT, i64 %2100
  store <16 x float> %2079, ptr %2101, align 4
  %2102 = or disjoint i64 %2091, 96
  %2103 = getelementptr inbounds float, ptr %PT, i64 %2102
  store <16 x float> %2084, ptr %2103, align 4
  %2104 = or disjoint i64 %2091, 112
  %2105 = getelementptr inbounds float, ptr %PT, i64 %2104
  store <16 x float> %2089, ptr %2105, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02755, 8
  %2106 = icmp ult i64 %i33.addr.02755, 24
  br i1 %2106, label %p6.head.preheader, label %t6.body.preheader

t6.body.preheader:                                ; preds = %p6.exit
  %2107 = load <16 x float>, ptr %PT, align 4
  %2108 = load <16 x float>, ptr %M, align 4
  %2109 = fmul <16 x float> %2107, %2108
  store <16 x float> %2109, ptr %PT, align 4
  %2110 = load <16 x float>, ptr %103, align 4
  %2111 = fmul <16 x float> %2110, %2108
  store <16 x float> %2111, ptr %103, align 4
  %2112 = load <16 x float>, ptr %104, align 4
  %2113 = load <16 x float>, ptr %105, align 4
  %2114 = fmul <16 x float> %2112, %2113
  store <16 x float> %2114, ptr %104, align 4
  %2115 = load <16 x float>, ptr %106, align 4
  %2116 = fmul <16 x float> %2115, %2113
  store <16 x float> %2116, ptr %106, align 4
  %2117 = load <16 x float>, ptr %107, align 4
  %2118 = load <16 x float>, ptr %108, align 4
  %2119 = fmul <16 x float> %2117, %2118
  store <16 x float> %2119, ptr %107, align 4
  %2120 = load <16 x float>, ptr %109, align 4
  %2121 = fmul <16 x float> %2120, %2118
  store <16 x float> %2121, ptr %109, align 4
  %2122 = load <16 x float>, ptr %110, align 4
  %2123 = load <16 x float>, ptr %111, align 4
  %2124 = fmul <16 x float> %2122, %2123
  store <16 x float> %2124, ptr %110, align 4
  %2125 = load <16 x float>, ptr %112, align 4
  %2126 = fmul <16 x float> %2125, %2123
  store <16 x float> %2126, ptr %112, align 4
  %2127 = load <16 x float>, ptr %113, align 4
  %2128 = load <16 x float>, ptr %114, align 4
  %2129 = fmul <16 x float> %2127, %2128
  store <16 x float> %2129, ptr %113, align 4
  %2130 = load <16 x float>, ptr %115, align 4
  %2131 = fmul <16 x float> %2130, %2128
  store <16 x float> %2131, ptr %115, align 4
  %2132 = load <16 x float>, ptr %116, align 4
  %2133 = load <16 x float>, ptr %117, align 4
  %2134 = fmul <16 x float> %2132, %2133
  store <16 x float> %2134, ptr %116, align 4
  %2135 = load <16 x float>, ptr %118, align 4
  %2136 = fmul <16 x float> %2135, %2133
  store <16 x float> %2136, ptr %118, align 4
  %2137 = load <16 x float>, ptr %119, align 4
  %2138 = load <16 x float>, ptr %120, align 4
  %2139 = fmul <16 x float> %2137, %2138
  store <16 x float> %2139, ptr %119, align 4
  %2140 = load <16 x float>, ptr %121, align 4
  %2141 = fmul <16 x float> %2140, %2138
  store <16 x float> %2141, ptr %121, align 4
  %2142 = load <16 x float>, ptr %122, align 4
  %2143 = load <16 x float>, ptr %123, align 4
  %2144 = fmul <16 x float> %2142, %2143
  store <16 x float> %2144, ptr %122, align 4
  %2145 = load <16 x float>, ptr %124, align 4
  %2146 = fmul <16 x float> %2145, %2143
  store <16 x float> %2146, ptr %124, align 4
  %2147 = load <16 x float>, ptr %125, align 4
  %2148 = load <16 x float>, ptr %126, align 4
  %2149 = fmul <16 x float> %2147, %2148
  store <16 x float> %2149, ptr %125, align 4
  %2150 = load <16 x float>, ptr %127, align 4
  %2151 = fmul <16 x float> %2150, %2148
  store <16 x float> %2151, ptr %127, align 4
  %2152 = load <16 x float>, ptr %128, align 4
  %2153 = load <16 x float>, ptr %129, align 4
  %2154 = fmul <16 x float> %2152, %2153
  store <16 x float> %2154, ptr %128, align 4
  %2155 = load <16 x float>, ptr %130, align 4
  %2156 = fmul <16 x float> %2155, %2153
  store <16 x float> %2156, ptr %130, align 4
  %2157 = load <16 x float>, ptr %131, align 4
  %2158 = load <16 x float>, ptr %132, align 4
  %2159 = fmul <16 x float> %2157, %2158
  store <16 x float> %2159, ptr %131, align 4
  %2160 = load <16 x float>, ptr %133, align 4
  %2161 = fmul <16 x float> %2160, %2158
  store <16 x float> %2161, ptr %133, align 4
  %2162 = load <16 x float>, ptr %134, align 4
  %2163 = load <16 x float>, ptr %135, align 4
  %2164 = fmul <16 x float> %2162, %2163
  store <16 x float> %2164, ptr %134, align 4
  %2165 = load <16 x float>, ptr %136, align 4
  %2166 = fmul <16 x float> %2165, %2163
  store <16 x float> %2166, ptr %136, align 4
  %2167 = load <16 x float>, ptr %137, align 4
  %2168 = load <16 x float>, ptr %138, align 4
  %2169 = fmul <16 x float> %2167, %2168
  store <16 x float> %2169, ptr %137, align 4
  %2170 = load <16 x float>, ptr %139, align 4
  %2171 = fmul <16 x float> %2170, %2168
  store <16 x float> %2171, ptr %139, align 4
  %2172 = load <16 x float>, ptr %140, align 4
  %2173 = load <16 x float>, ptr %141, align 4
  %2174 = fmul <16 x float> %2172, %2173
  store <16 x float> %2174, ptr %140, align 4
  %2175 = load <16 x float>, ptr %142, align 4
  %2176 = fmul <16 x float> %2175, %2173
  store <16 x float> %2176, ptr %142, align 4
  %2177 = load <16 x float>, ptr %143, align 4
  %2178 = load <16 x float>, ptr %144, align 4
  %2179 = fmul <16 x float> %2177, %2178
  store <16 x float> %2179, ptr %143, align 4
  %2180 = load <16 x float>, ptr %145, align 4
  %2181 = fmul <16 x float> %2180, %2178
  store <16 x float> %2181, ptr %145, align 4
  %2182 = load <16 x float>, ptr %146, align 4
  %2183 = load <16 x float>, ptr %147, align 4
  %2184 = fmul <16 x float> %2182, %2183
  store <16 x float> %2184, ptr %146, align 4
  %2185 = load <16 x float>, ptr %148, align 4
  %2186 = fmul <16 x float> %2185, %2183
  store <16 x float> %2186, ptr %148, align 4
  store <16 x float> zeroinitializer, ptr %dG, align 4
  br label %t7.body

t7.body:                                          ; preds = %t6.body.preheader, %t7.body
  %zsum.02762 = phi float [ 0.000000e+00, %t6.body.preheader ], [ %2251, %t7.body ]
  %t7.addr.02761 = phi i64 [ 0, %t6.body.preheader ], [ %t7.next, %t7.body ]
  %i37 = shl nuw nsw i64 %t7.addr.02761, 1
  %2187 = or disjoint i64 %i37, 480
  %2188 = getelementptr inbounds float, ptr %En, i64 %2187
  %2189 = load float, ptr %2188, align 4
  %2190 = insertelement <16 x float> poison, float %2189, i64 0
  %2191 = shufflevector <16 x float> %2190, <16 x float> poison, <16 x i32> zeroinitializer
  %2192 = shl nuw nsw i64 %t7.addr.02761, 6
  %.idx2970 = shl nsw i64 %t7.addr.02761, 9
  %2193 = getelementptr inbounds i8, ptr %149, i64 %.idx2970
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = fmul <16 x float> %2191, %2194
  %gep3469 = getelementptr inbounds float, ptr %invariant.gep3468, i64 %2192
  store <16 x float> %2195, ptr %gep3469, align 4
  %2196 = getelementptr inbounds float, ptr %Vn, i64 %2192
  %2197 = load <16 x float>, ptr %2196, align 4
  %2198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2195, <16 x float> %2197, <16 x float> zeroinitializer)
  %2199 = getelementptr inbounds i8, ptr %150, i64 %.idx2970
  %2200 = load <16 x float>, ptr %2199, align 4
  %2201 = fmul <16 x float> %2191, %2200
  %gep3471 = getelementptr inbounds float, ptr %invariant.gep3470, i64 %2192
  store <16 x float> %2201, ptr %gep3471, align 4
  %2202 = or disjoint i64 %2192, 16
  %2203 = getelementptr inbounds float, ptr %Vn, i64 %2202
  %2204 = load <16 x float>, ptr %2203, align 4
  %2205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2204, <16 x float> %2198)
  %2206 = shufflevector <16 x float> %2205, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2207 = shufflevector <16 x float> %2205, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2208 = fadd <8 x float> %2206, %2207
  %2209 = shufflevector <8 x float> %2208, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2210 = shufflevector <8 x float> %2208, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2211 = fadd <4 x float> %2209, %2210
  %2212 = shufflevector <4 x float> %2211, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2213 = shufflevector <4 x float> %2211, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2214 = fadd <2 x float> %2212, %2213
  %shift = shufflevector <2 x float> %2214, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2215 = fadd <2 x float> %2214, %shift
  %2216 = extractelement <2 x float> %2215, i64 0
  %2217 = getelementptr inbounds float, ptr %dG, i64 %t7.addr.02761
  %2218 = load float, ptr %2217, align 4
  %2219 = fsub float %2218, %2216
  store float %2219, ptr %2217, align 4
  %i38 = or disjoint i64 %i37, 1
  %2220 = or disjoint i64 %i37, 481
  %2221 = getelementptr inbounds float, ptr %En, i64 %2220
  %2222 = load float, ptr %2221, align 4
  %2223 = insertelement <16 x float> poison, float %2222, i64 0
  %2224 = shufflevector <16 x float> %2223, <16 x float> poison, <16 x i32> zeroinitializer
  %2225 = shl nuw nsw i64 %i38, 5
  %.idx2971 = shl nsw i64 %i38, 8
  %2226 = getelementptr inbounds i8, ptr %149, i64 %.idx2971
  %2227 = load <16 x float>, ptr %2226, align 4
  %2228 = fmul <16 x float> %2224, %2227
  %gep3473 = getelementptr inbounds float, ptr %invariant.gep3472, i64 %2225
  store <16 x float> %2228, ptr %gep3473, align 4
  %2229 = getelementptr inbounds float, ptr %Vn, i64 %2225
  %2230 = load <16 x float>, ptr %2229, align 4
  %2231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2230, <16 x float> zeroinitializer)
  %2232 = getelementptr inbounds i8, ptr %150, i64 %.idx2971
  %2233 = load <16 x float>, ptr %2232, align 4
  %2234 = fmul <16 x float> %2224, %2233
  %gep3475 = getelementptr inbounds float, ptr %invariant.gep3474, i64 %2225
  store <16 x float> %2234, ptr %gep3475, align 4
  %2235 = or disjoint i64 %2225, 16
  %2236 = getelementptr inbounds float, ptr %Vn, i64 %2235
  %2237 = load <16 x float>, ptr %2236, align 4
  %2238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2237, <16 x float> %2231)
  %2239 = fadd float %zsum.02762, %2216
  %2240 = shufflevector <16 x float> %2238, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2241 = shufflevector <16 x float> %2238, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2242 = fadd <8 x float> %2240, %2241
  %2243 = shufflevector <8 x float> %2242, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2244 = shufflevector <8 x float> %2242, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2245 = fadd <4 x float> %2243, %2244
  %2246 = shufflevector <4 x float> %2245, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2247 = shufflevector <4 x float> %2245, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2248 = fadd <2 x float> %2246, %2247
  %shift3651 = shufflevector <2 x float> %2248, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2249 = fadd <2 x float> %2248, %shift3651
  %2250 = extractelement <2 x float> %2249, i64 0
  %2251 = fadd float %2239, %2250
  %2252 = load float, ptr %2217, align 4
  %2253 = fsub float %2252, %2250
  store float %2253, ptr %2217, align 4
  %t7.next = add nuw nsw i64 %t7.addr.02761, 1
  %exitcond3183.not = icmp eq i64 %t7.next, 16
  br i1 %exitcond3183.not, label %p9.head.preheader, label %t7.body

p9.head.preheader:                                ; preds = %t7.body, %p9.head.preheader
  %sds.02766 = phi <16 x float> [ %2309, %p9.head.preheader ], [ zeroinitializer, %t7.body ]
  %r8.addr.02765 = phi i64 [ %r8.next.3, %p9.head.preheader ], [ 0, %t7.body ]
  %2254 = shl nuw nsw i64 %r8.addr.02765, 6
  %2255 = getelementptr inbounds float, ptr %work, i64 %2254
  %2256 = load <16 x float>, ptr %2255, align 4
  %2257 = or disjoint i64 %2254, 32
  %2258 = getelementptr inbounds float, ptr %work, i64 %2257
  %2259 = load <16 x float>, ptr %2258, align 4
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2256, <16 x float> %2259, <16 x float> %sds.02766)
  %2261 = or disjoint i64 %2254, 16
  %2262 = getelementptr inbounds float, ptr %work, i64 %2261
  %2263 = load <16 x float>, ptr %2262, align 4
  %2264 = or disjoint i64 %2254, 48
  %2265 = getelementptr inbounds float, ptr %work, i64 %2264
  %2266 = load <16 x float>, ptr %2265, align 4
  %2267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2263, <16 x float> %2266, <16 x float> %2260)
  %r8.next = shl i64 %r8.addr.02765, 6
  %2268 = or disjoint i64 %r8.next, 64
  %2269 = getelementptr inbounds float, ptr %work, i64 %2268
  %2270 = load <16 x float>, ptr %2269, align 4
  %2271 = or disjoint i64 %r8.next, 96
  %2272 = getelementptr inbounds float, ptr %work, i64 %2271
  %2273 = load <16 x float>, ptr %2272, align 4
  %2274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2270, <16 x float> %2273, <16 x float> %2267)
  %2275 = or disjoint i64 %r8.next, 80
  %2276 = getelementptr inbounds float, ptr %work, i64 %2275
  %2277 = load <16 x float>, ptr %2276, align 4
  %2278 = or disjoint i64 %r8.next, 112
  %2279 = getelementptr inbounds float, ptr %work, i64 %2278
  %2280 = load <16 x float>, ptr %2279, align 4
  %2281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2280, <16 x float> %2274)
  %r8.next.1 = shl i64 %r8.addr.02765, 6
  %2282 = or disjoint i64 %r8.next.1, 128
  %2283 = getelementptr inbounds float, ptr %work, i64 %2282
  %2284 = load <16 x float>, ptr %2283, align 4
  %2285 = or disjoint i64 %r8.next.1, 160
  %2286 = getelementptr inbounds float, ptr %work, i64 %2285
  %2287 = load <16 x float>, ptr %2286, align 4
  %2288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2287, <16 x float> %2281)
  %2289 = or disjoint i64 %r8.next.1, 144
  %2290 = getelementptr inbounds float, ptr %work, i64 %2289
  %2291 = load <16 x float>, ptr %2290, align 4
  %2292 = or disjoint i64 %r8.next.1, 176
  %2293 = getelementptr inbounds float, ptr %work, i64 %2292
  %2294 = load <16 x float>, ptr %2293, align 4
  %2295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2291, <16 x float> %2294, <16 x float> %2288)
  %r8.next.2 = shl i64 %r8.addr.02765, 6
  %2296 = or disjoint i64 %r8.next.2, 192
  %2297 = getelementptr inbounds float, ptr %work, i64 %2296
  %2298 = load <16 x float>, ptr %2297, align 4
  %2299 = or disjoint i64 %r8.next.2, 224
  %2300 = getelementptr inbounds float, ptr %work, i64 %2299
  %2301 = load <16 x float>, ptr %2300, align 4
  %2302 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2301, <16 x float> %2295)
  %2303 = or disjoint i64 %r8.next.2, 208
  %2304 = getelementptr inbounds float, ptr %work, i64 %2303
  %2305 = load <16 x float>, ptr %2304, align 4
  %2306 = or disjoint i64 %r8.next.2, 240
  %2307 = getelementptr inbounds float, ptr %work, i64 %2306
  %2308 = load <16 x float>, ptr %2307, align 4
  %2309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2308, <16 x float> %2302)
  %r8.next.3 = add nuw nsw i64 %r8.addr.02765, 4
  %exitcond3184.not.3 = icmp eq i64 %r8.next.3, 32
  br i1 %exitcond3184.not.3, label %r8.exit, label %p9.head.preheader

r8.exit:                                          ; preds = %p9.head.preheader
  %2310 = load float, ptr %34, align 4
  %2311 = load float, ptr %35, align 4
  %2312 = shufflevector <16 x float> %2309, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2313 = shufflevector <16 x float> %2309, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2314 = fadd <8 x float> %2312, %2313
  %2315 = shufflevector <8 x float> %2314, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2316 = shufflevector <8 x float> %2314, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2317 = fadd <4 x float> %2315, %2316
  %2318 = shufflevector <4 x float> %2317, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2319 = shufflevector <4 x float> %2317, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2320 = fadd <2 x float> %2318, %2319
  %shift3652 = shufflevector <2 x float> %2320, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2321 = fadd <2 x float> %2320, %shift3652
  %2322 = extractelement <2 x float> %2321, i64 0
  %2323 = fmul float %2322, %2311
  %2324 = fadd float %2251, %2323
  %2325 = fadd float %2310, %2324
  store float %2325, ptr %34, align 4
  br label %i39.body

i39.body:                                         ; preds = %r8.exit, %p10.exit
  %i39.addr.02784 = phi i64 [ 0, %r8.exit ], [ %i39.next, %p10.exit ]
  %.idx2646 = shl nuw nsw i64 %i39.addr.02784, 7
  %2326 = getelementptr inbounds i8, ptr %OY, i64 %.idx2646
  %2327 = getelementptr inbounds i8, ptr %2326, i64 2048
  %2328 = load <16 x float>, ptr %2327, align 4
  %2329 = getelementptr inbounds i8, ptr %2326, i64 2112
  %2330 = load <16 x float>, ptr %2329, align 4
  %2331 = or disjoint i64 %i39.addr.02784, 1
  %.idx2647 = shl nuw nsw i64 %2331, 7
  %2332 = getelementptr inbounds i8, ptr %OY, i64 %.idx2647
  %2333 = getelementptr inbounds i8, ptr %2332, i64 2048
  %2334 = load <16 x float>, ptr %2333, align 4
  %2335 = getelementptr inbounds i8, ptr %2332, i64 2112
  %2336 = load <16 x float>, ptr %2335, align 4
  %2337 = or disjoint i64 %i39.addr.02784, 2
  %.idx2648 = shl nuw nsw i64 %2337, 7
  %2338 = getelementptr inbounds i8, ptr %OY, i64 %.idx2648
  %2339 = getelementptr inbounds i8, ptr %2338, i64 2048
  %2340 = load <16 x float>, ptr %2339, align 4
  %2341 = getelementptr inbounds i8, ptr %2338, i64 2112
  %2342 = load <16 x float>, ptr %2341, align 4
  %2343 = or disjoint i64 %i39.addr.02784, 3
  %.idx2649 = shl nuw nsw i64 %2343, 7
  %2344 = getelementptr inbounds i8, ptr %OY, i64 %.idx2649
  %2345 = getelementptr inbounds i8, ptr %2344, i64 2048
  %2346 = load <16 x float>, ptr %2345, align 4
  %2347 = getelementptr inbounds i8, ptr %2344, i64 2112
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = or disjoint i64 %i39.addr.02784, 4
  %.idx2650 = shl nuw nsw i64 %2349, 7
  %2350 = getelementptr inbounds i8, ptr %OY, i64 %.idx2650
  %2351 = getelementptr inbounds i8, ptr %2350, i64 2048
  %2352 = load <16 x float>, ptr %2351, align 4
  %2353 = getelementptr inbounds i8, ptr %2350, i64 2112
  %2354 = load <16 x float>, ptr %2353, align 4
  %2355 = or disjoint i64 %i39.addr.02784, 5
  %.idx2651 = shl nuw nsw i64 %2355, 7
  %2356 = getelementptr inbounds i8, ptr %OY, i64 %.idx2651
  %2357 = getelementptr inbounds i8, ptr %2356, i64 2048
  %2358 = load <16 x float>, ptr %2357, align 4
  %2359 = getelementptr inbounds i8, ptr %2356, i64 2112
  %2360 = load <16 x float>, ptr %2359, align 4
  %2361 = or disjoint i64 %i39.addr.02784, 6
  %.idx2652 = shl nuw nsw i64 %2361, 7
  %2362 = getelementptr inbounds i8, ptr %OY, i64 %.idx2652
  %2363 = getelementptr inbounds i8, ptr %2362, i64 2048
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = getelementptr inbounds i8, ptr %2362, i64 2112
  %2366 = load <16 x float>, ptr %2365, align 4
  %2367 = or disjoint i64 %i39.addr.02784, 7
  %.idx2653 = shl nuw nsw i64 %2367, 7
  %2368 = getelementptr inbounds i8, ptr %OY, i64 %.idx2653
  %2369 = getelementptr inbounds i8, ptr %2368, i64 2048
  %2370 = load <16 x float>, ptr %2369, align 4
  %2371 = getelementptr inbounds i8, ptr %2368, i64 2112
  %2372 = load <16 x float>, ptr %2371, align 4
  %.idx2972 = shl nsw i64 %i39.addr.02784, 6
  %.idx2973 = shl nsw i64 %2331, 6
  %.idx2974 = shl nsw i64 %2337, 6
  %.idx2975 = shl nsw i64 %2343, 6
  %.idx2976 = shl nsw i64 %2349, 6
  %.idx2977 = shl nsw i64 %2355, 6
  %.idx2978 = shl nsw i64 %2361, 6
  %.idx2979 = shl nsw i64 %2367, 6
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %acc40.02783 = phi <16 x float> [ %2328, %i39.body ], [ %2384, %p10.body ]
  %acc41.02782 = phi <16 x float> [ %2330, %i39.body ], [ %2385, %p10.body ]
  %acc42.02781 = phi <16 x float> [ %2334, %i39.body ], [ %2390, %p10.body ]
  %acc43.02780 = phi <16 x float> [ %2336, %i39.body ], [ %2391, %p10.body ]
  %acc44.02779 = phi <16 x float> [ %2340, %i39.body ], [ %2396, %p10.body ]
  %acc45.02778 = phi <16 x float> [ %2342, %i39.body ], [ %2397, %p10.body ]
  %acc46.02777 = phi <16 x float> [ %2346, %i39.body ], [ %2402, %p10.body ]
  %acc47.02776 = phi <16 x float> [ %2348, %i39.body ], [ %2403, %p10.body ]
  %acc48.02775 = phi <16 x float> [ %2352, %i39.body ], [ %2408, %p10.body ]
  %acc49.02774 = phi <16 x float> [ %2354, %i39.body ], [ %2409, %p10.body ]
  %acc50.02773 = phi <16 x float> [ %2358, %i39.body ], [ %2414, %p10.body ]
  %p10.addr.02772 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc55.02771 = phi <16 x float> [ %2372, %i39.body ], [ %2427, %p10.body ]
  %acc54.02770 = phi <16 x float> [ %2370, %i39.body ], [ %2426, %p10.body ]
  %acc53.02769 = phi <16 x float> [ %2366, %i39.body ], [ %2421, %p10.body ]
  %acc52.02768 = phi <16 x float> [ %2364, %i39.body ], [ %2420, %p10.body ]
  %acc51.02767 = phi <16 x float> [ %2360, %i39.body ], [ %2415, %p10.body ]
  %2373 = shl nuw nsw i64 %p10.addr.02772, 5
  %2374 = getelementptr inbounds float, ptr %OY, i64 %2373
  %2375 = load <16 x float>, ptr %2374, align 4
  %2376 = or disjoint i64 %2373, 16
  %2377 = getelementptr inbounds float, ptr %OY, i64 %2376
  %2378 = load <16 x float>, ptr %2377, align 4
  %2379 = getelementptr inbounds float, ptr %PT, i64 %p10.addr.02772
  %2380 = getelementptr inbounds i8, ptr %2379, i64 %.idx2972
  %2381 = load float, ptr %2380, align 4
  %2382 = insertelement <16 x float> poison, float %2381, i64 0
  %2383 = shufflevector <16 x float> %2382, <16 x float> poison, <16 x i32> zeroinitializer
  %2384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2383, <16 x float> %2375, <16 x float> %acc40.02783)
  %2385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2383, <16 x float> %2378, <16 x float> %acc41.02782)
  %2386 = getelementptr inbounds i8, ptr %2379, i64 %.idx2973
  %2387 = load float, ptr %2386, align 4
  %2388 = insertelement <16 x float> poison, float %2387, i64 0
  %2389 = shufflevector <16 x float> %2388, <16 x float> poison, <16 x i32> zeroinitializer
  %2390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2389, <16 x float> %2375, <16 x float> %acc42.02781)
  %2391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2389, <16 x float> %2378, <16 x float> %acc43.02780)
  %2392 = getelementptr inbounds i8, ptr %2379, i64 %.idx2974
  %2393 = load float, ptr %2392, align 4
  %2394 = insertelement <16 x float> poison, float %2393, i64 0
  %2395 = shufflevector <16 x float> %2394, <16 x float> poison, <16 x i32> zeroinitializer
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2375, <16 x float> %acc44.02779)
  %2397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2378, <16 x float> %acc45.02778)
  %2398 = getelementptr inbounds i8, ptr %2379, i64 %.idx2975
  %2399 = load float, ptr %2398, align 4
  %2400 = insertelement <16 x float> poison, float %2399, i64 0
  %2401 = shufflevector <16 x float> %2400, <16 x float> poison, <16 x i32> zeroinitializer
  %2402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2401, <16 x float> %2375, <16 x float> %acc46.02777)
  %2403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2401, <16 x float> %2378, <16 x float> %acc47.02776)
  %2404 = getelementptr inbounds i8, ptr %2379, i64 %.idx2976
  %2405 = load float, ptr %2404, align 4
  %2406 = insertelement <16 x float> poison, float %2405, i64 0
  %2407 = shufflevector <16 x float> %2406, <16 x float> poison, <16 x i32> zeroinitializer
  %2408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2407, <16 x float> %2375, <16 x float> %acc48.02775)
  %2409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2407, <16 x float> %2378, <16 x float> %acc49.02774)
  %2410 = getelementptr inbounds i8, ptr %2379, i64 %.idx2977
  %2411 = load float, ptr %2410, align 4
  %2412 = insertelement <16 x float> poison, float %2411, i64 0
  %2413 = shufflevector <16 x float> %2412, <16 x float> poison, <16 x i32> zeroinitializer
  %2414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2413, <16 x float> %2375, <16 x float> %acc50.02773)
  %2415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2413, <16 x float> %2378, <16 x float> %acc51.02767)
  %2416 = getelementptr inbounds i8, ptr %2379, i64 %.idx2978
  %2417 = load float, ptr %2416, align 4
  %2418 = insertelement <16 x float> poison, float %2417, i64 0
  %2419 = shufflevector <16 x float> %2418, <16 x float> poison, <16 x i32> zeroinitializer
  %2420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2419, <16 x float> %2375, <16 x float> %acc52.02768)
  %2421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2419, <16 x float> %2378, <16 x float> %acc53.02769)
  %2422 = getelementptr inbounds i8, ptr %2379, i64 %.idx2979
  %2423 = load float, ptr %2422, align 4
  %2424 = insertelement <16 x float> poison, float %2423, i64 0
  %2425 = shufflevector <16 x float> %2424, <16 x float> poison, <16 x i32> zeroinitializer
  %2426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2425, <16 x float> %2375, <16 x float> %acc54.02770)
  %2427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2425, <16 x float> %2378, <16 x float> %acc55.02771)
  %p10.next = add nuw nsw i64 %p10.addr.02772, 1
  %exitcond3185.not = icmp eq i64 %p10.next, 16
  br i1 %exitcond3185.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2384, ptr %2327, align 4
  store <16 x float> %2385, ptr %2329, align 4
  store <16 x float> %2390, ptr %2333, align 4
  store <16 x float> %2391, ptr %2335, align 4
  store <16 x float> %2396, ptr %2339, align 4
  store <16 x float> %2397, ptr %2341, align 4
  store <16 x float> %2402, ptr %2345, align 4
  store <16 x float> %2403, ptr %2347, align 4
  store <16 x float> %2408, ptr %2351, align 4
  store <16 x float> %2409, ptr %2353, align 4
  store <16 x float> %2414, ptr %2357, align 4
  store <16 x float> %2415, ptr %2359, align 4
  store <16 x float> %2420, ptr %2363, align 4
  store <16 x float> %2421, ptr %2365, align 4
  store <16 x float> %2426, ptr %2369, align 4
  store <16 x float> %2427, ptr %2371, align 4
  %i39.next = add nuw nsw i64 %i39.addr.02784, 8
  %2428 = icmp ult i64 %i39.addr.02784, 24
  br i1 %2428, label %i39.body, label %p11.head.preheader

p11.head.preheader:                               ; preds = %p10.exit, %p11.exit
  %i40.addr.02794 = phi i64 [ %i40.next, %p11.exit ], [ 0, %p10.exit ]
  %2429 = shl nuw nsw i64 %i40.addr.02794, 5
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02793 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc63.02792 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2479, %p11.body ]
  %acc62.02791 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2473, %p11.body ]
  %acc61.02790 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2467, %p11.body ]
  %acc60.02789 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2461, %p11.body ]
  %acc59.02788 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2455, %p11.body ]
  %acc58.02787 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2449, %p11.body ]
  %acc57.02786 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2443, %p11.body ]
  %acc56.02785 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2437, %p11.body ]
  %.idx2633 = shl nuw nsw i64 %p11.addr.02793, 6
  %2430 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2633
  %2431 = load <16 x float>, ptr %2430, align 4
  %2432 = add nuw nsw i64 %p11.addr.02793, %2429
  %2433 = getelementptr inbounds float, ptr %Vn, i64 %2432
  %2434 = load float, ptr %2433, align 4
  %2435 = insertelement <16 x float> poison, float %2434, i64 0
  %2436 = shufflevector <16 x float> %2435, <16 x float> poison, <16 x i32> zeroinitializer
  %2437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2436, <16 x float> %2431, <16 x float> %acc56.02785)
  %2438 = or disjoint i64 %2432, 32
  %2439 = getelementptr inbounds float, ptr %Vn, i64 %2438
  %2440 = load float, ptr %2439, align 4
  %2441 = insertelement <16 x float> poison, float %2440, i64 0
  %2442 = shufflevector <16 x float> %2441, <16 x float> poison, <16 x i32> zeroinitializer
  %2443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2442, <16 x float> %2431, <16 x float> %acc57.02786)
  %2444 = or disjoint i64 %2432, 64
  %2445 = getelementptr inbounds float, ptr %Vn, i64 %2444
  %2446 = load float, ptr %2445, align 4
  %2447 = insertelement <16 x float> poison, float %2446, i64 0
  %2448 = shufflevector <16 x float> %2447, <16 x float> poison, <16 x i32> zeroinitializer
  %2449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2448, <16 x float> %2431, <16 x float> %acc58.02787)
  %2450 = or disjoint i64 %2432, 96
  %2451 = getelementptr inbounds float, ptr %Vn, i64 %2450
  %2452 = load float, ptr %2451, align 4
  %2453 = insertelement <16 x float> poison, float %2452, i64 0
  %2454 = shufflevector <16 x float> %2453, <16 x float> poison, <16 x i32> zeroinitializer
  %2455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2454, <16 x float> %2431, <16 x float> %acc59.02788)
  %2456 = or disjoint i64 %2432, 128
  %2457 = getelementptr inbounds float, ptr %Vn, i64 %2456
  %2458 = load float, ptr %2457, align 4
  %2459 = insertelement <16 x float> poison, float %2458, i64 0
  %2460 = shufflevector <16 x float> %2459, <16 x float> poison, <16 x i32> zeroinitializer
  %2461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2460, <16 x float> %2431, <16 x float> %acc60.02789)
  %2462 = or disjoint i64 %2432, 160
  %2463 = getelementptr inbounds float, ptr %Vn, i64 %2462
  %2464 = load float, ptr %2463, align 4
  %2465 = insertelement <16 x float> poison, float %2464, i64 0
  %2466 = shufflevector <16 x float> %2465, <16 x float> poison, <16 x i32> zeroinitializer
  %2467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2466, <16 x float> %2431, <16 x float> %acc61.02790)
  %2468 = or disjoint i64 %2432, 192
  %2469 = getelementptr inbounds float, ptr %Vn, i64 %2468
  %2470 = load float, ptr %2469, align 4
  %2471 = insertelement <16 x float> poison, float %2470, i64 0
  %2472 = shufflevector <16 x float> %2471, <16 x float> poison, <16 x i32> zeroinitializer
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2472, <16 x float> %2431, <16 x float> %acc62.02791)
  %2474 = or disjoint i64 %2432, 224
  %2475 = getelementptr inbounds float, ptr %Vn, i64 %2474
  %2476 = load float, ptr %2475, align 4
  %2477 = insertelement <16 x float> poison, float %2476, i64 0
  %2478 = shufflevector <16 x float> %2477, <16 x float> poison, <16 x i32> zeroinitializer
  %2479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2431, <16 x float> %acc63.02792)
  %p11.next = add nuw nsw i64 %p11.addr.02793, 1
  %exitcond3186.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3186.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2480 = mul nuw nsw i64 %i40.addr.02794, 112
  %2481 = or disjoint i64 %2480, 64
  %2482 = getelementptr inbounds float, ptr %Ak, i64 %2481
  store <16 x float> %2437, ptr %2482, align 4
  %.idx2626 = mul nuw nsw i64 %i40.addr.02794, 448
  %2483 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2626
  %2484 = getelementptr inbounds i8, ptr %2483, i64 704
  store <16 x float> %2443, ptr %2484, align 4
  %2485 = getelementptr inbounds i8, ptr %2483, i64 1152
  store <16 x float> %2449, ptr %2485, align 4
  %2486 = getelementptr inbounds i8, ptr %2483, i64 1600
  store <16 x float> %2455, ptr %2486, align 4
  %2487 = getelementptr inbounds i8, ptr %2483, i64 2048
  store <16 x float> %2461, ptr %2487, align 4
  %2488 = getelementptr inbounds i8, ptr %2483, i64 2496
  store <16 x float> %2467, ptr %2488, align 4
  %2489 = getelementptr inbounds i8, ptr %2483, i64 2944
  store <16 x float> %2473, ptr %2489, align 4
  %2490 = getelementptr inbounds i8, ptr %2483, i64 3392
  store <16 x float> %2479, ptr %2490, align 4
  %i40.next = add nuw nsw i64 %i40.addr.02794, 8
  %2491 = icmp ult i64 %i40.addr.02794, 24
  br i1 %2491, label %p11.head.preheader, label %t8.body

t8.body:                                          ; preds = %p11.exit, %t8.body
  %t8.addr.02799 = phi i64 [ %t8.next, %t8.body ], [ 0, %p11.exit ]
  %i41 = shl nuw nsw i64 %t8.addr.02799, 1
  %.idx2621 = mul nuw nsw i64 %t8.addr.02799, 896
  %gep2796 = getelementptr inbounds i8, ptr %invariant.gep2795, i64 %.idx2621
  %2492 = load <16 x float>, ptr %gep2796, align 4
  %.idx2622 = shl nuw nsw i64 %t8.addr.02799, 7
  %2493 = getelementptr inbounds i8, ptr %PT, i64 %.idx2622
  %2494 = load <16 x float>, ptr %2493, align 4
  %2495 = fmul <16 x float> %2492, %2494
  %2496 = fadd <16 x float> %2495, zeroinitializer
  %2497 = load <16 x float>, ptr %dG, align 4
  %2498 = fadd <16 x float> %2497, %2495
  store <16 x float> %2498, ptr %dG, align 4
  %2499 = getelementptr inbounds float, ptr %dG, i64 %t8.addr.02799
  %2500 = load float, ptr %2499, align 4
  %2501 = shufflevector <16 x float> %2496, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2502 = shufflevector <16 x float> %2496, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2503 = fadd <8 x float> %2501, %2502
  %2504 = shufflevector <8 x float> %2503, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2505 = shufflevector <8 x float> %2503, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2506 = fadd <4 x float> %2504, %2505
  %2507 = shufflevector <4 x float> %2506, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2508 = shufflevector <4 x float> %2506, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2509 = fadd <2 x float> %2507, %2508
  %shift3653 = shufflevector <2 x float> %2509, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2510 = fadd <2 x float> %2509, %shift3653
  %2511 = extractelement <2 x float> %2510, i64 0
  %2512 = fsub float %2500, %2511
  store float %2512, ptr %2499, align 4
  %2513 = load <16 x float>, ptr %gep2796, align 4
  %.idx2623 = shl nuw nsw i64 %t8.addr.02799, 6
  %2514 = getelementptr inbounds i8, ptr %M, i64 %.idx2623
  %2515 = load <16 x float>, ptr %2514, align 4
  %2516 = fmul <16 x float> %2513, %2515
  store <16 x float> %2516, ptr %gep2796, align 4
  %i42 = or disjoint i64 %i41, 1
  %.idx2624 = mul nuw nsw i64 %i42, 448
  %gep2798 = getelementptr inbounds i8, ptr %invariant.gep2795, i64 %.idx2624
  %2517 = load <16 x float>, ptr %gep2798, align 4
  %.idx2625 = shl nuw nsw i64 %i42, 6
  %2518 = getelementptr inbounds i8, ptr %PT, i64 %.idx2625
  %2519 = load <16 x float>, ptr %2518, align 4
  %2520 = fmul <16 x float> %2517, %2519
  %2521 = fadd <16 x float> %2520, zeroinitializer
  %2522 = load <16 x float>, ptr %dG, align 4
  %2523 = fadd <16 x float> %2522, %2520
  store <16 x float> %2523, ptr %dG, align 4
  %2524 = load float, ptr %2499, align 4
  %2525 = shufflevector <16 x float> %2521, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2526 = shufflevector <16 x float> %2521, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2527 = fadd <8 x float> %2525, %2526
  %2528 = shufflevector <8 x float> %2527, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2529 = shufflevector <8 x float> %2527, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2530 = fadd <4 x float> %2528, %2529
  %2531 = shufflevector <4 x float> %2530, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2532 = shufflevector <4 x float> %2530, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2533 = fadd <2 x float> %2531, %2532
  %shift3654 = shufflevector <2 x float> %2533, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2534 = fadd <2 x float> %2533, %shift3654
  %2535 = extractelement <2 x float> %2534, i64 0
  %2536 = fsub float %2524, %2535
  store float %2536, ptr %2499, align 4
  %2537 = load <16 x float>, ptr %gep2798, align 4
  %2538 = load <16 x float>, ptr %2514, align 4
  %2539 = fmul <16 x float> %2537, %2538
  store <16 x float> %2539, ptr %gep2798, align 4
  %t8.next = add nuw nsw i64 %t8.addr.02799, 1
  %exitcond3187.not = icmp eq i64 %t8.next, 16
  br i1 %exitcond3187.not, label %p14.body, label %t8.body

p14.body:                                         ; preds = %t8.body, %p14.body
  %p14.addr.02816 = phi i64 [ %p14.next, %p14.body ], [ 0, %t8.body ]
  %acc79.02815 = phi <16 x float> [ %2601, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc78.02814 = phi <16 x float> [ %2600, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc77.02813 = phi <16 x float> [ %2594, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc76.02812 = phi <16 x float> [ %2593, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc75.02811 = phi <16 x float> [ %2587, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc74.02810 = phi <16 x float> [ %2586, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc73.02809 = phi <16 x float> [ %2580, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc72.02808 = phi <16 x float> [ %2579, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc71.02807 = phi <16 x float> [ %2573, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc70.02806 = phi <16 x float> [ %2572, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc69.02805 = phi <16 x float> [ %2566, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc68.02804 = phi <16 x float> [ %2565, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc67.02803 = phi <16 x float> [ %2559, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc66.02802 = phi <16 x float> [ %2558, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc65.02801 = phi <16 x float> [ %2552, %p14.body ], [ zeroinitializer, %t8.body ]
  %acc64.02800 = phi <16 x float> [ %2551, %p14.body ], [ zeroinitializer, %t8.body ]
  %2540 = shl nuw nsw i64 %p14.addr.02816, 5
  %2541 = or disjoint i64 %2540, 1024
  %2542 = getelementptr inbounds float, ptr %Bk, i64 %2541
  %2543 = load <16 x float>, ptr %2542, align 4
  %2544 = or disjoint i64 %2540, 1040
  %2545 = getelementptr inbounds float, ptr %Bk, i64 %2544
  %2546 = load <16 x float>, ptr %2545, align 4
  %2547 = getelementptr inbounds float, ptr %OY, i64 %p14.addr.02816
  %2548 = load float, ptr %2547, align 4
  %2549 = insertelement <16 x float> poison, float %2548, i64 0
  %2550 = shufflevector <16 x float> %2549, <16 x float> poison, <16 x i32> zeroinitializer
  %2551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2550, <16 x float> %2543, <16 x float> %acc64.02800)
  %2552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2550, <16 x float> %2546, <16 x float> %acc65.02801)
  %2553 = or disjoint i64 %p14.addr.02816, 32
  %2554 = getelementptr inbounds float, ptr %OY, i64 %2553
  %2555 = load float, ptr %2554, align 4
  %2556 = insertelement <16 x float> poison, float %2555, i64 0
  %2557 = shufflevector <16 x float> %2556, <16 x float> poison, <16 x i32> zeroinitializer
  %2558 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2557, <16 x float> %2543, <16 x float> %acc66.02802)
  %2559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2557, <16 x float> %2546, <16 x float> %acc67.02803)
  %2560 = or disjoint i64 %p14.addr.02816, 64
  %2561 = getelementptr inbounds float, ptr %OY, i64 %2560
  %2562 = load float, ptr %2561, align 4
  %2563 = insertelement <16 x float> poison, float %2562, i64 0
  %2564 = shufflevector <16 x float> %2563, <16 x float> poison, <16 x i32> zeroinitializer
  %2565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2564, <16 x float> %2543, <16 x float> %acc68.02804)
  %2566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2564, <16 x float> %2546, <16 x float> %acc69.02805)
  %2567 = or disjoint i64 %p14.addr.02816, 96
  %2568 = getelementptr inbounds float, ptr %OY, i64 %2567
  %2569 = load float, ptr %2568, align 4
  %2570 = insertelement <16 x float> poison, float %2569, i64 0
  %2571 = shufflevector <16 x float> %2570, <16 x float> poison, <16 x i32> zeroinitializer
  %2572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2571, <16 x float> %2543, <16 x float> %acc70.02806)
  %2573 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2571, <16 x float> %2546, <16 x float> %acc71.02807)
  %2574 = or disjoint i64 %p14.addr.02816, 128
  %2575 = getelementptr inbounds float, ptr %OY, i64 %2574
  %2576 = load float, ptr %2575, align 4
  %2577 = insertelement <16 x float> poison, float %2576, i64 0
  %2578 = shufflevector <16 x float> %2577, <16 x float> poison, <16 x i32> zeroinitializer
  %2579 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2578, <16 x float> %2543, <16 x float> %acc72.02808)
  %2580 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2578, <16 x float> %2546, <16 x float> %acc73.02809)
  %2581 = or disjoint i64 %p14.addr.02816, 160
  %2582 = getelementptr inbounds float, ptr %OY, i64 %2581
  %2583 = load float, ptr %2582, align 4
  %2584 = insertelement <16 x float> poison, float %2583, i64 0
  %2585 = shufflevector <16 x float> %2584, <16 x float> poison, <16 x i32> zeroinitializer
  %2586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2585, <16 x float> %2543, <16 x float> %acc74.02810)
  %2587 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2585, <16 x float> %2546, <16 x float> %acc75.02811)
  %2588 = or disjoint i64 %p14.addr.02816, 192
  %2589 = getelementptr inbounds float, ptr %OY, i64 %2588
  %2590 = load float, ptr %2589, align 4
  %2591 = insertelement <16 x float> poison, float %2590, i64 0
  %2592 = shufflevector <16 x float> %2591, <16 x float> poison, <16 x i32> zeroinitializer
  %2593 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2592, <16 x float> %2543, <16 x float> %acc76.02812)
  %2594 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2592, <16 x float> %2546, <16 x float> %acc77.02813)
  %2595 = or disjoint i64 %p14.addr.02816, 224
  %2596 = getelementptr inbounds float, ptr %OY, i64 %2595
  %2597 = load float, ptr %2596, align 4
  %2598 = insertelement <16 x float> poison, float %2597, i64 0
  %2599 = shufflevector <16 x float> %2598, <16 x float> poison, <16 x i32> zeroinitializer
  %2600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2599, <16 x float> %2543, <16 x float> %acc78.02814)
  %2601 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2599, <16 x float> %2546, <16 x float> %acc79.02815)
  %p14.next = add nuw nsw i64 %p14.addr.02816, 1
  %exitcond3188.not = icmp eq i64 %p14.next, 32
  br i1 %exitcond3188.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  store <16 x float> %2551, ptr %dQc, align 4
  store <16 x float> %2552, ptr %151, align 4
  store <16 x float> %2558, ptr %152, align 4
  store <16 x float> %2559, ptr %153, align 4
  store <16 x float> %2565, ptr %154, align 4
  store <16 x float> %2566, ptr %155, align 4
  store <16 x float> %2572, ptr %156, align 4
  store <16 x float> %2573, ptr %157, align 4
  store <16 x float> %2579, ptr %158, align 4
  store <16 x float> %2580, ptr %159, align 4
  store <16 x float> %2586, ptr %160, align 4
  store <16 x float> %2587, ptr %161, align 4
  store <16 x float> %2593, ptr %162, align 4
  store <16 x float> %2594, ptr %163, align 4
  store <16 x float> %2600, ptr %164, align 4
  store <16 x float> %2601, ptr %165, align 4
  br label %p14.body.1

p14.body.1:                                       ; preds = %p14.body.1, %p14.exit
  %p14.addr.02816.1 = phi i64 [ 0, %p14.exit ], [ %p14.next.1, %p14.body.1 ]
  %acc79.02815.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2664, %p14.body.1 ]
  %acc78.02814.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2663, %p14.body.1 ]
  %acc77.02813.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2657, %p14.body.1 ]
  %acc76.02812.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2656, %p14.body.1 ]
  %acc75.02811.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2650, %p14.body.1 ]
  %acc74.02810.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2649, %p14.body.1 ]
  %acc73.02809.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2643, %p14.body.1 ]
  %acc72.02808.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2642, %p14.body.1 ]
  %acc71.02807.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2636, %p14.body.1 ]
  %acc70.02806.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2635, %p14.body.1 ]
  %acc69.02805.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2629, %p14.body.1 ]
  %acc68.02804.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2628, %p14.body.1 ]
  %acc67.02803.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2622, %p14.body.1 ]
  %acc66.02802.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2621, %p14.body.1 ]
  %acc65.02801.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2615, %p14.body.1 ]
  %acc64.02800.1 = phi <16 x float> [ zeroinitializer, %p14.exit ], [ %2614, %p14.body.1 ]
  %2602 = shl nuw nsw i64 %p14.addr.02816.1, 5
  %2603 = or disjoint i64 %2602, 1024
  %2604 = getelementptr inbounds float, ptr %Bk, i64 %2603
  %2605 = load <16 x float>, ptr %2604, align 4
  %2606 = or disjoint i64 %2602, 1040
  %2607 = getelementptr inbounds float, ptr %Bk, i64 %2606
  %2608 = load <16 x float>, ptr %2607, align 4
  %2609 = add nuw nsw i64 %p14.addr.02816.1, 256
  %2610 = getelementptr inbounds float, ptr %OY, i64 %2609
  %2611 = load float, ptr %2610, align 4
  %2612 = insertelement <16 x float> poison, float %2611, i64 0
  %2613 = shufflevector <16 x float> %2612, <16 x float> poison, <16 x i32> zeroinitializer
  %2614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2605, <16 x float> %acc64.02800.1)
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2608, <16 x float> %acc65.02801.1)
  %2616 = or disjoint i64 %2609, 32
  %2617 = getelementptr inbounds float, ptr %OY, i64 %2616
  %2618 = load float, ptr %2617, align 4
  %2619 = insertelement <16 x float> poison, float %2618, i64 0
  %2620 = shufflevector <16 x float> %2619, <16 x float> poison, <16 x i32> zeroinitializer
  %2621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2620, <16 x float> %2605, <16 x float> %acc66.02802.1)
  %2622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2620, <16 x float> %2608, <16 x float> %acc67.02803.1)
  %2623 = or disjoint i64 %2609, 64
  %2624 = getelementptr inbounds float, ptr %OY, i64 %2623
  %2625 = load float, ptr %2624, align 4
  %2626 = insertelement <16 x float> poison, float %2625, i64 0
  %2627 = shufflevector <16 x float> %2626, <16 x float> poison, <16 x i32> zeroinitializer
  %2628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2605, <16 x float> %acc68.02804.1)
  %2629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2608, <16 x float> %acc69.02805.1)
  %2630 = or disjoint i64 %2609, 96
  %2631 = getelementptr inbounds float, ptr %OY, i64 %2630
  %2632 = load float, ptr %2631, align 4
  %2633 = insertelement <16 x float> poison, float %2632, i64 0
  %2634 = shufflevector <16 x float> %2633, <16 x float> poison, <16 x i32> zeroinitializer
  %2635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2634, <16 x float> %2605, <16 x float> %acc70.02806.1)
  %2636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2634, <16 x float> %2608, <16 x float> %acc71.02807.1)
  %2637 = or disjoint i64 %2609, 128
  %2638 = getelementptr inbounds float, ptr %OY, i64 %2637
  %2639 = load float, ptr %2638, align 4
  %2640 = insertelement <16 x float> poison, float %2639, i64 0
  %2641 = shufflevector <16 x float> %2640, <16 x float> poison, <16 x i32> zeroinitializer
  %2642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2641, <16 x float> %2605, <16 x float> %acc72.02808.1)
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2641, <16 x float> %2608, <16 x float> %acc73.02809.1)
  %2644 = or disjoint i64 %2609, 160
  %2645 = getelementptr inbounds float, ptr %OY, i64 %2644
  %2646 = load float, ptr %2645, align 4
  %2647 = insertelement <16 x float> poison, float %2646, i64 0
  %2648 = shufflevector <16 x float> %2647, <16 x float> poison, <16 x i32> zeroinitializer
  %2649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2648, <16 x float> %2605, <16 x float> %acc74.02810.1)
  %2650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2648, <16 x float> %2608, <16 x float> %acc75.02811.1)
  %2651 = or disjoint i64 %2609, 192
  %2652 = getelementptr inbounds float, ptr %OY, i64 %2651
  %2653 = load float, ptr %2652, align 4
  %2654 = insertelement <16 x float> poison, float %2653, i64 0
  %2655 = shufflevector <16 x float> %2654, <16 x float> poison, <16 x i32> zeroinitializer
  %2656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2655, <16 x float> %2605, <16 x float> %acc76.02812.1)
  %2657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2655, <16 x float> %2608, <16 x float> %acc77.02813.1)
  %2658 = or disjoint i64 %2609, 224
  %2659 = getelementptr inbounds float, ptr %OY, i64 %2658
  %2660 = load float, ptr %2659, align 4
  %2661 = insertelement <16 x float> poison, float %2660, i64 0
  %2662 = shufflevector <16 x float> %2661, <16 x float> poison, <16 x i32> zeroinitializer
  %2663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2662, <16 x float> %2605, <16 x float> %acc78.02814.1)
  %2664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2662, <16 x float> %2608, <16 x float> %acc79.02815.1)
  %p14.next.1 = add nuw nsw i64 %p14.addr.02816.1, 1
  %exitcond3188.1.not = icmp eq i64 %p14.next.1, 32
  br i1 %exitcond3188.1.not, label %p14.exit.1, label %p14.body.1

p14.exit.1:                                       ; preds = %p14.body.1
  store <16 x float> %2614, ptr %166, align 4
  store <16 x float> %2615, ptr %167, align 4
  store <16 x float> %2621, ptr %168, align 4
  store <16 x float> %2622, ptr %169, align 4
  store <16 x float> %2628, ptr %170, align 4
  store <16 x float> %2629, ptr %171, align 4
  store <16 x float> %2635, ptr %172, align 4
  store <16 x float> %2636, ptr %173, align 4
  store <16 x float> %2642, ptr %174, align 4
  store <16 x float> %2643, ptr %175, align 4
  store <16 x float> %2649, ptr %176, align 4
  store <16 x float> %2650, ptr %177, align 4
  store <16 x float> %2656, ptr %178, align 4
  store <16 x float> %2657, ptr %179, align 4
  store <16 x float> %2663, ptr %180, align 4
  store <16 x float> %2664, ptr %181, align 4
  br label %t9.body

t9.body:                                          ; preds = %t9.body, %p14.exit.1
  %t9.addr.02821 = phi i64 [ 0, %p14.exit.1 ], [ %t9.next.1, %t9.body ]
  %2665 = getelementptr inbounds float, ptr %gam, i64 %t9.addr.02821
  %2666 = load float, ptr %2665, align 4
  %2667 = shl nuw nsw i64 %t9.addr.02821, 5
  %2668 = or disjoint i64 %2667, 2048
  %2669 = getelementptr inbounds float, ptr %Bk, i64 %2668
  %2670 = load <16 x float>, ptr %2669, align 4
  %2671 = getelementptr inbounds float, ptr %dQc, i64 %2667
  %2672 = load <16 x float>, ptr %2671, align 4
  %2673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2670, <16 x float> %2672, <16 x float> zeroinitializer)
  %2674 = or disjoint i64 %2667, 16
  %2675 = or i64 %2667, 2064
  %2676 = getelementptr inbounds float, ptr %Bk, i64 %2675
  %2677 = load <16 x float>, ptr %2676, align 4
  %2678 = getelementptr inbounds float, ptr %dQc, i64 %2674
  %2679 = load <16 x float>, ptr %2678, align 4
  %2680 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2677, <16 x float> %2679, <16 x float> %2673)
  %2681 = shufflevector <16 x float> %2680, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2682 = shufflevector <16 x float> %2680, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2683 = fadd <8 x float> %2681, %2682
  %2684 = shufflevector <8 x float> %2683, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2685 = shufflevector <8 x float> %2683, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2686 = fadd <4 x float> %2684, %2685
  %2687 = shufflevector <4 x float> %2686, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2688 = shufflevector <4 x float> %2686, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2689 = fadd <2 x float> %2687, %2688
  %shift3655 = shufflevector <2 x float> %2689, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2690 = fadd <2 x float> %2689, %shift3655
  %2691 = extractelement <2 x float> %2690, i64 0
  %2692 = getelementptr inbounds float, ptr %dG, i64 %t9.addr.02821
  %2693 = load float, ptr %2692, align 4
  %2694 = fmul float %2666, %2691
  %2695 = fadd float %2694, %2693
  store float %2695, ptr %2692, align 4
  %2696 = insertelement <16 x float> poison, float %2666, i64 0
  %2697 = shufflevector <16 x float> %2696, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx2980 = shl nsw i64 %t9.addr.02821, 7
  %2698 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2980
  %2699 = load <16 x float>, ptr %2698, align 4
  %2700 = fmul <16 x float> %2697, %2699
  store <16 x float> %2700, ptr %2698, align 4
  %2701 = getelementptr inbounds i8, ptr %151, i64 %.idx2980
  %2702 = load <16 x float>, ptr %2701, align 4
  %2703 = fmul <16 x float> %2697, %2702
  store <16 x float> %2703, ptr %2701, align 4
  %t9.next = or disjoint i64 %t9.addr.02821, 1
  %2704 = getelementptr inbounds float, ptr %gam, i64 %t9.next
  %2705 = load float, ptr %2704, align 4
  %2706 = shl nuw nsw i64 %t9.next, 5
  %2707 = or disjoint i64 %2706, 2048
  %2708 = getelementptr inbounds float, ptr %Bk, i64 %2707
  %2709 = load <16 x float>, ptr %2708, align 4
  %2710 = getelementptr inbounds float, ptr %dQc, i64 %2706
  %2711 = load <16 x float>, ptr %2710, align 4
  %2712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2711, <16 x float> zeroinitializer)
  %2713 = or disjoint i64 %2706, 16
  %2714 = or i64 %2706, 2064
  %2715 = getelementptr inbounds float, ptr %Bk, i64 %2714
  %2716 = load <16 x float>, ptr %2715, align 4
  %2717 = getelementptr inbounds float, ptr %dQc, i64 %2713
  %2718 = load <16 x float>, ptr %2717, align 4
  %2719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2718, <16 x float> %2712)
  %2720 = shufflevector <16 x float> %2719, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2721 = shufflevector <16 x float> %2719, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2722 = fadd <8 x float> %2720, %2721
  %2723 = shufflevector <8 x float> %2722, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2724 = shufflevector <8 x float> %2722, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2725 = fadd <4 x float> %2723, %2724
  %2726 = shufflevector <4 x float> %2725, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2727 = shufflevector <4 x float> %2725, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2728 = fadd <2 x float> %2726, %2727
  %shift3655.1 = shufflevector <2 x float> %2728, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2729 = fadd <2 x float> %2728, %shift3655.1
  %2730 = extractelement <2 x float> %2729, i64 0
  %2731 = getelementptr inbounds float, ptr %dG, i64 %t9.next
  %2732 = load float, ptr %2731, align 4
  %2733 = fmul float %2705, %2730
  %2734 = fadd float %2733, %2732
  store float %2734, ptr %2731, align 4
  %2735 = insertelement <16 x float> poison, float %2705, i64 0
  %2736 = shufflevector <16 x float> %2735, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx2980.1 = shl nsw i64 %t9.next, 7
  %2737 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2980.1
  %2738 = load <16 x float>, ptr %2737, align 4
  %2739 = fmul <16 x float> %2736, %2738
  store <16 x float> %2739, ptr %2737, align 4
  %2740 = getelementptr inbounds i8, ptr %151, i64 %.idx2980.1
  %2741 = load <16 x float>, ptr %2740, align 4
  %2742 = fmul <16 x float> %2736, %2741
  store <16 x float> %2742, ptr %2740, align 4
  %t9.next.1 = add nuw nsw i64 %t9.addr.02821, 2
  %exitcond3189.not.1 = icmp eq i64 %t9.next.1, 16
  br i1 %exitcond3189.not.1, label %i46.body, label %t9.body

i46.body:                                         ; preds = %t9.body, %p15.exit
  %2743 = phi i1 [ false, %p15.exit ], [ true, %t9.body ]
  %i46.addr.02839 = phi i64 [ 8, %p15.exit ], [ 0, %t9.body ]
  %2744 = shl nuw nsw i64 %i46.addr.02839, 5
  %2745 = getelementptr inbounds float, ptr %dQc, i64 %2744
  %2746 = load <16 x float>, ptr %2745, align 4
  %2747 = or disjoint i64 %2744, 16
  %2748 = getelementptr inbounds float, ptr %dQc, i64 %2747
  %2749 = load <16 x float>, ptr %2748, align 4
  %2750 = or disjoint i64 %i46.addr.02839, 1
  %2751 = shl nuw nsw i64 %2750, 5
  %2752 = getelementptr inbounds float, ptr %dQc, i64 %2751
  %2753 = load <16 x float>, ptr %2752, align 4
  %2754 = or disjoint i64 %2751, 16
  %2755 = getelementptr inbounds float, ptr %dQc, i64 %2754
  %2756 = load <16 x float>, ptr %2755, align 4
  %2757 = or disjoint i64 %i46.addr.02839, 2
  %2758 = shl nuw nsw i64 %2757, 5
  %2759 = getelementptr inbounds float, ptr %dQc, i64 %2758
  %2760 = load <16 x float>, ptr %2759, align 4
  %2761 = or disjoint i64 %2758, 16
  %2762 = getelementptr inbounds float, ptr %dQc, i64 %2761
  %2763 = load <16 x float>, ptr %2762, align 4
  %2764 = or disjoint i64 %i46.addr.02839, 3
  %2765 = shl nuw nsw i64 %2764, 5
  %2766 = getelementptr inbounds float, ptr %dQc, i64 %2765
  %2767 = load <16 x float>, ptr %2766, align 4
  %2768 = or disjoint i64 %2765, 16
  %2769 = getelementptr inbounds float, ptr %dQc, i64 %2768
  %2770 = load <16 x float>, ptr %2769, align 4
  %2771 = or disjoint i64 %i46.addr.02839, 4
  %2772 = shl nuw nsw i64 %2771, 5
  %2773 = getelementptr inbounds float, ptr %dQc, i64 %2772
  %2774 = load <16 x float>, ptr %2773, align 4
  %2775 = or disjoint i64 %2772, 16
  %2776 = getelementptr inbounds float, ptr %dQc, i64 %2775
  %2777 = load <16 x float>, ptr %2776, align 4
  %2778 = or disjoint i64 %i46.addr.02839, 5
  %2779 = shl nuw nsw i64 %2778, 5
  %2780 = getelementptr inbounds float, ptr %dQc, i64 %2779
  %2781 = load <16 x float>, ptr %2780, align 4
  %2782 = or disjoint i64 %2779, 16
  %2783 = getelementptr inbounds float, ptr %dQc, i64 %2782
  %2784 = load <16 x float>, ptr %2783, align 4
  %2785 = or disjoint i64 %i46.addr.02839, 6
  %2786 = shl nuw nsw i64 %2785, 5
  %2787 = getelementptr inbounds float, ptr %dQc, i64 %2786
  %2788 = load <16 x float>, ptr %2787, align 4
  %2789 = or disjoint i64 %2786, 16
  %2790 = getelementptr inbounds float, ptr %dQc, i64 %2789
  %2791 = load <16 x float>, ptr %2790, align 4
  %2792 = or disjoint i64 %i46.addr.02839, 7
  %2793 = shl nuw nsw i64 %2792, 5
  %2794 = getelementptr inbounds float, ptr %dQc, i64 %2793
  %2795 = load <16 x float>, ptr %2794, align 4
  %2796 = or disjoint i64 %2793, 16
  %2797 = getelementptr inbounds float, ptr %dQc, i64 %2796
  %2798 = load <16 x float>, ptr %2797, align 4
  br label %p15.body

p15.body:                                         ; preds = %i46.body, %p15.body
  %p15.addr.02838 = phi i64 [ 0, %i46.body ], [ %p15.next, %p15.body ]
  %acc96.02837 = phi <16 x float> [ %2798, %i46.body ], [ %2861, %p15.body ]
  %acc95.02836 = phi <16 x float> [ %2795, %i46.body ], [ %2860, %p15.body ]
  %acc94.02835 = phi <16 x float> [ %2791, %i46.body ], [ %2854, %p15.body ]
  %acc93.02834 = phi <16 x float> [ %2788, %i46.body ], [ %2853, %p15.body ]
  %acc92.02833 = phi <16 x float> [ %2784, %i46.body ], [ %2847, %p15.body ]
  %acc91.02832 = phi <16 x float> [ %2781, %i46.body ], [ %2846, %p15.body ]
  %acc90.02831 = phi <16 x float> [ %2777, %i46.body ], [ %2840, %p15.body ]
  %acc89.02830 = phi <16 x float> [ %2774, %i46.body ], [ %2839, %p15.body ]
  %acc88.02829 = phi <16 x float> [ %2770, %i46.body ], [ %2833, %p15.body ]
  %acc87.02828 = phi <16 x float> [ %2767, %i46.body ], [ %2832, %p15.body ]
  %acc86.02827 = phi <16 x float> [ %2763, %i46.body ], [ %2826, %p15.body ]
  %acc85.02826 = phi <16 x float> [ %2760, %i46.body ], [ %2825, %p15.body ]
  %acc84.02825 = phi <16 x float> [ %2756, %i46.body ], [ %2819, %p15.body ]
  %acc83.02824 = phi <16 x float> [ %2753, %i46.body ], [ %2818, %p15.body ]
  %acc82.02823 = phi <16 x float> [ %2749, %i46.body ], [ %2812, %p15.body ]
  %acc81.02822 = phi <16 x float> [ %2746, %i46.body ], [ %2811, %p15.body ]
  %.idx2645 = shl nuw nsw i64 %p15.addr.02838, 7
  %2799 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2645
  %2800 = getelementptr inbounds i8, ptr %2799, i64 10240
  %2801 = load <16 x float>, ptr %2800, align 4
  %2802 = getelementptr inbounds i8, ptr %2799, i64 10304
  %2803 = load <16 x float>, ptr %2802, align 4
  %2804 = mul nuw nsw i64 %p15.addr.02838, 112
  %2805 = add nuw nsw i64 %2804, 64
  %2806 = or disjoint i64 %2805, %i46.addr.02839
  %2807 = getelementptr inbounds float, ptr %Ak, i64 %2806
  %2808 = load float, ptr %2807, align 4
  %2809 = insertelement <16 x float> poison, float %2808, i64 0
  %2810 = shufflevector <16 x float> %2809, <16 x float> poison, <16 x i32> zeroinitializer
  %2811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2810, <16 x float> %2801, <16 x float> %acc81.02822)
  %2812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2810, <16 x float> %2803, <16 x float> %acc82.02823)
  %2813 = or disjoint i64 %2805, %2750
  %2814 = getelementptr inbounds float, ptr %Ak, i64 %2813
  %2815 = load float, ptr %2814, align 4
  %2816 = insertelement <16 x float> poison, float %2815, i64 0
  %2817 = shufflevector <16 x float> %2816, <16 x float> poison, <16 x i32> zeroinitializer
  %2818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2817, <16 x float> %2801, <16 x float> %acc83.02824)
  %2819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2817, <16 x float> %2803, <16 x float> %acc84.02825)
  %2820 = or disjoint i64 %2805, %2757
  %2821 = getelementptr inbounds float, ptr %Ak, i64 %2820
  %2822 = load float, ptr %2821, align 4
  %2823 = insertelement <16 x float> poison, float %2822, i64 0
  %2824 = shufflevector <16 x float> %2823, <16 x float> poison, <16 x i32> zeroinitializer
  %2825 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2824, <16 x float> %2801, <16 x float> %acc85.02826)
  %2826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2824, <16 x float> %2803, <16 x float> %acc86.02827)
  %2827 = or disjoint i64 %2805, %2764
  %2828 = getelementptr inbounds float, ptr %Ak, i64 %2827
  %2829 = load float, ptr %2828, align 4
  %2830 = insertelement <16 x float> poison, float %2829, i64 0
  %2831 = shufflevector <16 x float> %2830, <16 x float> poison, <16 x i32> zeroinitializer
  %2832 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2831, <16 x float> %2801, <16 x float> %acc87.02828)
  %2833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2831, <16 x float> %2803, <16 x float> %acc88.02829)
  %2834 = or disjoint i64 %2805, %2771
  %2835 = getelementptr inbounds float, ptr %Ak, i64 %2834
  %2836 = load float, ptr %2835, align 4
  %2837 = insertelement <16 x float> poison, float %2836, i64 0
  %2838 = shufflevector <16 x float> %2837, <16 x float> poison, <16 x i32> zeroinitializer
  %2839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2838, <16 x float> %2801, <16 x float> %acc89.02830)
  %2840 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2838, <16 x float> %2803, <16 x float> %acc90.02831)
  %2841 = or disjoint i64 %2805, %2778
  %2842 = getelementptr inbounds float, ptr %Ak, i64 %2841
  %2843 = load float, ptr %2842, align 4
  %2844 = insertelement <16 x float> poison, float %2843, i64 0
  %2845 = shufflevector <16 x float> %2844, <16 x float> poison, <16 x i32> zeroinitializer
  %2846 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2845, <16 x float> %2801, <16 x float> %acc91.02832)
  %2847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2845, <16 x float> %2803, <16 x float> %acc92.02833)
  %2848 = or disjoint i64 %2805, %2785
  %2849 = getelementptr inbounds float, ptr %Ak, i64 %2848
  %2850 = load float, ptr %2849, align 4
  %2851 = insertelement <16 x float> poison, float %2850, i64 0
  %2852 = shufflevector <16 x float> %2851, <16 x float> poison, <16 x i32> zeroinitializer
  %2853 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2852, <16 x float> %2801, <16 x float> %acc93.02834)
  %2854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2852, <16 x float> %2803, <16 x float> %acc94.02835)
  %2855 = or disjoint i64 %2805, %2792
  %2856 = getelementptr inbounds float, ptr %Ak, i64 %2855
  %2857 = load float, ptr %2856, align 4
  %2858 = insertelement <16 x float> poison, float %2857, i64 0
  %2859 = shufflevector <16 x float> %2858, <16 x float> poison, <16 x i32> zeroinitializer
  %2860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2859, <16 x float> %2801, <16 x float> %acc95.02836)
  %2861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2859, <16 x float> %2803, <16 x float> %acc96.02837)
  %p15.next = add nuw nsw i64 %p15.addr.02838, 1
  %exitcond3190.not = icmp eq i64 %p15.next, 32
  br i1 %exitcond3190.not, label %p15.exit, label %p15.body

p15.exit:                                         ; preds = %p15.body
  store <16 x float> %2811, ptr %2745, align 4
  store <16 x float> %2812, ptr %2748, align 4
  store <16 x float> %2818, ptr %2752, align 4
  store <16 x float> %2819, ptr %2755, align 4
  store <16 x float> %2825, ptr %2759, align 4
  store <16 x float> %2826, ptr %2762, align 4
  store <16 x float> %2832, ptr %2766, align 4
  store <16 x float> %2833, ptr %2769, align 4
  store <16 x float> %2839, ptr %2773, align 4
  store <16 x float> %2840, ptr %2776, align 4
  store <16 x float> %2846, ptr %2780, align 4
  store <16 x float> %2847, ptr %2783, align 4
  store <16 x float> %2853, ptr %2787, align 4
  store <16 x float> %2854, ptr %2790, align 4
  store <16 x float> %2860, ptr %2794, align 4
  store <16 x float> %2861, ptr %2797, align 4
  br i1 %2743, label %i46.body, label %j33.body.preheader

j33.body.preheader:                               ; preds = %p15.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

i51.head.preheader:                               ; preds = %j34.exit
  %2862 = load float, ptr %35, align 4
  %2863 = insertelement <16 x float> poison, float %2862, i64 0
  %2864 = shufflevector <16 x float> %2863, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i51.body

ib1.body:                                         ; preds = %j33.body.preheader, %j34.exit
  %ib1.addr.02860 = phi i64 [ %ib1.next, %j34.exit ], [ 0, %j33.body.preheader ]
  %2865 = shl nuw nsw i64 %ib1.addr.02860, 2
  %i01 = sub nuw nsw i64 28, %2865
  %2866 = shl nuw nsw i64 %i01, 5
  %2867 = getelementptr inbounds float, ptr %OY, i64 %2866
  %2868 = getelementptr inbounds i8, ptr %2867, i64 2048
  %2869 = load <16 x float>, ptr %2868, align 4
  %2870 = getelementptr inbounds i8, ptr %2867, i64 2112
  %2871 = load <16 x float>, ptr %2870, align 4
  %2872 = sub nuw nsw i64 29, %2865
  %2873 = shl nuw nsw i64 %2872, 5
  %2874 = getelementptr inbounds float, ptr %OY, i64 %2873
  %2875 = getelementptr inbounds i8, ptr %2874, i64 2048
  %2876 = load <16 x float>, ptr %2875, align 4
  %2877 = getelementptr inbounds i8, ptr %2874, i64 2112
  %2878 = load <16 x float>, ptr %2877, align 4
  %2879 = sub nuw nsw i64 30, %2865
  %2880 = shl nuw nsw i64 %2879, 5
  %2881 = getelementptr inbounds float, ptr %OY, i64 %2880
  %2882 = getelementptr inbounds i8, ptr %2881, i64 2048
  %2883 = load <16 x float>, ptr %2882, align 4
  %2884 = getelementptr inbounds i8, ptr %2881, i64 2112
  %2885 = load <16 x float>, ptr %2884, align 4
  %2886 = sub nuw nsw i64 31, %2865
  %2887 = shl nuw nsw i64 %2886, 5
  %2888 = getelementptr inbounds float, ptr %OY, i64 %2887
  %2889 = getelementptr inbounds i8, ptr %2888, i64 2048
  %2890 = load <16 x float>, ptr %2889, align 4
  %2891 = getelementptr inbounds i8, ptr %2888, i64 2112
  %2892 = load <16 x float>, ptr %2891, align 4
  %.not2981 = icmp eq i64 %ib1.addr.02860, 0
  br i1 %.not2981, label %j34.exit, label %j34.body.preheader

j34.body.preheader:                               ; preds = %ib1.body
  %2893 = sub nuw nsw i64 32, %2865
  br label %j34.body

j34.body:                                         ; preds = %j34.body.preheader, %j34.body
  %j34.addr.02849 = phi i64 [ %j34.next, %j34.body ], [ %2893, %j34.body.preheader ]
  %acc104.02848 = phi <16 x float> [ %2931, %j34.body ], [ %2892, %j34.body.preheader ]
  %acc103.02847 = phi <16 x float> [ %2930, %j34.body ], [ %2890, %j34.body.preheader ]
  %acc102.02846 = phi <16 x float> [ %2923, %j34.body ], [ %2885, %j34.body.preheader ]
  %acc101.02845 = phi <16 x float> [ %2922, %j34.body ], [ %2883, %j34.body.preheader ]
  %acc100.02844 = phi <16 x float> [ %2915, %j34.body ], [ %2878, %j34.body.preheader ]
  %acc99.02843 = phi <16 x float> [ %2914, %j34.body ], [ %2876, %j34.body.preheader ]
  %acc98.02842 = phi <16 x float> [ %2907, %j34.body ], [ %2871, %j34.body.preheader ]
  %acc97.02841 = phi <16 x float> [ %2906, %j34.body ], [ %2869, %j34.body.preheader ]
  %2894 = shl nuw nsw i64 %j34.addr.02849, 5
  %2895 = getelementptr inbounds float, ptr %OY, i64 %2894
  %2896 = getelementptr inbounds i8, ptr %2895, i64 2048
  %2897 = load <16 x float>, ptr %2896, align 4
  %2898 = getelementptr inbounds i8, ptr %2895, i64 2112
  %2899 = load <16 x float>, ptr %2898, align 4
  %2900 = or disjoint i64 %2894, %i01
  %2901 = getelementptr inbounds float, ptr %Gm, i64 %2900
  %2902 = load float, ptr %2901, align 4
  %2903 = fneg float %2902
  %2904 = insertelement <16 x float> poison, float %2903, i64 0
  %2905 = shufflevector <16 x float> %2904, <16 x float> poison, <16 x i32> zeroinitializer
  %2906 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2897, <16 x float> %acc97.02841)
  %2907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2899, <16 x float> %acc98.02842)
  %2908 = or disjoint i64 %2894, %2872
  %2909 = getelementptr inbounds float, ptr %Gm, i64 %2908
  %2910 = load float, ptr %2909, align 4
  %2911 = fneg float %2910
  %2912 = insertelement <16 x float> poison, float %2911, i64 0
  %2913 = shufflevector <16 x float> %2912, <16 x float> poison, <16 x i32> zeroinitializer
  %2914 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2913, <16 x float> %2897, <16 x float> %acc99.02843)
  %2915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2913, <16 x float> %2899, <16 x float> %acc100.02844)
  %2916 = or disjoint i64 %2894, %2879
  %2917 = getelementptr inbounds float, ptr %Gm, i64 %2916
  %2918 = load float, ptr %2917, align 4
  %2919 = fneg float %2918
  %2920 = insertelement <16 x float> poison, float %2919, i64 0
  %2921 = shufflevector <16 x float> %2920, <16 x float> poison, <16 x i32> zeroinitializer
  %2922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2921, <16 x float> %2897, <16 x float> %acc101.02845)
  %2923 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2921, <16 x float> %2899, <16 x float> %acc102.02846)
  %2924 = or disjoint i64 %2894, %2886
  %2925 = getelementptr inbounds float, ptr %Gm, i64 %2924
  %2926 = load float, ptr %2925, align 4
  %2927 = fneg float %2926
  %2928 = insertelement <16 x float> poison, float %2927, i64 0
  %2929 = shufflevector <16 x float> %2928, <16 x float> poison, <16 x i32> zeroinitializer
  %2930 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2929, <16 x float> %2897, <16 x float> %acc103.02847)
  %2931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2929, <16 x float> %2899, <16 x float> %acc104.02848)
  %j34.next = add nuw nsw i64 %j34.addr.02849, 1
  %2932 = icmp ult i64 %j34.addr.02849, 31
  br i1 %2932, label %j34.body, label %j34.exit

j34.exit:                                         ; preds = %j34.body, %ib1.body
  %acc97.0.lcssa = phi <16 x float> [ %2869, %ib1.body ], [ %2906, %j34.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2871, %ib1.body ], [ %2907, %j34.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2876, %ib1.body ], [ %2914, %j34.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2878, %ib1.body ], [ %2915, %j34.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2883, %ib1.body ], [ %2922, %j34.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2885, %ib1.body ], [ %2923, %j34.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2890, %ib1.body ], [ %2930, %j34.body ]
  %acc104.0.lcssa = phi <16 x float> [ %2892, %ib1.body ], [ %2931, %j34.body ]
  %2933 = getelementptr inbounds float, ptr %Rr, i64 %2887
  %2934 = load <16 x float>, ptr %2933, align 4
  %2935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2934, <16 x float> zeroinitializer)
  %2936 = or disjoint i64 %2887, 16
  %2937 = getelementptr inbounds float, ptr %Rr, i64 %2936
  %2938 = load <16 x float>, ptr %2937, align 4
  %2939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc104.0.lcssa, <16 x float> %2938, <16 x float> %2935)
  %2940 = shufflevector <16 x float> %2939, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2941 = shufflevector <16 x float> %2939, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2942 = fadd <8 x float> %2940, %2941
  %2943 = shufflevector <8 x float> %2942, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2944 = shufflevector <8 x float> %2942, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2945 = fadd <4 x float> %2943, %2944
  %2946 = shufflevector <4 x float> %2945, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2947 = shufflevector <4 x float> %2945, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2948 = fadd <2 x float> %2946, %2947
  %2949 = shufflevector <2 x float> %2948, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2950 = shufflevector <2 x float> %2948, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2951 = getelementptr inbounds float, ptr %bet, i64 %2886
  %2952 = load float, ptr %2951, align 4
  %2953 = getelementptr inbounds float, ptr %cRow, i64 %2886
  %2954 = load float, ptr %2953, align 4
  %2955 = fneg float %2954
  %2956 = insertelement <16 x float> poison, float %2952, i64 0
  %2957 = shufflevector <16 x float> %2956, <16 x float> poison, <16 x i32> zeroinitializer
  %2958 = fmul <16 x float> %acc103.0.lcssa, %2957
  store <16 x float> %2958, ptr %2889, align 4
  %2959 = insertelement <16 x float> poison, float %2955, i64 0
  %2960 = shufflevector <16 x float> %2959, <16 x float> poison, <16 x i32> zeroinitializer
  %2961 = fmul <16 x float> %2960, %2958
  %2962 = mul nuw nsw i64 %2886, 112
  %2963 = or disjoint i64 %2962, 32
  %2964 = getelementptr inbounds float, ptr %Ak, i64 %2963
  store <16 x float> %2961, ptr %2964, align 4
  %2965 = shl nuw nsw i64 %2886, 6
  %2966 = getelementptr inbounds float, ptr %KSdS, i64 %2965
  %2967 = load <16 x float>, ptr %2966, align 4
  %2968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2958, <16 x float> %2967, <16 x float> zeroinitializer)
  %2969 = fmul <16 x float> %acc104.0.lcssa, %2957
  store <16 x float> %2969, ptr %2891, align 4
  %2970 = fmul <16 x float> %2960, %2969
  %gep2859 = getelementptr inbounds float, ptr %invariant.gep2858, i64 %2962
  store <16 x float> %2970, ptr %gep2859, align 4
  %2971 = or disjoint i64 %2965, 16
  %2972 = getelementptr inbounds float, ptr %KSdS, i64 %2971
  %2973 = load <16 x float>, ptr %2972, align 4
  %2974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2969, <16 x float> %2973, <16 x float> %2968)
  %2975 = lshr i64 %2886, 1
  %2976 = getelementptr inbounds float, ptr %dG, i64 %2975
  %2977 = load float, ptr %2976, align 4
  %2978 = shufflevector <16 x float> %2974, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2979 = shufflevector <16 x float> %2974, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2980 = fadd <8 x float> %2978, %2979
  %2981 = shufflevector <8 x float> %2980, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2982 = shufflevector <8 x float> %2980, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2983 = fadd <4 x float> %2981, %2982
  %2984 = shufflevector <4 x float> %2983, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2985 = shufflevector <4 x float> %2983, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2986 = fadd <2 x float> %2984, %2985
  %shift3656 = shufflevector <2 x float> %2986, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2987 = fadd <2 x float> %2986, %shift3656
  %2988 = extractelement <2 x float> %2987, i64 0
  %2989 = fmul float %2954, %2988
  %2990 = fsub float %2977, %2989
  store float %2990, ptr %2976, align 4
  %2991 = or disjoint i64 %2887, %2879
  %2992 = getelementptr inbounds float, ptr %Gm, i64 %2991
  %2993 = load float, ptr %2992, align 4
  %2994 = fneg float %2993
  %2995 = insertelement <16 x float> poison, float %2994, i64 0
  %2996 = shufflevector <16 x float> %2995, <16 x float> poison, <16 x i32> zeroinitializer
  %2997 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2996, <16 x float> %2958, <16 x float> %acc101.0.lcssa)
  %2998 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2996, <16 x float> %2969, <16 x float> %acc102.0.lcssa)
  %2999 = getelementptr inbounds float, ptr %Rr, i64 %2880
  %3000 = load <16 x float>, ptr %2999, align 4
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2997, <16 x float> %3000, <16 x float> zeroinitializer)
  %3002 = or disjoint i64 %2880, 16
  %3003 = getelementptr inbounds float, ptr %Rr, i64 %3002
  %3004 = load <16 x float>, ptr %3003, align 4
  %3005 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2998, <16 x float> %3004, <16 x float> %3001)
  %3006 = shufflevector <16 x float> %3005, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3007 = shufflevector <16 x float> %3005, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3008 = fadd <8 x float> %3006, %3007
  %3009 = shufflevector <8 x float> %3008, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3010 = shufflevector <8 x float> %3008, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3011 = fadd <4 x float> %3009, %3010
  %3012 = shufflevector <4 x float> %3011, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3013 = shufflevector <4 x float> %3011, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3014 = fadd <2 x float> %3012, %3013
  %3015 = shufflevector <2 x float> %3014, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3016 = shufflevector <2 x float> %3014, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3017 = getelementptr inbounds float, ptr %bet, i64 %2879
  %3018 = load float, ptr %3017, align 4
  %3019 = getelementptr inbounds float, ptr %cRow, i64 %2879
  %3020 = load float, ptr %3019, align 4
  %3021 = fneg float %3020
  %3022 = insertelement <16 x float> poison, float %3018, i64 0
  %3023 = shufflevector <16 x float> %3022, <16 x float> poison, <16 x i32> zeroinitializer
  %3024 = fmul <16 x float> %2997, %3023
  store <16 x float> %3024, ptr %2882, align 4
  %3025 = insertelement <16 x float> poison, float %3021, i64 0
  %3026 = shufflevector <16 x float> %3025, <16 x float> poison, <16 x i32> zeroinitializer
  %3027 = fmul <16 x float> %3026, %3024
  %.idx2643 = mul nuw nsw i64 %2879, 448
  %3028 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2643
  %3029 = getelementptr inbounds i8, ptr %3028, i64 128
  store <16 x float> %3027, ptr %3029, align 4
  %3030 = shl nuw nsw i64 %2879, 6
  %3031 = getelementptr inbounds float, ptr %KSdS, i64 %3030
  %3032 = load <16 x float>, ptr %3031, align 4
  %3033 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3024, <16 x float> %3032, <16 x float> zeroinitializer)
  %3034 = fmul <16 x float> %2998, %3023
  store <16 x float> %3034, ptr %2884, align 4
  %3035 = fmul <16 x float> %3026, %3034
  %3036 = getelementptr inbounds i8, ptr %3028, i64 192
  store <16 x float> %3035, ptr %3036, align 4
  %3037 = or disjoint i64 %3030, 16
  %3038 = getelementptr inbounds float, ptr %KSdS, i64 %3037
  %3039 = load <16 x float>, ptr %3038, align 4
  %3040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3034, <16 x float> %3039, <16 x float> %3033)
  %3041 = lshr exact i64 %2879, 1
  %3042 = getelementptr inbounds float, ptr %dG, i64 %3041
  %3043 = load float, ptr %3042, align 4
  %3044 = shufflevector <16 x float> %3040, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3045 = shufflevector <16 x float> %3040, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3046 = fadd <8 x float> %3044, %3045
  %3047 = shufflevector <8 x float> %3046, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3048 = shufflevector <8 x float> %3046, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3049 = fadd <4 x float> %3047, %3048
  %3050 = shufflevector <4 x float> %3049, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3051 = shufflevector <4 x float> %3049, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3052 = fadd <2 x float> %3050, %3051
  %shift3657 = shufflevector <2 x float> %3052, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3053 = fadd <2 x float> %3052, %shift3657
  %3054 = extractelement <2 x float> %3053, i64 0
  %3055 = fmul float %3020, %3054
  %3056 = fsub float %3043, %3055
  store float %3056, ptr %3042, align 4
  %3057 = or disjoint i64 %2880, %2872
  %3058 = getelementptr inbounds float, ptr %Gm, i64 %3057
  %3059 = load float, ptr %3058, align 4
  %3060 = fneg float %3059
  %3061 = insertelement <16 x float> poison, float %3060, i64 0
  %3062 = shufflevector <16 x float> %3061, <16 x float> poison, <16 x i32> zeroinitializer
  %3063 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3062, <16 x float> %3024, <16 x float> %acc99.0.lcssa)
  %3064 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3062, <16 x float> %3034, <16 x float> %acc100.0.lcssa)
  %3065 = or disjoint i64 %2887, %2872
  %3066 = getelementptr inbounds float, ptr %Gm, i64 %3065
  %3067 = load float, ptr %3066, align 4
  %3068 = fneg float %3067
  %3069 = insertelement <16 x float> poison, float %3068, i64 0
  %3070 = shufflevector <16 x float> %3069, <16 x float> poison, <16 x i32> zeroinitializer
  %3071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3070, <16 x float> %2958, <16 x float> %3063)
  %3072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3070, <16 x float> %2969, <16 x float> %3064)
  %3073 = getelementptr inbounds float, ptr %Rr, i64 %2873
  %3074 = load <16 x float>, ptr %3073, align 4
  %3075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %3074, <16 x float> zeroinitializer)
  %3076 = or disjoint i64 %2873, 16
  %3077 = getelementptr inbounds float, ptr %Rr, i64 %3076
  %3078 = load <16 x float>, ptr %3077, align 4
  %3079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3072, <16 x float> %3078, <16 x float> %3075)
  %3080 = shufflevector <16 x float> %3079, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3081 = shufflevector <16 x float> %3079, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3082 = fadd <8 x float> %3080, %3081
  %3083 = shufflevector <8 x float> %3082, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3084 = shufflevector <8 x float> %3082, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3085 = fadd <4 x float> %3083, %3084
  %3086 = shufflevector <4 x float> %3085, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3087 = shufflevector <4 x float> %3085, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3088 = fadd <2 x float> %3086, %3087
  %3089 = getelementptr inbounds float, ptr %bet, i64 %2872
  %3090 = load float, ptr %3089, align 4
  %3091 = getelementptr inbounds float, ptr %cRow, i64 %2872
  %3092 = load float, ptr %3091, align 4
  %3093 = fneg float %3092
  %3094 = insertelement <16 x float> poison, float %3090, i64 0
  %3095 = shufflevector <16 x float> %3094, <16 x float> poison, <16 x i32> zeroinitializer
  %3096 = fmul <16 x float> %3071, %3095
  store <16 x float> %3096, ptr %2875, align 4
  %3097 = insertelement <16 x float> poison, float %3093, i64 0
  %3098 = shufflevector <16 x float> %3097, <16 x float> poison, <16 x i32> zeroinitializer
  %3099 = fmul <16 x float> %3098, %3096
  %.idx2644 = mul nuw nsw i64 %2872, 448
  %3100 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2644
  %3101 = getelementptr inbounds i8, ptr %3100, i64 128
  store <16 x float> %3099, ptr %3101, align 4
  %3102 = shl nuw nsw i64 %2872, 6
  %3103 = getelementptr inbounds float, ptr %KSdS, i64 %3102
  %3104 = load <16 x float>, ptr %3103, align 4
  %3105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3096, <16 x float> %3104, <16 x float> zeroinitializer)
  %3106 = fmul <16 x float> %3072, %3095
  store <16 x float> %3106, ptr %2877, align 4
  %3107 = fmul <16 x float> %3098, %3106
  %3108 = getelementptr inbounds i8, ptr %3100, i64 192
  store <16 x float> %3107, ptr %3108, align 4
  %3109 = or disjoint i64 %3102, 16
  %3110 = getelementptr inbounds float, ptr %KSdS, i64 %3109
  %3111 = load <16 x float>, ptr %3110, align 4
  %3112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3106, <16 x float> %3111, <16 x float> %3105)
  %3113 = lshr i64 %2872, 1
  %3114 = getelementptr inbounds float, ptr %dG, i64 %3113
  %3115 = load float, ptr %3114, align 4
  %3116 = shufflevector <16 x float> %3112, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3117 = shufflevector <16 x float> %3112, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3118 = fadd <8 x float> %3116, %3117
  %3119 = shufflevector <8 x float> %3118, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3120 = shufflevector <8 x float> %3118, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3121 = fadd <4 x float> %3119, %3120
  %3122 = shufflevector <4 x float> %3121, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3123 = shufflevector <4 x float> %3121, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3124 = fadd <2 x float> %3122, %3123
  %shift3658 = shufflevector <2 x float> %3124, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3125 = fadd <2 x float> %3124, %shift3658
  %3126 = extractelement <2 x float> %3125, i64 0
  %3127 = fmul float %3092, %3126
  %3128 = fsub float %3115, %3127
  store float %3128, ptr %3114, align 4
  %3129 = or disjoint i64 %2873, %i01
  %3130 = getelementptr inbounds float, ptr %Gm, i64 %3129
  %3131 = load float, ptr %3130, align 4
  %3132 = fneg float %3131
  %3133 = insertelement <16 x float> poison, float %3132, i64 0
  %3134 = shufflevector <16 x float> %3133, <16 x float> poison, <16 x i32> zeroinitializer
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3096, <16 x float> %acc97.0.lcssa)
  %3136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3106, <16 x float> %acc98.0.lcssa)
  %3137 = or disjoint i64 %2880, %i01
  %3138 = getelementptr inbounds float, ptr %Gm, i64 %3137
  %3139 = load float, ptr %3138, align 4
  %3140 = fneg float %3139
  %3141 = insertelement <16 x float> poison, float %3140, i64 0
  %3142 = shufflevector <16 x float> %3141, <16 x float> poison, <16 x i32> zeroinitializer
  %3143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %3024, <16 x float> %3135)
  %3144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3142, <16 x float> %3034, <16 x float> %3136)
  %3145 = or disjoint i64 %2887, %i01
  %3146 = getelementptr inbounds float, ptr %Gm, i64 %3145
  %3147 = load float, ptr %3146, align 4
  %3148 = fneg float %3147
  %3149 = insertelement <16 x float> poison, float %3148, i64 0
  %3150 = shufflevector <16 x float> %3149, <16 x float> poison, <16 x i32> zeroinitializer
  %3151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3150, <16 x float> %2958, <16 x float> %3143)
  %3152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3150, <16 x float> %2969, <16 x float> %3144)
  %3153 = getelementptr inbounds float, ptr %Rr, i64 %2866
  %3154 = load <16 x float>, ptr %3153, align 4
  %3155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3151, <16 x float> %3154, <16 x float> zeroinitializer)
  %3156 = or disjoint i64 %2866, 16
  %3157 = getelementptr inbounds float, ptr %Rr, i64 %3156
  %3158 = load <16 x float>, ptr %3157, align 4
  %3159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3158, <16 x float> %3155)
  %3160 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3161 = shufflevector <16 x float> %3159, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3162 = shufflevector <16 x float> %3159, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3163 = fadd <8 x float> %3161, %3162
  %3164 = shufflevector <8 x float> %3163, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3165 = shufflevector <8 x float> %3163, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3166 = fadd <4 x float> %3164, %3165
  %3167 = shufflevector <4 x float> %3166, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3168 = shufflevector <4 x float> %3166, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3169 = fadd <2 x float> %3167, %3168
  %3170 = load <4 x float>, ptr %3160, align 4
  %3171 = shufflevector <2 x float> %3169, <2 x float> %3088, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3172 = shufflevector <4 x float> %3171, <4 x float> %3016, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3173 = shufflevector <4 x float> %3172, <4 x float> %2950, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3174 = shufflevector <2 x float> %3169, <2 x float> %3088, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3175 = shufflevector <4 x float> %3174, <4 x float> %3015, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3176 = shufflevector <4 x float> %3175, <4 x float> %2949, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3177 = fadd <4 x float> %3173, %3176
  %3178 = fadd <4 x float> %3170, %3177
  store <4 x float> %3178, ptr %3160, align 4
  %3179 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3180 = load float, ptr %3179, align 4
  %3181 = getelementptr inbounds float, ptr %cRow, i64 %i01
  %3182 = load float, ptr %3181, align 4
  %3183 = fneg float %3182
  %3184 = insertelement <16 x float> poison, float %3180, i64 0
  %3185 = shufflevector <16 x float> %3184, <16 x float> poison, <16 x i32> zeroinitializer
  %3186 = fmul <16 x float> %3151, %3185
  store <16 x float> %3186, ptr %2868, align 4
  %3187 = insertelement <16 x float> poison, float %3183, i64 0
  %3188 = shufflevector <16 x float> %3187, <16 x float> poison, <16 x i32> zeroinitializer
  %3189 = fmul <16 x float> %3188, %3186
  %3190 = mul nuw nsw i64 %i01, 112
  %3191 = or disjoint i64 %3190, 32
  %3192 = getelementptr inbounds float, ptr %Ak, i64 %3191
  store <16 x float> %3189, ptr %3192, align 4
  %3193 = shl nuw nsw i64 %i01, 6
  %3194 = getelementptr inbounds float, ptr %KSdS, i64 %3193
  %3195 = load <16 x float>, ptr %3194, align 4
  %3196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3186, <16 x float> %3195, <16 x float> zeroinitializer)
  %3197 = fmul <16 x float> %3152, %3185
  store <16 x float> %3197, ptr %2870, align 4
  %3198 = fmul <16 x float> %3188, %3197
  %3199 = or disjoint i64 %3190, 48
  %3200 = getelementptr inbounds float, ptr %Ak, i64 %3199
  store <16 x float> %3198, ptr %3200, align 4
  %3201 = or disjoint i64 %3193, 16
  %3202 = getelementptr inbounds float, ptr %KSdS, i64 %3201
  %3203 = load <16 x float>, ptr %3202, align 4
  %3204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3197, <16 x float> %3203, <16 x float> %3196)
  %3205 = lshr exact i64 %i01, 1
  %3206 = getelementptr inbounds float, ptr %dG, i64 %3205
  %3207 = load float, ptr %3206, align 4
  %3208 = shufflevector <16 x float> %3204, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3209 = shufflevector <16 x float> %3204, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3210 = fadd <8 x float> %3208, %3209
  %3211 = shufflevector <8 x float> %3210, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3212 = shufflevector <8 x float> %3210, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3213 = fadd <4 x float> %3211, %3212
  %3214 = shufflevector <4 x float> %3213, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3215 = shufflevector <4 x float> %3213, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3216 = fadd <2 x float> %3214, %3215
  %shift3659 = shufflevector <2 x float> %3216, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3217 = fadd <2 x float> %3216, %shift3659
  %3218 = extractelement <2 x float> %3217, i64 0
  %3219 = fmul float %3182, %3218
  %3220 = fsub float %3207, %3219
  store float %3220, ptr %3206, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02860, 1
  %exitcond3191.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond3191.not, label %i51.head.preheader, label %ib1.body

i51.body:                                         ; preds = %i51.head.preheader, %p16.exit
  %i51.addr.02878 = phi i64 [ 0, %i51.head.preheader ], [ %i51.next, %p16.exit ]
  %3221 = shl nuw nsw i64 %i51.addr.02878, 6
  %3222 = or disjoint i64 %3221, 32
  %3223 = getelementptr inbounds float, ptr %work, i64 %3222
  %3224 = load <16 x float>, ptr %3223, align 4
  %3225 = fmul <16 x float> %3224, %2864
  %3226 = or disjoint i64 %3221, 48
  %3227 = getelementptr inbounds float, ptr %work, i64 %3226
  %3228 = load <16 x float>, ptr %3227, align 4
  %3229 = fmul <16 x float> %2864, %3228
  %3230 = or disjoint i64 %i51.addr.02878, 1
  %3231 = shl nuw nsw i64 %3230, 6
  %3232 = or disjoint i64 %3231, 32
  %3233 = getelementptr inbounds float, ptr %work, i64 %3232
  %3234 = load <16 x float>, ptr %3233, align 4
  %3235 = fmul <16 x float> %2864, %3234
  %3236 = or disjoint i64 %3231, 48
  %3237 = getelementptr inbounds float, ptr %work, i64 %3236
  %3238 = load <16 x float>, ptr %3237, align 4
  %3239 = fmul <16 x float> %2864, %3238
  %3240 = or disjoint i64 %i51.addr.02878, 2
  %3241 = shl nuw nsw i64 %3240, 6
  %3242 = or disjoint i64 %3241, 32
  %3243 = getelementptr inbounds float, ptr %work, i64 %3242
  %3244 = load <16 x float>, ptr %3243, align 4
  %3245 = fmul <16 x float> %2864, %3244
  %3246 = or disjoint i64 %3241, 48
  %3247 = getelementptr inbounds float, ptr %work, i64 %3246
  %3248 = load <16 x float>, ptr %3247, align 4
  %3249 = fmul <16 x float> %2864, %3248
  %3250 = or disjoint i64 %i51.addr.02878, 3
  %3251 = shl nuw nsw i64 %3250, 6
  %3252 = or disjoint i64 %3251, 32
  %3253 = getelementptr inbounds float, ptr %work, i64 %3252
  %3254 = load <16 x float>, ptr %3253, align 4
  %3255 = fmul <16 x float> %2864, %3254
  %3256 = or disjoint i64 %3251, 48
  %3257 = getelementptr inbounds float, ptr %work, i64 %3256
  %3258 = load <16 x float>, ptr %3257, align 4
  %3259 = fmul <16 x float> %2864, %3258
  %3260 = or disjoint i64 %i51.addr.02878, 4
  %3261 = shl nuw nsw i64 %3260, 6
  %3262 = or disjoint i64 %3261, 32
  %3263 = getelementptr inbounds float, ptr %work, i64 %3262
  %3264 = load <16 x float>, ptr %3263, align 4
  %3265 = fmul <16 x float> %2864, %3264
  %3266 = or disjoint i64 %3261, 48
  %3267 = getelementptr inbounds float, ptr %work, i64 %3266
  %3268 = load <16 x float>, ptr %3267, align 4
  %3269 = fmul <16 x float> %2864, %3268
  %3270 = or disjoint i64 %i51.addr.02878, 5
  %3271 = shl nuw nsw i64 %3270, 6
  %3272 = or disjoint i64 %3271, 32
  %3273 = getelementptr inbounds float, ptr %work, i64 %3272
  %3274 = load <16 x float>, ptr %3273, align 4
  %3275 = fmul <16 x float> %2864, %3274
  %3276 = or disjoint i64 %3271, 48
  %3277 = getelementptr inbounds float, ptr %work, i64 %3276
  %3278 = load <16 x float>, ptr %3277, align 4
  %3279 = fmul <16 x float> %2864, %3278
  %3280 = or disjoint i64 %i51.addr.02878, 6
  %3281 = shl nuw nsw i64 %3280, 6
  %3282 = or disjoint i64 %3281, 32
  %3283 = getelementptr inbounds float, ptr %work, i64 %3282
  %3284 = load <16 x float>, ptr %3283, align 4
  %3285 = fmul <16 x float> %2864, %3284
  %3286 = or disjoint i64 %3281, 48
  %3287 = getelementptr inbounds float, ptr %work, i64 %3286
  %3288 = load <16 x float>, ptr %3287, align 4
  %3289 = fmul <16 x float> %2864, %3288
  %3290 = or disjoint i64 %i51.addr.02878, 7
  %3291 = shl nuw nsw i64 %3290, 6
  %3292 = or disjoint i64 %3291, 32
  %3293 = getelementptr inbounds float, ptr %work, i64 %3292
  %3294 = load <16 x float>, ptr %3293, align 4
  %3295 = fmul <16 x float> %2864, %3294
  %3296 = or disjoint i64 %3291, 48
  %3297 = getelementptr inbounds float, ptr %work, i64 %3296
  %3298 = load <16 x float>, ptr %3297, align 4
  %3299 = fmul <16 x float> %2864, %3298
  br label %p16.body

p16.body:                                         ; preds = %i51.body, %p16.body
  %p16.addr.02877 = phi i64 [ 0, %i51.body ], [ %p16.next, %p16.body ]
  %acc120.02876 = phi <16 x float> [ %3299, %i51.body ], [ %3361, %p16.body ]
  %acc119.02875 = phi <16 x float> [ %3295, %i51.body ], [ %3360, %p16.body ]
  %acc118.02874 = phi <16 x float> [ %3289, %i51.body ], [ %3354, %p16.body ]
  %acc117.02873 = phi <16 x float> [ %3285, %i51.body ], [ %3353, %p16.body ]
  %acc116.02872 = phi <16 x float> [ %3279, %i51.body ], [ %3347, %p16.body ]
  %acc115.02871 = phi <16 x float> [ %3275, %i51.body ], [ %3346, %p16.body ]
  %acc114.02870 = phi <16 x float> [ %3269, %i51.body ], [ %3340, %p16.body ]
  %acc113.02869 = phi <16 x float> [ %3265, %i51.body ], [ %3339, %p16.body ]
  %acc112.02868 = phi <16 x float> [ %3259, %i51.body ], [ %3333, %p16.body ]
  %acc111.02867 = phi <16 x float> [ %3255, %i51.body ], [ %3332, %p16.body ]
  %acc110.02866 = phi <16 x float> [ %3249, %i51.body ], [ %3326, %p16.body ]
  %acc109.02865 = phi <16 x float> [ %3245, %i51.body ], [ %3325, %p16.body ]
  %acc108.02864 = phi <16 x float> [ %3239, %i51.body ], [ %3319, %p16.body ]
  %acc107.02863 = phi <16 x float> [ %3235, %i51.body ], [ %3318, %p16.body ]
  %acc106.02862 = phi <16 x float> [ %3229, %i51.body ], [ %3312, %p16.body ]
  %acc105.02861 = phi <16 x float> [ %3225, %i51.body ], [ %3311, %p16.body ]
  %3300 = shl nuw nsw i64 %p16.addr.02877, 5
  %3301 = getelementptr inbounds float, ptr %OY, i64 %3300
  %3302 = load <16 x float>, ptr %3301, align 4
  %3303 = or disjoint i64 %3300, 16
  %3304 = getelementptr inbounds float, ptr %OY, i64 %3303
  %3305 = load <16 x float>, ptr %3304, align 4
  %3306 = or disjoint i64 %3300, %i51.addr.02878
  %3307 = getelementptr inbounds float, ptr %QK, i64 %3306
  %3308 = load float, ptr %3307, align 4
  %3309 = insertelement <16 x float> poison, float %3308, i64 0
  %3310 = shufflevector <16 x float> %3309, <16 x float> poison, <16 x i32> zeroinitializer
  %3311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3310, <16 x float> %3302, <16 x float> %acc105.02861)
  %3312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3310, <16 x float> %3305, <16 x float> %acc106.02862)
  %3313 = or disjoint i64 %3300, %3230
  %3314 = getelementptr inbounds float, ptr %QK, i64 %3313
  %3315 = load float, ptr %3314, align 4
  %3316 = insertelement <16 x float> poison, float %3315, i64 0
  %3317 = shufflevector <16 x float> %3316, <16 x float> poison, <16 x i32> zeroinitializer
  %3318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3317, <16 x float> %3302, <16 x float> %acc107.02863)
  %3319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3317, <16 x float> %3305, <16 x float> %acc108.02864)
  %3320 = or disjoint i64 %3300, %3240
  %3321 = getelementptr inbounds float, ptr %QK, i64 %3320
  %3322 = load float, ptr %3321, align 4
  %3323 = insertelement <16 x float> poison, float %3322, i64 0
  %3324 = shufflevector <16 x float> %3323, <16 x float> poison, <16 x i32> zeroinitializer
  %3325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3324, <16 x float> %3302, <16 x float> %acc109.02865)
  %3326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3324, <16 x float> %3305, <16 x float> %acc110.02866)
  %3327 = or disjoint i64 %3300, %3250
  %3328 = getelementptr inbounds float, ptr %QK, i64 %3327
  %3329 = load float, ptr %3328, align 4
  %3330 = insertelement <16 x float> poison, float %3329, i64 0
  %3331 = shufflevector <16 x float> %3330, <16 x float> poison, <16 x i32> zeroinitializer
  %3332 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3331, <16 x float> %3302, <16 x float> %acc111.02867)
  %3333 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3331, <16 x float> %3305, <16 x float> %acc112.02868)
  %3334 = or disjoint i64 %3300, %3260
  %3335 = getelementptr inbounds float, ptr %QK, i64 %3334
  %3336 = load float, ptr %3335, align 4
  %3337 = insertelement <16 x float> poison, float %3336, i64 0
  %3338 = shufflevector <16 x float> %3337, <16 x float> poison, <16 x i32> zeroinitializer
  %3339 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3338, <16 x float> %3302, <16 x float> %acc113.02869)
  %3340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3338, <16 x float> %3305, <16 x float> %acc114.02870)
  %3341 = or disjoint i64 %3300, %3270
  %3342 = getelementptr inbounds float, ptr %QK, i64 %3341
  %3343 = load float, ptr %3342, align 4
  %3344 = insertelement <16 x float> poison, float %3343, i64 0
  %3345 = shufflevector <16 x float> %3344, <16 x float> poison, <16 x i32> zeroinitializer
  %3346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3345, <16 x float> %3302, <16 x float> %acc115.02871)
  %3347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3345, <16 x float> %3305, <16 x float> %acc116.02872)
  %3348 = or disjoint i64 %3300, %3280
  %3349 = getelementptr inbounds float, ptr %QK, i64 %3348
  %3350 = load float, ptr %3349, align 4
  %3351 = insertelement <16 x float> poison, float %3350, i64 0
  %3352 = shufflevector <16 x float> %3351, <16 x float> poison, <16 x i32> zeroinitializer
  %3353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3352, <16 x float> %3302, <16 x float> %acc117.02873)
  %3354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3352, <16 x float> %3305, <16 x float> %acc118.02874)
  %3355 = or disjoint i64 %3300, %3290
  %3356 = getelementptr inbounds float, ptr %QK, i64 %3355
  %3357 = load float, ptr %3356, align 4
  %3358 = insertelement <16 x float> poison, float %3357, i64 0
  %3359 = shufflevector <16 x float> %3358, <16 x float> poison, <16 x i32> zeroinitializer
  %3360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3359, <16 x float> %3302, <16 x float> %acc119.02875)
  %3361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3359, <16 x float> %3305, <16 x float> %acc120.02876)
  %p16.next = add nuw nsw i64 %p16.addr.02877, 1
  %exitcond3192.not = icmp eq i64 %p16.next, 48
  br i1 %exitcond3192.not, label %p16.exit, label %p16.body

p16.exit:                                         ; preds = %p16.body
  store <16 x float> %3311, ptr %3223, align 4
  store <16 x float> %3312, ptr %3227, align 4
  store <16 x float> %3318, ptr %3233, align 4
  store <16 x float> %3319, ptr %3237, align 4
  store <16 x float> %3325, ptr %3243, align 4
  store <16 x float> %3326, ptr %3247, align 4
  store <16 x float> %3332, ptr %3253, align 4
  store <16 x float> %3333, ptr %3257, align 4
  store <16 x float> %3339, ptr %3263, align 4
  store <16 x float> %3340, ptr %3267, align 4
  store <16 x float> %3346, ptr %3273, align 4
  store <16 x float> %3347, ptr %3277, align 4
  store <16 x float> %3353, ptr %3283, align 4
  store <16 x float> %3354, ptr %3287, align 4
  store <16 x float> %3360, ptr %3293, align 4
  store <16 x float> %3361, ptr %3297, align 4
  %i51.next = add nuw nsw i64 %i51.addr.02878, 8
  %3362 = icmp ult i64 %i51.addr.02878, 24
  br i1 %3362, label %i51.body, label %i52.body

i52.head.loopexit:                                ; preds = %p17.exit.1, %p17.exit
  %3363 = icmp ult i64 %i52.addr.02891, 24
  br i1 %3363, label %i52.body, label %j37.body.preheader

j37.body.preheader:                               ; preds = %i52.head.loopexit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %colZ, i8 0, i64 128, i1 false)
  br label %t10.body

i52.body:                                         ; preds = %p16.exit, %i52.head.loopexit
  %i52.addr.02891 = phi i64 [ %3364, %i52.head.loopexit ], [ 0, %p16.exit ]
  %3364 = add nuw nsw i64 %i52.addr.02891, 8
  %3365 = mul nuw nsw i64 %i52.addr.02891, 112
  %3366 = or disjoint i64 %3365, 80
  %3367 = getelementptr inbounds float, ptr %Ak, i64 %3366
  %.idx2613 = mul nuw nsw i64 %i52.addr.02891, 448
  %3368 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2613
  %3369 = getelementptr inbounds i8, ptr %3368, i64 768
  %3370 = getelementptr inbounds i8, ptr %3368, i64 1216
  %3371 = getelementptr inbounds i8, ptr %3368, i64 1664
  %3372 = getelementptr inbounds i8, ptr %3368, i64 2112
  %3373 = getelementptr inbounds i8, ptr %3368, i64 2560
  %3374 = getelementptr inbounds i8, ptr %3368, i64 3008
  %3375 = getelementptr inbounds i8, ptr %3368, i64 3456
  %.idx3227 = shl nsw i64 %i52.addr.02891, 7
  %invariant.gep3476 = getelementptr inbounds i8, ptr %OY, i64 %.idx3227
  br label %p17.body

p17.body:                                         ; preds = %i52.body, %p17.body
  %p17.addr.02889 = phi i64 [ 0, %i52.body ], [ %p17.next, %p17.body ]
  %acc128.02888 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3416, %p17.body ]
  %acc127.02887 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3411, %p17.body ]
  %acc126.02886 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3406, %p17.body ]
  %acc125.02885 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3401, %p17.body ]
  %acc124.02884 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3396, %p17.body ]
  %acc123.02883 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3391, %p17.body ]
  %acc122.02882 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3386, %p17.body ]
  %acc121.02881 = phi <16 x float> [ zeroinitializer, %i52.body ], [ %3381, %p17.body ]
  %.idx2620 = shl nuw nsw i64 %p17.addr.02889, 7
  %gep2880 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2620
  %3376 = load <16 x float>, ptr %gep2880, align 4
  %gep3477 = getelementptr inbounds float, ptr %invariant.gep3476, i64 %p17.addr.02889
  %3377 = getelementptr inbounds i8, ptr %gep3477, i64 2048
  %3378 = load float, ptr %3377, align 4
  %3379 = insertelement <16 x float> poison, float %3378, i64 0
  %3380 = shufflevector <16 x float> %3379, <16 x float> poison, <16 x i32> zeroinitializer
  %3381 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3380, <16 x float> %3376, <16 x float> %acc121.02881)
  %3382 = getelementptr inbounds i8, ptr %gep3477, i64 2176
  %3383 = load float, ptr %3382, align 4
  %3384 = insertelement <16 x float> poison, float %3383, i64 0
  %3385 = shufflevector <16 x float> %3384, <16 x float> poison, <16 x i32> zeroinitializer
  %3386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3385, <16 x float> %3376, <16 x float> %acc122.02882)
  %3387 = getelementptr inbounds i8, ptr %gep3477, i64 2304
  %3388 = load float, ptr %3387, align 4
  %3389 = insertelement <16 x float> poison, float %3388, i64 0
  %3390 = shufflevector <16 x float> %3389, <16 x float> poison, <16 x i32> zeroinitializer
  %3391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3390, <16 x float> %3376, <16 x float> %acc123.02883)
  %3392 = getelementptr inbounds i8, ptr %gep3477, i64 2432
  %3393 = load float, ptr %3392, align 4
  %3394 = insertelement <16 x float> poison, float %3393, i64 0
  %3395 = shufflevector <16 x float> %3394, <16 x float> poison, <16 x i32> zeroinitializer
  %3396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3395, <16 x float> %3376, <16 x float> %acc124.02884)
  %3397 = getelementptr inbounds i8, ptr %gep3477, i64 2560
  %3398 = load float, ptr %3397, align 4
  %3399 = insertelement <16 x float> poison, float %3398, i64 0
  %3400 = shufflevector <16 x float> %3399, <16 x float> poison, <16 x i32> zeroinitializer
  %3401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3400, <16 x float> %3376, <16 x float> %acc125.02885)
  %3402 = getelementptr inbounds i8, ptr %gep3477, i64 2688
  %3403 = load float, ptr %3402, align 4
  %3404 = insertelement <16 x float> poison, float %3403, i64 0
  %3405 = shufflevector <16 x float> %3404, <16 x float> poison, <16 x i32> zeroinitializer
  %3406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3405, <16 x float> %3376, <16 x float> %acc126.02886)
  %3407 = getelementptr inbounds i8, ptr %gep3477, i64 2816
  %3408 = load float, ptr %3407, align 4
  %3409 = insertelement <16 x float> poison, float %3408, i64 0
  %3410 = shufflevector <16 x float> %3409, <16 x float> poison, <16 x i32> zeroinitializer
  %3411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3410, <16 x float> %3376, <16 x float> %acc127.02887)
  %3412 = getelementptr inbounds i8, ptr %gep3477, i64 2944
  %3413 = load float, ptr %3412, align 4
  %3414 = insertelement <16 x float> poison, float %3413, i64 0
  %3415 = shufflevector <16 x float> %3414, <16 x float> poison, <16 x i32> zeroinitializer
  %3416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3415, <16 x float> %3376, <16 x float> %acc128.02888)
  %p17.next = add nuw nsw i64 %p17.addr.02889, 1
  %exitcond3193.not = icmp eq i64 %p17.next, 32
  br i1 %exitcond3193.not, label %p17.exit, label %p17.body

p17.exit:                                         ; preds = %p17.body
  store <16 x float> %3381, ptr %3367, align 4
  store <16 x float> %3386, ptr %3369, align 4
  store <16 x float> %3391, ptr %3370, align 4
  store <16 x float> %3396, ptr %3371, align 4
  store <16 x float> %3401, ptr %3372, align 4
  store <16 x float> %3406, ptr %3373, align 4
  store <16 x float> %3411, ptr %3374, align 4
  store <16 x float> %3416, ptr %3375, align 4
  %3417 = icmp ugt i64 %i52.addr.02891, 8
  br i1 %3417, label %p17.body.1, label %i52.head.loopexit

p17.body.1:                                       ; preds = %p17.exit, %p17.body.1
  %p17.addr.02889.1 = phi i64 [ %p17.next.1, %p17.body.1 ], [ 0, %p17.exit ]
  %acc128.02888.1 = phi <16 x float> [ %3458, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %acc127.02887.1 = phi <16 x float> [ %3453, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %acc126.02886.1 = phi <16 x float> [ %3448, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %acc125.02885.1 = phi <16 x float> [ %3443, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %acc124.02884.1 = phi <16 x float> [ %3438, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %acc123.02883.1 = phi <16 x float> [ %3433, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %acc122.02882.1 = phi <16 x float> [ %3428, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %acc121.02881.1 = phi <16 x float> [ %3423, %p17.body.1 ], [ zeroinitializer, %p17.exit ]
  %.idx2620.1 = shl nuw nsw i64 %p17.addr.02889.1, 7
  %gep2880.1 = getelementptr inbounds i8, ptr %invariant.gep2879.1, i64 %.idx2620.1
  %3418 = load <16 x float>, ptr %gep2880.1, align 4
  %gep3477.1 = getelementptr inbounds float, ptr %invariant.gep3476, i64 %p17.addr.02889.1
  %3419 = getelementptr inbounds i8, ptr %gep3477.1, i64 2048
  %3420 = load float, ptr %3419, align 4
  %3421 = insertelement <16 x float> poison, float %3420, i64 0
  %3422 = shufflevector <16 x float> %3421, <16 x float> poison, <16 x i32> zeroinitializer
  %3423 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3422, <16 x float> %3418, <16 x float> %acc121.02881.1)
  %3424 = getelementptr inbounds i8, ptr %gep3477.1, i64 2176
  %3425 = load float, ptr %3424, align 4
  %3426 = insertelement <16 x float> poison, float %3425, i64 0
  %3427 = shufflevector <16 x float> %3426, <16 x float> poison, <16 x i32> zeroinitializer
  %3428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3427, <16 x float> %3418, <16 x float> %acc122.02882.1)
  %3429 = getelementptr inbounds i8, ptr %gep3477.1, i64 2304
  %3430 = load float, ptr %3429, align 4
  %3431 = insertelement <16 x float> poison, float %3430, i64 0
  %3432 = shufflevector <16 x float> %3431, <16 x float> poison, <16 x i32> zeroinitializer
  %3433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3432, <16 x float> %3418, <16 x float> %acc123.02883.1)
  %3434 = getelementptr inbounds i8, ptr %gep3477.1, i64 2432
  %3435 = load float, ptr %3434, align 4
  %3436 = insertelement <16 x float> poison, float %3435, i64 0
  %3437 = shufflevector <16 x float> %3436, <16 x float> poison, <16 x i32> zeroinitializer
  %3438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3437, <16 x float> %3418, <16 x float> %acc124.02884.1)
  %3439 = getelementptr inbounds i8, ptr %gep3477.1, i64 2560
  %3440 = load float, ptr %3439, align 4
  %3441 = insertelement <16 x float> poison, float %3440, i64 0
  %3442 = shufflevector <16 x float> %3441, <16 x float> poison, <16 x i32> zeroinitializer
  %3443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3442, <16 x float> %3418, <16 x float> %acc125.02885.1)
  %3444 = getelementptr inbounds i8, ptr %gep3477.1, i64 2688
  %3445 = load float, ptr %3444, align 4
  %3446 = insertelement <16 x float> poison, float %3445, i64 0
  %3447 = shufflevector <16 x float> %3446, <16 x float> poison, <16 x i32> zeroinitializer
  %3448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3447, <16 x float> %3418, <16 x float> %acc126.02886.1)
  %3449 = getelementptr inbounds i8, ptr %gep3477.1, i64 2816
  %3450 = load float, ptr %3449, align 4
  %3451 = insertelement <16 x float> poison, float %3450, i64 0
  %3452 = shufflevector <16 x float> %3451, <16 x float> poison, <16 x i32> zeroinitializer
  %3453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3452, <16 x float> %3418, <16 x float> %acc127.02887.1)
  %3454 = getelementptr inbounds i8, ptr %gep3477.1, i64 2944
  %3455 = load float, ptr %3454, align 4
  %3456 = insertelement <16 x float> poison, float %3455, i64 0
  %3457 = shufflevector <16 x float> %3456, <16 x float> poison, <16 x i32> zeroinitializer
  %3458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3457, <16 x float> %3418, <16 x float> %acc128.02888.1)
  %p17.next.1 = add nuw nsw i64 %p17.addr.02889.1, 1
  %exitcond3193.not.1 = icmp eq i64 %p17.next.1, 32
  br i1 %exitcond3193.not.1, label %p17.exit.1, label %p17.body.1

p17.exit.1:                                       ; preds = %p17.body.1
  %3459 = getelementptr inbounds i8, ptr %3367, i64 64
  store <16 x float> %3423, ptr %3459, align 4
  %3460 = getelementptr inbounds i8, ptr %3368, i64 832
  store <16 x float> %3428, ptr %3460, align 4
  %3461 = getelementptr inbounds i8, ptr %3368, i64 1280
  store <16 x float> %3433, ptr %3461, align 4
  %3462 = getelementptr inbounds i8, ptr %3368, i64 1728
  store <16 x float> %3438, ptr %3462, align 4
  %3463 = getelementptr inbounds i8, ptr %3368, i64 2176
  store <16 x float> %3443, ptr %3463, align 4
  %3464 = getelementptr inbounds i8, ptr %3368, i64 2624
  store <16 x float> %3448, ptr %3464, align 4
  %3465 = getelementptr inbounds i8, ptr %3368, i64 3072
  store <16 x float> %3453, ptr %3465, align 4
  %3466 = getelementptr inbounds i8, ptr %3368, i64 3520
  store <16 x float> %3458, ptr %3466, align 4
  br label %i52.head.loopexit

t10.body:                                         ; preds = %j37.body.preheader, %j39.exit
  %indvars.iv3198 = phi i64 [ 1, %j37.body.preheader ], [ %indvars.iv.next3199, %j39.exit ]
  %t10.addr.02912 = phi i64 [ 0, %j37.body.preheader ], [ %t10.next, %j39.exit ]
  %3467 = shl nuw nsw i64 %t10.addr.02912, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %3467, i64 1)
  %i54 = shl nuw nsw i64 %t10.addr.02912, 1
  %invariant.gep2897 = getelementptr float, ptr %invariant.gep2893, i64 %i54
  %.not2982 = icmp eq i64 %t10.addr.02912, 0
  br i1 %.not2982, label %j38.exit, label %j38.body.lr.ph

j38.body.lr.ph:                                   ; preds = %t10.body
  %.idx2609 = mul nuw nsw i64 %t10.addr.02912, 896
  %gep2894 = getelementptr inbounds i8, ptr %invariant.gep2893, i64 %.idx2609
  %.idx2610 = shl nuw nsw i64 %t10.addr.02912, 7
  %3468 = getelementptr inbounds i8, ptr %En, i64 %.idx2610
  %.idx2612 = shl nuw nsw i64 %t10.addr.02912, 8
  %3469 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2612
  %xtraiter3833 = and i64 %umax, 3
  %3470 = icmp eq i64 %t10.addr.02912, 1
  br i1 %3470, label %j38.exit.loopexit.unr-lcssa, label %j38.body.lr.ph.new

j38.body.lr.ph.new:                               ; preds = %j38.body.lr.ph
  %unroll_iter3836 = and i64 %umax, 9223372036854775804
  br label %j38.body

j38.body:                                         ; preds = %j38.body, %j38.body.lr.ph.new
  %j38.addr.02900 = phi i64 [ 0, %j38.body.lr.ph.new ], [ %j38.next.3, %j38.body ]
  %rowz.02899 = phi float [ 0.000000e+00, %j38.body.lr.ph.new ], [ %3519, %j38.body ]
  %niter3837 = phi i64 [ 0, %j38.body.lr.ph.new ], [ %niter3837.next.3, %j38.body ]
  %3471 = getelementptr inbounds float, ptr %gep2894, i64 %j38.addr.02900
  %3472 = load float, ptr %3471, align 4
  %3473 = fneg float %3472
  %3474 = getelementptr inbounds float, ptr %3468, i64 %j38.addr.02900
  %3475 = load float, ptr %3474, align 4
  %3476 = fmul float %3475, %3473
  store float %3476, ptr %3471, align 4
  %.idx2611 = mul nuw nsw i64 %j38.addr.02900, 448
  %gep2898 = getelementptr i8, ptr %invariant.gep2897, i64 %.idx2611
  store float %3476, ptr %gep2898, align 4
  %3477 = getelementptr inbounds float, ptr %3469, i64 %j38.addr.02900
  %3478 = load float, ptr %3477, align 4
  %3479 = fmul float %3478, %3473
  %3480 = fadd float %rowz.02899, %3479
  %3481 = getelementptr inbounds float, ptr %colZ, i64 %j38.addr.02900
  %3482 = load float, ptr %3481, align 4
  %3483 = fadd float %3482, %3479
  store float %3483, ptr %3481, align 4
  %j38.next = or disjoint i64 %j38.addr.02900, 1
  %3484 = getelementptr inbounds float, ptr %gep2894, i64 %j38.next
  %3485 = load float, ptr %3484, align 4
  %3486 = fneg float %3485
  %3487 = getelementptr inbounds float, ptr %3468, i64 %j38.next
  %3488 = load float, ptr %3487, align 4
  %3489 = fmul float %3488, %3486
  store float %3489, ptr %3484, align 4
  %.idx2611.1 = mul nuw nsw i64 %j38.next, 448
  %gep2898.1 = getelementptr i8, ptr %invariant.gep2897, i64 %.idx2611.1
  store float %3489, ptr %gep2898.1, align 4
  %3490 = getelementptr inbounds float, ptr %3469, i64 %j38.next
  %3491 = load float, ptr %3490, align 4
  %3492 = fmul float %3491, %3486
  %3493 = fadd float %3480, %3492
  %3494 = getelementptr inbounds float, ptr %colZ, i64 %j38.next
  %3495 = load float, ptr %3494, align 4
  %3496 = fadd float %3495, %3492
  store float %3496, ptr %3494, align 4
  %j38.next.1 = or disjoint i64 %j38.addr.02900, 2
  %3497 = getelementptr inbounds float, ptr %gep2894, i64 %j38.next.1
  %3498 = load float, ptr %3497, align 4
  %3499 = fneg float %3498
  %3500 = getelementptr inbounds float, ptr %3468, i64 %j38.next.1
  %3501 = load float, ptr %3500, align 4
  %3502 = fmul float %3501, %3499
  store float %3502, ptr %3497, align 4
  %.idx2611.2 = mul nuw nsw i64 %j38.next.1, 448
  %gep2898.2 = getelementptr i8, ptr %invariant.gep2897, i64 %.idx2611.2
  store float %3502, ptr %gep2898.2, align 4
  %3503 = getelementptr inbounds float, ptr %3469, i64 %j38.next.1
  %3504 = load float, ptr %3503, align 4
  %3505 = fmul float %3504, %3499
  %3506 = fadd float %3493, %3505
  %3507 = getelementptr inbounds float, ptr %colZ, i64 %j38.next.1
  %3508 = load float, ptr %3507, align 4
  %3509 = fadd float %3508, %3505
  store float %3509, ptr %3507, align 4
  %j38.next.2 = or disjoint i64 %j38.addr.02900, 3
  %3510 = getelementptr inbounds float, ptr %gep2894, i64 %j38.next.2
  %3511 = load float, ptr %3510, align 4
  %3512 = fneg float %3511
  %3513 = getelementptr inbounds float, ptr %3468, i64 %j38.next.2
  %3514 = load float, ptr %3513, align 4
  %3515 = fmul float %3514, %3512
  store float %3515, ptr %3510, align 4
  %.idx2611.3 = mul nuw nsw i64 %j38.next.2, 448
  %gep2898.3 = getelementptr i8, ptr %invariant.gep2897, i64 %.idx2611.3
  store float %3515, ptr %gep2898.3, align 4
  %3516 = getelementptr inbounds float, ptr %3469, i64 %j38.next.2
  %3517 = load float, ptr %3516, align 4
  %3518 = fmul float %3517, %3512
  %3519 = fadd float %3506, %3518
  %3520 = getelementptr inbounds float, ptr %colZ, i64 %j38.next.2
  %3521 = load float, ptr %3520, align 4
  %3522 = fadd float %3521, %3518
  store float %3522, ptr %3520, align 4
  %j38.next.3 = add nuw nsw i64 %j38.addr.02900, 4
  %niter3837.next.3 = add i64 %niter3837, 4
  %niter3837.ncmp.3 = icmp eq i64 %niter3837.next.3, %unroll_iter3836
  br i1 %niter3837.ncmp.3, label %j38.exit.loopexit.unr-lcssa, label %j38.body

j38.exit.loopexit.unr-lcssa:                      ; preds = %j38.body, %j38.body.lr.ph
  %.lcssa3806.ph = phi float [ poison, %j38.body.lr.ph ], [ %3519, %j38.body ]
  %j38.addr.02900.unr = phi i64 [ 0, %j38.body.lr.ph ], [ %j38.next.3, %j38.body ]
  %rowz.02899.unr = phi float [ 0.000000e+00, %j38.body.lr.ph ], [ %3519, %j38.body ]
  %lcmp.mod3834.not = icmp eq i64 %xtraiter3833, 0
  br i1 %lcmp.mod3834.not, label %j38.exit, label %j38.body.epil

j38.body.epil:                                    ; preds = %j38.exit.loopexit.unr-lcssa, %j38.body.epil
  %j38.addr.02900.epil = phi i64 [ %j38.next.epil, %j38.body.epil ], [ %j38.addr.02900.unr, %j38.exit.loopexit.unr-lcssa ]
  %rowz.02899.epil = phi float [ %3532, %j38.body.epil ], [ %rowz.02899.unr, %j38.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j38.body.epil ], [ 0, %j38.exit.loopexit.unr-lcssa ]
  %3523 = getelementptr inbounds float, ptr %gep2894, i64 %j38.addr.02900.epil
  %3524 = load float, ptr %3523, align 4
  %3525 = fneg float %3524
  %3526 = getelementptr inbounds float, ptr %3468, i64 %j38.addr.02900.epil
  %3527 = load float, ptr %3526, align 4
  %3528 = fmul float %3527, %3525
  store float %3528, ptr %3523, align 4
  %.idx2611.epil = mul nuw nsw i64 %j38.addr.02900.epil, 448
  %gep2898.epil = getelementptr i8, ptr %invariant.gep2897, i64 %.idx2611.epil
  store float %3528, ptr %gep2898.epil, align 4
  %3529 = getelementptr inbounds float, ptr %3469, i64 %j38.addr.02900.epil
  %3530 = load float, ptr %3529, align 4
  %3531 = fmul float %3530, %3525
  %3532 = fadd float %rowz.02899.epil, %3531
  %3533 = getelementptr inbounds float, ptr %colZ, i64 %j38.addr.02900.epil
  %3534 = load float, ptr %3533, align 4
  %3535 = fadd float %3534, %3531
  store float %3535, ptr %3533, align 4
  %j38.next.epil = add nuw nsw i64 %j38.addr.02900.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3833
  br i1 %epil.iter.cmp.not, label %j38.exit, label %j38.body.epil, !llvm.loop !4

j38.exit:                                         ; preds = %j38.exit.loopexit.unr-lcssa, %j38.body.epil, %t10.body
  %.idx2606.pre-phi = phi i64 [ 0, %t10.body ], [ %.idx2610, %j38.body.epil ], [ %.idx2610, %j38.exit.loopexit.unr-lcssa ]
  %.idx2604.pre-phi = phi i64 [ 0, %t10.body ], [ %.idx2609, %j38.body.epil ], [ %.idx2609, %j38.exit.loopexit.unr-lcssa ]
  %rowz.0.lcssa = phi float [ 0.000000e+00, %t10.body ], [ %.lcssa3806.ph, %j38.exit.loopexit.unr-lcssa ], [ %3532, %j38.body.epil ]
  %gep2909 = getelementptr inbounds i8, ptr %invariant.gep2893, i64 %.idx2604.pre-phi
  %3536 = getelementptr inbounds float, ptr %gep2909, i64 %i54
  store float 0.000000e+00, ptr %3536, align 4
  %3537 = getelementptr inbounds float, ptr %dG, i64 %t10.addr.02912
  %3538 = load float, ptr %3537, align 4
  %3539 = fadd float %rowz.0.lcssa, %3538
  store float %3539, ptr %3537, align 4
  %i55 = or disjoint i64 %i54, 1
  %.idx2605 = mul nuw nsw i64 %i55, 448
  %gep2911 = getelementptr inbounds i8, ptr %invariant.gep2893, i64 %.idx2605
  %3540 = getelementptr inbounds i8, ptr %En, i64 %.idx2606.pre-phi
  %invariant.gep2904 = getelementptr float, ptr %invariant.gep2893, i64 %i55
  %.idx2608 = shl nuw nsw i64 %i55, 7
  %3541 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2608
  %xtraiter3838 = and i64 %indvars.iv3198, 3
  %3542 = icmp ult i64 %t10.addr.02912, 2
  br i1 %3542, label %j39.exit.unr-lcssa, label %j38.exit.new

j38.exit.new:                                     ; preds = %j38.exit
  %unroll_iter3842 = and i64 %indvars.iv3198, 9223372036854775804
  br label %j39.body

j39.body:                                         ; preds = %j39.body, %j38.exit.new
  %j39.addr.02907 = phi i64 [ 0, %j38.exit.new ], [ %j39.next.3, %j39.body ]
  %rowz1.02906 = phi float [ 0.000000e+00, %j38.exit.new ], [ %3591, %j39.body ]
  %niter3843 = phi i64 [ 0, %j38.exit.new ], [ %niter3843.next.3, %j39.body ]
  %3543 = getelementptr inbounds float, ptr %gep2911, i64 %j39.addr.02907
  %3544 = load float, ptr %3543, align 4
  %3545 = fneg float %3544
  %3546 = getelementptr inbounds float, ptr %3540, i64 %j39.addr.02907
  %3547 = load float, ptr %3546, align 4
  %3548 = fmul float %3547, %3545
  store float %3548, ptr %3543, align 4
  %.idx2607 = mul nuw nsw i64 %j39.addr.02907, 448
  %gep2905 = getelementptr i8, ptr %invariant.gep2904, i64 %.idx2607
  store float %3548, ptr %gep2905, align 4
  %3549 = getelementptr inbounds float, ptr %3541, i64 %j39.addr.02907
  %3550 = load float, ptr %3549, align 4
  %3551 = fmul float %3550, %3545
  %3552 = fadd float %rowz1.02906, %3551
  %3553 = getelementptr inbounds float, ptr %colZ, i64 %j39.addr.02907
  %3554 = load float, ptr %3553, align 4
  %3555 = fadd float %3554, %3551
  store float %3555, ptr %3553, align 4
  %j39.next = or disjoint i64 %j39.addr.02907, 1
  %3556 = getelementptr inbounds float, ptr %gep2911, i64 %j39.next
  %3557 = load float, ptr %3556, align 4
  %3558 = fneg float %3557
  %3559 = getelementptr inbounds float, ptr %3540, i64 %j39.next
  %3560 = load float, ptr %3559, align 4
  %3561 = fmul float %3560, %3558
  store float %3561, ptr %3556, align 4
  %.idx2607.1 = mul nuw nsw i64 %j39.next, 448
  %gep2905.1 = getelementptr i8, ptr %invariant.gep2904, i64 %.idx2607.1
  store float %3561, ptr %gep2905.1, align 4
  %3562 = getelementptr inbounds float, ptr %3541, i64 %j39.next
  %3563 = load float, ptr %3562, align 4
  %3564 = fmul float %3563, %3558
  %3565 = fadd float %3552, %3564
  %3566 = getelementptr inbounds float, ptr %colZ, i64 %j39.next
  %3567 = load float, ptr %3566, align 4
  %3568 = fadd float %3567, %3564
  store float %3568, ptr %3566, align 4
  %j39.next.1 = or disjoint i64 %j39.addr.02907, 2
  %3569 = getelementptr inbounds float, ptr %gep2911, i64 %j39.next.1
  %3570 = load float, ptr %3569, align 4
  %3571 = fneg float %3570
  %3572 = getelementptr inbounds float, ptr %3540, i64 %j39.next.1
  %3573 = load float, ptr %3572, align 4
  %3574 = fmul float %3573, %3571
  store float %3574, ptr %3569, align 4
  %.idx2607.2 = mul nuw nsw i64 %j39.next.1, 448
  %gep2905.2 = getelementptr i8, ptr %invariant.gep2904, i64 %.idx2607.2
  store float %3574, ptr %gep2905.2, align 4
  %3575 = getelementptr inbounds float, ptr %3541, i64 %j39.next.1
  %3576 = load float, ptr %3575, align 4
  %3577 = fmul float %3576, %3571
  %3578 = fadd float %3565, %3577
  %3579 = getelementptr inbounds float, ptr %colZ, i64 %j39.next.1
  %3580 = load float, ptr %3579, align 4
  %3581 = fadd float %3580, %3577
  store float %3581, ptr %3579, align 4
  %j39.next.2 = or disjoint i64 %j39.addr.02907, 3
  %3582 = getelementptr inbounds float, ptr %gep2911, i64 %j39.next.2
  %3583 = load float, ptr %3582, align 4
  %3584 = fneg float %3583
  %3585 = getelementptr inbounds float, ptr %3540, i64 %j39.next.2
  %3586 = load float, ptr %3585, align 4
  %3587 = fmul float %3586, %3584
  store float %3587, ptr %3582, align 4
  %.idx2607.3 = mul nuw nsw i64 %j39.next.2, 448
  %gep2905.3 = getelementptr i8, ptr %invariant.gep2904, i64 %.idx2607.3
  store float %3587, ptr %gep2905.3, align 4
  %3588 = getelementptr inbounds float, ptr %3541, i64 %j39.next.2
  %3589 = load float, ptr %3588, align 4
  %3590 = fmul float %3589, %3584
  %3591 = fadd float %3578, %3590
  %3592 = getelementptr inbounds float, ptr %colZ, i64 %j39.next.2
  %3593 = load float, ptr %3592, align 4
  %3594 = fadd float %3593, %3590
  store float %3594, ptr %3592, align 4
  %j39.next.3 = add nuw nsw i64 %j39.addr.02907, 4
  %niter3843.next.3 = add i64 %niter3843, 4
  %niter3843.ncmp.3 = icmp eq i64 %niter3843.next.3, %unroll_iter3842
  br i1 %niter3843.ncmp.3, label %j39.exit.unr-lcssa, label %j39.body

j39.exit.unr-lcssa:                               ; preds = %j39.body, %j38.exit
  %.lcssa3807.ph = phi float [ poison, %j38.exit ], [ %3591, %j39.body ]
  %j39.addr.02907.unr = phi i64 [ 0, %j38.exit ], [ %j39.next.3, %j39.body ]
  %rowz1.02906.unr = phi float [ 0.000000e+00, %j38.exit ], [ %3591, %j39.body ]
  %lcmp.mod3840.not = icmp eq i64 %xtraiter3838, 0
  br i1 %lcmp.mod3840.not, label %j39.exit, label %j39.body.epil

j39.body.epil:                                    ; preds = %j39.exit.unr-lcssa, %j39.body.epil
  %j39.addr.02907.epil = phi i64 [ %j39.next.epil, %j39.body.epil ], [ %j39.addr.02907.unr, %j39.exit.unr-lcssa ]
  %rowz1.02906.epil = phi float [ %3604, %j39.body.epil ], [ %rowz1.02906.unr, %j39.exit.unr-lcssa ]
  %epil.iter3839 = phi i64 [ %epil.iter3839.next, %j39.body.epil ], [ 0, %j39.exit.unr-lcssa ]
  %3595 = getelementptr inbounds float, ptr %gep2911, i64 %j39.addr.02907.epil
  %3596 = load float, ptr %3595, align 4
  %3597 = fneg float %3596
  %3598 = getelementptr inbounds float, ptr %3540, i64 %j39.addr.02907.epil
  %3599 = load float, ptr %3598, align 4
  %3600 = fmul float %3599, %3597
  store float %3600, ptr %3595, align 4
  %.idx2607.epil = mul nuw nsw i64 %j39.addr.02907.epil, 448
  %gep2905.epil = getelementptr i8, ptr %invariant.gep2904, i64 %.idx2607.epil
  store float %3600, ptr %gep2905.epil, align 4
  %3601 = getelementptr inbounds float, ptr %3541, i64 %j39.addr.02907.epil
  %3602 = load float, ptr %3601, align 4
  %3603 = fmul float %3602, %3597
  %3604 = fadd float %rowz1.02906.epil, %3603
  %3605 = getelementptr inbounds float, ptr %colZ, i64 %j39.addr.02907.epil
  %3606 = load float, ptr %3605, align 4
  %3607 = fadd float %3606, %3603
  store float %3607, ptr %3605, align 4
  %j39.next.epil = add nuw nsw i64 %j39.addr.02907.epil, 1
  %epil.iter3839.next = add i64 %epil.iter3839, 1
  %epil.iter3839.cmp.not = icmp eq i64 %epil.iter3839.next, %xtraiter3838
  br i1 %epil.iter3839.cmp.not, label %j39.exit, label %j39.body.epil, !llvm.loop !6

j39.exit:                                         ; preds = %j39.body.epil, %j39.exit.unr-lcssa
  %.lcssa3807 = phi float [ %.lcssa3807.ph, %j39.exit.unr-lcssa ], [ %3604, %j39.body.epil ]
  %gep3479 = getelementptr inbounds i8, ptr %invariant.gep3478, i64 %.idx2605
  %3608 = getelementptr inbounds float, ptr %gep3479, i64 %i55
  store float 0.000000e+00, ptr %3608, align 4
  %3609 = load float, ptr %3537, align 4
  %3610 = fadd float %.lcssa3807, %3609
  store float %3610, ptr %3537, align 4
  %t10.next = add nuw nsw i64 %t10.addr.02912, 1
  %indvars.iv.next3199 = add nuw nsw i64 %indvars.iv3198, 2
  %exitcond3201.not = icmp eq i64 %t10.next, 16
  br i1 %exitcond3201.not, label %t11.body.preheader, label %t10.body

t11.body.preheader:                               ; preds = %j39.exit
  %3611 = load float, ptr %colZ, align 4
  %3612 = load float, ptr %182, align 4
  %3613 = load float, ptr %184, align 4
  %3614 = load float, ptr %185, align 4
  %3615 = load float, ptr %187, align 4
  %3616 = load float, ptr %188, align 4
  %3617 = load float, ptr %190, align 4
  %3618 = load float, ptr %191, align 4
  %3619 = load float, ptr %193, align 4
  %3620 = load float, ptr %194, align 4
  %3621 = load float, ptr %196, align 4
  %3622 = load float, ptr %197, align 4
  %3623 = load float, ptr %199, align 4
  %3624 = load float, ptr %200, align 4
  %3625 = load float, ptr %202, align 4
  %3626 = load float, ptr %203, align 4
  %3627 = load <8 x float>, ptr %dG, align 4
  %3628 = insertelement <8 x float> poison, float %3611, i64 0
  %3629 = insertelement <8 x float> %3628, float %3613, i64 1
  %3630 = insertelement <8 x float> %3629, float %3615, i64 2
  %3631 = insertelement <8 x float> %3630, float %3617, i64 3
  %3632 = insertelement <8 x float> %3631, float %3619, i64 4
  %3633 = insertelement <8 x float> %3632, float %3621, i64 5
  %3634 = insertelement <8 x float> %3633, float %3623, i64 6
  %3635 = insertelement <8 x float> %3634, float %3625, i64 7
  %3636 = fsub <8 x float> %3627, %3635
  %3637 = insertelement <8 x float> poison, float %3612, i64 0
  %3638 = insertelement <8 x float> %3637, float %3614, i64 1
  %3639 = insertelement <8 x float> %3638, float %3616, i64 2
  %3640 = insertelement <8 x float> %3639, float %3618, i64 3
  %3641 = insertelement <8 x float> %3640, float %3620, i64 4
  %3642 = insertelement <8 x float> %3641, float %3622, i64 5
  %3643 = insertelement <8 x float> %3642, float %3624, i64 6
  %3644 = insertelement <8 x float> %3643, float %3626, i64 7
  %3645 = fsub <8 x float> %3636, %3644
  store <8 x float> %3645, ptr %dG, align 4
  %3646 = load float, ptr %205, align 4
  %3647 = load float, ptr %206, align 4
  %3648 = load float, ptr %208, align 4
  %3649 = load float, ptr %209, align 4
  %3650 = load float, ptr %211, align 4
  %3651 = load float, ptr %212, align 4
  %3652 = load float, ptr %214, align 4
  %3653 = load float, ptr %215, align 4
  %3654 = load float, ptr %217, align 4
  %3655 = load float, ptr %218, align 4
  %3656 = load float, ptr %220, align 4
  %3657 = load float, ptr %221, align 4
  %3658 = load float, ptr %223, align 4
  %3659 = load float, ptr %224, align 4
  %3660 = load float, ptr %226, align 4
  %3661 = load float, ptr %227, align 4
  %3662 = load <8 x float>, ptr %204, align 4
  %3663 = insertelement <8 x float> poison, float %3646, i64 0
  %3664 = insertelement <8 x float> %3663, float %3648, i64 1
  %3665 = insertelement <8 x float> %3664, float %3650, i64 2
  %3666 = insertelement <8 x float> %3665, float %3652, i64 3
  %3667 = insertelement <8 x float> %3666, float %3654, i64 4
  %3668 = insertelement <8 x float> %3667, float %3656, i64 5
  %3669 = insertelement <8 x float> %3668, float %3658, i64 6
  %3670 = insertelement <8 x float> %3669, float %3660, i64 7
  %3671 = fsub <8 x float> %3662, %3670
  %3672 = insertelement <8 x float> poison, float %3647, i64 0
  %3673 = insertelement <8 x float> %3672, float %3649, i64 1
  %3674 = insertelement <8 x float> %3673, float %3651, i64 2
  %3675 = insertelement <8 x float> %3674, float %3653, i64 3
  %3676 = insertelement <8 x float> %3675, float %3655, i64 4
  %3677 = insertelement <8 x float> %3676, float %3657, i64 5
  %3678 = insertelement <8 x float> %3677, float %3659, i64 6
  %3679 = insertelement <8 x float> %3678, float %3661, i64 7
  %3680 = fsub <8 x float> %3671, %3679
  store <8 x float> %3680, ptr %204, align 4
  br label %p18.head.preheader

t12.head.preheader:                               ; preds = %p18.exit
  %3681 = icmp sgt i64 %261, 0
  br i1 %3681, label %j41.head.preheader.preheader, label %endif1766.15

j41.head.preheader.preheader:                     ; preds = %t12.head.preheader
  %xtraiter3846 = and i64 %smax3845, 1
  %3682 = icmp slt i64 %indvars.iv3212, 2
  br i1 %3682, label %tt.head.preheader.unr-lcssa, label %j41.head.preheader.preheader.new

j41.head.preheader.preheader.new:                 ; preds = %j41.head.preheader.preheader
  %unroll_iter3849 = and i64 %smax3845, 30
  br label %j41.head.preheader

p18.head.preheader:                               ; preds = %t11.body.preheader, %p18.exit
  %i56.addr.02931 = phi i64 [ %i56.next, %p18.exit ], [ 0, %t11.body.preheader ]
  %3683 = mul nuw nsw i64 %i56.addr.02931, 112
  %3684 = or disjoint i64 %3683, 112
  %3685 = getelementptr inbounds float, ptr %Ak, i64 %3684
  %.idx = mul nuw nsw i64 %i56.addr.02931, 448
  %3686 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %3687 = getelementptr inbounds i8, ptr %3686, i64 896
  %3688 = getelementptr inbounds i8, ptr %3686, i64 1344
  %3689 = getelementptr inbounds i8, ptr %3686, i64 1792
  %3690 = getelementptr inbounds i8, ptr %3686, i64 2240
  %3691 = getelementptr inbounds i8, ptr %3686, i64 2688
  %3692 = getelementptr inbounds i8, ptr %3686, i64 3136
  br label %p18.body

p18.body:                                         ; preds = %p18.head.preheader, %p18.body
  %p18.addr.02930 = phi i64 [ 0, %p18.head.preheader ], [ %p18.next, %p18.body ]
  %acc144.02929 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3747, %p18.body ]
  %acc143.02928 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3746, %p18.body ]
  %acc142.02927 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3741, %p18.body ]
  %acc141.02926 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3740, %p18.body ]
  %acc140.02925 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3735, %p18.body ]
  %acc139.02924 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3734, %p18.body ]
  %acc138.02923 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3729, %p18.body ]
  %acc137.02922 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3728, %p18.body ]
  %acc136.02921 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3723, %p18.body ]
  %acc135.02920 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3722, %p18.body ]
  %acc134.02919 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3717, %p18.body ]
  %acc133.02918 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3716, %p18.body ]
  %acc132.02917 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3711, %p18.body ]
  %acc131.02916 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3710, %p18.body ]
  %acc130.02915 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3705, %p18.body ]
  %acc129.02914 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3704, %p18.body ]
  %3693 = shl nuw nsw i64 %p18.addr.02930, 5
  %3694 = getelementptr inbounds float, ptr %Bk, i64 %3693
  %3695 = load <16 x float>, ptr %3694, align 4
  %3696 = or disjoint i64 %3693, 16
  %3697 = getelementptr inbounds float, ptr %Bk, i64 %3696
  %3698 = load <16 x float>, ptr %3697, align 4
  %3699 = or disjoint i64 %p18.addr.02930, %3683
  %3700 = getelementptr inbounds float, ptr %Ak, i64 %3699
  %3701 = load float, ptr %3700, align 4
  %3702 = insertelement <16 x float> poison, float %3701, i64 0
  %3703 = shufflevector <16 x float> %3702, <16 x float> poison, <16 x i32> zeroinitializer
  %3704 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3703, <16 x float> %3695, <16 x float> %acc129.02914)
  %3705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3703, <16 x float> %3698, <16 x float> %acc130.02915)
  %3706 = getelementptr inbounds float, ptr %3685, i64 %p18.addr.02930
  %3707 = load float, ptr %3706, align 4
  %3708 = insertelement <16 x float> poison, float %3707, i64 0
  %3709 = shufflevector <16 x float> %3708, <16 x float> poison, <16 x i32> zeroinitializer
  %3710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3709, <16 x float> %3695, <16 x float> %acc131.02916)
  %3711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3709, <16 x float> %3698, <16 x float> %acc132.02917)
  %3712 = getelementptr inbounds float, ptr %3687, i64 %p18.addr.02930
  %3713 = load float, ptr %3712, align 4
  %3714 = insertelement <16 x float> poison, float %3713, i64 0
  %3715 = shufflevector <16 x float> %3714, <16 x float> poison, <16 x i32> zeroinitializer
  %3716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3715, <16 x float> %3695, <16 x float> %acc133.02918)
  %3717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3715, <16 x float> %3698, <16 x float> %acc134.02919)
  %3718 = getelementptr inbounds float, ptr %3688, i64 %p18.addr.02930
  %3719 = load float, ptr %3718, align 4
  %3720 = insertelement <16 x float> poison, float %3719, i64 0
  %3721 = shufflevector <16 x float> %3720, <16 x float> poison, <16 x i32> zeroinitializer
  %3722 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3721, <16 x float> %3695, <16 x float> %acc135.02920)
  %3723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3721, <16 x float> %3698, <16 x float> %acc136.02921)
  %3724 = getelementptr inbounds float, ptr %3689, i64 %p18.addr.02930
  %3725 = load float, ptr %3724, align 4
  %3726 = insertelement <16 x float> poison, float %3725, i64 0
  %3727 = shufflevector <16 x float> %3726, <16 x float> poison, <16 x i32> zeroinitializer
  %3728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3727, <16 x float> %3695, <16 x float> %acc137.02922)
  %3729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3727, <16 x float> %3698, <16 x float> %acc138.02923)
  %3730 = getelementptr inbounds float, ptr %3690, i64 %p18.addr.02930
  %3731 = load float, ptr %3730, align 4
  %3732 = insertelement <16 x float> poison, float %3731, i64 0
  %3733 = shufflevector <16 x float> %3732, <16 x float> poison, <16 x i32> zeroinitializer
  %3734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3733, <16 x float> %3695, <16 x float> %acc139.02924)
  %3735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3733, <16 x float> %3698, <16 x float> %acc140.02925)
  %3736 = getelementptr inbounds float, ptr %3691, i64 %p18.addr.02930
  %3737 = load float, ptr %3736, align 4
  %3738 = insertelement <16 x float> poison, float %3737, i64 0
  %3739 = shufflevector <16 x float> %3738, <16 x float> poison, <16 x i32> zeroinitializer
  %3740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3739, <16 x float> %3695, <16 x float> %acc141.02926)
  %3741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3739, <16 x float> %3698, <16 x float> %acc142.02927)
  %3742 = getelementptr inbounds float, ptr %3692, i64 %p18.addr.02930
  %3743 = load float, ptr %3742, align 4
  %3744 = insertelement <16 x float> poison, float %3743, i64 0
  %3745 = shufflevector <16 x float> %3744, <16 x float> poison, <16 x i32> zeroinitializer
  %3746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3745, <16 x float> %3695, <16 x float> %acc143.02928)
  %3747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3745, <16 x float> %3698, <16 x float> %acc144.02929)
  %p18.next = add nuw nsw i64 %p18.addr.02930, 1
  %exitcond3203.not = icmp eq i64 %p18.next, 112
  br i1 %exitcond3203.not, label %p18.exit, label %p18.body

p18.exit:                                         ; preds = %p18.body
  %3748 = shl nuw nsw i64 %i56.addr.02931, 5
  %3749 = getelementptr inbounds float, ptr %dKc, i64 %3748
  store <16 x float> %3704, ptr %3749, align 4
  %3750 = or disjoint i64 %3748, 16
  %3751 = getelementptr inbounds float, ptr %dKc, i64 %3750
  store <16 x float> %3705, ptr %3751, align 4
  %3752 = or disjoint i64 %3748, 32
  %3753 = getelementptr inbounds float, ptr %dKc, i64 %3752
  store <16 x float> %3710, ptr %3753, align 4
  %3754 = or disjoint i64 %3748, 48
  %3755 = getelementptr inbounds float, ptr %dKc, i64 %3754
  store <16 x float> %3711, ptr %3755, align 4
  %3756 = or disjoint i64 %3748, 64
  %3757 = getelementptr inbounds float, ptr %dKc, i64 %3756
  store <16 x float> %3716, ptr %3757, align 4
  %3758 = or disjoint i64 %3748, 80
  %3759 = getelementptr inbounds float, ptr %dKc, i64 %3758
  store <16 x float> %3717, ptr %3759, align 4
  %3760 = or disjoint i64 %3748, 96
  %3761 = getelementptr inbounds float, ptr %dKc, i64 %3760
  store <16 x float> %3722, ptr %3761, align 4
  %3762 = or disjoint i64 %3748, 112
  %3763 = getelementptr inbounds float, ptr %dKc, i64 %3762
  store <16 x float> %3723, ptr %3763, align 4
  %3764 = or disjoint i64 %3748, 128
  %3765 = getelementptr inbounds float, ptr %dKc, i64 %3764
  store <16 x float> %3728, ptr %3765, align 4
  %3766 = or disjoint i64 %3748, 144
  %3767 = getelementptr inbounds float, ptr %dKc, i64 %3766
  store <16 x float> %3729, ptr %3767, align 4
  %3768 = or disjoint i64 %3748, 160
  %3769 = getelementptr inbounds float, ptr %dKc, i64 %3768
  store <16 x float> %3734, ptr %3769, align 4
  %3770 = or disjoint i64 %3748, 176
  %3771 = getelementptr inbounds float, ptr %dKc, i64 %3770
  store <16 x float> %3735, ptr %3771, align 4
  %3772 = or disjoint i64 %3748, 192
  %3773 = getelementptr inbounds float, ptr %dKc, i64 %3772
  store <16 x float> %3740, ptr %3773, align 4
  %3774 = or disjoint i64 %3748, 208
  %3775 = getelementptr inbounds float, ptr %dKc, i64 %3774
  store <16 x float> %3741, ptr %3775, align 4
  %3776 = or disjoint i64 %3748, 224
  %3777 = getelementptr inbounds float, ptr %dKc, i64 %3776
  store <16 x float> %3746, ptr %3777, align 4
  %3778 = or disjoint i64 %3748, 240
  %3779 = getelementptr inbounds float, ptr %dKc, i64 %3778
  store <16 x float> %3747, ptr %3779, align 4
  %i56.next = add nuw nsw i64 %i56.addr.02931, 8
  %3780 = icmp ult i64 %i56.addr.02931, 24
  br i1 %3780, label %p18.head.preheader, label %t12.head.preheader

tt.head.preheader.unr-lcssa:                      ; preds = %j41.head.preheader, %j41.head.preheader.preheader
  %t12.addr.02937.unr = phi i64 [ 0, %j41.head.preheader.preheader ], [ %t12.next.1, %j41.head.preheader ]
  %lcmp.mod3848.not = icmp eq i64 %xtraiter3846, 0
  br i1 %lcmp.mod3848.not, label %tt.head.preheader, label %j41.head.preheader.epil

j41.head.preheader.epil:                          ; preds = %tt.head.preheader.unr-lcssa
  %3781 = mul i64 %49, %t12.addr.02937.unr
  %3782 = add i64 %255, %3781
  %scevgep3210.epil = getelementptr i8, ptr %dv, i64 %3782
  %3783 = shl nuw nsw i64 %t12.addr.02937.unr, 8
  %gep3481.epil = getelementptr i8, ptr %invariant.gep3480, i64 %3783
  %scevgep3208.epil = getelementptr i8, ptr %dk, i64 %3782
  %gep3483.epil = getelementptr i8, ptr %invariant.gep3482, i64 %3783
  %3784 = add i64 %256, %3781
  %scevgep3206.epil = getelementptr i8, ptr %dv, i64 %3784
  %gep3485.epil = getelementptr i8, ptr %invariant.gep3484, i64 %3783
  %scevgep3204.epil = getelementptr i8, ptr %dk, i64 %3784
  %gep3487.epil = getelementptr i8, ptr %invariant.gep3486, i64 %3783
  %3785 = add nsw i64 %t12.addr.02937.unr, %t0
  %3786 = mul nsw i64 %3785, %sq
  %.idx2984.epil = shl nsw i64 %t12.addr.02937.unr, 7
  %3787 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2984.epil
  %3788 = load <16 x float>, ptr %3787, align 4
  %3789 = fmul <16 x float> %3788, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3790 = getelementptr float, ptr %qh1, i64 %3786
  store <16 x float> %3789, ptr %3790, align 4
  %3791 = getelementptr inbounds i8, ptr %151, i64 %.idx2984.epil
  %3792 = load <16 x float>, ptr %3791, align 4
  %3793 = fmul <16 x float> %3792, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3794 = getelementptr float, ptr %252, i64 %3786
  store <16 x float> %3793, ptr %3794, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3204.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3487.epil, i64 128, i1 false)
  %i58.epil = shl nuw nsw i64 %t12.addr.02937.unr, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3206.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3485.epil, i64 128, i1 false)
  %tau2.epil = shl nsw i64 %3785, 1
  %3795 = getelementptr inbounds float, ptr %dbet, i64 %i58.epil
  %3796 = load float, ptr %3795, align 4
  %3797 = mul nsw i64 %tau2.epil, %H
  %3798 = getelementptr inbounds float, ptr %betah1, i64 %3797
  store float %3796, ptr %3798, align 4
  %i61.epil = or disjoint i64 %i58.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3208.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3483.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3210.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3481.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %3799 = getelementptr inbounds float, ptr %dbet, i64 %i61.epil
  %3800 = load float, ptr %3799, align 4
  %3801 = mul nsw i64 %tau3.epil, %H
  %3802 = getelementptr inbounds float, ptr %betah1, i64 %3801
  store float %3800, ptr %3802, align 4
  br label %tt.head.preheader

tt.head.preheader:                                ; preds = %tt.head.preheader.unr-lcssa, %j41.head.preheader.epil
  %3803 = load float, ptr %225, align 4
  %3804 = fadd float %3803, 0.000000e+00
  %3805 = icmp sgt i64 %261, 15
  br i1 %3805, label %endif1766.thread, label %endif1766

j41.head.preheader:                               ; preds = %j41.head.preheader, %j41.head.preheader.preheader.new
  %t12.addr.02937 = phi i64 [ 0, %j41.head.preheader.preheader.new ], [ %t12.next.1, %j41.head.preheader ]
  %niter3850 = phi i64 [ 0, %j41.head.preheader.preheader.new ], [ %niter3850.next.1, %j41.head.preheader ]
  %3806 = mul i64 %49, %t12.addr.02937
  %3807 = add i64 %255, %3806
  %scevgep3210 = getelementptr i8, ptr %dv, i64 %3807
  %3808 = shl nuw nsw i64 %t12.addr.02937, 8
  %gep3481 = getelementptr i8, ptr %invariant.gep3480, i64 %3808
  %scevgep3208 = getelementptr i8, ptr %dk, i64 %3807
  %gep3483 = getelementptr i8, ptr %invariant.gep3482, i64 %3808
  %3809 = add i64 %256, %3806
  %scevgep3206 = getelementptr i8, ptr %dv, i64 %3809
  %gep3485 = getelementptr i8, ptr %invariant.gep3484, i64 %3808
  %scevgep3204 = getelementptr i8, ptr %dk, i64 %3809
  %gep3487 = getelementptr i8, ptr %invariant.gep3486, i64 %3808
  %3810 = add nsw i64 %t12.addr.02937, %t0
  %3811 = mul nsw i64 %3810, %sq
  %.idx2984 = shl nsw i64 %t12.addr.02937, 7
  %3812 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2984
  %3813 = load <16 x float>, ptr %3812, align 4
  %3814 = fmul <16 x float> %3813, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3815 = getelementptr float, ptr %qh1, i64 %3811
  store <16 x float> %3814, ptr %3815, align 4
  %3816 = getelementptr inbounds i8, ptr %151, i64 %.idx2984
  %3817 = load <16 x float>, ptr %3816, align 4
  %3818 = fmul <16 x float> %3817, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3819 = getelementptr float, ptr %252, i64 %3811
  store <16 x float> %3818, ptr %3819, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3204, ptr noundef nonnull align 4 dereferenceable(128) %gep3487, i64 128, i1 false)
  %i58 = shl nuw nsw i64 %t12.addr.02937, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3206, ptr noundef nonnull align 4 dereferenceable(128) %gep3485, i64 128, i1 false)
  %tau2 = shl nsw i64 %3810, 1
  %3820 = getelementptr inbounds float, ptr %dbet, i64 %i58
  %3821 = load float, ptr %3820, align 4
  %3822 = mul nsw i64 %tau2, %H
  %3823 = getelementptr inbounds float, ptr %betah1, i64 %3822
  store float %3821, ptr %3823, align 4
  %i61 = or disjoint i64 %i58, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3208, ptr noundef nonnull align 4 dereferenceable(128) %gep3483, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3210, ptr noundef nonnull align 4 dereferenceable(128) %gep3481, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %3824 = getelementptr inbounds float, ptr %dbet, i64 %i61
  %3825 = load float, ptr %3824, align 4
  %3826 = mul nsw i64 %tau3, %H
  %3827 = getelementptr inbounds float, ptr %betah1, i64 %3826
  store float %3825, ptr %3827, align 4
  %t12.next = or disjoint i64 %t12.addr.02937, 1
  %3828 = mul i64 %49, %t12.next
  %3829 = add i64 %255, %3828
  %scevgep3210.1 = getelementptr i8, ptr %dv, i64 %3829
  %3830 = shl nuw nsw i64 %t12.next, 8
  %gep3481.1 = getelementptr i8, ptr %invariant.gep3480, i64 %3830
  %scevgep3208.1 = getelementptr i8, ptr %dk, i64 %3829
  %gep3483.1 = getelementptr i8, ptr %invariant.gep3482, i64 %3830
  %3831 = add i64 %256, %3828
  %scevgep3206.1 = getelementptr i8, ptr %dv, i64 %3831
  %gep3485.1 = getelementptr i8, ptr %invariant.gep3484, i64 %3830
  %scevgep3204.1 = getelementptr i8, ptr %dk, i64 %3831
  %gep3487.1 = getelementptr i8, ptr %invariant.gep3486, i64 %3830
  %3832 = add nsw i64 %t12.next, %t0
  %3833 = mul nsw i64 %3832, %sq
  %.idx2984.1 = shl nsw i64 %t12.next, 7
  %3834 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2984.1
  %3835 = load <16 x float>, ptr %3834, align 4
  %3836 = fmul <16 x float> %3835, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3837 = getelementptr float, ptr %qh1, i64 %3833
  store <16 x float> %3836, ptr %3837, align 4
  %3838 = getelementptr inbounds i8, ptr %151, i64 %.idx2984.1
  %3839 = load <16 x float>, ptr %3838, align 4
  %3840 = fmul <16 x float> %3839, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3841 = getelementptr float, ptr %252, i64 %3833
  store <16 x float> %3840, ptr %3841, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3204.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3487.1, i64 128, i1 false)
  %i58.1 = shl nuw nsw i64 %t12.next, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3206.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3485.1, i64 128, i1 false)
  %tau2.1 = shl nsw i64 %3832, 1
  %3842 = getelementptr inbounds float, ptr %dbet, i64 %i58.1
  %3843 = load float, ptr %3842, align 4
  %3844 = mul nsw i64 %tau2.1, %H
  %3845 = getelementptr inbounds float, ptr %betah1, i64 %3844
  store float %3843, ptr %3845, align 4
  %i61.1 = or disjoint i64 %i58.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3208.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3483.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3210.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3481.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %3846 = getelementptr inbounds float, ptr %dbet, i64 %i61.1
  %3847 = load float, ptr %3846, align 4
  %3848 = mul nsw i64 %tau3.1, %H
  %3849 = getelementptr inbounds float, ptr %betah1, i64 %3848
  store float %3847, ptr %3849, align 4
  %t12.next.1 = add nuw nsw i64 %t12.addr.02937, 2
  %niter3850.next.1 = add i64 %niter3850, 2
  %niter3850.ncmp.1 = icmp eq i64 %niter3850.next.1, %unroll_iter3849
  br i1 %niter3850.ncmp.1, label %tt.head.preheader.unr-lcssa, label %j41.head.preheader

endif1766.thread:                                 ; preds = %tt.head.preheader
  %3850 = or disjoint i64 %t0, 15
  %3851 = mul nsw i64 %3850, %H
  %3852 = getelementptr inbounds float, ptr %gh1, i64 %3851
  store float %3804, ptr %3852, align 4
  %3853 = load float, ptr %222, align 4
  %3854 = fadd float %3804, %3853
  br label %endif1766.1.thread

endif1766:                                        ; preds = %tt.head.preheader
  %3855 = load float, ptr %222, align 4
  %3856 = fadd float %3804, %3855
  %3857 = icmp eq i64 %261, 15
  br i1 %3857, label %endif1766.1.thread, label %endif1766.1

endif1766.1.thread:                               ; preds = %endif1766, %endif1766.thread
  %3858 = phi float [ %3854, %endif1766.thread ], [ %3856, %endif1766 ]
  %3859 = or disjoint i64 %t0, 14
  %3860 = mul nsw i64 %3859, %H
  %3861 = getelementptr inbounds float, ptr %gh1, i64 %3860
  store float %3858, ptr %3861, align 4
  %3862 = load float, ptr %219, align 4
  %3863 = fadd float %3858, %3862
  br label %endif1766.2.thread

endif1766.1:                                      ; preds = %endif1766
  %3864 = load float, ptr %219, align 4
  %3865 = fadd float %3856, %3864
  %3866 = icmp sgt i64 %261, 13
  br i1 %3866, label %endif1766.2.thread, label %endif1766.2

endif1766.2.thread:                               ; preds = %endif1766.1, %endif1766.1.thread
  %3867 = phi float [ %3863, %endif1766.1.thread ], [ %3865, %endif1766.1 ]
  %3868 = or disjoint i64 %t0, 13
  %3869 = mul nsw i64 %3868, %H
  %3870 = getelementptr inbounds float, ptr %gh1, i64 %3869
  store float %3867, ptr %3870, align 4
  %3871 = load float, ptr %216, align 4
  %3872 = fadd float %3867, %3871
  br label %endif1766.3.thread

endif1766.2:                                      ; preds = %endif1766.1
  %3873 = load float, ptr %216, align 4
  %3874 = fadd float %3865, %3873
  %3875 = icmp eq i64 %261, 13
  br i1 %3875, label %endif1766.3.thread, label %endif1766.3

endif1766.3.thread:                               ; preds = %endif1766.2, %endif1766.2.thread
  %3876 = phi float [ %3872, %endif1766.2.thread ], [ %3874, %endif1766.2 ]
  %3877 = or disjoint i64 %t0, 12
  %3878 = mul nsw i64 %3877, %H
  %3879 = getelementptr inbounds float, ptr %gh1, i64 %3878
  store float %3876, ptr %3879, align 4
  %3880 = load float, ptr %213, align 4
  %3881 = fadd float %3876, %3880
  br label %endif1766.4.thread

endif1766.3:                                      ; preds = %endif1766.2
  %3882 = load float, ptr %213, align 4
  %3883 = fadd float %3874, %3882
  %3884 = icmp sgt i64 %261, 11
  br i1 %3884, label %endif1766.4.thread, label %endif1766.4

endif1766.4.thread:                               ; preds = %endif1766.3, %endif1766.3.thread
  %3885 = phi float [ %3881, %endif1766.3.thread ], [ %3883, %endif1766.3 ]
  %3886 = or disjoint i64 %t0, 11
  %3887 = mul nsw i64 %3886, %H
  %3888 = getelementptr inbounds float, ptr %gh1, i64 %3887
  store float %3885, ptr %3888, align 4
  %3889 = load float, ptr %210, align 4
  %3890 = fadd float %3885, %3889
  br label %endif1766.5.thread

endif1766.4:                                      ; preds = %endif1766.3
  %3891 = load float, ptr %210, align 4
  %3892 = fadd float %3883, %3891
  %3893 = icmp eq i64 %261, 11
  br i1 %3893, label %endif1766.5.thread, label %endif1766.5

endif1766.5.thread:                               ; preds = %endif1766.4, %endif1766.4.thread
  %3894 = phi float [ %3890, %endif1766.4.thread ], [ %3892, %endif1766.4 ]
  %3895 = or disjoint i64 %t0, 10
  %3896 = mul nsw i64 %3895, %H
  %3897 = getelementptr inbounds float, ptr %gh1, i64 %3896
  store float %3894, ptr %3897, align 4
  %3898 = load float, ptr %207, align 4
  %3899 = fadd float %3894, %3898
  br label %endif1766.6.thread

endif1766.5:                                      ; preds = %endif1766.4
  %3900 = load float, ptr %207, align 4
  %3901 = fadd float %3892, %3900
  %3902 = icmp sgt i64 %261, 9
  br i1 %3902, label %endif1766.6.thread, label %endif1766.6

endif1766.6.thread:                               ; preds = %endif1766.5, %endif1766.5.thread
  %3903 = phi float [ %3899, %endif1766.5.thread ], [ %3901, %endif1766.5 ]
  %3904 = or disjoint i64 %t0, 9
  %3905 = mul nsw i64 %3904, %H
  %3906 = getelementptr inbounds float, ptr %gh1, i64 %3905
  store float %3903, ptr %3906, align 4
  %3907 = load float, ptr %204, align 4
  %3908 = fadd float %3903, %3907
  br label %endif1766.7.thread

endif1766.6:                                      ; preds = %endif1766.5
  %3909 = load float, ptr %204, align 4
  %3910 = fadd float %3901, %3909
  %3911 = icmp eq i64 %261, 9
  br i1 %3911, label %endif1766.7.thread, label %endif1766.7

endif1766.7.thread:                               ; preds = %endif1766.6, %endif1766.6.thread
  %3912 = phi float [ %3908, %endif1766.6.thread ], [ %3910, %endif1766.6 ]
  %3913 = or disjoint i64 %t0, 8
  %3914 = mul nsw i64 %3913, %H
  %3915 = getelementptr inbounds float, ptr %gh1, i64 %3914
  store float %3912, ptr %3915, align 4
  %3916 = load float, ptr %201, align 4
  %3917 = fadd float %3912, %3916
  br label %endif1766.8.thread

endif1766.7:                                      ; preds = %endif1766.6
  %3918 = load float, ptr %201, align 4
  %3919 = fadd float %3910, %3918
  %3920 = icmp sgt i64 %261, 7
  br i1 %3920, label %endif1766.8.thread, label %endif1766.8

endif1766.8.thread:                               ; preds = %endif1766.7, %endif1766.7.thread
  %3921 = phi float [ %3917, %endif1766.7.thread ], [ %3919, %endif1766.7 ]
  %3922 = or disjoint i64 %t0, 7
  %3923 = mul nsw i64 %3922, %H
  %3924 = getelementptr inbounds float, ptr %gh1, i64 %3923
  store float %3921, ptr %3924, align 4
  %3925 = load float, ptr %198, align 4
  %3926 = fadd float %3921, %3925
  br label %endif1766.9.thread

endif1766.8:                                      ; preds = %endif1766.7
  %3927 = load float, ptr %198, align 4
  %3928 = fadd float %3919, %3927
  %3929 = icmp eq i64 %261, 7
  br i1 %3929, label %endif1766.9.thread, label %endif1766.9

endif1766.9.thread:                               ; preds = %endif1766.8, %endif1766.8.thread
  %3930 = phi float [ %3926, %endif1766.8.thread ], [ %3928, %endif1766.8 ]
  %3931 = or disjoint i64 %t0, 6
  %3932 = mul nsw i64 %3931, %H
  %3933 = getelementptr inbounds float, ptr %gh1, i64 %3932
  store float %3930, ptr %3933, align 4
  %3934 = load float, ptr %195, align 4
  %3935 = fadd float %3930, %3934
  br label %endif1766.10.thread

endif1766.9:                                      ; preds = %endif1766.8
  %3936 = load float, ptr %195, align 4
  %3937 = fadd float %3928, %3936
  %3938 = icmp sgt i64 %261, 5
  br i1 %3938, label %endif1766.10.thread, label %endif1766.10

endif1766.10.thread:                              ; preds = %endif1766.9, %endif1766.9.thread
  %3939 = phi float [ %3935, %endif1766.9.thread ], [ %3937, %endif1766.9 ]
  %3940 = or disjoint i64 %t0, 5
  %3941 = mul nsw i64 %3940, %H
  %3942 = getelementptr inbounds float, ptr %gh1, i64 %3941
  store float %3939, ptr %3942, align 4
  %3943 = load float, ptr %192, align 4
  %3944 = fadd float %3939, %3943
  br label %endif1766.11.thread

endif1766.10:                                     ; preds = %endif1766.9
  %3945 = load float, ptr %192, align 4
  %3946 = fadd float %3937, %3945
  %3947 = icmp eq i64 %261, 5
  br i1 %3947, label %endif1766.11.thread, label %endif1766.11

endif1766.11.thread:                              ; preds = %endif1766.10, %endif1766.10.thread
  %3948 = phi float [ %3944, %endif1766.10.thread ], [ %3946, %endif1766.10 ]
  %3949 = or disjoint i64 %t0, 4
  %3950 = mul nsw i64 %3949, %H
  %3951 = getelementptr inbounds float, ptr %gh1, i64 %3950
  store float %3948, ptr %3951, align 4
  %3952 = load float, ptr %189, align 4
  %3953 = fadd float %3948, %3952
  br label %endif1766.12.thread

endif1766.11:                                     ; preds = %endif1766.10
  %3954 = load float, ptr %189, align 4
  %3955 = fadd float %3946, %3954
  %3956 = icmp sgt i64 %261, 3
  br i1 %3956, label %endif1766.12.thread, label %endif1766.12

endif1766.12.thread:                              ; preds = %endif1766.11, %endif1766.11.thread
  %3957 = phi float [ %3953, %endif1766.11.thread ], [ %3955, %endif1766.11 ]
  %3958 = or disjoint i64 %t0, 3
  %3959 = mul nsw i64 %3958, %H
  %3960 = getelementptr inbounds float, ptr %gh1, i64 %3959
  store float %3957, ptr %3960, align 4
  %3961 = load float, ptr %186, align 4
  %3962 = fadd float %3957, %3961
  br label %endif1766.13.thread

endif1766.12:                                     ; preds = %endif1766.11
  %3963 = load float, ptr %186, align 4
  %3964 = fadd float %3955, %3963
  %3965 = icmp eq i64 %261, 3
  br i1 %3965, label %endif1766.13.thread, label %endif1766.13

endif1766.13.thread:                              ; preds = %endif1766.12, %endif1766.12.thread
  %3966 = phi float [ %3962, %endif1766.12.thread ], [ %3964, %endif1766.12 ]
  %3967 = or disjoint i64 %t0, 2
  %3968 = mul nsw i64 %3967, %H
  %3969 = getelementptr inbounds float, ptr %gh1, i64 %3968
  store float %3966, ptr %3969, align 4
  %3970 = load float, ptr %183, align 4
  %3971 = fadd float %3966, %3970
  br label %endif1766.14.thread

endif1766.13:                                     ; preds = %endif1766.12
  %3972 = load float, ptr %183, align 4
  %3973 = fadd float %3964, %3972
  %.not = icmp eq i64 %261, 1
  br i1 %.not, label %then1764.15, label %endif1766.14.thread

endif1766.14.thread:                              ; preds = %endif1766.13, %endif1766.13.thread
  %3974 = phi float [ %3971, %endif1766.13.thread ], [ %3973, %endif1766.13 ]
  %3975 = or disjoint i64 %t0, 1
  %3976 = mul nsw i64 %3975, %H
  %3977 = getelementptr inbounds float, ptr %gh1, i64 %3976
  store float %3974, ptr %3977, align 4
  br label %then1764.15

then1764.15:                                      ; preds = %endif1766.13, %endif1766.14.thread
  %3978 = phi float [ %3974, %endif1766.14.thread ], [ %3973, %endif1766.13 ]
  %3979 = load float, ptr %dG, align 4
  %3980 = fadd float %3978, %3979
  %3981 = mul nsw i64 %t0, %H
  %3982 = getelementptr inbounds float, ptr %gh1, i64 %3981
  store float %3980, ptr %3982, align 4
  br label %endif1766.15

endif1766.15:                                     ; preds = %t12.head.preheader, %then1764.15
  %cc.next = add nuw nsw i64 %cc.addr.02940, 1
  %indvars.iv.next3213 = add i64 %indvars.iv3212, 16
  %exitcond3217.not = icmp eq i64 %cc.next, %smax3216
  br i1 %exitcond3217.not, label %j46.head.preheader, label %cc.body

j46.head.preheader:                               ; preds = %bh.body, %endif1766.15
  %3983 = getelementptr i8, ptr %dh0, i64 %230
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3983, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219, i64 128, i1 false)
  %scevgep3218.1 = getelementptr i8, ptr %3983, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.1, i64 128, i1 false)
  %scevgep3218.2 = getelementptr i8, ptr %3983, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.2, i64 128, i1 false)
  %scevgep3218.3 = getelementptr i8, ptr %3983, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.3, i64 128, i1 false)
  %scevgep3218.4 = getelementptr i8, ptr %3983, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.4, i64 128, i1 false)
  %scevgep3218.5 = getelementptr i8, ptr %3983, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.5, i64 128, i1 false)
  %scevgep3218.6 = getelementptr i8, ptr %3983, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.6, i64 128, i1 false)
  %scevgep3218.7 = getelementptr i8, ptr %3983, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.7, i64 128, i1 false)
  %scevgep3218.8 = getelementptr i8, ptr %3983, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.8, i64 128, i1 false)
  %scevgep3218.9 = getelementptr i8, ptr %3983, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.9, i64 128, i1 false)
  %scevgep3218.10 = getelementptr i8, ptr %3983, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.10, i64 128, i1 false)
  %scevgep3218.11 = getelementptr i8, ptr %3983, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.11, i64 128, i1 false)
  %scevgep3218.12 = getelementptr i8, ptr %3983, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.12, i64 128, i1 false)
  %scevgep3218.13 = getelementptr i8, ptr %3983, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.13, i64 128, i1 false)
  %scevgep3218.14 = getelementptr i8, ptr %3983, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.14, i64 128, i1 false)
  %scevgep3218.15 = getelementptr i8, ptr %3983, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.15, i64 128, i1 false)
  %scevgep3218.16 = getelementptr i8, ptr %3983, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.16, i64 128, i1 false)
  %scevgep3218.17 = getelementptr i8, ptr %3983, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.17, i64 128, i1 false)
  %scevgep3218.18 = getelementptr i8, ptr %3983, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.18, i64 128, i1 false)
  %scevgep3218.19 = getelementptr i8, ptr %3983, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.19, i64 128, i1 false)
  %scevgep3218.20 = getelementptr i8, ptr %3983, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.20, i64 128, i1 false)
  %scevgep3218.21 = getelementptr i8, ptr %3983, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.21, i64 128, i1 false)
  %scevgep3218.22 = getelementptr i8, ptr %3983, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.22, i64 128, i1 false)
  %scevgep3218.23 = getelementptr i8, ptr %3983, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.23, i64 128, i1 false)
  %scevgep3218.24 = getelementptr i8, ptr %3983, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.24, i64 128, i1 false)
  %scevgep3218.25 = getelementptr i8, ptr %3983, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.25, i64 128, i1 false)
  %scevgep3218.26 = getelementptr i8, ptr %3983, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.26, i64 128, i1 false)
  %scevgep3218.27 = getelementptr i8, ptr %3983, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.27, i64 128, i1 false)
  %scevgep3218.28 = getelementptr i8, ptr %3983, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.28, i64 128, i1 false)
  %scevgep3218.29 = getelementptr i8, ptr %3983, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.29, i64 128, i1 false)
  %scevgep3218.30 = getelementptr i8, ptr %3983, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.30, i64 128, i1 false)
  %scevgep3218.31 = getelementptr i8, ptr %3983, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3218.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3219.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02943, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3221.not = icmp eq i64 %indvar.next, %53
  br i1 %exitcond3221.not, label %bh.exit, label %bh.body
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

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <8 x float> @llvm.masked.load.v8f32.p0(ptr nocapture, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.rint.v8f32(<8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.peeled.count", i32 1}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.unroll.disable"}
!6 = distinct !{!6, !5}
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
  %2 = or disjoint i64 %sq, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0114 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0114, %H
  %h = srem i64 %bh.addr.0114, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %S.idx = shl nsw i64 %bh.addr.0114, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0103 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %39, %i.body ]
  %acc1.0102 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc2.0101 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %52, %i.body ]
  %acc3.0100 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %i.addr.099 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %7 = getelementptr inbounds float, ptr %kh, i64 %i.addr.099
  %8 = load float, ptr %7, align 4
  %9 = shl nuw nsw i64 %i.addr.099, 5
  %10 = getelementptr inbounds float, ptr %S, i64 %9
  %11 = load <16 x float>, ptr %10, align 4
  %12 = insertelement <16 x float> poison, float %8, i64 0
  %13 = shufflevector <16 x float> %12, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %11, <16 x float> %acc.0103)
  %15 = or disjoint i64 %9, 16
  %16 = getelementptr inbounds float, ptr %S, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %17, <16 x float> %acc1.0102)
  %19 = or disjoint i64 %i.addr.099, 1
  %20 = getelementptr inbounds float, ptr %kh, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = shl nuw nsw i64 %19, 5
  %23 = getelementptr inbounds float, ptr %S, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = insertelement <16 x float> poison, float %21, i64 0
  %26 = shufflevector <16 x float> %25, <16 x float> poison, <16 x i32> zeroinitializer
  %27 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %24, <16 x float> %acc2.0101)
  %28 = or disjoint i64 %22, 16
  %29 = getelementptr inbounds float, ptr %S, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %30, <16 x float> %acc3.0100)
  %i.next = or disjoint i64 %i.addr.099, 2
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
  %44 = or disjoint i64 %i.addr.099, 3
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
  %i.next.1 = add nuw nsw i64 %i.addr.099, 4
  %57 = icmp ult i64 %i.next, 30
  br i1 %57, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %58 = load float, ptr %gh, align 4
  %59 = tail call float @llvm.maxnum.f32(float %58, float 0xC055D51EC0000000)
  %60 = tail call float @llvm.minnum.f32(float %59, float 8.800000e+01)
  %61 = fmul float %60, 0x3FF7154760000000
  %62 = tail call float @llvm.rint.f32(float %61)
  %63 = tail call float @llvm.fma.f32(float %62, float 0xBFE6300000000000, float %60)
  %64 = tail call float @llvm.fma.f32(float %62, float 0x3F2BD01060000000, float %63)
  %65 = tail call float @llvm.fma.f32(float %64, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %66 = tail call float @llvm.fma.f32(float %65, float %64, float 0x3F81112100000000)
  %67 = tail call float @llvm.fma.f32(float %66, float %64, float 0x3FA5553820000000)
  %68 = tail call float @llvm.fma.f32(float %67, float %64, float 0x3FC5555540000000)
  %69 = tail call float @llvm.fma.f32(float %68, float %64, float 5.000000e-01)
  %70 = fmul float %64, %64
  %71 = tail call float @llvm.fma.f32(float %69, float %70, float %64)
  %72 = fadd float %71, 1.000000e+00
  %73 = fptosi float %62 to i32
  %74 = shl i32 %73, 23
  %75 = add i32 %74, 1065353216
  %76 = bitcast i32 %75 to float
  %77 = fmul float %72, %76
  %78 = load float, ptr %betah, align 4
  %79 = load <16 x float>, ptr %vh, align 4
  %80 = fadd <16 x float> %52, %39
  %81 = insertelement <16 x float> poison, float %77, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = fmul <16 x float> %80, %82
  %84 = fsub <16 x float> %79, %83
  %85 = insertelement <16 x float> poison, float %78, i64 0
  %86 = shufflevector <16 x float> %85, <16 x float> poison, <16 x i32> zeroinitializer
  %87 = fmul <16 x float> %86, %84
  %88 = getelementptr inbounds i8, ptr %vh, i64 64
  %89 = load <16 x float>, ptr %88, align 4
  %90 = fadd <16 x float> %56, %43
  %91 = fmul <16 x float> %90, %82
  %92 = fsub <16 x float> %89, %91
  %93 = fmul <16 x float> %86, %92
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc418.0108 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %108, %i1.body ]
  %acc5.0107 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %114, %i1.body ]
  %acc6.0106 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %130, %i1.body ]
  %acc7.0105 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %136, %i1.body ]
  %i1.addr.0104 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %94 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0104
  %95 = load float, ptr %94, align 4
  %96 = or disjoint i64 %i1.addr.0104, %sq
  %97 = getelementptr inbounds float, ptr %kh, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <16 x float> poison, float %95, i64 0
  %100 = shufflevector <16 x float> %99, <16 x float> poison, <16 x i32> zeroinitializer
  %101 = shl nuw nsw i64 %i1.addr.0104, 5
  %102 = getelementptr inbounds float, ptr %S, i64 %101
  %103 = load <16 x float>, ptr %102, align 4
  %104 = fmul <16 x float> %82, %103
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %87, <16 x float> %104)
  store <16 x float> %105, ptr %102, align 4
  %106 = insertelement <16 x float> poison, float %98, i64 0
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <16 x i32> zeroinitializer
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %105, <16 x float> %acc418.0108)
  %109 = or disjoint i64 %101, 16
  %110 = getelementptr inbounds float, ptr %S, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = fmul <16 x float> %82, %111
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %93, <16 x float> %112)
  store <16 x float> %113, ptr %110, align 4
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %113, <16 x float> %acc5.0107)
  %115 = or disjoint i64 %i1.addr.0104, 1
  %116 = getelementptr inbounds float, ptr %kh, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = or disjoint i64 %115, %sq
  %119 = getelementptr inbounds float, ptr %kh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <16 x float> poison, float %117, i64 0
  %122 = shufflevector <16 x float> %121, <16 x float> poison, <16 x i32> zeroinitializer
  %123 = shl nuw nsw i64 %115, 5
  %124 = getelementptr inbounds float, ptr %S, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fmul <16 x float> %82, %125
  %127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %122, <16 x float> %87, <16 x float> %126)
  store <16 x float> %127, ptr %124, align 4
  %128 = insertelement <16 x float> poison, float %120, i64 0
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %127, <16 x float> %acc6.0106)
  %131 = or disjoint i64 %123, 16
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = fmul <16 x float> %82, %133
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %122, <16 x float> %93, <16 x float> %134)
  store <16 x float> %135, ptr %132, align 4
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %135, <16 x float> %acc7.0105)
  %i1.next = add nuw nsw i64 %i1.addr.0104, 2
  %137 = icmp ult i64 %i1.addr.0104, 30
  br i1 %137, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %138 = getelementptr inbounds float, ptr %betah, i64 %H
  %139 = load float, ptr %138, align 4
  %140 = getelementptr inbounds float, ptr %vh, i64 %sq
  %141 = load <16 x float>, ptr %140, align 4
  %142 = fadd <16 x float> %130, %108
  %143 = fsub <16 x float> %141, %142
  %144 = insertelement <16 x float> poison, float %139, i64 0
  %145 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %146 = fmul <16 x float> %145, %143
  %147 = getelementptr inbounds float, ptr %vh, i64 %2
  %148 = load <16 x float>, ptr %147, align 4
  %149 = fadd <16 x float> %136, %114
  %150 = fsub <16 x float> %148, %149
  %151 = fmul <16 x float> %145, %150
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0113 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc9.0110 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %189, %i2.body ]
  %acc8.0109 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %184, %i2.body ]
  %152 = or disjoint i64 %i2.addr.0113, %sq
  %153 = getelementptr inbounds float, ptr %kh, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0113
  %156 = load float, ptr %155, align 4
  %157 = insertelement <16 x float> poison, float %154, i64 0
  %158 = shufflevector <16 x float> %157, <16 x float> poison, <16 x i32> zeroinitializer
  %159 = shl nuw nsw i64 %i2.addr.0113, 5
  %160 = getelementptr inbounds float, ptr %S, i64 %159
  %161 = load <16 x float>, ptr %160, align 4
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %146, <16 x float> %161)
  store <16 x float> %162, ptr %160, align 4
  %163 = insertelement <16 x float> poison, float %156, i64 0
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %162, <16 x float> %acc8.0109)
  %166 = or disjoint i64 %159, 16
  %167 = getelementptr inbounds float, ptr %S, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %151, <16 x float> %168)
  store <16 x float> %169, ptr %167, align 4
  %170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %169, <16 x float> %acc9.0110)
  %i2.next = or disjoint i64 %i2.addr.0113, 1
  %171 = or disjoint i64 %i2.next, %sq
  %172 = getelementptr inbounds float, ptr %kh, i64 %171
  %173 = load float, ptr %172, align 4
  %174 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %175 = load float, ptr %174, align 4
  %176 = insertelement <16 x float> poison, float %173, i64 0
  %177 = shufflevector <16 x float> %176, <16 x float> poison, <16 x i32> zeroinitializer
  %178 = shl nuw nsw i64 %i2.next, 5
  %179 = getelementptr inbounds float, ptr %S, i64 %178
  %180 = load <16 x float>, ptr %179, align 4
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %177, <16 x float> %146, <16 x float> %180)
  store <16 x float> %181, ptr %179, align 4
  %182 = insertelement <16 x float> poison, float %175, i64 0
  %183 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %181, <16 x float> %165)
  %185 = or disjoint i64 %178, 16
  %186 = getelementptr inbounds float, ptr %S, i64 %185
  %187 = load <16 x float>, ptr %186, align 4
  %188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %177, <16 x float> %151, <16 x float> %187)
  store <16 x float> %188, ptr %186, align 4
  %189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %188, <16 x float> %170)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0113, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %190 = fmul <16 x float> %184, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %190, ptr %oh, align 4
  %191 = fmul <16 x float> %189, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %192 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %191, ptr %192, align 4
  %bh.next = add nsw i64 %bh.addr.0114, 1
  %exitcond124.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond124.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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
  %bh.addr.0127 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep147 = getelementptr i8, ptr %hT, i64 %10
  %scevgep142 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0127, %H
  %h = srem i64 %bh.addr.0127, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep142, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep162 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t1.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep147, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0127, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond148.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond148.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t1.exit
  %ci.addr.0124 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t1.exit ]
  %17 = shl nuw nsw i64 %ci.addr.0124, 6
  %18 = add nuw i64 %17, 64
  %smin = tail call i64 @llvm.smin.i64(i64 %T, i64 %18)
  %smax175 = tail call i64 @llvm.smax.i64(i64 %smin, i64 %17)
  %19 = mul nsw i64 %ci.addr.0124, -64
  %20 = or disjoint i64 %19, 1
  %21 = add i64 %smax175, %20
  %22 = add i64 %6, %ci.addr.0124
  %23 = shl i64 %22, 12
  %gep163 = getelementptr i8, ptr %invariant.gep162, i64 %23
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep163, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0124, 6
  %24 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %24, i64 %T)
  %.not104 = icmp sgt i64 %t0, %T
  br i1 %.not104, label %i2.head.preheader, label %t.body.preheader

t.body.preheader:                                 ; preds = %i1.head.preheader
  %min.iters.check = icmp ult i64 %21, 8
  br i1 %min.iters.check, label %t.body.preheader176, label %vector.ph

t.body.preheader176:                              ; preds = %middle.block, %t.body.preheader
  %t.addr.0105.ph = phi i64 [ %t0, %t.body.preheader ], [ %ind.end, %middle.block ]
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
  br i1 %cmp.n, label %i2.head.preheader, label %t.body.preheader176

i2.head.preheader:                                ; preds = %t.body, %middle.block, %i1.head.preheader
  %87 = shl nsw i64 %ci.addr.0124, 7
  %88 = mul nsw i64 %87, %sq
  br label %i2.body

t.body:                                           ; preds = %t.body.preheader176, %t.body
  %t.addr.0105 = phi i64 [ %t.next, %t.body ], [ %t.addr.0105.ph, %t.body.preheader176 ]
  %89 = tail call i64 @llvm.smin.i64(i64 %t.addr.0105, i64 %4)
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
  %112 = sub nuw nsw i64 %t.addr.0105, %t0
  %113 = getelementptr inbounds float, ptr %alphas, i64 %112
  store float %111, ptr %113, align 4
  %t.next = add nuw nsw i64 %t.addr.0105, 1
  %.not.not = icmp slt i64 %t.addr.0105, %t1
  br i1 %.not.not, label %t.body, label %i2.head.preheader, !llvm.loop !3

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0110 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %149, %i2.body ]
  %acc1.0109 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %153, %i2.body ]
  %acc2.0108 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %163, %i2.body ]
  %acc3.0107 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %167, %i2.body ]
  %i2.addr.0106 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %114 = or disjoint i64 %i2.addr.0106, %88
  %115 = getelementptr inbounds float, ptr %kh, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = shl nuw nsw i64 %i2.addr.0106, 5
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = insertelement <16 x float> poison, float %116, i64 0
  %121 = shufflevector <16 x float> %120, <16 x float> poison, <16 x i32> zeroinitializer
  %122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %121, <16 x float> %119, <16 x float> %acc.0110)
  %123 = or disjoint i64 %117, 16
  %124 = getelementptr inbounds float, ptr %work, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %121, <16 x float> %125, <16 x float> %acc1.0109)
  %127 = or disjoint i64 %i2.addr.0106, 1
  %128 = or disjoint i64 %127, %88
  %129 = getelementptr inbounds float, ptr %kh, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = shl nuw nsw i64 %127, 5
  %132 = getelementptr inbounds float, ptr %work, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = insertelement <16 x float> poison, float %130, i64 0
  %135 = shufflevector <16 x float> %134, <16 x float> poison, <16 x i32> zeroinitializer
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %133, <16 x float> %acc2.0108)
  %137 = or disjoint i64 %131, 16
  %138 = getelementptr inbounds float, ptr %work, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %139, <16 x float> %acc3.0107)
  %i2.next = or disjoint i64 %i2.addr.0106, 2
  %141 = or disjoint i64 %i2.next, %88
  %142 = getelementptr inbounds float, ptr %kh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = shl nuw nsw i64 %i2.next, 5
  %145 = getelementptr inbounds float, ptr %work, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = insertelement <16 x float> poison, float %143, i64 0
  %148 = shufflevector <16 x float> %147, <16 x float> poison, <16 x i32> zeroinitializer
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %148, <16 x float> %146, <16 x float> %122)
  %150 = or disjoint i64 %144, 16
  %151 = getelementptr inbounds float, ptr %work, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %148, <16 x float> %152, <16 x float> %126)
  %154 = or disjoint i64 %i2.addr.0106, 3
  %155 = or disjoint i64 %154, %88
  %156 = getelementptr inbounds float, ptr %kh, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = shl nuw nsw i64 %154, 5
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = insertelement <16 x float> poison, float %157, i64 0
  %162 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %160, <16 x float> %136)
  %164 = or disjoint i64 %158, 16
  %165 = getelementptr inbounds float, ptr %work, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %166, <16 x float> %140)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0106, 4
  %168 = icmp ult i64 %i2.next, 30
  br i1 %168, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %169 = icmp slt i64 %t0, %T
  br i1 %169, label %t1.body.preheader, label %t1.exit

t1.body.preheader:                                ; preds = %i2.exit
  %170 = mul nsw i64 %87, %H
  %171 = getelementptr inbounds float, ptr %betah, i64 %170
  %172 = load float, ptr %171, align 4
  %173 = insertelement <16 x float> poison, float %172, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = or disjoint i64 %88, 16
  %176 = getelementptr inbounds float, ptr %vh, i64 %175
  %177 = load <16 x float>, ptr %176, align 4
  %178 = fadd <16 x float> %167, %153
  %179 = load float, ptr %alphas, align 4
  %180 = insertelement <16 x float> poison, float %179, i64 0
  %181 = shufflevector <16 x float> %180, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = fmul <16 x float> %178, %181
  %183 = fsub <16 x float> %177, %182
  %184 = fmul <16 x float> %174, %183
  %185 = getelementptr inbounds float, ptr %vh, i64 %88
  %186 = load <16 x float>, ptr %185, align 4
  %187 = fadd <16 x float> %163, %149
  %188 = fmul <16 x float> %187, %181
  %189 = fsub <16 x float> %186, %188
  %190 = fmul <16 x float> %174, %189
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i4.exit
  %delta.0123 = phi <16 x float> [ %329, %i4.exit ], [ %190, %t1.body.preheader ]
  %delta1.0122 = phi <16 x float> [ %338, %i4.exit ], [ %184, %t1.body.preheader ]
  %t1.addr.0121 = phi i64 [ %194, %i4.exit ], [ %t0, %t1.body.preheader ]
  %191 = sub nuw nsw i64 %t1.addr.0121, %t0
  %192 = getelementptr inbounds float, ptr %alphas, i64 %191
  %193 = load float, ptr %192, align 4
  %194 = add nuw nsw i64 %t1.addr.0121, 1
  %195 = shl nuw nsw i64 %t1.addr.0121, 1
  %196 = mul nsw i64 %195, %sq
  %197 = or disjoint i64 %195, 1
  %198 = mul nsw i64 %197, %sq
  %199 = insertelement <16 x float> poison, float %193, i64 0
  %200 = shufflevector <16 x float> %199, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i3.body

t1.exit:                                          ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0124, 1
  %exitcond145.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond145.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t1.body, %i3.body
  %i3.addr.0115 = phi i64 [ 0, %t1.body ], [ %i3.next, %i3.body ]
  %acc7.0114 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %245, %i3.body ]
  %acc6.0113 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %239, %i3.body ]
  %acc5.0112 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %222, %i3.body ]
  %acc419.0111 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %216, %i3.body ]
  %201 = or disjoint i64 %i3.addr.0115, %196
  %202 = getelementptr inbounds float, ptr %kh, i64 %201
  %203 = load float, ptr %202, align 4
  %204 = or disjoint i64 %i3.addr.0115, %198
  %205 = getelementptr inbounds float, ptr %kh, i64 %204
  %206 = load float, ptr %205, align 4
  %207 = insertelement <16 x float> poison, float %203, i64 0
  %208 = shufflevector <16 x float> %207, <16 x float> poison, <16 x i32> zeroinitializer
  %209 = shl nuw nsw i64 %i3.addr.0115, 5
  %210 = getelementptr inbounds float, ptr %work, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = fmul <16 x float> %200, %211
  %213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %delta.0123, <16 x float> %212)
  store <16 x float> %213, ptr %210, align 4
  %214 = insertelement <16 x float> poison, float %206, i64 0
  %215 = shufflevector <16 x float> %214, <16 x float> poison, <16 x i32> zeroinitializer
  %216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %215, <16 x float> %213, <16 x float> %acc419.0111)
  %217 = or disjoint i64 %209, 16
  %218 = getelementptr inbounds float, ptr %work, i64 %217
  %219 = load <16 x float>, ptr %218, align 4
  %220 = fmul <16 x float> %200, %219
  %221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %delta1.0122, <16 x float> %220)
  store <16 x float> %221, ptr %218, align 4
  %222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %215, <16 x float> %221, <16 x float> %acc5.0112)
  %223 = or disjoint i64 %i3.addr.0115, 1
  %224 = or disjoint i64 %223, %196
  %225 = getelementptr inbounds float, ptr %kh, i64 %224
  %226 = load float, ptr %225, align 4
  %227 = or disjoint i64 %223, %198
  %228 = getelementptr inbounds float, ptr %kh, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = insertelement <16 x float> poison, float %226, i64 0
  %231 = shufflevector <16 x float> %230, <16 x float> poison, <16 x i32> zeroinitializer
  %232 = shl nuw nsw i64 %223, 5
  %233 = getelementptr inbounds float, ptr %work, i64 %232
  %234 = load <16 x float>, ptr %233, align 4
  %235 = fmul <16 x float> %200, %234
  %236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %delta.0123, <16 x float> %235)
  store <16 x float> %236, ptr %233, align 4
  %237 = insertelement <16 x float> poison, float %229, i64 0
  %238 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %236, <16 x float> %acc6.0113)
  %240 = or disjoint i64 %232, 16
  %241 = getelementptr inbounds float, ptr %work, i64 %240
  %242 = load <16 x float>, ptr %241, align 4
  %243 = fmul <16 x float> %200, %242
  %244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %delta1.0122, <16 x float> %243)
  store <16 x float> %244, ptr %241, align 4
  %245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %244, <16 x float> %acc7.0114)
  %i3.next = add nuw nsw i64 %i3.addr.0115, 2
  %246 = icmp ult i64 %i3.addr.0115, 30
  br i1 %246, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %194, i64 %4)
  %247 = mul nsw i64 %197, %H
  %248 = getelementptr inbounds float, ptr %betah, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = getelementptr inbounds float, ptr %vh, i64 %198
  %251 = load <16 x float>, ptr %250, align 4
  %252 = fadd <16 x float> %216, %239
  %253 = fsub <16 x float> %251, %252
  %254 = insertelement <16 x float> poison, float %249, i64 0
  %255 = shufflevector <16 x float> %254, <16 x float> poison, <16 x i32> zeroinitializer
  %256 = fmul <16 x float> %255, %253
  %257 = or disjoint i64 %198, 16
  %258 = getelementptr inbounds float, ptr %vh, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = fadd <16 x float> %222, %245
  %261 = fsub <16 x float> %259, %260
  %262 = fmul <16 x float> %255, %261
  %263 = mul nsw i64 %t1.addr.0121, %sq
  %264 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %263
  %invariant.gep160 = getelementptr float, ptr %kh, i64 %264
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0120 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc11.0119 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %310, %i4.body ]
  %acc10.0118 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %304, %i4.body ]
  %acc9.0117 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %309, %i4.body ]
  %acc8.0116 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %301, %i4.body ]
  %265 = or disjoint i64 %i4.addr.0120, %198
  %266 = getelementptr inbounds float, ptr %kh, i64 %265
  %267 = load float, ptr %266, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0120
  %268 = load float, ptr %gep, align 4
  %gep161 = getelementptr float, ptr %invariant.gep160, i64 %i4.addr.0120
  %269 = load float, ptr %gep161, align 4
  %270 = insertelement <16 x float> poison, float %267, i64 0
  %271 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %272 = shl nuw nsw i64 %i4.addr.0120, 5
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %256, <16 x float> %274)
  store <16 x float> %275, ptr %273, align 4
  %276 = insertelement <16 x float> poison, float %268, i64 0
  %277 = shufflevector <16 x float> %276, <16 x float> poison, <16 x i32> zeroinitializer
  %278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %277, <16 x float> %275, <16 x float> %acc8.0116)
  %279 = insertelement <16 x float> poison, float %269, i64 0
  %280 = shufflevector <16 x float> %279, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %280, <16 x float> %275, <16 x float> %acc10.0118)
  %282 = or disjoint i64 %272, 16
  %283 = getelementptr inbounds float, ptr %work, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %262, <16 x float> %284)
  store <16 x float> %285, ptr %283, align 4
  %286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %277, <16 x float> %285, <16 x float> %acc9.0117)
  %287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %280, <16 x float> %285, <16 x float> %acc11.0119)
  %i4.next = or disjoint i64 %i4.addr.0120, 1
  %288 = or disjoint i64 %i4.next, %198
  %289 = getelementptr inbounds float, ptr %kh, i64 %288
  %290 = load float, ptr %289, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %291 = load float, ptr %gep.1, align 4
  %gep161.1 = getelementptr float, ptr %invariant.gep160, i64 %i4.next
  %292 = load float, ptr %gep161.1, align 4
  %293 = insertelement <16 x float> poison, float %290, i64 0
  %294 = shufflevector <16 x float> %293, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = shl nuw nsw i64 %i4.next, 5
  %296 = getelementptr inbounds float, ptr %work, i64 %295
  %297 = load <16 x float>, ptr %296, align 4
  %298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %256, <16 x float> %297)
  store <16 x float> %298, ptr %296, align 4
  %299 = insertelement <16 x float> poison, float %291, i64 0
  %300 = shufflevector <16 x float> %299, <16 x float> poison, <16 x i32> zeroinitializer
  %301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %300, <16 x float> %298, <16 x float> %278)
  %302 = insertelement <16 x float> poison, float %292, i64 0
  %303 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %303, <16 x float> %298, <16 x float> %281)
  %305 = or disjoint i64 %295, 16
  %306 = getelementptr inbounds float, ptr %work, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  %308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %262, <16 x float> %307)
  store <16 x float> %308, ptr %306, align 4
  %309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %300, <16 x float> %308, <16 x float> %286)
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %303, <16 x float> %308, <16 x float> %287)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0120, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %311 = sub nsw i64 %tn, %t0
  %312 = getelementptr inbounds float, ptr %alphas, i64 %311
  %313 = load float, ptr %312, align 4
  %314 = fmul <16 x float> %301, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %315 = getelementptr inbounds float, ptr %oh, i64 %263
  store <16 x float> %314, ptr %315, align 4
  %316 = shl nsw i64 %tn, 1
  %317 = mul nsw i64 %316, %H
  %318 = getelementptr inbounds float, ptr %betah, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = mul nsw i64 %316, %sq
  %321 = getelementptr inbounds float, ptr %vh, i64 %320
  %322 = load <16 x float>, ptr %321, align 4
  %323 = insertelement <16 x float> poison, float %313, i64 0
  %324 = shufflevector <16 x float> %323, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = fmul <16 x float> %304, %324
  %326 = fsub <16 x float> %322, %325
  %327 = insertelement <16 x float> poison, float %319, i64 0
  %328 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = fmul <16 x float> %328, %326
  %330 = fmul <16 x float> %309, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %331 = or disjoint i64 %263, 16
  %332 = getelementptr inbounds float, ptr %oh, i64 %331
  store <16 x float> %330, ptr %332, align 4
  %333 = or disjoint i64 %320, 16
  %334 = getelementptr inbounds float, ptr %vh, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = fmul <16 x float> %310, %324
  %337 = fsub <16 x float> %335, %336
  %338 = fmul <16 x float> %328, %337
  %339 = icmp slt i64 %194, %t1
  br i1 %339, label %t1.body, label %t1.exit
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
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

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
define void @dp_bwd_h2_k32_v32_c64_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture writeonly %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 40960
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Dt = getelementptr inbounds i8, ptr %work, i64 461312
  %En = getelementptr inbounds i8, ptr %work, i64 494080
  %Gm = getelementptr inbounds i8, ptr %work, i64 253952
  %KSdS = getelementptr inbounds i8, ptr %work, i64 319488
  %KT = getelementptr inbounds i8, ptr %work, i64 221184
  %M = getelementptr inbounds i8, ptr %work, i64 477696
  %OY = getelementptr inbounds i8, ptr %work, i64 196608
  %PT = getelementptr inbounds i8, ptr %work, i64 401408
  %QK = getelementptr inbounds i8, ptr %work, i64 172032
  %QcT = getelementptr inbounds i8, ptr %work, i64 237568
  %Rr = getelementptr inbounds i8, ptr %work, i64 352256
  %Vn = getelementptr inbounds i8, ptr %work, i64 368640
  %VnT = getelementptr inbounds i8, ptr %work, i64 385024
  %alpha = getelementptr inbounds i8, ptr %work, i64 460800
  %bet = getelementptr inbounds i8, ptr %work, i64 458752
  %cRow = getelementptr inbounds i8, ptr %work, i64 460288
  %colZ = getelementptr i8, ptr %work, i64 459776
  %dG = getelementptr i8, ptr %work, i64 526848
  %dKc = getelementptr inbounds i8, ptr %work, i64 442368
  %dOT = getelementptr inbounds i8, ptr %work, i64 245760
  %dQc = getelementptr inbounds i8, ptr %work, i64 434176
  %dbet = getelementptr i8, ptr %work, i64 459264
  %gam = getelementptr inbounds i8, ptr %work, i64 461056
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 527100
  %5 = getelementptr inbounds i8, ptr %work, i64 461308
  %6 = add nsw i64 %bh0, 1
  %7 = mul i64 %nc, %6
  %8 = shl i64 %7, 12
  %9 = add i64 %8, -4096
  %10 = shl i64 %nc, 12
  %11 = shl nsw i64 %nc, 6
  %12 = add i64 %11, 144115188075855808
  %13 = mul i64 %12, %H
  %14 = mul i64 %H, -8192
  %15 = shl i64 %H, 7
  %16 = shl i64 %nc, 14
  %17 = add i64 %16, -16384
  %18 = shl i64 %T, 8
  %19 = mul i64 %H, -16384
  %20 = shl i64 %H, 8
  %21 = add i64 %16, -16256
  %22 = add i64 %T, 64
  %23 = sub i64 %22, %11
  %smax3302 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %24 = sub i64 %bh1, %bh0
  %scevgep3234.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3234.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3234.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3234.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3234.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3234.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3234.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3234.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3234.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3234.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3234.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3234.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3234.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3234.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3234.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3234.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3234.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3234.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3234.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3234.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3234.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3234.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3234.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3234.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3234.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3234.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3234.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3234.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3234.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3234.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3234.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3483 = getelementptr i8, ptr %work, i64 461056
  %invariant.gep3487 = getelementptr i8, ptr %work, i64 352384
  %invariant.gep3489 = getelementptr i8, ptr %work, i64 352256
  %invariant.gep3491 = getelementptr i8, ptr %work, i64 196608
  %invariant.gep3493 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3495 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3497 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3499 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3501 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3503 = getelementptr i8, ptr %work, i64 180352
  %invariant.gep3505 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3507 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3509 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3511 = getelementptr inbounds i8, ptr %work, i64 180288
  %25 = getelementptr inbounds i8, ptr %work, i64 254016
  %26 = getelementptr inbounds i8, ptr %work, i64 494144
  %27 = getelementptr inbounds i8, ptr %work, i64 254080
  %28 = getelementptr inbounds i8, ptr %work, i64 494208
  %29 = getelementptr inbounds i8, ptr %work, i64 254144
  %30 = getelementptr inbounds i8, ptr %work, i64 494272
  %31 = getelementptr inbounds i8, ptr %work, i64 254208
  %32 = getelementptr inbounds i8, ptr %work, i64 494336
  %33 = getelementptr inbounds i8, ptr %work, i64 254272
  %34 = getelementptr inbounds i8, ptr %work, i64 494400
  %35 = getelementptr inbounds i8, ptr %work, i64 254336
  %36 = getelementptr inbounds i8, ptr %work, i64 494464
  %37 = getelementptr inbounds i8, ptr %work, i64 254400
  %38 = getelementptr inbounds i8, ptr %work, i64 494528
  %39 = getelementptr inbounds i8, ptr %work, i64 319552
  %40 = getelementptr inbounds i8, ptr %work, i64 352320
  %41 = getelementptr inbounds i8, ptr %work, i64 401472
  %42 = getelementptr inbounds i8, ptr %work, i64 477760
  %43 = getelementptr inbounds i8, ptr %work, i64 401536
  %44 = getelementptr inbounds i8, ptr %work, i64 477824
  %45 = getelementptr inbounds i8, ptr %work, i64 401600
  %46 = getelementptr inbounds i8, ptr %work, i64 477888
  %47 = getelementptr inbounds i8, ptr %work, i64 319616
  %invariant.gep3513 = getelementptr inbounds i8, ptr %work, i64 204800
  %48 = getelementptr inbounds i8, ptr %work, i64 319680
  %invariant.gep3515 = getelementptr inbounds i8, ptr %work, i64 204864
  %invariant.gep3517 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3519 = getelementptr inbounds i8, ptr %work, i64 204864
  %invariant.gep3521 = getelementptr inbounds i8, ptr %work, i64 41216
  %invariant.gep3523 = getelementptr inbounds i8, ptr %work, i64 41280
  %49 = getelementptr i8, ptr %work, i64 526912
  %invariant.gep3525 = getelementptr inbounds i8, ptr %work, i64 41344
  %50 = getelementptr i8, ptr %work, i64 526976
  %invariant.gep3527 = getelementptr inbounds i8, ptr %work, i64 41408
  %51 = getelementptr i8, ptr %work, i64 527040
  %invariant.gep3529 = getelementptr inbounds i8, ptr %work, i64 41216
  %invariant.gep3531 = getelementptr inbounds i8, ptr %work, i64 41280
  %invariant.gep3533 = getelementptr inbounds i8, ptr %work, i64 41344
  %invariant.gep3535 = getelementptr inbounds i8, ptr %work, i64 41408
  %52 = getelementptr inbounds i8, ptr %work, i64 434240
  %invariant.gep3547 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3549 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3551 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3553 = getelementptr i8, ptr %work, i64 204928
  %invariant.gep3555 = getelementptr i8, ptr %work, i64 442496
  %invariant.gep3557 = getelementptr i8, ptr %work, i64 204800
  %invariant.gep3559 = getelementptr i8, ptr %work, i64 442368
  %scevgep3305 = getelementptr i8, ptr %work, i64 128
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
  %ident.check.not = icmp eq i64 %H, 1
  %53 = getelementptr inbounds i8, ptr %work, i64 460832
  %54 = getelementptr inbounds i8, ptr %work, i64 460864
  %55 = getelementptr inbounds i8, ptr %work, i64 460896
  %56 = getelementptr inbounds i8, ptr %work, i64 460928
  %57 = getelementptr inbounds i8, ptr %work, i64 460960
  %58 = getelementptr inbounds i8, ptr %work, i64 460992
  %59 = getelementptr inbounds i8, ptr %work, i64 461024
  %60 = getelementptr inbounds i8, ptr %work, i64 461316
  %61 = getelementptr inbounds i8, ptr %work, i64 461348
  %62 = getelementptr inbounds i8, ptr %work, i64 461380
  %63 = getelementptr inbounds i8, ptr %work, i64 461412
  %64 = getelementptr inbounds i8, ptr %work, i64 461444
  %65 = getelementptr inbounds i8, ptr %work, i64 461476
  %66 = getelementptr inbounds i8, ptr %work, i64 461508
  %67 = getelementptr inbounds i8, ptr %work, i64 461512
  %68 = getelementptr inbounds i8, ptr %work, i64 461516
  %69 = getelementptr inbounds i8, ptr %work, i64 461520
  %70 = getelementptr inbounds i8, ptr %work, i64 461524
  %71 = getelementptr inbounds i8, ptr %work, i64 461528
  %72 = getelementptr inbounds i8, ptr %work, i64 461532
  %73 = getelementptr inbounds i8, ptr %work, i64 461536
  %74 = getelementptr inbounds i8, ptr %work, i64 461540
  %75 = getelementptr inbounds i8, ptr %work, i64 461544
  %76 = getelementptr inbounds i8, ptr %work, i64 461548
  %77 = getelementptr inbounds i8, ptr %work, i64 461552
  %78 = getelementptr inbounds i8, ptr %work, i64 461556
  %79 = getelementptr inbounds i8, ptr %work, i64 461560
  %80 = getelementptr inbounds i8, ptr %work, i64 461564
  %81 = getelementptr i8, ptr %work, i64 526880
  %82 = getelementptr i8, ptr %work, i64 459840
  %83 = getelementptr i8, ptr %work, i64 526912
  %84 = getelementptr i8, ptr %work, i64 526944
  %85 = getelementptr i8, ptr %work, i64 459904
  %86 = getelementptr i8, ptr %work, i64 459968
  %87 = getelementptr i8, ptr %work, i64 526976
  %88 = getelementptr i8, ptr %work, i64 527008
  %89 = getelementptr i8, ptr %work, i64 460032
  %90 = getelementptr i8, ptr %work, i64 460096
  %91 = getelementptr i8, ptr %work, i64 527040
  %92 = getelementptr i8, ptr %work, i64 527072
  %93 = getelementptr i8, ptr %work, i64 460160
  %94 = getelementptr i8, ptr %work, i64 460224
  %scevgep3305.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3305.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3305.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3305.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3305.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3305.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3305.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3305.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3305.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3305.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3305.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3305.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3305.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3305.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3305.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3305.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3305.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3305.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3305.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3305.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3305.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3305.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3305.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3305.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3305.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3305.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3305.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3305.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3305.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3305.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3305.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j46.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j46.head.preheader ]
  %bh.addr.03000 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j46.head.preheader ]
  %95 = add i64 %indvar, %bh0
  %96 = shl i64 %95, 12
  %97 = mul i64 %10, %indvar
  %98 = add i64 %9, %97
  %b = sdiv i64 %bh.addr.03000, %H
  %h = srem i64 %bh.addr.03000, %H
  %99 = mul i64 %b, %T
  %100 = mul i64 %99, %H
  %bT = add i64 %100, %h
  %101 = mul i64 %1, %99
  %bTn = add nsw i64 %101, %h
  %102 = shl nsw i64 %bT, 5
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %102
  %gh1 = getelementptr inbounds float, ptr %dg, i64 %bT
  %103 = getelementptr i8, ptr %dhT, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %103, i64 128, i1 false)
  %scevgep3233.1 = getelementptr i8, ptr %103, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.1, i64 128, i1 false)
  %scevgep3233.2 = getelementptr i8, ptr %103, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.2, i64 128, i1 false)
  %scevgep3233.3 = getelementptr i8, ptr %103, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.3, i64 128, i1 false)
  %scevgep3233.4 = getelementptr i8, ptr %103, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.4, i64 128, i1 false)
  %scevgep3233.5 = getelementptr i8, ptr %103, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.5, i64 128, i1 false)
  %scevgep3233.6 = getelementptr i8, ptr %103, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.6, i64 128, i1 false)
  %scevgep3233.7 = getelementptr i8, ptr %103, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.7, i64 128, i1 false)
  %scevgep3233.8 = getelementptr i8, ptr %103, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.8, i64 128, i1 false)
  %scevgep3233.9 = getelementptr i8, ptr %103, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.9, i64 128, i1 false)
  %scevgep3233.10 = getelementptr i8, ptr %103, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.10, i64 128, i1 false)
  %scevgep3233.11 = getelementptr i8, ptr %103, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.11, i64 128, i1 false)
  %scevgep3233.12 = getelementptr i8, ptr %103, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.12, i64 128, i1 false)
  %scevgep3233.13 = getelementptr i8, ptr %103, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.13, i64 128, i1 false)
  %scevgep3233.14 = getelementptr i8, ptr %103, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.14, i64 128, i1 false)
  %scevgep3233.15 = getelementptr i8, ptr %103, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.15, i64 128, i1 false)
  %scevgep3233.16 = getelementptr i8, ptr %103, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.16, i64 128, i1 false)
  %scevgep3233.17 = getelementptr i8, ptr %103, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.17, i64 128, i1 false)
  %scevgep3233.18 = getelementptr i8, ptr %103, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.18, i64 128, i1 false)
  %scevgep3233.19 = getelementptr i8, ptr %103, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.19, i64 128, i1 false)
  %scevgep3233.20 = getelementptr i8, ptr %103, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.20, i64 128, i1 false)
  %scevgep3233.21 = getelementptr i8, ptr %103, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.21, i64 128, i1 false)
  %scevgep3233.22 = getelementptr i8, ptr %103, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.22, i64 128, i1 false)
  %scevgep3233.23 = getelementptr i8, ptr %103, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.23, i64 128, i1 false)
  %scevgep3233.24 = getelementptr i8, ptr %103, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.24, i64 128, i1 false)
  %scevgep3233.25 = getelementptr i8, ptr %103, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.25, i64 128, i1 false)
  %scevgep3233.26 = getelementptr i8, ptr %103, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.26, i64 128, i1 false)
  %scevgep3233.27 = getelementptr i8, ptr %103, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.27, i64 128, i1 false)
  %scevgep3233.28 = getelementptr i8, ptr %103, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.28, i64 128, i1 false)
  %scevgep3233.29 = getelementptr i8, ptr %103, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.29, i64 128, i1 false)
  %scevgep3233.30 = getelementptr i8, ptr %103, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.30, i64 128, i1 false)
  %scevgep3233.31 = getelementptr i8, ptr %103, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3233.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %102
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  br i1 %3, label %cc.body.lr.ph, label %j46.head.preheader

bh.exit:                                          ; preds = %j46.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %104 = mul nsw i64 %bh.addr.03000, %nc
  %105 = add i64 %13, %bT
  %106 = shl i64 %105, 7
  %107 = mul i64 %18, %b
  %108 = add i64 %17, %107
  %109 = mul i64 %108, %H
  %110 = shl i64 %h, 7
  %111 = add i64 %109, %110
  %112 = add i64 %21, %107
  %113 = mul i64 %112, %H
  %114 = add i64 %113, %110
  %115 = getelementptr i8, ptr %dout, i64 %106
  %116 = getelementptr i8, ptr %qh, i64 64
  %117 = getelementptr i8, ptr %kh, i64 64
  %118 = getelementptr i8, ptr %qh1, i64 64
  %119 = getelementptr i8, ptr %gh, i64 32
  %120 = getelementptr i8, ptr %gh, i64 64
  %121 = getelementptr i8, ptr %gh, i64 96
  %122 = getelementptr i8, ptr %gh, i64 128
  %123 = getelementptr i8, ptr %gh, i64 160
  %124 = getelementptr i8, ptr %gh, i64 192
  %125 = getelementptr i8, ptr %gh, i64 224
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %tt.exit
  %indvars.iv3298 = phi i64 [ %23, %cc.body.lr.ph ], [ %indvars.iv.next3299, %tt.exit ]
  %cc.addr.02997 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %tt.exit ]
  %smin3954 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3298, i64 64)
  %smax3955 = tail call i64 @llvm.smax.i64(i64 %smin3954, i64 1)
  %126 = mul i64 %19, %cc.addr.02997
  %127 = add i64 %114, %126
  %128 = add i64 %111, %126
  %129 = mul i64 %14, %cc.addr.02997
  %130 = shl i64 %cc.addr.02997, 12
  %131 = sub i64 %98, %130
  %132 = xor i64 %cc.addr.02997, -1
  %ci = add nsw i64 %nc, %132
  %t0 = shl nsw i64 %ci, 6
  %133 = sub nsw i64 %T, %t0
  %scevgep3235 = getelementptr i8, ptr %hs, i64 %131
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235, i64 128, i1 false)
  %134 = or disjoint i64 %131, 128
  %scevgep3235.1 = getelementptr i8, ptr %hs, i64 %134
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.1, i64 128, i1 false)
  %135 = or disjoint i64 %131, 256
  %scevgep3235.2 = getelementptr i8, ptr %hs, i64 %135
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.2, i64 128, i1 false)
  %136 = or disjoint i64 %131, 384
  %scevgep3235.3 = getelementptr i8, ptr %hs, i64 %136
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.3, i64 128, i1 false)
  %137 = or disjoint i64 %131, 512
  %scevgep3235.4 = getelementptr i8, ptr %hs, i64 %137
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.4, i64 128, i1 false)
  %138 = or disjoint i64 %131, 640
  %scevgep3235.5 = getelementptr i8, ptr %hs, i64 %138
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.5, i64 128, i1 false)
  %139 = or disjoint i64 %131, 768
  %scevgep3235.6 = getelementptr i8, ptr %hs, i64 %139
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.6, i64 128, i1 false)
  %140 = or disjoint i64 %131, 896
  %scevgep3235.7 = getelementptr i8, ptr %hs, i64 %140
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.7, i64 128, i1 false)
  %141 = or disjoint i64 %131, 1024
  %scevgep3235.8 = getelementptr i8, ptr %hs, i64 %141
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.8, i64 128, i1 false)
  %142 = or disjoint i64 %131, 1152
  %scevgep3235.9 = getelementptr i8, ptr %hs, i64 %142
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.9, i64 128, i1 false)
  %143 = or disjoint i64 %131, 1280
  %scevgep3235.10 = getelementptr i8, ptr %hs, i64 %143
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.10, i64 128, i1 false)
  %144 = or disjoint i64 %131, 1408
  %scevgep3235.11 = getelementptr i8, ptr %hs, i64 %144
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.11, i64 128, i1 false)
  %145 = or disjoint i64 %131, 1536
  %scevgep3235.12 = getelementptr i8, ptr %hs, i64 %145
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.12, i64 128, i1 false)
  %146 = or disjoint i64 %131, 1664
  %scevgep3235.13 = getelementptr i8, ptr %hs, i64 %146
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.13, i64 128, i1 false)
  %147 = or disjoint i64 %131, 1792
  %scevgep3235.14 = getelementptr i8, ptr %hs, i64 %147
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.14, i64 128, i1 false)
  %148 = or disjoint i64 %131, 1920
  %scevgep3235.15 = getelementptr i8, ptr %hs, i64 %148
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.15, i64 128, i1 false)
  %149 = or disjoint i64 %131, 2048
  %scevgep3235.16 = getelementptr i8, ptr %hs, i64 %149
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.16, i64 128, i1 false)
  %150 = or disjoint i64 %131, 2176
  %scevgep3235.17 = getelementptr i8, ptr %hs, i64 %150
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.17, i64 128, i1 false)
  %151 = or disjoint i64 %131, 2304
  %scevgep3235.18 = getelementptr i8, ptr %hs, i64 %151
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.18, i64 128, i1 false)
  %152 = or disjoint i64 %131, 2432
  %scevgep3235.19 = getelementptr i8, ptr %hs, i64 %152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.19, i64 128, i1 false)
  %153 = or disjoint i64 %131, 2560
  %scevgep3235.20 = getelementptr i8, ptr %hs, i64 %153
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.20, i64 128, i1 false)
  %154 = or disjoint i64 %131, 2688
  %scevgep3235.21 = getelementptr i8, ptr %hs, i64 %154
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.21, i64 128, i1 false)
  %155 = or disjoint i64 %131, 2816
  %scevgep3235.22 = getelementptr i8, ptr %hs, i64 %155
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.22, i64 128, i1 false)
  %156 = or disjoint i64 %131, 2944
  %scevgep3235.23 = getelementptr i8, ptr %hs, i64 %156
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.23, i64 128, i1 false)
  %157 = or disjoint i64 %131, 3072
  %scevgep3235.24 = getelementptr i8, ptr %hs, i64 %157
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.24, i64 128, i1 false)
  %158 = or disjoint i64 %131, 3200
  %scevgep3235.25 = getelementptr i8, ptr %hs, i64 %158
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.25, i64 128, i1 false)
  %159 = or disjoint i64 %131, 3328
  %scevgep3235.26 = getelementptr i8, ptr %hs, i64 %159
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.26, i64 128, i1 false)
  %160 = or disjoint i64 %131, 3456
  %scevgep3235.27 = getelementptr i8, ptr %hs, i64 %160
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.27, i64 128, i1 false)
  %161 = or disjoint i64 %131, 3584
  %scevgep3235.28 = getelementptr i8, ptr %hs, i64 %161
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.28, i64 128, i1 false)
  %162 = or disjoint i64 %131, 3712
  %scevgep3235.29 = getelementptr i8, ptr %hs, i64 %162
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.29, i64 128, i1 false)
  %163 = or disjoint i64 %131, 3840
  %scevgep3235.30 = getelementptr i8, ptr %hs, i64 %163
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.30, i64 128, i1 false)
  %164 = or disjoint i64 %131, 3968
  %scevgep3235.31 = getelementptr i8, ptr %hs, i64 %164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3234.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3235.31, i64 128, i1 false)
  %165 = add nsw i64 %ci, %104
  %166 = shl nsw i64 %165, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %167 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02710 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %168 = shl nuw nsw i64 %i2.addr.02710, 5
  %169 = or disjoint i64 %168, %166
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %170 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02709 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %171 = or disjoint i64 %169, %j2.addr.02709
  %172 = getelementptr inbounds float, ptr %hs, i64 %171
  %173 = load <16 x float>, ptr %172, align 4
  %174 = or disjoint i64 %171, 256
  %175 = getelementptr inbounds float, ptr %hs, i64 %174
  %176 = load <16 x float>, ptr %175, align 4
  %177 = or disjoint i64 %171, 32
  %178 = getelementptr inbounds float, ptr %hs, i64 %177
  %179 = load <16 x float>, ptr %178, align 4
  %180 = or disjoint i64 %171, 288
  %181 = getelementptr inbounds float, ptr %hs, i64 %180
  %182 = load <16 x float>, ptr %181, align 4
  %183 = or disjoint i64 %171, 64
  %184 = getelementptr inbounds float, ptr %hs, i64 %183
  %185 = load <16 x float>, ptr %184, align 4
  %186 = or disjoint i64 %171, 320
  %187 = getelementptr inbounds float, ptr %hs, i64 %186
  %188 = load <16 x float>, ptr %187, align 4
  %189 = or disjoint i64 %171, 96
  %190 = getelementptr inbounds float, ptr %hs, i64 %189
  %191 = load <16 x float>, ptr %190, align 4
  %192 = or disjoint i64 %171, 352
  %193 = getelementptr inbounds float, ptr %hs, i64 %192
  %194 = load <16 x float>, ptr %193, align 4
  %195 = or disjoint i64 %171, 128
  %196 = getelementptr inbounds float, ptr %hs, i64 %195
  %197 = load <16 x float>, ptr %196, align 4
  %198 = or disjoint i64 %171, 384
  %199 = getelementptr inbounds float, ptr %hs, i64 %198
  %200 = load <16 x float>, ptr %199, align 4
  %201 = or disjoint i64 %171, 160
  %202 = getelementptr inbounds float, ptr %hs, i64 %201
  %203 = load <16 x float>, ptr %202, align 4
  %204 = or disjoint i64 %171, 416
  %205 = getelementptr inbounds float, ptr %hs, i64 %204
  %206 = load <16 x float>, ptr %205, align 4
  %207 = or disjoint i64 %171, 192
  %208 = getelementptr inbounds float, ptr %hs, i64 %207
  %209 = load <16 x float>, ptr %208, align 4
  %210 = or disjoint i64 %171, 448
  %211 = getelementptr inbounds float, ptr %hs, i64 %210
  %212 = load <16 x float>, ptr %211, align 4
  %213 = or disjoint i64 %171, 224
  %214 = getelementptr inbounds float, ptr %hs, i64 %213
  %215 = load <16 x float>, ptr %214, align 4
  %216 = or disjoint i64 %171, 480
  %217 = getelementptr inbounds float, ptr %hs, i64 %216
  %218 = load <16 x float>, ptr %217, align 4
  %219 = shufflevector <16 x float> %173, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %220 = shufflevector <16 x float> %197, <16 x float> %200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %221 = shufflevector <16 x float> %179, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %222 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %223 = shufflevector <16 x float> %185, <16 x float> %188, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %224 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %225 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %226 = shufflevector <16 x float> %215, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %227 = shufflevector <16 x float> %173, <16 x float> %176, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %228 = shufflevector <16 x float> %197, <16 x float> %200, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = shufflevector <16 x float> %179, <16 x float> %182, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %230 = shufflevector <16 x float> %203, <16 x float> %206, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %231 = shufflevector <16 x float> %185, <16 x float> %188, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %232 = shufflevector <16 x float> %209, <16 x float> %212, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %233 = shufflevector <16 x float> %191, <16 x float> %194, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %234 = shufflevector <16 x float> %215, <16 x float> %218, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %235 = shufflevector <16 x float> %219, <16 x float> %220, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %236 = shufflevector <16 x float> %223, <16 x float> %224, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %237 = shufflevector <16 x float> %221, <16 x float> %222, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %238 = shufflevector <16 x float> %225, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %239 = shufflevector <16 x float> %219, <16 x float> %220, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %240 = shufflevector <16 x float> %223, <16 x float> %224, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %241 = shufflevector <16 x float> %221, <16 x float> %222, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %242 = shufflevector <16 x float> %225, <16 x float> %226, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %243 = shufflevector <16 x float> %227, <16 x float> %228, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %244 = shufflevector <16 x float> %231, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %245 = shufflevector <16 x float> %229, <16 x float> %230, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %246 = shufflevector <16 x float> %233, <16 x float> %234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %247 = shufflevector <16 x float> %227, <16 x float> %228, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %248 = shufflevector <16 x float> %231, <16 x float> %232, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %249 = shufflevector <16 x float> %229, <16 x float> %230, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %250 = shufflevector <16 x float> %233, <16 x float> %234, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %251 = shufflevector <16 x float> %235, <16 x float> %236, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %252 = shufflevector <16 x float> %237, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %253 = shufflevector <16 x float> %235, <16 x float> %236, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %254 = shufflevector <16 x float> %237, <16 x float> %238, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %255 = shufflevector <16 x float> %239, <16 x float> %240, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %256 = shufflevector <16 x float> %241, <16 x float> %242, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %257 = shufflevector <16 x float> %239, <16 x float> %240, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %258 = shufflevector <16 x float> %241, <16 x float> %242, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %259 = shufflevector <16 x float> %243, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %260 = shufflevector <16 x float> %245, <16 x float> %246, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %261 = shufflevector <16 x float> %243, <16 x float> %244, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %262 = shufflevector <16 x float> %245, <16 x float> %246, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %263 = shufflevector <16 x float> %247, <16 x float> %248, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %264 = shufflevector <16 x float> %249, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %265 = shufflevector <16 x float> %247, <16 x float> %248, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %266 = shufflevector <16 x float> %249, <16 x float> %250, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %267 = shufflevector <16 x float> %251, <16 x float> %252, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %268 = shl nuw nsw i64 %j2.addr.02709, 5
  %269 = or disjoint i64 %268, %i2.addr.02710
  %270 = or disjoint i64 %269, 1024
  %271 = getelementptr inbounds float, ptr %Bk, i64 %270
  store <16 x float> %267, ptr %271, align 4
  %272 = shufflevector <16 x float> %251, <16 x float> %252, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %273 = or disjoint i64 %269, 1056
  %274 = getelementptr inbounds float, ptr %Bk, i64 %273
  store <16 x float> %272, ptr %274, align 4
  %275 = shufflevector <16 x float> %253, <16 x float> %254, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %276 = or disjoint i64 %269, 1088
  %277 = getelementptr inbounds float, ptr %Bk, i64 %276
  store <16 x float> %275, ptr %277, align 4
  %278 = shufflevector <16 x float> %253, <16 x float> %254, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %279 = or disjoint i64 %269, 1120
  %280 = getelementptr inbounds float, ptr %Bk, i64 %279
  store <16 x float> %278, ptr %280, align 4
  %281 = shufflevector <16 x float> %255, <16 x float> %256, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %282 = or disjoint i64 %269, 1152
  %283 = getelementptr inbounds float, ptr %Bk, i64 %282
  store <16 x float> %281, ptr %283, align 4
  %284 = shufflevector <16 x float> %255, <16 x float> %256, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %285 = or disjoint i64 %269, 1184
  %286 = getelementptr inbounds float, ptr %Bk, i64 %285
  store <16 x float> %284, ptr %286, align 4
  %287 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %288 = or disjoint i64 %269, 1216
  %289 = getelementptr inbounds float, ptr %Bk, i64 %288
  store <16 x float> %287, ptr %289, align 4
  %290 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %291 = or disjoint i64 %269, 1248
  %292 = getelementptr inbounds float, ptr %Bk, i64 %291
  store <16 x float> %290, ptr %292, align 4
  %293 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %294 = or disjoint i64 %269, 1280
  %295 = getelementptr inbounds float, ptr %Bk, i64 %294
  store <16 x float> %293, ptr %295, align 4
  %296 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %297 = or disjoint i64 %269, 1312
  %298 = getelementptr inbounds float, ptr %Bk, i64 %297
  store <16 x float> %296, ptr %298, align 4
  %299 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %300 = or disjoint i64 %269, 1344
  %301 = getelementptr inbounds float, ptr %Bk, i64 %300
  store <16 x float> %299, ptr %301, align 4
  %302 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %303 = or disjoint i64 %269, 1376
  %304 = getelementptr inbounds float, ptr %Bk, i64 %303
  store <16 x float> %302, ptr %304, align 4
  %305 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %306 = or disjoint i64 %269, 1408
  %307 = getelementptr inbounds float, ptr %Bk, i64 %306
  store <16 x float> %305, ptr %307, align 4
  %308 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %309 = or disjoint i64 %269, 1440
  %310 = getelementptr inbounds float, ptr %Bk, i64 %309
  store <16 x float> %308, ptr %310, align 4
  %311 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %312 = or disjoint i64 %269, 1472
  %313 = getelementptr inbounds float, ptr %Bk, i64 %312
  store <16 x float> %311, ptr %313, align 4
  %314 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %315 = or disjoint i64 %269, 1504
  %316 = getelementptr inbounds float, ptr %Bk, i64 %315
  store <16 x float> %314, ptr %316, align 4
  br i1 %170, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %167, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %317 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02712 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %318 = shl nuw nsw i64 %i3.addr.02712, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %319 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02711 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %320 = or disjoint i64 %j3.addr.02711, %318
  %321 = or disjoint i64 %320, 32
  %322 = getelementptr inbounds float, ptr %work, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = or disjoint i64 %320, 544
  %325 = getelementptr inbounds float, ptr %work, i64 %324
  %326 = load <16 x float>, ptr %325, align 4
  %327 = or disjoint i64 %320, 96
  %328 = getelementptr inbounds float, ptr %work, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = or disjoint i64 %320, 608
  %331 = getelementptr inbounds float, ptr %work, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or disjoint i64 %320, 160
  %334 = getelementptr inbounds float, ptr %work, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or disjoint i64 %320, 672
  %337 = getelementptr inbounds float, ptr %work, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or disjoint i64 %320, 224
  %340 = getelementptr inbounds float, ptr %work, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = or disjoint i64 %320, 736
  %343 = getelementptr inbounds float, ptr %work, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = or disjoint i64 %320, 288
  %346 = getelementptr inbounds float, ptr %work, i64 %345
  %347 = load <16 x float>, ptr %346, align 4
  %348 = or disjoint i64 %320, 800
  %349 = getelementptr inbounds float, ptr %work, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = or disjoint i64 %320, 352
  %352 = getelementptr inbounds float, ptr %work, i64 %351
  %353 = load <16 x float>, ptr %352, align 4
  %354 = or disjoint i64 %320, 864
  %355 = getelementptr inbounds float, ptr %work, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = or disjoint i64 %320, 416
  %358 = getelementptr inbounds float, ptr %work, i64 %357
  %359 = load <16 x float>, ptr %358, align 4
  %360 = or disjoint i64 %320, 928
  %361 = getelementptr inbounds float, ptr %work, i64 %360
  %362 = load <16 x float>, ptr %361, align 4
  %363 = or disjoint i64 %320, 480
  %364 = getelementptr inbounds float, ptr %work, i64 %363
  %365 = load <16 x float>, ptr %364, align 4
  %366 = or disjoint i64 %320, 992
  %367 = getelementptr inbounds float, ptr %work, i64 %366
  %368 = load <16 x float>, ptr %367, align 4
  %369 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %370 = shufflevector <16 x float> %347, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %371 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %372 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %373 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %374 = shufflevector <16 x float> %359, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %375 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %376 = shufflevector <16 x float> %365, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %377 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %347, <16 x float> %350, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %379 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %380 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %381 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %382 = shufflevector <16 x float> %359, <16 x float> %362, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %383 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %384 = shufflevector <16 x float> %365, <16 x float> %368, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %385 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %386 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %387 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %388 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %389 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %390 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %391 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %392 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %393 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %394 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %395 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %397 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %398 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %399 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %400 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %401 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %402 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %403 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %404 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %405 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %406 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %407 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %408 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %409 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %410 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %411 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %412 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %413 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %414 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %415 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %416 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %417 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %418 = shl nuw nsw i64 %j3.addr.02711, 5
  %419 = or disjoint i64 %418, %i3.addr.02712
  %420 = getelementptr inbounds float, ptr %Bk, i64 %419
  store <16 x float> %417, ptr %420, align 4
  %421 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %422 = or disjoint i64 %419, 32
  %423 = getelementptr inbounds float, ptr %Bk, i64 %422
  store <16 x float> %421, ptr %423, align 4
  %424 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %425 = or disjoint i64 %419, 64
  %426 = getelementptr inbounds float, ptr %Bk, i64 %425
  store <16 x float> %424, ptr %426, align 4
  %427 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %428 = or disjoint i64 %419, 96
  %429 = getelementptr inbounds float, ptr %Bk, i64 %428
  store <16 x float> %427, ptr %429, align 4
  %430 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %431 = or disjoint i64 %419, 128
  %432 = getelementptr inbounds float, ptr %Bk, i64 %431
  store <16 x float> %430, ptr %432, align 4
  %433 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %434 = or disjoint i64 %419, 160
  %435 = getelementptr inbounds float, ptr %Bk, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %437 = or disjoint i64 %419, 192
  %438 = getelementptr inbounds float, ptr %Bk, i64 %437
  store <16 x float> %436, ptr %438, align 4
  %439 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %440 = or disjoint i64 %419, 224
  %441 = getelementptr inbounds float, ptr %Bk, i64 %440
  store <16 x float> %439, ptr %441, align 4
  %442 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %443 = or disjoint i64 %419, 256
  %444 = getelementptr inbounds float, ptr %Bk, i64 %443
  store <16 x float> %442, ptr %444, align 4
  %445 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %446 = or disjoint i64 %419, 288
  %447 = getelementptr inbounds float, ptr %Bk, i64 %446
  store <16 x float> %445, ptr %447, align 4
  %448 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %449 = or disjoint i64 %419, 320
  %450 = getelementptr inbounds float, ptr %Bk, i64 %449
  store <16 x float> %448, ptr %450, align 4
  %451 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %452 = or disjoint i64 %419, 352
  %453 = getelementptr inbounds float, ptr %Bk, i64 %452
  store <16 x float> %451, ptr %453, align 4
  %454 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %455 = or disjoint i64 %419, 384
  %456 = getelementptr inbounds float, ptr %Bk, i64 %455
  store <16 x float> %454, ptr %456, align 4
  %457 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %458 = or disjoint i64 %419, 416
  %459 = getelementptr inbounds float, ptr %Bk, i64 %458
  store <16 x float> %457, ptr %459, align 4
  %460 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %461 = or disjoint i64 %419, 448
  %462 = getelementptr inbounds float, ptr %Bk, i64 %461
  store <16 x float> %460, ptr %462, align 4
  %463 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %464 = or disjoint i64 %419, 480
  %465 = getelementptr inbounds float, ptr %Bk, i64 %464
  store <16 x float> %463, ptr %465, align 4
  br i1 %319, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %317, label %j3.head.preheader, label %vector.scevcheck

vector.scevcheck:                                 ; preds = %j3.exit
  br i1 %ident.check.not, label %vector.body3752, label %t.body

vector.body3752:                                  ; preds = %vector.scevcheck
  %broadcast.splatinsert3757 = insertelement <8 x i64> poison, i64 %133, i64 0
  %broadcast.splat3758 = shufflevector <8 x i64> %broadcast.splatinsert3757, <8 x i64> poison, <8 x i32> zeroinitializer
  %466 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %467 = getelementptr float, ptr %gh, i64 %t0
  %wide.masked.load = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %467, i32 4, <8 x i1> %466, <8 x float> poison)
  %468 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %469 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %468, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %470 = fmul <8 x float> %469, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %471 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %470)
  %472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %469)
  %473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %472)
  %474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> %473, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %476 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %473, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %476, <8 x float> %473, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> %473, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %479 = fmul <8 x float> %473, %473
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %479, <8 x float> %473)
  %481 = fadd <8 x float> %480, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %482 = fptosi <8 x float> %471 to <8 x i32>
  %483 = shl <8 x i32> %482, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %484 = add <8 x i32> %483, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %485 = bitcast <8 x i32> %484 to <8 x float>
  %486 = fmul <8 x float> %481, %485
  %predphi = select <8 x i1> %466, <8 x float> %486, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi, ptr %alpha, align 4
  %487 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %488 = getelementptr float, ptr %119, i64 %t0
  %wide.masked.load.1 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %488, i32 4, <8 x i1> %487, <8 x float> poison)
  %489 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.1, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %490 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %489, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %491 = fmul <8 x float> %490, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %492 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %491)
  %493 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %490)
  %494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %493)
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %496 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %494, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %494, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %494, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %498, <8 x float> %494, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %500 = fmul <8 x float> %494, %494
  %501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %499, <8 x float> %500, <8 x float> %494)
  %502 = fadd <8 x float> %501, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %503 = fptosi <8 x float> %492 to <8 x i32>
  %504 = shl <8 x i32> %503, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %505 = add <8 x i32> %504, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %506 = bitcast <8 x i32> %505 to <8 x float>
  %507 = fmul <8 x float> %502, %506
  %predphi.1 = select <8 x i1> %487, <8 x float> %507, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.1, ptr %53, align 4
  %508 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %509 = getelementptr float, ptr %120, i64 %t0
  %wide.masked.load.2 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %509, i32 4, <8 x i1> %508, <8 x float> poison)
  %510 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.2, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %511 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %510, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %512 = fmul <8 x float> %511, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %513 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %512)
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %511)
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %514)
  %516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %515, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %517 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %516, <8 x float> %515, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %515, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %519 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %518, <8 x float> %515, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %520 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> %515, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %521 = fmul <8 x float> %515, %515
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %521, <8 x float> %515)
  %523 = fadd <8 x float> %522, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %524 = fptosi <8 x float> %513 to <8 x i32>
  %525 = shl <8 x i32> %524, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %526 = add <8 x i32> %525, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %527 = bitcast <8 x i32> %526 to <8 x float>
  %528 = fmul <8 x float> %523, %527
  %predphi.2 = select <8 x i1> %508, <8 x float> %528, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.2, ptr %54, align 4
  %529 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %530 = getelementptr float, ptr %121, i64 %t0
  %wide.masked.load.3 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %530, i32 4, <8 x i1> %529, <8 x float> poison)
  %531 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.3, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %532 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %531, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %533 = fmul <8 x float> %532, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %534 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %533)
  %535 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %532)
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %535)
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %538 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %536, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %536, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %539, <8 x float> %536, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %536, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %542 = fmul <8 x float> %536, %536
  %543 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> %542, <8 x float> %536)
  %544 = fadd <8 x float> %543, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %545 = fptosi <8 x float> %534 to <8 x i32>
  %546 = shl <8 x i32> %545, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %547 = add <8 x i32> %546, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %548 = bitcast <8 x i32> %547 to <8 x float>
  %549 = fmul <8 x float> %544, %548
  %predphi.3 = select <8 x i1> %529, <8 x float> %549, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.3, ptr %55, align 4
  %550 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %551 = getelementptr float, ptr %122, i64 %t0
  %wide.masked.load.4 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %551, i32 4, <8 x i1> %550, <8 x float> poison)
  %552 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.4, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %553 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %552, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %554 = fmul <8 x float> %553, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %555 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %554)
  %556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %555, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %553)
  %557 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %555, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %556)
  %558 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %557, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %559 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %557, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %557, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %560, <8 x float> %557, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %562 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> %557, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %563 = fmul <8 x float> %557, %557
  %564 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %563, <8 x float> %557)
  %565 = fadd <8 x float> %564, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %566 = fptosi <8 x float> %555 to <8 x i32>
  %567 = shl <8 x i32> %566, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %568 = add <8 x i32> %567, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %569 = bitcast <8 x i32> %568 to <8 x float>
  %570 = fmul <8 x float> %565, %569
  %predphi.4 = select <8 x i1> %550, <8 x float> %570, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.4, ptr %56, align 4
  %571 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %572 = getelementptr float, ptr %123, i64 %t0
  %wide.masked.load.5 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %572, i32 4, <8 x i1> %571, <8 x float> poison)
  %573 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.5, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %574 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %573, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %575 = fmul <8 x float> %574, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %576 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %575)
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %574)
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %577)
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %578, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %580 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %578, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %580, <8 x float> %578, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %581, <8 x float> %578, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %582, <8 x float> %578, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %584 = fmul <8 x float> %578, %578
  %585 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %584, <8 x float> %578)
  %586 = fadd <8 x float> %585, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %587 = fptosi <8 x float> %576 to <8 x i32>
  %588 = shl <8 x i32> %587, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %589 = add <8 x i32> %588, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %590 = bitcast <8 x i32> %589 to <8 x float>
  %591 = fmul <8 x float> %586, %590
  %predphi.5 = select <8 x i1> %571, <8 x float> %591, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.5, ptr %57, align 4
  %592 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %593 = getelementptr float, ptr %124, i64 %t0
  %wide.masked.load.6 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %593, i32 4, <8 x i1> %592, <8 x float> poison)
  %594 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.6, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %595 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %594, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %596 = fmul <8 x float> %595, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %597 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %596)
  %598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %595)
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %598)
  %600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> %599, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %599, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> %599, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %599, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %605 = fmul <8 x float> %599, %599
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %605, <8 x float> %599)
  %607 = fadd <8 x float> %606, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %608 = fptosi <8 x float> %597 to <8 x i32>
  %609 = shl <8 x i32> %608, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %610 = add <8 x i32> %609, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %611 = bitcast <8 x i32> %610 to <8 x float>
  %612 = fmul <8 x float> %607, %611
  %predphi.6 = select <8 x i1> %592, <8 x float> %612, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.6, ptr %58, align 4
  %613 = icmp sgt <8 x i64> %broadcast.splat3758, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %614 = getelementptr float, ptr %125, i64 %t0
  %wide.masked.load.7 = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr %614, i32 4, <8 x i1> %613, <8 x float> poison)
  %615 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.masked.load.7, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %616 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %615, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %617 = fmul <8 x float> %616, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %618 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %617)
  %619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %616)
  %620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %619)
  %621 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> %620, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %622, <8 x float> %620, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %620, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %620, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %626 = fmul <8 x float> %620, %620
  %627 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %625, <8 x float> %626, <8 x float> %620)
  %628 = fadd <8 x float> %627, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %629 = fptosi <8 x float> %618 to <8 x i32>
  %630 = shl <8 x i32> %629, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %631 = add <8 x i32> %630, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %632 = bitcast <8 x i32> %631 to <8 x float>
  %633 = fmul <8 x float> %628, %632
  %predphi.7 = select <8 x i1> %613, <8 x float> %633, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %predphi.7, ptr %59, align 4
  br label %t1.body.preheader

t.body:                                           ; preds = %vector.scevcheck, %endif.1
  %t.addr.02713 = phi i64 [ %t.next.1, %endif.1 ], [ 0, %vector.scevcheck ]
  %634 = icmp sgt i64 %133, %t.addr.02713
  br i1 %634, label %then, label %endif

then:                                             ; preds = %t.body
  %635 = add nuw nsw i64 %t.addr.02713, %t0
  %636 = mul nsw i64 %635, %H
  %637 = getelementptr inbounds float, ptr %gh, i64 %636
  %638 = load float, ptr %637, align 4
  %639 = tail call float @llvm.maxnum.f32(float %638, float 0xC055D51EC0000000)
  %640 = tail call float @llvm.minnum.f32(float %639, float 8.800000e+01)
  %641 = fmul float %640, 0x3FF7154760000000
  %642 = tail call float @llvm.rint.f32(float %641)
  %643 = tail call float @llvm.fma.f32(float %642, float 0xBFE6300000000000, float %640)
  %644 = tail call float @llvm.fma.f32(float %642, float 0x3F2BD01060000000, float %643)
  %645 = tail call float @llvm.fma.f32(float %644, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %646 = tail call float @llvm.fma.f32(float %645, float %644, float 0x3F81112100000000)
  %647 = tail call float @llvm.fma.f32(float %646, float %644, float 0x3FA5553820000000)
  %648 = tail call float @llvm.fma.f32(float %647, float %644, float 0x3FC5555540000000)
  %649 = tail call float @llvm.fma.f32(float %648, float %644, float 5.000000e-01)
  %650 = fmul float %644, %644
  %651 = tail call float @llvm.fma.f32(float %649, float %650, float %644)
  %652 = fadd float %651, 1.000000e+00
  %653 = fptosi float %642 to i32
  %654 = shl i32 %653, 23
  %655 = add i32 %654, 1065353216
  %656 = bitcast i32 %655 to float
  %657 = fmul float %652, %656
  br label %endif

endif:                                            ; preds = %t.body, %then
  %.sink = phi float [ %657, %then ], [ 1.000000e+00, %t.body ]
  %658 = getelementptr inbounds float, ptr %alpha, i64 %t.addr.02713
  store float %.sink, ptr %658, align 4
  %t.next = or disjoint i64 %t.addr.02713, 1
  %659 = icmp sgt i64 %133, %t.next
  br i1 %659, label %then.1, label %endif.1

then.1:                                           ; preds = %endif
  %660 = add nuw nsw i64 %t.next, %t0
  %661 = mul nsw i64 %660, %H
  %662 = getelementptr inbounds float, ptr %gh, i64 %661
  %663 = load float, ptr %662, align 4
  %664 = tail call float @llvm.maxnum.f32(float %663, float 0xC055D51EC0000000)
  %665 = tail call float @llvm.minnum.f32(float %664, float 8.800000e+01)
  %666 = fmul float %665, 0x3FF7154760000000
  %667 = tail call float @llvm.rint.f32(float %666)
  %668 = tail call float @llvm.fma.f32(float %667, float 0xBFE6300000000000, float %665)
  %669 = tail call float @llvm.fma.f32(float %667, float 0x3F2BD01060000000, float %668)
  %670 = tail call float @llvm.fma.f32(float %669, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %671 = tail call float @llvm.fma.f32(float %670, float %669, float 0x3F81112100000000)
  %672 = tail call float @llvm.fma.f32(float %671, float %669, float 0x3FA5553820000000)
  %673 = tail call float @llvm.fma.f32(float %672, float %669, float 0x3FC5555540000000)
  %674 = tail call float @llvm.fma.f32(float %673, float %669, float 5.000000e-01)
  %675 = fmul float %669, %669
  %676 = tail call float @llvm.fma.f32(float %674, float %675, float %669)
  %677 = fadd float %676, 1.000000e+00
  %678 = fptosi float %667 to i32
  %679 = shl i32 %678, 23
  %680 = add i32 %679, 1065353216
  %681 = bitcast i32 %680 to float
  %682 = fmul float %677, %681
  br label %endif.1

endif.1:                                          ; preds = %then.1, %endif
  %.sink.1 = phi float [ %682, %then.1 ], [ 1.000000e+00, %endif ]
  %683 = getelementptr inbounds float, ptr %alpha, i64 %t.next
  store float %.sink.1, ptr %683, align 4
  %t.next.1 = add nuw nsw i64 %t.addr.02713, 2
  %exitcond3237.not.1 = icmp eq i64 %t.next.1, 64
  br i1 %exitcond3237.not.1, label %t1.body.preheader, label %t.body, !llvm.loop !0

t1.body.preheader:                                ; preds = %endif.1, %vector.body3752
  br label %t1.body

t1.body:                                          ; preds = %t1.body, %t1.body.preheader
  %gam1.02715 = phi float [ 1.000000e+00, %t1.body.preheader ], [ %742, %t1.body ]
  %t1.addr.02714 = phi i64 [ 0, %t1.body.preheader ], [ %t1.next.7, %t1.body ]
  %684 = getelementptr inbounds float, ptr %alpha, i64 %t1.addr.02714
  %685 = load float, ptr %684, align 4
  %686 = fmul float %gam1.02715, %685
  %687 = getelementptr inbounds float, ptr %gam, i64 %t1.addr.02714
  store float %686, ptr %687, align 4
  %688 = shl nuw nsw i64 %t1.addr.02714, 1
  %689 = getelementptr inbounds float, ptr %cRow, i64 %688
  store float %686, ptr %689, align 4
  %690 = or disjoint i64 %688, 1
  %691 = getelementptr inbounds float, ptr %cRow, i64 %690
  store float %686, ptr %691, align 4
  %t1.next = or disjoint i64 %t1.addr.02714, 1
  %692 = getelementptr inbounds float, ptr %alpha, i64 %t1.next
  %693 = load float, ptr %692, align 4
  %694 = fmul float %686, %693
  %695 = getelementptr inbounds float, ptr %gam, i64 %t1.next
  store float %694, ptr %695, align 4
  %696 = shl nuw nsw i64 %t1.next, 1
  %697 = getelementptr inbounds float, ptr %cRow, i64 %696
  store float %694, ptr %697, align 4
  %698 = or disjoint i64 %696, 1
  %699 = getelementptr inbounds float, ptr %cRow, i64 %698
  store float %694, ptr %699, align 4
  %t1.next.1 = or disjoint i64 %t1.addr.02714, 2
  %700 = getelementptr inbounds float, ptr %alpha, i64 %t1.next.1
  %701 = load float, ptr %700, align 4
  %702 = fmul float %694, %701
  %703 = getelementptr inbounds float, ptr %gam, i64 %t1.next.1
  store float %702, ptr %703, align 4
  %704 = shl nuw nsw i64 %t1.next.1, 1
  %705 = getelementptr inbounds float, ptr %cRow, i64 %704
  store float %702, ptr %705, align 4
  %706 = or disjoint i64 %704, 1
  %707 = getelementptr inbounds float, ptr %cRow, i64 %706
  store float %702, ptr %707, align 4
  %t1.next.2 = or disjoint i64 %t1.addr.02714, 3
  %708 = getelementptr inbounds float, ptr %alpha, i64 %t1.next.2
  %709 = load float, ptr %708, align 4
  %710 = fmul float %702, %709
  %711 = getelementptr inbounds float, ptr %gam, i64 %t1.next.2
  store float %710, ptr %711, align 4
  %712 = shl nuw nsw i64 %t1.next.2, 1
  %713 = getelementptr inbounds float, ptr %cRow, i64 %712
  store float %710, ptr %713, align 4
  %714 = or disjoint i64 %712, 1
  %715 = getelementptr inbounds float, ptr %cRow, i64 %714
  store float %710, ptr %715, align 4
  %t1.next.3 = or disjoint i64 %t1.addr.02714, 4
  %716 = getelementptr inbounds float, ptr %alpha, i64 %t1.next.3
  %717 = load float, ptr %716, align 4
  %718 = fmul float %710, %717
  %719 = getelementptr inbounds float, ptr %gam, i64 %t1.next.3
  store float %718, ptr %719, align 4
  %720 = shl nuw nsw i64 %t1.next.3, 1
  %721 = getelementptr inbounds float, ptr %cRow, i64 %720
  store float %718, ptr %721, align 4
  %722 = or disjoint i64 %720, 1
  %723 = getelementptr inbounds float, ptr %cRow, i64 %722
  store float %718, ptr %723, align 4
  %t1.next.4 = or disjoint i64 %t1.addr.02714, 5
  %724 = getelementptr inbounds float, ptr %alpha, i64 %t1.next.4
  %725 = load float, ptr %724, align 4
  %726 = fmul float %718, %725
  %727 = getelementptr inbounds float, ptr %gam, i64 %t1.next.4
  store float %726, ptr %727, align 4
  %728 = shl nuw nsw i64 %t1.next.4, 1
  %729 = getelementptr inbounds float, ptr %cRow, i64 %728
  store float %726, ptr %729, align 4
  %730 = or disjoint i64 %728, 1
  %731 = getelementptr inbounds float, ptr %cRow, i64 %730
  store float %726, ptr %731, align 4
  %t1.next.5 = or disjoint i64 %t1.addr.02714, 6
  %732 = getelementptr inbounds float, ptr %alpha, i64 %t1.next.5
  %733 = load float, ptr %732, align 4
  %734 = fmul float %726, %733
  %735 = getelementptr inbounds float, ptr %gam, i64 %t1.next.5
  store float %734, ptr %735, align 4
  %736 = shl nuw nsw i64 %t1.next.5, 1
  %737 = getelementptr inbounds float, ptr %cRow, i64 %736
  store float %734, ptr %737, align 4
  %738 = or disjoint i64 %736, 1
  %739 = getelementptr inbounds float, ptr %cRow, i64 %738
  store float %734, ptr %739, align 4
  %t1.next.6 = or disjoint i64 %t1.addr.02714, 7
  %740 = getelementptr inbounds float, ptr %alpha, i64 %t1.next.6
  %741 = load float, ptr %740, align 4
  %742 = fmul float %734, %741
  %743 = getelementptr inbounds float, ptr %gam, i64 %t1.next.6
  store float %742, ptr %743, align 4
  %744 = shl nuw nsw i64 %t1.next.6, 1
  %745 = getelementptr inbounds float, ptr %cRow, i64 %744
  store float %742, ptr %745, align 4
  %746 = or disjoint i64 %744, 1
  %747 = getelementptr inbounds float, ptr %cRow, i64 %746
  store float %742, ptr %747, align 4
  %t1.next.7 = add nuw nsw i64 %t1.addr.02714, 8
  %exitcond3238.not.7 = icmp eq i64 %t1.next.7, 64
  br i1 %exitcond3238.not.7, label %s.body.peel.next, label %t1.body

s.body.peel.next:                                 ; preds = %t1.body
  store float 1.000000e+00, ptr %Dt, align 4
  store <8 x float> zeroinitializer, ptr %60, align 4
  store <8 x float> zeroinitializer, ptr %61, align 4
  store <8 x float> zeroinitializer, ptr %62, align 4
  store <8 x float> zeroinitializer, ptr %63, align 4
  store <8 x float> zeroinitializer, ptr %64, align 4
  store <8 x float> zeroinitializer, ptr %65, align 4
  store float 0.000000e+00, ptr %66, align 4
  store float 0.000000e+00, ptr %67, align 4
  store float 0.000000e+00, ptr %68, align 4
  store float 0.000000e+00, ptr %69, align 4
  store float 0.000000e+00, ptr %70, align 4
  store float 0.000000e+00, ptr %71, align 4
  store float 0.000000e+00, ptr %72, align 4
  store float 0.000000e+00, ptr %73, align 4
  store float 0.000000e+00, ptr %74, align 4
  store float 0.000000e+00, ptr %75, align 4
  store float 0.000000e+00, ptr %76, align 4
  store float 0.000000e+00, ptr %77, align 4
  store float 0.000000e+00, ptr %78, align 4
  store float 0.000000e+00, ptr %79, align 4
  store float 0.000000e+00, ptr %80, align 4
  br label %t2.body

t2.body:                                          ; preds = %s.body.peel.next, %t2.body
  %t2.addr.02718 = phi i64 [ %t2.next, %t2.body ], [ 1, %s.body.peel.next ]
  %broadcast.splatinsert3738 = insertelement <8 x i64> poison, i64 %t2.addr.02718, i64 0
  %broadcast.splat3739 = shufflevector <8 x i64> %broadcast.splatinsert3738, <8 x i64> poison, <8 x i32> zeroinitializer
  %748 = getelementptr inbounds float, ptr %alpha, i64 %t2.addr.02718
  %749 = load float, ptr %748, align 4
  %broadcast.splatinsert = insertelement <8 x float> poison, float %749, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %750 = shl nuw nsw i64 %t2.addr.02718, 6
  %gep3484 = getelementptr float, ptr %invariant.gep3483, i64 %750
  %751 = getelementptr i8, ptr %gep3484, i64 32
  %wide.load3736 = load <8 x float>, ptr %gep3484, align 4
  %wide.load3737 = load <8 x float>, ptr %751, align 4
  %752 = fmul <8 x float> %broadcast.splat, %wide.load3736
  %753 = fmul <8 x float> %broadcast.splat, %wide.load3737
  %754 = icmp eq <8 x i64> %broadcast.splat3739, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %755 = icmp eq <8 x i64> %broadcast.splat3739, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %756 = select <8 x i1> %754, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %757 = select <8 x i1> %755, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %758 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %759 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %760 = select <8 x i1> %758, <8 x float> %752, <8 x float> %756
  %761 = select <8 x i1> %759, <8 x float> %753, <8 x float> %757
  %762 = getelementptr inbounds float, ptr %Dt, i64 %750
  %763 = getelementptr inbounds i8, ptr %762, i64 32
  store <8 x float> %760, ptr %762, align 4
  store <8 x float> %761, ptr %763, align 4
  %764 = getelementptr i8, ptr %gep3484, i64 64
  %765 = getelementptr i8, ptr %gep3484, i64 96
  %wide.load3736.1 = load <8 x float>, ptr %764, align 4
  %wide.load3737.1 = load <8 x float>, ptr %765, align 4
  %766 = fmul <8 x float> %broadcast.splat, %wide.load3736.1
  %767 = fmul <8 x float> %broadcast.splat, %wide.load3737.1
  %768 = icmp eq <8 x i64> %broadcast.splat3739, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %769 = icmp eq <8 x i64> %broadcast.splat3739, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %770 = select <8 x i1> %768, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %771 = select <8 x i1> %769, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %772 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %773 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %774 = select <8 x i1> %772, <8 x float> %766, <8 x float> %770
  %775 = select <8 x i1> %773, <8 x float> %767, <8 x float> %771
  %776 = or disjoint i64 %750, 16
  %777 = getelementptr inbounds float, ptr %Dt, i64 %776
  %778 = getelementptr inbounds i8, ptr %777, i64 32
  store <8 x float> %774, ptr %777, align 4
  store <8 x float> %775, ptr %778, align 4
  %779 = getelementptr i8, ptr %gep3484, i64 128
  %780 = getelementptr i8, ptr %gep3484, i64 160
  %wide.load3736.2 = load <8 x float>, ptr %779, align 4
  %wide.load3737.2 = load <8 x float>, ptr %780, align 4
  %781 = fmul <8 x float> %broadcast.splat, %wide.load3736.2
  %782 = fmul <8 x float> %broadcast.splat, %wide.load3737.2
  %783 = icmp eq <8 x i64> %broadcast.splat3739, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %784 = icmp eq <8 x i64> %broadcast.splat3739, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %785 = select <8 x i1> %783, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %786 = select <8 x i1> %784, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %787 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %788 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %789 = select <8 x i1> %787, <8 x float> %781, <8 x float> %785
  %790 = select <8 x i1> %788, <8 x float> %782, <8 x float> %786
  %791 = or disjoint i64 %750, 32
  %792 = getelementptr inbounds float, ptr %Dt, i64 %791
  %793 = getelementptr inbounds i8, ptr %792, i64 32
  store <8 x float> %789, ptr %792, align 4
  store <8 x float> %790, ptr %793, align 4
  %794 = getelementptr i8, ptr %gep3484, i64 192
  %795 = getelementptr i8, ptr %gep3484, i64 224
  %wide.load3736.3 = load <8 x float>, ptr %794, align 4
  %wide.load3737.3 = load <8 x float>, ptr %795, align 4
  %796 = fmul <8 x float> %broadcast.splat, %wide.load3736.3
  %797 = fmul <8 x float> %broadcast.splat, %wide.load3737.3
  %798 = icmp eq <8 x i64> %broadcast.splat3739, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %799 = icmp eq <8 x i64> %broadcast.splat3739, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %800 = select <8 x i1> %798, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %801 = select <8 x i1> %799, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %802 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %803 = icmp ugt <8 x i64> %broadcast.splat3739, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %804 = select <8 x i1> %802, <8 x float> %796, <8 x float> %800
  %805 = select <8 x i1> %803, <8 x float> %797, <8 x float> %801
  %806 = or disjoint i64 %750, 48
  %807 = getelementptr inbounds float, ptr %Dt, i64 %806
  %808 = getelementptr inbounds i8, ptr %807, i64 32
  store <8 x float> %804, ptr %807, align 4
  store <8 x float> %805, ptr %808, align 4
  %t2.next = add nuw nsw i64 %t2.addr.02718, 1
  %exitcond3242.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3242.not, label %j4.head.preheader, label %t2.body

j4.head.preheader:                                ; preds = %t2.body, %j4.exit
  %i4.addr.02720 = phi i64 [ %i4.next, %j4.exit ], [ 0, %t2.body ]
  %809 = shl nuw nsw i64 %i4.addr.02720, 6
  br label %j4.body

j4.body:                                          ; preds = %j4.head.preheader, %j4.body
  %j4.addr.02719 = phi i64 [ 0, %j4.head.preheader ], [ %j4.next, %j4.body ]
  %810 = add nuw nsw i64 %j4.addr.02719, %809
  %811 = getelementptr inbounds float, ptr %Dt, i64 %810
  %812 = load <16 x float>, ptr %811, align 4
  %813 = or disjoint i64 %810, 512
  %814 = getelementptr inbounds float, ptr %Dt, i64 %813
  %815 = load <16 x float>, ptr %814, align 4
  %816 = or disjoint i64 %810, 64
  %817 = getelementptr inbounds float, ptr %Dt, i64 %816
  %818 = load <16 x float>, ptr %817, align 4
  %819 = or disjoint i64 %810, 576
  %820 = getelementptr inbounds float, ptr %Dt, i64 %819
  %821 = load <16 x float>, ptr %820, align 4
  %822 = or disjoint i64 %810, 128
  %823 = getelementptr inbounds float, ptr %Dt, i64 %822
  %824 = load <16 x float>, ptr %823, align 4
  %825 = or disjoint i64 %810, 640
  %826 = getelementptr inbounds float, ptr %Dt, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = or disjoint i64 %810, 192
  %829 = getelementptr inbounds float, ptr %Dt, i64 %828
  %830 = load <16 x float>, ptr %829, align 4
  %831 = or disjoint i64 %810, 704
  %832 = getelementptr inbounds float, ptr %Dt, i64 %831
  %833 = load <16 x float>, ptr %832, align 4
  %834 = or disjoint i64 %810, 256
  %835 = getelementptr inbounds float, ptr %Dt, i64 %834
  %836 = load <16 x float>, ptr %835, align 4
  %837 = or disjoint i64 %810, 768
  %838 = getelementptr inbounds float, ptr %Dt, i64 %837
  %839 = load <16 x float>, ptr %838, align 4
  %840 = or disjoint i64 %810, 320
  %841 = getelementptr inbounds float, ptr %Dt, i64 %840
  %842 = load <16 x float>, ptr %841, align 4
  %843 = or disjoint i64 %810, 832
  %844 = getelementptr inbounds float, ptr %Dt, i64 %843
  %845 = load <16 x float>, ptr %844, align 4
  %846 = or disjoint i64 %810, 384
  %847 = getelementptr inbounds float, ptr %Dt, i64 %846
  %848 = load <16 x float>, ptr %847, align 4
  %849 = or disjoint i64 %810, 896
  %850 = getelementptr inbounds float, ptr %Dt, i64 %849
  %851 = load <16 x float>, ptr %850, align 4
  %852 = or disjoint i64 %810, 448
  %853 = getelementptr inbounds float, ptr %Dt, i64 %852
  %854 = load <16 x float>, ptr %853, align 4
  %855 = or disjoint i64 %810, 960
  %856 = getelementptr inbounds float, ptr %Dt, i64 %855
  %857 = load <16 x float>, ptr %856, align 4
  %858 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %859 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %860 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %861 = shufflevector <16 x float> %842, <16 x float> %845, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %862 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %863 = shufflevector <16 x float> %848, <16 x float> %851, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %864 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %865 = shufflevector <16 x float> %854, <16 x float> %857, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %866 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %867 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %868 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %869 = shufflevector <16 x float> %842, <16 x float> %845, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %870 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %871 = shufflevector <16 x float> %848, <16 x float> %851, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %872 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %873 = shufflevector <16 x float> %854, <16 x float> %857, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
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
  %907 = shl nuw nsw i64 %j4.addr.02719, 6
  %908 = add nuw nsw i64 %907, %i4.addr.02720
  %909 = getelementptr inbounds float, ptr %M, i64 %908
  store <16 x float> %906, ptr %909, align 4
  %910 = shufflevector <16 x float> %890, <16 x float> %891, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %911 = or disjoint i64 %908, 64
  %912 = getelementptr inbounds float, ptr %M, i64 %911
  store <16 x float> %910, ptr %912, align 4
  %913 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %914 = or disjoint i64 %908, 128
  %915 = getelementptr inbounds float, ptr %M, i64 %914
  store <16 x float> %913, ptr %915, align 4
  %916 = shufflevector <16 x float> %892, <16 x float> %893, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %917 = or disjoint i64 %908, 192
  %918 = getelementptr inbounds float, ptr %M, i64 %917
  store <16 x float> %916, ptr %918, align 4
  %919 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %920 = or disjoint i64 %908, 256
  %921 = getelementptr inbounds float, ptr %M, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = shufflevector <16 x float> %894, <16 x float> %895, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %923 = or disjoint i64 %908, 320
  %924 = getelementptr inbounds float, ptr %M, i64 %923
  store <16 x float> %922, ptr %924, align 4
  %925 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %926 = or disjoint i64 %908, 384
  %927 = getelementptr inbounds float, ptr %M, i64 %926
  store <16 x float> %925, ptr %927, align 4
  %928 = shufflevector <16 x float> %896, <16 x float> %897, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %929 = or disjoint i64 %908, 448
  %930 = getelementptr inbounds float, ptr %M, i64 %929
  store <16 x float> %928, ptr %930, align 4
  %931 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %932 = or disjoint i64 %908, 512
  %933 = getelementptr inbounds float, ptr %M, i64 %932
  store <16 x float> %931, ptr %933, align 4
  %934 = shufflevector <16 x float> %898, <16 x float> %899, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %935 = or disjoint i64 %908, 576
  %936 = getelementptr inbounds float, ptr %M, i64 %935
  store <16 x float> %934, ptr %936, align 4
  %937 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %938 = or disjoint i64 %908, 640
  %939 = getelementptr inbounds float, ptr %M, i64 %938
  store <16 x float> %937, ptr %939, align 4
  %940 = shufflevector <16 x float> %900, <16 x float> %901, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %941 = or disjoint i64 %908, 704
  %942 = getelementptr inbounds float, ptr %M, i64 %941
  store <16 x float> %940, ptr %942, align 4
  %943 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %944 = or disjoint i64 %908, 768
  %945 = getelementptr inbounds float, ptr %M, i64 %944
  store <16 x float> %943, ptr %945, align 4
  %946 = shufflevector <16 x float> %902, <16 x float> %903, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %947 = or disjoint i64 %908, 832
  %948 = getelementptr inbounds float, ptr %M, i64 %947
  store <16 x float> %946, ptr %948, align 4
  %949 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %950 = or disjoint i64 %908, 896
  %951 = getelementptr inbounds float, ptr %M, i64 %950
  store <16 x float> %949, ptr %951, align 4
  %952 = shufflevector <16 x float> %904, <16 x float> %905, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %953 = or disjoint i64 %908, 960
  %954 = getelementptr inbounds float, ptr %M, i64 %953
  store <16 x float> %952, ptr %954, align 4
  %j4.next = add nuw nsw i64 %j4.addr.02719, 16
  %955 = icmp ult i64 %j4.addr.02719, 48
  br i1 %955, label %j4.body, label %j4.exit

j4.exit:                                          ; preds = %j4.body
  %i4.next = add nuw nsw i64 %i4.addr.02720, 16
  %956 = icmp ult i64 %i4.addr.02720, 48
  br i1 %956, label %j4.head.preheader, label %s2.head.preheader

s2.head.preheader:                                ; preds = %j4.exit, %s2.exit
  %t3.addr.02722 = phi i64 [ %t3.next, %s2.exit ], [ 0, %j4.exit ]
  %957 = shl nuw nsw i64 %t3.addr.02722, 7
  %.idx3007 = shl nsw i64 %t3.addr.02722, 8
  %invariant.gep3485 = getelementptr inbounds i8, ptr %Dt, i64 %.idx3007
  br label %s2.body

s2.body:                                          ; preds = %s2.body, %s2.head.preheader
  %s2.addr.02721 = phi i64 [ 0, %s2.head.preheader ], [ %s2.next.7, %s2.body ]
  %gep3486 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.addr.02721
  %958 = load float, ptr %gep3486, align 4
  %959 = shl nuw nsw i64 %s2.addr.02721, 1
  %960 = or i64 %959, %957
  %961 = getelementptr inbounds float, ptr %En, i64 %960
  store float %958, ptr %961, align 4
  %962 = or disjoint i64 %960, 1
  %963 = getelementptr inbounds float, ptr %En, i64 %962
  store float %958, ptr %963, align 4
  %s2.next = or disjoint i64 %s2.addr.02721, 1
  %gep3486.1 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.next
  %964 = load float, ptr %gep3486.1, align 4
  %965 = shl nuw nsw i64 %s2.next, 1
  %966 = or i64 %965, %957
  %967 = getelementptr inbounds float, ptr %En, i64 %966
  store float %964, ptr %967, align 4
  %968 = or disjoint i64 %966, 1
  %969 = getelementptr inbounds float, ptr %En, i64 %968
  store float %964, ptr %969, align 4
  %s2.next.1 = or disjoint i64 %s2.addr.02721, 2
  %gep3486.2 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.next.1
  %970 = load float, ptr %gep3486.2, align 4
  %971 = shl nuw nsw i64 %s2.next.1, 1
  %972 = or i64 %971, %957
  %973 = getelementptr inbounds float, ptr %En, i64 %972
  store float %970, ptr %973, align 4
  %974 = or disjoint i64 %972, 1
  %975 = getelementptr inbounds float, ptr %En, i64 %974
  store float %970, ptr %975, align 4
  %s2.next.2 = or disjoint i64 %s2.addr.02721, 3
  %gep3486.3 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.next.2
  %976 = load float, ptr %gep3486.3, align 4
  %977 = shl nuw nsw i64 %s2.next.2, 1
  %978 = or i64 %977, %957
  %979 = getelementptr inbounds float, ptr %En, i64 %978
  store float %976, ptr %979, align 4
  %980 = or disjoint i64 %978, 1
  %981 = getelementptr inbounds float, ptr %En, i64 %980
  store float %976, ptr %981, align 4
  %s2.next.3 = or disjoint i64 %s2.addr.02721, 4
  %gep3486.4 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.next.3
  %982 = load float, ptr %gep3486.4, align 4
  %983 = shl nuw nsw i64 %s2.next.3, 1
  %984 = or i64 %983, %957
  %985 = getelementptr inbounds float, ptr %En, i64 %984
  store float %982, ptr %985, align 4
  %986 = or disjoint i64 %984, 1
  %987 = getelementptr inbounds float, ptr %En, i64 %986
  store float %982, ptr %987, align 4
  %s2.next.4 = or disjoint i64 %s2.addr.02721, 5
  %gep3486.5 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.next.4
  %988 = load float, ptr %gep3486.5, align 4
  %989 = shl nuw nsw i64 %s2.next.4, 1
  %990 = or i64 %989, %957
  %991 = getelementptr inbounds float, ptr %En, i64 %990
  store float %988, ptr %991, align 4
  %992 = or disjoint i64 %990, 1
  %993 = getelementptr inbounds float, ptr %En, i64 %992
  store float %988, ptr %993, align 4
  %s2.next.5 = or disjoint i64 %s2.addr.02721, 6
  %gep3486.6 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.next.5
  %994 = load float, ptr %gep3486.6, align 4
  %995 = shl nuw nsw i64 %s2.next.5, 1
  %996 = or i64 %995, %957
  %997 = getelementptr inbounds float, ptr %En, i64 %996
  store float %994, ptr %997, align 4
  %998 = or disjoint i64 %996, 1
  %999 = getelementptr inbounds float, ptr %En, i64 %998
  store float %994, ptr %999, align 4
  %s2.next.6 = or disjoint i64 %s2.addr.02721, 7
  %gep3486.7 = getelementptr inbounds float, ptr %invariant.gep3485, i64 %s2.next.6
  %1000 = load float, ptr %gep3486.7, align 4
  %1001 = shl nuw nsw i64 %s2.next.6, 1
  %1002 = or i64 %1001, %957
  %1003 = getelementptr inbounds float, ptr %En, i64 %1002
  store float %1000, ptr %1003, align 4
  %1004 = or disjoint i64 %1002, 1
  %1005 = getelementptr inbounds float, ptr %En, i64 %1004
  store float %1000, ptr %1005, align 4
  %s2.next.7 = add nuw nsw i64 %s2.addr.02721, 8
  %exitcond3243.not.7 = icmp eq i64 %s2.next.7, 64
  br i1 %exitcond3243.not.7, label %s2.exit, label %s2.body

s2.exit:                                          ; preds = %s2.body
  %t3.next = add nuw nsw i64 %t3.addr.02722, 1
  %exitcond3244.not = icmp eq i64 %t3.next, 64
  br i1 %exitcond3244.not, label %t4.body.preheader, label %s2.head.preheader

t4.body.preheader:                                ; preds = %s2.exit
  %1006 = getelementptr i8, ptr %115, i64 %129
  %1007 = getelementptr i8, ptr %v, i64 %128
  %1008 = getelementptr i8, ptr %v, i64 %127
  br label %t4.body

t4.body:                                          ; preds = %t4.body.preheader, %endif414
  %t4.addr.02738 = phi i64 [ %t4.next, %endif414 ], [ 0, %t4.body.preheader ]
  %1009 = shl nuw nsw i64 %t4.addr.02738, 8
  %gep3488 = getelementptr i8, ptr %invariant.gep3487, i64 %1009
  %gep3490 = getelementptr i8, ptr %invariant.gep3489, i64 %1009
  %1010 = shl nuw nsw i64 %t4.addr.02738, 7
  %gep3492 = getelementptr i8, ptr %invariant.gep3491, i64 %1010
  %1011 = icmp sgt i64 %133, %t4.addr.02738
  br i1 %1011, label %then412, label %j8.head.preheader

j8.head.preheader:                                ; preds = %t4.body
  %gep3494 = getelementptr i8, ptr %invariant.gep3493, i64 %1010
  %gep3496 = getelementptr i8, ptr %invariant.gep3495, i64 %1010
  %gep3498 = getelementptr i8, ptr %invariant.gep3497, i64 %1009
  %gep3500 = getelementptr i8, ptr %invariant.gep3499, i64 %1009
  %gep3502 = getelementptr i8, ptr %invariant.gep3501, i64 %1009
  %gep3504 = getelementptr i8, ptr %invariant.gep3503, i64 %1009
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3494, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3496, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3492, i8 0, i64 128, i1 false)
  %i13 = shl nuw nsw i64 %t4.addr.02738, 1
  %1012 = getelementptr inbounds float, ptr %bet, i64 %i13
  store float 0.000000e+00, ptr %1012, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3498, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3500, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3490, i8 0, i64 128, i1 false)
  %i17 = or disjoint i64 %i13, 1
  %1013 = getelementptr inbounds float, ptr %bet, i64 %i17
  store float 0.000000e+00, ptr %1013, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3502, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3504, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3488, i8 0, i64 128, i1 false)
  br label %endif414

then412:                                          ; preds = %t4.body
  %1014 = mul i64 %15, %t4.addr.02738
  %scevgep3255 = getelementptr i8, ptr %1006, i64 %1014
  %1015 = mul i64 %20, %t4.addr.02738
  %scevgep3257 = getelementptr i8, ptr %1007, i64 %1015
  %scevgep3259 = getelementptr i8, ptr %1008, i64 %1015
  %1016 = getelementptr inbounds float, ptr %gam, i64 %t4.addr.02738
  %1017 = load float, ptr %1016, align 4
  %1018 = add nuw nsw i64 %t4.addr.02738, %t0
  %1019 = mul nsw i64 %1018, %sq
  %1020 = shl nuw nsw i64 %t4.addr.02738, 5
  %1021 = insertelement <16 x float> poison, float %1017, i64 0
  %1022 = shufflevector <16 x float> %1021, <16 x float> poison, <16 x i32> zeroinitializer
  %1023 = getelementptr float, ptr %qh, i64 %1019
  %1024 = load <16 x float>, ptr %1023, align 4
  %1025 = fmul <16 x float> %1024, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %1026 = or disjoint i64 %1020, 2048
  %1027 = getelementptr inbounds float, ptr %Bk, i64 %1026
  store <16 x float> %1025, ptr %1027, align 4
  %1028 = fmul <16 x float> %1022, %1025
  %1029 = getelementptr inbounds float, ptr %QK, i64 %1020
  store <16 x float> %1028, ptr %1029, align 4
  %1030 = getelementptr float, ptr %116, i64 %1019
  %1031 = load <16 x float>, ptr %1030, align 4
  %1032 = fmul <16 x float> %1031, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %1033 = or disjoint i64 %1020, 16
  %1034 = or i64 %1020, 2064
  %1035 = getelementptr inbounds float, ptr %Bk, i64 %1034
  store <16 x float> %1032, ptr %1035, align 4
  %1036 = fmul <16 x float> %1022, %1032
  %1037 = getelementptr inbounds float, ptr %QK, i64 %1033
  store <16 x float> %1036, ptr %1037, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3492, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3255, i64 128, i1 false)
  %i6 = shl nuw nsw i64 %t4.addr.02738, 1
  %1038 = or disjoint i64 %t4.addr.02738, %t0
  %tau = shl nsw i64 %1038, 1
  %1039 = mul nsw i64 %tau, %H
  %1040 = getelementptr inbounds float, ptr %betah, i64 %1039
  %1041 = load float, ptr %1040, align 4
  %1042 = getelementptr inbounds float, ptr %bet, i64 %i6
  store float %1041, ptr %1042, align 4
  %1043 = mul nsw i64 %tau, %sq
  %1044 = shl nuw nsw i64 %t4.addr.02738, 6
  %1045 = fneg float %1017
  %1046 = insertelement <16 x float> poison, float %1045, i64 0
  %1047 = shufflevector <16 x float> %1046, <16 x float> poison, <16 x i32> zeroinitializer
  %1048 = getelementptr float, ptr %kh, i64 %1043
  %1049 = load <16 x float>, ptr %1048, align 4
  %1050 = or i64 %1044, 4096
  %1051 = getelementptr inbounds float, ptr %Bk, i64 %1050
  store <16 x float> %1049, ptr %1051, align 4
  %1052 = fmul <16 x float> %1047, %1049
  %gep3506 = getelementptr inbounds float, ptr %invariant.gep3505, i64 %1044
  store <16 x float> %1052, ptr %gep3506, align 4
  %1053 = getelementptr float, ptr %117, i64 %1043
  %1054 = load <16 x float>, ptr %1053, align 4
  %1055 = or i64 %1044, 4112
  %1056 = getelementptr inbounds float, ptr %Bk, i64 %1055
  store <16 x float> %1054, ptr %1056, align 4
  %1057 = fmul <16 x float> %1047, %1054
  %gep3508 = getelementptr inbounds float, ptr %invariant.gep3507, i64 %1044
  store <16 x float> %1057, ptr %gep3508, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3490, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3257, i64 128, i1 false)
  %i8 = or disjoint i64 %i6, 1
  %tau1 = or disjoint i64 %tau, 1
  %1058 = mul nsw i64 %tau1, %H
  %1059 = getelementptr inbounds float, ptr %betah, i64 %1058
  %1060 = load float, ptr %1059, align 4
  %1061 = getelementptr inbounds float, ptr %bet, i64 %i8
  store float %1060, ptr %1061, align 4
  %1062 = mul nsw i64 %tau1, %sq
  %1063 = shl nuw nsw i64 %i8, 5
  %1064 = getelementptr float, ptr %kh, i64 %1062
  %1065 = load <16 x float>, ptr %1064, align 4
  %1066 = or i64 %1063, 4096
  %1067 = getelementptr inbounds float, ptr %Bk, i64 %1066
  store <16 x float> %1065, ptr %1067, align 4
  %1068 = fmul <16 x float> %1047, %1065
  %gep3510 = getelementptr inbounds float, ptr %invariant.gep3509, i64 %1063
  store <16 x float> %1068, ptr %gep3510, align 4
  %1069 = getelementptr float, ptr %117, i64 %1062
  %1070 = load <16 x float>, ptr %1069, align 4
  %1071 = or i64 %1063, 4112
  %1072 = getelementptr inbounds float, ptr %Bk, i64 %1071
  store <16 x float> %1070, ptr %1072, align 4
  %1073 = fmul <16 x float> %1047, %1070
  %gep3512 = getelementptr inbounds float, ptr %invariant.gep3511, i64 %1063
  store <16 x float> %1073, ptr %gep3512, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3488, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3259, i64 128, i1 false)
  br label %endif414

endif414:                                         ; preds = %j8.head.preheader, %then412
  %t4.next = add nuw nsw i64 %t4.addr.02738, 1
  %exitcond3260.not = icmp eq i64 %t4.next, 64
  br i1 %exitcond3260.not, label %j17.head.preheader, label %t4.body

j17.head.preheader:                               ; preds = %endif414, %j17.exit
  %i21.addr.02740 = phi i64 [ %i21.next, %j17.exit ], [ 0, %endif414 ]
  %1074 = shl nuw nsw i64 %i21.addr.02740, 5
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %1075 = phi i1 [ true, %j17.head.preheader ], [ false, %j17.body ]
  %j17.addr.02739 = phi i64 [ 0, %j17.head.preheader ], [ 16, %j17.body ]
  %1076 = or disjoint i64 %j17.addr.02739, %1074
  %1077 = or disjoint i64 %1076, 4096
  %1078 = getelementptr inbounds float, ptr %Bk, i64 %1077
  %1079 = load <16 x float>, ptr %1078, align 4
  %1080 = or disjoint i64 %1076, 4352
  %1081 = getelementptr inbounds float, ptr %Bk, i64 %1080
  %1082 = load <16 x float>, ptr %1081, align 4
  %1083 = or disjoint i64 %1076, 4128
  %1084 = getelementptr inbounds float, ptr %Bk, i64 %1083
  %1085 = load <16 x float>, ptr %1084, align 4
  %1086 = or disjoint i64 %1076, 4384
  %1087 = getelementptr inbounds float, ptr %Bk, i64 %1086
  %1088 = load <16 x float>, ptr %1087, align 4
  %1089 = or disjoint i64 %1076, 4160
  %1090 = getelementptr inbounds float, ptr %Bk, i64 %1089
  %1091 = load <16 x float>, ptr %1090, align 4
  %1092 = or disjoint i64 %1076, 4416
  %1093 = getelementptr inbounds float, ptr %Bk, i64 %1092
  %1094 = load <16 x float>, ptr %1093, align 4
  %1095 = or disjoint i64 %1076, 4192
  %1096 = getelementptr inbounds float, ptr %Bk, i64 %1095
  %1097 = load <16 x float>, ptr %1096, align 4
  %1098 = or disjoint i64 %1076, 4448
  %1099 = getelementptr inbounds float, ptr %Bk, i64 %1098
  %1100 = load <16 x float>, ptr %1099, align 4
  %1101 = or disjoint i64 %1076, 4224
  %1102 = getelementptr inbounds float, ptr %Bk, i64 %1101
  %1103 = load <16 x float>, ptr %1102, align 4
  %1104 = or disjoint i64 %1076, 4480
  %1105 = getelementptr inbounds float, ptr %Bk, i64 %1104
  %1106 = load <16 x float>, ptr %1105, align 4
  %1107 = or disjoint i64 %1076, 4256
  %1108 = getelementptr inbounds float, ptr %Bk, i64 %1107
  %1109 = load <16 x float>, ptr %1108, align 4
  %1110 = or disjoint i64 %1076, 4512
  %1111 = getelementptr inbounds float, ptr %Bk, i64 %1110
  %1112 = load <16 x float>, ptr %1111, align 4
  %1113 = or disjoint i64 %1076, 4288
  %1114 = getelementptr inbounds float, ptr %Bk, i64 %1113
  %1115 = load <16 x float>, ptr %1114, align 4
  %1116 = or disjoint i64 %1076, 4544
  %1117 = getelementptr inbounds float, ptr %Bk, i64 %1116
  %1118 = load <16 x float>, ptr %1117, align 4
  %1119 = or disjoint i64 %1076, 4320
  %1120 = getelementptr inbounds float, ptr %Bk, i64 %1119
  %1121 = load <16 x float>, ptr %1120, align 4
  %1122 = or disjoint i64 %1076, 4576
  %1123 = getelementptr inbounds float, ptr %Bk, i64 %1122
  %1124 = load <16 x float>, ptr %1123, align 4
  %1125 = shufflevector <16 x float> %1079, <16 x float> %1082, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1126 = shufflevector <16 x float> %1103, <16 x float> %1106, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1127 = shufflevector <16 x float> %1085, <16 x float> %1088, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1128 = shufflevector <16 x float> %1109, <16 x float> %1112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1129 = shufflevector <16 x float> %1091, <16 x float> %1094, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1130 = shufflevector <16 x float> %1115, <16 x float> %1118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1131 = shufflevector <16 x float> %1097, <16 x float> %1100, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1132 = shufflevector <16 x float> %1121, <16 x float> %1124, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1133 = shufflevector <16 x float> %1079, <16 x float> %1082, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1134 = shufflevector <16 x float> %1103, <16 x float> %1106, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1135 = shufflevector <16 x float> %1085, <16 x float> %1088, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1136 = shufflevector <16 x float> %1109, <16 x float> %1112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1137 = shufflevector <16 x float> %1091, <16 x float> %1094, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1138 = shufflevector <16 x float> %1115, <16 x float> %1118, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1139 = shufflevector <16 x float> %1097, <16 x float> %1100, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1140 = shufflevector <16 x float> %1121, <16 x float> %1124, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1141 = shufflevector <16 x float> %1125, <16 x float> %1126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1142 = shufflevector <16 x float> %1129, <16 x float> %1130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1143 = shufflevector <16 x float> %1127, <16 x float> %1128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1144 = shufflevector <16 x float> %1131, <16 x float> %1132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1145 = shufflevector <16 x float> %1125, <16 x float> %1126, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1146 = shufflevector <16 x float> %1129, <16 x float> %1130, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1147 = shufflevector <16 x float> %1127, <16 x float> %1128, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1148 = shufflevector <16 x float> %1131, <16 x float> %1132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1149 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1150 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1151 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1152 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1153 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1154 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1155 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1156 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1157 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1158 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1159 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1160 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1161 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1162 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1163 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1164 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1165 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1166 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1167 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1168 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1169 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1170 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1171 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1172 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1173 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1174 = shl nuw nsw i64 %j17.addr.02739, 7
  %1175 = add nuw nsw i64 %1174, %i21.addr.02740
  %1176 = getelementptr inbounds float, ptr %KT, i64 %1175
  store <16 x float> %1173, ptr %1176, align 4
  %1177 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1178 = or disjoint i64 %1175, 128
  %1179 = getelementptr inbounds float, ptr %KT, i64 %1178
  store <16 x float> %1177, ptr %1179, align 4
  %1180 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1181 = or disjoint i64 %1175, 256
  %1182 = getelementptr inbounds float, ptr %KT, i64 %1181
  store <16 x float> %1180, ptr %1182, align 4
  %1183 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1184 = or disjoint i64 %1175, 384
  %1185 = getelementptr inbounds float, ptr %KT, i64 %1184
  store <16 x float> %1183, ptr %1185, align 4
  %1186 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1187 = or disjoint i64 %1175, 512
  %1188 = getelementptr inbounds float, ptr %KT, i64 %1187
  store <16 x float> %1186, ptr %1188, align 4
  %1189 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1190 = or disjoint i64 %1175, 640
  %1191 = getelementptr inbounds float, ptr %KT, i64 %1190
  store <16 x float> %1189, ptr %1191, align 4
  %1192 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1193 = or disjoint i64 %1175, 768
  %1194 = getelementptr inbounds float, ptr %KT, i64 %1193
  store <16 x float> %1192, ptr %1194, align 4
  %1195 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1196 = or disjoint i64 %1175, 896
  %1197 = getelementptr inbounds float, ptr %KT, i64 %1196
  store <16 x float> %1195, ptr %1197, align 4
  %1198 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1199 = or disjoint i64 %1175, 1024
  %1200 = getelementptr inbounds float, ptr %KT, i64 %1199
  store <16 x float> %1198, ptr %1200, align 4
  %1201 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1202 = or disjoint i64 %1175, 1152
  %1203 = getelementptr inbounds float, ptr %KT, i64 %1202
  store <16 x float> %1201, ptr %1203, align 4
  %1204 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1205 = or disjoint i64 %1175, 1280
  %1206 = getelementptr inbounds float, ptr %KT, i64 %1205
  store <16 x float> %1204, ptr %1206, align 4
  %1207 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1208 = or disjoint i64 %1175, 1408
  %1209 = getelementptr inbounds float, ptr %KT, i64 %1208
  store <16 x float> %1207, ptr %1209, align 4
  %1210 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1211 = or disjoint i64 %1175, 1536
  %1212 = getelementptr inbounds float, ptr %KT, i64 %1211
  store <16 x float> %1210, ptr %1212, align 4
  %1213 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1214 = or disjoint i64 %1175, 1664
  %1215 = getelementptr inbounds float, ptr %KT, i64 %1214
  store <16 x float> %1213, ptr %1215, align 4
  %1216 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1217 = or disjoint i64 %1175, 1792
  %1218 = getelementptr inbounds float, ptr %KT, i64 %1217
  store <16 x float> %1216, ptr %1218, align 4
  %1219 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1220 = or disjoint i64 %1175, 1920
  %1221 = getelementptr inbounds float, ptr %KT, i64 %1220
  store <16 x float> %1219, ptr %1221, align 4
  br i1 %1075, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02740, 16
  %1222 = icmp ult i64 %i21.addr.02740, 112
  br i1 %1222, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02742 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %1223 = shl nuw nsw i64 %i22.addr.02742, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1224 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02741 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1225 = or disjoint i64 %j18.addr.02741, %1223
  %1226 = or disjoint i64 %1225, 2048
  %1227 = getelementptr inbounds float, ptr %Bk, i64 %1226
  %1228 = load <16 x float>, ptr %1227, align 4
  %1229 = or disjoint i64 %1225, 2304
  %1230 = getelementptr inbounds float, ptr %Bk, i64 %1229
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = or disjoint i64 %1225, 2080
  %1233 = getelementptr inbounds float, ptr %Bk, i64 %1232
  %1234 = load <16 x float>, ptr %1233, align 4
  %1235 = or disjoint i64 %1225, 2336
  %1236 = getelementptr inbounds float, ptr %Bk, i64 %1235
  %1237 = load <16 x float>, ptr %1236, align 4
  %1238 = or disjoint i64 %1225, 2112
  %1239 = getelementptr inbounds float, ptr %Bk, i64 %1238
  %1240 = load <16 x float>, ptr %1239, align 4
  %1241 = or disjoint i64 %1225, 2368
  %1242 = getelementptr inbounds float, ptr %Bk, i64 %1241
  %1243 = load <16 x float>, ptr %1242, align 4
  %1244 = or disjoint i64 %1225, 2144
  %1245 = getelementptr inbounds float, ptr %Bk, i64 %1244
  %1246 = load <16 x float>, ptr %1245, align 4
  %1247 = or disjoint i64 %1225, 2400
  %1248 = getelementptr inbounds float, ptr %Bk, i64 %1247
  %1249 = load <16 x float>, ptr %1248, align 4
  %1250 = or disjoint i64 %1225, 2176
  %1251 = getelementptr inbounds float, ptr %Bk, i64 %1250
  %1252 = load <16 x float>, ptr %1251, align 4
  %1253 = or disjoint i64 %1225, 2432
  %1254 = getelementptr inbounds float, ptr %Bk, i64 %1253
  %1255 = load <16 x float>, ptr %1254, align 4
  %1256 = or disjoint i64 %1225, 2208
  %1257 = getelementptr inbounds float, ptr %Bk, i64 %1256
  %1258 = load <16 x float>, ptr %1257, align 4
  %1259 = or disjoint i64 %1225, 2464
  %1260 = getelementptr inbounds float, ptr %Bk, i64 %1259
  %1261 = load <16 x float>, ptr %1260, align 4
  %1262 = or disjoint i64 %1225, 2240
  %1263 = getelementptr inbounds float, ptr %Bk, i64 %1262
  %1264 = load <16 x float>, ptr %1263, align 4
  %1265 = or disjoint i64 %1225, 2496
  %1266 = getelementptr inbounds float, ptr %Bk, i64 %1265
  %1267 = load <16 x float>, ptr %1266, align 4
  %1268 = or disjoint i64 %1225, 2272
  %1269 = getelementptr inbounds float, ptr %Bk, i64 %1268
  %1270 = load <16 x float>, ptr %1269, align 4
  %1271 = or disjoint i64 %1225, 2528
  %1272 = getelementptr inbounds float, ptr %Bk, i64 %1271
  %1273 = load <16 x float>, ptr %1272, align 4
  %1274 = shufflevector <16 x float> %1228, <16 x float> %1231, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1275 = shufflevector <16 x float> %1252, <16 x float> %1255, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1276 = shufflevector <16 x float> %1234, <16 x float> %1237, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1277 = shufflevector <16 x float> %1258, <16 x float> %1261, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1278 = shufflevector <16 x float> %1240, <16 x float> %1243, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1279 = shufflevector <16 x float> %1264, <16 x float> %1267, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1280 = shufflevector <16 x float> %1246, <16 x float> %1249, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1281 = shufflevector <16 x float> %1270, <16 x float> %1273, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1282 = shufflevector <16 x float> %1228, <16 x float> %1231, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1283 = shufflevector <16 x float> %1252, <16 x float> %1255, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1284 = shufflevector <16 x float> %1234, <16 x float> %1237, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1285 = shufflevector <16 x float> %1258, <16 x float> %1261, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1286 = shufflevector <16 x float> %1240, <16 x float> %1243, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1287 = shufflevector <16 x float> %1264, <16 x float> %1267, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1288 = shufflevector <16 x float> %1246, <16 x float> %1249, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1289 = shufflevector <16 x float> %1270, <16 x float> %1273, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1290 = shufflevector <16 x float> %1274, <16 x float> %1275, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1291 = shufflevector <16 x float> %1278, <16 x float> %1279, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1292 = shufflevector <16 x float> %1276, <16 x float> %1277, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1293 = shufflevector <16 x float> %1280, <16 x float> %1281, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1294 = shufflevector <16 x float> %1274, <16 x float> %1275, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1295 = shufflevector <16 x float> %1278, <16 x float> %1279, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1296 = shufflevector <16 x float> %1276, <16 x float> %1277, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1297 = shufflevector <16 x float> %1280, <16 x float> %1281, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1298 = shufflevector <16 x float> %1282, <16 x float> %1283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1299 = shufflevector <16 x float> %1286, <16 x float> %1287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1300 = shufflevector <16 x float> %1284, <16 x float> %1285, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1301 = shufflevector <16 x float> %1288, <16 x float> %1289, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1302 = shufflevector <16 x float> %1282, <16 x float> %1283, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1303 = shufflevector <16 x float> %1286, <16 x float> %1287, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1304 = shufflevector <16 x float> %1284, <16 x float> %1285, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1305 = shufflevector <16 x float> %1288, <16 x float> %1289, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1306 = shufflevector <16 x float> %1290, <16 x float> %1291, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1307 = shufflevector <16 x float> %1292, <16 x float> %1293, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1308 = shufflevector <16 x float> %1290, <16 x float> %1291, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1309 = shufflevector <16 x float> %1292, <16 x float> %1293, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1310 = shufflevector <16 x float> %1294, <16 x float> %1295, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1311 = shufflevector <16 x float> %1296, <16 x float> %1297, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1312 = shufflevector <16 x float> %1294, <16 x float> %1295, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1313 = shufflevector <16 x float> %1296, <16 x float> %1297, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1314 = shufflevector <16 x float> %1298, <16 x float> %1299, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1315 = shufflevector <16 x float> %1300, <16 x float> %1301, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1316 = shufflevector <16 x float> %1298, <16 x float> %1299, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1317 = shufflevector <16 x float> %1300, <16 x float> %1301, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1318 = shufflevector <16 x float> %1302, <16 x float> %1303, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1319 = shufflevector <16 x float> %1304, <16 x float> %1305, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1320 = shufflevector <16 x float> %1302, <16 x float> %1303, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1321 = shufflevector <16 x float> %1304, <16 x float> %1305, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1322 = shufflevector <16 x float> %1306, <16 x float> %1307, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1323 = shl nuw nsw i64 %j18.addr.02741, 6
  %1324 = add nuw nsw i64 %1323, %i22.addr.02742
  %1325 = getelementptr inbounds float, ptr %QcT, i64 %1324
  store <16 x float> %1322, ptr %1325, align 4
  %1326 = shufflevector <16 x float> %1306, <16 x float> %1307, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1327 = or disjoint i64 %1324, 64
  %1328 = getelementptr inbounds float, ptr %QcT, i64 %1327
  store <16 x float> %1326, ptr %1328, align 4
  %1329 = shufflevector <16 x float> %1308, <16 x float> %1309, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1330 = or disjoint i64 %1324, 128
  %1331 = getelementptr inbounds float, ptr %QcT, i64 %1330
  store <16 x float> %1329, ptr %1331, align 4
  %1332 = shufflevector <16 x float> %1308, <16 x float> %1309, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1333 = or disjoint i64 %1324, 192
  %1334 = getelementptr inbounds float, ptr %QcT, i64 %1333
  store <16 x float> %1332, ptr %1334, align 4
  %1335 = shufflevector <16 x float> %1310, <16 x float> %1311, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1336 = or disjoint i64 %1324, 256
  %1337 = getelementptr inbounds float, ptr %QcT, i64 %1336
  store <16 x float> %1335, ptr %1337, align 4
  %1338 = shufflevector <16 x float> %1310, <16 x float> %1311, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1339 = or disjoint i64 %1324, 320
  %1340 = getelementptr inbounds float, ptr %QcT, i64 %1339
  store <16 x float> %1338, ptr %1340, align 4
  %1341 = shufflevector <16 x float> %1312, <16 x float> %1313, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1342 = or disjoint i64 %1324, 384
  %1343 = getelementptr inbounds float, ptr %QcT, i64 %1342
  store <16 x float> %1341, ptr %1343, align 4
  %1344 = shufflevector <16 x float> %1312, <16 x float> %1313, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1345 = or disjoint i64 %1324, 448
  %1346 = getelementptr inbounds float, ptr %QcT, i64 %1345
  store <16 x float> %1344, ptr %1346, align 4
  %1347 = shufflevector <16 x float> %1314, <16 x float> %1315, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1348 = or disjoint i64 %1324, 512
  %1349 = getelementptr inbounds float, ptr %QcT, i64 %1348
  store <16 x float> %1347, ptr %1349, align 4
  %1350 = shufflevector <16 x float> %1314, <16 x float> %1315, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1351 = or disjoint i64 %1324, 576
  %1352 = getelementptr inbounds float, ptr %QcT, i64 %1351
  store <16 x float> %1350, ptr %1352, align 4
  %1353 = shufflevector <16 x float> %1316, <16 x float> %1317, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1354 = or disjoint i64 %1324, 640
  %1355 = getelementptr inbounds float, ptr %QcT, i64 %1354
  store <16 x float> %1353, ptr %1355, align 4
  %1356 = shufflevector <16 x float> %1316, <16 x float> %1317, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1357 = or disjoint i64 %1324, 704
  %1358 = getelementptr inbounds float, ptr %QcT, i64 %1357
  store <16 x float> %1356, ptr %1358, align 4
  %1359 = shufflevector <16 x float> %1318, <16 x float> %1319, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1360 = or disjoint i64 %1324, 768
  %1361 = getelementptr inbounds float, ptr %QcT, i64 %1360
  store <16 x float> %1359, ptr %1361, align 4
  %1362 = shufflevector <16 x float> %1318, <16 x float> %1319, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1363 = or disjoint i64 %1324, 832
  %1364 = getelementptr inbounds float, ptr %QcT, i64 %1363
  store <16 x float> %1362, ptr %1364, align 4
  %1365 = shufflevector <16 x float> %1320, <16 x float> %1321, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1366 = or disjoint i64 %1324, 896
  %1367 = getelementptr inbounds float, ptr %QcT, i64 %1366
  store <16 x float> %1365, ptr %1367, align 4
  %1368 = shufflevector <16 x float> %1320, <16 x float> %1321, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1369 = or disjoint i64 %1324, 960
  %1370 = getelementptr inbounds float, ptr %QcT, i64 %1369
  store <16 x float> %1368, ptr %1370, align 4
  br i1 %1224, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02742, 16
  %1371 = icmp ult i64 %i22.addr.02742, 48
  br i1 %1371, label %j18.head.preheader, label %j19.head.preheader

j19.head.preheader:                               ; preds = %j18.exit, %j19.exit
  %i23.addr.02744 = phi i64 [ %i23.next, %j19.exit ], [ 0, %j18.exit ]
  %1372 = shl nuw nsw i64 %i23.addr.02744, 5
  br label %j19.body

j19.body:                                         ; preds = %j19.head.preheader, %j19.body
  %1373 = phi i1 [ true, %j19.head.preheader ], [ false, %j19.body ]
  %j19.addr.02743 = phi i64 [ 0, %j19.head.preheader ], [ 16, %j19.body ]
  %1374 = or disjoint i64 %j19.addr.02743, %1372
  %1375 = getelementptr inbounds float, ptr %OY, i64 %1374
  %1376 = load <16 x float>, ptr %1375, align 4
  %1377 = or disjoint i64 %1374, 256
  %1378 = getelementptr inbounds float, ptr %OY, i64 %1377
  %1379 = load <16 x float>, ptr %1378, align 4
  %1380 = or disjoint i64 %1374, 32
  %1381 = getelementptr inbounds float, ptr %OY, i64 %1380
  %1382 = load <16 x float>, ptr %1381, align 4
  %1383 = or disjoint i64 %1374, 288
  %1384 = getelementptr inbounds float, ptr %OY, i64 %1383
  %1385 = load <16 x float>, ptr %1384, align 4
  %1386 = or disjoint i64 %1374, 64
  %1387 = getelementptr inbounds float, ptr %OY, i64 %1386
  %1388 = load <16 x float>, ptr %1387, align 4
  %1389 = or disjoint i64 %1374, 320
  %1390 = getelementptr inbounds float, ptr %OY, i64 %1389
  %1391 = load <16 x float>, ptr %1390, align 4
  %1392 = or disjoint i64 %1374, 96
  %1393 = getelementptr inbounds float, ptr %OY, i64 %1392
  %1394 = load <16 x float>, ptr %1393, align 4
  %1395 = or disjoint i64 %1374, 352
  %1396 = getelementptr inbounds float, ptr %OY, i64 %1395
  %1397 = load <16 x float>, ptr %1396, align 4
  %1398 = or disjoint i64 %1374, 128
  %1399 = getelementptr inbounds float, ptr %OY, i64 %1398
  %1400 = load <16 x float>, ptr %1399, align 4
  %1401 = or disjoint i64 %1374, 384
  %1402 = getelementptr inbounds float, ptr %OY, i64 %1401
  %1403 = load <16 x float>, ptr %1402, align 4
  %1404 = or disjoint i64 %1374, 160
  %1405 = getelementptr inbounds float, ptr %OY, i64 %1404
  %1406 = load <16 x float>, ptr %1405, align 4
  %1407 = or disjoint i64 %1374, 416
  %1408 = getelementptr inbounds float, ptr %OY, i64 %1407
  %1409 = load <16 x float>, ptr %1408, align 4
  %1410 = or disjoint i64 %1374, 192
  %1411 = getelementptr inbounds float, ptr %OY, i64 %1410
  %1412 = load <16 x float>, ptr %1411, align 4
  %1413 = or disjoint i64 %1374, 448
  %1414 = getelementptr inbounds float, ptr %OY, i64 %1413
  %1415 = load <16 x float>, ptr %1414, align 4
  %1416 = or disjoint i64 %1374, 224
  %1417 = getelementptr inbounds float, ptr %OY, i64 %1416
  %1418 = load <16 x float>, ptr %1417, align 4
  %1419 = or disjoint i64 %1374, 480
  %1420 = getelementptr inbounds float, ptr %OY, i64 %1419
  %1421 = load <16 x float>, ptr %1420, align 4
  %1422 = shufflevector <16 x float> %1376, <16 x float> %1379, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1423 = shufflevector <16 x float> %1400, <16 x float> %1403, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1424 = shufflevector <16 x float> %1382, <16 x float> %1385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1425 = shufflevector <16 x float> %1406, <16 x float> %1409, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1426 = shufflevector <16 x float> %1388, <16 x float> %1391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1427 = shufflevector <16 x float> %1412, <16 x float> %1415, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1428 = shufflevector <16 x float> %1394, <16 x float> %1397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1429 = shufflevector <16 x float> %1418, <16 x float> %1421, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1430 = shufflevector <16 x float> %1376, <16 x float> %1379, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1431 = shufflevector <16 x float> %1400, <16 x float> %1403, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1432 = shufflevector <16 x float> %1382, <16 x float> %1385, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1433 = shufflevector <16 x float> %1406, <16 x float> %1409, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1434 = shufflevector <16 x float> %1388, <16 x float> %1391, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1435 = shufflevector <16 x float> %1412, <16 x float> %1415, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1436 = shufflevector <16 x float> %1394, <16 x float> %1397, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1437 = shufflevector <16 x float> %1418, <16 x float> %1421, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1438 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1439 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1440 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1441 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1442 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1443 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1444 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1445 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1446 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1447 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1448 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1449 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1450 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1451 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1452 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1453 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1454 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1455 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1456 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1457 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1458 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1459 = shufflevector <16 x float> %1444, <16 x float> %1445, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1460 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1461 = shufflevector <16 x float> %1444, <16 x float> %1445, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1462 = shufflevector <16 x float> %1446, <16 x float> %1447, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1463 = shufflevector <16 x float> %1448, <16 x float> %1449, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1464 = shufflevector <16 x float> %1446, <16 x float> %1447, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1465 = shufflevector <16 x float> %1448, <16 x float> %1449, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1466 = shufflevector <16 x float> %1450, <16 x float> %1451, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1467 = shufflevector <16 x float> %1452, <16 x float> %1453, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1468 = shufflevector <16 x float> %1450, <16 x float> %1451, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1469 = shufflevector <16 x float> %1452, <16 x float> %1453, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1470 = shufflevector <16 x float> %1454, <16 x float> %1455, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1471 = shl nuw nsw i64 %j19.addr.02743, 6
  %1472 = add nuw nsw i64 %1471, %i23.addr.02744
  %1473 = getelementptr inbounds float, ptr %dOT, i64 %1472
  store <16 x float> %1470, ptr %1473, align 4
  %1474 = shufflevector <16 x float> %1454, <16 x float> %1455, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1475 = or disjoint i64 %1472, 64
  %1476 = getelementptr inbounds float, ptr %dOT, i64 %1475
  store <16 x float> %1474, ptr %1476, align 4
  %1477 = shufflevector <16 x float> %1456, <16 x float> %1457, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1478 = or disjoint i64 %1472, 128
  %1479 = getelementptr inbounds float, ptr %dOT, i64 %1478
  store <16 x float> %1477, ptr %1479, align 4
  %1480 = shufflevector <16 x float> %1456, <16 x float> %1457, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1481 = or disjoint i64 %1472, 192
  %1482 = getelementptr inbounds float, ptr %dOT, i64 %1481
  store <16 x float> %1480, ptr %1482, align 4
  %1483 = shufflevector <16 x float> %1458, <16 x float> %1459, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1484 = or disjoint i64 %1472, 256
  %1485 = getelementptr inbounds float, ptr %dOT, i64 %1484
  store <16 x float> %1483, ptr %1485, align 4
  %1486 = shufflevector <16 x float> %1458, <16 x float> %1459, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1487 = or disjoint i64 %1472, 320
  %1488 = getelementptr inbounds float, ptr %dOT, i64 %1487
  store <16 x float> %1486, ptr %1488, align 4
  %1489 = shufflevector <16 x float> %1460, <16 x float> %1461, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1490 = or disjoint i64 %1472, 384
  %1491 = getelementptr inbounds float, ptr %dOT, i64 %1490
  store <16 x float> %1489, ptr %1491, align 4
  %1492 = shufflevector <16 x float> %1460, <16 x float> %1461, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1493 = or disjoint i64 %1472, 448
  %1494 = getelementptr inbounds float, ptr %dOT, i64 %1493
  store <16 x float> %1492, ptr %1494, align 4
  %1495 = shufflevector <16 x float> %1462, <16 x float> %1463, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1496 = or disjoint i64 %1472, 512
  %1497 = getelementptr inbounds float, ptr %dOT, i64 %1496
  store <16 x float> %1495, ptr %1497, align 4
  %1498 = shufflevector <16 x float> %1462, <16 x float> %1463, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1499 = or disjoint i64 %1472, 576
  %1500 = getelementptr inbounds float, ptr %dOT, i64 %1499
  store <16 x float> %1498, ptr %1500, align 4
  %1501 = shufflevector <16 x float> %1464, <16 x float> %1465, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1502 = or disjoint i64 %1472, 640
  %1503 = getelementptr inbounds float, ptr %dOT, i64 %1502
  store <16 x float> %1501, ptr %1503, align 4
  %1504 = shufflevector <16 x float> %1464, <16 x float> %1465, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1505 = or disjoint i64 %1472, 704
  %1506 = getelementptr inbounds float, ptr %dOT, i64 %1505
  store <16 x float> %1504, ptr %1506, align 4
  %1507 = shufflevector <16 x float> %1466, <16 x float> %1467, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1508 = or disjoint i64 %1472, 768
  %1509 = getelementptr inbounds float, ptr %dOT, i64 %1508
  store <16 x float> %1507, ptr %1509, align 4
  %1510 = shufflevector <16 x float> %1466, <16 x float> %1467, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1511 = or disjoint i64 %1472, 832
  %1512 = getelementptr inbounds float, ptr %dOT, i64 %1511
  store <16 x float> %1510, ptr %1512, align 4
  %1513 = shufflevector <16 x float> %1468, <16 x float> %1469, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1514 = or disjoint i64 %1472, 896
  %1515 = getelementptr inbounds float, ptr %dOT, i64 %1514
  store <16 x float> %1513, ptr %1515, align 4
  %1516 = shufflevector <16 x float> %1468, <16 x float> %1469, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1517 = or disjoint i64 %1472, 960
  %1518 = getelementptr inbounds float, ptr %dOT, i64 %1517
  store <16 x float> %1516, ptr %1518, align 4
  br i1 %1373, label %j19.body, label %j19.exit

j19.exit:                                         ; preds = %j19.body
  %i23.next = add nuw nsw i64 %i23.addr.02744, 16
  %1519 = icmp ult i64 %i23.addr.02744, 48
  br i1 %1519, label %j19.head.preheader, label %i24.body

i24.head.loopexit:                                ; preds = %p3.exit
  %1520 = icmp ult i64 %i24.addr.02755, 120
  br i1 %1520, label %i24.body, label %j21.head.preheader

i24.body:                                         ; preds = %j19.exit, %i24.head.loopexit
  %i24.addr.02755 = phi i64 [ %1521, %i24.head.loopexit ], [ 0, %j19.exit ]
  %1521 = add nuw nsw i64 %i24.addr.02755, 8
  %1522 = shl nuw nsw i64 %i24.addr.02755, 5
  %.idx2694 = shl nuw nsw i64 %i24.addr.02755, 9
  %1523 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2694
  %1524 = shl nuw nsw i64 %i24.addr.02755, 7
  %1525 = or disjoint i64 %1524, 128
  %1526 = getelementptr inbounds float, ptr %Gm, i64 %1525
  %1527 = or disjoint i64 %1524, 256
  %1528 = getelementptr inbounds float, ptr %Gm, i64 %1527
  %1529 = or disjoint i64 %1524, 384
  %1530 = getelementptr inbounds float, ptr %Gm, i64 %1529
  %1531 = or disjoint i64 %1524, 512
  %1532 = getelementptr inbounds float, ptr %Gm, i64 %1531
  %1533 = or disjoint i64 %1524, 640
  %1534 = getelementptr inbounds float, ptr %Gm, i64 %1533
  %1535 = or disjoint i64 %1524, 768
  %1536 = getelementptr inbounds float, ptr %Gm, i64 %1535
  %1537 = or disjoint i64 %1524, 896
  %1538 = getelementptr inbounds float, ptr %Gm, i64 %1537
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i24.body, %p3.exit
  %j20.addr.02754 = phi i64 [ 0, %i24.body ], [ %j20.next, %p3.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j20.addr.02754
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02753 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1546, %p3.body ]
  %acc1.02752 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1552, %p3.body ]
  %acc2.02751 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1558, %p3.body ]
  %acc3.02750 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1564, %p3.body ]
  %acc4.02749 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1570, %p3.body ]
  %acc5.02748 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1576, %p3.body ]
  %acc6.02747 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1582, %p3.body ]
  %acc7.02746 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1588, %p3.body ]
  %p3.addr.02745 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2695 = shl nuw nsw i64 %p3.addr.02745, 9
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2695
  %1539 = load <16 x float>, ptr %gep, align 4
  %1540 = add nuw nsw i64 %p3.addr.02745, %1522
  %1541 = or disjoint i64 %1540, 4096
  %1542 = getelementptr inbounds float, ptr %Bk, i64 %1541
  %1543 = load float, ptr %1542, align 4
  %1544 = insertelement <16 x float> poison, float %1543, i64 0
  %1545 = shufflevector <16 x float> %1544, <16 x float> poison, <16 x i32> zeroinitializer
  %1546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1539, <16 x float> %acc.02753)
  %1547 = or disjoint i64 %1540, 4128
  %1548 = getelementptr inbounds float, ptr %Bk, i64 %1547
  %1549 = load float, ptr %1548, align 4
  %1550 = insertelement <16 x float> poison, float %1549, i64 0
  %1551 = shufflevector <16 x float> %1550, <16 x float> poison, <16 x i32> zeroinitializer
  %1552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1551, <16 x float> %1539, <16 x float> %acc1.02752)
  %1553 = or disjoint i64 %1540, 4160
  %1554 = getelementptr inbounds float, ptr %Bk, i64 %1553
  %1555 = load float, ptr %1554, align 4
  %1556 = insertelement <16 x float> poison, float %1555, i64 0
  %1557 = shufflevector <16 x float> %1556, <16 x float> poison, <16 x i32> zeroinitializer
  %1558 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1557, <16 x float> %1539, <16 x float> %acc2.02751)
  %1559 = or disjoint i64 %1540, 4192
  %1560 = getelementptr inbounds float, ptr %Bk, i64 %1559
  %1561 = load float, ptr %1560, align 4
  %1562 = insertelement <16 x float> poison, float %1561, i64 0
  %1563 = shufflevector <16 x float> %1562, <16 x float> poison, <16 x i32> zeroinitializer
  %1564 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1563, <16 x float> %1539, <16 x float> %acc3.02750)
  %1565 = or disjoint i64 %1540, 4224
  %1566 = getelementptr inbounds float, ptr %Bk, i64 %1565
  %1567 = load float, ptr %1566, align 4
  %1568 = insertelement <16 x float> poison, float %1567, i64 0
  %1569 = shufflevector <16 x float> %1568, <16 x float> poison, <16 x i32> zeroinitializer
  %1570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1569, <16 x float> %1539, <16 x float> %acc4.02749)
  %1571 = or disjoint i64 %1540, 4256
  %1572 = getelementptr inbounds float, ptr %Bk, i64 %1571
  %1573 = load float, ptr %1572, align 4
  %1574 = insertelement <16 x float> poison, float %1573, i64 0
  %1575 = shufflevector <16 x float> %1574, <16 x float> poison, <16 x i32> zeroinitializer
  %1576 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1575, <16 x float> %1539, <16 x float> %acc5.02748)
  %1577 = or disjoint i64 %1540, 4288
  %1578 = getelementptr inbounds float, ptr %Bk, i64 %1577
  %1579 = load float, ptr %1578, align 4
  %1580 = insertelement <16 x float> poison, float %1579, i64 0
  %1581 = shufflevector <16 x float> %1580, <16 x float> poison, <16 x i32> zeroinitializer
  %1582 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1581, <16 x float> %1539, <16 x float> %acc6.02747)
  %1583 = or disjoint i64 %1540, 4320
  %1584 = getelementptr inbounds float, ptr %Bk, i64 %1583
  %1585 = load float, ptr %1584, align 4
  %1586 = insertelement <16 x float> poison, float %1585, i64 0
  %1587 = shufflevector <16 x float> %1586, <16 x float> poison, <16 x i32> zeroinitializer
  %1588 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1587, <16 x float> %1539, <16 x float> %acc7.02746)
  %p3.next = add nuw nsw i64 %p3.addr.02745, 1
  %exitcond3261.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3261.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1589 = getelementptr inbounds float, ptr %1523, i64 %j20.addr.02754
  store <16 x float> %1546, ptr %1589, align 4
  %1590 = getelementptr inbounds float, ptr %1526, i64 %j20.addr.02754
  store <16 x float> %1552, ptr %1590, align 4
  %1591 = getelementptr inbounds float, ptr %1528, i64 %j20.addr.02754
  store <16 x float> %1558, ptr %1591, align 4
  %1592 = getelementptr inbounds float, ptr %1530, i64 %j20.addr.02754
  store <16 x float> %1564, ptr %1592, align 4
  %1593 = getelementptr inbounds float, ptr %1532, i64 %j20.addr.02754
  store <16 x float> %1570, ptr %1593, align 4
  %1594 = getelementptr inbounds float, ptr %1534, i64 %j20.addr.02754
  store <16 x float> %1576, ptr %1594, align 4
  %1595 = getelementptr inbounds float, ptr %1536, i64 %j20.addr.02754
  store <16 x float> %1582, ptr %1595, align 4
  %1596 = getelementptr inbounds float, ptr %1538, i64 %j20.addr.02754
  store <16 x float> %1588, ptr %1596, align 4
  %j20.next = add nuw nsw i64 %j20.addr.02754, 16
  %1597 = icmp ult i64 %j20.next, %1521
  br i1 %1597, label %p3.head.preheader, label %i24.head.loopexit

j21.head.preheader:                               ; preds = %i24.head.loopexit, %j21.head.preheader
  %t5.addr.02758 = phi i64 [ %t5.next, %j21.head.preheader ], [ 0, %i24.head.loopexit ]
  %.idx3020 = shl nsw i64 %t5.addr.02758, 10
  %1598 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3020
  %1599 = load <16 x float>, ptr %1598, align 4
  %.idx3021 = shl nsw i64 %t5.addr.02758, 9
  %1600 = getelementptr inbounds i8, ptr %En, i64 %.idx3021
  %1601 = load <16 x float>, ptr %1600, align 4
  %1602 = fmul <16 x float> %1599, %1601
  store <16 x float> %1602, ptr %1598, align 4
  %1603 = getelementptr inbounds i8, ptr %25, i64 %.idx3020
  %1604 = load <16 x float>, ptr %1603, align 4
  %1605 = getelementptr inbounds i8, ptr %26, i64 %.idx3021
  %1606 = load <16 x float>, ptr %1605, align 4
  %1607 = fmul <16 x float> %1604, %1606
  store <16 x float> %1607, ptr %1603, align 4
  %1608 = getelementptr inbounds i8, ptr %27, i64 %.idx3020
  %1609 = load <16 x float>, ptr %1608, align 4
  %1610 = getelementptr inbounds i8, ptr %28, i64 %.idx3021
  %1611 = load <16 x float>, ptr %1610, align 4
  %1612 = fmul <16 x float> %1609, %1611
  store <16 x float> %1612, ptr %1608, align 4
  %1613 = getelementptr inbounds i8, ptr %29, i64 %.idx3020
  %1614 = load <16 x float>, ptr %1613, align 4
  %1615 = getelementptr inbounds i8, ptr %30, i64 %.idx3021
  %1616 = load <16 x float>, ptr %1615, align 4
  %1617 = fmul <16 x float> %1614, %1616
  store <16 x float> %1617, ptr %1613, align 4
  %1618 = getelementptr inbounds i8, ptr %31, i64 %.idx3020
  %1619 = load <16 x float>, ptr %1618, align 4
  %1620 = getelementptr inbounds i8, ptr %32, i64 %.idx3021
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = fmul <16 x float> %1619, %1621
  store <16 x float> %1622, ptr %1618, align 4
  %1623 = getelementptr inbounds i8, ptr %33, i64 %.idx3020
  %1624 = load <16 x float>, ptr %1623, align 4
  %1625 = getelementptr inbounds i8, ptr %34, i64 %.idx3021
  %1626 = load <16 x float>, ptr %1625, align 4
  %1627 = fmul <16 x float> %1624, %1626
  store <16 x float> %1627, ptr %1623, align 4
  %1628 = getelementptr inbounds i8, ptr %35, i64 %.idx3020
  %1629 = load <16 x float>, ptr %1628, align 4
  %1630 = getelementptr inbounds i8, ptr %36, i64 %.idx3021
  %1631 = load <16 x float>, ptr %1630, align 4
  %1632 = fmul <16 x float> %1629, %1631
  store <16 x float> %1632, ptr %1628, align 4
  %1633 = getelementptr inbounds i8, ptr %37, i64 %.idx3020
  %1634 = load <16 x float>, ptr %1633, align 4
  %1635 = getelementptr inbounds i8, ptr %38, i64 %.idx3021
  %1636 = load <16 x float>, ptr %1635, align 4
  %1637 = fmul <16 x float> %1634, %1636
  store <16 x float> %1637, ptr %1633, align 4
  %1638 = getelementptr inbounds i8, ptr %1598, i64 512
  %1639 = load <16 x float>, ptr %1638, align 4
  %1640 = load <16 x float>, ptr %1600, align 4
  %1641 = fmul <16 x float> %1639, %1640
  store <16 x float> %1641, ptr %1638, align 4
  %1642 = getelementptr inbounds i8, ptr %1603, i64 512
  %1643 = load <16 x float>, ptr %1642, align 4
  %1644 = load <16 x float>, ptr %1605, align 4
  %1645 = fmul <16 x float> %1643, %1644
  store <16 x float> %1645, ptr %1642, align 4
  %1646 = getelementptr inbounds i8, ptr %1608, i64 512
  %1647 = load <16 x float>, ptr %1646, align 4
  %1648 = load <16 x float>, ptr %1610, align 4
  %1649 = fmul <16 x float> %1647, %1648
  store <16 x float> %1649, ptr %1646, align 4
  %1650 = getelementptr inbounds i8, ptr %1613, i64 512
  %1651 = load <16 x float>, ptr %1650, align 4
  %1652 = load <16 x float>, ptr %1615, align 4
  %1653 = fmul <16 x float> %1651, %1652
  store <16 x float> %1653, ptr %1650, align 4
  %1654 = getelementptr inbounds i8, ptr %1618, i64 512
  %1655 = load <16 x float>, ptr %1654, align 4
  %1656 = load <16 x float>, ptr %1620, align 4
  %1657 = fmul <16 x float> %1655, %1656
  store <16 x float> %1657, ptr %1654, align 4
  %1658 = getelementptr inbounds i8, ptr %1623, i64 512
  %1659 = load <16 x float>, ptr %1658, align 4
  %1660 = load <16 x float>, ptr %1625, align 4
  %1661 = fmul <16 x float> %1659, %1660
  store <16 x float> %1661, ptr %1658, align 4
  %1662 = getelementptr inbounds i8, ptr %1628, i64 512
  %1663 = load <16 x float>, ptr %1662, align 4
  %1664 = load <16 x float>, ptr %1630, align 4
  %1665 = fmul <16 x float> %1663, %1664
  store <16 x float> %1665, ptr %1662, align 4
  %1666 = getelementptr inbounds i8, ptr %1633, i64 512
  %1667 = load <16 x float>, ptr %1666, align 4
  %1668 = load <16 x float>, ptr %1635, align 4
  %1669 = fmul <16 x float> %1667, %1668
  store <16 x float> %1669, ptr %1666, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02758, 1
  %exitcond3262.not = icmp eq i64 %t5.next, 64
  br i1 %exitcond3262.not, label %p4.head.preheader, label %j21.head.preheader

p4.head.preheader:                                ; preds = %j21.head.preheader, %p4.exit
  %i27.addr.02776 = phi i64 [ %i27.next, %p4.exit ], [ 0, %j21.head.preheader ]
  %1670 = shl nuw nsw i64 %i27.addr.02776, 5
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02775 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1689, %p4.body ]
  %acc9.02774 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1690, %p4.body ]
  %acc10.02773 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1691, %p4.body ]
  %acc11.02772 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1692, %p4.body ]
  %acc12.02771 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1698, %p4.body ]
  %acc13.02770 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1699, %p4.body ]
  %acc14.02769 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1700, %p4.body ]
  %acc15.02768 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1701, %p4.body ]
  %acc16.02767 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1707, %p4.body ]
  %acc17.02766 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1708, %p4.body ]
  %acc18.02765 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1709, %p4.body ]
  %acc19.02764 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1710, %p4.body ]
  %acc20.02763 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1716, %p4.body ]
  %acc21.02762 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1717, %p4.body ]
  %acc22.02761 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1718, %p4.body ]
  %acc23.02760 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1719, %p4.body ]
  %p4.addr.02759 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1671 = shl nuw nsw i64 %p4.addr.02759, 6
  %1672 = getelementptr inbounds float, ptr %work, i64 %1671
  %1673 = load <16 x float>, ptr %1672, align 4
  %1674 = or disjoint i64 %1671, 16
  %1675 = getelementptr inbounds float, ptr %work, i64 %1674
  %1676 = load <16 x float>, ptr %1675, align 4
  %1677 = or disjoint i64 %1671, 32
  %1678 = getelementptr inbounds float, ptr %work, i64 %1677
  %1679 = load <16 x float>, ptr %1678, align 4
  %1680 = or disjoint i64 %1671, 48
  %1681 = getelementptr inbounds float, ptr %work, i64 %1680
  %1682 = load <16 x float>, ptr %1681, align 4
  %1683 = add nuw nsw i64 %p4.addr.02759, %1670
  %1684 = or disjoint i64 %1683, 4096
  %1685 = getelementptr inbounds float, ptr %Bk, i64 %1684
  %1686 = load float, ptr %1685, align 4
  %1687 = insertelement <16 x float> poison, float %1686, i64 0
  %1688 = shufflevector <16 x float> %1687, <16 x float> poison, <16 x i32> zeroinitializer
  %1689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1673, <16 x float> %acc8.02775)
  %1690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1676, <16 x float> %acc9.02774)
  %1691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1679, <16 x float> %acc10.02773)
  %1692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1682, <16 x float> %acc11.02772)
  %1693 = or disjoint i64 %1683, 4128
  %1694 = getelementptr inbounds float, ptr %Bk, i64 %1693
  %1695 = load float, ptr %1694, align 4
  %1696 = insertelement <16 x float> poison, float %1695, i64 0
  %1697 = shufflevector <16 x float> %1696, <16 x float> poison, <16 x i32> zeroinitializer
  %1698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1697, <16 x float> %1673, <16 x float> %acc12.02771)
  %1699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1697, <16 x float> %1676, <16 x float> %acc13.02770)
  %1700 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1697, <16 x float> %1679, <16 x float> %acc14.02769)
  %1701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1697, <16 x float> %1682, <16 x float> %acc15.02768)
  %1702 = or disjoint i64 %1683, 4160
  %1703 = getelementptr inbounds float, ptr %Bk, i64 %1702
  %1704 = load float, ptr %1703, align 4
  %1705 = insertelement <16 x float> poison, float %1704, i64 0
  %1706 = shufflevector <16 x float> %1705, <16 x float> poison, <16 x i32> zeroinitializer
  %1707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1673, <16 x float> %acc16.02767)
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1676, <16 x float> %acc17.02766)
  %1709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1679, <16 x float> %acc18.02765)
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1682, <16 x float> %acc19.02764)
  %1711 = or disjoint i64 %1683, 4192
  %1712 = getelementptr inbounds float, ptr %Bk, i64 %1711
  %1713 = load float, ptr %1712, align 4
  %1714 = insertelement <16 x float> poison, float %1713, i64 0
  %1715 = shufflevector <16 x float> %1714, <16 x float> poison, <16 x i32> zeroinitializer
  %1716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1673, <16 x float> %acc20.02763)
  %1717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1676, <16 x float> %acc21.02762)
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1679, <16 x float> %acc22.02761)
  %1719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1682, <16 x float> %acc23.02760)
  %p4.next = add nuw nsw i64 %p4.addr.02759, 1
  %exitcond3263.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3263.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1720 = shl nuw nsw i64 %i27.addr.02776, 6
  %1721 = getelementptr inbounds float, ptr %KSdS, i64 %1720
  store <16 x float> %1689, ptr %1721, align 4
  %1722 = or disjoint i64 %1720, 16
  %1723 = getelementptr inbounds float, ptr %KSdS, i64 %1722
  store <16 x float> %1690, ptr %1723, align 4
  %1724 = or disjoint i64 %1720, 32
  %1725 = getelementptr inbounds float, ptr %KSdS, i64 %1724
  store <16 x float> %1691, ptr %1725, align 4
  %1726 = or disjoint i64 %1720, 48
  %1727 = getelementptr inbounds float, ptr %KSdS, i64 %1726
  store <16 x float> %1692, ptr %1727, align 4
  %1728 = or disjoint i64 %1720, 64
  %1729 = getelementptr inbounds float, ptr %KSdS, i64 %1728
  store <16 x float> %1698, ptr %1729, align 4
  %1730 = or disjoint i64 %1720, 80
  %1731 = getelementptr inbounds float, ptr %KSdS, i64 %1730
  store <16 x float> %1699, ptr %1731, align 4
  %1732 = or disjoint i64 %1720, 96
  %1733 = getelementptr inbounds float, ptr %KSdS, i64 %1732
  store <16 x float> %1700, ptr %1733, align 4
  %1734 = or disjoint i64 %1720, 112
  %1735 = getelementptr inbounds float, ptr %KSdS, i64 %1734
  store <16 x float> %1701, ptr %1735, align 4
  %1736 = or disjoint i64 %1720, 128
  %1737 = getelementptr inbounds float, ptr %KSdS, i64 %1736
  store <16 x float> %1707, ptr %1737, align 4
  %1738 = or disjoint i64 %1720, 144
  %1739 = getelementptr inbounds float, ptr %KSdS, i64 %1738
  store <16 x float> %1708, ptr %1739, align 4
  %1740 = or disjoint i64 %1720, 160
  %1741 = getelementptr inbounds float, ptr %KSdS, i64 %1740
  store <16 x float> %1709, ptr %1741, align 4
  %1742 = or disjoint i64 %1720, 176
  %1743 = getelementptr inbounds float, ptr %KSdS, i64 %1742
  store <16 x float> %1710, ptr %1743, align 4
  %1744 = or disjoint i64 %1720, 192
  %1745 = getelementptr inbounds float, ptr %KSdS, i64 %1744
  store <16 x float> %1716, ptr %1745, align 4
  %1746 = or disjoint i64 %1720, 208
  %1747 = getelementptr inbounds float, ptr %KSdS, i64 %1746
  store <16 x float> %1717, ptr %1747, align 4
  %1748 = or disjoint i64 %1720, 224
  %1749 = getelementptr inbounds float, ptr %KSdS, i64 %1748
  store <16 x float> %1718, ptr %1749, align 4
  %1750 = or disjoint i64 %1720, 240
  %1751 = getelementptr inbounds float, ptr %KSdS, i64 %1750
  store <16 x float> %1719, ptr %1751, align 4
  %i27.next = add nuw nsw i64 %i27.addr.02776, 4
  %1752 = icmp ult i64 %i27.addr.02776, 124
  br i1 %1752, label %p4.head.preheader, label %i28.body

i28.body:                                         ; preds = %p4.exit, %i28.body
  %i28.addr.02778 = phi i64 [ %i28.next.3, %i28.body ], [ 0, %p4.exit ]
  %1753 = getelementptr inbounds float, ptr %cRow, i64 %i28.addr.02778
  %1754 = load float, ptr %1753, align 4
  %1755 = fneg float %1754
  %1756 = insertelement <16 x float> poison, float %1755, i64 0
  %1757 = shufflevector <16 x float> %1756, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx3024 = shl nsw i64 %i28.addr.02778, 8
  %1758 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3024
  %1759 = load <16 x float>, ptr %1758, align 4
  %.idx3025 = shl nsw i64 %i28.addr.02778, 7
  %1760 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3025
  %1761 = load <16 x float>, ptr %1760, align 4
  %1762 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1759, <16 x float> %1761)
  store <16 x float> %1762, ptr %1760, align 4
  %1763 = getelementptr inbounds i8, ptr %39, i64 %.idx3024
  %1764 = load <16 x float>, ptr %1763, align 4
  %1765 = getelementptr inbounds i8, ptr %40, i64 %.idx3025
  %1766 = load <16 x float>, ptr %1765, align 4
  %1767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1764, <16 x float> %1766)
  store <16 x float> %1767, ptr %1765, align 4
  %i28.next = or disjoint i64 %i28.addr.02778, 1
  %1768 = getelementptr inbounds float, ptr %cRow, i64 %i28.next
  %1769 = load float, ptr %1768, align 4
  %1770 = fneg float %1769
  %1771 = insertelement <16 x float> poison, float %1770, i64 0
  %1772 = shufflevector <16 x float> %1771, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx3024.1 = shl nsw i64 %i28.next, 8
  %1773 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3024.1
  %1774 = load <16 x float>, ptr %1773, align 4
  %.idx3025.1 = shl nsw i64 %i28.next, 7
  %1775 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3025.1
  %1776 = load <16 x float>, ptr %1775, align 4
  %1777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1772, <16 x float> %1774, <16 x float> %1776)
  store <16 x float> %1777, ptr %1775, align 4
  %1778 = getelementptr inbounds i8, ptr %39, i64 %.idx3024.1
  %1779 = load <16 x float>, ptr %1778, align 4
  %1780 = getelementptr inbounds i8, ptr %40, i64 %.idx3025.1
  %1781 = load <16 x float>, ptr %1780, align 4
  %1782 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1772, <16 x float> %1779, <16 x float> %1781)
  store <16 x float> %1782, ptr %1780, align 4
  %i28.next.1 = or disjoint i64 %i28.addr.02778, 2
  %1783 = getelementptr inbounds float, ptr %cRow, i64 %i28.next.1
  %1784 = load float, ptr %1783, align 4
  %1785 = fneg float %1784
  %1786 = insertelement <16 x float> poison, float %1785, i64 0
  %1787 = shufflevector <16 x float> %1786, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx3024.2 = shl nsw i64 %i28.next.1, 8
  %1788 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3024.2
  %1789 = load <16 x float>, ptr %1788, align 4
  %.idx3025.2 = shl nsw i64 %i28.next.1, 7
  %1790 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3025.2
  %1791 = load <16 x float>, ptr %1790, align 4
  %1792 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1787, <16 x float> %1789, <16 x float> %1791)
  store <16 x float> %1792, ptr %1790, align 4
  %1793 = getelementptr inbounds i8, ptr %39, i64 %.idx3024.2
  %1794 = load <16 x float>, ptr %1793, align 4
  %1795 = getelementptr inbounds i8, ptr %40, i64 %.idx3025.2
  %1796 = load <16 x float>, ptr %1795, align 4
  %1797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1787, <16 x float> %1794, <16 x float> %1796)
  store <16 x float> %1797, ptr %1795, align 4
  %i28.next.2 = or disjoint i64 %i28.addr.02778, 3
  %1798 = getelementptr inbounds float, ptr %cRow, i64 %i28.next.2
  %1799 = load float, ptr %1798, align 4
  %1800 = fneg float %1799
  %1801 = insertelement <16 x float> poison, float %1800, i64 0
  %1802 = shufflevector <16 x float> %1801, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx3024.3 = shl nsw i64 %i28.next.2, 8
  %1803 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx3024.3
  %1804 = load <16 x float>, ptr %1803, align 4
  %.idx3025.3 = shl nsw i64 %i28.next.2, 7
  %1805 = getelementptr inbounds i8, ptr %Rr, i64 %.idx3025.3
  %1806 = load <16 x float>, ptr %1805, align 4
  %1807 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1804, <16 x float> %1806)
  store <16 x float> %1807, ptr %1805, align 4
  %1808 = getelementptr inbounds i8, ptr %39, i64 %.idx3024.3
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = getelementptr inbounds i8, ptr %40, i64 %.idx3025.3
  %1811 = load <16 x float>, ptr %1810, align 4
  %1812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1809, <16 x float> %1811)
  store <16 x float> %1812, ptr %1810, align 4
  %i28.next.3 = add nuw nsw i64 %i28.addr.02778, 4
  %exitcond3264.not.3 = icmp eq i64 %i28.next.3, 128
  br i1 %exitcond3264.not.3, label %ib.body, label %i28.body

ib.body:                                          ; preds = %i28.body, %j24.exit
  %ib.addr.02795 = phi i64 [ %ib.next, %j24.exit ], [ 0, %i28.body ]
  %1813 = shl nuw nsw i64 %ib.addr.02795, 2
  %umax3934 = tail call i64 @llvm.umax.i64(i64 %1813, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02795, 2
  %.not3026 = icmp eq i64 %ib.addr.02795, 0
  br i1 %.not3026, label %j24.exit, label %j24.body.lr.ph

j24.body.lr.ph:                                   ; preds = %ib.body
  %.idx2693 = shl nuw nsw i64 %ib.addr.02795, 11
  %1814 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2693
  %1815 = shl nuw nsw i64 %ib.addr.02795, 9
  %1816 = or disjoint i64 %1815, 128
  %1817 = getelementptr inbounds float, ptr %Gm, i64 %1816
  %1818 = or disjoint i64 %1815, 256
  %1819 = getelementptr inbounds float, ptr %Gm, i64 %1818
  %1820 = or disjoint i64 %1815, 384
  %1821 = getelementptr inbounds float, ptr %Gm, i64 %1820
  %xtraiter = and i64 %umax3934, 1
  %1822 = icmp eq i64 %umax3934, 1
  br i1 %1822, label %j24.exit.loopexit.unr-lcssa, label %j24.body.lr.ph.new

j24.body.lr.ph.new:                               ; preds = %j24.body.lr.ph
  %unroll_iter = and i64 %umax3934, 9223372036854775804
  br label %j24.body

j24.body:                                         ; preds = %j24.body, %j24.body.lr.ph.new
  %acc24.02787 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1863, %j24.body ]
  %acc25.02786 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1864, %j24.body ]
  %acc26.02785 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1869, %j24.body ]
  %acc27.02784 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1870, %j24.body ]
  %acc28.02783 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1875, %j24.body ]
  %acc29.02782 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1876, %j24.body ]
  %acc30.02781 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1881, %j24.body ]
  %acc31.02780 = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph.new ], [ %1882, %j24.body ]
  %j24.addr.02779 = phi i64 [ 0, %j24.body.lr.ph.new ], [ %j24.next.1, %j24.body ]
  %niter = phi i64 [ 0, %j24.body.lr.ph.new ], [ %niter.next.1, %j24.body ]
  %1823 = shl nsw i64 %j24.addr.02779, 5
  %1824 = getelementptr inbounds float, ptr %Vn, i64 %1823
  %1825 = load <16 x float>, ptr %1824, align 4
  %1826 = or disjoint i64 %1823, 16
  %1827 = getelementptr inbounds float, ptr %Vn, i64 %1826
  %1828 = load <16 x float>, ptr %1827, align 4
  %1829 = getelementptr inbounds float, ptr %1814, i64 %j24.addr.02779
  %1830 = load float, ptr %1829, align 4
  %1831 = insertelement <16 x float> poison, float %1830, i64 0
  %1832 = shufflevector <16 x float> %1831, <16 x float> poison, <16 x i32> zeroinitializer
  %1833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1825, <16 x float> %acc24.02787)
  %1834 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1832, <16 x float> %1828, <16 x float> %acc25.02786)
  %1835 = getelementptr inbounds float, ptr %1817, i64 %j24.addr.02779
  %1836 = load float, ptr %1835, align 4
  %1837 = insertelement <16 x float> poison, float %1836, i64 0
  %1838 = shufflevector <16 x float> %1837, <16 x float> poison, <16 x i32> zeroinitializer
  %1839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1838, <16 x float> %1825, <16 x float> %acc26.02785)
  %1840 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1838, <16 x float> %1828, <16 x float> %acc27.02784)
  %1841 = getelementptr inbounds float, ptr %1819, i64 %j24.addr.02779
  %1842 = load float, ptr %1841, align 4
  %1843 = insertelement <16 x float> poison, float %1842, i64 0
  %1844 = shufflevector <16 x float> %1843, <16 x float> poison, <16 x i32> zeroinitializer
  %1845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1844, <16 x float> %1825, <16 x float> %acc28.02783)
  %1846 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1844, <16 x float> %1828, <16 x float> %acc29.02782)
  %1847 = getelementptr inbounds float, ptr %1821, i64 %j24.addr.02779
  %1848 = load float, ptr %1847, align 4
  %1849 = insertelement <16 x float> poison, float %1848, i64 0
  %1850 = shufflevector <16 x float> %1849, <16 x float> poison, <16 x i32> zeroinitializer
  %1851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1825, <16 x float> %acc30.02781)
  %1852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1828, <16 x float> %acc31.02780)
  %j24.next = or disjoint i64 %j24.addr.02779, 1
  %1853 = shl nsw i64 %j24.next, 5
  %1854 = getelementptr inbounds float, ptr %Vn, i64 %1853
  %1855 = load <16 x float>, ptr %1854, align 4
  %1856 = or disjoint i64 %1853, 16
  %1857 = getelementptr inbounds float, ptr %Vn, i64 %1856
  %1858 = load <16 x float>, ptr %1857, align 4
  %1859 = getelementptr inbounds float, ptr %1814, i64 %j24.next
  %1860 = load float, ptr %1859, align 4
  %1861 = insertelement <16 x float> poison, float %1860, i64 0
  %1862 = shufflevector <16 x float> %1861, <16 x float> poison, <16 x i32> zeroinitializer
  %1863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1855, <16 x float> %1833)
  %1864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1858, <16 x float> %1834)
  %1865 = getelementptr inbounds float, ptr %1817, i64 %j24.next
  %1866 = load float, ptr %1865, align 4
  %1867 = insertelement <16 x float> poison, float %1866, i64 0
  %1868 = shufflevector <16 x float> %1867, <16 x float> poison, <16 x i32> zeroinitializer
  %1869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1868, <16 x float> %1855, <16 x float> %1839)
  %1870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1868, <16 x float> %1858, <16 x float> %1840)
  %1871 = getelementptr inbounds float, ptr %1819, i64 %j24.next
  %1872 = load float, ptr %1871, align 4
  %1873 = insertelement <16 x float> poison, float %1872, i64 0
  %1874 = shufflevector <16 x float> %1873, <16 x float> poison, <16 x i32> zeroinitializer
  %1875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1874, <16 x float> %1855, <16 x float> %1845)
  %1876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1874, <16 x float> %1858, <16 x float> %1846)
  %1877 = getelementptr inbounds float, ptr %1821, i64 %j24.next
  %1878 = load float, ptr %1877, align 4
  %1879 = insertelement <16 x float> poison, float %1878, i64 0
  %1880 = shufflevector <16 x float> %1879, <16 x float> poison, <16 x i32> zeroinitializer
  %1881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1880, <16 x float> %1855, <16 x float> %1851)
  %1882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1880, <16 x float> %1858, <16 x float> %1852)
  %j24.next.1 = add nuw nsw i64 %j24.addr.02779, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j24.exit.loopexit.unr-lcssa, label %j24.body

j24.exit.loopexit.unr-lcssa:                      ; preds = %j24.body, %j24.body.lr.ph
  %.lcssa3801.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1863, %j24.body ]
  %.lcssa3800.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1864, %j24.body ]
  %.lcssa3799.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1869, %j24.body ]
  %.lcssa3798.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1870, %j24.body ]
  %.lcssa3797.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1875, %j24.body ]
  %.lcssa3796.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1876, %j24.body ]
  %.lcssa3795.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1881, %j24.body ]
  %.lcssa3794.ph = phi <16 x float> [ poison, %j24.body.lr.ph ], [ %1882, %j24.body ]
  %acc24.02787.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1863, %j24.body ]
  %acc25.02786.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1864, %j24.body ]
  %acc26.02785.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1869, %j24.body ]
  %acc27.02784.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1870, %j24.body ]
  %acc28.02783.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1875, %j24.body ]
  %acc29.02782.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1876, %j24.body ]
  %acc30.02781.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1881, %j24.body ]
  %acc31.02780.unr = phi <16 x float> [ zeroinitializer, %j24.body.lr.ph ], [ %1882, %j24.body ]
  %j24.addr.02779.unr = phi i64 [ 0, %j24.body.lr.ph ], [ %j24.next.1, %j24.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j24.exit, label %j24.body.epil

j24.body.epil:                                    ; preds = %j24.exit.loopexit.unr-lcssa
  %1883 = shl nsw i64 %j24.addr.02779.unr, 5
  %1884 = getelementptr inbounds float, ptr %Vn, i64 %1883
  %1885 = load <16 x float>, ptr %1884, align 4
  %1886 = or disjoint i64 %1883, 16
  %1887 = getelementptr inbounds float, ptr %Vn, i64 %1886
  %1888 = load <16 x float>, ptr %1887, align 4
  %1889 = getelementptr inbounds float, ptr %1814, i64 %j24.addr.02779.unr
  %1890 = load float, ptr %1889, align 4
  %1891 = insertelement <16 x float> poison, float %1890, i64 0
  %1892 = shufflevector <16 x float> %1891, <16 x float> poison, <16 x i32> zeroinitializer
  %1893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1892, <16 x float> %1885, <16 x float> %acc24.02787.unr)
  %1894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1892, <16 x float> %1888, <16 x float> %acc25.02786.unr)
  %1895 = getelementptr inbounds float, ptr %1817, i64 %j24.addr.02779.unr
  %1896 = load float, ptr %1895, align 4
  %1897 = insertelement <16 x float> poison, float %1896, i64 0
  %1898 = shufflevector <16 x float> %1897, <16 x float> poison, <16 x i32> zeroinitializer
  %1899 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1898, <16 x float> %1885, <16 x float> %acc26.02785.unr)
  %1900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1898, <16 x float> %1888, <16 x float> %acc27.02784.unr)
  %1901 = getelementptr inbounds float, ptr %1819, i64 %j24.addr.02779.unr
  %1902 = load float, ptr %1901, align 4
  %1903 = insertelement <16 x float> poison, float %1902, i64 0
  %1904 = shufflevector <16 x float> %1903, <16 x float> poison, <16 x i32> zeroinitializer
  %1905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1904, <16 x float> %1885, <16 x float> %acc28.02783.unr)
  %1906 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1904, <16 x float> %1888, <16 x float> %acc29.02782.unr)
  %1907 = getelementptr inbounds float, ptr %1821, i64 %j24.addr.02779.unr
  %1908 = load float, ptr %1907, align 4
  %1909 = insertelement <16 x float> poison, float %1908, i64 0
  %1910 = shufflevector <16 x float> %1909, <16 x float> poison, <16 x i32> zeroinitializer
  %1911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1910, <16 x float> %1885, <16 x float> %acc30.02781.unr)
  %1912 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1910, <16 x float> %1888, <16 x float> %acc31.02780.unr)
  br label %j24.exit

j24.exit:                                         ; preds = %j24.body.epil, %j24.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3794.ph, %j24.exit.loopexit.unr-lcssa ], [ %1912, %j24.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3795.ph, %j24.exit.loopexit.unr-lcssa ], [ %1911, %j24.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3796.ph, %j24.exit.loopexit.unr-lcssa ], [ %1906, %j24.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3797.ph, %j24.exit.loopexit.unr-lcssa ], [ %1905, %j24.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3798.ph, %j24.exit.loopexit.unr-lcssa ], [ %1900, %j24.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3799.ph, %j24.exit.loopexit.unr-lcssa ], [ %1899, %j24.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3800.ph, %j24.exit.loopexit.unr-lcssa ], [ %1894, %j24.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3801.ph, %j24.exit.loopexit.unr-lcssa ], [ %1893, %j24.body.epil ]
  %1913 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1914 = load float, ptr %1913, align 4
  %1915 = or disjoint i64 %i0, 8064
  %1916 = getelementptr inbounds float, ptr %En, i64 %1915
  %1917 = load float, ptr %1916, align 4
  %1918 = shl nuw nsw i64 %ib.addr.02795, 7
  %1919 = getelementptr inbounds float, ptr %Rr, i64 %1918
  %1920 = load <16 x float>, ptr %1919, align 4
  %1921 = fsub <16 x float> %1920, %acc24.0.lcssa
  store <16 x float> %1921, ptr %1919, align 4
  %1922 = insertelement <16 x float> poison, float %1914, i64 0
  %1923 = shufflevector <16 x float> %1922, <16 x float> poison, <16 x i32> zeroinitializer
  %1924 = fmul <16 x float> %1923, %1921
  %1925 = getelementptr inbounds float, ptr %Vn, i64 %1918
  store <16 x float> %1924, ptr %1925, align 4
  %1926 = insertelement <16 x float> poison, float %1917, i64 0
  %1927 = shufflevector <16 x float> %1926, <16 x float> poison, <16 x i32> zeroinitializer
  %1928 = fmul <16 x float> %1927, %1924
  %1929 = shl nuw nsw i64 %ib.addr.02795, 10
  %1930 = getelementptr inbounds float, ptr %Ak, i64 %1929
  store <16 x float> %1928, ptr %1930, align 4
  %1931 = or disjoint i64 %1918, 16
  %1932 = getelementptr inbounds float, ptr %Rr, i64 %1931
  %1933 = load <16 x float>, ptr %1932, align 4
  %1934 = fsub <16 x float> %1933, %acc25.0.lcssa
  store <16 x float> %1934, ptr %1932, align 4
  %1935 = fmul <16 x float> %1923, %1934
  %1936 = getelementptr inbounds float, ptr %Vn, i64 %1931
  store <16 x float> %1935, ptr %1936, align 4
  %1937 = fmul <16 x float> %1927, %1935
  %1938 = or disjoint i64 %1929, 16
  %1939 = getelementptr inbounds float, ptr %Ak, i64 %1938
  store <16 x float> %1937, ptr %1939, align 4
  %i29 = or disjoint i64 %i0, 1
  %.idx3027 = shl nsw i64 %i29, 9
  %1940 = getelementptr inbounds i8, ptr %Gm, i64 %.idx3027
  %1941 = getelementptr inbounds float, ptr %1940, i64 %i0
  %1942 = load float, ptr %1941, align 4
  %1943 = insertelement <16 x float> poison, float %1942, i64 0
  %1944 = shufflevector <16 x float> %1943, <16 x float> poison, <16 x i32> zeroinitializer
  %1945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1944, <16 x float> %1924, <16 x float> %acc26.0.lcssa)
  %1946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1944, <16 x float> %1935, <16 x float> %acc27.0.lcssa)
  %1947 = getelementptr inbounds float, ptr %bet, i64 %i29
  %1948 = load float, ptr %1947, align 4
  %1949 = or disjoint i64 %i0, 8065
  %1950 = getelementptr inbounds float, ptr %En, i64 %1949
  %1951 = load float, ptr %1950, align 4
  %1952 = shl nuw nsw i64 %i29, 5
  %1953 = getelementptr inbounds float, ptr %Rr, i64 %1952
  %1954 = load <16 x float>, ptr %1953, align 4
  %1955 = fsub <16 x float> %1954, %1945
  store <16 x float> %1955, ptr %1953, align 4
  %1956 = insertelement <16 x float> poison, float %1948, i64 0
  %1957 = shufflevector <16 x float> %1956, <16 x float> poison, <16 x i32> zeroinitializer
  %1958 = fmul <16 x float> %1957, %1955
  %1959 = getelementptr inbounds float, ptr %Vn, i64 %1952
  store <16 x float> %1958, ptr %1959, align 4
  %1960 = insertelement <16 x float> poison, float %1951, i64 0
  %1961 = shufflevector <16 x float> %1960, <16 x float> poison, <16 x i32> zeroinitializer
  %1962 = fmul <16 x float> %1961, %1958
  %1963 = shl nuw nsw i64 %i29, 8
  %1964 = getelementptr inbounds float, ptr %Ak, i64 %1963
  store <16 x float> %1962, ptr %1964, align 4
  %1965 = or disjoint i64 %1952, 16
  %1966 = getelementptr inbounds float, ptr %Rr, i64 %1965
  %1967 = load <16 x float>, ptr %1966, align 4
  %1968 = fsub <16 x float> %1967, %1946
  store <16 x float> %1968, ptr %1966, align 4
  %1969 = fmul <16 x float> %1957, %1968
  %1970 = getelementptr inbounds float, ptr %Vn, i64 %1965
  store <16 x float> %1969, ptr %1970, align 4
  %1971 = fmul <16 x float> %1961, %1969
  %1972 = or disjoint i64 %1963, 16
  %1973 = getelementptr inbounds float, ptr %Ak, i64 %1972
  store <16 x float> %1971, ptr %1973, align 4
  %i30 = or disjoint i64 %i0, 2
  %1974 = shl nuw nsw i64 %i30, 7
  %1975 = or disjoint i64 %1974, %i0
  %1976 = getelementptr inbounds float, ptr %Gm, i64 %1975
  %1977 = load float, ptr %1976, align 4
  %1978 = insertelement <16 x float> poison, float %1977, i64 0
  %1979 = shufflevector <16 x float> %1978, <16 x float> poison, <16 x i32> zeroinitializer
  %1980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1979, <16 x float> %1924, <16 x float> %acc28.0.lcssa)
  %1981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1979, <16 x float> %1935, <16 x float> %acc29.0.lcssa)
  %1982 = or disjoint i64 %1974, %i29
  %1983 = getelementptr inbounds float, ptr %Gm, i64 %1982
  %1984 = load float, ptr %1983, align 4
  %1985 = insertelement <16 x float> poison, float %1984, i64 0
  %1986 = shufflevector <16 x float> %1985, <16 x float> poison, <16 x i32> zeroinitializer
  %1987 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1986, <16 x float> %1958, <16 x float> %1980)
  %1988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1986, <16 x float> %1969, <16 x float> %1981)
  %1989 = getelementptr inbounds float, ptr %bet, i64 %i30
  %1990 = load float, ptr %1989, align 4
  %1991 = or disjoint i64 %i0, 8066
  %1992 = getelementptr inbounds float, ptr %En, i64 %1991
  %1993 = load float, ptr %1992, align 4
  %1994 = shl nuw nsw i64 %i30, 5
  %1995 = getelementptr inbounds float, ptr %Rr, i64 %1994
  %1996 = load <16 x float>, ptr %1995, align 4
  %1997 = fsub <16 x float> %1996, %1987
  store <16 x float> %1997, ptr %1995, align 4
  %1998 = insertelement <16 x float> poison, float %1990, i64 0
  %1999 = shufflevector <16 x float> %1998, <16 x float> poison, <16 x i32> zeroinitializer
  %2000 = fmul <16 x float> %1999, %1997
  %2001 = getelementptr inbounds float, ptr %Vn, i64 %1994
  store <16 x float> %2000, ptr %2001, align 4
  %2002 = insertelement <16 x float> poison, float %1993, i64 0
  %2003 = shufflevector <16 x float> %2002, <16 x float> poison, <16 x i32> zeroinitializer
  %2004 = fmul <16 x float> %2003, %2000
  %2005 = shl nuw nsw i64 %i30, 8
  %2006 = getelementptr inbounds float, ptr %Ak, i64 %2005
  store <16 x float> %2004, ptr %2006, align 4
  %2007 = or disjoint i64 %1994, 16
  %2008 = getelementptr inbounds float, ptr %Rr, i64 %2007
  %2009 = load <16 x float>, ptr %2008, align 4
  %2010 = fsub <16 x float> %2009, %1988
  store <16 x float> %2010, ptr %2008, align 4
  %2011 = fmul <16 x float> %1999, %2010
  %2012 = getelementptr inbounds float, ptr %Vn, i64 %2007
  store <16 x float> %2011, ptr %2012, align 4
  %2013 = fmul <16 x float> %2003, %2011
  %2014 = or disjoint i64 %2005, 16
  %2015 = getelementptr inbounds float, ptr %Ak, i64 %2014
  store <16 x float> %2013, ptr %2015, align 4
  %i31 = or disjoint i64 %i0, 3
  %2016 = shl nuw nsw i64 %i31, 7
  %2017 = or disjoint i64 %2016, %i0
  %2018 = getelementptr inbounds float, ptr %Gm, i64 %2017
  %2019 = load float, ptr %2018, align 4
  %2020 = insertelement <16 x float> poison, float %2019, i64 0
  %2021 = shufflevector <16 x float> %2020, <16 x float> poison, <16 x i32> zeroinitializer
  %2022 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2021, <16 x float> %1924, <16 x float> %acc30.0.lcssa)
  %2023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2021, <16 x float> %1935, <16 x float> %acc31.0.lcssa)
  %2024 = or disjoint i64 %2016, %i29
  %2025 = getelementptr inbounds float, ptr %Gm, i64 %2024
  %2026 = load float, ptr %2025, align 4
  %2027 = insertelement <16 x float> poison, float %2026, i64 0
  %2028 = shufflevector <16 x float> %2027, <16 x float> poison, <16 x i32> zeroinitializer
  %2029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1958, <16 x float> %2022)
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1969, <16 x float> %2023)
  %2031 = or disjoint i64 %2016, %i30
  %2032 = getelementptr inbounds float, ptr %Gm, i64 %2031
  %2033 = load float, ptr %2032, align 4
  %2034 = insertelement <16 x float> poison, float %2033, i64 0
  %2035 = shufflevector <16 x float> %2034, <16 x float> poison, <16 x i32> zeroinitializer
  %2036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %2000, <16 x float> %2029)
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %2011, <16 x float> %2030)
  %2038 = getelementptr inbounds float, ptr %bet, i64 %i31
  %2039 = load float, ptr %2038, align 4
  %2040 = or disjoint i64 %i0, 8067
  %2041 = getelementptr inbounds float, ptr %En, i64 %2040
  %2042 = load float, ptr %2041, align 4
  %2043 = shl nuw nsw i64 %i31, 5
  %2044 = getelementptr inbounds float, ptr %Rr, i64 %2043
  %2045 = load <16 x float>, ptr %2044, align 4
  %2046 = fsub <16 x float> %2045, %2036
  store <16 x float> %2046, ptr %2044, align 4
  %2047 = insertelement <16 x float> poison, float %2039, i64 0
  %2048 = shufflevector <16 x float> %2047, <16 x float> poison, <16 x i32> zeroinitializer
  %2049 = fmul <16 x float> %2048, %2046
  %2050 = getelementptr inbounds float, ptr %Vn, i64 %2043
  store <16 x float> %2049, ptr %2050, align 4
  %2051 = insertelement <16 x float> poison, float %2042, i64 0
  %2052 = shufflevector <16 x float> %2051, <16 x float> poison, <16 x i32> zeroinitializer
  %2053 = fmul <16 x float> %2052, %2049
  %2054 = shl nuw nsw i64 %i31, 8
  %2055 = getelementptr inbounds float, ptr %Ak, i64 %2054
  store <16 x float> %2053, ptr %2055, align 4
  %2056 = or disjoint i64 %2043, 16
  %2057 = getelementptr inbounds float, ptr %Rr, i64 %2056
  %2058 = load <16 x float>, ptr %2057, align 4
  %2059 = fsub <16 x float> %2058, %2037
  store <16 x float> %2059, ptr %2057, align 4
  %2060 = fmul <16 x float> %2048, %2059
  %2061 = getelementptr inbounds float, ptr %Vn, i64 %2056
  store <16 x float> %2060, ptr %2061, align 4
  %2062 = fmul <16 x float> %2052, %2060
  %2063 = or disjoint i64 %2054, 16
  %2064 = getelementptr inbounds float, ptr %Ak, i64 %2063
  store <16 x float> %2062, ptr %2064, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02795, 1
  %exitcond3266.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond3266.not, label %j25.head.preheader, label %ib.body

j25.head.preheader:                               ; preds = %j24.exit, %j25.exit
  %i32.addr.02797 = phi i64 [ %i32.next, %j25.exit ], [ 0, %j24.exit ]
  %2065 = shl nuw nsw i64 %i32.addr.02797, 5
  br label %j25.body

j25.body:                                         ; preds = %j25.head.preheader, %j25.body
  %2066 = phi i1 [ true, %j25.head.preheader ], [ false, %j25.body ]
  %j25.addr.02796 = phi i64 [ 0, %j25.head.preheader ], [ 16, %j25.body ]
  %2067 = or disjoint i64 %j25.addr.02796, %2065
  %2068 = getelementptr inbounds float, ptr %Vn, i64 %2067
  %2069 = load <16 x float>, ptr %2068, align 4
  %2070 = or disjoint i64 %2067, 256
  %2071 = getelementptr inbounds float, ptr %Vn, i64 %2070
  %2072 = load <16 x float>, ptr %2071, align 4
  %2073 = or disjoint i64 %2067, 32
  %2074 = getelementptr inbounds float, ptr %Vn, i64 %2073
  %2075 = load <16 x float>, ptr %2074, align 4
  %2076 = or disjoint i64 %2067, 288
  %2077 = getelementptr inbounds float, ptr %Vn, i64 %2076
  %2078 = load <16 x float>, ptr %2077, align 4
  %2079 = or disjoint i64 %2067, 64
  %2080 = getelementptr inbounds float, ptr %Vn, i64 %2079
  %2081 = load <16 x float>, ptr %2080, align 4
  %2082 = or disjoint i64 %2067, 320
  %2083 = getelementptr inbounds float, ptr %Vn, i64 %2082
  %2084 = load <16 x float>, ptr %2083, align 4
  %2085 = or disjoint i64 %2067, 96
  %2086 = getelementptr inbounds float, ptr %Vn, i64 %2085
  %2087 = load <16 x float>, ptr %2086, align 4
  %2088 = or disjoint i64 %2067, 352
  %2089 = getelementptr inbounds float, ptr %Vn, i64 %2088
  %2090 = load <16 x float>, ptr %2089, align 4
  %2091 = or disjoint i64 %2067, 128
  %2092 = getelementptr inbounds float, ptr %Vn, i64 %2091
  %2093 = load <16 x float>, ptr %2092, align 4
  %2094 = or disjoint i64 %2067, 384
  %2095 = getelementptr inbounds float, ptr %Vn, i64 %2094
  %2096 = load <16 x float>, ptr %2095, align 4
  %2097 = or disjoint i64 %2067, 160
  %2098 = getelementptr inbounds float, ptr %Vn, i64 %2097
  %2099 = load <16 x float>, ptr %2098, align 4
  %2100 = or disjoint i64 %2067, 416
  %2101 = getelementptr inbounds float, ptr %Vn, i64 %2100
  %2102 = load <16 x float>, ptr %2101, align 4
  %2103 = or disjoint i64 %2067, 192
  %2104 = getelementptr inbounds float, ptr %Vn, i64 %2103
  %2105 = load <16 x float>, ptr %2104, align 4
  %2106 = or disjoint i64 %2067, 448
  %2107 = getelementptr inbounds float, ptr %Vn, i64 %2106
  %2108 = load <16 x float>, ptr %2107, align 4
  %2109 = or disjoint i64 %2067, 224
  %2110 = getelementptr inbounds float, ptr %Vn, i64 %2109
  %2111 = load <16 x float>, ptr %2110, align 4
  %2112 = or disjoint i64 %2067, 480
  %2113 = getelementptr inbounds float, ptr %Vn, i64 %2112
  %2114 = load <16 x float>, ptr %2113, align 4
  %2115 = shufflevector <16 x float> %2069, <16 x float> %2072, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2116 = shufflevector <16 x float> %2093, <16 x float> %2096, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2117 = shufflevector <16 x float> %2075, <16 x float> %2078, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2118 = shufflevector <16 x float> %2099, <16 x float> %2102, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2119 = shufflevector <16 x float> %2081, <16 x float> %2084, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2120 = shufflevector <16 x float> %2105, <16 x float> %2108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2121 = shufflevector <16 x float> %2087, <16 x float> %2090, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2122 = shufflevector <16 x float> %2111, <16 x float> %2114, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2123 = shufflevector <16 x float> %2069, <16 x float> %2072, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2124 = shufflevector <16 x float> %2093, <16 x float> %2096, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2125 = shufflevector <16 x float> %2075, <16 x float> %2078, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2126 = shufflevector <16 x float> %2099, <16 x float> %2102, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2127 = shufflevector <16 x float> %2081, <16 x float> %2084, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2128 = shufflevector <16 x float> %2105, <16 x float> %2108, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2129 = shufflevector <16 x float> %2087, <16 x float> %2090, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2130 = shufflevector <16 x float> %2111, <16 x float> %2114, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2131 = shufflevector <16 x float> %2115, <16 x float> %2116, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2132 = shufflevector <16 x float> %2119, <16 x float> %2120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2133 = shufflevector <16 x float> %2117, <16 x float> %2118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2134 = shufflevector <16 x float> %2121, <16 x float> %2122, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2135 = shufflevector <16 x float> %2115, <16 x float> %2116, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2136 = shufflevector <16 x float> %2119, <16 x float> %2120, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2137 = shufflevector <16 x float> %2117, <16 x float> %2118, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2138 = shufflevector <16 x float> %2121, <16 x float> %2122, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2139 = shufflevector <16 x float> %2123, <16 x float> %2124, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2140 = shufflevector <16 x float> %2127, <16 x float> %2128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2141 = shufflevector <16 x float> %2125, <16 x float> %2126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2142 = shufflevector <16 x float> %2129, <16 x float> %2130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2143 = shufflevector <16 x float> %2123, <16 x float> %2124, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2144 = shufflevector <16 x float> %2127, <16 x float> %2128, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2145 = shufflevector <16 x float> %2125, <16 x float> %2126, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2146 = shufflevector <16 x float> %2129, <16 x float> %2130, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2147 = shufflevector <16 x float> %2131, <16 x float> %2132, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2148 = shufflevector <16 x float> %2133, <16 x float> %2134, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2149 = shufflevector <16 x float> %2131, <16 x float> %2132, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2150 = shufflevector <16 x float> %2133, <16 x float> %2134, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2151 = shufflevector <16 x float> %2135, <16 x float> %2136, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2152 = shufflevector <16 x float> %2137, <16 x float> %2138, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2153 = shufflevector <16 x float> %2135, <16 x float> %2136, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2154 = shufflevector <16 x float> %2137, <16 x float> %2138, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2155 = shufflevector <16 x float> %2139, <16 x float> %2140, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2156 = shufflevector <16 x float> %2141, <16 x float> %2142, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2157 = shufflevector <16 x float> %2139, <16 x float> %2140, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2158 = shufflevector <16 x float> %2141, <16 x float> %2142, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2159 = shufflevector <16 x float> %2143, <16 x float> %2144, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2160 = shufflevector <16 x float> %2145, <16 x float> %2146, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2161 = shufflevector <16 x float> %2143, <16 x float> %2144, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2162 = shufflevector <16 x float> %2145, <16 x float> %2146, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2163 = shufflevector <16 x float> %2147, <16 x float> %2148, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2164 = shl nuw nsw i64 %j25.addr.02796, 7
  %2165 = add nuw nsw i64 %2164, %i32.addr.02797
  %2166 = getelementptr inbounds float, ptr %VnT, i64 %2165
  store <16 x float> %2163, ptr %2166, align 4
  %2167 = shufflevector <16 x float> %2147, <16 x float> %2148, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2168 = or disjoint i64 %2165, 128
  %2169 = getelementptr inbounds float, ptr %VnT, i64 %2168
  store <16 x float> %2167, ptr %2169, align 4
  %2170 = shufflevector <16 x float> %2149, <16 x float> %2150, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2171 = or disjoint i64 %2165, 256
  %2172 = getelementptr inbounds float, ptr %VnT, i64 %2171
  store <16 x float> %2170, ptr %2172, align 4
  %2173 = shufflevector <16 x float> %2149, <16 x float> %2150, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2174 = or disjoint i64 %2165, 384
  %2175 = getelementptr inbounds float, ptr %VnT, i64 %2174
  store <16 x float> %2173, ptr %2175, align 4
  %2176 = shufflevector <16 x float> %2151, <16 x float> %2152, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2177 = or disjoint i64 %2165, 512
  %2178 = getelementptr inbounds float, ptr %VnT, i64 %2177
  store <16 x float> %2176, ptr %2178, align 4
  %2179 = shufflevector <16 x float> %2151, <16 x float> %2152, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2180 = or disjoint i64 %2165, 640
  %2181 = getelementptr inbounds float, ptr %VnT, i64 %2180
  store <16 x float> %2179, ptr %2181, align 4
  %2182 = shufflevector <16 x float> %2153, <16 x float> %2154, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2183 = or disjoint i64 %2165, 768
  %2184 = getelementptr inbounds float, ptr %VnT, i64 %2183
  store <16 x float> %2182, ptr %2184, align 4
  %2185 = shufflevector <16 x float> %2153, <16 x float> %2154, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2186 = or disjoint i64 %2165, 896
  %2187 = getelementptr inbounds float, ptr %VnT, i64 %2186
  store <16 x float> %2185, ptr %2187, align 4
  %2188 = shufflevector <16 x float> %2155, <16 x float> %2156, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2189 = or disjoint i64 %2165, 1024
  %2190 = getelementptr inbounds float, ptr %VnT, i64 %2189
  store <16 x float> %2188, ptr %2190, align 4
  %2191 = shufflevector <16 x float> %2155, <16 x float> %2156, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2192 = or disjoint i64 %2165, 1152
  %2193 = getelementptr inbounds float, ptr %VnT, i64 %2192
  store <16 x float> %2191, ptr %2193, align 4
  %2194 = shufflevector <16 x float> %2157, <16 x float> %2158, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2195 = or disjoint i64 %2165, 1280
  %2196 = getelementptr inbounds float, ptr %VnT, i64 %2195
  store <16 x float> %2194, ptr %2196, align 4
  %2197 = shufflevector <16 x float> %2157, <16 x float> %2158, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2198 = or disjoint i64 %2165, 1408
  %2199 = getelementptr inbounds float, ptr %VnT, i64 %2198
  store <16 x float> %2197, ptr %2199, align 4
  %2200 = shufflevector <16 x float> %2159, <16 x float> %2160, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2201 = or disjoint i64 %2165, 1536
  %2202 = getelementptr inbounds float, ptr %VnT, i64 %2201
  store <16 x float> %2200, ptr %2202, align 4
  %2203 = shufflevector <16 x float> %2159, <16 x float> %2160, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2204 = or disjoint i64 %2165, 1664
  %2205 = getelementptr inbounds float, ptr %VnT, i64 %2204
  store <16 x float> %2203, ptr %2205, align 4
  %2206 = shufflevector <16 x float> %2161, <16 x float> %2162, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2207 = or disjoint i64 %2165, 1792
  %2208 = getelementptr inbounds float, ptr %VnT, i64 %2207
  store <16 x float> %2206, ptr %2208, align 4
  %2209 = shufflevector <16 x float> %2161, <16 x float> %2162, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2210 = or disjoint i64 %2165, 1920
  %2211 = getelementptr inbounds float, ptr %VnT, i64 %2210
  store <16 x float> %2209, ptr %2211, align 4
  br i1 %2066, label %j25.body, label %j25.exit

j25.exit:                                         ; preds = %j25.body
  %i32.next = add nuw nsw i64 %i32.addr.02797, 16
  %2212 = icmp ult i64 %i32.addr.02797, 112
  br i1 %2212, label %j25.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j25.exit, %p6.exit
  %i33.addr.02815 = phi i64 [ %i33.next, %p6.exit ], [ 0, %j25.exit ]
  %2213 = shl nuw nsw i64 %i33.addr.02815, 5
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02814 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2232, %p6.body ]
  %acc33.02813 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2233, %p6.body ]
  %acc34.02812 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2234, %p6.body ]
  %acc35.02811 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2235, %p6.body ]
  %acc36.02810 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2241, %p6.body ]
  %acc37.02809 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2242, %p6.body ]
  %acc38.02808 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2243, %p6.body ]
  %acc39.02807 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2244, %p6.body ]
  %acc40.02806 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2250, %p6.body ]
  %acc41.02805 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2251, %p6.body ]
  %acc42.02804 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2252, %p6.body ]
  %acc43.02803 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2253, %p6.body ]
  %acc44.02802 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2259, %p6.body ]
  %acc45.02801 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2260, %p6.body ]
  %acc46.02800 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2261, %p6.body ]
  %acc47.02799 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %2262, %p6.body ]
  %p6.addr.02798 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %2214 = shl nuw nsw i64 %p6.addr.02798, 6
  %2215 = getelementptr inbounds float, ptr %QcT, i64 %2214
  %2216 = load <16 x float>, ptr %2215, align 4
  %2217 = or disjoint i64 %2214, 16
  %2218 = getelementptr inbounds float, ptr %QcT, i64 %2217
  %2219 = load <16 x float>, ptr %2218, align 4
  %2220 = or disjoint i64 %2214, 32
  %2221 = getelementptr inbounds float, ptr %QcT, i64 %2220
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = or disjoint i64 %2214, 48
  %2224 = getelementptr inbounds float, ptr %QcT, i64 %2223
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = add nuw nsw i64 %p6.addr.02798, %2213
  %2227 = or disjoint i64 %2226, 4096
  %2228 = getelementptr inbounds float, ptr %Bk, i64 %2227
  %2229 = load float, ptr %2228, align 4
  %2230 = insertelement <16 x float> poison, float %2229, i64 0
  %2231 = shufflevector <16 x float> %2230, <16 x float> poison, <16 x i32> zeroinitializer
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2216, <16 x float> %acc32.02814)
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2219, <16 x float> %acc33.02813)
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2222, <16 x float> %acc34.02812)
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2225, <16 x float> %acc35.02811)
  %2236 = or disjoint i64 %2226, 4128
  %2237 = getelementptr inbounds float, ptr %Bk, i64 %2236
  %2238 = load float, ptr %2237, align 4
  %2239 = insertelement <16 x float> poison, float %2238, i64 0
  %2240 = shufflevector <16 x float> %2239, <16 x float> poison, <16 x i32> zeroinitializer
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2216, <16 x float> %acc36.02810)
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2219, <16 x float> %acc37.02809)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2222, <16 x float> %acc38.02808)
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2225, <16 x float> %acc39.02807)
  %2245 = or disjoint i64 %2226, 4160
  %2246 = getelementptr inbounds float, ptr %Bk, i64 %2245
  %2247 = load float, ptr %2246, align 4
  %2248 = insertelement <16 x float> poison, float %2247, i64 0
  %2249 = shufflevector <16 x float> %2248, <16 x float> poison, <16 x i32> zeroinitializer
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2216, <16 x float> %acc40.02806)
  %2251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2219, <16 x float> %acc41.02805)
  %2252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2222, <16 x float> %acc42.02804)
  %2253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2225, <16 x float> %acc43.02803)
  %2254 = or disjoint i64 %2226, 4192
  %2255 = getelementptr inbounds float, ptr %Bk, i64 %2254
  %2256 = load float, ptr %2255, align 4
  %2257 = insertelement <16 x float> poison, float %2256, i64 0
  %2258 = shufflevector <16 x float> %2257, <16 x float> poison, <16 x i32> zeroinitializer
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2216, <16 x float> %acc44.02802)
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2219, <16 x float> %acc45.02801)
  %2261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2222, <16 x float> %acc46.02800)
  %2262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2225, <16 x float> %acc47.02799)
  %p6.next = add nuw nsw i64 %p6.addr.02798, 1
  %exitcond3267.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3267.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %2263 = shl nuw nsw i64 %i33.addr.02815, 6
  %2264 = getelementptr inbounds float, ptr %PT, i64 %2263
  store <16 x float> %2232, ptr %2264, align 4
  %2265 = or disjoint i64 %2263, 16
  %2266 = getelementptr inbounds float, ptr %PT, i64 %2265
  store <16 x float> %2233, ptr %2266, align 4
  %2267 = or disjoint i64 %2263, 32
  %2268 = getelementptr inbounds float, ptr %PT, i64 %2267
  store <16 x float> %2234, ptr %2268, align 4
  %2269 = or disjoint i64 %2263, 48
  %2270 = getelementptr inbounds float, ptr %PT, i64 %2269
  store <16 x float> %2235, ptr %2270, align 4
  %2271 = or disjoint i64 %2263, 64
  %2272 = getelementptr inbounds float, ptr %PT, i64 %2271
  store <16 x float> %2241, ptr %2272, align 4
  %2273 = or disjoint i64 %2263, 80
  %2274 = getelementptr inbounds float, ptr %PT, i64 %2273
  store <16 x float> %2242, ptr %2274, align 4
  %2275 = or disjoint i64 %2263, 96
  %2276 = getelementptr inbounds float, ptr %PT, i64 %2275
  store <16 x float> %2243, ptr %2276, align 4
  %2277 = or disjoint i64 %2263, 112
  %2278 = getelementptr inbounds float, ptr %PT, i64 %2277
  store <16 x float> %2244, ptr %2278, align 4
  %2279 = or disjoint i64 %2263, 128
  %2280 = getelementptr inbounds float, ptr %PT, i64 %2279
  store <16 x float> %2250, ptr %2280, align 4
  %2281 = or disjoint i64 %2263, 144
  %2282 = getelementptr inbounds float, ptr %PT, i64 %2281
  store <16 x float> %2251, ptr %2282, align 4
  %2283 = or disjoint i64 %2263, 160
  %2284 = getelementptr inbounds float, ptr %PT, i64 %2283
  store <16 x float> %2252, ptr %2284, align 4
  %2285 = or disjoint i64 %2263, 176
  %2286 = getelementptr inbounds float, ptr %PT, i64 %2285
  store <16 x float> %2253, ptr %2286, align 4
  %2287 = or disjoint i64 %2263, 192
  %2288 = getelementptr inbounds float, ptr %PT, i64 %2287
  store <16 x float> %2259, ptr %2288, align 4
  %2289 = or disjoint i64 %2263, 208
  %2290 = getelementptr inbounds float, ptr %PT, i64 %2289
  store <16 x float> %2260, ptr %2290, align 4
  %2291 = or disjoint i64 %2263, 224
  %2292 = getelementptr inbounds float, ptr %PT, i64 %2291
  store <16 x float> %2261, ptr %2292, align 4
  %2293 = or disjoint i64 %2263, 240
  %2294 = getelementptr inbounds float, ptr %PT, i64 %2293
  store <16 x float> %2262, ptr %2294, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02815, 4
  %2295 = icmp ult i64 %i33.addr.02815, 124
  br i1 %2295, label %p6.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p6.exit, %s3.head.preheader
  %t6.addr.02818 = phi i64 [ %t6.next.1, %s3.head.preheader ], [ 0, %p6.exit ]
  %.idx3028 = shl nsw i64 %t6.addr.02818, 9
  %2296 = getelementptr inbounds i8, ptr %PT, i64 %.idx3028
  %2297 = load <16 x float>, ptr %2296, align 4
  %.idx3029 = shl nsw i64 %t6.addr.02818, 8
  %2298 = getelementptr inbounds i8, ptr %M, i64 %.idx3029
  %2299 = load <16 x float>, ptr %2298, align 4
  %2300 = fmul <16 x float> %2297, %2299
  store <16 x float> %2300, ptr %2296, align 4
  %2301 = getelementptr inbounds i8, ptr %41, i64 %.idx3028
  %2302 = load <16 x float>, ptr %2301, align 4
  %2303 = getelementptr inbounds i8, ptr %42, i64 %.idx3029
  %2304 = load <16 x float>, ptr %2303, align 4
  %2305 = fmul <16 x float> %2302, %2304
  store <16 x float> %2305, ptr %2301, align 4
  %2306 = getelementptr inbounds i8, ptr %43, i64 %.idx3028
  %2307 = load <16 x float>, ptr %2306, align 4
  %2308 = getelementptr inbounds i8, ptr %44, i64 %.idx3029
  %2309 = load <16 x float>, ptr %2308, align 4
  %2310 = fmul <16 x float> %2307, %2309
  store <16 x float> %2310, ptr %2306, align 4
  %2311 = getelementptr inbounds i8, ptr %45, i64 %.idx3028
  %2312 = load <16 x float>, ptr %2311, align 4
  %2313 = getelementptr inbounds i8, ptr %46, i64 %.idx3029
  %2314 = load <16 x float>, ptr %2313, align 4
  %2315 = fmul <16 x float> %2312, %2314
  store <16 x float> %2315, ptr %2311, align 4
  %2316 = getelementptr inbounds i8, ptr %2296, i64 256
  %2317 = load <16 x float>, ptr %2316, align 4
  %2318 = load <16 x float>, ptr %2298, align 4
  %2319 = fmul <16 x float> %2317, %2318
  store <16 x float> %2319, ptr %2316, align 4
  %2320 = getelementptr inbounds i8, ptr %2301, i64 256
  %2321 = load <16 x float>, ptr %2320, align 4
  %2322 = load <16 x float>, ptr %2303, align 4
  %2323 = fmul <16 x float> %2321, %2322
  store <16 x float> %2323, ptr %2320, align 4
  %2324 = getelementptr inbounds i8, ptr %2306, i64 256
  %2325 = load <16 x float>, ptr %2324, align 4
  %2326 = load <16 x float>, ptr %2308, align 4
  %2327 = fmul <16 x float> %2325, %2326
  store <16 x float> %2327, ptr %2324, align 4
  %2328 = getelementptr inbounds i8, ptr %2311, i64 256
  %2329 = load <16 x float>, ptr %2328, align 4
  %2330 = load <16 x float>, ptr %2313, align 4
  %2331 = fmul <16 x float> %2329, %2330
  store <16 x float> %2331, ptr %2328, align 4
  %t6.next = or disjoint i64 %t6.addr.02818, 1
  %.idx3028.1 = shl nsw i64 %t6.next, 9
  %2332 = getelementptr inbounds i8, ptr %PT, i64 %.idx3028.1
  %2333 = load <16 x float>, ptr %2332, align 4
  %.idx3029.1 = shl nsw i64 %t6.next, 8
  %2334 = getelementptr inbounds i8, ptr %M, i64 %.idx3029.1
  %2335 = load <16 x float>, ptr %2334, align 4
  %2336 = fmul <16 x float> %2333, %2335
  store <16 x float> %2336, ptr %2332, align 4
  %2337 = getelementptr inbounds i8, ptr %41, i64 %.idx3028.1
  %2338 = load <16 x float>, ptr %2337, align 4
  %2339 = getelementptr inbounds i8, ptr %42, i64 %.idx3029.1
  %2340 = load <16 x float>, ptr %2339, align 4
  %2341 = fmul <16 x float> %2338, %2340
  store <16 x float> %2341, ptr %2337, align 4
  %2342 = getelementptr inbounds i8, ptr %43, i64 %.idx3028.1
  %2343 = load <16 x float>, ptr %2342, align 4
  %2344 = getelementptr inbounds i8, ptr %44, i64 %.idx3029.1
  %2345 = load <16 x float>, ptr %2344, align 4
  %2346 = fmul <16 x float> %2343, %2345
  store <16 x float> %2346, ptr %2342, align 4
  %2347 = getelementptr inbounds i8, ptr %45, i64 %.idx3028.1
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = getelementptr inbounds i8, ptr %46, i64 %.idx3029.1
  %2350 = load <16 x float>, ptr %2349, align 4
  %2351 = fmul <16 x float> %2348, %2350
  store <16 x float> %2351, ptr %2347, align 4
  %2352 = getelementptr inbounds i8, ptr %2332, i64 256
  %2353 = load <16 x float>, ptr %2352, align 4
  %2354 = load <16 x float>, ptr %2334, align 4
  %2355 = fmul <16 x float> %2353, %2354
  store <16 x float> %2355, ptr %2352, align 4
  %2356 = getelementptr inbounds i8, ptr %2337, i64 256
  %2357 = load <16 x float>, ptr %2356, align 4
  %2358 = load <16 x float>, ptr %2339, align 4
  %2359 = fmul <16 x float> %2357, %2358
  store <16 x float> %2359, ptr %2356, align 4
  %2360 = getelementptr inbounds i8, ptr %2342, i64 256
  %2361 = load <16 x float>, ptr %2360, align 4
  %2362 = load <16 x float>, ptr %2344, align 4
  %2363 = fmul <16 x float> %2361, %2362
  store <16 x float> %2363, ptr %2360, align 4
  %2364 = getelementptr inbounds i8, ptr %2347, i64 256
  %2365 = load <16 x float>, ptr %2364, align 4
  %2366 = load <16 x float>, ptr %2349, align 4
  %2367 = fmul <16 x float> %2365, %2366
  store <16 x float> %2367, ptr %2364, align 4
  %t6.next.1 = add nuw nsw i64 %t6.addr.02818, 2
  %exitcond3268.not.1 = icmp eq i64 %t6.next.1, 64
  br i1 %exitcond3268.not.1, label %j27.body.preheader, label %s3.head.preheader

j27.body.preheader:                               ; preds = %s3.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dG, i8 0, i64 256, i1 false)
  br label %t7.body

t7.body:                                          ; preds = %j27.body.preheader, %t7.body
  %zsum.02825 = phi float [ %2432, %t7.body ], [ 0.000000e+00, %j27.body.preheader ]
  %t7.addr.02824 = phi i64 [ %t7.next, %t7.body ], [ 0, %j27.body.preheader ]
  %i37 = shl nuw nsw i64 %t7.addr.02824, 1
  %2368 = or disjoint i64 %i37, 8064
  %2369 = getelementptr inbounds float, ptr %En, i64 %2368
  %2370 = load float, ptr %2369, align 4
  %2371 = insertelement <16 x float> poison, float %2370, i64 0
  %2372 = shufflevector <16 x float> %2371, <16 x float> poison, <16 x i32> zeroinitializer
  %2373 = shl nuw nsw i64 %t7.addr.02824, 6
  %.idx3032 = shl nsw i64 %t7.addr.02824, 9
  %2374 = getelementptr inbounds i8, ptr %47, i64 %.idx3032
  %2375 = load <16 x float>, ptr %2374, align 4
  %2376 = fmul <16 x float> %2372, %2375
  %gep3514 = getelementptr inbounds float, ptr %invariant.gep3513, i64 %2373
  store <16 x float> %2376, ptr %gep3514, align 4
  %2377 = getelementptr inbounds float, ptr %Vn, i64 %2373
  %2378 = load <16 x float>, ptr %2377, align 4
  %2379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2378, <16 x float> zeroinitializer)
  %2380 = getelementptr inbounds i8, ptr %48, i64 %.idx3032
  %2381 = load <16 x float>, ptr %2380, align 4
  %2382 = fmul <16 x float> %2372, %2381
  %gep3516 = getelementptr inbounds float, ptr %invariant.gep3515, i64 %2373
  store <16 x float> %2382, ptr %gep3516, align 4
  %2383 = or disjoint i64 %2373, 16
  %2384 = getelementptr inbounds float, ptr %Vn, i64 %2383
  %2385 = load <16 x float>, ptr %2384, align 4
  %2386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2382, <16 x float> %2385, <16 x float> %2379)
  %2387 = shufflevector <16 x float> %2386, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2388 = shufflevector <16 x float> %2386, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2389 = fadd <8 x float> %2387, %2388
  %2390 = shufflevector <8 x float> %2389, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2391 = shufflevector <8 x float> %2389, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2392 = fadd <4 x float> %2390, %2391
  %2393 = shufflevector <4 x float> %2392, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2394 = shufflevector <4 x float> %2392, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2395 = fadd <2 x float> %2393, %2394
  %shift = shufflevector <2 x float> %2395, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2396 = fadd <2 x float> %2395, %shift
  %2397 = extractelement <2 x float> %2396, i64 0
  %2398 = getelementptr inbounds float, ptr %dG, i64 %t7.addr.02824
  %2399 = load float, ptr %2398, align 4
  %2400 = fsub float %2399, %2397
  store float %2400, ptr %2398, align 4
  %i38 = or disjoint i64 %i37, 1
  %2401 = or disjoint i64 %i37, 8065
  %2402 = getelementptr inbounds float, ptr %En, i64 %2401
  %2403 = load float, ptr %2402, align 4
  %2404 = insertelement <16 x float> poison, float %2403, i64 0
  %2405 = shufflevector <16 x float> %2404, <16 x float> poison, <16 x i32> zeroinitializer
  %2406 = shl nuw nsw i64 %i38, 5
  %.idx3033 = shl nsw i64 %i38, 8
  %2407 = getelementptr inbounds i8, ptr %47, i64 %.idx3033
  %2408 = load <16 x float>, ptr %2407, align 4
  %2409 = fmul <16 x float> %2405, %2408
  %gep3518 = getelementptr inbounds float, ptr %invariant.gep3517, i64 %2406
  store <16 x float> %2409, ptr %gep3518, align 4
  %2410 = getelementptr inbounds float, ptr %Vn, i64 %2406
  %2411 = load <16 x float>, ptr %2410, align 4
  %2412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2409, <16 x float> %2411, <16 x float> zeroinitializer)
  %2413 = getelementptr inbounds i8, ptr %48, i64 %.idx3033
  %2414 = load <16 x float>, ptr %2413, align 4
  %2415 = fmul <16 x float> %2405, %2414
  %gep3520 = getelementptr inbounds float, ptr %invariant.gep3519, i64 %2406
  store <16 x float> %2415, ptr %gep3520, align 4
  %2416 = or disjoint i64 %2406, 16
  %2417 = getelementptr inbounds float, ptr %Vn, i64 %2416
  %2418 = load <16 x float>, ptr %2417, align 4
  %2419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2415, <16 x float> %2418, <16 x float> %2412)
  %2420 = fadd float %zsum.02825, %2397
  %2421 = shufflevector <16 x float> %2419, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2422 = shufflevector <16 x float> %2419, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2423 = fadd <8 x float> %2421, %2422
  %2424 = shufflevector <8 x float> %2423, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2425 = shufflevector <8 x float> %2423, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2426 = fadd <4 x float> %2424, %2425
  %2427 = shufflevector <4 x float> %2426, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2428 = shufflevector <4 x float> %2426, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2429 = fadd <2 x float> %2427, %2428
  %shift3761 = shufflevector <2 x float> %2429, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2430 = fadd <2 x float> %2429, %shift3761
  %2431 = extractelement <2 x float> %2430, i64 0
  %2432 = fadd float %2420, %2431
  %2433 = load float, ptr %2398, align 4
  %2434 = fsub float %2433, %2431
  store float %2434, ptr %2398, align 4
  %t7.next = add nuw nsw i64 %t7.addr.02824, 1
  %exitcond3269.not = icmp eq i64 %t7.next, 64
  br i1 %exitcond3269.not, label %p9.head.preheader, label %t7.body

p9.head.preheader:                                ; preds = %t7.body, %p9.head.preheader
  %r8.addr.02829 = phi i64 [ %r8.next.3, %p9.head.preheader ], [ 0, %t7.body ]
  %sds.02828 = phi <16 x float> [ %2490, %p9.head.preheader ], [ zeroinitializer, %t7.body ]
  %2435 = shl nuw nsw i64 %r8.addr.02829, 6
  %2436 = getelementptr inbounds float, ptr %work, i64 %2435
  %2437 = load <16 x float>, ptr %2436, align 4
  %2438 = or disjoint i64 %2435, 32
  %2439 = getelementptr inbounds float, ptr %work, i64 %2438
  %2440 = load <16 x float>, ptr %2439, align 4
  %2441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2437, <16 x float> %2440, <16 x float> %sds.02828)
  %2442 = or disjoint i64 %2435, 16
  %2443 = getelementptr inbounds float, ptr %work, i64 %2442
  %2444 = load <16 x float>, ptr %2443, align 4
  %2445 = or disjoint i64 %2435, 48
  %2446 = getelementptr inbounds float, ptr %work, i64 %2445
  %2447 = load <16 x float>, ptr %2446, align 4
  %2448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2444, <16 x float> %2447, <16 x float> %2441)
  %r8.next = shl i64 %r8.addr.02829, 6
  %2449 = or disjoint i64 %r8.next, 64
  %2450 = getelementptr inbounds float, ptr %work, i64 %2449
  %2451 = load <16 x float>, ptr %2450, align 4
  %2452 = or disjoint i64 %r8.next, 96
  %2453 = getelementptr inbounds float, ptr %work, i64 %2452
  %2454 = load <16 x float>, ptr %2453, align 4
  %2455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2451, <16 x float> %2454, <16 x float> %2448)
  %2456 = or disjoint i64 %r8.next, 80
  %2457 = getelementptr inbounds float, ptr %work, i64 %2456
  %2458 = load <16 x float>, ptr %2457, align 4
  %2459 = or disjoint i64 %r8.next, 112
  %2460 = getelementptr inbounds float, ptr %work, i64 %2459
  %2461 = load <16 x float>, ptr %2460, align 4
  %2462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2461, <16 x float> %2455)
  %r8.next.1 = shl i64 %r8.addr.02829, 6
  %2463 = or disjoint i64 %r8.next.1, 128
  %2464 = getelementptr inbounds float, ptr %work, i64 %2463
  %2465 = load <16 x float>, ptr %2464, align 4
  %2466 = or disjoint i64 %r8.next.1, 160
  %2467 = getelementptr inbounds float, ptr %work, i64 %2466
  %2468 = load <16 x float>, ptr %2467, align 4
  %2469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2468, <16 x float> %2462)
  %2470 = or disjoint i64 %r8.next.1, 144
  %2471 = getelementptr inbounds float, ptr %work, i64 %2470
  %2472 = load <16 x float>, ptr %2471, align 4
  %2473 = or disjoint i64 %r8.next.1, 176
  %2474 = getelementptr inbounds float, ptr %work, i64 %2473
  %2475 = load <16 x float>, ptr %2474, align 4
  %2476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2472, <16 x float> %2475, <16 x float> %2469)
  %r8.next.2 = shl i64 %r8.addr.02829, 6
  %2477 = or disjoint i64 %r8.next.2, 192
  %2478 = getelementptr inbounds float, ptr %work, i64 %2477
  %2479 = load <16 x float>, ptr %2478, align 4
  %2480 = or disjoint i64 %r8.next.2, 224
  %2481 = getelementptr inbounds float, ptr %work, i64 %2480
  %2482 = load <16 x float>, ptr %2481, align 4
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2482, <16 x float> %2476)
  %2484 = or disjoint i64 %r8.next.2, 208
  %2485 = getelementptr inbounds float, ptr %work, i64 %2484
  %2486 = load <16 x float>, ptr %2485, align 4
  %2487 = or disjoint i64 %r8.next.2, 240
  %2488 = getelementptr inbounds float, ptr %work, i64 %2487
  %2489 = load <16 x float>, ptr %2488, align 4
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2489, <16 x float> %2483)
  %r8.next.3 = add nuw nsw i64 %r8.addr.02829, 4
  %exitcond3270.not.3 = icmp eq i64 %r8.next.3, 32
  br i1 %exitcond3270.not.3, label %r8.exit, label %p9.head.preheader

r8.exit:                                          ; preds = %p9.head.preheader
  %2491 = load float, ptr %4, align 4
  %2492 = load float, ptr %5, align 4
  %2493 = shufflevector <16 x float> %2490, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2494 = shufflevector <16 x float> %2490, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2495 = fadd <8 x float> %2493, %2494
  %2496 = shufflevector <8 x float> %2495, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2497 = shufflevector <8 x float> %2495, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2498 = fadd <4 x float> %2496, %2497
  %2499 = shufflevector <4 x float> %2498, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2500 = shufflevector <4 x float> %2498, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2501 = fadd <2 x float> %2499, %2500
  %shift3762 = shufflevector <2 x float> %2501, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2502 = fadd <2 x float> %2501, %shift3762
  %2503 = extractelement <2 x float> %2502, i64 0
  %2504 = fmul float %2503, %2492
  %2505 = fadd float %2432, %2504
  %2506 = fadd float %2491, %2505
  store float %2506, ptr %4, align 4
  br label %i39.body

i39.body:                                         ; preds = %r8.exit, %p10.exit
  %i39.addr.02847 = phi i64 [ 0, %r8.exit ], [ %i39.next, %p10.exit ]
  %.idx2696 = shl nuw nsw i64 %i39.addr.02847, 7
  %2507 = getelementptr inbounds i8, ptr %OY, i64 %.idx2696
  %2508 = getelementptr inbounds i8, ptr %2507, i64 8192
  %2509 = load <16 x float>, ptr %2508, align 4
  %2510 = getelementptr inbounds i8, ptr %2507, i64 8256
  %2511 = load <16 x float>, ptr %2510, align 4
  %2512 = or disjoint i64 %i39.addr.02847, 1
  %.idx2697 = shl nuw nsw i64 %2512, 7
  %2513 = getelementptr inbounds i8, ptr %OY, i64 %.idx2697
  %2514 = getelementptr inbounds i8, ptr %2513, i64 8192
  %2515 = load <16 x float>, ptr %2514, align 4
  %2516 = getelementptr inbounds i8, ptr %2513, i64 8256
  %2517 = load <16 x float>, ptr %2516, align 4
  %2518 = or disjoint i64 %i39.addr.02847, 2
  %.idx2698 = shl nuw nsw i64 %2518, 7
  %2519 = getelementptr inbounds i8, ptr %OY, i64 %.idx2698
  %2520 = getelementptr inbounds i8, ptr %2519, i64 8192
  %2521 = load <16 x float>, ptr %2520, align 4
  %2522 = getelementptr inbounds i8, ptr %2519, i64 8256
  %2523 = load <16 x float>, ptr %2522, align 4
  %2524 = or disjoint i64 %i39.addr.02847, 3
  %.idx2699 = shl nuw nsw i64 %2524, 7
  %2525 = getelementptr inbounds i8, ptr %OY, i64 %.idx2699
  %2526 = getelementptr inbounds i8, ptr %2525, i64 8192
  %2527 = load <16 x float>, ptr %2526, align 4
  %2528 = getelementptr inbounds i8, ptr %2525, i64 8256
  %2529 = load <16 x float>, ptr %2528, align 4
  %2530 = or disjoint i64 %i39.addr.02847, 4
  %.idx2700 = shl nuw nsw i64 %2530, 7
  %2531 = getelementptr inbounds i8, ptr %OY, i64 %.idx2700
  %2532 = getelementptr inbounds i8, ptr %2531, i64 8192
  %2533 = load <16 x float>, ptr %2532, align 4
  %2534 = getelementptr inbounds i8, ptr %2531, i64 8256
  %2535 = load <16 x float>, ptr %2534, align 4
  %2536 = or disjoint i64 %i39.addr.02847, 5
  %.idx2701 = shl nuw nsw i64 %2536, 7
  %2537 = getelementptr inbounds i8, ptr %OY, i64 %.idx2701
  %2538 = getelementptr inbounds i8, ptr %2537, i64 8192
  %2539 = load <16 x float>, ptr %2538, align 4
  %2540 = getelementptr inbounds i8, ptr %2537, i64 8256
  %2541 = load <16 x float>, ptr %2540, align 4
  %2542 = or disjoint i64 %i39.addr.02847, 6
  %.idx2702 = shl nuw nsw i64 %2542, 7
  %2543 = getelementptr inbounds i8, ptr %OY, i64 %.idx2702
  %2544 = getelementptr inbounds i8, ptr %2543, i64 8192
  %2545 = load <16 x float>, ptr %2544, align 4
  %2546 = getelementptr inbounds i8, ptr %2543, i64 8256
  %2547 = load <16 x float>, ptr %2546, align 4
  %2548 = or disjoint i64 %i39.addr.02847, 7
  %.idx2703 = shl nuw nsw i64 %2548, 7
  %2549 = getelementptr inbounds i8, ptr %OY, i64 %.idx2703
  %2550 = getelementptr inbounds i8, ptr %2549, i64 8192
  %2551 = load <16 x float>, ptr %2550, align 4
  %2552 = getelementptr inbounds i8, ptr %2549, i64 8256
  %2553 = load <16 x float>, ptr %2552, align 4
  %.idx3034 = shl nsw i64 %i39.addr.02847, 8
  %.idx3035 = shl nsw i64 %2512, 8
  %.idx3036 = shl nsw i64 %2518, 8
  %.idx3037 = shl nsw i64 %2524, 8
  %.idx3038 = shl nsw i64 %2530, 8
  %.idx3039 = shl nsw i64 %2536, 8
  %.idx3040 = shl nsw i64 %2542, 8
  %.idx3041 = shl nsw i64 %2548, 8
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02846 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc63.02845 = phi <16 x float> [ %2553, %i39.body ], [ %2608, %p10.body ]
  %acc62.02844 = phi <16 x float> [ %2551, %i39.body ], [ %2607, %p10.body ]
  %acc61.02843 = phi <16 x float> [ %2547, %i39.body ], [ %2602, %p10.body ]
  %acc60.02842 = phi <16 x float> [ %2545, %i39.body ], [ %2601, %p10.body ]
  %acc59.02841 = phi <16 x float> [ %2541, %i39.body ], [ %2596, %p10.body ]
  %acc58.02840 = phi <16 x float> [ %2539, %i39.body ], [ %2595, %p10.body ]
  %acc57.02839 = phi <16 x float> [ %2535, %i39.body ], [ %2590, %p10.body ]
  %acc56.02838 = phi <16 x float> [ %2533, %i39.body ], [ %2589, %p10.body ]
  %acc55.02837 = phi <16 x float> [ %2529, %i39.body ], [ %2584, %p10.body ]
  %acc54.02836 = phi <16 x float> [ %2527, %i39.body ], [ %2583, %p10.body ]
  %acc53.02835 = phi <16 x float> [ %2523, %i39.body ], [ %2578, %p10.body ]
  %acc52.02834 = phi <16 x float> [ %2521, %i39.body ], [ %2577, %p10.body ]
  %acc51.02833 = phi <16 x float> [ %2517, %i39.body ], [ %2572, %p10.body ]
  %acc50.02832 = phi <16 x float> [ %2515, %i39.body ], [ %2571, %p10.body ]
  %acc49.02831 = phi <16 x float> [ %2511, %i39.body ], [ %2566, %p10.body ]
  %acc48.02830 = phi <16 x float> [ %2509, %i39.body ], [ %2565, %p10.body ]
  %2554 = shl nuw nsw i64 %p10.addr.02846, 5
  %2555 = getelementptr inbounds float, ptr %OY, i64 %2554
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = or disjoint i64 %2554, 16
  %2558 = getelementptr inbounds float, ptr %OY, i64 %2557
  %2559 = load <16 x float>, ptr %2558, align 4
  %2560 = getelementptr inbounds float, ptr %PT, i64 %p10.addr.02846
  %2561 = getelementptr inbounds i8, ptr %2560, i64 %.idx3034
  %2562 = load float, ptr %2561, align 4
  %2563 = insertelement <16 x float> poison, float %2562, i64 0
  %2564 = shufflevector <16 x float> %2563, <16 x float> poison, <16 x i32> zeroinitializer
  %2565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2564, <16 x float> %2556, <16 x float> %acc48.02830)
  %2566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2564, <16 x float> %2559, <16 x float> %acc49.02831)
  %2567 = getelementptr inbounds i8, ptr %2560, i64 %.idx3035
  %2568 = load float, ptr %2567, align 4
  %2569 = insertelement <16 x float> poison, float %2568, i64 0
  %2570 = shufflevector <16 x float> %2569, <16 x float> poison, <16 x i32> zeroinitializer
  %2571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2570, <16 x float> %2556, <16 x float> %acc50.02832)
  %2572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2570, <16 x float> %2559, <16 x float> %acc51.02833)
  %2573 = getelementptr inbounds i8, ptr %2560, i64 %.idx3036
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <16 x float> poison, float %2574, i64 0
  %2576 = shufflevector <16 x float> %2575, <16 x float> poison, <16 x i32> zeroinitializer
  %2577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2556, <16 x float> %acc52.02834)
  %2578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2559, <16 x float> %acc53.02835)
  %2579 = getelementptr inbounds i8, ptr %2560, i64 %.idx3037
  %2580 = load float, ptr %2579, align 4
  %2581 = insertelement <16 x float> poison, float %2580, i64 0
  %2582 = shufflevector <16 x float> %2581, <16 x float> poison, <16 x i32> zeroinitializer
  %2583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2556, <16 x float> %acc54.02836)
  %2584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2559, <16 x float> %acc55.02837)
  %2585 = getelementptr inbounds i8, ptr %2560, i64 %.idx3038
  %2586 = load float, ptr %2585, align 4
  %2587 = insertelement <16 x float> poison, float %2586, i64 0
  %2588 = shufflevector <16 x float> %2587, <16 x float> poison, <16 x i32> zeroinitializer
  %2589 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2588, <16 x float> %2556, <16 x float> %acc56.02838)
  %2590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2588, <16 x float> %2559, <16 x float> %acc57.02839)
  %2591 = getelementptr inbounds i8, ptr %2560, i64 %.idx3039
  %2592 = load float, ptr %2591, align 4
  %2593 = insertelement <16 x float> poison, float %2592, i64 0
  %2594 = shufflevector <16 x float> %2593, <16 x float> poison, <16 x i32> zeroinitializer
  %2595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2594, <16 x float> %2556, <16 x float> %acc58.02840)
  %2596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2594, <16 x float> %2559, <16 x float> %acc59.02841)
  %2597 = getelementptr inbounds i8, ptr %2560, i64 %.idx3040
  %2598 = load float, ptr %2597, align 4
  %2599 = insertelement <16 x float> poison, float %2598, i64 0
  %2600 = shufflevector <16 x float> %2599, <16 x float> poison, <16 x i32> zeroinitializer
  %2601 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2600, <16 x float> %2556, <16 x float> %acc60.02842)
  %2602 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2600, <16 x float> %2559, <16 x float> %acc61.02843)
  %2603 = getelementptr inbounds i8, ptr %2560, i64 %.idx3041
  %2604 = load float, ptr %2603, align 4
  %2605 = insertelement <16 x float> poison, float %2604, i64 0
  %2606 = shufflevector <16 x float> %2605, <16 x float> poison, <16 x i32> zeroinitializer
  %2607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2606, <16 x float> %2556, <16 x float> %acc62.02844)
  %2608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2606, <16 x float> %2559, <16 x float> %acc63.02845)
  %p10.next = add nuw nsw i64 %p10.addr.02846, 1
  %exitcond3271.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond3271.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2565, ptr %2508, align 4
  store <16 x float> %2566, ptr %2510, align 4
  store <16 x float> %2571, ptr %2514, align 4
  store <16 x float> %2572, ptr %2516, align 4
  store <16 x float> %2577, ptr %2520, align 4
  store <16 x float> %2578, ptr %2522, align 4
  store <16 x float> %2583, ptr %2526, align 4
  store <16 x float> %2584, ptr %2528, align 4
  store <16 x float> %2589, ptr %2532, align 4
  store <16 x float> %2590, ptr %2534, align 4
  store <16 x float> %2595, ptr %2538, align 4
  store <16 x float> %2596, ptr %2540, align 4
  store <16 x float> %2601, ptr %2544, align 4
  store <16 x float> %2602, ptr %2546, align 4
  store <16 x float> %2607, ptr %2550, align 4
  store <16 x float> %2608, ptr %2552, align 4
  %i39.next = add nuw nsw i64 %i39.addr.02847, 8
  %2609 = icmp ult i64 %i39.addr.02847, 120
  br i1 %2609, label %i39.body, label %p11.head.preheader

p11.head.preheader:                               ; preds = %p10.exit, %p11.exit
  %i40.addr.02865 = phi i64 [ %i40.next, %p11.exit ], [ 0, %p10.exit ]
  %2610 = shl nuw nsw i64 %i40.addr.02865, 5
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02864 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc79.02863 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2658, %p11.body ]
  %acc78.02862 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2657, %p11.body ]
  %acc77.02861 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2656, %p11.body ]
  %acc76.02860 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2655, %p11.body ]
  %acc75.02859 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2649, %p11.body ]
  %acc74.02858 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2648, %p11.body ]
  %acc73.02857 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2647, %p11.body ]
  %acc72.02856 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2646, %p11.body ]
  %acc71.02855 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2640, %p11.body ]
  %acc70.02854 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2639, %p11.body ]
  %acc69.02853 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2638, %p11.body ]
  %acc68.02852 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2637, %p11.body ]
  %acc67.02851 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2631, %p11.body ]
  %acc66.02850 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2630, %p11.body ]
  %acc65.02849 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2629, %p11.body ]
  %acc64.02848 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2628, %p11.body ]
  %2611 = shl nuw nsw i64 %p11.addr.02864, 6
  %2612 = getelementptr inbounds float, ptr %dOT, i64 %2611
  %2613 = load <16 x float>, ptr %2612, align 4
  %2614 = or disjoint i64 %2611, 16
  %2615 = getelementptr inbounds float, ptr %dOT, i64 %2614
  %2616 = load <16 x float>, ptr %2615, align 4
  %2617 = or disjoint i64 %2611, 32
  %2618 = getelementptr inbounds float, ptr %dOT, i64 %2617
  %2619 = load <16 x float>, ptr %2618, align 4
  %2620 = or disjoint i64 %2611, 48
  %2621 = getelementptr inbounds float, ptr %dOT, i64 %2620
  %2622 = load <16 x float>, ptr %2621, align 4
  %2623 = add nuw nsw i64 %p11.addr.02864, %2610
  %2624 = getelementptr inbounds float, ptr %Vn, i64 %2623
  %2625 = load float, ptr %2624, align 4
  %2626 = insertelement <16 x float> poison, float %2625, i64 0
  %2627 = shufflevector <16 x float> %2626, <16 x float> poison, <16 x i32> zeroinitializer
  %2628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2613, <16 x float> %acc64.02848)
  %2629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2616, <16 x float> %acc65.02849)
  %2630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2619, <16 x float> %acc66.02850)
  %2631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2622, <16 x float> %acc67.02851)
  %2632 = or disjoint i64 %2623, 32
  %2633 = getelementptr inbounds float, ptr %Vn, i64 %2632
  %2634 = load float, ptr %2633, align 4
  %2635 = insertelement <16 x float> poison, float %2634, i64 0
  %2636 = shufflevector <16 x float> %2635, <16 x float> poison, <16 x i32> zeroinitializer
  %2637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2636, <16 x float> %2613, <16 x float> %acc68.02852)
  %2638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2636, <16 x float> %2616, <16 x float> %acc69.02853)
  %2639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2636, <16 x float> %2619, <16 x float> %acc70.02854)
  %2640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2636, <16 x float> %2622, <16 x float> %acc71.02855)
  %2641 = or disjoint i64 %2623, 64
  %2642 = getelementptr inbounds float, ptr %Vn, i64 %2641
  %2643 = load float, ptr %2642, align 4
  %2644 = insertelement <16 x float> poison, float %2643, i64 0
  %2645 = shufflevector <16 x float> %2644, <16 x float> poison, <16 x i32> zeroinitializer
  %2646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2645, <16 x float> %2613, <16 x float> %acc72.02856)
  %2647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2645, <16 x float> %2616, <16 x float> %acc73.02857)
  %2648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2645, <16 x float> %2619, <16 x float> %acc74.02858)
  %2649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2645, <16 x float> %2622, <16 x float> %acc75.02859)
  %2650 = or disjoint i64 %2623, 96
  %2651 = getelementptr inbounds float, ptr %Vn, i64 %2650
  %2652 = load float, ptr %2651, align 4
  %2653 = insertelement <16 x float> poison, float %2652, i64 0
  %2654 = shufflevector <16 x float> %2653, <16 x float> poison, <16 x i32> zeroinitializer
  %2655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2613, <16 x float> %acc76.02860)
  %2656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2616, <16 x float> %acc77.02861)
  %2657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2619, <16 x float> %acc78.02862)
  %2658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2654, <16 x float> %2622, <16 x float> %acc79.02863)
  %p11.next = add nuw nsw i64 %p11.addr.02864, 1
  %exitcond3272.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3272.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2659 = shl nuw nsw i64 %i40.addr.02865, 8
  %2660 = or disjoint i64 %2659, 64
  %2661 = getelementptr inbounds float, ptr %Ak, i64 %2660
  store <16 x float> %2628, ptr %2661, align 4
  %2662 = or disjoint i64 %2659, 80
  %2663 = getelementptr inbounds float, ptr %Ak, i64 %2662
  store <16 x float> %2629, ptr %2663, align 4
  %2664 = or disjoint i64 %2659, 96
  %2665 = getelementptr inbounds float, ptr %Ak, i64 %2664
  store <16 x float> %2630, ptr %2665, align 4
  %2666 = or disjoint i64 %2659, 112
  %2667 = getelementptr inbounds float, ptr %Ak, i64 %2666
  store <16 x float> %2631, ptr %2667, align 4
  %2668 = or disjoint i64 %2659, 320
  %2669 = getelementptr inbounds float, ptr %Ak, i64 %2668
  store <16 x float> %2637, ptr %2669, align 4
  %2670 = or disjoint i64 %2659, 336
  %2671 = getelementptr inbounds float, ptr %Ak, i64 %2670
  store <16 x float> %2638, ptr %2671, align 4
  %2672 = or disjoint i64 %2659, 352
  %2673 = getelementptr inbounds float, ptr %Ak, i64 %2672
  store <16 x float> %2639, ptr %2673, align 4
  %2674 = or disjoint i64 %2659, 368
  %2675 = getelementptr inbounds float, ptr %Ak, i64 %2674
  store <16 x float> %2640, ptr %2675, align 4
  %2676 = or disjoint i64 %2659, 576
  %2677 = getelementptr inbounds float, ptr %Ak, i64 %2676
  store <16 x float> %2646, ptr %2677, align 4
  %2678 = or disjoint i64 %2659, 592
  %2679 = getelementptr inbounds float, ptr %Ak, i64 %2678
  store <16 x float> %2647, ptr %2679, align 4
  %2680 = or disjoint i64 %2659, 608
  %2681 = getelementptr inbounds float, ptr %Ak, i64 %2680
  store <16 x float> %2648, ptr %2681, align 4
  %2682 = or disjoint i64 %2659, 624
  %2683 = getelementptr inbounds float, ptr %Ak, i64 %2682
  store <16 x float> %2649, ptr %2683, align 4
  %2684 = or disjoint i64 %2659, 832
  %2685 = getelementptr inbounds float, ptr %Ak, i64 %2684
  store <16 x float> %2655, ptr %2685, align 4
  %2686 = or disjoint i64 %2659, 848
  %2687 = getelementptr inbounds float, ptr %Ak, i64 %2686
  store <16 x float> %2656, ptr %2687, align 4
  %2688 = or disjoint i64 %2659, 864
  %2689 = getelementptr inbounds float, ptr %Ak, i64 %2688
  store <16 x float> %2657, ptr %2689, align 4
  %2690 = or disjoint i64 %2659, 880
  %2691 = getelementptr inbounds float, ptr %Ak, i64 %2690
  store <16 x float> %2658, ptr %2691, align 4
  %i40.next = add nuw nsw i64 %i40.addr.02865, 4
  %2692 = icmp ult i64 %i40.addr.02865, 124
  br i1 %2692, label %p11.head.preheader, label %t8.body

t8.body:                                          ; preds = %p11.exit, %t8.body
  %t8.addr.02872 = phi i64 [ %t8.next, %t8.body ], [ 0, %p11.exit ]
  %.idx3042 = shl nsw i64 %t8.addr.02872, 11
  %gep3522 = getelementptr inbounds i8, ptr %invariant.gep3521, i64 %.idx3042
  %2693 = load <16 x float>, ptr %gep3522, align 4
  %.idx3043 = shl nsw i64 %t8.addr.02872, 9
  %2694 = getelementptr inbounds i8, ptr %PT, i64 %.idx3043
  %2695 = load <16 x float>, ptr %2694, align 4
  %2696 = fmul <16 x float> %2693, %2695
  %2697 = fadd <16 x float> %2696, zeroinitializer
  %2698 = load <16 x float>, ptr %dG, align 4
  %2699 = fadd <16 x float> %2698, %2696
  store <16 x float> %2699, ptr %dG, align 4
  %gep3524 = getelementptr inbounds i8, ptr %invariant.gep3523, i64 %.idx3042
  %2700 = load <16 x float>, ptr %gep3524, align 4
  %2701 = getelementptr inbounds i8, ptr %41, i64 %.idx3043
  %2702 = load <16 x float>, ptr %2701, align 4
  %2703 = fmul <16 x float> %2700, %2702
  %2704 = fadd <16 x float> %2697, %2703
  %2705 = load <16 x float>, ptr %49, align 4
  %2706 = fadd <16 x float> %2705, %2703
  store <16 x float> %2706, ptr %49, align 4
  %gep3526 = getelementptr inbounds i8, ptr %invariant.gep3525, i64 %.idx3042
  %2707 = load <16 x float>, ptr %gep3526, align 4
  %2708 = getelementptr inbounds i8, ptr %43, i64 %.idx3043
  %2709 = load <16 x float>, ptr %2708, align 4
  %2710 = fmul <16 x float> %2707, %2709
  %2711 = fadd <16 x float> %2704, %2710
  %2712 = load <16 x float>, ptr %50, align 4
  %2713 = fadd <16 x float> %2712, %2710
  store <16 x float> %2713, ptr %50, align 4
  %gep3528 = getelementptr inbounds i8, ptr %invariant.gep3527, i64 %.idx3042
  %2714 = load <16 x float>, ptr %gep3528, align 4
  %2715 = getelementptr inbounds i8, ptr %45, i64 %.idx3043
  %2716 = load <16 x float>, ptr %2715, align 4
  %2717 = fmul <16 x float> %2714, %2716
  %2718 = fadd <16 x float> %2711, %2717
  %2719 = load <16 x float>, ptr %51, align 4
  %2720 = fadd <16 x float> %2719, %2717
  store <16 x float> %2720, ptr %51, align 4
  %2721 = getelementptr inbounds float, ptr %dG, i64 %t8.addr.02872
  %2722 = load float, ptr %2721, align 4
  %2723 = shufflevector <16 x float> %2718, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2724 = shufflevector <16 x float> %2718, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2725 = fadd <8 x float> %2723, %2724
  %2726 = shufflevector <8 x float> %2725, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2727 = shufflevector <8 x float> %2725, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2728 = fadd <4 x float> %2726, %2727
  %2729 = shufflevector <4 x float> %2728, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2730 = shufflevector <4 x float> %2728, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2731 = fadd <2 x float> %2729, %2730
  %shift3763 = shufflevector <2 x float> %2731, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2732 = fadd <2 x float> %2731, %shift3763
  %2733 = extractelement <2 x float> %2732, i64 0
  %2734 = fsub float %2722, %2733
  store float %2734, ptr %2721, align 4
  %2735 = load <16 x float>, ptr %gep3522, align 4
  %.idx3045 = shl nsw i64 %t8.addr.02872, 8
  %2736 = getelementptr inbounds i8, ptr %M, i64 %.idx3045
  %2737 = load <16 x float>, ptr %2736, align 4
  %2738 = fmul <16 x float> %2735, %2737
  store <16 x float> %2738, ptr %gep3522, align 4
  %2739 = load <16 x float>, ptr %gep3524, align 4
  %2740 = getelementptr inbounds i8, ptr %42, i64 %.idx3045
  %2741 = load <16 x float>, ptr %2740, align 4
  %2742 = fmul <16 x float> %2739, %2741
  store <16 x float> %2742, ptr %gep3524, align 4
  %2743 = load <16 x float>, ptr %gep3526, align 4
  %2744 = getelementptr inbounds i8, ptr %44, i64 %.idx3045
  %2745 = load <16 x float>, ptr %2744, align 4
  %2746 = fmul <16 x float> %2743, %2745
  store <16 x float> %2746, ptr %gep3526, align 4
  %2747 = load <16 x float>, ptr %gep3528, align 4
  %2748 = getelementptr inbounds i8, ptr %46, i64 %.idx3045
  %2749 = load <16 x float>, ptr %2748, align 4
  %2750 = fmul <16 x float> %2747, %2749
  store <16 x float> %2750, ptr %gep3528, align 4
  %i41 = shl nuw nsw i64 %t8.addr.02872, 1
  %i42 = or disjoint i64 %i41, 1
  %.idx3046 = shl nsw i64 %i42, 10
  %gep3530 = getelementptr inbounds i8, ptr %invariant.gep3529, i64 %.idx3046
  %2751 = load <16 x float>, ptr %gep3530, align 4
  %.idx3047 = shl nsw i64 %i42, 8
  %2752 = getelementptr inbounds i8, ptr %PT, i64 %.idx3047
  %2753 = load <16 x float>, ptr %2752, align 4
  %2754 = fmul <16 x float> %2751, %2753
  %2755 = fadd <16 x float> %2754, zeroinitializer
  %2756 = load <16 x float>, ptr %dG, align 4
  %2757 = fadd <16 x float> %2756, %2754
  store <16 x float> %2757, ptr %dG, align 4
  %gep3532 = getelementptr inbounds i8, ptr %invariant.gep3531, i64 %.idx3046
  %2758 = load <16 x float>, ptr %gep3532, align 4
  %2759 = getelementptr inbounds i8, ptr %41, i64 %.idx3047
  %2760 = load <16 x float>, ptr %2759, align 4
  %2761 = fmul <16 x float> %2758, %2760
  %2762 = fadd <16 x float> %2755, %2761
  %2763 = load <16 x float>, ptr %49, align 4
  %2764 = fadd <16 x float> %2763, %2761
  store <16 x float> %2764, ptr %49, align 4
  %gep3534 = getelementptr inbounds i8, ptr %invariant.gep3533, i64 %.idx3046
  %2765 = load <16 x float>, ptr %gep3534, align 4
  %2766 = getelementptr inbounds i8, ptr %43, i64 %.idx3047
  %2767 = load <16 x float>, ptr %2766, align 4
  %2768 = fmul <16 x float> %2765, %2767
  %2769 = fadd <16 x float> %2762, %2768
  %2770 = load <16 x float>, ptr %50, align 4
  %2771 = fadd <16 x float> %2770, %2768
  store <16 x float> %2771, ptr %50, align 4
  %gep3536 = getelementptr inbounds i8, ptr %invariant.gep3535, i64 %.idx3046
  %2772 = load <16 x float>, ptr %gep3536, align 4
  %2773 = getelementptr inbounds i8, ptr %45, i64 %.idx3047
  %2774 = load <16 x float>, ptr %2773, align 4
  %2775 = fmul <16 x float> %2772, %2774
  %2776 = fadd <16 x float> %2769, %2775
  %2777 = load <16 x float>, ptr %51, align 4
  %2778 = fadd <16 x float> %2777, %2775
  store <16 x float> %2778, ptr %51, align 4
  %2779 = load float, ptr %2721, align 4
  %2780 = shufflevector <16 x float> %2776, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2781 = shufflevector <16 x float> %2776, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2782 = fadd <8 x float> %2780, %2781
  %2783 = shufflevector <8 x float> %2782, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2784 = shufflevector <8 x float> %2782, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2785 = fadd <4 x float> %2783, %2784
  %2786 = shufflevector <4 x float> %2785, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2787 = shufflevector <4 x float> %2785, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2788 = fadd <2 x float> %2786, %2787
  %shift3764 = shufflevector <2 x float> %2788, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2789 = fadd <2 x float> %2788, %shift3764
  %2790 = extractelement <2 x float> %2789, i64 0
  %2791 = fsub float %2779, %2790
  store float %2791, ptr %2721, align 4
  %2792 = load <16 x float>, ptr %gep3530, align 4
  %2793 = load <16 x float>, ptr %2736, align 4
  %2794 = fmul <16 x float> %2792, %2793
  store <16 x float> %2794, ptr %gep3530, align 4
  %2795 = load <16 x float>, ptr %gep3532, align 4
  %2796 = load <16 x float>, ptr %2740, align 4
  %2797 = fmul <16 x float> %2795, %2796
  store <16 x float> %2797, ptr %gep3532, align 4
  %2798 = load <16 x float>, ptr %gep3534, align 4
  %2799 = load <16 x float>, ptr %2744, align 4
  %2800 = fmul <16 x float> %2798, %2799
  store <16 x float> %2800, ptr %gep3534, align 4
  %2801 = load <16 x float>, ptr %gep3536, align 4
  %2802 = load <16 x float>, ptr %2748, align 4
  %2803 = fmul <16 x float> %2801, %2802
  store <16 x float> %2803, ptr %gep3536, align 4
  %t8.next = add nuw nsw i64 %t8.addr.02872, 1
  %exitcond3273.not = icmp eq i64 %t8.next, 64
  br i1 %exitcond3273.not, label %p14.head.preheader, label %t8.body

p14.head.preheader:                               ; preds = %t8.body, %p14.exit
  %i43.addr.02890 = phi i64 [ %i43.next, %p14.exit ], [ 0, %t8.body ]
  %2804 = shl nuw nsw i64 %i43.addr.02890, 5
  br label %p14.body

p14.body:                                         ; preds = %p14.head.preheader, %p14.body
  %p14.addr.02889 = phi i64 [ 0, %p14.head.preheader ], [ %p14.next, %p14.body ]
  %acc95.02888 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2867, %p14.body ]
  %acc94.02887 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2866, %p14.body ]
  %acc93.02886 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2860, %p14.body ]
  %acc92.02885 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2859, %p14.body ]
  %acc91.02884 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2853, %p14.body ]
  %acc90.02883 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2852, %p14.body ]
  %acc89.02882 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2846, %p14.body ]
  %acc88.02881 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2845, %p14.body ]
  %acc87.02880 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2839, %p14.body ]
  %acc86.02879 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2838, %p14.body ]
  %acc85.02878 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2832, %p14.body ]
  %acc84.02877 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2831, %p14.body ]
  %acc83.02876 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2825, %p14.body ]
  %acc82.02875 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2824, %p14.body ]
  %acc81.02874 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2818, %p14.body ]
  %acc80.02873 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2817, %p14.body ]
  %2805 = shl nuw nsw i64 %p14.addr.02889, 5
  %2806 = or disjoint i64 %2805, 1024
  %2807 = getelementptr inbounds float, ptr %Bk, i64 %2806
  %2808 = load <16 x float>, ptr %2807, align 4
  %2809 = or disjoint i64 %2805, 1040
  %2810 = getelementptr inbounds float, ptr %Bk, i64 %2809
  %2811 = load <16 x float>, ptr %2810, align 4
  %2812 = add nuw nsw i64 %p14.addr.02889, %2804
  %2813 = getelementptr inbounds float, ptr %OY, i64 %2812
  %2814 = load float, ptr %2813, align 4
  %2815 = insertelement <16 x float> poison, float %2814, i64 0
  %2816 = shufflevector <16 x float> %2815, <16 x float> poison, <16 x i32> zeroinitializer
  %2817 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2816, <16 x float> %2808, <16 x float> %acc80.02873)
  %2818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2816, <16 x float> %2811, <16 x float> %acc81.02874)
  %2819 = or disjoint i64 %2812, 32
  %2820 = getelementptr inbounds float, ptr %OY, i64 %2819
  %2821 = load float, ptr %2820, align 4
  %2822 = insertelement <16 x float> poison, float %2821, i64 0
  %2823 = shufflevector <16 x float> %2822, <16 x float> poison, <16 x i32> zeroinitializer
  %2824 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2823, <16 x float> %2808, <16 x float> %acc82.02875)
  %2825 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2823, <16 x float> %2811, <16 x float> %acc83.02876)
  %2826 = or disjoint i64 %2812, 64
  %2827 = getelementptr inbounds float, ptr %OY, i64 %2826
  %2828 = load float, ptr %2827, align 4
  %2829 = insertelement <16 x float> poison, float %2828, i64 0
  %2830 = shufflevector <16 x float> %2829, <16 x float> poison, <16 x i32> zeroinitializer
  %2831 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2830, <16 x float> %2808, <16 x float> %acc84.02877)
  %2832 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2830, <16 x float> %2811, <16 x float> %acc85.02878)
  %2833 = or disjoint i64 %2812, 96
  %2834 = getelementptr inbounds float, ptr %OY, i64 %2833
  %2835 = load float, ptr %2834, align 4
  %2836 = insertelement <16 x float> poison, float %2835, i64 0
  %2837 = shufflevector <16 x float> %2836, <16 x float> poison, <16 x i32> zeroinitializer
  %2838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2808, <16 x float> %acc86.02879)
  %2839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2811, <16 x float> %acc87.02880)
  %2840 = or disjoint i64 %2812, 128
  %2841 = getelementptr inbounds float, ptr %OY, i64 %2840
  %2842 = load float, ptr %2841, align 4
  %2843 = insertelement <16 x float> poison, float %2842, i64 0
  %2844 = shufflevector <16 x float> %2843, <16 x float> poison, <16 x i32> zeroinitializer
  %2845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2844, <16 x float> %2808, <16 x float> %acc88.02881)
  %2846 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2844, <16 x float> %2811, <16 x float> %acc89.02882)
  %2847 = or disjoint i64 %2812, 160
  %2848 = getelementptr inbounds float, ptr %OY, i64 %2847
  %2849 = load float, ptr %2848, align 4
  %2850 = insertelement <16 x float> poison, float %2849, i64 0
  %2851 = shufflevector <16 x float> %2850, <16 x float> poison, <16 x i32> zeroinitializer
  %2852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2851, <16 x float> %2808, <16 x float> %acc90.02883)
  %2853 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2851, <16 x float> %2811, <16 x float> %acc91.02884)
  %2854 = or disjoint i64 %2812, 192
  %2855 = getelementptr inbounds float, ptr %OY, i64 %2854
  %2856 = load float, ptr %2855, align 4
  %2857 = insertelement <16 x float> poison, float %2856, i64 0
  %2858 = shufflevector <16 x float> %2857, <16 x float> poison, <16 x i32> zeroinitializer
  %2859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2858, <16 x float> %2808, <16 x float> %acc92.02885)
  %2860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2858, <16 x float> %2811, <16 x float> %acc93.02886)
  %2861 = or disjoint i64 %2812, 224
  %2862 = getelementptr inbounds float, ptr %OY, i64 %2861
  %2863 = load float, ptr %2862, align 4
  %2864 = insertelement <16 x float> poison, float %2863, i64 0
  %2865 = shufflevector <16 x float> %2864, <16 x float> poison, <16 x i32> zeroinitializer
  %2866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2865, <16 x float> %2808, <16 x float> %acc94.02887)
  %2867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2865, <16 x float> %2811, <16 x float> %acc95.02888)
  %p14.next = add nuw nsw i64 %p14.addr.02889, 1
  %exitcond3274.not = icmp eq i64 %p14.next, 32
  br i1 %exitcond3274.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  %2868 = getelementptr inbounds float, ptr %dQc, i64 %2804
  store <16 x float> %2817, ptr %2868, align 4
  %2869 = or disjoint i64 %2804, 16
  %2870 = getelementptr inbounds float, ptr %dQc, i64 %2869
  store <16 x float> %2818, ptr %2870, align 4
  %2871 = or disjoint i64 %2804, 32
  %2872 = getelementptr inbounds float, ptr %dQc, i64 %2871
  store <16 x float> %2824, ptr %2872, align 4
  %2873 = or disjoint i64 %2804, 48
  %2874 = getelementptr inbounds float, ptr %dQc, i64 %2873
  store <16 x float> %2825, ptr %2874, align 4
  %2875 = or disjoint i64 %2804, 64
  %2876 = getelementptr inbounds float, ptr %dQc, i64 %2875
  store <16 x float> %2831, ptr %2876, align 4
  %2877 = or disjoint i64 %2804, 80
  %2878 = getelementptr inbounds float, ptr %dQc, i64 %2877
  store <16 x float> %2832, ptr %2878, align 4
  %2879 = or disjoint i64 %2804, 96
  %2880 = getelementptr inbounds float, ptr %dQc, i64 %2879
  store <16 x float> %2838, ptr %2880, align 4
  %2881 = or disjoint i64 %2804, 112
  %2882 = getelementptr inbounds float, ptr %dQc, i64 %2881
  store <16 x float> %2839, ptr %2882, align 4
  %2883 = or disjoint i64 %2804, 128
  %2884 = getelementptr inbounds float, ptr %dQc, i64 %2883
  store <16 x float> %2845, ptr %2884, align 4
  %2885 = or disjoint i64 %2804, 144
  %2886 = getelementptr inbounds float, ptr %dQc, i64 %2885
  store <16 x float> %2846, ptr %2886, align 4
  %2887 = or disjoint i64 %2804, 160
  %2888 = getelementptr inbounds float, ptr %dQc, i64 %2887
  store <16 x float> %2852, ptr %2888, align 4
  %2889 = or disjoint i64 %2804, 176
  %2890 = getelementptr inbounds float, ptr %dQc, i64 %2889
  store <16 x float> %2853, ptr %2890, align 4
  %2891 = or disjoint i64 %2804, 192
  %2892 = getelementptr inbounds float, ptr %dQc, i64 %2891
  store <16 x float> %2859, ptr %2892, align 4
  %2893 = or disjoint i64 %2804, 208
  %2894 = getelementptr inbounds float, ptr %dQc, i64 %2893
  store <16 x float> %2860, ptr %2894, align 4
  %2895 = or disjoint i64 %2804, 224
  %2896 = getelementptr inbounds float, ptr %dQc, i64 %2895
  store <16 x float> %2866, ptr %2896, align 4
  %2897 = or disjoint i64 %2804, 240
  %2898 = getelementptr inbounds float, ptr %dQc, i64 %2897
  store <16 x float> %2867, ptr %2898, align 4
  %i43.next = add nuw nsw i64 %i43.addr.02890, 8
  %2899 = icmp ult i64 %i43.addr.02890, 56
  br i1 %2899, label %p14.head.preheader, label %t9.body

t9.body:                                          ; preds = %p14.exit, %t9.body
  %t9.addr.02894 = phi i64 [ %t9.next.1, %t9.body ], [ 0, %p14.exit ]
  %2900 = getelementptr inbounds float, ptr %gam, i64 %t9.addr.02894
  %2901 = load float, ptr %2900, align 4
  %2902 = shl nuw nsw i64 %t9.addr.02894, 5
  %2903 = or disjoint i64 %2902, 2048
  %2904 = getelementptr inbounds float, ptr %Bk, i64 %2903
  %2905 = load <16 x float>, ptr %2904, align 4
  %2906 = getelementptr inbounds float, ptr %dQc, i64 %2902
  %2907 = load <16 x float>, ptr %2906, align 4
  %2908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2907, <16 x float> zeroinitializer)
  %2909 = or disjoint i64 %2902, 16
  %2910 = or i64 %2902, 2064
  %2911 = getelementptr inbounds float, ptr %Bk, i64 %2910
  %2912 = load <16 x float>, ptr %2911, align 4
  %2913 = getelementptr inbounds float, ptr %dQc, i64 %2909
  %2914 = load <16 x float>, ptr %2913, align 4
  %2915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2912, <16 x float> %2914, <16 x float> %2908)
  %2916 = shufflevector <16 x float> %2915, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2917 = shufflevector <16 x float> %2915, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2918 = fadd <8 x float> %2916, %2917
  %2919 = shufflevector <8 x float> %2918, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2920 = shufflevector <8 x float> %2918, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2921 = fadd <4 x float> %2919, %2920
  %2922 = shufflevector <4 x float> %2921, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2923 = shufflevector <4 x float> %2921, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2924 = fadd <2 x float> %2922, %2923
  %shift3765 = shufflevector <2 x float> %2924, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2925 = fadd <2 x float> %2924, %shift3765
  %2926 = extractelement <2 x float> %2925, i64 0
  %2927 = getelementptr inbounds float, ptr %dG, i64 %t9.addr.02894
  %2928 = load float, ptr %2927, align 4
  %2929 = fmul float %2901, %2926
  %2930 = fadd float %2929, %2928
  store float %2930, ptr %2927, align 4
  %2931 = insertelement <16 x float> poison, float %2901, i64 0
  %2932 = shufflevector <16 x float> %2931, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx3050 = shl nsw i64 %t9.addr.02894, 7
  %2933 = getelementptr inbounds i8, ptr %dQc, i64 %.idx3050
  %2934 = load <16 x float>, ptr %2933, align 4
  %2935 = fmul <16 x float> %2932, %2934
  store <16 x float> %2935, ptr %2933, align 4
  %2936 = getelementptr inbounds i8, ptr %52, i64 %.idx3050
  %2937 = load <16 x float>, ptr %2936, align 4
  %2938 = fmul <16 x float> %2932, %2937
  store <16 x float> %2938, ptr %2936, align 4
  %t9.next = or disjoint i64 %t9.addr.02894, 1
  %2939 = getelementptr inbounds float, ptr %gam, i64 %t9.next
  %2940 = load float, ptr %2939, align 4
  %2941 = shl nuw nsw i64 %t9.next, 5
  %2942 = or disjoint i64 %2941, 2048
  %2943 = getelementptr inbounds float, ptr %Bk, i64 %2942
  %2944 = load <16 x float>, ptr %2943, align 4
  %2945 = getelementptr inbounds float, ptr %dQc, i64 %2941
  %2946 = load <16 x float>, ptr %2945, align 4
  %2947 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2944, <16 x float> %2946, <16 x float> zeroinitializer)
  %2948 = or disjoint i64 %2941, 16
  %2949 = or i64 %2941, 2064
  %2950 = getelementptr inbounds float, ptr %Bk, i64 %2949
  %2951 = load <16 x float>, ptr %2950, align 4
  %2952 = getelementptr inbounds float, ptr %dQc, i64 %2948
  %2953 = load <16 x float>, ptr %2952, align 4
  %2954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2951, <16 x float> %2953, <16 x float> %2947)
  %2955 = shufflevector <16 x float> %2954, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2956 = shufflevector <16 x float> %2954, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2957 = fadd <8 x float> %2955, %2956
  %2958 = shufflevector <8 x float> %2957, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2959 = shufflevector <8 x float> %2957, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2960 = fadd <4 x float> %2958, %2959
  %2961 = shufflevector <4 x float> %2960, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2962 = shufflevector <4 x float> %2960, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2963 = fadd <2 x float> %2961, %2962
  %shift3765.1 = shufflevector <2 x float> %2963, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2964 = fadd <2 x float> %2963, %shift3765.1
  %2965 = extractelement <2 x float> %2964, i64 0
  %2966 = getelementptr inbounds float, ptr %dG, i64 %t9.next
  %2967 = load float, ptr %2966, align 4
  %2968 = fmul float %2940, %2965
  %2969 = fadd float %2968, %2967
  store float %2969, ptr %2966, align 4
  %2970 = insertelement <16 x float> poison, float %2940, i64 0
  %2971 = shufflevector <16 x float> %2970, <16 x float> poison, <16 x i32> zeroinitializer
  %.idx3050.1 = shl nsw i64 %t9.next, 7
  %2972 = getelementptr inbounds i8, ptr %dQc, i64 %.idx3050.1
  %2973 = load <16 x float>, ptr %2972, align 4
  %2974 = fmul <16 x float> %2971, %2973
  store <16 x float> %2974, ptr %2972, align 4
  %2975 = getelementptr inbounds i8, ptr %52, i64 %.idx3050.1
  %2976 = load <16 x float>, ptr %2975, align 4
  %2977 = fmul <16 x float> %2971, %2976
  store <16 x float> %2977, ptr %2975, align 4
  %t9.next.1 = add nuw nsw i64 %t9.addr.02894, 2
  %exitcond3275.not.1 = icmp eq i64 %t9.next.1, 64
  br i1 %exitcond3275.not.1, label %i46.body, label %t9.body

i46.body:                                         ; preds = %t9.body, %p15.exit
  %i46.addr.02912 = phi i64 [ %i46.next, %p15.exit ], [ 0, %t9.body ]
  %2978 = shl nuw nsw i64 %i46.addr.02912, 5
  %2979 = getelementptr inbounds float, ptr %dQc, i64 %2978
  %2980 = load <16 x float>, ptr %2979, align 4
  %2981 = or disjoint i64 %2978, 16
  %2982 = getelementptr inbounds float, ptr %dQc, i64 %2981
  %2983 = load <16 x float>, ptr %2982, align 4
  %2984 = or disjoint i64 %i46.addr.02912, 1
  %2985 = shl nuw nsw i64 %2984, 5
  %2986 = getelementptr inbounds float, ptr %dQc, i64 %2985
  %2987 = load <16 x float>, ptr %2986, align 4
  %2988 = or disjoint i64 %2985, 16
  %2989 = getelementptr inbounds float, ptr %dQc, i64 %2988
  %2990 = load <16 x float>, ptr %2989, align 4
  %2991 = or disjoint i64 %i46.addr.02912, 2
  %2992 = shl nuw nsw i64 %2991, 5
  %2993 = getelementptr inbounds float, ptr %dQc, i64 %2992
  %2994 = load <16 x float>, ptr %2993, align 4
  %2995 = or disjoint i64 %2992, 16
  %2996 = getelementptr inbounds float, ptr %dQc, i64 %2995
  %2997 = load <16 x float>, ptr %2996, align 4
  %2998 = or disjoint i64 %i46.addr.02912, 3
  %2999 = shl nuw nsw i64 %2998, 5
  %3000 = getelementptr inbounds float, ptr %dQc, i64 %2999
  %3001 = load <16 x float>, ptr %3000, align 4
  %3002 = or disjoint i64 %2999, 16
  %3003 = getelementptr inbounds float, ptr %dQc, i64 %3002
  %3004 = load <16 x float>, ptr %3003, align 4
  %3005 = or disjoint i64 %i46.addr.02912, 4
  %3006 = shl nuw nsw i64 %3005, 5
  %3007 = getelementptr inbounds float, ptr %dQc, i64 %3006
  %3008 = load <16 x float>, ptr %3007, align 4
  %3009 = or disjoint i64 %3006, 16
  %3010 = getelementptr inbounds float, ptr %dQc, i64 %3009
  %3011 = load <16 x float>, ptr %3010, align 4
  %3012 = or disjoint i64 %i46.addr.02912, 5
  %3013 = shl nuw nsw i64 %3012, 5
  %3014 = getelementptr inbounds float, ptr %dQc, i64 %3013
  %3015 = load <16 x float>, ptr %3014, align 4
  %3016 = or disjoint i64 %3013, 16
  %3017 = getelementptr inbounds float, ptr %dQc, i64 %3016
  %3018 = load <16 x float>, ptr %3017, align 4
  %3019 = or disjoint i64 %i46.addr.02912, 6
  %3020 = shl nuw nsw i64 %3019, 5
  %3021 = getelementptr inbounds float, ptr %dQc, i64 %3020
  %3022 = load <16 x float>, ptr %3021, align 4
  %3023 = or disjoint i64 %3020, 16
  %3024 = getelementptr inbounds float, ptr %dQc, i64 %3023
  %3025 = load <16 x float>, ptr %3024, align 4
  %3026 = or disjoint i64 %i46.addr.02912, 7
  %3027 = shl nuw nsw i64 %3026, 5
  %3028 = getelementptr inbounds float, ptr %dQc, i64 %3027
  %3029 = load <16 x float>, ptr %3028, align 4
  %3030 = or disjoint i64 %3027, 16
  %3031 = getelementptr inbounds float, ptr %dQc, i64 %3030
  %3032 = load <16 x float>, ptr %3031, align 4
  br label %p15.body

p15.body:                                         ; preds = %i46.body, %p15.body
  %p15.addr.02911 = phi i64 [ 0, %i46.body ], [ %p15.next, %p15.body ]
  %acc112.02910 = phi <16 x float> [ %3032, %i46.body ], [ %3097, %p15.body ]
  %acc111.02909 = phi <16 x float> [ %3029, %i46.body ], [ %3096, %p15.body ]
  %acc110.02908 = phi <16 x float> [ %3025, %i46.body ], [ %3090, %p15.body ]
  %acc109.02907 = phi <16 x float> [ %3022, %i46.body ], [ %3089, %p15.body ]
  %acc108.02906 = phi <16 x float> [ %3018, %i46.body ], [ %3083, %p15.body ]
  %acc107.02905 = phi <16 x float> [ %3015, %i46.body ], [ %3082, %p15.body ]
  %acc106.02904 = phi <16 x float> [ %3011, %i46.body ], [ %3076, %p15.body ]
  %acc105.02903 = phi <16 x float> [ %3008, %i46.body ], [ %3075, %p15.body ]
  %acc104.02902 = phi <16 x float> [ %3004, %i46.body ], [ %3069, %p15.body ]
  %acc103.02901 = phi <16 x float> [ %3001, %i46.body ], [ %3068, %p15.body ]
  %acc102.02900 = phi <16 x float> [ %2997, %i46.body ], [ %3062, %p15.body ]
  %acc101.02899 = phi <16 x float> [ %2994, %i46.body ], [ %3061, %p15.body ]
  %acc100.02898 = phi <16 x float> [ %2990, %i46.body ], [ %3055, %p15.body ]
  %acc99.02897 = phi <16 x float> [ %2987, %i46.body ], [ %3054, %p15.body ]
  %acc98.02896 = phi <16 x float> [ %2983, %i46.body ], [ %3048, %p15.body ]
  %acc97.02895 = phi <16 x float> [ %2980, %i46.body ], [ %3047, %p15.body ]
  %3033 = shl nuw nsw i64 %p15.addr.02911, 5
  %3034 = or disjoint i64 %3033, 4096
  %3035 = getelementptr inbounds float, ptr %Bk, i64 %3034
  %3036 = load <16 x float>, ptr %3035, align 4
  %3037 = or disjoint i64 %3033, 4112
  %3038 = getelementptr inbounds float, ptr %Bk, i64 %3037
  %3039 = load <16 x float>, ptr %3038, align 4
  %3040 = shl nuw nsw i64 %p15.addr.02911, 8
  %3041 = or disjoint i64 %3040, 64
  %3042 = or disjoint i64 %3041, %i46.addr.02912
  %3043 = getelementptr inbounds float, ptr %Ak, i64 %3042
  %3044 = load float, ptr %3043, align 4
  %3045 = insertelement <16 x float> poison, float %3044, i64 0
  %3046 = shufflevector <16 x float> %3045, <16 x float> poison, <16 x i32> zeroinitializer
  %3047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3046, <16 x float> %3036, <16 x float> %acc97.02895)
  %3048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3046, <16 x float> %3039, <16 x float> %acc98.02896)
  %3049 = or disjoint i64 %3041, %2984
  %3050 = getelementptr inbounds float, ptr %Ak, i64 %3049
  %3051 = load float, ptr %3050, align 4
  %3052 = insertelement <16 x float> poison, float %3051, i64 0
  %3053 = shufflevector <16 x float> %3052, <16 x float> poison, <16 x i32> zeroinitializer
  %3054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3053, <16 x float> %3036, <16 x float> %acc99.02897)
  %3055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3053, <16 x float> %3039, <16 x float> %acc100.02898)
  %3056 = or disjoint i64 %3041, %2991
  %3057 = getelementptr inbounds float, ptr %Ak, i64 %3056
  %3058 = load float, ptr %3057, align 4
  %3059 = insertelement <16 x float> poison, float %3058, i64 0
  %3060 = shufflevector <16 x float> %3059, <16 x float> poison, <16 x i32> zeroinitializer
  %3061 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3060, <16 x float> %3036, <16 x float> %acc101.02899)
  %3062 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3060, <16 x float> %3039, <16 x float> %acc102.02900)
  %3063 = or disjoint i64 %3041, %2998
  %3064 = getelementptr inbounds float, ptr %Ak, i64 %3063
  %3065 = load float, ptr %3064, align 4
  %3066 = insertelement <16 x float> poison, float %3065, i64 0
  %3067 = shufflevector <16 x float> %3066, <16 x float> poison, <16 x i32> zeroinitializer
  %3068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3067, <16 x float> %3036, <16 x float> %acc103.02901)
  %3069 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3067, <16 x float> %3039, <16 x float> %acc104.02902)
  %3070 = or disjoint i64 %3041, %3005
  %3071 = getelementptr inbounds float, ptr %Ak, i64 %3070
  %3072 = load float, ptr %3071, align 4
  %3073 = insertelement <16 x float> poison, float %3072, i64 0
  %3074 = shufflevector <16 x float> %3073, <16 x float> poison, <16 x i32> zeroinitializer
  %3075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3074, <16 x float> %3036, <16 x float> %acc105.02903)
  %3076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3074, <16 x float> %3039, <16 x float> %acc106.02904)
  %3077 = or disjoint i64 %3041, %3012
  %3078 = getelementptr inbounds float, ptr %Ak, i64 %3077
  %3079 = load float, ptr %3078, align 4
  %3080 = insertelement <16 x float> poison, float %3079, i64 0
  %3081 = shufflevector <16 x float> %3080, <16 x float> poison, <16 x i32> zeroinitializer
  %3082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3081, <16 x float> %3036, <16 x float> %acc107.02905)
  %3083 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3081, <16 x float> %3039, <16 x float> %acc108.02906)
  %3084 = or disjoint i64 %3041, %3019
  %3085 = getelementptr inbounds float, ptr %Ak, i64 %3084
  %3086 = load float, ptr %3085, align 4
  %3087 = insertelement <16 x float> poison, float %3086, i64 0
  %3088 = shufflevector <16 x float> %3087, <16 x float> poison, <16 x i32> zeroinitializer
  %3089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3088, <16 x float> %3036, <16 x float> %acc109.02907)
  %3090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3088, <16 x float> %3039, <16 x float> %acc110.02908)
  %3091 = or disjoint i64 %3041, %3026
  %3092 = getelementptr inbounds float, ptr %Ak, i64 %3091
  %3093 = load float, ptr %3092, align 4
  %3094 = insertelement <16 x float> poison, float %3093, i64 0
  %3095 = shufflevector <16 x float> %3094, <16 x float> poison, <16 x i32> zeroinitializer
  %3096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3036, <16 x float> %acc111.02909)
  %3097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3039, <16 x float> %acc112.02910)
  %p15.next = add nuw nsw i64 %p15.addr.02911, 1
  %exitcond3276.not = icmp eq i64 %p15.next, 128
  br i1 %exitcond3276.not, label %p15.exit, label %p15.body

p15.exit:                                         ; preds = %p15.body
  store <16 x float> %3047, ptr %2979, align 4
  store <16 x float> %3048, ptr %2982, align 4
  store <16 x float> %3054, ptr %2986, align 4
  store <16 x float> %3055, ptr %2989, align 4
  store <16 x float> %3061, ptr %2993, align 4
  store <16 x float> %3062, ptr %2996, align 4
  store <16 x float> %3068, ptr %3000, align 4
  store <16 x float> %3069, ptr %3003, align 4
  store <16 x float> %3075, ptr %3007, align 4
  store <16 x float> %3076, ptr %3010, align 4
  store <16 x float> %3082, ptr %3014, align 4
  store <16 x float> %3083, ptr %3017, align 4
  store <16 x float> %3089, ptr %3021, align 4
  store <16 x float> %3090, ptr %3024, align 4
  store <16 x float> %3096, ptr %3028, align 4
  store <16 x float> %3097, ptr %3031, align 4
  %i46.next = add nuw nsw i64 %i46.addr.02912, 8
  %3098 = icmp ult i64 %i46.addr.02912, 56
  br i1 %3098, label %i46.body, label %j33.body.preheader

j33.body.preheader:                               ; preds = %p15.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j33.body.preheader, %j34.exit
  %ib1.addr.02931 = phi i64 [ %ib1.next, %j34.exit ], [ 0, %j33.body.preheader ]
  %3099 = shl nuw nsw i64 %ib1.addr.02931, 2
  %i01 = sub nuw nsw i64 124, %3099
  %3100 = shl nuw nsw i64 %i01, 5
  %3101 = getelementptr inbounds float, ptr %OY, i64 %3100
  %3102 = getelementptr inbounds i8, ptr %3101, i64 8192
  %3103 = load <16 x float>, ptr %3102, align 4
  %3104 = getelementptr inbounds i8, ptr %3101, i64 8256
  %3105 = load <16 x float>, ptr %3104, align 4
  %3106 = sub nuw nsw i64 125, %3099
  %3107 = shl nuw nsw i64 %3106, 5
  %3108 = getelementptr inbounds float, ptr %OY, i64 %3107
  %3109 = getelementptr inbounds i8, ptr %3108, i64 8192
  %3110 = load <16 x float>, ptr %3109, align 4
  %3111 = getelementptr inbounds i8, ptr %3108, i64 8256
  %3112 = load <16 x float>, ptr %3111, align 4
  %3113 = sub nuw nsw i64 126, %3099
  %3114 = shl nuw nsw i64 %3113, 5
  %3115 = getelementptr inbounds float, ptr %OY, i64 %3114
  %3116 = getelementptr inbounds i8, ptr %3115, i64 8192
  %3117 = load <16 x float>, ptr %3116, align 4
  %3118 = getelementptr inbounds i8, ptr %3115, i64 8256
  %3119 = load <16 x float>, ptr %3118, align 4
  %3120 = sub nuw nsw i64 127, %3099
  %3121 = shl nuw nsw i64 %3120, 5
  %3122 = getelementptr inbounds float, ptr %OY, i64 %3121
  %3123 = getelementptr inbounds i8, ptr %3122, i64 8192
  %3124 = load <16 x float>, ptr %3123, align 4
  %3125 = getelementptr inbounds i8, ptr %3122, i64 8256
  %3126 = load <16 x float>, ptr %3125, align 4
  %.not3051 = icmp eq i64 %ib1.addr.02931, 0
  br i1 %.not3051, label %j34.exit, label %j34.body.preheader

j34.body.preheader:                               ; preds = %ib1.body
  %3127 = sub nuw nsw i64 128, %3099
  br label %j34.body

j34.body:                                         ; preds = %j34.body.preheader, %j34.body
  %j34.addr.02922 = phi i64 [ %j34.next, %j34.body ], [ %3127, %j34.body.preheader ]
  %acc120.02921 = phi <16 x float> [ %3164, %j34.body ], [ %3126, %j34.body.preheader ]
  %acc119.02920 = phi <16 x float> [ %3163, %j34.body ], [ %3124, %j34.body.preheader ]
  %acc118.02919 = phi <16 x float> [ %3156, %j34.body ], [ %3119, %j34.body.preheader ]
  %acc117.02918 = phi <16 x float> [ %3155, %j34.body ], [ %3117, %j34.body.preheader ]
  %acc116.02917 = phi <16 x float> [ %3148, %j34.body ], [ %3112, %j34.body.preheader ]
  %acc115.02916 = phi <16 x float> [ %3147, %j34.body ], [ %3110, %j34.body.preheader ]
  %acc114.02915 = phi <16 x float> [ %3140, %j34.body ], [ %3105, %j34.body.preheader ]
  %acc113.02914 = phi <16 x float> [ %3139, %j34.body ], [ %3103, %j34.body.preheader ]
  %.idx = shl nuw nsw i64 %j34.addr.02922, 7
  %3128 = getelementptr inbounds i8, ptr %OY, i64 %.idx
  %3129 = getelementptr inbounds i8, ptr %3128, i64 8192
  %3130 = load <16 x float>, ptr %3129, align 4
  %3131 = getelementptr inbounds i8, ptr %3128, i64 8256
  %3132 = load <16 x float>, ptr %3131, align 4
  %3133 = or disjoint i64 %.idx, %i01
  %3134 = getelementptr inbounds float, ptr %Gm, i64 %3133
  %3135 = load float, ptr %3134, align 4
  %3136 = fneg float %3135
  %3137 = insertelement <16 x float> poison, float %3136, i64 0
  %3138 = shufflevector <16 x float> %3137, <16 x float> poison, <16 x i32> zeroinitializer
  %3139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3138, <16 x float> %3130, <16 x float> %acc113.02914)
  %3140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3138, <16 x float> %3132, <16 x float> %acc114.02915)
  %3141 = or disjoint i64 %.idx, %3106
  %3142 = getelementptr inbounds float, ptr %Gm, i64 %3141
  %3143 = load float, ptr %3142, align 4
  %3144 = fneg float %3143
  %3145 = insertelement <16 x float> poison, float %3144, i64 0
  %3146 = shufflevector <16 x float> %3145, <16 x float> poison, <16 x i32> zeroinitializer
  %3147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3130, <16 x float> %acc115.02916)
  %3148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3132, <16 x float> %acc116.02917)
  %3149 = or disjoint i64 %.idx, %3113
  %3150 = getelementptr inbounds float, ptr %Gm, i64 %3149
  %3151 = load float, ptr %3150, align 4
  %3152 = fneg float %3151
  %3153 = insertelement <16 x float> poison, float %3152, i64 0
  %3154 = shufflevector <16 x float> %3153, <16 x float> poison, <16 x i32> zeroinitializer
  %3155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3154, <16 x float> %3130, <16 x float> %acc117.02918)
  %3156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3154, <16 x float> %3132, <16 x float> %acc118.02919)
  %3157 = or disjoint i64 %.idx, %3120
  %3158 = getelementptr inbounds float, ptr %Gm, i64 %3157
  %3159 = load float, ptr %3158, align 4
  %3160 = fneg float %3159
  %3161 = insertelement <16 x float> poison, float %3160, i64 0
  %3162 = shufflevector <16 x float> %3161, <16 x float> poison, <16 x i32> zeroinitializer
  %3163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3162, <16 x float> %3130, <16 x float> %acc119.02920)
  %3164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3162, <16 x float> %3132, <16 x float> %acc120.02921)
  %j34.next = add nuw nsw i64 %j34.addr.02922, 1
  %3165 = icmp ult i64 %j34.addr.02922, 127
  br i1 %3165, label %j34.body, label %j34.exit

j34.exit:                                         ; preds = %j34.body, %ib1.body
  %acc113.0.lcssa = phi <16 x float> [ %3103, %ib1.body ], [ %3139, %j34.body ]
  %acc114.0.lcssa = phi <16 x float> [ %3105, %ib1.body ], [ %3140, %j34.body ]
  %acc115.0.lcssa = phi <16 x float> [ %3110, %ib1.body ], [ %3147, %j34.body ]
  %acc116.0.lcssa = phi <16 x float> [ %3112, %ib1.body ], [ %3148, %j34.body ]
  %acc117.0.lcssa = phi <16 x float> [ %3117, %ib1.body ], [ %3155, %j34.body ]
  %acc118.0.lcssa = phi <16 x float> [ %3119, %ib1.body ], [ %3156, %j34.body ]
  %acc119.0.lcssa = phi <16 x float> [ %3124, %ib1.body ], [ %3163, %j34.body ]
  %acc120.0.lcssa = phi <16 x float> [ %3126, %ib1.body ], [ %3164, %j34.body ]
  %3166 = getelementptr inbounds float, ptr %Rr, i64 %3121
  %3167 = load <16 x float>, ptr %3166, align 4
  %3168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %3167, <16 x float> zeroinitializer)
  %3169 = or disjoint i64 %3121, 16
  %3170 = getelementptr inbounds float, ptr %Rr, i64 %3169
  %3171 = load <16 x float>, ptr %3170, align 4
  %3172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc120.0.lcssa, <16 x float> %3171, <16 x float> %3168)
  %3173 = shufflevector <16 x float> %3172, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3174 = shufflevector <16 x float> %3172, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3175 = fadd <8 x float> %3173, %3174
  %3176 = shufflevector <8 x float> %3175, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3177 = shufflevector <8 x float> %3175, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3178 = fadd <4 x float> %3176, %3177
  %3179 = shufflevector <4 x float> %3178, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3180 = shufflevector <4 x float> %3178, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3181 = fadd <2 x float> %3179, %3180
  %3182 = shufflevector <2 x float> %3181, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3183 = shufflevector <2 x float> %3181, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3184 = getelementptr inbounds float, ptr %bet, i64 %3120
  %3185 = load float, ptr %3184, align 4
  %3186 = getelementptr inbounds float, ptr %cRow, i64 %3120
  %3187 = load float, ptr %3186, align 4
  %3188 = fneg float %3187
  %3189 = insertelement <16 x float> poison, float %3185, i64 0
  %3190 = shufflevector <16 x float> %3189, <16 x float> poison, <16 x i32> zeroinitializer
  %3191 = fmul <16 x float> %acc119.0.lcssa, %3190
  store <16 x float> %3191, ptr %3123, align 4
  %3192 = insertelement <16 x float> poison, float %3188, i64 0
  %3193 = shufflevector <16 x float> %3192, <16 x float> poison, <16 x i32> zeroinitializer
  %3194 = fmul <16 x float> %3193, %3191
  %3195 = shl nuw nsw i64 %3120, 8
  %3196 = or disjoint i64 %3195, 32
  %3197 = getelementptr inbounds float, ptr %Ak, i64 %3196
  store <16 x float> %3194, ptr %3197, align 4
  %3198 = shl nuw nsw i64 %3120, 6
  %3199 = getelementptr inbounds float, ptr %KSdS, i64 %3198
  %3200 = load <16 x float>, ptr %3199, align 4
  %3201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3191, <16 x float> %3200, <16 x float> zeroinitializer)
  %3202 = fmul <16 x float> %acc120.0.lcssa, %3190
  store <16 x float> %3202, ptr %3125, align 4
  %3203 = fmul <16 x float> %3193, %3202
  %3204 = or disjoint i64 %3195, 48
  %3205 = getelementptr inbounds float, ptr %Ak, i64 %3204
  store <16 x float> %3203, ptr %3205, align 4
  %3206 = or disjoint i64 %3198, 16
  %3207 = getelementptr inbounds float, ptr %KSdS, i64 %3206
  %3208 = load <16 x float>, ptr %3207, align 4
  %3209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3202, <16 x float> %3208, <16 x float> %3201)
  %3210 = lshr i64 %3120, 1
  %3211 = getelementptr inbounds float, ptr %dG, i64 %3210
  %3212 = load float, ptr %3211, align 4
  %3213 = shufflevector <16 x float> %3209, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3214 = shufflevector <16 x float> %3209, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3215 = fadd <8 x float> %3213, %3214
  %3216 = shufflevector <8 x float> %3215, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3217 = shufflevector <8 x float> %3215, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3218 = fadd <4 x float> %3216, %3217
  %3219 = shufflevector <4 x float> %3218, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3220 = shufflevector <4 x float> %3218, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3221 = fadd <2 x float> %3219, %3220
  %shift3766 = shufflevector <2 x float> %3221, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3222 = fadd <2 x float> %3221, %shift3766
  %3223 = extractelement <2 x float> %3222, i64 0
  %3224 = fmul float %3187, %3223
  %3225 = fsub float %3212, %3224
  store float %3225, ptr %3211, align 4
  %3226 = shl nuw nsw i64 %3120, 7
  %3227 = or disjoint i64 %3226, %3113
  %3228 = getelementptr inbounds float, ptr %Gm, i64 %3227
  %3229 = load float, ptr %3228, align 4
  %3230 = fneg float %3229
  %3231 = insertelement <16 x float> poison, float %3230, i64 0
  %3232 = shufflevector <16 x float> %3231, <16 x float> poison, <16 x i32> zeroinitializer
  %3233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3232, <16 x float> %3191, <16 x float> %acc117.0.lcssa)
  %3234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3232, <16 x float> %3202, <16 x float> %acc118.0.lcssa)
  %3235 = getelementptr inbounds float, ptr %Rr, i64 %3114
  %3236 = load <16 x float>, ptr %3235, align 4
  %3237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3233, <16 x float> %3236, <16 x float> zeroinitializer)
  %3238 = or disjoint i64 %3114, 16
  %3239 = getelementptr inbounds float, ptr %Rr, i64 %3238
  %3240 = load <16 x float>, ptr %3239, align 4
  %3241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3234, <16 x float> %3240, <16 x float> %3237)
  %3242 = shufflevector <16 x float> %3241, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3243 = shufflevector <16 x float> %3241, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3244 = fadd <8 x float> %3242, %3243
  %3245 = shufflevector <8 x float> %3244, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3246 = shufflevector <8 x float> %3244, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3247 = fadd <4 x float> %3245, %3246
  %3248 = shufflevector <4 x float> %3247, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3249 = shufflevector <4 x float> %3247, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3250 = fadd <2 x float> %3248, %3249
  %3251 = shufflevector <2 x float> %3250, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3252 = shufflevector <2 x float> %3250, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3253 = getelementptr inbounds float, ptr %bet, i64 %3113
  %3254 = load float, ptr %3253, align 4
  %3255 = getelementptr inbounds float, ptr %cRow, i64 %3113
  %3256 = load float, ptr %3255, align 4
  %3257 = fneg float %3256
  %3258 = insertelement <16 x float> poison, float %3254, i64 0
  %3259 = shufflevector <16 x float> %3258, <16 x float> poison, <16 x i32> zeroinitializer
  %3260 = fmul <16 x float> %3233, %3259
  store <16 x float> %3260, ptr %3116, align 4
  %3261 = insertelement <16 x float> poison, float %3257, i64 0
  %3262 = shufflevector <16 x float> %3261, <16 x float> poison, <16 x i32> zeroinitializer
  %3263 = fmul <16 x float> %3262, %3260
  %3264 = shl nuw nsw i64 %3113, 8
  %3265 = or disjoint i64 %3264, 32
  %3266 = getelementptr inbounds float, ptr %Ak, i64 %3265
  store <16 x float> %3263, ptr %3266, align 4
  %3267 = shl nuw nsw i64 %3113, 6
  %3268 = getelementptr inbounds float, ptr %KSdS, i64 %3267
  %3269 = load <16 x float>, ptr %3268, align 4
  %3270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3260, <16 x float> %3269, <16 x float> zeroinitializer)
  %3271 = fmul <16 x float> %3234, %3259
  store <16 x float> %3271, ptr %3118, align 4
  %3272 = fmul <16 x float> %3262, %3271
  %3273 = or disjoint i64 %3264, 48
  %3274 = getelementptr inbounds float, ptr %Ak, i64 %3273
  store <16 x float> %3272, ptr %3274, align 4
  %3275 = or disjoint i64 %3267, 16
  %3276 = getelementptr inbounds float, ptr %KSdS, i64 %3275
  %3277 = load <16 x float>, ptr %3276, align 4
  %3278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3271, <16 x float> %3277, <16 x float> %3270)
  %3279 = lshr exact i64 %3113, 1
  %3280 = getelementptr inbounds float, ptr %dG, i64 %3279
  %3281 = load float, ptr %3280, align 4
  %3282 = shufflevector <16 x float> %3278, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3283 = shufflevector <16 x float> %3278, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3284 = fadd <8 x float> %3282, %3283
  %3285 = shufflevector <8 x float> %3284, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3286 = shufflevector <8 x float> %3284, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3287 = fadd <4 x float> %3285, %3286
  %3288 = shufflevector <4 x float> %3287, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3289 = shufflevector <4 x float> %3287, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3290 = fadd <2 x float> %3288, %3289
  %shift3767 = shufflevector <2 x float> %3290, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3291 = fadd <2 x float> %3290, %shift3767
  %3292 = extractelement <2 x float> %3291, i64 0
  %3293 = fmul float %3256, %3292
  %3294 = fsub float %3281, %3293
  store float %3294, ptr %3280, align 4
  %3295 = shl nuw nsw i64 %3113, 7
  %3296 = or disjoint i64 %3295, %3106
  %3297 = getelementptr inbounds float, ptr %Gm, i64 %3296
  %3298 = load float, ptr %3297, align 4
  %3299 = fneg float %3298
  %3300 = insertelement <16 x float> poison, float %3299, i64 0
  %3301 = shufflevector <16 x float> %3300, <16 x float> poison, <16 x i32> zeroinitializer
  %3302 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3301, <16 x float> %3260, <16 x float> %acc115.0.lcssa)
  %3303 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3301, <16 x float> %3271, <16 x float> %acc116.0.lcssa)
  %3304 = or disjoint i64 %3226, %3106
  %3305 = getelementptr inbounds float, ptr %Gm, i64 %3304
  %3306 = load float, ptr %3305, align 4
  %3307 = fneg float %3306
  %3308 = insertelement <16 x float> poison, float %3307, i64 0
  %3309 = shufflevector <16 x float> %3308, <16 x float> poison, <16 x i32> zeroinitializer
  %3310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3309, <16 x float> %3191, <16 x float> %3302)
  %3311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3309, <16 x float> %3202, <16 x float> %3303)
  %3312 = getelementptr inbounds float, ptr %Rr, i64 %3107
  %3313 = load <16 x float>, ptr %3312, align 4
  %3314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3310, <16 x float> %3313, <16 x float> zeroinitializer)
  %3315 = or disjoint i64 %3107, 16
  %3316 = getelementptr inbounds float, ptr %Rr, i64 %3315
  %3317 = load <16 x float>, ptr %3316, align 4
  %3318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3311, <16 x float> %3317, <16 x float> %3314)
  %3319 = shufflevector <16 x float> %3318, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3320 = shufflevector <16 x float> %3318, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3321 = fadd <8 x float> %3319, %3320
  %3322 = shufflevector <8 x float> %3321, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3323 = shufflevector <8 x float> %3321, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3324 = fadd <4 x float> %3322, %3323
  %3325 = shufflevector <4 x float> %3324, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3326 = shufflevector <4 x float> %3324, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3327 = fadd <2 x float> %3325, %3326
  %3328 = getelementptr inbounds float, ptr %bet, i64 %3106
  %3329 = load float, ptr %3328, align 4
  %3330 = getelementptr inbounds float, ptr %cRow, i64 %3106
  %3331 = load float, ptr %3330, align 4
  %3332 = fneg float %3331
  %3333 = insertelement <16 x float> poison, float %3329, i64 0
  %3334 = shufflevector <16 x float> %3333, <16 x float> poison, <16 x i32> zeroinitializer
  %3335 = fmul <16 x float> %3310, %3334
  store <16 x float> %3335, ptr %3109, align 4
  %3336 = insertelement <16 x float> poison, float %3332, i64 0
  %3337 = shufflevector <16 x float> %3336, <16 x float> poison, <16 x i32> zeroinitializer
  %3338 = fmul <16 x float> %3337, %3335
  %3339 = shl nuw nsw i64 %3106, 8
  %3340 = or disjoint i64 %3339, 32
  %3341 = getelementptr inbounds float, ptr %Ak, i64 %3340
  store <16 x float> %3338, ptr %3341, align 4
  %3342 = shl nuw nsw i64 %3106, 6
  %3343 = getelementptr inbounds float, ptr %KSdS, i64 %3342
  %3344 = load <16 x float>, ptr %3343, align 4
  %3345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3335, <16 x float> %3344, <16 x float> zeroinitializer)
  %3346 = fmul <16 x float> %3311, %3334
  store <16 x float> %3346, ptr %3111, align 4
  %3347 = fmul <16 x float> %3337, %3346
  %3348 = or disjoint i64 %3339, 48
  %3349 = getelementptr inbounds float, ptr %Ak, i64 %3348
  store <16 x float> %3347, ptr %3349, align 4
  %3350 = or disjoint i64 %3342, 16
  %3351 = getelementptr inbounds float, ptr %KSdS, i64 %3350
  %3352 = load <16 x float>, ptr %3351, align 4
  %3353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3346, <16 x float> %3352, <16 x float> %3345)
  %3354 = lshr i64 %3106, 1
  %3355 = getelementptr inbounds float, ptr %dG, i64 %3354
  %3356 = load float, ptr %3355, align 4
  %3357 = shufflevector <16 x float> %3353, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3358 = shufflevector <16 x float> %3353, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3359 = fadd <8 x float> %3357, %3358
  %3360 = shufflevector <8 x float> %3359, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3361 = shufflevector <8 x float> %3359, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3362 = fadd <4 x float> %3360, %3361
  %3363 = shufflevector <4 x float> %3362, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3364 = shufflevector <4 x float> %3362, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3365 = fadd <2 x float> %3363, %3364
  %shift3768 = shufflevector <2 x float> %3365, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3366 = fadd <2 x float> %3365, %shift3768
  %3367 = extractelement <2 x float> %3366, i64 0
  %3368 = fmul float %3331, %3367
  %3369 = fsub float %3356, %3368
  store float %3369, ptr %3355, align 4
  %3370 = shl nuw nsw i64 %3106, 7
  %3371 = or disjoint i64 %3370, %i01
  %3372 = getelementptr inbounds float, ptr %Gm, i64 %3371
  %3373 = load float, ptr %3372, align 4
  %3374 = fneg float %3373
  %3375 = insertelement <16 x float> poison, float %3374, i64 0
  %3376 = shufflevector <16 x float> %3375, <16 x float> poison, <16 x i32> zeroinitializer
  %3377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3376, <16 x float> %3335, <16 x float> %acc113.0.lcssa)
  %3378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3376, <16 x float> %3346, <16 x float> %acc114.0.lcssa)
  %3379 = or disjoint i64 %3295, %i01
  %3380 = getelementptr inbounds float, ptr %Gm, i64 %3379
  %3381 = load float, ptr %3380, align 4
  %3382 = fneg float %3381
  %3383 = insertelement <16 x float> poison, float %3382, i64 0
  %3384 = shufflevector <16 x float> %3383, <16 x float> poison, <16 x i32> zeroinitializer
  %3385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3384, <16 x float> %3260, <16 x float> %3377)
  %3386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3384, <16 x float> %3271, <16 x float> %3378)
  %3387 = or disjoint i64 %3226, %i01
  %3388 = getelementptr inbounds float, ptr %Gm, i64 %3387
  %3389 = load float, ptr %3388, align 4
  %3390 = fneg float %3389
  %3391 = insertelement <16 x float> poison, float %3390, i64 0
  %3392 = shufflevector <16 x float> %3391, <16 x float> poison, <16 x i32> zeroinitializer
  %3393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3392, <16 x float> %3191, <16 x float> %3385)
  %3394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3392, <16 x float> %3202, <16 x float> %3386)
  %3395 = getelementptr inbounds float, ptr %Rr, i64 %3100
  %3396 = load <16 x float>, ptr %3395, align 4
  %3397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3393, <16 x float> %3396, <16 x float> zeroinitializer)
  %3398 = or disjoint i64 %3100, 16
  %3399 = getelementptr inbounds float, ptr %Rr, i64 %3398
  %3400 = load <16 x float>, ptr %3399, align 4
  %3401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3394, <16 x float> %3400, <16 x float> %3397)
  %3402 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3403 = shufflevector <16 x float> %3401, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3404 = shufflevector <16 x float> %3401, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3405 = fadd <8 x float> %3403, %3404
  %3406 = shufflevector <8 x float> %3405, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3407 = shufflevector <8 x float> %3405, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3408 = fadd <4 x float> %3406, %3407
  %3409 = shufflevector <4 x float> %3408, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3410 = shufflevector <4 x float> %3408, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3411 = fadd <2 x float> %3409, %3410
  %3412 = load <4 x float>, ptr %3402, align 4
  %3413 = shufflevector <2 x float> %3411, <2 x float> %3327, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3414 = shufflevector <4 x float> %3413, <4 x float> %3252, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3415 = shufflevector <4 x float> %3414, <4 x float> %3183, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3416 = shufflevector <2 x float> %3411, <2 x float> %3327, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3417 = shufflevector <4 x float> %3416, <4 x float> %3251, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3418 = shufflevector <4 x float> %3417, <4 x float> %3182, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3419 = fadd <4 x float> %3415, %3418
  %3420 = fadd <4 x float> %3412, %3419
  store <4 x float> %3420, ptr %3402, align 4
  %3421 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3422 = load float, ptr %3421, align 4
  %3423 = getelementptr inbounds float, ptr %cRow, i64 %i01
  %3424 = load float, ptr %3423, align 4
  %3425 = fneg float %3424
  %3426 = insertelement <16 x float> poison, float %3422, i64 0
  %3427 = shufflevector <16 x float> %3426, <16 x float> poison, <16 x i32> zeroinitializer
  %3428 = fmul <16 x float> %3393, %3427
  store <16 x float> %3428, ptr %3102, align 4
  %3429 = insertelement <16 x float> poison, float %3425, i64 0
  %3430 = shufflevector <16 x float> %3429, <16 x float> poison, <16 x i32> zeroinitializer
  %3431 = fmul <16 x float> %3430, %3428
  %3432 = shl nuw nsw i64 %i01, 8
  %3433 = or disjoint i64 %3432, 32
  %3434 = getelementptr inbounds float, ptr %Ak, i64 %3433
  store <16 x float> %3431, ptr %3434, align 4
  %3435 = shl nuw nsw i64 %i01, 6
  %3436 = getelementptr inbounds float, ptr %KSdS, i64 %3435
  %3437 = load <16 x float>, ptr %3436, align 4
  %3438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3428, <16 x float> %3437, <16 x float> zeroinitializer)
  %3439 = fmul <16 x float> %3394, %3427
  store <16 x float> %3439, ptr %3104, align 4
  %3440 = fmul <16 x float> %3430, %3439
  %3441 = or disjoint i64 %3432, 48
  %3442 = getelementptr inbounds float, ptr %Ak, i64 %3441
  store <16 x float> %3440, ptr %3442, align 4
  %3443 = or disjoint i64 %3435, 16
  %3444 = getelementptr inbounds float, ptr %KSdS, i64 %3443
  %3445 = load <16 x float>, ptr %3444, align 4
  %3446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3439, <16 x float> %3445, <16 x float> %3438)
  %3447 = lshr exact i64 %i01, 1
  %3448 = getelementptr inbounds float, ptr %dG, i64 %3447
  %3449 = load float, ptr %3448, align 4
  %3450 = shufflevector <16 x float> %3446, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3451 = shufflevector <16 x float> %3446, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3452 = fadd <8 x float> %3450, %3451
  %3453 = shufflevector <8 x float> %3452, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3454 = shufflevector <8 x float> %3452, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3455 = fadd <4 x float> %3453, %3454
  %3456 = shufflevector <4 x float> %3455, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3457 = shufflevector <4 x float> %3455, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3458 = fadd <2 x float> %3456, %3457
  %shift3769 = shufflevector <2 x float> %3458, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3459 = fadd <2 x float> %3458, %shift3769
  %3460 = extractelement <2 x float> %3459, i64 0
  %3461 = fmul float %3424, %3460
  %3462 = fsub float %3449, %3461
  store float %3462, ptr %3448, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02931, 1
  %exitcond3277.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond3277.not, label %i51.body, label %ib1.body

i51.body:                                         ; preds = %j34.exit, %p16.exit
  %i51.addr.02949 = phi i64 [ %i51.next, %p16.exit ], [ 0, %j34.exit ]
  %3463 = load float, ptr %5, align 4
  %3464 = shl nuw nsw i64 %i51.addr.02949, 6
  %3465 = or disjoint i64 %3464, 32
  %3466 = getelementptr inbounds float, ptr %work, i64 %3465
  %3467 = load <16 x float>, ptr %3466, align 4
  %3468 = insertelement <16 x float> poison, float %3463, i64 0
  %3469 = shufflevector <16 x float> %3468, <16 x float> poison, <16 x i32> zeroinitializer
  %3470 = fmul <16 x float> %3467, %3469
  %3471 = or disjoint i64 %3464, 48
  %3472 = getelementptr inbounds float, ptr %work, i64 %3471
  %3473 = load <16 x float>, ptr %3472, align 4
  %3474 = fmul <16 x float> %3469, %3473
  %3475 = or disjoint i64 %i51.addr.02949, 1
  %3476 = shl nuw nsw i64 %3475, 6
  %3477 = or disjoint i64 %3476, 32
  %3478 = getelementptr inbounds float, ptr %work, i64 %3477
  %3479 = load <16 x float>, ptr %3478, align 4
  %3480 = fmul <16 x float> %3469, %3479
  %3481 = or disjoint i64 %3476, 48
  %3482 = getelementptr inbounds float, ptr %work, i64 %3481
  %3483 = load <16 x float>, ptr %3482, align 4
  %3484 = fmul <16 x float> %3469, %3483
  %3485 = or disjoint i64 %i51.addr.02949, 2
  %3486 = shl nuw nsw i64 %3485, 6
  %3487 = or disjoint i64 %3486, 32
  %3488 = getelementptr inbounds float, ptr %work, i64 %3487
  %3489 = load <16 x float>, ptr %3488, align 4
  %3490 = fmul <16 x float> %3469, %3489
  %3491 = or disjoint i64 %3486, 48
  %3492 = getelementptr inbounds float, ptr %work, i64 %3491
  %3493 = load <16 x float>, ptr %3492, align 4
  %3494 = fmul <16 x float> %3469, %3493
  %3495 = or disjoint i64 %i51.addr.02949, 3
  %3496 = shl nuw nsw i64 %3495, 6
  %3497 = or disjoint i64 %3496, 32
  %3498 = getelementptr inbounds float, ptr %work, i64 %3497
  %3499 = load <16 x float>, ptr %3498, align 4
  %3500 = fmul <16 x float> %3469, %3499
  %3501 = or disjoint i64 %3496, 48
  %3502 = getelementptr inbounds float, ptr %work, i64 %3501
  %3503 = load <16 x float>, ptr %3502, align 4
  %3504 = fmul <16 x float> %3469, %3503
  %3505 = or disjoint i64 %i51.addr.02949, 4
  %3506 = shl nuw nsw i64 %3505, 6
  %3507 = or disjoint i64 %3506, 32
  %3508 = getelementptr inbounds float, ptr %work, i64 %3507
  %3509 = load <16 x float>, ptr %3508, align 4
  %3510 = fmul <16 x float> %3469, %3509
  %3511 = or disjoint i64 %3506, 48
  %3512 = getelementptr inbounds float, ptr %work, i64 %3511
  %3513 = load <16 x float>, ptr %3512, align 4
  %3514 = fmul <16 x float> %3469, %3513
  %3515 = or disjoint i64 %i51.addr.02949, 5
  %3516 = shl nuw nsw i64 %3515, 6
  %3517 = or disjoint i64 %3516, 32
  %3518 = getelementptr inbounds float, ptr %work, i64 %3517
  %3519 = load <16 x float>, ptr %3518, align 4
  %3520 = fmul <16 x float> %3469, %3519
  %3521 = or disjoint i64 %3516, 48
  %3522 = getelementptr inbounds float, ptr %work, i64 %3521
  %3523 = load <16 x float>, ptr %3522, align 4
  %3524 = fmul <16 x float> %3469, %3523
  %3525 = or disjoint i64 %i51.addr.02949, 6
  %3526 = shl nuw nsw i64 %3525, 6
  %3527 = or disjoint i64 %3526, 32
  %3528 = getelementptr inbounds float, ptr %work, i64 %3527
  %3529 = load <16 x float>, ptr %3528, align 4
  %3530 = fmul <16 x float> %3469, %3529
  %3531 = or disjoint i64 %3526, 48
  %3532 = getelementptr inbounds float, ptr %work, i64 %3531
  %3533 = load <16 x float>, ptr %3532, align 4
  %3534 = fmul <16 x float> %3469, %3533
  %3535 = or disjoint i64 %i51.addr.02949, 7
  %3536 = shl nuw nsw i64 %3535, 6
  %3537 = or disjoint i64 %3536, 32
  %3538 = getelementptr inbounds float, ptr %work, i64 %3537
  %3539 = load <16 x float>, ptr %3538, align 4
  %3540 = fmul <16 x float> %3469, %3539
  %3541 = or disjoint i64 %3536, 48
  %3542 = getelementptr inbounds float, ptr %work, i64 %3541
  %3543 = load <16 x float>, ptr %3542, align 4
  %3544 = fmul <16 x float> %3469, %3543
  br label %p16.body

p16.body:                                         ; preds = %i51.body, %p16.body
  %p16.addr.02948 = phi i64 [ 0, %i51.body ], [ %p16.next, %p16.body ]
  %acc136.02947 = phi <16 x float> [ %3544, %i51.body ], [ %3606, %p16.body ]
  %acc135.02946 = phi <16 x float> [ %3540, %i51.body ], [ %3605, %p16.body ]
  %acc134.02945 = phi <16 x float> [ %3534, %i51.body ], [ %3599, %p16.body ]
  %acc133.02944 = phi <16 x float> [ %3530, %i51.body ], [ %3598, %p16.body ]
  %acc132.02943 = phi <16 x float> [ %3524, %i51.body ], [ %3592, %p16.body ]
  %acc131.02942 = phi <16 x float> [ %3520, %i51.body ], [ %3591, %p16.body ]
  %acc130.02941 = phi <16 x float> [ %3514, %i51.body ], [ %3585, %p16.body ]
  %acc129.02940 = phi <16 x float> [ %3510, %i51.body ], [ %3584, %p16.body ]
  %acc128.02939 = phi <16 x float> [ %3504, %i51.body ], [ %3578, %p16.body ]
  %acc127.02938 = phi <16 x float> [ %3500, %i51.body ], [ %3577, %p16.body ]
  %acc126.02937 = phi <16 x float> [ %3494, %i51.body ], [ %3571, %p16.body ]
  %acc125.02936 = phi <16 x float> [ %3490, %i51.body ], [ %3570, %p16.body ]
  %acc124.02935 = phi <16 x float> [ %3484, %i51.body ], [ %3564, %p16.body ]
  %acc123.02934 = phi <16 x float> [ %3480, %i51.body ], [ %3563, %p16.body ]
  %acc122.02933 = phi <16 x float> [ %3474, %i51.body ], [ %3557, %p16.body ]
  %acc121.02932 = phi <16 x float> [ %3470, %i51.body ], [ %3556, %p16.body ]
  %3545 = shl nuw nsw i64 %p16.addr.02948, 5
  %3546 = getelementptr inbounds float, ptr %OY, i64 %3545
  %3547 = load <16 x float>, ptr %3546, align 4
  %3548 = or disjoint i64 %3545, 16
  %3549 = getelementptr inbounds float, ptr %OY, i64 %3548
  %3550 = load <16 x float>, ptr %3549, align 4
  %3551 = or disjoint i64 %3545, %i51.addr.02949
  %3552 = getelementptr inbounds float, ptr %QK, i64 %3551
  %3553 = load float, ptr %3552, align 4
  %3554 = insertelement <16 x float> poison, float %3553, i64 0
  %3555 = shufflevector <16 x float> %3554, <16 x float> poison, <16 x i32> zeroinitializer
  %3556 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3555, <16 x float> %3547, <16 x float> %acc121.02932)
  %3557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3555, <16 x float> %3550, <16 x float> %acc122.02933)
  %3558 = or disjoint i64 %3545, %3475
  %3559 = getelementptr inbounds float, ptr %QK, i64 %3558
  %3560 = load float, ptr %3559, align 4
  %3561 = insertelement <16 x float> poison, float %3560, i64 0
  %3562 = shufflevector <16 x float> %3561, <16 x float> poison, <16 x i32> zeroinitializer
  %3563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3562, <16 x float> %3547, <16 x float> %acc123.02934)
  %3564 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3562, <16 x float> %3550, <16 x float> %acc124.02935)
  %3565 = or disjoint i64 %3545, %3485
  %3566 = getelementptr inbounds float, ptr %QK, i64 %3565
  %3567 = load float, ptr %3566, align 4
  %3568 = insertelement <16 x float> poison, float %3567, i64 0
  %3569 = shufflevector <16 x float> %3568, <16 x float> poison, <16 x i32> zeroinitializer
  %3570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3547, <16 x float> %acc125.02936)
  %3571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3550, <16 x float> %acc126.02937)
  %3572 = or disjoint i64 %3545, %3495
  %3573 = getelementptr inbounds float, ptr %QK, i64 %3572
  %3574 = load float, ptr %3573, align 4
  %3575 = insertelement <16 x float> poison, float %3574, i64 0
  %3576 = shufflevector <16 x float> %3575, <16 x float> poison, <16 x i32> zeroinitializer
  %3577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3576, <16 x float> %3547, <16 x float> %acc127.02938)
  %3578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3576, <16 x float> %3550, <16 x float> %acc128.02939)
  %3579 = or disjoint i64 %3545, %3505
  %3580 = getelementptr inbounds float, ptr %QK, i64 %3579
  %3581 = load float, ptr %3580, align 4
  %3582 = insertelement <16 x float> poison, float %3581, i64 0
  %3583 = shufflevector <16 x float> %3582, <16 x float> poison, <16 x i32> zeroinitializer
  %3584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3583, <16 x float> %3547, <16 x float> %acc129.02940)
  %3585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3583, <16 x float> %3550, <16 x float> %acc130.02941)
  %3586 = or disjoint i64 %3545, %3515
  %3587 = getelementptr inbounds float, ptr %QK, i64 %3586
  %3588 = load float, ptr %3587, align 4
  %3589 = insertelement <16 x float> poison, float %3588, i64 0
  %3590 = shufflevector <16 x float> %3589, <16 x float> poison, <16 x i32> zeroinitializer
  %3591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3590, <16 x float> %3547, <16 x float> %acc131.02942)
  %3592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3590, <16 x float> %3550, <16 x float> %acc132.02943)
  %3593 = or disjoint i64 %3545, %3525
  %3594 = getelementptr inbounds float, ptr %QK, i64 %3593
  %3595 = load float, ptr %3594, align 4
  %3596 = insertelement <16 x float> poison, float %3595, i64 0
  %3597 = shufflevector <16 x float> %3596, <16 x float> poison, <16 x i32> zeroinitializer
  %3598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3597, <16 x float> %3547, <16 x float> %acc133.02944)
  %3599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3597, <16 x float> %3550, <16 x float> %acc134.02945)
  %3600 = or disjoint i64 %3545, %3535
  %3601 = getelementptr inbounds float, ptr %QK, i64 %3600
  %3602 = load float, ptr %3601, align 4
  %3603 = insertelement <16 x float> poison, float %3602, i64 0
  %3604 = shufflevector <16 x float> %3603, <16 x float> poison, <16 x i32> zeroinitializer
  %3605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3604, <16 x float> %3547, <16 x float> %acc135.02946)
  %3606 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3604, <16 x float> %3550, <16 x float> %acc136.02947)
  %p16.next = add nuw nsw i64 %p16.addr.02948, 1
  %exitcond3278.not = icmp eq i64 %p16.next, 192
  br i1 %exitcond3278.not, label %p16.exit, label %p16.body

p16.exit:                                         ; preds = %p16.body
  store <16 x float> %3556, ptr %3466, align 4
  store <16 x float> %3557, ptr %3472, align 4
  store <16 x float> %3563, ptr %3478, align 4
  store <16 x float> %3564, ptr %3482, align 4
  store <16 x float> %3570, ptr %3488, align 4
  store <16 x float> %3571, ptr %3492, align 4
  store <16 x float> %3577, ptr %3498, align 4
  store <16 x float> %3578, ptr %3502, align 4
  store <16 x float> %3584, ptr %3508, align 4
  store <16 x float> %3585, ptr %3512, align 4
  store <16 x float> %3591, ptr %3518, align 4
  store <16 x float> %3592, ptr %3522, align 4
  store <16 x float> %3598, ptr %3528, align 4
  store <16 x float> %3599, ptr %3532, align 4
  store <16 x float> %3605, ptr %3538, align 4
  store <16 x float> %3606, ptr %3542, align 4
  %i51.next = add nuw nsw i64 %i51.addr.02949, 8
  %3607 = icmp ult i64 %i51.addr.02949, 24
  br i1 %3607, label %i51.body, label %i52.body

i52.head.loopexit:                                ; preds = %p17.exit
  %3608 = icmp ult i64 %i52.addr.02962, 120
  br i1 %3608, label %i52.body, label %j37.body.preheader

j37.body.preheader:                               ; preds = %i52.head.loopexit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %colZ, i8 0, i64 512, i1 false)
  br label %t10.body

i52.body:                                         ; preds = %p16.exit, %i52.head.loopexit
  %i52.addr.02962 = phi i64 [ %3609, %i52.head.loopexit ], [ 0, %p16.exit ]
  %3609 = add nuw nsw i64 %i52.addr.02962, 8
  %3610 = shl nuw nsw i64 %i52.addr.02962, 8
  %3611 = or disjoint i64 %3610, 128
  %3612 = getelementptr inbounds float, ptr %Ak, i64 %3611
  %3613 = or disjoint i64 %3610, 384
  %3614 = getelementptr inbounds float, ptr %Ak, i64 %3613
  %3615 = or disjoint i64 %3610, 640
  %3616 = getelementptr inbounds float, ptr %Ak, i64 %3615
  %3617 = or disjoint i64 %3610, 896
  %3618 = getelementptr inbounds float, ptr %Ak, i64 %3617
  %3619 = or disjoint i64 %3610, 1152
  %3620 = getelementptr inbounds float, ptr %Ak, i64 %3619
  %3621 = or disjoint i64 %3610, 1408
  %3622 = getelementptr inbounds float, ptr %Ak, i64 %3621
  %3623 = or disjoint i64 %3610, 1664
  %3624 = getelementptr inbounds float, ptr %Ak, i64 %3623
  %3625 = or disjoint i64 %3610, 1920
  %3626 = getelementptr inbounds float, ptr %Ak, i64 %3625
  %.idx3308 = shl nsw i64 %i52.addr.02962, 7
  %invariant.gep3537 = getelementptr inbounds i8, ptr %OY, i64 %.idx3308
  br label %p17.head.preheader

p17.head.preheader:                               ; preds = %i52.body, %p17.exit
  %j36.addr.02961 = phi i64 [ 0, %i52.body ], [ %j36.next, %p17.exit ]
  %invariant.gep2950 = getelementptr inbounds float, ptr %VnT, i64 %j36.addr.02961
  br label %p17.body

p17.body:                                         ; preds = %p17.head.preheader, %p17.body
  %p17.addr.02960 = phi i64 [ 0, %p17.head.preheader ], [ %p17.next, %p17.body ]
  %acc144.02959 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3667, %p17.body ]
  %acc143.02958 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3662, %p17.body ]
  %acc142.02957 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3657, %p17.body ]
  %acc141.02956 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3652, %p17.body ]
  %acc140.02955 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3647, %p17.body ]
  %acc139.02954 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3642, %p17.body ]
  %acc138.02953 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3637, %p17.body ]
  %acc137.02952 = phi <16 x float> [ zeroinitializer, %p17.head.preheader ], [ %3632, %p17.body ]
  %.idx2692 = shl nuw nsw i64 %p17.addr.02960, 9
  %gep2951 = getelementptr inbounds i8, ptr %invariant.gep2950, i64 %.idx2692
  %3627 = load <16 x float>, ptr %gep2951, align 4
  %gep3538 = getelementptr inbounds float, ptr %invariant.gep3537, i64 %p17.addr.02960
  %3628 = getelementptr inbounds i8, ptr %gep3538, i64 8192
  %3629 = load float, ptr %3628, align 4
  %3630 = insertelement <16 x float> poison, float %3629, i64 0
  %3631 = shufflevector <16 x float> %3630, <16 x float> poison, <16 x i32> zeroinitializer
  %3632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3631, <16 x float> %3627, <16 x float> %acc137.02952)
  %3633 = getelementptr inbounds i8, ptr %gep3538, i64 8320
  %3634 = load float, ptr %3633, align 4
  %3635 = insertelement <16 x float> poison, float %3634, i64 0
  %3636 = shufflevector <16 x float> %3635, <16 x float> poison, <16 x i32> zeroinitializer
  %3637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3636, <16 x float> %3627, <16 x float> %acc138.02953)
  %3638 = getelementptr inbounds i8, ptr %gep3538, i64 8448
  %3639 = load float, ptr %3638, align 4
  %3640 = insertelement <16 x float> poison, float %3639, i64 0
  %3641 = shufflevector <16 x float> %3640, <16 x float> poison, <16 x i32> zeroinitializer
  %3642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3641, <16 x float> %3627, <16 x float> %acc139.02954)
  %3643 = getelementptr inbounds i8, ptr %gep3538, i64 8576
  %3644 = load float, ptr %3643, align 4
  %3645 = insertelement <16 x float> poison, float %3644, i64 0
  %3646 = shufflevector <16 x float> %3645, <16 x float> poison, <16 x i32> zeroinitializer
  %3647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3646, <16 x float> %3627, <16 x float> %acc140.02955)
  %3648 = getelementptr inbounds i8, ptr %gep3538, i64 8704
  %3649 = load float, ptr %3648, align 4
  %3650 = insertelement <16 x float> poison, float %3649, i64 0
  %3651 = shufflevector <16 x float> %3650, <16 x float> poison, <16 x i32> zeroinitializer
  %3652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3651, <16 x float> %3627, <16 x float> %acc141.02956)
  %3653 = getelementptr inbounds i8, ptr %gep3538, i64 8832
  %3654 = load float, ptr %3653, align 4
  %3655 = insertelement <16 x float> poison, float %3654, i64 0
  %3656 = shufflevector <16 x float> %3655, <16 x float> poison, <16 x i32> zeroinitializer
  %3657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3656, <16 x float> %3627, <16 x float> %acc142.02957)
  %3658 = getelementptr inbounds i8, ptr %gep3538, i64 8960
  %3659 = load float, ptr %3658, align 4
  %3660 = insertelement <16 x float> poison, float %3659, i64 0
  %3661 = shufflevector <16 x float> %3660, <16 x float> poison, <16 x i32> zeroinitializer
  %3662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3661, <16 x float> %3627, <16 x float> %acc143.02958)
  %3663 = getelementptr inbounds i8, ptr %gep3538, i64 9088
  %3664 = load float, ptr %3663, align 4
  %3665 = insertelement <16 x float> poison, float %3664, i64 0
  %3666 = shufflevector <16 x float> %3665, <16 x float> poison, <16 x i32> zeroinitializer
  %3667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3666, <16 x float> %3627, <16 x float> %acc144.02959)
  %p17.next = add nuw nsw i64 %p17.addr.02960, 1
  %exitcond3279.not = icmp eq i64 %p17.next, 32
  br i1 %exitcond3279.not, label %p17.exit, label %p17.body

p17.exit:                                         ; preds = %p17.body
  %3668 = getelementptr inbounds float, ptr %3612, i64 %j36.addr.02961
  store <16 x float> %3632, ptr %3668, align 4
  %3669 = getelementptr inbounds float, ptr %3614, i64 %j36.addr.02961
  store <16 x float> %3637, ptr %3669, align 4
  %3670 = getelementptr inbounds float, ptr %3616, i64 %j36.addr.02961
  store <16 x float> %3642, ptr %3670, align 4
  %3671 = getelementptr inbounds float, ptr %3618, i64 %j36.addr.02961
  store <16 x float> %3647, ptr %3671, align 4
  %3672 = getelementptr inbounds float, ptr %3620, i64 %j36.addr.02961
  store <16 x float> %3652, ptr %3672, align 4
  %3673 = getelementptr inbounds float, ptr %3622, i64 %j36.addr.02961
  store <16 x float> %3657, ptr %3673, align 4
  %3674 = getelementptr inbounds float, ptr %3624, i64 %j36.addr.02961
  store <16 x float> %3662, ptr %3674, align 4
  %3675 = getelementptr inbounds float, ptr %3626, i64 %j36.addr.02961
  store <16 x float> %3667, ptr %3675, align 4
  %j36.next = add nuw nsw i64 %j36.addr.02961, 16
  %3676 = icmp ult i64 %j36.next, %3609
  br i1 %3676, label %p17.head.preheader, label %i52.head.loopexit

t10.body:                                         ; preds = %j37.body.preheader, %j39.exit
  %indvars.iv3284 = phi i64 [ 1, %j37.body.preheader ], [ %indvars.iv.next3285, %j39.exit ]
  %t10.addr.02969 = phi i64 [ 0, %j37.body.preheader ], [ %t10.next, %j39.exit ]
  %3677 = shl nuw nsw i64 %t10.addr.02969, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %3677, i64 1)
  %i54 = shl nuw nsw i64 %t10.addr.02969, 1
  %.not3052 = icmp eq i64 %t10.addr.02969, 0
  br i1 %.not3052, label %j38.exit, label %j38.body.lr.ph

j38.body.lr.ph:                                   ; preds = %t10.body
  %3678 = shl nuw nsw i64 %t10.addr.02969, 9
  %3679 = or disjoint i64 %3678, 128
  %3680 = getelementptr inbounds float, ptr %Ak, i64 %3679
  %3681 = getelementptr inbounds i8, ptr %En, i64 %3678
  %.idx2691 = shl nuw nsw i64 %t10.addr.02969, 10
  %3682 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2691
  %gep3548 = getelementptr inbounds float, ptr %invariant.gep3547, i64 %i54
  %xtraiter3943 = and i64 %umax, 3
  %3683 = icmp eq i64 %t10.addr.02969, 1
  br i1 %3683, label %j38.exit.loopexit.unr-lcssa, label %j38.body.lr.ph.new

j38.body.lr.ph.new:                               ; preds = %j38.body.lr.ph
  %unroll_iter3946 = and i64 %umax, 9223372036854775804
  br label %j38.body

j38.body:                                         ; preds = %j38.body, %j38.body.lr.ph.new
  %j38.addr.02965 = phi i64 [ 0, %j38.body.lr.ph.new ], [ %j38.next.3, %j38.body ]
  %rowz.02964 = phi float [ 0.000000e+00, %j38.body.lr.ph.new ], [ %3732, %j38.body ]
  %niter3947 = phi i64 [ 0, %j38.body.lr.ph.new ], [ %niter3947.next.3, %j38.body ]
  %3684 = getelementptr inbounds float, ptr %3680, i64 %j38.addr.02965
  %3685 = load float, ptr %3684, align 4
  %3686 = fneg float %3685
  %3687 = getelementptr inbounds float, ptr %3681, i64 %j38.addr.02965
  %3688 = load float, ptr %3687, align 4
  %3689 = fmul float %3688, %3686
  store float %3689, ptr %3684, align 4
  %.idx3053 = shl nsw i64 %j38.addr.02965, 10
  %gep3542 = getelementptr inbounds i8, ptr %gep3548, i64 %.idx3053
  store float %3689, ptr %gep3542, align 4
  %3690 = getelementptr inbounds float, ptr %3682, i64 %j38.addr.02965
  %3691 = load float, ptr %3690, align 4
  %3692 = fmul float %3691, %3686
  %3693 = fadd float %rowz.02964, %3692
  %3694 = getelementptr inbounds float, ptr %colZ, i64 %j38.addr.02965
  %3695 = load float, ptr %3694, align 4
  %3696 = fadd float %3695, %3692
  store float %3696, ptr %3694, align 4
  %j38.next = or disjoint i64 %j38.addr.02965, 1
  %3697 = getelementptr inbounds float, ptr %3680, i64 %j38.next
  %3698 = load float, ptr %3697, align 4
  %3699 = fneg float %3698
  %3700 = getelementptr inbounds float, ptr %3681, i64 %j38.next
  %3701 = load float, ptr %3700, align 4
  %3702 = fmul float %3701, %3699
  store float %3702, ptr %3697, align 4
  %.idx3053.1 = shl nsw i64 %j38.next, 10
  %gep3542.1 = getelementptr inbounds i8, ptr %gep3548, i64 %.idx3053.1
  store float %3702, ptr %gep3542.1, align 4
  %3703 = getelementptr inbounds float, ptr %3682, i64 %j38.next
  %3704 = load float, ptr %3703, align 4
  %3705 = fmul float %3704, %3699
  %3706 = fadd float %3693, %3705
  %3707 = getelementptr inbounds float, ptr %colZ, i64 %j38.next
  %3708 = load float, ptr %3707, align 4
  %3709 = fadd float %3708, %3705
  store float %3709, ptr %3707, align 4
  %j38.next.1 = or disjoint i64 %j38.addr.02965, 2
  %3710 = getelementptr inbounds float, ptr %3680, i64 %j38.next.1
  %3711 = load float, ptr %3710, align 4
  %3712 = fneg float %3711
  %3713 = getelementptr inbounds float, ptr %3681, i64 %j38.next.1
  %3714 = load float, ptr %3713, align 4
  %3715 = fmul float %3714, %3712
  store float %3715, ptr %3710, align 4
  %.idx3053.2 = shl nsw i64 %j38.next.1, 10
  %gep3542.2 = getelementptr inbounds i8, ptr %gep3548, i64 %.idx3053.2
  store float %3715, ptr %gep3542.2, align 4
  %3716 = getelementptr inbounds float, ptr %3682, i64 %j38.next.1
  %3717 = load float, ptr %3716, align 4
  %3718 = fmul float %3717, %3712
  %3719 = fadd float %3706, %3718
  %3720 = getelementptr inbounds float, ptr %colZ, i64 %j38.next.1
  %3721 = load float, ptr %3720, align 4
  %3722 = fadd float %3721, %3718
  store float %3722, ptr %3720, align 4
  %j38.next.2 = or disjoint i64 %j38.addr.02965, 3
  %3723 = getelementptr inbounds float, ptr %3680, i64 %j38.next.2
  %3724 = load float, ptr %3723, align 4
  %3725 = fneg float %3724
  %3726 = getelementptr inbounds float, ptr %3681, i64 %j38.next.2
  %3727 = load float, ptr %3726, align 4
  %3728 = fmul float %3727, %3725
  store float %3728, ptr %3723, align 4
  %.idx3053.3 = shl nsw i64 %j38.next.2, 10
  %gep3542.3 = getelementptr inbounds i8, ptr %gep3548, i64 %.idx3053.3
  store float %3728, ptr %gep3542.3, align 4
  %3729 = getelementptr inbounds float, ptr %3682, i64 %j38.next.2
  %3730 = load float, ptr %3729, align 4
  %3731 = fmul float %3730, %3725
  %3732 = fadd float %3719, %3731
  %3733 = getelementptr inbounds float, ptr %colZ, i64 %j38.next.2
  %3734 = load float, ptr %3733, align 4
  %3735 = fadd float %3734, %3731
  store float %3735, ptr %3733, align 4
  %j38.next.3 = add nuw nsw i64 %j38.addr.02965, 4
  %niter3947.next.3 = add i64 %niter3947, 4
  %niter3947.ncmp.3 = icmp eq i64 %niter3947.next.3, %unroll_iter3946
  br i1 %niter3947.ncmp.3, label %j38.exit.loopexit.unr-lcssa, label %j38.body

j38.exit.loopexit.unr-lcssa:                      ; preds = %j38.body, %j38.body.lr.ph
  %.lcssa3916.ph = phi float [ poison, %j38.body.lr.ph ], [ %3732, %j38.body ]
  %j38.addr.02965.unr = phi i64 [ 0, %j38.body.lr.ph ], [ %j38.next.3, %j38.body ]
  %rowz.02964.unr = phi float [ 0.000000e+00, %j38.body.lr.ph ], [ %3732, %j38.body ]
  %lcmp.mod3944.not = icmp eq i64 %xtraiter3943, 0
  br i1 %lcmp.mod3944.not, label %j38.exit, label %j38.body.epil

j38.body.epil:                                    ; preds = %j38.exit.loopexit.unr-lcssa, %j38.body.epil
  %j38.addr.02965.epil = phi i64 [ %j38.next.epil, %j38.body.epil ], [ %j38.addr.02965.unr, %j38.exit.loopexit.unr-lcssa ]
  %rowz.02964.epil = phi float [ %3745, %j38.body.epil ], [ %rowz.02964.unr, %j38.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j38.body.epil ], [ 0, %j38.exit.loopexit.unr-lcssa ]
  %3736 = getelementptr inbounds float, ptr %3680, i64 %j38.addr.02965.epil
  %3737 = load float, ptr %3736, align 4
  %3738 = fneg float %3737
  %3739 = getelementptr inbounds float, ptr %3681, i64 %j38.addr.02965.epil
  %3740 = load float, ptr %3739, align 4
  %3741 = fmul float %3740, %3738
  store float %3741, ptr %3736, align 4
  %.idx3053.epil = shl nsw i64 %j38.addr.02965.epil, 10
  %gep3542.epil = getelementptr inbounds i8, ptr %gep3548, i64 %.idx3053.epil
  store float %3741, ptr %gep3542.epil, align 4
  %3742 = getelementptr inbounds float, ptr %3682, i64 %j38.addr.02965.epil
  %3743 = load float, ptr %3742, align 4
  %3744 = fmul float %3743, %3738
  %3745 = fadd float %rowz.02964.epil, %3744
  %3746 = getelementptr inbounds float, ptr %colZ, i64 %j38.addr.02965.epil
  %3747 = load float, ptr %3746, align 4
  %3748 = fadd float %3747, %3744
  store float %3748, ptr %3746, align 4
  %j38.next.epil = add nuw nsw i64 %j38.addr.02965.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3943
  br i1 %epil.iter.cmp.not, label %j38.exit, label %j38.body.epil, !llvm.loop !2

j38.exit:                                         ; preds = %j38.exit.loopexit.unr-lcssa, %j38.body.epil, %t10.body
  %.pre-phi = phi i64 [ 0, %t10.body ], [ %3678, %j38.body.epil ], [ %3678, %j38.exit.loopexit.unr-lcssa ]
  %rowz.0.lcssa = phi float [ 0.000000e+00, %t10.body ], [ %.lcssa3916.ph, %j38.exit.loopexit.unr-lcssa ], [ %3745, %j38.body.epil ]
  %3749 = or i64 %i54, %.pre-phi
  %3750 = or i64 %3749, 128
  %3751 = getelementptr inbounds float, ptr %Ak, i64 %3750
  store float 0.000000e+00, ptr %3751, align 4
  %3752 = getelementptr inbounds float, ptr %dG, i64 %t10.addr.02969
  %3753 = load float, ptr %3752, align 4
  %3754 = fadd float %rowz.0.lcssa, %3753
  store float %3754, ptr %3752, align 4
  %i55 = or disjoint i64 %i54, 1
  %3755 = shl nuw nsw i64 %i55, 8
  %3756 = or disjoint i64 %3755, 128
  %3757 = getelementptr inbounds float, ptr %Ak, i64 %3756
  %3758 = getelementptr inbounds i8, ptr %En, i64 %.pre-phi
  %.idx2689 = shl nuw nsw i64 %i55, 9
  %3759 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2689
  %gep3550 = getelementptr inbounds float, ptr %invariant.gep3549, i64 %i55
  %xtraiter3948 = and i64 %indvars.iv3284, 3
  %3760 = icmp ult i64 %t10.addr.02969, 2
  br i1 %3760, label %j39.exit.unr-lcssa, label %j38.exit.new

j38.exit.new:                                     ; preds = %j38.exit
  %unroll_iter3952 = and i64 %indvars.iv3284, 9223372036854775804
  br label %j39.body

j39.body:                                         ; preds = %j39.body, %j38.exit.new
  %j39.addr.02968 = phi i64 [ 0, %j38.exit.new ], [ %j39.next.3, %j39.body ]
  %rowz1.02967 = phi float [ 0.000000e+00, %j38.exit.new ], [ %3809, %j39.body ]
  %niter3953 = phi i64 [ 0, %j38.exit.new ], [ %niter3953.next.3, %j39.body ]
  %3761 = getelementptr inbounds float, ptr %3757, i64 %j39.addr.02968
  %3762 = load float, ptr %3761, align 4
  %3763 = fneg float %3762
  %3764 = getelementptr inbounds float, ptr %3758, i64 %j39.addr.02968
  %3765 = load float, ptr %3764, align 4
  %3766 = fmul float %3765, %3763
  store float %3766, ptr %3761, align 4
  %.idx3054 = shl nsw i64 %j39.addr.02968, 10
  %gep3546 = getelementptr inbounds i8, ptr %gep3550, i64 %.idx3054
  store float %3766, ptr %gep3546, align 4
  %3767 = getelementptr inbounds float, ptr %3759, i64 %j39.addr.02968
  %3768 = load float, ptr %3767, align 4
  %3769 = fmul float %3768, %3763
  %3770 = fadd float %rowz1.02967, %3769
  %3771 = getelementptr inbounds float, ptr %colZ, i64 %j39.addr.02968
  %3772 = load float, ptr %3771, align 4
  %3773 = fadd float %3772, %3769
  store float %3773, ptr %3771, align 4
  %j39.next = or disjoint i64 %j39.addr.02968, 1
  %3774 = getelementptr inbounds float, ptr %3757, i64 %j39.next
  %3775 = load float, ptr %3774, align 4
  %3776 = fneg float %3775
  %3777 = getelementptr inbounds float, ptr %3758, i64 %j39.next
  %3778 = load float, ptr %3777, align 4
  %3779 = fmul float %3778, %3776
  store float %3779, ptr %3774, align 4
  %.idx3054.1 = shl nsw i64 %j39.next, 10
  %gep3546.1 = getelementptr inbounds i8, ptr %gep3550, i64 %.idx3054.1
  store float %3779, ptr %gep3546.1, align 4
  %3780 = getelementptr inbounds float, ptr %3759, i64 %j39.next
  %3781 = load float, ptr %3780, align 4
  %3782 = fmul float %3781, %3776
  %3783 = fadd float %3770, %3782
  %3784 = getelementptr inbounds float, ptr %colZ, i64 %j39.next
  %3785 = load float, ptr %3784, align 4
  %3786 = fadd float %3785, %3782
  store float %3786, ptr %3784, align 4
  %j39.next.1 = or disjoint i64 %j39.addr.02968, 2
  %3787 = getelementptr inbounds float, ptr %3757, i64 %j39.next.1
  %3788 = load float, ptr %3787, align 4
  %3789 = fneg float %3788
  %3790 = getelementptr inbounds float, ptr %3758, i64 %j39.next.1
  %3791 = load float, ptr %3790, align 4
  %3792 = fmul float %3791, %3789
  store float %3792, ptr %3787, align 4
  %.idx3054.2 = shl nsw i64 %j39.next.1, 10
  %gep3546.2 = getelementptr inbounds i8, ptr %gep3550, i64 %.idx3054.2
  store float %3792, ptr %gep3546.2, align 4
  %3793 = getelementptr inbounds float, ptr %3759, i64 %j39.next.1
  %3794 = load float, ptr %3793, align 4
  %3795 = fmul float %3794, %3789
  %3796 = fadd float %3783, %3795
  %3797 = getelementptr inbounds float, ptr %colZ, i64 %j39.next.1
  %3798 = load float, ptr %3797, align 4
  %3799 = fadd float %3798, %3795
  store float %3799, ptr %3797, align 4
  %j39.next.2 = or disjoint i64 %j39.addr.02968, 3
  %3800 = getelementptr inbounds float, ptr %3757, i64 %j39.next.2
  %3801 = load float, ptr %3800, align 4
  %3802 = fneg float %3801
  %3803 = getelementptr inbounds float, ptr %3758, i64 %j39.next.2
  %3804 = load float, ptr %3803, align 4
  %3805 = fmul float %3804, %3802
  store float %3805, ptr %3800, align 4
  %.idx3054.3 = shl nsw i64 %j39.next.2, 10
  %gep3546.3 = getelementptr inbounds i8, ptr %gep3550, i64 %.idx3054.3
  store float %3805, ptr %gep3546.3, align 4
  %3806 = getelementptr inbounds float, ptr %3759, i64 %j39.next.2
  %3807 = load float, ptr %3806, align 4
  %3808 = fmul float %3807, %3802
  %3809 = fadd float %3796, %3808
  %3810 = getelementptr inbounds float, ptr %colZ, i64 %j39.next.2
  %3811 = load float, ptr %3810, align 4
  %3812 = fadd float %3811, %3808
  store float %3812, ptr %3810, align 4
  %j39.next.3 = add nuw nsw i64 %j39.addr.02968, 4
  %niter3953.next.3 = add i64 %niter3953, 4
  %niter3953.ncmp.3 = icmp eq i64 %niter3953.next.3, %unroll_iter3952
  br i1 %niter3953.ncmp.3, label %j39.exit.unr-lcssa, label %j39.body

j39.exit.unr-lcssa:                               ; preds = %j39.body, %j38.exit
  %.lcssa3917.ph = phi float [ poison, %j38.exit ], [ %3809, %j39.body ]
  %j39.addr.02968.unr = phi i64 [ 0, %j38.exit ], [ %j39.next.3, %j39.body ]
  %rowz1.02967.unr = phi float [ 0.000000e+00, %j38.exit ], [ %3809, %j39.body ]
  %lcmp.mod3950.not = icmp eq i64 %xtraiter3948, 0
  br i1 %lcmp.mod3950.not, label %j39.exit, label %j39.body.epil

j39.body.epil:                                    ; preds = %j39.exit.unr-lcssa, %j39.body.epil
  %j39.addr.02968.epil = phi i64 [ %j39.next.epil, %j39.body.epil ], [ %j39.addr.02968.unr, %j39.exit.unr-lcssa ]
  %rowz1.02967.epil = phi float [ %3822, %j39.body.epil ], [ %rowz1.02967.unr, %j39.exit.unr-lcssa ]
  %epil.iter3949 = phi i64 [ %epil.iter3949.next, %j39.body.epil ], [ 0, %j39.exit.unr-lcssa ]
  %3813 = getelementptr inbounds float, ptr %3757, i64 %j39.addr.02968.epil
  %3814 = load float, ptr %3813, align 4
  %3815 = fneg float %3814
  %3816 = getelementptr inbounds float, ptr %3758, i64 %j39.addr.02968.epil
  %3817 = load float, ptr %3816, align 4
  %3818 = fmul float %3817, %3815
  store float %3818, ptr %3813, align 4
  %.idx3054.epil = shl nsw i64 %j39.addr.02968.epil, 10
  %gep3546.epil = getelementptr inbounds i8, ptr %gep3550, i64 %.idx3054.epil
  store float %3818, ptr %gep3546.epil, align 4
  %3819 = getelementptr inbounds float, ptr %3759, i64 %j39.addr.02968.epil
  %3820 = load float, ptr %3819, align 4
  %3821 = fmul float %3820, %3815
  %3822 = fadd float %rowz1.02967.epil, %3821
  %3823 = getelementptr inbounds float, ptr %colZ, i64 %j39.addr.02968.epil
  %3824 = load float, ptr %3823, align 4
  %3825 = fadd float %3824, %3821
  store float %3825, ptr %3823, align 4
  %j39.next.epil = add nuw nsw i64 %j39.addr.02968.epil, 1
  %epil.iter3949.next = add i64 %epil.iter3949, 1
  %epil.iter3949.cmp.not = icmp eq i64 %epil.iter3949.next, %xtraiter3948
  br i1 %epil.iter3949.cmp.not, label %j39.exit, label %j39.body.epil, !llvm.loop !4

j39.exit:                                         ; preds = %j39.body.epil, %j39.exit.unr-lcssa
  %.lcssa3917 = phi float [ %.lcssa3917.ph, %j39.exit.unr-lcssa ], [ %3822, %j39.body.epil ]
  %.idx3055 = mul nuw nsw i64 %i55, 1028
  %gep3552 = getelementptr inbounds i8, ptr %invariant.gep3551, i64 %.idx3055
  store float 0.000000e+00, ptr %gep3552, align 4
  %3826 = load float, ptr %3752, align 4
  %3827 = fadd float %.lcssa3917, %3826
  store float %3827, ptr %3752, align 4
  %t10.next = add nuw nsw i64 %t10.addr.02969, 1
  %indvars.iv.next3285 = add nuw nsw i64 %indvars.iv3284, 2
  %exitcond3287.not = icmp eq i64 %t10.next, 64
  br i1 %exitcond3287.not, label %vector.body, label %t10.body

vector.body:                                      ; preds = %j39.exit
  %wide.load = load <8 x float>, ptr %dG, align 4
  %wide.load3724 = load <8 x float>, ptr %81, align 4
  %wide.vec = load <16 x float>, ptr %colZ, align 4
  %wide.vec3725 = load <16 x float>, ptr %82, align 4
  %strided.vec = shufflevector <16 x float> %wide.vec, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3726 = shufflevector <16 x float> %wide.vec3725, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3727 = shufflevector <16 x float> %wide.vec, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %strided.vec3728 = shufflevector <16 x float> %wide.vec3725, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %3828 = fsub <8 x float> %wide.load, %strided.vec
  %3829 = fsub <8 x float> %wide.load3724, %strided.vec3726
  store <8 x float> %3828, ptr %dG, align 4
  store <8 x float> %3829, ptr %81, align 4
  %3830 = fsub <8 x float> %3828, %strided.vec3727
  %3831 = fsub <8 x float> %3829, %strided.vec3728
  store <8 x float> %3830, ptr %dG, align 4
  store <8 x float> %3831, ptr %81, align 4
  %wide.load.1 = load <8 x float>, ptr %83, align 4
  %wide.load3724.1 = load <8 x float>, ptr %84, align 4
  %wide.vec.1 = load <16 x float>, ptr %85, align 4
  %wide.vec3725.1 = load <16 x float>, ptr %86, align 4
  %strided.vec.1 = shufflevector <16 x float> %wide.vec.1, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3726.1 = shufflevector <16 x float> %wide.vec3725.1, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3727.1 = shufflevector <16 x float> %wide.vec.1, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %strided.vec3728.1 = shufflevector <16 x float> %wide.vec3725.1, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %3832 = fsub <8 x float> %wide.load.1, %strided.vec.1
  %3833 = fsub <8 x float> %wide.load3724.1, %strided.vec3726.1
  store <8 x float> %3832, ptr %83, align 4
  store <8 x float> %3833, ptr %84, align 4
  %3834 = fsub <8 x float> %3832, %strided.vec3727.1
  %3835 = fsub <8 x float> %3833, %strided.vec3728.1
  store <8 x float> %3834, ptr %83, align 4
  store <8 x float> %3835, ptr %84, align 4
  %wide.load.2 = load <8 x float>, ptr %87, align 4
  %wide.load3724.2 = load <8 x float>, ptr %88, align 4
  %wide.vec.2 = load <16 x float>, ptr %89, align 4
  %wide.vec3725.2 = load <16 x float>, ptr %90, align 4
  %strided.vec.2 = shufflevector <16 x float> %wide.vec.2, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3726.2 = shufflevector <16 x float> %wide.vec3725.2, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3727.2 = shufflevector <16 x float> %wide.vec.2, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %strided.vec3728.2 = shufflevector <16 x float> %wide.vec3725.2, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %3836 = fsub <8 x float> %wide.load.2, %strided.vec.2
  %3837 = fsub <8 x float> %wide.load3724.2, %strided.vec3726.2
  store <8 x float> %3836, ptr %87, align 4
  store <8 x float> %3837, ptr %88, align 4
  %3838 = fsub <8 x float> %3836, %strided.vec3727.2
  %3839 = fsub <8 x float> %3837, %strided.vec3728.2
  store <8 x float> %3838, ptr %87, align 4
  store <8 x float> %3839, ptr %88, align 4
  %wide.load.3 = load <8 x float>, ptr %91, align 4
  %wide.load3724.3 = load <8 x float>, ptr %92, align 4
  %wide.vec.3 = load <16 x float>, ptr %93, align 4
  %wide.vec3725.3 = load <16 x float>, ptr %94, align 4
  %strided.vec.3 = shufflevector <16 x float> %wide.vec.3, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3726.3 = shufflevector <16 x float> %wide.vec3725.3, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %strided.vec3727.3 = shufflevector <16 x float> %wide.vec.3, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %strided.vec3728.3 = shufflevector <16 x float> %wide.vec3725.3, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %3840 = fsub <8 x float> %wide.load.3, %strided.vec.3
  %3841 = fsub <8 x float> %wide.load3724.3, %strided.vec3726.3
  store <8 x float> %3840, ptr %91, align 4
  store <8 x float> %3841, ptr %92, align 4
  %3842 = fsub <8 x float> %3840, %strided.vec3727.3
  %3843 = fsub <8 x float> %3841, %strided.vec3728.3
  store <8 x float> %3842, ptr %91, align 4
  store <8 x float> %3843, ptr %92, align 4
  br label %p18.head.preheader

t12.head.preheader:                               ; preds = %p18.exit
  %L = tail call i64 @llvm.smin.i64(i64 %133, i64 64)
  %3844 = icmp sgt i64 %133, 0
  br i1 %3844, label %j41.head.preheader.preheader, label %tt.body.preheader

j41.head.preheader.preheader:                     ; preds = %t12.head.preheader
  %xtraiter3956 = and i64 %smax3955, 1
  %3845 = icmp slt i64 %indvars.iv3298, 2
  br i1 %3845, label %tt.body.preheader.loopexit.unr-lcssa, label %j41.head.preheader.preheader.new

j41.head.preheader.preheader.new:                 ; preds = %j41.head.preheader.preheader
  %unroll_iter3959 = and i64 %smax3955, 126
  br label %j41.head.preheader

p18.head.preheader:                               ; preds = %vector.body, %p18.exit
  %i56.addr.02988 = phi i64 [ %i56.next, %p18.exit ], [ 0, %vector.body ]
  %3846 = shl nuw nsw i64 %i56.addr.02988, 8
  br label %p18.body

p18.body:                                         ; preds = %p18.head.preheader, %p18.body
  %p18.addr.02987 = phi i64 [ 0, %p18.head.preheader ], [ %p18.next, %p18.body ]
  %acc160.02986 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3908, %p18.body ]
  %acc159.02985 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3907, %p18.body ]
  %acc158.02984 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3901, %p18.body ]
  %acc157.02983 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3900, %p18.body ]
  %acc156.02982 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3894, %p18.body ]
  %acc155.02981 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3893, %p18.body ]
  %acc154.02980 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3887, %p18.body ]
  %acc153.02979 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3886, %p18.body ]
  %acc152.02978 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3880, %p18.body ]
  %acc151.02977 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3879, %p18.body ]
  %acc150.02976 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3873, %p18.body ]
  %acc149.02975 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3872, %p18.body ]
  %acc148.02974 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3866, %p18.body ]
  %acc147.02973 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3865, %p18.body ]
  %acc146.02972 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3859, %p18.body ]
  %acc145.02971 = phi <16 x float> [ zeroinitializer, %p18.head.preheader ], [ %3858, %p18.body ]
  %3847 = shl nuw nsw i64 %p18.addr.02987, 5
  %3848 = getelementptr inbounds float, ptr %Bk, i64 %3847
  %3849 = load <16 x float>, ptr %3848, align 4
  %3850 = or disjoint i64 %3847, 16
  %3851 = getelementptr inbounds float, ptr %Bk, i64 %3850
  %3852 = load <16 x float>, ptr %3851, align 4
  %3853 = add nuw nsw i64 %p18.addr.02987, %3846
  %3854 = getelementptr inbounds float, ptr %Ak, i64 %3853
  %3855 = load float, ptr %3854, align 4
  %3856 = insertelement <16 x float> poison, float %3855, i64 0
  %3857 = shufflevector <16 x float> %3856, <16 x float> poison, <16 x i32> zeroinitializer
  %3858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3857, <16 x float> %3849, <16 x float> %acc145.02971)
  %3859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3857, <16 x float> %3852, <16 x float> %acc146.02972)
  %3860 = or disjoint i64 %3853, 256
  %3861 = getelementptr inbounds float, ptr %Ak, i64 %3860
  %3862 = load float, ptr %3861, align 4
  %3863 = insertelement <16 x float> poison, float %3862, i64 0
  %3864 = shufflevector <16 x float> %3863, <16 x float> poison, <16 x i32> zeroinitializer
  %3865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3864, <16 x float> %3849, <16 x float> %acc147.02973)
  %3866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3864, <16 x float> %3852, <16 x float> %acc148.02974)
  %3867 = or disjoint i64 %3853, 512
  %3868 = getelementptr inbounds float, ptr %Ak, i64 %3867
  %3869 = load float, ptr %3868, align 4
  %3870 = insertelement <16 x float> poison, float %3869, i64 0
  %3871 = shufflevector <16 x float> %3870, <16 x float> poison, <16 x i32> zeroinitializer
  %3872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3871, <16 x float> %3849, <16 x float> %acc149.02975)
  %3873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3871, <16 x float> %3852, <16 x float> %acc150.02976)
  %3874 = or disjoint i64 %3853, 768
  %3875 = getelementptr inbounds float, ptr %Ak, i64 %3874
  %3876 = load float, ptr %3875, align 4
  %3877 = insertelement <16 x float> poison, float %3876, i64 0
  %3878 = shufflevector <16 x float> %3877, <16 x float> poison, <16 x i32> zeroinitializer
  %3879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3878, <16 x float> %3849, <16 x float> %acc151.02977)
  %3880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3878, <16 x float> %3852, <16 x float> %acc152.02978)
  %3881 = or disjoint i64 %3853, 1024
  %3882 = getelementptr inbounds float, ptr %Ak, i64 %3881
  %3883 = load float, ptr %3882, align 4
  %3884 = insertelement <16 x float> poison, float %3883, i64 0
  %3885 = shufflevector <16 x float> %3884, <16 x float> poison, <16 x i32> zeroinitializer
  %3886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3885, <16 x float> %3849, <16 x float> %acc153.02979)
  %3887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3885, <16 x float> %3852, <16 x float> %acc154.02980)
  %3888 = or disjoint i64 %3853, 1280
  %3889 = getelementptr inbounds float, ptr %Ak, i64 %3888
  %3890 = load float, ptr %3889, align 4
  %3891 = insertelement <16 x float> poison, float %3890, i64 0
  %3892 = shufflevector <16 x float> %3891, <16 x float> poison, <16 x i32> zeroinitializer
  %3893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3892, <16 x float> %3849, <16 x float> %acc155.02981)
  %3894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3892, <16 x float> %3852, <16 x float> %acc156.02982)
  %3895 = or disjoint i64 %3853, 1536
  %3896 = getelementptr inbounds float, ptr %Ak, i64 %3895
  %3897 = load float, ptr %3896, align 4
  %3898 = insertelement <16 x float> poison, float %3897, i64 0
  %3899 = shufflevector <16 x float> %3898, <16 x float> poison, <16 x i32> zeroinitializer
  %3900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3899, <16 x float> %3849, <16 x float> %acc157.02983)
  %3901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3899, <16 x float> %3852, <16 x float> %acc158.02984)
  %3902 = or disjoint i64 %3853, 1792
  %3903 = getelementptr inbounds float, ptr %Ak, i64 %3902
  %3904 = load float, ptr %3903, align 4
  %3905 = insertelement <16 x float> poison, float %3904, i64 0
  %3906 = shufflevector <16 x float> %3905, <16 x float> poison, <16 x i32> zeroinitializer
  %3907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3906, <16 x float> %3849, <16 x float> %acc159.02985)
  %3908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3906, <16 x float> %3852, <16 x float> %acc160.02986)
  %p18.next = add nuw nsw i64 %p18.addr.02987, 1
  %exitcond3289.not = icmp eq i64 %p18.next, 256
  br i1 %exitcond3289.not, label %p18.exit, label %p18.body

p18.exit:                                         ; preds = %p18.body
  %3909 = shl nuw nsw i64 %i56.addr.02988, 5
  %3910 = getelementptr inbounds float, ptr %dKc, i64 %3909
  store <16 x float> %3858, ptr %3910, align 4
  %3911 = or disjoint i64 %3909, 16
  %3912 = getelementptr inbounds float, ptr %dKc, i64 %3911
  store <16 x float> %3859, ptr %3912, align 4
  %3913 = or disjoint i64 %3909, 32
  %3914 = getelementptr inbounds float, ptr %dKc, i64 %3913
  store <16 x float> %3865, ptr %3914, align 4
  %3915 = or disjoint i64 %3909, 48
  %3916 = getelementptr inbounds float, ptr %dKc, i64 %3915
  store <16 x float> %3866, ptr %3916, align 4
  %3917 = or disjoint i64 %3909, 64
  %3918 = getelementptr inbounds float, ptr %dKc, i64 %3917
  store <16 x float> %3872, ptr %3918, align 4
  %3919 = or disjoint i64 %3909, 80
  %3920 = getelementptr inbounds float, ptr %dKc, i64 %3919
  store <16 x float> %3873, ptr %3920, align 4
  %3921 = or disjoint i64 %3909, 96
  %3922 = getelementptr inbounds float, ptr %dKc, i64 %3921
  store <16 x float> %3879, ptr %3922, align 4
  %3923 = or disjoint i64 %3909, 112
  %3924 = getelementptr inbounds float, ptr %dKc, i64 %3923
  store <16 x float> %3880, ptr %3924, align 4
  %3925 = or disjoint i64 %3909, 128
  %3926 = getelementptr inbounds float, ptr %dKc, i64 %3925
  store <16 x float> %3886, ptr %3926, align 4
  %3927 = or disjoint i64 %3909, 144
  %3928 = getelementptr inbounds float, ptr %dKc, i64 %3927
  store <16 x float> %3887, ptr %3928, align 4
  %3929 = or disjoint i64 %3909, 160
  %3930 = getelementptr inbounds float, ptr %dKc, i64 %3929
  store <16 x float> %3893, ptr %3930, align 4
  %3931 = or disjoint i64 %3909, 176
  %3932 = getelementptr inbounds float, ptr %dKc, i64 %3931
  store <16 x float> %3894, ptr %3932, align 4
  %3933 = or disjoint i64 %3909, 192
  %3934 = getelementptr inbounds float, ptr %dKc, i64 %3933
  store <16 x float> %3900, ptr %3934, align 4
  %3935 = or disjoint i64 %3909, 208
  %3936 = getelementptr inbounds float, ptr %dKc, i64 %3935
  store <16 x float> %3901, ptr %3936, align 4
  %3937 = or disjoint i64 %3909, 224
  %3938 = getelementptr inbounds float, ptr %dKc, i64 %3937
  store <16 x float> %3907, ptr %3938, align 4
  %3939 = or disjoint i64 %3909, 240
  %3940 = getelementptr inbounds float, ptr %dKc, i64 %3939
  store <16 x float> %3908, ptr %3940, align 4
  %i56.next = add nuw nsw i64 %i56.addr.02988, 8
  %3941 = icmp ult i64 %i56.addr.02988, 120
  br i1 %3941, label %p18.head.preheader, label %t12.head.preheader

j41.head.preheader:                               ; preds = %j41.head.preheader, %j41.head.preheader.preheader.new
  %t12.addr.02994 = phi i64 [ 0, %j41.head.preheader.preheader.new ], [ %t12.next.1, %j41.head.preheader ]
  %niter3960 = phi i64 [ 0, %j41.head.preheader.preheader.new ], [ %niter3960.next.1, %j41.head.preheader ]
  %3942 = mul i64 %20, %t12.addr.02994
  %3943 = add i64 %127, %3942
  %scevgep3296 = getelementptr i8, ptr %dv, i64 %3943
  %3944 = shl nuw nsw i64 %t12.addr.02994, 8
  %gep3554 = getelementptr i8, ptr %invariant.gep3553, i64 %3944
  %scevgep3294 = getelementptr i8, ptr %dk, i64 %3943
  %gep3556 = getelementptr i8, ptr %invariant.gep3555, i64 %3944
  %3945 = add i64 %128, %3942
  %scevgep3292 = getelementptr i8, ptr %dv, i64 %3945
  %gep3558 = getelementptr i8, ptr %invariant.gep3557, i64 %3944
  %scevgep3290 = getelementptr i8, ptr %dk, i64 %3945
  %gep3560 = getelementptr i8, ptr %invariant.gep3559, i64 %3944
  %3946 = add nsw i64 %t12.addr.02994, %t0
  %3947 = mul nsw i64 %3946, %sq
  %.idx3056 = shl nsw i64 %t12.addr.02994, 7
  %3948 = getelementptr inbounds i8, ptr %dQc, i64 %.idx3056
  %3949 = load <16 x float>, ptr %3948, align 4
  %3950 = fmul <16 x float> %3949, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3951 = getelementptr float, ptr %qh1, i64 %3947
  store <16 x float> %3950, ptr %3951, align 4
  %3952 = getelementptr inbounds i8, ptr %52, i64 %.idx3056
  %3953 = load <16 x float>, ptr %3952, align 4
  %3954 = fmul <16 x float> %3953, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3955 = getelementptr float, ptr %118, i64 %3947
  store <16 x float> %3954, ptr %3955, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3290, ptr noundef nonnull align 4 dereferenceable(128) %gep3560, i64 128, i1 false)
  %i58 = shl nuw nsw i64 %t12.addr.02994, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3292, ptr noundef nonnull align 4 dereferenceable(128) %gep3558, i64 128, i1 false)
  %tau2 = shl nsw i64 %3946, 1
  %3956 = getelementptr inbounds float, ptr %dbet, i64 %i58
  %3957 = load float, ptr %3956, align 4
  %3958 = mul nsw i64 %tau2, %H
  %3959 = getelementptr inbounds float, ptr %betah1, i64 %3958
  store float %3957, ptr %3959, align 4
  %i61 = or disjoint i64 %i58, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3294, ptr noundef nonnull align 4 dereferenceable(128) %gep3556, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3296, ptr noundef nonnull align 4 dereferenceable(128) %gep3554, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %3960 = getelementptr inbounds float, ptr %dbet, i64 %i61
  %3961 = load float, ptr %3960, align 4
  %3962 = mul nsw i64 %tau3, %H
  %3963 = getelementptr inbounds float, ptr %betah1, i64 %3962
  store float %3961, ptr %3963, align 4
  %t12.next = or disjoint i64 %t12.addr.02994, 1
  %3964 = mul i64 %20, %t12.next
  %3965 = add i64 %127, %3964
  %scevgep3296.1 = getelementptr i8, ptr %dv, i64 %3965
  %3966 = shl nuw nsw i64 %t12.next, 8
  %gep3554.1 = getelementptr i8, ptr %invariant.gep3553, i64 %3966
  %scevgep3294.1 = getelementptr i8, ptr %dk, i64 %3965
  %gep3556.1 = getelementptr i8, ptr %invariant.gep3555, i64 %3966
  %3967 = add i64 %128, %3964
  %scevgep3292.1 = getelementptr i8, ptr %dv, i64 %3967
  %gep3558.1 = getelementptr i8, ptr %invariant.gep3557, i64 %3966
  %scevgep3290.1 = getelementptr i8, ptr %dk, i64 %3967
  %gep3560.1 = getelementptr i8, ptr %invariant.gep3559, i64 %3966
  %3968 = add nsw i64 %t12.next, %t0
  %3969 = mul nsw i64 %3968, %sq
  %.idx3056.1 = shl nsw i64 %t12.next, 7
  %3970 = getelementptr inbounds i8, ptr %dQc, i64 %.idx3056.1
  %3971 = load <16 x float>, ptr %3970, align 4
  %3972 = fmul <16 x float> %3971, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3973 = getelementptr float, ptr %qh1, i64 %3969
  store <16 x float> %3972, ptr %3973, align 4
  %3974 = getelementptr inbounds i8, ptr %52, i64 %.idx3056.1
  %3975 = load <16 x float>, ptr %3974, align 4
  %3976 = fmul <16 x float> %3975, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3977 = getelementptr float, ptr %118, i64 %3969
  store <16 x float> %3976, ptr %3977, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3290.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3560.1, i64 128, i1 false)
  %i58.1 = shl nuw nsw i64 %t12.next, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3292.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3558.1, i64 128, i1 false)
  %tau2.1 = shl nsw i64 %3968, 1
  %3978 = getelementptr inbounds float, ptr %dbet, i64 %i58.1
  %3979 = load float, ptr %3978, align 4
  %3980 = mul nsw i64 %tau2.1, %H
  %3981 = getelementptr inbounds float, ptr %betah1, i64 %3980
  store float %3979, ptr %3981, align 4
  %i61.1 = or disjoint i64 %i58.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3294.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3556.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3296.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3554.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %3982 = getelementptr inbounds float, ptr %dbet, i64 %i61.1
  %3983 = load float, ptr %3982, align 4
  %3984 = mul nsw i64 %tau3.1, %H
  %3985 = getelementptr inbounds float, ptr %betah1, i64 %3984
  store float %3983, ptr %3985, align 4
  %t12.next.1 = add nuw nsw i64 %t12.addr.02994, 2
  %niter3960.next.1 = add i64 %niter3960, 2
  %niter3960.ncmp.1 = icmp eq i64 %niter3960.next.1, %unroll_iter3959
  br i1 %niter3960.ncmp.1, label %tt.body.preheader.loopexit.unr-lcssa, label %j41.head.preheader

tt.body.preheader.loopexit.unr-lcssa:             ; preds = %j41.head.preheader, %j41.head.preheader.preheader
  %t12.addr.02994.unr = phi i64 [ 0, %j41.head.preheader.preheader ], [ %t12.next.1, %j41.head.preheader ]
  %lcmp.mod3958.not = icmp eq i64 %xtraiter3956, 0
  br i1 %lcmp.mod3958.not, label %tt.body.preheader, label %j41.head.preheader.epil

j41.head.preheader.epil:                          ; preds = %tt.body.preheader.loopexit.unr-lcssa
  %3986 = mul i64 %20, %t12.addr.02994.unr
  %3987 = add i64 %127, %3986
  %scevgep3296.epil = getelementptr i8, ptr %dv, i64 %3987
  %3988 = shl nuw nsw i64 %t12.addr.02994.unr, 8
  %gep3554.epil = getelementptr i8, ptr %invariant.gep3553, i64 %3988
  %scevgep3294.epil = getelementptr i8, ptr %dk, i64 %3987
  %gep3556.epil = getelementptr i8, ptr %invariant.gep3555, i64 %3988
  %3989 = add i64 %128, %3986
  %scevgep3292.epil = getelementptr i8, ptr %dv, i64 %3989
  %gep3558.epil = getelementptr i8, ptr %invariant.gep3557, i64 %3988
  %scevgep3290.epil = getelementptr i8, ptr %dk, i64 %3989
  %gep3560.epil = getelementptr i8, ptr %invariant.gep3559, i64 %3988
  %3990 = add nsw i64 %t12.addr.02994.unr, %t0
  %3991 = mul nsw i64 %3990, %sq
  %.idx3056.epil = shl nsw i64 %t12.addr.02994.unr, 7
  %3992 = getelementptr inbounds i8, ptr %dQc, i64 %.idx3056.epil
  %3993 = load <16 x float>, ptr %3992, align 4
  %3994 = fmul <16 x float> %3993, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3995 = getelementptr float, ptr %qh1, i64 %3991
  store <16 x float> %3994, ptr %3995, align 4
  %3996 = getelementptr inbounds i8, ptr %52, i64 %.idx3056.epil
  %3997 = load <16 x float>, ptr %3996, align 4
  %3998 = fmul <16 x float> %3997, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3999 = getelementptr float, ptr %118, i64 %3991
  store <16 x float> %3998, ptr %3999, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3290.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3560.epil, i64 128, i1 false)
  %i58.epil = shl nuw nsw i64 %t12.addr.02994.unr, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3292.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3558.epil, i64 128, i1 false)
  %tau2.epil = shl nsw i64 %3990, 1
  %4000 = getelementptr inbounds float, ptr %dbet, i64 %i58.epil
  %4001 = load float, ptr %4000, align 4
  %4002 = mul nsw i64 %tau2.epil, %H
  %4003 = getelementptr inbounds float, ptr %betah1, i64 %4002
  store float %4001, ptr %4003, align 4
  %i61.epil = or disjoint i64 %i58.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3294.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3556.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3296.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3554.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %4004 = getelementptr inbounds float, ptr %dbet, i64 %i61.epil
  %4005 = load float, ptr %4004, align 4
  %4006 = mul nsw i64 %tau3.epil, %H
  %4007 = getelementptr inbounds float, ptr %betah1, i64 %4006
  store float %4005, ptr %4007, align 4
  br label %tt.body.preheader

tt.body.preheader:                                ; preds = %j41.head.preheader.epil, %tt.body.preheader.loopexit.unr-lcssa, %t12.head.preheader
  br label %tt.body

tt.body:                                          ; preds = %endif1830.7, %tt.body.preheader
  %tt.addr.02996 = phi i64 [ 0, %tt.body.preheader ], [ %tt.next.7, %endif1830.7 ]
  %dgrun.02995 = phi float [ 0.000000e+00, %tt.body.preheader ], [ %4059, %endif1830.7 ]
  %t13 = sub nuw nsw i64 63, %tt.addr.02996
  %4008 = getelementptr inbounds float, ptr %dG, i64 %t13
  %4009 = load float, ptr %4008, align 4
  %4010 = fadd float %dgrun.02995, %4009
  %4011 = icmp slt i64 %t13, %L
  br i1 %4011, label %then1828, label %endif1830

tt.exit:                                          ; preds = %endif1830.7
  %cc.next = add nuw nsw i64 %cc.addr.02997, 1
  %indvars.iv.next3299 = add i64 %indvars.iv3298, 64
  %exitcond3303.not = icmp eq i64 %cc.next, %smax3302
  br i1 %exitcond3303.not, label %j46.head.preheader, label %cc.body

then1828:                                         ; preds = %tt.body
  %4012 = or disjoint i64 %t13, %t0
  %4013 = mul nsw i64 %4012, %H
  %4014 = getelementptr inbounds float, ptr %gh1, i64 %4013
  store float %4010, ptr %4014, align 4
  br label %endif1830

endif1830:                                        ; preds = %tt.body, %then1828
  %t13.1 = sub nsw i64 62, %tt.addr.02996
  %4015 = getelementptr inbounds float, ptr %dG, i64 %t13.1
  %4016 = load float, ptr %4015, align 4
  %4017 = fadd float %4010, %4016
  %4018 = icmp slt i64 %t13.1, %L
  br i1 %4018, label %then1828.1, label %endif1830.1

then1828.1:                                       ; preds = %endif1830
  %4019 = or disjoint i64 %t13.1, %t0
  %4020 = mul nsw i64 %4019, %H
  %4021 = getelementptr inbounds float, ptr %gh1, i64 %4020
  store float %4017, ptr %4021, align 4
  br label %endif1830.1

endif1830.1:                                      ; preds = %then1828.1, %endif1830
  %tt.next.1 = or disjoint i64 %tt.addr.02996, 2
  %t13.2 = sub nuw nsw i64 63, %tt.next.1
  %4022 = getelementptr inbounds float, ptr %dG, i64 %t13.2
  %4023 = load float, ptr %4022, align 4
  %4024 = fadd float %4017, %4023
  %4025 = icmp slt i64 %t13.2, %L
  br i1 %4025, label %then1828.2, label %endif1830.2

then1828.2:                                       ; preds = %endif1830.1
  %4026 = or disjoint i64 %t13.2, %t0
  %4027 = mul nsw i64 %4026, %H
  %4028 = getelementptr inbounds float, ptr %gh1, i64 %4027
  store float %4024, ptr %4028, align 4
  br label %endif1830.2

endif1830.2:                                      ; preds = %then1828.2, %endif1830.1
  %tt.next.2 = or disjoint i64 %tt.addr.02996, 3
  %t13.3 = sub nuw nsw i64 63, %tt.next.2
  %4029 = getelementptr inbounds float, ptr %dG, i64 %t13.3
  %4030 = load float, ptr %4029, align 4
  %4031 = fadd float %4024, %4030
  %4032 = icmp slt i64 %t13.3, %L
  br i1 %4032, label %then1828.3, label %endif1830.3

then1828.3:                                       ; preds = %endif1830.2
  %4033 = or disjoint i64 %t13.3, %t0
  %4034 = mul nsw i64 %4033, %H
  %4035 = getelementptr inbounds float, ptr %gh1, i64 %4034
  store float %4031, ptr %4035, align 4
  br label %endif1830.3

endif1830.3:                                      ; preds = %then1828.3, %endif1830.2
  %tt.next.3 = or disjoint i64 %tt.addr.02996, 4
  %t13.4 = sub nuw nsw i64 63, %tt.next.3
  %4036 = getelementptr inbounds float, ptr %dG, i64 %t13.4
  %4037 = load float, ptr %4036, align 4
  %4038 = fadd float %4031, %4037
  %4039 = icmp slt i64 %t13.4, %L
  br i1 %4039, label %then1828.4, label %endif1830.4

then1828.4:                                       ; preds = %endif1830.3
  %4040 = or disjoint i64 %t13.4, %t0
  %4041 = mul nsw i64 %4040, %H
  %4042 = getelementptr inbounds float, ptr %gh1, i64 %4041
  store float %4038, ptr %4042, align 4
  br label %endif1830.4

endif1830.4:                                      ; preds = %then1828.4, %endif1830.3
  %tt.next.4 = or disjoint i64 %tt.addr.02996, 5
  %t13.5 = sub nuw nsw i64 63, %tt.next.4
  %4043 = getelementptr inbounds float, ptr %dG, i64 %t13.5
  %4044 = load float, ptr %4043, align 4
  %4045 = fadd float %4038, %4044
  %4046 = icmp slt i64 %t13.5, %L
  br i1 %4046, label %then1828.5, label %endif1830.5

then1828.5:                                       ; preds = %endif1830.4
  %4047 = or disjoint i64 %t13.5, %t0
  %4048 = mul nsw i64 %4047, %H
  %4049 = getelementptr inbounds float, ptr %gh1, i64 %4048
  store float %4045, ptr %4049, align 4
  br label %endif1830.5

endif1830.5:                                      ; preds = %then1828.5, %endif1830.4
  %tt.next.5 = or disjoint i64 %tt.addr.02996, 6
  %t13.6 = sub nuw nsw i64 63, %tt.next.5
  %4050 = getelementptr inbounds float, ptr %dG, i64 %t13.6
  %4051 = load float, ptr %4050, align 4
  %4052 = fadd float %4045, %4051
  %4053 = icmp slt i64 %t13.6, %L
  br i1 %4053, label %then1828.6, label %endif1830.6

then1828.6:                                       ; preds = %endif1830.5
  %4054 = or disjoint i64 %t13.6, %t0
  %4055 = mul nsw i64 %4054, %H
  %4056 = getelementptr inbounds float, ptr %gh1, i64 %4055
  store float %4052, ptr %4056, align 4
  br label %endif1830.6

endif1830.6:                                      ; preds = %then1828.6, %endif1830.5
  %tt.next.6 = or disjoint i64 %tt.addr.02996, 7
  %t13.7 = sub nuw nsw i64 63, %tt.next.6
  %4057 = getelementptr inbounds float, ptr %dG, i64 %t13.7
  %4058 = load float, ptr %4057, align 4
  %4059 = fadd float %4052, %4058
  %4060 = icmp slt i64 %t13.7, %L
  br i1 %4060, label %then1828.7, label %endif1830.7

then1828.7:                                       ; preds = %endif1830.6
  %4061 = or disjoint i64 %t13.7, %t0
  %4062 = mul nsw i64 %4061, %H
  %4063 = getelementptr inbounds float, ptr %gh1, i64 %4062
  store float %4059, ptr %4063, align 4
  br label %endif1830.7

endif1830.7:                                      ; preds = %then1828.7, %endif1830.6
  %tt.next.7 = add nuw nsw i64 %tt.addr.02996, 8
  %exitcond3301.not.7 = icmp eq i64 %tt.next.7, 64
  br i1 %exitcond3301.not.7, label %tt.exit, label %tt.body

j46.head.preheader:                               ; preds = %bh.body, %tt.exit
  %4064 = getelementptr i8, ptr %dh0, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %4064, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305, i64 128, i1 false)
  %scevgep3304.1 = getelementptr i8, ptr %4064, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.1, i64 128, i1 false)
  %scevgep3304.2 = getelementptr i8, ptr %4064, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.2, i64 128, i1 false)
  %scevgep3304.3 = getelementptr i8, ptr %4064, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.3, i64 128, i1 false)
  %scevgep3304.4 = getelementptr i8, ptr %4064, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.4, i64 128, i1 false)
  %scevgep3304.5 = getelementptr i8, ptr %4064, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.5, i64 128, i1 false)
  %scevgep3304.6 = getelementptr i8, ptr %4064, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.6, i64 128, i1 false)
  %scevgep3304.7 = getelementptr i8, ptr %4064, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.7, i64 128, i1 false)
  %scevgep3304.8 = getelementptr i8, ptr %4064, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.8, i64 128, i1 false)
  %scevgep3304.9 = getelementptr i8, ptr %4064, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.9, i64 128, i1 false)
  %scevgep3304.10 = getelementptr i8, ptr %4064, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.10, i64 128, i1 false)
  %scevgep3304.11 = getelementptr i8, ptr %4064, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.11, i64 128, i1 false)
  %scevgep3304.12 = getelementptr i8, ptr %4064, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.12, i64 128, i1 false)
  %scevgep3304.13 = getelementptr i8, ptr %4064, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.13, i64 128, i1 false)
  %scevgep3304.14 = getelementptr i8, ptr %4064, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.14, i64 128, i1 false)
  %scevgep3304.15 = getelementptr i8, ptr %4064, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.15, i64 128, i1 false)
  %scevgep3304.16 = getelementptr i8, ptr %4064, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.16, i64 128, i1 false)
  %scevgep3304.17 = getelementptr i8, ptr %4064, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.17, i64 128, i1 false)
  %scevgep3304.18 = getelementptr i8, ptr %4064, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.18, i64 128, i1 false)
  %scevgep3304.19 = getelementptr i8, ptr %4064, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.19, i64 128, i1 false)
  %scevgep3304.20 = getelementptr i8, ptr %4064, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.20, i64 128, i1 false)
  %scevgep3304.21 = getelementptr i8, ptr %4064, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.21, i64 128, i1 false)
  %scevgep3304.22 = getelementptr i8, ptr %4064, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.22, i64 128, i1 false)
  %scevgep3304.23 = getelementptr i8, ptr %4064, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.23, i64 128, i1 false)
  %scevgep3304.24 = getelementptr i8, ptr %4064, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.24, i64 128, i1 false)
  %scevgep3304.25 = getelementptr i8, ptr %4064, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.25, i64 128, i1 false)
  %scevgep3304.26 = getelementptr i8, ptr %4064, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.26, i64 128, i1 false)
  %scevgep3304.27 = getelementptr i8, ptr %4064, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.27, i64 128, i1 false)
  %scevgep3304.28 = getelementptr i8, ptr %4064, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.28, i64 128, i1 false)
  %scevgep3304.29 = getelementptr i8, ptr %4064, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.29, i64 128, i1 false)
  %scevgep3304.30 = getelementptr i8, ptr %4064, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.30, i64 128, i1 false)
  %scevgep3304.31 = getelementptr i8, ptr %4064, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3304.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3305.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.03000, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3307.not = icmp eq i64 %indvar.next, %24
  br i1 %exitcond3307.not, label %bh.exit, label %bh.body
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

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <8 x float> @llvm.masked.load.v8f32.p0(ptr nocapture, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.rint.v8f32(<8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.unroll.disable"}
!4 = distinct !{!4, !3}
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
  %2 = or disjoint i64 %sq, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0114 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0114, %H
  %h = srem i64 %bh.addr.0114, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %S.idx = shl nsw i64 %bh.addr.0114, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0103 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %39, %i.body ]
  %acc1.0102 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc2.0101 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %52, %i.body ]
  %acc3.0100 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %i.addr.099 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %7 = getelementptr inbounds float, ptr %kh, i64 %i.addr.099
  %8 = load float, ptr %7, align 4
  %9 = shl nuw nsw i64 %i.addr.099, 5
  %10 = getelementptr inbounds float, ptr %S, i64 %9
  %11 = load <16 x float>, ptr %10, align 4
  %12 = insertelement <16 x float> poison, float %8, i64 0
  %13 = shufflevector <16 x float> %12, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %11, <16 x float> %acc.0103)
  %15 = or disjoint i64 %9, 16
  %16 = getelementptr inbounds float, ptr %S, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %17, <16 x float> %acc1.0102)
  %19 = or disjoint i64 %i.addr.099, 1
  %20 = getelementptr inbounds float, ptr %kh, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = shl nuw nsw i64 %19, 5
  %23 = getelementptr inbounds float, ptr %S, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = insertelement <16 x float> poison, float %21, i64 0
  %26 = shufflevector <16 x float> %25, <16 x float> poison, <16 x i32> zeroinitializer
  %27 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %24, <16 x float> %acc2.0101)
  %28 = or disjoint i64 %22, 16
  %29 = getelementptr inbounds float, ptr %S, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %30, <16 x float> %acc3.0100)
  %i.next = or disjoint i64 %i.addr.099, 2
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
  %44 = or disjoint i64 %i.addr.099, 3
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
  %i.next.1 = add nuw nsw i64 %i.addr.099, 4
  %57 = icmp ult i64 %i.next, 30
  br i1 %57, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %58 = load float, ptr %gh, align 4
  %59 = tail call float @llvm.maxnum.f32(float %58, float 0xC055D51EC0000000)
  %60 = tail call float @llvm.minnum.f32(float %59, float 8.800000e+01)
  %61 = fmul float %60, 0x3FF7154760000000
  %62 = tail call float @llvm.rint.f32(float %61)
  %63 = tail call float @llvm.fma.f32(float %62, float 0xBFE6300000000000, float %60)
  %64 = tail call float @llvm.fma.f32(float %62, float 0x3F2BD01060000000, float %63)
  %65 = tail call float @llvm.fma.f32(float %64, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %66 = tail call float @llvm.fma.f32(float %65, float %64, float 0x3F81112100000000)
  %67 = tail call float @llvm.fma.f32(float %66, float %64, float 0x3FA5553820000000)
  %68 = tail call float @llvm.fma.f32(float %67, float %64, float 0x3FC5555540000000)
  %69 = tail call float @llvm.fma.f32(float %68, float %64, float 5.000000e-01)
  %70 = fmul float %64, %64
  %71 = tail call float @llvm.fma.f32(float %69, float %70, float %64)
  %72 = fadd float %71, 1.000000e+00
  %73 = fptosi float %62 to i32
  %74 = shl i32 %73, 23
  %75 = add i32 %74, 1065353216
  %76 = bitcast i32 %75 to float
  %77 = fmul float %72, %76
  %78 = load float, ptr %betah, align 4
  %79 = load <16 x float>, ptr %vh, align 4
  %80 = fadd <16 x float> %52, %39
  %81 = insertelement <16 x float> poison, float %77, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = fmul <16 x float> %80, %82
  %84 = fsub <16 x float> %79, %83
  %85 = insertelement <16 x float> poison, float %78, i64 0
  %86 = shufflevector <16 x float> %85, <16 x float> poison, <16 x i32> zeroinitializer
  %87 = fmul <16 x float> %86, %84
  %88 = getelementptr inbounds i8, ptr %vh, i64 64
  %89 = load <16 x float>, ptr %88, align 4
  %90 = fadd <16 x float> %56, %43
  %91 = fmul <16 x float> %90, %82
  %92 = fsub <16 x float> %89, %91
  %93 = fmul <16 x float> %86, %92
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc418.0108 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %108, %i1.body ]
  %acc5.0107 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %114, %i1.body ]
  %acc6.0106 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %130, %i1.body ]
  %acc7.0105 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %136, %i1.body ]
  %i1.addr.0104 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %94 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0104
  %95 = load float, ptr %94, align 4
  %96 = or disjoint i64 %i1.addr.0104, %sq
  %97 = getelementptr inbounds float, ptr %kh, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <16 x float> poison, float %95, i64 0
  %100 = shufflevector <16 x float> %99, <16 x float> poison, <16 x i32> zeroinitializer
  %101 = shl nuw nsw i64 %i1.addr.0104, 5
  %102 = getelementptr inbounds float, ptr %S, i64 %101
  %103 = load <16 x float>, ptr %102, align 4
  %104 = fmul <16 x float> %82, %103
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %87, <16 x float> %104)
  store <16 x float> %105, ptr %102, align 4
  %106 = insertelement <16 x float> poison, float %98, i64 0
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <16 x i32> zeroinitializer
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %105, <16 x float> %acc418.0108)
  %109 = or disjoint i64 %101, 16
  %110 = getelementptr inbounds float, ptr %S, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = fmul <16 x float> %82, %111
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %93, <16 x float> %112)
  store <16 x float> %113, ptr %110, align 4
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %113, <16 x float> %acc5.0107)
  %115 = or disjoint i64 %i1.addr.0104, 1
  %116 = getelementptr inbounds float, ptr %kh, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = or disjoint i64 %115, %sq
  %119 = getelementptr inbounds float, ptr %kh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <16 x float> poison, float %117, i64 0
  %122 = shufflevector <16 x float> %121, <16 x float> poison, <16 x i32> zeroinitializer
  %123 = shl nuw nsw i64 %115, 5
  %124 = getelementptr inbounds float, ptr %S, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fmul <16 x float> %82, %125
  %127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %122, <16 x float> %87, <16 x float> %126)
  store <16 x float> %127, ptr %124, align 4
  %128 = insertelement <16 x float> poison, float %120, i64 0
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %127, <16 x float> %acc6.0106)
  %131 = or disjoint i64 %123, 16
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = fmul <16 x float> %82, %133
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %122, <16 x float> %93, <16 x float> %134)
  store <16 x float> %135, ptr %132, align 4
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %135, <16 x float> %acc7.0105)
  %i1.next = add nuw nsw i64 %i1.addr.0104, 2
  %137 = icmp ult i64 %i1.addr.0104, 30
  br i1 %137, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %138 = getelementptr inbounds float, ptr %betah, i64 %H
  %139 = load float, ptr %138, align 4
  %140 = getelementptr inbounds float, ptr %vh, i64 %sq
  %141 = load <16 x float>, ptr %140, align 4
  %142 = fadd <16 x float> %130, %108
  %143 = fsub <16 x float> %141, %142
  %144 = insertelement <16 x float> poison, float %139, i64 0
  %145 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %146 = fmul <16 x float> %145, %143
  %147 = getelementptr inbounds float, ptr %vh, i64 %2
  %148 = load <16 x float>, ptr %147, align 4
  %149 = fadd <16 x float> %136, %114
  %150 = fsub <16 x float> %148, %149
  %151 = fmul <16 x float> %145, %150
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0113 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc9.0110 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %189, %i2.body ]
  %acc8.0109 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %184, %i2.body ]
  %152 = or disjoint i64 %i2.addr.0113, %sq
  %153 = getelementptr inbounds float, ptr %kh, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0113
  %156 = load float, ptr %155, align 4
  %157 = insertelement <16 x float> poison, float %154, i64 0
  %158 = shufflevector <16 x float> %157, <16 x float> poison, <16 x i32> zeroinitializer
  %159 = shl nuw nsw i64 %i2.addr.0113, 5
  %160 = getelementptr inbounds float, ptr %S, i64 %159
  %161 = load <16 x float>, ptr %160, align 4
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %146, <16 x float> %161)
  store <16 x float> %162, ptr %160, align 4
  %163 = insertelement <16 x float> poison, float %156, i64 0
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %162, <16 x float> %acc8.0109)
  %166 = or disjoint i64 %159, 16
  %167 = getelementptr inbounds float, ptr %S, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %151, <16 x float> %168)
  store <16 x float> %169, ptr %167, align 4
  %170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %169, <16 x float> %acc9.0110)
  %i2.next = or disjoint i64 %i2.addr.0113, 1
  %171 = or disjoint i64 %i2.next, %sq
  %172 = getelementptr inbounds float, ptr %kh, i64 %171
  %173 = load float, ptr %172, align 4
  %174 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %175 = load float, ptr %174, align 4
  %176 = insertelement <16 x float> poison, float %173, i64 0
  %177 = shufflevector <16 x float> %176, <16 x float> poison, <16 x i32> zeroinitializer
  %178 = shl nuw nsw i64 %i2.next, 5
  %179 = getelementptr inbounds float, ptr %S, i64 %178
  %180 = load <16 x float>, ptr %179, align 4
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %177, <16 x float> %146, <16 x float> %180)
  store <16 x float> %181, ptr %179, align 4
  %182 = insertelement <16 x float> poison, float %175, i64 0
  %183 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %181, <16 x float> %165)
  %185 = or disjoint i64 %178, 16
  %186 = getelementptr inbounds float, ptr %S, i64 %185
  %187 = load <16 x float>, ptr %186, align 4
  %188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %177, <16 x float> %151, <16 x float> %187)
  store <16 x float> %188, ptr %186, align 4
  %189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %188, <16 x float> %170)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0113, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %190 = fmul <16 x float> %184, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %190, ptr %oh, align 4
  %191 = fmul <16 x float> %189, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %192 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %191, ptr %192, align 4
  %bh.next = add nsw i64 %bh.addr.0114, 1
  %exitcond124.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond124.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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
