; ---- dp_fwd_h1_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r64_nogate'
source_filename = "dp_fwd_h1_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h1_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  br i1 %2, label %bh.body.us.preheader, label %bh.body.preheader

bh.body.preheader:                                ; preds = %bh.body.lr.ph
  %4 = sub i64 %bh1, %bh0
  %xtraiter = and i64 %4, 7
  %5 = sub i64 %bh0, %bh1
  %6 = icmp ugt i64 %5, -8
  br i1 %6, label %bh.exit.loopexit218.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %4, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %7 = add nuw nsw i64 %T, 63
  %nc167186 = lshr i64 %7, 6
  %8 = mul i64 %nc167186, %bh0
  %9 = shl i64 %nc167186, 12
  %10 = sub i64 %bh1, %bh0
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i4.head.preheader_crit_edge.us
  %indvar156 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next157, %ci.head.i4.head.preheader_crit_edge.us ]
  %bh.addr.0131.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i4.head.preheader_crit_edge.us ]
  %11 = add i64 %indvar156, %bh0
  %12 = shl i64 %11, 12
  %scevgep165 = getelementptr i8, ptr %hT, i64 %12
  %13 = mul i64 %9, %indvar156
  %scevgep159 = getelementptr i8, ptr %h0, i64 %12
  %b.us = sdiv i64 %bh.addr.0131.us, %H
  %h.us = srem i64 %bh.addr.0131.us, %H
  %14 = mul i64 %1, %b.us
  %bT.us = add nsw i64 %14, %h.us
  %15 = shl nsw i64 %bT.us, 5
  %kh.us = getelementptr inbounds float, ptr %k, i64 %15
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep159, i64 4096, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %15
  %vh.us = getelementptr inbounds float, ptr %v, i64 %15
  %oh.us = getelementptr inbounds float, ptr %o, i64 %15
  %invariant.gep184 = getelementptr i8, ptr %hs, i64 %13
  br label %i1.head.preheader.us

i2.exit.us:                                       ; preds = %i2.body.us
  %t1.us = tail call i64 @llvm.smin.i64(i64 %245, i64 %T)
  %16 = icmp slt i64 %t0.us, %T
  br i1 %16, label %t.body.us.preheader, label %t.exit.us

t.body.us.preheader:                              ; preds = %i2.exit.us
  %17 = mul nsw i64 %t0.us, %H
  %18 = getelementptr inbounds float, ptr %betah.us, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = insertelement <8 x float> poison, float %19, i64 0
  %21 = shufflevector <8 x float> %20, <8 x float> poison, <8 x i32> zeroinitializer
  %22 = or disjoint i64 %246, 24
  %23 = getelementptr inbounds float, ptr %vh.us, i64 %22
  %24 = load <8 x float>, ptr %23, align 4
  %25 = fadd <8 x float> %219, %241
  %26 = fsub <8 x float> %24, %25
  %27 = fmul <8 x float> %21, %26
  %28 = or disjoint i64 %246, 16
  %29 = getelementptr inbounds float, ptr %vh.us, i64 %28
  %30 = load <8 x float>, ptr %29, align 4
  %31 = fadd <8 x float> %237, %215
  %32 = fsub <8 x float> %30, %31
  %33 = fmul <8 x float> %21, %32
  %34 = or disjoint i64 %246, 8
  %35 = getelementptr inbounds float, ptr %vh.us, i64 %34
  %36 = load <8 x float>, ptr %35, align 4
  %37 = fadd <8 x float> %233, %211
  %38 = fsub <8 x float> %36, %37
  %39 = fmul <8 x float> %21, %38
  %40 = getelementptr inbounds float, ptr %vh.us, i64 %246
  %41 = load <8 x float>, ptr %40, align 4
  %42 = fadd <8 x float> %229, %207
  %43 = fsub <8 x float> %41, %42
  %44 = fmul <8 x float> %21, %43
  br label %t.body.us

t.exit.us:                                        ; preds = %i3.exit.us, %i2.exit.us
  %ci.next.us = add nuw nsw i64 %ci.addr.0128.us, 1
  %exitcond163.not = icmp eq i64 %ci.next.us, %nc167186
  br i1 %exitcond163.not, label %ci.head.i4.head.preheader_crit_edge.us, label %i1.head.preheader.us

t.body.us:                                        ; preds = %t.body.us.preheader, %i3.exit.us
  %t.addr.0127.us = phi i64 [ %45, %i3.exit.us ], [ %t0.us, %t.body.us.preheader ]
  %delta3.0126.us = phi <8 x float> [ %82, %i3.exit.us ], [ %27, %t.body.us.preheader ]
  %delta2.0125.us = phi <8 x float> [ %74, %i3.exit.us ], [ %33, %t.body.us.preheader ]
  %delta1.0124.us = phi <8 x float> [ %66, %i3.exit.us ], [ %39, %t.body.us.preheader ]
  %delta.0123.us = phi <8 x float> [ %58, %i3.exit.us ], [ %44, %t.body.us.preheader ]
  %45 = add nuw nsw i64 %t.addr.0127.us, 1
  %tn.us = tail call i64 @llvm.smin.i64(i64 %45, i64 %3)
  %46 = mul nsw i64 %t.addr.0127.us, %sq
  %47 = mul nsw i64 %tn.us, %sq
  %invariant.gep = getelementptr float, ptr %kh.us, i64 %47
  br label %i3.body.us

i3.exit.us:                                       ; preds = %i3.body.us
  %48 = fmul <8 x float> %134, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %49 = getelementptr inbounds float, ptr %oh.us, i64 %46
  store <8 x float> %48, ptr %49, align 4
  %50 = mul nsw i64 %tn.us, %H
  %51 = getelementptr inbounds float, ptr %betah.us, i64 %50
  %52 = load float, ptr %51, align 4
  %53 = getelementptr inbounds float, ptr %vh.us, i64 %47
  %54 = load <8 x float>, ptr %53, align 4
  %55 = fsub <8 x float> %54, %137
  %56 = insertelement <8 x float> poison, float %52, i64 0
  %57 = shufflevector <8 x float> %56, <8 x float> poison, <8 x i32> zeroinitializer
  %58 = fmul <8 x float> %57, %55
  %59 = fmul <8 x float> %142, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %60 = or disjoint i64 %46, 8
  %61 = getelementptr inbounds float, ptr %oh.us, i64 %60
  store <8 x float> %59, ptr %61, align 4
  %62 = or disjoint i64 %47, 8
  %63 = getelementptr inbounds float, ptr %vh.us, i64 %62
  %64 = load <8 x float>, ptr %63, align 4
  %65 = fsub <8 x float> %64, %143
  %66 = fmul <8 x float> %57, %65
  %67 = fmul <8 x float> %148, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %68 = or disjoint i64 %46, 16
  %69 = getelementptr inbounds float, ptr %oh.us, i64 %68
  store <8 x float> %67, ptr %69, align 4
  %70 = or disjoint i64 %47, 16
  %71 = getelementptr inbounds float, ptr %vh.us, i64 %70
  %72 = load <8 x float>, ptr %71, align 4
  %73 = fsub <8 x float> %72, %149
  %74 = fmul <8 x float> %57, %73
  %75 = fmul <8 x float> %154, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %76 = or disjoint i64 %46, 24
  %77 = getelementptr inbounds float, ptr %oh.us, i64 %76
  store <8 x float> %75, ptr %77, align 4
  %78 = or disjoint i64 %47, 24
  %79 = getelementptr inbounds float, ptr %vh.us, i64 %78
  %80 = load <8 x float>, ptr %79, align 4
  %81 = fsub <8 x float> %80, %155
  %82 = fmul <8 x float> %57, %81
  %83 = icmp slt i64 %45, %t1.us
  br i1 %83, label %t.body.us, label %t.exit.us

