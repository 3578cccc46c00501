; ---- dp_fwd_h1_k32_v32_r16_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r16_nogate_silu_l2norm'
source_filename = "dp_fwd_h1_k32_v32_r16_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h1_k32_v32_r16_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs209 = ptrtoint ptr %hs to i64
  %invariant.gep183 = getelementptr i8, ptr %work, i64 4160
  %sv = shl nsw i64 %H, 5
  %.idx = shl i64 %T, 7
  %gep182 = getelementptr i8, ptr %invariant.gep183, i64 %.idx
  %.idx140 = shl i64 %T, 8
  %gep184 = getelementptr i8, ptr %invariant.gep183, i64 %.idx140
  %1 = icmp sgt i64 %T, 0
  %2 = add nsw i64 %T, -1
  %3 = add nsw i64 %T, 15
  %nc = sdiv i64 %3, 16
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %6 = and i64 %hs209, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %7 = sub i64 %bh1, %bh0
  %8 = icmp eq i64 %6, 0
  %invariant.gep227 = getelementptr i8, ptr %gep182, i64 -128
  %invariant.gep235 = getelementptr i8, ptr %gep182, i64 -128
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i8.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i8.head.preheader ]
  %bh.addr.0185 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i8.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep212 = getelementptr i8, ptr %hT, i64 %10
  %11 = mul i64 %5, %indvar
  %scevgep202 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0185, %H
  %h = srem i64 %bh.addr.0185, %H
  %12 = mul nsw i64 %b, %T
  %13 = mul nsw i64 %12, %H
  %bT = add nsw i64 %13, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %1, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br label %i8.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %14 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %14
  %invariant.gep143 = getelementptr float, ptr %k, i64 %14
  %invariant.gep145 = getelementptr float, ptr %v, i64 %14
  br label %t.body

bh.exit:                                          ; preds = %i8.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br i1 %1, label %ci.body.lr.ph, label %i8.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0142 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %15 = add nuw nsw i64 %t.addr.0142, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %15, i64 %2)
  %16 = add nsw i64 %tp, %12
  %17 = mul nsw i64 %16, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %17
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %18 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %18, i32 0, i32 2, i32 1)
  %19 = mul nsw i64 %16, %k_ts
  %gep144 = getelementptr float, ptr %invariant.gep143, i64 %19
  tail call void @llvm.prefetch.p0(ptr %gep144, i32 0, i32 2, i32 1)
  %20 = getelementptr i8, ptr %gep144, i64 64
  tail call void @llvm.prefetch.p0(ptr %20, i32 0, i32 2, i32 1)
  %21 = mul nsw i64 %16, %v_ts
  %gep146 = getelementptr float, ptr %invariant.gep145, i64 %21
  tail call void @llvm.prefetch.p0(ptr %gep146, i32 0, i32 2, i32 1)
  %22 = getelementptr i8, ptr %gep146, i64 64
  tail call void @llvm.prefetch.p0(ptr %22, i32 0, i32 2, i32 1)
  %23 = add nsw i64 %t.addr.0142, %12
  %24 = mul nsw i64 %23, %q_ts
  %gep148 = getelementptr float, ptr %invariant.gep, i64 %24
  %25 = load <16 x float>, ptr %gep148, align 4
  %26 = fneg <16 x float> %25
  %27 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %26, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %28 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %27, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %29 = fmul <16 x float> %28, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %30 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %29)
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %28)
  %32 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %31)
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %32, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %32, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %35 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %34, <16 x float> %32, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %36 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %35, <16 x float> %32, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %32, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %38 = fmul <16 x float> %32, %32
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %37, <16 x float> %38, <16 x float> %32)
  %40 = fadd <16 x float> %39, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %41 = fptosi <16 x float> %30 to <16 x i32>
  %42 = shl <16 x i32> %41, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %43 = add <16 x i32> %42, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %44 = bitcast <16 x i32> %43 to <16 x float>
  %45 = fmul <16 x float> %40, %44
  %46 = fadd <16 x float> %45, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %46
  %48 = fmul <16 x float> %25, %47
  %49 = getelementptr i8, ptr %gep148, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fneg <16 x float> %50
  %52 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %51, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %53 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %52, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %54 = fmul <16 x float> %53, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %55 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %54)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %53)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %56)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %57, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %57, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %60, <16 x float> %57, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %61, <16 x float> %57, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <16 x float> %57, %57
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %63, <16 x float> %57)
  %65 = fadd <16 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <16 x float> %55 to <16 x i32>
  %67 = shl <16 x i32> %66, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %68 = add <16 x i32> %67, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %69 = bitcast <16 x i32> %68 to <16 x float>
  %70 = fmul <16 x float> %65, %69
  %71 = fadd <16 x float> %70, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %72 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %71
  %73 = fmul <16 x float> %50, %72
  %74 = fmul <16 x float> %48, %48
  %75 = fmul <16 x float> %73, %73
  %76 = fadd <16 x float> %74, %75
  %77 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %78 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %79 = fadd <8 x float> %77, %78
  %80 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %81 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %82 = fadd <4 x float> %80, %81
  %83 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %84 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %85 = fadd <2 x float> %83, %84
  %shift = shufflevector <2 x float> %85, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %86 = fadd <2 x float> %85, %shift
  %87 = extractelement <2 x float> %86, i64 0
  %88 = fadd float %87, 0x3EB0C6F7A0000000
  %89 = tail call float @llvm.sqrt.f32(float %88)
  %90 = fdiv float 1.000000e+00, %89
  %91 = insertelement <16 x float> poison, float %90, i64 0
  %92 = shufflevector <16 x float> %91, <16 x float> poison, <16 x i32> zeroinitializer
  %93 = fmul <16 x float> %48, %92
  %94 = shl nsw i64 %t.addr.0142, 5
  %95 = getelementptr inbounds float, ptr %invariant.gep183, i64 %94
  store <16 x float> %93, ptr %95, align 4
  %96 = fmul <16 x float> %73, %92
  %97 = or disjoint i64 %94, 16
  %98 = getelementptr inbounds float, ptr %invariant.gep183, i64 %97
  store <16 x float> %96, ptr %98, align 4
  %99 = mul nsw i64 %23, %k_ts
  %gep150 = getelementptr float, ptr %invariant.gep143, i64 %99
  %100 = load <16 x float>, ptr %gep150, align 4
  %101 = fneg <16 x float> %100
  %102 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %101, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %103 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %102, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %104 = fmul <16 x float> %103, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %105 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %104)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %103)
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %106)
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %107, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %107, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %107, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %107, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %113 = fmul <16 x float> %107, %107
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %113, <16 x float> %107)
  %115 = fadd <16 x float> %114, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %116 = fptosi <16 x float> %105 to <16 x i32>
  %117 = shl <16 x i32> %116, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %118 = add <16 x i32> %117, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %119 = bitcast <16 x i32> %118 to <16 x float>
  %120 = fmul <16 x float> %115, %119
  %121 = fadd <16 x float> %120, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %122 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %121
  %123 = fmul <16 x float> %100, %122
  %124 = getelementptr i8, ptr %gep150, i64 64
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fneg <16 x float> %125
  %127 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %126, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %128 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %127, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %129 = fmul <16 x float> %128, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %130 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %129)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %128)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %131)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %132, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %132, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %132, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %132, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %138 = fmul <16 x float> %132, %132
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %138, <16 x float> %132)
  %140 = fadd <16 x float> %139, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %141 = fptosi <16 x float> %130 to <16 x i32>
  %142 = shl <16 x i32> %141, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %143 = add <16 x i32> %142, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %144 = bitcast <16 x i32> %143 to <16 x float>
  %145 = fmul <16 x float> %140, %144
  %146 = fadd <16 x float> %145, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %147 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %146
  %148 = fmul <16 x float> %125, %147
  %149 = fmul <16 x float> %123, %123
  %150 = fmul <16 x float> %148, %148
  %151 = fadd <16 x float> %149, %150
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %153 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %154 = fadd <8 x float> %152, %153
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %156 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %157 = fadd <4 x float> %155, %156
  %158 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %159 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %160 = fadd <2 x float> %158, %159
  %shift246 = shufflevector <2 x float> %160, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %161 = fadd <2 x float> %160, %shift246
  %162 = extractelement <2 x float> %161, i64 0
  %163 = fadd float %162, 0x3EB0C6F7A0000000
  %164 = tail call float @llvm.sqrt.f32(float %163)
  %165 = fdiv float 1.000000e+00, %164
  %166 = insertelement <16 x float> poison, float %165, i64 0
  %167 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %168 = fmul <16 x float> %123, %167
  %169 = getelementptr inbounds float, ptr %gep182, i64 %94
  store <16 x float> %168, ptr %169, align 4
  %170 = fmul <16 x float> %148, %167
  %171 = getelementptr inbounds float, ptr %gep182, i64 %97
  store <16 x float> %170, ptr %171, align 4
  %172 = mul nsw i64 %23, %v_ts
  %gep152 = getelementptr float, ptr %invariant.gep145, i64 %172
  %173 = load <16 x float>, ptr %gep152, align 4
  %174 = fneg <16 x float> %173
  %175 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %174, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %176 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %175, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %177 = fmul <16 x float> %176, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %178 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %176)
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %179)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %180, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %180, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %182, <16 x float> %180, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %180, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %184, <16 x float> %180, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %186 = fmul <16 x float> %180, %180
  %187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %185, <16 x float> %186, <16 x float> %180)
  %188 = fadd <16 x float> %187, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %189 = fptosi <16 x float> %178 to <16 x i32>
  %190 = shl <16 x i32> %189, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %191 = add <16 x i32> %190, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %192 = bitcast <16 x i32> %191 to <16 x float>
  %193 = fmul <16 x float> %188, %192
  %194 = fadd <16 x float> %193, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %195 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %194
  %196 = fmul <16 x float> %173, %195
  %197 = getelementptr i8, ptr %gep152, i64 64
  %198 = load <16 x float>, ptr %197, align 4
  %199 = fneg <16 x float> %198
  %200 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %199, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %201 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %200, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %202 = fmul <16 x float> %201, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %203 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %201)
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %204)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %206, <16 x float> %205, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %205, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %205, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %209, <16 x float> %205, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %211 = fmul <16 x float> %205, %205
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %211, <16 x float> %205)
  %213 = fadd <16 x float> %212, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %214 = fptosi <16 x float> %203 to <16 x i32>
  %215 = shl <16 x i32> %214, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %216 = add <16 x i32> %215, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %217 = bitcast <16 x i32> %216 to <16 x float>
  %218 = fmul <16 x float> %213, %217
  %219 = fadd <16 x float> %218, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %220 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %219
  %221 = fmul <16 x float> %198, %220
  %222 = getelementptr inbounds float, ptr %gep184, i64 %94
  store <16 x float> %196, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %gep184, i64 %97
  store <16 x float> %221, ptr %223, align 4
  %t.next = add nuw nsw i64 %t.addr.0142, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %224 = mul nsw i64 %bh.addr.0185, %nc
  %invariant.gep233 = getelementptr i8, ptr %hs, i64 %11
  br label %ci.body

i8.head.preheader:                                ; preds = %i7.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep212, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0185, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond213.not = icmp eq i64 %indvar.next, %7
  br i1 %exitcond213.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %i7.exit
  %ci.addr.0178 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %i7.exit ]
  %225 = add nsw i64 %ci.addr.0178, %224
  %226 = shl nsw i64 %225, 10
  br i1 %8, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %227 = add i64 %4, %ci.addr.0178
  %228 = shl i64 %227, 12
  %gep234 = getelementptr i8, ptr %invariant.gep233, i64 %228
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep234, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0178, 4
  %229 = add nuw nsw i64 %t0, 16
  %230 = shl nsw i64 %ci.addr.0178, 9
  br label %i3.body

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0158 = phi i64 [ %i1.next.7, %j1.head.preheader ], [ 0, %ci.body ]
  %231 = shl nuw nsw i64 %i1.addr.0158, 5
  %232 = or disjoint i64 %231, %226
  %233 = getelementptr inbounds float, ptr %work, i64 %231
  %234 = load <16 x float>, ptr %233, align 4
  %235 = getelementptr inbounds float, ptr %hs, i64 %232
  store <16 x float> %234, ptr %235, align 64, !nontemporal !0
  %236 = or disjoint i64 %231, 16
  %237 = getelementptr inbounds float, ptr %work, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %232, 16
  %240 = getelementptr inbounds float, ptr %hs, i64 %239
  store <16 x float> %238, ptr %240, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0158, 5
  %241 = or disjoint i64 %i1.next, 32
  %242 = or disjoint i64 %241, %226
  %243 = getelementptr inbounds float, ptr %work, i64 %241
  %244 = load <16 x float>, ptr %243, align 4
  %245 = getelementptr inbounds float, ptr %hs, i64 %242
  store <16 x float> %244, ptr %245, align 64, !nontemporal !0
  %246 = or disjoint i64 %i1.next, 48
  %247 = getelementptr inbounds float, ptr %work, i64 %246
  %248 = load <16 x float>, ptr %247, align 4
  %249 = or disjoint i64 %242, 16
  %250 = getelementptr inbounds float, ptr %hs, i64 %249
  store <16 x float> %248, ptr %250, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0158, 5
  %251 = or disjoint i64 %i1.next.1, 64
  %252 = or disjoint i64 %251, %226
  %253 = getelementptr inbounds float, ptr %work, i64 %251
  %254 = load <16 x float>, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %hs, i64 %252
  store <16 x float> %254, ptr %255, align 64, !nontemporal !0
  %256 = or disjoint i64 %i1.next.1, 80
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = or disjoint i64 %252, 16
  %260 = getelementptr inbounds float, ptr %hs, i64 %259
  store <16 x float> %258, ptr %260, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0158, 5
  %261 = or disjoint i64 %i1.next.2, 96
  %262 = or disjoint i64 %261, %226
  %263 = getelementptr inbounds float, ptr %work, i64 %261
  %264 = load <16 x float>, ptr %263, align 4
  %265 = getelementptr inbounds float, ptr %hs, i64 %262
  store <16 x float> %264, ptr %265, align 64, !nontemporal !0
  %266 = or disjoint i64 %i1.next.2, 112
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %262, 16
  %270 = getelementptr inbounds float, ptr %hs, i64 %269
  store <16 x float> %268, ptr %270, align 64, !nontemporal !0
  %i1.next.3 = shl i64 %i1.addr.0158, 5
  %271 = or disjoint i64 %i1.next.3, 128
  %272 = or disjoint i64 %271, %226
  %273 = getelementptr inbounds float, ptr %work, i64 %271
  %274 = load <16 x float>, ptr %273, align 4
  %275 = getelementptr inbounds float, ptr %hs, i64 %272
  store <16 x float> %274, ptr %275, align 64, !nontemporal !0
  %276 = or disjoint i64 %i1.next.3, 144
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %272, 16
  %280 = getelementptr inbounds float, ptr %hs, i64 %279
  store <16 x float> %278, ptr %280, align 64, !nontemporal !0
  %i1.next.4 = shl i64 %i1.addr.0158, 5
  %281 = or disjoint i64 %i1.next.4, 160
  %282 = or disjoint i64 %281, %226
  %283 = getelementptr inbounds float, ptr %work, i64 %281
  %284 = load <16 x float>, ptr %283, align 4
  %285 = getelementptr inbounds float, ptr %hs, i64 %282
  store <16 x float> %284, ptr %285, align 64, !nontemporal !0
  %286 = or disjoint i64 %i1.next.4, 176
  %287 = getelementptr inbounds float, ptr %work, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = or disjoint i64 %282, 16
  %290 = getelementptr inbounds float, ptr %hs, i64 %289
  store <16 x float> %288, ptr %290, align 64, !nontemporal !0
  %i1.next.5 = shl i64 %i1.addr.0158, 5
  %291 = or disjoint i64 %i1.next.5, 192
  %292 = or disjoint i64 %291, %226
  %293 = getelementptr inbounds float, ptr %work, i64 %291
  %294 = load <16 x float>, ptr %293, align 4
  %295 = getelementptr inbounds float, ptr %hs, i64 %292
  store <16 x float> %294, ptr %295, align 64, !nontemporal !0
  %296 = or disjoint i64 %i1.next.5, 208
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %292, 16
  %300 = getelementptr inbounds float, ptr %hs, i64 %299
  store <16 x float> %298, ptr %300, align 64, !nontemporal !0
  %i1.next.6 = shl i64 %i1.addr.0158, 5
  %301 = or disjoint i64 %i1.next.6, 224
  %302 = or disjoint i64 %301, %226
  %303 = getelementptr inbounds float, ptr %work, i64 %301
  %304 = load <16 x float>, ptr %303, align 4
  %305 = getelementptr inbounds float, ptr %hs, i64 %302
  store <16 x float> %304, ptr %305, align 64, !nontemporal !0
  %306 = or disjoint i64 %i1.next.6, 240
  %307 = getelementptr inbounds float, ptr %work, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or disjoint i64 %302, 16
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  store <16 x float> %308, ptr %310, align 64, !nontemporal !0
  %i1.next.7 = add nuw nsw i64 %i1.addr.0158, 8
  %exitcond205.not.7 = icmp eq i64 %i1.next.7, 32
  br i1 %exitcond205.not.7, label %endif, label %j1.head.preheader

i4.head.preheader:                                ; preds = %i3.body
  %311 = getelementptr inbounds float, ptr %gep182, i64 %230
  %312 = load <16 x float>, ptr %311, align 4
  %313 = getelementptr inbounds float, ptr %invariant.gep183, i64 %230
  %314 = load <16 x float>, ptr %313, align 4
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %312, <16 x float> %314, <16 x float> zeroinitializer)
  %316 = or disjoint i64 %230, 16
  %317 = getelementptr inbounds float, ptr %gep182, i64 %316
  %318 = load <16 x float>, ptr %317, align 4
  %319 = getelementptr inbounds float, ptr %invariant.gep183, i64 %316
  %320 = load <16 x float>, ptr %319, align 4
  %321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %320, <16 x float> %315)
  %t1 = tail call i64 @llvm.smin.i64(i64 %229, i64 %T)
  %322 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %323 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %324 = fadd <8 x float> %322, %323
  %325 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %326 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %327 = fadd <4 x float> %325, %326
  %328 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %329 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %330 = fadd <2 x float> %328, %329
  %shift247 = shufflevector <2 x float> %330, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %331 = fadd <2 x float> %330, %shift247
  %332 = mul nsw i64 %t0, %H
  %333 = getelementptr inbounds float, ptr %betah, i64 %332
  %334 = load float, ptr %333, align 4
  %335 = getelementptr inbounds float, ptr %gep184, i64 %230
  %336 = load <16 x float>, ptr %335, align 4
  %337 = fsub <16 x float> %336, %386
  %338 = insertelement <16 x float> poison, float %334, i64 0
  %339 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = fmul <16 x float> %339, %337
  %341 = or disjoint i64 %230, 16
  %342 = getelementptr inbounds float, ptr %gep184, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = fsub <16 x float> %343, %393
  %345 = fmul <16 x float> %339, %344
  %346 = shufflevector <2 x float> %331, <2 x float> poison, <16 x i32> zeroinitializer
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %340, <16 x float> %389)
  %348 = fmul <16 x float> %347, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %349 = mul nsw i64 %t0, %sv
  %350 = getelementptr inbounds float, ptr %oh, i64 %349
  store <16 x float> %348, ptr %350, align 4
  %351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %345, <16 x float> %394)
  %352 = fmul <16 x float> %351, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %353 = or disjoint i64 %349, 16
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  store <16 x float> %352, ptr %354, align 4
  %355 = or disjoint i64 %t0, 1
  %356 = icmp slt i64 %355, %t1
  br i1 %356, label %i5.head.preheader, label %i7.head.preheader

i3.body:                                          ; preds = %i3.body, %endif
  %acc.0163 = phi <16 x float> [ zeroinitializer, %endif ], [ %386, %i3.body ]
  %acc1.0162 = phi <16 x float> [ zeroinitializer, %endif ], [ %393, %i3.body ]
  %acc2.0161 = phi <16 x float> [ zeroinitializer, %endif ], [ %389, %i3.body ]
  %acc3.0160 = phi <16 x float> [ zeroinitializer, %endif ], [ %394, %i3.body ]
  %i3.addr.0159 = phi i64 [ 0, %endif ], [ %i3.next.1, %i3.body ]
  %357 = add nuw nsw i64 %i3.addr.0159, %230
  %358 = getelementptr inbounds float, ptr %gep182, i64 %357
  %359 = load float, ptr %358, align 4
  %360 = getelementptr inbounds float, ptr %invariant.gep183, i64 %357
  %361 = load float, ptr %360, align 4
  %362 = shl nuw nsw i64 %i3.addr.0159, 5
  %363 = getelementptr inbounds float, ptr %work, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = insertelement <16 x float> poison, float %359, i64 0
  %366 = shufflevector <16 x float> %365, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %364, <16 x float> %acc.0163)
  %368 = insertelement <16 x float> poison, float %361, i64 0
  %369 = shufflevector <16 x float> %368, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %364, <16 x float> %acc2.0161)
  %371 = or disjoint i64 %362, 16
  %372 = getelementptr inbounds float, ptr %work, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %373, <16 x float> %acc1.0162)
  %375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %373, <16 x float> %acc3.0160)
  %i3.next = or disjoint i64 %i3.addr.0159, 1
  %376 = add nuw nsw i64 %i3.next, %230
  %377 = getelementptr inbounds float, ptr %gep182, i64 %376
  %378 = load float, ptr %377, align 4
  %379 = getelementptr inbounds float, ptr %invariant.gep183, i64 %376
  %380 = load float, ptr %379, align 4
  %381 = shl nuw nsw i64 %i3.next, 5
  %382 = getelementptr inbounds float, ptr %work, i64 %381
  %383 = load <16 x float>, ptr %382, align 4
  %384 = insertelement <16 x float> poison, float %378, i64 0
  %385 = shufflevector <16 x float> %384, <16 x float> poison, <16 x i32> zeroinitializer
  %386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %383, <16 x float> %367)
  %387 = insertelement <16 x float> poison, float %380, i64 0
  %388 = shufflevector <16 x float> %387, <16 x float> poison, <16 x i32> zeroinitializer
  %389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %383, <16 x float> %370)
  %390 = or disjoint i64 %381, 16
  %391 = getelementptr inbounds float, ptr %work, i64 %390
  %392 = load <16 x float>, ptr %391, align 4
  %393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %392, <16 x float> %374)
  %394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %392, <16 x float> %375)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0159, 2
  %exitcond206.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond206.not.1, label %i4.head.preheader, label %i3.body

i7.head.preheader:                                ; preds = %i6.head.preheader, %i4.head.preheader
  %delta1.0.lcssa = phi <16 x float> [ %345, %i4.head.preheader ], [ %430, %i6.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %340, %i4.head.preheader ], [ %425, %i6.head.preheader ]
  %.idx187 = shl i64 %t1, 7
  %gep236 = getelementptr i8, ptr %invariant.gep235, i64 %.idx187
  br label %i7.body

i5.head.preheader:                                ; preds = %i4.head.preheader, %i6.head.preheader
  %delta.0175 = phi <16 x float> [ %425, %i6.head.preheader ], [ %340, %i4.head.preheader ]
  %t1.addr.0174 = phi i64 [ %t1.next, %i6.head.preheader ], [ %355, %i4.head.preheader ]
  %delta1.0173 = phi <16 x float> [ %430, %i6.head.preheader ], [ %345, %i4.head.preheader ]
  %395 = shl i64 %t1.addr.0174, 5
  %gep228 = getelementptr float, ptr %invariant.gep227, i64 %395
  br label %i5.body

i6.head.preheader:                                ; preds = %i5.body
  %396 = getelementptr inbounds float, ptr %gep182, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = getelementptr inbounds float, ptr %invariant.gep183, i64 %395
  %399 = load <16 x float>, ptr %398, align 4
  %400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %399, <16 x float> zeroinitializer)
  %401 = or disjoint i64 %395, 16
  %402 = getelementptr inbounds float, ptr %gep182, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = getelementptr inbounds float, ptr %invariant.gep183, i64 %401
  %405 = load <16 x float>, ptr %404, align 4
  %406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %405, <16 x float> %400)
  %407 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %408 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %409 = fadd <8 x float> %407, %408
  %410 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %411 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %412 = fadd <4 x float> %410, %411
  %413 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %414 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %415 = fadd <2 x float> %413, %414
  %shift248 = shufflevector <2 x float> %415, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %416 = fadd <2 x float> %415, %shift248
  %417 = mul nsw i64 %t1.addr.0174, %H
  %418 = getelementptr inbounds float, ptr %betah, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = getelementptr inbounds float, ptr %gep184, i64 %395
  %421 = load <16 x float>, ptr %420, align 4
  %422 = fsub <16 x float> %421, %479
  %423 = insertelement <16 x float> poison, float %419, i64 0
  %424 = shufflevector <16 x float> %423, <16 x float> poison, <16 x i32> zeroinitializer
  %425 = fmul <16 x float> %424, %422
  %426 = or disjoint i64 %395, 16
  %427 = getelementptr inbounds float, ptr %gep184, i64 %426
  %428 = load <16 x float>, ptr %427, align 4
  %429 = fsub <16 x float> %428, %487
  %430 = fmul <16 x float> %424, %429
  %431 = shufflevector <2 x float> %416, <2 x float> poison, <16 x i32> zeroinitializer
  %432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %425, <16 x float> %482)
  %433 = fmul <16 x float> %432, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %434 = mul nsw i64 %t1.addr.0174, %sv
  %435 = getelementptr inbounds float, ptr %oh, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %430, <16 x float> %488)
  %437 = fmul <16 x float> %436, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = or disjoint i64 %434, 16
  %439 = getelementptr inbounds float, ptr %oh, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0174, 1
  %440 = icmp slt i64 %t1.next, %t1
  br i1 %440, label %i5.head.preheader, label %i7.head.preheader

i5.body:                                          ; preds = %i5.body, %i5.head.preheader
  %i5.addr.0170 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next.1, %i5.body ]
  %acc8.0169 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %488, %i5.body ]
  %acc7.0168 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %482, %i5.body ]
  %acc6.0167 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %487, %i5.body ]
  %acc5.0166 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %479, %i5.body ]
  %gep226 = getelementptr float, ptr %gep228, i64 %i5.addr.0170
  %441 = load float, ptr %gep226, align 4
  %442 = or disjoint i64 %i5.addr.0170, %395
  %443 = getelementptr inbounds float, ptr %gep182, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = getelementptr inbounds float, ptr %invariant.gep183, i64 %442
  %446 = load float, ptr %445, align 4
  %447 = insertelement <16 x float> poison, float %441, i64 0
  %448 = shufflevector <16 x float> %447, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = shl nuw nsw i64 %i5.addr.0170, 5
  %450 = getelementptr inbounds float, ptr %work, i64 %449
  %451 = load <16 x float>, ptr %450, align 4
  %452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta.0175, <16 x float> %451)
  store <16 x float> %452, ptr %450, align 4
  %453 = insertelement <16 x float> poison, float %444, i64 0
  %454 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %452, <16 x float> %acc5.0166)
  %456 = insertelement <16 x float> poison, float %446, i64 0
  %457 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %452, <16 x float> %acc7.0168)
  %459 = or disjoint i64 %449, 16
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta1.0173, <16 x float> %461)
  store <16 x float> %462, ptr %460, align 4
  %463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %462, <16 x float> %acc6.0167)
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %462, <16 x float> %acc8.0169)
  %i5.next = or disjoint i64 %i5.addr.0170, 1
  %gep226.1 = getelementptr float, ptr %gep228, i64 %i5.next
  %465 = load float, ptr %gep226.1, align 4
  %466 = or disjoint i64 %i5.next, %395
  %467 = getelementptr inbounds float, ptr %gep182, i64 %466
  %468 = load float, ptr %467, align 4
  %469 = getelementptr inbounds float, ptr %invariant.gep183, i64 %466
  %470 = load float, ptr %469, align 4
  %471 = insertelement <16 x float> poison, float %465, i64 0
  %472 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = shl nuw nsw i64 %i5.next, 5
  %474 = getelementptr inbounds float, ptr %work, i64 %473
  %475 = load <16 x float>, ptr %474, align 4
  %476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta.0175, <16 x float> %475)
  store <16 x float> %476, ptr %474, align 4
  %477 = insertelement <16 x float> poison, float %468, i64 0
  %478 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %476, <16 x float> %455)
  %480 = insertelement <16 x float> poison, float %470, i64 0
  %481 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %476, <16 x float> %458)
  %483 = or disjoint i64 %473, 16
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta1.0173, <16 x float> %485)
  store <16 x float> %486, ptr %484, align 4
  %487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %486, <16 x float> %463)
  %488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %486, <16 x float> %464)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0170, 2
  %exitcond207.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond207.not.1, label %i6.head.preheader, label %i5.body

i7.body:                                          ; preds = %i7.body, %i7.head.preheader
  %i7.addr.0177 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next.3, %i7.body ]
  %gep232 = getelementptr float, ptr %gep236, i64 %i7.addr.0177
  %489 = load float, ptr %gep232, align 4
  %490 = insertelement <16 x float> poison, float %489, i64 0
  %491 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = shl nuw nsw i64 %i7.addr.0177, 5
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta.0.lcssa, <16 x float> %494)
  store <16 x float> %495, ptr %493, align 4
  %496 = or disjoint i64 %492, 16
  %497 = getelementptr inbounds float, ptr %work, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta1.0.lcssa, <16 x float> %498)
  store <16 x float> %499, ptr %497, align 4
  %i7.next = or disjoint i64 %i7.addr.0177, 1
  %gep232.1 = getelementptr float, ptr %gep236, i64 %i7.next
  %500 = load float, ptr %gep232.1, align 4
  %501 = insertelement <16 x float> poison, float %500, i64 0
  %502 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = shl nuw nsw i64 %i7.next, 5
  %504 = getelementptr inbounds float, ptr %work, i64 %503
  %505 = load <16 x float>, ptr %504, align 4
  %506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta.0.lcssa, <16 x float> %505)
  store <16 x float> %506, ptr %504, align 4
  %507 = or disjoint i64 %503, 16
  %508 = getelementptr inbounds float, ptr %work, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta1.0.lcssa, <16 x float> %509)
  store <16 x float> %510, ptr %508, align 4
  %i7.next.1 = or disjoint i64 %i7.addr.0177, 2
  %gep232.2 = getelementptr float, ptr %gep236, i64 %i7.next.1
  %511 = load float, ptr %gep232.2, align 4
  %512 = insertelement <16 x float> poison, float %511, i64 0
  %513 = shufflevector <16 x float> %512, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = shl nuw nsw i64 %i7.next.1, 5
  %515 = getelementptr inbounds float, ptr %work, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta.0.lcssa, <16 x float> %516)
  store <16 x float> %517, ptr %515, align 4
  %518 = or disjoint i64 %514, 16
  %519 = getelementptr inbounds float, ptr %work, i64 %518
  %520 = load <16 x float>, ptr %519, align 4
  %521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta1.0.lcssa, <16 x float> %520)
  store <16 x float> %521, ptr %519, align 4
  %i7.next.2 = or disjoint i64 %i7.addr.0177, 3
  %gep232.3 = getelementptr float, ptr %gep236, i64 %i7.next.2
  %522 = load float, ptr %gep232.3, align 4
  %523 = insertelement <16 x float> poison, float %522, i64 0
  %524 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %525 = shl nuw nsw i64 %i7.next.2, 5
  %526 = getelementptr inbounds float, ptr %work, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta.0.lcssa, <16 x float> %527)
  store <16 x float> %528, ptr %526, align 4
  %529 = or disjoint i64 %525, 16
  %530 = getelementptr inbounds float, ptr %work, i64 %529
  %531 = load <16 x float>, ptr %530, align 4
  %532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta1.0.lcssa, <16 x float> %531)
  store <16 x float> %532, ptr %530, align 4
  %i7.next.3 = add nuw nsw i64 %i7.addr.0177, 4
  %exitcond208.not.3 = icmp eq i64 %i7.next.3, 32
  br i1 %exitcond208.not.3, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %ci.next = add nuw nsw i64 %ci.addr.0178, 1
  %exitcond210.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond210.not, label %i8.head.preheader, label %ci.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

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
; ---- dp_bwd_h1_k32_v32_c16_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c16_nogate_silu_l2norm'
source_filename = "dp_bwd_h1_k32_v32_c16_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h1_k32_v32_c16_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2818 = getelementptr i8, ptr %work, i64 58816
  %sv1 = shl nsw i64 %H, 5
  %1 = shl nsw i64 %T, 5
  %gep2811 = getelementptr float, ptr %invariant.gep2818, i64 %1
  %2 = shl nsw i64 %T, 6
  %gep2813 = getelementptr float, ptr %invariant.gep2818, i64 %2
  %.idx2549 = mul i64 %T, 384
  %gep2815 = getelementptr i8, ptr %invariant.gep2818, i64 %.idx2549
  %dak = getelementptr float, ptr %gep2815, i64 %1
  %dav = getelementptr float, ptr %gep2815, i64 %2
  %.idx2550 = mul i64 %T, 768
  %gep2817 = getelementptr i8, ptr %invariant.gep2818, i64 %.idx2550
  %sgk = getelementptr float, ptr %gep2817, i64 %1
  %sgv = getelementptr float, ptr %gep2817, i64 %2
  %.idx = mul i64 %T, 1152
  %gep2819 = getelementptr i8, ptr %invariant.gep2818, i64 %.idx
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 20480
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 40960
  %KSdS = getelementptr inbounds i8, ptr %work, i64 41984
  %KT = getelementptr inbounds i8, ptr %work, i64 34816
  %M = getelementptr inbounds i8, ptr %work, i64 56704
  %OY = getelementptr inbounds i8, ptr %work, i64 30720
  %PT = getelementptr inbounds i8, ptr %work, i64 52224
  %QK = getelementptr inbounds i8, ptr %work, i64 26624
  %QcT = getelementptr inbounds i8, ptr %work, i64 36864
  %Rr = getelementptr inbounds i8, ptr %work, i64 46080
  %Vn = getelementptr inbounds i8, ptr %work, i64 48128
  %VnT = getelementptr inbounds i8, ptr %work, i64 50176
  %bet = getelementptr inbounds i8, ptr %work, i64 55296
  %dOT = getelementptr inbounds i8, ptr %work, i64 38912
  %dQc = getelementptr inbounds i8, ptr %work, i64 53248
  %dbet = getelementptr inbounds i8, ptr %work, i64 55360
  %5 = add nsw i64 %T, 15
  %nc = sdiv i64 %5, 16
  %invariant.gep2682 = getelementptr inbounds i8, ptr %work, i64 20736
  %invariant.gep2772 = getelementptr inbounds i8, ptr %work, i64 20800
  %6 = add nsw i64 %bh0, 1
  %7 = mul i64 %nc, %6
  %8 = shl i64 %7, 12
  %9 = add i64 %8, -4096
  %10 = shl i64 %nc, 12
  %11 = shl nsw i64 %nc, 4
  %12 = add i64 %11, 144115188075855856
  %13 = mul i64 %12, %H
  %14 = mul i64 %H, -2048
  %15 = shl i64 %H, 7
  %16 = add i64 %T, 16
  %17 = sub i64 %16, %11
  %smax3092 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %18 = sub i64 %bh1, %bh0
  %scevgep3008.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3008.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3008.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3008.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3008.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3008.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3008.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3008.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3008.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3008.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3008.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3008.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3008.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3008.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3008.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3008.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3008.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3008.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3008.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3008.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3008.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3008.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3008.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3008.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3008.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3008.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3008.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3008.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3008.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3008.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3008.31 = getelementptr i8, ptr %work, i64 7936
  %19 = getelementptr inbounds i8, ptr %work, i64 56712
  %20 = getelementptr inbounds i8, ptr %work, i64 56736
  %21 = getelementptr inbounds i8, ptr %work, i64 56744
  %22 = getelementptr inbounds i8, ptr %work, i64 56760
  %23 = getelementptr inbounds i8, ptr %work, i64 56764
  %24 = getelementptr inbounds i8, ptr %work, i64 56768
  %25 = getelementptr inbounds i8, ptr %work, i64 56800
  %invariant.gep3289 = getelementptr i8, ptr %work, i64 30720
  %invariant.gep3291 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3293 = getelementptr i8, ptr %work, i64 26624
  %invariant.gep3295 = getelementptr i8, ptr %work, i64 18432
  %invariant.gep3297 = getelementptr i8, ptr %work, i64 28672
  %invariant.gep3299 = getelementptr i8, ptr %work, i64 46080
  %26 = getelementptr i8, ptr %work, i64 58880
  %27 = getelementptr i8, ptr %gep2811, i64 64
  %28 = getelementptr i8, ptr %gep2813, i64 64
  %29 = getelementptr inbounds i8, ptr %work, i64 46144
  %30 = getelementptr inbounds i8, ptr %work, i64 41024
  %31 = getelementptr inbounds i8, ptr %work, i64 41088
  %32 = getelementptr inbounds i8, ptr %work, i64 41152
  %33 = getelementptr inbounds i8, ptr %work, i64 41216
  %34 = getelementptr inbounds i8, ptr %work, i64 41280
  %35 = getelementptr inbounds i8, ptr %work, i64 41344
  %36 = getelementptr inbounds i8, ptr %work, i64 41408
  %37 = getelementptr inbounds i8, ptr %work, i64 41472
  %38 = getelementptr inbounds i8, ptr %work, i64 41536
  %39 = getelementptr inbounds i8, ptr %work, i64 41600
  %40 = getelementptr inbounds i8, ptr %work, i64 41664
  %41 = getelementptr inbounds i8, ptr %work, i64 41728
  %42 = getelementptr inbounds i8, ptr %work, i64 41792
  %43 = getelementptr inbounds i8, ptr %work, i64 41856
  %44 = getelementptr inbounds i8, ptr %work, i64 41920
  %45 = getelementptr inbounds i8, ptr %work, i64 46144
  %46 = getelementptr inbounds i8, ptr %work, i64 42048
  %47 = getelementptr inbounds i8, ptr %work, i64 46208
  %48 = getelementptr inbounds i8, ptr %work, i64 42240
  %49 = getelementptr inbounds i8, ptr %work, i64 46272
  %50 = getelementptr inbounds i8, ptr %work, i64 42304
  %51 = getelementptr inbounds i8, ptr %work, i64 46336
  %52 = getelementptr inbounds i8, ptr %work, i64 42496
  %53 = getelementptr inbounds i8, ptr %work, i64 46400
  %54 = getelementptr inbounds i8, ptr %work, i64 42560
  %55 = getelementptr inbounds i8, ptr %work, i64 46464
  %56 = getelementptr inbounds i8, ptr %work, i64 42752
  %57 = getelementptr inbounds i8, ptr %work, i64 46528
  %58 = getelementptr inbounds i8, ptr %work, i64 42816
  %59 = getelementptr inbounds i8, ptr %work, i64 46592
  %60 = getelementptr inbounds i8, ptr %work, i64 43008
  %61 = getelementptr inbounds i8, ptr %work, i64 46656
  %62 = getelementptr inbounds i8, ptr %work, i64 43072
  %63 = getelementptr inbounds i8, ptr %work, i64 46720
  %64 = getelementptr inbounds i8, ptr %work, i64 43264
  %65 = getelementptr inbounds i8, ptr %work, i64 46784
  %66 = getelementptr inbounds i8, ptr %work, i64 43328
  %67 = getelementptr inbounds i8, ptr %work, i64 46848
  %68 = getelementptr inbounds i8, ptr %work, i64 43520
  %69 = getelementptr inbounds i8, ptr %work, i64 46912
  %70 = getelementptr inbounds i8, ptr %work, i64 43584
  %71 = getelementptr inbounds i8, ptr %work, i64 46976
  %72 = getelementptr inbounds i8, ptr %work, i64 43776
  %73 = getelementptr inbounds i8, ptr %work, i64 47040
  %74 = getelementptr inbounds i8, ptr %work, i64 43840
  %75 = getelementptr inbounds i8, ptr %work, i64 47104
  %76 = getelementptr inbounds i8, ptr %work, i64 44032
  %77 = getelementptr inbounds i8, ptr %work, i64 47168
  %78 = getelementptr inbounds i8, ptr %work, i64 44096
  %79 = getelementptr inbounds i8, ptr %work, i64 47232
  %80 = getelementptr inbounds i8, ptr %work, i64 44288
  %81 = getelementptr inbounds i8, ptr %work, i64 47296
  %82 = getelementptr inbounds i8, ptr %work, i64 44352
  %83 = getelementptr inbounds i8, ptr %work, i64 47360
  %84 = getelementptr inbounds i8, ptr %work, i64 44544
  %85 = getelementptr inbounds i8, ptr %work, i64 47424
  %86 = getelementptr inbounds i8, ptr %work, i64 44608
  %87 = getelementptr inbounds i8, ptr %work, i64 47488
  %88 = getelementptr inbounds i8, ptr %work, i64 44800
  %89 = getelementptr inbounds i8, ptr %work, i64 47552
  %90 = getelementptr inbounds i8, ptr %work, i64 44864
  %91 = getelementptr inbounds i8, ptr %work, i64 47616
  %92 = getelementptr inbounds i8, ptr %work, i64 45056
  %93 = getelementptr inbounds i8, ptr %work, i64 47680
  %94 = getelementptr inbounds i8, ptr %work, i64 45120
  %95 = getelementptr inbounds i8, ptr %work, i64 47744
  %96 = getelementptr inbounds i8, ptr %work, i64 45312
  %97 = getelementptr inbounds i8, ptr %work, i64 47808
  %98 = getelementptr inbounds i8, ptr %work, i64 45376
  %99 = getelementptr inbounds i8, ptr %work, i64 47872
  %100 = getelementptr inbounds i8, ptr %work, i64 45568
  %101 = getelementptr inbounds i8, ptr %work, i64 47936
  %102 = getelementptr inbounds i8, ptr %work, i64 45632
  %103 = getelementptr inbounds i8, ptr %work, i64 48000
  %104 = getelementptr inbounds i8, ptr %work, i64 45824
  %105 = getelementptr inbounds i8, ptr %work, i64 48064
  %106 = getelementptr inbounds i8, ptr %work, i64 45888
  %107 = getelementptr inbounds i8, ptr %work, i64 52288
  %108 = getelementptr inbounds i8, ptr %work, i64 52352
  %109 = getelementptr inbounds i8, ptr %work, i64 52416
  %110 = getelementptr inbounds i8, ptr %work, i64 52480
  %111 = getelementptr inbounds i8, ptr %work, i64 52544
  %112 = getelementptr inbounds i8, ptr %work, i64 52608
  %113 = getelementptr inbounds i8, ptr %work, i64 52672
  %114 = getelementptr inbounds i8, ptr %work, i64 52736
  %115 = getelementptr inbounds i8, ptr %work, i64 52800
  %116 = getelementptr inbounds i8, ptr %work, i64 52864
  %117 = getelementptr inbounds i8, ptr %work, i64 52928
  %118 = getelementptr inbounds i8, ptr %work, i64 52992
  %119 = getelementptr inbounds i8, ptr %work, i64 53056
  %120 = getelementptr inbounds i8, ptr %work, i64 53120
  %121 = getelementptr inbounds i8, ptr %work, i64 53184
  %122 = getelementptr inbounds i8, ptr %work, i64 56768
  %123 = getelementptr inbounds i8, ptr %work, i64 56832
  %124 = getelementptr inbounds i8, ptr %work, i64 56896
  %125 = getelementptr inbounds i8, ptr %work, i64 56960
  %126 = getelementptr inbounds i8, ptr %work, i64 57024
  %127 = getelementptr inbounds i8, ptr %work, i64 57088
  %128 = getelementptr inbounds i8, ptr %work, i64 57152
  %129 = getelementptr inbounds i8, ptr %work, i64 57216
  %130 = getelementptr inbounds i8, ptr %work, i64 57280
  %131 = getelementptr inbounds i8, ptr %work, i64 57344
  %132 = getelementptr inbounds i8, ptr %work, i64 57408
  %133 = getelementptr inbounds i8, ptr %work, i64 57472
  %134 = getelementptr inbounds i8, ptr %work, i64 57536
  %135 = getelementptr inbounds i8, ptr %work, i64 57600
  %136 = getelementptr inbounds i8, ptr %work, i64 57664
  %137 = getelementptr inbounds i8, ptr %work, i64 42112
  %138 = getelementptr inbounds i8, ptr %work, i64 32768
  %139 = getelementptr inbounds i8, ptr %work, i64 42176
  %140 = getelementptr inbounds i8, ptr %work, i64 32832
  %141 = getelementptr inbounds i8, ptr %work, i64 42368
  %142 = getelementptr inbounds i8, ptr %work, i64 32896
  %143 = getelementptr inbounds i8, ptr %work, i64 42432
  %144 = getelementptr inbounds i8, ptr %work, i64 32960
  %145 = getelementptr inbounds i8, ptr %work, i64 42624
  %146 = getelementptr inbounds i8, ptr %work, i64 33024
  %147 = getelementptr inbounds i8, ptr %work, i64 42688
  %148 = getelementptr inbounds i8, ptr %work, i64 33088
  %149 = getelementptr inbounds i8, ptr %work, i64 42880
  %150 = getelementptr inbounds i8, ptr %work, i64 33152
  %151 = getelementptr inbounds i8, ptr %work, i64 42944
  %152 = getelementptr inbounds i8, ptr %work, i64 33216
  %153 = getelementptr inbounds i8, ptr %work, i64 43136
  %154 = getelementptr inbounds i8, ptr %work, i64 33280
  %155 = getelementptr inbounds i8, ptr %work, i64 43200
  %156 = getelementptr inbounds i8, ptr %work, i64 33344
  %157 = getelementptr inbounds i8, ptr %work, i64 43392
  %158 = getelementptr inbounds i8, ptr %work, i64 33408
  %159 = getelementptr inbounds i8, ptr %work, i64 43456
  %160 = getelementptr inbounds i8, ptr %work, i64 33472
  %161 = getelementptr inbounds i8, ptr %work, i64 43648
  %162 = getelementptr inbounds i8, ptr %work, i64 33536
  %163 = getelementptr inbounds i8, ptr %work, i64 43712
  %164 = getelementptr inbounds i8, ptr %work, i64 33600
  %165 = getelementptr inbounds i8, ptr %work, i64 43904
  %166 = getelementptr inbounds i8, ptr %work, i64 33664
  %167 = getelementptr inbounds i8, ptr %work, i64 43968
  %168 = getelementptr inbounds i8, ptr %work, i64 33728
  %169 = getelementptr inbounds i8, ptr %work, i64 44160
  %170 = getelementptr inbounds i8, ptr %work, i64 33792
  %171 = getelementptr inbounds i8, ptr %work, i64 44224
  %172 = getelementptr inbounds i8, ptr %work, i64 33856
  %173 = getelementptr inbounds i8, ptr %work, i64 44416
  %174 = getelementptr inbounds i8, ptr %work, i64 33920
  %175 = getelementptr inbounds i8, ptr %work, i64 44480
  %176 = getelementptr inbounds i8, ptr %work, i64 33984
  %177 = getelementptr inbounds i8, ptr %work, i64 44672
  %178 = getelementptr inbounds i8, ptr %work, i64 34048
  %179 = getelementptr inbounds i8, ptr %work, i64 44736
  %180 = getelementptr inbounds i8, ptr %work, i64 34112
  %181 = getelementptr inbounds i8, ptr %work, i64 44928
  %182 = getelementptr inbounds i8, ptr %work, i64 34176
  %183 = getelementptr inbounds i8, ptr %work, i64 44992
  %184 = getelementptr inbounds i8, ptr %work, i64 34240
  %185 = getelementptr inbounds i8, ptr %work, i64 45184
  %186 = getelementptr inbounds i8, ptr %work, i64 34304
  %187 = getelementptr inbounds i8, ptr %work, i64 45248
  %188 = getelementptr inbounds i8, ptr %work, i64 34368
  %189 = getelementptr inbounds i8, ptr %work, i64 45440
  %190 = getelementptr inbounds i8, ptr %work, i64 34432
  %191 = getelementptr inbounds i8, ptr %work, i64 45504
  %192 = getelementptr inbounds i8, ptr %work, i64 34496
  %193 = getelementptr inbounds i8, ptr %work, i64 45696
  %194 = getelementptr inbounds i8, ptr %work, i64 34560
  %195 = getelementptr inbounds i8, ptr %work, i64 45760
  %196 = getelementptr inbounds i8, ptr %work, i64 34624
  %197 = getelementptr inbounds i8, ptr %work, i64 45952
  %198 = getelementptr inbounds i8, ptr %work, i64 34688
  %199 = getelementptr inbounds i8, ptr %work, i64 46016
  %200 = getelementptr inbounds i8, ptr %work, i64 34752
  %201 = getelementptr inbounds i8, ptr %work, i64 20736
  %202 = getelementptr inbounds i8, ptr %work, i64 21120
  %203 = getelementptr inbounds i8, ptr %work, i64 21504
  %204 = getelementptr inbounds i8, ptr %work, i64 21888
  %205 = getelementptr inbounds i8, ptr %work, i64 22272
  %206 = getelementptr inbounds i8, ptr %work, i64 22656
  %207 = getelementptr inbounds i8, ptr %work, i64 23040
  %208 = getelementptr inbounds i8, ptr %work, i64 23424
  %gep2683.1 = getelementptr inbounds i8, ptr %work, i64 21120
  %gep2683.2 = getelementptr inbounds i8, ptr %work, i64 21504
  %gep2683.3 = getelementptr inbounds i8, ptr %work, i64 21888
  %gep2683.4 = getelementptr inbounds i8, ptr %work, i64 22272
  %gep2683.5 = getelementptr inbounds i8, ptr %work, i64 22656
  %gep2683.6 = getelementptr inbounds i8, ptr %work, i64 23040
  %gep2683.7 = getelementptr inbounds i8, ptr %work, i64 23424
  %gep2683.8 = getelementptr inbounds i8, ptr %work, i64 23808
  %gep2683.9 = getelementptr inbounds i8, ptr %work, i64 24192
  %gep2683.10 = getelementptr inbounds i8, ptr %work, i64 24576
  %gep2683.11 = getelementptr inbounds i8, ptr %work, i64 24960
  %gep2683.12 = getelementptr inbounds i8, ptr %work, i64 25344
  %gep2683.13 = getelementptr inbounds i8, ptr %work, i64 25728
  %gep2683.14 = getelementptr inbounds i8, ptr %work, i64 26112
  %gep2683.15 = getelementptr inbounds i8, ptr %work, i64 26496
  %209 = getelementptr inbounds i8, ptr %work, i64 53312
  %210 = getelementptr inbounds i8, ptr %work, i64 53376
  %211 = getelementptr inbounds i8, ptr %work, i64 53440
  %212 = getelementptr inbounds i8, ptr %work, i64 53504
  %213 = getelementptr inbounds i8, ptr %work, i64 53568
  %214 = getelementptr inbounds i8, ptr %work, i64 53632
  %215 = getelementptr inbounds i8, ptr %work, i64 53696
  %216 = getelementptr inbounds i8, ptr %work, i64 53760
  %217 = getelementptr inbounds i8, ptr %work, i64 53824
  %218 = getelementptr inbounds i8, ptr %work, i64 53888
  %219 = getelementptr inbounds i8, ptr %work, i64 53952
  %220 = getelementptr inbounds i8, ptr %work, i64 54016
  %221 = getelementptr inbounds i8, ptr %work, i64 54080
  %222 = getelementptr inbounds i8, ptr %work, i64 54144
  %223 = getelementptr inbounds i8, ptr %work, i64 54208
  %224 = getelementptr inbounds i8, ptr %work, i64 54272
  %225 = getelementptr inbounds i8, ptr %work, i64 54336
  %226 = getelementptr inbounds i8, ptr %work, i64 54400
  %227 = getelementptr inbounds i8, ptr %work, i64 54464
  %228 = getelementptr inbounds i8, ptr %work, i64 54528
  %229 = getelementptr inbounds i8, ptr %work, i64 54592
  %230 = getelementptr inbounds i8, ptr %work, i64 54656
  %231 = getelementptr inbounds i8, ptr %work, i64 54720
  %232 = getelementptr inbounds i8, ptr %work, i64 54784
  %233 = getelementptr inbounds i8, ptr %work, i64 54848
  %234 = getelementptr inbounds i8, ptr %work, i64 54912
  %235 = getelementptr inbounds i8, ptr %work, i64 54976
  %236 = getelementptr inbounds i8, ptr %work, i64 55040
  %237 = getelementptr inbounds i8, ptr %work, i64 55104
  %238 = getelementptr inbounds i8, ptr %work, i64 55168
  %239 = getelementptr inbounds i8, ptr %work, i64 55232
  %invariant.gep3301 = getelementptr inbounds i8, ptr %work, i64 32768
  %invariant.gep3303 = getelementptr inbounds i8, ptr %work, i64 32832
  %240 = getelementptr i8, ptr %dav, i64 64
  %241 = getelementptr inbounds i8, ptr %work, i64 20800
  %242 = getelementptr inbounds i8, ptr %work, i64 21184
  %243 = getelementptr inbounds i8, ptr %work, i64 21568
  %244 = getelementptr inbounds i8, ptr %work, i64 21952
  %245 = getelementptr inbounds i8, ptr %work, i64 22336
  %246 = getelementptr inbounds i8, ptr %work, i64 22720
  %247 = getelementptr inbounds i8, ptr %work, i64 23104
  %248 = getelementptr inbounds i8, ptr %work, i64 23488
  %249 = getelementptr inbounds i8, ptr %work, i64 23872
  %250 = getelementptr inbounds i8, ptr %work, i64 24256
  %251 = getelementptr inbounds i8, ptr %work, i64 24640
  %252 = getelementptr inbounds i8, ptr %work, i64 25024
  %253 = getelementptr inbounds i8, ptr %work, i64 25408
  %254 = getelementptr inbounds i8, ptr %work, i64 25792
  %255 = getelementptr inbounds i8, ptr %work, i64 26176
  %256 = getelementptr inbounds i8, ptr %work, i64 26560
  %invariant.gep3305 = getelementptr inbounds i8, ptr %work, i64 20800
  %invariant.gep3309 = getelementptr i8, ptr %work, i64 20800
  %invariant.gep3315 = getelementptr inbounds i8, ptr %work, i64 22016
  %scevgep3095 = getelementptr i8, ptr %work, i64 128
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
  %scevgep3095.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3095.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3095.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3095.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3095.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3095.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3095.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3095.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3095.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3095.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3095.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3095.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3095.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3095.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3095.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3095.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3095.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3095.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3095.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3095.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3095.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3095.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3095.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3095.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3095.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3095.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3095.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3095.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3095.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3095.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3095.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02820 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %257 = add i64 %indvar, %bh0
  %258 = shl i64 %257, 12
  %259 = mul i64 %10, %indvar
  %260 = add i64 %9, %259
  %b = sdiv i64 %bh.addr.02820, %H
  %h = srem i64 %bh.addr.02820, %H
  %261 = mul i64 %b, %T
  %262 = mul i64 %261, %H
  %bT = add i64 %262, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %oh.idx = shl i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
  br i1 %3, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %263 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %263
  %invariant.gep2555 = getelementptr float, ptr %k, i64 %263
  %invariant.gep2557 = getelementptr float, ptr %v, i64 %263
  br label %t.body

bh.exit:                                          ; preds = %j32.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02554 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %264 = add nuw nsw i64 %t.addr.02554, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %264, i64 %4)
  %265 = add nsw i64 %tp, %261
  %266 = mul nsw i64 %265, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %266
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %267 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %267, i32 0, i32 2, i32 1)
  %268 = mul nsw i64 %265, %k_ts
  %gep2556 = getelementptr float, ptr %invariant.gep2555, i64 %268
  tail call void @llvm.prefetch.p0(ptr %gep2556, i32 0, i32 2, i32 1)
  %269 = getelementptr i8, ptr %gep2556, i64 64
  tail call void @llvm.prefetch.p0(ptr %269, i32 0, i32 2, i32 1)
  %270 = mul nsw i64 %265, %v_ts
  %gep2558 = getelementptr float, ptr %invariant.gep2557, i64 %270
  tail call void @llvm.prefetch.p0(ptr %gep2558, i32 0, i32 2, i32 1)
  %271 = getelementptr i8, ptr %gep2558, i64 64
  tail call void @llvm.prefetch.p0(ptr %271, i32 0, i32 2, i32 1)
  %272 = add nsw i64 %t.addr.02554, %261
  %273 = mul nsw i64 %272, %q_ts
  %gep2560 = getelementptr float, ptr %invariant.gep, i64 %273
  %274 = load <16 x float>, ptr %gep2560, align 4
  %275 = fneg <16 x float> %274
  %276 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %275, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %277 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %276, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %278 = fmul <16 x float> %277, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %279 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %278)
  %280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %277)
  %281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %280)
  %282 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %281, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %282, <16 x float> %281, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %283, <16 x float> %281, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %284, <16 x float> %281, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %285, <16 x float> %281, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %287 = fmul <16 x float> %281, %281
  %288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %286, <16 x float> %287, <16 x float> %281)
  %289 = fadd <16 x float> %288, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %290 = fptosi <16 x float> %279 to <16 x i32>
  %291 = shl <16 x i32> %290, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %292 = add <16 x i32> %291, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %293 = bitcast <16 x i32> %292 to <16 x float>
  %294 = fmul <16 x float> %289, %293
  %295 = fadd <16 x float> %294, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %296 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %295
  %297 = shl nsw i64 %t.addr.02554, 5
  %298 = getelementptr inbounds float, ptr %gep2817, i64 %297
  store <16 x float> %296, ptr %298, align 4
  %299 = fmul <16 x float> %274, %296
  %300 = getelementptr i8, ptr %gep2560, i64 64
  %301 = load <16 x float>, ptr %300, align 4
  %302 = fneg <16 x float> %301
  %303 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %302, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %304 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %303, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %305 = fmul <16 x float> %304, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %306 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %305)
  %307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %306, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %304)
  %308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %306, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %307)
  %309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %308, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %309, <16 x float> %308, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %310, <16 x float> %308, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %311, <16 x float> %308, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %312, <16 x float> %308, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %314 = fmul <16 x float> %308, %308
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %313, <16 x float> %314, <16 x float> %308)
  %316 = fadd <16 x float> %315, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %317 = fptosi <16 x float> %306 to <16 x i32>
  %318 = shl <16 x i32> %317, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %319 = add <16 x i32> %318, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %320 = bitcast <16 x i32> %319 to <16 x float>
  %321 = fmul <16 x float> %316, %320
  %322 = fadd <16 x float> %321, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %323 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %322
  %324 = or disjoint i64 %297, 16
  %325 = getelementptr inbounds float, ptr %gep2817, i64 %324
  store <16 x float> %323, ptr %325, align 4
  %326 = fmul <16 x float> %301, %323
  %327 = fmul <16 x float> %299, %299
  %328 = fmul <16 x float> %326, %326
  %329 = fadd <16 x float> %327, %328
  %330 = shufflevector <16 x float> %329, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %331 = shufflevector <16 x float> %329, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %332 = fadd <8 x float> %330, %331
  %333 = shufflevector <8 x float> %332, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %334 = shufflevector <8 x float> %332, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %335 = fadd <4 x float> %333, %334
  %336 = shufflevector <4 x float> %335, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %337 = shufflevector <4 x float> %335, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %338 = fadd <2 x float> %336, %337
  %shift = shufflevector <2 x float> %338, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %339 = fadd <2 x float> %338, %shift
  %340 = extractelement <2 x float> %339, i64 0
  %341 = fadd float %340, 0x3EB0C6F7A0000000
  %342 = tail call float @llvm.sqrt.f32(float %341)
  %343 = fdiv float 1.000000e+00, %342
  %344 = getelementptr inbounds float, ptr %gep2819, i64 %t.addr.02554
  store float %343, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %343, i64 0
  %346 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %347 = fmul <16 x float> %299, %346
  %348 = getelementptr inbounds float, ptr %invariant.gep2818, i64 %297
  store <16 x float> %347, ptr %348, align 4
  %349 = fmul <16 x float> %326, %346
  %350 = getelementptr inbounds float, ptr %invariant.gep2818, i64 %324
  store <16 x float> %349, ptr %350, align 4
  %351 = mul nsw i64 %272, %k_ts
  %gep2562 = getelementptr float, ptr %invariant.gep2555, i64 %351
  %352 = load <16 x float>, ptr %gep2562, align 4
  %353 = fneg <16 x float> %352
  %354 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %353, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %355 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %354, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %356 = fmul <16 x float> %355, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %357 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %356)
  %358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %357, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %355)
  %359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %357, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %358)
  %360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %359, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %360, <16 x float> %359, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %361, <16 x float> %359, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %362, <16 x float> %359, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %363, <16 x float> %359, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %365 = fmul <16 x float> %359, %359
  %366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %364, <16 x float> %365, <16 x float> %359)
  %367 = fadd <16 x float> %366, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %368 = fptosi <16 x float> %357 to <16 x i32>
  %369 = shl <16 x i32> %368, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %370 = add <16 x i32> %369, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %371 = bitcast <16 x i32> %370 to <16 x float>
  %372 = fmul <16 x float> %367, %371
  %373 = fadd <16 x float> %372, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %374 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %373
  %375 = getelementptr inbounds float, ptr %sgk, i64 %297
  store <16 x float> %374, ptr %375, align 4
  %376 = fmul <16 x float> %352, %374
  %377 = getelementptr i8, ptr %gep2562, i64 64
  %378 = load <16 x float>, ptr %377, align 4
  %379 = fneg <16 x float> %378
  %380 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %379, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %381 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %380, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %382 = fmul <16 x float> %381, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %383 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %382)
  %384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %383, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %381)
  %385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %383, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %384)
  %386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %387 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %386, <16 x float> %385, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %387, <16 x float> %385, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %385, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %389, <16 x float> %385, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %391 = fmul <16 x float> %385, %385
  %392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %390, <16 x float> %391, <16 x float> %385)
  %393 = fadd <16 x float> %392, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %394 = fptosi <16 x float> %383 to <16 x i32>
  %395 = shl <16 x i32> %394, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %396 = add <16 x i32> %395, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %397 = bitcast <16 x i32> %396 to <16 x float>
  %398 = fmul <16 x float> %393, %397
  %399 = fadd <16 x float> %398, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %400 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %399
  %401 = getelementptr inbounds float, ptr %sgk, i64 %324
  store <16 x float> %400, ptr %401, align 4
  %402 = fmul <16 x float> %378, %400
  %403 = fmul <16 x float> %376, %376
  %404 = fmul <16 x float> %402, %402
  %405 = fadd <16 x float> %403, %404
  %406 = shufflevector <16 x float> %405, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %407 = shufflevector <16 x float> %405, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %408 = fadd <8 x float> %406, %407
  %409 = shufflevector <8 x float> %408, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %410 = shufflevector <8 x float> %408, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %411 = fadd <4 x float> %409, %410
  %412 = shufflevector <4 x float> %411, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %413 = shufflevector <4 x float> %411, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %414 = fadd <2 x float> %412, %413
  %shift3508 = shufflevector <2 x float> %414, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %415 = fadd <2 x float> %414, %shift3508
  %416 = extractelement <2 x float> %415, i64 0
  %417 = fadd float %416, 0x3EB0C6F7A0000000
  %418 = tail call float @llvm.sqrt.f32(float %417)
  %419 = fdiv float 1.000000e+00, %418
  %420 = getelementptr float, ptr %344, i64 %T
  store float %419, ptr %420, align 4
  %421 = insertelement <16 x float> poison, float %419, i64 0
  %422 = shufflevector <16 x float> %421, <16 x float> poison, <16 x i32> zeroinitializer
  %423 = fmul <16 x float> %376, %422
  %424 = getelementptr inbounds float, ptr %gep2811, i64 %297
  store <16 x float> %423, ptr %424, align 4
  %425 = fmul <16 x float> %402, %422
  %426 = getelementptr inbounds float, ptr %gep2811, i64 %324
  store <16 x float> %425, ptr %426, align 4
  %427 = mul nsw i64 %272, %v_ts
  %gep2564 = getelementptr float, ptr %invariant.gep2557, i64 %427
  %428 = load <16 x float>, ptr %gep2564, align 4
  %429 = fneg <16 x float> %428
  %430 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %429, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %431 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %430, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %432 = fmul <16 x float> %431, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %433 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %432)
  %434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %433, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %431)
  %435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %433, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %434)
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %435, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %436, <16 x float> %435, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %437, <16 x float> %435, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %435, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %440 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %439, <16 x float> %435, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %441 = fmul <16 x float> %435, %435
  %442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %440, <16 x float> %441, <16 x float> %435)
  %443 = fadd <16 x float> %442, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %444 = fptosi <16 x float> %433 to <16 x i32>
  %445 = shl <16 x i32> %444, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %446 = add <16 x i32> %445, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %447 = bitcast <16 x i32> %446 to <16 x float>
  %448 = fmul <16 x float> %443, %447
  %449 = fadd <16 x float> %448, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %450 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %449
  %451 = getelementptr inbounds float, ptr %sgv, i64 %297
  store <16 x float> %450, ptr %451, align 4
  %452 = fmul <16 x float> %428, %450
  %453 = getelementptr i8, ptr %gep2564, i64 64
  %454 = load <16 x float>, ptr %453, align 4
  %455 = fneg <16 x float> %454
  %456 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %455, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %457 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %456, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %458 = fmul <16 x float> %457, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %459 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %458)
  %460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %459, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %457)
  %461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %459, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %460)
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %461, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %462, <16 x float> %461, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %463, <16 x float> %461, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %464, <16 x float> %461, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %465, <16 x float> %461, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %467 = fmul <16 x float> %461, %461
  %468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %466, <16 x float> %467, <16 x float> %461)
  %469 = fadd <16 x float> %468, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %470 = fptosi <16 x float> %459 to <16 x i32>
  %471 = shl <16 x i32> %470, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %472 = add <16 x i32> %471, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %473 = bitcast <16 x i32> %472 to <16 x float>
  %474 = fmul <16 x float> %469, %473
  %475 = fadd <16 x float> %474, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %476 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %475
  %477 = getelementptr inbounds float, ptr %sgv, i64 %324
  store <16 x float> %476, ptr %477, align 4
  %478 = fmul <16 x float> %454, %476
  %479 = getelementptr inbounds float, ptr %gep2813, i64 %297
  store <16 x float> %452, ptr %479, align 4
  %480 = getelementptr inbounds float, ptr %gep2813, i64 %324
  store <16 x float> %478, ptr %480, align 4
  %t.next = add nuw nsw i64 %t.addr.02554, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %481 = getelementptr i8, ptr %dhT, i64 %258
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %481, i64 128, i1 false)
  %scevgep3006.1 = getelementptr i8, ptr %481, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.1, i64 128, i1 false)
  %scevgep3006.2 = getelementptr i8, ptr %481, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.2, i64 128, i1 false)
  %scevgep3006.3 = getelementptr i8, ptr %481, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.3, i64 128, i1 false)
  %scevgep3006.4 = getelementptr i8, ptr %481, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.4, i64 128, i1 false)
  %scevgep3006.5 = getelementptr i8, ptr %481, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.5, i64 128, i1 false)
  %scevgep3006.6 = getelementptr i8, ptr %481, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.6, i64 128, i1 false)
  %scevgep3006.7 = getelementptr i8, ptr %481, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.7, i64 128, i1 false)
  %scevgep3006.8 = getelementptr i8, ptr %481, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.8, i64 128, i1 false)
  %scevgep3006.9 = getelementptr i8, ptr %481, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.9, i64 128, i1 false)
  %scevgep3006.10 = getelementptr i8, ptr %481, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.10, i64 128, i1 false)
  %scevgep3006.11 = getelementptr i8, ptr %481, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.11, i64 128, i1 false)
  %scevgep3006.12 = getelementptr i8, ptr %481, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.12, i64 128, i1 false)
  %scevgep3006.13 = getelementptr i8, ptr %481, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.13, i64 128, i1 false)
  %scevgep3006.14 = getelementptr i8, ptr %481, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.14, i64 128, i1 false)
  %scevgep3006.15 = getelementptr i8, ptr %481, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.15, i64 128, i1 false)
  %scevgep3006.16 = getelementptr i8, ptr %481, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.16, i64 128, i1 false)
  %scevgep3006.17 = getelementptr i8, ptr %481, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.17, i64 128, i1 false)
  %scevgep3006.18 = getelementptr i8, ptr %481, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.18, i64 128, i1 false)
  %scevgep3006.19 = getelementptr i8, ptr %481, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.19, i64 128, i1 false)
  %scevgep3006.20 = getelementptr i8, ptr %481, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.20, i64 128, i1 false)
  %scevgep3006.21 = getelementptr i8, ptr %481, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.21, i64 128, i1 false)
  %scevgep3006.22 = getelementptr i8, ptr %481, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.22, i64 128, i1 false)
  %scevgep3006.23 = getelementptr i8, ptr %481, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.23, i64 128, i1 false)
  %scevgep3006.24 = getelementptr i8, ptr %481, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.24, i64 128, i1 false)
  %scevgep3006.25 = getelementptr i8, ptr %481, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.25, i64 128, i1 false)
  %scevgep3006.26 = getelementptr i8, ptr %481, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.26, i64 128, i1 false)
  %scevgep3006.27 = getelementptr i8, ptr %481, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.27, i64 128, i1 false)
  %scevgep3006.28 = getelementptr i8, ptr %481, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.28, i64 128, i1 false)
  %scevgep3006.29 = getelementptr i8, ptr %481, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.29, i64 128, i1 false)
  %scevgep3006.30 = getelementptr i8, ptr %481, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.30, i64 128, i1 false)
  %scevgep3006.31 = getelementptr i8, ptr %481, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3006.31, i64 128, i1 false)
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %482 = mul nsw i64 %bh.addr.02820, %nc
  %483 = shl nsw i64 %h, 5
  %invariant.gep2795 = getelementptr float, ptr %dq, i64 %483
  %invariant.gep2797 = getelementptr float, ptr %dk, i64 %483
  %invariant.gep2799 = getelementptr float, ptr %dv, i64 %483
  %484 = add i64 %13, %bT
  %485 = shl i64 %484, 7
  %486 = getelementptr i8, ptr %dout, i64 %485
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3084 = phi i64 [ %17, %cc.body.lr.ph ], [ %indvars.iv.next3085, %t7.exit ]
  %cc.addr.02807 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3711 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3084, i64 16)
  %smax3712 = tail call i64 @llvm.smax.i64(i64 %smin3711, i64 1)
  %487 = mul i64 %14, %cc.addr.02807
  %488 = shl i64 %cc.addr.02807, 12
  %489 = sub i64 %260, %488
  %490 = xor i64 %cc.addr.02807, -1
  %ci = add nsw i64 %nc, %490
  %t0 = shl nsw i64 %ci, 4
  %491 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %491, i64 16)
  %492 = icmp sgt i64 %ci, 0
  br i1 %492, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %493 = tail call i64 @llvm.smin.i64(i64 %t0, i64 16)
  %494 = sub nsw i64 %t0, %493
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %scevgep3009 = getelementptr i8, ptr %hs, i64 %489
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009, i64 128, i1 false)
  %495 = or disjoint i64 %489, 128
  %scevgep3009.1 = getelementptr i8, ptr %hs, i64 %495
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.1, i64 128, i1 false)
  %496 = or disjoint i64 %489, 256
  %scevgep3009.2 = getelementptr i8, ptr %hs, i64 %496
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.2, i64 128, i1 false)
  %497 = or disjoint i64 %489, 384
  %scevgep3009.3 = getelementptr i8, ptr %hs, i64 %497
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.3, i64 128, i1 false)
  %498 = or disjoint i64 %489, 512
  %scevgep3009.4 = getelementptr i8, ptr %hs, i64 %498
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.4, i64 128, i1 false)
  %499 = or disjoint i64 %489, 640
  %scevgep3009.5 = getelementptr i8, ptr %hs, i64 %499
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.5, i64 128, i1 false)
  %500 = or disjoint i64 %489, 768
  %scevgep3009.6 = getelementptr i8, ptr %hs, i64 %500
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.6, i64 128, i1 false)
  %501 = or disjoint i64 %489, 896
  %scevgep3009.7 = getelementptr i8, ptr %hs, i64 %501
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.7, i64 128, i1 false)
  %502 = or disjoint i64 %489, 1024
  %scevgep3009.8 = getelementptr i8, ptr %hs, i64 %502
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.8, i64 128, i1 false)
  %503 = or disjoint i64 %489, 1152
  %scevgep3009.9 = getelementptr i8, ptr %hs, i64 %503
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.9, i64 128, i1 false)
  %504 = or disjoint i64 %489, 1280
  %scevgep3009.10 = getelementptr i8, ptr %hs, i64 %504
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.10, i64 128, i1 false)
  %505 = or disjoint i64 %489, 1408
  %scevgep3009.11 = getelementptr i8, ptr %hs, i64 %505
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.11, i64 128, i1 false)
  %506 = or disjoint i64 %489, 1536
  %scevgep3009.12 = getelementptr i8, ptr %hs, i64 %506
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.12, i64 128, i1 false)
  %507 = or disjoint i64 %489, 1664
  %scevgep3009.13 = getelementptr i8, ptr %hs, i64 %507
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.13, i64 128, i1 false)
  %508 = or disjoint i64 %489, 1792
  %scevgep3009.14 = getelementptr i8, ptr %hs, i64 %508
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.14, i64 128, i1 false)
  %509 = or disjoint i64 %489, 1920
  %scevgep3009.15 = getelementptr i8, ptr %hs, i64 %509
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.15, i64 128, i1 false)
  %510 = or disjoint i64 %489, 2048
  %scevgep3009.16 = getelementptr i8, ptr %hs, i64 %510
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.16, i64 128, i1 false)
  %511 = or disjoint i64 %489, 2176
  %scevgep3009.17 = getelementptr i8, ptr %hs, i64 %511
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.17, i64 128, i1 false)
  %512 = or disjoint i64 %489, 2304
  %scevgep3009.18 = getelementptr i8, ptr %hs, i64 %512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.18, i64 128, i1 false)
  %513 = or disjoint i64 %489, 2432
  %scevgep3009.19 = getelementptr i8, ptr %hs, i64 %513
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.19, i64 128, i1 false)
  %514 = or disjoint i64 %489, 2560
  %scevgep3009.20 = getelementptr i8, ptr %hs, i64 %514
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.20, i64 128, i1 false)
  %515 = or disjoint i64 %489, 2688
  %scevgep3009.21 = getelementptr i8, ptr %hs, i64 %515
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.21, i64 128, i1 false)
  %516 = or disjoint i64 %489, 2816
  %scevgep3009.22 = getelementptr i8, ptr %hs, i64 %516
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.22, i64 128, i1 false)
  %517 = or disjoint i64 %489, 2944
  %scevgep3009.23 = getelementptr i8, ptr %hs, i64 %517
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.23, i64 128, i1 false)
  %518 = or disjoint i64 %489, 3072
  %scevgep3009.24 = getelementptr i8, ptr %hs, i64 %518
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.24, i64 128, i1 false)
  %519 = or disjoint i64 %489, 3200
  %scevgep3009.25 = getelementptr i8, ptr %hs, i64 %519
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.25, i64 128, i1 false)
  %520 = or disjoint i64 %489, 3328
  %scevgep3009.26 = getelementptr i8, ptr %hs, i64 %520
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.26, i64 128, i1 false)
  %521 = or disjoint i64 %489, 3456
  %scevgep3009.27 = getelementptr i8, ptr %hs, i64 %521
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.27, i64 128, i1 false)
  %522 = or disjoint i64 %489, 3584
  %scevgep3009.28 = getelementptr i8, ptr %hs, i64 %522
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.28, i64 128, i1 false)
  %523 = or disjoint i64 %489, 3712
  %scevgep3009.29 = getelementptr i8, ptr %hs, i64 %523
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.29, i64 128, i1 false)
  %524 = or disjoint i64 %489, 3840
  %scevgep3009.30 = getelementptr i8, ptr %hs, i64 %524
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.30, i64 128, i1 false)
  %525 = or disjoint i64 %489, 3968
  %scevgep3009.31 = getelementptr i8, ptr %hs, i64 %525
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3008.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.31, i64 128, i1 false)
  %526 = add nsw i64 %ci, %482
  %527 = shl nsw i64 %526, 10
  br label %j2.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02567 = phi i64 [ %tp1.next, %tp1.body ], [ %494, %tp1.body.preheader ]
  %528 = mul nsw i64 %tp1.addr.02567, %sv1
  %529 = getelementptr inbounds float, ptr %oh, i64 %528
  tail call void @llvm.prefetch.p0(ptr %529, i32 0, i32 2, i32 1)
  %530 = or disjoint i64 %528, 16
  %531 = getelementptr inbounds float, ptr %oh, i64 %530
  tail call void @llvm.prefetch.p0(ptr nonnull %531, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02567, 1
  %532 = icmp slt i64 %tp1.next, %t0
  br i1 %532, label %tp1.body, label %i1.head.preheader

j2.head.preheader:                                ; preds = %i1.head.preheader, %j2.exit
  %533 = phi i1 [ true, %i1.head.preheader ], [ false, %j2.exit ]
  %i2.addr.02571 = phi i64 [ 0, %i1.head.preheader ], [ 16, %j2.exit ]
  %534 = shl nuw nsw i64 %i2.addr.02571, 5
  %535 = or disjoint i64 %534, %527
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %536 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02570 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %537 = or disjoint i64 %535, %j2.addr.02570
  %538 = getelementptr inbounds float, ptr %hs, i64 %537
  %539 = load <16 x float>, ptr %538, align 4
  %540 = or disjoint i64 %537, 256
  %541 = getelementptr inbounds float, ptr %hs, i64 %540
  %542 = load <16 x float>, ptr %541, align 4
  %543 = or disjoint i64 %537, 32
  %544 = getelementptr inbounds float, ptr %hs, i64 %543
  %545 = load <16 x float>, ptr %544, align 4
  %546 = or disjoint i64 %537, 288
  %547 = getelementptr inbounds float, ptr %hs, i64 %546
  %548 = load <16 x float>, ptr %547, align 4
  %549 = or disjoint i64 %537, 64
  %550 = getelementptr inbounds float, ptr %hs, i64 %549
  %551 = load <16 x float>, ptr %550, align 4
  %552 = or disjoint i64 %537, 320
  %553 = getelementptr inbounds float, ptr %hs, i64 %552
  %554 = load <16 x float>, ptr %553, align 4
  %555 = or disjoint i64 %537, 96
  %556 = getelementptr inbounds float, ptr %hs, i64 %555
  %557 = load <16 x float>, ptr %556, align 4
  %558 = or disjoint i64 %537, 352
  %559 = getelementptr inbounds float, ptr %hs, i64 %558
  %560 = load <16 x float>, ptr %559, align 4
  %561 = or disjoint i64 %537, 128
  %562 = getelementptr inbounds float, ptr %hs, i64 %561
  %563 = load <16 x float>, ptr %562, align 4
  %564 = or disjoint i64 %537, 384
  %565 = getelementptr inbounds float, ptr %hs, i64 %564
  %566 = load <16 x float>, ptr %565, align 4
  %567 = or disjoint i64 %537, 160
  %568 = getelementptr inbounds float, ptr %hs, i64 %567
  %569 = load <16 x float>, ptr %568, align 4
  %570 = or disjoint i64 %537, 416
  %571 = getelementptr inbounds float, ptr %hs, i64 %570
  %572 = load <16 x float>, ptr %571, align 4
  %573 = or disjoint i64 %537, 192
  %574 = getelementptr inbounds float, ptr %hs, i64 %573
  %575 = load <16 x float>, ptr %574, align 4
  %576 = or disjoint i64 %537, 448
  %577 = getelementptr inbounds float, ptr %hs, i64 %576
  %578 = load <16 x float>, ptr %577, align 4
  %579 = or disjoint i64 %537, 224
  %580 = getelementptr inbounds float, ptr %hs, i64 %579
  %581 = load <16 x float>, ptr %580, align 4
  %582 = or disjoint i64 %537, 480
  %583 = getelementptr inbounds float, ptr %hs, i64 %582
  %584 = load <16 x float>, ptr %583, align 4
  %585 = shufflevector <16 x float> %539, <16 x float> %542, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %586 = shufflevector <16 x float> %563, <16 x float> %566, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %587 = shufflevector <16 x float> %545, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %588 = shufflevector <16 x float> %569, <16 x float> %572, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %589 = shufflevector <16 x float> %551, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %590 = shufflevector <16 x float> %575, <16 x float> %578, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %591 = shufflevector <16 x float> %557, <16 x float> %560, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %592 = shufflevector <16 x float> %581, <16 x float> %584, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %593 = shufflevector <16 x float> %539, <16 x float> %542, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %594 = shufflevector <16 x float> %563, <16 x float> %566, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %595 = shufflevector <16 x float> %545, <16 x float> %548, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %596 = shufflevector <16 x float> %569, <16 x float> %572, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %597 = shufflevector <16 x float> %551, <16 x float> %554, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %598 = shufflevector <16 x float> %575, <16 x float> %578, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %599 = shufflevector <16 x float> %557, <16 x float> %560, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %600 = shufflevector <16 x float> %581, <16 x float> %584, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %601 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %602 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %603 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %604 = shufflevector <16 x float> %591, <16 x float> %592, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %605 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %606 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %607 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %608 = shufflevector <16 x float> %591, <16 x float> %592, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %609 = shufflevector <16 x float> %593, <16 x float> %594, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %610 = shufflevector <16 x float> %597, <16 x float> %598, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %611 = shufflevector <16 x float> %595, <16 x float> %596, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %612 = shufflevector <16 x float> %599, <16 x float> %600, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %613 = shufflevector <16 x float> %593, <16 x float> %594, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %614 = shufflevector <16 x float> %597, <16 x float> %598, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %615 = shufflevector <16 x float> %595, <16 x float> %596, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %616 = shufflevector <16 x float> %599, <16 x float> %600, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %617 = shufflevector <16 x float> %601, <16 x float> %602, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %618 = shufflevector <16 x float> %603, <16 x float> %604, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %619 = shufflevector <16 x float> %601, <16 x float> %602, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %620 = shufflevector <16 x float> %603, <16 x float> %604, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %621 = shufflevector <16 x float> %605, <16 x float> %606, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %622 = shufflevector <16 x float> %607, <16 x float> %608, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %623 = shufflevector <16 x float> %605, <16 x float> %606, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %624 = shufflevector <16 x float> %607, <16 x float> %608, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %625 = shufflevector <16 x float> %609, <16 x float> %610, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %626 = shufflevector <16 x float> %611, <16 x float> %612, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %627 = shufflevector <16 x float> %609, <16 x float> %610, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %628 = shufflevector <16 x float> %611, <16 x float> %612, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %629 = shufflevector <16 x float> %613, <16 x float> %614, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %630 = shufflevector <16 x float> %615, <16 x float> %616, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %631 = shufflevector <16 x float> %613, <16 x float> %614, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %632 = shufflevector <16 x float> %615, <16 x float> %616, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %633 = shufflevector <16 x float> %617, <16 x float> %618, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %634 = shl nuw nsw i64 %j2.addr.02570, 5
  %635 = or disjoint i64 %634, %i2.addr.02571
  %636 = or disjoint i64 %635, 1024
  %637 = getelementptr inbounds float, ptr %Bk, i64 %636
  store <16 x float> %633, ptr %637, align 4
  %638 = shufflevector <16 x float> %617, <16 x float> %618, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %639 = or disjoint i64 %635, 1056
  %640 = getelementptr inbounds float, ptr %Bk, i64 %639
  store <16 x float> %638, ptr %640, align 4
  %641 = shufflevector <16 x float> %619, <16 x float> %620, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %642 = or disjoint i64 %635, 1088
  %643 = getelementptr inbounds float, ptr %Bk, i64 %642
  store <16 x float> %641, ptr %643, align 4
  %644 = shufflevector <16 x float> %619, <16 x float> %620, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %645 = or disjoint i64 %635, 1120
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  store <16 x float> %644, ptr %646, align 4
  %647 = shufflevector <16 x float> %621, <16 x float> %622, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %648 = or disjoint i64 %635, 1152
  %649 = getelementptr inbounds float, ptr %Bk, i64 %648
  store <16 x float> %647, ptr %649, align 4
  %650 = shufflevector <16 x float> %621, <16 x float> %622, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %651 = or disjoint i64 %635, 1184
  %652 = getelementptr inbounds float, ptr %Bk, i64 %651
  store <16 x float> %650, ptr %652, align 4
  %653 = shufflevector <16 x float> %623, <16 x float> %624, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %654 = or disjoint i64 %635, 1216
  %655 = getelementptr inbounds float, ptr %Bk, i64 %654
  store <16 x float> %653, ptr %655, align 4
  %656 = shufflevector <16 x float> %623, <16 x float> %624, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %657 = or disjoint i64 %635, 1248
  %658 = getelementptr inbounds float, ptr %Bk, i64 %657
  store <16 x float> %656, ptr %658, align 4
  %659 = shufflevector <16 x float> %625, <16 x float> %626, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %660 = or disjoint i64 %635, 1280
  %661 = getelementptr inbounds float, ptr %Bk, i64 %660
  store <16 x float> %659, ptr %661, align 4
  %662 = shufflevector <16 x float> %625, <16 x float> %626, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %663 = or disjoint i64 %635, 1312
  %664 = getelementptr inbounds float, ptr %Bk, i64 %663
  store <16 x float> %662, ptr %664, align 4
  %665 = shufflevector <16 x float> %627, <16 x float> %628, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %666 = or disjoint i64 %635, 1344
  %667 = getelementptr inbounds float, ptr %Bk, i64 %666
  store <16 x float> %665, ptr %667, align 4
  %668 = shufflevector <16 x float> %627, <16 x float> %628, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %669 = or disjoint i64 %635, 1376
  %670 = getelementptr inbounds float, ptr %Bk, i64 %669
  store <16 x float> %668, ptr %670, align 4
  %671 = shufflevector <16 x float> %629, <16 x float> %630, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %672 = or disjoint i64 %635, 1408
  %673 = getelementptr inbounds float, ptr %Bk, i64 %672
  store <16 x float> %671, ptr %673, align 4
  %674 = shufflevector <16 x float> %629, <16 x float> %630, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %675 = or disjoint i64 %635, 1440
  %676 = getelementptr inbounds float, ptr %Bk, i64 %675
  store <16 x float> %674, ptr %676, align 4
  %677 = shufflevector <16 x float> %631, <16 x float> %632, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %678 = or disjoint i64 %635, 1472
  %679 = getelementptr inbounds float, ptr %Bk, i64 %678
  store <16 x float> %677, ptr %679, align 4
  %680 = shufflevector <16 x float> %631, <16 x float> %632, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %681 = or disjoint i64 %635, 1504
  %682 = getelementptr inbounds float, ptr %Bk, i64 %681
  store <16 x float> %680, ptr %682, align 4
  br i1 %536, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %533, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %683 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02573 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %684 = shl nuw nsw i64 %i3.addr.02573, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %685 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02572 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %686 = or disjoint i64 %j3.addr.02572, %684
  %687 = or disjoint i64 %686, 32
  %688 = getelementptr inbounds float, ptr %work, i64 %687
  %689 = load <16 x float>, ptr %688, align 4
  %690 = or disjoint i64 %686, 544
  %691 = getelementptr inbounds float, ptr %work, i64 %690
  %692 = load <16 x float>, ptr %691, align 4
  %693 = or disjoint i64 %686, 96
  %694 = getelementptr inbounds float, ptr %work, i64 %693
  %695 = load <16 x float>, ptr %694, align 4
  %696 = or disjoint i64 %686, 608
  %697 = getelementptr inbounds float, ptr %work, i64 %696
  %698 = load <16 x float>, ptr %697, align 4
  %699 = or disjoint i64 %686, 160
  %700 = getelementptr inbounds float, ptr %work, i64 %699
  %701 = load <16 x float>, ptr %700, align 4
  %702 = or disjoint i64 %686, 672
  %703 = getelementptr inbounds float, ptr %work, i64 %702
  %704 = load <16 x float>, ptr %703, align 4
  %705 = or disjoint i64 %686, 224
  %706 = getelementptr inbounds float, ptr %work, i64 %705
  %707 = load <16 x float>, ptr %706, align 4
  %708 = or disjoint i64 %686, 736
  %709 = getelementptr inbounds float, ptr %work, i64 %708
  %710 = load <16 x float>, ptr %709, align 4
  %711 = or disjoint i64 %686, 288
  %712 = getelementptr inbounds float, ptr %work, i64 %711
  %713 = load <16 x float>, ptr %712, align 4
  %714 = or disjoint i64 %686, 800
  %715 = getelementptr inbounds float, ptr %work, i64 %714
  %716 = load <16 x float>, ptr %715, align 4
  %717 = or disjoint i64 %686, 352
  %718 = getelementptr inbounds float, ptr %work, i64 %717
  %719 = load <16 x float>, ptr %718, align 4
  %720 = or disjoint i64 %686, 864
  %721 = getelementptr inbounds float, ptr %work, i64 %720
  %722 = load <16 x float>, ptr %721, align 4
  %723 = or disjoint i64 %686, 416
  %724 = getelementptr inbounds float, ptr %work, i64 %723
  %725 = load <16 x float>, ptr %724, align 4
  %726 = or disjoint i64 %686, 928
  %727 = getelementptr inbounds float, ptr %work, i64 %726
  %728 = load <16 x float>, ptr %727, align 4
  %729 = or disjoint i64 %686, 480
  %730 = getelementptr inbounds float, ptr %work, i64 %729
  %731 = load <16 x float>, ptr %730, align 4
  %732 = or disjoint i64 %686, 992
  %733 = getelementptr inbounds float, ptr %work, i64 %732
  %734 = load <16 x float>, ptr %733, align 4
  %735 = shufflevector <16 x float> %689, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %736 = shufflevector <16 x float> %713, <16 x float> %716, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %737 = shufflevector <16 x float> %695, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %738 = shufflevector <16 x float> %719, <16 x float> %722, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %739 = shufflevector <16 x float> %701, <16 x float> %704, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %740 = shufflevector <16 x float> %725, <16 x float> %728, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %741 = shufflevector <16 x float> %707, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %742 = shufflevector <16 x float> %731, <16 x float> %734, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %743 = shufflevector <16 x float> %689, <16 x float> %692, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %744 = shufflevector <16 x float> %713, <16 x float> %716, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %745 = shufflevector <16 x float> %695, <16 x float> %698, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %746 = shufflevector <16 x float> %719, <16 x float> %722, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %747 = shufflevector <16 x float> %701, <16 x float> %704, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %748 = shufflevector <16 x float> %725, <16 x float> %728, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %749 = shufflevector <16 x float> %707, <16 x float> %710, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %750 = shufflevector <16 x float> %731, <16 x float> %734, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
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
  %784 = shl nuw nsw i64 %j3.addr.02572, 5
  %785 = or disjoint i64 %784, %i3.addr.02573
  %786 = getelementptr inbounds float, ptr %Bk, i64 %785
  store <16 x float> %783, ptr %786, align 4
  %787 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %788 = or disjoint i64 %785, 32
  %789 = getelementptr inbounds float, ptr %Bk, i64 %788
  store <16 x float> %787, ptr %789, align 4
  %790 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %791 = or disjoint i64 %785, 64
  %792 = getelementptr inbounds float, ptr %Bk, i64 %791
  store <16 x float> %790, ptr %792, align 4
  %793 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %794 = or disjoint i64 %785, 96
  %795 = getelementptr inbounds float, ptr %Bk, i64 %794
  store <16 x float> %793, ptr %795, align 4
  %796 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %797 = or disjoint i64 %785, 128
  %798 = getelementptr inbounds float, ptr %Bk, i64 %797
  store <16 x float> %796, ptr %798, align 4
  %799 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %800 = or disjoint i64 %785, 160
  %801 = getelementptr inbounds float, ptr %Bk, i64 %800
  store <16 x float> %799, ptr %801, align 4
  %802 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %803 = or disjoint i64 %785, 192
  %804 = getelementptr inbounds float, ptr %Bk, i64 %803
  store <16 x float> %802, ptr %804, align 4
  %805 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %806 = or disjoint i64 %785, 224
  %807 = getelementptr inbounds float, ptr %Bk, i64 %806
  store <16 x float> %805, ptr %807, align 4
  %808 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %809 = or disjoint i64 %785, 256
  %810 = getelementptr inbounds float, ptr %Bk, i64 %809
  store <16 x float> %808, ptr %810, align 4
  %811 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %812 = or disjoint i64 %785, 288
  %813 = getelementptr inbounds float, ptr %Bk, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %815 = or disjoint i64 %785, 320
  %816 = getelementptr inbounds float, ptr %Bk, i64 %815
  store <16 x float> %814, ptr %816, align 4
  %817 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %818 = or disjoint i64 %785, 352
  %819 = getelementptr inbounds float, ptr %Bk, i64 %818
  store <16 x float> %817, ptr %819, align 4
  %820 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %821 = or disjoint i64 %785, 384
  %822 = getelementptr inbounds float, ptr %Bk, i64 %821
  store <16 x float> %820, ptr %822, align 4
  %823 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %824 = or disjoint i64 %785, 416
  %825 = getelementptr inbounds float, ptr %Bk, i64 %824
  store <16 x float> %823, ptr %825, align 4
  %826 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %827 = or disjoint i64 %785, 448
  %828 = getelementptr inbounds float, ptr %Bk, i64 %827
  store <16 x float> %826, ptr %828, align 4
  %829 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %830 = or disjoint i64 %785, 480
  %831 = getelementptr inbounds float, ptr %Bk, i64 %830
  store <16 x float> %829, ptr %831, align 4
  br i1 %685, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %683, label %j3.head.preheader, label %t1.head.preheader.peel.next3013

t1.head.preheader.peel.next3013:                  ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %20, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %24, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %25, align 4
  br label %t1.head.preheader

t1.head.preheader:                                ; preds = %t1.head.preheader, %t1.head.preheader.peel.next3013
  %s6.addr.02575 = phi i64 [ 2, %t1.head.preheader.peel.next3013 ], [ %s6.next.1, %t1.head.preheader ]
  %.idx2827 = shl nsw i64 %s6.addr.02575, 6
  %832 = getelementptr inbounds i8, ptr %M, i64 %.idx2827
  store <2 x float> zeroinitializer, ptr %832, align 4
  %833 = insertelement <8 x i64> poison, i64 %s6.addr.02575, i64 0
  %834 = shufflevector <8 x i64> %833, <8 x i64> poison, <8 x i32> zeroinitializer
  %835 = icmp ugt <8 x i64> %834, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %836 = getelementptr inbounds i8, ptr %19, i64 %.idx2827
  %837 = select <8 x i1> %835, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %837, ptr %836, align 4
  %838 = insertelement <4 x i64> poison, i64 %s6.addr.02575, i64 0
  %839 = shufflevector <4 x i64> %838, <4 x i64> poison, <4 x i32> zeroinitializer
  %840 = icmp ugt <4 x i64> %839, <i64 10, i64 11, i64 12, i64 13>
  %841 = getelementptr inbounds i8, ptr %21, i64 %.idx2827
  %842 = select <4 x i1> %840, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %842, ptr %841, align 4
  %843 = getelementptr inbounds i8, ptr %22, i64 %.idx2827
  store float 1.000000e+00, ptr %843, align 4
  %844 = getelementptr inbounds i8, ptr %23, i64 %.idx2827
  store float 1.000000e+00, ptr %844, align 4
  %s6.next = or disjoint i64 %s6.addr.02575, 1
  %.idx2827.1 = shl nsw i64 %s6.next, 6
  %845 = getelementptr inbounds i8, ptr %M, i64 %.idx2827.1
  store <2 x float> zeroinitializer, ptr %845, align 4
  %846 = insertelement <8 x i64> poison, i64 %s6.next, i64 0
  %847 = shufflevector <8 x i64> %846, <8 x i64> poison, <8 x i32> zeroinitializer
  %848 = icmp ugt <8 x i64> %847, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %849 = getelementptr inbounds i8, ptr %19, i64 %.idx2827.1
  %850 = select <8 x i1> %848, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %850, ptr %849, align 4
  %851 = insertelement <4 x i64> poison, i64 %s6.next, i64 0
  %852 = shufflevector <4 x i64> %851, <4 x i64> poison, <4 x i32> zeroinitializer
  %853 = icmp ugt <4 x i64> %852, <i64 10, i64 11, i64 12, i64 13>
  %854 = getelementptr inbounds i8, ptr %21, i64 %.idx2827.1
  %855 = select <4 x i1> %853, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %855, ptr %854, align 4
  %.not.14.1 = icmp ugt i64 %s6.addr.02575, 13
  %856 = select i1 %.not.14.1, float 0.000000e+00, float 1.000000e+00
  %857 = getelementptr inbounds i8, ptr %22, i64 %.idx2827.1
  store float %856, ptr %857, align 4
  %858 = getelementptr inbounds i8, ptr %23, i64 %.idx2827.1
  store float 1.000000e+00, ptr %858, align 4
  %s6.next.1 = add nuw nsw i64 %s6.addr.02575, 2
  %exitcond3012.not.1 = icmp eq i64 %s6.next.1, 16
  br i1 %exitcond3012.not.1, label %t2.body.preheader, label %t1.head.preheader, !llvm.loop !0

t2.body.preheader:                                ; preds = %t1.head.preheader
  %859 = getelementptr i8, ptr %486, i64 %487
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02586 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %860 = shl nsw i64 %t2.addr.02586, 7
  %gep3290 = getelementptr i8, ptr %invariant.gep3289, i64 %860
  %861 = icmp sgt i64 %491, %t2.addr.02586
  br i1 %861, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t2.body
  %gep3292 = getelementptr i8, ptr %invariant.gep3291, i64 %860
  %gep3294 = getelementptr i8, ptr %invariant.gep3293, i64 %860
  %gep3296 = getelementptr i8, ptr %invariant.gep3295, i64 %860
  %gep3298 = getelementptr i8, ptr %invariant.gep3297, i64 %860
  %gep3300 = getelementptr i8, ptr %invariant.gep3299, i64 %860
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3292, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3294, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3290, i8 0, i64 128, i1 false)
  %862 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02586
  store float 0.000000e+00, ptr %862, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3296, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3298, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3300, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %863 = mul i64 %15, %t2.addr.02586
  %scevgep3057 = getelementptr i8, ptr %859, i64 %863
  %864 = add nuw nsw i64 %t2.addr.02586, %t0
  %865 = shl nuw nsw i64 %t2.addr.02586, 5
  %.idx2834 = shl i64 %864, 7
  %866 = getelementptr i8, ptr %invariant.gep2818, i64 %.idx2834
  %867 = load <16 x float>, ptr %866, align 4
  %868 = fmul <16 x float> %867, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %869 = or disjoint i64 %865, 2048
  %870 = getelementptr inbounds float, ptr %Bk, i64 %869
  store <16 x float> %868, ptr %870, align 4
  %871 = getelementptr inbounds float, ptr %QK, i64 %865
  store <16 x float> %868, ptr %871, align 4
  %872 = getelementptr i8, ptr %26, i64 %.idx2834
  %873 = load <16 x float>, ptr %872, align 4
  %874 = fmul <16 x float> %873, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %875 = or disjoint i64 %865, 16
  %876 = or i64 %865, 2064
  %877 = getelementptr inbounds float, ptr %Bk, i64 %876
  store <16 x float> %874, ptr %877, align 4
  %878 = getelementptr inbounds float, ptr %QK, i64 %875
  store <16 x float> %874, ptr %878, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3290, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3057, i64 128, i1 false)
  %tau = or disjoint i64 %t2.addr.02586, %t0
  %879 = mul nsw i64 %tau, %H
  %880 = getelementptr inbounds float, ptr %betah, i64 %879
  %881 = load float, ptr %880, align 4
  %882 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02586
  store float %881, ptr %882, align 4
  %.idx2836 = shl i64 %tau, 7
  %883 = getelementptr i8, ptr %gep2811, i64 %.idx2836
  %884 = load <16 x float>, ptr %883, align 4
  %885 = or disjoint i64 %865, 2560
  %886 = getelementptr inbounds float, ptr %Bk, i64 %885
  store <16 x float> %884, ptr %886, align 4
  %887 = fneg <16 x float> %884
  %888 = or disjoint i64 %865, 512
  %889 = getelementptr inbounds float, ptr %QK, i64 %888
  store <16 x float> %887, ptr %889, align 4
  %890 = getelementptr i8, ptr %27, i64 %.idx2836
  %891 = load <16 x float>, ptr %890, align 4
  %892 = or i64 %865, 2576
  %893 = getelementptr inbounds float, ptr %Bk, i64 %892
  store <16 x float> %891, ptr %893, align 4
  %894 = fneg <16 x float> %891
  %895 = or i64 %865, 528
  %896 = getelementptr inbounds float, ptr %QK, i64 %895
  store <16 x float> %894, ptr %896, align 4
  %897 = getelementptr i8, ptr %gep2813, i64 %.idx2836
  %898 = load <16 x float>, ptr %897, align 4
  %899 = getelementptr inbounds i8, ptr %Rr, i64 %860
  store <16 x float> %898, ptr %899, align 4
  %900 = getelementptr i8, ptr %28, i64 %.idx2836
  %901 = load <16 x float>, ptr %900, align 4
  %902 = getelementptr inbounds i8, ptr %29, i64 %860
  store <16 x float> %901, ptr %902, align 4
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02586, 1
  %exitcond3061.not = icmp eq i64 %t2.next, 16
  br i1 %exitcond3061.not, label %j12.body, label %t2.body

j12.body:                                         ; preds = %endif, %j12.body
  %903 = phi i1 [ false, %j12.body ], [ true, %endif ]
  %j12.addr.02587 = phi i64 [ 16, %j12.body ], [ 0, %endif ]
  %904 = or disjoint i64 %j12.addr.02587, 2560
  %905 = getelementptr inbounds float, ptr %Bk, i64 %904
  %906 = load <16 x float>, ptr %905, align 4
  %907 = or disjoint i64 %j12.addr.02587, 2816
  %908 = getelementptr inbounds float, ptr %Bk, i64 %907
  %909 = load <16 x float>, ptr %908, align 4
  %910 = or disjoint i64 %j12.addr.02587, 2592
  %911 = getelementptr inbounds float, ptr %Bk, i64 %910
  %912 = load <16 x float>, ptr %911, align 4
  %913 = or disjoint i64 %j12.addr.02587, 2848
  %914 = getelementptr inbounds float, ptr %Bk, i64 %913
  %915 = load <16 x float>, ptr %914, align 4
  %916 = or disjoint i64 %j12.addr.02587, 2624
  %917 = getelementptr inbounds float, ptr %Bk, i64 %916
  %918 = load <16 x float>, ptr %917, align 4
  %919 = or disjoint i64 %j12.addr.02587, 2880
  %920 = getelementptr inbounds float, ptr %Bk, i64 %919
  %921 = load <16 x float>, ptr %920, align 4
  %922 = or disjoint i64 %j12.addr.02587, 2656
  %923 = getelementptr inbounds float, ptr %Bk, i64 %922
  %924 = load <16 x float>, ptr %923, align 4
  %925 = or disjoint i64 %j12.addr.02587, 2912
  %926 = getelementptr inbounds float, ptr %Bk, i64 %925
  %927 = load <16 x float>, ptr %926, align 4
  %928 = or disjoint i64 %j12.addr.02587, 2688
  %929 = getelementptr inbounds float, ptr %Bk, i64 %928
  %930 = load <16 x float>, ptr %929, align 4
  %931 = or disjoint i64 %j12.addr.02587, 2944
  %932 = getelementptr inbounds float, ptr %Bk, i64 %931
  %933 = load <16 x float>, ptr %932, align 4
  %934 = or disjoint i64 %j12.addr.02587, 2720
  %935 = getelementptr inbounds float, ptr %Bk, i64 %934
  %936 = load <16 x float>, ptr %935, align 4
  %937 = or disjoint i64 %j12.addr.02587, 2976
  %938 = getelementptr inbounds float, ptr %Bk, i64 %937
  %939 = load <16 x float>, ptr %938, align 4
  %940 = or disjoint i64 %j12.addr.02587, 2752
  %941 = getelementptr inbounds float, ptr %Bk, i64 %940
  %942 = load <16 x float>, ptr %941, align 4
  %943 = or disjoint i64 %j12.addr.02587, 3008
  %944 = getelementptr inbounds float, ptr %Bk, i64 %943
  %945 = load <16 x float>, ptr %944, align 4
  %946 = or disjoint i64 %j12.addr.02587, 2784
  %947 = getelementptr inbounds float, ptr %Bk, i64 %946
  %948 = load <16 x float>, ptr %947, align 4
  %949 = or disjoint i64 %j12.addr.02587, 3040
  %950 = getelementptr inbounds float, ptr %Bk, i64 %949
  %951 = load <16 x float>, ptr %950, align 4
  %952 = shufflevector <16 x float> %906, <16 x float> %909, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %953 = shufflevector <16 x float> %930, <16 x float> %933, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %954 = shufflevector <16 x float> %912, <16 x float> %915, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %955 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %956 = shufflevector <16 x float> %918, <16 x float> %921, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %957 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %958 = shufflevector <16 x float> %924, <16 x float> %927, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %959 = shufflevector <16 x float> %948, <16 x float> %951, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %960 = shufflevector <16 x float> %906, <16 x float> %909, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %961 = shufflevector <16 x float> %930, <16 x float> %933, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %962 = shufflevector <16 x float> %912, <16 x float> %915, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %963 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %964 = shufflevector <16 x float> %918, <16 x float> %921, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %965 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %966 = shufflevector <16 x float> %924, <16 x float> %927, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %967 = shufflevector <16 x float> %948, <16 x float> %951, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %968 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %969 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %970 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %971 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %972 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %973 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %974 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %975 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %976 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %977 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %978 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %979 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %980 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %981 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %982 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %983 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %984 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %985 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %986 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %987 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %988 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %989 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %990 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %991 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %992 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %993 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %994 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %995 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %996 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %997 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %998 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %999 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1000 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2548 = shl nuw nsw i64 %j12.addr.02587, 6
  %1001 = getelementptr inbounds i8, ptr %KT, i64 %.idx2548
  store <16 x float> %1000, ptr %1001, align 4
  %1002 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1003 = shl nuw nsw i64 %j12.addr.02587, 4
  %1004 = or disjoint i64 %1003, 16
  %1005 = getelementptr inbounds float, ptr %KT, i64 %1004
  store <16 x float> %1002, ptr %1005, align 4
  %1006 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1007 = or disjoint i64 %1003, 32
  %1008 = getelementptr inbounds float, ptr %KT, i64 %1007
  store <16 x float> %1006, ptr %1008, align 4
  %1009 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1010 = or disjoint i64 %1003, 48
  %1011 = getelementptr inbounds float, ptr %KT, i64 %1010
  store <16 x float> %1009, ptr %1011, align 4
  %1012 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1013 = or disjoint i64 %1003, 64
  %1014 = getelementptr inbounds float, ptr %KT, i64 %1013
  store <16 x float> %1012, ptr %1014, align 4
  %1015 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1016 = or disjoint i64 %1003, 80
  %1017 = getelementptr inbounds float, ptr %KT, i64 %1016
  store <16 x float> %1015, ptr %1017, align 4
  %1018 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1019 = or disjoint i64 %1003, 96
  %1020 = getelementptr inbounds float, ptr %KT, i64 %1019
  store <16 x float> %1018, ptr %1020, align 4
  %1021 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1022 = or disjoint i64 %1003, 112
  %1023 = getelementptr inbounds float, ptr %KT, i64 %1022
  store <16 x float> %1021, ptr %1023, align 4
  %1024 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1025 = or disjoint i64 %1003, 128
  %1026 = getelementptr inbounds float, ptr %KT, i64 %1025
  store <16 x float> %1024, ptr %1026, align 4
  %1027 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1028 = or disjoint i64 %1003, 144
  %1029 = getelementptr inbounds float, ptr %KT, i64 %1028
  store <16 x float> %1027, ptr %1029, align 4
  %1030 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1031 = or disjoint i64 %1003, 160
  %1032 = getelementptr inbounds float, ptr %KT, i64 %1031
  store <16 x float> %1030, ptr %1032, align 4
  %1033 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1034 = or disjoint i64 %1003, 176
  %1035 = getelementptr inbounds float, ptr %KT, i64 %1034
  store <16 x float> %1033, ptr %1035, align 4
  %1036 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1037 = or disjoint i64 %1003, 192
  %1038 = getelementptr inbounds float, ptr %KT, i64 %1037
  store <16 x float> %1036, ptr %1038, align 4
  %1039 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1040 = or disjoint i64 %1003, 208
  %1041 = getelementptr inbounds float, ptr %KT, i64 %1040
  store <16 x float> %1039, ptr %1041, align 4
  %1042 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1043 = or disjoint i64 %1003, 224
  %1044 = getelementptr inbounds float, ptr %KT, i64 %1043
  store <16 x float> %1042, ptr %1044, align 4
  %1045 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1046 = or disjoint i64 %1003, 240
  %1047 = getelementptr inbounds float, ptr %KT, i64 %1046
  store <16 x float> %1045, ptr %1047, align 4
  br i1 %903, label %j12.body, label %j13.body

j13.body:                                         ; preds = %j12.body, %j13.body
  %1048 = phi i1 [ false, %j13.body ], [ true, %j12.body ]
  %j13.addr.02588 = phi i64 [ 16, %j13.body ], [ 0, %j12.body ]
  %1049 = or disjoint i64 %j13.addr.02588, 2048
  %1050 = getelementptr inbounds float, ptr %Bk, i64 %1049
  %1051 = load <16 x float>, ptr %1050, align 4
  %1052 = or disjoint i64 %j13.addr.02588, 2304
  %1053 = getelementptr inbounds float, ptr %Bk, i64 %1052
  %1054 = load <16 x float>, ptr %1053, align 4
  %1055 = or disjoint i64 %j13.addr.02588, 2080
  %1056 = getelementptr inbounds float, ptr %Bk, i64 %1055
  %1057 = load <16 x float>, ptr %1056, align 4
  %1058 = or disjoint i64 %j13.addr.02588, 2336
  %1059 = getelementptr inbounds float, ptr %Bk, i64 %1058
  %1060 = load <16 x float>, ptr %1059, align 4
  %1061 = or disjoint i64 %j13.addr.02588, 2112
  %1062 = getelementptr inbounds float, ptr %Bk, i64 %1061
  %1063 = load <16 x float>, ptr %1062, align 4
  %1064 = or disjoint i64 %j13.addr.02588, 2368
  %1065 = getelementptr inbounds float, ptr %Bk, i64 %1064
  %1066 = load <16 x float>, ptr %1065, align 4
  %1067 = or disjoint i64 %j13.addr.02588, 2144
  %1068 = getelementptr inbounds float, ptr %Bk, i64 %1067
  %1069 = load <16 x float>, ptr %1068, align 4
  %1070 = or disjoint i64 %j13.addr.02588, 2400
  %1071 = getelementptr inbounds float, ptr %Bk, i64 %1070
  %1072 = load <16 x float>, ptr %1071, align 4
  %1073 = or disjoint i64 %j13.addr.02588, 2176
  %1074 = getelementptr inbounds float, ptr %Bk, i64 %1073
  %1075 = load <16 x float>, ptr %1074, align 4
  %1076 = or disjoint i64 %j13.addr.02588, 2432
  %1077 = getelementptr inbounds float, ptr %Bk, i64 %1076
  %1078 = load <16 x float>, ptr %1077, align 4
  %1079 = or disjoint i64 %j13.addr.02588, 2208
  %1080 = getelementptr inbounds float, ptr %Bk, i64 %1079
  %1081 = load <16 x float>, ptr %1080, align 4
  %1082 = or disjoint i64 %j13.addr.02588, 2464
  %1083 = getelementptr inbounds float, ptr %Bk, i64 %1082
  %1084 = load <16 x float>, ptr %1083, align 4
  %1085 = or disjoint i64 %j13.addr.02588, 2240
  %1086 = getelementptr inbounds float, ptr %Bk, i64 %1085
  %1087 = load <16 x float>, ptr %1086, align 4
  %1088 = or disjoint i64 %j13.addr.02588, 2496
  %1089 = getelementptr inbounds float, ptr %Bk, i64 %1088
  %1090 = load <16 x float>, ptr %1089, align 4
  %1091 = or disjoint i64 %j13.addr.02588, 2272
  %1092 = getelementptr inbounds float, ptr %Bk, i64 %1091
  %1093 = load <16 x float>, ptr %1092, align 4
  %1094 = or disjoint i64 %j13.addr.02588, 2528
  %1095 = getelementptr inbounds float, ptr %Bk, i64 %1094
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = shufflevector <16 x float> %1051, <16 x float> %1054, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1098 = shufflevector <16 x float> %1075, <16 x float> %1078, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1099 = shufflevector <16 x float> %1057, <16 x float> %1060, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1100 = shufflevector <16 x float> %1081, <16 x float> %1084, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1101 = shufflevector <16 x float> %1063, <16 x float> %1066, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1102 = shufflevector <16 x float> %1087, <16 x float> %1090, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1103 = shufflevector <16 x float> %1069, <16 x float> %1072, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1104 = shufflevector <16 x float> %1093, <16 x float> %1096, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1105 = shufflevector <16 x float> %1051, <16 x float> %1054, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1106 = shufflevector <16 x float> %1075, <16 x float> %1078, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1107 = shufflevector <16 x float> %1057, <16 x float> %1060, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1108 = shufflevector <16 x float> %1081, <16 x float> %1084, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1109 = shufflevector <16 x float> %1063, <16 x float> %1066, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1110 = shufflevector <16 x float> %1087, <16 x float> %1090, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1111 = shufflevector <16 x float> %1069, <16 x float> %1072, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1112 = shufflevector <16 x float> %1093, <16 x float> %1096, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1113 = shufflevector <16 x float> %1097, <16 x float> %1098, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1114 = shufflevector <16 x float> %1101, <16 x float> %1102, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1115 = shufflevector <16 x float> %1099, <16 x float> %1100, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1116 = shufflevector <16 x float> %1103, <16 x float> %1104, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1117 = shufflevector <16 x float> %1097, <16 x float> %1098, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1118 = shufflevector <16 x float> %1101, <16 x float> %1102, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1119 = shufflevector <16 x float> %1099, <16 x float> %1100, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1120 = shufflevector <16 x float> %1103, <16 x float> %1104, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1121 = shufflevector <16 x float> %1105, <16 x float> %1106, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1122 = shufflevector <16 x float> %1109, <16 x float> %1110, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1123 = shufflevector <16 x float> %1107, <16 x float> %1108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1124 = shufflevector <16 x float> %1111, <16 x float> %1112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1125 = shufflevector <16 x float> %1105, <16 x float> %1106, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1126 = shufflevector <16 x float> %1109, <16 x float> %1110, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1127 = shufflevector <16 x float> %1107, <16 x float> %1108, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1128 = shufflevector <16 x float> %1111, <16 x float> %1112, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1129 = shufflevector <16 x float> %1113, <16 x float> %1114, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1130 = shufflevector <16 x float> %1115, <16 x float> %1116, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1131 = shufflevector <16 x float> %1113, <16 x float> %1114, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1132 = shufflevector <16 x float> %1115, <16 x float> %1116, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1133 = shufflevector <16 x float> %1117, <16 x float> %1118, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1134 = shufflevector <16 x float> %1119, <16 x float> %1120, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1135 = shufflevector <16 x float> %1117, <16 x float> %1118, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1136 = shufflevector <16 x float> %1119, <16 x float> %1120, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1137 = shufflevector <16 x float> %1121, <16 x float> %1122, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1138 = shufflevector <16 x float> %1123, <16 x float> %1124, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1139 = shufflevector <16 x float> %1121, <16 x float> %1122, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1140 = shufflevector <16 x float> %1123, <16 x float> %1124, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1141 = shufflevector <16 x float> %1125, <16 x float> %1126, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1142 = shufflevector <16 x float> %1127, <16 x float> %1128, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1143 = shufflevector <16 x float> %1125, <16 x float> %1126, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1144 = shufflevector <16 x float> %1127, <16 x float> %1128, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1145 = shufflevector <16 x float> %1129, <16 x float> %1130, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2547 = shl nuw nsw i64 %j13.addr.02588, 6
  %1146 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2547
  store <16 x float> %1145, ptr %1146, align 4
  %1147 = shufflevector <16 x float> %1129, <16 x float> %1130, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1148 = shl nuw nsw i64 %j13.addr.02588, 4
  %1149 = or disjoint i64 %1148, 16
  %1150 = getelementptr inbounds float, ptr %QcT, i64 %1149
  store <16 x float> %1147, ptr %1150, align 4
  %1151 = shufflevector <16 x float> %1131, <16 x float> %1132, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1152 = or disjoint i64 %1148, 32
  %1153 = getelementptr inbounds float, ptr %QcT, i64 %1152
  store <16 x float> %1151, ptr %1153, align 4
  %1154 = shufflevector <16 x float> %1131, <16 x float> %1132, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1155 = or disjoint i64 %1148, 48
  %1156 = getelementptr inbounds float, ptr %QcT, i64 %1155
  store <16 x float> %1154, ptr %1156, align 4
  %1157 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1158 = or disjoint i64 %1148, 64
  %1159 = getelementptr inbounds float, ptr %QcT, i64 %1158
  store <16 x float> %1157, ptr %1159, align 4
  %1160 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1161 = or disjoint i64 %1148, 80
  %1162 = getelementptr inbounds float, ptr %QcT, i64 %1161
  store <16 x float> %1160, ptr %1162, align 4
  %1163 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1164 = or disjoint i64 %1148, 96
  %1165 = getelementptr inbounds float, ptr %QcT, i64 %1164
  store <16 x float> %1163, ptr %1165, align 4
  %1166 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1167 = or disjoint i64 %1148, 112
  %1168 = getelementptr inbounds float, ptr %QcT, i64 %1167
  store <16 x float> %1166, ptr %1168, align 4
  %1169 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1170 = or disjoint i64 %1148, 128
  %1171 = getelementptr inbounds float, ptr %QcT, i64 %1170
  store <16 x float> %1169, ptr %1171, align 4
  %1172 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1173 = or disjoint i64 %1148, 144
  %1174 = getelementptr inbounds float, ptr %QcT, i64 %1173
  store <16 x float> %1172, ptr %1174, align 4
  %1175 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1176 = or disjoint i64 %1148, 160
  %1177 = getelementptr inbounds float, ptr %QcT, i64 %1176
  store <16 x float> %1175, ptr %1177, align 4
  %1178 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1179 = or disjoint i64 %1148, 176
  %1180 = getelementptr inbounds float, ptr %QcT, i64 %1179
  store <16 x float> %1178, ptr %1180, align 4
  %1181 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1182 = or disjoint i64 %1148, 192
  %1183 = getelementptr inbounds float, ptr %QcT, i64 %1182
  store <16 x float> %1181, ptr %1183, align 4
  %1184 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1185 = or disjoint i64 %1148, 208
  %1186 = getelementptr inbounds float, ptr %QcT, i64 %1185
  store <16 x float> %1184, ptr %1186, align 4
  %1187 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1188 = or disjoint i64 %1148, 224
  %1189 = getelementptr inbounds float, ptr %QcT, i64 %1188
  store <16 x float> %1187, ptr %1189, align 4
  %1190 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1191 = or disjoint i64 %1148, 240
  %1192 = getelementptr inbounds float, ptr %QcT, i64 %1191
  store <16 x float> %1190, ptr %1192, align 4
  br i1 %1048, label %j13.body, label %j14.body

j14.body:                                         ; preds = %j13.body, %j14.body
  %1193 = phi i1 [ false, %j14.body ], [ true, %j13.body ]
  %j14.addr.02589 = phi i64 [ 16, %j14.body ], [ 0, %j13.body ]
  %1194 = getelementptr inbounds float, ptr %OY, i64 %j14.addr.02589
  %1195 = load <16 x float>, ptr %1194, align 4
  %1196 = or disjoint i64 %j14.addr.02589, 256
  %1197 = getelementptr inbounds float, ptr %OY, i64 %1196
  %1198 = load <16 x float>, ptr %1197, align 4
  %1199 = or disjoint i64 %j14.addr.02589, 32
  %1200 = getelementptr inbounds float, ptr %OY, i64 %1199
  %1201 = load <16 x float>, ptr %1200, align 4
  %1202 = or disjoint i64 %j14.addr.02589, 288
  %1203 = getelementptr inbounds float, ptr %OY, i64 %1202
  %1204 = load <16 x float>, ptr %1203, align 4
  %1205 = or disjoint i64 %j14.addr.02589, 64
  %1206 = getelementptr inbounds float, ptr %OY, i64 %1205
  %1207 = load <16 x float>, ptr %1206, align 4
  %1208 = or disjoint i64 %j14.addr.02589, 320
  %1209 = getelementptr inbounds float, ptr %OY, i64 %1208
  %1210 = load <16 x float>, ptr %1209, align 4
  %1211 = or disjoint i64 %j14.addr.02589, 96
  %1212 = getelementptr inbounds float, ptr %OY, i64 %1211
  %1213 = load <16 x float>, ptr %1212, align 4
  %1214 = or disjoint i64 %j14.addr.02589, 352
  %1215 = getelementptr inbounds float, ptr %OY, i64 %1214
  %1216 = load <16 x float>, ptr %1215, align 4
  %1217 = or disjoint i64 %j14.addr.02589, 128
  %1218 = getelementptr inbounds float, ptr %OY, i64 %1217
  %1219 = load <16 x float>, ptr %1218, align 4
  %1220 = or disjoint i64 %j14.addr.02589, 384
  %1221 = getelementptr inbounds float, ptr %OY, i64 %1220
  %1222 = load <16 x float>, ptr %1221, align 4
  %1223 = or disjoint i64 %j14.addr.02589, 160
  %1224 = getelementptr inbounds float, ptr %OY, i64 %1223
  %1225 = load <16 x float>, ptr %1224, align 4
  %1226 = or disjoint i64 %j14.addr.02589, 416
  %1227 = getelementptr inbounds float, ptr %OY, i64 %1226
  %1228 = load <16 x float>, ptr %1227, align 4
  %1229 = or disjoint i64 %j14.addr.02589, 192
  %1230 = getelementptr inbounds float, ptr %OY, i64 %1229
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = or disjoint i64 %j14.addr.02589, 448
  %1233 = getelementptr inbounds float, ptr %OY, i64 %1232
  %1234 = load <16 x float>, ptr %1233, align 4
  %1235 = or disjoint i64 %j14.addr.02589, 224
  %1236 = getelementptr inbounds float, ptr %OY, i64 %1235
  %1237 = load <16 x float>, ptr %1236, align 4
  %1238 = or disjoint i64 %j14.addr.02589, 480
  %1239 = getelementptr inbounds float, ptr %OY, i64 %1238
  %1240 = load <16 x float>, ptr %1239, align 4
  %1241 = shufflevector <16 x float> %1195, <16 x float> %1198, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1242 = shufflevector <16 x float> %1219, <16 x float> %1222, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1243 = shufflevector <16 x float> %1201, <16 x float> %1204, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1244 = shufflevector <16 x float> %1225, <16 x float> %1228, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1245 = shufflevector <16 x float> %1207, <16 x float> %1210, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1246 = shufflevector <16 x float> %1231, <16 x float> %1234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1247 = shufflevector <16 x float> %1213, <16 x float> %1216, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1248 = shufflevector <16 x float> %1237, <16 x float> %1240, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1249 = shufflevector <16 x float> %1195, <16 x float> %1198, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1250 = shufflevector <16 x float> %1219, <16 x float> %1222, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1251 = shufflevector <16 x float> %1201, <16 x float> %1204, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1252 = shufflevector <16 x float> %1225, <16 x float> %1228, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1253 = shufflevector <16 x float> %1207, <16 x float> %1210, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1254 = shufflevector <16 x float> %1231, <16 x float> %1234, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1255 = shufflevector <16 x float> %1213, <16 x float> %1216, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1256 = shufflevector <16 x float> %1237, <16 x float> %1240, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1257 = shufflevector <16 x float> %1241, <16 x float> %1242, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1258 = shufflevector <16 x float> %1245, <16 x float> %1246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1259 = shufflevector <16 x float> %1243, <16 x float> %1244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1260 = shufflevector <16 x float> %1247, <16 x float> %1248, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1261 = shufflevector <16 x float> %1241, <16 x float> %1242, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1262 = shufflevector <16 x float> %1245, <16 x float> %1246, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1263 = shufflevector <16 x float> %1243, <16 x float> %1244, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1264 = shufflevector <16 x float> %1247, <16 x float> %1248, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1265 = shufflevector <16 x float> %1249, <16 x float> %1250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1266 = shufflevector <16 x float> %1253, <16 x float> %1254, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1267 = shufflevector <16 x float> %1251, <16 x float> %1252, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1268 = shufflevector <16 x float> %1255, <16 x float> %1256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1269 = shufflevector <16 x float> %1249, <16 x float> %1250, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1270 = shufflevector <16 x float> %1253, <16 x float> %1254, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1271 = shufflevector <16 x float> %1251, <16 x float> %1252, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1272 = shufflevector <16 x float> %1255, <16 x float> %1256, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1273 = shufflevector <16 x float> %1257, <16 x float> %1258, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1274 = shufflevector <16 x float> %1259, <16 x float> %1260, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1275 = shufflevector <16 x float> %1257, <16 x float> %1258, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1276 = shufflevector <16 x float> %1259, <16 x float> %1260, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1277 = shufflevector <16 x float> %1261, <16 x float> %1262, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1278 = shufflevector <16 x float> %1263, <16 x float> %1264, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1279 = shufflevector <16 x float> %1261, <16 x float> %1262, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1280 = shufflevector <16 x float> %1263, <16 x float> %1264, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1281 = shufflevector <16 x float> %1265, <16 x float> %1266, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1282 = shufflevector <16 x float> %1267, <16 x float> %1268, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1283 = shufflevector <16 x float> %1265, <16 x float> %1266, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1284 = shufflevector <16 x float> %1267, <16 x float> %1268, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1285 = shufflevector <16 x float> %1269, <16 x float> %1270, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1286 = shufflevector <16 x float> %1271, <16 x float> %1272, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1287 = shufflevector <16 x float> %1269, <16 x float> %1270, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1288 = shufflevector <16 x float> %1271, <16 x float> %1272, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1289 = shufflevector <16 x float> %1273, <16 x float> %1274, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2546 = shl nuw nsw i64 %j14.addr.02589, 6
  %1290 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2546
  store <16 x float> %1289, ptr %1290, align 4
  %1291 = shufflevector <16 x float> %1273, <16 x float> %1274, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1292 = shl nuw nsw i64 %j14.addr.02589, 4
  %1293 = or disjoint i64 %1292, 16
  %1294 = getelementptr inbounds float, ptr %dOT, i64 %1293
  store <16 x float> %1291, ptr %1294, align 4
  %1295 = shufflevector <16 x float> %1275, <16 x float> %1276, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1296 = or disjoint i64 %1292, 32
  %1297 = getelementptr inbounds float, ptr %dOT, i64 %1296
  store <16 x float> %1295, ptr %1297, align 4
  %1298 = shufflevector <16 x float> %1275, <16 x float> %1276, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1299 = or disjoint i64 %1292, 48
  %1300 = getelementptr inbounds float, ptr %dOT, i64 %1299
  store <16 x float> %1298, ptr %1300, align 4
  %1301 = shufflevector <16 x float> %1277, <16 x float> %1278, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1302 = or disjoint i64 %1292, 64
  %1303 = getelementptr inbounds float, ptr %dOT, i64 %1302
  store <16 x float> %1301, ptr %1303, align 4
  %1304 = shufflevector <16 x float> %1277, <16 x float> %1278, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1305 = or disjoint i64 %1292, 80
  %1306 = getelementptr inbounds float, ptr %dOT, i64 %1305
  store <16 x float> %1304, ptr %1306, align 4
  %1307 = shufflevector <16 x float> %1279, <16 x float> %1280, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1308 = or disjoint i64 %1292, 96
  %1309 = getelementptr inbounds float, ptr %dOT, i64 %1308
  store <16 x float> %1307, ptr %1309, align 4
  %1310 = shufflevector <16 x float> %1279, <16 x float> %1280, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1311 = or disjoint i64 %1292, 112
  %1312 = getelementptr inbounds float, ptr %dOT, i64 %1311
  store <16 x float> %1310, ptr %1312, align 4
  %1313 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1314 = or disjoint i64 %1292, 128
  %1315 = getelementptr inbounds float, ptr %dOT, i64 %1314
  store <16 x float> %1313, ptr %1315, align 4
  %1316 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1317 = or disjoint i64 %1292, 144
  %1318 = getelementptr inbounds float, ptr %dOT, i64 %1317
  store <16 x float> %1316, ptr %1318, align 4
  %1319 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1320 = or disjoint i64 %1292, 160
  %1321 = getelementptr inbounds float, ptr %dOT, i64 %1320
  store <16 x float> %1319, ptr %1321, align 4
  %1322 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1323 = or disjoint i64 %1292, 176
  %1324 = getelementptr inbounds float, ptr %dOT, i64 %1323
  store <16 x float> %1322, ptr %1324, align 4
  %1325 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1326 = or disjoint i64 %1292, 192
  %1327 = getelementptr inbounds float, ptr %dOT, i64 %1326
  store <16 x float> %1325, ptr %1327, align 4
  %1328 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1329 = or disjoint i64 %1292, 208
  %1330 = getelementptr inbounds float, ptr %dOT, i64 %1329
  store <16 x float> %1328, ptr %1330, align 4
  %1331 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1332 = or disjoint i64 %1292, 224
  %1333 = getelementptr inbounds float, ptr %dOT, i64 %1332
  store <16 x float> %1331, ptr %1333, align 4
  %1334 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1335 = or disjoint i64 %1292, 240
  %1336 = getelementptr inbounds float, ptr %dOT, i64 %1335
  store <16 x float> %1334, ptr %1336, align 4
  br i1 %1193, label %j14.body, label %p2.body

p2.body.1:                                        ; preds = %p2.body.1, %p2.exit
  %acc.02600.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1344, %p2.body.1 ]
  %acc1.02599.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1350, %p2.body.1 ]
  %acc2.02598.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1356, %p2.body.1 ]
  %acc3.02597.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1362, %p2.body.1 ]
  %acc4.02596.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1368, %p2.body.1 ]
  %acc5.02595.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1374, %p2.body.1 ]
  %acc6.02594.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1380, %p2.body.1 ]
  %acc7.02593.1 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1386, %p2.body.1 ]
  %p2.addr.02592.1 = phi i64 [ 0, %p2.exit ], [ %p2.next.1, %p2.body.1 ]
  %.idx2545.1 = shl nuw nsw i64 %p2.addr.02592.1, 6
  %gep2591.1 = getelementptr inbounds i8, ptr %KT, i64 %.idx2545.1
  %1337 = load <16 x float>, ptr %gep2591.1, align 4
  %1338 = add nuw nsw i64 %p2.addr.02592.1, 256
  %1339 = or disjoint i64 %1338, 2560
  %1340 = getelementptr inbounds float, ptr %Bk, i64 %1339
  %1341 = load float, ptr %1340, align 4
  %1342 = insertelement <16 x float> poison, float %1341, i64 0
  %1343 = shufflevector <16 x float> %1342, <16 x float> poison, <16 x i32> zeroinitializer
  %1344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1343, <16 x float> %1337, <16 x float> %acc.02600.1)
  %1345 = or disjoint i64 %1338, 2592
  %1346 = getelementptr inbounds float, ptr %Bk, i64 %1345
  %1347 = load float, ptr %1346, align 4
  %1348 = insertelement <16 x float> poison, float %1347, i64 0
  %1349 = shufflevector <16 x float> %1348, <16 x float> poison, <16 x i32> zeroinitializer
  %1350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1349, <16 x float> %1337, <16 x float> %acc1.02599.1)
  %1351 = or disjoint i64 %1338, 2624
  %1352 = getelementptr inbounds float, ptr %Bk, i64 %1351
  %1353 = load float, ptr %1352, align 4
  %1354 = insertelement <16 x float> poison, float %1353, i64 0
  %1355 = shufflevector <16 x float> %1354, <16 x float> poison, <16 x i32> zeroinitializer
  %1356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1355, <16 x float> %1337, <16 x float> %acc2.02598.1)
  %1357 = or disjoint i64 %1338, 2656
  %1358 = getelementptr inbounds float, ptr %Bk, i64 %1357
  %1359 = load float, ptr %1358, align 4
  %1360 = insertelement <16 x float> poison, float %1359, i64 0
  %1361 = shufflevector <16 x float> %1360, <16 x float> poison, <16 x i32> zeroinitializer
  %1362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1361, <16 x float> %1337, <16 x float> %acc3.02597.1)
  %1363 = or disjoint i64 %1338, 2688
  %1364 = getelementptr inbounds float, ptr %Bk, i64 %1363
  %1365 = load float, ptr %1364, align 4
  %1366 = insertelement <16 x float> poison, float %1365, i64 0
  %1367 = shufflevector <16 x float> %1366, <16 x float> poison, <16 x i32> zeroinitializer
  %1368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1367, <16 x float> %1337, <16 x float> %acc4.02596.1)
  %1369 = or disjoint i64 %1338, 2720
  %1370 = getelementptr inbounds float, ptr %Bk, i64 %1369
  %1371 = load float, ptr %1370, align 4
  %1372 = insertelement <16 x float> poison, float %1371, i64 0
  %1373 = shufflevector <16 x float> %1372, <16 x float> poison, <16 x i32> zeroinitializer
  %1374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1373, <16 x float> %1337, <16 x float> %acc5.02595.1)
  %1375 = or disjoint i64 %1338, 2752
  %1376 = getelementptr inbounds float, ptr %Bk, i64 %1375
  %1377 = load float, ptr %1376, align 4
  %1378 = insertelement <16 x float> poison, float %1377, i64 0
  %1379 = shufflevector <16 x float> %1378, <16 x float> poison, <16 x i32> zeroinitializer
  %1380 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1379, <16 x float> %1337, <16 x float> %acc6.02594.1)
  %1381 = or disjoint i64 %1338, 2784
  %1382 = getelementptr inbounds float, ptr %Bk, i64 %1381
  %1383 = load float, ptr %1382, align 4
  %1384 = insertelement <16 x float> poison, float %1383, i64 0
  %1385 = shufflevector <16 x float> %1384, <16 x float> poison, <16 x i32> zeroinitializer
  %1386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1385, <16 x float> %1337, <16 x float> %acc7.02593.1)
  %p2.next.1 = add nuw nsw i64 %p2.addr.02592.1, 1
  %exitcond3062.1.not = icmp eq i64 %p2.next.1, 32
  br i1 %exitcond3062.1.not, label %p2.exit.1, label %p2.body.1

p2.exit.1:                                        ; preds = %p2.body.1
  store <16 x float> %1344, ptr %37, align 4
  store <16 x float> %1350, ptr %38, align 4
  store <16 x float> %1356, ptr %39, align 4
  store <16 x float> %1362, ptr %40, align 4
  store <16 x float> %1368, ptr %41, align 4
  store <16 x float> %1374, ptr %42, align 4
  store <16 x float> %1380, ptr %43, align 4
  store <16 x float> %1386, ptr %44, align 4
  br label %p3.head.preheader

p2.body:                                          ; preds = %j14.body, %p2.body
  %acc.02600 = phi <16 x float> [ %1393, %p2.body ], [ zeroinitializer, %j14.body ]
  %acc1.02599 = phi <16 x float> [ %1399, %p2.body ], [ zeroinitializer, %j14.body ]
  %acc2.02598 = phi <16 x float> [ %1405, %p2.body ], [ zeroinitializer, %j14.body ]
  %acc3.02597 = phi <16 x float> [ %1411, %p2.body ], [ zeroinitializer, %j14.body ]
  %acc4.02596 = phi <16 x float> [ %1417, %p2.body ], [ zeroinitializer, %j14.body ]
  %acc5.02595 = phi <16 x float> [ %1423, %p2.body ], [ zeroinitializer, %j14.body ]
  %acc6.02594 = phi <16 x float> [ %1429, %p2.body ], [ zeroinitializer, %j14.body ]
  %acc7.02593 = phi <16 x float> [ %1435, %p2.body ], [ zeroinitializer, %j14.body ]
  %p2.addr.02592 = phi i64 [ %p2.next, %p2.body ], [ 0, %j14.body ]
  %.idx2545 = shl nuw nsw i64 %p2.addr.02592, 6
  %gep2591 = getelementptr inbounds i8, ptr %KT, i64 %.idx2545
  %1387 = load <16 x float>, ptr %gep2591, align 4
  %1388 = or disjoint i64 %p2.addr.02592, 2560
  %1389 = getelementptr inbounds float, ptr %Bk, i64 %1388
  %1390 = load float, ptr %1389, align 4
  %1391 = insertelement <16 x float> poison, float %1390, i64 0
  %1392 = shufflevector <16 x float> %1391, <16 x float> poison, <16 x i32> zeroinitializer
  %1393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1392, <16 x float> %1387, <16 x float> %acc.02600)
  %1394 = or disjoint i64 %p2.addr.02592, 2592
  %1395 = getelementptr inbounds float, ptr %Bk, i64 %1394
  %1396 = load float, ptr %1395, align 4
  %1397 = insertelement <16 x float> poison, float %1396, i64 0
  %1398 = shufflevector <16 x float> %1397, <16 x float> poison, <16 x i32> zeroinitializer
  %1399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1398, <16 x float> %1387, <16 x float> %acc1.02599)
  %1400 = or disjoint i64 %p2.addr.02592, 2624
  %1401 = getelementptr inbounds float, ptr %Bk, i64 %1400
  %1402 = load float, ptr %1401, align 4
  %1403 = insertelement <16 x float> poison, float %1402, i64 0
  %1404 = shufflevector <16 x float> %1403, <16 x float> poison, <16 x i32> zeroinitializer
  %1405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1404, <16 x float> %1387, <16 x float> %acc2.02598)
  %1406 = or disjoint i64 %p2.addr.02592, 2656
  %1407 = getelementptr inbounds float, ptr %Bk, i64 %1406
  %1408 = load float, ptr %1407, align 4
  %1409 = insertelement <16 x float> poison, float %1408, i64 0
  %1410 = shufflevector <16 x float> %1409, <16 x float> poison, <16 x i32> zeroinitializer
  %1411 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1410, <16 x float> %1387, <16 x float> %acc3.02597)
  %1412 = or disjoint i64 %p2.addr.02592, 2688
  %1413 = getelementptr inbounds float, ptr %Bk, i64 %1412
  %1414 = load float, ptr %1413, align 4
  %1415 = insertelement <16 x float> poison, float %1414, i64 0
  %1416 = shufflevector <16 x float> %1415, <16 x float> poison, <16 x i32> zeroinitializer
  %1417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1416, <16 x float> %1387, <16 x float> %acc4.02596)
  %1418 = or disjoint i64 %p2.addr.02592, 2720
  %1419 = getelementptr inbounds float, ptr %Bk, i64 %1418
  %1420 = load float, ptr %1419, align 4
  %1421 = insertelement <16 x float> poison, float %1420, i64 0
  %1422 = shufflevector <16 x float> %1421, <16 x float> poison, <16 x i32> zeroinitializer
  %1423 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1422, <16 x float> %1387, <16 x float> %acc5.02595)
  %1424 = or disjoint i64 %p2.addr.02592, 2752
  %1425 = getelementptr inbounds float, ptr %Bk, i64 %1424
  %1426 = load float, ptr %1425, align 4
  %1427 = insertelement <16 x float> poison, float %1426, i64 0
  %1428 = shufflevector <16 x float> %1427, <16 x float> poison, <16 x i32> zeroinitializer
  %1429 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1428, <16 x float> %1387, <16 x float> %acc6.02594)
  %1430 = or disjoint i64 %p2.addr.02592, 2784
  %1431 = getelementptr inbounds float, ptr %Bk, i64 %1430
  %1432 = load float, ptr %1431, align 4
  %1433 = insertelement <16 x float> poison, float %1432, i64 0
  %1434 = shufflevector <16 x float> %1433, <16 x float> poison, <16 x i32> zeroinitializer
  %1435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1434, <16 x float> %1387, <16 x float> %acc7.02593)
  %p2.next = add nuw nsw i64 %p2.addr.02592, 1
  %exitcond3062.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond3062.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  store <16 x float> %1393, ptr %Gm, align 4
  store <16 x float> %1399, ptr %30, align 4
  store <16 x float> %1405, ptr %31, align 4
  store <16 x float> %1411, ptr %32, align 4
  store <16 x float> %1417, ptr %33, align 4
  store <16 x float> %1423, ptr %34, align 4
  store <16 x float> %1429, ptr %35, align 4
  store <16 x float> %1435, ptr %36, align 4
  br label %p2.body.1

p3.head.preheader:                                ; preds = %p2.exit.1, %p3.exit
  %i16.addr.02620 = phi i64 [ %i16.next, %p3.exit ], [ 0, %p2.exit.1 ]
  %1436 = shl nuw nsw i64 %i16.addr.02620, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02619 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1455, %p3.body ]
  %acc9.02618 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1456, %p3.body ]
  %acc10.02617 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1457, %p3.body ]
  %acc11.02616 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1458, %p3.body ]
  %acc12.02615 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1464, %p3.body ]
  %acc13.02614 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1465, %p3.body ]
  %acc14.02613 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1466, %p3.body ]
  %acc15.02612 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1467, %p3.body ]
  %acc16.02611 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1473, %p3.body ]
  %acc17.02610 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1474, %p3.body ]
  %acc18.02609 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1475, %p3.body ]
  %acc19.02608 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1476, %p3.body ]
  %acc20.02607 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1482, %p3.body ]
  %acc21.02606 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1483, %p3.body ]
  %acc22.02605 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1484, %p3.body ]
  %acc23.02604 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1485, %p3.body ]
  %p3.addr.02603 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %1437 = shl nuw nsw i64 %p3.addr.02603, 6
  %1438 = getelementptr inbounds float, ptr %work, i64 %1437
  %1439 = load <16 x float>, ptr %1438, align 4
  %1440 = or disjoint i64 %1437, 16
  %1441 = getelementptr inbounds float, ptr %work, i64 %1440
  %1442 = load <16 x float>, ptr %1441, align 4
  %1443 = or disjoint i64 %1437, 32
  %1444 = getelementptr inbounds float, ptr %work, i64 %1443
  %1445 = load <16 x float>, ptr %1444, align 4
  %1446 = or disjoint i64 %1437, 48
  %1447 = getelementptr inbounds float, ptr %work, i64 %1446
  %1448 = load <16 x float>, ptr %1447, align 4
  %1449 = add nuw nsw i64 %p3.addr.02603, %1436
  %1450 = or disjoint i64 %1449, 2560
  %1451 = getelementptr inbounds float, ptr %Bk, i64 %1450
  %1452 = load float, ptr %1451, align 4
  %1453 = insertelement <16 x float> poison, float %1452, i64 0
  %1454 = shufflevector <16 x float> %1453, <16 x float> poison, <16 x i32> zeroinitializer
  %1455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1454, <16 x float> %1439, <16 x float> %acc8.02619)
  %1456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1454, <16 x float> %1442, <16 x float> %acc9.02618)
  %1457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1454, <16 x float> %1445, <16 x float> %acc10.02617)
  %1458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1454, <16 x float> %1448, <16 x float> %acc11.02616)
  %1459 = or disjoint i64 %1449, 2592
  %1460 = getelementptr inbounds float, ptr %Bk, i64 %1459
  %1461 = load float, ptr %1460, align 4
  %1462 = insertelement <16 x float> poison, float %1461, i64 0
  %1463 = shufflevector <16 x float> %1462, <16 x float> poison, <16 x i32> zeroinitializer
  %1464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1439, <16 x float> %acc12.02615)
  %1465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1442, <16 x float> %acc13.02614)
  %1466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1445, <16 x float> %acc14.02613)
  %1467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1448, <16 x float> %acc15.02612)
  %1468 = or disjoint i64 %1449, 2624
  %1469 = getelementptr inbounds float, ptr %Bk, i64 %1468
  %1470 = load float, ptr %1469, align 4
  %1471 = insertelement <16 x float> poison, float %1470, i64 0
  %1472 = shufflevector <16 x float> %1471, <16 x float> poison, <16 x i32> zeroinitializer
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1439, <16 x float> %acc16.02611)
  %1474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1442, <16 x float> %acc17.02610)
  %1475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1445, <16 x float> %acc18.02609)
  %1476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1448, <16 x float> %acc19.02608)
  %1477 = or disjoint i64 %1449, 2656
  %1478 = getelementptr inbounds float, ptr %Bk, i64 %1477
  %1479 = load float, ptr %1478, align 4
  %1480 = insertelement <16 x float> poison, float %1479, i64 0
  %1481 = shufflevector <16 x float> %1480, <16 x float> poison, <16 x i32> zeroinitializer
  %1482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1439, <16 x float> %acc20.02607)
  %1483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1442, <16 x float> %acc21.02606)
  %1484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1445, <16 x float> %acc22.02605)
  %1485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1448, <16 x float> %acc23.02604)
  %p3.next = add nuw nsw i64 %p3.addr.02603, 1
  %exitcond3063.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3063.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1486 = shl nuw nsw i64 %i16.addr.02620, 6
  %1487 = getelementptr inbounds float, ptr %KSdS, i64 %1486
  store <16 x float> %1455, ptr %1487, align 4
  %1488 = or disjoint i64 %1486, 16
  %1489 = getelementptr inbounds float, ptr %KSdS, i64 %1488
  store <16 x float> %1456, ptr %1489, align 4
  %1490 = or disjoint i64 %1486, 32
  %1491 = getelementptr inbounds float, ptr %KSdS, i64 %1490
  store <16 x float> %1457, ptr %1491, align 4
  %1492 = or disjoint i64 %1486, 48
  %1493 = getelementptr inbounds float, ptr %KSdS, i64 %1492
  store <16 x float> %1458, ptr %1493, align 4
  %1494 = or disjoint i64 %1486, 64
  %1495 = getelementptr inbounds float, ptr %KSdS, i64 %1494
  store <16 x float> %1464, ptr %1495, align 4
  %1496 = or disjoint i64 %1486, 80
  %1497 = getelementptr inbounds float, ptr %KSdS, i64 %1496
  store <16 x float> %1465, ptr %1497, align 4
  %1498 = or disjoint i64 %1486, 96
  %1499 = getelementptr inbounds float, ptr %KSdS, i64 %1498
  store <16 x float> %1466, ptr %1499, align 4
  %1500 = or disjoint i64 %1486, 112
  %1501 = getelementptr inbounds float, ptr %KSdS, i64 %1500
  store <16 x float> %1467, ptr %1501, align 4
  %1502 = or disjoint i64 %1486, 128
  %1503 = getelementptr inbounds float, ptr %KSdS, i64 %1502
  store <16 x float> %1473, ptr %1503, align 4
  %1504 = or disjoint i64 %1486, 144
  %1505 = getelementptr inbounds float, ptr %KSdS, i64 %1504
  store <16 x float> %1474, ptr %1505, align 4
  %1506 = or disjoint i64 %1486, 160
  %1507 = getelementptr inbounds float, ptr %KSdS, i64 %1506
  store <16 x float> %1475, ptr %1507, align 4
  %1508 = or disjoint i64 %1486, 176
  %1509 = getelementptr inbounds float, ptr %KSdS, i64 %1508
  store <16 x float> %1476, ptr %1509, align 4
  %1510 = or disjoint i64 %1486, 192
  %1511 = getelementptr inbounds float, ptr %KSdS, i64 %1510
  store <16 x float> %1482, ptr %1511, align 4
  %1512 = or disjoint i64 %1486, 208
  %1513 = getelementptr inbounds float, ptr %KSdS, i64 %1512
  store <16 x float> %1483, ptr %1513, align 4
  %1514 = or disjoint i64 %1486, 224
  %1515 = getelementptr inbounds float, ptr %KSdS, i64 %1514
  store <16 x float> %1484, ptr %1515, align 4
  %1516 = or disjoint i64 %1486, 240
  %1517 = getelementptr inbounds float, ptr %KSdS, i64 %1516
  store <16 x float> %1485, ptr %1517, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02620, 4
  %1518 = icmp ult i64 %i16.addr.02620, 12
  br i1 %1518, label %p3.head.preheader, label %p4.head.preheader.preheader

p4.head.preheader.preheader:                      ; preds = %p3.exit
  %1519 = load <16 x float>, ptr %Rr, align 4
  %1520 = load <16 x float>, ptr %KSdS, align 4
  %1521 = fsub <16 x float> %1519, %1520
  store <16 x float> %1521, ptr %Rr, align 4
  %1522 = load <16 x float>, ptr %45, align 4
  %1523 = load <16 x float>, ptr %46, align 4
  %1524 = fsub <16 x float> %1522, %1523
  store <16 x float> %1524, ptr %45, align 4
  %1525 = load <16 x float>, ptr %47, align 4
  %1526 = load <16 x float>, ptr %48, align 4
  %1527 = fsub <16 x float> %1525, %1526
  store <16 x float> %1527, ptr %47, align 4
  %1528 = load <16 x float>, ptr %49, align 4
  %1529 = load <16 x float>, ptr %50, align 4
  %1530 = fsub <16 x float> %1528, %1529
  store <16 x float> %1530, ptr %49, align 4
  %1531 = load <16 x float>, ptr %51, align 4
  %1532 = load <16 x float>, ptr %52, align 4
  %1533 = fsub <16 x float> %1531, %1532
  store <16 x float> %1533, ptr %51, align 4
  %1534 = load <16 x float>, ptr %53, align 4
  %1535 = load <16 x float>, ptr %54, align 4
  %1536 = fsub <16 x float> %1534, %1535
  store <16 x float> %1536, ptr %53, align 4
  %1537 = load <16 x float>, ptr %55, align 4
  %1538 = load <16 x float>, ptr %56, align 4
  %1539 = fsub <16 x float> %1537, %1538
  store <16 x float> %1539, ptr %55, align 4
  %1540 = load <16 x float>, ptr %57, align 4
  %1541 = load <16 x float>, ptr %58, align 4
  %1542 = fsub <16 x float> %1540, %1541
  store <16 x float> %1542, ptr %57, align 4
  %1543 = load <16 x float>, ptr %59, align 4
  %1544 = load <16 x float>, ptr %60, align 4
  %1545 = fsub <16 x float> %1543, %1544
  store <16 x float> %1545, ptr %59, align 4
  %1546 = load <16 x float>, ptr %61, align 4
  %1547 = load <16 x float>, ptr %62, align 4
  %1548 = fsub <16 x float> %1546, %1547
  store <16 x float> %1548, ptr %61, align 4
  %1549 = load <16 x float>, ptr %63, align 4
  %1550 = load <16 x float>, ptr %64, align 4
  %1551 = fsub <16 x float> %1549, %1550
  store <16 x float> %1551, ptr %63, align 4
  %1552 = load <16 x float>, ptr %65, align 4
  %1553 = load <16 x float>, ptr %66, align 4
  %1554 = fsub <16 x float> %1552, %1553
  store <16 x float> %1554, ptr %65, align 4
  %1555 = load <16 x float>, ptr %67, align 4
  %1556 = load <16 x float>, ptr %68, align 4
  %1557 = fsub <16 x float> %1555, %1556
  store <16 x float> %1557, ptr %67, align 4
  %1558 = load <16 x float>, ptr %69, align 4
  %1559 = load <16 x float>, ptr %70, align 4
  %1560 = fsub <16 x float> %1558, %1559
  store <16 x float> %1560, ptr %69, align 4
  %1561 = load <16 x float>, ptr %71, align 4
  %1562 = load <16 x float>, ptr %72, align 4
  %1563 = fsub <16 x float> %1561, %1562
  store <16 x float> %1563, ptr %71, align 4
  %1564 = load <16 x float>, ptr %73, align 4
  %1565 = load <16 x float>, ptr %74, align 4
  %1566 = fsub <16 x float> %1564, %1565
  store <16 x float> %1566, ptr %73, align 4
  %1567 = load <16 x float>, ptr %75, align 4
  %1568 = load <16 x float>, ptr %76, align 4
  %1569 = fsub <16 x float> %1567, %1568
  store <16 x float> %1569, ptr %75, align 4
  %1570 = load <16 x float>, ptr %77, align 4
  %1571 = load <16 x float>, ptr %78, align 4
  %1572 = fsub <16 x float> %1570, %1571
  store <16 x float> %1572, ptr %77, align 4
  %1573 = load <16 x float>, ptr %79, align 4
  %1574 = load <16 x float>, ptr %80, align 4
  %1575 = fsub <16 x float> %1573, %1574
  store <16 x float> %1575, ptr %79, align 4
  %1576 = load <16 x float>, ptr %81, align 4
  %1577 = load <16 x float>, ptr %82, align 4
  %1578 = fsub <16 x float> %1576, %1577
  store <16 x float> %1578, ptr %81, align 4
  %1579 = load <16 x float>, ptr %83, align 4
  %1580 = load <16 x float>, ptr %84, align 4
  %1581 = fsub <16 x float> %1579, %1580
  store <16 x float> %1581, ptr %83, align 4
  %1582 = load <16 x float>, ptr %85, align 4
  %1583 = load <16 x float>, ptr %86, align 4
  %1584 = fsub <16 x float> %1582, %1583
  store <16 x float> %1584, ptr %85, align 4
  %1585 = load <16 x float>, ptr %87, align 4
  %1586 = load <16 x float>, ptr %88, align 4
  %1587 = fsub <16 x float> %1585, %1586
  store <16 x float> %1587, ptr %87, align 4
  %1588 = load <16 x float>, ptr %89, align 4
  %1589 = load <16 x float>, ptr %90, align 4
  %1590 = fsub <16 x float> %1588, %1589
  store <16 x float> %1590, ptr %89, align 4
  %1591 = load <16 x float>, ptr %91, align 4
  %1592 = load <16 x float>, ptr %92, align 4
  %1593 = fsub <16 x float> %1591, %1592
  store <16 x float> %1593, ptr %91, align 4
  %1594 = load <16 x float>, ptr %93, align 4
  %1595 = load <16 x float>, ptr %94, align 4
  %1596 = fsub <16 x float> %1594, %1595
  store <16 x float> %1596, ptr %93, align 4
  %1597 = load <16 x float>, ptr %95, align 4
  %1598 = load <16 x float>, ptr %96, align 4
  %1599 = fsub <16 x float> %1597, %1598
  store <16 x float> %1599, ptr %95, align 4
  %1600 = load <16 x float>, ptr %97, align 4
  %1601 = load <16 x float>, ptr %98, align 4
  %1602 = fsub <16 x float> %1600, %1601
  store <16 x float> %1602, ptr %97, align 4
  %1603 = load <16 x float>, ptr %99, align 4
  %1604 = load <16 x float>, ptr %100, align 4
  %1605 = fsub <16 x float> %1603, %1604
  store <16 x float> %1605, ptr %99, align 4
  %1606 = load <16 x float>, ptr %101, align 4
  %1607 = load <16 x float>, ptr %102, align 4
  %1608 = fsub <16 x float> %1606, %1607
  store <16 x float> %1608, ptr %101, align 4
  %1609 = load <16 x float>, ptr %103, align 4
  %1610 = load <16 x float>, ptr %104, align 4
  %1611 = fsub <16 x float> %1609, %1610
  store <16 x float> %1611, ptr %103, align 4
  %1612 = load <16 x float>, ptr %105, align 4
  %1613 = load <16 x float>, ptr %106, align 4
  %1614 = fsub <16 x float> %1612, %1613
  store <16 x float> %1614, ptr %105, align 4
  br label %ib.body

ib.body:                                          ; preds = %p4.head.preheader.preheader, %j17.exit
  %ib.addr.02639 = phi i64 [ 0, %p4.head.preheader.preheader ], [ %ib.next, %j17.exit ]
  %1615 = shl nuw nsw i64 %ib.addr.02639, 2
  %umax3702 = tail call i64 @llvm.umax.i64(i64 %1615, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02639, 2
  %.not2841 = icmp eq i64 %ib.addr.02639, 0
  br i1 %.not2841, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2543 = shl nuw nsw i64 %ib.addr.02639, 8
  %1616 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2543
  %1617 = shl nuw nsw i64 %ib.addr.02639, 6
  %1618 = or disjoint i64 %1617, 16
  %1619 = getelementptr inbounds float, ptr %Gm, i64 %1618
  %1620 = or disjoint i64 %1617, 32
  %1621 = getelementptr inbounds float, ptr %Gm, i64 %1620
  %1622 = or disjoint i64 %1617, 48
  %1623 = getelementptr inbounds float, ptr %Gm, i64 %1622
  %xtraiter = and i64 %umax3702, 1
  %1624 = icmp eq i64 %umax3702, 1
  br i1 %1624, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3702, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02631 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1665, %j17.body ]
  %acc25.02630 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1666, %j17.body ]
  %acc26.02629 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1671, %j17.body ]
  %acc27.02628 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1672, %j17.body ]
  %acc28.02627 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1677, %j17.body ]
  %acc29.02626 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1678, %j17.body ]
  %acc30.02625 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1683, %j17.body ]
  %acc31.02624 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1684, %j17.body ]
  %j17.addr.02623 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1625 = shl nsw i64 %j17.addr.02623, 5
  %1626 = getelementptr inbounds float, ptr %Vn, i64 %1625
  %1627 = load <16 x float>, ptr %1626, align 4
  %1628 = or disjoint i64 %1625, 16
  %1629 = getelementptr inbounds float, ptr %Vn, i64 %1628
  %1630 = load <16 x float>, ptr %1629, align 4
  %1631 = getelementptr inbounds float, ptr %1616, i64 %j17.addr.02623
  %1632 = load float, ptr %1631, align 4
  %1633 = insertelement <16 x float> poison, float %1632, i64 0
  %1634 = shufflevector <16 x float> %1633, <16 x float> poison, <16 x i32> zeroinitializer
  %1635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1627, <16 x float> %acc24.02631)
  %1636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1630, <16 x float> %acc25.02630)
  %1637 = getelementptr inbounds float, ptr %1619, i64 %j17.addr.02623
  %1638 = load float, ptr %1637, align 4
  %1639 = insertelement <16 x float> poison, float %1638, i64 0
  %1640 = shufflevector <16 x float> %1639, <16 x float> poison, <16 x i32> zeroinitializer
  %1641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1640, <16 x float> %1627, <16 x float> %acc26.02629)
  %1642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1640, <16 x float> %1630, <16 x float> %acc27.02628)
  %1643 = getelementptr inbounds float, ptr %1621, i64 %j17.addr.02623
  %1644 = load float, ptr %1643, align 4
  %1645 = insertelement <16 x float> poison, float %1644, i64 0
  %1646 = shufflevector <16 x float> %1645, <16 x float> poison, <16 x i32> zeroinitializer
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1646, <16 x float> %1627, <16 x float> %acc28.02627)
  %1648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1646, <16 x float> %1630, <16 x float> %acc29.02626)
  %1649 = getelementptr inbounds float, ptr %1623, i64 %j17.addr.02623
  %1650 = load float, ptr %1649, align 4
  %1651 = insertelement <16 x float> poison, float %1650, i64 0
  %1652 = shufflevector <16 x float> %1651, <16 x float> poison, <16 x i32> zeroinitializer
  %1653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1652, <16 x float> %1627, <16 x float> %acc30.02625)
  %1654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1652, <16 x float> %1630, <16 x float> %acc31.02624)
  %j17.next = or disjoint i64 %j17.addr.02623, 1
  %1655 = shl nsw i64 %j17.next, 5
  %1656 = getelementptr inbounds float, ptr %Vn, i64 %1655
  %1657 = load <16 x float>, ptr %1656, align 4
  %1658 = or disjoint i64 %1655, 16
  %1659 = getelementptr inbounds float, ptr %Vn, i64 %1658
  %1660 = load <16 x float>, ptr %1659, align 4
  %1661 = getelementptr inbounds float, ptr %1616, i64 %j17.next
  %1662 = load float, ptr %1661, align 4
  %1663 = insertelement <16 x float> poison, float %1662, i64 0
  %1664 = shufflevector <16 x float> %1663, <16 x float> poison, <16 x i32> zeroinitializer
  %1665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1664, <16 x float> %1657, <16 x float> %1635)
  %1666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1664, <16 x float> %1660, <16 x float> %1636)
  %1667 = getelementptr inbounds float, ptr %1619, i64 %j17.next
  %1668 = load float, ptr %1667, align 4
  %1669 = insertelement <16 x float> poison, float %1668, i64 0
  %1670 = shufflevector <16 x float> %1669, <16 x float> poison, <16 x i32> zeroinitializer
  %1671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1670, <16 x float> %1657, <16 x float> %1641)
  %1672 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1670, <16 x float> %1660, <16 x float> %1642)
  %1673 = getelementptr inbounds float, ptr %1621, i64 %j17.next
  %1674 = load float, ptr %1673, align 4
  %1675 = insertelement <16 x float> poison, float %1674, i64 0
  %1676 = shufflevector <16 x float> %1675, <16 x float> poison, <16 x i32> zeroinitializer
  %1677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1676, <16 x float> %1657, <16 x float> %1647)
  %1678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1676, <16 x float> %1660, <16 x float> %1648)
  %1679 = getelementptr inbounds float, ptr %1623, i64 %j17.next
  %1680 = load float, ptr %1679, align 4
  %1681 = insertelement <16 x float> poison, float %1680, i64 0
  %1682 = shufflevector <16 x float> %1681, <16 x float> poison, <16 x i32> zeroinitializer
  %1683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1682, <16 x float> %1657, <16 x float> %1653)
  %1684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1682, <16 x float> %1660, <16 x float> %1654)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02623, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3549.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1665, %j17.body ]
  %.lcssa3548.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1666, %j17.body ]
  %.lcssa3547.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1671, %j17.body ]
  %.lcssa3546.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1672, %j17.body ]
  %.lcssa3545.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1677, %j17.body ]
  %.lcssa3544.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1678, %j17.body ]
  %.lcssa3543.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1683, %j17.body ]
  %.lcssa3542.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1684, %j17.body ]
  %acc24.02631.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1665, %j17.body ]
  %acc25.02630.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1666, %j17.body ]
  %acc26.02629.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1671, %j17.body ]
  %acc27.02628.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1672, %j17.body ]
  %acc28.02627.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1677, %j17.body ]
  %acc29.02626.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1678, %j17.body ]
  %acc30.02625.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1683, %j17.body ]
  %acc31.02624.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1684, %j17.body ]
  %j17.addr.02623.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1685 = shl nsw i64 %j17.addr.02623.unr, 5
  %1686 = getelementptr inbounds float, ptr %Vn, i64 %1685
  %1687 = load <16 x float>, ptr %1686, align 4
  %1688 = or disjoint i64 %1685, 16
  %1689 = getelementptr inbounds float, ptr %Vn, i64 %1688
  %1690 = load <16 x float>, ptr %1689, align 4
  %1691 = getelementptr inbounds float, ptr %1616, i64 %j17.addr.02623.unr
  %1692 = load float, ptr %1691, align 4
  %1693 = insertelement <16 x float> poison, float %1692, i64 0
  %1694 = shufflevector <16 x float> %1693, <16 x float> poison, <16 x i32> zeroinitializer
  %1695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1694, <16 x float> %1687, <16 x float> %acc24.02631.unr)
  %1696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1694, <16 x float> %1690, <16 x float> %acc25.02630.unr)
  %1697 = getelementptr inbounds float, ptr %1619, i64 %j17.addr.02623.unr
  %1698 = load float, ptr %1697, align 4
  %1699 = insertelement <16 x float> poison, float %1698, i64 0
  %1700 = shufflevector <16 x float> %1699, <16 x float> poison, <16 x i32> zeroinitializer
  %1701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1700, <16 x float> %1687, <16 x float> %acc26.02629.unr)
  %1702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1700, <16 x float> %1690, <16 x float> %acc27.02628.unr)
  %1703 = getelementptr inbounds float, ptr %1621, i64 %j17.addr.02623.unr
  %1704 = load float, ptr %1703, align 4
  %1705 = insertelement <16 x float> poison, float %1704, i64 0
  %1706 = shufflevector <16 x float> %1705, <16 x float> poison, <16 x i32> zeroinitializer
  %1707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1687, <16 x float> %acc28.02627.unr)
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1690, <16 x float> %acc29.02626.unr)
  %1709 = getelementptr inbounds float, ptr %1623, i64 %j17.addr.02623.unr
  %1710 = load float, ptr %1709, align 4
  %1711 = insertelement <16 x float> poison, float %1710, i64 0
  %1712 = shufflevector <16 x float> %1711, <16 x float> poison, <16 x i32> zeroinitializer
  %1713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1712, <16 x float> %1687, <16 x float> %acc30.02625.unr)
  %1714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1712, <16 x float> %1690, <16 x float> %acc31.02624.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3542.ph, %j17.exit.loopexit.unr-lcssa ], [ %1714, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3543.ph, %j17.exit.loopexit.unr-lcssa ], [ %1713, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3544.ph, %j17.exit.loopexit.unr-lcssa ], [ %1708, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3545.ph, %j17.exit.loopexit.unr-lcssa ], [ %1707, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3546.ph, %j17.exit.loopexit.unr-lcssa ], [ %1702, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3547.ph, %j17.exit.loopexit.unr-lcssa ], [ %1701, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3548.ph, %j17.exit.loopexit.unr-lcssa ], [ %1696, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3549.ph, %j17.exit.loopexit.unr-lcssa ], [ %1695, %j17.body.epil ]
  %1715 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1716 = load float, ptr %1715, align 4
  %1717 = shl nuw nsw i64 %ib.addr.02639, 7
  %1718 = getelementptr inbounds float, ptr %Rr, i64 %1717
  %1719 = load <16 x float>, ptr %1718, align 4
  %1720 = fsub <16 x float> %1719, %acc24.0.lcssa
  store <16 x float> %1720, ptr %1718, align 4
  %1721 = insertelement <16 x float> poison, float %1716, i64 0
  %1722 = shufflevector <16 x float> %1721, <16 x float> poison, <16 x i32> zeroinitializer
  %1723 = fmul <16 x float> %1722, %1720
  %1724 = getelementptr inbounds float, ptr %Vn, i64 %1717
  store <16 x float> %1723, ptr %1724, align 4
  %1725 = mul nuw nsw i64 %ib.addr.02639, 384
  %1726 = getelementptr inbounds float, ptr %Ak, i64 %1725
  store <16 x float> %1723, ptr %1726, align 4
  %1727 = or disjoint i64 %1717, 16
  %1728 = getelementptr inbounds float, ptr %Rr, i64 %1727
  %1729 = load <16 x float>, ptr %1728, align 4
  %1730 = fsub <16 x float> %1729, %acc25.0.lcssa
  store <16 x float> %1730, ptr %1728, align 4
  %1731 = fmul <16 x float> %1722, %1730
  %1732 = getelementptr inbounds float, ptr %Vn, i64 %1727
  store <16 x float> %1731, ptr %1732, align 4
  %1733 = or disjoint i64 %1725, 16
  %1734 = getelementptr inbounds float, ptr %Ak, i64 %1733
  store <16 x float> %1731, ptr %1734, align 4
  %i18 = or disjoint i64 %i0, 1
  %.idx2842 = shl nsw i64 %i18, 6
  %1735 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2842
  %1736 = getelementptr inbounds float, ptr %1735, i64 %i0
  %1737 = load float, ptr %1736, align 4
  %1738 = insertelement <16 x float> poison, float %1737, i64 0
  %1739 = shufflevector <16 x float> %1738, <16 x float> poison, <16 x i32> zeroinitializer
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1723, <16 x float> %acc26.0.lcssa)
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1731, <16 x float> %acc27.0.lcssa)
  %1742 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1743 = load float, ptr %1742, align 4
  %1744 = shl nuw nsw i64 %i18, 5
  %1745 = getelementptr inbounds float, ptr %Rr, i64 %1744
  %1746 = load <16 x float>, ptr %1745, align 4
  %1747 = fsub <16 x float> %1746, %1740
  store <16 x float> %1747, ptr %1745, align 4
  %1748 = insertelement <16 x float> poison, float %1743, i64 0
  %1749 = shufflevector <16 x float> %1748, <16 x float> poison, <16 x i32> zeroinitializer
  %1750 = fmul <16 x float> %1749, %1747
  %1751 = getelementptr inbounds float, ptr %Vn, i64 %1744
  store <16 x float> %1750, ptr %1751, align 4
  %1752 = mul nuw nsw i64 %i18, 96
  %1753 = getelementptr inbounds float, ptr %Ak, i64 %1752
  store <16 x float> %1750, ptr %1753, align 4
  %1754 = or disjoint i64 %1744, 16
  %1755 = getelementptr inbounds float, ptr %Rr, i64 %1754
  %1756 = load <16 x float>, ptr %1755, align 4
  %1757 = fsub <16 x float> %1756, %1741
  store <16 x float> %1757, ptr %1755, align 4
  %1758 = fmul <16 x float> %1749, %1757
  %1759 = getelementptr inbounds float, ptr %Vn, i64 %1754
  store <16 x float> %1758, ptr %1759, align 4
  %1760 = or disjoint i64 %1752, 16
  %1761 = getelementptr inbounds float, ptr %Ak, i64 %1760
  store <16 x float> %1758, ptr %1761, align 4
  %i19 = or disjoint i64 %i0, 2
  %1762 = shl nuw nsw i64 %i19, 4
  %1763 = or disjoint i64 %1762, %i0
  %1764 = getelementptr inbounds float, ptr %Gm, i64 %1763
  %1765 = load float, ptr %1764, align 4
  %1766 = insertelement <16 x float> poison, float %1765, i64 0
  %1767 = shufflevector <16 x float> %1766, <16 x float> poison, <16 x i32> zeroinitializer
  %1768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1767, <16 x float> %1723, <16 x float> %acc28.0.lcssa)
  %1769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1767, <16 x float> %1731, <16 x float> %acc29.0.lcssa)
  %1770 = or disjoint i64 %1762, %i18
  %1771 = getelementptr inbounds float, ptr %Gm, i64 %1770
  %1772 = load float, ptr %1771, align 4
  %1773 = insertelement <16 x float> poison, float %1772, i64 0
  %1774 = shufflevector <16 x float> %1773, <16 x float> poison, <16 x i32> zeroinitializer
  %1775 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1774, <16 x float> %1750, <16 x float> %1768)
  %1776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1774, <16 x float> %1758, <16 x float> %1769)
  %1777 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1778 = load float, ptr %1777, align 4
  %1779 = shl nuw nsw i64 %i19, 5
  %1780 = getelementptr inbounds float, ptr %Rr, i64 %1779
  %1781 = load <16 x float>, ptr %1780, align 4
  %1782 = fsub <16 x float> %1781, %1775
  store <16 x float> %1782, ptr %1780, align 4
  %1783 = insertelement <16 x float> poison, float %1778, i64 0
  %1784 = shufflevector <16 x float> %1783, <16 x float> poison, <16 x i32> zeroinitializer
  %1785 = fmul <16 x float> %1784, %1782
  %1786 = getelementptr inbounds float, ptr %Vn, i64 %1779
  store <16 x float> %1785, ptr %1786, align 4
  %1787 = mul nuw nsw i64 %i19, 96
  %1788 = getelementptr inbounds float, ptr %Ak, i64 %1787
  store <16 x float> %1785, ptr %1788, align 4
  %1789 = or disjoint i64 %1779, 16
  %1790 = getelementptr inbounds float, ptr %Rr, i64 %1789
  %1791 = load <16 x float>, ptr %1790, align 4
  %1792 = fsub <16 x float> %1791, %1776
  store <16 x float> %1792, ptr %1790, align 4
  %1793 = fmul <16 x float> %1784, %1792
  %1794 = getelementptr inbounds float, ptr %Vn, i64 %1789
  store <16 x float> %1793, ptr %1794, align 4
  %1795 = or disjoint i64 %1787, 16
  %1796 = getelementptr inbounds float, ptr %Ak, i64 %1795
  store <16 x float> %1793, ptr %1796, align 4
  %i20 = or disjoint i64 %i0, 3
  %1797 = shl nuw nsw i64 %i20, 4
  %1798 = or disjoint i64 %1797, %i0
  %1799 = getelementptr inbounds float, ptr %Gm, i64 %1798
  %1800 = load float, ptr %1799, align 4
  %1801 = insertelement <16 x float> poison, float %1800, i64 0
  %1802 = shufflevector <16 x float> %1801, <16 x float> poison, <16 x i32> zeroinitializer
  %1803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1723, <16 x float> %acc30.0.lcssa)
  %1804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1731, <16 x float> %acc31.0.lcssa)
  %1805 = or disjoint i64 %1797, %i18
  %1806 = getelementptr inbounds float, ptr %Gm, i64 %1805
  %1807 = load float, ptr %1806, align 4
  %1808 = insertelement <16 x float> poison, float %1807, i64 0
  %1809 = shufflevector <16 x float> %1808, <16 x float> poison, <16 x i32> zeroinitializer
  %1810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1750, <16 x float> %1803)
  %1811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1758, <16 x float> %1804)
  %1812 = or disjoint i64 %1797, %i19
  %1813 = getelementptr inbounds float, ptr %Gm, i64 %1812
  %1814 = load float, ptr %1813, align 4
  %1815 = insertelement <16 x float> poison, float %1814, i64 0
  %1816 = shufflevector <16 x float> %1815, <16 x float> poison, <16 x i32> zeroinitializer
  %1817 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1816, <16 x float> %1785, <16 x float> %1810)
  %1818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1816, <16 x float> %1793, <16 x float> %1811)
  %1819 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1820 = load float, ptr %1819, align 4
  %1821 = shl nuw nsw i64 %i20, 5
  %1822 = getelementptr inbounds float, ptr %Rr, i64 %1821
  %1823 = load <16 x float>, ptr %1822, align 4
  %1824 = fsub <16 x float> %1823, %1817
  store <16 x float> %1824, ptr %1822, align 4
  %1825 = insertelement <16 x float> poison, float %1820, i64 0
  %1826 = shufflevector <16 x float> %1825, <16 x float> poison, <16 x i32> zeroinitializer
  %1827 = fmul <16 x float> %1826, %1824
  %1828 = getelementptr inbounds float, ptr %Vn, i64 %1821
  store <16 x float> %1827, ptr %1828, align 4
  %1829 = mul nuw nsw i64 %i20, 96
  %1830 = getelementptr inbounds float, ptr %Ak, i64 %1829
  store <16 x float> %1827, ptr %1830, align 4
  %1831 = or disjoint i64 %1821, 16
  %1832 = getelementptr inbounds float, ptr %Rr, i64 %1831
  %1833 = load <16 x float>, ptr %1832, align 4
  %1834 = fsub <16 x float> %1833, %1818
  store <16 x float> %1834, ptr %1832, align 4
  %1835 = fmul <16 x float> %1826, %1834
  %1836 = getelementptr inbounds float, ptr %Vn, i64 %1831
  store <16 x float> %1835, ptr %1836, align 4
  %1837 = or disjoint i64 %1829, 16
  %1838 = getelementptr inbounds float, ptr %Ak, i64 %1837
  store <16 x float> %1835, ptr %1838, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02639, 1
  %exitcond3068.not = icmp eq i64 %ib.next, 4
  br i1 %exitcond3068.not, label %j18.body, label %ib.body

j18.body:                                         ; preds = %j17.exit, %j18.body
  %1839 = phi i1 [ false, %j18.body ], [ true, %j17.exit ]
  %j18.addr.02640 = phi i64 [ 16, %j18.body ], [ 0, %j17.exit ]
  %1840 = getelementptr inbounds float, ptr %Vn, i64 %j18.addr.02640
  %1841 = load <16 x float>, ptr %1840, align 4
  %1842 = or disjoint i64 %j18.addr.02640, 256
  %1843 = getelementptr inbounds float, ptr %Vn, i64 %1842
  %1844 = load <16 x float>, ptr %1843, align 4
  %1845 = or disjoint i64 %j18.addr.02640, 32
  %1846 = getelementptr inbounds float, ptr %Vn, i64 %1845
  %1847 = load <16 x float>, ptr %1846, align 4
  %1848 = or disjoint i64 %j18.addr.02640, 288
  %1849 = getelementptr inbounds float, ptr %Vn, i64 %1848
  %1850 = load <16 x float>, ptr %1849, align 4
  %1851 = or disjoint i64 %j18.addr.02640, 64
  %1852 = getelementptr inbounds float, ptr %Vn, i64 %1851
  %1853 = load <16 x float>, ptr %1852, align 4
  %1854 = or disjoint i64 %j18.addr.02640, 320
  %1855 = getelementptr inbounds float, ptr %Vn, i64 %1854
  %1856 = load <16 x float>, ptr %1855, align 4
  %1857 = or disjoint i64 %j18.addr.02640, 96
  %1858 = getelementptr inbounds float, ptr %Vn, i64 %1857
  %1859 = load <16 x float>, ptr %1858, align 4
  %1860 = or disjoint i64 %j18.addr.02640, 352
  %1861 = getelementptr inbounds float, ptr %Vn, i64 %1860
  %1862 = load <16 x float>, ptr %1861, align 4
  %1863 = or disjoint i64 %j18.addr.02640, 128
  %1864 = getelementptr inbounds float, ptr %Vn, i64 %1863
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %j18.addr.02640, 384
  %1867 = getelementptr inbounds float, ptr %Vn, i64 %1866
  %1868 = load <16 x float>, ptr %1867, align 4
  %1869 = or disjoint i64 %j18.addr.02640, 160
  %1870 = getelementptr inbounds float, ptr %Vn, i64 %1869
  %1871 = load <16 x float>, ptr %1870, align 4
  %1872 = or disjoint i64 %j18.addr.02640, 416
  %1873 = getelementptr inbounds float, ptr %Vn, i64 %1872
  %1874 = load <16 x float>, ptr %1873, align 4
  %1875 = or disjoint i64 %j18.addr.02640, 192
  %1876 = getelementptr inbounds float, ptr %Vn, i64 %1875
  %1877 = load <16 x float>, ptr %1876, align 4
  %1878 = or disjoint i64 %j18.addr.02640, 448
  %1879 = getelementptr inbounds float, ptr %Vn, i64 %1878
  %1880 = load <16 x float>, ptr %1879, align 4
  %1881 = or disjoint i64 %j18.addr.02640, 224
  %1882 = getelementptr inbounds float, ptr %Vn, i64 %1881
  %1883 = load <16 x float>, ptr %1882, align 4
  %1884 = or disjoint i64 %j18.addr.02640, 480
  %1885 = getelementptr inbounds float, ptr %Vn, i64 %1884
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = shufflevector <16 x float> %1841, <16 x float> %1844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1888 = shufflevector <16 x float> %1865, <16 x float> %1868, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1889 = shufflevector <16 x float> %1847, <16 x float> %1850, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1890 = shufflevector <16 x float> %1871, <16 x float> %1874, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1891 = shufflevector <16 x float> %1853, <16 x float> %1856, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1892 = shufflevector <16 x float> %1877, <16 x float> %1880, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1893 = shufflevector <16 x float> %1859, <16 x float> %1862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1894 = shufflevector <16 x float> %1883, <16 x float> %1886, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1895 = shufflevector <16 x float> %1841, <16 x float> %1844, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1896 = shufflevector <16 x float> %1865, <16 x float> %1868, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1897 = shufflevector <16 x float> %1847, <16 x float> %1850, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1898 = shufflevector <16 x float> %1871, <16 x float> %1874, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1899 = shufflevector <16 x float> %1853, <16 x float> %1856, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1900 = shufflevector <16 x float> %1877, <16 x float> %1880, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1901 = shufflevector <16 x float> %1859, <16 x float> %1862, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1902 = shufflevector <16 x float> %1883, <16 x float> %1886, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1903 = shufflevector <16 x float> %1887, <16 x float> %1888, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1904 = shufflevector <16 x float> %1891, <16 x float> %1892, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1905 = shufflevector <16 x float> %1889, <16 x float> %1890, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1906 = shufflevector <16 x float> %1893, <16 x float> %1894, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1907 = shufflevector <16 x float> %1887, <16 x float> %1888, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1908 = shufflevector <16 x float> %1891, <16 x float> %1892, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1909 = shufflevector <16 x float> %1889, <16 x float> %1890, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1910 = shufflevector <16 x float> %1893, <16 x float> %1894, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1911 = shufflevector <16 x float> %1895, <16 x float> %1896, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1912 = shufflevector <16 x float> %1899, <16 x float> %1900, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1913 = shufflevector <16 x float> %1897, <16 x float> %1898, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1914 = shufflevector <16 x float> %1901, <16 x float> %1902, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1915 = shufflevector <16 x float> %1895, <16 x float> %1896, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1916 = shufflevector <16 x float> %1899, <16 x float> %1900, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1917 = shufflevector <16 x float> %1897, <16 x float> %1898, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1918 = shufflevector <16 x float> %1901, <16 x float> %1902, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1919 = shufflevector <16 x float> %1903, <16 x float> %1904, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1920 = shufflevector <16 x float> %1905, <16 x float> %1906, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1921 = shufflevector <16 x float> %1903, <16 x float> %1904, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1922 = shufflevector <16 x float> %1905, <16 x float> %1906, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1923 = shufflevector <16 x float> %1907, <16 x float> %1908, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1924 = shufflevector <16 x float> %1909, <16 x float> %1910, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1925 = shufflevector <16 x float> %1907, <16 x float> %1908, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1926 = shufflevector <16 x float> %1909, <16 x float> %1910, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1927 = shufflevector <16 x float> %1911, <16 x float> %1912, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1928 = shufflevector <16 x float> %1913, <16 x float> %1914, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1929 = shufflevector <16 x float> %1911, <16 x float> %1912, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1930 = shufflevector <16 x float> %1913, <16 x float> %1914, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1931 = shufflevector <16 x float> %1915, <16 x float> %1916, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1932 = shufflevector <16 x float> %1917, <16 x float> %1918, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1933 = shufflevector <16 x float> %1915, <16 x float> %1916, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1934 = shufflevector <16 x float> %1917, <16 x float> %1918, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1935 = shufflevector <16 x float> %1919, <16 x float> %1920, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2542 = shl nuw nsw i64 %j18.addr.02640, 6
  %1936 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2542
  store <16 x float> %1935, ptr %1936, align 4
  %1937 = shufflevector <16 x float> %1919, <16 x float> %1920, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1938 = shl nuw nsw i64 %j18.addr.02640, 4
  %1939 = or disjoint i64 %1938, 16
  %1940 = getelementptr inbounds float, ptr %VnT, i64 %1939
  store <16 x float> %1937, ptr %1940, align 4
  %1941 = shufflevector <16 x float> %1921, <16 x float> %1922, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1942 = or disjoint i64 %1938, 32
  %1943 = getelementptr inbounds float, ptr %VnT, i64 %1942
  store <16 x float> %1941, ptr %1943, align 4
  %1944 = shufflevector <16 x float> %1921, <16 x float> %1922, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1945 = or disjoint i64 %1938, 48
  %1946 = getelementptr inbounds float, ptr %VnT, i64 %1945
  store <16 x float> %1944, ptr %1946, align 4
  %1947 = shufflevector <16 x float> %1923, <16 x float> %1924, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1948 = or disjoint i64 %1938, 64
  %1949 = getelementptr inbounds float, ptr %VnT, i64 %1948
  store <16 x float> %1947, ptr %1949, align 4
  %1950 = shufflevector <16 x float> %1923, <16 x float> %1924, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1951 = or disjoint i64 %1938, 80
  %1952 = getelementptr inbounds float, ptr %VnT, i64 %1951
  store <16 x float> %1950, ptr %1952, align 4
  %1953 = shufflevector <16 x float> %1925, <16 x float> %1926, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1954 = or disjoint i64 %1938, 96
  %1955 = getelementptr inbounds float, ptr %VnT, i64 %1954
  store <16 x float> %1953, ptr %1955, align 4
  %1956 = shufflevector <16 x float> %1925, <16 x float> %1926, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1957 = or disjoint i64 %1938, 112
  %1958 = getelementptr inbounds float, ptr %VnT, i64 %1957
  store <16 x float> %1956, ptr %1958, align 4
  %1959 = shufflevector <16 x float> %1927, <16 x float> %1928, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1960 = or disjoint i64 %1938, 128
  %1961 = getelementptr inbounds float, ptr %VnT, i64 %1960
  store <16 x float> %1959, ptr %1961, align 4
  %1962 = shufflevector <16 x float> %1927, <16 x float> %1928, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1963 = or disjoint i64 %1938, 144
  %1964 = getelementptr inbounds float, ptr %VnT, i64 %1963
  store <16 x float> %1962, ptr %1964, align 4
  %1965 = shufflevector <16 x float> %1929, <16 x float> %1930, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1966 = or disjoint i64 %1938, 160
  %1967 = getelementptr inbounds float, ptr %VnT, i64 %1966
  store <16 x float> %1965, ptr %1967, align 4
  %1968 = shufflevector <16 x float> %1929, <16 x float> %1930, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1969 = or disjoint i64 %1938, 176
  %1970 = getelementptr inbounds float, ptr %VnT, i64 %1969
  store <16 x float> %1968, ptr %1970, align 4
  %1971 = shufflevector <16 x float> %1931, <16 x float> %1932, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1972 = or disjoint i64 %1938, 192
  %1973 = getelementptr inbounds float, ptr %VnT, i64 %1972
  store <16 x float> %1971, ptr %1973, align 4
  %1974 = shufflevector <16 x float> %1931, <16 x float> %1932, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1975 = or disjoint i64 %1938, 208
  %1976 = getelementptr inbounds float, ptr %VnT, i64 %1975
  store <16 x float> %1974, ptr %1976, align 4
  %1977 = shufflevector <16 x float> %1933, <16 x float> %1934, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1978 = or disjoint i64 %1938, 224
  %1979 = getelementptr inbounds float, ptr %VnT, i64 %1978
  store <16 x float> %1977, ptr %1979, align 4
  %1980 = shufflevector <16 x float> %1933, <16 x float> %1934, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1981 = or disjoint i64 %1938, 240
  %1982 = getelementptr inbounds float, ptr %VnT, i64 %1981
  store <16 x float> %1980, ptr %1982, align 4
  br i1 %1839, label %j18.body, label %p5.body

p5.body:                                          ; preds = %j18.body, %p5.body
  %acc32.02649 = phi <16 x float> [ %1990, %p5.body ], [ zeroinitializer, %j18.body ]
  %acc33.02648 = phi <16 x float> [ %1996, %p5.body ], [ zeroinitializer, %j18.body ]
  %acc34.02647 = phi <16 x float> [ %2002, %p5.body ], [ zeroinitializer, %j18.body ]
  %acc35.02646 = phi <16 x float> [ %2008, %p5.body ], [ zeroinitializer, %j18.body ]
  %acc36.02645 = phi <16 x float> [ %2014, %p5.body ], [ zeroinitializer, %j18.body ]
  %acc37.02644 = phi <16 x float> [ %2020, %p5.body ], [ zeroinitializer, %j18.body ]
  %acc38.02643 = phi <16 x float> [ %2026, %p5.body ], [ zeroinitializer, %j18.body ]
  %acc39.02642 = phi <16 x float> [ %2032, %p5.body ], [ zeroinitializer, %j18.body ]
  %p5.addr.02641 = phi i64 [ %p5.next, %p5.body ], [ 0, %j18.body ]
  %.idx2541 = shl nuw nsw i64 %p5.addr.02641, 6
  %1983 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2541
  %1984 = load <16 x float>, ptr %1983, align 4
  %1985 = or disjoint i64 %p5.addr.02641, 2560
  %1986 = getelementptr inbounds float, ptr %Bk, i64 %1985
  %1987 = load float, ptr %1986, align 4
  %1988 = insertelement <16 x float> poison, float %1987, i64 0
  %1989 = shufflevector <16 x float> %1988, <16 x float> poison, <16 x i32> zeroinitializer
  %1990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1984, <16 x float> %acc32.02649)
  %1991 = or disjoint i64 %p5.addr.02641, 2592
  %1992 = getelementptr inbounds float, ptr %Bk, i64 %1991
  %1993 = load float, ptr %1992, align 4
  %1994 = insertelement <16 x float> poison, float %1993, i64 0
  %1995 = shufflevector <16 x float> %1994, <16 x float> poison, <16 x i32> zeroinitializer
  %1996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1995, <16 x float> %1984, <16 x float> %acc33.02648)
  %1997 = or disjoint i64 %p5.addr.02641, 2624
  %1998 = getelementptr inbounds float, ptr %Bk, i64 %1997
  %1999 = load float, ptr %1998, align 4
  %2000 = insertelement <16 x float> poison, float %1999, i64 0
  %2001 = shufflevector <16 x float> %2000, <16 x float> poison, <16 x i32> zeroinitializer
  %2002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2001, <16 x float> %1984, <16 x float> %acc34.02647)
  %2003 = or disjoint i64 %p5.addr.02641, 2656
  %2004 = getelementptr inbounds float, ptr %Bk, i64 %2003
  %2005 = load float, ptr %2004, align 4
  %2006 = insertelement <16 x float> poison, float %2005, i64 0
  %2007 = shufflevector <16 x float> %2006, <16 x float> poison, <16 x i32> zeroinitializer
  %2008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2007, <16 x float> %1984, <16 x float> %acc35.02646)
  %2009 = or disjoint i64 %p5.addr.02641, 2688
  %2010 = getelementptr inbounds float, ptr %Bk, i64 %2009
  %2011 = load float, ptr %2010, align 4
  %2012 = insertelement <16 x float> poison, float %2011, i64 0
  %2013 = shufflevector <16 x float> %2012, <16 x float> poison, <16 x i32> zeroinitializer
  %2014 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2013, <16 x float> %1984, <16 x float> %acc36.02645)
  %2015 = or disjoint i64 %p5.addr.02641, 2720
  %2016 = getelementptr inbounds float, ptr %Bk, i64 %2015
  %2017 = load float, ptr %2016, align 4
  %2018 = insertelement <16 x float> poison, float %2017, i64 0
  %2019 = shufflevector <16 x float> %2018, <16 x float> poison, <16 x i32> zeroinitializer
  %2020 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2019, <16 x float> %1984, <16 x float> %acc37.02644)
  %2021 = or disjoint i64 %p5.addr.02641, 2752
  %2022 = getelementptr inbounds float, ptr %Bk, i64 %2021
  %2023 = load float, ptr %2022, align 4
  %2024 = insertelement <16 x float> poison, float %2023, i64 0
  %2025 = shufflevector <16 x float> %2024, <16 x float> poison, <16 x i32> zeroinitializer
  %2026 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2025, <16 x float> %1984, <16 x float> %acc38.02643)
  %2027 = or disjoint i64 %p5.addr.02641, 2784
  %2028 = getelementptr inbounds float, ptr %Bk, i64 %2027
  %2029 = load float, ptr %2028, align 4
  %2030 = insertelement <16 x float> poison, float %2029, i64 0
  %2031 = shufflevector <16 x float> %2030, <16 x float> poison, <16 x i32> zeroinitializer
  %2032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2031, <16 x float> %1984, <16 x float> %acc39.02642)
  %p5.next = add nuw nsw i64 %p5.addr.02641, 1
  %exitcond3069.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond3069.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  store <16 x float> %1990, ptr %PT, align 4
  store <16 x float> %1996, ptr %107, align 4
  store <16 x float> %2002, ptr %108, align 4
  store <16 x float> %2008, ptr %109, align 4
  store <16 x float> %2014, ptr %110, align 4
  store <16 x float> %2020, ptr %111, align 4
  store <16 x float> %2026, ptr %112, align 4
  store <16 x float> %2032, ptr %113, align 4
  br label %p5.body.1

p5.body.1:                                        ; preds = %p5.body.1, %p5.exit
  %acc32.02649.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2041, %p5.body.1 ]
  %acc33.02648.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2047, %p5.body.1 ]
  %acc34.02647.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2053, %p5.body.1 ]
  %acc35.02646.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2059, %p5.body.1 ]
  %acc36.02645.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2065, %p5.body.1 ]
  %acc37.02644.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2071, %p5.body.1 ]
  %acc38.02643.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2077, %p5.body.1 ]
  %acc39.02642.1 = phi <16 x float> [ zeroinitializer, %p5.exit ], [ %2083, %p5.body.1 ]
  %p5.addr.02641.1 = phi i64 [ 0, %p5.exit ], [ %p5.next.1, %p5.body.1 ]
  %.idx2541.1 = shl nuw nsw i64 %p5.addr.02641.1, 6
  %2033 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2541.1
  %2034 = load <16 x float>, ptr %2033, align 4
  %2035 = add nuw nsw i64 %p5.addr.02641.1, 256
  %2036 = or disjoint i64 %2035, 2560
  %2037 = getelementptr inbounds float, ptr %Bk, i64 %2036
  %2038 = load float, ptr %2037, align 4
  %2039 = insertelement <16 x float> poison, float %2038, i64 0
  %2040 = shufflevector <16 x float> %2039, <16 x float> poison, <16 x i32> zeroinitializer
  %2041 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2040, <16 x float> %2034, <16 x float> %acc32.02649.1)
  %2042 = or disjoint i64 %2035, 2592
  %2043 = getelementptr inbounds float, ptr %Bk, i64 %2042
  %2044 = load float, ptr %2043, align 4
  %2045 = insertelement <16 x float> poison, float %2044, i64 0
  %2046 = shufflevector <16 x float> %2045, <16 x float> poison, <16 x i32> zeroinitializer
  %2047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2046, <16 x float> %2034, <16 x float> %acc33.02648.1)
  %2048 = or disjoint i64 %2035, 2624
  %2049 = getelementptr inbounds float, ptr %Bk, i64 %2048
  %2050 = load float, ptr %2049, align 4
  %2051 = insertelement <16 x float> poison, float %2050, i64 0
  %2052 = shufflevector <16 x float> %2051, <16 x float> poison, <16 x i32> zeroinitializer
  %2053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2052, <16 x float> %2034, <16 x float> %acc34.02647.1)
  %2054 = or disjoint i64 %2035, 2656
  %2055 = getelementptr inbounds float, ptr %Bk, i64 %2054
  %2056 = load float, ptr %2055, align 4
  %2057 = insertelement <16 x float> poison, float %2056, i64 0
  %2058 = shufflevector <16 x float> %2057, <16 x float> poison, <16 x i32> zeroinitializer
  %2059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2058, <16 x float> %2034, <16 x float> %acc35.02646.1)
  %2060 = or disjoint i64 %2035, 2688
  %2061 = getelementptr inbounds float, ptr %Bk, i64 %2060
  %2062 = load float, ptr %2061, align 4
  %2063 = insertelement <16 x float> poison, float %2062, i64 0
  %2064 = shufflevector <16 x float> %2063, <16 x float> poison, <16 x i32> zeroinitializer
  %2065 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2064, <16 x float> %2034, <16 x float> %acc36.02645.1)
  %2066 = or disjoint i64 %2035, 2720
  %2067 = getelementptr inbounds float, ptr %Bk, i64 %2066
  %2068 = load float, ptr %2067, align 4
  %2069 = insertelement <16 x float> poison, float %2068, i64 0
  %2070 = shufflevector <16 x float> %2069, <16 x float> poison, <16 x i32> zeroinitializer
  %2071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2070, <16 x float> %2034, <16 x float> %acc37.02644.1)
  %2072 = or disjoint i64 %2035, 2752
  %2073 = getelementptr inbounds float, ptr %Bk, i64 %2072
  %2074 = load float, ptr %2073, align 4
  %2075 = insertelement <16 x float> poison, float %2074, i64 0
  %2076 = shufflevector <16 x float> %2075, <16 x float> poison, <16 x i32> zeroinitializer
  %2077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2076, <16 x float> %2034, <16 x float> %acc38.02643.1)
  %2078 = or disjoint i64 %2035, 2784
  %2079 = getelementptr inbounds float, ptr %Bk, i64 %2078
  %2080 = load float, ptr %2079, align 4
  %2081 = insertelement <16 x float> poison, float %2080, i64 0
  %2082 = shufflevector <16 x float> %2081, <16 x float> poison, <16 x i32> zeroinitializer
  %2083 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2082, <16 x float> %2034, <16 x float> %acc39.02642.1)
  %p5.next.1 = add nuw nsw i64 %p5.addr.02641.1, 1
  %exitcond3069.1.not = icmp eq i64 %p5.next.1, 32
  br i1 %exitcond3069.1.not, label %p5.exit.1, label %p5.body.1

p5.exit.1:                                        ; preds = %p5.body.1
  %2084 = load <16 x float>, ptr %M, align 4
  %2085 = fmul <16 x float> %1990, %2084
  store <16 x float> %2085, ptr %PT, align 4
  %2086 = load <16 x float>, ptr %122, align 4
  %2087 = fmul <16 x float> %1996, %2086
  store <16 x float> %2087, ptr %107, align 4
  %2088 = load <16 x float>, ptr %123, align 4
  %2089 = fmul <16 x float> %2002, %2088
  store <16 x float> %2089, ptr %108, align 4
  %2090 = load <16 x float>, ptr %124, align 4
  %2091 = fmul <16 x float> %2008, %2090
  store <16 x float> %2091, ptr %109, align 4
  %2092 = load <16 x float>, ptr %125, align 4
  %2093 = fmul <16 x float> %2014, %2092
  store <16 x float> %2093, ptr %110, align 4
  %2094 = load <16 x float>, ptr %126, align 4
  %2095 = fmul <16 x float> %2020, %2094
  store <16 x float> %2095, ptr %111, align 4
  %2096 = load <16 x float>, ptr %127, align 4
  %2097 = fmul <16 x float> %2026, %2096
  store <16 x float> %2097, ptr %112, align 4
  %2098 = load <16 x float>, ptr %128, align 4
  %2099 = fmul <16 x float> %2032, %2098
  store <16 x float> %2099, ptr %113, align 4
  %2100 = load <16 x float>, ptr %129, align 4
  %2101 = fmul <16 x float> %2041, %2100
  store <16 x float> %2101, ptr %114, align 4
  %2102 = load <16 x float>, ptr %130, align 4
  %2103 = fmul <16 x float> %2047, %2102
  store <16 x float> %2103, ptr %115, align 4
  %2104 = load <16 x float>, ptr %131, align 4
  %2105 = fmul <16 x float> %2053, %2104
  store <16 x float> %2105, ptr %116, align 4
  %2106 = load <16 x float>, ptr %132, align 4
  %2107 = fmul <16 x float> %2059, %2106
  store <16 x float> %2107, ptr %117, align 4
  %2108 = load <16 x float>, ptr %133, align 4
  %2109 = fmul <16 x float> %2065, %2108
  store <16 x float> %2109, ptr %118, align 4
  %2110 = load <16 x float>, ptr %134, align 4
  %2111 = fmul <16 x float> %2071, %2110
  store <16 x float> %2111, ptr %119, align 4
  %2112 = load <16 x float>, ptr %135, align 4
  %2113 = fmul <16 x float> %2077, %2112
  store <16 x float> %2113, ptr %120, align 4
  %2114 = load <16 x float>, ptr %136, align 4
  %2115 = fmul <16 x float> %2083, %2114
  store <16 x float> %2115, ptr %121, align 4
  %2116 = load <16 x float>, ptr %137, align 4
  store <16 x float> %2116, ptr %138, align 4
  %2117 = load <16 x float>, ptr %139, align 4
  store <16 x float> %2117, ptr %140, align 4
  %2118 = load <16 x float>, ptr %141, align 4
  store <16 x float> %2118, ptr %142, align 4
  %2119 = load <16 x float>, ptr %143, align 4
  store <16 x float> %2119, ptr %144, align 4
  %2120 = load <16 x float>, ptr %145, align 4
  store <16 x float> %2120, ptr %146, align 4
  %2121 = load <16 x float>, ptr %147, align 4
  store <16 x float> %2121, ptr %148, align 4
  %2122 = load <16 x float>, ptr %149, align 4
  store <16 x float> %2122, ptr %150, align 4
  %2123 = load <16 x float>, ptr %151, align 4
  store <16 x float> %2123, ptr %152, align 4
  %2124 = load <16 x float>, ptr %153, align 4
  store <16 x float> %2124, ptr %154, align 4
  %2125 = load <16 x float>, ptr %155, align 4
  store <16 x float> %2125, ptr %156, align 4
  %2126 = load <16 x float>, ptr %157, align 4
  store <16 x float> %2126, ptr %158, align 4
  %2127 = load <16 x float>, ptr %159, align 4
  store <16 x float> %2127, ptr %160, align 4
  %2128 = load <16 x float>, ptr %161, align 4
  store <16 x float> %2128, ptr %162, align 4
  %2129 = load <16 x float>, ptr %163, align 4
  store <16 x float> %2129, ptr %164, align 4
  %2130 = load <16 x float>, ptr %165, align 4
  store <16 x float> %2130, ptr %166, align 4
  %2131 = load <16 x float>, ptr %167, align 4
  store <16 x float> %2131, ptr %168, align 4
  %2132 = load <16 x float>, ptr %169, align 4
  store <16 x float> %2132, ptr %170, align 4
  %2133 = load <16 x float>, ptr %171, align 4
  store <16 x float> %2133, ptr %172, align 4
  %2134 = load <16 x float>, ptr %173, align 4
  store <16 x float> %2134, ptr %174, align 4
  %2135 = load <16 x float>, ptr %175, align 4
  store <16 x float> %2135, ptr %176, align 4
  %2136 = load <16 x float>, ptr %177, align 4
  store <16 x float> %2136, ptr %178, align 4
  %2137 = load <16 x float>, ptr %179, align 4
  store <16 x float> %2137, ptr %180, align 4
  %2138 = load <16 x float>, ptr %181, align 4
  store <16 x float> %2138, ptr %182, align 4
  %2139 = load <16 x float>, ptr %183, align 4
  store <16 x float> %2139, ptr %184, align 4
  %2140 = load <16 x float>, ptr %185, align 4
  store <16 x float> %2140, ptr %186, align 4
  %2141 = load <16 x float>, ptr %187, align 4
  store <16 x float> %2141, ptr %188, align 4
  %2142 = load <16 x float>, ptr %189, align 4
  store <16 x float> %2142, ptr %190, align 4
  %2143 = load <16 x float>, ptr %191, align 4
  store <16 x float> %2143, ptr %192, align 4
  %2144 = load <16 x float>, ptr %193, align 4
  store <16 x float> %2144, ptr %194, align 4
  %2145 = load <16 x float>, ptr %195, align 4
  store <16 x float> %2145, ptr %196, align 4
  %2146 = load <16 x float>, ptr %197, align 4
  store <16 x float> %2146, ptr %198, align 4
  %2147 = load <16 x float>, ptr %199, align 4
  store <16 x float> %2147, ptr %200, align 4
  br label %i24.body

i24.body:                                         ; preds = %p5.exit.1, %p6.exit
  %2148 = phi i1 [ false, %p6.exit ], [ true, %p5.exit.1 ]
  %i24.addr.02671 = phi i64 [ 8, %p6.exit ], [ 0, %p5.exit.1 ]
  %2149 = shl nuw nsw i64 %i24.addr.02671, 5
  %2150 = or disjoint i64 %2149, 512
  %2151 = getelementptr inbounds float, ptr %OY, i64 %2150
  %2152 = load <16 x float>, ptr %2151, align 4
  %2153 = or disjoint i64 %2149, 528
  %2154 = getelementptr inbounds float, ptr %OY, i64 %2153
  %2155 = load <16 x float>, ptr %2154, align 4
  %2156 = or disjoint i64 %i24.addr.02671, 1
  %2157 = shl nuw nsw i64 %2156, 5
  %2158 = or disjoint i64 %2157, 512
  %2159 = getelementptr inbounds float, ptr %OY, i64 %2158
  %2160 = load <16 x float>, ptr %2159, align 4
  %2161 = or disjoint i64 %2157, 528
  %2162 = getelementptr inbounds float, ptr %OY, i64 %2161
  %2163 = load <16 x float>, ptr %2162, align 4
  %2164 = or disjoint i64 %i24.addr.02671, 2
  %2165 = shl nuw nsw i64 %2164, 5
  %2166 = or disjoint i64 %2165, 512
  %2167 = getelementptr inbounds float, ptr %OY, i64 %2166
  %2168 = load <16 x float>, ptr %2167, align 4
  %2169 = or disjoint i64 %2165, 528
  %2170 = getelementptr inbounds float, ptr %OY, i64 %2169
  %2171 = load <16 x float>, ptr %2170, align 4
  %2172 = or disjoint i64 %i24.addr.02671, 3
  %2173 = shl nuw nsw i64 %2172, 5
  %2174 = or disjoint i64 %2173, 512
  %2175 = getelementptr inbounds float, ptr %OY, i64 %2174
  %2176 = load <16 x float>, ptr %2175, align 4
  %2177 = or disjoint i64 %2173, 528
  %2178 = getelementptr inbounds float, ptr %OY, i64 %2177
  %2179 = load <16 x float>, ptr %2178, align 4
  %2180 = or disjoint i64 %i24.addr.02671, 4
  %2181 = shl nuw nsw i64 %2180, 5
  %2182 = or disjoint i64 %2181, 512
  %2183 = getelementptr inbounds float, ptr %OY, i64 %2182
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = or disjoint i64 %2181, 528
  %2186 = getelementptr inbounds float, ptr %OY, i64 %2185
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %i24.addr.02671, 5
  %2189 = shl nuw nsw i64 %2188, 5
  %2190 = or disjoint i64 %2189, 512
  %2191 = getelementptr inbounds float, ptr %OY, i64 %2190
  %2192 = load <16 x float>, ptr %2191, align 4
  %2193 = or disjoint i64 %2189, 528
  %2194 = getelementptr inbounds float, ptr %OY, i64 %2193
  %2195 = load <16 x float>, ptr %2194, align 4
  %2196 = or disjoint i64 %i24.addr.02671, 6
  %2197 = shl nuw nsw i64 %2196, 5
  %2198 = or disjoint i64 %2197, 512
  %2199 = getelementptr inbounds float, ptr %OY, i64 %2198
  %2200 = load <16 x float>, ptr %2199, align 4
  %2201 = or disjoint i64 %2197, 528
  %2202 = getelementptr inbounds float, ptr %OY, i64 %2201
  %2203 = load <16 x float>, ptr %2202, align 4
  %2204 = or disjoint i64 %i24.addr.02671, 7
  %2205 = shl nuw nsw i64 %2204, 5
  %2206 = or disjoint i64 %2205, 512
  %2207 = getelementptr inbounds float, ptr %OY, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  %2209 = or disjoint i64 %2205, 528
  %2210 = getelementptr inbounds float, ptr %OY, i64 %2209
  %2211 = load <16 x float>, ptr %2210, align 4
  %.idx2845 = shl nuw nsw i64 %i24.addr.02671, 6
  %.idx2846 = shl nuw nsw i64 %2156, 6
  %.idx2847 = shl nuw nsw i64 %2164, 6
  %.idx2848 = shl nuw nsw i64 %2172, 6
  %.idx2849 = shl nuw nsw i64 %2180, 6
  %.idx2850 = shl nuw nsw i64 %2188, 6
  %.idx2851 = shl nuw nsw i64 %2196, 6
  %.idx2852 = shl nuw nsw i64 %2204, 6
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc40.02670 = phi <16 x float> [ %2152, %i24.body ], [ %2223, %p6.body ]
  %acc41.02669 = phi <16 x float> [ %2155, %i24.body ], [ %2224, %p6.body ]
  %acc42.02668 = phi <16 x float> [ %2160, %i24.body ], [ %2229, %p6.body ]
  %acc43.02667 = phi <16 x float> [ %2163, %i24.body ], [ %2230, %p6.body ]
  %acc44.02666 = phi <16 x float> [ %2168, %i24.body ], [ %2235, %p6.body ]
  %acc45.02665 = phi <16 x float> [ %2171, %i24.body ], [ %2236, %p6.body ]
  %acc46.02664 = phi <16 x float> [ %2176, %i24.body ], [ %2241, %p6.body ]
  %acc47.02663 = phi <16 x float> [ %2179, %i24.body ], [ %2242, %p6.body ]
  %acc48.02662 = phi <16 x float> [ %2184, %i24.body ], [ %2247, %p6.body ]
  %acc49.02661 = phi <16 x float> [ %2187, %i24.body ], [ %2248, %p6.body ]
  %acc50.02660 = phi <16 x float> [ %2192, %i24.body ], [ %2253, %p6.body ]
  %acc51.02659 = phi <16 x float> [ %2195, %i24.body ], [ %2254, %p6.body ]
  %acc52.02658 = phi <16 x float> [ %2200, %i24.body ], [ %2259, %p6.body ]
  %acc53.02657 = phi <16 x float> [ %2203, %i24.body ], [ %2260, %p6.body ]
  %acc54.02656 = phi <16 x float> [ %2208, %i24.body ], [ %2265, %p6.body ]
  %acc55.02655 = phi <16 x float> [ %2211, %i24.body ], [ %2266, %p6.body ]
  %p6.addr.02654 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %2212 = shl nuw nsw i64 %p6.addr.02654, 5
  %2213 = getelementptr inbounds float, ptr %OY, i64 %2212
  %2214 = load <16 x float>, ptr %2213, align 4
  %2215 = or disjoint i64 %2212, 16
  %2216 = getelementptr inbounds float, ptr %OY, i64 %2215
  %2217 = load <16 x float>, ptr %2216, align 4
  %2218 = getelementptr inbounds float, ptr %PT, i64 %p6.addr.02654
  %2219 = getelementptr inbounds i8, ptr %2218, i64 %.idx2845
  %2220 = load float, ptr %2219, align 4
  %2221 = insertelement <16 x float> poison, float %2220, i64 0
  %2222 = shufflevector <16 x float> %2221, <16 x float> poison, <16 x i32> zeroinitializer
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2222, <16 x float> %2214, <16 x float> %acc40.02670)
  %2224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2222, <16 x float> %2217, <16 x float> %acc41.02669)
  %2225 = getelementptr inbounds i8, ptr %2218, i64 %.idx2846
  %2226 = load float, ptr %2225, align 4
  %2227 = insertelement <16 x float> poison, float %2226, i64 0
  %2228 = shufflevector <16 x float> %2227, <16 x float> poison, <16 x i32> zeroinitializer
  %2229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2214, <16 x float> %acc42.02668)
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2217, <16 x float> %acc43.02667)
  %2231 = getelementptr inbounds i8, ptr %2218, i64 %.idx2847
  %2232 = load float, ptr %2231, align 4
  %2233 = insertelement <16 x float> poison, float %2232, i64 0
  %2234 = shufflevector <16 x float> %2233, <16 x float> poison, <16 x i32> zeroinitializer
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2214, <16 x float> %acc44.02666)
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2217, <16 x float> %acc45.02665)
  %2237 = getelementptr inbounds i8, ptr %2218, i64 %.idx2848
  %2238 = load float, ptr %2237, align 4
  %2239 = insertelement <16 x float> poison, float %2238, i64 0
  %2240 = shufflevector <16 x float> %2239, <16 x float> poison, <16 x i32> zeroinitializer
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2214, <16 x float> %acc46.02664)
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2240, <16 x float> %2217, <16 x float> %acc47.02663)
  %2243 = getelementptr inbounds i8, ptr %2218, i64 %.idx2849
  %2244 = load float, ptr %2243, align 4
  %2245 = insertelement <16 x float> poison, float %2244, i64 0
  %2246 = shufflevector <16 x float> %2245, <16 x float> poison, <16 x i32> zeroinitializer
  %2247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2214, <16 x float> %acc48.02662)
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2217, <16 x float> %acc49.02661)
  %2249 = getelementptr inbounds i8, ptr %2218, i64 %.idx2850
  %2250 = load float, ptr %2249, align 4
  %2251 = insertelement <16 x float> poison, float %2250, i64 0
  %2252 = shufflevector <16 x float> %2251, <16 x float> poison, <16 x i32> zeroinitializer
  %2253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2252, <16 x float> %2214, <16 x float> %acc50.02660)
  %2254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2252, <16 x float> %2217, <16 x float> %acc51.02659)
  %2255 = getelementptr inbounds i8, ptr %2218, i64 %.idx2851
  %2256 = load float, ptr %2255, align 4
  %2257 = insertelement <16 x float> poison, float %2256, i64 0
  %2258 = shufflevector <16 x float> %2257, <16 x float> poison, <16 x i32> zeroinitializer
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2214, <16 x float> %acc52.02658)
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2217, <16 x float> %acc53.02657)
  %2261 = getelementptr inbounds i8, ptr %2218, i64 %.idx2852
  %2262 = load float, ptr %2261, align 4
  %2263 = insertelement <16 x float> poison, float %2262, i64 0
  %2264 = shufflevector <16 x float> %2263, <16 x float> poison, <16 x i32> zeroinitializer
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2214, <16 x float> %acc54.02656)
  %2266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2217, <16 x float> %acc55.02655)
  %p6.next = add nuw nsw i64 %p6.addr.02654, 1
  %exitcond3076.not = icmp eq i64 %p6.next, 16
  br i1 %exitcond3076.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %2223, ptr %2151, align 4
  store <16 x float> %2224, ptr %2154, align 4
  store <16 x float> %2229, ptr %2159, align 4
  store <16 x float> %2230, ptr %2162, align 4
  store <16 x float> %2235, ptr %2167, align 4
  store <16 x float> %2236, ptr %2170, align 4
  store <16 x float> %2241, ptr %2175, align 4
  store <16 x float> %2242, ptr %2178, align 4
  store <16 x float> %2247, ptr %2183, align 4
  store <16 x float> %2248, ptr %2186, align 4
  store <16 x float> %2253, ptr %2191, align 4
  store <16 x float> %2254, ptr %2194, align 4
  store <16 x float> %2259, ptr %2199, align 4
  store <16 x float> %2260, ptr %2202, align 4
  store <16 x float> %2265, ptr %2207, align 4
  store <16 x float> %2266, ptr %2210, align 4
  br i1 %2148, label %i24.body, label %p7.body

p7.body:                                          ; preds = %p6.exit, %p7.body
  %acc56.02680 = phi <16 x float> [ %2273, %p7.body ], [ zeroinitializer, %p6.exit ]
  %acc57.02679 = phi <16 x float> [ %2279, %p7.body ], [ zeroinitializer, %p6.exit ]
  %acc58.02678 = phi <16 x float> [ %2285, %p7.body ], [ zeroinitializer, %p6.exit ]
  %acc59.02677 = phi <16 x float> [ %2291, %p7.body ], [ zeroinitializer, %p6.exit ]
  %acc60.02676 = phi <16 x float> [ %2297, %p7.body ], [ zeroinitializer, %p6.exit ]
  %acc61.02675 = phi <16 x float> [ %2303, %p7.body ], [ zeroinitializer, %p6.exit ]
  %acc62.02674 = phi <16 x float> [ %2309, %p7.body ], [ zeroinitializer, %p6.exit ]
  %p7.addr.02673 = phi i64 [ %p7.next, %p7.body ], [ 0, %p6.exit ]
  %acc63.02672 = phi <16 x float> [ %2315, %p7.body ], [ zeroinitializer, %p6.exit ]
  %.idx2539 = shl nuw nsw i64 %p7.addr.02673, 6
  %2267 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2539
  %2268 = load <16 x float>, ptr %2267, align 4
  %2269 = getelementptr inbounds float, ptr %Vn, i64 %p7.addr.02673
  %2270 = load float, ptr %2269, align 4
  %2271 = insertelement <16 x float> poison, float %2270, i64 0
  %2272 = shufflevector <16 x float> %2271, <16 x float> poison, <16 x i32> zeroinitializer
  %2273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2272, <16 x float> %2268, <16 x float> %acc56.02680)
  %2274 = or disjoint i64 %p7.addr.02673, 32
  %2275 = getelementptr inbounds float, ptr %Vn, i64 %2274
  %2276 = load float, ptr %2275, align 4
  %2277 = insertelement <16 x float> poison, float %2276, i64 0
  %2278 = shufflevector <16 x float> %2277, <16 x float> poison, <16 x i32> zeroinitializer
  %2279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2278, <16 x float> %2268, <16 x float> %acc57.02679)
  %2280 = or disjoint i64 %p7.addr.02673, 64
  %2281 = getelementptr inbounds float, ptr %Vn, i64 %2280
  %2282 = load float, ptr %2281, align 4
  %2283 = insertelement <16 x float> poison, float %2282, i64 0
  %2284 = shufflevector <16 x float> %2283, <16 x float> poison, <16 x i32> zeroinitializer
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2268, <16 x float> %acc58.02678)
  %2286 = or disjoint i64 %p7.addr.02673, 96
  %2287 = getelementptr inbounds float, ptr %Vn, i64 %2286
  %2288 = load float, ptr %2287, align 4
  %2289 = insertelement <16 x float> poison, float %2288, i64 0
  %2290 = shufflevector <16 x float> %2289, <16 x float> poison, <16 x i32> zeroinitializer
  %2291 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2290, <16 x float> %2268, <16 x float> %acc59.02677)
  %2292 = or disjoint i64 %p7.addr.02673, 128
  %2293 = getelementptr inbounds float, ptr %Vn, i64 %2292
  %2294 = load float, ptr %2293, align 4
  %2295 = insertelement <16 x float> poison, float %2294, i64 0
  %2296 = shufflevector <16 x float> %2295, <16 x float> poison, <16 x i32> zeroinitializer
  %2297 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2296, <16 x float> %2268, <16 x float> %acc60.02676)
  %2298 = or disjoint i64 %p7.addr.02673, 160
  %2299 = getelementptr inbounds float, ptr %Vn, i64 %2298
  %2300 = load float, ptr %2299, align 4
  %2301 = insertelement <16 x float> poison, float %2300, i64 0
  %2302 = shufflevector <16 x float> %2301, <16 x float> poison, <16 x i32> zeroinitializer
  %2303 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2302, <16 x float> %2268, <16 x float> %acc61.02675)
  %2304 = or disjoint i64 %p7.addr.02673, 192
  %2305 = getelementptr inbounds float, ptr %Vn, i64 %2304
  %2306 = load float, ptr %2305, align 4
  %2307 = insertelement <16 x float> poison, float %2306, i64 0
  %2308 = shufflevector <16 x float> %2307, <16 x float> poison, <16 x i32> zeroinitializer
  %2309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2308, <16 x float> %2268, <16 x float> %acc62.02674)
  %2310 = or disjoint i64 %p7.addr.02673, 224
  %2311 = getelementptr inbounds float, ptr %Vn, i64 %2310
  %2312 = load float, ptr %2311, align 4
  %2313 = insertelement <16 x float> poison, float %2312, i64 0
  %2314 = shufflevector <16 x float> %2313, <16 x float> poison, <16 x i32> zeroinitializer
  %2315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2314, <16 x float> %2268, <16 x float> %acc63.02672)
  %p7.next = add nuw nsw i64 %p7.addr.02673, 1
  %exitcond3077.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3077.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %2273, ptr %201, align 4
  store <16 x float> %2279, ptr %202, align 4
  store <16 x float> %2285, ptr %203, align 4
  store <16 x float> %2291, ptr %204, align 4
  store <16 x float> %2297, ptr %205, align 4
  store <16 x float> %2303, ptr %206, align 4
  store <16 x float> %2309, ptr %207, align 4
  store <16 x float> %2315, ptr %208, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %acc56.02680.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2323, %p7.body.1 ]
  %acc57.02679.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2329, %p7.body.1 ]
  %acc58.02678.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2335, %p7.body.1 ]
  %acc59.02677.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2341, %p7.body.1 ]
  %acc60.02676.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2347, %p7.body.1 ]
  %acc61.02675.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2353, %p7.body.1 ]
  %acc62.02674.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2359, %p7.body.1 ]
  %p7.addr.02673.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1, %p7.body.1 ]
  %acc63.02672.1 = phi <16 x float> [ zeroinitializer, %p7.exit ], [ %2365, %p7.body.1 ]
  %.idx2539.1 = shl nuw nsw i64 %p7.addr.02673.1, 6
  %2316 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2539.1
  %2317 = load <16 x float>, ptr %2316, align 4
  %2318 = add nuw nsw i64 %p7.addr.02673.1, 256
  %2319 = getelementptr inbounds float, ptr %Vn, i64 %2318
  %2320 = load float, ptr %2319, align 4
  %2321 = insertelement <16 x float> poison, float %2320, i64 0
  %2322 = shufflevector <16 x float> %2321, <16 x float> poison, <16 x i32> zeroinitializer
  %2323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2322, <16 x float> %2317, <16 x float> %acc56.02680.1)
  %2324 = or disjoint i64 %2318, 32
  %2325 = getelementptr inbounds float, ptr %Vn, i64 %2324
  %2326 = load float, ptr %2325, align 4
  %2327 = insertelement <16 x float> poison, float %2326, i64 0
  %2328 = shufflevector <16 x float> %2327, <16 x float> poison, <16 x i32> zeroinitializer
  %2329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2328, <16 x float> %2317, <16 x float> %acc57.02679.1)
  %2330 = or disjoint i64 %2318, 64
  %2331 = getelementptr inbounds float, ptr %Vn, i64 %2330
  %2332 = load float, ptr %2331, align 4
  %2333 = insertelement <16 x float> poison, float %2332, i64 0
  %2334 = shufflevector <16 x float> %2333, <16 x float> poison, <16 x i32> zeroinitializer
  %2335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2334, <16 x float> %2317, <16 x float> %acc58.02678.1)
  %2336 = or disjoint i64 %2318, 96
  %2337 = getelementptr inbounds float, ptr %Vn, i64 %2336
  %2338 = load float, ptr %2337, align 4
  %2339 = insertelement <16 x float> poison, float %2338, i64 0
  %2340 = shufflevector <16 x float> %2339, <16 x float> poison, <16 x i32> zeroinitializer
  %2341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2340, <16 x float> %2317, <16 x float> %acc59.02677.1)
  %2342 = or disjoint i64 %2318, 128
  %2343 = getelementptr inbounds float, ptr %Vn, i64 %2342
  %2344 = load float, ptr %2343, align 4
  %2345 = insertelement <16 x float> poison, float %2344, i64 0
  %2346 = shufflevector <16 x float> %2345, <16 x float> poison, <16 x i32> zeroinitializer
  %2347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2346, <16 x float> %2317, <16 x float> %acc60.02676.1)
  %2348 = or disjoint i64 %2318, 160
  %2349 = getelementptr inbounds float, ptr %Vn, i64 %2348
  %2350 = load float, ptr %2349, align 4
  %2351 = insertelement <16 x float> poison, float %2350, i64 0
  %2352 = shufflevector <16 x float> %2351, <16 x float> poison, <16 x i32> zeroinitializer
  %2353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2352, <16 x float> %2317, <16 x float> %acc61.02675.1)
  %2354 = or disjoint i64 %2318, 192
  %2355 = getelementptr inbounds float, ptr %Vn, i64 %2354
  %2356 = load float, ptr %2355, align 4
  %2357 = insertelement <16 x float> poison, float %2356, i64 0
  %2358 = shufflevector <16 x float> %2357, <16 x float> poison, <16 x i32> zeroinitializer
  %2359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2358, <16 x float> %2317, <16 x float> %acc62.02674.1)
  %2360 = or disjoint i64 %2318, 224
  %2361 = getelementptr inbounds float, ptr %Vn, i64 %2360
  %2362 = load float, ptr %2361, align 4
  %2363 = insertelement <16 x float> poison, float %2362, i64 0
  %2364 = shufflevector <16 x float> %2363, <16 x float> poison, <16 x i32> zeroinitializer
  %2365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2364, <16 x float> %2317, <16 x float> %acc63.02672.1)
  %p7.next.1 = add nuw nsw i64 %p7.addr.02673.1, 1
  %exitcond3077.1.not = icmp eq i64 %p7.next.1, 32
  br i1 %exitcond3077.1.not, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  %2366 = load <16 x float>, ptr %M, align 4
  %2367 = fmul <16 x float> %2273, %2366
  store <16 x float> %2367, ptr %invariant.gep2682, align 4
  %2368 = load <16 x float>, ptr %122, align 4
  %2369 = fmul <16 x float> %2279, %2368
  store <16 x float> %2369, ptr %gep2683.1, align 4
  %2370 = load <16 x float>, ptr %123, align 4
  %2371 = fmul <16 x float> %2285, %2370
  store <16 x float> %2371, ptr %gep2683.2, align 4
  %2372 = load <16 x float>, ptr %124, align 4
  %2373 = fmul <16 x float> %2291, %2372
  store <16 x float> %2373, ptr %gep2683.3, align 4
  %2374 = load <16 x float>, ptr %125, align 4
  %2375 = fmul <16 x float> %2297, %2374
  store <16 x float> %2375, ptr %gep2683.4, align 4
  %2376 = load <16 x float>, ptr %126, align 4
  %2377 = fmul <16 x float> %2303, %2376
  store <16 x float> %2377, ptr %gep2683.5, align 4
  %2378 = load <16 x float>, ptr %127, align 4
  %2379 = fmul <16 x float> %2309, %2378
  store <16 x float> %2379, ptr %gep2683.6, align 4
  %2380 = load <16 x float>, ptr %128, align 4
  %2381 = fmul <16 x float> %2315, %2380
  store <16 x float> %2381, ptr %gep2683.7, align 4
  %2382 = load <16 x float>, ptr %129, align 4
  %2383 = fmul <16 x float> %2323, %2382
  store <16 x float> %2383, ptr %gep2683.8, align 4
  %2384 = load <16 x float>, ptr %130, align 4
  %2385 = fmul <16 x float> %2329, %2384
  store <16 x float> %2385, ptr %gep2683.9, align 4
  %2386 = load <16 x float>, ptr %131, align 4
  %2387 = fmul <16 x float> %2335, %2386
  store <16 x float> %2387, ptr %gep2683.10, align 4
  %2388 = load <16 x float>, ptr %132, align 4
  %2389 = fmul <16 x float> %2341, %2388
  store <16 x float> %2389, ptr %gep2683.11, align 4
  %2390 = load <16 x float>, ptr %133, align 4
  %2391 = fmul <16 x float> %2347, %2390
  store <16 x float> %2391, ptr %gep2683.12, align 4
  %2392 = load <16 x float>, ptr %134, align 4
  %2393 = fmul <16 x float> %2353, %2392
  store <16 x float> %2393, ptr %gep2683.13, align 4
  %2394 = load <16 x float>, ptr %135, align 4
  %2395 = fmul <16 x float> %2359, %2394
  store <16 x float> %2395, ptr %gep2683.14, align 4
  %2396 = load <16 x float>, ptr %136, align 4
  %2397 = fmul <16 x float> %2365, %2396
  store <16 x float> %2397, ptr %gep2683.15, align 4
  br label %p8.body

p8.body:                                          ; preds = %p7.exit.1, %p8.body
  %p8.addr.02701 = phi i64 [ 0, %p7.exit.1 ], [ %p8.next, %p8.body ]
  %acc79.02700 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2459, %p8.body ]
  %acc78.02699 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2458, %p8.body ]
  %acc77.02698 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2452, %p8.body ]
  %acc76.02697 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2451, %p8.body ]
  %acc75.02696 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2445, %p8.body ]
  %acc74.02695 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2444, %p8.body ]
  %acc73.02694 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2438, %p8.body ]
  %acc72.02693 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2437, %p8.body ]
  %acc71.02692 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2431, %p8.body ]
  %acc70.02691 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2430, %p8.body ]
  %acc69.02690 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2424, %p8.body ]
  %acc68.02689 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2423, %p8.body ]
  %acc67.02688 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2417, %p8.body ]
  %acc66.02687 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2416, %p8.body ]
  %acc65.02686 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2410, %p8.body ]
  %acc64.02685 = phi <16 x float> [ zeroinitializer, %p7.exit.1 ], [ %2409, %p8.body ]
  %2398 = shl nuw nsw i64 %p8.addr.02701, 5
  %2399 = or disjoint i64 %2398, 1024
  %2400 = getelementptr inbounds float, ptr %Bk, i64 %2399
  %2401 = load <16 x float>, ptr %2400, align 4
  %2402 = or disjoint i64 %2398, 1040
  %2403 = getelementptr inbounds float, ptr %Bk, i64 %2402
  %2404 = load <16 x float>, ptr %2403, align 4
  %2405 = getelementptr inbounds float, ptr %OY, i64 %p8.addr.02701
  %2406 = load float, ptr %2405, align 4
  %2407 = insertelement <16 x float> poison, float %2406, i64 0
  %2408 = shufflevector <16 x float> %2407, <16 x float> poison, <16 x i32> zeroinitializer
  %2409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2408, <16 x float> %2401, <16 x float> %acc64.02685)
  %2410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2408, <16 x float> %2404, <16 x float> %acc65.02686)
  %2411 = or disjoint i64 %p8.addr.02701, 32
  %2412 = getelementptr inbounds float, ptr %OY, i64 %2411
  %2413 = load float, ptr %2412, align 4
  %2414 = insertelement <16 x float> poison, float %2413, i64 0
  %2415 = shufflevector <16 x float> %2414, <16 x float> poison, <16 x i32> zeroinitializer
  %2416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2415, <16 x float> %2401, <16 x float> %acc66.02687)
  %2417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2415, <16 x float> %2404, <16 x float> %acc67.02688)
  %2418 = or disjoint i64 %p8.addr.02701, 64
  %2419 = getelementptr inbounds float, ptr %OY, i64 %2418
  %2420 = load float, ptr %2419, align 4
  %2421 = insertelement <16 x float> poison, float %2420, i64 0
  %2422 = shufflevector <16 x float> %2421, <16 x float> poison, <16 x i32> zeroinitializer
  %2423 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2422, <16 x float> %2401, <16 x float> %acc68.02689)
  %2424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2422, <16 x float> %2404, <16 x float> %acc69.02690)
  %2425 = or disjoint i64 %p8.addr.02701, 96
  %2426 = getelementptr inbounds float, ptr %OY, i64 %2425
  %2427 = load float, ptr %2426, align 4
  %2428 = insertelement <16 x float> poison, float %2427, i64 0
  %2429 = shufflevector <16 x float> %2428, <16 x float> poison, <16 x i32> zeroinitializer
  %2430 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2429, <16 x float> %2401, <16 x float> %acc70.02691)
  %2431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2429, <16 x float> %2404, <16 x float> %acc71.02692)
  %2432 = or disjoint i64 %p8.addr.02701, 128
  %2433 = getelementptr inbounds float, ptr %OY, i64 %2432
  %2434 = load float, ptr %2433, align 4
  %2435 = insertelement <16 x float> poison, float %2434, i64 0
  %2436 = shufflevector <16 x float> %2435, <16 x float> poison, <16 x i32> zeroinitializer
  %2437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2436, <16 x float> %2401, <16 x float> %acc72.02693)
  %2438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2436, <16 x float> %2404, <16 x float> %acc73.02694)
  %2439 = or disjoint i64 %p8.addr.02701, 160
  %2440 = getelementptr inbounds float, ptr %OY, i64 %2439
  %2441 = load float, ptr %2440, align 4
  %2442 = insertelement <16 x float> poison, float %2441, i64 0
  %2443 = shufflevector <16 x float> %2442, <16 x float> poison, <16 x i32> zeroinitializer
  %2444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2401, <16 x float> %acc74.02695)
  %2445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2404, <16 x float> %acc75.02696)
  %2446 = or disjoint i64 %p8.addr.02701, 192
  %2447 = getelementptr inbounds float, ptr %OY, i64 %2446
  %2448 = load float, ptr %2447, align 4
  %2449 = insertelement <16 x float> poison, float %2448, i64 0
  %2450 = shufflevector <16 x float> %2449, <16 x float> poison, <16 x i32> zeroinitializer
  %2451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2401, <16 x float> %acc76.02697)
  %2452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2450, <16 x float> %2404, <16 x float> %acc77.02698)
  %2453 = or disjoint i64 %p8.addr.02701, 224
  %2454 = getelementptr inbounds float, ptr %OY, i64 %2453
  %2455 = load float, ptr %2454, align 4
  %2456 = insertelement <16 x float> poison, float %2455, i64 0
  %2457 = shufflevector <16 x float> %2456, <16 x float> poison, <16 x i32> zeroinitializer
  %2458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2457, <16 x float> %2401, <16 x float> %acc78.02699)
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2457, <16 x float> %2404, <16 x float> %acc79.02700)
  %p8.next = add nuw nsw i64 %p8.addr.02701, 1
  %exitcond3079.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3079.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <16 x float> %2409, ptr %dQc, align 4
  store <16 x float> %2410, ptr %209, align 4
  store <16 x float> %2416, ptr %210, align 4
  store <16 x float> %2417, ptr %211, align 4
  store <16 x float> %2423, ptr %212, align 4
  store <16 x float> %2424, ptr %213, align 4
  store <16 x float> %2430, ptr %214, align 4
  store <16 x float> %2431, ptr %215, align 4
  store <16 x float> %2437, ptr %216, align 4
  store <16 x float> %2438, ptr %217, align 4
  store <16 x float> %2444, ptr %218, align 4
  store <16 x float> %2445, ptr %219, align 4
  store <16 x float> %2451, ptr %220, align 4
  store <16 x float> %2452, ptr %221, align 4
  store <16 x float> %2458, ptr %222, align 4
  store <16 x float> %2459, ptr %223, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.02701.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1, %p8.body.1 ]
  %acc79.02700.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2522, %p8.body.1 ]
  %acc78.02699.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2521, %p8.body.1 ]
  %acc77.02698.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2515, %p8.body.1 ]
  %acc76.02697.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2514, %p8.body.1 ]
  %acc75.02696.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2508, %p8.body.1 ]
  %acc74.02695.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2507, %p8.body.1 ]
  %acc73.02694.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2501, %p8.body.1 ]
  %acc72.02693.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2500, %p8.body.1 ]
  %acc71.02692.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2494, %p8.body.1 ]
  %acc70.02691.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2493, %p8.body.1 ]
  %acc69.02690.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2487, %p8.body.1 ]
  %acc68.02689.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2486, %p8.body.1 ]
  %acc67.02688.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2480, %p8.body.1 ]
  %acc66.02687.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2479, %p8.body.1 ]
  %acc65.02686.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2473, %p8.body.1 ]
  %acc64.02685.1 = phi <16 x float> [ zeroinitializer, %p8.exit ], [ %2472, %p8.body.1 ]
  %2460 = shl nuw nsw i64 %p8.addr.02701.1, 5
  %2461 = or disjoint i64 %2460, 1024
  %2462 = getelementptr inbounds float, ptr %Bk, i64 %2461
  %2463 = load <16 x float>, ptr %2462, align 4
  %2464 = or disjoint i64 %2460, 1040
  %2465 = getelementptr inbounds float, ptr %Bk, i64 %2464
  %2466 = load <16 x float>, ptr %2465, align 4
  %2467 = add nuw nsw i64 %p8.addr.02701.1, 256
  %2468 = getelementptr inbounds float, ptr %OY, i64 %2467
  %2469 = load float, ptr %2468, align 4
  %2470 = insertelement <16 x float> poison, float %2469, i64 0
  %2471 = shufflevector <16 x float> %2470, <16 x float> poison, <16 x i32> zeroinitializer
  %2472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2463, <16 x float> %acc64.02685.1)
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2466, <16 x float> %acc65.02686.1)
  %2474 = or disjoint i64 %2467, 32
  %2475 = getelementptr inbounds float, ptr %OY, i64 %2474
  %2476 = load float, ptr %2475, align 4
  %2477 = insertelement <16 x float> poison, float %2476, i64 0
  %2478 = shufflevector <16 x float> %2477, <16 x float> poison, <16 x i32> zeroinitializer
  %2479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2463, <16 x float> %acc66.02687.1)
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2466, <16 x float> %acc67.02688.1)
  %2481 = or disjoint i64 %2467, 64
  %2482 = getelementptr inbounds float, ptr %OY, i64 %2481
  %2483 = load float, ptr %2482, align 4
  %2484 = insertelement <16 x float> poison, float %2483, i64 0
  %2485 = shufflevector <16 x float> %2484, <16 x float> poison, <16 x i32> zeroinitializer
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2463, <16 x float> %acc68.02689.1)
  %2487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2466, <16 x float> %acc69.02690.1)
  %2488 = or disjoint i64 %2467, 96
  %2489 = getelementptr inbounds float, ptr %OY, i64 %2488
  %2490 = load float, ptr %2489, align 4
  %2491 = insertelement <16 x float> poison, float %2490, i64 0
  %2492 = shufflevector <16 x float> %2491, <16 x float> poison, <16 x i32> zeroinitializer
  %2493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2463, <16 x float> %acc70.02691.1)
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2466, <16 x float> %acc71.02692.1)
  %2495 = or disjoint i64 %2467, 128
  %2496 = getelementptr inbounds float, ptr %OY, i64 %2495
  %2497 = load float, ptr %2496, align 4
  %2498 = insertelement <16 x float> poison, float %2497, i64 0
  %2499 = shufflevector <16 x float> %2498, <16 x float> poison, <16 x i32> zeroinitializer
  %2500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2463, <16 x float> %acc72.02693.1)
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2466, <16 x float> %acc73.02694.1)
  %2502 = or disjoint i64 %2467, 160
  %2503 = getelementptr inbounds float, ptr %OY, i64 %2502
  %2504 = load float, ptr %2503, align 4
  %2505 = insertelement <16 x float> poison, float %2504, i64 0
  %2506 = shufflevector <16 x float> %2505, <16 x float> poison, <16 x i32> zeroinitializer
  %2507 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2506, <16 x float> %2463, <16 x float> %acc74.02695.1)
  %2508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2506, <16 x float> %2466, <16 x float> %acc75.02696.1)
  %2509 = or disjoint i64 %2467, 192
  %2510 = getelementptr inbounds float, ptr %OY, i64 %2509
  %2511 = load float, ptr %2510, align 4
  %2512 = insertelement <16 x float> poison, float %2511, i64 0
  %2513 = shufflevector <16 x float> %2512, <16 x float> poison, <16 x i32> zeroinitializer
  %2514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2513, <16 x float> %2463, <16 x float> %acc76.02697.1)
  %2515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2513, <16 x float> %2466, <16 x float> %acc77.02698.1)
  %2516 = or disjoint i64 %2467, 224
  %2517 = getelementptr inbounds float, ptr %OY, i64 %2516
  %2518 = load float, ptr %2517, align 4
  %2519 = insertelement <16 x float> poison, float %2518, i64 0
  %2520 = shufflevector <16 x float> %2519, <16 x float> poison, <16 x i32> zeroinitializer
  %2521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2520, <16 x float> %2463, <16 x float> %acc78.02699.1)
  %2522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2520, <16 x float> %2466, <16 x float> %acc79.02700.1)
  %p8.next.1 = add nuw nsw i64 %p8.addr.02701.1, 1
  %exitcond3079.1.not = icmp eq i64 %p8.next.1, 32
  br i1 %exitcond3079.1.not, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  store <16 x float> %2472, ptr %224, align 4
  store <16 x float> %2473, ptr %225, align 4
  store <16 x float> %2479, ptr %226, align 4
  store <16 x float> %2480, ptr %227, align 4
  store <16 x float> %2486, ptr %228, align 4
  store <16 x float> %2487, ptr %229, align 4
  store <16 x float> %2493, ptr %230, align 4
  store <16 x float> %2494, ptr %231, align 4
  store <16 x float> %2500, ptr %232, align 4
  store <16 x float> %2501, ptr %233, align 4
  store <16 x float> %2507, ptr %234, align 4
  store <16 x float> %2508, ptr %235, align 4
  store <16 x float> %2514, ptr %236, align 4
  store <16 x float> %2515, ptr %237, align 4
  store <16 x float> %2521, ptr %238, align 4
  store <16 x float> %2522, ptr %239, align 4
  br label %i27.body

i27.body:                                         ; preds = %p8.exit.1, %endif1335
  %2523 = phi i1 [ false, %endif1335 ], [ true, %p8.exit.1 ]
  %i27.addr.02720 = phi i64 [ 8, %endif1335 ], [ 0, %p8.exit.1 ]
  %2524 = shl nuw nsw i64 %i27.addr.02720, 5
  %2525 = getelementptr inbounds float, ptr %dQc, i64 %2524
  %2526 = load <16 x float>, ptr %2525, align 4
  %2527 = or disjoint i64 %2524, 16
  %2528 = getelementptr inbounds float, ptr %dQc, i64 %2527
  %2529 = load <16 x float>, ptr %2528, align 4
  %2530 = or disjoint i64 %i27.addr.02720, 1
  %2531 = shl nuw nsw i64 %2530, 5
  %2532 = getelementptr inbounds float, ptr %dQc, i64 %2531
  %2533 = load <16 x float>, ptr %2532, align 4
  %2534 = or disjoint i64 %2531, 16
  %2535 = getelementptr inbounds float, ptr %dQc, i64 %2534
  %2536 = load <16 x float>, ptr %2535, align 4
  %2537 = or disjoint i64 %i27.addr.02720, 2
  %2538 = shl nuw nsw i64 %2537, 5
  %2539 = getelementptr inbounds float, ptr %dQc, i64 %2538
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = or disjoint i64 %2538, 16
  %2542 = getelementptr inbounds float, ptr %dQc, i64 %2541
  %2543 = load <16 x float>, ptr %2542, align 4
  %2544 = or disjoint i64 %i27.addr.02720, 3
  %2545 = shl nuw nsw i64 %2544, 5
  %2546 = getelementptr inbounds float, ptr %dQc, i64 %2545
  %2547 = load <16 x float>, ptr %2546, align 4
  %2548 = or disjoint i64 %2545, 16
  %2549 = getelementptr inbounds float, ptr %dQc, i64 %2548
  %2550 = load <16 x float>, ptr %2549, align 4
  %2551 = or disjoint i64 %i27.addr.02720, 4
  %2552 = shl nuw nsw i64 %2551, 5
  %2553 = getelementptr inbounds float, ptr %dQc, i64 %2552
  %2554 = load <16 x float>, ptr %2553, align 4
  %2555 = or disjoint i64 %2552, 16
  %2556 = getelementptr inbounds float, ptr %dQc, i64 %2555
  %2557 = load <16 x float>, ptr %2556, align 4
  %2558 = or disjoint i64 %i27.addr.02720, 5
  %2559 = shl nuw nsw i64 %2558, 5
  %2560 = getelementptr inbounds float, ptr %dQc, i64 %2559
  %2561 = load <16 x float>, ptr %2560, align 4
  %2562 = or disjoint i64 %2559, 16
  %2563 = getelementptr inbounds float, ptr %dQc, i64 %2562
  %2564 = load <16 x float>, ptr %2563, align 4
  %2565 = or disjoint i64 %i27.addr.02720, 6
  %2566 = shl nuw nsw i64 %2565, 5
  %2567 = getelementptr inbounds float, ptr %dQc, i64 %2566
  %2568 = load <16 x float>, ptr %2567, align 4
  %2569 = or disjoint i64 %2566, 16
  %2570 = getelementptr inbounds float, ptr %dQc, i64 %2569
  %2571 = load <16 x float>, ptr %2570, align 4
  %2572 = or disjoint i64 %i27.addr.02720, 7
  %2573 = shl nuw nsw i64 %2572, 5
  %2574 = getelementptr inbounds float, ptr %dQc, i64 %2573
  %2575 = load <16 x float>, ptr %2574, align 4
  %2576 = or disjoint i64 %2573, 16
  %2577 = getelementptr inbounds float, ptr %dQc, i64 %2576
  %2578 = load <16 x float>, ptr %2577, align 4
  br label %p9.body

i27.exit:                                         ; preds = %endif1335
  store <16 x float> zeroinitializer, ptr %dbet, align 4
  br label %ib1.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02719 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc95.02718 = phi <16 x float> [ %2578, %i27.body ], [ %2643, %p9.body ]
  %acc94.02717 = phi <16 x float> [ %2575, %i27.body ], [ %2642, %p9.body ]
  %acc93.02716 = phi <16 x float> [ %2571, %i27.body ], [ %2636, %p9.body ]
  %acc92.02715 = phi <16 x float> [ %2568, %i27.body ], [ %2635, %p9.body ]
  %acc91.02714 = phi <16 x float> [ %2564, %i27.body ], [ %2629, %p9.body ]
  %acc90.02713 = phi <16 x float> [ %2561, %i27.body ], [ %2628, %p9.body ]
  %acc89.02712 = phi <16 x float> [ %2557, %i27.body ], [ %2622, %p9.body ]
  %acc88.02711 = phi <16 x float> [ %2554, %i27.body ], [ %2621, %p9.body ]
  %acc87.02710 = phi <16 x float> [ %2550, %i27.body ], [ %2615, %p9.body ]
  %acc86.02709 = phi <16 x float> [ %2547, %i27.body ], [ %2614, %p9.body ]
  %acc85.02708 = phi <16 x float> [ %2543, %i27.body ], [ %2608, %p9.body ]
  %acc84.02707 = phi <16 x float> [ %2540, %i27.body ], [ %2607, %p9.body ]
  %acc83.02706 = phi <16 x float> [ %2536, %i27.body ], [ %2601, %p9.body ]
  %acc82.02705 = phi <16 x float> [ %2533, %i27.body ], [ %2600, %p9.body ]
  %acc81.02704 = phi <16 x float> [ %2529, %i27.body ], [ %2594, %p9.body ]
  %acc80.02703 = phi <16 x float> [ %2526, %i27.body ], [ %2593, %p9.body ]
  %2579 = shl nuw nsw i64 %p9.addr.02719, 5
  %2580 = or disjoint i64 %2579, 2560
  %2581 = getelementptr inbounds float, ptr %Bk, i64 %2580
  %2582 = load <16 x float>, ptr %2581, align 4
  %2583 = or disjoint i64 %2579, 2576
  %2584 = getelementptr inbounds float, ptr %Bk, i64 %2583
  %2585 = load <16 x float>, ptr %2584, align 4
  %2586 = mul nuw nsw i64 %p9.addr.02719, 96
  %2587 = add nuw nsw i64 %2586, 64
  %2588 = or disjoint i64 %2587, %i27.addr.02720
  %2589 = getelementptr inbounds float, ptr %Ak, i64 %2588
  %2590 = load float, ptr %2589, align 4
  %2591 = insertelement <16 x float> poison, float %2590, i64 0
  %2592 = shufflevector <16 x float> %2591, <16 x float> poison, <16 x i32> zeroinitializer
  %2593 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2592, <16 x float> %2582, <16 x float> %acc80.02703)
  %2594 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2592, <16 x float> %2585, <16 x float> %acc81.02704)
  %2595 = or disjoint i64 %2587, %2530
  %2596 = getelementptr inbounds float, ptr %Ak, i64 %2595
  %2597 = load float, ptr %2596, align 4
  %2598 = insertelement <16 x float> poison, float %2597, i64 0
  %2599 = shufflevector <16 x float> %2598, <16 x float> poison, <16 x i32> zeroinitializer
  %2600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2599, <16 x float> %2582, <16 x float> %acc82.02705)
  %2601 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2599, <16 x float> %2585, <16 x float> %acc83.02706)
  %2602 = or disjoint i64 %2587, %2537
  %2603 = getelementptr inbounds float, ptr %Ak, i64 %2602
  %2604 = load float, ptr %2603, align 4
  %2605 = insertelement <16 x float> poison, float %2604, i64 0
  %2606 = shufflevector <16 x float> %2605, <16 x float> poison, <16 x i32> zeroinitializer
  %2607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2606, <16 x float> %2582, <16 x float> %acc84.02707)
  %2608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2606, <16 x float> %2585, <16 x float> %acc85.02708)
  %2609 = or disjoint i64 %2587, %2544
  %2610 = getelementptr inbounds float, ptr %Ak, i64 %2609
  %2611 = load float, ptr %2610, align 4
  %2612 = insertelement <16 x float> poison, float %2611, i64 0
  %2613 = shufflevector <16 x float> %2612, <16 x float> poison, <16 x i32> zeroinitializer
  %2614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2582, <16 x float> %acc86.02709)
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2585, <16 x float> %acc87.02710)
  %2616 = or disjoint i64 %2587, %2551
  %2617 = getelementptr inbounds float, ptr %Ak, i64 %2616
  %2618 = load float, ptr %2617, align 4
  %2619 = insertelement <16 x float> poison, float %2618, i64 0
  %2620 = shufflevector <16 x float> %2619, <16 x float> poison, <16 x i32> zeroinitializer
  %2621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2620, <16 x float> %2582, <16 x float> %acc88.02711)
  %2622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2620, <16 x float> %2585, <16 x float> %acc89.02712)
  %2623 = or disjoint i64 %2587, %2558
  %2624 = getelementptr inbounds float, ptr %Ak, i64 %2623
  %2625 = load float, ptr %2624, align 4
  %2626 = insertelement <16 x float> poison, float %2625, i64 0
  %2627 = shufflevector <16 x float> %2626, <16 x float> poison, <16 x i32> zeroinitializer
  %2628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2582, <16 x float> %acc90.02713)
  %2629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2585, <16 x float> %acc91.02714)
  %2630 = or disjoint i64 %2587, %2565
  %2631 = getelementptr inbounds float, ptr %Ak, i64 %2630
  %2632 = load float, ptr %2631, align 4
  %2633 = insertelement <16 x float> poison, float %2632, i64 0
  %2634 = shufflevector <16 x float> %2633, <16 x float> poison, <16 x i32> zeroinitializer
  %2635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2634, <16 x float> %2582, <16 x float> %acc92.02715)
  %2636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2634, <16 x float> %2585, <16 x float> %acc93.02716)
  %2637 = or disjoint i64 %2587, %2572
  %2638 = getelementptr inbounds float, ptr %Ak, i64 %2637
  %2639 = load float, ptr %2638, align 4
  %2640 = insertelement <16 x float> poison, float %2639, i64 0
  %2641 = shufflevector <16 x float> %2640, <16 x float> poison, <16 x i32> zeroinitializer
  %2642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2641, <16 x float> %2582, <16 x float> %acc94.02717)
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2641, <16 x float> %2585, <16 x float> %acc95.02718)
  %p9.next = add nuw nsw i64 %p9.addr.02719, 1
  %exitcond3080.not = icmp eq i64 %p9.next, 16
  br i1 %exitcond3080.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2644 = icmp sgt i64 %491, %i27.addr.02720
  br i1 %2644, label %then1273, label %endif1279

then1273:                                         ; preds = %p9.exit
  %2645 = fmul <16 x float> %2593, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2646 = or disjoint i64 %i27.addr.02720, %t0
  %.idx2523 = shl nsw i64 %2646, 7
  %2647 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2523
  store <16 x float> %2645, ptr %2647, align 4
  %2648 = fmul <16 x float> %2594, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2649 = shl nsw i64 %2646, 5
  %2650 = or disjoint i64 %2649, 16
  %2651 = getelementptr inbounds float, ptr %gep2815, i64 %2650
  store <16 x float> %2648, ptr %2651, align 4
  br label %endif1279

endif1279:                                        ; preds = %p9.exit, %then1273
  %2652 = icmp slt i64 %2530, %L
  br i1 %2652, label %then1281, label %endif1287

then1281:                                         ; preds = %endif1279
  %2653 = fmul <16 x float> %2600, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2654 = or disjoint i64 %2530, %t0
  %.idx2524 = shl nsw i64 %2654, 7
  %2655 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2524
  store <16 x float> %2653, ptr %2655, align 4
  %2656 = fmul <16 x float> %2601, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2657 = shl nsw i64 %2654, 5
  %2658 = or disjoint i64 %2657, 16
  %2659 = getelementptr inbounds float, ptr %gep2815, i64 %2658
  store <16 x float> %2656, ptr %2659, align 4
  br label %endif1287

endif1287:                                        ; preds = %endif1279, %then1281
  %2660 = icmp slt i64 %2537, %L
  br i1 %2660, label %then1289, label %endif1295

then1289:                                         ; preds = %endif1287
  %2661 = fmul <16 x float> %2607, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2662 = or disjoint i64 %2537, %t0
  %.idx2525 = shl nsw i64 %2662, 7
  %2663 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2525
  store <16 x float> %2661, ptr %2663, align 4
  %2664 = fmul <16 x float> %2608, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2665 = shl nsw i64 %2662, 5
  %2666 = or disjoint i64 %2665, 16
  %2667 = getelementptr inbounds float, ptr %gep2815, i64 %2666
  store <16 x float> %2664, ptr %2667, align 4
  br label %endif1295

endif1295:                                        ; preds = %endif1287, %then1289
  %2668 = icmp slt i64 %2544, %L
  br i1 %2668, label %then1297, label %endif1303

then1297:                                         ; preds = %endif1295
  %2669 = fmul <16 x float> %2614, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2670 = or disjoint i64 %2544, %t0
  %.idx2526 = shl nsw i64 %2670, 7
  %2671 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2526
  store <16 x float> %2669, ptr %2671, align 4
  %2672 = fmul <16 x float> %2615, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2673 = shl nsw i64 %2670, 5
  %2674 = or disjoint i64 %2673, 16
  %2675 = getelementptr inbounds float, ptr %gep2815, i64 %2674
  store <16 x float> %2672, ptr %2675, align 4
  br label %endif1303

endif1303:                                        ; preds = %endif1295, %then1297
  %2676 = icmp slt i64 %2551, %L
  br i1 %2676, label %then1305, label %endif1311

then1305:                                         ; preds = %endif1303
  %2677 = fmul <16 x float> %2621, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2678 = or disjoint i64 %2551, %t0
  %.idx2527 = shl nsw i64 %2678, 7
  %2679 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2527
  store <16 x float> %2677, ptr %2679, align 4
  %2680 = fmul <16 x float> %2622, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2681 = shl nsw i64 %2678, 5
  %2682 = or disjoint i64 %2681, 16
  %2683 = getelementptr inbounds float, ptr %gep2815, i64 %2682
  store <16 x float> %2680, ptr %2683, align 4
  br label %endif1311

endif1311:                                        ; preds = %endif1303, %then1305
  %2684 = icmp slt i64 %2558, %L
  br i1 %2684, label %then1313, label %endif1319

then1313:                                         ; preds = %endif1311
  %2685 = fmul <16 x float> %2628, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2686 = or disjoint i64 %2558, %t0
  %.idx2528 = shl nsw i64 %2686, 7
  %2687 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2528
  store <16 x float> %2685, ptr %2687, align 4
  %2688 = fmul <16 x float> %2629, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2689 = shl nsw i64 %2686, 5
  %2690 = or disjoint i64 %2689, 16
  %2691 = getelementptr inbounds float, ptr %gep2815, i64 %2690
  store <16 x float> %2688, ptr %2691, align 4
  br label %endif1319

endif1319:                                        ; preds = %endif1311, %then1313
  %2692 = icmp slt i64 %2565, %L
  br i1 %2692, label %then1321, label %endif1327

then1321:                                         ; preds = %endif1319
  %2693 = fmul <16 x float> %2635, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2694 = or disjoint i64 %2565, %t0
  %.idx2529 = shl nsw i64 %2694, 7
  %2695 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2529
  store <16 x float> %2693, ptr %2695, align 4
  %2696 = fmul <16 x float> %2636, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2697 = shl nsw i64 %2694, 5
  %2698 = or disjoint i64 %2697, 16
  %2699 = getelementptr inbounds float, ptr %gep2815, i64 %2698
  store <16 x float> %2696, ptr %2699, align 4
  br label %endif1327

endif1327:                                        ; preds = %endif1319, %then1321
  %2700 = icmp slt i64 %2572, %L
  br i1 %2700, label %then1329, label %endif1335

then1329:                                         ; preds = %endif1327
  %2701 = fmul <16 x float> %2642, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2702 = or disjoint i64 %2572, %t0
  %.idx2530 = shl nsw i64 %2702, 7
  %2703 = getelementptr inbounds i8, ptr %gep2815, i64 %.idx2530
  store <16 x float> %2701, ptr %2703, align 4
  %2704 = fmul <16 x float> %2643, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2705 = shl nsw i64 %2702, 5
  %2706 = or disjoint i64 %2705, 16
  %2707 = getelementptr inbounds float, ptr %gep2815, i64 %2706
  store <16 x float> %2704, ptr %2707, align 4
  br label %endif1335

endif1335:                                        ; preds = %endif1327, %then1329
  br i1 %2523, label %i27.body, label %i27.exit

t5.head.preheader:                                ; preds = %j26.exit
  %2708 = icmp sgt i64 %491, 0
  br i1 %2708, label %t5.body.preheader, label %i33.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3713 = and i64 %smax3712, 3
  %2709 = icmp slt i64 %indvars.iv3084, 4
  br i1 %2709, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3715 = and i64 %smax3712, 28
  br label %t5.body

ib1.body:                                         ; preds = %i27.exit, %j26.exit
  %ib1.addr.02738 = phi i64 [ 0, %i27.exit ], [ %ib1.next, %j26.exit ]
  %2710 = shl nuw nsw i64 %ib1.addr.02738, 2
  %i01 = sub nuw nsw i64 12, %2710
  %2711 = shl nuw nsw i64 %i01, 5
  %2712 = or disjoint i64 %2711, 512
  %2713 = getelementptr inbounds float, ptr %OY, i64 %2712
  %2714 = load <16 x float>, ptr %2713, align 4
  %2715 = or disjoint i64 %2711, 528
  %2716 = getelementptr inbounds float, ptr %OY, i64 %2715
  %2717 = load <16 x float>, ptr %2716, align 4
  %2718 = sub nuw nsw i64 13, %2710
  %2719 = shl nuw nsw i64 %2718, 5
  %2720 = or disjoint i64 %2719, 512
  %2721 = getelementptr inbounds float, ptr %OY, i64 %2720
  %2722 = load <16 x float>, ptr %2721, align 4
  %2723 = or disjoint i64 %2719, 528
  %2724 = getelementptr inbounds float, ptr %OY, i64 %2723
  %2725 = load <16 x float>, ptr %2724, align 4
  %2726 = sub nuw nsw i64 14, %2710
  %2727 = shl nuw nsw i64 %2726, 5
  %2728 = or disjoint i64 %2727, 512
  %2729 = getelementptr inbounds float, ptr %OY, i64 %2728
  %2730 = load <16 x float>, ptr %2729, align 4
  %2731 = or disjoint i64 %2727, 528
  %2732 = getelementptr inbounds float, ptr %OY, i64 %2731
  %2733 = load <16 x float>, ptr %2732, align 4
  %2734 = sub nuw nsw i64 15, %2710
  %2735 = shl nuw nsw i64 %2734, 5
  %2736 = or disjoint i64 %2735, 512
  %2737 = getelementptr inbounds float, ptr %OY, i64 %2736
  %2738 = load <16 x float>, ptr %2737, align 4
  %2739 = or disjoint i64 %2735, 528
  %2740 = getelementptr inbounds float, ptr %OY, i64 %2739
  %2741 = load <16 x float>, ptr %2740, align 4
  %.not2853 = icmp eq i64 %ib1.addr.02738, 0
  br i1 %.not2853, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2742 = sub nuw nsw i64 16, %2710
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02729 = phi i64 [ %j26.next, %j26.body ], [ %2742, %j26.body.preheader ]
  %acc103.02728 = phi <16 x float> [ %2782, %j26.body ], [ %2741, %j26.body.preheader ]
  %acc102.02727 = phi <16 x float> [ %2781, %j26.body ], [ %2738, %j26.body.preheader ]
  %acc101.02726 = phi <16 x float> [ %2774, %j26.body ], [ %2733, %j26.body.preheader ]
  %acc100.02725 = phi <16 x float> [ %2773, %j26.body ], [ %2730, %j26.body.preheader ]
  %acc99.02724 = phi <16 x float> [ %2766, %j26.body ], [ %2725, %j26.body.preheader ]
  %acc98.02723 = phi <16 x float> [ %2765, %j26.body ], [ %2722, %j26.body.preheader ]
  %acc97.02722 = phi <16 x float> [ %2758, %j26.body ], [ %2717, %j26.body.preheader ]
  %acc96.02721 = phi <16 x float> [ %2757, %j26.body ], [ %2714, %j26.body.preheader ]
  %2743 = shl nuw nsw i64 %j26.addr.02729, 5
  %2744 = or disjoint i64 %2743, 512
  %2745 = getelementptr inbounds float, ptr %OY, i64 %2744
  %2746 = load <16 x float>, ptr %2745, align 4
  %2747 = or disjoint i64 %2743, 528
  %2748 = getelementptr inbounds float, ptr %OY, i64 %2747
  %2749 = load <16 x float>, ptr %2748, align 4
  %2750 = shl nuw nsw i64 %j26.addr.02729, 4
  %2751 = or disjoint i64 %2750, %i01
  %2752 = getelementptr inbounds float, ptr %Gm, i64 %2751
  %2753 = load float, ptr %2752, align 4
  %2754 = fneg float %2753
  %2755 = insertelement <16 x float> poison, float %2754, i64 0
  %2756 = shufflevector <16 x float> %2755, <16 x float> poison, <16 x i32> zeroinitializer
  %2757 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2756, <16 x float> %2746, <16 x float> %acc96.02721)
  %2758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2756, <16 x float> %2749, <16 x float> %acc97.02722)
  %2759 = or disjoint i64 %2750, %2718
  %2760 = getelementptr inbounds float, ptr %Gm, i64 %2759
  %2761 = load float, ptr %2760, align 4
  %2762 = fneg float %2761
  %2763 = insertelement <16 x float> poison, float %2762, i64 0
  %2764 = shufflevector <16 x float> %2763, <16 x float> poison, <16 x i32> zeroinitializer
  %2765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2764, <16 x float> %2746, <16 x float> %acc98.02723)
  %2766 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2764, <16 x float> %2749, <16 x float> %acc99.02724)
  %2767 = or disjoint i64 %2750, %2726
  %2768 = getelementptr inbounds float, ptr %Gm, i64 %2767
  %2769 = load float, ptr %2768, align 4
  %2770 = fneg float %2769
  %2771 = insertelement <16 x float> poison, float %2770, i64 0
  %2772 = shufflevector <16 x float> %2771, <16 x float> poison, <16 x i32> zeroinitializer
  %2773 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2772, <16 x float> %2746, <16 x float> %acc100.02725)
  %2774 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2772, <16 x float> %2749, <16 x float> %acc101.02726)
  %2775 = or disjoint i64 %2750, %2734
  %2776 = getelementptr inbounds float, ptr %Gm, i64 %2775
  %2777 = load float, ptr %2776, align 4
  %2778 = fneg float %2777
  %2779 = insertelement <16 x float> poison, float %2778, i64 0
  %2780 = shufflevector <16 x float> %2779, <16 x float> poison, <16 x i32> zeroinitializer
  %2781 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2780, <16 x float> %2746, <16 x float> %acc102.02727)
  %2782 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2780, <16 x float> %2749, <16 x float> %acc103.02728)
  %j26.next = add nuw nsw i64 %j26.addr.02729, 1
  %2783 = icmp ult i64 %j26.addr.02729, 15
  br i1 %2783, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2714, %ib1.body ], [ %2757, %j26.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2717, %ib1.body ], [ %2758, %j26.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2722, %ib1.body ], [ %2765, %j26.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2725, %ib1.body ], [ %2766, %j26.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2730, %ib1.body ], [ %2773, %j26.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2733, %ib1.body ], [ %2774, %j26.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2738, %ib1.body ], [ %2781, %j26.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2741, %ib1.body ], [ %2782, %j26.body ]
  %2784 = getelementptr inbounds float, ptr %Rr, i64 %2735
  %2785 = load <16 x float>, ptr %2784, align 4
  %2786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2785, <16 x float> zeroinitializer)
  %2787 = or disjoint i64 %2735, 16
  %2788 = getelementptr inbounds float, ptr %Rr, i64 %2787
  %2789 = load <16 x float>, ptr %2788, align 4
  %2790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2789, <16 x float> %2786)
  %2791 = shufflevector <16 x float> %2790, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2792 = shufflevector <16 x float> %2790, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2793 = fadd <8 x float> %2791, %2792
  %2794 = shufflevector <8 x float> %2793, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2795 = shufflevector <8 x float> %2793, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2796 = fadd <4 x float> %2794, %2795
  %2797 = shufflevector <4 x float> %2796, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2798 = shufflevector <4 x float> %2796, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2799 = fadd <2 x float> %2797, %2798
  %2800 = shufflevector <2 x float> %2799, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2801 = shufflevector <2 x float> %2799, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2802 = getelementptr inbounds float, ptr %bet, i64 %2734
  %2803 = load float, ptr %2802, align 4
  %2804 = insertelement <16 x float> poison, float %2803, i64 0
  %2805 = shufflevector <16 x float> %2804, <16 x float> poison, <16 x i32> zeroinitializer
  %2806 = fmul <16 x float> %acc102.0.lcssa, %2805
  store <16 x float> %2806, ptr %2737, align 4
  %2807 = fneg <16 x float> %2806
  %.idx2551 = mul nuw nsw i64 %2734, 384
  %2808 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2551
  %2809 = getelementptr inbounds i8, ptr %2808, i64 128
  store <16 x float> %2807, ptr %2809, align 4
  %2810 = fmul <16 x float> %acc103.0.lcssa, %2805
  store <16 x float> %2810, ptr %2740, align 4
  %2811 = fneg <16 x float> %2810
  %2812 = getelementptr inbounds i8, ptr %2808, i64 192
  store <16 x float> %2811, ptr %2812, align 4
  %2813 = shl nuw nsw i64 %2734, 4
  %2814 = or disjoint i64 %2813, %2726
  %2815 = getelementptr inbounds float, ptr %Gm, i64 %2814
  %2816 = load float, ptr %2815, align 4
  %2817 = fneg float %2816
  %2818 = insertelement <16 x float> poison, float %2817, i64 0
  %2819 = shufflevector <16 x float> %2818, <16 x float> poison, <16 x i32> zeroinitializer
  %2820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2819, <16 x float> %2806, <16 x float> %acc100.0.lcssa)
  %2821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2819, <16 x float> %2810, <16 x float> %acc101.0.lcssa)
  %2822 = getelementptr inbounds float, ptr %Rr, i64 %2727
  %2823 = load <16 x float>, ptr %2822, align 4
  %2824 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2820, <16 x float> %2823, <16 x float> zeroinitializer)
  %2825 = or disjoint i64 %2727, 16
  %2826 = getelementptr inbounds float, ptr %Rr, i64 %2825
  %2827 = load <16 x float>, ptr %2826, align 4
  %2828 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2821, <16 x float> %2827, <16 x float> %2824)
  %2829 = shufflevector <16 x float> %2828, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2830 = shufflevector <16 x float> %2828, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2831 = fadd <8 x float> %2829, %2830
  %2832 = shufflevector <8 x float> %2831, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2833 = shufflevector <8 x float> %2831, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2834 = fadd <4 x float> %2832, %2833
  %2835 = shufflevector <4 x float> %2834, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2836 = shufflevector <4 x float> %2834, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2837 = fadd <2 x float> %2835, %2836
  %2838 = shufflevector <2 x float> %2837, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2839 = shufflevector <2 x float> %2837, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2840 = getelementptr inbounds float, ptr %bet, i64 %2726
  %2841 = load float, ptr %2840, align 4
  %2842 = insertelement <16 x float> poison, float %2841, i64 0
  %2843 = shufflevector <16 x float> %2842, <16 x float> poison, <16 x i32> zeroinitializer
  %2844 = fmul <16 x float> %2820, %2843
  store <16 x float> %2844, ptr %2729, align 4
  %2845 = fneg <16 x float> %2844
  %2846 = mul nuw nsw i64 %2726, 96
  %2847 = or disjoint i64 %2846, 32
  %2848 = getelementptr inbounds float, ptr %Ak, i64 %2847
  store <16 x float> %2845, ptr %2848, align 4
  %2849 = fmul <16 x float> %2821, %2843
  store <16 x float> %2849, ptr %2732, align 4
  %2850 = fneg <16 x float> %2849
  %2851 = or disjoint i64 %2846, 48
  %2852 = getelementptr inbounds float, ptr %Ak, i64 %2851
  store <16 x float> %2850, ptr %2852, align 4
  %2853 = shl nuw nsw i64 %2726, 4
  %2854 = or disjoint i64 %2853, %2718
  %2855 = getelementptr inbounds float, ptr %Gm, i64 %2854
  %2856 = load float, ptr %2855, align 4
  %2857 = fneg float %2856
  %2858 = insertelement <16 x float> poison, float %2857, i64 0
  %2859 = shufflevector <16 x float> %2858, <16 x float> poison, <16 x i32> zeroinitializer
  %2860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2859, <16 x float> %2844, <16 x float> %acc98.0.lcssa)
  %2861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2859, <16 x float> %2849, <16 x float> %acc99.0.lcssa)
  %2862 = or disjoint i64 %2813, %2718
  %2863 = getelementptr inbounds float, ptr %Gm, i64 %2862
  %2864 = load float, ptr %2863, align 4
  %2865 = fneg float %2864
  %2866 = insertelement <16 x float> poison, float %2865, i64 0
  %2867 = shufflevector <16 x float> %2866, <16 x float> poison, <16 x i32> zeroinitializer
  %2868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2867, <16 x float> %2806, <16 x float> %2860)
  %2869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2867, <16 x float> %2810, <16 x float> %2861)
  %2870 = getelementptr inbounds float, ptr %Rr, i64 %2719
  %2871 = load <16 x float>, ptr %2870, align 4
  %2872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2868, <16 x float> %2871, <16 x float> zeroinitializer)
  %2873 = or disjoint i64 %2719, 16
  %2874 = getelementptr inbounds float, ptr %Rr, i64 %2873
  %2875 = load <16 x float>, ptr %2874, align 4
  %2876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2869, <16 x float> %2875, <16 x float> %2872)
  %2877 = shufflevector <16 x float> %2876, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2878 = shufflevector <16 x float> %2876, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2879 = fadd <8 x float> %2877, %2878
  %2880 = shufflevector <8 x float> %2879, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2881 = shufflevector <8 x float> %2879, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2882 = fadd <4 x float> %2880, %2881
  %2883 = shufflevector <4 x float> %2882, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2884 = shufflevector <4 x float> %2882, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2885 = fadd <2 x float> %2883, %2884
  %2886 = getelementptr inbounds float, ptr %bet, i64 %2718
  %2887 = load float, ptr %2886, align 4
  %2888 = insertelement <16 x float> poison, float %2887, i64 0
  %2889 = shufflevector <16 x float> %2888, <16 x float> poison, <16 x i32> zeroinitializer
  %2890 = fmul <16 x float> %2868, %2889
  store <16 x float> %2890, ptr %2721, align 4
  %2891 = fneg <16 x float> %2890
  %.idx2552 = mul nuw nsw i64 %2718, 384
  %2892 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2552
  %2893 = getelementptr inbounds i8, ptr %2892, i64 128
  store <16 x float> %2891, ptr %2893, align 4
  %2894 = fmul <16 x float> %2869, %2889
  store <16 x float> %2894, ptr %2724, align 4
  %2895 = fneg <16 x float> %2894
  %2896 = getelementptr inbounds i8, ptr %2892, i64 192
  store <16 x float> %2895, ptr %2896, align 4
  %2897 = shl nuw nsw i64 %2718, 4
  %2898 = or disjoint i64 %2897, %i01
  %2899 = getelementptr inbounds float, ptr %Gm, i64 %2898
  %2900 = load float, ptr %2899, align 4
  %2901 = fneg float %2900
  %2902 = insertelement <16 x float> poison, float %2901, i64 0
  %2903 = shufflevector <16 x float> %2902, <16 x float> poison, <16 x i32> zeroinitializer
  %2904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2890, <16 x float> %acc96.0.lcssa)
  %2905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2894, <16 x float> %acc97.0.lcssa)
  %2906 = or disjoint i64 %2853, %i01
  %2907 = getelementptr inbounds float, ptr %Gm, i64 %2906
  %2908 = load float, ptr %2907, align 4
  %2909 = fneg float %2908
  %2910 = insertelement <16 x float> poison, float %2909, i64 0
  %2911 = shufflevector <16 x float> %2910, <16 x float> poison, <16 x i32> zeroinitializer
  %2912 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2911, <16 x float> %2844, <16 x float> %2904)
  %2913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2911, <16 x float> %2849, <16 x float> %2905)
  %2914 = or disjoint i64 %2813, %i01
  %2915 = getelementptr inbounds float, ptr %Gm, i64 %2914
  %2916 = load float, ptr %2915, align 4
  %2917 = fneg float %2916
  %2918 = insertelement <16 x float> poison, float %2917, i64 0
  %2919 = shufflevector <16 x float> %2918, <16 x float> poison, <16 x i32> zeroinitializer
  %2920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2919, <16 x float> %2806, <16 x float> %2912)
  %2921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2919, <16 x float> %2810, <16 x float> %2913)
  %2922 = getelementptr inbounds float, ptr %Rr, i64 %2711
  %2923 = load <16 x float>, ptr %2922, align 4
  %2924 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2923, <16 x float> zeroinitializer)
  %2925 = or disjoint i64 %2711, 16
  %2926 = getelementptr inbounds float, ptr %Rr, i64 %2925
  %2927 = load <16 x float>, ptr %2926, align 4
  %2928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2921, <16 x float> %2927, <16 x float> %2924)
  %2929 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2930 = shufflevector <16 x float> %2928, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2931 = shufflevector <16 x float> %2928, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2932 = fadd <8 x float> %2930, %2931
  %2933 = shufflevector <8 x float> %2932, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2934 = shufflevector <8 x float> %2932, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2935 = fadd <4 x float> %2933, %2934
  %2936 = shufflevector <4 x float> %2935, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2937 = shufflevector <4 x float> %2935, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2938 = fadd <2 x float> %2936, %2937
  %2939 = load <4 x float>, ptr %2929, align 4
  %2940 = shufflevector <2 x float> %2938, <2 x float> %2885, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2941 = shufflevector <4 x float> %2940, <4 x float> %2839, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2942 = shufflevector <4 x float> %2941, <4 x float> %2801, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2943 = shufflevector <2 x float> %2938, <2 x float> %2885, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2944 = shufflevector <4 x float> %2943, <4 x float> %2838, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2945 = shufflevector <4 x float> %2944, <4 x float> %2800, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2946 = fadd <4 x float> %2942, %2945
  %2947 = fadd <4 x float> %2939, %2946
  store <4 x float> %2947, ptr %2929, align 4
  %2948 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2949 = load float, ptr %2948, align 4
  %2950 = insertelement <16 x float> poison, float %2949, i64 0
  %2951 = shufflevector <16 x float> %2950, <16 x float> poison, <16 x i32> zeroinitializer
  %2952 = fmul <16 x float> %2920, %2951
  store <16 x float> %2952, ptr %2713, align 4
  %2953 = fneg <16 x float> %2952
  %2954 = mul nuw nsw i64 %i01, 96
  %2955 = or disjoint i64 %2954, 32
  %2956 = getelementptr inbounds float, ptr %Ak, i64 %2955
  store <16 x float> %2953, ptr %2956, align 4
  %2957 = fmul <16 x float> %2921, %2951
  store <16 x float> %2957, ptr %2716, align 4
  %2958 = fneg <16 x float> %2957
  %2959 = or disjoint i64 %2954, 48
  %2960 = getelementptr inbounds float, ptr %Ak, i64 %2959
  store <16 x float> %2958, ptr %2960, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02738, 1
  %exitcond3081.not = icmp eq i64 %ib1.next, 4
  br i1 %exitcond3081.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02740 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.3, %t5.body ]
  %niter3716 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3716.next.3, %t5.body ]
  %tau1 = add nsw i64 %t5.addr.02740, %t0
  %.idx2854 = shl nsw i64 %t5.addr.02740, 7
  %gep3302 = getelementptr inbounds i8, ptr %invariant.gep3301, i64 %.idx2854
  %2961 = load <16 x float>, ptr %gep3302, align 4
  %.idx2855 = shl i64 %tau1, 7
  %2962 = getelementptr i8, ptr %dav, i64 %.idx2855
  store <16 x float> %2961, ptr %2962, align 4
  %gep3304 = getelementptr inbounds i8, ptr %invariant.gep3303, i64 %.idx2854
  %2963 = load <16 x float>, ptr %gep3304, align 4
  %2964 = getelementptr i8, ptr %240, i64 %.idx2855
  store <16 x float> %2963, ptr %2964, align 4
  %2965 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02740
  %2966 = load float, ptr %2965, align 4
  %2967 = mul nsw i64 %tau1, %H
  %2968 = getelementptr inbounds float, ptr %betah1, i64 %2967
  store float %2966, ptr %2968, align 4
  %t5.next = or disjoint i64 %t5.addr.02740, 1
  %tau1.1 = add nsw i64 %t5.next, %t0
  %.idx2854.1 = shl nsw i64 %t5.next, 7
  %gep3302.1 = getelementptr inbounds i8, ptr %invariant.gep3301, i64 %.idx2854.1
  %2969 = load <16 x float>, ptr %gep3302.1, align 4
  %.idx2855.1 = shl i64 %tau1.1, 7
  %2970 = getelementptr i8, ptr %dav, i64 %.idx2855.1
  store <16 x float> %2969, ptr %2970, align 4
  %gep3304.1 = getelementptr inbounds i8, ptr %invariant.gep3303, i64 %.idx2854.1
  %2971 = load <16 x float>, ptr %gep3304.1, align 4
  %2972 = getelementptr i8, ptr %240, i64 %.idx2855.1
  store <16 x float> %2971, ptr %2972, align 4
  %2973 = getelementptr inbounds float, ptr %dbet, i64 %t5.next
  %2974 = load float, ptr %2973, align 4
  %2975 = mul nsw i64 %tau1.1, %H
  %2976 = getelementptr inbounds float, ptr %betah1, i64 %2975
  store float %2974, ptr %2976, align 4
  %t5.next.1 = or disjoint i64 %t5.addr.02740, 2
  %tau1.2 = add nsw i64 %t5.next.1, %t0
  %.idx2854.2 = shl nsw i64 %t5.next.1, 7
  %gep3302.2 = getelementptr inbounds i8, ptr %invariant.gep3301, i64 %.idx2854.2
  %2977 = load <16 x float>, ptr %gep3302.2, align 4
  %.idx2855.2 = shl i64 %tau1.2, 7
  %2978 = getelementptr i8, ptr %dav, i64 %.idx2855.2
  store <16 x float> %2977, ptr %2978, align 4
  %gep3304.2 = getelementptr inbounds i8, ptr %invariant.gep3303, i64 %.idx2854.2
  %2979 = load <16 x float>, ptr %gep3304.2, align 4
  %2980 = getelementptr i8, ptr %240, i64 %.idx2855.2
  store <16 x float> %2979, ptr %2980, align 4
  %2981 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.1
  %2982 = load float, ptr %2981, align 4
  %2983 = mul nsw i64 %tau1.2, %H
  %2984 = getelementptr inbounds float, ptr %betah1, i64 %2983
  store float %2982, ptr %2984, align 4
  %t5.next.2 = or disjoint i64 %t5.addr.02740, 3
  %tau1.3 = add nsw i64 %t5.next.2, %t0
  %.idx2854.3 = shl nsw i64 %t5.next.2, 7
  %gep3302.3 = getelementptr inbounds i8, ptr %invariant.gep3301, i64 %.idx2854.3
  %2985 = load <16 x float>, ptr %gep3302.3, align 4
  %.idx2855.3 = shl i64 %tau1.3, 7
  %2986 = getelementptr i8, ptr %dav, i64 %.idx2855.3
  store <16 x float> %2985, ptr %2986, align 4
  %gep3304.3 = getelementptr inbounds i8, ptr %invariant.gep3303, i64 %.idx2854.3
  %2987 = load <16 x float>, ptr %gep3304.3, align 4
  %2988 = getelementptr i8, ptr %240, i64 %.idx2855.3
  store <16 x float> %2987, ptr %2988, align 4
  %2989 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.2
  %2990 = load float, ptr %2989, align 4
  %2991 = mul nsw i64 %tau1.3, %H
  %2992 = getelementptr inbounds float, ptr %betah1, i64 %2991
  store float %2990, ptr %2992, align 4
  %t5.next.3 = add nuw nsw i64 %t5.addr.02740, 4
  %niter3716.next.3 = add i64 %niter3716, 4
  %niter3716.ncmp.3 = icmp eq i64 %niter3716.next.3, %unroll_iter3715
  br i1 %niter3716.ncmp.3, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body

i33.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02740.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.3, %t5.body ]
  %lcmp.mod3714.not = icmp eq i64 %xtraiter3713, 0
  br i1 %lcmp.mod3714.not, label %i33.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil
  %t5.addr.02740.epil = phi i64 [ %t5.next.epil, %t5.body.epil ], [ %t5.addr.02740.unr, %i33.body.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %t5.body.epil ], [ 0, %i33.body.preheader.loopexit.unr-lcssa ]
  %tau1.epil = add nsw i64 %t5.addr.02740.epil, %t0
  %.idx2854.epil = shl nsw i64 %t5.addr.02740.epil, 7
  %gep3302.epil = getelementptr inbounds i8, ptr %invariant.gep3301, i64 %.idx2854.epil
  %2993 = load <16 x float>, ptr %gep3302.epil, align 4
  %.idx2855.epil = shl i64 %tau1.epil, 7
  %2994 = getelementptr i8, ptr %dav, i64 %.idx2855.epil
  store <16 x float> %2993, ptr %2994, align 4
  %gep3304.epil = getelementptr inbounds i8, ptr %invariant.gep3303, i64 %.idx2854.epil
  %2995 = load <16 x float>, ptr %gep3304.epil, align 4
  %2996 = getelementptr i8, ptr %240, i64 %.idx2855.epil
  store <16 x float> %2995, ptr %2996, align 4
  %2997 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02740.epil
  %2998 = load float, ptr %2997, align 4
  %2999 = mul nsw i64 %tau1.epil, %H
  %3000 = getelementptr inbounds float, ptr %betah1, i64 %2999
  store float %2998, ptr %3000, align 4
  %t5.next.epil = add nuw nsw i64 %t5.addr.02740.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3713
  br i1 %epil.iter.cmp.not, label %i33.body.preheader, label %t5.body.epil, !llvm.loop !2

i33.body.preheader:                               ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil, %t5.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02758 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %3001 = shl nuw nsw i64 %i33.addr.02758, 6
  %3002 = or disjoint i64 %3001, 32
  %3003 = getelementptr inbounds float, ptr %work, i64 %3002
  %3004 = load <16 x float>, ptr %3003, align 4
  %3005 = or disjoint i64 %3001, 48
  %3006 = getelementptr inbounds float, ptr %work, i64 %3005
  %3007 = load <16 x float>, ptr %3006, align 4
  %3008 = or disjoint i64 %i33.addr.02758, 1
  %3009 = shl nuw nsw i64 %3008, 6
  %3010 = or disjoint i64 %3009, 32
  %3011 = getelementptr inbounds float, ptr %work, i64 %3010
  %3012 = load <16 x float>, ptr %3011, align 4
  %3013 = or disjoint i64 %3009, 48
  %3014 = getelementptr inbounds float, ptr %work, i64 %3013
  %3015 = load <16 x float>, ptr %3014, align 4
  %3016 = or disjoint i64 %i33.addr.02758, 2
  %3017 = shl nuw nsw i64 %3016, 6
  %3018 = or disjoint i64 %3017, 32
  %3019 = getelementptr inbounds float, ptr %work, i64 %3018
  %3020 = load <16 x float>, ptr %3019, align 4
  %3021 = or disjoint i64 %3017, 48
  %3022 = getelementptr inbounds float, ptr %work, i64 %3021
  %3023 = load <16 x float>, ptr %3022, align 4
  %3024 = or disjoint i64 %i33.addr.02758, 3
  %3025 = shl nuw nsw i64 %3024, 6
  %3026 = or disjoint i64 %3025, 32
  %3027 = getelementptr inbounds float, ptr %work, i64 %3026
  %3028 = load <16 x float>, ptr %3027, align 4
  %3029 = or disjoint i64 %3025, 48
  %3030 = getelementptr inbounds float, ptr %work, i64 %3029
  %3031 = load <16 x float>, ptr %3030, align 4
  %3032 = or disjoint i64 %i33.addr.02758, 4
  %3033 = shl nuw nsw i64 %3032, 6
  %3034 = or disjoint i64 %3033, 32
  %3035 = getelementptr inbounds float, ptr %work, i64 %3034
  %3036 = load <16 x float>, ptr %3035, align 4
  %3037 = or disjoint i64 %3033, 48
  %3038 = getelementptr inbounds float, ptr %work, i64 %3037
  %3039 = load <16 x float>, ptr %3038, align 4
  %3040 = or disjoint i64 %i33.addr.02758, 5
  %3041 = shl nuw nsw i64 %3040, 6
  %3042 = or disjoint i64 %3041, 32
  %3043 = getelementptr inbounds float, ptr %work, i64 %3042
  %3044 = load <16 x float>, ptr %3043, align 4
  %3045 = or disjoint i64 %3041, 48
  %3046 = getelementptr inbounds float, ptr %work, i64 %3045
  %3047 = load <16 x float>, ptr %3046, align 4
  %3048 = or disjoint i64 %i33.addr.02758, 6
  %3049 = shl nuw nsw i64 %3048, 6
  %3050 = or disjoint i64 %3049, 32
  %3051 = getelementptr inbounds float, ptr %work, i64 %3050
  %3052 = load <16 x float>, ptr %3051, align 4
  %3053 = or disjoint i64 %3049, 48
  %3054 = getelementptr inbounds float, ptr %work, i64 %3053
  %3055 = load <16 x float>, ptr %3054, align 4
  %3056 = or disjoint i64 %i33.addr.02758, 7
  %3057 = shl nuw nsw i64 %3056, 6
  %3058 = or disjoint i64 %3057, 32
  %3059 = getelementptr inbounds float, ptr %work, i64 %3058
  %3060 = load <16 x float>, ptr %3059, align 4
  %3061 = or disjoint i64 %3057, 48
  %3062 = getelementptr inbounds float, ptr %work, i64 %3061
  %3063 = load <16 x float>, ptr %3062, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02757 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc119.02756 = phi <16 x float> [ %3063, %i33.body ], [ %3125, %p10.body ]
  %acc118.02755 = phi <16 x float> [ %3060, %i33.body ], [ %3124, %p10.body ]
  %acc117.02754 = phi <16 x float> [ %3055, %i33.body ], [ %3118, %p10.body ]
  %acc116.02753 = phi <16 x float> [ %3052, %i33.body ], [ %3117, %p10.body ]
  %acc115.02752 = phi <16 x float> [ %3047, %i33.body ], [ %3111, %p10.body ]
  %acc114.02751 = phi <16 x float> [ %3044, %i33.body ], [ %3110, %p10.body ]
  %acc113.02750 = phi <16 x float> [ %3039, %i33.body ], [ %3104, %p10.body ]
  %acc112.02749 = phi <16 x float> [ %3036, %i33.body ], [ %3103, %p10.body ]
  %acc111.02748 = phi <16 x float> [ %3031, %i33.body ], [ %3097, %p10.body ]
  %acc110.02747 = phi <16 x float> [ %3028, %i33.body ], [ %3096, %p10.body ]
  %acc109.02746 = phi <16 x float> [ %3023, %i33.body ], [ %3090, %p10.body ]
  %acc108.02745 = phi <16 x float> [ %3020, %i33.body ], [ %3089, %p10.body ]
  %acc107.02744 = phi <16 x float> [ %3015, %i33.body ], [ %3083, %p10.body ]
  %acc106.02743 = phi <16 x float> [ %3012, %i33.body ], [ %3082, %p10.body ]
  %acc105.02742 = phi <16 x float> [ %3007, %i33.body ], [ %3076, %p10.body ]
  %acc104.02741 = phi <16 x float> [ %3004, %i33.body ], [ %3075, %p10.body ]
  %3064 = shl nuw nsw i64 %p10.addr.02757, 5
  %3065 = getelementptr inbounds float, ptr %OY, i64 %3064
  %3066 = load <16 x float>, ptr %3065, align 4
  %3067 = or disjoint i64 %3064, 16
  %3068 = getelementptr inbounds float, ptr %OY, i64 %3067
  %3069 = load <16 x float>, ptr %3068, align 4
  %3070 = or disjoint i64 %3064, %i33.addr.02758
  %3071 = getelementptr inbounds float, ptr %QK, i64 %3070
  %3072 = load float, ptr %3071, align 4
  %3073 = insertelement <16 x float> poison, float %3072, i64 0
  %3074 = shufflevector <16 x float> %3073, <16 x float> poison, <16 x i32> zeroinitializer
  %3075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3074, <16 x float> %3066, <16 x float> %acc104.02741)
  %3076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3074, <16 x float> %3069, <16 x float> %acc105.02742)
  %3077 = or disjoint i64 %3064, %3008
  %3078 = getelementptr inbounds float, ptr %QK, i64 %3077
  %3079 = load float, ptr %3078, align 4
  %3080 = insertelement <16 x float> poison, float %3079, i64 0
  %3081 = shufflevector <16 x float> %3080, <16 x float> poison, <16 x i32> zeroinitializer
  %3082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3081, <16 x float> %3066, <16 x float> %acc106.02743)
  %3083 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3081, <16 x float> %3069, <16 x float> %acc107.02744)
  %3084 = or disjoint i64 %3064, %3016
  %3085 = getelementptr inbounds float, ptr %QK, i64 %3084
  %3086 = load float, ptr %3085, align 4
  %3087 = insertelement <16 x float> poison, float %3086, i64 0
  %3088 = shufflevector <16 x float> %3087, <16 x float> poison, <16 x i32> zeroinitializer
  %3089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3088, <16 x float> %3066, <16 x float> %acc108.02745)
  %3090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3088, <16 x float> %3069, <16 x float> %acc109.02746)
  %3091 = or disjoint i64 %3064, %3024
  %3092 = getelementptr inbounds float, ptr %QK, i64 %3091
  %3093 = load float, ptr %3092, align 4
  %3094 = insertelement <16 x float> poison, float %3093, i64 0
  %3095 = shufflevector <16 x float> %3094, <16 x float> poison, <16 x i32> zeroinitializer
  %3096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3066, <16 x float> %acc110.02747)
  %3097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3069, <16 x float> %acc111.02748)
  %3098 = or disjoint i64 %3064, %3032
  %3099 = getelementptr inbounds float, ptr %QK, i64 %3098
  %3100 = load float, ptr %3099, align 4
  %3101 = insertelement <16 x float> poison, float %3100, i64 0
  %3102 = shufflevector <16 x float> %3101, <16 x float> poison, <16 x i32> zeroinitializer
  %3103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3102, <16 x float> %3066, <16 x float> %acc112.02749)
  %3104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3102, <16 x float> %3069, <16 x float> %acc113.02750)
  %3105 = or disjoint i64 %3064, %3040
  %3106 = getelementptr inbounds float, ptr %QK, i64 %3105
  %3107 = load float, ptr %3106, align 4
  %3108 = insertelement <16 x float> poison, float %3107, i64 0
  %3109 = shufflevector <16 x float> %3108, <16 x float> poison, <16 x i32> zeroinitializer
  %3110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3109, <16 x float> %3066, <16 x float> %acc114.02751)
  %3111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3109, <16 x float> %3069, <16 x float> %acc115.02752)
  %3112 = or disjoint i64 %3064, %3048
  %3113 = getelementptr inbounds float, ptr %QK, i64 %3112
  %3114 = load float, ptr %3113, align 4
  %3115 = insertelement <16 x float> poison, float %3114, i64 0
  %3116 = shufflevector <16 x float> %3115, <16 x float> poison, <16 x i32> zeroinitializer
  %3117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3116, <16 x float> %3066, <16 x float> %acc116.02753)
  %3118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3116, <16 x float> %3069, <16 x float> %acc117.02754)
  %3119 = or disjoint i64 %3064, %3056
  %3120 = getelementptr inbounds float, ptr %QK, i64 %3119
  %3121 = load float, ptr %3120, align 4
  %3122 = insertelement <16 x float> poison, float %3121, i64 0
  %3123 = shufflevector <16 x float> %3122, <16 x float> poison, <16 x i32> zeroinitializer
  %3124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3123, <16 x float> %3066, <16 x float> %acc118.02755)
  %3125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3123, <16 x float> %3069, <16 x float> %acc119.02756)
  %p10.next = add nuw nsw i64 %p10.addr.02757, 1
  %exitcond3087.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond3087.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %3075, ptr %3003, align 4
  store <16 x float> %3076, ptr %3006, align 4
  store <16 x float> %3082, ptr %3011, align 4
  store <16 x float> %3083, ptr %3014, align 4
  store <16 x float> %3089, ptr %3019, align 4
  store <16 x float> %3090, ptr %3022, align 4
  store <16 x float> %3096, ptr %3027, align 4
  store <16 x float> %3097, ptr %3030, align 4
  store <16 x float> %3103, ptr %3035, align 4
  store <16 x float> %3104, ptr %3038, align 4
  store <16 x float> %3110, ptr %3043, align 4
  store <16 x float> %3111, ptr %3046, align 4
  store <16 x float> %3117, ptr %3051, align 4
  store <16 x float> %3118, ptr %3054, align 4
  store <16 x float> %3124, ptr %3059, align 4
  store <16 x float> %3125, ptr %3062, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02758, 8
  %3126 = icmp ult i64 %i33.addr.02758, 24
  br i1 %3126, label %i33.body, label %p11.body

p11.body.1:                                       ; preds = %p11.body.1, %p11.exit
  %p11.addr.02769.1 = phi i64 [ 0, %p11.exit ], [ %p11.next.1, %p11.body.1 ]
  %acc127.02768.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3176, %p11.body.1 ]
  %acc126.02767.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3170, %p11.body.1 ]
  %acc125.02766.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3164, %p11.body.1 ]
  %acc124.02765.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3158, %p11.body.1 ]
  %acc123.02764.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3152, %p11.body.1 ]
  %acc122.02763.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3146, %p11.body.1 ]
  %acc121.02762.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3140, %p11.body.1 ]
  %acc120.02761.1 = phi <16 x float> [ zeroinitializer, %p11.exit ], [ %3134, %p11.body.1 ]
  %.idx2522.1 = shl nuw nsw i64 %p11.addr.02769.1, 6
  %gep2760.1 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2522.1
  %3127 = load <16 x float>, ptr %gep2760.1, align 4
  %3128 = add nuw nsw i64 %p11.addr.02769.1, 256
  %3129 = or disjoint i64 %3128, 512
  %3130 = getelementptr inbounds float, ptr %OY, i64 %3129
  %3131 = load float, ptr %3130, align 4
  %3132 = insertelement <16 x float> poison, float %3131, i64 0
  %3133 = shufflevector <16 x float> %3132, <16 x float> poison, <16 x i32> zeroinitializer
  %3134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3133, <16 x float> %3127, <16 x float> %acc120.02761.1)
  %3135 = or disjoint i64 %3128, 544
  %3136 = getelementptr inbounds float, ptr %OY, i64 %3135
  %3137 = load float, ptr %3136, align 4
  %3138 = insertelement <16 x float> poison, float %3137, i64 0
  %3139 = shufflevector <16 x float> %3138, <16 x float> poison, <16 x i32> zeroinitializer
  %3140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3139, <16 x float> %3127, <16 x float> %acc121.02762.1)
  %3141 = or disjoint i64 %3128, 576
  %3142 = getelementptr inbounds float, ptr %OY, i64 %3141
  %3143 = load float, ptr %3142, align 4
  %3144 = insertelement <16 x float> poison, float %3143, i64 0
  %3145 = shufflevector <16 x float> %3144, <16 x float> poison, <16 x i32> zeroinitializer
  %3146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3145, <16 x float> %3127, <16 x float> %acc122.02763.1)
  %3147 = or disjoint i64 %3128, 608
  %3148 = getelementptr inbounds float, ptr %OY, i64 %3147
  %3149 = load float, ptr %3148, align 4
  %3150 = insertelement <16 x float> poison, float %3149, i64 0
  %3151 = shufflevector <16 x float> %3150, <16 x float> poison, <16 x i32> zeroinitializer
  %3152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3151, <16 x float> %3127, <16 x float> %acc123.02764.1)
  %3153 = or disjoint i64 %3128, 640
  %3154 = getelementptr inbounds float, ptr %OY, i64 %3153
  %3155 = load float, ptr %3154, align 4
  %3156 = insertelement <16 x float> poison, float %3155, i64 0
  %3157 = shufflevector <16 x float> %3156, <16 x float> poison, <16 x i32> zeroinitializer
  %3158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3157, <16 x float> %3127, <16 x float> %acc124.02765.1)
  %3159 = or disjoint i64 %3128, 672
  %3160 = getelementptr inbounds float, ptr %OY, i64 %3159
  %3161 = load float, ptr %3160, align 4
  %3162 = insertelement <16 x float> poison, float %3161, i64 0
  %3163 = shufflevector <16 x float> %3162, <16 x float> poison, <16 x i32> zeroinitializer
  %3164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3163, <16 x float> %3127, <16 x float> %acc125.02766.1)
  %3165 = or disjoint i64 %3128, 704
  %3166 = getelementptr inbounds float, ptr %OY, i64 %3165
  %3167 = load float, ptr %3166, align 4
  %3168 = insertelement <16 x float> poison, float %3167, i64 0
  %3169 = shufflevector <16 x float> %3168, <16 x float> poison, <16 x i32> zeroinitializer
  %3170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3169, <16 x float> %3127, <16 x float> %acc126.02767.1)
  %3171 = or disjoint i64 %3128, 736
  %3172 = getelementptr inbounds float, ptr %OY, i64 %3171
  %3173 = load float, ptr %3172, align 4
  %3174 = insertelement <16 x float> poison, float %3173, i64 0
  %3175 = shufflevector <16 x float> %3174, <16 x float> poison, <16 x i32> zeroinitializer
  %3176 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3175, <16 x float> %3127, <16 x float> %acc127.02768.1)
  %p11.next.1 = add nuw nsw i64 %p11.addr.02769.1, 1
  %exitcond3088.1.not = icmp eq i64 %p11.next.1, 32
  br i1 %exitcond3088.1.not, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  store <16 x float> %3134, ptr %249, align 4
  store <16 x float> %3140, ptr %250, align 4
  store <16 x float> %3146, ptr %251, align 4
  store <16 x float> %3152, ptr %252, align 4
  store <16 x float> %3158, ptr %253, align 4
  store <16 x float> %3164, ptr %254, align 4
  store <16 x float> %3170, ptr %255, align 4
  store <16 x float> %3176, ptr %256, align 4
  br label %j30.head.preheader

p11.body:                                         ; preds = %p10.exit, %p11.body
  %p11.addr.02769 = phi i64 [ %p11.next, %p11.body ], [ 0, %p10.exit ]
  %acc127.02768 = phi <16 x float> [ %3225, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc126.02767 = phi <16 x float> [ %3219, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc125.02766 = phi <16 x float> [ %3213, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc124.02765 = phi <16 x float> [ %3207, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc123.02764 = phi <16 x float> [ %3201, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc122.02763 = phi <16 x float> [ %3195, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc121.02762 = phi <16 x float> [ %3189, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc120.02761 = phi <16 x float> [ %3183, %p11.body ], [ zeroinitializer, %p10.exit ]
  %.idx2522 = shl nuw nsw i64 %p11.addr.02769, 6
  %gep2760 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2522
  %3177 = load <16 x float>, ptr %gep2760, align 4
  %3178 = or disjoint i64 %p11.addr.02769, 512
  %3179 = getelementptr inbounds float, ptr %OY, i64 %3178
  %3180 = load float, ptr %3179, align 4
  %3181 = insertelement <16 x float> poison, float %3180, i64 0
  %3182 = shufflevector <16 x float> %3181, <16 x float> poison, <16 x i32> zeroinitializer
  %3183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3182, <16 x float> %3177, <16 x float> %acc120.02761)
  %3184 = or disjoint i64 %p11.addr.02769, 544
  %3185 = getelementptr inbounds float, ptr %OY, i64 %3184
  %3186 = load float, ptr %3185, align 4
  %3187 = insertelement <16 x float> poison, float %3186, i64 0
  %3188 = shufflevector <16 x float> %3187, <16 x float> poison, <16 x i32> zeroinitializer
  %3189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3188, <16 x float> %3177, <16 x float> %acc121.02762)
  %3190 = or disjoint i64 %p11.addr.02769, 576
  %3191 = getelementptr inbounds float, ptr %OY, i64 %3190
  %3192 = load float, ptr %3191, align 4
  %3193 = insertelement <16 x float> poison, float %3192, i64 0
  %3194 = shufflevector <16 x float> %3193, <16 x float> poison, <16 x i32> zeroinitializer
  %3195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3194, <16 x float> %3177, <16 x float> %acc122.02763)
  %3196 = or disjoint i64 %p11.addr.02769, 608
  %3197 = getelementptr inbounds float, ptr %OY, i64 %3196
  %3198 = load float, ptr %3197, align 4
  %3199 = insertelement <16 x float> poison, float %3198, i64 0
  %3200 = shufflevector <16 x float> %3199, <16 x float> poison, <16 x i32> zeroinitializer
  %3201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3200, <16 x float> %3177, <16 x float> %acc123.02764)
  %3202 = or disjoint i64 %p11.addr.02769, 640
  %3203 = getelementptr inbounds float, ptr %OY, i64 %3202
  %3204 = load float, ptr %3203, align 4
  %3205 = insertelement <16 x float> poison, float %3204, i64 0
  %3206 = shufflevector <16 x float> %3205, <16 x float> poison, <16 x i32> zeroinitializer
  %3207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3206, <16 x float> %3177, <16 x float> %acc124.02765)
  %3208 = or disjoint i64 %p11.addr.02769, 672
  %3209 = getelementptr inbounds float, ptr %OY, i64 %3208
  %3210 = load float, ptr %3209, align 4
  %3211 = insertelement <16 x float> poison, float %3210, i64 0
  %3212 = shufflevector <16 x float> %3211, <16 x float> poison, <16 x i32> zeroinitializer
  %3213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3212, <16 x float> %3177, <16 x float> %acc125.02766)
  %3214 = or disjoint i64 %p11.addr.02769, 704
  %3215 = getelementptr inbounds float, ptr %OY, i64 %3214
  %3216 = load float, ptr %3215, align 4
  %3217 = insertelement <16 x float> poison, float %3216, i64 0
  %3218 = shufflevector <16 x float> %3217, <16 x float> poison, <16 x i32> zeroinitializer
  %3219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3218, <16 x float> %3177, <16 x float> %acc126.02767)
  %3220 = or disjoint i64 %p11.addr.02769, 736
  %3221 = getelementptr inbounds float, ptr %OY, i64 %3220
  %3222 = load float, ptr %3221, align 4
  %3223 = insertelement <16 x float> poison, float %3222, i64 0
  %3224 = shufflevector <16 x float> %3223, <16 x float> poison, <16 x i32> zeroinitializer
  %3225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3224, <16 x float> %3177, <16 x float> %acc127.02768)
  %p11.next = add nuw nsw i64 %p11.addr.02769, 1
  %exitcond3088.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3088.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3183, ptr %241, align 4
  store <16 x float> %3189, ptr %242, align 4
  store <16 x float> %3195, ptr %243, align 4
  store <16 x float> %3201, ptr %244, align 4
  store <16 x float> %3207, ptr %245, align 4
  store <16 x float> %3213, ptr %246, align 4
  store <16 x float> %3219, ptr %247, align 4
  store <16 x float> %3225, ptr %248, align 4
  br label %p11.body.1

j30.head.preheader:                               ; preds = %p11.exit.1, %j30.exit
  %t6.addr.02775 = phi i64 [ %t6.next, %j30.exit ], [ 0, %p11.exit.1 ]
  %.not2856 = icmp eq i64 %t6.addr.02775, 0
  br i1 %.not2856, label %j30.exit, label %j30.body.lr.ph

j30.body.lr.ph:                                   ; preds = %j30.head.preheader
  %.idx2515 = mul nuw nsw i64 %t6.addr.02775, 384
  %gep2773 = getelementptr inbounds i8, ptr %invariant.gep2772, i64 %.idx2515
  %invariant.gep3307 = getelementptr inbounds float, ptr %invariant.gep3305, i64 %t6.addr.02775
  %xtraiter3717 = and i64 %t6.addr.02775, 7
  %3226 = icmp ult i64 %t6.addr.02775, 8
  br i1 %3226, label %j30.exit.loopexit.unr-lcssa, label %j30.body.lr.ph.new

j30.body.lr.ph.new:                               ; preds = %j30.body.lr.ph
  %unroll_iter3720 = and i64 %t6.addr.02775, 9223372036854775800
  br label %j30.body

j30.body:                                         ; preds = %j30.body, %j30.body.lr.ph.new
  %j30.addr.02774 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %j30.next.7, %j30.body ]
  %niter3721 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %niter3721.next.7, %j30.body ]
  %3227 = getelementptr inbounds float, ptr %gep2773, i64 %j30.addr.02774
  %3228 = load float, ptr %3227, align 4
  %3229 = fneg float %3228
  store float %3229, ptr %3227, align 4
  %.idx2857 = mul nuw nsw i64 %j30.addr.02774, 384
  %gep3308 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857
  store float %3229, ptr %gep3308, align 4
  %j30.next = or disjoint i64 %j30.addr.02774, 1
  %3230 = getelementptr inbounds float, ptr %gep2773, i64 %j30.next
  %3231 = load float, ptr %3230, align 4
  %3232 = fneg float %3231
  store float %3232, ptr %3230, align 4
  %.idx2857.1 = mul nuw nsw i64 %j30.next, 384
  %gep3308.1 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.1
  store float %3232, ptr %gep3308.1, align 4
  %j30.next.1 = or disjoint i64 %j30.addr.02774, 2
  %3233 = getelementptr inbounds float, ptr %gep2773, i64 %j30.next.1
  %3234 = load float, ptr %3233, align 4
  %3235 = fneg float %3234
  store float %3235, ptr %3233, align 4
  %.idx2857.2 = mul nuw nsw i64 %j30.next.1, 384
  %gep3308.2 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.2
  store float %3235, ptr %gep3308.2, align 4
  %j30.next.2 = or disjoint i64 %j30.addr.02774, 3
  %3236 = getelementptr inbounds float, ptr %gep2773, i64 %j30.next.2
  %3237 = load float, ptr %3236, align 4
  %3238 = fneg float %3237
  store float %3238, ptr %3236, align 4
  %.idx2857.3 = mul nuw nsw i64 %j30.next.2, 384
  %gep3308.3 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.3
  store float %3238, ptr %gep3308.3, align 4
  %j30.next.3 = or disjoint i64 %j30.addr.02774, 4
  %3239 = getelementptr inbounds float, ptr %gep2773, i64 %j30.next.3
  %3240 = load float, ptr %3239, align 4
  %3241 = fneg float %3240
  store float %3241, ptr %3239, align 4
  %.idx2857.4 = mul nuw nsw i64 %j30.next.3, 384
  %gep3308.4 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.4
  store float %3241, ptr %gep3308.4, align 4
  %j30.next.4 = or disjoint i64 %j30.addr.02774, 5
  %3242 = getelementptr inbounds float, ptr %gep2773, i64 %j30.next.4
  %3243 = load float, ptr %3242, align 4
  %3244 = fneg float %3243
  store float %3244, ptr %3242, align 4
  %.idx2857.5 = mul nuw nsw i64 %j30.next.4, 384
  %gep3308.5 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.5
  store float %3244, ptr %gep3308.5, align 4
  %j30.next.5 = or disjoint i64 %j30.addr.02774, 6
  %3245 = getelementptr inbounds float, ptr %gep2773, i64 %j30.next.5
  %3246 = load float, ptr %3245, align 4
  %3247 = fneg float %3246
  store float %3247, ptr %3245, align 4
  %.idx2857.6 = mul nuw nsw i64 %j30.next.5, 384
  %gep3308.6 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.6
  store float %3247, ptr %gep3308.6, align 4
  %j30.next.6 = or disjoint i64 %j30.addr.02774, 7
  %3248 = getelementptr inbounds float, ptr %gep2773, i64 %j30.next.6
  %3249 = load float, ptr %3248, align 4
  %3250 = fneg float %3249
  store float %3250, ptr %3248, align 4
  %.idx2857.7 = mul nuw nsw i64 %j30.next.6, 384
  %gep3308.7 = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.7
  store float %3250, ptr %gep3308.7, align 4
  %j30.next.7 = add nuw nsw i64 %j30.addr.02774, 8
  %niter3721.next.7 = add i64 %niter3721, 8
  %niter3721.ncmp.7 = icmp eq i64 %niter3721.next.7, %unroll_iter3720
  br i1 %niter3721.ncmp.7, label %j30.exit.loopexit.unr-lcssa, label %j30.body

j30.exit.loopexit.unr-lcssa:                      ; preds = %j30.body, %j30.body.lr.ph
  %j30.addr.02774.unr = phi i64 [ 0, %j30.body.lr.ph ], [ %j30.next.7, %j30.body ]
  %lcmp.mod3719.not = icmp eq i64 %xtraiter3717, 0
  br i1 %lcmp.mod3719.not, label %j30.exit, label %j30.body.epil

j30.body.epil:                                    ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil
  %j30.addr.02774.epil = phi i64 [ %j30.next.epil, %j30.body.epil ], [ %j30.addr.02774.unr, %j30.exit.loopexit.unr-lcssa ]
  %epil.iter3718 = phi i64 [ %epil.iter3718.next, %j30.body.epil ], [ 0, %j30.exit.loopexit.unr-lcssa ]
  %3251 = getelementptr inbounds float, ptr %gep2773, i64 %j30.addr.02774.epil
  %3252 = load float, ptr %3251, align 4
  %3253 = fneg float %3252
  store float %3253, ptr %3251, align 4
  %.idx2857.epil = mul nuw nsw i64 %j30.addr.02774.epil, 384
  %gep3308.epil = getelementptr inbounds i8, ptr %invariant.gep3307, i64 %.idx2857.epil
  store float %3253, ptr %gep3308.epil, align 4
  %j30.next.epil = add nuw nsw i64 %j30.addr.02774.epil, 1
  %epil.iter3718.next = add i64 %epil.iter3718, 1
  %epil.iter3718.cmp.not = icmp eq i64 %epil.iter3718.next, %xtraiter3717
  br i1 %epil.iter3718.cmp.not, label %j30.exit, label %j30.body.epil, !llvm.loop !4

j30.exit:                                         ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil, %j30.head.preheader
  %.idx2858.pre-phi = phi i64 [ 0, %j30.head.preheader ], [ %.idx2515, %j30.body.epil ], [ %.idx2515, %j30.exit.loopexit.unr-lcssa ]
  %gep3310 = getelementptr i8, ptr %invariant.gep3309, i64 %.idx2858.pre-phi
  %3254 = getelementptr inbounds float, ptr %gep3310, i64 %t6.addr.02775
  store float 0.000000e+00, ptr %3254, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02775, 1
  %exitcond3090.not = icmp eq i64 %t6.next, 16
  br i1 %exitcond3090.not, label %p12.head.preheader, label %j30.head.preheader

p12.head.preheader:                               ; preds = %j30.exit, %endif1665
  %3255 = phi i1 [ false, %endif1665 ], [ true, %j30.exit ]
  %i35.addr.02793 = phi i64 [ 8, %endif1665 ], [ 0, %j30.exit ]
  %3256 = mul nuw nsw i64 %i35.addr.02793, 96
  %3257 = or disjoint i64 %3256, 96
  %3258 = getelementptr inbounds float, ptr %Ak, i64 %3257
  %3259 = or disjoint i64 %3256, 192
  %3260 = getelementptr inbounds float, ptr %Ak, i64 %3259
  %.idx2511 = mul nuw nsw i64 %i35.addr.02793, 384
  %3261 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2511
  %3262 = getelementptr inbounds i8, ptr %3261, i64 1152
  %3263 = getelementptr inbounds i8, ptr %3261, i64 1920
  %3264 = getelementptr inbounds i8, ptr %3261, i64 2304
  %3265 = getelementptr inbounds i8, ptr %3261, i64 2688
  %gep3316 = getelementptr inbounds float, ptr %invariant.gep3315, i64 %3256
  br label %p12.body

i35.exit:                                         ; preds = %endif1665
  %t7.end = add nsw i64 %L, %t0
  br i1 %2708, label %t7.body, label %t7.exit

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02792 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc143.02791 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3319, %p12.body ]
  %acc142.02790 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3318, %p12.body ]
  %acc141.02789 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3313, %p12.body ]
  %acc140.02788 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3312, %p12.body ]
  %acc139.02787 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3307, %p12.body ]
  %acc138.02786 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3306, %p12.body ]
  %acc137.02785 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3301, %p12.body ]
  %acc136.02784 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3300, %p12.body ]
  %acc135.02783 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3296, %p12.body ]
  %acc134.02782 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3295, %p12.body ]
  %acc133.02781 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3290, %p12.body ]
  %acc132.02780 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3289, %p12.body ]
  %acc131.02779 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3284, %p12.body ]
  %acc130.02778 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3283, %p12.body ]
  %acc129.02777 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3278, %p12.body ]
  %acc128.02776 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3277, %p12.body ]
  %3266 = shl nuw nsw i64 %p12.addr.02792, 5
  %3267 = getelementptr inbounds float, ptr %Bk, i64 %3266
  %3268 = load <16 x float>, ptr %3267, align 4
  %3269 = or disjoint i64 %3266, 16
  %3270 = getelementptr inbounds float, ptr %Bk, i64 %3269
  %3271 = load <16 x float>, ptr %3270, align 4
  %3272 = or disjoint i64 %p12.addr.02792, %3256
  %3273 = getelementptr inbounds float, ptr %Ak, i64 %3272
  %3274 = load float, ptr %3273, align 4
  %3275 = insertelement <16 x float> poison, float %3274, i64 0
  %3276 = shufflevector <16 x float> %3275, <16 x float> poison, <16 x i32> zeroinitializer
  %3277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3276, <16 x float> %3268, <16 x float> %acc128.02776)
  %3278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3276, <16 x float> %3271, <16 x float> %acc129.02777)
  %3279 = getelementptr inbounds float, ptr %3258, i64 %p12.addr.02792
  %3280 = load float, ptr %3279, align 4
  %3281 = insertelement <16 x float> poison, float %3280, i64 0
  %3282 = shufflevector <16 x float> %3281, <16 x float> poison, <16 x i32> zeroinitializer
  %3283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3282, <16 x float> %3268, <16 x float> %acc130.02778)
  %3284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3282, <16 x float> %3271, <16 x float> %acc131.02779)
  %3285 = getelementptr inbounds float, ptr %3260, i64 %p12.addr.02792
  %3286 = load float, ptr %3285, align 4
  %3287 = insertelement <16 x float> poison, float %3286, i64 0
  %3288 = shufflevector <16 x float> %3287, <16 x float> poison, <16 x i32> zeroinitializer
  %3289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3288, <16 x float> %3268, <16 x float> %acc132.02780)
  %3290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3288, <16 x float> %3271, <16 x float> %acc133.02781)
  %3291 = getelementptr inbounds float, ptr %3262, i64 %p12.addr.02792
  %3292 = load float, ptr %3291, align 4
  %3293 = insertelement <16 x float> poison, float %3292, i64 0
  %3294 = shufflevector <16 x float> %3293, <16 x float> poison, <16 x i32> zeroinitializer
  %3295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3294, <16 x float> %3268, <16 x float> %acc134.02782)
  %3296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3294, <16 x float> %3271, <16 x float> %acc135.02783)
  %gep3314 = getelementptr inbounds float, ptr %gep3316, i64 %p12.addr.02792
  %3297 = load float, ptr %gep3314, align 4
  %3298 = insertelement <16 x float> poison, float %3297, i64 0
  %3299 = shufflevector <16 x float> %3298, <16 x float> poison, <16 x i32> zeroinitializer
  %3300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3299, <16 x float> %3268, <16 x float> %acc136.02784)
  %3301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3299, <16 x float> %3271, <16 x float> %acc137.02785)
  %3302 = getelementptr inbounds float, ptr %3263, i64 %p12.addr.02792
  %3303 = load float, ptr %3302, align 4
  %3304 = insertelement <16 x float> poison, float %3303, i64 0
  %3305 = shufflevector <16 x float> %3304, <16 x float> poison, <16 x i32> zeroinitializer
  %3306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3305, <16 x float> %3268, <16 x float> %acc138.02786)
  %3307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3305, <16 x float> %3271, <16 x float> %acc139.02787)
  %3308 = getelementptr inbounds float, ptr %3264, i64 %p12.addr.02792
  %3309 = load float, ptr %3308, align 4
  %3310 = insertelement <16 x float> poison, float %3309, i64 0
  %3311 = shufflevector <16 x float> %3310, <16 x float> poison, <16 x i32> zeroinitializer
  %3312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3311, <16 x float> %3268, <16 x float> %acc140.02788)
  %3313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3311, <16 x float> %3271, <16 x float> %acc141.02789)
  %3314 = getelementptr inbounds float, ptr %3265, i64 %p12.addr.02792
  %3315 = load float, ptr %3314, align 4
  %3316 = insertelement <16 x float> poison, float %3315, i64 0
  %3317 = shufflevector <16 x float> %3316, <16 x float> poison, <16 x i32> zeroinitializer
  %3318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3317, <16 x float> %3268, <16 x float> %acc142.02790)
  %3319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3317, <16 x float> %3271, <16 x float> %acc143.02791)
  %p12.next = add nuw nsw i64 %p12.addr.02792, 1
  %exitcond3091.not = icmp eq i64 %p12.next, 96
  br i1 %exitcond3091.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %3320 = icmp sgt i64 %491, %i35.addr.02793
  br i1 %3320, label %then1603, label %endif1609

then1603:                                         ; preds = %p12.exit
  %3321 = or disjoint i64 %i35.addr.02793, %t0
  %.idx2503 = shl nsw i64 %3321, 7
  %3322 = getelementptr inbounds i8, ptr %dak, i64 %.idx2503
  store <16 x float> %3277, ptr %3322, align 4
  %3323 = shl nsw i64 %3321, 5
  %3324 = or disjoint i64 %3323, 16
  %3325 = getelementptr inbounds float, ptr %dak, i64 %3324
  store <16 x float> %3278, ptr %3325, align 4
  br label %endif1609

endif1609:                                        ; preds = %p12.exit, %then1603
  %3326 = or disjoint i64 %i35.addr.02793, 1
  %3327 = icmp slt i64 %3326, %L
  br i1 %3327, label %then1611, label %endif1617

then1611:                                         ; preds = %endif1609
  %3328 = or disjoint i64 %3326, %t0
  %.idx2504 = shl nsw i64 %3328, 7
  %3329 = getelementptr inbounds i8, ptr %dak, i64 %.idx2504
  store <16 x float> %3283, ptr %3329, align 4
  %3330 = shl nsw i64 %3328, 5
  %3331 = or disjoint i64 %3330, 16
  %3332 = getelementptr inbounds float, ptr %dak, i64 %3331
  store <16 x float> %3284, ptr %3332, align 4
  br label %endif1617

endif1617:                                        ; preds = %endif1609, %then1611
  %3333 = or disjoint i64 %i35.addr.02793, 2
  %3334 = icmp slt i64 %3333, %L
  br i1 %3334, label %then1619, label %endif1625

then1619:                                         ; preds = %endif1617
  %3335 = or disjoint i64 %3333, %t0
  %.idx2505 = shl nsw i64 %3335, 7
  %3336 = getelementptr inbounds i8, ptr %dak, i64 %.idx2505
  store <16 x float> %3289, ptr %3336, align 4
  %3337 = shl nsw i64 %3335, 5
  %3338 = or disjoint i64 %3337, 16
  %3339 = getelementptr inbounds float, ptr %dak, i64 %3338
  store <16 x float> %3290, ptr %3339, align 4
  br label %endif1625

endif1625:                                        ; preds = %endif1617, %then1619
  %3340 = or disjoint i64 %i35.addr.02793, 3
  %3341 = icmp slt i64 %3340, %L
  br i1 %3341, label %then1627, label %endif1633

then1627:                                         ; preds = %endif1625
  %3342 = or disjoint i64 %3340, %t0
  %.idx2506 = shl nsw i64 %3342, 7
  %3343 = getelementptr inbounds i8, ptr %dak, i64 %.idx2506
  store <16 x float> %3295, ptr %3343, align 4
  %3344 = shl nsw i64 %3342, 5
  %3345 = or disjoint i64 %3344, 16
  %3346 = getelementptr inbounds float, ptr %dak, i64 %3345
  store <16 x float> %3296, ptr %3346, align 4
  br label %endif1633

endif1633:                                        ; preds = %endif1625, %then1627
  %3347 = or disjoint i64 %i35.addr.02793, 4
  %3348 = icmp slt i64 %3347, %L
  br i1 %3348, label %then1635, label %endif1641

then1635:                                         ; preds = %endif1633
  %3349 = or disjoint i64 %3347, %t0
  %.idx2507 = shl nsw i64 %3349, 7
  %3350 = getelementptr inbounds i8, ptr %dak, i64 %.idx2507
  store <16 x float> %3300, ptr %3350, align 4
  %3351 = shl nsw i64 %3349, 5
  %3352 = or disjoint i64 %3351, 16
  %3353 = getelementptr inbounds float, ptr %dak, i64 %3352
  store <16 x float> %3301, ptr %3353, align 4
  br label %endif1641

endif1641:                                        ; preds = %endif1633, %then1635
  %3354 = or disjoint i64 %i35.addr.02793, 5
  %3355 = icmp slt i64 %3354, %L
  br i1 %3355, label %then1643, label %endif1649

then1643:                                         ; preds = %endif1641
  %3356 = or disjoint i64 %3354, %t0
  %.idx2508 = shl nsw i64 %3356, 7
  %3357 = getelementptr inbounds i8, ptr %dak, i64 %.idx2508
  store <16 x float> %3306, ptr %3357, align 4
  %3358 = shl nsw i64 %3356, 5
  %3359 = or disjoint i64 %3358, 16
  %3360 = getelementptr inbounds float, ptr %dak, i64 %3359
  store <16 x float> %3307, ptr %3360, align 4
  br label %endif1649

endif1649:                                        ; preds = %endif1641, %then1643
  %3361 = or disjoint i64 %i35.addr.02793, 6
  %3362 = icmp slt i64 %3361, %L
  br i1 %3362, label %then1651, label %endif1657

then1651:                                         ; preds = %endif1649
  %3363 = or disjoint i64 %3361, %t0
  %.idx2509 = shl nsw i64 %3363, 7
  %3364 = getelementptr inbounds i8, ptr %dak, i64 %.idx2509
  store <16 x float> %3312, ptr %3364, align 4
  %3365 = shl nsw i64 %3363, 5
  %3366 = or disjoint i64 %3365, 16
  %3367 = getelementptr inbounds float, ptr %dak, i64 %3366
  store <16 x float> %3313, ptr %3367, align 4
  br label %endif1657

endif1657:                                        ; preds = %endif1649, %then1651
  %3368 = or disjoint i64 %i35.addr.02793, 7
  %3369 = icmp slt i64 %3368, %L
  br i1 %3369, label %then1659, label %endif1665

then1659:                                         ; preds = %endif1657
  %3370 = or disjoint i64 %3368, %t0
  %.idx2510 = shl nsw i64 %3370, 7
  %3371 = getelementptr inbounds i8, ptr %dak, i64 %.idx2510
  store <16 x float> %3318, ptr %3371, align 4
  %3372 = shl nsw i64 %3370, 5
  %3373 = or disjoint i64 %3372, 16
  %3374 = getelementptr inbounds float, ptr %dak, i64 %3373
  store <16 x float> %3319, ptr %3374, align 4
  br label %endif1665

endif1665:                                        ; preds = %endif1657, %then1659
  br i1 %3255, label %p12.head.preheader, label %i35.exit

t7.body:                                          ; preds = %i35.exit, %t7.body
  %t7.addr.02794 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i35.exit ]
  %3375 = add nsw i64 %t7.addr.02794, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3375, i64 %4)
  %3376 = add nsw i64 %tp2, %261
  %3377 = mul nsw i64 %3376, %dq_ts
  %gep2796 = getelementptr float, ptr %invariant.gep2795, i64 %3377
  tail call void @llvm.prefetch.p0(ptr %gep2796, i32 0, i32 2, i32 1)
  %3378 = getelementptr i8, ptr %gep2796, i64 64
  tail call void @llvm.prefetch.p0(ptr %3378, i32 0, i32 2, i32 1)
  %3379 = mul nsw i64 %3376, %dk_ts
  %gep2798 = getelementptr float, ptr %invariant.gep2797, i64 %3379
  tail call void @llvm.prefetch.p0(ptr %gep2798, i32 0, i32 2, i32 1)
  %3380 = getelementptr i8, ptr %gep2798, i64 64
  tail call void @llvm.prefetch.p0(ptr %3380, i32 0, i32 2, i32 1)
  %3381 = mul nsw i64 %3376, %dv_ts
  %gep2800 = getelementptr float, ptr %invariant.gep2799, i64 %3381
  tail call void @llvm.prefetch.p0(ptr %gep2800, i32 0, i32 2, i32 1)
  %3382 = getelementptr i8, ptr %gep2800, i64 64
  tail call void @llvm.prefetch.p0(ptr %3382, i32 0, i32 2, i32 1)
  %3383 = shl nsw i64 %t7.addr.02794, 5
  %3384 = getelementptr inbounds float, ptr %invariant.gep2818, i64 %3383
  %3385 = load <16 x float>, ptr %3384, align 4
  %3386 = or disjoint i64 %3383, 16
  %3387 = getelementptr inbounds float, ptr %invariant.gep2818, i64 %3386
  %3388 = load <16 x float>, ptr %3387, align 4
  %3389 = getelementptr inbounds float, ptr %gep2815, i64 %3383
  %3390 = load <16 x float>, ptr %3389, align 4
  %3391 = getelementptr inbounds float, ptr %gep2815, i64 %3386
  %3392 = load <16 x float>, ptr %3391, align 4
  %3393 = getelementptr inbounds float, ptr %gep2819, i64 %t7.addr.02794
  %3394 = load float, ptr %3393, align 4
  %3395 = fmul <16 x float> %3385, %3390
  %3396 = fmul <16 x float> %3388, %3392
  %3397 = fadd <16 x float> %3395, %3396
  %3398 = shufflevector <16 x float> %3397, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3399 = shufflevector <16 x float> %3397, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3400 = fadd <8 x float> %3398, %3399
  %3401 = shufflevector <8 x float> %3400, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3402 = shufflevector <8 x float> %3400, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3403 = fadd <4 x float> %3401, %3402
  %3404 = shufflevector <4 x float> %3403, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3405 = shufflevector <4 x float> %3403, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3406 = fadd <2 x float> %3404, %3405
  %shift3509 = shufflevector <2 x float> %3406, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3407 = fadd <2 x float> %3406, %shift3509
  %3408 = fdiv float 1.000000e+00, %3394
  %3409 = shufflevector <2 x float> %3407, <2 x float> poison, <16 x i32> zeroinitializer
  %3410 = fmul <16 x float> %3385, %3409
  %3411 = fsub <16 x float> %3390, %3410
  %3412 = insertelement <16 x float> poison, float %3394, i64 0
  %3413 = shufflevector <16 x float> %3412, <16 x float> poison, <16 x i32> zeroinitializer
  %3414 = fmul <16 x float> %3413, %3411
  %3415 = getelementptr inbounds float, ptr %gep2817, i64 %3383
  %3416 = load <16 x float>, ptr %3415, align 4
  %3417 = insertelement <16 x float> poison, float %3408, i64 0
  %3418 = shufflevector <16 x float> %3417, <16 x float> poison, <16 x i32> zeroinitializer
  %3419 = fmul <16 x float> %3385, %3418
  %3420 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3416
  %3421 = fmul <16 x float> %3420, %3419
  %3422 = fadd <16 x float> %3416, %3421
  %3423 = fmul <16 x float> %3422, %3414
  %3424 = add nsw i64 %t7.addr.02794, %261
  %3425 = mul nsw i64 %3424, %dq_ts
  %gep2802 = getelementptr float, ptr %invariant.gep2795, i64 %3425
  store <16 x float> %3423, ptr %gep2802, align 4
  %3426 = fmul <16 x float> %3388, %3409
  %3427 = fsub <16 x float> %3392, %3426
  %3428 = fmul <16 x float> %3413, %3427
  %3429 = getelementptr inbounds float, ptr %gep2817, i64 %3386
  %3430 = load <16 x float>, ptr %3429, align 4
  %3431 = fmul <16 x float> %3388, %3418
  %3432 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3430
  %3433 = fmul <16 x float> %3431, %3432
  %3434 = fadd <16 x float> %3430, %3433
  %3435 = fmul <16 x float> %3434, %3428
  %3436 = getelementptr i8, ptr %gep2802, i64 64
  store <16 x float> %3435, ptr %3436, align 4
  %3437 = getelementptr inbounds float, ptr %gep2811, i64 %3383
  %3438 = load <16 x float>, ptr %3437, align 4
  %3439 = getelementptr inbounds float, ptr %gep2811, i64 %3386
  %3440 = load <16 x float>, ptr %3439, align 4
  %3441 = getelementptr inbounds float, ptr %dak, i64 %3383
  %3442 = load <16 x float>, ptr %3441, align 4
  %3443 = getelementptr inbounds float, ptr %dak, i64 %3386
  %3444 = load <16 x float>, ptr %3443, align 4
  %3445 = getelementptr float, ptr %3393, i64 %T
  %3446 = load float, ptr %3445, align 4
  %3447 = fmul <16 x float> %3438, %3442
  %3448 = fmul <16 x float> %3440, %3444
  %3449 = fadd <16 x float> %3447, %3448
  %3450 = shufflevector <16 x float> %3449, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3451 = shufflevector <16 x float> %3449, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3452 = fadd <8 x float> %3450, %3451
  %3453 = shufflevector <8 x float> %3452, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3454 = shufflevector <8 x float> %3452, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3455 = fadd <4 x float> %3453, %3454
  %3456 = shufflevector <4 x float> %3455, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3457 = shufflevector <4 x float> %3455, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3458 = fadd <2 x float> %3456, %3457
  %shift3510 = shufflevector <2 x float> %3458, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3459 = fadd <2 x float> %3458, %shift3510
  %3460 = fdiv float 1.000000e+00, %3446
  %3461 = shufflevector <2 x float> %3459, <2 x float> poison, <16 x i32> zeroinitializer
  %3462 = fmul <16 x float> %3438, %3461
  %3463 = fsub <16 x float> %3442, %3462
  %3464 = insertelement <16 x float> poison, float %3446, i64 0
  %3465 = shufflevector <16 x float> %3464, <16 x float> poison, <16 x i32> zeroinitializer
  %3466 = fmul <16 x float> %3465, %3463
  %3467 = getelementptr inbounds float, ptr %sgk, i64 %3383
  %3468 = load <16 x float>, ptr %3467, align 4
  %3469 = insertelement <16 x float> poison, float %3460, i64 0
  %3470 = shufflevector <16 x float> %3469, <16 x float> poison, <16 x i32> zeroinitializer
  %3471 = fmul <16 x float> %3438, %3470
  %3472 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3468
  %3473 = fmul <16 x float> %3472, %3471
  %3474 = fadd <16 x float> %3468, %3473
  %3475 = fmul <16 x float> %3474, %3466
  %3476 = mul nsw i64 %3424, %dk_ts
  %gep2804 = getelementptr float, ptr %invariant.gep2797, i64 %3476
  store <16 x float> %3475, ptr %gep2804, align 4
  %3477 = fmul <16 x float> %3440, %3461
  %3478 = fsub <16 x float> %3444, %3477
  %3479 = fmul <16 x float> %3465, %3478
  %3480 = getelementptr inbounds float, ptr %sgk, i64 %3386
  %3481 = load <16 x float>, ptr %3480, align 4
  %3482 = fmul <16 x float> %3440, %3470
  %3483 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3481
  %3484 = fmul <16 x float> %3482, %3483
  %3485 = fadd <16 x float> %3481, %3484
  %3486 = fmul <16 x float> %3485, %3479
  %3487 = getelementptr i8, ptr %gep2804, i64 64
  store <16 x float> %3486, ptr %3487, align 4
  %3488 = getelementptr inbounds float, ptr %gep2813, i64 %3383
  %3489 = load <16 x float>, ptr %3488, align 4
  %3490 = getelementptr inbounds float, ptr %gep2813, i64 %3386
  %3491 = load <16 x float>, ptr %3490, align 4
  %3492 = getelementptr inbounds float, ptr %dav, i64 %3383
  %3493 = load <16 x float>, ptr %3492, align 4
  %3494 = getelementptr inbounds float, ptr %dav, i64 %3386
  %3495 = load <16 x float>, ptr %3494, align 4
  %3496 = getelementptr inbounds float, ptr %sgv, i64 %3383
  %3497 = load <16 x float>, ptr %3496, align 4
  %3498 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3497
  %3499 = fmul <16 x float> %3489, %3498
  %3500 = fadd <16 x float> %3497, %3499
  %3501 = fmul <16 x float> %3493, %3500
  %3502 = mul nsw i64 %3424, %dv_ts
  %gep2806 = getelementptr float, ptr %invariant.gep2799, i64 %3502
  store <16 x float> %3501, ptr %gep2806, align 4
  %3503 = getelementptr inbounds float, ptr %sgv, i64 %3386
  %3504 = load <16 x float>, ptr %3503, align 4
  %3505 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3504
  %3506 = fmul <16 x float> %3491, %3505
  %3507 = fadd <16 x float> %3504, %3506
  %3508 = fmul <16 x float> %3495, %3507
  %3509 = getelementptr i8, ptr %gep2806, i64 64
  store <16 x float> %3508, ptr %3509, align 4
  %t7.next = add nsw i64 %t7.addr.02794, 1
  %3510 = icmp slt i64 %t7.next, %t7.end
  br i1 %3510, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i35.exit
  %cc.next = add nuw nsw i64 %cc.addr.02807, 1
  %indvars.iv.next3085 = add i64 %indvars.iv3084, 16
  %exitcond3093.not = icmp eq i64 %cc.next, %smax3092
  br i1 %exitcond3093.not, label %j32.head.preheader, label %cc.body

j32.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3511 = getelementptr i8, ptr %dh0, i64 %258
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3511, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095, i64 128, i1 false)
  %scevgep3094.1 = getelementptr i8, ptr %3511, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.1, i64 128, i1 false)
  %scevgep3094.2 = getelementptr i8, ptr %3511, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.2, i64 128, i1 false)
  %scevgep3094.3 = getelementptr i8, ptr %3511, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.3, i64 128, i1 false)
  %scevgep3094.4 = getelementptr i8, ptr %3511, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.4, i64 128, i1 false)
  %scevgep3094.5 = getelementptr i8, ptr %3511, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.5, i64 128, i1 false)
  %scevgep3094.6 = getelementptr i8, ptr %3511, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.6, i64 128, i1 false)
  %scevgep3094.7 = getelementptr i8, ptr %3511, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.7, i64 128, i1 false)
  %scevgep3094.8 = getelementptr i8, ptr %3511, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.8, i64 128, i1 false)
  %scevgep3094.9 = getelementptr i8, ptr %3511, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.9, i64 128, i1 false)
  %scevgep3094.10 = getelementptr i8, ptr %3511, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.10, i64 128, i1 false)
  %scevgep3094.11 = getelementptr i8, ptr %3511, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.11, i64 128, i1 false)
  %scevgep3094.12 = getelementptr i8, ptr %3511, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.12, i64 128, i1 false)
  %scevgep3094.13 = getelementptr i8, ptr %3511, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.13, i64 128, i1 false)
  %scevgep3094.14 = getelementptr i8, ptr %3511, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.14, i64 128, i1 false)
  %scevgep3094.15 = getelementptr i8, ptr %3511, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.15, i64 128, i1 false)
  %scevgep3094.16 = getelementptr i8, ptr %3511, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.16, i64 128, i1 false)
  %scevgep3094.17 = getelementptr i8, ptr %3511, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.17, i64 128, i1 false)
  %scevgep3094.18 = getelementptr i8, ptr %3511, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.18, i64 128, i1 false)
  %scevgep3094.19 = getelementptr i8, ptr %3511, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.19, i64 128, i1 false)
  %scevgep3094.20 = getelementptr i8, ptr %3511, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.20, i64 128, i1 false)
  %scevgep3094.21 = getelementptr i8, ptr %3511, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.21, i64 128, i1 false)
  %scevgep3094.22 = getelementptr i8, ptr %3511, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.22, i64 128, i1 false)
  %scevgep3094.23 = getelementptr i8, ptr %3511, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.23, i64 128, i1 false)
  %scevgep3094.24 = getelementptr i8, ptr %3511, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.24, i64 128, i1 false)
  %scevgep3094.25 = getelementptr i8, ptr %3511, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.25, i64 128, i1 false)
  %scevgep3094.26 = getelementptr i8, ptr %3511, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.26, i64 128, i1 false)
  %scevgep3094.27 = getelementptr i8, ptr %3511, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.27, i64 128, i1 false)
  %scevgep3094.28 = getelementptr i8, ptr %3511, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.28, i64 128, i1 false)
  %scevgep3094.29 = getelementptr i8, ptr %3511, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.29, i64 128, i1 false)
  %scevgep3094.30 = getelementptr i8, ptr %3511, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.30, i64 128, i1 false)
  %scevgep3094.31 = getelementptr i8, ptr %3511, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3095.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02820, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3097.not = icmp eq i64 %indvar.next, %18
  br i1 %exitcond3097.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

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
; ---- dp_step_h1_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h1_k32_v32_c1_nogate'
source_filename = "dp_step_h1_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h1_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %bh0.fr = freeze i64 %bh0
  %0 = icmp slt i64 %bh0.fr, %bh1
  br i1 %0, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %entry, %i2.exit
  %bh.addr.052 = phi i64 [ %bh.next, %i2.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.052, 5
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.052
  %S.idx = shl nsw i64 %bh.addr.052, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i1.head.preheader:                                ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %2 = load <16 x float>, ptr %kh, align 4
  %3 = load <16 x float>, ptr %qh, align 4
  %4 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2, <16 x float> %3, <16 x float> zeroinitializer)
  %5 = getelementptr inbounds i8, ptr %kh, i64 64
  %6 = load <16 x float>, ptr %5, align 4
  %7 = getelementptr inbounds i8, ptr %qh, i64 64
  %8 = load <16 x float>, ptr %7, align 4
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %6, <16 x float> %8, <16 x float> %4)
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %10 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %11 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %12 = fadd <8 x float> %10, %11
  %13 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %14 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %15 = fadd <4 x float> %13, %14
  %16 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %17 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %18 = fadd <2 x float> %16, %17
  %shift = shufflevector <2 x float> %18, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %19 = fadd <2 x float> %18, %shift
  %20 = load float, ptr %betah, align 4
  %21 = load <16 x float>, ptr %vh, align 4
  %22 = fsub <16 x float> %21, %63
  %23 = insertelement <16 x float> poison, float %20, i64 0
  %24 = shufflevector <16 x float> %23, <16 x float> poison, <16 x i32> zeroinitializer
  %25 = fmul <16 x float> %24, %22
  %26 = getelementptr inbounds i8, ptr %vh, i64 64
  %27 = load <16 x float>, ptr %26, align 4
  %28 = fsub <16 x float> %27, %70
  %29 = fmul <16 x float> %24, %28
  %30 = shufflevector <2 x float> %19, <2 x float> poison, <16 x i32> zeroinitializer
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %25, <16 x float> %66)
  %32 = fmul <16 x float> %31, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %32, ptr %oh, align 4
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %29, <16 x float> %71)
  %34 = fmul <16 x float> %33, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %35 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %34, ptr %35, align 4
  br label %i2.body

i.body:                                           ; preds = %i.body, %bh.body
  %acc.048 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %63, %i.body ]
  %acc1.047 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %70, %i.body ]
  %acc2.046 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %66, %i.body ]
  %acc3.045 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %71, %i.body ]
  %i.addr.044 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %36 = getelementptr inbounds float, ptr %kh, i64 %i.addr.044
  %37 = load float, ptr %36, align 4
  %38 = getelementptr inbounds float, ptr %qh, i64 %i.addr.044
  %39 = load float, ptr %38, align 4
  %40 = shl nuw nsw i64 %i.addr.044, 5
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = insertelement <16 x float> poison, float %37, i64 0
  %44 = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %42, <16 x float> %acc.048)
  %46 = insertelement <16 x float> poison, float %39, i64 0
  %47 = shufflevector <16 x float> %46, <16 x float> poison, <16 x i32> zeroinitializer
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %42, <16 x float> %acc2.046)
  %49 = or disjoint i64 %40, 16
  %50 = getelementptr inbounds float, ptr %S, i64 %49
  %51 = load <16 x float>, ptr %50, align 4
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %51, <16 x float> %acc1.047)
  %53 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %51, <16 x float> %acc3.045)
  %i.next = or disjoint i64 %i.addr.044, 1
  %54 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %57 = load float, ptr %56, align 4
  %58 = shl nuw nsw i64 %i.next, 5
  %59 = getelementptr inbounds float, ptr %S, i64 %58
  %60 = load <16 x float>, ptr %59, align 4
  %61 = insertelement <16 x float> poison, float %55, i64 0
  %62 = shufflevector <16 x float> %61, <16 x float> poison, <16 x i32> zeroinitializer
  %63 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %60, <16 x float> %45)
  %64 = insertelement <16 x float> poison, float %57, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %60, <16 x float> %48)
  %67 = or disjoint i64 %58, 16
  %68 = getelementptr inbounds float, ptr %S, i64 %67
  %69 = load <16 x float>, ptr %68, align 4
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %69, <16 x float> %52)
  %71 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %69, <16 x float> %53)
  %i.next.1 = add nuw nsw i64 %i.addr.044, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 32
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %i2.addr.051 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.3, %i2.body ]
  %72 = getelementptr inbounds float, ptr %kh, i64 %i2.addr.051
  %73 = load float, ptr %72, align 4
  %74 = insertelement <16 x float> poison, float %73, i64 0
  %75 = shufflevector <16 x float> %74, <16 x float> poison, <16 x i32> zeroinitializer
  %76 = shl nuw nsw i64 %i2.addr.051, 5
  %77 = getelementptr inbounds float, ptr %S, i64 %76
  %78 = load <16 x float>, ptr %77, align 4
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %25, <16 x float> %78)
  store <16 x float> %79, ptr %77, align 4
  %80 = or disjoint i64 %76, 16
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %29, <16 x float> %82)
  store <16 x float> %83, ptr %81, align 4
  %i2.next = or disjoint i64 %i2.addr.051, 1
  %84 = getelementptr inbounds float, ptr %kh, i64 %i2.next
  %85 = load float, ptr %84, align 4
  %86 = insertelement <16 x float> poison, float %85, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i2.next, 5
  %89 = getelementptr inbounds float, ptr %S, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %25, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = or disjoint i64 %88, 16
  %93 = getelementptr inbounds float, ptr %S, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %29, <16 x float> %94)
  store <16 x float> %95, ptr %93, align 4
  %i2.next.1 = or disjoint i64 %i2.addr.051, 2
  %96 = getelementptr inbounds float, ptr %kh, i64 %i2.next.1
  %97 = load float, ptr %96, align 4
  %98 = insertelement <16 x float> poison, float %97, i64 0
  %99 = shufflevector <16 x float> %98, <16 x float> poison, <16 x i32> zeroinitializer
  %100 = shl nuw nsw i64 %i2.next.1, 5
  %101 = getelementptr inbounds float, ptr %S, i64 %100
  %102 = load <16 x float>, ptr %101, align 4
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %25, <16 x float> %102)
  store <16 x float> %103, ptr %101, align 4
  %104 = or disjoint i64 %100, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %29, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %i2.next.2 = or disjoint i64 %i2.addr.051, 3
  %108 = getelementptr inbounds float, ptr %kh, i64 %i2.next.2
  %109 = load float, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %109, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = shl nuw nsw i64 %i2.next.2, 5
  %113 = getelementptr inbounds float, ptr %S, i64 %112
  %114 = load <16 x float>, ptr %113, align 4
  %115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %25, <16 x float> %114)
  store <16 x float> %115, ptr %113, align 4
  %116 = or disjoint i64 %112, 16
  %117 = getelementptr inbounds float, ptr %S, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %29, <16 x float> %118)
  store <16 x float> %119, ptr %117, align 4
  %i2.next.3 = add nuw nsw i64 %i2.addr.051, 4
  %exitcond57.not.3 = icmp eq i64 %i2.next.3, 32
  br i1 %exitcond57.not.3, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %bh.next = add nsw i64 %bh.addr.052, 1
  %exitcond58.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond58.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm'
source_filename = "dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs209 = ptrtoint ptr %hs to i64
  %invariant.gep183 = getelementptr i8, ptr %work, i64 4352
  %sv = shl nsw i64 %H, 5
  %.idx = shl i64 %T, 7
  %gep182 = getelementptr i8, ptr %invariant.gep183, i64 %.idx
  %.idx140 = shl i64 %T, 8
  %gep184 = getelementptr i8, ptr %invariant.gep183, i64 %.idx140
  %1 = icmp sgt i64 %T, 0
  %2 = add nsw i64 %T, -1
  %3 = add nsw i64 %T, 63
  %nc = sdiv i64 %3, 64
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %6 = and i64 %hs209, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %7 = sub i64 %bh1, %bh0
  %8 = icmp eq i64 %6, 0
  %invariant.gep227 = getelementptr i8, ptr %gep182, i64 -128
  %invariant.gep235 = getelementptr i8, ptr %gep182, i64 -128
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i8.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i8.head.preheader ]
  %bh.addr.0185 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i8.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep212 = getelementptr i8, ptr %hT, i64 %10
  %11 = mul i64 %5, %indvar
  %scevgep202 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0185, %H
  %h = srem i64 %bh.addr.0185, %H
  %12 = mul nsw i64 %b, %T
  %13 = mul nsw i64 %12, %H
  %bT = add nsw i64 %13, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %1, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br label %i8.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %14 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %14
  %invariant.gep143 = getelementptr float, ptr %k, i64 %14
  %invariant.gep145 = getelementptr float, ptr %v, i64 %14
  br label %t.body

bh.exit:                                          ; preds = %i8.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br i1 %1, label %ci.body.lr.ph, label %i8.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0142 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %15 = add nuw nsw i64 %t.addr.0142, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %15, i64 %2)
  %16 = add nsw i64 %tp, %12
  %17 = mul nsw i64 %16, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %17
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %18 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %18, i32 0, i32 2, i32 1)
  %19 = mul nsw i64 %16, %k_ts
  %gep144 = getelementptr float, ptr %invariant.gep143, i64 %19
  tail call void @llvm.prefetch.p0(ptr %gep144, i32 0, i32 2, i32 1)
  %20 = getelementptr i8, ptr %gep144, i64 64
  tail call void @llvm.prefetch.p0(ptr %20, i32 0, i32 2, i32 1)
  %21 = mul nsw i64 %16, %v_ts
  %gep146 = getelementptr float, ptr %invariant.gep145, i64 %21
  tail call void @llvm.prefetch.p0(ptr %gep146, i32 0, i32 2, i32 1)
  %22 = getelementptr i8, ptr %gep146, i64 64
  tail call void @llvm.prefetch.p0(ptr %22, i32 0, i32 2, i32 1)
  %23 = add nsw i64 %t.addr.0142, %12
  %24 = mul nsw i64 %23, %q_ts
  %gep148 = getelementptr float, ptr %invariant.gep, i64 %24
  %25 = load <16 x float>, ptr %gep148, align 4
  %26 = fneg <16 x float> %25
  %27 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %26, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %28 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %27, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %29 = fmul <16 x float> %28, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %30 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %29)
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %28)
  %32 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %31)
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %32, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %32, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %35 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %34, <16 x float> %32, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %36 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %35, <16 x float> %32, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %32, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %38 = fmul <16 x float> %32, %32
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %37, <16 x float> %38, <16 x float> %32)
  %40 = fadd <16 x float> %39, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %41 = fptosi <16 x float> %30 to <16 x i32>
  %42 = shl <16 x i32> %41, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %43 = add <16 x i32> %42, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %44 = bitcast <16 x i32> %43 to <16 x float>
  %45 = fmul <16 x float> %40, %44
  %46 = fadd <16 x float> %45, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %46
  %48 = fmul <16 x float> %25, %47
  %49 = getelementptr i8, ptr %gep148, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fneg <16 x float> %50
  %52 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %51, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %53 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %52, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %54 = fmul <16 x float> %53, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %55 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %54)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %53)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %56)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %57, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %57, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %60, <16 x float> %57, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %61, <16 x float> %57, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <16 x float> %57, %57
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %63, <16 x float> %57)
  %65 = fadd <16 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <16 x float> %55 to <16 x i32>
  %67 = shl <16 x i32> %66, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %68 = add <16 x i32> %67, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %69 = bitcast <16 x i32> %68 to <16 x float>
  %70 = fmul <16 x float> %65, %69
  %71 = fadd <16 x float> %70, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %72 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %71
  %73 = fmul <16 x float> %50, %72
  %74 = fmul <16 x float> %48, %48
  %75 = fmul <16 x float> %73, %73
  %76 = fadd <16 x float> %74, %75
  %77 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %78 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %79 = fadd <8 x float> %77, %78
  %80 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %81 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %82 = fadd <4 x float> %80, %81
  %83 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %84 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %85 = fadd <2 x float> %83, %84
  %shift = shufflevector <2 x float> %85, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %86 = fadd <2 x float> %85, %shift
  %87 = extractelement <2 x float> %86, i64 0
  %88 = fadd float %87, 0x3EB0C6F7A0000000
  %89 = tail call float @llvm.sqrt.f32(float %88)
  %90 = fdiv float 1.000000e+00, %89
  %91 = insertelement <16 x float> poison, float %90, i64 0
  %92 = shufflevector <16 x float> %91, <16 x float> poison, <16 x i32> zeroinitializer
  %93 = fmul <16 x float> %48, %92
  %94 = shl nsw i64 %t.addr.0142, 5
  %95 = getelementptr inbounds float, ptr %invariant.gep183, i64 %94
  store <16 x float> %93, ptr %95, align 4
  %96 = fmul <16 x float> %73, %92
  %97 = or disjoint i64 %94, 16
  %98 = getelementptr inbounds float, ptr %invariant.gep183, i64 %97
  store <16 x float> %96, ptr %98, align 4
  %99 = mul nsw i64 %23, %k_ts
  %gep150 = getelementptr float, ptr %invariant.gep143, i64 %99
  %100 = load <16 x float>, ptr %gep150, align 4
  %101 = fneg <16 x float> %100
  %102 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %101, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %103 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %102, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %104 = fmul <16 x float> %103, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %105 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %104)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %103)
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %106)
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %107, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %107, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %107, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %107, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %113 = fmul <16 x float> %107, %107
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %113, <16 x float> %107)
  %115 = fadd <16 x float> %114, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %116 = fptosi <16 x float> %105 to <16 x i32>
  %117 = shl <16 x i32> %116, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %118 = add <16 x i32> %117, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %119 = bitcast <16 x i32> %118 to <16 x float>
  %120 = fmul <16 x float> %115, %119
  %121 = fadd <16 x float> %120, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %122 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %121
  %123 = fmul <16 x float> %100, %122
  %124 = getelementptr i8, ptr %gep150, i64 64
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fneg <16 x float> %125
  %127 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %126, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %128 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %127, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %129 = fmul <16 x float> %128, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %130 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %129)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %128)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %131)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %132, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %132, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %132, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %132, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %138 = fmul <16 x float> %132, %132
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %138, <16 x float> %132)
  %140 = fadd <16 x float> %139, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %141 = fptosi <16 x float> %130 to <16 x i32>
  %142 = shl <16 x i32> %141, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %143 = add <16 x i32> %142, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %144 = bitcast <16 x i32> %143 to <16 x float>
  %145 = fmul <16 x float> %140, %144
  %146 = fadd <16 x float> %145, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %147 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %146
  %148 = fmul <16 x float> %125, %147
  %149 = fmul <16 x float> %123, %123
  %150 = fmul <16 x float> %148, %148
  %151 = fadd <16 x float> %149, %150
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %153 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %154 = fadd <8 x float> %152, %153
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %156 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %157 = fadd <4 x float> %155, %156
  %158 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %159 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %160 = fadd <2 x float> %158, %159
  %shift246 = shufflevector <2 x float> %160, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %161 = fadd <2 x float> %160, %shift246
  %162 = extractelement <2 x float> %161, i64 0
  %163 = fadd float %162, 0x3EB0C6F7A0000000
  %164 = tail call float @llvm.sqrt.f32(float %163)
  %165 = fdiv float 1.000000e+00, %164
  %166 = insertelement <16 x float> poison, float %165, i64 0
  %167 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %168 = fmul <16 x float> %123, %167
  %169 = getelementptr inbounds float, ptr %gep182, i64 %94
  store <16 x float> %168, ptr %169, align 4
  %170 = fmul <16 x float> %148, %167
  %171 = getelementptr inbounds float, ptr %gep182, i64 %97
  store <16 x float> %170, ptr %171, align 4
  %172 = mul nsw i64 %23, %v_ts
  %gep152 = getelementptr float, ptr %invariant.gep145, i64 %172
  %173 = load <16 x float>, ptr %gep152, align 4
  %174 = fneg <16 x float> %173
  %175 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %174, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %176 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %175, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %177 = fmul <16 x float> %176, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %178 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %176)
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %179)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %180, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %180, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %182, <16 x float> %180, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %180, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %184, <16 x float> %180, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %186 = fmul <16 x float> %180, %180
  %187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %185, <16 x float> %186, <16 x float> %180)
  %188 = fadd <16 x float> %187, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %189 = fptosi <16 x float> %178 to <16 x i32>
  %190 = shl <16 x i32> %189, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %191 = add <16 x i32> %190, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %192 = bitcast <16 x i32> %191 to <16 x float>
  %193 = fmul <16 x float> %188, %192
  %194 = fadd <16 x float> %193, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %195 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %194
  %196 = fmul <16 x float> %173, %195
  %197 = getelementptr i8, ptr %gep152, i64 64
  %198 = load <16 x float>, ptr %197, align 4
  %199 = fneg <16 x float> %198
  %200 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %199, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %201 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %200, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %202 = fmul <16 x float> %201, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %203 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %201)
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %204)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %206, <16 x float> %205, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %205, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %205, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %209, <16 x float> %205, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %211 = fmul <16 x float> %205, %205
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %211, <16 x float> %205)
  %213 = fadd <16 x float> %212, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %214 = fptosi <16 x float> %203 to <16 x i32>
  %215 = shl <16 x i32> %214, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %216 = add <16 x i32> %215, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %217 = bitcast <16 x i32> %216 to <16 x float>
  %218 = fmul <16 x float> %213, %217
  %219 = fadd <16 x float> %218, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %220 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %219
  %221 = fmul <16 x float> %198, %220
  %222 = getelementptr inbounds float, ptr %gep184, i64 %94
  store <16 x float> %196, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %gep184, i64 %97
  store <16 x float> %221, ptr %223, align 4
  %t.next = add nuw nsw i64 %t.addr.0142, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %224 = mul nsw i64 %bh.addr.0185, %nc
  %invariant.gep233 = getelementptr i8, ptr %hs, i64 %11
  br label %ci.body

i8.head.preheader:                                ; preds = %i7.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep212, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0185, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond213.not = icmp eq i64 %indvar.next, %7
  br i1 %exitcond213.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %i7.exit
  %ci.addr.0178 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %i7.exit ]
  %225 = add nsw i64 %ci.addr.0178, %224
  %226 = shl nsw i64 %225, 10
  br i1 %8, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %227 = add i64 %4, %ci.addr.0178
  %228 = shl i64 %227, 12
  %gep234 = getelementptr i8, ptr %invariant.gep233, i64 %228
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep234, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0178, 6
  %229 = add nuw nsw i64 %t0, 64
  %230 = shl nsw i64 %ci.addr.0178, 11
  br label %i3.body

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0158 = phi i64 [ %i1.next.7, %j1.head.preheader ], [ 0, %ci.body ]
  %231 = shl nuw nsw i64 %i1.addr.0158, 5
  %232 = or disjoint i64 %231, %226
  %233 = getelementptr inbounds float, ptr %work, i64 %231
  %234 = load <16 x float>, ptr %233, align 4
  %235 = getelementptr inbounds float, ptr %hs, i64 %232
  store <16 x float> %234, ptr %235, align 64, !nontemporal !0
  %236 = or disjoint i64 %231, 16
  %237 = getelementptr inbounds float, ptr %work, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %232, 16
  %240 = getelementptr inbounds float, ptr %hs, i64 %239
  store <16 x float> %238, ptr %240, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0158, 5
  %241 = or disjoint i64 %i1.next, 32
  %242 = or disjoint i64 %241, %226
  %243 = getelementptr inbounds float, ptr %work, i64 %241
  %244 = load <16 x float>, ptr %243, align 4
  %245 = getelementptr inbounds float, ptr %hs, i64 %242
  store <16 x float> %244, ptr %245, align 64, !nontemporal !0
  %246 = or disjoint i64 %i1.next, 48
  %247 = getelementptr inbounds float, ptr %work, i64 %246
  %248 = load <16 x float>, ptr %247, align 4
  %249 = or disjoint i64 %242, 16
  %250 = getelementptr inbounds float, ptr %hs, i64 %249
  store <16 x float> %248, ptr %250, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0158, 5
  %251 = or disjoint i64 %i1.next.1, 64
  %252 = or disjoint i64 %251, %226
  %253 = getelementptr inbounds float, ptr %work, i64 %251
  %254 = load <16 x float>, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %hs, i64 %252
  store <16 x float> %254, ptr %255, align 64, !nontemporal !0
  %256 = or disjoint i64 %i1.next.1, 80
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = or disjoint i64 %252, 16
  %260 = getelementptr inbounds float, ptr %hs, i64 %259
  store <16 x float> %258, ptr %260, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0158, 5
  %261 = or disjoint i64 %i1.next.2, 96
  %262 = or disjoint i64 %261, %226
  %263 = getelementptr inbounds float, ptr %work, i64 %261
  %264 = load <16 x float>, ptr %263, align 4
  %265 = getelementptr inbounds float, ptr %hs, i64 %262
  store <16 x float> %264, ptr %265, align 64, !nontemporal !0
  %266 = or disjoint i64 %i1.next.2, 112
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %262, 16
  %270 = getelementptr inbounds float, ptr %hs, i64 %269
  store <16 x float> %268, ptr %270, align 64, !nontemporal !0
  %i1.next.3 = shl i64 %i1.addr.0158, 5
  %271 = or disjoint i64 %i1.next.3, 128
  %272 = or disjoint i64 %271, %226
  %273 = getelementptr inbounds float, ptr %work, i64 %271
  %274 = load <16 x float>, ptr %273, align 4
  %275 = getelementptr inbounds float, ptr %hs, i64 %272
  store <16 x float> %274, ptr %275, align 64, !nontemporal !0
  %276 = or disjoint i64 %i1.next.3, 144
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %272, 16
  %280 = getelementptr inbounds float, ptr %hs, i64 %279
  store <16 x float> %278, ptr %280, align 64, !nontemporal !0
  %i1.next.4 = shl i64 %i1.addr.0158, 5
  %281 = or disjoint i64 %i1.next.4, 160
  %282 = or disjoint i64 %281, %226
  %283 = getelementptr inbounds float, ptr %work, i64 %281
  %284 = load <16 x float>, ptr %283, align 4
  %285 = getelementptr inbounds float, ptr %hs, i64 %282
  store <16 x float> %284, ptr %285, align 64, !nontemporal !0
  %286 = or disjoint i64 %i1.next.4, 176
  %287 = getelementptr inbounds float, ptr %work, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = or disjoint i64 %282, 16
  %290 = getelementptr inbounds float, ptr %hs, i64 %289
  store <16 x float> %288, ptr %290, align 64, !nontemporal !0
  %i1.next.5 = shl i64 %i1.addr.0158, 5
  %291 = or disjoint i64 %i1.next.5, 192
  %292 = or disjoint i64 %291, %226
  %293 = getelementptr inbounds float, ptr %work, i64 %291
  %294 = load <16 x float>, ptr %293, align 4
  %295 = getelementptr inbounds float, ptr %hs, i64 %292
  store <16 x float> %294, ptr %295, align 64, !nontemporal !0
  %296 = or disjoint i64 %i1.next.5, 208
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %292, 16
  %300 = getelementptr inbounds float, ptr %hs, i64 %299
  store <16 x float> %298, ptr %300, align 64, !nontemporal !0
  %i1.next.6 = shl i64 %i1.addr.0158, 5
  %301 = or disjoint i64 %i1.next.6, 224
  %302 = or disjoint i64 %301, %226
  %303 = getelementptr inbounds float, ptr %work, i64 %301
  %304 = load <16 x float>, ptr %303, align 4
  %305 = getelementptr inbounds float, ptr %hs, i64 %302
  store <16 x float> %304, ptr %305, align 64, !nontemporal !0
  %306 = or disjoint i64 %i1.next.6, 240
  %307 = getelementptr inbounds float, ptr %work, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or disjoint i64 %302, 16
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  store <16 x float> %308, ptr %310, align 64, !nontemporal !0
  %i1.next.7 = add nuw nsw i64 %i1.addr.0158, 8
  %exitcond205.not.7 = icmp eq i64 %i1.next.7, 32
  br i1 %exitcond205.not.7, label %endif, label %j1.head.preheader

i4.head.preheader:                                ; preds = %i3.body
  %311 = getelementptr inbounds float, ptr %gep182, i64 %230
  %312 = load <16 x float>, ptr %311, align 4
  %313 = getelementptr inbounds float, ptr %invariant.gep183, i64 %230
  %314 = load <16 x float>, ptr %313, align 4
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %312, <16 x float> %314, <16 x float> zeroinitializer)
  %316 = or disjoint i64 %230, 16
  %317 = getelementptr inbounds float, ptr %gep182, i64 %316
  %318 = load <16 x float>, ptr %317, align 4
  %319 = getelementptr inbounds float, ptr %invariant.gep183, i64 %316
  %320 = load <16 x float>, ptr %319, align 4
  %321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %320, <16 x float> %315)
  %t1 = tail call i64 @llvm.smin.i64(i64 %229, i64 %T)
  %322 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %323 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %324 = fadd <8 x float> %322, %323
  %325 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %326 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %327 = fadd <4 x float> %325, %326
  %328 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %329 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %330 = fadd <2 x float> %328, %329
  %shift247 = shufflevector <2 x float> %330, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %331 = fadd <2 x float> %330, %shift247
  %332 = mul nsw i64 %t0, %H
  %333 = getelementptr inbounds float, ptr %betah, i64 %332
  %334 = load float, ptr %333, align 4
  %335 = getelementptr inbounds float, ptr %gep184, i64 %230
  %336 = load <16 x float>, ptr %335, align 4
  %337 = fsub <16 x float> %336, %386
  %338 = insertelement <16 x float> poison, float %334, i64 0
  %339 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = fmul <16 x float> %339, %337
  %341 = or disjoint i64 %230, 16
  %342 = getelementptr inbounds float, ptr %gep184, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = fsub <16 x float> %343, %393
  %345 = fmul <16 x float> %339, %344
  %346 = shufflevector <2 x float> %331, <2 x float> poison, <16 x i32> zeroinitializer
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %340, <16 x float> %389)
  %348 = fmul <16 x float> %347, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %349 = mul nsw i64 %t0, %sv
  %350 = getelementptr inbounds float, ptr %oh, i64 %349
  store <16 x float> %348, ptr %350, align 4
  %351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %345, <16 x float> %394)
  %352 = fmul <16 x float> %351, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %353 = or disjoint i64 %349, 16
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  store <16 x float> %352, ptr %354, align 4
  %355 = or disjoint i64 %t0, 1
  %356 = icmp slt i64 %355, %t1
  br i1 %356, label %i5.head.preheader, label %i7.head.preheader

i3.body:                                          ; preds = %i3.body, %endif
  %acc.0163 = phi <16 x float> [ zeroinitializer, %endif ], [ %386, %i3.body ]
  %acc1.0162 = phi <16 x float> [ zeroinitializer, %endif ], [ %393, %i3.body ]
  %acc2.0161 = phi <16 x float> [ zeroinitializer, %endif ], [ %389, %i3.body ]
  %acc3.0160 = phi <16 x float> [ zeroinitializer, %endif ], [ %394, %i3.body ]
  %i3.addr.0159 = phi i64 [ 0, %endif ], [ %i3.next.1, %i3.body ]
  %357 = add nuw nsw i64 %i3.addr.0159, %230
  %358 = getelementptr inbounds float, ptr %gep182, i64 %357
  %359 = load float, ptr %358, align 4
  %360 = getelementptr inbounds float, ptr %invariant.gep183, i64 %357
  %361 = load float, ptr %360, align 4
  %362 = shl nuw nsw i64 %i3.addr.0159, 5
  %363 = getelementptr inbounds float, ptr %work, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = insertelement <16 x float> poison, float %359, i64 0
  %366 = shufflevector <16 x float> %365, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %364, <16 x float> %acc.0163)
  %368 = insertelement <16 x float> poison, float %361, i64 0
  %369 = shufflevector <16 x float> %368, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %364, <16 x float> %acc2.0161)
  %371 = or disjoint i64 %362, 16
  %372 = getelementptr inbounds float, ptr %work, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %373, <16 x float> %acc1.0162)
  %375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %373, <16 x float> %acc3.0160)
  %i3.next = or disjoint i64 %i3.addr.0159, 1
  %376 = add nuw nsw i64 %i3.next, %230
  %377 = getelementptr inbounds float, ptr %gep182, i64 %376
  %378 = load float, ptr %377, align 4
  %379 = getelementptr inbounds float, ptr %invariant.gep183, i64 %376
  %380 = load float, ptr %379, align 4
  %381 = shl nuw nsw i64 %i3.next, 5
  %382 = getelementptr inbounds float, ptr %work, i64 %381
  %383 = load <16 x float>, ptr %382, align 4
  %384 = insertelement <16 x float> poison, float %378, i64 0
  %385 = shufflevector <16 x float> %384, <16 x float> poison, <16 x i32> zeroinitializer
  %386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %383, <16 x float> %367)
  %387 = insertelement <16 x float> poison, float %380, i64 0
  %388 = shufflevector <16 x float> %387, <16 x float> poison, <16 x i32> zeroinitializer
  %389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %383, <16 x float> %370)
  %390 = or disjoint i64 %381, 16
  %391 = getelementptr inbounds float, ptr %work, i64 %390
  %392 = load <16 x float>, ptr %391, align 4
  %393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %392, <16 x float> %374)
  %394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %392, <16 x float> %375)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0159, 2
  %exitcond206.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond206.not.1, label %i4.head.preheader, label %i3.body

i7.head.preheader:                                ; preds = %i6.head.preheader, %i4.head.preheader
  %delta1.0.lcssa = phi <16 x float> [ %345, %i4.head.preheader ], [ %430, %i6.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %340, %i4.head.preheader ], [ %425, %i6.head.preheader ]
  %.idx187 = shl i64 %t1, 7
  %gep236 = getelementptr i8, ptr %invariant.gep235, i64 %.idx187
  br label %i7.body

i5.head.preheader:                                ; preds = %i4.head.preheader, %i6.head.preheader
  %delta.0175 = phi <16 x float> [ %425, %i6.head.preheader ], [ %340, %i4.head.preheader ]
  %t1.addr.0174 = phi i64 [ %t1.next, %i6.head.preheader ], [ %355, %i4.head.preheader ]
  %delta1.0173 = phi <16 x float> [ %430, %i6.head.preheader ], [ %345, %i4.head.preheader ]
  %395 = shl i64 %t1.addr.0174, 5
  %gep228 = getelementptr float, ptr %invariant.gep227, i64 %395
  br label %i5.body

i6.head.preheader:                                ; preds = %i5.body
  %396 = getelementptr inbounds float, ptr %gep182, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = getelementptr inbounds float, ptr %invariant.gep183, i64 %395
  %399 = load <16 x float>, ptr %398, align 4
  %400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %399, <16 x float> zeroinitializer)
  %401 = or disjoint i64 %395, 16
  %402 = getelementptr inbounds float, ptr %gep182, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = getelementptr inbounds float, ptr %invariant.gep183, i64 %401
  %405 = load <16 x float>, ptr %404, align 4
  %406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %405, <16 x float> %400)
  %407 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %408 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %409 = fadd <8 x float> %407, %408
  %410 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %411 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %412 = fadd <4 x float> %410, %411
  %413 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %414 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %415 = fadd <2 x float> %413, %414
  %shift248 = shufflevector <2 x float> %415, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %416 = fadd <2 x float> %415, %shift248
  %417 = mul nsw i64 %t1.addr.0174, %H
  %418 = getelementptr inbounds float, ptr %betah, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = getelementptr inbounds float, ptr %gep184, i64 %395
  %421 = load <16 x float>, ptr %420, align 4
  %422 = fsub <16 x float> %421, %479
  %423 = insertelement <16 x float> poison, float %419, i64 0
  %424 = shufflevector <16 x float> %423, <16 x float> poison, <16 x i32> zeroinitializer
  %425 = fmul <16 x float> %424, %422
  %426 = or disjoint i64 %395, 16
  %427 = getelementptr inbounds float, ptr %gep184, i64 %426
  %428 = load <16 x float>, ptr %427, align 4
  %429 = fsub <16 x float> %428, %487
  %430 = fmul <16 x float> %424, %429
  %431 = shufflevector <2 x float> %416, <2 x float> poison, <16 x i32> zeroinitializer
  %432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %425, <16 x float> %482)
  %433 = fmul <16 x float> %432, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %434 = mul nsw i64 %t1.addr.0174, %sv
  %435 = getelementptr inbounds float, ptr %oh, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %430, <16 x float> %488)
  %437 = fmul <16 x float> %436, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = or disjoint i64 %434, 16
  %439 = getelementptr inbounds float, ptr %oh, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0174, 1
  %440 = icmp slt i64 %t1.next, %t1
  br i1 %440, label %i5.head.preheader, label %i7.head.preheader

i5.body:                                          ; preds = %i5.body, %i5.head.preheader
  %i5.addr.0170 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next.1, %i5.body ]
  %acc8.0169 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %488, %i5.body ]
  %acc7.0168 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %482, %i5.body ]
  %acc6.0167 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %487, %i5.body ]
  %acc5.0166 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %479, %i5.body ]
  %gep226 = getelementptr float, ptr %gep228, i64 %i5.addr.0170
  %441 = load float, ptr %gep226, align 4
  %442 = or disjoint i64 %i5.addr.0170, %395
  %443 = getelementptr inbounds float, ptr %gep182, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = getelementptr inbounds float, ptr %invariant.gep183, i64 %442
  %446 = load float, ptr %445, align 4
  %447 = insertelement <16 x float> poison, float %441, i64 0
  %448 = shufflevector <16 x float> %447, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = shl nuw nsw i64 %i5.addr.0170, 5
  %450 = getelementptr inbounds float, ptr %work, i64 %449
  %451 = load <16 x float>, ptr %450, align 4
  %452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta.0175, <16 x float> %451)
  store <16 x float> %452, ptr %450, align 4
  %453 = insertelement <16 x float> poison, float %444, i64 0
  %454 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %452, <16 x float> %acc5.0166)
  %456 = insertelement <16 x float> poison, float %446, i64 0
  %457 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %452, <16 x float> %acc7.0168)
  %459 = or disjoint i64 %449, 16
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta1.0173, <16 x float> %461)
  store <16 x float> %462, ptr %460, align 4
  %463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %462, <16 x float> %acc6.0167)
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %462, <16 x float> %acc8.0169)
  %i5.next = or disjoint i64 %i5.addr.0170, 1
  %gep226.1 = getelementptr float, ptr %gep228, i64 %i5.next
  %465 = load float, ptr %gep226.1, align 4
  %466 = or disjoint i64 %i5.next, %395
  %467 = getelementptr inbounds float, ptr %gep182, i64 %466
  %468 = load float, ptr %467, align 4
  %469 = getelementptr inbounds float, ptr %invariant.gep183, i64 %466
  %470 = load float, ptr %469, align 4
  %471 = insertelement <16 x float> poison, float %465, i64 0
  %472 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = shl nuw nsw i64 %i5.next, 5
  %474 = getelementptr inbounds float, ptr %work, i64 %473
  %475 = load <16 x float>, ptr %474, align 4
  %476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta.0175, <16 x float> %475)
  store <16 x float> %476, ptr %474, align 4
  %477 = insertelement <16 x float> poison, float %468, i64 0
  %478 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %476, <16 x float> %455)
  %480 = insertelement <16 x float> poison, float %470, i64 0
  %481 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %476, <16 x float> %458)
  %483 = or disjoint i64 %473, 16
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta1.0173, <16 x float> %485)
  store <16 x float> %486, ptr %484, align 4
  %487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %486, <16 x float> %463)
  %488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %486, <16 x float> %464)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0170, 2
  %exitcond207.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond207.not.1, label %i6.head.preheader, label %i5.body

i7.body:                                          ; preds = %i7.body, %i7.head.preheader
  %i7.addr.0177 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next.3, %i7.body ]
  %gep232 = getelementptr float, ptr %gep236, i64 %i7.addr.0177
  %489 = load float, ptr %gep232, align 4
  %490 = insertelement <16 x float> poison, float %489, i64 0
  %491 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = shl nuw nsw i64 %i7.addr.0177, 5
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta.0.lcssa, <16 x float> %494)
  store <16 x float> %495, ptr %493, align 4
  %496 = or disjoint i64 %492, 16
  %497 = getelementptr inbounds float, ptr %work, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta1.0.lcssa, <16 x float> %498)
  store <16 x float> %499, ptr %497, align 4
  %i7.next = or disjoint i64 %i7.addr.0177, 1
  %gep232.1 = getelementptr float, ptr %gep236, i64 %i7.next
  %500 = load float, ptr %gep232.1, align 4
  %501 = insertelement <16 x float> poison, float %500, i64 0
  %502 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = shl nuw nsw i64 %i7.next, 5
  %504 = getelementptr inbounds float, ptr %work, i64 %503
  %505 = load <16 x float>, ptr %504, align 4
  %506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta.0.lcssa, <16 x float> %505)
  store <16 x float> %506, ptr %504, align 4
  %507 = or disjoint i64 %503, 16
  %508 = getelementptr inbounds float, ptr %work, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta1.0.lcssa, <16 x float> %509)
  store <16 x float> %510, ptr %508, align 4
  %i7.next.1 = or disjoint i64 %i7.addr.0177, 2
  %gep232.2 = getelementptr float, ptr %gep236, i64 %i7.next.1
  %511 = load float, ptr %gep232.2, align 4
  %512 = insertelement <16 x float> poison, float %511, i64 0
  %513 = shufflevector <16 x float> %512, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = shl nuw nsw i64 %i7.next.1, 5
  %515 = getelementptr inbounds float, ptr %work, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta.0.lcssa, <16 x float> %516)
  store <16 x float> %517, ptr %515, align 4
  %518 = or disjoint i64 %514, 16
  %519 = getelementptr inbounds float, ptr %work, i64 %518
  %520 = load <16 x float>, ptr %519, align 4
  %521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta1.0.lcssa, <16 x float> %520)
  store <16 x float> %521, ptr %519, align 4
  %i7.next.2 = or disjoint i64 %i7.addr.0177, 3
  %gep232.3 = getelementptr float, ptr %gep236, i64 %i7.next.2
  %522 = load float, ptr %gep232.3, align 4
  %523 = insertelement <16 x float> poison, float %522, i64 0
  %524 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %525 = shl nuw nsw i64 %i7.next.2, 5
  %526 = getelementptr inbounds float, ptr %work, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta.0.lcssa, <16 x float> %527)
  store <16 x float> %528, ptr %526, align 4
  %529 = or disjoint i64 %525, 16
  %530 = getelementptr inbounds float, ptr %work, i64 %529
  %531 = load <16 x float>, ptr %530, align 4
  %532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta1.0.lcssa, <16 x float> %531)
  store <16 x float> %532, ptr %530, align 4
  %i7.next.3 = add nuw nsw i64 %i7.addr.0177, 4
  %exitcond208.not.3 = icmp eq i64 %i7.next.3, 32
  br i1 %exitcond208.not.3, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %ci.next = add nuw nsw i64 %ci.addr.0178, 1
  %exitcond210.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond210.not, label %i8.head.preheader, label %ci.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

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
; ---- dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm'
source_filename = "dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2912 = getelementptr i8, ptr %work, i64 272128
  %sv1 = shl nsw i64 %H, 5
  %1 = shl nsw i64 %T, 5
  %gep2905 = getelementptr float, ptr %invariant.gep2912, i64 %1
  %2 = shl nsw i64 %T, 6
  %gep2907 = getelementptr float, ptr %invariant.gep2912, i64 %2
  %.idx2624 = mul i64 %T, 384
  %gep2909 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx2624
  %dak = getelementptr float, ptr %gep2909, i64 %1
  %dav = getelementptr float, ptr %gep2909, i64 %2
  %.idx2625 = mul i64 %T, 768
  %gep2911 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx2625
  %sgk = getelementptr float, ptr %gep2911, i64 %1
  %sgv = getelementptr float, ptr %gep2911, i64 %2
  %.idx = mul i64 %T, 1152
  %gep2913 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 32768
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 139264
  %KSdS = getelementptr inbounds i8, ptr %work, i64 155648
  %KT = getelementptr inbounds i8, ptr %work, i64 114688
  %M = getelementptr inbounds i8, ptr %work, i64 239104
  %OY = getelementptr inbounds i8, ptr %work, i64 98304
  %PT = getelementptr inbounds i8, ptr %work, i64 196608
  %QK = getelementptr inbounds i8, ptr %work, i64 81920
  %QcT = getelementptr inbounds i8, ptr %work, i64 122880
  %Rr = getelementptr inbounds i8, ptr %work, i64 172032
  %Vn = getelementptr inbounds i8, ptr %work, i64 180224
  %VnT = getelementptr inbounds i8, ptr %work, i64 188416
  %bet = getelementptr inbounds i8, ptr %work, i64 221184
  %dOT = getelementptr inbounds i8, ptr %work, i64 131072
  %dQc = getelementptr inbounds i8, ptr %work, i64 212992
  %dbet = getelementptr i8, ptr %work, i64 221440
  %5 = add nsw i64 %T, 63
  %nc = sdiv i64 %5, 64
  %invariant.gep2866 = getelementptr inbounds i8, ptr %work, i64 33280
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
  %16 = add i64 %T, 64
  %17 = sub i64 %16, %11
  %smax3163 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %18 = sub i64 %bh1, %bh0
  %scevgep3120.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3120.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3120.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3120.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3120.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3120.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3120.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3120.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3120.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3120.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3120.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3120.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3120.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3120.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3120.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3120.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3120.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3120.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3120.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3120.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3120.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3120.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3120.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3120.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3120.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3120.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3120.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3120.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3120.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3120.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3120.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3332 = getelementptr i8, ptr %work, i64 98304
  %invariant.gep3334 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3336 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3338 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3340 = getelementptr i8, ptr %work, i64 90112
  %invariant.gep3342 = getelementptr i8, ptr %work, i64 172032
  %19 = getelementptr i8, ptr %work, i64 272192
  %20 = getelementptr i8, ptr %gep2905, i64 64
  %21 = getelementptr i8, ptr %gep2907, i64 64
  %22 = getelementptr inbounds i8, ptr %work, i64 172096
  %23 = getelementptr inbounds i8, ptr %work, i64 172096
  %24 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3344 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3346 = getelementptr inbounds i8, ptr %work, i64 106496
  %invariant.gep3350 = getelementptr inbounds i8, ptr %work, i64 106560
  %invariant.gep3352 = getelementptr inbounds i8, ptr %work, i64 33024
  %invariant.gep3354 = getelementptr inbounds i8, ptr %work, i64 33088
  %25 = getelementptr inbounds i8, ptr %work, i64 239168
  %invariant.gep3356 = getelementptr inbounds i8, ptr %work, i64 33152
  %26 = getelementptr inbounds i8, ptr %work, i64 239232
  %invariant.gep3358 = getelementptr inbounds i8, ptr %work, i64 33216
  %27 = getelementptr inbounds i8, ptr %work, i64 239296
  %invariant.gep3360 = getelementptr inbounds i8, ptr %work, i64 106496
  %28 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3364 = getelementptr inbounds i8, ptr %work, i64 33280
  %invariant.gep3368 = getelementptr i8, ptr %work, i64 33280
  %invariant.gep3374 = getelementptr inbounds i8, ptr %work, i64 35840
  %scevgep3166 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3348 = getelementptr inbounds i8, ptr %work, i64 155840
  %invariant.gep3362 = getelementptr inbounds i8, ptr %work, i64 106560
  %scevgep3166.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3166.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3166.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3166.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3166.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3166.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3166.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3166.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3166.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3166.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3166.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3166.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3166.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3166.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3166.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3166.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3166.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3166.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3166.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3166.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3166.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3166.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3166.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3166.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3166.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3166.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3166.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3166.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3166.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3166.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3166.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02914 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %29 = add i64 %indvar, %bh0
  %30 = shl i64 %29, 12
  %31 = mul i64 %10, %indvar
  %32 = add i64 %9, %31
  %b = sdiv i64 %bh.addr.02914, %H
  %h = srem i64 %bh.addr.02914, %H
  %33 = mul i64 %b, %T
  %34 = mul i64 %33, %H
  %bT = add i64 %34, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %oh.idx = shl i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
  br i1 %3, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %35 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %35
  %invariant.gep2628 = getelementptr float, ptr %k, i64 %35
  %invariant.gep2630 = getelementptr float, ptr %v, i64 %35
  br label %t.body

bh.exit:                                          ; preds = %j32.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02627 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %36 = add nuw nsw i64 %t.addr.02627, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %36, i64 %4)
  %37 = add nsw i64 %tp, %33
  %38 = mul nsw i64 %37, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %38
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %39 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %39, i32 0, i32 2, i32 1)
  %40 = mul nsw i64 %37, %k_ts
  %gep2629 = getelementptr float, ptr %invariant.gep2628, i64 %40
  tail call void @llvm.prefetch.p0(ptr %gep2629, i32 0, i32 2, i32 1)
  %41 = getelementptr i8, ptr %gep2629, i64 64
  tail call void @llvm.prefetch.p0(ptr %41, i32 0, i32 2, i32 1)
  %42 = mul nsw i64 %37, %v_ts
  %gep2631 = getelementptr float, ptr %invariant.gep2630, i64 %42
  tail call void @llvm.prefetch.p0(ptr %gep2631, i32 0, i32 2, i32 1)
  %43 = getelementptr i8, ptr %gep2631, i64 64
  tail call void @llvm.prefetch.p0(ptr %43, i32 0, i32 2, i32 1)
  %44 = add nsw i64 %t.addr.02627, %33
  %45 = mul nsw i64 %44, %q_ts
  %gep2633 = getelementptr float, ptr %invariant.gep, i64 %45
  %46 = load <16 x float>, ptr %gep2633, align 4
  %47 = fneg <16 x float> %46
  %48 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %47, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %49 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %48, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %50 = fmul <16 x float> %49, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %51 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %50)
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %49)
  %53 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %52)
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %55 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %54, <16 x float> %53, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> %53, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %53, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> %53, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %59 = fmul <16 x float> %53, %53
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %59, <16 x float> %53)
  %61 = fadd <16 x float> %60, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %62 = fptosi <16 x float> %51 to <16 x i32>
  %63 = shl <16 x i32> %62, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %64 = add <16 x i32> %63, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %65 = bitcast <16 x i32> %64 to <16 x float>
  %66 = fmul <16 x float> %61, %65
  %67 = fadd <16 x float> %66, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %68 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %67
  %69 = shl nsw i64 %t.addr.02627, 5
  %70 = getelementptr inbounds float, ptr %gep2911, i64 %69
  store <16 x float> %68, ptr %70, align 4
  %71 = fmul <16 x float> %46, %68
  %72 = getelementptr i8, ptr %gep2633, i64 64
  %73 = load <16 x float>, ptr %72, align 4
  %74 = fneg <16 x float> %73
  %75 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %74, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %76 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %75, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %77 = fmul <16 x float> %76, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %78 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %77)
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %76)
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %79)
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %80, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %80, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %84 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %83, <16 x float> %80, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %85 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %80, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %86 = fmul <16 x float> %80, %80
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %86, <16 x float> %80)
  %88 = fadd <16 x float> %87, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %89 = fptosi <16 x float> %78 to <16 x i32>
  %90 = shl <16 x i32> %89, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %91 = add <16 x i32> %90, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %92 = bitcast <16 x i32> %91 to <16 x float>
  %93 = fmul <16 x float> %88, %92
  %94 = fadd <16 x float> %93, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %95 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %94
  %96 = or disjoint i64 %69, 16
  %97 = getelementptr inbounds float, ptr %gep2911, i64 %96
  store <16 x float> %95, ptr %97, align 4
  %98 = fmul <16 x float> %73, %95
  %99 = fmul <16 x float> %71, %71
  %100 = fmul <16 x float> %98, %98
  %101 = fadd <16 x float> %99, %100
  %102 = shufflevector <16 x float> %101, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %103 = shufflevector <16 x float> %101, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %104 = fadd <8 x float> %102, %103
  %105 = shufflevector <8 x float> %104, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %106 = shufflevector <8 x float> %104, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %107 = fadd <4 x float> %105, %106
  %108 = shufflevector <4 x float> %107, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %109 = shufflevector <4 x float> %107, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %110 = fadd <2 x float> %108, %109
  %shift = shufflevector <2 x float> %110, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %111 = fadd <2 x float> %110, %shift
  %112 = extractelement <2 x float> %111, i64 0
  %113 = fadd float %112, 0x3EB0C6F7A0000000
  %114 = tail call float @llvm.sqrt.f32(float %113)
  %115 = fdiv float 1.000000e+00, %114
  %116 = getelementptr inbounds float, ptr %gep2913, i64 %t.addr.02627
  store float %115, ptr %116, align 4
  %117 = insertelement <16 x float> poison, float %115, i64 0
  %118 = shufflevector <16 x float> %117, <16 x float> poison, <16 x i32> zeroinitializer
  %119 = fmul <16 x float> %71, %118
  %120 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %69
  store <16 x float> %119, ptr %120, align 4
  %121 = fmul <16 x float> %98, %118
  %122 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %96
  store <16 x float> %121, ptr %122, align 4
  %123 = mul nsw i64 %44, %k_ts
  %gep2635 = getelementptr float, ptr %invariant.gep2628, i64 %123
  %124 = load <16 x float>, ptr %gep2635, align 4
  %125 = fneg <16 x float> %124
  %126 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %125, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %127 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %126, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %128 = fmul <16 x float> %127, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %129 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %128)
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %127)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %130)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> %131, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %131, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %131, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %131, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %137 = fmul <16 x float> %131, %131
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %137, <16 x float> %131)
  %139 = fadd <16 x float> %138, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %140 = fptosi <16 x float> %129 to <16 x i32>
  %141 = shl <16 x i32> %140, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %142 = add <16 x i32> %141, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %143 = bitcast <16 x i32> %142 to <16 x float>
  %144 = fmul <16 x float> %139, %143
  %145 = fadd <16 x float> %144, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %146 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %145
  %147 = getelementptr inbounds float, ptr %sgk, i64 %69
  store <16 x float> %146, ptr %147, align 4
  %148 = fmul <16 x float> %124, %146
  %149 = getelementptr i8, ptr %gep2635, i64 64
  %150 = load <16 x float>, ptr %149, align 4
  %151 = fneg <16 x float> %150
  %152 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %151, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %153 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %152, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %154 = fmul <16 x float> %153, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %155 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %154)
  %156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %153)
  %157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %156)
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %157, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %159, <16 x float> %157, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %157, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %161, <16 x float> %157, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %163 = fmul <16 x float> %157, %157
  %164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %163, <16 x float> %157)
  %165 = fadd <16 x float> %164, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %166 = fptosi <16 x float> %155 to <16 x i32>
  %167 = shl <16 x i32> %166, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %168 = add <16 x i32> %167, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %169 = bitcast <16 x i32> %168 to <16 x float>
  %170 = fmul <16 x float> %165, %169
  %171 = fadd <16 x float> %170, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %172 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %171
  %173 = getelementptr inbounds float, ptr %sgk, i64 %96
  store <16 x float> %172, ptr %173, align 4
  %174 = fmul <16 x float> %150, %172
  %175 = fmul <16 x float> %148, %148
  %176 = fmul <16 x float> %174, %174
  %177 = fadd <16 x float> %175, %176
  %178 = shufflevector <16 x float> %177, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %179 = shufflevector <16 x float> %177, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %180 = fadd <8 x float> %178, %179
  %181 = shufflevector <8 x float> %180, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %182 = shufflevector <8 x float> %180, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %183 = fadd <4 x float> %181, %182
  %184 = shufflevector <4 x float> %183, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %185 = shufflevector <4 x float> %183, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %186 = fadd <2 x float> %184, %185
  %shift3538 = shufflevector <2 x float> %186, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %187 = fadd <2 x float> %186, %shift3538
  %188 = extractelement <2 x float> %187, i64 0
  %189 = fadd float %188, 0x3EB0C6F7A0000000
  %190 = tail call float @llvm.sqrt.f32(float %189)
  %191 = fdiv float 1.000000e+00, %190
  %192 = getelementptr float, ptr %116, i64 %T
  store float %191, ptr %192, align 4
  %193 = insertelement <16 x float> poison, float %191, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = fmul <16 x float> %148, %194
  %196 = getelementptr inbounds float, ptr %gep2905, i64 %69
  store <16 x float> %195, ptr %196, align 4
  %197 = fmul <16 x float> %174, %194
  %198 = getelementptr inbounds float, ptr %gep2905, i64 %96
  store <16 x float> %197, ptr %198, align 4
  %199 = mul nsw i64 %44, %v_ts
  %gep2637 = getelementptr float, ptr %invariant.gep2630, i64 %199
  %200 = load <16 x float>, ptr %gep2637, align 4
  %201 = fneg <16 x float> %200
  %202 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %201, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %203 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %202, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %204 = fmul <16 x float> %203, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %205 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %204)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %203)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %206)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %207, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %209, <16 x float> %207, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %207, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %211, <16 x float> %207, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %213 = fmul <16 x float> %207, %207
  %214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %212, <16 x float> %213, <16 x float> %207)
  %215 = fadd <16 x float> %214, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %216 = fptosi <16 x float> %205 to <16 x i32>
  %217 = shl <16 x i32> %216, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %218 = add <16 x i32> %217, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %219 = bitcast <16 x i32> %218 to <16 x float>
  %220 = fmul <16 x float> %215, %219
  %221 = fadd <16 x float> %220, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %222 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %221
  %223 = getelementptr inbounds float, ptr %sgv, i64 %69
  store <16 x float> %222, ptr %223, align 4
  %224 = fmul <16 x float> %200, %222
  %225 = getelementptr i8, ptr %gep2637, i64 64
  %226 = load <16 x float>, ptr %225, align 4
  %227 = fneg <16 x float> %226
  %228 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %227, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %229 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %228, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %230 = fmul <16 x float> %229, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %231 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %230)
  %232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %229)
  %233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %232)
  %234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %234, <16 x float> %233, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %235, <16 x float> %233, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %236, <16 x float> %233, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %237, <16 x float> %233, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %239 = fmul <16 x float> %233, %233
  %240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %239, <16 x float> %233)
  %241 = fadd <16 x float> %240, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %242 = fptosi <16 x float> %231 to <16 x i32>
  %243 = shl <16 x i32> %242, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %244 = add <16 x i32> %243, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %245 = bitcast <16 x i32> %244 to <16 x float>
  %246 = fmul <16 x float> %241, %245
  %247 = fadd <16 x float> %246, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %248 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %247
  %249 = getelementptr inbounds float, ptr %sgv, i64 %96
  store <16 x float> %248, ptr %249, align 4
  %250 = fmul <16 x float> %226, %248
  %251 = getelementptr inbounds float, ptr %gep2907, i64 %69
  store <16 x float> %224, ptr %251, align 4
  %252 = getelementptr inbounds float, ptr %gep2907, i64 %96
  store <16 x float> %250, ptr %252, align 4
  %t.next = add nuw nsw i64 %t.addr.02627, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %253 = getelementptr i8, ptr %dhT, i64 %30
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %253, i64 128, i1 false)
  %scevgep3118.1 = getelementptr i8, ptr %253, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.1, i64 128, i1 false)
  %scevgep3118.2 = getelementptr i8, ptr %253, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.2, i64 128, i1 false)
  %scevgep3118.3 = getelementptr i8, ptr %253, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.3, i64 128, i1 false)
  %scevgep3118.4 = getelementptr i8, ptr %253, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.4, i64 128, i1 false)
  %scevgep3118.5 = getelementptr i8, ptr %253, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.5, i64 128, i1 false)
  %scevgep3118.6 = getelementptr i8, ptr %253, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.6, i64 128, i1 false)
  %scevgep3118.7 = getelementptr i8, ptr %253, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.7, i64 128, i1 false)
  %scevgep3118.8 = getelementptr i8, ptr %253, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.8, i64 128, i1 false)
  %scevgep3118.9 = getelementptr i8, ptr %253, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.9, i64 128, i1 false)
  %scevgep3118.10 = getelementptr i8, ptr %253, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.10, i64 128, i1 false)
  %scevgep3118.11 = getelementptr i8, ptr %253, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.11, i64 128, i1 false)
  %scevgep3118.12 = getelementptr i8, ptr %253, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.12, i64 128, i1 false)
  %scevgep3118.13 = getelementptr i8, ptr %253, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.13, i64 128, i1 false)
  %scevgep3118.14 = getelementptr i8, ptr %253, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.14, i64 128, i1 false)
  %scevgep3118.15 = getelementptr i8, ptr %253, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.15, i64 128, i1 false)
  %scevgep3118.16 = getelementptr i8, ptr %253, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.16, i64 128, i1 false)
  %scevgep3118.17 = getelementptr i8, ptr %253, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.17, i64 128, i1 false)
  %scevgep3118.18 = getelementptr i8, ptr %253, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.18, i64 128, i1 false)
  %scevgep3118.19 = getelementptr i8, ptr %253, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.19, i64 128, i1 false)
  %scevgep3118.20 = getelementptr i8, ptr %253, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.20, i64 128, i1 false)
  %scevgep3118.21 = getelementptr i8, ptr %253, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.21, i64 128, i1 false)
  %scevgep3118.22 = getelementptr i8, ptr %253, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.22, i64 128, i1 false)
  %scevgep3118.23 = getelementptr i8, ptr %253, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.23, i64 128, i1 false)
  %scevgep3118.24 = getelementptr i8, ptr %253, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.24, i64 128, i1 false)
  %scevgep3118.25 = getelementptr i8, ptr %253, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.25, i64 128, i1 false)
  %scevgep3118.26 = getelementptr i8, ptr %253, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.26, i64 128, i1 false)
  %scevgep3118.27 = getelementptr i8, ptr %253, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.27, i64 128, i1 false)
  %scevgep3118.28 = getelementptr i8, ptr %253, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.28, i64 128, i1 false)
  %scevgep3118.29 = getelementptr i8, ptr %253, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.29, i64 128, i1 false)
  %scevgep3118.30 = getelementptr i8, ptr %253, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.30, i64 128, i1 false)
  %scevgep3118.31 = getelementptr i8, ptr %253, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.31, i64 128, i1 false)
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %254 = mul nsw i64 %bh.addr.02914, %nc
  %255 = shl nsw i64 %h, 5
  %invariant.gep2889 = getelementptr float, ptr %dq, i64 %255
  %invariant.gep2891 = getelementptr float, ptr %dk, i64 %255
  %invariant.gep2893 = getelementptr float, ptr %dv, i64 %255
  %256 = add i64 %13, %bT
  %257 = shl i64 %256, 7
  %258 = getelementptr i8, ptr %dout, i64 %257
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3155 = phi i64 [ %17, %cc.body.lr.ph ], [ %indvars.iv.next3156, %t7.exit ]
  %cc.addr.02901 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3709 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3155, i64 64)
  %smax3710 = tail call i64 @llvm.smax.i64(i64 %smin3709, i64 1)
  %259 = mul i64 %14, %cc.addr.02901
  %260 = shl i64 %cc.addr.02901, 12
  %261 = sub i64 %32, %260
  %262 = xor i64 %cc.addr.02901, -1
  %ci = add nsw i64 %nc, %262
  %t0 = shl nsw i64 %ci, 6
  %263 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %263, i64 64)
  %264 = icmp sgt i64 %ci, 0
  br i1 %264, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %265 = tail call i64 @llvm.smin.i64(i64 %t0, i64 64)
  %266 = sub nsw i64 %t0, %265
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %scevgep3121 = getelementptr i8, ptr %hs, i64 %261
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121, i64 128, i1 false)
  %267 = or disjoint i64 %261, 128
  %scevgep3121.1 = getelementptr i8, ptr %hs, i64 %267
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.1, i64 128, i1 false)
  %268 = or disjoint i64 %261, 256
  %scevgep3121.2 = getelementptr i8, ptr %hs, i64 %268
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.2, i64 128, i1 false)
  %269 = or disjoint i64 %261, 384
  %scevgep3121.3 = getelementptr i8, ptr %hs, i64 %269
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.3, i64 128, i1 false)
  %270 = or disjoint i64 %261, 512
  %scevgep3121.4 = getelementptr i8, ptr %hs, i64 %270
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.4, i64 128, i1 false)
  %271 = or disjoint i64 %261, 640
  %scevgep3121.5 = getelementptr i8, ptr %hs, i64 %271
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.5, i64 128, i1 false)
  %272 = or disjoint i64 %261, 768
  %scevgep3121.6 = getelementptr i8, ptr %hs, i64 %272
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.6, i64 128, i1 false)
  %273 = or disjoint i64 %261, 896
  %scevgep3121.7 = getelementptr i8, ptr %hs, i64 %273
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.7, i64 128, i1 false)
  %274 = or disjoint i64 %261, 1024
  %scevgep3121.8 = getelementptr i8, ptr %hs, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.8, i64 128, i1 false)
  %275 = or disjoint i64 %261, 1152
  %scevgep3121.9 = getelementptr i8, ptr %hs, i64 %275
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.9, i64 128, i1 false)
  %276 = or disjoint i64 %261, 1280
  %scevgep3121.10 = getelementptr i8, ptr %hs, i64 %276
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.10, i64 128, i1 false)
  %277 = or disjoint i64 %261, 1408
  %scevgep3121.11 = getelementptr i8, ptr %hs, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.11, i64 128, i1 false)
  %278 = or disjoint i64 %261, 1536
  %scevgep3121.12 = getelementptr i8, ptr %hs, i64 %278
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.12, i64 128, i1 false)
  %279 = or disjoint i64 %261, 1664
  %scevgep3121.13 = getelementptr i8, ptr %hs, i64 %279
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.13, i64 128, i1 false)
  %280 = or disjoint i64 %261, 1792
  %scevgep3121.14 = getelementptr i8, ptr %hs, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.14, i64 128, i1 false)
  %281 = or disjoint i64 %261, 1920
  %scevgep3121.15 = getelementptr i8, ptr %hs, i64 %281
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.15, i64 128, i1 false)
  %282 = or disjoint i64 %261, 2048
  %scevgep3121.16 = getelementptr i8, ptr %hs, i64 %282
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.16, i64 128, i1 false)
  %283 = or disjoint i64 %261, 2176
  %scevgep3121.17 = getelementptr i8, ptr %hs, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.17, i64 128, i1 false)
  %284 = or disjoint i64 %261, 2304
  %scevgep3121.18 = getelementptr i8, ptr %hs, i64 %284
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.18, i64 128, i1 false)
  %285 = or disjoint i64 %261, 2432
  %scevgep3121.19 = getelementptr i8, ptr %hs, i64 %285
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.19, i64 128, i1 false)
  %286 = or disjoint i64 %261, 2560
  %scevgep3121.20 = getelementptr i8, ptr %hs, i64 %286
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.20, i64 128, i1 false)
  %287 = or disjoint i64 %261, 2688
  %scevgep3121.21 = getelementptr i8, ptr %hs, i64 %287
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.21, i64 128, i1 false)
  %288 = or disjoint i64 %261, 2816
  %scevgep3121.22 = getelementptr i8, ptr %hs, i64 %288
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.22, i64 128, i1 false)
  %289 = or disjoint i64 %261, 2944
  %scevgep3121.23 = getelementptr i8, ptr %hs, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.23, i64 128, i1 false)
  %290 = or disjoint i64 %261, 3072
  %scevgep3121.24 = getelementptr i8, ptr %hs, i64 %290
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.24, i64 128, i1 false)
  %291 = or disjoint i64 %261, 3200
  %scevgep3121.25 = getelementptr i8, ptr %hs, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.25, i64 128, i1 false)
  %292 = or disjoint i64 %261, 3328
  %scevgep3121.26 = getelementptr i8, ptr %hs, i64 %292
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.26, i64 128, i1 false)
  %293 = or disjoint i64 %261, 3456
  %scevgep3121.27 = getelementptr i8, ptr %hs, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.27, i64 128, i1 false)
  %294 = or disjoint i64 %261, 3584
  %scevgep3121.28 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.28, i64 128, i1 false)
  %295 = or disjoint i64 %261, 3712
  %scevgep3121.29 = getelementptr i8, ptr %hs, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.29, i64 128, i1 false)
  %296 = or disjoint i64 %261, 3840
  %scevgep3121.30 = getelementptr i8, ptr %hs, i64 %296
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.30, i64 128, i1 false)
  %297 = or disjoint i64 %261, 3968
  %scevgep3121.31 = getelementptr i8, ptr %hs, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.31, i64 128, i1 false)
  %298 = add nsw i64 %ci, %254
  %299 = shl nsw i64 %298, 10
  br label %j2.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02640 = phi i64 [ %tp1.next, %tp1.body ], [ %266, %tp1.body.preheader ]
  %300 = mul nsw i64 %tp1.addr.02640, %sv1
  %301 = getelementptr inbounds float, ptr %oh, i64 %300
  tail call void @llvm.prefetch.p0(ptr %301, i32 0, i32 2, i32 1)
  %302 = or disjoint i64 %300, 16
  %303 = getelementptr inbounds float, ptr %oh, i64 %302
  tail call void @llvm.prefetch.p0(ptr nonnull %303, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02640, 1
  %304 = icmp slt i64 %tp1.next, %t0
  br i1 %304, label %tp1.body, label %i1.head.preheader

j2.head.preheader:                                ; preds = %i1.head.preheader, %j2.exit
  %305 = phi i1 [ true, %i1.head.preheader ], [ false, %j2.exit ]
  %i2.addr.02644 = phi i64 [ 0, %i1.head.preheader ], [ 16, %j2.exit ]
  %306 = shl nuw nsw i64 %i2.addr.02644, 5
  %307 = or disjoint i64 %306, %299
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %308 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02643 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %309 = or disjoint i64 %307, %j2.addr.02643
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  %311 = load <16 x float>, ptr %310, align 4
  %312 = or disjoint i64 %309, 256
  %313 = getelementptr inbounds float, ptr %hs, i64 %312
  %314 = load <16 x float>, ptr %313, align 4
  %315 = or disjoint i64 %309, 32
  %316 = getelementptr inbounds float, ptr %hs, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %318 = or disjoint i64 %309, 288
  %319 = getelementptr inbounds float, ptr %hs, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = or disjoint i64 %309, 64
  %322 = getelementptr inbounds float, ptr %hs, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = or disjoint i64 %309, 320
  %325 = getelementptr inbounds float, ptr %hs, i64 %324
  %326 = load <16 x float>, ptr %325, align 4
  %327 = or disjoint i64 %309, 96
  %328 = getelementptr inbounds float, ptr %hs, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = or disjoint i64 %309, 352
  %331 = getelementptr inbounds float, ptr %hs, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or disjoint i64 %309, 128
  %334 = getelementptr inbounds float, ptr %hs, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or disjoint i64 %309, 384
  %337 = getelementptr inbounds float, ptr %hs, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or disjoint i64 %309, 160
  %340 = getelementptr inbounds float, ptr %hs, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = or disjoint i64 %309, 416
  %343 = getelementptr inbounds float, ptr %hs, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = or disjoint i64 %309, 192
  %346 = getelementptr inbounds float, ptr %hs, i64 %345
  %347 = load <16 x float>, ptr %346, align 4
  %348 = or disjoint i64 %309, 448
  %349 = getelementptr inbounds float, ptr %hs, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = or disjoint i64 %309, 224
  %352 = getelementptr inbounds float, ptr %hs, i64 %351
  %353 = load <16 x float>, ptr %352, align 4
  %354 = or disjoint i64 %309, 480
  %355 = getelementptr inbounds float, ptr %hs, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = shufflevector <16 x float> %311, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %358 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %359 = shufflevector <16 x float> %317, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %360 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %361 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %362 = shufflevector <16 x float> %347, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %363 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %364 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %365 = shufflevector <16 x float> %311, <16 x float> %314, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %366 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %367 = shufflevector <16 x float> %317, <16 x float> %320, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %368 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %369 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %370 = shufflevector <16 x float> %347, <16 x float> %350, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %371 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %372 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %373 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %374 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %375 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %376 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %377 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %379 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %380 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %381 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %382 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %383 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %384 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %385 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %386 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %387 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %388 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %389 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %390 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %391 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %392 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %393 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %394 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %395 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %396 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %397 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %398 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %399 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %400 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %401 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %402 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %403 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %404 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %405 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %406 = shl nuw nsw i64 %j2.addr.02643, 5
  %407 = or disjoint i64 %406, %i2.addr.02644
  %408 = or disjoint i64 %407, 1024
  %409 = getelementptr inbounds float, ptr %Bk, i64 %408
  store <16 x float> %405, ptr %409, align 4
  %410 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %411 = or disjoint i64 %407, 1056
  %412 = getelementptr inbounds float, ptr %Bk, i64 %411
  store <16 x float> %410, ptr %412, align 4
  %413 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %414 = or disjoint i64 %407, 1088
  %415 = getelementptr inbounds float, ptr %Bk, i64 %414
  store <16 x float> %413, ptr %415, align 4
  %416 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %417 = or disjoint i64 %407, 1120
  %418 = getelementptr inbounds float, ptr %Bk, i64 %417
  store <16 x float> %416, ptr %418, align 4
  %419 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %420 = or disjoint i64 %407, 1152
  %421 = getelementptr inbounds float, ptr %Bk, i64 %420
  store <16 x float> %419, ptr %421, align 4
  %422 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %423 = or disjoint i64 %407, 1184
  %424 = getelementptr inbounds float, ptr %Bk, i64 %423
  store <16 x float> %422, ptr %424, align 4
  %425 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %426 = or disjoint i64 %407, 1216
  %427 = getelementptr inbounds float, ptr %Bk, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %429 = or disjoint i64 %407, 1248
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %432 = or disjoint i64 %407, 1280
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %435 = or disjoint i64 %407, 1312
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %438 = or disjoint i64 %407, 1344
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %441 = or disjoint i64 %407, 1376
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %443 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %444 = or disjoint i64 %407, 1408
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  store <16 x float> %443, ptr %445, align 4
  %446 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %447 = or disjoint i64 %407, 1440
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  store <16 x float> %446, ptr %448, align 4
  %449 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %450 = or disjoint i64 %407, 1472
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %452 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %453 = or disjoint i64 %407, 1504
  %454 = getelementptr inbounds float, ptr %Bk, i64 %453
  store <16 x float> %452, ptr %454, align 4
  br i1 %308, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %305, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %455 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02646 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %456 = shl nuw nsw i64 %i3.addr.02646, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %457 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02645 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %458 = or disjoint i64 %j3.addr.02645, %456
  %459 = or disjoint i64 %458, 32
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = or disjoint i64 %458, 544
  %463 = getelementptr inbounds float, ptr %work, i64 %462
  %464 = load <16 x float>, ptr %463, align 4
  %465 = or disjoint i64 %458, 96
  %466 = getelementptr inbounds float, ptr %work, i64 %465
  %467 = load <16 x float>, ptr %466, align 4
  %468 = or disjoint i64 %458, 608
  %469 = getelementptr inbounds float, ptr %work, i64 %468
  %470 = load <16 x float>, ptr %469, align 4
  %471 = or disjoint i64 %458, 160
  %472 = getelementptr inbounds float, ptr %work, i64 %471
  %473 = load <16 x float>, ptr %472, align 4
  %474 = or disjoint i64 %458, 672
  %475 = getelementptr inbounds float, ptr %work, i64 %474
  %476 = load <16 x float>, ptr %475, align 4
  %477 = or disjoint i64 %458, 224
  %478 = getelementptr inbounds float, ptr %work, i64 %477
  %479 = load <16 x float>, ptr %478, align 4
  %480 = or disjoint i64 %458, 736
  %481 = getelementptr inbounds float, ptr %work, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %458, 288
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %458, 800
  %487 = getelementptr inbounds float, ptr %work, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %458, 352
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %458, 864
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = or disjoint i64 %458, 416
  %496 = getelementptr inbounds float, ptr %work, i64 %495
  %497 = load <16 x float>, ptr %496, align 4
  %498 = or disjoint i64 %458, 928
  %499 = getelementptr inbounds float, ptr %work, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %458, 480
  %502 = getelementptr inbounds float, ptr %work, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = or disjoint i64 %458, 992
  %505 = getelementptr inbounds float, ptr %work, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = shufflevector <16 x float> %461, <16 x float> %464, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %508 = shufflevector <16 x float> %485, <16 x float> %488, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %509 = shufflevector <16 x float> %467, <16 x float> %470, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %510 = shufflevector <16 x float> %491, <16 x float> %494, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %511 = shufflevector <16 x float> %473, <16 x float> %476, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %512 = shufflevector <16 x float> %497, <16 x float> %500, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %513 = shufflevector <16 x float> %479, <16 x float> %482, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %514 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %515 = shufflevector <16 x float> %461, <16 x float> %464, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %516 = shufflevector <16 x float> %485, <16 x float> %488, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %517 = shufflevector <16 x float> %467, <16 x float> %470, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %518 = shufflevector <16 x float> %491, <16 x float> %494, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %519 = shufflevector <16 x float> %473, <16 x float> %476, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %520 = shufflevector <16 x float> %497, <16 x float> %500, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %521 = shufflevector <16 x float> %479, <16 x float> %482, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %522 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %523 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %524 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %525 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %526 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %527 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %528 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %529 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %530 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %531 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %532 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %533 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %534 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %535 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %540 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %541 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %542 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %543 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %544 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %545 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %546 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %547 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %548 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %549 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %550 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %551 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %552 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %553 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %554 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %555 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %556 = shl nuw nsw i64 %j3.addr.02645, 5
  %557 = or disjoint i64 %556, %i3.addr.02646
  %558 = getelementptr inbounds float, ptr %Bk, i64 %557
  store <16 x float> %555, ptr %558, align 4
  %559 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %560 = or disjoint i64 %557, 32
  %561 = getelementptr inbounds float, ptr %Bk, i64 %560
  store <16 x float> %559, ptr %561, align 4
  %562 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %563 = or disjoint i64 %557, 64
  %564 = getelementptr inbounds float, ptr %Bk, i64 %563
  store <16 x float> %562, ptr %564, align 4
  %565 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %566 = or disjoint i64 %557, 96
  %567 = getelementptr inbounds float, ptr %Bk, i64 %566
  store <16 x float> %565, ptr %567, align 4
  %568 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %569 = or disjoint i64 %557, 128
  %570 = getelementptr inbounds float, ptr %Bk, i64 %569
  store <16 x float> %568, ptr %570, align 4
  %571 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %572 = or disjoint i64 %557, 160
  %573 = getelementptr inbounds float, ptr %Bk, i64 %572
  store <16 x float> %571, ptr %573, align 4
  %574 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %575 = or disjoint i64 %557, 192
  %576 = getelementptr inbounds float, ptr %Bk, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %578 = or disjoint i64 %557, 224
  %579 = getelementptr inbounds float, ptr %Bk, i64 %578
  store <16 x float> %577, ptr %579, align 4
  %580 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %581 = or disjoint i64 %557, 256
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %584 = or disjoint i64 %557, 288
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %587 = or disjoint i64 %557, 320
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %590 = or disjoint i64 %557, 352
  %591 = getelementptr inbounds float, ptr %Bk, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %593 = or disjoint i64 %557, 384
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  store <16 x float> %592, ptr %594, align 4
  %595 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %596 = or disjoint i64 %557, 416
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %599 = or disjoint i64 %557, 448
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %602 = or disjoint i64 %557, 480
  %603 = getelementptr inbounds float, ptr %Bk, i64 %602
  store <16 x float> %601, ptr %603, align 4
  br i1 %457, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %455, label %j3.head.preheader, label %t1.head.preheader

t1.head.preheader:                                ; preds = %j3.exit, %t1.head.preheader
  %s6.addr.02648 = phi i64 [ %s6.next, %t1.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s6.addr.02648, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2921 = shl nsw i64 %s6.addr.02648, 8
  %invariant.gep3330 = getelementptr inbounds i8, ptr %M, i64 %.idx2921
  %604 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %605 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %606 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %607 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %608 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %609 = select <8 x i1> %605, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %610 = select <8 x i1> %606, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %611 = select <8 x i1> %607, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %612 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 32
  %613 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 64
  %614 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 96
  store <8 x float> %608, ptr %invariant.gep3330, align 4
  store <8 x float> %609, ptr %612, align 4
  store <8 x float> %610, ptr %613, align 4
  store <8 x float> %611, ptr %614, align 4
  %615 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %616 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %617 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %618 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %619 = select <8 x i1> %615, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %620 = select <8 x i1> %616, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %621 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %622 = select <8 x i1> %618, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %623 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 128
  %624 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 160
  %625 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 192
  %626 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 224
  store <8 x float> %619, ptr %623, align 4
  store <8 x float> %620, ptr %624, align 4
  store <8 x float> %621, ptr %625, align 4
  store <8 x float> %622, ptr %626, align 4
  %s6.next = add nuw nsw i64 %s6.addr.02648, 1
  %exitcond3124.not = icmp eq i64 %s6.next, 64
  br i1 %exitcond3124.not, label %t2.body.preheader, label %t1.head.preheader

t2.body.preheader:                                ; preds = %t1.head.preheader
  %627 = getelementptr i8, ptr %258, i64 %259
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02659 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %628 = shl nsw i64 %t2.addr.02659, 7
  %gep3333 = getelementptr i8, ptr %invariant.gep3332, i64 %628
  %629 = icmp sgt i64 %263, %t2.addr.02659
  br i1 %629, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t2.body
  %gep3335 = getelementptr i8, ptr %invariant.gep3334, i64 %628
  %gep3337 = getelementptr i8, ptr %invariant.gep3336, i64 %628
  %gep3339 = getelementptr i8, ptr %invariant.gep3338, i64 %628
  %gep3341 = getelementptr i8, ptr %invariant.gep3340, i64 %628
  %gep3343 = getelementptr i8, ptr %invariant.gep3342, i64 %628
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3335, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3337, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3333, i8 0, i64 128, i1 false)
  %630 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02659
  store float 0.000000e+00, ptr %630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3339, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3341, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3343, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %631 = mul i64 %15, %t2.addr.02659
  %scevgep3132 = getelementptr i8, ptr %627, i64 %631
  %632 = add nuw nsw i64 %t2.addr.02659, %t0
  %633 = shl nuw nsw i64 %t2.addr.02659, 5
  %.idx2928 = shl i64 %632, 7
  %634 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx2928
  %635 = load <16 x float>, ptr %634, align 4
  %636 = fmul <16 x float> %635, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %637 = or disjoint i64 %633, 2048
  %638 = getelementptr inbounds float, ptr %Bk, i64 %637
  store <16 x float> %636, ptr %638, align 4
  %639 = getelementptr inbounds float, ptr %QK, i64 %633
  store <16 x float> %636, ptr %639, align 4
  %640 = getelementptr i8, ptr %19, i64 %.idx2928
  %641 = load <16 x float>, ptr %640, align 4
  %642 = fmul <16 x float> %641, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %643 = or disjoint i64 %633, 16
  %644 = or i64 %633, 2064
  %645 = getelementptr inbounds float, ptr %Bk, i64 %644
  store <16 x float> %642, ptr %645, align 4
  %646 = getelementptr inbounds float, ptr %QK, i64 %643
  store <16 x float> %642, ptr %646, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3333, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3132, i64 128, i1 false)
  %tau = or disjoint i64 %t2.addr.02659, %t0
  %647 = mul nsw i64 %tau, %H
  %648 = getelementptr inbounds float, ptr %betah, i64 %647
  %649 = load float, ptr %648, align 4
  %650 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02659
  store float %649, ptr %650, align 4
  %.idx2930 = shl i64 %tau, 7
  %651 = getelementptr i8, ptr %gep2905, i64 %.idx2930
  %652 = load <16 x float>, ptr %651, align 4
  %653 = or disjoint i64 %633, 4096
  %654 = getelementptr inbounds float, ptr %Bk, i64 %653
  store <16 x float> %652, ptr %654, align 4
  %655 = fneg <16 x float> %652
  %656 = getelementptr inbounds float, ptr %QK, i64 %637
  store <16 x float> %655, ptr %656, align 4
  %657 = getelementptr i8, ptr %20, i64 %.idx2930
  %658 = load <16 x float>, ptr %657, align 4
  %659 = or i64 %633, 4112
  %660 = getelementptr inbounds float, ptr %Bk, i64 %659
  store <16 x float> %658, ptr %660, align 4
  %661 = fneg <16 x float> %658
  %662 = getelementptr inbounds float, ptr %QK, i64 %644
  store <16 x float> %661, ptr %662, align 4
  %663 = getelementptr i8, ptr %gep2907, i64 %.idx2930
  %664 = load <16 x float>, ptr %663, align 4
  %665 = getelementptr inbounds i8, ptr %Rr, i64 %628
  store <16 x float> %664, ptr %665, align 4
  %666 = getelementptr i8, ptr %21, i64 %.idx2930
  %667 = load <16 x float>, ptr %666, align 4
  %668 = getelementptr inbounds i8, ptr %22, i64 %628
  store <16 x float> %667, ptr %668, align 4
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02659, 1
  %exitcond3136.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3136.not, label %j12.head.preheader, label %t2.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %i12.addr.02661 = phi i64 [ %i12.next, %j12.exit ], [ 0, %endif ]
  %669 = shl nuw nsw i64 %i12.addr.02661, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %670 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02660 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %671 = or disjoint i64 %j12.addr.02660, %669
  %672 = or disjoint i64 %671, 4096
  %673 = getelementptr inbounds float, ptr %Bk, i64 %672
  %674 = load <16 x float>, ptr %673, align 4
  %675 = or disjoint i64 %671, 4352
  %676 = getelementptr inbounds float, ptr %Bk, i64 %675
  %677 = load <16 x float>, ptr %676, align 4
  %678 = or disjoint i64 %671, 4128
  %679 = getelementptr inbounds float, ptr %Bk, i64 %678
  %680 = load <16 x float>, ptr %679, align 4
  %681 = or disjoint i64 %671, 4384
  %682 = getelementptr inbounds float, ptr %Bk, i64 %681
  %683 = load <16 x float>, ptr %682, align 4
  %684 = or disjoint i64 %671, 4160
  %685 = getelementptr inbounds float, ptr %Bk, i64 %684
  %686 = load <16 x float>, ptr %685, align 4
  %687 = or disjoint i64 %671, 4416
  %688 = getelementptr inbounds float, ptr %Bk, i64 %687
  %689 = load <16 x float>, ptr %688, align 4
  %690 = or disjoint i64 %671, 4192
  %691 = getelementptr inbounds float, ptr %Bk, i64 %690
  %692 = load <16 x float>, ptr %691, align 4
  %693 = or disjoint i64 %671, 4448
  %694 = getelementptr inbounds float, ptr %Bk, i64 %693
  %695 = load <16 x float>, ptr %694, align 4
  %696 = or disjoint i64 %671, 4224
  %697 = getelementptr inbounds float, ptr %Bk, i64 %696
  %698 = load <16 x float>, ptr %697, align 4
  %699 = or disjoint i64 %671, 4480
  %700 = getelementptr inbounds float, ptr %Bk, i64 %699
  %701 = load <16 x float>, ptr %700, align 4
  %702 = or disjoint i64 %671, 4256
  %703 = getelementptr inbounds float, ptr %Bk, i64 %702
  %704 = load <16 x float>, ptr %703, align 4
  %705 = or disjoint i64 %671, 4512
  %706 = getelementptr inbounds float, ptr %Bk, i64 %705
  %707 = load <16 x float>, ptr %706, align 4
  %708 = or disjoint i64 %671, 4288
  %709 = getelementptr inbounds float, ptr %Bk, i64 %708
  %710 = load <16 x float>, ptr %709, align 4
  %711 = or disjoint i64 %671, 4544
  %712 = getelementptr inbounds float, ptr %Bk, i64 %711
  %713 = load <16 x float>, ptr %712, align 4
  %714 = or disjoint i64 %671, 4320
  %715 = getelementptr inbounds float, ptr %Bk, i64 %714
  %716 = load <16 x float>, ptr %715, align 4
  %717 = or disjoint i64 %671, 4576
  %718 = getelementptr inbounds float, ptr %Bk, i64 %717
  %719 = load <16 x float>, ptr %718, align 4
  %720 = shufflevector <16 x float> %674, <16 x float> %677, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %721 = shufflevector <16 x float> %698, <16 x float> %701, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %722 = shufflevector <16 x float> %680, <16 x float> %683, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %723 = shufflevector <16 x float> %704, <16 x float> %707, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %724 = shufflevector <16 x float> %686, <16 x float> %689, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %725 = shufflevector <16 x float> %710, <16 x float> %713, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %726 = shufflevector <16 x float> %692, <16 x float> %695, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %727 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %728 = shufflevector <16 x float> %674, <16 x float> %677, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %729 = shufflevector <16 x float> %698, <16 x float> %701, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %730 = shufflevector <16 x float> %680, <16 x float> %683, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %731 = shufflevector <16 x float> %704, <16 x float> %707, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %732 = shufflevector <16 x float> %686, <16 x float> %689, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %733 = shufflevector <16 x float> %710, <16 x float> %713, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %734 = shufflevector <16 x float> %692, <16 x float> %695, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %735 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %736 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %737 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %738 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %739 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %740 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %741 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %742 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %743 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %744 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %745 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %746 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %747 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %748 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %749 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %750 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %751 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %752 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %753 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %754 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %755 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %756 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %757 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %758 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %759 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %760 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %761 = shufflevector <16 x float> %746, <16 x float> %747, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %762 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %763 = shufflevector <16 x float> %746, <16 x float> %747, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %764 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %765 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %766 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %767 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %768 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %769 = shl nuw nsw i64 %j12.addr.02660, 6
  %770 = add nuw nsw i64 %769, %i12.addr.02661
  %771 = getelementptr inbounds float, ptr %KT, i64 %770
  store <16 x float> %768, ptr %771, align 4
  %772 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %773 = or disjoint i64 %770, 64
  %774 = getelementptr inbounds float, ptr %KT, i64 %773
  store <16 x float> %772, ptr %774, align 4
  %775 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %776 = or disjoint i64 %770, 128
  %777 = getelementptr inbounds float, ptr %KT, i64 %776
  store <16 x float> %775, ptr %777, align 4
  %778 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %779 = or disjoint i64 %770, 192
  %780 = getelementptr inbounds float, ptr %KT, i64 %779
  store <16 x float> %778, ptr %780, align 4
  %781 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %782 = or disjoint i64 %770, 256
  %783 = getelementptr inbounds float, ptr %KT, i64 %782
  store <16 x float> %781, ptr %783, align 4
  %784 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %785 = or disjoint i64 %770, 320
  %786 = getelementptr inbounds float, ptr %KT, i64 %785
  store <16 x float> %784, ptr %786, align 4
  %787 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %788 = or disjoint i64 %770, 384
  %789 = getelementptr inbounds float, ptr %KT, i64 %788
  store <16 x float> %787, ptr %789, align 4
  %790 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %791 = or disjoint i64 %770, 448
  %792 = getelementptr inbounds float, ptr %KT, i64 %791
  store <16 x float> %790, ptr %792, align 4
  %793 = shufflevector <16 x float> %760, <16 x float> %761, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %794 = or disjoint i64 %770, 512
  %795 = getelementptr inbounds float, ptr %KT, i64 %794
  store <16 x float> %793, ptr %795, align 4
  %796 = shufflevector <16 x float> %760, <16 x float> %761, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %797 = or disjoint i64 %770, 576
  %798 = getelementptr inbounds float, ptr %KT, i64 %797
  store <16 x float> %796, ptr %798, align 4
  %799 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %800 = or disjoint i64 %770, 640
  %801 = getelementptr inbounds float, ptr %KT, i64 %800
  store <16 x float> %799, ptr %801, align 4
  %802 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %803 = or disjoint i64 %770, 704
  %804 = getelementptr inbounds float, ptr %KT, i64 %803
  store <16 x float> %802, ptr %804, align 4
  %805 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %806 = or disjoint i64 %770, 768
  %807 = getelementptr inbounds float, ptr %KT, i64 %806
  store <16 x float> %805, ptr %807, align 4
  %808 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %809 = or disjoint i64 %770, 832
  %810 = getelementptr inbounds float, ptr %KT, i64 %809
  store <16 x float> %808, ptr %810, align 4
  %811 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %812 = or disjoint i64 %770, 896
  %813 = getelementptr inbounds float, ptr %KT, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %815 = or disjoint i64 %770, 960
  %816 = getelementptr inbounds float, ptr %KT, i64 %815
  store <16 x float> %814, ptr %816, align 4
  br i1 %670, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  %i12.next = add nuw nsw i64 %i12.addr.02661, 16
  %817 = icmp ult i64 %i12.addr.02661, 48
  br i1 %817, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %i13.addr.02663 = phi i64 [ %i13.next, %j13.exit ], [ 0, %j12.exit ]
  %818 = shl nuw nsw i64 %i13.addr.02663, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %819 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02662 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %820 = or disjoint i64 %j13.addr.02662, %818
  %821 = or disjoint i64 %820, 2048
  %822 = getelementptr inbounds float, ptr %Bk, i64 %821
  %823 = load <16 x float>, ptr %822, align 4
  %824 = or disjoint i64 %820, 2304
  %825 = getelementptr inbounds float, ptr %Bk, i64 %824
  %826 = load <16 x float>, ptr %825, align 4
  %827 = or disjoint i64 %820, 2080
  %828 = getelementptr inbounds float, ptr %Bk, i64 %827
  %829 = load <16 x float>, ptr %828, align 4
  %830 = or disjoint i64 %820, 2336
  %831 = getelementptr inbounds float, ptr %Bk, i64 %830
  %832 = load <16 x float>, ptr %831, align 4
  %833 = or disjoint i64 %820, 2112
  %834 = getelementptr inbounds float, ptr %Bk, i64 %833
  %835 = load <16 x float>, ptr %834, align 4
  %836 = or disjoint i64 %820, 2368
  %837 = getelementptr inbounds float, ptr %Bk, i64 %836
  %838 = load <16 x float>, ptr %837, align 4
  %839 = or disjoint i64 %820, 2144
  %840 = getelementptr inbounds float, ptr %Bk, i64 %839
  %841 = load <16 x float>, ptr %840, align 4
  %842 = or disjoint i64 %820, 2400
  %843 = getelementptr inbounds float, ptr %Bk, i64 %842
  %844 = load <16 x float>, ptr %843, align 4
  %845 = or disjoint i64 %820, 2176
  %846 = getelementptr inbounds float, ptr %Bk, i64 %845
  %847 = load <16 x float>, ptr %846, align 4
  %848 = or disjoint i64 %820, 2432
  %849 = getelementptr inbounds float, ptr %Bk, i64 %848
  %850 = load <16 x float>, ptr %849, align 4
  %851 = or disjoint i64 %820, 2208
  %852 = getelementptr inbounds float, ptr %Bk, i64 %851
  %853 = load <16 x float>, ptr %852, align 4
  %854 = or disjoint i64 %820, 2464
  %855 = getelementptr inbounds float, ptr %Bk, i64 %854
  %856 = load <16 x float>, ptr %855, align 4
  %857 = or disjoint i64 %820, 2240
  %858 = getelementptr inbounds float, ptr %Bk, i64 %857
  %859 = load <16 x float>, ptr %858, align 4
  %860 = or disjoint i64 %820, 2496
  %861 = getelementptr inbounds float, ptr %Bk, i64 %860
  %862 = load <16 x float>, ptr %861, align 4
  %863 = or disjoint i64 %820, 2272
  %864 = getelementptr inbounds float, ptr %Bk, i64 %863
  %865 = load <16 x float>, ptr %864, align 4
  %866 = or disjoint i64 %820, 2528
  %867 = getelementptr inbounds float, ptr %Bk, i64 %866
  %868 = load <16 x float>, ptr %867, align 4
  %869 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %870 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %871 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %872 = shufflevector <16 x float> %853, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %873 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %874 = shufflevector <16 x float> %859, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %875 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %876 = shufflevector <16 x float> %865, <16 x float> %868, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %877 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %878 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %879 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %880 = shufflevector <16 x float> %853, <16 x float> %856, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %881 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %882 = shufflevector <16 x float> %859, <16 x float> %862, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %883 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %884 = shufflevector <16 x float> %865, <16 x float> %868, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %885 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %886 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %887 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %888 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %889 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %890 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %891 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %892 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %893 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %894 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %895 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %896 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %897 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %898 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %899 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %900 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %901 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %902 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %903 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %904 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
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
  %917 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %918 = shl nuw nsw i64 %j13.addr.02662, 6
  %919 = add nuw nsw i64 %918, %i13.addr.02663
  %920 = getelementptr inbounds float, ptr %QcT, i64 %919
  store <16 x float> %917, ptr %920, align 4
  %921 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %922 = or disjoint i64 %919, 64
  %923 = getelementptr inbounds float, ptr %QcT, i64 %922
  store <16 x float> %921, ptr %923, align 4
  %924 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %925 = or disjoint i64 %919, 128
  %926 = getelementptr inbounds float, ptr %QcT, i64 %925
  store <16 x float> %924, ptr %926, align 4
  %927 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %928 = or disjoint i64 %919, 192
  %929 = getelementptr inbounds float, ptr %QcT, i64 %928
  store <16 x float> %927, ptr %929, align 4
  %930 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %931 = or disjoint i64 %919, 256
  %932 = getelementptr inbounds float, ptr %QcT, i64 %931
  store <16 x float> %930, ptr %932, align 4
  %933 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %934 = or disjoint i64 %919, 320
  %935 = getelementptr inbounds float, ptr %QcT, i64 %934
  store <16 x float> %933, ptr %935, align 4
  %936 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %937 = or disjoint i64 %919, 384
  %938 = getelementptr inbounds float, ptr %QcT, i64 %937
  store <16 x float> %936, ptr %938, align 4
  %939 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %940 = or disjoint i64 %919, 448
  %941 = getelementptr inbounds float, ptr %QcT, i64 %940
  store <16 x float> %939, ptr %941, align 4
  %942 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %943 = or disjoint i64 %919, 512
  %944 = getelementptr inbounds float, ptr %QcT, i64 %943
  store <16 x float> %942, ptr %944, align 4
  %945 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %946 = or disjoint i64 %919, 576
  %947 = getelementptr inbounds float, ptr %QcT, i64 %946
  store <16 x float> %945, ptr %947, align 4
  %948 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %949 = or disjoint i64 %919, 640
  %950 = getelementptr inbounds float, ptr %QcT, i64 %949
  store <16 x float> %948, ptr %950, align 4
  %951 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %952 = or disjoint i64 %919, 704
  %953 = getelementptr inbounds float, ptr %QcT, i64 %952
  store <16 x float> %951, ptr %953, align 4
  %954 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %955 = or disjoint i64 %919, 768
  %956 = getelementptr inbounds float, ptr %QcT, i64 %955
  store <16 x float> %954, ptr %956, align 4
  %957 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %958 = or disjoint i64 %919, 832
  %959 = getelementptr inbounds float, ptr %QcT, i64 %958
  store <16 x float> %957, ptr %959, align 4
  %960 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %961 = or disjoint i64 %919, 896
  %962 = getelementptr inbounds float, ptr %QcT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %964 = or disjoint i64 %919, 960
  %965 = getelementptr inbounds float, ptr %QcT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  br i1 %819, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  %i13.next = add nuw nsw i64 %i13.addr.02663, 16
  %966 = icmp ult i64 %i13.addr.02663, 48
  br i1 %966, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %i14.addr.02665 = phi i64 [ %i14.next, %j14.exit ], [ 0, %j13.exit ]
  %967 = shl nuw nsw i64 %i14.addr.02665, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %968 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02664 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %969 = or disjoint i64 %j14.addr.02664, %967
  %970 = getelementptr inbounds float, ptr %OY, i64 %969
  %971 = load <16 x float>, ptr %970, align 4
  %972 = or disjoint i64 %969, 256
  %973 = getelementptr inbounds float, ptr %OY, i64 %972
  %974 = load <16 x float>, ptr %973, align 4
  %975 = or disjoint i64 %969, 32
  %976 = getelementptr inbounds float, ptr %OY, i64 %975
  %977 = load <16 x float>, ptr %976, align 4
  %978 = or disjoint i64 %969, 288
  %979 = getelementptr inbounds float, ptr %OY, i64 %978
  %980 = load <16 x float>, ptr %979, align 4
  %981 = or disjoint i64 %969, 64
  %982 = getelementptr inbounds float, ptr %OY, i64 %981
  %983 = load <16 x float>, ptr %982, align 4
  %984 = or disjoint i64 %969, 320
  %985 = getelementptr inbounds float, ptr %OY, i64 %984
  %986 = load <16 x float>, ptr %985, align 4
  %987 = or disjoint i64 %969, 96
  %988 = getelementptr inbounds float, ptr %OY, i64 %987
  %989 = load <16 x float>, ptr %988, align 4
  %990 = or disjoint i64 %969, 352
  %991 = getelementptr inbounds float, ptr %OY, i64 %990
  %992 = load <16 x float>, ptr %991, align 4
  %993 = or disjoint i64 %969, 128
  %994 = getelementptr inbounds float, ptr %OY, i64 %993
  %995 = load <16 x float>, ptr %994, align 4
  %996 = or disjoint i64 %969, 384
  %997 = getelementptr inbounds float, ptr %OY, i64 %996
  %998 = load <16 x float>, ptr %997, align 4
  %999 = or disjoint i64 %969, 160
  %1000 = getelementptr inbounds float, ptr %OY, i64 %999
  %1001 = load <16 x float>, ptr %1000, align 4
  %1002 = or disjoint i64 %969, 416
  %1003 = getelementptr inbounds float, ptr %OY, i64 %1002
  %1004 = load <16 x float>, ptr %1003, align 4
  %1005 = or disjoint i64 %969, 192
  %1006 = getelementptr inbounds float, ptr %OY, i64 %1005
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = or disjoint i64 %969, 448
  %1009 = getelementptr inbounds float, ptr %OY, i64 %1008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = or disjoint i64 %969, 224
  %1012 = getelementptr inbounds float, ptr %OY, i64 %1011
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = or disjoint i64 %969, 480
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
  %1066 = shl nuw nsw i64 %j14.addr.02664, 6
  %1067 = add nuw nsw i64 %1066, %i14.addr.02665
  %1068 = getelementptr inbounds float, ptr %dOT, i64 %1067
  store <16 x float> %1065, ptr %1068, align 4
  %1069 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1070 = or disjoint i64 %1067, 64
  %1071 = getelementptr inbounds float, ptr %dOT, i64 %1070
  store <16 x float> %1069, ptr %1071, align 4
  %1072 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1073 = or disjoint i64 %1067, 128
  %1074 = getelementptr inbounds float, ptr %dOT, i64 %1073
  store <16 x float> %1072, ptr %1074, align 4
  %1075 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1076 = or disjoint i64 %1067, 192
  %1077 = getelementptr inbounds float, ptr %dOT, i64 %1076
  store <16 x float> %1075, ptr %1077, align 4
  %1078 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1079 = or disjoint i64 %1067, 256
  %1080 = getelementptr inbounds float, ptr %dOT, i64 %1079
  store <16 x float> %1078, ptr %1080, align 4
  %1081 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1082 = or disjoint i64 %1067, 320
  %1083 = getelementptr inbounds float, ptr %dOT, i64 %1082
  store <16 x float> %1081, ptr %1083, align 4
  %1084 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1085 = or disjoint i64 %1067, 384
  %1086 = getelementptr inbounds float, ptr %dOT, i64 %1085
  store <16 x float> %1084, ptr %1086, align 4
  %1087 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1088 = or disjoint i64 %1067, 448
  %1089 = getelementptr inbounds float, ptr %dOT, i64 %1088
  store <16 x float> %1087, ptr %1089, align 4
  %1090 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1091 = or disjoint i64 %1067, 512
  %1092 = getelementptr inbounds float, ptr %dOT, i64 %1091
  store <16 x float> %1090, ptr %1092, align 4
  %1093 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1094 = or disjoint i64 %1067, 576
  %1095 = getelementptr inbounds float, ptr %dOT, i64 %1094
  store <16 x float> %1093, ptr %1095, align 4
  %1096 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1097 = or disjoint i64 %1067, 640
  %1098 = getelementptr inbounds float, ptr %dOT, i64 %1097
  store <16 x float> %1096, ptr %1098, align 4
  %1099 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1100 = or disjoint i64 %1067, 704
  %1101 = getelementptr inbounds float, ptr %dOT, i64 %1100
  store <16 x float> %1099, ptr %1101, align 4
  %1102 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1103 = or disjoint i64 %1067, 768
  %1104 = getelementptr inbounds float, ptr %dOT, i64 %1103
  store <16 x float> %1102, ptr %1104, align 4
  %1105 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1106 = or disjoint i64 %1067, 832
  %1107 = getelementptr inbounds float, ptr %dOT, i64 %1106
  store <16 x float> %1105, ptr %1107, align 4
  %1108 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1109 = or disjoint i64 %1067, 896
  %1110 = getelementptr inbounds float, ptr %dOT, i64 %1109
  store <16 x float> %1108, ptr %1110, align 4
  %1111 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1112 = or disjoint i64 %1067, 960
  %1113 = getelementptr inbounds float, ptr %dOT, i64 %1112
  store <16 x float> %1111, ptr %1113, align 4
  br i1 %968, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  %i14.next = add nuw nsw i64 %i14.addr.02665, 16
  %1114 = icmp ult i64 %i14.addr.02665, 48
  br i1 %1114, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit
  %1115 = icmp ult i64 %i15.addr.02678, 56
  br i1 %1115, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02678 = phi i64 [ %1116, %i15.head.loopexit ], [ 0, %j14.exit ]
  %1116 = add nuw nsw i64 %i15.addr.02678, 8
  %1117 = shl nuw nsw i64 %i15.addr.02678, 5
  %.idx2622 = shl nuw nsw i64 %i15.addr.02678, 8
  %1118 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2622
  %1119 = shl nuw nsw i64 %i15.addr.02678, 6
  %1120 = or disjoint i64 %1119, 64
  %1121 = getelementptr inbounds float, ptr %Gm, i64 %1120
  %1122 = or disjoint i64 %1119, 128
  %1123 = getelementptr inbounds float, ptr %Gm, i64 %1122
  %1124 = or disjoint i64 %1119, 192
  %1125 = getelementptr inbounds float, ptr %Gm, i64 %1124
  %1126 = or disjoint i64 %1119, 256
  %1127 = getelementptr inbounds float, ptr %Gm, i64 %1126
  %1128 = or disjoint i64 %1119, 320
  %1129 = getelementptr inbounds float, ptr %Gm, i64 %1128
  %1130 = or disjoint i64 %1119, 384
  %1131 = getelementptr inbounds float, ptr %Gm, i64 %1130
  %1132 = or disjoint i64 %1119, 448
  %1133 = getelementptr inbounds float, ptr %Gm, i64 %1132
  br label %p2.head.preheader

p2.head.preheader:                                ; preds = %i15.body, %p2.exit
  %j15.addr.02677 = phi i64 [ 0, %i15.body ], [ %j15.next, %p2.exit ]
  %invariant.gep2666 = getelementptr inbounds float, ptr %KT, i64 %j15.addr.02677
  br label %p2.body

p2.body:                                          ; preds = %p2.head.preheader, %p2.body
  %acc.02676 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1141, %p2.body ]
  %acc1.02675 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1147, %p2.body ]
  %acc2.02674 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1153, %p2.body ]
  %acc3.02673 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1159, %p2.body ]
  %acc4.02672 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1165, %p2.body ]
  %acc5.02671 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1171, %p2.body ]
  %acc6.02670 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1177, %p2.body ]
  %acc7.02669 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1183, %p2.body ]
  %p2.addr.02668 = phi i64 [ 0, %p2.head.preheader ], [ %p2.next, %p2.body ]
  %.idx2623 = shl nuw nsw i64 %p2.addr.02668, 8
  %gep2667 = getelementptr inbounds i8, ptr %invariant.gep2666, i64 %.idx2623
  %1134 = load <16 x float>, ptr %gep2667, align 4
  %1135 = add nuw nsw i64 %p2.addr.02668, %1117
  %1136 = or disjoint i64 %1135, 4096
  %1137 = getelementptr inbounds float, ptr %Bk, i64 %1136
  %1138 = load float, ptr %1137, align 4
  %1139 = insertelement <16 x float> poison, float %1138, i64 0
  %1140 = shufflevector <16 x float> %1139, <16 x float> poison, <16 x i32> zeroinitializer
  %1141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1140, <16 x float> %1134, <16 x float> %acc.02676)
  %1142 = or disjoint i64 %1135, 4128
  %1143 = getelementptr inbounds float, ptr %Bk, i64 %1142
  %1144 = load float, ptr %1143, align 4
  %1145 = insertelement <16 x float> poison, float %1144, i64 0
  %1146 = shufflevector <16 x float> %1145, <16 x float> poison, <16 x i32> zeroinitializer
  %1147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1146, <16 x float> %1134, <16 x float> %acc1.02675)
  %1148 = or disjoint i64 %1135, 4160
  %1149 = getelementptr inbounds float, ptr %Bk, i64 %1148
  %1150 = load float, ptr %1149, align 4
  %1151 = insertelement <16 x float> poison, float %1150, i64 0
  %1152 = shufflevector <16 x float> %1151, <16 x float> poison, <16 x i32> zeroinitializer
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1152, <16 x float> %1134, <16 x float> %acc2.02674)
  %1154 = or disjoint i64 %1135, 4192
  %1155 = getelementptr inbounds float, ptr %Bk, i64 %1154
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <16 x float> poison, float %1156, i64 0
  %1158 = shufflevector <16 x float> %1157, <16 x float> poison, <16 x i32> zeroinitializer
  %1159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1134, <16 x float> %acc3.02673)
  %1160 = or disjoint i64 %1135, 4224
  %1161 = getelementptr inbounds float, ptr %Bk, i64 %1160
  %1162 = load float, ptr %1161, align 4
  %1163 = insertelement <16 x float> poison, float %1162, i64 0
  %1164 = shufflevector <16 x float> %1163, <16 x float> poison, <16 x i32> zeroinitializer
  %1165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1164, <16 x float> %1134, <16 x float> %acc4.02672)
  %1166 = or disjoint i64 %1135, 4256
  %1167 = getelementptr inbounds float, ptr %Bk, i64 %1166
  %1168 = load float, ptr %1167, align 4
  %1169 = insertelement <16 x float> poison, float %1168, i64 0
  %1170 = shufflevector <16 x float> %1169, <16 x float> poison, <16 x i32> zeroinitializer
  %1171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1170, <16 x float> %1134, <16 x float> %acc5.02671)
  %1172 = or disjoint i64 %1135, 4288
  %1173 = getelementptr inbounds float, ptr %Bk, i64 %1172
  %1174 = load float, ptr %1173, align 4
  %1175 = insertelement <16 x float> poison, float %1174, i64 0
  %1176 = shufflevector <16 x float> %1175, <16 x float> poison, <16 x i32> zeroinitializer
  %1177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1176, <16 x float> %1134, <16 x float> %acc6.02670)
  %1178 = or disjoint i64 %1135, 4320
  %1179 = getelementptr inbounds float, ptr %Bk, i64 %1178
  %1180 = load float, ptr %1179, align 4
  %1181 = insertelement <16 x float> poison, float %1180, i64 0
  %1182 = shufflevector <16 x float> %1181, <16 x float> poison, <16 x i32> zeroinitializer
  %1183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1182, <16 x float> %1134, <16 x float> %acc7.02669)
  %p2.next = add nuw nsw i64 %p2.addr.02668, 1
  %exitcond3137.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond3137.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  %1184 = getelementptr inbounds float, ptr %1118, i64 %j15.addr.02677
  store <16 x float> %1141, ptr %1184, align 4
  %1185 = getelementptr inbounds float, ptr %1121, i64 %j15.addr.02677
  store <16 x float> %1147, ptr %1185, align 4
  %1186 = getelementptr inbounds float, ptr %1123, i64 %j15.addr.02677
  store <16 x float> %1153, ptr %1186, align 4
  %1187 = getelementptr inbounds float, ptr %1125, i64 %j15.addr.02677
  store <16 x float> %1159, ptr %1187, align 4
  %1188 = getelementptr inbounds float, ptr %1127, i64 %j15.addr.02677
  store <16 x float> %1165, ptr %1188, align 4
  %1189 = getelementptr inbounds float, ptr %1129, i64 %j15.addr.02677
  store <16 x float> %1171, ptr %1189, align 4
  %1190 = getelementptr inbounds float, ptr %1131, i64 %j15.addr.02677
  store <16 x float> %1177, ptr %1190, align 4
  %1191 = getelementptr inbounds float, ptr %1133, i64 %j15.addr.02677
  store <16 x float> %1183, ptr %1191, align 4
  %j15.next = add nuw nsw i64 %j15.addr.02677, 16
  %1192 = icmp ult i64 %j15.next, %1116
  br i1 %1192, label %p2.head.preheader, label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02696 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %1193 = shl nuw nsw i64 %i16.addr.02696, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02695 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1212, %p3.body ]
  %acc9.02694 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1213, %p3.body ]
  %acc10.02693 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1214, %p3.body ]
  %acc11.02692 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1215, %p3.body ]
  %acc12.02691 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1221, %p3.body ]
  %acc13.02690 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1222, %p3.body ]
  %acc14.02689 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1223, %p3.body ]
  %acc15.02688 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1224, %p3.body ]
  %acc16.02687 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1230, %p3.body ]
  %acc17.02686 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1231, %p3.body ]
  %acc18.02685 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1232, %p3.body ]
  %acc19.02684 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1233, %p3.body ]
  %acc20.02683 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1239, %p3.body ]
  %acc21.02682 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1240, %p3.body ]
  %acc22.02681 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1241, %p3.body ]
  %acc23.02680 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1242, %p3.body ]
  %p3.addr.02679 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %1194 = shl nuw nsw i64 %p3.addr.02679, 6
  %1195 = getelementptr inbounds float, ptr %work, i64 %1194
  %1196 = load <16 x float>, ptr %1195, align 4
  %1197 = or disjoint i64 %1194, 16
  %1198 = getelementptr inbounds float, ptr %work, i64 %1197
  %1199 = load <16 x float>, ptr %1198, align 4
  %1200 = or disjoint i64 %1194, 32
  %1201 = getelementptr inbounds float, ptr %work, i64 %1200
  %1202 = load <16 x float>, ptr %1201, align 4
  %1203 = or disjoint i64 %1194, 48
  %1204 = getelementptr inbounds float, ptr %work, i64 %1203
  %1205 = load <16 x float>, ptr %1204, align 4
  %1206 = add nuw nsw i64 %p3.addr.02679, %1193
  %1207 = or disjoint i64 %1206, 4096
  %1208 = getelementptr inbounds float, ptr %Bk, i64 %1207
  %1209 = load float, ptr %1208, align 4
  %1210 = insertelement <16 x float> poison, float %1209, i64 0
  %1211 = shufflevector <16 x float> %1210, <16 x float> poison, <16 x i32> zeroinitializer
  %1212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1196, <16 x float> %acc8.02695)
  %1213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1199, <16 x float> %acc9.02694)
  %1214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1202, <16 x float> %acc10.02693)
  %1215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1205, <16 x float> %acc11.02692)
  %1216 = or disjoint i64 %1206, 4128
  %1217 = getelementptr inbounds float, ptr %Bk, i64 %1216
  %1218 = load float, ptr %1217, align 4
  %1219 = insertelement <16 x float> poison, float %1218, i64 0
  %1220 = shufflevector <16 x float> %1219, <16 x float> poison, <16 x i32> zeroinitializer
  %1221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1196, <16 x float> %acc12.02691)
  %1222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1199, <16 x float> %acc13.02690)
  %1223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1202, <16 x float> %acc14.02689)
  %1224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1205, <16 x float> %acc15.02688)
  %1225 = or disjoint i64 %1206, 4160
  %1226 = getelementptr inbounds float, ptr %Bk, i64 %1225
  %1227 = load float, ptr %1226, align 4
  %1228 = insertelement <16 x float> poison, float %1227, i64 0
  %1229 = shufflevector <16 x float> %1228, <16 x float> poison, <16 x i32> zeroinitializer
  %1230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1196, <16 x float> %acc16.02687)
  %1231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1199, <16 x float> %acc17.02686)
  %1232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1202, <16 x float> %acc18.02685)
  %1233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1205, <16 x float> %acc19.02684)
  %1234 = or disjoint i64 %1206, 4192
  %1235 = getelementptr inbounds float, ptr %Bk, i64 %1234
  %1236 = load float, ptr %1235, align 4
  %1237 = insertelement <16 x float> poison, float %1236, i64 0
  %1238 = shufflevector <16 x float> %1237, <16 x float> poison, <16 x i32> zeroinitializer
  %1239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1196, <16 x float> %acc20.02683)
  %1240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1199, <16 x float> %acc21.02682)
  %1241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1202, <16 x float> %acc22.02681)
  %1242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1205, <16 x float> %acc23.02680)
  %p3.next = add nuw nsw i64 %p3.addr.02679, 1
  %exitcond3138.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3138.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1243 = shl nuw nsw i64 %i16.addr.02696, 6
  %1244 = getelementptr inbounds float, ptr %KSdS, i64 %1243
  store <16 x float> %1212, ptr %1244, align 4
  %1245 = or disjoint i64 %1243, 16
  %1246 = getelementptr inbounds float, ptr %KSdS, i64 %1245
  store <16 x float> %1213, ptr %1246, align 4
  %1247 = or disjoint i64 %1243, 32
  %1248 = getelementptr inbounds float, ptr %KSdS, i64 %1247
  store <16 x float> %1214, ptr %1248, align 4
  %1249 = or disjoint i64 %1243, 48
  %1250 = getelementptr inbounds float, ptr %KSdS, i64 %1249
  store <16 x float> %1215, ptr %1250, align 4
  %1251 = or disjoint i64 %1243, 64
  %1252 = getelementptr inbounds float, ptr %KSdS, i64 %1251
  store <16 x float> %1221, ptr %1252, align 4
  %1253 = or disjoint i64 %1243, 80
  %1254 = getelementptr inbounds float, ptr %KSdS, i64 %1253
  store <16 x float> %1222, ptr %1254, align 4
  %1255 = or disjoint i64 %1243, 96
  %1256 = getelementptr inbounds float, ptr %KSdS, i64 %1255
  store <16 x float> %1223, ptr %1256, align 4
  %1257 = or disjoint i64 %1243, 112
  %1258 = getelementptr inbounds float, ptr %KSdS, i64 %1257
  store <16 x float> %1224, ptr %1258, align 4
  %1259 = or disjoint i64 %1243, 128
  %1260 = getelementptr inbounds float, ptr %KSdS, i64 %1259
  store <16 x float> %1230, ptr %1260, align 4
  %1261 = or disjoint i64 %1243, 144
  %1262 = getelementptr inbounds float, ptr %KSdS, i64 %1261
  store <16 x float> %1231, ptr %1262, align 4
  %1263 = or disjoint i64 %1243, 160
  %1264 = getelementptr inbounds float, ptr %KSdS, i64 %1263
  store <16 x float> %1232, ptr %1264, align 4
  %1265 = or disjoint i64 %1243, 176
  %1266 = getelementptr inbounds float, ptr %KSdS, i64 %1265
  store <16 x float> %1233, ptr %1266, align 4
  %1267 = or disjoint i64 %1243, 192
  %1268 = getelementptr inbounds float, ptr %KSdS, i64 %1267
  store <16 x float> %1239, ptr %1268, align 4
  %1269 = or disjoint i64 %1243, 208
  %1270 = getelementptr inbounds float, ptr %KSdS, i64 %1269
  store <16 x float> %1240, ptr %1270, align 4
  %1271 = or disjoint i64 %1243, 224
  %1272 = getelementptr inbounds float, ptr %KSdS, i64 %1271
  store <16 x float> %1241, ptr %1272, align 4
  %1273 = or disjoint i64 %1243, 240
  %1274 = getelementptr inbounds float, ptr %KSdS, i64 %1273
  store <16 x float> %1242, ptr %1274, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02696, 4
  %1275 = icmp ult i64 %i16.addr.02696, 60
  br i1 %1275, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02698 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2933 = shl nsw i64 %i17.addr.02698, 7
  %1276 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933
  %1277 = load <16 x float>, ptr %1276, align 4
  %.idx2934 = shl nsw i64 %i17.addr.02698, 8
  %1278 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934
  %1279 = load <16 x float>, ptr %1278, align 4
  %1280 = fsub <16 x float> %1277, %1279
  store <16 x float> %1280, ptr %1276, align 4
  %1281 = getelementptr inbounds i8, ptr %23, i64 %.idx2933
  %1282 = load <16 x float>, ptr %1281, align 4
  %1283 = getelementptr inbounds i8, ptr %24, i64 %.idx2934
  %1284 = load <16 x float>, ptr %1283, align 4
  %1285 = fsub <16 x float> %1282, %1284
  store <16 x float> %1285, ptr %1281, align 4
  %i17.next = or disjoint i64 %i17.addr.02698, 1
  %.idx2933.1 = shl nsw i64 %i17.next, 7
  %1286 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933.1
  %1287 = load <16 x float>, ptr %1286, align 4
  %.idx2934.1 = shl nsw i64 %i17.next, 8
  %1288 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934.1
  %1289 = load <16 x float>, ptr %1288, align 4
  %1290 = fsub <16 x float> %1287, %1289
  store <16 x float> %1290, ptr %1286, align 4
  %1291 = getelementptr inbounds i8, ptr %23, i64 %.idx2933.1
  %1292 = load <16 x float>, ptr %1291, align 4
  %1293 = getelementptr inbounds i8, ptr %24, i64 %.idx2934.1
  %1294 = load <16 x float>, ptr %1293, align 4
  %1295 = fsub <16 x float> %1292, %1294
  store <16 x float> %1295, ptr %1291, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02698, 2
  %.idx2933.2 = shl nsw i64 %i17.next.1, 7
  %1296 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933.2
  %1297 = load <16 x float>, ptr %1296, align 4
  %.idx2934.2 = shl nsw i64 %i17.next.1, 8
  %1298 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934.2
  %1299 = load <16 x float>, ptr %1298, align 4
  %1300 = fsub <16 x float> %1297, %1299
  store <16 x float> %1300, ptr %1296, align 4
  %1301 = getelementptr inbounds i8, ptr %23, i64 %.idx2933.2
  %1302 = load <16 x float>, ptr %1301, align 4
  %1303 = getelementptr inbounds i8, ptr %24, i64 %.idx2934.2
  %1304 = load <16 x float>, ptr %1303, align 4
  %1305 = fsub <16 x float> %1302, %1304
  store <16 x float> %1305, ptr %1301, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02698, 3
  %.idx2933.3 = shl nsw i64 %i17.next.2, 7
  %1306 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933.3
  %1307 = load <16 x float>, ptr %1306, align 4
  %.idx2934.3 = shl nsw i64 %i17.next.2, 8
  %1308 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934.3
  %1309 = load <16 x float>, ptr %1308, align 4
  %1310 = fsub <16 x float> %1307, %1309
  store <16 x float> %1310, ptr %1306, align 4
  %1311 = getelementptr inbounds i8, ptr %23, i64 %.idx2933.3
  %1312 = load <16 x float>, ptr %1311, align 4
  %1313 = getelementptr inbounds i8, ptr %24, i64 %.idx2934.3
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = fsub <16 x float> %1312, %1314
  store <16 x float> %1315, ptr %1311, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02698, 4
  %exitcond3139.not.3 = icmp eq i64 %i17.next.3, 64
  br i1 %exitcond3139.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02715 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1316 = shl nuw nsw i64 %ib.addr.02715, 2
  %umax3700 = tail call i64 @llvm.umax.i64(i64 %1316, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02715, 2
  %.not2935 = icmp eq i64 %ib.addr.02715, 0
  br i1 %.not2935, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2621 = shl nuw nsw i64 %ib.addr.02715, 10
  %1317 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2621
  %1318 = shl nuw nsw i64 %ib.addr.02715, 8
  %1319 = or disjoint i64 %1318, 64
  %1320 = getelementptr inbounds float, ptr %Gm, i64 %1319
  %1321 = or disjoint i64 %1318, 128
  %1322 = getelementptr inbounds float, ptr %Gm, i64 %1321
  %1323 = or disjoint i64 %1318, 192
  %1324 = getelementptr inbounds float, ptr %Gm, i64 %1323
  %xtraiter = and i64 %umax3700, 1
  %1325 = icmp eq i64 %umax3700, 1
  br i1 %1325, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3700, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02707 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1366, %j17.body ]
  %acc25.02706 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1367, %j17.body ]
  %acc26.02705 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1372, %j17.body ]
  %acc27.02704 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1373, %j17.body ]
  %acc28.02703 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1378, %j17.body ]
  %acc29.02702 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1379, %j17.body ]
  %acc30.02701 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1384, %j17.body ]
  %acc31.02700 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1385, %j17.body ]
  %j17.addr.02699 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1326 = shl nsw i64 %j17.addr.02699, 5
  %1327 = getelementptr inbounds float, ptr %Vn, i64 %1326
  %1328 = load <16 x float>, ptr %1327, align 4
  %1329 = or disjoint i64 %1326, 16
  %1330 = getelementptr inbounds float, ptr %Vn, i64 %1329
  %1331 = load <16 x float>, ptr %1330, align 4
  %1332 = getelementptr inbounds float, ptr %1317, i64 %j17.addr.02699
  %1333 = load float, ptr %1332, align 4
  %1334 = insertelement <16 x float> poison, float %1333, i64 0
  %1335 = shufflevector <16 x float> %1334, <16 x float> poison, <16 x i32> zeroinitializer
  %1336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1335, <16 x float> %1328, <16 x float> %acc24.02707)
  %1337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1335, <16 x float> %1331, <16 x float> %acc25.02706)
  %1338 = getelementptr inbounds float, ptr %1320, i64 %j17.addr.02699
  %1339 = load float, ptr %1338, align 4
  %1340 = insertelement <16 x float> poison, float %1339, i64 0
  %1341 = shufflevector <16 x float> %1340, <16 x float> poison, <16 x i32> zeroinitializer
  %1342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1341, <16 x float> %1328, <16 x float> %acc26.02705)
  %1343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1341, <16 x float> %1331, <16 x float> %acc27.02704)
  %1344 = getelementptr inbounds float, ptr %1322, i64 %j17.addr.02699
  %1345 = load float, ptr %1344, align 4
  %1346 = insertelement <16 x float> poison, float %1345, i64 0
  %1347 = shufflevector <16 x float> %1346, <16 x float> poison, <16 x i32> zeroinitializer
  %1348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1328, <16 x float> %acc28.02703)
  %1349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1331, <16 x float> %acc29.02702)
  %1350 = getelementptr inbounds float, ptr %1324, i64 %j17.addr.02699
  %1351 = load float, ptr %1350, align 4
  %1352 = insertelement <16 x float> poison, float %1351, i64 0
  %1353 = shufflevector <16 x float> %1352, <16 x float> poison, <16 x i32> zeroinitializer
  %1354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1353, <16 x float> %1328, <16 x float> %acc30.02701)
  %1355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1353, <16 x float> %1331, <16 x float> %acc31.02700)
  %j17.next = or disjoint i64 %j17.addr.02699, 1
  %1356 = shl nsw i64 %j17.next, 5
  %1357 = getelementptr inbounds float, ptr %Vn, i64 %1356
  %1358 = load <16 x float>, ptr %1357, align 4
  %1359 = or disjoint i64 %1356, 16
  %1360 = getelementptr inbounds float, ptr %Vn, i64 %1359
  %1361 = load <16 x float>, ptr %1360, align 4
  %1362 = getelementptr inbounds float, ptr %1317, i64 %j17.next
  %1363 = load float, ptr %1362, align 4
  %1364 = insertelement <16 x float> poison, float %1363, i64 0
  %1365 = shufflevector <16 x float> %1364, <16 x float> poison, <16 x i32> zeroinitializer
  %1366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1365, <16 x float> %1358, <16 x float> %1336)
  %1367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1365, <16 x float> %1361, <16 x float> %1337)
  %1368 = getelementptr inbounds float, ptr %1320, i64 %j17.next
  %1369 = load float, ptr %1368, align 4
  %1370 = insertelement <16 x float> poison, float %1369, i64 0
  %1371 = shufflevector <16 x float> %1370, <16 x float> poison, <16 x i32> zeroinitializer
  %1372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1358, <16 x float> %1342)
  %1373 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1361, <16 x float> %1343)
  %1374 = getelementptr inbounds float, ptr %1322, i64 %j17.next
  %1375 = load float, ptr %1374, align 4
  %1376 = insertelement <16 x float> poison, float %1375, i64 0
  %1377 = shufflevector <16 x float> %1376, <16 x float> poison, <16 x i32> zeroinitializer
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1358, <16 x float> %1348)
  %1379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1361, <16 x float> %1349)
  %1380 = getelementptr inbounds float, ptr %1324, i64 %j17.next
  %1381 = load float, ptr %1380, align 4
  %1382 = insertelement <16 x float> poison, float %1381, i64 0
  %1383 = shufflevector <16 x float> %1382, <16 x float> poison, <16 x i32> zeroinitializer
  %1384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1383, <16 x float> %1358, <16 x float> %1354)
  %1385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1383, <16 x float> %1361, <16 x float> %1355)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02699, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3571.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1366, %j17.body ]
  %.lcssa3570.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1367, %j17.body ]
  %.lcssa3569.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1372, %j17.body ]
  %.lcssa3568.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1373, %j17.body ]
  %.lcssa3567.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1378, %j17.body ]
  %.lcssa3566.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1379, %j17.body ]
  %.lcssa3565.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1384, %j17.body ]
  %.lcssa3564.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1385, %j17.body ]
  %acc24.02707.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1366, %j17.body ]
  %acc25.02706.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1367, %j17.body ]
  %acc26.02705.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1372, %j17.body ]
  %acc27.02704.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1373, %j17.body ]
  %acc28.02703.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1378, %j17.body ]
  %acc29.02702.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1379, %j17.body ]
  %acc30.02701.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1384, %j17.body ]
  %acc31.02700.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1385, %j17.body ]
  %j17.addr.02699.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1386 = shl nsw i64 %j17.addr.02699.unr, 5
  %1387 = getelementptr inbounds float, ptr %Vn, i64 %1386
  %1388 = load <16 x float>, ptr %1387, align 4
  %1389 = or disjoint i64 %1386, 16
  %1390 = getelementptr inbounds float, ptr %Vn, i64 %1389
  %1391 = load <16 x float>, ptr %1390, align 4
  %1392 = getelementptr inbounds float, ptr %1317, i64 %j17.addr.02699.unr
  %1393 = load float, ptr %1392, align 4
  %1394 = insertelement <16 x float> poison, float %1393, i64 0
  %1395 = shufflevector <16 x float> %1394, <16 x float> poison, <16 x i32> zeroinitializer
  %1396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1395, <16 x float> %1388, <16 x float> %acc24.02707.unr)
  %1397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1395, <16 x float> %1391, <16 x float> %acc25.02706.unr)
  %1398 = getelementptr inbounds float, ptr %1320, i64 %j17.addr.02699.unr
  %1399 = load float, ptr %1398, align 4
  %1400 = insertelement <16 x float> poison, float %1399, i64 0
  %1401 = shufflevector <16 x float> %1400, <16 x float> poison, <16 x i32> zeroinitializer
  %1402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1388, <16 x float> %acc26.02705.unr)
  %1403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1391, <16 x float> %acc27.02704.unr)
  %1404 = getelementptr inbounds float, ptr %1322, i64 %j17.addr.02699.unr
  %1405 = load float, ptr %1404, align 4
  %1406 = insertelement <16 x float> poison, float %1405, i64 0
  %1407 = shufflevector <16 x float> %1406, <16 x float> poison, <16 x i32> zeroinitializer
  %1408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1407, <16 x float> %1388, <16 x float> %acc28.02703.unr)
  %1409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1407, <16 x float> %1391, <16 x float> %acc29.02702.unr)
  %1410 = getelementptr inbounds float, ptr %1324, i64 %j17.addr.02699.unr
  %1411 = load float, ptr %1410, align 4
  %1412 = insertelement <16 x float> poison, float %1411, i64 0
  %1413 = shufflevector <16 x float> %1412, <16 x float> poison, <16 x i32> zeroinitializer
  %1414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1413, <16 x float> %1388, <16 x float> %acc30.02701.unr)
  %1415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1413, <16 x float> %1391, <16 x float> %acc31.02700.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3564.ph, %j17.exit.loopexit.unr-lcssa ], [ %1415, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3565.ph, %j17.exit.loopexit.unr-lcssa ], [ %1414, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3566.ph, %j17.exit.loopexit.unr-lcssa ], [ %1409, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3567.ph, %j17.exit.loopexit.unr-lcssa ], [ %1408, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3568.ph, %j17.exit.loopexit.unr-lcssa ], [ %1403, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3569.ph, %j17.exit.loopexit.unr-lcssa ], [ %1402, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3570.ph, %j17.exit.loopexit.unr-lcssa ], [ %1397, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3571.ph, %j17.exit.loopexit.unr-lcssa ], [ %1396, %j17.body.epil ]
  %1416 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1417 = load float, ptr %1416, align 4
  %1418 = shl nuw nsw i64 %ib.addr.02715, 7
  %1419 = getelementptr inbounds float, ptr %Rr, i64 %1418
  %1420 = load <16 x float>, ptr %1419, align 4
  %1421 = fsub <16 x float> %1420, %acc24.0.lcssa
  store <16 x float> %1421, ptr %1419, align 4
  %1422 = insertelement <16 x float> poison, float %1417, i64 0
  %1423 = shufflevector <16 x float> %1422, <16 x float> poison, <16 x i32> zeroinitializer
  %1424 = fmul <16 x float> %1423, %1421
  %1425 = getelementptr inbounds float, ptr %Vn, i64 %1418
  store <16 x float> %1424, ptr %1425, align 4
  %1426 = mul nuw nsw i64 %ib.addr.02715, 768
  %1427 = getelementptr inbounds float, ptr %Ak, i64 %1426
  store <16 x float> %1424, ptr %1427, align 4
  %1428 = or disjoint i64 %1418, 16
  %1429 = getelementptr inbounds float, ptr %Rr, i64 %1428
  %1430 = load <16 x float>, ptr %1429, align 4
  %1431 = fsub <16 x float> %1430, %acc25.0.lcssa
  store <16 x float> %1431, ptr %1429, align 4
  %1432 = fmul <16 x float> %1423, %1431
  %1433 = getelementptr inbounds float, ptr %Vn, i64 %1428
  store <16 x float> %1432, ptr %1433, align 4
  %1434 = or disjoint i64 %1426, 16
  %1435 = getelementptr inbounds float, ptr %Ak, i64 %1434
  store <16 x float> %1432, ptr %1435, align 4
  %i18 = or disjoint i64 %i0, 1
  %.idx2936 = shl nsw i64 %i18, 8
  %1436 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2936
  %1437 = getelementptr inbounds float, ptr %1436, i64 %i0
  %1438 = load float, ptr %1437, align 4
  %1439 = insertelement <16 x float> poison, float %1438, i64 0
  %1440 = shufflevector <16 x float> %1439, <16 x float> poison, <16 x i32> zeroinitializer
  %1441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1440, <16 x float> %1424, <16 x float> %acc26.0.lcssa)
  %1442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1440, <16 x float> %1432, <16 x float> %acc27.0.lcssa)
  %1443 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1444 = load float, ptr %1443, align 4
  %1445 = shl nuw nsw i64 %i18, 5
  %1446 = getelementptr inbounds float, ptr %Rr, i64 %1445
  %1447 = load <16 x float>, ptr %1446, align 4
  %1448 = fsub <16 x float> %1447, %1441
  store <16 x float> %1448, ptr %1446, align 4
  %1449 = insertelement <16 x float> poison, float %1444, i64 0
  %1450 = shufflevector <16 x float> %1449, <16 x float> poison, <16 x i32> zeroinitializer
  %1451 = fmul <16 x float> %1450, %1448
  %1452 = getelementptr inbounds float, ptr %Vn, i64 %1445
  store <16 x float> %1451, ptr %1452, align 4
  %1453 = mul nuw nsw i64 %i18, 192
  %1454 = getelementptr inbounds float, ptr %Ak, i64 %1453
  store <16 x float> %1451, ptr %1454, align 4
  %1455 = or disjoint i64 %1445, 16
  %1456 = getelementptr inbounds float, ptr %Rr, i64 %1455
  %1457 = load <16 x float>, ptr %1456, align 4
  %1458 = fsub <16 x float> %1457, %1442
  store <16 x float> %1458, ptr %1456, align 4
  %1459 = fmul <16 x float> %1450, %1458
  %1460 = getelementptr inbounds float, ptr %Vn, i64 %1455
  store <16 x float> %1459, ptr %1460, align 4
  %1461 = or disjoint i64 %1453, 16
  %1462 = getelementptr inbounds float, ptr %Ak, i64 %1461
  store <16 x float> %1459, ptr %1462, align 4
  %i19 = or disjoint i64 %i0, 2
  %1463 = shl nuw nsw i64 %i19, 6
  %1464 = or disjoint i64 %1463, %i0
  %1465 = getelementptr inbounds float, ptr %Gm, i64 %1464
  %1466 = load float, ptr %1465, align 4
  %1467 = insertelement <16 x float> poison, float %1466, i64 0
  %1468 = shufflevector <16 x float> %1467, <16 x float> poison, <16 x i32> zeroinitializer
  %1469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1468, <16 x float> %1424, <16 x float> %acc28.0.lcssa)
  %1470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1468, <16 x float> %1432, <16 x float> %acc29.0.lcssa)
  %1471 = or disjoint i64 %1463, %i18
  %1472 = getelementptr inbounds float, ptr %Gm, i64 %1471
  %1473 = load float, ptr %1472, align 4
  %1474 = insertelement <16 x float> poison, float %1473, i64 0
  %1475 = shufflevector <16 x float> %1474, <16 x float> poison, <16 x i32> zeroinitializer
  %1476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1475, <16 x float> %1451, <16 x float> %1469)
  %1477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1475, <16 x float> %1459, <16 x float> %1470)
  %1478 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1479 = load float, ptr %1478, align 4
  %1480 = shl nuw nsw i64 %i19, 5
  %1481 = getelementptr inbounds float, ptr %Rr, i64 %1480
  %1482 = load <16 x float>, ptr %1481, align 4
  %1483 = fsub <16 x float> %1482, %1476
  store <16 x float> %1483, ptr %1481, align 4
  %1484 = insertelement <16 x float> poison, float %1479, i64 0
  %1485 = shufflevector <16 x float> %1484, <16 x float> poison, <16 x i32> zeroinitializer
  %1486 = fmul <16 x float> %1485, %1483
  %1487 = getelementptr inbounds float, ptr %Vn, i64 %1480
  store <16 x float> %1486, ptr %1487, align 4
  %1488 = mul nuw nsw i64 %i19, 192
  %1489 = getelementptr inbounds float, ptr %Ak, i64 %1488
  store <16 x float> %1486, ptr %1489, align 4
  %1490 = or disjoint i64 %1480, 16
  %1491 = getelementptr inbounds float, ptr %Rr, i64 %1490
  %1492 = load <16 x float>, ptr %1491, align 4
  %1493 = fsub <16 x float> %1492, %1477
  store <16 x float> %1493, ptr %1491, align 4
  %1494 = fmul <16 x float> %1485, %1493
  %1495 = getelementptr inbounds float, ptr %Vn, i64 %1490
  store <16 x float> %1494, ptr %1495, align 4
  %1496 = or disjoint i64 %1488, 16
  %1497 = getelementptr inbounds float, ptr %Ak, i64 %1496
  store <16 x float> %1494, ptr %1497, align 4
  %i20 = or disjoint i64 %i0, 3
  %1498 = shl nuw nsw i64 %i20, 6
  %1499 = or disjoint i64 %1498, %i0
  %1500 = getelementptr inbounds float, ptr %Gm, i64 %1499
  %1501 = load float, ptr %1500, align 4
  %1502 = insertelement <16 x float> poison, float %1501, i64 0
  %1503 = shufflevector <16 x float> %1502, <16 x float> poison, <16 x i32> zeroinitializer
  %1504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1503, <16 x float> %1424, <16 x float> %acc30.0.lcssa)
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1503, <16 x float> %1432, <16 x float> %acc31.0.lcssa)
  %1506 = or disjoint i64 %1498, %i18
  %1507 = getelementptr inbounds float, ptr %Gm, i64 %1506
  %1508 = load float, ptr %1507, align 4
  %1509 = insertelement <16 x float> poison, float %1508, i64 0
  %1510 = shufflevector <16 x float> %1509, <16 x float> poison, <16 x i32> zeroinitializer
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1451, <16 x float> %1504)
  %1512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1459, <16 x float> %1505)
  %1513 = or disjoint i64 %1498, %i19
  %1514 = getelementptr inbounds float, ptr %Gm, i64 %1513
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <16 x float> poison, float %1515, i64 0
  %1517 = shufflevector <16 x float> %1516, <16 x float> poison, <16 x i32> zeroinitializer
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1486, <16 x float> %1511)
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1494, <16 x float> %1512)
  %1520 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1521 = load float, ptr %1520, align 4
  %1522 = shl nuw nsw i64 %i20, 5
  %1523 = getelementptr inbounds float, ptr %Rr, i64 %1522
  %1524 = load <16 x float>, ptr %1523, align 4
  %1525 = fsub <16 x float> %1524, %1518
  store <16 x float> %1525, ptr %1523, align 4
  %1526 = insertelement <16 x float> poison, float %1521, i64 0
  %1527 = shufflevector <16 x float> %1526, <16 x float> poison, <16 x i32> zeroinitializer
  %1528 = fmul <16 x float> %1527, %1525
  %1529 = getelementptr inbounds float, ptr %Vn, i64 %1522
  store <16 x float> %1528, ptr %1529, align 4
  %1530 = mul nuw nsw i64 %i20, 192
  %1531 = getelementptr inbounds float, ptr %Ak, i64 %1530
  store <16 x float> %1528, ptr %1531, align 4
  %1532 = or disjoint i64 %1522, 16
  %1533 = getelementptr inbounds float, ptr %Rr, i64 %1532
  %1534 = load <16 x float>, ptr %1533, align 4
  %1535 = fsub <16 x float> %1534, %1519
  store <16 x float> %1535, ptr %1533, align 4
  %1536 = fmul <16 x float> %1527, %1535
  %1537 = getelementptr inbounds float, ptr %Vn, i64 %1532
  store <16 x float> %1536, ptr %1537, align 4
  %1538 = or disjoint i64 %1530, 16
  %1539 = getelementptr inbounds float, ptr %Ak, i64 %1538
  store <16 x float> %1536, ptr %1539, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02715, 1
  %exitcond3141.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond3141.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i21.addr.02717 = phi i64 [ %i21.next, %j18.exit ], [ 0, %j17.exit ]
  %1540 = shl nuw nsw i64 %i21.addr.02717, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1541 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02716 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1542 = or disjoint i64 %j18.addr.02716, %1540
  %1543 = getelementptr inbounds float, ptr %Vn, i64 %1542
  %1544 = load <16 x float>, ptr %1543, align 4
  %1545 = or disjoint i64 %1542, 256
  %1546 = getelementptr inbounds float, ptr %Vn, i64 %1545
  %1547 = load <16 x float>, ptr %1546, align 4
  %1548 = or disjoint i64 %1542, 32
  %1549 = getelementptr inbounds float, ptr %Vn, i64 %1548
  %1550 = load <16 x float>, ptr %1549, align 4
  %1551 = or disjoint i64 %1542, 288
  %1552 = getelementptr inbounds float, ptr %Vn, i64 %1551
  %1553 = load <16 x float>, ptr %1552, align 4
  %1554 = or disjoint i64 %1542, 64
  %1555 = getelementptr inbounds float, ptr %Vn, i64 %1554
  %1556 = load <16 x float>, ptr %1555, align 4
  %1557 = or disjoint i64 %1542, 320
  %1558 = getelementptr inbounds float, ptr %Vn, i64 %1557
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = or disjoint i64 %1542, 96
  %1561 = getelementptr inbounds float, ptr %Vn, i64 %1560
  %1562 = load <16 x float>, ptr %1561, align 4
  %1563 = or disjoint i64 %1542, 352
  %1564 = getelementptr inbounds float, ptr %Vn, i64 %1563
  %1565 = load <16 x float>, ptr %1564, align 4
  %1566 = or disjoint i64 %1542, 128
  %1567 = getelementptr inbounds float, ptr %Vn, i64 %1566
  %1568 = load <16 x float>, ptr %1567, align 4
  %1569 = or disjoint i64 %1542, 384
  %1570 = getelementptr inbounds float, ptr %Vn, i64 %1569
  %1571 = load <16 x float>, ptr %1570, align 4
  %1572 = or disjoint i64 %1542, 160
  %1573 = getelementptr inbounds float, ptr %Vn, i64 %1572
  %1574 = load <16 x float>, ptr %1573, align 4
  %1575 = or disjoint i64 %1542, 416
  %1576 = getelementptr inbounds float, ptr %Vn, i64 %1575
  %1577 = load <16 x float>, ptr %1576, align 4
  %1578 = or disjoint i64 %1542, 192
  %1579 = getelementptr inbounds float, ptr %Vn, i64 %1578
  %1580 = load <16 x float>, ptr %1579, align 4
  %1581 = or disjoint i64 %1542, 448
  %1582 = getelementptr inbounds float, ptr %Vn, i64 %1581
  %1583 = load <16 x float>, ptr %1582, align 4
  %1584 = or disjoint i64 %1542, 224
  %1585 = getelementptr inbounds float, ptr %Vn, i64 %1584
  %1586 = load <16 x float>, ptr %1585, align 4
  %1587 = or disjoint i64 %1542, 480
  %1588 = getelementptr inbounds float, ptr %Vn, i64 %1587
  %1589 = load <16 x float>, ptr %1588, align 4
  %1590 = shufflevector <16 x float> %1544, <16 x float> %1547, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1591 = shufflevector <16 x float> %1568, <16 x float> %1571, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1592 = shufflevector <16 x float> %1550, <16 x float> %1553, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1593 = shufflevector <16 x float> %1574, <16 x float> %1577, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1594 = shufflevector <16 x float> %1556, <16 x float> %1559, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1595 = shufflevector <16 x float> %1580, <16 x float> %1583, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1596 = shufflevector <16 x float> %1562, <16 x float> %1565, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1597 = shufflevector <16 x float> %1586, <16 x float> %1589, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1598 = shufflevector <16 x float> %1544, <16 x float> %1547, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1599 = shufflevector <16 x float> %1568, <16 x float> %1571, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1600 = shufflevector <16 x float> %1550, <16 x float> %1553, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1601 = shufflevector <16 x float> %1574, <16 x float> %1577, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1602 = shufflevector <16 x float> %1556, <16 x float> %1559, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1603 = shufflevector <16 x float> %1580, <16 x float> %1583, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1604 = shufflevector <16 x float> %1562, <16 x float> %1565, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1605 = shufflevector <16 x float> %1586, <16 x float> %1589, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1606 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1607 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1608 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1609 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1610 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1611 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1612 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1613 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1614 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1615 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1616 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1617 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1618 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1619 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1620 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1621 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1622 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1623 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1624 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1625 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1626 = shufflevector <16 x float> %1610, <16 x float> %1611, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1627 = shufflevector <16 x float> %1612, <16 x float> %1613, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1628 = shufflevector <16 x float> %1610, <16 x float> %1611, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1629 = shufflevector <16 x float> %1612, <16 x float> %1613, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1630 = shufflevector <16 x float> %1614, <16 x float> %1615, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1631 = shufflevector <16 x float> %1616, <16 x float> %1617, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1632 = shufflevector <16 x float> %1614, <16 x float> %1615, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1633 = shufflevector <16 x float> %1616, <16 x float> %1617, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1634 = shufflevector <16 x float> %1618, <16 x float> %1619, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1635 = shufflevector <16 x float> %1620, <16 x float> %1621, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1636 = shufflevector <16 x float> %1618, <16 x float> %1619, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1637 = shufflevector <16 x float> %1620, <16 x float> %1621, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1638 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1639 = shl nuw nsw i64 %j18.addr.02716, 6
  %1640 = add nuw nsw i64 %1639, %i21.addr.02717
  %1641 = getelementptr inbounds float, ptr %VnT, i64 %1640
  store <16 x float> %1638, ptr %1641, align 4
  %1642 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1643 = or disjoint i64 %1640, 64
  %1644 = getelementptr inbounds float, ptr %VnT, i64 %1643
  store <16 x float> %1642, ptr %1644, align 4
  %1645 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1646 = or disjoint i64 %1640, 128
  %1647 = getelementptr inbounds float, ptr %VnT, i64 %1646
  store <16 x float> %1645, ptr %1647, align 4
  %1648 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1649 = or disjoint i64 %1640, 192
  %1650 = getelementptr inbounds float, ptr %VnT, i64 %1649
  store <16 x float> %1648, ptr %1650, align 4
  %1651 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1652 = or disjoint i64 %1640, 256
  %1653 = getelementptr inbounds float, ptr %VnT, i64 %1652
  store <16 x float> %1651, ptr %1653, align 4
  %1654 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1655 = or disjoint i64 %1640, 320
  %1656 = getelementptr inbounds float, ptr %VnT, i64 %1655
  store <16 x float> %1654, ptr %1656, align 4
  %1657 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1658 = or disjoint i64 %1640, 384
  %1659 = getelementptr inbounds float, ptr %VnT, i64 %1658
  store <16 x float> %1657, ptr %1659, align 4
  %1660 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1661 = or disjoint i64 %1640, 448
  %1662 = getelementptr inbounds float, ptr %VnT, i64 %1661
  store <16 x float> %1660, ptr %1662, align 4
  %1663 = shufflevector <16 x float> %1630, <16 x float> %1631, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1664 = or disjoint i64 %1640, 512
  %1665 = getelementptr inbounds float, ptr %VnT, i64 %1664
  store <16 x float> %1663, ptr %1665, align 4
  %1666 = shufflevector <16 x float> %1630, <16 x float> %1631, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1667 = or disjoint i64 %1640, 576
  %1668 = getelementptr inbounds float, ptr %VnT, i64 %1667
  store <16 x float> %1666, ptr %1668, align 4
  %1669 = shufflevector <16 x float> %1632, <16 x float> %1633, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1670 = or disjoint i64 %1640, 640
  %1671 = getelementptr inbounds float, ptr %VnT, i64 %1670
  store <16 x float> %1669, ptr %1671, align 4
  %1672 = shufflevector <16 x float> %1632, <16 x float> %1633, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1673 = or disjoint i64 %1640, 704
  %1674 = getelementptr inbounds float, ptr %VnT, i64 %1673
  store <16 x float> %1672, ptr %1674, align 4
  %1675 = shufflevector <16 x float> %1634, <16 x float> %1635, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1676 = or disjoint i64 %1640, 768
  %1677 = getelementptr inbounds float, ptr %VnT, i64 %1676
  store <16 x float> %1675, ptr %1677, align 4
  %1678 = shufflevector <16 x float> %1634, <16 x float> %1635, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1679 = or disjoint i64 %1640, 832
  %1680 = getelementptr inbounds float, ptr %VnT, i64 %1679
  store <16 x float> %1678, ptr %1680, align 4
  %1681 = shufflevector <16 x float> %1636, <16 x float> %1637, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1682 = or disjoint i64 %1640, 896
  %1683 = getelementptr inbounds float, ptr %VnT, i64 %1682
  store <16 x float> %1681, ptr %1683, align 4
  %1684 = shufflevector <16 x float> %1636, <16 x float> %1637, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1685 = or disjoint i64 %1640, 960
  %1686 = getelementptr inbounds float, ptr %VnT, i64 %1685
  store <16 x float> %1684, ptr %1686, align 4
  br i1 %1541, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i21.next = add nuw nsw i64 %i21.addr.02717, 16
  %1687 = icmp ult i64 %i21.addr.02717, 48
  br i1 %1687, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02735 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %1688 = shl nuw nsw i64 %i22.addr.02735, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02734 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1707, %p5.body ]
  %acc33.02733 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1708, %p5.body ]
  %acc34.02732 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1709, %p5.body ]
  %acc35.02731 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1710, %p5.body ]
  %acc36.02730 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1716, %p5.body ]
  %acc37.02729 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1717, %p5.body ]
  %acc38.02728 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1718, %p5.body ]
  %acc39.02727 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1719, %p5.body ]
  %acc40.02726 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1725, %p5.body ]
  %acc41.02725 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1726, %p5.body ]
  %acc42.02724 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1727, %p5.body ]
  %acc43.02723 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1728, %p5.body ]
  %acc44.02722 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1734, %p5.body ]
  %acc45.02721 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1735, %p5.body ]
  %acc46.02720 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1736, %p5.body ]
  %acc47.02719 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1737, %p5.body ]
  %p5.addr.02718 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1689 = shl nuw nsw i64 %p5.addr.02718, 6
  %1690 = getelementptr inbounds float, ptr %QcT, i64 %1689
  %1691 = load <16 x float>, ptr %1690, align 4
  %1692 = or disjoint i64 %1689, 16
  %1693 = getelementptr inbounds float, ptr %QcT, i64 %1692
  %1694 = load <16 x float>, ptr %1693, align 4
  %1695 = or disjoint i64 %1689, 32
  %1696 = getelementptr inbounds float, ptr %QcT, i64 %1695
  %1697 = load <16 x float>, ptr %1696, align 4
  %1698 = or disjoint i64 %1689, 48
  %1699 = getelementptr inbounds float, ptr %QcT, i64 %1698
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = add nuw nsw i64 %p5.addr.02718, %1688
  %1702 = or disjoint i64 %1701, 4096
  %1703 = getelementptr inbounds float, ptr %Bk, i64 %1702
  %1704 = load float, ptr %1703, align 4
  %1705 = insertelement <16 x float> poison, float %1704, i64 0
  %1706 = shufflevector <16 x float> %1705, <16 x float> poison, <16 x i32> zeroinitializer
  %1707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1691, <16 x float> %acc32.02734)
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1694, <16 x float> %acc33.02733)
  %1709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1697, <16 x float> %acc34.02732)
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1700, <16 x float> %acc35.02731)
  %1711 = or disjoint i64 %1701, 4128
  %1712 = getelementptr inbounds float, ptr %Bk, i64 %1711
  %1713 = load float, ptr %1712, align 4
  %1714 = insertelement <16 x float> poison, float %1713, i64 0
  %1715 = shufflevector <16 x float> %1714, <16 x float> poison, <16 x i32> zeroinitializer
  %1716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1691, <16 x float> %acc36.02730)
  %1717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1694, <16 x float> %acc37.02729)
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1697, <16 x float> %acc38.02728)
  %1719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1700, <16 x float> %acc39.02727)
  %1720 = or disjoint i64 %1701, 4160
  %1721 = getelementptr inbounds float, ptr %Bk, i64 %1720
  %1722 = load float, ptr %1721, align 4
  %1723 = insertelement <16 x float> poison, float %1722, i64 0
  %1724 = shufflevector <16 x float> %1723, <16 x float> poison, <16 x i32> zeroinitializer
  %1725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1691, <16 x float> %acc40.02726)
  %1726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1694, <16 x float> %acc41.02725)
  %1727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1697, <16 x float> %acc42.02724)
  %1728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1700, <16 x float> %acc43.02723)
  %1729 = or disjoint i64 %1701, 4192
  %1730 = getelementptr inbounds float, ptr %Bk, i64 %1729
  %1731 = load float, ptr %1730, align 4
  %1732 = insertelement <16 x float> poison, float %1731, i64 0
  %1733 = shufflevector <16 x float> %1732, <16 x float> poison, <16 x i32> zeroinitializer
  %1734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1691, <16 x float> %acc44.02722)
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1694, <16 x float> %acc45.02721)
  %1736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1697, <16 x float> %acc46.02720)
  %1737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1700, <16 x float> %acc47.02719)
  %p5.next = add nuw nsw i64 %p5.addr.02718, 1
  %exitcond3142.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond3142.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %1738 = shl nuw nsw i64 %i22.addr.02735, 6
  %1739 = getelementptr inbounds float, ptr %PT, i64 %1738
  store <16 x float> %1707, ptr %1739, align 4
  %1740 = or disjoint i64 %1738, 16
  %1741 = getelementptr inbounds float, ptr %PT, i64 %1740
  store <16 x float> %1708, ptr %1741, align 4
  %1742 = or disjoint i64 %1738, 32
  %1743 = getelementptr inbounds float, ptr %PT, i64 %1742
  store <16 x float> %1709, ptr %1743, align 4
  %1744 = or disjoint i64 %1738, 48
  %1745 = getelementptr inbounds float, ptr %PT, i64 %1744
  store <16 x float> %1710, ptr %1745, align 4
  %1746 = or disjoint i64 %1738, 64
  %1747 = getelementptr inbounds float, ptr %PT, i64 %1746
  store <16 x float> %1716, ptr %1747, align 4
  %1748 = or disjoint i64 %1738, 80
  %1749 = getelementptr inbounds float, ptr %PT, i64 %1748
  store <16 x float> %1717, ptr %1749, align 4
  %1750 = or disjoint i64 %1738, 96
  %1751 = getelementptr inbounds float, ptr %PT, i64 %1750
  store <16 x float> %1718, ptr %1751, align 4
  %1752 = or disjoint i64 %1738, 112
  %1753 = getelementptr inbounds float, ptr %PT, i64 %1752
  store <16 x float> %1719, ptr %1753, align 4
  %1754 = or disjoint i64 %1738, 128
  %1755 = getelementptr inbounds float, ptr %PT, i64 %1754
  store <16 x float> %1725, ptr %1755, align 4
  %1756 = or disjoint i64 %1738, 144
  %1757 = getelementptr inbounds float, ptr %PT, i64 %1756
  store <16 x float> %1726, ptr %1757, align 4
  %1758 = or disjoint i64 %1738, 160
  %1759 = getelementptr inbounds float, ptr %PT, i64 %1758
  store <16 x float> %1727, ptr %1759, align 4
  %1760 = or disjoint i64 %1738, 176
  %1761 = getelementptr inbounds float, ptr %PT, i64 %1760
  store <16 x float> %1728, ptr %1761, align 4
  %1762 = or disjoint i64 %1738, 192
  %1763 = getelementptr inbounds float, ptr %PT, i64 %1762
  store <16 x float> %1734, ptr %1763, align 4
  %1764 = or disjoint i64 %1738, 208
  %1765 = getelementptr inbounds float, ptr %PT, i64 %1764
  store <16 x float> %1735, ptr %1765, align 4
  %1766 = or disjoint i64 %1738, 224
  %1767 = getelementptr inbounds float, ptr %PT, i64 %1766
  store <16 x float> %1736, ptr %1767, align 4
  %1768 = or disjoint i64 %1738, 240
  %1769 = getelementptr inbounds float, ptr %PT, i64 %1768
  store <16 x float> %1737, ptr %1769, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02735, 4
  %1770 = icmp ult i64 %i22.addr.02735, 60
  br i1 %1770, label %p5.head.preheader, label %s7.head.preheader

s7.head.preheader:                                ; preds = %p5.exit, %s7.head.preheader
  %t3.addr.02737 = phi i64 [ %t3.next.1, %s7.head.preheader ], [ 0, %p5.exit ]
  %1771 = shl nuw nsw i64 %t3.addr.02737, 6
  %1772 = getelementptr inbounds float, ptr %PT, i64 %1771
  %1773 = load <16 x float>, ptr %1772, align 4
  %1774 = getelementptr inbounds float, ptr %M, i64 %1771
  %1775 = load <16 x float>, ptr %1774, align 4
  %1776 = fmul <16 x float> %1773, %1775
  store <16 x float> %1776, ptr %1772, align 4
  %1777 = or disjoint i64 %1771, 16
  %1778 = getelementptr inbounds float, ptr %PT, i64 %1777
  %1779 = load <16 x float>, ptr %1778, align 4
  %1780 = getelementptr inbounds float, ptr %M, i64 %1777
  %1781 = load <16 x float>, ptr %1780, align 4
  %1782 = fmul <16 x float> %1779, %1781
  store <16 x float> %1782, ptr %1778, align 4
  %1783 = or disjoint i64 %1771, 32
  %1784 = getelementptr inbounds float, ptr %PT, i64 %1783
  %1785 = load <16 x float>, ptr %1784, align 4
  %1786 = getelementptr inbounds float, ptr %M, i64 %1783
  %1787 = load <16 x float>, ptr %1786, align 4
  %1788 = fmul <16 x float> %1785, %1787
  store <16 x float> %1788, ptr %1784, align 4
  %1789 = or disjoint i64 %1771, 48
  %1790 = getelementptr inbounds float, ptr %PT, i64 %1789
  %1791 = load <16 x float>, ptr %1790, align 4
  %1792 = getelementptr inbounds float, ptr %M, i64 %1789
  %1793 = load <16 x float>, ptr %1792, align 4
  %1794 = fmul <16 x float> %1791, %1793
  store <16 x float> %1794, ptr %1790, align 4
  %t3.next = shl i64 %t3.addr.02737, 6
  %1795 = or disjoint i64 %t3.next, 64
  %1796 = getelementptr inbounds float, ptr %PT, i64 %1795
  %1797 = load <16 x float>, ptr %1796, align 4
  %1798 = getelementptr inbounds float, ptr %M, i64 %1795
  %1799 = load <16 x float>, ptr %1798, align 4
  %1800 = fmul <16 x float> %1797, %1799
  store <16 x float> %1800, ptr %1796, align 4
  %1801 = or disjoint i64 %t3.next, 80
  %1802 = getelementptr inbounds float, ptr %PT, i64 %1801
  %1803 = load <16 x float>, ptr %1802, align 4
  %1804 = getelementptr inbounds float, ptr %M, i64 %1801
  %1805 = load <16 x float>, ptr %1804, align 4
  %1806 = fmul <16 x float> %1803, %1805
  store <16 x float> %1806, ptr %1802, align 4
  %1807 = or disjoint i64 %t3.next, 96
  %1808 = getelementptr inbounds float, ptr %PT, i64 %1807
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = getelementptr inbounds float, ptr %M, i64 %1807
  %1811 = load <16 x float>, ptr %1810, align 4
  %1812 = fmul <16 x float> %1809, %1811
  store <16 x float> %1812, ptr %1808, align 4
  %1813 = or disjoint i64 %t3.next, 112
  %1814 = getelementptr inbounds float, ptr %PT, i64 %1813
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = getelementptr inbounds float, ptr %M, i64 %1813
  %1817 = load <16 x float>, ptr %1816, align 4
  %1818 = fmul <16 x float> %1815, %1817
  store <16 x float> %1818, ptr %1814, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02737, 2
  %exitcond3143.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3143.not.1, label %j20.head.preheader, label %s7.head.preheader

j20.head.preheader:                               ; preds = %s7.head.preheader, %j20.head.preheader
  %i23.addr.02739 = phi i64 [ %i23.next.7, %j20.head.preheader ], [ 0, %s7.head.preheader ]
  %.idx2937 = shl nsw i64 %i23.addr.02739, 8
  %gep3345 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937
  %1819 = load <16 x float>, ptr %gep3345, align 4
  %.idx2938 = shl nsw i64 %i23.addr.02739, 7
  %gep3347 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938
  store <16 x float> %1819, ptr %gep3347, align 4
  %gep3349 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937
  %1820 = load <16 x float>, ptr %gep3349, align 4
  %gep3351 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938
  store <16 x float> %1820, ptr %gep3351, align 4
  %i23.next = or disjoint i64 %i23.addr.02739, 1
  %.idx2937.1 = shl nsw i64 %i23.next, 8
  %gep3345.1 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.1
  %1821 = load <16 x float>, ptr %gep3345.1, align 4
  %.idx2938.1 = shl nsw i64 %i23.next, 7
  %gep3347.1 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.1
  store <16 x float> %1821, ptr %gep3347.1, align 4
  %gep3349.1 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.1
  %1822 = load <16 x float>, ptr %gep3349.1, align 4
  %gep3351.1 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.1
  store <16 x float> %1822, ptr %gep3351.1, align 4
  %i23.next.1 = or disjoint i64 %i23.addr.02739, 2
  %.idx2937.2 = shl nsw i64 %i23.next.1, 8
  %gep3345.2 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.2
  %1823 = load <16 x float>, ptr %gep3345.2, align 4
  %.idx2938.2 = shl nsw i64 %i23.next.1, 7
  %gep3347.2 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.2
  store <16 x float> %1823, ptr %gep3347.2, align 4
  %gep3349.2 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.2
  %1824 = load <16 x float>, ptr %gep3349.2, align 4
  %gep3351.2 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.2
  store <16 x float> %1824, ptr %gep3351.2, align 4
  %i23.next.2 = or disjoint i64 %i23.addr.02739, 3
  %.idx2937.3 = shl nsw i64 %i23.next.2, 8
  %gep3345.3 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.3
  %1825 = load <16 x float>, ptr %gep3345.3, align 4
  %.idx2938.3 = shl nsw i64 %i23.next.2, 7
  %gep3347.3 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.3
  store <16 x float> %1825, ptr %gep3347.3, align 4
  %gep3349.3 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.3
  %1826 = load <16 x float>, ptr %gep3349.3, align 4
  %gep3351.3 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.3
  store <16 x float> %1826, ptr %gep3351.3, align 4
  %i23.next.3 = or disjoint i64 %i23.addr.02739, 4
  %.idx2937.4 = shl nsw i64 %i23.next.3, 8
  %gep3345.4 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.4
  %1827 = load <16 x float>, ptr %gep3345.4, align 4
  %.idx2938.4 = shl nsw i64 %i23.next.3, 7
  %gep3347.4 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.4
  store <16 x float> %1827, ptr %gep3347.4, align 4
  %gep3349.4 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.4
  %1828 = load <16 x float>, ptr %gep3349.4, align 4
  %gep3351.4 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.4
  store <16 x float> %1828, ptr %gep3351.4, align 4
  %i23.next.4 = or disjoint i64 %i23.addr.02739, 5
  %.idx2937.5 = shl nsw i64 %i23.next.4, 8
  %gep3345.5 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.5
  %1829 = load <16 x float>, ptr %gep3345.5, align 4
  %.idx2938.5 = shl nsw i64 %i23.next.4, 7
  %gep3347.5 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.5
  store <16 x float> %1829, ptr %gep3347.5, align 4
  %gep3349.5 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.5
  %1830 = load <16 x float>, ptr %gep3349.5, align 4
  %gep3351.5 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.5
  store <16 x float> %1830, ptr %gep3351.5, align 4
  %i23.next.5 = or disjoint i64 %i23.addr.02739, 6
  %.idx2937.6 = shl nsw i64 %i23.next.5, 8
  %gep3345.6 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.6
  %1831 = load <16 x float>, ptr %gep3345.6, align 4
  %.idx2938.6 = shl nsw i64 %i23.next.5, 7
  %gep3347.6 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.6
  store <16 x float> %1831, ptr %gep3347.6, align 4
  %gep3349.6 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.6
  %1832 = load <16 x float>, ptr %gep3349.6, align 4
  %gep3351.6 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.6
  store <16 x float> %1832, ptr %gep3351.6, align 4
  %i23.next.6 = or disjoint i64 %i23.addr.02739, 7
  %.idx2937.7 = shl nsw i64 %i23.next.6, 8
  %gep3345.7 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.7
  %1833 = load <16 x float>, ptr %gep3345.7, align 4
  %.idx2938.7 = shl nsw i64 %i23.next.6, 7
  %gep3347.7 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.7
  store <16 x float> %1833, ptr %gep3347.7, align 4
  %gep3349.7 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.7
  %1834 = load <16 x float>, ptr %gep3349.7, align 4
  %gep3351.7 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.7
  store <16 x float> %1834, ptr %gep3351.7, align 4
  %i23.next.7 = add nuw nsw i64 %i23.addr.02739, 8
  %exitcond3146.not.7 = icmp eq i64 %i23.next.7, 64
  br i1 %exitcond3146.not.7, label %i24.body, label %j20.head.preheader

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02757 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %1835 = shl nuw nsw i64 %i24.addr.02757, 5
  %1836 = or disjoint i64 %1835, 2048
  %1837 = getelementptr inbounds float, ptr %OY, i64 %1836
  %1838 = load <16 x float>, ptr %1837, align 4
  %1839 = or disjoint i64 %1835, 2064
  %1840 = getelementptr inbounds float, ptr %OY, i64 %1839
  %1841 = load <16 x float>, ptr %1840, align 4
  %1842 = or disjoint i64 %i24.addr.02757, 1
  %1843 = shl nuw nsw i64 %1842, 5
  %1844 = or disjoint i64 %1843, 2048
  %1845 = getelementptr inbounds float, ptr %OY, i64 %1844
  %1846 = load <16 x float>, ptr %1845, align 4
  %1847 = or disjoint i64 %1843, 2064
  %1848 = getelementptr inbounds float, ptr %OY, i64 %1847
  %1849 = load <16 x float>, ptr %1848, align 4
  %1850 = or disjoint i64 %i24.addr.02757, 2
  %1851 = shl nuw nsw i64 %1850, 5
  %1852 = or disjoint i64 %1851, 2048
  %1853 = getelementptr inbounds float, ptr %OY, i64 %1852
  %1854 = load <16 x float>, ptr %1853, align 4
  %1855 = or disjoint i64 %1851, 2064
  %1856 = getelementptr inbounds float, ptr %OY, i64 %1855
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = or disjoint i64 %i24.addr.02757, 3
  %1859 = shl nuw nsw i64 %1858, 5
  %1860 = or disjoint i64 %1859, 2048
  %1861 = getelementptr inbounds float, ptr %OY, i64 %1860
  %1862 = load <16 x float>, ptr %1861, align 4
  %1863 = or disjoint i64 %1859, 2064
  %1864 = getelementptr inbounds float, ptr %OY, i64 %1863
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %i24.addr.02757, 4
  %1867 = shl nuw nsw i64 %1866, 5
  %1868 = or disjoint i64 %1867, 2048
  %1869 = getelementptr inbounds float, ptr %OY, i64 %1868
  %1870 = load <16 x float>, ptr %1869, align 4
  %1871 = or disjoint i64 %1867, 2064
  %1872 = getelementptr inbounds float, ptr %OY, i64 %1871
  %1873 = load <16 x float>, ptr %1872, align 4
  %1874 = or disjoint i64 %i24.addr.02757, 5
  %1875 = shl nuw nsw i64 %1874, 5
  %1876 = or disjoint i64 %1875, 2048
  %1877 = getelementptr inbounds float, ptr %OY, i64 %1876
  %1878 = load <16 x float>, ptr %1877, align 4
  %1879 = or disjoint i64 %1875, 2064
  %1880 = getelementptr inbounds float, ptr %OY, i64 %1879
  %1881 = load <16 x float>, ptr %1880, align 4
  %1882 = or disjoint i64 %i24.addr.02757, 6
  %1883 = shl nuw nsw i64 %1882, 5
  %1884 = or disjoint i64 %1883, 2048
  %1885 = getelementptr inbounds float, ptr %OY, i64 %1884
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = or disjoint i64 %1883, 2064
  %1888 = getelementptr inbounds float, ptr %OY, i64 %1887
  %1889 = load <16 x float>, ptr %1888, align 4
  %1890 = or disjoint i64 %i24.addr.02757, 7
  %1891 = shl nuw nsw i64 %1890, 5
  %1892 = or disjoint i64 %1891, 2048
  %1893 = getelementptr inbounds float, ptr %OY, i64 %1892
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = or disjoint i64 %1891, 2064
  %1896 = getelementptr inbounds float, ptr %OY, i64 %1895
  %1897 = load <16 x float>, ptr %1896, align 4
  %.idx2939 = shl nsw i64 %i24.addr.02757, 8
  %.idx2940 = shl nsw i64 %1842, 8
  %.idx2941 = shl nsw i64 %1850, 8
  %.idx2942 = shl nsw i64 %1858, 8
  %.idx2943 = shl nsw i64 %1866, 8
  %.idx2944 = shl nsw i64 %1874, 8
  %.idx2945 = shl nsw i64 %1882, 8
  %.idx2946 = shl nsw i64 %1890, 8
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02756 = phi <16 x float> [ %1838, %i24.body ], [ %1909, %p6.body ]
  %acc49.02755 = phi <16 x float> [ %1841, %i24.body ], [ %1910, %p6.body ]
  %acc50.02754 = phi <16 x float> [ %1846, %i24.body ], [ %1915, %p6.body ]
  %acc51.02753 = phi <16 x float> [ %1849, %i24.body ], [ %1916, %p6.body ]
  %acc52.02752 = phi <16 x float> [ %1854, %i24.body ], [ %1921, %p6.body ]
  %acc53.02751 = phi <16 x float> [ %1857, %i24.body ], [ %1922, %p6.body ]
  %acc54.02750 = phi <16 x float> [ %1862, %i24.body ], [ %1927, %p6.body ]
  %acc55.02749 = phi <16 x float> [ %1865, %i24.body ], [ %1928, %p6.body ]
  %acc56.02748 = phi <16 x float> [ %1870, %i24.body ], [ %1933, %p6.body ]
  %acc57.02747 = phi <16 x float> [ %1873, %i24.body ], [ %1934, %p6.body ]
  %acc58.02746 = phi <16 x float> [ %1878, %i24.body ], [ %1939, %p6.body ]
  %acc59.02745 = phi <16 x float> [ %1881, %i24.body ], [ %1940, %p6.body ]
  %acc60.02744 = phi <16 x float> [ %1886, %i24.body ], [ %1945, %p6.body ]
  %acc61.02743 = phi <16 x float> [ %1889, %i24.body ], [ %1946, %p6.body ]
  %acc62.02742 = phi <16 x float> [ %1894, %i24.body ], [ %1951, %p6.body ]
  %acc63.02741 = phi <16 x float> [ %1897, %i24.body ], [ %1952, %p6.body ]
  %p6.addr.02740 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %1898 = shl nuw nsw i64 %p6.addr.02740, 5
  %1899 = getelementptr inbounds float, ptr %OY, i64 %1898
  %1900 = load <16 x float>, ptr %1899, align 4
  %1901 = or disjoint i64 %1898, 16
  %1902 = getelementptr inbounds float, ptr %OY, i64 %1901
  %1903 = load <16 x float>, ptr %1902, align 4
  %1904 = getelementptr inbounds float, ptr %PT, i64 %p6.addr.02740
  %1905 = getelementptr inbounds i8, ptr %1904, i64 %.idx2939
  %1906 = load float, ptr %1905, align 4
  %1907 = insertelement <16 x float> poison, float %1906, i64 0
  %1908 = shufflevector <16 x float> %1907, <16 x float> poison, <16 x i32> zeroinitializer
  %1909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1900, <16 x float> %acc48.02756)
  %1910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1903, <16 x float> %acc49.02755)
  %1911 = getelementptr inbounds i8, ptr %1904, i64 %.idx2940
  %1912 = load float, ptr %1911, align 4
  %1913 = insertelement <16 x float> poison, float %1912, i64 0
  %1914 = shufflevector <16 x float> %1913, <16 x float> poison, <16 x i32> zeroinitializer
  %1915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1914, <16 x float> %1900, <16 x float> %acc50.02754)
  %1916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1914, <16 x float> %1903, <16 x float> %acc51.02753)
  %1917 = getelementptr inbounds i8, ptr %1904, i64 %.idx2941
  %1918 = load float, ptr %1917, align 4
  %1919 = insertelement <16 x float> poison, float %1918, i64 0
  %1920 = shufflevector <16 x float> %1919, <16 x float> poison, <16 x i32> zeroinitializer
  %1921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1920, <16 x float> %1900, <16 x float> %acc52.02752)
  %1922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1920, <16 x float> %1903, <16 x float> %acc53.02751)
  %1923 = getelementptr inbounds i8, ptr %1904, i64 %.idx2942
  %1924 = load float, ptr %1923, align 4
  %1925 = insertelement <16 x float> poison, float %1924, i64 0
  %1926 = shufflevector <16 x float> %1925, <16 x float> poison, <16 x i32> zeroinitializer
  %1927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1900, <16 x float> %acc54.02750)
  %1928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1903, <16 x float> %acc55.02749)
  %1929 = getelementptr inbounds i8, ptr %1904, i64 %.idx2943
  %1930 = load float, ptr %1929, align 4
  %1931 = insertelement <16 x float> poison, float %1930, i64 0
  %1932 = shufflevector <16 x float> %1931, <16 x float> poison, <16 x i32> zeroinitializer
  %1933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1932, <16 x float> %1900, <16 x float> %acc56.02748)
  %1934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1932, <16 x float> %1903, <16 x float> %acc57.02747)
  %1935 = getelementptr inbounds i8, ptr %1904, i64 %.idx2944
  %1936 = load float, ptr %1935, align 4
  %1937 = insertelement <16 x float> poison, float %1936, i64 0
  %1938 = shufflevector <16 x float> %1937, <16 x float> poison, <16 x i32> zeroinitializer
  %1939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1900, <16 x float> %acc58.02746)
  %1940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1903, <16 x float> %acc59.02745)
  %1941 = getelementptr inbounds i8, ptr %1904, i64 %.idx2945
  %1942 = load float, ptr %1941, align 4
  %1943 = insertelement <16 x float> poison, float %1942, i64 0
  %1944 = shufflevector <16 x float> %1943, <16 x float> poison, <16 x i32> zeroinitializer
  %1945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1944, <16 x float> %1900, <16 x float> %acc60.02744)
  %1946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1944, <16 x float> %1903, <16 x float> %acc61.02743)
  %1947 = getelementptr inbounds i8, ptr %1904, i64 %.idx2946
  %1948 = load float, ptr %1947, align 4
  %1949 = insertelement <16 x float> poison, float %1948, i64 0
  %1950 = shufflevector <16 x float> %1949, <16 x float> poison, <16 x i32> zeroinitializer
  %1951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1900, <16 x float> %acc62.02742)
  %1952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1903, <16 x float> %acc63.02741)
  %p6.next = add nuw nsw i64 %p6.addr.02740, 1
  %exitcond3147.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3147.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %1909, ptr %1837, align 4
  store <16 x float> %1910, ptr %1840, align 4
  store <16 x float> %1915, ptr %1845, align 4
  store <16 x float> %1916, ptr %1848, align 4
  store <16 x float> %1921, ptr %1853, align 4
  store <16 x float> %1922, ptr %1856, align 4
  store <16 x float> %1927, ptr %1861, align 4
  store <16 x float> %1928, ptr %1864, align 4
  store <16 x float> %1933, ptr %1869, align 4
  store <16 x float> %1934, ptr %1872, align 4
  store <16 x float> %1939, ptr %1877, align 4
  store <16 x float> %1940, ptr %1880, align 4
  store <16 x float> %1945, ptr %1885, align 4
  store <16 x float> %1946, ptr %1888, align 4
  store <16 x float> %1951, ptr %1893, align 4
  store <16 x float> %1952, ptr %1896, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02757, 8
  %1953 = icmp ult i64 %i24.addr.02757, 56
  br i1 %1953, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02775 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %1954 = shl nuw nsw i64 %i25.addr.02775, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02774 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02773 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2002, %p7.body ]
  %acc78.02772 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2001, %p7.body ]
  %acc77.02771 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2000, %p7.body ]
  %acc76.02770 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1999, %p7.body ]
  %acc75.02769 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1993, %p7.body ]
  %acc74.02768 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1992, %p7.body ]
  %acc73.02767 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1991, %p7.body ]
  %acc72.02766 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1990, %p7.body ]
  %acc71.02765 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1984, %p7.body ]
  %acc70.02764 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1983, %p7.body ]
  %acc69.02763 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1982, %p7.body ]
  %acc68.02762 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1981, %p7.body ]
  %acc67.02761 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1975, %p7.body ]
  %acc66.02760 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1974, %p7.body ]
  %acc65.02759 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1973, %p7.body ]
  %acc64.02758 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1972, %p7.body ]
  %1955 = shl nuw nsw i64 %p7.addr.02774, 6
  %1956 = getelementptr inbounds float, ptr %dOT, i64 %1955
  %1957 = load <16 x float>, ptr %1956, align 4
  %1958 = or disjoint i64 %1955, 16
  %1959 = getelementptr inbounds float, ptr %dOT, i64 %1958
  %1960 = load <16 x float>, ptr %1959, align 4
  %1961 = or disjoint i64 %1955, 32
  %1962 = getelementptr inbounds float, ptr %dOT, i64 %1961
  %1963 = load <16 x float>, ptr %1962, align 4
  %1964 = or disjoint i64 %1955, 48
  %1965 = getelementptr inbounds float, ptr %dOT, i64 %1964
  %1966 = load <16 x float>, ptr %1965, align 4
  %1967 = add nuw nsw i64 %p7.addr.02774, %1954
  %1968 = getelementptr inbounds float, ptr %Vn, i64 %1967
  %1969 = load float, ptr %1968, align 4
  %1970 = insertelement <16 x float> poison, float %1969, i64 0
  %1971 = shufflevector <16 x float> %1970, <16 x float> poison, <16 x i32> zeroinitializer
  %1972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1957, <16 x float> %acc64.02758)
  %1973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1960, <16 x float> %acc65.02759)
  %1974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1963, <16 x float> %acc66.02760)
  %1975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1966, <16 x float> %acc67.02761)
  %1976 = or disjoint i64 %1967, 32
  %1977 = getelementptr inbounds float, ptr %Vn, i64 %1976
  %1978 = load float, ptr %1977, align 4
  %1979 = insertelement <16 x float> poison, float %1978, i64 0
  %1980 = shufflevector <16 x float> %1979, <16 x float> poison, <16 x i32> zeroinitializer
  %1981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1957, <16 x float> %acc68.02762)
  %1982 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1960, <16 x float> %acc69.02763)
  %1983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1963, <16 x float> %acc70.02764)
  %1984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1966, <16 x float> %acc71.02765)
  %1985 = or disjoint i64 %1967, 64
  %1986 = getelementptr inbounds float, ptr %Vn, i64 %1985
  %1987 = load float, ptr %1986, align 4
  %1988 = insertelement <16 x float> poison, float %1987, i64 0
  %1989 = shufflevector <16 x float> %1988, <16 x float> poison, <16 x i32> zeroinitializer
  %1990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1957, <16 x float> %acc72.02766)
  %1991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1960, <16 x float> %acc73.02767)
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1963, <16 x float> %acc74.02768)
  %1993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1966, <16 x float> %acc75.02769)
  %1994 = or disjoint i64 %1967, 96
  %1995 = getelementptr inbounds float, ptr %Vn, i64 %1994
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <16 x float> poison, float %1996, i64 0
  %1998 = shufflevector <16 x float> %1997, <16 x float> poison, <16 x i32> zeroinitializer
  %1999 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1957, <16 x float> %acc76.02770)
  %2000 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1960, <16 x float> %acc77.02771)
  %2001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1963, <16 x float> %acc78.02772)
  %2002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1966, <16 x float> %acc79.02773)
  %p7.next = add nuw nsw i64 %p7.addr.02774, 1
  %exitcond3148.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3148.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %2003 = mul nuw nsw i64 %i25.addr.02775, 192
  %2004 = or disjoint i64 %2003, 64
  %2005 = getelementptr inbounds float, ptr %Ak, i64 %2004
  store <16 x float> %1972, ptr %2005, align 4
  %2006 = or disjoint i64 %2003, 80
  %2007 = getelementptr inbounds float, ptr %Ak, i64 %2006
  store <16 x float> %1973, ptr %2007, align 4
  %2008 = or disjoint i64 %2003, 96
  %2009 = getelementptr inbounds float, ptr %Ak, i64 %2008
  store <16 x float> %1974, ptr %2009, align 4
  %2010 = or disjoint i64 %2003, 112
  %2011 = getelementptr inbounds float, ptr %Ak, i64 %2010
  store <16 x float> %1975, ptr %2011, align 4
  %2012 = getelementptr inbounds float, ptr %Ak, i64 %2003
  %2013 = getelementptr inbounds i8, ptr %2012, i64 1024
  store <16 x float> %1981, ptr %2013, align 4
  %2014 = getelementptr inbounds i8, ptr %2012, i64 1088
  store <16 x float> %1982, ptr %2014, align 4
  %2015 = getelementptr inbounds i8, ptr %2012, i64 1152
  store <16 x float> %1983, ptr %2015, align 4
  %2016 = getelementptr inbounds i8, ptr %2012, i64 1216
  store <16 x float> %1984, ptr %2016, align 4
  %2017 = getelementptr inbounds i8, ptr %2012, i64 1792
  store <16 x float> %1990, ptr %2017, align 4
  %2018 = getelementptr inbounds i8, ptr %2012, i64 1856
  store <16 x float> %1991, ptr %2018, align 4
  %2019 = getelementptr inbounds i8, ptr %2012, i64 1920
  store <16 x float> %1992, ptr %2019, align 4
  %2020 = getelementptr inbounds i8, ptr %2012, i64 1984
  store <16 x float> %1993, ptr %2020, align 4
  %2021 = getelementptr inbounds i8, ptr %2012, i64 2560
  store <16 x float> %1999, ptr %2021, align 4
  %2022 = getelementptr inbounds i8, ptr %2012, i64 2624
  store <16 x float> %2000, ptr %2022, align 4
  %2023 = getelementptr inbounds i8, ptr %2012, i64 2688
  store <16 x float> %2001, ptr %2023, align 4
  %2024 = getelementptr inbounds i8, ptr %2012, i64 2752
  store <16 x float> %2002, ptr %2024, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02775, 4
  %2025 = icmp ult i64 %i25.addr.02775, 60
  br i1 %2025, label %p7.head.preheader, label %s8.head.preheader

s8.head.preheader:                                ; preds = %p7.exit, %s8.head.preheader
  %t4.addr.02777 = phi i64 [ %t4.next.1, %s8.head.preheader ], [ 0, %p7.exit ]
  %.idx2947 = mul nuw nsw i64 %t4.addr.02777, 768
  %gep3353 = getelementptr inbounds i8, ptr %invariant.gep3352, i64 %.idx2947
  %2026 = load <16 x float>, ptr %gep3353, align 4
  %.idx2948 = shl nsw i64 %t4.addr.02777, 8
  %2027 = getelementptr inbounds i8, ptr %M, i64 %.idx2948
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = fmul <16 x float> %2026, %2028
  store <16 x float> %2029, ptr %gep3353, align 4
  %gep3355 = getelementptr inbounds i8, ptr %invariant.gep3354, i64 %.idx2947
  %2030 = load <16 x float>, ptr %gep3355, align 4
  %2031 = getelementptr inbounds i8, ptr %25, i64 %.idx2948
  %2032 = load <16 x float>, ptr %2031, align 4
  %2033 = fmul <16 x float> %2030, %2032
  store <16 x float> %2033, ptr %gep3355, align 4
  %gep3357 = getelementptr inbounds i8, ptr %invariant.gep3356, i64 %.idx2947
  %2034 = load <16 x float>, ptr %gep3357, align 4
  %2035 = getelementptr inbounds i8, ptr %26, i64 %.idx2948
  %2036 = load <16 x float>, ptr %2035, align 4
  %2037 = fmul <16 x float> %2034, %2036
  store <16 x float> %2037, ptr %gep3357, align 4
  %gep3359 = getelementptr inbounds i8, ptr %invariant.gep3358, i64 %.idx2947
  %2038 = load <16 x float>, ptr %gep3359, align 4
  %2039 = getelementptr inbounds i8, ptr %27, i64 %.idx2948
  %2040 = load <16 x float>, ptr %2039, align 4
  %2041 = fmul <16 x float> %2038, %2040
  store <16 x float> %2041, ptr %gep3359, align 4
  %t4.next = or disjoint i64 %t4.addr.02777, 1
  %.idx2947.1 = mul nuw nsw i64 %t4.next, 768
  %gep3353.1 = getelementptr inbounds i8, ptr %invariant.gep3352, i64 %.idx2947.1
  %2042 = load <16 x float>, ptr %gep3353.1, align 4
  %.idx2948.1 = shl nsw i64 %t4.next, 8
  %2043 = getelementptr inbounds i8, ptr %M, i64 %.idx2948.1
  %2044 = load <16 x float>, ptr %2043, align 4
  %2045 = fmul <16 x float> %2042, %2044
  store <16 x float> %2045, ptr %gep3353.1, align 4
  %gep3355.1 = getelementptr inbounds i8, ptr %invariant.gep3354, i64 %.idx2947.1
  %2046 = load <16 x float>, ptr %gep3355.1, align 4
  %2047 = getelementptr inbounds i8, ptr %25, i64 %.idx2948.1
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = fmul <16 x float> %2046, %2048
  store <16 x float> %2049, ptr %gep3355.1, align 4
  %gep3357.1 = getelementptr inbounds i8, ptr %invariant.gep3356, i64 %.idx2947.1
  %2050 = load <16 x float>, ptr %gep3357.1, align 4
  %2051 = getelementptr inbounds i8, ptr %26, i64 %.idx2948.1
  %2052 = load <16 x float>, ptr %2051, align 4
  %2053 = fmul <16 x float> %2050, %2052
  store <16 x float> %2053, ptr %gep3357.1, align 4
  %gep3359.1 = getelementptr inbounds i8, ptr %invariant.gep3358, i64 %.idx2947.1
  %2054 = load <16 x float>, ptr %gep3359.1, align 4
  %2055 = getelementptr inbounds i8, ptr %27, i64 %.idx2948.1
  %2056 = load <16 x float>, ptr %2055, align 4
  %2057 = fmul <16 x float> %2054, %2056
  store <16 x float> %2057, ptr %gep3359.1, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02777, 2
  %exitcond3149.not.1 = icmp eq i64 %t4.next.1, 64
  br i1 %exitcond3149.not.1, label %p8.head.preheader, label %s8.head.preheader

p8.head.preheader:                                ; preds = %s8.head.preheader, %p8.exit
  %i26.addr.02795 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s8.head.preheader ]
  %2058 = shl nuw nsw i64 %i26.addr.02795, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02794 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02793 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2121, %p8.body ]
  %acc94.02792 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2120, %p8.body ]
  %acc93.02791 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2114, %p8.body ]
  %acc92.02790 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2113, %p8.body ]
  %acc91.02789 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2107, %p8.body ]
  %acc90.02788 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2106, %p8.body ]
  %acc89.02787 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2100, %p8.body ]
  %acc88.02786 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2099, %p8.body ]
  %acc87.02785 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2093, %p8.body ]
  %acc86.02784 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2092, %p8.body ]
  %acc85.02783 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2086, %p8.body ]
  %acc84.02782 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2085, %p8.body ]
  %acc83.02781 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2079, %p8.body ]
  %acc82.02780 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2078, %p8.body ]
  %acc81.02779 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2072, %p8.body ]
  %acc80.02778 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2071, %p8.body ]
  %2059 = shl nuw nsw i64 %p8.addr.02794, 5
  %2060 = or disjoint i64 %2059, 1024
  %2061 = getelementptr inbounds float, ptr %Bk, i64 %2060
  %2062 = load <16 x float>, ptr %2061, align 4
  %2063 = or disjoint i64 %2059, 1040
  %2064 = getelementptr inbounds float, ptr %Bk, i64 %2063
  %2065 = load <16 x float>, ptr %2064, align 4
  %2066 = add nuw nsw i64 %p8.addr.02794, %2058
  %2067 = getelementptr inbounds float, ptr %OY, i64 %2066
  %2068 = load float, ptr %2067, align 4
  %2069 = insertelement <16 x float> poison, float %2068, i64 0
  %2070 = shufflevector <16 x float> %2069, <16 x float> poison, <16 x i32> zeroinitializer
  %2071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2070, <16 x float> %2062, <16 x float> %acc80.02778)
  %2072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2070, <16 x float> %2065, <16 x float> %acc81.02779)
  %2073 = or disjoint i64 %2066, 32
  %2074 = getelementptr inbounds float, ptr %OY, i64 %2073
  %2075 = load float, ptr %2074, align 4
  %2076 = insertelement <16 x float> poison, float %2075, i64 0
  %2077 = shufflevector <16 x float> %2076, <16 x float> poison, <16 x i32> zeroinitializer
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2062, <16 x float> %acc82.02780)
  %2079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2065, <16 x float> %acc83.02781)
  %2080 = or disjoint i64 %2066, 64
  %2081 = getelementptr inbounds float, ptr %OY, i64 %2080
  %2082 = load float, ptr %2081, align 4
  %2083 = insertelement <16 x float> poison, float %2082, i64 0
  %2084 = shufflevector <16 x float> %2083, <16 x float> poison, <16 x i32> zeroinitializer
  %2085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2084, <16 x float> %2062, <16 x float> %acc84.02782)
  %2086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2084, <16 x float> %2065, <16 x float> %acc85.02783)
  %2087 = or disjoint i64 %2066, 96
  %2088 = getelementptr inbounds float, ptr %OY, i64 %2087
  %2089 = load float, ptr %2088, align 4
  %2090 = insertelement <16 x float> poison, float %2089, i64 0
  %2091 = shufflevector <16 x float> %2090, <16 x float> poison, <16 x i32> zeroinitializer
  %2092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2062, <16 x float> %acc86.02784)
  %2093 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2065, <16 x float> %acc87.02785)
  %2094 = or disjoint i64 %2066, 128
  %2095 = getelementptr inbounds float, ptr %OY, i64 %2094
  %2096 = load float, ptr %2095, align 4
  %2097 = insertelement <16 x float> poison, float %2096, i64 0
  %2098 = shufflevector <16 x float> %2097, <16 x float> poison, <16 x i32> zeroinitializer
  %2099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2062, <16 x float> %acc88.02786)
  %2100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2065, <16 x float> %acc89.02787)
  %2101 = or disjoint i64 %2066, 160
  %2102 = getelementptr inbounds float, ptr %OY, i64 %2101
  %2103 = load float, ptr %2102, align 4
  %2104 = insertelement <16 x float> poison, float %2103, i64 0
  %2105 = shufflevector <16 x float> %2104, <16 x float> poison, <16 x i32> zeroinitializer
  %2106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2105, <16 x float> %2062, <16 x float> %acc90.02788)
  %2107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2105, <16 x float> %2065, <16 x float> %acc91.02789)
  %2108 = or disjoint i64 %2066, 192
  %2109 = getelementptr inbounds float, ptr %OY, i64 %2108
  %2110 = load float, ptr %2109, align 4
  %2111 = insertelement <16 x float> poison, float %2110, i64 0
  %2112 = shufflevector <16 x float> %2111, <16 x float> poison, <16 x i32> zeroinitializer
  %2113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2112, <16 x float> %2062, <16 x float> %acc92.02790)
  %2114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2112, <16 x float> %2065, <16 x float> %acc93.02791)
  %2115 = or disjoint i64 %2066, 224
  %2116 = getelementptr inbounds float, ptr %OY, i64 %2115
  %2117 = load float, ptr %2116, align 4
  %2118 = insertelement <16 x float> poison, float %2117, i64 0
  %2119 = shufflevector <16 x float> %2118, <16 x float> poison, <16 x i32> zeroinitializer
  %2120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2119, <16 x float> %2062, <16 x float> %acc94.02792)
  %2121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2119, <16 x float> %2065, <16 x float> %acc95.02793)
  %p8.next = add nuw nsw i64 %p8.addr.02794, 1
  %exitcond3150.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3150.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2122 = getelementptr inbounds float, ptr %dQc, i64 %2058
  store <16 x float> %2071, ptr %2122, align 4
  %2123 = or disjoint i64 %2058, 16
  %2124 = getelementptr inbounds float, ptr %dQc, i64 %2123
  store <16 x float> %2072, ptr %2124, align 4
  %2125 = or disjoint i64 %2058, 32
  %2126 = getelementptr inbounds float, ptr %dQc, i64 %2125
  store <16 x float> %2078, ptr %2126, align 4
  %2127 = or disjoint i64 %2058, 48
  %2128 = getelementptr inbounds float, ptr %dQc, i64 %2127
  store <16 x float> %2079, ptr %2128, align 4
  %2129 = or disjoint i64 %2058, 64
  %2130 = getelementptr inbounds float, ptr %dQc, i64 %2129
  store <16 x float> %2085, ptr %2130, align 4
  %2131 = or disjoint i64 %2058, 80
  %2132 = getelementptr inbounds float, ptr %dQc, i64 %2131
  store <16 x float> %2086, ptr %2132, align 4
  %2133 = or disjoint i64 %2058, 96
  %2134 = getelementptr inbounds float, ptr %dQc, i64 %2133
  store <16 x float> %2092, ptr %2134, align 4
  %2135 = or disjoint i64 %2058, 112
  %2136 = getelementptr inbounds float, ptr %dQc, i64 %2135
  store <16 x float> %2093, ptr %2136, align 4
  %2137 = or disjoint i64 %2058, 128
  %2138 = getelementptr inbounds float, ptr %dQc, i64 %2137
  store <16 x float> %2099, ptr %2138, align 4
  %2139 = or disjoint i64 %2058, 144
  %2140 = getelementptr inbounds float, ptr %dQc, i64 %2139
  store <16 x float> %2100, ptr %2140, align 4
  %2141 = or disjoint i64 %2058, 160
  %2142 = getelementptr inbounds float, ptr %dQc, i64 %2141
  store <16 x float> %2106, ptr %2142, align 4
  %2143 = or disjoint i64 %2058, 176
  %2144 = getelementptr inbounds float, ptr %dQc, i64 %2143
  store <16 x float> %2107, ptr %2144, align 4
  %2145 = or disjoint i64 %2058, 192
  %2146 = getelementptr inbounds float, ptr %dQc, i64 %2145
  store <16 x float> %2113, ptr %2146, align 4
  %2147 = or disjoint i64 %2058, 208
  %2148 = getelementptr inbounds float, ptr %dQc, i64 %2147
  store <16 x float> %2114, ptr %2148, align 4
  %2149 = or disjoint i64 %2058, 224
  %2150 = getelementptr inbounds float, ptr %dQc, i64 %2149
  store <16 x float> %2120, ptr %2150, align 4
  %2151 = or disjoint i64 %2058, 240
  %2152 = getelementptr inbounds float, ptr %dQc, i64 %2151
  store <16 x float> %2121, ptr %2152, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02795, 8
  %2153 = icmp ult i64 %i26.addr.02795, 56
  br i1 %2153, label %p8.head.preheader, label %i27.body

i27.body:                                         ; preds = %p8.exit, %endif1399
  %i27.addr.02813 = phi i64 [ %i27.next, %endif1399 ], [ 0, %p8.exit ]
  %2154 = shl nuw nsw i64 %i27.addr.02813, 5
  %2155 = getelementptr inbounds float, ptr %dQc, i64 %2154
  %2156 = load <16 x float>, ptr %2155, align 4
  %2157 = or disjoint i64 %2154, 16
  %2158 = getelementptr inbounds float, ptr %dQc, i64 %2157
  %2159 = load <16 x float>, ptr %2158, align 4
  %2160 = or disjoint i64 %i27.addr.02813, 1
  %2161 = shl nuw nsw i64 %2160, 5
  %2162 = getelementptr inbounds float, ptr %dQc, i64 %2161
  %2163 = load <16 x float>, ptr %2162, align 4
  %2164 = or disjoint i64 %2161, 16
  %2165 = getelementptr inbounds float, ptr %dQc, i64 %2164
  %2166 = load <16 x float>, ptr %2165, align 4
  %2167 = or disjoint i64 %i27.addr.02813, 2
  %2168 = shl nuw nsw i64 %2167, 5
  %2169 = getelementptr inbounds float, ptr %dQc, i64 %2168
  %2170 = load <16 x float>, ptr %2169, align 4
  %2171 = or disjoint i64 %2168, 16
  %2172 = getelementptr inbounds float, ptr %dQc, i64 %2171
  %2173 = load <16 x float>, ptr %2172, align 4
  %2174 = or disjoint i64 %i27.addr.02813, 3
  %2175 = shl nuw nsw i64 %2174, 5
  %2176 = getelementptr inbounds float, ptr %dQc, i64 %2175
  %2177 = load <16 x float>, ptr %2176, align 4
  %2178 = or disjoint i64 %2175, 16
  %2179 = getelementptr inbounds float, ptr %dQc, i64 %2178
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = or disjoint i64 %i27.addr.02813, 4
  %2182 = shl nuw nsw i64 %2181, 5
  %2183 = getelementptr inbounds float, ptr %dQc, i64 %2182
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = or disjoint i64 %2182, 16
  %2186 = getelementptr inbounds float, ptr %dQc, i64 %2185
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %i27.addr.02813, 5
  %2189 = shl nuw nsw i64 %2188, 5
  %2190 = getelementptr inbounds float, ptr %dQc, i64 %2189
  %2191 = load <16 x float>, ptr %2190, align 4
  %2192 = or disjoint i64 %2189, 16
  %2193 = getelementptr inbounds float, ptr %dQc, i64 %2192
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = or disjoint i64 %i27.addr.02813, 6
  %2196 = shl nuw nsw i64 %2195, 5
  %2197 = getelementptr inbounds float, ptr %dQc, i64 %2196
  %2198 = load <16 x float>, ptr %2197, align 4
  %2199 = or disjoint i64 %2196, 16
  %2200 = getelementptr inbounds float, ptr %dQc, i64 %2199
  %2201 = load <16 x float>, ptr %2200, align 4
  %2202 = or disjoint i64 %i27.addr.02813, 7
  %2203 = shl nuw nsw i64 %2202, 5
  %2204 = getelementptr inbounds float, ptr %dQc, i64 %2203
  %2205 = load <16 x float>, ptr %2204, align 4
  %2206 = or disjoint i64 %2203, 16
  %2207 = getelementptr inbounds float, ptr %dQc, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02812 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02811 = phi <16 x float> [ %2208, %i27.body ], [ %2273, %p9.body ]
  %acc110.02810 = phi <16 x float> [ %2205, %i27.body ], [ %2272, %p9.body ]
  %acc109.02809 = phi <16 x float> [ %2201, %i27.body ], [ %2266, %p9.body ]
  %acc108.02808 = phi <16 x float> [ %2198, %i27.body ], [ %2265, %p9.body ]
  %acc107.02807 = phi <16 x float> [ %2194, %i27.body ], [ %2259, %p9.body ]
  %acc106.02806 = phi <16 x float> [ %2191, %i27.body ], [ %2258, %p9.body ]
  %acc105.02805 = phi <16 x float> [ %2187, %i27.body ], [ %2252, %p9.body ]
  %acc104.02804 = phi <16 x float> [ %2184, %i27.body ], [ %2251, %p9.body ]
  %acc103.02803 = phi <16 x float> [ %2180, %i27.body ], [ %2245, %p9.body ]
  %acc102.02802 = phi <16 x float> [ %2177, %i27.body ], [ %2244, %p9.body ]
  %acc101.02801 = phi <16 x float> [ %2173, %i27.body ], [ %2238, %p9.body ]
  %acc100.02800 = phi <16 x float> [ %2170, %i27.body ], [ %2237, %p9.body ]
  %acc99.02799 = phi <16 x float> [ %2166, %i27.body ], [ %2231, %p9.body ]
  %acc98.02798 = phi <16 x float> [ %2163, %i27.body ], [ %2230, %p9.body ]
  %acc97.02797 = phi <16 x float> [ %2159, %i27.body ], [ %2224, %p9.body ]
  %acc96.02796 = phi <16 x float> [ %2156, %i27.body ], [ %2223, %p9.body ]
  %2209 = shl nuw nsw i64 %p9.addr.02812, 5
  %2210 = or disjoint i64 %2209, 4096
  %2211 = getelementptr inbounds float, ptr %Bk, i64 %2210
  %2212 = load <16 x float>, ptr %2211, align 4
  %2213 = or disjoint i64 %2209, 4112
  %2214 = getelementptr inbounds float, ptr %Bk, i64 %2213
  %2215 = load <16 x float>, ptr %2214, align 4
  %2216 = mul nuw nsw i64 %p9.addr.02812, 192
  %2217 = add nuw nsw i64 %2216, 64
  %2218 = or disjoint i64 %2217, %i27.addr.02813
  %2219 = getelementptr inbounds float, ptr %Ak, i64 %2218
  %2220 = load float, ptr %2219, align 4
  %2221 = insertelement <16 x float> poison, float %2220, i64 0
  %2222 = shufflevector <16 x float> %2221, <16 x float> poison, <16 x i32> zeroinitializer
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2222, <16 x float> %2212, <16 x float> %acc96.02796)
  %2224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2222, <16 x float> %2215, <16 x float> %acc97.02797)
  %2225 = or disjoint i64 %2217, %2160
  %2226 = getelementptr inbounds float, ptr %Ak, i64 %2225
  %2227 = load float, ptr %2226, align 4
  %2228 = insertelement <16 x float> poison, float %2227, i64 0
  %2229 = shufflevector <16 x float> %2228, <16 x float> poison, <16 x i32> zeroinitializer
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2229, <16 x float> %2212, <16 x float> %acc98.02798)
  %2231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2229, <16 x float> %2215, <16 x float> %acc99.02799)
  %2232 = or disjoint i64 %2217, %2167
  %2233 = getelementptr inbounds float, ptr %Ak, i64 %2232
  %2234 = load float, ptr %2233, align 4
  %2235 = insertelement <16 x float> poison, float %2234, i64 0
  %2236 = shufflevector <16 x float> %2235, <16 x float> poison, <16 x i32> zeroinitializer
  %2237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2212, <16 x float> %acc100.02800)
  %2238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2215, <16 x float> %acc101.02801)
  %2239 = or disjoint i64 %2217, %2174
  %2240 = getelementptr inbounds float, ptr %Ak, i64 %2239
  %2241 = load float, ptr %2240, align 4
  %2242 = insertelement <16 x float> poison, float %2241, i64 0
  %2243 = shufflevector <16 x float> %2242, <16 x float> poison, <16 x i32> zeroinitializer
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2212, <16 x float> %acc102.02802)
  %2245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2215, <16 x float> %acc103.02803)
  %2246 = or disjoint i64 %2217, %2181
  %2247 = getelementptr inbounds float, ptr %Ak, i64 %2246
  %2248 = load float, ptr %2247, align 4
  %2249 = insertelement <16 x float> poison, float %2248, i64 0
  %2250 = shufflevector <16 x float> %2249, <16 x float> poison, <16 x i32> zeroinitializer
  %2251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2250, <16 x float> %2212, <16 x float> %acc104.02804)
  %2252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2250, <16 x float> %2215, <16 x float> %acc105.02805)
  %2253 = or disjoint i64 %2217, %2188
  %2254 = getelementptr inbounds float, ptr %Ak, i64 %2253
  %2255 = load float, ptr %2254, align 4
  %2256 = insertelement <16 x float> poison, float %2255, i64 0
  %2257 = shufflevector <16 x float> %2256, <16 x float> poison, <16 x i32> zeroinitializer
  %2258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2212, <16 x float> %acc106.02806)
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2215, <16 x float> %acc107.02807)
  %2260 = or disjoint i64 %2217, %2195
  %2261 = getelementptr inbounds float, ptr %Ak, i64 %2260
  %2262 = load float, ptr %2261, align 4
  %2263 = insertelement <16 x float> poison, float %2262, i64 0
  %2264 = shufflevector <16 x float> %2263, <16 x float> poison, <16 x i32> zeroinitializer
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2212, <16 x float> %acc108.02808)
  %2266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2215, <16 x float> %acc109.02809)
  %2267 = or disjoint i64 %2217, %2202
  %2268 = getelementptr inbounds float, ptr %Ak, i64 %2267
  %2269 = load float, ptr %2268, align 4
  %2270 = insertelement <16 x float> poison, float %2269, i64 0
  %2271 = shufflevector <16 x float> %2270, <16 x float> poison, <16 x i32> zeroinitializer
  %2272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2212, <16 x float> %acc110.02810)
  %2273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2215, <16 x float> %acc111.02811)
  %p9.next = add nuw nsw i64 %p9.addr.02812, 1
  %exitcond3151.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3151.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2274 = icmp slt i64 %i27.addr.02813, %L
  br i1 %2274, label %then1337, label %endif1343

then1337:                                         ; preds = %p9.exit
  %2275 = fmul <16 x float> %2223, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2276 = or disjoint i64 %i27.addr.02813, %t0
  %.idx2613 = shl nsw i64 %2276, 7
  %2277 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2613
  store <16 x float> %2275, ptr %2277, align 4
  %2278 = fmul <16 x float> %2224, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2279 = shl nsw i64 %2276, 5
  %2280 = or disjoint i64 %2279, 16
  %2281 = getelementptr inbounds float, ptr %gep2909, i64 %2280
  store <16 x float> %2278, ptr %2281, align 4
  br label %endif1343

endif1343:                                        ; preds = %p9.exit, %then1337
  %2282 = icmp slt i64 %2160, %L
  br i1 %2282, label %then1345, label %endif1351

then1345:                                         ; preds = %endif1343
  %2283 = fmul <16 x float> %2230, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2284 = or disjoint i64 %2160, %t0
  %.idx2614 = shl nsw i64 %2284, 7
  %2285 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2614
  store <16 x float> %2283, ptr %2285, align 4
  %2286 = fmul <16 x float> %2231, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2287 = shl nsw i64 %2284, 5
  %2288 = or disjoint i64 %2287, 16
  %2289 = getelementptr inbounds float, ptr %gep2909, i64 %2288
  store <16 x float> %2286, ptr %2289, align 4
  br label %endif1351

endif1351:                                        ; preds = %endif1343, %then1345
  %2290 = icmp slt i64 %2167, %L
  br i1 %2290, label %then1353, label %endif1359

then1353:                                         ; preds = %endif1351
  %2291 = fmul <16 x float> %2237, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2292 = or disjoint i64 %2167, %t0
  %.idx2615 = shl nsw i64 %2292, 7
  %2293 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2615
  store <16 x float> %2291, ptr %2293, align 4
  %2294 = fmul <16 x float> %2238, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2295 = shl nsw i64 %2292, 5
  %2296 = or disjoint i64 %2295, 16
  %2297 = getelementptr inbounds float, ptr %gep2909, i64 %2296
  store <16 x float> %2294, ptr %2297, align 4
  br label %endif1359

endif1359:                                        ; preds = %endif1351, %then1353
  %2298 = icmp slt i64 %2174, %L
  br i1 %2298, label %then1361, label %endif1367

then1361:                                         ; preds = %endif1359
  %2299 = fmul <16 x float> %2244, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2300 = or disjoint i64 %2174, %t0
  %.idx2616 = shl nsw i64 %2300, 7
  %2301 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2616
  store <16 x float> %2299, ptr %2301, align 4
  %2302 = fmul <16 x float> %2245, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2303 = shl nsw i64 %2300, 5
  %2304 = or disjoint i64 %2303, 16
  %2305 = getelementptr inbounds float, ptr %gep2909, i64 %2304
  store <16 x float> %2302, ptr %2305, align 4
  br label %endif1367

endif1367:                                        ; preds = %endif1359, %then1361
  %2306 = icmp slt i64 %2181, %L
  br i1 %2306, label %then1369, label %endif1375

then1369:                                         ; preds = %endif1367
  %2307 = fmul <16 x float> %2251, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2308 = or disjoint i64 %2181, %t0
  %.idx2617 = shl nsw i64 %2308, 7
  %2309 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2617
  store <16 x float> %2307, ptr %2309, align 4
  %2310 = fmul <16 x float> %2252, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2311 = shl nsw i64 %2308, 5
  %2312 = or disjoint i64 %2311, 16
  %2313 = getelementptr inbounds float, ptr %gep2909, i64 %2312
  store <16 x float> %2310, ptr %2313, align 4
  br label %endif1375

endif1375:                                        ; preds = %endif1367, %then1369
  %2314 = icmp slt i64 %2188, %L
  br i1 %2314, label %then1377, label %endif1383

then1377:                                         ; preds = %endif1375
  %2315 = fmul <16 x float> %2258, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2316 = or disjoint i64 %2188, %t0
  %.idx2618 = shl nsw i64 %2316, 7
  %2317 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2618
  store <16 x float> %2315, ptr %2317, align 4
  %2318 = fmul <16 x float> %2259, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2319 = shl nsw i64 %2316, 5
  %2320 = or disjoint i64 %2319, 16
  %2321 = getelementptr inbounds float, ptr %gep2909, i64 %2320
  store <16 x float> %2318, ptr %2321, align 4
  br label %endif1383

endif1383:                                        ; preds = %endif1375, %then1377
  %2322 = icmp slt i64 %2195, %L
  br i1 %2322, label %then1385, label %endif1391

then1385:                                         ; preds = %endif1383
  %2323 = fmul <16 x float> %2265, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2324 = or disjoint i64 %2195, %t0
  %.idx2619 = shl nsw i64 %2324, 7
  %2325 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2619
  store <16 x float> %2323, ptr %2325, align 4
  %2326 = fmul <16 x float> %2266, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2327 = shl nsw i64 %2324, 5
  %2328 = or disjoint i64 %2327, 16
  %2329 = getelementptr inbounds float, ptr %gep2909, i64 %2328
  store <16 x float> %2326, ptr %2329, align 4
  br label %endif1391

endif1391:                                        ; preds = %endif1383, %then1385
  %2330 = icmp slt i64 %2202, %L
  br i1 %2330, label %then1393, label %endif1399

then1393:                                         ; preds = %endif1391
  %2331 = fmul <16 x float> %2272, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2332 = or disjoint i64 %2202, %t0
  %.idx2620 = shl nsw i64 %2332, 7
  %2333 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2620
  store <16 x float> %2331, ptr %2333, align 4
  %2334 = fmul <16 x float> %2273, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2335 = shl nsw i64 %2332, 5
  %2336 = or disjoint i64 %2335, 16
  %2337 = getelementptr inbounds float, ptr %gep2909, i64 %2336
  store <16 x float> %2334, ptr %2337, align 4
  br label %endif1399

endif1399:                                        ; preds = %endif1391, %then1393
  %i27.next = add nuw nsw i64 %i27.addr.02813, 8
  %2338 = icmp ult i64 %i27.addr.02813, 56
  br i1 %2338, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %endif1399
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j26.exit
  %2339 = icmp sgt i64 %263, 0
  br i1 %2339, label %t5.body.preheader, label %i33.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3711 = and i64 %smax3710, 3
  %2340 = icmp slt i64 %indvars.iv3155, 4
  br i1 %2340, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3713 = and i64 %smax3710, 124
  br label %t5.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02832 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2341 = shl nuw nsw i64 %ib1.addr.02832, 2
  %i01 = sub nuw nsw i64 60, %2341
  %2342 = shl nuw nsw i64 %i01, 5
  %2343 = or disjoint i64 %2342, 2048
  %2344 = getelementptr inbounds float, ptr %OY, i64 %2343
  %2345 = load <16 x float>, ptr %2344, align 4
  %2346 = or disjoint i64 %2342, 2064
  %2347 = getelementptr inbounds float, ptr %OY, i64 %2346
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = sub nuw nsw i64 61, %2341
  %2350 = shl nuw nsw i64 %2349, 5
  %2351 = or disjoint i64 %2350, 2048
  %2352 = getelementptr inbounds float, ptr %OY, i64 %2351
  %2353 = load <16 x float>, ptr %2352, align 4
  %2354 = or disjoint i64 %2350, 2064
  %2355 = getelementptr inbounds float, ptr %OY, i64 %2354
  %2356 = load <16 x float>, ptr %2355, align 4
  %2357 = sub nuw nsw i64 62, %2341
  %2358 = shl nuw nsw i64 %2357, 5
  %2359 = or disjoint i64 %2358, 2048
  %2360 = getelementptr inbounds float, ptr %OY, i64 %2359
  %2361 = load <16 x float>, ptr %2360, align 4
  %2362 = or disjoint i64 %2358, 2064
  %2363 = getelementptr inbounds float, ptr %OY, i64 %2362
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = sub nuw nsw i64 63, %2341
  %2366 = shl nuw nsw i64 %2365, 5
  %2367 = or disjoint i64 %2366, 2048
  %2368 = getelementptr inbounds float, ptr %OY, i64 %2367
  %2369 = load <16 x float>, ptr %2368, align 4
  %2370 = or disjoint i64 %2366, 2064
  %2371 = getelementptr inbounds float, ptr %OY, i64 %2370
  %2372 = load <16 x float>, ptr %2371, align 4
  %.not2949 = icmp eq i64 %ib1.addr.02832, 0
  br i1 %.not2949, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2373 = sub nuw nsw i64 64, %2341
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02823 = phi i64 [ %j26.next, %j26.body ], [ %2373, %j26.body.preheader ]
  %acc119.02822 = phi <16 x float> [ %2413, %j26.body ], [ %2372, %j26.body.preheader ]
  %acc118.02821 = phi <16 x float> [ %2412, %j26.body ], [ %2369, %j26.body.preheader ]
  %acc117.02820 = phi <16 x float> [ %2405, %j26.body ], [ %2364, %j26.body.preheader ]
  %acc116.02819 = phi <16 x float> [ %2404, %j26.body ], [ %2361, %j26.body.preheader ]
  %acc115.02818 = phi <16 x float> [ %2397, %j26.body ], [ %2356, %j26.body.preheader ]
  %acc114.02817 = phi <16 x float> [ %2396, %j26.body ], [ %2353, %j26.body.preheader ]
  %acc113.02816 = phi <16 x float> [ %2389, %j26.body ], [ %2348, %j26.body.preheader ]
  %acc112.02815 = phi <16 x float> [ %2388, %j26.body ], [ %2345, %j26.body.preheader ]
  %2374 = shl nuw nsw i64 %j26.addr.02823, 5
  %2375 = or disjoint i64 %2374, 2048
  %2376 = getelementptr inbounds float, ptr %OY, i64 %2375
  %2377 = load <16 x float>, ptr %2376, align 4
  %2378 = or disjoint i64 %2374, 2064
  %2379 = getelementptr inbounds float, ptr %OY, i64 %2378
  %2380 = load <16 x float>, ptr %2379, align 4
  %2381 = shl nuw nsw i64 %j26.addr.02823, 6
  %2382 = or disjoint i64 %2381, %i01
  %2383 = getelementptr inbounds float, ptr %Gm, i64 %2382
  %2384 = load float, ptr %2383, align 4
  %2385 = fneg float %2384
  %2386 = insertelement <16 x float> poison, float %2385, i64 0
  %2387 = shufflevector <16 x float> %2386, <16 x float> poison, <16 x i32> zeroinitializer
  %2388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2377, <16 x float> %acc112.02815)
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2380, <16 x float> %acc113.02816)
  %2390 = or disjoint i64 %2381, %2349
  %2391 = getelementptr inbounds float, ptr %Gm, i64 %2390
  %2392 = load float, ptr %2391, align 4
  %2393 = fneg float %2392
  %2394 = insertelement <16 x float> poison, float %2393, i64 0
  %2395 = shufflevector <16 x float> %2394, <16 x float> poison, <16 x i32> zeroinitializer
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2377, <16 x float> %acc114.02817)
  %2397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2380, <16 x float> %acc115.02818)
  %2398 = or disjoint i64 %2381, %2357
  %2399 = getelementptr inbounds float, ptr %Gm, i64 %2398
  %2400 = load float, ptr %2399, align 4
  %2401 = fneg float %2400
  %2402 = insertelement <16 x float> poison, float %2401, i64 0
  %2403 = shufflevector <16 x float> %2402, <16 x float> poison, <16 x i32> zeroinitializer
  %2404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2403, <16 x float> %2377, <16 x float> %acc116.02819)
  %2405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2403, <16 x float> %2380, <16 x float> %acc117.02820)
  %2406 = or disjoint i64 %2381, %2365
  %2407 = getelementptr inbounds float, ptr %Gm, i64 %2406
  %2408 = load float, ptr %2407, align 4
  %2409 = fneg float %2408
  %2410 = insertelement <16 x float> poison, float %2409, i64 0
  %2411 = shufflevector <16 x float> %2410, <16 x float> poison, <16 x i32> zeroinitializer
  %2412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2377, <16 x float> %acc118.02821)
  %2413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2380, <16 x float> %acc119.02822)
  %j26.next = add nuw nsw i64 %j26.addr.02823, 1
  %2414 = icmp ult i64 %j26.addr.02823, 63
  br i1 %2414, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2345, %ib1.body ], [ %2388, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2348, %ib1.body ], [ %2389, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2353, %ib1.body ], [ %2396, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2356, %ib1.body ], [ %2397, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2361, %ib1.body ], [ %2404, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2364, %ib1.body ], [ %2405, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2369, %ib1.body ], [ %2412, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2372, %ib1.body ], [ %2413, %j26.body ]
  %2415 = getelementptr inbounds float, ptr %Rr, i64 %2366
  %2416 = load <16 x float>, ptr %2415, align 4
  %2417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2416, <16 x float> zeroinitializer)
  %2418 = or disjoint i64 %2366, 16
  %2419 = getelementptr inbounds float, ptr %Rr, i64 %2418
  %2420 = load <16 x float>, ptr %2419, align 4
  %2421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2420, <16 x float> %2417)
  %2422 = shufflevector <16 x float> %2421, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2423 = shufflevector <16 x float> %2421, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2424 = fadd <8 x float> %2422, %2423
  %2425 = shufflevector <8 x float> %2424, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2426 = shufflevector <8 x float> %2424, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2427 = fadd <4 x float> %2425, %2426
  %2428 = shufflevector <4 x float> %2427, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2429 = shufflevector <4 x float> %2427, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2430 = fadd <2 x float> %2428, %2429
  %2431 = shufflevector <2 x float> %2430, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2432 = shufflevector <2 x float> %2430, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2433 = getelementptr inbounds float, ptr %bet, i64 %2365
  %2434 = load float, ptr %2433, align 4
  %2435 = insertelement <16 x float> poison, float %2434, i64 0
  %2436 = shufflevector <16 x float> %2435, <16 x float> poison, <16 x i32> zeroinitializer
  %2437 = fmul <16 x float> %acc118.0.lcssa, %2436
  store <16 x float> %2437, ptr %2368, align 4
  %2438 = fneg <16 x float> %2437
  %2439 = mul nuw nsw i64 %2365, 192
  %2440 = or disjoint i64 %2439, 32
  %2441 = getelementptr inbounds float, ptr %Ak, i64 %2440
  store <16 x float> %2438, ptr %2441, align 4
  %2442 = fmul <16 x float> %acc119.0.lcssa, %2436
  store <16 x float> %2442, ptr %2371, align 4
  %2443 = fneg <16 x float> %2442
  %2444 = or disjoint i64 %2439, 48
  %2445 = getelementptr inbounds float, ptr %Ak, i64 %2444
  store <16 x float> %2443, ptr %2445, align 4
  %2446 = shl nuw nsw i64 %2365, 6
  %2447 = or disjoint i64 %2446, %2357
  %2448 = getelementptr inbounds float, ptr %Gm, i64 %2447
  %2449 = load float, ptr %2448, align 4
  %2450 = fneg float %2449
  %2451 = insertelement <16 x float> poison, float %2450, i64 0
  %2452 = shufflevector <16 x float> %2451, <16 x float> poison, <16 x i32> zeroinitializer
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2437, <16 x float> %acc116.0.lcssa)
  %2454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2442, <16 x float> %acc117.0.lcssa)
  %2455 = getelementptr inbounds float, ptr %Rr, i64 %2358
  %2456 = load <16 x float>, ptr %2455, align 4
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2453, <16 x float> %2456, <16 x float> zeroinitializer)
  %2458 = or disjoint i64 %2358, 16
  %2459 = getelementptr inbounds float, ptr %Rr, i64 %2458
  %2460 = load <16 x float>, ptr %2459, align 4
  %2461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2454, <16 x float> %2460, <16 x float> %2457)
  %2462 = shufflevector <16 x float> %2461, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2463 = shufflevector <16 x float> %2461, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2464 = fadd <8 x float> %2462, %2463
  %2465 = shufflevector <8 x float> %2464, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2466 = shufflevector <8 x float> %2464, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2467 = fadd <4 x float> %2465, %2466
  %2468 = shufflevector <4 x float> %2467, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2469 = shufflevector <4 x float> %2467, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2470 = fadd <2 x float> %2468, %2469
  %2471 = shufflevector <2 x float> %2470, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2472 = shufflevector <2 x float> %2470, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2473 = getelementptr inbounds float, ptr %bet, i64 %2357
  %2474 = load float, ptr %2473, align 4
  %2475 = insertelement <16 x float> poison, float %2474, i64 0
  %2476 = shufflevector <16 x float> %2475, <16 x float> poison, <16 x i32> zeroinitializer
  %2477 = fmul <16 x float> %2453, %2476
  store <16 x float> %2477, ptr %2360, align 4
  %2478 = fneg <16 x float> %2477
  %2479 = mul nuw nsw i64 %2357, 192
  %2480 = or disjoint i64 %2479, 32
  %2481 = getelementptr inbounds float, ptr %Ak, i64 %2480
  store <16 x float> %2478, ptr %2481, align 4
  %2482 = fmul <16 x float> %2454, %2476
  store <16 x float> %2482, ptr %2363, align 4
  %2483 = fneg <16 x float> %2482
  %2484 = or disjoint i64 %2479, 48
  %2485 = getelementptr inbounds float, ptr %Ak, i64 %2484
  store <16 x float> %2483, ptr %2485, align 4
  %2486 = shl nuw nsw i64 %2357, 6
  %2487 = or disjoint i64 %2486, %2349
  %2488 = getelementptr inbounds float, ptr %Gm, i64 %2487
  %2489 = load float, ptr %2488, align 4
  %2490 = fneg float %2489
  %2491 = insertelement <16 x float> poison, float %2490, i64 0
  %2492 = shufflevector <16 x float> %2491, <16 x float> poison, <16 x i32> zeroinitializer
  %2493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2477, <16 x float> %acc114.0.lcssa)
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2482, <16 x float> %acc115.0.lcssa)
  %2495 = or disjoint i64 %2446, %2349
  %2496 = getelementptr inbounds float, ptr %Gm, i64 %2495
  %2497 = load float, ptr %2496, align 4
  %2498 = fneg float %2497
  %2499 = insertelement <16 x float> poison, float %2498, i64 0
  %2500 = shufflevector <16 x float> %2499, <16 x float> poison, <16 x i32> zeroinitializer
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2437, <16 x float> %2493)
  %2502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2442, <16 x float> %2494)
  %2503 = getelementptr inbounds float, ptr %Rr, i64 %2350
  %2504 = load <16 x float>, ptr %2503, align 4
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2501, <16 x float> %2504, <16 x float> zeroinitializer)
  %2506 = or disjoint i64 %2350, 16
  %2507 = getelementptr inbounds float, ptr %Rr, i64 %2506
  %2508 = load <16 x float>, ptr %2507, align 4
  %2509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2502, <16 x float> %2508, <16 x float> %2505)
  %2510 = shufflevector <16 x float> %2509, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2511 = shufflevector <16 x float> %2509, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2512 = fadd <8 x float> %2510, %2511
  %2513 = shufflevector <8 x float> %2512, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2514 = shufflevector <8 x float> %2512, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2515 = fadd <4 x float> %2513, %2514
  %2516 = shufflevector <4 x float> %2515, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2517 = shufflevector <4 x float> %2515, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2518 = fadd <2 x float> %2516, %2517
  %2519 = getelementptr inbounds float, ptr %bet, i64 %2349
  %2520 = load float, ptr %2519, align 4
  %2521 = insertelement <16 x float> poison, float %2520, i64 0
  %2522 = shufflevector <16 x float> %2521, <16 x float> poison, <16 x i32> zeroinitializer
  %2523 = fmul <16 x float> %2501, %2522
  store <16 x float> %2523, ptr %2352, align 4
  %2524 = fneg <16 x float> %2523
  %2525 = mul nuw nsw i64 %2349, 192
  %2526 = or disjoint i64 %2525, 32
  %2527 = getelementptr inbounds float, ptr %Ak, i64 %2526
  store <16 x float> %2524, ptr %2527, align 4
  %2528 = fmul <16 x float> %2502, %2522
  store <16 x float> %2528, ptr %2355, align 4
  %2529 = fneg <16 x float> %2528
  %2530 = or disjoint i64 %2525, 48
  %2531 = getelementptr inbounds float, ptr %Ak, i64 %2530
  store <16 x float> %2529, ptr %2531, align 4
  %2532 = shl nuw nsw i64 %2349, 6
  %2533 = or disjoint i64 %2532, %i01
  %2534 = getelementptr inbounds float, ptr %Gm, i64 %2533
  %2535 = load float, ptr %2534, align 4
  %2536 = fneg float %2535
  %2537 = insertelement <16 x float> poison, float %2536, i64 0
  %2538 = shufflevector <16 x float> %2537, <16 x float> poison, <16 x i32> zeroinitializer
  %2539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2523, <16 x float> %acc112.0.lcssa)
  %2540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2528, <16 x float> %acc113.0.lcssa)
  %2541 = or disjoint i64 %2486, %i01
  %2542 = getelementptr inbounds float, ptr %Gm, i64 %2541
  %2543 = load float, ptr %2542, align 4
  %2544 = fneg float %2543
  %2545 = insertelement <16 x float> poison, float %2544, i64 0
  %2546 = shufflevector <16 x float> %2545, <16 x float> poison, <16 x i32> zeroinitializer
  %2547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2477, <16 x float> %2539)
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2482, <16 x float> %2540)
  %2549 = or disjoint i64 %2446, %i01
  %2550 = getelementptr inbounds float, ptr %Gm, i64 %2549
  %2551 = load float, ptr %2550, align 4
  %2552 = fneg float %2551
  %2553 = insertelement <16 x float> poison, float %2552, i64 0
  %2554 = shufflevector <16 x float> %2553, <16 x float> poison, <16 x i32> zeroinitializer
  %2555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2554, <16 x float> %2437, <16 x float> %2547)
  %2556 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2554, <16 x float> %2442, <16 x float> %2548)
  %2557 = getelementptr inbounds float, ptr %Rr, i64 %2342
  %2558 = load <16 x float>, ptr %2557, align 4
  %2559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2555, <16 x float> %2558, <16 x float> zeroinitializer)
  %2560 = or disjoint i64 %2342, 16
  %2561 = getelementptr inbounds float, ptr %Rr, i64 %2560
  %2562 = load <16 x float>, ptr %2561, align 4
  %2563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2556, <16 x float> %2562, <16 x float> %2559)
  %2564 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2565 = shufflevector <16 x float> %2563, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2566 = shufflevector <16 x float> %2563, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2567 = fadd <8 x float> %2565, %2566
  %2568 = shufflevector <8 x float> %2567, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2569 = shufflevector <8 x float> %2567, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2570 = fadd <4 x float> %2568, %2569
  %2571 = shufflevector <4 x float> %2570, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2572 = shufflevector <4 x float> %2570, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2573 = fadd <2 x float> %2571, %2572
  %2574 = load <4 x float>, ptr %2564, align 4
  %2575 = shufflevector <2 x float> %2573, <2 x float> %2518, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2576 = shufflevector <4 x float> %2575, <4 x float> %2472, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2577 = shufflevector <4 x float> %2576, <4 x float> %2432, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2578 = shufflevector <2 x float> %2573, <2 x float> %2518, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2579 = shufflevector <4 x float> %2578, <4 x float> %2471, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2580 = shufflevector <4 x float> %2579, <4 x float> %2431, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2581 = fadd <4 x float> %2577, %2580
  %2582 = fadd <4 x float> %2574, %2581
  store <4 x float> %2582, ptr %2564, align 4
  %2583 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2584 = load float, ptr %2583, align 4
  %2585 = insertelement <16 x float> poison, float %2584, i64 0
  %2586 = shufflevector <16 x float> %2585, <16 x float> poison, <16 x i32> zeroinitializer
  %2587 = fmul <16 x float> %2555, %2586
  store <16 x float> %2587, ptr %2344, align 4
  %2588 = fneg <16 x float> %2587
  %2589 = mul nuw nsw i64 %i01, 192
  %2590 = or disjoint i64 %2589, 32
  %2591 = getelementptr inbounds float, ptr %Ak, i64 %2590
  store <16 x float> %2588, ptr %2591, align 4
  %2592 = fmul <16 x float> %2556, %2586
  store <16 x float> %2592, ptr %2347, align 4
  %2593 = fneg <16 x float> %2592
  %2594 = or disjoint i64 %2589, 48
  %2595 = getelementptr inbounds float, ptr %Ak, i64 %2594
  store <16 x float> %2593, ptr %2595, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02832, 1
  %exitcond3152.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond3152.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02834 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.3, %t5.body ]
  %niter3714 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3714.next.3, %t5.body ]
  %tau1 = add nsw i64 %t5.addr.02834, %t0
  %.idx2950 = shl nsw i64 %t5.addr.02834, 7
  %gep3361 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950
  %2596 = load <16 x float>, ptr %gep3361, align 4
  %.idx2951 = shl i64 %tau1, 7
  %2597 = getelementptr i8, ptr %dav, i64 %.idx2951
  store <16 x float> %2596, ptr %2597, align 4
  %gep3363 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950
  %2598 = load <16 x float>, ptr %gep3363, align 4
  %2599 = getelementptr i8, ptr %28, i64 %.idx2951
  store <16 x float> %2598, ptr %2599, align 4
  %2600 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02834
  %2601 = load float, ptr %2600, align 4
  %2602 = mul nsw i64 %tau1, %H
  %2603 = getelementptr inbounds float, ptr %betah1, i64 %2602
  store float %2601, ptr %2603, align 4
  %t5.next = or disjoint i64 %t5.addr.02834, 1
  %tau1.1 = add nsw i64 %t5.next, %t0
  %.idx2950.1 = shl nsw i64 %t5.next, 7
  %gep3361.1 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.1
  %2604 = load <16 x float>, ptr %gep3361.1, align 4
  %.idx2951.1 = shl i64 %tau1.1, 7
  %2605 = getelementptr i8, ptr %dav, i64 %.idx2951.1
  store <16 x float> %2604, ptr %2605, align 4
  %gep3363.1 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.1
  %2606 = load <16 x float>, ptr %gep3363.1, align 4
  %2607 = getelementptr i8, ptr %28, i64 %.idx2951.1
  store <16 x float> %2606, ptr %2607, align 4
  %2608 = getelementptr inbounds float, ptr %dbet, i64 %t5.next
  %2609 = load float, ptr %2608, align 4
  %2610 = mul nsw i64 %tau1.1, %H
  %2611 = getelementptr inbounds float, ptr %betah1, i64 %2610
  store float %2609, ptr %2611, align 4
  %t5.next.1 = or disjoint i64 %t5.addr.02834, 2
  %tau1.2 = add nsw i64 %t5.next.1, %t0
  %.idx2950.2 = shl nsw i64 %t5.next.1, 7
  %gep3361.2 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.2
  %2612 = load <16 x float>, ptr %gep3361.2, align 4
  %.idx2951.2 = shl i64 %tau1.2, 7
  %2613 = getelementptr i8, ptr %dav, i64 %.idx2951.2
  store <16 x float> %2612, ptr %2613, align 4
  %gep3363.2 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.2
  %2614 = load <16 x float>, ptr %gep3363.2, align 4
  %2615 = getelementptr i8, ptr %28, i64 %.idx2951.2
  store <16 x float> %2614, ptr %2615, align 4
  %2616 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.1
  %2617 = load float, ptr %2616, align 4
  %2618 = mul nsw i64 %tau1.2, %H
  %2619 = getelementptr inbounds float, ptr %betah1, i64 %2618
  store float %2617, ptr %2619, align 4
  %t5.next.2 = or disjoint i64 %t5.addr.02834, 3
  %tau1.3 = add nsw i64 %t5.next.2, %t0
  %.idx2950.3 = shl nsw i64 %t5.next.2, 7
  %gep3361.3 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.3
  %2620 = load <16 x float>, ptr %gep3361.3, align 4
  %.idx2951.3 = shl i64 %tau1.3, 7
  %2621 = getelementptr i8, ptr %dav, i64 %.idx2951.3
  store <16 x float> %2620, ptr %2621, align 4
  %gep3363.3 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.3
  %2622 = load <16 x float>, ptr %gep3363.3, align 4
  %2623 = getelementptr i8, ptr %28, i64 %.idx2951.3
  store <16 x float> %2622, ptr %2623, align 4
  %2624 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.2
  %2625 = load float, ptr %2624, align 4
  %2626 = mul nsw i64 %tau1.3, %H
  %2627 = getelementptr inbounds float, ptr %betah1, i64 %2626
  store float %2625, ptr %2627, align 4
  %t5.next.3 = add nuw nsw i64 %t5.addr.02834, 4
  %niter3714.next.3 = add i64 %niter3714, 4
  %niter3714.ncmp.3 = icmp eq i64 %niter3714.next.3, %unroll_iter3713
  br i1 %niter3714.ncmp.3, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body

i33.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02834.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.3, %t5.body ]
  %lcmp.mod3712.not = icmp eq i64 %xtraiter3711, 0
  br i1 %lcmp.mod3712.not, label %i33.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil
  %t5.addr.02834.epil = phi i64 [ %t5.next.epil, %t5.body.epil ], [ %t5.addr.02834.unr, %i33.body.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %t5.body.epil ], [ 0, %i33.body.preheader.loopexit.unr-lcssa ]
  %tau1.epil = add nsw i64 %t5.addr.02834.epil, %t0
  %.idx2950.epil = shl nsw i64 %t5.addr.02834.epil, 7
  %gep3361.epil = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.epil
  %2628 = load <16 x float>, ptr %gep3361.epil, align 4
  %.idx2951.epil = shl i64 %tau1.epil, 7
  %2629 = getelementptr i8, ptr %dav, i64 %.idx2951.epil
  store <16 x float> %2628, ptr %2629, align 4
  %gep3363.epil = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.epil
  %2630 = load <16 x float>, ptr %gep3363.epil, align 4
  %2631 = getelementptr i8, ptr %28, i64 %.idx2951.epil
  store <16 x float> %2630, ptr %2631, align 4
  %2632 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02834.epil
  %2633 = load float, ptr %2632, align 4
  %2634 = mul nsw i64 %tau1.epil, %H
  %2635 = getelementptr inbounds float, ptr %betah1, i64 %2634
  store float %2633, ptr %2635, align 4
  %t5.next.epil = add nuw nsw i64 %t5.addr.02834.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3711
  br i1 %epil.iter.cmp.not, label %i33.body.preheader, label %t5.body.epil, !llvm.loop !0

i33.body.preheader:                               ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil, %t5.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02852 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %2636 = shl nuw nsw i64 %i33.addr.02852, 6
  %2637 = or disjoint i64 %2636, 32
  %2638 = getelementptr inbounds float, ptr %work, i64 %2637
  %2639 = load <16 x float>, ptr %2638, align 4
  %2640 = or disjoint i64 %2636, 48
  %2641 = getelementptr inbounds float, ptr %work, i64 %2640
  %2642 = load <16 x float>, ptr %2641, align 4
  %2643 = or disjoint i64 %i33.addr.02852, 1
  %2644 = shl nuw nsw i64 %2643, 6
  %2645 = or disjoint i64 %2644, 32
  %2646 = getelementptr inbounds float, ptr %work, i64 %2645
  %2647 = load <16 x float>, ptr %2646, align 4
  %2648 = or disjoint i64 %2644, 48
  %2649 = getelementptr inbounds float, ptr %work, i64 %2648
  %2650 = load <16 x float>, ptr %2649, align 4
  %2651 = or disjoint i64 %i33.addr.02852, 2
  %2652 = shl nuw nsw i64 %2651, 6
  %2653 = or disjoint i64 %2652, 32
  %2654 = getelementptr inbounds float, ptr %work, i64 %2653
  %2655 = load <16 x float>, ptr %2654, align 4
  %2656 = or disjoint i64 %2652, 48
  %2657 = getelementptr inbounds float, ptr %work, i64 %2656
  %2658 = load <16 x float>, ptr %2657, align 4
  %2659 = or disjoint i64 %i33.addr.02852, 3
  %2660 = shl nuw nsw i64 %2659, 6
  %2661 = or disjoint i64 %2660, 32
  %2662 = getelementptr inbounds float, ptr %work, i64 %2661
  %2663 = load <16 x float>, ptr %2662, align 4
  %2664 = or disjoint i64 %2660, 48
  %2665 = getelementptr inbounds float, ptr %work, i64 %2664
  %2666 = load <16 x float>, ptr %2665, align 4
  %2667 = or disjoint i64 %i33.addr.02852, 4
  %2668 = shl nuw nsw i64 %2667, 6
  %2669 = or disjoint i64 %2668, 32
  %2670 = getelementptr inbounds float, ptr %work, i64 %2669
  %2671 = load <16 x float>, ptr %2670, align 4
  %2672 = or disjoint i64 %2668, 48
  %2673 = getelementptr inbounds float, ptr %work, i64 %2672
  %2674 = load <16 x float>, ptr %2673, align 4
  %2675 = or disjoint i64 %i33.addr.02852, 5
  %2676 = shl nuw nsw i64 %2675, 6
  %2677 = or disjoint i64 %2676, 32
  %2678 = getelementptr inbounds float, ptr %work, i64 %2677
  %2679 = load <16 x float>, ptr %2678, align 4
  %2680 = or disjoint i64 %2676, 48
  %2681 = getelementptr inbounds float, ptr %work, i64 %2680
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = or disjoint i64 %i33.addr.02852, 6
  %2684 = shl nuw nsw i64 %2683, 6
  %2685 = or disjoint i64 %2684, 32
  %2686 = getelementptr inbounds float, ptr %work, i64 %2685
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = or disjoint i64 %2684, 48
  %2689 = getelementptr inbounds float, ptr %work, i64 %2688
  %2690 = load <16 x float>, ptr %2689, align 4
  %2691 = or disjoint i64 %i33.addr.02852, 7
  %2692 = shl nuw nsw i64 %2691, 6
  %2693 = or disjoint i64 %2692, 32
  %2694 = getelementptr inbounds float, ptr %work, i64 %2693
  %2695 = load <16 x float>, ptr %2694, align 4
  %2696 = or disjoint i64 %2692, 48
  %2697 = getelementptr inbounds float, ptr %work, i64 %2696
  %2698 = load <16 x float>, ptr %2697, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02851 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc135.02850 = phi <16 x float> [ %2698, %i33.body ], [ %2760, %p10.body ]
  %acc134.02849 = phi <16 x float> [ %2695, %i33.body ], [ %2759, %p10.body ]
  %acc133.02848 = phi <16 x float> [ %2690, %i33.body ], [ %2753, %p10.body ]
  %acc132.02847 = phi <16 x float> [ %2687, %i33.body ], [ %2752, %p10.body ]
  %acc131.02846 = phi <16 x float> [ %2682, %i33.body ], [ %2746, %p10.body ]
  %acc130.02845 = phi <16 x float> [ %2679, %i33.body ], [ %2745, %p10.body ]
  %acc129.02844 = phi <16 x float> [ %2674, %i33.body ], [ %2739, %p10.body ]
  %acc128.02843 = phi <16 x float> [ %2671, %i33.body ], [ %2738, %p10.body ]
  %acc127.02842 = phi <16 x float> [ %2666, %i33.body ], [ %2732, %p10.body ]
  %acc126.02841 = phi <16 x float> [ %2663, %i33.body ], [ %2731, %p10.body ]
  %acc125.02840 = phi <16 x float> [ %2658, %i33.body ], [ %2725, %p10.body ]
  %acc124.02839 = phi <16 x float> [ %2655, %i33.body ], [ %2724, %p10.body ]
  %acc123.02838 = phi <16 x float> [ %2650, %i33.body ], [ %2718, %p10.body ]
  %acc122.02837 = phi <16 x float> [ %2647, %i33.body ], [ %2717, %p10.body ]
  %acc121.02836 = phi <16 x float> [ %2642, %i33.body ], [ %2711, %p10.body ]
  %acc120.02835 = phi <16 x float> [ %2639, %i33.body ], [ %2710, %p10.body ]
  %2699 = shl nuw nsw i64 %p10.addr.02851, 5
  %2700 = getelementptr inbounds float, ptr %OY, i64 %2699
  %2701 = load <16 x float>, ptr %2700, align 4
  %2702 = or disjoint i64 %2699, 16
  %2703 = getelementptr inbounds float, ptr %OY, i64 %2702
  %2704 = load <16 x float>, ptr %2703, align 4
  %2705 = or disjoint i64 %2699, %i33.addr.02852
  %2706 = getelementptr inbounds float, ptr %QK, i64 %2705
  %2707 = load float, ptr %2706, align 4
  %2708 = insertelement <16 x float> poison, float %2707, i64 0
  %2709 = shufflevector <16 x float> %2708, <16 x float> poison, <16 x i32> zeroinitializer
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2701, <16 x float> %acc120.02835)
  %2711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2704, <16 x float> %acc121.02836)
  %2712 = or disjoint i64 %2699, %2643
  %2713 = getelementptr inbounds float, ptr %QK, i64 %2712
  %2714 = load float, ptr %2713, align 4
  %2715 = insertelement <16 x float> poison, float %2714, i64 0
  %2716 = shufflevector <16 x float> %2715, <16 x float> poison, <16 x i32> zeroinitializer
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2701, <16 x float> %acc122.02837)
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2704, <16 x float> %acc123.02838)
  %2719 = or disjoint i64 %2699, %2651
  %2720 = getelementptr inbounds float, ptr %QK, i64 %2719
  %2721 = load float, ptr %2720, align 4
  %2722 = insertelement <16 x float> poison, float %2721, i64 0
  %2723 = shufflevector <16 x float> %2722, <16 x float> poison, <16 x i32> zeroinitializer
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2701, <16 x float> %acc124.02839)
  %2725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2704, <16 x float> %acc125.02840)
  %2726 = or disjoint i64 %2699, %2659
  %2727 = getelementptr inbounds float, ptr %QK, i64 %2726
  %2728 = load float, ptr %2727, align 4
  %2729 = insertelement <16 x float> poison, float %2728, i64 0
  %2730 = shufflevector <16 x float> %2729, <16 x float> poison, <16 x i32> zeroinitializer
  %2731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2730, <16 x float> %2701, <16 x float> %acc126.02841)
  %2732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2730, <16 x float> %2704, <16 x float> %acc127.02842)
  %2733 = or disjoint i64 %2699, %2667
  %2734 = getelementptr inbounds float, ptr %QK, i64 %2733
  %2735 = load float, ptr %2734, align 4
  %2736 = insertelement <16 x float> poison, float %2735, i64 0
  %2737 = shufflevector <16 x float> %2736, <16 x float> poison, <16 x i32> zeroinitializer
  %2738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2701, <16 x float> %acc128.02843)
  %2739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2704, <16 x float> %acc129.02844)
  %2740 = or disjoint i64 %2699, %2675
  %2741 = getelementptr inbounds float, ptr %QK, i64 %2740
  %2742 = load float, ptr %2741, align 4
  %2743 = insertelement <16 x float> poison, float %2742, i64 0
  %2744 = shufflevector <16 x float> %2743, <16 x float> poison, <16 x i32> zeroinitializer
  %2745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2744, <16 x float> %2701, <16 x float> %acc130.02845)
  %2746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2744, <16 x float> %2704, <16 x float> %acc131.02846)
  %2747 = or disjoint i64 %2699, %2683
  %2748 = getelementptr inbounds float, ptr %QK, i64 %2747
  %2749 = load float, ptr %2748, align 4
  %2750 = insertelement <16 x float> poison, float %2749, i64 0
  %2751 = shufflevector <16 x float> %2750, <16 x float> poison, <16 x i32> zeroinitializer
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2701, <16 x float> %acc132.02847)
  %2753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2704, <16 x float> %acc133.02848)
  %2754 = or disjoint i64 %2699, %2691
  %2755 = getelementptr inbounds float, ptr %QK, i64 %2754
  %2756 = load float, ptr %2755, align 4
  %2757 = insertelement <16 x float> poison, float %2756, i64 0
  %2758 = shufflevector <16 x float> %2757, <16 x float> poison, <16 x i32> zeroinitializer
  %2759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2701, <16 x float> %acc134.02849)
  %2760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2704, <16 x float> %acc135.02850)
  %p10.next = add nuw nsw i64 %p10.addr.02851, 1
  %exitcond3158.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3158.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
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
  %i33.next = add nuw nsw i64 %i33.addr.02852, 8
  %2761 = icmp ult i64 %i33.addr.02852, 24
  br i1 %2761, label %i33.body, label %i34.body

i34.head.loopexit:                                ; preds = %p11.exit
  %2762 = icmp ult i64 %i34.addr.02865, 56
  br i1 %2762, label %i34.body, label %j30.head.preheader

i34.body:                                         ; preds = %p10.exit, %i34.head.loopexit
  %i34.addr.02865 = phi i64 [ %2763, %i34.head.loopexit ], [ 0, %p10.exit ]
  %2763 = add nuw nsw i64 %i34.addr.02865, 8
  %2764 = shl nuw nsw i64 %i34.addr.02865, 5
  %2765 = mul nuw nsw i64 %i34.addr.02865, 192
  %2766 = or disjoint i64 %2765, 128
  %2767 = getelementptr inbounds float, ptr %Ak, i64 %2766
  %2768 = or disjoint i64 %2765, 320
  %2769 = getelementptr inbounds float, ptr %Ak, i64 %2768
  %.idx2606 = mul nuw nsw i64 %i34.addr.02865, 768
  %2770 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2606
  %2771 = getelementptr inbounds i8, ptr %2770, i64 2048
  %2772 = getelementptr inbounds i8, ptr %2770, i64 2816
  %2773 = getelementptr inbounds i8, ptr %2770, i64 3584
  %2774 = getelementptr inbounds i8, ptr %2770, i64 4352
  %2775 = getelementptr inbounds i8, ptr %2770, i64 5120
  %2776 = getelementptr inbounds i8, ptr %2770, i64 5888
  br label %p11.head.preheader

p11.head.preheader:                               ; preds = %i34.body, %p11.exit
  %j29.addr.02864 = phi i64 [ 0, %i34.body ], [ %j29.next, %p11.exit ]
  %invariant.gep2853 = getelementptr inbounds float, ptr %VnT, i64 %j29.addr.02864
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02863 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc143.02862 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2826, %p11.body ]
  %acc142.02861 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2820, %p11.body ]
  %acc141.02860 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2814, %p11.body ]
  %acc140.02859 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2808, %p11.body ]
  %acc139.02858 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2802, %p11.body ]
  %acc138.02857 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2796, %p11.body ]
  %acc137.02856 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2790, %p11.body ]
  %acc136.02855 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2784, %p11.body ]
  %.idx2612 = shl nuw nsw i64 %p11.addr.02863, 8
  %gep2854 = getelementptr inbounds i8, ptr %invariant.gep2853, i64 %.idx2612
  %2777 = load <16 x float>, ptr %gep2854, align 4
  %2778 = add nuw nsw i64 %p11.addr.02863, %2764
  %2779 = or disjoint i64 %2778, 2048
  %2780 = getelementptr inbounds float, ptr %OY, i64 %2779
  %2781 = load float, ptr %2780, align 4
  %2782 = insertelement <16 x float> poison, float %2781, i64 0
  %2783 = shufflevector <16 x float> %2782, <16 x float> poison, <16 x i32> zeroinitializer
  %2784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2783, <16 x float> %2777, <16 x float> %acc136.02855)
  %2785 = or disjoint i64 %2778, 2080
  %2786 = getelementptr inbounds float, ptr %OY, i64 %2785
  %2787 = load float, ptr %2786, align 4
  %2788 = insertelement <16 x float> poison, float %2787, i64 0
  %2789 = shufflevector <16 x float> %2788, <16 x float> poison, <16 x i32> zeroinitializer
  %2790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2789, <16 x float> %2777, <16 x float> %acc137.02856)
  %2791 = or disjoint i64 %2778, 2112
  %2792 = getelementptr inbounds float, ptr %OY, i64 %2791
  %2793 = load float, ptr %2792, align 4
  %2794 = insertelement <16 x float> poison, float %2793, i64 0
  %2795 = shufflevector <16 x float> %2794, <16 x float> poison, <16 x i32> zeroinitializer
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2777, <16 x float> %acc138.02857)
  %2797 = or disjoint i64 %2778, 2144
  %2798 = getelementptr inbounds float, ptr %OY, i64 %2797
  %2799 = load float, ptr %2798, align 4
  %2800 = insertelement <16 x float> poison, float %2799, i64 0
  %2801 = shufflevector <16 x float> %2800, <16 x float> poison, <16 x i32> zeroinitializer
  %2802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2777, <16 x float> %acc139.02858)
  %2803 = or disjoint i64 %2778, 2176
  %2804 = getelementptr inbounds float, ptr %OY, i64 %2803
  %2805 = load float, ptr %2804, align 4
  %2806 = insertelement <16 x float> poison, float %2805, i64 0
  %2807 = shufflevector <16 x float> %2806, <16 x float> poison, <16 x i32> zeroinitializer
  %2808 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2807, <16 x float> %2777, <16 x float> %acc140.02859)
  %2809 = or disjoint i64 %2778, 2208
  %2810 = getelementptr inbounds float, ptr %OY, i64 %2809
  %2811 = load float, ptr %2810, align 4
  %2812 = insertelement <16 x float> poison, float %2811, i64 0
  %2813 = shufflevector <16 x float> %2812, <16 x float> poison, <16 x i32> zeroinitializer
  %2814 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2813, <16 x float> %2777, <16 x float> %acc141.02860)
  %2815 = or disjoint i64 %2778, 2240
  %2816 = getelementptr inbounds float, ptr %OY, i64 %2815
  %2817 = load float, ptr %2816, align 4
  %2818 = insertelement <16 x float> poison, float %2817, i64 0
  %2819 = shufflevector <16 x float> %2818, <16 x float> poison, <16 x i32> zeroinitializer
  %2820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2819, <16 x float> %2777, <16 x float> %acc142.02861)
  %2821 = or disjoint i64 %2778, 2272
  %2822 = getelementptr inbounds float, ptr %OY, i64 %2821
  %2823 = load float, ptr %2822, align 4
  %2824 = insertelement <16 x float> poison, float %2823, i64 0
  %2825 = shufflevector <16 x float> %2824, <16 x float> poison, <16 x i32> zeroinitializer
  %2826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2825, <16 x float> %2777, <16 x float> %acc143.02862)
  %p11.next = add nuw nsw i64 %p11.addr.02863, 1
  %exitcond3159.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3159.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2827 = getelementptr inbounds float, ptr %2767, i64 %j29.addr.02864
  store <16 x float> %2784, ptr %2827, align 4
  %2828 = getelementptr inbounds float, ptr %2769, i64 %j29.addr.02864
  store <16 x float> %2790, ptr %2828, align 4
  %2829 = getelementptr inbounds float, ptr %2771, i64 %j29.addr.02864
  store <16 x float> %2796, ptr %2829, align 4
  %2830 = getelementptr inbounds float, ptr %2772, i64 %j29.addr.02864
  store <16 x float> %2802, ptr %2830, align 4
  %2831 = getelementptr inbounds float, ptr %2773, i64 %j29.addr.02864
  store <16 x float> %2808, ptr %2831, align 4
  %2832 = getelementptr inbounds float, ptr %2774, i64 %j29.addr.02864
  store <16 x float> %2814, ptr %2832, align 4
  %2833 = getelementptr inbounds float, ptr %2775, i64 %j29.addr.02864
  store <16 x float> %2820, ptr %2833, align 4
  %2834 = getelementptr inbounds float, ptr %2776, i64 %j29.addr.02864
  store <16 x float> %2826, ptr %2834, align 4
  %j29.next = add nuw nsw i64 %j29.addr.02864, 16
  %2835 = icmp ult i64 %j29.next, %2763
  br i1 %2835, label %p11.head.preheader, label %i34.head.loopexit

j30.head.preheader:                               ; preds = %i34.head.loopexit, %j30.exit
  %t6.addr.02869 = phi i64 [ %t6.next, %j30.exit ], [ 0, %i34.head.loopexit ]
  %.not2952 = icmp eq i64 %t6.addr.02869, 0
  br i1 %.not2952, label %j30.exit, label %j30.body.lr.ph

j30.body.lr.ph:                                   ; preds = %j30.head.preheader
  %.idx2605 = mul nuw nsw i64 %t6.addr.02869, 768
  %gep2867 = getelementptr inbounds i8, ptr %invariant.gep2866, i64 %.idx2605
  %invariant.gep3366 = getelementptr inbounds float, ptr %invariant.gep3364, i64 %t6.addr.02869
  %xtraiter3715 = and i64 %t6.addr.02869, 7
  %2836 = icmp ult i64 %t6.addr.02869, 8
  br i1 %2836, label %j30.exit.loopexit.unr-lcssa, label %j30.body.lr.ph.new

j30.body.lr.ph.new:                               ; preds = %j30.body.lr.ph
  %unroll_iter3718 = and i64 %t6.addr.02869, 9223372036854775800
  br label %j30.body

j30.body:                                         ; preds = %j30.body, %j30.body.lr.ph.new
  %j30.addr.02868 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %j30.next.7, %j30.body ]
  %niter3719 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %niter3719.next.7, %j30.body ]
  %2837 = getelementptr inbounds float, ptr %gep2867, i64 %j30.addr.02868
  %2838 = load float, ptr %2837, align 4
  %2839 = fneg float %2838
  store float %2839, ptr %2837, align 4
  %.idx2953 = mul nuw nsw i64 %j30.addr.02868, 768
  %gep3367 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953
  store float %2839, ptr %gep3367, align 4
  %j30.next = or disjoint i64 %j30.addr.02868, 1
  %2840 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next
  %2841 = load float, ptr %2840, align 4
  %2842 = fneg float %2841
  store float %2842, ptr %2840, align 4
  %.idx2953.1 = mul nuw nsw i64 %j30.next, 768
  %gep3367.1 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.1
  store float %2842, ptr %gep3367.1, align 4
  %j30.next.1 = or disjoint i64 %j30.addr.02868, 2
  %2843 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.1
  %2844 = load float, ptr %2843, align 4
  %2845 = fneg float %2844
  store float %2845, ptr %2843, align 4
  %.idx2953.2 = mul nuw nsw i64 %j30.next.1, 768
  %gep3367.2 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.2
  store float %2845, ptr %gep3367.2, align 4
  %j30.next.2 = or disjoint i64 %j30.addr.02868, 3
  %2846 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.2
  %2847 = load float, ptr %2846, align 4
  %2848 = fneg float %2847
  store float %2848, ptr %2846, align 4
  %.idx2953.3 = mul nuw nsw i64 %j30.next.2, 768
  %gep3367.3 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.3
  store float %2848, ptr %gep3367.3, align 4
  %j30.next.3 = or disjoint i64 %j30.addr.02868, 4
  %2849 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.3
  %2850 = load float, ptr %2849, align 4
  %2851 = fneg float %2850
  store float %2851, ptr %2849, align 4
  %.idx2953.4 = mul nuw nsw i64 %j30.next.3, 768
  %gep3367.4 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.4
  store float %2851, ptr %gep3367.4, align 4
  %j30.next.4 = or disjoint i64 %j30.addr.02868, 5
  %2852 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.4
  %2853 = load float, ptr %2852, align 4
  %2854 = fneg float %2853
  store float %2854, ptr %2852, align 4
  %.idx2953.5 = mul nuw nsw i64 %j30.next.4, 768
  %gep3367.5 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.5
  store float %2854, ptr %gep3367.5, align 4
  %j30.next.5 = or disjoint i64 %j30.addr.02868, 6
  %2855 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.5
  %2856 = load float, ptr %2855, align 4
  %2857 = fneg float %2856
  store float %2857, ptr %2855, align 4
  %.idx2953.6 = mul nuw nsw i64 %j30.next.5, 768
  %gep3367.6 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.6
  store float %2857, ptr %gep3367.6, align 4
  %j30.next.6 = or disjoint i64 %j30.addr.02868, 7
  %2858 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.6
  %2859 = load float, ptr %2858, align 4
  %2860 = fneg float %2859
  store float %2860, ptr %2858, align 4
  %.idx2953.7 = mul nuw nsw i64 %j30.next.6, 768
  %gep3367.7 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.7
  store float %2860, ptr %gep3367.7, align 4
  %j30.next.7 = add nuw nsw i64 %j30.addr.02868, 8
  %niter3719.next.7 = add i64 %niter3719, 8
  %niter3719.ncmp.7 = icmp eq i64 %niter3719.next.7, %unroll_iter3718
  br i1 %niter3719.ncmp.7, label %j30.exit.loopexit.unr-lcssa, label %j30.body

j30.exit.loopexit.unr-lcssa:                      ; preds = %j30.body, %j30.body.lr.ph
  %j30.addr.02868.unr = phi i64 [ 0, %j30.body.lr.ph ], [ %j30.next.7, %j30.body ]
  %lcmp.mod3717.not = icmp eq i64 %xtraiter3715, 0
  br i1 %lcmp.mod3717.not, label %j30.exit, label %j30.body.epil

j30.body.epil:                                    ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil
  %j30.addr.02868.epil = phi i64 [ %j30.next.epil, %j30.body.epil ], [ %j30.addr.02868.unr, %j30.exit.loopexit.unr-lcssa ]
  %epil.iter3716 = phi i64 [ %epil.iter3716.next, %j30.body.epil ], [ 0, %j30.exit.loopexit.unr-lcssa ]
  %2861 = getelementptr inbounds float, ptr %gep2867, i64 %j30.addr.02868.epil
  %2862 = load float, ptr %2861, align 4
  %2863 = fneg float %2862
  store float %2863, ptr %2861, align 4
  %.idx2953.epil = mul nuw nsw i64 %j30.addr.02868.epil, 768
  %gep3367.epil = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.epil
  store float %2863, ptr %gep3367.epil, align 4
  %j30.next.epil = add nuw nsw i64 %j30.addr.02868.epil, 1
  %epil.iter3716.next = add i64 %epil.iter3716, 1
  %epil.iter3716.cmp.not = icmp eq i64 %epil.iter3716.next, %xtraiter3715
  br i1 %epil.iter3716.cmp.not, label %j30.exit, label %j30.body.epil, !llvm.loop !2

j30.exit:                                         ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil, %j30.head.preheader
  %.idx2954.pre-phi = phi i64 [ 0, %j30.head.preheader ], [ %.idx2605, %j30.body.epil ], [ %.idx2605, %j30.exit.loopexit.unr-lcssa ]
  %gep3369 = getelementptr i8, ptr %invariant.gep3368, i64 %.idx2954.pre-phi
  %2864 = getelementptr inbounds float, ptr %gep3369, i64 %t6.addr.02869
  store float 0.000000e+00, ptr %2864, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02869, 1
  %exitcond3161.not = icmp eq i64 %t6.next, 64
  br i1 %exitcond3161.not, label %p12.head.preheader, label %j30.head.preheader

p12.head.preheader:                               ; preds = %j30.exit, %endif1729
  %i35.addr.02887 = phi i64 [ %i35.next, %endif1729 ], [ 0, %j30.exit ]
  %2865 = mul nuw nsw i64 %i35.addr.02887, 192
  %2866 = or disjoint i64 %2865, 192
  %2867 = getelementptr inbounds float, ptr %Ak, i64 %2866
  %2868 = or disjoint i64 %2865, 384
  %2869 = getelementptr inbounds float, ptr %Ak, i64 %2868
  %.idx2601 = mul nuw nsw i64 %i35.addr.02887, 768
  %2870 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2601
  %2871 = getelementptr inbounds i8, ptr %2870, i64 2304
  %2872 = getelementptr inbounds i8, ptr %2870, i64 3840
  %2873 = getelementptr inbounds i8, ptr %2870, i64 4608
  %2874 = getelementptr inbounds i8, ptr %2870, i64 5376
  %gep3375 = getelementptr inbounds float, ptr %invariant.gep3374, i64 %2865
  br label %p12.body

i35.exit:                                         ; preds = %endif1729
  %t7.end = add nsw i64 %L, %t0
  br i1 %2339, label %t7.body, label %t7.exit

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02886 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02885 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2928, %p12.body ]
  %acc158.02884 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2927, %p12.body ]
  %acc157.02883 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2922, %p12.body ]
  %acc156.02882 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2921, %p12.body ]
  %acc155.02881 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2916, %p12.body ]
  %acc154.02880 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2915, %p12.body ]
  %acc153.02879 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2910, %p12.body ]
  %acc152.02878 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2909, %p12.body ]
  %acc151.02877 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2905, %p12.body ]
  %acc150.02876 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2904, %p12.body ]
  %acc149.02875 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2899, %p12.body ]
  %acc148.02874 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2898, %p12.body ]
  %acc147.02873 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2893, %p12.body ]
  %acc146.02872 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2892, %p12.body ]
  %acc145.02871 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2887, %p12.body ]
  %acc144.02870 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2886, %p12.body ]
  %2875 = shl nuw nsw i64 %p12.addr.02886, 5
  %2876 = getelementptr inbounds float, ptr %Bk, i64 %2875
  %2877 = load <16 x float>, ptr %2876, align 4
  %2878 = or disjoint i64 %2875, 16
  %2879 = getelementptr inbounds float, ptr %Bk, i64 %2878
  %2880 = load <16 x float>, ptr %2879, align 4
  %2881 = or disjoint i64 %p12.addr.02886, %2865
  %2882 = getelementptr inbounds float, ptr %Ak, i64 %2881
  %2883 = load float, ptr %2882, align 4
  %2884 = insertelement <16 x float> poison, float %2883, i64 0
  %2885 = shufflevector <16 x float> %2884, <16 x float> poison, <16 x i32> zeroinitializer
  %2886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2885, <16 x float> %2877, <16 x float> %acc144.02870)
  %2887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2885, <16 x float> %2880, <16 x float> %acc145.02871)
  %2888 = getelementptr inbounds float, ptr %2867, i64 %p12.addr.02886
  %2889 = load float, ptr %2888, align 4
  %2890 = insertelement <16 x float> poison, float %2889, i64 0
  %2891 = shufflevector <16 x float> %2890, <16 x float> poison, <16 x i32> zeroinitializer
  %2892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2891, <16 x float> %2877, <16 x float> %acc146.02872)
  %2893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2891, <16 x float> %2880, <16 x float> %acc147.02873)
  %2894 = getelementptr inbounds float, ptr %2869, i64 %p12.addr.02886
  %2895 = load float, ptr %2894, align 4
  %2896 = insertelement <16 x float> poison, float %2895, i64 0
  %2897 = shufflevector <16 x float> %2896, <16 x float> poison, <16 x i32> zeroinitializer
  %2898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2877, <16 x float> %acc148.02874)
  %2899 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2880, <16 x float> %acc149.02875)
  %2900 = getelementptr inbounds float, ptr %2871, i64 %p12.addr.02886
  %2901 = load float, ptr %2900, align 4
  %2902 = insertelement <16 x float> poison, float %2901, i64 0
  %2903 = shufflevector <16 x float> %2902, <16 x float> poison, <16 x i32> zeroinitializer
  %2904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2877, <16 x float> %acc150.02876)
  %2905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2880, <16 x float> %acc151.02877)
  %gep3373 = getelementptr inbounds float, ptr %gep3375, i64 %p12.addr.02886
  %2906 = load float, ptr %gep3373, align 4
  %2907 = insertelement <16 x float> poison, float %2906, i64 0
  %2908 = shufflevector <16 x float> %2907, <16 x float> poison, <16 x i32> zeroinitializer
  %2909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2877, <16 x float> %acc152.02878)
  %2910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2880, <16 x float> %acc153.02879)
  %2911 = getelementptr inbounds float, ptr %2872, i64 %p12.addr.02886
  %2912 = load float, ptr %2911, align 4
  %2913 = insertelement <16 x float> poison, float %2912, i64 0
  %2914 = shufflevector <16 x float> %2913, <16 x float> poison, <16 x i32> zeroinitializer
  %2915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2914, <16 x float> %2877, <16 x float> %acc154.02880)
  %2916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2914, <16 x float> %2880, <16 x float> %acc155.02881)
  %2917 = getelementptr inbounds float, ptr %2873, i64 %p12.addr.02886
  %2918 = load float, ptr %2917, align 4
  %2919 = insertelement <16 x float> poison, float %2918, i64 0
  %2920 = shufflevector <16 x float> %2919, <16 x float> poison, <16 x i32> zeroinitializer
  %2921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2877, <16 x float> %acc156.02882)
  %2922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2880, <16 x float> %acc157.02883)
  %2923 = getelementptr inbounds float, ptr %2874, i64 %p12.addr.02886
  %2924 = load float, ptr %2923, align 4
  %2925 = insertelement <16 x float> poison, float %2924, i64 0
  %2926 = shufflevector <16 x float> %2925, <16 x float> poison, <16 x i32> zeroinitializer
  %2927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2926, <16 x float> %2877, <16 x float> %acc158.02884)
  %2928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2926, <16 x float> %2880, <16 x float> %acc159.02885)
  %p12.next = add nuw nsw i64 %p12.addr.02886, 1
  %exitcond3162.not = icmp eq i64 %p12.next, 192
  br i1 %exitcond3162.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2929 = icmp slt i64 %i35.addr.02887, %L
  br i1 %2929, label %then1667, label %endif1673

then1667:                                         ; preds = %p12.exit
  %2930 = or disjoint i64 %i35.addr.02887, %t0
  %.idx2593 = shl nsw i64 %2930, 7
  %2931 = getelementptr inbounds i8, ptr %dak, i64 %.idx2593
  store <16 x float> %2886, ptr %2931, align 4
  %2932 = shl nsw i64 %2930, 5
  %2933 = or disjoint i64 %2932, 16
  %2934 = getelementptr inbounds float, ptr %dak, i64 %2933
  store <16 x float> %2887, ptr %2934, align 4
  br label %endif1673

endif1673:                                        ; preds = %p12.exit, %then1667
  %2935 = or disjoint i64 %i35.addr.02887, 1
  %2936 = icmp slt i64 %2935, %L
  br i1 %2936, label %then1675, label %endif1681

then1675:                                         ; preds = %endif1673
  %2937 = or disjoint i64 %2935, %t0
  %.idx2594 = shl nsw i64 %2937, 7
  %2938 = getelementptr inbounds i8, ptr %dak, i64 %.idx2594
  store <16 x float> %2892, ptr %2938, align 4
  %2939 = shl nsw i64 %2937, 5
  %2940 = or disjoint i64 %2939, 16
  %2941 = getelementptr inbounds float, ptr %dak, i64 %2940
  store <16 x float> %2893, ptr %2941, align 4
  br label %endif1681

endif1681:                                        ; preds = %endif1673, %then1675
  %2942 = or disjoint i64 %i35.addr.02887, 2
  %2943 = icmp slt i64 %2942, %L
  br i1 %2943, label %then1683, label %endif1689

then1683:                                         ; preds = %endif1681
  %2944 = or disjoint i64 %2942, %t0
  %.idx2595 = shl nsw i64 %2944, 7
  %2945 = getelementptr inbounds i8, ptr %dak, i64 %.idx2595
  store <16 x float> %2898, ptr %2945, align 4
  %2946 = shl nsw i64 %2944, 5
  %2947 = or disjoint i64 %2946, 16
  %2948 = getelementptr inbounds float, ptr %dak, i64 %2947
  store <16 x float> %2899, ptr %2948, align 4
  br label %endif1689

endif1689:                                        ; preds = %endif1681, %then1683
  %2949 = or disjoint i64 %i35.addr.02887, 3
  %2950 = icmp slt i64 %2949, %L
  br i1 %2950, label %then1691, label %endif1697

then1691:                                         ; preds = %endif1689
  %2951 = or disjoint i64 %2949, %t0
  %.idx2596 = shl nsw i64 %2951, 7
  %2952 = getelementptr inbounds i8, ptr %dak, i64 %.idx2596
  store <16 x float> %2904, ptr %2952, align 4
  %2953 = shl nsw i64 %2951, 5
  %2954 = or disjoint i64 %2953, 16
  %2955 = getelementptr inbounds float, ptr %dak, i64 %2954
  store <16 x float> %2905, ptr %2955, align 4
  br label %endif1697

endif1697:                                        ; preds = %endif1689, %then1691
  %2956 = or disjoint i64 %i35.addr.02887, 4
  %2957 = icmp slt i64 %2956, %L
  br i1 %2957, label %then1699, label %endif1705

then1699:                                         ; preds = %endif1697
  %2958 = or disjoint i64 %2956, %t0
  %.idx2597 = shl nsw i64 %2958, 7
  %2959 = getelementptr inbounds i8, ptr %dak, i64 %.idx2597
  store <16 x float> %2909, ptr %2959, align 4
  %2960 = shl nsw i64 %2958, 5
  %2961 = or disjoint i64 %2960, 16
  %2962 = getelementptr inbounds float, ptr %dak, i64 %2961
  store <16 x float> %2910, ptr %2962, align 4
  br label %endif1705

endif1705:                                        ; preds = %endif1697, %then1699
  %2963 = or disjoint i64 %i35.addr.02887, 5
  %2964 = icmp slt i64 %2963, %L
  br i1 %2964, label %then1707, label %endif1713

then1707:                                         ; preds = %endif1705
  %2965 = or disjoint i64 %2963, %t0
  %.idx2598 = shl nsw i64 %2965, 7
  %2966 = getelementptr inbounds i8, ptr %dak, i64 %.idx2598
  store <16 x float> %2915, ptr %2966, align 4
  %2967 = shl nsw i64 %2965, 5
  %2968 = or disjoint i64 %2967, 16
  %2969 = getelementptr inbounds float, ptr %dak, i64 %2968
  store <16 x float> %2916, ptr %2969, align 4
  br label %endif1713

endif1713:                                        ; preds = %endif1705, %then1707
  %2970 = or disjoint i64 %i35.addr.02887, 6
  %2971 = icmp slt i64 %2970, %L
  br i1 %2971, label %then1715, label %endif1721

then1715:                                         ; preds = %endif1713
  %2972 = or disjoint i64 %2970, %t0
  %.idx2599 = shl nsw i64 %2972, 7
  %2973 = getelementptr inbounds i8, ptr %dak, i64 %.idx2599
  store <16 x float> %2921, ptr %2973, align 4
  %2974 = shl nsw i64 %2972, 5
  %2975 = or disjoint i64 %2974, 16
  %2976 = getelementptr inbounds float, ptr %dak, i64 %2975
  store <16 x float> %2922, ptr %2976, align 4
  br label %endif1721

endif1721:                                        ; preds = %endif1713, %then1715
  %2977 = or disjoint i64 %i35.addr.02887, 7
  %2978 = icmp slt i64 %2977, %L
  br i1 %2978, label %then1723, label %endif1729

then1723:                                         ; preds = %endif1721
  %2979 = or disjoint i64 %2977, %t0
  %.idx2600 = shl nsw i64 %2979, 7
  %2980 = getelementptr inbounds i8, ptr %dak, i64 %.idx2600
  store <16 x float> %2927, ptr %2980, align 4
  %2981 = shl nsw i64 %2979, 5
  %2982 = or disjoint i64 %2981, 16
  %2983 = getelementptr inbounds float, ptr %dak, i64 %2982
  store <16 x float> %2928, ptr %2983, align 4
  br label %endif1729

endif1729:                                        ; preds = %endif1721, %then1723
  %i35.next = add nuw nsw i64 %i35.addr.02887, 8
  %2984 = icmp ult i64 %i35.addr.02887, 56
  br i1 %2984, label %p12.head.preheader, label %i35.exit

t7.body:                                          ; preds = %i35.exit, %t7.body
  %t7.addr.02888 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i35.exit ]
  %2985 = add nsw i64 %t7.addr.02888, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %2985, i64 %4)
  %2986 = add nsw i64 %tp2, %33
  %2987 = mul nsw i64 %2986, %dq_ts
  %gep2890 = getelementptr float, ptr %invariant.gep2889, i64 %2987
  tail call void @llvm.prefetch.p0(ptr %gep2890, i32 0, i32 2, i32 1)
  %2988 = getelementptr i8, ptr %gep2890, i64 64
  tail call void @llvm.prefetch.p0(ptr %2988, i32 0, i32 2, i32 1)
  %2989 = mul nsw i64 %2986, %dk_ts
  %gep2892 = getelementptr float, ptr %invariant.gep2891, i64 %2989
  tail call void @llvm.prefetch.p0(ptr %gep2892, i32 0, i32 2, i32 1)
  %2990 = getelementptr i8, ptr %gep2892, i64 64
  tail call void @llvm.prefetch.p0(ptr %2990, i32 0, i32 2, i32 1)
  %2991 = mul nsw i64 %2986, %dv_ts
  %gep2894 = getelementptr float, ptr %invariant.gep2893, i64 %2991
  tail call void @llvm.prefetch.p0(ptr %gep2894, i32 0, i32 2, i32 1)
  %2992 = getelementptr i8, ptr %gep2894, i64 64
  tail call void @llvm.prefetch.p0(ptr %2992, i32 0, i32 2, i32 1)
  %2993 = shl nsw i64 %t7.addr.02888, 5
  %2994 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %2993
  %2995 = load <16 x float>, ptr %2994, align 4
  %2996 = or disjoint i64 %2993, 16
  %2997 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %2996
  %2998 = load <16 x float>, ptr %2997, align 4
  %2999 = getelementptr inbounds float, ptr %gep2909, i64 %2993
  %3000 = load <16 x float>, ptr %2999, align 4
  %3001 = getelementptr inbounds float, ptr %gep2909, i64 %2996
  %3002 = load <16 x float>, ptr %3001, align 4
  %3003 = getelementptr inbounds float, ptr %gep2913, i64 %t7.addr.02888
  %3004 = load float, ptr %3003, align 4
  %3005 = fmul <16 x float> %2995, %3000
  %3006 = fmul <16 x float> %2998, %3002
  %3007 = fadd <16 x float> %3005, %3006
  %3008 = shufflevector <16 x float> %3007, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3009 = shufflevector <16 x float> %3007, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3010 = fadd <8 x float> %3008, %3009
  %3011 = shufflevector <8 x float> %3010, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3012 = shufflevector <8 x float> %3010, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3013 = fadd <4 x float> %3011, %3012
  %3014 = shufflevector <4 x float> %3013, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3015 = shufflevector <4 x float> %3013, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3016 = fadd <2 x float> %3014, %3015
  %shift3539 = shufflevector <2 x float> %3016, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3017 = fadd <2 x float> %3016, %shift3539
  %3018 = fdiv float 1.000000e+00, %3004
  %3019 = shufflevector <2 x float> %3017, <2 x float> poison, <16 x i32> zeroinitializer
  %3020 = fmul <16 x float> %2995, %3019
  %3021 = fsub <16 x float> %3000, %3020
  %3022 = insertelement <16 x float> poison, float %3004, i64 0
  %3023 = shufflevector <16 x float> %3022, <16 x float> poison, <16 x i32> zeroinitializer
  %3024 = fmul <16 x float> %3023, %3021
  %3025 = getelementptr inbounds float, ptr %gep2911, i64 %2993
  %3026 = load <16 x float>, ptr %3025, align 4
  %3027 = insertelement <16 x float> poison, float %3018, i64 0
  %3028 = shufflevector <16 x float> %3027, <16 x float> poison, <16 x i32> zeroinitializer
  %3029 = fmul <16 x float> %2995, %3028
  %3030 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3026
  %3031 = fmul <16 x float> %3030, %3029
  %3032 = fadd <16 x float> %3026, %3031
  %3033 = fmul <16 x float> %3032, %3024
  %3034 = add nsw i64 %t7.addr.02888, %33
  %3035 = mul nsw i64 %3034, %dq_ts
  %gep2896 = getelementptr float, ptr %invariant.gep2889, i64 %3035
  store <16 x float> %3033, ptr %gep2896, align 4
  %3036 = fmul <16 x float> %2998, %3019
  %3037 = fsub <16 x float> %3002, %3036
  %3038 = fmul <16 x float> %3023, %3037
  %3039 = getelementptr inbounds float, ptr %gep2911, i64 %2996
  %3040 = load <16 x float>, ptr %3039, align 4
  %3041 = fmul <16 x float> %2998, %3028
  %3042 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3040
  %3043 = fmul <16 x float> %3041, %3042
  %3044 = fadd <16 x float> %3040, %3043
  %3045 = fmul <16 x float> %3044, %3038
  %3046 = getelementptr i8, ptr %gep2896, i64 64
  store <16 x float> %3045, ptr %3046, align 4
  %3047 = getelementptr inbounds float, ptr %gep2905, i64 %2993
  %3048 = load <16 x float>, ptr %3047, align 4
  %3049 = getelementptr inbounds float, ptr %gep2905, i64 %2996
  %3050 = load <16 x float>, ptr %3049, align 4
  %3051 = getelementptr inbounds float, ptr %dak, i64 %2993
  %3052 = load <16 x float>, ptr %3051, align 4
  %3053 = getelementptr inbounds float, ptr %dak, i64 %2996
  %3054 = load <16 x float>, ptr %3053, align 4
  %3055 = getelementptr float, ptr %3003, i64 %T
  %3056 = load float, ptr %3055, align 4
  %3057 = fmul <16 x float> %3048, %3052
  %3058 = fmul <16 x float> %3050, %3054
  %3059 = fadd <16 x float> %3057, %3058
  %3060 = shufflevector <16 x float> %3059, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3061 = shufflevector <16 x float> %3059, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3062 = fadd <8 x float> %3060, %3061
  %3063 = shufflevector <8 x float> %3062, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3064 = shufflevector <8 x float> %3062, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3065 = fadd <4 x float> %3063, %3064
  %3066 = shufflevector <4 x float> %3065, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3067 = shufflevector <4 x float> %3065, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3068 = fadd <2 x float> %3066, %3067
  %shift3540 = shufflevector <2 x float> %3068, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3069 = fadd <2 x float> %3068, %shift3540
  %3070 = fdiv float 1.000000e+00, %3056
  %3071 = shufflevector <2 x float> %3069, <2 x float> poison, <16 x i32> zeroinitializer
  %3072 = fmul <16 x float> %3048, %3071
  %3073 = fsub <16 x float> %3052, %3072
  %3074 = insertelement <16 x float> poison, float %3056, i64 0
  %3075 = shufflevector <16 x float> %3074, <16 x float> poison, <16 x i32> zeroinitializer
  %3076 = fmul <16 x float> %3075, %3073
  %3077 = getelementptr inbounds float, ptr %sgk, i64 %2993
  %3078 = load <16 x float>, ptr %3077, align 4
  %3079 = insertelement <16 x float> poison, float %3070, i64 0
  %3080 = shufflevector <16 x float> %3079, <16 x float> poison, <16 x i32> zeroinitializer
  %3081 = fmul <16 x float> %3048, %3080
  %3082 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3078
  %3083 = fmul <16 x float> %3082, %3081
  %3084 = fadd <16 x float> %3078, %3083
  %3085 = fmul <16 x float> %3084, %3076
  %3086 = mul nsw i64 %3034, %dk_ts
  %gep2898 = getelementptr float, ptr %invariant.gep2891, i64 %3086
  store <16 x float> %3085, ptr %gep2898, align 4
  %3087 = fmul <16 x float> %3050, %3071
  %3088 = fsub <16 x float> %3054, %3087
  %3089 = fmul <16 x float> %3075, %3088
  %3090 = getelementptr inbounds float, ptr %sgk, i64 %2996
  %3091 = load <16 x float>, ptr %3090, align 4
  %3092 = fmul <16 x float> %3050, %3080
  %3093 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3091
  %3094 = fmul <16 x float> %3092, %3093
  %3095 = fadd <16 x float> %3091, %3094
  %3096 = fmul <16 x float> %3095, %3089
  %3097 = getelementptr i8, ptr %gep2898, i64 64
  store <16 x float> %3096, ptr %3097, align 4
  %3098 = getelementptr inbounds float, ptr %gep2907, i64 %2993
  %3099 = load <16 x float>, ptr %3098, align 4
  %3100 = getelementptr inbounds float, ptr %gep2907, i64 %2996
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = getelementptr inbounds float, ptr %dav, i64 %2993
  %3103 = load <16 x float>, ptr %3102, align 4
  %3104 = getelementptr inbounds float, ptr %dav, i64 %2996
  %3105 = load <16 x float>, ptr %3104, align 4
  %3106 = getelementptr inbounds float, ptr %sgv, i64 %2993
  %3107 = load <16 x float>, ptr %3106, align 4
  %3108 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3107
  %3109 = fmul <16 x float> %3099, %3108
  %3110 = fadd <16 x float> %3107, %3109
  %3111 = fmul <16 x float> %3103, %3110
  %3112 = mul nsw i64 %3034, %dv_ts
  %gep2900 = getelementptr float, ptr %invariant.gep2893, i64 %3112
  store <16 x float> %3111, ptr %gep2900, align 4
  %3113 = getelementptr inbounds float, ptr %sgv, i64 %2996
  %3114 = load <16 x float>, ptr %3113, align 4
  %3115 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3114
  %3116 = fmul <16 x float> %3101, %3115
  %3117 = fadd <16 x float> %3114, %3116
  %3118 = fmul <16 x float> %3105, %3117
  %3119 = getelementptr i8, ptr %gep2900, i64 64
  store <16 x float> %3118, ptr %3119, align 4
  %t7.next = add nsw i64 %t7.addr.02888, 1
  %3120 = icmp slt i64 %t7.next, %t7.end
  br i1 %3120, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i35.exit
  %cc.next = add nuw nsw i64 %cc.addr.02901, 1
  %indvars.iv.next3156 = add i64 %indvars.iv3155, 64
  %exitcond3164.not = icmp eq i64 %cc.next, %smax3163
  br i1 %exitcond3164.not, label %j32.head.preheader, label %cc.body

j32.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3121 = getelementptr i8, ptr %dh0, i64 %30
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3121, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166, i64 128, i1 false)
  %scevgep3165.1 = getelementptr i8, ptr %3121, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.1, i64 128, i1 false)
  %scevgep3165.2 = getelementptr i8, ptr %3121, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.2, i64 128, i1 false)
  %scevgep3165.3 = getelementptr i8, ptr %3121, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.3, i64 128, i1 false)
  %scevgep3165.4 = getelementptr i8, ptr %3121, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.4, i64 128, i1 false)
  %scevgep3165.5 = getelementptr i8, ptr %3121, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.5, i64 128, i1 false)
  %scevgep3165.6 = getelementptr i8, ptr %3121, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.6, i64 128, i1 false)
  %scevgep3165.7 = getelementptr i8, ptr %3121, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.7, i64 128, i1 false)
  %scevgep3165.8 = getelementptr i8, ptr %3121, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.8, i64 128, i1 false)
  %scevgep3165.9 = getelementptr i8, ptr %3121, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.9, i64 128, i1 false)
  %scevgep3165.10 = getelementptr i8, ptr %3121, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.10, i64 128, i1 false)
  %scevgep3165.11 = getelementptr i8, ptr %3121, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.11, i64 128, i1 false)
  %scevgep3165.12 = getelementptr i8, ptr %3121, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.12, i64 128, i1 false)
  %scevgep3165.13 = getelementptr i8, ptr %3121, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.13, i64 128, i1 false)
  %scevgep3165.14 = getelementptr i8, ptr %3121, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.14, i64 128, i1 false)
  %scevgep3165.15 = getelementptr i8, ptr %3121, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.15, i64 128, i1 false)
  %scevgep3165.16 = getelementptr i8, ptr %3121, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.16, i64 128, i1 false)
  %scevgep3165.17 = getelementptr i8, ptr %3121, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.17, i64 128, i1 false)
  %scevgep3165.18 = getelementptr i8, ptr %3121, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.18, i64 128, i1 false)
  %scevgep3165.19 = getelementptr i8, ptr %3121, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.19, i64 128, i1 false)
  %scevgep3165.20 = getelementptr i8, ptr %3121, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.20, i64 128, i1 false)
  %scevgep3165.21 = getelementptr i8, ptr %3121, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.21, i64 128, i1 false)
  %scevgep3165.22 = getelementptr i8, ptr %3121, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.22, i64 128, i1 false)
  %scevgep3165.23 = getelementptr i8, ptr %3121, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.23, i64 128, i1 false)
  %scevgep3165.24 = getelementptr i8, ptr %3121, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.24, i64 128, i1 false)
  %scevgep3165.25 = getelementptr i8, ptr %3121, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.25, i64 128, i1 false)
  %scevgep3165.26 = getelementptr i8, ptr %3121, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.26, i64 128, i1 false)
  %scevgep3165.27 = getelementptr i8, ptr %3121, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.27, i64 128, i1 false)
  %scevgep3165.28 = getelementptr i8, ptr %3121, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.28, i64 128, i1 false)
  %scevgep3165.29 = getelementptr i8, ptr %3121, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.29, i64 128, i1 false)
  %scevgep3165.30 = getelementptr i8, ptr %3121, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.30, i64 128, i1 false)
  %scevgep3165.31 = getelementptr i8, ptr %3121, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02914, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3168.not = icmp eq i64 %indvar.next, %18
  br i1 %exitcond3168.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

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
; ---- dp_step_h1_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h1_k32_v32_c1_nogate'
source_filename = "dp_step_h1_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h1_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %bh0.fr = freeze i64 %bh0
  %0 = icmp slt i64 %bh0.fr, %bh1
  br i1 %0, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %entry, %i2.exit
  %bh.addr.052 = phi i64 [ %bh.next, %i2.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.052, 5
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.052
  %S.idx = shl nsw i64 %bh.addr.052, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i1.head.preheader:                                ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %2 = load <16 x float>, ptr %kh, align 4
  %3 = load <16 x float>, ptr %qh, align 4
  %4 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2, <16 x float> %3, <16 x float> zeroinitializer)
  %5 = getelementptr inbounds i8, ptr %kh, i64 64
  %6 = load <16 x float>, ptr %5, align 4
  %7 = getelementptr inbounds i8, ptr %qh, i64 64
  %8 = load <16 x float>, ptr %7, align 4
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %6, <16 x float> %8, <16 x float> %4)
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %10 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %11 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %12 = fadd <8 x float> %10, %11
  %13 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %14 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %15 = fadd <4 x float> %13, %14
  %16 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %17 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %18 = fadd <2 x float> %16, %17
  %shift = shufflevector <2 x float> %18, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %19 = fadd <2 x float> %18, %shift
  %20 = load float, ptr %betah, align 4
  %21 = load <16 x float>, ptr %vh, align 4
  %22 = fsub <16 x float> %21, %63
  %23 = insertelement <16 x float> poison, float %20, i64 0
  %24 = shufflevector <16 x float> %23, <16 x float> poison, <16 x i32> zeroinitializer
  %25 = fmul <16 x float> %24, %22
  %26 = getelementptr inbounds i8, ptr %vh, i64 64
  %27 = load <16 x float>, ptr %26, align 4
  %28 = fsub <16 x float> %27, %70
  %29 = fmul <16 x float> %24, %28
  %30 = shufflevector <2 x float> %19, <2 x float> poison, <16 x i32> zeroinitializer
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %25, <16 x float> %66)
  %32 = fmul <16 x float> %31, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %32, ptr %oh, align 4
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %29, <16 x float> %71)
  %34 = fmul <16 x float> %33, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %35 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %34, ptr %35, align 4
  br label %i2.body

i.body:                                           ; preds = %i.body, %bh.body
  %acc.048 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %63, %i.body ]
  %acc1.047 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %70, %i.body ]
  %acc2.046 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %66, %i.body ]
  %acc3.045 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %71, %i.body ]
  %i.addr.044 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %36 = getelementptr inbounds float, ptr %kh, i64 %i.addr.044
  %37 = load float, ptr %36, align 4
  %38 = getelementptr inbounds float, ptr %qh, i64 %i.addr.044
  %39 = load float, ptr %38, align 4
  %40 = shl nuw nsw i64 %i.addr.044, 5
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = insertelement <16 x float> poison, float %37, i64 0
  %44 = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %42, <16 x float> %acc.048)
  %46 = insertelement <16 x float> poison, float %39, i64 0
  %47 = shufflevector <16 x float> %46, <16 x float> poison, <16 x i32> zeroinitializer
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %42, <16 x float> %acc2.046)
  %49 = or disjoint i64 %40, 16
  %50 = getelementptr inbounds float, ptr %S, i64 %49
  %51 = load <16 x float>, ptr %50, align 4
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %51, <16 x float> %acc1.047)
  %53 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %51, <16 x float> %acc3.045)
  %i.next = or disjoint i64 %i.addr.044, 1
  %54 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %57 = load float, ptr %56, align 4
  %58 = shl nuw nsw i64 %i.next, 5
  %59 = getelementptr inbounds float, ptr %S, i64 %58
  %60 = load <16 x float>, ptr %59, align 4
  %61 = insertelement <16 x float> poison, float %55, i64 0
  %62 = shufflevector <16 x float> %61, <16 x float> poison, <16 x i32> zeroinitializer
  %63 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %60, <16 x float> %45)
  %64 = insertelement <16 x float> poison, float %57, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %60, <16 x float> %48)
  %67 = or disjoint i64 %58, 16
  %68 = getelementptr inbounds float, ptr %S, i64 %67
  %69 = load <16 x float>, ptr %68, align 4
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %69, <16 x float> %52)
  %71 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %69, <16 x float> %53)
  %i.next.1 = add nuw nsw i64 %i.addr.044, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 32
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %i2.addr.051 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.3, %i2.body ]
  %72 = getelementptr inbounds float, ptr %kh, i64 %i2.addr.051
  %73 = load float, ptr %72, align 4
  %74 = insertelement <16 x float> poison, float %73, i64 0
  %75 = shufflevector <16 x float> %74, <16 x float> poison, <16 x i32> zeroinitializer
  %76 = shl nuw nsw i64 %i2.addr.051, 5
  %77 = getelementptr inbounds float, ptr %S, i64 %76
  %78 = load <16 x float>, ptr %77, align 4
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %25, <16 x float> %78)
  store <16 x float> %79, ptr %77, align 4
  %80 = or disjoint i64 %76, 16
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %29, <16 x float> %82)
  store <16 x float> %83, ptr %81, align 4
  %i2.next = or disjoint i64 %i2.addr.051, 1
  %84 = getelementptr inbounds float, ptr %kh, i64 %i2.next
  %85 = load float, ptr %84, align 4
  %86 = insertelement <16 x float> poison, float %85, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i2.next, 5
  %89 = getelementptr inbounds float, ptr %S, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %25, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = or disjoint i64 %88, 16
  %93 = getelementptr inbounds float, ptr %S, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %29, <16 x float> %94)
  store <16 x float> %95, ptr %93, align 4
  %i2.next.1 = or disjoint i64 %i2.addr.051, 2
  %96 = getelementptr inbounds float, ptr %kh, i64 %i2.next.1
  %97 = load float, ptr %96, align 4
  %98 = insertelement <16 x float> poison, float %97, i64 0
  %99 = shufflevector <16 x float> %98, <16 x float> poison, <16 x i32> zeroinitializer
  %100 = shl nuw nsw i64 %i2.next.1, 5
  %101 = getelementptr inbounds float, ptr %S, i64 %100
  %102 = load <16 x float>, ptr %101, align 4
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %25, <16 x float> %102)
  store <16 x float> %103, ptr %101, align 4
  %104 = or disjoint i64 %100, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %29, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %i2.next.2 = or disjoint i64 %i2.addr.051, 3
  %108 = getelementptr inbounds float, ptr %kh, i64 %i2.next.2
  %109 = load float, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %109, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = shl nuw nsw i64 %i2.next.2, 5
  %113 = getelementptr inbounds float, ptr %S, i64 %112
  %114 = load <16 x float>, ptr %113, align 4
  %115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %25, <16 x float> %114)
  store <16 x float> %115, ptr %113, align 4
  %116 = or disjoint i64 %112, 16
  %117 = getelementptr inbounds float, ptr %S, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %29, <16 x float> %118)
  store <16 x float> %119, ptr %117, align 4
  %i2.next.3 = add nuw nsw i64 %i2.addr.051, 4
  %exitcond57.not.3 = icmp eq i64 %i2.next.3, 32
  br i1 %exitcond57.not.3, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %bh.next = add nsw i64 %bh.addr.052, 1
  %exitcond58.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond58.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
