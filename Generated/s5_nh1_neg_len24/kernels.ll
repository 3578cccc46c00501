; ---- dp_fwd_h1_k32_v32_r32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r32_nogate'
source_filename = "dp_fwd_h1_k32_v32_r32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h1_k32_v32_r32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
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
  br i1 %6, label %bh.exit.loopexit126.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %4, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %7 = add nuw nsw i64 %T, 31
  %nc99110 = lshr i64 %7, 5
  %8 = mul i64 %nc99110, %bh0
  %9 = shl i64 %nc99110, 12
  %10 = sub i64 %bh1, %bh0
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i4.head.preheader_crit_edge.us
  %indvar88 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next89, %ci.head.i4.head.preheader_crit_edge.us ]
  %bh.addr.071.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i4.head.preheader_crit_edge.us ]
  %11 = add i64 %indvar88, %bh0
  %12 = shl i64 %11, 12
  %scevgep97 = getelementptr i8, ptr %hT, i64 %12
  %13 = mul i64 %9, %indvar88
  %scevgep91 = getelementptr i8, ptr %h0, i64 %12
  %b.us = sdiv i64 %bh.addr.071.us, %H
  %h.us = srem i64 %bh.addr.071.us, %H
  %14 = mul i64 %1, %b.us
  %bT.us = add nsw i64 %14, %h.us
  %15 = shl nsw i64 %bT.us, 5
  %kh.us = getelementptr inbounds float, ptr %k, i64 %15
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep91, i64 4096, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %15
  %vh.us = getelementptr inbounds float, ptr %v, i64 %15
  %oh.us = getelementptr inbounds float, ptr %o, i64 %15
  %invariant.gep108 = getelementptr i8, ptr %hs, i64 %13
  br label %i1.head.preheader.us

i2.exit.us:                                       ; preds = %i2.body.us
  %t1.us = tail call i64 @llvm.smin.i64(i64 %161, i64 %T)
  %16 = icmp slt i64 %t0.us, %T
  br i1 %16, label %t.body.us.preheader, label %t.exit.us

t.body.us.preheader:                              ; preds = %i2.exit.us
  %17 = mul nsw i64 %t0.us, %H
  %18 = getelementptr inbounds float, ptr %betah.us, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %19, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = or disjoint i64 %162, 16
  %23 = getelementptr inbounds float, ptr %vh.us, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = fadd <16 x float> %143, %157
  %26 = fsub <16 x float> %24, %25
  %27 = fmul <16 x float> %21, %26
  %28 = getelementptr inbounds float, ptr %vh.us, i64 %162
  %29 = load <16 x float>, ptr %28, align 4
  %30 = fadd <16 x float> %153, %139
  %31 = fsub <16 x float> %29, %30
  %32 = fmul <16 x float> %21, %31
  br label %t.body.us

t.exit.us:                                        ; preds = %i3.exit.us, %i2.exit.us
  %ci.next.us = add nuw nsw i64 %ci.addr.068.us, 1
  %exitcond95.not = icmp eq i64 %ci.next.us, %nc99110
  br i1 %exitcond95.not, label %ci.head.i4.head.preheader_crit_edge.us, label %i1.head.preheader.us

t.body.us:                                        ; preds = %t.body.us.preheader, %i3.exit.us
  %t.addr.067.us = phi i64 [ %33, %i3.exit.us ], [ %t0.us, %t.body.us.preheader ]
  %delta1.066.us = phi <16 x float> [ %54, %i3.exit.us ], [ %27, %t.body.us.preheader ]
  %delta.065.us = phi <16 x float> [ %46, %i3.exit.us ], [ %32, %t.body.us.preheader ]
  %33 = add nuw nsw i64 %t.addr.067.us, 1
  %tn.us = tail call i64 @llvm.smin.i64(i64 %33, i64 %3)
  %34 = mul nsw i64 %t.addr.067.us, %sq
  %35 = mul nsw i64 %tn.us, %sq
  %invariant.gep = getelementptr float, ptr %kh.us, i64 %35
  br label %i3.body.us

i3.exit.us:                                       ; preds = %i3.body.us
  %36 = fmul <16 x float> %94, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %37 = getelementptr inbounds float, ptr %oh.us, i64 %34
  store <16 x float> %36, ptr %37, align 4
  %38 = mul nsw i64 %tn.us, %H
  %39 = getelementptr inbounds float, ptr %betah.us, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %vh.us, i64 %35
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fsub <16 x float> %42, %97
  %44 = insertelement <16 x float> poison, float %40, i64 0
  %45 = shufflevector <16 x float> %44, <16 x float> poison, <16 x i32> zeroinitializer
  %46 = fmul <16 x float> %45, %43
  %47 = fmul <16 x float> %102, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %48 = or disjoint i64 %34, 16
  %49 = getelementptr inbounds float, ptr %oh.us, i64 %48
  store <16 x float> %47, ptr %49, align 4
  %50 = or disjoint i64 %35, 16
  %51 = getelementptr inbounds float, ptr %vh.us, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fsub <16 x float> %52, %103
  %54 = fmul <16 x float> %45, %53
  %55 = icmp slt i64 %33, %t1.us
  br i1 %55, label %t.body.us, label %t.exit.us

i3.body.us:                                       ; preds = %i3.body.us, %t.body.us
  %i3.addr.064.us = phi i64 [ 0, %t.body.us ], [ %i3.next.us.1, %i3.body.us ]
  %acc7.063.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %103, %i3.body.us ]
  %acc6.062.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %97, %i3.body.us ]
  %acc5.061.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %102, %i3.body.us ]
  %acc416.060.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %94, %i3.body.us ]
  %56 = add nuw nsw i64 %i3.addr.064.us, %34
  %57 = getelementptr inbounds float, ptr %kh.us, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %qh.us, i64 %56
  %60 = load float, ptr %59, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i3.addr.064.us
  %61 = load float, ptr %gep, align 4
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = shl nuw nsw i64 %i3.addr.064.us, 5
  %65 = getelementptr inbounds float, ptr %work, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta.065.us, <16 x float> %66)
  store <16 x float> %67, ptr %65, align 4
  %68 = insertelement <16 x float> poison, float %60, i64 0
  %69 = shufflevector <16 x float> %68, <16 x float> poison, <16 x i32> zeroinitializer
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %67, <16 x float> %acc416.060.us)
  %71 = insertelement <16 x float> poison, float %61, i64 0
  %72 = shufflevector <16 x float> %71, <16 x float> poison, <16 x i32> zeroinitializer
  %73 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %67, <16 x float> %acc6.062.us)
  %74 = or disjoint i64 %64, 16
  %75 = getelementptr inbounds float, ptr %work, i64 %74
  %76 = load <16 x float>, ptr %75, align 4
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta1.066.us, <16 x float> %76)
  store <16 x float> %77, ptr %75, align 4
  %78 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %77, <16 x float> %acc5.061.us)
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %77, <16 x float> %acc7.063.us)
  %i3.next.us = or disjoint i64 %i3.addr.064.us, 1
  %80 = add nuw nsw i64 %i3.next.us, %34
  %81 = getelementptr inbounds float, ptr %kh.us, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %qh.us, i64 %80
  %84 = load float, ptr %83, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us
  %85 = load float, ptr %gep.1, align 4
  %86 = insertelement <16 x float> poison, float %82, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i3.next.us, 5
  %89 = getelementptr inbounds float, ptr %work, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta.065.us, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = insertelement <16 x float> poison, float %84, i64 0
  %93 = shufflevector <16 x float> %92, <16 x float> poison, <16 x i32> zeroinitializer
  %94 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %91, <16 x float> %70)
  %95 = insertelement <16 x float> poison, float %85, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %91, <16 x float> %73)
  %98 = or disjoint i64 %88, 16
  %99 = getelementptr inbounds float, ptr %work, i64 %98
  %100 = load <16 x float>, ptr %99, align 4
  %101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta1.066.us, <16 x float> %100)
  store <16 x float> %101, ptr %99, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %101, <16 x float> %78)
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %101, <16 x float> %79)
  %i3.next.us.1 = add nuw nsw i64 %i3.addr.064.us, 2
  %exitcond94.not.1 = icmp eq i64 %i3.next.us.1, 32
  br i1 %exitcond94.not.1, label %i3.exit.us, label %i3.body.us

i2.body.us:                                       ; preds = %i2.body.us, %i1.head.preheader.us
  %acc.059.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %139, %i2.body.us ]
  %i2.addr.058.us = phi i64 [ 0, %i1.head.preheader.us ], [ %i2.next.us.1, %i2.body.us ]
  %acc3.057.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %157, %i2.body.us ]
  %acc2.056.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %153, %i2.body.us ]
  %acc1.055.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %143, %i2.body.us ]
  %104 = or disjoint i64 %i2.addr.058.us, %162
  %105 = getelementptr inbounds float, ptr %kh.us, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = shl nuw nsw i64 %i2.addr.058.us, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %106, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %109, <16 x float> %acc.059.us)
  %113 = or disjoint i64 %107, 16
  %114 = getelementptr inbounds float, ptr %work, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %115, <16 x float> %acc1.055.us)
  %117 = or disjoint i64 %i2.addr.058.us, 1
  %118 = or disjoint i64 %117, %162
  %119 = getelementptr inbounds float, ptr %kh.us, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = shl nuw nsw i64 %117, 5
  %122 = getelementptr inbounds float, ptr %work, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = insertelement <16 x float> poison, float %120, i64 0
  %125 = shufflevector <16 x float> %124, <16 x float> poison, <16 x i32> zeroinitializer
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %123, <16 x float> %acc2.056.us)
  %127 = or disjoint i64 %121, 16
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %129, <16 x float> %acc3.057.us)
  %i2.next.us = or disjoint i64 %i2.addr.058.us, 2
  %131 = or disjoint i64 %i2.next.us, %162
  %132 = getelementptr inbounds float, ptr %kh.us, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = shl nuw nsw i64 %i2.next.us, 5
  %135 = getelementptr inbounds float, ptr %work, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = insertelement <16 x float> poison, float %133, i64 0
  %138 = shufflevector <16 x float> %137, <16 x float> poison, <16 x i32> zeroinitializer
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %136, <16 x float> %112)
  %140 = or disjoint i64 %134, 16
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %142, <16 x float> %116)
  %144 = or disjoint i64 %i2.addr.058.us, 3
  %145 = or disjoint i64 %144, %162
  %146 = getelementptr inbounds float, ptr %kh.us, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = shl nuw nsw i64 %144, 5
  %149 = getelementptr inbounds float, ptr %work, i64 %148
  %150 = load <16 x float>, ptr %149, align 4
  %151 = insertelement <16 x float> poison, float %147, i64 0
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <16 x i32> zeroinitializer
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %150, <16 x float> %126)
  %154 = or disjoint i64 %148, 16
  %155 = getelementptr inbounds float, ptr %work, i64 %154
  %156 = load <16 x float>, ptr %155, align 4
  %157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %156, <16 x float> %130)
  %i2.next.us.1 = add nuw nsw i64 %i2.addr.058.us, 4
  %158 = icmp ult i64 %i2.next.us, 30
  br i1 %158, label %i2.body.us, label %i2.exit.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %t.exit.us
  %ci.addr.068.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %t.exit.us ]
  %159 = add i64 %8, %ci.addr.068.us
  %160 = shl i64 %159, 12
  %gep109 = getelementptr i8, ptr %invariant.gep108, i64 %160
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep109, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0.us = shl nsw i64 %ci.addr.068.us, 5
  %161 = add nuw nsw i64 %t0.us, 32
  %162 = mul nsw i64 %t0.us, %sq
  br label %i2.body.us

ci.head.i4.head.preheader_crit_edge.us:           ; preds = %t.exit.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep97, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.071.us, 1
  %indvar.next89 = add i64 %indvar88, 1
  %exitcond98.not = icmp eq i64 %indvar.next89, %10
  br i1 %exitcond98.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %163 = add i64 %indvar, %bh0
  %164 = shl i64 %163, 12
  %scevgep87 = getelementptr i8, ptr %hT, i64 %164
  %scevgep85 = getelementptr i8, ptr %h0, i64 %164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %165 = add i64 %indvar.next, %bh0
  %166 = shl i64 %165, 12
  %scevgep87.1 = getelementptr i8, ptr %hT, i64 %166
  %scevgep85.1 = getelementptr i8, ptr %h0, i64 %166
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.1, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %167 = add i64 %indvar.next.1, %bh0
  %168 = shl i64 %167, 12
  %scevgep87.2 = getelementptr i8, ptr %hT, i64 %168
  %scevgep85.2 = getelementptr i8, ptr %h0, i64 %168
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.2, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %169 = add i64 %indvar.next.2, %bh0
  %170 = shl i64 %169, 12
  %scevgep87.3 = getelementptr i8, ptr %hT, i64 %170
  %scevgep85.3 = getelementptr i8, ptr %h0, i64 %170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.3, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %171 = add i64 %indvar.next.3, %bh0
  %172 = shl i64 %171, 12
  %scevgep87.4 = getelementptr i8, ptr %hT, i64 %172
  %scevgep85.4 = getelementptr i8, ptr %h0, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.4, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %173 = add i64 %indvar.next.4, %bh0
  %174 = shl i64 %173, 12
  %scevgep87.5 = getelementptr i8, ptr %hT, i64 %174
  %scevgep85.5 = getelementptr i8, ptr %h0, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.5, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %175 = add i64 %indvar.next.5, %bh0
  %176 = shl i64 %175, 12
  %scevgep87.6 = getelementptr i8, ptr %hT, i64 %176
  %scevgep85.6 = getelementptr i8, ptr %h0, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.6, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %177 = add i64 %indvar.next.6, %bh0
  %178 = shl i64 %177, 12
  %scevgep87.7 = getelementptr i8, ptr %hT, i64 %178
  %scevgep85.7 = getelementptr i8, ptr %h0, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.7, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit126.unr-lcssa, label %bh.body

bh.exit.loopexit126.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit126.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit126.unr-lcssa ]
  %179 = add i64 %indvar.epil, %bh0
  %180 = shl i64 %179, 12
  %scevgep87.epil = getelementptr i8, ptr %hT, i64 %180
  %scevgep85.epil = getelementptr i8, ptr %h0, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.epil, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !0

bh.exit:                                          ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil, %ci.head.i4.head.preheader_crit_edge.us, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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
; ---- dp_bwd_h1_k32_v32_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c32_nogate'
source_filename = "dp_bwd_h1_k32_v32_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h1_k32_v32_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %Ak = getelementptr inbounds i8, ptr %work, i64 24576
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 69632
  %KSdS = getelementptr inbounds i8, ptr %work, i64 73728
  %KT = getelementptr inbounds i8, ptr %work, i64 57344
  %M = getelementptr inbounds i8, ptr %work, i64 107264
  %OY = getelementptr inbounds i8, ptr %work, i64 49152
  %PT = getelementptr inbounds i8, ptr %work, i64 94208
  %QK = getelementptr inbounds i8, ptr %work, i64 40960
  %QcT = getelementptr inbounds i8, ptr %work, i64 61440
  %Rr = getelementptr inbounds i8, ptr %work, i64 81920
  %Vn = getelementptr inbounds i8, ptr %work, i64 86016
  %VnT = getelementptr inbounds i8, ptr %work, i64 90112
  %bet = getelementptr inbounds i8, ptr %work, i64 102400
  %dOT = getelementptr inbounds i8, ptr %work, i64 65536
  %dQc = getelementptr inbounds i8, ptr %work, i64 98304
  %dbet = getelementptr i8, ptr %work, i64 102528
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 12
  %7 = add i64 %6, -4096
  %8 = shl i64 %nc, 12
  %9 = shl nsw i64 %nc, 5
  %10 = add i64 %9, 144115188075855840
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -4096
  %13 = shl i64 %H, 7
  %14 = add i64 %T, 32
  %15 = sub i64 %14, %9
  %smax2982 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %16 = sub i64 %bh1, %bh0
  %scevgep2939.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2939.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2939.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2939.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2939.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2939.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2939.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2939.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2939.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2939.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2939.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2939.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2939.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2939.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2939.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2939.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2939.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2939.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2939.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2939.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2939.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2939.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2939.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2939.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2939.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2939.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2939.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2939.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2939.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2939.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2939.31 = getelementptr i8, ptr %work, i64 7936
  %17 = getelementptr inbounds i8, ptr %work, i64 107268
  %18 = getelementptr inbounds i8, ptr %work, i64 107272
  %19 = getelementptr inbounds i8, ptr %work, i64 107276
  %20 = getelementptr inbounds i8, ptr %work, i64 107280
  %21 = getelementptr inbounds i8, ptr %work, i64 107284
  %22 = getelementptr inbounds i8, ptr %work, i64 107288
  %23 = getelementptr inbounds i8, ptr %work, i64 107292
  %24 = getelementptr inbounds i8, ptr %work, i64 107296
  %25 = getelementptr inbounds i8, ptr %work, i64 107300
  %26 = getelementptr inbounds i8, ptr %work, i64 107304
  %27 = getelementptr inbounds i8, ptr %work, i64 107308
  %28 = getelementptr inbounds i8, ptr %work, i64 107312
  %29 = getelementptr inbounds i8, ptr %work, i64 107316
  %30 = getelementptr inbounds i8, ptr %work, i64 107320
  %31 = getelementptr inbounds i8, ptr %work, i64 107324
  %32 = getelementptr inbounds i8, ptr %work, i64 107328
  %33 = getelementptr inbounds i8, ptr %work, i64 107332
  %34 = getelementptr inbounds i8, ptr %work, i64 107336
  %35 = getelementptr inbounds i8, ptr %work, i64 107340
  %36 = getelementptr inbounds i8, ptr %work, i64 107344
  %37 = getelementptr inbounds i8, ptr %work, i64 107348
  %38 = getelementptr inbounds i8, ptr %work, i64 107352
  %39 = getelementptr inbounds i8, ptr %work, i64 107356
  %40 = getelementptr inbounds i8, ptr %work, i64 107360
  %41 = getelementptr inbounds i8, ptr %work, i64 107364
  %42 = getelementptr inbounds i8, ptr %work, i64 107368
  %43 = getelementptr inbounds i8, ptr %work, i64 107372
  %44 = getelementptr inbounds i8, ptr %work, i64 107376
  %45 = getelementptr inbounds i8, ptr %work, i64 107380
  %46 = getelementptr inbounds i8, ptr %work, i64 107384
  %47 = getelementptr inbounds i8, ptr %work, i64 107388
  %invariant.gep3151 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3153 = getelementptr i8, ptr %work, i64 49152
  %invariant.gep3155 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3157 = getelementptr i8, ptr %work, i64 40960
  %invariant.gep3159 = getelementptr i8, ptr %work, i64 20480
  %invariant.gep3161 = getelementptr i8, ptr %work, i64 45056
  %48 = getelementptr inbounds i8, ptr %work, i64 81984
  %49 = getelementptr inbounds i8, ptr %work, i64 73792
  %invariant.gep3163 = getelementptr inbounds i8, ptr %work, i64 73856
  %invariant.gep3165 = getelementptr inbounds i8, ptr %work, i64 53248
  %invariant.gep3169 = getelementptr inbounds i8, ptr %work, i64 53312
  %invariant.gep3171 = getelementptr inbounds i8, ptr %work, i64 24832
  %invariant.gep3173 = getelementptr inbounds i8, ptr %work, i64 24896
  %invariant.gep3175 = getelementptr i8, ptr %work, i64 53248
  %invariant.gep3181 = getelementptr inbounds i8, ptr %work, i64 24960
  %invariant.gep3183 = getelementptr inbounds i8, ptr %work, i64 24960
  %scevgep2985 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 57408
  %invariant.gep3167 = getelementptr inbounds i8, ptr %work, i64 73920
  %gep3164.1 = getelementptr inbounds i8, ptr %work, i64 74112
  %gep3166.1 = getelementptr inbounds i8, ptr %work, i64 53376
  %gep3168.1 = getelementptr inbounds i8, ptr %work, i64 74176
  %gep3170.1 = getelementptr inbounds i8, ptr %work, i64 53440
  %gep3164.2 = getelementptr inbounds i8, ptr %work, i64 74368
  %gep3166.2 = getelementptr inbounds i8, ptr %work, i64 53504
  %gep3168.2 = getelementptr inbounds i8, ptr %work, i64 74432
  %gep3170.2 = getelementptr inbounds i8, ptr %work, i64 53568
  %gep3164.3 = getelementptr inbounds i8, ptr %work, i64 74624
  %gep3166.3 = getelementptr inbounds i8, ptr %work, i64 53632
  %gep3168.3 = getelementptr inbounds i8, ptr %work, i64 74688
  %gep3170.3 = getelementptr inbounds i8, ptr %work, i64 53696
  %gep3164.4 = getelementptr inbounds i8, ptr %work, i64 74880
  %gep3166.4 = getelementptr inbounds i8, ptr %work, i64 53760
  %gep3168.4 = getelementptr inbounds i8, ptr %work, i64 74944
  %gep3170.4 = getelementptr inbounds i8, ptr %work, i64 53824
  %gep3164.5 = getelementptr inbounds i8, ptr %work, i64 75136
  %gep3166.5 = getelementptr inbounds i8, ptr %work, i64 53888
  %gep3168.5 = getelementptr inbounds i8, ptr %work, i64 75200
  %gep3170.5 = getelementptr inbounds i8, ptr %work, i64 53952
  %gep3164.6 = getelementptr inbounds i8, ptr %work, i64 75392
  %gep3166.6 = getelementptr inbounds i8, ptr %work, i64 54016
  %gep3168.6 = getelementptr inbounds i8, ptr %work, i64 75456
  %gep3170.6 = getelementptr inbounds i8, ptr %work, i64 54080
  %gep3164.7 = getelementptr inbounds i8, ptr %work, i64 75648
  %gep3166.7 = getelementptr inbounds i8, ptr %work, i64 54144
  %gep3168.7 = getelementptr inbounds i8, ptr %work, i64 75712
  %gep3170.7 = getelementptr inbounds i8, ptr %work, i64 54208
  %gep3164.8 = getelementptr inbounds i8, ptr %work, i64 75904
  %gep3166.8 = getelementptr inbounds i8, ptr %work, i64 54272
  %gep3168.8 = getelementptr inbounds i8, ptr %work, i64 75968
  %gep3170.8 = getelementptr inbounds i8, ptr %work, i64 54336
  %gep3164.9 = getelementptr inbounds i8, ptr %work, i64 76160
  %gep3166.9 = getelementptr inbounds i8, ptr %work, i64 54400
  %gep3168.9 = getelementptr inbounds i8, ptr %work, i64 76224
  %gep3170.9 = getelementptr inbounds i8, ptr %work, i64 54464
  %gep3164.10 = getelementptr inbounds i8, ptr %work, i64 76416
  %gep3166.10 = getelementptr inbounds i8, ptr %work, i64 54528
  %gep3168.10 = getelementptr inbounds i8, ptr %work, i64 76480
  %gep3170.10 = getelementptr inbounds i8, ptr %work, i64 54592
  %gep3164.11 = getelementptr inbounds i8, ptr %work, i64 76672
  %gep3166.11 = getelementptr inbounds i8, ptr %work, i64 54656
  %gep3168.11 = getelementptr inbounds i8, ptr %work, i64 76736
  %gep3170.11 = getelementptr inbounds i8, ptr %work, i64 54720
  %gep3164.12 = getelementptr inbounds i8, ptr %work, i64 76928
  %gep3166.12 = getelementptr inbounds i8, ptr %work, i64 54784
  %gep3168.12 = getelementptr inbounds i8, ptr %work, i64 76992
  %gep3170.12 = getelementptr inbounds i8, ptr %work, i64 54848
  %gep3164.13 = getelementptr inbounds i8, ptr %work, i64 77184
  %gep3166.13 = getelementptr inbounds i8, ptr %work, i64 54912
  %gep3168.13 = getelementptr inbounds i8, ptr %work, i64 77248
  %gep3170.13 = getelementptr inbounds i8, ptr %work, i64 54976
  %gep3164.14 = getelementptr inbounds i8, ptr %work, i64 77440
  %gep3166.14 = getelementptr inbounds i8, ptr %work, i64 55040
  %gep3168.14 = getelementptr inbounds i8, ptr %work, i64 77504
  %gep3170.14 = getelementptr inbounds i8, ptr %work, i64 55104
  %gep3164.15 = getelementptr inbounds i8, ptr %work, i64 77696
  %gep3166.15 = getelementptr inbounds i8, ptr %work, i64 55168
  %gep3168.15 = getelementptr inbounds i8, ptr %work, i64 77760
  %gep3170.15 = getelementptr inbounds i8, ptr %work, i64 55232
  %gep3164.16 = getelementptr inbounds i8, ptr %work, i64 77952
  %gep3166.16 = getelementptr inbounds i8, ptr %work, i64 55296
  %gep3168.16 = getelementptr inbounds i8, ptr %work, i64 78016
  %gep3170.16 = getelementptr inbounds i8, ptr %work, i64 55360
  %gep3164.17 = getelementptr inbounds i8, ptr %work, i64 78208
  %gep3166.17 = getelementptr inbounds i8, ptr %work, i64 55424
  %gep3168.17 = getelementptr inbounds i8, ptr %work, i64 78272
  %gep3170.17 = getelementptr inbounds i8, ptr %work, i64 55488
  %gep3164.18 = getelementptr inbounds i8, ptr %work, i64 78464
  %gep3166.18 = getelementptr inbounds i8, ptr %work, i64 55552
  %gep3168.18 = getelementptr inbounds i8, ptr %work, i64 78528
  %gep3170.18 = getelementptr inbounds i8, ptr %work, i64 55616
  %gep3164.19 = getelementptr inbounds i8, ptr %work, i64 78720
  %gep3166.19 = getelementptr inbounds i8, ptr %work, i64 55680
  %gep3168.19 = getelementptr inbounds i8, ptr %work, i64 78784
  %gep3170.19 = getelementptr inbounds i8, ptr %work, i64 55744
  %gep3164.20 = getelementptr inbounds i8, ptr %work, i64 78976
  %gep3166.20 = getelementptr inbounds i8, ptr %work, i64 55808
  %gep3168.20 = getelementptr inbounds i8, ptr %work, i64 79040
  %gep3170.20 = getelementptr inbounds i8, ptr %work, i64 55872
  %gep3164.21 = getelementptr inbounds i8, ptr %work, i64 79232
  %gep3166.21 = getelementptr inbounds i8, ptr %work, i64 55936
  %gep3168.21 = getelementptr inbounds i8, ptr %work, i64 79296
  %gep3170.21 = getelementptr inbounds i8, ptr %work, i64 56000
  %gep3164.22 = getelementptr inbounds i8, ptr %work, i64 79488
  %gep3166.22 = getelementptr inbounds i8, ptr %work, i64 56064
  %gep3168.22 = getelementptr inbounds i8, ptr %work, i64 79552
  %gep3170.22 = getelementptr inbounds i8, ptr %work, i64 56128
  %gep3164.23 = getelementptr inbounds i8, ptr %work, i64 79744
  %gep3166.23 = getelementptr inbounds i8, ptr %work, i64 56192
  %gep3168.23 = getelementptr inbounds i8, ptr %work, i64 79808
  %gep3170.23 = getelementptr inbounds i8, ptr %work, i64 56256
  %gep3164.24 = getelementptr inbounds i8, ptr %work, i64 80000
  %gep3166.24 = getelementptr inbounds i8, ptr %work, i64 56320
  %gep3168.24 = getelementptr inbounds i8, ptr %work, i64 80064
  %gep3170.24 = getelementptr inbounds i8, ptr %work, i64 56384
  %gep3164.25 = getelementptr inbounds i8, ptr %work, i64 80256
  %gep3166.25 = getelementptr inbounds i8, ptr %work, i64 56448
  %gep3168.25 = getelementptr inbounds i8, ptr %work, i64 80320
  %gep3170.25 = getelementptr inbounds i8, ptr %work, i64 56512
  %gep3164.26 = getelementptr inbounds i8, ptr %work, i64 80512
  %gep3166.26 = getelementptr inbounds i8, ptr %work, i64 56576
  %gep3168.26 = getelementptr inbounds i8, ptr %work, i64 80576
  %gep3170.26 = getelementptr inbounds i8, ptr %work, i64 56640
  %gep3164.27 = getelementptr inbounds i8, ptr %work, i64 80768
  %gep3166.27 = getelementptr inbounds i8, ptr %work, i64 56704
  %gep3168.27 = getelementptr inbounds i8, ptr %work, i64 80832
  %gep3170.27 = getelementptr inbounds i8, ptr %work, i64 56768
  %gep3164.28 = getelementptr inbounds i8, ptr %work, i64 81024
  %gep3166.28 = getelementptr inbounds i8, ptr %work, i64 56832
  %gep3168.28 = getelementptr inbounds i8, ptr %work, i64 81088
  %gep3170.28 = getelementptr inbounds i8, ptr %work, i64 56896
  %gep3164.29 = getelementptr inbounds i8, ptr %work, i64 81280
  %gep3166.29 = getelementptr inbounds i8, ptr %work, i64 56960
  %gep3168.29 = getelementptr inbounds i8, ptr %work, i64 81344
  %gep3170.29 = getelementptr inbounds i8, ptr %work, i64 57024
  %gep3164.30 = getelementptr inbounds i8, ptr %work, i64 81536
  %gep3166.30 = getelementptr inbounds i8, ptr %work, i64 57088
  %gep3168.30 = getelementptr inbounds i8, ptr %work, i64 81600
  %gep3170.30 = getelementptr inbounds i8, ptr %work, i64 57152
  %gep3164.31 = getelementptr inbounds i8, ptr %work, i64 81792
  %gep3166.31 = getelementptr inbounds i8, ptr %work, i64 57216
  %gep3168.31 = getelementptr inbounds i8, ptr %work, i64 81856
  %gep3170.31 = getelementptr inbounds i8, ptr %work, i64 57280
  %invariant.gep2711.1 = getelementptr inbounds i8, ptr %work, i64 90176
  %scevgep2985.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2985.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2985.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2985.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2985.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2985.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2985.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2985.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2985.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2985.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2985.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2985.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2985.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2985.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2985.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2985.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2985.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2985.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2985.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2985.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2985.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2985.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2985.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2985.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2985.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2985.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2985.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2985.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2985.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2985.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2985.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02747 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %50 = add i64 %indvar, %bh0
  %51 = shl i64 %50, 12
  %52 = mul i64 %8, %indvar
  %53 = add i64 %7, %52
  %b = sdiv i64 %bh.addr.02747, %H
  %h = srem i64 %bh.addr.02747, %H
  %54 = mul i64 %1, %b
  %bT = add i64 %54, %h
  %55 = shl nsw i64 %bT, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %55
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %55
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %56 = getelementptr i8, ptr %dhT, i64 %51
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %56, i64 128, i1 false)
  %scevgep2938.1 = getelementptr i8, ptr %56, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.1, i64 128, i1 false)
  %scevgep2938.2 = getelementptr i8, ptr %56, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.2, i64 128, i1 false)
  %scevgep2938.3 = getelementptr i8, ptr %56, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.3, i64 128, i1 false)
  %scevgep2938.4 = getelementptr i8, ptr %56, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.4, i64 128, i1 false)
  %scevgep2938.5 = getelementptr i8, ptr %56, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.5, i64 128, i1 false)
  %scevgep2938.6 = getelementptr i8, ptr %56, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.6, i64 128, i1 false)
  %scevgep2938.7 = getelementptr i8, ptr %56, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.7, i64 128, i1 false)
  %scevgep2938.8 = getelementptr i8, ptr %56, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.8, i64 128, i1 false)
  %scevgep2938.9 = getelementptr i8, ptr %56, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.9, i64 128, i1 false)
  %scevgep2938.10 = getelementptr i8, ptr %56, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.10, i64 128, i1 false)
  %scevgep2938.11 = getelementptr i8, ptr %56, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.11, i64 128, i1 false)
  %scevgep2938.12 = getelementptr i8, ptr %56, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.12, i64 128, i1 false)
  %scevgep2938.13 = getelementptr i8, ptr %56, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.13, i64 128, i1 false)
  %scevgep2938.14 = getelementptr i8, ptr %56, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.14, i64 128, i1 false)
  %scevgep2938.15 = getelementptr i8, ptr %56, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.15, i64 128, i1 false)
  %scevgep2938.16 = getelementptr i8, ptr %56, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.16, i64 128, i1 false)
  %scevgep2938.17 = getelementptr i8, ptr %56, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.17, i64 128, i1 false)
  %scevgep2938.18 = getelementptr i8, ptr %56, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.18, i64 128, i1 false)
  %scevgep2938.19 = getelementptr i8, ptr %56, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.19, i64 128, i1 false)
  %scevgep2938.20 = getelementptr i8, ptr %56, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.20, i64 128, i1 false)
  %scevgep2938.21 = getelementptr i8, ptr %56, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.21, i64 128, i1 false)
  %scevgep2938.22 = getelementptr i8, ptr %56, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.22, i64 128, i1 false)
  %scevgep2938.23 = getelementptr i8, ptr %56, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.23, i64 128, i1 false)
  %scevgep2938.24 = getelementptr i8, ptr %56, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.24, i64 128, i1 false)
  %scevgep2938.25 = getelementptr i8, ptr %56, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.25, i64 128, i1 false)
  %scevgep2938.26 = getelementptr i8, ptr %56, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.26, i64 128, i1 false)
  %scevgep2938.27 = getelementptr i8, ptr %56, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.27, i64 128, i1 false)
  %scevgep2938.28 = getelementptr i8, ptr %56, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.28, i64 128, i1 false)
  %scevgep2938.29 = getelementptr i8, ptr %56, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.29, i64 128, i1 false)
  %scevgep2938.30 = getelementptr i8, ptr %56, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.30, i64 128, i1 false)
  %scevgep2938.31 = getelementptr i8, ptr %56, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2938.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %55
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %55
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

bh.exit:                                          ; preds = %j32.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %57 = mul nsw i64 %bh.addr.02747, %nc
  %58 = add i64 %11, %bT
  %59 = shl i64 %58, 7
  %60 = getelementptr i8, ptr %qh, i64 64
  %61 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i35.exit
  %indvars.iv2974 = phi i64 [ %15, %cc.body.lr.ph ], [ %indvars.iv.next2975, %i35.exit ]
  %cc.addr.02744 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i35.exit ]
  %smin3512 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2974, i64 32)
  %smax3513 = tail call i64 @llvm.smax.i64(i64 %smin3512, i64 1)
  %62 = mul i64 %12, %cc.addr.02744
  %63 = add i64 %59, %62
  %64 = shl i64 %cc.addr.02744, 12
  %65 = sub i64 %53, %64
  %66 = xor i64 %cc.addr.02744, -1
  %ci = add nsw i64 %nc, %66
  %t0 = shl nsw i64 %ci, 5
  %67 = sub nsw i64 %T, %t0
  %scevgep2940 = getelementptr i8, ptr %hs, i64 %65
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940, i64 128, i1 false)
  %68 = or disjoint i64 %65, 128
  %scevgep2940.1 = getelementptr i8, ptr %hs, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.1, i64 128, i1 false)
  %69 = or disjoint i64 %65, 256
  %scevgep2940.2 = getelementptr i8, ptr %hs, i64 %69
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.2, i64 128, i1 false)
  %70 = or disjoint i64 %65, 384
  %scevgep2940.3 = getelementptr i8, ptr %hs, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.3, i64 128, i1 false)
  %71 = or disjoint i64 %65, 512
  %scevgep2940.4 = getelementptr i8, ptr %hs, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.4, i64 128, i1 false)
  %72 = or disjoint i64 %65, 640
  %scevgep2940.5 = getelementptr i8, ptr %hs, i64 %72
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.5, i64 128, i1 false)
  %73 = or disjoint i64 %65, 768
  %scevgep2940.6 = getelementptr i8, ptr %hs, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.6, i64 128, i1 false)
  %74 = or disjoint i64 %65, 896
  %scevgep2940.7 = getelementptr i8, ptr %hs, i64 %74
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.7, i64 128, i1 false)
  %75 = or disjoint i64 %65, 1024
  %scevgep2940.8 = getelementptr i8, ptr %hs, i64 %75
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.8, i64 128, i1 false)
  %76 = or disjoint i64 %65, 1152
  %scevgep2940.9 = getelementptr i8, ptr %hs, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.9, i64 128, i1 false)
  %77 = or disjoint i64 %65, 1280
  %scevgep2940.10 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.10, i64 128, i1 false)
  %78 = or disjoint i64 %65, 1408
  %scevgep2940.11 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.11, i64 128, i1 false)
  %79 = or disjoint i64 %65, 1536
  %scevgep2940.12 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.12, i64 128, i1 false)
  %80 = or disjoint i64 %65, 1664
  %scevgep2940.13 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.13, i64 128, i1 false)
  %81 = or disjoint i64 %65, 1792
  %scevgep2940.14 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.14, i64 128, i1 false)
  %82 = or disjoint i64 %65, 1920
  %scevgep2940.15 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.15, i64 128, i1 false)
  %83 = or disjoint i64 %65, 2048
  %scevgep2940.16 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.16, i64 128, i1 false)
  %84 = or disjoint i64 %65, 2176
  %scevgep2940.17 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.17, i64 128, i1 false)
  %85 = or disjoint i64 %65, 2304
  %scevgep2940.18 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.18, i64 128, i1 false)
  %86 = or disjoint i64 %65, 2432
  %scevgep2940.19 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.19, i64 128, i1 false)
  %87 = or disjoint i64 %65, 2560
  %scevgep2940.20 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.20, i64 128, i1 false)
  %88 = or disjoint i64 %65, 2688
  %scevgep2940.21 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.21, i64 128, i1 false)
  %89 = or disjoint i64 %65, 2816
  %scevgep2940.22 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.22, i64 128, i1 false)
  %90 = or disjoint i64 %65, 2944
  %scevgep2940.23 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.23, i64 128, i1 false)
  %91 = or disjoint i64 %65, 3072
  %scevgep2940.24 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.24, i64 128, i1 false)
  %92 = or disjoint i64 %65, 3200
  %scevgep2940.25 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.25, i64 128, i1 false)
  %93 = or disjoint i64 %65, 3328
  %scevgep2940.26 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.26, i64 128, i1 false)
  %94 = or disjoint i64 %65, 3456
  %scevgep2940.27 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.27, i64 128, i1 false)
  %95 = or disjoint i64 %65, 3584
  %scevgep2940.28 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.28, i64 128, i1 false)
  %96 = or disjoint i64 %65, 3712
  %scevgep2940.29 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.29, i64 128, i1 false)
  %97 = or disjoint i64 %65, 3840
  %scevgep2940.30 = getelementptr i8, ptr %hs, i64 %97
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.30, i64 128, i1 false)
  %98 = or disjoint i64 %65, 3968
  %scevgep2940.31 = getelementptr i8, ptr %hs, i64 %98
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2939.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2940.31, i64 128, i1 false)
  %99 = add nsw i64 %ci, %57
  %100 = shl nsw i64 %99, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %101 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02504 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %102 = shl nuw nsw i64 %i2.addr.02504, 5
  %103 = or disjoint i64 %102, %100
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %104 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02503 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %105 = or disjoint i64 %103, %j2.addr.02503
  %106 = getelementptr inbounds float, ptr %hs, i64 %105
  %107 = load <16 x float>, ptr %106, align 4
  %108 = or disjoint i64 %105, 256
  %109 = getelementptr inbounds float, ptr %hs, i64 %108
  %110 = load <16 x float>, ptr %109, align 4
  %111 = or disjoint i64 %105, 32
  %112 = getelementptr inbounds float, ptr %hs, i64 %111
  %113 = load <16 x float>, ptr %112, align 4
  %114 = or disjoint i64 %105, 288
  %115 = getelementptr inbounds float, ptr %hs, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = or disjoint i64 %105, 64
  %118 = getelementptr inbounds float, ptr %hs, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = or disjoint i64 %105, 320
  %121 = getelementptr inbounds float, ptr %hs, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = or disjoint i64 %105, 96
  %124 = getelementptr inbounds float, ptr %hs, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = or disjoint i64 %105, 352
  %127 = getelementptr inbounds float, ptr %hs, i64 %126
  %128 = load <16 x float>, ptr %127, align 4
  %129 = or disjoint i64 %105, 128
  %130 = getelementptr inbounds float, ptr %hs, i64 %129
  %131 = load <16 x float>, ptr %130, align 4
  %132 = or disjoint i64 %105, 384
  %133 = getelementptr inbounds float, ptr %hs, i64 %132
  %134 = load <16 x float>, ptr %133, align 4
  %135 = or disjoint i64 %105, 160
  %136 = getelementptr inbounds float, ptr %hs, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = or disjoint i64 %105, 416
  %139 = getelementptr inbounds float, ptr %hs, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = or disjoint i64 %105, 192
  %142 = getelementptr inbounds float, ptr %hs, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = or disjoint i64 %105, 448
  %145 = getelementptr inbounds float, ptr %hs, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = or disjoint i64 %105, 224
  %148 = getelementptr inbounds float, ptr %hs, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = or disjoint i64 %105, 480
  %151 = getelementptr inbounds float, ptr %hs, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = shufflevector <16 x float> %107, <16 x float> %110, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %154 = shufflevector <16 x float> %131, <16 x float> %134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %155 = shufflevector <16 x float> %113, <16 x float> %116, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %156 = shufflevector <16 x float> %137, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %157 = shufflevector <16 x float> %119, <16 x float> %122, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %158 = shufflevector <16 x float> %143, <16 x float> %146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %159 = shufflevector <16 x float> %125, <16 x float> %128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %160 = shufflevector <16 x float> %149, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %161 = shufflevector <16 x float> %107, <16 x float> %110, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %162 = shufflevector <16 x float> %131, <16 x float> %134, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %163 = shufflevector <16 x float> %113, <16 x float> %116, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %164 = shufflevector <16 x float> %137, <16 x float> %140, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %165 = shufflevector <16 x float> %119, <16 x float> %122, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %166 = shufflevector <16 x float> %143, <16 x float> %146, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = shufflevector <16 x float> %125, <16 x float> %128, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = shufflevector <16 x float> %149, <16 x float> %152, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %169 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %170 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %171 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %172 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %173 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %174 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %175 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %176 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %177 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %178 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %179 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %180 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %181 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %182 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %185 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %186 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %187 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %188 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %189 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %190 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %191 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %192 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %193 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %194 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %195 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %196 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %197 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %198 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %199 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %200 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %201 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %202 = shl nuw nsw i64 %j2.addr.02503, 5
  %203 = or disjoint i64 %202, %i2.addr.02504
  %204 = or disjoint i64 %203, 1024
  %205 = getelementptr inbounds float, ptr %Bk, i64 %204
  store <16 x float> %201, ptr %205, align 4
  %206 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %207 = or disjoint i64 %203, 1056
  %208 = getelementptr inbounds float, ptr %Bk, i64 %207
  store <16 x float> %206, ptr %208, align 4
  %209 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %210 = or disjoint i64 %203, 1088
  %211 = getelementptr inbounds float, ptr %Bk, i64 %210
  store <16 x float> %209, ptr %211, align 4
  %212 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %213 = or disjoint i64 %203, 1120
  %214 = getelementptr inbounds float, ptr %Bk, i64 %213
  store <16 x float> %212, ptr %214, align 4
  %215 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %216 = or disjoint i64 %203, 1152
  %217 = getelementptr inbounds float, ptr %Bk, i64 %216
  store <16 x float> %215, ptr %217, align 4
  %218 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %219 = or disjoint i64 %203, 1184
  %220 = getelementptr inbounds float, ptr %Bk, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %222 = or disjoint i64 %203, 1216
  %223 = getelementptr inbounds float, ptr %Bk, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %224 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %225 = or disjoint i64 %203, 1248
  %226 = getelementptr inbounds float, ptr %Bk, i64 %225
  store <16 x float> %224, ptr %226, align 4
  %227 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %228 = or disjoint i64 %203, 1280
  %229 = getelementptr inbounds float, ptr %Bk, i64 %228
  store <16 x float> %227, ptr %229, align 4
  %230 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %231 = or disjoint i64 %203, 1312
  %232 = getelementptr inbounds float, ptr %Bk, i64 %231
  store <16 x float> %230, ptr %232, align 4
  %233 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %234 = or disjoint i64 %203, 1344
  %235 = getelementptr inbounds float, ptr %Bk, i64 %234
  store <16 x float> %233, ptr %235, align 4
  %236 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %237 = or disjoint i64 %203, 1376
  %238 = getelementptr inbounds float, ptr %Bk, i64 %237
  store <16 x float> %236, ptr %238, align 4
  %239 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %240 = or disjoint i64 %203, 1408
  %241 = getelementptr inbounds float, ptr %Bk, i64 %240
  store <16 x float> %239, ptr %241, align 4
  %242 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %243 = or disjoint i64 %203, 1440
  %244 = getelementptr inbounds float, ptr %Bk, i64 %243
  store <16 x float> %242, ptr %244, align 4
  %245 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %246 = or disjoint i64 %203, 1472
  %247 = getelementptr inbounds float, ptr %Bk, i64 %246
  store <16 x float> %245, ptr %247, align 4
  %248 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %249 = or disjoint i64 %203, 1504
  %250 = getelementptr inbounds float, ptr %Bk, i64 %249
  store <16 x float> %248, ptr %250, align 4
  br i1 %104, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %101, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %251 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02506 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %252 = shl nuw nsw i64 %i3.addr.02506, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %253 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02505 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %254 = or disjoint i64 %j3.addr.02505, %252
  %255 = or disjoint i64 %254, 32
  %256 = getelementptr inbounds float, ptr %work, i64 %255
  %257 = load <16 x float>, ptr %256, align 4
  %258 = or disjoint i64 %254, 544
  %259 = getelementptr inbounds float, ptr %work, i64 %258
  %260 = load <16 x float>, ptr %259, align 4
  %261 = or disjoint i64 %254, 96
  %262 = getelementptr inbounds float, ptr %work, i64 %261
  %263 = load <16 x float>, ptr %262, align 4
  %264 = or disjoint i64 %254, 608
  %265 = getelementptr inbounds float, ptr %work, i64 %264
  %266 = load <16 x float>, ptr %265, align 4
  %267 = or disjoint i64 %254, 160
  %268 = getelementptr inbounds float, ptr %work, i64 %267
  %269 = load <16 x float>, ptr %268, align 4
  %270 = or disjoint i64 %254, 672
  %271 = getelementptr inbounds float, ptr %work, i64 %270
  %272 = load <16 x float>, ptr %271, align 4
  %273 = or disjoint i64 %254, 224
  %274 = getelementptr inbounds float, ptr %work, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = or disjoint i64 %254, 736
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %254, 288
  %280 = getelementptr inbounds float, ptr %work, i64 %279
  %281 = load <16 x float>, ptr %280, align 4
  %282 = or disjoint i64 %254, 800
  %283 = getelementptr inbounds float, ptr %work, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = or disjoint i64 %254, 352
  %286 = getelementptr inbounds float, ptr %work, i64 %285
  %287 = load <16 x float>, ptr %286, align 4
  %288 = or disjoint i64 %254, 864
  %289 = getelementptr inbounds float, ptr %work, i64 %288
  %290 = load <16 x float>, ptr %289, align 4
  %291 = or disjoint i64 %254, 416
  %292 = getelementptr inbounds float, ptr %work, i64 %291
  %293 = load <16 x float>, ptr %292, align 4
  %294 = or disjoint i64 %254, 928
  %295 = getelementptr inbounds float, ptr %work, i64 %294
  %296 = load <16 x float>, ptr %295, align 4
  %297 = or disjoint i64 %254, 480
  %298 = getelementptr inbounds float, ptr %work, i64 %297
  %299 = load <16 x float>, ptr %298, align 4
  %300 = or disjoint i64 %254, 992
  %301 = getelementptr inbounds float, ptr %work, i64 %300
  %302 = load <16 x float>, ptr %301, align 4
  %303 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %304 = shufflevector <16 x float> %281, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %305 = shufflevector <16 x float> %263, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %306 = shufflevector <16 x float> %287, <16 x float> %290, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %269, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %308 = shufflevector <16 x float> %293, <16 x float> %296, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %275, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %299, <16 x float> %302, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %311 = shufflevector <16 x float> %257, <16 x float> %260, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %312 = shufflevector <16 x float> %281, <16 x float> %284, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %313 = shufflevector <16 x float> %263, <16 x float> %266, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %314 = shufflevector <16 x float> %287, <16 x float> %290, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %315 = shufflevector <16 x float> %269, <16 x float> %272, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = shufflevector <16 x float> %293, <16 x float> %296, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %317 = shufflevector <16 x float> %275, <16 x float> %278, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %318 = shufflevector <16 x float> %299, <16 x float> %302, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %319 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %320 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %321 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %322 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %323 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %324 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %325 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %326 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %327 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %328 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %329 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %330 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %331 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %332 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %335 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %336 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %337 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %338 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %339 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %340 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %341 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %342 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %343 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %344 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %345 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %346 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %347 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %348 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %349 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %350 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %351 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %352 = shl nuw nsw i64 %j3.addr.02505, 5
  %353 = or disjoint i64 %352, %i3.addr.02506
  %354 = getelementptr inbounds float, ptr %Bk, i64 %353
  store <16 x float> %351, ptr %354, align 4
  %355 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %356 = or disjoint i64 %353, 32
  %357 = getelementptr inbounds float, ptr %Bk, i64 %356
  store <16 x float> %355, ptr %357, align 4
  %358 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %359 = or disjoint i64 %353, 64
  %360 = getelementptr inbounds float, ptr %Bk, i64 %359
  store <16 x float> %358, ptr %360, align 4
  %361 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %362 = or disjoint i64 %353, 96
  %363 = getelementptr inbounds float, ptr %Bk, i64 %362
  store <16 x float> %361, ptr %363, align 4
  %364 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %365 = or disjoint i64 %353, 128
  %366 = getelementptr inbounds float, ptr %Bk, i64 %365
  store <16 x float> %364, ptr %366, align 4
  %367 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %368 = or disjoint i64 %353, 160
  %369 = getelementptr inbounds float, ptr %Bk, i64 %368
  store <16 x float> %367, ptr %369, align 4
  %370 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %371 = or disjoint i64 %353, 192
  %372 = getelementptr inbounds float, ptr %Bk, i64 %371
  store <16 x float> %370, ptr %372, align 4
  %373 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %374 = or disjoint i64 %353, 224
  %375 = getelementptr inbounds float, ptr %Bk, i64 %374
  store <16 x float> %373, ptr %375, align 4
  %376 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %377 = or disjoint i64 %353, 256
  %378 = getelementptr inbounds float, ptr %Bk, i64 %377
  store <16 x float> %376, ptr %378, align 4
  %379 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %380 = or disjoint i64 %353, 288
  %381 = getelementptr inbounds float, ptr %Bk, i64 %380
  store <16 x float> %379, ptr %381, align 4
  %382 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %383 = or disjoint i64 %353, 320
  %384 = getelementptr inbounds float, ptr %Bk, i64 %383
  store <16 x float> %382, ptr %384, align 4
  %385 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %386 = or disjoint i64 %353, 352
  %387 = getelementptr inbounds float, ptr %Bk, i64 %386
  store <16 x float> %385, ptr %387, align 4
  %388 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %389 = or disjoint i64 %353, 384
  %390 = getelementptr inbounds float, ptr %Bk, i64 %389
  store <16 x float> %388, ptr %390, align 4
  %391 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %392 = or disjoint i64 %353, 416
  %393 = getelementptr inbounds float, ptr %Bk, i64 %392
  store <16 x float> %391, ptr %393, align 4
  %394 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %395 = or disjoint i64 %353, 448
  %396 = getelementptr inbounds float, ptr %Bk, i64 %395
  store <16 x float> %394, ptr %396, align 4
  %397 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %398 = or disjoint i64 %353, 480
  %399 = getelementptr inbounds float, ptr %Bk, i64 %398
  store <16 x float> %397, ptr %399, align 4
  br i1 %253, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %251, label %j3.head.preheader, label %vector.body

vector.body:                                      ; preds = %j3.exit, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %j3.exit ]
  %vec.ind = phi <8 x i64> [ %vec.ind.next, %vector.body ], [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %j3.exit ]
  %400 = icmp eq <8 x i64> %vec.ind, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %402 = shl nsw i64 %index, 7
  %403 = shl i64 %index, 7
  %404 = or disjoint i64 %403, 128
  %405 = shl i64 %index, 7
  %406 = or disjoint i64 %405, 256
  %407 = shl i64 %index, 7
  %408 = or disjoint i64 %407, 384
  %409 = shl i64 %index, 7
  %410 = or disjoint i64 %409, 512
  %411 = shl i64 %index, 7
  %412 = or disjoint i64 %411, 640
  %413 = shl i64 %index, 7
  %414 = or disjoint i64 %413, 768
  %415 = shl i64 %index, 7
  %416 = or disjoint i64 %415, 896
  %417 = getelementptr inbounds i8, ptr %M, i64 %402
  %418 = getelementptr inbounds i8, ptr %M, i64 %404
  %419 = getelementptr inbounds i8, ptr %M, i64 %406
  %420 = getelementptr inbounds i8, ptr %M, i64 %408
  %421 = getelementptr inbounds i8, ptr %M, i64 %410
  %422 = getelementptr inbounds i8, ptr %M, i64 %412
  %423 = getelementptr inbounds i8, ptr %M, i64 %414
  %424 = getelementptr inbounds i8, ptr %M, i64 %416
  %425 = extractelement <8 x float> %401, i64 0
  store float %425, ptr %417, align 4
  %426 = extractelement <8 x float> %401, i64 4
  store float %426, ptr %421, align 4
  %427 = icmp ugt <8 x i64> %vec.ind, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %428 = select <8 x i1> %427, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %429 = getelementptr inbounds i8, ptr %17, i64 %402
  %430 = getelementptr inbounds i8, ptr %17, i64 %410
  %431 = extractelement <8 x float> %428, i64 0
  store float %431, ptr %429, align 4
  %432 = extractelement <8 x float> %428, i64 4
  store float %432, ptr %430, align 4
  %433 = icmp ugt <8 x i64> %vec.ind, <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>
  %434 = select <8 x i1> %433, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %435 = getelementptr inbounds i8, ptr %18, i64 %402
  %436 = getelementptr inbounds i8, ptr %18, i64 %410
  %437 = extractelement <8 x float> %434, i64 0
  store float %437, ptr %435, align 4
  %438 = extractelement <8 x float> %434, i64 1
  %439 = extractelement <8 x float> %434, i64 2
  %440 = extractelement <8 x float> %434, i64 3
  %441 = extractelement <8 x float> %434, i64 4
  store float %441, ptr %436, align 4
  %442 = extractelement <8 x float> %434, i64 5
  %443 = extractelement <8 x float> %434, i64 6
  %444 = extractelement <8 x float> %434, i64 7
  %445 = icmp ugt <8 x i64> %vec.ind, <i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3>
  %446 = select <8 x i1> %445, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %447 = getelementptr inbounds i8, ptr %19, i64 %402
  %448 = getelementptr inbounds i8, ptr %19, i64 %410
  %449 = extractelement <8 x float> %446, i64 0
  store float %449, ptr %447, align 4
  %450 = extractelement <8 x float> %446, i64 1
  %451 = shufflevector <8 x float> %401, <8 x float> %428, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %452 = insertelement <4 x float> %451, float %438, i64 2
  %453 = insertelement <4 x float> %452, float %450, i64 3
  store <4 x float> %453, ptr %418, align 4
  %454 = extractelement <8 x float> %446, i64 2
  %455 = shufflevector <8 x float> %401, <8 x float> %428, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %456 = insertelement <4 x float> %455, float %439, i64 2
  %457 = insertelement <4 x float> %456, float %454, i64 3
  store <4 x float> %457, ptr %419, align 4
  %458 = extractelement <8 x float> %446, i64 3
  %459 = shufflevector <8 x float> %401, <8 x float> %428, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %460 = insertelement <4 x float> %459, float %440, i64 2
  %461 = insertelement <4 x float> %460, float %458, i64 3
  store <4 x float> %461, ptr %420, align 4
  %462 = extractelement <8 x float> %446, i64 4
  store float %462, ptr %448, align 4
  %463 = extractelement <8 x float> %446, i64 5
  %464 = shufflevector <8 x float> %401, <8 x float> %428, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %465 = insertelement <4 x float> %464, float %442, i64 2
  %466 = insertelement <4 x float> %465, float %463, i64 3
  store <4 x float> %466, ptr %422, align 4
  %467 = extractelement <8 x float> %446, i64 6
  %468 = shufflevector <8 x float> %401, <8 x float> %428, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %469 = insertelement <4 x float> %468, float %443, i64 2
  %470 = insertelement <4 x float> %469, float %467, i64 3
  store <4 x float> %470, ptr %423, align 4
  %471 = extractelement <8 x float> %446, i64 7
  %472 = shufflevector <8 x float> %401, <8 x float> %428, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %473 = insertelement <4 x float> %472, float %444, i64 2
  %474 = insertelement <4 x float> %473, float %471, i64 3
  store <4 x float> %474, ptr %424, align 4
  %475 = icmp ugt <8 x i64> %vec.ind, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %476 = select <8 x i1> %475, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %477 = getelementptr inbounds i8, ptr %20, i64 %402
  %478 = getelementptr inbounds i8, ptr %20, i64 %404
  %479 = getelementptr inbounds i8, ptr %20, i64 %406
  %480 = getelementptr inbounds i8, ptr %20, i64 %408
  %481 = getelementptr inbounds i8, ptr %20, i64 %410
  %482 = getelementptr inbounds i8, ptr %20, i64 %412
  %483 = getelementptr inbounds i8, ptr %20, i64 %414
  %484 = getelementptr inbounds i8, ptr %20, i64 %416
  %485 = extractelement <8 x float> %476, i64 0
  store float %485, ptr %477, align 4
  %486 = extractelement <8 x float> %476, i64 4
  store float %486, ptr %481, align 4
  %487 = icmp ugt <8 x i64> %vec.ind, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %488 = select <8 x i1> %487, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %489 = getelementptr inbounds i8, ptr %21, i64 %402
  %490 = getelementptr inbounds i8, ptr %21, i64 %410
  %491 = extractelement <8 x float> %488, i64 0
  store float %491, ptr %489, align 4
  %492 = extractelement <8 x float> %488, i64 4
  store float %492, ptr %490, align 4
  %493 = icmp ugt <8 x i64> %vec.ind, <i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6>
  %494 = select <8 x i1> %493, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %495 = getelementptr inbounds i8, ptr %22, i64 %402
  %496 = getelementptr inbounds i8, ptr %22, i64 %410
  %497 = extractelement <8 x float> %494, i64 0
  store float %497, ptr %495, align 4
  %498 = extractelement <8 x float> %494, i64 1
  %499 = extractelement <8 x float> %494, i64 2
  %500 = extractelement <8 x float> %494, i64 3
  %501 = extractelement <8 x float> %494, i64 4
  store float %501, ptr %496, align 4
  %502 = extractelement <8 x float> %494, i64 5
  %503 = extractelement <8 x float> %494, i64 6
  %504 = extractelement <8 x float> %494, i64 7
  %505 = icmp ugt <8 x i64> %vec.ind, <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %506 = select <8 x i1> %505, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %507 = getelementptr inbounds i8, ptr %23, i64 %402
  %508 = getelementptr inbounds i8, ptr %23, i64 %410
  %509 = extractelement <8 x float> %506, i64 0
  store float %509, ptr %507, align 4
  %510 = extractelement <8 x float> %506, i64 1
  %511 = shufflevector <8 x float> %476, <8 x float> %488, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %512 = insertelement <4 x float> %511, float %498, i64 2
  %513 = insertelement <4 x float> %512, float %510, i64 3
  store <4 x float> %513, ptr %478, align 4
  %514 = extractelement <8 x float> %506, i64 2
  %515 = shufflevector <8 x float> %476, <8 x float> %488, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %516 = insertelement <4 x float> %515, float %499, i64 2
  %517 = insertelement <4 x float> %516, float %514, i64 3
  store <4 x float> %517, ptr %479, align 4
  %518 = extractelement <8 x float> %506, i64 3
  %519 = shufflevector <8 x float> %476, <8 x float> %488, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %520 = insertelement <4 x float> %519, float %500, i64 2
  %521 = insertelement <4 x float> %520, float %518, i64 3
  store <4 x float> %521, ptr %480, align 4
  %522 = extractelement <8 x float> %506, i64 4
  store float %522, ptr %508, align 4
  %523 = extractelement <8 x float> %506, i64 5
  %524 = shufflevector <8 x float> %476, <8 x float> %488, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %525 = insertelement <4 x float> %524, float %502, i64 2
  %526 = insertelement <4 x float> %525, float %523, i64 3
  store <4 x float> %526, ptr %482, align 4
  %527 = extractelement <8 x float> %506, i64 6
  %528 = shufflevector <8 x float> %476, <8 x float> %488, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %529 = insertelement <4 x float> %528, float %503, i64 2
  %530 = insertelement <4 x float> %529, float %527, i64 3
  store <4 x float> %530, ptr %483, align 4
  %531 = extractelement <8 x float> %506, i64 7
  %532 = shufflevector <8 x float> %476, <8 x float> %488, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %533 = insertelement <4 x float> %532, float %504, i64 2
  %534 = insertelement <4 x float> %533, float %531, i64 3
  store <4 x float> %534, ptr %484, align 4
  %535 = icmp ugt <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %536 = select <8 x i1> %535, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %537 = getelementptr inbounds i8, ptr %24, i64 %402
  %538 = getelementptr inbounds i8, ptr %24, i64 %404
  %539 = getelementptr inbounds i8, ptr %24, i64 %406
  %540 = getelementptr inbounds i8, ptr %24, i64 %408
  %541 = getelementptr inbounds i8, ptr %24, i64 %410
  %542 = getelementptr inbounds i8, ptr %24, i64 %412
  %543 = getelementptr inbounds i8, ptr %24, i64 %414
  %544 = getelementptr inbounds i8, ptr %24, i64 %416
  %545 = extractelement <8 x float> %536, i64 0
  store float %545, ptr %537, align 4
  %546 = extractelement <8 x float> %536, i64 4
  store float %546, ptr %541, align 4
  %547 = icmp ugt <8 x i64> %vec.ind, <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %548 = select <8 x i1> %547, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %549 = getelementptr inbounds i8, ptr %25, i64 %402
  %550 = getelementptr inbounds i8, ptr %25, i64 %410
  %551 = extractelement <8 x float> %548, i64 0
  store float %551, ptr %549, align 4
  %552 = extractelement <8 x float> %548, i64 4
  store float %552, ptr %550, align 4
  %553 = icmp ugt <8 x i64> %vec.ind, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %554 = select <8 x i1> %553, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %555 = getelementptr inbounds i8, ptr %26, i64 %402
  %556 = getelementptr inbounds i8, ptr %26, i64 %410
  %557 = extractelement <8 x float> %554, i64 0
  store float %557, ptr %555, align 4
  %558 = extractelement <8 x float> %554, i64 1
  %559 = extractelement <8 x float> %554, i64 2
  %560 = extractelement <8 x float> %554, i64 3
  %561 = extractelement <8 x float> %554, i64 4
  store float %561, ptr %556, align 4
  %562 = extractelement <8 x float> %554, i64 5
  %563 = extractelement <8 x float> %554, i64 6
  %564 = extractelement <8 x float> %554, i64 7
  %565 = icmp ugt <8 x i64> %vec.ind, <i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11>
  %566 = select <8 x i1> %565, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %567 = getelementptr inbounds i8, ptr %27, i64 %402
  %568 = getelementptr inbounds i8, ptr %27, i64 %410
  %569 = extractelement <8 x float> %566, i64 0
  store float %569, ptr %567, align 4
  %570 = extractelement <8 x float> %566, i64 1
  %571 = shufflevector <8 x float> %536, <8 x float> %548, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %572 = insertelement <4 x float> %571, float %558, i64 2
  %573 = insertelement <4 x float> %572, float %570, i64 3
  store <4 x float> %573, ptr %538, align 4
  %574 = extractelement <8 x float> %566, i64 2
  %575 = shufflevector <8 x float> %536, <8 x float> %548, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %576 = insertelement <4 x float> %575, float %559, i64 2
  %577 = insertelement <4 x float> %576, float %574, i64 3
  store <4 x float> %577, ptr %539, align 4
  %578 = extractelement <8 x float> %566, i64 3
  %579 = shufflevector <8 x float> %536, <8 x float> %548, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %580 = insertelement <4 x float> %579, float %560, i64 2
  %581 = insertelement <4 x float> %580, float %578, i64 3
  store <4 x float> %581, ptr %540, align 4
  %582 = extractelement <8 x float> %566, i64 4
  store float %582, ptr %568, align 4
  %583 = extractelement <8 x float> %566, i64 5
  %584 = shufflevector <8 x float> %536, <8 x float> %548, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %585 = insertelement <4 x float> %584, float %562, i64 2
  %586 = insertelement <4 x float> %585, float %583, i64 3
  store <4 x float> %586, ptr %542, align 4
  %587 = extractelement <8 x float> %566, i64 6
  %588 = shufflevector <8 x float> %536, <8 x float> %548, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %589 = insertelement <4 x float> %588, float %563, i64 2
  %590 = insertelement <4 x float> %589, float %587, i64 3
  store <4 x float> %590, ptr %543, align 4
  %591 = extractelement <8 x float> %566, i64 7
  %592 = shufflevector <8 x float> %536, <8 x float> %548, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %593 = insertelement <4 x float> %592, float %564, i64 2
  %594 = insertelement <4 x float> %593, float %591, i64 3
  store <4 x float> %594, ptr %544, align 4
  %595 = icmp ugt <8 x i64> %vec.ind, <i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12>
  %596 = select <8 x i1> %595, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %597 = getelementptr inbounds i8, ptr %28, i64 %402
  %598 = getelementptr inbounds i8, ptr %28, i64 %404
  %599 = getelementptr inbounds i8, ptr %28, i64 %406
  %600 = getelementptr inbounds i8, ptr %28, i64 %408
  %601 = getelementptr inbounds i8, ptr %28, i64 %410
  %602 = getelementptr inbounds i8, ptr %28, i64 %412
  %603 = getelementptr inbounds i8, ptr %28, i64 %414
  %604 = getelementptr inbounds i8, ptr %28, i64 %416
  %605 = extractelement <8 x float> %596, i64 0
  store float %605, ptr %597, align 4
  %606 = extractelement <8 x float> %596, i64 4
  store float %606, ptr %601, align 4
  %607 = icmp ugt <8 x i64> %vec.ind, <i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13>
  %608 = select <8 x i1> %607, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %609 = getelementptr inbounds i8, ptr %29, i64 %402
  %610 = getelementptr inbounds i8, ptr %29, i64 %410
  %611 = extractelement <8 x float> %608, i64 0
  store float %611, ptr %609, align 4
  %612 = extractelement <8 x float> %608, i64 4
  store float %612, ptr %610, align 4
  %613 = icmp ugt <8 x i64> %vec.ind, <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>
  %614 = select <8 x i1> %613, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %615 = getelementptr inbounds i8, ptr %30, i64 %402
  %616 = getelementptr inbounds i8, ptr %30, i64 %410
  %617 = extractelement <8 x float> %614, i64 0
  store float %617, ptr %615, align 4
  %618 = extractelement <8 x float> %614, i64 1
  %619 = extractelement <8 x float> %614, i64 2
  %620 = extractelement <8 x float> %614, i64 3
  %621 = extractelement <8 x float> %614, i64 4
  store float %621, ptr %616, align 4
  %622 = extractelement <8 x float> %614, i64 5
  %623 = extractelement <8 x float> %614, i64 6
  %624 = extractelement <8 x float> %614, i64 7
  %625 = icmp ugt <8 x i64> %vec.ind, <i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15>
  %626 = select <8 x i1> %625, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %627 = getelementptr inbounds i8, ptr %31, i64 %402
  %628 = getelementptr inbounds i8, ptr %31, i64 %410
  %629 = extractelement <8 x float> %626, i64 0
  store float %629, ptr %627, align 4
  %630 = extractelement <8 x float> %626, i64 1
  %631 = shufflevector <8 x float> %596, <8 x float> %608, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %632 = insertelement <4 x float> %631, float %618, i64 2
  %633 = insertelement <4 x float> %632, float %630, i64 3
  store <4 x float> %633, ptr %598, align 4
  %634 = extractelement <8 x float> %626, i64 2
  %635 = shufflevector <8 x float> %596, <8 x float> %608, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %636 = insertelement <4 x float> %635, float %619, i64 2
  %637 = insertelement <4 x float> %636, float %634, i64 3
  store <4 x float> %637, ptr %599, align 4
  %638 = extractelement <8 x float> %626, i64 3
  %639 = shufflevector <8 x float> %596, <8 x float> %608, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %640 = insertelement <4 x float> %639, float %620, i64 2
  %641 = insertelement <4 x float> %640, float %638, i64 3
  store <4 x float> %641, ptr %600, align 4
  %642 = extractelement <8 x float> %626, i64 4
  store float %642, ptr %628, align 4
  %643 = extractelement <8 x float> %626, i64 5
  %644 = shufflevector <8 x float> %596, <8 x float> %608, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %645 = insertelement <4 x float> %644, float %622, i64 2
  %646 = insertelement <4 x float> %645, float %643, i64 3
  store <4 x float> %646, ptr %602, align 4
  %647 = extractelement <8 x float> %626, i64 6
  %648 = shufflevector <8 x float> %596, <8 x float> %608, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %649 = insertelement <4 x float> %648, float %623, i64 2
  %650 = insertelement <4 x float> %649, float %647, i64 3
  store <4 x float> %650, ptr %603, align 4
  %651 = extractelement <8 x float> %626, i64 7
  %652 = shufflevector <8 x float> %596, <8 x float> %608, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %653 = insertelement <4 x float> %652, float %624, i64 2
  %654 = insertelement <4 x float> %653, float %651, i64 3
  store <4 x float> %654, ptr %604, align 4
  %655 = icmp ugt <8 x i64> %vec.ind, <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>
  %656 = select <8 x i1> %655, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %657 = getelementptr inbounds i8, ptr %32, i64 %402
  %658 = getelementptr inbounds i8, ptr %32, i64 %404
  %659 = getelementptr inbounds i8, ptr %32, i64 %406
  %660 = getelementptr inbounds i8, ptr %32, i64 %408
  %661 = getelementptr inbounds i8, ptr %32, i64 %410
  %662 = getelementptr inbounds i8, ptr %32, i64 %412
  %663 = getelementptr inbounds i8, ptr %32, i64 %414
  %664 = getelementptr inbounds i8, ptr %32, i64 %416
  %665 = extractelement <8 x float> %656, i64 0
  store float %665, ptr %657, align 4
  %666 = extractelement <8 x float> %656, i64 4
  store float %666, ptr %661, align 4
  %667 = icmp ugt <8 x i64> %vec.ind, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %669 = getelementptr inbounds i8, ptr %33, i64 %402
  %670 = getelementptr inbounds i8, ptr %33, i64 %410
  %671 = extractelement <8 x float> %668, i64 0
  store float %671, ptr %669, align 4
  %672 = extractelement <8 x float> %668, i64 4
  store float %672, ptr %670, align 4
  %673 = icmp ugt <8 x i64> %vec.ind, <i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18>
  %674 = select <8 x i1> %673, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %675 = getelementptr inbounds i8, ptr %34, i64 %402
  %676 = getelementptr inbounds i8, ptr %34, i64 %410
  %677 = extractelement <8 x float> %674, i64 0
  store float %677, ptr %675, align 4
  %678 = extractelement <8 x float> %674, i64 1
  %679 = extractelement <8 x float> %674, i64 2
  %680 = extractelement <8 x float> %674, i64 3
  %681 = extractelement <8 x float> %674, i64 4
  store float %681, ptr %676, align 4
  %682 = extractelement <8 x float> %674, i64 5
  %683 = extractelement <8 x float> %674, i64 6
  %684 = extractelement <8 x float> %674, i64 7
  %685 = icmp ugt <8 x i64> %vec.ind, <i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19>
  %686 = select <8 x i1> %685, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %687 = getelementptr inbounds i8, ptr %35, i64 %402
  %688 = getelementptr inbounds i8, ptr %35, i64 %410
  %689 = extractelement <8 x float> %686, i64 0
  store float %689, ptr %687, align 4
  %690 = extractelement <8 x float> %686, i64 1
  %691 = shufflevector <8 x float> %656, <8 x float> %668, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %692 = insertelement <4 x float> %691, float %678, i64 2
  %693 = insertelement <4 x float> %692, float %690, i64 3
  store <4 x float> %693, ptr %658, align 4
  %694 = extractelement <8 x float> %686, i64 2
  %695 = shufflevector <8 x float> %656, <8 x float> %668, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %696 = insertelement <4 x float> %695, float %679, i64 2
  %697 = insertelement <4 x float> %696, float %694, i64 3
  store <4 x float> %697, ptr %659, align 4
  %698 = extractelement <8 x float> %686, i64 3
  %699 = shufflevector <8 x float> %656, <8 x float> %668, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %700 = insertelement <4 x float> %699, float %680, i64 2
  %701 = insertelement <4 x float> %700, float %698, i64 3
  store <4 x float> %701, ptr %660, align 4
  %702 = extractelement <8 x float> %686, i64 4
  store float %702, ptr %688, align 4
  %703 = extractelement <8 x float> %686, i64 5
  %704 = shufflevector <8 x float> %656, <8 x float> %668, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %705 = insertelement <4 x float> %704, float %682, i64 2
  %706 = insertelement <4 x float> %705, float %703, i64 3
  store <4 x float> %706, ptr %662, align 4
  %707 = extractelement <8 x float> %686, i64 6
  %708 = shufflevector <8 x float> %656, <8 x float> %668, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %709 = insertelement <4 x float> %708, float %683, i64 2
  %710 = insertelement <4 x float> %709, float %707, i64 3
  store <4 x float> %710, ptr %663, align 4
  %711 = extractelement <8 x float> %686, i64 7
  %712 = shufflevector <8 x float> %656, <8 x float> %668, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %713 = insertelement <4 x float> %712, float %684, i64 2
  %714 = insertelement <4 x float> %713, float %711, i64 3
  store <4 x float> %714, ptr %664, align 4
  %715 = icmp ugt <8 x i64> %vec.ind, <i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20>
  %716 = select <8 x i1> %715, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %717 = getelementptr inbounds i8, ptr %36, i64 %402
  %718 = getelementptr inbounds i8, ptr %36, i64 %404
  %719 = getelementptr inbounds i8, ptr %36, i64 %406
  %720 = getelementptr inbounds i8, ptr %36, i64 %408
  %721 = getelementptr inbounds i8, ptr %36, i64 %410
  %722 = getelementptr inbounds i8, ptr %36, i64 %412
  %723 = getelementptr inbounds i8, ptr %36, i64 %414
  %724 = getelementptr inbounds i8, ptr %36, i64 %416
  %725 = extractelement <8 x float> %716, i64 0
  store float %725, ptr %717, align 4
  %726 = extractelement <8 x float> %716, i64 4
  store float %726, ptr %721, align 4
  %727 = icmp ugt <8 x i64> %vec.ind, <i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21>
  %728 = select <8 x i1> %727, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %729 = getelementptr inbounds i8, ptr %37, i64 %402
  %730 = getelementptr inbounds i8, ptr %37, i64 %410
  %731 = extractelement <8 x float> %728, i64 0
  store float %731, ptr %729, align 4
  %732 = extractelement <8 x float> %728, i64 4
  store float %732, ptr %730, align 4
  %733 = icmp ugt <8 x i64> %vec.ind, <i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22>
  %734 = select <8 x i1> %733, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %735 = getelementptr inbounds i8, ptr %38, i64 %402
  %736 = getelementptr inbounds i8, ptr %38, i64 %410
  %737 = extractelement <8 x float> %734, i64 0
  store float %737, ptr %735, align 4
  %738 = extractelement <8 x float> %734, i64 1
  %739 = extractelement <8 x float> %734, i64 2
  %740 = extractelement <8 x float> %734, i64 3
  %741 = extractelement <8 x float> %734, i64 4
  store float %741, ptr %736, align 4
  %742 = extractelement <8 x float> %734, i64 5
  %743 = extractelement <8 x float> %734, i64 6
  %744 = extractelement <8 x float> %734, i64 7
  %745 = icmp ugt <8 x i64> %vec.ind, <i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23>
  %746 = select <8 x i1> %745, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %747 = getelementptr inbounds i8, ptr %39, i64 %402
  %748 = getelementptr inbounds i8, ptr %39, i64 %410
  %749 = extractelement <8 x float> %746, i64 0
  store float %749, ptr %747, align 4
  %750 = extractelement <8 x float> %746, i64 1
  %751 = shufflevector <8 x float> %716, <8 x float> %728, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %752 = insertelement <4 x float> %751, float %738, i64 2
  %753 = insertelement <4 x float> %752, float %750, i64 3
  store <4 x float> %753, ptr %718, align 4
  %754 = extractelement <8 x float> %746, i64 2
  %755 = shufflevector <8 x float> %716, <8 x float> %728, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %756 = insertelement <4 x float> %755, float %739, i64 2
  %757 = insertelement <4 x float> %756, float %754, i64 3
  store <4 x float> %757, ptr %719, align 4
  %758 = extractelement <8 x float> %746, i64 3
  %759 = shufflevector <8 x float> %716, <8 x float> %728, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %760 = insertelement <4 x float> %759, float %740, i64 2
  %761 = insertelement <4 x float> %760, float %758, i64 3
  store <4 x float> %761, ptr %720, align 4
  %762 = extractelement <8 x float> %746, i64 4
  store float %762, ptr %748, align 4
  %763 = extractelement <8 x float> %746, i64 5
  %764 = shufflevector <8 x float> %716, <8 x float> %728, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %765 = insertelement <4 x float> %764, float %742, i64 2
  %766 = insertelement <4 x float> %765, float %763, i64 3
  store <4 x float> %766, ptr %722, align 4
  %767 = extractelement <8 x float> %746, i64 6
  %768 = shufflevector <8 x float> %716, <8 x float> %728, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %769 = insertelement <4 x float> %768, float %743, i64 2
  %770 = insertelement <4 x float> %769, float %767, i64 3
  store <4 x float> %770, ptr %723, align 4
  %771 = extractelement <8 x float> %746, i64 7
  %772 = shufflevector <8 x float> %716, <8 x float> %728, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %773 = insertelement <4 x float> %772, float %744, i64 2
  %774 = insertelement <4 x float> %773, float %771, i64 3
  store <4 x float> %774, ptr %724, align 4
  %775 = icmp ugt <8 x i64> %vec.ind, <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>
  %776 = select <8 x i1> %775, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %777 = getelementptr inbounds i8, ptr %40, i64 %402
  %778 = getelementptr inbounds i8, ptr %40, i64 %404
  %779 = getelementptr inbounds i8, ptr %40, i64 %406
  %780 = getelementptr inbounds i8, ptr %40, i64 %408
  %781 = getelementptr inbounds i8, ptr %40, i64 %410
  %782 = getelementptr inbounds i8, ptr %40, i64 %412
  %783 = getelementptr inbounds i8, ptr %40, i64 %414
  %784 = getelementptr inbounds i8, ptr %40, i64 %416
  %785 = extractelement <8 x float> %776, i64 0
  store float %785, ptr %777, align 4
  %786 = extractelement <8 x float> %776, i64 4
  store float %786, ptr %781, align 4
  %787 = icmp ugt <8 x i64> %vec.ind, <i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25>
  %788 = select <8 x i1> %787, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %789 = getelementptr inbounds i8, ptr %41, i64 %402
  %790 = getelementptr inbounds i8, ptr %41, i64 %410
  %791 = extractelement <8 x float> %788, i64 0
  store float %791, ptr %789, align 4
  %792 = extractelement <8 x float> %788, i64 4
  store float %792, ptr %790, align 4
  %793 = icmp ugt <8 x i64> %vec.ind, <i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26>
  %794 = select <8 x i1> %793, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %795 = getelementptr inbounds i8, ptr %42, i64 %402
  %796 = getelementptr inbounds i8, ptr %42, i64 %410
  %797 = extractelement <8 x float> %794, i64 0
  store float %797, ptr %795, align 4
  %798 = extractelement <8 x float> %794, i64 1
  %799 = extractelement <8 x float> %794, i64 2
  %800 = extractelement <8 x float> %794, i64 3
  %801 = extractelement <8 x float> %794, i64 4
  store float %801, ptr %796, align 4
  %802 = extractelement <8 x float> %794, i64 5
  %803 = extractelement <8 x float> %794, i64 6
  %804 = extractelement <8 x float> %794, i64 7
  %805 = icmp ugt <8 x i64> %vec.ind, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %806 = select <8 x i1> %805, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %807 = getelementptr inbounds i8, ptr %43, i64 %402
  %808 = getelementptr inbounds i8, ptr %43, i64 %410
  %809 = extractelement <8 x float> %806, i64 0
  store float %809, ptr %807, align 4
  %810 = extractelement <8 x float> %806, i64 1
  %811 = shufflevector <8 x float> %776, <8 x float> %788, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %812 = insertelement <4 x float> %811, float %798, i64 2
  %813 = insertelement <4 x float> %812, float %810, i64 3
  store <4 x float> %813, ptr %778, align 4
  %814 = extractelement <8 x float> %806, i64 2
  %815 = shufflevector <8 x float> %776, <8 x float> %788, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %816 = insertelement <4 x float> %815, float %799, i64 2
  %817 = insertelement <4 x float> %816, float %814, i64 3
  store <4 x float> %817, ptr %779, align 4
  %818 = extractelement <8 x float> %806, i64 3
  %819 = shufflevector <8 x float> %776, <8 x float> %788, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %820 = insertelement <4 x float> %819, float %800, i64 2
  %821 = insertelement <4 x float> %820, float %818, i64 3
  store <4 x float> %821, ptr %780, align 4
  %822 = extractelement <8 x float> %806, i64 4
  store float %822, ptr %808, align 4
  %823 = extractelement <8 x float> %806, i64 5
  %824 = shufflevector <8 x float> %776, <8 x float> %788, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %825 = insertelement <4 x float> %824, float %802, i64 2
  %826 = insertelement <4 x float> %825, float %823, i64 3
  store <4 x float> %826, ptr %782, align 4
  %827 = extractelement <8 x float> %806, i64 6
  %828 = shufflevector <8 x float> %776, <8 x float> %788, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %829 = insertelement <4 x float> %828, float %803, i64 2
  %830 = insertelement <4 x float> %829, float %827, i64 3
  store <4 x float> %830, ptr %783, align 4
  %831 = extractelement <8 x float> %806, i64 7
  %832 = shufflevector <8 x float> %776, <8 x float> %788, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %833 = insertelement <4 x float> %832, float %804, i64 2
  %834 = insertelement <4 x float> %833, float %831, i64 3
  store <4 x float> %834, ptr %784, align 4
  %835 = icmp ugt <8 x i64> %vec.ind, <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>
  %836 = select <8 x i1> %835, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %837 = getelementptr inbounds i8, ptr %44, i64 %402
  %838 = getelementptr inbounds i8, ptr %44, i64 %404
  %839 = getelementptr inbounds i8, ptr %44, i64 %406
  %840 = getelementptr inbounds i8, ptr %44, i64 %408
  %841 = getelementptr inbounds i8, ptr %44, i64 %410
  %842 = getelementptr inbounds i8, ptr %44, i64 %412
  %843 = getelementptr inbounds i8, ptr %44, i64 %414
  %844 = getelementptr inbounds i8, ptr %44, i64 %416
  %845 = extractelement <8 x float> %836, i64 0
  store float %845, ptr %837, align 4
  %846 = extractelement <8 x float> %836, i64 2
  store float %846, ptr %839, align 4
  %847 = extractelement <8 x float> %836, i64 3
  store float %847, ptr %840, align 4
  %848 = extractelement <8 x float> %836, i64 4
  store float %848, ptr %841, align 4
  %849 = icmp ugt <8 x i64> %vec.ind, <i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29>
  %850 = select <8 x i1> %849, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %851 = getelementptr inbounds i8, ptr %45, i64 %402
  %852 = getelementptr inbounds i8, ptr %45, i64 %406
  %853 = getelementptr inbounds i8, ptr %45, i64 %408
  %854 = getelementptr inbounds i8, ptr %45, i64 %410
  %855 = extractelement <8 x float> %850, i64 0
  store float %855, ptr %851, align 4
  %856 = shufflevector <8 x float> %836, <8 x float> %850, <2 x i32> <i32 1, i32 9>
  store <2 x float> %856, ptr %838, align 4
  %857 = extractelement <8 x float> %850, i64 2
  store float %857, ptr %852, align 4
  %858 = extractelement <8 x float> %850, i64 3
  store float %858, ptr %853, align 4
  %859 = extractelement <8 x float> %850, i64 4
  store float %859, ptr %854, align 4
  %860 = shufflevector <8 x float> %836, <8 x float> %850, <2 x i32> <i32 5, i32 13>
  store <2 x float> %860, ptr %842, align 4
  %861 = shufflevector <8 x float> %836, <8 x float> %850, <2 x i32> <i32 6, i32 14>
  store <2 x float> %861, ptr %843, align 4
  %862 = shufflevector <8 x float> %836, <8 x float> %850, <2 x i32> <i32 7, i32 15>
  store <2 x float> %862, ptr %844, align 4
  %863 = icmp ugt <8 x i64> %vec.ind, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %864 = select <8 x i1> %863, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %865 = getelementptr inbounds i8, ptr %46, i64 %402
  %866 = getelementptr inbounds i8, ptr %46, i64 %404
  %867 = getelementptr inbounds i8, ptr %46, i64 %406
  %868 = getelementptr inbounds i8, ptr %46, i64 %408
  %869 = getelementptr inbounds i8, ptr %46, i64 %410
  %870 = getelementptr inbounds i8, ptr %46, i64 %412
  %871 = getelementptr inbounds i8, ptr %46, i64 %414
  %872 = getelementptr inbounds i8, ptr %46, i64 %416
  %873 = extractelement <8 x float> %864, i64 0
  store float %873, ptr %865, align 4
  %874 = extractelement <8 x float> %864, i64 1
  store float %874, ptr %866, align 4
  %875 = extractelement <8 x float> %864, i64 2
  store float %875, ptr %867, align 4
  %876 = extractelement <8 x float> %864, i64 3
  store float %876, ptr %868, align 4
  %877 = extractelement <8 x float> %864, i64 4
  store float %877, ptr %869, align 4
  %878 = extractelement <8 x float> %864, i64 5
  store float %878, ptr %870, align 4
  %879 = extractelement <8 x float> %864, i64 6
  store float %879, ptr %871, align 4
  %880 = extractelement <8 x float> %864, i64 7
  store float %880, ptr %872, align 4
  %881 = getelementptr inbounds i8, ptr %47, i64 %402
  %882 = getelementptr inbounds i8, ptr %47, i64 %404
  %883 = getelementptr inbounds i8, ptr %47, i64 %406
  %884 = getelementptr inbounds i8, ptr %47, i64 %408
  %885 = getelementptr inbounds i8, ptr %47, i64 %410
  %886 = getelementptr inbounds i8, ptr %47, i64 %412
  %887 = getelementptr inbounds i8, ptr %47, i64 %414
  %888 = getelementptr inbounds i8, ptr %47, i64 %416
  store float 1.000000e+00, ptr %881, align 4
  store float 1.000000e+00, ptr %882, align 4
  store float 1.000000e+00, ptr %883, align 4
  store float 1.000000e+00, ptr %884, align 4
  store float 1.000000e+00, ptr %885, align 4
  store float 1.000000e+00, ptr %886, align 4
  store float 1.000000e+00, ptr %887, align 4
  store float 1.000000e+00, ptr %888, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %889 = icmp eq i64 %index.next, 32
  br i1 %889, label %t1.body, label %vector.body, !llvm.loop !0

t1.body:                                          ; preds = %vector.body, %endif
  %t1.addr.02519 = phi i64 [ %t1.next, %endif ], [ 0, %vector.body ]
  %890 = shl nuw nsw i64 %t1.addr.02519, 7
  %gep3152 = getelementptr i8, ptr %invariant.gep3151, i64 %890
  %gep3154 = getelementptr i8, ptr %invariant.gep3153, i64 %890
  %891 = icmp sgt i64 %67, %t1.addr.02519
  br i1 %891, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t1.body
  %gep3156 = getelementptr i8, ptr %invariant.gep3155, i64 %890
  %gep3158 = getelementptr i8, ptr %invariant.gep3157, i64 %890
  %gep3160 = getelementptr i8, ptr %invariant.gep3159, i64 %890
  %gep3162 = getelementptr i8, ptr %invariant.gep3161, i64 %890
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3156, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3158, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3154, i8 0, i64 128, i1 false)
  %892 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02519
  store float 0.000000e+00, ptr %892, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3160, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3162, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3152, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %893 = mul i64 %13, %t1.addr.02519
  %894 = add i64 %63, %893
  %scevgep2951 = getelementptr i8, ptr %dout, i64 %894
  %scevgep2954 = getelementptr i8, ptr %v, i64 %894
  %895 = add nuw nsw i64 %t1.addr.02519, %t0
  %896 = mul nsw i64 %895, %sq
  %897 = shl nuw nsw i64 %t1.addr.02519, 5
  %898 = getelementptr float, ptr %qh, i64 %896
  %899 = load <16 x float>, ptr %898, align 4
  %900 = fmul <16 x float> %899, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %901 = or disjoint i64 %897, 2048
  %902 = getelementptr inbounds float, ptr %Bk, i64 %901
  store <16 x float> %900, ptr %902, align 4
  %903 = getelementptr inbounds float, ptr %QK, i64 %897
  store <16 x float> %900, ptr %903, align 4
  %904 = getelementptr float, ptr %60, i64 %896
  %905 = load <16 x float>, ptr %904, align 4
  %906 = fmul <16 x float> %905, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %907 = or disjoint i64 %897, 16
  %908 = or i64 %897, 2064
  %909 = getelementptr inbounds float, ptr %Bk, i64 %908
  store <16 x float> %906, ptr %909, align 4
  %910 = getelementptr inbounds float, ptr %QK, i64 %907
  store <16 x float> %906, ptr %910, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3154, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2951, i64 128, i1 false)
  %tau = or disjoint i64 %t1.addr.02519, %t0
  %911 = mul nsw i64 %tau, %H
  %912 = getelementptr inbounds float, ptr %betah, i64 %911
  %913 = load float, ptr %912, align 4
  %914 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02519
  store float %913, ptr %914, align 4
  %915 = mul nsw i64 %tau, %sq
  %916 = getelementptr float, ptr %kh, i64 %915
  %917 = load <16 x float>, ptr %916, align 4
  %918 = or disjoint i64 %897, 3072
  %919 = getelementptr inbounds float, ptr %Bk, i64 %918
  store <16 x float> %917, ptr %919, align 4
  %920 = fneg <16 x float> %917
  %921 = or disjoint i64 %897, 1024
  %922 = getelementptr inbounds float, ptr %QK, i64 %921
  store <16 x float> %920, ptr %922, align 4
  %923 = getelementptr float, ptr %61, i64 %915
  %924 = load <16 x float>, ptr %923, align 4
  %925 = or i64 %897, 3088
  %926 = getelementptr inbounds float, ptr %Bk, i64 %925
  store <16 x float> %924, ptr %926, align 4
  %927 = fneg <16 x float> %924
  %928 = or i64 %897, 1040
  %929 = getelementptr inbounds float, ptr %QK, i64 %928
  store <16 x float> %927, ptr %929, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3152, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2954, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02519, 1
  %exitcond2955.not = icmp eq i64 %t1.next, 32
  br i1 %exitcond2955.not, label %j12.head.preheader, label %t1.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %930 = phi i1 [ false, %j12.exit ], [ true, %endif ]
  %i12.addr.02521 = phi i64 [ 16, %j12.exit ], [ 0, %endif ]
  %931 = shl nuw nsw i64 %i12.addr.02521, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %932 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02520 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %933 = or disjoint i64 %j12.addr.02520, %931
  %934 = or disjoint i64 %933, 3072
  %935 = getelementptr inbounds float, ptr %Bk, i64 %934
  %936 = load <16 x float>, ptr %935, align 4
  %937 = or disjoint i64 %933, 3328
  %938 = getelementptr inbounds float, ptr %Bk, i64 %937
  %939 = load <16 x float>, ptr %938, align 4
  %940 = or disjoint i64 %933, 3104
  %941 = getelementptr inbounds float, ptr %Bk, i64 %940
  %942 = load <16 x float>, ptr %941, align 4
  %943 = or disjoint i64 %933, 3360
  %944 = getelementptr inbounds float, ptr %Bk, i64 %943
  %945 = load <16 x float>, ptr %944, align 4
  %946 = or disjoint i64 %933, 3136
  %947 = getelementptr inbounds float, ptr %Bk, i64 %946
  %948 = load <16 x float>, ptr %947, align 4
  %949 = or disjoint i64 %933, 3392
  %950 = getelementptr inbounds float, ptr %Bk, i64 %949
  %951 = load <16 x float>, ptr %950, align 4
  %952 = or disjoint i64 %933, 3168
  %953 = getelementptr inbounds float, ptr %Bk, i64 %952
  %954 = load <16 x float>, ptr %953, align 4
  %955 = or disjoint i64 %933, 3424
  %956 = getelementptr inbounds float, ptr %Bk, i64 %955
  %957 = load <16 x float>, ptr %956, align 4
  %958 = or disjoint i64 %933, 3200
  %959 = getelementptr inbounds float, ptr %Bk, i64 %958
  %960 = load <16 x float>, ptr %959, align 4
  %961 = or disjoint i64 %933, 3456
  %962 = getelementptr inbounds float, ptr %Bk, i64 %961
  %963 = load <16 x float>, ptr %962, align 4
  %964 = or disjoint i64 %933, 3232
  %965 = getelementptr inbounds float, ptr %Bk, i64 %964
  %966 = load <16 x float>, ptr %965, align 4
  %967 = or disjoint i64 %933, 3488
  %968 = getelementptr inbounds float, ptr %Bk, i64 %967
  %969 = load <16 x float>, ptr %968, align 4
  %970 = or disjoint i64 %933, 3264
  %971 = getelementptr inbounds float, ptr %Bk, i64 %970
  %972 = load <16 x float>, ptr %971, align 4
  %973 = or disjoint i64 %933, 3520
  %974 = getelementptr inbounds float, ptr %Bk, i64 %973
  %975 = load <16 x float>, ptr %974, align 4
  %976 = or disjoint i64 %933, 3296
  %977 = getelementptr inbounds float, ptr %Bk, i64 %976
  %978 = load <16 x float>, ptr %977, align 4
  %979 = or disjoint i64 %933, 3552
  %980 = getelementptr inbounds float, ptr %Bk, i64 %979
  %981 = load <16 x float>, ptr %980, align 4
  %982 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %983 = shufflevector <16 x float> %960, <16 x float> %963, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %984 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %985 = shufflevector <16 x float> %966, <16 x float> %969, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %986 = shufflevector <16 x float> %948, <16 x float> %951, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %987 = shufflevector <16 x float> %972, <16 x float> %975, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %988 = shufflevector <16 x float> %954, <16 x float> %957, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %989 = shufflevector <16 x float> %978, <16 x float> %981, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %990 = shufflevector <16 x float> %936, <16 x float> %939, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %991 = shufflevector <16 x float> %960, <16 x float> %963, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %992 = shufflevector <16 x float> %942, <16 x float> %945, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %993 = shufflevector <16 x float> %966, <16 x float> %969, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %994 = shufflevector <16 x float> %948, <16 x float> %951, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %995 = shufflevector <16 x float> %972, <16 x float> %975, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %996 = shufflevector <16 x float> %954, <16 x float> %957, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %997 = shufflevector <16 x float> %978, <16 x float> %981, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %998 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %999 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1000 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1001 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1002 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1003 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1004 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1005 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1006 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1007 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1008 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1009 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1010 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1011 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1012 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1013 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1014 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1015 = shufflevector <16 x float> %1000, <16 x float> %1001, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1016 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1017 = shufflevector <16 x float> %1000, <16 x float> %1001, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1018 = shufflevector <16 x float> %1002, <16 x float> %1003, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1019 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1020 = shufflevector <16 x float> %1002, <16 x float> %1003, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1021 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1022 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1023 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1024 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1025 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1026 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1027 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1028 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1029 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1030 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1031 = shl nuw nsw i64 %j12.addr.02520, 5
  %1032 = or disjoint i64 %1031, %i12.addr.02521
  %1033 = getelementptr inbounds float, ptr %KT, i64 %1032
  store <16 x float> %1030, ptr %1033, align 4
  %1034 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1035 = or disjoint i64 %1032, 32
  %1036 = getelementptr inbounds float, ptr %KT, i64 %1035
  store <16 x float> %1034, ptr %1036, align 4
  %1037 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1038 = or disjoint i64 %1032, 64
  %1039 = getelementptr inbounds float, ptr %KT, i64 %1038
  store <16 x float> %1037, ptr %1039, align 4
  %1040 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1041 = or disjoint i64 %1032, 96
  %1042 = getelementptr inbounds float, ptr %KT, i64 %1041
  store <16 x float> %1040, ptr %1042, align 4
  %1043 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1044 = or disjoint i64 %1032, 128
  %1045 = getelementptr inbounds float, ptr %KT, i64 %1044
  store <16 x float> %1043, ptr %1045, align 4
  %1046 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1047 = or disjoint i64 %1032, 160
  %1048 = getelementptr inbounds float, ptr %KT, i64 %1047
  store <16 x float> %1046, ptr %1048, align 4
  %1049 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1050 = or disjoint i64 %1032, 192
  %1051 = getelementptr inbounds float, ptr %KT, i64 %1050
  store <16 x float> %1049, ptr %1051, align 4
  %1052 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1053 = or disjoint i64 %1032, 224
  %1054 = getelementptr inbounds float, ptr %KT, i64 %1053
  store <16 x float> %1052, ptr %1054, align 4
  %1055 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1056 = or disjoint i64 %1032, 256
  %1057 = getelementptr inbounds float, ptr %KT, i64 %1056
  store <16 x float> %1055, ptr %1057, align 4
  %1058 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1059 = or disjoint i64 %1032, 288
  %1060 = getelementptr inbounds float, ptr %KT, i64 %1059
  store <16 x float> %1058, ptr %1060, align 4
  %1061 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1062 = or disjoint i64 %1032, 320
  %1063 = getelementptr inbounds float, ptr %KT, i64 %1062
  store <16 x float> %1061, ptr %1063, align 4
  %1064 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1065 = or disjoint i64 %1032, 352
  %1066 = getelementptr inbounds float, ptr %KT, i64 %1065
  store <16 x float> %1064, ptr %1066, align 4
  %1067 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1068 = or disjoint i64 %1032, 384
  %1069 = getelementptr inbounds float, ptr %KT, i64 %1068
  store <16 x float> %1067, ptr %1069, align 4
  %1070 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1071 = or disjoint i64 %1032, 416
  %1072 = getelementptr inbounds float, ptr %KT, i64 %1071
  store <16 x float> %1070, ptr %1072, align 4
  %1073 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1074 = or disjoint i64 %1032, 448
  %1075 = getelementptr inbounds float, ptr %KT, i64 %1074
  store <16 x float> %1073, ptr %1075, align 4
  %1076 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1077 = or disjoint i64 %1032, 480
  %1078 = getelementptr inbounds float, ptr %KT, i64 %1077
  store <16 x float> %1076, ptr %1078, align 4
  br i1 %932, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  br i1 %930, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %1079 = phi i1 [ false, %j13.exit ], [ true, %j12.exit ]
  %i13.addr.02523 = phi i64 [ 16, %j13.exit ], [ 0, %j12.exit ]
  %1080 = shl nuw nsw i64 %i13.addr.02523, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %1081 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02522 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %1082 = or disjoint i64 %j13.addr.02522, %1080
  %1083 = or disjoint i64 %1082, 2048
  %1084 = getelementptr inbounds float, ptr %Bk, i64 %1083
  %1085 = load <16 x float>, ptr %1084, align 4
  %1086 = or disjoint i64 %1082, 2304
  %1087 = getelementptr inbounds float, ptr %Bk, i64 %1086
  %1088 = load <16 x float>, ptr %1087, align 4
  %1089 = or disjoint i64 %1082, 2080
  %1090 = getelementptr inbounds float, ptr %Bk, i64 %1089
  %1091 = load <16 x float>, ptr %1090, align 4
  %1092 = or disjoint i64 %1082, 2336
  %1093 = getelementptr inbounds float, ptr %Bk, i64 %1092
  %1094 = load <16 x float>, ptr %1093, align 4
  %1095 = or disjoint i64 %1082, 2112
  %1096 = getelementptr inbounds float, ptr %Bk, i64 %1095
  %1097 = load <16 x float>, ptr %1096, align 4
  %1098 = or disjoint i64 %1082, 2368
  %1099 = getelementptr inbounds float, ptr %Bk, i64 %1098
  %1100 = load <16 x float>, ptr %1099, align 4
  %1101 = or disjoint i64 %1082, 2144
  %1102 = getelementptr inbounds float, ptr %Bk, i64 %1101
  %1103 = load <16 x float>, ptr %1102, align 4
  %1104 = or disjoint i64 %1082, 2400
  %1105 = getelementptr inbounds float, ptr %Bk, i64 %1104
  %1106 = load <16 x float>, ptr %1105, align 4
  %1107 = or disjoint i64 %1082, 2176
  %1108 = getelementptr inbounds float, ptr %Bk, i64 %1107
  %1109 = load <16 x float>, ptr %1108, align 4
  %1110 = or disjoint i64 %1082, 2432
  %1111 = getelementptr inbounds float, ptr %Bk, i64 %1110
  %1112 = load <16 x float>, ptr %1111, align 4
  %1113 = or disjoint i64 %1082, 2208
  %1114 = getelementptr inbounds float, ptr %Bk, i64 %1113
  %1115 = load <16 x float>, ptr %1114, align 4
  %1116 = or disjoint i64 %1082, 2464
  %1117 = getelementptr inbounds float, ptr %Bk, i64 %1116
  %1118 = load <16 x float>, ptr %1117, align 4
  %1119 = or disjoint i64 %1082, 2240
  %1120 = getelementptr inbounds float, ptr %Bk, i64 %1119
  %1121 = load <16 x float>, ptr %1120, align 4
  %1122 = or disjoint i64 %1082, 2496
  %1123 = getelementptr inbounds float, ptr %Bk, i64 %1122
  %1124 = load <16 x float>, ptr %1123, align 4
  %1125 = or disjoint i64 %1082, 2272
  %1126 = getelementptr inbounds float, ptr %Bk, i64 %1125
  %1127 = load <16 x float>, ptr %1126, align 4
  %1128 = or disjoint i64 %1082, 2528
  %1129 = getelementptr inbounds float, ptr %Bk, i64 %1128
  %1130 = load <16 x float>, ptr %1129, align 4
  %1131 = shufflevector <16 x float> %1085, <16 x float> %1088, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1132 = shufflevector <16 x float> %1109, <16 x float> %1112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1133 = shufflevector <16 x float> %1091, <16 x float> %1094, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1134 = shufflevector <16 x float> %1115, <16 x float> %1118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1135 = shufflevector <16 x float> %1097, <16 x float> %1100, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1136 = shufflevector <16 x float> %1121, <16 x float> %1124, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1137 = shufflevector <16 x float> %1103, <16 x float> %1106, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1138 = shufflevector <16 x float> %1127, <16 x float> %1130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1139 = shufflevector <16 x float> %1085, <16 x float> %1088, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1140 = shufflevector <16 x float> %1109, <16 x float> %1112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1141 = shufflevector <16 x float> %1091, <16 x float> %1094, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1142 = shufflevector <16 x float> %1115, <16 x float> %1118, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1143 = shufflevector <16 x float> %1097, <16 x float> %1100, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1144 = shufflevector <16 x float> %1121, <16 x float> %1124, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1145 = shufflevector <16 x float> %1103, <16 x float> %1106, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1146 = shufflevector <16 x float> %1127, <16 x float> %1130, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1147 = shufflevector <16 x float> %1131, <16 x float> %1132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1148 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1149 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1150 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1151 = shufflevector <16 x float> %1131, <16 x float> %1132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1152 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1153 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1154 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1155 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1156 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1157 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1158 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1159 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1160 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1161 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1162 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1163 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1164 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1165 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1166 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1167 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1168 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1169 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1170 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1171 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1172 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1173 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1174 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1175 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1176 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1177 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1178 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1179 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1180 = shl nuw nsw i64 %j13.addr.02522, 5
  %1181 = or disjoint i64 %1180, %i13.addr.02523
  %1182 = getelementptr inbounds float, ptr %QcT, i64 %1181
  store <16 x float> %1179, ptr %1182, align 4
  %1183 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1184 = or disjoint i64 %1181, 32
  %1185 = getelementptr inbounds float, ptr %QcT, i64 %1184
  store <16 x float> %1183, ptr %1185, align 4
  %1186 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1187 = or disjoint i64 %1181, 64
  %1188 = getelementptr inbounds float, ptr %QcT, i64 %1187
  store <16 x float> %1186, ptr %1188, align 4
  %1189 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1190 = or disjoint i64 %1181, 96
  %1191 = getelementptr inbounds float, ptr %QcT, i64 %1190
  store <16 x float> %1189, ptr %1191, align 4
  %1192 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1193 = or disjoint i64 %1181, 128
  %1194 = getelementptr inbounds float, ptr %QcT, i64 %1193
  store <16 x float> %1192, ptr %1194, align 4
  %1195 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1196 = or disjoint i64 %1181, 160
  %1197 = getelementptr inbounds float, ptr %QcT, i64 %1196
  store <16 x float> %1195, ptr %1197, align 4
  %1198 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1199 = or disjoint i64 %1181, 192
  %1200 = getelementptr inbounds float, ptr %QcT, i64 %1199
  store <16 x float> %1198, ptr %1200, align 4
  %1201 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1202 = or disjoint i64 %1181, 224
  %1203 = getelementptr inbounds float, ptr %QcT, i64 %1202
  store <16 x float> %1201, ptr %1203, align 4
  %1204 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1205 = or disjoint i64 %1181, 256
  %1206 = getelementptr inbounds float, ptr %QcT, i64 %1205
  store <16 x float> %1204, ptr %1206, align 4
  %1207 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1208 = or disjoint i64 %1181, 288
  %1209 = getelementptr inbounds float, ptr %QcT, i64 %1208
  store <16 x float> %1207, ptr %1209, align 4
  %1210 = shufflevector <16 x float> %1173, <16 x float> %1174, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1211 = or disjoint i64 %1181, 320
  %1212 = getelementptr inbounds float, ptr %QcT, i64 %1211
  store <16 x float> %1210, ptr %1212, align 4
  %1213 = shufflevector <16 x float> %1173, <16 x float> %1174, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1214 = or disjoint i64 %1181, 352
  %1215 = getelementptr inbounds float, ptr %QcT, i64 %1214
  store <16 x float> %1213, ptr %1215, align 4
  %1216 = shufflevector <16 x float> %1175, <16 x float> %1176, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1217 = or disjoint i64 %1181, 384
  %1218 = getelementptr inbounds float, ptr %QcT, i64 %1217
  store <16 x float> %1216, ptr %1218, align 4
  %1219 = shufflevector <16 x float> %1175, <16 x float> %1176, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1220 = or disjoint i64 %1181, 416
  %1221 = getelementptr inbounds float, ptr %QcT, i64 %1220
  store <16 x float> %1219, ptr %1221, align 4
  %1222 = shufflevector <16 x float> %1177, <16 x float> %1178, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1223 = or disjoint i64 %1181, 448
  %1224 = getelementptr inbounds float, ptr %QcT, i64 %1223
  store <16 x float> %1222, ptr %1224, align 4
  %1225 = shufflevector <16 x float> %1177, <16 x float> %1178, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1226 = or disjoint i64 %1181, 480
  %1227 = getelementptr inbounds float, ptr %QcT, i64 %1226
  store <16 x float> %1225, ptr %1227, align 4
  br i1 %1081, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  br i1 %1079, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %1228 = phi i1 [ false, %j14.exit ], [ true, %j13.exit ]
  %i14.addr.02525 = phi i64 [ 16, %j14.exit ], [ 0, %j13.exit ]
  %1229 = shl nuw nsw i64 %i14.addr.02525, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %1230 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02524 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %1231 = or disjoint i64 %j14.addr.02524, %1229
  %1232 = getelementptr inbounds float, ptr %OY, i64 %1231
  %1233 = load <16 x float>, ptr %1232, align 4
  %1234 = or disjoint i64 %1231, 256
  %1235 = getelementptr inbounds float, ptr %OY, i64 %1234
  %1236 = load <16 x float>, ptr %1235, align 4
  %1237 = or disjoint i64 %1231, 32
  %1238 = getelementptr inbounds float, ptr %OY, i64 %1237
  %1239 = load <16 x float>, ptr %1238, align 4
  %1240 = or disjoint i64 %1231, 288
  %1241 = getelementptr inbounds float, ptr %OY, i64 %1240
  %1242 = load <16 x float>, ptr %1241, align 4
  %1243 = or disjoint i64 %1231, 64
  %1244 = getelementptr inbounds float, ptr %OY, i64 %1243
  %1245 = load <16 x float>, ptr %1244, align 4
  %1246 = or disjoint i64 %1231, 320
  %1247 = getelementptr inbounds float, ptr %OY, i64 %1246
  %1248 = load <16 x float>, ptr %1247, align 4
  %1249 = or disjoint i64 %1231, 96
  %1250 = getelementptr inbounds float, ptr %OY, i64 %1249
  %1251 = load <16 x float>, ptr %1250, align 4
  %1252 = or disjoint i64 %1231, 352
  %1253 = getelementptr inbounds float, ptr %OY, i64 %1252
  %1254 = load <16 x float>, ptr %1253, align 4
  %1255 = or disjoint i64 %1231, 128
  %1256 = getelementptr inbounds float, ptr %OY, i64 %1255
  %1257 = load <16 x float>, ptr %1256, align 4
  %1258 = or disjoint i64 %1231, 384
  %1259 = getelementptr inbounds float, ptr %OY, i64 %1258
  %1260 = load <16 x float>, ptr %1259, align 4
  %1261 = or disjoint i64 %1231, 160
  %1262 = getelementptr inbounds float, ptr %OY, i64 %1261
  %1263 = load <16 x float>, ptr %1262, align 4
  %1264 = or disjoint i64 %1231, 416
  %1265 = getelementptr inbounds float, ptr %OY, i64 %1264
  %1266 = load <16 x float>, ptr %1265, align 4
  %1267 = or disjoint i64 %1231, 192
  %1268 = getelementptr inbounds float, ptr %OY, i64 %1267
  %1269 = load <16 x float>, ptr %1268, align 4
  %1270 = or disjoint i64 %1231, 448
  %1271 = getelementptr inbounds float, ptr %OY, i64 %1270
  %1272 = load <16 x float>, ptr %1271, align 4
  %1273 = or disjoint i64 %1231, 224
  %1274 = getelementptr inbounds float, ptr %OY, i64 %1273
  %1275 = load <16 x float>, ptr %1274, align 4
  %1276 = or disjoint i64 %1231, 480
  %1277 = getelementptr inbounds float, ptr %OY, i64 %1276
  %1278 = load <16 x float>, ptr %1277, align 4
  %1279 = shufflevector <16 x float> %1233, <16 x float> %1236, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1280 = shufflevector <16 x float> %1257, <16 x float> %1260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1281 = shufflevector <16 x float> %1239, <16 x float> %1242, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1282 = shufflevector <16 x float> %1263, <16 x float> %1266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1283 = shufflevector <16 x float> %1245, <16 x float> %1248, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1284 = shufflevector <16 x float> %1269, <16 x float> %1272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1285 = shufflevector <16 x float> %1251, <16 x float> %1254, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1286 = shufflevector <16 x float> %1275, <16 x float> %1278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1287 = shufflevector <16 x float> %1233, <16 x float> %1236, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1288 = shufflevector <16 x float> %1257, <16 x float> %1260, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1289 = shufflevector <16 x float> %1239, <16 x float> %1242, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1290 = shufflevector <16 x float> %1263, <16 x float> %1266, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1291 = shufflevector <16 x float> %1245, <16 x float> %1248, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1292 = shufflevector <16 x float> %1269, <16 x float> %1272, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1293 = shufflevector <16 x float> %1251, <16 x float> %1254, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1294 = shufflevector <16 x float> %1275, <16 x float> %1278, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1295 = shufflevector <16 x float> %1279, <16 x float> %1280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1296 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1297 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1298 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1299 = shufflevector <16 x float> %1279, <16 x float> %1280, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1300 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1301 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1302 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1303 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1304 = shufflevector <16 x float> %1291, <16 x float> %1292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1305 = shufflevector <16 x float> %1289, <16 x float> %1290, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1306 = shufflevector <16 x float> %1293, <16 x float> %1294, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1307 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1308 = shufflevector <16 x float> %1291, <16 x float> %1292, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1309 = shufflevector <16 x float> %1289, <16 x float> %1290, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1310 = shufflevector <16 x float> %1293, <16 x float> %1294, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1311 = shufflevector <16 x float> %1295, <16 x float> %1296, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1312 = shufflevector <16 x float> %1297, <16 x float> %1298, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1313 = shufflevector <16 x float> %1295, <16 x float> %1296, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1314 = shufflevector <16 x float> %1297, <16 x float> %1298, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1315 = shufflevector <16 x float> %1299, <16 x float> %1300, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1316 = shufflevector <16 x float> %1301, <16 x float> %1302, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1317 = shufflevector <16 x float> %1299, <16 x float> %1300, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1318 = shufflevector <16 x float> %1301, <16 x float> %1302, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1319 = shufflevector <16 x float> %1303, <16 x float> %1304, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1320 = shufflevector <16 x float> %1305, <16 x float> %1306, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1321 = shufflevector <16 x float> %1303, <16 x float> %1304, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1322 = shufflevector <16 x float> %1305, <16 x float> %1306, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1323 = shufflevector <16 x float> %1307, <16 x float> %1308, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1324 = shufflevector <16 x float> %1309, <16 x float> %1310, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1325 = shufflevector <16 x float> %1307, <16 x float> %1308, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1326 = shufflevector <16 x float> %1309, <16 x float> %1310, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1327 = shufflevector <16 x float> %1311, <16 x float> %1312, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1328 = shl nuw nsw i64 %j14.addr.02524, 5
  %1329 = or disjoint i64 %1328, %i14.addr.02525
  %1330 = getelementptr inbounds float, ptr %dOT, i64 %1329
  store <16 x float> %1327, ptr %1330, align 4
  %1331 = shufflevector <16 x float> %1311, <16 x float> %1312, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1332 = or disjoint i64 %1329, 32
  %1333 = getelementptr inbounds float, ptr %dOT, i64 %1332
  store <16 x float> %1331, ptr %1333, align 4
  %1334 = shufflevector <16 x float> %1313, <16 x float> %1314, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1335 = or disjoint i64 %1329, 64
  %1336 = getelementptr inbounds float, ptr %dOT, i64 %1335
  store <16 x float> %1334, ptr %1336, align 4
  %1337 = shufflevector <16 x float> %1313, <16 x float> %1314, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1338 = or disjoint i64 %1329, 96
  %1339 = getelementptr inbounds float, ptr %dOT, i64 %1338
  store <16 x float> %1337, ptr %1339, align 4
  %1340 = shufflevector <16 x float> %1315, <16 x float> %1316, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1341 = or disjoint i64 %1329, 128
  %1342 = getelementptr inbounds float, ptr %dOT, i64 %1341
  store <16 x float> %1340, ptr %1342, align 4
  %1343 = shufflevector <16 x float> %1315, <16 x float> %1316, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1344 = or disjoint i64 %1329, 160
  %1345 = getelementptr inbounds float, ptr %dOT, i64 %1344
  store <16 x float> %1343, ptr %1345, align 4
  %1346 = shufflevector <16 x float> %1317, <16 x float> %1318, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1347 = or disjoint i64 %1329, 192
  %1348 = getelementptr inbounds float, ptr %dOT, i64 %1347
  store <16 x float> %1346, ptr %1348, align 4
  %1349 = shufflevector <16 x float> %1317, <16 x float> %1318, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1350 = or disjoint i64 %1329, 224
  %1351 = getelementptr inbounds float, ptr %dOT, i64 %1350
  store <16 x float> %1349, ptr %1351, align 4
  %1352 = shufflevector <16 x float> %1319, <16 x float> %1320, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1353 = or disjoint i64 %1329, 256
  %1354 = getelementptr inbounds float, ptr %dOT, i64 %1353
  store <16 x float> %1352, ptr %1354, align 4
  %1355 = shufflevector <16 x float> %1319, <16 x float> %1320, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1356 = or disjoint i64 %1329, 288
  %1357 = getelementptr inbounds float, ptr %dOT, i64 %1356
  store <16 x float> %1355, ptr %1357, align 4
  %1358 = shufflevector <16 x float> %1321, <16 x float> %1322, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1359 = or disjoint i64 %1329, 320
  %1360 = getelementptr inbounds float, ptr %dOT, i64 %1359
  store <16 x float> %1358, ptr %1360, align 4
  %1361 = shufflevector <16 x float> %1321, <16 x float> %1322, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1362 = or disjoint i64 %1329, 352
  %1363 = getelementptr inbounds float, ptr %dOT, i64 %1362
  store <16 x float> %1361, ptr %1363, align 4
  %1364 = shufflevector <16 x float> %1323, <16 x float> %1324, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1365 = or disjoint i64 %1329, 384
  %1366 = getelementptr inbounds float, ptr %dOT, i64 %1365
  store <16 x float> %1364, ptr %1366, align 4
  %1367 = shufflevector <16 x float> %1323, <16 x float> %1324, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1368 = or disjoint i64 %1329, 416
  %1369 = getelementptr inbounds float, ptr %dOT, i64 %1368
  store <16 x float> %1367, ptr %1369, align 4
  %1370 = shufflevector <16 x float> %1325, <16 x float> %1326, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1371 = or disjoint i64 %1329, 448
  %1372 = getelementptr inbounds float, ptr %dOT, i64 %1371
  store <16 x float> %1370, ptr %1372, align 4
  %1373 = shufflevector <16 x float> %1325, <16 x float> %1326, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1374 = or disjoint i64 %1329, 480
  %1375 = getelementptr inbounds float, ptr %dOT, i64 %1374
  store <16 x float> %1373, ptr %1375, align 4
  br i1 %1230, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  br i1 %1228, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit.1, %p2.exit
  %1376 = icmp ult i64 %i15.addr.02536, 24
  br i1 %1376, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02536 = phi i64 [ %1377, %i15.head.loopexit ], [ 0, %j14.exit ]
  %1377 = add nuw nsw i64 %i15.addr.02536, 8
  %1378 = shl nuw nsw i64 %i15.addr.02536, 5
  %.idx2496 = shl nuw nsw i64 %i15.addr.02536, 7
  %1379 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2496
  %1380 = or disjoint i64 %1378, 32
  %1381 = getelementptr inbounds float, ptr %Gm, i64 %1380
  %1382 = or disjoint i64 %1378, 64
  %1383 = getelementptr inbounds float, ptr %Gm, i64 %1382
  %1384 = or disjoint i64 %1378, 96
  %1385 = getelementptr inbounds float, ptr %Gm, i64 %1384
  %1386 = or disjoint i64 %1378, 128
  %1387 = getelementptr inbounds float, ptr %Gm, i64 %1386
  %1388 = or disjoint i64 %1378, 160
  %1389 = getelementptr inbounds float, ptr %Gm, i64 %1388
  %1390 = or disjoint i64 %1378, 192
  %1391 = getelementptr inbounds float, ptr %Gm, i64 %1390
  %1392 = or disjoint i64 %1378, 224
  %1393 = getelementptr inbounds float, ptr %Gm, i64 %1392
  br label %p2.body

p2.body:                                          ; preds = %i15.body, %p2.body
  %acc.02534 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1401, %p2.body ]
  %acc1.02533 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1407, %p2.body ]
  %acc2.02532 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1413, %p2.body ]
  %acc3.02531 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1419, %p2.body ]
  %acc4.02530 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1425, %p2.body ]
  %acc5.02529 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1431, %p2.body ]
  %acc6.02528 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1437, %p2.body ]
  %acc7.02527 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1443, %p2.body ]
  %p2.addr.02526 = phi i64 [ 0, %i15.body ], [ %p2.next, %p2.body ]
  %.idx2497 = shl nuw nsw i64 %p2.addr.02526, 7
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2497
  %1394 = load <16 x float>, ptr %gep, align 4
  %1395 = add nuw nsw i64 %p2.addr.02526, %1378
  %1396 = or disjoint i64 %1395, 3072
  %1397 = getelementptr inbounds float, ptr %Bk, i64 %1396
  %1398 = load float, ptr %1397, align 4
  %1399 = insertelement <16 x float> poison, float %1398, i64 0
  %1400 = shufflevector <16 x float> %1399, <16 x float> poison, <16 x i32> zeroinitializer
  %1401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1400, <16 x float> %1394, <16 x float> %acc.02534)
  %1402 = or disjoint i64 %1395, 3104
  %1403 = getelementptr inbounds float, ptr %Bk, i64 %1402
  %1404 = load float, ptr %1403, align 4
  %1405 = insertelement <16 x float> poison, float %1404, i64 0
  %1406 = shufflevector <16 x float> %1405, <16 x float> poison, <16 x i32> zeroinitializer
  %1407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1394, <16 x float> %acc1.02533)
  %1408 = or disjoint i64 %1395, 3136
  %1409 = getelementptr inbounds float, ptr %Bk, i64 %1408
  %1410 = load float, ptr %1409, align 4
  %1411 = insertelement <16 x float> poison, float %1410, i64 0
  %1412 = shufflevector <16 x float> %1411, <16 x float> poison, <16 x i32> zeroinitializer
  %1413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1412, <16 x float> %1394, <16 x float> %acc2.02532)
  %1414 = or disjoint i64 %1395, 3168
  %1415 = getelementptr inbounds float, ptr %Bk, i64 %1414
  %1416 = load float, ptr %1415, align 4
  %1417 = insertelement <16 x float> poison, float %1416, i64 0
  %1418 = shufflevector <16 x float> %1417, <16 x float> poison, <16 x i32> zeroinitializer
  %1419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1394, <16 x float> %acc3.02531)
  %1420 = or disjoint i64 %1395, 3200
  %1421 = getelementptr inbounds float, ptr %Bk, i64 %1420
  %1422 = load float, ptr %1421, align 4
  %1423 = insertelement <16 x float> poison, float %1422, i64 0
  %1424 = shufflevector <16 x float> %1423, <16 x float> poison, <16 x i32> zeroinitializer
  %1425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1394, <16 x float> %acc4.02530)
  %1426 = or disjoint i64 %1395, 3232
  %1427 = getelementptr inbounds float, ptr %Bk, i64 %1426
  %1428 = load float, ptr %1427, align 4
  %1429 = insertelement <16 x float> poison, float %1428, i64 0
  %1430 = shufflevector <16 x float> %1429, <16 x float> poison, <16 x i32> zeroinitializer
  %1431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1430, <16 x float> %1394, <16 x float> %acc5.02529)
  %1432 = or disjoint i64 %1395, 3264
  %1433 = getelementptr inbounds float, ptr %Bk, i64 %1432
  %1434 = load float, ptr %1433, align 4
  %1435 = insertelement <16 x float> poison, float %1434, i64 0
  %1436 = shufflevector <16 x float> %1435, <16 x float> poison, <16 x i32> zeroinitializer
  %1437 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1436, <16 x float> %1394, <16 x float> %acc6.02528)
  %1438 = or disjoint i64 %1395, 3296
  %1439 = getelementptr inbounds float, ptr %Bk, i64 %1438
  %1440 = load float, ptr %1439, align 4
  %1441 = insertelement <16 x float> poison, float %1440, i64 0
  %1442 = shufflevector <16 x float> %1441, <16 x float> poison, <16 x i32> zeroinitializer
  %1443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1442, <16 x float> %1394, <16 x float> %acc7.02527)
  %p2.next = add nuw nsw i64 %p2.addr.02526, 1
  %exitcond2956.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond2956.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  store <16 x float> %1401, ptr %1379, align 4
  store <16 x float> %1407, ptr %1381, align 4
  store <16 x float> %1413, ptr %1383, align 4
  store <16 x float> %1419, ptr %1385, align 4
  store <16 x float> %1425, ptr %1387, align 4
  store <16 x float> %1431, ptr %1389, align 4
  store <16 x float> %1437, ptr %1391, align 4
  store <16 x float> %1443, ptr %1393, align 4
  %1444 = icmp ugt i64 %i15.addr.02536, 8
  br i1 %1444, label %p2.body.1, label %i15.head.loopexit

p2.body.1:                                        ; preds = %p2.exit, %p2.body.1
  %acc.02534.1 = phi <16 x float> [ %1452, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc1.02533.1 = phi <16 x float> [ %1458, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc2.02532.1 = phi <16 x float> [ %1464, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc3.02531.1 = phi <16 x float> [ %1470, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc4.02530.1 = phi <16 x float> [ %1476, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc5.02529.1 = phi <16 x float> [ %1482, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc6.02528.1 = phi <16 x float> [ %1488, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc7.02527.1 = phi <16 x float> [ %1494, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %p2.addr.02526.1 = phi i64 [ %p2.next.1, %p2.body.1 ], [ 0, %p2.exit ]
  %.idx2497.1 = shl nuw nsw i64 %p2.addr.02526.1, 7
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2497.1
  %1445 = load <16 x float>, ptr %gep.1, align 4
  %1446 = add nuw nsw i64 %p2.addr.02526.1, %1378
  %1447 = or disjoint i64 %1446, 3072
  %1448 = getelementptr inbounds float, ptr %Bk, i64 %1447
  %1449 = load float, ptr %1448, align 4
  %1450 = insertelement <16 x float> poison, float %1449, i64 0
  %1451 = shufflevector <16 x float> %1450, <16 x float> poison, <16 x i32> zeroinitializer
  %1452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1451, <16 x float> %1445, <16 x float> %acc.02534.1)
  %1453 = or disjoint i64 %1446, 3104
  %1454 = getelementptr inbounds float, ptr %Bk, i64 %1453
  %1455 = load float, ptr %1454, align 4
  %1456 = insertelement <16 x float> poison, float %1455, i64 0
  %1457 = shufflevector <16 x float> %1456, <16 x float> poison, <16 x i32> zeroinitializer
  %1458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1457, <16 x float> %1445, <16 x float> %acc1.02533.1)
  %1459 = or disjoint i64 %1446, 3136
  %1460 = getelementptr inbounds float, ptr %Bk, i64 %1459
  %1461 = load float, ptr %1460, align 4
  %1462 = insertelement <16 x float> poison, float %1461, i64 0
  %1463 = shufflevector <16 x float> %1462, <16 x float> poison, <16 x i32> zeroinitializer
  %1464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1463, <16 x float> %1445, <16 x float> %acc2.02532.1)
  %1465 = or disjoint i64 %1446, 3168
  %1466 = getelementptr inbounds float, ptr %Bk, i64 %1465
  %1467 = load float, ptr %1466, align 4
  %1468 = insertelement <16 x float> poison, float %1467, i64 0
  %1469 = shufflevector <16 x float> %1468, <16 x float> poison, <16 x i32> zeroinitializer
  %1470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1469, <16 x float> %1445, <16 x float> %acc3.02531.1)
  %1471 = or disjoint i64 %1446, 3200
  %1472 = getelementptr inbounds float, ptr %Bk, i64 %1471
  %1473 = load float, ptr %1472, align 4
  %1474 = insertelement <16 x float> poison, float %1473, i64 0
  %1475 = shufflevector <16 x float> %1474, <16 x float> poison, <16 x i32> zeroinitializer
  %1476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1475, <16 x float> %1445, <16 x float> %acc4.02530.1)
  %1477 = or disjoint i64 %1446, 3232
  %1478 = getelementptr inbounds float, ptr %Bk, i64 %1477
  %1479 = load float, ptr %1478, align 4
  %1480 = insertelement <16 x float> poison, float %1479, i64 0
  %1481 = shufflevector <16 x float> %1480, <16 x float> poison, <16 x i32> zeroinitializer
  %1482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1445, <16 x float> %acc5.02529.1)
  %1483 = or disjoint i64 %1446, 3264
  %1484 = getelementptr inbounds float, ptr %Bk, i64 %1483
  %1485 = load float, ptr %1484, align 4
  %1486 = insertelement <16 x float> poison, float %1485, i64 0
  %1487 = shufflevector <16 x float> %1486, <16 x float> poison, <16 x i32> zeroinitializer
  %1488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1487, <16 x float> %1445, <16 x float> %acc6.02528.1)
  %1489 = or disjoint i64 %1446, 3296
  %1490 = getelementptr inbounds float, ptr %Bk, i64 %1489
  %1491 = load float, ptr %1490, align 4
  %1492 = insertelement <16 x float> poison, float %1491, i64 0
  %1493 = shufflevector <16 x float> %1492, <16 x float> poison, <16 x i32> zeroinitializer
  %1494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1493, <16 x float> %1445, <16 x float> %acc7.02527.1)
  %p2.next.1 = add nuw nsw i64 %p2.addr.02526.1, 1
  %exitcond2956.not.1 = icmp eq i64 %p2.next.1, 32
  br i1 %exitcond2956.not.1, label %p2.exit.1, label %p2.body.1

p2.exit.1:                                        ; preds = %p2.body.1
  %1495 = getelementptr inbounds i8, ptr %1379, i64 64
  store <16 x float> %1452, ptr %1495, align 4
  %1496 = getelementptr inbounds i8, ptr %1381, i64 64
  store <16 x float> %1458, ptr %1496, align 4
  %1497 = getelementptr inbounds i8, ptr %1383, i64 64
  store <16 x float> %1464, ptr %1497, align 4
  %1498 = getelementptr inbounds i8, ptr %1385, i64 64
  store <16 x float> %1470, ptr %1498, align 4
  %1499 = getelementptr inbounds i8, ptr %1387, i64 64
  store <16 x float> %1476, ptr %1499, align 4
  %1500 = getelementptr inbounds i8, ptr %1389, i64 64
  store <16 x float> %1482, ptr %1500, align 4
  %1501 = getelementptr inbounds i8, ptr %1391, i64 64
  store <16 x float> %1488, ptr %1501, align 4
  %1502 = getelementptr inbounds i8, ptr %1393, i64 64
  store <16 x float> %1494, ptr %1502, align 4
  br label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02554 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %1503 = shl nuw nsw i64 %i16.addr.02554, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02553 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1522, %p3.body ]
  %acc9.02552 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1523, %p3.body ]
  %acc10.02551 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1524, %p3.body ]
  %acc11.02550 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1525, %p3.body ]
  %acc12.02549 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1531, %p3.body ]
  %acc13.02548 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1532, %p3.body ]
  %acc14.02547 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1533, %p3.body ]
  %acc15.02546 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1534, %p3.body ]
  %acc16.02545 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1540, %p3.body ]
  %acc17.02544 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1541, %p3.body ]
  %acc18.02543 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1542, %p3.body ]
  %acc19.02542 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1543, %p3.body ]
  %acc20.02541 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1549, %p3.body ]
  %acc21.02540 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1550, %p3.body ]
  %acc22.02539 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1551, %p3.body ]
  %acc23.02538 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1552, %p3.body ]
  %p3.addr.02537 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %1504 = shl nuw nsw i64 %p3.addr.02537, 6
  %1505 = getelementptr inbounds float, ptr %work, i64 %1504
  %1506 = load <16 x float>, ptr %1505, align 4
  %1507 = or disjoint i64 %1504, 16
  %1508 = getelementptr inbounds float, ptr %work, i64 %1507
  %1509 = load <16 x float>, ptr %1508, align 4
  %1510 = or disjoint i64 %1504, 32
  %1511 = getelementptr inbounds float, ptr %work, i64 %1510
  %1512 = load <16 x float>, ptr %1511, align 4
  %1513 = or disjoint i64 %1504, 48
  %1514 = getelementptr inbounds float, ptr %work, i64 %1513
  %1515 = load <16 x float>, ptr %1514, align 4
  %1516 = add nuw nsw i64 %p3.addr.02537, %1503
  %1517 = or disjoint i64 %1516, 3072
  %1518 = getelementptr inbounds float, ptr %Bk, i64 %1517
  %1519 = load float, ptr %1518, align 4
  %1520 = insertelement <16 x float> poison, float %1519, i64 0
  %1521 = shufflevector <16 x float> %1520, <16 x float> poison, <16 x i32> zeroinitializer
  %1522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1521, <16 x float> %1506, <16 x float> %acc8.02553)
  %1523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1521, <16 x float> %1509, <16 x float> %acc9.02552)
  %1524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1521, <16 x float> %1512, <16 x float> %acc10.02551)
  %1525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1521, <16 x float> %1515, <16 x float> %acc11.02550)
  %1526 = or disjoint i64 %1516, 3104
  %1527 = getelementptr inbounds float, ptr %Bk, i64 %1526
  %1528 = load float, ptr %1527, align 4
  %1529 = insertelement <16 x float> poison, float %1528, i64 0
  %1530 = shufflevector <16 x float> %1529, <16 x float> poison, <16 x i32> zeroinitializer
  %1531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1506, <16 x float> %acc12.02549)
  %1532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1509, <16 x float> %acc13.02548)
  %1533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1512, <16 x float> %acc14.02547)
  %1534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1530, <16 x float> %1515, <16 x float> %acc15.02546)
  %1535 = or disjoint i64 %1516, 3136
  %1536 = getelementptr inbounds float, ptr %Bk, i64 %1535
  %1537 = load float, ptr %1536, align 4
  %1538 = insertelement <16 x float> poison, float %1537, i64 0
  %1539 = shufflevector <16 x float> %1538, <16 x float> poison, <16 x i32> zeroinitializer
  %1540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1539, <16 x float> %1506, <16 x float> %acc16.02545)
  %1541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1539, <16 x float> %1509, <16 x float> %acc17.02544)
  %1542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1539, <16 x float> %1512, <16 x float> %acc18.02543)
  %1543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1539, <16 x float> %1515, <16 x float> %acc19.02542)
  %1544 = or disjoint i64 %1516, 3168
  %1545 = getelementptr inbounds float, ptr %Bk, i64 %1544
  %1546 = load float, ptr %1545, align 4
  %1547 = insertelement <16 x float> poison, float %1546, i64 0
  %1548 = shufflevector <16 x float> %1547, <16 x float> poison, <16 x i32> zeroinitializer
  %1549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1548, <16 x float> %1506, <16 x float> %acc20.02541)
  %1550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1548, <16 x float> %1509, <16 x float> %acc21.02540)
  %1551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1548, <16 x float> %1512, <16 x float> %acc22.02539)
  %1552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1548, <16 x float> %1515, <16 x float> %acc23.02538)
  %p3.next = add nuw nsw i64 %p3.addr.02537, 1
  %exitcond2957.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2957.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1553 = shl nuw nsw i64 %i16.addr.02554, 6
  %1554 = getelementptr inbounds float, ptr %KSdS, i64 %1553
  store <16 x float> %1522, ptr %1554, align 4
  %1555 = or disjoint i64 %1553, 16
  %1556 = getelementptr inbounds float, ptr %KSdS, i64 %1555
  store <16 x float> %1523, ptr %1556, align 4
  %1557 = or disjoint i64 %1553, 32
  %1558 = getelementptr inbounds float, ptr %KSdS, i64 %1557
  store <16 x float> %1524, ptr %1558, align 4
  %1559 = or disjoint i64 %1553, 48
  %1560 = getelementptr inbounds float, ptr %KSdS, i64 %1559
  store <16 x float> %1525, ptr %1560, align 4
  %1561 = or disjoint i64 %1553, 64
  %1562 = getelementptr inbounds float, ptr %KSdS, i64 %1561
  store <16 x float> %1531, ptr %1562, align 4
  %1563 = or disjoint i64 %1553, 80
  %1564 = getelementptr inbounds float, ptr %KSdS, i64 %1563
  store <16 x float> %1532, ptr %1564, align 4
  %1565 = or disjoint i64 %1553, 96
  %1566 = getelementptr inbounds float, ptr %KSdS, i64 %1565
  store <16 x float> %1533, ptr %1566, align 4
  %1567 = or disjoint i64 %1553, 112
  %1568 = getelementptr inbounds float, ptr %KSdS, i64 %1567
  store <16 x float> %1534, ptr %1568, align 4
  %1569 = or disjoint i64 %1553, 128
  %1570 = getelementptr inbounds float, ptr %KSdS, i64 %1569
  store <16 x float> %1540, ptr %1570, align 4
  %1571 = or disjoint i64 %1553, 144
  %1572 = getelementptr inbounds float, ptr %KSdS, i64 %1571
  store <16 x float> %1541, ptr %1572, align 4
  %1573 = or disjoint i64 %1553, 160
  %1574 = getelementptr inbounds float, ptr %KSdS, i64 %1573
  store <16 x float> %1542, ptr %1574, align 4
  %1575 = or disjoint i64 %1553, 176
  %1576 = getelementptr inbounds float, ptr %KSdS, i64 %1575
  store <16 x float> %1543, ptr %1576, align 4
  %1577 = or disjoint i64 %1553, 192
  %1578 = getelementptr inbounds float, ptr %KSdS, i64 %1577
  store <16 x float> %1549, ptr %1578, align 4
  %1579 = or disjoint i64 %1553, 208
  %1580 = getelementptr inbounds float, ptr %KSdS, i64 %1579
  store <16 x float> %1550, ptr %1580, align 4
  %1581 = or disjoint i64 %1553, 224
  %1582 = getelementptr inbounds float, ptr %KSdS, i64 %1581
  store <16 x float> %1551, ptr %1582, align 4
  %1583 = or disjoint i64 %1553, 240
  %1584 = getelementptr inbounds float, ptr %KSdS, i64 %1583
  store <16 x float> %1552, ptr %1584, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02554, 4
  %1585 = icmp ult i64 %i16.addr.02554, 28
  br i1 %1585, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02556 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2763 = shl nsw i64 %i17.addr.02556, 7
  %1586 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2763
  %1587 = load <16 x float>, ptr %1586, align 4
  %.idx2764 = shl nsw i64 %i17.addr.02556, 8
  %1588 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2764
  %1589 = load <16 x float>, ptr %1588, align 4
  %1590 = fsub <16 x float> %1587, %1589
  store <16 x float> %1590, ptr %1586, align 4
  %1591 = getelementptr inbounds i8, ptr %48, i64 %.idx2763
  %1592 = load <16 x float>, ptr %1591, align 4
  %1593 = getelementptr inbounds i8, ptr %49, i64 %.idx2764
  %1594 = load <16 x float>, ptr %1593, align 4
  %1595 = fsub <16 x float> %1592, %1594
  store <16 x float> %1595, ptr %1591, align 4
  %i17.next = or disjoint i64 %i17.addr.02556, 1
  %.idx2763.1 = shl nsw i64 %i17.next, 7
  %1596 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2763.1
  %1597 = load <16 x float>, ptr %1596, align 4
  %.idx2764.1 = shl nsw i64 %i17.next, 8
  %1598 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2764.1
  %1599 = load <16 x float>, ptr %1598, align 4
  %1600 = fsub <16 x float> %1597, %1599
  store <16 x float> %1600, ptr %1596, align 4
  %1601 = getelementptr inbounds i8, ptr %48, i64 %.idx2763.1
  %1602 = load <16 x float>, ptr %1601, align 4
  %1603 = getelementptr inbounds i8, ptr %49, i64 %.idx2764.1
  %1604 = load <16 x float>, ptr %1603, align 4
  %1605 = fsub <16 x float> %1602, %1604
  store <16 x float> %1605, ptr %1601, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02556, 2
  %.idx2763.2 = shl nsw i64 %i17.next.1, 7
  %1606 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2763.2
  %1607 = load <16 x float>, ptr %1606, align 4
  %.idx2764.2 = shl nsw i64 %i17.next.1, 8
  %1608 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2764.2
  %1609 = load <16 x float>, ptr %1608, align 4
  %1610 = fsub <16 x float> %1607, %1609
  store <16 x float> %1610, ptr %1606, align 4
  %1611 = getelementptr inbounds i8, ptr %48, i64 %.idx2763.2
  %1612 = load <16 x float>, ptr %1611, align 4
  %1613 = getelementptr inbounds i8, ptr %49, i64 %.idx2764.2
  %1614 = load <16 x float>, ptr %1613, align 4
  %1615 = fsub <16 x float> %1612, %1614
  store <16 x float> %1615, ptr %1611, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02556, 3
  %.idx2763.3 = shl nsw i64 %i17.next.2, 7
  %1616 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2763.3
  %1617 = load <16 x float>, ptr %1616, align 4
  %.idx2764.3 = shl nsw i64 %i17.next.2, 8
  %1618 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2764.3
  %1619 = load <16 x float>, ptr %1618, align 4
  %1620 = fsub <16 x float> %1617, %1619
  store <16 x float> %1620, ptr %1616, align 4
  %1621 = getelementptr inbounds i8, ptr %48, i64 %.idx2763.3
  %1622 = load <16 x float>, ptr %1621, align 4
  %1623 = getelementptr inbounds i8, ptr %49, i64 %.idx2764.3
  %1624 = load <16 x float>, ptr %1623, align 4
  %1625 = fsub <16 x float> %1622, %1624
  store <16 x float> %1625, ptr %1621, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02556, 4
  %exitcond2958.not.3 = icmp eq i64 %i17.next.3, 32
  br i1 %exitcond2958.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02573 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1626 = shl nuw nsw i64 %ib.addr.02573, 2
  %umax3503 = tail call i64 @llvm.umax.i64(i64 %1626, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02573, 2
  %.not2765 = icmp eq i64 %ib.addr.02573, 0
  br i1 %.not2765, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2495 = shl nuw nsw i64 %ib.addr.02573, 9
  %1627 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2495
  %1628 = shl nuw nsw i64 %ib.addr.02573, 7
  %1629 = or disjoint i64 %1628, 32
  %1630 = getelementptr inbounds float, ptr %Gm, i64 %1629
  %1631 = or disjoint i64 %1628, 64
  %1632 = getelementptr inbounds float, ptr %Gm, i64 %1631
  %1633 = or disjoint i64 %1628, 96
  %1634 = getelementptr inbounds float, ptr %Gm, i64 %1633
  %xtraiter = and i64 %umax3503, 1
  %1635 = icmp eq i64 %umax3503, 1
  br i1 %1635, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3503, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02565 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1676, %j17.body ]
  %acc25.02564 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1677, %j17.body ]
  %acc26.02563 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1682, %j17.body ]
  %acc27.02562 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1683, %j17.body ]
  %acc28.02561 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1688, %j17.body ]
  %acc29.02560 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1689, %j17.body ]
  %acc30.02559 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1694, %j17.body ]
  %acc31.02558 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1695, %j17.body ]
  %j17.addr.02557 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1636 = shl nsw i64 %j17.addr.02557, 5
  %1637 = getelementptr inbounds float, ptr %Vn, i64 %1636
  %1638 = load <16 x float>, ptr %1637, align 4
  %1639 = or disjoint i64 %1636, 16
  %1640 = getelementptr inbounds float, ptr %Vn, i64 %1639
  %1641 = load <16 x float>, ptr %1640, align 4
  %1642 = getelementptr inbounds float, ptr %1627, i64 %j17.addr.02557
  %1643 = load float, ptr %1642, align 4
  %1644 = insertelement <16 x float> poison, float %1643, i64 0
  %1645 = shufflevector <16 x float> %1644, <16 x float> poison, <16 x i32> zeroinitializer
  %1646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1638, <16 x float> %acc24.02565)
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1645, <16 x float> %1641, <16 x float> %acc25.02564)
  %1648 = getelementptr inbounds float, ptr %1630, i64 %j17.addr.02557
  %1649 = load float, ptr %1648, align 4
  %1650 = insertelement <16 x float> poison, float %1649, i64 0
  %1651 = shufflevector <16 x float> %1650, <16 x float> poison, <16 x i32> zeroinitializer
  %1652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1651, <16 x float> %1638, <16 x float> %acc26.02563)
  %1653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1651, <16 x float> %1641, <16 x float> %acc27.02562)
  %1654 = getelementptr inbounds float, ptr %1632, i64 %j17.addr.02557
  %1655 = load float, ptr %1654, align 4
  %1656 = insertelement <16 x float> poison, float %1655, i64 0
  %1657 = shufflevector <16 x float> %1656, <16 x float> poison, <16 x i32> zeroinitializer
  %1658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1657, <16 x float> %1638, <16 x float> %acc28.02561)
  %1659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1657, <16 x float> %1641, <16 x float> %acc29.02560)
  %1660 = getelementptr inbounds float, ptr %1634, i64 %j17.addr.02557
  %1661 = load float, ptr %1660, align 4
  %1662 = insertelement <16 x float> poison, float %1661, i64 0
  %1663 = shufflevector <16 x float> %1662, <16 x float> poison, <16 x i32> zeroinitializer
  %1664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1663, <16 x float> %1638, <16 x float> %acc30.02559)
  %1665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1663, <16 x float> %1641, <16 x float> %acc31.02558)
  %j17.next = or disjoint i64 %j17.addr.02557, 1
  %1666 = shl nsw i64 %j17.next, 5
  %1667 = getelementptr inbounds float, ptr %Vn, i64 %1666
  %1668 = load <16 x float>, ptr %1667, align 4
  %1669 = or disjoint i64 %1666, 16
  %1670 = getelementptr inbounds float, ptr %Vn, i64 %1669
  %1671 = load <16 x float>, ptr %1670, align 4
  %1672 = getelementptr inbounds float, ptr %1627, i64 %j17.next
  %1673 = load float, ptr %1672, align 4
  %1674 = insertelement <16 x float> poison, float %1673, i64 0
  %1675 = shufflevector <16 x float> %1674, <16 x float> poison, <16 x i32> zeroinitializer
  %1676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1675, <16 x float> %1668, <16 x float> %1646)
  %1677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1675, <16 x float> %1671, <16 x float> %1647)
  %1678 = getelementptr inbounds float, ptr %1630, i64 %j17.next
  %1679 = load float, ptr %1678, align 4
  %1680 = insertelement <16 x float> poison, float %1679, i64 0
  %1681 = shufflevector <16 x float> %1680, <16 x float> poison, <16 x i32> zeroinitializer
  %1682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1681, <16 x float> %1668, <16 x float> %1652)
  %1683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1681, <16 x float> %1671, <16 x float> %1653)
  %1684 = getelementptr inbounds float, ptr %1632, i64 %j17.next
  %1685 = load float, ptr %1684, align 4
  %1686 = insertelement <16 x float> poison, float %1685, i64 0
  %1687 = shufflevector <16 x float> %1686, <16 x float> poison, <16 x i32> zeroinitializer
  %1688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1687, <16 x float> %1668, <16 x float> %1658)
  %1689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1687, <16 x float> %1671, <16 x float> %1659)
  %1690 = getelementptr inbounds float, ptr %1634, i64 %j17.next
  %1691 = load float, ptr %1690, align 4
  %1692 = insertelement <16 x float> poison, float %1691, i64 0
  %1693 = shufflevector <16 x float> %1692, <16 x float> poison, <16 x i32> zeroinitializer
  %1694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1693, <16 x float> %1668, <16 x float> %1664)
  %1695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1693, <16 x float> %1671, <16 x float> %1665)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02557, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3374.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1676, %j17.body ]
  %.lcssa3373.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1677, %j17.body ]
  %.lcssa3372.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1682, %j17.body ]
  %.lcssa3371.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1683, %j17.body ]
  %.lcssa3370.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1688, %j17.body ]
  %.lcssa3369.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1689, %j17.body ]
  %.lcssa3368.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1694, %j17.body ]
  %.lcssa3367.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1695, %j17.body ]
  %acc24.02565.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1676, %j17.body ]
  %acc25.02564.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1677, %j17.body ]
  %acc26.02563.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1682, %j17.body ]
  %acc27.02562.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1683, %j17.body ]
  %acc28.02561.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1688, %j17.body ]
  %acc29.02560.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1689, %j17.body ]
  %acc30.02559.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1694, %j17.body ]
  %acc31.02558.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1695, %j17.body ]
  %j17.addr.02557.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1696 = shl nsw i64 %j17.addr.02557.unr, 5
  %1697 = getelementptr inbounds float, ptr %Vn, i64 %1696
  %1698 = load <16 x float>, ptr %1697, align 4
  %1699 = or disjoint i64 %1696, 16
  %1700 = getelementptr inbounds float, ptr %Vn, i64 %1699
  %1701 = load <16 x float>, ptr %1700, align 4
  %1702 = getelementptr inbounds float, ptr %1627, i64 %j17.addr.02557.unr
  %1703 = load float, ptr %1702, align 4
  %1704 = insertelement <16 x float> poison, float %1703, i64 0
  %1705 = shufflevector <16 x float> %1704, <16 x float> poison, <16 x i32> zeroinitializer
  %1706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1705, <16 x float> %1698, <16 x float> %acc24.02565.unr)
  %1707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1705, <16 x float> %1701, <16 x float> %acc25.02564.unr)
  %1708 = getelementptr inbounds float, ptr %1630, i64 %j17.addr.02557.unr
  %1709 = load float, ptr %1708, align 4
  %1710 = insertelement <16 x float> poison, float %1709, i64 0
  %1711 = shufflevector <16 x float> %1710, <16 x float> poison, <16 x i32> zeroinitializer
  %1712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1711, <16 x float> %1698, <16 x float> %acc26.02563.unr)
  %1713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1711, <16 x float> %1701, <16 x float> %acc27.02562.unr)
  %1714 = getelementptr inbounds float, ptr %1632, i64 %j17.addr.02557.unr
  %1715 = load float, ptr %1714, align 4
  %1716 = insertelement <16 x float> poison, float %1715, i64 0
  %1717 = shufflevector <16 x float> %1716, <16 x float> poison, <16 x i32> zeroinitializer
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1717, <16 x float> %1698, <16 x float> %acc28.02561.unr)
  %1719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1717, <16 x float> %1701, <16 x float> %acc29.02560.unr)
  %1720 = getelementptr inbounds float, ptr %1634, i64 %j17.addr.02557.unr
  %1721 = load float, ptr %1720, align 4
  %1722 = insertelement <16 x float> poison, float %1721, i64 0
  %1723 = shufflevector <16 x float> %1722, <16 x float> poison, <16 x i32> zeroinitializer
  %1724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1723, <16 x float> %1698, <16 x float> %acc30.02559.unr)
  %1725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1723, <16 x float> %1701, <16 x float> %acc31.02558.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi2989 = phi i64 [ 0, %ib.body ], [ %.idx2495, %j17.exit.loopexit.unr-lcssa ], [ %.idx2495, %j17.body.epil ]
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1628, %j17.exit.loopexit.unr-lcssa ], [ %1628, %j17.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3367.ph, %j17.exit.loopexit.unr-lcssa ], [ %1725, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3368.ph, %j17.exit.loopexit.unr-lcssa ], [ %1724, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3369.ph, %j17.exit.loopexit.unr-lcssa ], [ %1719, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3370.ph, %j17.exit.loopexit.unr-lcssa ], [ %1718, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3371.ph, %j17.exit.loopexit.unr-lcssa ], [ %1713, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3372.ph, %j17.exit.loopexit.unr-lcssa ], [ %1712, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3373.ph, %j17.exit.loopexit.unr-lcssa ], [ %1707, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3374.ph, %j17.exit.loopexit.unr-lcssa ], [ %1706, %j17.body.epil ]
  %1726 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1727 = load float, ptr %1726, align 4
  %1728 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1729 = load <16 x float>, ptr %1728, align 4
  %1730 = fsub <16 x float> %1729, %acc24.0.lcssa
  store <16 x float> %1730, ptr %1728, align 4
  %1731 = insertelement <16 x float> poison, float %1727, i64 0
  %1732 = shufflevector <16 x float> %1731, <16 x float> poison, <16 x i32> zeroinitializer
  %1733 = fmul <16 x float> %1732, %1730
  %1734 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1733, ptr %1734, align 4
  %1735 = getelementptr inbounds float, ptr %Ak, i64 %.pre-phi2989
  store <16 x float> %1733, ptr %1735, align 4
  %1736 = or disjoint i64 %.pre-phi, 16
  %1737 = getelementptr inbounds float, ptr %Rr, i64 %1736
  %1738 = load <16 x float>, ptr %1737, align 4
  %1739 = fsub <16 x float> %1738, %acc25.0.lcssa
  store <16 x float> %1739, ptr %1737, align 4
  %1740 = fmul <16 x float> %1732, %1739
  %1741 = getelementptr inbounds float, ptr %Vn, i64 %1736
  store <16 x float> %1740, ptr %1741, align 4
  %1742 = or disjoint i64 %.pre-phi2989, 16
  %1743 = getelementptr inbounds float, ptr %Ak, i64 %1742
  store <16 x float> %1740, ptr %1743, align 4
  %i18 = or disjoint i64 %i0, 1
  %1744 = shl nuw nsw i64 %i18, 5
  %1745 = or disjoint i64 %1744, %i0
  %1746 = getelementptr inbounds float, ptr %Gm, i64 %1745
  %1747 = load float, ptr %1746, align 4
  %1748 = insertelement <16 x float> poison, float %1747, i64 0
  %1749 = shufflevector <16 x float> %1748, <16 x float> poison, <16 x i32> zeroinitializer
  %1750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1733, <16 x float> %acc26.0.lcssa)
  %1751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1740, <16 x float> %acc27.0.lcssa)
  %1752 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1753 = load float, ptr %1752, align 4
  %1754 = getelementptr inbounds float, ptr %Rr, i64 %1744
  %1755 = load <16 x float>, ptr %1754, align 4
  %1756 = fsub <16 x float> %1755, %1750
  store <16 x float> %1756, ptr %1754, align 4
  %1757 = insertelement <16 x float> poison, float %1753, i64 0
  %1758 = shufflevector <16 x float> %1757, <16 x float> poison, <16 x i32> zeroinitializer
  %1759 = fmul <16 x float> %1758, %1756
  %1760 = getelementptr inbounds float, ptr %Vn, i64 %1744
  store <16 x float> %1759, ptr %1760, align 4
  %1761 = shl nuw nsw i64 %i18, 7
  %1762 = getelementptr inbounds float, ptr %Ak, i64 %1761
  store <16 x float> %1759, ptr %1762, align 4
  %1763 = or disjoint i64 %1744, 16
  %1764 = getelementptr inbounds float, ptr %Rr, i64 %1763
  %1765 = load <16 x float>, ptr %1764, align 4
  %1766 = fsub <16 x float> %1765, %1751
  store <16 x float> %1766, ptr %1764, align 4
  %1767 = fmul <16 x float> %1758, %1766
  %1768 = getelementptr inbounds float, ptr %Vn, i64 %1763
  store <16 x float> %1767, ptr %1768, align 4
  %1769 = or disjoint i64 %1761, 16
  %1770 = getelementptr inbounds float, ptr %Ak, i64 %1769
  store <16 x float> %1767, ptr %1770, align 4
  %i19 = or disjoint i64 %i0, 2
  %1771 = shl nuw nsw i64 %i19, 5
  %1772 = or disjoint i64 %1771, %i0
  %1773 = getelementptr inbounds float, ptr %Gm, i64 %1772
  %1774 = load float, ptr %1773, align 4
  %1775 = insertelement <16 x float> poison, float %1774, i64 0
  %1776 = shufflevector <16 x float> %1775, <16 x float> poison, <16 x i32> zeroinitializer
  %1777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1733, <16 x float> %acc28.0.lcssa)
  %1778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1740, <16 x float> %acc29.0.lcssa)
  %1779 = or disjoint i64 %1771, %i18
  %1780 = getelementptr inbounds float, ptr %Gm, i64 %1779
  %1781 = load float, ptr %1780, align 4
  %1782 = insertelement <16 x float> poison, float %1781, i64 0
  %1783 = shufflevector <16 x float> %1782, <16 x float> poison, <16 x i32> zeroinitializer
  %1784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1783, <16 x float> %1759, <16 x float> %1777)
  %1785 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1783, <16 x float> %1767, <16 x float> %1778)
  %1786 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1787 = load float, ptr %1786, align 4
  %1788 = getelementptr inbounds float, ptr %Rr, i64 %1771
  %1789 = load <16 x float>, ptr %1788, align 4
  %1790 = fsub <16 x float> %1789, %1784
  store <16 x float> %1790, ptr %1788, align 4
  %1791 = insertelement <16 x float> poison, float %1787, i64 0
  %1792 = shufflevector <16 x float> %1791, <16 x float> poison, <16 x i32> zeroinitializer
  %1793 = fmul <16 x float> %1792, %1790
  %1794 = getelementptr inbounds float, ptr %Vn, i64 %1771
  store <16 x float> %1793, ptr %1794, align 4
  %1795 = shl nuw nsw i64 %i19, 7
  %1796 = getelementptr inbounds float, ptr %Ak, i64 %1795
  store <16 x float> %1793, ptr %1796, align 4
  %1797 = or disjoint i64 %1771, 16
  %1798 = getelementptr inbounds float, ptr %Rr, i64 %1797
  %1799 = load <16 x float>, ptr %1798, align 4
  %1800 = fsub <16 x float> %1799, %1785
  store <16 x float> %1800, ptr %1798, align 4
  %1801 = fmul <16 x float> %1792, %1800
  %1802 = getelementptr inbounds float, ptr %Vn, i64 %1797
  store <16 x float> %1801, ptr %1802, align 4
  %1803 = or disjoint i64 %1795, 16
  %1804 = getelementptr inbounds float, ptr %Ak, i64 %1803
  store <16 x float> %1801, ptr %1804, align 4
  %i20 = or disjoint i64 %i0, 3
  %1805 = shl nuw nsw i64 %i20, 5
  %1806 = or disjoint i64 %1805, %i0
  %1807 = getelementptr inbounds float, ptr %Gm, i64 %1806
  %1808 = load float, ptr %1807, align 4
  %1809 = insertelement <16 x float> poison, float %1808, i64 0
  %1810 = shufflevector <16 x float> %1809, <16 x float> poison, <16 x i32> zeroinitializer
  %1811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1810, <16 x float> %1733, <16 x float> %acc30.0.lcssa)
  %1812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1810, <16 x float> %1740, <16 x float> %acc31.0.lcssa)
  %1813 = or disjoint i64 %1805, %i18
  %1814 = getelementptr inbounds float, ptr %Gm, i64 %1813
  %1815 = load float, ptr %1814, align 4
  %1816 = insertelement <16 x float> poison, float %1815, i64 0
  %1817 = shufflevector <16 x float> %1816, <16 x float> poison, <16 x i32> zeroinitializer
  %1818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1817, <16 x float> %1759, <16 x float> %1811)
  %1819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1817, <16 x float> %1767, <16 x float> %1812)
  %1820 = or disjoint i64 %1805, %i19
  %1821 = getelementptr inbounds float, ptr %Gm, i64 %1820
  %1822 = load float, ptr %1821, align 4
  %1823 = insertelement <16 x float> poison, float %1822, i64 0
  %1824 = shufflevector <16 x float> %1823, <16 x float> poison, <16 x i32> zeroinitializer
  %1825 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1824, <16 x float> %1793, <16 x float> %1818)
  %1826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1824, <16 x float> %1801, <16 x float> %1819)
  %1827 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1828 = load float, ptr %1827, align 4
  %1829 = getelementptr inbounds float, ptr %Rr, i64 %1805
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = fsub <16 x float> %1830, %1825
  store <16 x float> %1831, ptr %1829, align 4
  %1832 = insertelement <16 x float> poison, float %1828, i64 0
  %1833 = shufflevector <16 x float> %1832, <16 x float> poison, <16 x i32> zeroinitializer
  %1834 = fmul <16 x float> %1833, %1831
  %1835 = getelementptr inbounds float, ptr %Vn, i64 %1805
  store <16 x float> %1834, ptr %1835, align 4
  %1836 = shl nuw nsw i64 %i20, 7
  %1837 = getelementptr inbounds float, ptr %Ak, i64 %1836
  store <16 x float> %1834, ptr %1837, align 4
  %1838 = or disjoint i64 %1805, 16
  %1839 = getelementptr inbounds float, ptr %Rr, i64 %1838
  %1840 = load <16 x float>, ptr %1839, align 4
  %1841 = fsub <16 x float> %1840, %1826
  store <16 x float> %1841, ptr %1839, align 4
  %1842 = fmul <16 x float> %1833, %1841
  %1843 = getelementptr inbounds float, ptr %Vn, i64 %1838
  store <16 x float> %1842, ptr %1843, align 4
  %1844 = or disjoint i64 %1836, 16
  %1845 = getelementptr inbounds float, ptr %Ak, i64 %1844
  store <16 x float> %1842, ptr %1845, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02573, 1
  %exitcond2960.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond2960.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %1846 = phi i1 [ false, %j18.exit ], [ true, %j17.exit ]
  %i21.addr.02575 = phi i64 [ 16, %j18.exit ], [ 0, %j17.exit ]
  %1847 = shl nuw nsw i64 %i21.addr.02575, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1848 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02574 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1849 = or disjoint i64 %j18.addr.02574, %1847
  %1850 = getelementptr inbounds float, ptr %Vn, i64 %1849
  %1851 = load <16 x float>, ptr %1850, align 4
  %1852 = or disjoint i64 %1849, 256
  %1853 = getelementptr inbounds float, ptr %Vn, i64 %1852
  %1854 = load <16 x float>, ptr %1853, align 4
  %1855 = or disjoint i64 %1849, 32
  %1856 = getelementptr inbounds float, ptr %Vn, i64 %1855
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = or disjoint i64 %1849, 288
  %1859 = getelementptr inbounds float, ptr %Vn, i64 %1858
  %1860 = load <16 x float>, ptr %1859, align 4
  %1861 = or disjoint i64 %1849, 64
  %1862 = getelementptr inbounds float, ptr %Vn, i64 %1861
  %1863 = load <16 x float>, ptr %1862, align 4
  %1864 = or disjoint i64 %1849, 320
  %1865 = getelementptr inbounds float, ptr %Vn, i64 %1864
  %1866 = load <16 x float>, ptr %1865, align 4
  %1867 = or disjoint i64 %1849, 96
  %1868 = getelementptr inbounds float, ptr %Vn, i64 %1867
  %1869 = load <16 x float>, ptr %1868, align 4
  %1870 = or disjoint i64 %1849, 352
  %1871 = getelementptr inbounds float, ptr %Vn, i64 %1870
  %1872 = load <16 x float>, ptr %1871, align 4
  %1873 = or disjoint i64 %1849, 128
  %1874 = getelementptr inbounds float, ptr %Vn, i64 %1873
  %1875 = load <16 x float>, ptr %1874, align 4
  %1876 = or disjoint i64 %1849, 384
  %1877 = getelementptr inbounds float, ptr %Vn, i64 %1876
  %1878 = load <16 x float>, ptr %1877, align 4
  %1879 = or disjoint i64 %1849, 160
  %1880 = getelementptr inbounds float, ptr %Vn, i64 %1879
  %1881 = load <16 x float>, ptr %1880, align 4
  %1882 = or disjoint i64 %1849, 416
  %1883 = getelementptr inbounds float, ptr %Vn, i64 %1882
  %1884 = load <16 x float>, ptr %1883, align 4
  %1885 = or disjoint i64 %1849, 192
  %1886 = getelementptr inbounds float, ptr %Vn, i64 %1885
  %1887 = load <16 x float>, ptr %1886, align 4
  %1888 = or disjoint i64 %1849, 448
  %1889 = getelementptr inbounds float, ptr %Vn, i64 %1888
  %1890 = load <16 x float>, ptr %1889, align 4
  %1891 = or disjoint i64 %1849, 224
  %1892 = getelementptr inbounds float, ptr %Vn, i64 %1891
  %1893 = load <16 x float>, ptr %1892, align 4
  %1894 = or disjoint i64 %1849, 480
  %1895 = getelementptr inbounds float, ptr %Vn, i64 %1894
  %1896 = load <16 x float>, ptr %1895, align 4
  %1897 = shufflevector <16 x float> %1851, <16 x float> %1854, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1898 = shufflevector <16 x float> %1875, <16 x float> %1878, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1899 = shufflevector <16 x float> %1857, <16 x float> %1860, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1900 = shufflevector <16 x float> %1881, <16 x float> %1884, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1901 = shufflevector <16 x float> %1863, <16 x float> %1866, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1902 = shufflevector <16 x float> %1887, <16 x float> %1890, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1903 = shufflevector <16 x float> %1869, <16 x float> %1872, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1904 = shufflevector <16 x float> %1893, <16 x float> %1896, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1905 = shufflevector <16 x float> %1851, <16 x float> %1854, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1906 = shufflevector <16 x float> %1875, <16 x float> %1878, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1907 = shufflevector <16 x float> %1857, <16 x float> %1860, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1908 = shufflevector <16 x float> %1881, <16 x float> %1884, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1909 = shufflevector <16 x float> %1863, <16 x float> %1866, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1910 = shufflevector <16 x float> %1887, <16 x float> %1890, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1911 = shufflevector <16 x float> %1869, <16 x float> %1872, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1912 = shufflevector <16 x float> %1893, <16 x float> %1896, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1913 = shufflevector <16 x float> %1897, <16 x float> %1898, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1914 = shufflevector <16 x float> %1901, <16 x float> %1902, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1915 = shufflevector <16 x float> %1899, <16 x float> %1900, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1916 = shufflevector <16 x float> %1903, <16 x float> %1904, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1917 = shufflevector <16 x float> %1897, <16 x float> %1898, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1918 = shufflevector <16 x float> %1901, <16 x float> %1902, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1919 = shufflevector <16 x float> %1899, <16 x float> %1900, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1920 = shufflevector <16 x float> %1903, <16 x float> %1904, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1921 = shufflevector <16 x float> %1905, <16 x float> %1906, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1922 = shufflevector <16 x float> %1909, <16 x float> %1910, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1923 = shufflevector <16 x float> %1907, <16 x float> %1908, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1924 = shufflevector <16 x float> %1911, <16 x float> %1912, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1925 = shufflevector <16 x float> %1905, <16 x float> %1906, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1926 = shufflevector <16 x float> %1909, <16 x float> %1910, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1927 = shufflevector <16 x float> %1907, <16 x float> %1908, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1928 = shufflevector <16 x float> %1911, <16 x float> %1912, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1929 = shufflevector <16 x float> %1913, <16 x float> %1914, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1930 = shufflevector <16 x float> %1915, <16 x float> %1916, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1931 = shufflevector <16 x float> %1913, <16 x float> %1914, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1932 = shufflevector <16 x float> %1915, <16 x float> %1916, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1933 = shufflevector <16 x float> %1917, <16 x float> %1918, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1934 = shufflevector <16 x float> %1919, <16 x float> %1920, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1935 = shufflevector <16 x float> %1917, <16 x float> %1918, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1936 = shufflevector <16 x float> %1919, <16 x float> %1920, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1937 = shufflevector <16 x float> %1921, <16 x float> %1922, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1938 = shufflevector <16 x float> %1923, <16 x float> %1924, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1939 = shufflevector <16 x float> %1921, <16 x float> %1922, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1940 = shufflevector <16 x float> %1923, <16 x float> %1924, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1941 = shufflevector <16 x float> %1925, <16 x float> %1926, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1942 = shufflevector <16 x float> %1927, <16 x float> %1928, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1943 = shufflevector <16 x float> %1925, <16 x float> %1926, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1944 = shufflevector <16 x float> %1927, <16 x float> %1928, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1945 = shufflevector <16 x float> %1929, <16 x float> %1930, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1946 = shl nuw nsw i64 %j18.addr.02574, 5
  %1947 = or disjoint i64 %1946, %i21.addr.02575
  %1948 = getelementptr inbounds float, ptr %VnT, i64 %1947
  store <16 x float> %1945, ptr %1948, align 4
  %1949 = shufflevector <16 x float> %1929, <16 x float> %1930, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1950 = or disjoint i64 %1947, 32
  %1951 = getelementptr inbounds float, ptr %VnT, i64 %1950
  store <16 x float> %1949, ptr %1951, align 4
  %1952 = shufflevector <16 x float> %1931, <16 x float> %1932, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1953 = or disjoint i64 %1947, 64
  %1954 = getelementptr inbounds float, ptr %VnT, i64 %1953
  store <16 x float> %1952, ptr %1954, align 4
  %1955 = shufflevector <16 x float> %1931, <16 x float> %1932, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1956 = or disjoint i64 %1947, 96
  %1957 = getelementptr inbounds float, ptr %VnT, i64 %1956
  store <16 x float> %1955, ptr %1957, align 4
  %1958 = shufflevector <16 x float> %1933, <16 x float> %1934, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1959 = or disjoint i64 %1947, 128
  %1960 = getelementptr inbounds float, ptr %VnT, i64 %1959
  store <16 x float> %1958, ptr %1960, align 4
  %1961 = shufflevector <16 x float> %1933, <16 x float> %1934, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1962 = or disjoint i64 %1947, 160
  %1963 = getelementptr inbounds float, ptr %VnT, i64 %1962
  store <16 x float> %1961, ptr %1963, align 4
  %1964 = shufflevector <16 x float> %1935, <16 x float> %1936, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1965 = or disjoint i64 %1947, 192
  %1966 = getelementptr inbounds float, ptr %VnT, i64 %1965
  store <16 x float> %1964, ptr %1966, align 4
  %1967 = shufflevector <16 x float> %1935, <16 x float> %1936, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1968 = or disjoint i64 %1947, 224
  %1969 = getelementptr inbounds float, ptr %VnT, i64 %1968
  store <16 x float> %1967, ptr %1969, align 4
  %1970 = shufflevector <16 x float> %1937, <16 x float> %1938, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1971 = or disjoint i64 %1947, 256
  %1972 = getelementptr inbounds float, ptr %VnT, i64 %1971
  store <16 x float> %1970, ptr %1972, align 4
  %1973 = shufflevector <16 x float> %1937, <16 x float> %1938, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1974 = or disjoint i64 %1947, 288
  %1975 = getelementptr inbounds float, ptr %VnT, i64 %1974
  store <16 x float> %1973, ptr %1975, align 4
  %1976 = shufflevector <16 x float> %1939, <16 x float> %1940, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1977 = or disjoint i64 %1947, 320
  %1978 = getelementptr inbounds float, ptr %VnT, i64 %1977
  store <16 x float> %1976, ptr %1978, align 4
  %1979 = shufflevector <16 x float> %1939, <16 x float> %1940, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1980 = or disjoint i64 %1947, 352
  %1981 = getelementptr inbounds float, ptr %VnT, i64 %1980
  store <16 x float> %1979, ptr %1981, align 4
  %1982 = shufflevector <16 x float> %1941, <16 x float> %1942, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1983 = or disjoint i64 %1947, 384
  %1984 = getelementptr inbounds float, ptr %VnT, i64 %1983
  store <16 x float> %1982, ptr %1984, align 4
  %1985 = shufflevector <16 x float> %1941, <16 x float> %1942, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1986 = or disjoint i64 %1947, 416
  %1987 = getelementptr inbounds float, ptr %VnT, i64 %1986
  store <16 x float> %1985, ptr %1987, align 4
  %1988 = shufflevector <16 x float> %1943, <16 x float> %1944, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1989 = or disjoint i64 %1947, 448
  %1990 = getelementptr inbounds float, ptr %VnT, i64 %1989
  store <16 x float> %1988, ptr %1990, align 4
  %1991 = shufflevector <16 x float> %1943, <16 x float> %1944, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1992 = or disjoint i64 %1947, 480
  %1993 = getelementptr inbounds float, ptr %VnT, i64 %1992
  store <16 x float> %1991, ptr %1993, align 4
  br i1 %1848, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  br i1 %1846, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02593 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %1994 = shl nuw nsw i64 %i22.addr.02593, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02592 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2007, %p5.body ]
  %acc33.02591 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2008, %p5.body ]
  %acc34.02590 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2014, %p5.body ]
  %acc35.02589 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2015, %p5.body ]
  %acc36.02588 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2021, %p5.body ]
  %acc37.02587 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2022, %p5.body ]
  %acc38.02586 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2028, %p5.body ]
  %acc39.02585 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2029, %p5.body ]
  %acc40.02584 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2035, %p5.body ]
  %acc41.02583 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2036, %p5.body ]
  %acc42.02582 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2042, %p5.body ]
  %acc43.02581 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2043, %p5.body ]
  %acc44.02580 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2049, %p5.body ]
  %acc45.02579 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2050, %p5.body ]
  %acc46.02578 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2056, %p5.body ]
  %acc47.02577 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2057, %p5.body ]
  %p5.addr.02576 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1995 = shl nuw nsw i64 %p5.addr.02576, 5
  %1996 = getelementptr inbounds float, ptr %QcT, i64 %1995
  %1997 = load <16 x float>, ptr %1996, align 4
  %1998 = or disjoint i64 %1995, 16
  %1999 = getelementptr inbounds float, ptr %QcT, i64 %1998
  %2000 = load <16 x float>, ptr %1999, align 4
  %2001 = add nuw nsw i64 %p5.addr.02576, %1994
  %2002 = or disjoint i64 %2001, 3072
  %2003 = getelementptr inbounds float, ptr %Bk, i64 %2002
  %2004 = load float, ptr %2003, align 4
  %2005 = insertelement <16 x float> poison, float %2004, i64 0
  %2006 = shufflevector <16 x float> %2005, <16 x float> poison, <16 x i32> zeroinitializer
  %2007 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2006, <16 x float> %1997, <16 x float> %acc32.02592)
  %2008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2006, <16 x float> %2000, <16 x float> %acc33.02591)
  %2009 = or disjoint i64 %2001, 3104
  %2010 = getelementptr inbounds float, ptr %Bk, i64 %2009
  %2011 = load float, ptr %2010, align 4
  %2012 = insertelement <16 x float> poison, float %2011, i64 0
  %2013 = shufflevector <16 x float> %2012, <16 x float> poison, <16 x i32> zeroinitializer
  %2014 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2013, <16 x float> %1997, <16 x float> %acc34.02590)
  %2015 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2013, <16 x float> %2000, <16 x float> %acc35.02589)
  %2016 = or disjoint i64 %2001, 3136
  %2017 = getelementptr inbounds float, ptr %Bk, i64 %2016
  %2018 = load float, ptr %2017, align 4
  %2019 = insertelement <16 x float> poison, float %2018, i64 0
  %2020 = shufflevector <16 x float> %2019, <16 x float> poison, <16 x i32> zeroinitializer
  %2021 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2020, <16 x float> %1997, <16 x float> %acc36.02588)
  %2022 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2020, <16 x float> %2000, <16 x float> %acc37.02587)
  %2023 = or disjoint i64 %2001, 3168
  %2024 = getelementptr inbounds float, ptr %Bk, i64 %2023
  %2025 = load float, ptr %2024, align 4
  %2026 = insertelement <16 x float> poison, float %2025, i64 0
  %2027 = shufflevector <16 x float> %2026, <16 x float> poison, <16 x i32> zeroinitializer
  %2028 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2027, <16 x float> %1997, <16 x float> %acc38.02586)
  %2029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2027, <16 x float> %2000, <16 x float> %acc39.02585)
  %2030 = or disjoint i64 %2001, 3200
  %2031 = getelementptr inbounds float, ptr %Bk, i64 %2030
  %2032 = load float, ptr %2031, align 4
  %2033 = insertelement <16 x float> poison, float %2032, i64 0
  %2034 = shufflevector <16 x float> %2033, <16 x float> poison, <16 x i32> zeroinitializer
  %2035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2034, <16 x float> %1997, <16 x float> %acc40.02584)
  %2036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2034, <16 x float> %2000, <16 x float> %acc41.02583)
  %2037 = or disjoint i64 %2001, 3232
  %2038 = getelementptr inbounds float, ptr %Bk, i64 %2037
  %2039 = load float, ptr %2038, align 4
  %2040 = insertelement <16 x float> poison, float %2039, i64 0
  %2041 = shufflevector <16 x float> %2040, <16 x float> poison, <16 x i32> zeroinitializer
  %2042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2041, <16 x float> %1997, <16 x float> %acc42.02582)
  %2043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2041, <16 x float> %2000, <16 x float> %acc43.02581)
  %2044 = or disjoint i64 %2001, 3264
  %2045 = getelementptr inbounds float, ptr %Bk, i64 %2044
  %2046 = load float, ptr %2045, align 4
  %2047 = insertelement <16 x float> poison, float %2046, i64 0
  %2048 = shufflevector <16 x float> %2047, <16 x float> poison, <16 x i32> zeroinitializer
  %2049 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2048, <16 x float> %1997, <16 x float> %acc44.02580)
  %2050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2048, <16 x float> %2000, <16 x float> %acc45.02579)
  %2051 = or disjoint i64 %2001, 3296
  %2052 = getelementptr inbounds float, ptr %Bk, i64 %2051
  %2053 = load float, ptr %2052, align 4
  %2054 = insertelement <16 x float> poison, float %2053, i64 0
  %2055 = shufflevector <16 x float> %2054, <16 x float> poison, <16 x i32> zeroinitializer
  %2056 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2055, <16 x float> %1997, <16 x float> %acc46.02578)
  %2057 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2055, <16 x float> %2000, <16 x float> %acc47.02577)
  %p5.next = add nuw nsw i64 %p5.addr.02576, 1
  %exitcond2961.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2961.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %2058 = getelementptr inbounds float, ptr %PT, i64 %1994
  store <16 x float> %2007, ptr %2058, align 4
  %2059 = or disjoint i64 %1994, 16
  %2060 = getelementptr inbounds float, ptr %PT, i64 %2059
  store <16 x float> %2008, ptr %2060, align 4
  %2061 = or disjoint i64 %1994, 32
  %2062 = getelementptr inbounds float, ptr %PT, i64 %2061
  store <16 x float> %2014, ptr %2062, align 4
  %2063 = or disjoint i64 %1994, 48
  %2064 = getelementptr inbounds float, ptr %PT, i64 %2063
  store <16 x float> %2015, ptr %2064, align 4
  %2065 = or disjoint i64 %1994, 64
  %2066 = getelementptr inbounds float, ptr %PT, i64 %2065
  store <16 x float> %2021, ptr %2066, align 4
  %2067 = or disjoint i64 %1994, 80
  %2068 = getelementptr inbounds float, ptr %PT, i64 %2067
  store <16 x float> %2022, ptr %2068, align 4
  %2069 = or disjoint i64 %1994, 96
  %2070 = getelementptr inbounds float, ptr %PT, i64 %2069
  store <16 x float> %2028, ptr %2070, align 4
  %2071 = or disjoint i64 %1994, 112
  %2072 = getelementptr inbounds float, ptr %PT, i64 %2071
  store <16 x float> %2029, ptr %2072, align 4
  %2073 = or disjoint i64 %1994, 128
  %2074 = getelementptr inbounds float, ptr %PT, i64 %2073
  store <16 x float> %2035, ptr %2074, align 4
  %2075 = or disjoint i64 %1994, 144
  %2076 = getelementptr inbounds float, ptr %PT, i64 %2075
  store <16 x float> %2036, ptr %2076, align 4
  %2077 = or disjoint i64 %1994, 160
  %2078 = getelementptr inbounds float, ptr %PT, i64 %2077
  store <16 x float> %2042, ptr %2078, align 4
  %2079 = or disjoint i64 %1994, 176
  %2080 = getelementptr inbounds float, ptr %PT, i64 %2079
  store <16 x float> %2043, ptr %2080, align 4
  %2081 = or disjoint i64 %1994, 192
  %2082 = getelementptr inbounds float, ptr %PT, i64 %2081
  store <16 x float> %2049, ptr %2082, align 4
  %2083 = or disjoint i64 %1994, 208
  %2084 = getelementptr inbounds float, ptr %PT, i64 %2083
  store <16 x float> %2050, ptr %2084, align 4
  %2085 = or disjoint i64 %1994, 224
  %2086 = getelementptr inbounds float, ptr %PT, i64 %2085
  store <16 x float> %2056, ptr %2086, align 4
  %2087 = or disjoint i64 %1994, 240
  %2088 = getelementptr inbounds float, ptr %PT, i64 %2087
  store <16 x float> %2057, ptr %2088, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02593, 8
  %2089 = icmp ult i64 %i22.addr.02593, 24
  br i1 %2089, label %p5.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p5.exit, %s1.head.preheader
  %t2.addr.02595 = phi i64 [ %t2.next.3, %s1.head.preheader ], [ 0, %p5.exit ]
  %2090 = shl nuw nsw i64 %t2.addr.02595, 5
  %2091 = getelementptr inbounds float, ptr %PT, i64 %2090
  %2092 = load <16 x float>, ptr %2091, align 4
  %2093 = getelementptr inbounds float, ptr %M, i64 %2090
  %2094 = load <16 x float>, ptr %2093, align 4
  %2095 = fmul <16 x float> %2092, %2094
  store <16 x float> %2095, ptr %2091, align 4
  %2096 = or disjoint i64 %2090, 16
  %2097 = getelementptr inbounds float, ptr %PT, i64 %2096
  %2098 = load <16 x float>, ptr %2097, align 4
  %2099 = getelementptr inbounds float, ptr %M, i64 %2096
  %2100 = load <16 x float>, ptr %2099, align 4
  %2101 = fmul <16 x float> %2098, %2100
  store <16 x float> %2101, ptr %2097, align 4
  %t2.next = shl i64 %t2.addr.02595, 5
  %2102 = or disjoint i64 %t2.next, 32
  %2103 = getelementptr inbounds float, ptr %PT, i64 %2102
  %2104 = load <16 x float>, ptr %2103, align 4
  %2105 = getelementptr inbounds float, ptr %M, i64 %2102
  %2106 = load <16 x float>, ptr %2105, align 4
  %2107 = fmul <16 x float> %2104, %2106
  store <16 x float> %2107, ptr %2103, align 4
  %2108 = or disjoint i64 %t2.next, 48
  %2109 = getelementptr inbounds float, ptr %PT, i64 %2108
  %2110 = load <16 x float>, ptr %2109, align 4
  %2111 = getelementptr inbounds float, ptr %M, i64 %2108
  %2112 = load <16 x float>, ptr %2111, align 4
  %2113 = fmul <16 x float> %2110, %2112
  store <16 x float> %2113, ptr %2109, align 4
  %t2.next.1 = shl i64 %t2.addr.02595, 5
  %2114 = or disjoint i64 %t2.next.1, 64
  %2115 = getelementptr inbounds float, ptr %PT, i64 %2114
  %2116 = load <16 x float>, ptr %2115, align 4
  %2117 = getelementptr inbounds float, ptr %M, i64 %2114
  %2118 = load <16 x float>, ptr %2117, align 4
  %2119 = fmul <16 x float> %2116, %2118
  store <16 x float> %2119, ptr %2115, align 4
  %2120 = or disjoint i64 %t2.next.1, 80
  %2121 = getelementptr inbounds float, ptr %PT, i64 %2120
  %2122 = load <16 x float>, ptr %2121, align 4
  %2123 = getelementptr inbounds float, ptr %M, i64 %2120
  %2124 = load <16 x float>, ptr %2123, align 4
  %2125 = fmul <16 x float> %2122, %2124
  store <16 x float> %2125, ptr %2121, align 4
  %t2.next.2 = shl i64 %t2.addr.02595, 5
  %2126 = or disjoint i64 %t2.next.2, 96
  %2127 = getelementptr inbounds float, ptr %PT, i64 %2126
  %2128 = load <16 x float>, ptr %2127, align 4
  %2129 = getelementptr inbounds float, ptr %M, i64 %2126
  %2130 = load <16 x float>, ptr %2129, align 4
  %2131 = fmul <16 x float> %2128, %2130
  store <16 x float> %2131, ptr %2127, align 4
  %2132 = or disjoint i64 %t2.next.2, 112
  %2133 = getelementptr inbounds float, ptr %PT, i64 %2132
  %2134 = load <16 x float>, ptr %2133, align 4
  %2135 = getelementptr inbounds float, ptr %M, i64 %2132
  %2136 = load <16 x float>, ptr %2135, align 4
  %2137 = fmul <16 x float> %2134, %2136
  store <16 x float> %2137, ptr %2133, align 4
  %t2.next.3 = add nuw nsw i64 %t2.addr.02595, 4
  %exitcond2962.not.3 = icmp eq i64 %t2.next.3, 32
  br i1 %exitcond2962.not.3, label %j20.head.preheader, label %s1.head.preheader

j20.head.preheader:                               ; preds = %s1.head.preheader
  %2138 = load <16 x float>, ptr %invariant.gep3163, align 4
  store <16 x float> %2138, ptr %invariant.gep3165, align 4
  %2139 = load <16 x float>, ptr %invariant.gep3167, align 4
  store <16 x float> %2139, ptr %invariant.gep3169, align 4
  %2140 = load <16 x float>, ptr %gep3164.1, align 4
  store <16 x float> %2140, ptr %gep3166.1, align 4
  %2141 = load <16 x float>, ptr %gep3168.1, align 4
  store <16 x float> %2141, ptr %gep3170.1, align 4
  %2142 = load <16 x float>, ptr %gep3164.2, align 4
  store <16 x float> %2142, ptr %gep3166.2, align 4
  %2143 = load <16 x float>, ptr %gep3168.2, align 4
  store <16 x float> %2143, ptr %gep3170.2, align 4
  %2144 = load <16 x float>, ptr %gep3164.3, align 4
  store <16 x float> %2144, ptr %gep3166.3, align 4
  %2145 = load <16 x float>, ptr %gep3168.3, align 4
  store <16 x float> %2145, ptr %gep3170.3, align 4
  %2146 = load <16 x float>, ptr %gep3164.4, align 4
  store <16 x float> %2146, ptr %gep3166.4, align 4
  %2147 = load <16 x float>, ptr %gep3168.4, align 4
  store <16 x float> %2147, ptr %gep3170.4, align 4
  %2148 = load <16 x float>, ptr %gep3164.5, align 4
  store <16 x float> %2148, ptr %gep3166.5, align 4
  %2149 = load <16 x float>, ptr %gep3168.5, align 4
  store <16 x float> %2149, ptr %gep3170.5, align 4
  %2150 = load <16 x float>, ptr %gep3164.6, align 4
  store <16 x float> %2150, ptr %gep3166.6, align 4
  %2151 = load <16 x float>, ptr %gep3168.6, align 4
  store <16 x float> %2151, ptr %gep3170.6, align 4
  %2152 = load <16 x float>, ptr %gep3164.7, align 4
  store <16 x float> %2152, ptr %gep3166.7, align 4
  %2153 = load <16 x float>, ptr %gep3168.7, align 4
  store <16 x float> %2153, ptr %gep3170.7, align 4
  %2154 = load <16 x float>, ptr %gep3164.8, align 4
  store <16 x float> %2154, ptr %gep3166.8, align 4
  %2155 = load <16 x float>, ptr %gep3168.8, align 4
  store <16 x float> %2155, ptr %gep3170.8, align 4
  %2156 = load <16 x float>, ptr %gep3164.9, align 4
  store <16 x float> %2156, ptr %gep3166.9, align 4
  %2157 = load <16 x float>, ptr %gep3168.9, align 4
  store <16 x float> %2157, ptr %gep3170.9, align 4
  %2158 = load <16 x float>, ptr %gep3164.10, align 4
  store <16 x float> %2158, ptr %gep3166.10, align 4
  %2159 = load <16 x float>, ptr %gep3168.10, align 4
  store <16 x float> %2159, ptr %gep3170.10, align 4
  %2160 = load <16 x float>, ptr %gep3164.11, align 4
  store <16 x float> %2160, ptr %gep3166.11, align 4
  %2161 = load <16 x float>, ptr %gep3168.11, align 4
  store <16 x float> %2161, ptr %gep3170.11, align 4
  %2162 = load <16 x float>, ptr %gep3164.12, align 4
  store <16 x float> %2162, ptr %gep3166.12, align 4
  %2163 = load <16 x float>, ptr %gep3168.12, align 4
  store <16 x float> %2163, ptr %gep3170.12, align 4
  %2164 = load <16 x float>, ptr %gep3164.13, align 4
  store <16 x float> %2164, ptr %gep3166.13, align 4
  %2165 = load <16 x float>, ptr %gep3168.13, align 4
  store <16 x float> %2165, ptr %gep3170.13, align 4
  %2166 = load <16 x float>, ptr %gep3164.14, align 4
  store <16 x float> %2166, ptr %gep3166.14, align 4
  %2167 = load <16 x float>, ptr %gep3168.14, align 4
  store <16 x float> %2167, ptr %gep3170.14, align 4
  %2168 = load <16 x float>, ptr %gep3164.15, align 4
  store <16 x float> %2168, ptr %gep3166.15, align 4
  %2169 = load <16 x float>, ptr %gep3168.15, align 4
  store <16 x float> %2169, ptr %gep3170.15, align 4
  %2170 = load <16 x float>, ptr %gep3164.16, align 4
  store <16 x float> %2170, ptr %gep3166.16, align 4
  %2171 = load <16 x float>, ptr %gep3168.16, align 4
  store <16 x float> %2171, ptr %gep3170.16, align 4
  %2172 = load <16 x float>, ptr %gep3164.17, align 4
  store <16 x float> %2172, ptr %gep3166.17, align 4
  %2173 = load <16 x float>, ptr %gep3168.17, align 4
  store <16 x float> %2173, ptr %gep3170.17, align 4
  %2174 = load <16 x float>, ptr %gep3164.18, align 4
  store <16 x float> %2174, ptr %gep3166.18, align 4
  %2175 = load <16 x float>, ptr %gep3168.18, align 4
  store <16 x float> %2175, ptr %gep3170.18, align 4
  %2176 = load <16 x float>, ptr %gep3164.19, align 4
  store <16 x float> %2176, ptr %gep3166.19, align 4
  %2177 = load <16 x float>, ptr %gep3168.19, align 4
  store <16 x float> %2177, ptr %gep3170.19, align 4
  %2178 = load <16 x float>, ptr %gep3164.20, align 4
  store <16 x float> %2178, ptr %gep3166.20, align 4
  %2179 = load <16 x float>, ptr %gep3168.20, align 4
  store <16 x float> %2179, ptr %gep3170.20, align 4
  %2180 = load <16 x float>, ptr %gep3164.21, align 4
  store <16 x float> %2180, ptr %gep3166.21, align 4
  %2181 = load <16 x float>, ptr %gep3168.21, align 4
  store <16 x float> %2181, ptr %gep3170.21, align 4
  %2182 = load <16 x float>, ptr %gep3164.22, align 4
  store <16 x float> %2182, ptr %gep3166.22, align 4
  %2183 = load <16 x float>, ptr %gep3168.22, align 4
  store <16 x float> %2183, ptr %gep3170.22, align 4
  %2184 = load <16 x float>, ptr %gep3164.23, align 4
  store <16 x float> %2184, ptr %gep3166.23, align 4
  %2185 = load <16 x float>, ptr %gep3168.23, align 4
  store <16 x float> %2185, ptr %gep3170.23, align 4
  %2186 = load <16 x float>, ptr %gep3164.24, align 4
  store <16 x float> %2186, ptr %gep3166.24, align 4
  %2187 = load <16 x float>, ptr %gep3168.24, align 4
  store <16 x float> %2187, ptr %gep3170.24, align 4
  %2188 = load <16 x float>, ptr %gep3164.25, align 4
  store <16 x float> %2188, ptr %gep3166.25, align 4
  %2189 = load <16 x float>, ptr %gep3168.25, align 4
  store <16 x float> %2189, ptr %gep3170.25, align 4
  %2190 = load <16 x float>, ptr %gep3164.26, align 4
  store <16 x float> %2190, ptr %gep3166.26, align 4
  %2191 = load <16 x float>, ptr %gep3168.26, align 4
  store <16 x float> %2191, ptr %gep3170.26, align 4
  %2192 = load <16 x float>, ptr %gep3164.27, align 4
  store <16 x float> %2192, ptr %gep3166.27, align 4
  %2193 = load <16 x float>, ptr %gep3168.27, align 4
  store <16 x float> %2193, ptr %gep3170.27, align 4
  %2194 = load <16 x float>, ptr %gep3164.28, align 4
  store <16 x float> %2194, ptr %gep3166.28, align 4
  %2195 = load <16 x float>, ptr %gep3168.28, align 4
  store <16 x float> %2195, ptr %gep3170.28, align 4
  %2196 = load <16 x float>, ptr %gep3164.29, align 4
  store <16 x float> %2196, ptr %gep3166.29, align 4
  %2197 = load <16 x float>, ptr %gep3168.29, align 4
  store <16 x float> %2197, ptr %gep3170.29, align 4
  %2198 = load <16 x float>, ptr %gep3164.30, align 4
  store <16 x float> %2198, ptr %gep3166.30, align 4
  %2199 = load <16 x float>, ptr %gep3168.30, align 4
  store <16 x float> %2199, ptr %gep3170.30, align 4
  %2200 = load <16 x float>, ptr %gep3164.31, align 4
  store <16 x float> %2200, ptr %gep3166.31, align 4
  %2201 = load <16 x float>, ptr %gep3168.31, align 4
  store <16 x float> %2201, ptr %gep3170.31, align 4
  br label %i24.body

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02615 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %2202 = shl nuw nsw i64 %i24.addr.02615, 5
  %2203 = or disjoint i64 %2202, 1024
  %2204 = getelementptr inbounds float, ptr %OY, i64 %2203
  %2205 = load <16 x float>, ptr %2204, align 4
  %2206 = or disjoint i64 %2202, 1040
  %2207 = getelementptr inbounds float, ptr %OY, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  %2209 = or disjoint i64 %2202, 1056
  %2210 = getelementptr inbounds float, ptr %OY, i64 %2209
  %2211 = load <16 x float>, ptr %2210, align 4
  %2212 = or disjoint i64 %2202, 1072
  %2213 = getelementptr inbounds float, ptr %OY, i64 %2212
  %2214 = load <16 x float>, ptr %2213, align 4
  %2215 = or disjoint i64 %2202, 1088
  %2216 = getelementptr inbounds float, ptr %OY, i64 %2215
  %2217 = load <16 x float>, ptr %2216, align 4
  %2218 = or disjoint i64 %2202, 1104
  %2219 = getelementptr inbounds float, ptr %OY, i64 %2218
  %2220 = load <16 x float>, ptr %2219, align 4
  %2221 = or disjoint i64 %2202, 1120
  %2222 = getelementptr inbounds float, ptr %OY, i64 %2221
  %2223 = load <16 x float>, ptr %2222, align 4
  %2224 = or disjoint i64 %2202, 1136
  %2225 = getelementptr inbounds float, ptr %OY, i64 %2224
  %2226 = load <16 x float>, ptr %2225, align 4
  %2227 = or disjoint i64 %2202, 1152
  %2228 = getelementptr inbounds float, ptr %OY, i64 %2227
  %2229 = load <16 x float>, ptr %2228, align 4
  %2230 = or disjoint i64 %2202, 1168
  %2231 = getelementptr inbounds float, ptr %OY, i64 %2230
  %2232 = load <16 x float>, ptr %2231, align 4
  %2233 = or disjoint i64 %2202, 1184
  %2234 = getelementptr inbounds float, ptr %OY, i64 %2233
  %2235 = load <16 x float>, ptr %2234, align 4
  %2236 = or disjoint i64 %2202, 1200
  %2237 = getelementptr inbounds float, ptr %OY, i64 %2236
  %2238 = load <16 x float>, ptr %2237, align 4
  %2239 = or disjoint i64 %2202, 1216
  %2240 = getelementptr inbounds float, ptr %OY, i64 %2239
  %2241 = load <16 x float>, ptr %2240, align 4
  %2242 = or disjoint i64 %2202, 1232
  %2243 = getelementptr inbounds float, ptr %OY, i64 %2242
  %2244 = load <16 x float>, ptr %2243, align 4
  %2245 = or disjoint i64 %2202, 1248
  %2246 = getelementptr inbounds float, ptr %OY, i64 %2245
  %2247 = load <16 x float>, ptr %2246, align 4
  %2248 = or disjoint i64 %2202, 1264
  %2249 = getelementptr inbounds float, ptr %OY, i64 %2248
  %2250 = load <16 x float>, ptr %2249, align 4
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02614 = phi <16 x float> [ %2205, %i24.body ], [ %2262, %p6.body ]
  %acc49.02613 = phi <16 x float> [ %2208, %i24.body ], [ %2263, %p6.body ]
  %acc50.02612 = phi <16 x float> [ %2211, %i24.body ], [ %2269, %p6.body ]
  %acc51.02611 = phi <16 x float> [ %2214, %i24.body ], [ %2270, %p6.body ]
  %acc52.02610 = phi <16 x float> [ %2217, %i24.body ], [ %2276, %p6.body ]
  %acc53.02609 = phi <16 x float> [ %2220, %i24.body ], [ %2277, %p6.body ]
  %acc54.02608 = phi <16 x float> [ %2223, %i24.body ], [ %2283, %p6.body ]
  %p6.addr.02607 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %acc63.02606 = phi <16 x float> [ %2250, %i24.body ], [ %2312, %p6.body ]
  %acc62.02605 = phi <16 x float> [ %2247, %i24.body ], [ %2311, %p6.body ]
  %acc61.02604 = phi <16 x float> [ %2244, %i24.body ], [ %2305, %p6.body ]
  %acc60.02603 = phi <16 x float> [ %2241, %i24.body ], [ %2304, %p6.body ]
  %acc59.02602 = phi <16 x float> [ %2238, %i24.body ], [ %2298, %p6.body ]
  %acc58.02601 = phi <16 x float> [ %2235, %i24.body ], [ %2297, %p6.body ]
  %acc57.02600 = phi <16 x float> [ %2232, %i24.body ], [ %2291, %p6.body ]
  %acc56.02599 = phi <16 x float> [ %2229, %i24.body ], [ %2290, %p6.body ]
  %acc55.02598 = phi <16 x float> [ %2226, %i24.body ], [ %2284, %p6.body ]
  %2251 = shl nuw nsw i64 %p6.addr.02607, 5
  %2252 = getelementptr inbounds float, ptr %OY, i64 %2251
  %2253 = load <16 x float>, ptr %2252, align 4
  %2254 = or disjoint i64 %2251, 16
  %2255 = getelementptr inbounds float, ptr %OY, i64 %2254
  %2256 = load <16 x float>, ptr %2255, align 4
  %2257 = or disjoint i64 %p6.addr.02607, %2202
  %2258 = getelementptr inbounds float, ptr %PT, i64 %2257
  %2259 = load float, ptr %2258, align 4
  %2260 = insertelement <16 x float> poison, float %2259, i64 0
  %2261 = shufflevector <16 x float> %2260, <16 x float> poison, <16 x i32> zeroinitializer
  %2262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2261, <16 x float> %2253, <16 x float> %acc48.02614)
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2261, <16 x float> %2256, <16 x float> %acc49.02613)
  %2264 = or disjoint i64 %2257, 32
  %2265 = getelementptr inbounds float, ptr %PT, i64 %2264
  %2266 = load float, ptr %2265, align 4
  %2267 = insertelement <16 x float> poison, float %2266, i64 0
  %2268 = shufflevector <16 x float> %2267, <16 x float> poison, <16 x i32> zeroinitializer
  %2269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2268, <16 x float> %2253, <16 x float> %acc50.02612)
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2268, <16 x float> %2256, <16 x float> %acc51.02611)
  %2271 = or disjoint i64 %2257, 64
  %2272 = getelementptr inbounds float, ptr %PT, i64 %2271
  %2273 = load float, ptr %2272, align 4
  %2274 = insertelement <16 x float> poison, float %2273, i64 0
  %2275 = shufflevector <16 x float> %2274, <16 x float> poison, <16 x i32> zeroinitializer
  %2276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2253, <16 x float> %acc52.02610)
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2256, <16 x float> %acc53.02609)
  %2278 = or disjoint i64 %2257, 96
  %2279 = getelementptr inbounds float, ptr %PT, i64 %2278
  %2280 = load float, ptr %2279, align 4
  %2281 = insertelement <16 x float> poison, float %2280, i64 0
  %2282 = shufflevector <16 x float> %2281, <16 x float> poison, <16 x i32> zeroinitializer
  %2283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2282, <16 x float> %2253, <16 x float> %acc54.02608)
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2282, <16 x float> %2256, <16 x float> %acc55.02598)
  %2285 = or disjoint i64 %2257, 128
  %2286 = getelementptr inbounds float, ptr %PT, i64 %2285
  %2287 = load float, ptr %2286, align 4
  %2288 = insertelement <16 x float> poison, float %2287, i64 0
  %2289 = shufflevector <16 x float> %2288, <16 x float> poison, <16 x i32> zeroinitializer
  %2290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2289, <16 x float> %2253, <16 x float> %acc56.02599)
  %2291 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2289, <16 x float> %2256, <16 x float> %acc57.02600)
  %2292 = or disjoint i64 %2257, 160
  %2293 = getelementptr inbounds float, ptr %PT, i64 %2292
  %2294 = load float, ptr %2293, align 4
  %2295 = insertelement <16 x float> poison, float %2294, i64 0
  %2296 = shufflevector <16 x float> %2295, <16 x float> poison, <16 x i32> zeroinitializer
  %2297 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2296, <16 x float> %2253, <16 x float> %acc58.02601)
  %2298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2296, <16 x float> %2256, <16 x float> %acc59.02602)
  %2299 = or disjoint i64 %2257, 192
  %2300 = getelementptr inbounds float, ptr %PT, i64 %2299
  %2301 = load float, ptr %2300, align 4
  %2302 = insertelement <16 x float> poison, float %2301, i64 0
  %2303 = shufflevector <16 x float> %2302, <16 x float> poison, <16 x i32> zeroinitializer
  %2304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2303, <16 x float> %2253, <16 x float> %acc60.02603)
  %2305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2303, <16 x float> %2256, <16 x float> %acc61.02604)
  %2306 = or disjoint i64 %2257, 224
  %2307 = getelementptr inbounds float, ptr %PT, i64 %2306
  %2308 = load float, ptr %2307, align 4
  %2309 = insertelement <16 x float> poison, float %2308, i64 0
  %2310 = shufflevector <16 x float> %2309, <16 x float> poison, <16 x i32> zeroinitializer
  %2311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2310, <16 x float> %2253, <16 x float> %acc62.02605)
  %2312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2310, <16 x float> %2256, <16 x float> %acc63.02606)
  %p6.next = add nuw nsw i64 %p6.addr.02607, 1
  %exitcond2966.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2966.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %2262, ptr %2204, align 4
  store <16 x float> %2263, ptr %2207, align 4
  store <16 x float> %2269, ptr %2210, align 4
  store <16 x float> %2270, ptr %2213, align 4
  store <16 x float> %2276, ptr %2216, align 4
  store <16 x float> %2277, ptr %2219, align 4
  store <16 x float> %2283, ptr %2222, align 4
  store <16 x float> %2284, ptr %2225, align 4
  store <16 x float> %2290, ptr %2228, align 4
  store <16 x float> %2291, ptr %2231, align 4
  store <16 x float> %2297, ptr %2234, align 4
  store <16 x float> %2298, ptr %2237, align 4
  store <16 x float> %2304, ptr %2240, align 4
  store <16 x float> %2305, ptr %2243, align 4
  store <16 x float> %2311, ptr %2246, align 4
  store <16 x float> %2312, ptr %2249, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02615, 8
  %2313 = icmp ult i64 %i24.addr.02615, 24
  br i1 %2313, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02633 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %2314 = shl nuw nsw i64 %i25.addr.02633, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02632 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02631 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2376, %p7.body ]
  %acc78.02630 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2375, %p7.body ]
  %acc77.02629 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2369, %p7.body ]
  %acc76.02628 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2368, %p7.body ]
  %acc75.02627 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2362, %p7.body ]
  %acc74.02626 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2361, %p7.body ]
  %acc73.02625 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2355, %p7.body ]
  %acc72.02624 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2354, %p7.body ]
  %acc71.02623 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2348, %p7.body ]
  %acc70.02622 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2347, %p7.body ]
  %acc69.02621 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2341, %p7.body ]
  %acc68.02620 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2340, %p7.body ]
  %acc67.02619 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2334, %p7.body ]
  %acc66.02618 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2333, %p7.body ]
  %acc65.02617 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2327, %p7.body ]
  %acc64.02616 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2326, %p7.body ]
  %2315 = shl nuw nsw i64 %p7.addr.02632, 5
  %2316 = getelementptr inbounds float, ptr %dOT, i64 %2315
  %2317 = load <16 x float>, ptr %2316, align 4
  %2318 = or disjoint i64 %2315, 16
  %2319 = getelementptr inbounds float, ptr %dOT, i64 %2318
  %2320 = load <16 x float>, ptr %2319, align 4
  %2321 = add nuw nsw i64 %p7.addr.02632, %2314
  %2322 = getelementptr inbounds float, ptr %Vn, i64 %2321
  %2323 = load float, ptr %2322, align 4
  %2324 = insertelement <16 x float> poison, float %2323, i64 0
  %2325 = shufflevector <16 x float> %2324, <16 x float> poison, <16 x i32> zeroinitializer
  %2326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2325, <16 x float> %2317, <16 x float> %acc64.02616)
  %2327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2325, <16 x float> %2320, <16 x float> %acc65.02617)
  %2328 = or disjoint i64 %2321, 32
  %2329 = getelementptr inbounds float, ptr %Vn, i64 %2328
  %2330 = load float, ptr %2329, align 4
  %2331 = insertelement <16 x float> poison, float %2330, i64 0
  %2332 = shufflevector <16 x float> %2331, <16 x float> poison, <16 x i32> zeroinitializer
  %2333 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2332, <16 x float> %2317, <16 x float> %acc66.02618)
  %2334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2332, <16 x float> %2320, <16 x float> %acc67.02619)
  %2335 = or disjoint i64 %2321, 64
  %2336 = getelementptr inbounds float, ptr %Vn, i64 %2335
  %2337 = load float, ptr %2336, align 4
  %2338 = insertelement <16 x float> poison, float %2337, i64 0
  %2339 = shufflevector <16 x float> %2338, <16 x float> poison, <16 x i32> zeroinitializer
  %2340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2317, <16 x float> %acc68.02620)
  %2341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2339, <16 x float> %2320, <16 x float> %acc69.02621)
  %2342 = or disjoint i64 %2321, 96
  %2343 = getelementptr inbounds float, ptr %Vn, i64 %2342
  %2344 = load float, ptr %2343, align 4
  %2345 = insertelement <16 x float> poison, float %2344, i64 0
  %2346 = shufflevector <16 x float> %2345, <16 x float> poison, <16 x i32> zeroinitializer
  %2347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2346, <16 x float> %2317, <16 x float> %acc70.02622)
  %2348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2346, <16 x float> %2320, <16 x float> %acc71.02623)
  %2349 = or disjoint i64 %2321, 128
  %2350 = getelementptr inbounds float, ptr %Vn, i64 %2349
  %2351 = load float, ptr %2350, align 4
  %2352 = insertelement <16 x float> poison, float %2351, i64 0
  %2353 = shufflevector <16 x float> %2352, <16 x float> poison, <16 x i32> zeroinitializer
  %2354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2353, <16 x float> %2317, <16 x float> %acc72.02624)
  %2355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2353, <16 x float> %2320, <16 x float> %acc73.02625)
  %2356 = or disjoint i64 %2321, 160
  %2357 = getelementptr inbounds float, ptr %Vn, i64 %2356
  %2358 = load float, ptr %2357, align 4
  %2359 = insertelement <16 x float> poison, float %2358, i64 0
  %2360 = shufflevector <16 x float> %2359, <16 x float> poison, <16 x i32> zeroinitializer
  %2361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2317, <16 x float> %acc74.02626)
  %2362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2320, <16 x float> %acc75.02627)
  %2363 = or disjoint i64 %2321, 192
  %2364 = getelementptr inbounds float, ptr %Vn, i64 %2363
  %2365 = load float, ptr %2364, align 4
  %2366 = insertelement <16 x float> poison, float %2365, i64 0
  %2367 = shufflevector <16 x float> %2366, <16 x float> poison, <16 x i32> zeroinitializer
  %2368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2367, <16 x float> %2317, <16 x float> %acc76.02628)
  %2369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2367, <16 x float> %2320, <16 x float> %acc77.02629)
  %2370 = or disjoint i64 %2321, 224
  %2371 = getelementptr inbounds float, ptr %Vn, i64 %2370
  %2372 = load float, ptr %2371, align 4
  %2373 = insertelement <16 x float> poison, float %2372, i64 0
  %2374 = shufflevector <16 x float> %2373, <16 x float> poison, <16 x i32> zeroinitializer
  %2375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2374, <16 x float> %2317, <16 x float> %acc78.02630)
  %2376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2374, <16 x float> %2320, <16 x float> %acc79.02631)
  %p7.next = add nuw nsw i64 %p7.addr.02632, 1
  %exitcond2967.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond2967.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %2377 = shl nuw nsw i64 %i25.addr.02633, 7
  %2378 = or disjoint i64 %2377, 64
  %2379 = getelementptr inbounds float, ptr %Ak, i64 %2378
  store <16 x float> %2326, ptr %2379, align 4
  %2380 = or disjoint i64 %2377, 80
  %2381 = getelementptr inbounds float, ptr %Ak, i64 %2380
  store <16 x float> %2327, ptr %2381, align 4
  %2382 = or disjoint i64 %2377, 192
  %2383 = getelementptr inbounds float, ptr %Ak, i64 %2382
  store <16 x float> %2333, ptr %2383, align 4
  %2384 = or disjoint i64 %2377, 208
  %2385 = getelementptr inbounds float, ptr %Ak, i64 %2384
  store <16 x float> %2334, ptr %2385, align 4
  %2386 = or disjoint i64 %2377, 320
  %2387 = getelementptr inbounds float, ptr %Ak, i64 %2386
  store <16 x float> %2340, ptr %2387, align 4
  %2388 = or disjoint i64 %2377, 336
  %2389 = getelementptr inbounds float, ptr %Ak, i64 %2388
  store <16 x float> %2341, ptr %2389, align 4
  %2390 = or disjoint i64 %2377, 448
  %2391 = getelementptr inbounds float, ptr %Ak, i64 %2390
  store <16 x float> %2347, ptr %2391, align 4
  %2392 = or disjoint i64 %2377, 464
  %2393 = getelementptr inbounds float, ptr %Ak, i64 %2392
  store <16 x float> %2348, ptr %2393, align 4
  %2394 = or disjoint i64 %2377, 576
  %2395 = getelementptr inbounds float, ptr %Ak, i64 %2394
  store <16 x float> %2354, ptr %2395, align 4
  %2396 = or disjoint i64 %2377, 592
  %2397 = getelementptr inbounds float, ptr %Ak, i64 %2396
  store <16 x float> %2355, ptr %2397, align 4
  %2398 = or disjoint i64 %2377, 704
  %2399 = getelementptr inbounds float, ptr %Ak, i64 %2398
  store <16 x float> %2361, ptr %2399, align 4
  %2400 = or disjoint i64 %2377, 720
  %2401 = getelementptr inbounds float, ptr %Ak, i64 %2400
  store <16 x float> %2362, ptr %2401, align 4
  %2402 = or disjoint i64 %2377, 832
  %2403 = getelementptr inbounds float, ptr %Ak, i64 %2402
  store <16 x float> %2368, ptr %2403, align 4
  %2404 = or disjoint i64 %2377, 848
  %2405 = getelementptr inbounds float, ptr %Ak, i64 %2404
  store <16 x float> %2369, ptr %2405, align 4
  %2406 = or disjoint i64 %2377, 960
  %2407 = getelementptr inbounds float, ptr %Ak, i64 %2406
  store <16 x float> %2375, ptr %2407, align 4
  %2408 = or disjoint i64 %2377, 976
  %2409 = getelementptr inbounds float, ptr %Ak, i64 %2408
  store <16 x float> %2376, ptr %2409, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02633, 8
  %2410 = icmp ult i64 %i25.addr.02633, 24
  br i1 %2410, label %p7.head.preheader, label %s2.head.preheader

s2.head.preheader:                                ; preds = %p7.exit, %s2.head.preheader
  %t3.addr.02635 = phi i64 [ %t3.next.3, %s2.head.preheader ], [ 0, %p7.exit ]
  %.idx2768 = shl nsw i64 %t3.addr.02635, 9
  %gep3172 = getelementptr inbounds i8, ptr %invariant.gep3171, i64 %.idx2768
  %2411 = load <16 x float>, ptr %gep3172, align 4
  %.idx2769 = shl nsw i64 %t3.addr.02635, 7
  %2412 = getelementptr inbounds i8, ptr %M, i64 %.idx2769
  %2413 = load <16 x float>, ptr %2412, align 4
  %2414 = fmul <16 x float> %2411, %2413
  store <16 x float> %2414, ptr %gep3172, align 4
  %gep3174 = getelementptr inbounds i8, ptr %invariant.gep3173, i64 %.idx2768
  %2415 = load <16 x float>, ptr %gep3174, align 4
  %2416 = getelementptr inbounds i8, ptr %32, i64 %.idx2769
  %2417 = load <16 x float>, ptr %2416, align 4
  %2418 = fmul <16 x float> %2415, %2417
  store <16 x float> %2418, ptr %gep3174, align 4
  %t3.next = or disjoint i64 %t3.addr.02635, 1
  %.idx2768.1 = shl nsw i64 %t3.next, 9
  %gep3172.1 = getelementptr inbounds i8, ptr %invariant.gep3171, i64 %.idx2768.1
  %2419 = load <16 x float>, ptr %gep3172.1, align 4
  %.idx2769.1 = shl nsw i64 %t3.next, 7
  %2420 = getelementptr inbounds i8, ptr %M, i64 %.idx2769.1
  %2421 = load <16 x float>, ptr %2420, align 4
  %2422 = fmul <16 x float> %2419, %2421
  store <16 x float> %2422, ptr %gep3172.1, align 4
  %gep3174.1 = getelementptr inbounds i8, ptr %invariant.gep3173, i64 %.idx2768.1
  %2423 = load <16 x float>, ptr %gep3174.1, align 4
  %2424 = getelementptr inbounds i8, ptr %32, i64 %.idx2769.1
  %2425 = load <16 x float>, ptr %2424, align 4
  %2426 = fmul <16 x float> %2423, %2425
  store <16 x float> %2426, ptr %gep3174.1, align 4
  %t3.next.1 = or disjoint i64 %t3.addr.02635, 2
  %.idx2768.2 = shl nsw i64 %t3.next.1, 9
  %gep3172.2 = getelementptr inbounds i8, ptr %invariant.gep3171, i64 %.idx2768.2
  %2427 = load <16 x float>, ptr %gep3172.2, align 4
  %.idx2769.2 = shl nsw i64 %t3.next.1, 7
  %2428 = getelementptr inbounds i8, ptr %M, i64 %.idx2769.2
  %2429 = load <16 x float>, ptr %2428, align 4
  %2430 = fmul <16 x float> %2427, %2429
  store <16 x float> %2430, ptr %gep3172.2, align 4
  %gep3174.2 = getelementptr inbounds i8, ptr %invariant.gep3173, i64 %.idx2768.2
  %2431 = load <16 x float>, ptr %gep3174.2, align 4
  %2432 = getelementptr inbounds i8, ptr %32, i64 %.idx2769.2
  %2433 = load <16 x float>, ptr %2432, align 4
  %2434 = fmul <16 x float> %2431, %2433
  store <16 x float> %2434, ptr %gep3174.2, align 4
  %t3.next.2 = or disjoint i64 %t3.addr.02635, 3
  %.idx2768.3 = shl nsw i64 %t3.next.2, 9
  %gep3172.3 = getelementptr inbounds i8, ptr %invariant.gep3171, i64 %.idx2768.3
  %2435 = load <16 x float>, ptr %gep3172.3, align 4
  %.idx2769.3 = shl nsw i64 %t3.next.2, 7
  %2436 = getelementptr inbounds i8, ptr %M, i64 %.idx2769.3
  %2437 = load <16 x float>, ptr %2436, align 4
  %2438 = fmul <16 x float> %2435, %2437
  store <16 x float> %2438, ptr %gep3172.3, align 4
  %gep3174.3 = getelementptr inbounds i8, ptr %invariant.gep3173, i64 %.idx2768.3
  %2439 = load <16 x float>, ptr %gep3174.3, align 4
  %2440 = getelementptr inbounds i8, ptr %32, i64 %.idx2769.3
  %2441 = load <16 x float>, ptr %2440, align 4
  %2442 = fmul <16 x float> %2439, %2441
  store <16 x float> %2442, ptr %gep3174.3, align 4
  %t3.next.3 = add nuw nsw i64 %t3.addr.02635, 4
  %exitcond2968.not.3 = icmp eq i64 %t3.next.3, 32
  br i1 %exitcond2968.not.3, label %p8.head.preheader, label %s2.head.preheader

p8.head.preheader:                                ; preds = %s2.head.preheader, %p8.exit
  %i26.addr.02653 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s2.head.preheader ]
  %2443 = shl nuw nsw i64 %i26.addr.02653, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02652 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02651 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2506, %p8.body ]
  %acc94.02650 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2505, %p8.body ]
  %acc93.02649 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2499, %p8.body ]
  %acc92.02648 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2498, %p8.body ]
  %acc91.02647 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2492, %p8.body ]
  %acc90.02646 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2491, %p8.body ]
  %acc89.02645 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2485, %p8.body ]
  %acc88.02644 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2484, %p8.body ]
  %acc87.02643 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2478, %p8.body ]
  %acc86.02642 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2477, %p8.body ]
  %acc85.02641 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2471, %p8.body ]
  %acc84.02640 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2470, %p8.body ]
  %acc83.02639 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2464, %p8.body ]
  %acc82.02638 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2463, %p8.body ]
  %acc81.02637 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2457, %p8.body ]
  %acc80.02636 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2456, %p8.body ]
  %2444 = shl nuw nsw i64 %p8.addr.02652, 5
  %2445 = or disjoint i64 %2444, 1024
  %2446 = getelementptr inbounds float, ptr %Bk, i64 %2445
  %2447 = load <16 x float>, ptr %2446, align 4
  %2448 = or disjoint i64 %2444, 1040
  %2449 = getelementptr inbounds float, ptr %Bk, i64 %2448
  %2450 = load <16 x float>, ptr %2449, align 4
  %2451 = add nuw nsw i64 %p8.addr.02652, %2443
  %2452 = getelementptr inbounds float, ptr %OY, i64 %2451
  %2453 = load float, ptr %2452, align 4
  %2454 = insertelement <16 x float> poison, float %2453, i64 0
  %2455 = shufflevector <16 x float> %2454, <16 x float> poison, <16 x i32> zeroinitializer
  %2456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2447, <16 x float> %acc80.02636)
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2450, <16 x float> %acc81.02637)
  %2458 = or disjoint i64 %2451, 32
  %2459 = getelementptr inbounds float, ptr %OY, i64 %2458
  %2460 = load float, ptr %2459, align 4
  %2461 = insertelement <16 x float> poison, float %2460, i64 0
  %2462 = shufflevector <16 x float> %2461, <16 x float> poison, <16 x i32> zeroinitializer
  %2463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2447, <16 x float> %acc82.02638)
  %2464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2462, <16 x float> %2450, <16 x float> %acc83.02639)
  %2465 = or disjoint i64 %2451, 64
  %2466 = getelementptr inbounds float, ptr %OY, i64 %2465
  %2467 = load float, ptr %2466, align 4
  %2468 = insertelement <16 x float> poison, float %2467, i64 0
  %2469 = shufflevector <16 x float> %2468, <16 x float> poison, <16 x i32> zeroinitializer
  %2470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2447, <16 x float> %acc84.02640)
  %2471 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2469, <16 x float> %2450, <16 x float> %acc85.02641)
  %2472 = or disjoint i64 %2451, 96
  %2473 = getelementptr inbounds float, ptr %OY, i64 %2472
  %2474 = load float, ptr %2473, align 4
  %2475 = insertelement <16 x float> poison, float %2474, i64 0
  %2476 = shufflevector <16 x float> %2475, <16 x float> poison, <16 x i32> zeroinitializer
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2447, <16 x float> %acc86.02642)
  %2478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2450, <16 x float> %acc87.02643)
  %2479 = or disjoint i64 %2451, 128
  %2480 = getelementptr inbounds float, ptr %OY, i64 %2479
  %2481 = load float, ptr %2480, align 4
  %2482 = insertelement <16 x float> poison, float %2481, i64 0
  %2483 = shufflevector <16 x float> %2482, <16 x float> poison, <16 x i32> zeroinitializer
  %2484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2447, <16 x float> %acc88.02644)
  %2485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2483, <16 x float> %2450, <16 x float> %acc89.02645)
  %2486 = or disjoint i64 %2451, 160
  %2487 = getelementptr inbounds float, ptr %OY, i64 %2486
  %2488 = load float, ptr %2487, align 4
  %2489 = insertelement <16 x float> poison, float %2488, i64 0
  %2490 = shufflevector <16 x float> %2489, <16 x float> poison, <16 x i32> zeroinitializer
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2447, <16 x float> %acc90.02646)
  %2492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2450, <16 x float> %acc91.02647)
  %2493 = or disjoint i64 %2451, 192
  %2494 = getelementptr inbounds float, ptr %OY, i64 %2493
  %2495 = load float, ptr %2494, align 4
  %2496 = insertelement <16 x float> poison, float %2495, i64 0
  %2497 = shufflevector <16 x float> %2496, <16 x float> poison, <16 x i32> zeroinitializer
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2497, <16 x float> %2447, <16 x float> %acc92.02648)
  %2499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2497, <16 x float> %2450, <16 x float> %acc93.02649)
  %2500 = or disjoint i64 %2451, 224
  %2501 = getelementptr inbounds float, ptr %OY, i64 %2500
  %2502 = load float, ptr %2501, align 4
  %2503 = insertelement <16 x float> poison, float %2502, i64 0
  %2504 = shufflevector <16 x float> %2503, <16 x float> poison, <16 x i32> zeroinitializer
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2504, <16 x float> %2447, <16 x float> %acc94.02650)
  %2506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2504, <16 x float> %2450, <16 x float> %acc95.02651)
  %p8.next = add nuw nsw i64 %p8.addr.02652, 1
  %exitcond2969.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2969.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2507 = getelementptr inbounds float, ptr %dQc, i64 %2443
  store <16 x float> %2456, ptr %2507, align 4
  %2508 = or disjoint i64 %2443, 16
  %2509 = getelementptr inbounds float, ptr %dQc, i64 %2508
  store <16 x float> %2457, ptr %2509, align 4
  %2510 = or disjoint i64 %2443, 32
  %2511 = getelementptr inbounds float, ptr %dQc, i64 %2510
  store <16 x float> %2463, ptr %2511, align 4
  %2512 = or disjoint i64 %2443, 48
  %2513 = getelementptr inbounds float, ptr %dQc, i64 %2512
  store <16 x float> %2464, ptr %2513, align 4
  %2514 = or disjoint i64 %2443, 64
  %2515 = getelementptr inbounds float, ptr %dQc, i64 %2514
  store <16 x float> %2470, ptr %2515, align 4
  %2516 = or disjoint i64 %2443, 80
  %2517 = getelementptr inbounds float, ptr %dQc, i64 %2516
  store <16 x float> %2471, ptr %2517, align 4
  %2518 = or disjoint i64 %2443, 96
  %2519 = getelementptr inbounds float, ptr %dQc, i64 %2518
  store <16 x float> %2477, ptr %2519, align 4
  %2520 = or disjoint i64 %2443, 112
  %2521 = getelementptr inbounds float, ptr %dQc, i64 %2520
  store <16 x float> %2478, ptr %2521, align 4
  %2522 = or disjoint i64 %2443, 128
  %2523 = getelementptr inbounds float, ptr %dQc, i64 %2522
  store <16 x float> %2484, ptr %2523, align 4
  %2524 = or disjoint i64 %2443, 144
  %2525 = getelementptr inbounds float, ptr %dQc, i64 %2524
  store <16 x float> %2485, ptr %2525, align 4
  %2526 = or disjoint i64 %2443, 160
  %2527 = getelementptr inbounds float, ptr %dQc, i64 %2526
  store <16 x float> %2491, ptr %2527, align 4
  %2528 = or disjoint i64 %2443, 176
  %2529 = getelementptr inbounds float, ptr %dQc, i64 %2528
  store <16 x float> %2492, ptr %2529, align 4
  %2530 = or disjoint i64 %2443, 192
  %2531 = getelementptr inbounds float, ptr %dQc, i64 %2530
  store <16 x float> %2498, ptr %2531, align 4
  %2532 = or disjoint i64 %2443, 208
  %2533 = getelementptr inbounds float, ptr %dQc, i64 %2532
  store <16 x float> %2499, ptr %2533, align 4
  %2534 = or disjoint i64 %2443, 224
  %2535 = getelementptr inbounds float, ptr %dQc, i64 %2534
  store <16 x float> %2505, ptr %2535, align 4
  %2536 = or disjoint i64 %2443, 240
  %2537 = getelementptr inbounds float, ptr %dQc, i64 %2536
  store <16 x float> %2506, ptr %2537, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02653, 8
  %2538 = icmp ult i64 %i26.addr.02653, 24
  br i1 %2538, label %p8.head.preheader, label %i27.body.preheader

i27.body.preheader:                               ; preds = %p8.exit
  %L = tail call i64 @llvm.smin.i64(i64 %67, i64 32)
  br label %i27.body

i27.body:                                         ; preds = %i27.body.preheader, %endif1367
  %i27.addr.02671 = phi i64 [ %i27.next, %endif1367 ], [ 0, %i27.body.preheader ]
  %2539 = shl nuw nsw i64 %i27.addr.02671, 5
  %2540 = getelementptr inbounds float, ptr %dQc, i64 %2539
  %2541 = load <16 x float>, ptr %2540, align 4
  %2542 = or disjoint i64 %2539, 16
  %2543 = getelementptr inbounds float, ptr %dQc, i64 %2542
  %2544 = load <16 x float>, ptr %2543, align 4
  %2545 = or disjoint i64 %i27.addr.02671, 1
  %2546 = shl nuw nsw i64 %2545, 5
  %2547 = getelementptr inbounds float, ptr %dQc, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %2546, 16
  %2550 = getelementptr inbounds float, ptr %dQc, i64 %2549
  %2551 = load <16 x float>, ptr %2550, align 4
  %2552 = or disjoint i64 %i27.addr.02671, 2
  %2553 = shl nuw nsw i64 %2552, 5
  %2554 = getelementptr inbounds float, ptr %dQc, i64 %2553
  %2555 = load <16 x float>, ptr %2554, align 4
  %2556 = or disjoint i64 %2553, 16
  %2557 = getelementptr inbounds float, ptr %dQc, i64 %2556
  %2558 = load <16 x float>, ptr %2557, align 4
  %2559 = or disjoint i64 %i27.addr.02671, 3
  %2560 = shl nuw nsw i64 %2559, 5
  %2561 = getelementptr inbounds float, ptr %dQc, i64 %2560
  %2562 = load <16 x float>, ptr %2561, align 4
  %2563 = or disjoint i64 %2560, 16
  %2564 = getelementptr inbounds float, ptr %dQc, i64 %2563
  %2565 = load <16 x float>, ptr %2564, align 4
  %2566 = or disjoint i64 %i27.addr.02671, 4
  %2567 = shl nuw nsw i64 %2566, 5
  %2568 = getelementptr inbounds float, ptr %dQc, i64 %2567
  %2569 = load <16 x float>, ptr %2568, align 4
  %2570 = or disjoint i64 %2567, 16
  %2571 = getelementptr inbounds float, ptr %dQc, i64 %2570
  %2572 = load <16 x float>, ptr %2571, align 4
  %2573 = or disjoint i64 %i27.addr.02671, 5
  %2574 = shl nuw nsw i64 %2573, 5
  %2575 = getelementptr inbounds float, ptr %dQc, i64 %2574
  %2576 = load <16 x float>, ptr %2575, align 4
  %2577 = or disjoint i64 %2574, 16
  %2578 = getelementptr inbounds float, ptr %dQc, i64 %2577
  %2579 = load <16 x float>, ptr %2578, align 4
  %2580 = or disjoint i64 %i27.addr.02671, 6
  %2581 = shl nuw nsw i64 %2580, 5
  %2582 = getelementptr inbounds float, ptr %dQc, i64 %2581
  %2583 = load <16 x float>, ptr %2582, align 4
  %2584 = or disjoint i64 %2581, 16
  %2585 = getelementptr inbounds float, ptr %dQc, i64 %2584
  %2586 = load <16 x float>, ptr %2585, align 4
  %2587 = or disjoint i64 %i27.addr.02671, 7
  %2588 = shl nuw nsw i64 %2587, 5
  %2589 = getelementptr inbounds float, ptr %dQc, i64 %2588
  %2590 = load <16 x float>, ptr %2589, align 4
  %2591 = or disjoint i64 %2588, 16
  %2592 = getelementptr inbounds float, ptr %dQc, i64 %2591
  %2593 = load <16 x float>, ptr %2592, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02670 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02669 = phi <16 x float> [ %2593, %i27.body ], [ %2658, %p9.body ]
  %acc110.02668 = phi <16 x float> [ %2590, %i27.body ], [ %2657, %p9.body ]
  %acc109.02667 = phi <16 x float> [ %2586, %i27.body ], [ %2651, %p9.body ]
  %acc108.02666 = phi <16 x float> [ %2583, %i27.body ], [ %2650, %p9.body ]
  %acc107.02665 = phi <16 x float> [ %2579, %i27.body ], [ %2644, %p9.body ]
  %acc106.02664 = phi <16 x float> [ %2576, %i27.body ], [ %2643, %p9.body ]
  %acc105.02663 = phi <16 x float> [ %2572, %i27.body ], [ %2637, %p9.body ]
  %acc104.02662 = phi <16 x float> [ %2569, %i27.body ], [ %2636, %p9.body ]
  %acc103.02661 = phi <16 x float> [ %2565, %i27.body ], [ %2630, %p9.body ]
  %acc102.02660 = phi <16 x float> [ %2562, %i27.body ], [ %2629, %p9.body ]
  %acc101.02659 = phi <16 x float> [ %2558, %i27.body ], [ %2623, %p9.body ]
  %acc100.02658 = phi <16 x float> [ %2555, %i27.body ], [ %2622, %p9.body ]
  %acc99.02657 = phi <16 x float> [ %2551, %i27.body ], [ %2616, %p9.body ]
  %acc98.02656 = phi <16 x float> [ %2548, %i27.body ], [ %2615, %p9.body ]
  %acc97.02655 = phi <16 x float> [ %2544, %i27.body ], [ %2609, %p9.body ]
  %acc96.02654 = phi <16 x float> [ %2541, %i27.body ], [ %2608, %p9.body ]
  %2594 = shl nuw nsw i64 %p9.addr.02670, 5
  %2595 = or disjoint i64 %2594, 3072
  %2596 = getelementptr inbounds float, ptr %Bk, i64 %2595
  %2597 = load <16 x float>, ptr %2596, align 4
  %2598 = or disjoint i64 %2594, 3088
  %2599 = getelementptr inbounds float, ptr %Bk, i64 %2598
  %2600 = load <16 x float>, ptr %2599, align 4
  %2601 = shl nuw nsw i64 %p9.addr.02670, 7
  %2602 = or disjoint i64 %2601, 64
  %2603 = or disjoint i64 %2602, %i27.addr.02671
  %2604 = getelementptr inbounds float, ptr %Ak, i64 %2603
  %2605 = load float, ptr %2604, align 4
  %2606 = insertelement <16 x float> poison, float %2605, i64 0
  %2607 = shufflevector <16 x float> %2606, <16 x float> poison, <16 x i32> zeroinitializer
  %2608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2607, <16 x float> %2597, <16 x float> %acc96.02654)
  %2609 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2607, <16 x float> %2600, <16 x float> %acc97.02655)
  %2610 = or disjoint i64 %2602, %2545
  %2611 = getelementptr inbounds float, ptr %Ak, i64 %2610
  %2612 = load float, ptr %2611, align 4
  %2613 = insertelement <16 x float> poison, float %2612, i64 0
  %2614 = shufflevector <16 x float> %2613, <16 x float> poison, <16 x i32> zeroinitializer
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2614, <16 x float> %2597, <16 x float> %acc98.02656)
  %2616 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2614, <16 x float> %2600, <16 x float> %acc99.02657)
  %2617 = or disjoint i64 %2602, %2552
  %2618 = getelementptr inbounds float, ptr %Ak, i64 %2617
  %2619 = load float, ptr %2618, align 4
  %2620 = insertelement <16 x float> poison, float %2619, i64 0
  %2621 = shufflevector <16 x float> %2620, <16 x float> poison, <16 x i32> zeroinitializer
  %2622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2621, <16 x float> %2597, <16 x float> %acc100.02658)
  %2623 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2621, <16 x float> %2600, <16 x float> %acc101.02659)
  %2624 = or disjoint i64 %2602, %2559
  %2625 = getelementptr inbounds float, ptr %Ak, i64 %2624
  %2626 = load float, ptr %2625, align 4
  %2627 = insertelement <16 x float> poison, float %2626, i64 0
  %2628 = shufflevector <16 x float> %2627, <16 x float> poison, <16 x i32> zeroinitializer
  %2629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2628, <16 x float> %2597, <16 x float> %acc102.02660)
  %2630 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2628, <16 x float> %2600, <16 x float> %acc103.02661)
  %2631 = or disjoint i64 %2602, %2566
  %2632 = getelementptr inbounds float, ptr %Ak, i64 %2631
  %2633 = load float, ptr %2632, align 4
  %2634 = insertelement <16 x float> poison, float %2633, i64 0
  %2635 = shufflevector <16 x float> %2634, <16 x float> poison, <16 x i32> zeroinitializer
  %2636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2635, <16 x float> %2597, <16 x float> %acc104.02662)
  %2637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2635, <16 x float> %2600, <16 x float> %acc105.02663)
  %2638 = or disjoint i64 %2602, %2573
  %2639 = getelementptr inbounds float, ptr %Ak, i64 %2638
  %2640 = load float, ptr %2639, align 4
  %2641 = insertelement <16 x float> poison, float %2640, i64 0
  %2642 = shufflevector <16 x float> %2641, <16 x float> poison, <16 x i32> zeroinitializer
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2597, <16 x float> %acc106.02664)
  %2644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2600, <16 x float> %acc107.02665)
  %2645 = or disjoint i64 %2602, %2580
  %2646 = getelementptr inbounds float, ptr %Ak, i64 %2645
  %2647 = load float, ptr %2646, align 4
  %2648 = insertelement <16 x float> poison, float %2647, i64 0
  %2649 = shufflevector <16 x float> %2648, <16 x float> poison, <16 x i32> zeroinitializer
  %2650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2649, <16 x float> %2597, <16 x float> %acc108.02666)
  %2651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2649, <16 x float> %2600, <16 x float> %acc109.02667)
  %2652 = or disjoint i64 %2602, %2587
  %2653 = getelementptr inbounds float, ptr %Ak, i64 %2652
  %2654 = load float, ptr %2653, align 4
  %2655 = insertelement <16 x float> poison, float %2654, i64 0
  %2656 = shufflevector <16 x float> %2655, <16 x float> poison, <16 x i32> zeroinitializer
  %2657 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2597, <16 x float> %acc110.02668)
  %2658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2656, <16 x float> %2600, <16 x float> %acc111.02669)
  %p9.next = add nuw nsw i64 %p9.addr.02670, 1
  %exitcond2970.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2970.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2659 = icmp slt i64 %i27.addr.02671, %L
  br i1 %2659, label %then1305, label %endif1311

then1305:                                         ; preds = %p9.exit
  %2660 = fmul <16 x float> %2608, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2661 = or disjoint i64 %i27.addr.02671, %t0
  %2662 = mul nsw i64 %2661, %sq
  %2663 = getelementptr inbounds float, ptr %qh1, i64 %2662
  store <16 x float> %2660, ptr %2663, align 4
  %2664 = fmul <16 x float> %2609, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2665 = or disjoint i64 %2662, 16
  %2666 = getelementptr inbounds float, ptr %qh1, i64 %2665
  store <16 x float> %2664, ptr %2666, align 4
  br label %endif1311

endif1311:                                        ; preds = %p9.exit, %then1305
  %2667 = icmp slt i64 %2545, %L
  br i1 %2667, label %then1313, label %endif1319

then1313:                                         ; preds = %endif1311
  %2668 = fmul <16 x float> %2615, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2669 = or disjoint i64 %2545, %t0
  %2670 = mul nsw i64 %2669, %sq
  %2671 = getelementptr inbounds float, ptr %qh1, i64 %2670
  store <16 x float> %2668, ptr %2671, align 4
  %2672 = fmul <16 x float> %2616, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2673 = or disjoint i64 %2670, 16
  %2674 = getelementptr inbounds float, ptr %qh1, i64 %2673
  store <16 x float> %2672, ptr %2674, align 4
  br label %endif1319

endif1319:                                        ; preds = %endif1311, %then1313
  %2675 = icmp slt i64 %2552, %L
  br i1 %2675, label %then1321, label %endif1327

then1321:                                         ; preds = %endif1319
  %2676 = fmul <16 x float> %2622, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2677 = or disjoint i64 %2552, %t0
  %2678 = mul nsw i64 %2677, %sq
  %2679 = getelementptr inbounds float, ptr %qh1, i64 %2678
  store <16 x float> %2676, ptr %2679, align 4
  %2680 = fmul <16 x float> %2623, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2681 = or disjoint i64 %2678, 16
  %2682 = getelementptr inbounds float, ptr %qh1, i64 %2681
  store <16 x float> %2680, ptr %2682, align 4
  br label %endif1327

endif1327:                                        ; preds = %endif1319, %then1321
  %2683 = icmp slt i64 %2559, %L
  br i1 %2683, label %then1329, label %endif1335

then1329:                                         ; preds = %endif1327
  %2684 = fmul <16 x float> %2629, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2685 = or disjoint i64 %2559, %t0
  %2686 = mul nsw i64 %2685, %sq
  %2687 = getelementptr inbounds float, ptr %qh1, i64 %2686
  store <16 x float> %2684, ptr %2687, align 4
  %2688 = fmul <16 x float> %2630, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2689 = or disjoint i64 %2686, 16
  %2690 = getelementptr inbounds float, ptr %qh1, i64 %2689
  store <16 x float> %2688, ptr %2690, align 4
  br label %endif1335

endif1335:                                        ; preds = %endif1327, %then1329
  %2691 = icmp slt i64 %2566, %L
  br i1 %2691, label %then1337, label %endif1343

then1337:                                         ; preds = %endif1335
  %2692 = fmul <16 x float> %2636, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2693 = or disjoint i64 %2566, %t0
  %2694 = mul nsw i64 %2693, %sq
  %2695 = getelementptr inbounds float, ptr %qh1, i64 %2694
  store <16 x float> %2692, ptr %2695, align 4
  %2696 = fmul <16 x float> %2637, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2697 = or disjoint i64 %2694, 16
  %2698 = getelementptr inbounds float, ptr %qh1, i64 %2697
  store <16 x float> %2696, ptr %2698, align 4
  br label %endif1343

endif1343:                                        ; preds = %endif1335, %then1337
  %2699 = icmp slt i64 %2573, %L
  br i1 %2699, label %then1345, label %endif1351

then1345:                                         ; preds = %endif1343
  %2700 = fmul <16 x float> %2643, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2701 = or disjoint i64 %2573, %t0
  %2702 = mul nsw i64 %2701, %sq
  %2703 = getelementptr inbounds float, ptr %qh1, i64 %2702
  store <16 x float> %2700, ptr %2703, align 4
  %2704 = fmul <16 x float> %2644, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2705 = or disjoint i64 %2702, 16
  %2706 = getelementptr inbounds float, ptr %qh1, i64 %2705
  store <16 x float> %2704, ptr %2706, align 4
  br label %endif1351

endif1351:                                        ; preds = %endif1343, %then1345
  %2707 = icmp slt i64 %2580, %L
  br i1 %2707, label %then1353, label %endif1359

then1353:                                         ; preds = %endif1351
  %2708 = fmul <16 x float> %2650, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2709 = or disjoint i64 %2580, %t0
  %2710 = mul nsw i64 %2709, %sq
  %2711 = getelementptr inbounds float, ptr %qh1, i64 %2710
  store <16 x float> %2708, ptr %2711, align 4
  %2712 = fmul <16 x float> %2651, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2713 = or disjoint i64 %2710, 16
  %2714 = getelementptr inbounds float, ptr %qh1, i64 %2713
  store <16 x float> %2712, ptr %2714, align 4
  br label %endif1359

endif1359:                                        ; preds = %endif1351, %then1353
  %2715 = icmp slt i64 %2587, %L
  br i1 %2715, label %then1361, label %endif1367

then1361:                                         ; preds = %endif1359
  %2716 = fmul <16 x float> %2657, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2717 = or disjoint i64 %2587, %t0
  %2718 = mul nsw i64 %2717, %sq
  %2719 = getelementptr inbounds float, ptr %qh1, i64 %2718
  store <16 x float> %2716, ptr %2719, align 4
  %2720 = fmul <16 x float> %2658, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2721 = or disjoint i64 %2718, 16
  %2722 = getelementptr inbounds float, ptr %qh1, i64 %2721
  store <16 x float> %2720, ptr %2722, align 4
  br label %endif1367

endif1367:                                        ; preds = %endif1359, %then1361
  %i27.next = add nuw nsw i64 %i27.addr.02671, 8
  %2723 = icmp ult i64 %i27.addr.02671, 24
  br i1 %2723, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %endif1367
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j26.exit
  %2724 = icmp sgt i64 %67, 0
  br i1 %2724, label %t4.body.preheader, label %i33.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2725 = getelementptr i8, ptr %dv, i64 %63
  %xtraiter3514 = and i64 %smax3513, 3
  %2726 = icmp slt i64 %indvars.iv2974, 4
  br i1 %2726, label %i33.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3516 = and i64 %smax3513, 60
  br label %t4.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02690 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2727 = shl nuw nsw i64 %ib1.addr.02690, 2
  %i01 = sub nuw nsw i64 28, %2727
  %2728 = shl nuw nsw i64 %i01, 5
  %2729 = or disjoint i64 %2728, 1024
  %2730 = getelementptr inbounds float, ptr %OY, i64 %2729
  %2731 = load <16 x float>, ptr %2730, align 4
  %2732 = or disjoint i64 %2728, 1040
  %2733 = getelementptr inbounds float, ptr %OY, i64 %2732
  %2734 = load <16 x float>, ptr %2733, align 4
  %2735 = sub nuw nsw i64 29, %2727
  %2736 = shl nuw nsw i64 %2735, 5
  %2737 = or disjoint i64 %2736, 1024
  %2738 = getelementptr inbounds float, ptr %OY, i64 %2737
  %2739 = load <16 x float>, ptr %2738, align 4
  %2740 = or disjoint i64 %2736, 1040
  %2741 = getelementptr inbounds float, ptr %OY, i64 %2740
  %2742 = load <16 x float>, ptr %2741, align 4
  %2743 = sub nuw nsw i64 30, %2727
  %2744 = shl nuw nsw i64 %2743, 5
  %2745 = or disjoint i64 %2744, 1024
  %2746 = getelementptr inbounds float, ptr %OY, i64 %2745
  %2747 = load <16 x float>, ptr %2746, align 4
  %2748 = or disjoint i64 %2744, 1040
  %2749 = getelementptr inbounds float, ptr %OY, i64 %2748
  %2750 = load <16 x float>, ptr %2749, align 4
  %2751 = sub nuw nsw i64 31, %2727
  %2752 = shl nuw nsw i64 %2751, 5
  %2753 = or disjoint i64 %2752, 1024
  %2754 = getelementptr inbounds float, ptr %OY, i64 %2753
  %2755 = load <16 x float>, ptr %2754, align 4
  %2756 = or disjoint i64 %2752, 1040
  %2757 = getelementptr inbounds float, ptr %OY, i64 %2756
  %2758 = load <16 x float>, ptr %2757, align 4
  %.not2770 = icmp eq i64 %ib1.addr.02690, 0
  br i1 %.not2770, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2759 = sub nuw nsw i64 32, %2727
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02681 = phi i64 [ %j26.next, %j26.body ], [ %2759, %j26.body.preheader ]
  %acc119.02680 = phi <16 x float> [ %2798, %j26.body ], [ %2758, %j26.body.preheader ]
  %acc118.02679 = phi <16 x float> [ %2797, %j26.body ], [ %2755, %j26.body.preheader ]
  %acc117.02678 = phi <16 x float> [ %2790, %j26.body ], [ %2750, %j26.body.preheader ]
  %acc116.02677 = phi <16 x float> [ %2789, %j26.body ], [ %2747, %j26.body.preheader ]
  %acc115.02676 = phi <16 x float> [ %2782, %j26.body ], [ %2742, %j26.body.preheader ]
  %acc114.02675 = phi <16 x float> [ %2781, %j26.body ], [ %2739, %j26.body.preheader ]
  %acc113.02674 = phi <16 x float> [ %2774, %j26.body ], [ %2734, %j26.body.preheader ]
  %acc112.02673 = phi <16 x float> [ %2773, %j26.body ], [ %2731, %j26.body.preheader ]
  %2760 = shl nuw nsw i64 %j26.addr.02681, 5
  %2761 = or disjoint i64 %2760, 1024
  %2762 = getelementptr inbounds float, ptr %OY, i64 %2761
  %2763 = load <16 x float>, ptr %2762, align 4
  %2764 = or disjoint i64 %2760, 1040
  %2765 = getelementptr inbounds float, ptr %OY, i64 %2764
  %2766 = load <16 x float>, ptr %2765, align 4
  %2767 = or disjoint i64 %2760, %i01
  %2768 = getelementptr inbounds float, ptr %Gm, i64 %2767
  %2769 = load float, ptr %2768, align 4
  %2770 = fneg float %2769
  %2771 = insertelement <16 x float> poison, float %2770, i64 0
  %2772 = shufflevector <16 x float> %2771, <16 x float> poison, <16 x i32> zeroinitializer
  %2773 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2772, <16 x float> %2763, <16 x float> %acc112.02673)
  %2774 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2772, <16 x float> %2766, <16 x float> %acc113.02674)
  %2775 = or disjoint i64 %2760, %2735
  %2776 = getelementptr inbounds float, ptr %Gm, i64 %2775
  %2777 = load float, ptr %2776, align 4
  %2778 = fneg float %2777
  %2779 = insertelement <16 x float> poison, float %2778, i64 0
  %2780 = shufflevector <16 x float> %2779, <16 x float> poison, <16 x i32> zeroinitializer
  %2781 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2780, <16 x float> %2763, <16 x float> %acc114.02675)
  %2782 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2780, <16 x float> %2766, <16 x float> %acc115.02676)
  %2783 = or disjoint i64 %2760, %2743
  %2784 = getelementptr inbounds float, ptr %Gm, i64 %2783
  %2785 = load float, ptr %2784, align 4
  %2786 = fneg float %2785
  %2787 = insertelement <16 x float> poison, float %2786, i64 0
  %2788 = shufflevector <16 x float> %2787, <16 x float> poison, <16 x i32> zeroinitializer
  %2789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2788, <16 x float> %2763, <16 x float> %acc116.02677)
  %2790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2788, <16 x float> %2766, <16 x float> %acc117.02678)
  %2791 = or disjoint i64 %2760, %2751
  %2792 = getelementptr inbounds float, ptr %Gm, i64 %2791
  %2793 = load float, ptr %2792, align 4
  %2794 = fneg float %2793
  %2795 = insertelement <16 x float> poison, float %2794, i64 0
  %2796 = shufflevector <16 x float> %2795, <16 x float> poison, <16 x i32> zeroinitializer
  %2797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2796, <16 x float> %2763, <16 x float> %acc118.02679)
  %2798 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2796, <16 x float> %2766, <16 x float> %acc119.02680)
  %j26.next = add nuw nsw i64 %j26.addr.02681, 1
  %2799 = icmp ult i64 %j26.addr.02681, 31
  br i1 %2799, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2731, %ib1.body ], [ %2773, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2734, %ib1.body ], [ %2774, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2739, %ib1.body ], [ %2781, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2742, %ib1.body ], [ %2782, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2747, %ib1.body ], [ %2789, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2750, %ib1.body ], [ %2790, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2755, %ib1.body ], [ %2797, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2758, %ib1.body ], [ %2798, %j26.body ]
  %2800 = getelementptr inbounds float, ptr %Rr, i64 %2752
  %2801 = load <16 x float>, ptr %2800, align 4
  %2802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2801, <16 x float> zeroinitializer)
  %2803 = or disjoint i64 %2752, 16
  %2804 = getelementptr inbounds float, ptr %Rr, i64 %2803
  %2805 = load <16 x float>, ptr %2804, align 4
  %2806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2805, <16 x float> %2802)
  %2807 = shufflevector <16 x float> %2806, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2808 = shufflevector <16 x float> %2806, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2809 = fadd <8 x float> %2807, %2808
  %2810 = shufflevector <8 x float> %2809, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2811 = shufflevector <8 x float> %2809, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2812 = fadd <4 x float> %2810, %2811
  %2813 = shufflevector <4 x float> %2812, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2814 = shufflevector <4 x float> %2812, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2815 = fadd <2 x float> %2813, %2814
  %2816 = shufflevector <2 x float> %2815, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2817 = shufflevector <2 x float> %2815, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2818 = getelementptr inbounds float, ptr %bet, i64 %2751
  %2819 = load float, ptr %2818, align 4
  %2820 = insertelement <16 x float> poison, float %2819, i64 0
  %2821 = shufflevector <16 x float> %2820, <16 x float> poison, <16 x i32> zeroinitializer
  %2822 = fmul <16 x float> %acc118.0.lcssa, %2821
  store <16 x float> %2822, ptr %2754, align 4
  %2823 = fneg <16 x float> %2822
  %2824 = shl nuw nsw i64 %2751, 7
  %2825 = or disjoint i64 %2824, 32
  %2826 = getelementptr inbounds float, ptr %Ak, i64 %2825
  store <16 x float> %2823, ptr %2826, align 4
  %2827 = fmul <16 x float> %acc119.0.lcssa, %2821
  store <16 x float> %2827, ptr %2757, align 4
  %2828 = fneg <16 x float> %2827
  %2829 = or disjoint i64 %2824, 48
  %2830 = getelementptr inbounds float, ptr %Ak, i64 %2829
  store <16 x float> %2828, ptr %2830, align 4
  %2831 = or disjoint i64 %2752, %2743
  %2832 = getelementptr inbounds float, ptr %Gm, i64 %2831
  %2833 = load float, ptr %2832, align 4
  %2834 = fneg float %2833
  %2835 = insertelement <16 x float> poison, float %2834, i64 0
  %2836 = shufflevector <16 x float> %2835, <16 x float> poison, <16 x i32> zeroinitializer
  %2837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2836, <16 x float> %2822, <16 x float> %acc116.0.lcssa)
  %2838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2836, <16 x float> %2827, <16 x float> %acc117.0.lcssa)
  %2839 = getelementptr inbounds float, ptr %Rr, i64 %2744
  %2840 = load <16 x float>, ptr %2839, align 4
  %2841 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2840, <16 x float> zeroinitializer)
  %2842 = or disjoint i64 %2744, 16
  %2843 = getelementptr inbounds float, ptr %Rr, i64 %2842
  %2844 = load <16 x float>, ptr %2843, align 4
  %2845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2838, <16 x float> %2844, <16 x float> %2841)
  %2846 = shufflevector <16 x float> %2845, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2847 = shufflevector <16 x float> %2845, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2848 = fadd <8 x float> %2846, %2847
  %2849 = shufflevector <8 x float> %2848, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2850 = shufflevector <8 x float> %2848, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2851 = fadd <4 x float> %2849, %2850
  %2852 = shufflevector <4 x float> %2851, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2853 = shufflevector <4 x float> %2851, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2854 = fadd <2 x float> %2852, %2853
  %2855 = shufflevector <2 x float> %2854, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2856 = shufflevector <2 x float> %2854, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2857 = getelementptr inbounds float, ptr %bet, i64 %2743
  %2858 = load float, ptr %2857, align 4
  %2859 = insertelement <16 x float> poison, float %2858, i64 0
  %2860 = shufflevector <16 x float> %2859, <16 x float> poison, <16 x i32> zeroinitializer
  %2861 = fmul <16 x float> %2837, %2860
  store <16 x float> %2861, ptr %2746, align 4
  %2862 = fneg <16 x float> %2861
  %2863 = shl nuw nsw i64 %2743, 7
  %2864 = or disjoint i64 %2863, 32
  %2865 = getelementptr inbounds float, ptr %Ak, i64 %2864
  store <16 x float> %2862, ptr %2865, align 4
  %2866 = fmul <16 x float> %2838, %2860
  store <16 x float> %2866, ptr %2749, align 4
  %2867 = fneg <16 x float> %2866
  %2868 = or disjoint i64 %2863, 48
  %2869 = getelementptr inbounds float, ptr %Ak, i64 %2868
  store <16 x float> %2867, ptr %2869, align 4
  %2870 = or disjoint i64 %2744, %2735
  %2871 = getelementptr inbounds float, ptr %Gm, i64 %2870
  %2872 = load float, ptr %2871, align 4
  %2873 = fneg float %2872
  %2874 = insertelement <16 x float> poison, float %2873, i64 0
  %2875 = shufflevector <16 x float> %2874, <16 x float> poison, <16 x i32> zeroinitializer
  %2876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2875, <16 x float> %2861, <16 x float> %acc114.0.lcssa)
  %2877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2875, <16 x float> %2866, <16 x float> %acc115.0.lcssa)
  %2878 = or disjoint i64 %2752, %2735
  %2879 = getelementptr inbounds float, ptr %Gm, i64 %2878
  %2880 = load float, ptr %2879, align 4
  %2881 = fneg float %2880
  %2882 = insertelement <16 x float> poison, float %2881, i64 0
  %2883 = shufflevector <16 x float> %2882, <16 x float> poison, <16 x i32> zeroinitializer
  %2884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2883, <16 x float> %2822, <16 x float> %2876)
  %2885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2883, <16 x float> %2827, <16 x float> %2877)
  %2886 = getelementptr inbounds float, ptr %Rr, i64 %2736
  %2887 = load <16 x float>, ptr %2886, align 4
  %2888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2884, <16 x float> %2887, <16 x float> zeroinitializer)
  %2889 = or disjoint i64 %2736, 16
  %2890 = getelementptr inbounds float, ptr %Rr, i64 %2889
  %2891 = load <16 x float>, ptr %2890, align 4
  %2892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2885, <16 x float> %2891, <16 x float> %2888)
  %2893 = shufflevector <16 x float> %2892, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2894 = shufflevector <16 x float> %2892, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2895 = fadd <8 x float> %2893, %2894
  %2896 = shufflevector <8 x float> %2895, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2897 = shufflevector <8 x float> %2895, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2898 = fadd <4 x float> %2896, %2897
  %2899 = shufflevector <4 x float> %2898, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2900 = shufflevector <4 x float> %2898, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2901 = fadd <2 x float> %2899, %2900
  %2902 = getelementptr inbounds float, ptr %bet, i64 %2735
  %2903 = load float, ptr %2902, align 4
  %2904 = insertelement <16 x float> poison, float %2903, i64 0
  %2905 = shufflevector <16 x float> %2904, <16 x float> poison, <16 x i32> zeroinitializer
  %2906 = fmul <16 x float> %2884, %2905
  store <16 x float> %2906, ptr %2738, align 4
  %2907 = fneg <16 x float> %2906
  %2908 = shl nuw nsw i64 %2735, 7
  %2909 = or disjoint i64 %2908, 32
  %2910 = getelementptr inbounds float, ptr %Ak, i64 %2909
  store <16 x float> %2907, ptr %2910, align 4
  %2911 = fmul <16 x float> %2885, %2905
  store <16 x float> %2911, ptr %2741, align 4
  %2912 = fneg <16 x float> %2911
  %2913 = or disjoint i64 %2908, 48
  %2914 = getelementptr inbounds float, ptr %Ak, i64 %2913
  store <16 x float> %2912, ptr %2914, align 4
  %2915 = or disjoint i64 %2736, %i01
  %2916 = getelementptr inbounds float, ptr %Gm, i64 %2915
  %2917 = load float, ptr %2916, align 4
  %2918 = fneg float %2917
  %2919 = insertelement <16 x float> poison, float %2918, i64 0
  %2920 = shufflevector <16 x float> %2919, <16 x float> poison, <16 x i32> zeroinitializer
  %2921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2906, <16 x float> %acc112.0.lcssa)
  %2922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2911, <16 x float> %acc113.0.lcssa)
  %2923 = or disjoint i64 %2744, %i01
  %2924 = getelementptr inbounds float, ptr %Gm, i64 %2923
  %2925 = load float, ptr %2924, align 4
  %2926 = fneg float %2925
  %2927 = insertelement <16 x float> poison, float %2926, i64 0
  %2928 = shufflevector <16 x float> %2927, <16 x float> poison, <16 x i32> zeroinitializer
  %2929 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2928, <16 x float> %2861, <16 x float> %2921)
  %2930 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2928, <16 x float> %2866, <16 x float> %2922)
  %2931 = or disjoint i64 %2752, %i01
  %2932 = getelementptr inbounds float, ptr %Gm, i64 %2931
  %2933 = load float, ptr %2932, align 4
  %2934 = fneg float %2933
  %2935 = insertelement <16 x float> poison, float %2934, i64 0
  %2936 = shufflevector <16 x float> %2935, <16 x float> poison, <16 x i32> zeroinitializer
  %2937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2936, <16 x float> %2822, <16 x float> %2929)
  %2938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2936, <16 x float> %2827, <16 x float> %2930)
  %2939 = getelementptr inbounds float, ptr %Rr, i64 %2728
  %2940 = load <16 x float>, ptr %2939, align 4
  %2941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2937, <16 x float> %2940, <16 x float> zeroinitializer)
  %2942 = or disjoint i64 %2728, 16
  %2943 = getelementptr inbounds float, ptr %Rr, i64 %2942
  %2944 = load <16 x float>, ptr %2943, align 4
  %2945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2944, <16 x float> %2941)
  %2946 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2947 = shufflevector <16 x float> %2945, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2948 = shufflevector <16 x float> %2945, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2949 = fadd <8 x float> %2947, %2948
  %2950 = shufflevector <8 x float> %2949, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2951 = shufflevector <8 x float> %2949, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2952 = fadd <4 x float> %2950, %2951
  %2953 = shufflevector <4 x float> %2952, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2954 = shufflevector <4 x float> %2952, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2955 = fadd <2 x float> %2953, %2954
  %2956 = load <4 x float>, ptr %2946, align 4
  %2957 = shufflevector <2 x float> %2955, <2 x float> %2901, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2958 = shufflevector <4 x float> %2957, <4 x float> %2856, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2959 = shufflevector <4 x float> %2958, <4 x float> %2817, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2960 = shufflevector <2 x float> %2955, <2 x float> %2901, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2961 = shufflevector <4 x float> %2960, <4 x float> %2855, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2962 = shufflevector <4 x float> %2961, <4 x float> %2816, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2963 = fadd <4 x float> %2959, %2962
  %2964 = fadd <4 x float> %2956, %2963
  store <4 x float> %2964, ptr %2946, align 4
  %2965 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2966 = load float, ptr %2965, align 4
  %2967 = insertelement <16 x float> poison, float %2966, i64 0
  %2968 = shufflevector <16 x float> %2967, <16 x float> poison, <16 x i32> zeroinitializer
  %2969 = fmul <16 x float> %2937, %2968
  store <16 x float> %2969, ptr %2730, align 4
  %2970 = fneg <16 x float> %2969
  %2971 = shl nuw nsw i64 %i01, 7
  %2972 = or disjoint i64 %2971, 32
  %2973 = getelementptr inbounds float, ptr %Ak, i64 %2972
  store <16 x float> %2970, ptr %2973, align 4
  %2974 = fmul <16 x float> %2938, %2968
  store <16 x float> %2974, ptr %2733, align 4
  %2975 = fneg <16 x float> %2974
  %2976 = or disjoint i64 %2971, 48
  %2977 = getelementptr inbounds float, ptr %Ak, i64 %2976
  store <16 x float> %2975, ptr %2977, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02690, 1
  %exitcond2971.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond2971.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02692 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.3, %t4.body ]
  %niter3517 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3517.next.3, %t4.body ]
  %2978 = mul i64 %13, %t4.addr.02692
  %scevgep2972 = getelementptr i8, ptr %2725, i64 %2978
  %2979 = shl nuw nsw i64 %t4.addr.02692, 7
  %gep3176 = getelementptr i8, ptr %invariant.gep3175, i64 %2979
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2972, ptr noundef nonnull align 4 dereferenceable(128) %gep3176, i64 128, i1 false)
  %tau1 = add nsw i64 %t4.addr.02692, %t0
  %2980 = getelementptr inbounds float, ptr %dbet, i64 %t4.addr.02692
  %2981 = load float, ptr %2980, align 4
  %2982 = mul nsw i64 %tau1, %H
  %2983 = getelementptr inbounds float, ptr %betah1, i64 %2982
  store float %2981, ptr %2983, align 4
  %t4.next = or disjoint i64 %t4.addr.02692, 1
  %2984 = mul i64 %13, %t4.next
  %scevgep2972.1 = getelementptr i8, ptr %2725, i64 %2984
  %2985 = shl nuw nsw i64 %t4.next, 7
  %gep3176.1 = getelementptr i8, ptr %invariant.gep3175, i64 %2985
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2972.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3176.1, i64 128, i1 false)
  %tau1.1 = add nsw i64 %t4.next, %t0
  %2986 = getelementptr inbounds float, ptr %dbet, i64 %t4.next
  %2987 = load float, ptr %2986, align 4
  %2988 = mul nsw i64 %tau1.1, %H
  %2989 = getelementptr inbounds float, ptr %betah1, i64 %2988
  store float %2987, ptr %2989, align 4
  %t4.next.1 = or disjoint i64 %t4.addr.02692, 2
  %2990 = mul i64 %13, %t4.next.1
  %scevgep2972.2 = getelementptr i8, ptr %2725, i64 %2990
  %2991 = shl nuw nsw i64 %t4.next.1, 7
  %gep3176.2 = getelementptr i8, ptr %invariant.gep3175, i64 %2991
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2972.2, ptr noundef nonnull align 4 dereferenceable(128) %gep3176.2, i64 128, i1 false)
  %tau1.2 = add nsw i64 %t4.next.1, %t0
  %2992 = getelementptr inbounds float, ptr %dbet, i64 %t4.next.1
  %2993 = load float, ptr %2992, align 4
  %2994 = mul nsw i64 %tau1.2, %H
  %2995 = getelementptr inbounds float, ptr %betah1, i64 %2994
  store float %2993, ptr %2995, align 4
  %t4.next.2 = or disjoint i64 %t4.addr.02692, 3
  %2996 = mul i64 %13, %t4.next.2
  %scevgep2972.3 = getelementptr i8, ptr %2725, i64 %2996
  %2997 = shl nuw nsw i64 %t4.next.2, 7
  %gep3176.3 = getelementptr i8, ptr %invariant.gep3175, i64 %2997
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2972.3, ptr noundef nonnull align 4 dereferenceable(128) %gep3176.3, i64 128, i1 false)
  %tau1.3 = add nsw i64 %t4.next.2, %t0
  %2998 = getelementptr inbounds float, ptr %dbet, i64 %t4.next.2
  %2999 = load float, ptr %2998, align 4
  %3000 = mul nsw i64 %tau1.3, %H
  %3001 = getelementptr inbounds float, ptr %betah1, i64 %3000
  store float %2999, ptr %3001, align 4
  %t4.next.3 = add nuw nsw i64 %t4.addr.02692, 4
  %niter3517.next.3 = add i64 %niter3517, 4
  %niter3517.ncmp.3 = icmp eq i64 %niter3517.next.3, %unroll_iter3516
  br i1 %niter3517.ncmp.3, label %i33.body.preheader.loopexit.unr-lcssa, label %t4.body

i33.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02692.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.3, %t4.body ]
  %lcmp.mod3515.not = icmp eq i64 %xtraiter3514, 0
  br i1 %lcmp.mod3515.not, label %i33.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t4.body.epil
  %t4.addr.02692.epil = phi i64 [ %t4.next.epil, %t4.body.epil ], [ %t4.addr.02692.unr, %i33.body.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %t4.body.epil ], [ 0, %i33.body.preheader.loopexit.unr-lcssa ]
  %3002 = mul i64 %13, %t4.addr.02692.epil
  %scevgep2972.epil = getelementptr i8, ptr %2725, i64 %3002
  %3003 = shl nuw nsw i64 %t4.addr.02692.epil, 7
  %gep3176.epil = getelementptr i8, ptr %invariant.gep3175, i64 %3003
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2972.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3176.epil, i64 128, i1 false)
  %tau1.epil = add nsw i64 %t4.addr.02692.epil, %t0
  %3004 = getelementptr inbounds float, ptr %dbet, i64 %t4.addr.02692.epil
  %3005 = load float, ptr %3004, align 4
  %3006 = mul nsw i64 %tau1.epil, %H
  %3007 = getelementptr inbounds float, ptr %betah1, i64 %3006
  store float %3005, ptr %3007, align 4
  %t4.next.epil = add nuw nsw i64 %t4.addr.02692.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3514
  br i1 %epil.iter.cmp.not, label %i33.body.preheader, label %t4.body.epil, !llvm.loop !3

i33.body.preheader:                               ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t4.body.epil, %t4.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02710 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %3008 = shl nuw nsw i64 %i33.addr.02710, 6
  %3009 = or disjoint i64 %3008, 32
  %3010 = getelementptr inbounds float, ptr %work, i64 %3009
  %3011 = load <16 x float>, ptr %3010, align 4
  %3012 = or disjoint i64 %3008, 48
  %3013 = getelementptr inbounds float, ptr %work, i64 %3012
  %3014 = load <16 x float>, ptr %3013, align 4
  %3015 = or disjoint i64 %i33.addr.02710, 1
  %3016 = shl nuw nsw i64 %3015, 6
  %3017 = or disjoint i64 %3016, 32
  %3018 = getelementptr inbounds float, ptr %work, i64 %3017
  %3019 = load <16 x float>, ptr %3018, align 4
  %3020 = or disjoint i64 %3016, 48
  %3021 = getelementptr inbounds float, ptr %work, i64 %3020
  %3022 = load <16 x float>, ptr %3021, align 4
  %3023 = or disjoint i64 %i33.addr.02710, 2
  %3024 = shl nuw nsw i64 %3023, 6
  %3025 = or disjoint i64 %3024, 32
  %3026 = getelementptr inbounds float, ptr %work, i64 %3025
  %3027 = load <16 x float>, ptr %3026, align 4
  %3028 = or disjoint i64 %3024, 48
  %3029 = getelementptr inbounds float, ptr %work, i64 %3028
  %3030 = load <16 x float>, ptr %3029, align 4
  %3031 = or disjoint i64 %i33.addr.02710, 3
  %3032 = shl nuw nsw i64 %3031, 6
  %3033 = or disjoint i64 %3032, 32
  %3034 = getelementptr inbounds float, ptr %work, i64 %3033
  %3035 = load <16 x float>, ptr %3034, align 4
  %3036 = or disjoint i64 %3032, 48
  %3037 = getelementptr inbounds float, ptr %work, i64 %3036
  %3038 = load <16 x float>, ptr %3037, align 4
  %3039 = or disjoint i64 %i33.addr.02710, 4
  %3040 = shl nuw nsw i64 %3039, 6
  %3041 = or disjoint i64 %3040, 32
  %3042 = getelementptr inbounds float, ptr %work, i64 %3041
  %3043 = load <16 x float>, ptr %3042, align 4
  %3044 = or disjoint i64 %3040, 48
  %3045 = getelementptr inbounds float, ptr %work, i64 %3044
  %3046 = load <16 x float>, ptr %3045, align 4
  %3047 = or disjoint i64 %i33.addr.02710, 5
  %3048 = shl nuw nsw i64 %3047, 6
  %3049 = or disjoint i64 %3048, 32
  %3050 = getelementptr inbounds float, ptr %work, i64 %3049
  %3051 = load <16 x float>, ptr %3050, align 4
  %3052 = or disjoint i64 %3048, 48
  %3053 = getelementptr inbounds float, ptr %work, i64 %3052
  %3054 = load <16 x float>, ptr %3053, align 4
  %3055 = or disjoint i64 %i33.addr.02710, 6
  %3056 = shl nuw nsw i64 %3055, 6
  %3057 = or disjoint i64 %3056, 32
  %3058 = getelementptr inbounds float, ptr %work, i64 %3057
  %3059 = load <16 x float>, ptr %3058, align 4
  %3060 = or disjoint i64 %3056, 48
  %3061 = getelementptr inbounds float, ptr %work, i64 %3060
  %3062 = load <16 x float>, ptr %3061, align 4
  %3063 = or disjoint i64 %i33.addr.02710, 7
  %3064 = shl nuw nsw i64 %3063, 6
  %3065 = or disjoint i64 %3064, 32
  %3066 = getelementptr inbounds float, ptr %work, i64 %3065
  %3067 = load <16 x float>, ptr %3066, align 4
  %3068 = or disjoint i64 %3064, 48
  %3069 = getelementptr inbounds float, ptr %work, i64 %3068
  %3070 = load <16 x float>, ptr %3069, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02709 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc135.02708 = phi <16 x float> [ %3070, %i33.body ], [ %3132, %p10.body ]
  %acc134.02707 = phi <16 x float> [ %3067, %i33.body ], [ %3131, %p10.body ]
  %acc133.02706 = phi <16 x float> [ %3062, %i33.body ], [ %3125, %p10.body ]
  %acc132.02705 = phi <16 x float> [ %3059, %i33.body ], [ %3124, %p10.body ]
  %acc131.02704 = phi <16 x float> [ %3054, %i33.body ], [ %3118, %p10.body ]
  %acc130.02703 = phi <16 x float> [ %3051, %i33.body ], [ %3117, %p10.body ]
  %acc129.02702 = phi <16 x float> [ %3046, %i33.body ], [ %3111, %p10.body ]
  %acc128.02701 = phi <16 x float> [ %3043, %i33.body ], [ %3110, %p10.body ]
  %acc127.02700 = phi <16 x float> [ %3038, %i33.body ], [ %3104, %p10.body ]
  %acc126.02699 = phi <16 x float> [ %3035, %i33.body ], [ %3103, %p10.body ]
  %acc125.02698 = phi <16 x float> [ %3030, %i33.body ], [ %3097, %p10.body ]
  %acc124.02697 = phi <16 x float> [ %3027, %i33.body ], [ %3096, %p10.body ]
  %acc123.02696 = phi <16 x float> [ %3022, %i33.body ], [ %3090, %p10.body ]
  %acc122.02695 = phi <16 x float> [ %3019, %i33.body ], [ %3089, %p10.body ]
  %acc121.02694 = phi <16 x float> [ %3014, %i33.body ], [ %3083, %p10.body ]
  %acc120.02693 = phi <16 x float> [ %3011, %i33.body ], [ %3082, %p10.body ]
  %3071 = shl nuw nsw i64 %p10.addr.02709, 5
  %3072 = getelementptr inbounds float, ptr %OY, i64 %3071
  %3073 = load <16 x float>, ptr %3072, align 4
  %3074 = or disjoint i64 %3071, 16
  %3075 = getelementptr inbounds float, ptr %OY, i64 %3074
  %3076 = load <16 x float>, ptr %3075, align 4
  %3077 = or disjoint i64 %3071, %i33.addr.02710
  %3078 = getelementptr inbounds float, ptr %QK, i64 %3077
  %3079 = load float, ptr %3078, align 4
  %3080 = insertelement <16 x float> poison, float %3079, i64 0
  %3081 = shufflevector <16 x float> %3080, <16 x float> poison, <16 x i32> zeroinitializer
  %3082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3081, <16 x float> %3073, <16 x float> %acc120.02693)
  %3083 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3081, <16 x float> %3076, <16 x float> %acc121.02694)
  %3084 = or disjoint i64 %3071, %3015
  %3085 = getelementptr inbounds float, ptr %QK, i64 %3084
  %3086 = load float, ptr %3085, align 4
  %3087 = insertelement <16 x float> poison, float %3086, i64 0
  %3088 = shufflevector <16 x float> %3087, <16 x float> poison, <16 x i32> zeroinitializer
  %3089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3088, <16 x float> %3073, <16 x float> %acc122.02695)
  %3090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3088, <16 x float> %3076, <16 x float> %acc123.02696)
  %3091 = or disjoint i64 %3071, %3023
  %3092 = getelementptr inbounds float, ptr %QK, i64 %3091
  %3093 = load float, ptr %3092, align 4
  %3094 = insertelement <16 x float> poison, float %3093, i64 0
  %3095 = shufflevector <16 x float> %3094, <16 x float> poison, <16 x i32> zeroinitializer
  %3096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3073, <16 x float> %acc124.02697)
  %3097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3076, <16 x float> %acc125.02698)
  %3098 = or disjoint i64 %3071, %3031
  %3099 = getelementptr inbounds float, ptr %QK, i64 %3098
  %3100 = load float, ptr %3099, align 4
  %3101 = insertelement <16 x float> poison, float %3100, i64 0
  %3102 = shufflevector <16 x float> %3101, <16 x float> poison, <16 x i32> zeroinitializer
  %3103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3102, <16 x float> %3073, <16 x float> %acc126.02699)
  %3104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3102, <16 x float> %3076, <16 x float> %acc127.02700)
  %3105 = or disjoint i64 %3071, %3039
  %3106 = getelementptr inbounds float, ptr %QK, i64 %3105
  %3107 = load float, ptr %3106, align 4
  %3108 = insertelement <16 x float> poison, float %3107, i64 0
  %3109 = shufflevector <16 x float> %3108, <16 x float> poison, <16 x i32> zeroinitializer
  %3110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3109, <16 x float> %3073, <16 x float> %acc128.02701)
  %3111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3109, <16 x float> %3076, <16 x float> %acc129.02702)
  %3112 = or disjoint i64 %3071, %3047
  %3113 = getelementptr inbounds float, ptr %QK, i64 %3112
  %3114 = load float, ptr %3113, align 4
  %3115 = insertelement <16 x float> poison, float %3114, i64 0
  %3116 = shufflevector <16 x float> %3115, <16 x float> poison, <16 x i32> zeroinitializer
  %3117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3116, <16 x float> %3073, <16 x float> %acc130.02703)
  %3118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3116, <16 x float> %3076, <16 x float> %acc131.02704)
  %3119 = or disjoint i64 %3071, %3055
  %3120 = getelementptr inbounds float, ptr %QK, i64 %3119
  %3121 = load float, ptr %3120, align 4
  %3122 = insertelement <16 x float> poison, float %3121, i64 0
  %3123 = shufflevector <16 x float> %3122, <16 x float> poison, <16 x i32> zeroinitializer
  %3124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3123, <16 x float> %3073, <16 x float> %acc132.02705)
  %3125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3123, <16 x float> %3076, <16 x float> %acc133.02706)
  %3126 = or disjoint i64 %3071, %3063
  %3127 = getelementptr inbounds float, ptr %QK, i64 %3126
  %3128 = load float, ptr %3127, align 4
  %3129 = insertelement <16 x float> poison, float %3128, i64 0
  %3130 = shufflevector <16 x float> %3129, <16 x float> poison, <16 x i32> zeroinitializer
  %3131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3130, <16 x float> %3073, <16 x float> %acc134.02707)
  %3132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3130, <16 x float> %3076, <16 x float> %acc135.02708)
  %p10.next = add nuw nsw i64 %p10.addr.02709, 1
  %exitcond2977.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond2977.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %3082, ptr %3010, align 4
  store <16 x float> %3083, ptr %3013, align 4
  store <16 x float> %3089, ptr %3018, align 4
  store <16 x float> %3090, ptr %3021, align 4
  store <16 x float> %3096, ptr %3026, align 4
  store <16 x float> %3097, ptr %3029, align 4
  store <16 x float> %3103, ptr %3034, align 4
  store <16 x float> %3104, ptr %3037, align 4
  store <16 x float> %3110, ptr %3042, align 4
  store <16 x float> %3111, ptr %3045, align 4
  store <16 x float> %3117, ptr %3050, align 4
  store <16 x float> %3118, ptr %3053, align 4
  store <16 x float> %3124, ptr %3058, align 4
  store <16 x float> %3125, ptr %3061, align 4
  store <16 x float> %3131, ptr %3066, align 4
  store <16 x float> %3132, ptr %3069, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02710, 8
  %3133 = icmp ult i64 %i33.addr.02710, 24
  br i1 %3133, label %i33.body, label %i34.body

i34.head.loopexit:                                ; preds = %p11.exit.1, %p11.exit
  %3134 = icmp ult i64 %i34.addr.02723, 24
  br i1 %3134, label %i34.body, label %j30.head.preheader

i34.body:                                         ; preds = %p10.exit, %i34.head.loopexit
  %i34.addr.02723 = phi i64 [ %3135, %i34.head.loopexit ], [ 0, %p10.exit ]
  %3135 = add nuw nsw i64 %i34.addr.02723, 8
  %3136 = shl nuw nsw i64 %i34.addr.02723, 5
  %3137 = shl nuw nsw i64 %i34.addr.02723, 7
  %3138 = or disjoint i64 %3137, 96
  %3139 = getelementptr inbounds float, ptr %Ak, i64 %3138
  %3140 = or disjoint i64 %3137, 224
  %3141 = getelementptr inbounds float, ptr %Ak, i64 %3140
  %3142 = or disjoint i64 %3137, 352
  %3143 = getelementptr inbounds float, ptr %Ak, i64 %3142
  %3144 = or disjoint i64 %3137, 480
  %3145 = getelementptr inbounds float, ptr %Ak, i64 %3144
  %3146 = or disjoint i64 %3137, 608
  %3147 = getelementptr inbounds float, ptr %Ak, i64 %3146
  %3148 = or disjoint i64 %3137, 736
  %3149 = getelementptr inbounds float, ptr %Ak, i64 %3148
  %3150 = or disjoint i64 %3137, 864
  %3151 = getelementptr inbounds float, ptr %Ak, i64 %3150
  %3152 = or disjoint i64 %3137, 992
  %3153 = getelementptr inbounds float, ptr %Ak, i64 %3152
  br label %p11.body

p11.body:                                         ; preds = %i34.body, %p11.body
  %p11.addr.02721 = phi i64 [ 0, %i34.body ], [ %p11.next, %p11.body ]
  %acc143.02720 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3203, %p11.body ]
  %acc142.02719 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3197, %p11.body ]
  %acc141.02718 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3191, %p11.body ]
  %acc140.02717 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3185, %p11.body ]
  %acc139.02716 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3179, %p11.body ]
  %acc138.02715 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3173, %p11.body ]
  %acc137.02714 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3167, %p11.body ]
  %acc136.02713 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3161, %p11.body ]
  %.idx = shl nuw nsw i64 %p11.addr.02721, 7
  %gep2712 = getelementptr inbounds i8, ptr %VnT, i64 %.idx
  %3154 = load <16 x float>, ptr %gep2712, align 4
  %3155 = add nuw nsw i64 %p11.addr.02721, %3136
  %3156 = or disjoint i64 %3155, 1024
  %3157 = getelementptr inbounds float, ptr %OY, i64 %3156
  %3158 = load float, ptr %3157, align 4
  %3159 = insertelement <16 x float> poison, float %3158, i64 0
  %3160 = shufflevector <16 x float> %3159, <16 x float> poison, <16 x i32> zeroinitializer
  %3161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3160, <16 x float> %3154, <16 x float> %acc136.02713)
  %3162 = or disjoint i64 %3155, 1056
  %3163 = getelementptr inbounds float, ptr %OY, i64 %3162
  %3164 = load float, ptr %3163, align 4
  %3165 = insertelement <16 x float> poison, float %3164, i64 0
  %3166 = shufflevector <16 x float> %3165, <16 x float> poison, <16 x i32> zeroinitializer
  %3167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3166, <16 x float> %3154, <16 x float> %acc137.02714)
  %3168 = or disjoint i64 %3155, 1088
  %3169 = getelementptr inbounds float, ptr %OY, i64 %3168
  %3170 = load float, ptr %3169, align 4
  %3171 = insertelement <16 x float> poison, float %3170, i64 0
  %3172 = shufflevector <16 x float> %3171, <16 x float> poison, <16 x i32> zeroinitializer
  %3173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3172, <16 x float> %3154, <16 x float> %acc138.02715)
  %3174 = or disjoint i64 %3155, 1120
  %3175 = getelementptr inbounds float, ptr %OY, i64 %3174
  %3176 = load float, ptr %3175, align 4
  %3177 = insertelement <16 x float> poison, float %3176, i64 0
  %3178 = shufflevector <16 x float> %3177, <16 x float> poison, <16 x i32> zeroinitializer
  %3179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3178, <16 x float> %3154, <16 x float> %acc139.02716)
  %3180 = or disjoint i64 %3155, 1152
  %3181 = getelementptr inbounds float, ptr %OY, i64 %3180
  %3182 = load float, ptr %3181, align 4
  %3183 = insertelement <16 x float> poison, float %3182, i64 0
  %3184 = shufflevector <16 x float> %3183, <16 x float> poison, <16 x i32> zeroinitializer
  %3185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3184, <16 x float> %3154, <16 x float> %acc140.02717)
  %3186 = or disjoint i64 %3155, 1184
  %3187 = getelementptr inbounds float, ptr %OY, i64 %3186
  %3188 = load float, ptr %3187, align 4
  %3189 = insertelement <16 x float> poison, float %3188, i64 0
  %3190 = shufflevector <16 x float> %3189, <16 x float> poison, <16 x i32> zeroinitializer
  %3191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3190, <16 x float> %3154, <16 x float> %acc141.02718)
  %3192 = or disjoint i64 %3155, 1216
  %3193 = getelementptr inbounds float, ptr %OY, i64 %3192
  %3194 = load float, ptr %3193, align 4
  %3195 = insertelement <16 x float> poison, float %3194, i64 0
  %3196 = shufflevector <16 x float> %3195, <16 x float> poison, <16 x i32> zeroinitializer
  %3197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3196, <16 x float> %3154, <16 x float> %acc142.02719)
  %3198 = or disjoint i64 %3155, 1248
  %3199 = getelementptr inbounds float, ptr %OY, i64 %3198
  %3200 = load float, ptr %3199, align 4
  %3201 = insertelement <16 x float> poison, float %3200, i64 0
  %3202 = shufflevector <16 x float> %3201, <16 x float> poison, <16 x i32> zeroinitializer
  %3203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3202, <16 x float> %3154, <16 x float> %acc143.02720)
  %p11.next = add nuw nsw i64 %p11.addr.02721, 1
  %exitcond2978.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond2978.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3161, ptr %3139, align 4
  store <16 x float> %3167, ptr %3141, align 4
  store <16 x float> %3173, ptr %3143, align 4
  store <16 x float> %3179, ptr %3145, align 4
  store <16 x float> %3185, ptr %3147, align 4
  store <16 x float> %3191, ptr %3149, align 4
  store <16 x float> %3197, ptr %3151, align 4
  store <16 x float> %3203, ptr %3153, align 4
  %3204 = icmp ugt i64 %i34.addr.02723, 8
  br i1 %3204, label %p11.body.1, label %i34.head.loopexit

p11.body.1:                                       ; preds = %p11.exit, %p11.body.1
  %p11.addr.02721.1 = phi i64 [ %p11.next.1, %p11.body.1 ], [ 0, %p11.exit ]
  %acc143.02720.1 = phi <16 x float> [ %3254, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc142.02719.1 = phi <16 x float> [ %3248, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc141.02718.1 = phi <16 x float> [ %3242, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc140.02717.1 = phi <16 x float> [ %3236, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc139.02716.1 = phi <16 x float> [ %3230, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc138.02715.1 = phi <16 x float> [ %3224, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc137.02714.1 = phi <16 x float> [ %3218, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc136.02713.1 = phi <16 x float> [ %3212, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %.idx.1 = shl nuw nsw i64 %p11.addr.02721.1, 7
  %gep2712.1 = getelementptr inbounds i8, ptr %invariant.gep2711.1, i64 %.idx.1
  %3205 = load <16 x float>, ptr %gep2712.1, align 4
  %3206 = add nuw nsw i64 %p11.addr.02721.1, %3136
  %3207 = or disjoint i64 %3206, 1024
  %3208 = getelementptr inbounds float, ptr %OY, i64 %3207
  %3209 = load float, ptr %3208, align 4
  %3210 = insertelement <16 x float> poison, float %3209, i64 0
  %3211 = shufflevector <16 x float> %3210, <16 x float> poison, <16 x i32> zeroinitializer
  %3212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3205, <16 x float> %acc136.02713.1)
  %3213 = or disjoint i64 %3206, 1056
  %3214 = getelementptr inbounds float, ptr %OY, i64 %3213
  %3215 = load float, ptr %3214, align 4
  %3216 = insertelement <16 x float> poison, float %3215, i64 0
  %3217 = shufflevector <16 x float> %3216, <16 x float> poison, <16 x i32> zeroinitializer
  %3218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3217, <16 x float> %3205, <16 x float> %acc137.02714.1)
  %3219 = or disjoint i64 %3206, 1088
  %3220 = getelementptr inbounds float, ptr %OY, i64 %3219
  %3221 = load float, ptr %3220, align 4
  %3222 = insertelement <16 x float> poison, float %3221, i64 0
  %3223 = shufflevector <16 x float> %3222, <16 x float> poison, <16 x i32> zeroinitializer
  %3224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3223, <16 x float> %3205, <16 x float> %acc138.02715.1)
  %3225 = or disjoint i64 %3206, 1120
  %3226 = getelementptr inbounds float, ptr %OY, i64 %3225
  %3227 = load float, ptr %3226, align 4
  %3228 = insertelement <16 x float> poison, float %3227, i64 0
  %3229 = shufflevector <16 x float> %3228, <16 x float> poison, <16 x i32> zeroinitializer
  %3230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3229, <16 x float> %3205, <16 x float> %acc139.02716.1)
  %3231 = or disjoint i64 %3206, 1152
  %3232 = getelementptr inbounds float, ptr %OY, i64 %3231
  %3233 = load float, ptr %3232, align 4
  %3234 = insertelement <16 x float> poison, float %3233, i64 0
  %3235 = shufflevector <16 x float> %3234, <16 x float> poison, <16 x i32> zeroinitializer
  %3236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3235, <16 x float> %3205, <16 x float> %acc140.02717.1)
  %3237 = or disjoint i64 %3206, 1184
  %3238 = getelementptr inbounds float, ptr %OY, i64 %3237
  %3239 = load float, ptr %3238, align 4
  %3240 = insertelement <16 x float> poison, float %3239, i64 0
  %3241 = shufflevector <16 x float> %3240, <16 x float> poison, <16 x i32> zeroinitializer
  %3242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3241, <16 x float> %3205, <16 x float> %acc141.02718.1)
  %3243 = or disjoint i64 %3206, 1216
  %3244 = getelementptr inbounds float, ptr %OY, i64 %3243
  %3245 = load float, ptr %3244, align 4
  %3246 = insertelement <16 x float> poison, float %3245, i64 0
  %3247 = shufflevector <16 x float> %3246, <16 x float> poison, <16 x i32> zeroinitializer
  %3248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3247, <16 x float> %3205, <16 x float> %acc142.02719.1)
  %3249 = or disjoint i64 %3206, 1248
  %3250 = getelementptr inbounds float, ptr %OY, i64 %3249
  %3251 = load float, ptr %3250, align 4
  %3252 = insertelement <16 x float> poison, float %3251, i64 0
  %3253 = shufflevector <16 x float> %3252, <16 x float> poison, <16 x i32> zeroinitializer
  %3254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3253, <16 x float> %3205, <16 x float> %acc143.02720.1)
  %p11.next.1 = add nuw nsw i64 %p11.addr.02721.1, 1
  %exitcond2978.not.1 = icmp eq i64 %p11.next.1, 32
  br i1 %exitcond2978.not.1, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  %3255 = getelementptr inbounds i8, ptr %3139, i64 64
  store <16 x float> %3212, ptr %3255, align 4
  %3256 = getelementptr inbounds i8, ptr %3141, i64 64
  store <16 x float> %3218, ptr %3256, align 4
  %3257 = getelementptr inbounds i8, ptr %3143, i64 64
  store <16 x float> %3224, ptr %3257, align 4
  %3258 = getelementptr inbounds i8, ptr %3145, i64 64
  store <16 x float> %3230, ptr %3258, align 4
  %3259 = getelementptr inbounds i8, ptr %3147, i64 64
  store <16 x float> %3236, ptr %3259, align 4
  %3260 = getelementptr inbounds i8, ptr %3149, i64 64
  store <16 x float> %3242, ptr %3260, align 4
  %3261 = getelementptr inbounds i8, ptr %3151, i64 64
  store <16 x float> %3248, ptr %3261, align 4
  %3262 = getelementptr inbounds i8, ptr %3153, i64 64
  store <16 x float> %3254, ptr %3262, align 4
  br label %i34.head.loopexit

j30.head.preheader:                               ; preds = %i34.head.loopexit, %j30.exit
  %t5.addr.02725 = phi i64 [ %t5.next, %j30.exit ], [ 0, %i34.head.loopexit ]
  %.not2772 = icmp eq i64 %t5.addr.02725, 0
  br i1 %.not2772, label %j30.exit, label %j30.body.lr.ph

j30.body.lr.ph:                                   ; preds = %j30.head.preheader
  %3263 = shl nuw nsw i64 %t5.addr.02725, 7
  %3264 = or disjoint i64 %3263, 96
  %3265 = getelementptr inbounds float, ptr %Ak, i64 %3264
  %gep3182 = getelementptr inbounds float, ptr %invariant.gep3181, i64 %t5.addr.02725
  %xtraiter3518 = and i64 %t5.addr.02725, 7
  %3266 = icmp ult i64 %t5.addr.02725, 8
  br i1 %3266, label %j30.exit.loopexit.unr-lcssa, label %j30.body.lr.ph.new

j30.body.lr.ph.new:                               ; preds = %j30.body.lr.ph
  %unroll_iter3521 = and i64 %t5.addr.02725, 9223372036854775800
  br label %j30.body

j30.body:                                         ; preds = %j30.body, %j30.body.lr.ph.new
  %j30.addr.02724 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %j30.next.7, %j30.body ]
  %niter3522 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %niter3522.next.7, %j30.body ]
  %3267 = getelementptr inbounds float, ptr %3265, i64 %j30.addr.02724
  %3268 = load float, ptr %3267, align 4
  %3269 = fneg float %3268
  store float %3269, ptr %3267, align 4
  %.idx2773 = shl nsw i64 %j30.addr.02724, 9
  %gep3180 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773
  store float %3269, ptr %gep3180, align 4
  %j30.next = or disjoint i64 %j30.addr.02724, 1
  %3270 = getelementptr inbounds float, ptr %3265, i64 %j30.next
  %3271 = load float, ptr %3270, align 4
  %3272 = fneg float %3271
  store float %3272, ptr %3270, align 4
  %.idx2773.1 = shl nsw i64 %j30.next, 9
  %gep3180.1 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.1
  store float %3272, ptr %gep3180.1, align 4
  %j30.next.1 = or disjoint i64 %j30.addr.02724, 2
  %3273 = getelementptr inbounds float, ptr %3265, i64 %j30.next.1
  %3274 = load float, ptr %3273, align 4
  %3275 = fneg float %3274
  store float %3275, ptr %3273, align 4
  %.idx2773.2 = shl nsw i64 %j30.next.1, 9
  %gep3180.2 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.2
  store float %3275, ptr %gep3180.2, align 4
  %j30.next.2 = or disjoint i64 %j30.addr.02724, 3
  %3276 = getelementptr inbounds float, ptr %3265, i64 %j30.next.2
  %3277 = load float, ptr %3276, align 4
  %3278 = fneg float %3277
  store float %3278, ptr %3276, align 4
  %.idx2773.3 = shl nsw i64 %j30.next.2, 9
  %gep3180.3 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.3
  store float %3278, ptr %gep3180.3, align 4
  %j30.next.3 = or disjoint i64 %j30.addr.02724, 4
  %3279 = getelementptr inbounds float, ptr %3265, i64 %j30.next.3
  %3280 = load float, ptr %3279, align 4
  %3281 = fneg float %3280
  store float %3281, ptr %3279, align 4
  %.idx2773.4 = shl nsw i64 %j30.next.3, 9
  %gep3180.4 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.4
  store float %3281, ptr %gep3180.4, align 4
  %j30.next.4 = or disjoint i64 %j30.addr.02724, 5
  %3282 = getelementptr inbounds float, ptr %3265, i64 %j30.next.4
  %3283 = load float, ptr %3282, align 4
  %3284 = fneg float %3283
  store float %3284, ptr %3282, align 4
  %.idx2773.5 = shl nsw i64 %j30.next.4, 9
  %gep3180.5 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.5
  store float %3284, ptr %gep3180.5, align 4
  %j30.next.5 = or disjoint i64 %j30.addr.02724, 6
  %3285 = getelementptr inbounds float, ptr %3265, i64 %j30.next.5
  %3286 = load float, ptr %3285, align 4
  %3287 = fneg float %3286
  store float %3287, ptr %3285, align 4
  %.idx2773.6 = shl nsw i64 %j30.next.5, 9
  %gep3180.6 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.6
  store float %3287, ptr %gep3180.6, align 4
  %j30.next.6 = or disjoint i64 %j30.addr.02724, 7
  %3288 = getelementptr inbounds float, ptr %3265, i64 %j30.next.6
  %3289 = load float, ptr %3288, align 4
  %3290 = fneg float %3289
  store float %3290, ptr %3288, align 4
  %.idx2773.7 = shl nsw i64 %j30.next.6, 9
  %gep3180.7 = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.7
  store float %3290, ptr %gep3180.7, align 4
  %j30.next.7 = add nuw nsw i64 %j30.addr.02724, 8
  %niter3522.next.7 = add i64 %niter3522, 8
  %niter3522.ncmp.7 = icmp eq i64 %niter3522.next.7, %unroll_iter3521
  br i1 %niter3522.ncmp.7, label %j30.exit.loopexit.unr-lcssa, label %j30.body

j30.exit.loopexit.unr-lcssa:                      ; preds = %j30.body, %j30.body.lr.ph
  %j30.addr.02724.unr = phi i64 [ 0, %j30.body.lr.ph ], [ %j30.next.7, %j30.body ]
  %lcmp.mod3520.not = icmp eq i64 %xtraiter3518, 0
  br i1 %lcmp.mod3520.not, label %j30.exit, label %j30.body.epil

j30.body.epil:                                    ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil
  %j30.addr.02724.epil = phi i64 [ %j30.next.epil, %j30.body.epil ], [ %j30.addr.02724.unr, %j30.exit.loopexit.unr-lcssa ]
  %epil.iter3519 = phi i64 [ %epil.iter3519.next, %j30.body.epil ], [ 0, %j30.exit.loopexit.unr-lcssa ]
  %3291 = getelementptr inbounds float, ptr %3265, i64 %j30.addr.02724.epil
  %3292 = load float, ptr %3291, align 4
  %3293 = fneg float %3292
  store float %3293, ptr %3291, align 4
  %.idx2773.epil = shl nsw i64 %j30.addr.02724.epil, 9
  %gep3180.epil = getelementptr inbounds i8, ptr %gep3182, i64 %.idx2773.epil
  store float %3293, ptr %gep3180.epil, align 4
  %j30.next.epil = add nuw nsw i64 %j30.addr.02724.epil, 1
  %epil.iter3519.next = add i64 %epil.iter3519, 1
  %epil.iter3519.cmp.not = icmp eq i64 %epil.iter3519.next, %xtraiter3518
  br i1 %epil.iter3519.cmp.not, label %j30.exit, label %j30.body.epil, !llvm.loop !5

j30.exit:                                         ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil, %j30.head.preheader
  %.idx2774 = mul nuw nsw i64 %t5.addr.02725, 516
  %gep3184 = getelementptr inbounds i8, ptr %invariant.gep3183, i64 %.idx2774
  store float 0.000000e+00, ptr %gep3184, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02725, 1
  %exitcond2980.not = icmp eq i64 %t5.next, 32
  br i1 %exitcond2980.not, label %p12.head.preheader, label %j30.head.preheader

p12.head.preheader:                               ; preds = %j30.exit, %endif1697
  %i35.addr.02743 = phi i64 [ %i35.next, %endif1697 ], [ 0, %j30.exit ]
  %3294 = shl nuw nsw i64 %i35.addr.02743, 7
  br label %p12.body

i35.exit:                                         ; preds = %endif1697
  %cc.next = add nuw nsw i64 %cc.addr.02744, 1
  %indvars.iv.next2975 = add i64 %indvars.iv2974, 32
  %exitcond2983.not = icmp eq i64 %cc.next, %smax2982
  br i1 %exitcond2983.not, label %j32.head.preheader, label %cc.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02742 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02741 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3356, %p12.body ]
  %acc158.02740 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3355, %p12.body ]
  %acc157.02739 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3349, %p12.body ]
  %acc156.02738 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3348, %p12.body ]
  %acc155.02737 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3342, %p12.body ]
  %acc154.02736 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3341, %p12.body ]
  %acc153.02735 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3335, %p12.body ]
  %acc152.02734 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3334, %p12.body ]
  %acc151.02733 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3328, %p12.body ]
  %acc150.02732 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3327, %p12.body ]
  %acc149.02731 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3321, %p12.body ]
  %acc148.02730 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3320, %p12.body ]
  %acc147.02729 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3314, %p12.body ]
  %acc146.02728 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3313, %p12.body ]
  %acc145.02727 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3307, %p12.body ]
  %acc144.02726 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3306, %p12.body ]
  %3295 = shl nuw nsw i64 %p12.addr.02742, 5
  %3296 = getelementptr inbounds float, ptr %Bk, i64 %3295
  %3297 = load <16 x float>, ptr %3296, align 4
  %3298 = or disjoint i64 %3295, 16
  %3299 = getelementptr inbounds float, ptr %Bk, i64 %3298
  %3300 = load <16 x float>, ptr %3299, align 4
  %3301 = add nuw nsw i64 %p12.addr.02742, %3294
  %3302 = getelementptr inbounds float, ptr %Ak, i64 %3301
  %3303 = load float, ptr %3302, align 4
  %3304 = insertelement <16 x float> poison, float %3303, i64 0
  %3305 = shufflevector <16 x float> %3304, <16 x float> poison, <16 x i32> zeroinitializer
  %3306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3305, <16 x float> %3297, <16 x float> %acc144.02726)
  %3307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3305, <16 x float> %3300, <16 x float> %acc145.02727)
  %3308 = or disjoint i64 %3301, 128
  %3309 = getelementptr inbounds float, ptr %Ak, i64 %3308
  %3310 = load float, ptr %3309, align 4
  %3311 = insertelement <16 x float> poison, float %3310, i64 0
  %3312 = shufflevector <16 x float> %3311, <16 x float> poison, <16 x i32> zeroinitializer
  %3313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3312, <16 x float> %3297, <16 x float> %acc146.02728)
  %3314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3312, <16 x float> %3300, <16 x float> %acc147.02729)
  %3315 = or disjoint i64 %3301, 256
  %3316 = getelementptr inbounds float, ptr %Ak, i64 %3315
  %3317 = load float, ptr %3316, align 4
  %3318 = insertelement <16 x float> poison, float %3317, i64 0
  %3319 = shufflevector <16 x float> %3318, <16 x float> poison, <16 x i32> zeroinitializer
  %3320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3319, <16 x float> %3297, <16 x float> %acc148.02730)
  %3321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3319, <16 x float> %3300, <16 x float> %acc149.02731)
  %3322 = or disjoint i64 %3301, 384
  %3323 = getelementptr inbounds float, ptr %Ak, i64 %3322
  %3324 = load float, ptr %3323, align 4
  %3325 = insertelement <16 x float> poison, float %3324, i64 0
  %3326 = shufflevector <16 x float> %3325, <16 x float> poison, <16 x i32> zeroinitializer
  %3327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3326, <16 x float> %3297, <16 x float> %acc150.02732)
  %3328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3326, <16 x float> %3300, <16 x float> %acc151.02733)
  %3329 = or disjoint i64 %3301, 512
  %3330 = getelementptr inbounds float, ptr %Ak, i64 %3329
  %3331 = load float, ptr %3330, align 4
  %3332 = insertelement <16 x float> poison, float %3331, i64 0
  %3333 = shufflevector <16 x float> %3332, <16 x float> poison, <16 x i32> zeroinitializer
  %3334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3297, <16 x float> %acc152.02734)
  %3335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3333, <16 x float> %3300, <16 x float> %acc153.02735)
  %3336 = or disjoint i64 %3301, 640
  %3337 = getelementptr inbounds float, ptr %Ak, i64 %3336
  %3338 = load float, ptr %3337, align 4
  %3339 = insertelement <16 x float> poison, float %3338, i64 0
  %3340 = shufflevector <16 x float> %3339, <16 x float> poison, <16 x i32> zeroinitializer
  %3341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3340, <16 x float> %3297, <16 x float> %acc154.02736)
  %3342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3340, <16 x float> %3300, <16 x float> %acc155.02737)
  %3343 = or disjoint i64 %3301, 768
  %3344 = getelementptr inbounds float, ptr %Ak, i64 %3343
  %3345 = load float, ptr %3344, align 4
  %3346 = insertelement <16 x float> poison, float %3345, i64 0
  %3347 = shufflevector <16 x float> %3346, <16 x float> poison, <16 x i32> zeroinitializer
  %3348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3347, <16 x float> %3297, <16 x float> %acc156.02738)
  %3349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3347, <16 x float> %3300, <16 x float> %acc157.02739)
  %3350 = or disjoint i64 %3301, 896
  %3351 = getelementptr inbounds float, ptr %Ak, i64 %3350
  %3352 = load float, ptr %3351, align 4
  %3353 = insertelement <16 x float> poison, float %3352, i64 0
  %3354 = shufflevector <16 x float> %3353, <16 x float> poison, <16 x i32> zeroinitializer
  %3355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3354, <16 x float> %3297, <16 x float> %acc158.02740)
  %3356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3354, <16 x float> %3300, <16 x float> %acc159.02741)
  %p12.next = add nuw nsw i64 %p12.addr.02742, 1
  %exitcond2981.not = icmp eq i64 %p12.next, 128
  br i1 %exitcond2981.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %3357 = icmp slt i64 %i35.addr.02743, %L
  br i1 %3357, label %then1635, label %endif1641

then1635:                                         ; preds = %p12.exit
  %3358 = or disjoint i64 %i35.addr.02743, %t0
  %3359 = mul nsw i64 %3358, %sq
  %3360 = getelementptr inbounds float, ptr %kh1, i64 %3359
  store <16 x float> %3306, ptr %3360, align 4
  %3361 = or disjoint i64 %3359, 16
  %3362 = getelementptr inbounds float, ptr %kh1, i64 %3361
  store <16 x float> %3307, ptr %3362, align 4
  br label %endif1641

endif1641:                                        ; preds = %p12.exit, %then1635
  %3363 = or disjoint i64 %i35.addr.02743, 1
  %3364 = icmp slt i64 %3363, %L
  br i1 %3364, label %then1643, label %endif1649

then1643:                                         ; preds = %endif1641
  %3365 = or disjoint i64 %3363, %t0
  %3366 = mul nsw i64 %3365, %sq
  %3367 = getelementptr inbounds float, ptr %kh1, i64 %3366
  store <16 x float> %3313, ptr %3367, align 4
  %3368 = or disjoint i64 %3366, 16
  %3369 = getelementptr inbounds float, ptr %kh1, i64 %3368
  store <16 x float> %3314, ptr %3369, align 4
  br label %endif1649

endif1649:                                        ; preds = %endif1641, %then1643
  %3370 = or disjoint i64 %i35.addr.02743, 2
  %3371 = icmp slt i64 %3370, %L
  br i1 %3371, label %then1651, label %endif1657

then1651:                                         ; preds = %endif1649
  %3372 = or disjoint i64 %3370, %t0
  %3373 = mul nsw i64 %3372, %sq
  %3374 = getelementptr inbounds float, ptr %kh1, i64 %3373
  store <16 x float> %3320, ptr %3374, align 4
  %3375 = or disjoint i64 %3373, 16
  %3376 = getelementptr inbounds float, ptr %kh1, i64 %3375
  store <16 x float> %3321, ptr %3376, align 4
  br label %endif1657

endif1657:                                        ; preds = %endif1649, %then1651
  %3377 = or disjoint i64 %i35.addr.02743, 3
  %3378 = icmp slt i64 %3377, %L
  br i1 %3378, label %then1659, label %endif1665

then1659:                                         ; preds = %endif1657
  %3379 = or disjoint i64 %3377, %t0
  %3380 = mul nsw i64 %3379, %sq
  %3381 = getelementptr inbounds float, ptr %kh1, i64 %3380
  store <16 x float> %3327, ptr %3381, align 4
  %3382 = or disjoint i64 %3380, 16
  %3383 = getelementptr inbounds float, ptr %kh1, i64 %3382
  store <16 x float> %3328, ptr %3383, align 4
  br label %endif1665

endif1665:                                        ; preds = %endif1657, %then1659
  %3384 = or disjoint i64 %i35.addr.02743, 4
  %3385 = icmp slt i64 %3384, %L
  br i1 %3385, label %then1667, label %endif1673

then1667:                                         ; preds = %endif1665
  %3386 = or disjoint i64 %3384, %t0
  %3387 = mul nsw i64 %3386, %sq
  %3388 = getelementptr inbounds float, ptr %kh1, i64 %3387
  store <16 x float> %3334, ptr %3388, align 4
  %3389 = or disjoint i64 %3387, 16
  %3390 = getelementptr inbounds float, ptr %kh1, i64 %3389
  store <16 x float> %3335, ptr %3390, align 4
  br label %endif1673

endif1673:                                        ; preds = %endif1665, %then1667
  %3391 = or disjoint i64 %i35.addr.02743, 5
  %3392 = icmp slt i64 %3391, %L
  br i1 %3392, label %then1675, label %endif1681

then1675:                                         ; preds = %endif1673
  %3393 = or disjoint i64 %3391, %t0
  %3394 = mul nsw i64 %3393, %sq
  %3395 = getelementptr inbounds float, ptr %kh1, i64 %3394
  store <16 x float> %3341, ptr %3395, align 4
  %3396 = or disjoint i64 %3394, 16
  %3397 = getelementptr inbounds float, ptr %kh1, i64 %3396
  store <16 x float> %3342, ptr %3397, align 4
  br label %endif1681

endif1681:                                        ; preds = %endif1673, %then1675
  %3398 = or disjoint i64 %i35.addr.02743, 6
  %3399 = icmp slt i64 %3398, %L
  br i1 %3399, label %then1683, label %endif1689

then1683:                                         ; preds = %endif1681
  %3400 = or disjoint i64 %3398, %t0
  %3401 = mul nsw i64 %3400, %sq
  %3402 = getelementptr inbounds float, ptr %kh1, i64 %3401
  store <16 x float> %3348, ptr %3402, align 4
  %3403 = or disjoint i64 %3401, 16
  %3404 = getelementptr inbounds float, ptr %kh1, i64 %3403
  store <16 x float> %3349, ptr %3404, align 4
  br label %endif1689

endif1689:                                        ; preds = %endif1681, %then1683
  %3405 = or disjoint i64 %i35.addr.02743, 7
  %3406 = icmp slt i64 %3405, %L
  br i1 %3406, label %then1691, label %endif1697

then1691:                                         ; preds = %endif1689
  %3407 = or disjoint i64 %3405, %t0
  %3408 = mul nsw i64 %3407, %sq
  %3409 = getelementptr inbounds float, ptr %kh1, i64 %3408
  store <16 x float> %3355, ptr %3409, align 4
  %3410 = or disjoint i64 %3408, 16
  %3411 = getelementptr inbounds float, ptr %kh1, i64 %3410
  store <16 x float> %3356, ptr %3411, align 4
  br label %endif1697

endif1697:                                        ; preds = %endif1689, %then1691
  %i35.next = add nuw nsw i64 %i35.addr.02743, 8
  %3412 = icmp ult i64 %i35.addr.02743, 24
  br i1 %3412, label %p12.head.preheader, label %i35.exit

j32.head.preheader:                               ; preds = %bh.body, %i35.exit
  %3413 = getelementptr i8, ptr %dh0, i64 %51
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3413, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985, i64 128, i1 false)
  %scevgep2984.1 = getelementptr i8, ptr %3413, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.1, i64 128, i1 false)
  %scevgep2984.2 = getelementptr i8, ptr %3413, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.2, i64 128, i1 false)
  %scevgep2984.3 = getelementptr i8, ptr %3413, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.3, i64 128, i1 false)
  %scevgep2984.4 = getelementptr i8, ptr %3413, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.4, i64 128, i1 false)
  %scevgep2984.5 = getelementptr i8, ptr %3413, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.5, i64 128, i1 false)
  %scevgep2984.6 = getelementptr i8, ptr %3413, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.6, i64 128, i1 false)
  %scevgep2984.7 = getelementptr i8, ptr %3413, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.7, i64 128, i1 false)
  %scevgep2984.8 = getelementptr i8, ptr %3413, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.8, i64 128, i1 false)
  %scevgep2984.9 = getelementptr i8, ptr %3413, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.9, i64 128, i1 false)
  %scevgep2984.10 = getelementptr i8, ptr %3413, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.10, i64 128, i1 false)
  %scevgep2984.11 = getelementptr i8, ptr %3413, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.11, i64 128, i1 false)
  %scevgep2984.12 = getelementptr i8, ptr %3413, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.12, i64 128, i1 false)
  %scevgep2984.13 = getelementptr i8, ptr %3413, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.13, i64 128, i1 false)
  %scevgep2984.14 = getelementptr i8, ptr %3413, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.14, i64 128, i1 false)
  %scevgep2984.15 = getelementptr i8, ptr %3413, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.15, i64 128, i1 false)
  %scevgep2984.16 = getelementptr i8, ptr %3413, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.16, i64 128, i1 false)
  %scevgep2984.17 = getelementptr i8, ptr %3413, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.17, i64 128, i1 false)
  %scevgep2984.18 = getelementptr i8, ptr %3413, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.18, i64 128, i1 false)
  %scevgep2984.19 = getelementptr i8, ptr %3413, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.19, i64 128, i1 false)
  %scevgep2984.20 = getelementptr i8, ptr %3413, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.20, i64 128, i1 false)
  %scevgep2984.21 = getelementptr i8, ptr %3413, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.21, i64 128, i1 false)
  %scevgep2984.22 = getelementptr i8, ptr %3413, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.22, i64 128, i1 false)
  %scevgep2984.23 = getelementptr i8, ptr %3413, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.23, i64 128, i1 false)
  %scevgep2984.24 = getelementptr i8, ptr %3413, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.24, i64 128, i1 false)
  %scevgep2984.25 = getelementptr i8, ptr %3413, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.25, i64 128, i1 false)
  %scevgep2984.26 = getelementptr i8, ptr %3413, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.26, i64 128, i1 false)
  %scevgep2984.27 = getelementptr i8, ptr %3413, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.27, i64 128, i1 false)
  %scevgep2984.28 = getelementptr i8, ptr %3413, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.28, i64 128, i1 false)
  %scevgep2984.29 = getelementptr i8, ptr %3413, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.29, i64 128, i1 false)
  %scevgep2984.30 = getelementptr i8, ptr %3413, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.30, i64 128, i1 false)
  %scevgep2984.31 = getelementptr i8, ptr %3413, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02747, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2987.not = icmp eq i64 %indvar.next, %16
  br i1 %exitcond2987.not, label %bh.exit, label %bh.body
}

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

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !4}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !4}
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
  %bh.addr.061 = phi i64 [ %bh.next, %i1.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.061, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.061
  %S.idx = shl nsw i64 %bh.addr.061, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i1.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.055 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %34, %i.body ]
  %acc1.054 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %38, %i.body ]
  %acc2.053 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %47, %i.body ]
  %acc3.052 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %51, %i.body ]
  %i.addr.051 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %2 = getelementptr inbounds float, ptr %kh, i64 %i.addr.051
  %3 = load float, ptr %2, align 4
  %4 = shl nuw nsw i64 %i.addr.051, 5
  %5 = getelementptr inbounds float, ptr %S, i64 %4
  %6 = load <16 x float>, ptr %5, align 4
  %7 = insertelement <16 x float> poison, float %3, i64 0
  %8 = shufflevector <16 x float> %7, <16 x float> poison, <16 x i32> zeroinitializer
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %6, <16 x float> %acc.055)
  %10 = or disjoint i64 %4, 16
  %11 = getelementptr inbounds float, ptr %S, i64 %10
  %12 = load <16 x float>, ptr %11, align 4
  %13 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %12, <16 x float> %acc1.054)
  %14 = or disjoint i64 %i.addr.051, 1
  %15 = getelementptr inbounds float, ptr %kh, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = shl nuw nsw i64 %14, 5
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %16, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %19, <16 x float> %acc2.053)
  %23 = or disjoint i64 %17, 16
  %24 = getelementptr inbounds float, ptr %S, i64 %23
  %25 = load <16 x float>, ptr %24, align 4
  %26 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %25, <16 x float> %acc3.052)
  %i.next = or disjoint i64 %i.addr.051, 2
  %27 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %28 = load float, ptr %27, align 4
  %29 = shl nuw nsw i64 %i.next, 5
  %30 = getelementptr inbounds float, ptr %S, i64 %29
  %31 = load <16 x float>, ptr %30, align 4
  %32 = insertelement <16 x float> poison, float %28, i64 0
  %33 = shufflevector <16 x float> %32, <16 x float> poison, <16 x i32> zeroinitializer
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %31, <16 x float> %9)
  %35 = or disjoint i64 %29, 16
  %36 = getelementptr inbounds float, ptr %S, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %37, <16 x float> %13)
  %39 = or disjoint i64 %i.addr.051, 3
  %40 = getelementptr inbounds float, ptr %kh, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = shl nuw nsw i64 %39, 5
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = insertelement <16 x float> poison, float %41, i64 0
  %46 = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  %47 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %44, <16 x float> %22)
  %48 = or disjoint i64 %42, 16
  %49 = getelementptr inbounds float, ptr %S, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %50, <16 x float> %26)
  %i.next.1 = add nuw nsw i64 %i.addr.051, 4
  %52 = icmp ult i64 %i.next, 30
  br i1 %52, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %53 = load float, ptr %betah, align 4
  %54 = load <16 x float>, ptr %vh, align 4
  %55 = fadd <16 x float> %47, %34
  %56 = fsub <16 x float> %54, %55
  %57 = insertelement <16 x float> poison, float %53, i64 0
  %58 = shufflevector <16 x float> %57, <16 x float> poison, <16 x i32> zeroinitializer
  %59 = fmul <16 x float> %58, %56
  %60 = getelementptr inbounds i8, ptr %vh, i64 64
  %61 = load <16 x float>, ptr %60, align 4
  %62 = fadd <16 x float> %51, %38
  %63 = fsub <16 x float> %61, %62
  %64 = fmul <16 x float> %58, %63
  br label %i1.body

i1.body:                                          ; preds = %i1.body, %i.exit
  %i1.addr.060 = phi i64 [ 0, %i.exit ], [ %i1.next.1, %i1.body ]
  %acc5.057 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %100, %i1.body ]
  %acc416.056 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %95, %i1.body ]
  %65 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.060
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %qh, i64 %i1.addr.060
  %68 = load float, ptr %67, align 4
  %69 = insertelement <16 x float> poison, float %66, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  %71 = shl nuw nsw i64 %i1.addr.060, 5
  %72 = getelementptr inbounds float, ptr %S, i64 %71
  %73 = load <16 x float>, ptr %72, align 4
  %74 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %59, <16 x float> %73)
  store <16 x float> %74, ptr %72, align 4
  %75 = insertelement <16 x float> poison, float %68, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %74, <16 x float> %acc416.056)
  %78 = or disjoint i64 %71, 16
  %79 = getelementptr inbounds float, ptr %S, i64 %78
  %80 = load <16 x float>, ptr %79, align 4
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %64, <16 x float> %80)
  store <16 x float> %81, ptr %79, align 4
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %81, <16 x float> %acc5.057)
  %i1.next = or disjoint i64 %i1.addr.060, 1
  %83 = getelementptr inbounds float, ptr %kh, i64 %i1.next
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %qh, i64 %i1.next
  %86 = load float, ptr %85, align 4
  %87 = insertelement <16 x float> poison, float %84, i64 0
  %88 = shufflevector <16 x float> %87, <16 x float> poison, <16 x i32> zeroinitializer
  %89 = shl nuw nsw i64 %i1.next, 5
  %90 = getelementptr inbounds float, ptr %S, i64 %89
  %91 = load <16 x float>, ptr %90, align 4
  %92 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %59, <16 x float> %91)
  store <16 x float> %92, ptr %90, align 4
  %93 = insertelement <16 x float> poison, float %86, i64 0
  %94 = shufflevector <16 x float> %93, <16 x float> poison, <16 x i32> zeroinitializer
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %77)
  %96 = or disjoint i64 %89, 16
  %97 = getelementptr inbounds float, ptr %S, i64 %96
  %98 = load <16 x float>, ptr %97, align 4
  %99 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %64, <16 x float> %98)
  store <16 x float> %99, ptr %97, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %99, <16 x float> %82)
  %i1.next.1 = add nuw nsw i64 %i1.addr.060, 2
  %exitcond.not.1 = icmp eq i64 %i1.next.1, 32
  br i1 %exitcond.not.1, label %i1.exit, label %i1.body

i1.exit:                                          ; preds = %i1.body
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %101 = fmul <16 x float> %95, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %101, ptr %oh, align 4
  %102 = fmul <16 x float> %100, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %103 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %102, ptr %103, align 4
  %bh.next = add nsw i64 %bh.addr.061, 1
  %exitcond67.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond67.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
  br i1 %6, label %bh.exit.loopexit126.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %4, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %7 = add nuw nsw i64 %T, 63
  %nc99110 = lshr i64 %7, 6
  %8 = mul i64 %nc99110, %bh0
  %9 = shl i64 %nc99110, 12
  %10 = sub i64 %bh1, %bh0
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i4.head.preheader_crit_edge.us
  %indvar88 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next89, %ci.head.i4.head.preheader_crit_edge.us ]
  %bh.addr.071.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i4.head.preheader_crit_edge.us ]
  %11 = add i64 %indvar88, %bh0
  %12 = shl i64 %11, 12
  %scevgep97 = getelementptr i8, ptr %hT, i64 %12
  %13 = mul i64 %9, %indvar88
  %scevgep91 = getelementptr i8, ptr %h0, i64 %12
  %b.us = sdiv i64 %bh.addr.071.us, %H
  %h.us = srem i64 %bh.addr.071.us, %H
  %14 = mul i64 %1, %b.us
  %bT.us = add nsw i64 %14, %h.us
  %15 = shl nsw i64 %bT.us, 5
  %kh.us = getelementptr inbounds float, ptr %k, i64 %15
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep91, i64 4096, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %15
  %vh.us = getelementptr inbounds float, ptr %v, i64 %15
  %oh.us = getelementptr inbounds float, ptr %o, i64 %15
  %invariant.gep108 = getelementptr i8, ptr %hs, i64 %13
  br label %i1.head.preheader.us

i2.exit.us:                                       ; preds = %i2.body.us
  %t1.us = tail call i64 @llvm.smin.i64(i64 %161, i64 %T)
  %16 = icmp slt i64 %t0.us, %T
  br i1 %16, label %t.body.us.preheader, label %t.exit.us

t.body.us.preheader:                              ; preds = %i2.exit.us
  %17 = mul nsw i64 %t0.us, %H
  %18 = getelementptr inbounds float, ptr %betah.us, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %19, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = or disjoint i64 %162, 16
  %23 = getelementptr inbounds float, ptr %vh.us, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = fadd <16 x float> %143, %157
  %26 = fsub <16 x float> %24, %25
  %27 = fmul <16 x float> %21, %26
  %28 = getelementptr inbounds float, ptr %vh.us, i64 %162
  %29 = load <16 x float>, ptr %28, align 4
  %30 = fadd <16 x float> %153, %139
  %31 = fsub <16 x float> %29, %30
  %32 = fmul <16 x float> %21, %31
  br label %t.body.us

t.exit.us:                                        ; preds = %i3.exit.us, %i2.exit.us
  %ci.next.us = add nuw nsw i64 %ci.addr.068.us, 1
  %exitcond95.not = icmp eq i64 %ci.next.us, %nc99110
  br i1 %exitcond95.not, label %ci.head.i4.head.preheader_crit_edge.us, label %i1.head.preheader.us

t.body.us:                                        ; preds = %t.body.us.preheader, %i3.exit.us
  %t.addr.067.us = phi i64 [ %33, %i3.exit.us ], [ %t0.us, %t.body.us.preheader ]
  %delta1.066.us = phi <16 x float> [ %54, %i3.exit.us ], [ %27, %t.body.us.preheader ]
  %delta.065.us = phi <16 x float> [ %46, %i3.exit.us ], [ %32, %t.body.us.preheader ]
  %33 = add nuw nsw i64 %t.addr.067.us, 1
  %tn.us = tail call i64 @llvm.smin.i64(i64 %33, i64 %3)
  %34 = mul nsw i64 %t.addr.067.us, %sq
  %35 = mul nsw i64 %tn.us, %sq
  %invariant.gep = getelementptr float, ptr %kh.us, i64 %35
  br label %i3.body.us

i3.exit.us:                                       ; preds = %i3.body.us
  %36 = fmul <16 x float> %94, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %37 = getelementptr inbounds float, ptr %oh.us, i64 %34
  store <16 x float> %36, ptr %37, align 4
  %38 = mul nsw i64 %tn.us, %H
  %39 = getelementptr inbounds float, ptr %betah.us, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %vh.us, i64 %35
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fsub <16 x float> %42, %97
  %44 = insertelement <16 x float> poison, float %40, i64 0
  %45 = shufflevector <16 x float> %44, <16 x float> poison, <16 x i32> zeroinitializer
  %46 = fmul <16 x float> %45, %43
  %47 = fmul <16 x float> %102, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %48 = or disjoint i64 %34, 16
  %49 = getelementptr inbounds float, ptr %oh.us, i64 %48
  store <16 x float> %47, ptr %49, align 4
  %50 = or disjoint i64 %35, 16
  %51 = getelementptr inbounds float, ptr %vh.us, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fsub <16 x float> %52, %103
  %54 = fmul <16 x float> %45, %53
  %55 = icmp slt i64 %33, %t1.us
  br i1 %55, label %t.body.us, label %t.exit.us

i3.body.us:                                       ; preds = %i3.body.us, %t.body.us
  %i3.addr.064.us = phi i64 [ 0, %t.body.us ], [ %i3.next.us.1, %i3.body.us ]
  %acc7.063.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %103, %i3.body.us ]
  %acc6.062.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %97, %i3.body.us ]
  %acc5.061.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %102, %i3.body.us ]
  %acc416.060.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %94, %i3.body.us ]
  %56 = add nuw nsw i64 %i3.addr.064.us, %34
  %57 = getelementptr inbounds float, ptr %kh.us, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %qh.us, i64 %56
  %60 = load float, ptr %59, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i3.addr.064.us
  %61 = load float, ptr %gep, align 4
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = shl nuw nsw i64 %i3.addr.064.us, 5
  %65 = getelementptr inbounds float, ptr %work, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta.065.us, <16 x float> %66)
  store <16 x float> %67, ptr %65, align 4
  %68 = insertelement <16 x float> poison, float %60, i64 0
  %69 = shufflevector <16 x float> %68, <16 x float> poison, <16 x i32> zeroinitializer
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %67, <16 x float> %acc416.060.us)
  %71 = insertelement <16 x float> poison, float %61, i64 0
  %72 = shufflevector <16 x float> %71, <16 x float> poison, <16 x i32> zeroinitializer
  %73 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %67, <16 x float> %acc6.062.us)
  %74 = or disjoint i64 %64, 16
  %75 = getelementptr inbounds float, ptr %work, i64 %74
  %76 = load <16 x float>, ptr %75, align 4
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta1.066.us, <16 x float> %76)
  store <16 x float> %77, ptr %75, align 4
  %78 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %77, <16 x float> %acc5.061.us)
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %77, <16 x float> %acc7.063.us)
  %i3.next.us = or disjoint i64 %i3.addr.064.us, 1
  %80 = add nuw nsw i64 %i3.next.us, %34
  %81 = getelementptr inbounds float, ptr %kh.us, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %qh.us, i64 %80
  %84 = load float, ptr %83, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us
  %85 = load float, ptr %gep.1, align 4
  %86 = insertelement <16 x float> poison, float %82, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i3.next.us, 5
  %89 = getelementptr inbounds float, ptr %work, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta.065.us, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = insertelement <16 x float> poison, float %84, i64 0
  %93 = shufflevector <16 x float> %92, <16 x float> poison, <16 x i32> zeroinitializer
  %94 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %91, <16 x float> %70)
  %95 = insertelement <16 x float> poison, float %85, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %91, <16 x float> %73)
  %98 = or disjoint i64 %88, 16
  %99 = getelementptr inbounds float, ptr %work, i64 %98
  %100 = load <16 x float>, ptr %99, align 4
  %101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta1.066.us, <16 x float> %100)
  store <16 x float> %101, ptr %99, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %101, <16 x float> %78)
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %101, <16 x float> %79)
  %i3.next.us.1 = add nuw nsw i64 %i3.addr.064.us, 2
  %exitcond94.not.1 = icmp eq i64 %i3.next.us.1, 32
  br i1 %exitcond94.not.1, label %i3.exit.us, label %i3.body.us

i2.body.us:                                       ; preds = %i2.body.us, %i1.head.preheader.us
  %acc.059.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %139, %i2.body.us ]
  %i2.addr.058.us = phi i64 [ 0, %i1.head.preheader.us ], [ %i2.next.us.1, %i2.body.us ]
  %acc3.057.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %157, %i2.body.us ]
  %acc2.056.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %153, %i2.body.us ]
  %acc1.055.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %143, %i2.body.us ]
  %104 = or disjoint i64 %i2.addr.058.us, %162
  %105 = getelementptr inbounds float, ptr %kh.us, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = shl nuw nsw i64 %i2.addr.058.us, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %106, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %109, <16 x float> %acc.059.us)
  %113 = or disjoint i64 %107, 16
  %114 = getelementptr inbounds float, ptr %work, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %115, <16 x float> %acc1.055.us)
  %117 = or disjoint i64 %i2.addr.058.us, 1
  %118 = or disjoint i64 %117, %162
  %119 = getelementptr inbounds float, ptr %kh.us, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = shl nuw nsw i64 %117, 5
  %122 = getelementptr inbounds float, ptr %work, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = insertelement <16 x float> poison, float %120, i64 0
  %125 = shufflevector <16 x float> %124, <16 x float> poison, <16 x i32> zeroinitializer
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %123, <16 x float> %acc2.056.us)
  %127 = or disjoint i64 %121, 16
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %129, <16 x float> %acc3.057.us)
  %i2.next.us = or disjoint i64 %i2.addr.058.us, 2
  %131 = or disjoint i64 %i2.next.us, %162
  %132 = getelementptr inbounds float, ptr %kh.us, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = shl nuw nsw i64 %i2.next.us, 5
  %135 = getelementptr inbounds float, ptr %work, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = insertelement <16 x float> poison, float %133, i64 0
  %138 = shufflevector <16 x float> %137, <16 x float> poison, <16 x i32> zeroinitializer
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %136, <16 x float> %112)
  %140 = or disjoint i64 %134, 16
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %142, <16 x float> %116)
  %144 = or disjoint i64 %i2.addr.058.us, 3
  %145 = or disjoint i64 %144, %162
  %146 = getelementptr inbounds float, ptr %kh.us, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = shl nuw nsw i64 %144, 5
  %149 = getelementptr inbounds float, ptr %work, i64 %148
  %150 = load <16 x float>, ptr %149, align 4
  %151 = insertelement <16 x float> poison, float %147, i64 0
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <16 x i32> zeroinitializer
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %150, <16 x float> %126)
  %154 = or disjoint i64 %148, 16
  %155 = getelementptr inbounds float, ptr %work, i64 %154
  %156 = load <16 x float>, ptr %155, align 4
  %157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %156, <16 x float> %130)
  %i2.next.us.1 = add nuw nsw i64 %i2.addr.058.us, 4
  %158 = icmp ult i64 %i2.next.us, 30
  br i1 %158, label %i2.body.us, label %i2.exit.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %t.exit.us
  %ci.addr.068.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %t.exit.us ]
  %159 = add i64 %8, %ci.addr.068.us
  %160 = shl i64 %159, 12
  %gep109 = getelementptr i8, ptr %invariant.gep108, i64 %160
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep109, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0.us = shl nsw i64 %ci.addr.068.us, 6
  %161 = add nuw nsw i64 %t0.us, 64
  %162 = mul nsw i64 %t0.us, %sq
  br label %i2.body.us

ci.head.i4.head.preheader_crit_edge.us:           ; preds = %t.exit.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep97, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.071.us, 1
  %indvar.next89 = add i64 %indvar88, 1
  %exitcond98.not = icmp eq i64 %indvar.next89, %10
  br i1 %exitcond98.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %163 = add i64 %indvar, %bh0
  %164 = shl i64 %163, 12
  %scevgep87 = getelementptr i8, ptr %hT, i64 %164
  %scevgep85 = getelementptr i8, ptr %h0, i64 %164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %165 = add i64 %indvar.next, %bh0
  %166 = shl i64 %165, 12
  %scevgep87.1 = getelementptr i8, ptr %hT, i64 %166
  %scevgep85.1 = getelementptr i8, ptr %h0, i64 %166
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.1, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %167 = add i64 %indvar.next.1, %bh0
  %168 = shl i64 %167, 12
  %scevgep87.2 = getelementptr i8, ptr %hT, i64 %168
  %scevgep85.2 = getelementptr i8, ptr %h0, i64 %168
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.2, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %169 = add i64 %indvar.next.2, %bh0
  %170 = shl i64 %169, 12
  %scevgep87.3 = getelementptr i8, ptr %hT, i64 %170
  %scevgep85.3 = getelementptr i8, ptr %h0, i64 %170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.3, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %171 = add i64 %indvar.next.3, %bh0
  %172 = shl i64 %171, 12
  %scevgep87.4 = getelementptr i8, ptr %hT, i64 %172
  %scevgep85.4 = getelementptr i8, ptr %h0, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.4, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %173 = add i64 %indvar.next.4, %bh0
  %174 = shl i64 %173, 12
  %scevgep87.5 = getelementptr i8, ptr %hT, i64 %174
  %scevgep85.5 = getelementptr i8, ptr %h0, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.5, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %175 = add i64 %indvar.next.5, %bh0
  %176 = shl i64 %175, 12
  %scevgep87.6 = getelementptr i8, ptr %hT, i64 %176
  %scevgep85.6 = getelementptr i8, ptr %h0, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.6, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %177 = add i64 %indvar.next.6, %bh0
  %178 = shl i64 %177, 12
  %scevgep87.7 = getelementptr i8, ptr %hT, i64 %178
  %scevgep85.7 = getelementptr i8, ptr %h0, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.7, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit126.unr-lcssa, label %bh.body

bh.exit.loopexit126.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit126.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit126.unr-lcssa ]
  %179 = add i64 %indvar.epil, %bh0
  %180 = shl i64 %179, 12
  %scevgep87.epil = getelementptr i8, ptr %hT, i64 %180
  %scevgep85.epil = getelementptr i8, ptr %h0, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.epil, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !0

bh.exit:                                          ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil, %ci.head.i4.head.preheader_crit_edge.us, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

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
define void @dp_bwd_h1_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
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
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2731 = getelementptr inbounds i8, ptr %work, i64 33280
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 12
  %7 = add i64 %6, -4096
  %8 = shl i64 %nc, 12
  %9 = shl nsw i64 %nc, 6
  %10 = add i64 %9, 144115188075855808
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -8192
  %13 = shl i64 %H, 7
  %14 = add i64 %T, 64
  %15 = sub i64 %14, %9
  %smax3000 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %16 = sub i64 %bh1, %bh0
  %scevgep2957.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2957.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2957.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2957.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2957.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2957.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2957.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2957.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2957.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2957.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2957.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2957.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2957.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2957.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2957.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2957.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2957.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2957.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2957.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2957.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2957.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2957.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2957.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2957.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2957.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2957.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2957.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2957.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2957.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2957.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2957.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3168 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3170 = getelementptr i8, ptr %work, i64 98304
  %invariant.gep3172 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3174 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3176 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3178 = getelementptr i8, ptr %work, i64 90112
  %17 = getelementptr inbounds i8, ptr %work, i64 172096
  %18 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3180 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3182 = getelementptr inbounds i8, ptr %work, i64 106496
  %invariant.gep3186 = getelementptr inbounds i8, ptr %work, i64 106560
  %invariant.gep3188 = getelementptr inbounds i8, ptr %work, i64 33024
  %invariant.gep3190 = getelementptr inbounds i8, ptr %work, i64 33088
  %19 = getelementptr inbounds i8, ptr %work, i64 239168
  %invariant.gep3192 = getelementptr inbounds i8, ptr %work, i64 33152
  %20 = getelementptr inbounds i8, ptr %work, i64 239232
  %invariant.gep3194 = getelementptr inbounds i8, ptr %work, i64 33216
  %21 = getelementptr inbounds i8, ptr %work, i64 239296
  %invariant.gep3196 = getelementptr i8, ptr %work, i64 106496
  %invariant.gep3198 = getelementptr inbounds i8, ptr %work, i64 33280
  %invariant.gep3202 = getelementptr i8, ptr %work, i64 33280
  %invariant.gep3208 = getelementptr inbounds i8, ptr %work, i64 35840
  %scevgep3003 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3184 = getelementptr inbounds i8, ptr %work, i64 155840
  %scevgep3003.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3003.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3003.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3003.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3003.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3003.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3003.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3003.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3003.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3003.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3003.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3003.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3003.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3003.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3003.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3003.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3003.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3003.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3003.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3003.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3003.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3003.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3003.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3003.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3003.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3003.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3003.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3003.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3003.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3003.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3003.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02756 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %22 = add i64 %indvar, %bh0
  %23 = shl i64 %22, 12
  %24 = mul i64 %8, %indvar
  %25 = add i64 %7, %24
  %b = sdiv i64 %bh.addr.02756, %H
  %h = srem i64 %bh.addr.02756, %H
  %26 = mul i64 %1, %b
  %bT = add i64 %26, %h
  %27 = shl nsw i64 %bT, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %27
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %27
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %28 = getelementptr i8, ptr %dhT, i64 %23
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %28, i64 128, i1 false)
  %scevgep2956.1 = getelementptr i8, ptr %28, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.1, i64 128, i1 false)
  %scevgep2956.2 = getelementptr i8, ptr %28, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.2, i64 128, i1 false)
  %scevgep2956.3 = getelementptr i8, ptr %28, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.3, i64 128, i1 false)
  %scevgep2956.4 = getelementptr i8, ptr %28, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.4, i64 128, i1 false)
  %scevgep2956.5 = getelementptr i8, ptr %28, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.5, i64 128, i1 false)
  %scevgep2956.6 = getelementptr i8, ptr %28, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.6, i64 128, i1 false)
  %scevgep2956.7 = getelementptr i8, ptr %28, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.7, i64 128, i1 false)
  %scevgep2956.8 = getelementptr i8, ptr %28, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.8, i64 128, i1 false)
  %scevgep2956.9 = getelementptr i8, ptr %28, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.9, i64 128, i1 false)
  %scevgep2956.10 = getelementptr i8, ptr %28, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.10, i64 128, i1 false)
  %scevgep2956.11 = getelementptr i8, ptr %28, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.11, i64 128, i1 false)
  %scevgep2956.12 = getelementptr i8, ptr %28, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.12, i64 128, i1 false)
  %scevgep2956.13 = getelementptr i8, ptr %28, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.13, i64 128, i1 false)
  %scevgep2956.14 = getelementptr i8, ptr %28, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.14, i64 128, i1 false)
  %scevgep2956.15 = getelementptr i8, ptr %28, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.15, i64 128, i1 false)
  %scevgep2956.16 = getelementptr i8, ptr %28, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.16, i64 128, i1 false)
  %scevgep2956.17 = getelementptr i8, ptr %28, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.17, i64 128, i1 false)
  %scevgep2956.18 = getelementptr i8, ptr %28, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.18, i64 128, i1 false)
  %scevgep2956.19 = getelementptr i8, ptr %28, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.19, i64 128, i1 false)
  %scevgep2956.20 = getelementptr i8, ptr %28, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.20, i64 128, i1 false)
  %scevgep2956.21 = getelementptr i8, ptr %28, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.21, i64 128, i1 false)
  %scevgep2956.22 = getelementptr i8, ptr %28, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.22, i64 128, i1 false)
  %scevgep2956.23 = getelementptr i8, ptr %28, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.23, i64 128, i1 false)
  %scevgep2956.24 = getelementptr i8, ptr %28, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.24, i64 128, i1 false)
  %scevgep2956.25 = getelementptr i8, ptr %28, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.25, i64 128, i1 false)
  %scevgep2956.26 = getelementptr i8, ptr %28, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.26, i64 128, i1 false)
  %scevgep2956.27 = getelementptr i8, ptr %28, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.27, i64 128, i1 false)
  %scevgep2956.28 = getelementptr i8, ptr %28, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.28, i64 128, i1 false)
  %scevgep2956.29 = getelementptr i8, ptr %28, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.29, i64 128, i1 false)
  %scevgep2956.30 = getelementptr i8, ptr %28, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.30, i64 128, i1 false)
  %scevgep2956.31 = getelementptr i8, ptr %28, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2956.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %27
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %27
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

bh.exit:                                          ; preds = %j32.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %29 = mul nsw i64 %bh.addr.02756, %nc
  %30 = add i64 %11, %bT
  %31 = shl i64 %30, 7
  %32 = getelementptr i8, ptr %qh, i64 64
  %33 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i35.exit
  %indvars.iv2992 = phi i64 [ %15, %cc.body.lr.ph ], [ %indvars.iv.next2993, %i35.exit ]
  %cc.addr.02753 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i35.exit ]
  %smin3540 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2992, i64 64)
  %smax3541 = tail call i64 @llvm.smax.i64(i64 %smin3540, i64 1)
  %34 = mul i64 %12, %cc.addr.02753
  %35 = add i64 %31, %34
  %36 = shl i64 %cc.addr.02753, 12
  %37 = sub i64 %25, %36
  %38 = xor i64 %cc.addr.02753, -1
  %ci = add nsw i64 %nc, %38
  %t0 = shl nsw i64 %ci, 6
  %39 = sub nsw i64 %T, %t0
  %scevgep2958 = getelementptr i8, ptr %hs, i64 %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958, i64 128, i1 false)
  %40 = or disjoint i64 %37, 128
  %scevgep2958.1 = getelementptr i8, ptr %hs, i64 %40
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.1, i64 128, i1 false)
  %41 = or disjoint i64 %37, 256
  %scevgep2958.2 = getelementptr i8, ptr %hs, i64 %41
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.2, i64 128, i1 false)
  %42 = or disjoint i64 %37, 384
  %scevgep2958.3 = getelementptr i8, ptr %hs, i64 %42
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.3, i64 128, i1 false)
  %43 = or disjoint i64 %37, 512
  %scevgep2958.4 = getelementptr i8, ptr %hs, i64 %43
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.4, i64 128, i1 false)
  %44 = or disjoint i64 %37, 640
  %scevgep2958.5 = getelementptr i8, ptr %hs, i64 %44
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.5, i64 128, i1 false)
  %45 = or disjoint i64 %37, 768
  %scevgep2958.6 = getelementptr i8, ptr %hs, i64 %45
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.6, i64 128, i1 false)
  %46 = or disjoint i64 %37, 896
  %scevgep2958.7 = getelementptr i8, ptr %hs, i64 %46
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.7, i64 128, i1 false)
  %47 = or disjoint i64 %37, 1024
  %scevgep2958.8 = getelementptr i8, ptr %hs, i64 %47
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.8, i64 128, i1 false)
  %48 = or disjoint i64 %37, 1152
  %scevgep2958.9 = getelementptr i8, ptr %hs, i64 %48
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.9, i64 128, i1 false)
  %49 = or disjoint i64 %37, 1280
  %scevgep2958.10 = getelementptr i8, ptr %hs, i64 %49
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.10, i64 128, i1 false)
  %50 = or disjoint i64 %37, 1408
  %scevgep2958.11 = getelementptr i8, ptr %hs, i64 %50
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.11, i64 128, i1 false)
  %51 = or disjoint i64 %37, 1536
  %scevgep2958.12 = getelementptr i8, ptr %hs, i64 %51
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.12, i64 128, i1 false)
  %52 = or disjoint i64 %37, 1664
  %scevgep2958.13 = getelementptr i8, ptr %hs, i64 %52
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.13, i64 128, i1 false)
  %53 = or disjoint i64 %37, 1792
  %scevgep2958.14 = getelementptr i8, ptr %hs, i64 %53
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.14, i64 128, i1 false)
  %54 = or disjoint i64 %37, 1920
  %scevgep2958.15 = getelementptr i8, ptr %hs, i64 %54
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.15, i64 128, i1 false)
  %55 = or disjoint i64 %37, 2048
  %scevgep2958.16 = getelementptr i8, ptr %hs, i64 %55
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.16, i64 128, i1 false)
  %56 = or disjoint i64 %37, 2176
  %scevgep2958.17 = getelementptr i8, ptr %hs, i64 %56
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.17, i64 128, i1 false)
  %57 = or disjoint i64 %37, 2304
  %scevgep2958.18 = getelementptr i8, ptr %hs, i64 %57
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.18, i64 128, i1 false)
  %58 = or disjoint i64 %37, 2432
  %scevgep2958.19 = getelementptr i8, ptr %hs, i64 %58
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.19, i64 128, i1 false)
  %59 = or disjoint i64 %37, 2560
  %scevgep2958.20 = getelementptr i8, ptr %hs, i64 %59
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.20, i64 128, i1 false)
  %60 = or disjoint i64 %37, 2688
  %scevgep2958.21 = getelementptr i8, ptr %hs, i64 %60
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.21, i64 128, i1 false)
  %61 = or disjoint i64 %37, 2816
  %scevgep2958.22 = getelementptr i8, ptr %hs, i64 %61
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.22, i64 128, i1 false)
  %62 = or disjoint i64 %37, 2944
  %scevgep2958.23 = getelementptr i8, ptr %hs, i64 %62
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.23, i64 128, i1 false)
  %63 = or disjoint i64 %37, 3072
  %scevgep2958.24 = getelementptr i8, ptr %hs, i64 %63
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.24, i64 128, i1 false)
  %64 = or disjoint i64 %37, 3200
  %scevgep2958.25 = getelementptr i8, ptr %hs, i64 %64
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.25, i64 128, i1 false)
  %65 = or disjoint i64 %37, 3328
  %scevgep2958.26 = getelementptr i8, ptr %hs, i64 %65
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.26, i64 128, i1 false)
  %66 = or disjoint i64 %37, 3456
  %scevgep2958.27 = getelementptr i8, ptr %hs, i64 %66
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.27, i64 128, i1 false)
  %67 = or disjoint i64 %37, 3584
  %scevgep2958.28 = getelementptr i8, ptr %hs, i64 %67
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.28, i64 128, i1 false)
  %68 = or disjoint i64 %37, 3712
  %scevgep2958.29 = getelementptr i8, ptr %hs, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.29, i64 128, i1 false)
  %69 = or disjoint i64 %37, 3840
  %scevgep2958.30 = getelementptr i8, ptr %hs, i64 %69
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.30, i64 128, i1 false)
  %70 = or disjoint i64 %37, 3968
  %scevgep2958.31 = getelementptr i8, ptr %hs, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2957.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2958.31, i64 128, i1 false)
  %71 = add nsw i64 %ci, %29
  %72 = shl nsw i64 %71, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %73 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02511 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %74 = shl nuw nsw i64 %i2.addr.02511, 5
  %75 = or disjoint i64 %74, %72
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %76 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02510 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %77 = or disjoint i64 %75, %j2.addr.02510
  %78 = getelementptr inbounds float, ptr %hs, i64 %77
  %79 = load <16 x float>, ptr %78, align 4
  %80 = or disjoint i64 %77, 256
  %81 = getelementptr inbounds float, ptr %hs, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = or disjoint i64 %77, 32
  %84 = getelementptr inbounds float, ptr %hs, i64 %83
  %85 = load <16 x float>, ptr %84, align 4
  %86 = or disjoint i64 %77, 288
  %87 = getelementptr inbounds float, ptr %hs, i64 %86
  %88 = load <16 x float>, ptr %87, align 4
  %89 = or disjoint i64 %77, 64
  %90 = getelementptr inbounds float, ptr %hs, i64 %89
  %91 = load <16 x float>, ptr %90, align 4
  %92 = or disjoint i64 %77, 320
  %93 = getelementptr inbounds float, ptr %hs, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = or disjoint i64 %77, 96
  %96 = getelementptr inbounds float, ptr %hs, i64 %95
  %97 = load <16 x float>, ptr %96, align 4
  %98 = or disjoint i64 %77, 352
  %99 = getelementptr inbounds float, ptr %hs, i64 %98
  %100 = load <16 x float>, ptr %99, align 4
  %101 = or disjoint i64 %77, 128
  %102 = getelementptr inbounds float, ptr %hs, i64 %101
  %103 = load <16 x float>, ptr %102, align 4
  %104 = or disjoint i64 %77, 384
  %105 = getelementptr inbounds float, ptr %hs, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = or disjoint i64 %77, 160
  %108 = getelementptr inbounds float, ptr %hs, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = or disjoint i64 %77, 416
  %111 = getelementptr inbounds float, ptr %hs, i64 %110
  %112 = load <16 x float>, ptr %111, align 4
  %113 = or disjoint i64 %77, 192
  %114 = getelementptr inbounds float, ptr %hs, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = or disjoint i64 %77, 448
  %117 = getelementptr inbounds float, ptr %hs, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = or disjoint i64 %77, 224
  %120 = getelementptr inbounds float, ptr %hs, i64 %119
  %121 = load <16 x float>, ptr %120, align 4
  %122 = or disjoint i64 %77, 480
  %123 = getelementptr inbounds float, ptr %hs, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = shufflevector <16 x float> %79, <16 x float> %82, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %126 = shufflevector <16 x float> %103, <16 x float> %106, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %127 = shufflevector <16 x float> %85, <16 x float> %88, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %128 = shufflevector <16 x float> %109, <16 x float> %112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %129 = shufflevector <16 x float> %91, <16 x float> %94, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %130 = shufflevector <16 x float> %115, <16 x float> %118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %131 = shufflevector <16 x float> %97, <16 x float> %100, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %132 = shufflevector <16 x float> %121, <16 x float> %124, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %133 = shufflevector <16 x float> %79, <16 x float> %82, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %134 = shufflevector <16 x float> %103, <16 x float> %106, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %135 = shufflevector <16 x float> %85, <16 x float> %88, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %136 = shufflevector <16 x float> %109, <16 x float> %112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %137 = shufflevector <16 x float> %91, <16 x float> %94, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %138 = shufflevector <16 x float> %115, <16 x float> %118, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %139 = shufflevector <16 x float> %97, <16 x float> %100, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %140 = shufflevector <16 x float> %121, <16 x float> %124, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %141 = shufflevector <16 x float> %125, <16 x float> %126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %142 = shufflevector <16 x float> %129, <16 x float> %130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %143 = shufflevector <16 x float> %127, <16 x float> %128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %144 = shufflevector <16 x float> %131, <16 x float> %132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %145 = shufflevector <16 x float> %125, <16 x float> %126, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %146 = shufflevector <16 x float> %129, <16 x float> %130, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %147 = shufflevector <16 x float> %127, <16 x float> %128, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %148 = shufflevector <16 x float> %131, <16 x float> %132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %149 = shufflevector <16 x float> %133, <16 x float> %134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %150 = shufflevector <16 x float> %137, <16 x float> %138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %151 = shufflevector <16 x float> %135, <16 x float> %136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %152 = shufflevector <16 x float> %139, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %153 = shufflevector <16 x float> %133, <16 x float> %134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %154 = shufflevector <16 x float> %137, <16 x float> %138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %155 = shufflevector <16 x float> %135, <16 x float> %136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %156 = shufflevector <16 x float> %139, <16 x float> %140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %157 = shufflevector <16 x float> %141, <16 x float> %142, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %158 = shufflevector <16 x float> %143, <16 x float> %144, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %159 = shufflevector <16 x float> %141, <16 x float> %142, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %160 = shufflevector <16 x float> %143, <16 x float> %144, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %161 = shufflevector <16 x float> %145, <16 x float> %146, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %162 = shufflevector <16 x float> %147, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %163 = shufflevector <16 x float> %145, <16 x float> %146, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %164 = shufflevector <16 x float> %147, <16 x float> %148, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %165 = shufflevector <16 x float> %149, <16 x float> %150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %166 = shufflevector <16 x float> %151, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %167 = shufflevector <16 x float> %149, <16 x float> %150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %168 = shufflevector <16 x float> %151, <16 x float> %152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %169 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %170 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %171 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %172 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %173 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %174 = shl nuw nsw i64 %j2.addr.02510, 5
  %175 = or disjoint i64 %174, %i2.addr.02511
  %176 = or disjoint i64 %175, 1024
  %177 = getelementptr inbounds float, ptr %Bk, i64 %176
  store <16 x float> %173, ptr %177, align 4
  %178 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %179 = or disjoint i64 %175, 1056
  %180 = getelementptr inbounds float, ptr %Bk, i64 %179
  store <16 x float> %178, ptr %180, align 4
  %181 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %182 = or disjoint i64 %175, 1088
  %183 = getelementptr inbounds float, ptr %Bk, i64 %182
  store <16 x float> %181, ptr %183, align 4
  %184 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %185 = or disjoint i64 %175, 1120
  %186 = getelementptr inbounds float, ptr %Bk, i64 %185
  store <16 x float> %184, ptr %186, align 4
  %187 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %188 = or disjoint i64 %175, 1152
  %189 = getelementptr inbounds float, ptr %Bk, i64 %188
  store <16 x float> %187, ptr %189, align 4
  %190 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %191 = or disjoint i64 %175, 1184
  %192 = getelementptr inbounds float, ptr %Bk, i64 %191
  store <16 x float> %190, ptr %192, align 4
  %193 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %194 = or disjoint i64 %175, 1216
  %195 = getelementptr inbounds float, ptr %Bk, i64 %194
  store <16 x float> %193, ptr %195, align 4
  %196 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %197 = or disjoint i64 %175, 1248
  %198 = getelementptr inbounds float, ptr %Bk, i64 %197
  store <16 x float> %196, ptr %198, align 4
  %199 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %200 = or disjoint i64 %175, 1280
  %201 = getelementptr inbounds float, ptr %Bk, i64 %200
  store <16 x float> %199, ptr %201, align 4
  %202 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %203 = or disjoint i64 %175, 1312
  %204 = getelementptr inbounds float, ptr %Bk, i64 %203
  store <16 x float> %202, ptr %204, align 4
  %205 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %206 = or disjoint i64 %175, 1344
  %207 = getelementptr inbounds float, ptr %Bk, i64 %206
  store <16 x float> %205, ptr %207, align 4
  %208 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %209 = or disjoint i64 %175, 1376
  %210 = getelementptr inbounds float, ptr %Bk, i64 %209
  store <16 x float> %208, ptr %210, align 4
  %211 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %212 = or disjoint i64 %175, 1408
  %213 = getelementptr inbounds float, ptr %Bk, i64 %212
  store <16 x float> %211, ptr %213, align 4
  %214 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %215 = or disjoint i64 %175, 1440
  %216 = getelementptr inbounds float, ptr %Bk, i64 %215
  store <16 x float> %214, ptr %216, align 4
  %217 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %218 = or disjoint i64 %175, 1472
  %219 = getelementptr inbounds float, ptr %Bk, i64 %218
  store <16 x float> %217, ptr %219, align 4
  %220 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %221 = or disjoint i64 %175, 1504
  %222 = getelementptr inbounds float, ptr %Bk, i64 %221
  store <16 x float> %220, ptr %222, align 4
  br i1 %76, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %73, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %223 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02513 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %224 = shl nuw nsw i64 %i3.addr.02513, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %225 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02512 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %226 = or disjoint i64 %j3.addr.02512, %224
  %227 = or disjoint i64 %226, 32
  %228 = getelementptr inbounds float, ptr %work, i64 %227
  %229 = load <16 x float>, ptr %228, align 4
  %230 = or disjoint i64 %226, 544
  %231 = getelementptr inbounds float, ptr %work, i64 %230
  %232 = load <16 x float>, ptr %231, align 4
  %233 = or disjoint i64 %226, 96
  %234 = getelementptr inbounds float, ptr %work, i64 %233
  %235 = load <16 x float>, ptr %234, align 4
  %236 = or disjoint i64 %226, 608
  %237 = getelementptr inbounds float, ptr %work, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %226, 160
  %240 = getelementptr inbounds float, ptr %work, i64 %239
  %241 = load <16 x float>, ptr %240, align 4
  %242 = or disjoint i64 %226, 672
  %243 = getelementptr inbounds float, ptr %work, i64 %242
  %244 = load <16 x float>, ptr %243, align 4
  %245 = or disjoint i64 %226, 224
  %246 = getelementptr inbounds float, ptr %work, i64 %245
  %247 = load <16 x float>, ptr %246, align 4
  %248 = or disjoint i64 %226, 736
  %249 = getelementptr inbounds float, ptr %work, i64 %248
  %250 = load <16 x float>, ptr %249, align 4
  %251 = or disjoint i64 %226, 288
  %252 = getelementptr inbounds float, ptr %work, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = or disjoint i64 %226, 800
  %255 = getelementptr inbounds float, ptr %work, i64 %254
  %256 = load <16 x float>, ptr %255, align 4
  %257 = or disjoint i64 %226, 352
  %258 = getelementptr inbounds float, ptr %work, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = or disjoint i64 %226, 864
  %261 = getelementptr inbounds float, ptr %work, i64 %260
  %262 = load <16 x float>, ptr %261, align 4
  %263 = or disjoint i64 %226, 416
  %264 = getelementptr inbounds float, ptr %work, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = or disjoint i64 %226, 928
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %226, 480
  %270 = getelementptr inbounds float, ptr %work, i64 %269
  %271 = load <16 x float>, ptr %270, align 4
  %272 = or disjoint i64 %226, 992
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %276 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %277 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %278 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %279 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %280 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %281 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %282 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %283 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %284 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %285 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %286 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %287 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %288 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %289 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %290 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %291 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %292 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %293 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %294 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %295 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %296 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %297 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %298 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %299 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %300 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %301 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %302 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %303 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %304 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %305 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %306 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %307 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %308 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %309 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %310 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %311 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %312 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %313 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %314 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %315 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %316 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %317 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %318 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %319 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %320 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %321 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %322 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %323 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %324 = shl nuw nsw i64 %j3.addr.02512, 5
  %325 = or disjoint i64 %324, %i3.addr.02513
  %326 = getelementptr inbounds float, ptr %Bk, i64 %325
  store <16 x float> %323, ptr %326, align 4
  %327 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %328 = or disjoint i64 %325, 32
  %329 = getelementptr inbounds float, ptr %Bk, i64 %328
  store <16 x float> %327, ptr %329, align 4
  %330 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %331 = or disjoint i64 %325, 64
  %332 = getelementptr inbounds float, ptr %Bk, i64 %331
  store <16 x float> %330, ptr %332, align 4
  %333 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %334 = or disjoint i64 %325, 96
  %335 = getelementptr inbounds float, ptr %Bk, i64 %334
  store <16 x float> %333, ptr %335, align 4
  %336 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %337 = or disjoint i64 %325, 128
  %338 = getelementptr inbounds float, ptr %Bk, i64 %337
  store <16 x float> %336, ptr %338, align 4
  %339 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %340 = or disjoint i64 %325, 160
  %341 = getelementptr inbounds float, ptr %Bk, i64 %340
  store <16 x float> %339, ptr %341, align 4
  %342 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %343 = or disjoint i64 %325, 192
  %344 = getelementptr inbounds float, ptr %Bk, i64 %343
  store <16 x float> %342, ptr %344, align 4
  %345 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %346 = or disjoint i64 %325, 224
  %347 = getelementptr inbounds float, ptr %Bk, i64 %346
  store <16 x float> %345, ptr %347, align 4
  %348 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %349 = or disjoint i64 %325, 256
  %350 = getelementptr inbounds float, ptr %Bk, i64 %349
  store <16 x float> %348, ptr %350, align 4
  %351 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %352 = or disjoint i64 %325, 288
  %353 = getelementptr inbounds float, ptr %Bk, i64 %352
  store <16 x float> %351, ptr %353, align 4
  %354 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %355 = or disjoint i64 %325, 320
  %356 = getelementptr inbounds float, ptr %Bk, i64 %355
  store <16 x float> %354, ptr %356, align 4
  %357 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %358 = or disjoint i64 %325, 352
  %359 = getelementptr inbounds float, ptr %Bk, i64 %358
  store <16 x float> %357, ptr %359, align 4
  %360 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %361 = or disjoint i64 %325, 384
  %362 = getelementptr inbounds float, ptr %Bk, i64 %361
  store <16 x float> %360, ptr %362, align 4
  %363 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %364 = or disjoint i64 %325, 416
  %365 = getelementptr inbounds float, ptr %Bk, i64 %364
  store <16 x float> %363, ptr %365, align 4
  %366 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %367 = or disjoint i64 %325, 448
  %368 = getelementptr inbounds float, ptr %Bk, i64 %367
  store <16 x float> %366, ptr %368, align 4
  %369 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %370 = or disjoint i64 %325, 480
  %371 = getelementptr inbounds float, ptr %Bk, i64 %370
  store <16 x float> %369, ptr %371, align 4
  br i1 %225, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %223, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02515 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02515, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2763 = shl nsw i64 %s.addr.02515, 8
  %invariant.gep3166 = getelementptr inbounds i8, ptr %M, i64 %.idx2763
  %372 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %373 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %374 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %375 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %376 = select <8 x i1> %372, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %377 = select <8 x i1> %373, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %378 = select <8 x i1> %374, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %379 = select <8 x i1> %375, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %380 = getelementptr inbounds i8, ptr %invariant.gep3166, i64 32
  %381 = getelementptr inbounds i8, ptr %invariant.gep3166, i64 64
  %382 = getelementptr inbounds i8, ptr %invariant.gep3166, i64 96
  store <8 x float> %376, ptr %invariant.gep3166, align 4
  store <8 x float> %377, ptr %380, align 4
  store <8 x float> %378, ptr %381, align 4
  store <8 x float> %379, ptr %382, align 4
  %383 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %384 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %385 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %386 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %387 = select <8 x i1> %383, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %388 = select <8 x i1> %384, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %389 = select <8 x i1> %385, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %390 = select <8 x i1> %386, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %391 = getelementptr inbounds i8, ptr %invariant.gep3166, i64 128
  %392 = getelementptr inbounds i8, ptr %invariant.gep3166, i64 160
  %393 = getelementptr inbounds i8, ptr %invariant.gep3166, i64 192
  %394 = getelementptr inbounds i8, ptr %invariant.gep3166, i64 224
  store <8 x float> %387, ptr %391, align 4
  store <8 x float> %388, ptr %392, align 4
  store <8 x float> %389, ptr %393, align 4
  store <8 x float> %390, ptr %394, align 4
  %s.next = add nuw nsw i64 %s.addr.02515, 1
  %exitcond2961.not = icmp eq i64 %s.next, 64
  br i1 %exitcond2961.not, label %t1.body, label %t.head.preheader

t1.body:                                          ; preds = %t.head.preheader, %endif
  %t1.addr.02526 = phi i64 [ %t1.next, %endif ], [ 0, %t.head.preheader ]
  %395 = shl nuw nsw i64 %t1.addr.02526, 7
  %gep3169 = getelementptr i8, ptr %invariant.gep3168, i64 %395
  %gep3171 = getelementptr i8, ptr %invariant.gep3170, i64 %395
  %396 = icmp sgt i64 %39, %t1.addr.02526
  br i1 %396, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t1.body
  %gep3173 = getelementptr i8, ptr %invariant.gep3172, i64 %395
  %gep3175 = getelementptr i8, ptr %invariant.gep3174, i64 %395
  %gep3177 = getelementptr i8, ptr %invariant.gep3176, i64 %395
  %gep3179 = getelementptr i8, ptr %invariant.gep3178, i64 %395
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3173, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3175, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3171, i8 0, i64 128, i1 false)
  %397 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02526
  store float 0.000000e+00, ptr %397, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3177, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3179, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3169, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %398 = mul i64 %13, %t1.addr.02526
  %399 = add i64 %35, %398
  %scevgep2969 = getelementptr i8, ptr %dout, i64 %399
  %scevgep2972 = getelementptr i8, ptr %v, i64 %399
  %400 = add nuw nsw i64 %t1.addr.02526, %t0
  %401 = mul nsw i64 %400, %sq
  %402 = shl nuw nsw i64 %t1.addr.02526, 5
  %403 = getelementptr float, ptr %qh, i64 %401
  %404 = load <16 x float>, ptr %403, align 4
  %405 = fmul <16 x float> %404, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %406 = or disjoint i64 %402, 2048
  %407 = getelementptr inbounds float, ptr %Bk, i64 %406
  store <16 x float> %405, ptr %407, align 4
  %408 = getelementptr inbounds float, ptr %QK, i64 %402
  store <16 x float> %405, ptr %408, align 4
  %409 = getelementptr float, ptr %32, i64 %401
  %410 = load <16 x float>, ptr %409, align 4
  %411 = fmul <16 x float> %410, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %412 = or disjoint i64 %402, 16
  %413 = or i64 %402, 2064
  %414 = getelementptr inbounds float, ptr %Bk, i64 %413
  store <16 x float> %411, ptr %414, align 4
  %415 = getelementptr inbounds float, ptr %QK, i64 %412
  store <16 x float> %411, ptr %415, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3171, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2969, i64 128, i1 false)
  %tau = or disjoint i64 %t1.addr.02526, %t0
  %416 = mul nsw i64 %tau, %H
  %417 = getelementptr inbounds float, ptr %betah, i64 %416
  %418 = load float, ptr %417, align 4
  %419 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02526
  store float %418, ptr %419, align 4
  %420 = mul nsw i64 %tau, %sq
  %421 = getelementptr float, ptr %kh, i64 %420
  %422 = load <16 x float>, ptr %421, align 4
  %423 = or disjoint i64 %402, 4096
  %424 = getelementptr inbounds float, ptr %Bk, i64 %423
  store <16 x float> %422, ptr %424, align 4
  %425 = fneg <16 x float> %422
  %426 = getelementptr inbounds float, ptr %QK, i64 %406
  store <16 x float> %425, ptr %426, align 4
  %427 = getelementptr float, ptr %33, i64 %420
  %428 = load <16 x float>, ptr %427, align 4
  %429 = or i64 %402, 4112
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = fneg <16 x float> %428
  %432 = getelementptr inbounds float, ptr %QK, i64 %413
  store <16 x float> %431, ptr %432, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3169, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2972, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02526, 1
  %exitcond2973.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond2973.not, label %j12.head.preheader, label %t1.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %i12.addr.02528 = phi i64 [ %i12.next, %j12.exit ], [ 0, %endif ]
  %433 = shl nuw nsw i64 %i12.addr.02528, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %434 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02527 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %435 = or disjoint i64 %j12.addr.02527, %433
  %436 = or disjoint i64 %435, 4096
  %437 = getelementptr inbounds float, ptr %Bk, i64 %436
  %438 = load <16 x float>, ptr %437, align 4
  %439 = or disjoint i64 %435, 4352
  %440 = getelementptr inbounds float, ptr %Bk, i64 %439
  %441 = load <16 x float>, ptr %440, align 4
  %442 = or disjoint i64 %435, 4128
  %443 = getelementptr inbounds float, ptr %Bk, i64 %442
  %444 = load <16 x float>, ptr %443, align 4
  %445 = or disjoint i64 %435, 4384
  %446 = getelementptr inbounds float, ptr %Bk, i64 %445
  %447 = load <16 x float>, ptr %446, align 4
  %448 = or disjoint i64 %435, 4160
  %449 = getelementptr inbounds float, ptr %Bk, i64 %448
  %450 = load <16 x float>, ptr %449, align 4
  %451 = or disjoint i64 %435, 4416
  %452 = getelementptr inbounds float, ptr %Bk, i64 %451
  %453 = load <16 x float>, ptr %452, align 4
  %454 = or disjoint i64 %435, 4192
  %455 = getelementptr inbounds float, ptr %Bk, i64 %454
  %456 = load <16 x float>, ptr %455, align 4
  %457 = or disjoint i64 %435, 4448
  %458 = getelementptr inbounds float, ptr %Bk, i64 %457
  %459 = load <16 x float>, ptr %458, align 4
  %460 = or disjoint i64 %435, 4224
  %461 = getelementptr inbounds float, ptr %Bk, i64 %460
  %462 = load <16 x float>, ptr %461, align 4
  %463 = or disjoint i64 %435, 4480
  %464 = getelementptr inbounds float, ptr %Bk, i64 %463
  %465 = load <16 x float>, ptr %464, align 4
  %466 = or disjoint i64 %435, 4256
  %467 = getelementptr inbounds float, ptr %Bk, i64 %466
  %468 = load <16 x float>, ptr %467, align 4
  %469 = or disjoint i64 %435, 4512
  %470 = getelementptr inbounds float, ptr %Bk, i64 %469
  %471 = load <16 x float>, ptr %470, align 4
  %472 = or disjoint i64 %435, 4288
  %473 = getelementptr inbounds float, ptr %Bk, i64 %472
  %474 = load <16 x float>, ptr %473, align 4
  %475 = or disjoint i64 %435, 4544
  %476 = getelementptr inbounds float, ptr %Bk, i64 %475
  %477 = load <16 x float>, ptr %476, align 4
  %478 = or disjoint i64 %435, 4320
  %479 = getelementptr inbounds float, ptr %Bk, i64 %478
  %480 = load <16 x float>, ptr %479, align 4
  %481 = or disjoint i64 %435, 4576
  %482 = getelementptr inbounds float, ptr %Bk, i64 %481
  %483 = load <16 x float>, ptr %482, align 4
  %484 = shufflevector <16 x float> %438, <16 x float> %441, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %485 = shufflevector <16 x float> %462, <16 x float> %465, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %486 = shufflevector <16 x float> %444, <16 x float> %447, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %487 = shufflevector <16 x float> %468, <16 x float> %471, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %488 = shufflevector <16 x float> %450, <16 x float> %453, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %489 = shufflevector <16 x float> %474, <16 x float> %477, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %490 = shufflevector <16 x float> %456, <16 x float> %459, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %491 = shufflevector <16 x float> %480, <16 x float> %483, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %492 = shufflevector <16 x float> %438, <16 x float> %441, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %493 = shufflevector <16 x float> %462, <16 x float> %465, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %494 = shufflevector <16 x float> %444, <16 x float> %447, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %495 = shufflevector <16 x float> %468, <16 x float> %471, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %496 = shufflevector <16 x float> %450, <16 x float> %453, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %497 = shufflevector <16 x float> %474, <16 x float> %477, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %498 = shufflevector <16 x float> %456, <16 x float> %459, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %499 = shufflevector <16 x float> %480, <16 x float> %483, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %500 = shufflevector <16 x float> %484, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %501 = shufflevector <16 x float> %488, <16 x float> %489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %502 = shufflevector <16 x float> %486, <16 x float> %487, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %503 = shufflevector <16 x float> %490, <16 x float> %491, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %504 = shufflevector <16 x float> %484, <16 x float> %485, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %505 = shufflevector <16 x float> %488, <16 x float> %489, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %506 = shufflevector <16 x float> %486, <16 x float> %487, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %507 = shufflevector <16 x float> %490, <16 x float> %491, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %508 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %509 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %510 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %511 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %512 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %513 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %514 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %515 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %516 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %517 = shufflevector <16 x float> %502, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %518 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %519 = shufflevector <16 x float> %502, <16 x float> %503, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %520 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %521 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %522 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %523 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %524 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %525 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %526 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %527 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %528 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %529 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %530 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %531 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %532 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %533 = shl nuw nsw i64 %j12.addr.02527, 6
  %534 = add nuw nsw i64 %533, %i12.addr.02528
  %535 = getelementptr inbounds float, ptr %KT, i64 %534
  store <16 x float> %532, ptr %535, align 4
  %536 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %537 = or disjoint i64 %534, 64
  %538 = getelementptr inbounds float, ptr %KT, i64 %537
  store <16 x float> %536, ptr %538, align 4
  %539 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %540 = or disjoint i64 %534, 128
  %541 = getelementptr inbounds float, ptr %KT, i64 %540
  store <16 x float> %539, ptr %541, align 4
  %542 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %543 = or disjoint i64 %534, 192
  %544 = getelementptr inbounds float, ptr %KT, i64 %543
  store <16 x float> %542, ptr %544, align 4
  %545 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %546 = or disjoint i64 %534, 256
  %547 = getelementptr inbounds float, ptr %KT, i64 %546
  store <16 x float> %545, ptr %547, align 4
  %548 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %549 = or disjoint i64 %534, 320
  %550 = getelementptr inbounds float, ptr %KT, i64 %549
  store <16 x float> %548, ptr %550, align 4
  %551 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %552 = or disjoint i64 %534, 384
  %553 = getelementptr inbounds float, ptr %KT, i64 %552
  store <16 x float> %551, ptr %553, align 4
  %554 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %555 = or disjoint i64 %534, 448
  %556 = getelementptr inbounds float, ptr %KT, i64 %555
  store <16 x float> %554, ptr %556, align 4
  %557 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %558 = or disjoint i64 %534, 512
  %559 = getelementptr inbounds float, ptr %KT, i64 %558
  store <16 x float> %557, ptr %559, align 4
  %560 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %561 = or disjoint i64 %534, 576
  %562 = getelementptr inbounds float, ptr %KT, i64 %561
  store <16 x float> %560, ptr %562, align 4
  %563 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %564 = or disjoint i64 %534, 640
  %565 = getelementptr inbounds float, ptr %KT, i64 %564
  store <16 x float> %563, ptr %565, align 4
  %566 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %567 = or disjoint i64 %534, 704
  %568 = getelementptr inbounds float, ptr %KT, i64 %567
  store <16 x float> %566, ptr %568, align 4
  %569 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %570 = or disjoint i64 %534, 768
  %571 = getelementptr inbounds float, ptr %KT, i64 %570
  store <16 x float> %569, ptr %571, align 4
  %572 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %573 = or disjoint i64 %534, 832
  %574 = getelementptr inbounds float, ptr %KT, i64 %573
  store <16 x float> %572, ptr %574, align 4
  %575 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %576 = or disjoint i64 %534, 896
  %577 = getelementptr inbounds float, ptr %KT, i64 %576
  store <16 x float> %575, ptr %577, align 4
  %578 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %579 = or disjoint i64 %534, 960
  %580 = getelementptr inbounds float, ptr %KT, i64 %579
  store <16 x float> %578, ptr %580, align 4
  br i1 %434, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  %i12.next = add nuw nsw i64 %i12.addr.02528, 16
  %581 = icmp ult i64 %i12.addr.02528, 48
  br i1 %581, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %i13.addr.02530 = phi i64 [ %i13.next, %j13.exit ], [ 0, %j12.exit ]
  %582 = shl nuw nsw i64 %i13.addr.02530, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %583 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02529 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %584 = or disjoint i64 %j13.addr.02529, %582
  %585 = or disjoint i64 %584, 2048
  %586 = getelementptr inbounds float, ptr %Bk, i64 %585
  %587 = load <16 x float>, ptr %586, align 4
  %588 = or disjoint i64 %584, 2304
  %589 = getelementptr inbounds float, ptr %Bk, i64 %588
  %590 = load <16 x float>, ptr %589, align 4
  %591 = or disjoint i64 %584, 2080
  %592 = getelementptr inbounds float, ptr %Bk, i64 %591
  %593 = load <16 x float>, ptr %592, align 4
  %594 = or disjoint i64 %584, 2336
  %595 = getelementptr inbounds float, ptr %Bk, i64 %594
  %596 = load <16 x float>, ptr %595, align 4
  %597 = or disjoint i64 %584, 2112
  %598 = getelementptr inbounds float, ptr %Bk, i64 %597
  %599 = load <16 x float>, ptr %598, align 4
  %600 = or disjoint i64 %584, 2368
  %601 = getelementptr inbounds float, ptr %Bk, i64 %600
  %602 = load <16 x float>, ptr %601, align 4
  %603 = or disjoint i64 %584, 2144
  %604 = getelementptr inbounds float, ptr %Bk, i64 %603
  %605 = load <16 x float>, ptr %604, align 4
  %606 = or disjoint i64 %584, 2400
  %607 = getelementptr inbounds float, ptr %Bk, i64 %606
  %608 = load <16 x float>, ptr %607, align 4
  %609 = or disjoint i64 %584, 2176
  %610 = getelementptr inbounds float, ptr %Bk, i64 %609
  %611 = load <16 x float>, ptr %610, align 4
  %612 = or disjoint i64 %584, 2432
  %613 = getelementptr inbounds float, ptr %Bk, i64 %612
  %614 = load <16 x float>, ptr %613, align 4
  %615 = or disjoint i64 %584, 2208
  %616 = getelementptr inbounds float, ptr %Bk, i64 %615
  %617 = load <16 x float>, ptr %616, align 4
  %618 = or disjoint i64 %584, 2464
  %619 = getelementptr inbounds float, ptr %Bk, i64 %618
  %620 = load <16 x float>, ptr %619, align 4
  %621 = or disjoint i64 %584, 2240
  %622 = getelementptr inbounds float, ptr %Bk, i64 %621
  %623 = load <16 x float>, ptr %622, align 4
  %624 = or disjoint i64 %584, 2496
  %625 = getelementptr inbounds float, ptr %Bk, i64 %624
  %626 = load <16 x float>, ptr %625, align 4
  %627 = or disjoint i64 %584, 2272
  %628 = getelementptr inbounds float, ptr %Bk, i64 %627
  %629 = load <16 x float>, ptr %628, align 4
  %630 = or disjoint i64 %584, 2528
  %631 = getelementptr inbounds float, ptr %Bk, i64 %630
  %632 = load <16 x float>, ptr %631, align 4
  %633 = shufflevector <16 x float> %587, <16 x float> %590, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %634 = shufflevector <16 x float> %611, <16 x float> %614, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %635 = shufflevector <16 x float> %593, <16 x float> %596, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %636 = shufflevector <16 x float> %617, <16 x float> %620, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %637 = shufflevector <16 x float> %599, <16 x float> %602, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %638 = shufflevector <16 x float> %623, <16 x float> %626, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %639 = shufflevector <16 x float> %605, <16 x float> %608, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %640 = shufflevector <16 x float> %629, <16 x float> %632, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %641 = shufflevector <16 x float> %587, <16 x float> %590, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %642 = shufflevector <16 x float> %611, <16 x float> %614, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %643 = shufflevector <16 x float> %593, <16 x float> %596, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %644 = shufflevector <16 x float> %617, <16 x float> %620, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %645 = shufflevector <16 x float> %599, <16 x float> %602, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %646 = shufflevector <16 x float> %623, <16 x float> %626, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %647 = shufflevector <16 x float> %605, <16 x float> %608, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %648 = shufflevector <16 x float> %629, <16 x float> %632, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %649 = shufflevector <16 x float> %633, <16 x float> %634, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %650 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %651 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %652 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %653 = shufflevector <16 x float> %633, <16 x float> %634, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %654 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %655 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %656 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %657 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %658 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %659 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %660 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %661 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %662 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %663 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %664 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %665 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %666 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %667 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %668 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %669 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %670 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %671 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %672 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %673 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %674 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %675 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %676 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %677 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %678 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %679 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %680 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %681 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %682 = shl nuw nsw i64 %j13.addr.02529, 6
  %683 = add nuw nsw i64 %682, %i13.addr.02530
  %684 = getelementptr inbounds float, ptr %QcT, i64 %683
  store <16 x float> %681, ptr %684, align 4
  %685 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %686 = or disjoint i64 %683, 64
  %687 = getelementptr inbounds float, ptr %QcT, i64 %686
  store <16 x float> %685, ptr %687, align 4
  %688 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %689 = or disjoint i64 %683, 128
  %690 = getelementptr inbounds float, ptr %QcT, i64 %689
  store <16 x float> %688, ptr %690, align 4
  %691 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %692 = or disjoint i64 %683, 192
  %693 = getelementptr inbounds float, ptr %QcT, i64 %692
  store <16 x float> %691, ptr %693, align 4
  %694 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %695 = or disjoint i64 %683, 256
  %696 = getelementptr inbounds float, ptr %QcT, i64 %695
  store <16 x float> %694, ptr %696, align 4
  %697 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %698 = or disjoint i64 %683, 320
  %699 = getelementptr inbounds float, ptr %QcT, i64 %698
  store <16 x float> %697, ptr %699, align 4
  %700 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %701 = or disjoint i64 %683, 384
  %702 = getelementptr inbounds float, ptr %QcT, i64 %701
  store <16 x float> %700, ptr %702, align 4
  %703 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %704 = or disjoint i64 %683, 448
  %705 = getelementptr inbounds float, ptr %QcT, i64 %704
  store <16 x float> %703, ptr %705, align 4
  %706 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %707 = or disjoint i64 %683, 512
  %708 = getelementptr inbounds float, ptr %QcT, i64 %707
  store <16 x float> %706, ptr %708, align 4
  %709 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %710 = or disjoint i64 %683, 576
  %711 = getelementptr inbounds float, ptr %QcT, i64 %710
  store <16 x float> %709, ptr %711, align 4
  %712 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %713 = or disjoint i64 %683, 640
  %714 = getelementptr inbounds float, ptr %QcT, i64 %713
  store <16 x float> %712, ptr %714, align 4
  %715 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %716 = or disjoint i64 %683, 704
  %717 = getelementptr inbounds float, ptr %QcT, i64 %716
  store <16 x float> %715, ptr %717, align 4
  %718 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %719 = or disjoint i64 %683, 768
  %720 = getelementptr inbounds float, ptr %QcT, i64 %719
  store <16 x float> %718, ptr %720, align 4
  %721 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %722 = or disjoint i64 %683, 832
  %723 = getelementptr inbounds float, ptr %QcT, i64 %722
  store <16 x float> %721, ptr %723, align 4
  %724 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %725 = or disjoint i64 %683, 896
  %726 = getelementptr inbounds float, ptr %QcT, i64 %725
  store <16 x float> %724, ptr %726, align 4
  %727 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %728 = or disjoint i64 %683, 960
  %729 = getelementptr inbounds float, ptr %QcT, i64 %728
  store <16 x float> %727, ptr %729, align 4
  br i1 %583, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  %i13.next = add nuw nsw i64 %i13.addr.02530, 16
  %730 = icmp ult i64 %i13.addr.02530, 48
  br i1 %730, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %i14.addr.02532 = phi i64 [ %i14.next, %j14.exit ], [ 0, %j13.exit ]
  %731 = shl nuw nsw i64 %i14.addr.02532, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %732 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02531 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %733 = or disjoint i64 %j14.addr.02531, %731
  %734 = getelementptr inbounds float, ptr %OY, i64 %733
  %735 = load <16 x float>, ptr %734, align 4
  %736 = or disjoint i64 %733, 256
  %737 = getelementptr inbounds float, ptr %OY, i64 %736
  %738 = load <16 x float>, ptr %737, align 4
  %739 = or disjoint i64 %733, 32
  %740 = getelementptr inbounds float, ptr %OY, i64 %739
  %741 = load <16 x float>, ptr %740, align 4
  %742 = or disjoint i64 %733, 288
  %743 = getelementptr inbounds float, ptr %OY, i64 %742
  %744 = load <16 x float>, ptr %743, align 4
  %745 = or disjoint i64 %733, 64
  %746 = getelementptr inbounds float, ptr %OY, i64 %745
  %747 = load <16 x float>, ptr %746, align 4
  %748 = or disjoint i64 %733, 320
  %749 = getelementptr inbounds float, ptr %OY, i64 %748
  %750 = load <16 x float>, ptr %749, align 4
  %751 = or disjoint i64 %733, 96
  %752 = getelementptr inbounds float, ptr %OY, i64 %751
  %753 = load <16 x float>, ptr %752, align 4
  %754 = or disjoint i64 %733, 352
  %755 = getelementptr inbounds float, ptr %OY, i64 %754
  %756 = load <16 x float>, ptr %755, align 4
  %757 = or disjoint i64 %733, 128
  %758 = getelementptr inbounds float, ptr %OY, i64 %757
  %759 = load <16 x float>, ptr %758, align 4
  %760 = or disjoint i64 %733, 384
  %761 = getelementptr inbounds float, ptr %OY, i64 %760
  %762 = load <16 x float>, ptr %761, align 4
  %763 = or disjoint i64 %733, 160
  %764 = getelementptr inbounds float, ptr %OY, i64 %763
  %765 = load <16 x float>, ptr %764, align 4
  %766 = or disjoint i64 %733, 416
  %767 = getelementptr inbounds float, ptr %OY, i64 %766
  %768 = load <16 x float>, ptr %767, align 4
  %769 = or disjoint i64 %733, 192
  %770 = getelementptr inbounds float, ptr %OY, i64 %769
  %771 = load <16 x float>, ptr %770, align 4
  %772 = or disjoint i64 %733, 448
  %773 = getelementptr inbounds float, ptr %OY, i64 %772
  %774 = load <16 x float>, ptr %773, align 4
  %775 = or disjoint i64 %733, 224
  %776 = getelementptr inbounds float, ptr %OY, i64 %775
  %777 = load <16 x float>, ptr %776, align 4
  %778 = or disjoint i64 %733, 480
  %779 = getelementptr inbounds float, ptr %OY, i64 %778
  %780 = load <16 x float>, ptr %779, align 4
  %781 = shufflevector <16 x float> %735, <16 x float> %738, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %782 = shufflevector <16 x float> %759, <16 x float> %762, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %783 = shufflevector <16 x float> %741, <16 x float> %744, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %784 = shufflevector <16 x float> %765, <16 x float> %768, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %785 = shufflevector <16 x float> %747, <16 x float> %750, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %786 = shufflevector <16 x float> %771, <16 x float> %774, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %787 = shufflevector <16 x float> %753, <16 x float> %756, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %788 = shufflevector <16 x float> %777, <16 x float> %780, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %789 = shufflevector <16 x float> %735, <16 x float> %738, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %790 = shufflevector <16 x float> %759, <16 x float> %762, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %791 = shufflevector <16 x float> %741, <16 x float> %744, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %792 = shufflevector <16 x float> %765, <16 x float> %768, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %793 = shufflevector <16 x float> %747, <16 x float> %750, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %794 = shufflevector <16 x float> %771, <16 x float> %774, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %795 = shufflevector <16 x float> %753, <16 x float> %756, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %796 = shufflevector <16 x float> %777, <16 x float> %780, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %797 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %798 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %799 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %800 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %801 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %802 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %803 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %804 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %805 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %806 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %807 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %808 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %809 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %810 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %811 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %812 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %813 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %814 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %815 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %816 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %817 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %818 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %819 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %820 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %821 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %822 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %823 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %824 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %825 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %826 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %827 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %828 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %829 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %830 = shl nuw nsw i64 %j14.addr.02531, 6
  %831 = add nuw nsw i64 %830, %i14.addr.02532
  %832 = getelementptr inbounds float, ptr %dOT, i64 %831
  store <16 x float> %829, ptr %832, align 4
  %833 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %834 = or disjoint i64 %831, 64
  %835 = getelementptr inbounds float, ptr %dOT, i64 %834
  store <16 x float> %833, ptr %835, align 4
  %836 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %837 = or disjoint i64 %831, 128
  %838 = getelementptr inbounds float, ptr %dOT, i64 %837
  store <16 x float> %836, ptr %838, align 4
  %839 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %840 = or disjoint i64 %831, 192
  %841 = getelementptr inbounds float, ptr %dOT, i64 %840
  store <16 x float> %839, ptr %841, align 4
  %842 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %843 = or disjoint i64 %831, 256
  %844 = getelementptr inbounds float, ptr %dOT, i64 %843
  store <16 x float> %842, ptr %844, align 4
  %845 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %846 = or disjoint i64 %831, 320
  %847 = getelementptr inbounds float, ptr %dOT, i64 %846
  store <16 x float> %845, ptr %847, align 4
  %848 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %849 = or disjoint i64 %831, 384
  %850 = getelementptr inbounds float, ptr %dOT, i64 %849
  store <16 x float> %848, ptr %850, align 4
  %851 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %852 = or disjoint i64 %831, 448
  %853 = getelementptr inbounds float, ptr %dOT, i64 %852
  store <16 x float> %851, ptr %853, align 4
  %854 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %855 = or disjoint i64 %831, 512
  %856 = getelementptr inbounds float, ptr %dOT, i64 %855
  store <16 x float> %854, ptr %856, align 4
  %857 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %858 = or disjoint i64 %831, 576
  %859 = getelementptr inbounds float, ptr %dOT, i64 %858
  store <16 x float> %857, ptr %859, align 4
  %860 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %861 = or disjoint i64 %831, 640
  %862 = getelementptr inbounds float, ptr %dOT, i64 %861
  store <16 x float> %860, ptr %862, align 4
  %863 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %864 = or disjoint i64 %831, 704
  %865 = getelementptr inbounds float, ptr %dOT, i64 %864
  store <16 x float> %863, ptr %865, align 4
  %866 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %867 = or disjoint i64 %831, 768
  %868 = getelementptr inbounds float, ptr %dOT, i64 %867
  store <16 x float> %866, ptr %868, align 4
  %869 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %870 = or disjoint i64 %831, 832
  %871 = getelementptr inbounds float, ptr %dOT, i64 %870
  store <16 x float> %869, ptr %871, align 4
  %872 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %873 = or disjoint i64 %831, 896
  %874 = getelementptr inbounds float, ptr %dOT, i64 %873
  store <16 x float> %872, ptr %874, align 4
  %875 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %876 = or disjoint i64 %831, 960
  %877 = getelementptr inbounds float, ptr %dOT, i64 %876
  store <16 x float> %875, ptr %877, align 4
  br i1 %732, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  %i14.next = add nuw nsw i64 %i14.addr.02532, 16
  %878 = icmp ult i64 %i14.addr.02532, 48
  br i1 %878, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit
  %879 = icmp ult i64 %i15.addr.02543, 56
  br i1 %879, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02543 = phi i64 [ %880, %i15.head.loopexit ], [ 0, %j14.exit ]
  %880 = add nuw nsw i64 %i15.addr.02543, 8
  %881 = shl nuw nsw i64 %i15.addr.02543, 5
  %.idx2503 = shl nuw nsw i64 %i15.addr.02543, 8
  %882 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2503
  %883 = shl nuw nsw i64 %i15.addr.02543, 6
  %884 = or disjoint i64 %883, 64
  %885 = getelementptr inbounds float, ptr %Gm, i64 %884
  %886 = or disjoint i64 %883, 128
  %887 = getelementptr inbounds float, ptr %Gm, i64 %886
  %888 = or disjoint i64 %883, 192
  %889 = getelementptr inbounds float, ptr %Gm, i64 %888
  %890 = or disjoint i64 %883, 256
  %891 = getelementptr inbounds float, ptr %Gm, i64 %890
  %892 = or disjoint i64 %883, 320
  %893 = getelementptr inbounds float, ptr %Gm, i64 %892
  %894 = or disjoint i64 %883, 384
  %895 = getelementptr inbounds float, ptr %Gm, i64 %894
  %896 = or disjoint i64 %883, 448
  %897 = getelementptr inbounds float, ptr %Gm, i64 %896
  br label %p2.head.preheader

p2.head.preheader:                                ; preds = %i15.body, %p2.exit
  %j15.addr.02542 = phi i64 [ 0, %i15.body ], [ %j15.next, %p2.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j15.addr.02542
  br label %p2.body

p2.body:                                          ; preds = %p2.head.preheader, %p2.body
  %acc.02541 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %905, %p2.body ]
  %acc1.02540 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %911, %p2.body ]
  %acc2.02539 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %917, %p2.body ]
  %acc3.02538 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %923, %p2.body ]
  %acc4.02537 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %929, %p2.body ]
  %acc5.02536 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %935, %p2.body ]
  %acc6.02535 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %941, %p2.body ]
  %acc7.02534 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %947, %p2.body ]
  %p2.addr.02533 = phi i64 [ 0, %p2.head.preheader ], [ %p2.next, %p2.body ]
  %.idx2504 = shl nuw nsw i64 %p2.addr.02533, 8
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2504
  %898 = load <16 x float>, ptr %gep, align 4
  %899 = add nuw nsw i64 %p2.addr.02533, %881
  %900 = or disjoint i64 %899, 4096
  %901 = getelementptr inbounds float, ptr %Bk, i64 %900
  %902 = load float, ptr %901, align 4
  %903 = insertelement <16 x float> poison, float %902, i64 0
  %904 = shufflevector <16 x float> %903, <16 x float> poison, <16 x i32> zeroinitializer
  %905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %904, <16 x float> %898, <16 x float> %acc.02541)
  %906 = or disjoint i64 %899, 4128
  %907 = getelementptr inbounds float, ptr %Bk, i64 %906
  %908 = load float, ptr %907, align 4
  %909 = insertelement <16 x float> poison, float %908, i64 0
  %910 = shufflevector <16 x float> %909, <16 x float> poison, <16 x i32> zeroinitializer
  %911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %910, <16 x float> %898, <16 x float> %acc1.02540)
  %912 = or disjoint i64 %899, 4160
  %913 = getelementptr inbounds float, ptr %Bk, i64 %912
  %914 = load float, ptr %913, align 4
  %915 = insertelement <16 x float> poison, float %914, i64 0
  %916 = shufflevector <16 x float> %915, <16 x float> poison, <16 x i32> zeroinitializer
  %917 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %916, <16 x float> %898, <16 x float> %acc2.02539)
  %918 = or disjoint i64 %899, 4192
  %919 = getelementptr inbounds float, ptr %Bk, i64 %918
  %920 = load float, ptr %919, align 4
  %921 = insertelement <16 x float> poison, float %920, i64 0
  %922 = shufflevector <16 x float> %921, <16 x float> poison, <16 x i32> zeroinitializer
  %923 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %922, <16 x float> %898, <16 x float> %acc3.02538)
  %924 = or disjoint i64 %899, 4224
  %925 = getelementptr inbounds float, ptr %Bk, i64 %924
  %926 = load float, ptr %925, align 4
  %927 = insertelement <16 x float> poison, float %926, i64 0
  %928 = shufflevector <16 x float> %927, <16 x float> poison, <16 x i32> zeroinitializer
  %929 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %928, <16 x float> %898, <16 x float> %acc4.02537)
  %930 = or disjoint i64 %899, 4256
  %931 = getelementptr inbounds float, ptr %Bk, i64 %930
  %932 = load float, ptr %931, align 4
  %933 = insertelement <16 x float> poison, float %932, i64 0
  %934 = shufflevector <16 x float> %933, <16 x float> poison, <16 x i32> zeroinitializer
  %935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %934, <16 x float> %898, <16 x float> %acc5.02536)
  %936 = or disjoint i64 %899, 4288
  %937 = getelementptr inbounds float, ptr %Bk, i64 %936
  %938 = load float, ptr %937, align 4
  %939 = insertelement <16 x float> poison, float %938, i64 0
  %940 = shufflevector <16 x float> %939, <16 x float> poison, <16 x i32> zeroinitializer
  %941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %940, <16 x float> %898, <16 x float> %acc6.02535)
  %942 = or disjoint i64 %899, 4320
  %943 = getelementptr inbounds float, ptr %Bk, i64 %942
  %944 = load float, ptr %943, align 4
  %945 = insertelement <16 x float> poison, float %944, i64 0
  %946 = shufflevector <16 x float> %945, <16 x float> poison, <16 x i32> zeroinitializer
  %947 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %946, <16 x float> %898, <16 x float> %acc7.02534)
  %p2.next = add nuw nsw i64 %p2.addr.02533, 1
  %exitcond2974.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond2974.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  %948 = getelementptr inbounds float, ptr %882, i64 %j15.addr.02542
  store <16 x float> %905, ptr %948, align 4
  %949 = getelementptr inbounds float, ptr %885, i64 %j15.addr.02542
  store <16 x float> %911, ptr %949, align 4
  %950 = getelementptr inbounds float, ptr %887, i64 %j15.addr.02542
  store <16 x float> %917, ptr %950, align 4
  %951 = getelementptr inbounds float, ptr %889, i64 %j15.addr.02542
  store <16 x float> %923, ptr %951, align 4
  %952 = getelementptr inbounds float, ptr %891, i64 %j15.addr.02542
  store <16 x float> %929, ptr %952, align 4
  %953 = getelementptr inbounds float, ptr %893, i64 %j15.addr.02542
  store <16 x float> %935, ptr %953, align 4
  %954 = getelementptr inbounds float, ptr %895, i64 %j15.addr.02542
  store <16 x float> %941, ptr %954, align 4
  %955 = getelementptr inbounds float, ptr %897, i64 %j15.addr.02542
  store <16 x float> %947, ptr %955, align 4
  %j15.next = add nuw nsw i64 %j15.addr.02542, 16
  %956 = icmp ult i64 %j15.next, %880
  br i1 %956, label %p2.head.preheader, label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02561 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %957 = shl nuw nsw i64 %i16.addr.02561, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02560 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %976, %p3.body ]
  %acc9.02559 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %977, %p3.body ]
  %acc10.02558 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %978, %p3.body ]
  %acc11.02557 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %979, %p3.body ]
  %acc12.02556 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %985, %p3.body ]
  %acc13.02555 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %986, %p3.body ]
  %acc14.02554 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %987, %p3.body ]
  %acc15.02553 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %988, %p3.body ]
  %acc16.02552 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %994, %p3.body ]
  %acc17.02551 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %995, %p3.body ]
  %acc18.02550 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %996, %p3.body ]
  %acc19.02549 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %997, %p3.body ]
  %acc20.02548 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1003, %p3.body ]
  %acc21.02547 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1004, %p3.body ]
  %acc22.02546 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1005, %p3.body ]
  %acc23.02545 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1006, %p3.body ]
  %p3.addr.02544 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %958 = shl nuw nsw i64 %p3.addr.02544, 6
  %959 = getelementptr inbounds float, ptr %work, i64 %958
  %960 = load <16 x float>, ptr %959, align 4
  %961 = or disjoint i64 %958, 16
  %962 = getelementptr inbounds float, ptr %work, i64 %961
  %963 = load <16 x float>, ptr %962, align 4
  %964 = or disjoint i64 %958, 32
  %965 = getelementptr inbounds float, ptr %work, i64 %964
  %966 = load <16 x float>, ptr %965, align 4
  %967 = or disjoint i64 %958, 48
  %968 = getelementptr inbounds float, ptr %work, i64 %967
  %969 = load <16 x float>, ptr %968, align 4
  %970 = add nuw nsw i64 %p3.addr.02544, %957
  %971 = or disjoint i64 %970, 4096
  %972 = getelementptr inbounds float, ptr %Bk, i64 %971
  %973 = load float, ptr %972, align 4
  %974 = insertelement <16 x float> poison, float %973, i64 0
  %975 = shufflevector <16 x float> %974, <16 x float> poison, <16 x i32> zeroinitializer
  %976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %975, <16 x float> %960, <16 x float> %acc8.02560)
  %977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %975, <16 x float> %963, <16 x float> %acc9.02559)
  %978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %975, <16 x float> %966, <16 x float> %acc10.02558)
  %979 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %975, <16 x float> %969, <16 x float> %acc11.02557)
  %980 = or disjoint i64 %970, 4128
  %981 = getelementptr inbounds float, ptr %Bk, i64 %980
  %982 = load float, ptr %981, align 4
  %983 = insertelement <16 x float> poison, float %982, i64 0
  %984 = shufflevector <16 x float> %983, <16 x float> poison, <16 x i32> zeroinitializer
  %985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %984, <16 x float> %960, <16 x float> %acc12.02556)
  %986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %984, <16 x float> %963, <16 x float> %acc13.02555)
  %987 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %984, <16 x float> %966, <16 x float> %acc14.02554)
  %988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %984, <16 x float> %969, <16 x float> %acc15.02553)
  %989 = or disjoint i64 %970, 4160
  %990 = getelementptr inbounds float, ptr %Bk, i64 %989
  %991 = load float, ptr %990, align 4
  %992 = insertelement <16 x float> poison, float %991, i64 0
  %993 = shufflevector <16 x float> %992, <16 x float> poison, <16 x i32> zeroinitializer
  %994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %960, <16 x float> %acc16.02552)
  %995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %963, <16 x float> %acc17.02551)
  %996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %966, <16 x float> %acc18.02550)
  %997 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %969, <16 x float> %acc19.02549)
  %998 = or disjoint i64 %970, 4192
  %999 = getelementptr inbounds float, ptr %Bk, i64 %998
  %1000 = load float, ptr %999, align 4
  %1001 = insertelement <16 x float> poison, float %1000, i64 0
  %1002 = shufflevector <16 x float> %1001, <16 x float> poison, <16 x i32> zeroinitializer
  %1003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1002, <16 x float> %960, <16 x float> %acc20.02548)
  %1004 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1002, <16 x float> %963, <16 x float> %acc21.02547)
  %1005 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1002, <16 x float> %966, <16 x float> %acc22.02546)
  %1006 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1002, <16 x float> %969, <16 x float> %acc23.02545)
  %p3.next = add nuw nsw i64 %p3.addr.02544, 1
  %exitcond2975.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2975.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1007 = shl nuw nsw i64 %i16.addr.02561, 6
  %1008 = getelementptr inbounds float, ptr %KSdS, i64 %1007
  store <16 x float> %976, ptr %1008, align 4
  %1009 = or disjoint i64 %1007, 16
  %1010 = getelementptr inbounds float, ptr %KSdS, i64 %1009
  store <16 x float> %977, ptr %1010, align 4
  %1011 = or disjoint i64 %1007, 32
  %1012 = getelementptr inbounds float, ptr %KSdS, i64 %1011
  store <16 x float> %978, ptr %1012, align 4
  %1013 = or disjoint i64 %1007, 48
  %1014 = getelementptr inbounds float, ptr %KSdS, i64 %1013
  store <16 x float> %979, ptr %1014, align 4
  %1015 = or disjoint i64 %1007, 64
  %1016 = getelementptr inbounds float, ptr %KSdS, i64 %1015
  store <16 x float> %985, ptr %1016, align 4
  %1017 = or disjoint i64 %1007, 80
  %1018 = getelementptr inbounds float, ptr %KSdS, i64 %1017
  store <16 x float> %986, ptr %1018, align 4
  %1019 = or disjoint i64 %1007, 96
  %1020 = getelementptr inbounds float, ptr %KSdS, i64 %1019
  store <16 x float> %987, ptr %1020, align 4
  %1021 = or disjoint i64 %1007, 112
  %1022 = getelementptr inbounds float, ptr %KSdS, i64 %1021
  store <16 x float> %988, ptr %1022, align 4
  %1023 = or disjoint i64 %1007, 128
  %1024 = getelementptr inbounds float, ptr %KSdS, i64 %1023
  store <16 x float> %994, ptr %1024, align 4
  %1025 = or disjoint i64 %1007, 144
  %1026 = getelementptr inbounds float, ptr %KSdS, i64 %1025
  store <16 x float> %995, ptr %1026, align 4
  %1027 = or disjoint i64 %1007, 160
  %1028 = getelementptr inbounds float, ptr %KSdS, i64 %1027
  store <16 x float> %996, ptr %1028, align 4
  %1029 = or disjoint i64 %1007, 176
  %1030 = getelementptr inbounds float, ptr %KSdS, i64 %1029
  store <16 x float> %997, ptr %1030, align 4
  %1031 = or disjoint i64 %1007, 192
  %1032 = getelementptr inbounds float, ptr %KSdS, i64 %1031
  store <16 x float> %1003, ptr %1032, align 4
  %1033 = or disjoint i64 %1007, 208
  %1034 = getelementptr inbounds float, ptr %KSdS, i64 %1033
  store <16 x float> %1004, ptr %1034, align 4
  %1035 = or disjoint i64 %1007, 224
  %1036 = getelementptr inbounds float, ptr %KSdS, i64 %1035
  store <16 x float> %1005, ptr %1036, align 4
  %1037 = or disjoint i64 %1007, 240
  %1038 = getelementptr inbounds float, ptr %KSdS, i64 %1037
  store <16 x float> %1006, ptr %1038, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02561, 4
  %1039 = icmp ult i64 %i16.addr.02561, 60
  br i1 %1039, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02563 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2772 = shl nsw i64 %i17.addr.02563, 7
  %1040 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2772
  %1041 = load <16 x float>, ptr %1040, align 4
  %.idx2773 = shl nsw i64 %i17.addr.02563, 8
  %1042 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2773
  %1043 = load <16 x float>, ptr %1042, align 4
  %1044 = fsub <16 x float> %1041, %1043
  store <16 x float> %1044, ptr %1040, align 4
  %1045 = getelementptr inbounds i8, ptr %17, i64 %.idx2772
  %1046 = load <16 x float>, ptr %1045, align 4
  %1047 = getelementptr inbounds i8, ptr %18, i64 %.idx2773
  %1048 = load <16 x float>, ptr %1047, align 4
  %1049 = fsub <16 x float> %1046, %1048
  store <16 x float> %1049, ptr %1045, align 4
  %i17.next = or disjoint i64 %i17.addr.02563, 1
  %.idx2772.1 = shl nsw i64 %i17.next, 7
  %1050 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2772.1
  %1051 = load <16 x float>, ptr %1050, align 4
  %.idx2773.1 = shl nsw i64 %i17.next, 8
  %1052 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2773.1
  %1053 = load <16 x float>, ptr %1052, align 4
  %1054 = fsub <16 x float> %1051, %1053
  store <16 x float> %1054, ptr %1050, align 4
  %1055 = getelementptr inbounds i8, ptr %17, i64 %.idx2772.1
  %1056 = load <16 x float>, ptr %1055, align 4
  %1057 = getelementptr inbounds i8, ptr %18, i64 %.idx2773.1
  %1058 = load <16 x float>, ptr %1057, align 4
  %1059 = fsub <16 x float> %1056, %1058
  store <16 x float> %1059, ptr %1055, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02563, 2
  %.idx2772.2 = shl nsw i64 %i17.next.1, 7
  %1060 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2772.2
  %1061 = load <16 x float>, ptr %1060, align 4
  %.idx2773.2 = shl nsw i64 %i17.next.1, 8
  %1062 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2773.2
  %1063 = load <16 x float>, ptr %1062, align 4
  %1064 = fsub <16 x float> %1061, %1063
  store <16 x float> %1064, ptr %1060, align 4
  %1065 = getelementptr inbounds i8, ptr %17, i64 %.idx2772.2
  %1066 = load <16 x float>, ptr %1065, align 4
  %1067 = getelementptr inbounds i8, ptr %18, i64 %.idx2773.2
  %1068 = load <16 x float>, ptr %1067, align 4
  %1069 = fsub <16 x float> %1066, %1068
  store <16 x float> %1069, ptr %1065, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02563, 3
  %.idx2772.3 = shl nsw i64 %i17.next.2, 7
  %1070 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2772.3
  %1071 = load <16 x float>, ptr %1070, align 4
  %.idx2773.3 = shl nsw i64 %i17.next.2, 8
  %1072 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2773.3
  %1073 = load <16 x float>, ptr %1072, align 4
  %1074 = fsub <16 x float> %1071, %1073
  store <16 x float> %1074, ptr %1070, align 4
  %1075 = getelementptr inbounds i8, ptr %17, i64 %.idx2772.3
  %1076 = load <16 x float>, ptr %1075, align 4
  %1077 = getelementptr inbounds i8, ptr %18, i64 %.idx2773.3
  %1078 = load <16 x float>, ptr %1077, align 4
  %1079 = fsub <16 x float> %1076, %1078
  store <16 x float> %1079, ptr %1075, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02563, 4
  %exitcond2976.not.3 = icmp eq i64 %i17.next.3, 64
  br i1 %exitcond2976.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02580 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1080 = shl nuw nsw i64 %ib.addr.02580, 2
  %umax3531 = tail call i64 @llvm.umax.i64(i64 %1080, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02580, 2
  %.not2774 = icmp eq i64 %ib.addr.02580, 0
  br i1 %.not2774, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2502 = shl nuw nsw i64 %ib.addr.02580, 10
  %1081 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2502
  %1082 = shl nuw nsw i64 %ib.addr.02580, 8
  %1083 = or disjoint i64 %1082, 64
  %1084 = getelementptr inbounds float, ptr %Gm, i64 %1083
  %1085 = or disjoint i64 %1082, 128
  %1086 = getelementptr inbounds float, ptr %Gm, i64 %1085
  %1087 = or disjoint i64 %1082, 192
  %1088 = getelementptr inbounds float, ptr %Gm, i64 %1087
  %xtraiter = and i64 %umax3531, 1
  %1089 = icmp eq i64 %umax3531, 1
  br i1 %1089, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3531, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02572 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1130, %j17.body ]
  %acc25.02571 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1131, %j17.body ]
  %acc26.02570 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1136, %j17.body ]
  %acc27.02569 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1137, %j17.body ]
  %acc28.02568 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1142, %j17.body ]
  %acc29.02567 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1143, %j17.body ]
  %acc30.02566 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1148, %j17.body ]
  %acc31.02565 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1149, %j17.body ]
  %j17.addr.02564 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1090 = shl nsw i64 %j17.addr.02564, 5
  %1091 = getelementptr inbounds float, ptr %Vn, i64 %1090
  %1092 = load <16 x float>, ptr %1091, align 4
  %1093 = or disjoint i64 %1090, 16
  %1094 = getelementptr inbounds float, ptr %Vn, i64 %1093
  %1095 = load <16 x float>, ptr %1094, align 4
  %1096 = getelementptr inbounds float, ptr %1081, i64 %j17.addr.02564
  %1097 = load float, ptr %1096, align 4
  %1098 = insertelement <16 x float> poison, float %1097, i64 0
  %1099 = shufflevector <16 x float> %1098, <16 x float> poison, <16 x i32> zeroinitializer
  %1100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1099, <16 x float> %1092, <16 x float> %acc24.02572)
  %1101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1099, <16 x float> %1095, <16 x float> %acc25.02571)
  %1102 = getelementptr inbounds float, ptr %1084, i64 %j17.addr.02564
  %1103 = load float, ptr %1102, align 4
  %1104 = insertelement <16 x float> poison, float %1103, i64 0
  %1105 = shufflevector <16 x float> %1104, <16 x float> poison, <16 x i32> zeroinitializer
  %1106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1105, <16 x float> %1092, <16 x float> %acc26.02570)
  %1107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1105, <16 x float> %1095, <16 x float> %acc27.02569)
  %1108 = getelementptr inbounds float, ptr %1086, i64 %j17.addr.02564
  %1109 = load float, ptr %1108, align 4
  %1110 = insertelement <16 x float> poison, float %1109, i64 0
  %1111 = shufflevector <16 x float> %1110, <16 x float> poison, <16 x i32> zeroinitializer
  %1112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1092, <16 x float> %acc28.02568)
  %1113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1095, <16 x float> %acc29.02567)
  %1114 = getelementptr inbounds float, ptr %1088, i64 %j17.addr.02564
  %1115 = load float, ptr %1114, align 4
  %1116 = insertelement <16 x float> poison, float %1115, i64 0
  %1117 = shufflevector <16 x float> %1116, <16 x float> poison, <16 x i32> zeroinitializer
  %1118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1117, <16 x float> %1092, <16 x float> %acc30.02566)
  %1119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1117, <16 x float> %1095, <16 x float> %acc31.02565)
  %j17.next = or disjoint i64 %j17.addr.02564, 1
  %1120 = shl nsw i64 %j17.next, 5
  %1121 = getelementptr inbounds float, ptr %Vn, i64 %1120
  %1122 = load <16 x float>, ptr %1121, align 4
  %1123 = or disjoint i64 %1120, 16
  %1124 = getelementptr inbounds float, ptr %Vn, i64 %1123
  %1125 = load <16 x float>, ptr %1124, align 4
  %1126 = getelementptr inbounds float, ptr %1081, i64 %j17.next
  %1127 = load float, ptr %1126, align 4
  %1128 = insertelement <16 x float> poison, float %1127, i64 0
  %1129 = shufflevector <16 x float> %1128, <16 x float> poison, <16 x i32> zeroinitializer
  %1130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1129, <16 x float> %1122, <16 x float> %1100)
  %1131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1129, <16 x float> %1125, <16 x float> %1101)
  %1132 = getelementptr inbounds float, ptr %1084, i64 %j17.next
  %1133 = load float, ptr %1132, align 4
  %1134 = insertelement <16 x float> poison, float %1133, i64 0
  %1135 = shufflevector <16 x float> %1134, <16 x float> poison, <16 x i32> zeroinitializer
  %1136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1135, <16 x float> %1122, <16 x float> %1106)
  %1137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1135, <16 x float> %1125, <16 x float> %1107)
  %1138 = getelementptr inbounds float, ptr %1086, i64 %j17.next
  %1139 = load float, ptr %1138, align 4
  %1140 = insertelement <16 x float> poison, float %1139, i64 0
  %1141 = shufflevector <16 x float> %1140, <16 x float> poison, <16 x i32> zeroinitializer
  %1142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1122, <16 x float> %1112)
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1125, <16 x float> %1113)
  %1144 = getelementptr inbounds float, ptr %1088, i64 %j17.next
  %1145 = load float, ptr %1144, align 4
  %1146 = insertelement <16 x float> poison, float %1145, i64 0
  %1147 = shufflevector <16 x float> %1146, <16 x float> poison, <16 x i32> zeroinitializer
  %1148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1122, <16 x float> %1118)
  %1149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1125, <16 x float> %1119)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02564, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3402.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1130, %j17.body ]
  %.lcssa3401.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1131, %j17.body ]
  %.lcssa3400.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1136, %j17.body ]
  %.lcssa3399.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1137, %j17.body ]
  %.lcssa3398.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1142, %j17.body ]
  %.lcssa3397.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1143, %j17.body ]
  %.lcssa3396.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1148, %j17.body ]
  %.lcssa3395.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1149, %j17.body ]
  %acc24.02572.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1130, %j17.body ]
  %acc25.02571.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1131, %j17.body ]
  %acc26.02570.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1136, %j17.body ]
  %acc27.02569.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1137, %j17.body ]
  %acc28.02568.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1142, %j17.body ]
  %acc29.02567.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1143, %j17.body ]
  %acc30.02566.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1148, %j17.body ]
  %acc31.02565.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1149, %j17.body ]
  %j17.addr.02564.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1150 = shl nsw i64 %j17.addr.02564.unr, 5
  %1151 = getelementptr inbounds float, ptr %Vn, i64 %1150
  %1152 = load <16 x float>, ptr %1151, align 4
  %1153 = or disjoint i64 %1150, 16
  %1154 = getelementptr inbounds float, ptr %Vn, i64 %1153
  %1155 = load <16 x float>, ptr %1154, align 4
  %1156 = getelementptr inbounds float, ptr %1081, i64 %j17.addr.02564.unr
  %1157 = load float, ptr %1156, align 4
  %1158 = insertelement <16 x float> poison, float %1157, i64 0
  %1159 = shufflevector <16 x float> %1158, <16 x float> poison, <16 x i32> zeroinitializer
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1152, <16 x float> %acc24.02572.unr)
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1155, <16 x float> %acc25.02571.unr)
  %1162 = getelementptr inbounds float, ptr %1084, i64 %j17.addr.02564.unr
  %1163 = load float, ptr %1162, align 4
  %1164 = insertelement <16 x float> poison, float %1163, i64 0
  %1165 = shufflevector <16 x float> %1164, <16 x float> poison, <16 x i32> zeroinitializer
  %1166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1152, <16 x float> %acc26.02570.unr)
  %1167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1155, <16 x float> %acc27.02569.unr)
  %1168 = getelementptr inbounds float, ptr %1086, i64 %j17.addr.02564.unr
  %1169 = load float, ptr %1168, align 4
  %1170 = insertelement <16 x float> poison, float %1169, i64 0
  %1171 = shufflevector <16 x float> %1170, <16 x float> poison, <16 x i32> zeroinitializer
  %1172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1152, <16 x float> %acc28.02568.unr)
  %1173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1155, <16 x float> %acc29.02567.unr)
  %1174 = getelementptr inbounds float, ptr %1088, i64 %j17.addr.02564.unr
  %1175 = load float, ptr %1174, align 4
  %1176 = insertelement <16 x float> poison, float %1175, i64 0
  %1177 = shufflevector <16 x float> %1176, <16 x float> poison, <16 x i32> zeroinitializer
  %1178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1152, <16 x float> %acc30.02566.unr)
  %1179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1155, <16 x float> %acc31.02565.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3395.ph, %j17.exit.loopexit.unr-lcssa ], [ %1179, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3396.ph, %j17.exit.loopexit.unr-lcssa ], [ %1178, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3397.ph, %j17.exit.loopexit.unr-lcssa ], [ %1173, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3398.ph, %j17.exit.loopexit.unr-lcssa ], [ %1172, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3399.ph, %j17.exit.loopexit.unr-lcssa ], [ %1167, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3400.ph, %j17.exit.loopexit.unr-lcssa ], [ %1166, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3401.ph, %j17.exit.loopexit.unr-lcssa ], [ %1161, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3402.ph, %j17.exit.loopexit.unr-lcssa ], [ %1160, %j17.body.epil ]
  %1180 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1181 = load float, ptr %1180, align 4
  %1182 = shl nuw nsw i64 %ib.addr.02580, 7
  %1183 = getelementptr inbounds float, ptr %Rr, i64 %1182
  %1184 = load <16 x float>, ptr %1183, align 4
  %1185 = fsub <16 x float> %1184, %acc24.0.lcssa
  store <16 x float> %1185, ptr %1183, align 4
  %1186 = insertelement <16 x float> poison, float %1181, i64 0
  %1187 = shufflevector <16 x float> %1186, <16 x float> poison, <16 x i32> zeroinitializer
  %1188 = fmul <16 x float> %1187, %1185
  %1189 = getelementptr inbounds float, ptr %Vn, i64 %1182
  store <16 x float> %1188, ptr %1189, align 4
  %1190 = mul nuw nsw i64 %ib.addr.02580, 768
  %1191 = getelementptr inbounds float, ptr %Ak, i64 %1190
  store <16 x float> %1188, ptr %1191, align 4
  %1192 = or disjoint i64 %1182, 16
  %1193 = getelementptr inbounds float, ptr %Rr, i64 %1192
  %1194 = load <16 x float>, ptr %1193, align 4
  %1195 = fsub <16 x float> %1194, %acc25.0.lcssa
  store <16 x float> %1195, ptr %1193, align 4
  %1196 = fmul <16 x float> %1187, %1195
  %1197 = getelementptr inbounds float, ptr %Vn, i64 %1192
  store <16 x float> %1196, ptr %1197, align 4
  %1198 = or disjoint i64 %1190, 16
  %1199 = getelementptr inbounds float, ptr %Ak, i64 %1198
  store <16 x float> %1196, ptr %1199, align 4
  %i18 = or disjoint i64 %i0, 1
  %.idx2775 = shl nsw i64 %i18, 8
  %1200 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2775
  %1201 = getelementptr inbounds float, ptr %1200, i64 %i0
  %1202 = load float, ptr %1201, align 4
  %1203 = insertelement <16 x float> poison, float %1202, i64 0
  %1204 = shufflevector <16 x float> %1203, <16 x float> poison, <16 x i32> zeroinitializer
  %1205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1204, <16 x float> %1188, <16 x float> %acc26.0.lcssa)
  %1206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1204, <16 x float> %1196, <16 x float> %acc27.0.lcssa)
  %1207 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1208 = load float, ptr %1207, align 4
  %1209 = shl nuw nsw i64 %i18, 5
  %1210 = getelementptr inbounds float, ptr %Rr, i64 %1209
  %1211 = load <16 x float>, ptr %1210, align 4
  %1212 = fsub <16 x float> %1211, %1205
  store <16 x float> %1212, ptr %1210, align 4
  %1213 = insertelement <16 x float> poison, float %1208, i64 0
  %1214 = shufflevector <16 x float> %1213, <16 x float> poison, <16 x i32> zeroinitializer
  %1215 = fmul <16 x float> %1214, %1212
  %1216 = getelementptr inbounds float, ptr %Vn, i64 %1209
  store <16 x float> %1215, ptr %1216, align 4
  %1217 = mul nuw nsw i64 %i18, 192
  %1218 = getelementptr inbounds float, ptr %Ak, i64 %1217
  store <16 x float> %1215, ptr %1218, align 4
  %1219 = or disjoint i64 %1209, 16
  %1220 = getelementptr inbounds float, ptr %Rr, i64 %1219
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = fsub <16 x float> %1221, %1206
  store <16 x float> %1222, ptr %1220, align 4
  %1223 = fmul <16 x float> %1214, %1222
  %1224 = getelementptr inbounds float, ptr %Vn, i64 %1219
  store <16 x float> %1223, ptr %1224, align 4
  %1225 = or disjoint i64 %1217, 16
  %1226 = getelementptr inbounds float, ptr %Ak, i64 %1225
  store <16 x float> %1223, ptr %1226, align 4
  %i19 = or disjoint i64 %i0, 2
  %1227 = shl nuw nsw i64 %i19, 6
  %1228 = or disjoint i64 %1227, %i0
  %1229 = getelementptr inbounds float, ptr %Gm, i64 %1228
  %1230 = load float, ptr %1229, align 4
  %1231 = insertelement <16 x float> poison, float %1230, i64 0
  %1232 = shufflevector <16 x float> %1231, <16 x float> poison, <16 x i32> zeroinitializer
  %1233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1232, <16 x float> %1188, <16 x float> %acc28.0.lcssa)
  %1234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1232, <16 x float> %1196, <16 x float> %acc29.0.lcssa)
  %1235 = or disjoint i64 %1227, %i18
  %1236 = getelementptr inbounds float, ptr %Gm, i64 %1235
  %1237 = load float, ptr %1236, align 4
  %1238 = insertelement <16 x float> poison, float %1237, i64 0
  %1239 = shufflevector <16 x float> %1238, <16 x float> poison, <16 x i32> zeroinitializer
  %1240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1239, <16 x float> %1215, <16 x float> %1233)
  %1241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1239, <16 x float> %1223, <16 x float> %1234)
  %1242 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1243 = load float, ptr %1242, align 4
  %1244 = shl nuw nsw i64 %i19, 5
  %1245 = getelementptr inbounds float, ptr %Rr, i64 %1244
  %1246 = load <16 x float>, ptr %1245, align 4
  %1247 = fsub <16 x float> %1246, %1240
  store <16 x float> %1247, ptr %1245, align 4
  %1248 = insertelement <16 x float> poison, float %1243, i64 0
  %1249 = shufflevector <16 x float> %1248, <16 x float> poison, <16 x i32> zeroinitializer
  %1250 = fmul <16 x float> %1249, %1247
  %1251 = getelementptr inbounds float, ptr %Vn, i64 %1244
  store <16 x float> %1250, ptr %1251, align 4
  %1252 = mul nuw nsw i64 %i19, 192
  %1253 = getelementptr inbounds float, ptr %Ak, i64 %1252
  store <16 x float> %1250, ptr %1253, align 4
  %1254 = or disjoint i64 %1244, 16
  %1255 = getelementptr inbounds float, ptr %Rr, i64 %1254
  %1256 = load <16 x float>, ptr %1255, align 4
  %1257 = fsub <16 x float> %1256, %1241
  store <16 x float> %1257, ptr %1255, align 4
  %1258 = fmul <16 x float> %1249, %1257
  %1259 = getelementptr inbounds float, ptr %Vn, i64 %1254
  store <16 x float> %1258, ptr %1259, align 4
  %1260 = or disjoint i64 %1252, 16
  %1261 = getelementptr inbounds float, ptr %Ak, i64 %1260
  store <16 x float> %1258, ptr %1261, align 4
  %i20 = or disjoint i64 %i0, 3
  %1262 = shl nuw nsw i64 %i20, 6
  %1263 = or disjoint i64 %1262, %i0
  %1264 = getelementptr inbounds float, ptr %Gm, i64 %1263
  %1265 = load float, ptr %1264, align 4
  %1266 = insertelement <16 x float> poison, float %1265, i64 0
  %1267 = shufflevector <16 x float> %1266, <16 x float> poison, <16 x i32> zeroinitializer
  %1268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1267, <16 x float> %1188, <16 x float> %acc30.0.lcssa)
  %1269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1267, <16 x float> %1196, <16 x float> %acc31.0.lcssa)
  %1270 = or disjoint i64 %1262, %i18
  %1271 = getelementptr inbounds float, ptr %Gm, i64 %1270
  %1272 = load float, ptr %1271, align 4
  %1273 = insertelement <16 x float> poison, float %1272, i64 0
  %1274 = shufflevector <16 x float> %1273, <16 x float> poison, <16 x i32> zeroinitializer
  %1275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1274, <16 x float> %1215, <16 x float> %1268)
  %1276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1274, <16 x float> %1223, <16 x float> %1269)
  %1277 = or disjoint i64 %1262, %i19
  %1278 = getelementptr inbounds float, ptr %Gm, i64 %1277
  %1279 = load float, ptr %1278, align 4
  %1280 = insertelement <16 x float> poison, float %1279, i64 0
  %1281 = shufflevector <16 x float> %1280, <16 x float> poison, <16 x i32> zeroinitializer
  %1282 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1281, <16 x float> %1250, <16 x float> %1275)
  %1283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1281, <16 x float> %1258, <16 x float> %1276)
  %1284 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1285 = load float, ptr %1284, align 4
  %1286 = shl nuw nsw i64 %i20, 5
  %1287 = getelementptr inbounds float, ptr %Rr, i64 %1286
  %1288 = load <16 x float>, ptr %1287, align 4
  %1289 = fsub <16 x float> %1288, %1282
  store <16 x float> %1289, ptr %1287, align 4
  %1290 = insertelement <16 x float> poison, float %1285, i64 0
  %1291 = shufflevector <16 x float> %1290, <16 x float> poison, <16 x i32> zeroinitializer
  %1292 = fmul <16 x float> %1291, %1289
  %1293 = getelementptr inbounds float, ptr %Vn, i64 %1286
  store <16 x float> %1292, ptr %1293, align 4
  %1294 = mul nuw nsw i64 %i20, 192
  %1295 = getelementptr inbounds float, ptr %Ak, i64 %1294
  store <16 x float> %1292, ptr %1295, align 4
  %1296 = or disjoint i64 %1286, 16
  %1297 = getelementptr inbounds float, ptr %Rr, i64 %1296
  %1298 = load <16 x float>, ptr %1297, align 4
  %1299 = fsub <16 x float> %1298, %1283
  store <16 x float> %1299, ptr %1297, align 4
  %1300 = fmul <16 x float> %1291, %1299
  %1301 = getelementptr inbounds float, ptr %Vn, i64 %1296
  store <16 x float> %1300, ptr %1301, align 4
  %1302 = or disjoint i64 %1294, 16
  %1303 = getelementptr inbounds float, ptr %Ak, i64 %1302
  store <16 x float> %1300, ptr %1303, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02580, 1
  %exitcond2978.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond2978.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i21.addr.02582 = phi i64 [ %i21.next, %j18.exit ], [ 0, %j17.exit ]
  %1304 = shl nuw nsw i64 %i21.addr.02582, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1305 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02581 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1306 = or disjoint i64 %j18.addr.02581, %1304
  %1307 = getelementptr inbounds float, ptr %Vn, i64 %1306
  %1308 = load <16 x float>, ptr %1307, align 4
  %1309 = or disjoint i64 %1306, 256
  %1310 = getelementptr inbounds float, ptr %Vn, i64 %1309
  %1311 = load <16 x float>, ptr %1310, align 4
  %1312 = or disjoint i64 %1306, 32
  %1313 = getelementptr inbounds float, ptr %Vn, i64 %1312
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = or disjoint i64 %1306, 288
  %1316 = getelementptr inbounds float, ptr %Vn, i64 %1315
  %1317 = load <16 x float>, ptr %1316, align 4
  %1318 = or disjoint i64 %1306, 64
  %1319 = getelementptr inbounds float, ptr %Vn, i64 %1318
  %1320 = load <16 x float>, ptr %1319, align 4
  %1321 = or disjoint i64 %1306, 320
  %1322 = getelementptr inbounds float, ptr %Vn, i64 %1321
  %1323 = load <16 x float>, ptr %1322, align 4
  %1324 = or disjoint i64 %1306, 96
  %1325 = getelementptr inbounds float, ptr %Vn, i64 %1324
  %1326 = load <16 x float>, ptr %1325, align 4
  %1327 = or disjoint i64 %1306, 352
  %1328 = getelementptr inbounds float, ptr %Vn, i64 %1327
  %1329 = load <16 x float>, ptr %1328, align 4
  %1330 = or disjoint i64 %1306, 128
  %1331 = getelementptr inbounds float, ptr %Vn, i64 %1330
  %1332 = load <16 x float>, ptr %1331, align 4
  %1333 = or disjoint i64 %1306, 384
  %1334 = getelementptr inbounds float, ptr %Vn, i64 %1333
  %1335 = load <16 x float>, ptr %1334, align 4
  %1336 = or disjoint i64 %1306, 160
  %1337 = getelementptr inbounds float, ptr %Vn, i64 %1336
  %1338 = load <16 x float>, ptr %1337, align 4
  %1339 = or disjoint i64 %1306, 416
  %1340 = getelementptr inbounds float, ptr %Vn, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = or disjoint i64 %1306, 192
  %1343 = getelementptr inbounds float, ptr %Vn, i64 %1342
  %1344 = load <16 x float>, ptr %1343, align 4
  %1345 = or disjoint i64 %1306, 448
  %1346 = getelementptr inbounds float, ptr %Vn, i64 %1345
  %1347 = load <16 x float>, ptr %1346, align 4
  %1348 = or disjoint i64 %1306, 224
  %1349 = getelementptr inbounds float, ptr %Vn, i64 %1348
  %1350 = load <16 x float>, ptr %1349, align 4
  %1351 = or disjoint i64 %1306, 480
  %1352 = getelementptr inbounds float, ptr %Vn, i64 %1351
  %1353 = load <16 x float>, ptr %1352, align 4
  %1354 = shufflevector <16 x float> %1308, <16 x float> %1311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1355 = shufflevector <16 x float> %1332, <16 x float> %1335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1356 = shufflevector <16 x float> %1314, <16 x float> %1317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1357 = shufflevector <16 x float> %1338, <16 x float> %1341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1358 = shufflevector <16 x float> %1320, <16 x float> %1323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1359 = shufflevector <16 x float> %1344, <16 x float> %1347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1360 = shufflevector <16 x float> %1326, <16 x float> %1329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1361 = shufflevector <16 x float> %1350, <16 x float> %1353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1362 = shufflevector <16 x float> %1308, <16 x float> %1311, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1363 = shufflevector <16 x float> %1332, <16 x float> %1335, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1364 = shufflevector <16 x float> %1314, <16 x float> %1317, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1365 = shufflevector <16 x float> %1338, <16 x float> %1341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1366 = shufflevector <16 x float> %1320, <16 x float> %1323, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1367 = shufflevector <16 x float> %1344, <16 x float> %1347, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1368 = shufflevector <16 x float> %1326, <16 x float> %1329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1369 = shufflevector <16 x float> %1350, <16 x float> %1353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1370 = shufflevector <16 x float> %1354, <16 x float> %1355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1371 = shufflevector <16 x float> %1358, <16 x float> %1359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1372 = shufflevector <16 x float> %1356, <16 x float> %1357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1373 = shufflevector <16 x float> %1360, <16 x float> %1361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1374 = shufflevector <16 x float> %1354, <16 x float> %1355, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1375 = shufflevector <16 x float> %1358, <16 x float> %1359, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1376 = shufflevector <16 x float> %1356, <16 x float> %1357, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1377 = shufflevector <16 x float> %1360, <16 x float> %1361, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1378 = shufflevector <16 x float> %1362, <16 x float> %1363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1379 = shufflevector <16 x float> %1366, <16 x float> %1367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1380 = shufflevector <16 x float> %1364, <16 x float> %1365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1381 = shufflevector <16 x float> %1368, <16 x float> %1369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1382 = shufflevector <16 x float> %1362, <16 x float> %1363, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1383 = shufflevector <16 x float> %1366, <16 x float> %1367, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1384 = shufflevector <16 x float> %1364, <16 x float> %1365, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1385 = shufflevector <16 x float> %1368, <16 x float> %1369, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1386 = shufflevector <16 x float> %1370, <16 x float> %1371, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1387 = shufflevector <16 x float> %1372, <16 x float> %1373, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1388 = shufflevector <16 x float> %1370, <16 x float> %1371, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1389 = shufflevector <16 x float> %1372, <16 x float> %1373, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1390 = shufflevector <16 x float> %1374, <16 x float> %1375, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1391 = shufflevector <16 x float> %1376, <16 x float> %1377, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1392 = shufflevector <16 x float> %1374, <16 x float> %1375, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1393 = shufflevector <16 x float> %1376, <16 x float> %1377, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1394 = shufflevector <16 x float> %1378, <16 x float> %1379, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1395 = shufflevector <16 x float> %1380, <16 x float> %1381, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1396 = shufflevector <16 x float> %1378, <16 x float> %1379, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1397 = shufflevector <16 x float> %1380, <16 x float> %1381, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1398 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1399 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1400 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1401 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1402 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1403 = shl nuw nsw i64 %j18.addr.02581, 6
  %1404 = add nuw nsw i64 %1403, %i21.addr.02582
  %1405 = getelementptr inbounds float, ptr %VnT, i64 %1404
  store <16 x float> %1402, ptr %1405, align 4
  %1406 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1407 = or disjoint i64 %1404, 64
  %1408 = getelementptr inbounds float, ptr %VnT, i64 %1407
  store <16 x float> %1406, ptr %1408, align 4
  %1409 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1410 = or disjoint i64 %1404, 128
  %1411 = getelementptr inbounds float, ptr %VnT, i64 %1410
  store <16 x float> %1409, ptr %1411, align 4
  %1412 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1413 = or disjoint i64 %1404, 192
  %1414 = getelementptr inbounds float, ptr %VnT, i64 %1413
  store <16 x float> %1412, ptr %1414, align 4
  %1415 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1416 = or disjoint i64 %1404, 256
  %1417 = getelementptr inbounds float, ptr %VnT, i64 %1416
  store <16 x float> %1415, ptr %1417, align 4
  %1418 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1419 = or disjoint i64 %1404, 320
  %1420 = getelementptr inbounds float, ptr %VnT, i64 %1419
  store <16 x float> %1418, ptr %1420, align 4
  %1421 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1422 = or disjoint i64 %1404, 384
  %1423 = getelementptr inbounds float, ptr %VnT, i64 %1422
  store <16 x float> %1421, ptr %1423, align 4
  %1424 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1425 = or disjoint i64 %1404, 448
  %1426 = getelementptr inbounds float, ptr %VnT, i64 %1425
  store <16 x float> %1424, ptr %1426, align 4
  %1427 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1428 = or disjoint i64 %1404, 512
  %1429 = getelementptr inbounds float, ptr %VnT, i64 %1428
  store <16 x float> %1427, ptr %1429, align 4
  %1430 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1431 = or disjoint i64 %1404, 576
  %1432 = getelementptr inbounds float, ptr %VnT, i64 %1431
  store <16 x float> %1430, ptr %1432, align 4
  %1433 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1434 = or disjoint i64 %1404, 640
  %1435 = getelementptr inbounds float, ptr %VnT, i64 %1434
  store <16 x float> %1433, ptr %1435, align 4
  %1436 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1437 = or disjoint i64 %1404, 704
  %1438 = getelementptr inbounds float, ptr %VnT, i64 %1437
  store <16 x float> %1436, ptr %1438, align 4
  %1439 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1440 = or disjoint i64 %1404, 768
  %1441 = getelementptr inbounds float, ptr %VnT, i64 %1440
  store <16 x float> %1439, ptr %1441, align 4
  %1442 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1443 = or disjoint i64 %1404, 832
  %1444 = getelementptr inbounds float, ptr %VnT, i64 %1443
  store <16 x float> %1442, ptr %1444, align 4
  %1445 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1446 = or disjoint i64 %1404, 896
  %1447 = getelementptr inbounds float, ptr %VnT, i64 %1446
  store <16 x float> %1445, ptr %1447, align 4
  %1448 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1449 = or disjoint i64 %1404, 960
  %1450 = getelementptr inbounds float, ptr %VnT, i64 %1449
  store <16 x float> %1448, ptr %1450, align 4
  br i1 %1305, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i21.next = add nuw nsw i64 %i21.addr.02582, 16
  %1451 = icmp ult i64 %i21.addr.02582, 48
  br i1 %1451, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02600 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %1452 = shl nuw nsw i64 %i22.addr.02600, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02599 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1471, %p5.body ]
  %acc33.02598 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1472, %p5.body ]
  %acc34.02597 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1473, %p5.body ]
  %acc35.02596 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1474, %p5.body ]
  %acc36.02595 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1480, %p5.body ]
  %acc37.02594 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1481, %p5.body ]
  %acc38.02593 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1482, %p5.body ]
  %acc39.02592 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1483, %p5.body ]
  %acc40.02591 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1489, %p5.body ]
  %acc41.02590 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1490, %p5.body ]
  %acc42.02589 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1491, %p5.body ]
  %acc43.02588 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1492, %p5.body ]
  %acc44.02587 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1498, %p5.body ]
  %acc45.02586 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1499, %p5.body ]
  %acc46.02585 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1500, %p5.body ]
  %acc47.02584 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1501, %p5.body ]
  %p5.addr.02583 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1453 = shl nuw nsw i64 %p5.addr.02583, 6
  %1454 = getelementptr inbounds float, ptr %QcT, i64 %1453
  %1455 = load <16 x float>, ptr %1454, align 4
  %1456 = or disjoint i64 %1453, 16
  %1457 = getelementptr inbounds float, ptr %QcT, i64 %1456
  %1458 = load <16 x float>, ptr %1457, align 4
  %1459 = or disjoint i64 %1453, 32
  %1460 = getelementptr inbounds float, ptr %QcT, i64 %1459
  %1461 = load <16 x float>, ptr %1460, align 4
  %1462 = or disjoint i64 %1453, 48
  %1463 = getelementptr inbounds float, ptr %QcT, i64 %1462
  %1464 = load <16 x float>, ptr %1463, align 4
  %1465 = add nuw nsw i64 %p5.addr.02583, %1452
  %1466 = or disjoint i64 %1465, 4096
  %1467 = getelementptr inbounds float, ptr %Bk, i64 %1466
  %1468 = load float, ptr %1467, align 4
  %1469 = insertelement <16 x float> poison, float %1468, i64 0
  %1470 = shufflevector <16 x float> %1469, <16 x float> poison, <16 x i32> zeroinitializer
  %1471 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1470, <16 x float> %1455, <16 x float> %acc32.02599)
  %1472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1470, <16 x float> %1458, <16 x float> %acc33.02598)
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1470, <16 x float> %1461, <16 x float> %acc34.02597)
  %1474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1470, <16 x float> %1464, <16 x float> %acc35.02596)
  %1475 = or disjoint i64 %1465, 4128
  %1476 = getelementptr inbounds float, ptr %Bk, i64 %1475
  %1477 = load float, ptr %1476, align 4
  %1478 = insertelement <16 x float> poison, float %1477, i64 0
  %1479 = shufflevector <16 x float> %1478, <16 x float> poison, <16 x i32> zeroinitializer
  %1480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1479, <16 x float> %1455, <16 x float> %acc36.02595)
  %1481 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1479, <16 x float> %1458, <16 x float> %acc37.02594)
  %1482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1479, <16 x float> %1461, <16 x float> %acc38.02593)
  %1483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1479, <16 x float> %1464, <16 x float> %acc39.02592)
  %1484 = or disjoint i64 %1465, 4160
  %1485 = getelementptr inbounds float, ptr %Bk, i64 %1484
  %1486 = load float, ptr %1485, align 4
  %1487 = insertelement <16 x float> poison, float %1486, i64 0
  %1488 = shufflevector <16 x float> %1487, <16 x float> poison, <16 x i32> zeroinitializer
  %1489 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1488, <16 x float> %1455, <16 x float> %acc40.02591)
  %1490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1488, <16 x float> %1458, <16 x float> %acc41.02590)
  %1491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1488, <16 x float> %1461, <16 x float> %acc42.02589)
  %1492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1488, <16 x float> %1464, <16 x float> %acc43.02588)
  %1493 = or disjoint i64 %1465, 4192
  %1494 = getelementptr inbounds float, ptr %Bk, i64 %1493
  %1495 = load float, ptr %1494, align 4
  %1496 = insertelement <16 x float> poison, float %1495, i64 0
  %1497 = shufflevector <16 x float> %1496, <16 x float> poison, <16 x i32> zeroinitializer
  %1498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1497, <16 x float> %1455, <16 x float> %acc44.02587)
  %1499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1497, <16 x float> %1458, <16 x float> %acc45.02586)
  %1500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1497, <16 x float> %1461, <16 x float> %acc46.02585)
  %1501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1497, <16 x float> %1464, <16 x float> %acc47.02584)
  %p5.next = add nuw nsw i64 %p5.addr.02583, 1
  %exitcond2979.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2979.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %1502 = shl nuw nsw i64 %i22.addr.02600, 6
  %1503 = getelementptr inbounds float, ptr %PT, i64 %1502
  store <16 x float> %1471, ptr %1503, align 4
  %1504 = or disjoint i64 %1502, 16
  %1505 = getelementptr inbounds float, ptr %PT, i64 %1504
  store <16 x float> %1472, ptr %1505, align 4
  %1506 = or disjoint i64 %1502, 32
  %1507 = getelementptr inbounds float, ptr %PT, i64 %1506
  store <16 x float> %1473, ptr %1507, align 4
  %1508 = or disjoint i64 %1502, 48
  %1509 = getelementptr inbounds float, ptr %PT, i64 %1508
  store <16 x float> %1474, ptr %1509, align 4
  %1510 = or disjoint i64 %1502, 64
  %1511 = getelementptr inbounds float, ptr %PT, i64 %1510
  store <16 x float> %1480, ptr %1511, align 4
  %1512 = or disjoint i64 %1502, 80
  %1513 = getelementptr inbounds float, ptr %PT, i64 %1512
  store <16 x float> %1481, ptr %1513, align 4
  %1514 = or disjoint i64 %1502, 96
  %1515 = getelementptr inbounds float, ptr %PT, i64 %1514
  store <16 x float> %1482, ptr %1515, align 4
  %1516 = or disjoint i64 %1502, 112
  %1517 = getelementptr inbounds float, ptr %PT, i64 %1516
  store <16 x float> %1483, ptr %1517, align 4
  %1518 = or disjoint i64 %1502, 128
  %1519 = getelementptr inbounds float, ptr %PT, i64 %1518
  store <16 x float> %1489, ptr %1519, align 4
  %1520 = or disjoint i64 %1502, 144
  %1521 = getelementptr inbounds float, ptr %PT, i64 %1520
  store <16 x float> %1490, ptr %1521, align 4
  %1522 = or disjoint i64 %1502, 160
  %1523 = getelementptr inbounds float, ptr %PT, i64 %1522
  store <16 x float> %1491, ptr %1523, align 4
  %1524 = or disjoint i64 %1502, 176
  %1525 = getelementptr inbounds float, ptr %PT, i64 %1524
  store <16 x float> %1492, ptr %1525, align 4
  %1526 = or disjoint i64 %1502, 192
  %1527 = getelementptr inbounds float, ptr %PT, i64 %1526
  store <16 x float> %1498, ptr %1527, align 4
  %1528 = or disjoint i64 %1502, 208
  %1529 = getelementptr inbounds float, ptr %PT, i64 %1528
  store <16 x float> %1499, ptr %1529, align 4
  %1530 = or disjoint i64 %1502, 224
  %1531 = getelementptr inbounds float, ptr %PT, i64 %1530
  store <16 x float> %1500, ptr %1531, align 4
  %1532 = or disjoint i64 %1502, 240
  %1533 = getelementptr inbounds float, ptr %PT, i64 %1532
  store <16 x float> %1501, ptr %1533, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02600, 4
  %1534 = icmp ult i64 %i22.addr.02600, 60
  br i1 %1534, label %p5.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p5.exit, %s1.head.preheader
  %t2.addr.02602 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p5.exit ]
  %1535 = shl nuw nsw i64 %t2.addr.02602, 6
  %1536 = getelementptr inbounds float, ptr %PT, i64 %1535
  %1537 = load <16 x float>, ptr %1536, align 4
  %1538 = getelementptr inbounds float, ptr %M, i64 %1535
  %1539 = load <16 x float>, ptr %1538, align 4
  %1540 = fmul <16 x float> %1537, %1539
  store <16 x float> %1540, ptr %1536, align 4
  %1541 = or disjoint i64 %1535, 16
  %1542 = getelementptr inbounds float, ptr %PT, i64 %1541
  %1543 = load <16 x float>, ptr %1542, align 4
  %1544 = getelementptr inbounds float, ptr %M, i64 %1541
  %1545 = load <16 x float>, ptr %1544, align 4
  %1546 = fmul <16 x float> %1543, %1545
  store <16 x float> %1546, ptr %1542, align 4
  %1547 = or disjoint i64 %1535, 32
  %1548 = getelementptr inbounds float, ptr %PT, i64 %1547
  %1549 = load <16 x float>, ptr %1548, align 4
  %1550 = getelementptr inbounds float, ptr %M, i64 %1547
  %1551 = load <16 x float>, ptr %1550, align 4
  %1552 = fmul <16 x float> %1549, %1551
  store <16 x float> %1552, ptr %1548, align 4
  %1553 = or disjoint i64 %1535, 48
  %1554 = getelementptr inbounds float, ptr %PT, i64 %1553
  %1555 = load <16 x float>, ptr %1554, align 4
  %1556 = getelementptr inbounds float, ptr %M, i64 %1553
  %1557 = load <16 x float>, ptr %1556, align 4
  %1558 = fmul <16 x float> %1555, %1557
  store <16 x float> %1558, ptr %1554, align 4
  %t2.next = shl i64 %t2.addr.02602, 6
  %1559 = or disjoint i64 %t2.next, 64
  %1560 = getelementptr inbounds float, ptr %PT, i64 %1559
  %1561 = load <16 x float>, ptr %1560, align 4
  %1562 = getelementptr inbounds float, ptr %M, i64 %1559
  %1563 = load <16 x float>, ptr %1562, align 4
  %1564 = fmul <16 x float> %1561, %1563
  store <16 x float> %1564, ptr %1560, align 4
  %1565 = or disjoint i64 %t2.next, 80
  %1566 = getelementptr inbounds float, ptr %PT, i64 %1565
  %1567 = load <16 x float>, ptr %1566, align 4
  %1568 = getelementptr inbounds float, ptr %M, i64 %1565
  %1569 = load <16 x float>, ptr %1568, align 4
  %1570 = fmul <16 x float> %1567, %1569
  store <16 x float> %1570, ptr %1566, align 4
  %1571 = or disjoint i64 %t2.next, 96
  %1572 = getelementptr inbounds float, ptr %PT, i64 %1571
  %1573 = load <16 x float>, ptr %1572, align 4
  %1574 = getelementptr inbounds float, ptr %M, i64 %1571
  %1575 = load <16 x float>, ptr %1574, align 4
  %1576 = fmul <16 x float> %1573, %1575
  store <16 x float> %1576, ptr %1572, align 4
  %1577 = or disjoint i64 %t2.next, 112
  %1578 = getelementptr inbounds float, ptr %PT, i64 %1577
  %1579 = load <16 x float>, ptr %1578, align 4
  %1580 = getelementptr inbounds float, ptr %M, i64 %1577
  %1581 = load <16 x float>, ptr %1580, align 4
  %1582 = fmul <16 x float> %1579, %1581
  store <16 x float> %1582, ptr %1578, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02602, 2
  %exitcond2980.not.1 = icmp eq i64 %t2.next.1, 64
  br i1 %exitcond2980.not.1, label %j20.head.preheader, label %s1.head.preheader

j20.head.preheader:                               ; preds = %s1.head.preheader, %j20.head.preheader
  %i23.addr.02604 = phi i64 [ %i23.next.7, %j20.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2776 = shl nsw i64 %i23.addr.02604, 8
  %gep3181 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776
  %1583 = load <16 x float>, ptr %gep3181, align 4
  %.idx2777 = shl nsw i64 %i23.addr.02604, 7
  %gep3183 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777
  store <16 x float> %1583, ptr %gep3183, align 4
  %gep3185 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776
  %1584 = load <16 x float>, ptr %gep3185, align 4
  %gep3187 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777
  store <16 x float> %1584, ptr %gep3187, align 4
  %i23.next = or disjoint i64 %i23.addr.02604, 1
  %.idx2776.1 = shl nsw i64 %i23.next, 8
  %gep3181.1 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776.1
  %1585 = load <16 x float>, ptr %gep3181.1, align 4
  %.idx2777.1 = shl nsw i64 %i23.next, 7
  %gep3183.1 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777.1
  store <16 x float> %1585, ptr %gep3183.1, align 4
  %gep3185.1 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776.1
  %1586 = load <16 x float>, ptr %gep3185.1, align 4
  %gep3187.1 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777.1
  store <16 x float> %1586, ptr %gep3187.1, align 4
  %i23.next.1 = or disjoint i64 %i23.addr.02604, 2
  %.idx2776.2 = shl nsw i64 %i23.next.1, 8
  %gep3181.2 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776.2
  %1587 = load <16 x float>, ptr %gep3181.2, align 4
  %.idx2777.2 = shl nsw i64 %i23.next.1, 7
  %gep3183.2 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777.2
  store <16 x float> %1587, ptr %gep3183.2, align 4
  %gep3185.2 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776.2
  %1588 = load <16 x float>, ptr %gep3185.2, align 4
  %gep3187.2 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777.2
  store <16 x float> %1588, ptr %gep3187.2, align 4
  %i23.next.2 = or disjoint i64 %i23.addr.02604, 3
  %.idx2776.3 = shl nsw i64 %i23.next.2, 8
  %gep3181.3 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776.3
  %1589 = load <16 x float>, ptr %gep3181.3, align 4
  %.idx2777.3 = shl nsw i64 %i23.next.2, 7
  %gep3183.3 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777.3
  store <16 x float> %1589, ptr %gep3183.3, align 4
  %gep3185.3 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776.3
  %1590 = load <16 x float>, ptr %gep3185.3, align 4
  %gep3187.3 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777.3
  store <16 x float> %1590, ptr %gep3187.3, align 4
  %i23.next.3 = or disjoint i64 %i23.addr.02604, 4
  %.idx2776.4 = shl nsw i64 %i23.next.3, 8
  %gep3181.4 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776.4
  %1591 = load <16 x float>, ptr %gep3181.4, align 4
  %.idx2777.4 = shl nsw i64 %i23.next.3, 7
  %gep3183.4 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777.4
  store <16 x float> %1591, ptr %gep3183.4, align 4
  %gep3185.4 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776.4
  %1592 = load <16 x float>, ptr %gep3185.4, align 4
  %gep3187.4 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777.4
  store <16 x float> %1592, ptr %gep3187.4, align 4
  %i23.next.4 = or disjoint i64 %i23.addr.02604, 5
  %.idx2776.5 = shl nsw i64 %i23.next.4, 8
  %gep3181.5 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776.5
  %1593 = load <16 x float>, ptr %gep3181.5, align 4
  %.idx2777.5 = shl nsw i64 %i23.next.4, 7
  %gep3183.5 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777.5
  store <16 x float> %1593, ptr %gep3183.5, align 4
  %gep3185.5 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776.5
  %1594 = load <16 x float>, ptr %gep3185.5, align 4
  %gep3187.5 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777.5
  store <16 x float> %1594, ptr %gep3187.5, align 4
  %i23.next.5 = or disjoint i64 %i23.addr.02604, 6
  %.idx2776.6 = shl nsw i64 %i23.next.5, 8
  %gep3181.6 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776.6
  %1595 = load <16 x float>, ptr %gep3181.6, align 4
  %.idx2777.6 = shl nsw i64 %i23.next.5, 7
  %gep3183.6 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777.6
  store <16 x float> %1595, ptr %gep3183.6, align 4
  %gep3185.6 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776.6
  %1596 = load <16 x float>, ptr %gep3185.6, align 4
  %gep3187.6 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777.6
  store <16 x float> %1596, ptr %gep3187.6, align 4
  %i23.next.6 = or disjoint i64 %i23.addr.02604, 7
  %.idx2776.7 = shl nsw i64 %i23.next.6, 8
  %gep3181.7 = getelementptr inbounds i8, ptr %invariant.gep3180, i64 %.idx2776.7
  %1597 = load <16 x float>, ptr %gep3181.7, align 4
  %.idx2777.7 = shl nsw i64 %i23.next.6, 7
  %gep3183.7 = getelementptr inbounds i8, ptr %invariant.gep3182, i64 %.idx2777.7
  store <16 x float> %1597, ptr %gep3183.7, align 4
  %gep3185.7 = getelementptr inbounds i8, ptr %invariant.gep3184, i64 %.idx2776.7
  %1598 = load <16 x float>, ptr %gep3185.7, align 4
  %gep3187.7 = getelementptr inbounds i8, ptr %invariant.gep3186, i64 %.idx2777.7
  store <16 x float> %1598, ptr %gep3187.7, align 4
  %i23.next.7 = add nuw nsw i64 %i23.addr.02604, 8
  %exitcond2983.not.7 = icmp eq i64 %i23.next.7, 64
  br i1 %exitcond2983.not.7, label %i24.body, label %j20.head.preheader

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02622 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %1599 = shl nuw nsw i64 %i24.addr.02622, 5
  %1600 = or disjoint i64 %1599, 2048
  %1601 = getelementptr inbounds float, ptr %OY, i64 %1600
  %1602 = load <16 x float>, ptr %1601, align 4
  %1603 = or disjoint i64 %1599, 2064
  %1604 = getelementptr inbounds float, ptr %OY, i64 %1603
  %1605 = load <16 x float>, ptr %1604, align 4
  %1606 = or disjoint i64 %i24.addr.02622, 1
  %1607 = shl nuw nsw i64 %1606, 5
  %1608 = or disjoint i64 %1607, 2048
  %1609 = getelementptr inbounds float, ptr %OY, i64 %1608
  %1610 = load <16 x float>, ptr %1609, align 4
  %1611 = or disjoint i64 %1607, 2064
  %1612 = getelementptr inbounds float, ptr %OY, i64 %1611
  %1613 = load <16 x float>, ptr %1612, align 4
  %1614 = or disjoint i64 %i24.addr.02622, 2
  %1615 = shl nuw nsw i64 %1614, 5
  %1616 = or disjoint i64 %1615, 2048
  %1617 = getelementptr inbounds float, ptr %OY, i64 %1616
  %1618 = load <16 x float>, ptr %1617, align 4
  %1619 = or disjoint i64 %1615, 2064
  %1620 = getelementptr inbounds float, ptr %OY, i64 %1619
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = or disjoint i64 %i24.addr.02622, 3
  %1623 = shl nuw nsw i64 %1622, 5
  %1624 = or disjoint i64 %1623, 2048
  %1625 = getelementptr inbounds float, ptr %OY, i64 %1624
  %1626 = load <16 x float>, ptr %1625, align 4
  %1627 = or disjoint i64 %1623, 2064
  %1628 = getelementptr inbounds float, ptr %OY, i64 %1627
  %1629 = load <16 x float>, ptr %1628, align 4
  %1630 = or disjoint i64 %i24.addr.02622, 4
  %1631 = shl nuw nsw i64 %1630, 5
  %1632 = or disjoint i64 %1631, 2048
  %1633 = getelementptr inbounds float, ptr %OY, i64 %1632
  %1634 = load <16 x float>, ptr %1633, align 4
  %1635 = or disjoint i64 %1631, 2064
  %1636 = getelementptr inbounds float, ptr %OY, i64 %1635
  %1637 = load <16 x float>, ptr %1636, align 4
  %1638 = or disjoint i64 %i24.addr.02622, 5
  %1639 = shl nuw nsw i64 %1638, 5
  %1640 = or disjoint i64 %1639, 2048
  %1641 = getelementptr inbounds float, ptr %OY, i64 %1640
  %1642 = load <16 x float>, ptr %1641, align 4
  %1643 = or disjoint i64 %1639, 2064
  %1644 = getelementptr inbounds float, ptr %OY, i64 %1643
  %1645 = load <16 x float>, ptr %1644, align 4
  %1646 = or disjoint i64 %i24.addr.02622, 6
  %1647 = shl nuw nsw i64 %1646, 5
  %1648 = or disjoint i64 %1647, 2048
  %1649 = getelementptr inbounds float, ptr %OY, i64 %1648
  %1650 = load <16 x float>, ptr %1649, align 4
  %1651 = or disjoint i64 %1647, 2064
  %1652 = getelementptr inbounds float, ptr %OY, i64 %1651
  %1653 = load <16 x float>, ptr %1652, align 4
  %1654 = or disjoint i64 %i24.addr.02622, 7
  %1655 = shl nuw nsw i64 %1654, 5
  %1656 = or disjoint i64 %1655, 2048
  %1657 = getelementptr inbounds float, ptr %OY, i64 %1656
  %1658 = load <16 x float>, ptr %1657, align 4
  %1659 = or disjoint i64 %1655, 2064
  %1660 = getelementptr inbounds float, ptr %OY, i64 %1659
  %1661 = load <16 x float>, ptr %1660, align 4
  %.idx2778 = shl nsw i64 %i24.addr.02622, 8
  %.idx2779 = shl nsw i64 %1606, 8
  %.idx2780 = shl nsw i64 %1614, 8
  %.idx2781 = shl nsw i64 %1622, 8
  %.idx2782 = shl nsw i64 %1630, 8
  %.idx2783 = shl nsw i64 %1638, 8
  %.idx2784 = shl nsw i64 %1646, 8
  %.idx2785 = shl nsw i64 %1654, 8
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02621 = phi <16 x float> [ %1602, %i24.body ], [ %1673, %p6.body ]
  %acc49.02620 = phi <16 x float> [ %1605, %i24.body ], [ %1674, %p6.body ]
  %acc50.02619 = phi <16 x float> [ %1610, %i24.body ], [ %1679, %p6.body ]
  %acc51.02618 = phi <16 x float> [ %1613, %i24.body ], [ %1680, %p6.body ]
  %acc52.02617 = phi <16 x float> [ %1618, %i24.body ], [ %1685, %p6.body ]
  %p6.addr.02616 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %acc63.02615 = phi <16 x float> [ %1661, %i24.body ], [ %1716, %p6.body ]
  %acc62.02614 = phi <16 x float> [ %1658, %i24.body ], [ %1715, %p6.body ]
  %acc61.02613 = phi <16 x float> [ %1653, %i24.body ], [ %1710, %p6.body ]
  %acc60.02612 = phi <16 x float> [ %1650, %i24.body ], [ %1709, %p6.body ]
  %acc59.02611 = phi <16 x float> [ %1645, %i24.body ], [ %1704, %p6.body ]
  %acc58.02610 = phi <16 x float> [ %1642, %i24.body ], [ %1703, %p6.body ]
  %acc57.02609 = phi <16 x float> [ %1637, %i24.body ], [ %1698, %p6.body ]
  %acc56.02608 = phi <16 x float> [ %1634, %i24.body ], [ %1697, %p6.body ]
  %acc55.02607 = phi <16 x float> [ %1629, %i24.body ], [ %1692, %p6.body ]
  %acc54.02606 = phi <16 x float> [ %1626, %i24.body ], [ %1691, %p6.body ]
  %acc53.02605 = phi <16 x float> [ %1621, %i24.body ], [ %1686, %p6.body ]
  %1662 = shl nuw nsw i64 %p6.addr.02616, 5
  %1663 = getelementptr inbounds float, ptr %OY, i64 %1662
  %1664 = load <16 x float>, ptr %1663, align 4
  %1665 = or disjoint i64 %1662, 16
  %1666 = getelementptr inbounds float, ptr %OY, i64 %1665
  %1667 = load <16 x float>, ptr %1666, align 4
  %1668 = getelementptr inbounds float, ptr %PT, i64 %p6.addr.02616
  %1669 = getelementptr inbounds i8, ptr %1668, i64 %.idx2778
  %1670 = load float, ptr %1669, align 4
  %1671 = insertelement <16 x float> poison, float %1670, i64 0
  %1672 = shufflevector <16 x float> %1671, <16 x float> poison, <16 x i32> zeroinitializer
  %1673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1672, <16 x float> %1664, <16 x float> %acc48.02621)
  %1674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1672, <16 x float> %1667, <16 x float> %acc49.02620)
  %1675 = getelementptr inbounds i8, ptr %1668, i64 %.idx2779
  %1676 = load float, ptr %1675, align 4
  %1677 = insertelement <16 x float> poison, float %1676, i64 0
  %1678 = shufflevector <16 x float> %1677, <16 x float> poison, <16 x i32> zeroinitializer
  %1679 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1678, <16 x float> %1664, <16 x float> %acc50.02619)
  %1680 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1678, <16 x float> %1667, <16 x float> %acc51.02618)
  %1681 = getelementptr inbounds i8, ptr %1668, i64 %.idx2780
  %1682 = load float, ptr %1681, align 4
  %1683 = insertelement <16 x float> poison, float %1682, i64 0
  %1684 = shufflevector <16 x float> %1683, <16 x float> poison, <16 x i32> zeroinitializer
  %1685 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1684, <16 x float> %1664, <16 x float> %acc52.02617)
  %1686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1684, <16 x float> %1667, <16 x float> %acc53.02605)
  %1687 = getelementptr inbounds i8, ptr %1668, i64 %.idx2781
  %1688 = load float, ptr %1687, align 4
  %1689 = insertelement <16 x float> poison, float %1688, i64 0
  %1690 = shufflevector <16 x float> %1689, <16 x float> poison, <16 x i32> zeroinitializer
  %1691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1690, <16 x float> %1664, <16 x float> %acc54.02606)
  %1692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1690, <16 x float> %1667, <16 x float> %acc55.02607)
  %1693 = getelementptr inbounds i8, ptr %1668, i64 %.idx2782
  %1694 = load float, ptr %1693, align 4
  %1695 = insertelement <16 x float> poison, float %1694, i64 0
  %1696 = shufflevector <16 x float> %1695, <16 x float> poison, <16 x i32> zeroinitializer
  %1697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1696, <16 x float> %1664, <16 x float> %acc56.02608)
  %1698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1696, <16 x float> %1667, <16 x float> %acc57.02609)
  %1699 = getelementptr inbounds i8, ptr %1668, i64 %.idx2783
  %1700 = load float, ptr %1699, align 4
  %1701 = insertelement <16 x float> poison, float %1700, i64 0
  %1702 = shufflevector <16 x float> %1701, <16 x float> poison, <16 x i32> zeroinitializer
  %1703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1702, <16 x float> %1664, <16 x float> %acc58.02610)
  %1704 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1702, <16 x float> %1667, <16 x float> %acc59.02611)
  %1705 = getelementptr inbounds i8, ptr %1668, i64 %.idx2784
  %1706 = load float, ptr %1705, align 4
  %1707 = insertelement <16 x float> poison, float %1706, i64 0
  %1708 = shufflevector <16 x float> %1707, <16 x float> poison, <16 x i32> zeroinitializer
  %1709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1708, <16 x float> %1664, <16 x float> %acc60.02612)
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1708, <16 x float> %1667, <16 x float> %acc61.02613)
  %1711 = getelementptr inbounds i8, ptr %1668, i64 %.idx2785
  %1712 = load float, ptr %1711, align 4
  %1713 = insertelement <16 x float> poison, float %1712, i64 0
  %1714 = shufflevector <16 x float> %1713, <16 x float> poison, <16 x i32> zeroinitializer
  %1715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1714, <16 x float> %1664, <16 x float> %acc62.02614)
  %1716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1714, <16 x float> %1667, <16 x float> %acc63.02615)
  %p6.next = add nuw nsw i64 %p6.addr.02616, 1
  %exitcond2984.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond2984.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %1673, ptr %1601, align 4
  store <16 x float> %1674, ptr %1604, align 4
  store <16 x float> %1679, ptr %1609, align 4
  store <16 x float> %1680, ptr %1612, align 4
  store <16 x float> %1685, ptr %1617, align 4
  store <16 x float> %1686, ptr %1620, align 4
  store <16 x float> %1691, ptr %1625, align 4
  store <16 x float> %1692, ptr %1628, align 4
  store <16 x float> %1697, ptr %1633, align 4
  store <16 x float> %1698, ptr %1636, align 4
  store <16 x float> %1703, ptr %1641, align 4
  store <16 x float> %1704, ptr %1644, align 4
  store <16 x float> %1709, ptr %1649, align 4
  store <16 x float> %1710, ptr %1652, align 4
  store <16 x float> %1715, ptr %1657, align 4
  store <16 x float> %1716, ptr %1660, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02622, 8
  %1717 = icmp ult i64 %i24.addr.02622, 56
  br i1 %1717, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02640 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %1718 = shl nuw nsw i64 %i25.addr.02640, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02639 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02638 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1766, %p7.body ]
  %acc78.02637 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1765, %p7.body ]
  %acc77.02636 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1764, %p7.body ]
  %acc76.02635 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1763, %p7.body ]
  %acc75.02634 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1757, %p7.body ]
  %acc74.02633 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1756, %p7.body ]
  %acc73.02632 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1755, %p7.body ]
  %acc72.02631 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1754, %p7.body ]
  %acc71.02630 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1748, %p7.body ]
  %acc70.02629 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1747, %p7.body ]
  %acc69.02628 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1746, %p7.body ]
  %acc68.02627 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1745, %p7.body ]
  %acc67.02626 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1739, %p7.body ]
  %acc66.02625 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1738, %p7.body ]
  %acc65.02624 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1737, %p7.body ]
  %acc64.02623 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1736, %p7.body ]
  %1719 = shl nuw nsw i64 %p7.addr.02639, 6
  %1720 = getelementptr inbounds float, ptr %dOT, i64 %1719
  %1721 = load <16 x float>, ptr %1720, align 4
  %1722 = or disjoint i64 %1719, 16
  %1723 = getelementptr inbounds float, ptr %dOT, i64 %1722
  %1724 = load <16 x float>, ptr %1723, align 4
  %1725 = or disjoint i64 %1719, 32
  %1726 = getelementptr inbounds float, ptr %dOT, i64 %1725
  %1727 = load <16 x float>, ptr %1726, align 4
  %1728 = or disjoint i64 %1719, 48
  %1729 = getelementptr inbounds float, ptr %dOT, i64 %1728
  %1730 = load <16 x float>, ptr %1729, align 4
  %1731 = add nuw nsw i64 %p7.addr.02639, %1718
  %1732 = getelementptr inbounds float, ptr %Vn, i64 %1731
  %1733 = load float, ptr %1732, align 4
  %1734 = insertelement <16 x float> poison, float %1733, i64 0
  %1735 = shufflevector <16 x float> %1734, <16 x float> poison, <16 x i32> zeroinitializer
  %1736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1735, <16 x float> %1721, <16 x float> %acc64.02623)
  %1737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1735, <16 x float> %1724, <16 x float> %acc65.02624)
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1735, <16 x float> %1727, <16 x float> %acc66.02625)
  %1739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1735, <16 x float> %1730, <16 x float> %acc67.02626)
  %1740 = or disjoint i64 %1731, 32
  %1741 = getelementptr inbounds float, ptr %Vn, i64 %1740
  %1742 = load float, ptr %1741, align 4
  %1743 = insertelement <16 x float> poison, float %1742, i64 0
  %1744 = shufflevector <16 x float> %1743, <16 x float> poison, <16 x i32> zeroinitializer
  %1745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1744, <16 x float> %1721, <16 x float> %acc68.02627)
  %1746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1744, <16 x float> %1724, <16 x float> %acc69.02628)
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1744, <16 x float> %1727, <16 x float> %acc70.02629)
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1744, <16 x float> %1730, <16 x float> %acc71.02630)
  %1749 = or disjoint i64 %1731, 64
  %1750 = getelementptr inbounds float, ptr %Vn, i64 %1749
  %1751 = load float, ptr %1750, align 4
  %1752 = insertelement <16 x float> poison, float %1751, i64 0
  %1753 = shufflevector <16 x float> %1752, <16 x float> poison, <16 x i32> zeroinitializer
  %1754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1721, <16 x float> %acc72.02631)
  %1755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1724, <16 x float> %acc73.02632)
  %1756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1727, <16 x float> %acc74.02633)
  %1757 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1753, <16 x float> %1730, <16 x float> %acc75.02634)
  %1758 = or disjoint i64 %1731, 96
  %1759 = getelementptr inbounds float, ptr %Vn, i64 %1758
  %1760 = load float, ptr %1759, align 4
  %1761 = insertelement <16 x float> poison, float %1760, i64 0
  %1762 = shufflevector <16 x float> %1761, <16 x float> poison, <16 x i32> zeroinitializer
  %1763 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1762, <16 x float> %1721, <16 x float> %acc76.02635)
  %1764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1762, <16 x float> %1724, <16 x float> %acc77.02636)
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1762, <16 x float> %1727, <16 x float> %acc78.02637)
  %1766 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1762, <16 x float> %1730, <16 x float> %acc79.02638)
  %p7.next = add nuw nsw i64 %p7.addr.02639, 1
  %exitcond2985.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond2985.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %1767 = mul nuw nsw i64 %i25.addr.02640, 192
  %1768 = or disjoint i64 %1767, 64
  %1769 = getelementptr inbounds float, ptr %Ak, i64 %1768
  store <16 x float> %1736, ptr %1769, align 4
  %1770 = or disjoint i64 %1767, 80
  %1771 = getelementptr inbounds float, ptr %Ak, i64 %1770
  store <16 x float> %1737, ptr %1771, align 4
  %1772 = or disjoint i64 %1767, 96
  %1773 = getelementptr inbounds float, ptr %Ak, i64 %1772
  store <16 x float> %1738, ptr %1773, align 4
  %1774 = or disjoint i64 %1767, 112
  %1775 = getelementptr inbounds float, ptr %Ak, i64 %1774
  store <16 x float> %1739, ptr %1775, align 4
  %1776 = getelementptr inbounds float, ptr %Ak, i64 %1767
  %1777 = getelementptr inbounds i8, ptr %1776, i64 1024
  store <16 x float> %1745, ptr %1777, align 4
  %1778 = getelementptr inbounds i8, ptr %1776, i64 1088
  store <16 x float> %1746, ptr %1778, align 4
  %1779 = getelementptr inbounds i8, ptr %1776, i64 1152
  store <16 x float> %1747, ptr %1779, align 4
  %1780 = getelementptr inbounds i8, ptr %1776, i64 1216
  store <16 x float> %1748, ptr %1780, align 4
  %1781 = getelementptr inbounds i8, ptr %1776, i64 1792
  store <16 x float> %1754, ptr %1781, align 4
  %1782 = getelementptr inbounds i8, ptr %1776, i64 1856
  store <16 x float> %1755, ptr %1782, align 4
  %1783 = getelementptr inbounds i8, ptr %1776, i64 1920
  store <16 x float> %1756, ptr %1783, align 4
  %1784 = getelementptr inbounds i8, ptr %1776, i64 1984
  store <16 x float> %1757, ptr %1784, align 4
  %1785 = getelementptr inbounds i8, ptr %1776, i64 2560
  store <16 x float> %1763, ptr %1785, align 4
  %1786 = getelementptr inbounds i8, ptr %1776, i64 2624
  store <16 x float> %1764, ptr %1786, align 4
  %1787 = getelementptr inbounds i8, ptr %1776, i64 2688
  store <16 x float> %1765, ptr %1787, align 4
  %1788 = getelementptr inbounds i8, ptr %1776, i64 2752
  store <16 x float> %1766, ptr %1788, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02640, 4
  %1789 = icmp ult i64 %i25.addr.02640, 60
  br i1 %1789, label %p7.head.preheader, label %s2.head.preheader

s2.head.preheader:                                ; preds = %p7.exit, %s2.head.preheader
  %t3.addr.02642 = phi i64 [ %t3.next.1, %s2.head.preheader ], [ 0, %p7.exit ]
  %.idx2786 = mul nuw nsw i64 %t3.addr.02642, 768
  %gep3189 = getelementptr inbounds i8, ptr %invariant.gep3188, i64 %.idx2786
  %1790 = load <16 x float>, ptr %gep3189, align 4
  %.idx2787 = shl nsw i64 %t3.addr.02642, 8
  %1791 = getelementptr inbounds i8, ptr %M, i64 %.idx2787
  %1792 = load <16 x float>, ptr %1791, align 4
  %1793 = fmul <16 x float> %1790, %1792
  store <16 x float> %1793, ptr %gep3189, align 4
  %gep3191 = getelementptr inbounds i8, ptr %invariant.gep3190, i64 %.idx2786
  %1794 = load <16 x float>, ptr %gep3191, align 4
  %1795 = getelementptr inbounds i8, ptr %19, i64 %.idx2787
  %1796 = load <16 x float>, ptr %1795, align 4
  %1797 = fmul <16 x float> %1794, %1796
  store <16 x float> %1797, ptr %gep3191, align 4
  %gep3193 = getelementptr inbounds i8, ptr %invariant.gep3192, i64 %.idx2786
  %1798 = load <16 x float>, ptr %gep3193, align 4
  %1799 = getelementptr inbounds i8, ptr %20, i64 %.idx2787
  %1800 = load <16 x float>, ptr %1799, align 4
  %1801 = fmul <16 x float> %1798, %1800
  store <16 x float> %1801, ptr %gep3193, align 4
  %gep3195 = getelementptr inbounds i8, ptr %invariant.gep3194, i64 %.idx2786
  %1802 = load <16 x float>, ptr %gep3195, align 4
  %1803 = getelementptr inbounds i8, ptr %21, i64 %.idx2787
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = fmul <16 x float> %1802, %1804
  store <16 x float> %1805, ptr %gep3195, align 4
  %t3.next = or disjoint i64 %t3.addr.02642, 1
  %.idx2786.1 = mul nuw nsw i64 %t3.next, 768
  %gep3189.1 = getelementptr inbounds i8, ptr %invariant.gep3188, i64 %.idx2786.1
  %1806 = load <16 x float>, ptr %gep3189.1, align 4
  %.idx2787.1 = shl nsw i64 %t3.next, 8
  %1807 = getelementptr inbounds i8, ptr %M, i64 %.idx2787.1
  %1808 = load <16 x float>, ptr %1807, align 4
  %1809 = fmul <16 x float> %1806, %1808
  store <16 x float> %1809, ptr %gep3189.1, align 4
  %gep3191.1 = getelementptr inbounds i8, ptr %invariant.gep3190, i64 %.idx2786.1
  %1810 = load <16 x float>, ptr %gep3191.1, align 4
  %1811 = getelementptr inbounds i8, ptr %19, i64 %.idx2787.1
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = fmul <16 x float> %1810, %1812
  store <16 x float> %1813, ptr %gep3191.1, align 4
  %gep3193.1 = getelementptr inbounds i8, ptr %invariant.gep3192, i64 %.idx2786.1
  %1814 = load <16 x float>, ptr %gep3193.1, align 4
  %1815 = getelementptr inbounds i8, ptr %20, i64 %.idx2787.1
  %1816 = load <16 x float>, ptr %1815, align 4
  %1817 = fmul <16 x float> %1814, %1816
  store <16 x float> %1817, ptr %gep3193.1, align 4
  %gep3195.1 = getelementptr inbounds i8, ptr %invariant.gep3194, i64 %.idx2786.1
  %1818 = load <16 x float>, ptr %gep3195.1, align 4
  %1819 = getelementptr inbounds i8, ptr %21, i64 %.idx2787.1
  %1820 = load <16 x float>, ptr %1819, align 4
  %1821 = fmul <16 x float> %1818, %1820
  store <16 x float> %1821, ptr %gep3195.1, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02642, 2
  %exitcond2986.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond2986.not.1, label %p8.head.preheader, label %s2.head.preheader

p8.head.preheader:                                ; preds = %s2.head.preheader, %p8.exit
  %i26.addr.02660 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s2.head.preheader ]
  %1822 = shl nuw nsw i64 %i26.addr.02660, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02659 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02658 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1885, %p8.body ]
  %acc94.02657 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1884, %p8.body ]
  %acc93.02656 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1878, %p8.body ]
  %acc92.02655 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1877, %p8.body ]
  %acc91.02654 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1871, %p8.body ]
  %acc90.02653 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1870, %p8.body ]
  %acc89.02652 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1864, %p8.body ]
  %acc88.02651 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1863, %p8.body ]
  %acc87.02650 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1857, %p8.body ]
  %acc86.02649 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1856, %p8.body ]
  %acc85.02648 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1850, %p8.body ]
  %acc84.02647 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1849, %p8.body ]
  %acc83.02646 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1843, %p8.body ]
  %acc82.02645 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1842, %p8.body ]
  %acc81.02644 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1836, %p8.body ]
  %acc80.02643 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1835, %p8.body ]
  %1823 = shl nuw nsw i64 %p8.addr.02659, 5
  %1824 = or disjoint i64 %1823, 1024
  %1825 = getelementptr inbounds float, ptr %Bk, i64 %1824
  %1826 = load <16 x float>, ptr %1825, align 4
  %1827 = or disjoint i64 %1823, 1040
  %1828 = getelementptr inbounds float, ptr %Bk, i64 %1827
  %1829 = load <16 x float>, ptr %1828, align 4
  %1830 = add nuw nsw i64 %p8.addr.02659, %1822
  %1831 = getelementptr inbounds float, ptr %OY, i64 %1830
  %1832 = load float, ptr %1831, align 4
  %1833 = insertelement <16 x float> poison, float %1832, i64 0
  %1834 = shufflevector <16 x float> %1833, <16 x float> poison, <16 x i32> zeroinitializer
  %1835 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1834, <16 x float> %1826, <16 x float> %acc80.02643)
  %1836 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1834, <16 x float> %1829, <16 x float> %acc81.02644)
  %1837 = or disjoint i64 %1830, 32
  %1838 = getelementptr inbounds float, ptr %OY, i64 %1837
  %1839 = load float, ptr %1838, align 4
  %1840 = insertelement <16 x float> poison, float %1839, i64 0
  %1841 = shufflevector <16 x float> %1840, <16 x float> poison, <16 x i32> zeroinitializer
  %1842 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1841, <16 x float> %1826, <16 x float> %acc82.02645)
  %1843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1841, <16 x float> %1829, <16 x float> %acc83.02646)
  %1844 = or disjoint i64 %1830, 64
  %1845 = getelementptr inbounds float, ptr %OY, i64 %1844
  %1846 = load float, ptr %1845, align 4
  %1847 = insertelement <16 x float> poison, float %1846, i64 0
  %1848 = shufflevector <16 x float> %1847, <16 x float> poison, <16 x i32> zeroinitializer
  %1849 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1848, <16 x float> %1826, <16 x float> %acc84.02647)
  %1850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1848, <16 x float> %1829, <16 x float> %acc85.02648)
  %1851 = or disjoint i64 %1830, 96
  %1852 = getelementptr inbounds float, ptr %OY, i64 %1851
  %1853 = load float, ptr %1852, align 4
  %1854 = insertelement <16 x float> poison, float %1853, i64 0
  %1855 = shufflevector <16 x float> %1854, <16 x float> poison, <16 x i32> zeroinitializer
  %1856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1826, <16 x float> %acc86.02649)
  %1857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1855, <16 x float> %1829, <16 x float> %acc87.02650)
  %1858 = or disjoint i64 %1830, 128
  %1859 = getelementptr inbounds float, ptr %OY, i64 %1858
  %1860 = load float, ptr %1859, align 4
  %1861 = insertelement <16 x float> poison, float %1860, i64 0
  %1862 = shufflevector <16 x float> %1861, <16 x float> poison, <16 x i32> zeroinitializer
  %1863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1826, <16 x float> %acc88.02651)
  %1864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1862, <16 x float> %1829, <16 x float> %acc89.02652)
  %1865 = or disjoint i64 %1830, 160
  %1866 = getelementptr inbounds float, ptr %OY, i64 %1865
  %1867 = load float, ptr %1866, align 4
  %1868 = insertelement <16 x float> poison, float %1867, i64 0
  %1869 = shufflevector <16 x float> %1868, <16 x float> poison, <16 x i32> zeroinitializer
  %1870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1826, <16 x float> %acc90.02653)
  %1871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1869, <16 x float> %1829, <16 x float> %acc91.02654)
  %1872 = or disjoint i64 %1830, 192
  %1873 = getelementptr inbounds float, ptr %OY, i64 %1872
  %1874 = load float, ptr %1873, align 4
  %1875 = insertelement <16 x float> poison, float %1874, i64 0
  %1876 = shufflevector <16 x float> %1875, <16 x float> poison, <16 x i32> zeroinitializer
  %1877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1876, <16 x float> %1826, <16 x float> %acc92.02655)
  %1878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1876, <16 x float> %1829, <16 x float> %acc93.02656)
  %1879 = or disjoint i64 %1830, 224
  %1880 = getelementptr inbounds float, ptr %OY, i64 %1879
  %1881 = load float, ptr %1880, align 4
  %1882 = insertelement <16 x float> poison, float %1881, i64 0
  %1883 = shufflevector <16 x float> %1882, <16 x float> poison, <16 x i32> zeroinitializer
  %1884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1826, <16 x float> %acc94.02657)
  %1885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1829, <16 x float> %acc95.02658)
  %p8.next = add nuw nsw i64 %p8.addr.02659, 1
  %exitcond2987.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2987.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1886 = getelementptr inbounds float, ptr %dQc, i64 %1822
  store <16 x float> %1835, ptr %1886, align 4
  %1887 = or disjoint i64 %1822, 16
  %1888 = getelementptr inbounds float, ptr %dQc, i64 %1887
  store <16 x float> %1836, ptr %1888, align 4
  %1889 = or disjoint i64 %1822, 32
  %1890 = getelementptr inbounds float, ptr %dQc, i64 %1889
  store <16 x float> %1842, ptr %1890, align 4
  %1891 = or disjoint i64 %1822, 48
  %1892 = getelementptr inbounds float, ptr %dQc, i64 %1891
  store <16 x float> %1843, ptr %1892, align 4
  %1893 = or disjoint i64 %1822, 64
  %1894 = getelementptr inbounds float, ptr %dQc, i64 %1893
  store <16 x float> %1849, ptr %1894, align 4
  %1895 = or disjoint i64 %1822, 80
  %1896 = getelementptr inbounds float, ptr %dQc, i64 %1895
  store <16 x float> %1850, ptr %1896, align 4
  %1897 = or disjoint i64 %1822, 96
  %1898 = getelementptr inbounds float, ptr %dQc, i64 %1897
  store <16 x float> %1856, ptr %1898, align 4
  %1899 = or disjoint i64 %1822, 112
  %1900 = getelementptr inbounds float, ptr %dQc, i64 %1899
  store <16 x float> %1857, ptr %1900, align 4
  %1901 = or disjoint i64 %1822, 128
  %1902 = getelementptr inbounds float, ptr %dQc, i64 %1901
  store <16 x float> %1863, ptr %1902, align 4
  %1903 = or disjoint i64 %1822, 144
  %1904 = getelementptr inbounds float, ptr %dQc, i64 %1903
  store <16 x float> %1864, ptr %1904, align 4
  %1905 = or disjoint i64 %1822, 160
  %1906 = getelementptr inbounds float, ptr %dQc, i64 %1905
  store <16 x float> %1870, ptr %1906, align 4
  %1907 = or disjoint i64 %1822, 176
  %1908 = getelementptr inbounds float, ptr %dQc, i64 %1907
  store <16 x float> %1871, ptr %1908, align 4
  %1909 = or disjoint i64 %1822, 192
  %1910 = getelementptr inbounds float, ptr %dQc, i64 %1909
  store <16 x float> %1877, ptr %1910, align 4
  %1911 = or disjoint i64 %1822, 208
  %1912 = getelementptr inbounds float, ptr %dQc, i64 %1911
  store <16 x float> %1878, ptr %1912, align 4
  %1913 = or disjoint i64 %1822, 224
  %1914 = getelementptr inbounds float, ptr %dQc, i64 %1913
  store <16 x float> %1884, ptr %1914, align 4
  %1915 = or disjoint i64 %1822, 240
  %1916 = getelementptr inbounds float, ptr %dQc, i64 %1915
  store <16 x float> %1885, ptr %1916, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02660, 8
  %1917 = icmp ult i64 %i26.addr.02660, 56
  br i1 %1917, label %p8.head.preheader, label %i27.body.preheader

i27.body.preheader:                               ; preds = %p8.exit
  %L = tail call i64 @llvm.smin.i64(i64 %39, i64 64)
  br label %i27.body

i27.body:                                         ; preds = %i27.body.preheader, %endif1367
  %i27.addr.02678 = phi i64 [ %i27.next, %endif1367 ], [ 0, %i27.body.preheader ]
  %1918 = shl nuw nsw i64 %i27.addr.02678, 5
  %1919 = getelementptr inbounds float, ptr %dQc, i64 %1918
  %1920 = load <16 x float>, ptr %1919, align 4
  %1921 = or disjoint i64 %1918, 16
  %1922 = getelementptr inbounds float, ptr %dQc, i64 %1921
  %1923 = load <16 x float>, ptr %1922, align 4
  %1924 = or disjoint i64 %i27.addr.02678, 1
  %1925 = shl nuw nsw i64 %1924, 5
  %1926 = getelementptr inbounds float, ptr %dQc, i64 %1925
  %1927 = load <16 x float>, ptr %1926, align 4
  %1928 = or disjoint i64 %1925, 16
  %1929 = getelementptr inbounds float, ptr %dQc, i64 %1928
  %1930 = load <16 x float>, ptr %1929, align 4
  %1931 = or disjoint i64 %i27.addr.02678, 2
  %1932 = shl nuw nsw i64 %1931, 5
  %1933 = getelementptr inbounds float, ptr %dQc, i64 %1932
  %1934 = load <16 x float>, ptr %1933, align 4
  %1935 = or disjoint i64 %1932, 16
  %1936 = getelementptr inbounds float, ptr %dQc, i64 %1935
  %1937 = load <16 x float>, ptr %1936, align 4
  %1938 = or disjoint i64 %i27.addr.02678, 3
  %1939 = shl nuw nsw i64 %1938, 5
  %1940 = getelementptr inbounds float, ptr %dQc, i64 %1939
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = or disjoint i64 %1939, 16
  %1943 = getelementptr inbounds float, ptr %dQc, i64 %1942
  %1944 = load <16 x float>, ptr %1943, align 4
  %1945 = or disjoint i64 %i27.addr.02678, 4
  %1946 = shl nuw nsw i64 %1945, 5
  %1947 = getelementptr inbounds float, ptr %dQc, i64 %1946
  %1948 = load <16 x float>, ptr %1947, align 4
  %1949 = or disjoint i64 %1946, 16
  %1950 = getelementptr inbounds float, ptr %dQc, i64 %1949
  %1951 = load <16 x float>, ptr %1950, align 4
  %1952 = or disjoint i64 %i27.addr.02678, 5
  %1953 = shl nuw nsw i64 %1952, 5
  %1954 = getelementptr inbounds float, ptr %dQc, i64 %1953
  %1955 = load <16 x float>, ptr %1954, align 4
  %1956 = or disjoint i64 %1953, 16
  %1957 = getelementptr inbounds float, ptr %dQc, i64 %1956
  %1958 = load <16 x float>, ptr %1957, align 4
  %1959 = or disjoint i64 %i27.addr.02678, 6
  %1960 = shl nuw nsw i64 %1959, 5
  %1961 = getelementptr inbounds float, ptr %dQc, i64 %1960
  %1962 = load <16 x float>, ptr %1961, align 4
  %1963 = or disjoint i64 %1960, 16
  %1964 = getelementptr inbounds float, ptr %dQc, i64 %1963
  %1965 = load <16 x float>, ptr %1964, align 4
  %1966 = or disjoint i64 %i27.addr.02678, 7
  %1967 = shl nuw nsw i64 %1966, 5
  %1968 = getelementptr inbounds float, ptr %dQc, i64 %1967
  %1969 = load <16 x float>, ptr %1968, align 4
  %1970 = or disjoint i64 %1967, 16
  %1971 = getelementptr inbounds float, ptr %dQc, i64 %1970
  %1972 = load <16 x float>, ptr %1971, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02677 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02676 = phi <16 x float> [ %1972, %i27.body ], [ %2037, %p9.body ]
  %acc110.02675 = phi <16 x float> [ %1969, %i27.body ], [ %2036, %p9.body ]
  %acc109.02674 = phi <16 x float> [ %1965, %i27.body ], [ %2030, %p9.body ]
  %acc108.02673 = phi <16 x float> [ %1962, %i27.body ], [ %2029, %p9.body ]
  %acc107.02672 = phi <16 x float> [ %1958, %i27.body ], [ %2023, %p9.body ]
  %acc106.02671 = phi <16 x float> [ %1955, %i27.body ], [ %2022, %p9.body ]
  %acc105.02670 = phi <16 x float> [ %1951, %i27.body ], [ %2016, %p9.body ]
  %acc104.02669 = phi <16 x float> [ %1948, %i27.body ], [ %2015, %p9.body ]
  %acc103.02668 = phi <16 x float> [ %1944, %i27.body ], [ %2009, %p9.body ]
  %acc102.02667 = phi <16 x float> [ %1941, %i27.body ], [ %2008, %p9.body ]
  %acc101.02666 = phi <16 x float> [ %1937, %i27.body ], [ %2002, %p9.body ]
  %acc100.02665 = phi <16 x float> [ %1934, %i27.body ], [ %2001, %p9.body ]
  %acc99.02664 = phi <16 x float> [ %1930, %i27.body ], [ %1995, %p9.body ]
  %acc98.02663 = phi <16 x float> [ %1927, %i27.body ], [ %1994, %p9.body ]
  %acc97.02662 = phi <16 x float> [ %1923, %i27.body ], [ %1988, %p9.body ]
  %acc96.02661 = phi <16 x float> [ %1920, %i27.body ], [ %1987, %p9.body ]
  %1973 = shl nuw nsw i64 %p9.addr.02677, 5
  %1974 = or disjoint i64 %1973, 4096
  %1975 = getelementptr inbounds float, ptr %Bk, i64 %1974
  %1976 = load <16 x float>, ptr %1975, align 4
  %1977 = or disjoint i64 %1973, 4112
  %1978 = getelementptr inbounds float, ptr %Bk, i64 %1977
  %1979 = load <16 x float>, ptr %1978, align 4
  %1980 = mul nuw nsw i64 %p9.addr.02677, 192
  %1981 = add nuw nsw i64 %1980, 64
  %1982 = or disjoint i64 %1981, %i27.addr.02678
  %1983 = getelementptr inbounds float, ptr %Ak, i64 %1982
  %1984 = load float, ptr %1983, align 4
  %1985 = insertelement <16 x float> poison, float %1984, i64 0
  %1986 = shufflevector <16 x float> %1985, <16 x float> poison, <16 x i32> zeroinitializer
  %1987 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1986, <16 x float> %1976, <16 x float> %acc96.02661)
  %1988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1986, <16 x float> %1979, <16 x float> %acc97.02662)
  %1989 = or disjoint i64 %1981, %1924
  %1990 = getelementptr inbounds float, ptr %Ak, i64 %1989
  %1991 = load float, ptr %1990, align 4
  %1992 = insertelement <16 x float> poison, float %1991, i64 0
  %1993 = shufflevector <16 x float> %1992, <16 x float> poison, <16 x i32> zeroinitializer
  %1994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1993, <16 x float> %1976, <16 x float> %acc98.02663)
  %1995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1993, <16 x float> %1979, <16 x float> %acc99.02664)
  %1996 = or disjoint i64 %1981, %1931
  %1997 = getelementptr inbounds float, ptr %Ak, i64 %1996
  %1998 = load float, ptr %1997, align 4
  %1999 = insertelement <16 x float> poison, float %1998, i64 0
  %2000 = shufflevector <16 x float> %1999, <16 x float> poison, <16 x i32> zeroinitializer
  %2001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2000, <16 x float> %1976, <16 x float> %acc100.02665)
  %2002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2000, <16 x float> %1979, <16 x float> %acc101.02666)
  %2003 = or disjoint i64 %1981, %1938
  %2004 = getelementptr inbounds float, ptr %Ak, i64 %2003
  %2005 = load float, ptr %2004, align 4
  %2006 = insertelement <16 x float> poison, float %2005, i64 0
  %2007 = shufflevector <16 x float> %2006, <16 x float> poison, <16 x i32> zeroinitializer
  %2008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2007, <16 x float> %1976, <16 x float> %acc102.02667)
  %2009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2007, <16 x float> %1979, <16 x float> %acc103.02668)
  %2010 = or disjoint i64 %1981, %1945
  %2011 = getelementptr inbounds float, ptr %Ak, i64 %2010
  %2012 = load float, ptr %2011, align 4
  %2013 = insertelement <16 x float> poison, float %2012, i64 0
  %2014 = shufflevector <16 x float> %2013, <16 x float> poison, <16 x i32> zeroinitializer
  %2015 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2014, <16 x float> %1976, <16 x float> %acc104.02669)
  %2016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2014, <16 x float> %1979, <16 x float> %acc105.02670)
  %2017 = or disjoint i64 %1981, %1952
  %2018 = getelementptr inbounds float, ptr %Ak, i64 %2017
  %2019 = load float, ptr %2018, align 4
  %2020 = insertelement <16 x float> poison, float %2019, i64 0
  %2021 = shufflevector <16 x float> %2020, <16 x float> poison, <16 x i32> zeroinitializer
  %2022 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2021, <16 x float> %1976, <16 x float> %acc106.02671)
  %2023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2021, <16 x float> %1979, <16 x float> %acc107.02672)
  %2024 = or disjoint i64 %1981, %1959
  %2025 = getelementptr inbounds float, ptr %Ak, i64 %2024
  %2026 = load float, ptr %2025, align 4
  %2027 = insertelement <16 x float> poison, float %2026, i64 0
  %2028 = shufflevector <16 x float> %2027, <16 x float> poison, <16 x i32> zeroinitializer
  %2029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1976, <16 x float> %acc108.02673)
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2028, <16 x float> %1979, <16 x float> %acc109.02674)
  %2031 = or disjoint i64 %1981, %1966
  %2032 = getelementptr inbounds float, ptr %Ak, i64 %2031
  %2033 = load float, ptr %2032, align 4
  %2034 = insertelement <16 x float> poison, float %2033, i64 0
  %2035 = shufflevector <16 x float> %2034, <16 x float> poison, <16 x i32> zeroinitializer
  %2036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %1976, <16 x float> %acc110.02675)
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2035, <16 x float> %1979, <16 x float> %acc111.02676)
  %p9.next = add nuw nsw i64 %p9.addr.02677, 1
  %exitcond2988.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond2988.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2038 = icmp slt i64 %i27.addr.02678, %L
  br i1 %2038, label %then1305, label %endif1311

then1305:                                         ; preds = %p9.exit
  %2039 = fmul <16 x float> %1987, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2040 = or disjoint i64 %i27.addr.02678, %t0
  %2041 = mul nsw i64 %2040, %sq
  %2042 = getelementptr inbounds float, ptr %qh1, i64 %2041
  store <16 x float> %2039, ptr %2042, align 4
  %2043 = fmul <16 x float> %1988, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2044 = or disjoint i64 %2041, 16
  %2045 = getelementptr inbounds float, ptr %qh1, i64 %2044
  store <16 x float> %2043, ptr %2045, align 4
  br label %endif1311

endif1311:                                        ; preds = %p9.exit, %then1305
  %2046 = icmp slt i64 %1924, %L
  br i1 %2046, label %then1313, label %endif1319

then1313:                                         ; preds = %endif1311
  %2047 = fmul <16 x float> %1994, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2048 = or disjoint i64 %1924, %t0
  %2049 = mul nsw i64 %2048, %sq
  %2050 = getelementptr inbounds float, ptr %qh1, i64 %2049
  store <16 x float> %2047, ptr %2050, align 4
  %2051 = fmul <16 x float> %1995, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2052 = or disjoint i64 %2049, 16
  %2053 = getelementptr inbounds float, ptr %qh1, i64 %2052
  store <16 x float> %2051, ptr %2053, align 4
  br label %endif1319

endif1319:                                        ; preds = %endif1311, %then1313
  %2054 = icmp slt i64 %1931, %L
  br i1 %2054, label %then1321, label %endif1327

then1321:                                         ; preds = %endif1319
  %2055 = fmul <16 x float> %2001, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2056 = or disjoint i64 %1931, %t0
  %2057 = mul nsw i64 %2056, %sq
  %2058 = getelementptr inbounds float, ptr %qh1, i64 %2057
  store <16 x float> %2055, ptr %2058, align 4
  %2059 = fmul <16 x float> %2002, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2060 = or disjoint i64 %2057, 16
  %2061 = getelementptr inbounds float, ptr %qh1, i64 %2060
  store <16 x float> %2059, ptr %2061, align 4
  br label %endif1327

endif1327:                                        ; preds = %endif1319, %then1321
  %2062 = icmp slt i64 %1938, %L
  br i1 %2062, label %then1329, label %endif1335

then1329:                                         ; preds = %endif1327
  %2063 = fmul <16 x float> %2008, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2064 = or disjoint i64 %1938, %t0
  %2065 = mul nsw i64 %2064, %sq
  %2066 = getelementptr inbounds float, ptr %qh1, i64 %2065
  store <16 x float> %2063, ptr %2066, align 4
  %2067 = fmul <16 x float> %2009, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2068 = or disjoint i64 %2065, 16
  %2069 = getelementptr inbounds float, ptr %qh1, i64 %2068
  store <16 x float> %2067, ptr %2069, align 4
  br label %endif1335

endif1335:                                        ; preds = %endif1327, %then1329
  %2070 = icmp slt i64 %1945, %L
  br i1 %2070, label %then1337, label %endif1343

then1337:                                         ; preds = %endif1335
  %2071 = fmul <16 x float> %2015, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2072 = or disjoint i64 %1945, %t0
  %2073 = mul nsw i64 %2072, %sq
  %2074 = getelementptr inbounds float, ptr %qh1, i64 %2073
  store <16 x float> %2071, ptr %2074, align 4
  %2075 = fmul <16 x float> %2016, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2076 = or disjoint i64 %2073, 16
  %2077 = getelementptr inbounds float, ptr %qh1, i64 %2076
  store <16 x float> %2075, ptr %2077, align 4
  br label %endif1343

endif1343:                                        ; preds = %endif1335, %then1337
  %2078 = icmp slt i64 %1952, %L
  br i1 %2078, label %then1345, label %endif1351

then1345:                                         ; preds = %endif1343
  %2079 = fmul <16 x float> %2022, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2080 = or disjoint i64 %1952, %t0
  %2081 = mul nsw i64 %2080, %sq
  %2082 = getelementptr inbounds float, ptr %qh1, i64 %2081
  store <16 x float> %2079, ptr %2082, align 4
  %2083 = fmul <16 x float> %2023, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2084 = or disjoint i64 %2081, 16
  %2085 = getelementptr inbounds float, ptr %qh1, i64 %2084
  store <16 x float> %2083, ptr %2085, align 4
  br label %endif1351

endif1351:                                        ; preds = %endif1343, %then1345
  %2086 = icmp slt i64 %1959, %L
  br i1 %2086, label %then1353, label %endif1359

then1353:                                         ; preds = %endif1351
  %2087 = fmul <16 x float> %2029, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2088 = or disjoint i64 %1959, %t0
  %2089 = mul nsw i64 %2088, %sq
  %2090 = getelementptr inbounds float, ptr %qh1, i64 %2089
  store <16 x float> %2087, ptr %2090, align 4
  %2091 = fmul <16 x float> %2030, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2092 = or disjoint i64 %2089, 16
  %2093 = getelementptr inbounds float, ptr %qh1, i64 %2092
  store <16 x float> %2091, ptr %2093, align 4
  br label %endif1359

endif1359:                                        ; preds = %endif1351, %then1353
  %2094 = icmp slt i64 %1966, %L
  br i1 %2094, label %then1361, label %endif1367

then1361:                                         ; preds = %endif1359
  %2095 = fmul <16 x float> %2036, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2096 = or disjoint i64 %1966, %t0
  %2097 = mul nsw i64 %2096, %sq
  %2098 = getelementptr inbounds float, ptr %qh1, i64 %2097
  store <16 x float> %2095, ptr %2098, align 4
  %2099 = fmul <16 x float> %2037, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2100 = or disjoint i64 %2097, 16
  %2101 = getelementptr inbounds float, ptr %qh1, i64 %2100
  store <16 x float> %2099, ptr %2101, align 4
  br label %endif1367

endif1367:                                        ; preds = %endif1359, %then1361
  %i27.next = add nuw nsw i64 %i27.addr.02678, 8
  %2102 = icmp ult i64 %i27.addr.02678, 56
  br i1 %2102, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %endif1367
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j26.exit
  %2103 = icmp sgt i64 %39, 0
  br i1 %2103, label %t4.body.preheader, label %i33.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2104 = getelementptr i8, ptr %dv, i64 %35
  %xtraiter3542 = and i64 %smax3541, 3
  %2105 = icmp slt i64 %indvars.iv2992, 4
  br i1 %2105, label %i33.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3544 = and i64 %smax3541, 124
  br label %t4.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02697 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2106 = shl nuw nsw i64 %ib1.addr.02697, 2
  %i01 = sub nuw nsw i64 60, %2106
  %2107 = shl nuw nsw i64 %i01, 5
  %2108 = or disjoint i64 %2107, 2048
  %2109 = getelementptr inbounds float, ptr %OY, i64 %2108
  %2110 = load <16 x float>, ptr %2109, align 4
  %2111 = or disjoint i64 %2107, 2064
  %2112 = getelementptr inbounds float, ptr %OY, i64 %2111
  %2113 = load <16 x float>, ptr %2112, align 4
  %2114 = sub nuw nsw i64 61, %2106
  %2115 = shl nuw nsw i64 %2114, 5
  %2116 = or disjoint i64 %2115, 2048
  %2117 = getelementptr inbounds float, ptr %OY, i64 %2116
  %2118 = load <16 x float>, ptr %2117, align 4
  %2119 = or disjoint i64 %2115, 2064
  %2120 = getelementptr inbounds float, ptr %OY, i64 %2119
  %2121 = load <16 x float>, ptr %2120, align 4
  %2122 = sub nuw nsw i64 62, %2106
  %2123 = shl nuw nsw i64 %2122, 5
  %2124 = or disjoint i64 %2123, 2048
  %2125 = getelementptr inbounds float, ptr %OY, i64 %2124
  %2126 = load <16 x float>, ptr %2125, align 4
  %2127 = or disjoint i64 %2123, 2064
  %2128 = getelementptr inbounds float, ptr %OY, i64 %2127
  %2129 = load <16 x float>, ptr %2128, align 4
  %2130 = sub nuw nsw i64 63, %2106
  %2131 = shl nuw nsw i64 %2130, 5
  %2132 = or disjoint i64 %2131, 2048
  %2133 = getelementptr inbounds float, ptr %OY, i64 %2132
  %2134 = load <16 x float>, ptr %2133, align 4
  %2135 = or disjoint i64 %2131, 2064
  %2136 = getelementptr inbounds float, ptr %OY, i64 %2135
  %2137 = load <16 x float>, ptr %2136, align 4
  %.not2788 = icmp eq i64 %ib1.addr.02697, 0
  br i1 %.not2788, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2138 = sub nuw nsw i64 64, %2106
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02688 = phi i64 [ %j26.next, %j26.body ], [ %2138, %j26.body.preheader ]
  %acc119.02687 = phi <16 x float> [ %2178, %j26.body ], [ %2137, %j26.body.preheader ]
  %acc118.02686 = phi <16 x float> [ %2177, %j26.body ], [ %2134, %j26.body.preheader ]
  %acc117.02685 = phi <16 x float> [ %2170, %j26.body ], [ %2129, %j26.body.preheader ]
  %acc116.02684 = phi <16 x float> [ %2169, %j26.body ], [ %2126, %j26.body.preheader ]
  %acc115.02683 = phi <16 x float> [ %2162, %j26.body ], [ %2121, %j26.body.preheader ]
  %acc114.02682 = phi <16 x float> [ %2161, %j26.body ], [ %2118, %j26.body.preheader ]
  %acc113.02681 = phi <16 x float> [ %2154, %j26.body ], [ %2113, %j26.body.preheader ]
  %acc112.02680 = phi <16 x float> [ %2153, %j26.body ], [ %2110, %j26.body.preheader ]
  %2139 = shl nuw nsw i64 %j26.addr.02688, 5
  %2140 = or disjoint i64 %2139, 2048
  %2141 = getelementptr inbounds float, ptr %OY, i64 %2140
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = or disjoint i64 %2139, 2064
  %2144 = getelementptr inbounds float, ptr %OY, i64 %2143
  %2145 = load <16 x float>, ptr %2144, align 4
  %2146 = shl nuw nsw i64 %j26.addr.02688, 6
  %2147 = or disjoint i64 %2146, %i01
  %2148 = getelementptr inbounds float, ptr %Gm, i64 %2147
  %2149 = load float, ptr %2148, align 4
  %2150 = fneg float %2149
  %2151 = insertelement <16 x float> poison, float %2150, i64 0
  %2152 = shufflevector <16 x float> %2151, <16 x float> poison, <16 x i32> zeroinitializer
  %2153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2142, <16 x float> %acc112.02680)
  %2154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2145, <16 x float> %acc113.02681)
  %2155 = or disjoint i64 %2146, %2114
  %2156 = getelementptr inbounds float, ptr %Gm, i64 %2155
  %2157 = load float, ptr %2156, align 4
  %2158 = fneg float %2157
  %2159 = insertelement <16 x float> poison, float %2158, i64 0
  %2160 = shufflevector <16 x float> %2159, <16 x float> poison, <16 x i32> zeroinitializer
  %2161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2160, <16 x float> %2142, <16 x float> %acc114.02682)
  %2162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2160, <16 x float> %2145, <16 x float> %acc115.02683)
  %2163 = or disjoint i64 %2146, %2122
  %2164 = getelementptr inbounds float, ptr %Gm, i64 %2163
  %2165 = load float, ptr %2164, align 4
  %2166 = fneg float %2165
  %2167 = insertelement <16 x float> poison, float %2166, i64 0
  %2168 = shufflevector <16 x float> %2167, <16 x float> poison, <16 x i32> zeroinitializer
  %2169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2168, <16 x float> %2142, <16 x float> %acc116.02684)
  %2170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2168, <16 x float> %2145, <16 x float> %acc117.02685)
  %2171 = or disjoint i64 %2146, %2130
  %2172 = getelementptr inbounds float, ptr %Gm, i64 %2171
  %2173 = load float, ptr %2172, align 4
  %2174 = fneg float %2173
  %2175 = insertelement <16 x float> poison, float %2174, i64 0
  %2176 = shufflevector <16 x float> %2175, <16 x float> poison, <16 x i32> zeroinitializer
  %2177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2142, <16 x float> %acc118.02686)
  %2178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2145, <16 x float> %acc119.02687)
  %j26.next = add nuw nsw i64 %j26.addr.02688, 1
  %2179 = icmp ult i64 %j26.addr.02688, 63
  br i1 %2179, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2110, %ib1.body ], [ %2153, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2113, %ib1.body ], [ %2154, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2118, %ib1.body ], [ %2161, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2121, %ib1.body ], [ %2162, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2126, %ib1.body ], [ %2169, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2129, %ib1.body ], [ %2170, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2134, %ib1.body ], [ %2177, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2137, %ib1.body ], [ %2178, %j26.body ]
  %2180 = getelementptr inbounds float, ptr %Rr, i64 %2131
  %2181 = load <16 x float>, ptr %2180, align 4
  %2182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2181, <16 x float> zeroinitializer)
  %2183 = or disjoint i64 %2131, 16
  %2184 = getelementptr inbounds float, ptr %Rr, i64 %2183
  %2185 = load <16 x float>, ptr %2184, align 4
  %2186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2185, <16 x float> %2182)
  %2187 = shufflevector <16 x float> %2186, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2188 = shufflevector <16 x float> %2186, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2189 = fadd <8 x float> %2187, %2188
  %2190 = shufflevector <8 x float> %2189, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2191 = shufflevector <8 x float> %2189, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2192 = fadd <4 x float> %2190, %2191
  %2193 = shufflevector <4 x float> %2192, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2194 = shufflevector <4 x float> %2192, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2195 = fadd <2 x float> %2193, %2194
  %2196 = shufflevector <2 x float> %2195, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2197 = shufflevector <2 x float> %2195, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2198 = getelementptr inbounds float, ptr %bet, i64 %2130
  %2199 = load float, ptr %2198, align 4
  %2200 = insertelement <16 x float> poison, float %2199, i64 0
  %2201 = shufflevector <16 x float> %2200, <16 x float> poison, <16 x i32> zeroinitializer
  %2202 = fmul <16 x float> %acc118.0.lcssa, %2201
  store <16 x float> %2202, ptr %2133, align 4
  %2203 = fneg <16 x float> %2202
  %2204 = mul nuw nsw i64 %2130, 192
  %2205 = or disjoint i64 %2204, 32
  %2206 = getelementptr inbounds float, ptr %Ak, i64 %2205
  store <16 x float> %2203, ptr %2206, align 4
  %2207 = fmul <16 x float> %acc119.0.lcssa, %2201
  store <16 x float> %2207, ptr %2136, align 4
  %2208 = fneg <16 x float> %2207
  %2209 = or disjoint i64 %2204, 48
  %2210 = getelementptr inbounds float, ptr %Ak, i64 %2209
  store <16 x float> %2208, ptr %2210, align 4
  %2211 = shl nuw nsw i64 %2130, 6
  %2212 = or disjoint i64 %2211, %2122
  %2213 = getelementptr inbounds float, ptr %Gm, i64 %2212
  %2214 = load float, ptr %2213, align 4
  %2215 = fneg float %2214
  %2216 = insertelement <16 x float> poison, float %2215, i64 0
  %2217 = shufflevector <16 x float> %2216, <16 x float> poison, <16 x i32> zeroinitializer
  %2218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2202, <16 x float> %acc116.0.lcssa)
  %2219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2207, <16 x float> %acc117.0.lcssa)
  %2220 = getelementptr inbounds float, ptr %Rr, i64 %2123
  %2221 = load <16 x float>, ptr %2220, align 4
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2218, <16 x float> %2221, <16 x float> zeroinitializer)
  %2223 = or disjoint i64 %2123, 16
  %2224 = getelementptr inbounds float, ptr %Rr, i64 %2223
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2219, <16 x float> %2225, <16 x float> %2222)
  %2227 = shufflevector <16 x float> %2226, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2228 = shufflevector <16 x float> %2226, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2229 = fadd <8 x float> %2227, %2228
  %2230 = shufflevector <8 x float> %2229, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2231 = shufflevector <8 x float> %2229, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2232 = fadd <4 x float> %2230, %2231
  %2233 = shufflevector <4 x float> %2232, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2234 = shufflevector <4 x float> %2232, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2235 = fadd <2 x float> %2233, %2234
  %2236 = shufflevector <2 x float> %2235, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2237 = shufflevector <2 x float> %2235, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2238 = getelementptr inbounds float, ptr %bet, i64 %2122
  %2239 = load float, ptr %2238, align 4
  %2240 = insertelement <16 x float> poison, float %2239, i64 0
  %2241 = shufflevector <16 x float> %2240, <16 x float> poison, <16 x i32> zeroinitializer
  %2242 = fmul <16 x float> %2218, %2241
  store <16 x float> %2242, ptr %2125, align 4
  %2243 = fneg <16 x float> %2242
  %2244 = mul nuw nsw i64 %2122, 192
  %2245 = or disjoint i64 %2244, 32
  %2246 = getelementptr inbounds float, ptr %Ak, i64 %2245
  store <16 x float> %2243, ptr %2246, align 4
  %2247 = fmul <16 x float> %2219, %2241
  store <16 x float> %2247, ptr %2128, align 4
  %2248 = fneg <16 x float> %2247
  %2249 = or disjoint i64 %2244, 48
  %2250 = getelementptr inbounds float, ptr %Ak, i64 %2249
  store <16 x float> %2248, ptr %2250, align 4
  %2251 = shl nuw nsw i64 %2122, 6
  %2252 = or disjoint i64 %2251, %2114
  %2253 = getelementptr inbounds float, ptr %Gm, i64 %2252
  %2254 = load float, ptr %2253, align 4
  %2255 = fneg float %2254
  %2256 = insertelement <16 x float> poison, float %2255, i64 0
  %2257 = shufflevector <16 x float> %2256, <16 x float> poison, <16 x i32> zeroinitializer
  %2258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2242, <16 x float> %acc114.0.lcssa)
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2247, <16 x float> %acc115.0.lcssa)
  %2260 = or disjoint i64 %2211, %2114
  %2261 = getelementptr inbounds float, ptr %Gm, i64 %2260
  %2262 = load float, ptr %2261, align 4
  %2263 = fneg float %2262
  %2264 = insertelement <16 x float> poison, float %2263, i64 0
  %2265 = shufflevector <16 x float> %2264, <16 x float> poison, <16 x i32> zeroinitializer
  %2266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2265, <16 x float> %2202, <16 x float> %2258)
  %2267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2265, <16 x float> %2207, <16 x float> %2259)
  %2268 = getelementptr inbounds float, ptr %Rr, i64 %2115
  %2269 = load <16 x float>, ptr %2268, align 4
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2266, <16 x float> %2269, <16 x float> zeroinitializer)
  %2271 = or disjoint i64 %2115, 16
  %2272 = getelementptr inbounds float, ptr %Rr, i64 %2271
  %2273 = load <16 x float>, ptr %2272, align 4
  %2274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2267, <16 x float> %2273, <16 x float> %2270)
  %2275 = shufflevector <16 x float> %2274, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2276 = shufflevector <16 x float> %2274, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2277 = fadd <8 x float> %2275, %2276
  %2278 = shufflevector <8 x float> %2277, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2279 = shufflevector <8 x float> %2277, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2280 = fadd <4 x float> %2278, %2279
  %2281 = shufflevector <4 x float> %2280, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2282 = shufflevector <4 x float> %2280, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2283 = fadd <2 x float> %2281, %2282
  %2284 = getelementptr inbounds float, ptr %bet, i64 %2114
  %2285 = load float, ptr %2284, align 4
  %2286 = insertelement <16 x float> poison, float %2285, i64 0
  %2287 = shufflevector <16 x float> %2286, <16 x float> poison, <16 x i32> zeroinitializer
  %2288 = fmul <16 x float> %2266, %2287
  store <16 x float> %2288, ptr %2117, align 4
  %2289 = fneg <16 x float> %2288
  %2290 = mul nuw nsw i64 %2114, 192
  %2291 = or disjoint i64 %2290, 32
  %2292 = getelementptr inbounds float, ptr %Ak, i64 %2291
  store <16 x float> %2289, ptr %2292, align 4
  %2293 = fmul <16 x float> %2267, %2287
  store <16 x float> %2293, ptr %2120, align 4
  %2294 = fneg <16 x float> %2293
  %2295 = or disjoint i64 %2290, 48
  %2296 = getelementptr inbounds float, ptr %Ak, i64 %2295
  store <16 x float> %2294, ptr %2296, align 4
  %2297 = shl nuw nsw i64 %2114, 6
  %2298 = or disjoint i64 %2297, %i01
  %2299 = getelementptr inbounds float, ptr %Gm, i64 %2298
  %2300 = load float, ptr %2299, align 4
  %2301 = fneg float %2300
  %2302 = insertelement <16 x float> poison, float %2301, i64 0
  %2303 = shufflevector <16 x float> %2302, <16 x float> poison, <16 x i32> zeroinitializer
  %2304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2303, <16 x float> %2288, <16 x float> %acc112.0.lcssa)
  %2305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2303, <16 x float> %2293, <16 x float> %acc113.0.lcssa)
  %2306 = or disjoint i64 %2251, %i01
  %2307 = getelementptr inbounds float, ptr %Gm, i64 %2306
  %2308 = load float, ptr %2307, align 4
  %2309 = fneg float %2308
  %2310 = insertelement <16 x float> poison, float %2309, i64 0
  %2311 = shufflevector <16 x float> %2310, <16 x float> poison, <16 x i32> zeroinitializer
  %2312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2311, <16 x float> %2242, <16 x float> %2304)
  %2313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2311, <16 x float> %2247, <16 x float> %2305)
  %2314 = or disjoint i64 %2211, %i01
  %2315 = getelementptr inbounds float, ptr %Gm, i64 %2314
  %2316 = load float, ptr %2315, align 4
  %2317 = fneg float %2316
  %2318 = insertelement <16 x float> poison, float %2317, i64 0
  %2319 = shufflevector <16 x float> %2318, <16 x float> poison, <16 x i32> zeroinitializer
  %2320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2202, <16 x float> %2312)
  %2321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2207, <16 x float> %2313)
  %2322 = getelementptr inbounds float, ptr %Rr, i64 %2107
  %2323 = load <16 x float>, ptr %2322, align 4
  %2324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2320, <16 x float> %2323, <16 x float> zeroinitializer)
  %2325 = or disjoint i64 %2107, 16
  %2326 = getelementptr inbounds float, ptr %Rr, i64 %2325
  %2327 = load <16 x float>, ptr %2326, align 4
  %2328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2321, <16 x float> %2327, <16 x float> %2324)
  %2329 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2330 = shufflevector <16 x float> %2328, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2331 = shufflevector <16 x float> %2328, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2332 = fadd <8 x float> %2330, %2331
  %2333 = shufflevector <8 x float> %2332, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2334 = shufflevector <8 x float> %2332, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2335 = fadd <4 x float> %2333, %2334
  %2336 = shufflevector <4 x float> %2335, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2337 = shufflevector <4 x float> %2335, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2338 = fadd <2 x float> %2336, %2337
  %2339 = load <4 x float>, ptr %2329, align 4
  %2340 = shufflevector <2 x float> %2338, <2 x float> %2283, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2341 = shufflevector <4 x float> %2340, <4 x float> %2237, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2342 = shufflevector <4 x float> %2341, <4 x float> %2197, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2343 = shufflevector <2 x float> %2338, <2 x float> %2283, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2344 = shufflevector <4 x float> %2343, <4 x float> %2236, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2345 = shufflevector <4 x float> %2344, <4 x float> %2196, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2346 = fadd <4 x float> %2342, %2345
  %2347 = fadd <4 x float> %2339, %2346
  store <4 x float> %2347, ptr %2329, align 4
  %2348 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2349 = load float, ptr %2348, align 4
  %2350 = insertelement <16 x float> poison, float %2349, i64 0
  %2351 = shufflevector <16 x float> %2350, <16 x float> poison, <16 x i32> zeroinitializer
  %2352 = fmul <16 x float> %2320, %2351
  store <16 x float> %2352, ptr %2109, align 4
  %2353 = fneg <16 x float> %2352
  %2354 = mul nuw nsw i64 %i01, 192
  %2355 = or disjoint i64 %2354, 32
  %2356 = getelementptr inbounds float, ptr %Ak, i64 %2355
  store <16 x float> %2353, ptr %2356, align 4
  %2357 = fmul <16 x float> %2321, %2351
  store <16 x float> %2357, ptr %2112, align 4
  %2358 = fneg <16 x float> %2357
  %2359 = or disjoint i64 %2354, 48
  %2360 = getelementptr inbounds float, ptr %Ak, i64 %2359
  store <16 x float> %2358, ptr %2360, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02697, 1
  %exitcond2989.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond2989.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02699 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.3, %t4.body ]
  %niter3545 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3545.next.3, %t4.body ]
  %2361 = mul i64 %13, %t4.addr.02699
  %scevgep2990 = getelementptr i8, ptr %2104, i64 %2361
  %2362 = shl nuw nsw i64 %t4.addr.02699, 7
  %gep3197 = getelementptr i8, ptr %invariant.gep3196, i64 %2362
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2990, ptr noundef nonnull align 4 dereferenceable(128) %gep3197, i64 128, i1 false)
  %tau1 = add nsw i64 %t4.addr.02699, %t0
  %2363 = getelementptr inbounds float, ptr %dbet, i64 %t4.addr.02699
  %2364 = load float, ptr %2363, align 4
  %2365 = mul nsw i64 %tau1, %H
  %2366 = getelementptr inbounds float, ptr %betah1, i64 %2365
  store float %2364, ptr %2366, align 4
  %t4.next = or disjoint i64 %t4.addr.02699, 1
  %2367 = mul i64 %13, %t4.next
  %scevgep2990.1 = getelementptr i8, ptr %2104, i64 %2367
  %2368 = shl nuw nsw i64 %t4.next, 7
  %gep3197.1 = getelementptr i8, ptr %invariant.gep3196, i64 %2368
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2990.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3197.1, i64 128, i1 false)
  %tau1.1 = add nsw i64 %t4.next, %t0
  %2369 = getelementptr inbounds float, ptr %dbet, i64 %t4.next
  %2370 = load float, ptr %2369, align 4
  %2371 = mul nsw i64 %tau1.1, %H
  %2372 = getelementptr inbounds float, ptr %betah1, i64 %2371
  store float %2370, ptr %2372, align 4
  %t4.next.1 = or disjoint i64 %t4.addr.02699, 2
  %2373 = mul i64 %13, %t4.next.1
  %scevgep2990.2 = getelementptr i8, ptr %2104, i64 %2373
  %2374 = shl nuw nsw i64 %t4.next.1, 7
  %gep3197.2 = getelementptr i8, ptr %invariant.gep3196, i64 %2374
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2990.2, ptr noundef nonnull align 4 dereferenceable(128) %gep3197.2, i64 128, i1 false)
  %tau1.2 = add nsw i64 %t4.next.1, %t0
  %2375 = getelementptr inbounds float, ptr %dbet, i64 %t4.next.1
  %2376 = load float, ptr %2375, align 4
  %2377 = mul nsw i64 %tau1.2, %H
  %2378 = getelementptr inbounds float, ptr %betah1, i64 %2377
  store float %2376, ptr %2378, align 4
  %t4.next.2 = or disjoint i64 %t4.addr.02699, 3
  %2379 = mul i64 %13, %t4.next.2
  %scevgep2990.3 = getelementptr i8, ptr %2104, i64 %2379
  %2380 = shl nuw nsw i64 %t4.next.2, 7
  %gep3197.3 = getelementptr i8, ptr %invariant.gep3196, i64 %2380
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2990.3, ptr noundef nonnull align 4 dereferenceable(128) %gep3197.3, i64 128, i1 false)
  %tau1.3 = add nsw i64 %t4.next.2, %t0
  %2381 = getelementptr inbounds float, ptr %dbet, i64 %t4.next.2
  %2382 = load float, ptr %2381, align 4
  %2383 = mul nsw i64 %tau1.3, %H
  %2384 = getelementptr inbounds float, ptr %betah1, i64 %2383
  store float %2382, ptr %2384, align 4
  %t4.next.3 = add nuw nsw i64 %t4.addr.02699, 4
  %niter3545.next.3 = add i64 %niter3545, 4
  %niter3545.ncmp.3 = icmp eq i64 %niter3545.next.3, %unroll_iter3544
  br i1 %niter3545.ncmp.3, label %i33.body.preheader.loopexit.unr-lcssa, label %t4.body

i33.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02699.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.3, %t4.body ]
  %lcmp.mod3543.not = icmp eq i64 %xtraiter3542, 0
  br i1 %lcmp.mod3543.not, label %i33.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t4.body.epil
  %t4.addr.02699.epil = phi i64 [ %t4.next.epil, %t4.body.epil ], [ %t4.addr.02699.unr, %i33.body.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %t4.body.epil ], [ 0, %i33.body.preheader.loopexit.unr-lcssa ]
  %2385 = mul i64 %13, %t4.addr.02699.epil
  %scevgep2990.epil = getelementptr i8, ptr %2104, i64 %2385
  %2386 = shl nuw nsw i64 %t4.addr.02699.epil, 7
  %gep3197.epil = getelementptr i8, ptr %invariant.gep3196, i64 %2386
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2990.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3197.epil, i64 128, i1 false)
  %tau1.epil = add nsw i64 %t4.addr.02699.epil, %t0
  %2387 = getelementptr inbounds float, ptr %dbet, i64 %t4.addr.02699.epil
  %2388 = load float, ptr %2387, align 4
  %2389 = mul nsw i64 %tau1.epil, %H
  %2390 = getelementptr inbounds float, ptr %betah1, i64 %2389
  store float %2388, ptr %2390, align 4
  %t4.next.epil = add nuw nsw i64 %t4.addr.02699.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3542
  br i1 %epil.iter.cmp.not, label %i33.body.preheader, label %t4.body.epil, !llvm.loop !0

i33.body.preheader:                               ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t4.body.epil, %t4.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02717 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %2391 = shl nuw nsw i64 %i33.addr.02717, 6
  %2392 = or disjoint i64 %2391, 32
  %2393 = getelementptr inbounds float, ptr %work, i64 %2392
  %2394 = load <16 x float>, ptr %2393, align 4
  %2395 = or disjoint i64 %2391, 48
  %2396 = getelementptr inbounds float, ptr %work, i64 %2395
  %2397 = load <16 x float>, ptr %2396, align 4
  %2398 = or disjoint i64 %i33.addr.02717, 1
  %2399 = shl nuw nsw i64 %2398, 6
  %2400 = or disjoint i64 %2399, 32
  %2401 = getelementptr inbounds float, ptr %work, i64 %2400
  %2402 = load <16 x float>, ptr %2401, align 4
  %2403 = or disjoint i64 %2399, 48
  %2404 = getelementptr inbounds float, ptr %work, i64 %2403
  %2405 = load <16 x float>, ptr %2404, align 4
  %2406 = or disjoint i64 %i33.addr.02717, 2
  %2407 = shl nuw nsw i64 %2406, 6
  %2408 = or disjoint i64 %2407, 32
  %2409 = getelementptr inbounds float, ptr %work, i64 %2408
  %2410 = load <16 x float>, ptr %2409, align 4
  %2411 = or disjoint i64 %2407, 48
  %2412 = getelementptr inbounds float, ptr %work, i64 %2411
  %2413 = load <16 x float>, ptr %2412, align 4
  %2414 = or disjoint i64 %i33.addr.02717, 3
  %2415 = shl nuw nsw i64 %2414, 6
  %2416 = or disjoint i64 %2415, 32
  %2417 = getelementptr inbounds float, ptr %work, i64 %2416
  %2418 = load <16 x float>, ptr %2417, align 4
  %2419 = or disjoint i64 %2415, 48
  %2420 = getelementptr inbounds float, ptr %work, i64 %2419
  %2421 = load <16 x float>, ptr %2420, align 4
  %2422 = or disjoint i64 %i33.addr.02717, 4
  %2423 = shl nuw nsw i64 %2422, 6
  %2424 = or disjoint i64 %2423, 32
  %2425 = getelementptr inbounds float, ptr %work, i64 %2424
  %2426 = load <16 x float>, ptr %2425, align 4
  %2427 = or disjoint i64 %2423, 48
  %2428 = getelementptr inbounds float, ptr %work, i64 %2427
  %2429 = load <16 x float>, ptr %2428, align 4
  %2430 = or disjoint i64 %i33.addr.02717, 5
  %2431 = shl nuw nsw i64 %2430, 6
  %2432 = or disjoint i64 %2431, 32
  %2433 = getelementptr inbounds float, ptr %work, i64 %2432
  %2434 = load <16 x float>, ptr %2433, align 4
  %2435 = or disjoint i64 %2431, 48
  %2436 = getelementptr inbounds float, ptr %work, i64 %2435
  %2437 = load <16 x float>, ptr %2436, align 4
  %2438 = or disjoint i64 %i33.addr.02717, 6
  %2439 = shl nuw nsw i64 %2438, 6
  %2440 = or disjoint i64 %2439, 32
  %2441 = getelementptr inbounds float, ptr %work, i64 %2440
  %2442 = load <16 x float>, ptr %2441, align 4
  %2443 = or disjoint i64 %2439, 48
  %2444 = getelementptr inbounds float, ptr %work, i64 %2443
  %2445 = load <16 x float>, ptr %2444, align 4
  %2446 = or disjoint i64 %i33.addr.02717, 7
  %2447 = shl nuw nsw i64 %2446, 6
  %2448 = or disjoint i64 %2447, 32
  %2449 = getelementptr inbounds float, ptr %work, i64 %2448
  %2450 = load <16 x float>, ptr %2449, align 4
  %2451 = or disjoint i64 %2447, 48
  %2452 = getelementptr inbounds float, ptr %work, i64 %2451
  %2453 = load <16 x float>, ptr %2452, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02716 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc135.02715 = phi <16 x float> [ %2453, %i33.body ], [ %2515, %p10.body ]
  %acc134.02714 = phi <16 x float> [ %2450, %i33.body ], [ %2514, %p10.body ]
  %acc133.02713 = phi <16 x float> [ %2445, %i33.body ], [ %2508, %p10.body ]
  %acc132.02712 = phi <16 x float> [ %2442, %i33.body ], [ %2507, %p10.body ]
  %acc131.02711 = phi <16 x float> [ %2437, %i33.body ], [ %2501, %p10.body ]
  %acc130.02710 = phi <16 x float> [ %2434, %i33.body ], [ %2500, %p10.body ]
  %acc129.02709 = phi <16 x float> [ %2429, %i33.body ], [ %2494, %p10.body ]
  %acc128.02708 = phi <16 x float> [ %2426, %i33.body ], [ %2493, %p10.body ]
  %acc127.02707 = phi <16 x float> [ %2421, %i33.body ], [ %2487, %p10.body ]
  %acc126.02706 = phi <16 x float> [ %2418, %i33.body ], [ %2486, %p10.body ]
  %acc125.02705 = phi <16 x float> [ %2413, %i33.body ], [ %2480, %p10.body ]
  %acc124.02704 = phi <16 x float> [ %2410, %i33.body ], [ %2479, %p10.body ]
  %acc123.02703 = phi <16 x float> [ %2405, %i33.body ], [ %2473, %p10.body ]
  %acc122.02702 = phi <16 x float> [ %2402, %i33.body ], [ %2472, %p10.body ]
  %acc121.02701 = phi <16 x float> [ %2397, %i33.body ], [ %2466, %p10.body ]
  %acc120.02700 = phi <16 x float> [ %2394, %i33.body ], [ %2465, %p10.body ]
  %2454 = shl nuw nsw i64 %p10.addr.02716, 5
  %2455 = getelementptr inbounds float, ptr %OY, i64 %2454
  %2456 = load <16 x float>, ptr %2455, align 4
  %2457 = or disjoint i64 %2454, 16
  %2458 = getelementptr inbounds float, ptr %OY, i64 %2457
  %2459 = load <16 x float>, ptr %2458, align 4
  %2460 = or disjoint i64 %2454, %i33.addr.02717
  %2461 = getelementptr inbounds float, ptr %QK, i64 %2460
  %2462 = load float, ptr %2461, align 4
  %2463 = insertelement <16 x float> poison, float %2462, i64 0
  %2464 = shufflevector <16 x float> %2463, <16 x float> poison, <16 x i32> zeroinitializer
  %2465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2456, <16 x float> %acc120.02700)
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2459, <16 x float> %acc121.02701)
  %2467 = or disjoint i64 %2454, %2398
  %2468 = getelementptr inbounds float, ptr %QK, i64 %2467
  %2469 = load float, ptr %2468, align 4
  %2470 = insertelement <16 x float> poison, float %2469, i64 0
  %2471 = shufflevector <16 x float> %2470, <16 x float> poison, <16 x i32> zeroinitializer
  %2472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2456, <16 x float> %acc122.02702)
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2459, <16 x float> %acc123.02703)
  %2474 = or disjoint i64 %2454, %2406
  %2475 = getelementptr inbounds float, ptr %QK, i64 %2474
  %2476 = load float, ptr %2475, align 4
  %2477 = insertelement <16 x float> poison, float %2476, i64 0
  %2478 = shufflevector <16 x float> %2477, <16 x float> poison, <16 x i32> zeroinitializer
  %2479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2456, <16 x float> %acc124.02704)
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2459, <16 x float> %acc125.02705)
  %2481 = or disjoint i64 %2454, %2414
  %2482 = getelementptr inbounds float, ptr %QK, i64 %2481
  %2483 = load float, ptr %2482, align 4
  %2484 = insertelement <16 x float> poison, float %2483, i64 0
  %2485 = shufflevector <16 x float> %2484, <16 x float> poison, <16 x i32> zeroinitializer
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2456, <16 x float> %acc126.02706)
  %2487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2459, <16 x float> %acc127.02707)
  %2488 = or disjoint i64 %2454, %2422
  %2489 = getelementptr inbounds float, ptr %QK, i64 %2488
  %2490 = load float, ptr %2489, align 4
  %2491 = insertelement <16 x float> poison, float %2490, i64 0
  %2492 = shufflevector <16 x float> %2491, <16 x float> poison, <16 x i32> zeroinitializer
  %2493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2456, <16 x float> %acc128.02708)
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2459, <16 x float> %acc129.02709)
  %2495 = or disjoint i64 %2454, %2430
  %2496 = getelementptr inbounds float, ptr %QK, i64 %2495
  %2497 = load float, ptr %2496, align 4
  %2498 = insertelement <16 x float> poison, float %2497, i64 0
  %2499 = shufflevector <16 x float> %2498, <16 x float> poison, <16 x i32> zeroinitializer
  %2500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2456, <16 x float> %acc130.02710)
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2459, <16 x float> %acc131.02711)
  %2502 = or disjoint i64 %2454, %2438
  %2503 = getelementptr inbounds float, ptr %QK, i64 %2502
  %2504 = load float, ptr %2503, align 4
  %2505 = insertelement <16 x float> poison, float %2504, i64 0
  %2506 = shufflevector <16 x float> %2505, <16 x float> poison, <16 x i32> zeroinitializer
  %2507 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2506, <16 x float> %2456, <16 x float> %acc132.02712)
  %2508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2506, <16 x float> %2459, <16 x float> %acc133.02713)
  %2509 = or disjoint i64 %2454, %2446
  %2510 = getelementptr inbounds float, ptr %QK, i64 %2509
  %2511 = load float, ptr %2510, align 4
  %2512 = insertelement <16 x float> poison, float %2511, i64 0
  %2513 = shufflevector <16 x float> %2512, <16 x float> poison, <16 x i32> zeroinitializer
  %2514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2513, <16 x float> %2456, <16 x float> %acc134.02714)
  %2515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2513, <16 x float> %2459, <16 x float> %acc135.02715)
  %p10.next = add nuw nsw i64 %p10.addr.02716, 1
  %exitcond2995.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond2995.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2465, ptr %2393, align 4
  store <16 x float> %2466, ptr %2396, align 4
  store <16 x float> %2472, ptr %2401, align 4
  store <16 x float> %2473, ptr %2404, align 4
  store <16 x float> %2479, ptr %2409, align 4
  store <16 x float> %2480, ptr %2412, align 4
  store <16 x float> %2486, ptr %2417, align 4
  store <16 x float> %2487, ptr %2420, align 4
  store <16 x float> %2493, ptr %2425, align 4
  store <16 x float> %2494, ptr %2428, align 4
  store <16 x float> %2500, ptr %2433, align 4
  store <16 x float> %2501, ptr %2436, align 4
  store <16 x float> %2507, ptr %2441, align 4
  store <16 x float> %2508, ptr %2444, align 4
  store <16 x float> %2514, ptr %2449, align 4
  store <16 x float> %2515, ptr %2452, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02717, 8
  %2516 = icmp ult i64 %i33.addr.02717, 24
  br i1 %2516, label %i33.body, label %i34.body

i34.head.loopexit:                                ; preds = %p11.exit
  %2517 = icmp ult i64 %i34.addr.02730, 56
  br i1 %2517, label %i34.body, label %j30.head.preheader

i34.body:                                         ; preds = %p10.exit, %i34.head.loopexit
  %i34.addr.02730 = phi i64 [ %2518, %i34.head.loopexit ], [ 0, %p10.exit ]
  %2518 = add nuw nsw i64 %i34.addr.02730, 8
  %2519 = shl nuw nsw i64 %i34.addr.02730, 5
  %2520 = mul nuw nsw i64 %i34.addr.02730, 192
  %2521 = or disjoint i64 %2520, 128
  %2522 = getelementptr inbounds float, ptr %Ak, i64 %2521
  %2523 = or disjoint i64 %2520, 320
  %2524 = getelementptr inbounds float, ptr %Ak, i64 %2523
  %.idx2495 = mul nuw nsw i64 %i34.addr.02730, 768
  %2525 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2495
  %2526 = getelementptr inbounds i8, ptr %2525, i64 2048
  %2527 = getelementptr inbounds i8, ptr %2525, i64 2816
  %2528 = getelementptr inbounds i8, ptr %2525, i64 3584
  %2529 = getelementptr inbounds i8, ptr %2525, i64 4352
  %2530 = getelementptr inbounds i8, ptr %2525, i64 5120
  %2531 = getelementptr inbounds i8, ptr %2525, i64 5888
  br label %p11.head.preheader

p11.head.preheader:                               ; preds = %i34.body, %p11.exit
  %j29.addr.02729 = phi i64 [ 0, %i34.body ], [ %j29.next, %p11.exit ]
  %invariant.gep2718 = getelementptr inbounds float, ptr %VnT, i64 %j29.addr.02729
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02728 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc143.02727 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2581, %p11.body ]
  %acc142.02726 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2575, %p11.body ]
  %acc141.02725 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2569, %p11.body ]
  %acc140.02724 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2563, %p11.body ]
  %acc139.02723 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2557, %p11.body ]
  %acc138.02722 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2551, %p11.body ]
  %acc137.02721 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2545, %p11.body ]
  %acc136.02720 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2539, %p11.body ]
  %.idx2501 = shl nuw nsw i64 %p11.addr.02728, 8
  %gep2719 = getelementptr inbounds i8, ptr %invariant.gep2718, i64 %.idx2501
  %2532 = load <16 x float>, ptr %gep2719, align 4
  %2533 = add nuw nsw i64 %p11.addr.02728, %2519
  %2534 = or disjoint i64 %2533, 2048
  %2535 = getelementptr inbounds float, ptr %OY, i64 %2534
  %2536 = load float, ptr %2535, align 4
  %2537 = insertelement <16 x float> poison, float %2536, i64 0
  %2538 = shufflevector <16 x float> %2537, <16 x float> poison, <16 x i32> zeroinitializer
  %2539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2532, <16 x float> %acc136.02720)
  %2540 = or disjoint i64 %2533, 2080
  %2541 = getelementptr inbounds float, ptr %OY, i64 %2540
  %2542 = load float, ptr %2541, align 4
  %2543 = insertelement <16 x float> poison, float %2542, i64 0
  %2544 = shufflevector <16 x float> %2543, <16 x float> poison, <16 x i32> zeroinitializer
  %2545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2544, <16 x float> %2532, <16 x float> %acc137.02721)
  %2546 = or disjoint i64 %2533, 2112
  %2547 = getelementptr inbounds float, ptr %OY, i64 %2546
  %2548 = load float, ptr %2547, align 4
  %2549 = insertelement <16 x float> poison, float %2548, i64 0
  %2550 = shufflevector <16 x float> %2549, <16 x float> poison, <16 x i32> zeroinitializer
  %2551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2550, <16 x float> %2532, <16 x float> %acc138.02722)
  %2552 = or disjoint i64 %2533, 2144
  %2553 = getelementptr inbounds float, ptr %OY, i64 %2552
  %2554 = load float, ptr %2553, align 4
  %2555 = insertelement <16 x float> poison, float %2554, i64 0
  %2556 = shufflevector <16 x float> %2555, <16 x float> poison, <16 x i32> zeroinitializer
  %2557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2556, <16 x float> %2532, <16 x float> %acc139.02723)
  %2558 = or disjoint i64 %2533, 2176
  %2559 = getelementptr inbounds float, ptr %OY, i64 %2558
  %2560 = load float, ptr %2559, align 4
  %2561 = insertelement <16 x float> poison, float %2560, i64 0
  %2562 = shufflevector <16 x float> %2561, <16 x float> poison, <16 x i32> zeroinitializer
  %2563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2562, <16 x float> %2532, <16 x float> %acc140.02724)
  %2564 = or disjoint i64 %2533, 2208
  %2565 = getelementptr inbounds float, ptr %OY, i64 %2564
  %2566 = load float, ptr %2565, align 4
  %2567 = insertelement <16 x float> poison, float %2566, i64 0
  %2568 = shufflevector <16 x float> %2567, <16 x float> poison, <16 x i32> zeroinitializer
  %2569 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2568, <16 x float> %2532, <16 x float> %acc141.02725)
  %2570 = or disjoint i64 %2533, 2240
  %2571 = getelementptr inbounds float, ptr %OY, i64 %2570
  %2572 = load float, ptr %2571, align 4
  %2573 = insertelement <16 x float> poison, float %2572, i64 0
  %2574 = shufflevector <16 x float> %2573, <16 x float> poison, <16 x i32> zeroinitializer
  %2575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2574, <16 x float> %2532, <16 x float> %acc142.02726)
  %2576 = or disjoint i64 %2533, 2272
  %2577 = getelementptr inbounds float, ptr %OY, i64 %2576
  %2578 = load float, ptr %2577, align 4
  %2579 = insertelement <16 x float> poison, float %2578, i64 0
  %2580 = shufflevector <16 x float> %2579, <16 x float> poison, <16 x i32> zeroinitializer
  %2581 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2580, <16 x float> %2532, <16 x float> %acc143.02727)
  %p11.next = add nuw nsw i64 %p11.addr.02728, 1
  %exitcond2996.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond2996.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2582 = getelementptr inbounds float, ptr %2522, i64 %j29.addr.02729
  store <16 x float> %2539, ptr %2582, align 4
  %2583 = getelementptr inbounds float, ptr %2524, i64 %j29.addr.02729
  store <16 x float> %2545, ptr %2583, align 4
  %2584 = getelementptr inbounds float, ptr %2526, i64 %j29.addr.02729
  store <16 x float> %2551, ptr %2584, align 4
  %2585 = getelementptr inbounds float, ptr %2527, i64 %j29.addr.02729
  store <16 x float> %2557, ptr %2585, align 4
  %2586 = getelementptr inbounds float, ptr %2528, i64 %j29.addr.02729
  store <16 x float> %2563, ptr %2586, align 4
  %2587 = getelementptr inbounds float, ptr %2529, i64 %j29.addr.02729
  store <16 x float> %2569, ptr %2587, align 4
  %2588 = getelementptr inbounds float, ptr %2530, i64 %j29.addr.02729
  store <16 x float> %2575, ptr %2588, align 4
  %2589 = getelementptr inbounds float, ptr %2531, i64 %j29.addr.02729
  store <16 x float> %2581, ptr %2589, align 4
  %j29.next = add nuw nsw i64 %j29.addr.02729, 16
  %2590 = icmp ult i64 %j29.next, %2518
  br i1 %2590, label %p11.head.preheader, label %i34.head.loopexit

j30.head.preheader:                               ; preds = %i34.head.loopexit, %j30.exit
  %t5.addr.02734 = phi i64 [ %t5.next, %j30.exit ], [ 0, %i34.head.loopexit ]
  %.not2790 = icmp eq i64 %t5.addr.02734, 0
  br i1 %.not2790, label %j30.exit, label %j30.body.lr.ph

j30.body.lr.ph:                                   ; preds = %j30.head.preheader
  %.idx2494 = mul nuw nsw i64 %t5.addr.02734, 768
  %gep2732 = getelementptr inbounds i8, ptr %invariant.gep2731, i64 %.idx2494
  %invariant.gep3200 = getelementptr inbounds float, ptr %invariant.gep3198, i64 %t5.addr.02734
  %xtraiter3546 = and i64 %t5.addr.02734, 7
  %2591 = icmp ult i64 %t5.addr.02734, 8
  br i1 %2591, label %j30.exit.loopexit.unr-lcssa, label %j30.body.lr.ph.new

j30.body.lr.ph.new:                               ; preds = %j30.body.lr.ph
  %unroll_iter3549 = and i64 %t5.addr.02734, 9223372036854775800
  br label %j30.body

j30.body:                                         ; preds = %j30.body, %j30.body.lr.ph.new
  %j30.addr.02733 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %j30.next.7, %j30.body ]
  %niter3550 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %niter3550.next.7, %j30.body ]
  %2592 = getelementptr inbounds float, ptr %gep2732, i64 %j30.addr.02733
  %2593 = load float, ptr %2592, align 4
  %2594 = fneg float %2593
  store float %2594, ptr %2592, align 4
  %.idx2791 = mul nuw nsw i64 %j30.addr.02733, 768
  %gep3201 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791
  store float %2594, ptr %gep3201, align 4
  %j30.next = or disjoint i64 %j30.addr.02733, 1
  %2595 = getelementptr inbounds float, ptr %gep2732, i64 %j30.next
  %2596 = load float, ptr %2595, align 4
  %2597 = fneg float %2596
  store float %2597, ptr %2595, align 4
  %.idx2791.1 = mul nuw nsw i64 %j30.next, 768
  %gep3201.1 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.1
  store float %2597, ptr %gep3201.1, align 4
  %j30.next.1 = or disjoint i64 %j30.addr.02733, 2
  %2598 = getelementptr inbounds float, ptr %gep2732, i64 %j30.next.1
  %2599 = load float, ptr %2598, align 4
  %2600 = fneg float %2599
  store float %2600, ptr %2598, align 4
  %.idx2791.2 = mul nuw nsw i64 %j30.next.1, 768
  %gep3201.2 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.2
  store float %2600, ptr %gep3201.2, align 4
  %j30.next.2 = or disjoint i64 %j30.addr.02733, 3
  %2601 = getelementptr inbounds float, ptr %gep2732, i64 %j30.next.2
  %2602 = load float, ptr %2601, align 4
  %2603 = fneg float %2602
  store float %2603, ptr %2601, align 4
  %.idx2791.3 = mul nuw nsw i64 %j30.next.2, 768
  %gep3201.3 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.3
  store float %2603, ptr %gep3201.3, align 4
  %j30.next.3 = or disjoint i64 %j30.addr.02733, 4
  %2604 = getelementptr inbounds float, ptr %gep2732, i64 %j30.next.3
  %2605 = load float, ptr %2604, align 4
  %2606 = fneg float %2605
  store float %2606, ptr %2604, align 4
  %.idx2791.4 = mul nuw nsw i64 %j30.next.3, 768
  %gep3201.4 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.4
  store float %2606, ptr %gep3201.4, align 4
  %j30.next.4 = or disjoint i64 %j30.addr.02733, 5
  %2607 = getelementptr inbounds float, ptr %gep2732, i64 %j30.next.4
  %2608 = load float, ptr %2607, align 4
  %2609 = fneg float %2608
  store float %2609, ptr %2607, align 4
  %.idx2791.5 = mul nuw nsw i64 %j30.next.4, 768
  %gep3201.5 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.5
  store float %2609, ptr %gep3201.5, align 4
  %j30.next.5 = or disjoint i64 %j30.addr.02733, 6
  %2610 = getelementptr inbounds float, ptr %gep2732, i64 %j30.next.5
  %2611 = load float, ptr %2610, align 4
  %2612 = fneg float %2611
  store float %2612, ptr %2610, align 4
  %.idx2791.6 = mul nuw nsw i64 %j30.next.5, 768
  %gep3201.6 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.6
  store float %2612, ptr %gep3201.6, align 4
  %j30.next.6 = or disjoint i64 %j30.addr.02733, 7
  %2613 = getelementptr inbounds float, ptr %gep2732, i64 %j30.next.6
  %2614 = load float, ptr %2613, align 4
  %2615 = fneg float %2614
  store float %2615, ptr %2613, align 4
  %.idx2791.7 = mul nuw nsw i64 %j30.next.6, 768
  %gep3201.7 = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.7
  store float %2615, ptr %gep3201.7, align 4
  %j30.next.7 = add nuw nsw i64 %j30.addr.02733, 8
  %niter3550.next.7 = add i64 %niter3550, 8
  %niter3550.ncmp.7 = icmp eq i64 %niter3550.next.7, %unroll_iter3549
  br i1 %niter3550.ncmp.7, label %j30.exit.loopexit.unr-lcssa, label %j30.body

j30.exit.loopexit.unr-lcssa:                      ; preds = %j30.body, %j30.body.lr.ph
  %j30.addr.02733.unr = phi i64 [ 0, %j30.body.lr.ph ], [ %j30.next.7, %j30.body ]
  %lcmp.mod3548.not = icmp eq i64 %xtraiter3546, 0
  br i1 %lcmp.mod3548.not, label %j30.exit, label %j30.body.epil

j30.body.epil:                                    ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil
  %j30.addr.02733.epil = phi i64 [ %j30.next.epil, %j30.body.epil ], [ %j30.addr.02733.unr, %j30.exit.loopexit.unr-lcssa ]
  %epil.iter3547 = phi i64 [ %epil.iter3547.next, %j30.body.epil ], [ 0, %j30.exit.loopexit.unr-lcssa ]
  %2616 = getelementptr inbounds float, ptr %gep2732, i64 %j30.addr.02733.epil
  %2617 = load float, ptr %2616, align 4
  %2618 = fneg float %2617
  store float %2618, ptr %2616, align 4
  %.idx2791.epil = mul nuw nsw i64 %j30.addr.02733.epil, 768
  %gep3201.epil = getelementptr inbounds i8, ptr %invariant.gep3200, i64 %.idx2791.epil
  store float %2618, ptr %gep3201.epil, align 4
  %j30.next.epil = add nuw nsw i64 %j30.addr.02733.epil, 1
  %epil.iter3547.next = add i64 %epil.iter3547, 1
  %epil.iter3547.cmp.not = icmp eq i64 %epil.iter3547.next, %xtraiter3546
  br i1 %epil.iter3547.cmp.not, label %j30.exit, label %j30.body.epil, !llvm.loop !2

j30.exit:                                         ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil, %j30.head.preheader
  %.idx2792.pre-phi = phi i64 [ 0, %j30.head.preheader ], [ %.idx2494, %j30.body.epil ], [ %.idx2494, %j30.exit.loopexit.unr-lcssa ]
  %gep3203 = getelementptr i8, ptr %invariant.gep3202, i64 %.idx2792.pre-phi
  %2619 = getelementptr inbounds float, ptr %gep3203, i64 %t5.addr.02734
  store float 0.000000e+00, ptr %2619, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02734, 1
  %exitcond2998.not = icmp eq i64 %t5.next, 64
  br i1 %exitcond2998.not, label %p12.head.preheader, label %j30.head.preheader

p12.head.preheader:                               ; preds = %j30.exit, %endif1697
  %i35.addr.02752 = phi i64 [ %i35.next, %endif1697 ], [ 0, %j30.exit ]
  %2620 = mul nuw nsw i64 %i35.addr.02752, 192
  %2621 = or disjoint i64 %2620, 192
  %2622 = getelementptr inbounds float, ptr %Ak, i64 %2621
  %2623 = or disjoint i64 %2620, 384
  %2624 = getelementptr inbounds float, ptr %Ak, i64 %2623
  %.idx = mul nuw nsw i64 %i35.addr.02752, 768
  %2625 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2626 = getelementptr inbounds i8, ptr %2625, i64 2304
  %2627 = getelementptr inbounds i8, ptr %2625, i64 3840
  %2628 = getelementptr inbounds i8, ptr %2625, i64 4608
  %2629 = getelementptr inbounds i8, ptr %2625, i64 5376
  %gep3209 = getelementptr inbounds float, ptr %invariant.gep3208, i64 %2620
  br label %p12.body

i35.exit:                                         ; preds = %endif1697
  %cc.next = add nuw nsw i64 %cc.addr.02753, 1
  %indvars.iv.next2993 = add i64 %indvars.iv2992, 64
  %exitcond3001.not = icmp eq i64 %cc.next, %smax3000
  br i1 %exitcond3001.not, label %j32.head.preheader, label %cc.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02751 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02750 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2683, %p12.body ]
  %acc158.02749 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2682, %p12.body ]
  %acc157.02748 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2677, %p12.body ]
  %acc156.02747 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2676, %p12.body ]
  %acc155.02746 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2671, %p12.body ]
  %acc154.02745 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2670, %p12.body ]
  %acc153.02744 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2665, %p12.body ]
  %acc152.02743 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2664, %p12.body ]
  %acc151.02742 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2660, %p12.body ]
  %acc150.02741 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2659, %p12.body ]
  %acc149.02740 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2654, %p12.body ]
  %acc148.02739 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2653, %p12.body ]
  %acc147.02738 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2648, %p12.body ]
  %acc146.02737 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2647, %p12.body ]
  %acc145.02736 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2642, %p12.body ]
  %acc144.02735 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2641, %p12.body ]
  %2630 = shl nuw nsw i64 %p12.addr.02751, 5
  %2631 = getelementptr inbounds float, ptr %Bk, i64 %2630
  %2632 = load <16 x float>, ptr %2631, align 4
  %2633 = or disjoint i64 %2630, 16
  %2634 = getelementptr inbounds float, ptr %Bk, i64 %2633
  %2635 = load <16 x float>, ptr %2634, align 4
  %2636 = or disjoint i64 %p12.addr.02751, %2620
  %2637 = getelementptr inbounds float, ptr %Ak, i64 %2636
  %2638 = load float, ptr %2637, align 4
  %2639 = insertelement <16 x float> poison, float %2638, i64 0
  %2640 = shufflevector <16 x float> %2639, <16 x float> poison, <16 x i32> zeroinitializer
  %2641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2640, <16 x float> %2632, <16 x float> %acc144.02735)
  %2642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2640, <16 x float> %2635, <16 x float> %acc145.02736)
  %2643 = getelementptr inbounds float, ptr %2622, i64 %p12.addr.02751
  %2644 = load float, ptr %2643, align 4
  %2645 = insertelement <16 x float> poison, float %2644, i64 0
  %2646 = shufflevector <16 x float> %2645, <16 x float> poison, <16 x i32> zeroinitializer
  %2647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2646, <16 x float> %2632, <16 x float> %acc146.02737)
  %2648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2646, <16 x float> %2635, <16 x float> %acc147.02738)
  %2649 = getelementptr inbounds float, ptr %2624, i64 %p12.addr.02751
  %2650 = load float, ptr %2649, align 4
  %2651 = insertelement <16 x float> poison, float %2650, i64 0
  %2652 = shufflevector <16 x float> %2651, <16 x float> poison, <16 x i32> zeroinitializer
  %2653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2632, <16 x float> %acc148.02739)
  %2654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2635, <16 x float> %acc149.02740)
  %2655 = getelementptr inbounds float, ptr %2626, i64 %p12.addr.02751
  %2656 = load float, ptr %2655, align 4
  %2657 = insertelement <16 x float> poison, float %2656, i64 0
  %2658 = shufflevector <16 x float> %2657, <16 x float> poison, <16 x i32> zeroinitializer
  %2659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2658, <16 x float> %2632, <16 x float> %acc150.02741)
  %2660 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2658, <16 x float> %2635, <16 x float> %acc151.02742)
  %gep3207 = getelementptr inbounds float, ptr %gep3209, i64 %p12.addr.02751
  %2661 = load float, ptr %gep3207, align 4
  %2662 = insertelement <16 x float> poison, float %2661, i64 0
  %2663 = shufflevector <16 x float> %2662, <16 x float> poison, <16 x i32> zeroinitializer
  %2664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2663, <16 x float> %2632, <16 x float> %acc152.02743)
  %2665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2663, <16 x float> %2635, <16 x float> %acc153.02744)
  %2666 = getelementptr inbounds float, ptr %2627, i64 %p12.addr.02751
  %2667 = load float, ptr %2666, align 4
  %2668 = insertelement <16 x float> poison, float %2667, i64 0
  %2669 = shufflevector <16 x float> %2668, <16 x float> poison, <16 x i32> zeroinitializer
  %2670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2669, <16 x float> %2632, <16 x float> %acc154.02745)
  %2671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2669, <16 x float> %2635, <16 x float> %acc155.02746)
  %2672 = getelementptr inbounds float, ptr %2628, i64 %p12.addr.02751
  %2673 = load float, ptr %2672, align 4
  %2674 = insertelement <16 x float> poison, float %2673, i64 0
  %2675 = shufflevector <16 x float> %2674, <16 x float> poison, <16 x i32> zeroinitializer
  %2676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2675, <16 x float> %2632, <16 x float> %acc156.02747)
  %2677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2675, <16 x float> %2635, <16 x float> %acc157.02748)
  %2678 = getelementptr inbounds float, ptr %2629, i64 %p12.addr.02751
  %2679 = load float, ptr %2678, align 4
  %2680 = insertelement <16 x float> poison, float %2679, i64 0
  %2681 = shufflevector <16 x float> %2680, <16 x float> poison, <16 x i32> zeroinitializer
  %2682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2681, <16 x float> %2632, <16 x float> %acc158.02749)
  %2683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2681, <16 x float> %2635, <16 x float> %acc159.02750)
  %p12.next = add nuw nsw i64 %p12.addr.02751, 1
  %exitcond2999.not = icmp eq i64 %p12.next, 192
  br i1 %exitcond2999.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2684 = icmp slt i64 %i35.addr.02752, %L
  br i1 %2684, label %then1635, label %endif1641

then1635:                                         ; preds = %p12.exit
  %2685 = or disjoint i64 %i35.addr.02752, %t0
  %2686 = mul nsw i64 %2685, %sq
  %2687 = getelementptr inbounds float, ptr %kh1, i64 %2686
  store <16 x float> %2641, ptr %2687, align 4
  %2688 = or disjoint i64 %2686, 16
  %2689 = getelementptr inbounds float, ptr %kh1, i64 %2688
  store <16 x float> %2642, ptr %2689, align 4
  br label %endif1641

endif1641:                                        ; preds = %p12.exit, %then1635
  %2690 = or disjoint i64 %i35.addr.02752, 1
  %2691 = icmp slt i64 %2690, %L
  br i1 %2691, label %then1643, label %endif1649

then1643:                                         ; preds = %endif1641
  %2692 = or disjoint i64 %2690, %t0
  %2693 = mul nsw i64 %2692, %sq
  %2694 = getelementptr inbounds float, ptr %kh1, i64 %2693
  store <16 x float> %2647, ptr %2694, align 4
  %2695 = or disjoint i64 %2693, 16
  %2696 = getelementptr inbounds float, ptr %kh1, i64 %2695
  store <16 x float> %2648, ptr %2696, align 4
  br label %endif1649

endif1649:                                        ; preds = %endif1641, %then1643
  %2697 = or disjoint i64 %i35.addr.02752, 2
  %2698 = icmp slt i64 %2697, %L
  br i1 %2698, label %then1651, label %endif1657

then1651:                                         ; preds = %endif1649
  %2699 = or disjoint i64 %2697, %t0
  %2700 = mul nsw i64 %2699, %sq
  %2701 = getelementptr inbounds float, ptr %kh1, i64 %2700
  store <16 x float> %2653, ptr %2701, align 4
  %2702 = or disjoint i64 %2700, 16
  %2703 = getelementptr inbounds float, ptr %kh1, i64 %2702
  store <16 x float> %2654, ptr %2703, align 4
  br label %endif1657

endif1657:                                        ; preds = %endif1649, %then1651
  %2704 = or disjoint i64 %i35.addr.02752, 3
  %2705 = icmp slt i64 %2704, %L
  br i1 %2705, label %then1659, label %endif1665

then1659:                                         ; preds = %endif1657
  %2706 = or disjoint i64 %2704, %t0
  %2707 = mul nsw i64 %2706, %sq
  %2708 = getelementptr inbounds float, ptr %kh1, i64 %2707
  store <16 x float> %2659, ptr %2708, align 4
  %2709 = or disjoint i64 %2707, 16
  %2710 = getelementptr inbounds float, ptr %kh1, i64 %2709
  store <16 x float> %2660, ptr %2710, align 4
  br label %endif1665

endif1665:                                        ; preds = %endif1657, %then1659
  %2711 = or disjoint i64 %i35.addr.02752, 4
  %2712 = icmp slt i64 %2711, %L
  br i1 %2712, label %then1667, label %endif1673

then1667:                                         ; preds = %endif1665
  %2713 = or disjoint i64 %2711, %t0
  %2714 = mul nsw i64 %2713, %sq
  %2715 = getelementptr inbounds float, ptr %kh1, i64 %2714
  store <16 x float> %2664, ptr %2715, align 4
  %2716 = or disjoint i64 %2714, 16
  %2717 = getelementptr inbounds float, ptr %kh1, i64 %2716
  store <16 x float> %2665, ptr %2717, align 4
  br label %endif1673

endif1673:                                        ; preds = %endif1665, %then1667
  %2718 = or disjoint i64 %i35.addr.02752, 5
  %2719 = icmp slt i64 %2718, %L
  br i1 %2719, label %then1675, label %endif1681

then1675:                                         ; preds = %endif1673
  %2720 = or disjoint i64 %2718, %t0
  %2721 = mul nsw i64 %2720, %sq
  %2722 = getelementptr inbounds float, ptr %kh1, i64 %2721
  store <16 x float> %2670, ptr %2722, align 4
  %2723 = or disjoint i64 %2721, 16
  %2724 = getelementptr inbounds float, ptr %kh1, i64 %2723
  store <16 x float> %2671, ptr %2724, align 4
  br label %endif1681

endif1681:                                        ; preds = %endif1673, %then1675
  %2725 = or disjoint i64 %i35.addr.02752, 6
  %2726 = icmp slt i64 %2725, %L
  br i1 %2726, label %then1683, label %endif1689

then1683:                                         ; preds = %endif1681
  %2727 = or disjoint i64 %2725, %t0
  %2728 = mul nsw i64 %2727, %sq
  %2729 = getelementptr inbounds float, ptr %kh1, i64 %2728
  store <16 x float> %2676, ptr %2729, align 4
  %2730 = or disjoint i64 %2728, 16
  %2731 = getelementptr inbounds float, ptr %kh1, i64 %2730
  store <16 x float> %2677, ptr %2731, align 4
  br label %endif1689

endif1689:                                        ; preds = %endif1681, %then1683
  %2732 = or disjoint i64 %i35.addr.02752, 7
  %2733 = icmp slt i64 %2732, %L
  br i1 %2733, label %then1691, label %endif1697

then1691:                                         ; preds = %endif1689
  %2734 = or disjoint i64 %2732, %t0
  %2735 = mul nsw i64 %2734, %sq
  %2736 = getelementptr inbounds float, ptr %kh1, i64 %2735
  store <16 x float> %2682, ptr %2736, align 4
  %2737 = or disjoint i64 %2735, 16
  %2738 = getelementptr inbounds float, ptr %kh1, i64 %2737
  store <16 x float> %2683, ptr %2738, align 4
  br label %endif1697

endif1697:                                        ; preds = %endif1689, %then1691
  %i35.next = add nuw nsw i64 %i35.addr.02752, 8
  %2739 = icmp ult i64 %i35.addr.02752, 56
  br i1 %2739, label %p12.head.preheader, label %i35.exit

j32.head.preheader:                               ; preds = %bh.body, %i35.exit
  %2740 = getelementptr i8, ptr %dh0, i64 %23
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2740, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003, i64 128, i1 false)
  %scevgep3002.1 = getelementptr i8, ptr %2740, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.1, i64 128, i1 false)
  %scevgep3002.2 = getelementptr i8, ptr %2740, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.2, i64 128, i1 false)
  %scevgep3002.3 = getelementptr i8, ptr %2740, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.3, i64 128, i1 false)
  %scevgep3002.4 = getelementptr i8, ptr %2740, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.4, i64 128, i1 false)
  %scevgep3002.5 = getelementptr i8, ptr %2740, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.5, i64 128, i1 false)
  %scevgep3002.6 = getelementptr i8, ptr %2740, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.6, i64 128, i1 false)
  %scevgep3002.7 = getelementptr i8, ptr %2740, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.7, i64 128, i1 false)
  %scevgep3002.8 = getelementptr i8, ptr %2740, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.8, i64 128, i1 false)
  %scevgep3002.9 = getelementptr i8, ptr %2740, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.9, i64 128, i1 false)
  %scevgep3002.10 = getelementptr i8, ptr %2740, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.10, i64 128, i1 false)
  %scevgep3002.11 = getelementptr i8, ptr %2740, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.11, i64 128, i1 false)
  %scevgep3002.12 = getelementptr i8, ptr %2740, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.12, i64 128, i1 false)
  %scevgep3002.13 = getelementptr i8, ptr %2740, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.13, i64 128, i1 false)
  %scevgep3002.14 = getelementptr i8, ptr %2740, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.14, i64 128, i1 false)
  %scevgep3002.15 = getelementptr i8, ptr %2740, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.15, i64 128, i1 false)
  %scevgep3002.16 = getelementptr i8, ptr %2740, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.16, i64 128, i1 false)
  %scevgep3002.17 = getelementptr i8, ptr %2740, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.17, i64 128, i1 false)
  %scevgep3002.18 = getelementptr i8, ptr %2740, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.18, i64 128, i1 false)
  %scevgep3002.19 = getelementptr i8, ptr %2740, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.19, i64 128, i1 false)
  %scevgep3002.20 = getelementptr i8, ptr %2740, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.20, i64 128, i1 false)
  %scevgep3002.21 = getelementptr i8, ptr %2740, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.21, i64 128, i1 false)
  %scevgep3002.22 = getelementptr i8, ptr %2740, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.22, i64 128, i1 false)
  %scevgep3002.23 = getelementptr i8, ptr %2740, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.23, i64 128, i1 false)
  %scevgep3002.24 = getelementptr i8, ptr %2740, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.24, i64 128, i1 false)
  %scevgep3002.25 = getelementptr i8, ptr %2740, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.25, i64 128, i1 false)
  %scevgep3002.26 = getelementptr i8, ptr %2740, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.26, i64 128, i1 false)
  %scevgep3002.27 = getelementptr i8, ptr %2740, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.27, i64 128, i1 false)
  %scevgep3002.28 = getelementptr i8, ptr %2740, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.28, i64 128, i1 false)
  %scevgep3002.29 = getelementptr i8, ptr %2740, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.29, i64 128, i1 false)
  %scevgep3002.30 = getelementptr i8, ptr %2740, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.30, i64 128, i1 false)
  %scevgep3002.31 = getelementptr i8, ptr %2740, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3002.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3003.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02756, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3005.not = icmp eq i64 %indvar.next, %16
  br i1 %exitcond3005.not, label %bh.exit, label %bh.body
}

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

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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

bh.body:                                          ; preds = %entry, %i1.exit
  %bh.addr.061 = phi i64 [ %bh.next, %i1.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.061, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.061
  %S.idx = shl nsw i64 %bh.addr.061, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i1.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.055 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %34, %i.body ]
  %acc1.054 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %38, %i.body ]
  %acc2.053 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %47, %i.body ]
  %acc3.052 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %51, %i.body ]
  %i.addr.051 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %2 = getelementptr inbounds float, ptr %kh, i64 %i.addr.051
  %3 = load float, ptr %2, align 4
  %4 = shl nuw nsw i64 %i.addr.051, 5
  %5 = getelementptr inbounds float, ptr %S, i64 %4
  %6 = load <16 x float>, ptr %5, align 4
  %7 = insertelement <16 x float> poison, float %3, i64 0
  %8 = shufflevector <16 x float> %7, <16 x float> poison, <16 x i32> zeroinitializer
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %6, <16 x float> %acc.055)
  %10 = or disjoint i64 %4, 16
  %11 = getelementptr inbounds float, ptr %S, i64 %10
  %12 = load <16 x float>, ptr %11, align 4
  %13 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %12, <16 x float> %acc1.054)
  %14 = or disjoint i64 %i.addr.051, 1
  %15 = getelementptr inbounds float, ptr %kh, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = shl nuw nsw i64 %14, 5
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %16, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %19, <16 x float> %acc2.053)
  %23 = or disjoint i64 %17, 16
  %24 = getelementptr inbounds float, ptr %S, i64 %23
  %25 = load <16 x float>, ptr %24, align 4
  %26 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %25, <16 x float> %acc3.052)
  %i.next = or disjoint i64 %i.addr.051, 2
  %27 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %28 = load float, ptr %27, align 4
  %29 = shl nuw nsw i64 %i.next, 5
  %30 = getelementptr inbounds float, ptr %S, i64 %29
  %31 = load <16 x float>, ptr %30, align 4
  %32 = insertelement <16 x float> poison, float %28, i64 0
  %33 = shufflevector <16 x float> %32, <16 x float> poison, <16 x i32> zeroinitializer
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %31, <16 x float> %9)
  %35 = or disjoint i64 %29, 16
  %36 = getelementptr inbounds float, ptr %S, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %37, <16 x float> %13)
  %39 = or disjoint i64 %i.addr.051, 3
  %40 = getelementptr inbounds float, ptr %kh, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = shl nuw nsw i64 %39, 5
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = insertelement <16 x float> poison, float %41, i64 0
  %46 = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  %47 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %44, <16 x float> %22)
  %48 = or disjoint i64 %42, 16
  %49 = getelementptr inbounds float, ptr %S, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %50, <16 x float> %26)
  %i.next.1 = add nuw nsw i64 %i.addr.051, 4
  %52 = icmp ult i64 %i.next, 30
  br i1 %52, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %53 = load float, ptr %betah, align 4
  %54 = load <16 x float>, ptr %vh, align 4
  %55 = fadd <16 x float> %47, %34
  %56 = fsub <16 x float> %54, %55
  %57 = insertelement <16 x float> poison, float %53, i64 0
  %58 = shufflevector <16 x float> %57, <16 x float> poison, <16 x i32> zeroinitializer
  %59 = fmul <16 x float> %58, %56
  %60 = getelementptr inbounds i8, ptr %vh, i64 64
  %61 = load <16 x float>, ptr %60, align 4
  %62 = fadd <16 x float> %51, %38
  %63 = fsub <16 x float> %61, %62
  %64 = fmul <16 x float> %58, %63
  br label %i1.body

i1.body:                                          ; preds = %i1.body, %i.exit
  %i1.addr.060 = phi i64 [ 0, %i.exit ], [ %i1.next.1, %i1.body ]
  %acc5.057 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %100, %i1.body ]
  %acc416.056 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %95, %i1.body ]
  %65 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.060
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %qh, i64 %i1.addr.060
  %68 = load float, ptr %67, align 4
  %69 = insertelement <16 x float> poison, float %66, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  %71 = shl nuw nsw i64 %i1.addr.060, 5
  %72 = getelementptr inbounds float, ptr %S, i64 %71
  %73 = load <16 x float>, ptr %72, align 4
  %74 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %59, <16 x float> %73)
  store <16 x float> %74, ptr %72, align 4
  %75 = insertelement <16 x float> poison, float %68, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %74, <16 x float> %acc416.056)
  %78 = or disjoint i64 %71, 16
  %79 = getelementptr inbounds float, ptr %S, i64 %78
  %80 = load <16 x float>, ptr %79, align 4
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %64, <16 x float> %80)
  store <16 x float> %81, ptr %79, align 4
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %81, <16 x float> %acc5.057)
  %i1.next = or disjoint i64 %i1.addr.060, 1
  %83 = getelementptr inbounds float, ptr %kh, i64 %i1.next
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %qh, i64 %i1.next
  %86 = load float, ptr %85, align 4
  %87 = insertelement <16 x float> poison, float %84, i64 0
  %88 = shufflevector <16 x float> %87, <16 x float> poison, <16 x i32> zeroinitializer
  %89 = shl nuw nsw i64 %i1.next, 5
  %90 = getelementptr inbounds float, ptr %S, i64 %89
  %91 = load <16 x float>, ptr %90, align 4
  %92 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %59, <16 x float> %91)
  store <16 x float> %92, ptr %90, align 4
  %93 = insertelement <16 x float> poison, float %86, i64 0
  %94 = shufflevector <16 x float> %93, <16 x float> poison, <16 x i32> zeroinitializer
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %77)
  %96 = or disjoint i64 %89, 16
  %97 = getelementptr inbounds float, ptr %S, i64 %96
  %98 = load <16 x float>, ptr %97, align 4
  %99 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %64, <16 x float> %98)
  store <16 x float> %99, ptr %97, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %99, <16 x float> %82)
  %i1.next.1 = add nuw nsw i64 %i1.addr.060, 2
  %exitcond.not.1 = icmp eq i64 %i1.next.1, 32
  br i1 %exitcond.not.1, label %i1.exit, label %i1.body

i1.exit:                                          ; preds = %i1.body
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %101 = fmul <16 x float> %95, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %101, ptr %oh, align 4
  %102 = fmul <16 x float> %100, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %103 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %102, ptr %103, align 4
  %bh.next = add nsw i64 %bh.addr.061, 1
  %exitcond67.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond67.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