i3.body.us:                                       ; preds = %i3.body.us, %t.body.us
  %i3.addr.0122.us = phi i64 [ 0, %t.body.us ], [ %i3.next.us.1, %i3.body.us ]
  %acc15.0121.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %155, %i3.body.us ]
  %acc14.0120.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %149, %i3.body.us ]
  %acc13.0119.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %143, %i3.body.us ]
  %acc12.0118.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %137, %i3.body.us ]
  %acc11.0117.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %154, %i3.body.us ]
  %acc10.0116.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %148, %i3.body.us ]
  %acc9.0115.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %142, %i3.body.us ]
  %acc832.0114.us = phi <8 x float> [ zeroinitializer, %t.body.us ], [ %134, %i3.body.us ]
  %84 = add nuw nsw i64 %i3.addr.0122.us, %46
  %85 = getelementptr inbounds float, ptr %kh.us, i64 %84
  %86 = load float, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %qh.us, i64 %84
  %88 = load float, ptr %87, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i3.addr.0122.us
  %89 = load float, ptr %gep, align 4
  %90 = insertelement <8 x float> poison, float %86, i64 0
  %91 = shufflevector <8 x float> %90, <8 x float> poison, <8 x i32> zeroinitializer
  %92 = shl nuw nsw i64 %i3.addr.0122.us, 5
  %93 = getelementptr inbounds float, ptr %work, i64 %92
  %94 = load <8 x float>, ptr %93, align 4
  %95 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %91, <8 x float> %delta.0123.us, <8 x float> %94)
  store <8 x float> %95, ptr %93, align 4
  %96 = insertelement <8 x float> poison, float %88, i64 0
  %97 = shufflevector <8 x float> %96, <8 x float> poison, <8 x i32> zeroinitializer
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %97, <8 x float> %95, <8 x float> %acc832.0114.us)
  %99 = insertelement <8 x float> poison, float %89, i64 0
  %100 = shufflevector <8 x float> %99, <8 x float> poison, <8 x i32> zeroinitializer
  %101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %95, <8 x float> %acc12.0118.us)
  %102 = or disjoint i64 %92, 8
  %103 = getelementptr inbounds float, ptr %work, i64 %102
  %104 = load <8 x float>, ptr %103, align 4
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %91, <8 x float> %delta1.0124.us, <8 x float> %104)
  store <8 x float> %105, ptr %103, align 4
  %106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %97, <8 x float> %105, <8 x float> %acc9.0115.us)
  %107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %105, <8 x float> %acc13.0119.us)
  %108 = or disjoint i64 %92, 16
  %109 = getelementptr inbounds float, ptr %work, i64 %108
  %110 = load <8 x float>, ptr %109, align 4
  %111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %91, <8 x float> %delta2.0125.us, <8 x float> %110)
  store <8 x float> %111, ptr %109, align 4
  %112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %97, <8 x float> %111, <8 x float> %acc10.0116.us)
  %113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %111, <8 x float> %acc14.0120.us)
  %114 = or disjoint i64 %92, 24
  %115 = getelementptr inbounds float, ptr %work, i64 %114
  %116 = load <8 x float>, ptr %115, align 4
  %117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %91, <8 x float> %delta3.0126.us, <8 x float> %116)
  store <8 x float> %117, ptr %115, align 4
  %118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %97, <8 x float> %117, <8 x float> %acc11.0117.us)
  %119 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %117, <8 x float> %acc15.0121.us)
  %i3.next.us = or disjoint i64 %i3.addr.0122.us, 1
  %120 = add nuw nsw i64 %i3.next.us, %46
  %121 = getelementptr inbounds float, ptr %kh.us, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = getelementptr inbounds float, ptr %qh.us, i64 %120
  %124 = load float, ptr %123, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us
  %125 = load float, ptr %gep.1, align 4
  %126 = insertelement <8 x float> poison, float %122, i64 0
  %127 = shufflevector <8 x float> %126, <8 x float> poison, <8 x i32> zeroinitializer
  %128 = shl nuw nsw i64 %i3.next.us, 5
  %129 = getelementptr inbounds float, ptr %work, i64 %128
  %130 = load <8 x float>, ptr %129, align 4
  %131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %delta.0123.us, <8 x float> %130)
  store <8 x float> %131, ptr %129, align 4
  %132 = insertelement <8 x float> poison, float %124, i64 0
  %133 = shufflevector <8 x float> %132, <8 x float> poison, <8 x i32> zeroinitializer
  %134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %131, <8 x float> %98)
  %135 = insertelement <8 x float> poison, float %125, i64 0
  %136 = shufflevector <8 x float> %135, <8 x float> poison, <8 x i32> zeroinitializer
  %137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %136, <8 x float> %131, <8 x float> %101)
  %138 = or disjoint i64 %128, 8
  %139 = getelementptr inbounds float, ptr %work, i64 %138
  %140 = load <8 x float>, ptr %139, align 4
  %141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %delta1.0124.us, <8 x float> %140)
  store <8 x float> %141, ptr %139, align 4
  %142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %141, <8 x float> %106)
  %143 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %136, <8 x float> %141, <8 x float> %107)
  %144 = or disjoint i64 %128, 16
  %145 = getelementptr inbounds float, ptr %work, i64 %144
  %146 = load <8 x float>, ptr %145, align 4
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %delta2.0125.us, <8 x float> %146)
  store <8 x float> %147, ptr %145, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %147, <8 x float> %112)
  %149 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %136, <8 x float> %147, <8 x float> %113)
  %150 = or disjoint i64 %128, 24
  %151 = getelementptr inbounds float, ptr %work, i64 %150
  %152 = load <8 x float>, ptr %151, align 4
  %153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %127, <8 x float> %delta3.0126.us, <8 x float> %152)
  store <8 x float> %153, ptr %151, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %133, <8 x float> %153, <8 x float> %118)
  %155 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %136, <8 x float> %153, <8 x float> %119)
  %i3.next.us.1 = add nuw nsw i64 %i3.addr.0122.us, 2
  %exitcond162.not.1 = icmp eq i64 %i3.next.us.1, 32
  br i1 %exitcond162.not.1, label %i3.exit.us, label %i3.body.us

i2.body.us:                                       ; preds = %i2.body.us, %i1.head.preheader.us
  %acc.0113.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %207, %i2.body.us ]
  %acc1.0112.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %211, %i2.body.us ]
  %acc2.0111.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %215, %i2.body.us ]
  %i2.addr.0110.us = phi i64 [ 0, %i1.head.preheader.us ], [ %i2.next.us.1, %i2.body.us ]
  %acc7.0109.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %241, %i2.body.us ]
  %acc6.0108.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %237, %i2.body.us ]
  %acc5.0107.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %233, %i2.body.us ]
  %acc4.0106.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %229, %i2.body.us ]
  %acc3.0105.us = phi <8 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %219, %i2.body.us ]
  %156 = or disjoint i64 %i2.addr.0110.us, %246
  %157 = getelementptr inbounds float, ptr %kh.us, i64 %156
  %158 = load float, ptr %157, align 4
  %159 = shl nuw nsw i64 %i2.addr.0110.us, 5
  %160 = getelementptr inbounds float, ptr %work, i64 %159
  %161 = load <8 x float>, ptr %160, align 4
  %162 = insertelement <8 x float> poison, float %158, i64 0
  %163 = shufflevector <8 x float> %162, <8 x float> poison, <8 x i32> zeroinitializer
  %164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %161, <8 x float> %acc.0113.us)
  %165 = or disjoint i64 %159, 8
  %166 = getelementptr inbounds float, ptr %work, i64 %165
  %167 = load <8 x float>, ptr %166, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %167, <8 x float> %acc1.0112.us)
  %169 = or disjoint i64 %159, 16
  %170 = getelementptr inbounds float, ptr %work, i64 %169
  %171 = load <8 x float>, ptr %170, align 4
  %172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %171, <8 x float> %acc2.0111.us)
  %173 = or disjoint i64 %159, 24
  %174 = getelementptr inbounds float, ptr %work, i64 %173
  %175 = load <8 x float>, ptr %174, align 4
  %176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %163, <8 x float> %175, <8 x float> %acc3.0105.us)
  %177 = or disjoint i64 %i2.addr.0110.us, 1
  %178 = or disjoint i64 %177, %246
  %179 = getelementptr inbounds float, ptr %kh.us, i64 %178
  %180 = load float, ptr %179, align 4
  %181 = shl nuw nsw i64 %177, 5
  %182 = getelementptr inbounds float, ptr %work, i64 %181
  %183 = load <8 x float>, ptr %182, align 4
  %184 = insertelement <8 x float> poison, float %180, i64 0
  %185 = shufflevector <8 x float> %184, <8 x float> poison, <8 x i32> zeroinitializer
  %186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %183, <8 x float> %acc4.0106.us)
  %187 = or disjoint i64 %181, 8
  %188 = getelementptr inbounds float, ptr %work, i64 %187
  %189 = load <8 x float>, ptr %188, align 4
  %190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %189, <8 x float> %acc5.0107.us)
  %191 = or disjoint i64 %181, 16
  %192 = getelementptr inbounds float, ptr %work, i64 %191
  %193 = load <8 x float>, ptr %192, align 4
  %194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %193, <8 x float> %acc6.0108.us)
  %195 = or disjoint i64 %181, 24
  %196 = getelementptr inbounds float, ptr %work, i64 %195
  %197 = load <8 x float>, ptr %196, align 4
  %198 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> %197, <8 x float> %acc7.0109.us)
  %i2.next.us = or disjoint i64 %i2.addr.0110.us, 2
  %199 = or disjoint i64 %i2.next.us, %246
  %200 = getelementptr inbounds float, ptr %kh.us, i64 %199
  %201 = load float, ptr %200, align 4
  %202 = shl nuw nsw i64 %i2.next.us, 5
  %203 = getelementptr inbounds float, ptr %work, i64 %202
  %204 = load <8 x float>, ptr %203, align 4
  %205 = insertelement <8 x float> poison, float %201, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %204, <8 x float> %164)
  %208 = or disjoint i64 %202, 8
  %209 = getelementptr inbounds float, ptr %work, i64 %208
  %210 = load <8 x float>, ptr %209, align 4
  %211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %210, <8 x float> %168)
  %212 = or disjoint i64 %202, 16
  %213 = getelementptr inbounds float, ptr %work, i64 %212
  %214 = load <8 x float>, ptr %213, align 4
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %214, <8 x float> %172)
  %216 = or disjoint i64 %202, 24
  %217 = getelementptr inbounds float, ptr %work, i64 %216
  %218 = load <8 x float>, ptr %217, align 4
  %219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %218, <8 x float> %176)
  %220 = or disjoint i64 %i2.addr.0110.us, 3
  %221 = or disjoint i64 %220, %246
  %222 = getelementptr inbounds float, ptr %kh.us, i64 %221
  %223 = load float, ptr %222, align 4
  %224 = shl nuw nsw i64 %220, 5
  %225 = getelementptr inbounds float, ptr %work, i64 %224
  %226 = load <8 x float>, ptr %225, align 4
  %227 = insertelement <8 x float> poison, float %223, i64 0
  %228 = shufflevector <8 x float> %227, <8 x float> poison, <8 x i32> zeroinitializer
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %226, <8 x float> %186)
  %230 = or disjoint i64 %224, 8
  %231 = getelementptr inbounds float, ptr %work, i64 %230
  %232 = load <8 x float>, ptr %231, align 4
  %233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %232, <8 x float> %190)
  %234 = or disjoint i64 %224, 16
  %235 = getelementptr inbounds float, ptr %work, i64 %234
  %236 = load <8 x float>, ptr %235, align 4
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %236, <8 x float> %194)
  %238 = or disjoint i64 %224, 24
  %239 = getelementptr inbounds float, ptr %work, i64 %238
  %240 = load <8 x float>, ptr %239, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %228, <8 x float> %240, <8 x float> %198)
  %i2.next.us.1 = add nuw nsw i64 %i2.addr.0110.us, 4
  %242 = icmp ult i64 %i2.next.us, 30
  br i1 %242, label %i2.body.us, label %i2.exit.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %t.exit.us
  %ci.addr.0128.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %t.exit.us ]
  %243 = add i64 %8, %ci.addr.0128.us
  %244 = shl i64 %243, 12
  %gep185 = getelementptr i8, ptr %invariant.gep184, i64 %244
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep185, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0.us = shl nsw i64 %ci.addr.0128.us, 6
  %245 = add nuw nsw i64 %t0.us, 64
  %246 = mul nsw i64 %t0.us, %sq
  br label %i2.body.us

ci.head.i4.head.preheader_crit_edge.us:           ; preds = %t.exit.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep165, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.0131.us, 1
  %indvar.next157 = add i64 %indvar156, 1
  %exitcond166.not = icmp eq i64 %indvar.next157, %10
  br i1 %exitcond166.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %247 = add i64 %indvar, %bh0
  %248 = shl i64 %247, 12
  %scevgep155 = getelementptr i8, ptr %hT, i64 %248
  %scevgep153 = getelementptr i8, ptr %h0, i64 %248
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153, i64 4096, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %249 = add i64 %indvar.next, %bh0
  %250 = shl i64 %249, 12
  %scevgep155.1 = getelementptr i8, ptr %hT, i64 %250
  %scevgep153.1 = getelementptr i8, ptr %h0, i64 %250
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.1, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.1, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.1, i64 4096, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %251 = add i64 %indvar.next.1, %bh0
  %252 = shl i64 %251, 12
  %scevgep155.2 = getelementptr i8, ptr %hT, i64 %252
  %scevgep153.2 = getelementptr i8, ptr %h0, i64 %252
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.2, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.2, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.2, i64 4096, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %253 = add i64 %indvar.next.2, %bh0
  %254 = shl i64 %253, 12
  %scevgep155.3 = getelementptr i8, ptr %hT, i64 %254
  %scevgep153.3 = getelementptr i8, ptr %h0, i64 %254
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.3, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.3, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.3, i64 4096, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %255 = add i64 %indvar.next.3, %bh0
  %256 = shl i64 %255, 12
  %scevgep155.4 = getelementptr i8, ptr %hT, i64 %256
  %scevgep153.4 = getelementptr i8, ptr %h0, i64 %256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.4, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.4, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.4, i64 4096, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %257 = add i64 %indvar.next.4, %bh0
  %258 = shl i64 %257, 12
  %scevgep155.5 = getelementptr i8, ptr %hT, i64 %258
  %scevgep153.5 = getelementptr i8, ptr %h0, i64 %258
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.5, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.5, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.5, i64 4096, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %259 = add i64 %indvar.next.5, %bh0
  %260 = shl i64 %259, 12
  %scevgep155.6 = getelementptr i8, ptr %hT, i64 %260
  %scevgep153.6 = getelementptr i8, ptr %h0, i64 %260
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.6, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.6, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.6, i64 4096, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %261 = add i64 %indvar.next.6, %bh0
  %262 = shl i64 %261, 12
  %scevgep155.7 = getelementptr i8, ptr %hT, i64 %262
  %scevgep153.7 = getelementptr i8, ptr %h0, i64 %262
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.7, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.7, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.7, i64 4096, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit218.unr-lcssa, label %bh.body

bh.exit.loopexit218.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit218.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit218.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit218.unr-lcssa ]
  %263 = add i64 %indvar.epil, %bh0
  %264 = shl i64 %263, 12
  %scevgep155.epil = getelementptr i8, ptr %hT, i64 %264
  %scevgep153.epil = getelementptr i8, ptr %h0, i64 %264
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.epil, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep155.epil, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep153.epil, i64 4096, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !0

bh.exit:                                          ; preds = %bh.exit.loopexit218.unr-lcssa, %bh.body.epil, %ci.head.i4.head.preheader_crit_edge.us, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
; ---- dp_bwd_h1_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c64_nogate'
source_filename = "dp_bwd_h1_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h1_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 282624
  %dSkPrev = getelementptr i8, ptr %work, i64 282752
  %dkTmp = getelementptr i8, ptr %work, i64 282880
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 274464
  %5 = getelementptr inbounds i8, ptr %work, i64 274496
  %6 = getelementptr inbounds i8, ptr %work, i64 274528
  %7 = getelementptr inbounds i8, ptr %work, i64 282784
  %8 = getelementptr inbounds i8, ptr %work, i64 282816
  %9 = getelementptr inbounds i8, ptr %work, i64 282848
  %10 = getelementptr inbounds i8, ptr %work, i64 282656
  %11 = getelementptr inbounds i8, ptr %work, i64 282688
  %12 = getelementptr inbounds i8, ptr %work, i64 282720
  %13 = add nsw i64 %bh0, 1
  %14 = mul i64 %nc, %13
  %15 = shl i64 %14, 12
  %16 = add i64 %15, -4096
  %17 = shl i64 %nc, 12
  %18 = shl nsw i64 %nc, 6
  %19 = add i64 %18, 144115188075855808
  %20 = mul i64 %19, %H
  %21 = mul i64 %H, -8192
  %22 = shl i64 %H, 7
  %23 = add i64 %T, 64
  %24 = sub i64 %23, %18
  %smax380 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %25 = sub i64 %bh1, %bh0
  %26 = getelementptr i8, ptr %work, i64 282912
  %27 = getelementptr i8, ptr %work, i64 282944
  %28 = getelementptr i8, ptr %work, i64 282976
  %29 = getelementptr i8, ptr %work, i64 274464
  %30 = getelementptr i8, ptr %work, i64 274496
  %31 = getelementptr i8, ptr %work, i64 274528
  %32 = getelementptr i8, ptr %work, i64 282784
  %33 = getelementptr i8, ptr %work, i64 282816
  %34 = getelementptr i8, ptr %work, i64 282848
  %35 = getelementptr i8, ptr %work, i64 282912
  %36 = getelementptr i8, ptr %work, i64 282944
  %37 = getelementptr i8, ptr %work, i64 282976
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i16.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i16.head.preheader ]
  %bh.addr.0345 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i16.head.preheader ]
  %38 = add i64 %indvar, %bh0
  %39 = shl i64 %38, 12
  %scevgep384 = getelementptr i8, ptr %dh0, i64 %39
  %40 = mul i64 %17, %indvar
  %41 = add i64 %16, %40
  %scevgep366 = getelementptr i8, ptr %dhT, i64 %39
  %b = sdiv i64 %bh.addr.0345, %H
  %h = srem i64 %bh.addr.0345, %H
  %42 = mul i64 %1, %b
  %bT = add i64 %42, %h
  %43 = shl nsw i64 %bT, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %43
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %43
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep366, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %43
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %43
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %43
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %43
  %oh = getelementptr inbounds float, ptr %dout, i64 %43
  br i1 %3, label %cc.body.lr.ph, label %i16.head.preheader

bh.exit:                                          ; preds = %i16.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %44 = add i64 %20, %bT
  %45 = shl i64 %44, 7
  %46 = getelementptr i8, ptr %dq, i64 %45
  %47 = getelementptr i8, ptr %kh1, i64 32
  %48 = getelementptr i8, ptr %kh1, i64 64
  %49 = getelementptr i8, ptr %kh1, i64 96
  %50 = getelementptr i8, ptr %vh1, i64 32
  %51 = getelementptr i8, ptr %vh1, i64 64
  %52 = getelementptr i8, ptr %vh1, i64 96
  br label %cc.body

i16.head.preheader:                               ; preds = %j9.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep384, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0345, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond385.not = icmp eq i64 %indvar.next, %25
  br i1 %exitcond385.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j9.body.preheader
  %indvars.iv = phi i64 [ %24, %cc.body.lr.ph ], [ %indvars.iv.next, %j9.body.preheader ]
  %cc.addr.0342 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j9.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin376 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax377 = tail call i64 @llvm.smax.i64(i64 %smin376, i64 1)
  %smax372 = tail call i64 @llvm.smax.i64(i64 %smin376, i64 2)
  %53 = shl i64 %cc.addr.0342, 12
  %54 = sub i64 %41, %53
  %scevgep368 = getelementptr i8, ptr %hs, i64 %54
  %55 = xor i64 %cc.addr.0342, -1
  %ci = add nsw i64 %nc, %55
  %t0 = shl nsw i64 %ci, 6
  %56 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep368, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %56, i64 64)
  %57 = icmp sgt i64 %56, 0
  br i1 %57, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %58 = mul i64 %21, %cc.addr.0342
  %59 = getelementptr i8, ptr %46, i64 %58
  %xtraiter = and i64 %smax, 7
  %60 = icmp slt i64 %indvars.iv, 8
  br i1 %60, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0307.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0307.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0307.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %61 = mul i64 %22, %tl.addr.0307.epil
  %scevgep.epil = getelementptr i8, ptr %59, i64 %61
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0307.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %62 = mul nsw i64 %t0, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %62
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0307 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %63 = mul i64 %22, %tl.addr.0307
  %scevgep = getelementptr i8, ptr %59, i64 %63
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0307, 1
  %64 = mul i64 %22, %tl.next
  %scevgep.1 = getelementptr i8, ptr %59, i64 %64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0307, 2
  %65 = mul i64 %22, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %59, i64 %65
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0307, 3
  %66 = mul i64 %22, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %59, i64 %66
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0307, 4
  %67 = mul i64 %22, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %59, i64 %67
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0307, 5
  %68 = mul i64 %22, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %59, i64 %68
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0307, 6
  %69 = mul i64 %22, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %59, i64 %69
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0307, 7
  %70 = mul i64 %22, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %59, i64 %70
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0307, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0312 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %147, %i4.body ]
  %acc1.0311 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %152, %i4.body ]
  %acc2.0310 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %157, %i4.body ]
  %acc3.0309 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %162, %i4.body ]
  %i4.addr.0308 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0308
  %71 = load float, ptr %gep, align 4
  %72 = shl nuw nsw i64 %i4.addr.0308, 5
  %73 = getelementptr inbounds float, ptr %work, i64 %72
  %74 = load <8 x float>, ptr %73, align 4
  %75 = getelementptr inbounds float, ptr %Sh, i64 %72
  store <8 x float> %74, ptr %75, align 4
  %76 = insertelement <8 x float> poison, float %71, i64 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %74, <8 x float> %acc.0312)
  %79 = or disjoint i64 %72, 8
  %80 = getelementptr inbounds float, ptr %work, i64 %79
  %81 = load <8 x float>, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %Sh, i64 %79
  store <8 x float> %81, ptr %82, align 4
  %83 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %81, <8 x float> %acc1.0311)
  %84 = or disjoint i64 %72, 16
  %85 = getelementptr inbounds float, ptr %work, i64 %84
  %86 = load <8 x float>, ptr %85, align 4
  %87 = getelementptr inbounds float, ptr %Sh, i64 %84
  store <8 x float> %86, ptr %87, align 4
  %88 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %86, <8 x float> %acc2.0310)
  %89 = or disjoint i64 %72, 24
  %90 = getelementptr inbounds float, ptr %work, i64 %89
  %91 = load <8 x float>, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %Sh, i64 %89
  store <8 x float> %91, ptr %92, align 4
  %93 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %91, <8 x float> %acc3.0309)
  %i4.next = or disjoint i64 %i4.addr.0308, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %94 = load float, ptr %gep.1, align 4
  %95 = shl nuw nsw i64 %i4.next, 5
  %96 = getelementptr inbounds float, ptr %work, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = getelementptr inbounds float, ptr %Sh, i64 %95
  store <8 x float> %97, ptr %98, align 4
  %99 = insertelement <8 x float> poison, float %94, i64 0
  %100 = shufflevector <8 x float> %99, <8 x float> poison, <8 x i32> zeroinitializer
  %101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %97, <8 x float> %78)
  %102 = or disjoint i64 %95, 8
  %103 = getelementptr inbounds float, ptr %work, i64 %102
  %104 = load <8 x float>, ptr %103, align 4
  %105 = getelementptr inbounds float, ptr %Sh, i64 %102
  store <8 x float> %104, ptr %105, align 4
  %106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %104, <8 x float> %83)
  %107 = or disjoint i64 %95, 16
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <8 x float>, ptr %108, align 4
  %110 = getelementptr inbounds float, ptr %Sh, i64 %107
  store <8 x float> %109, ptr %110, align 4
  %111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %109, <8 x float> %88)
  %112 = or disjoint i64 %95, 24
  %113 = getelementptr inbounds float, ptr %work, i64 %112
  %114 = load <8 x float>, ptr %113, align 4
  %115 = getelementptr inbounds float, ptr %Sh, i64 %112
  store <8 x float> %114, ptr %115, align 4
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %100, <8 x float> %114, <8 x float> %93)
  %i4.next.1 = or disjoint i64 %i4.addr.0308, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %117 = load float, ptr %gep.2, align 4
  %118 = shl nuw nsw i64 %i4.next.1, 5
  %119 = getelementptr inbounds float, ptr %work, i64 %118
  %120 = load <8 x float>, ptr %119, align 4
  %121 = getelementptr inbounds float, ptr %Sh, i64 %118
  store <8 x float> %120, ptr %121, align 4
  %122 = insertelement <8 x float> poison, float %117, i64 0
  %123 = shufflevector <8 x float> %122, <8 x float> poison, <8 x i32> zeroinitializer
  %124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %120, <8 x float> %101)
  %125 = or disjoint i64 %118, 8
  %126 = getelementptr inbounds float, ptr %work, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = getelementptr inbounds float, ptr %Sh, i64 %125
  store <8 x float> %127, ptr %128, align 4
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %127, <8 x float> %106)
  %130 = or disjoint i64 %118, 16
  %131 = getelementptr inbounds float, ptr %work, i64 %130
  %132 = load <8 x float>, ptr %131, align 4
  %133 = getelementptr inbounds float, ptr %Sh, i64 %130
  store <8 x float> %132, ptr %133, align 4
  %134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %132, <8 x float> %111)
  %135 = or disjoint i64 %118, 24
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <8 x float>, ptr %136, align 4
  %138 = getelementptr inbounds float, ptr %Sh, i64 %135
  store <8 x float> %137, ptr %138, align 4
  %139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %123, <8 x float> %137, <8 x float> %116)
  %i4.next.2 = or disjoint i64 %i4.addr.0308, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %140 = load float, ptr %gep.3, align 4
  %141 = shl nuw nsw i64 %i4.next.2, 5
  %142 = getelementptr inbounds float, ptr %work, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %Sh, i64 %141
  store <8 x float> %143, ptr %144, align 4
  %145 = insertelement <8 x float> poison, float %140, i64 0
  %146 = shufflevector <8 x float> %145, <8 x float> poison, <8 x i32> zeroinitializer
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %143, <8 x float> %124)
  %148 = or disjoint i64 %141, 8
  %149 = getelementptr inbounds float, ptr %work, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = getelementptr inbounds float, ptr %Sh, i64 %148
  store <8 x float> %150, ptr %151, align 4
  %152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %150, <8 x float> %129)
  %153 = or disjoint i64 %141, 16
  %154 = getelementptr inbounds float, ptr %work, i64 %153
  %155 = load <8 x float>, ptr %154, align 4
  %156 = getelementptr inbounds float, ptr %Sh, i64 %153
  store <8 x float> %155, ptr %156, align 4
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %155, <8 x float> %134)
  %158 = or disjoint i64 %141, 24
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = getelementptr inbounds float, ptr %Sh, i64 %158
  store <8 x float> %160, ptr %161, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %160, <8 x float> %139)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0308, 4
  %exitcond369.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond369.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %163 = mul nsw i64 %t0, %H
  %164 = getelementptr inbounds float, ptr %betah, i64 %163
  %165 = load float, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %vh, i64 %62
  %167 = load <8 x float>, ptr %166, align 4
  %168 = fsub <8 x float> %167, %147
  store <8 x float> %168, ptr %R, align 4
  %169 = insertelement <8 x float> poison, float %165, i64 0
  %170 = shufflevector <8 x float> %169, <8 x float> poison, <8 x i32> zeroinitializer
  %171 = fmul <8 x float> %170, %168
  %172 = or disjoint i64 %62, 8
  %173 = getelementptr inbounds float, ptr %vh, i64 %172
  %174 = load <8 x float>, ptr %173, align 4
  %175 = fsub <8 x float> %174, %152
  store <8 x float> %175, ptr %4, align 4
  %176 = fmul <8 x float> %170, %175
  %177 = or disjoint i64 %62, 16
  %178 = getelementptr inbounds float, ptr %vh, i64 %177
  %179 = load <8 x float>, ptr %178, align 4
  %180 = fsub <8 x float> %179, %157
  store <8 x float> %180, ptr %5, align 4
  %181 = fmul <8 x float> %170, %180
  %182 = or disjoint i64 %62, 24
  %183 = getelementptr inbounds float, ptr %vh, i64 %182
  %184 = load <8 x float>, ptr %183, align 4
  %185 = fsub <8 x float> %184, %162
  store <8 x float> %185, ptr %6, align 4
  %186 = fmul <8 x float> %170, %185
  %187 = icmp sgt i64 %56, 1
  br i1 %187, label %i5.head.preheader, label %tl1.exit

i5.head.preheader:                                ; preds = %i4.exit, %i5.exit
  %delta.0322 = phi <8 x float> [ %283, %i5.exit ], [ %171, %i4.exit ]
  %delta1.0321 = phi <8 x float> [ %290, %i5.exit ], [ %176, %i4.exit ]
  %delta2.0320 = phi <8 x float> [ %297, %i5.exit ], [ %181, %i4.exit ]
  %delta3.0319 = phi <8 x float> [ %304, %i5.exit ], [ %186, %i4.exit ]
  %tl1.addr.0318 = phi i64 [ %tl1.next, %i5.exit ], [ 1, %i4.exit ]
  %188 = add nsw i64 %tl1.addr.0318, -1
  %189 = add nuw nsw i64 %188, %t0
  %190 = mul nsw i64 %189, %sq
  %191 = add nsw i64 %tl1.addr.0318, %t0
  %192 = mul nsw i64 %191, %sq
  %193 = shl nsw i64 %188, 10
  %194 = getelementptr inbounds float, ptr %oh, i64 %190
  %195 = load <8 x float>, ptr %194, align 4
  %196 = shl nsw i64 %tl1.addr.0318, 10
  %197 = or disjoint i64 %190, 8
  %198 = getelementptr inbounds float, ptr %oh, i64 %197
  %199 = load <8 x float>, ptr %198, align 4
  %200 = or disjoint i64 %190, 16
  %201 = getelementptr inbounds float, ptr %oh, i64 %200
  %202 = load <8 x float>, ptr %201, align 4
  %203 = or disjoint i64 %190, 24
  %204 = getelementptr inbounds float, ptr %oh, i64 %203
  %205 = load <8 x float>, ptr %204, align 4
  %invariant.gep401 = getelementptr float, ptr %kh, i64 %192
  br label %i5.body

tl1.exit:                                         ; preds = %i5.exit, %i4.exit
  %delta3.0.lcssa = phi <8 x float> [ %186, %i4.exit ], [ %304, %i5.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %181, %i4.exit ], [ %297, %i5.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %176, %i4.exit ], [ %290, %i5.exit ]
  %delta.0.lcssa = phi <8 x float> [ %171, %i4.exit ], [ %283, %i5.exit ]
  %tlast = add nsw i64 %L, -1
  %206 = add nsw i64 %tlast, %t0
  %207 = mul nsw i64 %206, %sq
  %208 = shl nsw i64 %tlast, 10
  %209 = getelementptr inbounds float, ptr %oh, i64 %207
  %210 = load <8 x float>, ptr %209, align 4
  %211 = or disjoint i64 %207, 8
  %212 = getelementptr inbounds float, ptr %oh, i64 %211
  %213 = load <8 x float>, ptr %212, align 4
  %214 = or disjoint i64 %207, 16
  %215 = getelementptr inbounds float, ptr %oh, i64 %214
  %216 = load <8 x float>, ptr %215, align 4
  %217 = or disjoint i64 %207, 24
  %218 = getelementptr inbounds float, ptr %oh, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  br label %i6.body

i5.body:                                          ; preds = %i5.head.preheader, %i5.body
  %acc4.0317 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %236, %i5.body ]
  %acc536.0316 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %244, %i5.body ]
  %acc6.0315 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %252, %i5.body ]
  %acc7.0314 = phi <8 x float> [ zeroinitializer, %i5.head.preheader ], [ %260, %i5.body ]
  %i5.addr.0313 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next, %i5.body ]
  %220 = or disjoint i64 %i5.addr.0313, %190
  %221 = getelementptr inbounds float, ptr %kh, i64 %220
  %222 = load float, ptr %221, align 4
  %gep402 = getelementptr float, ptr %invariant.gep401, i64 %i5.addr.0313
  %223 = load float, ptr %gep402, align 4
  %224 = insertelement <8 x float> poison, float %222, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = shl nuw nsw i64 %i5.addr.0313, 5
  %227 = add nuw nsw i64 %226, %193
  %228 = getelementptr inbounds float, ptr %Sh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta.0322, <8 x float> %229)
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %195, <8 x float> zeroinitializer)
  %232 = add nuw nsw i64 %226, %196
  %233 = getelementptr inbounds float, ptr %Sh, i64 %232
  store <8 x float> %230, ptr %233, align 4
  %234 = insertelement <8 x float> poison, float %223, i64 0
  %235 = shufflevector <8 x float> %234, <8 x float> poison, <8 x i32> zeroinitializer
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %230, <8 x float> %acc4.0317)
  %237 = or disjoint i64 %227, 8
  %238 = getelementptr inbounds float, ptr %Sh, i64 %237
  %239 = load <8 x float>, ptr %238, align 4
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta1.0321, <8 x float> %239)
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> %199, <8 x float> %231)
  %242 = or disjoint i64 %232, 8
  %243 = getelementptr inbounds float, ptr %Sh, i64 %242
  store <8 x float> %240, ptr %243, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %240, <8 x float> %acc536.0316)
  %245 = or disjoint i64 %227, 16
  %246 = getelementptr inbounds float, ptr %Sh, i64 %245
  %247 = load <8 x float>, ptr %246, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta2.0320, <8 x float> %247)
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %248, <8 x float> %202, <8 x float> %241)
  %250 = or disjoint i64 %232, 16
  %251 = getelementptr inbounds float, ptr %Sh, i64 %250
  store <8 x float> %248, ptr %251, align 4
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %248, <8 x float> %acc6.0315)
  %253 = or disjoint i64 %227, 24
  %254 = getelementptr inbounds float, ptr %Sh, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %delta3.0319, <8 x float> %255)
  %257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %256, <8 x float> %205, <8 x float> %249)
  %258 = or disjoint i64 %232, 24
  %259 = getelementptr inbounds float, ptr %Sh, i64 %258
  store <8 x float> %256, ptr %259, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %256, <8 x float> %acc7.0314)
  %261 = getelementptr inbounds float, ptr %qh1, i64 %220
  %262 = load float, ptr %261, align 4
  %263 = shufflevector <8 x float> %257, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %264 = shufflevector <8 x float> %257, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %265 = fadd <4 x float> %263, %264
  %266 = shufflevector <4 x float> %265, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %267 = shufflevector <4 x float> %265, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %268 = fadd <2 x float> %266, %267
  %shift = shufflevector <2 x float> %268, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %269 = fadd <2 x float> %268, %shift
  %270 = extractelement <2 x float> %269, i64 0
  %271 = fmul float %270, 0x3FC6A09E60000000
  %272 = fadd float %262, %271
  store float %272, ptr %261, align 4
  %i5.next = add nuw nsw i64 %i5.addr.0313, 1
  %exitcond370.not = icmp eq i64 %i5.next, 32
  br i1 %exitcond370.not, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %273 = mul nsw i64 %191, %H
  %274 = getelementptr inbounds float, ptr %betah, i64 %273
  %275 = load float, ptr %274, align 4
  %276 = getelementptr inbounds float, ptr %vh, i64 %192
  %277 = load <8 x float>, ptr %276, align 4
  %278 = fsub <8 x float> %277, %236
  %279 = shl nsw i64 %tl1.addr.0318, 5
  %280 = getelementptr inbounds float, ptr %R, i64 %279
  store <8 x float> %278, ptr %280, align 4
  %281 = insertelement <8 x float> poison, float %275, i64 0
  %282 = shufflevector <8 x float> %281, <8 x float> poison, <8 x i32> zeroinitializer
  %283 = fmul <8 x float> %282, %278
  %284 = or disjoint i64 %192, 8
  %285 = getelementptr inbounds float, ptr %vh, i64 %284
  %286 = load <8 x float>, ptr %285, align 4
  %287 = fsub <8 x float> %286, %244
  %288 = or disjoint i64 %279, 8
  %289 = getelementptr inbounds float, ptr %R, i64 %288
  store <8 x float> %287, ptr %289, align 4
  %290 = fmul <8 x float> %282, %287
  %291 = or disjoint i64 %192, 16
  %292 = getelementptr inbounds float, ptr %vh, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = fsub <8 x float> %293, %252
  %295 = or disjoint i64 %279, 16
  %296 = getelementptr inbounds float, ptr %R, i64 %295
  store <8 x float> %294, ptr %296, align 4
  %297 = fmul <8 x float> %282, %294
  %298 = or disjoint i64 %192, 24
  %299 = getelementptr inbounds float, ptr %vh, i64 %298
  %300 = load <8 x float>, ptr %299, align 4
  %301 = fsub <8 x float> %300, %260
  %302 = or disjoint i64 %279, 24
  %303 = getelementptr inbounds float, ptr %R, i64 %302
  store <8 x float> %301, ptr %303, align 4
  %304 = fmul <8 x float> %282, %301
  %tl1.next = add nuw nsw i64 %tl1.addr.0318, 1
  %exitcond373.not = icmp eq i64 %tl1.next, %smax372
  br i1 %exitcond373.not, label %tl1.exit, label %i5.head.preheader

tt.head.preheader:                                ; preds = %i6.body
  br i1 %57, label %tt.body, label %j8.head.preheader

i6.body:                                          ; preds = %i6.body, %tl1.exit
  %i6.addr.0326 = phi i64 [ 0, %tl1.exit ], [ %i6.next.1, %i6.body ]
  %305 = or disjoint i64 %i6.addr.0326, %207
  %306 = getelementptr inbounds float, ptr %kh, i64 %305
  %307 = load float, ptr %306, align 4
  %308 = insertelement <8 x float> poison, float %307, i64 0
  %309 = shufflevector <8 x float> %308, <8 x float> poison, <8 x i32> zeroinitializer
  %310 = shl nuw nsw i64 %i6.addr.0326, 5
  %311 = add nuw nsw i64 %310, %208
  %312 = getelementptr inbounds float, ptr %Sh, i64 %311
  %313 = load <8 x float>, ptr %312, align 4
  %314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta.0.lcssa, <8 x float> %313)
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %210, <8 x float> zeroinitializer)
  %316 = or disjoint i64 %311, 8
  %317 = getelementptr inbounds float, ptr %Sh, i64 %316
  %318 = load <8 x float>, ptr %317, align 4
  %319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta1.0.lcssa, <8 x float> %318)
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %319, <8 x float> %213, <8 x float> %315)
  %321 = or disjoint i64 %311, 16
  %322 = getelementptr inbounds float, ptr %Sh, i64 %321
  %323 = load <8 x float>, ptr %322, align 4
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta2.0.lcssa, <8 x float> %323)
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %324, <8 x float> %216, <8 x float> %320)
  %326 = or disjoint i64 %311, 24
  %327 = getelementptr inbounds float, ptr %Sh, i64 %326
  %328 = load <8 x float>, ptr %327, align 4
  %329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %309, <8 x float> %delta3.0.lcssa, <8 x float> %328)
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %219, <8 x float> %325)
  %331 = getelementptr inbounds float, ptr %qh1, i64 %305
  %332 = load float, ptr %331, align 4
  %333 = shufflevector <8 x float> %330, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %334 = shufflevector <8 x float> %330, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %335 = fadd <4 x float> %333, %334
  %336 = shufflevector <4 x float> %335, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %337 = shufflevector <4 x float> %335, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %338 = fadd <2 x float> %336, %337
  %shift420 = shufflevector <2 x float> %338, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %339 = fadd <2 x float> %338, %shift420
  %340 = extractelement <2 x float> %339, i64 0
  %341 = fmul float %340, 0x3FC6A09E60000000
  %342 = fadd float %332, %341
  store float %342, ptr %331, align 4
  %i6.next = or disjoint i64 %i6.addr.0326, 1
  %343 = or disjoint i64 %i6.next, %207
  %344 = getelementptr inbounds float, ptr %kh, i64 %343
  %345 = load float, ptr %344, align 4
  %346 = insertelement <8 x float> poison, float %345, i64 0
  %347 = shufflevector <8 x float> %346, <8 x float> poison, <8 x i32> zeroinitializer
  %348 = shl nuw nsw i64 %i6.next, 5
  %349 = add nuw nsw i64 %348, %208
  %350 = getelementptr inbounds float, ptr %Sh, i64 %349
  %351 = load <8 x float>, ptr %350, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta.0.lcssa, <8 x float> %351)
  %353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %352, <8 x float> %210, <8 x float> zeroinitializer)
  %354 = or disjoint i64 %349, 8
  %355 = getelementptr inbounds float, ptr %Sh, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta1.0.lcssa, <8 x float> %356)
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %213, <8 x float> %353)
  %359 = or disjoint i64 %349, 16
  %360 = getelementptr inbounds float, ptr %Sh, i64 %359
  %361 = load <8 x float>, ptr %360, align 4
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta2.0.lcssa, <8 x float> %361)
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %216, <8 x float> %358)
  %364 = or disjoint i64 %349, 24
  %365 = getelementptr inbounds float, ptr %Sh, i64 %364
  %366 = load <8 x float>, ptr %365, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %delta3.0.lcssa, <8 x float> %366)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %219, <8 x float> %363)
  %369 = getelementptr inbounds float, ptr %qh1, i64 %343
  %370 = load float, ptr %369, align 4
  %371 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %372 = shufflevector <8 x float> %368, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %373 = fadd <4 x float> %371, %372
  %374 = shufflevector <4 x float> %373, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %375 = shufflevector <4 x float> %373, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %376 = fadd <2 x float> %374, %375
  %shift420.1 = shufflevector <2 x float> %376, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %377 = fadd <2 x float> %376, %shift420.1
  %378 = extractelement <2 x float> %377, i64 0
  %379 = fmul float %378, 0x3FC6A09E60000000
  %380 = fadd float %370, %379
  store float %380, ptr %369, align 4
  %i6.next.1 = add nuw nsw i64 %i6.addr.0326, 2
  %exitcond374.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond374.not.1, label %tt.head.preheader, label %i6.body

j8.head.preheader:                                ; preds = %endif, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %381 = fneg float %165
  br label %i14.body

tt.body:                                          ; preds = %tt.head.preheader, %endif
  %tt.addr.0338 = phi i64 [ %tt.next, %endif ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0338
  %382 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %382, i64 %tlast)
  %383 = add nsw i64 %ptl, %t0
  %384 = mul nsw i64 %383, %H
  %385 = getelementptr inbounds float, ptr %betah, i64 %384
  %386 = load float, ptr %385, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %387 = icmp slt i64 %382, %L
  %.neg = fneg float %386
  %388 = select i1 %387, float %.neg, float -0.000000e+00
  %389 = mul nsw i64 %383, %sq
  %390 = shl nsw i64 %ptl, 10
  %391 = shl nsw i64 %ptl, 5
  %392 = getelementptr inbounds float, ptr %R, i64 %391
  %393 = or disjoint i64 %391, 8
  %394 = getelementptr inbounds float, ptr %R, i64 %393
  %395 = or disjoint i64 %391, 16
  %396 = getelementptr inbounds float, ptr %R, i64 %395
  %397 = or disjoint i64 %391, 24
  %398 = getelementptr inbounds float, ptr %R, i64 %397
  %399 = add nsw i64 %tl2, %t0
  %400 = mul nsw i64 %399, %sq
  %401 = getelementptr inbounds float, ptr %oh, i64 %400
  %402 = load <8 x float>, ptr %401, align 4
  %403 = or disjoint i64 %400, 8
  %404 = getelementptr inbounds float, ptr %oh, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = or disjoint i64 %400, 16
  %407 = getelementptr inbounds float, ptr %oh, i64 %406
  %408 = load <8 x float>, ptr %407, align 4
  %409 = or disjoint i64 %400, 24
  %410 = getelementptr inbounds float, ptr %oh, i64 %409
  %411 = load <8 x float>, ptr %410, align 4
  %invariant.gep403 = getelementptr float, ptr %kh, i64 %389
  br label %i8.body

i8.body:                                          ; preds = %tt.body, %i8.body
  %dsk.0332 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %489, %i8.body ]
  %dsk1.0331 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %490, %i8.body ]
  %dsk2.0330 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %491, %i8.body ]
  %dsk3.0329 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %492, %i8.body ]
  %i8.addr.0328 = phi i64 [ 0, %tt.body ], [ %i8.next, %i8.body ]
  %412 = shl nuw nsw i64 %i8.addr.0328, 5
  %413 = getelementptr inbounds float, ptr %dS, i64 %412
  %414 = load <8 x float>, ptr %413, align 4
  %415 = or disjoint i64 %412, 8
  %416 = getelementptr inbounds float, ptr %dS, i64 %415
  %417 = load <8 x float>, ptr %416, align 4
  %418 = or disjoint i64 %412, 16
  %419 = getelementptr inbounds float, ptr %dS, i64 %418
  %420 = load <8 x float>, ptr %419, align 4
  %421 = or disjoint i64 %412, 24
  %422 = getelementptr inbounds float, ptr %dS, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %gep404 = getelementptr float, ptr %invariant.gep403, i64 %i8.addr.0328
  %424 = load float, ptr %gep404, align 4
  %425 = fmul float %388, %424
  %426 = load <8 x float>, ptr %dSkPrev, align 4
  %427 = add nuw nsw i64 %412, %390
  %428 = getelementptr inbounds float, ptr %Sh, i64 %427
  %429 = load <8 x float>, ptr %428, align 4
  %430 = load <8 x float>, ptr %392, align 4
  %431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %430, <8 x float> zeroinitializer)
  %432 = fneg <8 x float> %429
  %433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %426, <8 x float> %431)
  %434 = insertelement <8 x float> poison, float %425, i64 0
  %435 = shufflevector <8 x float> %434, <8 x float> poison, <8 x i32> zeroinitializer
  %436 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %426, <8 x float> %414)
  %437 = load <8 x float>, ptr %7, align 4
  %438 = or disjoint i64 %427, 8
  %439 = getelementptr inbounds float, ptr %Sh, i64 %438
  %440 = load <8 x float>, ptr %439, align 4
  %441 = load <8 x float>, ptr %394, align 4
  %442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %417, <8 x float> %441, <8 x float> %433)
  %443 = fneg <8 x float> %440
  %444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %443, <8 x float> %437, <8 x float> %442)
  %445 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %437, <8 x float> %417)
  %446 = load <8 x float>, ptr %8, align 4
  %447 = or disjoint i64 %427, 16
  %448 = getelementptr inbounds float, ptr %Sh, i64 %447
  %449 = load <8 x float>, ptr %448, align 4
  %450 = load <8 x float>, ptr %396, align 4
  %451 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %450, <8 x float> %444)
  %452 = fneg <8 x float> %449
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> %446, <8 x float> %451)
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %446, <8 x float> %420)
  %455 = load <8 x float>, ptr %9, align 4
  %456 = or disjoint i64 %427, 24
  %457 = getelementptr inbounds float, ptr %Sh, i64 %456
  %458 = load <8 x float>, ptr %457, align 4
  %459 = load <8 x float>, ptr %398, align 4
  %460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %423, <8 x float> %459, <8 x float> %453)
  %461 = fneg <8 x float> %458
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> %455, <8 x float> %460)
  %463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %435, <8 x float> %455, <8 x float> %423)
  %464 = getelementptr inbounds float, ptr %dkTmp, i64 %i8.addr.0328
  %465 = load float, ptr %464, align 4
  %466 = shufflevector <8 x float> %462, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %467 = shufflevector <8 x float> %462, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %468 = fadd <4 x float> %466, %467
  %469 = shufflevector <4 x float> %468, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %470 = shufflevector <4 x float> %468, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %471 = fadd <2 x float> %469, %470
  %shift421 = shufflevector <2 x float> %471, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %472 = fadd <2 x float> %471, %shift421
  %473 = extractelement <2 x float> %472, i64 0
  %474 = fadd float %465, %473
  store float %474, ptr %464, align 4
  %475 = or disjoint i64 %i8.addr.0328, %400
  %476 = getelementptr inbounds float, ptr %qh, i64 %475
  %477 = load float, ptr %476, align 4
  %478 = fmul float %477, 0x3FC6A09E60000000
  %479 = insertelement <8 x float> poison, float %478, i64 0
  %480 = shufflevector <8 x float> %479, <8 x float> poison, <8 x i32> zeroinitializer
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %402, <8 x float> %436)
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %405, <8 x float> %445)
  %483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %408, <8 x float> %454)
  %484 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %411, <8 x float> %463)
  %485 = getelementptr inbounds float, ptr %kh, i64 %475
  %486 = load float, ptr %485, align 4
  %487 = insertelement <8 x float> poison, float %486, i64 0
  %488 = shufflevector <8 x float> %487, <8 x float> poison, <8 x i32> zeroinitializer
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %481, <8 x float> %dsk.0332)
  %490 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %482, <8 x float> %dsk1.0331)
  %491 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %483, <8 x float> %dsk2.0330)
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %484, <8 x float> %dsk3.0329)
  store <8 x float> %481, ptr %413, align 4
  store <8 x float> %482, ptr %416, align 4
  store <8 x float> %483, ptr %419, align 4
  store <8 x float> %484, ptr %422, align 4
  %i8.next = add nuw nsw i64 %i8.addr.0328, 1
  %exitcond375.not = icmp eq i64 %i8.next, 32
  br i1 %exitcond375.not, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  store <8 x float> %489, ptr %dSk, align 4
  store <8 x float> %490, ptr %10, align 4
  store <8 x float> %491, ptr %11, align 4
  store <8 x float> %492, ptr %12, align 4
  br i1 %387, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i8.exit
  %493 = insertelement <8 x float> poison, float %386, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = load <8 x float>, ptr %dkTmp, align 4
  %496 = fmul <8 x float> %494, %495
  %497 = getelementptr float, ptr %kh1, i64 %389
  store <8 x float> %496, ptr %497, align 4
  %498 = load <8 x float>, ptr %26, align 4
  %499 = fmul <8 x float> %494, %498
  %500 = getelementptr float, ptr %47, i64 %389
  store <8 x float> %499, ptr %500, align 4
  %501 = load <8 x float>, ptr %27, align 4
  %502 = fmul <8 x float> %494, %501
  %503 = getelementptr float, ptr %48, i64 %389
  store <8 x float> %502, ptr %503, align 4
  %504 = load <8 x float>, ptr %28, align 4
  %505 = fmul <8 x float> %494, %504
  %506 = getelementptr float, ptr %49, i64 %389
  store <8 x float> %505, ptr %506, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i8.exit
  %507 = mul nsw i64 %399, %H
  %508 = getelementptr inbounds float, ptr %betah, i64 %507
  %509 = load float, ptr %508, align 4
  %510 = insertelement <8 x float> poison, float %509, i64 0
  %511 = shufflevector <8 x float> %510, <8 x float> poison, <8 x i32> zeroinitializer
  %512 = fmul <8 x float> %511, %489
  %513 = getelementptr float, ptr %vh1, i64 %400
  store <8 x float> %512, ptr %513, align 4
  %514 = fmul <8 x float> %511, %490
  %515 = getelementptr float, ptr %50, i64 %400
  store <8 x float> %514, ptr %515, align 4
  %516 = fmul <8 x float> %511, %491
  %517 = getelementptr float, ptr %51, i64 %400
  store <8 x float> %516, ptr %517, align 4
  %518 = fmul <8 x float> %511, %492
  %519 = getelementptr float, ptr %52, i64 %400
  store <8 x float> %518, ptr %519, align 4
  %.idx347 = shl i64 %tl2, 7
  %520 = getelementptr i8, ptr %R, i64 %.idx347
  %521 = load <8 x float>, ptr %520, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %489, <8 x float> %521, <8 x float> zeroinitializer)
  %523 = getelementptr i8, ptr %29, i64 %.idx347
  %524 = load <8 x float>, ptr %523, align 4
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %524, <8 x float> %522)
  %526 = getelementptr i8, ptr %30, i64 %.idx347
  %527 = load <8 x float>, ptr %526, align 4
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> %527, <8 x float> %525)
  %529 = getelementptr i8, ptr %31, i64 %.idx347
  %530 = load <8 x float>, ptr %529, align 4
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %530, <8 x float> %528)
  %532 = shufflevector <8 x float> %531, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %533 = shufflevector <8 x float> %531, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %534 = fadd <4 x float> %532, %533
  %535 = shufflevector <4 x float> %534, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %536 = shufflevector <4 x float> %534, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %537 = fadd <2 x float> %535, %536
  %shift422 = shufflevector <2 x float> %537, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %538 = fadd <2 x float> %537, %shift422
  %539 = extractelement <2 x float> %538, i64 0
  %540 = getelementptr inbounds float, ptr %betah1, i64 %507
  store float %539, ptr %540, align 4
  store <8 x float> %489, ptr %dSkPrev, align 4
  store <8 x float> %490, ptr %32, align 4
  store <8 x float> %491, ptr %33, align 4
  store <8 x float> %492, ptr %34, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0338, 1
  %exitcond378.not = icmp eq i64 %tt.next, %smax377
  br i1 %exitcond378.not, label %j8.head.preheader, label %tt.body

i14.body:                                         ; preds = %j8.head.preheader, %i14.body
  %i14.addr.0340 = phi i64 [ 0, %j8.head.preheader ], [ %i14.next, %i14.body ]
  %541 = shl nuw nsw i64 %i14.addr.0340, 5
  %542 = getelementptr inbounds float, ptr %dS, i64 %541
  %543 = load <8 x float>, ptr %542, align 4
  %544 = or disjoint i64 %541, 8
  %545 = getelementptr inbounds float, ptr %dS, i64 %544
  %546 = load <8 x float>, ptr %545, align 4
  %547 = or disjoint i64 %541, 16
  %548 = getelementptr inbounds float, ptr %dS, i64 %547
  %549 = load <8 x float>, ptr %548, align 4
  %550 = or disjoint i64 %541, 24
  %551 = getelementptr inbounds float, ptr %dS, i64 %550
  %552 = load <8 x float>, ptr %551, align 4
  %553 = or disjoint i64 %i14.addr.0340, %62
  %554 = getelementptr inbounds float, ptr %kh, i64 %553
  %555 = load float, ptr %554, align 4
  %556 = fmul float %555, %381
  %557 = load <8 x float>, ptr %dSkPrev, align 4
  %558 = getelementptr inbounds float, ptr %Sh, i64 %541
  %559 = load <8 x float>, ptr %558, align 4
  %560 = load <8 x float>, ptr %R, align 4
  %561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %543, <8 x float> %560, <8 x float> zeroinitializer)
  %562 = fneg <8 x float> %559
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %557, <8 x float> %561)
  %564 = insertelement <8 x float> poison, float %556, i64 0
  %565 = shufflevector <8 x float> %564, <8 x float> poison, <8 x i32> zeroinitializer
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %557, <8 x float> %543)
  %567 = load <8 x float>, ptr %7, align 4
  %568 = getelementptr inbounds float, ptr %Sh, i64 %544
  %569 = load <8 x float>, ptr %568, align 4
  %570 = load <8 x float>, ptr %4, align 4
  %571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %570, <8 x float> %563)
  %572 = fneg <8 x float> %569
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %567, <8 x float> %571)
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %567, <8 x float> %546)
  %575 = load <8 x float>, ptr %8, align 4
  %576 = getelementptr inbounds float, ptr %Sh, i64 %547
  %577 = load <8 x float>, ptr %576, align 4
  %578 = load <8 x float>, ptr %5, align 4
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %578, <8 x float> %573)
  %580 = fneg <8 x float> %577
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %580, <8 x float> %575, <8 x float> %579)
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %575, <8 x float> %549)
  %583 = load <8 x float>, ptr %9, align 4
  %584 = getelementptr inbounds float, ptr %Sh, i64 %550
  %585 = load <8 x float>, ptr %584, align 4
  %586 = load <8 x float>, ptr %6, align 4
  %587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %552, <8 x float> %586, <8 x float> %581)
  %588 = fneg <8 x float> %585
  %589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %583, <8 x float> %587)
  %590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %583, <8 x float> %552)
  %591 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.0340
  %592 = load float, ptr %591, align 4
  %593 = shufflevector <8 x float> %589, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %594 = shufflevector <8 x float> %589, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %595 = fadd <4 x float> %593, %594
  %596 = shufflevector <4 x float> %595, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %597 = shufflevector <4 x float> %595, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %598 = fadd <2 x float> %596, %597
  %shift423 = shufflevector <2 x float> %598, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %599 = fadd <2 x float> %598, %shift423
  %600 = extractelement <2 x float> %599, i64 0
  %601 = fadd float %592, %600
  store float %601, ptr %591, align 4
  store <8 x float> %566, ptr %542, align 4
  store <8 x float> %574, ptr %545, align 4
  store <8 x float> %582, ptr %548, align 4
  store <8 x float> %590, ptr %551, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0340, 1
  %exitcond379.not = icmp eq i64 %i14.next, 32
  br i1 %exitcond379.not, label %j9.body.preheader, label %i14.body

j9.body.preheader:                                ; preds = %i14.body
  %602 = load <8 x float>, ptr %dkTmp, align 4
  %603 = fmul <8 x float> %170, %602
  %604 = getelementptr inbounds float, ptr %kh1, i64 %62
  store <8 x float> %603, ptr %604, align 4
  %605 = load <8 x float>, ptr %35, align 4
  %606 = fmul <8 x float> %170, %605
  %607 = getelementptr inbounds float, ptr %kh1, i64 %172
  store <8 x float> %606, ptr %607, align 4
  %608 = load <8 x float>, ptr %36, align 4
  %609 = fmul <8 x float> %170, %608
  %610 = getelementptr inbounds float, ptr %kh1, i64 %177
  store <8 x float> %609, ptr %610, align 4
  %611 = load <8 x float>, ptr %37, align 4
  %612 = fmul <8 x float> %170, %611
  %613 = getelementptr inbounds float, ptr %kh1, i64 %182
  store <8 x float> %612, ptr %613, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0342, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond381.not = icmp eq i64 %cc.next, %smax380
  br i1 %exitcond381.not, label %i16.head.preheader, label %cc.body
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

bh.body:                                          ; preds = %entry, %i1.exit
  %bh.addr.0119 = phi i64 [ %bh.next, %i1.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.0119, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.0119
  %S.idx = shl nsw i64 %bh.addr.0119, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i1.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0109 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %50, %i.body ]
  %acc1.0108 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %54, %i.body ]
  %acc2.0107 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %58, %i.body ]
  %acc3.0106 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %62, %i.body ]
  %acc4.0105 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %71, %i.body ]
  %acc5.0104 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %75, %i.body ]
  %acc6.0103 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %79, %i.body ]
  %acc7.0102 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %83, %i.body ]
  %i.addr.0101 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %2 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0101
  %3 = load float, ptr %2, align 4
  %4 = shl nuw nsw i64 %i.addr.0101, 5
  %5 = getelementptr inbounds float, ptr %S, i64 %4
  %6 = load <8 x float>, ptr %5, align 4
  %7 = insertelement <8 x float> poison, float %3, i64 0
  %8 = shufflevector <8 x float> %7, <8 x float> poison, <8 x i32> zeroinitializer
  %9 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %6, <8 x float> %acc.0109)
  %10 = or disjoint i64 %4, 8
  %11 = getelementptr inbounds float, ptr %S, i64 %10
  %12 = load <8 x float>, ptr %11, align 4
  %13 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %12, <8 x float> %acc1.0108)
  %14 = or disjoint i64 %4, 16
  %15 = getelementptr inbounds float, ptr %S, i64 %14
  %16 = load <8 x float>, ptr %15, align 4
  %17 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %16, <8 x float> %acc2.0107)
  %18 = or disjoint i64 %4, 24
  %19 = getelementptr inbounds float, ptr %S, i64 %18
  %20 = load <8 x float>, ptr %19, align 4
  %21 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %8, <8 x float> %20, <8 x float> %acc3.0106)
  %22 = or disjoint i64 %i.addr.0101, 1
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %22, 5
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = insertelement <8 x float> poison, float %24, i64 0
  %29 = shufflevector <8 x float> %28, <8 x float> poison, <8 x i32> zeroinitializer
  %30 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %27, <8 x float> %acc4.0105)
  %31 = or disjoint i64 %25, 8
  %32 = getelementptr inbounds float, ptr %S, i64 %31
  %33 = load <8 x float>, ptr %32, align 4
  %34 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %33, <8 x float> %acc5.0104)
  %35 = or disjoint i64 %25, 16
  %36 = getelementptr inbounds float, ptr %S, i64 %35
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %37, <8 x float> %acc6.0103)
  %39 = or disjoint i64 %25, 24
  %40 = getelementptr inbounds float, ptr %S, i64 %39
  %41 = load <8 x float>, ptr %40, align 4
  %42 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> %41, <8 x float> %acc7.0102)
  %i.next = or disjoint i64 %i.addr.0101, 2
  %43 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %44 = load float, ptr %43, align 4
  %45 = shl nuw nsw i64 %i.next, 5
  %46 = getelementptr inbounds float, ptr %S, i64 %45
  %47 = load <8 x float>, ptr %46, align 4
  %48 = insertelement <8 x float> poison, float %44, i64 0
  %49 = shufflevector <8 x float> %48, <8 x float> poison, <8 x i32> zeroinitializer
  %50 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> %9)
  %51 = or disjoint i64 %45, 8
  %52 = getelementptr inbounds float, ptr %S, i64 %51
  %53 = load <8 x float>, ptr %52, align 4
  %54 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %53, <8 x float> %13)
  %55 = or disjoint i64 %45, 16
  %56 = getelementptr inbounds float, ptr %S, i64 %55
  %57 = load <8 x float>, ptr %56, align 4
  %58 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %57, <8 x float> %17)
  %59 = or disjoint i64 %45, 24
  %60 = getelementptr inbounds float, ptr %S, i64 %59
  %61 = load <8 x float>, ptr %60, align 4
  %62 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %61, <8 x float> %21)
  %63 = or disjoint i64 %i.addr.0101, 3
  %64 = getelementptr inbounds float, ptr %kh, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = shl nuw nsw i64 %63, 5
  %67 = getelementptr inbounds float, ptr %S, i64 %66
  %68 = load <8 x float>, ptr %67, align 4
  %69 = insertelement <8 x float> poison, float %65, i64 0
  %70 = shufflevector <8 x float> %69, <8 x float> poison, <8 x i32> zeroinitializer
  %71 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %68, <8 x float> %30)
  %72 = or disjoint i64 %66, 8
  %73 = getelementptr inbounds float, ptr %S, i64 %72
  %74 = load <8 x float>, ptr %73, align 4
  %75 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %74, <8 x float> %34)
  %76 = or disjoint i64 %66, 16
  %77 = getelementptr inbounds float, ptr %S, i64 %76
  %78 = load <8 x float>, ptr %77, align 4
  %79 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %78, <8 x float> %38)
  %80 = or disjoint i64 %66, 24
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <8 x float>, ptr %81, align 4
  %83 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %82, <8 x float> %42)
  %i.next.1 = add nuw nsw i64 %i.addr.0101, 4
  %84 = icmp ult i64 %i.next, 30
  br i1 %84, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %85 = load float, ptr %betah, align 4
  %86 = load <8 x float>, ptr %vh, align 4
  %87 = fadd <8 x float> %71, %50
  %88 = fsub <8 x float> %86, %87
  %89 = insertelement <8 x float> poison, float %85, i64 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = fmul <8 x float> %90, %88
  %92 = getelementptr inbounds i8, ptr %vh, i64 32
  %93 = load <8 x float>, ptr %92, align 4
  %94 = fadd <8 x float> %75, %54
  %95 = fsub <8 x float> %93, %94
  %96 = fmul <8 x float> %90, %95
  %97 = getelementptr inbounds i8, ptr %vh, i64 64
  %98 = load <8 x float>, ptr %97, align 4
  %99 = fadd <8 x float> %79, %58
  %100 = fsub <8 x float> %98, %99
  %101 = fmul <8 x float> %90, %100
  %102 = getelementptr inbounds i8, ptr %vh, i64 96
  %103 = load <8 x float>, ptr %102, align 4
  %104 = fadd <8 x float> %83, %62
  %105 = fsub <8 x float> %103, %104
  %106 = fmul <8 x float> %90, %105
  br label %i1.body

i1.body:                                          ; preds = %i1.body, %i.exit
  %i1.addr.0118 = phi i64 [ 0, %i.exit ], [ %i1.next.1, %i1.body ]
  %acc11.0113 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %162, %i1.body ]
  %acc10.0112 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %157, %i1.body ]
  %acc9.0111 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %152, %i1.body ]
  %acc832.0110 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %147, %i1.body ]
  %107 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0118
  %108 = load float, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %qh, i64 %i1.addr.0118
  %110 = load float, ptr %109, align 4
  %111 = insertelement <8 x float> poison, float %108, i64 0
  %112 = shufflevector <8 x float> %111, <8 x float> poison, <8 x i32> zeroinitializer
  %113 = shl nuw nsw i64 %i1.addr.0118, 5
  %114 = getelementptr inbounds float, ptr %S, i64 %113
  %115 = load <8 x float>, ptr %114, align 4
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %91, <8 x float> %115)
  store <8 x float> %116, ptr %114, align 4
  %117 = insertelement <8 x float> poison, float %110, i64 0
  %118 = shufflevector <8 x float> %117, <8 x float> poison, <8 x i32> zeroinitializer
  %119 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %116, <8 x float> %acc832.0110)
  %120 = or disjoint i64 %113, 8
  %121 = getelementptr inbounds float, ptr %S, i64 %120
  %122 = load <8 x float>, ptr %121, align 4
  %123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %96, <8 x float> %122)
  store <8 x float> %123, ptr %121, align 4
  %124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %123, <8 x float> %acc9.0111)
  %125 = or disjoint i64 %113, 16
  %126 = getelementptr inbounds float, ptr %S, i64 %125
  %127 = load <8 x float>, ptr %126, align 4
  %128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %101, <8 x float> %127)
  store <8 x float> %128, ptr %126, align 4
  %129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %128, <8 x float> %acc10.0112)
  %130 = or disjoint i64 %113, 24
  %131 = getelementptr inbounds float, ptr %S, i64 %130
  %132 = load <8 x float>, ptr %131, align 4
  %133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> %106, <8 x float> %132)
  store <8 x float> %133, ptr %131, align 4
  %134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %118, <8 x float> %133, <8 x float> %acc11.0113)
  %i1.next = or disjoint i64 %i1.addr.0118, 1
  %135 = getelementptr inbounds float, ptr %kh, i64 %i1.next
  %136 = load float, ptr %135, align 4
  %137 = getelementptr inbounds float, ptr %qh, i64 %i1.next
  %138 = load float, ptr %137, align 4
  %139 = insertelement <8 x float> poison, float %136, i64 0
  %140 = shufflevector <8 x float> %139, <8 x float> poison, <8 x i32> zeroinitializer
  %141 = shl nuw nsw i64 %i1.next, 5
  %142 = getelementptr inbounds float, ptr %S, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %91, <8 x float> %143)
  store <8 x float> %144, ptr %142, align 4
  %145 = insertelement <8 x float> poison, float %138, i64 0
  %146 = shufflevector <8 x float> %145, <8 x float> poison, <8 x i32> zeroinitializer
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %144, <8 x float> %119)
  %148 = or disjoint i64 %141, 8
  %149 = getelementptr inbounds float, ptr %S, i64 %148
  %150 = load <8 x float>, ptr %149, align 4
  %151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %96, <8 x float> %150)
  store <8 x float> %151, ptr %149, align 4
  %152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %151, <8 x float> %124)
  %153 = or disjoint i64 %141, 16
  %154 = getelementptr inbounds float, ptr %S, i64 %153
  %155 = load <8 x float>, ptr %154, align 4
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %101, <8 x float> %155)
  store <8 x float> %156, ptr %154, align 4
  %157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %156, <8 x float> %129)
  %158 = or disjoint i64 %141, 24
  %159 = getelementptr inbounds float, ptr %S, i64 %158
  %160 = load <8 x float>, ptr %159, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %140, <8 x float> %106, <8 x float> %160)
  store <8 x float> %161, ptr %159, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %146, <8 x float> %161, <8 x float> %134)
  %i1.next.1 = add nuw nsw i64 %i1.addr.0118, 2
  %exitcond.not.1 = icmp eq i64 %i1.next.1, 32
  br i1 %exitcond.not.1, label %i1.exit, label %i1.body

i1.exit:                                          ; preds = %i1.body
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %163 = fmul <8 x float> %147, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %163, ptr %oh, align 4
  %164 = fmul <8 x float> %152, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %165 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %164, ptr %165, align 4
  %166 = fmul <8 x float> %157, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %167 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %166, ptr %167, align 4
  %168 = fmul <8 x float> %162, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %169 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %168, ptr %169, align 4
  %bh.next = add nsw i64 %bh.addr.0119, 1
  %exitcond131.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond131.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
